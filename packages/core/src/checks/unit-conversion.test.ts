import { describe, expect, it } from 'vitest';
import { wrongConversionFactor } from './unit-conversion.ts';

describe('wrongConversionFactor', () => {
  it('catches a conversion whose factor is not the one between the units its comment names', () => {
    expect(wrongConversionFactor('daily_m3 = per_household.mean() / 30 / 100  # litres -> m3')).toMatchObject(
      {
        factor: 100,
        expected: 1000,
      },
    );
    expect(wrongConversionFactor('minutes = hours * 100  // hours to minutes')?.expected).toBe(60);
  });
  it('lets right factors, either direction, and unrelated comments stand', () => {
    expect(wrongConversionFactor('daily_m3 = total / 30 / 1000  # litres -> m3')).toBeUndefined();
    expect(wrongConversionFactor('litres = m3 * 1_000  # m3 -> litres')).toBeUndefined();
    expect(wrongConversionFactor('grams = kg * 1000  # kg to g')).toBeUndefined();
    expect(wrongConversionFactor('kg = g * 0.001  # g -> kg')).toBeUndefined();
    expect(wrongConversionFactor('daily = total / 30  # month -> day average')).toBeUndefined();
    expect(wrongConversionFactor('share = n / 100  # percent to ratio')).toBeUndefined();
  });
});
