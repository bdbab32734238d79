import type { AgentTurn } from '../model/trace.ts';
import { textOf } from '../util/text-of.ts';
import { nameWordList, sentencesOf } from './task-words.ts';

/** A deed reported as done, and the stem its tool's name would carry ("booked" → book_room). */
const DEEDS: Record<string, string> = {
  booked: 'book',
  reserved: 'reserv',
  sent: 'send',
  emailed: 'email',
  filed: 'file',
  ordered: 'order',
  cancelled: 'cancel',
  canceled: 'cancel',
  refunded: 'refund',
  scheduled: 'schedul',
  submitted: 'submit',
  uploaded: 'upload',
  paid: 'pay',
  issued: 'issu',
  dispatched: 'dispatch',
  published: 'publish',
  deployed: 'deploy',
  transferred: 'transfer',
};
const DEED = new RegExp(`\\b(${Object.keys(DEEDS).join('|')})\\b`, 'i');
/** A confirmation reference: "CI-40218", "#48817", "ref 7712-A". */
const REFERENCE = /(?:#\d{3,}|\b[A-Z]{1,6}-?\d{3,}[A-Z]?\b|\b\d{3,}-[A-Z0-9]{2,}\b)/g;
/** A sentence that plans, asks or denies the deed rather than reporting it. */
const NOT_DONE =
  /\b(?:will|would|should|can|could|shall|to be|going to|once|if|pending|not|no|never|unable|failed|couldn'?t|can'?t|please)\b/i;

/**
 * A turn that reports a deed done with a confirmation reference ("Booked the Mill Room, ref
 * GR-7712") while it was offered the tool for that deed and never called it, and the reference is in
 * nothing it was given or got back: the confirmation was made up, not received.
 */
/** An output that asks leave to do the work ("OK to add?", "Shall I book it?"): nothing is reported done yet. */
const ASKS_LEAVE =
  /\b(?:ok(?:ay)?|alright|fine|good) to (?:\w+\s?){1,3}\?|\b(?:shall|should|can|may) (?:I|we) (?:\w+\s?){1,4}\?|\bgo ahead\?/i;

export function unperformedAction(
  turn: AgentTurn,
  output: string,
  /** What the turn was given (its task and prompts), read only when a claim needs checking. */
  given: () => string,
): { claim: string; tool: string } | undefined {
  if (!DEED.test(output) || ASKS_LEAVE.test(output)) return undefined;
  const offered = [...new Set(turn.modelCalls.flatMap((call) => call.tools ?? []))];
  if (offered.length === 0) return undefined;
  const called = new Set([
    ...turn.toolCalls.map((call) => call.name),
    ...turn.modelCalls.flatMap((call) => call.toolCalls.map((request) => request.name)),
  ]);
  let seen: string | undefined;
  const known = () =>
    (seen ??= [given(), ...turn.toolCalls.map((call) => textOf(call.result ?? ''))].join('\n'));
  for (const sentence of sentencesOf(output)) {
    const deed = DEED.exec(sentence);
    if (!deed || NOT_DONE.test(sentence)) continue;
    const stem = DEEDS[deed[1]!.toLowerCase()]!;
    const tool = offered.find((name) => nameWordList(name).some((word) => word.startsWith(stem)));
    if (!tool || called.has(tool)) continue;
    const invented = (sentence.match(REFERENCE) ?? []).find((ref) => !known().includes(ref));
    if (invented) return { claim: sentence, tool };
  }
  return undefined;
}
