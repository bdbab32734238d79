import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { runPattern } from './run-pattern.ts';
import { generateMarketingCopy } from './sequential-chain.ts';

const copy =
  'Meet the Ridge trail shoe: it grips wet rock and dries overnight, so no weekend hike has to wait.';
const improved = `${copy} Order yours today and get free returns.`;

describe('sequential chain (generateText → Output.object check → rewrite)', () => {
  it('infers the copy handed to the checker; the rewrite is the same agent', async () => {
    const run = await runPattern(
      'marketing-copy',
      {
        copywriter: [{ text: copy }, { text: improved }],
        quality_checker: [
          { text: JSON.stringify({ hasCallToAction: false, emotionalAppeal: 8, clarity: 9 }) },
        ],
      },
      (agents) => generateMarketingCopy('a waterproof trail shoe', agents),
    );
    expect(run.result.copy).toBe(improved);
    expectWellFormedTrace(run.trace);
    expect(run.trace.turns.map((turn) => turn.agent)).toEqual([
      'copywriter',
      'quality_checker',
      'copywriter',
    ]);
    expect(handoffSummary(run.trace)).toEqual([
      { kind: 'step', from: 'copywriter', to: 'quality_checker', inferred: true, content: copy },
    ]);
    expect(run.analysis.failure).toBeNull();
  });
});
