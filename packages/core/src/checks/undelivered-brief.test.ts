import { describe, expect, it } from 'vitest';
import { recordedFailure } from '../testing/recorded-failure.ts';

const BRIEFS = {
  lead_engineer: 'Size the feeder for the 40 kW heat pump at unit 7, copper, 30 m run.',
  permit_clerk: 'File the grid connection notice for unit 7 with the DSO before 14 May.',
  site_surveyor: 'Measure the roof pitch and shading at unit 7 for the 6 kWp array.',
};

/** A planner that writes one brief per worker and hands on those `send` names. */
async function plan(briefs: Record<string, string>, send: string[]) {
  return recordedFailure(async (tracer, clock) => {
    await tracer.turn('retrofit_planner', async () => JSON.stringify(briefs), {
      input: [
        { role: 'user', content: 'Plan the retrofit of unit 7: heat pump, grid notice and PV survey.' },
      ],
    });
    const results: string[] = [];
    for (const worker of send) {
      clock.advance(10);
      tracer.handoff({ from: 'retrofit_planner', to: worker, content: briefs[worker]! });
      results.push(await tracer.turn(worker, async () => `${worker} done for unit 7.`));
    }
    clock.advance(10);
    return tracer.turn('retrofit_planner', async () => `Unit 7: ${results.join(' ')}`);
  });
}

describe('a brief the plan addressed to an agent that never got it', () => {
  it('is a lost message at the planner', async () => {
    expect(await plan(BRIEFS, ['lead_engineer', 'site_surveyor'])).toBe(
      'lost_message retrofit_planner → permit_clerk (retrofit_planner)',
    );
  });
  it('is nothing when every brief was sent', async () => {
    expect(await plan(BRIEFS, ['lead_engineer', 'permit_clerk', 'site_surveyor'])).toBeNull();
  });
  it('is nothing when the plan says that brief is not needed', async () => {
    const briefs = { ...BRIEFS, permit_clerk: 'No grid notice needed: the DSO already has unit 7 on file.' };
    expect(await plan(briefs, ['lead_engineer', 'site_surveyor'])).toBeNull();
  });
  it('is nothing for a field of the plan that names no agent of the team', async () => {
    const { permit_clerk: _, ...rest } = BRIEFS;
    const briefs = { ...rest, deadline: 'Everything for unit 7 must be booked before 14 May.' };
    expect(await plan(briefs, ['lead_engineer', 'site_surveyor'])).toBeNull();
  });
});
