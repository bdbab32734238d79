import { expectWellFormedTrace } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { parallelization } from './parallelization.ts';
import { handoffLines, tracePattern, turnAgents } from './trace-pattern.ts';

describe.each(['invoke', 'stream', 'events'] as const)(
  'parallelization with static fan-out and fan-in (%s)',
  (mode) => {
    it('records a handoff from each parallel branch to the aggregator', async () => {
      const { trace, analysis } = await tracePattern(parallelization, mode);
      expectWellFormedTrace(trace);
      expect(turnAgents(trace)).toEqual(['callLlm1', 'callLlm2', 'callLlm3', 'aggregator']);
      expect(handoffLines(trace)).toEqual([
        'edge callLlm1 > aggregator: A penguin walks into a bar and orders an ice tea.',
        'edge callLlm2 > aggregator: A young penguin crossed the ice to find the sea.',
        'edge callLlm3 > aggregator: Black and white on endless white, the penguin waits for light.',
      ]);
      expect(analysis.failure?.summary).toBeUndefined();
    });
  },
);
