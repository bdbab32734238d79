import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTracer, memoryStore } from '@handoff/core';
import { exportTraces } from '@handoff/otel';
import { describe, expect, it } from 'vitest';
import { runCli } from '../program.ts';
import { collectCommand } from './collect.ts';

describe('handoff collect', () => {
  it('receives what handoff export sends and analyze finds the root cause in the collected traces', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'handoff-collect-'));
    const stop = new AbortController();
    const lines: string[] = [];
    const running = collectCommand(
      { port: '0', dir },
      (t) => lines.push(t),
      (t) => lines.push(t),
      stop.signal,
    );
    try {
      await expect.poll(() => lines.join('\n'), { timeout: 20_000 }).toMatch(/on http:\/\/127\.0\.0\.1:\d+/);
      const url = /(http:\/\/\S+)/.exec(lines[0]!)![1]!;
      const store = memoryStore();
      const tracer = createTracer({ store, flushOnExit: false });
      await tracer.workflow('team', async () => {
        const task = await tracer.turn('planner', async () => 'Research ACME Q3 2024 revenue in EUR.');
        tracer.handoff({ from: 'planner', to: 'researcher', content: task });
        return tracer.turn('researcher', async () => 'ACME 2023 revenue: USD 15.1 billion.', {
          input: [{ role: 'user', content: task }],
        });
      });
      await tracer.shutdown();
      await exportTraces(store.traces(), { endpoint: url, captureContent: true });
    } finally {
      stop.abort();
      expect(await running).toBe(0);
    }
    const out: string[] = [];
    const code = await runCli(['analyze', dir, '--json'], { out: (t) => out.push(t), err: () => {} });
    expect(code).toBe(1);
    expect(JSON.parse(out.join('\n')).workflows[0].failure.kind).toBe('misunderstood_task');
    expect(lines.at(-1)).toMatch(/Received \d+ spans in \d+ requests \(0 rejected\)/);
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a bad port', async () => {
    expect(await runCli(['collect', '--port', 'x'], { out: () => {}, err: () => {} })).toBe(2);
  });
});
