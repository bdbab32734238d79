/**
 * A figure set against the one it replaces, in the words of any language teams write in: "size
 * 17.5 (not 17)", "izmērs 17,5 (nevis 17)", "150 ליטר, לא 120", "17,5 (17 değil)", "17이 아니라 17.5",
 * "不是17，而是17.5". The contrast is the correction; a later text that gives the old figure and not
 * the new one uses what was replaced.
 */
import { asciiDigits } from '../util/script-words.ts';
import { oneDigitOff } from './miscopied-count.ts';

/** "not" and "instead of" written before the figure they rule out. */
const NEG_BEFORE = [
  'not',
  'and not',
  'nevis', // Latvian
  'mitte', // Estonian
  'nicht',
  'pas',
  'et non',
  'non',
  'no',
  'y no',
  'não',
  'e não',
  'niet',
  'inte',
  'ej',
  'ikke',
  'ikkje',
  'ei',
  'nem',
  'nie',
  'a nie',
  'ne',
  'nikoli',
  'nu',
  'не',
  'а не',
  'ні',
  'а не',
  'όχι',
  'και όχι',
  'không phải',
  'chứ không phải',
  'bukan',
  'bukannya',
  'hindi',
  'si',
  'לא',
  'ולא',
  'لا',
  'ليس',
  'وليس',
  'نه',
  'न कि',
  'ไม่ใช่',
  '不是',
  '并非',
];
/** "instead of", written before the figure it replaces, with or without a comma before it. */
const INSTEAD = [
  'rather than',
  'instead of',
  'statt',
  'anstatt',
  'au lieu de',
  'invece di',
  'en lugar de',
  'en vez de',
  'em vez de',
  'in plaats van',
  'i stället för',
  'i stedet for',
  'zamiast',
  'místo',
  'namiesto',
  'umjesto',
  'namesto',
  'în loc de',
  'вместо',
  'замість',
  'αντί για',
  'thay vì',
  'alih-alih',
  'badala ya',
  'במקום',
  'بدلا من',
  'بدلاً من',
  'به جای',
  'แทน',
  '而不是',
  '而非',
];
/** "not" written after the figure it rules out: "17,5 (17 değil)", "17 नहीं", "17ではなく", "17이 아니라". */
const NEG_AFTER = [
  'değil',
  'yerine',
  'helyett',
  'नहीं',
  'के बजाय',
  'নয়',
  'না',
  'ではなく',
  'じゃなく',
  'でなく',
  '이 아니라',
  '가 아니라',
  '아니라',
  '이 아닌',
  '가 아닌',
];

