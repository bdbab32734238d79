import { describe, expect, it } from 'vitest';
import { recordedFailure } from '../testing/recorded-failure.ts';
import { fewerRequirementsMet, lapsedChosen, requiredTermMissed } from './requirement-coverage.ts';

const TASK = 'Room for the 12 March workshop:\n• wheelchair access\n• 40 seats\n• projector (HDMI)';
const ROOMS =
  '- Alder: 40 seats, projector, stairs only\n- Birch: 40 seats, projector, wheelchair access\n- Cedar: 20 seats';

/** A coordinator hands the task on; the booker lists rooms and books `room`. */
async function book(task: string, room: string) {
  return recordedFailure(async (tracer, clock) => {
    await tracer.turn('events_lead', async () => task, {
      input: [{ role: 'user', content: 'Find a room for the 12 March workshop.' }],
    });
    tracer.handoff({ from: 'events_lead', to: 'room_booker', content: task });
    clock.advance(10);
    return tracer.turn(
      'room_booker',
      async (turn) => {
        const list = turn.startToolCall({ name: 'list_rooms', args: { date: '2026-03-12' } });
        clock.advance(10);
        list.end({ result: ROOMS });
        const booking = turn.startToolCall({ name: 'book_room', args: { room, date: '2026-03-12' } });
        clock.advance(10);
        booking.end({ result: `Booked ${room} for 12 March, ref RB-3301.` });
        return `Booked ${room} for the 12 March workshop (ref RB-3301).`;
      },
      { input: [{ role: 'user', content: task }] },
    );
  });
}

describe('a choice that meets fewer listed requirements than another option', () => {
  it('is a misread task of the receiver', async () => {
    expect(await book(TASK, 'Alder')).toBe('misunderstood_task events_lead → room_booker (room_booker)');
  });
  it('is nothing when the option meeting the most was chosen', async () => {
    expect(await book(TASK, 'Birch')).toBeNull();
  });
  it('reads requirements from list items, not wishes, and needs one option named', () => {
    expect(fewerRequirementsMet(TASK, ROOMS, 'Booked Alder.')).toEqual({
      chosen: 'alder',
      better: 'birch',
      missing: ['wheelchair access'],
    });
    const wish = 'Room for the workshop:\n• ideally wheelchair access\n• 40 seats\n• projector';
    expect(fewerRequirementsMet(wish, ROOMS, 'Booked Alder.')).toBeUndefined();
    expect(fewerRequirementsMet(TASK, ROOMS, 'Alder or Birch? Alder has stairs only.')).toBeUndefined();
    expect(fewerRequirementsMet('Any room, 40 seats.', ROOMS, 'Booked Alder.')).toBeUndefined();
    const lacking =
      '- Alder: 40 seats, projector, step-free\n- Birch: 40 seats, no projector, no wheelchair access';
    expect(fewerRequirementsMet(TASK, lacking, 'Booked Alder.')).toBeUndefined();
  });
});

describe('a record chosen without what a must-sentence requires', () => {
  const task =
    'Two crew for FL220 to Samedan (LSZS): both pilots MUST hold the LSZS airport qualification. Give names and staff numbers.';
  const pool = [
    'Reserve pool, 12/03/2027, A320.',
    'CPT Ana Weber 40217: home standby 04:00–16:00; airport quals LSGG, LSZH.',
    'CPT Luca Frei 38804: airport standby 05:00–13:00; airport quals LSZS, LSGG.',
    'FO Mia Keller 51388: home standby 04:00–16:00; airport quals LSZH.',
    'FO Jan Roth 52019: airport standby 05:00–13:00; airport quals LSZS, LSZH.',
  ].join(' ');
  it('is found when the answer names a record lacking the code another record has', () => {
    expect(
      requiredTermMissed(
        task,
        pool,
        'Captain Ana Weber (40217) and FO Mia Keller (51388), both on home standby.',
      ),
    ).toMatchObject({ missing: 'LSZS', chosen: expect.stringContaining('40217') });
  });
  it('is nothing when the chosen records have it, the answer says why not, or no must-sentence names it', () => {
    expect(
      requiredTermMissed(task, pool, 'Captain Luca Frei (38804) and FO Jan Roth (52019).'),
    ).toBeUndefined();
    expect(
      requiredTermMissed(task, pool, 'Ana Weber (40217) is free but lacks LSZS; Luca Frei (38804) has it.'),
    ).toBeUndefined();
    expect(
      requiredTermMissed('Two crew for FL220 to Samedan (LSZS), names please.', pool, 'Ana Weber (40217).'),
    ).toBeUndefined();
    expect(
      requiredTermMissed('Answers MUST be JSON. Two crew for FL220.', pool, 'Ana Weber (40217).'),
    ).toBeUndefined();
  });
});

describe('requiredTermMissed on a JSON listing', () => {
  const listing = JSON.stringify([
    { id: 'INT-0419', name: 'Claire Hodgson', langs: ['BSL/EN'], health: true },
    { id: 'INT-0883', name: 'Marta Zielinska', langs: ['PJM/PL', 'BSL/EN'], health: true },
    { id: 'DRI-0031', name: 'Krzysztof Nowak', langs: ['PJM (Deaf relay)'], health: true },
    { id: 'INT-1102', name: 'Owen Price', langs: ['BSL/EN'], health: false },
  ]);
  const task = 'Client signs PJM; his BSL is limited, so we need a PJM-fluent interpreter or a PJM relay.';
  it('finds the pick whose record lacks the term the task needs while another record has it', () => {
    expect(
      requiredTermMissed(task, listing, 'Booked Claire Hodgson (INT-0419) for Fri 10:15.'),
    ).toMatchObject({
      missing: 'PJM',
      chosen: expect.stringContaining('INT-0419'),
    });
  });
  it('is nothing when the pick has it', () => {
    expect(
      requiredTermMissed(task, listing, 'Booked Marta Zielinska (INT-0883) for Fri 10:15.'),
    ).toBeUndefined();
  });
});

describe('a row chosen that the listing marks out of date', () => {
  const task = 'Need a CPT: (1) A320 type rating, (2) CAT IIIA / LVO qualification valid, (3) min 12 h rest.';
  const reserves = [
    '| crew id | name | rest | LVO valid to |',
    '|---|---|---|---|',
    '| 40218 | E. Lindqvist | 15h10 | 2026-11-30 (EXPIRED) |',
    '| 40377 | S. Haddad | 12h35 | 2027-05-31 |',
  ].join('\n');
  it('is chosen against the requirement', () => {
    expect(lapsedChosen(task, reserves, 'assign duty 40218 NVK771. Assigned E. Lindqvist (40218).')).toEqual({
      chosen: '40218',
      better: '40377',
    });
  });
  it('is nothing when a valid row is chosen, the task asks for no validity, or every row is out of date', () => {
    expect(lapsedChosen(task, reserves, 'Assigned S. Haddad (40377).')).toBeUndefined();
    expect(lapsedChosen('Need a CPT with 12 h rest.', reserves, 'Assigned 40218.')).toBeUndefined();
    expect(
      lapsedChosen(task, reserves.replace('2027-05-31', '2026-10-01 (EXPIRED)'), 'Assigned 40218.'),
    ).toBeUndefined();
  });
});
