import { table, writeResults } from '../results.ts';
import { REWRITES } from './rewrites.ts';
import { passed, runCorpus, runId } from './run-corpus.ts';
import type { RunOutcome } from './run-scenario.ts';
import { scenarios } from './scenarios/index.ts';

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`);
const outcome = (run: RunOutcome) =>
  run.found ? `${run.found.kind}@${run.found.boundary.from}>${run.found.boundary.to}` : 'none';
// A rewrite renames agents (`planner` → `planner_agent`): compare boundaries by the original names
// (one `_agent` off the end of each name of the rewritten run's outcome `kind@from>to`).
const unsuffixed = (text: string) => text.replace(/_agent(?=>|$)/g, '');

/**
 * Meaning-preserving rewrites of every corpus program (chatty agents, agents named `x_agent`), run
 * in invoke mode on each framework: a diagnosis that changes under a rewrite is tied to wording,
 * which is how the corpus's own texts can score well while unseen programs do not.
 */
export async function runRewritesBench(options: { smoke?: boolean; log?: (line: string) => void }) {
  const log = options.log ?? console.log;
  const chosen = options.smoke
    ? [scenarios.find((s) => s.expected)!, scenarios.find((s) => !s.expected)!]
    : scenarios;
  const started = performance.now();
  const progress = (_run: RunOutcome, done: number, total: number) => {
    if (!options.smoke && done % 60 === 0) log(`  … ${done}/${total} runs`);
  };
  const original = await runCorpus(chosen, { modes: ['invoke'], onRun: progress });
  const before = new Map(original.map((run) => [runId(run), run]));
  const rows: (string | number)[][] = [];
  const results: Record<string, unknown>[] = [];
  for (const [name, rewrite] of Object.entries(REWRITES)) {
    const runs = await runCorpus(chosen.map(rewrite), { modes: ['invoke'], onRun: progress });
    const changed = runs.filter((run) => {
      const was = before.get(runId(run))!;
      const after = name === 'agent-suffix' ? unsuffixed(outcome(run)) : outcome(run);
      return passed(was) !== passed(run) || outcome(was) !== after;
    });
    const pass = runs.filter(passed).length;
    rows.push([
      name,
      `${original.filter(passed).length}/${original.length}`,
      `${pass}/${runs.length} (${percent(pass, runs.length)})`,
      `${changed.length}`,
    ]);
    results.push({
      rewrite: name,
      runs: runs.length,
      passing: pass,
      changed: changed.map((run) => ({
        run: runId(run),
        before: outcome(before.get(runId(run))!),
        after: outcome(run),
      })),
    });
    for (const run of changed)
      log(`  ${name}: ${runId(run)} ${outcome(before.get(runId(run))!)} → ${outcome(run)}`);
  }
  const seconds = (performance.now() - started) / 1000;
  log(
    `\nRewritten programs: ${chosen.length} programs × 3 frameworks, invoke mode, ${Object.keys(REWRITES).length} rewrites, in ${seconds.toFixed(0)} s\n`,
  );
  log(table(['rewrite', 'original passing', 'rewritten passing', 'diagnosis changed'], rows));
  const path = await writeResults('rewrites', { programs: chosen.length, rewrites: results }, options);
  log(`\nresults: ${path}`);
  return results;
}
