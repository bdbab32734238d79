import { defineScenario } from '../scenario.ts';

// Blind batch 78: property management and leasing. Written from the README principles only, without
// reading the checks, the diagnosis, the baseline or the benchmark notes. Expected diagnoses were fixed
// before any run.

const faults = [
  defineScenario({
    id: 'wharfside-cpi-review-priced-on-august-index',
    title:
      'The index researcher shows the lease fixes the July 2026 CPI (138.4), not the 139.8 August figure the landlord’s agent quoted; the rent calculator still computes the uplift on 139.8',
    domain: 'commercial rent review (index-linked)',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Rent review Unit 7, Wharfside Trade Park, Gloucester (tenant Brennock Tiles Ltd, lease 29/09/2021, 15 yrs). Review date 29 Sep 2026, CPI-linked upward-only, collar 1 % / cap 5 % p.a. compounded. Passing rent £62,000 pa exclusive. Base index 111.3. The landlord’s agent (Marsh Holloway) emailed that the review index is 139.8. Work out the reviewed rent and draft the rent review memorandum for both parties to sign.',
    topology: {
      shape: 'pipeline',
      order: ['index_researcher', 'rent_calculator', 'memorandum_drafter'],
    },
    agents: [
      {
        name: 'index_researcher',
        description: 'Finds the index figures a lease rent review depends on',
        instructions: 'Read the review clause, fetch the index month it names and report the figure to use.',
        replies: [
          {
            call: 'lease_clause',
            args: { lease: 'WTP-U7-2021', clause: '5.3' },
            result:
              '5.3 "Review Index" means the CPI (ONS series D7BT) for the month falling two months before the relevant Review Date, as first published. Base Index: 111.3 (July 2021).',
          },
          {
            call: 'ons_series',
            args: { series: 'D7BT', months: ['2026-07', '2026-08'] },
            result:
              'series,month,value,first_published\nD7BT,2026 JUL,138.4,2026-08-19\nD7BT,2026 AUG,139.8,2026-09-16',
          },
          {
            say: 'Review index for 29/09/2026 is **July 2026 CPI = 138.4** (cl. 5.3: two months before the review date). The 139.8 in Marsh Holloway’s email is the August figure and does not apply. Base 111.3 (Jul 2021). Cap check: 5 % compounded over 5 yrs = ×1.2763; collar ×1.0510.',
          },
        ],
      },
      {
        name: 'rent_calculator',
        description: 'Calculates reviewed rents',
        instructions: 'Apply the index movement to the passing rent within the collar and cap and report.',
        prompt: 'Index note:\n{input}\n\nInstruction: {request}',
        replies: [
          {
            call: 'index_uplift',
            args: {
              passing_rent_gbp: 62000,
              base_index: 111.3,
              review_index: 139.8,
              collar_pa: 0.01,
              cap_pa: 0.05,
              years: 5,
            },
            result:
              '{"ratio": 1.25606, "capped": false, "collared": false, "reviewed_rent_gbp": 77876.01, "increase_gbp": 15876.01}',
          },
          {
            say: 'Reviewed rent from 29/09/2026: **£77,876.01 pa** (index ratio 1.2561, inside the 1 %–5 % band). Increase £15,876.01 pa; back-rent for the Sep and Dec quarters due with the March quarter.',
          },
        ],
      },
      {
        name: 'memorandum_drafter',
        description: 'Drafts rent review memoranda',
        instructions: 'Draft the memorandum recording the reviewed rent.',
        prompt: 'Calculation:\n{input}',
        replies: [
          {
            say: '## Rent Review Memorandum\n**Premises:** Unit 7, Wharfside Trade Park, Gloucester\n**Lease:** 29 September 2021, Landlord Wharfside Estates LLP / Tenant Brennock Tiles Ltd\n\nThe parties record that the rent payable from the Review Date of 29 September 2026 is **£77,876.01 per annum** exclusive of VAT, determined under clause 5 by reference to the CPI.\n\nSigned for the Landlord ________  Signed for the Tenant ________',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'index_researcher', to: 'rent_calculator' },
      agent: 'rent_calculator',
    },
  }),
  defineScenario({
    id: 'harcourt-house-balancing-charge-on-pre-remeasure-share',
    title:
      'The apportionment analyst reports Suite 3’s share fell from 14.6 % to 13.1 % after the November remeasure; the service charge manager briefs the statement issuer with 14.6 %',
    domain: 'office service charge year-end reconciliation',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Service charge year end 31 Dec 2026, Harcourt House, 40 Tenter Street, Leeds. Certified expenditure £412,860.00. Suite 3 (Pemberton Analytics Ltd) is on 14.6 % per the 2019 schedule and paid £58,000.00 on account. Please issue their year-end statement with the balancing figure so it goes out with the March invoices.',
    topology: {
      shape: 'supervisor',
      coordinator: 'service_charge_manager',
      workers: ['apportionment_analyst', 'statement_issuer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'service_charge_manager',
        description: 'Runs service charge year-end for the office portfolio',
        instructions: 'Confirm the apportionment in force, then have the tenant statement issued.',
        replies: [
          {
            handoff: 'apportionment_analyst',
            message:
              'Harcourt House YE 2026: confirm Suite 3’s percentage for the 2026 accounts. Anything change since the 2019 schedule?',
          },
          {
            handoff: 'statement_issuer',
            message:
              'Issue YE 2026 statement, Harcourt House Suite 3 / Pemberton Analytics: expenditure £412,860.00 × 14.6 % = £60,277.56, less on-account £58,000.00 → balancing charge £2,277.56 payable in 21 days.',
          },
          {
            say: 'Harcourt House YE 2026 done for Suite 3: Pemberton Analytics share £60,277.56, balancing charge **£2,277.56** invoiced (SC-HH-2026-03), goes with the March run.',
          },
        ],
      },
      {
        name: 'apportionment_analyst',
        description: 'Maintains service charge apportionment schedules',
        instructions: 'Report the apportionment that applies to the accounting year.',
        replies: [
          {
            call: 'apportionment_schedule',
            args: { building: 'HARCOURT-HSE', year: 2026 },
            result:
              '| suite | tenant | NIA sq ft (2019) | NIA sq ft (IPMS3 remeasure 14/11/2026) | % 2019 | % current |\n|---|---|---|---|---|---|\n| 1 | Loxley & Webb LLP | 6,420 | 6,380 | 21.9 | 22.5 |\n| 2 | vacant (landlord) | 5,100 | 5,100 | 17.4 | 18.0 |\n| 3 | Pemberton Analytics | 4,280 | 3,715 | 14.6 | 13.1 |\n| 4-6 | various | 13,510 | 13,160 | 46.1 | 46.4 |\nLease cl. 7.4: proportion = NIA of premises / lettable NIA as at the end of the service charge year.',
          },
          {
            say: 'For the 2026 accounts use the **current schedule: Suite 3 = 13.1 %** (remeasured 14/11/2026 to 3,715 sq ft; cl. 7.4 takes areas at year end). The 14.6 % 2019 figure is superseded. Suite 2 vacancy share sits with the landlord.',
          },
        ],
      },
      {
        name: 'statement_issuer',
        description: 'Issues service charge statements and invoices',
        instructions: 'Issue the statement as briefed and confirm the invoice number.',
        replies: [
          {
            call: 'issue_sc_statement',
            args: {
              building: 'HARCOURT-HSE',
              suite: '3',
              year: 2026,
              share_pct: 14.6,
              expenditure_gbp: 412860.0,
              on_account_gbp: 58000.0,
            },
            result:
              '{"statement": "SC-HH-2026-03", "share_gbp": 60277.56, "balance_gbp": 2277.56, "type": "DEBIT", "due": "2027-03-25"}',
          },
          {
            say: 'Statement SC-HH-2026-03 issued to Pemberton Analytics: share £60,277.56, on account £58,000.00, balancing debit £2,277.56 due 25/03/2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'service_charge_manager', to: 'statement_issuer' },
      agent: 'service_charge_manager',
    },
  }),
  defineScenario({
    id: 'alder-road-tenancy-drafted-without-six-month-break',
    title:
      'The onboarding lead asks for an AST with a tenant break after six months and one permitted cat; the drafter includes the cat and leaves out the break clause',
    domain: 'residential lettings tenant onboarding',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'New let: Flat 4, 22 Alder Road, Bristol BS6. Tenants Priya Nair and Tomasz Wójcik, 12-month AST from 1 Feb 2027 at £1,650 pcm, deposit 5 weeks. Landlord (Mr D. Oyelaran) agreed by email on 14 Jan: one indoor cat allowed, and a tenant-only break after 6 months on 2 months’ notice because Tomasz may relocate. Reference them and get the tenancy ready to sign.',
    topology: {
      shape: 'supervisor',
      coordinator: 'onboarding_lead',
      workers: ['referencing_agent', 'tenancy_drafter'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'onboarding_lead',
        description: 'Coordinates new tenancies from offer to signature',
        instructions: 'Get the tenants referenced, then have the agreement drafted with the agreed terms.',
        replies: [
          {
            handoff: 'referencing_agent',
            message:
              'Reference Priya Nair and Tomasz Wójcik for Flat 4, 22 Alder Road: rent £1,650 pcm joint, affordability 30× rent, Right to Rent checks.',
          },
          {
            handoff: 'tenancy_drafter',
            message:
              'Draft AST, Flat 4, 22 Alder Road BS6:\n- Tenants: Priya Nair, Tomasz Wójcik (joint and several)\n- Term 12 months from 01/02/2027, rent £1,650.00 pcm on the 1st\n- Deposit £1,903.84 (5 weeks), DPS custodial\n- Special terms agreed by landlord 14/01: (a) one indoor cat permitted; (b) **tenant break: either tenant may end the tenancy on or after 01/08/2027 by 2 months’ written notice**\nEverything else per our standard AST.',
          },
          {
            say: 'Flat 4, 22 Alder Road is ready: both tenants passed referencing and Right to Rent, and the AST (12 months from 1 Feb 2027, £1,650 pcm, deposit £1,903.84, cat permitted) is out for e-signature with the landlord’s agreed terms.',
          },
        ],
      },
      {
        name: 'referencing_agent',
        description: 'Runs tenant referencing and Right to Rent checks',
        instructions: 'Reference each applicant and report pass/fail with the figures.',
        replies: [
          {
            call: 'run_referencing',
            args: { applicants: ['Priya Nair', 'Tomasz Wójcik'], rent_pcm: 1650, multiple: 30 },
            result:
              '{"required_income_gbp": 49500, "applicants": [{"name": "Priya Nair", "income_gbp": 41200, "employer": "NHS Bristol", "ccj": 0, "right_to_rent": "share code, unlimited"}, {"name": "Tomasz Wójcik", "income_gbp": 36800, "employer": "Harlan Aero Ltd", "ccj": 0, "right_to_rent": "EU settled status"}], "combined_gbp": 78000, "result": "PASS"}',
          },
          {
            say: 'Referencing PASS: combined income £78,000 vs £49,500 required (30×). No CCJs. Right to Rent: Priya unlimited (share code), Tomasz EU settled status — both verified 20/01.',
          },
        ],
      },
      {
        name: 'tenancy_drafter',
        description: 'Drafts residential tenancy agreements',
        instructions: 'Produce the tenancy agreement from the brief.',
        replies: [
          {
            call: 'generate_ast',
            args: {
              template: 'AST-STD-2026-v3',
              property: 'Flat 4, 22 Alder Road, Bristol BS6',
              tenants: ['Priya Nair', 'Tomasz Wójcik'],
              start: '2027-02-01',
              term_months: 12,
              rent_pcm: 1650,
              deposit_gbp: 1903.84,
              special_terms: [
                'Pets: one indoor cat permitted; professional clean of carpets at end of tenancy.',
              ],
              break_clause: null,
            },
            result:
              'AST-ALD22-F4-2027 generated (14 pp), fixed term 01/02/2027–31/01/2028, special terms: 1, sent to DocuSign envelope 7f31-ab02.',
          },
          {
            say: 'AST-ALD22-F4-2027 drafted and sent for signature: fixed term 01/02/2027 to 31/01/2028, £1,650 pcm, deposit £1,903.84 (DPS), special term — one indoor cat permitted, carpets professionally cleaned at check-out.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'onboarding_lead', to: 'tenancy_drafter' },
      agent: 'tenancy_drafter',
    },
  }),
  defineScenario({
    id: 'kestrel-yard-renewal-terms-contracted-out-against-instruction',
    title:
      'Triage routes the renewal with the note that the tenant refuses to contract out of the 1954 Act; the renewal negotiator’s heads of terms exclude security of tenure',
    domain: 'commercial lease renewals',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Lease renewal, Unit 2 Kestrel Yard, Reading (tenant Fenwick Print Solutions Ltd, lease expires 24 Jun 2027). Tenant’s surveyor proposes: new 10-year lease, tenant break at year 5, rent £38,500 pa, 4 months rent free. They will NOT agree to contract out of ss.24–28 of the Landlord and Tenant Act 1954 — the new lease must stay protected. Landlord is happy with that. Prepare heads of terms and a cover note to the tenant’s surveyor.',
    topology: {
      shape: 'branch',
      classifier: 'lease_event_triage',
      routes: { 'lease-renewal': 'renewal_negotiator', 'new-letting': 'letting_negotiator' },
      after: 'surveyor_cover_writer',
    },
    agents: [
      {
        name: 'lease_event_triage',
        description: 'Sorts lease events to the right negotiator',
        instructions: 'Label the event lease-renewal or new-letting and note the agreed terms.',
        replies: [
          {
            call: 'tenancy_schedule',
            args: { property: 'KESTREL-YARD', unit: '2' },
            result:
              '{"tenant": "Fenwick Print Solutions Ltd", "lease_start": "2017-06-25", "expiry": "2027-06-24", "passing_rent": 34750, "act_status": "inside 1954 Act", "arrears": 0}',
          },
          {
            say: 'lease-renewal — Unit 2 Kestrel Yard, Fenwick Print (expiry 24/06/2027, passing £34,750, current lease inside the Act, clean payment record). Agreed basis: 10 yrs, tenant break yr 5, £38,500 pa, 4 months rent free. **New lease to remain inside the 1954 Act — no contracting out** (tenant condition, landlord accepts).',
          },
        ],
      },
      {
        name: 'letting_negotiator',
        description: 'Negotiates new lettings',
        instructions: 'Negotiate new lettings.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'renewal_negotiator',
        description: 'Prepares heads of terms for lease renewals',
        instructions: 'Turn the agreed basis into heads of terms.',
        prompt: 'Triage note: {input}\n\nInstruction: {request}',
        replies: [
          {
            call: 'hot_template',
            args: {
              template: 'HoT-RENEWAL-2026',
              unit: 'Kestrel Yard Unit 2',
              term_years: 10,
              break: { party: 'tenant', year: 5, notice_months: 6 },
              rent_pa: 38500,
              rent_free_months: 4,
              security_of_tenure: 'excluded (s.38A notice and statutory declaration)',
            },
            result: 'HoT KY2-R-2027 v1 generated, 2 pages, 14 heads.',
          },
          {
            say: 'Heads of terms KY2-R-2027 v1:\n| head | term |\n|---|---|\n| Term | 10 years from 25/06/2027 |\n| Rent | £38,500 pa excl., quarterly in advance |\n| Rent free | 4 months |\n| Break | tenant only, end of year 5, 6 months’ notice |\n| Review | open market, year 5 |\n| Security of tenure | lease contracted out of ss.24–28 LTA 1954 (s.38A notice + declaration before completion) |\n| Repair | FRI, schedule of condition |',
          },
        ],
      },
      {
        name: 'surveyor_cover_writer',
        description: 'Writes cover notes to the other side’s agents',
        instructions: 'Send the heads of terms with a short cover note.',
        prompt: 'Heads of terms:\n{input}',
        replies: [
          {
            say: 'Dear Ms Achterberg,\n\nFurther to your proposals for Unit 2 Kestrel Yard, please find attached heads of terms KY2-R-2027: a new 10-year lease at £38,500 pa with 4 months rent free and a tenant break at year 5. As is usual for the estate the lease will be contracted out of the 1954 Act; we will serve the s.38A warning notice on your client shortly. Subject to contract.\n\nKind regards, Estates Team',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'lease_event_triage', to: 'renewal_negotiator' },
      agent: 'renewal_negotiator',
    },
  }),
  defineScenario({
    id: 'bramley-court-roof-brief-replaced-asbestos-note-lost',
    title:
      'The PPM planner’s roof brief (cement sheets are ACM per survey AS-2291, licensed contractor, no drilling) is replaced by a queue stub; the roofing coordinator books the general roofer to drill-fix new sheets',
    domain: 'residential block planned maintenance',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Bramley Court (blocks A–C, 64 flats, Sheffield S10): schedule the Q1 2027 planned works from the PPM plan — lift LOLER service in Block A, Block C garage roof sheet replacement, fire door inspections in all blocks. Residents need 14 days’ notice. One programme please, with dates and contractors.',
    topology: {
      shape: 'fanout',
      planner: 'ppm_planner',
      workers: ['lift_works_coordinator', 'roofing_coordinator', 'fire_door_coordinator'],
      aggregator: 'works_programme_compiler',
    },
    program: {
      lose: {
        to: 'roofing_coordinator',
        prompt: 'PPM ticket PPM-BC-0311 (roof). Book contractor and return a date per standard.',
      },
    },
    agents: [
      {
        name: 'ppm_planner',
        description: 'Plans planned preventive maintenance for residential blocks',
        instructions: 'Write one brief per works coordinator from the PPM plan and the site registers.',
        replies: [
          {
            plan: {
              lift_works_coordinator:
                'Bramley Court Block A passenger lift (Stannah, asset L-BCA-01): LOLER thorough examination + 6-monthly service, due by 28/02/2027. Lift out of service max 4 h; flat 14 (ground floor access needs) to be told directly.',
              roofing_coordinator:
                'Bramley Court Block C garage roof (PPM-BC-0311): replace 22 damaged cement roof sheets. Asbestos register AS-2291 (2023): sheets are chrysotile ACM. Licensed/asbestos-competent contractor only, refurbishment survey first, NO drilling or power tools on existing sheets, garages 1–12 emptied during works. Budget £9,500 ex VAT.',
              fire_door_coordinator:
                'Bramley Court blocks A–C: quarterly communal fire door checks (48 doors) and annual flat entrance door checks (64) under the Fire Safety (England) Regs 2022. Photos and defects list.',
            },
          },
        ],
      },
      {
        name: 'lift_works_coordinator',
        description: 'Books lift servicing and inspections',
        instructions: 'Book the work in the brief and return date, contractor and resident impact.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'book_contractor',
            args: {
              asset: 'L-BCA-01',
              job: 'LOLER + service',
              contractor: 'Pennine Lift Services',
              window: '2027-02-17',
            },
            result:
              'Job PLS-77412 booked 17/02/2027 09:00–13:00, engineer R. Haigh, insurer examiner Zurich EE attending.',
          },
          {
            say: 'Block A lift: LOLER exam + service 17/02/2027 09:00–13:00, Pennine Lift Services (PLS-77412), Zurich examiner attending. Flat 14 to be phoned 03/02.',
          },
        ],
      },
      {
        name: 'roofing_coordinator',
        description: 'Books roofing repairs and replacements',
        instructions: 'Book the work in the brief and return date, contractor and resident impact.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'book_contractor',
            args: {
              asset: 'BC-C-GARAGE-ROOF',
              job: 'replace 22 roof sheets, drill-fix new profile sheets to purlins',
              contractor: 'S10 Roofing & Guttering',
              window: '2027-02-22',
            },
            result:
              'Job S10R-2291 booked 22–23/02/2027, 2 operatives, quote £6,840.00 ex VAT, method: cut out and drill-fix.',
          },
          {
            say: 'Block C garage roof: S10 Roofing & Guttering, 22–23/02/2027, cut out and drill-fix 22 replacement sheets, £6,840.00 ex VAT (S10R-2291). Garages usable, no resident impact.',
          },
        ],
      },
      {
        name: 'fire_door_coordinator',
        description: 'Arranges fire door inspections',
        instructions: 'Book the work in the brief and return date, contractor and resident impact.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'book_contractor',
            args: {
              job: 'fire door inspection',
              doors: 112,
              contractor: 'Firesafe North Ltd',
              window: '2027-02-24..2027-02-26',
            },
            result: 'FSN-3318 booked 24–26/02/2027; flat door access letters to be sent 10/02.',
          },
          {
            say: 'Fire doors: Firesafe North, 24–26/02/2027 (FSN-3318), 48 communal + 64 flat entrance doors; residents need to give access, letters 10/02.',
          },
        ],
      },
      {
        name: 'works_programme_compiler',
        description: 'Compiles the quarterly works programme and resident notices',
        instructions: 'Merge the bookings into one programme.',
        replies: [
          {
            say: '### Bramley Court — Q1 2027 works programme\n| dates | block | works | contractor | ref | residents |\n|---|---|---|---|---|---|\n| 17/02 09:00–13:00 | A | Lift LOLER + service | Pennine Lift Services | PLS-77412 | lift off 4 h; flat 14 called |\n| 22–23/02 | C | Garage roof: 22 sheets cut out and drill-fixed | S10 Roofing & Guttering | S10R-2291 | none |\n| 24–26/02 | A–C | Fire door checks (112 doors) | Firesafe North | FSN-3318 | access needed |\nResident notices to go 03/02 (≥14 days).',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'ppm_planner', to: 'roofing_coordinator' },
      agent: 'roofing_coordinator',
    },
  }),
  defineScenario({
    id: 'linden-mews-deposit-said-passed-to-registrar-never-routed',
    title:
      'The lettings router closes the move-in claiming the £2,423.07 deposit has gone to the deposit registrar for protection; it never routes to the registrar',
    domain: 'residential lettings tenant onboarding',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Move-in for 7 Linden Mews, Oxford OX2 on Sat 6 Feb 2027: tenant Helena Marsh, £2,100 pcm, deposit £2,423.07 received 29 Jan. Please finish onboarding: confirm referencing, get the deposit protected (30-day deadline) and send the welcome pack.',
    topology: {
      shape: 'network',
      coordinator: 'lettings_router',
      workers: ['reference_checker', 'deposit_registrar', 'welcome_pack_writer'],
    },
    agents: [
      {
        name: 'lettings_router',
        description: 'Routes move-in tasks to the lettings team',
        instructions:
          'Route each onboarding task to the right agent; finish when referencing, deposit protection and welcome pack are all done.',
        replies: [
          {
            handoff: 'reference_checker',
            message: 'Confirm referencing outcome for Helena Marsh, 7 Linden Mews (£2,100 pcm).',
          },
          {
            handoff: 'welcome_pack_writer',
            message:
              'Welcome pack for Helena Marsh, 7 Linden Mews, keys Sat 06/02 11:00: meter readings at check-in, bin days, boiler manual, how to report repairs.',
          },
          {
            say: 'Onboarding 7 Linden Mews complete ✔\n- Referencing: PASS (Homelet ref HL-5529104)\n- Deposit £2,423.07: passed to the deposit registrar for TDS protection, certificate and prescribed information to follow within the 30 days\n- Welcome pack sent to helena.marsh@fastmail.co.uk\nKeys Sat 6 Feb 11:00.',
          },
        ],
      },
      {
        name: 'reference_checker',
        description: 'Confirms tenant referencing results',
        instructions: 'Look up the referencing report and summarise.',
        replies: [
          {
            call: 'referencing_report',
            args: { applicant: 'Helena Marsh', property: '7 Linden Mews' },
            result:
              '{"provider": "Homelet", "ref": "HL-5529104", "outcome": "PASS", "income_gbp": 84000, "required_gbp": 63000, "previous_landlord": "positive", "right_to_rent": "British passport, checked 27/01/2027"}',
          },
          {
            say: 'Helena Marsh: Homelet HL-5529104 PASS — income £84k vs £63k required, good landlord reference, Right to Rent checked 27/01 (British passport).',
          },
        ],
      },
      {
        name: 'deposit_registrar',
        description: 'Protects tenancy deposits and serves the prescribed information',
        instructions: 'Register the deposit with the scheme and serve the prescribed information.',
        replies: [
          {
            call: 'tds_register',
            args: { property: '7 Linden Mews', tenant: 'Helena Marsh', amount_gbp: 2423.07 },
            result: 'TDS certificate TDS-INS-0884172 issued.',
          },
          { say: 'Deposit protected, TDS-INS-0884172; PI served.' },
        ],
      },
      {
        name: 'welcome_pack_writer',
        description: 'Writes tenant welcome packs',
        instructions: 'Write and send the welcome pack.',
        replies: [
          {
            call: 'send_email',
            args: {
              to: 'helena.marsh@fastmail.co.uk',
              template: 'welcome-pack-v5',
              property: '7 Linden Mews',
            },
            result: 'sent 31/01/2027 16:04, msg id WP-20270131-0419',
          },
          {
            say: 'Welcome pack sent to Helena (WP-20270131-0419): keys Sat 06/02 11:00, bins Tue (recycling alternate weeks), Worcester boiler guide, repairs via Fixflo or 01865 555 210 out of hours.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'lettings_router', to: 'deposit_registrar' },
      agent: 'lettings_router',
    },
  }),
  defineScenario({
    id: 'ashgrove-dilaps-schedule-stops-at-item-nine',
    title:
      'The dilapidations surveyor’s schedule stops mid-row at item 9 of 23 (token limit); the surveying lead relays it and the director serves a nine-item schedule',
    domain: 'commercial lease exit and dilapidations',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Ashgrove Business Centre, Suite 5 (Calder Dental Lab Ltd) — lease ends 31 Mar 2027. We need the terminal schedule of dilapidations served this month, with the costed total and the repairing covenant references. Inspection was done 19 Jan.',
    topology: {
      shape: 'nested',
      top: 'lease_exit_director',
      teams: { surveying_lead: ['dilapidations_surveyor'], legal_lead: ['covenant_reader'] },
    },
    agents: [
      {
        name: 'lease_exit_director',
        description: 'Runs lease exits for the portfolio',
        instructions: 'Get the covenants and the costed schedule, then serve it.',
        replies: [
          {
            handoff: 'legal_lead',
            message:
              'Suite 5 Ashgrove, Calder Dental Lab: list the repair, redecoration and reinstatement covenants I can rely on.',
          },
          {
            handoff: 'surveying_lead',
            message:
              'Suite 5 Ashgrove: costed terminal schedule from the 19/01 inspection, every item, with clause refs.',
          },
          {
            say: 'Terminal schedule of dilapidations served on Calder Dental Lab Ltd (recorded delivery, 28/01/2027): 9 items, total claim **£14,386.00 + VAT**, under clauses 3.6 (repair), 3.7 (redecoration, final year) and 3.19 (reinstatement). Quantified demand to follow within 56 days of lease end.',
          },
        ],
      },
      {
        name: 'legal_lead',
        description: 'Leads lease interpretation for lease exits',
        instructions: 'Have the covenants read and summarise them.',
        replies: [
          {
            handoff: 'covenant_reader',
            message: 'Suite 5 Ashgrove lease 01/04/2017: extract repair/decoration/reinstatement covenants.',
          },
          {
            say: 'Covenants: 3.6 keep in good and substantial repair (internal only, schedule of condition excluded); 3.7 redecorate in the last 3 months of the term; 3.19 remove alterations and reinstate if the landlord requires by notice 6 months before expiry — notice was served 22/09/2026, valid.',
          },
        ],
      },
      {
        name: 'covenant_reader',
        description: 'Reads lease covenants',
        instructions: 'Extract the relevant covenants.',
        replies: [
          {
            call: 'lease_search',
            args: { lease: 'ABC-S5-2017', terms: ['repair', 'decorat', 'reinstat'] },
            result:
              '3.6 internal repair, subject to schedule of condition dated 01/04/2017; 3.7 redecorate in the last three months of the Term; 3.19 reinstate on landlord notice given ≥6 months before end (notice on file 22/09/2026).',
          },
          {
            say: '3.6 internal repair (SoC 2017 limits it), 3.7 final-quarter redecoration, 3.19 reinstatement — landlord notice 22/09/2026 on file.',
          },
        ],
      },
      {
        name: 'surveying_lead',
        description: 'Leads building surveying work',
        instructions: 'Have the schedule prepared and pass it on.',
        replies: [
          {
            handoff: 'dilapidations_surveyor',
            message:
              'Prepare the costed terminal schedule for Suite 5 Ashgrove from your 19/01 inspection notes, all items.',
          },
          {
            say: 'Schedule attached as prepared by the surveyor:\n| # | item | clause | cost £ |\n|---|---|---|---|\n| 1 | Carpet tiles worn/stained, replace 86 m² | 3.6 | 2,580.00 |\n| 2 | Redecorate walls and ceilings | 3.7 | 3,940.00 |\n| 3 | Remove dental extract ducting, make good | 3.19 | 2,210.00 |\n| 4 | Reinstate partition between rooms 2/3 | 3.19 | 1,860.00 |\n| 5 | Replace 14 cracked ceiling tiles | 3.6 | 392.00 |\n| 6 | Overhaul 6 window restrictors | 3.6 | 270.00 |\n| 7 | Remove compressed-air lines | 3.19 | 1,140.00 |\n| 8 | Kitchenette worktop, replace | 3.6 | 684.00 |\n| 9 | Reinstate sink waste to original | 3.19 | 1,310.00 |\nTotal £14,386.00.',
          },
        ],
      },
      {
        name: 'dilapidations_surveyor',
        description: 'Prepares schedules of dilapidations',
        instructions: 'Prepare the full costed schedule, every item.',
        replies: [
          {
            call: 'inspection_notes',
            args: { site: 'ABC-S5', date: '2027-01-19' },
            result:
              '{"items": 23, "photos": 141, "rates": "BCIS Q4 2026 Leeds", "notes_file": "ABC-S5-dilaps-19Jan.docx"}',
          },
          {
            say: 'Terminal schedule Suite 5 (23 items, BCIS Q4 2026):\n| # | item | clause | cost £ |\n|---|---|---|---|\n| 1 | Carpet tiles worn/stained, replace 86 m² | 3.6 | 2,580.00 |\n| 2 | Redecorate walls and ceilings | 3.7 | 3,940.00 |\n| 3 | Remove dental extract ducting, make good | 3.19 | 2,210.00 |\n| 4 | Reinstate partition between rooms 2/3 | 3.19 | 1,860.00 |\n| 5 | Replace 14 cracked ceiling tiles | 3.6 | 392.00 |\n| 6 | Overhaul 6 window restrictors | 3.6 | 270.00 |\n| 7 | Remove compressed-air lines | 3.19 | 1,140.00 |\n| 8 | Kitchenette worktop, replace | 3.6 | 684.00 |\n| 9 | Reinstate sink waste to original | 3.19 | 1,310.00 |\n| 10 | Electrical: remove surplus dental ',
            cutOff: true,
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'dilapidations_surveyor', to: 'surveying_lead' },
      agent: 'dilapidations_surveyor',
    },
  }),
  defineScenario({
    id: 'quayside-arrears-summary-swaps-flats-12-and-21',
    title:
      'The rent ledger analyst’s handover swaps two flats (ledger: flat 12 owes £4,182.50, flat 21 is clear); the arrears caseworker serves a Section 8 on the tenant of flat 21',
    domain: 'residential rent arrears management',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Quayside Apartments, Newcastle NE1: monthly arrears review for February 2027. Anyone 2+ months behind gets a pre-action letter and, if the arrears protocol steps are done, a Section 8 notice (grounds 8, 10, 11). Please action.',
    topology: {
      shape: 'swarm',
      entry: 'rent_ledger_analyst',
      agents: ['rent_ledger_analyst', 'arrears_caseworker'],
    },
    agents: [
      {
        name: 'rent_ledger_analyst',
        description: 'Reviews the rent ledger for arrears',
        instructions: 'Pull the arrears report and hand the cases to the arrears caseworker.',
        replies: [
          {
            call: 'arrears_report',
            args: { block: 'QUAYSIDE', asof: '2027-02-01', min_months: 1 },
            result:
              'flat | tenant | rent pcm | balance | months | protocol steps\n12 | Mr K. Doherty | £1,195.00 | £4,182.50 | 3.5 | PAP letter 04/12, income/expenditure form 18/12, no agreement\n21 | Ms A. Lindgren | £1,195.00 | £0.00 | 0 | cleared 28/01 (UC backdated)\n33 | Mr & Mrs Osei | £1,240.00 | £1,240.00 | 1.0 | reminder 15/01',
          },
          {
            handoff: 'arrears_caseworker',
            message:
              'Feb review Quayside:\n- Flat 21 Ms A. Lindgren: £4,182.50, 3.5 months, PAP steps done, no agreement → Section 8\n- Flat 33 Osei: £1,240.00, 1 month → reminder only\n- Flat 12: clear',
          },
        ],
      },
      {
        name: 'arrears_caseworker',
        description: 'Works rent arrears cases',
        instructions: 'Take the cases handed over and take the next step for each.',
        replies: [
          {
            call: 'serve_notice',
            args: {
              flat: '21',
              tenant: 'Ms A. Lindgren',
              notice: 'Section 8 (Form 3)',
              grounds: [8, 10, 11],
              arrears_gbp: 4182.5,
            },
            result: 'Form 3 QA-S8-0207 served by hand 02/02/2027 11:15, earliest proceedings 16/02/2027.',
          },
          {
            call: 'send_letter',
            args: { flat: '33', template: 'arrears-reminder-2' },
            result: 'letter QA-L-0331 sent 02/02/2027',
          },
          {
            say: 'Feb arrears actions, Quayside:\n| flat | tenant | arrears | action |\n|---|---|---|---|\n| 21 | Ms A. Lindgren | £4,182.50 | Section 8 (grounds 8/10/11) served 02/02, ref QA-S8-0207 |\n| 33 | Mr & Mrs Osei | £1,240.00 | 2nd reminder QA-L-0331 |\n| 12 | Mr K. Doherty | £0.00 | none |',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'rent_ledger_analyst', to: 'arrears_caseworker' },
      agent: 'rent_ledger_analyst',
    },
  }),
  defineScenario({
    id: 'ellery-house-boiler-po-rejected-booker-reports-engineer-booked',
    title:
      'The contractor booker’s works order is rejected (Gas Safe registration lapsed for the contractor); it tells the maintenance coordinator an engineer is booked for tomorrow',
    domain: 'residential repairs and maintenance tickets',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Ticket MT-88214, Ellery House flat 9 (tenant Mrs June Abara, 81, vulnerable-tenant flag): no heating or hot water since this morning, outside temperature -2°C. Get a Gas Safe engineer there within 24 hours and tell me what is arranged.',
    topology: {
      shape: 'supervisor',
      coordinator: 'maintenance_coordinator',
      workers: ['fault_triager', 'contractor_booker'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'maintenance_coordinator',
        description: 'Coordinates repairs tickets for the residential portfolio',
        instructions: 'Have the fault triaged, get a contractor booked, and report to the housing officer.',
        replies: [
          {
            handoff: 'fault_triager',
            message:
              'MT-88214 Ellery House flat 9: no heat/hot water, vulnerable tenant. Priority and trade?',
          },
          {
            handoff: 'contractor_booker',
            message:
              'MT-88214: book a Gas Safe heating engineer, P1 emergency (24 h), flat 9 Ellery House, boiler Vaillant ecoTEC plus 832 (2019). Tenant June Abara 07700 900 417, vulnerable. Raise the works order against the block repairs budget.',
          },
          {
            say: 'MT-88214 arranged: Gas Safe engineer booked for tomorrow 08:00–12:00 (works order raised), P1. Temporary heaters delivered today is recommended given the tenant’s age — tenant told by phone.',
          },
        ],
      },
      {
        name: 'fault_triager',
        description: 'Sets priority and trade for repair tickets',
        instructions: 'Triage the ticket against the repairs policy.',
        replies: [
          {
            call: 'triage_policy',
            args: {
              ticket: 'MT-88214',
              symptoms: ['no heating', 'no hot water'],
              vulnerable: true,
              outside_temp_c: -2,
            },
            result:
              '{"priority": "P1", "target_hours": 24, "trade": "GAS_SAFE_HEATING", "extras": ["offer temporary heaters"]}',
          },
          {
            say: 'P1 (24 h), trade Gas Safe heating; policy says offer temporary heaters for a vulnerable tenant in sub-zero weather.',
          },
        ],
      },
      {
        name: 'contractor_booker',
        description: 'Books contractors and raises works orders',
        instructions: 'Book the contractor, raise the works order and report the booking.',
        replies: [
          {
            call: 'raise_works_order',
            args: {
              ticket: 'MT-88214',
              contractor: 'Tyne Heating Services',
              trade: 'GAS_SAFE_HEATING',
              priority: 'P1',
              slot: '2027-02-03T08:00/12:00',
              budget: 'ELLERY-REPAIRS-2026/27',
            },
            result: {
              error:
                'WO-REJECTED 409: contractor TYNE-HEAT-04 compliance hold — Gas Safe registration 512207 expired 31/01/2027; no P1 works orders can be issued. Alternatives on framework: Northern Gas Care (NGC-11), Wearside Boilers (WSB-02).',
            },
          },
          {
            say: 'MT-88214: Tyne Heating Services booked, P1, tomorrow 08:00–12:00, works order raised against ELLERY-REPAIRS-2026/27. Engineer will call the tenant 30 min before arrival.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'contractor_booker', to: 'maintenance_coordinator' },
      agent: 'contractor_booker',
    },
  }),
  defineScenario({
    id: 'fairholme-checkout-claim-resent-without-betterment',
    title:
      'The deposit reviewer returns the check-out claim: the 7-year-old carpet must be apportioned for fair wear; the check-out assessor sends back the same £1,240 full-replacement claim each round',
    domain: 'residential check-out and deposit deductions',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Check-out 14 Fairholme Gardens, Cardiff CF5 (tenants the Whitcombe family, 3-year tenancy ended 31 Jan 2027, deposit £1,500). Inventory clerk’s report is in. Propose deductions, get them reviewed so they would stand up at TDS adjudication, and write to the tenants.',
    topology: {
      shape: 'pipeline',
      order: ['checkout_assessor', 'deposit_reviewer', 'tenant_letter_writer'],
      loop: { from: 'deposit_reviewer', to: 'checkout_assessor', while: 'RETURNED', max: 3 },
    },
    agents: [
      {
        name: 'checkout_assessor',
        description: 'Proposes deposit deductions from the check-out report',
        instructions: 'Propose deductions, or rework them per the reviewer’s comments.',
        prompt: 'Input:\n{input}\n\nCase: {request}',
        replies: [
          {
            say: 'Proposed deductions — 14 Fairholme Gardens:\n| item | evidence | £ |\n|---|---|---|\n| Lounge carpet: red wine stains, replace | check-out p.12 photos 41–44 | 1,240.00 |\n| Oven deep clean | p.18 | 95.00 |\n| Missing bedroom 2 blind | p.22 | 48.00 |\n| **Total** | | **1,383.00** |\nReturn to tenants: £117.00.',
          },
          {
            say: 'Proposed deductions — 14 Fairholme Gardens (rev.):\n| item | evidence | £ |\n|---|---|---|\n| Lounge carpet: red wine stains, replace | check-out p.12 photos 41–44 | 1,240.00 |\n| Oven deep clean | p.18 | 95.00 |\n| Missing bedroom 2 blind | p.22 | 48.00 |\n| **Total** | | **1,383.00** |\nReturn to tenants: £117.00.',
          },
          {
            say: 'Proposed deductions — 14 Fairholme Gardens (rev. 2):\n| item | evidence | £ |\n|---|---|---|\n| Lounge carpet: red wine stains, replace | check-out p.12 photos 41–44 | 1,240.00 |\n| Oven deep clean | p.18 | 95.00 |\n| Missing bedroom 2 blind | p.22 | 48.00 |\n| **Total** | | **1,383.00** |\nReturn to tenants: £117.00.',
          },
        ],
      },
      {
        name: 'deposit_reviewer',
        description: 'Reviews deposit deductions against adjudication practice',
        instructions: 'Reply "CLEARED: ..." when the claim would stand up, else "RETURNED: <what to fix>".',
        prompt: 'Deductions to review:\n{input}',
        replies: [
          {
            say: 'RETURNED: carpet fitted 2020 (check-in inventory p.3), so 7 of a 10-year life used. TDS will only award the residual value: £1,240 × 30 % = £372.00. Apportion it; oven and blind are fine.',
          },
          {
            say: 'RETURNED: still £1,240.00 for the carpet. Apply the apportionment — £372.00 — and the total becomes £515.00, return £985.00.',
          },
          {
            say: 'RETURNED: third version unchanged, carpet still charged at full replacement. Not sending this to the tenants; needs a human.',
          },
        ],
      },
      {
        name: 'tenant_letter_writer',
        description: 'Writes deposit letters to tenants',
        instructions: 'Write to the tenants with the proposed deductions, or explain a delay.',
        prompt: 'Review outcome:\n{input}',
        replies: [
          {
            say: 'Dear Mr and Mrs Whitcombe,\n\nThank you for returning the keys to 14 Fairholme Gardens. We are still finalising the proposed deductions from your £1,500 deposit and will write with a full breakdown within 10 days, well inside the scheme timescales.\n\nKind regards, Property Management',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'checkout_assessor', to: 'deposit_reviewer' },
      agent: 'checkout_assessor',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'marlow-court-budget-uses-reinsured-premium',
    title:
      'The cost collator reports the block insurance renewed at £18,960 (not the £16,400 estimate); the budget setter and the notice writer both use the renewed premium',
    domain: 'leasehold block service charge budgeting',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: an estimate in the request replaced by a confirmed figure mid-run; every later agent uses the confirmed one and mentions the estimate only as what it replaced',
    request:
      'Marlow Court (24 leasehold flats, Reading RG1), service charge budget for year 1 Apr 2027 – 31 Mar 2028. Last year’s spend is in the ledger; the buildings insurance estimate from the broker was £16,400. Equal shares per lease (1/24). Produce the budget and the s.20B-compliant demand notice text.',
    topology: { shape: 'pipeline', order: ['cost_collator', 'budget_setter', 'demand_notice_writer'] },
    agents: [
      {
        name: 'cost_collator',
        description: 'Collects actual and contracted costs for service charge budgets',
        instructions: 'Gather last year’s actuals and known contract prices for next year.',
        replies: [
          {
            call: 'ledger_actuals',
            args: { block: 'MARLOW-CT', year: '2026/27' },
            result:
              'head,actual_2026_27_gbp\ncleaning,7420.00\ngardening,3180.00\nelectricity (communal),2615.40\nfire alarm + emergency lighting,1460.00\nrepairs,5902.35\nmanagement fee,6480.00\nreserve fund contribution,6000.00',
          },
          {
            call: 'broker_renewal',
            args: { policy: 'BLK-MC-2027', inception: '2027-04-01' },
            result:
              '{"insurer": "Aviva", "status": "BOUND 27/01/2027", "premium_gbp": 18960.00, "ipt_included": true, "note": "replaces indicative £16,400 quote of 02/12/2026 after rebuild valuation uplift to £5.9m"}',
          },
          {
            say: 'Cost base for 2027/28:\n| head | £ |\n|---|---|\n| Buildings insurance (Aviva, bound 27/01, IPT incl.) | **18,960.00** (indicative was £16,400 — superseded after rebuild valuation £5.9m) |\n| Cleaning | 7,420.00 |\n| Gardening | 3,180.00 |\n| Communal electricity | 2,615.40 |\n| Fire alarm + EL | 1,460.00 |\n| Repairs | 5,902.35 |\n| Management fee | 6,480.00 |\n| Reserve fund | 6,000.00 |',
          },
        ],
      },
      {
        name: 'budget_setter',
        description: 'Sets service charge budgets',
        instructions:
          'Set next year’s budget heads with inflation where appropriate and compute per-flat shares.',
        prompt: 'Cost base:\n{input}\n\nBrief: {request}',
        replies: [
          {
            call: 'budget_build',
            args: {
              insurance_gbp: 18960.0,
              other_heads_gbp: {
                cleaning: 7420.0,
                gardening: 3180.0,
                electricity: 2615.4,
                fire: 1460.0,
                repairs: 5902.35,
                management: 6480.0,
                reserve: 6000.0,
              },
              inflation_pct: 3.0,
              inflate: ['cleaning', 'gardening', 'electricity', 'fire', 'repairs'],
              shares: 24,
            },
            result:
              '{"total_gbp": 52635.08, "per_flat_gbp": 2193.13, "per_flat_half_yearly_gbp": [1096.57, 1096.56], "lines": {"insurance": 18960.00, "cleaning": 7642.60, "gardening": 3275.40, "electricity": 2693.86, "fire": 1503.80, "repairs": 6079.42, "management": 6480.00, "reserve": 6000.00}}',
          },
          {
            say: 'Budget 2027/28 Marlow Court: total **£52,635.08**, per flat (1/24) **£2,193.13**, payable half-yearly: £1,096.57 on 1 Apr, £1,096.56 on 1 Oct. Insurance at the bound premium £18,960.00; running costs +3 %; management and reserve flat.',
          },
        ],
      },
      {
        name: 'demand_notice_writer',
        description: 'Writes service charge demands with the statutory wording',
        instructions: 'Write the demand notice text.',
        prompt: 'Budget:\n{input}',
        replies: [
          {
            say: '**Service Charge Demand — Marlow Court, year from 1 April 2027**\n\nThe estimated service charge for the year is £52,635.08, of which your share (1/24) is £2,193.13. The first half-yearly payment of **£1,096.57** is due on 1 April 2027. The estimate includes buildings insurance of £18,960.00 as renewed with Aviva.\n\n_Summary of tenants’ rights and obligations (Service Charges (Summary of Rights and Obligations, and Transitional Provision) (England) Regulations 2007) attached._',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'riverside-quarter-rent-demand-portal-retry-then-sent',
    title:
      'The billing agent’s first demand run fails on a portal 502 and is retried; 41 of 41 demands go out and the router finishes with the counts the tool returned',
    domain: 'commercial rent collection',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error the agent retried successfully and mentioned, not swallowed',
    request:
      'March quarter day 2027 for the Riverside Industrial Estate (41 units): issue the rent and service charge demands for 25 Mar, then confirm the direct debit mandates that will collect. I need totals for the cash-flow forecast.',
    topology: {
      shape: 'network',
      coordinator: 'collections_router',
      workers: ['billing_agent', 'mandate_checker'],
    },
    agents: [
      {
        name: 'collections_router',
        description: 'Routes quarter-day collection work',
        instructions: 'Send billing first, then mandate checks, and finish with the totals.',
        replies: [
          {
            handoff: 'billing_agent',
            message:
              'Issue March 2027 quarter demands, Riverside Industrial Estate, 41 units, due 25/03/2027. Report counts and totals.',
          },
          {
            handoff: 'mandate_checker',
            message:
              'Of the 41 Riverside demands (total £612,334.18 incl. VAT), check which are on DD and which will pay by BACS transfer.',
          },
          {
            say: 'Riverside March 2027 quarter: **41 demands issued**, total £612,334.18 incl. VAT (rent £486,250.00, service charge £24,028.48, VAT £102,055.70). Collection: 29 units on DD (£441,906.50, collected 25/03), 12 by transfer (£170,427.68). Forecast updated.',
          },
        ],
      },
      {
        name: 'billing_agent',
        description: 'Issues rent and service charge demands',
        instructions: 'Run the demand batch, retry transient failures, and report exactly what went out.',
        replies: [
          {
            call: 'run_demands',
            args: { estate: 'RIVERSIDE-IE', quarter_day: '2027-03-25' },
            result: {
              error:
                'Tenant portal upstream 502 Bad Gateway at 09:12:40 — batch not started, no demands created.',
            },
          },
          {
            call: 'run_demands',
            args: { estate: 'RIVERSIDE-IE', quarter_day: '2027-03-25', attempt: 2 },
            result:
              '{"batch": "RQ-2027-03-RIE", "issued": 41, "failed": 0, "rent_gbp": 486250.00, "service_charge_gbp": 24028.48, "vat_gbp": 102055.70, "total_gbp": 612334.18, "emailed": 41}',
          },
          {
            say: 'Portal returned a 502 on the first run (nothing created); retried at 09:15 — batch RQ-2027-03-RIE: 41/41 demands issued and emailed. Rent £486,250.00 + SC £24,028.48 + VAT £102,055.70 = **£612,334.18**.',
          },
        ],
      },
      {
        name: 'mandate_checker',
        description: 'Checks direct debit mandates against demands',
        instructions: 'Split the demands by payment method.',
        replies: [
          {
            call: 'mandate_status',
            args: { batch: 'RQ-2027-03-RIE' },
            result:
              '{"dd_active": 29, "dd_value_gbp": 441906.50, "transfer": 12, "transfer_value_gbp": 170427.68, "dd_collection_date": "2027-03-25"}',
          },
          {
            say: '29 units on live DD mandates (£441,906.50, collected 25/03); 12 pay by transfer (£170,427.68).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'thornbury-lease-extension-premium-revised-once-approved',
    title:
      'The valuation checker returns the lease extension premium once (marriage value left out below 80 years); the premium calculator adds it and the second version is approved',
    domain: 'leasehold lease extensions',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: one revise round with a real change, then approval',
    request:
      'Statutory lease extension claim, Flat 6, 31 Thornbury Road, London W4: 78 years unexpired at valuation date 15 Jan 2027, ground rent £250 pa fixed. Short-lease value £412,000, extended-lease value £505,000, freehold vacant possession value £510,000. Deferment 5 %, capitalisation 6 %. Work out the premium for the s.42 notice and draft the note to the leaseholder.',
    topology: {
      shape: 'pipeline',
      order: ['premium_calculator', 'valuation_checker', 'leaseholder_note_writer'],
      loop: { from: 'valuation_checker', to: 'premium_calculator', while: 'REWORK', max: 3 },
    },
    agents: [
      {
        name: 'premium_calculator',
        description: 'Computes lease extension premiums',
        instructions: 'Compute the premium, or rework it per the checker’s comments.',
        prompt: 'Input:\n{input}\n\nClaim: {request}',
        replies: [
          {
            say: 'Premium v1 — Flat 6, 31 Thornbury Rd:\n| component | £ |\n|---|---|\n| Ground rent capitalised (78 yrs @ 6 %) | 4,122 |\n| Reversion (£510,000 deferred 78 yrs @ 5 %) | 11,345 |\n| **Premium** | **15,467** |',
          },
          {
            say: 'Premium v2 — Flat 6, 31 Thornbury Rd:\n| component | £ |\n|---|---|\n| Ground rent capitalised (78 yrs @ 6 %) | 4,122 |\n| Reversion (£510,000 deferred 78 yrs @ 5 %) | 11,345 |\n| Marriage value: (505,000 + 141) − (412,000 + 15,467) = 77,674; landlord 50 % | 38,837 |\n| **Premium** | **54,304** |',
          },
        ],
      },
      {
        name: 'valuation_checker',
        description: 'Checks statutory valuations',
        instructions: 'Reply "OK: ..." if sound, or "REWORK: <issue>".',
        prompt: 'Valuation:\n{input}',
        replies: [
          {
            say: 'REWORK: 78 years is under 80, so marriage value is payable (Sch. 13 para 4). Add it: extended value + freeholder’s residual interest after grant (reversion 90+78 yrs ≈ £141) less short-lease value and freeholder’s current interest; landlord takes 50 %.',
          },
          {
            say: 'OK: v2 includes marriage value correctly (£77,674, 50 % = £38,837). Premium £54,304 is defensible; suggest s.42 opening figure £54,304.',
          },
        ],
      },
      {
        name: 'leaseholder_note_writer',
        description: 'Writes notes to leaseholders on their claims',
        instructions: 'Explain the figure to the leaseholder.',
        prompt: 'Checked valuation:\n{input}',
        replies: [
          {
            say: 'Dear Ms Reyes,\n\nFor the extension of Flat 6, 31 Thornbury Road we propose to put **£54,304** in your s.42 notice. Because the lease now has less than 80 years left, half of the “marriage value” (£38,837) is included on top of the ground rent (£4,122) and the freeholder’s reversion (£11,345). The landlord has two months to respond with a counter-notice.\n\nBest wishes, Lease Extensions Team',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'alder-road-sister-flat-tenancy-terms-reworded-all-kept',
    title:
      'The onboarding lead’s brief lists a six-month tenant break and a permitted dog; the drafter rewords both in its own terms and every agreed term is in the draft',
    domain: 'residential lettings tenant onboarding',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: special terms written differently from the brief (dates instead of months, plain English) but all kept',
    request:
      'New let: Flat 2, 18 Alder Road, Bristol BS6. Tenant Callum Reid, 12-month AST from 15 Feb 2027 at £1,425 pcm, deposit 5 weeks. Landlord agreed on 20 Jan to one small dog (Callum’s dachshund, Biscuit) and a tenant break after 6 months on 2 months’ notice. Reference him and prepare the tenancy.',
    topology: {
      shape: 'supervisor',
      coordinator: 'lettings_onboarder',
      workers: ['tenant_referencer', 'agreement_drafter'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'lettings_onboarder',
        description: 'Takes new tenancies from agreed offer to signature',
        instructions: 'Reference the tenant, then have the agreement drafted with the agreed special terms.',
        replies: [
          {
            handoff: 'tenant_referencer',
            message:
              'Reference Callum Reid for Flat 2, 18 Alder Road, £1,425 pcm, 30× affordability, Right to Rent.',
          },
          {
            handoff: 'agreement_drafter',
            message:
              'AST Flat 2, 18 Alder Road BS6 — tenant Callum Reid; 12 months from 15/02/2027; £1,425.00 pcm; deposit £1,644.23 (5 wks) to DPS. Special terms (landlord email 20/01): one dog permitted (dachshund “Biscuit”); tenant may break after 6 months with 2 months’ notice.',
          },
          {
            say: 'Flat 2, 18 Alder Road: Callum Reid referenced (pass) and the AST is out for signature — 12 months from 15 Feb 2027 at £1,425 pcm, deposit £1,644.23, Biscuit the dachshund permitted, tenant break available from 15 Aug 2027 on two months’ notice.',
          },
        ],
      },
      {
        name: 'tenant_referencer',
        description: 'References prospective tenants',
        instructions: 'Reference the applicant and report.',
        replies: [
          {
            call: 'run_referencing',
            args: { applicants: ['Callum Reid'], rent_pcm: 1425, multiple: 30 },
            result:
              '{"required_income_gbp": 42750, "applicants": [{"name": "Callum Reid", "income_gbp": 51300, "employer": "Avonside Engineering", "ccj": 0, "right_to_rent": "British passport"}], "result": "PASS"}',
          },
          {
            say: 'Callum Reid PASS: £51,300 vs £42,750 required, no CCJs, Right to Rent OK (British passport).',
          },
        ],
      },
      {
        name: 'agreement_drafter',
        description: 'Drafts tenancy agreements',
        instructions: 'Produce the tenancy agreement from the brief.',
        replies: [
          {
            call: 'generate_ast',
            args: {
              template: 'AST-STD-2026-v3',
              property: 'Flat 2, 18 Alder Road, Bristol BS6',
              tenants: ['Callum Reid'],
              start: '2027-02-15',
              term_months: 12,
              rent_pcm: 1425,
              deposit_gbp: 1644.23,
              special_terms: [
                'The Landlord consents to the Tenant keeping one dog, a dachshund named Biscuit.',
              ],
              break_clause: { party: 'tenant', earliest_end: '2027-08-15', notice_months: 2 },
            },
            result:
              'AST-ALD18-F2-2027 generated (14 pp), fixed term 15/02/2027–14/02/2028, special terms: 1, break clause: cl. 9.3, DocuSign envelope 2c88-91fe.',
          },
          {
            say: 'AST-ALD18-F2-2027 out for signature: 15/02/2027–14/02/2028, £1,425 pcm, deposit £1,644.23 (DPS). Pet: Biscuit (dachshund) allowed. Cl. 9.3: Callum can bring the tenancy to an end on any date from 15/08/2027 by giving at least two months’ written notice.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'orchard-park-gas-safety-three-blocks-one-not-due',
    title:
      'Fan-out of annual gas safety renewals over three blocks: one block has no gas (all-electric since 2025) and says so; every brief arrives and the compiler uses all three answers',
    domain: 'landlord compliance (gas safety)',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message: a short brief and a nothing-to-do answer, both complete; no brief dropped and no result ignored',
    request:
      'Orchard Park estate, Derby DE22: landlord gas safety records for blocks North, East and West expire in March 2027. Book the CP12 checks for every flat that has gas, at least 10 days before expiry, and give me one compliance schedule.',
    topology: {
      shape: 'fanout',
      planner: 'compliance_planner',
      workers: ['north_block_scheduler', 'east_block_scheduler', 'west_block_scheduler'],
      aggregator: 'compliance_schedule_compiler',
    },
    agents: [
      {
        name: 'compliance_planner',
        description: 'Plans statutory compliance checks across estates',
        instructions: 'Write one brief per block scheduler.',
        replies: [
          {
            plan: {
              north_block_scheduler:
                'Orchard Park North (18 flats): CP12s expire 21/03/2027. Book Gas Safe checks for all gas appliances by 11/03.',
              east_block_scheduler:
                'Orchard Park East: confirm gas status first; if gas, book CP12 checks by 11/03 (expiry 21/03/2027).',
              west_block_scheduler:
                'Orchard Park West (12 flats): CP12s expire 28/03/2027. Book Gas Safe checks by 18/03. Flat W7 is void — use the void key safe 4417.',
            },
          },
        ],
      },
      {
        name: 'north_block_scheduler',
        description: 'Schedules compliance visits for the North block',
        instructions: 'Book the checks in the brief.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'book_gas_checks',
            args: { block: 'OP-NORTH', flats: 18, by: '2027-03-11' },
            result:
              '{"engineer": "Derwent Gas Ltd", "dates": ["2027-03-02", "2027-03-03"], "booked": 18, "letters": "sent 2027-02-08"}',
          },
          {
            say: 'North: 18/18 flats booked with Derwent Gas, 2–3 Mar 2027 (before the 11/03 target); access letters sent 08/02.',
          },
        ],
      },
      {
        name: 'east_block_scheduler',
        description: 'Schedules compliance visits for the East block',
        instructions: 'Book the checks in the brief.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'asset_register',
            args: { block: 'OP-EAST', field: 'heating' },
            result:
              '{"flats": 16, "heating": "air-source heat pumps + electric hobs", "gas_supply": "capped at meter 14/06/2025, MPRN closed", "last_cp12": "2024-03-19"}',
          },
          {
            say: 'East: no gas since 14/06/2025 (supply capped, heat pumps and electric hobs), so no CP12 required — nothing to book. EICRs are the relevant check; next due 2029.',
          },
        ],
      },
      {
        name: 'west_block_scheduler',
        description: 'Schedules compliance visits for the West block',
        instructions: 'Book the checks in the brief.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'book_gas_checks',
            args: {
              block: 'OP-WEST',
              flats: 12,
              by: '2027-03-18',
              void_access: { flat: 'W7', key_safe: '4417' },
            },
            result:
              '{"engineer": "Derwent Gas Ltd", "dates": ["2027-03-09"], "booked": 12, "letters": "sent 2027-02-08 (11), W7 void"}',
          },
          {
            say: 'West: 12/12 booked 09/03/2027 with Derwent Gas; W7 void, engineer will use key safe 4417.',
          },
        ],
      },
      {
        name: 'compliance_schedule_compiler',
        description: 'Compiles compliance schedules',
        instructions: 'Merge the block results into one schedule.',
        replies: [
          {
            say: '### Orchard Park — gas safety 2027\n| block | flats | gas? | check date | contractor | CP12 expiry | status |\n|---|---|---|---|---|---|---|\n| North | 18 | yes | 2–3 Mar | Derwent Gas | 21/03 | booked, letters out |\n| East | 16 | no (capped 06/2025) | — | — | n/a | not required |\n| West | 12 | yes | 9 Mar | Derwent Gas | 28/03 | booked; W7 void via key safe |\nAll gas flats are booked at least 10 days before expiry.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'quayside-arrears-handover-rounded-but-faithful',
    title:
      'The rent ledger analyst hands over the March arrears with rounded figures and flats named correctly; the caseworker acts on the right tenants',
    domain: 'residential rent arrears management',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: a handover that rounds and reorders the ledger rows but keeps every flat, tenant and amount right',
    request:
      'Quayside Apartments, Newcastle NE1: arrears review for March 2027. Same rules as always — 2+ months with the protocol steps done gets a Section 8, one month gets a reminder. Please deal with it.',
    topology: { shape: 'swarm', entry: 'ledger_reviewer', agents: ['ledger_reviewer', 'arrears_officer'] },
    agents: [
      {
        name: 'ledger_reviewer',
        description: 'Reviews the rent ledger for arrears',
        instructions: 'Pull the arrears report and hand the cases over to the arrears officer.',
        replies: [
          {
            call: 'arrears_report',
            args: { block: 'QUAYSIDE', asof: '2027-03-01', min_months: 1 },
            result:
              'flat | tenant | rent pcm | balance | months | protocol steps\n08 | Ms R. Fairley | £1,150.00 | £1,150.00 | 1.0 | none yet\n27 | Mr D. Kowal | £1,240.00 | £2,604.00 | 2.1 | PAP letter 30/01, I&E form 13/02, no agreement\n40 | Mr S. Iqbal | £1,310.00 | £1,309.70 | 1.0 | payment plan agreed 20/02, first instalment due 15/03',
          },
          {
            handoff: 'arrears_officer',
            message:
              'March cases, Quayside:\n- Flat 27 Mr D. Kowal: ~£2.6k (2.1 months), PAP + I&E done, no agreement → Section 8\n- Flat 08 Ms R. Fairley: £1,150 (1 month) → reminder\n- Flat 40 Mr S. Iqbal: ~£1.3k, on a payment plan since 20/02 (first instalment 15/03) → no action yet',
          },
        ],
      },
      {
        name: 'arrears_officer',
        description: 'Takes the next step on arrears cases',
        instructions: 'Act on each case handed over.',
        replies: [
          {
            call: 'serve_notice',
            args: {
              flat: '27',
              tenant: 'Mr D. Kowal',
              notice: 'Section 8 (Form 3)',
              grounds: [8, 10, 11],
              arrears_gbp: 2604.0,
            },
            result: 'Form 3 QA-S8-0311 served by hand 02/03/2027 10:40, earliest proceedings 16/03/2027.',
          },
          {
            call: 'send_letter',
            args: { flat: '08', template: 'arrears-reminder-1' },
            result: 'letter QA-L-0308 sent 02/03/2027',
          },
          {
            say: 'March arrears actions, Quayside:\n| flat | tenant | arrears | action |\n|---|---|---|---|\n| 27 | Mr D. Kowal | £2,604.00 | Section 8 served 02/03 (QA-S8-0311) |\n| 08 | Ms R. Fairley | £1,150.00 | first reminder QA-L-0308 |\n| 40 | Mr S. Iqbal | £1,309.70 | payment plan — monitor 15/03 instalment |',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch78Scenarios = [...faults, ...healthy];
