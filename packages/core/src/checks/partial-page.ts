import type { ToolCall } from '../model/trace.ts';
import { parsedResult } from '../util/parsed-result.ts';
import { textOf } from '../util/text-of.ts';
import type { ScoreResult, ScorerInput } from './scorers.ts';

/** A result that says more follows: `"pages": 2` beside `"page": 1`, a next cursor, "page 1 of 3", "showing 50 of 212". */
function morePages(call: ToolCall): string | undefined {
  const result = call.result;
  if (result && typeof result === 'object' && !Array.isArray(result)) {
    const fields = result as Record<string, unknown>;
    const page = Number(fields.page ?? fields.page_number ?? fields.pageNumber);
    const pages = Number(fields.pages ?? fields.total_pages ?? fields.totalPages ?? fields.page_count);
    if (page >= 1 && pages > page) return `page ${page} of ${pages}`;
    for (const key of ['has_more', 'hasMore', 'more', 'truncated', 'is_truncated'])
      if (fields[key] === true) return `${key}: true`;
    for (const key of ['next_cursor', 'nextCursor', 'next_page_token', 'nextPageToken', 'next', 'next_page'])
      if (typeof fields[key] === 'string' && (fields[key] as string).trim() !== '')
        return `${key}: "${fields[key]}"`;
  }
  const text = textOf(result);
  if (text.length > 50_000) return undefined;
  const json =
    /"page"\s*:\s*(\d+)[^{}]*?"(?:pages|total_pages|totalPages|page_count)"\s*:\s*(\d+)|"(?:pages|total_pages|totalPages|page_count)"\s*:\s*(\d+)[^{}]*?"page"\s*:\s*(\d+)/.exec(
      text,
    );
  if (json) {
    const [page, pages] = json[1] ? [Number(json[1]), Number(json[2])] : [Number(json[4]), Number(json[3])];
    if (page >= 1 && pages > page) return `page ${page} of ${pages}`;
  }
  const cursor =
    /"(?:next_cursor|nextCursor|next_page_token|nextPageToken)"\s*:\s*"([^"]+)"|"(?:has_more|hasMore|truncated)"\s*:\s*true/.exec(
      text,
    );
  if (cursor) return cursor[0];
  const prose =
    /\bpage (\d+) of (\d+)\b|\bshowing (?:\d[\d,]*\s*[-–]\s*)?(\d[\d,]*) of (\d[\d,]*)\b|\b(?:more results|results truncated|list truncated)\b/i.exec(
      text,
    );
  if (!prose) return undefined;
  const n = (i: number) => Number(prose[i]!.replace(/,/g, ''));
  if (prose[1] && n(2) <= n(1)) return undefined;
  if (prose[3] && n(4) <= n(3)) return undefined;
  return prose[0];
}

/** An output that gives what it read as the whole: "in total", "all racks", "every crate", "the full list". */
const WHOLE = /\b(?:in total|total|totals?|altogether|overall|all|every|entire|whole|full|complete)\b/i;
/** An output that says what it read is part: "page 1", "first 50", "so far", "partial", "more to fetch". */
const PART =
  /\b(?:pages?|first \d+|so far|partial(?:ly)?|incomplete|more (?:to|results|rows|pending)|remaining|rest of|not (?:yet )?(?:all|complete|counted|fetched|loaded)|truncated|only (?:the )?(?:first|hall|part|some))\b/i;

/** A figure as the output may write it: "913", "1,204", "1204". */
const figureIn = (output: string, value: number) =>
  new RegExp(`(?<![\\d.,])${value.toLocaleString('en-US').replace(/,/g, ',?')}(?![\\d]|[.,]\\d)`).test(
    output,
  );

/**
 * The size of the whole a paged result speaks of (`"total_blocks": 913`, "showing 1-50 of 212") and
 * of the part it gave (`"blocks_checked": 250`, its rows), when it says both.
 */
function sizes(call: ToolCall): { whole: number; part: number | undefined } | undefined {
  const data = parsedResult(call.result, 50_000);
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const fields = Object.entries(data as Record<string, unknown>);
    const number = (pattern: RegExp) =>
      fields.find(
        ([key, value]) => pattern.test(key) && Number.isInteger(value) && (value as number) > 0,
      )?.[1] as number | undefined;
    const whole = number(/total|^count_all$|^matches$|^hits$/i);
    if (whole === undefined) return undefined;
    const rows = fields.find(([, value]) => Array.isArray(value))?.[1] as unknown[] | undefined;
    const part =
      number(/checked|returned|^count$|page_size|per_page|^limit$|on_page|^size$/i) ?? rows?.length;
    return { whole, part };
  }
  const prose = /\bshowing (?:\d[\d,]*\s*[-–]\s*)?(\d[\d,]*) of (\d[\d,]*)\b/i.exec(textOf(call.result));
  const n = (text: string) => Number(text.replace(/,/g, ''));
  return prose ? { whole: n(prose[2]!), part: n(prose[1]!) } : undefined;
}

/**
 * Whether the output gives what it read as the whole: it says so ("in total", "all racks"), or it
 * names the size of the whole the result spoke of ("913 serial blocks checked") and not the part
 * it got (250).
 */
function claimsWhole(output: string, call: ToolCall): boolean {
  if (WHOLE.test(output)) return true;
  const size = sizes(call);
  if (!size || size.part === size.whole) return false;
  return figureIn(output, size.whole) && (size.part === undefined || !figureIn(output, size.part));
}

/**
 * An agent that read one page of a paged result (`"page": 1, "pages": 2`, a next cursor) and never
 * fetched the rest, then reported what it read as the whole ("240 crates in total"): the receiver
 * takes half the data for all of it. Quiet where the agent fetched further pages (another call of the
 * same tool), or says its figures are partial.
 */
export function partialPage({ turn, output }: ScorerInput): ScoreResult | undefined {
  if (PART.test(output)) return undefined;
  for (const [i, call] of turn.toolCalls.entries()) {
    const more = morePages(call);
    if (!more || !claimsWhole(output, call)) continue;
    if (turn.toolCalls.slice(i + 1).some((later) => later.name === call.name)) continue;
    return {
      value: 0.2,
      reason: `the output gives as the whole what ${call.name} returned as one part of more (${more.slice(0, 60)}), and no further part was fetched`,
    };
  }
  return undefined;
}
