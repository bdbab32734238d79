import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Analysis, readTrace, type Trace } from '@handoff/core';
import { expectWellFormedTrace } from '@handoff/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULTS, type Fault } from './faults.ts';

type RunExample = (options: {
  fault: Fault;
  traceDir: string;
}) => Promise<{ trace: Trace; analysis: Analysis; tracePath: string }>;

/**
 * The contract every research-team example keeps: each injected fault is found as the root cause of
 * its kind, the healthy run has none, the trace is well formed and reads back from disk unchanged,
 * and its declared topology names exactly `declared` (none recorded when `declared` is empty).
 */
export function describeFaultContract(
  name: string,
  runExample: RunExample,
  agents: string[],
  declared: string[],
): void {
  describe(`${name} research team`, () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), `handoff-${name}-`));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    for (const fault of FAULTS) {
      it(`finds ${fault === 'none' ? 'no root cause in the healthy run' : `${fault} as the root cause`}`, async () => {
        const run = await runExample({ fault, traceDir: join(dir, fault) });
        expectWellFormedTrace(run.trace);
        expect([...new Set(run.trace.turns.map((turn) => turn.agent))]).toEqual(
          expect.arrayContaining(agents),
        );
        expect(run.analysis.failure?.kind ?? 'none').toBe(fault);
        if (fault === 'none') expect(run.analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
        if (fault === 'low_quality_output')
          expect(run.analysis.findings.map((f) => f.kind)).toContain('unchecked_output');
        const declaredAgents = run.trace.topology?.flatMap((graph) =>
          graph.nodes.flatMap((n) => n.agent ?? []),
        );
        if (declared.length === 0) expect(run.trace.topology).toBeUndefined();
        else expect([...new Set(declaredAgents)].sort()).toEqual([...declared].sort());
        expect(await readTrace(run.tracePath)).toEqual(run.trace);
      }, 60_000); // the first run pays the framework's cold start, slow on a busy 2-core machine
    }
  });
}
