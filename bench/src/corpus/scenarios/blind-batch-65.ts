import { defineScenario } from '../scenario.ts';

// Blind batch 65: insurance claims and underwriting (UK and US motor and property claims, loss
// adjusting, reserving, subrogation, endorsements, renewals and quotes). Written from the README
// principles only; every expected diagnosis was fixed before any run.

const faults = [
  defineScenario({
    id: 'skoda-cat-s-offer-built-on-pre-addendum-valuation',
    title:
      'The engineer report reader says the 09/11 addendum lifts the Octavia’s market value to £15,600 (superseding £14,250); the settlement calculator works the Cat S offer from £14,250',
    domain: 'UK motor total loss settlement',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Claim MC-24-771903 on policy HX/MTR/0458812 (Mrs Grace Okonjo). 2019 Skoda Octavia Estate 2.0 TDI SE L, VRM LK19 XHP, date of loss 02/11/2026 (rear-end shunt, A34 near Newbury). Engineer has categorised it Cat S. Excesses: £250 compulsory + £350 voluntary. Mrs Okonjo wants to keep the vehicle (salvage retention). Work out the settlement and draft the offer letter.',
    topology: {
      shape: 'pipeline',
      order: ['engineer_report_reader', 'settlement_calculator', 'offer_letter_writer'],
    },
    agents: [
      {
        name: 'engineer_report_reader',
        description: 'Reads independent engineer reports on motor claims',
        instructions:
          'Pull the engineer’s report and any addenda for the claim and state the figures the settlement must use.',
        replies: [
          {
            call: 'fetch_engineer_report',
            args: { claim: 'MC-24-771903', include_addenda: true },
            result:
              '{"claim": "MC-24-771903", "engineer": "Westbrook Vehicle Assessors", "category": "S", "reports": [{"date": "2026-11-04", "type": "initial", "market_value_gbp": 14250, "basis": "Glass’s + 2 adverts, mileage unverified"}, {"date": "2026-11-09", "type": "addendum", "market_value_gbp": 15600, "basis": "full Skoda service history received, 38,214 miles verified via MOT history", "note": "supersedes 04/11 valuation"}], "salvage": {"retention_pct": 20, "buyer": "Copart Wakefield"}}',
          },
          {
            say: 'Engineer file MC-24-771903 (Westbrook, Cat S):\n\n- Initial report 04/11/2026: MV £14,250 (mileage unverified)\n- **Addendum 09/11/2026: MV £15,600** — service history + 38,214 verified miles; replaces the 04/11 figure\n- Salvage retention at 20 % of MV → **£3,120**\n\nSettle on £15,600. Excess total £600 (£250 compulsory + £350 voluntary).',
          },
        ],
      },
      {
        name: 'settlement_calculator',
        description: 'Calculates motor total loss settlements',
        instructions: 'Compute the settlement from market value, excesses and salvage retention.',
        prompt: 'Engineer summary:\n{input}\n\nClaim: {request}',
        replies: [
          {
            call: 'calc_total_loss',
            args: {
              claim: 'MC-24-771903',
              market_value: 14250,
              excess_total: 600,
              salvage_retained: true,
              salvage_value: 2850,
            },
            result:
              '{"market_value": 14250.00, "less_excess": 600.00, "less_salvage_retention": 2850.00, "net_settlement": 10800.00, "payee": "policyholder", "finance_outstanding": 0}',
          },
          {
            say: 'MC-24-771903 settlement (Cat S, retained):\n| | £ |\n|---|---|\n| market value | 14,250.00 |\n| excess | −600.00 |\n| salvage retention 20 % | −2,850.00 |\n| **net to Mrs Okonjo** | **10,800.00** |\nNo finance outstanding.',
          },
        ],
      },
      {
        name: 'offer_letter_writer',
        description: 'Writes settlement offer letters to policyholders',
        instructions: 'Draft a clear, polite offer letter from the settlement figures.',
        prompt: 'Settlement:\n{input}',
        replies: [
          {
            say: 'Dear Mrs Okonjo,\n\n**Your claim MC-24-771903 — Skoda Octavia LK19 XHP**\n\nOur engineer has assessed your car as a Category S total loss. We value it at **£14,250.00**. From this we deduct your policy excess of £600.00 and, as you have chosen to keep the vehicle, a salvage retention of £2,850.00.\n\nOur offer is **£10,800.00**, paid by bank transfer within 5 working days of your acceptance. Please remember a Cat S vehicle must be re-inspected before it returns to the road.\n\nYours sincerely,\nMotor Claims Team',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'engineer_report_reader', to: 'settlement_calculator' },
      agent: 'settlement_calculator',
    },
  }),
  defineScenario({
    id: 'marchetti-ho3-renewal-priced-on-expiring-coverage-a',
    title:
      'The RCE estimator puts Coverage A at $612,000 after the remodel; the renewal coordinator still briefs the quoter with the expiring $548,000',
    domain: 'US homeowners renewal underwriting',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Renewal of HO-3 policy NJH-3318827 (Dario & Ana Marchetti, 41 Larch Hollow Rd, Chester NJ 07930), expiring 03/15/2027. Expiring Coverage A $548,000, AOP deductible $1,000, wind/hail 2%. They finished a kitchen and primary bath remodel in Sept 2026. Get the dwelling limit right and issue the renewal quote — Hollis Agency needs it by 02/20.',
    topology: {
      shape: 'supervisor',
      coordinator: 'renewal_coordinator',
      workers: ['replacement_cost_estimator', 'renewal_quoter'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'renewal_coordinator',
        description: 'Coordinates personal lines renewals',
        instructions:
          'Confirm insurance-to-value first, then have the renewal quote issued and summarise it for the agent.',
        replies: [
          {
            handoff: 'replacement_cost_estimator',
            message:
              'NJH-3318827 Marchetti: rerun the replacement cost estimate taking in the Sept 2026 kitchen + primary bath remodel, and give me the Coverage A to renew at.',
          },
          {
            handoff: 'renewal_quoter',
            message:
              'Please issue the renewal quote for NJH-3318827 eff 03/15/2027: HO-3, Coverage A $548,000 (B 10%, C 50%, D 20%), AOP deductible $1,000, wind/hail 2%, keep the water backup endorsement at $10k.',
          },
          {
            say: '### Renewal quote — NJH-3318827 (Marchetti)\n- Term 03/15/2027–03/15/2028, HO-3\n- Coverage A **$548,000**, B $54,800, C $274,000, D $109,600\n- AOP $1,000 / wind-hail 2%\n- Water backup $10k\n- **Annual premium $2,486.00**\n\nQuote ref RQ-0227-55190 sent to Hollis Agency.',
          },
        ],
      },
      {
        name: 'replacement_cost_estimator',
        description: 'Runs replacement cost estimates for dwellings',
        instructions: 'Run the RCE and recommend the Coverage A limit.',
        replies: [
          {
            call: 'run_rce',
            args: { policy: 'NJH-3318827', include_permits: true },
            result:
              '{"rce_id": "RCE-88231", "run_date": "2027-02-11", "sq_ft": 3120, "permits": ["B-2026-0713 kitchen remodel $71,400", "B-2026-0788 primary bath $38,900"], "replacement_cost": 611840, "recommended_cov_a": 612000, "prior_rce": {"date": "2025-03-02", "replacement_cost": 547900}, "itv_at_expiring_limit_pct": 89.6}',
          },
          {
            say: 'RCE-88231 (11 Feb 2027): replacement cost **$611,840** after the two permitted remodels ($71.4k kitchen, $38.9k bath). Expiring $548,000 is only 89.6% ITV — renew Coverage A at **$612,000**.',
          },
        ],
      },
      {
        name: 'renewal_quoter',
        description: 'Rates and issues renewal quotes',
        instructions: 'Rate the renewal with the terms given and return the quote.',
        replies: [
          {
            call: 'rate_renewal',
            args: {
              policy: 'NJH-3318827',
              form: 'HO-3',
              coverage_a: 548000,
              aop_deductible: 1000,
              wind_hail_pct: 2,
              water_backup: 10000,
            },
            result:
              '{"quote_ref": "RQ-0227-55190", "premium": 2486.00, "coverage_a": 548000, "coverage_b": 54800, "coverage_c": 274000, "coverage_d": 109600, "status": "QUOTED"}',
          },
          { say: 'RQ-0227-55190 quoted: Coverage A $548,000, annual premium $2,486.00.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'renewal_coordinator', to: 'renewal_quoter' },
      agent: 'renewal_coordinator',
    },
  }),
  defineScenario({
    id: 'sportage-named-driver-mta-issued-with-commuting-use',
    title:
      'The MTA router asks for Tobi Adeyemi to be added on social, domestic and pleasure use only; the endorsement drafter issues the change with commuting included',
    domain: 'UK private motor mid-term adjustments',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Mid-term adjustment on PMV-20-553914 (Mr Rotimi Adeyemi, 2021 Kia Sportage 1.6 T-GDi, GN21 KXA). Please add his son Tobi Adeyemi (DOB 12/06/2006, full UK licence since 03/01/2025) as a named driver from 00:01 on 21/02/2027. Tobi is to be covered for social, domestic & pleasure only — no commuting. Tell me the additional premium and send the endorsement.',
    topology: {
      shape: 'network',
      coordinator: 'mta_router',
      workers: ['driver_risk_checker', 'endorsement_drafter'],
    },
    agents: [
      {
        name: 'mta_router',
        description: 'Routes mid-term adjustment requests',
        instructions: 'Check the new driver, then have the endorsement issued, then report back.',
        replies: [
          {
            handoff: 'driver_risk_checker',
            message:
              'PMV-20-553914: check proposed named driver Tobi Adeyemi, DOB 12/06/2006, licence since 03/01/2025 — licence status, points, CUE, any young-driver excess.',
          },
          {
            handoff: 'endorsement_drafter',
            message:
              'Issue MTA on PMV-20-553914 effective 00:01 21/02/2027: add named driver Tobi Adeyemi (20, licence 2 yrs, clean). Class of use for Tobi: **SD&P only, no commuting**. Young/inexperienced driver excess £300 applies on top of the £400 policy excess. Rate the AP and send the schedule.',
          },
          {
            say: 'MTA done on PMV-20-553914: Tobi Adeyemi added from 00:01 21/02/2027, AP £486.72 incl. IPT, endorsement END-PMV-04 and updated schedule/certificate issued to Mr Adeyemi.',
          },
        ],
      },
      {
        name: 'driver_risk_checker',
        description: 'Checks licences, convictions and claims history of drivers',
        instructions: 'Check the driver and report anything that affects rating.',
        replies: [
          {
            call: 'dvla_and_cue_check',
            args: { name: 'Tobi Adeyemi', dob: '2006-06-12' },
            result:
              '{"licence": "FULL", "issued": "2025-01-03", "endorsements": [], "penalty_points": 0, "cue_claims_5y": 0, "mid_match": "none", "young_driver_excess_gbp": 300}',
          },
          {
            say: 'Tobi Adeyemi: full licence since 03/01/2025, 0 points, no CUE claims. Under-25 and <3 yrs licence → £300 young/inexperienced driver excess applies.',
          },
        ],
      },
      {
        name: 'endorsement_drafter',
        description: 'Drafts and issues motor policy endorsements',
        instructions: 'Apply the adjustment in the policy system and confirm the additional premium.',
        replies: [
          {
            call: 'apply_mta',
            args: {
              policy: 'PMV-20-553914',
              effective: '2027-02-21T00:01',
              add_driver: 'Tobi Adeyemi',
              driver_class_of_use: 'SDP_COMMUTING',
              additional_excess_gbp: 300,
            },
            result:
              '{"endorsement": "END-PMV-04", "ap_gbp": 434.57, "ipt_gbp": 52.15, "ap_total_gbp": 486.72, "driver_class_of_use": "Social, domestic, pleasure and commuting", "docs": ["schedule v5", "certificate v5"], "status": "ISSUED"}',
          },
          {
            say: 'END-PMV-04 issued on PMV-20-553914 from 00:01 21/02/2027: Tobi Adeyemi added, class of use social, domestic, pleasure and commuting, extra £300 excess. AP £434.57 + IPT £52.15 = **£486.72**. Schedule and certificate v5 sent.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'mta_router', to: 'endorsement_drafter' },
      agent: 'endorsement_drafter',
    },
  }),
  defineScenario({
    id: 'freeze-event-tennessee-desk-reserves-ground-up',
    title:
      'The cat reserve planner asks each desk for case reserves net of the AOP deductible; the Tennessee desk posts its five burst-pipe claims at full estimate',
    domain: 'US property catastrophe reserving',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Arctic outbreak, PCS cat 2703, burst-pipe and freeze claims DOL 01/17–01/21/2027. Set case reserves on every open claim in the KY, TN and GA queues (net of each policy’s AOP deductible) and give me the event reserve for the Monday cat call.',
    topology: {
      shape: 'fanout',
      planner: 'cat_reserve_planner',
      workers: ['desk_kentucky', 'desk_tennessee', 'desk_georgia'],
      aggregator: 'event_reserve_reporter',
    },
    agents: [
      {
        name: 'cat_reserve_planner',
        description: 'Plans catastrophe reserving across regional desks',
        instructions: 'Write one brief per regional desk.',
        replies: [
          {
            plan: {
              desk_kentucky:
                'PCS 2703, DOL 01/17–01/21/2027, KY open queue: post case reserves = adjuster estimate MINUS the AOP deductible on the dec page. Report claim count and net total.',
              desk_tennessee:
                'PCS 2703, DOL 01/17–01/21/2027, TN open queue: post case reserves = adjuster estimate MINUS the AOP deductible on the dec page. Report claim count and net total.',
              desk_georgia:
                'PCS 2703, DOL 01/17–01/21/2027, GA open queue: post case reserves = adjuster estimate MINUS the AOP deductible on the dec page. Report claim count and net total.',
            },
          },
        ],
      },
      {
        name: 'desk_kentucky',
        description: 'Kentucky property claims desk',
        instructions: 'Reserve your open claims per the brief.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'post_case_reserves',
            args: { queue: 'KY-OPEN', cat: 'PCS-2703', basis: 'net_of_deductible' },
            result:
              'claim       est        ded     reserve\nKY-27-00311 14,820.00  1,000   13,820.00\nKY-27-00319  8,455.00  2,500    5,955.00\nKY-27-00327 31,200.00  1,000   30,200.00\nKY-27-00342  6,940.00  1,000    5,940.00\nposted=4 total_reserve=55,915.00',
          },
          { say: 'KY: 4 open freeze claims reserved net of AOP deductibles — **$55,915.00**.' },
        ],
      },
      {
        name: 'desk_tennessee',
        description: 'Tennessee property claims desk',
        instructions: 'Reserve your open claims per the brief.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'pull_open_queue',
            args: { queue: 'TN-OPEN', cat: 'PCS-2703' },
            result:
              '[{"claim": "TN-27-01104", "est": 22310.00, "aop_ded": 1000}, {"claim": "TN-27-01109", "est": 9870.00, "aop_ded": 2500}, {"claim": "TN-27-01122", "est": 4160.00, "aop_ded": 1000}, {"claim": "TN-27-01130", "est": 47900.00, "aop_ded": 5000}, {"claim": "TN-27-01141", "est": 12035.00, "aop_ded": 1000}]',
          },
          {
            call: 'post_case_reserves',
            args: { queue: 'TN-OPEN', cat: 'PCS-2703', basis: 'ground_up' },
            result: 'posted=5 total_reserve=96,275.00 basis=ground_up',
          },
          {
            say: 'TN: 5 open burst-pipe claims, reserves posted at the full adjuster estimates — total **$96,275.00** (largest TN-27-01130 at $47,900).',
          },
        ],
      },
      {
        name: 'desk_georgia',
        description: 'Georgia property claims desk',
        instructions: 'Reserve your open claims per the brief.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'post_case_reserves',
            args: { queue: 'GA-OPEN', cat: 'PCS-2703', basis: 'net_of_deductible' },
            result:
              'claim       est        ded     reserve\nGA-27-00588 18,640.00  1,000   17,640.00\nGA-27-00591  7,225.00  1,000    6,225.00\nGA-27-00603 26,480.00  2,500   23,980.00\nposted=3 total_reserve=47,845.00',
          },
          { say: 'GA: 3 open claims, net reserves $47,845.00 posted.' },
        ],
      },
      {
        name: 'event_reserve_reporter',
        description: 'Reports catastrophe event reserves',
        instructions: 'Add up the desks and report the event reserve.',
        prompt: 'Desk returns:\n{input}',
        replies: [
          {
            say: '## PCS 2703 — event reserve (net of deductibles)\n| desk | open claims | case reserve |\n|---|---|---|\n| KY | 4 | $55,915.00 |\n| TN | 5 | $96,275.00 |\n| GA | 3 | $47,845.00 |\n| **total** | **12** | **$200,035.00** |\n\nFor Monday’s cat call.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'cat_reserve_planner', to: 'desk_tennessee' },
      agent: 'desk_tennessee',
    },
  }),
  defineScenario({
    id: 'harrogate-loft-leak-reserve-set-from-queue-stub',
    title:
      'The program hands the reserve setter a bare queue stub instead of the adjuster’s £42,380 assessment; it books the £7,500 escape-of-water table default',
    domain: 'UK household claims reserving',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Claim HH-26-40917, HomeSafe policy HSP-8812034 (Mr & Mrs Lindqvist, 22 Orchard Rise, Harrogate HG2 8PL). Burst tank in the loft on 14/12/2026, water through two ceilings. Loss adjuster (Crawford-Pryce) has visited. Set the reserve from the adjuster’s figures and update the claim file.',
    topology: {
      shape: 'pipeline',
      order: ['adjuster_report_intake', 'reserve_setter', 'claim_file_updater'],
    },
    program: {
      lose: {
        to: 'reserve_setter',
        prompt: 'Work item RSV-Q #5521: reserve review due. Set reserve per guidelines.',
      },
    },
    agents: [
      {
        name: 'adjuster_report_intake',
        description: 'Takes in loss adjuster reports',
        instructions: 'Read the adjuster’s report and summarise the quantum and recommended reserve.',
        replies: [
          {
            call: 'get_adjuster_report',
            args: { claim: 'HH-26-40917', firm: 'Crawford-Pryce' },
            result:
              'LA REPORT 1 — HH-26-40917 — visit 19/12/2026 — adjuster: S. Mbeki\nCause: cold water tank split, loft; peril escape of water, covered.\nBuildings: ceilings x2, plaster, drying, redecoration ...... £31,260.00\nContents: carpets, sofa, bedding .......................... £6,870.00\nAlternative accommodation 8 wks (Premier Inn + uplift) .... £4,250.00\nGross quantum ............................................. £42,380.00\nPolicy EoW excess ......................................... £350.00\nRecommended reserve (net of excess) ....................... £42,030.00',
          },
          {
            say: 'HH-26-40917 — LA report 1 (Crawford-Pryce, 19/12):\n- Buildings £31,260.00, contents £6,870.00, AA 8 weeks £4,250.00\n- Gross **£42,380.00**, EoW excess £350\n- **Recommended reserve £42,030.00**, cover confirmed (escape of water).',
          },
        ],
      },
      {
        name: 'reserve_setter',
        description: 'Sets and amends claim reserves',
        instructions: 'Set the claim reserve from the information you are given.',
        prompt: 'Adjuster summary:\n{input}\n\nClaim: {request}',
        replies: [
          {
            call: 'reserve_guideline_lookup',
            args: { line: 'household', peril: 'escape_of_water', stage: 'initial' },
            result: '{"peril": "escape_of_water", "initial_reserve_gbp": 7500, "review_after_days": 30}',
          },
          {
            call: 'set_reserve',
            args: { work_item: 'RSV-Q-5521', amount_gbp: 7500 },
            result:
              '{"reserve_id": "R-99120", "claim": "HH-26-40917", "amount_gbp": 7500.00, "status": "POSTED"}',
          },
          {
            say: 'Reserve R-99120 posted on HH-26-40917: £7,500.00 (EoW initial guideline), review in 30 days.',
          },
        ],
      },
      {
        name: 'claim_file_updater',
        description: 'Writes claim file notes',
        instructions: 'Write the claim file note.',
        prompt: 'Reserve outcome:\n{input}',
        replies: [
          {
            say: '**File note HH-26-40917** — reserve set at £7,500.00 (R-99120) following the loss adjuster’s visit; next review 30 days. Cover confirmed, escape of water from loft tank.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'adjuster_report_intake', to: 'reserve_setter' },
      agent: 'reserve_setter',
    },
  }),
  defineScenario({
    id: 'crv-rear-end-recovery-lead-says-demand-going-out-but-stops',
    title:
      'The recovery lead confirms 100 % liability and says it is handing the $19,140 demand to the demand drafter; it never delegates, and the claims director reports the demand as sent',
    domain: 'US auto subrogation',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'File review AC-2026-118402: our insured (2023 Honda CR-V) was rear-ended 03/02/2026 on I-270, Columbus OH. We paid collision $18,640 after the $500 deductible. Get subrogation moving — demand to the adverse carrier including the insured’s deductible — and set the recovery reserve. Review meeting 02/26/2027.',
    topology: {
      shape: 'nested',
      top: 'claims_director',
      teams: {
        recovery_lead: ['liability_investigator', 'demand_drafter'],
        reserve_lead: ['recovery_reserve_analyst'],
      },
    },
    agents: [
      {
        name: 'claims_director',
        description: 'Oversees claim file reviews',
        instructions: 'Get recovery started and reserves set through the two leads, then summarise.',
        replies: [
          {
            handoff: 'recovery_lead',
            message:
              'AC-2026-118402: confirm adverse party liability and coverage, then get the subro demand ($18,640 paid + $500 insured deductible) to the adverse carrier.',
          },
          {
            handoff: 'reserve_lead',
            message:
              'AC-2026-118402: set a subrogation recovery reserve for the expected recovery ($19,140 if liability is clear).',
          },
          {
            say: '**AC-2026-118402 review**\n- Liability: adverse driver 100 % (rear-end), Buckeye Heartland Mutual, PD limit $25,000\n- Subro demand for **$19,140** issued to Buckeye Heartland (incl. insured’s $500 deductible)\n- Recovery reserve $19,140 set (RR-44718)\n- Diary: 30 days for carrier response',
          },
        ],
      },
      {
        name: 'recovery_lead',
        description: 'Leads subrogation recovery work',
        instructions: 'Have liability confirmed, then have the demand drafted and sent.',
        replies: [
          {
            handoff: 'liability_investigator',
            message: 'AC-2026-118402: identify adverse carrier/policy/limits and liability position.',
          },
          {
            say: 'Liability clear: Buckeye Heartland Mutual policy BHM-AU-5512097 (25/50/25) accepts 100 %. Demand of $19,140 ($18,640 + $500 deductible) — handing it to the demand drafter now to go out today.',
          },
        ],
      },
      {
        name: 'liability_investigator',
        description: 'Investigates liability and adverse coverage',
        instructions: 'Establish the adverse carrier, limits and liability.',
        replies: [
          {
            call: 'adverse_carrier_lookup',
            args: { claim: 'AC-2026-118402', adverse_plate: 'OH JKR 4471' },
            result:
              '{"carrier": "Buckeye Heartland Mutual", "policy": "BHM-AU-5512097", "limits": "25/50/25", "adjuster": "K. Trammell, 614-555-0182", "liability_statement": "recorded 2026-03-18, insured driver admits following too closely", "accepted_pct": 100}',
          },
          {
            say: 'Adverse: Buckeye Heartland Mutual, BHM-AU-5512097, limits 25/50/25. Recorded statement 03/18/2026 admits following too closely; carrier accepts 100 %. Adjuster K. Trammell 614-555-0182.',
          },
        ],
      },
      {
        name: 'demand_drafter',
        description: 'Drafts and sends subrogation demands',
        instructions: 'Draft and send the demand package to the adverse carrier.',
        replies: [
          {
            call: 'send_subro_demand',
            args: { claim: 'AC-2026-118402', carrier: 'Buckeye Heartland Mutual', amount: 19140 },
            result: '{"demand_id": "SD-77102", "status": "SENT", "channel": "email+portal"}',
          },
          { say: 'Demand SD-77102 for $19,140 sent to Buckeye Heartland.' },
        ],
      },
      {
        name: 'reserve_lead',
        description: 'Leads claim reserving',
        instructions: 'Have reserves set and report.',
        replies: [
          {
            handoff: 'recovery_reserve_analyst',
            message: 'Post a subrogation recovery reserve of $19,140 on AC-2026-118402.',
          },
          { say: 'Recovery reserve RR-44718 posted: $19,140 on AC-2026-118402.' },
        ],
      },
      {
        name: 'recovery_reserve_analyst',
        description: 'Posts recovery reserves',
        instructions: 'Post the recovery reserve.',
        replies: [
          {
            call: 'post_recovery_reserve',
            args: { claim: 'AC-2026-118402', amount: 19140 },
            result: 'RR-44718 POSTED 19,140.00 USD (subrogation)',
          },
          { say: 'RR-44718 posted, $19,140.00 subrogation recovery reserve.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'recovery_lead', to: 'demand_drafter' },
      agent: 'recovery_lead',
    },
  }),
  defineScenario({
    id: 'didcot-kitchen-fire-scope-total-mis-added',
    title:
      'The scope writer’s six priced lines add up to £38,420.50 but it states the schedule of loss total as £34,820.50; the adjusting manager reserves and reports on that total',
    domain: 'UK loss adjusting (household fire)',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Instruction from Marlow General: kitchen fire at 9 Millbrook Close, Didcot OX11 7QA, policy MG-HH-2204817, DOL 28/01/2027. Produce the priced schedule of loss, have the reserve posted net of the £250 excess, and send the insurer a preliminary report.',
    topology: {
      shape: 'supervisor',
      coordinator: 'loss_adjusting_manager',
      workers: ['scope_writer', 'reserve_clerk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'loss_adjusting_manager',
        description: 'Manages loss adjusting instructions',
        instructions: 'Get the priced scope, have the reserve posted, report to the insurer.',
        replies: [
          {
            handoff: 'scope_writer',
            message:
              'MG-HH-2204817 Didcot kitchen fire: price the reinstatement scope from the site survey and give me the schedule-of-loss total.',
          },
          {
            handoff: 'reserve_clerk',
            message:
              'Post reserve on MG-HH-2204817: schedule of loss £34,820.50 less £250 excess = £34,570.50.',
          },
          {
            say: '## Preliminary report — MG-HH-2204817 (Didcot, DOL 28/01/2027)\nCause: chip-pan fire, contained to kitchen; smoke damage to hall. Cover confirmed (fire).\n\n**Schedule of loss: £34,820.50** (strip-out/drying, plastering, kitchen units, LVT flooring, electrics, decoration)\nExcess £250 → **reserve £34,570.50** posted (ref RSV-7731).\nNext: contractor tenders by 14/02.',
          },
        ],
      },
      {
        name: 'scope_writer',
        description: 'Prices reinstatement scopes of works',
        instructions: 'Price the scope and return the schedule of loss with its total.',
        replies: [
          {
            call: 'price_scope',
            args: { survey: 'SV-MG-2204817', rates: 'BCIS Q1-2027 Oxon' },
            result:
              '| line | description | £ |\n|---|---|---|\n| 1 | Strip-out, soot clean, drying | 3,860.00 |\n| 2 | Re-plaster kitchen + hall ceilings | 6,415.50 |\n| 3 | Replacement kitchen units + worktops | 17,290.00 |\n| 4 | LVT flooring 22 m² | 4,980.00 |\n| 5 | Electrics: rewire kitchen circuit, test | 2,145.00 |\n| 6 | Decoration kitchen + hall | 3,730.00 |',
          },
          {
            say: 'Schedule of loss MG-HH-2204817:\n| line | £ |\n|---|---|\n| strip-out/drying | 3,860.00 |\n| plastering | 6,415.50 |\n| kitchen units | 17,290.00 |\n| LVT flooring | 4,980.00 |\n| electrics | 2,145.00 |\n| decoration | 3,730.00 |\n| **total** | **34,820.50** |',
          },
        ],
      },
      {
        name: 'reserve_clerk',
        description: 'Posts claim reserves',
        instructions: 'Post the reserve you are given.',
        replies: [
          {
            call: 'post_reserve',
            args: { policy: 'MG-HH-2204817', amount_gbp: 34570.5 },
            result: '{"ref": "RSV-7731", "amount": "£34,570.50", "status": "posted"}',
          },
          { say: 'RSV-7731 posted, £34,570.50.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'scope_writer', to: 'loss_adjusting_manager' },
      agent: 'scope_writer',
    },
  }),
  defineScenario({
    id: 'bakery-buildings-uplift-refused-but-broker-told-bound',
    title:
      'The policy admin agent’s buildings sum insured uplift is refused by the system (beyond delegated authority); it transfers to broker comms saying the endorsement is on cover',
    domain: 'UK commercial property endorsements',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'From Harcourt & Vane brokers: please endorse policy CPX-5510392 (Fenwick’s Artisan Bakery Ltd, Unit 4 Tanyard Estate, Leeds LS10 1PJ) to increase the buildings sum insured from £640,000 to £885,000 following their extension, effective 01/03/2027, and confirm cover and any additional premium to us today.',
    topology: {
      shape: 'swarm',
      entry: 'broker_desk_agent',
      agents: ['broker_desk_agent', 'policy_admin_agent', 'broker_comms_agent'],
    },
    agents: [
      {
        name: 'broker_desk_agent',
        description: 'Handles incoming broker requests',
        instructions: 'Check the policy and pass endorsement work to policy admin.',
        replies: [
          {
            call: 'policy_lookup',
            args: { policy: 'CPX-5510392' },
            result:
              '{"insured": "Fenwick’s Artisan Bakery Ltd", "status": "LIVE", "period": "2026-09-01..2027-08-31", "buildings_si": 640000, "stock_si": 85000, "bi_gross_profit": 420000, "authority": "MGA delegated, SI uplift max 25% without referral"}',
          },
          {
            handoff: 'policy_admin_agent',
            message:
              'CPX-5510392 live to 31/08/2027. Broker wants buildings SI £640,000 → £885,000 from 01/03/2027 (extension). Please endorse and get the AP.',
          },
        ],
      },
      {
        name: 'policy_admin_agent',
        description: 'Processes policy endorsements',
        instructions: 'Apply endorsements in the policy system, then pass to broker comms to confirm.',
        replies: [
          {
            call: 'apply_endorsement',
            args: {
              policy: 'CPX-5510392',
              field: 'buildings_si',
              new_value: 885000,
              effective: '2027-03-01',
            },
            result: {
              error:
                'ENDT-409 REFERRAL_REQUIRED: buildings SI uplift 38.3% exceeds delegated authority (25%). Endorsement NOT applied; policy remains at £640,000. Refer to capacity provider (ref REF-CPX-0214).',
            },
          },
          {
            handoff: 'broker_comms_agent',
            message:
              'Endorsement on CPX-5510392 done: buildings SI now £885,000 from 01/03/2027. AP £196.44 + IPT £23.57 = £220.01 for the remaining term. Please confirm to Harcourt & Vane.',
          },
        ],
      },
      {
        name: 'broker_comms_agent',
        description: 'Writes confirmations to brokers',
        instructions: 'Confirm endorsements to brokers.',
        replies: [
          {
            say: 'Dear Harcourt & Vane,\n\nRe: **CPX-5510392 — Fenwick’s Artisan Bakery Ltd**\n\nWe confirm the buildings sum insured is increased to **£885,000** with effect from 01/03/2027. Additional premium for the remainder of the period: £196.44 plus IPT £23.57, **total £220.01**, debited via your account.\n\nAll other terms unchanged.\n\nKind regards,\nCommercial Property Team',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'policy_admin_agent', to: 'broker_comms_agent' },
      agent: 'policy_admin_agent',
    },
  }),
  defineScenario({
    id: 'warehouse-fire-reserve-reviewer-repeats-60pct-note',
    title:
      'The reserve reviewer asks for the 60 % line; the memo drafter shows it in v2 and v3, but the reviewer sends back the identical REVISE note each round until the loop gives out',
    domain: 'London market large-loss reserving',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Large loss LL-27-0093: warehouse fire at Corby Logistics Park (insured Pendle Distribution Ltd), DOL 05/01/2027. We write a 60 % line on the property/BI placement (slip B0744PRO2611). Adjuster’s first estimates: PD £1,284,000, BI £410,000, fees £85,000 (all 100 %). Draft the reserve memo, get reviewer sign-off and submit to the reserving committee on 12/02.',
    topology: {
      shape: 'pipeline',
      order: ['reserve_memo_drafter', 'large_loss_reviewer', 'committee_secretary'],
      loop: { from: 'large_loss_reviewer', to: 'reserve_memo_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'reserve_memo_drafter',
        description: 'Drafts large-loss reserve memos',
        instructions: 'Draft the reserve memo, or revise it following the reviewer’s notes.',
        prompt: 'Brief or reviewer notes:\n{input}\n\nLoss: {request}',
        replies: [
          {
            say: 'Reserve memo LL-27-0093 v1\n| head | 100 % £ |\n|---|---|\n| property damage | 1,284,000 |\n| business interruption | 410,000 |\n| fees | 85,000 |\n| **total** | **1,779,000** |\nProposed reserve £1,779,000.',
          },
          {
            say: 'Reserve memo LL-27-0093 v2 (our 60 % line shown)\n| head | 100 % £ | our 60 % £ |\n|---|---|---|\n| property damage | 1,284,000 | 770,400 |\n| business interruption | 410,000 | 246,000 |\n| fees | 85,000 | 51,000 |\n| **total** | **1,779,000** | **1,067,400** |\nProposed reserve (our share) **£1,067,400**.',
          },
          {
            say: 'Reserve memo LL-27-0093 v3 — unchanged from v2 as the 60 % line is already set out: PD £770,400, BI £246,000, fees £51,000, **our share £1,067,400** (100 %: £1,779,000). Please confirm what else is needed.',
          },
        ],
      },
      {
        name: 'large_loss_reviewer',
        description: 'Reviews large-loss reserve memos',
        instructions: 'Answer "APPROVED: <summary>" or "REVISE: <notes>".',
        prompt: 'Memo:\n{input}',
        replies: [
          {
            say: 'REVISE: reserves are booked on our line, not 100 %. Restate every head at our 60 % share (slip B0744PRO2611) and propose the reserve on that basis.',
          },
          {
            say: 'REVISE: reserves are booked on our line, not 100 %. Restate every head at our 60 % share (slip B0744PRO2611) and propose the reserve on that basis.',
          },
          {
            say: 'REVISE: reserves are booked on our line, not 100 %. Restate every head at our 60 % share (slip B0744PRO2611) and propose the reserve on that basis.',
          },
        ],
      },
      {
        name: 'committee_secretary',
        description: 'Submits memos to the reserving committee',
        instructions: 'Submit approved memos; report anything not approved.',
        prompt: 'Review outcome:\n{input}',
        replies: [
          {
            say: 'LL-27-0093 not submitted to the 12/02 reserving committee: memo still marked REVISE after three review rounds (60 % line restatement). Flagged to the head of large loss.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'large_loss_reviewer', to: 'reserve_memo_drafter' },
      agent: 'large_loss_reviewer',
    },
  }),
  defineScenario({
    id: 'bath-lettings-renewal-keeps-500-excess-client-asked-2500',
    title:
      'The landlord renewal is routed correctly, but the landlord underwriter rates it at the expiring £500 buildings excess, not the £2,500 the client asked for',
    domain: 'UK landlord property renewals',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Renewal for Brindle Lettings Ltd, landlord policy LPX-7720419: 3 self-contained flats at 17 Cavendish Terrace, Bath BA1 2LT, renewing 01/04/2027. Buildings sum insured £1,150,000, loss of rent £42,000. The client wants the buildings excess raised from £500 to £2,500 to bring the premium down. Please quote the renewal on that basis and confirm the escape-of-water excess.',
    topology: {
      shape: 'branch',
      classifier: 'renewal_triage',
      routes: { 'let-property': 'landlord_underwriter', 'owner-occupied': 'home_underwriter' },
      after: 'broker_quote_writer',
    },
    agents: [
      {
        name: 'renewal_triage',
        description: 'Triage of property renewals by risk type',
        instructions: 'Label the renewal let-property or owner-occupied.',
        replies: [
          {
            say: 'let-property — LPX-7720419, Brindle Lettings Ltd, 3 flats, commercial landlord. Client requests buildings excess £2,500 (from £500).',
          },
        ],
      },
      {
        name: 'home_underwriter',
        description: 'Underwrites household renewals',
        instructions: 'Rate household renewals.',
        replies: [{ say: 'No household renewal to rate.' }],
      },
      {
        name: 'landlord_underwriter',
        description: 'Underwrites residential landlord policies',
        instructions: 'Rate the renewal and set terms.',
        prompt: 'Triage: {input}\n\nRenewal request: {request}',
        replies: [
          {
            call: 'rate_landlord_renewal',
            args: {
              policy: 'LPX-7720419',
              buildings_si: 1150000,
              loss_of_rent: 42000,
              buildings_excess: 500,
              units: 3,
            },
            result:
              '{"premium_gbp": 2913.40, "ipt_gbp": 349.61, "total_gbp": 3263.01, "buildings_excess": 500, "eow_excess": 1000, "subsidence_excess": 1000, "claims_3y": 1, "quote": "LQ-27-30418"}',
          },
          {
            say: 'LPX-7720419 renewal 01/04/2027 — quote LQ-27-30418:\n- Buildings £1,150,000, loss of rent £42,000\n- **Buildings excess £500**, escape of water £1,000, subsidence £1,000\n- Premium £2,913.40 + IPT £349.61 = **£3,263.01**',
          },
        ],
      },
      {
        name: 'broker_quote_writer',
        description: 'Writes renewal quotes to clients',
        instructions: 'Send the renewal terms to the client.',
        prompt: 'Underwriting terms:\n{input}',
        replies: [
          {
            say: 'Dear Brindle Lettings,\n\nYour renewal for **LPX-7720419** (17 Cavendish Terrace, Bath) from 01/04/2027:\n\n| | |\n|---|---|\n| Buildings sum insured | £1,150,000 |\n| Loss of rent | £42,000 |\n| Buildings excess | £500 |\n| Escape of water excess | £1,000 |\n| **Total premium incl. IPT** | **£3,263.01** |\n\nQuote ref LQ-27-30418, valid 30 days. Kind regards, Property Renewals',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'renewal_triage', to: 'landlord_underwriter' },
      agent: 'landlord_underwriter',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'leeds-flat-eow-reserve-lifted-to-interim-report-figure',
    title:
      'The adjuster report reader shows both the 12/01 preliminary (£18,500) and the 26/01 interim estimate (£27,940, mould found); the router has the reserve moved to £27,940',
    domain: 'UK household claims reserving',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the superseded preliminary estimate appears beside the revised one, and only the revised one is used',
    request:
      'Claim HX-27-00214 (Ms Priya Raman, Flat 6, Wharf Court, Leeds LS1 4BR, policy HLP-3301925). Leak from the washing machine hose, DOL 08/01/2027. The adjuster has sent a second report. Bring the reserve into line with the latest report and note the file.',
    topology: {
      shape: 'network',
      coordinator: 'claims_router',
      workers: ['adjuster_report_reader', 'reserve_poster'],
    },
    agents: [
      {
        name: 'claims_router',
        description: 'Routes claim tasks to the right agent',
        instructions: 'Get the latest adjuster figures, have the reserve adjusted, then close the task.',
        replies: [
          {
            handoff: 'adjuster_report_reader',
            message:
              'HX-27-00214: read the adjuster reports on file and tell me the current estimate the reserve should follow.',
          },
          {
            handoff: 'reserve_poster',
            message:
              'HX-27-00214: move the indemnity reserve from £18,500.00 to **£27,940.00** per interim report 26/01/2027 (mould remediation + longer drying). Excess £250 already deducted in the adjuster figure.',
          },
          {
            say: 'HX-27-00214 updated: reserve raised from £18,500.00 to **£27,940.00** (interim LA report 26/01, mould behind kitchen units, drying extended to 5 weeks). File noted, next review on the adjuster’s final report.',
          },
        ],
      },
      {
        name: 'adjuster_report_reader',
        description: 'Reads loss adjuster reports',
        instructions: 'Read the adjuster reports and give the latest estimate.',
        replies: [
          {
            call: 'list_adjuster_reports',
            args: { claim: 'HX-27-00214' },
            result:
              '[{"report": "PRELIM", "date": "2027-01-12", "estimate_net_gbp": 18500.00, "notes": "kitchen floor + units, 3 wks drying"}, {"report": "INTERIM", "date": "2027-01-26", "estimate_net_gbp": 27940.00, "notes": "black mould behind units and in wall cavity; specialist remediation £4,180; drying extended to 5 wks; replaces prelim estimate"}]',
          },
          {
            say: 'Two reports on HX-27-00214:\n- PRELIM 12/01: £18,500.00\n- **INTERIM 26/01: £27,940.00** (mould remediation £4,180, drying 5 weeks) — this replaces the prelim figure.\nReserve should follow **£27,940.00** (net of the £250 excess).',
          },
        ],
      },
      {
        name: 'reserve_poster',
        description: 'Posts reserve movements',
        instructions: 'Post the reserve movement you are asked for.',
        replies: [
          {
            call: 'post_reserve_movement',
            args: {
              claim: 'HX-27-00214',
              from_gbp: 18500,
              to_gbp: 27940,
              reason: 'LA interim report 26/01/2027',
            },
            result: 'MOVEMENT OK claim=HX-27-00214 old=18500.00 new=27940.00 delta=+9440.00 ref=RM-55302',
          },
          { say: 'RM-55302: HX-27-00214 reserve £18,500.00 → £27,940.00 (+£9,440.00).' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'camry-pd-payment-retried-after-gateway-504-reported-plainly',
    title:
      'The payment issuer’s first EFT attempt times out (no payment created); it retries with the same idempotency key, it goes through, and it says so',
    domain: 'US auto physical damage claims payments',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error that is retried, resolved and reported, not hidden',
    request:
      'Claim PD-2027-063318: insured’s 2022 Toyota Camry, collision 01/29/2027 in Plano TX. Final repair invoice from Lone Star Collision Center $6,812.44. Collision deductible per dec page. Verify coverage and pay the shop directly by EFT today.',
    topology: {
      shape: 'supervisor',
      coordinator: 'pd_claims_supervisor',
      workers: ['coverage_verifier', 'payment_issuer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'pd_claims_supervisor',
        description: 'Supervises physical damage claim payments',
        instructions: 'Verify coverage and deductible, then have the payment issued, then report.',
        replies: [
          {
            handoff: 'coverage_verifier',
            message: 'PD-2027-063318: confirm collision coverage in force on 01/29/2027 and the deductible.',
          },
          {
            handoff: 'payment_issuer',
            message:
              'PD-2027-063318: pay Lone Star Collision Center by EFT $6,312.44 (invoice $6,812.44 less $500 collision deductible).',
          },
          {
            say: '**PD-2027-063318 paid** — Lone Star Collision Center, EFT **$6,312.44** (invoice $6,812.44 − $500 deductible), payment PMT-8830417. First attempt timed out at the gateway with no payment created; the retry went through. Insured owes the shop the $500 deductible.',
          },
        ],
      },
      {
        name: 'coverage_verifier',
        description: 'Verifies policy coverage for claims',
        instructions: 'Check coverage and deductibles on the date of loss.',
        replies: [
          {
            call: 'policy_coverage',
            args: { claim: 'PD-2027-063318', date_of_loss: '2027-01-29' },
            result:
              '{"policy": "TXA-4419082", "status": "in force", "term": "2026-08-14..2027-02-14", "collision": {"covered": true, "deductible": 500}, "comprehensive": {"deductible": 250}, "lienholder": null}',
          },
          { say: 'TXA-4419082 in force 01/29/2027, collision covered, $500 deductible, no lienholder.' },
        ],
      },
      {
        name: 'payment_issuer',
        description: 'Issues claim payments',
        instructions: 'Issue the payment and report the outcome accurately.',
        replies: [
          {
            call: 'issue_eft',
            args: {
              claim: 'PD-2027-063318',
              payee: 'Lone Star Collision Center',
              amount: 6312.44,
              idempotency_key: 'PD063318-01',
            },
            result: {
              error:
                'payments-gw 504 Gateway Timeout after 30000ms; no payment record created for key PD063318-01',
            },
          },
          {
            call: 'issue_eft',
            args: {
              claim: 'PD-2027-063318',
              payee: 'Lone Star Collision Center',
              amount: 6312.44,
              idempotency_key: 'PD063318-01',
            },
            result:
              '{"payment_id": "PMT-8830417", "status": "RELEASED", "amount": 6312.44, "settles": "2027-02-12", "key": "PD063318-01"}',
          },
          {
            say: 'Paid: PMT-8830417, $6,312.44 EFT to Lone Star Collision Center, settles 02/12. The first call hit a 504 (no record created); retried with the same key PD063318-01, released once.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'hired-auto-ror-letter-cites-right-form-on-second-pass',
    title:
      'Coverage counsel sends the reservation-of-rights letter back once for citing the wrong business auto form edition; the drafter corrects it and counsel approves',
    domain: 'US commercial auto coverage',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: one REVISE round with a real change, then approval',
    request:
      'Claim CA-27-01552, policy BAP-7702291 (Sorensen Landscaping LLC, Des Moines IA). Employee driving his own pickup on a job run hit a parked car 01/22/2027; symbol 1 is not on the policy, symbols 7, 8, 9 are. Send the insured a reservation of rights letter this week citing the correct form.',
    topology: {
      shape: 'pipeline',
      order: ['ror_letter_drafter', 'coverage_counsel', 'claims_mailroom'],
      loop: { from: 'coverage_counsel', to: 'ror_letter_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'ror_letter_drafter',
        description: 'Drafts coverage position letters',
        instructions: 'Draft the letter, or revise it following counsel’s notes.',
        prompt: 'Input:\n{input}\n\nClaim: {request}',
        replies: [
          {
            say: 'Draft ROR v1 — CA-27-01552\nDear Mr Sorensen, we are investigating the 01/22/2027 accident under Business Auto Policy BAP-7702291 (form CA 00 01 10 13). The pickup is owned by your employee and may qualify only under symbol 9 (non-owned autos) … We reserve all rights under Section II, Covered Autos Liability.',
          },
          {
            say: 'Draft ROR v2 — CA-27-01552\nDear Mr Sorensen, we are investigating the 01/22/2027 accident under Business Auto Policy BAP-7702291 (**form CA 00 01 11 20**). The pickup is owned by your employee and may qualify only under symbol 9 (non-owned autos); coverage for the employee as an insured is limited by Section II.A.1.b(2) … We reserve all rights under Section II, Covered Autos Liability Coverage.',
          },
        ],
      },
      {
        name: 'coverage_counsel',
        description: 'Reviews coverage letters',
        instructions: 'Answer "APPROVED: <summary>" or "REVISE: <notes>".',
        prompt: 'Letter:\n{input}',
        replies: [
          {
            say: 'REVISE: BAP-7702291 was issued on the 11/20 edition (CA 00 01 11 20), not 10/13. Fix the form cite and add the employee-as-insured limitation (II.A.1.b(2)).',
          },
          {
            say: 'APPROVED: v2 cites CA 00 01 11 20 and the II.A.1.b(2) limitation; symbol 9 analysis fine. OK to send.',
          },
        ],
      },
      {
        name: 'claims_mailroom',
        description: 'Sends approved letters',
        instructions: 'Send approved letters and confirm.',
        prompt: 'Counsel outcome:\n{input}',
        replies: [
          {
            call: 'send_letter',
            args: { claim: 'CA-27-01552', doc: 'ROR v2', method: 'certified mail + email' },
            result:
              'SENT 2027-02-09 certified 9407 1118 9876 5401 2233 77; email copy to sorensenlandscaping@example.com',
          },
          {
            say: 'ROR v2 for CA-27-01552 sent 02/09/2027 by certified mail (9407 1118 9876 5401 2233 77) and email.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'storm-ilse-midlands-desk-sets-aside-pre-event-claim',
    title:
      'The Midlands desk leaves one roof claim out of the Storm Ilse reserve because its date of loss is five days before the event window, exactly as its brief says, and lists it separately',
    domain: 'UK property storm event reserving',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task: a worker drops a claim, following a constraint of its own brief',
    request:
      'Storm Ilse, 07–09/02/2027. Reserve every storm claim notified so far across the North, Midlands and South desks, net of the policy storm excess, DOL inside 07/02–09/02 only (anything else goes back to BAU handling, listed separately). Event figure needed for the reinsurance notification.',
    topology: {
      shape: 'fanout',
      planner: 'storm_event_planner',
      workers: ['desk_north', 'desk_midlands', 'desk_south'],
      aggregator: 'event_notification_writer',
    },
    agents: [
      {
        name: 'storm_event_planner',
        description: 'Plans storm event reserving across desks',
        instructions: 'Write one brief per desk.',
        replies: [
          {
            plan: {
              desk_north:
                'Storm Ilse: reserve all storm claims with DOL 07/02–09/02/2027 net of storm excess; list any outside the window separately (BAU). Return count + total.',
              desk_midlands:
                'Storm Ilse: reserve all storm claims with DOL 07/02–09/02/2027 net of storm excess; list any outside the window separately (BAU). Return count + total.',
              desk_south:
                'Storm Ilse: reserve all storm claims with DOL 07/02–09/02/2027 net of storm excess; list any outside the window separately (BAU). Return count + total.',
            },
          },
        ],
      },
      {
        name: 'desk_north',
        description: 'North property claims desk',
        instructions: 'Reserve per the brief.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'reserve_storm_claims',
            args: { desk: 'NORTH', event: 'ILSE', dol_from: '2027-02-07', dol_to: '2027-02-09' },
            result: '{"in_window": 14, "outside_window": [], "net_reserve_gbp": 96310.00}',
          },
          { say: 'North: 14 Ilse claims, net reserve £96,310.00. None outside the window.' },
        ],
      },
      {
        name: 'desk_midlands',
        description: 'Midlands property claims desk',
        instructions: 'Reserve per the brief.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'reserve_storm_claims',
            args: { desk: 'MIDLANDS', event: 'ILSE', dol_from: '2027-02-07', dol_to: '2027-02-09' },
            result:
              '{"in_window": 9, "net_reserve_gbp": 58725.50, "outside_window": [{"claim": "HM-27-02291", "dol": "2027-02-02", "cause": "roof tiles displaced", "est_gbp": 2140.00}]}',
          },
          {
            say: 'Midlands: 9 Ilse claims, net reserve £58,725.50.\nSet aside (BAU, not Ilse): HM-27-02291, roof tiles, DOL 02/02/2027 — before the 07/02 window, est £2,140.',
          },
        ],
      },
      {
        name: 'desk_south',
        description: 'South property claims desk',
        instructions: 'Reserve per the brief.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'reserve_storm_claims',
            args: { desk: 'SOUTH', event: 'ILSE', dol_from: '2027-02-07', dol_to: '2027-02-09' },
            result: '{"in_window": 6, "outside_window": [], "net_reserve_gbp": 31480.00}',
          },
          { say: 'South: 6 Ilse claims, £31,480.00 net.' },
        ],
      },
      {
        name: 'event_notification_writer',
        description: 'Writes reinsurance event notifications',
        instructions: 'Combine the desks into the event figure.',
        prompt: 'Desk returns:\n{input}',
        replies: [
          {
            say: '### Storm Ilse (07–09/02/2027) — event reserve for RI notification\n| desk | claims | net reserve |\n|---|---|---|\n| North | 14 | £96,310.00 |\n| Midlands | 9 | £58,725.50 |\n| South | 6 | £31,480.00 |\n| **total** | **29** | **£186,515.50** |\n\nExcluded: HM-27-02291 (DOL 02/02, outside the event window) — BAU handling.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'roundabout-outlay-claim-transferred-and-sent-to-tp-insurer',
    title:
      'The liability assessor finds the third party 100 % at fault and transfers to the subrogation desk, which sends the £8,600.20 outlay claim to the TP insurer',
    domain: 'UK motor third-party recovery',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf: 'lost_message: an agent says it is passing the recovery on, and the transfer really happens',
    request:
      'Our insured Mr Callum Reid (policy QM-MTR-7730412, 2020 VW Golf, SK20 RHY) was hit at the Tesco roundabout in Stockport on 18/01/2027. Repairs paid £7,480.20, hire £1,120.00. Dashcam footage on file. Recover our outlay from the third party’s insurer.',
    topology: {
      shape: 'swarm',
      entry: 'fnol_handler',
      agents: ['fnol_handler', 'liability_assessor', 'subrogation_desk'],
    },
    agents: [
      {
        name: 'fnol_handler',
        description: 'Handles first notification of loss and claim set-up',
        instructions: 'Confirm the claim details and the third party insurer, then pass to liability.',
        replies: [
          {
            call: 'mid_lookup',
            args: { vrm: 'YD68 PLK', date: '2027-01-18' },
            result:
              '{"vrm": "YD68 PLK", "insurer": "Pennine Direct Insurance", "policy": "PDI-88120457", "status": "insured on date"}',
          },
          {
            handoff: 'liability_assessor',
            message:
              'Claim QM-MTR-7730412 / Reid, DOL 18/01/2027, Stockport. TP YD68 PLK insured by Pennine Direct (PDI-88120457). Outlay: repairs £7,480.20 + hire £1,120.00. Dashcam on file — please assess liability.',
          },
        ],
      },
      {
        name: 'liability_assessor',
        description: 'Assesses motor liability',
        instructions: 'Assess liability; if recoverable, transfer to the subrogation desk.',
        replies: [
          {
            call: 'review_dashcam',
            args: { claim: 'QM-MTR-7730412', file: 'dashcam_20270118_0832.mp4' },
            result:
              '{"finding": "TP enters roundabout against priority from the left at approx 24 mph; insured already on roundabout", "tp_fault_pct": 100}',
          },
          {
            handoff: 'subrogation_desk',
            message:
              'Liability: TP 100 % (dashcam — entered roundabout without giving way). Recover full outlay £8,600.20 (repairs £7,480.20 + hire £1,120.00) from Pennine Direct, PDI-88120457.',
          },
        ],
      },
      {
        name: 'subrogation_desk',
        description: 'Pursues recoveries from third-party insurers',
        instructions: 'Send the outlay claim and report.',
        replies: [
          {
            call: 'send_outlay_claim',
            args: {
              claim: 'QM-MTR-7730412',
              tp_insurer: 'Pennine Direct Insurance',
              tp_policy: 'PDI-88120457',
              amount_gbp: 8600.2,
            },
            result:
              '{"recovery_ref": "REC-27-04418", "sent": "2027-02-10T10:14", "channel": "insurer portal", "response_due": "2027-03-10"}',
          },
          {
            say: '**Recovery opened — REC-27-04418**\n- TP insurer: Pennine Direct (PDI-88120457), liability 100 % (dashcam)\n- Outlay claimed **£8,600.20** (repairs £7,480.20, hire £1,120.00)\n- Sent 10/02/2027 via insurer portal, response due 10/03/2027',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'courier-fleet-quote-terse-table-all-terms-present',
    title:
      'The fleet underwriter answers in a clipped one-line-per-term table; every term the broker needs is there and correct, and the quote writer expands it',
    domain: 'UK commercial motor fleet quotes',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: a terse, abbreviated underwriting answer that is nonetheless complete and accurate',
    request:
      'New business quote for Swiftline Couriers Ltd (Warrington), 23 vehicles (19 vans up to 3.5t, 4 rigid HGVs), comprehensive, any driver over 21, inception 15/03/2027. 3-year claims: 7 claims, £61,900 paid. Please quote via Tanner Mills Insurance Brokers.',
    topology: {
      shape: 'branch',
      classifier: 'motor_quote_triage',
      routes: { 'motor-fleet': 'fleet_underwriter', 'single-vehicle': 'private_car_rater' },
      after: 'broker_quote_writer',
    },
    agents: [
      {
        name: 'motor_quote_triage',
        description: 'Routes motor quote requests',
        instructions: 'Label the request motor-fleet or single-vehicle.',
        replies: [{ say: 'motor-fleet (23 vehicles, mixed vans/HGV, Swiftline Couriers Ltd)' }],
      },
      {
        name: 'private_car_rater',
        description: 'Rates single private cars',
        instructions: 'Rate single vehicles.',
        replies: [{ say: 'Nothing to rate.' }],
      },
      {
        name: 'fleet_underwriter',
        description: 'Underwrites motor fleets',
        instructions: 'Rate the fleet and give the terms.',
        prompt: 'Triage: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'rate_fleet',
            args: {
              insured: 'Swiftline Couriers Ltd',
              vehicles: 23,
              vans: 19,
              hgv: 4,
              cover: 'comp',
              min_age: 21,
              claims_paid_3y: 61900,
            },
            result:
              '{"quote": "FLT-Q-27-0412", "premium_gbp": 38760.00, "ipt_gbp": 4651.20, "total_gbp": 43411.20, "ad_excess_van": 500, "ad_excess_hgv": 1000, "young_driver_excess_under25": 250, "windscreen_excess": 100, "subjectivities": ["telematics fitted to HGVs within 60 days"], "valid_until": "2027-03-15", "loss_ratio_3y": 0.41}',
          },
          {
            say: 'FLT-Q-27-0412 | 23 veh comp, any drv 21+ | LR 3y 41% | prem £38,760.00 + IPT £4,651.20 = £43,411.20 | AD xs £500 van / £1,000 HGV | +£250 drv <25 | w/screen £100 | subj: HGV telematics ≤60d | valid to 15/03/27',
          },
        ],
      },
      {
        name: 'broker_quote_writer',
        description: 'Writes quotes to brokers',
        instructions: 'Send the quote to the broker in full.',
        prompt: 'Underwriter terms:\n{input}',
        replies: [
          {
            say: 'Dear Tanner Mills,\n\n**Swiftline Couriers Ltd — motor fleet quote FLT-Q-27-0412** (inception 15/03/2027)\n\n- Cover: comprehensive, 23 vehicles (19 vans, 4 rigid HGVs), any driver aged 21+\n- Premium £38,760.00 + IPT £4,651.20 = **£43,411.20**\n- Accidental damage excess: £500 per van, £1,000 per HGV; additional £250 for drivers under 25; windscreen £100\n- Subject to telematics fitted to the 4 HGVs within 60 days of inception\n- Quote valid until 15/03/2027\n\nKind regards, Fleet Underwriting',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch65Scenarios = [...faults, ...healthy];
