import { receiverOf } from '../checks/turn-links.ts';
import type { AgentTurn, Evidence, Finding, FindingKind } from '../model/trace.ts';
import { answerOrigin } from './answer-origin.ts';
import type { Failure } from './find-failure.ts';
import type { Suspect } from './suspect.ts';
import type { TraceIndex } from './trace-index.ts';
import { type Said, turnSignals } from './turn-signals.ts';

const MAX_SUSPECTS = 5;
const BOUNDARY_FAULTS: ReadonlySet<FindingKind> = new Set([
  'stale_context',
  'misunderstood_task',
  'lost_message',
]);

/** One piece of evidence against one turn. */
interface Lead {
  turn: AgentTurn;
  kind: FindingKind;
  /** How much this kind of evidence alone says (0..1). */
  weight: number;
  reason: string;
  evidence: Evidence[];
  findingId?: string;
  /** Evidence from a program or tool run of the turn's own (failed, or got nothing). */
  fromRun?: boolean;
  /** Content given in place of a run that failed or got nothing: claimed checks, assumed data. */
  workaround?: boolean;
}

/** The turn a check's finding blames: where the fault shows first. */
function blamedTurn(index: TraceIndex, finding: Finding): string | undefined {
  const handoff = finding.handoffId ? index.handoffs.get(finding.handoffId) : undefined;
  if (finding.kind === 'misunderstood_task' || finding.kind === 'lost_message')
    return handoff?.toTurnId ?? finding.turnId ?? handoff?.fromTurnId;
  return finding.turnId ?? handoff?.fromTurnId;
}

const VERDICT =
  /\b(?:verified|confirm(?:ed|s)?|validated|approved?|correct|accurate|looks good|complete[ds]?|agree[ds]?)\b/i;

/** The last turn that declared the work good or done while running no check of its own. */
function lastUncheckedVerdict(turns: AgentTurn[]): { turn: AgentTurn; claim: string } | undefined {
  for (let i = turns.length - 1; i > 0; i--) {
    const turn = turns[i]!;
    const claim = VERDICT.exec(turn.output ?? '')?.[0];
    if (!claim) continue;
    return turn.toolCalls.length === 0 ? { turn, claim } : undefined;
  }
  return undefined;
}

const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

const quote = (text: string) => `"${text.replace(/\s+/g, ' ').trim().slice(0, 80)}"`;

/**
 * Suspects for a run known to have failed, from principles that hold in any framework: the earliest
 * turn with evidence of a fault is the most likely cause — a check's error finding, a program or tool
 * run that failed or got nothing (the author of the code owns it), content assumed or invented in
 * place of facts, the first turn to produce the final answer's distinctive content, an agent
 * repeating itself (the loop is the repeater's). After a failure everyone saw, the first turn that
 * filled the gap with unbacked content comes before it. A boundary fault the checks traced to the
 * answer comes first, unless an earlier run had already failed or got nothing. A final
 * verdict given without any check of its own is the deciding agent's. With no evidence at all, the
 * first contribution after the task is where the run went its way.
 */
