import { afterEach, expect, it, vi } from 'vitest';
import { readBaseline } from './baseline.ts';
import { passed, runId } from './run-corpus.ts';
import { runScenario } from './run-scenario.ts';
import { FRAMEWORKS, MODES } from './runners/run-context.ts';
import { scenarios } from './scenarios/index.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

// Fast models and coarse timestamps (imported logs with whole seconds) put many turns in one
// millisecond: then only the order of events tells what came first. Every clock frozen, each scenario
// on one framework and mode in turn; a baseline run that fails here depends on timestamps to pass.
it('keeps the baseline runs passing when every timestamp is the same millisecond', async () => {
  const baseline = await readBaseline();
  const frozen = Date.now();
  vi.spyOn(Date, 'now').mockReturnValue(frozen);
  const failures: string[] = [];
  for (const [i, scenario] of scenarios.entries()) {
    const framework = FRAMEWORKS[i % FRAMEWORKS.length]!;
    const mode = MODES[Math.floor(i / FRAMEWORKS.length) % MODES.length]!;
    const run = await runScenario(scenario, framework, mode);
    if (baseline.has(runId(run)) && !passed(run)) failures.push(runId(run));
  }
  expect(failures, 'baseline runs that fail with every timestamp in one millisecond').toEqual([]);
}, 3_600_000);
