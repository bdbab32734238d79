import { describe, expect, it } from 'vitest';
import { recordedFailure } from '../testing/recorded-failure.ts';
import { contrastedClocks, contrastedFigures } from './contrasted-figures.ts';

const pairs = (sentence: string) => contrastedFigures(sentence).map((c) => `${c.old}→${c.current}`);

describe('a figure set against the one it replaces', () => {
  it('reads "not" before the old figure, in the words of many languages', () => {
    expect(pairs('ring size 17.5, not 17')).toEqual(['17→17.5']);
    expect(pairs('- ⚠️ **izmērs 17,5** (nevis 17 — klients zvanīja)')).toEqual(['17→17.5']);
    expect(pairs('הדוד הוא **150 ליטר** (כרומגן), לא 120.')).toEqual(['120→150']);
    expect(pairs('Rozmiar 42, nie 40.')).toEqual(['40→42']);
    expect(pairs('Kích thước 38 (không phải 36).')).toEqual(['36→38']);
    expect(pairs('尺寸改为17.5（不是17）')).toEqual(['17→17.5']);
  });
  it('reads "not" after the old figure, and the old figure first', () => {
    expect(pairs('beden 17,5 (17 değil)')).toEqual(['17→17.5']);
    expect(pairs('साइज़ 42 (40 नहीं)')).toEqual(['40→42']);
    expect(pairs('17이 아니라 17.5로 변경')).toEqual(['17→17.5']);
    expect(pairs('サイズは17.5（17ではなく）')).toEqual(['17→17.5']);
    expect(pairs('不是17，而是17.5')).toEqual(['17→17.5']);
  });
  it('reads words after the old figure where both are given to one precision', () => {
    expect(pairs('- receiver **11,66 mm** — NE 11,73 kako piše na nalogu')).toEqual(['11.73→11.66']);
    expect(pairs('Bore 11.66 mm, not 12 as the order says.')).toEqual([]);
  });
  it('reads "instead of" without a comma before it', () => {
    expect(pairs('менять 46 м вместо 22 — коррозия идёт до ТК-16.')).toEqual(['22→46']);
    expect(pairs('Wir liefern 40 Stück statt 35.')).toEqual(['35→40']);
  });
  it('reads a time or a window set against the one it replaces', () => {
    expect(contrastedClocks('Окно 17.12 нужно **с 08:00 до 22:00**, а не 10:00–18:00.')).toEqual([
      ['10:00', '08:00'],
      ['18:00', '22:00'],
    ]);
    expect(contrastedClocks('Pickup 14:30 (not 13:00).')).toEqual([['13:00', '14:30']]);
    expect(contrastedClocks('Open 08:00–22:00, not on Sundays; last entry 21:30.')).toEqual([]);
  });
  it('reads a figure in groups of three whole, in each convention', () => {
    expect(pairs('jistina je tedy **1 193 450,00 Kč**, ne 1 248 600,00 Kč z evidence')).toEqual([
      '1248600→1193450',
    ]);
    expect(pairs('Total 1,193,450.00 USD, not 1,248,600.00 USD.')).toEqual(['1248600→1193450']);
    expect(pairs('Summe 1.193.450,00 EUR, nicht 1.248.600,00 EUR.')).toEqual(['1248600→1193450']);
    // Both signs: the last one is the decimal one, three decimals or not.
    expect(pairs('Net 4,812.350 MT, not 4,950.000 MT.')).toEqual(['4950→4812.35']);
    // A currency sign before the ruled-out figure, one group with decimals.
    expect(pairs('it is $1,248.60, not $1,284.60, I swapped two digits')).toEqual(['1284.6→1248.6']);
    // "SI" is the sum insured here, no word of negation before a currency code.
    expect(pairs('Sea Kestrel IMO 9731245, sailing 22/04/2027, SI USD 11,400,000, ICC (A).')).toEqual([]);
    // Groups split by a plain space need two groups or decimals: "bin 3 250 t" is two figures.
    expect(pairs('Load bin 3 250 t, not 240 t.')).toEqual(['240→250']);
  });
  it('reads digits of other scripts as figures', () => {
    expect(pairs('الحجم ٤٢، وليس ٤٠.')).toEqual(['40→42']);
    expect(pairs('पहले २० था, अब २५ (२० नहीं)')).toEqual(['20→25']);
  });
  it('is nothing for figures of other sizes, years, single digits, other units or other clauses', () => {
    expect(pairs('3 rooms, not 12')).toEqual([]); // 12 is more than twice 3: another thing
    expect(pairs('Opened in 2021, not 2019.')).toEqual([]);
    expect(pairs('version 3, not 2')).toEqual([]);
    expect(pairs('we have 12 kg, not 12 boxes')).toEqual([]);
    expect(pairs('we ship 14 kg, not 15 boxes')).toEqual([]);
    expect(pairs('Gate 14 closed. Not 15 minutes later, it reopened.')).toEqual([]);
    expect(pairs('Meet at 14:00, not 15:00')).toEqual([]);
    expect(pairs('Do not lift more than 25 kg; 20 is the norm.')).toEqual([]);
    expect(pairs('There are 30 seats (no 25 alike).')).toEqual([]);
  });
});

