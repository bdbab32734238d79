import { describe, expect, it } from 'vitest';
import { misquotedCode, transposedFigure, transposedFromBrief } from './misquoted-code.ts';

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
    // A range of stages covers both ends: "GS31–32" gives GS32 as the tool did.
    expect(
      misquotedCode(
        '{"timing": ["GS30-31", "GS32", "GS37-39 (protein)"]}',
        'T2 at GS31–32, T3 at GS37–39.',
        '',
      ),
    ).toBeUndefined();
    expect(misquotedCode('{"stage": "GS32"}', 'Apply at GS31–33.', '')).toBeUndefined();
    // Parts of longer codes: another project's "DG-26-212" is no misquote of "DG-27-031".
    expect(misquotedCode('IMG-4410 border (proj DG-26-212)', 'Design DG-27-031, 86 m².', '')).toBeUndefined();
    // The right code given too: the near one is another thing (the revision before), no misquote.
    expect(
      misquotedCode('{"model":"C-P07.ifc","rev":"P07"}', 'Measured from P07; DL4 up 6% on P06.', ''),
    ).toBeUndefined();
    // A weight under its abbreviation, grouped in thousands, is a figure: the final loadsheet's
    // ZFW 64 210 beside the estimate it supersedes is no misquote of "ZFW 60".
    expect(
      misquotedCode(
        'ZERO FUEL WEIGHT ACTUAL 64 210\nSUPERSEDES ED 01 (EST) ZFW 60 900',
        'Final: **ZFW 64,210 kg**, up from the 60,900 estimate.',
        '',
      ),
    ).toBeUndefined();
    expect(misquotedCode('ZFW 60,900 kg est.', 'Using ZFW 64,210 kg.', '')).toBeUndefined();
    expect(misquotedCode('{"rev":"P07"}', 'Measured from P06.', '')).toEqual({
      label: 'P',
      given: 'P07',
      stated: 'P06',
    });
  });
});

const SURFACING =
  'R: sph -2.25 cyl -0.75 ax 170, CT 1.9. L: sph -1.75 cyl -1.00 ax 081, CT 1.9. Corridor 14 mm, fitting ht 18.';

describe('a field handed on with its digits swapped', () => {
  it('is found when the label stays and the number is one the tool gave, read backwards', () => {
    expect(transposedFigure(SURFACING, 'R ax 170 base 4.00\nL ax 18 base 4.00', '')).toEqual({
      label: 'ax',
      given: 81,
      stated: 18,
    });
  });
  it('is nothing for the same figure written another way, another figure, or one the agent was shown', () => {
    expect(transposedFigure(SURFACING, 'R ax 170, L ax 81 (081).', '')).toBeUndefined();
    expect(transposedFigure(SURFACING, 'R ax 170, L ax 95 after re-measure.', '')).toBeUndefined();
    // A small word is no label, and an answer that gives both figures tells two things apart.
    expect(
      transposedFigure('Archive: neg. 89-0412, from the 1989 regional.', 'Tran under the 1998 banner.', ''),
    ).toBeUndefined();
    expect(transposedFigure(SURFACING, 'L ax 81 now; the old card said ax 18.', '')).toBeUndefined();
    // A day is no field: "le 21/02" in the tool, "le 12" (the 12th) in the answer.
    expect(
      transposedFigure(
        'RES-0311 annulée le 20/02 ; jury prévenu le 21/02',
        'Mauvaise nouvelle pour le 12 : annulée.',
        '',
      ),
    ).toBeUndefined();
    expect(
      transposedFigure(SURFACING, 'L ax 18 as the optician corrected.', 'Optician: L axis is ax 18.'),
    ).toBeUndefined();
    expect(transposedFigure('Gate 11, slot 22', 'Gate 11, slot 22', '')).toBeUndefined();
    expect(transposedFigure('Pickup at 10:45.', 'Pickup at 45 min past 10.', '')).toBeUndefined();
  });
});

describe('transposedFigure: a decimal figure under its record’s code', () => {
  const LAB = 'sequence SQ-2603-114 | C04 AV=0.41 g/L H2SO4 | C07 AV=0.85 g/L H2SO4 | C11 AV=0.52 g/L H2SO4';
  it('is found with its digits swapped, in either decimal style', () => {
    expect(transposedFigure(LAB, '- C04 : 0,41 g/L\n- C07 : 0,58 g/L\n- C11 : 0,52 g/L', '')).toEqual({
      label: 'c07',
      given: 0.85,
      stated: 0.58,
    });
  });
  it('is quiet where each code keeps its own figure, or the other figure was shown', () => {
    expect(transposedFigure(LAB, '- C04 : 0,41 g/L\n- C07 : 0,85 g/L\n- C11 : 0,52 g/L', '')).toBeUndefined();
    expect(transposedFigure(LAB, '- C07 : 0,58 g/L', 'Re-run: C07 AV=0.58 g/L')).toBeUndefined();
  });
});

describe('transposedFromBrief: a figure of the brief handed on with its digits swapped', () => {
  const brief = '45022: 24 Eanos megmérve. Önsúly 552 t, kavics 1 072 t, elegytömeg 1 624 t, hossz 366 m.';
  it('is found under the same label, in any grouping', () => {
    expect(
      transposedFromBrief(brief, 'KJ-45022-0609 kész: **elegytömeg 1 264 t**, hossz 366 m.', ''),
    ).toEqual({
      label: 'elegytömeg',
      given: 1624,
      stated: 1264,
    });
  });
  it('is nothing where the figure is the brief’s, another of its digits, or one it was shown elsewhere', () => {
    expect(transposedFromBrief(brief, 'elegytömeg 1 624 t, hossz 366 m.', '')).toBeUndefined();
    expect(transposedFromBrief(brief, 'elegytömeg 1 630 t (mérlegelve újra).', '')).toBeUndefined();
    expect(transposedFromBrief(brief, 'elegytömeg 1 264 t', '{"elegytomeg_t": 1264}')).toBeUndefined();
    // Two figures under the label in the brief: which one it copied is not said.
    expect(
      transposedFromBrief('gross 1,624 t yesterday, gross 1,590 t today', 'gross 1,264 t', ''),
    ).toBeUndefined();
  });
});
