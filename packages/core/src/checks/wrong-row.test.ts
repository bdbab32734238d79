import { describe, expect, it } from 'vitest';
import { recordedFailure } from '../testing/recorded-failure.ts';
import { figureOfOtherRow, otherRecordChosen, transposedRow } from './wrong-row.ts';

const table = `Leeds depot brake wear
| unit | pads NS / OS (mm) | note |
| TRK-214 | 11 / 10 | - |
| TRK-241 | 2.5 / 7 | NS pad below 3 mm minimum |
| TRK-412 | 9 / 9 | - |`;

describe('figureOfOtherRow', () => {
  it("finds a unit given a look-alike unit's figures and none of its own", () => {
    expect(
      figureOfOtherRow('Can TRK-241 run tomorrow?', table, 'TRK-241: pads 11 / 10 mm, OK to run.'),
    ).toMatchObject({
      id: 'TRK-241',
      stated: '11, 10',
    });
  });
  it('is quiet when the answer states the unit’s own figures, compares units, or names no unit', () => {
    expect(
      figureOfOtherRow(
        'Can TRK-241 run?',
        table,
        'TRK-241: NS pad 2.5 mm, below minimum. Swap to TRK-214 (11 / 10).',
      ),
    ).toBeUndefined();
    expect(
      figureOfOtherRow('Can TRK-241 run?', table, 'TRK-241 is worse than TRK-214 (11 / 10 mm).'),
    ).toBeUndefined();
    expect(figureOfOtherRow('Can TRK-241 run?', table, 'Pads 11 / 10 mm, fine.')).toBeUndefined();
    expect(figureOfOtherRow('Summarise the depot.', table, 'TRK-241 has 11 / 10 mm.')).toBeUndefined();
  });
});

const donors =
  '2 records: D-2240 Julia Alvarez (Ms.), 14 Elm Street, last gift $50 on 2026-11-28. D-1102 Javier Alvarez (Mr.), 880 Lakeview Dr, last gift $5,000 on 2026-12-01.';

describe('otherRecordChosen', () => {
  it('finds the record acted on when a figure of the task singles out another', () => {
    expect(
      otherRecordChosen(
        'Look up Mr. J. Alvarez, $5k gift on Tuesday.',
        donors,
        'Found: Julia Alvarez, D-2240, 14 Elm Street.',
      ),
    ).toMatchObject({ chosen: expect.stringContaining('D-2240'), target: expect.stringContaining('D-1102') });
  });
  it('reads no record out of a day or a time of day the task and a row share', () => {
    const lines =
      '- Sat JAIL-STAFFING, 16 in., chart CH-1212-JS, Sat)\n- LANDBANK-AUDIT, 18 in., chart CH-1214-AUD), embargoed to Mon 12/14 12:01 a.m.';
    expect(
      otherRecordChosen(
        'News budget lines for Sat 12/12 and Sun 12/13. Nothing embargoed past Sunday.',
        lines,
        'Sat JAIL-STAFFING, 16 in., chart CH-1212-JS.',
      ),
    ).toBeUndefined();
  });
  it('is quiet on the right record, when nothing singles one out, or when both are named', () => {
    expect(
      otherRecordChosen('Look up the $5,000 donor.', donors, 'D-1102 Javier Alvarez, 880 Lakeview Dr.'),
    ).toBeUndefined();
    expect(
      otherRecordChosen('Look up J. Alvarez.', donors, 'D-2240 Julia Alvarez, 14 Elm Street.'),
    ).toBeUndefined();
    expect(
      otherRecordChosen(
        'Look up the $5,000 donor.',
        donors,
        'Two matches: D-2240 ($50) and D-1102 ($5,000); which one?',
      ),
    ).toBeUndefined();
  });
});

describe('otherRecordChosen: a task’s date singles out no record', () => {
  it('does not read the figures of the task’s day as a record’s', () => {
    const source =
      '14 accounts, 13 clean, CUST-USD-01 -12,400.00 timing (custody fee paid 01/02, accrued). Net cash+accruals USD 18,721,448.90. Mgmt fee accrual 710,233.15, perf fee 5,338,912.40.';
    expect(
      otherRecordChosen(
        'Halcyon Ridge 31/01/2027: reconcile cash across PB and custody accounts, accruals, and give me net cash + liabilities.',
        source,
        'Cash 31/01: net cash + accruals USD 18.72m; liabilities USD 6.05m (mgmt fee 0.71m, perf fee 5.34m). 1 break USD 12,400, timing.',
      ),
    ).toBeUndefined();
  });
});

describe('a deed’s own result', () => {
  const task =
    'Split INV-2027-00412: amount due $18,439.00 (1843900 cents). $12,000.00 now, the remainder $6,439.00 on 31/03.';
  const plan = (name: string, result: string) =>
    recordedFailure(async (tracer, clock) => {
      await tracer.turn('billing_chat', async () => task, { input: [{ role: 'user', content: 'split it' }] });
      tracer.handoff({ from: 'billing_chat', to: 'ar_specialist', content: task });
      clock.advance(10);
      return tracer.turn(
        'ar_specialist',
        async (turn) => {
          const call = turn.startToolCall({ name, args: { invoice: 'INV-2027-00412' } });
          clock.advance(10);
          call.end({ result });
          return 'Split set up as plan IP-0412-01: $12,000.00 today, $6,439.00 on 31 Mar.';
        },
        { input: [{ role: 'user', content: task }] },
      );
    });
  it('echoes what it made (a plan and its pay link): no listing of records to choose from', async () => {
    const made =
      '{"plan": "IP-0412-01", "invoice": "INV-2027-00412", "installments": [{"n": 1, "amount": 1200000, "pay_link": "https://pay.example/i/IP-0412-01-1"}, {"n": 2, "amount": 643900}], "total": 1843900}';
    expect(await plan('create_installment_plan', made)).toBeNull();
  });
});

describe('transposedRow', () => {
  const SORT =
    'lot      wafers  gross_die  good_die  yield   bin7_iddq\nP5530.1  25      41,350     25,389    61.4%   11,944\nP5531.1  25      41,350     38,331    92.7%   496';
  it('catches records given each other’s figures', () => {
    expect(
      transposedRow(SORT, '- P5530.1: 38,331 good → **92.7 %**\n- P5531.1: 25,389 good → **61.4 %**, bin 7'),
    ).toMatchObject({ id: 'P-5530', stated: '38331, 92.7' });
  });
  it('lets records given their own figures, compared, or named without figures stand', () => {
    expect(
      transposedRow(SORT, '- P5530.1: 25,389 good → 61.4 %\n- P5531.1: 38,331 good → 92.7 %'),
    ).toBeUndefined();
    expect(transposedRow(SORT, 'P5530.1 is at 61.4 %, against 92.7 % for P5531.1.')).toBeUndefined();
    expect(transposedRow(SORT, 'Hold P5530.1 and ship P5531.1 (92.7 %, 38,331 good die).')).toBeUndefined();
  });
});

describe('a label before a day is no record identifier', () => {
  it('does not read "UPU-15.03 20:00" as record UPU-15', () => {
    const source =
      'Registru UPU-15.03 20:00 – 16.03 08:00: 87 prezentări\nUPU-2027-004801 (MED1), 2027-004809 (MED2)\nUPU-2027-004815 (CARD)';
    expect(
      otherRecordChosen('Garda 15/16.03: prezentări pe ESI.', source, 'UPU-2027-004801 internat MED1.'),
    ).toBeUndefined();
  });
});
