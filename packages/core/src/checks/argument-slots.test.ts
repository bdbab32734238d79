import { describe, expect, it } from 'vitest';
import { contrastAgainstTask, flagAgainstTask, slotLeftOut } from './argument-slots.ts';

const call = (args: Record<string, unknown>) => [{ name: 'run_estimate', args }];
const task = 'Run the Kestrel estimate at 0.5 g/t. Drop the batch B-17 samples (QAQC fail).';

describe('slotLeftOut', () => {
  it('finds an exclusion argument that leaves out what the task named', () => {
    expect(slotLeftOut(task, call({ zone: 'Kestrel', exclude_batches: [] }))).toMatchObject({
      call: 'run_estimate(exclude_batches: [])',
    });
    expect(
      slotLeftOut('Only ship orders ORD-7 and ORD-9.', call({ include_orders: ['ORD-7'] })),
    ).toBeDefined();
  });
  it('is quiet when the argument holds it in any spelling, is a flag, or does not exist', () => {
    expect(slotLeftOut(task, call({ exclude_batches: ['B17'] }))).toBeUndefined();
    expect(slotLeftOut(task, call({ zone: 'Kestrel', cutoff: 0.5 }))).toBeUndefined();
    expect(slotLeftOut('Only Q3 and FY25 figures.', call({ only_final: true }))).toBeUndefined();
    expect(slotLeftOut('Summarise batch B-17.', call({ exclude_batches: [] }))).toBeUndefined();
    const blast =
      'Do NOT load any hole within 25 m of the crest; the surveyor flagged 18 (S-01…S-18), they stay empty.';
    expect(slotLeftOut(blast, call({ exclude_holes: ['S-01', 'S-02', 'S-17', 'S-18'] }))).toBeUndefined();
    expect(
      slotLeftOut('Holes S-01…S-18 were drilled; they stay in the survey.', call({ exclude_holes: [] })),
    ).toBeUndefined();
  });
  it('reads the items a clause names before saying they are kept out', () => {
    const blast =
      'Do NOT load any hole within 25 m of the crest; the surveyor flagged 18 (S-01…S-18), they stay empty.';
    expect(slotLeftOut(blast, call({ holes: 146, exclude_holes: [] }))).toMatchObject({
      call: 'run_estimate(exclude_holes: [])',
    });
  });
});

describe('flagAgainstTask: a switch set the other way than the task says', () => {
  const BRIEF =
    'Panel request JP-27-0412:\n| panel | 40 |\n| screening | LTQ-1 long-trial questionnaire ON |\n| exclusions | deferrals into the window |';
  const draw = (args: Record<string, unknown>) => [{ name: 'draw_panel', args: { size: 40, ...args } }];
  it('catches a call that turns off what the brief turns on, and the reverse', () => {
    expect(flagAgainstTask(BRIEF, draw({ long_trial_screening: false }))?.call).toBe(
      'draw_panel(long_trial_screening: false)',
    );
    expect(
      flagAgainstTask('Signature: NOT required for this parcel.', [
        { name: 'ship', args: { signatureRequired: true } },
      ]),
    ).toBeDefined();
    const method =
      'Client elects the simplified home-office method: 200 sq ft × $5 = $1,000, no depreciation.';
    expect(
      flagAgainstTask(method, [{ name: 'home_office_calc', args: { method: 'regular', depreciation: true } }])
        ?.call,
    ).toBe('home_office_calc(depreciation: true)');
  });
  it('is quiet when the call agrees, names something else, or the line says both', () => {
    const method =
      'Client elects the simplified home-office method: 200 sq ft × $5 = $1,000, no depreciation.';
    expect(
      flagAgainstTask(method, [
        { name: 'home_office_calc', args: { method: 'simplified', depreciation: false } },
      ]),
    ).toBeUndefined();
    expect(flagAgainstTask(BRIEF, draw({ long_trial_screening: true }))).toBeUndefined();
    expect(flagAgainstTask(BRIEF, draw({ interpreter_needed: false }))).toBeUndefined();
    expect(flagAgainstTask('Pets: NO.', [{ name: 'book', args: { pets_allowed: false } }])).toBeUndefined();
    const officials = [{ name: 'assign_officials', args: { chair: true, line_judges: 7 } }];
    expect(
      flagAgainstTask('Chair + 7 line judges, Hawk-Eye not on C2 so full line team.', officials),
    ).toBeUndefined();
    expect(
      flagAgainstTask('Screening ON for jurors and not required for reserves.', draw({ screening: false })),
    ).toBeUndefined();
  });
});

