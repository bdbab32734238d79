import { expectWellFormedTrace } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { handoffTools } from './handoff-tools.ts';
import { handoffLines, tracePattern, turnAgents } from './trace-pattern.ts';

describe.each(['invoke', 'stream', 'events'] as const)(
  'createReactAgent agents with Command.PARENT handoff tools (%s)',
  (mode) => {
    it('records the tool handoff between the agents of the parent graph', async () => {
      const { trace, analysis } = await tracePattern(handoffTools, mode);
      expectWellFormedTrace(trace);
      expect(turnAgents(trace)).toEqual(['flight_assistant', 'hotel_assistant']);
      expect(handoffLines(trace)).toEqual([
        'transfer flight_assistant > hotel_assistant: Flight BOS to JFK booked. Handing you to the hotel assistant for the McKittrick Hotel.',
      ]);
      expect(trace.turns.every((turn) => turn.status === 'ok')).toBe(true);
      expect(analysis.failure?.summary).toBeUndefined();
    });
  },
);
