import { describe, expect, it } from 'vitest';
import { asciiDigits, wordsOfRun } from '../util/script-words.ts';
import { withTextMemo } from '../util/text-memo.ts';
import { containment, containsAtLeast, fingerprint, normalizeWords, textContainment } from './fingerprint.ts';

describe('fingerprint', () => {
  it('ignores case, punctuation and Unicode compatibility forms', () => {
    expect(normalizeWords('Ｑ3 Revenue — EUR 4.2bn, (final).')).toEqual([
      'q3',
      'revenue',
      'eur',
      '4.2bn',
      'final',
    ]);
    expect(
      containment(fingerprint('Revenue rose 3% in Q3 2024.'), fingerprint('REVENUE ROSE 3% IN Q3 2024')),
    ).toBe(1);
  });

  it('reads mostly-ASCII text (dashes, quotes, bullets) as the full Unicode reading does', () => {
    // The reference: NFKC, then letters (with their marks) and numbers of any script.
    const reference = (text: string) =>
      (
        text
          .toLowerCase()
          .normalize('NFKC')
          .replace(
            /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\u0E50-\u0E59\u066B\u066C]/g,
            asciiDigits,
          )
          .match(/[\p{L}\p{M}\p{N}.%$€£-]+/gu) ?? []
      )
        .map((word) => word.replace(/^[.-]+|[.-]+$/g, ''))
        .filter((word) => word !== '')
        .flatMap(wordsOfRun);
    const mismatches: string[] = [];
    for (let code = 0; code < 0x3000; code++) {
      const char = String.fromCharCode(code);
      for (const text of [`Ab${char}cd 12`, `${char}e\u0301 x${char}${char}`])
        if (normalizeWords(text).join('|') !== reference(text).join('|')) mismatches.push(code.toString(16));
    }
    expect(mismatches).toEqual([]);
  });

  it('tells texts that share content from texts that do not', () => {
    const source = 'The quarterly revenue was EUR 4.2 billion, driven by strong sales in Europe.';
    expect(textContainment(source, `Summary: ${source} Nothing else changed.`)).toBe(1);
    expect(textContainment(source, 'Cats sleep between twelve and sixteen hours every day.')).toBe(0);
    expect(textContainment('Q3 2024', 'revenue for q3 2024 in EUR')).toBe(1);
    expect(textContainment('Q3 2024', 'revenue for q4 2024 in EUR')).toBe(0.5);
    expect(textContainment('penguins children', 'a story about penguins for children')).toBe(1);
  });

  it('gives the same answer inside and outside an analysis cache scope, and copies public results', async () => {
    const text = 'one two three four five six seven';
    const outside = [...fingerprint(text)];
    const inside = await withTextMemo(async () => [...fingerprint(text)]);
    expect(inside).toEqual(outside);
    const words = normalizeWords(text);
    words.push('mutated');
    expect(normalizeWords(text)).not.toContain('mutated');
  });

  it('answers containsAtLeast exactly as containment compared with the share', () => {
    // Deterministic pseudo-random sets, with shares on and around the exact ratios.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    let checked = 0;
    for (let round = 0; round < 300; round++) {
      const part = new Set(Array.from({ length: next(12) }, () => next(20)));
      const whole = new Set(Array.from({ length: next(20) }, () => next(20)));
      const exact = containment(part, whole);
      for (const share of [0, 0.2, 0.4, 0.5, 0.8, 1, exact, exact + 1e-9, exact - 1e-9]) {
        expect(containsAtLeast(part, whole, share)).toBe(exact >= share);
        checked++;
      }
    }
    expect(checked).toBe(2700);
  });
});

describe('words of scripts with marks or without spaces', () => {
  it('keeps a Devanagari word whole with its vowel signs', () => {
    expect(normalizeWords('12 जैन टिफ़िन, बिना प्याज़')).toEqual(['12', 'जैन', 'टिफ़िन', 'बिना', 'प्याज़']);
  });
  it('reads digits of other scripts as the same figures', () => {
    expect(normalizeWords('٧ أفراد، ١٬٤٠٠ ريال، १२ टिफ़िन, ๑๐ วัน')).toEqual(
      normalizeWords('7 أفراد، 1,400 ريال، 12 टिफ़िन, 10 วัน'),
    );
  });
  it('splits Chinese, Japanese and Thai runs into dictionary words', () => {
    expect(normalizeWords('订单已经确认')).toEqual(['订单', '已经', '确认']);
    // NFKC writes Thai sara am as its two parts, in the text and in the words alike.
    expect(normalizeWords('ความบริสุทธิ์ต่ำกว่าเกณฑ์')).toEqual(
      ['ความ', 'บริสุทธิ์', 'ต่ำ', 'กว่า', 'เกณฑ์'].map((w) => w.normalize('NFKC')),
    );
  });
  it('finds a Hindi brief in what arrived, and not in another text', () => {
    const brief = '12 जैन: बिना प्याज़-लहसुन, कोई ज़मीकंद नहीं, अलग बर्तन में पैकिंग';
    expect(textContainment(brief, `आज का ऑर्डर: ${brief}।`)).toBe(1);
    expect(textContainment(brief, 'आज का स्टैंडर्ड मेन्यू: पनीर मटर, दाल तड़का, जीरा राइस')).toBe(0);
  });
});
