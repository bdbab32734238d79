/**
 * A figure a tool gave under a key that names its unit (`co_ppm: 38`) passed on with its decimal
 * point moved ("CO 3,8 ppm"): the answer's figure for that key, in that unit, is the tool's times a
 * power of ten, and the answer never gives the tool's own figure. A rounding, another unit or a
 * figure for another key is no such slip.
 */
import { parsedResult } from '../util/parsed-result.ts';
import { isFigure, quantitiesOf } from './stated-supersession.ts';
import { nameWordList, sameStem } from './task-words.ts';

interface Keyed {
  key: string;
  /** The key's words before its unit: `limite_co_ppm` → ["limite", "co"]. */
  words: string[];
  unit: string;
  value: number;
}

/** Numbers of a result under keys that end in a unit, at any depth. */
function keyedFigures(data: unknown, depth = 0): Keyed[] {
  if (depth > 5 || data === null || typeof data !== 'object') return [];
  const out: Keyed[] = [];
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (typeof value !== 'number') {
      out.push(...keyedFigures(value, depth + 1));
      continue;
    }
    const words = nameWordList(key);
    const unit = words.length > 1 ? quantitiesOf(`1 ${words.at(-1)}`)[0]?.unit : undefined;
    if (unit) out.push({ key, words: words.slice(0, -1), unit, value });
  }
  return out;
}

const POWERS = [1e-3, 1e-2, 1e-1, 10, 100, 1000];
const scaledBy = (stated: number, given: number) =>
  POWERS.some((p) => Math.abs(stated * p - given) <= Math.abs(given) * 1e-9);

export function decimalSlip(
  results: readonly unknown[],
  output: string,
): { key: string; given: number; stated: string } | undefined {
  const keyed = results.flatMap((result) => keyedFigures(parsedResult(result, 20_000)));
  if (keyed.length === 0) return undefined;
  const stated = quantitiesOf(output);
  for (const q of stated) {
    // The word right before the figure names what it is: "CO 3,8 ppm", "NO2 0,9 ppm".
    const label = /([\p{L}][\p{L}\d]*)[\s:=*]*$/u.exec(output.slice(Math.max(0, q.at - 24), q.at))?.[1];
    if (!label) continue;
    const said = label.toLowerCase();
    const named = keyed.filter(
      (k) => k.unit === q.unit && k.words.some((w) => w === said || sameStem(w, said)),
    );
    // The key that is the label alone (`co_ppm`, not `limite_co_ppm`), or the one key that names it.
    const exact = named.filter((k) => k.words.length === 1);
    const [own] = exact.length > 0 ? exact : named;
    if (!own || (exact.length === 0 && named.length !== 1)) continue;
    if (isFigure(q, own.value) || !scaledBy(q.value, own.value)) continue;
    // "0,929 m²" is the tool's 0.929 with a decimal comma, read as 929 by the grouping rule: a
    // figure with one separator before three digits is either, and either reading may be the tool's.
    const written = /^[\d.,]+/.exec(output.slice(q.at, q.end))?.[0] ?? '';
    if (
      /^\d{1,3}[.,]\d{3}$/.test(written) &&
      [Number(written.replace(',', '.')), Number(written.replace(/[.,]/, ''))].includes(own.value)
    )
      continue;
    // The tool's own figure given elsewhere in the answer: the other one is a figure of its own.
    if (stated.some((other) => other.unit === q.unit && isFigure(other, own.value))) continue;
    return { key: own.key, given: own.value, stated: output.slice(q.at - label.length - 1, q.end).trim() };
  }
  return undefined;
}
