import { expectWellFormedTrace } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { network } from './network.ts';
import { handoffLines, tracePattern, turnAgents } from './trace-pattern.ts';

describe.each(['invoke', 'stream', 'events'] as const)(
  'network of agents handing off with Command (%s)',
  (mode) => {
    it('records each Command as a handoff carrying what the sender said', async () => {
      const { trace, analysis } = await tracePattern(network, mode);
      expectWellFormedTrace(trace);
      expect(turnAgents(trace)).toEqual(['travel_advisor', 'hotel_advisor', 'travel_advisor']);
      expect(handoffLines(trace)).toEqual([
        'command travel_advisor > hotel_advisor: Go to Tenerife in March: warm, sunny and mild.',
        'command hotel_advisor > travel_advisor: In Tenerife, Hotel Mar Azul in Puerto de la Cruz is quiet and close to the sea.',
      ]);
      expect(analysis.failure?.summary).toBeUndefined();
    });
  },
);
