import { describe, expect, it } from 'vitest';
import { breaks, extractProhibitions } from './prohibitions.ts';

const TASK =
  'POA for use in PT.\n- Powers: management & letting ONLY\n- Explicitly excluded: sale, promissory contracts, mortgage or any other encumbrance\nSigning Thu 10:30.';

describe('a list of what the work leaves out ("Explicitly excluded: …")', () => {
  const [excluded] = extractProhibitions(TASK);
  const draft = (powers: string) => [{ name: 'draft_deed', args: `NP-27-0318\n${powers}` }];
  it('reads each listed thing as one no deed may hold', () => {
    expect(excluded?.items).toEqual([['sale'], ['promissory', 'contract'], ['mortgag'], ['encumbranc']]);
  });
  it('is broken by a call that grants one of them, not by one that names it as left out or reads it', () => {
    expect(breaks(excluded!, draft('let, manage, collect_rent, sell, mortgage'), [])).toBeDefined();
    expect(breaks(excluded!, draft('let, manage, collect_rent, utilities'), [])).toBeUndefined();
    expect(breaks(excluded!, draft('let, manage\nno mortgage or sale powers'), [])).toBeUndefined();
    expect(
      breaks(excluded!, [{ name: 'check_mortgage_register', args: 'Rua das Flores 118' }], []),
    ).toBeUndefined();
  });
});
