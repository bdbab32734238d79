import type { RunOutcome } from './run-scenario.ts';
import type { Diagnosis } from './scenario.ts';

export interface CorpusRow {
  framework: string;
  mode: string;
  faults: number;
  exactRootCause: number;
  rightAgent: number;
  healthy: number;
  falseAlarms: number;
}

/** Per framework and mode: exact root causes and right agents on faults, false alarms on healthy runs. */
export function corpusRows(runs: RunOutcome[]): CorpusRow[] {
  const groups = new Map<string, RunOutcome[]>();
  for (const run of runs) {
    const key = `${run.framework}|${run.mode}`;
    groups.set(key, [...(groups.get(key) ?? []), run]);
  }
  const row = (framework: string, mode: string, group: RunOutcome[]): CorpusRow => {
    const faults = group.filter((run) => run.expected);
    const healthy = group.filter((run) => !run.expected);
    return {
      framework,
      mode,
      faults: faults.length,
      exactRootCause: faults.filter((run) => run.exact).length,
      rightAgent: faults.filter((run) => run.agentRight).length,
      healthy: healthy.length,
      falseAlarms: healthy.filter((run) => run.falseAlarm).length,
    };
  };
  const rows = [...groups].map(([key, group]) => {
    const [framework, mode] = key.split('|') as [string, string];
    return row(framework, mode, group);
  });
  return [...rows, row('all', 'both', runs)];
}

/** Per expected kind (and healthy): runs with the exact root cause, per framework. */
export function kindRows(runs: RunOutcome[], passed: (run: RunOutcome) => boolean) {
  const order = [
    'misunderstood_task',
    'stale_context',
    'low_quality_output',
    'lost_message',
    'agent_error',
    'handoff_loop',
  ];
  const rank = (kind: string) => (kind === 'healthy' ? 99 : order.indexOf(kind) + 1 || 50);
  const kinds = [...new Set(runs.map((run) => run.expected?.kind ?? 'healthy'))].sort(
    (a, b) => rank(a) - rank(b),
  );
  return kinds.map((kind) => {
    const group = runs.filter((run) => (run.expected?.kind ?? 'healthy') === kind);
    const per = (framework: string) => {
      const own = group.filter((run) => run.framework === framework);
      return `${own.filter(passed).length}/${own.length}`;
    };
    return {
      kind,
      scenarios: new Set(group.map((run) => run.scenario)).size,
      langgraph: per('langgraph'),
      aiSdk: per('ai-sdk'),
      mastra: per('mastra'),
      passing: group.filter(passed).length,
      runs: group.length,
    };
  });
}

export const describeDiagnosis = (diagnosis: Diagnosis | null) =>
  diagnosis
    ? `${diagnosis.kind} @ ${diagnosis.boundary.from}>${diagnosis.boundary.to} (agent ${diagnosis.agent || '?'})`
    : 'none';

/** The runs that miss, grouped by scenario: what was expected, what each framework and mode found. */
export function failingScenarios(runs: RunOutcome[], passed: (run: RunOutcome) => boolean) {
  const byScenario = new Map<string, RunOutcome[]>();
  for (const run of runs.filter((candidate) => !passed(candidate)))
    byScenario.set(run.scenario, [...(byScenario.get(run.scenario) ?? []), run]);
  return [...byScenario].map(([scenario, failing]) => ({
    scenario,
    expected: describeDiagnosis(failing[0]!.expected),
    runs: failing.map((run) => ({
      framework: run.framework,
      mode: run.mode,
      found: describeDiagnosis(run.found),
      ...(run.expected ? {} : { errorFindings: run.errorFindings }),
      recording: run.recording,
    })),
  }));
}
