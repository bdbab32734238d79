import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { agentNetwork } from './network.ts';
import { runPattern } from './run-pattern.ts';

const json = (value: unknown) => ({ text: JSON.stringify(value) });
const facts = 'Adult cats sleep 12 to 16 hours a day; kittens and old cats sleep up to 20.';
const report =
  'Cats are champion sleepers: adults sleep 12 to 16 hours a day, and kittens and old cats up to 20.';

describe('agent network (routing agent .network(), traced through exporter.traceNetwork)', () => {
  it('records routes, the agents’ runs and their replies under one name per agent', async () => {
    const run = await runPattern((traced) =>
      agentNetwork(traced, {
        router: [
          json({
            primitiveId: 'researchAgent',
            primitiveType: 'agent',
            prompt: 'Find how many hours a day cats sleep, by age.',
            selectionReason: 'facts first',
          }),
          json({ isComplete: false, completionReason: 'no report yet', finalResult: '' }),
          json({
            primitiveId: 'writingAgent',
            primitiveType: 'agent',
            prompt: `Write a short report from: ${facts}`,
            selectionReason: 'the facts need a report',
          }),
          json({ isComplete: true, completionReason: 'the report answers it', finalResult: report }),
        ],
        research: [{ text: facts }],
        writing: [{ text: report }],
      }),
    );
    expectWellFormedTrace(run.trace);
    // The router picks agents by their registration key; their runs and replies carry their id.
    expect([...new Set(run.trace.turns.map((turn) => turn.agent))]).toEqual([
      'routing-agent',
      'research-agent',
      'writing-agent',
    ]);
    expect(handoffSummary(run.trace)).toEqual([
      {
        kind: 'route',
        from: 'routing-agent',
        to: 'research-agent',
        inferred: false,
        content: 'Find how many hours a day cats sleep, by age.',
      },
      { kind: 'return', from: 'research-agent', to: 'routing-agent', inferred: false, content: facts },
      {
        kind: 'route',
        from: 'routing-agent',
        to: 'writing-agent',
        inferred: false,
        content: `Write a short report from: ${facts}`,
      },
      { kind: 'return', from: 'writing-agent', to: 'routing-agent', inferred: false, content: report },
    ]);
    expect(run.trace.handoffs.every((handoff) => handoff.fromTurnId && handoff.toTurnId)).toBe(true);
    expect(run.trace.handoffs[0]?.payload).toMatchObject({
      primitiveId: 'researchAgent',
      selectionReason: 'facts first',
    });
    expect(run.trace.workflow.output).toBe(report);
    expect(run.analysis.failure).toBeNull();
  });
});
