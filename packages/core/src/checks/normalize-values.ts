import { weekdayOf } from './lexicon.ts';

/**
 * Puts values written in different forms into one form before texts are compared: number words
 * ("ninety (90)" → 90), thousands separators ("1,000" → 1000), scales ("4.2 billion", "4,200 million"),
 * dates (ISO, "March 5, 2024", "5 March 2024" → 2024-03-05) and time units (2 weeks → 14 days).
 */

const SMALL: Record<string, number> = {
  zero: 0,
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
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
const WORD = `(?:${Object.keys(SMALL).join('|')})`;
const NUMBER_PHRASE = new RegExp(
  `\\b${WORD}(?:[\\s-]+(?:and[\\s-]+)?(?:${WORD}|hundred|thousand|million|billion))*\\b`,
  'gi',
);

/** The value of a phrase of number words ("one hundred and twenty-five" → 125), or undefined. */
export function numberFromWords(phrase: string): number | undefined {
  let total = 0;
  let current = 0;
  let any = false;
  for (const word of phrase.toLowerCase().split(/[\s-]+/)) {
    if (word === 'and' || word === '') continue;
    if (word in SMALL) {
      current += SMALL[word]!;
      any = true;
    } else if (word === 'hundred') current = (current || 1) * 100;
    else if (word in SCALES) {
      total += (current || 1) * SCALES[word]!;
      current = 0;
    } else return undefined;
  }
  return any ? total + current : undefined;
}

/**
 * Rewrites a text so that equal values look equal: number words become digits (a word followed by
 * the same number in brackets becomes one number), thousands separators go. Used only for comparing.
 */
export function normalizeNumbers(text: string): string {
  let out = text.replace(NUMBER_PHRASE, (phrase) => {
    // "one" alone is as often a pronoun ("the one we chose") as a number: leave it.
    if (/^one$/i.test(phrase)) return phrase;
    const value = numberFromWords(phrase);
    return value === undefined ? phrase : String(value);
  });
  // A duration in hours and minutes is one number of minutes: "1 h 28 min" is "88 min".
  out = out.replace(
    /\b(\d{1,3})\s*(?:h|hrs?|hours?)\.?,?\s+(?:and\s+)?(\d{1,2})\s*(?:m|mins?|minutes?)\b\.?/gi,
    (_, hours: string, minutes: string) => `${Number(hours) * 60 + Number(minutes)} min`,
  );
  // "90 (90)" from "ninety (90)": the bracketed repeat says the same number once more.
  out = out.replace(/\b(\d+)\s*\((\d+)\)/g, (whole, a: string, b: string) => (a === b ? a : whole));
  // Continental and Swiss groupings: 1.250,00 → 1250.00, 1.250.000 → 1250000, 1'200 → 1200.
  out = out.replace(/\b\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d,])/g, (n) => n.replace(/\./g, '').replace(',', '.'));
  out = out.replace(/\b\d{1,3}(?:\.\d{3}){2,}(?![\d.,])/g, (n) => n.replace(/\./g, ''));
  out = out.replace(/\b\d{1,3}(?:['’]\d{3})+(?!\d)/g, (n) => n.replace(/['’]/g, ''));
  // A decimal comma next to a currency ("480,50 €", "EUR 12,5"); elsewhere "3,50" may be a list.
  if (DIGIT_COMMA_DIGIT.test(out))
    out = out.replace(CURRENCY_DECIMAL_COMMA, (whole, before: string, number: string, after: string) =>
      before || after ? `${before}${number.replace(',', '.')}${after}` : whole,
    );
  // 1,000,000 / 1 000 → 1000000 (only groups of exactly three digits, so "3, 4" stays a list).
  out = out.replace(/\b\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?![\d,]*\.\d*,)\b/g, (number) =>
    number.replace(/[,\u00a0\u202f ]/g, ''),
  );
  return out;
}

