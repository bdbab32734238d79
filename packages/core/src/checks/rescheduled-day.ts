import { weekdayOf as anyWeekday, ENDED_WORDS, NO_LONGER_VALID, NOW_WORDS } from './lexicon.ts';
import { findDates, findDayMonths, mentionsDay } from './normalize-values.ts';
import { STOP, sentencesOf } from './task-words.ts';

/** Verbs that move an event to another day: "Hackney moved us to Thursday 14 Jan 2027". */
const MOVED =
  /\b(?:moved|rescheduled|postponed|pushed(?: back)?|put back|brought forward|shifted|re-?booked|re-?dated|changed)\b[^.;]{0,40}?\bto\b/i;
/** The day a move denies or leaves, by its day of the month: "not for the 12th", "instead of the 12th". */
const LEFT_DAY =
  /\b(?:not|no longer|instead of|rather than|from)\s+(?:for|on)?\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b/gi;

const LEFT_BEFORE = /\b(?:not|no longer|instead of|rather than|from)\s+(?:for|on)?\s*(?:the\s+)?$/i;
const LEFT_DAY_NAMED = new RegExp(LEFT_DAY.source, 'i');

export interface Rescheduling {
  /** The day left, `YYYY-MM-DD`. */
  old: string;
  /** The days it moved to (one, or each day of a span). */
  current: string[];
  sentence: string;
}

/** Days named as the old ones right after a date: "16–19 March 2027 (was 9–12)", "14 Jan 2027, previously the 12th". */
const WAS_DAYS =
  /^\s*[(,;]?\s*(?:was|previously|formerly|originally|instead of|moved from)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:[–-]|to)\s*(\d{1,2})(?:st|nd|rd|th)?)?(?=\s*[),;.]|\s*$)/i;

const iso = (year: string, month: string, day: number): string | undefined =>
  new Date(Date.UTC(Number(year), Number(month) - 1, day)).getUTCDate() === day
    ? `${year}-${month}-${String(day).padStart(2, '0')}`
    : undefined;

/**
 * An event a message says moved to another day, with the day it left: "granted but not for the
 * 12th … moved us to Thursday 14 Jan 2027", "rescheduled from 3 March 2027 to 10 March 2027". The
 * day left is one the sentence itself names as left; a day the sentence only mentions is not.
 */
export function reschedulingsOf(text: string): Rescheduling[] {
  const found: Rescheduling[] = [];
  for (const sentence of sentencesOf(text)) {
    const dates = findDates(sentence).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value));
    if (dates.length === 0) continue;
    const add = (old: Iterable<string>, current: string[]) => {
      for (const day of old) if (!current.includes(day)) found.push({ old: day, current, sentence });
    };
    // "… moved us to Thursday 14 Jan 2027", with the day it left named as left.
    const move = MOVED.exec(sentence);
    const end = move ? move.index + move[0].length : -1;
    const moved = move ? dates.find((d) => d.index >= end && d.index <= end + 24) : undefined;
    if (moved) {
      const [year, month] = moved.value.split('-') as [string, string];
      const old = new Set<string>();
      for (const d of dates)
        if (d !== moved && LEFT_BEFORE.test(sentence.slice(Math.max(0, d.index - 24), d.index)))
          old.add(d.value);
      // A day of the month alone is a day of the new date's month.
      for (const m of sentence.matchAll(LEFT_DAY)) {
        const day = iso(year, month, Number(m[1]));
        if (day) old.add(day);
      }
      add(old, [moved.value]);
    }
    // "16–19 March 2027 (was 9–12)": the days of the span, and the old days in the same month.
    for (const d of dates) {
      if (sentence.slice(d.index, d.index + d.text.length) !== d.text) continue; // a span's first day
      const was = WAS_DAYS.exec(sentence.slice(d.index + d.text.length));
      if (!was) continue;
      const [year, month] = d.value.split('-') as [string, string];
      const current = dates.filter((other) => other.index === d.index).map((other) => other.value);
      const [from, to = from] = [Number(was[1]), Number(was[2] ?? was[1])];
      const old: string[] = [];
      for (let day = from; day <= to && day - from < 31; day++) {
        const value = iso(year, month, day);
        if (value) old.push(value);
      }
      add(old, current);
    }
  }
  return found;
}

/** A day written with its weekday and day/month, no year: "Thu 15/04". */
const WEEKDAY_DAY_MONTH = /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+(\d{1,2})\/(\d{1,2})\b(?!\/\d)/gi;

