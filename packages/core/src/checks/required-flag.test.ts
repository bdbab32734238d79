import { describe, expect, it } from 'vitest';
import { otherKindPicked, requirementUnmet } from './required-flag.ts';

const SHELF = [
  'UNIT              ABO   EXP         IRR  LR  CMV',
  'W0363 27 014411   O-    2027-02-21  N    Y   NEG',
  'W0363 27 014420   O-    2027-02-22  N    Y   UNK',
  'W0363 27 013987   O-    2027-02-25  Y    Y   NEG',
  'W0363 27 014502   O-    2027-03-02  Y    Y   NEG',
  '4 units O- on shelf; irradiator slot avail 14:00',
].join('\n');
const search = { name: 'inventory_search', args: { product: 'PRBC', qty: 2 }, result: SHELF };
const crossmatch = (units: string[]) => ({ name: 'electronic_xm', args: { mrn: '00918266', units } });
const TASK =
  'Allocate + XM 2u PRBC for MRN 00918266 (O NEG). **Must be IRRADIATED and CMV-safe** — TA-GvHD risk.';

describe('a picked record without what the task requires', () => {
  it('is found when the picked rows say no in the column for it, while other rows say yes', () => {
    expect(
      requirementUnmet(
        TASK,
        [search, crossmatch(['W0363 27 014411', 'W0363 27 014420'])],
        'Allocated by FIFO.',
      ),
    ).toMatchObject({ column: 'IRR: N', call: 'electronic_xm' });
    const rooms = {
      name: 'find_rooms',
      args: { floor: 2 },
      result: JSON.stringify({
        rooms: [
          { room: 'R-204', step_free: false, beds: 2 },
          { room: 'R-210', step_free: true, beds: 2 },
        ],
      }),
    };
    expect(
      requirementUnmet(
        'The guest uses a wheelchair: the room must be step-free.',
        [rooms, { name: 'hold_room', args: { room: 'R-204' } }],
        'Held R-204.',
      ),
    ).toMatchObject({ column: 'step_free: false' });
  });
  it('is nothing when the picks have it, the task does not require it, or the receiver gives it them', () => {
    expect(
      requirementUnmet(TASK, [search, crossmatch(['W0363 27 013987', 'W0363 27 014502'])], 'Done.'),
    ).toBeUndefined();
    expect(
      requirementUnmet(
        'Allocate 2u PRBC, O NEG, oldest first.',
        [search, crossmatch(['W0363 27 014411'])],
        'Done.',
      ),
    ).toBeUndefined();
    // Irradiated on the spot: the receiver gives the units what the task requires.
    expect(
      requirementUnmet(
        TASK,
        [
          search,
          crossmatch(['W0363 27 014411']),
          { name: 'irradiate_units', args: { units: ['W0363 27 014411'] } },
        ],
        'Sent 014411 to the irradiator at 14:00.',
      ),
    ).toBeUndefined();
    // Required not to have it: a requirement ruled out is none.
    expect(
      requirementUnmet(
        'These must not be irradiated units (research use).',
        [search, crossmatch(['W0363 27 014411'])],
        '',
      ),
    ).toBeUndefined();
  });
});

describe('records of another kind than the one the task restricts the picks to', () => {
  const CATALOGUE = [
    '| lot | estate | elevation | grade | kg |',
    '|---|---|---|---|---|',
    '| 2114 | Deniyaya Group | Low grown (Ruhuna) | BOPF | 1,200 |',
    '| 2187 | Aislaby | Uva high | BOPF | 1,350 |',
    '| 2240 | Dambatenne | Uva high | BOPF | 1,200 |',
  ].join('\n');
  const search = { name: 'search_catalogue', args: { grade: 'BOPF' }, result: CATALOGUE };
  const bid = (lots: string[]) => ({ name: 'place_bids', args: { lots } });
  const TASK = 'Al Noor: BOPF, Uva high-grown only, total ≤ 6,000 kg, ceiling LKR 1,480/kg.';
  it('is picked when a later call takes a row of another kind', () => {
    expect(otherKindPicked(TASK, [search, bid(['2114', '2187'])])).toMatchObject({
      column: 'elevation: Low grown (Ruhuna)',
      call: 'place_bids',
    });
  });
  it('is nothing when the picks are of the asked kind, or the task restricts nothing', () => {
    expect(otherKindPicked(TASK, [search, bid(['2187', '2240'])])).toBeUndefined();
    expect(
      otherKindPicked('Al Noor: BOPF, any elevation, total ≤ 6,000 kg.', [search, bid(['2114', '2187'])]),
    ).toBeUndefined();
  });
});