const DIGIT_COMMA_DIGIT = /\d,\d/;
const CURRENCY_WORD = '(?:[$€£¥]|USD|EUR|GBP|CHF|JPY|CAD|AUD|SEK|NOK|DKK|PLN|euros?|dollars?)';
/** After a decimal comma, a currency or a unit says it is one number: "33,8 %", "8,35 kg". */
const UNIT_AFTER = '(?:%|kg|g|t|km|m|cm|mm|l|ml|°C)(?![\\w])';
const CURRENCY_DECIMAL_COMMA = new RegExp(
  `(${CURRENCY_WORD}\\s?|)(?<![\\d.,])(\\d+,\\d{1,2})(?![\\d,])(\\s?${CURRENCY_WORD}|\\s?${UNIT_AFTER}|)`,
  'g',
);

/** A number written with a scale word or suffix, as one value: "4.2 billion" and "4,200 million" agree. */
export function scaledNumber(number: string, scale: string | undefined): number {
  const value = Number(number.replace(/,/g, ''));
  const key = (scale ?? '').toLowerCase();
  const factor =
    key === 'k' || key === 'thousand'
      ? 1e3
      : key === 'm' || key === 'mn' || key === 'million'
        ? 1e6
        : key === 'bn' || key === 'b' || key === 'billion'
          ? 1e9
          : key === 'trillion' || key === 'tn'
            ? 1e12
            : 1;
  return value * factor;
}

/** Canonical text of a number: no trailing zeros, no exponent for ordinary sizes. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Math.round(value * 1e6) / 1e6);
}

const TIME_UNITS: Record<string, number> = {
  second: 1 / 86400,
  minute: 1 / 1440,
  hour: 1 / 24,
  day: 1,
  week: 7,
};

/**
 * A unit's canonical name and, for time spans, its factor to days; so "2 weeks" and "14 days" agree.
 */
export function canonicalUnit(raw: string): { unit: string; factor: number } {
  const unit = raw.toLowerCase().replace(/\.$/, '');
  if (unit === 'percent' || unit === 'per cent' || unit === 'pct') return { unit: '%', factor: 1 };
  if (/^(s|secs?|seconds?)$/.test(unit)) return { unit: 'day', factor: TIME_UNITS.second! };
  if (/^(mins?|minutes?|minutos?|minuten)$/.test(unit)) return { unit: 'day', factor: TIME_UNITS.minute! };
  // Spans in Spanish, Portuguese, French, German and Italian too: "24 meses", "30 Tage", "6 mois".
  if (/^(h|hrs?|hours?|horas?|heures?|stunden?|ore|小时|時間|시간|घंटे|שעות|ชั่วโมง)$/.test(unit))
    return { unit: 'day', factor: TIME_UNITS.hour! };
  if (/^(d|days?|d[ií]as?|jours?|tage|tagen|giorni|天|日間|일간|दिन|दिनों|ימים|วัน|روز|أيام)$/.test(unit))
    return { unit: 'day', factor: 1 };
  if (
    /^(wks?|weeks?|semanas?|semaines?|wochen?|settimane|週間|周|个?星期|주일|주간|सप्ताह|שבועות|สัปดาห์)$/.test(
      unit,
    )
  )
    return { unit: 'day', factor: TIME_UNITS.week! };
  if (/^(months?|mos?|mes(?:es)?|mois|monate?n?|mesi|个月|[ヶか]月|カ月|개월|महीने|חודשים|เดือน)$/.test(unit))
    return { unit: 'month', factor: 1 };
  if (/^(yrs?|years?|a[ñn]os?|ans|jahre?n?|anni)$/.test(unit)) return { unit: 'year', factor: 1 };
  if (/^(kms?|kilomet(er|re)s?)$/.test(unit)) return { unit: 'km', factor: 1 };
  if (/^(kgs?|kilograms?|kilos?)$/.test(unit)) return { unit: 'kg', factor: 1 };
  if (/^(ms|milliseconds?)$/.test(unit)) return { unit: 'day', factor: TIME_UNITS.second! / 1000 };
  return { unit, factor: 1 };
}

