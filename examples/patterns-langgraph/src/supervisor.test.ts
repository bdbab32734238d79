import { expectWellFormedTrace } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { supervisor } from './supervisor.ts';
import { handoffLines, tracePattern, turnAgents } from './trace-pattern.ts';

describe.each(['invoke', 'stream', 'events'] as const)(
  'createSupervisor with default handoff tools (%s)',
  (mode) => {
    it('records each transfer tool call as a routing transfer and each agent answer as a return', async () => {
      const { trace, analysis } = await tracePattern(supervisor, mode);
      expectWellFormedTrace(trace);
      expect(turnAgents(trace)).toEqual([
        'supervisor',
        'flight_assistant',
        'supervisor',
        'hotel_assistant',
        'supervisor',
      ]);
      expect(handoffLines(trace)).toEqual([
        'transfer supervisor > flight_assistant: ',
        'return flight_assistant > supervisor: Booked a flight from BOS to JFK.',
        'transfer supervisor > hotel_assistant: ',
        'return hotel_assistant > supervisor: Booked a stay at the McKittrick Hotel.',
      ]);
      expect(trace.handoffs[0]?.metadata).toEqual({ tool: 'transfer_to_flight_assistant', routing: true });
      expect(trace.turns[1]?.toolCalls.map((call) => call.name)).toEqual(['book_flight']);
      expect(analysis.failure?.summary).toBeUndefined();
    });
  },
);
