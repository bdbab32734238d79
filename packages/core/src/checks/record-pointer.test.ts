import { describe, expect, it } from 'vitest';
import { recordedFailure } from '../testing/recorded-failure.ts';
import { pointerOf } from './record-pointer.ts';

const MERGED = JSON.stringify({
  hospital_no: '4471203',
  injections: [],
  record_status: 'MERGED',
  merged_into: '4471930',
});
const REQUEST =
  'Mrs Horáková, no. 4471203, wet AMD left eye. Book her into the aflibercept list: loading doses if she is treatment-naive, otherwise continue at her interval.';

/** A coordinator asks a records clerk (whose lookup gets `result`) and a pharmacist, then books. */
const book = (result: string, clerkSays: string, booked: string) =>
  recordedFailure(async (tracer, clock) => {
    const brief = 'No. 4471203: prior intravitreal injections (drug, eye, dates)? Loading vs maintenance.';
    await tracer.turn('coordinator', async () => 'Asking records and pharmacy.', {
      input: [{ role: 'user', content: REQUEST }],
    });
    tracer.handoff({ from: 'coordinator', to: 'records_clerk', content: brief });
    clock.advance(10);
    await tracer.turn(
      'records_clerk',
      async (turn) => {
        turn.startToolCall({ name: 'injection_register', args: { hospital_no: '4471203' } }).end({ result });
        return clerkSays;
      },
      { input: [{ role: 'user', content: brief }] },
    );
    tracer.handoff({ from: 'records_clerk', to: 'coordinator', content: clerkSays });
    tracer.handoff({ from: 'coordinator', to: 'pharmacist', content: 'Aflibercept for 3 lists?' });
    clock.advance(10);
    await tracer.turn('pharmacist', async () => 'Reserved, lot AF-24411.', {
      input: [{ role: 'user', content: 'Aflibercept for 3 lists?' }],
    });
    tracer.handoff({ from: 'pharmacist', to: 'coordinator', content: 'Reserved, lot AF-24411.' });
    clock.advance(10);
    return tracer.turn('coordinator', async () => booked, {
      input: [{ role: 'user', content: `${REQUEST}\n${clerkSays}\nReserved, lot AF-24411.` }],
    });
  });

describe('a lookup whose result says the record lives on elsewhere', () => {
  it('reads where it points, by key or in words, an identifier only', () => {
    expect(pointerOf(MERGED)).toBe('4471930');
    expect(pointerOf('PO-2281 closed: superseded by PO-2291 on 02/03.')).toBe('PO-2291');
    expect(pointerOf('Meeting moved to Friday.')).toBeUndefined();
    expect(pointerOf(JSON.stringify({ booking: 'SP-114', moved_to: '2027-03-24' }))).toBeUndefined();
    expect(pointerOf('Spay for Bella moved to 24/03 at 09:00.')).toBeUndefined();
  });
  it('is a bad output of the agent that answered from the empty shell, one its coordinator went by', async () => {
    expect(
      await book(
        MERGED,
        '0 injections found under 4471203 — treat as treatment-naive.',
        'Booked: treatment-naive → loading, #1 Tue 9 Mar.',
      ),
    ).toBe('low_quality_output records_clerk → coordinator (records_clerk)');
  });
  it('is nothing when the answer says where the record went, or the record points nowhere', async () => {
    const said = '0 injections under 4471203, but it was merged into 4471930 — check there before loading.';
    expect(await book(MERGED, said, 'Held: history under 4471930 to check first.')).toBeNull();
    const plain = JSON.stringify({ hospital_no: '4471203', injections: [] });
    expect(
      await book(
        plain,
        '0 injections found under 4471203 — treat as treatment-naive.',
        'Booked: treatment-naive → loading.',
      ),
    ).toBeNull();
  });
});
