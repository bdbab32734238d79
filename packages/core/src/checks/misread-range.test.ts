import { describe, expect, it } from 'vitest';
import { misreadRange } from './misread-range.ts';

const LOGGER = {
  device: 'TT4 #A77120',
  points: 91,
  min_c: -19.6,
  max_c: -11.8,
  mean_c: -17.2,
  excursions: [{ threshold_c: -18.0, from: '00:40', to: '04:00', peak_c: -11.8 }],
};

describe('a range that keeps one end of its tool’s record and not the other', () => {
  it('is misread when the other end is no figure of the record and the record’s extreme goes unsaid', () => {
    expect(
      misreadRange([LOGGER], 'TGHU 901233-7: stable from −19.6 to −17.9 °C, no excursion.'),
    ).toMatchObject({
      range: '−19.6 to −17.9',
      low: -19.6,
      high: -11.8,
    });
    expect(
      misreadRange([JSON.stringify(LOGGER)], 'nhiệt độ ổn định từ −19,6 đến −17,9°C, trung bình −18,7°C.'),
    ).toMatchObject({ low: -19.6 });
  });
  it('is nothing when the range is the record’s, or the text gives its extreme too', () => {
    expect(
      misreadRange([LOGGER], 'Range −19.6 to −11.8 °C; excursion above −18 °C for 3 h 20 min.'),
    ).toBeUndefined();
    expect(
      misreadRange([LOGGER], 'Mostly −19.6 to −17.9 °C, but it peaked at −11.8 °C during the genset outage.'),
    ).toBeUndefined();
    // The other end a figure of the record (its threshold): a range the record gives.
    expect(misreadRange([LOGGER], 'Stable from −19.6 to −18.0 °C before the outage.')).toBeUndefined();
    // No minimum and maximum of one measure in the record.
    expect(misreadRange([{ temp_c: -19.6, limit_c: -11.8 }], 'From −19.6 to −17.9 °C.')).toBeUndefined();
  });
});
