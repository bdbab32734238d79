import { analyze } from '@handoff/core';
import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { runPatternTraces } from './run-pattern.ts';
import { workflowHumanReview } from './workflow-human-review.ts';

const draft = 'Meet the Aurora e-bike: 90 km range, EUR 2,400.';
const edited = 'Meet the Aurora e-bike: 90 km range, from EUR 2,400, shipping in May.';

describe('human in the loop (workflow step suspend() and run.resume())', () => {
  it("records the human's answer as a handoff to the agent of the resumed step, and the draft it was given before the pause", async () => {
    const { result, traces } = await runPatternTraces((traced) =>
      workflowHumanReview(
        traced,
        { writer: [{ text: draft }], editor: [{ text: edited }] },
        { approved: true, note: 'Say it ships in May.' },
      ),
    );
    expect(result.asked.status).toBe('suspended');
    expect(result.resumed.status).toBe('success');
    expect(traces).toHaveLength(2);
    const [asked, resumed] = traces as [(typeof traces)[0], (typeof traces)[0]];
    for (const trace of traces) expectWellFormedTrace(trace);

    expect(asked.turns.map((turn) => turn.agent)).toEqual(['writer']);
    expect(handoffSummary(asked)).toEqual([]);

    expect(resumed.workflow.metadata).toMatchObject({ resumed: true, resumes: [asked.workflow.id] });
    expect(resumed.turns.map((turn) => turn.agent)).toEqual(['editor']);
    expect(handoffSummary(resumed)).toEqual([
      // `resumeData` by its values, from the human to the agent of the step that suspended.
      { kind: 'return', from: 'human', to: 'editor', inferred: false, content: 'true\nSay it ships in May.' },
      // The review step's input was the draft step's output, recorded before the pause.
      { kind: 'step', from: 'writer', to: 'editor', inferred: false, content: draft },
    ]);
    const [answer, step] = resumed.handoffs;
    expect(answer?.payload).toEqual({ approved: true, note: 'Say it ships in May.' });
    expect(answer?.metadata).toMatchObject({ human: true, askedIn: { workflowId: asked.workflow.id } });
    expect(step?.metadata).toMatchObject({
      sentIn: { workflowId: asked.workflow.id, turnId: asked.turns[0]?.id },
    });
    expect(resumed.handoffs.every((handoff) => handoff.toTurnId === resumed.turns[0]?.id)).toBe(true);

    for (const trace of traces) expect((await analyze(trace)).failure).toBeNull();
  });
});
