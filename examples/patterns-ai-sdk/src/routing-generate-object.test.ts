import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { routeWithGenerateObject } from './routing-generate-object.ts';
import { runPattern } from './run-pattern.ts';
import { mode } from './traced-agents.ts';

const classification = { reasoning: 'The app crashes when the user uploads a photo.', type: 'technical' };
const answer = 'Update to version 4.2, which fixes the crash on photo upload.';

// Middleware only: the classifier's turn keeps the JSON text, not generateObject's parsed object.
describe.skipIf(mode === 'standalone')('routing with generateObject', () => {
  it('records the classifier as one turn with its object, and infers the routing handoff', async () => {
    const run = await runPattern(
      'generate-object-routing',
      { classifier: [{ text: JSON.stringify(classification) }], technical_agent: [{ text: answer }] },
      (agents) => routeWithGenerateObject('The app crashes whenever I upload a photo.', agents),
    );
    expect(run.result.text).toBe(answer);
    expectWellFormedTrace(run.trace);
    expect(run.trace.turns.map((turn) => turn.agent)).toEqual(['classifier', 'technical_agent']);
    const [classifier] = run.trace.turns;
    expect(classifier?.outputPayload).toEqual(classification);
    expect(classifier?.modelCalls.map((call) => call.model)).toEqual(['classifier-model']);
    expect(handoffSummary(run.trace)).toEqual([
      { kind: 'route', from: 'classifier', to: 'technical_agent', inferred: true, content: 'technical' },
    ]);
    expect(run.analysis.failure).toBeNull();
  });
});
