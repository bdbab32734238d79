import { describe, expect, it } from 'vitest';
import { changedItem } from './kept-items.ts';

const menu =
  'Winter menu: 1) Grilled leeks, romesco, hazelnut crumb (gluten, nuts). 2) Hake, mussel beurre blanc (fish, milk).';
const rules = 'List missing allergen labels for the chef. Don’t change dishes.';

describe('changedItem', () => {
  it('finds an item handed on rewritten by a receiver told not to change it', () => {
    expect(
      changedItem(
        menu,
        rules,
        'All labelled. 1) Grilled leeks, nut-free pepper sauce, toasted seeds (gluten). 2) Hake, mussel beurre blanc (fish, milk).',
      ),
    ).toMatchObject({ item: expect.stringContaining('romesco') });
  });
  it('lets labels be added, and lets items change when nothing forbade it', () => {
    expect(
      changedItem(
        menu,
        rules,
        '1) Grilled leeks, romesco, hazelnut crumb (gluten, nuts, sesame). 2) Hake, mussel beurre blanc (fish, molluscs, milk).',
      ),
    ).toBeUndefined();
    expect(
      changedItem(
        menu,
        'Improve the dishes where you can.',
        '1) Grilled leeks, pepper sauce, seeds. 2) Hake, beurre blanc.',
      ),
    ).toBeUndefined();
  });
});
