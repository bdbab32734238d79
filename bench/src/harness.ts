import { table } from './results.ts';

export type Role = 'baseline' | 'floor' | 'handoff' | 'peer';

export interface Variant {
  variant: string;
  role: Role;
  /** One call of the workload. */
  run(): Promise<unknown>;
  /** Work that belongs to the variant but runs after the calls (flushing exporters): timed with the batch. */
  settle?(): Promise<void>;
  /** Clean-up between rounds that must not be timed (e.g. clearing in-memory exporters). */
  reset?(): void;
}

export interface Row {
  variant: string;
  role: Role;
  medianMicros: number;
  p25Micros: number;
  p75Micros: number;
  cpuMedianMicros: number;
  allocatedBytesPerCall: number;
  retainedBytesPerCall: number;
  addedMicros: number;
  /** Median CPU time above the baseline's: on a loaded machine, steadier than wall time. */
  cpuAddedMicros: number;
  ratioToBaseline: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low]! + (sorted[Math.ceil(at)]! - sorted[low]!) * (at - low);
}

/**
 * Runs the variants interleaved in one process (a rotating order each round, so drift and warm-up
 * hit all of them alike): warm-up batches, then `rounds` timed batches of `batch` calls each. Reports
 * per-call median and p25–p75 of wall time, median CPU time, and allocated/retained heap per call
 * (with --expose-gc), against the baseline measured in the same run.
 */
export async function measure(
  variants: Variant[],
  options: { rounds: number; batch: number; warmup: number },
): Promise<Row[]> {
  const samples = new Map<
    string,
    { wall: number[]; cpu: number[]; allocated: number[]; retained: number[] }
  >();
  for (const v of variants) samples.set(v.variant, { wall: [], cpu: [], allocated: [], retained: [] });
  for (let round = -options.warmup; round < options.rounds; round++) {
    const order = variants.map((_, i) => variants[(i + Math.max(0, round)) % variants.length]!);
    for (const v of order) {
      v.reset?.();
      gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      const cpuBefore = process.cpuUsage();
      const start = performance.now();
      for (let i = 0; i < options.batch; i++) await v.run();
      await v.settle?.();
      const wall = ((performance.now() - start) * 1000) / options.batch;
      const cpuUsed = process.cpuUsage(cpuBefore);
      const heapAfter = process.memoryUsage().heapUsed;
      gc?.();
      const heapRetained = process.memoryUsage().heapUsed;
      if (round < 0) continue;
      const s = samples.get(v.variant)!;
      s.wall.push(wall);
      s.cpu.push((cpuUsed.user + cpuUsed.system) / options.batch);
      s.allocated.push(Math.max(0, heapAfter - heapBefore) / options.batch);
      s.retained.push((heapRetained - heapBefore) / options.batch);
    }
  }
  const baseline = variants.find((v) => v.role === 'baseline');
  const baseMedian = baseline ? quantile(samples.get(baseline.variant)!.wall, 0.5) : 0;
  const baseCpu = baseline ? quantile(samples.get(baseline.variant)!.cpu, 0.5) : 0;
  return variants.map((v) => {
    const s = samples.get(v.variant)!;
    const median = quantile(s.wall, 0.5);
    return {
      variant: v.variant,
      role: v.role,
      medianMicros: round1(median),
      p25Micros: round1(quantile(s.wall, 0.25)),
      p75Micros: round1(quantile(s.wall, 0.75)),
      cpuMedianMicros: round1(quantile(s.cpu, 0.5)),
      allocatedBytesPerCall: Math.round(quantile(s.allocated, 0.5)),
      retainedBytesPerCall: Math.round(quantile(s.retained, 0.5)),
      addedMicros: round1(median - baseMedian),
      cpuAddedMicros: round1(quantile(s.cpu, 0.5) - baseCpu),
      ratioToBaseline: baseMedian > 0 ? Math.round((median / baseMedian) * 100) / 100 : 1,
    };
  });
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function overheadTable(rows: Row[]): string {
  return table(
    [
      'variant',
      'role',
      'median µs',
      'p25–p75 µs',
      'CPU µs',
      'added µs',
      'added CPU µs',
      '× baseline',
      'alloc B/call',
      'retained B/call',
    ],
    rows.map((r) => [
      r.variant,
      r.role,
      r.medianMicros,
      `${r.p25Micros}–${r.p75Micros}`,
      r.cpuMedianMicros,
      r.addedMicros,
      r.cpuAddedMicros,
      r.ratioToBaseline,
      r.allocatedBytesPerCall,
      r.retainedBytesPerCall,
    ]),
  );
}

/** Rounds for a full run, or few for the CI smoke run. */
export function sizes(smoke: boolean, full: { rounds: number; batch: number; warmup: number }) {
  return smoke ? { rounds: 2, batch: 5, warmup: 1 } : full;
}

/**
 * Handoff's added time over another row's (wall and CPU), e.g. the cheapest peer's: how a target
 * stated as a ratio reads in the same run.
 */
export function addedRatio(
  rows: Row[],
  other: Row,
  ours: Row = rows.find((r) => r.role === 'handoff')!,
): { wall: number; cpu: number } {
  const ratio = (a: number, b: number) => Math.round((a / Math.max(1, b)) * 100) / 100;
  return {
    wall: ratio(ours.addedMicros, other.addedMicros),
    cpu: ratio(ours.cpuAddedMicros, other.cpuAddedMicros),
  };
}

/** The peer that adds the least CPU time in this run. */
export function cheapestPeer(rows: Row[]): Row {
  return rows.filter((r) => r.role === 'peer').sort((a, b) => a.cpuAddedMicros - b.cpuAddedMicros)[0]!;
}
