import { describe, expect, it } from 'vitest';
import { receivedTaskFailure } from '../testing/recorded-failure.ts';
import { includedLeftOut, joinedCodeLeftOut, listedCodeLeftOut, numberedItemsCut } from './enumerations.ts';

const TASK =
  'Kit K-88120, 3 detectors exposed 91 days. Give the annual average for each occupied room - that includes D3 in the basement, it is a bedroom - and the highest room against the 200 Bq/m³ action level.';
const read = (detectors: string[]) => [
  { name: 'read_detectors', args: `kit K-88120 detectors ${detectors.join(' ')}` },
];

describe('an item the task names as included', () => {
  it('is dropped when the calls name others of its series and nothing names it', () => {
    expect(includedLeftOut(TASK, read(['D1', 'D2']), 'D1 148 Bq/m³, D2 77 Bq/m³.')).toEqual([
      { dropped: 'D3', kept: 'D1, D2' },
    ]);
  });
  it('is kept when a call or the answer names it, or the calls name no series at all', () => {
    expect(includedLeftOut(TASK, read(['D1', 'D2', 'D3']), 'Highest D3 236 Bq/m³.')).toEqual([]);
    expect(
      includedLeftOut(TASK, read(['D1', 'D2']), 'D1 148, D2 77; D3 unreadable, track foil damaged.'),
    ).toEqual([]);
    expect(
      includedLeftOut(TASK, [{ name: 'read_kit', args: 'kit K-88120' }], 'Highest room 148 Bq/m³.'),
    ).toEqual([]);
  });
  it('is a misread task of the receiver', async () => {
    const run = (detectors: string[]) =>
      receivedTaskFailure(
        ['case_manager', 'detector_lab'],
        TASK,
        [
          {
            name: 'read_detectors',
            args: { kit: 'K-88120', detectors },
            result: 'D1 148 Bq/m³ annual; D2 77 Bq/m³ annual.',
          },
        ],
        'K-88120: living room (D1) 148 Bq/m³, bedroom (D2) 77 Bq/m³. Highest 148, below 200.',
      );
    expect(await run(['D1', 'D2'])).toBe('misunderstood_task case_manager → detector_lab (detector_lab)');
  });
});

describe('a case the task sets apart for one item', () => {
  const BRIEF =
    'MATH2041 18/05 09:30-11:30, 142 cands, Sports Hall. EXCEPTION: cand C-0417 has 25% extra time + separate room, use Seminar Rm 2.14.';
  const allocate = (args: string) => [{ name: 'allocate_desks', args }];
  it('is dropped when neither the calls nor the answer name the item', () => {
    expect(
      includedLeftOut(BRIEF, allocate('MATH2041 Sports Hall 142 end 11:30'), 'All 142 in Sports Hall.'),
    ).toHaveLength(1);
  });
  it('is kept when a call or the answer names it', () => {
    expect(
      includedLeftOut(BRIEF, allocate('MATH2041 Sports Hall 141, separate C-0417 Rm 2.14'), 'Done.'),
    ).toEqual([]);
    expect(
      includedLeftOut(
        BRIEF,
        allocate('MATH2041 Sports Hall 141'),
        '141 in the hall; C-0417 in 2.14 to 12:00.',
      ),
    ).toEqual([]);
  });
});

describe('an item of a listed set that a call leaves out while it carries the others by their codes', () => {
  const brief = [
    'Hard constraints:',
    '1. Rohini Deshpande (RDE, Chemistry 11 & 12) works **Mon, Tue, Wed only** — no lessons Thu or Fri.',
    '2. Jess Whitton (JWN) not before P3 on Mondays.',
    '3. Michael Kotze (MKT) keeps 2 HOD release periods.',
    '4. Max 3 consecutive teaching periods for anyone.',
  ].join('\n');
  const solve = (constraints: string) => [
    { name: 'run_solver', args: `hard constraints staff\n${constraints}` },
  ];
  it('is dropped', () => {
    expect(listedCodeLeftOut(brief, solve('JWN Mon P1 Mon P2 MKT 2 max_consecutive 3'))).toMatchObject({
      dropped: expect.stringContaining('RDE'),
    });
  });
  it('is nothing when the call carries every coded item, or only reads them', () => {
    expect(listedCodeLeftOut(brief, solve('RDE Thu Fri JWN Mon P1 MKT 2'))).toBeUndefined();
    expect(listedCodeLeftOut(brief, [{ name: 'get_staff', args: 'staff\nJWN MKT' }])).toBeUndefined();
    // A list of notes, not of what must hold, sets no requirements.
    expect(
      listedCodeLeftOut(brief.replace('Hard constraints:', 'Staff notes:'), solve('JWN Mon P1 MKT 2')),
    ).toBeUndefined();
    // A list with fewer than three coded items names no set.
    expect(
      listedCodeLeftOut('1. Book JWN.\n2. Book MKT.\n3. Send the invoice.', solve('JWN')),
    ).toBeUndefined();
  });
});

