/**
 * Parts a task asks for one by one ("report the HURDLE course and the CHASE course SEPARATELY"),
 * which the agent's own tool gave part by part and as a whole (`hurdle.avg 7.2`, `chase.avg 8.9`,
 * `all.avg 8.1`), answered with the whole's figure alone ("GoingStick 8.1 → Good"): the parts the
 * task wanted apart were merged.
 */
import { parsedResult } from '../util/parsed-result.ts';

const APART =
  /\b(?:separately|separate|individually|one by one|each|apart|per (?:course|site|item|line|unit|zone|ward|route|lot))\b/i;
const WHOLE = /^(?:all|total|overall|combined|aggregate|both|average|mean|whole)$/i;

const figuresIn = (value: unknown, out: number[] = [], depth = 0): number[] => {
  if (typeof value === 'number') out.push(value);
  else if (value && typeof value === 'object' && depth < 4)
    for (const item of Object.values(value)) figuresIn(item, out, depth + 1);
  return out;
};

const says = (text: string, figure: number) =>
  new RegExp(`(?<![\\d.,])${String(figure).replace('.', '[.,]')}(?![\\d]|[.,]\\d)`).test(text);

export function partsMerged(
  task: string,
  result: unknown,
  output: string,
): { parts: string[]; whole: string; figure: number } | undefined {
  if (!APART.test(task)) return undefined;
  const data = parsedResult(result, 20_000);
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const entries = Object.entries(data as Record<string, unknown>);
  const lower = task.toLowerCase();
  const parts = entries.filter(
    ([key, value]) =>
      !WHOLE.test(key) &&
      value &&
      typeof value === 'object' &&
      new RegExp(`\\b${key.toLowerCase()}\\b`).test(lower),
  );
  const whole = entries.find(([key, value]) => WHOLE.test(key) && value && typeof value === 'object');
  if (parts.length < 2 || !whole) return undefined;
  const partFigures = parts.flatMap(([, value]) => figuresIn(value));
  if (partFigures.some((figure) => says(output, figure))) return undefined;
  const own = figuresIn(whole[1]).filter((figure) => !partFigures.includes(figure));
  const figure =
    own.find((f) => !Number.isInteger(f) && says(output, f)) ?? own.find((f) => f >= 10 && says(output, f));
  return figure === undefined ? undefined : { parts: parts.map(([key]) => key), whole: whole[0], figure };
}
