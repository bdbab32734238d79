import { describe, expect, it } from 'vitest';
import { cellOfOtherRow, changedRowFigure, keyedCellChanged, tablesOf } from './table-cells.ts';

const readings =
  '| pitch | VWC % (0-75 mm) | target % | Clegg 2.25 kg (g) | grass mm |\n|---|---|---|---|---|\n| 6 | 22.4 | 18-24 | 84 | 4 |\n| 7 | 31.2 | 18-24 | 61 | 4 |\n| 8 | 25.0 | 18-24 | 77 | 6 |';

describe('cellOfOtherRow', () => {
  it("names a row's figure taken from another row of the same column", () => {
    const wrong = cellOfOtherRow(readings, 'Pitch 7 readiness: moisture 21%, Clegg 84 g, grass 4 mm. Ready.');
    expect(wrong).toMatchObject({ row: 'pitch 7', stated: '84', own: '61', other: 'pitch 6' });
  });

  it('reads JSON lists of records as tables', () => {
    const result = JSON.stringify({
      lanes: [
        { lane: 'L1', depth_m: 2.4, speed: 12 },
        { lane: 'L2', depth_m: 3.1, speed: 9 },
      ],
    });
    expect(tablesOf(result)).toHaveLength(1);
    expect(cellOfOtherRow(result, 'Lane L2 is fine: depth 2.4 m, speed 9.')).toMatchObject({
      row: 'lane L2',
      stated: '2.4',
      other: 'lane L1',
    });
  });

  it("keeps a row's own figures, rounded ones and figures of other columns", () => {
    expect(cellOfOtherRow(readings, 'Pitch 7: moisture 31.2%, Clegg 61 g, grass 4 mm.')).toBeUndefined();
    expect(cellOfOtherRow(readings, 'Pitch 7: Clegg 61 g, VWC 31%.')).toBeUndefined();
    // 4 is grass on every row; a figure no row holds is no other row's.
    expect(cellOfOtherRow(readings, 'Pitch 7: grass 4 mm, Clegg 65 g after rolling.')).toBeUndefined();
  });

  it('leaves outputs that compare rows', () => {
    expect(
      cellOfOtherRow(
        readings,
        'Pitch 7 is soft (Clegg 61 g); pitch 6 reads Clegg 84 g and is the better one.',
      ),
    ).toBeUndefined();
    expect(cellOfOtherRow(readings, 'Clegg 84 g on pitch 6 is the best. Pitch 7 is at 61.')).toBeUndefined();
  });

  it('needs a table: two rows under a header', () => {
    expect(cellOfOtherRow('| pitch | Clegg |\n|---|---|\n| 7 | 61 |', 'Pitch 7: Clegg 84.')).toBeUndefined();
  });
});

describe('changedRowFigure', () => {
  const lab = JSON.stringify({
    lots: [
      { lot: 'HM-01', purity: 94.1, moisture: 13.2, broken: 4.1, result: 'PASS' },
      { lot: 'HM-02', purity: 93.6, moisture: 13.5, broken: 4.4, result: 'PASS' },
      { lot: 'HM-03', purity: 95.0, moisture: 13.1, broken: 3.8, result: 'PASS' },
      { lot: 'HM-04', purity: 86.4, moisture: 13.4, broken: 4.0, result: 'FAIL' },
    ],
  });
  const table = (hm04: string, hm01 = '94.1% | 13.2% | 4.1%') =>
    `| ล็อต | ความบริสุทธิ์ | ความชื้น | ข้าวหัก | ผล |\n|---|---|---|---|---|\n| HM-01 | ${hm01} | ผ่าน |\n| HM-02 | 93.6% | 13.5% | 4.4% | ผ่าน |\n| HM-03 | 95.0% | 13.1% | 3.8% | ผ่าน |\n| HM-04 | ${hm04} |`;
  it('finds the one row copied with one figure changed, whatever the headers', () => {
    expect(changedRowFigure(lab, table('94.6% | 13.4% | 4.0% | ผ่าน'))).toEqual({
      row: 'HM-04',
      stated: '94.6',
      own: '86.4',
    });
  });
  it('finds nothing in a faithful or rounded copy, or a table recomputed throughout', () => {
    expect(changedRowFigure(lab, table('86.4% | 13.4% | 4.0% | ไม่ผ่าน'))).toBeUndefined();
    expect(changedRowFigure(lab, table('86 % | 13 % | 4 % | ไม่ผ่าน', '94 % | 13 % | 4 %'))).toBeUndefined();
    expect(
      changedRowFigure(lab, table('94.6% | 13.4% | 4.0% | ผ่าน', '95.0% | 13.2% | 4.1%')),
    ).toBeUndefined();
  });
});

