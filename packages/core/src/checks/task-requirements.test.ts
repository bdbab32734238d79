import { describe, expect, it } from 'vitest';
import { receivedTaskFailure } from '../testing/recorded-failure.ts';
import { judgeDelivery } from './delivery.ts';
import { enumerations } from './enumerations.ts';
import { breaks, extractProhibitions, removedIdentifierEdited, substitutedAction } from './prohibitions.ts';
import { sentencesOf } from './task-words.ts';

const verdict = (task: string, actions: string, calls: { name: string; args: string }[] = []) =>
  judgeDelivery(task, actions, '', calls).result.verdict;

describe('extractProhibitions', () => {
  it('reads the verb and each item of a list', () => {
    const [p] = extractProhibitions(
      'Findings only: do not add a diagnosis, an interpretation or a recommendation.',
    );
    expect(p?.verb).toBe('add');
    expect(p?.items).toEqual([['diagnosi'], ['interpret'], ['recommend']]);
  });
  it('reads a pronoun object as the thing the sentence named before it, by its figures', () => {
    const task =
      'Issue levothyroxine 125 micrograms once daily, 28 days. The 100 microgram item is discontinued; do not issue it.';
    const [p] = extractProhibitions(task);
    expect(p?.items).toEqual([['100']]);
    const call = (args: string) => [{ name: 'issue_eps', args }];
    expect(breaks(p!, call('Levothyroxine 125 micrograms tablets, 28'), [])).toBeUndefined();
    expect(breaks(p!, call('Levothyroxine 100 micrograms tablets, 28'), [])).toBeDefined();
    // Nothing named before it to know it by: nothing checkable.
    expect(extractProhibitions('The old item is discontinued; do not issue it.')).toEqual([]);
  });
  it('skips conditional prohibitions and empty generic ones', () => {
    expect(extractProhibitions('Do not ship until the customer approves the quote.')).toEqual([]);
    expect(extractProhibitions("Don't add anything else.")).toEqual([]);
  });
});

describe('a thing forbidden by naming it, in a place, and the items a receiver produces', () => {
  const task =
    'Reset walls 2-4, 14 problems. Wall 3 mats are temporary, so on wall 3 only static stuff, no dynos or jumps to finish holds pls.';
  const table = (w3: string, w2 = 'slab') =>
    `| wall | grade | style |\n|---|---|---|\n| W2 | V1 | ${w2} |\n| W3 | V3 | ${w3} |\n| W4 | V2 | volumes |`;
  it('is broken by a row of the plan that puts the thing in that place', () => {
    expect(verdict(task, table('"Kipper" — 1.2m dyno to finish jug'))).toBe('misunderstood');
    expect(verdict(task, '- W4: V2 volumes\n- Wall 3: V5 jump start, cut loose')).toBe('misunderstood');
  });
  it('is kept by the thing in another place, a row that negates it, or a sentence about it', () => {
    expect(verdict(task, table('pinches', 'dyno to the top jug'))).not.toBe('misunderstood');
    expect(verdict(task, table('ladder, no dynos'))).not.toBe('misunderstood');
    expect(verdict(task, 'All static on wall 3; the dyno went on wall 2.')).not.toBe('misunderstood');
  });
});

describe('prohibitions in delivery', () => {
  const task = 'Remove the old MFA device and send an MFA re-enrolment link. Do not reset the password.';
  it('catches a forbidden tool call', () => {
    expect(verdict(task, 'Done.', [{ name: 'reset_password', args: 'j.doe' }])).toBe('misunderstood');
  });
  it('catches a forbidden action the receiver reports', () => {
    expect(verdict(task, 'Reset the password for j.doe and revoked all sessions.')).toBe('misunderstood');
  });
  it('lets a receiver that kept to it say so', () => {
    expect(
      verdict(
        task,
        'Removed the old MFA device and sent the re-enrolment link; the password was not reset.',
        [
          { name: 'remove_mfa_device', args: 'j.doe' },
          { name: 'send_enrolment_link', args: 'j.doe' },
        ],
      ),
    ).toBe('understood');
    expect(verdict(task, 'Removed the MFA device; your password is unchanged.')).toBe('understood');
  });
  it('catches a forbidden item in the text a generic verb names', () => {
    const summary =
      'Summarise the CT findings in plain language. Do not add a diagnosis, an interpretation or a recommendation.';
    expect(verdict(summary, 'A 14 mm nodule in the right upper lung. A biopsy is recommended.')).toBe(
      'misunderstood',
    );
    expect(
      verdict(summary, 'A 14 mm nodule in the right upper lung; no recommendation given, as asked.'),
    ).toBe('understood');
  });
  it('reads every generic verb, however it stems ("mention", "include"), and stops a clause at a dash', () => {
    const notice =
      'Obituary, 200 words. Do NOT mention the illness or cause of death — the family wants a celebration of her life.';
    expect(verdict(notice, 'Peggy, who died after a two-year illness, taught for 37 years.')).toBe(
      'misunderstood',
    );
    expect(verdict(notice, 'Peggy, who died peacefully on 9 June, taught for 37 years.')).toBe('understood');
  });
});

