import { describe, expect, it } from 'vitest';
import { miscopiedReference } from './miscopied-id.ts';

const TASK =
  'CI-27-0318, VD 18/03:\n- FROM: HFO-4471 (Hartwell)\n- TO: BBL-4417 (Brixton)\n- 12 bars, bar list BL-0318';
const book = (to: string) => ({
  name: 'book_reallocation',
  args: { from_account: 'HFO-4471', to_account: to, bar_list: 'BL-0318' },
  result: `{"movement":"MV-55102","to":"${to} Baxendale Bros"}`,
});

describe('miscopiedReference: a reference of the task written with digits swapped or changed', () => {
  it('catches a call that books to BBL-4471 when the task said BBL-4417', () => {
    expect(miscopiedReference(TASK, '', [book('BBL-4471')])).toMatchObject({
      given: 'BBL-4417',
      written: 'BBL-4471',
    });
    expect(miscopiedReference(TASK, '', [book('BBL-4437')])?.written).toBe('BBL-4437');
  });
  it('is quiet for the reference as given, one it was shown, the next of a series, or one the task also gave', () => {
    expect(miscopiedReference(TASK, '', [book('BBL-4417')])).toBeUndefined();
    const lookup = {
      name: 'find_account',
      args: { client: 'Brixton' },
      result: 'Brixton Bullion: BBL-4471 (allocated)',
    };
    expect(miscopiedReference(TASK, '', [lookup, book('BBL-4471')])).toBeUndefined();
    expect(
      miscopiedReference(TASK, 'Note: Brixton moved to BBL-4471 last week.', [book('BBL-4471')]),
    ).toBeUndefined();
    expect(miscopiedReference(TASK, '', [book('BBL-4418')])).toBeUndefined();
    expect(miscopiedReference(`${TASK}\n- fee account BBL-4471`, '', [book('BBL-4471')])).toBeUndefined();
  });
});
