import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { agentAsStep } from './agent-as-step.ts';
import { runPattern } from './run-pattern.ts';

const fact = 'Lisbon is older than Rome: people settled its hills around 1200 BC.';
const tip = 'Climb to the Castelo de São Jorge at dusk: the hill has been lived on since 1200 BC.';

describe('agents as steps (createStep(agent) with .map() prompts)', () => {
  it('records the step handoff through the .map() between the two agent steps', async () => {
    const run = await runPattern((traced) =>
      agentAsStep(traced, { city: [{ text: fact }], guide: [{ text: tip }] }),
    );
    expect(run.result.status).toBe('success');
    expectWellFormedTrace(run.trace);
    expect(run.trace.turns.map((turn) => turn.agent)).toEqual(['city-agent', 'guide-agent']);
    expect(handoffSummary(run.trace)).toEqual([
      { kind: 'step', from: 'city-agent', to: 'guide-agent', inferred: false, content: fact },
    ]);
    expect(run.analysis.failure).toBeNull();
  });
});
