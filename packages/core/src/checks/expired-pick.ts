/**
 * A record picked from the receiver's own table whose validity ended before the day of the work,
 * where the task asks for it current and another record stood valid: told the captain "must hold
 * current LVO/CAT IIIA" for a flight on 2027-02-09, the scheduler called out the first standby, whose
 * "LVO/CAT III valid to" says 2026-12-31, while the second's ran to 2027-08-31.
 */
import { findDates } from './normalize-values.ts';
import { type Table, tablesOf } from './table-cells.ts';
import { words } from './task-words.ts';

interface Call {
  name: string;
  args: unknown;
  result?: unknown;
}

/** A task that asks for something in date, in the languages teams write briefs in. */
const WANTS_VALID =
  /(?<![\p{L}])(?:valid|current|in date|in-date|not expired|unexpired|in force|gültig|aktuell|válid[oa]|vigente|em dia|valable|en cours de validité|valid[oa]|geldig|ważn\p{L}*|aktualn\p{L}*|platn\p{L}*)(?![\p{L}])/iu;
/** A column that says until when a record holds: "LVO/CAT III valid to", "expiry", "gültig bis". */
const VALID_TO =
  /(?<![\p{L}])(?:valid (?:to|until|thru|through)|expir\p{L}*|exp\.?|good (?:to|until)|gültig bis|ablauf|válid[oa] (?:até|hasta)|vencimento|vencimiento|caducidad|valable jusqu|scadenza|geldig tot|ważn\p{L}* do|platn\p{L}* do)(?![\p{L}])/iu;
const ISO_DAY = /(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)/g;

/** The days a call's arguments give (`available_from: "2027-02-09T04:10"` → 2027-02-09). */
function daysOf(args: unknown): string[] {
  return [...JSON.stringify(args ?? '').matchAll(ISO_DAY)].map((m) => m[1]!);
}

/**
 * The row a later call took whose day in the validity column `lapsed` says ended too soon: a cell of
 * it (three characters or more, not that day) given as a value of the call.
 */
function pickedRow(
  table: Table,
  column: number,
  until: readonly (string | undefined)[],
  later: Call,
  lapsed: (end: string) => boolean,
): number {
  const values = JSON.stringify(later.args ?? '');
  return table.rows.findIndex(
    (row, r) =>
      until[r] !== undefined &&
      lapsed(until[r]!) &&
      row.some((cell, c) => c !== column && cell.trim().length >= 3 && values.includes(`"${cell.trim()}"`)),
  );
}

/** A bound a task sets on how long a record must hold: "expiry after 15 Jun 2027", "Ablauf nach dem 15.06.2027". */
const EXPIRY_AFTER =
  /(?<![\p{L}])(?:expir\p{L}*|exp\.?|valid (?:to|until)|shelf[- ]life|ablauf\p{L}*|haltbar\p{L}*|scadenza|caducidad|vencimiento|validade|péremption|houdbaarheid|holdbarhet|hållbarhet|viimeinen käyttöpäivä|termin ważności|expirace)\s+(?:date\s+)?(?:after|beyond|later than|no earlier than|not before|past|>|≥|nach(?: dem)?|dopo il|posterior a|después del?|após|après le|na|efter|jälkeen|po)\s+/iu;

/**
 * A record picked whose expiry falls on or before the day the task says it must run past ("Only
 * lots with expiry after 15 Jun 2027" and lot L-4417, expiry 2027-04-30, picked while L-4532 runs to
 * 2027-11-30).
 */
function pickedBeforeBound(
  task: string,
  calls: readonly Call[],
): { required: string; column: string; row: string; call: string } | undefined {
  const m = EXPIRY_AFTER.exec(task);
  if (!m) return undefined;
  const bound = findDates(task.slice(m.index + m[0].length, m.index + m[0].length + 24)).find(
    (d) => d.index === 0 && d.value.length === 10,
  )?.value;
  if (!bound) return undefined;
  for (const [i, call] of calls.entries())
    for (const table of tablesOf(call.result)) {
      const column = table.header.findIndex((header) => VALID_TO.test(header));
      if (column < 0) continue;
      const until = table.rows.map((row) => /^\d{4}-\d{2}-\d{2}/.exec(row[column]!.trim())?.[0]);
      if (!until.some((end) => end !== undefined && end > bound)) continue;
      for (const later of calls.slice(i + 1)) {
        const picked = pickedRow(table, column, until, later, (end) => end <= bound);
        if (picked < 0) continue;
        const clause = task.slice(m.index, m.index + m[0].length + 24).split(/[,;()]/)[0]!;
        return {
          required: clause.trim(),
          column: `${table.header[column]}: ${until[picked]} (the task wants it after ${bound})`,
          row: table.rows[picked]!.join(' | '),
          call: later.name,
        };
      }
    }
  return undefined;
}

