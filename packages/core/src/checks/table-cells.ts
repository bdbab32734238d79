/**
 * A figure read off another row of a table the agent's own tool returned: the table gives pitch 7
 * "Clegg 61" and pitch 6 "Clegg 84"; the output reports "Pitch 7 … Clegg 84 g". Tables are markdown
 * pipe tables or JSON lists of records with the same fields.
 */
import { escapeRegExp } from '../util/escape-reg-exp.ts';
import { parsedResult } from '../util/parsed-result.ts';
import { agrees, decimalStyle, leadingFigure, readingsOf } from './table-figures.ts';
import { STOP } from './task-words.ts';

export interface Table {
  header: string[];
  rows: string[][];
}

/** The cells of a pipe table's line, bold marks around a whole cell taken off. */
export const cellsOf = (line: string) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim().replace(/^\*\*(.*)\*\*$/, '$1'));

/** The markdown pipe tables of a text: a header line, a separator line, then rows of as many cells. */
export function pipeTables(text: string): Table[] {
  const lines = text.split('\n');
  const tables: Table[] = [];
  for (let i = 0; i + 2 < lines.length; i++) {
    if (!lines[i]!.includes('|') || !/^\s*\|?\s*:?-{2,}/.test(lines[i + 1]!)) continue;
    const header = cellsOf(lines[i]!);
    const rows: string[][] = [];
    let j = i + 2;
    for (; j < lines.length && lines[j]!.includes('|'); j++) {
      const cells = cellsOf(lines[j]!);
      if (cells.length === header.length) rows.push(cells);
    }
    if (rows.length >= 2) tables.push({ header, rows });
    i = j - 1;
  }
  return tables;
}

/** A JSON list of records (at any depth) as a table: the first record's fields, each record a row. */
function jsonTables(data: unknown, depth = 0): Table[] {
  if (depth > 4 || data === null || typeof data !== 'object') return [];
  if (Array.isArray(data)) {
    const records = data.filter(
      (item): item is Record<string, unknown> => !!item && typeof item === 'object' && !Array.isArray(item),
    );
    if (records.length >= 2 && records.length === data.length) {
      const header = Object.keys(records[0]!);
      const scalar = (value: unknown) =>
        typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean'
          ? String(value)
          : '';
      return [{ header, rows: records.map((record) => header.map((key) => scalar(record[key]))) }];
    }
    return data.flatMap((item) => jsonTables(item, depth + 1));
  }
  return Object.values(data as Record<string, unknown>).flatMap((value) => jsonTables(value, depth + 1));
}

export function tablesOf(result: unknown): Table[] {
  const text = typeof result === 'string' ? result : '';
  return [...(text.includes('|') ? pipeTables(text) : []), ...jsonTables(parsedResult(result, 20_000))];
}

/**
 * Tables laid out with spaces, as terminals and mainframes print them: a header of three or more
 * names, then rows of as many cells, cells parted by two spaces or more ("W0363 27 014411   O-   N").
 */
export function spacedTables(text: string): Table[] {
  const lines = text.split('\n');
  const cells = (line: string) => line.trim().split(/\s{2,}|\t+/);
  const tables: Table[] = [];
  for (let i = 0; i + 2 < lines.length; i++) {
    const header = cells(lines[i]!);
    if (header.length < 3 || !header.every((cell) => /^\p{L}[\p{L}\d _./-]*$/u.test(cell))) continue;
    const rows: string[][] = [];
    let j = i + 1;
    for (; j < lines.length && cells(lines[j]!).length === header.length; j++) rows.push(cells(lines[j]!));
    if (rows.length >= 2) tables.push({ header, rows });
    i = j - 1;
  }
  return tables;
}

/** Words naming a column ("Clegg 2.25 kg (g)" → clegg; `grass_mm` → grass): three letters or more, no units. */
const UNIT_WORD = /^(?:mm|cm|km|kg|mg|min|sec|pct|per|avg|max|total|target)$/;
const headerWords = (header: string) =>
  header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 3 && !STOP.has(w) && !UNIT_WORD.test(w));

const NUMBER = /^[-−]?\d+(?:[.,]\d+)?$/;
const numberOf = (cell: string) => Number(cell.replace('−', '-').replace(',', '.'));

/** Where the output names a row by its key: "pitch 7", "Pitch no. 7", or an identifier alone ("TRK-214"). */
function mentionsOf(output: string, keyWord: string | undefined, key: string): number[] {
  const id = /[A-Za-z]/.test(key) && /\d/.test(key) && key.length >= 3;
  if (!id && !keyWord) return [];
  const pattern = id
    ? `(?<![\\w-])${escapeRegExp(key)}(?![\\w-])`
    : `\\b${keyWord}s?\\s*(?:no\\.?\\s*|#\\s*|:\\s*)?${escapeRegExp(key)}(?![\\w/:-]|[.,]\\d)`;
  return [...output.matchAll(new RegExp(pattern, 'gi'))].map((m) => m.index);
}

