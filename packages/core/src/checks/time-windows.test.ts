import { describe, expect, it } from 'vitest';
import { judgeDelivery } from './delivery.ts';
import { minutesOf, outsideWindow, timeWindows } from './time-windows.ts';

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
