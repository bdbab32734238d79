import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, analyzeFilesEach, jsonlStore, loadTraces, type TraceEvent } from '@handoff/core';
import { generateTrace } from '@handoff/core/testing';
import { table, versionsOf, writeResults } from './results.ts';

/** Handoffs per workflow when a size is split into many workflows. */
const PER_WORKFLOW = 1_000;

interface ScaleRow {
  variant: string;
  role: 'baseline' | 'handoff';
  /** Load + analyze time per handoff. */
  medianMicros: number;
  addedMicros: number;
  /** Time per handoff against the smallest size: 1.00 is linear growth. */
  ratioToBaseline: number;
  handoffs: number;
  workflows: number;
  findings: number;
  events: number;
  writeEventsPerSecond: number;
  bytesPerEvent: number;
  bytesPerEventPlain: number;
  loadMs: number;
  analyzeMs: number;
  cpuMs: number;
  threads: number;
  peakRssMiB: number;
}

/** The events of a generated 6-agent chain (5 handoffs a round) of about `handoffs` handoffs. */
async function chainEvents(handoffs: number, seed: number): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  await generateTrace({
    seed,
    shape: 'chain',
    agents: 6,
    rounds: Math.max(1, Math.round(handoffs / 5)),
    store: { name: 'collect', append: (batch) => void events.push(...batch) },
  });
  return events;
}

async function writeEvents(events: TraceEvent[], dir: string, file: string, contentAddressing: boolean) {
  const store = jsonlStore({ dir, file, contentAddressing });
  const start = performance.now();
  for (let i = 0; i < events.length; i += 2_000) await store.append(events.slice(i, i + 2_000));
  await store.close?.();
  return { seconds: (performance.now() - start) / 1000, bytes: (await stat(join(dir, file))).size };
}

/** Samples RSS while work runs; the peak includes the trace held in memory. */
function rssSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  return () => {
    clearInterval(timer);
    return Math.round(Math.max(peak, process.memoryUsage().rss) / 2 ** 20);
  };
}

/**
 * One size: `handoffs` in one workflow (the hard case for growth), or split into workflows of
 * PER_WORKFLOW handoffs, one file each, loaded and analysed file by file (how `handoff analyze` on a
 * directory of long-running traffic is bounded in memory).
 */
async function measureSize(handoffs: number, split: boolean, log: (line: string) => void) {
  const dir = await mkdtemp(join(tmpdir(), 'handoff-bench-scale-'));
  const addressedDir = join(dir, 'addressed');
  const plainDir = join(dir, 'plain');
  await mkdir(plainDir, { recursive: true });
  try {
    const workflows = split ? Math.max(1, Math.round(handoffs / PER_WORKFLOW)) : 1;
    let events = 0;
    let writeSeconds = 0;
    let addressedBytes = 0;
    let plainPerEvent = 0;
    for (let w = 0; w < workflows; w++) {
      const batch = await chainEvents(split ? PER_WORKFLOW : handoffs, 42 + w);
      const written = await writeEvents(batch, addressedDir, `w${w}.jsonl`, true);
      events += batch.length;
      writeSeconds += written.seconds;
      addressedBytes += written.bytes;
      // Plain size from the first workflow: a million handoffs written twice would only cost disk.
      if (w === 0)
        plainPerEvent = (await writeEvents(batch, plainDir, 'w0.jsonl', false)).bytes / batch.length;
      if (split && w % 100 === 99) log(`  … ${w + 1}/${workflows} workflows written`);
    }
    const peak = rssSampler();
    let loadMs = 0;
    let analyzeMs = 0;
    let real = 0;
    let findings = 0;
    let threads = 1;
    const cpuBefore = process.cpuUsage();
    if (split) {
      // Files analysed side by side on worker threads (one per core), as `handoff analyze <dir>` does:
      // load and analysis overlap, so their sum is the wall time of the whole. Each workflow's
      // analysis is counted and dropped as it comes, so memory holds only the files in flight.
      const start = performance.now();
      const result = await analyzeFilesEach(
        addressedDir,
        (workflow) => {
          real += workflow.handoffs;
          findings += workflow.analysis.findings.length;
        },
        {
          traces: false,
          onProgress: (done, total) => {
            if (done % 100 === 0) log(`  … ${done}/${total} files analysed`);
          },
        },
      );
      analyzeMs = performance.now() - start;
      threads = Math.max(1, result.workers);
    } else {
      const loadStart = performance.now();
      const { traces } = await loadTraces(addressedDir);
      loadMs = performance.now() - loadStart;
      const analyzeStart = performance.now();
      for (const trace of traces) {
        findings += (await analyze(trace)).findings.length;
        real += trace.handoffs.length;
      }
      analyzeMs = performance.now() - analyzeStart;
    }
    const cpu = process.cpuUsage(cpuBefore);
    return {
      handoffs: real,
      workflows,
      /** Findings of every analysis: the same data must give the same count. */
      findings,
      events,
      writeEventsPerSecond: Math.round(events / writeSeconds),
      bytesPerEvent: Math.round(addressedBytes / events),
      bytesPerEventPlain: Math.round(plainPerEvent),
      loadMs: Math.round(loadMs),
      analyzeMs: Math.round(analyzeMs),
      /** CPU time of the process (every thread) for load + analyze. */
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      threads,
      peakRssMiB: peak(),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

type SizeResult = Awaited<ReturnType<typeof measureSize>>;

/** Measures one size in a fresh process, so its peak RSS is its own and not an earlier size's. */
function measureIsolated(handoffs: number, split: boolean, log: (line: string) => void): Promise<SizeResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=@handoff/source', import.meta.filename, CHILD_FLAG, String(handoffs), String(split)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const lines = out.split('\n');
      out = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('{')) resolve(JSON.parse(line) as SizeResult);
        else if (line) log(line);
      }
    });
    child.on('error', reject);
    // Rejects on any exit without a result line (a resolved promise ignores the later reject).
    child.on('exit', (code) => {
      reject(new Error(`scaling run for ${handoffs} handoffs exited with code ${code} and no result`));
    });
  });
}

