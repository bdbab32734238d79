import { expectWellFormedTrace } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { sequential } from './sequential.ts';
import { handoffLines, tracePattern, turnAgents } from './trace-pattern.ts';

describe.each(['invoke', 'stream', 'events'] as const)('sequential edges (%s)', (mode) => {
  it("records one turn per agent and an edge carrying each agent's answer to the next", async () => {
    const { trace, analysis } = await tracePattern(sequential, mode);
    expectWellFormedTrace(trace);
    expect(turnAgents(trace)).toEqual(['planner', 'researcher', 'writer']);
    expect(handoffLines(trace)).toEqual([
      'edge planner > researcher: Research where emperor penguins breed, then write two lines.',
      'edge researcher > writer: Emperor penguins breed on Antarctic sea ice in winter.',
    ]);
    expect(analysis.failure?.summary).toBeUndefined();
  });
});
