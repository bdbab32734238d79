import { describe, expect, it } from 'vitest';
import { outsideRange } from './scope-range.ts';

const task =
  'Re-measure partitions for Block C. The ground floor is shell and core, costed elsewhere, so measure L1 to L6 only.';

describe('outsideRange: work beyond the run a task limited it to', () => {
  it('finds an item listed beside the run’s members but outside it', () => {
    expect(outsideRange(task, [{ lists: [['GF', 'L1', 'L2', 'L3', 'L4', 'L5', 'L6']] }])).toEqual({
      range: 'L1 to L6',
      item: 'GF',
    });
    expect(outsideRange('Re-stripe bays B3–B8 only.', [{ lists: [['B3', 'B4', 'B9']] }])?.item).toBe('B9');
  });
  it('is quiet for the run itself, a list of other things, or a range the task does not make the only scope', () => {
    expect(outsideRange(task, [{ lists: [['L1', 'L2', 'L3', 'L4', 'L5', 'L6']] }])).toBeUndefined();
    // Another list of the same call (element types) is no list of levels.
    expect(
      outsideRange(task, [
        {
          lists: [
            ['L1', 'L6'],
            ['DL1', 'DL4', 'wall_finish'],
          ],
        },
      ]),
    ).toBeUndefined();
    expect(
      outsideRange('Measure L1 to L6; add GF if time allows.', [{ lists: [['GF', 'L1', 'L2']] }]),
    ).toBeUndefined();
  });
});
