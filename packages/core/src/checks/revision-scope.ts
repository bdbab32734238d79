/**
 * A revision that changes what its reviewer said to keep: sent back "survival must be 5 years, not
 * 2. Nothing else changes: cl. 12 stays French law", the author's next draft also rewrites cl. 12.
 * Drafts are compared line by line, each line keyed by its label ("Cl. 12 Governing law: …").
 */
import { escapeRegExp } from '../util/escape-reg-exp.ts';

/** A line "label: content" of a draft, with bullets, numbering, table bars and bold stripped. */
const LABELLED = /^\s*(?:[-*•·|]\s*|\d{1,2}[.)]\s+)?(.{2,48}?)\s*[:：]\s*(\S.*)$/;
/** Words of a request that keep a part as it is. */
const KEEP =
  /\b(?:stays?|remains?|unchanged|as it is|as is|keep(?:s|ing)?|leave|untouched|do(?:es)? not (?:change|touch)|don['’]t (?:change|touch)|must not change)\b/i;
/** Words of a request that keep every part it does not name. */
const ONLY =
  /\b(?:nothing else|everything else|all else|no other (?:changes?|edits?)|(?:the )?rest (?:stays|remains|is fine|unchanged)|otherwise unchanged|only (?:change|fix|update|amend|correct|edit)|change only|fix only)\b/i;

const plain = (text: string) =>
  text
    .replace(/[*_`«»"“”'’]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

function labelledLines(text: string): Map<string, string> {
  const lines = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = LABELLED.exec(line);
    if (!m || /^\d{1,2}$/.test(m[1]!.trim())) continue;
    const label = plain(m[1]!);
    if (label && !lines.has(label)) lines.set(label, plain(m[2]!));
  }
  return lines;
}

/** What of a label a request would name: its numbers ("9.2", "12"), else its longer words. */
function keysOf(label: string): string[] {
  const numbers = label.match(/\d+(?:\.\d+)*/g);
  if (numbers) return numbers;
  return label.match(/\p{L}{4,}/gu) ?? [];
}

/**
 * A request's clauses: split at semicolons too, unlike task-words' `sentencesOf`, so "set §5 to 4
 * weeks; leave the rest as it is" names §5 in a clause that changes it, not in one that keeps it.
 */
const clausesOf = (text: string) => text.split(/(?<=[.;!?])\s+|\n+/).filter((s) => s.trim() !== '');

function mentions(clause: string, key: string): boolean {
  const escaped = escapeRegExp(key);
  return new RegExp(`(?<![\\p{L}\\d.])${escaped}(?![\\p{L}]|\\.?\\d)`, 'iu').test(clause);
}

/** A request that keeps some part as it is (a cheap test before any draft is read). */
export const keepsParts = (request: string): boolean => KEEP.test(request) || ONLY.test(request);

export interface ScopeBreach {
  label: string;
  was: string;
  now: string;
}

/**
 * The first line of the earlier draft that the revised one changed though the request kept it:
 * named in a sentence that keeps it ("cl. 12 stays French law"), or not named at all in a request
 * that keeps everything it does not name ("nothing else changes").
 */
export function changedBeyondRequest(
  request: string,
  before: string,
  after: string,
): ScopeBreach | undefined {
  if (!keepsParts(request)) return undefined;
  const only = ONLY.test(request);
  const was = labelledLines(before);
  if (was.size < 2) return undefined;
  const now = labelledLines(after);
  const clauses = clausesOf(request);
  for (const [label, content] of was) {
    const revised = now.get(label);
    if (revised === undefined || revised === content) continue;
    const keys = keysOf(label);
    const naming = clauses.filter((c) => keys.some((key) => mentions(c, key)));
    const kept = naming.length > 0 ? naming.every((s) => KEEP.test(s)) : only;
    if (kept) return { label, was: content, now: revised };
  }
  return undefined;
}