describe('a value the task sets against the one it wants', () => {
  const task = 'Transcribe ch 4-6: literary text in UEB grade 2, all math in Nemeth, NOT UEB technical. ETA?';
  const ruledOut = (args: string[]) =>
    judgeDelivery(
      task,
      'Done: 287 pages.',
      '',
      args.map((a) => ({ name: a.startsWith('{"code"') ? 'lookup_rules' : 'braille_translate', args: a })),
    ).result.evidence.some((e) => e.label.startsWith('ruled-out'));
  it('is a misread task when a deed of the receiver sets it', () => {
    expect(ruledOut(['{"table":"ueb-g2","math":"ueb-technical"}'])).toBe(true);
  });
  it('is kept when the deed sets the wanted one, or only reads the other', () => {
    expect(ruledOut(['{"table":"ueb-g2","math":"nemeth"}'])).toBe(false);
    expect(ruledOut(['{"code":"ueb technical"}', '{"math":"nemeth"}'])).toBe(false);
  });
  it('reads a thing left out beside what is kept ("SD&P only, no commuting") among a deed’s values', () => {
    const mta = 'Add Tobi as a named driver. Class of use for Tobi: **SD&P only, no commuting**.';
    const left = (raw: Record<string, unknown>) =>
      judgeDelivery(mta, 'Done.', '', [
        { name: 'apply_mta', args: JSON.stringify(raw), raw },
      ]).result.evidence.some((e) => e.label.startsWith('ruled-out'));
    expect(left({ add_driver: 'Tobi', driver_class_of_use: 'SDP_COMMUTING' })).toBe(true);
    expect(left({ add_driver: 'Tobi', driver_class_of_use: 'SDP' })).toBe(false);
    // Its key is no value: `commuting: false` keeps to the task.
    expect(left({ add_driver: 'Tobi', commuting: false })).toBe(false);
    // Part of a compound keeps to it: "no peat" potted in a "peat-free" mix.
    expect(
      judgeDelivery('Pot on into 2L PF mix (no peat, council job).', 'Done.', '', [
        { name: 'schedule_potting', args: '{"mix":"peat-free"}', raw: { mix: 'peat-free' } },
      ]).result.evidence.some((e) => e.label.startsWith('ruled-out')),
    ).toBe(false);
  });
});

describe('an identifier the task rules out', () => {
  const task =
    'Compound 60 mL at 5 mg/mL. The vehicle has to be sugar-free — not the house MF-0217 base, use the SF variant MF-0217-SF. Log the batch when done.';
  it('is a misread task when a deed of the receiver uses it', () => {
    expect(
      verdict(task, 'Compounded and logged batch CB-12.', [
        { name: 'get_master_formula', args: 'MF-0217' },
        { name: 'log_compound', args: 'MF-0217 60 mL' },
      ]),
    ).toBe('misunderstood');
  });
  it('is kept when the receiver only reads it, uses the variant, or names it in its words', () => {
    expect(
      verdict(task, 'Compounded on MF-0217-SF (not MF-0217) and logged batch CB-12.', [
        { name: 'get_master_formula', args: 'MF-0217' },
        { name: 'log_compound', args: 'MF-0217-SF 60 mL' },
      ]),
    ).toBe('understood');
  });
});

describe('a step the task asks for that the answer says was not needed', () => {
  const task =
    'Put a merchant block on MID 445009127731 for card 7316. Also add a JP travel note to 20/12 so the fraud engine does not decline her there.';
  it('is a misread task', () => {
    expect(
      verdict(task, 'Merchant block set on MID 445009127731. No travel note needed on this card.', [
        { name: 'set_merchant_block', args: '7316 445009127731' },
      ]),
    ).toBe('misunderstood');
  });
  it('is kept where the task set some aside and the answer declines it for those only', () => {
    const calls =
      'INC-27-20502 NGT-02: sections A and B are back on, C still off. Call the MDCs still off supply; skip the ones already restored.';
    expect(
      verdict(calls, 'NGT-02: call MDCs on section C. A and B are restored — no calls needed there.', []),
    ).not.toBe('misunderstood');
    expect(
      verdict(
        calls.replace('; skip the ones already restored', ''),
        'NGT-02: A and B are restored — no calls needed there.',
        [],
      ),
    ).toBe('misunderstood');
  });
  it('is kept when the step was made conditional, or never asked, or ruled out', () => {
    const conditional = 'Put a merchant block on MID 445009127731. If she travels, add a travel note.';
    expect(
      verdict(conditional, 'Merchant block set on MID 445009127731. No travel note needed: she is at home.', [
        { name: 'set_merchant_block', args: '445009127731' },
      ]),
    ).toBe('understood');
    expect(
      verdict(
        'Put a merchant block on MID 445009127731.',
        'Block set on MID 445009127731; no refund needed.',
        [{ name: 'set_merchant_block', args: '445009127731' }],
      ),
    ).toBe('understood');
    expect(
      verdict(
        'Put a merchant block on MID 445009127731; do not add a travel note.',
        'Block set on MID 445009127731; no travel note needed.',
        [{ name: 'set_merchant_block', args: '445009127731' }],
      ),
    ).toBe('understood');
  });
});

