import { describe, expect, it } from 'vitest';
import { recordedFailure } from '../testing/recorded-failure.ts';

/** A site manager's brief, then a planner that reads the pen register and books a boat. */
async function plan(brief: string, booked: number) {
  return recordedFailure(async (tracer, clock) => {
    clock.advance(10);
    await tracer.turn('site_manager', async () => brief, {
      input: [{ role: 'user', content: 'Plan the bath for pen 6.' }],
    });
    tracer.handoff({ from: 'site_manager', to: 'treatment_planner', content: brief });
    clock.advance(10);
    const done = await tracer.turn(
      'treatment_planner',
      async (turn) => {
        turn
          .startToolCall({ name: 'pen_register', args: { pen: 6 } })
          .end({ result: 'Pen 6: count 61500; avg wt 3.60 kg; biomass 221.4 t; last update 26/11.' });
        turn
          .startToolCall({ name: 'book_wellboat', args: { pen: 6, biomass_t: booked } })
          .end({ result: `Booking RF-12 confirmed for ${booked} t.` });
        return `Booked RF-12 for pen 6.`;
      },
      { input: [{ role: 'user', content: brief }] },
    );
    tracer.handoff({ from: 'treatment_planner', to: 'site_manager', kind: 'return', content: done });
    clock.advance(10);
    return tracer.turn('site_manager', async () => `Bath for pen 6 booked (RF-12).`, {
      input: [{ role: 'user', content: done }],
    });
  });
}

const BRIEF =
  'Plan the bath for pen 6. Biomass after the grading: 48200 fish at 4.1 kg = 197.6 t (register not updated yet).';

describe('a source the brief says is behind', () => {
  it('is stale context when the receiver books with its figure instead of the brief’s', async () => {
    expect(await plan(BRIEF, 221.4)).toBe(
      'stale_context site_manager → treatment_planner (treatment_planner)',
    );
  });
  it('is nothing when the receiver books with the brief’s figure, or the brief never said it was behind', async () => {
    expect(await plan(BRIEF, 197.6)).toBeNull();
    expect(await plan('Plan the bath for pen 6; check the register for the biomass.', 221.4)).toBeNull();
  });
});

/** A director's brief, then a procurement lead that looks up the spec and briefs its buyer. */
async function order(brief: string, onward: string) {
  return recordedFailure(async (tracer, clock) => {
    clock.advance(10);
    await tracer.turn('design_director', async () => brief, {
      input: [{ role: 'user', content: 'Order the living-room fabric for ND-114.' }],
    });
    tracer.handoff({ from: 'design_director', to: 'procurement_lead', content: brief });
    clock.advance(10);
    await tracer.turn(
      'procurement_lead',
      async (turn) => {
        turn
          .startToolCall({ name: 'get_spec_sheet', args: { sheet: 'SP-04' } })
          .end({ result: 'SP-04 rev B: sofa fabric Hallingdal 65 col. 227, 14.0 m; armchairs TBC.' });
        return onward;
      },
      { input: [{ role: 'user', content: brief }] },
    );
    tracer.handoff({ from: 'procurement_lead', to: 'fabric_buyer', content: onward });
    clock.advance(10);
    return tracer.turn('fabric_buyer', async () => 'Ordered as briefed.', {
      input: [{ role: 'user', content: onward }],
    });
  });
}

const CHANGED =
  'ND-114: per the 11 Feb minutes the sofa fabric CHANGED to Hallingdal 65 colour 130 (light grey). 20.5 m in total.';

describe('a code the brief says changed, found old in the source', () => {
  it('is stale context where the receiver hands on the source’s old code', async () => {
    expect(await order(CHANGED, 'Pls order Hallingdal 65 col. 227, 20.5 m, one dye lot.')).toBe(
      'stale_context procurement_lead → fabric_buyer (procurement_lead)',
    );
  });
  it('is nothing when the receiver hands on the new code, or the brief changed nothing', async () => {
    expect(
      await order(CHANGED, 'Pls order Hallingdal 65 col. 130 (spec still says 227), 20.5 m.'),
    ).toBeNull();
    expect(
      await order(
        'ND-114: sofa fabric Hallingdal 65 colour 130 per the minutes.',
        'Pls order Hallingdal 65 col. 227.',
      ),
    ).toBeNull();
  });
});