export function rankSuspects(index: TraceIndex, findings: Finding[], failure: Failure | null): Suspect[] {
  const turns = [...index.trace.turns].sort((a, b) => a.startedAt - b.startedAt);
  if (turns.length === 0) return [];
  const task = typeof index.trace.workflow.input === 'string' ? index.trace.workflow.input : '';
  // A turn that only passes the task on (a group chat's opening message) is the task, not work.
  const isTask = (turn: AgentTurn) => task !== '' && (turn.output ?? '').trim() === task.trim();
  const leads: Lead[] = [];
  const add = (lead: Lead) => leads.push(lead);

  for (const finding of findings) {
    if (finding.severity !== 'error') continue;
    const turn = index.turns.get(blamedTurn(index, finding) ?? '');
    if (!turn) continue;
    const isRoot = failure?.findingId === finding.id;
    add({
      turn,
      kind: finding.kind,
      weight: isRoot ? 0.7 : 0.5,
      reason: finding.summary,
      evidence: finding.evidence,
      findingId: finding.id,
    });
  }
  // An agent a loop finding already names needs no second, heuristic loop lead.
  const loopers = new Set(
    findings
      .filter((f) => f.kind === 'handoff_loop' && f.severity === 'error')
      .flatMap((f) => [f.boundary.from, f.boundary.to]),
  );
  // Who first said a line (0: the task, which an agent's opening message may have said; k + 1: turn k).
  const sayerOf = (from: number): AgentTurn | undefined =>
    from > 0 ? turns[from - 1] : turns[0] && isTask(turns[0]) ? turns[0] : undefined;
  // Whether the last program or tool run failed or got nothing: what comes next has no facts behind it.
  let broken: AgentTurn | undefined;
  for (const signal of turnSignals(turns, task)) {
    const { turn } = signal;
    const own = (said: Said | undefined) => (said && said.from === undefined ? said.phrase : undefined);
    const stated = own(signal.claimedCheck) ?? own(signal.unsupported);
    if (broken && turn.toolCalls.length === 0 && stated && !isTask(turn))
      add({
        turn,
        kind: 'low_quality_output',
        weight: 0.6,
        workaround: true,
        reason: `after ${broken.agent}'s run failed or got nothing, ${turn.agent} went on with content no run of its own backed (${quote(stated)}); the first to fill the gap owns what it filled it with`,
        evidence: [{ label: 'unbacked content', detail: quote(turn.output ?? ''), turnId: turn.id }],
      });
    if (signal.failedRun || signal.emptyRun) broken = turn;
    else if (turn.toolCalls.some((call) => call.endedAt !== undefined)) broken = undefined;
    if (signal.failedRun)
      add({
        turn,
        kind: 'agent_error',
        weight: 0.5,
        fromRun: true,
        reason: `${turn.agent}'s code or tool call failed (${signal.failedRun.message}); an executor's error belongs to the author`,
        evidence: [
          { label: `run of ${signal.failedRun.name}`, detail: signal.failedRun.message, turnId: turn.id },
        ],
      });
    if (signal.emptyRun && !signal.failedRun)
      add({
        turn,
        kind: 'agent_error',
        weight: 0.5,
        fromRun: true,
        reason: `${turn.agent}'s code or tool call ran but returned nothing to work with; the author owns a run that got nothing`,
        evidence: [{ label: `run of ${signal.emptyRun.name}`, detail: 'empty result', turnId: turn.id }],
      });
    // An assumption echoed from an earlier message is its first sayer's. An opening message that hands
    // out the task is not blamed for its own words, but for an assumption later turns built on.
    const assumed = signal.unsupported;
    const sayer = assumed && (assumed.from === undefined ? turn : sayerOf(assumed.from));
    if (assumed && sayer && (sayer !== turn || !isTask(turn)))
      add({
        turn: sayer,
        kind: 'low_quality_output',
        weight: 0.5,
        reason: `${sayer.agent} worked from content it assumed or made up (${quote(assumed.phrase)}) instead of facts${sayer === turn ? '' : `; ${turn.agent} repeated it`}`,
        evidence: [{ label: 'unsupported content', detail: quote(sayer.output ?? ''), turnId: sayer.id }],
      });
    if (signal.repeatOf && !loopers.has(turn.agent)) {
      const first = index.turns.get(signal.repeatOf)!;
      add({
        turn: first,
        kind: 'handoff_loop',
        weight: 0.4,
        reason: `${turn.agent} repeated its own earlier message instead of changing course; a loop belongs to the agent that repeats itself`,
        evidence: [{ label: 'repeat', detail: quote(turn.output ?? ''), turnId: turn.id }],
      });
    }
  }
  for (const finalTurnId of index.finalTurnIds) {
    const origin = answerOrigin(index, finalTurnId, task);
    const turn = origin && index.turns.get(origin.turnId);
    if (!origin || !turn) continue;
    const terms = origin.terms.slice(0, 4).join(', ');
    add({
      turn,
      kind: 'low_quality_output',
      weight: 0.3 + 0.3 * origin.share,
      reason: `${turn.agent} ${origin.viaTool ? 'ran the code or tool that produced' : 'first stated'} the final answer's ${terms}`,
      evidence: [{ label: 'answer content', detail: `first produced here: ${terms}`, turnId: turn.id }],
    });
  }

  const order = new Map(turns.map((turn, i) => [turn.id, i]));
  const byTurn = new Map<string, Lead[]>();
  for (const lead of leads) byTurn.set(lead.turn.id, [...(byTurn.get(lead.turn.id) ?? []), lead]);
  const ranked = [...byTurn.values()].sort((a, b) => order.get(a[0]!.turn.id)! - order.get(b[0]!.turn.id)!);
  // A boundary fault the checks traced to the answer (stale context, a misread task, a lost message)
  // explains the failure by itself: it comes first, unless an earlier turn's own program or tool run
  // already failed or got nothing (the receiver then worked from broken input: the fault came first
  // there). Bad outputs, errors and loops are weighed with the rest of the evidence in causal order.
  if (failure && BOUNDARY_FAULTS.has(failure.kind)) {
    const root = ranked.findIndex((turnLeads) =>
      turnLeads.some((lead) => lead.findingId === failure.findingId),
    );
    const brokenBefore = ranked
      .slice(0, Math.max(0, root))
      .some((turnLeads) => turnLeads.some((l) => l.fromRun));
    if (root > 0 && !brokenBefore) ranked.unshift(...ranked.splice(root, 1));
  }
  // A failed run everyone saw (a tool's error, or an executor's output posted to the chat) only set the
  // stage: the first turn that then went on with unbacked content introduced the wrong facts, so it
  // goes before such failures. A failure its author hid (a check's finding) keeps its place.
  const executors = new Set(stringList(index.trace.workflow.metadata.executors));
  const seenFailure = (lead: Lead) =>
    lead.fromRun ||
    (lead.kind === 'agent_error' &&
      lead.turn.toolCalls.some((call) => call.error && executors.has(call.name)));
  const gap = ranked.findIndex((turnLeads) => turnLeads.some((lead) => lead.workaround));
  if (gap > 0 && ranked.slice(0, gap).every((turnLeads) => turnLeads.every(seenFailure)))
    ranked.unshift(...ranked.splice(gap, 1));
  const suspects = ranked.map((turnLeads) => toSuspect(index, turnLeads));
  if (suspects.length === 0) {
    const first = turns.find((turn) => !isTask(turn)) ?? turns[0]!;
    suspects.push(
      toSuspect(index, [
        {
          turn: first,
          kind: 'low_quality_output',
          weight: 0.25,
          reason: `no turn shows a fault; ${first.agent} made the first contribution after the task, where the run took its course`,
          evidence: [],
        },
      ]),
    );
  }
  // Whoever declared success on work nobody checked owns that verdict, after whoever caused the fault.
  const verdict = lastUncheckedVerdict(turns);
  if (verdict && !suspects.some((suspect) => suspect.turnId === verdict.turn.id))
    suspects.splice(
      Math.min(suspects.length, MAX_SUSPECTS - 1),
      0,
      toSuspect(index, [
        {
          turn: verdict.turn,
          kind: 'unchecked_output',
          weight: 0.3,
          reason: `${verdict.turn.agent} declared the result ${quote(verdict.claim)} without checking it itself (no tool or program run); a coordinator that declares success owns that verdict`,
          evidence: [{ label: 'verdict', detail: quote(verdict.turn.output ?? ''), turnId: verdict.turn.id }],
        },
      ]),
    );
  return suspects.slice(0, MAX_SUSPECTS);
}

/** Joins the leads against one turn: the strongest names the kind, together they set the confidence. */
function toSuspect(index: TraceIndex, leads: Lead[]): Suspect {
  const strongest = [...leads].sort((a, b) => b.weight - a.weight)[0]!;
  const { turn } = strongest;
  const confidence = 1 - leads.reduce((doubt, lead) => doubt * (1 - lead.weight), 1);
  const suspect: Suspect = {
    agent: turn.agent,
    turnId: turn.id,
    kind: strongest.kind,
    boundary: { from: turn.agent, to: receiverOf(index, turn.id) },
    confidence: Math.round(confidence * 100) / 100,
    reason: leads.map((lead) => lead.reason).join('; '),
    evidence: leads.flatMap((lead) => lead.evidence),
  };
  const sourceIndex = turn.metadata.sourceIndex;
  if (typeof sourceIndex === 'number') suspect.sourceIndex = sourceIndex;
  const finding = leads.filter((lead) => lead.findingId).sort((a, b) => b.weight - a.weight)[0];
  if (finding?.findingId) suspect.findingId = finding.findingId;
  return suspect;
}
