import { describe, expect, it } from 'vitest';
import { analyze } from '../diagnose/analyze.ts';
import { createTracer } from '../recorder/create-tracer.ts';
import { memoryStore } from '../stores/memory-store.ts';
import { failureSummary } from '../testing/failure-summary.ts';
import { manualClock } from '../testing/manual-clock.ts';
import { receivedTaskFailure, recordedFailure } from '../testing/recorded-failure.ts';
import {
  deedText,
  erroneousClaimsOf,
  quantitiesOf,
  reassignmentsOf,
  refutationsOf,
  replacedValueUsed,
  supersessionsOf,
} from './stated-supersession.ts';

/** Source → relay → worker → relay's answer: the source's line, the relay's brief, the worker's and relay's answers. */
function relay(
  [source, middle, worker]: [string, string, string],
  ask: string,
  work: (brief: string) => { done: string; answer: string },
) {
  return (found: string, brief: string) =>
    recordedFailure(async (tracer, clock) => {
      clock.advance(10);
      const given = await tracer.turn(source, async () => found, { input: [{ role: 'user', content: ask }] });
      tracer.handoff({ from: source, to: middle, content: given });
      clock.advance(10);
      await tracer.turn(middle, async () => brief, { input: [{ role: 'user', content: given }] });
      tracer.handoff({ from: middle, to: worker, content: brief });
      clock.advance(10);
      const { done, answer } = work(brief);
      const result = await tracer.turn(worker, async () => done, {
        input: [{ role: 'user', content: brief }],
      });
      tracer.handoff({ from: worker, to: middle, content: result });
      clock.advance(10);
      return tracer.turn(middle, async () => answer, { input: [{ role: 'user', content: result }] });
    });
}

/** Records → pharmacist → calculator → pharmacist's answer, with the records' line and the brief given. */
const dose = relay(
  ['records_agent', 'pharmacist', 'calculator'],
  'Subject 0212: arm, rule and weights.',
  (brief) => {
    const kg = /(\d+(?:\.\d+)?) kg/.exec(brief)?.[1] ?? '0';
    const mg = Math.round((Number(kg) * 3) / 5) * 5;
    return { done: `3 mg/kg × ${kg} kg → ${mg} mg.`, answer: `Dispense ${mg} mg IV for subject 0212.` };
  },
);

const RECORDS = 'Subject 0212, arm A (3 mg/kg). Weight today (visit 4): 58.5 kg; screening was 66.0 kg.';

