/**
 * A record given again in a later version ("APPROVED: NVF-AMS-1205 v2 — 302 boxes, 4,832 kg gross")
 * whose figures differ from an earlier text about the same record ("320 boxes roses …, 5,120 kg
 * gross"): the earlier figures are replaced. Two figures at least must differ, in the units both
 * texts give, and the texts must name one record by its identifier.
 */
import { escapeRegExp } from '../util/escape-reg-exp.ts';
import { NOW_WORDS } from './lexicon.ts';
import { countsIn, quantitiesOf, type Supersession } from './stated-supersession.ts';
import { STOP } from './task-words.ts';

/** Words that mark a text as a later version: "v2", "rev B", "revised", "amended", "updated". */
const LATER =
  /\b(?:v(?:er(?:sion)?)?\.?\s?[2-9]|rev(?:ision)?\.?\s?(?:[B-H]|[2-9])|revised|amended|updated|re-?issued|corrected)\b/i;
const RECORD_ID = /(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z\d][\w-]{3,}[A-Za-z\d](?![\w-])/g;

/** Whether a text marks itself as a later version of something. */
export const namesLaterVersion = (text: string) => LATER.test(text);

export function revisedAgainst(current: string, earlier: string): Supersession[] {
  if (!LATER.test(current)) return [];
  const ids = new Set(current.match(RECORD_ID) ?? []);
  if (!(earlier.match(RECORD_ID) ?? []).some((id) => ids.has(id))) return [];
  const figures = (text: string) => {
    const measured = quantitiesOf(text);
    // Counts of one or none ("0 rounds", "1 item") are too common to tell a record by.
    return [
      ...measured,
      ...countsIn(text).filter((c) => c.value >= 2 && !measured.some((q) => q.at === c.at)),
    ];
  };
  const now = figures(current);
  const pairs: Supersession[] = [];
  const units = new Set<string>();
  for (const old of figures(earlier)) {
    if (units.has(old.unit) || now.some((q) => q.unit === old.unit && q.value === old.value)) continue;
    const same = [...new Set(now.filter((q) => q.unit === old.unit).map((q) => q.value))];
    // One value of the unit in the later version: it is the record's figure, not one of a list.
    if (same.length !== 1) continue;
    units.add(old.unit);
    pairs.push({
      old: old.value,
      current: same[0]!,
      unit: old.unit,
      label: [],
      sentence: current.slice(0, 200),
    });
  }
  return pairs.length >= 2 ? pairs : [];
}

/** "now" in the languages teams write in. */
/**
 * A field given a new bare figure, marked as now: "Site 114 cap is now **18**", "der Deckel liegt
 * jetzt bei 18", "il limite è ora 18". The field's word, and the figure (no unit after it).
 */
const NOW_LABELLED = new RegExp(
  String.raw`(?<![\p{L}_])(\p{L}[\p{L}_-]{2,})\s+(?:(?:is|are|ist|liegt|est|es|está|è|er|on|är|jest|je|van)\s+)?(?:${NOW_WORDS})\s*:?\s*(?:at\s+|bei\s+|à\s+|en\s+|a\s+|på\s+|op\s+)?[*_]*(\d+(?:[.,]\d+)?)[*_]*(?![\d.,]*\d|\s?[%°\p{L}])`,
  'giu',
);

/**
 * A field a later text gives a new figure as now ("CR-0457 … applied in IRT. Site 114 cap is now
 * **18**") where an earlier text gave it one other figure ("cap 12 (config v4)", `randomisation_cap:
 * 12`): the earlier figure is the old one. Read as the field's figure (`subject`), bare.
 */
export function nowAgainst(current: string, earlier: string): Supersession[] {
  const pairs: Supersession[] = [];
  for (const m of current.matchAll(NOW_LABELLED)) {
    const label = m[1]!.toLowerCase();
    if (STOP.has(label) || label.length < 3) continue;
    const now = Number(m[2]!.replace(',', '.'));
    // The field's figures in the earlier text: right after its word, or a key ending in it (not the
    // figure after an arrow: "cap 12 → 18" proposes 18).
    const given = new RegExp(
      String.raw`(?<![\p{L}])(?:\p{L}+_)?${escapeRegExp(label)}["']?\s*(?:of|is|at|:|=)?\s*["']?(\d+(?:[.,]\d+)?)(?![\d.,]*\d)`,
      'giu',
    );
    const values = new Set<number>();
    for (const g of earlier.matchAll(given)) values.add(Number(g[1]!.replace(',', '.')));
    values.delete(now);
    if (values.size !== 1) continue;
    pairs.push({ old: [...values][0]!, current: now, unit: '', subject: [label], label: [], sentence: m[0] });
  }
  return pairs;
}
