import { describe, expect, it } from 'vitest';
import { changedItem, removedKeptItem } from './kept-items.ts';

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

describe('removedKeptItem', () => {
  const TOLD =
    'Please remove Jonas’s two codes from the lock. KEEP my cleaner Ana’s code active, she comes Thursdays 9am.';
  it('finds a name the receiver was told to keep in a sentence that says it was taken away', () => {
    expect(
      removedKeptItem(
        TOLD,
        'Done. Cleared all guest codes (slots 2-5: Jonas, J garage, Ana). Only the owner remains.',
      ),
    ).toMatchObject({ kept: 'Ana' });
  });
  it('finds nothing when the removal spares it, or the kept name only appears as kept', () => {
    expect(removedKeptItem(TOLD, 'Removed Jonas and J garage; Ana’s code kept active.')).toBeUndefined();
    expect(removedKeptItem(TOLD, 'Cleared every guest code except Ana’s.')).toBeUndefined();
    expect(
      removedKeptItem(TOLD, 'Removed slots 2 and 3 (Jonas). Ana: active, Thu 08:30-12:00.'),
    ).toBeUndefined();
    expect(removedKeptItem('Remove Jonas’s codes.', 'Removed Jonas and Ana.')).toBeUndefined();
    // A month or a weekday written short is no name: "you keep access until 1 Apr".
    expect(
      removedKeptItem(
        'Hulu cancelled, you keep access until 1 Apr; Max left active.',
        'Hulu is cancelled (you can still watch until 1 Apr).',
      ),
    ).toBeUndefined();
  });
});
