/**
 * Aggregates a text states that the figures they aggregate contradict: a table's "avg" or "total"
 * row that is not the mean or sum of the rows above it, and a total that adds in a line its source
 * marks as left out ("roof replacement 640,000.00 [CAPEX, excl.]"). Arithmetic, not wording.
 */

import { AVERAGE_LABELS, TOTAL_LABELS } from './lexicon.ts';
import {
  agrees,
  brokenEveryWay,
  type CellFigure,
  cellFigure,
  type DecimalStyle,
  decimalStyle,
} from './table-figures.ts';

const AGGREGATE = new RegExp(`^(?:${TOTAL_LABELS}|${AVERAGE_LABELS})(?![\\p{L}])`, 'iu');
const AVERAGED = new RegExp(`^(?:${AVERAGE_LABELS})(?![\\p{L}])`, 'iu');
const SEPARATOR = /^:?-{2,}:?$/;

const plain = (cell: string) => cell.replace(/\*\*|__|`/g, '').trim();
/** A row's label: its first cell, or the first one written where the leading cells are left blank ("| | **Summe** | 1.184,60 € |"). */
const labelOf = (cells: readonly string[]) => plain(cells.find((cell) => plain(cell) !== '') ?? '');
const decimalsOf = (cell: string) => /\.(\d+)/.exec(plain(cell))?.[1]?.length ?? 0;

export interface WrongAggregate {
  label: string;
  stated: number;
  computed: number;
  /** The figures of the rows it aggregates. */
  figures: number[];
}

/** The markdown tables of a text: rows of cells, header first, separator rows left out. */
function tablesOf(text: string): string[][][] {
  const lines = text.split('\n');
  const tables: string[][][] = [];
  for (let start = 0; start < lines.length; start++) {
    if (!lines[start]!.trim().startsWith('|')) continue;
    let end = start;
    while (end < lines.length && lines[end]!.trim().startsWith('|')) end++;
    tables.push(
      lines
        .slice(start, end)
        .map((line) =>
          line
            .trim()
            .replace(/^\||\|$/g, '')
            .split('|')
            .map((cell) => cell.trim()),
        )
        .filter((cells) => !cells.every((cell) => SEPARATOR.test(cell) || cell === '')),
    );
    start = end;
  }
  return tables;
}

/** Column headers of shares and rates: their total row is worked out, not added up. */
const RATIO =
  /%|\b(?:percent|per cent|pct|share|rate|ratio|per|avg|average|mean|yield|unit price|each)\b|\p{L}\s*\/\s*\p{L}/iu;

/** The sum of a column's figures leaving out each that is the sum of two or more just above it since the last such. */
function withoutSubtotals(values: readonly CellFigure[]): number {
  let total = 0;
  let run = 0;
  let count = 0;
  for (const v of values) {
    if (count >= 2 && agrees(v.value, v.decimals, run)) {
      run = 0;
      count = 0;
      continue;
    }
    total += v.value;
    run += v.value;
    count++;
  }
  return total;
}

/** A markdown table's avg/total row that its own rows contradict, in any decimal style. */
export function wrongTableAggregate(text: string): WrongAggregate | undefined {
  if (!text.includes('|')) return undefined;
  for (const rows of tablesOf(text)) {
    // The first aggregate row sums or averages the rows above it; rows after it (a contingency, a
    // total of the subtotal and the extras) are another matter.
    const body = rows.slice(1);
    const first = body.findIndex((cells) => AGGREGATE.test(labelOf(cells)));
    if (first < 0) continue;
    const items = body.slice(0, first);
    if (items.length < 2) continue;
    const total = body[first]!;
    const label = labelOf(total).toLowerCase();
    const averaged = AVERAGED.test(label);
    const wrong = brokenEveryWay(decimalStyle(rows.flat()), (style) => {
      for (let column = 1; column < total.length; column++) {
        // A share or a rate ("NRW %", "17.6 %", "kg per head", "kr/kg") in a total row is no sum of the rows'.
        if (!averaged && (RATIO.test(plain(rows[0]![column] ?? '')) || /%\s*$/.test(plain(total[column]!))))
          continue;
        const stated = cellFigure(total[column]!, style);
        const values = items.map((cells) => cellFigure(cells[column] ?? '', style));
        if (stated === undefined || values.some((v) => v === undefined)) continue;
        // Figures in other units or scales ("₹4.87 crore" over "₹96.41 lakh", MWh over £) add up to nothing.
        if (new Set([stated, ...values].map((v) => v!.unit).filter(Boolean)).size > 1) continue;
        const sum = values.reduce((a, v) => a + v!.value, 0);
        const computed = averaged ? sum / values.length : sum;
        // Rows that subtotal the ones above them ("| 可燃 計 | 8,093.6 t |") are in the total once.
        if (!averaged && agrees(stated.value, stated.decimals, withoutSubtotals(values as CellFigure[])))
          continue;
        if (!agrees(stated.value, stated.decimals, computed))
          return { label, stated: stated.value, computed, figures: values.map((v) => v!.value) };
      }
      return undefined;
    });
    if (wrong) return wrong;
  }
  return undefined;
}

const FIGURE_OF_TEXT =
  /(?<![\d.,])\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d+)?(?![\d])|(?<![\d.,])\d+(?:[.,]\d+)?(?![\d])/g;
/** Every value the figures of a text may stand for, in either decimal style ("1 146 500", "9.120,40"). */
function valuesIn(text: string): Set<number> {
  const values = new Set<number>();
  for (const m of text.matchAll(FIGURE_OF_TEXT))
    for (const style of ['point', 'comma'] as const) {
      const figure = cellFigure(m[0], style);
      if (figure) values.add(figure.value);
    }
  return values;
}

/**
 * A wrong total an agent only carried: its stated figure and every figure it aggregates were in what
 * another agent sent it ("41 delayed, 17 damaged, 9 pilfered — total 52"), so the sum was wrong
 * before it was tabled, and the sender made the fault.
 */
export function carriedAggregate(wrong: WrongAggregate, received: string): boolean {
  if (!/\d/.test(received)) return false;
  const values = valuesIn(received);
  return values.has(wrong.stated) && wrong.figures.every((figure) => values.has(figure));
}

/** Words that make a figure the total of what a table lists: "total 42 h", "30 mg/wk", "in all 12 pallets". */
const TOTAL_BEFORE = /\b(?:total|in total|in all|altogether|overall|sum)\s*(?:of|is|:|=|→|->)?\s*$/i;
const TOTAL_AFTER = /^\s*(?:in total|in all|total|altogether)\b/i;
const PER_WEEK = /^\s*(?:\/\s*(?:wk|week)|per week|a week|weekly)\b/i;
/** Words that make a figure a limit or an old one, no total of the rows: "max 40 mg/wk", "was 35 mg/wk". */
const NOT_THE_TOTAL =
  /\b(?:max(?:imum)?|up to|under|below|above|over|limit|cap|at most|no more than|target|goal|was|previously|current(?:ly)?|from|down from|up from|instead of|not)\s*[:=]?\s*\**\s*$|[<>≤≥]\s*$/i;
const FIGURE = /(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?([A-Za-zµ]{1,3})\b/g;
const WEEKDAY_CELL = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/i;

export interface WrongStatedTotal {
  stated: string;
  computed: number;
  unit: string;
}

/**
 * A total a text states in words ("↓ weekly 15 % → 30 mg/wk", "in total 42 h") beside a table of the
 * parts, in that unit and with no total row of its own, that add up to another figure: the text
 * contradicts itself. A weekly figure is read against a table whose rows are the days of a week.
 */
export function statedTotalAgainstTable(text: string): WrongStatedTotal | undefined {
  if (!text.includes('|')) return undefined;
  const tables = tablesOf(text);
  if (tables.length !== 1) return undefined;
  const rows = tables[0]!;
  const body = rows.slice(1);
  if (body.length < 3 || body.some((cells) => AGGREGATE.test(labelOf(cells)))) return undefined;
  const weekly = body.length === 7 && body.every((cells) => WEEKDAY_CELL.test(plain(cells[0] ?? '')));
  const prose = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('|'))
    .join('\n');
  const stated = new Map<string, { value: number; text: string }[]>();
  for (const m of prose.matchAll(FIGURE)) {
    const before = prose.slice(Math.max(0, m.index - 24), m.index).replace(/\*+\s*$/, '');
    const after = prose.slice(m.index + m[0].length, m.index + m[0].length + 16);
    const total = TOTAL_BEFORE.test(before) || TOTAL_AFTER.test(after) || (weekly && PER_WEEK.test(after));
    if (!total || NOT_THE_TOTAL.test(before)) continue;
    const unit = m[2]!.toLowerCase();
    stated.set(unit, [...(stated.get(unit) ?? []), { value: Number(m[1]!.replace(/,/g, '')), text: m[0] }]);
  }
  // A bare count after a total word of any language ("**Totalt: 9 glutenfria portioner**") against
  // the one column of bare counts.
  const counts = body.length >= 3 ? bareCountColumns(rows) : [];
  if (counts.length === 1)
    for (const m of prose.matchAll(BARE_TOTAL)) {
      const value = Number(m[1]);
      const sum = counts[0]!.column.reduce((a, v) => a + v, 0);
      // (A sum written out, "22 doppie + 6 singole", or a line that also gives the column's sum,
      // "Total: 4 stories, 76 in.", counts something else.)
      const rest = prose.slice(m.index, prose.indexOf('\n', m.index) >>> 0);
      if (
        /^[^\n+]{0,24}\+/.test(prose.slice(m.index + m[0].length)) ||
        new RegExp(`(?<![\\d.,])${sum}(?![\\d.,])`).test(rest)
      )
        continue;
      // A total below one of its would-be parts counts something else ("Totalt 2 behandlinger" beside
      // site numbers), as does one whose noun heads another column.
      if (
        value < Math.max(...counts[0]!.column) ||
        headsOtherColumn(prose, m, rows[0] ?? [], counts[0]!.index)
      )
        continue;
      if (value !== sum && !counts[0]!.column.includes(value))
        return { stated: m[0].trim(), computed: sum, unit: '' };
    }
  for (const [unit, figures] of stated) {
    if (new Set(figures.map((f) => f.value)).size !== 1) continue;
    const { value, text: said } = figures[0]!;
    for (let column = 1; column < (rows[0]?.length ?? 0); column++) {
      const cells = body.map((cells) => cellAmount(cells[column] ?? ''));
      if (cells.some((c) => c === undefined || c.unit.toLowerCase() !== unit)) continue;
      const sum = cells.reduce((a, c) => a + c!.value, 0);
      if (cells.some((c) => c!.value === value)) continue;
      if (!agrees(value, decimalsOf(String(value)), sum)) return { stated: said, computed: sum, unit };
    }
  }
  return undefined;
}

/** A total word of any language, then a bare count: "Totalt: 9", "Summe 14", "in total 12". */
const BARE_TOTAL = new RegExp(
  String.raw`(?<![\p{L}])(?:${TOTAL_LABELS})(?![\p{L}])\s*[:=]?\s*\**\s*(\d{1,5})(?![\d.,:/]|\s\d{3}(?!\d)|\s?%|\s?[A-Za-zµ]{1,3}\b(?!\p{L}))`,
  'giu',
);

/** The body columns of a table whose every cell is a bare whole count ("| 1A | 2 |"), with their place. */
function bareCountColumns(rows: string[][]): { index: number; column: number[] }[] {
  const body = rows.slice(1);
  const columns: { index: number; column: number[] }[] = [];
  for (let column = 1; column < (rows[0]?.length ?? 0); column++) {
    const cells = body.map((cells) => plain(cells[column] ?? ''));
    if (cells.every((cell) => /^\d{1,5}$/.test(cell)))
      columns.push({ index: column, column: cells.map(Number) });
  }
  return columns;
}

/** Whether the noun after a stated total ("2 behandlinger") begins the header of another column than `column`. */
function headsOtherColumn(
  prose: string,
  total: RegExpMatchArray,
  header: readonly string[],
  column: number,
): boolean {
  const noun = /^\s*(\p{L}{3,})/u.exec(prose.slice(total.index! + total[0].length))?.[1]?.toLowerCase();
  if (!noun) return false;
  const root = noun.slice(0, Math.max(4, noun.length - 3));
  return header.some(
    (cell, i) =>
      i !== column &&
      plain(cell)
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .some((word) => word.startsWith(root)),
  );
}

/** A header's amount: "per 20 L tin" → 20 L, "batch 180 L" → 180 L, "per L" → 1 L. */
function headerAmount(header: string): { value: number; unit: string } | undefined {
  const text = plain(header);
  const stated = /(?<![\w.])(\d+(?:\.\d+)?)\s?([A-Za-z]{1,3})\b/.exec(text);
  if (stated) return { value: Number(stated[1]), unit: stated[2]! };
  const per = /\bper\s+([A-Za-z]{1,3})\b/.exec(text);
  return per ? { value: 1, unit: per[1]! } : undefined;
}

/** A cell's figure and unit: "1.30 g" → 1.3 g, "36 g", "104". */
function cellAmount(cell: string): { value: number; unit: string; decimals: number } | undefined {
  const m = /^(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)\s?([A-Za-zµ]{0,3})$/.exec(plain(cell));
  if (!m) return undefined;
  return { value: Number(m[1]!.replace(/,/g, '')), unit: m[2]!, decimals: decimalsOf(m[1]!) };
}

/** A table cell its own table's arithmetic contradicts: the row, the column, what it says and should. */
export interface WrongCell {
  row: string;
  column: string;
  stated: number;
  expected: number;
}

/**
 * A table whose column headers scale one amount to another ("per L", "per 20 L tin", "batch 180
 * L"), where a row's figure is not its figure in the other column times that factor, while another
 * row's is: "PY42 | 1.30 g | 36 g" beside "PBk7 | 5.20 g | 104 g" (× 20).
 */
export function wrongScaledCell(text: string): WrongCell | undefined {
  for (const rows of tablesOf(text)) {
    const header = rows[0];
    const body = rows.slice(1).filter((cells) => !AGGREGATE.test(labelOf(cells)));
    if (!header || body.length < 2) continue;
    const amounts = header.map(headerAmount);
    for (let i = 1; i < header.length; i++)
      for (let j = i + 1; j < header.length; j++) {
        const [from, to] = [amounts[i], amounts[j]];
        if (!from || !to || from.unit !== to.unit || from.value === to.value) continue;
        const factor = to.value / from.value;
        let kept = 0;
        let wrong: WrongCell | undefined;
        for (const cells of body) {
          const [a, b] = [cellAmount(cells[i] ?? ''), cellAmount(cells[j] ?? '')];
          if (!a || !b || a.unit !== b.unit) continue;
          if (agrees(b.value, b.decimals, a.value * factor)) kept++;
          else
            wrong ??= {
              row: plain(cells[0] ?? ''),
              column: plain(header[j]!),
              stated: b.value,
              expected: Math.round(a.value * factor * 1000) / 1000,
            };
        }
        if (wrong && kept >= 1) return wrong;
      }
  }
  return undefined;
}

/**
 * A row whose figure in one column is not the product of its figures in two columns before it,
 * where another row's is: "CA-50 | 47.217,5 | 6,85 | R$ 223.439,88" beside "CA-60 | 2.431,0 |
 * 7,10 | R$ 17.260,10" (47.217,5 × 6,85 is 323.439,88). Rows that keep the product must be at least
 * as many as rows that break it, one of them with a product that cannot hold by chance.
 */
export function wrongRowProduct(text: string): WrongCell | undefined {
  for (const rows of tablesOf(text)) {
    const header = rows[0];
    const body = rows.slice(1).filter((cells) => !AGGREGATE.test(labelOf(cells)));
    if (!header || body.length < 2) continue;
    const wrong = brokenEveryWay(decimalStyle(rows.flat()), (style) => brokenRow(header, body, style));
    if (wrong) return wrong;
  }
  return undefined;
}

/** The first row of a table body that breaks a product or a share its other rows keep, read in `style`. */
function brokenRow(header: string[], body: string[][], style: DecimalStyle): WrongCell | undefined {
  const figures = body.map((cells) => cells.map((cell) => cellFigure(cell, style)));
  const shares = body.map((cells) => cells.map(percentOf));
  /** The first row that breaks `relation` in column `k` where as many rows keep it, one beyond chance. */
  const broken = (k: number, relation: (r: number) => { computed: number; telling: boolean } | undefined) => {
    let kept = 0;
    let telling = false;
    const wrong: WrongCell[] = [];
    figures.forEach((row, r) => {
      const c = row[k];
      const expected = c && relation(r);
      if (!c || !expected) return;
      if (agrees(c.value, c.decimals, expected.computed)) {
        kept++;
        // (Beyond chance: right to the last digit written, "20.8" is no 19 × 1.1.)
        telling ||=
          expected.telling && Math.abs(c.value - expected.computed) <= 0.5 * 10 ** -c.decimals + 1e-9;
      } else
        wrong.push({
          row: plain(body[r]![0] ?? ''),
          column: plain(header[k]!),
          stated: c.value,
          expected: Math.round(expected.computed * 100) / 100,
        });
    });
    return wrong.length > 0 && telling && kept >= wrong.length ? wrong[0] : undefined;
  };
  for (let k = 1; k < header.length; k++)
    for (let i = 0; i < header.length; i++) {
      if (i === k) continue;
      // The product of two columns before it: quantity × rate.
      for (let j = i + 1; j < k; j++) {
        const wrong = broken(k, (r) => {
          const [a, b] = [figures[r]![i], figures[r]![j]];
          if (!a || !b || [a.value, b.value].some((v) => v === 0 || v === 1)) return undefined;
          const computed = a.value * b.value;
          return {
            computed,
            telling: computed >= 100 || !Number.isInteger(a.value) || !Number.isInteger(b.value),
          };
        });
        if (wrong) return wrong;
      }
      // A column less or more a share of another: list $14.99, 20 % off, sale $12.99 (it is 11.99).
      for (let p = 0; p < header.length; p++) {
        if (p === i || p === k) continue;
        for (const sign of [-1, 1]) {
          const wrong = broken(k, (r) => {
            const [a, share] = [figures[r]![i], shares[r]![p]];
            if (!a || share === undefined || share === 0 || a.value === 0) return undefined;
            const computed = a.value * (1 + (sign * Math.abs(share)) / 100);
            return { computed, telling: !Number.isInteger(computed) || computed >= 100 };
          });
          if (wrong) return wrong;
        }
      }
    }
  return undefined;
}

/** A cell that holds a share alone: "20%", "−15 %", "**12,5 %**". */
const percentOf = (cell: string): number | undefined => {
  const m = /^[*_\s]*([-−+]?\d+(?:[.,]\d+)?)\s?%[*_\s]*$/.exec(cell);
  return m ? Number(m[1]!.replace('−', '-').replace(',', '.')) : undefined;
};

/** A line a listing marks as not to be counted. */
const LEFT_OUT =
  /\b(?:excl(?:uded|udes)?\b\.?|not included|non-?recoverable|not recoverable|non-?billable|not billable|void(?:ed)?|cancell?ed|reversed|duplicate|out of scope)/i;
const LIST_ITEM = /^\s*(?:[-*•]|\d+[.)])\s+/;
const AMOUNT = /(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,]*\d)|(?<![\w.,])\d+\.\d{2}(?![\w.]*\d)/;
const ANY_NUMBER = /(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.])\d+(?:\.\d+)?/g;

export interface ExcludedSummed {
  total: number;
  line: string;
}

/**
 * A total in `output` that is the sum of a source listing's amounts with a line the listing marks as
 * excluded added in, when the sum without it appears nowhere in the output.
 */
export function excludedLineSummed(output: string, sources: readonly string[]): ExcludedSummed | undefined {
  const stated = [...output.matchAll(ANY_NUMBER)].map((m) => Number(m[0].replace(/,/g, '')));
  for (const source of sources) {
    const items = source
      .split('\n')
      .filter((line) => LIST_ITEM.test(line))
      .flatMap((line) => {
        const amount = AMOUNT.exec(line.replace(LIST_ITEM, ''));
        return amount
          ? [{ line: line.trim(), value: Number(amount[0].replace(/,/g, '')), out: LEFT_OUT.test(line) }]
          : [];
      });
    const left = items.filter((item) => item.out);
    if (items.length < 3 || left.length === 0 || left.length === items.length) continue;
    const all = items.reduce((sum, item) => sum + item.value, 0);
    const kept = all - left.reduce((sum, item) => sum + item.value, 0);
    const near = (value: number) => stated.some((n) => Math.abs(n - value) < 0.01);
    if (near(all) && !near(kept)) return { total: all, line: left[0]!.line };
  }
  return undefined;
}

export interface WrongShare {
  share: string;
  stated: number;
  computed: number;
  unit: string;
}

// "Sn 22%: 81.8 kg", "78 % → 580.3 kg" and "580.3 kg (78%)".
const PCT_THEN_AMOUNT =
  /(?<![\d.])(\d{1,3}(?:\.\d+)?)\s?%\s*(?:[:=→]|->|—|–|-)?\s*(?:≈|~|approx\.?)?\s*([$€£])?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?([a-zA-Z³²]{1,6})?(?![\w%])/g;
const AMOUNT_THEN_PCT =
  /(?<![\w.,])([$€£])?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?([a-zA-Z³²]{1,6})?\s*\(\s*(\d{1,3}(?:\.\d+)?)\s?%\s*\)/g;

/**
 * A split of one whole stated as shares and amounts ("Cu 78%: 580.3 kg, Sn 22%: 81.8 kg"): when the
 * shares add up to 100 % the amounts must stand in the same proportion. One that does not is a
 * wrong figure, whatever the whole was (here Sn is 11 % of the charge the list says is 78/22).
 */
export function disproportionateShares(text: string): WrongShare | undefined {
  if (!text.includes('%')) return undefined;
  for (const paragraph of text.split(/\n\s*\n/)) {
    const pairs: { at: number; pct: number; amount: number; unit: string; shown: string }[] = [];
    const add = (m: RegExpMatchArray, pct: string, amount: string, unit: string | undefined) =>
      pairs.push({
        at: m.index!,
        pct: Number(pct),
        amount: Number(amount.replace(/,/g, '')),
        unit: (unit ?? '').toLowerCase(),
        shown: m[0].trim(),
      });
    for (const m of paragraph.matchAll(PCT_THEN_AMOUNT)) add(m, m[1]!, m[3]!, m[2] ?? m[4]);
    for (const m of paragraph.matchAll(AMOUNT_THEN_PCT)) add(m, m[4]!, m[2]!, m[1] ?? m[3]);
    pairs.sort((a, b) => a.at - b.at);
    // Runs of consecutive shares in one unit that make up a whole (100 %, give or take rounding).
    for (let start = 0; start < pairs.length; start++) {
      let sum = 0;
      for (let end = start; end < pairs.length && pairs[end]!.unit === pairs[start]!.unit; end++) {
        sum += pairs[end]!.pct;
        if (sum > 101) break;
        if (sum < 99 || end === start) continue;
        const run = pairs.slice(start, end + 1);
        if (run.some((pair) => pair.pct === 0 || pair.amount === 0)) break;
        // Each share against the largest one's proportion, so a wrong share does not hide in the sum.
        const largest = run.reduce((a, b) => (b.amount > a.amount ? b : a));
        for (const pair of run) {
          const expected = (largest.amount / largest.pct) * pair.pct;
          // Shares are rounded ("33%" of a third): half a unit of their last digit either side.
          const half = (pct: number) => 0.5 * 10 ** -(String(pct).split('.')[1]?.length ?? 0);
          const slack =
            expected * (half(pair.pct) / pair.pct + half(largest.pct) / largest.pct + 0.01) + 0.05;
          if (pair !== largest && Math.abs(expected - pair.amount) > slack)
            return {
              share: pair.shown,
              stated: pair.amount,
              computed: Math.round(expected * 100) / 100,
              unit: pair.unit,
            };
        }
        break;
      }
    }
  }
  return undefined;
}
