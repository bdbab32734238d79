import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { passed, runId } from './run-corpus.ts';
import type { RunOutcome } from './run-scenario.ts';

/** Which (scenario, framework, mode) runs passed when the baseline was last refreshed. */
export const BASELINE_PATH = join(import.meta.dirname, '..', '..', 'corpus-baseline.json');

export async function readBaseline(path = BASELINE_PATH): Promise<Set<string>> {
  try {
    const { passing } = JSON.parse(await readFile(path, 'utf8')) as { passing: string[] };
    return new Set(passing);
  } catch {
    return new Set();
  }
}

export async function writeBaseline(runs: RunOutcome[], path = BASELINE_PATH): Promise<void> {
  const passing = runs.filter(passed).map(runId).sort();
  const body = {
    note: 'Runs of the scenario corpus that pass; refresh with `pnpm bench diagnosis --update-baseline`.',
    passing,
  };
  await writeFile(path, `${JSON.stringify(body, null, 2)}\n`);
}

/** Regressions (passed in the baseline, fail now), known failures, and runs that pass for the first time. */
export function compareWithBaseline(runs: RunOutcome[], baseline: Set<string>) {
  const failing = runs.filter((run) => !passed(run));
  return {
    regressions: failing.filter((run) => baseline.has(runId(run))),
    knownFailures: failing.filter((run) => !baseline.has(runId(run))),
    newlyPassing: runs.filter((run) => passed(run) && !baseline.has(runId(run))),
  };
}
