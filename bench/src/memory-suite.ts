import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTracer, jsonlStore, memoryStore, type Tracer } from '@handoff/core';
import { table, versionsOf, writeResults } from './results.ts';

const gc = (globalThis as { gc?: () => void }).gc;

/** 10,000 consecutive traced workflows in one process: RSS and heap after each 1,000, after flush. */
export async function runMemorySuite(options: { smoke: boolean; log?: (line: string) => void }) {
  const log = options.log ?? console.log;
  const total = options.smoke ? 1_000 : 10_000;
  const step = total / 10;
  const dir = await mkdtemp(join(tmpdir(), 'handoff-bench-memory-'));
  const tracer = createTracer({ store: jsonlStore({ dir }), flushOnExit: false });
  const rows: {
    variant: string;
    role: 'baseline' | 'handoff';
    medianMicros: number;
    addedMicros: number;
    ratioToBaseline: number;
    workflows: number;
    heapMiB: number;
    rssMiB: number;
  }[] = [];
  let blockStart = performance.now();
  for (let i = 1; i <= total; i++) {
    await tracedWorkflow(tracer, i);
    if (i % step === 0) {
      await tracer.flush();
      // Mean time per workflow in this block, flush included: it should not creep up either.
      const micros = Math.round(((performance.now() - blockStart) * 1000) / step);
      gc?.();
      const usage = process.memoryUsage();
      const base = rows[0]?.medianMicros ?? micros;
      rows.push({
        variant: `after ${i} workflows`,
        role: rows.length === 0 ? 'baseline' : 'handoff',
        medianMicros: micros,
        addedMicros: micros - base,
        ratioToBaseline: Math.round((micros / base) * 100) / 100,
        workflows: i,
        heapMiB: Math.round((usage.heapUsed / 2 ** 20) * 10) / 10,
        rssMiB: Math.round(usage.rss / 2 ** 20),
      });
      blockStart = performance.now();
    }
  }
  await tracer.shutdown();
  await rm(dir, { recursive: true, force: true });
  const growth = rows.at(-1)!.heapMiB - rows[0]!.heapMiB;
  // A server that makes a tracer per request: the cost of a workflow must not creep up as tracers
  // come and go (it did while each tracer entered an AsyncLocalStorage of its own, which Node keeps).
  const perTracer: { workflows: number; micros: number; ratio: number }[] = [];
  blockStart = performance.now();
  for (let i = 1; i <= total; i++) {
    const own = createTracer({ store: memoryStore(), flushOnExit: false });
    await tracedWorkflow(own, i);
    await own.shutdown();
    if (i % step === 0) {
      const micros = Math.round(((performance.now() - blockStart) * 1000) / step);
      const first = perTracer[0]?.micros ?? micros;
      perTracer.push({ workflows: i, micros, ratio: Math.round((micros / first) * 100) / 100 });
      blockStart = performance.now();
    }
  }
  log(`\nMemory over ${total} consecutive workflows (after flush and GC)\n`);
  log(
    table(
      ['workflows', 'heap MiB', 'RSS MiB', 'µs per workflow'],
      rows.map((r) => [r.workflows, r.heapMiB, r.rssMiB, r.medianMicros]),
    ),
  );
  log(`Retained heap growth from ${rows[0]!.workflows} to ${total} workflows: ${growth.toFixed(1)} MiB`);
  log(`\nA new tracer for each of ${total} workflows (memory store, shut down after each)\n`);
  log(
    table(
      ['tracers so far', 'µs per workflow', '× first block'],
      perTracer.map((r) => [r.workflows, r.micros, r.ratio]),
    ),
  );
  const creep = perTracer.at(-1)!.ratio;
  log(`Cost of a workflow after ${total} tracers: ${creep}× the first ${step}'s (target: no creep, ≤ 1.2×)`);
  log(
    `Results: ${await writeResults('memory', { versions: versionsOf('@handoff/core'), growthMiB: growth, rows, perTracer }, options)}`,
  );
  return { rows, growth, perTracer };
}

/** One small workflow: a planner's model call, a handoff, a worker's tool call. */
async function tracedWorkflow(tracer: Tracer, i: number) {
  await tracer.workflow(`w${i}`, async () => {
    const a = await tracer.turn('planner', async (turn) => {
      turn.recordModelCall({
        model: 'm',
        input: [{ role: 'user', content: `task ${i} ${'context '.repeat(50)}` }],
        output: `plan ${i}`,
        usage: { inputTokens: 100, outputTokens: 10 },
      });
      return `plan ${i}`;
    });
    tracer.handoff({ from: 'planner', to: 'worker', content: a });
    return tracer.turn(
      'worker',
      async (turn) => {
        turn.startToolCall({ name: 'lookup', args: { i } }).end({ result: `value ${i}` });
        return `done ${i}`;
      },
      { input: [{ role: 'user', content: a }] },
    );
  });
}
