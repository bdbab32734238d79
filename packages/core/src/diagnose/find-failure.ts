import { requestOf } from '../checks/turn-links.ts';
import type { Boundary, Evidence, Finding, FindingKind } from '../model/trace.ts';
import { effectGraph } from './effect-graph.ts';
import { ranInside } from './ran-inside.ts';
import type { TraceIndex } from './trace-index.ts';

export interface Failure {
  kind: FindingKind;
  boundary: Boundary;
  /** The agent whose turn introduced the fault (a receiver that misread, a producer of a bad output,
   * the author of code that failed when run, the agent that repeated itself in a loop). */
  agent: string;
  summary: string;
  /** Boundaries from the cause to the final output. */
  chain: Boundary[];
  evidence: Evidence[];
  confidence: number;
  findingId: string;
  handoffId?: string;
  turnId?: string;
  /** For imported logs: the index of the message the cause came from (`metadata.sourceIndex`). */
  sourceIndex?: number;
}

/** When two findings sit in the same turn, the one listed first is the cause of the other. */
const CAUSAL_ORDER: FindingKind[] = [
  'lost_message',
  'misunderstood_task',
  'agent_error',
  'stale_context',
  'low_quality_output',
  'handoff_loop',
  'unchecked_output',
];

const BASE_CONFIDENCE: Record<FindingKind, number> = {
  lost_message: 0.8,
  misunderstood_task: 0.85,
  agent_error: 0.9,
  stale_context: 0.9,
  low_quality_output: 0.8,
  handoff_loop: 0.85,
  unchecked_output: 0.6,
};

/** The turn where a finding's fault shows first. */
function originTurn(index: TraceIndex, finding: Finding): string | undefined {
  const handoff = finding.handoffId ? index.handoffs.get(finding.handoffId) : undefined;
  switch (finding.kind) {
    case 'misunderstood_task':
    case 'lost_message':
      return handoff?.toTurnId ?? handoff?.fromTurnId ?? finding.turnId;
    case 'handoff_loop':
      return finding.turnId ?? handoff?.fromTurnId ?? handoff?.toTurnId;
    default:
      return finding.turnId ?? handoff?.fromTurnId;
  }
}

const callers = new WeakMap<TraceIndex, Set<string>>();
/** The turns that ran other turns inside them (agents used as tools, nested teams). */
function callersOf(index: TraceIndex): Set<string> {
  let found = callers.get(index);
  if (!found) {
    found = new Set(index.trace.turns.flatMap((t) => (t.parentTurnId ? [t.parentTurnId] : [])));
    callers.set(index, found);
  }
  return found;
}

/**
 * When a finding's fault happened: a task misread or lost when it was sent, a stale read when the
 * reader started, a bad output when its producer finished, an unchecked use when it was consumed.
 * Turn start times alone mislead: a supervisor's turn starts first and ends last.
 */
function originTime(index: TraceIndex, finding: Finding): number {
  const handoff = finding.handoffId ? index.handoffs.get(finding.handoffId) : undefined;
  const turn = finding.turnId ? index.turns.get(finding.turnId) : undefined;
  switch (finding.kind) {
    case 'misunderstood_task':
    case 'lost_message':
    case 'handoff_loop':
      return handoff?.sentAt ?? turn?.startedAt ?? Number.POSITIVE_INFINITY;
    case 'stale_context': {
      // A caller's turn spans its callees' (a lead delegating inside a supervisor's call): what it
      // used stale went out or came in by the finding's handoff, not when the turn started.
      const caller = turn && callersOf(index).has(turn.id);
      // (Read before the brief left: ahead of a misread of that same brief.)
      if (caller && handoff) return Math.max(turn.startedAt, handoff.sentAt) - 0.5;
      return turn?.startedAt ?? handoff?.receivedAt ?? Number.POSITIVE_INFINITY;
    }
    case 'unchecked_output': {
      const producer = handoff?.fromTurnId ? index.turns.get(handoff.fromTurnId) : undefined;
      return Math.max(
        producer?.endedAt ?? 0,
        handoff?.receivedAt ?? handoff?.sentAt ?? turn?.startedAt ?? Number.POSITIVE_INFINITY,
      );
    }
    default: {
      // Its output existed by the time the handoff carrying it left (recorders may stamp that first);
      // not so a caller's, whose briefs leave while its callees work and whose answer comes last.
      const left =
        turn && handoff?.fromTurnId === turn.id && !callersOf(index).has(turn.id)
          ? handoff.sentAt
          : Number.POSITIVE_INFINITY;
      return Math.min(left, turn?.endedAt ?? turn?.startedAt ?? handoff?.sentAt ?? Number.POSITIVE_INFINITY);
    }
  }
}

