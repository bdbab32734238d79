import { escapeRegExp } from '../util/escape-reg-exp.ts';
import { asciiDigits, isAscii } from '../util/script-words.ts';
import { textMemo } from '../util/text-memo.ts';
import {
  boundAt,
  canonicalUnit,
  compatibleDates,
  DOLLAR_CURRENCIES,
  findDates,
  findYears,
  formatNumber,
  MONTH_PATTERN,
  mentionsDay,
  normalizeNumbers,
  scaledNumber,
} from './normalize-values.ts';
import { withoutDiscarded } from './task-words.ts';

/** A fact a task pins down, which a receiver that understood the task keeps. */
export interface Constraint {
  type: ConstraintType;
  /** Canonical value, compared across texts (e.g. `2024`, `Q3`, `EUR`, `top 3`). */
  value: string;
  /** The text it was found as. */
  text: string;
  /** For a year that bounds a range ("from 2021 onwards"): which side it bounds. */
  bound?: 'min' | 'max';
  /**
   * For a day the task states as a past event ("she married on 1911-03-04"), the words of its clause
   * ("married"): background the receiver may use, not a parameter its answer must repeat.
   */
  event?: string;
}

export type ConstraintType =
  | 'year'
  | 'quarter'
  | 'date'
  | 'currency'
  | 'quantity'
  | 'quoted'
  | 'name'
  | 'limit'
  | 'count'
  | 'requirement';

/** Types with one value per task: a different value in the receiver's actions is a contradiction. */
export const EXCLUSIVE_TYPES: ReadonlySet<ConstraintType> = new Set([
  'year',
  'quarter',
  'currency',
  'limit',
  'date',
  'count',
]);

const CURRENCIES: Record<string, string> = {
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
  jpy: 'JPY',
  chf: 'CHF',
  cny: 'CNY',
  rmb: 'CNY',
  inr: 'INR',
  cad: 'CAD',
  aud: 'AUD',
  sek: 'SEK',
  nok: 'NOK',
  dkk: 'DKK',
  krw: 'KRW',
  brl: 'BRL',
  mxn: 'MXN',
  zar: 'ZAR',
  sgd: 'SGD',
  hkd: 'HKD',
  pln: 'PLN',
  ngn: 'NGN',
  kes: 'KES',
  nzd: 'NZD',
  try: 'TRY',
  czk: 'CZK',
  huf: 'HUF',
  idr: 'IDR',
  thb: 'THB',
  $: 'USD',
  us$: 'USD',
  r$: 'BRL',
  a$: 'AUD',
  c$: 'CAD',
  hk$: 'HKD',
  s$: 'SGD',
  nz$: 'NZD',
  mx$: 'MXN',
  '₹': 'INR',
  '₦': 'NGN',
  '₩': 'KRW',
  '₺': 'TRY',
  円: 'JPY',
  元: 'CNY',
  reais: 'BRL',
  naira: 'NGN',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  euro: 'EUR',
  euros: 'EUR',
  dollar: 'USD',
  dollars: 'USD',
  pound: 'GBP',
  pounds: 'GBP',
  yen: 'JPY',
  franc: 'CHF',
  francs: 'CHF',
  yuan: 'CNY',
  rupee: 'INR',
  rupees: 'INR',
};
const QUARTER_WORDS: Record<string, string> = { first: 'Q1', second: 'Q2', third: 'Q3', fourth: 'Q4' };