describe('contrastAgainstTask: an argument set to what the task rules out', () => {
  const BRIEF =
    'HA-3 processing pls:\n- CUBE 1 m, Order 1a\n- tide: use OBSERVED tide from gauge TG-KWL-2, NOT the predicted harmonic tide. Surge on JD 062.';
  const run = (args: Record<string, unknown>) => [{ name: 'process_mbes', args: { block: 'HA-3', ...args } }];
  it('catches a call that picks the ruled-out side', () => {
    expect(contrastAgainstTask(BRIEF, run({ tide_source: 'predicted' }))?.call).toBe(
      'process_mbes(tide_source: "predicted")',
    );
    expect(
      contrastAgainstTask('Ship to the Leeds depot rather than the Hull one.', [
        { name: 'book', args: { ship_to: 'Hull' } },
      ]),
    ).toBeDefined();
  });
  it('catches a figure the clause rules out', () => {
    const speed =
      'Per the spec p.4 — they correlate at 90 km/h — tunnel speed stays at 40 m/s for the whole sweep, not our 50 m/s default.';
    expect(contrastAgainstTask(speed, [{ name: 'run_sweep', args: { speed_ms: 50, yaw: 12 } }])?.call).toBe(
      'run_sweep(speed_ms: 50)',
    );
    expect(
      contrastAgainstTask(speed, [{ name: 'run_sweep', args: { speed_ms: 40, yaw: 12 } }]),
    ).toBeUndefined();
    // The asked-for speed set too: the other is a limit beside it.
    expect(
      contrastAgainstTask(speed, [{ name: 'run_sweep', args: { speed_ms: 40, max_speed_ms: 50 } }]),
    ).toBeUndefined();
  });
  it('reads a section sign as the section, and a number written as text as the number', () => {
    const pa =
      'Member is **14 y → review under MP-0441 §3.2 (paediatric)**, NOT §3.1: the 2-systemic requirement does not apply.';
    const checklist = (section: string) => [
      { name: 'criteria_checklist', args: { policy: 'MP-0441', section, criteria: ['EASI>=16'] } },
    ];
    expect(contrastAgainstTask(pa, checklist('3.1'))?.call).toBe('criteria_checklist(section: "3.1")');
    expect(contrastAgainstTask(pa, checklist('3.2'))).toBeUndefined();
  });
  it('is quiet when the call picks the asked-for side, or the argument is another thing', () => {
    expect(contrastAgainstTask(BRIEF, run({ tide_source: 'observed (TG-KWL-2 gauge)' }))).toBeUndefined();
    // An argument the clause does not speak of, a note, and a value that negates.
    expect(contrastAgainstTask(BRIEF, run({ compare_with: 'predicted' }))).toBeUndefined();
    expect(
      contrastAgainstTask(BRIEF, run({ tide_source: 'observed', note: 'predicted harmonic for QC' })),
    ).toBeUndefined();
    expect(contrastAgainstTask(BRIEF, run({ tide_source: 'not predicted' }))).toBeUndefined();
    // A prohibition is no contrast of two sides.
    expect(
      contrastAgainstTask('Do not use the predicted tide.', run({ tide_source: 'predicted' })),
    ).toBeUndefined();
  });
});
