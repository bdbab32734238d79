import { expectWellFormedTrace } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { swarm } from './swarm.ts';
import { handoffLines, tracePattern, turnAgents } from './trace-pattern.ts';

describe.each(['invoke', 'stream', 'events'] as const)('createSwarm with handoff tools (%s)', (mode) => {
  it('records the handoff tool as a transfer carrying what the agent said', async () => {
    const { trace, analysis } = await tracePattern(swarm, mode);
    expectWellFormedTrace(trace);
    expect(turnAgents(trace)).toEqual(['flight_assistant', 'hotel_assistant']);
    expect(handoffLines(trace)).toEqual([
      'transfer flight_assistant > hotel_assistant: Your flight from BOS to JFK is booked; the hotel assistant will book the McKittrick Hotel.',
    ]);
    expect(trace.turns[0]?.toolCalls.map((call) => call.name)).toEqual([
      'book_flight',
      'transfer_to_hotel_assistant',
    ]);
    expect(analysis.failure?.summary).toBeUndefined();
  });
});