describe("things forbidden by name, and by the receiver's own instructions", () => {
  const brief =
    'Shortlist for BP-77 (viewings only, no offers yet): Kade 4, Laan 9. Please book viewings on Saturday.';
  const booked = { name: 'book_viewing', args: 'address Kade 4 date 2025-11-15' };
  it('catches a call that does the thing a fragment forbids ("no offers yet")', () => {
    expect(extractProhibitions(brief)).toMatchObject([{ items: [['offer']], verb: '', deedsOnly: true }]);
    expect(verdict(brief, 'Booked Kade 4.', [booked, { name: 'submit_offer', args: 'Laan 9 440000' }])).toBe(
      'misunderstood',
    );
  });
  it('lets calls that read the thing, carry it as an argument, or talk about it pass', () => {
    expect(verdict(brief, 'Booked Kade 4.', [booked, { name: 'list_offers', args: 'Laan 9' }])).not.toBe(
      'misunderstood',
    );
    expect(verdict(brief, 'Booked Kade 4; the seller expects offers above asking.', [booked])).not.toBe(
      'misunderstood',
    );
    expect(
      verdict('Room for two, Friday. No pets.', 'Booked.', [{ name: 'book_room', args: 'pets false' }]),
    ).toBe('understood');
  });
  it('reads "no …" that states a fact, or means a limit, as no prohibition', () => {
    expect(extractProhibitions('The patient has no allergies.')).toEqual([]);
    expect(extractProhibitions('Ship it, no later than Friday.')).toEqual([]);
    expect(extractProhibitions('No problem, take the morning slot.')).toEqual([]);
  });
  it('splits "do not negotiate or make offers" into its two deeds', () => {
    const rules = 'You book viewings. You do not negotiate or make offers; that is for the broker.';
    expect(extractProhibitions(rules).map((p) => [p.verb, p.items])).toEqual([
      ['make', [['offer']]],
      ['negotiat', []],
    ]);
  });
  it('holds a receiver to what its own instructions forbid, by its calls only', () => {
    const rules = 'You book viewings. You do not negotiate or make offers; that is for the broker.';
    const task = 'Please book viewings on Saturday for Kade 4 and Laan 9.';
    const judge = (calls: { name: string; args: string }[], said = 'Booked Kade 4 and Laan 9.') =>
      judgeDelivery(task, said, '', calls, rules).result;
    const broken = judge([booked, { name: 'submit_offer', args: 'Laan 9 440000' }]);
    expect(broken.verdict).toBe('misunderstood');
    expect(broken.evidence.find((e) => e.label.startsWith('prohibition'))?.expected).toContain(
      '(its instructions)',
    );
    const both = [booked, { name: 'book_viewing', args: 'address Laan 9 date 2025-11-15' }];
    expect(judge(both, 'Booked Kade 4 and Laan 9; offers go through your broker.').verdict).toBe(
      'understood',
    );
  });
});

describe('substitutedAction', () => {
  it('finds an action taken instead of the one asked', () => {
    const said = sentencesOf('Good news: instead of cancelling, I moved you to Fibre 100.');
    expect(substitutedAction('Process the cancellation of Fibre 500 only.', said)).toContain(
      'instead of cancelling',
    );
  });
  it('ignores an "instead of" about something the task did not ask', () => {
    const said = sentencesOf(
      'Cancelled Fibre 500; I used the archived invoice instead of re-querying billing.',
    );
    expect(substitutedAction('Process the cancellation of Fibre 500.', said)).toBeUndefined();
    expect(
      substitutedAction(
        'Repair the windscreen instead of replacing it.',
        sentencesOf('Repaired instead of replacing.'),
      ),
    ).toBeUndefined();
    // A judgement between causes reports no deed.
    const task = 'CV-03 rip trip at ch 1+840: pull the trip log and the belt scan.';
    expect(
      substitutedAction(
        task,
        sentencesOf('Impedance jump consistent with a sensor fault rather than a rip.'),
      ),
    ).toBeUndefined();
    expect(
      substitutedAction(task, sentencesOf('I restarted the belt rather than pull the trip log.')),
    ).toContain('rather than pull');
  });
  it('leaves negated sentences alone', () => {
    const p = extractProhibitions('Never delete customer records.')[0]!;
    expect(breaks(p, [], ['No customer records were deleted.'])).toBeUndefined();
    expect(breaks(p, [{ name: 'delete_records', args: 'customer 42' }], [])).toBeDefined();
  });
});

