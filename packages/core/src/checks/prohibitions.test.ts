import { describe, expect, it } from 'vitest';
import { breaks, extractProhibitions, ruledOutIdentifierUsed, unaddressedEmphasis } from './prohibitions.ts';

const TASK =
  'POA for use in PT.\n- Powers: management & letting ONLY\n- Explicitly excluded: sale, promissory contracts, mortgage or any other encumbrance\nSigning Thu 10:30.';

describe('a list of what the work leaves out ("Explicitly excluded: …")', () => {
  const [excluded] = extractProhibitions(TASK);
  const draft = (powers: string) => [{ name: 'draft_deed', args: `NP-27-0318\n${powers}` }];
  it('reads each listed thing as one no deed may hold', () => {
    expect(excluded?.items).toEqual([['sale'], ['promissory', 'contract'], ['mortgag'], ['encumbranc']]);
  });
  it('is broken by a call that grants one of them, not by one that names it as left out or reads it', () => {
    expect(breaks(excluded!, draft('let, manage, collect_rent, sell, mortgage'), [])).toBeDefined();
    expect(breaks(excluded!, draft('let, manage, collect_rent, utilities'), [])).toBeUndefined();
    expect(breaks(excluded!, draft('let, manage\nno mortgage or sale powers'), [])).toBeUndefined();
    expect(
      breaks(excluded!, [{ name: 'check_mortgage_register', args: 'Rua das Flores 118' }], []),
    ).toBeUndefined();
  });
});

describe('a list of what the work leaves out, in another language ("Ikke med: …")', () => {
  const [excluded] = extractProhibitions(
    'Arbeidsliste slipp uke 11: bunnsmøring, sinkanoder.\nIkke med: propell og akselpakning – utsatt til juni.',
  );
  const order = (work: string[]) => [{ name: 'bestill_slipp', args: `N-118-VV\n${work.join('\n')}` }];
  it('is broken by an order that takes one of them, not by one without them', () => {
    expect(excluded?.items[0]).toEqual(['propell']);
    expect(breaks(excluded!, order(['bunnsmøring', 'propell demontering og polering']), [])).toBeDefined();
    expect(breaks(excluded!, order(['bunnsmøring', 'sinkanoder']), [])).toBeUndefined();
  });
});

describe('a thing forbidden by naming it ("no charge")', () => {
  const charge = [{ name: 'post_charge', args: 'BF-0092\n11 qty\nscrap' }];
  it('is forbidden outright when the task never asks for it', () => {
    const [rule] = extractProhibitions('Credit BF-0092 for 640 pallets returned on CN-55120. No charge.');
    expect(rule?.items).toEqual([['charg']]);
    expect(breaks(rule!, charge, [])).toBeDefined();
  });
  it('holds for one item only when the task asks for it elsewhere ("58 B (repair, no charge), 11 scrap -> charge")', () => {
    const task =
      'Credit BF-0092 for 640 returned. Grading: 571 A, 58 B (repair, no charge), 11 scrap -> lost/damaged charge 11 x £11.50.';
    expect(extractProhibitions(task)).toEqual([]);
  });
});

describe('unaddressedEmphasis', () => {
  const TASK =
    'Using the survey summary: forecast **hopper band** formation for the next 6 weeks, with fledging dates.';
  it('finds the bold subject of which the answer says no word', () => {
    expect(
      unaddressedEmphasis(
        TASK,
        'Adults move north to Aqiq from ~8 Feb (p 0.6); migration_model stage adult.',
      ),
    ).toEqual(['hopper band']);
  });
  it('finds nothing in an emphasised instruction', () => {
    expect(
      unaddressedEmphasis(
        'Seat count is now 412 (the 388 from Monday was wrong, **ignore that**). Quote the true-up.',
        'True-up quote: 412 seats.',
      ),
    ).toEqual([]);
  });
  it('finds nothing in a draft handed on for review: a title in capitals, a bold line of its own', () => {
    const draft = '**UNLIMITED WASH CLUB**\nWash as often as you like for £19.99 a month, per vehicle.';
    expect(
      unaddressedEmphasis(draft, 'Checked against the offer terms: price and per-vehicle wording OK.'),
    ).toEqual([]);
    expect(
      unaddressedEmphasis('**Lantern Festival Bundle**\n2,400 gems for $19.99.', 'Prices match tier 12.'),
    ).toEqual([]);
  });
  it('finds nothing when the answer speaks of it in other forms, or the bold is a heading or a figure', () => {
    expect(unaddressedEmphasis(TASK, 'Bands of hoppers expected at TK-11 from 18 Jan.')).toEqual([]);
    expect(
      unaddressedEmphasis('**Units changed:** use µg/L. Threshold **0.05 µg/L**.', 'No breakthrough.'),
    ).toEqual([]);
  });
});