/** Words on an answer's line that keep a record out: "J. Okafor — WAH lapsed 19/03, not rostered". */
const KEPT_OUT =
  /(?<![\p{L}])(?:not|no|excluded|expired|expires|lapsed|lapses|invalid|instead|replaced|nicht|kein\p{L}*|abgelaufen|sin|vencid[oa]|não|expirad[oa]|pas|expiré\p{L}*|niet|verlopen|nie|wygasł\p{L}*)(?![\p{L}])/iu;

/** The row an answer names, on a line that does not keep it out, of those whose validity `lapsed` says ended. */
function namedRow(
  table: Table,
  column: number,
  until: readonly (string | undefined)[],
  answer: string,
  lapsed: (end: string) => boolean,
): number {
  const lines = answer.split('\n').filter((line) => !KEPT_OUT.test(line));
  return table.rows.findIndex(
    (row, r) =>
      until[r] !== undefined &&
      lapsed(until[r]!) &&
      row.some(
        (cell, c) =>
          c !== column &&
          /\p{L}/u.test(cell) &&
          cell.trim().length >= 4 &&
          !/^(?:true|false|null|yes|no)$/i.test(cell.trim()) &&
          lines.some((line) => line.includes(cell.trim())),
      ),
  );
}

export function expiredPicked(
  task: string,
  calls: readonly Call[],
  /** The receiver's answer: a record it names there as chosen is picked too. */
  answer = '',
): { required: string; column: string; row: string; call: string } | undefined {
  if (calls.length === 0 || (calls.length === 1 && !answer)) return undefined;
  const bounded = pickedBeforeBound(task, calls);
  if (bounded || !WANTS_VALID.test(task)) return bounded;
  // The day of the work: the latest day the receiver's own calls were made for (read once, if needed).
  let workDay: string[] | undefined;
  const dayOfWork = () => {
    workDay ??= calls.flatMap((c) => daysOf(c.args)).sort();
    return workDay.at(-1);
  };
  const asked = new Set(words(task));
  const named = answer ? { name: 'answer', args: answer } : undefined;
  for (const [i, call] of calls.entries()) {
    for (const table of tablesOf(call.result)) {
      // Each column of what the task asks to be valid: a word of its header in the task ("LVO", "GWO").
      const columns = table.header.flatMap((header, c) =>
        VALID_TO.test(header) &&
        words(header.replace(VALID_TO, ' ')).some((w) => w.length >= 3 && asked.has(w))
          ? [c]
          : [],
      );
      for (const column of columns) {
        const until = table.rows.map((row) =>
          /^\d{4}-\d{2}-\d{2}$/.test(row[column]!.trim()) ? row[column]!.trim() : undefined,
        );
        if (until.every((end) => end === undefined)) continue;
        const day = dayOfWork();
        if (!day) continue;
        if (!until.some((other) => other !== undefined && other >= day)) continue;
        for (const later of [...calls.slice(i + 1), ...(named ? [named] : [])]) {
          const picked =
            later === named
              ? namedRow(table, column, until, answer, (end) => end < day)
              : pickedRow(table, column, until, later, (end) => end < day);
          if (picked < 0) continue;
          return {
            required:
              task
                .split(/(?<=[.;])\s+|\n/)
                .find((part) => WANTS_VALID.test(part))
                ?.trim() ?? task,
            column: `${table.header[column]}: ${until[picked]} (the work is on ${day})`,
            row: table.rows[picked]!.join(' | '),
            call: later.name,
          };
        }
      }
    }
  }
  return undefined;
}