/**
 * A figure the output gives a row for one of its table's columns that is another row's figure in
 * that column and not its own: the row is named ("Pitch 7"), the column by a word of its header
 * ("Clegg 84 g"), before any other row is named.
 */
export function cellOfOtherRow(
  result: unknown,
  output: string,
): { row: string; column: string; stated: string; own: string; other: string } | undefined {
  for (const table of tablesOf(result)) {
    const keys = table.rows.map((row) => row[0] ?? '');
    if (keys.some((key) => key === '' || key.length > 16) || new Set(keys).size !== keys.length) continue;
    const keyWord = headerWords(table.header[0] ?? '')[0];
    const mentions = keys.map((key) => mentionsOf(output, keyWord, key));
    // An output that names two rows compares them, also where it names the others by their last
    // group after the first in full ("TA-26-331, 332 e 333").
    if (mentions.filter((at) => at.length > 0).length !== 1) continue;
    const named = mentions.findIndex((at) => at.length > 0);
    const prefix = /^(.*[-/ ])\d+$/.exec(keys[named]!)?.[1];
    if (
      prefix &&
      keys.some((key, i) => {
        const last = i !== named && key.startsWith(prefix) ? key.slice(prefix.length) : undefined;
        return (
          last !== undefined &&
          /^\d+$/.test(last) &&
          new RegExp(`(?<![\\w.-])${last}(?![\\w-]|[.,]\\d)`).test(output)
        );
      })
    )
      continue;
    const target = mentions.findIndex((at) => at.length > 0);
    const segment = output.slice(mentions[target]![0]!);
    const words = table.header.map(headerWords);
    for (const [column, own] of words.entries()) {
      if (column === 0) continue;
      const cell = table.rows[target]![column]!;
      if (!NUMBER.test(cell)) continue;
      for (const word of own) {
        if (words.some((other, i) => i !== column && other.includes(word))) continue;
        const figure = new RegExp(
          `\\b${word}\\w*\\b[^\\d\\n.;|]{0,12}?(?<![\\w.])(\\d+(?:[.,]\\d+)?)(?![\\d/:]|[.,]\\d)`,
          'i',
        ).exec(segment)?.[1];
        if (!figure || numberOf(figure) === numberOf(cell)) continue;
        // Rounded ("31 %" for 31.2) is its own figure.
        const places = figure.split(/[.,]/)[1]?.length ?? 0;
        if (numberOf(cell).toFixed(places) === numberOf(figure).toFixed(places)) continue;
        if (table.rows[target]!.some((other) => NUMBER.test(other) && numberOf(other) === numberOf(figure)))
          continue;
        const from = table.rows.find(
          (row, i) =>
            i !== target && NUMBER.test(row[column]!) && numberOf(row[column]!) === numberOf(figure),
        );
        if (from)
          return {
            row: `${keyWord ?? ''} ${keys[target]}`.trim(),
            column: table.header[column]!,
            stated: figure,
            own: cell,
            other: `${keyWord ?? ''} ${from[0]}`.trim(),
          };
      }
    }
  }
  return undefined;
}

/** The first number of a cell, its unit or sign aside ("94.6%", "13,4 %", "£9.50"). */
const figureIn = (cell: string): string | undefined => /[-−]?\d+(?:[.,]\d+)?/.exec(cell)?.[0];

/** Whether a figure as written is the source's value, rounded to the places written. */
function sameFigure(written: string, value: string): boolean {
  const places = written.split(/[.,]/)[1]?.length ?? 0;
  return numberOf(written).toFixed(places) === numberOf(value).toFixed(places);
}

/**
 * A row the output copies from its own tool's table with one figure changed: lot HM-04's purity,
 * moisture and broken grains come back as 94.6 %, 13.4 %, 4.0 % where the lab gave 86.4, 13.4, 4.0,
 * while the other rows are copied as they are. Columns are matched by order, so headers may be in
 * any language.
 */
export function changedRowFigure(
  result: unknown,
  output: string,
): { row: string; stated: string; own: string } | undefined {
  if (!output.includes('|')) return undefined;
  const copies = pipeTables(output);
  if (copies.length === 0) return undefined;
  for (const table of tablesOf(result)) {
    const source = new Map(
      table.rows.map((row) => [row[0] ?? '', row.slice(1).filter((cell) => NUMBER.test(cell))] as const),
    );
    for (const copy of copies) {
      let faithful = 0;
      let changed: { row: string; stated: string; own: string } | undefined;
      let several = false;
      for (const row of copy.rows) {
        const own = source.get(row[0] ?? '');
        if (!own || own.length < 2) continue;
        const written = row
          .slice(1)
          .map(figureIn)
          .filter((f): f is string => f !== undefined);
        if (written.length !== own.length) continue;
        const differ = written.flatMap((figure, i) => (sameFigure(figure, own[i]!) ? [] : [i]));
        if (differ.length === 0) faithful++;
        else if (differ.length === 1 && !changed) {
          const i = differ[0]!;
          changed = { row: row[0]!, stated: written[i]!, own: own[i]! };
        } else several = true;
      }
      if (changed && !several && faithful >= 2) return changed;
    }
  }
  return undefined;
}

