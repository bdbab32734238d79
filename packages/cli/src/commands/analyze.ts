import {
  type Analysis,
  byStart,
  type FailureAttributor,
  type FindingKind,
  FindingKindSchema,
  type StartKey,
  type Trace,
} from '@handoff/core';
import { formatAnalysis } from '../format/format-analysis.ts';
import { judgeModel } from '../judge-model.ts';
import { analyzeEachForCli, UsageError } from '../load.ts';

/** The `--judge` model as a failure attributor; its failures become warnings with no key in them. */
async function attributor(
  options: AnalyzeCommandOptions,
  err: (text: string) => void,
): Promise<FailureAttributor> {
  const mode = options.judgeMode ?? 'all-at-once';
  if (mode !== 'all-at-once' && mode !== 'step-wise')
    throw new UsageError(`--judge-mode: all-at-once or step-wise (got "${mode}")`);
  const judge = await judgeModel(options.judge!);
  const { attribute } = judge.llmAttribution({
    model: judge.model,
    mode,
    name: `llm:${judge.name}`,
    onError: (error: unknown) =>
      err(
        `warning: --judge ${judge.name} gave no usable answer: ${judge.scrub(error instanceof Error ? error.message : String(error))}`,
      ),
  });
  return attribute as FailureAttributor;
}

export interface AnalyzeCommandOptions {
  workflow?: string;
  json?: boolean;
  failOn?: string;
  /** Every run is known to have failed: name the most likely cause and rank suspects. */
  failed?: boolean;
  /** `<provider>:<model>`: an LLM puts its pick first among the suspects of runs known to have failed. */
  judge?: string;
  /** `all-at-once` (default) or `step-wise`. */
  judgeMode?: string;
}

export interface AnalyzedWorkflow {
  trace: Trace;
  analysis: Analysis;
}

/** The `--json` shape: a contract other tools read. */
export function toJson(results: AnalyzedWorkflow[]) {
  return {
    workflows: results.map(({ trace, analysis }) => ({
      workflowId: trace.workflow.id,
      name: trace.workflow.name,
      status: trace.workflow.status,
      failure: analysis.failure
        ? {
            kind: analysis.failure.kind,
            boundary: analysis.failure.boundary,
            agent: analysis.failure.agent,
            summary: analysis.failure.summary,
            chain: analysis.failure.chain,
            confidence: analysis.failure.confidence,
            evidence: analysis.failure.evidence,
            findingId: analysis.failure.findingId,
            ...(analysis.failure.turnId ? { turnId: analysis.failure.turnId } : {}),
            ...(analysis.failure.handoffId ? { handoffId: analysis.failure.handoffId } : {}),
            ...(analysis.failure.sourceIndex === undefined
              ? {}
              : { sourceIndex: analysis.failure.sourceIndex }),
          }
        : null,
      findings: analysis.findings,
      suspects: analysis.suspects.map(
        ({ agent, turnId, sourceIndex, kind, boundary, confidence, reason }) => ({
          agent,
          turnId,
          ...(sourceIndex === undefined ? {} : { sourceIndex }),
          kind,
          boundary,
          confidence,
          reason,
        }),
      ),
    })),
  };
}

export function parseFailOn(value: string | undefined): Set<FindingKind> {
  const kinds = new Set<FindingKind>();
  for (const part of (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const parsed = FindingKindSchema.safeParse(part);
    if (!parsed.success)
      throw new UsageError(
        `--fail-on: unknown kind "${part}" (kinds: ${FindingKindSchema.options.join(', ')})`,
      );
    kinds.add(parsed.data);
  }
  return kinds;
}

/** Exit code: 0 healthy, 1 a failure (or a --fail-on kind, or an incomplete run), 2 usage or input errors. */
export async function analyzeCommand(
  path: string,
  options: AnalyzeCommandOptions,
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  const failOn = parseFailOn(options.failOn);
  const attribute = options.judge ? await attributor(options, err) : undefined;
  // Each workflow is turned into its text as it is analysed and let go: only the texts are kept,
  // to print in order of start once all are known.
  const texts: (StartKey & { text: string })[] = [];
  let failed = false;
  const { problems } = await analyzeEachForCli(
    path,
    {
      workflow: options.workflow,
      quiet: options.json,
      analyze: { ...(options.failed ? { failed: true } : {}), ...(attribute ? { attribute } : {}) },
    },
    ({ trace, analysis, file, place }) => {
      const text = options.json ? jsonWorkflowText({ trace, analysis }) : formatAnalysis(trace, analysis);
      texts.push({ workflow: { startedAt: trace.workflow.startedAt }, file, place, text });
      failed ||=
        analysis.failure !== null ||
        trace.workflow.status === 'incomplete' ||
        analysis.findings.some((finding) => failOn.has(finding.kind));
    },
  );
  for (const problem of problems) err(`warning: ${problem.message}`);
  if (texts.length === 0) {
    err(`no traces found in ${path}${problems.length ? ' (every file had errors)' : ''}`);
    return 2;
  }
  const ordered = texts.sort(byStart).map(({ text }) => text);
  // The same bytes as JSON.stringify(toJson(all), null, 2), one workflow at a time.
  if (options.json) out(`{\n  "workflows": [\n${ordered.join(',\n')}\n  ]\n}`);
  else out(ordered.join('\n\n'));
  return failed ? 1 : 0;
}

/** One workflow of the `--json` shape as it is printed inside its `workflows` list. */
function jsonWorkflowText(result: AnalyzedWorkflow): string {
  const text = JSON.stringify(toJson([result]).workflows[0], null, 2);
  return `    ${text.replaceAll('\n', '\n    ')}`;
}
