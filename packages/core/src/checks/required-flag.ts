/**
 * A record the receiver picked from its own tool's table that lacks what the task requires, where
 * the table has a yes/no column for it and other records that have it: told "Must be IRRADIATED",
 * it cross-matched units whose `IRR` column says N while irradiated units stood on the shelf.
 */
import { escapeRegExp } from '../util/escape-reg-exp.ts';
import { spacedTables, type Table, tablesOf } from './table-cells.ts';
import { letterWords } from './task-words.ts';

interface Call {
  name: string;
  args: unknown;
  result?: unknown;
}

export interface RequirementUnmet {
  /** The task's words that require it. */
  required: string;
  /** The column, and the picked row's cell in it. */
  column: string;
  /** The picked row. */
  row: string;
  /** The call that took the row. */
  call: string;
}

/** Words that make a clause a requirement, in the languages teams write briefs in. */
const REQUIRES =
  /(?<![\p{L}])(?:must|required?|requires|need(?:s|ed)?|has to|have to|shall|mandatory|only|muss|müssen|erforderlich|pflicht|debe[n]?|requiere|obligatori\p{L}*|doit|doivent|exig\p{L}*|deve|devono|moet(?:en)?|måste|skal|musí|musi|harus|wajib|phải|bắt buộc|pitää|täytyy|vaatimus|ehdoton|ehdottomasti|oltava|påkrevd|påkrævet|krav|zorunlu|mutlaka|gerekli|şart|kell|kötelező|wymagan\p{L}*|vyžadován\p{L}*|necesari[oa]s?|necessári[oa]s?|nécessaire)(?![\p{L}])/iu;
const NEGATION = /^(?:no|not|non|nicht|kein\p{L}*|sin|sans|without|ohne|never|bez|ne|не)$/iu;
const YES = /^(?:y|yes|true|ja|j|sí|si|s|oui|o|sim|tak|ano|да|✓|✔|x)$/iu;
const NO = /^(?:n|no|false|nein|non|não|nie|ne|нет|✗|✘|-|—)$/iu;

/** The clauses of a task that require, each with its words that nothing rules out. */
function requiringClauses(task: string): { clause: string; words: string[] }[] {
  const out: { clause: string; words: string[] }[] = [];
  for (const clause of task.split(/\n|(?<=[.;!?])\s+/)) {
    if (!REQUIRES.test(clause)) continue;
    const tokens = clause
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean);
    const words = tokens.filter((_, i) => !tokens.slice(Math.max(0, i - 2), i).some((t) => NEGATION.test(t)));
    out.push({ clause: clause.trim(), words });
  }
  return out;
}

/**
 * A column header for what a clause requires: every word of the header in the clause ("step_free",
 * "must be step-free"), or a header of one word that begins a word of five letters or more of it
 * ("IRR", "Must be IRRADIATED").
 */
function names(header: string, words: readonly string[]): string | undefined {
  const own = letterWords(header);
  if (own.length === 0) return undefined;
  if (own.every((w) => words.includes(w))) return own[0];
  if (own.length > 1) return undefined;
  return words.find((word) => word.length >= 5 && word.startsWith(own[0]!));
}

/** A column of yes and no only, with both: records that have the property and records that lack it. */
function flagColumn(table: Table, column: number): boolean {
  const cells = table.rows.map((row) => row[column]!.trim());
  return (
    cells.every((c) => YES.test(c) || NO.test(c)) &&
    cells.some((c) => YES.test(c)) &&
    cells.some((c) => NO.test(c))
  );
}

/** The cells that name a row: four characters or more, letters and digits ("W0363 27 014411", "LOT-22"). */
const rowNames = (row: readonly string[]) =>
  row.filter((cell) => cell.length >= 4 && /\d/.test(cell) && /\p{L}/u.test(cell));

