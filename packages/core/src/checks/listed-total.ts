/**
 * A total written right after the figures it adds up, that they do not give: "Lytton village 131,
 * Hwy 12 north 58, Botanie Valley Rd 23 — total 112" (212), "41 delayed, 17 damaged, 9 pilfered —
 * total 52 PIRs" (67). The list runs from the clause's start to the total word; each item is a label
 * and one figure, written in one order throughout. Arithmetic, not wording.
 */

import { TOTAL_LABELS } from './lexicon.ts';
import { readings } from './stated-arithmetic.ts';

const NUMBER = String.raw`\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const CURRENCY = String.raw`[$€£¥₹₩₺₦₱₫₴₪]|R\$|S\/|Rs\.?|Rp\.?|R(?=\s?\d)`;
/** A total word after a dash, colon or comma, then its figure: "— total 52", ", łącznie 1 146 500 zł". */
const TOTAL = new RegExp(
  String.raw`(?:[—–:;,=]|\s-)\s*\**(?:${TOTAL_LABELS})(?![\p{L}])\**\s*[:=]?\s*\**\s*((?:${CURRENCY})?\s?(?:${NUMBER}))(?![\d.,]?\d|\s?%|[/:-]\d)`,
  'giu',
);
/** Figures in an item, with a currency before them. */
const FIGURE = new RegExp(
  String.raw`(?<![\d.,\p{L}])(?:(?:${CURRENCY})\s?)?(?:${NUMBER})(?![\d]|[.,]\d)`,
  'gu',
);
/** Where items part: a comma or semicolon before a space, "and" in the languages teams write in, "+". */
const SEPARATOR = /,\s+|;\s*|\s\+\s|\s+(?:and|und|y|et|e|i|oraz|en|og|och|ve|dan|và|и|та|ja)\s+/u;

interface Item {
  value: number[];
  places: number;
  currency: string;
}

const placesOf = (written: string) => {
  const plain = written.replace(/[\s\u00a0\u202f]/g, '');
  const m = /[.,](\d{1,2})$/.exec(plain);
  return m ? m[1]!.length : 0;
};
/** A currency written before or after a figure. */
const MONEY = /[$€£¥₹₩₺₦₱₫₴₪]|R\$|S\/|(?<![\p{L}])(?:zł|Kč|Ft|kr|lei|Rs|Rp|[A-Z]{3})(?![\p{L}])/u;
/** The currency an item or a total is written in, before or right after its figure; "" for none. */
const currencyOf = (text: string) =>
  (MONEY.exec(text)?.[0] ?? '')
    .replace(/^(?:EUR)$/, '€')
    .replace(/^(?:USD)$/, '$')
    .replace(/^(?:GBP)$/, '£');

/** An item's one figure: the last, ending it ("Hwy 12 north 58"), or the first, opening it ("41 delayed"). */
function itemOf(part: string, order: 'label-first' | 'figure-first'): Item | undefined {
  const text = part.replace(/\*\*|__/g, '').trim();
  if (!/\p{L}/u.test(text)) return undefined;
  const figures = [...text.matchAll(FIGURE)];
  if (figures.length === 0) return undefined;
  const figure = order === 'label-first' ? figures.at(-1)! : figures[0]!;
  if (order === 'label-first') {
    // Only a short unit may follow it ("58 km", "23 ha").
    if (!/^\s?[\p{L}$€£¥%.]{0,6}$/u.test(text.slice(figure.index + figure[0].length))) return undefined;
    // (Its label opens it: "1 200 pendants 50 mm" is a count of things of a size, no labelled figure.)
    if (!/^[^\d]*\p{L}/u.test(text.slice(0, figure.index)) || /^\d/.test(text)) return undefined;
  } else {
    if (figure.index !== 0 || figures.length > 1) return undefined;
  }
  if (/^\s?%/.test(text.slice(figure.index + figure[0].length))) return undefined;
  return { value: readings(figure[0]), places: placesOf(figure[0]), currency: currencyOf(text) };
}

/** Every sum the items' readings give (at most 64). */
function sums(items: readonly Item[]): number[] {
  let out = [0];
  for (const item of items) out = out.flatMap((acc) => item.value.map((v) => acc + v)).slice(0, 64);
  return out;
}

export function wrongListedTotal(output: string): { written: string; computed: number } | undefined {
  if (!/\d/.test(output)) return undefined;
  for (const m of output.matchAll(TOTAL)) {
    // The clause the list is: back to the line's start, a sentence's end or a colon.
    // (Remarks in brackets are no items: "9 pilfered (PIL)", "(registry 21 Aug)".)
    const before = output
      .slice(output.lastIndexOf('\n', m.index) + 1, m.index)
      .replace(/\([^()]*\)/g, (remark) => ' '.repeat(remark.length));
    // (A point before a small letter or a figure ends an abbreviation, "incl. 1", not a sentence.)
    const start = Math.max(
      0,
      ...[...before.matchAll(/[!?:]\s+(?=\S)|\.\s+(?=[^\p{Ll}\d\s])|\(/gu)].map((b) => b.index + b[0].length),
    );
    const list = before.slice(start);
    // Items with figures in their remarks ("3 trucks (1,650 cm)") are more than a label and a figure.
    if (/\([^()]*\d[^()]*\)/.test(output.slice(output.lastIndexOf('\n', m.index) + 1 + start, m.index)))
      continue;
    const parts = list.split(SEPARATOR).filter((p) => p.trim() !== '');
    if (parts.length < 2) continue;
    const items = (['label-first', 'figure-first'] as const)
      .map((order) => parts.map((p) => itemOf(p, order)))
      .find((read) => read.every((item) => item !== undefined)) as Item[] | undefined;
    if (!items) continue;
    const written = m[1]!;
    const stated = readings(written);
    // A count of the items ("rooms 101, 102 and 215 — total 3") is no sum of them.
    if (stated.includes(items.length)) continue;
    // Like adds to like: a sum of money over counts ("36 students, 2 adults, total €1,482") adds none of them.
    const after = output.slice(m.index + m[0].length, m.index + m[0].length + 6);
    const money =
      currencyOf(written) ||
      (/^\s?\**\s?(?:[$€£¥₹₩₺₦₱₫₴₪]|zł|Kč|Ft|kr|lei|[A-Z]{3}\b)/u.exec(after)?.[0] ?? '');
    if (new Set([...items.map((i) => i.currency), currencyOf(money)]).size > 1) continue;
    // (Items with decimals may each be rounded; whole counts are exact.)
    const tolerance =
      0.51 * 10 ** -placesOf(written) +
      items.reduce((a, i) => a + (i.places > 0 ? 0.5 * 10 ** -i.places : 0), 0) +
      1e-9;
    const computed = sums(items);
    if (computed.some((c) => stated.some((s) => Math.abs(c - s) <= tolerance))) continue;
    const off = (c: number) => Math.min(...stated.map((v) => Math.abs(c - v)));
    const near = computed.reduce((a, b) => (off(b) < off(a) ? b : a));
    return {
      written: `${list} ${m[0]}`.replace(/\s+/g, ' ').trim().slice(0, 160),
      computed: Math.round(near * 1e6) / 1e6,
    };
  }
  return undefined;
}
