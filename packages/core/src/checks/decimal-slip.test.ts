import { describe, expect, it } from 'vitest';
import { decimalSlip } from './decimal-slip.ts';

const READING = JSON.stringify({ frente: 'F-22', co_ppm: 38, no2_ppm: 0.9, o2_pct: 20.7, limite_co_ppm: 25 });

describe('decimalSlip', () => {
  it('catches a keyed figure passed on with its decimal point moved', () => {
    expect(decimalSlip([READING], 'Medición F-22 a las 14:20: CO 3,8 ppm, NO2 0,9 ppm, O2 20,7 %.')).toEqual({
      key: 'co_ppm',
      given: 38,
      stated: 'CO 3,8 ppm',
    });
    expect(decimalSlip([{ depth_mm: 125 }], 'Depth 12.5 mm at the joint.')).toBeDefined();
  });
  it('lets the same figures, a rounding, another unit or the tool’s figure also given stand', () => {
    expect(decimalSlip([READING], 'F-22: CO 38 ppm, NO2 0,9 ppm, O2 20,7 %.')).toBeUndefined();
    expect(decimalSlip([{ co_ppm: 38.4 }], 'CO 38 ppm.')).toBeUndefined();
    expect(decimalSlip([{ depth_mm: 125 }], 'Depth 12.5 cm at the joint.')).toBeUndefined();
    // The limit, a tenth of which the answer quotes for another thing, is no key of the label.
    expect(
      decimalSlip([READING], 'CO 38 ppm, above the limit; the alarm set at 2,5 ppm is the sensor drift.'),
    ).toBeUndefined();
    // A figure a tenth of the tool's, given beside the tool's own.
    expect(decimalSlip([{ co_ppm: 38 }], 'CO 38 ppm now, CO 3,8 ppm at the portal.')).toBeUndefined();
    // A decimal comma the grouping rule would read as thousands: "0,929 m²" is 0.929.
    expect(
      decimalSlip([{ bsa_m2: 0.929 }], '27,9 kg → BSA 0,929 m² × 300 mg/m² = 278,7 mg.'),
    ).toBeUndefined();
  });
});
