/**
 * A total handed on that is its own tool's total less exactly one of the items the tool added up,
 * where the answer says nothing of leaving anything out: the pricing tool gave six positions summing
 * to 96,291.60; the estimate passed on lists five and totals 78,658.00, the membrane's 17,633.60
 * short. The tool's total is found by its arithmetic (a number of the result equal to the sum of one
 * field over its list of records), never by the word that labels it.
 */
import { parsedResult } from '../util/parsed-result.ts';
import { BARE_FIGURE, figureValue } from './contrasted-figures.ts';

/** Words with which an answer tells that it leaves an item out, in the languages teams write in. */
const LEAVES_OUT =
  /(?<![\p{L}])(?:without|excl(?:uding|uded|\.)|except|apart from|minus|less|leaving out|left out|not included|ohne|ausgenommen|abzüglich|sans|hors|sauf|sin|excepto|sem|exceto|senza|escluso|zonder|exclusief|bez|oprócz|z wyjątkiem|poza|utan|uden|uten|tanpa|без|кроме)(?![\p{L}])/iu;

const near = (a: number, b: number) => Math.abs(a - b) <= 0.011;

interface ListTotal {
  total: number;
  items: number[];
}

/** Numbers of a result that sum one numeric field over a list of records beside them. */
function listTotals(data: unknown, depth = 0): ListTotal[] {
  if (depth > 4 || data === null || typeof data !== 'object') return [];
  const out: ListTotal[] = [];
  if (Array.isArray(data)) {
    for (const item of data) out.push(...listTotals(item, depth + 1));
    return out;
  }
  const entries = Object.entries(data as Record<string, unknown>);
  const numbers = entries.flatMap(([, v]) => (typeof v === 'number' ? [v] : []));
  for (const [, list] of entries) {
    if (
      !Array.isArray(list) ||
      list.length < 3 ||
      !list.every((r) => r && typeof r === 'object' && !Array.isArray(r))
    )
      continue;
    const fields = Object.keys(list[0] as object).filter((key) =>
      list.every((r) => typeof (r as Record<string, unknown>)[key] === 'number'),
    );
    for (const field of fields) {
      const items = list.map((r) => (r as Record<string, number>)[field]!);
      const sum = items.reduce((a, b) => a + b, 0);
      const total = numbers.find((n) => near(n, sum) && n !== 0);
      if (total !== undefined) out.push({ total, items });
    }
  }
  for (const [, value] of entries) out.push(...listTotals(value, depth + 1));
  return out;
}

export function droppedFromTotal(
  results: readonly unknown[],
  output: string,
): { total: number; stated: number; missing: number } | undefined {
  if (!/\d/.test(output) || LEAVES_OUT.test(output)) return undefined;
  let figures: number[] | undefined;
  for (const result of results) {
    const data = parsedResult(result, 100_000);
    if (data === undefined || typeof data !== 'object') continue;
    for (const { total, items } of listTotals(data)) {
      figures ??= [...output.matchAll(BARE_FIGURE)].map((m) => figureValue(m[0]));
      if (figures.some((f) => near(f, total))) continue;
      // Exactly one item whose removal gives a figure the answer states, and that item named nowhere.
      const short = items.filter(
        (item) =>
          item > 0 &&
          total - item >= 100 &&
          figures!.some((f) => near(f, total - item)) &&
          !figures!.some((f) => near(f, item)),
      );
      if (short.length !== 1 || new Set(items).size !== items.length) continue;
      const missing = short[0]!;
      return { total, stated: Math.round((total - missing) * 100) / 100, missing };
    }
  }
  return undefined;
}
