import { textOf } from '../util/text-of.ts';
import { valuesText } from './handoff-text.ts';
import { sameStem, sentencesOf, stem } from './task-words.ts';

/**
 * An action a task holds back until something has happened ("not to be submitted until the award is
 * signed", "do not release the payment before the survey is back"), taken by the receiver while
 * nothing it was shown says that thing happened: a call named for the action, asking for it, or
 * whose result says it was done ("SUBMITTED").
 */
const HELD = [
  /\bnot to be (\w+)\s+(?:[^.;:!?\n]{0,30}?\s)?(?:until|till|before)\s+([^.;:!?\n—–]+)/gi,
  /\b(?:do not|don['’]t|must not|should not|never)\s+(\w+)\s+(?:[^.;:!?\n]{0,40}?\s)?(?:until|till|before)\s+([^.;:!?\n—–]+)/gi,
];
/** A thing held back by name until something happens: "Hold the written L1 appeal until after the P2P". */
const HOLD =
  /\bhold(?:\s+off(?:\s+on)?|\s+back)?\s+(?:the\s+|any\s+|all\s+|our\s+)?(?:[\w-]+\s+){0,3}?([a-z]{4,})\s+(?:\([^)]{0,40}\)\s+)?(?:until|till|pending)\s+(?:after\s+)?([^.;:!?\n—–]+)/gi;
/** Calls that send or make a thing: the deed a hold keeps back. */
const SENDS = /^(?:submit|send|file|post|issue|publish|release|place|pay|apply|lodge|dispatch|transmit)/;
/** An action held for later without a condition to wait for: "Schedule it; do not apply now". */
const NOT_NOW =
  /\b(?:do not|don['’]t|must not|should not|never)\s+(\w+)\s+(?:it\s+|this\s+|them\s+|the change\s+)?(?:now|yet|immediately|today|straight away|right away)\b/gi;
/** An argument that times the change at once: `effective: "immediate"` (a message sent "now" is another deed). */
const AT_ONCE =
  /"(?:effective\w*|timing|apply\w*|schedule\w*|run_at)"\s*:\s*"(?:immediate(?:ly)?|now|asap|instant(?:ly)?)"/i;
/** A call as evidence: its name and the first of its argument values ("upload(LC-1142, 9, submit)"). */
const described = (call: { name: string; args?: unknown }) =>
  `${call.name}(${valuesText(call.args ?? {})
    .replace(/\n/g, ', ')
    .slice(0, 80)})`;
/** A statement that something is yet to happen: no sign that it did. */
const PENDING =
  /\b(?:should|will|would|expected|due|until|till|before|once|when|if|pending|awaiting|waiting|not yet|yet|to be|do not|don['’]t)\b/i;
const DONE_FORM = /(?:ed|en)$/;

/** Words of four letters, and codes with a digit ("p2p"). */
const CONTENT_WORD = /[a-z]{4,}|\b[a-z]+\d[a-z\d]*\b/g;
/** Content stems of a condition: "the award is signed" → award, sign. */
const conditionStems = (text: string) =>
  (text.toLowerCase().match(CONTENT_WORD) ?? [])
    .filter((w) => !/^(?:that|this|they|them|their|have|been|with|from|when|done)$/.test(w))
    .map(stem);

/** Whether a text says the condition came about: its words in a sentence that says it happened, not that it will. */
function happened(condition: string, shown: string): boolean {
  const wanted = conditionStems(condition);
  if (wanted.length === 0) return true;
  return sentencesOf(shown).some((sentence) => {
    // A record's fields (`"p2p_deadline": …, "used": false`) report no event.
    if (PENDING.test(sentence) || /"[\w-]+"\s*:/.test(sentence)) return false;
    const words = sentence.toLowerCase().match(CONTENT_WORD) ?? [];
    const stems = words.map(stem);
    const has = wanted.filter((w) => stems.some((s) => sameStem(s, w)));
    return has.length === wanted.length && words.some((w) => DONE_FORM.test(w));
  });
}

export function heldActionTaken(
  task: string,
  shown: string,
  calls: readonly { name: string; args?: unknown; result?: unknown }[],
): { held: string; call: string } | undefined {
  for (const pattern of HELD)
    for (const m of task.matchAll(pattern)) {
      const verb = stem(m[1]!.toLowerCase());
      if (verb.length < 4) continue;
      const rest = shown.replace(m[0], ' ');
      if (happened(m[2]!, rest)) continue;
      for (const call of calls) {
        const said = `${call.name.replace(/[_-]+/g, ' ')} ${valuesText(call.args ?? {})}`.toLowerCase();
        const result = textOf(call.result);
        const asked = (said.match(/[a-z]{4,}/g) ?? []).some((w) => sameStem(stem(w), verb));
        // The result in capitals ("SUBMITTED") or "was submitted" says it was done.
        const done = new RegExp(`\\b${verb.toUpperCase()}[A-Z]*\\b|\\bwas ${verb}\\w*`, '').test(result);
        if (asked || done)
          return {
            held: m[0].trim(),
            call: described(call),
          };
      }
    }
  for (const m of task.matchAll(HOLD)) {
    const thing = stem(m[1]!.toLowerCase());
    if (happened(m[2]!, shown.replace(m[0], ' '))) continue;
    for (const call of calls) {
      const name = call.name.replace(/[_-]+/g, ' ').toLowerCase();
      if (!SENDS.test(name)) continue;
      const said = `${name} ${valuesText(call.args ?? {})}`.toLowerCase();
      if ((said.match(/[a-z]{4,}/g) ?? []).some((w) => sameStem(stem(w), thing)))
        return { held: m[0].trim(), call: described(call) };
    }
  }
  for (const m of task.matchAll(NOT_NOW)) {
    const verb = stem(m[1]!.toLowerCase());
    if (verb.length < 4) continue;
    for (const call of calls) {
      // Done at once: its result says so ("APPLIED"), or it asked for it at once; a call that
      // schedules it ("SCHEDULED" for 1 April) holds it as asked.
      const result = textOf(call.result);
      // ("APPLIED" for "apply": the verb's root, its -y turned -i.)
      const root = verb.replace(/y$/, '');
      const done = (result.match(/\b[A-Z]{4,}\b/g) ?? []).some((word) => {
        const lower = word.toLowerCase();
        return sameStem(stem(lower), verb) || (lower.startsWith(root) && lower.length <= root.length + 4);
      });
      if (done || AT_ONCE.test(JSON.stringify(call.args ?? {})))
        return {
          held: m[0].trim(),
          call: described(call),
        };
    }
  }
  return undefined;
}
