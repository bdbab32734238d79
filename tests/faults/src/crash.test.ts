import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '@handoff/cli';
import { listTraceFiles, loadTraces, readEvents, type TraceFileError } from '@handoff/core';
import { afterAll, describe, expect, it } from 'vitest';
import { startChild } from './fixtures/start-child.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function oneCrash(seed: number) {
  const dir = await mkdtemp(join(tmpdir(), 'handoff-crash-'));
  dirs.push(dir);
  const run = startChild('crash', dir);
  // Wait for the first durable flush, then kill at a random moment after it.
  while (!run.output().includes('flushed')) await new Promise((resolve) => setTimeout(resolve, 10));
  await new Promise((resolve) => setTimeout(resolve, 20 + ((seed * 7919) % 180)));
  run.process.kill('SIGKILL');
  await run.exited;
  const flushed = Math.max(...[...run.output().matchAll(/flushed (\d+)/g)].map((m) => Number(m[1])));
  const problems: TraceFileError[] = [];
  const { traces, errors } = await loadTraces(dir, { onDiagnostic: (p) => problems.push(p) });
  let events = 0;
  for (const file of await listTraceFiles(dir)) await readEvents(file, { lenient: true }, () => events++);
  return { dir, flushed, traces, errors, problems, events };
}

describe('SIGKILL mid-write', () => {
  it('keeps every event flushed before the kill readable, 50 times, and analyze marks open workflows incomplete', async () => {
    const results = [];
    for (let batch = 0; batch < 50; batch += 5) {
      results.push(...(await Promise.all(Array.from({ length: 5 }, (_, i) => oneCrash(batch + i)))));
    }
    let recoveredWorkflows = 0;
    for (const result of results) {
      // Only torn-last-line diagnostics: nothing else is corrupt.
      for (const error of result.errors) expect(error.message).toMatch(/torn last line/);
      const complete = result.traces.filter((t) => t.workflow.status === 'ok');
      recoveredWorkflows += complete.length;
      // Every event flushed before the kill is readable afterwards.
      expect(result.events).toBeGreaterThanOrEqual(result.flushed);
      expect(result.traces.some((t) => t.workflow.status === 'incomplete')).toBe(true);
    }
    const { dir } = results[0]!;
    const out: string[] = [];
    expect(await runCli(['analyze', dir, '--json'], { out: (t) => out.push(t), err: () => {} })).toBe(1);
    const statuses = JSON.parse(out.join('\n')).workflows.map((w: { status: string }) => w.status);
    expect(statuses).toContain('incomplete');
    expect(recoveredWorkflows).toBeGreaterThan(50);
    console.log(
      `crash: 50 runs, ${results.reduce((n, r) => n + r.flushed, 0)} events flushed before the kills, ${results.reduce((n, r) => n + r.events, 0)} events recovered, ${recoveredWorkflows} complete workflows`,
    );
  });
});