const alternation = (words: readonly string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|');

// A letter may touch it only in scripts written without spaces ("是17", "17이").
// A figure in groups of three reads whole: "1,248,600.00", "1.248.600,00", "1 248 600,00", "12 500,50",
// "4,812.350" (tonnes to the kilogram)
// (groups split by a plain space need two groups or decimals: "bin 3 250 t" is two figures).
const GROUPED = String.raw`\d{1,3}(?:(?:,\d{3}){2,}(?:\.\d{1,3})?|(?:\.\d{3}){2,}(?:,\d{1,3})?|,\d{3}\.\d{1,3}|\.\d{3},\d{1,3}|(?:[\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|(?: \d{3}){2,}(?:[.,]\d{1,2})?|(?: \d{3})+[.,]\d{1,2})`;
const FIGURE = String.raw`(?<![\p{N}.,:/_-])(?<!(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}])\p{L})(${GROUPED}|\d+(?:[.,]\d+)?)(?![.,]?\d)(?![/:-]\d)`;
/** What may follow the ruled-out figure: a unit word of its own, then the end of its clause. */
const TAIL = String.raw`(?:\s?([\p{L}µ%°][\p{L}\p{M}.'’״׳]{0,7}))?(?=\s*(?:[),.;:!?，。、）،؛]|[—–]|\s-\s|\*|$))`;
/** Where a contrast may start: a comma, an opening parenthesis, a dash, a semicolon. */
const OPEN = String.raw`(?:[(,，、;（،؛]|[—–]|\s-\s)\s*`;
// A word of the lexicon is a word only where no letter runs on into it ("no" is not in "not").
/** "not" after a comma or an opening parenthesis, or "instead of" anywhere: "(nevis 17", "46 м вместо 22". */
const RULES_OUT = String.raw`(?:${OPEN}(?<![\p{L}\p{M}])(?:${alternation(NEG_BEFORE)})|(?<![\p{L}\p{M}])(?:${alternation(INSTEAD)}))(?![\p{L}\p{M}])`;
// (A sign only: a code after a short word reads as something else, "SI USD 11,400,000" is the sum insured.)
/** A currency sign written before a figure: "not $1,284.60", "nicht € 300". */
const MONEY_SIGN = String.raw`(?:[$€£¥₹₩₺₦₱]\s?)?`;
const BEFORE = new RegExp(String.raw`${RULES_OUT}\s*\**${MONEY_SIGN}${FIGURE}\**${TAIL}`, 'giu');
/** The same, with words after the figure ("— NE 11,73 kako piše na nalogu"): only for figures of one precision. */
const BEFORE_WORDS = new RegExp(String.raw`${RULES_OUT}\s*\**${FIGURE}`, 'giu');
/** The same, with where the ruled-out figure came from after it: "4, bukan 14 seperti lembar sortasi awal", "not 14 as on the sheet". */
const AS_ON = [
  'as',
  'like',
  'seperti',
  'sebagaimana',
  'wie',
  'comme',
  'come',
  'como',
  'jak',
  'ako',
  'mint',
  'gibi',
  'như',
  'som',
  'zoals',
  'kuten',
  'как',
  'як',
];
const BEFORE_AS = new RegExp(
  String.raw`${RULES_OUT}\s*\**${FIGURE}\**\s+(?:${alternation(AS_ON)})(?![\p{L}\p{M}])`,
  'giu',
);
const decimals = (figure: string) => /[.,](\d+)$/.exec(figure)?.[1]?.length ?? 0;
const AFTER = new RegExp(
  String.raw`${OPEN}\**${FIGURE}\**(?:\s?[\p{L}µ%°][\p{L}\p{M}.'’״׳]{0,7})?\s*(?:${alternation(NEG_AFTER)})(?![\p{L}\p{M}])`,
  'giu',
);
/** "17 değil 17,5", "17ではなく17.5", "不是17，而是17.5": the old figure first, the new one right after. */
const OLD_FIRST = new RegExp(
  String.raw`${FIGURE}\s*(?:[\p{L}µ%°][\p{L}\p{M}.'’״׳]{0,7}\s*)?(?:${alternation(NEG_AFTER)})[\s,，、]*\**${FIGURE}|(?<![\p{L}\p{M}])(?:不是|并非)\s*${FIGURE}[^\d。！？]{0,12}?(?:而是|是)\s*\**${FIGURE}`,
  'giu',
);
/** Any word of either list: a text without one states no contrast (a cheap test first). */
const ANY = new RegExp(`(?<![\\p{L}])(?:${alternation([...NEG_BEFORE, ...INSTEAD, ...NEG_AFTER])})`, 'iu');

export interface ContrastedFigure {
  old: number;
  current: number;
  /** Where the new figure starts and ends in the sentence (its unit, if any, read from there). */
  currentAt: number;
  currentEnd: number;
  /** The ruled-out figure as written, and the word after it, if any. */
  oldText: string;
  oldUnit?: string;
  /** The word right after the new figure, if any ("150 ליטר"): the unit it is given in. */
  currentUnit?: string;
  sentence: string;
}

/** A figure as written in either convention: "17,5" is 17.5, "1,200" is 1200. */
export const figureValue = (figure: string): number => {
  const plain = figure.replace(/[ \u00a0\u202f]/g, '');
  // Two or more separators: the groups' one repeats, a decimal one comes last before one or two digits.
  if ((plain.match(/[.,]/g) ?? []).length >= 2 || plain !== figure) {
    // Both signs ("4,950.000", "1.012,50"): the last one is the decimal one, whatever follows it.
    const mixed = plain.includes('.') && plain.includes(',');
    const decimal = mixed ? /[.,](\d+)$/.exec(plain) : /[.,](\d{1,2})$/.exec(plain);
    const whole = (decimal ? plain.slice(0, decimal.index) : plain).replace(/[.,]/g, '');
    return Number(decimal ? `${whole}.${decimal[1]}` : whole);
  }
  return Number(/^\d{1,3},\d{3}$/.test(plain) ? plain.replace(',', '') : plain.replace(',', '.'));
};

const ALL_FIGURES = new RegExp(FIGURE, 'gu');
/** A figure standing alone (no part of an identifier, a time or a date). */
export const BARE_FIGURE = ALL_FIGURES;
const UNIT_AFTER = /^\**\s?\**([\p{L}µ%°][\p{L}\p{M}]{0,7})/u;
/** The word right after a figure, lower-cased: its unit, where it has one. */
export const unitAfter = (text: string, end: number): string | undefined =>
  UNIT_AFTER.exec(text.slice(end))?.[1]?.toLowerCase();

/** Parenthetical asides blanked (same length): "150 ליטר (כרומגן), לא 120" sets 150 against 120. */
const asidesBlanked = (text: string) => text.replace(/\([^()]{0,40}\)/g, (all) => ' '.repeat(all.length));

/**
 * Figures a sentence sets against the ones they replace. The new figure is the last one before the
 * contrast in its clause (or, where the old one comes first, the one right after it); the two are of
 * one size (neither more than three times the other), and the old one is no year.
 */
export function contrastedFigures(sentence: string): ContrastedFigure[] {
  if (!ANY.test(sentence)) return [];
  const text = asciiDigits(sentence);
  const found: ContrastedFigure[] = [];
  const push = (
    old: string,
    current: RegExpExecArray | { 1: string; index: number; 0: string },
    unit?: string,
  ) => {
    const [o, c] = [figureValue(old), figureValue(current[1])];
    // (Or a digit added or dropped: "4, bukan 14", a miscount set right.)
    if (!(o > 0 && c > 0) || o === c) return;
    if (Math.max(o, c) > 3 * Math.min(o, c) && !oneDigitOff(o, c)) return;
    // A year, or a single digit (a count, a version, a step): too common to tell a figure by.
    if (/^(?:19|20)\d\d$/.test(old) || /^\d$/.test(old)) return;
    const currentAt = current.index + current[0].indexOf(current[1]);
    if (found.some((f) => f.old === o && f.current === c && f.currentAt === currentAt)) return;
    const currentUnit = unitAfter(text, currentAt + current[1].length);
    found.push({
      old: o,
      current: c,
      currentAt,
      currentEnd: currentAt + current[1].length,
      oldText: old,
      ...(unit ? { oldUnit: unit } : {}),
      ...(currentUnit ? { currentUnit } : {}),
      sentence,
    });
  };
  const lastBefore = (at: number) => {
    const lead = asidesBlanked(text.slice(0, at));
    // In its clause, close by: no sentence punctuation between the figure and the contrast.
    const figures = [...lead.matchAll(ALL_FIGURES)].filter(
      (m) =>
        at - (m.index + m[0].length) <= 48 && !/[.;:!?。]\s|[;!?。]/.test(lead.slice(m.index + m[0].length)),
    );
    return figures.at(-1);
  };
  for (const m of text.matchAll(BEFORE)) {
    const current = lastBefore(m.index);
    if (!current) continue;
    // A unit after the ruled-out figure is the new one's too ("150 l, not 120 l"; "12 kg, not 12 boxes").
    const unit = m[2]?.replace(/[.'’״׳]+$/, '').toLowerCase();
    const own = unitAfter(text, current.index + current[0].length);
    if (unit && !(own && (own.startsWith(unit) || unit.startsWith(own)))) continue;
    push(m[1]!, current, m[2]);
  }
  // Two figures given to one precision (11,66 and 11,73) are readings of one thing, whatever words follow.
  for (const m of text.matchAll(BEFORE_WORDS)) {
    const current = lastBefore(m.index);
    if (current && decimals(current[1]!) > 0 && decimals(current[1]!) === decimals(m[1]!))
      push(m[1]!, current);
  }
  // (To one precision: "11.66 mm, not 12 as the order says" sets a reading against a nominal size.)
  for (const m of text.matchAll(BEFORE_AS)) {
    const current = lastBefore(m.index);
    if (current && decimals(current[1]!) === decimals(m[1]!)) push(m[1]!, current);
  }
  for (const m of text.matchAll(AFTER)) {
    const current = lastBefore(m.index);
    if (current) push(m[1]!, current);
  }
  for (const m of text.matchAll(OLD_FIRST)) {
    const [old, next] = m[1] !== undefined ? [m[1], m[2]!] : [m[3]!, m[4]!];
    const at = m.index + m[0].lastIndexOf(next);
    push(old, { 1: next, index: at, 0: next });
  }
  return found;
}

const CLOCK = String.raw`(?<![\d:.])(?:[01]?\d|2[0-3])[:h][0-5]\d(?![\d:])`;
/** "с 08:00 до 22:00, а не 10:00–18:00", "14:30 (not 13:00)", "16:45 instead of 14:20": a time and the one it replaces. */
// (A window's two ends are joined by a dash or a short word: "08:00 до 22:00", "8h30 to 12h00".)
const TO = String.raw`\s*(?:[-–]|\p{L}{1,5})\s*`;
const CLOCK_RULED_OUT = new RegExp(
  String.raw`(${CLOCK})(?:${TO}(${CLOCK}))?\**\s*${RULES_OUT}\s*(${CLOCK})(?:${TO}(${CLOCK}))?`,
  'giu',
);

/** Clock times a sentence sets against the ones they replace, each as [old, current] ("10:00", "08:00"). */
export function contrastedClocks(sentence: string): [string, string][] {
  if (!ANY.test(sentence)) return [];
  const out: [string, string][] = [];
  for (const m of sentence.matchAll(CLOCK_RULED_OUT)) {
    out.push([m[3]!, m[1]!]);
    // A window against a window: its end against the other's end.
    if (m[2] && m[4]) out.push([m[4], m[2]]);
  }
  return out;
}
