import { describe, expect, it } from 'vitest';
import { misquotedCode } from './misquoted-code.ts';

const DECLARATION =
  'Declaration, AWB 176-48821035: UN3480, Lithium ion batteries, Class 9, PI 965 Section IA; 24 boxes, 612 kg; signed 03 DEC 2026.';

describe('a code handed on with one digit changed', () => {
  it('is found when the label stays and the number is one digit off', () => {
    expect(misquotedCode(DECLARATION, 'Passed: UN3481, Class 9, PI 965; 24 boxes.', '')).toEqual({
      label: 'UN',
      given: 'UN3480',
      stated: 'UN3481',
    });
  });
  it('is nothing for the same code, another code, a listing of several, or a number the agent was shown', () => {
    expect(misquotedCode(DECLARATION, 'Passed: UN3480, PI 965, AWB 176-48821035.', '')).toBeUndefined();
    expect(misquotedCode(DECLARATION, 'Also checked ISO 9001 and EN 71.', '')).toBeUndefined();
    expect(misquotedCode('Flights: LH430 10:15, LH431 13:40.', 'Planned on LH431.', '')).toBeUndefined();
    expect(
      misquotedCode(DECLARATION, 'Re-declared as UN3481 per the shipper.', 'Shipper: now UN3481.'),
    ).toBeUndefined();
    expect(misquotedCode('Signed 03 DEC 2026.', 'Filed 19 DEC 2027.', '')).toBeUndefined();
  });
});
