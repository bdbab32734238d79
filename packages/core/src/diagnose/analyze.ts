import { checkAgentErrors } from '../checks/agent-error.ts';
import { checkDelivery, type DeliveryJudge, type DeliveryVerdictResult } from '../checks/delivery.ts';
import { checkFreshness } from '../checks/freshness.ts';
import { checkIgnoredVerdicts } from '../checks/ignored-verdict.ts';
import { checkLoops } from '../checks/loop.ts';
import { checkLostMessages } from '../checks/lost-message.ts';
import { checkOutputUse } from '../checks/output-use.ts';
import { checkQuality } from '../checks/quality.ts';
import type { Scorer } from '../checks/scorers.ts';
import { checkUncheckedFields } from '../checks/unchecked-field.ts';
import type { Finding, FindingKind, Score, Trace } from '../model/trace.ts';
import { withTextMemo } from '../util/text-memo.ts';
import { caughtAndSetAside } from './effect-graph.ts';
import { explainKnownFailure, sourceIndexOf } from './explain-failure.ts';
import type { FailureAttributor } from './failure-attributor.ts';
import { type Failure, locateFailure } from './find-failure.ts';
import type { Suspect } from './suspect.ts';
import { indexTrace } from './trace-index.ts';

export interface AnalyzeOptions {
  /** Quality threshold: a combined score below it is `low_quality_output`. Default 0.5. */
  qualityThreshold?: number;
  /** Custom quality scorers (plain async functions, named by their function name or record key). */
  scorers?: Scorer[] | Record<string, Scorer>;
  /** Built-in scorers to turn off (`empty`, `placeholder`, `refusal`, `error_text`, `truncated`, `contract`, `json`, `task_coverage`). */
  disableScorers?: string[];
  /** A semantic-delivery judge (e.g. an LLM) that replaces or confirms the heuristic verdict. */
  judge?: DeliveryJudge;
  judgeMode?: 'replace' | 'confirm';
  /** An agent that sends its partner the same content again this many times is in a loop. Default 3. */
  maxLoopRepeats?: number;
  /** Share of a producer's output shingles that must reappear downstream to count as lineage. Default 0.5. */
  lineageThreshold?: number;
  /** Checks to skip, by finding kind. */
  skip?: FindingKind[];
  /**
   * The run is known to have failed (also when its feedback says `correct: false`): the analysis then
   * always names the most likely cause and ranks up to five suspects.
   */
  failed?: boolean;
  /** For runs known to have failed: a second opinion put first (e.g. `llmAttribution({ model })`). */
  attribute?: FailureAttributor;
}

export interface Analysis {
  findings: Finding[];
  scores: Score[];
  /** Delivery verdict per handoff id. */
  deliveries: Record<string, DeliveryVerdictResult>;
  /** The root cause, or null for a healthy run. */
  failure: Failure | null;
  /** For a run known to have failed: candidate causes, most likely first (else empty). */
  suspects: Suspect[];
}

/**
 * Runs every check on a trace and finds the root cause. Offline and deterministic unless a judge or
 * custom scorer is given; findings already recorded in the trace (live checks) are kept, not repeated.
 */
export function analyze(trace: Trace, options: AnalyzeOptions = {}): Promise<Analysis> {
  return withTextMemo(() => analyzeTrace(trace, options), textsIn(trace));
}

/** A generous count of the distinct texts an analysis memoises per function (~0.8 per record seen). */
function textsIn(trace: Trace): number {
  let records = trace.handoffs.length + trace.contextItems.length;
  for (const turn of trace.turns) records += 1 + turn.modelCalls.length;
  return 4 * records;
}

