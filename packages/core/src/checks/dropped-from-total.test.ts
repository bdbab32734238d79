import { describe, expect, it } from 'vitest';
import { droppedFromTotal } from './dropped-from-total.ts';

const PRICED = JSON.stringify({
  items: [
    { pos: 1, qty: 412.0, price: 18.5, value: 7622.0 },
    { pos: 2, qty: 64.0, price: 96.0, value: 6144.0 },
    { pos: 3, qty: 412.0, price: 42.8, value: 17633.6 },
    { pos: 4, qty: 412.0, price: 118.0, value: 48616.0 },
    { pos: 5, qty: 96.0, price: 145.0, value: 13920.0 },
  ],
  net_total: 93935.6,
});

describe('a total handed on that is its tool’s total less one item', () => {
  it('is found when the stated total lacks one item the answer never names', () => {
    expect(
      droppedFromTotal(
        [PRICED],
        '| 1 | 7 622,00 |\n| 2 | 6 144,00 |\n| 4 | 48 616,00 |\n| 5 | 13 920,00 |\n| total | **76 302,00** |',
      ),
    ).toEqual({ total: 93935.6, stated: 76302, missing: 17633.6 });
  });
  it('is nothing for the whole total, an item named, an exclusion said, or a result with no total', () => {
    expect(droppedFromTotal([PRICED], 'Five positions, net total 93,935.60.')).toBeUndefined();
    expect(
      droppedFromTotal([PRICED], 'Total 76,302.00 plus membrane 17,633.60 quoted apart.'),
    ).toBeUndefined();
    expect(droppedFromTotal([PRICED], 'Total without the membrane: 76,302.00.')).toBeUndefined();
    const noTotal = JSON.stringify({ items: JSON.parse(PRICED).items });
    expect(droppedFromTotal([noTotal], 'Total 76,302.00.')).toBeUndefined();
  });
});
