import { describe, expect, it } from 'vitest';
import { extractConstraints, keepsConstraint } from './constraints.ts';
import { judgeDelivery } from './delivery.ts';
import { extractProhibitions } from './prohibitions.ts';

const values = (text: string) => extractConstraints(text).map((c) => `${c.type}:${c.value}`);
const verdict = (task: string, actions: string) => judgeDelivery(task, actions).result.verdict;
/** The values a receiver changed (evidence with what it became), its calls' arguments as text. */
const changed = (
  task: string,
  actions: string,
  calls: { name: string; args: string; result?: unknown }[] = [],
) => judgeDelivery(task, actions, '', calls).result.evidence.filter((e) => e.actual !== undefined);

describe('extractConstraints', () => {
  it('finds periods, currencies, limits, requirements and names in a task', () => {
    const found = values(
      "Research ACME Corp's Q3 2024 revenue in EUR and the top 3 revenue drivers. Cite sources.",
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'year:2024',
        'quarter:Q3',
        'currency:EUR',
        'limit:top 3',
        'requirement:cite sources',
        'name:acme corp',
      ]),
    );
  });

  it('works on other domains and wordings', () => {
    const found = values(
      'Book a flight from Lisbon to Oslo on 2025-03-14 for under 400 euros, "window seat" please, at most 2 stops.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'date:2025-03-14',
        'currency:EUR',
        'quoted:window seat',
        'limit:max 400 EUR',
        'limit:max 2 stop',
        'name:lisbon',
        'name:oslo',
      ]),
    );
  });

  it('reads quarters and years written out', () => {
    expect(values('Summarise the third quarter of FY2023 sales in dollars')).toEqual(
      expect.arrayContaining(['quarter:Q3', 'year:2023', 'currency:USD']),
    );
  });

  it('reads halves and format requirements in any letter case', () => {
    expect(
      values(
        'Give the SECOND HALF figures AS A TABLE, then RESPOND IN JSON with Bullet Points. CITING SOURCES.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'quarter:H2',
        'requirement:table',
        'requirement:json',
        'requirement:bullet points',
        'requirement:cite sources',
      ]),
    );
    expect(values('Sept. 3, 2024 and 3 of DEC 2024')).toEqual(
      expect.arrayContaining(['date:2024-09-03', 'date:2024-12-03']),
    );
  });

  it('canonicalises quantities: scales, percentages and time spans', () => {
    expect(values('growth of 12 percent to 4.20 bn')).toEqual(
      expect.arrayContaining(['quantity:12 %', 'quantity:4200000000']),
    );
    expect(values('EUR 4,200 million')).toContain('quantity:4200000000');
    expect(values('within two weeks')).toContain('quantity:14 day');
    expect(values('within 14 days')).toContain('quantity:14 day');
  });

  it('reads "min" after a bare number as minutes and after what it counts as a floor', () => {
    expect(values('Rinse 10min, then 3 min 20 s dwell.').filter((v) => v.startsWith('limit'))).toEqual([]);
    expect(values('3 nights min, €500 min')).toEqual(
      expect.arrayContaining(['limit:min 3 night', 'limit:min 500 EUR']),
    );
  });

  it('reads spelled-out dates as the same ISO date', () => {
    for (const text of [
      'on 2025-03-14',
      'on March 14, 2025',
      'on 14 March 2025',
      'on Mar. 14th 2025',
      'on 14/03/2025',
    ])
      expect(values(text)).toContain('date:2025-03-14');
    expect(values('on 03/04/2025')).not.toEqual(expect.arrayContaining([expect.stringMatching(/^date:/)]));
  });

  it('takes a four-digit number as a year only in a date context', () => {
    for (const text of [
      'see note 1903 for details',
      'the field shows 0 characters out of 2000',
      'order #2024 shipped',
      'priced at $2024',
      'a budget of 2000',
      'we processed 2000 records',
      'error code 2019 returned',
    ])
      expect(values(text).filter((v) => v.startsWith('year:'))).toEqual([]);
    for (const [text, year] of [
      ['revenue in 2024', '2024'],
      ['Q3 2024 results', '2024'],
      ['FY2023 plan', '2023'],
      ['from 2019 to 2023', '2023'],
      ['the 2022–2023 season', '2022'],
      ["2024's best sellers", '2024'],
      ['since 1998', '1998'],
    ] as const)
      expect(values(text)).toContain(`year:${year}`);
  });
});

