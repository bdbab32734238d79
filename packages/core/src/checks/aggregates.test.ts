import { describe, expect, it } from 'vitest';
import {
  disproportionateShares,
  excludedLineSummed,
  statedTotalAgainstTable,
  wrongRowProduct,
  wrongScaledCell,
  wrongTableAggregate,
} from './aggregates.ts';

const table = (avg: string) =>
  `| sample | ears | bu/ac |\n|---|---|---|\n| S1 | 28 | 112.0 |\n| S2 | 31 | 131.0 |\n| S3 | 24 | 96.0 |\n| **avg** | | **${avg}** |`;

describe('a table row that aggregates the rows above it', () => {
  it('is wrong when its figure is not their mean or sum', () => {
    expect(wrongTableAggregate(table('119.0'))).toMatchObject({ label: 'avg', stated: 119, computed: 113 });
    expect(
      wrongTableAggregate('| item | EUR |\n|---|---|\n| rent | 1,200 |\n| power | 310 |\n| Total | 1,610 |'),
    ).toMatchObject({ label: 'total', computed: 1510 });
  });
  it('reads the total row whose label stands in a later column, its first cells left blank', () => {
    const quote = (sum: string) =>
      `| Nr. | Position | Betrag |\n|---|---|---|\n| GOT 49 | Narkose | 218,40 € |\n| GOT 620 | Osteosynthese | 612,90 € |\n| MAT-OP | OP-Material | 73,00 € |\n| | **Summe** | **${sum} €** |`;
    expect(wrongTableAggregate(quote('804,30'))).toMatchObject({ label: 'summe', computed: 904.3 });
    expect(wrongTableAggregate(quote('904,30'))).toBeUndefined();
    // A row whose blank first cell stands before an item, not a total: no aggregate to check.
    expect(
      wrongTableAggregate(
        '| Nr. | Position | Betrag |\n|---|---|---|\n| 1 | Narkose | 218,40 € |\n| | Material | 73,00 € |',
      ),
    ).toBeUndefined();
  });
  it('reads the total row in the words of other scripts', () => {
    const rows = '| 2,380 |\n| تأشيرة | 300 |\n| النقل | 420 |\n| التأمين | 95 |\n| الزيارات | 150 |';
    const arabic = (sum: string) =>
      `| البند | ر.س |\n|---|---|\n| السكن ${rows}\n| **الإجمالي للفرد** | **${sum}** |`;
    expect(wrongTableAggregate(arabic('3,045'))).toMatchObject({ stated: 3045, computed: 3345 });
    expect(wrongTableAggregate(arabic('3,345'))).toBeUndefined();
    const japanese = (sum: string) =>
      `| 項目 | 円 |\n|---|---|\n| 宿泊 | 24,000 |\n| 夕食 | 6,500 |\n| 送迎 | 1,200 |\n| 合計 | ${sum} |`;
    expect(wrongTableAggregate(japanese('30,700'))).toMatchObject({ computed: 31700 });
    expect(wrongTableAggregate(japanese('31,700'))).toBeUndefined();
  });
  it('counts once a row that subtotals the rows above it, whatever its label', () => {
    const waste = (subtotal: string, sum: string) =>
      `| 区分 | 搬入量 |\n|---|---|\n| 可燃（東） | 4,218.4 t |\n| 可燃（西） | 3,875.2 t |\n| 可燃 計 | ${subtotal} t |\n| 不燃 | 512.7 t |\n| 粗大 | 286.2 t |\n| **合計** | **${sum} t** |`;
    expect(wrongTableAggregate(waste('8,093.6', '8,892.5'))).toBeUndefined();
    // A total that still leaves a row out, or a row that is no subtotal of those above it.
    expect(wrongTableAggregate(waste('8,093.6', '8,605.8'))).toMatchObject({ label: '合計' });
    expect(wrongTableAggregate(waste('8,039.6', '8,892.5'))).toMatchObject({ label: '合計' });
  });
  it('is right when it is their mean or sum, rounded, and nothing is read from a table without one', () => {
    expect(wrongTableAggregate(table('113.0'))).toBeUndefined();
    expect(
      wrongTableAggregate(
        '| item | EUR |\n|---|---|\n| rent | 1,200 |\n| power | 310.4 |\n| Total | 1,510 |',
      ),
    ).toBeUndefined();
    expect(wrongTableAggregate('| lot | kg |\n|---|---|\n| A | 12 |\n| B | 14 |')).toBeUndefined();
    // A share in a total row is worked out from the totals, not added up.
    expect(
      wrongTableAggregate(
        '| district | supplied (ML) | NRW (ML) | NRW % |\n|---|---|---|---|\n| North | 610.54 | 107.42 | 17.6 % |\n| Riverside | 287.92 | 36.51 | 12.7 % |\n| **Total** | **898.46** | **143.93** | **16.0 %** |',
      ),
    ).toBeUndefined();
    expect(
      wrongTableAggregate(
        '| district | supplied (ML) | NRW (ML) | NRW % |\n|---|---|---|---|\n| North | 610.54 | 107.42 | 17.6 % |\n| Riverside | 287.92 | 36.51 | 12.7 % |\n| **Total** | **898.46** | **153.93** | **16.0 %** |',
      ),
    ).toMatchObject({ label: 'total', computed: 143.93 });
    // A subtotal, then extras and a total of them all: each row sums what it says it sums.
    expect(
      wrongTableAggregate(
        '| item | £ |\n|---|---|\n| voicing | 18,720.00 |\n| metal | 3,400.00 |\n| subtotal | 22,120.00 |\n| contingency 10 % | 2,212.00 |\n| **total ex VAT** | **24,332.00** |',
      ),
    ).toBeUndefined();
  });
});

