import { describe, expect, it } from 'vitest';
import { rateOnOtherUnit } from './unit-mismatch.ts';

const task = 'Meloxicam 0.05 mg/kg once daily. He weighs 11 lb today.';

describe('rateOnOtherUnit', () => {
  it('finds a per-kg rate applied to a weight given in pounds', () => {
    expect(rateOnOtherUnit(task, '3 syringes of 0.55 mg (0.05 mg/kg × 11).')).toEqual({
      worked: '/kg × 11',
      given: '11 lb',
    });
  });
  it('is quiet on the converted figure, the same unit, or a figure of no known unit', () => {
    expect(rateOnOtherUnit(task, '0.25 mg (0.05 mg/kg × 4.99 kg).')).toBeUndefined();
    expect(rateOnOtherUnit(task, '0.25 mg (0.05 mg/kg × 4.99).')).toBeUndefined();
    expect(rateOnOtherUnit('He weighs 5 kg.', '0.05 mg/kg × 5 = 0.25 mg.')).toBeUndefined();
    expect(rateOnOtherUnit('Route of 410 mi.', 'Fuel 0.3 l/km x 12 stops.')).toBeUndefined();
  });
});
