import { describe, expect, it } from 'vitest';
import { restatedOnOtherBasis } from './keyed-basis.ts';

const NEST = JSON.stringify({
  parts_per_sheet: 18,
  sheets: 14,
  cut_length_per_part_m: 1.86,
  cut_time_per_part_min: 4.2,
  cut_time_total_h: 17.5,
});

describe('a figure its tool keys to one basis, stated on another', () => {
  it('reads "per part" stated as "per sheet" when the result counts both', () => {
    expect(
      restatedOnOtherBasis(NEST, 'Laser: 4.2 min per sheet x 14 = ~1.0 h. 1.86 m cut per part.'),
    ).toMatchObject({ key: 'cut_time_per_part_min', value: 4.2 });
    expect(
      restatedOnOtherBasis({ pricePerKg: 3.9, pallets: 6 }, 'At £3.90/pallet, six pallets.'),
    ).toMatchObject({
      key: 'pricePerKg',
    });
  });
  it('is nothing on the key’s own basis or a word for it, or on a basis the result never counts', () => {
    expect(
      restatedOnOtherBasis(NEST, '18 per sheet, 4.2 min per part (4.2 min/piece), 17.5 h in all.'),
    ).toBeUndefined();
    expect(restatedOnOtherBasis(NEST, 'About 4.2 min per tray, as last time.')).toBeUndefined();
    // A unit written short: "kr/l" is the basis of `pris_kr_per_liter`.
    const price = { artikel: 'ARL-100154', pris_kr_per_liter: 12.65, forpackning_liter: 10 };
    expect(restatedOnOtherBasis(price, 'Mellanmjölk **12,65 kr/l** från 1 mars.')).toBeUndefined();
    // Another key gives the value on the basis stated.
    expect(
      restatedOnOtherBasis({ price_per_kg: 4.2, price_per_unit: 4.2, units: 3 }, '£4.20 per unit.'),
    ).toBeUndefined();
    expect(restatedOnOtherBasis('cut time 4.2 min per part', '4.2 min per sheet')).toBeUndefined();
    // Per the record the figure sits in: a syringe's content per change is its content per syringe.
    const pump = { rate_ml_h: 8.1, syringe: { volume_ml: 50, change_h: 6, content_per_change_ml: 48.6 } };
    expect(
      restatedOnOtherBasis(pump, 'Syringe 50 ml, change every 6 h (48.6 ml per syringe).'),
    ).toBeUndefined();
    expect(restatedOnOtherBasis(pump, '48.6 ml per hour.')).toMatchObject({ key: 'content_per_change_ml' });
    // A basis only the prose a sub-agent tool carries names ("per squad" in its own answer) is none the data counts in.
    const packed = {
      text: 'Kit packed: 56 sets, 3 GK packs per squad (9), 12 match balls (4 per squad).',
      args: { crates: { 'KC-14-07': 18 }, gk_packs_per_crate: 3 },
    };
    expect(restatedOnOtherBasis(packed, '56 kit sets, 3 GK packs per squad.')).toBeUndefined();
  });
});
