import { describe, expect, it } from 'vitest';
import { miscopiedReference, substitutedNumber } from './miscopied-id.ts';

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

describe('a number of digit groups the task gave, replaced by another of its shape', () => {
  const TASK =
    'Reserve 1× final drive duo-cone seal kit 382-1204 (793F) for WO HT-307, need Thu 11/12 06:00.';
  const reserve = (material: string, result = 'Reservation 7700412, qty 1, status OPEN.') => [
    { name: 'sap_reserve', args: { material, qty: 1, wo: 'HT-307', need_date: '2026-12-11' }, result },
  ];
  it('is substituted when nothing the receiver was shown holds the new number and its work never names the asked one', () => {
    expect(
      substitutedNumber(TASK, '', reserve('456-7710'), 'Reserved 456-7710 seal kit FD (797F).'),
    ).toMatchObject({
      given: '382-1204',
      written: '456-7710',
    });
  });
  it('is nothing for the asked number, a number it was shown, one its work ties to the asked one, or a day', () => {
    expect(substitutedNumber(TASK, '', reserve('382-1204'), 'Reserved.')).toBeUndefined();
    // A phone number the call dials in another form, beside another number in the text it sends.
    const sms = [{ name: 'send_sms', args: { to: '+15556201187', body: 'Questions? Call (555) 214-7700.' } }];
    expect(substitutedNumber('Text Yesenia Carter at (555) 620-1187.', '', sms, 'Sent.')).toBeUndefined();
    expect(
      substitutedNumber(
        TASK,
        'Stores note: 382-1204 is superseded by 456-7710.',
        reserve('456-7710'),
        'Reserved.',
      ),
    ).toBeUndefined();
    expect(
      substitutedNumber(
        TASK,
        '',
        reserve('456-7710', '382-1204 replaced by 456-7710; reserved 1.'),
        'Reserved the successor.',
      ),
    ).toBeUndefined();
    expect(
      substitutedNumber(
        'Book the return for 2026-12-11.',
        '',
        [{ name: 'book', args: { date: '2026-12-14' } }],
        '',
      ),
    ).toBeUndefined();
  });
});

describe('a record number the receiver found by its own search in place of the one asked', () => {
  it('is substituted when the asked number is in nothing it did or its tools returned', () => {
    const task = 'Book FU#2 into **PV-2027-01342** (M.K., female, DOB 1959).';
    const search = (result: string) => ({ name: 'safety_db_search', args: { initials: 'M.K.' }, result });
    const book = { name: 'book_follow_up', args: { case: 'PV-2027-01409' } };
    expect(
      substitutedNumber(
        task,
        '',
        [search('[{"case":"PV-2027-01409","sex":"M"}]'), book],
        'Booked into PV-2027-01409.',
      ),
    ).toMatchObject({ given: 'PV-2027-01342', written: 'PV-2027-01409' });
    // Its search named the asked case: it saw both and chose (another reading weighs that choice).
    expect(
      substitutedNumber(
        task,
        '',
        [search('[{"case":"PV-2027-01342","sex":"F"},{"case":"PV-2027-01409","sex":"M"}]'), book],
        'Booked.',
      ),
    ).toBeUndefined();
  });
});

describe('a list of records of the task number’s shape', () => {
  it('is a selection, not a swap, where the task sets its one number aside', () => {
    expect(
      substitutedNumber(
        'Convocatoria SUB-AV-2026: la solicitud REG-2026-1907 queda fuera (anulada). Valorad las demás.',
        '',
        [{ name: 'valorar', args: { solicitudes: ['REG-2026-1822', 'REG-2026-1840', 'REG-2026-1851'] } }],
        'Valoradas tres solicitudes.',
      ),
    ).toBeUndefined();
  });
});
