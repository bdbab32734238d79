import { analyze, type FindingKind } from '@handoff/core';
import { generateTrace, type SyntheticFault, type SyntheticShape } from '@handoff/core/testing';
import { runCorpusBench } from './corpus/corpus-bench.ts';
import { table, writeResults } from './results.ts';

const KINDS: SyntheticFault[] = [
  'stale_context',
  'misunderstood_task',
  'low_quality_output',
  'lost_message',
  'agent_error',
  'handoff_loop',
];
const SHAPES: SyntheticShape[] = ['chain', 'fanout', 'supervisor', 'loop'];

interface Case {
  expected: { kind: SyntheticFault; boundary: string } | null;
  found: { kind: FindingKind; boundary: string } | null;
  errorFindings: number;
}

/**
 * Diagnosis accuracy: first on the scenario corpus (programs written from the MAST failure taxonomy,
 * run on each framework; the main table), then on generated traces (2–12 agents; chains, fan-out/fan-in, supervisors, loops)
 * with one or two injected faults each, plus healthy controls: precision and recall of the root
 * cause's kind and boundary per kind, and the false-alarm rate on healthy traces.
 */
export async function runDiagnosis(options: {
  seeds: number;
  smoke?: boolean;
  updateBaseline?: boolean;
  log?: (line: string) => void;
}) {
  const log = options.log ?? console.log;
  const corpus = await runCorpusBench({ smoke: options.smoke, updateBaseline: options.updateBaseline, log });
  const cases: Case[] = [];
  let seed = 1;
  for (const shape of SHAPES) {
    for (let i = 0; i < options.seeds; i++) {
      const controls = await generateTrace({ seed: seed++, shape });
      const analysisOfControl = await analyze(controls.trace);
      cases.push({
        expected: null,
        found: toFound(analysisOfControl.failure),
        errorFindings: analysisOfControl.findings.filter((f) => f.severity === 'error').length,
      });
      for (const kind of KINDS) {
        if (kind === 'handoff_loop' && shape !== 'loop') continue;
        // Every third case carries a second, later fault: the root cause is still the first.
        const second =
          i % 3 === 2 ? KINDS.filter((k) => k !== kind && k !== 'handoff_loop')[i % 4] : undefined;
        const generated = await generateTrace({
          seed: seed++,
          shape,
          faults: second ? [kind, second] : [kind],
        });
        const analysis = await analyze(generated.trace);
        cases.push({
          expected: generated.expected
            ? {
                kind: generated.expected.kind,
                boundary: `${generated.expected.boundary.from}>${generated.expected.boundary.to}`,
              }
            : null,
          found: toFound(analysis.failure),
          errorFindings: 0,
        });
      }
    }
  }
  const rows = KINDS.map((kind) => {
    const expectedK = cases.filter((c) => c.expected?.kind === kind);
    const foundK = cases.filter((c) => c.found?.kind === kind);
    const tp = expectedK.filter((c) => c.found?.kind === kind).length;
    const boundaryTp = expectedK.filter(
      (c) => c.found?.kind === kind && c.found.boundary === c.expected?.boundary,
    ).length;
    const boundaryFound = foundK.length;
    return {
      kind,
      cases: expectedK.length,
      kindPrecision: ratio(tp, foundK.length),
      kindRecall: ratio(tp, expectedK.length),
      boundaryPrecision: ratio(boundaryTp, boundaryFound),
      boundaryRecall: ratio(boundaryTp, expectedK.length),
    };
  });
  const healthy = cases.filter((c) => c.expected === null);
  const falseAlarms = healthy.filter((c) => c.found !== null || c.errorFindings > 0).length;
  log(
    `\nSecond table — diagnosis on ${cases.length} synthetic traces (${healthy.length} healthy controls)\n`,
  );
  log(
    table(
      ['kind', 'cases', 'kind precision', 'kind recall', 'boundary precision', 'boundary recall'],
      rows.map((r) => [
        r.kind,
        r.cases,
        r.kindPrecision.toFixed(2),
        r.kindRecall.toFixed(2),
        r.boundaryPrecision.toFixed(2),
        r.boundaryRecall.toFixed(2),
      ]),
    ),
  );
  log(
    `\nFalse alarms on healthy traces: ${falseAlarms} of ${healthy.length} (${(ratio(falseAlarms, healthy.length) * 100).toFixed(1)}%)`,
  );
  const path = await writeResults(
    'diagnosis',
    {
      cases: cases.length,
      healthy: healthy.length,
      falseAlarms,
      falseAlarmRate: ratio(falseAlarms, healthy.length),
      rows,
      corpus: {
        scenarios: corpus.scenarios,
        faults: corpus.faults,
        healthy: corpus.healthy,
        runs: corpus.runs,
        seconds: corpus.seconds,
        rows: corpus.rows,
        byKind: corpus.byKind,
        failing: corpus.failing,
        baseline: corpus.baseline,
      },
    },
    options,
  );
  log(`Results: ${path}`);
  return { rows, falseAlarms, healthy: healthy.length, corpus };
}

function toFound(failure: { kind: FindingKind; boundary: { from: string; to: string } } | null) {
  return failure ? { kind: failure.kind, boundary: `${failure.boundary.from}>${failure.boundary.to}` } : null;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}
