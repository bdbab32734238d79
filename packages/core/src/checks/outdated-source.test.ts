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
