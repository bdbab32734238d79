import { describe, expect, it } from 'vitest';
import { withoutPleasantries } from './pleasantries.ts';

describe('withoutPleasantries', () => {
  it('drops the greeting and the sign-off around a message', () => {
    const text =
      'Thanks for the brief! Below is what I have.\n\nLOG 07 (rev 2)\n07:00 NEWS\n\nHope this helps.';
    expect(withoutPleasantries(text)).toBe('LOG 07 (rev 2)\n07:00 NEWS');
  });
  it('keeps short lines that carry content: a verdict, a figure, a line in the middle', () => {
    const verdict = 'Hello team,\nChecked the label against the register.\nVerdict: compliant';
    expect(withoutPleasantries(verdict)).toBe('Checked the label against the register.\nVerdict: compliant');
    const figure = 'Here you go:\nTotal due 412.50\nThanks, 2 items left';
    expect(withoutPleasantries(figure)).toBe('Total due 412.50\nThanks, 2 items left');
    const middle =
      'Plan A\nStep one\nThanks to the night shift for the data\nStep two\nStep three\nStep four';
    expect(withoutPleasantries(middle)).toBe(middle);
  });
  it('leaves a message that is only pleasantries, or too short to frame, as it is', () => {
    expect(withoutPleasantries('Hi!\nThanks!\nCheers.')).toBe('Hi!\nThanks!\nCheers.');
    expect(withoutPleasantries('Thanks! Booked BKG-77105.')).toBe('Thanks! Booked BKG-77105.');
  });
});
