import { describe, expect, it } from 'vitest';
import { limitChangedInArgs, mixedUpFigureInArgs, thresholdChangedInArgs } from './threshold-args.ts';

const TASK = 'Disable human IAM users dormant ≥ 90 days as of 2026-12-06. Skip bg-* and svc-*.';

describe('a threshold of the task a call sets to another figure', () => {
  it('reads the call’s argument of the bound’s unit and side', () => {
    expect(thresholdChangedInArgs(TASK, [{ account: '4471', idle_days_min: 30 }])).toEqual({
      bound: '≥ 90 days',
      key: 'idle_days_min',
      value: 30,
    });
    expect(
      thresholdChangedInArgs('Pull the refunds issued in the last 30 days.', [
        '{"lookback_days": 90, "status": "refunded"}',
      ]),
    ).toMatchObject({ key: 'lookback_days', value: 90 });
    expect(
      thresholdChangedInArgs('Only tickets open 48+ hours.', [{ filter: { min_age_hours: 24 } }]),
    ).toMatchObject({
      key: 'min_age_hours',
    });
  });
  it('is nothing when the call keeps the bound, names another side or unit, or the task has several', () => {
    expect(thresholdChangedInArgs(TASK, [{ idle_days_min: 90 }])).toBeUndefined();
    // "more than 90 days" as at least 91.
    expect(thresholdChangedInArgs('Users idle more than 90 days.', [{ min_idle_days: 91 }])).toBeUndefined();
    // Another side: a cap on how many days back the report goes is not the dormancy bound.
    expect(thresholdChangedInArgs(TASK, [{ max_days: 365 }])).toBeUndefined();
    // Another unit, or no side in the key.
    expect(thresholdChangedInArgs(TASK, [{ idle_hours_min: 24, days: 30 }])).toBeUndefined();
    // Two bounds in days for different things: which one a key means is not for a figure to say.
    expect(
      thresholdChangedInArgs('Disable users idle ≥ 90 days; rotate keys older than 30 days.', [
        { min_days: 30 },
      ]),
    ).toBeUndefined();
  });
});

describe('a limit the task sets with its sign and unit, set to another figure in a call', () => {
  const BRIEF =
    '- Limite critico (piano HACCP rev. 11): **≥ 72,0 °C per 15 s**; ogni lettura sotto 72,0 °C è una deviazione';
  const extract = (limite_critico_c: number) => [
    { name: 'estrai_registro_ccp', args: { ccp: 'CCP2', dal: '2026-11-16', limite_critico_c } },
  ];
  it('is changed when the key names a limit in that unit', () => {
    expect(limitChangedInArgs(BRIEF, extract(70))).toMatchObject({ bound: '≥ 72,0 °C' });
  });
  it('is nothing at the figure, under another key, or where the task gives two limits in the unit', () => {
    expect(limitChangedInArgs(BRIEF, extract(72))).toBeUndefined();
    expect(limitChangedInArgs(BRIEF, [{ name: 'estrai', args: { media_c: 70 } }])).toBeUndefined();
    expect(limitChangedInArgs(`${BRIEF}. Allarme a ≥ 73,0 °C.`, extract(70))).toBeUndefined();
  });
});

describe('mixedUpFigureInArgs', () => {
  const task =
    'Permiso banco 3.465: **evacuación personas 500 m**, **equipos 300 m**, cierre camino C-2 desde 13:30.';
  const permit = (args: Record<string, unknown>) => [{ name: 'emitir_permiso', args }];
  it('catches a labelled figure given the value of another figure of its unit', () => {
    expect(
      mixedUpFigureInArgs(
        task,
        permit({ radio_evacuacion_personas_m: 300, radio_evacuacion_equipos_m: 300 }),
      ),
    ).toEqual({
      figure: 'evacuación personas 500 m',
      call: `emitir_permiso(radio_evacuacion_personas_m: 300, the task's "equipos 300 m")`,
    });
    expect(
      mixedUpFigureInArgs('Dose: adults 10 mg/kg, infants 5 mg/kg.', [
        { name: 'prescribe', args: { infant_dose_mg_per_kg: 10 } },
      ]),
    ).toBeDefined();
  });
  it('lets right figures, a key that does not tell them apart, another unit or another figure stand', () => {
    expect(
      mixedUpFigureInArgs(
        task,
        permit({ radio_evacuacion_personas_m: 500, radio_evacuacion_equipos_m: 300 }),
      ),
    ).toBeUndefined();
    expect(mixedUpFigureInArgs(task, permit({ radio_evacuacion_m: 300 }))).toBeUndefined();
    expect(mixedUpFigureInArgs(task, permit({ radio_personas_km: 0.3 }))).toBeUndefined();
    // A figure changed to one the task never gives is another reading's to judge.
    expect(mixedUpFigureInArgs(task, permit({ radio_evacuacion_personas_m: 450 }))).toBeUndefined();
    // A table's other column: the row's figure to use, not another row's.
    const bids =
      '| bidder | submitted | price to evaluate |\n|---|---|---|\n| Harrowgate | £48,120.00 | £52,740.00 |\n| Linden | £50,995.50 | £50,995.50 |';
    expect(
      mixedUpFigureInArgs(bids, [{ name: 'rank', args: { prices: { Harrowgate: 52740, Linden: 50995.5 } } }]),
    ).toBeUndefined();
  });
});