describe('judgeDelivery: the same value in another form is kept', () => {
  it.each([
    ['Refund orders placed within 90 days.', 'Checking orders from the last ninety (90) days.'],
    ['Refund orders placed within 90 days.', 'Orders within ninety days qualify.'],
    ['Cap the hotel at EUR 300 per night.', 'Searching hotels up to €300 a night.'],
    ['Cap the hotel at EUR 300 per night.', 'Found rooms under 300 euros per night.'],
    // A bare "$" is the dollar of where it is written.
    [
      'Lodge the pay event in AUD for the 14 casual staff.',
      'Lodged for the 14 casual staff: gross $8,240.00.',
    ],
    ['Ship 1,000 units to the Rotterdam depot.', 'Booked 1000 units to the Rotterdam depot.'],
    ['Schedule the audit for 2025-06-02.', 'Audit scheduled for June 2, 2025.'],
    ['Schedule the audit for June 2, 2025.', 'Audit booked on 2025-06-02.'],
    ['Report on the third quarter of 2024.', 'Q3 2024 report follows.'],
    ['Deliver within two weeks.', 'Delivery planned within 14 days.'],
    ['List the top three vendors for ACME.', 'Top 3 vendors for Acme: Initech, Globex, Umbrella.'],
    ['Keep the summary under 200 words.', 'Summary (150 words) attached.'],
    ['Keep the spend at most €1,250.', 'Budget is 1.250,00 EUR max.'],
    ['Venue cap of 12k USD.', 'Shortlisted venues under the $12,000 cap.'],
    ['Fee CHF 1200 per day.', "Fee: CHF 1'200.- per day."],
    ['Pay invoice 2024-0113 of EUR 480.50.', 'Paying invoice #2024-0113: 480,50 €.'],
    ['Hearing on 5 March 2025.', 'Hearing confirmed for 05.03.2025.'],
    ['Deliver on 2025-03-05.', 'Delivery booked for the 5th March, 9:00.'],
    ['Deliver on 2025-03-05.', 'Delivery on Mar 5th, 2025.'],
    ['Parcels up to 20 kg.', 'Only parcels of twenty kilograms or less.'],
    ['Programme of 88 min including the interval.', 'Approx. 1 h 28 min including the interval.'],
    ['Keep the run under 135 minutes.', 'Running time 2 hours 15 minutes, under the limit.'],
    ['Book a reefer to arrive before 15 Feb 2027.', 'Booked, ETA Newark 3 Feb 2027.'],
    // A day the answer reaches from the task's by a span it gives in the same sentence.
    [
      'Moderated 26/01/2027: Riverbank preferred. Draft the award letter.',
      'We intend to award, subject to a 10-day standstill ending 5 Feb 2027.',
    ],
    // A later clause bounds by the day: "…, loan must mature by then".
    [
      'Receipts expire 30 Jun 2027, loan must mature by then. Set it up.',
      'Loan booked, maturity 15/06/2027.',
    ],
    ['Start the pilot from 1 March 2026 onwards.', 'Pilot starts 16 March 2026.'],

    // "min" after a bare number is minutes, not a floor: another hold time is no changed cap.
    ['Hold linen at 71C for 180s (or 65C for 10min).', 'Program TD71: 71.5 °C, 3 min 20 s hold.'],
    // A name ending in a code, as a register writes it: first letters joined to the code.
    ['Pull the capacity of Wilkins LT1 and Roberts G06.', 'WIL-LT1 cap 146 | ROB-G06 cap 183.'],
    ['Inspect Harbour Crane HC4 before noon.', 'HC-HC4 inspected 11:20, no defects.'],
  ])('"%s" → "%s"', (task, actions) => {
    expect(verdict(task, actions)).toBe('understood');
  });
});

describe('extractConstraints: what a parenthesis discards', () => {
  it('sets no constraint, and no prohibition', () => {
    const brief = 'Pax total 453.0 kg (booking estimate was 425 kg @ 85/pax, do not use), bags 38.5 kg.';
    expect(values(brief)).not.toContain('quantity:425 kg');
    expect(values(brief)).toContain('quantity:453 kg');
    expect(extractProhibitions(brief)).toEqual([]);
    // A parenthesis that discards nothing still counts.
    expect(values('Pax total 453.0 kg (booking estimate 425 kg).')).toContain('quantity:425 kg');
  });
});