const LEDGER =
  'CAM 2026:\n- janitorial 612,400.00\n- security 388,150.00\n- insurance 176,040.00\n- roof replacement 640,000.00 [CAPEX, excl. §7.3(c)]';

describe('a total with a line its source leaves out', () => {
  it('is found when the total adds the excluded line in', () => {
    expect(excludedLineSummed('Pool $1,816,590.00 x 3.876 % = $70,411.03.', [LEDGER])).toMatchObject({
      total: 1816590,
    });
  });
  it('is nothing when the total leaves it out, or states both sums', () => {
    expect(excludedLineSummed('Pool $1,176,590.00 x 3.876 % = $45,604.63.', [LEDGER])).toBeUndefined();
    expect(
      excludedLineSummed('Gross 1,816,590.00 less the excluded roof 640,000.00 = 1,176,590.00.', [LEDGER]),
    ).toBeUndefined();
    expect(
      excludedLineSummed('Pool 1,816,590.00.', ['- janitorial 612,400.00\n- security 388,150.00']),
    ).toBeUndefined();
  });
});

describe('a split stated as shares and amounts', () => {
  it('is wrong when an amount is out of proportion to its share', () => {
    expect(
      disproportionateShares('Pour weight 744 kg.\nCu 78%: 580.3 kg\nSn 22%: 81.8 kg\nTotal 662.1 kg.'),
    ).toMatchObject({ stated: 81.8, computed: 163.67, unit: 'kg' });
    expect(
      disproportionateShares('Budget split: 1,200 EUR (60%) to venue, 300 EUR (40%) to catering.'),
    ).toMatchObject({
      stated: 300,
      computed: 800,
    });
  });
  it('is right when the amounts keep the proportion, and shares that are no split are left alone', () => {
    expect(disproportionateShares('Cu 78%: 580.3 kg\nSn 22%: 163.7 kg')).toBeUndefined();
    expect(disproportionateShares('A 33%: 33.3 t, B 33%: 33.3 t, C 34%: 33.4 t')).toBeUndefined();
    // Percent of daily value: no whole they make up together.
    expect(disproportionateShares('Fat 12%: 9 g\nProtein 8%: 4 g\nSugar 30%: 27 g')).toBeUndefined();
    // Shares of two different wholes, in other units.
    expect(disproportionateShares('Occupancy 85%: 120 rooms. Deposit 15%: 300 EUR.')).toBeUndefined();
  });
});

