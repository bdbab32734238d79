import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, jsonlStore, loadTraces, type TraceEvent } from '@handoff/core';
import { generateTrace } from '@handoff/core/testing';
import { table, writeResults } from './results.ts';

interface ScaleRow {
  handoffs: number;
  events: number;
  writeEventsPerSecond: number;
  bytesPerEvent: number;
  bytesPerEventPlain: number;
  loadMs: number;
  analyzeMs: number;
  microsPerHandoff: number;
  peakRssMiB: number;
}

/** Records the events of a generated chain of about `handoffs` handoffs (one workflow). */
async function eventsFor(handoffs: number): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  // A 6-agent chain has 5 handoffs per round.
  await generateTrace({
    seed: 42,
    shape: 'chain',
    agents: 6,
    rounds: Math.max(1, Math.round(handoffs / 5)),
    store: { name: 'collect', append: (batch) => void events.push(...batch) },
  });
  return events;
}

async function writeAll(
  events: TraceEvent[],
  dir: string,
  contentAddressing: boolean,
): Promise<{ seconds: number; bytes: number }> {
  const store = jsonlStore({ dir, file: 'trace.jsonl', contentAddressing });
  const start = performance.now();
  for (let i = 0; i < events.length; i += 2_000) await store.append(events.slice(i, i + 2_000));
  await store.close?.();
  return { seconds: (performance.now() - start) / 1000, bytes: (await stat(join(dir, 'trace.jsonl'))).size };
}

/** JSONL write and load throughput, analysis time and peak RSS as traces grow; time per handoff should stay flat. */
export async function runScalingSuite(options: {
  smoke: boolean;
  sizes?: number[];
  log?: (line: string) => void;
}) {
  const log = options.log ?? console.log;
  const sizes = options.sizes ?? (options.smoke ? [1_000] : [1_000, 10_000, 100_000]);
  const rows: ScaleRow[] = [];
  for (const handoffs of sizes) {
    const dir = await mkdtemp(join(tmpdir(), 'handoff-bench-scale-'));
    try {
      const events = await eventsFor(handoffs);
      const addressed = await writeAll(events, join(dir, 'addressed'), true);
      const plain = await writeAll(events, join(dir, 'plain'), false);
      let peak = process.memoryUsage().rss;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 20);
      const loadStart = performance.now();
      const { traces } = await loadTraces(join(dir, 'addressed'));
      const loadMs = performance.now() - loadStart;
      const analyzeStart = performance.now();
      await analyze(traces[0]!);
      const analyzeMs = performance.now() - analyzeStart;
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      const real = traces[0]!.handoffs.length;
      rows.push({
        handoffs: real,
        events: events.length,
        writeEventsPerSecond: Math.round(events.length / addressed.seconds),
        bytesPerEvent: Math.round(addressed.bytes / events.length),
        bytesPerEventPlain: Math.round(plain.bytes / events.length),
        loadMs: Math.round(loadMs),
        analyzeMs: Math.round(analyzeMs),
        microsPerHandoff: Math.round(((loadMs + analyzeMs) * 1000) / real),
        peakRssMiB: Math.round(peak / 2 ** 20),
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  // Growth: the exponent b of time ≈ a·n^b between the smallest and largest size (1 = linear).
  const first = rows[0]!;
  const last = rows.at(-1)!;
  const exponent =
    rows.length > 1
      ? Math.log((last.loadMs + last.analyzeMs) / Math.max(1, first.loadMs + first.analyzeMs)) /
        Math.log(last.handoffs / first.handoffs)
      : 1;
  log('\nStore and analysis scaling (one workflow per size)\n');
  log(
    table(
      [
        'handoffs',
        'events',
        'write events/s',
        'bytes/event (addressed / plain)',
        'load ms',
        'analyze ms',
        'µs per handoff',
        'peak RSS MiB',
      ],
      rows.map((r) => [
        r.handoffs,
        r.events,
        r.writeEventsPerSecond,
        `${r.bytesPerEvent} / ${r.bytesPerEventPlain}`,
        r.loadMs,
        r.analyzeMs,
        r.microsPerHandoff,
        r.peakRssMiB,
      ]),
    ),
  );
  log(`Fitted growth of load+analyze time: n^${exponent.toFixed(2)} (1.00 = linear)`);
  log(`Results: ${await writeResults('scaling', { versions: {}, exponent, rows })}`);
  return { rows, exponent };
}
