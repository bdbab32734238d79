import { describe, expect, it } from 'vitest';
import type { Tracer } from '../recorder/create-tracer.ts';
import type { ManualClock } from '../testing/manual-clock.ts';
import { recordedFailure } from '../testing/recorded-failure.ts';

const DRAFT = 'Q3 report draft v1: revenue 1.24M EUR, costs 0.98M EUR, margin 21 %.';
const FIXED = 'Q3 report draft v2: revenue 1.42M EUR, costs 0.98M EUR, margin 31 %.';

/** One review round: the writer sends `draft`, the reviewer answers `verdict`. */
async function review(tracer: Tracer, clock: ManualClock, draft: string, verdict: string) {
  tracer.handoff({ from: 'report_writer', to: 'finance_reviewer', content: draft });
  clock.advance(10);
  const said = await tracer.turn('finance_reviewer', async () => verdict, {
    input: [{ role: 'user', content: draft }],
  });
  tracer.handoff({ from: 'finance_reviewer', to: 'report_writer', content: said });
  clock.advance(10);
}

/** The writer's turn after a verdict: it publishes, or only answers. */
async function writer(tracer: Tracer, clock: ManualClock, heard: string, publish: boolean) {
  return tracer.turn(
    'report_writer',
    async (turn) => {
      if (publish) {
        const call = turn.startToolCall({ name: 'publish_report', args: { quarter: 'Q3' } });
        clock.advance(10);
        call.end({ result: 'Published Q3 report to the investor portal.' });
      }
      return publish ? 'Q3 report published.' : 'Fixing the revenue line.';
    },
    { input: [{ role: 'user', content: heard }] },
  );
}

const REJECTED = 'REJECTED: revenue does not reconcile with the ledger (1.42M EUR, not 1.24M EUR).';

describe('a blocking verdict', () => {
  it('ignored by a publish call is a misread task of the agent that published', async () => {
    expect(
      await recordedFailure(async (tracer, clock) => {
        await tracer.turn('report_writer', async () => DRAFT);
        await review(tracer, clock, DRAFT, REJECTED);
        return writer(tracer, clock, REJECTED, true);
      }),
    ).toBe('misunderstood_task finance_reviewer → report_writer (report_writer)');
  });
  it('is the review loop working when the fix is cleared before the work goes out', async () => {
    expect(
      await recordedFailure(async (tracer, clock) => {
        await tracer.turn('report_writer', async () => DRAFT);
        await review(tracer, clock, DRAFT, REJECTED);
        await writer(tracer, clock, REJECTED, false);
        const approved = 'APPROVED: revenue now matches the ledger.';
        await review(tracer, clock, FIXED, approved);
        return writer(tracer, clock, approved, true);
      }),
    ).toBeNull();
  });
  it('is no verdict when a message only tells of a failure on the way', async () => {
    const told = 'The first ledger export failed, the retry worked: revenue 1.24M EUR confirmed.';
    expect(
      await recordedFailure(async (tracer, clock) => {
        await tracer.turn('report_writer', async () => DRAFT);
        await review(tracer, clock, DRAFT, told);
        return writer(tracer, clock, told, true);
      }),
    ).toBeNull();
  });
});
