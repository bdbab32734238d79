import { describe, expect, it } from 'vitest';
import { failuresPassedOver, wholeOverPart } from './all-passed.ts';

const CUPPING =
  'Cupping 14/02: **4 lots pass** (BG-401 84.25, BG-402 83.50). **BG-403 (79.50, 9 defects) and BG-405 (78.00, 11 defects) fail** — below 82.';

describe('a summary that says all passed over failures it was told of', () => {
  it('is the failing sentence when the summary names none of the failed items', () => {
    expect(failuresPassedOver([CUPPING], 'QC: all 6 lots BG-401..406 passed. Cleared for export.')).toContain(
      'BG-403',
    );
    expect(failuresPassedOver(['Sample S-12 rejected (pH 8.9).'], 'Every sample within spec.')).toContain(
      'S-12',
    );
  });
  it('is nothing when the summary names a failed item, tells of a failure, or nothing failed', () => {
    expect(failuresPassedOver([CUPPING], 'All lots pass except BG-403 and BG-405.')).toBeUndefined();
    expect(
      failuresPassedOver([CUPPING], 'All passed on moisture; BG-403 and BG-405 fail cupping.'),
    ).toBeUndefined();
    expect(failuresPassedOver(['All 6 lots pass (BG-401..406).'], 'All 6 lots passed.')).toBeUndefined();
    // A failure of no item (a process step), or a summary that is no "all passed".
    expect(
      failuresPassedOver(['The first upload failed; retried OK.'], 'All files passed checks.'),
    ).toBeUndefined();
    expect(failuresPassedOver([CUPPING], '4 of 6 lots passed.')).toBeUndefined();
  });
});

describe('a summary that says all values are in range over values flagged high or low', () => {
  const BIOCHEM =
    'P-08814 biochem: **ALT 412 U/L (H)**, **ALKP 188 U/L (H)**, **TT4 68 nmol/L (H)**. CREA 142, SDMA 12, glucose 7.1 normal.';
  it('is the flagged value the summary never names', () => {
    expect(
      failuresPassedOver([BIOCHEM], 'P-08814 screen done: CBC normal, biochem and T4 all within reference.'),
    ).toContain('ALT 412');
  });
  it('is nothing when the summary names the flagged values or tells they are out of range', () => {
    expect(
      failuresPassedOver([BIOCHEM], 'Biochem: ALT, ALKP and TT4 high; all other values within reference.'),
    ).toBeUndefined();
    expect(
      failuresPassedOver([BIOCHEM], 'Liver enzymes elevated and TT4 raised; all else within reference.'),
    ).toBeUndefined();
    expect(failuresPassedOver(['CREA 142, SDMA 12, glucose 7.1.'], 'All within reference.')).toBeUndefined();
  });
});

describe('wholeOverPart', () => {
  const worker =
    'Audit 14:40: 6/8 exits open. **EX-4** blocked by a generator, **EX-7** locked behind a stand.';
  it('catches a summary giving the whole count of what a source gave in part', () => {
    expect(wholeOverPart([worker], 'Site ready: 8/8 exits checked, open; corridors clear.')).toContain(
      '6/8 exits',
    );
    expect(
      wholeOverPart(
        ['Denetim: 6/8 çıkış açık. AÇ-4 ve AÇ-7 kapalı.'],
        'Saha hazır: 8/8 acil çıkış kontrol edildi.',
      ),
    ).toBeDefined();
  });
  it('lets a whole of another thing, the part told too, or a whole the source also gave stand', () => {
    expect(
      wholeOverPart([worker], 'Staff: 84/84 stewards on post; exits 6/8 open, two blocked.'),
    ).toBeUndefined();
    expect(wholeOverPart([worker], '8/8 radios tested; exits being cleared.')).toBeUndefined();
    expect(
      wholeOverPart(['12/12 turnstiles OK, 24/24 scanners OK.'], 'Entry ready: 12/12 turnstiles.'),
    ).toBeUndefined();
    // "fails 5/5" is every one failing, said the other way round from "0/5 pass".
    expect(wholeOverPart(['0/5 pass since 7a41d09.'], 'The test fails 5/5 since 7a41d09.')).toBeUndefined();
  });
});
