/**
 * A rate the task gives ("reserve £92 a head") that the receiver states with the same number on
 * another basis or in another denomination ("92p/kg lw"): the number survived, the value did not.
 */

const BASES: Record<string, string> = {};
for (const [basis, names] of Object.entries({
  head: ['head', 'hd', 'animal', 'each', 'ea'],
  kg: ['kg', 'kilo', 'kilogram'],
  lb: ['lb', 'pound'],
  tonne: ['t', 'tonne', 'ton'],
  unit: ['unit', 'item', 'piece', 'pc'],
  hour: ['hour', 'hr', 'h'],
  day: ['day', 'night'],
  week: ['week', 'wk'],
  month: ['month', 'mo'],
  km: ['km'],
  mile: ['mile', 'mi'],
  litre: ['litre', 'liter', 'l'],
  m2: ['m2', 'm²', 'sqm'],
  person: ['person', 'pax', 'guest', 'head count'],
  word: ['word'],
  page: ['page'],
}))
  for (const name of names) BASES[name] = basis;

const BASIS = Object.keys(BASES)
  .sort((a, b) => b.length - a.length)
  .join('|');
const RATE = new RegExp(
  String.raw`(?<![\w.])([£$€])?\s?(\d+(?:[.,]\d+)?)\s?(p|c|ct|pence|cents?)?\s*(?:/\s?|\s+(?:a|an|per|each)\s+)(${BASIS})s?\b`,
  'gi',
);

interface Rate {
  text: string;
  number: number;
  /** Major units per minor unit stated: 1 for £/$/€, 0.01 for p/c; undefined when unsaid. */
  scale: number | undefined;
  basis: string;
}

function ratesOf(text: string): Rate[] {
  const out: Rate[] = [];
  for (const m of text.matchAll(RATE)) {
    const scale = m[1] ? 1 : m[3] ? 0.01 : undefined;
    // A bare number per unit ("40 per hour", "3/h") is a frequency, not a price.
    if (scale === undefined) continue;
    out.push({
      text: m[0].trim(),
      number: Number(m[2]!.replace(',', '.')),
      scale,
      basis: BASES[m[4]!.toLowerCase()]!,
    });
  }
  return out;
}

export function changedRateBasis(
  task: string,
  said: string,
): { stated: string; changed: string } | undefined {
  const asked = ratesOf(task);
  if (asked.length === 0) return undefined;
  const given = ratesOf(said);
  for (const rate of asked) {
    const value = (r: Rate) => r.number * (r.scale ?? 1);
    if (given.some((r) => r.basis === rate.basis && value(r) === value(rate))) continue;
    const changed = given.find(
      (r) => r.number === rate.number && (r.basis !== rate.basis || r.scale !== rate.scale),
    );
    if (changed) return { stated: rate.text, changed: changed.text };
  }
  return undefined;
}
