/**
 * An amount the task says there is none of ("sin días de espera", "no waiting days", "without a
 * deposit", "sans petit-déjeuner") that the receiver's call sets above zero, or switches on, under a
 * key named for it (`dias_espera: 3`, `deposit_eur: 500`, `petit_dejeuner: true`).
 */
import { nameWords, STOP, sameStem, unaccented } from './task-words.ts';

interface Call {
  name: string;
  args: unknown;
}

export interface NegatedAmount {
  /** The task's words that say there is none. */
  none: string;
  /** What the call set, as `name key: value`. */
  set: string;
}

/** "no", "without", "zero" and their kin, then up to four words naming the thing. */
const NONE =
  /(?<![\p{L}])(?:no|without|zero|sin|sans|ohne|keine?[nrs]?|sem|senza|nessun[aoe]?|geen|zonder|ingen|uten|utan|bez|без|tanpa)\s+((?:\p{L}[\p{L}-]*\s+){0,3}\p{L}[\p{L}-]*)/giu;
/** "no more than 3", "sin más de": a bound, not none. */
const BOUND =
  /^(?:more|less|fewer|longer|later|earlier|greater|higher|lower|over|under|above|below|than|más|menos|mehr|weniger|plus|moins|mais|più|meno|meer|minder|över|mer|mindre)$/i;

const keyWordsOf = (key: string) =>
  unaccented(nameWords(key))
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 3 && !STOP.has(w) && !UNIT_WORD.test(w));
/** Unit words a key may end in: `deposit_eur`, `wait_days_n`. */
const UNIT_WORD = /^(?:eur|usd|gbp|pct|amt|num|qty|count|total|mxn|brl|inr)$/;

/** Number arguments (or numbers written as text, or switches on) up to two levels down, with their key. */
function amounts(args: unknown, depth = 0): { key: string; value: number }[] {
  if (depth > 2 || args === null || typeof args !== 'object' || Array.isArray(args)) return [];
  return Object.entries(args as Record<string, unknown>).flatMap(([key, value]) => {
    if (typeof value === 'number') return [{ key, value }];
    // A switch turned on gives the thing as much as a count does ("sans petit-déjeuner" → `petit_dejeuner: true`).
    if (value === true) return [{ key, value: 1 }];
    if (typeof value === 'string' && /^\d+(?:\.\d+)?$/.test(value.trim()))
      return [{ key, value: Number(value) }];
    return amounts(value, depth + 1);
  });
}

/** People or holders right before the word: "without" then says which of them, not that there is none. */
const HOLDERS =
  /(?<![\p{L}])(?:people|persons|those|anyone|anybody|residents|households|patients|customers|clients|guests|evacuees|passengers|members|families|users|students|employees|staff|personas|pacientes|clientes|evacuados|usuarios|familias|hogares|residentes|personnes|familles|habitants|usagers|personen|patienten|kunden|haushalte|bewohner|familien|pessoas|famílias|persone|pazienti|clienti|famiglie|mensen|klanten|bewoners|gezinnen)\s+$/iu;

/** Small words that join a noun group ("días de espera", "days of grace"). */
const JOINS = new Set('de of di du des del da do van von'.split(' '));

/**
 * The noun group right after the word: articles skipped, joined by "de" or "of", ended by any other
 * small word ("waiting days for work accidents" → waiting, days).
 */
function nounGroup(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words.map(unaccented)) {
    if (word.length >= 3 && !STOP.has(word)) out.push(word);
    else if (out.length > 0 && !JOINS.has(word)) break;
  }
  return out;
}

export function negatedAmountSet(task: string, calls: readonly Call[]): NegatedAmount | undefined {
  const nones: { text: string; words: string[] }[] = [];
  for (const m of task.matchAll(NONE)) {
    const words = m[1]!.split(/[\s-]+/);
    if (BOUND.test(words[0]!)) continue;
    // "evacuees without vehicles", "personas sin coche": who the work is for, not a ban on the thing.
    if (HOLDERS.test(task.slice(Math.max(0, m.index - 24), m.index))) continue;
    const group = nounGroup(words);
    if (group.length > 0) nones.push({ text: m[0], words: group });
  }
  if (nones.length === 0) return undefined;
  for (const call of calls)
    for (const { key, value } of amounts(call.args)) {
      if (!(value > 0)) continue;
      const keyWords = keyWordsOf(key);
      if (keyWords.length === 0) continue;
      // The key names the group and nothing else: `dias_espera` for "días de espera", never `dias`.
      const none = nones.find(
        (n) =>
          keyWords.every((k) => n.words.some((w) => sameStem(w, k))) &&
          n.words.every((w) => keyWords.some((k) => sameStem(w, k))),
      );
      if (none) return { none: none.text.trim(), set: `${call.name} ${key}: ${value}` };
    }
  return undefined;
}