describe('an identifier the task puts out of the job', () => {
  const brief =
    'Recall R-88: pull vials of lots 7C201 and 7C209. NB lot 7C204 is in the same cabinet — not recalled, leave it in service.';
  it('is ruled out, and a deed of the receiver that acts on it breaks the task', () => {
    expect(
      ruledOutIdentifierUsed(brief, [{ name: 'quarantine_lots', args: '{"lots":["7C201","7C204"]}' }]),
    ).toMatchObject({ id: '7C204' });
  });
  it('is nothing when only a read names it, or the deed leaves it out', () => {
    expect(
      ruledOutIdentifierUsed(brief, [{ name: 'check_stock', args: '{"lots":["7C201","7C204","7C209"]}' }]),
    ).toBeUndefined();
    expect(
      ruledOutIdentifierUsed(brief, [{ name: 'quarantine_lots', args: '{"lots":["7C201","7C209"]}' }]),
    ).toBeUndefined();
    // The words name another identifier between: they are about that one.
    expect(
      ruledOutIdentifierUsed('Pull 7C201. Cabinet 7C204 holds 7C209, not affected by the alarm.', [
        { name: 'quarantine_lots', args: '{"lots":["7C201","7C204"]}' },
      ]),
    ).toBeUndefined();
  });
});

describe('words of exclusion about another noun than the identifier before them', () => {
  it('rule nothing out', () => {
    expect(
      ruledOutIdentifierUsed(
        'Changelog: search_rerank_v3 enabled for 5 % of EU traffic, enterprise tenants excluded.',
        [
          {
            name: 'add_changelog_entry',
            args: '{"text":"search_rerank_v3 on for 5% EU; enterprise excluded"}',
          },
        ],
      ),
    ).toBeUndefined();
    expect(
      ruledOutIdentifierUsed('Lot 7C204 excluded from the recall.', [
        { name: 'quarantine_lots', args: '["7C204"]' },
      ]),
    ).toMatchObject({ id: '7C204' });
  });
});

describe('an identifier the task keeps beside one of its kind it acts on', () => {
  const brief =
    'SHP-448120: shopper changed her mind: **KEEP the Navy / L (li_01)**, **RETURN the Sage / M (li_02, $68.00)**. Refund to card.';
  it('is taken for the other when a deed carries it and no call carries the other', () => {
    expect(
      ruledOutIdentifierUsed(brief, [
        { name: 'create_return', args: '{"order_id":"SHP-448120","line_ids":["li_01"]}' },
      ]),
    ).toMatchObject({ id: 'li_01' });
  });
  it('is nothing when the deed acts on the other, names both, only reads it, or nothing of its kind is contrasted', () => {
    const act = (args: string, name = 'create_return') => ruledOutIdentifierUsed(brief, [{ name, args }]);
    expect(act('{"order_id":"SHP-448120","line_ids":["li_02"]}')).toBeUndefined();
    expect(act('{"keep":["li_01"],"return":["li_02"]}')).toBeUndefined();
    expect(act('{"line_ids":["li_01"]}', 'get_line_item')).toBeUndefined();
    // "Keep booking BK-1, add a night": no other booking to act on, so changing BK-1 is the job.
    expect(
      ruledOutIdentifierUsed('Keep booking BK-1 and add a night to it (order SHP-2).', [
        { name: 'update_booking', args: '{"booking":"BK-1","nights":3}' },
      ]),
    ).toBeUndefined();
    // "keep in mind" keeps nothing.
    expect(
      ruledOutIdentifierUsed('Keep in mind li_01 shipped late; return li_02 only.', [
        { name: 'create_return', args: '{"line_ids":["li_01"]}' },
      ]),
    ).toBeUndefined();
  });
});

