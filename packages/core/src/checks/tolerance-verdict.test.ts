import { describe, expect, it } from 'vitest';
import { passedOutOfTolerance } from './tolerance-verdict.ts';

const BRIEF = 'Calibrate probe TE-0217 at 100 / 121 / 134 °C, tolerance ±0.5 °C per CAL-SOP-011.';
const readings = (errors: number[]) =>
  JSON.stringify({
    probe: 'TE-0217',
    readings: [100, 121, 134].map((set, i) => ({ set, ref: set, uut: set + errors[i]!, error: errors[i] })),
  });
const table = (errors: string[]) =>
  [
    '| point | ref | UUT | error |',
    '|---|---|---|---|',
    ...errors.map((e, i) => `| ${100 + i} °C | x | y | ${e} |`),
  ].join('\n');

describe('a pass verdict its own errors contradict', () => {
  it('reads an error outside the tolerance under a verdict that all passed', () => {
    expect(
      passedOutOfTolerance(
        BRIEF,
        `${table(['+0.18', '+1.10', '+0.29'])}\nAll within tolerance → **PASS**.`,
        [],
      ),
    ).toMatchObject({ error: '+1.10' });
    // The errors in the tool's records, the output only a verdict.
    expect(
      passedOutOfTolerance(BRIEF, 'TE-0217 verified, verdict PASS.', [readings([0.18, 1.1, 0.29])]),
    ).toMatchObject({
      error: '1.1',
    });
    // The tolerance in the output ("within ±0,5"), the errors written with a comma.
    expect(
      passedOutOfTolerance(
        'Kalibrieren.',
        `${table(['0,1', '-0,7', '0,2'])}\nAlle Punkte within ±0,5 °C: PASS`,
        [],
      ),
    ).toMatchObject({ error: '-0,7' });
  });
  it('is nothing when the errors are inside it, or the verdict says one is not', () => {
    expect(
      passedOutOfTolerance(BRIEF, `${table(['+0.18', '+0.41', '+0.29'])}\nAll within tolerance → PASS.`, []),
    ).toBeUndefined();
    expect(
      passedOutOfTolerance(
        BRIEF,
        `${table(['+0.18', '+1.10', '+0.29'])}\n121 °C out of tolerance → FAIL, adjust and recheck.`,
        [],
      ),
    ).toBeUndefined();
    // Errors in another unit than the tolerance's percent.
    expect(
      passedOutOfTolerance(
        'Flow meter, tolerance ±2 % of reading.',
        `${table(['1.5 %', '0.8 %', '1.9 %'])}\nPASS`,
        [readings([3, 4, 5])],
      ),
    ).toBeUndefined();
    // Two tolerances for different readings: which applies is not for a count to say.
    expect(
      passedOutOfTolerance(
        'Tolerance ±0.5 °C below 120 °C, ±1.5 °C above.',
        `${table(['+0.18', '+1.10', '+0.29'])}\nPASS`,
        [],
      ),
    ).toBeUndefined();
    // No column of errors: the readings themselves are far from the tolerance's figure.
    expect(
      passedOutOfTolerance(BRIEF, '| point | reading |\n|---|---|\n| 121 | 121.3 |\nPASS', []),
    ).toBeUndefined();
  });
  it('reads the verdict and the deviations in other languages', () => {
    const levantamento = JSON.stringify({
      pilares: [
        { id: 'P6', desvio_mm: 7 },
        { id: 'P7', desvio_mm: 14 },
      ],
    });
    expect(
      passedOutOfTolerance(
        'Conferir a locação dos pilares.',
        'Os 12 pilares estão dentro da tolerância de ±10 mm; maior desvio em P9 (8 mm).',
        [levantamento],
      ),
    ).toMatchObject({ error: '14' });
    expect(
      passedOutOfTolerance(
        'Conferir a locação dos pilares.',
        'P7 fora da tolerância de ±10 mm (14 mm); demais dentro da tolerância.',
        [levantamento],
      ),
    ).toBeUndefined();
  });
});
