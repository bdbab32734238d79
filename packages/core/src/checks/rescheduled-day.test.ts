import { describe, expect, it } from 'vitest';
import { recordedFailure } from '../testing/recorded-failure.ts';
import { namesOldDay, reschedulingsOf } from './rescheduled-day.ts';

describe('an event a message says moved to another day', () => {
  const read = (text: string) => reschedulingsOf(text).map((r) => `${r.old}>${r.current.join('/')}`);
  it('reads the day left and the new day', () => {
    expect(
      read(
        'The permit is granted but not for the 12th: the council moved us to Thursday 14 Jan 2027, 07:00–19:00.',
      ),
    ).toEqual(['2027-01-12>2027-01-14']);
    expect(read('Audit rescheduled from 3 March 2027 to 10 March 2027.')).toEqual(['2027-03-03>2027-03-10']);
    expect(read('Organiser notice puts the congress at 16–19 March 2027 (was 9–10).')).toEqual([
      '2027-03-09>2027-03-19/2027-03-16',
      '2027-03-10>2027-03-19/2027-03-16',
    ]);
  });
  it('reads nothing without a day the move leaves, or without a move', () => {
    expect(read('We moved the kick-off to 14 Jan 2027; the 12th stays a prep day.')).toEqual([]);
    expect(read('Not for the 12th: filming runs on 14 Jan 2027 as planned.')).toEqual([]);
    expect(read('Occupancy on 16 March 2027 was 97 % (forecast 96 %).')).toEqual([]);
  });
  it('finds the day left in a text that never gives the new one', () => {
    const [moved] = reschedulingsOf('Not for the 12th, so they moved us to 14 Jan 2027.');
    expect(namesOldDay('Book trucks for Tue 12 Jan 2027, call 06:30.', moved!)).toBe(
      'Book trucks for Tue 12 Jan 2027, call 06:30.',
    );
    expect(namesOldDay('Book trucks for Thu 14 Jan 2027 (not the 12th).', moved!)).toBeUndefined();
    expect(namesOldDay('Recce on 12 Jan 2027; shoot on 14 Jan 2027.', moved!)).toBeUndefined();
  });
});

/** A locations check whose answer reaches the producer, who then briefs the scheduler. */
async function shoot(answer: string, brief: string) {
  return recordedFailure(async (tracer, clock) => {
    clock.advance(10);
    const checked = await tracer.turn('locations_manager', async () => answer, {
      input: [{ role: 'user', content: 'Rooftop shoot pencilled Tue 12/01: confirm the permit FP-41.' }],
    });
    tracer.handoff({ from: 'locations_manager', to: 'producer', kind: 'return', content: checked });
    clock.advance(10);
    await tracer.turn('producer', async () => brief, { input: [{ role: 'user', content: checked }] });
    tracer.handoff({ from: 'producer', to: 'unit_scheduler', content: brief });
    clock.advance(10);
    return tracer.turn('unit_scheduler', async () => `Trucks TRN-5 booked as briefed.`, {
      input: [{ role: 'user', content: brief }],
    });
  });
}

describe('a brief after a move', () => {
  const MOVED = 'FP-41 is granted but not for the 12th: the council moved us to Thursday 14 Jan 2027.';
  it('is stale context where the producer briefs the day the event left', async () => {
    expect(await shoot(MOVED, 'Book 3 trucks for the rooftop shoot, Tue 12 Jan 2027, call 06:30.')).toBe(
      'stale_context producer → unit_scheduler (producer)',
    );
  });
  it('is nothing when the brief gives the new day', async () => {
    expect(
      await shoot(MOVED, 'Book 3 trucks for the rooftop shoot, Thu 14 Jan 2027, call 06:30.'),
    ).toBeNull();
  });
});
