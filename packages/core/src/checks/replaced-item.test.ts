import { describe, expect, it } from 'vitest';
import { leftAloneItemWorked, replacedItemActedOn } from './replaced-item.ts';

const TASK =
  'Price the roof package: 7 × GL28h glulam beams 240×720 mm, 9.6 m (replaces stage-2 steel IPE 450).';
const price = (items: string) => [{ name: 'price_items', args: { items } }];

describe('replacedItemActedOn', () => {
  it('catches a call on the item the task says was replaced', () => {
    expect(
      replacedItemActedOn(TASK, price('7 no. IPE 450 S355 @ 9.6 m; intumescent coating R30')),
    ).toMatchObject({
      old: 'IPE450',
    });
  });
  it('lets a call on the new item, or one that names both, stand', () => {
    expect(replacedItemActedOn(TASK, price('7 no. GL28h 240x720 glulam @ 9.6 m'))).toBeUndefined();
    expect(replacedItemActedOn(TASK, price('remove IPE 450; 7 no. GL28h 240×720 @ 9.6 m'))).toBeUndefined();
    expect(
      replacedItemActedOn('Price 7 IPE 450 beams at 9.6 m.', price('7 no. IPE 450 S355')),
    ).toBeUndefined();
  });
});

describe('leftAloneItemWorked', () => {
  const TASK =
    'Fault summary:\n- C2 seal leak-off 0.42 → 0.53 l/h, HIGH since 03:40. Needs seal kit SK-IC90-2.\n- D1 nozzle icing warning 11:02, self-cleared, no action.\nPlan the C2 seal replacement tonight 23:00–04:30.';
  const parts = (part: string) => [{ name: 'parts_check', args: { part, station: 'HRS-DU-N' } }];
  it('finds work on the unit the task left alone, with none on the unit it asked for', () => {
    expect(
      leftAloneItemWorked(
        TASK,
        parts('NZ-H70-D1'),
        'WO-22817 tonight: replace the H70 nozzle on dispenser D1.',
      ),
    ).toMatchObject({ unit: 'D1' });
  });
  it('finds nothing when the work is on the unit asked for, or the left one is only confirmed left', () => {
    expect(
      leftAloneItemWorked(TASK, parts('SK-IC90-2 for C2'), 'WO-22817: C2 seal kit swap, D1 untouched.'),
    ).toBe(undefined);
    expect(
      leftAloneItemWorked(
        TASK,
        [{ name: 'alarm_status', args: { tag: 'D1.NOZZLE_ICING' } }, ...parts('SK-IC90-2 (C2)')],
        'C2 seal swap planned; D1 checked, still cleared, no action.',
      ),
    ).toBe(undefined);
    expect(
      leftAloneItemWorked(
        TASK,
        [{ name: 'alarm_status', args: { tag: 'D1' } }],
        'D1 still clear: no action needed.',
      ),
    ).toBe(undefined);
  });
});
