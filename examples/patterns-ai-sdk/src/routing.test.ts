import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { handleCustomerQuery } from './routing.ts';
import { runPattern } from './run-pattern.ts';

const classification = {
  reasoning: 'The customer was charged twice and wants the money back.',
  type: 'refund',
  complexity: 'simple',
};
const answer = 'I am sorry about the double charge. I have started a refund of the second payment of EUR 49.';

describe('routing (Output.object classification → specialist)', () => {
  it('infers a routing handoff from the classifier to the specialist its decision picked', async () => {
    const run = await runPattern(
      'customer-query',
      { classifier: [{ text: JSON.stringify(classification) }], refund_agent: [{ text: answer }] },
      (agents) =>
        handleCustomerQuery('I was charged twice for order 7730. Please give me my EUR 49 back.', agents),
    );
    expect(run.result.response).toBe(answer);
    expectWellFormedTrace(run.trace);
    expect(run.trace.turns.map((turn) => turn.agent)).toEqual(['classifier', 'refund_agent']);
    expect(handoffSummary(run.trace)).toEqual([
      { kind: 'route', from: 'classifier', to: 'refund_agent', inferred: true, content: 'refund' },
    ]);
    expect(run.trace.handoffs[0]).toMatchObject({ payload: { type: 'refund' }, metadata: { routing: true } });
    expect(run.analysis.failure).toBeNull();
  });
});
