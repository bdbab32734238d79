import { describe, expect, it } from 'vitest';
import { isEmptyResult } from './empty-result.ts';

describe('isEmptyResult', () => {
  it('sees a run that printed nothing, only empty values, bare labels or "not found"', () => {
    for (const result of [
      'exitcode: 0 (execution succeeded)\nCode output: ',
      'exitcode: 0 (execution succeeded)\nCode output: []\n',
      'None',
      'The longest word found is: ',
      'No matching rows found in the sheet.',
      [],
      {},
      null,
    ])
      expect(isEmptyResult(result), JSON.stringify(result)).toBe(true);
  });

  it('keeps a run that returned values, even zero or a found count, as a result', () => {
    for (const result of [
      'exitcode: 0 (execution succeeded)\nCode output: 4\n',
      'exitcode: 0 (execution succeeded)\nCode output: 0',
      'The longest word found is: briniest',
      'Rows found: 12',
      'exitcode: 0 (execution succeeded)\nCode output: No errors found.',
      ['Phobos'],
      { moons: 2 },
      0,
      undefined,
    ])
      expect(isEmptyResult(result), JSON.stringify(result)).toBe(false);
  });
});