/** Turns from which some final turn can be reached (a backward search from the finals). */
function reachingTurns(next: Map<string, string[]>, finals: Set<string>): Set<string> {
  const previous = new Map<string, string[]>();
  for (const [from, list] of next)
    for (const to of list) {
      const back = previous.get(to);
      if (back) back.push(from);
      else previous.set(to, [from]);
    }
  const seen = new Set(finals);
  const queue = [...finals];
  for (let i = 0; i < queue.length; i++)
    for (const from of previous.get(queue[i]!) ?? [])
      if (!seen.has(from)) {
        seen.add(from);
        queue.push(from);
      }
  return seen;
}

/** Shortest path of turns from `start` to a final turn (BFS), or undefined when none is reachable. */
function pathToFinal(start: string, next: Map<string, string[]>, finals: Set<string>): string[] | undefined {
  const previous = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const turnId = queue[i]!;
    if (finals.has(turnId)) {
      const path: string[] = [];
      for (let at: string | null | undefined = turnId; at; at = previous.get(at)) path.push(at);
      return path.reverse();
    }
    for (const successor of next.get(turnId) ?? []) {
      if (previous.has(successor)) continue;
      previous.set(successor, turnId);
      queue.push(successor);
    }
  }
  return undefined;
}

/**
 * A loop's harm is the progress it never made, so no content of it need reach the answer: a loop
 * between agents one of which gives the final answer after it (a caller that kept asking, then
 * gave up) is on the run's main path.
 */
function loopEndsRun(index: TraceIndex, finding: Finding, origin: string): boolean {
  if (finding.kind !== 'handoff_loop') return false;
  const start = index.turns.get(origin)?.startedAt ?? Number.POSITIVE_INFINITY;
  const pair = [finding.boundary.from, finding.boundary.to];
  return [...index.finalTurnIds].some((id) => {
    const turn = index.turns.get(id);
    return turn !== undefined && pair.includes(turn.agent) && turn.startedAt >= start;
  });
}

/**
 * The causally earliest error finding whose effect reaches the final output along the effect graph
 * (content that demonstrably went on, not just messages received); null when no error finding does
 * (a healthy run, or problems on branches whose output the answer never used).
 */
