import { describe, expect, it } from 'vitest';
import { dayBoundBroken } from './day-bound.ts';

const POUR =
  'L6 deck pour 6A+6B, 186 m³. No L6 pour until L5 14-day results (23/04 pm) ≥32 MPa and the permit → **earliest pour Tue 28 Apr**. Book pump and concrete for 28/04, fallback 29/04.';
const book = (date: string) => [
  { name: 'book_pour', args: { element: 'L6 deck 6A+6B', volume_m3: 186, date } },
];

describe('a day a task bounds without its year', () => {
  it('is broken by a booking on the wrong side of it', () => {
    expect(dayBoundBroken(POUR, book('2026-04-23'))).toMatchObject({ booked: 'book_pour date: 2026-04-23' });
    expect(
      dayBoundBroken(
        'Hard requirement: he must LAND SIN no later than Wed 10 Mar 18:00 LT; launch 11 Mar 08:00.',
        [{ name: 'book_fare', args: { flight: 'TR 383', date: '2027-03-11' } }],
      ),
    ).toBeDefined();
    // The key of a delivery time: `deliver_at`.
    const LOANER =
      'Per SPD-POL-14 it must be received at SPD no later than Tue 23 Mar 08:00 (48 h before the case).';
    expect(
      dayBoundBroken(LOANER, [{ name: 'book_vendor_loaner', args: { deliver_at: '2027-03-25T06:30' } }]),
    ).toMatchObject({ booked: 'book_vendor_loaner deliver_at: 2027-03-25' });
    expect(
      dayBoundBroken(LOANER, [{ name: 'book_vendor_loaner', args: { deliver_at: '2027-03-22T14:00' } }]),
    ).toBeUndefined();
  });
  it('is kept by a booking on its side, a call that only looks, a due date, or a day of another year', () => {
    expect(dayBoundBroken(POUR, book('2026-04-28'))).toBeUndefined();
    expect(dayBoundBroken(POUR, [{ name: 'search_slots', args: { date: '2026-04-23' } }])).toBeUndefined();
    expect(
      dayBoundBroken(POUR, [{ name: 'book_pour', args: { invoice_due: '2026-04-20' } }]),
    ).toBeUndefined();
    // A bound on a named deed binds only the calls that do it.
    expect(dayBoundBroken(POUR, [{ name: 'book_crane', args: { date: '2026-04-23' } }])).toBeUndefined();
    expect(
      dayBoundBroken('Deliver no later than 2 Jan.', [
        { name: 'book_delivery', args: { date: '2026-12-30' } },
      ]),
    ).toBeUndefined();
  });
  it('with its year, is compared with the whole day booked', () => {
    const SLEEP =
      'Shot K-0129 was loaded Sat 13 Mar 2027. Under DB-14 the maximum sleep is 3 days, i.e. it must fire by Tue 16 Mar 2027 or be unloaded.';
    const fire = (date: string) => [{ name: 'reschedule_shot', args: { shot: 'K-0129', new_date: date } }];
    expect(dayBoundBroken(SLEEP, fire('2027-03-22'))).toMatchObject({
      booked: 'reschedule_shot new_date: 2027-03-22',
    });
    // The near miss: on the day, or before it; a day of the year before; a loading day that bounds nothing.
    expect(dayBoundBroken(SLEEP, fire('2027-03-16'))).toBeUndefined();
    expect(dayBoundBroken(SLEEP, fire('2027-03-15'))).toBeUndefined();
    expect(
      dayBoundBroken('Deliver no later than 2 Jan 2027.', [
        { name: 'book_delivery', args: { date: '2026-12-30' } },
      ]),
    ).toBeUndefined();
    expect(
      dayBoundBroken('Deliver no later than 2 Jan 2027.', [
        { name: 'book_delivery', args: { date: '2027-12-30' } },
      ]),
    ).toBeDefined();
  });
});
