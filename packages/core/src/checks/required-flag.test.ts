import { describe, expect, it } from 'vitest';
import {
  absentWantedPicked,
  otherCodePicked,
  otherKindPicked,
  requiredKindMissing,
  requirementDenied,
  requirementUnmet,
} from './required-flag.ts';

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

describe('a record whose kind is another code than the one the task names', () => {
  const OFFERS = {
    name: 'request_quotes',
    args: { tonnes: 18.4, schedule: 'K-21' },
    result:
      '| supplier | grade | PLN/t | date |\n|---|---|---|---|\n| Stalprofil | B500SP | 3 980,00 | 18.01 |\n| CMC Poland | B500B | 3 720,00 | 18.01 |\n| Swarzędz | B500SP | 4 050,00 | 20.01 |',
  };
  const order = (supplier: string, grade: string) => ({
    name: 'place_order',
    args: { supplier, grade, tonnes: 18.4 },
  });
  const TASK =
    'Order 18.4 t B500SP (ductility C, the designer allows no substitutes), cut and bent per K-21.';
  it('is found when the call takes a row of another code and sets that code', () => {
    expect(otherCodePicked(TASK, [OFFERS, order('CMC Poland', 'B500B')])).toMatchObject({
      only: 'B500SP',
      column: 'grade: B500B',
      call: 'place_order',
    });
  });
  it('is nothing for a row of the named code, a task naming both codes, or kinds that are no codes', () => {
    expect(otherCodePicked(TASK, [OFFERS, order('Stalprofil', 'B500SP')])).toBeUndefined();
    expect(
      otherCodePicked(`${TASK} B500B is acceptable if B500SP is late.`, [
        OFFERS,
        order('CMC Poland', 'B500B'),
      ]),
    ).toBeUndefined();
    // Naming the supplier without setting the other code: the call says nothing of the grade.
    expect(
      otherCodePicked(TASK, [
        OFFERS,
        { name: 'place_order', args: { supplier: 'CMC Poland', tonnes: 18.4 } },
      ]),
    ).toBeUndefined();
    const words = { ...OFFERS, result: OFFERS.result.replace(/B500SP/g, 'ribbed').replace('B500B', 'plain') };
    expect(
      otherCodePicked('Order 18.4 t of ribbed bar.', [words, order('CMC Poland', 'plain')]),
    ).toBeUndefined();
  });
});

describe('a record whose kind lacks the words a requiring clause tells the kinds apart by', () => {
  const MARKET = {
    name: 'parts_market_search',
    args: { pn: '201587005' },
    result:
      '| vendor | cond | cert | price USD |\n|---|---|---|---|\n| AerFin | OH | EASA Form 1 only | 48,500 |\n| Satair | OH | EASA Form 1 + FAA 8130-3 (dual) | 61,200 |\n| Safran LS | NE | EASA Form 1 + FAA 8130-3 (dual) | 94,800 |',
  };
  const po = (vendor: string) => ({ name: 'raise_po', args: { pn: '201587005', vendor } });
  const TASK = 'Buy 1x P/N 201587005, **must be dual release (EASA Form 1 + FAA 8130-3)** per lease §7.3.';
  it('is found when the call takes a row without them', () => {
    expect(requiredKindMissing(TASK, [MARKET, po('AerFin')])).toMatchObject({
      column: 'cert: EASA Form 1 only',
      call: 'raise_po',
    });
  });
  it('is nothing for a row with them, a clause that tells no kinds apart, or a row the task picks itself', () => {
    expect(requiredKindMissing(TASK, [MARKET, po('Satair')])).toBeUndefined();
    expect(
      requiredKindMissing('Buy 1x P/N 201587005, must reach SNN by 20/02.', [MARKET, po('AerFin')]),
    ).toBeUndefined();
    expect(
      requiredKindMissing(`${TASK} AerFin agreed to supply the 8130-3.`, [MARKET, po('AerFin')]),
    ).toBeUndefined();
  });
});

describe('absentWantedPicked', () => {
  const ROUTES = JSON.stringify([
    { option: 1, flights: 'HZ8311 NRT-ANC + HZ8315 ANC-ORD', transfer: 'ANC 3h10', rate: 1840 },
    { option: 2, flights: 'HZ8301 NRT-ORD', transfer: null, rate: 2260 },
  ]);
  const held = (option: number) => [
    { name: 'search_routings', args: { origin: 'NRT' }, result: ROUTES },
    { name: 'hold_space', args: { option, pieces: 2 } },
  ];
  const TASK = 'Operator variation HZ-05: Category A on direct flights only, no transfer or interline.';
  it('catches a record picked that has what the task wants absent, beside one that has none', () => {
    expect(absentWantedPicked(TASK, held(1))).toMatchObject({
      required: 'no transfer',
      column: 'transfer: ANC 3h10',
    });
    expect(absentWantedPicked('Bitte ohne Transfer buchen.', held(1))).toBeDefined();
  });
  it('lets the record without it, a task that wants nothing absent, or a table where all have it stand', () => {
    expect(absentWantedPicked(TASK, held(2))).toBeUndefined();
    expect(absentWantedPicked('Book the cheapest routing.', held(1))).toBeUndefined();
    const both = JSON.stringify([
      { option: 1, transfer: 'ANC 3h10' },
      { option: 2, transfer: 'ICN 2h05' },
    ]);
    expect(
      absentWantedPicked(TASK, [
        { name: 'search_routings', args: {}, result: both },
        { name: 'hold_space', args: { option: 1 } },
      ]),
    ).toBeUndefined();
  });
});

