import { canonicalNumber } from '../checks/constraints.ts';
import { textMemo } from '../util/text-memo.ts';
import { wordsOf } from './fingerprint.ts';

/** Distinctive tokens of a text: numbers in canonical form and words of 3+ letters. Shared: do not mutate. */
export const textTokens: (text: string) => ReadonlySet<string> = textMemo((text) => {
  const out = new Set<string>();
  for (const word of wordsOf(text)) {
    const number = /^[$€£]?-?\d[\d,]*(\.\d+)?%?$/.test(word)
      ? canonicalNumber(word.replace(/[$€£%]/g, ''))
      : undefined;
    if (number !== undefined) out.add(`#${number}`);
    else if (word.length >= 3) out.add(word);
  }
  return out;
});