// `hints`: lower-case words a match must contain (the patterns are ASCII, case-insensitive), so a
// text without any of them skips the pattern.
const REQUIREMENTS: { value: string; pattern: RegExp; kept: RegExp; hints: string[] }[] = [
  {
    value: 'cite sources',
    pattern:
      /\b(cite|citing|with|include|including|list|provide|add)\s+(the\s+|your\s+|their\s+)?(sources?|references?|citations?)\b/i,
    kept: /\bsources?\b|\breferences?\b|\bcitations?\b|https?:\/\/|\bwww\.|\b[\w-]+\.(com|org|net|io|example|gov|edu)\b|\[\d+\]/i,
    hints: ['source', 'reference', 'citation'],
  },
  {
    value: 'json',
    pattern: /\b(in|as|return|format(ted)? as|respond in)\s+(valid\s+)?json\b/i,
    kept: /[{[]|\bjson\b/i,
    hints: ['json'],
  },
  { value: 'table', pattern: /\b(as|in)\s+a\s+table\b/i, kept: /\|.*\||\btable\b/i, hints: ['table'] },
  {
    value: 'bullet points',
    pattern: /\bbullet(ed)?\s+(points|list)\b/i,
    kept: /^\s*[-*•]\s|\bbullet/im,
    hints: ['bullet'],
  },
];

const NAME_STOPWORDS = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'in',
  'on',
  'of',
  'for',
  'to',
  'with',
  'by',
  'at',
  'from',
  'please',
  'write',
  'research',
  'find',
  'cite',
  'use',
  'give',
  'make',
  'list',
  'summarize',
  'summarise',
  'check',
  'return',
  'provide',
  'create',
  'you',
  'your',
  'i',
  'we',
  'it',
  'this',
  'that',
  'these',
  'those',
  'top',
  'include',
  'then',
  'also',
  'only',
  'must',
  'should',
  'source',
  'sources',
  'approved',
  'task',
  'answer',
  'draft',
  'revenue',
  'briefing',
  'report',
  'note',
  'summary',
  'error',
  'ok',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

const constraintsOf = textMemo((text) => findConstraints(text));

/**
 * The same per year a receiver's text is read near: live checks read the same answers again in
 * every run of a recurring workflow. A few years at most in practice; past that, not remembered.
 */
const constraintsNearYear = new Map<number, (text: string) => readonly Constraint[]>();
function constraintsNear(text: string, year: number): readonly Constraint[] {
  let memo = constraintsNearYear.get(year);
  if (!memo) {
    if (constraintsNearYear.size >= 64) return findConstraints(text, year);
    memo = textMemo((item) => findConstraints(item, year));
    constraintsNearYear.set(year, memo);
  }
  return memo(text);
}

// A receiver's actions are extracted and then tested against each of the task's constraints: the
// last text's number-normalised forms are kept (one entry, no memory held per text).
let lastText: string | undefined;
let lastNormal = '';
let lastLower: string | undefined;
function lastNormalized(text: string): string {
  if (text !== lastText) {
    // Bold around a figure ("**1,240** homes") is markup, not part of the count.
    lastNormal = normalizeNumbers(text.replace(/\*\*(?=[\d$€£¥₹])|(?<=\d)\*\*/g, ''));
    lastLower = undefined;
    lastText = text;
  }
  return lastNormal;
}
function lastNormalizedLower(text: string): string {
  const normal = lastNormalized(text);
  lastLower ??= normal.toLowerCase();
  return lastLower;
}

/**
 * Extracts the constraints a task states, by form, not by domain vocabulary. `nearYear`: read bare
 * four-digit numbers close to that year as years too (for a receiver's text, once a task pinned one).
 */
export function extractConstraints(raw: string, options: { nearYear?: number } = {}): Constraint[] {
  const text = asciiDigits(raw);
  return [
    ...(options.nearYear === undefined ? constraintsOf(text) : constraintsNear(text, options.nearYear)),
  ];
}

const LIMIT_WORDS =
  'top|best|first|last|at most|up to|no more than|not more than|not to exceed|no higher than|under|below|less than|fewer than|maximum of|max(?:imum)?|cap(?:ped)? (?:of|at)|at least|no less than|no lower than|minimum of|min(?:imum)?|more than|over';
const CURRENCY_CODES = 'USD|EUR|GBP|JPY|CHF|CNY|INR|CAD|AUD|SEK|NOK|DKK';
const LIMIT = new RegExp(
  `\\b(${LIMIT_WORDS})\\s+(?:([$€£¥])\\s?|(${CURRENCY_CODES})\\s+)?(\\d+(?:\\.\\d+)?)(?:\\s?(k|thousand|million|mn|bn|billion)(?![a-z]))?(?:\\s+([a-z]+))?`,
  'gi',
);
/** A cap or floor written after its value: "1.250,00 EUR max", "3 nights minimum", "€500 or less". */
const LIMIT_AFTER = new RegExp(
  `(?<![\\w.]|\\w-)(?:([$€£¥])\\s?)?(\\d+(?:\\.\\d+)?)(?:\\s?(k|thousand|million|mn|bn|billion)(?![a-z]))?\\s*(?:(${CURRENCY_CODES}|[$€£¥])\\s+|(?!(?:the|a|an)\\s)([a-z]+)\\s+)?(max(?:imum)?|min(?:imum)?|or less|or fewer|or more|at most|at the most|at least|tops)\\b`,
  'gi',
);
/** Words one of which every LIMIT_AFTER match holds (lower case): the pattern runs only then. */
const LIMIT_AFTER_WORDS = [
  'max',
  'min',
  'or less',
  'or fewer',
  'or more',
  'at most',
  'at the most',
  'at least',
  'tops',
];
const QUANTITY =
  /(?<![\w.])(\d+(?:\.\d+)?)\s*(%|percent|per cent|pct|trillion|billion|million|thousand|bn|mn|tn|k|kms?|kilomet(?:er|re)s?|kgs?|kilograms?|kilos?|mb|gb|tb|ms|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|wks?|weeks?|months?|years?|mes(?:es)?|d[ií]as|semanas|a[ñn]os|horas|monate?n?|tage|tagen|wochen|jahre?n?|stunden|mois|jours|semaines|heures|mesi|giorni|settimane|anni)(?![\p{L}])/giu;
/**
 * A span in the units of other scripts: "28天", "10日間", "3개월", "14 दिन", "7 ימים", "10วัน".
 * Scripts without spaces run on after the unit ("28天豪华套房"), so no word boundary follows it.
 */
const SCRIPT_SPAN =
  /(?<![\d.])(\d+(?:\.\d+)?)\s*(天|日間|週間|个?星期|周|个月|[ヶか]月|カ月|小时|時間|개월|일간|주일|주간|시간|วัน|สัปดาห์|เดือน|ชั่วโมง|दिनों|दिन|सप्ताह|महीने|घंटे|ימים|שבועות|חודשים|שעות|روز|أيام)/gu;
/** A span written as an adjective: "90-day lookback", "6-month warranty". */
const SPAN_ADJECTIVE = /(?<![\w.-])(\d+)-(day|week|month|year|hour|minute)(?![\p{L}])/giu;
/** A number and the plural noun it counts ("12 pallets", "40 pens"). */
const COUNT = /(?<![\w.,-])(\d+(?:\.\d+)?)\s+([a-z]{3,}s)\b(?!')/gi;
const NOT_COUNTED =
  /^(?:onwards|afterwards|towards|backwards|always|whereas|besides|perhaps|news|series|basis|analysis|status|percents?|times|hours|days|weeks|months|years|minutes|seconds|items?s|others|ones|users?s|plus|less|was|has|is|as|its|this|thus|yes|us|pages|lines|steps|points|characters|chars|words|tokens|bytes|units|results|rows|records|entries|counts|calls|requests|tries|attempts|runs)$/;
const LIMIT_BEFORE = new RegExp(`\\b(?:${LIMIT_WORDS})\\s*$`, 'i');

function singular(noun: string): string {
  if (/ies$/.test(noun)) return noun.replace(/ies$/, 'y');
  if (/(ch|sh|x|ss)es$/.test(noun)) return noun.slice(0, -2);
  return noun.replace(/s$/, '');
}

const SCALE_UNITS = new Set(['trillion', 'billion', 'million', 'thousand', 'bn', 'mn', 'tn', 'k']);

/** Which way a limit bounds: `top`/`first` pick exactly N, `max` caps, `min` floors. */
function limitKind(word: string): 'top' | 'first' | 'last' | 'max' | 'min' {
  const w = word.toLowerCase();
  if (w === 'top' || w === 'best') return 'top';
  if (w === 'first' || w === 'last') return w;
  if (/^(at least|no less than|no lower than|minimum of|min|minimum|more than|over)$/.test(w)) return 'min';
  return 'max';
}

/**
 * What comes before a day a sentence states as something that happened: a subject pronoun or
 * "was/were" and a past-tense verb ("she married on", "the lease was signed on"), or a record verb
 * after "and" or a comma ("complete and signed 03 Dec"). A participle right after a noun ("the items
 * ordered on") selects records instead, and stays a constraint.
 */
const PAST_EVENT =
  /(?:(?<=[\d\p{L})]\s)(?:déposée?s?|signée?s?|émise?s?|reçue?s?|approuvée?s?|eingereicht|unterzeichnet|ausgestellt|eingegangen|presentad[oa]s?|firmad[oa]s?|emitid[oa]s?|recibid[oa]s?|depositat[oa]|firmat[oa]|emess[oa]|ricevut[oa]|ingediend|ondertekend|ontvangen|złożon[aye]|podpisan[aye]|wystawion[aye]|podán[aoy]?|podepsán[aoy]?)\s+(?:le|am|el|il|em|op|dnia|dne)|\b(?:she|he|they|it|we|i|was|were|had been|has been|have been)\s+(?:[a-z]{2,}ed|born|wed|paid|sent|made|held|left|met|began|took|came|went|sold|bought|won|lost|wrote|died|joined|moved)|(?:\band|,)\s+(?:signed|dated|issued|received|submitted|approved|filed|recorded|registered|stamped)|(?<!\bbe\s)(?<!\bbeen\s)(?<=[\d\p{L})]\s)(?:received|paid|signed|issued|submitted|filed|registered|delivered|verified|completed))\s+(?:on\s+|in\s+)?(?:the\s+)?$/iu;

/**
 * A day given as when a thing already done was done: "migration 2023 is already applied there
 * (2026-12-02 19:40 UTC)", "the refund has already been issued on 3 Dec".
 */
const ALREADY_DONE =
  /\balready\s+(?:been\s+)?[a-z]{2,}(?:ed|en|t)\b[^.;:!?\n]{0,24}?(?:\(|\bon\s+|\bat\s+)\s*$/i;

/** Words before a day that make it what the work is about: "re: 01/22/2027", "regarding 3 May", "in re". */
const ABOUT_DAY =
  /(?:\bre|\bregarding|\bconcerning|\bin re|\bw sprawie|\bbetreffend|\bbetr\.|\bconcernant|\bsobre|\brelativ[oa] al)\s*:?\s*(?:the\s+)?$/i;

/** A day named as when something last happened: "last exam 11/03/2026", "previous service: 2 May". */
const LAST_TIME =
  /\b(?:last|previous|prior|most recent)\s+[a-z]{3,}(?:\s+[a-z]{3,})?\s*(?:was\s+|on\s+|dated\s+|[:=-]\s*)?$/i;

/**
 * A day that dates a document the text names by its number: "Decizia 884/15.03.2027", "decision
 * no. 884 of 15.03.2027", "pismo nr 12 z dnia 3 marca 2027". It says which document, not when to act.
 */
const DOCUMENT_DATE =
  /(?:(?<![\d/.])\d{3,}\s*\/\s*|(?<![\p{L}])(?:nr|no|n°|№|č|sz|numer|number|číslo|номер)\.?\s*[\p{L}\d][\w/.-]*\s+(?:din|of|dated|vom|z dnia|ze dne|від|от|du|del|de|dd\.?)\s+)$/iu;

/**
 * A figure right before a day in brackets: the day dates that reading ("self-reading 1 106 m³
 * (2026-11-28)", "balance €1,240.50 (30 Nov)"). It says when the figure was taken, not when to act.
 */
const DATED_FIGURE = /\d(?:[\d\u00a0\u202f ]*[.,]?\d)*\s?[\p{L}³²°%€$£/]{0,6}\s*\(\s*$/u;

/** Words before a day that set it as a bound or a time to act: "by", "on", "until", "bis", "avant". */
const DAY_PREPOSITION =
  /(?<![\p{L}])(?:by|on|at|for|until|till|before|after|from|to|due|deadline|bis|am|vor|nach|ab|avant|après|le|au|hasta|antes|desde|el|para|entro|prima|dopo|dal|al|tot|voor|na|op|do|przed|po|od|innan|efter|fram|inden|senest)\s*:?\s*$/iu;

/**
 * A day inside brackets among a record's other particulars ("claim 26-204417-11 (Lakeview, 93306,
 * DOS 09/30/2026)"): it says which record, as an id does, not when to act; never one after a
 * preposition of time ("(deliver by 12/10, dock 4)").
 */
function describesRecord(text: string, at: number, length: number): boolean {
  const open = text.lastIndexOf('(', at);
  if (open < 0 || text.lastIndexOf(')', at) > open) return false;
  const close = text.indexOf(')', at + length);
  if (close < 0 || close - open > 120) return false;
  const inside = text.slice(open + 1, close);
  return inside.split(',').length >= 3 && !DAY_PREPOSITION.test(text.slice(open + 1, at));
}

function findConstraints(given: string, nearYear?: number): readonly Constraint[] {
  const raw = withoutDiscarded(given);
  const text = lastNormalized(raw);
  // Case-insensitive word patterns run only where their words occur at all.
  const lower = lastNormalizedLower(raw);
  const out = new Map<string, Constraint>();
  const add = (
    type: ConstraintType,
    value: string,
    found: string,
    bound?: 'min' | 'max',
    event?: string,
  ): void => {
    const key = `${type}:${value}`;
    if (!out.has(key))
      out.set(key, {
        type,
        value,
        text: found.trim(),
        ...(bound ? { bound } : {}),
        ...(event ? { event } : {}),
      });
  };
  // Dates and years are read from the text as written: "2,000" (a grouped number) is never a year.
  for (const found of findDates(raw)) {
    const lead = raw.slice(Math.max(0, found.index - 60), found.index);
    // The event's own words: its clause up to the day ("The order was placed on" → order placed).
    const document = found.value.length === 10 && DOCUMENT_DATE.exec(lead);
    const event = document
      ? // The document's own words, before its number ("appeal decision no. 884 of" → appeal decision).
        (
          lead
            .slice(0, document.index)
            .split(/[;:!?]|\.\s/)
            .at(-1)!
            .toLowerCase()
            .match(/\p{L}{4,}/gu) ?? []
        ).join(' ')
      : found.value.length === 10 &&
          (PAST_EVENT.test(lead) ||
            LAST_TIME.test(lead) ||
            ALREADY_DONE.test(lead) ||
            (DATED_FIGURE.test(lead) && /^\s*\)/.test(raw.slice(found.index + found.text.length))) ||
            describesRecord(raw, found.index, found.text.length))
        ? (
            lead
              .split(/[.;:!?]/)
              .at(-1)!
              .toLowerCase()
              .match(/\p{L}{4,}/gu) ?? []
          ).join(' ')
        : undefined;
    // A day the work is about ("Interview the cousin re: 01/22/2027 evening"): the subject's day,
    // named by the words after it, not a day the work itself is done on.
    const about =
      !event && found.value.length === 10 && ABOUT_DAY.test(lead)
        ? (
            raw
              .slice(found.index + found.text.length)
              .split(/[.;:,!?()]/)[0]!
              .toLowerCase()
              .match(/\p{L}{4,}/gu) ?? ['subject']
          ).join(' ')
        : undefined;
    // "arrive before 15 Feb" is met by any earlier day: a bound, like a cap.
    add('date', found.value, found.text, boundAt(raw, found.index, found.text.length), event ?? about);
    add('year', found.value.slice(0, 4), found.text, undefined, event ?? about);
  }
  for (const found of findYears(raw, { near: nearYear })) add('year', found.value, found.text, found.bound);
  for (const m of text.matchAll(/\b([QH])([1-4])\b/g))
    if (m[1] === 'Q' || Number(m[2]) <= 2) add('quarter', m[0], m[0]);
  if (lower.includes('quarter'))
    for (const m of text.matchAll(/\b(first|second|third|fourth)\s+quarter\b/gi))
      add('quarter', QUARTER_WORDS[m[1]!.toLowerCase()]!, m[0]);
  if (lower.includes('half'))
    for (const m of text.matchAll(/\b(first|second)\s+half\b/gi))
      add('quarter', m[1]!.toLowerCase() === 'first' ? 'H1' : 'H2', m[0]);
  for (const currency of findCurrencies(text)) add('currency', currency.value, currency.text);
  for (const m of text.matchAll(LIMIT)) {
    // "3 min 20 s": minutes after a number, not a floor.
    if (/^min$/i.test(m[1]!) && /\d\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const kind = limitKind(m[1]!);
    const unit = kind === 'max' || kind === 'min' ? limitUnit(m[2] ?? m[3]?.toLowerCase(), m[6]) : '';
    const shown = unit ? m[0] : m[0].replace(/\s+[a-z]+$/i, '');
    add('limit', `${kind} ${formatNumber(scaledNumber(m[4]!, m[5]))}${unit ? ` ${unit}` : ''}`, shown);
  }
  const after = LIMIT_AFTER_WORDS.some((word) => lower.includes(word));
  if (after)
    for (const m of text.matchAll(LIMIT_AFTER)) {
      // "10min", "3 min": minutes; a floor says what it counts ("3 nights min", "€500 min").
      if (/^min$/i.test(m[6]!) && !m[1] && !m[4] && !m[5]) continue;
      const kind = /^(min|or more|at least)/i.test(m[6]!) ? 'min' : 'max';
      const unit = limitUnit(m[1] ?? m[4]?.toLowerCase(), m[5]);
      add('limit', `${kind} ${formatNumber(scaledNumber(m[2]!, m[3]))}${unit ? ` ${unit}` : ''}`, m[0]);
    }
  for (const m of text.matchAll(QUANTITY)) {
    const unitText = m[2]!;
    if (SCALE_UNITS.has(unitText.toLowerCase())) {
      add('quantity', formatNumber(scaledNumber(m[1]!, unitText)), m[0]);
      continue;
    }
    const { unit, factor } = canonicalUnit(unitText);
    add('quantity', `${formatNumber(Number(m[1]) * factor)} ${unit}`, m[0]);
  }
  // A span written as an adjective ("90-day lookback"), or in the units of another script ("28天").
  const spans = [...text.matchAll(SPAN_ADJECTIVE), ...(isAscii(text) ? [] : text.matchAll(SCRIPT_SPAN))];
  for (const m of spans) {
    const { unit, factor } = canonicalUnit(m[2]!);
    add('quantity', `${formatNumber(Number(m[1]) * factor)} ${unit}`, m[0]);
  }
  for (const m of text.matchAll(COUNT)) {
    const noun = m[2]!.toLowerCase();
    if (NOT_COUNTED.test(noun) || CURRENCIES[noun] || canonicalUnit(noun).factor !== 1) continue;
    if (canonicalUnit(noun).unit !== noun) continue; // a unit (days, km, …) is a quantity
    // "at most 2 stops" is a limit, not a count of stops.
    if (LIMIT_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 16), m.index))) continue;
    add('count', `${formatNumber(Number(m[1]))} ${singular(noun)}`, m[0]);
  }
  for (const m of text.matchAll(/["“«]([^"”»\n]{2,80})["”»]|(?<![\w])'([^'\n]{3,60})'(?![\w])/g)) {
    add('quoted', (m[1] ?? m[2])!.toLowerCase(), m[0]);
  }
  for (const requirement of REQUIREMENTS) {
    if (!requirement.hints.some((hint) => lower.includes(hint))) continue;
    const m = requirement.pattern.exec(text);
    if (m) add('requirement', requirement.value, m[0]);
  }
  for (const name of findNames(text)) add('name', name.toLowerCase(), name);
  return [...out.values()];
}

/** What a cap or floor counts: a currency, a unit, or the noun after it ("2 stops"). */
function limitUnit(symbol: string | undefined, word: string | undefined): string {
  if (symbol) return CURRENCIES[symbol] ?? symbol;
  if (!word) return '';
  const lower = word.toLowerCase();
  if (CURRENCIES[lower]) return CURRENCIES[lower]!;
  if (NAME_STOPWORDS.has(lower) || /^(and|or|but|the|a|an|in|on|at|per|each)$/.test(lower)) return '';
  const { unit, factor } = canonicalUnit(lower);
  return factor === 1 ? unit.replace(/s$/, '') : unit;
}

// What every currency match contains: a code, a sign or a currency word (three plain searches are
// several times faster than the full pattern's lookbehinds at every position).
const CURRENCY_SIGN = /[$€£¥₹₦₩₺円元]/;
const CURRENCY_CODE_LIKE = /[A-Z]{3}/;
const CURRENCY_WORD_LIKE = /euro|dollar|pound|yen|franc|yuan|rupee|reais|naira/;

function findCurrencies(text: string): { value: string; text: string }[] {
  const out: { value: string; text: string }[] = [];
  if (!CURRENCY_SIGN.test(text) && !CURRENCY_CODE_LIKE.test(text) && !CURRENCY_WORD_LIKE.test(text))
    return out;
  for (const m of text.matchAll(
    /(?<![A-Za-z])(USD|EUR|GBP|JPY|CHF|CNY|RMB|INR|CAD|AUD|SEK|NOK|DKK|KRW|BRL|MXN|ZAR|SGD|HKD|PLN|NGN|KES|NZD|TRY|CZK|HUF|IDR|THB)(?![A-Za-z])|(?<![A-Za-z])(?:US|R|A|C|HK|S|NZ|MX)\$(?=\s?\d)|[$€£¥₹₦₩₺](?=\s?\d)|(?<=\d\s?)[$€£¥₹₦₩₺円元]|\b(euros?|dollars?|pounds? sterling|yen|francs?|yuan|rupees?|reais|naira)\b/g,
  )) {
    const key = (m[1] ?? m[2] ?? m[0]).toLowerCase().replace(' sterling', '');
    const value = CURRENCIES[key];
    if (value) out.push({ value, text: m[0] });
  }
  return out;
}

const MONTH_WORD = new RegExp(`^(?:${MONTH_PATTERN})$`, 'i');

/** Capitalised multi-word names and all-caps words that are not sentence-initial filler. */
function findNames(text: string): string[] {
  const out: string[] = [];
  const pattern = /\b([A-Z][a-zA-Z0-9&'-]*[a-zA-Z0-9](?:\s+[A-Z][a-zA-Z0-9&'-]*[a-zA-Z0-9])*)\b/g;
  for (const m of text.matchAll(pattern)) {
    // A piece of a word with letters outside ASCII ("R-K" of "VÁGÁNYZÁR-KÉRELEM") names nothing.
    const after = m.index + m[0].length;
    if (/\p{L}/u.test(text[m.index - 1] ?? '') || /\p{L}/u.test(text[after] ?? '')) continue;
    // Split the run where a possessive ends a name ("ACME Corp's Q3") and drop periods/currencies.
    const groups: string[][] = [[]];
    for (const raw of m[1]!.split(/\s+/)) {
      const possessive = /'s$/.test(raw);
      const word = raw.replace(/'s$/, '');
      const filler =
        NAME_STOPWORDS.has(word.toLowerCase()) ||
        /^[QH][1-4]$|^FY\d*$/.test(word) ||
        CURRENCIES[word.toLowerCase()] !== undefined;
      if (filler) groups.push([]);
      else groups.at(-1)!.push(word);
      if (possessive) groups.push([]);
    }
    const first = m.index === 0 || /[.!?:]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index));
    const end = m.index + m[0].length;
    // "Mar 5", "5 Sep": an abbreviated month next to a day is part of a date, not a name.
    const dated =
      /^\s*\d/.test(text.slice(end, end + 3)) ||
      /\d(?:st|nd|rd|th)?\s*$/.test(text.slice(Math.max(0, m.index - 5), m.index));
    groups.forEach((words, i) => {
      const name = words.join(' ');
      if (name.length < 3) return;
      if (dated && words.length === 1 && MONTH_WORD.test(name)) return;
      // A lone capitalised word opening a sentence is usually just the sentence's first word.
      if (i === 0 && first && words.length === 1 && !/^[A-Z0-9]{2,}$/.test(name)) return;
      out.push(name);
    });
  }
  return out;
}