describe('a value a message says was replaced', () => {
  it('is stale context where an agent shown the replacement hands the old value on', async () => {
    expect(await dose(RECORDS, 'Subject 0212, 3 mg/kg. Weight 66.0 kg. Round to 5 mg.')).toBe(
      'stale_context pharmacist → calculator (pharmacist)',
    );
  });
  it('is nothing when the current value is handed on, or both with the old one named as old', async () => {
    expect(await dose(RECORDS, 'Subject 0212, 3 mg/kg. Weight 58.5 kg. Round to 5 mg.')).toBeNull();
    expect(
      await dose(RECORDS, 'Subject 0212, 3 mg/kg. Weight 58.5 kg (screening 66.0 kg). Round to 5 mg.'),
    ).toBeNull();
  });
  it('is nothing when the old value stands only in a sentence about what replaced it or set aside', async () => {
    const said = (brief: string) => dose(RECORDS, `Subject 0212, 3 mg/kg. ${brief} Round to 5 mg.`);
    expect(await said('Dose on the visit-4 figure: this replaces the 66.0 kg from screening.')).toBeNull();
    expect(await said('Screening weight 66.0 kg not used — the visit-4 weighing counts.')).toBeNull();
    // Stated after a word of replacing in the past tense, it is the value used.
    expect(await said('The scale was replaced; weight 66.0 kg.')).toBe(
      'stale_context pharmacist → calculator (pharmacist)',
    );
  });
  it('is nothing when the message only reports two figures in the past tense', async () => {
    const records = 'Subject 0212, arm A (3 mg/kg). Weight at screening was 66.0 kg; target loss 4.0 kg.';
    expect(await dose(records, 'Subject 0212, 3 mg/kg. Weight 66.0 kg. Round to 5 mg.')).toBeNull();
  });
  it('reads a figure a value was revised from when the sentence calls it the earlier reading', () => {
    const pairs = (text: string) => supersessionsOf(text).map((p) => `${p.old}→${p.current} ${p.unit}`);
    expect(
      pairs(
        'Final loadsheet ed. 03: **ZFW 64,210 kg** (max 75,600) — up from the 60,900 estimate (late group).',
      ),
    ).toEqual(['60900→64210 kg']);
    expect(pairs('Final weight 4.6 t, revised from the provisional 4.2 t.')).toEqual(['4.2→4.6 t']);
    // Figures of two periods or two things compared: neither is out of date.
    expect(pairs('Sales were 12 t in Q3, up from 10 t in Q2.')).toEqual([]);
    expect(pairs('Backlog now 12 days, down from 14.')).toEqual([]);
    expect(pairs('Load 64,210 kg, up from the 60,900 kg of the sister ship.')).toEqual([]);
  });
  it('reads a reading of today beside an earlier dated one in brackets', () => {
    const pairs = (text: string) => supersessionsOf(text).map((p) => `${p.old}→${p.current} ${p.unit}`);
    expect(
      pairs('- Gewicht heute: 15,2 kg (Überweisung 02.03.: 18,4 kg – deutlicher Gewichtsverlust)'),
    ).toEqual(['18.4→15.2 kg']);
    expect(pairs('Weight today 15.2 kg (referral 2 Mar: 18.4 kg).')).toEqual(['18.4→15.2 kg']);
    // Two readings, neither of today, or a dated one with no reading of today beside it.
    expect(pairs('Weight 15.2 kg (referral 02.03.: 18.4 kg).')).toEqual([]);
    expect(pairs('Left kidney 4.1 cm (02.03.: 4.3 cm), right 4.0 cm.')).toEqual([]);
  });
  it('reads a table row of the values before those of the row in force', () => {
    const pairs = (text: string) => supersessionsOf(text).map((p) => `${p.old}→${p.current} ${p.unit}`);
    const table = (labels: [string, string]) =>
      `| | pris | gäller |\n|---|---|---|\n| ${labels[0]} | **12,65 kr/l** | från 2027-03-01 |\n| ${labels[1]} | 11,90 kr/l | t.o.m. 2027-02-28 |`;
    expect(pairs(table(['gällande', 'föregående']))).toEqual(['11.9→12.65 kr/l']);
    expect(pairs(table(['current', 'previous']))).toEqual(['11.9→12.65 kr/l']);
    // Rows of two things, neither set before the other.
    expect(pairs(table(['mellanmjölk', 'standardmjölk']))).toEqual([]);
  });
  it('reads a figure the sentence calls wrong right after it, beside the one to use', () => {
    const pairs = (text: string) => supersessionsOf(text).map((p) => `${p.old}→${p.current} ${p.unit}`);
    expect(
      pairs(
        "The application's $1,240,000 for 5551 understates again — rate 5551 on **$1,612,000** and keep 8810 at $165,000.",
      ),
    ).toEqual(['1240000→1612000 usd']);
    expect(pairs('Der Wert von 12,5 kg ist falsch, gewogen wurden 14,0 kg.')).toEqual(['12.5→14 kg']);
    // Wrong words that are not about the figure, or a figure called right: nothing set aside.
    expect(pairs('Rate 5551 on $1,240,000 and 8810 on $165,000; nothing in the audit is wrong.')).toEqual([]);
    expect(
      pairs('The 12 kg on the label is right; the 14 kg on the pallet card includes the pallet.'),
    ).toEqual([]);
  });
  it('reads a figure a sentence says no longer holds, in the words of many languages', () => {
    const pairs = (text: string) => supersessionsOf(text).map((p) => `${p.old}→${p.current} ${p.unit}`);
    // Replaced by the one marked current before it, not by another figure of the sentence.
    expect(
      pairs(
        'Restkvote: **1 240 t** per 04.03.2027. Landingen i Måløy 02.02. (370 t) er registrert, så 1 610 t stemmer ikke lenger.',
      ),
    ).toContain('1610→1240 t');
    expect(pairs('Lưu ý: con số 12 kg bánh phở trong sổ không còn đúng nữa, tồn thực tế 4 kg.')).toEqual([
      '12→4 kg',
    ]);
    expect(pairs('Stan 12 kg w systemie nie jest już aktualny, na półce jest 4 kg.')).toEqual(['12→4 kg']);
    expect(pairs('Sổ ghi 12 kg, thực tế 4 kg, cả hai đều đúng.')).toEqual([]);
    // A bare figure takes the unit of the one figure of its size beside it.
    expect(
      pairs('Burn is down to 36,500 Dth per sheet v3 — the 42,000 from Monday’s sheet no longer applies.'),
    ).toEqual(['42000→36500 dth']);
    expect(pairs('Burn is 36,500 Dth; the 4 from Monday’s count no longer applies.')).toEqual([]);
    // In French: "ne vaut plus", a bare count taking the word of the one figure of its size.
    expect(
      supersessionsOf(
        'Bloc réduit à 45 chambres/nuit (25 DBL / 20 TWN) — le bloc de 60 du contrat initial ne vaut plus.',
      ),
    ).toEqual([expect.objectContaining({ old: 60, current: 45, bare: true, unitWord: 'chambres' })]);
    expect(pairs('Moyenne 68 % — la prévision du 02/03 (94 %) est caduque.')).toEqual(['94→68 %']);
    // Grouped by commas with a decimal point, the bracket also giving the day.
    expect(
      pairs(
        'Weight: the draft survey (4,950.000 MT, 09/02) is superseded by the final certificate, net 4,812.350 MT (11/02).',
      ),
    ).toEqual(['4950→4812.35 mt']);
    expect(
      pairs('Draft survey (4,950.000 MT, 09/02) and final tally (4,812.350 MT, 11/02) attached.'),
    ).toEqual([]);
    // Words later in the sentence that set the figure aside, the current one marked before it.
    expect(
      pairs(
        '- **VLSFO ROB 612.4 mt** (survey SGP-77120) — the 840 mt in the 14/03 noon report came from flowmeter FM-2, which over-reads; disregard it.',
      ),
    ).toEqual(['840→612.4 mt']);
    expect(
      pairs(
        '**Núm. 1042: salario diario $948.00 a partir del 16/03** (folio MS-771). El $812.50 que trae el layout es el salario anterior y ya no aplica.',
      ),
    ).toEqual(['812.5→948 usd']);
    expect(
      pairs(
        'Con dos descendientes el tipo baja del 14,00 % al **11,32 %** desde junio. El 14 % deja de aplicarse.',
      ),
    ).toEqual(['14→11.32 %']);
    // Ended, the current one marked in the sentence after; a bare rate set aside against the marked one before.
    expect(
      pairs(
        'Heads-up: the $3.00 in the ask is SF-ENT-2026, which ended 30 Nov. December is on SF-ENT-2027 at **$2.45/credit**.',
      ),
    ).toEqual(['3→2.45 usd']);
    expect(
      pairs(
        'The $3.00 contract ended 30 Nov and was renewed on the same terms. December is at **$3.00/credit**.',
      ),
    ).toEqual([]);
    expect(
      supersessionsOf(
        '**ROE: use SEK/EUR 11.18** (addendum A-3). The 11.42 in the bordereau header is the provisional A-2 rate and is superseded for Q4.',
      ),
    ).toEqual([expect.objectContaining({ old: 11.42, current: 11.18, bare: true })]);
    expect(supersessionsOf('ROE per addendum. The 11.42 in the header is superseded for Q4.')).toEqual([]);
    // A source said to give a figure "but", against the figure in force; days written "días".
    expect(
      pairs('Ojo: el portal dice 12 días pero hay un ajuste del 28/06 (−6). **Saldo vigente: 6 días.**'),
    ).toEqual(['12→6 day']);
    expect(pairs('El portal dice 12 días pero no cuenta los festivos. Pide 10 días.')).toEqual([]);
    // Set aside, but nothing marked current: no pair; and words about another figure of the unit.
    expect(
      pairs('ROB 612.4 mt by survey. The 840 mt came from a flowmeter that over-reads; disregard it.'),
    ).toEqual([]);
    expect(
      pairs(
        '**ROB 612.4 mt** — the 840 mt noon figure and the 15 mt sludge estimate; disregard the sludge, it is 12 mt.',
      ),
    ).toEqual([]);
    // A bid that lapsed, its figure bare, against the live one of its size.
    expect(
      pairs('The 1,012.50 bid lapsed at 10:00 IST; live firm bid is USD 998.00/MT, valid till 17:00.'),
    ).toEqual(['1012.5→998 usd']);
    expect(pairs('Bid USD 998.00/MT for 6,000 MT; the framework agreement of 2019 lapsed.')).toEqual([]);
    expect(
      pairs('Max committable £1,950,000. BC-118’s £2.4m no longer stands — award at £1,950,000.'),
    ).toEqual(['2400000→1950000 gbp']);
  });
  it('reads a time and its replacement by arrow where the text says times changed, else a span', () => {
    const pairs = (text: string) => supersessionsOf(text).map((p) => `${p.unit}:${p.old}→${p.current}`);
    expect(
      pairs('OPS NOTICE: IB3172 MAD-CDG 13MAR RETIMED. Departure 14:20 → 16:45, arrival 16:25 → 18:50.'),
    ).toEqual(['clock:860→1005', 'clock:985→1130']);
    expect(pairs('Shift 09:00 → 17:00, lunch 12:30–13:00. Dep 14:20 → arr 16:25.')).toEqual([]);
  });
  it('reads a time set aside in its clause against the one time marked current, and no time of a span', () => {
    const pairs = (text: string) => supersessionsOf(text).map((p) => `${p.unit}:${p.old}→${p.current}`);
    const table = '| kenttä | arvo |\n|---|---|\n| alku | **la 13.3. klo 23:40** |\n| loppu | su 05:30 |';
    expect(
      pairs(`${table}\n\nKatkosuunnitelman klo 22:00 on versio 2 ja korvattu — juna ajaa vielä 23:15.`),
    ).toEqual(['clock:1320→1420']);
    expect(pairs('The 14:30 slot was cancelled; the crane is booked **15:10** instead.')).toEqual([
      'clock:870→910',
    ]);
    expect(pairs('Pickup 09:15 is replaced by 10:05 for all groups.')).toEqual(['clock:555→605']);
    // Its day may stand between the time and the word.
    expect(
      pairs(
        'Corsa SNAV delle 9:15 del 16/06 soppressa (manutenzione). Riservati 39 posti sulla corsa **8:10**.',
      ),
    ).toEqual(['clock:555→490']);
    // "New" in another language marks the current one; "does not apply" sets the old aside.
    expect(
      pairs('Landingshavn er endret til Båtsfjord, ny ETA 11.03. kl. 16:30 – Vardø kl. 14:00 gjelder ikke.'),
    ).toEqual(['clock:840→990']);
    // Trains of a span replaced, a time replaced by no time, no time marked current, two marked.
    expect(pairs('Trains 22:00–23:40 replaced by buses. **Buses from 22:10.**')).toEqual([]);
    expect(pairs('The 22:00 train is replaced by buses; **last train 21:45**.')).toEqual([]);
    expect(pairs('The 14:30 slot was cancelled. Crane free at 15:10 or 16:00.')).toEqual([]);
    expect(pairs('The 14:30 slot was cancelled. **15:10** for A, **16:00** for B.')).toEqual([]);
  });
  it('reads a figure set aside as expired against the one figure of its unit and size marked anywhere', () => {
    const pairs = (text: string) => supersessionsOf(text).map((p) => `${p.unit}:${p.old}→${p.current}`);
    const table = (rows: string) =>
      `| voce | valore |\n|---|---|\n${rows}\n| tassa | 5,50 € pp |\n| release | 21 giorni |\n\nNB: gli 89 € indicati nella richiesta sono la tariffa 2026, scaduta il 31/12/2026.`;
    expect(pairs(table('| doppia B&B | **97,00 € a notte** |\n| singola B&B | 78,00 € |'))).toEqual([
      'eur:89→97',
    ]);
    // Two marked, or the one marked of another size: no replacement to name.
    expect(pairs(table('| doppia B&B | **97,00 €** |\n| singola B&B | **92,00 €** |'))).toEqual([]);
    expect(pairs(table('| doppia B&B | 97,00 € |\n| totale | **8.802,00 €** |'))).toEqual([]);
  });
  it('reads a table of figures in an earlier and a current column, and not two periods side by side', () => {
    const pairs = (text: string) => supersessionsOf(text).map((p) => `${p.unit}:${p.old}→${p.current}`);
    const table = (a: string, b: string) =>
      `| accumulator | ${a} | ${b} |\n|---|---|---|\n| deductible met | $1,150.00 | **$2,890.00** |\n| deductible remaining | $1,850.00 | **$110.00** |`;
    expect(pairs(table('as of 01/15 (cached)', '**as of 02/27 (real-time)**'))).toEqual([
      'usd:1150→2890',
      'usd:1850→110',
    ]);
    expect(pairs(`${table('previous', 'current')}\nThe January figures are out of date.`)).toEqual([
      'usd:1150→2890',
      'usd:1850→110',
    ]);
    expect(pairs(table('previous month', 'current month'))).toEqual([]);
    expect(pairs(table('plan A', 'plan B'))).toEqual([]);
    // A record checked against the draft that quoted it: the draft's figure is set aside.
    expect(pairs(table('draft', 'adopted'))).toEqual(['usd:1150→2890', 'usd:1850→110']);
    expect(pairs(table('planned', 'actual'))).toEqual([]);
  });
  it('reads Zulu and "hrs" times written as four digits, and no other four digits', () => {
    const pairs = (text: string) => supersessionsOf(text).map((p) => `${p.unit}:${p.old}→${p.current}`);
    expect(
      pairs("Master's message 0840Z: **ETA Maas Center now 1730Z** (was 1100Z) — reduced speed."),
    ).toEqual(['clock:660→1050']);
    // The time a bracketed note is about, not the time of the update inside it.
    expect(
      pairs('ETA at berth 23/01 **1420Z** (updated 22/01 2105Z, was 0600Z) — held for the lock.'),
    ).toEqual(['clock:360→860']);
    // (Read as hours too: "1100 hrs" may be a duration.)
    expect(pairs('Arrival now 1730 hrs, was 1100 hrs.')).toContain('clock:660→1050');
    // A year, a flight number, a count: no time of day.
    expect(pairs('Flight 1730 now in 2027 (was 2026), 1100 seats.')).not.toContainEqual(
      expect.stringMatching(/^clock/),
    );
  });
  it('reads a bare figure a change set to another ("was 212, adjusted −176 to 36")', () => {
    const read = (text: string) =>
      supersessionsOf(text).map((s) => `${s.old}>${s.current}${s.bare ? ' bare' : ''}`);
    expect(read('Count posted: only 36 on hand. Perpetual was 212, adjusted −176 to 36.')).toEqual([
      '212>36 bare',
    ]);
    expect(read('Stock was 1,140, corrected to 1,090.')).toEqual(['1140>1090 bare']);
    // Figures in a unit are read with it elsewhere; a change of something else is none.
    expect(read('Was 40, then we ordered 12 more to reach the target.')).toEqual([]);
    expect(read('Cumulative GPA is now **3.38** (was 3.71 on v1 and on the form).')).toEqual([
      '3.71>3.38 bare',
    ]);
    expect(read('Score now 7, was 9 points.')).toEqual([]);
  });
  it('reads a bracketed figure said to be withdrawn against the one figure of its size on a line naming it', () => {
    const read = (text: string) => supersessionsOf(text).map((s) => `${s.old}>${s.current} ${s.unit}`);
    const list = (urea: string) =>
      `List PL-2027-03 (from 3 Mar):\n| item | ₦ / unit |\n|---|---|\n| Urea 50 kg | ${urea} |\n| NPK 50 kg | 41,000 |\nThe January list (urea ₦38,500) was withdrawn on 2 Mar.`;
    expect(read(list('44,200'))).toEqual(['38500>44200 ngn']);
    // No line names urea with another figure of its size, or two do: no replacement to set it against.
    expect(read(list('n/a'))).toEqual([]);
    expect(read(`${list('44,200')}\nUrea bulk price 42,000 per bag.`)).toEqual([]);
    expect(read('The pilot (budget €40,000) was withdrawn; a new budget of €42,000 went to IT.')).toEqual([]);
  });
  it('reads the forms a replacement is stated in, and not a range or a price list', () => {
    const read = (text: string) => supersessionsOf(text).map((s) => `${s.old}>${s.current} ${s.unit}`);
    expect(read('Budget now 40 kEUR (was 55 kEUR).')).toEqual(['55>40 keur']);
    expect(read('Dose changed from 150 mg to 120 mg.')).toEqual(['150>120 mg']);
    expect(read('Dr Okafor reduced the target weight from 70.0 to 68.5 kg on 02/12.')).toEqual([
      '70>68.5 kg',
    ]);
    expect(read('Sessions run from 10 to 12 h a week.')).toEqual([]);
    expect(read('Pressure lowered 2.1 bar → 1.8 bar after the fix.')).toEqual(['2.1>1.8 bar']);
    expect(read('Serial dilution from 10 µM to 4.57 nM; top 10 µM → 0.00457 µM in 3-fold steps.')).toEqual(
      [],
    );
    expect(read('Max load 12 t, previously 10 t.')).toEqual(['10>12 t']);
    expect(read('Driver is 71.5 kg today (form 78 kg is last season), kart 72.0 kg.')).toEqual([
      '78>71.5 kg',
    ]);
    expect(read('Driver 71.5 kg today; last season he raced at 78 kg.')).toEqual([]);
    expect(
      read('Weight today 31.4 kg. The 38.2 kg on the record dates from Mar 2026 — dose on 31.4 kg.'),
    ).toEqual(['38.2>31.4 kg']);
    expect(read('Weight 31.4 kg today, 38.2 kg last spring; the scale dates from 2019.')).toEqual([]);
    // "The 14.6 % 2019 figure is superseded" after the current figure, a sentence split by "cl." between.
    expect(
      read(
        'Use the **current schedule: Suite 3 = 13.1 %** (per cl. 7.4 at year end). The 14.6 % 2019 figure is superseded.',
      ),
    ).toEqual(['14.6>13.1 %']);
    expect(read('Suite 3 = 13.1 % (per cl. 7.4). The 14.6 % 2019 figure is superseded.')).toEqual([]);
    expect(read('Flights from 200 EUR; hotel 120 EUR per night.')).toEqual([]);
    expect(read('Slot now 90 min (was 1.5 h).')).toEqual([]);
    expect(read('Revenue was 3.2 MEUR; costs were 2.1 MEUR.')).toEqual([]);
    expect(read('Pick 10 kg to 20 kg bags.')).toEqual([]);
    expect(read('Correction: rev B has 4 IBCs = **1200 L** UN 1263 (not 800).')).toEqual(['800>1200 l']);
    expect(read('Gross 64 t, not 58 t as booked.')).toEqual(['58>64 t']);
    expect(read('Upper approach max draught now 1.60 m, not 1.90 any more (silt).')).toEqual(['1.9>1.6 m']);
    expect(read('Chamber 12 m wide, not 1.90 anymore than last year.')).toEqual([]);
    // The old figure after the old code it went with; words without a figure set nothing aside.
    expect(read('Duty **3.7 %** (not 8467 29 51 at 2.7 % as in the broker file).')).toEqual(['2.7>3.7 %']);
    expect(read('Rate 4.1 % (not applicable at 5 %).')).toEqual([]);
    // Another unit, or no figure after "not", is no correction of the value.
    expect(read('Dose 10 kg (not 10 lb).')).toEqual([]);
    expect(read('Budget 40 kEUR (not including VAT).')).toEqual([]);
    // A figure called out of date, bare or in its unit; "supersedes" before the old value.
    expect(read('Draught revised to 13.9 m after the survey — 13.1 in the PAN is out of date.')).toEqual([
      '13.1>13.9 m',
    ]);
    expect(read('Arrival draught 13.9 m (supersedes 13.1 m in PAN dated 08/12).')).toEqual(['13.1>13.9 m']);
    // A sentence that ends by calling its figure superseded, replaced by the figure of the same
    // thing the sentence before gives ("AFT 7.9 m" for "6.4 m aft"), not another one ("fwd 4.9 m").
    expect(
      read(
        'Afloat draughts: fwd 4.9 m, AFT 7.9 m. The master’s 05:10 figure of 6.4 m aft was before the flooding was found — superseded.',
      ),
    ).toEqual(['6.4>7.9 m']);
    expect(read('Fwd 4.9 m. The 6.4 m aft reading is from 05:10 and was superseded.')).toEqual([]);
    expect(read('Crest now 4.35 m at 01:30. Reason: surge +0.21 m. 3.90 m no longer valid.')).toEqual([
      '3.9>4.35 m',
    ]);
    // Counts of a record's earlier version beside the current ones, two at least.
    expect(
      read(
        'Recall now covers lots 22A07 to 22A31: 25 lots, 63 consignees. Draft v1 was 13 lots / 38 consignees.',
      ),
    ).toEqual(['13>25 #lots', '38>63 #consigne']);
    expect(read('Now 25 lots ready. Last week was 13 lots.')).toEqual([]);
    // A thing named old beside the sentence that names it in force; money in any ISO code.
    expect(
      read(
        'Rate in force for November 2026: **KES 24.00 per kg** green leaf. The old rate of KES 22.00 applies to deliveries up to 31 Oct only.',
      ),
    ).toEqual(['22>24 kes']);
    expect(read('Rate now KES 24 (was KES 22).')).toEqual(['22>24 kes']);
    // The near misses: no sentence says what is in force, it names another thing, or two figures are in force.
    expect(
      read('Rate for November: KES 24.00 per kg. The old rate of KES 22.00 applied to October.'),
    ).toEqual([]);
    expect(read('Cess in force: KES 2.00. The old rate of KES 22.00 applies to October only.')).toEqual([]);
    expect(
      read(
        'Rates in force: KES 24.00 tea, KES 26.00 purple tea. The old rate of KES 22.00 applies to October only.',
      ),
    ).toEqual([]);
    // A figure no longer within reach is out of use: "De 3,05 m van gisteren is niet meer haalbaar."
    expect(
      read('Ik adviseer een **maximale diepgang van 2,45 m**. De 3,05 m van gisteren is niet meer haalbaar.'),
    ).toEqual(['3.05>2.45 m']);
    expect(read('Ik adviseer een maximale diepgang van 2,45 m. De 3,05 m van gisteren is gemeten.')).toEqual(
      [],
    );
    // A time set aside in bold, its replacement named as what the thing was moved to.
    expect(
      read(
        'Slot 09:40 bij sluis Eefde is **vervallen** (onderhoud hefdeur kolk 1 van 08:00 tot 13:00). MS Willem Jan is omgeboekt naar **14:20**, kolk 2.',
      ),
    ).toEqual(['580>860 clock']);
    expect(read('Slot 09:40 is cancelled. The vessel is rebooked to 14:20.')).toEqual(['580>860 clock']);
    expect(read('Slot 09:40 is confirmed. The crew arrives at 09:20.')).toEqual([]);
    // A list of counts restated (a request quoted again as the "Original request"): no version.
    const levels = 'Audit against the levels (urban 20 min, rural 30 min, tribal 40 min).';
    expect(read(`${levels}\n\nOriginal request: ${levels}`)).toEqual([]);
    // In other languages, nouns with their own letters.
    expect(read('Kokoonpano nyt 5 vaunua / **298 paikkaa**. Aiempi 7 vaunua / 412 paikkaa kumottu.')).toEqual(
      expect.arrayContaining(['7>5 #vaunua', '412>298 #paikkaa']),
    );
    expect(read('Nyt 5 vaunua valmiina. Viime viikolla 7 vaunua.')).toEqual([]);
    expect(read('Jetzt 25 Säcke, 63 Empfänger. Früher 13 Säcke / 38 Empfänger.')).toEqual([
      '13>25 #säck',
      '38>63 #empfänger',
    ]);
    // A bare figure the one before it replaces; a degree unit of any scale (°Bx, °P).
    expect(read('Re-sampled: 12.5 °Bx, that figure replaces the 9.3 (first read diluted).')).toEqual([
      '9.3>12.5 °bx',
    ]);
    expect(read('Pump 4 at 12.5 bar replaces the 9 kW unit.')).toEqual([]);
    // A counted field's figure and, in a parenthesis, the one it replaced.
    expect(read('| covers | **165** (client email 19 Nov — was 220 on form v1) |')).toEqual([
      '220>165 #cover',
    ]);
    expect(read('Covers 165 (was booked for 19:00). Rooms 12 (was 2019 stock).')).toEqual([]);
    expect(read('The 2019 survey is out of date; depth now 12.4 m.')).toEqual([]);
    expect(read('Load 12 t; the 10 t limit sign is wrong, says the driver.')).toEqual([]);
    // Values next to their version labels: the highest version is current; "2 Dec" is a day, no value.
    expect(
      read(
        'Rx: initially 78 Gy in 39 fractions (Rx v1, 2 Dec); re-signed on 16 Dec as Rx v2 = 60 Gy in 20 fractions.',
      ),
    ).toEqual(['78>60 gy']);
    expect(read('Model v1 and v2 both score 91 % on the hold-out set.')).toEqual([]);
    // A figure the words right after it set aside, against the one the sentence keeps.
    expect(
      read('| warfarin | **3 mg qPM from 02/18** | hold tonight; 5 mg superseded per the 14:05 amendment |'),
    ).toEqual(['5>3 mg']);
    expect(read('Dose 5 mg, not superseded; 3 mg tablets in stock as well.')).toEqual([]);
    // One field set aside on a line of its own, the same field's figure on a line marked current.
    expect(
      read(
        '- SCr **2.1 mg/dL** (redraw 12:50, amended 14:05) ← use this\n- 05:40 SCr 0.9 = wrong-pt specimen, invalidated, disregard',
      ),
    ).toEqual(['0.9>2.1 mg/dl']);
    expect(read('- SCr 2.1 mg/dL (redraw 12:50)\n- 05:40 SCr 0.9 from the wrong patient, disregard')).toEqual(
      [],
    );
    // A lab value's unit in its key: `scr_mg_dl` is mg/dL.
    expect(deedText({ scr_mg_dl: 0.9, age: 78 })).toContain('0.9 mg/dL');
    // A rate's unit in its key: `rate_nm_s` is nm/s, not seconds.
    expect(deedText({ rate_nm_s: 3.2 })).toContain('3.2 nm/s');
    // A list of figures under one key: each in the key's unit.
    expect(deedText({ amounts_usd: [1284.6, 35] })).toContain('1284.6 usd\n35 usd');
    // The last word of a key names the unit, camel case or snake case; the last letter does not.
    expect(deedText({ weightKg: 12, delivered_dth: 42000 })).toContain('12 kg\n42000 dth');
    expect(deedText({ amount: 5, length: 3, batch_id: 9 })).not.toMatch(/\d (?:t|h|id)$/m);
    // A figure first given wrong, then corrected: "first typed", "initially".
    expect(
      read('TX-88031275 posted 28/02, **$1,248.60** (she first typed $1,284.60 and corrected it)'),
    ).toEqual(['1284.6>1248.6 usd']);
    expect(read('Charge TX-88031275: $1,248.60, first typed by the member on 2 Mar.')).toEqual([]);
    // A price in force since a day, beside what it was until then.
    expect(
      read(
        '- Fibre 150: **£30.24/month since 1 Feb 2027** (annual price change; it was £28.00 until 31 Jan)',
      ),
    ).toEqual(['28>30.24 gbp']);
    expect(read('Fibre 150: £30.24/month; the router was £28.00 one-off.')).toEqual([]);
    // A figure the text says not to use, its clause's last figure that another of its unit stands against.
    expect(
      read(
        'Rate for this period: $412.60/day. The $398.84 in payroll config is the 2025 rate — do not use it.',
      ),
    ).toEqual(['398.84>412.6 usd']);
    expect(read('Use $412.60/day. The template is old, do not use it.')).toEqual([]);
    // A figure set aside on its own line, in German, beside the line before's figure in bold.
    expect(
      read(
        '| Brutto ab 01.02.2027 | **2.486,00 €/Monat** |\n| Angabe im Antrag vom 14.01.2027 | 2.140,00 € – überholt, nicht mehr verwenden |',
      ),
    ).toEqual(['2140>2486 eur']);
    expect(read('| Brutto | 2.486,00 € |\n| Kaution | 2.140,00 € – überholt |')).toEqual([]);
    // A figure its source's reference calls cancelled, beside the one to use.
    expect(read('The 2,550 m in A1187/27 is cancelled; landing performance must use 2,040 m.')).toEqual([
      '2550>2040 m',
    ]);
    // A clause that voids its one figure, beside a clause that gives the figure now.
    expect(
      read(
        'Erratum: the deposition rate on PVD-2 is now **1.64 nm/s**; the 1.90 nm/s figure predates the target swap and is void.',
      ),
    ).toEqual(['1.9>1.64 nm/s']);
    expect(read('The rate is 1.64 nm/s; a void of 0.2 mm was found near the edge.')).toEqual([]);
    // A figure a clause calls understated or wrong, beside the one the next sentence says to plan on.
    expect(
      read(
        'The RL-14 historian value of 4.18 MW is understated — the RTU was scaled for a 200/5 CT. Plan on 6.27 MW.',
      ),
    ).toEqual(['4.18>6.27 mw']);
    expect(read('Nothing wrong with the 4.18 MW reading. Plan on 6.27 MW next year.')).toEqual([]);
    expect(read('The 4.18 MW figure is incorrect. We expect 6.27 MW at peak.')).toEqual([]);
    // A figure past a clause's end is no figure of the nearer label: the total after "(rev A … withdrawn),".
    expect(
      read(
        'Order 600 valves at EUR 12.40 each per offer rev 3 (rev 2 at EUR 13.05 was withdrawn), total EUR 7,440.00.',
      ),
    ).toEqual(['13.05>12.4 eur']);
    expect(
      read(
        'Rev 3 at EUR 12.40 each, total EUR 7,440.00; rev 2 totals EUR 7,830.00, EUR 8,100.00 with freight.',
      ),
    ).toEqual([]);
    // An earlier version in bare figures after its field names takes the current version's units.
    const brief =
      'Figure ice: brine supply -7.0 C, surface target -3.5 C. Hockey profile was brine -9.0 / surface -5.5.';
    expect(read(brief)).toEqual(['9>7 c', '5.5>3.5 c']);
    expect(read('Figure ice: brine supply -7.0 C. Hockey profile was brine -9.0.')).toEqual([]);
    expect(read('Brine -7.0 C, surface -3.5 C. Last week was brine 7.0 / surface 3.5 as well.')).toEqual([]);
  });
  it('reads a record stated in two versions, field by field, across sentences', () => {
    const read = (text: string) => supersessionsOf(text).map((s) => `${s.old}>${s.current} ${s.unit}`);
    // Versions in sentences of their own, the later said to replace the earlier: the figure after the same words.
    expect(
      read(
        'Lease offer v1 (3 May): rent 41 €/m², 6 months free, 1,200 m². Revised offer v2 (replaces v1): rent 38 €/m², incentive of 4 months, index cap 3 %.',
      ),
    ).toEqual(['41>38 eur']);
    expect(
      read(
        'Option v1: rent 41 €/m² on floor 2. Option v2: rent 38 €/m² on floor 5. Compare both for the board.',
      ),
    ).toEqual([]);
    expect(
      read('Draft v1 (3 May): rent 41 €/m². Revised v2: service charge 9 €/m², parking 120 €/m² a year.'),
    ).toEqual([]);
    expect(
      read('Consist, current version v3: 32 wagons, 1688 t, 698 m. For reference v1 had 1412 t / 610 m.'),
    ).toEqual(['1412>1688 t', '610>698 m']);
    // One field of each kind is two things, not a record replaced; so is a record with no current one.
    expect(read('The load was 12 t. The current limit is 10 t on the bridge.')).toEqual([]);
    expect(read('Last run had 1412 t and 610 m. This run has 1688 t and 698 m.')).toEqual([]);
  });
});

