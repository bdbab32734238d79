import { describe, expect, it } from 'vitest';
import { rateOnWrongBase } from './rate-base.ts';

const SEASON =
  'Season: 24 apps / 1,530 min, 41 key passes, 88 SCA, xA 6.3. League top-10 % lines: 2.10 / 4.60 / 0.28.';
const FLEET = 'Van V-12, November: 1,840 km over 46 trips, 162.5 litres of diesel, 38 deliveries late.';

describe('rates per N worked out on another base', () => {
  it('are found when two rates or more are counts divided by the same other figure', () => {
    expect(
      rateOnWrongBase(
        'Per 90: key passes 1.71, SCA 3.67, xA 0.26 — under the 2.10 / 4.60 / 0.28 lines.',
        SEASON,
      ),
    ).toEqual({
      base: 90,
      divisor: 24,
      rates: [1.71, 3.67, 0.26],
    });
    expect(rateOnWrongBase('Per 100 km: 3.53 litres and 0.83 late deliveries.', FLEET)).toMatchObject({
      divisor: 46,
    });
  });
  it('are nothing when worked on a base of N, when only one rate is given, or the rates are copied', () => {
    expect(rateOnWrongBase('Per 90: key passes 2.41, SCA 5.18, xA 0.37.', SEASON)).toBeUndefined();
    expect(rateOnWrongBase('Per 100 km: 8.83 litres and 2.07 late deliveries.', FLEET)).toBeUndefined();
    expect(rateOnWrongBase('Per 90: key passes 1.71.', SEASON)).toBeUndefined();
    expect(rateOnWrongBase('The league lines per 90 are 2.10 and 4.60.', SEASON)).toBeUndefined();
    // A class name with a slash is no rate: "J/70 … 4 laps × 0.9 nm".
    expect(
      rateOnWrongBase('J/70: 4 laps × 0.9 nm; Cape 31: 3 × 1.4 nm.', '13 boats, 9 and 18 nm legs'),
    ).toBeUndefined();
  });
});