/** A number's canonical text ("1,000" → "1000", "4.20" → "4.2"). */
export function canonicalNumber(raw: string): string {
  const value = Number(raw.includes(',') ? raw.replace(/,(?=\d{3}\b)/g, '').replace(',', '.') : raw);
  return Number.isFinite(value) ? String(value) : raw;
}

/** Every number a text writes, scale words applied ("12k" and "12,000" both give 12000). */
const plainNumbers = textMemo((text): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const m of normalizeNumbers(text).matchAll(
    /(?<![\w.])(\d+(?:\.\d+)?)(?:\s*(k|thousand|million|mn|bn|billion|trillion|tn)(?![a-z]))?/gi,
  ))
    out.add(formatNumber(scaledNumber(m[1]!, m[2])));
  return out;
});

const NAME_KIND =
  /^(.{3,}?)\s+(?:county|city|state|province|district|region|borough|township|parish|municipality|prefecture|canton|inc|ltd|llc|gmbh|corp|corporation|plc|co)$/;

/** Whether `text` keeps `constraint` (same value, any of its usual spellings). */
export function keepsConstraint(constraint: Constraint, text: string, found: Constraint[]): boolean {
  switch (constraint.type) {
    case 'requirement':
      return REQUIREMENTS.find((r) => r.value === constraint.value)?.kept.test(text) ?? false;
    case 'name': {
      const said = lastNormalizedLower(text);
      if (said.includes(constraint.value)) return true;
      // "Milwaukee County" is named by "Milwaukee", "ACME Corp" by "ACME": the kind of place or
      // company after a name is not part of what it names.
      const head = NAME_KIND.exec(constraint.value)?.[1];
      return (
        (head !== undefined && new RegExp(`\\b${escapeRegExp(head)}\\b`).test(said)) ||
        coded(constraint.value, said)
      );
    }
    case 'quoted':
      return lastNormalizedLower(text).includes(constraint.value);
    case 'date':
      return (
        found.some((c) => c.type === 'date' && compatibleDates(c.value, constraint.value)) ||
        mentionsDay(text, constraint.value)
      );
    case 'year':
      // A year the receiver repeats without date words around it ("2024 revenue") is still kept,
      // and so is the year of a date the receiver names by day and month only ("5th March").
      return (
        found.some((c) => c.type === 'year' && c.value === constraint.value) ||
        new RegExp(`\\b${constraint.value}\\b`).test(text) ||
        findDates(constraint.text).some(
          (d) => d.value.startsWith(constraint.value) && mentionsDay(text, d.value),
        )
      );
    case 'quantity':
      return (
        found.some((c) => c.type === 'quantity' && c.value === constraint.value) ||
        (/^[\d.]+$/.test(constraint.value) && plainNumbers(text).has(constraint.value))
      );
    case 'count': {
      const n = constraint.value.split(' ')[0]!;
      return (
        found.some((c) => c.type === 'count' && c.value === constraint.value) || plainNumbers(text).has(n)
      );
    }
    case 'limit': {
      const [kind, n] = constraint.value.split(' ');
      return (
        found.some(
          (c) => c.type === 'limit' && c.value.split(' ')[0] === kind && c.value.split(' ')[1] === n,
        ) || plainNumbers(text).has(n!)
      );
    }
    default:
      return found.some((c) => c.type === constraint.type && c.value === constraint.value);
  }
}

