/**
 * Two records of one kind whose figures the output gives the wrong way round: the tool gives pack A
 * 46.8 Ah and pack B 39.1 Ah, the output "pack A 39,1 Ah … Pack B 46,8 Ah". Each record is named in
 * the output by its key or name ("pack_A" as "pack A"), and what follows each name up to the other
 * holds the other's figure and not its own, for the same field.
 */
import { escapeRegExp } from '../util/escape-reg-exp.ts';
import { parsedResult } from '../util/parsed-result.ts';

interface Sibling {
  name: string;
  fields: Map<string, number>;
}

/** Groups of two or more records side by side: an object's object fields, or a list's records by their name. */
function siblingsOf(data: unknown, depth = 0, out: Sibling[][] = []): Sibling[][] {
  if (depth > 5 || !data || typeof data !== 'object') return out;
  const numbers = (record: object) =>
    new Map(
      Object.entries(record).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
    );
  const group: Sibling[] = [];
  if (Array.isArray(data)) {
    for (const item of data) {
      if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
      const name = Object.values(item).find(
        (v) => typeof v === 'string' && /^[\p{L}\d][\p{L}\d _-]{0,23}$/u.test(v),
      );
      if (typeof name === 'string') group.push({ name, fields: numbers(item) });
    }
  } else
    for (const [key, value] of Object.entries(data))
      if (value && typeof value === 'object' && !Array.isArray(value))
        group.push({ name: key, fields: numbers(value) });
  if (group.length >= 2) out.push(group);
  for (const value of Object.values(data)) siblingsOf(value, depth + 1, out);
  return out;
}

/** "pack_A" → /pack[\s_-]?A/ with letter boundaries; a name of one short word is too common to find. */
function mentionPattern(name: string): RegExp | undefined {
  const parts = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean);
  if (parts.length === 1 && parts[0]!.length < 4) return undefined;
  return new RegExp(`(?<![\\p{L}\\d])${parts.map(escapeRegExp).join('[\\s_-]?')}(?![\\p{L}\\d])`, 'giu');
}

const FIGURE = /(?<![\p{L}\d.,-])\d+(?:[.,]\d+)?(?![\d])/gu;
/** The figures of a stretch of text, read with either decimal mark ("39,1" is 39.1). */
const figuresIn = (text: string) =>
  new Set([...text.matchAll(FIGURE)].map((m) => Number(m[0].replace(/,(?=\d{1,2}$)/, '.'))));

export function swappedRecords(
  result: unknown,
  output: string,
): { first: string; second: string; field: string; stated: number; own: number } | undefined {
  const data = parsedResult(result, 20_000);
  if (!data || typeof data !== 'object') return undefined;
  for (const group of siblingsOf(data)) {
    const mentions = group.map((sibling) => {
      const pattern = mentionPattern(sibling.name);
      return pattern ? [...output.matchAll(pattern)].map((m) => m.index) : [];
    });
    // Each name's stretches: from where it is named to where any record is named next, or the line ends.
    const starts = mentions.flat().sort((a, b) => a - b);
    const stretch = (at: number) => {
      const next = starts.find((s) => s > at) ?? output.length;
      const line = output.indexOf('\n', at);
      return output.slice(at, Math.min(next, line < 0 ? output.length : line));
    };
    const said = mentions.map((at) => {
      const figures = new Set<number>();
      for (const start of at) for (const figure of figuresIn(stretch(start))) figures.add(figure);
      return figures;
    });
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        if (mentions[i]!.length === 0 || mentions[j]!.length === 0) continue;
        for (const [field, own] of group[i]!.fields) {
          const other = group[j]!.fields.get(field);
          if (other === undefined || other === own || [own, other].some((v) => v === 0 || v === 1)) continue;
          if (said[i]!.has(other) && said[j]!.has(own) && !said[i]!.has(own) && !said[j]!.has(other))
            return { first: group[i]!.name, second: group[j]!.name, field, stated: other, own };
        }
      }
  }
  return undefined;
}
