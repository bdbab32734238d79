import { analyze, createTracer, type Diagnostic, memoryStore, type Trace } from '@handoff/core';
import { expectedAgents } from './expected-agents.ts';
import { runOnAiSdk } from './runners/ai-sdk-runner.ts';
import { runOnLangGraph } from './runners/langgraph-runner.ts';
import { runOnMastra } from './runners/mastra-runner.ts';
import type { Framework, RunMode, Runner } from './runners/run-context.ts';
import { simulatedClock } from './runners/simulated-clock.ts';
import type { Diagnosis, Scenario } from './scenario.ts';

const RUNNERS: Record<Framework, Runner> = {
  langgraph: runOnLangGraph,
  'ai-sdk': runOnAiSdk,
  mastra: runOnMastra,
};

export interface RunOutcome {
  scenario: string;
  framework: Framework;
  mode: RunMode;
  expected: Diagnosis | null;
  /** The root cause `analyze()` named (kind, boundary, responsible agent), or null. */
  found: Diagnosis | null;
  /** Kind and boundary both right (for healthy runs: no root cause and no error finding). */
  exact: boolean;
  /** The responsible agent named right (healthy runs: no root cause). */
  agentRight: boolean;
  /** Error findings on a healthy run, or a root cause where there is none. */
  falseAlarm: boolean;
  /** Every error finding, as `kind@from>to`. */
  errorFindings: string[];
  /** How the framework's adapter recorded the program, where that differs from what ran. */
  recording: string[];
}

/**
 * The agent's own name: adapters may name an agent inside a nested team by its path
 * (`quality_lead/lab_technician`); the program named it `lab_technician`.
 */
const ownName = (name: string) => name.split('/').at(-1) ?? name;

const key = (diagnosis: Pick<Diagnosis, 'kind' | 'boundary'> | null) =>
  diagnosis ? `${diagnosis.kind}@${diagnosis.boundary.from}>${diagnosis.boundary.to}` : 'none';

/** Runs one scenario on one framework in one mode, with Handoff attached, and diagnoses the trace. */
export async function runScenario(
  scenario: Scenario,
  framework: Framework,
  mode: RunMode,
): Promise<RunOutcome> {
  const store = memoryStore();
  const clock = simulatedClock();
  const diagnostics: Diagnostic[] = [];
  const tracer = createTracer({
    store,
    clock,
    flushOnExit: false,
    onDiagnostic: (diagnostic) => diagnostics.push(diagnostic),
  });
  const recording: string[] = [];
  try {
    await RUNNERS[framework]({ scenario, mode, tracer, clock });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A crash the scenario injects is the program's behaviour, not a recording problem.
    const crash = scenario.program.crash?.error;
    // (Mastra reports a failed step with the error JSON-encoded inside its own message.)
    if (!crash || !(message.includes(crash) || message.includes(JSON.stringify(crash).slice(1, -1))))
      recording.push(`program threw: ${message}`.slice(0, 300));
  }
  await tracer.shutdown();
  const traces = store.traces();
  if (traces.length !== 1) recording.push(`${traces.length} workflows recorded (expected 1)`);
  for (const diagnostic of diagnostics.slice(0, 3))
    recording.push(`tracer diagnostic ${diagnostic.code}: ${diagnostic.message}`.slice(0, 200));
  const trace = traces.sort((a, b) => b.turns.length - a.turns.length)[0];
  const found = trace ? await diagnose(trace) : null;
  if (trace) recording.push(...compareRecording(scenario, trace));
  const expected = scenario.expected;
  const errorFindings = found?.errorFindings ?? [];
  const exact = expected
    ? key(found?.diagnosis ?? null) === key(expected)
    : !found?.diagnosis && errorFindings.length === 0;
  return {
    scenario: scenario.id,
    framework,
    mode,
    expected,
    found: found?.diagnosis ?? null,
    exact,
    agentRight: expected ? found?.diagnosis?.agent === expected.agent : !found?.diagnosis,
    falseAlarm: !expected && (!!found?.diagnosis || errorFindings.length > 0),
    errorFindings,
    recording,
  };
}

async function diagnose(trace: Trace) {
  const analysis = await analyze(trace);
  const failure = analysis.failure as (typeof analysis.failure & { agent?: string }) | null;
  const errorFindings = analysis.findings
    .filter((finding) => finding.severity === 'error')
    .map((finding) =>
      key({
        kind: finding.kind,
        boundary: { from: ownName(finding.boundary.from), to: ownName(finding.boundary.to) },
      }),
    );
  if (!failure) return { diagnosis: null, errorFindings };
  // The failure's own `agent` where analyze() names one, else the agent of the turn it points at.
  const agent = failure.agent ?? trace.turns.find((turn) => turn.id === failure.turnId)?.agent ?? '';
  return {
    diagnosis: {
      kind: failure.kind,
      boundary: { from: ownName(failure.boundary.from), to: ownName(failure.boundary.to) },
      agent: ownName(agent),
    },
    errorFindings,
  };
}

/** Where the recorded agents and handoffs differ from the program that ran. */
function compareRecording(scenario: Scenario, trace: Trace): string[] {
  const problems: string[] = [];
  const recorded = new Set(trace.turns.map((turn) => ownName(turn.agent)));
  const wanted = expectedAgents(scenario);
  const missing = wanted.filter((name) => !recorded.has(name));
  const extra = [...recorded].filter((name) => !scenario.agents.some((agent) => agent.name === name));
  if (missing.length > 0) problems.push(`no turn of ${missing.join(', ')}`);
  if (extra.length > 0) problems.push(`turns of agents that do not exist: ${extra.join(', ')}`);
  const expected = scenario.expected;
  if (expected && expected.boundary.from !== expected.boundary.to) {
    const { from, to } = expected.boundary;
    const seen = trace.handoffs.some(
      (handoff) => ownName(handoff.from) === from && ownName(handoff.to) === to,
    );
    // A lost message whose receiver never ran has no handoff to record.
    if (!seen && wanted.includes(to)) problems.push(`no handoff recorded at ${from}>${to}`);
  }
  return problems;
}
