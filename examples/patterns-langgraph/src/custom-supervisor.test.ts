import { expectWellFormedTrace } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { customSupervisor } from './custom-supervisor.ts';
import { handoffLines, tracePattern, turnAgents } from './trace-pattern.ts';

describe.each(['invoke', 'stream', 'events'] as const)(
  'supervisor built by hand with Command (%s)',
  (mode) => {
    it("records the supervisor's Commands as routing handoffs and the agents' answers as returns", async () => {
      const { trace, analysis } = await tracePattern(customSupervisor, mode);
      expectWellFormedTrace(trace);
      expect(turnAgents(trace)).toEqual([
        'supervisor',
        'flight_agent',
        'supervisor',
        'hotel_agent',
        'supervisor',
      ]);
      expect(handoffLines(trace)).toEqual([
        'command supervisor > flight_agent: ',
        'return flight_agent > supervisor: Booked flight BA117 from London to New York on 12 May.',
        'command supervisor > hotel_agent: ',
        'return hotel_agent > supervisor: Booked 3 nights at the Pod 51 Hotel from 12 May.',
      ]);
      expect(trace.handoffs.filter((h) => h.kind === 'command').map((h) => h.metadata.routing)).toEqual([
        true,
        true,
      ]);
      expect(analysis.failure?.summary).toBeUndefined();
    });
  },
);
