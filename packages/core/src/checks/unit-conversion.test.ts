import { describe, expect, it } from 'vitest';
import { receivedTaskFailure } from '../testing/recorded-failure.ts';
import {
  briefFactorChanged,
  durationAsCount,
  minorUnitsAsMajor,
  relabelledUnit,
  slippedMagnitude,
  wrongConversionFactor,
  wrongStatedConversion,
} from './unit-conversion.ts';

describe('wrongConversionFactor', () => {
  it('catches a conversion whose factor is not the one between the units its comment names', () => {
    expect(wrongConversionFactor('daily_m3 = per_household.mean() / 30 / 100  # litres -> m3')).toMatchObject(
      {
        factor: 100,
        expected: 1000,
      },
    );
    expect(wrongConversionFactor('minutes = hours * 100  // hours to minutes')?.expected).toBe(60);
    // The units in the variable names: watts to refrigeration tons is 3,517, not 12,000 (BTU/h).
    expect(
      wrongConversionFactor('total_w = area_m2 * 95\ntons = total_w / 12000\nprint(tons)'),
    ).toMatchObject({
      factor: 12000,
    });
  });
  it('lets right factors, either direction, and unrelated comments stand', () => {
    expect(wrongConversionFactor('daily_m3 = total / 30 / 1000  # litres -> m3')).toBeUndefined();
    expect(wrongConversionFactor('litres = m3 * 1_000  # m3 -> litres')).toBeUndefined();
    expect(wrongConversionFactor('grams = kg * 1000  # kg to g')).toBeUndefined();
    expect(wrongConversionFactor('kg = g * 0.001  # g -> kg')).toBeUndefined();
    expect(wrongConversionFactor('daily = total / 30  # month -> day average')).toBeUndefined();
    expect(wrongConversionFactor('share = n / 100  # percent to ratio')).toBeUndefined();
    expect(wrongConversionFactor('tons = total_w / 3517\nkw = total_w / 1000')).toBeUndefined();
    expect(wrongConversionFactor('m = total_m / 12  # monthly')).toBeUndefined();
  });
});

describe('relabelledUnit', () => {
  const gauge = 'station=04-117 t=2025-04-08T06:00 discharge_cfs=4240 stage_ft=12.6 trend=rising';
  it('catches a figure given in one unit stated with the same number in another of its kind', () => {
    expect(relabelledUnit(gauge, 'Elk R (04-117), 06:00 — Q = 4,240 m³/s, stage 12.6 ft.')).toEqual({
      value: '4240',
      from: 'cfs',
      to: 'm3/s',
    });
    expect(relabelledUnit('Parcel weight: 44 lb', 'Parcel of 44 kg booked.')?.to).toBe('kg');
    // A rate keyed with underscores, given per day in another language with a decimal comma.
    expect(relabelledUnit('{"tobblet_l_s": 14.4, "ugras": "02-06"}', 'Többlet **14,4 m³/nap**.')).toEqual({
      value: '14.4',
      from: 'l/s',
      to: 'm3/d',
    });
  });
  it('lets converted figures, both units side by side, and other quantities stand', () => {
    expect(relabelledUnit(gauge, 'Q = 120 m³/s (4,240 cfs), stage 3.84 m.')).toBeUndefined();
    expect(relabelledUnit(gauge, 'Q = 4,240 ft³/s, stage 12.6 feet.')).toBeUndefined();
    expect(relabelledUnit(gauge, 'Q = 120 m³/s, stage 3.84 m.')).toBeUndefined();
    expect(relabelledUnit('Parcel weight: 44 lb', 'Parcel 44 of 60 sent, 20 kg each.')).toBeUndefined();
    // One unit in two spellings: a key's "m3" and a text's "m³", "12 ounces" and "12 oz".
    expect(
      relabelledUnit('{"volume_m3": 41.2, "items": 187}', 'Survey done: **41.2 m³**, 187 items.'),
    ).toBeUndefined();
    expect(relabelledUnit('Net weight 12 ounces.', 'Label says 12 oz.')).toBeUndefined();
    expect(relabelledUnit('{"tobblet_l_s": 14.4}', 'Többlet 14,4 l/s, azaz 1 244 m³/nap.')).toBeUndefined();
    expect(relabelledUnit('{"inflow_m3_d": 1244}', 'Inflow 1,244 m³ per day (1244 m³/Tag).')).toBeUndefined();
  });
});

