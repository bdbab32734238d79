import { describe, expect, it } from 'vitest';
import { negatedAmountSet } from './negated-amount.ts';

const RULES =
  'riesgo de trabajo. Reglas: subsidio IMSS al **100 % del SBC desde el primer día**, sin días de espera; la empresa no paga salario.';
const subsidy = (args: Record<string, unknown>) => [
  { name: 'calcular_subsidio', args: { num: '0877', dias: 28, ...args } },
];

describe('an amount the task says there is none of', () => {
  it('is set when a call puts a number above zero under a key named for it', () => {
    expect(negatedAmountSet(RULES, subsidy({ porcentaje: 60, dias_espera: 3 }))).toMatchObject({
      set: 'calcular_subsidio dias_espera: 3',
    });
    expect(
      negatedAmountSet('Book it without a deposit, the client is on account.', [
        { name: 'book_venue', args: { deposit_eur: 500 } },
      ]),
    ).toBeDefined();
  });
  it('is switched on where the task says without it', () => {
    const brief =
      'Relève des tarifs : chambre double, tarif flexible (annulable), sans petit-déjeuner, pour comparaison.';
    expect(
      negatedAmountSet(brief, [{ name: 'scraper_tarifs', args: { petit_dejeuner: true } }]),
    ).toMatchObject({
      none: 'sans petit-déjeuner',
    });
    expect(
      negatedAmountSet(brief, [{ name: 'scraper_tarifs', args: { petit_dejeuner: false } }]),
    ).toBeUndefined();
  });
  it('is nothing at zero, under another key, or where "no" bounds the amount', () => {
    expect(negatedAmountSet(RULES, subsidy({ porcentaje: 100, dias_espera: 0 }))).toBeUndefined();
    expect(negatedAmountSet(RULES, subsidy({ porcentaje: 100 }))).toBeUndefined();
    expect(
      negatedAmountSet('Allow no more than 3 waiting days.', [{ name: 'claim', args: { waiting_days: 3 } }]),
    ).toBeUndefined();
    expect(
      negatedAmountSet('No charge for the first 2 bags.', [{ name: 'book', args: { bags: 2 } }]),
    ).toBeUndefined();
  });
  it('is nothing where "without" says which people the work is for', () => {
    const bus = [{ name: 'book_transport', args: { zones: 'MVD-040', vehicles: 2 } }];
    expect(negatedAmountSet('Bus pickup for evacuees without vehicles in MVD-040–043.', bus)).toBeUndefined();
    expect(negatedAmountSet('Transporte para personas sin vehículos.', bus)).toBeUndefined();
    expect(negatedAmountSet('Evacuate MVD-040 without vehicles: on foot only.', bus)).toBeDefined();
  });
});
