import { describe, expect, it } from 'vitest';
import { judgeDelivery } from './delivery.ts';
import { localFiledAsUtc, minutesOf, outsideWindow, timeWindows, weekendBooked } from './time-windows.ts';

const task =
  'Schedule a full clean and inspection of suite 1204 on Thu 20 Nov, after the 13:00 late checkout and before the 15:00 VIP arrival.';
const call = (args: string) => [{ name: 'schedule_clean', args }];

describe('timeWindows', () => {
  it('reads "after X … before Y" and "between X and Y" in one sentence', () => {
    expect(timeWindows(task)).toMatchObject([{ from: 13 * 60, to: 15 * 60 }]);
    expect(timeWindows('Deliver between 9:30 am and 1 pm, please.')).toMatchObject([
      { from: 9 * 60 + 30, to: 13 * 60 },
    ]);
    expect(minutesOf('3:30 p.m.')).toBe(15 * 60 + 30);
    expect(timeWindows('Deliveries between 8h30 and noon only.')).toMatchObject([
      { from: 8 * 60 + 30, to: 12 * 60 },
    ]);
  });
  it('reads a range a sentence calls a window or allows only', () => {
    const brief =
      'Book a CR: firmware on KNT-0412, about 40 min outage per node. Allowed window Wed 24/03 01:00–04:00 only. 00:00–01:00 is the control-room handover.';
    expect(timeWindows(brief)).toMatchObject([{ from: 60, to: 240 }]);
    expect(outsideWindow(brief, call('start 2027-03-24T00:10:00 end 2027-03-24T02:30:00'))?.call).toBe(
      'schedule_clean 00:10',
    );
    expect(outsideWindow(brief, call('start 2027-03-24T01:00:00 end 2027-03-24T03:00:00'))).toBeUndefined();
    // A range that only says when something is on sets no window.
    expect(timeWindows('Stand-up 09:00–09:15 in room 4, then book the courier.')).toEqual([]);
  });
  it('sets no window from one bound, or one that runs over midnight', () => {
    expect(timeWindows('Orders placed before 14:00 ship the same day. Book the courier.')).toEqual([]);
    expect(timeWindows('Run the batch after 23:00 and before 02:00.')).toEqual([]);
  });
});

describe('outsideWindow', () => {
  it('finds a booking outside the window', () => {
    expect(outsideWindow(task, call('room 1204 start 09:30 inspection 11:00'))?.call).toBe(
      'schedule_clean 09:30',
    );
    expect(judgeDelivery(task, 'Scheduled.', '', call('room 1204 start 09:30')).result.verdict).toBe(
      'misunderstood',
    );
  });
  it('lets bookings inside it, at its bounds, or calls without times pass', () => {
    expect(outsideWindow(task, call('room 1204 start 13:15 inspection 14:30'))).toBeUndefined();
    expect(outsideWindow(task, call('checkout 13:00 arrival 15:00 start 13:30'))).toBeUndefined();
    expect(outsideWindow(task, call('room 1204 date 2025-11-20'))).toBeUndefined();
    expect(outsideWindow('Book the courier for Friday.', call('pickup 08:00'))).toBeUndefined();
    // A duration is no clock time: "12h shift" books nothing at 12:00.
    expect(outsideWindow(task, call('shift 12h start 13h30'))).toBeUndefined();
  });
});

describe('hours a task keeps work out of', () => {
  const KEEP =
    'Requiere parar la UTA unas 2 h. Condición del contrato: la parada solo fuera de 8:00–19:00 (tarde-noche o fin de semana).';
  it('finds work booked inside them on a working day', () => {
    expect(outsideWindow(KEEP, call('fecha 11/03/2026 hora_inicio 10:00 duracion_h 2'))?.call).toBe(
      'schedule_clean 10:00',
    );
    expect(
      outsideWindow(
        'Shut the chiller down only outside of 07:00 to 18:00.',
        call('start 2027-02-03T09:30:00'),
      ),
    ).toBeDefined();
  });
  it('lets work before or after them, at the weekend the task allows, or quoting them pass', () => {
    expect(outsideWindow(KEEP, call('fecha 11/03/2026 hora_inicio 19:30'))).toBeUndefined();
    expect(outsideWindow(KEEP, call('fecha 14/03/2026 hora_inicio 10:00'))).toBeUndefined();
    expect(outsideWindow(KEEP, call('hora_inicio 10:00'))).toBeUndefined();
    expect(
      outsideWindow(KEEP, call('fecha 11/03/2026 ocupacion 08:00-19:00 hora_inicio 06:00')),
    ).toBeUndefined();
  });
});