/**
 * A name ending in a code ("Wilkins LT1", "Roberts G06") written as a register writes it: the
 * name's first letters joined to the code ("WIL-LT1", "ROB_G06", "WLT1" for its initials).
 */
function coded(name: string, said: string): boolean {
  const parts = name.split(/\s+/);
  const code = parts.at(-1)!;
  if (parts.length < 2 || !/\d/.test(code) || !/[a-z]/.test(code)) return false;
  const initials = parts
    .slice(0, -1)
    .map((p) => p[0])
    .join('');
  for (const m of said.matchAll(new RegExp(`\\b([a-z]{1,6})[-_. ]?${escapeRegExp(code)}\\b`, 'g'))) {
    const prefix = m[1]!;
    if ((prefix.length >= 2 && parts[0]!.startsWith(prefix)) || prefix === initials) return true;
  }
  return false;
}

/** Currencies written "$" where they are at home: the dollars, and the Mexican peso. */
const DOLLARS = new Set([...DOLLAR_CURRENCIES.map((code) => code.toUpperCase()), 'MXN']);

/**
 * Whether `other`, found in a receiver's actions, contradicts the task's `constraint`: a different
 * value of a one-value type. Caps and floors contradict only when looser and about the same thing.
 */
export function contradicts(constraint: Constraint, other: Constraint): boolean {
  if (other.type !== constraint.type || other.value === constraint.value) return false;
  switch (constraint.type) {
    case 'date': {
      if (compatibleDates(constraint.value, other.value)) return false;
      // A bound is broken only on its wrong side (ISO dates compare as text; a month covers its days).
      const [a, b] = [constraint.value, other.value.slice(0, constraint.value.length)];
      if (constraint.bound === 'max') return b > a;
      if (constraint.bound === 'min') return b < a;
      return true;
    }
    case 'year':
      // A bound is broken only on its wrong side ("from 2021 onwards" allows 2023, not 2016).
      if (constraint.bound === 'min') return Number(other.value) < Number(constraint.value);
      if (constraint.bound === 'max') return Number(other.value) > Number(constraint.value);
      return true;
    case 'currency': {
      // A bare "$" or "dollars" is the dollar of wherever it is written: AUD in Sydney, not USD.
      const bare = (c: Constraint) => /^(?:\$|dollars?)$/i.test(c.text.trim());
      if ((bare(constraint) && DOLLARS.has(other.value)) || (bare(other) && DOLLARS.has(constraint.value)))
        return false;
      return true;
    }
    case 'quarter':
      return constraint.value[0] === other.value[0];
    case 'count':
      return constraint.value.split(' ').slice(1).join(' ') === other.value.split(' ').slice(1).join(' ');
    case 'limit': {
      const [kind, n, ...unit] = constraint.value.split(' ');
      const [otherKind, otherN, ...otherUnit] = other.value.split(' ');
      if (kind !== otherKind) return false;
      if (unit.join(' ') !== otherUnit.join(' ')) return false;
      if (kind === 'max') return Number(otherN) > Number(n);
      if (kind === 'min') return Number(otherN) < Number(n);
      return true;
    }
    default:
      return true;
  }
}
