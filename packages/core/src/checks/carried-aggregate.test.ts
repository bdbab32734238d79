import { describe, expect, it } from 'vitest';
import { recordedFailure } from '../testing/recorded-failure.ts';
import { carriedAggregate, wrongTableAggregate } from './aggregates.ts';

const REQUEST = 'Weekly lost-parcel report for depot 7: counts by type and the total.';
const TABLE = (total: string) =>
  `## Depot 7 — week 12\n\n| type | parcels |\n|---|---|\n| missing | 41 |\n| damaged | 17 |\n| misrouted | 9 |\n| **total** | **${total}** |`;

/** A manager asks a counter for the counts, then tables what came back. */
const report = (counterSays: string, table: string) =>
  recordedFailure(async (tracer, clock) => {
    const brief = 'Depot 7, week 12: count lost parcels by type (missing, damaged, misrouted) and the total.';
    await tracer.turn('manager', async () => 'Asking the counter.', {
      input: [{ role: 'user', content: REQUEST }],
    });
    tracer.handoff({ from: 'manager', to: 'counter', content: brief });
    clock.advance(10);
    await tracer.turn(
      'counter',
      async (turn) => {
        turn
          .startToolCall({ name: 'parcel_query', args: { depot: 7, week: 12 } })
          .end({ result: '{"missing": 41, "damaged": 17, "misrouted": 9}' });
        return counterSays;
      },
      { input: [{ role: 'user', content: brief }] },
    );
    tracer.handoff({ from: 'counter', to: 'manager', content: counterSays });
    clock.advance(10);
    return tracer.turn('manager', async () => table, {
      input: [{ role: 'user', content: `${REQUEST}\n${counterSays}` }],
    });
  });

describe('a wrong total carried from the agent that summed it', () => {
  it('is carried when the total and every figure it adds were in what the sender said', () => {
    const wrong = wrongTableAggregate(TABLE('52'))!;
    expect(wrong).toMatchObject({ stated: 52, computed: 67, figures: [41, 17, 9] });
    expect(carriedAggregate(wrong, 'Week 12: 41 missing, 17 damaged, 9 misrouted — total 52.')).toBe(true);
    // The sender gave the parts and no total, or another total: the table's author summed.
    expect(carriedAggregate(wrong, 'Week 12: 41 missing, 17 damaged, 9 misrouted.')).toBe(false);
    expect(carriedAggregate(wrong, 'Week 12: 41 missing, 17 damaged, 9 misrouted, 67 in all.')).toBe(false);
  });
  it('reads the sender’s figures in either decimal style', () => {
    const wrong = wrongTableAggregate(
      '| konto | zaległość |\n|---|---|\n| A | 9 120,40 zł |\n| B | 4 311,15 zł |\n| **razem** | **3 431,55 zł** |',
    )!;
    expect(wrong).toMatchObject({ stated: 3431.55, computed: 13431.55 });
    expect(carriedAggregate(wrong, 'A: 9 120,40 zł, B: 4 311,15 zł; razem 3 431,55 zł')).toBe(true);
    expect(carriedAggregate(wrong, 'A: 9120.40, B: 4311.15; total 3431.55')).toBe(true);
  });
  it('is the sender’s bad output, at its boundary', async () => {
    expect(
      await report('Week 12: 41 missing, 17 damaged, 9 misrouted — total 52 parcels.', TABLE('52')),
    ).toBe('low_quality_output counter → manager (counter)');
  });
  it('is the author’s own when the sender’s sum was right, and nothing when the table is', async () => {
    expect(
      await report('Week 12: 41 missing, 17 damaged, 9 misrouted — 67 parcels in all.', TABLE('52')),
    ).toBe('low_quality_output manager → (output) (manager)');
    expect(
      await report('Week 12: 41 missing, 17 damaged, 9 misrouted — total 67 parcels.', TABLE('67')),
    ).toBeNull();
  });
});

describe('a total row in more currencies and languages', () => {
  it('reads rand and sol before the figure, and "kokku"', () => {
    expect(
      wrongTableAggregate(
        '| meter | arrears |\n|---|---|\n| 0419 | R9 120,40 |\n| 0420 | R4 311,15 |\n| **total** | **R3 431,55** |',
      ),
    ).toMatchObject({ stated: 3431.55, computed: 13431.55 });
    expect(
      wrongTableAggregate(
        '| partida | monto |\n|---|---|\n| becas | S/ 312 000 |\n| trochas | S/ 415 000 |\n| **Total** | **S/ 627 000** |',
      ),
    ).toMatchObject({ stated: 627_000, computed: 727_000 });
    expect(
      wrongTableAggregate(
        '| taotleja | lõiv |\n|---|---|\n| täiskasvanu | 50,00 € |\n| laps | 30,00 € |\n| **kokku** | **70,00 €** |',
      ),
    ).toMatchObject({ label: 'kokku', computed: 80 });
    expect(
      wrongTableAggregate(
        '| taotleja | lõiv |\n|---|---|\n| täiskasvanu | 50,00 € |\n| laps | 30,00 € |\n| **kokku** | **80,00 €** |',
      ),
    ).toBeUndefined();
  });
});
