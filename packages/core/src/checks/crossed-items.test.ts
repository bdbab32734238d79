import { describe, expect, it } from 'vitest';
import { receivedTaskFailure } from '../testing/recorded-failure.ts';
import { crossedNamedItems, crossedRow, otherRowActedOn, swappedDesignation } from './crossed-items.ts';

const JOBS = [
  'Fri 22/01 jobs:',
  '| hall | instrument | serial | pitch | note |',
  '|---|---|---|---|---|',
  '| B | Steinway D-274 | 592113 | raise 440 -> 442 | orchestra rehearsal 14:00 |',
  '| A | Yamaha CFX | 6139921 | keep 440, touch-up only | song recital 19:30 |',
].join('\n');

const tune = (serial: string, to: number) => ({
  name: 'log_tuning',
  args: { serial, pitch_from: 440, pitch_to: to },
});

describe('a call that crosses the rows of a listed task', () => {
  it('gives one row’s item what only another row says', () => {
    expect(crossedRow(JOBS, [tune('592113', 440), tune('6139921', 442)])).toMatchObject({
      item: '6139921',
      value: '442',
    });
  });
  it('is nothing when each item gets its own row’s values, or a call names both rows', () => {
    expect(crossedRow(JOBS, [tune('592113', 442), tune('6139921', 440)])).toBeUndefined();
    expect(
      crossedRow(JOBS, [{ name: 'log_visit', args: { serials: ['592113', '6139921'], pitch: 442 } }]),
    ).toBeUndefined();
    expect(crossedRow('Tune the Hall A Yamaha (6139921) to 442.', [tune('6139921', 442)])).toBeUndefined();
    // Lines of one part's spec are attributes of one item, not rows of several.
    const spec =
      'Leadpipe RN-26/1187:\n- mjed CuZn37, stijenka 0,5 mm\n- promjer ulaza 11,66 mm\n- duljina 235 mm';
    expect(
      crossedRow(spec, [
        { name: 'turn_part', args: { bore_in_mm: 11.66, length_mm: 235, material: 'CuZn37' } },
      ]),
    ).toBeUndefined();
  });
  it('is a misread task of the receiver, at the boundary its task came in by', async () => {
    const run = (to: number) =>
      receivedTaskFailure(
        ['venue_manager', 'piano_tuner'],
        JOBS,
        [tune('592113', 440), tune('6139921', to)].map((call) => ({
          ...call,
          result: `Logged ${call.args.serial}.`,
        })),
        'Done both pianos.',
      );
    expect(await run(442)).toBe('misunderstood_task venue_manager → piano_tuner (piano_tuner)');
  });
});

describe('an answer that gives a listed item’s role to another', () => {
  const BRIEF = [
    'Receptors from the site visit:',
    '- R1: own patio, No. 14 (4.0 m), client side, info only',
    '- R2: No. 12 ground-floor kitchen window (7.5 m), behind the fence, info only',
    '- R3: No. 16 first-floor bedroom window (9.0 m), unscreened. R3 is the assessment position for the EHO.',
    'Give the rating level at the assessment position.',
  ].join('\n');
  it('names the role given to another item', () => {
    expect(
      swappedDesignation(
        BRIEF,
        'Assessment position No. 12 kitchen window: rating level 32.5 dB, low impact.',
      ),
    ).toMatchObject({ named: 'R3', given: 'No. 12 kitchen window' });
  });
  it('is nothing when the role stays with its item, or the other item is named elsewhere', () => {
    expect(
      swappedDesignation(
        BRIEF,
        'Assessment position No. 16 first-floor bedroom: rating level 40.9 dB. R2 kitchen 32.5 dB.',
      ),
    ).toBeUndefined();
    expect(
      swappedDesignation(BRIEF, 'Assessment position R3: 40.9 dB. (R2, No. 12 kitchen window: 32.5 dB.)'),
    ).toBeUndefined();
    expect(
      swappedDesignation(BRIEF, 'Rating level 40.9 dB at the bedroom window of No. 16.'),
    ).toBeUndefined();
  });
});

