import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { runPattern } from './run-pattern.ts';
import { reviewLoop } from './workflow-loop.ts';

const first = 'The Sunbeam lantern charges in daylight. It lights your tent all night.';
const fix = 'Say how long it lasts: the battery gives 12 hours of light.';
const second =
  'The Sunbeam lantern charges in daylight. Its battery gives 12 hours of light, all night long.';
const approved = 'APPROVED: clear and specific.';

describe('.dountil() over a nested writer → reviewer workflow', () => {
  it('records each draft to the reviewer and the feedback back to the writer', async () => {
    const run = await runPattern((traced) =>
      reviewLoop(traced, {
        writer: [{ text: first }, { text: second }],
        reviewer: [{ text: fix }, { text: approved }],
      }),
    );
    expect(run.result.status).toBe('success');
    expectWellFormedTrace(run.trace);
    expect(run.trace.turns.map((turn) => turn.agent)).toEqual(['writer', 'reviewer', 'writer', 'reviewer']);
    // Each step passes the whole state on; a handoff carries what its agent's step changed in it.
    expect(handoffSummary(run.trace)).toEqual([
      { kind: 'step', from: 'writer', to: 'reviewer', inferred: false, content: first },
      { kind: 'step', from: 'reviewer', to: 'writer', inferred: false, content: fix },
      { kind: 'step', from: 'writer', to: 'reviewer', inferred: false, content: second },
    ]);
    expect(run.trace.handoffs[1]?.payload).toEqual({ feedback: fix });
    expect(run.analysis.failure).toBeNull();
  });
});