describe('judgeDelivery: a code under another name is not the named one', () => {
  it('keeps a name only by the first letters of that name joined to its code', () => {
    const [name] = extractConstraints('Pull the capacity of Wilkins LT1.').filter((c) => c.type === 'name');
    expect(name?.value).toBe('wilkins lt1');
    expect(keepsConstraint(name!, 'WIL-LT1 cap 146.', [])).toBe(true);
    expect(keepsConstraint(name!, 'CRU-LT1 cap 204.', [])).toBe(false);
    expect(keepsConstraint(name!, 'LT1 cap 146.', [])).toBe(false);
  });
});

describe('judgeDelivery: counters, ids and limits are not years', () => {
  it.each([
    [
      'Summarise the 2024 maintenance log for pump P-7.',
      'Pump P-7 log, note 1903: seal replaced. Note 1904: pressure normal. 2024 had 12 interventions.',
    ],
    [
      'Draft the reply to the ticket in 2024 style, max 2000 characters.',
      'Draft ready (0 characters out of 2000 used so far… now 812).',
    ],
    ['Find flights in 2025 under $2000.', 'Flight AF 1999 on 2025-05-01 at $1850.'],
  ])('"%s" → "%s"', (task, actions) => {
    expect(verdict(task, actions)).not.toBe('misunderstood');
  });
});

describe('judgeDelivery: a changed value is still caught', () => {
  it.each([
    ['Research ACME revenue for Q3 2024 in EUR.', 'Searching ACME 2023 revenue in USD.'],
    ['Schedule the audit for 2025-06-02.', 'Audit scheduled for June 9, 2025.'],
    ['List the top 3 vendors.', 'Here are the top 5 vendors: a, b, c, d, e.'],
    ['Find hotels under EUR 300 per night.', 'Searching hotels under EUR 450 per night.'],
    ['Analyse the fourth quarter.', 'Analysis of Q2 follows.'],
    ['Keep the spend at most €1,250.', 'Budget is 1.520,00 EUR max.'],
    ['Venue cap of 12k USD.', 'Searching venues up to $21,000.'],
    ['Quote the freight in AUD.', 'Quoted the freight: EUR 2,400.'],
    ['Stay of 3 nights minimum.', 'Booking stays of 2 nights minimum.'],
    ['Deliver on 2025-03-05.', 'Delivery booked for 5 March 2026.'],
    ['Keep the run under 135 minutes.', 'Running time capped at 2 hours 35 minutes.'],
    ['Book a reefer to arrive before 15 Feb 2027.', 'Booked, ETA Newark 23 Feb 2027.'],
    [
      'Receipts expire 30 Jun 2027, loan must mature by then. Set it up.',
      'Loan booked, maturity 15/07/2027.',
    ],
    ['Deliver the stock on 26/01/2027.', 'Stock delivered 5 Feb 2027, 10 days late.'],
    ['CP12s expire 21/03/2027. Book the checks.', 'Checks booked for 28 Mar 2027.'],
  ])('"%s" → "%s"', (task, actions) => {
    expect(verdict(task, actions)).toBe('misunderstood');
  });

  it('reads a day the task gives without its year, and work before the day something expires, as kept', () => {
    expect(
      verdict(
        'CP12s expire 21/03/2027. Book Gas Safe checks by 11/03.',
        'book_gas_checks by 2027-03-11: 18 flats booked 2–3 Mar 2027.',
      ),
    ).not.toBe('misunderstood');
  });
  it('lets a stricter cap stand: it still meets the task', () => {
    expect(verdict('Find hotels under EUR 300 per night.', 'Found hotels under EUR 250 per night.')).not.toBe(
      'misunderstood',
    );
  });
});

