import { describe, expect, it } from 'vitest';
import type { ToolCall } from '../model/trace.ts';
import { partOfAll } from './part-of-all.ts';

const call = (name: string, args: Record<string, unknown>, result?: string) =>
  ({ name, args, result, startedAt: 0 }) as unknown as ToolCall;
const listing = call(
  'booking_units',
  { booking: 'BK-7731902' },
  '{"booking":"BK-7731902","units":[{"ctr":"MSKU8044127","pos":"R4-11-03"},{"ctr":"MSKU8039915","pos":"R4-11-04"},{"ctr":"MNBU3310478","pos":"R5-02-07"}]}',
);
const hold = (ctr: string) => call('apply_hold', { ctr, hold: 'CUSTOMS' }, '{"ok":true}');

describe('partOfAll: asked for all of a set, it acted on some', () => {
  const task = 'Apply CUSTOMS HOLD to ALL units under booking BK-7731902. Reply with the unit list.';
  it('finds the deeds that left listed records out, unnamed in the answer', () => {
    expect(partOfAll(task, [listing, hold('MSKU8044127')], 'Hold applied: MSKU 804412-7.')).toEqual({
      done: ['MSKU8044127'],
      left: ['MSKU8039915', 'MNBU3310478'],
    });
  });
  it('is quiet when it acted on all, named the rest, or the task asks for no whole set', () => {
    const all = [listing, hold('MSKU8044127'), hold('MSKU8039915'), hold('MNBU3310478')];
    expect(partOfAll(task, all, 'All three held.')).toBeUndefined();
    expect(
      partOfAll(
        task,
        [listing, hold('MSKU8044127')],
        'Held MSKU8044127; MSKU8039915 and MNBU3310478 already shipped.',
      ),
    ).toBeUndefined();
    // The rest named by another value of their own: their position in the yard.
    expect(
      partOfAll(
        task,
        [listing, hold('MSKU8044127')],
        'Held MSKU8044127; R4-11-04 and R5-02-07 are already held.',
      ),
    ).toBeUndefined();
    // "all" about something else than the listed records: a pick among them is no narrowed task.
    expect(
      partOfAll(
        'Book the cheapest of the units, all costs included.',
        [listing, hold('MSKU8044127')],
        'Booked.',
      ),
    ).toBeUndefined();
  });
});
