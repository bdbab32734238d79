import { describe, expect, it } from 'vitest';
import { recordedFailure } from '../testing/recorded-failure.ts';
import {
  calledOffDays,
  formerDays,
  givenUpWeekdays,
  movedFromDays,
  namesOldDay,
  noLongerDays,
  nowDaysAgainst,
  reschedulingsOf,
  supersededDays,
} from './rescheduled-day.ts';

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
  it('reads a day that no longer works for someone, with the day they offer', () => {
    const inbox =
      'Heads up: Dana changed her availability (msg_3). **Thu 11 Mar 2pm no longer works**; she offers **Fri 12 Mar, 9:00–13:00 PT**.';
    expect(calledOffDays(inbox)).toMatchObject([{ old: '0000-03-11', current: ['0000-03-12'] }]);
    // The day inside a bracket with its hours, the word in bold; "Nov 02:00" is a time, no 2 Nov.
    expect(
      calledOffDays(
        'The Saturday slot (14 Nov 02:00–03:00 UTC) is **cancelled**. The approved window is now **Sun 15 Nov 04:00 UTC**.',
      ),
    ).toEqual([expect.objectContaining({ old: '0000-11-14', current: ['0000-11-15'] })]);
    const [r] = calledOffDays(inbox);
    expect(namesOldDay('Book the onsite: **Thu 11 Mar 2027, 14:00–17:00 PT**.', r!)).toBeDefined();
    // Only the hour moved, the day stays: no day is left.
    expect(calledOffDays('Thu 11 Mar 2pm no longer works; 4pm that day does.')).toEqual([]);
    // A day that works, beside one offered: nothing called off.
    expect(calledOffDays('Thu 11 Mar works for her; she also offers Fri 12 Mar.')).toEqual([]);
  });
  it('reads nothing where no day is called off, or none is put in force', () => {
    expect(calledOffDays('Thu 15/04 is the contractor’s date. Opening Sat 17 Apr.')).toEqual([]);
    expect(calledOffDays('The Thu 15/04 slot is OFF. We will let you know.')).toEqual([]);
  });
});