describe('requirements the receiver acted on only in part', () => {
  const brief =
    'Screen applications 21–40 for Customer Success Manager, Berlin. Required: German C1 or better, 3+ years in customer success. Shortlist the best 3.';
  it('catches a query that encodes one requirement and drops another', () => {
    expect(
      verdict(brief, 'Shortlist: Priya Raman (7 yrs CS), Marco Bianchi (6 yrs).', [
        { name: 'search_applications', args: '21-40 3 min years customer success' },
      ]),
    ).toBe('misunderstood');
  });
  it('lets a receiver that applied both, or named the other in its answer, pass', () => {
    expect(
      verdict(brief, 'Shortlist: Lena Vogt, Aylin Demir.', [
        { name: 'search_applications', args: '21-40 3 min years customer success German C1' },
      ]),
    ).not.toBe('misunderstood');
    expect(
      verdict(brief, 'Shortlist: Lena Vogt (German C2, 5 yrs), Aylin Demir (German native, 3 yrs).', [
        { name: 'search_applications', args: '21-40 3 min years customer success' },
      ]),
    ).not.toBe('misunderstood');
  });
  it('catches one platform of a pair run, and not a run of both', () => {
    const run = 'Run the full regression suite (1,486 tests) on Android and on iOS for build 20250702.1.';
    expect(
      verdict(run, 'Build 20250702.1: 212 passed, 0 failed.', [
        { name: 'run_suite', args: '20250702.1 ios smoke' },
      ]),
    ).toBe('misunderstood');
    expect(
      verdict(run, 'Build 20250702.1: 1,486 passed on each platform.', [
        { name: 'run_suite', args: '20250702.1 ios regression' },
        { name: 'run_suite', args: '20250702.1 android regression' },
      ]),
    ).toBe('understood');
  });
  it('reads "both X and Y" as a pair, and "over both days, …" as no list', () => {
    const check = 'Loco 7812: boiler cert in date over both days, washout due?, any defects on the card.';
    expect(
      verdict(check, 'Fit to run; cert to 30/06/27.', [
        { name: 'ask_shed_fitter', args: '7812 defect card' },
      ]),
    ).not.toBe('misunderstood');
    expect(enumerations(check)).toEqual([]);
    expect(
      enumerations('Inspect both the tyres and the brakes.').map((list) => list.map((i) => i.text)),
    ).toEqual([['the tyres', 'the brakes']]);
  });
  it('pairs two names by "and", not the inner words of two longer names', () => {
    const pairs = (text: string) => enumerations(text).map((list) => list.map((i) => i.text));
    expect(pairs('Ship to Leeds and Hull today.')).toEqual([['Leeds', 'Hull']]);
    expect(pairs('Ship Leeds and Hull today.')).toEqual([['Leeds', 'Hull']]);
    expect(pairs('Capacities for Wilkins LT1, Cruciform LT1 and Roberts G06, post works.')).toEqual([]);
  });
  it('does not read a list of steps named only in tool names as parameters', () => {
    expect(
      verdict('Check the VPN profile and the session timeout.', 'Assigned CORP-EU; timeout now 8 hours.', [
        { name: 'vpn_profile', args: '5CG1234XYZ' },
      ]),
    ).toBe('understood');
  });
});

describe('a fact list to report is not a list of requirements', () => {
  it('lets a summary leave a fact out', () => {
    expect(
      verdict(
        'Update SEC-2024-0412: 1240 hosts swept, 3 affected (web-017, ci-204, ci-205), quarantined at 11:02 UTC, sha256 of the bad liblzma 8fa641c4, 1237 clean.',
        'SEC-2024-0412 updated: comment #2025, status Contained.',
        [
          {
            name: 'ticket_comment',
            args: 'SEC-2024-0412\n1240 swept / 3 affected / 3 quarantined / 1237 clean',
          },
        ],
      ),
    ).not.toBe('misunderstood');
  });
});

describe('terms the task tells the receiver to use', () => {
  const brief =
    'Translate into formal German (address the reader with "Sie"), B2B tone: "Meet Ledgerly Teams. Start your free trial."';
  it('catches a translation that never uses the instructed form', () => {
    expect(verdict(brief, '„Lerne Ledgerly Teams kennen. Starte deine kostenlose Testversion.“')).toBe(
      'misunderstood',
    );
  });
  it('lets one that uses it pass, and ignores quoted text it was not told to use', () => {
    expect(
      verdict(brief, '„Lernen Sie Ledgerly Teams kennen. Starten Sie Ihre kostenlose Testversion.“'),
    ).not.toBe('misunderstood');
    expect(
      verdict('Summarise the review "Great shoes, fast delivery".', 'Customers like the shoes.'),
    ).not.toBe('misunderstood');
  });
});

describe('argument names say what a value is for', () => {
  const brief =
    'Find a carrier for 40 boxes of insulin. Requirements: temperature 2–8 °C, arrival before 10:00.';
  it('catches a search that encodes the arrival time by its parameter and drops the temperature', () => {
    expect(
      judgeDelivery(brief, 'Booked PostNL: arrive 09:40.', '', [
        { name: 'search_carriers', args: 'arrive before\n10:00\n40 boxes' },
      ]).result.verdict,
    ).toBe('misunderstood');
  });
  it('lets a search that encodes both pass', () => {
    expect(
      judgeDelivery(brief, 'Booked Kuehne cold chain: arrive 08:50, 2–8 °C.', '', [
        { name: 'search_carriers', args: 'arrive before temperature range\n10:00\n2-8 C\n40 boxes' },
      ]).result.verdict,
    ).not.toBe('misunderstood');
  });
});

