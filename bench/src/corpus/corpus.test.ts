import { describe, expect, it } from 'vitest';
import { compareWithBaseline, readBaseline } from './baseline.ts';
import { describeDiagnosis } from './corpus-report.ts';
import { runCorpus, runId } from './run-corpus.ts';
import { scenarios } from './scenarios/index.ts';

// The regression gate: every scenario on every framework and mode. No thresholds: a run that passed
// in the committed baseline and fails now is a regression; runs that still fail are listed as known
// failures. Refresh the baseline with `pnpm bench diagnosis --update-baseline` when diagnosis improves.
describe('scenario corpus', () => {
  it('keeps every run that passed in the baseline passing', async () => {
    const runs = await runCorpus(scenarios);
    const baseline = await readBaseline();
    const { regressions, knownFailures, newlyPassing } = compareWithBaseline(runs, baseline);
    const line = (run: (typeof runs)[number]) =>
      `${runId(run)}: expected ${describeDiagnosis(run.expected)}, found ${describeDiagnosis(run.found)}${
        run.errorFindings.length > 0 && !run.expected ? ` [${run.errorFindings.join(', ')}]` : ''
      }`;
    console.log(
      `corpus: ${runs.length} runs, ${runs.length - regressions.length - knownFailures.length} pass; ${knownFailures.length} known failures:\n${knownFailures.map(line).join('\n')}`,
    );
    if (newlyPassing.length > 0)
      console.log(
        `newly passing (refresh the baseline with pnpm bench diagnosis --update-baseline):\n${newlyPassing.map(runId).join('\n')}`,
      );
    const known = new Set(runs.map(runId));
    const vanished = [...baseline].filter((id) => !known.has(id));
    expect(vanished, 'baseline runs that no longer exist (renamed or removed scenarios)').toEqual([]);
    expect(regressions.map(line), 'runs that passed in the baseline and fail now').toEqual([]);
  }, 900_000);
});
