import { describe, expect, it } from 'vitest';
import type { AgentTurn } from '../model/trace.ts';
import { omittedWarning, type ScoreResult, type ScorerInput } from './scorers.ts';
import { overLimitRowWithheld } from './withheld-requirement.ts';

/** omittedWarning on an output whose turn's one tool returned `result`, given `task`. */
const check = (output: string, result: string, task = '') =>
  omittedWarning({
    output,
    turn: {
      agent: 'a',
      toolCalls: [{ name: 'lookup', args: {}, result }],
      modelCalls: [],
    } as unknown as AgentTurn,
    task,
  } as ScorerInput) as ScoreResult | undefined;

describe('withheld requirement: what the agent’s own tool says must be done', () => {
  const part =
    '{"part":"8K0845099","desc":"windscreen acoustic, heated, camera bracket","recalibration":"static alignment required","price_eur":"612"}';
  it('catches an answer that reports the lookup but not the required step', () => {
    expect(check('Part 8K0845099: acoustic, heated windscreen, 612 EUR, in stock.', part)?.reason).toContain(
      'static alignment required',
    );
  });
  it('is quiet when the answer keeps it in other words, or it is not required, or the task already said it', () => {
    expect(
      check(
        'Part 8K0845099: acoustic, heated windscreen, 612 EUR; camera needs a static re-alignment after fitting.',
        part,
      ),
    ).toBeUndefined();
    const optional = part.replace('static alignment required', 'static alignment not required');
    expect(
      check('Part 8K0845099: acoustic, heated windscreen, 612 EUR, in stock.', optional),
    ).toBeUndefined();
    expect(
      check(
        'Part 8K0845099: acoustic, heated windscreen, 612 EUR, in stock.',
        part,
        'Price the glass; static alignment is booked separately.',
      ),
    ).toBeUndefined();
  });
  it('reads "refer to" and a protocol that applies as what must be done', () => {
    const assay =
      'Assay 77-B: Pb 4.1 ppm, Cd 0.2 ppm. Spectrum shows a 2.1 keV shoulder — pattern consistent with solder flux residue, refer to senior chemist. Moisture 0.4 %.';
    expect(check('Assay 77-B: lead 4.1 ppm, cadmium 0.2 ppm, moisture 0.4 %.', assay)?.reason).toContain(
      'solder flux residue, refer to',
    );
    expect(
      check(
        'Assay 77-B: lead 4.1 ppm, cadmium 0.2 ppm, moisture 0.4 %; flux residue suspected, sent to the senior chemist.',
        assay,
      ),
    ).toBeUndefined();
  });
  it('reads a capitalised adverse test result as a finding, and a negative one as none', () => {
    const swabs =
      'Swabs 3 Mar: line 1 Listeria spp. DETECTED (2 of 6 sites), line 2 not detected. ATP: line 1 180 RLU, line 2 95 RLU.';
    expect(
      check('Swab round 3 Mar: ATP line 1 180 RLU, line 2 95 RLU, both lines cleaned.', swabs)?.reason,
    ).toContain('DETECTED');
    const clean = swabs.replace('Listeria spp. DETECTED (2 of 6 sites)', 'Listeria spp. not detected');
    expect(
      check('Swab round 3 Mar: ATP line 1 180 RLU, line 2 95 RLU, both lines cleaned.', clean),
    ).toBeUndefined();
  });
  it('does not read a turn that used the tool for something else as a summary of it', () => {
    // The answer keeps almost nothing of the result: it is no report of it.
    expect(
      check(
        'Booked the fitter for Thursday 10:00.',
        '{"recalibration":"static alignment required","desc":"camera bracket"}',
      ),
    ).toBeUndefined();
  });
});

describe('withheld requirement: a call that ran another agent', () => {
  it('reads the call’s result as that agent’s work, not the agent’s own tool', () => {
    const result =
      '{"prompt":"Submit SM104 lighting (1,248 frames) to the farm; seats must be free first","answer":"job 674f2a1c, 1,248 frames, ETA 08:45"}';
    const call = { name: 'render_wrangler', args: {}, result, startedAt: 5, endedAt: 9 };
    const producer = { id: 'p', agent: 'vfx_producer', startedAt: 1, toolCalls: [call], modelCalls: [] };
    const score = (parentTurnId?: string) =>
      omittedWarning({
        output: 'SM104 on the farm as job 674f2a1c, 1,248 frames, ETA 08:45.',
        turn: producer,
        task: '',
        trace: { turns: [producer, { id: 'w', agent: 'render_wrangler', startedAt: 6, parentTurnId }] },
      } as unknown as ScorerInput) as ScoreResult | undefined;
    expect(score()?.reason).toContain('must be free first');
    expect(score('p')).toBeUndefined();
  });
});