describe('a required property the receiver’s own confirmation says is missing', () => {
  const BRIEF =
    'Tilaa korvausbussit 20.–21.3., 4 vuoroa/pv. EHDOTON: jokaisessa vuorossa vähintään 1 matalalattiainen esteetön bussi (luiska).';
  const order = (result: unknown) => ({ name: 'tilaa_bussit', args: { vuoroja: 4 }, result });
  it('is found from a text or JSON result that gives the property a "no", the answer silent about it', () => {
    const found = requirementDenied(
      BRIEF,
      [order('TILAUS KB-27-0330 VAHVISTETTU\nautot/vuoro: 4 x Volvo 9700, matalalattia: EI, luiska: EI')],
      'Tilattu KB-27-0330, 4 × Volvo 9700 per vuoro.',
    );
    expect(found?.column).toBe('matalalattia: EI');
    expect(
      requirementDenied(
        'Book the coach. Must have a wheelchair lift.',
        [{ name: 'book_coach', args: {}, result: '{"ref": "C-118", "wheelchair_lift": false, "seats": 49}' }],
        'Booked C-118, 49 seats.',
      )?.column,
    ).toBe('wheelchair_lift: false');
  });
  it('is found where the result counts none of what the task needs', () => {
    const lodging = (result: string, answer: string) =>
      requirementDenied(
        'Group lodging for 180 evacuees. 34 use wheelchairs: they need wheelchair-accessible rooms.',
        [{ name: 'book_lodging', args: { guests: 180 }, result }],
        answer,
      );
    const none = '{"booking": "L-409", "rooms": 72, "accessible_rooms": 0}';
    expect(lodging(none, 'Booked L-409: 72 rooms for 180 evacuees.')?.column).toBe('accessible_rooms: 0');
    // Said in the answer, or some there: no requirement passed over.
    expect(
      lodging(none, 'Booked L-409; it has no accessible rooms, so the 34 go elsewhere.'),
    ).toBeUndefined();
    expect(
      lodging('{"booking": "L-409", "rooms": 72, "accessible_rooms": 34}', 'Booked L-409.'),
    ).toBeUndefined();
    // None of what the task wants absent is what it asked for.
    expect(
      requirementDenied(
        'Plan the convoy. It must run without delays.',
        [{ name: 'plan', args: {}, result: '{"delays": 0}' }],
        'Planned.',
      ),
    ).toBeUndefined();
  });
  it('is nothing where the answer names the property, a later call deals with it, or the result says yes', () => {
    const result = 'autot/vuoro: 4 x Volvo 9700, matalalattia: EI, luiska: EI';
    expect(
      requirementDenied(BRIEF, [order(result)], 'Huom: autot eivät ole matalalattiaisia.'),
    ).toBeUndefined();
    expect(
      requirementDenied(
        BRIEF,
        [order(result), { name: 'lisaa_auto', args: { tyyppi: 'matalalattia' } }],
        'Tilattu.',
      ),
    ).toBeUndefined();
    expect(
      requirementDenied(BRIEF, [order('matalalattia: KYLLÄ, luiska: KYLLÄ')], 'Tilattu.'),
    ).toBeUndefined();
  });
  it('is nothing where the task wants the property absent, or the result lists records to pick among', () => {
    const route = (result: string) => [{ name: 'plan_route', args: {}, result }];
    expect(
      requirementDenied('Plan the route. It must avoid tolls.', route('{"tolls": false}'), 'Done.'),
    ).toBeUndefined();
    expect(
      requirementDenied('Varaa huone. Huoneen on oltava savuton.', route('{"savu": "ei"}'), 'Varattu.'),
    ).toBeUndefined();
    expect(
      requirementDenied(
        'Book a coach. Must have a wheelchair lift.',
        route('[{"id": "A", "wheelchair_lift": false}, {"id": "B", "wheelchair_lift": false}]'),
        'Booked A.',
      ),
    ).toBeUndefined();
    // A property the task does not ask for.
    expect(requirementDenied(BRIEF, [order('wc: EI, wifi: ei')], 'Tilattu.')).toBeUndefined();
  });
});
