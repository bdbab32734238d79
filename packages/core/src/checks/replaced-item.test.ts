import { describe, expect, it } from 'vitest';
import { replacedItemActedOn } from './replaced-item.ts';

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
