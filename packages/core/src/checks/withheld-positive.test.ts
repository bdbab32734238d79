import { describe, expect, it } from 'vitest';
import { withheldPositive } from './withheld-positive.ts';

const LAB = JSON.stringify({
  lab_ref: 'OVI-26-88104',
  by_camp: {
    '3': { n: 8, H5_ELISA: 'negatief' },
    '7': { n: 8, H5_ELISA: '2 positief (OS7-04, OS7-06), 6 negatief' },
  },
});

describe('a positive result reported as negative', () => {
  it('reads a positive its tool returned that the output turns into a negative', () => {
    expect(
      withheldPositive(
        [LAB],
        '| kamp | H5 |\n|---|---|\n| 3 | negatief |\n| 7 | negatief |\n**Al 16 monsters negatief.**',
      ),
    ).toMatch(/positief/);
    expect(
      withheldPositive(
        ['{"samples":[{"id":"S-1","pcr":"negative"},{"id":"S-2","pcr":"POSITIVE"}]}'],
        'All swabs came back negative; cleared to ship.',
      ),
    ).toMatch(/POSITIVE/);
  });
  it('is nothing when the output names the positive, or the tool found none', () => {
    expect(withheldPositive([LAB], 'Camp 7: 2 positive (OS7-04, OS7-06); camps 3 negative.')).toBeUndefined();
    // The positive samples named by their ids, in words for positive that are not the stem.
    expect(
      withheldPositive([LAB], 'Camp 7 has two reactors, OS7-04 and OS7-06; the rest negative.'),
    ).toBeUndefined();
    // None positive, a positive control, a false positive cleared, "positive": 0.
    for (const source of [
      '{"test":"PCR","positive":0,"negative":24}',
      'ELISA run: positive control OK, all 24 samples negative',
      'Swab test S-4: false positive on rapid kit, PCR negative',
      'Sample screen: no positives, 12 negatives',
    ])
      expect(withheldPositive([source], 'All samples negative.')).toBeUndefined();
    // A retest after the first positive came back negative: the output reports the retest.
    expect(
      withheldPositive(
        ['Sample S-9 PCR: positive', 'Sample S-9 retest PCR: negative'],
        'S-9 retest negative; released.',
      ),
    ).toBeUndefined();
    // A positive that is no test's result ("positive cash flow") beside a negative figure.
    expect(
      withheldPositive(['{"q3":"positive cash flow","q4_margin":-2.1}'], 'Q4 margin negative at -2.1 %.'),
    ).toBeUndefined();
  });
});
