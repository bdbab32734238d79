import { describe, expect, it } from 'vitest';
import { textTokens } from './text-tokens.ts';

describe('textTokens', () => {
  it('keeps numbers canonical and clock times whole', () => {
    expect([...textTokens('Arrival 09:00, then 9:45 pm; EUR 1,240.50 total')]).toEqual(
      expect.arrayContaining(['#09:00', '#21:45', '#1240.5', 'arrival', 'total']),
    );
    expect([...textTokens('Arrival 09:00')]).not.toContain('#0');
    // A UTC time as aviation and logs write it ("14:50Z") is the same clock time.
    expect(new Set(textTokens('planned 13:55–14:50Z'))).toEqual(new Set(['planned', '#13:55', '#14:50']));
  });

  it('gives a text followed by a space the same tokens as the text (checks rely on it to reuse them)', () => {
    for (const text of [
      'Arrival 09:00',
      'at 9:45 pm',
      'at 9:45 p',
      'EUR 1,240',
      'Ｑ3 naïve café',
      'ends with a dash -',
      'rate 4.5%',
      '12:30:15',
      'off-block 14:50Z',
      '',
    ])
      expect([...textTokens(`${text} `)]).toEqual([...textTokens(text)]);
  });
});
