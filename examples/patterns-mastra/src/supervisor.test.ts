import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { runPattern } from './run-pattern.ts';
import { supervisor } from './supervisor.ts';

const facts =
  '- Adaptive tutoring raised maths scores by 8% in a 2024 trial.\n- 60% of teachers use AI for lesson planning.';
const article =
  'AI in education: adaptive tutoring raised maths scores by 8% in a 2024 trial, and 60% of teachers plan lessons with AI.';

describe('supervisor agent (agents: { researchAgent, writingAgent })', () => {
  it('records each delegation and reply under the agents’ ids', async () => {
    const run = await runPattern((traced) =>
      supervisor(traced, {
        parent: [
          { tool: 'agent-researchAgent', input: { prompt: 'Find facts on AI in education.' } },
          ({ lastToolResult }) => ({
            tool: 'agent-writingAgent',
            input: { prompt: `Write an article from: ${lastToolResult}` },
          }),
          ({ lastToolResult }) => ({ text: lastToolResult }),
        ],
        research: [{ text: facts }],
        writing: [{ text: article }],
      }),
    );
    expect(run.result).toBe(article);
    expectWellFormedTrace(run.trace);
    expect(run.trace.turns.map((turn) => turn.agent)).toEqual([
      'parent-agent',
      'research-agent',
      'writing-agent',
    ]);
    expect(run.trace.turns[1]?.metadata.displayName).toBe('Research Agent');
    expect(handoffSummary(run.trace)).toEqual([
      {
        kind: 'delegation',
        from: 'parent-agent',
        to: 'research-agent',
        inferred: false,
        content: 'Find facts on AI in education.',
      },
      { kind: 'return', from: 'research-agent', to: 'parent-agent', inferred: false, content: facts },
      {
        kind: 'delegation',
        from: 'parent-agent',
        to: 'writing-agent',
        inferred: false,
        content: `Write an article from: ${facts}`,
      },
      { kind: 'return', from: 'writing-agent', to: 'parent-agent', inferred: false, content: article },
    ]);
    expect(run.analysis.failure).toBeNull();
  });
});
