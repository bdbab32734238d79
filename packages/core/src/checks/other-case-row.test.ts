import { describe, expect, it } from 'vitest';
import { rowOfOtherCase } from './other-case-row.ts';

const BENEFITS = [
  '| svc | provider type | covered | coins | limit |',
  '|---|---|---|---|---|',
  '| acupuncture 97810 | physician (MD/DO) | Y | 20 % after ded | 12 visits/yr, 2 used |',
  '| acupuncture 97810 | non-physician (L.Ac.) | N | – | excluded, rider CT-2 not purchased |',
  '| physiotherapy 97110 | PT | Y | 20 % after ded | 30 visits/yr |',
].join('\n');
const TASK =
  'Eligibility for acupuncture (97810), 6 sessions, practitioner Hana Brennan L.Ac. — a licensed acupuncturist, NOT a physician, so we need the non-physician provider rule.';

describe('the row of another case than the task’s', () => {
  it('is the answer reading the row the task rules out, beside the row it describes', () => {
    expect(
      rowOfOtherCase(TASK, BENEFITS, 'Acupuncture covered, 20 % after deductible, 12 visits/yr with 2 used.'),
    ).toMatchObject({ chosen: expect.stringContaining('physician (MD/DO)') });
  });
  it('is nothing when the answer reads the task’s row, or the task names no row', () => {
    expect(
      rowOfOtherCase(TASK, BENEFITS, 'Not covered for an L.Ac.: excluded, rider CT-2 not purchased.'),
    ).toBeUndefined();
    expect(
      rowOfOtherCase(
        'Eligibility for acupuncture (97810), 6 sessions.',
        BENEFITS,
        'Covered: 12 visits/yr, 2 used.',
      ),
    ).toBeUndefined();
  });
  it('reads the task’s row in the answer though the answer writes its figure with decimals', () => {
    const usage = JSON.stringify({
      non_roaming: [
        { item: 'plan KGO50', gbp: 24.0 },
        { item: 'UK premium-rate 09xx call 2027-02-21', gbp: 6.15 },
      ],
    });
    expect(
      rowOfOtherCase(
        'Sofia Marchetti, plan KGO50 with EU roaming: how much was misrated?',
        usage,
        'The rest of the bill is correct: plan £24.00 and a UK premium-rate call £6.15 on 21/02.',
      ),
    ).toBeUndefined();
  });
  it('is nothing when the task describes the row the answer reads', () => {
    const physician = 'Eligibility for acupuncture (97810) by Dr Ahmed, MD (physician).';
    expect(rowOfOtherCase(physician, BENEFITS, 'Covered: 12 visits/yr, 2 used.')).toBeUndefined();
  });
  it('is nothing when the answer reads another row than one the task leaves out, in any language', () => {
    const slots = JSON.stringify({
      slot: [
        { sito: 'Colosseo + Fori', data: '2027-03-13', ora: '09:15' },
        { sito: 'Musei Vaticani', data: '2027-03-13', ora: '09:00', codice: 'VAT-GR-13031' },
      ],
    });
    expect(
      rowOfOtherCase(
        'Liceo Volta, 40 studenti, 13/03/2027: visite a Roma ESCLUSI Colosseo e Fori Imperiali.',
        slots,
        'Visite bloccate: sab 13/03 Musei Vaticani 9:00 (VAT-GR-13031).',
      ),
    ).toBeUndefined();
  });
});
