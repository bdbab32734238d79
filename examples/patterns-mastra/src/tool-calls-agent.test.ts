import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { runPattern } from './run-pattern.ts';
import { toolCallsAgent } from './tool-calls-agent.ts';

describe('a tool whose execute calls another agent', () => {
  it('records a delegation with the tool’s input and the agent’s answer as the reply', async () => {
    const run = await runPattern((traced) =>
      toolCallsAgent(traced, {
        assistant: [
          { tool: 'translate', input: { text: 'Where is the station?', language: 'Portuguese' } },
          { text: 'You say: "Onde fica a estação?"' },
        ],
        translator: [{ text: 'Onde fica a estação?' }],
      }),
    );
    expect(run.result).toBe('You say: "Onde fica a estação?"');
    expectWellFormedTrace(run.trace);
    expect(run.trace.turns.map((turn) => turn.agent)).toEqual(['assistant', 'translator']);
    expect(handoffSummary(run.trace)).toEqual([
      {
        kind: 'delegation',
        from: 'assistant',
        to: 'translator',
        inferred: false,
        content: 'Where is the station?\nPortuguese',
      },
      {
        kind: 'return',
        from: 'translator',
        to: 'assistant',
        inferred: false,
        content: 'Onde fica a estação?',
      },
    ]);
    expect(run.trace.handoffs[0]?.payload).toEqual({ text: 'Where is the station?', language: 'Portuguese' });
    expect(run.analysis.failure).toBeNull();
  });
});
