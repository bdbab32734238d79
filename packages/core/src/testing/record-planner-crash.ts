import type { GraphTopology } from '../model/trace.ts';
import type { Tracer } from '../recorder/create-tracer.ts';

/**
 * Records the irrigation run that crashes after an agent: a reader hands the planner its readings
 * and the program's own range check throws on the planner's plan before `valves` runs, so nothing
 * was handed on and only a declared topology names the agent that should have run next. Shuts the
 * tracer down.
 */
export async function recordPlannerCrash(tracer: Tracer, topology?: GraphTopology): Promise<void> {
  await tracer
    .workflow(
      'irrigation',
      async () => {
        const readings = await tracer.turn('reader', async () => 'Block B7: 21 % moisture.');
        tracer.handoff({ from: 'reader', to: 'planner', content: readings });
        await tracer.turn('planner', async () => 'target=140 minutes=95');
        throw new RangeError('target moisture 140 is outside 0–100 %');
      },
      topology ? { topology } : {},
    )
    .catch(() => undefined);
  await tracer.shutdown();
}
