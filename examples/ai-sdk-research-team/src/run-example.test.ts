import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTrace } from '@handoff/core';
import { expectWellFormedTrace } from '@handoff/core/testing';
import { FAULTS } from '@handoff/example-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExample } from './run-example.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'handoff-ai-sdk-example-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ai-sdk research team', () => {
  for (const fault of FAULTS) {
    it(`finds ${fault === 'none' ? 'no root cause in the healthy run' : `${fault} as the root cause`}`, async () => {
      const run = await runExample({ fault, traceDir: join(dir, fault) });
      expectWellFormedTrace(run.trace);
      expect(run.trace.turns.map((turn) => turn.agent).slice(0, 4)).toEqual([
        'planner',
        'researcher',
        'writer',
        'reviewer',
      ]);
      expect(run.analysis.failure?.kind ?? 'none').toBe(fault);
      // The file on disk folds back into the same trace.
      expect(await readTrace(run.tracePath)).toEqual(run.trace);
    });
  }

  it('reports the low-quality draft used unchecked beside the root cause', async () => {
    const run = await runExample({ fault: 'low_quality_output', traceDir: join(dir, 'unchecked') });
    expect(run.analysis.findings.map((finding) => finding.kind)).toContain('unchecked_output');
  });
});