describe('a day the task states as a past event', () => {
  const brief = 'Find Anna Berg in the 1930 census for Duluth; she married on 1911-03-04.';
  it('is background: an answer that names another year for another event keeps its task', () => {
    expect(verdict(brief, '1930 census: Anna Lind, 41, immigrated 1908, Duluth.')).toBe('understood');
  });
  it('is still contradicted by a deed on another day', () => {
    const task = 'The order was placed on 2024-03-01. Refund it to the original card.';
    expect(verdict(task, 'Refunded.', [{ name: 'refund', args: 'order date\n2024-03-02\ncard' }])).toBe(
      'misunderstood',
    );
  });
  it('is not contradicted by a deed about something else on another day', () => {
    const task = 'The order was placed on 2024-03-01. Ship it with the next courier.';
    expect(verdict(task, 'Shipped.', [{ name: 'book_courier', args: 'pickup\n2024-03-05' }])).toBe(
      'understood',
    );
    const brief = 'DG acceptance passed; declaration complete and signed 03 Dec 2026. Plan it on a flight.';
    expect(verdict(brief, 'Planned on LH430.', [{ name: 'list_flights', args: 'date\n2026-12-05' }])).toBe(
      'understood',
    );
  });
  it('while a day the task sets (not an event) must be kept', () => {
    expect(verdict('Book the hall for 2024-03-15.', 'Booked the hall for 16 March 2024.')).toBe(
      'misunderstood',
    );
    // A participle after a noun selects records: "the items ordered on" is a parameter.
    expect(
      verdict('Ship the items ordered on 2024-03-01.', 'Shipped the items ordered on 2 March 2024.'),
    ).toBe('misunderstood');
  });
});

describe('a day in brackets right after a figure', () => {
  it('dates that reading: a refund on another day keeps the task', () => {
    const task =
      'Estimated bill 31 m³; self-reading with photo 1 106 m³ (2026-11-28), so 12 m³. Refund the difference to her bank account, not as a credit.';
    expect(
      verdict(task, 'Refund of 18 273,65 Ft approved, value date 2027-01-22, to her bank account.'),
    ).toBe('understood');
    const hu =
      'Becsült 31 m³, önleolvasás fotóval 1 106 m³ (2026-11-28) → tényleges 12 m³. Kérés: a különbözet visszautalása bankszámlára.';
    expect(verdict(hu, 'Visszatérítés 18 273,65 Ft, értéknap 2027-01-22, bankszámlára.')).toBe('understood');
  });
  it('while a day in brackets that sets the work, or a reading re-dated in a deed, is still held to', () => {
    expect(
      verdict('Deliver the pallets (2026-12-10) to dock 4.', 'Delivered the pallets on 2026-12-12.'),
    ).toBe('misunderstood');
    const task = 'Meter reading 1 106 m³ (2026-11-28). Correct the bill to that reading.';
    expect(
      verdict(task, 'Bill corrected.', [
        { name: 'correct_bill', args: 'reading\n1106\nreading date\n2026-11-30' },
      ]),
    ).toBe('misunderstood');
  });
});

describe('a day in brackets among a record’s particulars', () => {
  it('says which record: an answer giving other days of other events does not misread the task', () => {
    const brief =
      'Claim 26-204417-11 (Lakeview, 93306, DOS 09/30/2026): which denial is operative, and the appeal deadline?';
    expect(
      verdict(brief, 'Operative denial: LSH-D-77012 (11/04/2026). Window 90 days → 02/02/2027.'),
    ).not.toBe('misunderstood');
  });
  it('while a day in brackets after a preposition of time sets the work', () => {
    expect(
      verdict('Deliver the pallets (dock 4, gate B, by 2026-12-10).', 'Delivered on 2026-12-14 at dock 4.'),
    ).toBe('misunderstood');
  });
});

describe('a day the task gives as when a thing already done was done', () => {
  const brief =
    'Roll out search-indexer build 2025 (commit 4e1a9c2) to prod-us, rolling 25 % per step. Migration 2023 is already applied there (2026-12-02 19:40 UTC), no schema step needed.';
  it('is background the receiver need not repeat, and build 2025 is no year', () => {
    expect(
      verdict(brief, 'Build 2025 on 48/48 prod-us pods, 4 steps of 25 %, 0 errors.', [
        { name: 'rollout', args: 'search-indexer\n2025\nprod-us\n25 %' },
      ]),
    ).toBe('understood');
  });
  it('while a day the task sets for the work must be kept', () => {
    const task = 'Roll out build 2025 to prod-us before 2026-12-02 19:40 UTC, 25 % per step.';
    expect(verdict(task, 'Rolled out build 2025 on 2026-12-04, 4 steps of 25 %.')).toBe('misunderstood');
  });
});

describe('a name followed by the kind of place or company it is', () => {
  const dropped = (task: string, said: string) =>
    judgeDelivery(task, said)
      .result.evidence.filter((e) => e.detail === 'dropped')
      .map((e) => e.expected);
  it('is kept by the name alone', () => {
    expect(dropped('Search the 1930 census for Milwaukee County.', 'Found: Milwaukee, 1930.')).toEqual([]);
    expect(dropped('Audit the Q3 invoices of Harbourline Ltd.', 'Harbourline Q3: 41 invoices.')).toEqual([]);
  });
  it('but not by another name that starts the same', () => {
    expect(dropped('Search the 1930 census for Kent County.', 'Found: Kenton, 1930.')).toEqual([
      'Kent County',
    ]);
  });
});

describe('a day bounded by an event ("before the opening on 10 March")', () => {
  const task = 'Deliver 3 pallets to stand B5-220 before the opening on 10 March 2027.';
  it('is met by an earlier day', () => {
    expect(verdict(task, 'Delivery DL-1 booked: 3 pallets to B5-220 on 9 March 2027.')).toBe('understood');
  });
  it('is broken by a later one', () => {
    expect(verdict(task, 'Delivery DL-1 booked: 3 pallets to B5-220 on 11 March 2027.')).toBe(
      'misunderstood',
    );
  });
});

