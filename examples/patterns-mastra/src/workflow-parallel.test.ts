import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { runPattern } from './run-pattern.ts';
import { council } from './workflow-parallel.ts';

const pro = 'A four-day week cut sick days by 65% in the 2022 UK trial.';
const con = 'Support hours would drop unless shifts are staggered across five days.';

describe('.parallel() council joined by one step', () => {
  it('records one step handoff from each parallel agent into the join', async () => {
    const run = await runPattern((traced) =>
      council(traced, {
        optimist: [{ text: pro }],
        skeptic: [{ text: con }],
        judge: [{ text: 'Adopt it with staggered shifts: fewer sick days, support hours kept.' }],
      }),
    );
    expect(run.result.status).toBe('success');
    expectWellFormedTrace(run.trace);
    expect(run.trace.turns.map((turn) => turn.agent).sort()).toEqual(['judge', 'optimist', 'skeptic']);
    expect(handoffSummary(run.trace).sort((a, b) => a.from.localeCompare(b.from))).toEqual([
      { kind: 'step', from: 'optimist', to: 'judge', inferred: false, content: pro },
      { kind: 'step', from: 'skeptic', to: 'judge', inferred: false, content: con },
    ]);
    expect(run.analysis.failure).toBeNull();
  });
});
