import { analyze, createTracer, type Trace } from '@handoff/core';
import { expectWellFormedTrace, memoryStore } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { humanInTheLoop } from './human-in-the-loop.ts';
import { handoffLines, turnAgents } from './trace-pattern.ts';

describe.each(['invoke', 'stream', 'events'] as const)('human in the loop (%s)', (mode) => {
  it("records the human's answer as a handoff to the node that asked, across the two runs of the thread", async () => {
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    // runGraph makes a new handler per call, as an app that gets the answer in a request of its own would.
    await humanInTheLoop({ tracer, mode }, 'Yes, with an aisle seat.');
    await tracer.flush();
    const traces = store.traces() as Trace[];
    expect(traces).toHaveLength(2);
    const [asked, resumed] = traces as [Trace, Trace];
    for (const trace of traces) expectWellFormedTrace(trace);

    expect(turnAgents(asked)).toEqual(['planner', 'reviewer']);
    expect(handoffLines(asked)).toEqual([
      'edge planner > reviewer: Flight BA117 London to New York on 12 May, EUR 420.',
    ]);
    const question = asked.turns[1]!;
    expect(question.metadata).toMatchObject({
      interrupted: true,
      interrupts: [{ question: 'Book this flight?' }],
    });

    expect(resumed.workflow.metadata).toMatchObject({
      threadId: 'trip-1',
      resumed: true,
      resumes: [asked.workflow.id],
    });
    expect(turnAgents(resumed)).toEqual(['reviewer', 'booker']);
    expect(handoffLines(resumed)).toEqual([
      'return human > reviewer: Yes, with an aisle seat.',
      'command reviewer > booker: Yes, with an aisle seat.',
    ]);
    const answer = resumed.handoffs[0]!;
    expect(answer.toTurnId).toBe(resumed.turns[0]!.id);
    expect(answer.metadata).toMatchObject({
      human: true,
      question: { question: 'Book this flight?' },
      askedIn: { workflowId: asked.workflow.id, turnId: question.id },
    });
    expect(resumed.turns[0]!.input.at(-1)).toEqual({
      role: 'user',
      name: 'human',
      content: 'Yes, with an aisle seat.',
    });

    for (const trace of traces) expect((await analyze(trace)).failure).toBeNull();
  });
});
