import { pipelineTopology } from '@handoff/core';
import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { runPattern } from './run-pattern.ts';
import { outlineThenDraft } from './stream-chain.ts';

const outline =
  '1. Cats sleep 12 to 16 hours a day. 2. They hunt at dawn and dusk. 3. Short naps keep them alert.';
const post = 'Cats sleep 12 to 16 hours a day, saving energy to hunt at dawn and dusk in short alert bursts.';

describe('sequential chain with streamText', () => {
  it('infers the streamed outline handed to the writer, and leaves the stream untouched', async () => {
    const deltas: string[] = [];
    const run = await runPattern(
      'streamed-chain',
      { outliner: [{ text: outline }], writer: [{ text: post }] },
      (agents) => outlineThenDraft('why cats sleep so much', agents, (delta) => deltas.push(delta)),
      // A fixed chain: declared, so a crash between the two steps would name the writer.
      { topology: pipelineTopology(['outliner', 'writer']) },
    );
    expect(run.result).toBe(post);
    expect(deltas.join('')).toBe(outline + post);
    expectWellFormedTrace(run.trace);
    expect(handoffSummary(run.trace)).toEqual([
      { kind: 'step', from: 'outliner', to: 'writer', inferred: true, content: outline },
    ]);
    // The declaration matches the program: its stages are the agents that ran, in that order.
    expect(run.trace.topology?.map((graph) => graph.nodes.map((node) => node.agent))).toEqual([
      run.trace.turns.map((turn) => turn.agent),
    ]);
    expect(run.analysis.failure).toBeNull();
  });
});
