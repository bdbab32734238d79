import { describe, expect, it } from 'vitest';
import { changedRateBasis } from './rate-basis.ts';

describe('changedRateBasis: a rate whose number survived on another basis', () => {
  it('finds the number kept per another unit or in another denomination', () => {
    expect(changedRateBasis('Reserve £92 a head, 40 lambs.', 'Lot 218: reserve 92p/kg lw.')).toEqual({
      stated: '£92 a head',
      changed: '92p/kg',
    });
    expect(changedRateBasis('Cap the rate at €45 per hour.', 'Booked at €45/day.')?.changed).toBe('€45/day');
  });
  it('is quiet when the rate is kept, restated in other words, or converted to another number', () => {
    expect(changedRateBasis('Reserve £92 a head.', 'Reserve £92/hd.')).toBeUndefined();
    expect(changedRateBasis('Reserve £92 a head.', 'Reserve 9200p per head.')).toBeUndefined();
    expect(
      changedRateBasis('Reserve £92 a head.', 'Reserve £92 a head (about £2.56/kg at 36 kg).'),
    ).toBeUndefined();
    // A count per hour is no price.
    expect(
      changedRateBasis('Pick 40 per hour at £12/h.', 'Picking 40 per day, paid £12 an hour.'),
    ).toBeUndefined();
  });
});
