/**
 * A level its own tool graded that the output gives the other way: the score tool says `"risc":
 * "RIDICAT"` (high), the hand-on says "risc scăzut" (low risk). The level is the tool's own, under a
 * key for a risk, a severity, a priority or an urgency; the output names the same kind of level next
 * to the opposite word, and nowhere next to the tool's.
 */
import { parsedResult } from '../util/parsed-result.ts';

/** Keys and words for a graded level, by kind, in the languages teams write in. */
const KINDS = [
  String.raw`risk\p{L}*|risc\p{L}*|riesgo|risco|rischio|risque|risiko|ryzyk\p{L}*|rizik\p{L}*|kockázat\p{L}*|riski`,
  String.raw`severity|severidad|gravit[éà]|gravidade|schweregrad`,
  String.raw`priorit\p{L}*|urgen\p{L}*|dringlichkeit`,
];
const LEVEL_KIND = KINDS.join('|');
const KIND_OF = KINDS.map((kind) => new RegExp(String.raw`(?:^|_)(?:${kind})(?:$|_)`, 'iu'));
const kindOf = (word: string) => KIND_OF.findIndex((kind) => kind.test(word.toLowerCase()));
const HIGH = String.raw`high|very high|elevated|critical|hoch|hohe[rsn]?|kritisch\p{L}*|élevée?|critique|alt[oa]|elevad[oa]|crític[oa]|elevat[oa]|critic[oă]?|ridicat[ăe]?|hoog|hoge|høj|høy|hög|korkea|wysok\p{L}*|vysok\p{L}*|magas|yüksek|tinggi|cao`;
const LOW = String.raw`low|very low|minor|niedrig\p{L}*|gering\p{L}*|faible|bas(?:se)?|baj[oa]|baix[oa]|bass[oa]|scăzut[ăe]?|mic[ăe]?|laag|lage|lav|låg|matala|nisk\p{L}*|nízk\p{L}*|alacsony|düşük|rendah|thấp`;

const IS_HIGH = new RegExp(String.raw`^(?:${HIGH})$`, 'iu');
const IS_LOW = new RegExp(String.raw`^(?:${LOW})$`, 'iu');
/** The kind of level and a level word beside it, either order, a word or two apart: "low risk", "risc scăzut". */
const SAID = new RegExp(
  String.raw`(?<![\p{L}])(?:(${LEVEL_KIND})\s+(?:[\p{L}-]+\s+)?(${HIGH}|${LOW})|(${HIGH}|${LOW})\s+(?:[\p{L}-]+\s+)?(${LEVEL_KIND}))(?![\p{L}])`,
  'giu',
);

type Level = 'high' | 'low';
const levelOf = (word: string): Level | undefined =>
  IS_HIGH.test(word.trim()) ? 'high' : IS_LOW.test(word.trim()) ? 'low' : undefined;

/** The levels a result grades under a level key: `"risc": "RIDICAT"`, `"severity": "low"`. */
function gradedLevels(result: unknown): { key: string; value: string; level: Level }[] {
  const found: { key: string; value: string; level: Level }[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 5 || !value || typeof value !== 'object') return;
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (typeof item === 'string' && kindOf(key) >= 0) {
        const level = levelOf(item.replace(/[_-]/g, ' '));
        if (level) found.push({ key, value: item, level });
      } else visit(item, depth + 1);
    }
  };
  visit(parsedResult(result, 20_000), 0);
  return found;
}

export function levelReversed(
  results: readonly unknown[],
  output: string,
): { key: string; value: string; said: string } | undefined {
  if (!/\p{L}/u.test(output)) return undefined;
  const graded = results.flatMap(gradedLevels);
  if (graded.length === 0) return undefined;
  const said = [...output.matchAll(SAID)].map((m) => ({
    text: m[0],
    level: levelOf(m[2] ?? m[3] ?? ''),
    kind: kindOf(m[1] ?? m[4] ?? ''),
  }));
  // (One grade only: a result that grades several things high and low is a table of them.)
  if (new Set(graded.map((g) => g.level)).size > 1) return undefined;
  for (const g of graded) {
    const same = said.filter((s) => s.kind === kindOf(g.key));
    const opposite = same.find((s) => s.level !== undefined && s.level !== g.level);
    if (opposite && !same.some((s) => s.level === g.level))
      return { key: g.key, value: g.value, said: opposite.text };
  }
  return undefined;
}
