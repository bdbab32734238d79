import { describe, expect, it } from 'vitest';
import { sentencesOf } from './task-words.ts';

describe('sentencesOf', () => {
  it('ends no sentence at an ordinal day’s point', () => {
    expect(sentencesOf('Slaktedato er flyttet til 16. juni 2027. Båten er bestilt.')).toEqual([
      'Slaktedato er flyttet til 16. juni 2027.',
      'Båten er bestilt.',
    ]);
    expect(sentencesOf('Termin am 3. März. Bitte bestätigen.')).toHaveLength(2);
  });
  it('ends one at a figure closing a sentence, a day written out, or a code after a date', () => {
    expect(sentencesOf('Merd 9 talt i uke 41. Ingen avlusing.')).toHaveLength(2);
    expect(sentencesOf('Patch on 2026-12-15. trd-lx-01..06 left as they are.')).toHaveLength(2);
  });
});
