/**
 * The span of days a task sets ("Pull the stunner logs for wk 47, 16–22 Nov") and a receiver whose
 * tool calls asked for another span of days that does not touch it (`from: '2026-11-23', to:
 * '2026-11-29'`): it worked on the wrong period.
 */
import { valuesText } from './handoff-text.ts';
import { MONTH_PATTERN, MONTHS } from './normalize-values.ts';

/** A span as days of a year-less calendar: month × 31 + day, so spans in one year compare. */
interface Span {
  from: number;
  to: number;
  text: string;
}

const dayOf = (month: number, day: number) => month * 31 + day;
const DAY_DAY_MONTH = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:[–-]|to)\s*(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_PATTERN})\b`,
  'gi',
);
const MONTH_DAY_DAY = new RegExp(
  String.raw`\b(${MONTH_PATTERN})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:[–-]|to)\s*(\d{1,2})\b(?!\s*(?:${MONTH_PATTERN}))`,
  'gi',
);
const ISO_SPAN = /\b\d{4}-(\d{2})-(\d{2})\s*(?:[–-]|to|until|through)\s*\d{4}-(\d{2})-(\d{2})\b/g;

/** The spans of days a text names: "16–22 Nov", "Nov 16-22", "2026-11-16 to 2026-11-22". */
export function spansOf(text: string): Span[] {
  const out: Span[] = [];
  const add = (month: number, a: number, b: number, text: string, toMonth = month) => {
    if (month && a >= 1 && b <= 31 && dayOf(month, a) < dayOf(toMonth, b))
      out.push({ from: dayOf(month, a), to: dayOf(toMonth, b), text });
  };
  for (const m of text.matchAll(DAY_DAY_MONTH))
    add(MONTHS[m[3]!.toLowerCase()]!, Number(m[1]), Number(m[2]), m[0]);
  for (const m of text.matchAll(MONTH_DAY_DAY))
    add(MONTHS[m[1]!.toLowerCase()]!, Number(m[2]), Number(m[3]), m[0]);
  for (const m of text.matchAll(ISO_SPAN)) add(Number(m[1]), Number(m[2]), Number(m[4]), m[0], Number(m[3]));
  return out;
}

/** The days a call's arguments name, as one span from the first to the last. */
function callSpan(args: unknown): Span | undefined {
  const text = valuesText(args);
  const days = [...text.matchAll(/\b\d{4}-(\d{2})-(\d{2})\b/g)].map((m) => dayOf(Number(m[1]), Number(m[2])));
  if (days.length < 2) return undefined;
  return { from: Math.min(...days), to: Math.max(...days), text: '' };
}

/**
 * The task names one span of days; the receiver's calls that ask for a span of days (two dates or
 * more) all miss it, by less than two months (the same kind of period, not another record's dates).
 */
export function spanMissed(
  task: string,
  calls: readonly { name: string; args: unknown }[],
): { asked: string; call: string } | undefined {
  const asked = spansOf(task);
  if (asked.length === 0 || asked.some((s) => s.from !== asked[0]!.from || s.to !== asked[0]!.to))
    return undefined;
  const span = asked[0]!;
  const spans = calls.flatMap((call) => {
    const s = callSpan(call.args);
    return s ? [{ call, span: s }] : [];
  });
  if (spans.length === 0 || spans.some(({ span: s }) => s.from <= span.to && s.to >= span.from))
    return undefined;
  const near = spans.find(({ span: s }) => Math.abs(s.from - span.from) <= 62);
  return near
    ? {
        asked: span.text,
        call: `${near.call.name}(${valuesText(near.call.args).replace(/\n/g, ', ').slice(0, 80)})`,
      }
    : undefined;
}
