/**
 * Names a message gives two versions of a document ("Rev A survey: Bath stone (Combe Down) …
 * survey rev B: it is Doulting stone, rev B supersedes"): the names only the older version has are
 * old, and a text that names one of them and none of the newer version's still works from the old one.
 */
import { sentencesOf } from './task-words.ts';

const VERSION = /\b(?:v|ver\.?|version|rev\.?|revision|issue)\s?(\d{1,2}|[A-H])\b/gi;
/** A version label's place in order: "2" is 2, "B" is 2. */
export const versionRank = (label: string) =>
  /^\d+$/.test(label) ? Number(label) : label.toUpperCase().charCodeAt(0) - 64;
const NAME = /\b[A-Z][a-z]{2,}\b/g;
const CALENDAR =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Rev|Revision|Version|Update|Note|Please|Pls)$/;

export interface VersionedNames {
  old: string[];
  current: string[];
  sentence: string;
}

export function versionedNamesOf(text: string): VersionedNames[] {
  if (!/supersed|replac|\bupdate|\bnow\b/i.test(text)) return [];
  const labels = [...text.matchAll(VERSION)];
  if (new Set(labels.map((m) => versionRank(m[1]!))).size < 2) return [];
  const byRank = new Map<number, Set<string>>();
  for (const m of labels) {
    // What the version says: its clause, up to a stop, a semicolon or the next version label.
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 100);
    const clause = rest.split(
      /[.;\n]\s|\b(?:v|ver\.?|version|rev\.?|revision|issue)\s?(?:\d{1,2}|[A-H])\b/i,
    )[0]!;
    const names = (clause.match(NAME) ?? []).filter(
      // A word written lower case elsewhere is a common word capitalised ("Mortar: …").
      (name) => !CALENDAR.test(name) && !new RegExp(`\\b${name.toLowerCase()}\\b`).test(text),
    );
    const entry = byRank.get(versionRank(m[1]!)) ?? new Set<string>();
    for (const name of names) entry.add(name);
    byRank.set(versionRank(m[1]!), entry);
  }
  const top = Math.max(...byRank.keys());
  const current = [...(byRank.get(top) ?? [])];
  const old = [...byRank.entries()]
    .filter(([r]) => r < top)
    .flatMap(([, names]) => [...names])
    .filter((name) => !current.includes(name));
  if (current.length === 0 || old.length === 0) return [];
  const sentence =
    sentencesOf(text).find((s) => current.some((name) => s.includes(name))) ?? text.slice(0, 200);
  return [{ old: [...new Set(old)], current, sentence }];
}

const namesWord = (text: string, name: string) => new RegExp(`\\b${name}\\b`).test(text);
/** A sentence that speaks of the old version as old: "not Combe Down as rev A", "rev A said Bath". */
const AS_OLD =
  /\b(?:not|no longer|instead of|rather than|was|previously|formerly|superseded|rev\.?\s?A|v1)\b/i;

/** The sentence of a text that names an old version's name, when it names none of the current version's. */
export function namesOldVersion(text: string, v: VersionedNames): string | undefined {
  if (v.current.some((name) => namesWord(text, name))) return undefined;
  return sentencesOf(text).find((s) => v.old.some((name) => namesWord(s, name)) && !AS_OLD.test(s));
}