/** A clerk's consist message, then a planner that books a path with the length and weight it was given. */
async function path(consist: string, lengthM: number, tonnes: number) {
  return recordedFailure(async (tracer, clock) => {
    clock.advance(10);
    const sent = await tracer.turn('consist_clerk', async () => consist, {
      input: [{ role: 'user', content: 'Train 4S91 tonight: consist for the path request.' }],
    });
    tracer.handoff({ from: 'consist_clerk', to: 'path_planner', content: sent });
    clock.advance(10);
    const booked = await tracer.turn(
      'path_planner',
      async (turn) => {
        turn
          .startToolCall({
            name: 'request_path',
            args: { train: '4S91', length_m: lengthM, trailing_t: tonnes },
          })
          .end({ result: `Path PO-77 offered for ${lengthM} m, ${tonnes} t.` });
        return `Path PO-77 booked: 4S91 departs 21:14.`;
      },
      { input: [{ role: 'user', content: sent }] },
    );
    tracer.handoff({ from: 'path_planner', to: 'driver_briefer', content: booked });
    clock.advance(10);
    return tracer.turn('driver_briefer', async () => `Driver pack for 4S91 issued.`, {
      input: [{ role: 'user', content: booked }],
    });
  });
}

/** Venue desk → planner → booker → planner's answer, with the desk's line and the planner's brief. */
const venue = relay(['venue_desk', 'planner', 'booker'], 'Current capacities for halls A1 and B2?', () => ({
  done: 'Booked hall B2 for 14 May, ref BK-5521.',
  answer: 'Gala on 14 May in hall B2 (BK-5521).',
}));

describe('a correction delivered by a handoff the receiver’s prompt does not show', () => {
  it('is stale context when the receiver briefs the next with the old value', async () => {
    const run = (brief: string) =>
      recordedFailure(async (tracer, clock) => {
        clock.advance(10);
        const ask = 'Latest crest at Upton? The 06:00 run gave 3.90 m.';
        await tracer.turn('duty_officer', async () => ask, {
          input: [{ role: 'user', content: 'Flood watch.' }],
        });
        tracer.handoff({ from: 'duty_officer', to: 'forecaster', content: ask });
        clock.advance(10);
        const fix = await tracer.turn(
          'forecaster',
          async () => 'Crest now 4.35 m at 01:30. 3.90 m no longer valid.',
          {
            input: [{ role: 'user', content: ask }],
          },
        );
        tracer.handoff({ from: 'forecaster', to: 'duty_officer', content: fix, kind: 'return' });
        clock.advance(10);
        // A routing step whose recorded prompt is only the request (a Mastra network's).
        await tracer.turn('duty_officer', async () => brief, {
          input: [{ role: 'user', content: 'Flood watch.' }],
        });
        tracer.handoff({ from: 'duty_officer', to: 'barrier_crew', content: brief });
        clock.advance(10);
        return tracer.turn('barrier_crew', async () => 'Crew B mobilised.', {
          input: [{ role: 'user', content: brief }],
        });
      });
    expect(await run('Mobilise crew B: crest 3.90 m at Upton, 03:00.')).toBe(
      'stale_context duty_officer → barrier_crew (duty_officer)',
    );
    expect(await run('Mobilise crew B: crest 4.35 m at Upton, 01:30.')).toBeNull();
  });
});

describe('a record’s bare figure a message gives with the one it replaced', () => {
  const desk = 'After the fire review: hall B2 is down to 240 seated (it was 300). Hall A1 unchanged at 410.';
  it('reads the record, its figure and the old one, in the forms registers write', () => {
    const read = (text: string) =>
      supersessionsOf(text).map((s) => `${s.subject?.[0]} ${s.old}>${s.current}`);
    expect(read(desk)).toEqual(['b2 300>240']);
    expect(read('HAL-B2 240 (was 300 until 02/03/2027); HAL-A1 410.')).toEqual(['hal-b2 300>240']);
    expect(read('HAL-B2 cap 240, was 300, changed 2027-03-02.')).toEqual(['hal-b2 300>240']);
    // A year, or figures with no record named before them, are no such change.
    expect(read('Report R-12 filed 2027 (was 2026 draft).')).toEqual([]);
    expect(read('Attendance 240, was 300 last year.')).toEqual([]);
  });
  it('is stale context where an agent shown it briefs the next with the old figure', async () => {
    expect(await venue(desk, 'Book hall B2 (cap. 300) for the 280-guest gala on 14 May.')).toBe(
      'stale_context planner → booker (planner)',
    );
  });
  it('is nothing when the brief gives the current figure, or the old one as old', async () => {
    expect(await venue(desk, 'Book hall B2 (cap. 240) for the gala on 14 May, 230 guests.')).toBeNull();
    expect(await venue(desk, 'Book hall B2, formerly 300, for the gala on 14 May, 230 guests.')).toBeNull();
  });
});

describe('a record’s bare figure a message sets against the one it rules out', () => {
  const lab =
    'S4 retested on the NIR: 11.9 / 12.0 / 12.1. Please plan S4 at 12.0, not 13.1. S6 is the only lot clearly over 12.5.';
  /** Lab → planner, whose optimiser call gives each silo a figure, → scheduler. */
  const plan = (inputs: { silo: string; protein: number }[]) =>
    recordedFailure(async (tracer, clock) => {
      clock.advance(10);
      const found = await tracer.turn('lab', async () => lab, {
        input: [{ role: 'user', content: 'Silo proteins for the 24 t bread-flour order?' }],
      });
      tracer.handoff({ from: 'lab', to: 'planner', content: found });
      clock.advance(10);
      const planned = await tracer.turn(
        'planner',
        async (turn) => {
          turn
            .startToolCall({ name: 'optimise_grist', args: { target: 12.5, inputs } })
            .end({ result: 'G-1205 ok' });
          return 'Grist G-1205: 70 % / 30 %, predicted 12.6 %.';
        },
        { input: [{ role: 'user', content: found }] },
      );
      tracer.handoff({ from: 'planner', to: 'scheduler', content: planned });
      clock.advance(10);
      return tracer.turn('scheduler', async () => 'Run BR-0612 booked for G-1205.', {
        input: [{ role: 'user', content: planned }],
      });
    });
  it('reads the record, its figure and the one ruled out', () => {
    const read = (text: string) =>
      supersessionsOf(text).map((s) => `${s.subject?.[0]} ${s.old}>${s.current}`);
    expect(read(lab)).toEqual(['s4 13.1>12']);
    expect(read('Bay D3 takes 18 pallets, rather than 24.')).toEqual(['d3 24>18']);
    // "not" before no figure is no figure ruled out.
    expect(read('S4 at 12.0, not tested for ergot.')).toEqual([]);
  });
  it('is stale context where the receiver’s call gives the record the ruled-out figure', async () => {
    expect(
      await plan([
        { silo: 'S4', protein: 13.1 },
        { silo: 'S2', protein: 11.4 },
      ]),
    ).toBe('stale_context lab → planner (planner)');
  });
  it('is nothing when the call gives the record its current figure, or the old figure to another record', async () => {
    expect(
      await plan([
        { silo: 'S4', protein: 12 },
        { silo: 'S2', protein: 11.4 },
      ]),
    ).toBeNull();
    expect(
      await plan([
        { silo: 'S4', protein: 12 },
        { silo: 'S7', protein: 13.1 },
      ]),
    ).toBeNull();
  });
});

describe('a table with a column per version, the later one given as in force', () => {
  const read = (text: string) =>
    supersessionsOf(text).map((s) => `${s.unit || 'bare'} ${s.old}>${s.current}`);
  const TABLE =
    '| block | v3 | **v4 (on sale)** |\n|---|---|---|\n| Stalls | 1,520 | 1,520 |\n| Balcony B | 264 | **0** |\n| **Total** | 2,400 | **2,136** |';
  it('reads each row’s earlier figure as the old one', () => {
    expect(read(`The valid plan is now **v4** (rigging drawing rev.4).\n\n${TABLE}`)).toEqual([
      'bare 264>0',
      'bare 2400>2136',
    ]);
    expect(
      read(
        'Geçerli plan artık **v4**. v3 kullanılmamalı.\n\n| blok | v3 | **v4 (satışa açık)** |\n|---|---|---|\n| Balkon B | 264 | **0** |\n| **Toplam** | 2.400 | **2.136** |',
      ),
    ).toEqual(['bare 264>0', 'bare 2400>2136']);
  });
  it('reads nothing where the text does not give the later version as in force', () => {
    expect(read(`Two layouts for the promoter to choose from.\n\n${TABLE}`)).toEqual([]);
    expect(read(`v3 stays current; v4 is only a proposal.\n\n${TABLE}`)).toEqual([]);
  });
});

describe('a bare figure with decimals said to be invalid, beside the marked current one', () => {
  const read = (text: string) => supersessionsOf(text).map((s) => `${s.old}>${s.current}`);
  it('is the same quantity’s old value', () => {
    expect(
      read(
        'Labs: **K+ 4.6 mmol/L on the 08:25 re-run** – the first sample at 07:40 (6.9) was haemolysed 3+ and is invalid. Na 146.',
      ),
    ).toEqual(['6.9>4.6']);
    expect(
      read(
        'Labb: **K+ 4,6 mmol/L i omtaget kl 08:25** – första provet 07:40 (6,9) var hemolyserat 3+ och är ogiltigt.',
      ),
    ).toEqual(['6.9>4.6']);
    // A bare current one, in a language whose word after the figure reads as a unit.
    expect(read('IPK resmi sekarang **3,41**; angka 3,28 di formulir sudah tidak berlaku.')).toEqual([
      '3.28>3.41',
    ]);
    // Not in brackets, the current one in the sentence after.
    expect(
      read(
        'C27-0441 is grossly hemolysed, so the 6.9 is spurious and has been cancelled. Recollect verified 07:19: **K 5.2 mmol/L**.',
      ),
    ).toEqual(['6.9>5.2']);
  });
  it('is nothing where the figure is not set aside, is of another precision, or nothing is marked current', () => {
    // A table row: the cancelled instruction is the payer's, not the figure's.
    expect(
      read(
        '**48 processed (£3,721.36), 2 rejected (£197.06)**:\n| policy | £ | code |\n|---|---|---|\n| POL-HM-771204 | 84.16 | ADDACS 1 – cancelled by payer |',
      ),
    ).toEqual([]);
    expect(
      read('Labs: **K+ 4.6 mmol/L on the 08:25 re-run** – the first sample (6.9) was repeated to confirm.'),
    ).toEqual([]);
    expect(read('Labs: **K+ 4.6 mmol/L** – the first sample (7) was haemolysed and is invalid.')).toEqual([]);
    expect(read('Labs: K+ 4.6 mmol/L – the first sample (6.9) was haemolysed and is invalid.')).toEqual([]);
  });
});

