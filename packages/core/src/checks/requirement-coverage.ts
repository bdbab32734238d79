import { recordsOf } from './broken-cap.ts';

/**
 * A choice among listed options that meets fewer of the task's listed requirements than another
 * option on the same list: asked for someone certified, in person and female, the booker books the
 * one whose row says "video link only" while another row says "in person". The task's requirements
 * are its list items; an option is a row of a tool's table or list; the chosen one is the row the
 * receiver names in what it did.
 */

/** A list item of a task: "• in person (no remote)", "- court-certified", "2. female". */
const ITEM = /^\s*(?:[-•*–]|\d+[.)])\s+(.+)$/;
/** Items that are wishes, not requirements. */
const WISH = /\b(?:prefer(?:ably|red)?|ideally|if possible|nice to have|optional|bonus)\b/i;

const squash = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The task's requirements: its list items, each cut before an aside in brackets. */
function requirementsOf(task: string): string[] {
  return task
    .split('\n')
    .map((line) => ITEM.exec(line)?.[1])
    .filter((item): item is string => item !== undefined && !WISH.test(item))
    .map((item) => squash(item.replace(/\(.*$/, '')))
    .filter((item) => item.length >= 3 && item.split(' ').length <= 4);
}

/** Rows of a listing: table rows or list lines, at least two of the same shape. */
function optionsOf(source: string): { key: string; text: string }[] {
  const lines = source.split('\n').map((line) => line.trim());
  const table = lines.filter((line) => line.startsWith('|') && !/^\|[\s:|-]+\|$/.test(line));
  const rows = table.length >= 3 ? table.slice(1) : lines.filter((line) => ITEM.test(line));
  return rows
    .map((text) => {
      const first = text
        .replace(/^\s*(?:[-•*–|]|\d+[.)])\s*/, '')
        .split(/\s*[|:,(]\s*/)[0]!
        .trim();
      return { key: squash(first), text: squash(text) };
    })
    .filter((row) => row.key.length >= 3);
}

export function fewerRequirementsMet(
  task: string,
  source: string,
  actions: string,
): { chosen: string; better: string; missing: string[] } | undefined {
  const requirements = requirementsOf(task);
  if (requirements.length < 2) return undefined;
  const options = optionsOf(source);
  if (options.length < 2) return undefined;
  const done = ` ${squash(actions)} `;
  const chosen = options.filter((row) => done.includes(` ${row.key} `));
  if (chosen.length !== 1) return undefined;
  // "no wheelchair access" names the requirement and says the option lacks it.
  const met = (row: { text: string }) =>
    requirements.filter(
      (r) =>
        ` ${row.text} `.includes(` ${r} `) &&
        !/ (?:no|not|non|without) $/.test(` ${row.text} `.split(` ${r} `)[0]! + ' '),
    );
  const own = met(chosen[0]!);
  const better = options.find((row) => met(row).length > own.length && met(row).length >= 2);
  if (!better) return undefined;
  return {
    chosen: chosen[0]!.key,
    better: better.key,
    missing: met(better).filter((r) => !own.includes(r)),
  };
}

/** A sentence that makes something a condition: "both pilots MUST hold …", "only … qualified". */
const MUST = /\b(?:must|required|requires?|mandatory|only|has to|have to|needs?|needed)\b/i;
/** A code a requirement names: an upper-case acronym ("LPMA", "HAZMAT") or letters with digits ("B2", "EN71"). */
const REQUIRED_CODE = /\b(?:[A-Z]{3,}|[A-Z]+\d+[A-Z\d]*)\b/g;
/** Codes of formats, currencies and clocks, which say how to answer, not what to choose. */
const FORMAT_CODES = new Set(
  'JSON CSV PDF XML HTML API URL ISO UTC GMT USD EUR GBP CHF JPY CAD AUD SEK NOK DKK ASAP FAQ'.split(' '),
);
/** What tells one record from the others: a long number (staff 40217) or letters with digits (CS-TVH, SN-441). */
const RECORD_ID = /\b(?:\d{4,}|[A-Z]{1,4}-?\d{2,}[A-Z\d]*)\b/g;

/**
 * A choice, among the records a tool listed, of one that lacks what the task says is required while
 * another record has it: asked for pilots who MUST hold an LPMA qualification, the roster agent names
 * the captain whose record lists "LPPD, LPPT, LPFR" while another captain's lists "LPMA". Required
 * terms are the codes of the task's must-sentences that some records of the listing have and others
 * do not; records are the listing's lines or sentences; a record is chosen when the receiver's
 * answer names one of its own ids.
 */
export function requiredTermMissed(
  task: string,
  source: string,
  actions: string,
): { chosen: string; better: string; missing: string } | undefined {
  if (!MUST.test(task)) return undefined;
  const codes = new Set<string>();
  for (const sentence of task.split(/(?<=[.!?;])\s+|\n+/))
    if (MUST.test(sentence))
      for (const m of sentence.matchAll(REQUIRED_CODE)) if (!FORMAT_CODES.has(m[0])) codes.add(m[0]);
  if (codes.size === 0) return undefined;
  // A JSON listing's records, else the listing's lines or sentences.
  const rows = recordsOf(source);
  const records = (
    rows.length >= 3 ? rows.map((row) => JSON.stringify(row)) : source.split(/\n+|(?<=\.)\s+(?=[A-Z])/)
  )
    .map((text) => text.trim())
    .filter((text) => text.length > 0);
  if (records.length < 3) return undefined;
  const idsOf = records.map((text) => new Set([...text.matchAll(RECORD_ID)].map((m) => m[0])));
  // A record's own ids: those no other record shares.
  const own = idsOf.map((ids, i) =>
    [...ids].filter((id) => idsOf.every((other, j) => j === i || !other.has(id))),
  );
  const has = (text: string, code: string) => new RegExp(`\\b${code}\\b`).test(text);
  for (const code of codes) {
    if (!has(source, code) || has(actions, code)) continue;
    const holders = records.filter((text) => has(text, code));
    if (holders.length === 0 || holders.length === records.length) continue;
    const chosen = records.findIndex(
      (text, i) => !has(text, code) && own[i]!.some((id) => new RegExp(`\\b${id}\\b`).test(actions)),
    );
    if (chosen < 0) continue;
    const better = records.findIndex((text, i) => has(text, code) && own[i]!.length > 0);
    if (better < 0) continue;
    return { chosen: records[chosen]!, better: records[better]!, missing: code };
  }
  return undefined;
}

/** A task that asks for something in date: "LVO qualification valid", "a current licence", "not expired". */
const WANTS_VALID = /\b(?:valid|current|in date|in-date|not expired|unexpired|in force)\b/i;
/** A row's mark that it is out of date or withdrawn. */
const LAPSED = /\b(?:expired|lapsed|invalid|revoked|suspended|out of date|overdue)\b/i;

/**
 * A row chosen from a listing that marks it out of date ("LVO valid to 2026-11-30 (EXPIRED)") where
 * the task asks for it valid and another row of the listing is not so marked: the receiver read past
 * the requirement.
 */
export function lapsedChosen(
  task: string,
  source: string,
  actions: string,
): { chosen: string; better: string } | undefined {
  if (!WANTS_VALID.test(task) || !LAPSED.test(source)) return undefined;
  const options = optionsOf(source);
  if (options.length < 2) return undefined;
  const done = ` ${squash(actions)} `;
  const chosen = options.filter((row) => done.includes(` ${row.key} `));
  if (chosen.length !== 1 || !LAPSED.test(chosen[0]!.text)) return undefined;
  const better = options.find((row) => !LAPSED.test(row.text));
  return better ? { chosen: chosen[0]!.key, better: better.key } : undefined;
}
