import { describe, expect, it } from 'vitest';
import { verdictReversed } from './verdict-reversed.ts';

const BSI = JSON.stringify({
  esn: '896411',
  findings: [
    { blade: 14, type: 'trailing edge burn-through', disposition: 'REJECT - remove engine within 10 cycles' },
    { blade: 31, type: 'tip curl', disposition: 'serviceable, reinspect 250 cyc' },
  ],
  overall: 'NOT SERVICEABLE beyond 10 cycles',
});
const RELIABILITY = [
  'ATA | metric | Dec | alert level | status',
  '21 | removals pack valve /1000FH | 0.41 | 0.18 | ALERT (3rd consecutive month)',
  '24 | PIREPs /100FC | 0.44 | 0.80 | ok',
  '32 | PIREPs /100FC | 0.29 | 0.60 | ok',
].join('\n');

describe('an all-clear over the tool’s own negative verdict', () => {
  it('is found when the answer clears what the tool rejected or put in alert', () => {
    expect(
      verdictReversed([BSI], 'HPT1 typical wear, nothing out of the ordinary. Engine OK to continue.'),
    ).toBe('disposition: REJECT - remove engine within 10 cycles');
    expect(
      verdictReversed(
        [RELIABILITY],
        'All ATA chapters tracked (21, 24, 32) below their alert levels; no actions needed.',
      ),
    ).toBe('21 status: ALERT (3rd consecutive month)');
  });
  it('is nothing when the answer tells what is wrong, gives no all-clear, or the tool gave no negative verdict', () => {
    expect(
      verdictReversed([BSI], 'Blade 14 burn-through: REJECT, engine to be removed within 10 cycles.'),
    ).toBeUndefined();
    expect(
      verdictReversed([BSI], 'Serviceable for 10 more cycles only; blade 14 must be replaced.'),
    ).toBeUndefined();
    expect(
      verdictReversed(
        [RELIABILITY],
        'ATA 21 is in alert for a third month; others below their alert levels.',
      ),
    ).toBeUndefined();
    expect(verdictReversed([BSI], 'Inspection uploaded, 80 blades, 64 images.')).toBeUndefined();
    const clean = BSI.replace('REJECT - remove engine within 10 cycles', 'serviceable').replace(
      'NOT SERVICEABLE beyond 10 cycles',
      'SERVICEABLE',
    );
    expect(verdictReversed([clean], 'Nothing out of the ordinary. Engine OK to continue.')).toBeUndefined();
    // A word like "alert" in a field that holds no verdict is no verdict.
    expect(
      verdictReversed(
        [JSON.stringify({ note: 'alert level 0.18' })],
        'All chapters below their alert levels.',
      ),
    ).toBeUndefined();
  });
});