describe('a table row whose status cell says it was replaced', () => {
  const read = (text: string) => supersessionsOf(text).map((s) => `${s.unit} ${s.old}>${s.current}`);
  it('gives its figures as old, the one row left standing as current', () => {
    expect(
      read(
        '| hora | CO (ppm) | NO2 (ppm) | estado |\n|---|---|---|---|\n| 18:30 | 19 | 1,1 | reemplazada |\n| 19:15 | **46** | **3,8** | **vigente** |',
      ),
    ).toEqual(['ppm 19>46', 'ppm 1.1>3.8']);
    expect(
      read(
        '| quote | amount | status |\n|---|---|---|\n| v1 | €23,410 | ~~superseded~~ |\n| v2 | €31,962 | current |',
      ),
    ).toEqual(['eur 23410>31962']);
  });
  it('reads nothing where no row is replaced, or several rows stand and the table says not which', () => {
    expect(
      read('| tank | level (m) | status |\n|---|---|---|\n| T1 | 4.2 | open |\n| T2 | 3.9 | closed |'),
    ).toEqual([]);
    expect(
      read(
        '| sample | Pb (µg/l) | status |\n|---|---|---|\n| S1 | 4 | withdrawn |\n| S2 | 6 | valid |\n| S3 | 9 | valid |',
      ),
    ).toEqual([]);
  });
});

describe('a replaced value in the words of other languages and currencies', () => {
  it('reads "no longer" and "instead of" as teams write them', () => {
    const read = (text: string) => supersessionsOf(text).map((s) => `${s.unit} ${s.old}>${s.current}`);
    expect(read('Mulai 02/12 PT Algatama bayar Rp 14.750/kg, tidak lagi Rp 13.200/kg (harga lama).')).toEqual(
      ['idr 13200>14750'],
    );
    expect(read('Breite 1,42 m statt 1,47 m, bitte so zuschneiden.')).toEqual(['m 1.47>1.42']);
    expect(read('Cena 12.500 zł zamiast 11.900 zł.')).toEqual(['pln 11900>12500']);
    // Two prices side by side, neither said to be replaced.
    expect(read('Rp 14.750/kg franco Surabaya, Rp 13.200/kg franco Bali.')).toEqual([]);
  });
  it('reads a figure a table row marks replaced, beside the row that carries the current one', () => {
    const read = (text: string) => supersessionsOf(text).map((s) => `${s.unit} ${s.old}>${s.current}`);
    expect(
      read(
        '| orçamento v1 (19/11) | R$ 23.410,00 — **substituído** |\n| orçamento v2 (22/11) | **R$ 31.962,40** |',
      ),
    ).toEqual(['brl 23410>31962.4']);
    expect(read('Quote v1: $23,410.00 (replaced). Quote v2: $31,962.40.')).toEqual(['usd 23410>31962.4']);
    expect(read('Dry ice is now **184 kg** (23 kg × 8), rev 1’s 96 kg is void.')).toEqual(['kg 96>184']);
    // A figure called a slip of recording, the figure it should be marked after it.
    expect(read('The 4,812 m³ of 18 Nov is a keying error: the photo shows **4,281 m³**.')).toEqual([
      'm3 4812>4281',
    ]);
    expect(read('A 2026-11-18-i 4 812 m³ rögzítési elírás: a fotón **4 281 m³** látszik.')).toEqual([
      'm3 4812>4281',
    ]);
    // A slip of something else, before both figures, sets neither aside.
    expect(read('Fixed a typo in the address: previous reading 4,196 m³, current **4,281 m³**.')).toEqual([]);
    // Withdrawn in the words of other languages: "ingetrokken", "zurückgezogen".
    expect(read('houdbaarheid **96 uur (4 dagen)** — de 7 dagen uit v3.1 is ingetrokken.')).toEqual([
      'dagen 7>4',
    ]);
    expect(read('Haltbarkeit **4 Tage** — die 7 Tage aus v3.1 sind zurückgezogen.')).toEqual(['day 7>4']);
    // "No longer the sum in force", the figure in force marked on the line before.
    expect(
      read(
        '| capital em vigor | **171 720 €** (indexação 01/01/2026) |\n\nOs 162 000 € da proposta de 2021 já não são o capital em vigor.',
      ),
    ).toEqual(['eur 162000>171720']);
    expect(
      read(
        '| sum in force | **171 720 €** |\nThe 162 000 € of the 2021 proposal is no longer the sum in force.',
      ),
    ).toEqual(['eur 162000>171720']);
    // No longer the only figure in force: both hold.
    expect(
      read(
        '| annex | **171 720 €** |\nThe 162 000 € cover is no longer the only one in force; the annex applies too.',
      ),
    ).toEqual([]);
    expect(read('| anexo | **171 720 €** |\nOs 162 000 € já não são o único capital em vigor.')).toEqual([]);
    // "Replaced" with an object is the new figure doing the replacing.
    expect(read('The new quote of $31,962.40 replaced the $23,410.00 one.')).toEqual([]);
    expect(read('Das Angebot über 31.962,40 € ersetzt das über 23.410,00 €.')).toEqual([]);
  });
});

describe('a record’s figure in a unit corrected, then quoted bare or keyed by the record', () => {
  const survey =
    'Site survey:\n- O1, O2 as ordered\n- **O3 – correction:** width **1.420 mm instead of 1.465 mm** (opening 1.435 mm, wall out of true). Cut O3 at 1.420.\n- O6 sill 2.480 mm';
  /** Surveyor → planner, whose cutting call keys each window's width × height by its name, → production. */
  const cut = (windows: Record<string, number[]>, said: string) =>
    recordedFailure(async (tracer, clock) => {
      clock.advance(10);
      const found = await tracer.turn('surveyor', async () => survey, {
        input: [
          { role: 'user', content: 'Order 0457: O1 1.165 × 1.430, O3 1.465 × 1.430, O6 2.400 × 2.200.' },
        ],
      });
      tracer.handoff({ from: 'surveyor', to: 'planner', content: found });
      clock.advance(10);
      const planned = await tracer.turn(
        'planner',
        async (turn) => {
          turn
            .startToolCall({ name: 'optimise_cuts', args: { order: '0457', windows } })
            .end({ result: 'RK-45021 ok' });
          return said;
        },
        { input: [{ role: 'user', content: found }] },
      );
      tracer.handoff({ from: 'planner', to: 'production', content: planned });
      clock.advance(10);
      return tracer.turn('production', async () => 'Production 02.12 per RK-45021.', {
        input: [{ role: 'user', content: planned }],
      });
    });
  it('reads the record a correction heads, and the figure grouped in thousands', () => {
    const [s] = supersessionsOf(survey);
    expect([s?.record, s?.old, s?.oldGrouped, s?.current, s?.currentGrouped]).toEqual([
      ['o3'],
      1.465,
      1465,
      1.42,
      1420,
    ]);
    // Spaces group thousands too: "12 500 Kč" is one figure, not 500.
    expect(
      quantitiesOf('Cena 12 500 Kč, hmotnost 3,5 t, 45.000 ₫').map((q) => `${q.value} ${q.unit}`),
    ).toEqual(['12500 czk', '3.5 t', '45000 vnd']);
  });
  it('is stale context where the planner’s call keys the record with the old figure', async () => {
    expect(await cut({ O1: [1165, 1430], O3: [1465, 1430] }, 'Cuts RK-45021: O1, O3 (1.465 × 1.430).')).toBe(
      'stale_context surveyor → planner (planner)',
    );
  });
  it('is nothing when the record gets its corrected figure, in either form, or another record the old one', async () => {
    expect(
      await cut({ O1: [1165, 1430], O3: [1420, 1430] }, 'Cuts RK-45021: O1, O3 (1.420 × 1.430).'),
    ).toBeNull();
    expect(await cut({ O1: [1465, 1430], O3: [1420, 1430] }, 'Cuts RK-45021: O3 1420 × 1430 mm.')).toBeNull();
    expect(
      await cut(
        { O1: [1165, 1430], O3: [1420, 1430] },
        'Cuts RK-45021: O3 1.465 → 1.420 × 1.430 as surveyed.',
      ),
    ).toBeNull();
  });
});

describe('a version whose figures a message says are superseded', () => {
  it('reads each figure against the one figure of its unit the message gives outside it', () => {
    const read = (text: string) => supersessionsOf(text).map((s) => `${s.unit} ${s.old}>${s.current}`);
    expect(
      read(
        'Amended 05/02: set point −18.0 °C, vents CLOSED (0 CBM/h). v1 (+2.0 °C chilled, 25 CBM/h) is superseded.',
      ),
    ).toEqual(['°c 2>18', 'cbm/h 25>0']);
    // Two figures of the unit outside it: which one replaced it is not said.
    expect(read('Chamber A −18 °C, chamber B −25 °C. v1 (+2.0 °C) is superseded.')).toEqual([]);
    expect(read('v2 keeps +2.0 °C. v1 (+2.0 °C, 25 CBM/h) is superseded.')).toEqual([]);
  });
  it('reads a version named with words after its label, replaced by another, and its counts', () => {
    const read = (text: string) => supersessionsOf(text).map((s) => `${s.unit} ${s.old}>${s.current}`);
    const order =
      'EO-014 went to rev B at 06:15: Scotch Creek, Lee Creek, Magna Bay and Anglemont, 1,185 properties. Rev A from last night (Scotch Creek and Lee Creek, 640 properties) is replaced by it.';
    expect(read(order)).toEqual(['#properti 640>1185']);
    // In force beside the other, or replaced in no words: nothing superseded.
    expect(read(order.replace('is replaced by it', 'stays in force for Lee Creek'))).toEqual([]);
    // Two other counts of the noun: which one replaced it is not said.
    expect(
      read(
        'Zone 1: 1,185 properties; zone 2: 212 properties. Rev A from last night (Scotch Creek, 640 properties) is replaced by rev B.',
      ),
    ).toEqual([]);
  });
});

describe('two figures a signed change between them links', () => {
  const read = (text: string) =>
    supersessionsOf(text).map((s) => `${s.unit || 'bare'} ${s.old}>${s.current}`);
  it('reads the one it started from as old, the one it came to as current, in any language', () => {
    expect(
      read('Meropenem 1 g (INW/2027/02/011): **38 vials.** Correction −82 against 120 in the system.'),
    ).toEqual(['bare 120>38']);
    expect(read('Stan po inwentaryzacji 38 fiol., korekta −82 względem 120 w systemie.')).toEqual([
      'bare 120>38',
    ]);
    expect(read('Headcount now 57 (+12 on the 45 in the plan).')).toEqual(['bare 45>57']);
    // Thousands grouped by a space are one figure: 85 000 + 47 000 is 132 000, not 85 + 47.
    expect(read('Rezerwa 132 000,00 zł, zmiana +47 000,00 zł wobec 85 000 zł.')).toEqual([
      'bare 85000>132000',
    ]);
  });
  it('reads nothing between two periods, with two changes, or where no two figures are linked', () => {
    expect(read('Q4 sales 38 vs Q3 120 (−82).')).toEqual([]);
    expect(read('Stock 38, correction −82 and +5 against 120.')).toEqual([]);
    expect(read('Stock 38 vials, correction −12 pending review.')).toEqual([]);
    // A sum's plus joins parts, no change: "36 students + 2 adults, 38 tickets".
    expect(read('Issue 36 students + 2 adults, 38 tickets in all.')).toEqual([]);
    // A range or a date's dash is no sign.
    expect(read('Dose 38-120 mg on 2027-02-11, 82 vials.')).toEqual([]);
  });
});

describe('a figure a postposition marks as the one changed from', () => {
  const read = (text: string) => supersessionsOf(text).map((s) => `${s.unit} ${s.old}>${s.current}`);
  it('reads it against the one other figure of its unit in the sentence', () => {
    expect(read('현재 유효: v4.0. 유지 용량 **150 mg** 피하주사(v3.1의 200 mg에서 변경).')).toEqual([
      'mg 200>150',
    ]);
    expect(read('維持量は200 mgから150 mgに変更。')).toEqual(['mg 200>150']);
  });
  it('reads a particle written onto a unit as its end, and nothing where no other figure stands', () => {
    expect(quantitiesOf('200 mg에서 변경').map((q) => `${q.value} ${q.unit}`)).toEqual(['200 mg']);
    expect(read('유지 용량 200 mg에서 시작.')).toEqual([]);
  });
});

describe('a balance rolled forward over the signed movements a text lists', () => {
  const read = (text: string) => supersessionsOf(text).map((s) => `${s.unit} ${s.old}>${s.current}`);
  const balance =
    'Silo S-07 on 08/03: **3,850.4 t** of soy.\n\n- February close: 5,200.0 t\n- OT-0227 (28/02): −1,334.0 t to S-09\n- QT-0301: −15.6 t shrinkage';
  it('reads the balance the movements started from as old, the one they give as current', () => {
    expect(read(balance)).toEqual(['t 5200>3850.4']);
    expect(read(balance.replace(/,(\d{3})/g, '.$1').replace(/\.(\d)\b/g, ',$1'))).toEqual(['t 5200>3850.4']);
  });
  it('reads nothing where the movements give no other figure of the list', () => {
    expect(read(balance.replace('3,850.4', '3,900.0'))).toEqual([]);
    // Movements of another unit move nothing of this one.
    expect(read('Stock 5,200 t; trucks: −12 h, −3 h; left 3,850.4 t.')).toEqual([]);
  });
});

describe('a figure a message says a source still gives', () => {
  const desk =
    '- **Storage temp changed**: spec GC-QS-14 rev C → gelato must be stored at **−25 °C or colder**. −18 °C is only ok in transit.\n- The booking still says −18, it was made before the change.';
  const slot = relay(['contract_desk', 'controller', 'slotter'], 'BK-55102: any spec changes?', (brief) => ({
    done: `Slotted per brief: ${brief}`,
    answer: 'BK-55102 slotted, GRN-88310.',
  }));
  it('reads the figure the source still gives and the one in force', () => {
    const read = (text: string) => supersessionsOf(text).map((s) => `${s.unit} ${s.old}>${s.current}`);
    expect(read(desk)).toEqual(['°c 18>25']);
    expect(read('Max load is now 40 kg per tote; the label still shows 45 kg.')).toEqual(['kg 45>40']);
    // A source that still gives the figure in force, or no figure put in force beside it.
    expect(read('The label still shows 40 kg; max load is now 40 kg.')).toEqual([]);
    expect(read('The gauge still shows 3 bar after the purge; line A at 4 bar.')).toEqual([]);
  });
  it('is stale context where an agent shown it briefs the next with the old figure', async () => {
    expect(await slot(desk, 'BK-55102: slot in a −18 °C chamber as per booking, FEFO.')).toBe(
      'stale_context controller → slotter (controller)',
    );
  });
  it('is nothing when the brief gives the figure in force', async () => {
    expect(await slot(desk, 'BK-55102: slot at −25 °C (booking still says −18, ignore), FEFO.')).toBeNull();
  });
});

