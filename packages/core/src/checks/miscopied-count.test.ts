import { describe, expect, it } from 'vitest';
import { miscopiedCount } from './miscopied-count.ts';

const REGISTRY = {
  order: 'EO-2027-008',
  households: 86,
  people: 214,
  mobility_assistance: 19,
  mobility_breakdown: { wheelchair: 7, walker: 9, stretcher: 3 },
};

describe('a count its tool gave under a named key, handed on one digit off', () => {
  it('is miscopied when the figure beside the key’s words is the tool’s with a digit dropped or changed', () => {
    expect(
      miscopiedCount(
        [REGISTRY],
        '86 households / 214 people. 9 need mobility assistance (7 wheelchair, 2 walker).',
      ),
    ).toEqual({ key: 'mobility_assistance', given: 19, stated: 9 });
    expect(
      miscopiedCount(
        [JSON.stringify(REGISTRY)],
        'Registered: 86 households, 114 people, 19 mobility assistance.',
      ),
    ).toEqual({ key: 'people', given: 214, stated: 114 });
    expect(miscopiedCount([{ total_no_vehicle: 212 }], 'Total no-vehicle residents: 112 in Area I.')).toEqual(
      {
        key: 'total_no_vehicle',
        given: 212,
        stated: 112,
      },
    );
  });
  it('is nothing when the tool’s figure is given too, the figure is another field’s, or it moved on by its last digit', () => {
    expect(
      miscopiedCount([REGISTRY], '19 need mobility assistance; 9 of them use a walker, 7 a wheelchair.'),
    ).toBeUndefined();
    expect(miscopiedCount([REGISTRY], 'Walkers: 9. Wheelchairs: 7. Households 86.')).toBeUndefined();
    // 19 → 18: one left already, a count that moved, not a slip of the pen.
    expect(
      miscopiedCount([REGISTRY], '18 still need mobility assistance (one left with family).'),
    ).toBeUndefined();
    // A key of a listing (one value per record) is no one count; another field of the thing gives 212.
    const job = {
      users: [
        { user: 'a', dashboards: 18 },
        { user: 'c', dashboards: 22 },
      ],
      dashboards_transferred: 212,
    };
    expect(miscopiedCount([job], '14 leavers deactivated, 212 dashboards moved.')).toBeUndefined();
    expect(
      miscopiedCount([{ dashboards: 22, dashboards_transferred: 212 }], '212 dashboards moved.'),
    ).toBeUndefined();
    // Thousands grouped by a space are one figure: "9 980 kr" is 9,980.
    expect(
      miscopiedCount([{ boutgifter_godkjent: 9980 }], 'Godkjente boutgifter 9 980 kr av 11 200 kr.'),
    ).toBeUndefined();
    // Far from the key's words, a figure is another thing.
    expect(
      miscopiedCount([REGISTRY], 'Bus 9 leaves at 16:40 for the mobility assistance pick-ups.'),
    ).toBeUndefined();
  });
});

describe('a share its tool gave under a key of shares, handed on in per cent one digit off', () => {
  const record = { kensa_no: 'BK-2709-04', sample_kg: 1100, ibutsu_kg: 200.2, ibutsu_ritsu: 18.2 };
  it('is miscopied where the per cent drops or changes a digit and the tool’s figure is nowhere', () => {
    expect(miscopiedCount([record], '検査BK-2709-04: 異物混入率は**8.2%**。')).toMatchObject({
      key: 'ibutsu_ritsu',
      given: 18.2,
      stated: 8.2,
    });
  });
  it('is nothing where the tool’s share is given, the figure is another share, or it moved by its last digit', () => {
    expect(miscopiedCount([record], '異物混入率18,2 %（8.2%は前月）。')).toBeUndefined();
    expect(miscopiedCount([{ ...record, moisture_pct: 8.2 }], '水分 8.2%。')).toBeUndefined();
    expect(miscopiedCount([record], '異物混入率は18.3%（再計量後）。')).toBeUndefined();
    // Rounded to fewer places.
    expect(miscopiedCount([{ percentage: 22.14 }], 'bebouwing **22,1%** (max. 40%)')).toBeUndefined();
    // A share under a key of no shares is not read.
    expect(miscopiedCount([{ ibutsu: 18.2 }], '異物 8.2%。')).toBeUndefined();
  });
});

describe('a record of a listing, named with its figure one digit off', () => {
  const BRIDGES = JSON.stringify({
    bruggen: [
      { naam: 'Spijkenisserbrug', doorvaarthoogte_gesloten_m: 11.2 },
      { naam: 'Hefbrug Zwijndrecht (spoor)', doorvaarthoogte_gesloten_m: 5.85 },
      { naam: 'Brug Dordtsche Kil (A16)', doorvaarthoogte_gesloten_m: 13.1 },
    ],
  });
  const said = (zwijndrecht: string) =>
    `- Spijkenisserbrug: 11,20 m gesloten\n- Hefbrug Zwijndrecht (spoor): **${zwijndrecht} m** gesloten\n- Brug Dordtsche Kil (A16): 13,10 m`;
  it('is found where the record’s line gives its figure one digit off in the key’s unit', () => {
    expect(miscopiedCount([BRIDGES], said('6,85'))).toEqual({
      key: 'Hefbrug Zwijndrecht (spoor) doorvaarthoogte_gesloten_m',
      given: 5.85,
      stated: 6.85,
    });
  });
  it('is nothing for its own figure in any style, a figure another record gives, or another unit', () => {
    expect(miscopiedCount([BRIDGES], said('5,85'))).toBeUndefined();
    expect(miscopiedCount([BRIDGES], said('5.85'))).toBeUndefined();
    expect(miscopiedCount([BRIDGES], said('13,10'))).toBeUndefined();
    expect(miscopiedCount([BRIDGES], said('5,85').replace('13,10 m', '13,10 m, 6,85 ft'))).toBeUndefined();
  });
});
