/**
 * A summary that miscounts the agent's own table: the table marks W-07, W-09 and W-13 "REJ", the
 * summary says "12 accepted, 2 rejected". A count is read against the column value it abbreviates
 * or spells out ("REJ" → "rejected", "ACC" → "accepted").
 */
import { tablesOf } from './table-cells.ts';

/** A count and its word, either way round: "2 rejected", "Rejected: 2". */
const COUNT = /(?<![\w.,/-])(\d{1,4})\s+([a-z]{3,})\b|\b([A-Za-z]{3,})\s*:\s*(\d{1,4})(?![\w,/-]|\.\d)/gi;

/** Whether a word names a column value: its spelling out ("rejected" for "rej") or the value itself. */
const names = (word: string, value: string) =>
  word === value ||
  (value.length >= 3 &&
    word.startsWith(value) &&
    word.length - value.length <= 6 &&
    /(?:ed|ing|s|ion|able)$/.test(word));

export function miscountedTable(
  output: string,
): { value: string; counted: number; stated: number; said: string } | undefined {
  if (!output.includes('|')) return undefined;
  // The text outside the tables: where a summary states its counts.
  const prose = output
    .split('\n')
    .filter((line) => !line.trim().startsWith('|'))
    .join('\n');
  const counts = [...prose.matchAll(COUNT)].map((m) => ({
    n: Number(m[1] ?? m[4]),
    word: (m[2] ?? m[3])!.toLowerCase(),
    said: m[0],
  }));
  if (counts.length === 0) return undefined;
  for (const table of tablesOf(output)) {
    if (table.rows.length < 3) continue;
    for (let column = 0; column < table.header.length; column++) {
      const tally = new Map<string, number>();
      for (const row of table.rows) {
        const value = (row[column] ?? '').toLowerCase().replace(/[*_`]/g, '').trim();
        if (/^[a-z]{2,12}$/.test(value)) tally.set(value, (tally.get(value) ?? 0) + 1);
      }
      // A column of verdicts: a few values, each on several rows or on all but a few.
      if (
        tally.size < 2 ||
        tally.size > 4 ||
        [...tally.values()].reduce((a, b) => a + b, 0) < table.rows.length
      )
        continue;
      for (const [value, counted] of tally)
        for (const { n, word, said } of counts)
          if (names(word, value) && n !== counted && n < table.rows.length)
            return { value, counted, stated: n, said };
    }
  }
  return undefined;
}
