import { canonicalNumber } from '../checks/constraints.ts';
import { textMemo } from '../util/text-memo.ts';
import { wordsOf } from './fingerprint.ts';

/** Clock times ("09:00", "9:45 pm", "14:50Z"): one value each, not two small numbers. */
const NUMBER_WORD = /^[$€£]?-?\d[\d,]*(\.\d+)?%?$/;
const TIME = /\b([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?\s*([ap]\.?m\.?)?Z?(?![\w:])/gi;

/**
 * A word of two characters in a script whose characters are morphemes or syllables (段差, バス, 객실):
 * a whole word, where two Latin letters are a particle. (Two hiragana are mostly grammar: です, から;
 * a figure with its counter, "1회", is read as a figure, from three characters.)
 */
const SYLLABIC_WORD = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}]{2}$/u;

/**
 * Distinctive tokens of a text: numbers in canonical form (`#…`, clock times as `#hh:mm`) and words
 * of 3+ letters (2 in scripts of syllables or morphemes). Shared: do not mutate.
 */
export const textTokens: (text: string) => ReadonlySet<string> = textMemo((text) => {
  const out = new Set<string>();
  const ungrouped = /\d,\d{3}/.test(text)
    ? text.replace(
        /\b(\d{1,3})((?:,\d{3})+)\b/g,
        (_, head: string, groups: string) => head + groups.replace(/,/g, ''),
      )
    : text;
  const rest = ungrouped.includes(':')
    ? ungrouped.replace(TIME, (_, hour: string, minute: string, meridiem: string | undefined) => {
        const h = (Number(hour) % 12) + (meridiem && /^p/i.test(meridiem) ? 12 : 0);
        out.add(`#${String(meridiem ? h : Number(hour)).padStart(2, '0')}:${minute}`);
        return ' ';
      })
    : ungrouped;
  for (const word of wordsOf(rest)) {
    const first = word.charCodeAt(0);
    // Only a word starting with a digit, '-' or a currency sign can be a number.
    const number =
      (first < 65 || first > 122) && NUMBER_WORD.test(word)
        ? canonicalNumber(word.replace(/[$€£%]/g, ''))
        : undefined;
    if (number !== undefined) out.add(`#${number}`);
    else if (word.length >= 3 || (word.length === 2 && SYLLABIC_WORD.test(word))) out.add(word);
  }
  return out;
});