export function locateFailure(index: TraceIndex, findings: Finding[]): Failure | null {
  const { viaHandoffs, next: viaAnything } = effectGraph(index);
  const finals = index.finalTurnIds;
  // Chains follow handoffs where they can (what a reader expects), content lineage where they must.
  const pathFrom = (origin: string): string[] | undefined =>
    finals.size === 0
      ? [origin]
      : (pathToFinal(origin, viaHandoffs, finals) ?? pathToFinal(origin, viaAnything, finals));
  // Which turns reach a final turn at all, found once: a path is then only traced for the winner.
  const reaches = finals.size === 0 ? undefined : reachingTurns(viaAnything, finals);
  type Candidate = { finding: Finding; origin: string | undefined; time: number };
  const candidates: Candidate[] = [];
  // A message that "never arrived" at a turn that read a stale version of what it carried did
  // arrive, in an old version: the stale read is the fault. So is a task "misread" by a turn that
  // worked from the superseded value its sender had corrected on the same boundary.
  const stale = findings.filter((f) => f.kind === 'stale_context' && f.severity === 'error');
  // Unless the old value it used is nowhere in what it was given (it came from its own tool, a
  // site default): then the message that carried the correction is what it missed.
  const oldCopy = (f: Finding) => {
    const old = f.evidence.find((e) => e.label === 'used')?.actual;
    return !old || !f.turnId || index.inputTextOf(f.turnId).includes(old);
  };
  // A message of which (almost) nothing reached a receiver that was shown the request instead (a
  // stub and the request came): the old value it used came with the request, in no version of the
  // message, and the lost message is what left it there.
  // So too where the lost message is the one that carried the correction: it never reached the reader.
  const request = requestOf(index.trace);
  const carriedCorrection = (f: Finding) => {
    const content = f.handoffId ? index.handoffs.get(f.handoffId)?.content : undefined;
    return (
      content !== undefined &&
      stale.some((s) => {
        const said = s.evidence.find((e) => e.label === 'superseded')?.detail.replace(/^"|…?"$/g, '');
        // (Unless an old copy of the value reached it: then it read what it was given.)
        const old = /\bused (.+?) after\b/.exec(s.summary)?.[1];
        return (
          s.turnId === f.turnId &&
          said !== undefined &&
          said.length >= 20 &&
          content.includes(said.slice(0, 80)) &&
          (old === undefined || !index.inputTextOf(f.turnId!).includes(old))
        );
      })
    );
  };
  const whollyLost = (f: Finding) => {
    const arrived = /^(\d+)% of it arrived$/.exec(
      f.evidence.find((e) => e.label === 'received')?.actual ?? '',
    );
    return (
      arrived !== null &&
      Number(arrived[1]) < 20 &&
      f.turnId !== undefined &&
      ((request.length >= 40 && index.inputTextOf(f.turnId).includes(request)) || carriedCorrection(f))
    );
  };
  const lostTurns = new Set(
    findings
      .filter((f) => f.kind === 'lost_message' && f.severity === 'error' && whollyLost(f))
      .map((f) => f.turnId),
  );
  const staleTurns = new Set(
    stale.filter((f) => oldCopy(f) && !lostTurns.has(f.turnId)).map((f) => f.turnId),
  );
  const staleAt = new Set(stale.map((f) => `${f.boundary.from}>${f.boundary.to}>${f.turnId}`));
  // Wherever the stale read is placed (the boundary it left by), the value came from the sender that
  // corrected it: "<agent that said it was superseded>><reader>>turn".
  for (const f of stale) {
    const said = f.evidence.find((e) => e.label === 'superseded')?.turnId;
    const sayer = said ? index.turns.get(said)?.agent : undefined;
    const reader = f.turnId ? index.turns.get(f.turnId)?.agent : undefined;
    if (sayer && reader) staleAt.add(`${sayer}>${reader}>${f.turnId}`);
  }
  // A turn whose tool failed and that reported success anyway: a "misread" shown only in words it
  // dropped or changed is what it said about the failed result; the swallowed error is the fault.
  const erred = findings.filter((f) => f.kind === 'agent_error' && f.severity === 'error');
  const erredTurns = new Set(erred.map((f) => f.turnId));
  const claims = erred.flatMap((f) => f.evidence.filter((e) => e.label === 'claim').map((e) => e.detail));
  // Words it dropped, or a change it made that is the claim itself ("no pavement licence needed").
  const wordsOnly = (finding: Finding) =>
    finding.evidence.every(
      (e) =>
        e.label.startsWith('constraint ') ||
        (e.actual !== undefined && claims.some((claim) => claim.includes(e.actual!.slice(0, 60)))),
    );
  // A task "misread" by a turn its brief never reached (a stub arrived instead) was never given to it.
  const lostAt = new Set(
    findings
      .filter((f) => f.kind === 'lost_message' && f.severity === 'error')
      .map((f) => `${f.boundary.from}>${f.boundary.to}>${originTurn(index, f)}`),
  );
  for (const finding of findings) {
    if (finding.severity !== 'error') continue;
    if (finding.kind === 'lost_message' && finding.turnId && staleTurns.has(finding.turnId)) continue;
    // A stale read by a turn whose correcting message arrived in no version (a stub came instead)
    // is what the lost message left it with.
    if (finding.kind === 'stale_context' && finding.turnId && lostTurns.has(finding.turnId)) continue;
    if (
      finding.kind === 'misunderstood_task' &&
      lostAt.has(`${finding.boundary.from}>${finding.boundary.to}>${originTurn(index, finding)}`)
    )
      continue;
    if (
      finding.kind === 'misunderstood_task' &&
      erredTurns.has(originTurn(index, finding)) &&
      wordsOnly(finding)
    )
      continue;
    if (
      finding.kind === 'misunderstood_task' &&
      staleAt.has(`${finding.boundary.from}>${finding.boundary.to}>${originTurn(index, finding)}`)
    )
      continue;
    const origin = originTurn(index, finding);
    if (origin && reaches && !reaches.has(origin) && !loopEndsRun(index, finding, origin)) continue;
    candidates.push({ finding, origin, time: originTime(index, finding) });
  }
  if (candidates.length === 0) return null;
  // Faults of the same millisecond: one inside a turn another turn ran it from came first (a
  // sub-agent ends before its caller), then one whose content flows into the other's turn (a final
  // repeating a worker's stale result is the worker's fault), then the causal order of kinds.
  const downstream = new Map<string, Set<string>>();
  const feeds = (from: string | undefined, to: string | undefined): boolean => {
    if (!from || !to || from === to) return false;
    let seen = downstream.get(from);
    if (!seen) {
      seen = new Set([from]);
      const queue = [from];
      for (let i = 0; i < queue.length; i++)
        for (const successor of viaAnything.get(queue[i]!) ?? [])
          if (!seen.has(successor)) {
            seen.add(successor);
            queue.push(successor);
          }
      downstream.set(from, seen);
    }
    return seen.has(to);
  };
  const upstream = (a: string | undefined, b: string | undefined): number =>
    feeds(a, b) === feeds(b, a) ? 0 : feeds(a, b) ? -1 : 1;
  const within = (inner: string | undefined, outer: string | undefined) => ranInside(index, inner, outer);
  // Two stale reads within one millisecond: the one whose brief carried the value to the other came
  // first (the dispatcher's brief to the lead, then the lead's to its writer), whichever turn holds which.
  const sameMomentStale = (a: Candidate, b: Candidate) =>
    a.finding.kind === 'stale_context' && b.finding.kind === 'stale_context' && Math.abs(a.time - b.time) < 1;
  candidates.sort(
    (a, b) =>
      (sameMomentStale(a, b) ? upstream(a.origin, b.origin) : 0) ||
      a.time - b.time ||
      (within(a.origin, b.origin) ? -1 : within(b.origin, a.origin) ? 1 : 0) ||
      upstream(a.origin, b.origin) ||
      CAUSAL_ORDER.indexOf(a.finding.kind) - CAUSAL_ORDER.indexOf(b.finding.kind),
  );
  const { finding, origin } = candidates[0]!;
  const path = (origin && pathFrom(origin)) || [];
  const chain: Boundary[] = [finding.boundary];
  for (let i = 0; i + 1 < path.length; i++) {
    const from = index.turns.get(path[i]!)?.agent;
    const to = index.turns.get(path[i + 1]!)?.agent;
    if (!from || !to || from === to) continue;
    const last = chain.at(-1)!;
    if (last.from === from && last.to === to) continue;
    chain.push({ from, to });
  }
  const independent = new Set(candidates.map((c) => `${c.finding.boundary.from}>${c.finding.boundary.to}`))
    .size;
  const confidence = Math.round(BASE_CONFIDENCE[finding.kind] * (independent > 2 ? 0.85 : 1) * 100) / 100;
  const responsible = finding.turnId ? index.turns.get(finding.turnId) : undefined;
  const failure: Failure = {
    kind: finding.kind,
    boundary: finding.boundary,
    agent: responsible?.agent ?? finding.boundary.from,
    summary: finding.summary,
    chain,
    evidence: finding.evidence,
    confidence,
    findingId: finding.id,
  };
  if (finding.handoffId) failure.handoffId = finding.handoffId;
  if (finding.turnId) failure.turnId = finding.turnId;
  return failure;
}