/** The days (month and day) of a text written without a year: "15 Apr", "April 15th", "Thu 15/04". */
function yearlessDays(text: string): { month: number; day: number; at: number; end: number }[] {
  const out: { month: number; day: number; at: number; end: number }[] = [];
  for (const found of findDayMonths(text)) {
    const at = text.indexOf(found.text);
    out.push({ month: found.month, day: found.day, at, end: at + found.text.length });
  }
  for (const m of text.matchAll(WEEKDAY_DAY_MONTH)) {
    const [day, month] = [Number(m[1]), Number(m[2])];
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12)
      out.push({ month, day, at: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A day without its year, as `0000-MM-DD`: it names that day of any year. */
const yearless = (month: number, day: number) =>
  `0000-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

const namesDay = (text: string, iso: string) =>
  iso.startsWith('0000-')
    ? yearlessDays(text).some((d) => yearless(d.month, d.day) === iso) ||
      findDates(text).some((d) => d.value.slice(4) === iso.slice(4))
    : findDates(text).some((d) => d.value === iso) || mentionsDay(text, iso);

/** Words after a day that call it off: "the contractor's Thu 15/04 is OFF", "Sat 3 May is cancelled". */
const CALLED_OFF =
  /^(?:[^.;()]{0,12}\([^)]{0,40}\)|[^.;()]{0,30}\))?[^.;]{0,12}?\b(?:(?:is|are|was)\s+(?:now\s+)?\**(?:OFF|off|cancell?ed|withdrawn|scrapped|no longer (?:on|happening|valid|possible))|no longer (?:works?|suits?|fits?|possible|available|an option)|(?:does|do)(?:n['’]t| not) work any ?more)\b/;
/** Words before a day that make it the one now in force: "confirm opening Sat 17 Apr", "now 17 Apr", "moved to". */
const IN_FORCE =
  /\b(?:confirm(?:s|ed)?|opening|opens|reopen(?:s|ing)?|now|new date|instead|moved to|rescheduled (?:to|for)|go(?:es)? ahead|offer(?:s|ed)?|propose[sd]?|suggest(?:s|ed)?|can do|switch(?:es|ed)? to)\b[^.;]{0,24}$/i;

/**
 * A day a message calls off, written without a year ("the contractor's Thu 15/04 is OFF"), with the
 * day it puts in force in the same or the next sentence ("Facilities confirm opening Sat 17 Apr").
 */
export function calledOffDays(text: string): Rescheduling[] {
  if (!/\b(?:off|cancell?ed|withdrawn|scrapped|no longer|any ?more)\b/i.test(text)) return [];
  const found: Rescheduling[] = [];
  const sentences = sentencesOf(text);
  for (const [i, sentence] of sentences.entries()) {
    for (const day of yearlessDays(sentence)) {
      if (!CALLED_OFF.test(sentence.slice(day.end))) continue;
      const old = yearless(day.month, day.day);
      const near = [sentence, sentences[i + 1] ?? ''].join(' ');
      const current = yearlessDays(near)
        .filter((d) => IN_FORCE.test(near.slice(Math.max(0, d.at - 48), d.at)))
        .map((d) => yearless(d.month, d.day))
        .filter((d) => d !== old);
      if (current.length > 0) found.push({ old, current: [current[0]!], sentence });
    }
  }
  return found;
}

/** Words that give a slot up: "was given up", "is dropped", "has been called off". */
const GIVEN_UP = 'given up|dropped|cancell?ed|called off|withdrawn|scrapped|released|lost';
/** Words that say a slot does not suit: "(Thursday 2 PM did not work for Mom)", "Monday is no longer possible". */
const NOT_SUITED = String.raw`(?:did|does|do)(?:n['’]t| not) work|won['’]t work|no longer works|(?:is|was) (?:no longer |not )possible`;
/** A slot named by its weekday alone, said to be given up or not to suit: "The Thursday 00:00–05:00 slot was given up". */
const WEEKDAY_OFF = new RegExp(
  String.raw`\b(mon|tues|wednes|thurs|fri|satur|sun)day\b[^.;]{0,40}?\b(?:(?:was|is|were|has been|have been)\s+\**(?:${GIVEN_UP})\b|${NOT_SUITED})`,
  'gi',
);
const GIVEN_UP_WORD = new RegExp(String.raw`\b(?:${GIVEN_UP}|${NOT_SUITED})\b`, 'i');
/** A weekday written right before a dated day: "Friday 03/19/2027", "**Fri, 19 March 2027". */
const WEEKDAY_JUST_BEFORE = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*\**\s*$/i;
/** A weekday written right before a day: "Fri 19/03", "Friday 19 March". */
const WEEKDAY_BEFORE = /^(mon|tue|wed|thu|fri|sat|sun)/i;
/** Weekdays (0 = Sunday, as Date gives them) by their first three letters. */
const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const weekdayOf = (name: string) => WEEKDAY_INDEX[name.slice(0, 3).toLowerCase()]!;

/**
 * A slot a message gives up by its weekday alone ("The Thursday 00:00–05:00 slot was given up"),
 * beside the day now in force, written with its weekday ("the window is now Fri 19/03"): the day
 * given up is that weekday nearest the new day (Thu 18/03).
 */
export function givenUpWeekdays(text: string): Rescheduling[] {
  if (!GIVEN_UP_WORD.test(text)) return [];
  const found: Rescheduling[] = [];
  const sentences = sentencesOf(text);
  for (const [i, sentence] of sentences.entries())
    for (const m of sentence.matchAll(WEEKDAY_OFF)) {
      const weekday = weekdayOf(m[1]!);
      const near = [sentences[i - 1] ?? '', sentence, sentences[i + 1] ?? ''].join(' ');
      const inForce = (at: number) => IN_FORCE.test(near.slice(Math.max(0, at - 48), at));
      const written = yearlessDays(near).find((d) => inForce(d.at) && WEEKDAY_BEFORE.test(near.slice(d.at)));
      // Or a dated day with its weekday before it ("is now **Friday 03/19/2027"): its year kept.
      const dated = written
        ? undefined
        : findDates(near).find(
            (d) =>
              /^\d{4}-\d{2}-\d{2}$/.test(d.value) &&
              inForce(d.index) &&
              WEEKDAY_JUST_BEFORE.test(near.slice(Math.max(0, d.index - 16), d.index)),
          );
      const current =
        written ?? (dated && { month: Number(dated.value.slice(5, 7)), day: Number(dated.value.slice(8)) });
      if (!current) continue;
      const year = dated ? Number(dated.value.slice(0, 4)) : 2001;
      const own = written
        ? weekdayOf(WEEKDAY_BEFORE.exec(near.slice(written.at))![1]!)
        : new Date(Date.UTC(year, current.month - 1, current.day)).getUTCDay();
      // The nearest day of that weekday, in the days either side of the new one.
      const shift = ((weekday - own + 10) % 7) - 3;
      if (shift === 0) continue;
      const day = new Date(Date.UTC(year, current.month - 1, current.day + shift));
      found.push({
        old: dated ? day.toISOString().slice(0, 10) : yearless(day.getUTCMonth() + 1, day.getUTCDate()),
        current: [dated ? dated.value : yearless(current.month, current.day)],
        sentence,
      });
    }
  return found;
}

/** Words before a day that give it as what a source says or what was: "Fixture card says Sat 13/03", "THETIS still shows SEC exp 20 Jan 2027". */
const FORMER_WORD = 'says|said|shows|showed|lists|listed|printed|originally|previously|formerly|was|were';
const FORMER = new RegExp(String.raw`\b(?:${FORMER_WORD})(?:\s+[\w.-]+){0,3}?\s*:?\s*$`, 'i');
const FORMER_ANYWHERE = new RegExp(String.raw`\b(?:${FORMER_WORD})\b`, 'i');
/** Words that call a day the old one. */
const OLD_WORDS = 'old|previous|former|original|outdated|superseded|out of date|no longer valid';
/** Words after a day that call it the old one: "The 22/09/2025 start on the ticket is her old intake". */
const FORMER_AFTER = new RegExp(
  String.raw`^[^.;]{0,40}?\b(?:is|are|was|were)\s+(?:now\s+)?(?:(?:her|his|their|its|the|an?|our|your)\s+)?(?:${OLD_WORDS})\b`,
  'i',
);
const OLD_WORD = new RegExp(String.raw`\b(?:${OLD_WORDS})\b`, 'i');
/** Words before a day that make it the one in force now: those of a move, and "valid to". */
const NOW_VALID = /\b(?:valid (?:to|until|till|thru)|new expiry|now expires?)\b[^.;]{0,24}$/i;

/** The days of a text with where they stand: year-less ones as `0000-MM-DD`, dated ones in full. */
function daysOf(text: string): { iso: string; at: number; end: number }[] {
  return [
    ...yearlessDays(text).map((d) => ({ iso: yearless(d.month, d.day), at: d.at, end: d.end })),
    ...findDates(text)
      .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value))
      .map((d) => ({ iso: d.value, at: d.index, end: d.index + d.text.length })),
  ];
}

/**
 * A day a message gives as what a source says or what was ("Fixture card says Sat 13/03 KO
 * 15:00", "THETIS still shows SEC exp 20 Jan 2027"), with another day it puts in force in the same or
 * the next sentence ("… now FRIDAY 12/03 KO 19:45", "renewed …, valid to 17 Jan 2032"): the first is
 * the old day.
 */
export function formerDays(text: string): Rescheduling[] {
  if (!FORMER_ANYWHERE.test(text) && !OLD_WORD.test(text)) return [];
  const found: Rescheduling[] = [];
  const sentences = sentencesOf(text);
  for (const [i, sentence] of sentences.entries())
    for (const day of daysOf(sentence)) {
      const after = FORMER_AFTER.test(sentence.slice(day.at, day.at + 64));
      if (!after && !FORMER.test(sentence.slice(Math.max(0, day.at - 32), day.at))) continue;
      // Said old after it ("The 22/09/2025 start … is her old intake"): the day in force may come first.
      const near = [after ? (sentences[i - 1] ?? '') : '', sentence, sentences[i + 1] ?? ''].join(' ');
      const current = daysOf(near)
        .filter((d) => {
          const before = near.slice(Math.max(0, d.at - 48), d.at);
          return d.at !== day.at && (IN_FORCE.test(before) || NOW_VALID.test(before));
        })
        .map((d) => d.iso)
        .filter((d) => d !== day.iso && d.slice(4) !== day.iso.slice(4));
      if (current.length > 0) found.push({ old: day.iso, current: [current[0]!], sentence });
    }
  return found;
}

/** Words that move an event away from a day, with the day after them: "moved it from Saturday, Dec. 12". */
const MOVED_FROM =
  /\b(?:moved|rescheduled|postponed|pushed(?: back)?|put back|brought forward|shifted|re-?booked|re-?dated|changed|verschoben|spostat[oa]|trasladad[oa]|aplazad[oa]|déplacée?|reportée?|adiad[oa]|przesunięt[ya]|siirretty|flyttet|flyttad|verplaatst)\b[^.;]{0,24}?\b(?:from|von|da|de|du|z|od|fra|från|van)\s+(?:(?:the|le|la|el|il)\s+)?(?:[A-Za-zÀ-ÿ]+day|[A-Za-zÀ-ÿ]+tag|lun\w*|mar\w*|mer\w*|gio\w*|ven\w*|sab\w*|dom\w*|sam\w*|dim\w*)?,?\s*$/i;
/** The line of a text that holds position `at`. */
const lineAt = (text: string, at: number) => {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at) + 1, end < 0 ? undefined : end);
};

/** A day written in bold: "**Sunday, Dec. 13, 4 p.m.**". */
const inBold = (text: string, at: number) =>
  (text.slice(text.lastIndexOf('\n', at) + 1, at).split('**').length - 1) % 2 === 1;

/**
 * A day a message says the event was moved away from ("the Partnership moved it from Saturday,
 * Dec. 12 on Dec. 4"), beside the one other day it puts in force, in bold or after "now" or "moved
 * to" ("**Sunday, Dec. 13, 4 p.m.**"): the first is the old day. The day the move was made on is
 * neither.
 */
export function movedFromDays(text: string): Rescheduling[] {
  if (!/\b(?:from|von|da|de|du|z|od|fra|från|van)\b/i.test(text)) return [];
  const found: Rescheduling[] = [];
  // Over the whole text: "Dec. 12" holds a full stop that is no sentence's end.
  const days = daysOf(text);
  for (const day of days) {
    if (!MOVED_FROM.test(text.slice(Math.max(0, day.at - 64), day.at))) continue;
    const current = new Set(
      days
        .filter(
          (d) =>
            d.at !== day.at &&
            (inBold(text, d.at) || IN_FORCE.test(text.slice(Math.max(0, d.at - 48), d.at))),
        )
        .map((d) => d.iso)
        .filter((d) => d.slice(4) !== day.iso.slice(4)),
    );
    if (current.size === 1)
      found.push({ old: day.iso, current: [...current], sentence: lineAt(text, day.at).slice(0, 200) });
  }
  return found;
}

/** The sentence of a text that gives the day left as the event's day, when the text never gives the new one. */
export function namesOldDay(text: string, r: Rescheduling): string | undefined {
  if (r.current.some((day) => namesDay(text, day))) return undefined;
  return sentencesOf(text).find((sentence) => namesDay(sentence, r.old) && !LEFT_DAY_NAMED.test(sentence));
}

const NOW_BEFORE = new RegExp(`(?<![\\p{L}])(?:${NOW_WORDS})(?![\\p{L}])[^\\d\\n]{0,12}$`, 'iu');
const NOW_WORD = new RegExp(`^(?:${NOW_WORDS})$`, 'iu');
/** The words of a clause that may name what a day is for: "collection", "Abholung", "ritiro". */
const labelWordsOf = (clause: string) =>
  (clause.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter(
    (w) => !STOP.has(w) && !NOW_WORD.test(w) && anyWeekday(w) === undefined,
  );

/**
 * A day a later text gives as now for a thing ("collection from us is now Mon 20 September 2027")
 * that an earlier text gave one other day for ("collection from us on Mon 6 September 2027"): the
 * earlier day is the old one. The thing is a word of the clause before "now", found within a few
 * words before the earlier day.
 */
export function nowDaysAgainst(current: string, earlier: string): Rescheduling[] {
  const found: Rescheduling[] = [];
  const days = daysOf(current);
  const earlierDays = daysOf(earlier);
  for (const day of days) {
    const lead = current.slice(Math.max(0, day.at - 80), day.at);
    const now = NOW_BEFORE.exec(lead);
    if (!now) continue;
    const clause =
      lead
        .slice(0, now.index)
        .split(/[.;:!?\n(]|,\s/)
        .at(-1) ?? '';
    const labels = labelWordsOf(clause).slice(-2);
    if (labels.length === 0) continue;
    const before = new Set(
      earlierDays
        .filter((d) => {
          const near =
            earlier
              .slice(Math.max(0, d.at - 48), d.at)
              .split(/[.;!?\n]/)
              .at(-1) ?? '';
          return labelWordsOf(near).some((w) => labels.includes(w));
        })
        .map((d) => d.iso)
        .filter((iso) => iso !== day.iso && iso.slice(4) !== day.iso.slice(4)),
    );
    // (A text that names the earlier day itself, "card says Sat 13/03 … now FRIDAY 12/03", says what
    // changed in its own words: read as such, not against the earlier text.)
    const old = [...before][0];
    if (before.size === 1 && !days.some((d) => d.iso.slice(5) === old!.slice(5)))
      found.push({ old: old!, current: [day.iso], sentence: lineAt(current, day.at).slice(0, 200) });
  }
  return found;
}

/** Words right after a day (and its closing bracket) that say it no longer holds: "(14 de enero) ya no corresponde". */
const NO_LONGER_AFTER = new RegExp(
  String.raw`^[^.;\n\d]{0,4}\)?\s*(?:is\s+|es\s+)?(?:${NO_LONGER_VALID.source})`,
  'iu',
);
/** A day written in bold, its weekday inside: "**jueves 21 de enero de 2027**". */
const boldAround = (text: string, at: number, end: number) =>
  /\*\*[^*\n]{0,14}$/.test(text.slice(Math.max(0, at - 16), at)) &&
  /^[^*\n]{0,8}\*\*/.test(text.slice(end, end + 10));

/**
 * A day a message says no longer holds ("la fecha del oficio (14 de enero) ya no corresponde"), and
 * the one other day the message writes in bold: the day in force ("| fecha | **jueves 21 de enero de
 * 2027** |").
 */
export function noLongerDays(text: string): Rescheduling[] {
  if (!NO_LONGER_VALID.test(text)) return [];
  const days = daysOf(text);
  const found: Rescheduling[] = [];
  for (const day of days) {
    if (!NO_LONGER_AFTER.test(text.slice(day.end, day.end + 80))) continue;
    const current = new Set(
      days
        .filter((d) => d.iso.slice(4) !== day.iso.slice(4) && boldAround(text, d.at, d.end))
        .map((d) => d.iso),
    );
    if (current.size !== 1) continue;
    const at = text.lastIndexOf('\n', day.at) + 1;
    found.push({
      old: day.iso,
      current: [...current],
      sentence: text.slice(at, day.end + 80).split('\n')[0]!,
    });
  }
  return found;
}

/** Words that end a day, in its clause after it: "… are superseded", "… no longer governs". */
const ENDED_DAY = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:is|are|was|were|has been|have been|now)\s+)?(?:${ENDED_WORDS}|no longer (?:governs?|holds?|stands?|appl(?:y|ies)))(?![\p{L}])`,
  'iu',
);
/** What joins the days of one span: "3 Mar – 30 Mar", "1 and 2 June". */
const SPAN_JOIN = /^\s*(?:[-–—→]|to|and|&|through|thru|until|bis|al|au)\s*$/i;
/** Where a day's clause ends. */
const CLAUSE_END = /[.;!?](?=\s|$)|\n|\)/;

/** A day's place in the calendar, in days; a day without a year compares by month and day alone. */
const dayNumber = (iso: string, yearless: boolean) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return yearless ? (m - 1) * 31 + d : Date.UTC(y, m - 1, d) / 86_400_000;
};

