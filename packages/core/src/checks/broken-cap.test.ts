import { describe, expect, it } from 'vitest';
import {
  capBrokenByChoice,
  capBrokenInArgs,
  capBrokenInTable,
  expiredPick,
  totalOverCap,
} from './broken-cap.ts';

const FLEET = JSON.stringify([
  { id: 'NA-C45-118', name: 'Mala Vila', type: 'monohull', draft_m: 2.1, price_eur: 8650 },
  { id: 'PX-L40-022', name: 'Bura', type: 'catamaran', draft_m: 1.25, price_eur: 9380 },
]);
const TASK = 'Anchoring in the inner bays, so draft max 1.6 m — a catamaran or a lifting keel.';

describe('a pick that breaks a cap the task set on one of its fields', () => {
  it('is found when the first record named breaks it and another on the list keeps it', () => {
    expect(capBrokenByChoice(TASK, FLEET, 'Best fit: NA-C45-118 "Mala Vila", €8,650/week.')).toMatchObject({
      chosen: 'NA-C45-118',
      value: 2.1,
      better: 'PX-L40-022',
    });
    expect(
      capBrokenByChoice(
        'Headroom: minimum clearance of 3 m.',
        JSON.stringify([
          { id: 'R-1', clearance_m: 2.6 },
          { id: 'R-2', clearance_m: 3.4 },
        ]),
        'Route R-1 booked.',
      ),
    ).toMatchObject({ chosen: 'R-1', value: 2.6 });
  });
  it('is nothing when the pick keeps the cap, is named to be set aside, or nothing on the list keeps it', () => {
    expect(capBrokenByChoice(TASK, FLEET, 'Bura (PX-L40-022), a catamaran, €9,380.')).toBeUndefined();
    expect(
      capBrokenByChoice(TASK, FLEET, 'Not Mala Vila (too deep at 2.1 m). Bura, PX-L40-022, fits: €9,380.'),
    ).toBeUndefined();
    const deep = JSON.stringify([
      { id: 'A-1', draft_m: 2.1 },
      { id: 'A-2', draft_m: 2.3 },
    ]);
    expect(
      capBrokenByChoice(TASK, deep, 'Only A-1 is free; nothing under 1.6 m, please advise.'),
    ).toBeUndefined();
    // The catamaran named is the record of that kind, which keeps the cap.
    expect(capBrokenByChoice(TASK, FLEET, 'A catamaran would do; checking prices.')).toBeUndefined();
  });
});

const SITTERS = JSON.stringify([
  { id: 'V-0318', name: 'Eluned Rhys', dbs_enhanced_expiry: '2026-11-30' },
  { id: 'V-0552', name: 'Gareth Powell', dbs_enhanced_expiry: '2028-03-02' },
]);

describe('a cap set by what the customer refuses', () => {
  const TASK =
    'flint ≥ 99.5 %. Their QA now rejects anything over 15 g/t CSP (ceramic/stone/porcelain) on our lab cert. Pls allocate 2 x 28 t.';
  const STOCK = JSON.stringify({
    piles: [
      { pile: 'F-12', t: 61.4, csp_gpt: 31 },
      { pile: 'F-15', t: 33.2, csp_gpt: 9 },
    ],
  });
  it('is broken by a pick over it while another pile keeps it', () => {
    expect(capBrokenByChoice(TASK, STOCK, 'Load 1 = F-12, 28.0 t, biggest pile.')).toMatchObject({
      chosen: 'F-12',
      value: 31,
      better: 'F-15',
    });
  });
  it('is kept by a pick under it, and a figure over it of another thing is no cap', () => {
    expect(capBrokenByChoice(TASK, STOCK, 'Load 1 = F-15, 28.0 t.')).toBeUndefined();
    expect(
      capBrokenByChoice('Piles over 15 t CSP-tested last week.', STOCK, 'Load 1 = F-12, 28.0 t.'),
    ).toBeUndefined();
  });
});

describe('a record put forward whose own expiry falls before the day of the work', () => {
  it('is a bad output when the answer says nothing of it', () => {
    expect(
      expiredPick(SITTERS, 'Eluned Rhys (V-0318), free Thu night. Backup Gareth Powell.', '2026-12-18'),
    ).toEqual({
      chosen: 'Eluned Rhys',
      field: 'dbs_enhanced_expiry',
      expired: '2026-11-30',
    });
  });
  it('is nothing when the record is in date, the answer names the lapse, or the work is before it', () => {
    expect(expiredPick(SITTERS, 'Gareth Powell (V-0552), free Thu night.', '2026-12-18')).toBeUndefined();
    expect(
      expiredPick(SITTERS, 'Eluned Rhys, but her DBS lapsed 30 Nov: renew first.', '2026-12-18'),
    ).toBeUndefined();
    expect(expiredPick(SITTERS, 'Eluned Rhys (V-0318), free Thu night.', '2026-11-20')).toBeUndefined();
  });
});

