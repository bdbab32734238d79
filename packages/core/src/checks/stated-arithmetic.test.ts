import { describe, expect, it } from 'vitest';
import {
  wrongBracketSum,
  wrongEquivalence,
  wrongNetWeight,
  wrongRateDerived,
  wrongRemainder,
  wrongShareOfBasis,
  wrongShortfall,
  wrongStatedArithmetic,
  wrongTotalForAmount,
} from './stated-arithmetic.ts';

describe('arithmetic an output writes out and gets wrong', () => {
  it('reads a product or a sum whose stated result no reading of its figures gives', () => {
    expect(wrongStatedArithmetic('LOSA-M01: 32,00 × 18,50 × 0,60 = **35,52 m³** netos.')).toMatchObject({
      computed: 355.2,
    });
    expect(wrongStatedArithmetic('Scope: £1,240 + £860 + £2,315 = £5,415 total.')).toMatchObject({
      computed: 4415,
    });
  });
  it('reads a factor that counts people or things in a long word', () => {
    expect(wrongStatedArithmetic('22 personas × 4 meses × 61,60 € = **5.240,80 €**')?.computed).toBe(5420.8);
    // Without the share, the same product is read: 75 × 1.86 = 139.5.
    expect(wrongStatedArithmetic('75 mg/m² × 1,86 m² = 104,6 mg')?.computed).toBe(139.5);
  });
  it('is nothing where the result is right, rounded, in either decimal style, or no arithmetic', () => {
    for (const text of [
      'Con 3 % de desperdicio: 35,52 × 1,03 = **36,59 m³**. Importe: 36,59 m³ × 98,50 €/m³ = **3.604,12 €**.',
      '12 × $1,592.08 = $19,104.96 expected.',
      'Retention 20 % × £15,600 = £3,120.',
      // A share of the product written before it: the chain is part of the sum.
      'Dosisniveau -1: **75 % van 75 mg/m² × 1,86 m² = 104,6 mg → 105 mg**.',
      'Level -1: 75 % of the 75 mg/m² × 1.86 m² = 104.6 mg.',
      '2 + 2 = 4, and 1,030 + 5 = 1,035.',
      'Shift 10:00 + 2 h = 12:00 handover.',
      'Ratio 16:9, screen 1920x1080 = full HD.',
      'Labour 46 h + £500 steel = £3,720.',
      '0.5 M × 2,000,000 mL × 15 = 1.5 × 10^13 cells.',
      'Capacity 80 % × 12 = **€ 930,53** a year.',
      'Solve 3x + 7 = 1903 for x.',
      'Order 800 + 5 % = 840 slates, 702 + 5 % = 740 slates.',
      // The first factor counts people: a word too long for a unit, still a factor of the product.
      '22 personas × 4 meses × 61,60 € = **5.420,80 €** (246,40 € por persona)',
    ])
      expect(wrongStatedArithmetic(text)).toBeUndefined();
  });
});

describe('a product given in a larger unit of its terms', () => {
  it('is read in the terms’ unit', () => {
    expect(wrongStatedArithmetic('Block A: 44 × 440 W = 19.36 kW, common NMI 4102338170.')).toBeUndefined();
    expect(wrongStatedArithmetic('44 × 440 W = 17.6 kW')).toMatchObject({ computed: 19360 });
  });
});

describe('a rate taken of the basis the text states', () => {
  const rc = (vat: string) =>
    `**SUB-2027-088 Fliesen Novak, § 19 Abs 1a:**\n- Bemessungsgrundlage KZ 048: 23.600,00 €\n- USt 20 % (KZ 088): **${vat} €**\n- Vorsteuer KZ 082: **${vat} €**`;
  it('is wrong when the amount is not that share of it', () => {
    expect(wrongShareOfBasis(rc('4.270,00'))).toMatchObject({ computed: 4720 });
  });
  it('is right when it is, and gross lines, totals and texts of two bases are not read', () => {
    expect(wrongShareOfBasis(rc('4.720,00'))).toBeUndefined();
    expect(
      wrongShareOfBasis('Net amount: €1,000.00\nVAT 21 %: €210.00\nTotal incl. VAT 21 %: €1,210.00'),
    ).toBeUndefined();
    expect(
      wrongShareOfBasis('Net (lot A): €1,000.00; VAT 21 %: €210.00\nNet (lot B): €400.00\nVAT 9 %: €36.00'),
    ).toBeUndefined();
  });
});