/** Currencies of countries that write their dollar "$": a bare "$" may be any of them. */
export const DOLLAR_CURRENCIES: readonly string[] = ['usd', 'aud', 'cad', 'nzd', 'sgd', 'hkd'];

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
export const MONTH_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/**
 * Month names in the languages teams write dates in, each form a text may inflect it to ("12 marca
 * 2027", "12. března 2027", "12 березня 2027", "2027. március 12."), January first.
 */
const INTL_MONTHS: readonly string[][] = [
  'januar jänner janvier enero janeiro gennaio januari styczeń stycznia leden ledna січень січня январь января ianuarie január ocak',
  'februar feber février febrero fevereiro febbraio februari luty lutego únor února лютий лютого февраль февраля februarie február febr şubat',
  'märz mars marzo março maart marzec marca březen března березень березня март марта martie március márc mart maret',
  'avril abril aprile kwiecień kwietnia duben dubna квітень квітня апрель апреля aprilie április ápr nisan',
  'mai mayo maio maggio mei maj maja květen května травень травня мая máj május mayıs',
  'juni juin junio junho giugno czerwiec czerwca červen června червень червня июнь июня iunie június jún haziran',
  'juli juillet julio julho luglio lipiec lipca červenec července липень липня июль июля iulie július júl temmuz',
  'août agosto augustus augusti sierpień sierpnia srpen srpna серпень серпня август августа augusztus ağustos agustus',
  'septembre septiembre setiembre setembro settembre wrzesień września září вересень вересня сентябрь сентября septembrie szeptember szept eylül',
  'oktober octobre octubre outubro ottobre październik października říjen října жовтень жовтня октябрь октября octombrie október okt ekim',
  'novembre noviembre novembro listopad listopada listopadu листопад листопада ноябрь ноября noiembrie kasım',
  'dezember décembre diciembre dezembro dicembre grudzień grudnia prosinec prosince грудень грудня декабрь декабря decembrie aralık desember',
].map((names) => names.split(' '));
const INTL_MONTH_NUMBER = new Map<string, number>(
  INTL_MONTHS.flatMap((names, i) => names.map((name) => [name, i + 1] as const)),
);
/** "12 marca 2027", "12. März 2027", "12 de marzo de 2027", "12 березня 2027 р." (the word looked up after). */
// (A word of letters, not an alternation of 190 month names: that regex cost 5 % of all analysis.)
const INTL_DAY_MONTH_YEAR =
  /(?<![\p{L}\d.])(\d{1,2})\.?\s*(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+|del\s+)?(\d{4})(?!\d)/giu;
/** A month word and a year, no day before it: "Februari 2028", "de março de 2027" has its day read first. */
const INTL_MONTH_YEAR = /(?<![\p{L}\d])(?<!\d\.?\s)(\p{L}{3,})\.?,?\s+(?:de\s+)?(\d{4})(?!\d|\.\s*\p{L})/giu;
/** Hungarian, the year first: "2027. március 12.", "2027. márc. 12-én". */
const YEAR_MONTH_DAY = /(?<![\p{L}\d])(\d{4})\.\s*(\p{L}+)\.?\s+(\d{1,2})(?!\d)/giu;

export interface FoundDate {
  /** `YYYY-MM-DD`, or `YYYY-MM` when no day was given. */
  value: string;
  text: string;
  index: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

// matchAll copies a global pattern, so these are shared safely.
const MONTH = `(${MONTH_PATTERN})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+(\\d{4})\\b`, 'gi');
const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'gi');
const MONTH_YEAR = new RegExp(`\\b${MONTH},?\\s+(\\d{4})\\b`, 'gi');
/** Every month name (and abbreviation) starts with one of these, at a word boundary. */
const MONTH_START = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