describe('figures a message sets aside beside the same fields’ current ones', () => {
  const notes =
    'Go with fitting 2 (3 Dec): bust 93 / waist 68 / hips 99, hollow-to-hem 154 cm, with the corset and 7 cm shoes. Fitting 1 (71 waist, 152 hem) was in flats, no corset — not for cutting.';
  const cut = relay(
    ['fitting_assistant', 'bridal_manager', 'cutting_room'],
    'AL-2291: what do we cut to?',
    (brief) => ({
      done: `Ticket CR-7720 opened: ${brief}`,
      answer: 'AL-2291 started, ticket CR-7720.',
    }),
  );
  it('reads each set-aside figure with its field’s current one, two fields at least', () => {
    const read = (text: string) =>
      supersessionsOf(text).map((s) => `${s.subject?.[0] ?? s.unit} ${s.old}>${s.current}`);
    expect(read(notes)).toEqual(['waist 71>68', 'cm 152>154']);
    expect(read('Go with fitting 2: waist 68. Fitting 1 (71 waist) was in flats, not for cutting.')).toEqual(
      [],
    );
    expect(
      read('Fitting 2: waist 68, hollow-to-hem 154 cm. Fitting 1: 71 waist, 152 hem, in flats.'),
    ).toEqual([]);
  });
  it('is stale context where an agent shown them briefs the next with the set-aside figures', async () => {
    expect(await cut(notes, 'AL-2291: take in to waist 71 cm, bust 94; hem to hollow-to-hem 152 cm.')).toBe(
      'stale_context bridal_manager → cutting_room (bridal_manager)',
    );
    expect(
      await cut(notes, 'AL-2291: take in to waist 68 cm, bust 93; hem to hollow-to-hem 154 cm.'),
    ).toBeNull();
  });
});

describe('a record a message states in a current and an earlier version', () => {
  const CONSIST =
    '4S91 consist, current TOPS v3: 32 wagons, 1688 t trailing, 698 m. For ref v1 at 04:10 had 28 wagons / 1412 t / 610 m.';
  it('is stale context at the boundary it came in by when the agent books with the earlier version', async () => {
    expect(await path(CONSIST, 610, 1412)).toBe('stale_context consist_clerk → path_planner (path_planner)');
  });
  it('is nothing when the agent books with the current version', async () => {
    expect(await path(CONSIST, 698, 1688)).toBeNull();
  });
});

const REQUEST = "Book the Oslo room for Tuesday's board meeting, 12 seats, screen needed.";

/** A calendar check whose notes reach the room booker with the original request. */
async function booking(notes: string, booked: string) {
  return recordedFailure(async (tracer, clock) => {
    clock.advance(10);
    const checked = await tracer.turn('calendar_agent', async () => notes, {
      input: [{ role: 'user', content: REQUEST }],
    });
    tracer.handoff({ from: 'calendar_agent', to: 'room_booker', content: checked });
    clock.advance(10);
    return tracer.turn('room_booker', async () => booked, {
      input: [{ role: 'user', content: `Notes: ${checked}\nOriginal request: ${REQUEST}` }],
    });
  });
}

const MOVED =
  'Correction: the board meeting is not Tuesday — the chair moved it to Thursday 14:00, and Thursday is confirmed by her office.';

describe('a claim a message says was wrong', () => {
  it('is stale context where the receiver still states it and never the replacement', async () => {
    expect(await booking(MOVED, 'Booked the Oslo room for Tuesday 14:00, 12 seats with screen.')).toBe(
      'stale_context calendar_agent → room_booker (room_booker)',
    );
  });
  it('is nothing when the receiver uses the replacement, or names the old claim as old', async () => {
    expect(await booking(MOVED, 'Booked the Oslo room for Thursday 14:00, 12 seats with screen.')).toBeNull();
    expect(
      await booking(MOVED, 'Booked the Oslo room for 14:00, 12 seats; it was not Tuesday after all.'),
    ).toBeNull();
  });
  it('is nothing when the message denies something without correcting an earlier claim', async () => {
    const notes = 'No conflicts on Tuesday; the chair confirmed Tuesday 14:00 and the screen is booked.';
    expect(await booking(notes, 'Booked the Oslo room for Tuesday 14:00, 12 seats with screen.')).toBeNull();
    expect(refutationsOf('Actually there is no catering; coffee only, coffee at 14:00.', REQUEST)).toEqual(
      [],
    );
  });
});

/** Lab → selector (picks stock with a tool, hands on) → issuer; the lab says the old record was wrong. */
async function units(lab: string, grade: string) {
  return recordedFailure(async (tracer, clock) => {
    clock.advance(10);
    const report = await tracer.turn('lab', async () => lab, {
      input: [{ role: 'user', content: 'Grade the cable sample for lot 7741.' }],
    });
    tracer.handoff({ from: 'lab', to: 'selector', content: report });
    clock.advance(10);
    const picked = `Picked 40 m of grade ${grade} cable, reels R-118 and R-121.`;
    await tracer.turn(
      'selector',
      async (turn) => {
        turn
          .startToolCall({ name: 'search_stock', args: { grade, metres: 40 } })
          .end({ result: `Grade ${grade}: reels R-118, R-121, R-140.` });
        return picked;
      },
      { input: [{ role: 'user', content: report }] },
    );
    tracer.handoff({ from: 'selector', to: 'issuer', content: picked });
    clock.advance(10);
    return tracer.turn('issuer', async () => `Issued reels R-118 and R-121 (${grade}).`, {
      input: [{ role: 'user', content: picked }],
    });
  });
}

const LAB =
  'Lot 7741 tests as LSZH low-smoke. The "PVC std" on the lot card was a labelling error and the register now shows LSZH halogen-free.';

describe('a quoted claim a message calls an error', () => {
  it('reads the refuted words and what replaced them', () => {
    expect(erroneousClaimsOf(LAB)).toEqual([
      expect.objectContaining({ term: 'pvc', replacement: ['lszh', 'halogen', 'free'] }),
      expect.objectContaining({ term: 'std', replacement: ['lszh', 'halogen', 'free'] }),
    ]);
    expect(erroneousClaimsOf('The "PVC std" label is an error code list.')).toEqual([]);
  });
  it('is stale context at the boundary it came in by when the receiver acted on the old claim itself', async () => {
    expect(await units(LAB, 'PVC')).toBe('stale_context lab → selector (selector)');
  });
  it('is nothing when the receiver used the replacement', async () => {
    expect(await units(LAB, 'LSZH')).toBeNull();
  });
});

/** Lead asks the planner, who says the berth changed; the lead then briefs the pilot. */
async function berth(planner: string, brief: string) {
  return recordedFailure(async (tracer, clock) => {
    clock.advance(10);
    tracer.handoff({ from: 'lead', to: 'planner', content: 'Which berth is MV Skarv on?' });
    const said = await tracer.turn('planner', async () => planner, {
      input: [{ role: 'user', content: 'Which berth is MV Skarv on?' }],
    });
    tracer.handoff({ from: 'planner', to: 'lead', content: said, kind: 'return' });
    clock.advance(10);
    await tracer.turn('lead', async () => brief, { input: [{ role: 'user', content: said }] });
    tracer.handoff({ from: 'lead', to: 'pilot', content: brief });
    clock.advance(10);
    return tracer.turn('pilot', async () => `Pilot booked: ${brief}`, {
      input: [{ role: 'user', content: brief }],
    });
  });
}

const MOVED_BERTH =
  'MV Skarv is no longer on berth Q7 (dredging until May) and was moved to berth Q12, 210 m.';

describe('an identifier a message says was replaced', () => {
  it('reads the old identifier and its replacement', () => {
    expect(reassignmentsOf(MOVED_BERTH)).toEqual([expect.objectContaining({ old: 'Q7', current: ['Q12'] })]);
    expect(reassignmentsOf('Q7 is no longer a problem; we moved on.')).toEqual([]);
  });
  it('reads a place given over to another use beside the place things move to', () => {
    const read = (text: string) => reassignmentsOf(text).map((r) => `${r.old}>${r.current.join(' ')}`);
    expect(
      read(
        'Staging location changed at the 14:30 update: the Elk Prairie Fairgrounds is now a livestock evacuation site, staging moves to **Harmon Airfield, 4400 Airport Rd** (north apron).',
      ),
    ).toEqual(['Elk Prairie Fairgrounds>Harmon Airfield']);
    // A numbered place things changed away from, beside the one other of its noun.
    expect(
      read(
        'Causa 66/2026, 9:30 h: **Sala 7** (se cambió el 2 de febrero desde la Sala 4 por el bucle magnético).',
      ),
    ).toEqual(['Sala 4>Sala 7']);
    // Some things moved, the rest stay: "8 coils (396 t) moved from hold 3 to hold 4".
    expect(read('8 coils (396 t) moved from hold 3 to hold 4.')).toEqual([]);
    // A place that is now something without anything moving, or a move with no place set aside.
    expect(read('The Elk Prairie Fairgrounds is now a staging site for both strike teams.')).toEqual([]);
    expect(read('Staging moves to Harmon Airfield at 20:00; crews fuel at Station 4.')).toEqual([]);
  });
  it('reads codes a sentence sets aside beside codes of their shape marked in force', () => {
    const spec =
      '| revision in force | **B** of 08.01.2027 |\n| concrete class | **C30/37 XC4 W8** |\n\nRev. A (C25/30 XC2) of 02.10.2026 została zastąpiona — do not order per the instruction.';
    const read = (text: string) => reassignmentsOf(text).map((r) => `${r.old}>${r.current.join(' ')}`);
    expect(read(spec)).toEqual(['C25>C30 XC4 W8', 'XC2>C30 XC4 W8']);
    // Nothing marked in force, or the set-aside words about something else after a full stop.
    expect(read('Rev. A (C25/30 XC2) of 02.10.2026 has been superseded.')).toEqual([]);
    expect(
      read('| class | **C30/37 XC4** |\nC25/30 was trialled. The old pump booking is cancelled.'),
    ).toEqual([]);
    // Held back from use ("must not ship: quarantined", "mag niet weg"), beside the code to use in bold.
    expect(read('**L2207 must not ship**: quarantined since 30-01. **Use L2231**: 44 kits free.')).toEqual([
      'L2207>L2231',
    ]);
    expect(
      read('**L2207 mag niet weg**: in quarantaine sinds 30-01. **Gebruik L2231**: 44 kits vrij.'),
    ).toEqual(['L2207>L2231']);
    // Released again and named for use: no replacement.
    expect(read('L2207 was on hold until QA; **use L2207** now, L2231 stays in stock.')).toEqual([]);
  });
  it('reads an identifier superseded by its digits alone, named in full elsewhere', () => {
    const history =
      '- PA-UHC-5521907: expired 01/31/2026\n- PA-UHC-5590342: approved 01/28–04/28/2026, supersedes 5521907';
    expect(reassignmentsOf(history)).toEqual([
      expect.objectContaining({ old: 'PA-UHC-5521907', current: ['PA-UHC-5590342'] }),
    ]);
    // Digits that end no identifier of the text: a count, not a code.
    expect(reassignmentsOf('PA-UHC-5590342 approved; it replaces 2000 pages of forms.')).toEqual([]);
  });
  it('reads a release set aside beside the one to use', () => {
    const audit =
      'Advisory revised: the 9.0.1 fix only patched the sync path; 9.0.1 is now in the affected range.\n- **Target: 9.0.2**. The "fixed in 9.0.1" in the alert predates the revision.';
    expect(reassignmentsOf(audit)).toEqual([expect.objectContaining({ old: '9.0.1', current: ['9.0.2'] })]);
    // Two releases side by side with nothing set aside: no replacement.
    expect(reassignmentsOf('Current: 9.0.0. Target: 9.0.2, no API changes since 9.0.1.')).toEqual([]);
  });
  it('reads a two-part version written with its v', () => {
    const readiness =
      '**ICF: use v4.1 (site copy v4.1-0318, 10/03/2027).** The v4.0 of 12/01 in the tracker is superseded and must not be used.';
    expect(reassignmentsOf(readiness)).toEqual([expect.objectContaining({ old: 'v4.0', current: ['v4.1'] })]);
    // Nothing set aside, or a bare figure that is no version: no replacement.
    expect(reassignmentsOf('Tested v1.2 and v1.3; use v1.3 for the pilot.')).toEqual([]);
    expect(reassignmentsOf('Use v2.0 of the form. Buffer at pH 4.0 is superseded by the new SOP.')).toEqual(
      [],
    );
  });
  it('reads a network address taken out of use and the one in use now', () => {
    expect(
      reassignmentsOf(
        '185.220.101.44 is **dead** — sinkholed at 04:55Z. The operators moved to **91.215.85.17:8443**.',
      ),
    ).toEqual([expect.objectContaining({ old: '185.220.101.44', current: ['91.215.85.17'] })]);
    expect(
      reassignmentsOf(
        '| IP at detection | 10.20.4.33 |\n| **IP now** | **10.20.4.57** |\n\n10.20.4.33 was re-leased to a printer.',
      ),
    ).toEqual([expect.objectContaining({ old: '10.20.4.33', current: ['10.20.4.57'] })]);
    // Down or unreachable is still the one to repair; two addresses of a flow replace nothing.
    expect(reassignmentsOf('Server 10.0.0.4 is down; failover now on 10.0.0.5.')).toEqual([]);
    expect(
      reassignmentsOf('Blocked traffic from 10.1.1.5 to 10.1.1.9; version 1.2.3.4 of the agent is live.'),
    ).toEqual([]);
  });
  it('reads a place said to be closed and the place things moved to', () => {
    const brief = 'Road to car park B closed since 14/12 (washout), meeting pt moved to Hut C, 2 km lower.';
    expect(reassignmentsOf(brief)).toEqual([
      expect.objectContaining({ old: 'car park B', current: ['Hut C'] }),
    ]);
    expect(reassignmentsOf('The shop is closed on Sundays; we moved to the new site.')).toEqual([]);
  });
  it('reads a place said to be at capacity and the place opened instead, in the next sentence too', () => {
    const full =
      'Kamloops reception: the Sandman Centre (RC-KAM-01) hit capacity at 12:10 with 1,412 registered. ESS opened **McArthur Island Sport Centre, 1655 Island Pkwy** at 12:30, 640 spaces left.';
    expect(reassignmentsOf(full)).toEqual([
      expect.objectContaining({ old: 'Sandman Centre', current: ['McArthur Island Sport'] }),
    ]);
    // Busy is not full, and a place full with nowhere else opened replaces nothing.
    expect(reassignmentsOf('Plant 2 is running at capacity. We opened Line 4 to the night shift.')).toEqual(
      [],
    );
    expect(reassignmentsOf('Hall B is full until 14:00. Queue at the door.')).toEqual([]);
  });
  it('reads a place closed in capitals and the route taken instead', () => {
    expect(
      reassignmentsOf(
        'Highway 8 is CLOSED km 18–41 — route via Highway 1 south to Hope, then Highway 5 north.',
      ),
    ).toEqual([expect.objectContaining({ old: 'Highway 8', current: ['Highway 1'] })]);
    expect(reassignmentsOf('Highway 8 is open again; route via Highway 8 as planned.')).toEqual([]);
  });
  it('is a misread task where the request itself said the place was closed, stale context where only the brief did', async () => {
    const convoy = (request: string, planned: string) =>
      recordedFailure(async (tracer, clock) => {
        const brief =
          'Convoy to Merritt, 60 residents. Highway 8 is CLOSED km 18–41 — route via Highway 1 to Hope.';
        await tracer.turn('coordinator', async () => 'Briefing the planner.', {
          input: [{ role: 'user', content: request }],
        });
        tracer.handoff({ from: 'coordinator', to: 'planner', content: brief });
        clock.advance(10);
        await tracer.turn('planner', async () => planned, { input: [{ role: 'user', content: brief }] });
        tracer.handoff({ from: 'planner', to: 'coordinator', content: planned });
        clock.advance(10);
        return tracer.turn('coordinator', async () => `Convoy planned: ${planned}`, {
          input: [{ role: 'user', content: planned }],
        });
      });
    const closed =
      'About 60 residents need a convoy to Merritt. Highway 8 is closed by fire at km 18–41. Plan the route.';
    const silent = 'About 60 residents need a convoy to Merritt. Plan the route.';
    expect(await convoy(closed, 'Convoy leaves 16:00 via Highway 8 east, ETA 17:05.')).toBe(
      'misunderstood_task coordinator → planner (planner)',
    );
    expect(await convoy(silent, 'Convoy leaves 16:00 via Highway 8 east, ETA 17:05.')).toBe(
      'stale_context coordinator → planner (planner)',
    );
    expect(await convoy(closed, 'Convoy leaves 16:00 via Highway 1 and Hope, ETA 18:10.')).toBeNull();
  });
  it('reads, across a message, the one place whose record is closed and the one place things are now at', () => {
    const moved =
      'Heads up: the referral is out of date. J. and K. are now at **Heworth Grange Primary, Felling NE10**, 08:50-15:20. St Aidan’s record closed 26/02.';
    expect(reassignmentsOf(moved)).toEqual([
      expect.objectContaining({ old: 'St Aidan’s', current: ['Heworth Grange Primary'] }),
    ]);
    // Two places they might be at: which one replaced it is not said.
    expect(reassignmentsOf(`${moved} K. is now at Felling Nursery on Fridays.`)).toEqual([]);
  });
  it('reads a code negated after its replacement in a sentence about a change', () => {
    const swapped =
      'NB vehicle changed by phone 08:47: testing LD68 PZN (Skoda Octavia, class 4) - NOT WR19 KXT from the booking.';
    expect(reassignmentsOf(swapped)).toEqual([expect.objectContaining({ old: 'WR19', current: ['LD68'] })]);
    // A contrast of two things, and a code of another shape, replace nothing.
    expect(reassignmentsOf('Testing LD68 PZN today, not WR19 KXT: that one is due in August.')).toEqual([]);
    expect(reassignmentsOf('Gate changed: board at B12, not the shuttle 4417.')).toEqual([]);
    // A switch numbered on a panel is equipment, not a change.
    expect(
      reassignmentsOf('Open RMU-44 switch 2; earth feeder F12 only (not F21, live for the transfer).'),
    ).toEqual([]);
    expect(reassignmentsOf('Switched to feeder F12 (not F21) after the survey.')).toEqual([
      expect.objectContaining({ old: 'F21', current: ['F12'] }),
    ]);
  });
  it('reads a code good until a day and the code of its kind that replaces it from a later day', () => {
    const moved =
      'Route BH-3: picked up at 14 Elm Road (R95 K2T8) up to Fri 8 Jan. From Mon 11 Jan the pickup moves to 3 Birch Close (R95 X6P1).';
    expect(reassignmentsOf(moved)).toEqual([expect.objectContaining({ old: 'K2T8', current: ['X6P1'] })]);
    // A code of another kind stays (the route), and a day alone moving is no replaced code.
    expect(reassignmentsOf(moved).map((r) => r.old)).not.toContain('BH-3');
    expect(
      reassignmentsOf('Stand B2 booked until 10 March. From 11 March the fair moves to hall 4.'),
    ).toEqual([]);
  });
  it('is stale context where an agent shown a code replaced from a later day briefs with the old one', async () => {
    const moved = 'MV Skarv on berth Q7 until Fri 8 Jan. From Mon 11 Jan she moves to berth Q12.';
    expect(await berth(moved, 'From Mon 11 Jan bring MV Skarv alongside berth Q7 at 06:00.')).toBe(
      'stale_context lead → pilot (lead)',
    );
    expect(await berth(moved, 'From Mon 11 Jan bring MV Skarv alongside berth Q12 at 06:00.')).toBeNull();
  });
  it('is stale context where an agent shown it briefs the next with the old one', async () => {
    expect(await berth(MOVED_BERTH, 'Bring MV Skarv alongside berth Q7 at 06:00.')).toBe(
      'stale_context lead → pilot (lead)',
    );
  });
  it('is nothing when the brief names the new one, or the old one as old', async () => {
    expect(await berth(MOVED_BERTH, 'Bring MV Skarv alongside berth Q12 at 06:00.')).toBeNull();
    expect(
      await berth(MOVED_BERTH, 'MV Skarv moved from Q7; bring her alongside the new berth at 06:00.'),
    ).toBeNull();
  });
});