describe('"in" after a figure', () => {
  it('is inches at the end of a clause and a preposition before a word', () => {
    expect(relabelledUnit('draught_m: 13.1', 'Draught 13.1 in.')).toBeDefined();
    expect(relabelledUnit('draught_m: 13.1', 'The 13.1 in the PAN is out of date.')).toBeUndefined();
  });
});

describe('an amount stated in two units', () => {
  it('is wrong when the arithmetic between them is off, rates too', () => {
    expect(
      wrongStatedConversion(
        'mean 14.6 ± 1.0 kg/s over 3 traverses (wind 6.2 m/s at 2900 m asl) → 126 ± 9 t/d.',
      ),
    ).toMatchObject({ expected: 1261 });
    // A dose worked out from a weight across a rate is no restatement of the weight.
    expect(
      wrongStatedConversion('154.3 lb = 69.99 kg → 2 mg/kg = 139.98 mg, rounded 140 mg'),
    ).toBeUndefined();
    expect(wrongStatedConversion('SO2 flux 14.6 ± 1.0 kg/s → 126 ± 9 t/d.')).toMatchObject({
      expected: 1261,
    });
    expect(wrongStatedConversion('Load 3,200 kg = 32 t on trailer 2.')).toMatchObject({ expected: 3.2 });
  });
  it('is right when the amounts agree as rounded, or the sentence speaks of a change', () => {
    expect(wrongStatedConversion('SO2 flux 14.6 kg/s → 1,261 t/d.')).toBeUndefined();
    expect(wrongStatedConversion('Slot 2.5 h = 150 min; load 3,200 kg (3.2 t).')).toBeUndefined();
    expect(wrongStatedConversion('We cut the dose 2 g → 1,500 mg after the review.')).toBeUndefined();
    expect(wrongStatedConversion('Pumps 12 m3/h → 200 l/min.')).toBeUndefined();
    // "ML" is megalitres, not millilitres: 1 ML is 1,000 m³, and 4.2 ML/d is 4,200 m³/d.
    expect(
      wrongStatedConversion('Note: 1 ML → 1,000 m³; district total 4.2 ML/d = 4,200 m3/d.'),
    ).toBeUndefined();
    expect(wrongStatedConversion('Bottle 1 mL → 1,000 m³ in the report.')).toBeDefined();
    expect(wrongStatedConversion('Slot 2 h (3 h with travel).')).toBeUndefined();
    expect(wrongStatedConversion('Biomass: 48200 fish at 4.1 kg = 197.6 t.')).toBeUndefined();
    expect(wrongStatedConversion('avg 4.1 kg from 18,440 camera frames → 197.6 t.')).toBeUndefined();
    expect(
      wrongStatedConversion('Dough: sourdough 540 kg (90 g), van V-12 (3.5 t) with 1,000 kg.'),
    ).toBeUndefined();
  });
});

