import { monthNumber } from './month-names.ts';

/**
 * A figure taken from the wrong row of a source: the task asks about one period ("October 2025"),
 * the agent's own tool gave a row for it and a row for the same month of another year, and the
 * answer states the other year's figure and not its own period's.
 */

const MONTH_NAME =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const YEAR = /\b(19\d{2}|20\d{2})\b/;
const ISO_MONTH = /\b(19\d{2}|20\d{2})-(0[1-9]|1[0-2])\b/;
const FIGURE = /(?<![\d.,-])\d+(?:[.,]\d+)?(?![\d-])/g;

export interface Period {
  year: string;
  month: number;
}

/** The month a text is about: a month name with a year, else an ISO `2025-10`. */
export function periodOf(text: string): Period | undefined {
  const month = MONTH_NAME.exec(text);
  const year = YEAR.exec(text.replace(ISO_MONTH, ' '));
  if (month && year) return { year: year[1]!, month: monthNumber(month[1]!) };
  const iso = ISO_MONTH.exec(text);
  return iso ? { year: iso[1]!, month: Number(iso[2]) } : undefined;
}

/** The figures of a text, years and ISO months aside, as written without thousands separators. */
function figuresOf(text: string): Set<string> {
  const bare = text.replace(ISO_MONTH, ' ').replace(new RegExp(YEAR.source, 'g'), ' ');
  return new Set((bare.match(FIGURE) ?? []).map((figure) => figure.replace(',', '.')));
}

/**
 * The figure the answer took from another year's row, with the row it should have used; undefined
 * when the task names no month and year, or the answer states its own period's figure too.
 */
export function wrongPeriodFigure(
  task: string,
  source: string,
  answer: string,
): { stated: string; row: string; expected: string } | undefined {
  const asked = periodOf(task);
  return asked ? figureOfOtherYear(asked, source, answer) : undefined;
}

/** wrongPeriodFigure for a period already read off the task. */
export function figureOfOtherYear(
  asked: Period,
  source: string,
  answer: string,
): { stated: string; row: string; expected: string } | undefined {
  const rows = source
    .split(/[;\n]/)
    .map((row) => ({ row: row.trim(), period: periodOf(row) }))
    .filter((row) => row.period?.month === asked.month);
  const own = rows.find((row) => row.period!.year === asked.year);
  const other = rows.filter((row) => row.period!.year !== asked.year);
  if (!own || other.length === 0) return undefined;
  const right = figuresOf(own.row);
  const said = figuresOf(answer);
  if ([...right].some((figure) => said.has(figure))) return undefined;
  for (const row of other) {
    const stated = [...figuresOf(row.row)].find((figure) => said.has(figure) && !right.has(figure));
    if (stated) return { stated, row: row.row, expected: own.row };
  }
  return undefined;
}
