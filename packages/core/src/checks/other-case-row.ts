/**
 * The row of a table read for another case than the task's: the benefit table has a row for
 * "physician (MD/DO)" and one for "non-physician (L.Ac.)"; the task says the practitioner is "a
 * licensed acupuncturist, NOT a physician … the non-physician provider rule"; the answer gives the
 * physician row's "12 visits/yr, 2 used". Rows are told apart by the words only they hold.
 */
import { leavesOut } from './lexicon.ts';
import { type Table, tablesOf } from './table-cells.ts';
import { STOP } from './task-words.ts';

/** Words with their inner dots and hyphens: "non-physician", "l.ac", "md". */
const wordsOf = (text: string): string[] =>
  (text.toLowerCase().match(/\p{L}(?:[\p{L}.-]*\p{L})?/gu) ?? []).filter((w) => !STOP.has(w));
/** Figures of two digits or more: "12 visits/yr" → 12; "24.00" is 24, as a parsed result gives it. */
const figuresOf = (text: string): string[] =>
  (text.match(/(?<![\d.,])\d{2,}(?:[.,]\d+)?(?![\d])/g) ?? []).map((figure) => figure.replace(/[.,]0+$/, ''));
/** A word the task rules out: "NOT a physician", "no MD", "ESCLUSI Colosseo e Fori". */
const ruledOut = (task: string, word: string): boolean => leavesOut(task, word);

/** Each row's own words (or figures): those no other row holds. */
function distinct(table: Table, of: (text: string) => string[]): Set<string>[] {
  const sets = table.rows.map((row) => new Set(row.flatMap(of)));
  const rows = new Map<string, number>();
  for (const set of sets) for (const x of set) rows.set(x, (rows.get(x) ?? 0) + 1);
  return sets.map((own) => new Set([...own].filter((x) => rows.get(x) === 1)));
}

export function rowOfOtherCase(
  task: string,
  result: unknown,
  answer: string,
): { chosen: string; target: string } | undefined {
  const answered = new Set(figuresOf(answer));
  if (answered.size === 0) return undefined;
  let asked: Set<string> | undefined;
  for (const table of tablesOf(result)) {
    if (table.rows.length < 2) continue;
    if (!asked) asked = new Set(wordsOf(task));
    const taskWords = asked;
    const words = distinct(table, wordsOf);
    const figures = distinct(table, figuresOf);
    // The task's case: the one row whose own words the task uses (and does not rule out).
    const named = words.map((own) =>
      [...own].filter((w) => w.length >= 2 && taskWords.has(w) && !ruledOut(task, w)),
    );
    const targets = named.flatMap((list, i) => (list.length > 0 ? [i] : []));
    if (targets.length !== 1) continue;
    const target = targets[0]!;
    if ([...figures[target]!].some((f) => answered.has(f))) continue;
    for (const [i, own] of figures.entries()) {
      if (i === target || named[i]!.length > 0) continue;
      const against = [...words[i]!].some((w) => ruledOut(task, w)) || named[target]!.length >= 2;
      if (against && [...own].some((f) => answered.has(f)))
        return { chosen: table.rows[i]!.join(' | '), target: table.rows[target]!.join(' | ') };
    }
  }
  return undefined;
}
