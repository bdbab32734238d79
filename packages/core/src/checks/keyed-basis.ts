/**
 * A figure a tool returns under a key that names its basis (`cut_time_per_part_min: 4.2`,
 * `parts_per_sheet: 18`) that the agent states on another basis the same result also counts in
 * ("4.2 min per sheet"): the number survived, its meaning did not.
 */
import { parsedResult } from '../util/parsed-result.ts';

/** Basis words that name one thing: a part is a piece, an item, each one. */
const SAME: Record<string, string> = {
  piece: 'part',
  pc: 'part',
  pcs: 'part',
  item: 'part',
  unit: 'part',
  each: 'part',
  ea: 'part',
  hr: 'hour',
  h: 'hour',
  kilo: 'kg',
  kilogram: 'kg',
  // A unit written short or in full, in either spelling: "kr/l" is `kr_per_liter`'s basis.
  l: 'liter',
  ltr: 'liter',
  litre: 'liter',
  lt: 'liter',
  t: 'tonne',
  ton: 'tonne',
  m: 'metre',
  meter: 'metre',
  person: 'head',
  pax: 'head',
  guest: 'head',
};

const basisOf = (word: string): string => {
  const lower = word.toLowerCase().replace(/(?<=[a-z]{3})e?s$/, '');
  return SAME[lower] ?? lower;
};

/** `cut_time_per_part_min` → part, `parts_per_sheet` → sheet, `pricePerKg` → kg. */
const KEY_BASIS = /(?:^|_|-)per[_-]([a-z]+)|[a-z]Per([A-Z][a-z]*)/;

interface Keyed {
  key: string;
  value: number;
  basis: string;
  /** The keys of the records it sits in (`spuit` for `{ spuit: { inhoud_per_wissel_ml } }`), as bases: what it is of. */
  within: string[];
}

function keyedFigures(data: unknown): Keyed[] {
  const out: Keyed[] = [];
  const visit = (value: unknown, depth: number, within: string[]) => {
    if (!value || typeof value !== 'object' || depth > 8) return;
    for (const [key, item] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
      if (typeof item === 'number' && typeof key === 'string') {
        const m = KEY_BASIS.exec(key);
        if (m) out.push({ key, value: item, basis: basisOf(m[1] ?? m[2]!), within });
      } else visit(item, depth + 1, typeof key === 'string' ? [...within, basisOf(key)] : within);
    }
  };
  visit(data, 0, []);
  return out;
}

/**
 * The words a result counts in: its keys' and its short text values' words, as bases. Prose it
 * carries (a sub-agent's answer under `text`) says what an agent wrote, not what the data counts.
 */
function wordsOfResult(data: unknown): Set<string> {
  const parts: string[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 8 || value === null || value === undefined) return;
    if (typeof value === 'string') {
      if (value.length <= 40) parts.push(value);
    } else if (typeof value === 'object')
      for (const [key, item] of Object.entries(value)) {
        parts.push(key);
        visit(item, depth + 1);
      }
  };
  visit(data, 0);
  const text = parts.join(' ').replace(/([a-z])([A-Z])/g, '$1 $2');
  return new Set((text.match(/[A-Za-z]+/g) ?? []).map(basisOf));
}

/** A figure as written: "3.9" as "3.90" or "3,9" too. */
const number = (value: number) => {
  const [whole, decimals] = String(value).split('.');
  return String.raw`(?<![\d.,])${whole}${decimals ? `[.,]${decimals}0*` : ''}`;
};

export function restatedOnOtherBasis(
  result: unknown,
  output: string,
): { key: string; value: number; stated: string } | undefined {
  const data = parsedResult(result, 20_000);
  if (!data || !/\bper\b|\//i.test(output)) return undefined;
  const keyed = keyedFigures(data);
  if (keyed.length === 0) return undefined;
  const counted = wordsOfResult(data);
  for (const figure of keyed) {
    // "4.2 min per sheet", "£3.90/kg", "18 a sheet": the figure, a unit word or two, then its basis.
    const stated = new RegExp(
      String.raw`${number(figure.value)}(?![\d]|[.,]\d)\s?(?:[A-Za-z%°£$€]{1,6}\s?){0,2}(?:\/\s?|\b(?:per|a|an|each)\s+)([A-Za-z]+)`,
      'g',
    );
    for (const m of output.matchAll(stated)) {
      const basis = basisOf(m[1]!);
      // Stated per the record it sits in ("48,6 ml per spuit" from the `spuit` record): that one record.
      if (basis === figure.basis || !counted.has(basis) || figure.within.includes(basis)) continue;
      // Another figure of the result with that value on the basis stated is what was meant.
      if (keyed.some((other) => other.value === figure.value && other.basis === basis)) continue;
      return { key: figure.key, value: figure.value, stated: m[0] };
    }
  }
  return undefined;
}
