import { describe, expect, it } from 'vitest';
import { analyze } from '../diagnose/analyze.ts';
import { createTracer } from '../recorder/create-tracer.ts';
import { memoryStore } from '../stores/memory-store.ts';
import { manualClock } from '../testing/manual-clock.ts';

const ASK = 'Price forecast for TBS Riau for 22–27 March 2027, if the data exists.';

/** A router asks an optional forecaster, which looks up another period; the router answers without it. */
async function run(said: string, result: string) {
  const store = memoryStore();
  const clock = manualClock();
  const tracer = createTracer({ store, clock, flushOnExit: false });
  await tracer.workflow('rotation', async () => {
    await tracer.turn('router', async () => ASK, {
      input: [{ role: 'user', content: 'Plan the harvest rotation.' }],
    });
    tracer.handoff({ from: 'router', to: 'forecaster', content: ASK });
    clock.advance(1_000);
    await tracer.turn(
      'forecaster',
      async (turn) => {
        turn.startToolCall({ name: 'price_history', args: { until: '2027-03-19' } }).end({ result });
        return said;
      },
      { input: [{ role: 'user', content: ASK }] },
    );
    clock.advance(1_000);
    return tracer.turn(
      'planner',
      async () => 'Rotation 22–27 March: blocks A–F. No price forecast this week.',
      {
        input: [{ role: 'user', content: 'Plan the harvest rotation 22–27 March 2027.' }],
      },
    );
  });
  await tracer.flush();
  return analyze(store.traces()[0]!);
}

describe('a misread by a receiver that said nothing and whose calls found nothing', () => {
  it('is a warning, not the cause', async () => {
    const analysis = await run('', '{"periods": [], "note": "March period III not yet published"}');
    const misread = analysis.findings.filter((f) => f.kind === 'misunderstood_task');
    expect(misread.length).toBeGreaterThan(0);
    expect(misread.every((f) => f.severity === 'warning')).toBe(true);
  });
  it('stays an error where the receiver answered, or its call returned figures', async () => {
    for (const [said, result] of [
      ['Forecast up to 19 March: IDR 3,050/kg.', '{"periods": [], "note": "none"}'],
      ['', '{"periods": [{"until": "2027-03-19", "idr_kg": 3050}]}'],
    ] as const) {
      const analysis = await run(said, result);
      expect(analysis.findings.some((f) => f.kind === 'misunderstood_task' && f.severity === 'error')).toBe(
        true,
      );
    }
  });
});

const SLEEP_REQUEST =
  'Shot K-0129 (Pit 5 East, loaded Sat 13 Mar 2027) cannot fire Tuesday because of the dragline walk. Reschedule the firing. The ground is reactive, so the maximum sleep time is 3 days from loading: it must fire by Tue 16 Mar 2027 or be unloaded.';

/** A sorter answers only the route; code shows the handler the route and the request. */
async function routed(newDate: string, route = 'reschedule: K-0129', routing = false) {
  const store = memoryStore();
  const clock = manualClock();
  const tracer = createTracer({ store, clock, flushOnExit: false });
  await tracer.workflow('blast', async () => {
    await tracer.turn('sorter', async () => route, {
      input: [
        { role: 'system', content: 'Answer with one word, reschedule or design, then the shot id.' },
        { role: 'user', content: SLEEP_REQUEST },
      ],
    });
    tracer.handoff({
      from: 'sorter',
      to: 'scheduler',
      content: route,
      ...(routing ? { metadata: { routing } } : {}),
    });
    clock.advance(1_000);
    return tracer.turn(
      'scheduler',
      async (turn) => {
        turn
          .startToolCall({ name: 'reschedule_shot', args: { shot: 'K-0129', new_date: newDate } })
          .end({ result: { shot: 'K-0129', status: 'RESCHEDULED' } });
        return `K-0129 rescheduled to ${newDate}.`;
      },
      { input: [{ role: 'user', content: `Routing: ${route}\n\nRequest: ${SLEEP_REQUEST}` }] },
    );
  });
  await tracer.flush();
  return analyze(store.traces()[0]!);
}

describe('a receiver handed only a route and shown the request', () => {
  it('misread its task where its deeds break the request', async () => {
    for (const analysis of [await routed('2027-03-22'), await routed('2027-03-22', 'reschedule', true)])
      expect(analysis.failure).toMatchObject({
        kind: 'misunderstood_task',
        boundary: { from: 'sorter', to: 'scheduler' },
      });
  });
  it('understood it where they keep the request (the near miss)', async () => {
    expect((await routed('2027-03-15')).failure).toBeNull();
    expect((await routed('2027-03-16', 'reschedule', true)).failure).toBeNull();
  });
});

/** A lead asks two zone clerks, each as a tool, and hands their figures back. */
async function zones(result: (answer: string) => string) {
  const store = memoryStore();
  const clock = manualClock();
  const tracer = createTracer({ store, clock, flushOnExit: false });
  const BRIEF = 'October 2026: accepted leaf and M-Pesa batches for Zones A and B.';
  const answers = {
    zone_a_clerk:
      'Zone A Oct 2026: KGT-01 312,180 kg (KGT-2610, KES 6,812,440, paid); NGR-02 270,905 kg (NGR-2610, KES 5,904,100, paid). Total 583,085 kg.',
    zone_b_clerk:
      'Zone B Oct 2026: KJG-05 372,640 kg (KJG-2610, KES 8,127,600, paid); RKR-02 335,120 kg (RKR-2610, KES 7,311,050, paid). Total 707,760 kg.',
  };
  await tracer.workflow('close', async () => {
    await tracer.turn('finance_manager', async () => {
      tracer.handoff({ from: 'finance_manager', to: 'payments_lead', kind: 'delegation', content: BRIEF });
      clock.advance(10);
      return tracer.turn(
        'payments_lead',
        async (turn) => {
          for (const [clerk, answer] of Object.entries(answers)) {
            const call = turn.startToolCall({
              name: `ask_${clerk}`,
              args: { task: `${clerk}: October 2026` },
            });
            tracer.handoff({
              from: 'payments_lead',
              to: clerk,
              kind: 'delegation',
              content: `${clerk}: October 2026`,
            });
            clock.advance(10);
            await tracer.turn(clerk, async () => answer, {
              input: [{ role: 'user', content: `${clerk}: October 2026` }],
            });
            call.end({ result: result(answer) });
          }
          return 'Zone A: 583,085 kg, KGT-2610 and NGR-2610 paid. Zone B: 707,760 kg, KJG-2610 and RKR-2610 paid.';
        },
        { input: [{ role: 'user', content: BRIEF }] },
      );
    });
  });
  await tracer.flush();
  return analyze(store.traces()[0]!);
}

describe('a delegating call whose result is the answer of the agent it called', () => {
  it('is a report handed back, no listing the caller chose a record from', async () => {
    const analysis = await zones((answer) => answer);
    expect(analysis.findings.filter((f) => f.kind === 'misunderstood_task')).toEqual([]);
    expect(analysis.failure).toBeNull();
  });
});
