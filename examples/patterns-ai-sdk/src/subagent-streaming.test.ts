import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { runPattern } from './run-pattern.ts';
import { researchWithStreamingSubagent } from './subagent-streaming.ts';

const task = 'Find how many hours a day adult cats sleep, with a source.';
const findings = 'Adult cats sleep 12 to 16 hours a day (vetmed.example).';

describe('streaming subagent (async generator execute, readUIMessageStream, toModelOutput)', () => {
  it('records the delegation and the subagent answer, though the tool streams UI messages', async () => {
    const run = await runPattern(
      'streaming-subagent',
      {
        assistant: [
          { tool: 'research', input: { task } },
          ({ lastToolResult }) => ({ text: `Summary: ${lastToolResult}` }),
        ],
        researcher: [{ text: findings }],
      },
      (agents) => researchWithStreamingSubagent('How long do cats sleep?', agents),
    );
    expect(run.result).toBe(`Summary: ${findings}`);
    expectWellFormedTrace(run.trace);
    expect(run.trace.turns.map((turn) => turn.agent)).toEqual(['assistant', 'researcher']);
    expect(handoffSummary(run.trace)).toEqual([
      { kind: 'delegation', from: 'assistant', to: 'researcher', inferred: false, content: task },
      { kind: 'return', from: 'researcher', to: 'assistant', inferred: false, content: findings },
    ]);
    expect(run.analysis.failure).toBeNull();
  });
});
