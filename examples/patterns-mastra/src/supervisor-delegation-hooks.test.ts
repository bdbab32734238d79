import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { runPattern } from './run-pattern.ts';
import { supervisorWithDelegationHooks } from './supervisor-delegation-hooks.ts';

const facts = '- Adaptive tutoring raised maths scores by 8% in a 2024 trial.';
const article = 'AI in education: adaptive tutoring raised maths scores by 8% in a 2024 trial.';
const rejection = '[Delegation Rejected] Delegation budget used up: write the article yourself.';

describe('supervisor with delegation hooks (onDelegationStart: modifiedPrompt, proceed: false)', () => {
  it('records what the parent sent and what the hook gave the subagent; a rejected delegation reaches no agent', async () => {
    const run = await runPattern((traced) =>
      supervisorWithDelegationHooks(traced, {
        parent: [
          { tool: 'agent-researchAgent', input: { prompt: 'Find facts on AI in education.' } },
          ({ lastToolResult }) => ({
            tool: 'agent-writingAgent',
            input: { prompt: `Write an article from: ${lastToolResult}` },
          }),
          { text: article },
        ],
        research: [{ text: facts }],
        writing: [{ text: 'never asked' }],
      }),
    );
    expect(run.result).toBe(article);
    expectWellFormedTrace(run.trace);
    expect(run.trace.turns.map((turn) => turn.agent)).toEqual(['parent-agent', 'research-agent']);
    expect(handoffSummary(run.trace)).toEqual([
      {
        kind: 'delegation',
        from: 'parent-agent',
        to: 'research-agent',
        inferred: false,
        content: 'Find facts on AI in education.',
      },
      { kind: 'return', from: 'research-agent', to: 'parent-agent', inferred: false, content: facts },
    ]);
    expect(run.trace.handoffs[0]?.metadata.receivedPrompt).toBe(
      'Find facts on AI in education.\n\nFocus on 2024-2025 data.',
    );
    // The rejected delegation is the parent's tool call, answered by the hook's reason.
    expect(
      run.trace.turns[0]?.toolCalls.map((call) => [call.name, (call.result as { text?: string }).text]),
    ).toEqual([
      ['agent-researchAgent', facts],
      ['agent-writingAgent', rejection],
    ]);
    expect(run.analysis.failure).toBeNull();
  });
});
