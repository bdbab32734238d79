import type { TraceIndex } from '../diagnose/trace-index.ts';
import type { Message } from '../model/message.ts';
import type { AgentTurn, Handoff, Trace } from '../model/trace.ts';
import { handoffText, valuesText } from './handoff-text.ts';

/** Where a turn's output went: the receiver of its first outgoing handoff, a consumer, or the final output. */
export function receiverOf(index: TraceIndex, turnId: string): string {
  return carrierOf(index, turnId)?.to ?? consumerOf(index, turnId);
}

/**
 * The handoff that carried a turn's output onward: a reply, or a message sent once the turn was done.
 * Delegations a turn sends while it runs carry tasks, not its output.
 */
export function carrierOf(index: TraceIndex, turnId: string) {
  const turn = index.turns.get(turnId);
  const outgoing = index.outOf.get(turnId) ?? [];
  const end = turn?.endedAt ?? Number.POSITIVE_INFINITY;
  return (
    outgoing.find((h) => h.kind === 'return') ??
    outgoing.find((h) => h.sentAt >= end) ??
    (outgoing.length === 1 && !index.finalTurnIds.has(turnId) ? outgoing[0] : undefined)
  );
}

function consumerOf(index: TraceIndex, turnId: string): string {
  const turn = index.turns.get(turnId);
  if (index.finalTurnIds.has(turnId)) return '(output)';
  for (const consumerId of index.consumers.get(turnId) ?? []) {
    const consumer = index.turns.get(consumerId);
    if (consumer && consumer.agent !== turn?.agent) return consumer.agent;
  }
  const parent = turn?.parentTurnId ? index.turns.get(turn.parentTurnId) : undefined;
  if (parent) return parent.agent;
  return '(output)';
}

/** The turn that sent a handoff, where known. */
export function senderOf(index: TraceIndex, handoff: Handoff): AgentTurn | undefined {
  return handoff.fromTurnId ? index.turns.get(handoff.fromTurnId) : undefined;
}

/** The task a turn was given: the content (or task) of the handoffs into it. */
export function taskOf(index: TraceIndex, turnId: string): string | undefined {
  const into = index.into.get(turnId) ?? [];
  if (into.length === 0) return undefined;
  return into.map((handoff) => handoffText(handoff, senderOf(index, handoff))).join('\n');
}

const replies = new WeakMap<TraceIndex, Map<string, boolean>>();

/**
 * A reply: a handoff that answers a request its receiver made of the sender (a return, a worker's
 * hand-back to its supervisor, a Command routing back), so it carries a result, not a new task. The
 * request must have come first and not be a reply itself: a supervisor that got a result and sends
 * the same worker more work is giving a task.
 */
export function isReply(index: TraceIndex, handoff: Handoff): boolean {
  let known = replies.get(index);
  if (!known) {
    known = new Map();
    replies.set(index, known);
  }
  const cached = known.get(handoff.id);
  if (cached !== undefined) return cached;
  known.set(handoff.id, false); // cycles in malformed traces end here
  const reply =
    handoff.kind === 'return' ||
    (handoff.fromTurnId !== undefined &&
      (index.into.get(handoff.fromTurnId) ?? []).some(
        (request) =>
          request.id !== handoff.id &&
          request.from === handoff.to &&
          request.sentAt <= handoff.sentAt &&
          !isReply(index, request),
      ));
  known.set(handoff.id, reply);
  return reply;
}

/**
 * A worker's result gathered with its siblings' (fan-out, then fan-in): the sender was briefed by a
 * third agent that briefed another sender into the same receiving turn too. The aggregator takes
 * its task from the request and its own instructions; each result is material, not a task.
 */
export function isGatheredResult(index: TraceIndex, handoff: Handoff): boolean {
  if (!handoff.fromTurnId || !handoff.toTurnId) return false;
  const briefers = (turnId: string | undefined) =>
    (turnId ? (index.into.get(turnId) ?? []) : [])
      .map((brief) => brief.from)
      .filter((from) => from !== handoff.to);
  const own = new Set(briefers(handoff.fromTurnId));
  if (own.size === 0) return false;
  return (index.into.get(handoff.toTurnId) ?? []).some(
    (sibling) =>
      sibling.from !== handoff.from &&
      sibling.fromTurnId !== handoff.fromTurnId &&
      briefers(sibling.fromTurnId).some((from) => own.has(from)),
  );
}

/**
 * What a receiver was shown: the prompts of its model calls when it made any (what the model really
 * saw, after any history trimming), else its recorded input.
 */
export function shownText(index: TraceIndex, turnId: string): string {
  const turn = index.turns.get(turnId);
  if (!turn) return '';
  if (turn.modelCalls.length > 0 && turn.modelCalls.some((call) => call.input.length > 0)) {
    return turn.modelCalls.map((call) => call.input.map(seenText).join('\n')).join('\n');
  }
  return index.inputTextOf(turnId);
}

/** Whether the same content left the same turn for other receivers too. */
export function fannedOut(index: TraceIndex, handoff: Handoff): boolean {
  if (!handoff.fromTurnId) return false;
  return (index.outOf.get(handoff.fromTurnId) ?? []).some(
    (other) => other.id !== handoff.id && other.to !== handoff.to && other.content === handoff.content,
  );
}

/** A prompt message as the model saw it: its text and the arguments of the tool calls it carries. */
function seenText(message: Message): string {
  const calls = message.toolCalls ?? [];
  return calls.length === 0
    ? message.content
    : [message.content, ...calls.map((c) => valuesText(c.args))].join('\n');
}

const CUT_OFF = /^(?:length|max_tokens|max-tokens|max_output_tokens)$/i;

/** Whether a turn's model stopped at its token limit (its output was cut off). */
export function stoppedAtLimit(turn: AgentTurn | undefined): boolean {
  const reason = turn?.finishReason ?? turn?.modelCalls.at(-1)?.finishReason;
  return reason !== undefined && CUT_OFF.test(reason);
}

/** What the user asked: the workflow's text input, or the first user message of the run's first turn. */
export function requestOf(trace: Trace): string {
  if (typeof trace.workflow.input === 'string') return trace.workflow.input;
  const first = trace.turns.find((turn) => !turn.parentTurnId);
  return first?.input.find((message) => message.role === 'user')?.content ?? '';
}
