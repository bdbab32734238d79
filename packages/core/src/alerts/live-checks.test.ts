import { describe, expect, it } from 'vitest';
import { createTracer } from '../recorder/create-tracer.ts';
import type { Diagnostic } from '../recorder/tracer-options.ts';
import { memoryStore } from '../stores/memory-store.ts';
import { type Alert, liveChecks } from './live-checks.ts';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 20));

/** A booking team in another domain: the coordinator's dates are misread by the flight agent. */
async function bookingRun(
  tracer: ReturnType<typeof createTracer>,
  misread: boolean,
  during: () => Promise<void>,
) {
  return tracer.workflow('booking', async () => {
    const task = await tracer.turn(
      'coordinator',
      async () => 'Book a flight from Lisbon to Oslo on 2025-03-14 in EUR, at most 2 stops.',
    );
    tracer.handoff({ from: 'coordinator', to: 'flights', content: task });
    await tracer.turn(
      'flights',
      async (turn) => {
        const date = misread ? '2024-03-14' : '2025-03-14';
        turn
          .startToolCall({ name: 'search_flights', args: { from: 'Lisbon', to: 'Oslo', date } })
          .end({ result: 'TP1234 329 EUR, 1 stop' });
        return `Found TP1234 from Lisbon to Oslo on ${date} for 329 EUR with 1 stop.`;
      },
      { input: [{ role: 'user', content: task }] },
    );
    await during();
    tracer.handoff({ from: 'flights', to: 'summary', content: 'TP1234 329 EUR' });
    return tracer.turn('summary', async () => 'Booked TP1234 for 329 EUR.', {
      input: [{ role: 'user', content: 'TP1234 329 EUR' }],
    });
  });
}

describe('liveChecks', () => {
  it('fires an alert for a misread task before the next turn starts', async () => {
    const alerts: Alert[] = [];
    const tracer = createTracer({
      store: memoryStore(),
      flushOnExit: false,
      analysis: liveChecks({ onAlert: (alert) => void alerts.push(alert) }),
    });
    let alertsBeforeNextTurn = 0;
    await bookingRun(tracer, true, async () => {
      await tick();
      alertsBeforeNextTurn = alerts.length;
    });
    await tracer.flush();
    expect(alertsBeforeNextTurn).toBe(1);
    expect(alerts[0]?.finding).toMatchObject({
      kind: 'misunderstood_task',
      boundary: { from: 'coordinator', to: 'flights' },
    });
    expect(alerts[0]?.message).toContain('"2025-03-14" became "2024-03-14"');
  });

  it('stays silent on the healthy twin', async () => {
    const alerts: Alert[] = [];
    const tracer = createTracer({
      store: memoryStore(),
      flushOnExit: false,
      analysis: liveChecks({ onAlert: (alert) => void alerts.push(alert) }),
    });
    await bookingRun(tracer, false, tick);
    await tracer.flush();
    expect(alerts).toEqual([]);
  });

  it('alerts on low scores and contains a handler that throws', async () => {
    const diagnostics: Diagnostic[] = [];
    const tracer = createTracer({
      store: memoryStore(),
      flushOnExit: false,
      onDiagnostic: (d) => diagnostics.push(d),
      analysis: liveChecks({
        alerts: [{ type: 'score_below', name: 'delivery', threshold: 0.5 }],
        onAlert: () => {
          throw new Error('pager down');
        },
      }),
    });
    await expect(bookingRun(tracer, true, tick)).resolves.toBe('Booked TP1234 for 329 EUR.');
    await tracer.flush();
    expect(diagnostics.map((d) => d.code)).toContain('alert_handler_failed');
  });

  it('records findings at the end so tail sampling keeps failing workflows only', async () => {
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false, sample: { rate: 0, keepFailures: true } });
    await bookingRun(tracer, false, tick);
    await bookingRun(tracer, true, tick);
    await tracer.flush();
    const kept = store.traces();
    expect(kept).toHaveLength(1);
    expect(kept[0]?.findings.map((f) => f.kind)).toContain('misunderstood_task');
  });
});