describe('a figure of its own tool stated off by a power of ten', () => {
  const SYSTEM = '{"system":"KF-1","display_L":162000,"sump_L":11500,"total_L":180000}';
  it('is found when the stated figure is the tool’s times or over ten, in the same unit', () => {
    expect(slippedMagnitude(SYSTEM, 'Dose: 0.31 mg/L × 18,000 L × 7.4 = 41.3 g.', '')).toEqual({
      given: '180000',
      stated: '18000',
      unit: 'l',
    });
  });
  it('is nothing for the tool’s own figure, a figure the agent was shown elsewhere, or another unit', () => {
    expect(slippedMagnitude(SYSTEM, 'Dose for 180,000 L: 413 g.', '')).toBeUndefined();
    // Dots that group thousands ("180.000 L"), as in much of Europe: the tool's figure, not a slip.
    expect(slippedMagnitude(SYSTEM, 'Dosis voor 180.000 L: 413 g.', '')).toBeUndefined();
    expect(
      slippedMagnitude(SYSTEM, 'Treat the 18,000 L quarantine loop only.', 'Quarantine loop: 18000 L.'),
    ).toBeUndefined();
    expect(slippedMagnitude(SYSTEM, 'Pump 18,000 kg of salt.', '')).toBeUndefined();
    // A decimal comma in a text that groups with dots: "533,863 oz" is the tool's 533.863.
    const OUNCES = '{"au_oz": 533.863, "ag_oz": 18388.606}';
    expect(slippedMagnitude(OUNCES, 'Au: 533,863 oz × 2.310 = 1.233.222,95 USD.', '')).toBeUndefined();
    expect(slippedMagnitude(OUNCES, 'Au: 533,863 oz × 2,310 = 1,233,222.95 USD.', '')).toBeDefined();
    // Thousands grouped by a space are one figure, not "050 kg".
    const catchLog = '{"hal": [{"POK_kg": 500}, {"POK_kg": 2550}]}';
    expect(slippedMagnitude(catchLog, 'Totalt 3 050 kg sei (POK).', '')).toBeUndefined();
    expect(slippedMagnitude(catchLog, 'Sei: 50 kg.', '')).toMatchObject({ stated: '50', given: '500' });
  });
  it('reads money: a key’s currency against the sign in the output', () => {
    const usage = '{"roaming_total_gbp": 401.40, "bill_total_gbp": 431.55}';
    expect(slippedMagnitude(usage, 'Misrated roaming to credit: **£40.14**.', '')).toEqual({
      given: '401.40',
      stated: '40.14',
      unit: 'gbp',
    });
    expect(slippedMagnitude(usage, 'Misrated roaming to credit: **£401.40**.', '')).toBeUndefined();
    // The tool's total is in the output too: the other figure is the rate it came from.
    expect(
      slippedMagnitude('{"total_gbp": 360.00}', 'Q-88311 — 10 × 1 h @ 36.00 GBP = 360.00, fee 28.80.', ''),
    ).toBeUndefined();
    // The same figure in another currency is another amount.
    expect(slippedMagnitude(usage, 'Fee: $40.14.', '')).toBeUndefined();
  });
});

describe('durationAsCount: a period stated as the same number of something else', () => {
  const spc =
    'Dosing: 2 doses 24 h apart. Withdrawal periods — Milk: 5 days (120 h) after the last treatment.';
  it('finds "5 days" of withdrawal stated as "5 milkings"', () => {
    expect(durationAsCount(spc, 'Milk withdrawal is 5 milkings after the last tube.')).toEqual({
      value: '5',
      from: 'days',
      to: 'milkings',
    });
  });
  it('is quiet for the period kept, or the same number counting something else', () => {
    expect(durationAsCount(spc, 'Milk withdrawal is 5 days after the last tube.')).toBeUndefined();
    expect(
      durationAsCount(spc, 'Withdrawal 5 days; treat 5 quarters? No: 1 quarter, 2 doses.'),
    ).toBeUndefined();
    expect(durationAsCount(spc, 'Give 2 doses; the herd has 5 heifers.')).toBeUndefined();
  });
  it('reads no period into a numbered name ("#9 H. Tanaka")', () => {
    const photo = 'Photo-finish: 4 #21 S. Moreau +0.144 | 5 #9 H. Tanaka +0.233';
    expect(durationAsCount(photo, 'Sign-off: 4 #21 Moreau, 5 #9 Tanaka.')).toBeUndefined();
  });
});

describe('relabelledUnit: units a result declares once for its fields', () => {
  const buoy =
    '{"station":"B2","units":{"wspd":"m/s","hs":"m"},"rows":[{"t":"08Z","wspd":13.6,"hs":1.1},{"t":"10Z","wspd":14.2,"hs":1.2}]}';
  it('finds m/s figures stated as knots, rounded or not', () => {
    expect(relabelledUnit(buoy, 'Wind 13–14 kn, Hs 1.1–1.2 m: GO.')).toEqual({
      value: '13.6',
      from: 'm/s',
      to: 'knots',
    });
  });
  it('is quiet for the same unit, or a real conversion', () => {
    expect(relabelledUnit(buoy, 'Wind 14 m/s, Hs 1.2 m.')).toBeUndefined();
    expect(relabelledUnit(buoy, 'Wind 26–28 kn, Hs 1.2 m.')).toBeUndefined();
  });
});

