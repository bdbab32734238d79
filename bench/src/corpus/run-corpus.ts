import { type RunOutcome, runScenario } from './run-scenario.ts';
import { FRAMEWORKS, type Framework, MODES, type RunMode } from './runners/run-context.ts';
import type { Scenario } from './scenario.ts';

/** A run passes when the root cause and the responsible agent are the expected ones (healthy: nothing found). */
export const passed = (run: RunOutcome) => (run.expected ? run.exact && run.agentRight : !run.falseAlarm);

export const runId = (run: Pick<RunOutcome, 'scenario' | 'framework' | 'mode'>) =>
  `${run.scenario}|${run.framework}|${run.mode}`;

/** Runs every scenario on every framework in both modes, one run at a time. */
export async function runCorpus(
  scenarios: Scenario[],
  options: {
    frameworks?: readonly Framework[];
    modes?: readonly RunMode[];
    onRun?: (run: RunOutcome, done: number, total: number) => void;
  } = {},
): Promise<RunOutcome[]> {
  const frameworks = options.frameworks ?? FRAMEWORKS;
  const modes = options.modes ?? MODES;
  const total = scenarios.length * frameworks.length * modes.length;
  const runs: RunOutcome[] = [];
  for (const scenario of scenarios)
    for (const framework of frameworks)
      for (const mode of modes) {
        const run = await runScenario(scenario, framework, mode);
        runs.push(run);
        options.onRun?.(run, runs.length, total);
      }
  return runs;
}
