/**
 * A charge or a rule a task says applies once ("the SEK 250 000 deductible applies once to the
 * combined loss", "one occurrence") that the receiver's deed applies per item instead
 * (`deductible_basis: "per_building"`).
 */
import { nameWords, sentencesOf, stem, words } from './task-words.ts';

/** Words that make a thing apply a single time, in the languages teams write in. */
const ONCE = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:once|one time|a single time|one occurrence|single occurrence|only one|einmal|une (?:seule )?fois|una (?:sola )?vez|una (?:sola )?volta|één keer|eenmalig|jednou|jeden raz|один раз|bir kez|sekali|một lần|פעם אחת|مرة واحدة|یک بار|एक बार)(?![\p{L}])`,
    '(?:一次|一回|한 번|ครั้งเดียว)',
  ].join('|'),
  'iu',
);
/** A value that applies a thing to each item: "per_building", "each site", "every claim". */
const PER_ITEM = /(?<![\p{L}])(?:per|each|every|pro|par|por|je)[\s_-]+\p{L}{3,}/iu;

interface Call {
  name: string;
  args: unknown;
}

function stringEntries(args: unknown): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  const visit = (value: unknown, key: string, depth: number) => {
    if (depth > 6 || value === null || value === undefined) return;
    if (typeof value === 'string') out.push({ key, value });
    else if (typeof value === 'object' && !Array.isArray(value))
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) visit(v, k, depth + 1);
  };
  visit(args, '', 0);
  return out;
}

export function appliedPerItem(
  task: string,
  calls: readonly Call[],
): { rule: string; used: string } | undefined {
  // The deeds first: a value "per …" is rare, and the task is read only where one is set.
  const perItem = calls.flatMap((call) =>
    stringEntries(call.args)
      .filter(({ value }) => PER_ITEM.test(value))
      .map((entry) => ({ call, ...entry })),
  );
  if (perItem.length === 0 || !ONCE.test(task)) return undefined;
  for (const sentence of sentencesOf(task)) {
    if (!ONCE.test(sentence)) continue;
    const roots = new Set(
      words(sentence)
        .filter((w) => w.length >= 6)
        .map((w) => stem(w).slice(0, 6)),
    );
    for (const { call, key, value } of perItem) {
      const keyRoots = nameWords(key)
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => w.length >= 6)
        .map((w) => stem(w).slice(0, 6));
      if (keyRoots.some((root) => roots.has(root)))
        return { rule: sentence.trim(), used: `${call.name} ${key}: ${value}` };
    }
  }
  return undefined;
}