function validDate(year: number, month: number, day?: number): boolean {
  if (month < 1 || month > 12 || year < 1000 || year > 2999) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function date(year: number, month: number, day?: number): string {
  return day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * Dates in their usual spellings, as ISO values. Numeric dates like 03/04/2025 are read only when the
 * order is unambiguous (one part over 12); an ambiguous one is left out rather than guessed.
 */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  const taken: [number, number][] = [];
  const add = (value: string, m: RegExpMatchArray): void => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (taken.some(([a, b]) => start < b && end > a)) return;
    taken.push([start, end]);
    out.push({ value, text: m[0], index: start });
  };
  // Not inside an identifier: "DD-2027-02-01" names a batch, not the day.
  for (const m of text.matchAll(
    /(?<![A-Za-z]-|[\w-])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b(?!-[A-Za-z\d])/g,
  )) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (validDate(y, mo, d)) add(date(y, mo, d), m);
  }
  // A month as a value of its own: `"mes": "2027-04"` (not inside an identifier or a range).
  if (text.includes('-'))
    for (const m of text.matchAll(/(?<![\w./:-])(\d{4})-(0[1-9]|1[0-2])(?![\w./:]|-\d)/g)) {
      const [y, mo] = [Number(m[1]), Number(m[2])];
      if (validDate(y, mo)) add(date(y, mo), m);
    }
  // Chinese, Japanese and Korean: "2026年12月5日", "2027년 1월 18일", "2026年12月".
  if (/[年년]/.test(text))
    for (const m of text.matchAll(
      /(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월](?:\s*(\d{1,2})\s*[日일号號])?/g,
    )) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined];
      if (validDate(y, mo, d)) add(date(y, mo, d), m);
    }
  // "the night of 12/13 Jan 2027", "8–9 March 2027", "15–21 Januari 2027": the first day of the
  // span is a day of it too.
  const spanStart = (m: RegExpMatchArray, y: number, mo: number, d: number) => {
    const first = /(?<![\d.,])(\d{1,2})\.?\s*[/–-]\s*$/.exec(
      text.slice(Math.max(0, (m.index ?? 0) - 7), m.index),
    );
    if (!first || !validDate(y, mo, Number(first[1])) || Number(first[1]) >= d) return;
    const value = date(y, mo, Number(first[1]));
    // (English month names are read twice, the English way and the German one.)
    if (!out.some((found) => found.value === value && found.index === (m.index ?? 0)))
      out.push({ value, text: `${first[0]}${m[0]}`.trim(), index: m.index ?? 0 });
  };
  // The spelled-out forms need a word that starts like a month.
  const months = MONTH_START.test(text);
  if (months) {
    for (const m of text.matchAll(MONTH_DAY_YEAR)) {
      const [mo, d, y] = [MONTHS[m[1]!.toLowerCase()]!, Number(m[2]), Number(m[3])];
      if (validDate(y, mo, d)) add(date(y, mo, d), m);
    }
    for (const m of text.matchAll(DAY_MONTH_YEAR)) {
      const [d, mo, y] = [Number(m[1]), MONTHS[m[2]!.toLowerCase()]!, Number(m[3])];
      if (!validDate(y, mo, d)) continue;
      add(date(y, mo, d), m);
      spanStart(m, y, mo, d);
    }
  }
  // Other languages' month names: a year must stand by (a text without four digits has none).
  if (/\d{4}/.test(text)) {
    // (English names too, written the German or Nordic way: "20. September 2027".)
    const month = (word: string) => INTL_MONTH_NUMBER.get(word.toLowerCase()) ?? MONTHS[word.toLowerCase()];
    for (const m of text.matchAll(INTL_DAY_MONTH_YEAR)) {
      const [d, mo, y] = [Number(m[1]), month(m[2]!), Number(m[3])];
      if (mo === undefined || !validDate(y, mo, d)) continue;
      add(date(y, mo, d), m);
      spanStart(m, y, mo, d);
    }
    for (const m of text.matchAll(YEAR_MONTH_DAY)) {
      const [y, mo, d] = [Number(m[1]), month(m[2]!), Number(m[3])];
      if (mo !== undefined && validDate(y, mo, d)) add(date(y, mo, d), m);
    }
    // A month and year alone ("Februari 2028", "März 2027"), after any day-month-year above.
    for (const m of text.matchAll(INTL_MONTH_YEAR)) {
      const [mo, y] = [month(m[1]!), Number(m[2])];
      if (mo !== undefined && validDate(y, mo)) add(date(y, mo), m);
    }
  }
  const numeric = [...text.matchAll(/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g)];
  const order = numeric.length > 0 ? dateOrder(text) : undefined;
  for (const m of numeric) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (a > 12 && validDate(y, b, a)) add(date(y, b, a), m);
    else if (b > 12 && validDate(y, a, b)) add(date(y, a, b), m);
    // Day and month alike ("05/05/2027"): one day either way.
    else if (a === b && validDate(y, a, a)) add(date(y, a, a), m);
    // Ambiguous ("07/03/2027"): read in the order the text itself shows or declares, if any.
    else if (order === 'dmy' && validDate(y, b, a)) add(date(y, b, a), m);
    else if (order === 'mdy' && validDate(y, a, b)) add(date(y, a, b), m);
    // Named with its weekday ("quinta-feira, 08/04/2027"): the reading that falls on it.
    else if (order === undefined && weekdayRead(text, m, [a, b, y])) add(weekdayRead(text, m, [a, b, y])!, m);
  }
  if (months)
    for (const m of text.matchAll(MONTH_YEAR)) {
      // "May 2024": the month word must be a month here, not the verb ("you may 2024…" is rare).
      const [mo, y] = [MONTHS[m[1]!.toLowerCase()]!, Number(m[2])];
      if (m[1]!.toLowerCase() === 'may' && m[1] !== 'May') continue;
      if (validDate(y, mo)) add(date(y, mo), m);
    }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * The one reading of an ambiguous numeric date ("08/04/2027") that falls on the weekday written
 * right before or after it ("quinta-feira, 08/04/2027", "Thu 08/04/2027"), if there is one.
 */
