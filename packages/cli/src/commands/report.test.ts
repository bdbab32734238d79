import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTracer, jsonlStore, pipelineTopology } from '@handoff/core';
import { manualClock, recordPlannerCrash } from '@handoff/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../program.ts';
import type { DataSource } from '../viewer/app/types.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'handoff-report-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('handoff report', () => {
  it('embeds each trace with its declared topology and the root cause it gives', async () => {
    const topology = pipelineTopology(['reader', 'planner', 'valves']);
    // A manual clock: the diagnosis is compared, so the run's times must not depend on the machine.
    const tracer = createTracer({
      store: jsonlStore({ dir, file: 'run.jsonl' }),
      clock: manualClock(),
      flushOnExit: false,
    });
    await recordPlannerCrash(tracer, topology);

    const output = join(dir, 'report.html');
    const code = await runCli(['report', join(dir, 'run.jsonl'), '--output', output], {
      out: () => {},
      err: () => {},
    });
    expect(code).toBe(0);
    const html = await readFile(output, 'utf8');
    const embedded = /<script type="application\/json" id="handoff-data">(.*)<\/script>/.exec(html)?.[1];
    const data = JSON.parse(embedded ?? 'null') as DataSource;
    expect(data.mode).toBe('static');
    if (data.mode !== 'static') return;
    expect(data.workflows.map((workflow) => workflow.trace.topology)).toEqual([[topology]]);
    expect(data.workflows[0]!.analysis.failure?.boundary).toEqual({ from: 'planner', to: 'valves' });
  });
});