describe('an identifier a message says another supersedes', () => {
  it('reads the old identifier after "supersedes" and before "superseded by"', () => {
    expect(reassignmentsOf('Map v42 is live (published 03:41, supersedes v41, ticket FAC-2291).')).toEqual([
      expect.objectContaining({ old: 'v41', current: ['v42'] }),
    ]);
    expect(reassignmentsOf('Drawing rev C2 is superseded by C3; build from that.')).toEqual([
      expect.objectContaining({ old: 'C2', current: ['C3'] }),
    ]);
    // A code of another shape replaces nothing it is said of: a ticket is no map.
    expect(reassignmentsOf('FAC-2291 replaces v41 racking notes.')).toEqual([]);
    expect(reassignmentsOf('The pump P-12 replaces the manual bilge bucket.')).toEqual([]);
  });
  // A router's structured answer carries the brief (`{"next":…,"prompt":…}`), as AI SDK routing does.
  const route = (args: Record<string, unknown>) =>
    recordedFailure(async (tracer, clock) => {
      const brief =
        'Map v42 is live (supersedes v41: aisle 17 shifted). Re-apply slow zones SZ-15..SZ-19 on v42.';
      await tracer.turn(
        'fleet_supervisor',
        async () => JSON.stringify({ next: 'zone_planner', prompt: brief }),
        {
          input: [{ role: 'user', content: 'Aisles 15-19 re-racked: update the slow zones.' }],
        },
      );
      tracer.handoff({ from: 'fleet_supervisor', to: 'zone_planner', content: brief });
      clock.advance(10);
      return tracer.turn(
        'zone_planner',
        async (turn) => {
          turn
            .startToolCall({ name: 'apply_zones', args })
            .end({ result: { zoneset: 'ZS-0418', active: true } });
          return 'Zone set ZS-0418 active: SZ-15..SZ-19 at 0.8 m/s.';
        },
        { input: [{ role: 'user', content: brief }] },
      );
    });
  it('is stale context where the receiver acts on the old one a router’s brief set aside', async () => {
    expect(await route({ site: 'TLB2', map: 'v41', zones: ['SZ-15', 'SZ-19'] })).toBe(
      'stale_context fleet_supervisor → zone_planner (zone_planner)',
    );
    expect(await route({ site: 'TLB2', map: 'v42', zones: ['SZ-15', 'SZ-19'] })).toBeNull();
  });
});

describe('a value its own tool said was superseded, used by the agent afterwards', () => {
  const TASK = 'Examine boiler SB-2 per written scheme WSE-KD-02. Register: SWP 10.0 bar, SVs set 10.0 bar.';
  const scheme = {
    name: 'written_scheme',
    args: { scheme: 'WSE-KD-02' },
    result:
      'WSE-KD-02 rev 5: shell thinning found. SAFE WORKING PRESSURE REDUCED TO 8.5 bar. Safety valves to be reset at 8.5 bar. Supersedes rev 4 (SWP 10.0 bar).',
  };
  const exam = (answer: string) => receivedTaskFailure(['planner', 'inspector'], TASK, [scheme], answer);
  it('reads the replaced version’s value and the one the revision sets', () => {
    expect(supersessionsOf(scheme.result)).toMatchObject([{ old: 10, current: 8.5, unit: 'bar' }]);
  });
  it('is stale context at the boundary its task came in by', async () => {
    expect(await exam('SVs tested at 10.0 bar, both lift in tolerance. Fit for use at SWP 10.0 bar.')).toBe(
      'stale_context planner → inspector (inspector)',
    );
  });
  it('is nothing when the answer works from the revision, naming the old value as old', async () => {
    expect(
      await exam(
        'SVs reset and tested at 8.5 bar (register said 10.0 bar, superseded by rev 5). Fit at SWP 8.5 bar.',
      ),
    ).toBeNull();
  });
});

describe('an amount of money a message says was replaced', () => {
  const TASK = 'Invoice Dr Hale (C-2208) for RB-4471 at the catalogue price £48,000.';
  const note =
    'Collation RB-4471 done. Per house policy re-priced: now £41,500 (was £48,000). Please invoice £41,500.';
  it('reads the currency-first form, thousands separators and all', () => {
    expect(supersessionsOf(note)).toMatchObject([{ old: 48000, current: 41500, unit: 'gbp' }]);
  });
  const invoice = (price: number) =>
    recordedFailure(async (tracer, clock) => {
      tracer.handoff({ from: 'sales_desk', to: 'book_collator', content: TASK });
      const said = await tracer.turn('book_collator', async () => note, {
        input: [{ role: 'user', content: TASK }],
      });
      clock.advance(10);
      tracer.handoff({ from: 'book_collator', to: 'invoicing_clerk', content: said });
      return tracer.turn(
        'invoicing_clerk',
        async (turn) => {
          turn
            .startToolCall({ name: 'create_invoice', args: { item: 'RB-4471', price_gbp: price } })
            .end({ result: '{"invoice":"INV-9921"}' });
          return 'Invoice INV-9921 sent.';
        },
        { input: [{ role: 'user', content: `${TASK}\n${said}` }] },
      );
    });
  it('is stale context when the next agent invoices the old amount in a field named for its currency', async () => {
    expect(await invoice(48000)).toBe('stale_context book_collator → invoicing_clerk (invoicing_clerk)');
  });
  it('is nothing when it invoices the new amount', async () => {
    expect(await invoice(41500)).toBeNull();
  });
});

describe('a bare old figure beside the value a sentence sets', () => {
  it('takes the unit of the value set ("CHANGED to 11.48 m … - was 11.62 on the order form")', () => {
    expect(
      supersessionsOf(
        'LUFF CHANGED to 11.48 m per the owner (rigger re-measured) - was 11.62 on the order form.',
      ),
    ).toMatchObject([{ old: 11.62, current: 11.48, unit: 'm' }]);
  });
  it('reads no change where the old figure is of another size or nothing is set', () => {
    expect(supersessionsOf('Luff set to 11.48 m; the batch was 3 on Monday.')).toEqual([]);
    expect(supersessionsOf('Luff 11.48 m; it was 11.62 on the old boat, which we sold.')).toEqual([]);
  });
});

describe('a record’s planned value beside the one in force, in the agent’s own tool result', () => {
  const STATUS =
    '{"scheduled":{"machine":"ARTHUR","ball_set":3},"pre_draw_test":{"ARTHUR":"FAIL 18:52"},"active":{"machine":"MERLIN","ball_set":6}}';
  const brief = (text: string) =>
    recordedFailure(async (tracer) => {
      await tracer.turn('draw_manager', async (turn) => {
        turn.startToolCall({ name: 'machine_status', args: { draw: 2931 } }).end({ result: STATUS });
        tracer.handoff({ from: 'draw_manager', to: 'draw_adjudicator', content: text });
        return text;
      });
      return tracer.turn('draw_adjudicator', async () => `Certified: ${text}`, {
        input: [{ role: 'user', content: text }],
      });
    });
  it('is stale context where a brief naming the planned one left', async () => {
    expect(await brief('Draw 2931 pre-draw cert please: machine ARTHUR with ball set 3.')).toBe(
      'stale_context draw_manager → draw_adjudicator (draw_manager)',
    );
  });
  it('is nothing when the brief names the one in force', async () => {
    expect(
      await brief('Draw 2931 pre-draw cert please: machine MERLIN (swapped in for ARTHUR), ball set 6.'),
    ).toBeNull();
  });
});

describe('a figure restated after an update', () => {
  const NOTE =
    'Our 22 Oct working paper flagged all 14 at €200,680.00.\n\nUpdate since then: confirmation BC-7781 came back — PV-22871 (€14,250.00) was recalled. Flagged loss is therefore 13 payments, €186,430.00.';
  it('reads the figure before the update as replaced by the one the update gives it', () => {
    expect(supersessionsOf(NOTE)).toEqual([
      expect.objectContaining({ old: 200680, current: 186430, unit: 'eur' }),
    ]);
  });
  it('reads nothing where the update repeats the figure, names another thing, or sets nothing', () => {
    expect(
      supersessionsOf(
        'Working paper flagged all 14 at €200,680.00. Update since then: flagged loss is still €200,680.00, now 13 debits confirmed.',
      ),
    ).toEqual([]);
    expect(supersessionsOf('Room A is €120 per night. Update: room B €110 per night was added.')).toEqual([]);
    expect(
      supersessionsOf('Flagged €200,680.00 in Oct. The flagged loss in the next claim is €186,430.00.'),
    ).toEqual([]);
  });
});

describe('a clock time the user’s request says moved', () => {
  const REQUEST =
    'Liver offer 26-LV-05512 accepted for R-3318. SNOD update 01:12: donor theatre delayed by CT, cross-clamp now 04:10 (was 02:40). Sort organ transport.';
  it('reads the old and the new time', () => {
    expect(supersessionsOf(REQUEST)).toEqual([
      expect.objectContaining({ old: 160, current: 250, unit: 'clock' }),
    ]);
    expect(supersessionsOf('KO moved from 15:00 to 19:45 by the broadcaster.')).toEqual([
      expect.objectContaining({ old: 900, current: 1185 }),
    ]);
    // A price is no clock; two times side by side replace nothing.
    expect(supersessionsOf('Now €14.50 (was 12.50).').filter((p) => p.unit === 'clock')).toEqual([]);
    expect(supersessionsOf('Theatre 04:10, courier 02:40.')).toEqual([]);
  });
  const coordinate = (brief: string) =>
    recordedFailure(async (tracer, clock) => {
      clock.advance(10);
      return tracer.turn(
        'transplant_coordinator',
        async () => {
          tracer.handoff({ from: 'transplant_coordinator', to: 'transport_lead', content: brief });
          clock.advance(10);
          await tracer.turn('transport_lead', async () => 'Courier and charter booked.', {
            input: [{ role: 'user', content: brief }],
          });
          clock.advance(10);
          return 'Transport set.';
        },
        { input: [{ role: 'user', content: REQUEST }] },
      );
    });
  it('is stale context where the agent handed the request briefs with the old time', async () => {
    expect(await coordinate('Liver 26-LV-05512: cross-clamp 02:40, organ at theatre door ~03:40.')).toBe(
      'stale_context transplant_coordinator → transport_lead (transplant_coordinator)',
    );
    expect(
      await coordinate('Liver 26-LV-05512: cross-clamp 04:10, organ at theatre door ~05:10.'),
    ).toBeNull();
  });
});