function weekdayRead(
  text: string,
  m: RegExpMatchArray,
  [a, b, y]: [number, number, number],
): string | undefined {
  const at = m.index ?? 0;
  const near = [
    ...(text.slice(Math.max(0, at - 24), at).match(/\p{L}+/gu) ?? []).slice(-3),
    ...(text.slice(at + m[0].length, at + m[0].length + 16).match(/\p{L}+/gu) ?? []).slice(0, 2),
  ];
  const weekday = near.map(weekdayOf).find((w) => w !== undefined);
  if (weekday === undefined) return undefined;
  const falls = (mo: number, d: number) =>
    validDate(y, mo, d) && (new Date(Date.UTC(y, mo - 1, d)).getUTCDay() + 6) % 7 === weekday;
  const [dmy, mdy] = [falls(b, a), falls(a, b)];
  return dmy && !mdy ? date(y, b, a) : mdy && !dmy ? date(y, a, b) : undefined;
}

/**
 * The order a text writes numeric dates in: declared ("dates are dd/mm", "MM/DD/YYYY"), or shown by
 * its unambiguous ones ("21/02" can only be day first), when they all agree.
 */
function dateOrder(text: string): 'dmy' | 'mdy' | undefined {
  if (/\bdd[/.-]mm\b/i.test(text)) return 'dmy';
  if (/\bmm[/.-]dd\b/i.test(text)) return 'mdy';
  let dayFirst = false;
  let monthFirst = false;
  for (const m of text.matchAll(/\b(\d{1,2})[/.](\d{1,2})\b(?![/.]\d{1,3}\b)/g)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst = true;
    if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? undefined : dayFirst ? 'dmy' : 'mdy';
}

/** Day and month written without a year ("5th March", "Mar 5"), where no year follows. */
export function findDayMonths(text: string): { month: number; day: number; text: string }[] {
  const out: { month: number; day: number; text: string }[] = [];
  const month = `(${MONTH_PATTERN})\\.?`;
  const day = '(\\d{1,2})(?:st|nd|rd|th)?';
  // (Nor a time of day: "14 Nov 02:00" names no 2 Nov.)
  const noYear = '(?!,?\\s+(?:de\\s+|del\\s+)?\\d{4}\\b|\\d|[:h]\\d)';
  // "14 de enero", "3 di marzo" as well as "5th of March".
  for (const m of text.matchAll(new RegExp(`\\b${day}\\s+(?:(?:of|de|di)\\s+)?${month}\\b${noYear}`, 'gi')))
    out.push({ day: Number(m[1]), month: MONTHS[m[2]!.toLowerCase()]!, text: m[0] });
  for (const m of text.matchAll(new RegExp(`\\b${month}\\s+${day}\\b${noYear}`, 'gi')))
    out.push({ month: MONTHS[m[1]!.toLowerCase()]!, day: Number(m[2]), text: m[0] });
  // In the other languages: "14 de enero", "14. März", "14 marca" (the word looked up after).
  for (const m of text.matchAll(
    /(?<![\p{L}\d.,])(\d{1,2})\.?\s*(?:de\s+|di\s+)?(\p{L}{3,})(?![\p{L}])(?!\.?,?\s+(?:de\s+|del\s+)?\d{4}\b|\.?\s*\d)/gu,
  )) {
    const word = m[2]!.toLowerCase();
    const number = INTL_MONTH_NUMBER.get(word);
    if (number !== undefined && !(word in MONTHS)) out.push({ day: Number(m[1]), month: number, text: m[0] });
  }
  // "may 5" in running text is rarely a date; the capitalised month is.
  return out.filter((found) => !/^may\b/.test(found.text) && found.day >= 1 && found.day <= 31);
}

/**
 * Whether `text` names the day `iso` (YYYY-MM-DD) in a form `findDates` leaves out: a numeric date
 * whose day/month order is ambiguous (05.03.2025 read either way), or the day and month without a
 * year ("5th March", "Mar 5", "31/01").
 */
export function mentionsDay(text: string, iso: string): boolean {
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number | undefined];
  if (d === undefined) return false;
  // Either way round, unless the text shows which ("08/04/2025 – 19/05/2025" is day first: 8 April).
  let order: 'dmy' | 'mdy' | undefined | null = null;
  for (const m of text.matchAll(/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g)) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (year !== y) continue;
    if (order === null) order = dateOrder(text);
    if ((order !== 'mdy' && a === d && b === mo) || (order !== 'dmy' && a === mo && b === d)) return true;
  }
  // Day and month in figures without a year ("Pricing 31/01: …"), only where the figures fix the
  // order: "07/04" quoted back by a receiver that booked 4 July keeps no 7 April.
  // Or where another such day of the text fixes it ("Sat 13/03 … now FRIDAY 12/03" is day first).
  const pairs = [...text.matchAll(/(?<![\d/.])(\d{1,2})[/.](\d{1,2})(?![/.]?\d)/g)].map(
    (m) => [Number(m[1]), Number(m[2])] as const,
  );
  // Or a weekday before them that only one reading falls on ("Thu 3/4" is 4 March 2027, a Thursday).
  const weekdayAt = (month: number, day: number) =>
    (new Date(Date.UTC(y, month - 1, day)).getUTCDay() + 6) % 7;
  for (const m of text.matchAll(/(?<![\p{L}])(\p{L}{2,9})\.?,?\s+(\d{1,2})[/.](\d{1,2})(?![/.]?\d)/gu)) {
    const [a, b] = [Number(m[2]), Number(m[3])];
    if (!((a === mo && b === d) || (a === d && b === mo)) || a > 12 || b > 12) continue;
    const named = weekdayOf(m[1]!);
    // (12/03 of 2027 is a Friday read either way round: nothing fixed.)
    if (named === weekdayAt(mo, d) && named !== weekdayAt(d, mo)) return true;
  }
  const dayFirst = pairs.some(([a]) => a > 12);
  const monthFirst = pairs.some(([, b]) => b > 12);
  for (const [a, b] of pairs) {
    if ((a > 12 && a === d && b === mo) || (b > 12 && a === mo && b === d)) return true;
    if (dayFirst !== monthFirst && (dayFirst ? a === d && b === mo : a === mo && b === d)) return true;
  }
  return findDayMonths(text).some((found) => found.day === d && found.month === mo);
}

