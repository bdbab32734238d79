import { expectWellFormedTrace } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { routingSupervisor } from './routing-supervisor.ts';
import { handoffLines, tracePattern, turnAgents } from './trace-pattern.ts';

describe.each(['invoke', 'stream', 'events'] as const)('supervisor routing on { next } (%s)', (mode) => {
  it('records { next } as a routing decision, never as a message, and the workers reporting back', async () => {
    const { trace, analysis } = await tracePattern(routingSupervisor, mode);
    expectWellFormedTrace(trace);
    expect(turnAgents(trace)).toEqual([
      'supervisor',
      'researcher',
      'supervisor',
      'chart_generator',
      'supervisor',
    ]);
    expect(handoffLines(trace)).toEqual([
      'edge supervisor > researcher: ',
      'return researcher > supervisor: UK GDP: 2021 3.1 trillion USD, 2022 3.1 trillion, 2023 3.3 trillion.',
      'edge supervisor > chart_generator: ',
      'return chart_generator > supervisor: Line chart of UK GDP 2021-2023 created.',
    ]);
    expect(trace.handoffs[0]).toMatchObject({ payload: { next: 'researcher' }, metadata: { routing: true } });
    // The decision picks the next node; nobody reads it as context.
    expect(trace.contextItems.map((item) => item.key)).not.toContain('state:next');
    expect(analysis.failure?.summary).toBeUndefined();
  });
});
