/** Words of task and action texts, for matching what a task names against what a receiver did. */
import { hasUnspacedScript, wordsOfRun } from '../util/script-words.ts';
import { textMemo } from '../util/text-memo.ts';

/** Function words: never what a task asks for. */
export const STOP = new Set([
  'a',
  'an',
  'the',
  'any',
  'anything',
  'all',
  'more',
  'than',
  'your',
  'their',
  'his',
  'her',
  'its',
  'our',
  'my',
  'it',
  'them',
  'this',
  'that',
  'these',
  'those',
  'with',
  'for',
  'to',
  'of',
  'in',
  'on',
  'at',
  'by',
  'from',
  'yet',
  'again',
  'please',
  'also',
  'even',
  'ever',
  'here',
  'there',
  'one',
  'be',
  'is',
  'are',
  'was',
  'were',
  'been',
  'own',
  'new',
  'other',
  'such',
  'so',
  'too',
  'very',
  'just',
  'up',
  'out',
  'else',
]);

/** A rough stem: enough to meet "recommendation" in "recommended", "cancel" in "cancelling". */
export function stem(word: string): string {
  const w = word.toLowerCase();
  for (const suffix of [
    'ations',
    'ation',
    'ings',
    'ing',
    'ments',
    'ment',
    'ions',
    'ion',
    'als',
    'al',
    'ed',
    'es',
    's',
  ])
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) return w.slice(0, -suffix.length);
  // "arrive" and "arrival", "remove" and "removal" meet at "arriv", "remov".
  return w.length > 4 && w.endsWith('e') ? w.slice(0, -1) : w;
}

export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 2;
}

export function words(text: string): string[] {
  const found = text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)?/gu) ?? [];
  return hasUnspacedScript(text) ? found.flatMap(wordsOfRun) : found;
}

/** A tool's name as words: `reset_password`, `resetPassword` → "reset password". */
export function nameWords(name: string): string {
  // A nested team's agent is named by its path ("informatics_lead/demux_engineer"): its role is the last part.
  return name
    .slice(name.lastIndexOf('/') + 1)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ');
}

/** Words that only mark a name as an agent's: `conservator_agent` is the conservator. */
export const AGENT_SUFFIX: ReadonlySet<string> = new Set(['agent', 'agents', 'bot', 'assistant', 'worker']);

/** A name's words without a trailing agent marker: `stats_reviewer_agent` → ["stats", "reviewer"]. */
export function agentNameWords(name: string): string[] {
  const list = nameWordList(name).filter(Boolean);
  while (list.length > 1 && AGENT_SUFFIX.has(list.at(-1)!)) list.pop();
  return list;
}

/** The words of a data key, lower-cased: `line_m` → line, m; `certValidTo` → cert, valid, to. */
export const keyWords = (key: string): string[] =>
  key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** A name's words, lower-cased: `air_attack` → ["air", "attack"]. */
export function nameWordList(name: string): string[] {
  return nameWords(name).toLowerCase().split(/\s+/);
}

/** Sentences of a text, for reading one claim at a time (memoised: most checks read them). */
const ENDS_SENTENCE =
  /(?<=[.!?।؟])(?!(?<=(?:^|[\s(*])\d{1,2}\.)\s+(?:\p{Ll}|(?:Jan|Feb|M[aä]r|Apr|Ma[iy]|Jun|Jul|Aug|Sep|O[ck]t|Nov|De[cz])\p{L}*))\s+|(?<=[。！？])|\n+/u;

export const sentencesOf: (text: string) => readonly string[] = textMemo((text) =>
  text
    // Full stops of other scripts too: "。" (no space after it), "।" (Devanagari), "؟" (Arabic).
    // An ordinal day's point ends no sentence: "flyttet til 16. juni", "am 3. März".
    .split(ENDS_SENTENCE)
    .map((s) => s.trim())
    .filter((s) => s.length > 0),
);

/** A text's words, stemmed (memoised: the same outputs and tasks are read by several checks). */
export const stemsOf: (text: string) => readonly string[] = textMemo((text) => words(text).map(stem));

/** A parenthesis that discards what it holds: "(booking estimate was 425 kg, do not use)". */
const DISCARDED =
  /\(([^()]*\b(?:do not use|don['’]t use|not to be used|ignore it|ignore this|disregard|obsolete|superseded|no longer valid|outdated)\b[^()]*)\)/gi;

/** The text with what it discards blanked out (same length, so positions hold): it sets no constraint. */
export function withoutDiscarded(text: string): string {
  if (!/\(/.test(text)) return text;
  return text.replace(DISCARDED, (all) => `(${' '.repeat(all.length - 2)})`);
}

/**
 * Lower-cased words and figures of a text: a full stop ends a sentence, not the word ("guests." is
 * "guests"), while "4.5" keeps its point; underscores split keys ("adas_calibration").
 */
export function wordsAndFigures(text: string): string[] {
  const found = text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+(?:\.[\p{L}\p{M}\p{N}]+)*/gu) ?? [];
  return hasUnspacedScript(text) ? found.flatMap(wordsOfRun) : found;
}

/** A tool that hands work to an agent, and the agent it names: `transfer_to_billing`, `agent-leak_tester`. */
export const AGENT_TOOL =
  /^(?:transfer_to_|transfer_|handoff_to_|handoff_|delegate_to_|delegate_|route_to_|ask_|call_|consult_|agent[-_])(.+)$/i;

/** The words of a name or a heading, camel case split, in lower case, three letters or more ("IRR", `metodosDisponibles`). */
export const letterWords = (text: string): string[] =>
  text
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 3);

/** Lower case without accents or other marks ("días" → "dias", "mañana" → "manana"). */
export const unaccented = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