const CHILD_FLAG = '--scaling-child';
if (process.argv[2] === CHILD_FLAG) {
  const result = await measureSize(Number(process.argv[3]), process.argv[4] === 'true', console.log);
  console.log(JSON.stringify(result));
}

/** JSONL write and load throughput, analysis time and peak RSS as traces grow; time per handoff should stay flat. */
export async function runScalingSuite(options: {
  smoke: boolean;
  /** Sizes recorded as one workflow. */
  single?: number[];
  /** Sizes split into workflows of 1,000 handoffs. */
  split?: number[];
  log?: (line: string) => void;
}) {
  const log = options.log ?? console.log;
  const single = options.single ?? (options.smoke ? [500, 1_000] : [1_000, 10_000, 100_000]);
  const split = options.split ?? (options.smoke ? [2_000] : [1_000_000]);
  const rows: ScaleRow[] = [];
  for (const [size, isSplit] of [
    ...single.map((n) => [n, false] as const),
    ...split.map((n) => [n, true] as const),
  ]) {
    log(
      `  measuring ${size.toLocaleString('en')} handoffs${isSplit ? ` in workflows of ${PER_WORKFLOW}` : ''}…`,
    );
    const m = await measureIsolated(size, isSplit, log);
    const perHandoff = ((m.loadMs + m.analyzeMs) * 1000) / Math.max(1, m.handoffs);
    const base = rows[0]?.medianMicros ?? perHandoff;
    rows.push({
      variant: `${m.handoffs} handoffs, ${m.workflows === 1 ? 'one workflow' : `${m.workflows} workflows`}`,
      role: rows.length === 0 ? 'baseline' : 'handoff',
      medianMicros: Math.round(perHandoff),
      addedMicros: Math.round(perHandoff - base),
      ratioToBaseline: Math.round((perHandoff / base) * 100) / 100,
      ...m,
    });
  }
  // Growth: the exponent b of time ≈ a·n^b across the one-workflow sizes (1 = linear).
  const singles = rows.filter((r) => r.workflows === 1);
  const first = singles[0]!;
  const last = singles.at(-1)!;
  const exponent =
    singles.length > 1
      ? Math.log((last.loadMs + last.analyzeMs) / Math.max(1, first.loadMs + first.analyzeMs)) /
        Math.log(last.handoffs / first.handoffs)
      : 1;
  log('\nStore and analysis scaling (synthetic 6-agent chains)\n');
  log(
    table(
      [
        'size',
        'events',
        'write events/s',
        'bytes/event (addressed / plain)',
        'load ms',
        'analyze ms',
        'CPU ms (threads)',
        'µs per handoff',
        '× smallest',
        'peak RSS MiB',
        'findings',
      ],
      rows.map((r) => [
        r.variant,
        r.events,
        r.writeEventsPerSecond,
        `${r.bytesPerEvent} / ${r.bytesPerEventPlain}`,
        r.workflows === 1 ? r.loadMs : '–',
        r.workflows === 1 ? r.analyzeMs : `${r.analyzeMs} (load + analyze)`,
        `${r.cpuMs} (${r.threads})`,
        r.medianMicros,
        r.ratioToBaseline,
        r.peakRssMiB,
        r.findings,
      ]),
    ),
  );
  log(`Fitted growth of load+analyze time in one workflow: n^${exponent.toFixed(2)} (1.00 = linear)`);
  log(
    `Results: ${await writeResults('scaling', { versions: versionsOf('@handoff/core'), exponent, rows }, options)}`,
  );
  return { rows, exponent };
}
