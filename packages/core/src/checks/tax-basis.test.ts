import { describe, expect, it } from 'vitest';
import { taxBasisSwapped } from './tax-basis.ts';

const LIST =
  '| kod | tjänst | summa exkl. moms |\n|---|---|---|\n| SED-K | sedering | 890 |\n| KAT-U | kateter | 1 650 |\nSumma exkl. moms 7 420 kr · moms 25 % 1 855 kr · **att betala 9 275 kr**';
const TASK = 'Ägarens tak: 8 000 kr **inklusive moms 25 %** – ange totalen inkl. moms.';

describe('taxBasisSwapped', () => {
  it('catches a total given on the other tax basis than the task asked', () => {
    expect(
      taxBasisSwapped(TASK, [{ result: LIST }], '| **totalt** | **7 420** |\nInom taket på 8 000 kr.'),
    ).toEqual({
      asked: 'inklusive moms',
      given: 7420,
      wanted: 9275,
    });
    expect(
      taxBasisSwapped(
        'Quote the job excl. VAT, for the trade account.',
        [{ result: 'Net 1,200.00 EUR · VAT 20 % 240.00 · total incl. VAT 1,440.00 EUR' }],
        'Quote: 1,440.00 EUR.',
      ),
    ).toMatchObject({ given: 1440, wanted: 1200 });
  });
  it('lets the asked total, both totals, or a task without a basis stand', () => {
    expect(
      taxBasisSwapped(TASK, [{ result: LIST }], 'Totalt 9 275 kr inkl. moms – över taket.'),
    ).toBeUndefined();
    expect(
      taxBasisSwapped(TASK, [{ result: LIST }], '7 420 kr exkl. moms, 9 275 kr inkl. moms.'),
    ).toBeUndefined();
    expect(
      taxBasisSwapped('Ta fram ett kostnadsförslag.', [{ result: LIST }], 'Totalt 7 420 kr.'),
    ).toBeUndefined();
  });
});
