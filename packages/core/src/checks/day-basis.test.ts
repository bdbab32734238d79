import { describe, expect, it } from 'vitest';
import { dayBasisChanged } from './day-basis.ts';

const TASK =
  'Free time per contract: **7 working days** — count Mon–Fri only and skip NL public holidays. Tell me the chargeable days.';

describe('days counted on another basis than the task’s', () => {
  it('is a call that sets the other basis, or an answer that counts only in it', () => {
    expect(
      dayBasisChanged(TASK, '6 chargeable.', [{ start: '2026-12-24', free: 7, basis: 'calendar' }]),
    ).toEqual({
      asked: 'working days',
      used: 'basis: calendar',
    });
    expect(dayBasisChanged('Refund within 14 calendar days.', 'Refund due in 10 business days.', [])).toEqual(
      {
        asked: 'calendar days',
        used: 'business days',
      },
    );
    expect(dayBasisChanged('Plazo: 10 días hábiles.', 'Plazo de 10 días naturales.', [])).toBeDefined();
  });
  it('is nothing when the call keeps the basis, the task names both, or the answer names both', () => {
    expect(dayBasisChanged(TASK, '4 chargeable.', [{ free: 7, basis: 'working_days' }])).toBeUndefined();
    expect(
      dayBasisChanged('Demurrage 7 working days, detention 5 calendar days.', 'x', [{ basis: 'calendar' }]),
    ).toBeUndefined();
    expect(
      dayBasisChanged(TASK, '7 working days end 05/01 (13 calendar days on terminal).', []),
    ).toBeUndefined();
    // A "calendar" that is no basis: an event calendar.
    expect(dayBasisChanged(TASK, 'Done.', [{ calendar: 'NL-holidays', free: 7 }])).toBeUndefined();
  });
});
