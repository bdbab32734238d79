/**
 * A record given again in a later version ("APPROVED: NVF-AMS-1205 v2 — 302 boxes, 4,832 kg gross")
 * whose figures differ from an earlier text about the same record ("320 boxes roses …, 5,120 kg
 * gross"): the earlier figures are replaced. Two figures at least must differ, in the units both
 * texts give, and the texts must name one record by its identifier.
 */
import { countsIn, quantitiesOf, type Supersession } from './stated-supersession.ts';

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
