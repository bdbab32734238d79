import { describe, expect, it } from 'vitest';
import { enumValueChanged, keyedValueReplaced } from './keyed-value.ts';

const HOLDS =
  'Baltic Harrier, holds 1–5: inspect to **grain clean** standard (free of previous cargo residues incl. on coamings) — soybeans after petcoke.';
const survey = (standard: string) => [
  { name: 'hold_survey', args: { vessel: 'Baltic Harrier', holds: [1, 2, 3, 4, 5], standard } },
];

describe('a field the task gave a value that the call fills with its own', () => {
  it('is found when the call brings a word the task never uses and the receiver never says the task’s', () => {
    expect(
      keyedValueReplaced(HOLDS, survey('shovel_clean'), 'Holds 1–5 all passed, minor residue in hold 4.'),
    ).toMatchObject({ asked: 'grain clean standard', set: 'hold_survey standard: "shovel_clean"' });
    expect(
      keyedValueReplaced(
        'Tender 14 loads SAL→DAL. Equipment: 53′ **reefer, continuous 34 °F**, team drivers.',
        [{ name: 'tms_tender', args: { lane: 'SAL-DAL', equipment: 'DRY_VAN_53' } }],
        'Tender complete on 53′ dry vans.',
      ),
    ).toBeDefined();
  });
  it('is nothing when the call keeps the task’s value, writes it in other words the receiver also says, or the task gives none', () => {
    expect(keyedValueReplaced(HOLDS, survey('grain_clean'), 'All passed.')).toBeUndefined();
    // Written as a code of its own, but the receiver says the task's words.
    expect(
      keyedValueReplaced(
        'Equipment: **refrigerated trailer at 34 °F**.',
        [{ name: 'tms_tender', args: { equipment: 'REEFER_53' } }],
        'Tendered 14 refrigerated loads.',
      ),
    ).toBeUndefined();
    // Values not marked as the one that matters, and values that are names or references.
    expect(
      keyedValueReplaced(
        'Get the parking permit for the booked date.',
        [{ name: 'parking_permit', args: { date: 'TBC' } }],
        'Requested.',
      ),
    ).toBeUndefined();
    expect(
      keyedValueReplaced(
        'Check their insurance and PI cover.',
        [{ name: 'insurance_certificate_check', args: { cover: 'professional_indemnity' } }],
        'Certificate valid.',
      ),
    ).toBeUndefined();
    expect(
      keyedValueReplaced(
        'Run the **pre-transit machinery** checklist.',
        [{ name: 'run', args: { checklist: 'PCC-NEO-2026' } }],
        'Done.',
      ),
    ).toBeUndefined();
    // The task names the field with no value of its own.
    expect(
      keyedValueReplaced('Inspect the holds to the usual standard.', survey('shovel_clean'), 'Passed.'),
    ).toBeUndefined();
    // The call's value is the task's own word for something else.
    expect(
      keyedValueReplaced(
        'Inspect to grain clean standard; shovel clean is what the last charterer used.',
        survey('shovel_clean'),
        'Passed.',
      ),
    ).toBeUndefined();
  });
});

describe('enumValueChanged', () => {
  const BRIEF = 'New revision, MAIN_ETCH 62 s → 66 s. Status ENGINEERING, lot restriction ENG-2207 only.';
  const release = (status: string) => [
    { name: 'rms_create_revision', args: { recipe: 'VIA2_ETCH_B', step: 'MAIN_ETCH', value: 66 } },
    { name: 'rms_release', args: { recipe: 'VIA2_ETCH_B', rev: 14, status } },
  ];
  it('catches a field the task gave a value of a fixed list, set to another', () => {
    expect(enumValueChanged(BRIEF, release('PRODUCTION'))).toEqual({
      asked: 'Status ENGINEERING',
      set: 'rms_release status: "PRODUCTION"',
    });
  });
  it('lets the task’s value, a step through another on the way to it, or an unnamed field stand', () => {
    expect(enumValueChanged(BRIEF, release('ENGINEERING'))).toBeUndefined();
    expect(
      enumValueChanged(BRIEF, [
        ...release('DRAFT'),
        { name: 'rms_release', args: { rev: 14, status: 'ENGINEERING' } },
      ]),
    ).toBeUndefined();
    expect(
      enumValueChanged('New revision, MAIN_ETCH 66 s, for ENG-2207.', release('PRODUCTION')),
    ).toBeUndefined();
    // A container's owner prefix before its number is part of an id, not a value of a list.
    expect(
      enumValueChanged('SI draft: container MRKU 4471093, seal ML-GB-881204.', [
        { name: 'vgm_lookup', args: { container: 'MRKU4471093' } },
      ]),
    ).toBeUndefined();
  });
  const KNEE =
    'Code the PA for the LEFT knee: CPT 27447 with modifier LT, dx M17.12. History: right TKA 2024.';
  const edit = (modifier: string) => [
    { name: 'code_edit_check', args: { cpt: '27447', modifier, icd: ['M17.12'] } },
  ];
  it('reads a code of two capitals given to its field', () => {
    expect(enumValueChanged(KNEE, edit('RT'))).toEqual({
      asked: 'modifier LT',
      set: 'code_edit_check modifier: "RT"',
    });
  });
  it('lets the same code, or a value of another length, stand', () => {
    expect(enumValueChanged(KNEE, edit('LT'))).toBeUndefined();
    expect(enumValueChanged(KNEE, edit('LEFT_KNEE'))).toBeUndefined();
    expect(
      enumValueChanged('Ship to region EU by Friday.', [{ name: 'ship', args: { region: 'EU' } }]),
    ).toBeUndefined();
  });
});