describe('a share of a gross amount, currencies written before the figure', () => {
  const split = (agent: string) =>
    `| Line | Amount |\n|---|---|\n| Cash-out | ₦57,780 |\n| Bill payment | ₦9,360 |\n| **Gross** | **₦67,140** |\n\nAgent share 70%: **₦${agent}**\nSuper-agent SA-LAG-01 30%: ₦20,142`;
  it('is wrong when the share is not that part of the gross', () => {
    expect(wrongShareOfBasis(split('56,998'))).toMatchObject({ computed: 46998 });
  });
  it('is right when it is, and a tax the gross holds is no share of it', () => {
    expect(wrongShareOfBasis(split('46,998'))).toBeUndefined();
    expect(wrongShareOfBasis('Gross €1,200.00\nVAT 20 %: €200.00')).toBeUndefined();
  });
});

describe('a rate line that is no share of the stated basis', () => {
  it('is not read: several amounts in its row, no currency, or a share of something else', () => {
    const basis = 'Nettó adóalap: 48 310 000 Ft\n';
    expect(
      wrongShareOfBasis(`${basis}| 27%-os fizetendő ÁFA | 13 043 700 Ft | 13 378 500 Ft | +334 800 Ft |`),
    ).toBeUndefined();
    expect(wrongShareOfBasis('Netto: 46 554,00 zł\n| Kp 70 % (R+S) | 8 149,40 |')).toBeUndefined();
    expect(
      wrongShareOfBasis(
        'Net weight 12,400 kg, net amount KES 310,000\n- Grade G2 (broken 2.1 %, FM 0.4 %, aflatoxin 3.2 ppb)',
      ),
    ).toBeUndefined();
  });
});

describe('what is left of a whole', () => {
  const ledger = (left: string) =>
    `Ledger as of 2027-01-08: award €120,000.00, spent €48,310.00 (staff 31,250; consumables 12,480). Remaining: €${left}.`;
  it('is wrong when it is not the whole less what was used', () => {
    expect(wrongRemainder(ledger('81,690.00'))).toMatchObject({ computed: 71_690 });
  });
  it('is right when it is, and is not read where a figure is named twice over or twice', () => {
    expect(wrongRemainder(ledger('71,690.00'))).toBeUndefined();
    expect(
      wrongRemainder('Budget 40 h; spent 12 h on the review and 9 h on tests; remaining 19 h.'),
    ).toBeUndefined();
    expect(
      wrongRemainder('Total spent €48,310 of the budget; remaining €48,310 is committed.'),
    ).toBeUndefined();
  });
});

describe('wrongShortfall: what more is got, given wrong', () => {
  const BRIEF = (more: string) =>
    `LAW1003: 240 students enrolled. Standard 1 copy per 10 students → 24 copies; we hold 9 print (6 × 7-day, 3 reference). Please order ${more} more print copies, 7-day loan.`;
  it('is wrong where what is needed less what is held is not what more is ordered', () => {
    expect(wrongShortfall(BRIEF('6'))).toEqual({ written: '24 − 9 = 6', computed: 15 });
    expect(wrongShortfall('We need 40 chairs and have 25 in stock; buy 10 more.')).toBeDefined();
  });
  it('is right for the shortfall, or where the figures are not one shortfall', () => {
    expect(wrongShortfall(BRIEF('15'))).toBeUndefined();
    // Two orders, or no "more": not one shortfall worked out.
    expect(
      wrongShortfall('We need 40 chairs and have 25; order 10 now and add 5 next week.'),
    ).toBeUndefined();
    expect(wrongShortfall('Required: 40 chairs. We have 25. Order 10 tables.')).toBeUndefined();
  });
});

