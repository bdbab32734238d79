import { describe, expect, it } from 'vitest';
import { receivedTaskFailure } from '../testing/recorded-failure.ts';
import { includedLeftOut } from './enumerations.ts';

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