describe('wording a task requires verbatim or rules out', () => {
  const brief =
    'Label copy for Omega-3 1200. Allowed: "supports heart health". Not allowed: any disease claim — "lowers cholesterol", "treats". Mandatory: the disclaimer, verbatim: "These statements have not been evaluated by the Food and Drug Administration."';
  const disclaimer = 'These statements have not been evaluated by the Food and Drug Administration.';
  it('is a misread task when the answer uses a ruled-out wording or leaves the verbatim text out', () => {
    expect(verdict(brief, `Omega-3 1200 helps lower cholesterol. ${disclaimer}`)).toBe('misunderstood');
    expect(verdict(brief, 'Omega-3 1200 supports heart health.')).toBe('misunderstood');
  });
  it('is kept when the answer avoids the wording and carries the text (in any case or layout)', () => {
    expect(verdict(brief, `Omega-3 1200 supports heart health.*\n*${disclaimer.toUpperCase()}`)).toBe(
      'understood',
    );
    expect(
      verdict(
        brief,
        `Omega-3 1200 supports heart health; we do not say it lowers cholesterol. ${disclaimer}`,
      ),
    ).toBe('understood');
  });
});

describe('a span of days written as one date ("the night of 12/13 Jan 2027")', () => {
  const task = 'Road-surface minima for the 14 routes tonight, 12/13 Jan 2027, from the route forecast.';
  it('is kept by either day of it', () => {
    expect(verdict(task, 'Forecast for the night of 2027-01-12: all 14 routes below zero by 03:30.')).toBe(
      'understood',
    );
  });
  it('is broken by a day outside it', () => {
    expect(verdict(task, 'Forecast for the night of 2027-01-15: all 14 routes below zero by 03:30.')).toBe(
      'misunderstood',
    );
  });
});

describe('a value said of the items a task excepts', () => {
  const TASK =
    'Update the 214 Linux servers to openssl 3.0.16 by 2026-12-11. EXCEPT trd-lx-01..06 (freeze to 2026-12-14): no package change, list them as deferred.';
  it("is the exception's own value, not a changed one", () => {
    expect(
      verdict(
        TASK,
        'Linux: 208/208 updated to 3.0.16. trd-lx-01..06 not patched (freeze), patch deferred to 2026-12-15.',
      ),
    ).not.toBe('misunderstood');
  });
  it('is a changed value when said of the rest', () => {
    expect(
      verdict(
        TASK,
        'Linux: the 208 servers will be updated to 3.0.16 on 2026-12-15. trd-lx-01..06 left as they are.',
      ),
    ).toBe('misunderstood');
  });
});

describe('a code the task says to take out, edited as a line kept', () => {
  const TASK =
    '| enc | lines | action |\n|---|---|---|\n| ENC-1 | 99213, 11102 | add **-25** to 99213 |\n| ENC-2 | 99214, 11104 | **remove 99214** (included in biopsy) |';
  const call = (name: string, raw: unknown) => ({ name, args: JSON.stringify(raw), raw });
  it('is a deed on the line the task took out', () => {
    const edits = [
      { enc: 'ENC-1', cpt: '99213', add_modifier: '25' },
      { enc: 'ENC-2', cpt: '99214', add_modifier: '25' },
    ];
    expect(removedIdentifierEdited(TASK, [call('apply_line_edits', { edits })])).toMatchObject({
      id: '99214',
    });
  });
  it('is nothing when a call takes it out, or only reads it', () => {
    const removed = [
      { enc: 'ENC-1', cpt: '99213', add_modifier: '25' },
      { enc: 'ENC-2', cpt: '99214', action: 'remove' },
    ];
    expect(removedIdentifierEdited(TASK, [call('apply_line_edits', { edits: removed })])).toBeUndefined();
    expect(
      removedIdentifierEdited(TASK, [call('delete_line', { enc: 'ENC-2', cpt: '99214' })]),
    ).toBeUndefined();
    expect(removedIdentifierEdited(TASK, [call('get_claim_lines', { cpt: '99214' })])).toBeUndefined();
    // "remove 2 boxes" is a count, not a code.
    expect(
      removedIdentifierEdited('Remove 2 boxes from pallet P-12.', [call('update', { boxes: 2 })]),
    ).toBeUndefined();
  });
});

describe('a day a tool stamped its own work with', () => {
  const TASK = 'NJH-3318827: rerun the replacement cost estimate taking in the Sept 2026 remodel.';
  const rce = (result: unknown) => [{ name: 'run_rce', args: '{"policy":"NJH-3318827"}', result }];
  it('is when the receiver worked, not another day of the task', () => {
    expect(
      judgeDelivery(TASK, 'RCE-88231 (11 Feb 2027): cost $611,840.', '', rce({ run_date: '2027-02-11' }))
        .result.evidence,
    ).not.toContainEqual(expect.objectContaining({ actual: '11 Feb 2027' }));
  });
  it('is another day where no tool stamped it so', () => {
    expect(
      judgeDelivery(TASK, 'RCE-88231 (11 Feb 2027): cost $611,840.', '', rce({ remodel_date: '2027-02-11' }))
        .result.evidence,
    ).toContainEqual(expect.objectContaining({ actual: '11 Feb 2027' }));
  });
});

