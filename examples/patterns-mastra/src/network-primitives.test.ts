import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { networkPrimitives } from './network-primitives.ts';
import { runPattern } from './run-pattern.ts';

const json = (value: unknown) => ({ text: JSON.stringify(value) });
const sights = 'See the Belem Tower and the Alfama.';
const brief = 'Write a day plan for Lisbon: see the Belem Tower and the Alfama; sunny, 24 °C all week.';
const note = 'A sunny day in Lisbon: Belem Tower, then the Alfama.';

describe('agent network routing to a workflow, a tool and an agent', () => {
  it("routes into the workflow's agent and back, and records the tool as the router's call", async () => {
    const run = await runPattern((traced) =>
      networkPrimitives(traced, {
        router: [
          json({
            primitiveId: 'cityWorkflow',
            primitiveType: 'workflow',
            prompt: JSON.stringify({ city: 'Lisbon' }),
            selectionReason: 'sights first',
          }),
          json({ isComplete: false, completionReason: 'no weather yet', finalResult: '' }),
          json({
            primitiveId: 'weatherTool',
            primitiveType: 'tool',
            prompt: JSON.stringify({ city: 'Lisbon' }),
            selectionReason: 'weather next',
          }),
          json({ isComplete: false, completionReason: 'no note yet', finalResult: '' }),
          json({
            primitiveId: 'writingAgent',
            primitiveType: 'agent',
            prompt: brief,
            selectionReason: 'write it up',
          }),
          json({ isComplete: true, completionReason: 'the note answers it', finalResult: note }),
        ],
        guide: [{ text: sights }],
        writing: [{ text: note }],
      }),
    );
    expectWellFormedTrace(run.trace);
    expect(run.trace.turns.map((turn) => turn.agent)).toEqual([
      'routing-agent',
      'guide-agent',
      'routing-agent',
      'routing-agent',
      'writing-agent',
      'routing-agent',
    ]);
    expect(handoffSummary(run.trace)).toEqual([
      // The workflow's input, as the router wrote it (JSON), by its values, to the workflow's first agent.
      { kind: 'route', from: 'routing-agent', to: 'guide-agent', inferred: false, content: 'Lisbon' },
      { kind: 'return', from: 'guide-agent', to: 'routing-agent', inferred: false, content: sights },
      { kind: 'route', from: 'routing-agent', to: 'writing-agent', inferred: false, content: brief },
      { kind: 'return', from: 'writing-agent', to: 'routing-agent', inferred: false, content: note },
    ]);
    expect(run.trace.handoffs.every((handoff) => handoff.fromTurnId && handoff.toTurnId)).toBe(true);
    expect(run.trace.handoffs[0]?.payload).toMatchObject({
      primitiveId: 'cityWorkflow',
      primitiveType: 'workflow',
      input: { city: 'Lisbon' },
    });
    // A tool is no agent: the router's turn that picked it made the call, and its result is a fact.
    const toolTurn = run.trace.turns[2]!;
    expect(toolTurn.toolCalls.map((call) => [call.name, call.args, call.result])).toEqual([
      ['weather-tool', { city: 'Lisbon' }, { forecast: 'Lisbon: sunny, 24 °C all week.' }],
    ]);
    expect(run.trace.contextItems.map((item) => item.key)).toEqual(['tool:weather-tool({"city":"Lisbon"})']);
    expect(run.trace.workflow.output).toBe(note);
    expect(run.analysis.failure).toBeNull();
  });
});
