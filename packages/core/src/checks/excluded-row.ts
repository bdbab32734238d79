/**
 * A total the receiver's call takes from its own tool's table where the task leaves one of the
 * table's rows out: told "Turno de mañana: se compensan con descanso, no entran en nómina", it
 * imputed the 395 h of the total row, which holds the morning shift's 231 h, not the night shift's 164.
 */

import { escapeRegExp } from '../util/escape-reg-exp.ts';
import { parsedResult } from '../util/parsed-result.ts';
import { statesGrouped } from '../util/states-figure.ts';
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
  const labels = table.rows.map((row) => plain(labelOf(row)).toLowerCase());
  const clauses = task.split(/\n|(?<=[.;!?])\s+/).map((clause) => ({
    clause,
    words: new Set(
      plain(clause)
        .toLowerCase()
        .split(/[^\p{L}\d]+/u),
    ),
  }));
  const out: { row: string[]; rule: string }[] = [];
  table.rows.forEach((row, i) => {
    const label = labels[i]!;
    if (!label || TOTAL.test(label)) return;
    const own = label.split(/[^\p{L}\d]+/u).filter((w) => w.length >= 3);
    // A short code is named as written ("SW-" in "Truk swadaya (SW-) tidak ikut").
    const code = own.length === 0 && /^[\p{L}\d][\p{L}\d-]{1,7}$/u.test(label) ? label : undefined;
    if (own.length === 0 && !code) return;
    const names = (words: Set<string>, l: string, clause = '') =>
      l.length >= 2 && !/[\p{L}\d]{3}/u.test(l)
        ? new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(l)}(?![\\p{L}\\d])`, 'iu').test(plain(clause))
        : l
            .split(/[^\p{L}\d]+/u)
            .filter((w) => w.length >= 3)
            .every((w) => words.has(w));
    const rule = clauses.find(
      (c) =>
        LEAVES_OUT.test(c.clause) &&
        names(c.words, label, c.clause) &&
        // The clause speaks of this row alone.
        !labels.some((other, j) => j !== i && other && !TOTAL.test(other) && names(c.words, other, c.clause)),
    );
    if (rule) out.push({ row, rule: rule.clause.trim() });
  });
  return out;
}

/**
 * A record's list of rows with its total beside it (`rooms: [{room, sq_ft}, …], total_sq_ft: 412`):
 * the list as a table whose last row is that total, in the column the total adds up.
 */
function withSiblingTotal(result: unknown, table: Table): Table {
  const record = parsedResult(result, 20_000);
  if (!record || typeof record !== 'object' || Array.isArray(record)) return table;
  // A total given as a record of the same fields (`total: { truk: 19, netto_kg: 131420 }`).
  for (const [key, value] of Object.entries(record as Record<string, unknown>)) {
    if (!TOTAL.test(key) || !value || typeof value !== 'object' || Array.isArray(value)) continue;
    const fields = value as Record<string, unknown>;
    if (!table.header.some((name) => typeof fields[name] === 'number')) continue;
    const row = table.header.map((name, j) =>
      typeof fields[name] === 'number' ? String(fields[name]) : j === 0 ? 'total' : '',
    );
    return { header: table.header, rows: [...table.rows, row] };
  }
  const totals = Object.entries(record as Record<string, unknown>).filter(
    ([key, value]) => typeof value === 'number' && /(?:^|_|\b)total(?:$|_|\b)/i.test(key),
  );
  for (const [, value] of totals)
    for (const [column] of table.header.entries()) {
      const cells = table.rows.map((row) => plain(row[column] ?? ''));
      if (!cells.every((cell) => cell && NUMBER.test(cell))) continue;
      const sum = cells.reduce((a, cell) => a + numberOf(cell), 0);
      if (Math.abs(sum - (value as number)) > 1e-6) continue;
      const row = table.header.map((_, j) => (j === column ? String(value) : j === 0 ? 'total' : ''));
      return { header: table.header, rows: [...table.rows, row] };
    }
  return table;
}

/** A call's tables with a total row and rows the task leaves out, with those rows. */
function* totalsLeavingOut(task: string, call: Call, tables: readonly Table[]) {
  for (const found of tables) {
    const table = found.rows.some((row) => TOTAL.test(plain(labelOf(row))))
      ? found
      : withSiblingTotal(call.result, found);
    const total = table.rows.find((row) => TOTAL.test(plain(labelOf(row))));
    if (!total || table.rows.length < 3) continue;
    const left = excludedRows(task, table);
    if (left.length > 0) yield { table, total, left };
  }
}

/** Percentages the task adds or takes ("add 10% overage"): a total carried on by one is still that total. */
const percentsOf = (task: string) =>
  [...task.matchAll(/(\d+(?:[.,]\d+)?)\s*%/g)]
    .map((m) => Number(m[1]!.replace(',', '.')) / 100)
    .filter((p) => p > 0 && p < 1);

export function excludedRowCounted(task: string, calls: readonly Call[]): ExcludedRowCounted | undefined {
  if (!LEAVES_OUT.test(task)) return undefined;
  const percents = percentsOf(task);
  for (const [i, call] of calls.entries()) {
    const text = typeof call.result === 'string' ? call.result : '';
    for (const { table, total, left } of totalsLeavingOut(task, call, [
      ...tablesOf(call.result),
      ...spacedTables(text),
    ])) {
      for (const later of calls.slice(i + 1)) {
        const numbers = argNumbers(later.args);
        for (const [column, cell] of total.entries()) {
          if (!NUMBER.test(plain(cell)) || !plain(cell)) continue;
          const value = numberOf(cell);
          const carried = (n: number) =>
            n === value ||
            percents.some(
              (p) => Math.abs(n - value * (1 + p)) <= 0.05 || Math.abs(n - value * (1 - p)) <= 0.05,
            );
          if (!numbers.some(carried)) continue;
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

/**
 * A total an answer reports from its own tool's table where the task leaves one of the table's rows
 * out: told "SPB berawalan PL- … Truk swadaya (SW-) tidak ikut", it reported "19 truk, netto 131.420
 * kg", the total that holds the SW- row, and none of the rows it was to count.
 */
export function excludedRowReported(
  task: string,
  calls: readonly Call[],
  output: string,
): ExcludedRowCounted | undefined {
  if (!LEAVES_OUT.test(task) || !/\d/.test(output)) return undefined;
  const states = (value: number) => statesGrouped(output, String(value));
  for (const call of calls) {
    for (const { table, total, left } of totalsLeavingOut(task, call, tablesOf(call.result))) {
      const kept = table.rows.filter((row) => row !== total && !left.some((l) => l.row === row));
      for (const [column, cell] of total.entries()) {
        if (!plain(cell) || !NUMBER.test(plain(cell))) continue;
        const value = numberOf(cell);
        if (value < 10 || !states(value)) continue;
        const out = left.find(
          ({ row }) => NUMBER.test(plain(row[column] ?? '')) && numberOf(row[column]!) > 0,
        );
        // (An answer that gives the rows it kept as well says what it counted.)
        if (
          !out ||
          kept.some((row) => NUMBER.test(plain(row[column] ?? '')) && states(numberOf(row[column]!)))
        )
          continue;
        return {
          rule: out.rule,
          row: out.row.join(' | '),
          total: `${table.header[column] ?? ''}: ${cell}`,
          call: 'its answer',
        };
      }
    }
  }
  return undefined;
}
