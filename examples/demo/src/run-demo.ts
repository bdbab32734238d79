import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from '@handoff/cli';
import type { Analysis, Trace } from '@handoff/core';
import { runExample as runAiSdk } from '@handoff/example-ai-sdk-research-team';
import { FAULTS, type Fault } from '@handoff/example-kit';
import { runExample as runLangGraph } from '@handoff/example-langgraph-research-team';
import { runExample as runMastra } from '@handoff/example-mastra-research-team';

type Runner = (options: {
  fault: Fault;
  traceDir: string;
}) => Promise<{ trace: Trace; analysis: Analysis; wallMs: number }>;

export const FRAMEWORKS: [string, Runner][] = [
  ['LangGraph', runLangGraph],
  ['AI SDK', runAiSdk],
  ['Mastra', runMastra],
];

export interface DemoResult {
  framework: string;
  fault: Fault;
  found: string;
  boundary: string | undefined;
  summary: string;
  chain: string;
}

const colour = (code: number, text: string) =>
  process.stdout.isTTY && !process.env.NO_COLOR ? `\u001b[${code}m${text}\u001b[0m` : text;

/** What an infrastructure trace shows for the run: every call succeeded, and how long things took. */
function infrastructureView(trace: Trace, wallMs: number): string {
  const calls = trace.turns.reduce((n, turn) => n + turn.modelCalls.length, 0);
  const tools = trace.turns.reduce((n, turn) => n + turn.toolCalls.length, 0);
  const failedSpans = trace.turns.filter((turn) => turn.status === 'error').length;
  return `${failedSpans === 0 ? colour(32, '✔ all spans OK') : colour(31, `✖ ${failedSpans} span errors`)} · ${trace.turns.length} agent runs · ${calls} LLM calls · ${tools} tool calls · ${wallMs.toFixed(0)} ms`;
}

/**
 * Runs the team on each framework, healthy and with each fault, printing the infrastructure view
 * beside Handoff's root cause; writes the traces and one HTML report.
 */
export async function runDemo(options: {
  traceDir: string;
  report: string;
  log?: (line: string) => void;
}): Promise<DemoResult[]> {
  const log = options.log ?? console.log;
  await rm(options.traceDir, { recursive: true, force: true });
  const results: DemoResult[] = [];
  for (const [framework, run] of FRAMEWORKS) {
    log(`\n${colour(1, `── ${framework} ──────────────────────────────────────────────`)}`);
    for (const fault of FAULTS) {
      const { trace, analysis, wallMs } = await run({
        fault,
        traceDir: join(options.traceDir, framework.toLowerCase().replace(/\s+/g, '-')),
      });
      const failure = analysis.failure;
      log(`${colour(1, fault === 'none' ? 'healthy run' : `fault: ${fault}`)}`);
      log(`  infrastructure: ${infrastructureView(trace, wallMs)}`);
      log(
        `  Handoff:        ${failure ? colour(31, `Root cause: ${failure.summary}`) : colour(32, 'healthy: no root cause')}`,
      );
      if (failure)
        log(
          `                  chain: ${failure.chain.map((b) => `${b.to}←${b.from}`).join(' → ')} → final output`,
        );
      results.push({
        framework,
        fault,
        found: failure?.kind ?? 'none',
        boundary: failure ? `${failure.boundary.to}←${failure.boundary.from}` : undefined,
        summary: failure?.summary ?? '',
        chain: failure?.chain.map((b) => `${b.to}←${b.from}`).join(' → ') ?? '',
      });
    }
  }
  await runCli(['report', options.traceDir, '-o', options.report], {
    out: () => {},
    err: (text) => log(text),
  });
  const right = results.filter((r) => r.found === r.fault).length;
  log(
    `\n${colour(1, `Handoff named the injected fault in ${right} of ${results.length} runs`)} (${FRAMEWORKS.length} frameworks × ${FAULTS.length} runs).`,
  );
  log(`Traces: ${options.traceDir}/   Report: ${options.report}`);
  log(`Open the live viewer:  pnpm handoff view ${options.traceDir}`);
  log(`Analyse in the terminal:  pnpm handoff analyze ${options.traceDir}`);
  return results;
}
