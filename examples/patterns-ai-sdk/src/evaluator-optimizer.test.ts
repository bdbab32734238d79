import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { translateWithFeedback } from './evaluator-optimizer.ts';
import { runPattern } from './run-pattern.ts';

const first = 'Le vieux pêcheur regardait la mer, et la mer le regardait aussi, patiente.';
const second = 'Le vieux pêcheur contemplait la mer, et la mer, patiente, le contemplait en retour.';
const review = {
  qualityScore: 6,
  preservesTone: false,
  preservesNuance: true,
  culturallyAccurate: true,
  specificIssues: ['The verb regardait is too flat for the contemplative tone of the original'],
  improvementSuggestions: ['Use contemplait to keep the slow, reflective rhythm'],
};
const pass = {
  ...review,
  qualityScore: 9,
  preservesTone: true,
  specificIssues: [],
  improvementSuggestions: [],
};

describe('evaluator-optimizer (translator ↔ Output.object evaluator loop)', () => {
  it('infers each translation handed to the evaluator and the feedback handed back', async () => {
    const run = await runPattern(
      'translation',
      {
        translator: [{ text: first }, { text: second }],
        evaluator: [{ text: JSON.stringify(review) }, { text: JSON.stringify(pass) }],
      },
      (agents) =>
        translateWithFeedback(
          'The old fisherman watched the sea, and the sea, patient, watched him back.',
          'French',
          agents,
        ),
    );
    expect(run.result).toEqual({ finalTranslation: second, iterationsRequired: 1 });
    expectWellFormedTrace(run.trace);
    expect(run.trace.turns.map((turn) => turn.agent)).toEqual([
      'translator',
      'evaluator',
      'translator',
      'evaluator',
    ]);
    expect(handoffSummary(run.trace)).toEqual([
      { kind: 'step', from: 'translator', to: 'evaluator', inferred: true, content: first },
      {
        kind: 'step',
        from: 'evaluator',
        to: 'translator',
        inferred: true,
        content: [...review.specificIssues, ...review.improvementSuggestions].join('\n'),
      },
      { kind: 'step', from: 'translator', to: 'evaluator', inferred: true, content: second },
    ]);
    expect(run.analysis.failure).toBeNull();
  });
});
