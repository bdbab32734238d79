/**
 * Clock-time windows a task sets ("after the 13:00 checkout and before the 15:00 arrival",
 * "between 09:00 and 11:30") and a receiver's tool call that books a time outside one.
 */

/** A window in minutes after midnight, with the words that set it. */
export interface TimeWindow {
  text: string;
  from: number;
  to: number;
}

const CLOCK = String.raw`(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*[ap]\.?m\.?)?|(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*[ap]\.?m\.?|(?:[01]?\d|2[0-3])h[0-5]\d|noon|midday`;
/** Words between a bound's keyword and its time ("after the 13:00 late checkout"). */
const GAP = String.raw`(?:\s+(?:the|a|an|its|their|our|your))?\s+`;
const BETWEEN = new RegExp(
  String.raw`\b(?:between|from)${GAP}(${CLOCK})\b[^.;\n]{0,40}?\b(?:and|to|until|till)${GAP}?(${CLOCK})`,
  'gi',
);
const AFTER = new RegExp(String.raw`\b(?:after|not before|no earlier than|from)${GAP}(${CLOCK})`, 'gi');
/**
 * A bound that is a rule on its own, in the languages teams write in ("not before 06:00", "niet vóór
 * 06:00", "no later than 14:00"): unlike "after 13:00", which may state a fact, it sets a window.
 */