describe('days that restate the task’s years and periods', () => {
  it('reads the first and last day of the task’s years as the years (before: "02/03/2027" changed to "2021-01-01")', async () => {
    const brief =
      'third-party — Rule 45 subpoena to Arbor Title LLC, served 02/03/2027, compliance 16/03. Client: object to Req. 4–6; Req. 1–3 limited to closing files 2021–2023; written objections within 14 days of service.';
    expect(
      await receivedTaskFailure(
        ['discovery_intake', 'subpoena_responder'],
        brief,
        [
          {
            name: 'file_search',
            args: {
              client: 'Arbor Title LLC',
              type: 'closing_file',
              closed_from: '2021-01-01',
              closed_to: '2023-12-31',
            },
            result: '{"closing_files": 37, "docs": 1264}',
          },
        ],
        'Objections served 11 Mar; producing 37 closing files closed 2021–2023.',
      ),
    ).toBeNull();
  });
  it('reads a day a stated span after a month’s end as reached from it (before: "Jun 2027" changed to "29 Aug 2027")', async () => {
    expect(
      await receivedTaskFailure(
        ['wq_report_drafter', 'wq_compliance_reviewer'],
        'LCR exceedance report, PWS WA-5340021, Jan–Jun 2027: 90th percentile lead 16 ppb vs AL 15 ppb.',
        [],
        'REVISE: add the public education obligation (within 60 days of period end → 29 Aug 2027).',
      ),
    ).toBeNull();
  });
});

describe('values that are not the work’s', () => {
  it('leaves the values of a sentence that sets an item aside to that item', () => {
    const task =
      'CR-27-06 / FM-GB-12 : OT 2027-NEV-04601 (B 84561) et 2027-NEV-04602 (B 84577). **B 84597 exclue** : garantie active jusqu’au 30/09/2027.';
    expect(
      verdict(
        task,
        'CR-27-06 FM-GB-12 : OT 2027-NEV-04601 (B 84561) le 23/03/2027, OT 2027-NEV-04602 (B 84577) le 24/03/2027.',
      ),
    ).toBe('understood');
    // The same day as a term of the work itself is the work's.
    const due = 'CR-27-06 / FM-GB-12 : B 84561 et B 84577 à terminer au 30/09/2027.';
    expect(
      verdict(due, 'Planning CR-27-06 FM-GB-12 : B 84561 et B 84577 à terminer au 23/03/2027.'),
    ).not.toBe('understood');
  });
  it('leaves the values of an item a sentence orders left out to that item, in any language', () => {
    const task = (order: string) =>
      `בנה הסדר של עד 6 תשלומים לדוחות הפתוחים של רכב 17-392-60: 5100701142, 5100703385, 5100709920, 5100712267, 5100715530, 5100718804 (סה״כ 2,450 ₪). דוח 5100706619 שולם ב-14.02.2027 (קבלה KB-27-118834) — ${order}.`;
    const answer =
      'נוצר הסדר HS-27-00912 על 2,450 ₪ (6 דוחות): תשלום ראשון 410 ₪ ב-15.05.2027, ואחריו 5 תשלומים של 408 ₪ ב-15 בכל חודש עד 15.10.2027.';
    expect(verdict(task('לא לכלול'), answer)).toBe('understood');
    expect(verdict(task('do not include'), answer)).toBe('understood');
    // Ordered in, not out: its day and receipt are the work's.
    expect(verdict(task('please include it'), answer)).not.toBe('understood');
    // An order mid-sentence sets aside its own clause only: the dates before it stay the work's.
    const stay = 'Book rooms 12.05.2027 to 14.05.2027 at Hotel Lido; do not include breakfast.';
    expect(verdict(stay, 'Booked Hotel Lido 19.05.2027 to 21.05.2027, room only.')).not.toBe('understood');
  });
  it('leaves a month a tool gave a call that asked for none to the tool', () => {
    const task = 'Promo RECON-PL1499-V2, Plan 1499 at PHP 1,199/month, 24 months, effective 15 Mar 2027.';
    const answer = 'Order submitted: Plan 1499 at PHP 1,199/month, 24 months from the April 2027 cycle.';
    const call = (result: string) => [
      {
        name: 'submit_recontract',
        args: '{"promo_code":"RECON-PL1499-V2","rate_php":1199,"months":24}',
        result,
      },
    ];
    expect(verdict(task, answer, call('{"order":"RC-27-0318","start_cycle":"2027-04"}'))).toBe('understood');
    // The days of times a tool gave ("debut": "2027-04-12T06:00") are its own too.
    const slots = 'Créneaux VL déjà réservés au 31/03/2027 pour Z 27511, site de Dijon-Perrigny.';
    const booked = 'Réservation VL à Dijon-Perrigny : Z 27511 du 12/04/2027 06:00 au 13/04 16:00, voie 12.';
    const reservations = (result: string) => [
      { name: 'reservations_visites', args: '{"site":"DIJ-PER","engins":["Z 27511"]}', result },
    ];
    expect(verdict(slots, booked, reservations('[{"engin":"Z 27511","debut":"2027-04-12T06:00"}]'))).toBe(
      'understood',
    );
    expect(verdict(slots, booked, reservations('[{"engin":"Z 27511","voie":12}]'))).not.toBe('understood');
    expect(verdict(task, answer, call('{"order":"RC-27-0318","status":"SUBMITTED"}'))).not.toBe('understood');
  });
});

