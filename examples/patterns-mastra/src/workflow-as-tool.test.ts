import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { runPattern } from './run-pattern.ts';
import { workflowAsTool } from './workflow-as-tool.ts';

const findings = 'Adult cats sleep 12 to 16 hours a day.';

describe('an agent running a workflow as its tool (workflows: { researchFlow })', () => {
  it('records the task handed into the workflow’s agent and its answer back', async () => {
    const run = await runPattern((traced) =>
      workflowAsTool(traced, {
        assistant: [
          { tool: 'workflow-researchFlow', input: { inputData: { topic: 'how long cats sleep' } } },
          { text: `Cats sleep a lot: ${findings}` },
        ],
        researcher: [{ text: findings }],
      }),
    );
    expect(run.result).toBe(`Cats sleep a lot: ${findings}`);
    expectWellFormedTrace(run.trace);
    expect(run.trace.turns.map((turn) => turn.agent)).toEqual(['assistant', 'researcher']);
    expect(handoffSummary(run.trace)).toEqual([
      {
        kind: 'delegation',
        from: 'assistant',
        to: 'researcher',
        inferred: false,
        content: 'how long cats sleep',
      },
      { kind: 'return', from: 'researcher', to: 'assistant', inferred: false, content: findings },
    ]);
    expect(run.analysis.failure).toBeNull();
  });
});
