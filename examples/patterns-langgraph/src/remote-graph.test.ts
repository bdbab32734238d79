import { expectWellFormedTrace } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { remoteGraphAgent } from './remote-graph.ts';
import { handoffLines, tracePattern, turnAgents } from './trace-pattern.ts';

describe.each(['invoke', 'stream', 'events'] as const)('remote graph as a node (%s)', (mode) => {
  it('records the deployed graph as one agent named by its node, with its input and its answer', async () => {
    const { trace, analysis } = await tracePattern(remoteGraphAgent, mode);
    expectWellFormedTrace(trace);
    // Its own nodes run on the server: the local callbacks see the remote graph, not its agents.
    expect(turnAgents(trace)).toEqual(['planner', 'research_team', 'writer']);
    expect(handoffLines(trace)).toEqual([
      'edge planner > research_team: Find how many hours a day adult cats sleep.',
      'edge research_team > writer: Adult cats sleep 12 to 16 hours a day (vetmed.example).',
    ]);
    expect(analysis.failure?.summary).toBeUndefined();
  });
});