describe('when someone can come', () => {
  const brief =
    'Mango, bearded dragon VX-3318: must see Dr. Okafor. Owner availability: weekday mornings only, arrival before 10:00.';
  it('makes one bound their window, and a weekday-only rule rule out the weekend', () => {
    expect(timeWindows(brief)).toMatchObject([{ from: 0, to: 10 * 60 }]);
    expect(timeWindows('I can only come after 5:30 pm.')).toMatchObject([
      { from: 17 * 60 + 30, to: 24 * 60 },
    ]);
    expect(outsideWindow(brief, call('slot 2027-02-11T11:20'))?.call).toBe('schedule_clean 11:20');
    expect(weekendBooked(brief, call('slot 2027-02-13T09:20'))?.call).toBe('schedule_clean 2027-02-13');
    expect(weekendBooked(brief, call('slot Sat 13 Feb 09:20'))?.call).toBe('schedule_clean Sat');
  });
  it('lets a weekday morning pass, and a lone bound about something else set nothing', () => {
    expect(outsideWindow(brief, call('slot 2027-02-11T08:40'))).toBeUndefined();
    expect(weekendBooked(brief, call('slot 2027-02-11T08:40'))).toBeUndefined();
    expect(timeWindows('Only orders placed before 14:00 ship the same day.')).toEqual([]);
    expect(
      weekendBooked('Weekday deliveries take 2 days; book the van.', call('date 2027-02-13')),
    ).toBeUndefined();
  });
});

describe('a local time the task also gives in UTC', () => {
  const brief = 'NVK 618 LIRF-ESSA 20/01: revise TOBT to **15:45 local = 14:45Z** (Rome is UTC+1).';
  const tobt = (value: string) => [{ name: 'nm_tobt_update', args: `flight tobt\nNVK618 ${value}` }];
  it('is misread when a call files the local time as UTC', () => {
    expect(localFiledAsUtc(brief, tobt('2027-01-20T15:45Z'))).toMatchObject({
      call: expect.stringContaining('15:45Z'),
    });
    expect(localFiledAsUtc(brief, tobt('1545Z'))).toBeDefined();
  });
  it('is kept when the call files the UTC time, or the local one as local', () => {
    expect(localFiledAsUtc(brief, tobt('2027-01-20T14:45Z'))).toBeUndefined();
    expect(localFiledAsUtc(brief, tobt('2027-01-20T15:45+01:00'))).toBeUndefined();
  });
});

describe('a bound that is a rule on its own', () => {
  const LOCK =
    'Het verband is er op zijn vroegst om 05:50, dus **niet vóór 06:00**. Graag slotnummer en tijd terug.';
  const booked = (time: string, status = 'bevestigd') => [
    {
      name: 'sluisplanning_boek',
      args: '{"slot":"PBS-0318-07"}',
      result: `{"slot": "PBS-0318-07", "tijd": "${time}", "status": "${status}"}`,
    },
  ];
  it('sets a window, broken by the time a confirming result gives', () => {
    expect(timeWindows(LOCK)).toEqual([{ text: 'niet vóór 06:00', from: 360, to: 1440 }]);
    expect(outsideWindow(LOCK, booked('04:40'))).toMatchObject({ call: 'sluisplanning_boek 04:40' });
    expect(timeWindows('Land no later than 14:00 local.')).toEqual([
      { text: 'no later than 14:00', from: 0, to: 840 },
    ]);
  });
  it('is kept by a time inside it; a listing of times is no booking; "after 13:00" alone states a fact', () => {
    expect(outsideWindow(LOCK, booked('06:20'))).toBeUndefined();
    expect(
      outsideWindow(LOCK, [
        {
          name: 'vrije_slots',
          args: '{"datum":"2027-03-18"}',
          result: '{"slots": [{"tijd": "04:40"}, {"tijd": "06:20"}], "status": "ok"}',
        },
      ]),
    ).toBeUndefined();
    expect(timeWindows('Orders placed after 13:00 ship the next day.')).toEqual([]);
  });
});