describe('judgeDelivery: counts of things', () => {
  const judge = (task: string, actions: string, calls: string) =>
    judgeDelivery(task, actions, '', calls).result.verdict;
  it('catches a receiver that acted on another count', () => {
    expect(
      judge('Quote freight for 12 pallets to Milan.', 'Cheapest: EUR 610 for 2 pallets.', '2 pallets\nMilan'),
    ).toBe('misunderstood');
  });
  it('lets a count be split or restated in the answer', () => {
    expect(judge('Ship 12 pallets to Milan.', 'Two trucks of 6 pallets each to Milan.', 'Milan')).not.toBe(
      'misunderstood',
    );
    expect(judge('Ship 12 pallets to Milan.', 'Booked 12 pallets.', '12 pallets')).toBe('understood');
  });
  it('reads a trial run on a few of them as no other count of the job', () => {
    const task = 'Tan 1,200 hides chrome-free for Auremo (spec AS-LTH-09).';
    const said = 'Recipe WW-GLU-12 for Auremo AS-LTH-09; trial on 6 hides within all limits.';
    const call = (name: string) => [{ name, args: 'WW-GLU-12\n6 hides' }];
    expect(judgeDelivery(task, said, '', call('lab_trial')).result.verdict).not.toBe('misunderstood');
    expect(judgeDelivery(task, said, '', call('start_tannage')).result.verdict).toBe('misunderstood');
  });
  it('reads "at most 2 stops" as a cap, not a count', () => {
    expect(judge('Find flights with at most 2 stops.', 'Found a flight with 1 stops.', '1 stops')).not.toBe(
      'misunderstood',
    );
  });
});

describe('judgeDelivery: dates worked out from the task', () => {
  it('accepts a date derived from the task’s date and a span it gives', () => {
    expect(
      verdict(
        'Patient had surgery on 2025-04-01 and needs a wound check two weeks after surgery.',
        'Wound check due 2025-04-15.',
      ),
    ).not.toBe('misunderstood');
  });
  it('still catches a date moved with no span to explain it', () => {
    expect(verdict('Book the wound check for 2025-04-15.', 'Booked the wound check on 2025-04-22.')).toBe(
      'misunderstood',
    );
  });
});

describe('judgeDelivery: years that bound a range', () => {
  it('allows a year inside the range and catches one outside it', () => {
    expect(verdict('Find rulings from 2021 onwards.', 'Rulings: BGH, 14 March 2023.')).not.toBe(
      'misunderstood',
    );
    expect(verdict('Find rulings from 2021 onwards.', 'Rulings: OGH, 21 June 2016.')).toBe('misunderstood');
    expect(verdict('Earliest pour Tue 28 Apr 2026, pump and 186 m³.', 'Pour booked Thu 23 Apr 2026.')).toBe(
      'misunderstood',
    );
    // A bound with a weekday between its word and its day, and "earliest …" as a floor.
    expect(verdict('Book the earliest pour Tue 28 Apr 2026.', 'Pour booked Thu 30 Apr 2026.')).not.toBe(
      'misunderstood',
    );
    expect(verdict('Return the forms by Fri 15 Jan 2027.', 'Forms returned 12 Jan 2027.')).not.toBe(
      'misunderstood',
    );
    expect(verdict('Use sources published before 2019.', 'Sources: a 2017 survey.')).not.toBe(
      'misunderstood',
    );
  });
});

describe('judgeDelivery: a labelled checklist', () => {
  const task =
    "Check the back label for TTB: (a) alcohol statement and tolerance, (b) net contents, (c) importer name/address, (d) Government Warning wording, (e) 'Contains Sulfites' declaration.";
  it('catches an answer that goes through the list and leaves an item out', () => {
    const answer =
      'Alcohol 13.5 % — OK (±1.5 tolerance). Net contents 750 mL — OK. Importer Harbor & Vine, Newark — OK. Government Warning wording complete. Verdict: compliant.';
    expect(verdict(task, answer)).toBe('misunderstood');
  });
  it('lets an answer that addresses every item, in its own words, stand', () => {
    const answer =
      'Alcohol 13.5 % within tolerance; 750 mL net; importer Harbor & Vine, Newark; warning text complete; sulfites declared. Compliant.';
    expect(verdict(task, answer)).not.toBe('misunderstood');
    // Two labelled items are no checklist, and an answer that addresses none is not going through one.
    expect(verdict('Send (a) the invoice and (b) the receipt.', 'Invoice sent.')).not.toBe('misunderstood');
    expect(verdict(task, 'Label reviewed, fine to print.')).not.toBe('misunderstood');
  });
  it('reads labels that refer to items ("signs (2) and (3) get …") as no checklist', () => {
    const wiring =
      'NS-4410 electrics: window sign (1) gets a DIMMABLE transformer + wall dimmer. Signs (2) and (3) standard non-dimmable transformers, wired to the shop timer. GFI on all three.';
    const answer =
      'Window sign on dimmable T1 with wall dimmer DM-2; open + arrow on plain transformers, no dimmer, on the timer. All GFI.';
    expect(verdict(wiring, answer)).not.toBe('misunderstood');
  });
});

