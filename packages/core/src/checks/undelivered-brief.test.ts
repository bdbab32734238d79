import { describe, expect, it } from 'vitest';
import { recordedFailure } from '../testing/recorded-failure.ts';

const BRIEFS = {
  lead_engineer: 'Size the feeder for the 40 kW heat pump at unit 7, copper, 30 m run.',
  permit_clerk: 'File the grid connection notice for unit 7 with the DSO before 14 May.',
  site_surveyor: 'Measure the roof pitch and shading at unit 7 for the 6 kWp array.',
};

/** A planner that writes one brief per worker and hands on those `send` names. */
async function plan(briefs: Record<string, string>, send: string[], asLines = false) {
  return recordedFailure(async (tracer, clock) => {
    if (asLines)
      // The program declares its team; the planner writes its briefs as lines of text.
      tracer.currentWorkflow()?.declareTopology({
        name: 'retrofit',
        nodes: ['retrofit_planner', ...Object.keys(briefs)].map((id) => ({ id, agent: id })),
        edges: Object.keys(briefs).map((to) => ({ from: 'retrofit_planner', to, conditional: true })),
      });
    const written = asLines ? Object.values(briefs).join('\n') : JSON.stringify(briefs);
    await tracer.turn('retrofit_planner', async () => written, {
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
  it('is a lost message when the brief holds a condition of its own (not an optional brief)', async () => {
    const briefs = {
      ...BRIEFS,
      permit_clerk:
        'File the grid notice for unit 7 with the DSO before 14 May; tell me if a second notice is needed.',
    };
    expect(await plan(briefs, ['lead_engineer', 'site_surveyor'])).toBe(
      'lost_message retrofit_planner → permit_clerk (retrofit_planner)',
    );
    const optional = { ...BRIEFS, permit_clerk: 'Grid notice for unit 7 if quick. Optional.' };
    expect(await plan(optional, ['lead_engineer', 'site_surveyor'])).toBeNull();
  });
  it('reads briefs written as lines, for the one agent of the declared team that never ran', async () => {
    expect(await plan(BRIEFS, ['lead_engineer', 'site_surveyor'], true)).toBe(
      'lost_message retrofit_planner → permit_clerk (retrofit_planner)',
    );
    expect(await plan(BRIEFS, ['lead_engineer', 'permit_clerk', 'site_surveyor'], true)).toBeNull();
  });
  it('reads a key as a receiver when every other key of the plan went to its agent', async () => {
    // "grid_notice" names no role and no declared agent, but the plan is keyed by receivers all through.
    const { permit_clerk: brief, ...rest } = BRIEFS;
    const briefs = { ...rest, grid_notice: brief };
    expect(await plan(briefs, ['lead_engineer', 'site_surveyor'])).toBe(
      'lost_message retrofit_planner → grid_notice (retrofit_planner)',
    );
  });
  it('is nothing for a field of the plan that names no agent of the team', async () => {
    const { permit_clerk: _, ...rest } = BRIEFS;
    const briefs = { ...rest, deadline: 'Everything for unit 7 must be booked before 14 May.' };
    expect(await plan(briefs, ['lead_engineer', 'site_surveyor'])).toBeNull();
  });
});