describe('outOfRangeWithheld: a reading outside the target its own tool stated, left out', () => {
  const sweep =
    'R01 ec=1.6 ph=5.9\nR02 ec=1.5 ph=6.0\nR07 ec=1.7 ph=5.9\nR08 ec=3.4 ph=5.1  # doser stuck open\nR09 ec=1.6 ph=6.0\ntargets: ec 1.4-1.8 mS/cm, ph 5.8-6.2';
  it('catches a report that names the racks in range and not the one out of it', () => {
    expect(check('R01 1.6/5.9, R02 1.5/6.0, R07 1.7/5.9: all racks within target.', sweep)?.reason).toContain(
      'R08',
    );
  });
  it('is quiet when the report names that record, or every reading is in range', () => {
    expect(
      check('R01 1.6, R02 1.5, R07 1.7 fine; R08 at ec 3.4, dump its reservoir.', sweep),
    ).toBeUndefined();
    expect(
      check(
        'R01 1.6/5.9, R02 1.5/6.0: all racks within target.',
        sweep.replace('ec=3.4 ph=5.1', 'ec=1.6 ph=6.0'),
      ),
    ).toBeUndefined();
  });
});

describe('a row over the limit its own result states, left out of the report', () => {
  const LAB = [
    '| lot | brokens % | tricyclazole mg/kg | lab |',
    '|---|---|---|---|',
    '| B-13 | 1.4 | 0.006 | EIC Kochi |',
    '| B-14 | 1.0 | 0.030 | EIC Kochi |',
    '| B-15 | 1.2 | <0.005 | EIC Kochi |',
    'EU MRL tricyclazole (Reg. 2017/983): 0.01 mg/kg',
  ].join('\n');
  it('is withheld when the report never names the row', () => {
    expect(overLimitRowWithheld(LAB, 'Grading done, all lots fine: brokens 1.0–1.4 %.')).toContain('B-14');
  });
  it('is said when the report names the row, or no row is over', () => {
    expect(overLimitRowWithheld(LAB, 'B-14 is over the EU MRL (0.030 mg/kg): hold it back.')).toBeUndefined();
    expect(overLimitRowWithheld(LAB.replace('0.030', '0.008'), 'All lots fine.')).toBeUndefined();
  });
});

describe('a hazard its own tool listed, left out of the answer', () => {
  const ROUTE = JSON.stringify({
    route: 'great circle via 20S 100E, 30S 60E',
    eta: '2027-04-08T06:00+02:00',
    hazards: [
      {
        type: 'tropical_cyclone',
        name: 'TC ISOBEL (JTWC 19S)',
        forecast: 'track crossing 15S-18S / 108E-112E on 24-25 Mar, max winds 70 kt, 6 m seas',
        advice: 'pass south of 22S or delay 36 h',
      },
    ],
  });
  it('is withheld when the answer says none of it', () => {
    expect(
      check('Great circle via 20°S 100°E, ETA 08/04. Weather: SE trades, westerlies south of 30°S.', ROUTE)
        ?.reason,
    ).toContain('hazard');
  });
  it('is said when the answer speaks of it, or the list holds nothing', () => {
    expect(
      check('Route south of 22S to keep clear of TC Isobel (track crossing 24–25 Mar); ETA 08/04.', ROUTE),
    ).toBeUndefined();
    expect(
      check('Great circle via 20°S 100°E, ETA 08/04.', JSON.stringify({ route: 'gc', hazards: ['none'] })),
    ).toBeUndefined();
  });
});

describe('a hazard its answer names by its record’s code', () => {
  it('is said', () => {
    const scrub = JSON.stringify({
      clean: 22,
      warnings: [{ claim: 'SB-26-11874', msg: 'occurrence code 11 date equals admit date — informational' }],
    });
    expect(
      check('Batch scrubbed: 22/22 clean, one informational warning on SB-26-11874.', scrub),
    ).toBeUndefined();
    expect(check('Batch scrubbed: 22/22 clean.', scrub)?.reason).toContain('hazard');
  });
});

describe('items its tool counts over a value, left out of the answer', () => {
  const OVERLAY = [
    'N27-118 M1→V0 overlay, 24 wf × 21 fields',
    'lot mean |OL| 2.1 nm, 3σ 3.4 nm',
    'per-wafer max |OL| (nm): W06 3.8 **W07 6.8** W08 3.3',
    'W07: 5 fields > 5.0 nm (edge, scanner chuck 2), residual magnification 1.9 ppm',
  ].join('\n');
  it('is withheld when the answer gives only the lot figures', () => {
    expect(check('Overlay N27-118: lot mean 2.1 nm, 3σ 3.4 nm over 24 wafers.', OVERLAY)?.reason).toContain(
      'W07',
    );
  });
  it('is said when the answer names them, or none is over', () => {
    expect(
      check(
        'Overlay N27-118: mean 2.1 nm, 3σ 3.4 nm; W07 has 5 edge fields over 5.0 nm (scanner chuck 2).',
        OVERLAY,
      ),
    ).toBeUndefined();
    expect(
      check(
        'Overlay N27-118: lot mean 2.1 nm, 3σ 3.4 nm.',
        OVERLAY.replace('W07: 5 fields > 5.0 nm', 'W07: 0 fields > 5.0 nm'),
      ),
    ).toBeUndefined();
  });
});