describe('judgeDelivery: a day the task gives as when something last happened', () => {
  it('is background, not a day the answer must keep ("last exam 11/03/2026", next exam 15/03/2028)', () => {
    const task = 'SB-2 exam Tue 16/03. Register: SWP 10.0 bar, last exam 11/03/2026 no defects.';
    expect(verdict(task, 'SB-2 examined 16/03, fit for use. Next exam by 15/03/2028.')).not.toBe(
      'misunderstood',
    );
  });
});

describe('extractConstraints: spans and figures in other scripts', () => {
  it('reads spans written with the units of other scripts, not a date’s day', () => {
    const spans = (text: string) => extractConstraints(text).filter((c) => c.type === 'quantity');
    expect(spans('28天豪华套房，入住日期弹性（±10天）').map((c) => c.value)).toEqual(['28 day', '10 day']);
    expect(spans('3개월 계약, 14 दिन, 7 ימים').map((c) => c.value)).toEqual(['3 month', '14 day', '7 day']);
    expect(spans('2026年12月5日')).toEqual([]);
  });
  it('keeps a date the receiver turned into the window the task allows around it', () => {
    const task = '预产期2027-01-18，入住日期弹性（±10天），请查房态并预留。';
    expect(
      judgeDelivery(task, 'room_calendar from 2027-01-08 to 2027-02-25: A-302 held.').result.verdict,
    ).not.toBe('misunderstood');
    // A window that leaves the day out moved it.
    expect(
      judgeDelivery(task, 'room_calendar from 2027-01-28 to 2027-02-25: A-302 held.').result.verdict,
    ).toBe('misunderstood');
  });
});

describe('judgeDelivery: a day inside the window the receiver searched between two of the task’s days', () => {
  const task =
    'Acct 4488, class period 14/02/2023–02/08/2024, lookback to 31/10/2024. Recognised loss per the plan.';
  const answer = 'Acct 4488: no purchases in the class period or lookback (first buy 18/11/2024). Loss $0.';
  const searched = 'custodian_trades account 4488 from 2023-02-14 to 2024-10-31';
  const late = 'custodian_trades account 4488 from 2023-02-14 to 2024-07-31';
  it('keeps the period’s end when the calls searched from its start to the lookback', () => {
    expect(judgeDelivery(task, `${answer}\n${searched}`, '', searched).result.verdict).not.toBe(
      'misunderstood',
    );
  });
  it('reads another day as a change when the search stopped before the period’s end', () => {
    expect(judgeDelivery(task, `${answer}\n${late}`, '', late).result.verdict).toBe('misunderstood');
  });
});

describe('judgeDelivery: a day that dates a document named by its number', () => {
  const task =
    'Decizia 884/15.03.2027, Mureș Lemn SRL: compară fișa cu extrasul de cont și spune-mi data plății.';
  it('names the document: a receiver that looks up another day has not changed it', () => {
    const calls = [{ name: 'extras_cont_bancar', args: 'banca data\nBanca Transilvania 2027-01-25' }];
    expect(changed(task, 'Plata a fost debitată la 25.01.2027.', calls)).toEqual([]);
    expect(
      changed('Appeal decision no. 884 of 15.03.2027 by the deadline.', 'Statement checked for 2027-01-25.'),
    ).toEqual([]);
  });
  it('is still changed by a deed about that document with another day', () => {
    const calls = [{ name: 'file_appeal', args: 'decizia data\n884 2027-03-16' }];
    expect(judgeDelivery(task, 'Contestație depusă.', '', calls).result.evidence).toContainEqual(
      expect.objectContaining({ expected: '15.03.2027', actual: expect.stringContaining('2027-03-16') }),
    );
  });
});