/** Intake → caster: the intake's brief, then the caster's call and answer. */
const cast = (brief: string, args: Record<string, unknown>, answer: string) =>
  recordedFailure(async (tracer, clock) => {
    clock.advance(10);
    const given = await tracer.turn('order_intake', async () => brief, {
      input: [{ role: 'user', content: 'Order AJ-0931: silver ring, size 17, engraving inside.' }],
    });
    tracer.handoff({ from: 'order_intake', to: 'silver_caster', content: given });
    clock.advance(10);
    return tracer.turn(
      'silver_caster',
      async (turn) => {
        turn.startToolCall({ name: 'cast_ring', args }).end({ result: '{"status":"cast","flask":"K-12"}' });
        return answer;
      },
      { input: [{ role: 'user', content: given }] },
    );
  });

describe('a bare figure replaced in a contrast', () => {
  const BRIEF =
    'For production AJ-0931:\n- **izmērs 17,5** (nevis 17 — the client called on 01.12)\n- Ag 925, ~6 g';
  it('is stale context where the receiver acts on the old figure', async () => {
    expect(
      await cast(BRIEF, { order: 'AJ-0931', size_eu: 17, flask: 'K-12' }, 'Blank cast in flask K-12, 5.8 g.'),
    ).toBe('stale_context order_intake → silver_caster (silver_caster)');
  });
  it('is nothing where the receiver uses the new figure, or names the old one only as ruled out', async () => {
    expect(
      await cast(
        BRIEF,
        { order: 'AJ-0931', size_eu: 17.5, flask: 'K-12' },
        'Blank cast in flask K-12, 5.8 g.',
      ),
    ).toBeNull();
    expect(
      await cast(
        BRIEF,
        { order: 'AJ-0931', flask: 'K-12', note: 'izmērs 17,5 (nevis 17)' },
        'Blank cast in flask K-12, izmērs 17,5 (nevis 17).',
      ),
    ).toBeNull();
  });
  it('reads the old figure before "of" as the figure itself, not in a unit', async () => {
    const recount = 'Recount done: rejects 4, not 14 as on the first sheet.';
    expect(await cast(recount, { order: 'AJ-0931' }, 'Recomputed with rejects 14 of 640: no change.')).toBe(
      'stale_context order_intake → silver_caster (silver_caster)',
    );
    expect(
      await cast(recount, { order: 'AJ-0931' }, 'Recomputed with rejects 4 of 640: 10 kg back.'),
    ).toBeNull();
  });
  it('is nothing where the old figure is another thing of another size', async () => {
    expect(
      await cast(
        BRIEF,
        { order: 'AJ-0931', size_eu: 17.5, weight_g: 6, quantity: 1 },
        'Blank cast, 17 minutes in the kiln.',
      ),
    ).toBeNull();
  });
});

describe('contrastedFigures: a miscount set right, and where the ruled-out figure came from', () => {
  const pairs = (text: string) => contrastedFigures(text).map((c) => `${c.old}→${c.current}`);
  it('reads a figure a digit off its replacement, whatever their ratio, with "as on …" after it', () => {
    expect(pairs('janjang mentah ternyata 4, bukan 14 seperti lembar sortasi awal.')).toEqual(['14→4']);
    expect(pairs('The count is 4, not 14 as on the first sheet.')).toEqual(['14→4']);
  });
  it('reads no figures of other sizes, nor one followed by other words', () => {
    expect(pairs('It is 4, not 27 as on the first sheet.')).toEqual([]);
    expect(pairs('We need 4, not 14 boxes of them per shelf though.')).toEqual([]);
  });
});
