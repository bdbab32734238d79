import { textMemo } from '../util/text-memo.ts';

/** A fact a task pins down, which a receiver that understood the task keeps. */
export interface Constraint {
  type: ConstraintType;
  /** Canonical value, compared across texts (e.g. `2024`, `Q3`, `EUR`, `top 3`). */
  value: string;
  /** The text it was found as. */
  text: string;
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
  | 'requirement';

/** Types with one value per task: a different value in the receiver's actions is a contradiction. */
export const EXCLUSIVE_TYPES: ReadonlySet<ConstraintType> = new Set([
  'year',
  'quarter',
  'currency',
  'limit',
  'date',
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
  $: 'USD',
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
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  twenty: 20,
};
const QUARTER_WORDS: Record<string, string> = { first: 'Q1', second: 'Q2', third: 'Q3', fourth: 'Q4' };
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';

const REQUIREMENTS: { value: string; pattern: RegExp; kept: RegExp }[] = [
  {
    value: 'cite sources',
    pattern:
      /\b(cite|citing|with|include|including|list|provide|add)\s+(the\s+|your\s+|their\s+)?(sources?|references?|citations?)\b/i,
    kept: /\bsources?\b|\breferences?\b|\bcitations?\b|https?:\/\/|\bwww\.|\b[\w-]+\.(com|org|net|io|example|gov|edu)\b|\[\d+\]/i,
  },
  {
    value: 'json',
    pattern: /\b(in|as|return|format(ted)? as|respond in)\s+(valid\s+)?json\b/i,
    kept: /[{[]|\bjson\b/i,
  },
  { value: 'table', pattern: /\b(as|in)\s+a\s+table\b/i, kept: /\|.*\||\btable\b/i },
  { value: 'bullet points', pattern: /\bbullet(ed)?\s+(points|list)\b/i, kept: /^\s*[-*•]\s|\bbullet/im },
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
]);

const constraintsOf = textMemo(findConstraints);

/** Extracts the constraints a task states, by form, not by domain vocabulary. */
export function extractConstraints(text: string): Constraint[] {
  return [...constraintsOf(text)];
}

function findConstraints(text: string): readonly Constraint[] {
  const out = new Map<string, Constraint>();
  const add = (type: ConstraintType, value: string, found: string): void => {
    const key = `${type}:${value}`;
    if (!out.has(key)) out.set(key, { type, value, text: found.trim() });
  };
  for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) add('date', m[0], m[0]);
  for (const m of text.matchAll(
    new RegExp(`\\b(\\d{1,2}\\s+)?(${MONTHS})\\s+(\\d{1,2},?\\s+)?((?:19|20)\\d{2})\\b`, 'gi'),
  )) {
    add('date', `${m[2]!.toLowerCase()} ${m[4]}`, m[0]);
  }
  for (const m of text.matchAll(/\b(?:FY\s?)?((?:19|20)\d{2})\b(?![-.,]?\d)/g)) add('year', m[1]!, m[0]);
  for (const m of text.matchAll(/\b(?:FY\s?)?'?(\d{2})\b/g))
    if (/FY/.test(m[0])) add('year', `20${m[1]}`, m[0]);
  for (const m of text.matchAll(/\b[QH]([1-4])\b/g)) add('quarter', m[0].toUpperCase(), m[0]);
  for (const m of text.matchAll(/\b(first|second|third|fourth)\s+quarter\b/gi))
    add('quarter', QUARTER_WORDS[m[1]!.toLowerCase()]!, m[0]);
  for (const currency of findCurrencies(text)) add('currency', currency.value, currency.text);
  for (const m of text.matchAll(
    /\b(?:top|best|first|last|at most|up to|no more than|under|maximum of|max)\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b/gi,
  )) {
    const raw = m[1]!.toLowerCase();
    const n = NUMBER_WORDS[raw] ?? Number(raw);
    const kind = m[0].toLowerCase().split(/\s+/)[0]!;
    add('limit', `${['top', 'best', 'first', 'last'].includes(kind) ? kind : 'max'} ${n}`, m[0]);
  }
  for (const m of text.matchAll(
    /(?<![\w.])(\d+(?:[.,]\d+)?)\s*(%|percent|billion|million|thousand|bn|m|k|km|kg|g|mb|gb|tb|ms|s|hours?|days?|minutes?)\b/gi,
  )) {
    add('quantity', `${canonicalNumber(m[1]!)} ${canonicalUnit(m[2]!)}`, m[0]);
  }
  for (const m of text.matchAll(/["“«]([^"”»\n]{2,80})["”»]|(?<![\w])'([^'\n]{3,60})'(?![\w])/g)) {
    add('quoted', (m[1] ?? m[2])!.toLowerCase(), m[0]);
  }
  for (const requirement of REQUIREMENTS) {
    const m = requirement.pattern.exec(text);
    if (m) add('requirement', requirement.value, m[0]);
  }
  for (const name of findNames(text)) add('name', name.toLowerCase(), name);
  return [...out.values()];
}

function findCurrencies(text: string): { value: string; text: string }[] {
  const out: { value: string; text: string }[] = [];
  for (const m of text.matchAll(
    /(?<![A-Za-z])(USD|EUR|GBP|JPY|CHF|CNY|RMB|INR|CAD|AUD|SEK|NOK|DKK|KRW|BRL|MXN|ZAR|SGD|HKD|PLN)(?![A-Za-z])|[$€£¥](?=\s?\d)|\b(euros?|dollars?|pounds? sterling|yen|francs?|yuan|rupees?)\b/g,
  )) {
    const key = (m[1] ?? m[2] ?? m[0]).toLowerCase().replace(' sterling', '');
    const value = CURRENCIES[key];
    if (value) out.push({ value, text: m[0] });
  }
  return out;
}

/** Capitalised multi-word names and all-caps words that are not sentence-initial filler. */
function findNames(text: string): string[] {
  const out: string[] = [];
  const pattern = /\b([A-Z][a-zA-Z0-9&'-]*[a-zA-Z0-9](?:\s+[A-Z][a-zA-Z0-9&'-]*[a-zA-Z0-9])*)\b/g;
  for (const m of text.matchAll(pattern)) {
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
    groups.forEach((words, i) => {
      const name = words.join(' ');
      if (name.length < 3) return;
      // A lone capitalised word opening a sentence is usually just the sentence's first word.
      if (i === 0 && first && words.length === 1 && !/^[A-Z0-9]{2,}$/.test(name)) return;
      out.push(name);
    });
  }
  return out;
}

export function canonicalNumber(raw: string): string {
  const value = Number(raw.replace(/,(?=\d{3}\b)/g, '').replace(',', '.'));
  return Number.isFinite(value) ? String(value) : raw;
}

function canonicalUnit(raw: string): string {
  const unit = raw.toLowerCase();
  if (unit === 'percent') return '%';
  if (unit === 'bn') return 'billion';
  if (unit.startsWith('hour')) return 'hour';
  if (unit.startsWith('day')) return 'day';
  if (unit.startsWith('minute')) return 'minute';
  return unit;
}

/** Whether `text` keeps `constraint` (same value, any of its usual spellings). */
export function keepsConstraint(constraint: Constraint, text: string, found: Constraint[]): boolean {
  switch (constraint.type) {
    case 'requirement':
      return REQUIREMENTS.find((r) => r.value === constraint.value)?.kept.test(text) ?? false;
    case 'name':
    case 'quoted':
      return text.toLowerCase().includes(constraint.value);
    case 'limit': {
      const n = constraint.value.split(' ')[1]!;
      const word = Object.entries(NUMBER_WORDS).find(([, value]) => String(value) === n)?.[0];
      return (
        found.some((c) => c.type === 'limit' && c.value === constraint.value) ||
        new RegExp(`\\b(${n}${word ? `|${word}` : ''})\\b`, 'i').test(text)
      );
    }
    default:
      return found.some((c) => c.type === constraint.type && c.value === constraint.value);
  }
}
