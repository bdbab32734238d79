import { describe, expect, it } from 'vitest';
import { scoreOverThreshold } from './score-threshold.ts';

const RESULT = JSON.stringify({ wynik: 78, prog_eskalacji_SIU: 60, rekomendacja_modelu: 'ESKALACJA_SIU' });

describe('scoreOverThreshold', () => {
  it('reads a score at or over its threshold for escalation that the answer calls low', () => {
    expect(
      scoreOverThreshold([RESULT], 'Wynik scoringu **78/100** (próg 60). Ocena: ryzyko nadużycia niskie.'),
    ).toEqual({ score: 78, threshold: 60, key: 'prog_eskalacji_SIU' });
    expect(
      scoreOverThreshold([{ fraud_score: 0.91, review_threshold: 0.8 }], 'Fraud score 0.91: low risk, pay.'),
    ).toMatchObject({ score: 0.91 });
  });
  it('is nothing under the threshold, for a bar to pass, or where the answer does not call it low', () => {
    expect(
      scoreOverThreshold([{ wynik: 42, prog_eskalacji: 60 }], 'Wynik 42: ryzyko niskie.'),
    ).toBeUndefined();
    expect(
      scoreOverThreshold([{ credit_score: 780, approval_threshold: 700 }], 'Credit score 780: low risk.'),
    ).toBeUndefined();
    expect(scoreOverThreshold([RESULT], 'Wynik 78 ponad progiem 60: eskalacja do SIU.')).toBeUndefined();
  });
});
