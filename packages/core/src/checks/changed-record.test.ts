import { describe, expect, it } from 'vitest';
import { analyze } from '../diagnose/analyze.ts';
import { createTracer } from '../recorder/create-tracer.ts';
import { memoryStore } from '../stores/memory-store.ts';
import { manualClock } from '../testing/manual-clock.ts';
import { changesIn } from './changed-record.ts';

const BOOKING = JSON.stringify({
  visit: 'SV-11204',
  booked: '2027-08-16T09:00',
  changes: [{ at: '2027-08-12T18:41', by: 'homeowner', from: '2027-08-16T09:00', to: '2027-08-17T14:00' }],
  current: '2027-08-17T14:00',
});

async function run(brief: string, result = BOOKING) {
  const store = memoryStore();
  const clock = manualClock();
  const tracer = createTracer({ store, clock, flushOnExit: false });
  await tracer.workflow('case', async () => {
    await tracer.turn('coordinator', async (turn) => {
      turn.startToolCall({ name: 'get_visit_booking', args: { lead: 'L-87093' } }).end({ result });
      clock.advance(1_000);
      tracer.handoff({ from: 'coordinator', to: 'estimator', content: brief });
      return brief;
    });
    clock.advance(1_000);
    return tracer.turn('estimator', async () => `Confirmed. ${brief}`, {
      input: [{ role: 'user', content: brief }],
    });
  });
  await tracer.flush();
  return analyze(store.traces()[0]!);
}

describe('a record the sender’s own tool shows changed', () => {
  it('is stale context at the sender when its brief gives the value it changed from', async () => {
    const analysis = await run(
      'SV-11204 for L-87093: bathroom measure, 60 min, Mon 08/16 at 9:00 AM. Please confirm.',
    );
    expect(analysis.failure).toMatchObject({
      kind: 'stale_context',
      boundary: { from: 'coordinator', to: 'estimator' },
      agent: 'coordinator',
    });
  });
  it('is quiet when the brief gives the new value, tells of the change, or the tool shows no change', async () => {
    for (const brief of [
      'SV-11204 for L-87093: bathroom measure, 60 min, Tue 08/17 at 2:00 PM. Please confirm.',
      'SV-11204 moved from Mon 08/16 9:00 AM to Tue 08/17 2:00 PM. Please confirm.',
    ]) {
      const analysis = await run(brief);
      expect(analysis.findings.filter((f) => f.kind === 'stale_context')).toEqual([]);
    }
    const unchanged = await run(
      'SV-11204 for L-87093: bathroom measure, Mon 08/16 at 9:00 AM.',
      JSON.stringify({ visit: 'SV-11204', booked: '2027-08-16T09:00', changes: [] }),
    );
    expect(unchanged.findings.filter((f) => f.kind === 'stale_context')).toEqual([]);
    // "from" and "to" of a rental period are no change.
    const period = await run(
      'One-way quote: pick up MUC 2027-08-16T09:00, drop off Vienna.',
      JSON.stringify({
        quote: 'QR-2291',
        args: { pickup: 'MUC', from: '2027-08-16T09:00', to: '2027-08-17T14:00' },
      }),
    );
    expect(period.findings.filter((f) => f.kind === 'stale_context')).toEqual([]);
  });
});

describe('a record given beside the one it replaced', () => {
  const FORECAST = {
    locatie: 'Schoonhoven',
    piek: { m_nap: 3.45, tijd: '2027-02-18T11:30' },
    vorige_uitgifte: { piek_m_nap: 3.1, tijd: '2027-02-18T14:00' },
  };
  it('pairs each earlier value with the current one whose path has the same words', () => {
    expect(changesIn(FORECAST)).toEqual([{ old: '3.1', now: '3.45' }]);
    // Nothing earlier, or an earlier record with nothing the current one has.
    expect(changesIn({ piek: { m_nap: 3.45 }, locatie: 'Schoonhoven' })).toEqual([]);
    expect(changesIn({ piek_m_nap: 3.45, previous_inspection: { inspector: 'J. Smit' } })).toEqual([]);
  });
  it('is stale context where the brief gives the earlier figure, in either decimal style', async () => {
    const result = JSON.stringify(FORECAST);
    const stale = await run(
      'Lek Schoonhoven: piek NAP +3,10 m. Sluit de coupures volgens het sluitplan.',
      result,
    );
    expect(stale.failure).toMatchObject({
      kind: 'stale_context',
      boundary: { from: 'coordinator', to: 'estimator' },
    });
    const kept = await run(
      'Lek Schoonhoven: piek NAP +3,45 m. Sluit de coupures volgens het sluitplan.',
      result,
    );
    expect(kept.findings.filter((f) => f.kind === 'stale_context')).toEqual([]);
  });
  it('is nothing where the brief gives the current whole figure with its zero decimals beside the earlier one', async () => {
    const result = JSON.stringify({
      cask: '17/0452',
      bulk_litres: 182,
      previous: { gauged_on: '2024-05-21', bulk_litres: 190.4 },
    });
    const both = await run(
      'Cask 17/0452\n| | BL | ABV |\n|---|---|---|\n| regauge 03/03/2027 | 182.0 | 58.4% |\n| gauge 21/05/2024 | 190.4 | 59.1% |',
      result,
    );
    expect(both.findings.filter((f) => f.kind === 'stale_context')).toEqual([]);
    const old = await run('Cask 17/0452: 190.4 BL, ready for bottling.', result);
    expect(old.failure).toMatchObject({ kind: 'stale_context' });
  });
  it('is nothing where the brief gives a one-digit figure in force with its decimals', async () => {
    // A one-digit figure in force, written with its decimals: "**2.0%**" beside the set-aside 4.5 %.
    const ruling = JSON.stringify({
      hs_final: '8519819500',
      duty_rate_pct: 2,
      superseded: { duty_rate_pct: 4.5 },
    });
    const given = await run('HS 8519.81.95, duty **2.0%** (8518.22.00: 4.5%).', ruling);
    expect(given.findings.filter((f) => f.kind === 'stale_context')).toEqual([]);
    expect((await run('HS 8519.81.95, duty 4.5%.', ruling)).failure).toMatchObject({ kind: 'stale_context' });
  });
});