describe('wrongScaledCell: a row that breaks the factor its column headers set', () => {
  const sheet = (yellow: string) =>
    `Batch 180 L (9 × 20 L).\n\n| colourant | per L | per 20 L tin | batch 180 L |\n|---|---|---|---|\n| black | 5.20 g | 104 g | 936 g |\n| blue | 0.95 g | 19 g | 171 g |\n| yellow oxide | 1.30 g | ${yellow} |\n`;
  it('finds the row whose figure is not its per-litre figure times 20', () => {
    expect(wrongScaledCell(sheet('36 g | 324 g'))).toEqual({
      row: 'yellow oxide',
      column: 'per 20 L tin',
      stated: 36,
      expected: 26,
    });
  });
  it('is quiet for a right sheet, rounded figures, or headers that set no factor', () => {
    expect(wrongScaledCell(sheet('26 g | 234 g'))).toBeUndefined();
    expect(
      wrongScaledCell(
        '| item | per kg | per 3 kg |\n|---|---|---|\n| salt | 0.333 g | 1 g |\n| sugar | 2.5 g | 7.5 g |',
      ),
    ).toBeUndefined();
    // Quantities and totals at different unit prices: no header scales one column to the other.
    expect(
      wrongScaledCell(
        '| item | qty | total |\n|---|---|---|\n| nails | 2 | 10 |\n| screws | 3 | 15 |\n| bolts | 4 | 24 |',
      ),
    ).toBeUndefined();
  });
});