describe('a figure the request asks to be adjusted, and what it comes to', () => {
  const REQUEST =
    'Silica exposure, crusher, 6 personal samples. 12 h shifts: compare against the OEL (0.08 mg/m³) adjusted for the shift with factor 0.5, i.e. 0.04 mg/m³, and flag who enters surveillance.';
  it('reads the adjusted figure as the one to use', () => {
    expect(supersessionsOf(REQUEST)).toEqual([
      expect.objectContaining({ old: 0.08, current: 0.04, unit: 'mg/m3' }),
    ]);
    expect(
      supersessionsOf('LPP 0,08 mg/m³ **ajustado por jornada con factor 0,5, es decir 0,04 mg/m³**.'),
    ).toEqual([expect.objectContaining({ old: 0.08, current: 0.04 })]);
    // The same figure in other words, or an adjustment without the figure it comes to, is no change.
    expect(supersessionsOf('OEL 0.08 mg/m³, i.e. 80 µg/m³, adjusted for nothing.')).toEqual([]);
    expect(
      supersessionsOf('Compare against the OEL (0.08 mg/m³) adjusted for the shift; samples 0.05 mg/m³.'),
    ).toEqual([]);
  });
  const evaluate = (evaluation: string) =>
    recordedFailure(async (tracer, clock) => {
      clock.advance(10);
      const results = 'T-01 0.052 mg/m³; T-02 0.031 mg/m³; T-05 0.061 mg/m³.';
      await tracer.turn('sampler', async () => results, { input: [{ role: 'user', content: REQUEST }] });
      tracer.handoff({ from: 'sampler', to: 'evaluator', content: results });
      clock.advance(10);
      await tracer.turn('evaluator', async () => evaluation, {
        input: [{ role: 'user', content: `${results}\n\nTask: ${REQUEST}` }],
      });
      tracer.handoff({ from: 'evaluator', to: 'report_writer', content: evaluation });
      clock.advance(10);
      return tracer.turn('report_writer', async () => `Report: ${evaluation}`, {
        input: [{ role: 'user', content: evaluation }],
      });
    });
  it('is a misread task where the agent shown the request works from the figure before it', async () => {
    expect(await evaluate('Against the OEL 0.08 mg/m³: all six below the limit, no surveillance.')).toBe(
      'misunderstood_task sampler → evaluator (evaluator)',
    );
    expect(
      await evaluate(
        'Against the shift-adjusted OEL 0.04 mg/m³: T-01 and T-05 above it, both to surveillance.',
      ),
    ).toBeNull();
  });
});

describe('amounts in other conventions, and a figure said to hold no more in other languages', () => {
  it('reads money written with a decimal comma or dotted thousands', () => {
    const money = (text: string) =>
      quantitiesOf(text)
        .filter((q) => /^(?:brl|gbp|usd|eur)$/.test(q.unit))
        .map((q) => [q.value, q.unit]);
    expect(money('R$ 3,85/kg; total R$ 10.080,00; £41,500.50; $1.5m; 1.234,50 €')).toEqual([
      [3.85, 'brl'],
      [10080, 'brl'],
      [41500.5, 'gbp'],
      [1500000, 'usd'],
      [1234.5, 'eur'],
    ]);
  });
  it('reads the figure said to be no longer valid as replaced', () => {
    expect(
      supersessionsOf(
        '- Preço vigente: R$ 3,85/kg (termo aditivo TA-02/2026; o R$ 4,20 do contrato original não vale mais)',
      ),
    ).toEqual([expect.objectContaining({ old: 4.2, current: 3.85, unit: 'brl' })]);
    expect(supersessionsOf('Preis 12,50 € pro Stück, der alte Preis 14,00 € gilt nicht mehr.')).toEqual([
      expect.objectContaining({ old: 14, current: 12.5 }),
    ]);
    // Nothing said to hold no more; a figure alone.
    expect(supersessionsOf('Preço R$ 3,85/kg, frete R$ 4,20/kg.')).toEqual([]);
    expect(supersessionsOf('O contrato de R$ 4,20 não vale mais nada para nós.')).toEqual([]);
  });
});

describe('a value a text rules out', () => {
  it('reads the ruled-out time or figure as replaced by another of its kind the text gives', () => {
    const tide =
      '{"HW":"13:12","min_depth_ok_from":"10:40","note":"09:30 slot from template T-FLAT-AM NOT usable: 1.6 m under keel short"}';
    expect(supersessionsOf(tide)).toEqual([
      expect.objectContaining({ old: 570, current: 792, unit: 'clock' }),
    ]);
    expect(supersessionsOf('Bay 4 at 2.1 m headroom unavailable; bay 6 has 2.6 m.')).toEqual([
      expect.objectContaining({ old: 2.1, current: 2.6, unit: 'm' }),
    ]);
  });
  it('reads nothing where nothing else of its kind is given, or nothing is ruled out', () => {
    expect(supersessionsOf('The 09:30 slot is not available.')).toEqual([]);
    expect(supersessionsOf('Slots 09:30 and 10:40 both open.')).toEqual([]);
  });
});

describe('a concentration a brief corrects, used again by a call whose key spells the unit', () => {
  const run = (threshold: number) =>
    recordedFailure(async (tracer, clock) => {
      const brief =
        'Count exceedances for 08/02. Note the revised plan: the PM2.5 threshold is now 25 µg/m³, not 35 µg/m³.';
      await tracer.turn('aq_duty_officer', async () => brief, {
        input: [{ role: 'user', content: 'Daily bulletin: flag PM2.5 over the daily threshold.' }],
      });
      tracer.handoff({ from: 'aq_duty_officer', to: 'exceedance_analyst', content: brief });
      clock.advance(10);
      return tracer.turn(
        'exceedance_analyst',
        async (turn) => {
          turn
            .startToolCall({
              name: 'daily_exceedances',
              args: { pollutant: 'PM2.5', threshold_ugm3: threshold },
            })
            .end({ result: { exceeding: [] } });
          return 'PM2.5 on 08/02: no station over the threshold; highest AQ-07 at 31.2.';
        },
        { input: [{ role: 'user', content: brief }] },
      );
    });
  it('is the reader’s stale read, at the boundary the correction came in by', async () => {
    expect(await run(35)).toBe('stale_context aq_duty_officer → exceedance_analyst (exceedance_analyst)');
    expect(await run(25)).toBeNull();
  });
});

describe('a correction a reviewer sends back, and the revised draft', () => {
  it('labels the old value by its own clause only ("+ fees (was £22": the fees are the new price’s)', () => {
    expect(supersessionsOf('Face value is now £24.50 + fees (was £22, VAT + venue levy).')).toEqual([
      expect.objectContaining({ old: 22, current: 24.5, label: [] }),
    ]);
  });
  const run = (draft: string) =>
    recordedFailure(async (tracer, clock) => {
      const v1 = 'Leeds · Sun 14 Mar · Brudenell. Tickets £22 + fees, on sale Fri 29 Jan.';
      await tracer.turn('tour_copywriter', async () => v1, {
        input: [{ role: 'user', content: 'Announce the tour: Leeds Sun 14 Mar, tickets £22 + fees.' }],
      });
      tracer.handoff({ from: 'tour_copywriter', to: 'fact_checker', content: v1 });
      clock.advance(10);
      const revise = 'REVISE: face value is now £24.50 + fees (was £22, VAT + venue levy).';
      await tracer.turn('fact_checker', async () => revise, { input: [{ role: 'user', content: v1 }] });
      tracer.handoff({ from: 'fact_checker', to: 'tour_copywriter', content: revise });
      clock.advance(10);
      await tracer.turn('tour_copywriter', async () => draft, { input: [{ role: 'user', content: revise }] });
      tracer.handoff({ from: 'tour_copywriter', to: 'fact_checker', content: draft });
      clock.advance(10);
      return tracer.turn('fact_checker', async () => `APPROVED: ${draft}`, {
        input: [{ role: 'user', content: draft }],
      });
    });
  it('is the writer’s stale read, at the boundary the correction came in by, when v2 keeps the old price', async () => {
    expect(await run('v2 Leeds · Sun 14 Mar. Tickets £22 + fees, on sale Fri 29 Jan.')).toBe(
      'stale_context fact_checker → tour_copywriter (tour_copywriter)',
    );
    expect(await run('v2 Leeds · Sun 14 Mar. Tickets £24.50 + fees, on sale Fri 29 Jan.')).toBeNull();
  });
});

describe('an ask that quoted the old value, answered by a tool that says it was superseded', () => {
  const run = (brief: string) =>
    recordedFailure(async (tracer, clock) => {
      const ask = 'Which per diem applies to Frankfurt for Jan 2027? Claims were made at €62/€31.';
      return tracer.turn(
        'te_audit_lead',
        async (turn) => {
          const call = turn.startToolCall({ name: 'ask_policy_checker', args: { prompt: ask } });
          tracer.handoff({ from: 'te_audit_lead', to: 'policy_checker', kind: 'delegation', content: ask });
          clock.advance(10);
          const answer = 'For Jan 2027 use TP-DE-2027: €70 full day, €35 travel day (was €62/€31 in 2026).';
          await tracer.turn('policy_checker', async () => answer, {
            input: [{ role: 'user', content: ask }],
          });
          call.end({ result: answer });
          clock.advance(10);
          tracer.handoff({ from: 'te_audit_lead', to: 'reimbursement_clerk', content: brief });
          clock.advance(10);
          await tracer.turn('reimbursement_clerk', async () => 'EXP-1188 paid.', {
            input: [{ role: 'user', content: brief }],
          });
          return `Claims audited. ${brief}`;
        },
        { input: [{ role: 'user', content: 'Audit the two Frankfurt claims and pay.' }] },
      );
    });
  it('is no stale read for the ask itself; a brief sent after with the old rate is one', async () => {
    expect(await run('EXP-1188: recalc per diem at €70 full / €35 travel day. Pay.')).toBeNull();
    expect(await run('EXP-1188: pay the per diem at €62 full / €31 travel day.')).toBe(
      'stale_context te_audit_lead → reimbursement_clerk (te_audit_lead)',
    );
  });
});

describe('a value in force under a key of its own, or an earlier value beside it, in a tool result', () => {
  const work = (result: unknown, args: Record<string, unknown>) =>
    recordedFailure(async (tracer, clock) => {
      const task = 'Order 88314: book the courier pickup with the cash-on-delivery amount.';
      await tracer.turn('warehouse', async () => task, { input: [{ role: 'user', content: 'ship 88314' }] });
      tracer.handoff({ from: 'warehouse', to: 'courier_agent', content: task });
      clock.advance(10);
      return tracer.turn(
        'courier_agent',
        async (turn) => {
          turn.startToolCall({ name: 'order_details', args: { order: '88314' } }).end({ result });
          clock.advance(10);
          turn
            .startToolCall({ name: 'book_pickup', args: { order: '88314', ...args } })
            .end({ result: 'BOOKED' });
          return 'Pickup booked for 88314.';
        },
        { input: [{ role: 'user', content: task }] },
      );
    });
  it('is stale context where a later deed of the same turn uses the earlier value', async () => {
    const affix = { cod_amount: 1087500, cod_amount_previous: 1250000, note: 'voucher applied' };
    expect(await work(affix, { cod: 1250000 })).toBe(
      'stale_context warehouse → courier_agent (courier_agent)',
    );
    const card = {
      rates_php: { '1-3kg': 120 },
      previous_card: { rates_php: { '1-3kg': 110 }, status: 'EXPIRED' },
    };
    expect(await work(card, { subsidy_php: 110 })).toBe(
      'stale_context warehouse → courier_agent (courier_agent)',
    );
    const inForce = {
      filings: [{ claim_ft: 18400000 }, { claim_ft: 23750000 }],
      hatalyos_claim_ft: 23750000,
    };
    expect(await work(inForce, { claim_ft: 18400000 })).toBe(
      'stale_context warehouse → courier_agent (courier_agent)',
    );
    // A figure only the record's history gives: past terms.
    const history = {
      deductible: { percent: 10, minimum: 1000 },
      historia: [{ do: '2026-08-31', franszyza_pln: 500 }],
    };
    expect(await work(history, { deduction: 500 })).toBe(
      'stale_context warehouse → courier_agent (courier_agent)',
    );
  });
  it('is nothing where the deed uses the value in force', async () => {
    // A history figure the record in force holds too, or a year in it, is no past value.
    const kept = { cod_amount: 1250, history: [{ cod_amount: 1250, year: 2025 }] };
    expect(await work(kept, { cod: 1250, year: 2025 })).toBeNull();
    const card = { rates_php: { '1-3kg': 120 }, previous_card: { rates_php: { '1-3kg': 110 } } };
    expect(await work(card, { subsidy_php: 120 })).toBeNull();
    expect(await work({ cod_amount: 1087500, cod_amount_previous: 1250000 }, { cod: 1087500 })).toBeNull();
    expect(
      await work({ filings: [{ claim_ft: 18400000 }], hatalyos_claim_ft: 23750000 }, { claim_ft: 23750000 }),
    ).toBeNull();
  });
});

