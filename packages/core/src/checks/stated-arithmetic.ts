/**
 * Arithmetic an output writes out and gets wrong: "32,00 × 18,50 × 0,60 = 35,52 m³" (it is 355,2),
 * "4 + 7 + 12 = 21". Figures are read in either decimal style ("3.604,12 €", "3,604.12"), each with
 * its unit or sign; the result may be rounded to the places it is written with.
 */

import { escapeRegExp } from '../util/escape-reg-exp.ts';
import { TOTAL_LABELS } from './lexicon.ts';
import { productScale } from './unit-conversion.ts';

const NUMBER = String.raw`\d{1,3}(?:[.,\u00a0 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
/** A figure with what may stand around it: a currency sign, bold marks, a unit ("m³", "€/m³"). */
const TERM = String.raw`\**[$€£¥]?\s?(?:${NUMBER})\s?(?:[%€$£]|[\p{L}µ°²³/€]{1,12})?\**`;
const CHAIN = new RegExp(
  String.raw`(?<![\w.,:/-])(${TERM}(?:\s*([×x*+])\s*${TERM})+)\s*=\s*(${TERM})(?![:/.,]?\d)(?!\s*[×x*^]\s*\d)`,
  'gu',
);

/** The values a written figure may stand for: "35,52" is 35.52; "1,030" is 1030 or 1.03. */
export function readings(written: string): number[] {
  // "20 %" of a figure is a fifth of it.
  if (written.includes('%')) return readings(written.replace('%', '')).map((n) => n / 100);
  const figure = written.replace(/[^\d.,\u00a0 ]/g, '').trim();
  const plain = figure.replace(/[\u00a0 ]/g, '');
  const lastDot = plain.lastIndexOf('.');
  const lastComma = plain.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    return [Number(plain.split(group).join('').replace(decimal, '.'))];
  }
  const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : '';
  if (!sep) return [Number(plain)];
  const parts = plain.split(sep);
  const asDecimal = parts.length === 2 ? Number(parts.join('.')) : Number.NaN;
  const asGroups = parts.slice(1).every((p) => p.length === 3) ? Number(parts.join('')) : Number.NaN;
  return [asDecimal, asGroups].filter((n) => Number.isFinite(n));
}

const places = (written: string) => /[.,](\d+)\D*$/.exec(written.replace(/[^\d.,]/g, ''))?.[1]?.length ?? 0;

/** Whether `value` is what a written figure says, to the places it is written with (either reading). */
const writtenAs = (written: string, value: number) => {
  const tolerance = 0.51 * 10 ** -places(written);
  return readings(written).some((s) => Math.abs(value - s) <= tolerance + 1e-9);
};

/** Of the figures worked out, the first nearest (relatively) to one of the readings of what a text states. */
function nearestTo(computed: readonly number[], stated: readonly number[]): number {
  const off = (c: number) => Math.min(...stated.map((v) => Math.abs(c - v) / Math.max(Math.abs(v), 1e-9)));
  return computed.reduce((a, b) => (off(b) < off(a) ? b : a));
}

/** Every way the terms may be read, each with the operator applied ("800 + 5 %" adds 5 % of 800). */
function results(terms: string[], op: string): number[] {
  let out = [op === '+' ? 0 : 1];
  for (const term of terms) {
    const next: number[] = [];
    const share = op === '+' && term.includes('%');
    for (const acc of out)
      for (const value of readings(term))
        next.push(share ? acc * (1 + value) : op === '+' ? acc + value : acc * value);
    out = next.slice(0, 64);
  }
  return out;
}

/** A term's unit: its currency sign or the word after its figure ("£", "m³", "h"); "" for a bare figure. */
const unitOf = (term: string) =>
  (/[$€£¥]/.exec(term)?.[0] ?? /\d\s?([A-Za-zµ°²³/€%]{1,6})\**$/.exec(term)?.[1] ?? '').toLowerCase();
/** Letters after a figure that scale it or stand for an unknown: "0.5 M", "3x", "2k". */
const SCALE_OR_UNKNOWN = /^(?:[kmbtxyzn]|mn|bn|mio|mrd)$/i;

/** A share right before a product, in the languages teams write in: "75 % of", "75 % van", "75 % de". */
const SHARE_OF =
  /\d\s?(?:%|percent|per cent|procent|prozent|por ciento|pour cent|per cento)\s+(?:of|van|de|von|di|del|da|du|des|z|ze|av|af|från)\s+(?:the\s+|het\s+|de\s+|la\s+|le\s+|der\s+|die\s+)?$/iu;

/** The first product or sum an output writes out whose stated result none of its readings gives. */
const PREFIX: Record<string, number> = { k: 1e3 };
/** How many of the terms' unit one of the result's is, where the result's is it with kilo before it ("kw" over "w", "kg" over "g"; units are read in lower case, so M and m are not told apart). */
function prefixScale(result: string, terms: readonly string[]): number {
  const base = terms.find((u) => u !== '' && u !== '%');
  if (!base || result.length !== base.length + 1 || !result.endsWith(base)) return 1;
  return PREFIX[result[0]!] ?? 1;
}

export function wrongStatedArithmetic(output: string): { written: string; computed: number } | undefined {
  if (!output.includes('=')) return undefined;
  for (const m of output.matchAll(CHAIN)) {
    // A factor before the chain that this reading could not take ("22 personas × 4 meses × …", a
    // share of it: "75 % van 75 mg/m² × 1,86 m² = 104,6 mg"): the chain is only part of the product.
    const lead = output.slice(Math.max(0, m.index - 40), m.index);
    if (/\d\s?\p{L}{7,}\s*[×*]\s*$|\d\s?\p{L}+\s+x\s+$/u.test(lead) || SHARE_OF.test(lead)) continue;
    const ops = new Set(m[1]!.match(/\s[×x*+]\s|[×*+]/g)?.map((o) => o.trim()) ?? []);
    // One operator throughout ("a × b + c" needs an order this reading does not give).
    if (ops.size !== 1) continue;
    const op = [...ops][0] === '+' ? '+' : '×';
    // ("x" is a times sign only between spaces: "3x" is a term.)
    const terms = m[1]!.split(/\s+x\s+|\s*[×*+]\s*/).filter((t) => /\d/.test(t));
    if (terms.length < 2) continue;
    const units = terms.map(unitOf);
    if ([...units, unitOf(m[3]!)].some((u) => SCALE_OR_UNKNOWN.test(u))) continue;
    // A sum adds like to like ("46 h + £500" adds nothing); a share of a figure names that figure
    // ("20 % × £15,600"; "80 % × 12" leaves its base out).
    const percents = units.filter((u) => u === '%').length;
    if (op === '+' && new Set(units.filter((u) => u !== '%')).size > 1) continue;
    if (op === '×' && percents > 0 && (terms.length !== 2 || units.every((u) => u === '' || u === '%')))
      continue;
    // A result in a larger unit of what the terms give ("44 × 440 W = 19.36 kW"): read in the terms' unit.
    const scale = prefixScale(unitOf(m[3]!), units);
    const stated = readings(m[3]!).map((v) => v * scale);
    const tolerance = 0.51 * 10 ** -places(m[3]!) * scale;
    // (A share added is rounded to what is ordered: "702 + 5 % = 740 slates".)
    const computed = results(terms, op);
    // The units may make the bare product another figure ("2,4 L/s × 36 saat" is 311 m³, not 86,4:
    // a second is no hour and a litre no m³).
    const unitScale = op === '×' && scale === 1 ? (productScale(units, unitOf(m[3]!)) ?? 1) : 1;
    const convert = Math.abs(unitScale - 1) >= 0.01;
    const fits = computed.some((c) =>
      stated.some((s) =>
        convert
          ? Math.abs(c * unitScale - s) <= 0.01 * Math.abs(s)
          : Math.abs(c - s) <= tolerance + 1e-9 ||
            Math.abs(c - s) <= (percents > 0 ? 0.01 : 0.002) * Math.abs(s),
      ),
    );
    if (fits || computed.length === 0) continue;
    // The reading nearest what it says, as the figure it should have written.
    const near = nearestTo(computed, stated) * unitScale;
    return { written: m[0].trim(), computed: Math.round(near * 1e6) / 1e6 };
  }
  return wrongBracketProduct(output);
}

/** A factor and a bracketed sum or difference, either way round: "5 × (62 + 25) = 535 mg". */
const BRACKET_PRODUCT = new RegExp(
  String.raw`(?<![\w.,:/-])(?:(${TERM})\s*[×*]\s*\(\s*(${TERM})\s*([+−-])\s*(${TERM})\s*\)|\(\s*(${TERM})\s*([+−-])\s*(${TERM})\s*\)\s*[×*]\s*(${TERM}))\s*=\s*(${TERM})(?![:/.,]?\d)(?!\s*[×x*/^]\s*\d)`,
  'gu',
);

/** A product of a figure and a bracketed sum that the result it states does not give: "AUC 5 × (62 + 25) = 535 mg" (435). */
function wrongBracketProduct(output: string): { written: string; computed: number } | undefined {
  if (!output.includes('(')) return undefined;
  for (const m of output.matchAll(BRACKET_PRODUCT)) {
    const [factor, a, op, b] = m[1] ? [m[1], m[2]!, m[3]!, m[4]!] : [m[8]!, m[5]!, m[6]!, m[7]!];
    const result = m[9]!;
    // Part of a longer expression ("10 / 2 × (3 + 1)"): not the whole of what the result gives.
    if (/[×x*/÷+−-]\s*$/.test(output.slice(Math.max(0, m.index - 4), m.index))) continue;
    if ([factor, a, b, result].some((t) => SCALE_OR_UNKNOWN.test(unitOf(t)))) continue;
    // The bracket adds like to like.
    if (unitOf(a) !== unitOf(b)) continue;
    const computed: number[] = [];
    for (const f of readings(factor))
      for (const x of readings(a))
        for (const y of readings(b)) computed.push(f * (op === '+' ? x + y : x - y));
    if (computed.length === 0) continue;
    const stated = readings(result);
    const tolerance = 0.51 * 10 ** -places(result);
    if (
      computed.some((c) =>
        stated.some((v) => Math.abs(c - v) <= tolerance + 1e-9 || Math.abs(c - v) <= 0.002 * Math.abs(v)),
      )
    )
      continue;
    return { written: m[0].trim(), computed: Math.round(nearestTo(computed, stated) * 1e6) / 1e6 };
  }
  return undefined;
}

/** A labelled term of a sum in brackets: "morning 8,310", "T1 10,000", "8,310 l". */
const LABELLED = String.raw`(?:\p{L}[\p{L}\d-]{0,11}\s+)?(${TERM})`;
/** A figure, then the sum that makes it in brackets: "21,480 l (morning 8,310 + evening 4,170)". */
const BRACKET_SUM = new RegExp(
  String.raw`(?<![\w.,:/-])(${TERM})\s*\(\s*(${LABELLED.replace(/\((?!\?)/g, '(?:')}(?:\s*\+\s*${LABELLED.replace(/\((?!\?)/g, '(?:')})+)\s*\)`,
  'gu',
);

/**
 * A figure followed by the sum that makes it up, in brackets, which does not give it: "average
 * daily intake 21,480 l (morning 8,310 + evening 4,170)" (12,480). The terms add like to like.
 */
export function wrongBracketSum(output: string): { written: string; computed: number } | undefined {
  if (!output.includes('+')) return undefined;
  for (const m of output.matchAll(BRACKET_SUM)) {
    const terms = m[2]!
      .split(/\s*\+\s*/)
      .map((t) => t.replace(/^\p{L}[\p{L}\d-]{0,11}\s+(?=[$€£¥*\d])/u, ''))
      .filter((t) => /\d/.test(t));
    if (terms.length < 2) continue;
    const units = [m[1]!, ...terms].map(unitOf);
    if (units.some((u) => SCALE_OR_UNKNOWN.test(u) || u === '%')) continue;
    if (new Set(units.filter((u) => u !== '')).size > 1) continue;
    // (Chainage and codes write "+" with no space: "km 0+021".)
    if (!/\s\+|\+\s/.test(m[2]!)) continue;
    const computed = results(terms, '+');
    if (computed.length === 0 || computed.some((c) => writtenAs(m[1]!, c))) continue;
    // The sum of another figure of its line, written before it: "142 total: S 10 · … XXL 10 (warehouse 64 + crates 78)".
    const line = output.slice(output.lastIndexOf('\n', m.index) + 1, m.index);
    const others = [...line.matchAll(new RegExp(`(?<![\\w.,])(?:${NUMBER})(?![\\d])`, 'gu'))].map(
      (f) => f[0],
    );
    if (others.some((f) => computed.some((c) => writtenAs(f, c)))) continue;
    const stated = readings(m[1]!);
    // The reading nearest what it says (the larger of two as near: "8,310" grouped, not 8.31).
    const off = (c: number) => Math.min(...stated.map((v) => Math.abs(c - v) / Math.max(Math.abs(v), 1e-9)));
    const near = computed.reduce((a, b) =>
      off(b) < off(a) - 1e-9 || (Math.abs(off(b) - off(a)) <= 1e-9 && b > a) ? b : a,
    );
    return { written: m[0].trim(), computed: Math.round(near * 1e6) / 1e6 };
  }
  return undefined;
}

/** Words naming the amount a rate is taken of: "Bemessungsgrundlage", "base imponible", "net", "subtotal". */
const BASIS =
  /(?<![\p{L}])(?:bemessungsgrundlage|basis|tax base|taxable (?:amount|base)|net(?:to)?(?: amount)?|gross|brutto|bruto|subtotal|zwischensumme|base imponible|base de cálculo|base tributável|imponibile|base imposable|montant ht|grondslag|heffingsgrondslag|podstawa(?: opodatkowania)?|základ(?: daně)?|adóalap|matrah|dasar pengenaan)(?![\p{L}])/iu;
const BASIS_ALL = new RegExp(BASIS.source, 'giu');
/** A figure with its grouping and decimals, in either style. */
const AMOUNT = String.raw`\d{1,3}(?:[.,\u00a0 ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
/** A currency after a figure, bold marks aside. */
const CURRENCY_AFTER = String.raw`[*_\s]*([$€£¥]|[A-Z]{3}\b|zł|Kč|Ft|kr)`;
const LINE_FIGURE = new RegExp(String.raw`(?<![\w.,])(${AMOUNT})(?![\d])(?:${CURRENCY_AFTER})?`, 'gu');
/** A currency right before a figure, bold marks aside: "₦67,140", "**R$ 1.200**". */
const CURRENCY_BEFORE = /([$€£¥₦₹₱₩₺₫₴₽₸]|R\$|Rp|KSh|Rs\.?)[*_\s]*$/u;
/** The currency of a line's figure at `at`, written after it or right before it. */
const currencyOf = (line: string, at: number, after: string | undefined) =>
  after ?? CURRENCY_BEFORE.exec(line.slice(Math.max(0, at - 6), at))?.[1];
/** The amount on the rest of a basis's line, with its currency: the figure that has one ("KZ 048: 23.600,00 €"). */
function basisFigure(rest: string): { figure: string; currency: string } | undefined {
  const line = rest.split('\n')[0]!;
  for (const f of line.matchAll(LINE_FIGURE)) {
    const currency = currencyOf(line, f.index, f[2]);
    if (currency) return { figure: f[1]!, currency };
  }
  return undefined;
}
/** "USt 20 % (KZ 088): **4.270,00 €**": a rate and the amount the line gives for it. */
const RATE_LINE = new RegExp(
  String.raw`(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s?%[^\d\n]{0,24}?(?:\([^)\n]{0,16}\)[^\d\n]{0,8}?)?(${AMOUNT})(?![\d%])(?:${CURRENCY_AFTER})?`,
  'gud',
);
/** Taxes a gross amount already holds: a rate of them is no share of it ("Gross €1,200; VAT 20 %: €200"). */
const INCLUDED_TAX =
  /(?<![\p{L}])(?:vat|gst|hst|sales tax|ust|mwst|iva|tva|btw|moms|mva|alv|áfa|dph|pdv|kdv|ppn|ндс)(?![\p{L}])/iu;
/** A line whose amount is the basis and its rate together, or no share of it: gross, totals, limits. */
const NOT_A_SHARE =
  /(?<![\p{L}])(?:brutto|gross|incl\p{L}*|inkl\p{L}*|total|gesamt|summe|con iva|ttc|cap|max\p{L}*|min\p{L}*|up to|bis zu)(?![\p{L}])/iu;

/**
 * A rate taken of the basis the text states, with the wrong amount: "Bemessungsgrundlage 23.600,00 €
 * … USt 20 %: 4.270,00 €" (20 % of it is 4.720,00). One basis figure in the text; the rate's line
 * gives one amount, not a gross or a total.
 */
export function wrongShareOfBasis(output: string): { written: string; computed: number } | undefined {
  if (!output.includes('%')) return undefined;
  const named = BASIS.exec(output);
  if (!named) return undefined;
  const after = output.slice(named.index + named[0].length);
  const basis = basisFigure(after);
  if (!basis) return undefined;
  const bases = readings(basis.figure);
  // Another basis named with another figure: which one a rate is of is not read here.
  for (const m of after.matchAll(BASIS_ALL)) {
    const other = basisFigure(after.slice(m.index + m[0].length));
    if (other && other.figure !== basis.figure) return undefined;
  }
  const gross = /^(?:gross|brutto|bruto)$/i.test(named[0]);
  for (const line of output.split('\n')) {
    if (NOT_A_SHARE.test(line) || BASIS.test(line) || (gross && INCLUDED_TAX.test(line))) continue;
    const rates = [...line.matchAll(RATE_LINE)];
    // One rate and one amount on the line, in the basis's currency (a table row of several amounts,
    // a share of something else, "2.1 %, FM 0.4 %, 3.2 ppb", is not read).
    if (rates.length !== 1) continue;
    if (currencyOf(line, rates[0]!.indices![2]![0], rates[0]![3]) !== basis.currency) continue;
    if ([...line.matchAll(LINE_FIGURE)].filter((f) => currencyOf(line, f.index, f[2])).length !== 1) continue;
    const m = rates[0]!;
    const rate = Number(m[1]!.replace(',', '.'));
    const computed = bases.map((b) => (b * rate) / 100);
    if (computed.some((c) => writtenAs(m[2]!, c))) continue;
    // (Of the basis's readings, the one on the amount's scale: "67,140" beside "56,998".)
    const stated = readings(m[2]!);
    const off = (c: number) =>
      Math.min(...stated.map((v) => Math.abs(Math.log(Math.abs(c) / Math.abs(v) || 1e-9))));
    // (A tie is the grouped reading: money has two decimals, not three.)
    const near = computed.reduce((a, b) =>
      off(b) < off(a) - 1e-9 || (off(b) <= off(a) + 1e-9 && b > a) ? b : a,
    );
    return { written: `${line.trim().slice(0, 80)}`, computed: Math.round(near * 100) / 100 };
  }
  return undefined;
}

/** Words before a figure that make it the whole, what was used of it, and what is left. */
const WHOLE =
  /(?<![\p{L}])(?:award(?:ed)?|budget|allocated|allocation|granted|approved|gesamtbudget|bewilligt|presupuesto|asignado|orçamento|stanziamento|budżet|rozpočet|keret|bütçe|anggaran)(?![\p{L}])/giu;
const USED =
  /(?<![\p{L}])(?:spent|used|consumed|paid out|ausgegeben|verbraucht|gastado|utilizado|speso|besteed|förbrukat|forbrukt|brugt|käytetty|wydan[oey]|vyčerpáno|čerpáno|felhasznált|harcanan|terpakai|cheltuit)(?![\p{L}])/giu;
const LEFT =
  /(?<![\p{L}])(?:remaining|remainder|balance(?: left| remaining| available)?|left|verbleibend\p{L}*|restbudget|restante|saldo disponible|rimanente|resterend|kvar|gjenstående|tilbage|jäljellä|pozostał[oa]|zbývá|maradék|kalan|sisa|rămas)(?![\p{L}])/giu;
const AMOUNT_ALL = new RegExp(AMOUNT, 'gu');
const FIGURE_AFTER = new RegExp(String.raw`^[^\d\n]{0,16}?(${AMOUNT})(?![\d%])`, 'u');

/** The figures named by one kind of word, one per naming: the first within a few characters after it. */
function namedFigures(text: string, words: RegExp): string[] {
  return [...text.matchAll(words)].flatMap((m) => {
    const figure = FIGURE_AFTER.exec(text.slice(m.index + m[0].length))?.[1];
    return figure ? [figure] : [];
  });
}

/** One figure each named by each kind of word, or nothing where any kind names none or several. */
function onePerKind(text: string, kinds: readonly RegExp[]): string[] | undefined {
  const figures = kinds.map((words) => [...new Set(namedFigures(text, words))]);
  return figures.every((f) => f.length === 1) ? figures.map((f) => f[0]!) : undefined;
}

/** Every way `from` less `less` may be read, where the second reads smaller. */
const differences = (from: string, less: string) =>
  readings(from).flatMap((a) =>
    readings(less)
      .filter((b) => b < a)
      .map((b) => a - b),
  );

/**
 * What is left of a whole, given wrong: "award €120,000.00, spent €48,310.00 … Remaining:
 * €81,690.00" (it is 71,690). One figure each for the whole, what was used and what is left.
 */
export function wrongRemainder(output: string): { written: string; computed: number } | undefined {
  const named = onePerKind(output, [WHOLE, USED, LEFT]);
  if (!named) return undefined;
  const [w, u, l] = named as [string, string, string];
  if (new Set([w, u, l]).size < 3) return undefined;
  const computed = differences(w, u);
  const fits = (c: number) => writtenAs(l, c);
  if (computed.length === 0 || computed.some(fits)) return undefined;
  // Used in several parts ("spent 12 h on the review and 9 h on tests; remaining 19 h"): the whole
  // less every figure written between the whole and what is left.
  const [from, to] = [output.indexOf(w), output.lastIndexOf(l)];
  const between = [...output.slice(from + w.length, to).matchAll(AMOUNT_ALL)];
  const parts = between.reduce((sum, m) => sum + (readings(m[0])[0] ?? 0), 0);
  if (readings(w).some((a) => fits(a - parts))) return undefined;
  return { written: `${w} − ${u} = ${l}`, computed: Math.round(computed[0]! * 100) / 100 };
}

/** A weight labelled gross, tare or net, its figure right after the label (a JSON key too: `"bruto_kg": 12480`). */
const weightLabelled = (labels: string) =>
  new RegExp(
    String.raw`(?<![\p{L}])(?:${labels})(?:_?(?:kg|t|lbs?)\b)?["']?(?:\s+(?:weight|wt\.?))?\s*[:=]?\s*\**\s*(${AMOUNT})(?![\d.,]?\d)\s?(kg|t|lbs?|g)?(?![\p{L}])`,
    'giu',
  );
const GROSS = weightLabelled('gross|brutto|bruto|brut|bruttó|brüt|kotor');
const TARE = weightLabelled('tare|tara|tára|dara|taara|tarra');
const NET = weightLabelled('net|nett|netto|neto|nettó|bersih');

/** The values every figure of a list may stand for, or none where two figures differ ("12.480" and 12480 agree). */
function agreed(figures: readonly string[]): number[] {
  if (figures.length === 0) return [];
  return readings(figures[0]!).filter((value) =>
    figures.every((figure) => readings(figure).some((other) => Math.abs(other - value) < 1e-9)),
  );
}

/**
 * A net weight that is not its gross less its tare: "bruto 12.480 kg, tara 4.310 kg" handed to it,
 * "Netto 8.710 kg" written (it is 8.170). The gross and tare may come from what it was given; each
 * of the three is one figure wherever it is named (two loads, or a net after other deductions
 * named in other words, "netto bayar", are not read), in one unit.
 */
export function wrongNetWeight(
  output: string,
  sources: () => readonly string[] = () => [],
): { written: string; computed: number } | undefined {
  const nets = [...output.matchAll(NET)];
  if (nets.length === 0) return undefined;
  const all = [output, ...sources()].join('\n');
  const gross = [...all.matchAll(GROSS)];
  const tare = [...all.matchAll(TARE)];
  if (gross.length === 0 || tare.length === 0) return undefined;
  const units = new Set([...nets, ...gross, ...tare].flatMap((m) => (m[2] ? [m[2].toLowerCase()] : [])));
  if (units.size > 1) return undefined;
  const [g, t, n] = [gross, tare, nets].map((list) => agreed(list.map((m) => m[1]!))) as [
    number[],
    number[],
    number[],
  ];
  if (g.length === 0 || t.length === 0 || n.length === 0) return undefined;
  const computed = g.flatMap((a) => t.filter((b) => b < a).map((b) => a - b));
  const written = nets[0]![1]!;
  if (computed.length === 0 || computed.some((c) => writtenAs(written, c))) return undefined;
  return { written: nets[0]![0].trim(), computed: Math.round(nearestTo(computed, n) * 1000) / 1000 };
}

/** Words before a figure that make it what is needed, what is held, and what is to be got. */
const NEEDED = /(?<![\p{L}])(?:need(?:ed|s)?|required|requires?|requirement|target)(?![\p{L}])|→|=>/giu;
const HELD = /(?<![\p{L}])(?:hold|holds|held|have|has|stock(?:ed)? of)(?![\p{L}])/giu;
const GOT = /(?<![\p{L}])(?:order|ordering|buy|purchase|request|add)(?![\p{L}])/giu;
const MORE = /^[^\d\n]{0,16}?\d[\d.,]*\s+(?:\p{L}+\s+){0,2}?(?:more|additional|extra|further)(?![\p{L}])/iu;

/**
 * A shortfall worked out wrong, in one paragraph: "1 copy per 10 students → 24 copies; we hold 9 …
 * order 6 more" (it is 15). One figure each for what is needed, what is held and what more is got.
 */
export function wrongShortfall(output: string): { written: string; computed: number } | undefined {
  for (const paragraph of output.split(/\n\s*\n/)) {
    const named = onePerKind(paragraph, [NEEDED, HELD, GOT]);
    if (!named) continue;
    const order = [...paragraph.matchAll(GOT)].find((m) => MORE.test(paragraph.slice(m.index + m[0].length)));
    if (!order) continue;
    const [n, h, g] = named as [string, string, string];
    if (new Set([n, h, g]).size < 3) continue;
    const shortfalls = differences(n, h);
    if (shortfalls.length === 0 || shortfalls.some((c) => writtenAs(g, c))) continue;
    return { written: `${n} − ${h} = ${g}`, computed: shortfalls[0]! };
  }
  return undefined;
}

/** A figure in either decimal style, spaces grouping thousands too: "10 000", "0,35", "1,050.5". */
const FIGURE = String.raw`\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
/** A rate: so much of one unit per so much of another ("0,35 mm / 10 000 km", "45 m³/min", "857 km/jour"). */
const RATE = new RegExp(
  String.raw`(?<![\w.,])(${FIGURE})\s?([\p{L}µ°][\p{L}²³]{0,4})\s?\/\s?(?:(${FIGURE})\s?)?([\p{L}][\p{L}²³]{0,7})(?![\p{L}])`,
  'gu',
);
/** Words that make the figure after them worked out from what stands before: "soit", "i.e.", "→", "≈". */
const DERIVED = String.raw`(?:soit|i\.e\.|so|thus|hence|that is|which is|gives|=|→|->|≈|~|about|approx\.?|approximately|environ|donc|also|etwa|ungefähr|circa|ca\.|około|czyli|ongeveer|dus|cioè|circa|o sea|es decir|aproximadamente|ou seja|cerca de)`;

/** A figure read as a number, grouping and decimals in either style ("10 000", "0,35", "1.050"). */
function figureValue(written: string): number[] {
  return readings(written.replace(/[\u00a0\u202f ]/g, ''));
}

/**
 * A figure a sentence works out from a rate and an amount, wrongly: "marge 1,4 mm. Vitesse d'usure
 * 0,35 mm / 10 000 km, soit environ 400 000 km" (1,4 ÷ 0,35 × 10 000 is 40 000). The units say
 * which way: an amount in the rate's first unit divided by it gives its second, an amount in its
 * second multiplied gives its first. Any amount of the unit before the rate may be the one used;
 * "about" allows 15 %.
 */
export function wrongRateDerived(output: string): { written: string; computed: number } | undefined {
  if (!output.includes('/')) return undefined;
  for (const rate of output.matchAll(RATE)) {
    const [per, top, over, bottom] = [rate[1]!, rate[2]!.toLowerCase(), rate[3], rate[4]!.toLowerCase()];
    if (top === bottom) continue;
    const after = output.slice(rate.index + rate[0].length, rate.index + rate[0].length + 60);
    const result = new RegExp(
      String.raw`^[^.;\n\d]{0,12}?${DERIVED}[^.;\n\d]{0,16}?(${FIGURE})\s?([\p{L}][\p{L}²³]{0,7})(?![\p{L}\/])`,
      'iu',
    ).exec(after);
    if (!result) continue;
    const unit = result[2]!.toLowerCase();
    if (unit !== top && unit !== bottom) continue;
    // The amounts before the rate, in the unit it is divided or multiplied by, in its sentence or the one before.
    const lead = output.slice(Math.max(0, rate.index - 160), rate.index);
    const wanted = unit === bottom ? top : bottom;
    const amounts = [
      ...lead.matchAll(
        new RegExp(String.raw`(?<![\w.,])(${FIGURE})\s?${escapeRegExp(wanted)}(?![\p{L}\/])`, 'gu'),
      ),
    ].map((m) => m[1]!);
    if (amounts.length === 0) continue;
    const scale = over ? figureValue(over) : [1];
    const stated = figureValue(result[1]!);
    const computed: number[] = [];
    for (const amount of amounts)
      for (const a of figureValue(amount))
        for (const r of figureValue(per))
          for (const n of scale) if (r > 0) computed.push(unit === bottom ? (a / r) * n : (a * r) / n);
    if (computed.length === 0) continue;
    const fits = computed.some((c) =>
      stated.some((s) => Math.abs(c - s) <= 0.15 * Math.max(Math.abs(c), 1e-9)),
    );
    if (fits) continue;
    // What the amount nearest the rate gives, as the figure it should have written.
    const nearest = figureValue(amounts.at(-1)!)[0]!;
    const r0 = figureValue(per)[0]!;
    const near = unit === bottom ? (nearest / r0) * scale[0]! : (nearest * r0) / scale[0]!;
    return {
      written: `${rate[0]}${after.slice(0, result.index + result[0].length)}`.trim(),
      computed: Math.round(near * 1e3) / 1e3,
    };
  }
  return undefined;
}

/** Two amounts a text sets equal: "276 mg = 5,75 ml", "276 mg (11,5 ml)", "90 km ≈ 2 h". */
const EQUIVALENCE = new RegExp(
  String.raw`(?<![\w.,/])(${FIGURE})\s?([\p{L}µ°][\p{L}²³]{0,4})(?![\p{L}/])\**\s*(=|＝|≙|≈|→|->|\()\s*\**(${FIGURE})\s?([\p{L}][\p{L}²³]{0,7})(?![\p{L}/])`,
  'gu',
);

/** Words and signs right before a figure that make it a factor of what comes before it. */
const FACTOR_BEFORE =
  /(?:[×·@]|(?<![*\w])\*\s|(?<![\p{L}])(?:x|at|of|by|à|zu|je|a|de|per|por|pro|na|po)(?![\p{L}]))\s*\**\s*$/iu;

export interface WrongEquivalence {
  written: string;
  computed: number;
  /** The figures it rests on: both amounts and the rate that links them (none for units of one kind), as written. */
  figures: string[];
}

/**
 * Two amounts a text sets equal that its own rate between their units does not link: "Pedicetamol
 * 120 mg/5 ml … Dawka: 276 mg = 5,75 ml" (at 24 mg per ml, 276 mg is 11,5 ml). Only where the text
 * gives one rate between the two units; 2 % allowed for rounding, 5 % after "≈". Units of one kind
 * need no rate: "12,460kg＝124.6t" (it is 12.46 t).
 */
export function wrongEquivalence(output: string): WrongEquivalence | undefined {
  if (!/[=≙≈→(＝]|->/.test(output)) return undefined;
  const rates = output.includes('/') ? [...output.matchAll(RATE)] : [];
  for (const m of output.matchAll(EQUIVALENCE)) {
    const [left, right] = [m[2]!.toLowerCase(), m[5]!.toLowerCase()];
    if (left === right) continue;
    // A bracket is the same amount only where it holds nothing else: "(7.5 ml)", not "(80 g pieces)".
    if (m[3] === '(' && !/^\**\s*\)/.test(output.slice(m.index + m[0].length))) continue;
    // The last factor of a product is not the amount set equal ("48200 fish at 4.1 kg = 197.6 t").
    if (FACTOR_BEFORE.test(output.slice(Math.max(0, m.index - 12), m.index))) continue;
    // Units of one kind convert by their own factor ("12,460kg＝124.6t" is 12.46 t); an arrow
    // between them is a change ("500 kg → 1.2 t"), not the same amount.
    // (Units keep their case here: "ML" is megalitres, "ml" millilitres.)
    const scale = productScale([m[2]!], m[5]!);
    const [as, bs] = [figureValue(m[1]!), figureValue(m[4]!)];
    if (scale !== undefined) {
      if (/→|->/.test(m[3]!)) continue;
      // Either side may be the one rounded ("12 t (12,460 kg)").
      const near = (x: number, y: number, written: string) =>
        Math.abs(x - y) <= Math.max(0.02 * Math.abs(y), 0.51 * 10 ** -places(written));
      if (as.some((a) => bs.some((b) => near(a * scale, b, m[4]!) || near(b / scale, a, m[1]!)))) continue;
      const off = (a: number) =>
        Math.min(...bs.map((b) => Math.abs(a * scale - b) / Math.max(Math.abs(b), 1e-9)));
      const a = as.reduce((x, y) => (off(y) < off(x) ? y : x));
      // Only a slip by a power of ten is a conversion gone wrong; a figure off by another factor is
      // some other amount ("540 kg (90 g)": the weight of a piece).
      const b = bs.reduce((x, y) => (Math.abs(a * scale - y) < Math.abs(a * scale - x) ? y : x));
      const tens = Math.log10(Math.abs(b / (a * scale)));
      if (!(Math.abs(tens - Math.round(tens)) < 0.01 && Math.round(tens) !== 0)) continue;
      return {
        written: m[0].replace(/\($/, '').trim(),
        computed: Math.round(a * scale * 1000) / 1000,
        figures: [m[1]!, m[4]!],
      };
    }
    const between = rates.filter((r) => {
      const [top, bottom] = [r[2]!.toLowerCase(), r[4]!.toLowerCase()];
      return (top === left && bottom === right) || (top === right && bottom === left);
    });
    // (Two strengths of a product in one text: which one the amounts are of is not said.)
    const ratios = new Set(
      between.map((r) => {
        const per = figureValue(r[1]!)[0]! / (r[3] ? figureValue(r[3])[0]! : 1);
        return r[2]!.toLowerCase() === left ? per : 1 / per;
      }),
    );
    if (ratios.size !== 1) continue;
    const [ratio] = ratios as Set<number> & [number];
    if (!(ratio > 0) || !Number.isFinite(ratio)) continue;
    const tolerance = m[3] === '≈' ? 0.05 : 0.02;
    if (as.some((a) => bs.some((b) => Math.abs(a / ratio - b) <= tolerance * Math.abs(a / ratio)))) continue;
    const computed = as[0]! / ratio;
    return {
      written: m[0].replace(/\($/, '').trim(),
      computed: Math.round(computed * 1000) / 1000,
      figures: [m[1]!, m[4]!, between[0]![0]],
    };
  }
  return undefined;
}

/** "Total for 9,800 t: R$ 1,748,320.00": a total for an amount of a unit, and what it comes to. */
const TOTAL_FOR = new RegExp(
  String.raw`(?<![\p{L}])(?:${TOTAL_LABELS})\s+(?:for|para|pour|für|per|dla|voor|för|til|na|do)\s+(${FIGURE})\s?(\p{L}{1,6})\.?(?![\p{L}])\s*[:=—–-]?\s*\**\s*(?:[$€£¥₹]|R\$|[A-Z]{3}\s)?\s?(${FIGURE})(?![\d]|[.,]\d)`,
  'giu',
);
/** "total per t: 193.30", "| **total por t** | **193,30** |": a total for one of a unit. */
const TOTAL_PER = new RegExp(
  String.raw`(?<![\p{L}])(?:${TOTAL_LABELS})\s+(?:per|por|pro|par|je|za|/)\s*(\p{L}{1,6})(?![\p{L}])[^\d\n]{0,12}?(${FIGURE})(?![\d]|[.,]\d)`,
  'giu',
);

/**
 * A total for an amount that the text's own total per one of its unit does not give: "total per t
 * 193.30 … Total for 9,800 t: R$ 1,748,320.00" (193.30 × 9,800 is 1,894,340; the sum left a
 * charge out). One total per unit of that unit in the text; 0.5 % allowed for rounding.
 */
export function wrongTotalForAmount(output: string): { written: string; computed: number } | undefined {
  if (!/\d/.test(output)) return undefined;
  const perUnit = [...output.matchAll(TOTAL_PER)];
  if (perUnit.length === 0) return undefined;
  for (const m of output.matchAll(TOTAL_FOR)) {
    const unit = m[2]!.toLowerCase();
    const rates = new Set(perUnit.filter((p) => p[1]!.toLowerCase() === unit).map((p) => p[2]!));
    if (rates.size !== 1) continue;
    const [rate] = rates as Set<string> & [string];
    const computed = figureValue(m[1]!).flatMap((n) => figureValue(rate).map((r) => n * r));
    const stated = figureValue(m[3]!);
    if (computed.some((c) => stated.some((s) => Math.abs(c - s) <= 0.005 * Math.abs(c)))) continue;
    // (Of the readings, the one nearest what it says: "9,800" is 9,800 t beside R$ 1,748,320.)
    return { written: m[0].trim(), computed: Math.round(nearestTo(computed, stated) * 100) / 100 };
  }
  return undefined;
}
