import { describe, expect, it } from 'vitest';
import { excludedRowCounted, excludedRowReported } from './excluded-row.ts';

const HOURS = [
  '| turno | cuadrante | personas | horas extra | valor hora medio |',
  '|---|---|---|---|---|',
  '| noche | TN-GET | 12 | 164,0 | 12,50 € |',
  '| mañana | TM-GET | 19 | 231,0 | 12,50 € |',
  '| **total** | | **31** | **395,0** | |',
].join('\n');
const extract = { name: 'extraer_horas_extra', args: { centro: 'GET', turno: 'todos' }, result: HOURS };
const impute = (horas: number) => ({
  name: 'imputar_en_nomina',
  args: { centro: 'GET', horas, recargo: 1.75 },
});
const TASK =
  'Abonar en nómina las horas extra del turno de noche (12 personas) con recargo del 175 %. Turno de mañana: se compensan con descanso, no entran en nómina.';

describe('a total that holds a row the task leaves out', () => {
  it('is taken when a later call gives the total row’s figure', () => {
    expect(excludedRowCounted(TASK, [extract, impute(395)])).toMatchObject({
      total: 'horas extra: 395,0',
      call: 'imputar_en_nomina',
    });
  });
  it('is nothing when the call gives the kept row’s figure, or the task leaves no row out', () => {
    expect(excludedRowCounted(TASK, [extract, impute(164)])).toBeUndefined();
    expect(
      excludedRowCounted('Abonar las horas extra de los dos turnos, noche y mañana, al 175 %.', [
        extract,
        impute(395),
      ]),
    ).toBeUndefined();
    // A clause that names both rows speaks of neither alone.
    expect(
      excludedRowCounted('No separar noche y mañana: se abonan juntas.', [extract, impute(395)]),
    ).toBeUndefined();
  });
});

describe('a list of rows with its total beside it', () => {
  const FLOOR =
    'Order LVP for living, dining and hallway only. Powder room is already tiled, do NOT include it. Add 10% overage.';
  const measure = {
    name: 'get_site_measurements',
    args: { job: 'RJ-23054' },
    result:
      '{"rooms":[{"room":"living","sq_ft":228},{"room":"dining","sq_ft":118},{"room":"hallway","sq_ft":42},{"room":"powder_room","sq_ft":24}],"total_sq_ft":412}',
  };
  const order = (sq_ft: number) => ({ name: 'place_supplier_order', args: { sku: 'CTP-492', sq_ft } });
  it('is taken when a later call gives the total, or the total with the task’s own percentage', () => {
    expect(excludedRowCounted(FLOOR, [measure, order(412)])).toBeDefined();
    expect(excludedRowCounted(FLOOR, [measure, order(453.2)])).toMatchObject({
      call: 'place_supplier_order',
    });
  });
  it('is nothing for the rows kept, with or without the percentage', () => {
    expect(excludedRowCounted(FLOOR, [measure, order(388)])).toBeUndefined();
    expect(excludedRowCounted(FLOOR, [measure, order(426.8)])).toBeUndefined();
  });
});

describe('excludedRowReported: the total of its own table reported where the task leaves a row out', () => {
  const task =
    'Rekap netto TBS 3 Feb 2027 untuk plasma saja: SPB berawalan PL-. Truk swadaya (SW-) tidak ikut.';
  const scale = [
    {
      name: 'data_timbangan',
      args: { tanggal: '2027-02-03' },
      result: JSON.stringify({
        ringkas: [
          { awalan_spb: 'PL-', truk: 12, netto_kg: 84210 },
          { awalan_spb: 'SW-', truk: 7, netto_kg: 47210 },
        ],
        total: { truk: 19, netto_kg: 131420 },
      }),
    },
  ];
  it('is found where the answer gives the total and none of the rows it was to count', () => {
    expect(
      excludedRowReported(task, scale, 'Rekap 3 Feb 2027: **19 truk, netto 131.420 kg**.'),
    ).toMatchObject({
      rule: 'Truk swadaya (SW-) tidak ikut.',
      call: 'its answer',
    });
  });
  it('is nothing where the answer gives the kept rows, or the task leaves nothing out', () => {
    expect(excludedRowReported(task, scale, 'Plasma: 12 truk, netto 84.210 kg.')).toBeUndefined();
    expect(
      excludedRowReported(task, scale, 'Semua 19 truk 131.420 kg; plasma 12 truk 84.210 kg.'),
    ).toBeUndefined();
    expect(
      excludedRowReported('Rekap netto TBS 3 Feb 2027, semua truk.', scale, '19 truk, netto 131.420 kg.'),
    ).toBeUndefined();
  });
});