describe('a value in force its own tool gave beside an earlier version, passed on', () => {
  const price = {
    berlaku: { periode: '2027-01-II', harga_per_kg: 2874 },
    sebelumnya: { periode: '2027-01-I', harga_per_kg: 2781 },
  };
  const run = (checked: string, paid: string, result: unknown = price) =>
    recordedFailure(async (tracer, clock) => {
      await tracer.turn(
        'price_checker',
        async (turn) => {
          turn.startToolCall({ name: 'price_table', args: { group: '10-20' } }).end({ result });
          return checked;
        },
        { input: [{ role: 'user', content: 'Pay KT-SR-014 for 18.640 kg at the price in force.' }] },
      );
      tracer.handoff({ from: 'price_checker', to: 'payer', content: checked });
      clock.advance(10);
      return tracer.turn('payer', async () => paid, { input: [{ role: 'user', content: checked }] });
    });
  const told = 'Periode II berlaku: pakai Rp 2.874/kg (periode I: Rp 2.781/kg).';
  it('is stale context where the receiver it told works from the earlier one', async () => {
    expect(await run(told, 'Netto 18.640 kg × Rp 2.781 = Rp 51.837.840.')).toBe(
      'stale_context price_checker → payer (payer)',
    );
    const versions = { current: { rate: 2874 }, previous: { rate: 2781 } };
    expect(await run('Use 2,874 per kg.', 'Paid 18,640 kg at 2,781.', versions)).toBe(
      'stale_context price_checker → payer (payer)',
    );
  });
  it('reads the latest of timed readings as current, and a former value under a key of its own', async () => {
    const readings = {
      readings: [
        { at: '2027-03-15T09:00:00+01:00', e_float: 612000 },
        { at: '2027-03-15T14:05:00+01:00', e_float: 184500 },
      ],
    };
    const latest = '| 09:00 | ₦612,000 |\n| 14:05 (latest) | **₦184,500** |';
    expect(await run(latest, 'Current e-float ₦612,000; top-up ₦188,000.', readings)).toBe(
      'stale_context price_checker → payer (payer)',
    );
    expect(await run(latest, 'Current e-float ₦184,500; top-up ₦615,500.', readings)).toBeNull();
    // Readings with no time taken: which one is current is not said.
    const untimed = { readings: [{ e_float: 612000 }, { e_float: 184500 }] };
    expect(await run(latest, 'Current e-float ₦612,000; top-up ₦188,000.', untimed)).toBeNull();
    const fees = { hinmoku: [{ name: 'sofa', tesuryo: 1500, kyu_tesuryo: 1200 }] };
    expect(await run('ソファ **1,500円**（改定前1,200円）', 'ソファ 1,200円で登録しました。', fees)).toBe(
      'stale_context price_checker → payer (payer)',
    );
  });
  it('reads moments of a window in force beside a cancelled one, by day where the days differ', async () => {
    const windows = {
      gecerli_pencere: { baslangic: '2027-03-15T22:00+03:00', bitis: '2027-03-16T02:00+03:00' },
      iptal_edilen_pencere: { baslangic: '2027-03-14T09:00+03:00', bitis: '2027-03-14T13:00+03:00' },
    };
    const told = 'Geçerli pencere 15 Mart 22:00 – 16 Mart 02:00; 14 Mart gündüz kesintisi iptal edildi.';
    expect(await run(told, 'Ekip ONR-3 atandı: 2027-03-14 08:30–13:30.', windows)).toBe(
      'stale_context price_checker → payer (payer)',
    );
    expect(await run(told, 'Ekip ONR-3 atandı: 2027-03-15 21:30–02:30.', windows)).toBeNull();
  });
  it('reads an earlier version inside the record, small figures only beside what they measure', async () => {
    const quota = { kuota_ton_per_hari: 85, sebelumnya: { kuota_ton_per_hari: 60, sampai: '2027-05-31' } };
    const told = 'Kuota KUD-MB-03: **85 ton/hari** mulai 1 Juni (sampai 31 Mei 60 ton/hari).';
    expect(await run(told, 'Kuota harian 60 ton: 4 truk dialihkan ke 4 Juni.', quota)).toBe(
      'stale_context price_checker → payer (payer)',
    );
    expect(await run(told, 'Kuota harian 85 ton: semua 14 truk 3 Juni.', quota)).toBeNull();
    // The same figure said of something else.
    expect(await run(told, 'Slot antrean 60 menit per truk, 3 Juni.', quota)).toBeNull();
  });
  it('is stale context for the receiver of an agent that passed the value in force on', async () => {
    const relayed = (paid: string) =>
      recordedFailure(async (tracer, clock) => {
        const checked = 'Periode II berlaku: Rp 2.874/kg.';
        await tracer.turn(
          'price_checker',
          async (turn) => {
            turn.startToolCall({ name: 'price_table', args: { group: '10-20' } }).end({ result: price });
            return checked;
          },
          { input: [{ role: 'user', content: 'Pay KT-SR-014 at the price in force.' }] },
        );
        tracer.handoff({ from: 'price_checker', to: 'relay', content: checked });
        clock.advance(10);
        const relay = 'Harga berlaku Rp 2.874/kg (periode I Rp 2.781/kg tidak dipakai lagi).';
        await tracer.turn('relay', async () => relay, { input: [{ role: 'user', content: checked }] });
        tracer.handoff({ from: 'relay', to: 'payer', content: relay });
        clock.advance(10);
        return tracer.turn('payer', async () => paid, { input: [{ role: 'user', content: relay }] });
      });
    expect(await relayed('Netto 18.640 kg × Rp 2.781 = Rp 51.837.840.')).toBe(
      'stale_context relay → payer (payer)',
    );
    expect(await relayed('Netto 18.640 kg × Rp 2.874 = Rp 53.571.360.')).toBeNull();
  });
  it('is nothing where the receiver uses the one in force, or the sender never passed it on', async () => {
    expect(await run(told, 'Netto 18.640 kg × Rp 2.874 = Rp 53.571.360.')).toBeNull();
    expect(await run('Price table checked.', 'Netto 18.640 kg × Rp 2.781 = Rp 51.837.840.')).toBeNull();
    // Two versions neither of which is said to be in force.
    const unnamed = { periode_i: { harga_per_kg: 2781 }, periode_ii: { harga_per_kg: 2874 } };
    expect(await run(told, 'Netto 18.640 kg × Rp 2.781 = Rp 51.837.840.', unnamed)).toBeNull();
  });
});

describe('a value the task says it replaces', () => {
  const TASK = 'Landlord renewal LPX-7720419. Client requests buildings excess £2,500 (from £500).';
  it('is read in brackets right after the value, and not in a span', () => {
    const pairs = (text: string) => supersessionsOf(text).map((p) => `${p.old}→${p.current} ${p.unit}`);
    expect(pairs(TASK)).toEqual(['500→2500 gbp']);
    expect(pairs('Shop open 8 h (from 9 h to 17 h).')).toEqual([]);
    // The figure in force until now, called expiring, beside the one to renew at.
    expect(pairs('Expiring $548,000 is only 89.6% ITV — renew Coverage A at **$612,000**.')).toEqual([
      '548000→612000 usd',
    ]);
    expect(pairs('Policy expiring 03/15/2027, premium $2,486.')).toEqual([]);
  });
  it('is used when the answer or a call gives the old value and not the new one', () => {
    expect(
      replacedValueUsed(TASK, 'Quote LQ-30418: **Buildings excess £500**, escape of water £1,000.', []),
    ).toMatchObject({
      wanted: '2500 gbp',
    });
    expect(
      replacedValueUsed(TASK, 'Quote LQ-30418 done.', [{ buildings_excess: 500, units: 3 }]),
    ).toMatchObject({
      used: 'buildings_excess: 500',
    });
  });
  it('is kept when the new value is used, or the old one named as the old', () => {
    expect(
      replacedValueUsed(TASK, 'Buildings excess raised from £500 to £2,500.', [{ buildings_excess: 2500 }]),
    ).toBeUndefined();
    expect(
      replacedValueUsed(TASK, 'Quote done.', [{ buildings_excess: 2500, old_excess: 500 }]),
    ).toBeUndefined();
  });
  it('is a misread task, not stale context, where the receiver’s own brief says it', async () => {
    const failure = await recordedFailure(async (tracer, clock) => {
      const brief = await tracer.turn('renewal_triage', async () => `let-property — ${TASK}`);
      tracer.handoff({ from: 'renewal_triage', to: 'underwriter', content: brief });
      clock.advance(10);
      const quote = await tracer.turn(
        'underwriter',
        async (turn) => {
          turn
            .startToolCall({ name: 'rate_renewal', args: { policy: 'LPX-7720419', buildings_excess: 500 } })
            .end({ result: '{"premium_gbp": 2913.40, "buildings_excess": 500}' });
          return 'LPX-7720419: buildings excess £500, premium £2,913.40.';
        },
        { input: [{ role: 'user', content: brief }] },
      );
      tracer.handoff({ from: 'underwriter', to: 'quote_writer', content: quote });
      clock.advance(10);
      return tracer.turn('quote_writer', async () => `Your renewal: ${quote}`, {
        input: [{ role: 'user', content: quote }],
      });
    });
    expect(failure).toBe('misunderstood_task renewal_triage → underwriter (underwriter)');
  });
});

/** Opener → evaluator (ranks with a tool, hands on) → memo writer; the opener sets a bid total aside. */
async function ranking(prices: Record<string, unknown>, opening?: string) {
  const OPENING =
    opening ??
    '| bidder | submitted | price to evaluate |\n|---|---|---|\n| Harrowgate | £48,120.00 | £52,740.00 |\n| Linden | £50,995.50 | £50,995.50 |\n\nHarrowgate’s line 3 was mis-totalled, so £48,120.00 must not be used.';
  return recordedFailure(async (tracer, clock) => {
    clock.advance(10);
    const report = await tracer.turn('bid_opener', async () => OPENING, {
      input: [{ role: 'user', content: 'Open the quotes for RFQ-031.' }],
    });
    tracer.handoff({ from: 'bid_opener', to: 'price_evaluator', content: report });
    clock.advance(10);
    const ranked = 'Ranked the two quotes; lowest compliant bidder first.';
    await tracer.turn(
      'price_evaluator',
      async (turn) => {
        turn
          .startToolCall({ name: 'rank_prices', args: { rfq: 'RFQ-031', prices } })
          .end({ result: 'ranked' });
        return ranked;
      },
      { input: [{ role: 'user', content: report }] },
    );
    tracer.handoff({ from: 'price_evaluator', to: 'memo_writer', content: ranked });
    clock.advance(10);
    return tracer.turn('memo_writer', async () => 'Memo: award to the lowest compliant bidder.', {
      input: [{ role: 'user', content: ranked }],
    });
  });
}

describe('a figure set aside, used as a bare number of a call', () => {
  it('is stale context of the agent whose call ranks on it', async () => {
    expect(await ranking({ Harrowgate: 48120, Linden: 50995.5 })).toBe(
      'stale_context bid_opener → price_evaluator (price_evaluator)',
    );
  });
  it('is nothing when the call ranks on the current figure', async () => {
    expect(await ranking({ Harrowgate: 52740, Linden: 50995.5 })).toBeNull();
  });
  it('reads a percentage the call gives as a fraction, and no round one', async () => {
    const forecast = (old: number) =>
      `**Moyenne 68 %** — la prévision du 02/03 (${old} %) est caduque : le salon est reporté. Tarifer sur 68 %.`;
    expect(await ranking({ occupation: 0.94 }, forecast(94))).toBe(
      'stale_context bid_opener → price_evaluator (price_evaluator)',
    );
    expect(await ranking({ occupation: 0.68 }, forecast(94))).toBeNull();
    expect(await ranking({ occupation: 0.9, share: 0.5 }, forecast(90))).toBeNull();
  });
});

describe('a figure a later clause says something else replaces', () => {
  const pairs = (text: string) => supersessionsOf(text).map((s) => `${s.old}→${s.current} ${s.unit}`);
  it('is the old one, against the one figure of its unit marked current', () => {
    expect(
      pairs(
        'Agreed value: **£2,350,000**, effective 1 April 2027. The £1,800,000 on the loan request form is the 2025 figure, which this revaluation replaces.',
      ),
    ).toContain('1800000→2350000 gbp');
  });
  it('is the new one where it does the replacing itself', () => {
    expect(
      pairs(
        'Agreed value: **£2,350,000**, which replaces the 2025 figure on the request form of £1,800,000.',
      ),
    ).not.toContain('2350000→1800000 gbp');
    expect(pairs('The **£2,350,000** agreed value, which now replaces the form, stands.')).toEqual([]);
  });
});

describe('a figure its text says cannot go ahead', () => {
  const pairs = (text: string) => supersessionsOf(text).map((s) => `${s.old}→${s.current} ${s.unit}`);
  it('is the old one, against the other figure of its unit', () => {
    expect(
      pairs(
        'Approved for **12 panels max**: 12 × 440 W = **5.28 kW**. The 15-panel / 6.6 kW layout cannot go on this plane.',
      ),
    ).toContain('6.6→5.28 kw');
  });
  it('is not read where nothing of its unit stands against it', () => {
    expect(pairs('The 6.6 kW layout cannot go on this plane until the rafters are doubled.')).toEqual([]);
  });
});

describe('a figure the request asked to have checked', () => {
  const run = (request: string, found: string, done: string) =>
    recordedFailure(async (tracer, clock) => {
      clock.advance(10);
      const current = await tracer.turn('journal_checker', async () => found, {
        input: [{ role: 'user', content: request }],
      });
      tracer.handoff({ from: 'journal_checker', to: 'manuscript_formatter', content: current });
      clock.advance(10);
      return tracer.turn('manuscript_formatter', async () => done, {
        input: [{ role: 'user', content: `${current}\n\nOriginal request: ${request}` }],
      });
    });
  const ASK =
    'Their limit is 4,500 words as far as I know; please check the current guidelines and trim accordingly.';
  const FOUND = 'Current guidelines (since 2027-01-01): max **3,500 words**, abstract ≤ 200 words.';
  it('is old once an answer gives another of its size as current', async () => {
    expect(await run(ASK, FOUND, 'Trimmed to 4,486 words against the 4,500 words limit.')).toContain(
      'stale_context',
    );
  });
  it('is not, where the request asked nothing to be checked, or the work used the current figure', async () => {
    expect(await run(ASK, FOUND, 'Trimmed to 3,480 words against the 3,500 words limit.')).toBeNull();
    expect(
      await run(
        'Their limit is 4,500 words; trim accordingly.',
        FOUND,
        'Trimmed to 4,486 words against the 4,500 words limit.',
      ),
    ).toBeNull();
  });
});

describe('a count set to a new figure with its old one bare after it', () => {
  const pairs = (text: string) => supersessionsOf(text).map((s) => `${s.old}→${s.current} ${s.unit}`);
  it('reads the bare figure as the old count of the same things', () => {
    expect(pairs('Enrolment cap is now 40 participants (was 60). Valid to 2027-08-31.')).toEqual([
      '60→40 #participant',
    ]);
  });
  it('reads nothing where no count was set', () => {
    expect(pairs('We enrolled 40 participants; the pilot was 60 days long.')).toEqual([]);
  });
});

describe('a count’s old figure bare in a brief that counts the same things', () => {
  const run = (brief: string) =>
    recordedFailure(async (tracer, clock) => {
      clock.advance(10);
      const found = await tracer.turn(
        'ethics_checker',
        async () => 'HREC-2026-117 is approved. Enrolment cap is now 40 participants (was 60).',
        { input: [{ role: 'user', content: 'Current enrolment cap for HREC-2026-117?' }] },
      );
      tracer.handoff({ from: 'ethics_checker', to: 'study_router', content: found });
      clock.advance(10);
      await tracer.turn('study_router', async () => brief, { input: [{ role: 'user', content: found }] });
      tracer.handoff({ from: 'study_router', to: 'recruitment_officer', content: brief });
      clock.advance(10);
      return tracer.turn('recruitment_officer', async () => 'Campaign RC-5520 open.', {
        input: [{ role: 'user', content: brief }],
      });
    });
  it('is stale', async () => {
    expect(await run('Open recruitment for 36 more participants (60 approved, 24 enrolled).')).toContain(
      'stale_context',
    );
  });
  it('is not, where the brief counts from the new cap', async () => {
    expect(await run('Open recruitment for 16 more participants (40 approved, 24 enrolled).')).toBeNull();
  });
});

describe('a correction in a brief whose receiver’s turn is stamped before the brief', () => {
  // A lead runs its analyst as a tool, with a brief that gives the amended factor its own lookup
  // found. The recorder stamped the analyst's turn `lag` ms before the brief that started it.
  const assay = async (factor: number, lag: number) => {
    const store = memoryStore();
    const clock = manualClock();
    const tracer = createTracer({ store, clock, flushOnExit: false });
    await tracer.workflow('assay', () =>
      tracer.turn('qc_lab_manager', async (lead) => {
        lead
          .startToolCall({ name: 'get_calibration_record', args: { standard: 'LX-2209' } })
          .end({ result: 'LX-2209 rev 2: factor 1.032 (rev 1 printed 1.023, transposed)' });
        clock.advance(10);
        const brief =
          'Quantify STB-118. Use calibration factor **1.032** (amended rev 2 — the 1.023 still printed in the sequence header is the transposed rev 1 value, do not use it).';
        const call = lead.startToolCall({ name: 'agent-quant_analyst', args: { prompt: brief } });
        tracer.handoff({ from: 'qc_lab_manager', to: 'quant_analyst', content: brief });
        const answer = await tracer.turn(
          'quant_analyst',
          async (turn) => {
            clock.advance(10);
            turn
              .startToolCall({ name: 'quantify_assay', args: { sample: 'STB-118', cal_factor: factor } })
              .end({ result: 'assay 99.4 %' });
            return 'STB-118 assay 99.4 % of label claim.';
          },
          { input: [{ role: 'user', content: brief }] },
        );
        call.end({ result: answer });
        clock.advance(10);
        return `Released: ${answer}`;
      }),
    );
    await tracer.shutdown();
    const trace = store.traces()[0]!;
    const analyst = trace.turns.find((turn) => turn.agent === 'quant_analyst')!;
    analyst.startedAt -= lag;
    return failureSummary((await analyze(trace)).failure);
  };
  it.each([0, 1, 5])('is stale context where it works from the old value (%i ms early)', async (lag) => {
    expect(await assay(1.023, lag)).toBe('stale_context qc_lab_manager → quant_analyst (quant_analyst)');
  });
  it.each([0, 1, 5])('is nothing where it works from the amended value (%i ms early)', async (lag) => {
    expect(await assay(1.032, lag)).toBeNull();
  });
});
