import { describe, expect, it } from 'vitest';
import { excludedRowCounted } from './excluded-row.ts';

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
