import { describe, expect, it } from 'vitest';
import { ownTotalReused } from '../diagnose/effect-graph.ts';
import { recordedFailure } from '../testing/recorded-failure.ts';
import { wrongListedTotal } from './listed-total.ts';

describe('a total written right after the figures it adds up', () => {
  it('is wrong when they give another figure, labels before or after the figures', () => {
    expect(
      wrongListedTotal(
        'Area I no-vehicle residents (registry 21 Aug): Lytton village 131, Hwy 12 north 58, Botanie Valley Rd 23 — **total 112**, of whom 25 use mobility aids.',
      ),
    ).toMatchObject({ computed: 212 });
    expect(
      wrongListedTotal('Week 12: 41 missing (M), 17 damaged (D), 9 misrouted — total 52 parcels.'),
    ).toMatchObject({
      computed: 67,
    });
    expect(wrongListedTotal('konto A 9 120,40 zł, konto B 4 311,15 zł; razem 3 431,55 zł')).toMatchObject({
      computed: 13_431.55,
    });
    expect(wrongListedTotal('Obras: norte 1.200 y sur 800 — total 2.200 m²')).toMatchObject({
      computed: 2000,
    });
  });
  it('is right when they give it, to the places its items are rounded to', () => {
    expect(
      wrongListedTotal('Week 12: 41 missing, 17 damaged, 9 misrouted — total 67 parcels.'),
    ).toBeUndefined();
    expect(wrongListedTotal('konto A 9 120,40 zł, konto B 4 311,15 zł; razem 13 431,55 zł')).toBeUndefined();
    expect(wrongListedTotal('Shares: north 33.3, south 33.3, west 33.3 — total 100')).toBeUndefined();
  });
  it('reads no count of the items, no shares, and no list it cannot split into label-and-figure items', () => {
    // A count of what is listed, not a sum of it.
    expect(wrongListedTotal('Rooms 101, 102 and 215 — total 3.')).toBeUndefined();
    expect(wrongListedTotal('Turnout: north 61 %, south 48 % — total 57 %')).toBeUndefined();
    // Items with two figures each ("3 coaches incl. 1 accessible") are no list of parts.
    expect(wrongListedTotal('Staged: 3 coaches incl. 1 accessible, 2 vans — total 4')).toBeUndefined();
    // A sum of money over counts, or items with figures in their remarks, adds none of them.
    expect(wrongListedTotal('Issued 38 tickets (36 student, 2 adult, total 1.482,00 €).')).toBeUndefined();
    expect(
      wrongListedTotal('Booked: 3 trucks (1,650 cm) + 2 vans (720 cm), total 6,390 cm.'),
    ).toBeUndefined();
    // Items that are counts of things of a size: the size is no figure to add.
    expect(
      wrongListedTotal('BR-7731: 1 200 pendants 50 mm + 640 pendants 38 mm, total 1 840 pcs'),
    ).toBeUndefined();
    // A total that comes first, then what it is made of, is another reading (not this one).
    expect(wrongListedTotal('Total 52: 41 missing, 17 damaged, 9 misrouted.')).toBeUndefined();
  });
});

/** A chief asks an analyst and a second worker, then reports; the analyst's sum is `analystSays`. */
const brief = (analystSays: string, chiefSays: string) =>
  recordedFailure(async (tracer, clock) => {
    const request =
      'Area I goes to order today: how many residents have no vehicle, and how many use mobility aids?';
    await tracer.turn('chief', async () => 'Asking the analysts.', {
      input: [{ role: 'user', content: request }],
    });
    tracer.handoff({
      from: 'chief',
      to: 'vehicle_analyst',
      content: 'No-vehicle residents in Area I, by zone.',
    });
    tracer.handoff({ from: 'chief', to: 'mobility_analyst', content: 'Mobility-aid users in Area I.' });
    clock.advance(10);
    await tracer.turn(
      'vehicle_analyst',
      async (turn) => {
        turn
          .startToolCall({ name: 'registry', args: { area: 'I' } })
          .end({ result: '{"zones": {"village": 131, "north": 58, "valley": 23}}' });
        return analystSays;
      },
      { input: [{ role: 'user', content: 'No-vehicle residents in Area I, by zone.' }] },
    );
    await tracer.turn('mobility_analyst', async () => '25 residents of Area I use mobility aids.', {
      input: [{ role: 'user', content: 'Mobility-aid users in Area I.' }],
    });
    tracer.handoff({ from: 'vehicle_analyst', to: 'chief', content: analystSays, kind: 'return' });
    tracer.handoff({
      from: 'mobility_analyst',
      to: 'chief',
      content: '25 residents of Area I use mobility aids.',
      kind: 'return',
    });
    clock.advance(10);
    return tracer.turn('chief', async () => chiefSays, {
      input: [
        { role: 'user', content: `${request}\n${analystSays}\n25 residents of Area I use mobility aids.` },
      ],
    });
  });

describe('a wrong listed total that went on', () => {
  it('is the bad output of the agent that added, when its receiver repeats the total', async () => {
    expect(
      await brief(
        'By zone: village 131, north 58, valley 23 — total 112.',
        'Area I: 112 residents without a vehicle; 25 use mobility aids. Buses for 112.',
      ),
    ).toBe('low_quality_output vehicle_analyst → chief (vehicle_analyst)');
  });
  it('is nothing when the sum is right', async () => {
    expect(
      await brief(
        'By zone: village 131, north 58, valley 23 — total 212.',
        'Area I: 212 residents without a vehicle; 25 use mobility aids. Buses for 212.',
      ),
    ).toBeNull();
  });
});

describe('a total only one source gave, repeated by its receiver', () => {
  const analyst = 'By zone: village 131, north 58, valley 23 — **total 112**, of whom 25 use aids.';
  it('shows the receiver used that source', () => {
    expect(
      ownTotalReused(
        analyst,
        ['25 residents use mobility aids.'],
        'Area I: 112 residents without a vehicle.',
      ),
    ).toBe(true);
  });
  it('shows nothing when another source gave the figure too, or the receiver gives another', () => {
    expect(
      ownTotalReused(analyst, ['Buses for 112 people.'], 'Area I: 112 residents without a vehicle.'),
    ).toBe(false);
    expect(ownTotalReused(analyst, [], 'Area I: 1,112 residents without a vehicle.')).toBe(false);
    // A figure no total word gives ("25 use aids") is not read here.
    expect(ownTotalReused(analyst, [], '25 use aids.')).toBe(false);
  });
});