describe('wrongBracketSum: a figure and the sum that makes it, in brackets', () => {
  it('is wrong where the sum does not give the figure', () => {
    expect(
      wrongBracketSum(
        'Kithirune BMC: average daily intake **21,480 l** (morning 8,310 + evening 4,170), capacity 15,000 l.',
      ),
    ).toMatchObject({ computed: 12480 });
    expect(wrongBracketSum('Gesamt 1.250,00 € (Miete 900,00 € + Strom 250,00 €)')).toMatchObject({
      computed: 1150,
    });
  });
  it('is nothing where it adds up, explains another figure of its line, or is no sum', () => {
    expect(wrongBracketSum('installed capacity 15,000 l (T1 10,000 + T2 5,000)')).toBeUndefined();
    expect(
      wrongBracketSum('142 total: S 10 · M 38 · L 51 · XL 33 · XXL 10 (warehouse 64 + crates 78).'),
    ).toBeUndefined();
    expect(wrongBracketSum('cable at 15 kV (km 0+021), dig by hand')).toBeUndefined();
    expect(wrongBracketSum('Dose 40 mg (20 mg + 10 %)')).toBeUndefined();
  });
});

describe('wrongRateDerived: a figure worked out from a rate and an amount', () => {
  it('is wrong where the units say otherwise', () => {
    expect(
      wrongRateDerived(
        'Sd 23,4 mm, limite 22 mm → marge 1,4 mm. Vitesse d’usure 0,35 mm / 10 000 km, soit **environ 400 000 km** avant la limite.',
      ),
    ).toMatchObject({ computed: 40000 });
    expect(wrongRateDerived('Trip 600 km at 32 L/100 km → 1,920 L of diesel.')).toMatchObject({
      computed: 192,
    });
  });
  it('is nothing where it holds, about so much, or no amount of the unit stands before the rate', () => {
    expect(
      wrongRateDerived('Margin 1.4 mm; wear 0.35 mm / 10,000 km, i.e. about 42,000 km left.'),
    ).toBeUndefined();
    expect(wrongRateDerived('Trip 600 km at 32 L/100 km → 192 L of diesel.')).toBeUndefined();
    expect(wrongRateDerived('Pumps 45 m³/min, so 2,700 m³ in the hour.')).toBeUndefined();
    expect(wrongRateDerived('Rate 52 KES/l from 16 Mar; 148,220 l accepted.')).toBeUndefined();
  });
});

describe('a total for an amount against the text’s own total per one of its unit', () => {
  const quote = (total: string) =>
    `**Rail Rio Verde → Santos**\n\n| item | R$/t |\n|---|---|\n| rail tariff | 178.40 |\n| transhipment | 14.90 |\n| **total per t** | **193.30** |\n\nTotal for 9,800 t: **R$ ${total}** — 98 hopper wagons.`;
  it('is wrong when the amount times the total per unit does not give it', () => {
    expect(wrongTotalForAmount(quote('1,748,320.00'))).toMatchObject({ computed: 1_894_340 });
    expect(
      wrongTotalForAmount(
        '| item | R$/t |\n|---|---|\n| **total por t** | **193,30** |\n\nTotal para 9.800 t: **R$ 1.748.320,00**.',
      ),
    ).toMatchObject({ computed: 1_894_340 });
  });
  it('is right when it does, to rounding, and reads nothing without one total per unit of that unit', () => {
    expect(wrongTotalForAmount(quote('1,894,340.00'))).toBeUndefined();
    expect(wrongTotalForAmount(quote('1,894,000'))).toBeUndefined();
    expect(wrongTotalForAmount('Tariff 178.40 per t. Total for 9,800 t: R$ 1,748,320.00.')).toBeUndefined();
    expect(
      wrongTotalForAmount(quote('1,748,320.00').replace('total per t', 'total per pallet')),
    ).toBeUndefined();
  });
});

