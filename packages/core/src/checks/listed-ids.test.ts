import { describe, expect, it } from 'vitest';
import { actedOnOtherRecords, recordNumbers } from './listed-ids.ts';

const TASK =
  'Run dissolved metals on the B bottles = even lab IDs 26-118302, -304, -306. Hold the A bottles (odd IDs), no analysis.';

describe('records a task lists', () => {
  it('writes shortened list items out in full', () => {
    expect(recordNumbers(TASK).map((r) => `${r.prefix}${r.digits}`)).toEqual([
      '26-118302',
      '26-118304',
      '26-118306',
    ]);
  });
  it('finds a deed on other records of the same series, none of the listed ones', () => {
    expect(
      actedOnOtherRecords(TASK, [{ name: 'icp_ms_run', args: '26-118301,26-118303,26-118305 As,Pb' }]),
    ).toMatchObject({ acted: ['26-118301', '26-118303', '26-118305'] });
  });
  it('is nothing when the deed names listed records, other series, or one record only', () => {
    expect(
      actedOnOtherRecords(TASK, [{ name: 'icp_ms_run', args: '26-118302,26-118304,26-118306' }]),
    ).toBeUndefined();
    expect(
      actedOnOtherRecords(TASK, [{ name: 'icp_ms_run', args: '26-118302,26-118304,26-118399' }]),
    ).toBeUndefined();
    expect(actedOnOtherRecords(TASK, [{ name: 'log_run', args: 'ICP-261207 QC-55120' }])).toBeUndefined();
    expect(actedOnOtherRecords(TASK, [{ name: 'hold', args: '26-118301' }])).toBeUndefined();
  });
  it('reads no record in the groups and decimals of amounts or the parts of dates', () => {
    const report =
      'Rev 2 of 09.03.2027 is the valid quote — EUR 1,184,500.00 (valid to 09.04.2027). Rev 1 (1.262.000,00 EUR) is superseded.';
    expect(recordNumbers(report)).toEqual([]);
    // Nor in three bare digits: weights, not records.
    expect(
      actedOnOtherRecords('HC-7719 weighed: pax 453.0 kg (estimate was 425 kg, do not use)', [
        { name: 'mass_balance', args: '{"pax_kg":453,"fuel_kg":380}' },
      ]),
    ).toBeUndefined();
    expect(
      actedOnOtherRecords(report, [
        { name: 'cost_check', args: '{"total_eur":1184500,"area_m2":2140,"landlord_eur_m2":420}' },
      ]),
    ).toBeUndefined();
  });
});
