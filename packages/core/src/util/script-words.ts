/** Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese). */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

let segmenter: Intl.Segmenter | undefined;

/** Whether a text holds a script written without spaces, whose runs are not words. */
export const hasUnspacedScript = (text: string): boolean => UNSPACED.test(text);

/**
 * The words of a run of letters: the run itself, or, where it is in a script written without
 * spaces ("订单已经确认"), the words ICU's dictionaries find in it ("订单", "已经", "确认").
 */
export function wordsOfRun(run: string): string[] {
  if (!UNSPACED.test(run)) return [run];
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const out: string[] = [];
  for (const part of segmenter.segment(run)) if (part.isWordLike) out.push(part.segment);
  return out;
}

/** Decimal digits of other scripts: Arabic-Indic, Persian, Devanagari, Bengali, Thai, fullwidth. */
const OTHER_DIGITS =
  /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\u0E50-\u0E59\uFF10-\uFF19\u066B\u066C]/g;
const ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0xff10];

/** A text with its digits in ASCII ("١٬٤٠٠" → "1,400", "१२" → "12"), so a figure reads the same in any script. */
export function asciiDigits(text: string): string {
  if (isAscii(text)) return text;
  return text.replace(OTHER_DIGITS, (char) => {
    const code = char.charCodeAt(0);
    if (code === 0x066b) return '.';
    if (code === 0x066c) return ',';
    const zero = ZEROS.find((z) => code >= z && code <= z + 9)!;
    return String(code - zero);
  });
}

/** Whether a text is all ASCII (no letters, digits or signs of other scripts). */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
