import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { runPattern } from './run-pattern.ts';
import { researchWithSubagent } from './subagent.ts';

const task = 'Find how many hours a day adult cats sleep, with a source.';
const findings = 'Adult cats sleep 12 to 16 hours a day (vetmed.example).';

describe('subagent (a tool whose execute runs a ToolLoopAgent)', () => {
  it('records the delegation with the task and the subagent answer as the reply', async () => {
    const run = await runPattern(
      'subagent',
      {
        assistant: [
          { tool: 'research', input: { task } },
          ({ lastToolResult }) => ({ text: `Here is what I found: ${lastToolResult}` }),
        ],
        researcher: [{ tool: 'search', input: { query: 'adult cat sleep hours' } }, { text: findings }],
      },
      (agents) => researchWithSubagent('How long do cats sleep?', agents),
    );
    expect(run.result).toBe(`Here is what I found: ${findings}`);
    expectWellFormedTrace(run.trace);
    expect(run.trace.turns.map((turn) => turn.agent)).toEqual(['assistant', 'researcher']);
    expect(handoffSummary(run.trace)).toEqual([
      { kind: 'delegation', from: 'assistant', to: 'researcher', inferred: false, content: task },
      { kind: 'return', from: 'researcher', to: 'assistant', inferred: false, content: findings },
    ]);
    expect(run.trace.turns[1]?.toolCalls.map((call) => call.name)).toEqual(['search']);
    expect(run.analysis.failure).toBeNull();
  });
});