export function requirementUnmet(
  task: string,
  calls: readonly Call[],
  output: string,
): RequirementUnmet | undefined {
  if (calls.length < 2 || !REQUIRES.test(task)) return undefined;
  const clauses = requiringClauses(task);
  if (clauses.length === 0) return undefined;
  for (const [i, call] of calls.entries()) {
    const text = typeof call.result === 'string' ? call.result : '';
    const tables = [...tablesOf(call.result), ...spacedTables(text)];
    for (const table of tables) {
      for (const [column, header] of table.header.entries()) {
        const need = clauses
          .map((c) => ({ clause: c.clause, word: names(header, c.words) }))
          .find((c) => c.word !== undefined);
        if (!need || !flagColumn(table, column)) continue;
        // Work that gives the records the property after all ("irradiate_units", "sent for irradiation").
        const root = need.word!.slice(0, 6);
        const later = calls.slice(i + 1);
        const givesIt = (t: string) => t.toLowerCase().includes(root);
        if (givesIt(output) || later.some((c) => givesIt(`${c.name} ${JSON.stringify(c.args ?? '')}`)))
          continue;
        for (const row of table.rows) {
          if (!NO.test(row[column]!.trim())) continue;
          const taker = later.find((c) => {
            const args = JSON.stringify(c.args ?? '');
            return rowNames(row).some((name) => args.includes(name));
          });
          if (taker)
            return {
              required: need.clause,
              column: `${header}: ${row[column]}`,
              row: row.join(' | '),
              call: taker.name,
            };
        }
      }
    }
  }
  return undefined;
}

/** A column of a table a call's result holds (the first column, which names the rows, aside). */
interface KindColumn {
  table: Table;
  column: number;
  header: string;
  /** Its cells, trimmed. */
  cells: string[];
  /** The calls made after the one that returned the table. */
  later: readonly Call[];
}

/** Every column of 2 to 4 kinds of every table the calls' results hold: what the receiver picked among. */
function* kindColumns(calls: readonly Call[]): Generator<KindColumn> {
  for (const [i, call] of calls.entries()) {
    const text = typeof call.result === 'string' ? call.result : '';
    for (const table of [...tablesOf(call.result), ...spacedTables(text)])
      for (const [column, header] of table.header.entries()) {
        if (column === 0) continue;
        const cells = table.rows.map((row) => row[column]!.trim());
        const kinds = new Set(cells.map((c) => c.toLowerCase()));
        if (kinds.size >= 2 && kinds.size <= 4)
          yield { table, column, header, cells, later: calls.slice(i + 1) };
      }
  }
}

/** The first row of another kind (`off(r)`) a later call names by its first cell: the one it took. */
function takenRow(
  { table, column, header, later }: KindColumn,
  off: (r: number, args: string) => boolean,
): { column: string; row: string; call: string } | undefined {
  for (const call of later) {
    const args = JSON.stringify(call.args ?? '');
    const r = table.rows.findIndex(
      (row, r) => off(r, args) && row[0]!.trim().length >= 2 && args.includes(`"${row[0]!.trim()}"`),
    );
    if (r >= 0)
      return {
        column: `${header}: ${table.rows[r]![column]}`,
        row: table.rows[r]!.join(' | '),
        call: call.name,
      };
  }
  return undefined;
}