/** Whether two dates can name the same day: equal, or one is the month of the other. */
export function compatibleDates(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

const YEAR_BEFORE =
  /(?:\b(?:in|for|since|during|until|till|before|after|from|through|thru|between|by|year|years|fiscal|calendar|early|mid|late|end of|start of|beginning of|spring|summer|autumn|fall|winter|circa|season|vintage|class of|as of|throughout|[QH][1-4])|\bFY\s?|[–-]|\b(?:19|20)\d{2}\s*(?:to|and|or|vs\.?|versus))\s*$/i;
const YEAR_AFTER = /^(?:\s*(?:[QH][1-4]\b|fiscal\b|'s\b|[–-]\s*(?:19|20)?\d{2}\b|\/\d{2}\b))/i;
const COUNTED =
  /^\s+(?!(?:onwards|afterwards|towards|backwards|always|whereas|besides|perhaps|its|his|was|has|this|thus|is|as|us)\b)[a-z]{3,}s\b(?!')/;
const COUNTER_BEFORE =
  /(?:\b(?:note|no|nr|number|num|id|ticket|order|invoice|page|pp?|line|item|version|v|port|room|flight|model|out of|of|step|code|ref|case|account|build|issue|pr|row|chapter|section|pin|zip|sku|part|batch|lot|serial|unit|apt|suite|gate|seat|route|channel|ext|level|tier|size|rank|max|min|limit|top|up to|under|over|budget|total|costs?|price[sd]?|pay|paid|fee|USD|EUR|GBP|JPY|CHF|CNY|INR|CAD|AUD|SEK|NOK|DKK)\.?|[#№§x×$€£¥])\s*$/i;

export interface FoundYear {
  value: string;
  text: string;
  index: number;
  /** A year that bounds a range ("from 2021 onwards", "before 2019") rather than naming one. */
  bound?: 'min' | 'max';
}

const FLOOR_BEFORE =
  /\b(?:from|since|after|starting(?: in)?|as of|not before|no earlier than|earliest(?: [a-z]+)?(?: (?:is|on|date|:))?|(?:not|never|cannot|can['’]t)\s+(?:[a-z]+\s+){1,2}before)\s*:?\s*$/i;
const FLOOR_AFTER = /^\s*(?:onwards|onward|or later|and later|and after|at the earliest|\+)/i;
/** A weekday between a bound's word and its day: "by Fri 15 Jan", "earliest pour Tue 28 Apr". */
const WEEKDAY_LEFT = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s*$/i;
const CEILING_BEFORE =
  /(?<![\p{L}])(?:before|until|till|by|up to|through|prior to|no later than|før|senest|innan|före|senast|vor|bis|spätestens|voor|uiterlijk|avant|au plus tard|antes de|hasta|até|entro|prima del|przed|najpóźniej|nejpozději|před|до|не позднее|не пізніше|înainte de|până la|legkésőbb)\s*$/iu;
/** After the day in languages that put it first: "20.02.2027 mennessä", "2027. március 20. előtt". */
const CEILING_AFTER = /^\s*(?:or earlier|and earlier|and before|mennessä|előtt|-ig\b|までに|前)/iu;

/** Words before a day that say something lapses then: "expire 21/03/2027", "expiry date:", "runs out on". */
const EXPIRES_BEFORE = /\b(?:expir(?:es?|ed|y|ing)|lapses?|runs? out)(?:\s+(?:on|date|is))?\s*:?\s*$/i;
/** A clause after the day that bounds by it, with no other figure between: "…, must mature by then". */
const THEN_BOUND =
  /^[^.;\n\d]{0,56}?(?<![\p{L}])(by|before|until|till|no later than|prior to|after|from) (?:then|that (?:date|day))(?![\p{L}])/iu;

/** Whether the value at `index` bounds a range ("before 15 Feb", "from 2021 onwards") by the words around it. */
export function boundAt(text: string, index: number, length: number): 'min' | 'max' | undefined {
  const before = text.slice(Math.max(0, index - 32), index).replace(WEEKDAY_LEFT, '');
  const after = text.slice(index + length, index + length + 24);
  if (FLOOR_AFTER.test(after) || (FLOOR_BEFORE.test(before) && !/^\s*(?:to|[–-])\s*\S/.test(after)))
    return 'min';
  if (CEILING_AFTER.test(after) || CEILING_BEFORE.test(before)) return 'max';
  // "CP12s expire 21/03/2027", "expiry: 30 Jun": work on the thing comes before it lapses.
  if (EXPIRES_BEFORE.test(before)) return 'max';
  // "Receipts expire 30 Jun 2027, loan must mature by then": a later clause bounds by the day.
  const then = THEN_BOUND.exec(text.slice(index + length, index + length + 72))?.[1]?.toLowerCase();
  if (then) return /^(?:after|from)/.test(then) ? 'min' : 'max';
  // "before the opening on 10 March", "after the survey on 3 May": the bound is an event's day.
  const event = EVENT_BOUND.exec(text.slice(Math.max(0, index - 48), index))?.[1]?.toLowerCase();
  if (event) return event === 'after' || event === 'following' ? 'min' : 'max';
  return undefined;
}

const EVENT_BOUND =
  /\b(before|until|till|by|prior to|ahead of|after|following)\s+(?:the|its|our|their|your)\s+(?:[a-z-]+\s+){1,3}(?:on|of|at)\s*$/i;

/**
 * Four-digit numbers that are years: only where the text gives them a date context ("in 2024",
 * "Q3 2024", "FY2024", "2023–2024", "2024's"), never counters, ids, prices or limits ("note 1903",
 * "out of 2000", "$2024").
 */
export function findYears(text: string, options: { near?: number } = {}): FoundYear[] {
  const out: FoundYear[] = [];
  const near = options.near;
  for (const m of text.matchAll(/(?<![\w$€£¥#./:-])(?:FY\s?)?((?:19|20)\d{2})(?![\w%]|[.,]\d|\s*%)/g)) {
    const index = m.index ?? 0;
    const before = text.slice(Math.max(0, index - 32), index).replace(WEEKDAY_LEFT, '');
    const after = text.slice(index + m[0].length, index + m[0].length + 24);
    const fiscal = /^FY/i.test(m[0]);
    // Where a task already pinned a year, a bare number close to it reads as a year too
    // ("ACME 2023 revenue" against a task about 2024), unless it is labelled as something else.
    const loose = near !== undefined && Math.abs(Number(m[1]) - near) <= 30 && !COUNTER_BEFORE.test(before);
    const dated = fiscal || YEAR_BEFORE.test(before) || YEAR_AFTER.test(after) || loose;
    // "in 2000 steps", "from 1950 records": a count of things, not a year.
    if (!dated || (!fiscal && COUNTED.test(after) && !/[QH][1-4]\s*$/i.test(before))) continue;
    const year: FoundYear = { value: m[1]!, text: m[0], index };
    if (
      FLOOR_AFTER.test(after) ||
      (FLOOR_BEFORE.test(before) && !/^\s*(?:to|[–-])\s*(?:19|20)\d{2}/.test(after))
    )
      year.bound = 'min';
    else if (CEILING_AFTER.test(after) || CEILING_BEFORE.test(before)) year.bound = 'max';
    out.push(year);
  }
  for (const m of text.matchAll(/\bFY\s?'?(\d{2})\b/gi))
    out.push({ value: `20${m[1]}`, text: m[0], index: m.index ?? 0 });
  return out;
}
