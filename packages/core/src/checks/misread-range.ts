/**
 * A range an output gives with one end copied from its tool's minimum or maximum and the other end
 * not the tool's: the logger said `min_c: -19.6, max_c: -11.8`, the summary says "stable from −19.6
 * to −17.9 °C" and never gives −11.8. The range leaves out what the record's own extreme says.
 */
import { parsedResult } from '../util/parsed-result.ts';
import { nameWordList } from './task-words.ts';

const LOW = /^(?:min|minimum|lowest|low|mín|mínimo|minimo|minimal)$/i;
const HIGH = /^(?:max|maximum|highest|high|peak|máx|máximo|massimo|maximo|maximal)$/i;
/** A signed figure, decimals in either style: "−19,6", "-11.8", "4". */
const FIGURE = /(?<![\d.,])[-−]?\d+(?:[.,]\d+)?(?![\d]|[.,]\d)/g;
/** What stands between a range's ends: a dash, "to", "bis", "à", "đến", "do", "tot", "till", "…". */
const BETWEEN =
  /^\s*(?:°\s?[CF]?\s*)?(?:[–—…]|\.\.\.?|-(?=\s)|to|bis|à|até|fino a|đến|tới|do|tot|till|til|ile|hingga|sampai)\s*$/iu;

interface Extremes {
  low: number;
  high: number;
  name: string;
}

/** The pairs of a record's fields that give one measure's minimum and maximum (`min_c` and `max_c`). */
function extremesOf(data: unknown, depth = 0): Extremes[] {
  if (depth > 4 || data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  const lows = new Map<string, number>();
  const highs = new Map<string, number>();
  const out: Extremes[] = [];
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (typeof value !== 'number') {
      out.push(...extremesOf(value, depth + 1));
      continue;
    }
    const words = nameWordList(key);
    const rest = words.filter((w) => !LOW.test(w) && !HIGH.test(w)).join(' ');
    if (words.some((w) => LOW.test(w))) lows.set(rest, value);
    else if (words.some((w) => HIGH.test(w))) highs.set(rest, value);
  }
  for (const [name, low] of lows) {
    const high = highs.get(name);
    if (high !== undefined && high > low) out.push({ low, high, name });
  }
  return out;
}

const figureValue = (written: string) => Number(written.replace('−', '-').replace(',', '.'));
const near = (a: number, b: number) => Math.abs(a - b) <= 0.051;

/**
 * The first range of `output` that gives one extreme of a record its tool returned and, for the
 * other, a figure that is none of the record's, where the output never gives that extreme.
 */
export function misreadRange(
  results: readonly unknown[],
  output: string,
): { range: string; low: number; high: number } | undefined {
  if (!/\d/.test(output)) return undefined;
  const records = results.map((result) => parsedResult(result, 50_000)).filter(Boolean);
  const extremes = records.flatMap((record) => extremesOf(record));
  if (extremes.length === 0) return undefined;
  const figures = [...output.matchAll(FIGURE)].map((m) => ({
    at: m.index,
    end: m.index + m[0].length,
    value: figureValue(m[0]),
  }));
  const given = JSON.stringify(records);
  for (const { low, high } of extremes)
    for (let i = 0; i + 1 < figures.length; i++) {
      const [a, b] = [figures[i]!, figures[i + 1]!];
      if (!BETWEEN.test(output.slice(a.end, b.at))) continue;
      // One end the record's, the other end no figure of it, and its own extreme nowhere said.
      const lowKept = near(a.value, low) && !near(b.value, high);
      const highKept = near(b.value, high) && !near(a.value, low);
      if (!lowKept && !highKept) continue;
      const other = lowKept ? b.value : a.value;
      const missing = lowKept ? high : low;
      if (figures.some((f) => near(f.value, missing))) continue;
      if ([...given.matchAll(/-?\d+(?:\.\d+)?/g)].some((m) => near(Number(m[0]), other))) continue;
      return { range: output.slice(a.at, b.end), low, high };
    }
  return undefined;
}