describe('a total stated in words beside the table of its parts', () => {
  const week = (doses: string[]) =>
    [
      '| day | dose |',
      '|---|---|',
      ...['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((d, i) => `| ${d} | ${doses[i]} mg |`),
    ].join('\n');
  it('contradicts a table of the days of a week that adds up to another figure', () => {
    const plan = `Hold tonight, then cut the weekly dose → **30 mg/wk**.\n${week(['5', '5', '5', '5', '5', '5', '5'])}`;
    expect(statedTotalAgainstTable(plan)).toMatchObject({ stated: '30 mg', computed: 35 });
  });
  it('contradicts a table its "total" figure does not add up', () => {
    const rota =
      'Crew hours this week, 42 h in total:\n| crew | hours |\n|---|---|\n| A | 12 h |\n| B | 14 h |\n| C | 14 h |';
    expect(statedTotalAgainstTable(rota)).toMatchObject({ computed: 40 });
  });
  it('is nothing when the parts add up, or the figure is a limit or the old one', () => {
    expect(
      statedTotalAgainstTable(`Weekly dose → 30 mg/wk.\n${week(['5', '5', '2.5', '5', '5', '2.5', '5'])}`),
    ).toBeUndefined();
    expect(
      statedTotalAgainstTable(`Keep it under 40 mg/wk.\n${week(['5', '5', '5', '5', '5', '5', '5'])}`),
    ).toBeUndefined();
    expect(
      statedTotalAgainstTable(
        `Was 35 mg/wk; now 30 mg/wk.\n${week(['5', '5', '2.5', '5', '5', '2.5', '5'])}`,
      ),
    ).toBeUndefined();
    // A weekly figure beside a table that is not the days of a week says nothing of its rows.
    expect(
      statedTotalAgainstTable(
        'Budget 30 mg/wk.\n| vial | dose |\n|---|---|\n| A | 5 mg |\n| B | 5 mg |\n| C | 5 mg |',
      ),
    ).toBeUndefined();
  });
});

describe('a total row in another language and decimal style', () => {
  const list = (total: string) =>
    `| przedmiot | wartość |\n|---|---|\n| pralka Bosch Serie 6 | 2 899,00 zł |\n| lodówka Samsung RB38 | 3 450,00 zł |\n| sofa 3-osobowa | 4 200,00 zł |\n| dywan wełniany 200×300 | 1 150,00 zł |\n| **razem** | **${total} zł** |`;
  it('is wrong when it is not the sum of the rows', () => {
    expect(wrongTableAggregate(list('10 699,00'))).toMatchObject({
      label: 'razem',
      stated: 10_699,
      computed: 11_699,
    });
  });
  it('is right when it is, and a rate column is not summed', () => {
    expect(wrongTableAggregate(list('11 699,00'))).toBeUndefined();
    expect(
      wrongTableAggregate(
        '| art | kg | kr/kg | beløp |\n|---|---|---|---|\n| torsk | 8 420 | 34,20 | 287 964,00 |\n| hyse | 2 260 | 21,40 | 48 364,00 |\n| **sum** | **10 680** | **31,30** | **336 328,00** |',
      ),
    ).toBeUndefined();
  });
  it('is not read from a row that only looks like one ("Media" is a budget line)', () => {
    expect(
      wrongTableAggregate('| line | EUR |\n|---|---|\n| Print | 1,200 |\n| Radio | 800 |\n| Media | 5,000 |'),
    ).toBeUndefined();
  });
});

describe('a row whose product column breaks the product the other rows keep', () => {
  const steel = (cost: string) =>
    `| aço | tabela (kg) | +10 % perdas (kg) | R$/kg | custo |\n|---|---|---|---|---|\n| CA-50 | 42.925 | 47.217,5 | 6,85 | R$ ${cost} |\n| CA-60 | 2.210 | 2.431,0 | 7,10 | R$ 17.260,10 |\n| **total** | 45.135 | 49.648,5 | | **R$ 240.699,98** |`;
  it('is wrong', () => {
    expect(wrongRowProduct(steel('223.439,88'))).toMatchObject({
      row: 'CA-50',
      stated: 223_439.88,
      expected: 323_439.88,
    });
    expect(
      wrongRowProduct(
        '| art | kg | kr/kg | beløp (kr) |\n|---|---|---|---|\n| torsk | 8 420 | 34,20 | 287 964,00 |\n| torsk | 5 130 | 29,80 | 125 874,00 |\n| hyse | 2 260 | 21,40 | 48 364,00 |\n| sei | 1 480 | 12,10 | 17 908,00 |',
      ),
    ).toMatchObject({ stated: 125_874, expected: 152_874 });
  });
  it('is right when every row keeps it, rounded as written', () => {
    expect(wrongRowProduct(steel('323.439,88'))).toBeUndefined();
    expect(
      wrongRowProduct(
        '| item | qty | unit | amount |\n|---|---|---|---|\n| A | 3 | 2.333 | 7.00 |\n| B | 12 | 1.25 | 15.00 |',
      ),
    ).toBeUndefined();
  });
  it('is not read from columns that only once multiply by chance', () => {
    // 2 × 4 = 8 in one row of counts; the other rows are no products at all.
    expect(
      wrongRowProduct(
        '| team | members | shifts | hours |\n|---|---|---|---|\n| A | 2 | 4 | 8 |\n| B | 3 | 5 | 40 |\n| C | 4 | 2 | 36 |',
      ),
    ).toBeUndefined();
    // A discount row breaks it, but more rows break it than keep it: no product column.
    expect(
      wrongRowProduct(
        '| line | qty | price | net |\n|---|---|---|---|\n| A | 10 | 12.50 | 125.00 |\n| B | 4 | 30.00 | 108.00 |\n| C | 2 | 45.00 | 81.00 |',
      ),
    ).toBeUndefined();
  });
});

describe('a row whose price breaks the share the other rows take off', () => {
  const gems = (mid: string) =>
    `| SKU | Gems | list | sale | discount |\n|---|---|---|---|---|\n| gem_500 | 500 | $4.99 | **$3.99** | 20% |\n| gem_1500 | 1,500 | $14.99 | **$${mid}** | 20% |\n| gem_4000 | 4,000 | $34.99 | **$27.99** | 20% |`;
  it('is wrong', () => {
    expect(wrongRowProduct(gems('12.99'))).toMatchObject({ row: 'gem_1500', stated: 12.99, expected: 11.99 });
  });
  it('is right where every row takes its share off, or adds it on', () => {
    expect(wrongRowProduct(gems('11.99'))).toBeUndefined();
    expect(
      wrongRowProduct(
        '| item | net | VAT | gross |\n|---|---|---|---|\n| A | 100.00 | 21% | 121.00 |\n| B | 40.00 | 9% | 43.60 |',
      ),
    ).toBeUndefined();
  });
});

describe('tables whose figures only seem to break their arithmetic', () => {
  it('adds up no column of other units or scales', () => {
    expect(
      wrongTableAggregate(
        '| campus | gross |\n|---|---|\n| Noida | ₹4.87 crore |\n| Jaipur | ₹2.13 crore |\n| Dehradun | ₹96.41 lakh |\n| **Total** | **₹7.96 crore** |',
      ),
    ).toBeUndefined();
    expect(
      wrongTableAggregate(
        '| item | value |\n|---|---|\n| volume | 14,177.9 MWh |\n| net | £884,700.96 |\n| VAT 20 % | £176,940.19 |\n| **total** | **£1,061,641.15** |',
      ),
    ).toBeUndefined();
  });
  it('reads a table without a decimal mark either way, and alarms only if both readings break it', () => {
    const seats = (total: string) =>
      `| blok | v3 |\n|---|---|\n| Parter | 1.520 |\n| Balkon A | 616 |\n| Balkon B | 264 |\n| **Toplam** | ${total} |`;
    expect(wrongTableAggregate(seats('2.400'))).toBeUndefined();
    expect(wrongTableAggregate(seats('2.500'))).toMatchObject({ label: 'toplam' });
  });
  it('takes no product a row keeps only within rounding slack for one', () => {
    expect(
      wrongRowProduct(
        '| hora | CO (ppm) | NO2 (ppm) | O2 (%) |\n|---|---|---|---|\n| 18:30 | 19 | 1,1 | 20,8 |\n| 19:15 | 46 | 3,8 | 20,6 |',
      ),
    ).toBeUndefined();
  });
});

describe('a bare count a total word of any language gives beside a table of counts', () => {
  const table = (note: string) =>
    `| klass | elever |\n|---|---|\n| 1A | 2 |\n| 2B | 3 |\n| 3A | 1 |\n| 4C | 2 |\n\n${note}`;
  it('is wrong where the column adds up to another count', () => {
    expect(statedTotalAgainstTable(table('**Totalt: 6 glutenfria portioner per dag.**'))).toMatchObject({
      computed: 8,
    });
  });
  it('is nothing where it adds up, is a sum written out, a grouped figure, or its line gives the sum too', () => {
    expect(statedTotalAgainstTable(table('**Totalt: 8 glutenfria portioner per dag.**'))).toBeUndefined();
    expect(statedTotalAgainstTable(table('Totale: 6 doppie + 2 singole.'))).toBeUndefined();
    expect(statedTotalAgainstTable(table('Sum 1 610 t.'))).toBeUndefined();
    expect(statedTotalAgainstTable(table('Total: 3 classes, 8 pupils.'))).toBeUndefined();
  });
  it('is nothing where it counts something else: below one of the counts, or named by another column', () => {
    const sites = (note: string) =>
      `| Lokalitet | Lok.nr. | Behandlinger |\n|---|---|---|\n| Hestøya | 13742 | 0 |\n| Sandvær | 24118 | 1 (BB-17-0220) |\n| Kvitholmen | 31207 | 1 (BH-27-044) |\n\n${note}`;
    expect(statedTotalAgainstTable(sites('Totalt 2 behandlinger i april.'))).toBeUndefined();
    const pens = (note: string) =>
      `| Merd | Fisk | Behandlinger |\n|---|---|---|\n| M1 | 120 | 1 (BB-1) |\n| M2 | 140 | 0 |\n| M3 | 110 | 1 (BB-2) |\n\n${note}`;
    expect(statedTotalAgainstTable(pens('Totalt 370 fisk.'))).toBeUndefined();
    expect(statedTotalAgainstTable(pens('Totalt 380 fisk.'))).toMatchObject({ computed: 370 });
    expect(statedTotalAgainstTable(pens('Totalt 200 behandlinger.'))).toBeUndefined();
  });
});