describe('identifiers listed as left unchanged', () => {
  const brief =
    'Apply R-FIB-18 to the broadband only (BB-5521). Mobile lines MOB-0711 and MOB-0712: no change whatsoever — they remain 30-day rolling.';
  it('are acted on by a deed that carries them', () => {
    expect(
      ruledOutIdentifierUsed(brief, [
        {
          name: 'apply_retention_offer',
          args: 'offer products',
          lists: [['BB-5521', 'MOB-0711', 'MOB-0712']],
        },
      ]),
    ).toMatchObject({ id: 'MOB-0711' });
  });
  it('are nothing when the deed leaves them out, or only a read names them', () => {
    expect(
      ruledOutIdentifierUsed(brief, [
        { name: 'apply_retention_offer', args: 'offer products', lists: [['BB-5521']] },
      ]),
    ).toBeUndefined();
    expect(
      ruledOutIdentifierUsed(brief, [{ name: 'get_products', args: '', lists: [['MOB-0711', 'MOB-0712']] }]),
    ).toBeUndefined();
  });
});

describe('people excluded by where they work', () => {
  const brief =
    'Brackenridge CFO longlist please, ranked. ⚠️ EXCLUDE anyone currently at Halvorsen Foods Group or subsidiaries (Halvorsen Chilled, NorthPeak Cheese) — JV non-solicit.';
  const [rule] = extractProhibitions(brief).filter((p) => p.text.startsWith('EXCLUDE'));
  it('are broken by a listed entry that is one of them', () => {
    expect(rule).toBeDefined();
    expect(breaks(rule!, [], ['1. Fiona Aldous — FD, Halvorsen Chilled — strongest fit'])).toBeDefined();
  });
  it('are kept by a list without them, or a sentence that names them as left out', () => {
    expect(breaks(rule!, [], ['1. Rajiv Menon — CFO, Moorfield Bakeries'])).toBeUndefined();
    expect(
      breaks(rule!, [], ['Left out two strong names at Halvorsen Chilled (non-solicit).']),
    ).toBeUndefined();
  });
});

describe('a thing the brief says cannot be done', () => {
  const [rule] = extractProhibitions('Tier 1 cannot take ₦450,000.00: max balance ₦300,000.00.');
  it('is kept by an answer that says it cannot be done, in any negation', () => {
    expect(rule).toBeDefined();
    for (const said of [
      'Emeka’s wallet is Tier 1, so it cannot receive ₦450,000.00 (Tier 1 takes at most ₦50,000.00 a day).',
      'The wallet can not take ₦450,000.00 today.',
      'It won’t take ₦450,000.00 while on Tier 1.',
    ])
      expect(breaks(rule!, [], [said]), said).toBeUndefined();
  });
  it('is broken by an answer that says it was done', () => {
    expect(breaks(rule!, [], ['Done: the wallet will take ₦450,000.00 in one credit.'])).toBeDefined();
  });
});

describe('an identifier the task puts out of the job in other languages', () => {
  const refund = (items: string[]) => [
    { name: 'issue_refund', args: JSON.stringify({ order: 'FR-2703-55821', items }) },
  ];
  it('is ruled out, and a deed that acts on it breaks the task', () => {
    for (const brief of [
      '只退 TS-BLK-M 和 TS-WHT-L 两件。刻字保温杯 MUG-ENG-01 属定制商品，不在本次退款范围。',
      'Reembolsar TS-BLK-M y TS-WHT-L. La taza MUG-ENG-01 queda excluida (personalizada).',
      'Nur TS-BLK-M und TS-WHT-L erstatten; MUG-ENG-01 ist ausgenommen.',
    ])
      expect(
        ruledOutIdentifierUsed(brief, refund(['TS-BLK-M', 'TS-WHT-L', 'MUG-ENG-01'])),
        brief,
      ).toMatchObject({
        id: 'MUG-ENG-01',
      });
  });
  it('is nothing when the deed leaves it out, or the words are about another identifier', () => {
    const brief = '只退 TS-BLK-M 和 TS-WHT-L 两件。刻字保温杯 MUG-ENG-01 属定制商品，不在本次退款范围。';
    expect(ruledOutIdentifierUsed(brief, refund(['TS-BLK-M', 'TS-WHT-L']))).toBeUndefined();
    expect(
      ruledOutIdentifierUsed(
        '退 MUG-ENG-01 与 TS-BLK-M，运费 RF-01 不在退款范围。',
        refund(['MUG-ENG-01', 'TS-BLK-M']),
      ),
    ).toBeUndefined();
  });
});
