import { expect } from 'vitest';
import { compareWithBaseline, readBaseline } from './baseline.ts';
import { describeDiagnosis } from './corpus-report.ts';
import { runCorpus, runId } from './run-corpus.ts';
import type { RunOutcome } from './run-scenario.ts';
import { scenarios } from './scenarios/index.ts';

/** Part `part` of `parts` of the corpus (every `parts`-th scenario), so test files can run in parallel. */
export const corpusPart = (part: number, parts: number) =>
  scenarios.filter((_, index) => index % parts === part - 1);

const line = (run: RunOutcome) =>
  `${runId(run)}: expected ${describeDiagnosis(run.expected)}, found ${describeDiagnosis(run.found)}${
    run.errorFindings.length > 0 && !run.expected ? ` [${run.errorFindings.join(', ')}]` : ''
  }`;

/**
 * The regression gate on one part of the corpus: runs it on every framework and mode, prints the
 * known failures and the runs passing for the first time, and fails on runs that passed in the
 * committed baseline and fail now. No thresholds.
 */
export async function expectNoRegressions(part: typeof scenarios): Promise<void> {
  const runs = await runCorpus(part);
  const { regressions, knownFailures, newlyPassing } = compareWithBaseline(runs, await readBaseline());
  console.log(
    `corpus part: ${runs.length} runs, ${runs.length - regressions.length - knownFailures.length} pass; ${knownFailures.length} known failures:\n${knownFailures.map(line).join('\n')}`,
  );
  if (newlyPassing.length > 0)
    console.log(
      `newly passing (refresh the baseline with pnpm bench diagnosis --update-baseline):\n${newlyPassing.map(runId).join('\n')}`,
    );
  expect(regressions.map(line), 'runs that passed in the baseline and fail now').toEqual([]);
}