describe('formerDays: a day given as what a source says, with the day now in force', () => {
  const BRIEF =
    'Fixture card says Sat 13/03 KO 15:00; availability desk confirms FN-14-03: broadcaster pick, now FRIDAY 12/03 KO 19:45.';
  it('reads the source’s day as the old one', () => {
    expect(formerDays(BRIEF)).toMatchObject([{ old: '0000-03-13', current: ['0000-03-12'] }]);
    const [r] = formerDays(BRIEF);
    expect(namesOldDay('{"date":"2027-03-13","arrive_by":"13:30"}', r!)).toBeDefined();
    expect(namesOldDay('Trains on 2027-03-12, back 2027-03-13 morning.', r!)).toBeUndefined();
  });
  it('reads a dated day a record still shows beside the renewal in force', () => {
    const renewed =
      'NB: THETIS still shows SEC exp 20 Jan 2027, but the master handed over the RENEWED SEC: issued by DNV 18 Jan 2027, valid to 17 Jan 2032.';
    expect(formerDays(renewed)).toMatchObject([{ old: '2027-01-20', current: ['2032-01-17'] }]);
    const [r] = formerDays(renewed);
    expect(namesOldDay('{"SEC":{"expiry":"2027-01-20"}}', r!)).toBeDefined();
    expect(namesOldDay('SEC valid to 17/01/2032 (THETIS showed 20/01/2027).', r!)).toBeUndefined();
    // A day issued is no day in force.
    expect(formerDays('THETIS shows SEC exp 20 Jan 2027; DNV issued a survey report 18 Jan 2027.')).toEqual(
      [],
    );
  });
  it('reads nothing where the source agrees, or no day is put in force', () => {
    expect(formerDays('Fixture card says Sat 13/03 KO 15:00, now confirmed for Sat 13/03.')).toEqual([]);
    expect(formerDays('Fixture card says Sat 13/03 KO 15:00. Officials on site by 13:30.')).toEqual([]);
    expect(formerDays('Kick-off is Sat 13/03; travel on Fri 12/03 is allowed.')).toEqual([]);
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

describe('givenUpWeekdays: a slot given up by its weekday, beside the day now in force', () => {
  const desk =
    'CHG-66310 is approved, but CAB moved it on 16/03: the window is now **Fri 19/03 01:00–05:00**. The Thursday 00:00–05:00 slot was given up because of the core router upgrade.';
  it('reads the weekday nearest the new day as the day given up', () => {
    expect(givenUpWeekdays(desk)).toMatchObject([{ old: '0000-03-18', current: ['0000-03-19'] }]);
    const [r] = givenUpWeekdays(desk);
    expect(namesOldDay('Book crew S-4 on CHG-66310: Thu 18/03 00:00–05:00.', r!)).toBeDefined();
    expect(namesOldDay('Book crew S-4 on CHG-66310: Fri 19/03 01:00–05:00.', r!)).toBeUndefined();
  });
  it('reads a weekday said not to suit, beside a dated day in force, with its year', () => {
    const brief =
      'The review meeting is now **Friday 03/19/2027, 8:30–9:30 AM**, Room 4 (Thursday 2 PM did not work for the parent).';
    expect(givenUpWeekdays(brief)).toMatchObject([{ old: '2027-03-18', current: ['2027-03-19'] }]);
    const [r] = givenUpWeekdays(brief);
    expect(namesOldDay('Interpreter booked: Thursday 03/18/2027 2:00–3:00 PM.', r!)).toBeDefined();
    // A weekday said to suit as well gives nothing up.
    expect(givenUpWeekdays('The review meeting is now Friday 03/19/2027 (Thursday works too).')).toEqual([]);
  });
  it('reads nothing without a day in force, or with the weekday kept', () => {
    expect(givenUpWeekdays('The Thursday slot was given up. We will confirm a new date.')).toEqual([]);
    expect(
      givenUpWeekdays('The Thursday crew was released early; the window is now Thu 18/03 02:00.'),
    ).toEqual([]);
  });
});

describe('formerDays: a day a message calls the old one after it', () => {
  const checker =
    '⚠️ **Entry point changed on 11/07/2025: deferred to the January intake — course now runs 19/01/2026 to 15/01/2027.** The 22/09/2025 start on the ticket is her old intake, so the CAS needs the January dates.';
  it('reads it against the day in force before it', () => {
    expect(formerDays(checker)).toMatchObject([{ old: '2025-09-22', current: ['2026-01-19'] }]);
  });
  it('reads nothing where no day is said to be old', () => {
    expect(formerDays('Course now runs 19/01/2026. The 22/09/2025 start is for the other cohort.')).toEqual(
      [],
    );
  });
});

describe('movedFromDays: a day an event was moved away from, beside the one day in force', () => {
  const days = (text: string) => movedFromDays(text).map((r) => `${r.old}→${r.current.join(',')}`);
  it('reads the day after "moved … from", against the day in bold or after "now"', () => {
    expect(
      days(
        'events: Bayview Holiday Parade, **Sunday, Dec. 13, 4 p.m.** (the Partnership moved it from Saturday, Dec. 12 on Dec. 4 because of rain).',
      ),
    ).toEqual(['0000-12-12→0000-12-13']);
    expect(days('Die Übergabe ist am **14 Jan 2027**; verschoben von 12 Jan 2027.')).toEqual([
      '2027-01-12→2027-01-14',
    ]);
  });
  it('is nothing without one day in force, or for a day a span starts from', () => {
    expect(days('The parade was moved from Saturday, Dec. 12 because of rain.')).toEqual([]);
    expect(days('Moved from Dec. 12; options **Dec. 13** or **Dec. 14**.')).toEqual([]);
    expect(days('Open daily from Dec. 12 to Dec. 20, **Dec. 24** closed.')).toEqual([]);
  });
});

describe('nowDaysAgainst: a day given as now for a thing an earlier text gave another day', () => {
  const request =
    'The loan agreement signed on 12 February says collection from us on Mon 6 September 2027 and installation on Wed 8 September 2027.';
  const days = (current: string, earlier = request) =>
    nowDaysAgainst(current, earlier).map((r) => `${r.old}→${r.current.join(',')}`);
  it('takes the earlier day for the same thing as the old one', () => {
    expect(days('Amendment A2: collection from us is now **Mon 20 September 2027**.')).toEqual([
      '2027-09-06→2027-09-20',
    ]);
    expect(
      days('Die Abholung ist jetzt am 20. September 2027.', 'Abholung am 6. September 2027, Aufbau am 8.'),
    ).toEqual(['2027-09-06→2027-09-20']);
  });
  it('leaves days alone that are not said to be now, or that are for another thing', () => {
    expect(days('Collection from us on Mon 20 September 2027.')).toEqual([]);
    expect(days('The opening is now 1 October 2027.')).toEqual([]);
    // The same day again, now confirmed, is no change.
    expect(days('Collection from us is now confirmed for Mon 6 September 2027.')).toEqual([]);
  });
});

describe('a day a message says no longer holds', () => {
  const table = (note: string) =>
    `| dato | valor |\n|---|---|\n| fecha | **jueves 21 de enero de 2027** |\n| hora | 10:00 h |\n\n${note}`;
  it('is the old day beside the one day in bold', () => {
    expect(
      noLongerDays(
        table('Se difirió por acuerdo del 8 de enero; la fecha del oficio (14 de enero) ya no corresponde.'),
      ),
    ).toEqual([expect.objectContaining({ old: '0000-01-14', current: ['2027-01-21'] })]);
  });
  it('is nothing where no day is said to be out of force, or no one day is in bold', () => {
    expect(noLongerDays(table('La fecha del oficio (14 de enero) sigue vigente.'))).toEqual([]);
    expect(
      noLongerDays('La fecha del oficio (14 de enero) ya no corresponde; 21 o 22 de enero, por confirmar.'),
    ).toEqual([]);
  });
});

describe('days a message says were superseded, in the clause after them', () => {
  const read = (text: string) => supersededDays(text).map((r) => `${r.old}>${r.current.join('/')}`);
  it('pairs each old day with the closest bold day on the nearest line that has one', () => {
    expect(
      read(
        '- Signed: **v4, 2 May 2027**\n- **Shutdown window: 14 Jun – 18 Jun 2027** (the 7 Jun – 11 Jun dates in the first notice are superseded)',
      ),
    ).toEqual(['0000-06-07>0000-06-14', '0000-06-11>2027-06-18']);
    expect(
      read(
        '**Audit period: 2025-10-01 → 2026-09-30.** The board letter moved the start; the 1 Feb 2026 start in the engagement memo no longer applies.',
      ),
    ).toEqual(['2026-02-01>2025-10-01']);
  });
  it('and the receiver that names only the old day is the one the check reads as stale', () => {
    const [r] = supersededDays(
      '**Delivery: 12 May 2027** (the 5 May date on the purchase order is withdrawn).',
    );
    expect(namesOldDay('Booked the dock for 05/05/2027, 08:00.', r!)).toBeDefined();
    // Named beside the day in force: restated, not used.
    expect(namesOldDay('Dock booked for 12 May (the 5 May PO date is withdrawn).', r!)).toBeUndefined();
  });
  it('is nothing for a day not ended, one ended by another, or no day in bold', () => {
    expect(
      read('**Delivery: 12 May 2027** (the 5 May date on the purchase order is not superseded).'),
    ).toEqual([]);
    expect(read('**Delivery: 12 May 2027**. The 5 May date is superseded by the 19 May slot.')).toEqual([]);
    expect(read('Delivery 12 May 2027; the 5 May date on the purchase order is superseded.')).toEqual([]);
    // The day in force itself, its clause saying something else was cancelled.
    expect(read('**Delivery: 12 May 2027**, the courier booking is cancelled.')).toEqual([]);
  });
});