describe('numberedItemsCut', () => {
  const BRIEF =
    'FRN-14 GOX_THK, last 25 runs: evaluate WECO rules 1, 2, 3 and 4 against the frozen Q1 limits.';
  it('catches a call that gives fewer of the numbered items the task lists', () => {
    expect(numberedItemsCut(BRIEF, [{ raw: { chart: 'GOX_THK', rules: [1] } }])).toEqual({
      dropped: 'rules 2, 3, 4',
      kept: 'rules 1',
    });
    expect(numberedItemsCut('Sweep zones 1–4 tonight.', [{ raw: { zone_ids: [1, 2] } }])).toBeDefined();
  });
  it('lets all of them, the rest in another call, or a list under another key stand', () => {
    expect(numberedItemsCut(BRIEF, [{ raw: { rules: [1, 2, 3, 4] } }])).toBeUndefined();
    expect(numberedItemsCut(BRIEF, [{ raw: { rules: [1, 2] } }, { raw: { rules: [3, 4] } }])).toBeUndefined();
    expect(numberedItemsCut(BRIEF, [{ raw: { runs: [1] } }])).toBeUndefined();
    // Stopped to ask its sender: the rest follows in its next turn.
    expect(
      numberedItemsCut(
        'Reconcile trips 1-8.',
        [{ raw: { trips: [1, 2, 3, 4] } }],
        'Trip 4 differs by 6.6% - which figure do you want?',
      ),
    ).toBeUndefined();
  });
  it('lets a number stand that the answer accounts for on its own, not one it claims with the rest', () => {
    const task =
      'Balloon safari 3 Aug 2027 for the Nakamura family: 2 adults, children 13, 10, 5. Apply the age rule.';
    const call = [{ raw: { adults: 2, children_ages: [13, 10] } }];
    expect(
      numberedItemsCut(
        task,
        call,
        'Booked 4 seats. The 5-year-old is under the operator’s minimum age of 7.',
      ),
    ).toBeUndefined();
    // Named with those acted on, as if booked with them: still cut.
    expect(numberedItemsCut(task, call, 'Booked the family, children 13, 10 and 5.')).toBeDefined();
    expect(numberedItemsCut(task, call, 'Booked 4 seats.')).toBeDefined();
  });
  const KST =
    'Optik Brandl 03/2027: Lohnjournal aufgeteilt auf KST 100 Wien, KST 200 Linz und KST 300 Graz buchen.';
  it('reads a noun written before each number, and a key its capitals abbreviate', () => {
    expect(numberedItemsCut(KST, [{ raw: { monat: '2027-03', kostenstellen: ['100', '200'] } }])).toEqual({
      dropped: 'KST 300',
      kept: 'KST 100, 200',
    });
    expect(
      numberedItemsCut('Assign Bus 12 to the 07:10 and Bus 15 to the 07:40.', [{ raw: { bus: [12] } }]),
    ).toBeDefined();
  });
  it('lets every one of them stand, or a key the capitals do not abbreviate', () => {
    expect(numberedItemsCut(KST, [{ raw: { kostenstellen: ['100', '200', '300'] } }])).toBeUndefined();
    expect(numberedItemsCut(KST, [{ raw: { konten: ['100', '200'] } }])).toBeUndefined();
    // A noun in lower case is a word, not an abbreviation: "bus" names no `business_days`.
    expect(
      numberedItemsCut('Bus 12 and bus 15 at 07:10.', [{ raw: { business_days: [12] } }]),
    ).toBeUndefined();
  });
});

describe('codes a task joins as one set', () => {
  const TASK = 'GIF notice 7/2027: recall Amotaks 1 g, batches 0A2211 and 0A2212 (release test out of spec).';
  const block = (batches: string[]) =>
    batches.map((batch) => ({ name: 'block_batch', args: `{"product":"Amotaks 1 g","batch":"${batch}"}` }));
  it('is cut when the calls act on some, and nothing the receiver did or said names the others', () => {
    expect(joinedCodeLeftOut(TASK, block(['0A2211']), 'Blocked 0A2211: 44 packs.')).toEqual({
      dropped: '0A2212',
      kept: '0A2211',
    });
    expect(
      joinedCodeLeftOut('Seria 0A2211 i 0A2212 do wycofania.', block(['0A2212']), 'Zablokowano.'),
    ).toEqual({
      dropped: '0A2211',
      kept: '0A2212',
    });
  });
  it('is nothing when all are acted on or the answer speaks of the other, a choice is offered, or only a lookup ran', () => {
    expect(joinedCodeLeftOut(TASK, block(['0A2211', '0A2212']), 'Blocked both.')).toBeUndefined();
    expect(
      joinedCodeLeftOut(TASK, block(['0A2211']), 'Blocked 0A2211; 0A2212 was never delivered here.'),
    ).toBeUndefined();
    expect(
      joinedCodeLeftOut('Use batch 0A2211 or 0A2212.', block(['0A2211']), 'Used 0A2211.'),
    ).toBeUndefined();
    expect(
      joinedCodeLeftOut(TASK, [{ name: 'get_stock', args: '{"batch":"0A2211"}' }], 'Stock of 0A2211: 44.'),
    ).toBeUndefined();
    // A code in another clause is no part of the set; one named by its last part is named.
    expect(
      joinedCodeLeftOut(
        'Dispense kit K-10987; K-10442 is quarantined.',
        block(['K-10987']),
        'Dispensed K-10987.',
      ),
    ).toBeUndefined();
    expect(
      joinedCodeLeftOut(
        'Recall lots TA-26-331, TA-26-332 and TA-26-333.',
        block(['TA-26-331']),
        'Lots TA-26-331/332/333 recalled.',
      ),
    ).toBeUndefined();
    // Codes of other shapes are no one set ("lot L-14 and pallet 0A2212").
    expect(joinedCodeLeftOut('Move L-14 and 0A2212 today.', block(['L-14']), 'Moved L-14.')).toBeUndefined();
  });
});
