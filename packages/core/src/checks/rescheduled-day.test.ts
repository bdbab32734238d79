import { describe, expect, it } from 'vitest';
import { recordedFailure } from '../testing/recorded-failure.ts';
import { calledOffDays, namesOldDay, reschedulingsOf } from './rescheduled-day.ts';

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

describe('calledOffDays: a day called off, written without a year, with the day put in force', () => {
  const NOTE =
    'Sauna 2 update — the contractor’s Thu 15/04 is OFF. Facilities confirm opening Sat 17 Apr 10:00. Please open bookings from opening day.';
  it('reads the day called off and the day in force in the next sentence', () => {
    expect(calledOffDays(NOTE)).toMatchObject([{ old: '0000-04-15', current: ['0000-04-17'] }]);
  });
  it('finds the old day in a brief that never names the new one, in another form', () => {
    const [r] = calledOffDays(NOTE);
    expect(namesOldDay('Open Aufguss sessions from Thu 15 Apr, 3 a day.', r!)).toBeDefined();
    expect(namesOldDay('Open Aufguss sessions from Sat 17 Apr (not Thu 15/04).', r!)).toBeUndefined();
  });
  it('reads nothing where no day is called off, or none is put in force', () => {
    expect(calledOffDays('Thu 15/04 is the contractor’s date. Opening Sat 17 Apr.')).toEqual([]);
    expect(calledOffDays('The Thu 15/04 slot is OFF. We will let you know.')).toEqual([]);
  });
});

describe('a day called off in a supervisor’s brief, passed on by the worker it briefed', () => {
  const run = (onward: string) =>
    recordedFailure(async (tracer, clock) =>
      tracer.turn('spa_manager', async () => {
        const note =
          'Sauna 2 update: the contractor’s Thu 15/04 is OFF. Facilities confirm opening Sat 17 Apr 10:00.';
        tracer.handoff({ from: 'spa_manager', to: 'guest_lead', kind: 'delegation', content: note });
        clock.advance(10);
        await tracer.turn(
          'guest_lead',
          async () => {
            tracer.handoff({ from: 'guest_lead', to: 'booking_agent', kind: 'delegation', content: onward });
            clock.advance(10);
            await tracer.turn('booking_agent', async () => `Done: ${onward}`, {
              input: [{ role: 'user', content: onward }],
            });
            return 'Sessions live.';
          },
          { input: [{ role: 'user', content: note }] },
        );
        clock.advance(10);
        return 'Bookings open.';
      }),
    );
  it('is stale context where the worker’s brief left, though the supervisor’s turn ends last', async () => {
    expect(await run('Open sessions from Thu 15 Apr, 3 a day.')).toBe(
      'stale_context guest_lead → booking_agent (guest_lead)',
    );
  });
  it('is nothing when the brief gives the day in force', async () => {
    expect(await run('Open sessions from Sat 17 Apr, 3 a day.')).toBeNull();
  });
});
