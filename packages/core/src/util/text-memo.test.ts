import { describe, expect, it } from 'vitest';
import { textMemo, withTextMemo } from './text-memo.ts';

describe('textMemo', () => {
  it('works each text out once in a scope sized for more texts than the default limit', async () => {
    let computed = 0;
    const length = textMemo((text) => {
      computed++;
      return text.length;
    });
    const texts = Array.from({ length: 260_000 }, (_, i) => `text ${i}`);
    await withTextMemo(async () => {
      for (const text of texts) length(text);
      // A second pass over every text (as each check makes) finds them all still there.
      for (const text of texts) length(text);
    }, 300_000);
    expect(computed).toBe(texts.length);
  });

  it('keeps only recent texts once the last scope ends', async () => {
    let computed = 0;
    const length = textMemo((text) => {
      computed++;
      return text.length;
    });
    await withTextMemo(async () => {
      for (let i = 0; i < 5_000; i++) length(`text ${i}`);
    });
    length('text 0');
    length('text 4999');
    expect(computed).toBe(5_001);
  });
});
