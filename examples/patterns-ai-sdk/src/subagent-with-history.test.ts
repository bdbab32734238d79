import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { runPattern } from './run-pattern.ts';
import { researchWithHistory } from './subagent-with-history.ts';

const task = 'Check the opening hours we discussed for Saturday.';
const answer = 'On Saturday the museum opens from 10:00 to 18:00.';

describe('subagent given the conversation (execute passes messages + task)', () => {
  it('records the delegation with the task, and the reply', async () => {
    const run = await runPattern(
      'subagent-history',
      {
        assistant: [
          { tool: 'research', input: { task } },
          ({ lastToolResult }) => ({ text: lastToolResult }),
        ],
        researcher: [{ text: answer }],
      },
      (agents) => researchWithHistory('When does the city museum open on Saturday?', agents),
    );
    expect(run.result).toBe(answer);
    expectWellFormedTrace(run.trace);
    expect(handoffSummary(run.trace)).toEqual([
      { kind: 'delegation', from: 'assistant', to: 'researcher', inferred: false, content: task },
      { kind: 'return', from: 'researcher', to: 'assistant', inferred: false, content: answer },
    ]);
    // The subagent's model saw the parent's question as well as the task.
    const shown = run.trace.turns[1]?.modelCalls[0]?.input.map((m) => m.content).join('\n');
    expect(shown).toContain('When does the city museum open on Saturday?');
    expect(shown).toContain(task);
    expect(run.analysis.failure).toBeNull();
  });
});
