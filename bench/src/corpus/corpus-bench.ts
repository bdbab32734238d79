import { table } from '../results.ts';
import { compareWithBaseline, readBaseline, writeBaseline } from './baseline.ts';
import { corpusRows, describeDiagnosis, failingScenarios, kindRows } from './corpus-report.ts';
import { passed, runCorpus, runId } from './run-corpus.ts';
import { scenarios } from './scenarios/index.ts';

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`);

/**
 * The scenario corpus on every framework and mode: exact root cause, responsible agent, false
 * alarms, the scenarios that miss, and the comparison with the committed baseline.
 */
export async function runCorpusBench(options: {
  smoke?: boolean;
  updateBaseline?: boolean;
  log: (line: string) => void;
}) {
  const { log } = options;
  // Smoke runs (CI's suite test) take one fault and one healthy scenario.
  const chosen = options.smoke
    ? [scenarios.find((s) => s.expected)!, scenarios.find((s) => !s.expected)!]
    : scenarios;
  const started = performance.now();
  const runs = await runCorpus(chosen, {
    onRun: (_run, done, total) => {
      if (!options.smoke && done % 30 === 0) log(`  … ${done}/${total} runs`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const faults = chosen.filter((s) => s.expected).length;
  log(
    `\nScenario corpus: ${chosen.length} programs (${faults} with a fault, ${chosen.length - faults} healthy look-alikes) × 3 frameworks × invoke/stream = ${runs.length} runs in ${seconds.toFixed(0)} s\n`,
  );
  const rows = corpusRows(runs);
  log(
    table(
      ['framework', 'mode', 'exact root cause', 'responsible agent', 'false alarms (healthy)'],
      rows.map((row) => [
        row.framework,
        row.mode,
        `${row.exactRootCause}/${row.faults} (${percent(row.exactRootCause, row.faults)})`,
        `${row.rightAgent}/${row.faults} (${percent(row.rightAgent, row.faults)})`,
        `${row.falseAlarms}/${row.healthy} (${percent(row.falseAlarms, row.healthy)})`,
      ]),
    ),
  );
  const byKind = kindRows(runs, passed);
  log(
    '\nPassing runs by expected root cause (fault: kind, boundary and agent right; healthy: nothing found):\n',
  );
  log(
    table(
      ['expected', 'scenarios', 'langgraph', 'ai-sdk', 'mastra', 'all'],
      byKind.map((row) => [
        row.kind,
        row.scenarios,
        row.langgraph,
        row.aiSdk,
        row.mastra,
        `${row.passing}/${row.runs}`,
      ]),
    ),
  );
  const failing = failingScenarios(runs, passed);
  if (failing.length > 0) {
    log('\nScenarios that miss (expected → found per framework/mode):');
    for (const entry of failing) {
      log(`- ${entry.scenario}: expected ${entry.expected}`);
      for (const run of entry.runs) {
        const extra =
          'errorFindings' in run && run.errorFindings?.length
            ? ` [error findings: ${run.errorFindings.join(', ')}]`
            : '';
        log(`    ${run.framework}/${run.mode}: ${run.found}${extra}`);
      }
    }
  }
  const recordingProblems = runs.filter((run) => run.recording.length > 0);
  if (recordingProblems.length > 0) {
    log('\nRecording differs from the program (adapter gaps):');
    for (const run of recordingProblems) log(`- ${runId(run)}: ${run.recording.join('; ')}`);
  }
  let baseline: ReturnType<typeof compareWithBaseline> | undefined;
  if (!options.smoke) {
    baseline = compareWithBaseline(runs, await readBaseline());
    log(
      `\nBaseline: ${baseline.regressions.length} regressions, ${baseline.knownFailures.length} known failures, ${baseline.newlyPassing.length} newly passing`,
    );
    for (const run of baseline.regressions)
      log(`  REGRESSION ${runId(run)}: found ${describeDiagnosis(run.found)}`);
    if (options.updateBaseline) {
      await writeBaseline(runs);
      log('Baseline updated.');
    }
  }
  return {
    scenarios: chosen.length,
    faults,
    healthy: chosen.length - faults,
    runs: runs.length,
    seconds,
    rows,
    byKind,
    failing,
    runsDetail: runs,
    baseline: baseline
      ? {
          regressions: baseline.regressions.map(runId),
          knownFailures: baseline.knownFailures.length,
          newlyPassing: baseline.newlyPassing.map(runId),
        }
      : undefined,
  };
}