describe('a call on another row than the one the task singles out', () => {
  const ORDERS = (ask: string) =>
    [
      `Spine foil for TB-0312, ${ask}:`,
      '| order | author | spine text | year |',
      '|---|---|---|---|',
      '| 1 | R. Achebe | PhD CHEMISTRY | 2026 |',
      '| 2 | L. Novak | MSc GEOPHYSICS | 2027 |',
      '| 3 | T. Ferreira | PhD LINGUISTICS | 2027 |',
    ].join('\n');
  const foil = (author: string, text: string) => [{ name: 'foil_block', args: { author, text, copies: 3 } }];
  it('names the row acted on and the one asked for', () => {
    expect(
      otherRowActedOn(ORDERS('please tool order 3 today'), foil('L. NOVAK', 'MSc GEOPHYSICS 2027')),
    ).toMatchObject({
      asked: '| 3 | T. Ferreira | PhD LINGUISTICS | 2027 |',
      acted: '| 2 | L. Novak | MSc GEOPHYSICS | 2027 |',
    });
  });
  it('reads a column named by a sign: "#2"', () => {
    const kyc = [
      'File 2 of 3:',
      '| # | CIF | client | org no | alert |',
      '|---|---|---|---|---|',
      '| 2 | 40021877 | Halvorsen Shipping AS | 998 120 334 | new UBO 31 % |',
      '| (ref) | 40021878 | Halvorsen Shipping Holding AS | 998 120 512 | not in this batch |',
      'Refresh #2 only: UBO look-through, screening.',
    ].join('\n');
    const refresh = (cif: string, org: string) => [{ name: 'refresh_file', args: { cif, org_no: org } }];
    expect(otherRowActedOn(kyc, refresh('40021878', '998 120 512'))).toMatchObject({
      acted: expect.stringContaining('40021878'),
    });
    expect(otherRowActedOn(kyc, refresh('40021877', '998 120 334'))).toBeUndefined();
  });
  it('is nothing on the row asked for, or where the task singles out no row', () => {
    expect(
      otherRowActedOn(ORDERS('please tool order 3 today'), foil('T. FERREIRA', 'PhD LINGUISTICS 2027')),
    ).toBeUndefined();
    expect(
      otherRowActedOn(ORDERS('please tool all three orders'), foil('L. NOVAK', 'MSc GEOPHYSICS 2027')),
    ).toBeUndefined();
  });
  it('is a misread task of the receiver', async () => {
    const run = (author: string, text: string) =>
      receivedTaskFailure(
        ['bindery_foreman', 'spine_finisher'],
        ORDERS('please tool order 3 today'),
        foil(author, text).map((call) => ({ ...call, result: `Tooled ${text}.` })),
        'Order tooled: 3 copies, 23ct gold.',
      );
    expect(await run('L. NOVAK', 'MSc GEOPHYSICS 2027')).toBe(
      'misunderstood_task bindery_foreman → spine_finisher (spine_finisher)',
    );
    expect(await run('T. FERREIRA', 'PhD LINGUISTICS 2027')).toBeNull();
  });
});

describe('a call that gives a listed item, named in words, what only another item’s line says', () => {
  const PONDS = [
    'Výlov so 24.10.:',
    '- Velký Dvorec: PLNÝ výlov, stahovat vodu od pondělí 19.10., odhad 18 t kapra K3',
    '- Malý Dvorec: jen kontrolní odlov 2 tahy, NEVYPOUŠTĚT, zůstává násada K1',
  ].join('\n');
  const drawdown = (pond: string, target: string) => [{ name: 'schedule_drawdown', args: { pond, target } }];
  it('is crossed when the value is only the other line’s', () => {
    expect(crossedNamedItems(PONDS, drawdown('Malý Dvorec', 'plný výlov'))).toMatchObject({
      item: 'malý dvorec',
      value: 'plný výlov',
    });
  });
  it('is nothing when the value is the item’s own, in both lines, or the call names both items', () => {
    expect(crossedNamedItems(PONDS, drawdown('Velký Dvorec', 'plný výlov'))).toBeUndefined();
    expect(crossedNamedItems(PONDS, drawdown('Malý Dvorec', 'kontrolní odlov'))).toBeUndefined();
    expect(
      crossedNamedItems(PONDS, [
        { name: 'plan', args: { ponds: ['Malý Dvorec', 'Velký Dvorec'], target: 'plný výlov' } },
      ]),
    ).toBeUndefined();
  });
});
