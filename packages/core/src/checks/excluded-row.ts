/**
 * A total the receiver's call takes from its own tool's table where the task leaves one of the
 * table's rows out: told "Turno de mañana: se compensan con descanso, no entran en nómina", it
 * imputed the 395 h of the total row, which holds the morning shift's 231 h, not the night shift's 164.
 */
import { figureValue } from './contrasted-figures.ts';
import { spacedTables, type Table, tablesOf } from './table-cells.ts';
import { unaccented } from './task-words.ts';

interface Call {
  name: string;
  args: unknown;
  result?: unknown;
}

export interface ExcludedRowCounted {
  /** The task's clause that leaves the row out. */
  rule: string;
  /** The row left out, and the total the call took. */
  row: string;
  total: string;
  call: string;
}

const TOTAL =
  /^(?:total|totals|totale|totaal|gesamt|summe|suma|sum|σύνολο|итого|razem|celkem|jumlah|合计|合計|총계)$/iu;
/** Words that leave something out, in the languages teams write in. */
const LEAVES_OUT =
  /(?<![\p{L}])(?:no|not|never|without|exclude[ds]?|excluding|except|sin|excepto|salvo|nicht|kein\p{L}*|ohne|außer|pas|sans|sauf|não|sem|exceto|non|senza|tranne|niet|geen|zonder|behalve|inte|ikke|ej|nie|bez|oprócz|не|без|кроме|tidak|bukan|tanpa|kecuali)(?![\p{L}])/iu;

const plain = (text: string) => unaccented(text.replace(/\*\*/g, '')).trim();
const NUMBER = /^[\d.,\s]+$/;
const numberOf = (cell: string) => figureValue(plain(cell).replace(/\s/g, ''));

/** The words of a row's label: its first cell that is no number. */
const labelOf = (row: readonly string[]) =>
  row.find((cell) => cell.trim() && !NUMBER.test(plain(cell))) ?? '';

/** Numbers a call's arguments give, at any depth. */
function argNumbers(args: unknown, depth = 0, out: number[] = []): number[] {
  if (depth > 6 || args === null || args === undefined) return out;
  if (typeof args === 'number') out.push(args);
  else if (typeof args === 'string' && /^\d+(?:\.\d+)?$/.test(args.trim())) out.push(Number(args));
  else if (typeof args === 'object')
    for (const item of Object.values(args as object)) argNumbers(item, depth + 1, out);
  return out;
}

function excludedRows(task: string, table: Table): { row: string[]; rule: string }[] {
  const labels = table.rows.map((row) => plain(labelOf(row)));
  const clauses = task
    .split(/\n|(?<=[.;!?])\s+/)
    .map((clause) => ({ clause, words: new Set(plain(clause).split(/[^\p{L}\d]+/u)) }));
  const out: { row: string[]; rule: string }[] = [];
  table.rows.forEach((row, i) => {
    const label = labels[i]!;
    if (!label || TOTAL.test(label)) return;
    const own = label.split(/[^\p{L}\d]+/u).filter((w) => w.length >= 3);
    if (own.length === 0) return;
    const names = (words: Set<string>, l: string) =>
      l
        .split(/[^\p{L}\d]+/u)
        .filter((w) => w.length >= 3)
        .every((w) => words.has(w));
    const rule = clauses.find(
      (c) =>
        LEAVES_OUT.test(c.clause) &&
        names(c.words, label) &&
        // The clause speaks of this row alone.
        !labels.some((other, j) => j !== i && other && !TOTAL.test(other) && names(c.words, other)),
    );
    if (rule) out.push({ row, rule: rule.clause.trim() });
  });
  return out;
}

export function excludedRowCounted(task: string, calls: readonly Call[]): ExcludedRowCounted | undefined {
  if (!LEAVES_OUT.test(task)) return undefined;
  for (const [i, call] of calls.entries()) {
    const text = typeof call.result === 'string' ? call.result : '';
    for (const table of [...tablesOf(call.result), ...spacedTables(text)]) {
      const total = table.rows.find((row) => TOTAL.test(plain(labelOf(row))));
      if (!total || table.rows.length < 3) continue;
      const left = excludedRows(task, table);
      if (left.length === 0) continue;
      for (const later of calls.slice(i + 1)) {
        const numbers = new Set(argNumbers(later.args));
        for (const [column, cell] of total.entries()) {
          if (!NUMBER.test(plain(cell)) || !plain(cell)) continue;
          const value = numberOf(cell);
          if (!numbers.has(value)) continue;
          const out = left.find(
            ({ row }) => NUMBER.test(plain(row[column] ?? '')) && numberOf(row[column]!) > 0,
          );
          if (out)
            return {
              rule: out.rule,
              row: out.row.join(' | '),
              total: `${table.header[column] ?? ''}: ${cell}`,
              call: later.name,
            };
        }
      }
    }
  }
  return undefined;
}
