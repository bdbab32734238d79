/**
 * Days counted on another basis than the task's: told "7 free working days (Mon–Fri, skip public
 * holidays)", the auditor counts `basis: "calendar"` and finds the invoice right. The task names one
 * basis only (working or calendar days); the receiver's calls set the other under a key for the basis,
 * or its answer counts in the other and never in the task's.
 */

/** Working days: "working days", "business days", "Mon–Fri only", "días hábiles", "jours ouvrés", "Werktage". */
const WORKING =
  /\b(?:working|business|banking|work|clear)\s+days?\b|\bmon(?:day)?\s*[–-]\s*fri(?:day)?\s+only\b|\bd[ií]as\s+h[aá]biles\b|\bjours\s+ouvr[ée]s\b|\bjours\s+ouvrables\b|\bwerktage?n?\b|\barbeitstage?n?\b|\bgiorni\s+lavorativi\b|\bdias\s+[úu]teis\b|\bwerkdagen\b/i;
/** Calendar days: "calendar days", "consecutive days", "días naturales", "jours calendaires". */
const CALENDAR =
  /\bcalendar\s+days?\b|\bconsecutive\s+days\b|\bd[ií]as\s+(?:naturales|corridos)\b|\bjours\s+calendaires\b|\bkalendertage?n?\b|\bgiorni\s+(?:solari|di calendario)\b|\bdias\s+corridos\b|\bkalenderdagen\b/i;
/** Keys that hold a count's basis: `basis`, `day_type`, `count_mode`, `calendar`. */
const BASIS_KEY = /basis|day_?type|count_?(?:mode|type)|calendar|day_?count/i;
const BASIS_VALUE = /^(?:calendar|working|business|workdays?|weekdays?)(?:[_ -]?days?)?$/i;

type Basis = 'working' | 'calendar';

const basisOf = (value: string): Basis => (/calendar/i.test(value) ? 'calendar' : 'working');

/** A basis value a call sets under a basis key, at any depth of its arguments. */
function basesIn(args: unknown, depth = 0): { key: string; value: string }[] {
  if (depth > 6 || args === null || typeof args !== 'object') return [];
  return Object.entries(args as Record<string, unknown>).flatMap(([key, value]) =>
    typeof value === 'string'
      ? BASIS_KEY.test(key) && BASIS_VALUE.test(value.trim())
        ? [{ key, value }]
        : []
      : basesIn(value, depth + 1),
  );
}

export function dayBasisChanged(
  task: string,
  answer: string,
  calls: readonly unknown[],
): { asked: string; used: string } | undefined {
  const [working, calendar] = [WORKING.exec(task), CALENDAR.exec(task)];
  // A task that names both counts two things (demurrage in working days, detention in calendar days).
  if (!working === !calendar) return undefined;
  const asked: Basis = working ? 'working' : 'calendar';
  const said = (working ?? calendar)![0];
  for (const args of calls)
    for (const { key, value } of basesIn(args))
      if (basisOf(value) !== asked) return { asked: said, used: `${key}: ${value}` };
  const other = (asked === 'working' ? CALENDAR : WORKING).exec(answer);
  if (other && !(asked === 'working' ? WORKING : CALENDAR).test(answer))
    return { asked: said, used: other[0] };
  return undefined;
}