describe('wrongEquivalence: two amounts set equal that the text’s own rate does not link', () => {
  it('reads a dose volume wrong for the strength given, in any decimal style', () => {
    const label =
      '- Preparat: **Pedicetamol 120 mg/5 ml**, 1 op. 100 ml\n- Dawka: **276 mg = 5,75 ml** doustnie';
    expect(wrongEquivalence(label)).toMatchObject({
      computed: 11.5,
      figures: ['276', '5,75', '120 mg/5 ml'],
    });
    expect(wrongEquivalence('Drive 45 km/h over the pass: 90 km = 3 h.')).toMatchObject({ computed: 2 });
  });
  it('passes amounts the rate links, and leaves alone what it cannot tell', () => {
    expect(wrongEquivalence('Pedicetamol 120 mg/5 ml. Dawka: 276 mg = 11,5 ml.')).toBeUndefined();
    expect(wrongEquivalence('Suspension 250 mg/5 ml: 375 mg (7.5 ml) twice daily.')).toBeUndefined();
    // About: rounding to the syringe's marks.
    expect(wrongEquivalence('Syrup 120 mg/5 ml: 140 mg ≈ 6 ml.')).toBeUndefined();
    // Two strengths: which one the dose is of is not said.
    expect(
      wrongEquivalence('Stock 120 mg/5 ml and 250 mg/5 ml. Dose 276 mg = 5,5 ml of the stronger one.'),
    ).toBeUndefined();
    // Other units than the rate's, and a rate per body weight before its product.
    expect(wrongEquivalence('120 mg/5 ml; 1 tablet = 500 mg.')).toBeUndefined();
    expect(wrongEquivalence('18,4 kg: 15 mg/kg = 276 mg every 6 h.')).toBeUndefined();
  });
});

describe('wrongNetWeight: a net weight that is not its gross less its tare', () => {
  const brief = 'SW-1187 / BK 9034 LM: bruto 12.480 kg, tara 4.310 kg. Silakan grading.';
  const scale = '{"spb": "SW-1187", "bruto_kg": 12480, "tara_kg": 4310}';
  it('reads gross and tare from what it was given, in either style, and the net it wrote', () => {
    expect(
      wrongNetWeight('Netto 8.710 kg, potongan 3,0% = 261 kg, **netto bayar 8.449 kg**.', () => [
        brief,
        scale,
      ]),
    ).toMatchObject({ computed: 8170 });
    expect(wrongNetWeight('Gross 18,240 kg, tare 6,115 kg, net 12,215 kg.')).toMatchObject({
      computed: 12125,
    });
  });
  it('passes the right net, and leaves alone two loads, other units and nets after other deductions', () => {
    expect(wrongNetWeight('Netto 8.170 kg, netto bayar 7.925 kg.', () => [brief, scale])).toBeUndefined();
    expect(wrongNetWeight('Netto bayar 7.925 kg.', () => [brief])).toBeUndefined();
    expect(
      wrongNetWeight('Net 8,170 kg.', () => [
        'Truck 1: gross 12,480 kg, tare 4,310 kg. Truck 2: gross 11,900 kg, tare 4,250 kg.',
      ]),
    ).toBeUndefined();
    expect(wrongNetWeight('Net 8.17 t.', () => ['gross 12,480 kg, tare 4,310 kg'])).toBeUndefined();
    expect(wrongNetWeight('Payment terms net 30; gross margin 41 %.')).toBeUndefined();
  });
});

