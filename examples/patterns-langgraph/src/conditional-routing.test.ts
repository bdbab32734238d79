import { expectWellFormedTrace } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { conditionalRouting } from './conditional-routing.ts';
import { handoffLines, tracePattern, turnAgents } from './trace-pattern.ts';

describe.each(['invoke', 'stream', 'events'] as const)(
  'conditional routing by a router node (%s)',
  (mode) => {
    it('records the routing decision as a routing handoff with no text, its decision kept as payload', async () => {
      const { trace, analysis } = await tracePattern(conditionalRouting, mode);
      expectWellFormedTrace(trace);
      expect(turnAgents(trace)).toEqual(['llmCallRouter', 'llmCall2']);
      expect(handoffLines(trace)).toEqual(['edge llmCallRouter > llmCall2: ']);
      expect(trace.handoffs[0]).toMatchObject({ payload: { decision: 'joke' }, metadata: { routing: true } });
      expect(trace.turns[0]).toMatchObject({ output: '', outputPayload: { decision: 'joke' } });
      expect(analysis.failure?.summary).toBeUndefined();
    });
  },
);