describe('a cap the task sets on a field, broken in the agent’s own call', () => {
  const calls = (line: number) => [
    {
      name: 'set_schedule',
      args: {
        slots: [
          { act: 'Windjammer', line_m: 30 },
          { act: 'Mega ray', line_m: line },
        ],
      },
    },
  ];
  it('reads the cap in its forms and the argument named for the field', () => {
    expect(capBrokenInArgs('NB permission: max 60 m line anywhere on the beach.', calls(100))).toMatchObject({
      key: 'line_m',
      value: 100,
    });
    expect(capBrokenInArgs('NO kite line longer than 60 m anywhere on the beach.', calls(100))).toMatchObject(
      {
        value: 100,
      },
    );
  });
  it('judges a floor on the parts together where sibling records split the whole', () => {
    const FLOOR = 'Total four-wheelers: 12, with ALS not less than 4.';
    const assign = (ramkund: number) => [
      {
        name: 'standby_assign',
        args: {
          points: {
            Ramkund: { total: 5, als: ramkund },
            Tapovan: { total: 4, als: 1 },
            Kushavarta: { total: 3, als: 1 },
          },
        },
      },
    ];
    expect(capBrokenInArgs(FLOOR, assign(2))).toBeUndefined();
    expect(capBrokenInArgs(FLOOR, assign(1))).toMatchObject({ key: 'als', value: 3 });
    expect(capBrokenInArgs(FLOOR, [{ name: 'standby_assign', args: { als: 2 } }])).toMatchObject({
      value: 2,
    });
  });
  it('is nothing within the cap, for another field, or in another unit', () => {
    expect(capBrokenInArgs('max 60 m line anywhere on the beach.', calls(55))).toBeUndefined();
    expect(capBrokenInArgs('max 60 m height anywhere on the beach.', calls(100))).toBeUndefined();
    expect(
      capBrokenInArgs('max 60 m line anywhere.', [{ name: 'order', args: { line_ft: 150 } }]),
    ).toBeUndefined();
  });
});

describe('a bound the task sets on a field, broken in the receiver’s own selection table', () => {
  const SPEC =
    'Buyer spec: **KOR ≥ 47 lbs / 80 kg** (hard floor), nut count ≤ 190/kg. Select lots that each meet every line.';
  const table = (title: string, rows: string[]) =>
    `${title}\n| lot | t | KOR | nuts/kg |\n|---|---|---|---|\n${rows.join('\n')}`;
  it('is a selected row whose column breaks it', () => {
    expect(
      capBrokenInTable(
        SPEC,
        table('Selected for the buyer (400 t):', [
          '| KHG-118 | 132 | 48.2 | 182 |',
          '| KHG-121 | 120 | 45.1 | 188 |',
        ]),
      ),
    ).toEqual(expect.objectContaining({ value: 45.1 }));
  });
  it('is nothing for rows that keep it, a review table that marks rows out, or a table that is no pick', () => {
    expect(
      capBrokenInTable(
        SPEC,
        table('Selected:', ['| KHG-118 | 132 | 48.2 | 182 |', '| KHG-124 | 96 | 47.6 | 186 |']),
      ),
    ).toBeUndefined();
    expect(
      capBrokenInTable(
        SPEC,
        table('Selected:', ['| KHG-118 | 132 | 48.2 | 182 |', '| KHG-121 (excluded) | 120 | 45.1 | 201 |']),
      ),
    ).toBeUndefined();
    expect(
      capBrokenInTable(SPEC, table('Stock on hand:', ['| KHG-121 | 120 | 45.1 | 201 |'])),
    ).toBeUndefined();
  });
});

describe('a field the task bounds twice', () => {
  it('is no cap: the task revised it', () => {
    const brief = 'The request says Ct ≤ 36, but the circular raised the positive cut-off to **Ct ≤ 38**.';
    expect(capBrokenInArgs(brief, [{ name: 'run_plate', args: { positive_cutoff_ct: 38 } }])).toBeUndefined();
    expect(
      capBrokenInArgs('Read at Ct ≤ 36.', [{ name: 'run_plate', args: { positive_cutoff_ct: 38 } }]),
    ).toBeDefined();
  });
});

describe('a total planned over a cap the task set on that amount', () => {
  const TASK =
    'WH-07 is inside the NVZ and our plan caps it at 220 kg N/ha for the whole season — 70 kg N/ha already went on 24 Feb.';
  it('is found when the answer plans a total over the cap in its unit and never speaks of the cap', () => {
    expect(
      totalOverCap(
        TASK,
        'RB209 gives 220 kg N/ha plus 40 for milling → season total **260 kg N/ha**. Remaining 190 kg N/ha.',
      ),
    ).toMatchObject({ cap: 'caps it at 220 kg N/ha' });
  });
  it('is nothing within the cap, where the answer weighs the cap, or where the task gives the total', () => {
    expect(
      totalOverCap(TASK, 'Season total **220 kg N/ha**: 150 kg N/ha remaining in two splits.'),
    ).toBeUndefined();
    expect(
      totalOverCap(
        TASK,
        'Milling would want a season total of 260 kg N/ha, but the NVZ cap holds: 150 more, 220 in all.',
      ),
    ).toBeUndefined();
    expect(
      totalOverCap(
        `${TASK} The derogation lifts WH-07 to 260 kg N/ha.`,
        'Season total 260 kg N/ha: 190 remaining.',
      ),
    ).toBeUndefined();
    // A single dressing over the figure is no total.
    expect(totalOverCap(TASK, 'Dressing T2 of 100 kg N/ha at GS31.')).toBeUndefined();
  });
});
