import { expectWellFormedTrace } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { mapReduce } from './map-reduce.ts';
import { handoffLines, tracePattern, turnAgents } from './trace-pattern.ts';

describe.each(['invoke', 'stream', 'events'] as const)('map-reduce with Send (%s)', (mode) => {
  it("records one Send per object payload, read by its values, and each worker's edge to the reducer", async () => {
    const { trace, analysis } = await tracePattern(mapReduce, mode);
    expectWellFormedTrace(trace);
    expect(turnAgents(trace)).toEqual(['generateTopics', 'generateJoke', 'generateJoke', 'bestJoke']);
    expect(handoffLines(trace)).toEqual([
      'send generateTopics > generateJoke: penguins',
      'send generateTopics > generateJoke: seals',
      'edge generateJoke > bestJoke: Penguins wear tuxedos because every day is a formal fish dinner.',
      'edge generateJoke > bestJoke: Seals never pay for dinner: they always put it on the flipper.',
    ]);
    expect(trace.handoffs.slice(0, 2).map((h) => h.payload)).toEqual([
      { subject: 'penguins' },
      { subject: 'seals' },
    ]);
    // Each payload went to its own worker.
    const workers = trace.turns.filter((turn) => turn.agent === 'generateJoke').map((turn) => turn.id);
    expect(trace.handoffs.slice(0, 2).map((h) => h.toTurnId)).toEqual(workers);
    expect(analysis.failure?.summary).toBeUndefined();
  });
});
