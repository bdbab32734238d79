import { describe, expect, it } from 'vitest';
import { excludedItemListed } from './excluded-listed.ts';

const TASK =
  'Packing list for MSKU 778120-4 with lots CT-2703-01, CT-2703-02 and CT-2703-04. Do not include lot CT-2703-03 (awaiting enrofloxacin results). Give cartons and net weight per lot.';
const table = (rows: string) =>
  `**Packing list MSKU 778120-4**\n\n| lot | cartons | net (kg) |\n|---|---|---|\n${rows}\n| **Total** | **1 660** | **16 600** |`;

describe('an item the task leaves out', () => {
  it('is listed when the answer gives it a row or list line of figures', () => {
    const rows = '| CT-2703-01 | 560 | 5 600 |\n| CT-2703-03 | 500 | 5 000 |\n| CT-2703-04 | 560 | 5 600 |';
    expect(excludedItemListed(TASK, table(rows))).toEqual({
      item: 'CT-2703-03',
      line: '| CT-2703-03 | 500 | 5 000 |',
    });
    expect(
      excludedItemListed(
        'Lập packing list. Không đưa lô CT-2703-03 vào (đang chờ kết quả).',
        '- CT-2703-01: 560 thùng\n- CT-2703-03: 500 thùng',
      ),
    ).toEqual({ item: 'CT-2703-03', line: '- CT-2703-03: 500 thùng' });
  });
  it('is not listed when its line sets it aside, its block is headed so, or it is only named in prose', () => {
    const rows = '| CT-2703-01 | 560 | 5 600 |\n| CT-2703-04 | 560 | 5 600 |';
    expect(excludedItemListed(TASK, table(rows))).toBeUndefined();
    expect(
      excludedItemListed(TASK, `${table(rows)}\n| CT-2703-03 | 500 | excluded (QC hold) |`),
    ).toBeUndefined();
    expect(
      excludedItemListed(TASK, `${table(rows)}\n\n**Held back:**\n- CT-2703-03: 500 cartons`),
    ).toBeUndefined();
    expect(
      excludedItemListed(TASK, `${table(rows)}\n\nCT-2703-03 (500 cartons) stays in store.`),
    ).toBeUndefined();
    // An order naming two items, or none, is not read as leaving one out.
    expect(
      excludedItemListed('Ship all lots except CT-2703-03 and CT-2703-05.', '| CT-2703-03 | 500 | 5 000 |'),
    ).toBeUndefined();
  });
});
