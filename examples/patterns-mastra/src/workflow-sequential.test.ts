import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { runPattern } from './run-pattern.ts';
import { sequentialWorkflow } from './workflow-sequential.ts';

const findings = 'Adult cats sleep 12 to 16 hours a day, mostly in short naps.';

describe('workflow .then() with agents called in steps', () => {
  it('records a step handoff carrying what the research step passed on', async () => {
    const run = await runPattern((traced) =>
      sequentialWorkflow(traced, {
        researcher: [{ text: findings }],
        writer: [
          ({ lastUserMessage }) => ({
            text: `- ${lastUserMessage.replace('Convert this message into bullet points: ', '')}`,
          }),
        ],
      }),
    );
    expect(run.result.status).toBe('success');
    expectWellFormedTrace(run.trace);
    expect(run.trace.turns.map((turn) => turn.agent)).toEqual(['researcher', 'writer']);
    expect(handoffSummary(run.trace)).toEqual([
      { kind: 'step', from: 'researcher', to: 'writer', inferred: false, content: findings },
    ]);
    expect(run.trace.handoffs[0]?.metadata).toMatchObject({ fromStep: 'research', step: 'write' });
    expect(run.analysis.failure).toBeNull();
  });
});
