import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { runPattern } from './run-pattern.ts';
import { triageBranch } from './workflow-branch.ts';

const decision = { category: 'billing', summary: 'Customer charged twice for the March invoice.' };

describe('.branch() on a triage agent step’s structured output', () => {
  it('records the step handoff from the triage agent to the branch that ran', async () => {
    const run = await runPattern((traced) =>
      triageBranch(traced, {
        triage: [{ text: JSON.stringify(decision) }],
        billing: [{ text: 'Refunded the duplicate March charge; it shows in 3-5 days.' }],
        support: [{ text: 'unused' }],
      }),
    );
    expect(run.result.status).toBe('success');
    expectWellFormedTrace(run.trace);
    expect(run.trace.turns.map((turn) => turn.agent)).toEqual(['triage', 'billing']);
    expect(handoffSummary(run.trace)).toEqual([
      {
        kind: 'step',
        from: 'triage',
        to: 'billing',
        inferred: false,
        content: `billing\n${decision.summary}`,
      },
    ]);
    expect(run.trace.handoffs[0]?.payload).toEqual(decision);
    expect(run.analysis.failure).toBeNull();
  });
});