describe('a row named in full and the others by their last group', () => {
  const LOTS = JSON.stringify({
    lotti: [
      { lotto: 'TA-26-331', spedite: 2160, a_magazzino: 0 },
      { lotto: 'TA-26-332', spedite: 1440, a_magazzino: 240 },
      { lotto: 'TA-26-333', spedite: 960, a_magazzino: 240 },
    ],
  });
  it('names all of them: no row is given another row’s figure', () => {
    expect(
      cellOfOtherRow(
        LOTS,
        'OD-4417 è finito in TA-26-331, 332 e 333: 480 confezioni ancora a magazzino (240 di 332 e 240 di 333).',
      ),
    ).toBeUndefined();
  });
  it('still reads a row named alone given another row’s figure', () => {
    expect(cellOfOtherRow(LOTS, 'Lotto TA-26-331: a magazzino 240 confezioni.')).toMatchObject({
      stated: '240',
    });
  });
});

describe('a table built from a record, one cell of it changed', () => {
  const noise = JSON.stringify({
    punt: 'gevel 3A',
    LAr_LT_dB: { dag_07_19: 46, avond_19_23: 41, nacht_23_07: 44 },
    norm_dB: { dag: 50, avond: 45, nacht: 40 },
    piek_LAmax_nacht_dB: 58,
  });
  const table = (night: string) =>
    `| periode | LAr,LT | norm |\n|---|---|---|\n| dag | 46 dB(A) | 50 |\n| avond | 41 dB(A) | 45 |\n| nacht | ${night} dB(A) | 40 |`;
  it('is found by the words of the keys the rows and columns name', () => {
    expect(keyedCellChanged(noise, table('38'))).toMatchObject({ row: 'nacht', stated: 38, own: 44 });
  });
  it('is not found where every cell is copied, rounded or converted throughout', () => {
    expect(keyedCellChanged(noise, table('44'))).toBeUndefined();
    const prices = JSON.stringify({
      gross: { jan: 1250.4, feb: 1310.6, mar: 990.2 },
      net: { jan: 1000, feb: 1048, mar: 792 },
    });
    // Rounded as written, and a whole column converted (EUR → kEUR) is no copy of the record.
    expect(
      keyedCellChanged(
        prices,
        '| month | gross | net |\n|---|---|---|\n| jan | 1,250 | 1.0 |\n| feb | 1,311 | 1.05 |\n| mar | 990 | 0.79 |',
      ),
    ).toBeUndefined();
  });
  it('is not found where the changed figure is another figure of the record, or two cells differ', () => {
    expect(keyedCellChanged(noise, table('58'))).toBeUndefined();
    expect(
      keyedCellChanged(
        noise,
        '| periode | LAr,LT | norm |\n|---|---|---|\n| dag | 47 dB(A) | 50 |\n| avond | 41 dB(A) | 45 |\n| nacht | 38 dB(A) | 40 |',
      ),
    ).toBeUndefined();
  });
});

describe('a label | value table built from a record', () => {
  const geometry =
    '{"miss_total_m": 1630, "radial_m": 412, "transversal_m": 1571, "normal_m": 96, "sigma_radial_m": 58, "pc": 2.4e-5}';
  const table = (radial: string) =>
    `| componente | valor |\n|---|---|\n| distancia total | 1630 m |\n| radial | **${radial} m** |\n| transversal | 1571 m |\n| normal | 96 m |\n| σ radial | 58 m |`;
  it('is read row by row: the field a row names in full', () => {
    expect(keyedCellChanged(geometry, table('41,2'))).toMatchObject({
      row: 'radial',
      stated: 41.2,
      own: 412,
    });
  });
  it('is quiet when copied, or given in another unit throughout', () => {
    expect(keyedCellChanged(geometry, table('412'))).toBeUndefined();
    expect(
      keyedCellChanged(
        geometry,
        '| componente | valor |\n|---|---|\n| distancia total | 1,63 km |\n| radial | 0,41 km |\n| transversal | 1,57 km |',
      ),
    ).toBeUndefined();
  });
});

describe('a table without a decimal mark built from a record', () => {
  const deliveries =
    '{"leverancer": [{"kunde": "Coop Danmark", "bakker": 1240}, {"kunde": "Salling Group", "bakker": 2860}, {"kunde": "Dagrofa", "bakker": 915}, {"kunde": "Lidl Danmark", "bakker": 1480}]}';
  const table = (salling: string) =>
    `| kunde | bakker |\n|---|---|\n| Coop Danmark | 1.240 |\n| Salling Group | ${salling} |\n| Dagrofa | 915 |\n| Lidl Danmark | 1.480 |`;
  it('reads "1.240" both ways and finds the cell no reading of which is the record’s', () => {
    expect(keyedCellChanged(deliveries, table('1.860'))).toMatchObject({
      row: 'Salling Group',
      stated: 1860,
      own: 2860,
    });
  });
  it('keeps the cells one reading of which is the record’s', () => {
    expect(keyedCellChanged(deliveries, table('2.860'))).toBeUndefined();
  });
});