describe('judgeDelivery: a year alone against a full date', () => {
  it('is no other day: the date is checked against dates', () => {
    expect(
      changed(
        'Fixed term 01/10/2025 – 30/09/2028, salary AUD 72,890.',
        'REVISE: that salary is on the old 2022 table.',
      ),
    ).toEqual([]);
    expect(changed('Contract ends 30/09/2028.', 'Contract end set to 30/09/2027.')).not.toEqual([]);
  });
});

describe('judgeDelivery: a day a thing was done, written after it', () => {
  it('is background: another day the receiver gives is another event', () => {
    expect(
      changed(
        'Semester fee ₹29,850 received 16/07/2025 (SBI Collect DU78831402). Allot her a room.',
        'Room B-214 allotted, check in on 21/07/2025 from 10:00.',
      ),
    ).toEqual([]);
    // A day to do it on is no background.
    expect(changed('Allot the room for check-in on 16/07/2025.', 'Check in on 21/07/2025.')).not.toEqual([]);
  });
});

describe('judgeDelivery: a day with day and month swapped in a deed', () => {
  const task =
    'SPL recorded, **04/08/2025 to 28/11/2025**, 17 weeks. Set up the pay from the August payroll.';
  const deed = (start: string) => [{ name: 'schedule_leave_pay', args: `start end\n${start} 2025-11-28` }];
  it('is a changed day', () => {
    expect(changed(task, 'Pay set up.', deed('2025-04-08'))).toContainEqual(
      expect.objectContaining({ expected: '04/08/2025', actual: '2025-04-08' }),
    );
  });
  it('is nothing where the deed gives the day as meant', () => {
    expect(changed(task, 'Pay set up.', deed('2025-08-04'))).toEqual([]);
  });
});

describe('judgeDelivery: a day written either way round, read by the run’s own figures', () => {
  const task = 'Book HYD → JFK for Zenith Lifesciences, 420 kg, departure 03-04-2027.';
  const book = (iso: string, written: string) => [
    {
      name: 'book_awb',
      args: `dep_date\n${iso}`,
      result: `{"awb": "176-48821930", "dep": "${written} 04:15"}`,
    },
  ];
  it('is a changed day where the call’s own result writes its day in the task’s figures reversed', () => {
    expect(changed(task, 'Booked.', book('2027-03-04', '04-03-2027'))).toContainEqual(
      expect.objectContaining({ expected: '03-04-2027', actual: '2027-03-04' }),
    );
  });
  it('is nothing where the result writes the task’s figures, or writes no day', () => {
    expect(changed(task, 'Booked.', book('2027-04-03', '03-04-2027'))).toEqual([]);
    expect(changed(task, 'Booked.', book('2027-03-04', '03-04-2027'))).toEqual([]);
    expect(
      changed(task, 'Booked.', [
        { name: 'book_awb', args: 'dep_date\n2027-04-03', result: '{"status": "KK"}' },
      ]),
    ).toEqual([]);
  });
});

describe('judgeDelivery: a figure in bold', () => {
  it('is read as the count it is: the receiver quoting it has changed nothing', () => {
    const task =
      'Correction: we printed **1,240** homes; the notice approves **1,420**. Affordable share 30 % (426 homes) was right.';
    expect(
      changed(task, 'Published.', [
        {
          name: 'publish_correction',
          args: 'text\nWe said 1,240 homes. The permission is for up to 1,420 homes.',
        },
      ]),
    ).toEqual([]);
  });
});

describe('judgeDelivery: a day the task sets as a deadline, in other languages', () => {
  it('is met by an earlier day', () => {
    for (const task of [
      'Tillegg 854 kr innvilget — må være utbetalt før 20.02.2027.',
      'Auszahlung spätestens 20.02.2027.',
      'Uitbetalen uiterlijk 20.02.2027.',
    ])
      expect(
        changed(task, 'Utbetaling registrert.', [
          { name: 'registrer_utbetaling', args: 'forfall\n2027-02-18' },
        ]),
      ).toEqual([]);
  });
  it('is broken by a later one', () => {
    expect(changed('Må være utbetalt før 20.02.2027.', 'Registrert, forfall 2027-02-24.')).not.toEqual([]);
  });
});

