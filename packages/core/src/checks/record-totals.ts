import { parsedResult } from '../util/parsed-result.ts';
import type { ScoreResult, ScorerInput } from './scorers.ts';

interface Summed {
  id: string;
  sum: number;
  parts: number[];
}

/** Records of a result whose figures split into a series by key ("j1", "j2", "j3"), with each one's sum. */
function summedRecords(data: unknown): Summed[] {
  const out: Summed[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const fields = Object.entries(value as Record<string, unknown>);
    const id = fields.find(([, v]) => typeof v === 'string' && /^[A-Za-z]{1,6}-?\d{1,6}$/.test(v))?.[1] as
      | string
      | undefined;
    // A series: two or more numbers under one stem and a running number ("j1", "j2", "judge_3").
    const series = new Map<string, number[]>();
    for (const [key, v] of fields) {
      const stem = /^([a-z_]+?)_?\d+$/i.exec(key)?.[1];
      if (stem && typeof v === 'number') series.set(stem, [...(series.get(stem) ?? []), v]);
    }
    const parts = [...series.values()].find((values) => values.length >= 2);
    if (id && parts) out.push({ id, parts, sum: Math.round(parts.reduce((a, b) => a + b, 0) * 100) / 100 });
    for (const [, v] of fields) if (v && typeof v === 'object') visit(v, depth + 1);
  };
  visit(data, 0);
  return out;
}

const figuresIn = (line: string) => (line.match(/(?<![\w.-])\d+(?:\.\d+)?(?![\w-])/g) ?? []).map(Number);

/**
 * An answer that gives totals and puts against a record a total its own figures do not add up to,
 * but another record's do (TP-03 scored 8.5 + 9.0 + 8.5 = 26.0, reported 25.5, which is TP-09's):
 * the totals were swapped between records, and so is every ranking built on them.
 */
export function swappedTotal({ turn, output }: ScorerInput): ScoreResult | undefined {
  if (!/\btotals?\b|\bsum\b/i.test(output)) return undefined;
  const lines = output.split('\n');
  for (const call of turn.toolCalls) {
    const records = summedRecords(parsedResult(call.result, 50_000));
    if (records.length < 2) continue;
    for (const record of records) {
      const line = lines.find((l) => new RegExp(`(?<![\\w-])${record.id}(?![\\w-])`).test(l));
      if (!line) continue;
      const figures = figuresIn(line);
      if (figures.includes(record.sum)) continue;
      const other = records.find(
        (r) => r !== record && figures.includes(r.sum) && !record.parts.includes(r.sum),
      );
      if (other)
        return {
          value: 0.2,
          reason: `the output puts ${other.sum} against ${record.id}, whose figures (${record.parts.join(' + ')}) add up to ${record.sum}; ${other.sum} is ${other.id}'s total`,
        };
    }
  }
  return undefined;
}
