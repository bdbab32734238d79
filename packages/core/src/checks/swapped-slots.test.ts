import { describe, expect, it } from 'vitest';
import { recordedFailure } from '../testing/recorded-failure.ts';
import { keepsOldSlot, swapsOf } from './swapped-slots.ts';

const DRAFT =
  'Draft Sat 14/06: EARLY 06:30-14:30 Deniz Aksoy, Priya Nair. LATE 13:30-21:30 Kasia Wrona, Lily Hart.';
const SWAPS = JSON.stringify([
  { id: 'SW-311', status: 'approved', swap: 'Deniz Aksoy EARLY <-> Lily Hart LATE', reason: 'exam Sat am' },
]);

describe('two people’s slots swapped', () => {
  it('reads an approved swap, not a pending or rejected one', () => {
    expect(swapsOf(SWAPS).map((s) => `${s.a} ${s.slotA} ${s.b} ${s.slotB}`)).toEqual([
      'Deniz Aksoy EARLY Lily Hart LATE',
    ]);
    expect(swapsOf(SWAPS.replace('approved', 'pending'))).toEqual([]);
  });
  it('finds a text that keeps either in their old slot, by its name or its hours', () => {
    const [swap] = swapsOf(SWAPS);
    const context = `${DRAFT}\n${SWAPS}`;
    expect(
      keepsOldSlot('Hours: Deniz Aksoy 06:30-14:30 (8h), Priya Nair 06:30-14:30 (8h)', swap!, context),
    ).toBeDefined();
    expect(keepsOldSlot('Final: early Deniz, Priya; late Kasia, Lily.', swap!, context)).toBeDefined();
    expect(
      keepsOldSlot('Hours: Lily Hart 06:30-14:30 (8h), Deniz Aksoy 13:30-21:30 (8h)', swap!, context),
    ).toBeUndefined();
    expect(keepsOldSlot('Final: early Lily, Priya; late Kasia, Deniz.', swap!, context)).toBeUndefined();
  });
  it('is stale context where the agent whose tool gave the swap passes the old slots on', async () => {
    const signOff = (hours: string) =>
      recordedFailure(async (tracer, clock) => {
        clock.advance(10);
        await tracer.turn('rota_builder', async () => DRAFT, {
          input: [{ role: 'user', content: 'Rota for Sat 14/06.' }],
        });
        tracer.handoff({ from: 'rota_builder', to: 'supervisor', content: DRAFT });
        clock.advance(10);
        await tracer.turn(
          'supervisor',
          async (turn) => {
            turn
              .startToolCall({ name: 'swap_requests', args: { date: '2026-06-14' } })
              .end({ result: SWAPS });
            tracer.handoff({ from: 'supervisor', to: 'payroll', content: hours });
            return 'Signed off.';
          },
          { input: [{ role: 'user', content: DRAFT }] },
        );
        clock.advance(10);
        return tracer.turn('payroll', async () => 'Posted TS-24.', {
          input: [{ role: 'user', content: hours }],
        });
      });
    expect(
      await signOff('Deniz Aksoy 06:30-14:30 (8h), Lily Hart 13:30-21:30 (8h), Priya Nair 06:30-14:30 (8h).'),
    ).toBe('stale_context supervisor → payroll (supervisor)');
    expect(
      await signOff('Lily Hart 06:30-14:30 (8h), Deniz Aksoy 13:30-21:30 (8h), Priya Nair 06:30-14:30 (8h).'),
    ).toBeNull();
  });
});
