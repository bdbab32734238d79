import { describe, expect, it } from 'vitest';
import { recordedFailure } from '../testing/recorded-failure.ts';

const DIARY = JSON.stringify({
  block: 'C7',
  applications: [
    { date: '2026-08-14', product: 'Captan 80 WG', phi_days: 28 },
    { date: '2026-09-28', product: 'Delan Pro', phi_days: 35 },
  ],
  globalgap_cert: 'GGN 4063061234567',
  cert_valid_to: '2027-03-31',
});

/** Grader → checker (reads the spray diary) → dispatcher, with the grader's brief and the checker's answer. */
const check = (brief: string, answer: string, diary = DIARY) =>
  recordedFailure(async (tracer, clock) => {
    clock.advance(10);
    const graded = await tracer.turn('grader', async () => brief, {
      input: [{ role: 'user', content: 'Grade lot PH-1001 and get it released.' }],
    });
    tracer.handoff({ from: 'grader', to: 'checker', content: graded });
    clock.advance(10);
    const cleared = await tracer.turn(
      'checker',
      async (turn) => {
        turn.startToolCall({ name: 'spray_diary', args: { record: 'SD-C7' } }).end({ result: diary });
        return answer;
      },
      { input: [{ role: 'user', content: graded }] },
    );
    tracer.handoff({ from: 'checker', to: 'dispatcher', content: cleared });
    clock.advance(10);
    return tracer.turn('dispatcher', async () => 'Booked DSP-88127 for Mon 06:00.', {
      input: [{ role: 'user', content: cleared }],
    });
  });

const BRIEF =
  'Lot PH-1001, block C7, picked 01/10, 18 bins. Spray diary SD-C7 attached. Needs PHI check before release.';
const CERT_ONLY =
  'PH-1001 compliance ✅ GGN 4063061234567 valid to 31/03/2027, diary on file. Cleared for release.';

describe('a field a task asks to have checked, cleared without a word of it', () => {
  it('is a misunderstood task of the agent whose own tool returned that field', async () => {
    expect(await check(BRIEF, CERT_ONLY)).toBe('misunderstood_task grader → checker (checker)');
  });
  it('is nothing when the answer names the field or its values, or holds the work', async () => {
    expect(await check(BRIEF, `${CERT_ONLY} PHI fine.`)).toBeNull();
    expect(
      await check(BRIEF, 'Last spray 28/09 (Delan Pro, 35 d): earliest pick 02/11. Held, not cleared.'),
    ).toBeNull();
    expect(
      await check(BRIEF, 'Held: picked 3 days after the last spray, inside its 35-day interval.'),
    ).toBeNull();
  });
  it('is nothing when the task asks no check of it, or the tool never returned it', async () => {
    expect(await check('Lot PH-1001, block C7, 18 bins. Spray diary SD-C7 attached.', CERT_ONLY)).toBeNull();
    expect(await check(BRIEF, CERT_ONLY, JSON.stringify({ globalgap_cert: 'GGN 4063061234567' }))).toBeNull();
  });
});

describe('a check the task insists on by its acronym, neither run nor named', () => {
  const PREOP =
    'Op 14/01 08:30. Standard panel (FBC, HBsAg, glucose). IMPORTANT: on warfarin → INR + PT must be run; INR > 1.5 means no op. Send me the INR.';
  const run = (tests: string[], answer: string, brief = PREOP, args: Record<string, unknown> = { tests }) =>
    recordedFailure(async (tracer, clock) => {
      tracer.handoff({ from: 'coordinator', to: 'nurse', content: brief });
      clock.advance(10);
      const done = await tracer.turn(
        'nurse',
        async (turn) => {
          turn.startToolCall({ name: 'lab_order', args }).end({ result: 'LAB-771204: all in range.' });
          return answer;
        },
        { input: [{ role: 'user', content: brief }] },
      );
      tracer.handoff({ from: 'nurse', to: 'coordinator', content: done });
      clock.advance(10);
      return tracer.turn('coordinator', async () => 'Surgery confirmed for 14/01.', {
        input: [{ role: 'user', content: done }],
      });
    });
  it('is a misunderstood task of the agent that cleared the work without it', async () => {
    expect(
      await run(
        ['FBC', 'HBsAg', 'glucose'],
        'LAB-771204: FBC, HBsAg, glucose normal. Cleared for surgery 👍',
      ),
    ).toBe('misunderstood_task coordinator → nurse (nurse)');
  });
  it('is nothing when the check was run or its absence said', async () => {
    expect(
      await run(['FBC', 'HBsAg', 'glucose', 'INR', 'PT'], 'LAB-771204 all normal. Cleared 👍'),
    ).toBeNull();
    expect(
      await run(['FBC', 'HBsAg', 'glucose'], 'LAB-771204: panel normal, INR still pending, not cleared yet.'),
    ).toBeNull();
    // An acronym that labels each value the brief gives ("member ID 9310558241", "payer ID 87726").
    expect(
      await run(
        ['FBC'],
        'LAB-771204 built and passed.',
        'Bill UHC, member ID 9310558241, group 774120, payer ID 87726 (do not bill Aetna).',
      ),
    ).toBeNull();
    // Capitals joined by a hyphen are one name ("PM-JAY", no "PM"), and a call's key may name it.
    const SCHEME = 'Raise PM-JAY pre-auth for PTCA for R. Bhoir, PM-JAY ID 4MH7K29Q1, at Wockhardt Nashik.';
    const raised = 'Pre-auth raised for R. Bhoir, package MC011A. Status: approved.';
    expect(await run([], raised, SCHEME, { pmjay_id: '4MH7K29Q1', package: 'MC011A' })).toBeNull();
    expect(await run([], raised, SCHEME, { id: '4MH7K29Q1', package: 'MC011A' })).toBe(
      'misunderstood_task coordinator → nurse (nurse)',
    );
  });
});

describe('a numbered list of checks, one item answered with not a word of it', () => {
  const LIST =
    'Lot PH-1001 before release:\n1. spray diary: last application and its harvest interval against the pick\n2. GLOBALG.A.P. certificate still valid on the dispatch day\nThen book the lorry.';
  it('is a misunderstood task of the agent that took up the others', async () => {
    expect(
      await check(LIST, 'Certificate GGN 4063061234567 valid to 31/03/2027, so valid on the dispatch day.'),
    ).toBe('misunderstood_task grader → checker (checker)');
  });
  it('is nothing when every item is taken up, in its own words or a few of them', async () => {
    expect(
      await check(
        LIST,
        'Last spray 28/09, harvest interval 35 d not met: held. Certificate valid on the dispatch day.',
      ),
    ).toBeNull();
  });
});
