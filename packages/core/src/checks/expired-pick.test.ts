import { describe, expect, it } from 'vitest';
import { expiredPicked } from './expired-pick.ts';

const STANDBY = {
  name: 'standby_search',
  args: { base: 'AMS', rank: 'CPT', available_from: '2027-02-09T04:10' },
  result:
    '| pos | name | staff no | LVO/CAT III valid to |\n|---|---|---|---|\n| 1 | R. Visser | 40218 | 2026-12-31 |\n| 2 | M. Haddad | 40377 | 2027-08-31 |',
};
const assign = (staff: string) => ({ name: 'assign_crew', args: { pairing: 'P-4471', staff_no: staff } });
const TASK =
  'Need a captain for P-4471, report 05:10L 09/02. LIN fog → must hold current LVO/CAT IIIA qualification.';

describe('a record picked whose validity ended before the day of the work', () => {
  it('is found when the task asks it current and another record was valid', () => {
    expect(expiredPicked(TASK, [STANDBY, assign('40218')])).toMatchObject({
      column: 'LVO/CAT III valid to: 2026-12-31 (the work is on 2027-02-09)',
      call: 'assign_crew',
    });
  });
  it('is nothing for a valid pick, a task that asks nothing in date, a column of something else, or none valid', () => {
    expect(expiredPicked(TASK, [STANDBY, assign('40377')])).toBeUndefined();
    expect(
      expiredPicked('Need a captain for P-4471, report 05:10L 09/02.', [STANDBY, assign('40218')]),
    ).toBeUndefined();
    const passport = { ...STANDBY, result: STANDBY.result.replace('LVO/CAT III', 'passport') };
    expect(expiredPicked(TASK, [passport, assign('40218')])).toBeUndefined();
    const lapsed = { ...STANDBY, result: STANDBY.result.replace('2027-08-31', '2027-01-31') };
    expect(expiredPicked(TASK, [lapsed, assign('40218')])).toBeUndefined();
  });
});

describe('a record picked whose expiry falls before the bound the task sets', () => {
  const stock = {
    name: 'depot_stock',
    args: { depot: 'DE-MUC-02' },
    result:
      '[{"lot": "L-4417", "expiry": "2027-04-30", "kits": 60}, {"lot": "L-4532", "expiry": "2027-11-30", "kits": 144}]',
  };
  const pick = (lot: string) => ({ name: 'create_pick_order', args: { lot, kits: 24 } });
  const TASK = 'Pick 24 kits for Site 207. Only lots with expiry after 15 Jun 2027, DE labels.';
  it('is found for a lot that expires before it while another runs past it', () => {
    expect(expiredPicked(TASK, [stock, pick('L-4417')])).toMatchObject({
      column: 'expiry: 2027-04-30 (the task wants it after 2027-06-15)',
      call: 'create_pick_order',
    });
  });
  it('is nothing for a lot past the bound, a task without one, or stock that all expires before it', () => {
    expect(expiredPicked(TASK, [stock, pick('L-4532')])).toBeUndefined();
    expect(expiredPicked('Pick 24 kits for Site 207.', [stock, pick('L-4417')])).toBeUndefined();
    const short = { ...stock, result: stock.result.replace('2027-11-30', '2027-05-31') };
    expect(expiredPicked(TASK, [short, pick('L-4417')])).toBeUndefined();
  });
});

describe('a record the answer names as chosen, whose validity lapses before the work', () => {
  const TASK =
    'NB-D04 swap, Mon 22/03/2027. 3 techs. GWO Sea Survival + Working at Heights must be valid ON 22/03.';
  const roster = {
    name: 'query_technicians',
    args: { base: 'GRIMSBY', date: '2027-03-22' },
    result: JSON.stringify([
      { name: 'S. Brennan', id: 'T-1184', gwo_sea_survival_exp: '2028-01-11', gwo_wah_exp: '2027-09-30' },
      { name: 'J. Okafor', id: 'T-1302', gwo_sea_survival_exp: '2027-11-02', gwo_wah_exp: '2027-03-19' },
      { name: 'A. McLeish', id: 'T-1099', gwo_sea_survival_exp: '2028-02-01', gwo_wah_exp: '2028-02-01' },
    ]),
  };
  it('is picked when the answer rosters it, in any column the task asks to be valid', () => {
    expect(
      expiredPicked(TASK, [roster], 'Crew: S. Brennan (lead), J. Okafor, A. McLeish. All GWO current.'),
    ).toMatchObject({ column: 'gwo_wah_exp: 2027-03-19 (the work is on 2027-03-22)', call: 'answer' });
  });
  it('is not picked when the answer keeps it out, or names only records valid on the day', () => {
    expect(
      expiredPicked(
        TASK,
        [roster],
        'Crew: S. Brennan, A. McLeish.\nJ. Okafor not rostered: WAH lapses 19/03.',
      ),
    ).toBeUndefined();
    expect(expiredPicked(TASK, [roster], 'Crew: S. Brennan, A. McLeish.')).toBeUndefined();
  });
});