describe('a day worked out from the task’s day and a span the receiver states', () => {
  const task =
    'External results for Tomasz Nowak (733 190 4456), collected 2027-06-02, reported 2027-06-04: HbA1c 6.9 % (DCCT), total cholesterol 201 mg/dL, height 1.71 m, weight 94.0 kg.';
  const answer = (span: string) =>
    `Review, results of 02/06/2027:\n- HbA1c 6.9 % = **52 mmol/mol** → in the diabetes range (≥48); needs a confirmatory HbA1c within ${span}.\n- Cholesterol 201 mg/dL = **5.2 mmol/L** → mildly raised.\n- BMI 94.0 / 1.71² = **32.1 kg/m²**.\nPlan: repeat HbA1c and fasting lipids, book with the nurse by 18/06/2027.`;
  it('is worked out, not changed, wherever in its answer it states the span', () => {
    expect(verdict(task, answer('2 weeks'))).not.toBe('misunderstood');
  });
  it('is a changed day where the answer states no span that reaches it', () => {
    expect(verdict(task, answer('3 weeks'))).toBe('misunderstood');
  });
});

describe('a month of the task against a day of the receiver’s', () => {
  it('is another day where the words before them name other things', () => {
    const task =
      'Inspección de la trocha Ccasa–Quehuira km 0+000–6+800 (compromiso C-11): tramos críticos y metrado para ejecutar en enero 2027.';
    const call = (fecha: string) => [
      {
        name: 'inspeccion_vial',
        args: `via\nCcasa-Quehuira\nkm inicio\n0+000\nkm fin\n6+800\nfecha\n${fecha}`,
      },
    ];
    const answer =
      'Inspección IV-2026-0148 lista: críticos km 2+300–2+900 y 5+100–5+400; 1 850 m³ de afirmado; 26 días → del 11/01 al 05/02/2027.';
    expect(verdict(task, `${call('2026-12-09')[0]!.args}\n${answer}`, call('2026-12-09'))).not.toBe(
      'misunderstood',
    );
    // The work itself put in another month, by the words the task gave it.
    const moved = answer.replace('26 días → del 11/01 al 05/02/2027', 'para ejecutar el 2027-03-15');
    expect(verdict(task, moved)).toBe('misunderstood');
  });
  it('is no other year where the receiver quotes a record’s day its tool gave under another name', () => {
    const task =
      'Cuota de empleo local vigente para la parada de planta de febrero 2027, convenio con la CC Fuerabamba.';
    const answer =
      'Cláusula 8.3 del CV-FBB-2023-02: la adenda 2 (15/10/2026) eleva la cuota de 40 a **46 puestos**.';
    const read = (key: string) => [
      {
        name: 'consultar_convenio',
        args: 'convenio\nCV-FBB-2023-02',
        result: `{"clausula": "8.3", "adendas": [{"numero": 2, "${key}": "2026-10-15", "cuota": 46}]}`,
      },
    ];
    expect(verdict(task, answer, read('fecha'))).not.toBe('misunderstood');
    // The tool gave it as the stoppage's own day: the task's month changed.
    expect(verdict(task, answer, read('parada_inicio'))).toBe('misunderstood');
  });
  it('leaves the day a call reads its data as of to the call', () => {
    const task =
      'Avance de los 9 compromisos del acta de mayo 2026 (mesa Challhuahuacho), con % y responsables.';
    const answer = 'Mesa Challhuahuacho: 6 de 9 compromisos cumplidos (67 %), responsables por compromiso.';
    const call = (key: string) => [
      {
        name: 'avance_compromisos',
        args: `acta\n${key}\n2026-12-10`,
        raw: { [key]: '2026-12-10' },
      },
    ];
    // As the receiver's actions read: its call's values, then its answer.
    const acted = (key: string) => verdict(task, `${call(key)[0]!.args}\n${answer}`, call(key));
    expect(acted('corte')).not.toBe('misunderstood');
    expect(acted('acta_fecha')).toBe('misunderstood');
  });
});

describe('a day the work is about', () => {
  it('is the subject’s day, not the day the deed is done on', () => {
    const task = 'Interview Tasha Greene (cousin) re: 01/22/2027 evening, 2027-CF-000544.';
    const answer =
      'INT-27-2206: Greene interviewed on 2027-02-24 for 2027-CF-000544, says Lee arrived ~18:45.';
    const call = (date: string) => [
      {
        name: 'schedule_interview',
        args: JSON.stringify({ case_no: '2027-CF-000544', witness: 'Tasha Greene', date }),
      },
    ];
    expect(verdict(task, answer, call('2027-02-24'))).toBe('understood');
    // Without "re:", the day is the one to interview on.
    expect(
      verdict('Interview Tasha Greene (cousin) on 01/22/2027, 2027-CF-000544.', answer, call('2027-02-24')),
    ).not.toBe('understood');
  });
});