describe('a figure the task gave in one unit, passed to a tool as the same number in another', () => {
  const TASK =
    'Lot CA-NP-7712, docket 44,000 lb raw almonds (note: pounds). Roast loss 4.5 %. Work out finished kg.';
  const run = (args: Record<string, unknown>) =>
    receivedTaskFailure(
      ['production_planner', 'yield_planner'],
      TASK,
      [{ name: 'yield_calc', args, result: '{"after_roast_kg":42020.0}' }],
      'Finished 42,020 kg after roast.',
    );
  it('is a bad output of the agent that relabelled it', async () => {
    expect(await run({ raw_kg: 44000, roast_loss_pct: 4.5 })).toBe(
      'low_quality_output yield_planner → (output) (yield_planner)',
    );
  });
  it('is nothing when the figure was converted, or kept in its unit', async () => {
    expect(await run({ raw_kg: 19958, roast_loss_pct: 4.5 })).toBeNull();
    expect(await run({ raw_lb: 44000, roast_loss_pct: 4.5 })).toBeNull();
  });
});

describe('an amount a tool gave in hundredths of the currency', () => {
  const ledger =
    '{"currency": "NGN", "unit": "kobo", "totals": {"ABA": 241786500, "ONT": 310422000}, "agents": {"ABA": 188, "ONT": 241}}';
  it('is 100 times the amount when stated as that many whole units', () => {
    expect(minorUnitsAsMajor(ledger, 'Aba: **₦241,786,500.00**; Onitsha: **₦3,104,220.00**')).toEqual({
      given: '241786500',
      stated: '₦241,786,500.00',
    });
    expect(minorUnitsAsMajor('{"refund_total_cents": 184950}', 'Refunded USD 184,950 in all.')).toMatchObject(
      {
        given: '184950',
      },
    );
  });
  it('is nothing when converted, written in the minor unit, or not money', () => {
    expect(minorUnitsAsMajor(ledger, 'Aba ₦2,417,865.00, Onitsha ₦3,104,220.00.')).toBeUndefined();
    expect(minorUnitsAsMajor(ledger, 'Aba 241,786,500 kobo (₦2.42m).')).toBeUndefined();
    expect(minorUnitsAsMajor(ledger, 'Aba has 188 agents; ledger line 241786500 checked.')).toBeUndefined();
    expect(minorUnitsAsMajor('{"unit": "NGN", "total": 241786500}', 'Aba ₦241,786,500.00.')).toBeUndefined();
  });
});

describe('a conversion its brief states, made with another factor', () => {
  const BRIEF = 'Cu pagable 26,50%. Valoriza a 4,1250 USD/lb (1 t = 2.204,62 lb).';
  it('is found where the output converts at another rate', () => {
    expect(
      briefFactorChanged(
        BRIEF,
        '2.716,25 t × 2.000 lb/t = 5.432.500 lb × 4,1250 USD/lb = 22.409.062,50 USD.',
      ),
    ).toEqual({ stated: '1 t = 2.204,62 lb', used: '2.000 lb/t' });
    expect(briefFactorChanged('Convert at 1 kg = 2.2046 lb.', 'Using 1 kg = 2.0 lb: 40 lb.')).toBeDefined();
  });
  it('is nothing for the brief’s factor in any form or rounding, another pair, or no factor stated', () => {
    expect(briefFactorChanged(BRIEF, '2.716,25 t × 2.204,62 lb/t = 5.988.299 lb.')).toBeUndefined();
    expect(briefFactorChanged(BRIEF, '2,716.25 t × 2,204.6 lb/t = 5,988,244 lb.')).toBeUndefined();
    expect(briefFactorChanged(BRIEF, 'Price 4,1250 USD/lb; grade 1,8 g/t.')).toBeUndefined();
    expect(briefFactorChanged('Valoriza a 4,1250 USD/lb.', '2.716,25 t × 2.000 lb/t.')).toBeUndefined();
  });
});
