import { describe, expect, it } from 'vitest';
import { textTokens } from './text-tokens.ts';

describe('textTokens', () => {
  it('keeps numbers canonical and clock times whole', () => {
    expect([...textTokens('Arrival 09:00, then 9:45 pm; EUR 1,240.50 total')]).toEqual(
      expect.arrayContaining(['#09:00', '#21:45', '#1240.5', 'arrival', 'total']),
    );
    expect([...textTokens('Arrival 09:00')]).not.toContain('#0');
  });
});
