import { expectWellFormedTrace } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { evaluatorOptimizer } from './evaluator-optimizer.ts';
import { handoffLines, tracePattern, turnAgents } from './trace-pattern.ts';

describe.each(['invoke', 'stream', 'events'] as const)('evaluator-optimizer loop (%s)', (mode) => {
  it("records each draft and the evaluator's feedback as handoffs around the loop", async () => {
    const { trace, analysis } = await tracePattern(evaluatorOptimizer, mode);
    expectWellFormedTrace(trace);
    expect(turnAgents(trace)).toEqual([
      'llmCallGenerator',
      'llmCallEvaluator',
      'llmCallGenerator',
      'llmCallEvaluator',
    ]);
    expect(handoffLines(trace)).toEqual([
      'edge llmCallGenerator > llmCallEvaluator: Penguins cannot fly.',
      'edge llmCallEvaluator > llmCallGenerator: not funny\nAdd wordplay about ice to make it a joke.',
      'edge llmCallGenerator > llmCallEvaluator: Why did the penguin skip the party? It heard the ice was already broken.',
    ]);
    expect(analysis.failure?.summary).toBeUndefined();
  });
});