describe('judgeDelivery: a day worked out from the task’s day and its span', () => {
  const task = 'Award 15 Dec 2026. Approved form ETD-A-1409: 12-month embargo.';
  it('is the task’s, its year with it', () => {
    expect(verdict(task, 'Full text embargoed until 15 December 2027 — 12 months from award.')).not.toBe(
      'misunderstood',
    );
  });
  it('is a changed day where no span of the task gives it', () => {
    expect(verdict('Report for 15 Dec 2026, the award day.', 'Report for 15 December 2027.')).toBe(
      'misunderstood',
    );
  });
});

describe('judgeDelivery: a year the task names alone, and the day a tool assigned', () => {
  const task = 'isitma — B-6, kombi E04, garanti kapsamında (teslim 2026-06).';
  const said = 'Randevunuz: 18 Mart 2027 Perşembe, 09:00–12:00.';
  const call = (args: string) => [
    { name: 'yetkili_servis_randevu', args, result: '{"servis_no": "VS-2027-30581", "tarih": "2027-03-18"}' },
  ];
  it('is the tool’s day where the call asked for none', () => {
    expect(changed(task, said, call('daire\nB-6\nhata_kodu\nE04'))).toEqual([]);
  });
  it('is a changed year where the call itself asked for that day', () => {
    expect(changed(task, said, call('daire\nB-6\ntarih\n2027-03-18'))).not.toEqual([]);
  });
});

describe('judgeDelivery: a day a record was filed on, in other languages', () => {
  const task =
    "Planifie l'inspection quinquennale FAC-2021-03-114 avant l'échéance du 2027-02-28 (rapport précédent RPT-FAC-22-0871 déposé le 2022-02-28).";
  it('is a past event, not the day to work on', () => {
    expect(
      verdict(task, 'Inspection FAC-2021-03-114 planifiée le 2027-02-12, avant l’échéance du 2027-02-28.'),
    ).not.toBe('misunderstood');
  });
  it('is still a day to keep where nothing says it was filed', () => {
    expect(verdict('Planifie l’inspection le 2022-02-28.', 'Inspection planifiée le 2027-02-12.')).toBe(
      'misunderstood',
    );
  });
});

describe('extractConstraints: a cap written after its figure', () => {
  it('is not read from a code before the word, nor with an article for its unit', () => {
    const limits = (text: string) => extractConstraints(text).filter((c) => c.type === 'limit');
    expect(limits('Under procedure DB-14 the maximum sleep time is 3 days.')).toEqual([]);
    expect(limits('Shot 14 the maximum allowed.')).toEqual([]);
    expect(limits('Stay of 3 nights minimum, bags 20 kg maximum.').map((c) => c.value)).toEqual([
      'min 3 night',
      'max 20 kg',
    ]);
  });
});

describe('extractConstraints: names in capitals with letters outside ASCII', () => {
  it('reads no piece of such a word as a name', () => {
    const names = (text: string) =>
      extractConstraints(text)
        .filter((c) => c.type === 'name')
        .map((c) => c.value);
    expect(names('VÁGÁNYZÁR-KÉRELEM VZK-2027-0921-07\nSzakasz: Kiskunhalas–Kelebia')).toEqual(['kelebia']);
    expect(names('ÖSSZESÍTŐ JELENTÉS Q3 for Acme Corp')).toEqual(['acme corp']);
  });
});

describe('a month the task names, and the month a call works on', () => {
  const TASK =
    'El QP es M+3, es decir el promedio LME Cash Settlement de **junio 2027**. Entréganos ese promedio en USD/t.';
  const ask = (key: string, month: string) => [
    {
      name: 'lme_promedio_mensual',
      args: `metal ${key}\ncobre\n${month}`,
      raw: { metal: 'cobre', [key]: month },
    },
  ];
  const said = (month: string) => `cobre\n${month}\nPromedio LME: 9.412,35 USD/t.`;
  it('is changed where the call asks for another month under a month key', () => {
    expect(judgeDelivery(TASK, said('2027-04'), '', ask('mes', '2027-04') as never).result.verdict).toBe(
      'misunderstood',
    );
  });
  it('is kept for the month asked, and is no rival under a key of another role', () => {
    expect(judgeDelivery(TASK, said('2027-06'), '', ask('mes', '2027-06') as never).result.verdict).not.toBe(
      'misunderstood',
    );
    expect(
      judgeDelivery(TASK, said('2027-04'), '', ask('corte', '2027-04') as never).result.verdict,
    ).not.toBe('misunderstood');
  });
});