const NOT_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:not before|no earlier than|niet (?:vóór|voor|eerder dan)|nicht vor|frühestens(?: um)?|pas (?:na|vanaf)|no antes de(?: las)?|pas avant|non prima del(?:le)?|nie wcześniej niż|nie przed|ikke før|inte före|tidak sebelum)${GAP}?(${CLOCK})`,
  'giu',
);
const NOT_AFTER = new RegExp(
  String.raw`(?<![\p{L}])(?:not after|no later than|niet (?:na|later dan)|nicht nach|spätestens(?: um)?|no después de(?: las)?|pas après|non dopo|nie później niż|ikke etter|inte efter|tidak lewat)${GAP}?(${CLOCK})`,
  'giu',
);
const BEFORE = new RegExp(
  String.raw`\b(?:before|by|not after|no later than|until|till)${GAP}(${CLOCK})`,
  'gi',
);
// A call's clock may carry seconds ("2027-03-24T00:10:00"): the minute is what it books.
const ANY_CLOCK = new RegExp(String.raw`(?<![\d:])(${CLOCK})(?::[0-5]\d(?:\.\d+)?)?(?![\d:])`, 'gi');
/** A window written as a range, "01:00–04:00", in a sentence that makes it one: "allowed window … only". */
const RANGE = new RegExp(String.raw`(?<![\d:])(${CLOCK})\s*[–-]\s*(${CLOCK})(?![\d:])`, 'gi');
const WINDOW_WORD = /\b(?:window|allowed|permitted|inside|within|only)\b/i;
/** Words that make a sentence say when someone can come or be reached: its bounds are their window. */
const AVAILABLE =
  /\b(?:availab\w*|can only|only (?:come|attend|make|be (?:there|here|home|in))|(?:mornings?|afternoons?|evenings?|weekdays?|weekends?) only|only (?:on |in the )?(?:mornings?|afternoons?|evenings?|weekdays?|weekends?))\b/i;
/** "weekdays only", "only on a weekday", "weekday mornings only": no Saturday or Sunday. */
const WEEKDAYS_ONLY =
  /\b(?:weekdays?(?:\s+(?:mornings?|afternoons?|evenings?))?\s+only|only\s+(?:on\s+)?(?:a\s+)?weekdays?|mon(?:day)?\s*[-–]\s*fri(?:day)?\s+only)\b/i;
const WEEKEND_NAMES = /\b(?:sat(?:urday)?|sun(?:day)?)\b/i;
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})(?![\d])/g;
/** The weekday (0 = Sunday) of an ISO day matched as year, month, day groups. */
export const weekdayOfIso = (m: RegExpMatchArray): number =>
  new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();

/**
 * A day at the weekend the receiver's calls booked, where the task allowed weekdays only ("weekday
 * mornings only"): the day as the call gives it, and the words that ruled it out.
 */
export function weekendBooked(
  task: string,
  calls: readonly { name: string; args: string }[],
): { rule: string; call: string } | undefined {
  const rule = WEEKDAYS_ONLY.exec(task)?.[0];
  if (!rule) return undefined;
  for (const call of calls) {
    for (const m of call.args.matchAll(ISO_DAY)) {
      const day = weekdayOfIso(m);
      if (day === 0 || day === 6) return { rule, call: `${call.name} ${m[0]}` };
    }
    const named = WEEKEND_NAMES.exec(call.args);
    if (named) return { rule, call: `${call.name} ${named[0]}` };
  }
  return undefined;
}

/** Minutes after midnight of "13:00", "1 pm", "3:30 p.m.". */
export function minutesOf(clock: string): number {
  if (/^(?:noon|midday)$/i.test(clock)) return 12 * 60;
  const match = /(\d{1,2})(?:[:h](\d{2}))?\s*([ap])?/i.exec(clock)!;
  let hours = Number(match[1]);
  const half = match[3]?.toLowerCase();
  if (half === 'p' && hours < 12) hours += 12;
  if (half === 'a' && hours === 12) hours = 0;
  return hours * 60 + Number(match[2] ?? 0);
}

/**
 * The windows a task's sentences set: a "between X and Y", a range "01:00–04:00" in a sentence
 * that calls it a window or allowed, or an "after X" and a "before Y" in the same sentence. One
 * bound alone is often a fact about something else ("orders placed before 14:00 ship the same day"),
 * so it sets no window.
 */
export function timeWindows(task: string): TimeWindow[] {
  const out: TimeWindow[] = [];
  const sentences = task.split(/(?<=[.;!?])\s+|\n+/);
  for (const sentence of sentences) {
    const between = [...sentence.matchAll(BETWEEN)];
    for (const match of between)
      out.push({ text: match[0].trim(), from: minutesOf(match[1]!), to: minutesOf(match[2]!) });
    if (between.length > 0) continue;
    if (WINDOW_WORD.test(sentence)) {
      const ranges = [...sentence.matchAll(RANGE)];
      for (const match of ranges)
        out.push({ text: match[0].trim(), from: minutesOf(match[1]!), to: minutesOf(match[2]!) });
      if (ranges.length > 0) continue;
    }
    const after = [...sentence.matchAll(AFTER)][0];
    const before = [...sentence.matchAll(BEFORE)].find((m) => !after || m.index !== after.index);
    if (after && before)
      out.push({
        text: `${after[0].trim()} … ${before[0].trim()}`,
        from: minutesOf(after[1]!),
        to: minutesOf(before[1]!),
      });
    // One bound in a sentence about when someone can come is their window ("availability: weekday
    // mornings only, arrival before 10:00", "I can only come after 17:30").
    else if ((after || before) && AVAILABLE.test(sentence)) {
      const bound = (after ?? before)!;
      out.push(
        after
          ? { text: bound[0].trim(), from: minutesOf(bound[1]!), to: 24 * 60 }
          : { text: bound[0].trim(), from: 0, to: minutesOf(bound[1]!) },
      );
    }
  }
  // A bound that is a rule alone, where no window was read: "Boek een schutting niet vóór 06:00".
  if (out.length === 0)
    for (const sentence of sentences) {
      const floor = [...sentence.matchAll(NOT_BEFORE)][0];
      const ceiling = [...sentence.matchAll(NOT_AFTER)][0];
      if (floor && !ceiling) out.push({ text: floor[0].trim(), from: minutesOf(floor[1]!), to: 24 * 60 });
      if (ceiling && !floor) out.push({ text: ceiling[0].trim(), from: 0, to: minutesOf(ceiling[1]!) });
    }
  // A window over midnight or the wrong way round cannot be read without dates.
  return out.filter((window) => window.from < window.to);
}

/** A result that confirms what its call made: the one time in it is the time booked. */
const CONFIRMS =
  /\b(?:status|confirm\w*|booked|bevestigd|geboekt|gebucht|bestätigt|reservad[oa]|confirmad[oa]|confirmée?|réservée?|prenotat[oa]|potwierdzon\w*|zarezerwowan\w*|booket|bokad)\b/i;

/** The clocks a call books: those of its arguments, or where they give none, the one its confirming result gives. */
function bookedClocks(call: { args: string; result?: unknown }): string[] {
  const own = [...call.args.matchAll(ANY_CLOCK)].map((m) => m[1]!);
  if (own.length > 0 || typeof call.result !== 'string' || !CONFIRMS.test(call.result)) return own;
  const given = [...call.result.matchAll(ANY_CLOCK)].map((m) => m[1]!);
  return given.length === 1 ? given : [];
}

/**
 * Hours a task keeps work out of, in the languages teams write in: "only outside 8:00–19:00",
 * "fuera de 8:00–19:00", "außerhalb 07:00–18:00", "en dehors de 8h–19h". Work is booked before the
 * first hour or from the last on.
 */
const KEEP_OUT = new RegExp(
  String.raw`(?<![\p{L}])(?:outside(?: of)?|not between|fuera de(?:l)?|außerhalb(?: von| der)?|en dehors de|hors|fuori(?: da| dal| dall['’])?|buiten|utanför|uden for|utenfor|poza|mimo|вне|di luar|ngoài)(?![\p{L}])[^\d
.;]{0,40}?(${CLOCK})\s*(?:[–-]|(?:and|to|bis|a|à|y|et|e|en|och|og|do|и)\s)\s*(${CLOCK})`,
  'giu',
);

/** The weekend named as a time to work ("tarde-noche o fin de semana"): the hours kept out are a weekday's. */
const WEEKEND =
  /\b(?:weekends?|week-ends?|fin(?:es)? de semana|wochenende\p{L}*|fine settimana|weekend|helg\p{L}*|sábados?|domingos?|samstags?|sonntags?|samedis?|dimanches?|saturdays?|sundays?)\b/iu;
const DAY_MONTH_YEAR = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/g;

/** Whether every day a call gives is a weekday: false where it gives none or any reading is a weekend. */
function onWeekdays(args: string): boolean {
  const days: Date[] = [];
  for (const m of args.matchAll(ISO_DAY)) days.push(new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)));
  for (const m of args.matchAll(DAY_MONTH_YEAR)) {
    days.push(new Date(Date.UTC(+m[3]!, +m[2]! - 1, +m[1]!)));
    days.push(new Date(Date.UTC(+m[3]!, +m[1]! - 1, +m[2]!)));
  }
  return days.length > 0 && days.every((day) => day.getUTCDay() !== 0 && day.getUTCDay() !== 6);
}

export function keepOutWindows(task: string): (TimeWindow & { weekdays: boolean })[] {
  return task.split(/(?<=[.;!?])\s+|\n+/).flatMap((sentence) =>
    [...sentence.matchAll(KEEP_OUT)]
      .map((m) => ({
        text: m[0].trim(),
        from: minutesOf(m[1]!),
        to: minutesOf(m[2]!),
        weekdays: WEEKEND.test(sentence),
      }))
      .filter((window) => window.from < window.to),
  );
}

/** A time the receiver's calls booked outside a window the task set, with the call that did. */
export function outsideWindow(
  task: string,
  calls: readonly { name: string; args: string; result?: unknown }[],
): { window: TimeWindow; call: string } | undefined {
  const keptOut = keepOutWindows(task);
  for (const call of calls)
    for (const match of call.args.matchAll(ANY_CLOCK)) {
      const at = minutesOf(match[1]!);
      // A bound itself is no booking inside: the call may quote the hours it keeps out of.
      const window = keptOut.find((w) => at > w.from && at < w.to && (!w.weekdays || onWeekdays(call.args)));
      if (window) return { window, call: `${call.name} ${match[1]}` };
    }
  const windows = timeWindows(task);
  if (windows.length === 0) return undefined;
  for (const call of calls)
    for (const clock of bookedClocks(call)) {
      const at = minutesOf(clock);
      const window = windows.find((w) => at < w.from || at > w.to);
      // Every window must be missed: a task may set one for each of two things it asks.
      if (window && windows.every((w) => at < w.from || at > w.to))
        return { window, call: `${call.name} ${clock}` };
    }
  return undefined;
}

/** A time given in local time and in UTC: "15:45 local = 14:45Z", "09:00 CET (08:00 UTC)". */
const LOCAL_AND_UTC =
  /(?<![\d:])([01]?\d|2[0-3]):?([0-5]\d)\s*(?:local|LT|local time|[A-Z][a-z]+ time|CET|CEST|EET|EEST|BST|IST|JST)\b\**\s*(?:=|\(|→|->|,|\bis\b)\s*\**([01]?\d|2[0-3]):?([0-5]\d)\s*(?:Z|UTC|GMT)\b/g;

/**
 * A local time the task also gives in UTC ("15:45 local = 14:45Z") that a call files as UTC
 * (`tobt: "2027-01-20T15:45Z"`, "1545Z"): the local time taken for the UTC one.
 */
export function localFiledAsUtc(
  task: string,
  calls: readonly { name: string; args: string }[],
): { given: string; call: string } | undefined {
  for (const m of task.matchAll(LOCAL_AND_UTC)) {
    const [lh, lm, uh, um] = [Number(m[1]), m[2]!, Number(m[3]), m[4]!];
    if (lh === uh && lm === um) continue;
    const local = `${String(lh).padStart(2, '0')}:?${lm}`;
    const asUtc = new RegExp(`(?<![\\d:])${local}(?::00)?(?:\\.\\d+)?\\s?(?:Z|UTC|GMT|\\+00:?00)(?![\\w])`);
    for (const call of calls) {
      const hit = asUtc.exec(call.args);
      if (hit) return { given: m[0].replace(/\*/g, '').trim(), call: `${call.name} ${hit[0]}` };
    }
  }
  return undefined;
}
