import { describe, expect, it } from 'vitest';
import { beyondListed } from './only-listed.ts';

const BRIEF =
  'Priority queue for Wed 24 Mar: trays for OR 4 (general, 7 cases) and OR 6 (gyne, 5 cases) only. OR 5 is dark for HVAC; its trays stay in routine.';
const queue = (...rooms: string[]) => [
  { name: 'queue_reprocessing', args: { service_date: '2027-03-24', rooms, priority: 'STAT' } },
];

describe('items a task limits the work to', () => {
  it('is gone beyond by a deed with another item of the series', () => {
    expect(beyondListed(BRIEF, queue('OR 4', 'OR 5', 'OR 6'))).toMatchObject({
      used: 'queue_reprocessing rooms: OR 5',
    });
    expect(
      beyondListed('Run only Bus 3 and Bus 7 tonight.', [{ name: 'dispatch', args: { bus: 'Bus 12' } }]),
    ).toBeDefined();
  });
  it('is kept by the items listed, a call that only reads, or an "only" about something else', () => {
    expect(beyondListed(BRIEF, queue('OR 4', 'OR 6'))).toBeUndefined();
    // A range holds the numbers between its ends.
    const levels = (...l: string[]) => [{ name: 'measure', args: { levels: l } }];
    expect(beyondListed('Measure L1 to L6 only.', levels('L1', 'L3', 'L6'))).toBeUndefined();
    expect(beyondListed('Measure L1 to L6 only.', levels('GF', 'L1', 'L7'))).toBeDefined();
    expect(
      beyondListed(BRIEF, [{ name: 'get_trays', args: { rooms: ['OR 4', 'OR 5', 'OR 6'] } }]),
    ).toBeUndefined();
    expect(
      beyondListed('OR 4 is the only room with a laser. Book OR 4 and OR 6 for Wednesday.', queue('OR 6')),
    ).toBeUndefined();
    expect(
      beyondListed('Only Bus 3 has a ramp; assign it to the 07:10.', [
        { name: 'dispatch', args: { bus: 'Bus 7' } },
      ]),
    ).toBeUndefined();
  });
});
