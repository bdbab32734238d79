import { expectWellFormedTrace } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { agentAsTool } from './agent-as-tool.ts';
import { handoffLines, tracePattern, turnAgents } from './trace-pattern.ts';

describe.each(['invoke', 'stream', 'events'] as const)('an agent called as a tool (%s)', (mode) => {
  it("records a delegation with the tool's query and the sub-agent's answer as a return", async () => {
    const { trace, analysis } = await tracePattern(agentAsTool, mode);
    expectWellFormedTrace(trace);
    expect(turnAgents(trace)).toEqual(['assistant', 'researcher']);
    expect(handoffLines(trace)).toEqual([
      'delegation assistant > researcher: Which penguin species is the tallest?',
      'return researcher > assistant: The Emperor penguin is the tallest: up to 122 cm.',
    ]);
    const [assistant, researcher] = trace.turns;
    expect(researcher?.parentTurnId).toBe(assistant?.id);
    // Each agent's model calls stay with it.
    expect([assistant?.modelCalls.length, researcher?.modelCalls.length]).toEqual([2, 1]);
    expect(assistant?.toolCalls.map((call) => call.result)).toEqual([
      'The Emperor penguin is the tallest: up to 122 cm.',
    ]);
    expect(analysis.failure?.summary).toBeUndefined();
  });
});