/** "**Uva high-grown only**", "only Uva high-grown", "Uva high-grown only": what the task restricts the picks to. */
const ONLY_PHRASE =
  /(?<![\p{L}])(?:only|solely|exclusively)\s+((?:\p{L}[\p{L}'-]*\s+){0,3}\p{L}[\p{L}'-]*)|((?:\p{L}[\p{L}'-]*[\s-]+){0,3}\p{L}[\p{L}'-]*)\s+only(?![\p{L}])/giu;
const phraseWords = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 3 && w !== 'only');

/**
 * Records picked from the receiver's own table whose kind, in a column of a few kinds, is not the one
 * the task restricts the picks to, while records of that kind stood in the table: told "BOPF, **Uva
 * high-grown only**", it bid on lots whose elevation is "Low grown (Ruhuna)" beside "Uva high" lots.
 */
export function otherKindPicked(
  task: string,
  calls: readonly Call[],
): { only: string; column: string; row: string; call: string } | undefined {
  if (calls.length < 2 || !/only|solely|exclusively/i.test(task)) return undefined;
  const phrases = [...task.matchAll(ONLY_PHRASE)]
    .map((m) => ({ text: m[0].trim(), words: phraseWords(m[1] ?? m[2] ?? '') }))
    .filter((p) => p.words.length > 0);
  if (phrases.length === 0) return undefined;
  for (const kind of kindColumns(calls)) {
    const { cells } = kind;
    if (cells.some((c) => /\d/.test(c))) continue;
    // A kind is the asked one when every word of it is in the phrase ("Uva high" in "Uva high-grown only").
    for (const phrase of phrases) {
      const fits = (cell: string) => {
        const words = phraseWords(cell);
        return words.length > 0 && words.every((w) => phrase.words.includes(w));
      };
      if (!cells.some(fits) || cells.every(fits)) continue;
      const taken = takenRow(kind, (r) => !fits(cells[r]!));
      if (taken) return { only: phrase.text, ...taken };
    }
  }
  return undefined;
}

/** A code a record's kind is written as: letters and digits ("B500SP", "C30/37", "316L", "DN150"). */
const KIND_CODE = /^(?=[^\s]*\d)(?=[^\s]*\p{L})[\p{L}\d][\p{L}\d/.-]*$/u;

/**
 * A record picked from the receiver's own table whose kind, a code in a column of a few of them, is
 * another than the one the task names, where records of the named kind stood in the table, and the
 * call sets that other code itself: told "18,4 t B500SP (no substitutes)", it ordered from the
 * cheaper supplier with `gatunek: "B500B"`. A task that names two of the kinds leaves the choice open.
 */
export function otherCodePicked(
  task: string,
  calls: readonly Call[],
): { only: string; column: string; row: string; call: string } | undefined {
  if (calls.length < 2) return undefined;
  const named = (code: string) =>
    new RegExp(
      `(?<![\\p{L}\\d/.-])${code.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\p{L}\\d/-])`,
      'iu',
    ).test(task);
  for (const kind of kindColumns(calls)) {
    const { cells } = kind;
    const kinds = [...new Set(cells)];
    if (!kinds.every((k) => KIND_CODE.test(k))) continue;
    const asked = kinds.filter(named);
    if (asked.length !== 1) continue;
    const taken = takenRow(kind, (r, args) => cells[r] !== asked[0] && args.includes(`"${cells[r]}"`));
    if (taken) return { only: asked[0]!, ...taken };
  }
  return undefined;
}

/** A cell's words and codes, lower-cased: "EASA Form 1 + FAA 8130-3 (dual)" → easa form faa 8130 dual. */
const cellWords = (cell: string) =>
  new Set(
    (cell.toLowerCase().match(/[\p{L}\d]+/gu) ?? []).filter((w) => w.length >= 3 || /^\d{4,}$/.test(w)),
  );

/**
 * A record picked from the receiver's own table whose cell, in a column of a few kinds, has none of
 * the words a requiring clause of the task uses to tell the kinds apart, while a record with all of
 * them stood in the table: told "must be dual release (EASA Form 1 + FAA 8130-3)", it bought from
 * the vendor whose cert is "EASA Form 1 only" over those with "EASA Form 1 + FAA 8130-3 (dual)".
 */
export function requiredKindMissing(task: string, calls: readonly Call[]): RequirementUnmet | undefined {
  if (calls.length < 2 || !REQUIRES.test(task)) return undefined;
  const clauses = requiringClauses(task);
  if (clauses.length === 0) return undefined;
  for (const kind of kindColumns(calls)) {
    const cells = kind.table.rows.map((row) => cellWords(row[kind.column]!));
    for (const { clause, words } of clauses) {
      // The clause's words some kinds have and others lack.
      const telling = [...new Set(words)].filter(
        (w) => w.length >= 3 && cells.some((c) => c.has(w)) && !cells.every((c) => c.has(w)),
      );
      if (telling.length === 0 || !cells.some((c) => telling.every((w) => c.has(w)))) continue;
      // A row without any of them, which the task does not name itself.
      const taken = takenRow(
        kind,
        (r) => telling.every((w) => !cells[r]!.has(w)) && !task.includes(kind.table.rows[r]![0]!.trim()),
      );
      if (taken) return { required: clause, ...taken };
    }
  }
  return undefined;
}

/** "no transfer", "without stopover", "sin escala", "ohne Umstieg": a word the task wants absent. */
const NO_WORD =
  /(?<![\p{L}])(?:no|without|sin|sem|ohne|keine?n?|sans|senza|bez|geen|zonder|ingen|utan|uden|nincs|nélkül|tanpa)\s+(\p{L}{4,})/giu;
/** A cell that holds nothing: the record has none of what the column is about. */
const EMPTY_CELL = /^(?:|null|none|no|nein|non|nie|ne|-|—|–|n\/a|false|0)$/i;

/**
 * A record picked from the receiver's own table that has what the task wants absent, while another
 * record has none of it: told "direct flights only, no transfer", it held option 1 (`transfer: "ANC
 * 3h10"`) beside option 2 (`transfer: null`). The pick is found by a call argument under a column's
 * name holding a value only that record has (`option: 1`).
 */
export function absentWantedPicked(task: string, calls: readonly Call[]): RequirementUnmet | undefined {
  if (calls.length < 2) return undefined;
  const unwanted = [...task.matchAll(NO_WORD)].map((m) => ({ text: m[0], word: m[1]!.toLowerCase() }));
  if (unwanted.length === 0) return undefined;
  for (const { table, header, cells, later } of kindColumns(calls)) {
    const no = unwanted.find(({ word }) =>
      letterWords(header).some((h) => h.length >= 4 && h.slice(0, 5) === word.slice(0, 5)),
    );
    if (!no || !cells.some((c) => EMPTY_CELL.test(c)) || cells.every((c) => EMPTY_CELL.test(c))) continue;
    for (const call of later) {
      const args = call.args && typeof call.args === 'object' ? (call.args as Record<string, unknown>) : {};
      const picked = table.rows.findIndex((row) =>
        table.header.some((h, k) => {
          const value = args[h];
          if (value === undefined || typeof value === 'object') return false;
          const cell = row[k]!.trim();
          return (
            cell === String(value) && table.rows.filter((other) => other[k]!.trim() === cell).length === 1
          );
        }),
      );
      if (picked >= 0 && !EMPTY_CELL.test(cells[picked]!))
        return {
          required: no.text,
          call: call.name,
          column: `${header}: ${cells[picked]}`,
          row: table.rows[picked]!.join(' | '),
        };
    }
  }
  return undefined;
}

/** A "no" as a record's value, in the languages booking systems answer in. */
const NO_VALUE =
  /^(?:no|false|nein|nej|nei|non|não|nao|nie|ne|ei|hayır|hayir|yok|tidak|không|nem|ingen|nincs|нет|ні)$/iu;
/** Words before a required word that turn it round: "avoid tolls", "ilman hissiä", "no smoking". */
const AGAINST =
  /^(?:avoid\p{L}*|exclud\p{L}*|except|without|no|not|non|never|ohne|kein\p{L}*|nicht|sin|sans|senza|uten|utan|ilman|bez|tanpa|không|nem|ei|ingen|inga|hiç|vältä\p{L}*|evit\p{L}*|vermeid\p{L}*|unik\p{L}*|undvik\p{L}*)$/iu;
/** Endings that make a word the property's absence: "savuton", "rauchfrei", "toll-free", "røykfri". */
const FREE_OF = /(?:ton|tön|less|frei|fri|free|vapaa|siz|sız|suz|süz|mentes)$/iu;

/** The `key: no` pairs of a result: `"low_floor": false`, `matalalattia: EI`, `"rampe": "nei"`, `"accessible_rooms": 0`. */
function deniedKeys(result: unknown): string[] {
  const keys: string[] = [];
  const visit = (value: unknown, depth: number) => {
    if (!value || typeof value !== 'object' || depth > 5) return;
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      // (A count of none says no too: `"accessible_rooms": 0`.)
      if (item === false || item === 0 || (typeof item === 'string' && NO_VALUE.test(item.trim())))
        keys.push(key);
      else visit(item, depth + 1);
    }
  };
  if (typeof result === 'string') {
    try {
      visit(JSON.parse(result), 0);
    } catch {
      for (const m of result.matchAll(
        /([\p{L}][\p{L}\d_ -]{1,30}?)\s*[:=]\s*["']?([\p{L}]+)["']?(?=\s*(?:[,;\n)]|$))/gu,
      ))
        if (NO_VALUE.test(m[2]!)) keys.push(m[1]!.trim());
    }
  } else visit(result, 0);
  return keys;
}

/** The value a result gives a key, as written ("EI", `false`). */
function deniedValue(result: unknown, key: string): string {
  const text = typeof result === 'string' ? result : JSON.stringify(result);
  const m = new RegExp(`${escapeRegExp(key)}["']?\\s*[:=]\\s*["']?([\\p{L}]+|0(?![\\d.]))`, 'u').exec(text);
  return m?.[1] ?? 'no';
}

/**
 * A property the task requires that the receiver's own confirmation says the thing it booked lacks:
 * told "EHDOTON: jokaisessa vuorossa vähintään 1 matalalattiainen esteetön bussi (luiska)", the
 * order comes back `matalalattia: EI, luiska: EI` and the receiver reports the order as done without
 * a word about it. A result that gives the key more than once lists records to pick among (the
 * table reading's case); an answer or a later call that names the property may be dealing with it.
 */
export function requirementDenied(
  task: string,
  calls: readonly Call[],
  output: string,
): RequirementUnmet | undefined {
  if (calls.length === 0 || !REQUIRES.test(task)) return undefined;
  const clauses = requiringClauses(task);
  if (clauses.length === 0) return undefined;
  // Every required property a result says no to; an answer that names any of them deals with them.
  const found: (RequirementUnmet & { root: string; at: number })[] = [];
  for (const [i, call] of calls.entries()) {
    const denied = deniedKeys(call.result);
    for (const key of denied) {
      if (denied.filter((k) => k === key).length > 1) continue;
      for (const c of clauses) {
        const tokens = c.clause
          .toLowerCase()
          .split(/[^\p{L}]+/u)
          .filter(Boolean);
        const wanted = c.words.filter(
          (w, at) =>
            !FREE_OF.test(w) &&
            !tokens
              .slice(Math.max(0, tokens.indexOf(w, at) - 3), tokens.indexOf(w, at))
              .some((t) => AGAINST.test(t)),
        );
        const word = names(key, wanted);
        if (!word || word.length < 5) continue;
        const column = `${key}: ${deniedValue(call.result, key)}`;
        found.push({ required: c.clause, column, row: key, call: call.name, root: word.slice(0, 6), at: i });
        break;
      }
    }
  }
  const named = (text: string) => found.some((f) => text.toLowerCase().includes(f.root));
  if (named(output)) return undefined;
  const first = found.find(
    (f) => !calls.slice(f.at + 1).some((l) => named(`${l.name} ${JSON.stringify(l.args ?? '')}`)),
  );
  if (!first) return undefined;
  const { root: _root, at: _at, ...unmet } = first;
  return unmet;
}
