import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTraces } from '@handoff/core';
import { afterAll, describe, expect, it } from 'vitest';
import { startChild } from './fixtures/start-child.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function dir() {
  const path = await mkdtemp(join(tmpdir(), 'handoff-exit-'));
  dirs.push(path);
  return path;
}

describe('exit without an explicit flush', () => {
  it('writes everything buffered when the process ends at the end of the event loop', async () => {
    const path = await dir();
    const run = startChild('exit', path);
    expect(await run.exited).toBe(0);
    const { traces } = await loadTraces(path);
    expect(traces).toHaveLength(2);
    for (const trace of traces) {
      expect(trace.workflow.status).toBe('ok');
      expect(trace.turns).toHaveLength(4);
      expect(trace.handoffs).toHaveLength(3);
    }
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`writes everything buffered on ${signal} and still ends the process`, async () => {
      const path = await dir();
      const run = startChild('sigterm', path);
      while (!run.output().includes('ready')) await new Promise((resolve) => setTimeout(resolve, 10));
      run.process.kill(signal);
      await run.exited;
      expect(run.process.signalCode).toBe(signal);
      const { traces } = await loadTraces(path);
      expect(traces.filter((t) => t.workflow.status === 'ok')).toHaveLength(2);
    });
  }
});

describe('concurrent writers', () => {
  it('keeps 4 processes × 50 concurrent workflows complete and separate in one directory', async () => {
    const path = await dir();
    const runs = Array.from({ length: 4 }, () => startChild('concurrent', path));
    for (const run of runs) expect(await run.exited).toBe(0);
    const { traces, errors } = await loadTraces(path);
    expect(errors).toEqual([]);
    expect(traces).toHaveLength(200);
    for (const trace of traces) {
      expect(trace.workflow.status).toBe('ok');
      expect(trace.turns.map((t) => t.agent)).toEqual(['planner', 'researcher', 'writer', 'reviewer']);
      const i = trace.workflow.name.split('-').at(-1);
      expect(trace.turns[0]?.input[0]?.content).toContain(`task ${i} for`);
    }
  });
});