/**
 * Days a message says were superseded in the clause after them ("the 3 Mar – 30 Mar dates in v1 and
 * in the request are superseded", "the 1 Jun 2023 start in our RFP responses no longer governs"),
 * each paired with the day in force the message writes in bold: of the bold days on the nearest line
 * that has any ("**Flight: 10 Mar – 6 Apr 2027**"), the one closest in the calendar.
 */
export function supersededDays(text: string): Rescheduling[] {
  if (!ENDED_DAY.test(text)) return [];
  const days = daysOf(text).sort((a, b) => a.at - b.at);
  const found: Rescheduling[] = [];
  const lineOf = (at: number) => text.slice(0, at).split('\n').length;
  for (const [i, day] of days.entries()) {
    // The span the day opens ("3 Mar – 30 Mar"): its clause starts after its last day.
    const span = [day];
    let next = i + 1;
    while (days[next] && SPAN_JOIN.test(text.slice(span.at(-1)!.end, days[next]!.at)))
      span.push(days[next++]!);
    if (i > 0 && SPAN_JOIN.test(text.slice(days[i - 1]!.end, day.at))) continue; // read with the span's first day
    const end = span.at(-1)!.end;
    const rest = text.slice(end, end + 100);
    const stop = rest.search(CLAUSE_END);
    const clause = stop < 0 ? rest : rest.slice(0, stop);
    const ended = ENDED_DAY.exec(clause);
    // No other day before the words, no "not", and not "superseded by …" (that names the new day).
    if (!ended || ended.index > 60 || days.some((d) => d.at >= end && d.at < end + ended.index)) continue;
    if (/\bnot\s*$/i.test(clause.slice(0, ended.index))) continue;
    if (/^\s+(?:by|with|durch|par|por|da)\b/i.test(clause.slice(ended.index + ended[0].length))) continue;
    const old = new Set(span.map((d) => d.iso.slice(5)));
    const bold = days.filter((d) => !old.has(d.iso.slice(5)) && inBold(text, d.at) && !span.includes(d));
    if (bold.length === 0) continue;
    const here = lineOf(day.at);
    const distance = (d: { at: number }) => {
      const line = lineOf(d.at);
      return 2 * Math.abs(line - here) + (line > here ? 1 : 0);
    };
    const nearest = Math.min(...bold.map(distance));
    const candidates = bold.filter((d) => distance(d) === nearest);
    for (const [n, left] of span.entries()) {
      // A span in force for a span ended: day for day ("7 Jun – 11 Jun" for "14 Jun – 18 Jun").
      if (candidates.length === span.length && span.length > 1) {
        found.push({
          old: left.iso,
          current: [candidates[n]!.iso],
          sentence: lineAt(text, day.at).slice(0, 200),
        });
        continue;
      }
      const gap = (d: { iso: string }) => {
        const yearless = left.iso.startsWith('0000') || d.iso.startsWith('0000');
        return Math.abs(dayNumber(d.iso, yearless) - dayNumber(left.iso, yearless));
      };
      const closest = Math.min(...candidates.map(gap));
      const current = [...new Set(candidates.filter((d) => gap(d) === closest).map((d) => d.iso))];
      if (current.length === 1)
        found.push({ old: left.iso, current, sentence: lineAt(text, day.at).slice(0, 200) });
    }
  }
  return found;
}