/** Words of a key, a label or a header: "LAr_LT_dB" → lar, lt, db; "nacht 23–07" → nacht. */
const labelWords = (text: string) =>
  text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 2 && !STOP.has(w));

interface Leaf {
  /** The words of its own keys. */
  keys: readonly string[];
  /** Those and the short names its record gives (`"art": "torsk"`). */
  words: ReadonlySet<string>;
  value: number;
}

/** Every number of a record, with the words of the keys above it and of its record's short names. */
function leavesOf(data: unknown, above: readonly string[] = [], depth = 0, out: Leaf[] = []): Leaf[] {
  if (depth > 6 || !data || typeof data !== 'object') return out;
  const entries = Array.isArray(data) ? data.map((item) => ['', item] as const) : Object.entries(data);
  const names = entries.flatMap(([, v]) => (typeof v === 'string' && v.length <= 30 ? labelWords(v) : []));
  for (const [key, value] of entries) {
    const keys = [...above, ...labelWords(key)];
    if (typeof value === 'number') out.push({ keys, words: new Set([...keys, ...names]), value });
    else leavesOf(value, keys, depth + 1, out);
  }
  return out;
}

/**
 * A table the output builds from its tool's record, one cell of which is not the record's figure
 * while the others are: rows and columns are found by the words of the record's keys ("nacht" under
 * "LAr,LT" is `LAr_LT_dB.nacht_23_07`, 44; "radial" under "valor" is `radial_m`), the table gives 38.
 * Two cells or more must be copied as they are, only one changed, and its figure must be no figure of
 * the record at all. A cell that agrees with any field its words name is copied.
 */
export function keyedCellChanged(
  result: unknown,
  output: string,
): { row: string; column: string; stated: number; own: number } | undefined {
  const data = parsedResult(result, 20_000);
  if (!data || typeof data !== 'object') return undefined;
  const leaves = leavesOf(data);
  if (leaves.length < 3) return undefined;
  const values = new Set(leaves.map((leaf) => leaf.value));
  for (const table of pipeTables(output)) {
    const style = decimalStyle([...table.header, ...table.rows.flat()]);
    // A label | value table's value header ("valor", "Wert") names no field: its rows do.
    const columnsOf = (column: number) => {
      const words = labelWords(table.header[column]!);
      const named = words.some((w) => leaves.some((leaf) => leaf.words.has(w)));
      return named ? words : table.header.length === 2 ? [] : undefined;
    };
    let kept = 0;
    const changed: { row: string; column: string; stated: number; own: number }[] = [];
    for (const row of table.rows) {
      const rowWords = labelWords(row[0] ?? '');
      if (rowWords.length === 0) continue;
      for (let column = 1; column < table.header.length; column++) {
        const columnWords = columnsOf(column)?.filter((w) => !rowWords.includes(w));
        // ("1.520" in a table that shows no decimal mark is read both ways: 1.52 and 1520.)
        const figures = readingsOf(style).flatMap(
          (reading) => leadingFigure(row[column] ?? '', reading) ?? [],
        );
        const figure = figures[0];
        if (!columnWords || !figure) continue;
        const loose = leaves.filter(
          (leaf) =>
            rowWords.some((w) => leaf.words.has(w)) &&
            (columnWords.length === 0 || columnWords.some((w) => leaf.words.has(w))),
        );
        if (loose.length === 0) continue;
        if (
          loose.some((leaf) =>
            figures.some(
              (f) => agrees(f.value, f.decimals, leaf.value) && Math.abs(f.value - leaf.value) < 1,
            ),
          )
        ) {
          kept++;
          continue;
        }
        // The field its words name in full ("radial" is `radial_m`, not `sigma_radial_m`), else the one field.
        const exact = loose.filter((leaf) =>
          leaf.keys.every((w) => rowWords.includes(w) || columnWords.includes(w)),
        );
        const own =
          exact.length === 1
            ? exact[0]
            : new Set(loose.map((leaf) => leaf.value)).size === 1
              ? loose[0]
              : undefined;
        if (own && !figures.some((f) => values.has(f.value)))
          changed.push({
            row: row[0]!,
            column: table.header[column]!,
            // (Of both readings, the one nearer the record's: "1.860" is 1,860 beside 2,860.)
            stated: figures.reduce((a, b) =>
              Math.abs(b.value - own.value) < Math.abs(a.value - own.value) ? b : a,
            ).value,
            own: own.value,
          });
      }
    }
    if (changed.length === 1 && kept >= 2) return changed[0];
  }
  return undefined;
}