async function analyzeTrace(trace: Trace, options: AnalyzeOptions): Promise<Analysis> {
  const index = indexTrace(trace, { lineageThreshold: options.lineageThreshold });
  const skip = new Set(options.skip ?? []);
  const run = (kind: FindingKind, check: () => Finding[]): Finding[] => (skip.has(kind) ? [] : check());

  const errors = run('agent_error', () => checkAgentErrors(index));
  const lost = run('lost_message', () => checkLostMessages(index));
  const lostHandoffs = new Set(lost.flatMap((f) => (f.handoffId ? [f.handoffId] : [])));
  const delivery = skip.has('misunderstood_task')
    ? { deliveries: {}, findings: [] }
    : await checkDelivery(index, lostHandoffs, { judge: options.judge, judgeMode: options.judgeMode });
  const ignored = run('misunderstood_task', () => [
    ...checkIgnoredVerdicts(index),
    ...checkUncheckedFields(index),
  ]);
  const stale = run('stale_context', () => checkFreshness(index));
  const quality = await checkQuality(index, {
    threshold: options.qualityThreshold,
    scorers: options.scorers,
    disable: options.disableScorers,
  });
  const qualityFindings = skip.has('low_quality_output') ? [] : quality.findings;
  const loops = run('handoff_loop', () => checkLoops(index, { maxRepeats: options.maxLoopRepeats }));
  // The receiver of a message its sender keeps repeating without progress pushes back on it (a
  // reviewer correcting the same draft again): its "changes" to that message are no misread.
  const looping = new Set(
    loops.filter((f) => f.severity === 'error').map((f) => `${f.boundary.from}>${f.boundary.to}`),
  );
  // A receiver whose output its consumer said it left out ("the draft had the date wrong, not
  // included"): its misread was caught there, not passed on.
  const caught = (f: Finding) => {
    const turnId = f.handoffId ? index.handoffs.get(f.handoffId)?.toTurnId : f.turnId;
    return turnId !== undefined && caughtAndSetAside(index, turnId);
  };
  // So is a swallowed error whose claim its consumer saw through and left out ("the pump price came
  // back unreadable, not used"): it went no further.
  const errorFindings = errors.map((f) =>
    f.severity === 'error' && f.turnId && caughtAndSetAside(index, f.turnId)
      ? { ...f, severity: 'warning' as const }
      : f,
  );
  const deliveryFindings = delivery.findings.map((f) =>
    f.kind === 'misunderstood_task' &&
    f.severity === 'error' &&
    (looping.has(`${f.boundary.from}>${f.boundary.to}`) || caught(f))
      ? { ...f, severity: 'warning' as const }
      : f,
  );
  const failedDelivery = new Set(
    deliveryFindings.filter((f) => f.severity === 'error' && f.handoffId).map((f) => f.handoffId!),
  );
  const unchecked = run('unchecked_output', () =>
    checkOutputUse(index, quality.byTurn, failedDelivery, options.qualityThreshold ?? 0.5),
  );

  const findings: Finding[] = [];
  // One finding per id (a kind at a handoff): a check's error there outranks another's warning.
  const ids = new Map<string, number>();
  for (const finding of [
    ...trace.findings,
    ...errorFindings,
    ...lost,
    ...deliveryFindings,
    ...ignored,
    ...stale,
    ...qualityFindings,
    ...loops,
    ...unchecked,
  ]) {
    const at = ids.get(finding.id);
    if (at === undefined) {
      ids.set(finding.id, findings.length);
      findings.push(finding);
    } else if (finding.severity === 'error' && findings[at]!.severity !== 'error') findings[at] = finding;
  }
  const scores = [...trace.scores, ...quality.scores];
  for (const [handoffId, verdict] of Object.entries(delivery.deliveries)) {
    scores.push({
      target: { type: 'handoff', id: handoffId },
      name: 'delivery',
      value: verdict.score,
      scorer: verdict.judge ?? 'handoff',
      reason: verdict.verdict,
    });
  }
  const located = locateFailure(index, findings);
  if (options.failed || trace.workflow.feedback?.correct === false) {
    const known = await explainKnownFailure(index, findings, located, options.attribute);
    findings.push(...known.added);
    return { findings, scores, deliveries: delivery.deliveries, ...known };
  }
  const sourceIndex = sourceIndexOf(index, located?.turnId);
  if (located && sourceIndex !== undefined) located.sourceIndex = sourceIndex;
  return { findings, scores, deliveries: delivery.deliveries, failure: located, suspects: [] };
}

/** The root cause of a trace's failure, or null when the run is healthy. */
export async function findFailure(trace: Trace, options: AnalyzeOptions = {}): Promise<Failure | null> {
  return (await analyze(trace, options)).failure;
}