describe('a product whose units call for a conversion the result leaves out', () => {
  it('is wrong where the result is the bare product of figures in other units', () => {
    expect(
      wrongStatedArithmetic('ARZ-2027-04630 kayıp hesabı: 2,4 L/s × 36 saat = **86,4 m³**.'),
    ).toMatchObject({ computed: 311.04 });
    expect(wrongStatedArithmetic('Pump 45 m³/h × 90 min = 4,050 m³.')).toMatchObject({ computed: 67.5 });
  });
  it('is right converted, in like units, and not read for units it does not know', () => {
    expect(wrongStatedArithmetic('2,4 L/s × 36 saat = 311 m³.')).toBeUndefined();
    expect(wrongStatedArithmetic('Pump 45 m³/h × 1.5 h = 67.5 m³.')).toBeUndefined();
    expect(wrongStatedArithmetic('12 m × 8 m = 96 m²; 4 days × 8 h = 32 h.')).toBeUndefined();
    expect(wrongStatedArithmetic('44 × 440 W = 19.36 kW; 3 × 250 g = 750 g.')).toBeUndefined();
    expect(wrongStatedArithmetic('Fee 3 h × 45 €/h = 135 €.')).toBeUndefined();
  });
});

describe('wrongEquivalence: an amount set equal to itself in another unit of its kind', () => {
  it('is wrong where the conversion is off', () => {
    expect(wrongEquivalence('8月搬出12,460kg＝124.6t × 8,900円 ＝ 1,108,940円')).toMatchObject({
      computed: 12.46,
    });
    expect(wrongEquivalence('Hold 90 min (15 h) at the gate.')).toMatchObject({ computed: 1.5 });
  });
  it('is right converted or rounded to what it writes, and an arrow is a change', () => {
    expect(wrongEquivalence('搬出12,460kg＝12.46t')).toBeUndefined();
    expect(wrongEquivalence('Load 12 t (12,460 kg) on the flatbed.')).toBeUndefined();
    // A bracket that says more of the amount (a piece's weight, not the batch's), or holds another amount.
    expect(
      wrongEquivalence('Dough: brioche 1,152 kg (80 g pieces), sourdough 540 kg (90 g).'),
    ).toBeUndefined();
    expect(wrongEquivalence('Hold 90 min (2.5 h incl. the walk) at the gate.')).toBeUndefined();
    expect(wrongEquivalence('Limit raised 500 kg → 1.2 t.')).toBeUndefined();
    // Megalitres in capitals are no millilitres.
    expect(wrongEquivalence('Volumes in ML (1 ML = 1,000 m³).')).toBeUndefined();
    expect(wrongEquivalence('Distance 5 km (3.1 mi).')).toBeUndefined();
    // The last factor of a product is not the amount set equal.
    expect(wrongEquivalence('Biomass: 48200 fish at 4.1 kg = 197.6 t.')).toBeUndefined();
  });
});

describe('a product of a figure and a bracketed sum', () => {
  it('is wrong where the result is not what it gives, either way round', () => {
    expect(wrongStatedArithmetic('Karboplatyna = AUC 5 × (62 + 25) = **535 mg**.')).toEqual({
      written: '5 × (62 + 25) = **535 mg**',
      computed: 435,
    });
    expect(wrongStatedArithmetic('(62 + 25) × 5 = 436 mg')).toMatchObject({ computed: 435 });
  });
  it('is nothing where it adds up, where the bracket mixes units, or where it is part of a longer expression', () => {
    expect(wrongStatedArithmetic('Karboplatyna = AUC 5 × (62 + 25) = **435 mg**.')).toBeUndefined();
    expect(wrongStatedArithmetic('Dose 2 × (10 − 4) = 12 mg')).toBeUndefined();
    expect(wrongStatedArithmetic('Cost 3 × (12 € + 4 h) = 99 €')).toBeUndefined();
    expect(wrongStatedArithmetic('10 / 2 × (3 + 1) = 20')).toBeUndefined();
  });
});
