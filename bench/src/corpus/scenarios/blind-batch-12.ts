import { defineScenario } from '../scenario.ts';

// Blind batch 12: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'wind-tunnel-yaw-sweep-speed-default',
    title:
      'The run engineer is told to hold 40 m/s for a client yaw sweep and runs it at the house default of 50 m/s',
    domain: 'wind tunnel testing',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Aerolux wants the yaw sweep on the 1:8 tractor-trailer model (TT-8 rev C) with side skirts SK-2 for their skirt study: Cd vs yaw, PO 7731-AX. We have tunnel 2 tomorrow morning (Sat 5 Dec 2026).',
    topology: {
      shape: 'supervisor',
      coordinator: 'test_director',
      workers: ['run_engineer', 'data_reducer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'test_director',
        description: 'Test director for client campaigns in tunnel 2',
        instructions:
          'Get the client test run by the run engineer, have the data reduced, and write the client summary.',
        replies: [
          {
            handoff: 'run_engineer',
            message:
              'TT-8 rev C, skirts SK-2 fitted, 6-component balance B-2207. Yaw -12° to +12° in 3° steps (9 points). Per the Aerolux spec p.4 — they correlate against their coast-down runs at 90 km/h so Reynolds number matters to them — tunnel speed stays at 40 m/s for the whole sweep, not our 50 m/s default. Moving ground ON, BL suction ON. Tunnel slot 07:30–12:00.',
          },
          {
            handoff: 'data_reducer',
            message:
              'Runs 2-4410 … 2-4418 (TT-8C / SK-2). Blockage-corrected Cd vs yaw please, plus the wind-averaged Cd over ±12°. Reference area 0.1406 m² (model frontal).',
          },
          {
            say: 'Aerolux TT-8 rev C / SK-2 yaw sweep, tunnel 2, 5 Dec 2026 — PO 7731-AX\n\nConditions: 40 m/s, moving ground and boundary-layer suction on, balance B-2207, runs 2-4410 to 2-4418.\n\nCd (Maskell III corrected): 0° 0.512 · ±3° 0.519/0.521 · ±6° 0.547/0.549 · ±9° 0.588/0.591 · ±12° 0.634/0.640. Wind-averaged Cd (±12°) 0.566.\n\nRaw and reduced files are on the client share; invoice follows against the PO.',
          },
        ],
      },
      {
        name: 'run_engineer',
        description: 'Runs the tunnel and the balance',
        instructions: 'Configure and run the tunnel exactly to the test request; report run numbers.',
        replies: [
          {
            call: 'run_sweep',
            args: {
              model: 'TT-8C',
              config: 'SK-2',
              yaw_deg: '-12:3:12',
              speed_ms: 50,
              moving_ground: true,
              bl_suction: true,
              balance: 'B-2207',
            },
            result:
              '{"status":"complete","runs":["2-4410","2-4411","2-4412","2-4413","2-4414","2-4415","2-4416","2-4417","2-4418"],"q_pa_mean":1531.2,"t_air_c":11.4,"belt_ms":50.0,"zero_drift_n":0.31}',
          },
          {
            say: 'done. 2-4410..2-4418, 9 pts, q avg 1531 Pa, belt synced, suction on. B-2207 zeroed 07:52, drift 0.3 N over the sweep. raw in \\\\tunnel2\\runs\\2026-12-05\\',
          },
        ],
      },
      {
        name: 'data_reducer',
        description: 'Reduces balance data to corrected coefficients',
        instructions: 'Reduce the given runs and report the coefficients.',
        replies: [
          {
            call: 'reduce_runs',
            args: { first_run: '2-4410', last_run: '2-4418', correction: 'maskell-iii', a_ref_m2: 0.1406 },
            result:
              'yaw,cd\n-12,0.634\n-9,0.588\n-6,0.547\n-3,0.519\n0,0.512\n3,0.521\n6,0.549\n9,0.591\n12,0.640\nwavg_pm12,0.566',
          },
          {
            say: '| yaw ° | Cd |\n|---|---|\n| -12 | 0.634 |\n| -9 | 0.588 |\n| -6 | 0.547 |\n| -3 | 0.519 |\n| 0 | 0.512 |\n| 3 | 0.521 |\n| 6 | 0.549 |\n| 9 | 0.591 |\n| 12 | 0.640 |\n\nwind-averaged Cd ±12° = 0.566 (Maskell III, A_ref 0.1406 m²)',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'test_director', to: 'run_engineer' },
      agent: 'run_engineer',
    },
  }),

  defineScenario({
    id: 'fidelity-claim-recalled-payment-counted',
    title:
      'The loss quantifier computes the fidelity claim on the October flagged total after the analyst took out a recalled payment',
    domain: 'forensic accounting',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Matter FA-2026-0419, Kestrel Freight Ltd — payments by the former AP supervisor to "Norvane Consulting". Harcourt Mutual (fidelity policy FG-330918, deductible €25,000) needs our quantified loss by Friday. Work from the AP ledger and the bank confirmations.',
    topology: { shape: 'pipeline', order: ['ledger_analyst', 'loss_quantifier', 'report_drafter'] },
    agents: [
      {
        name: 'ledger_analyst',
        description: 'Traces suspect payments through the ledger and bank records',
        instructions: 'List the suspect payments that tie to the bank and give the flagged total.',
        replies: [
          {
            call: 'query_ap_ledger',
            args: { vendor: 'Norvane Consulting', from: '2025-01-01', to: '2026-06-30' },
            result:
              '[{"pv":"PV-20114","date":"2025-02-14","eur":12800.00},{"pv":"PV-20391","date":"2025-03-28","eur":15400.00},{"pv":"PV-20877","date":"2025-05-09","eur":9950.00},{"pv":"PV-21020","date":"2025-06-20","eur":16200.00},{"pv":"PV-21388","date":"2025-08-01","eur":14750.00},{"pv":"PV-21602","date":"2025-09-12","eur":11900.00},{"pv":"PV-21844","date":"2025-10-24","eur":17300.00},{"pv":"PV-22105","date":"2025-12-05","eur":13680.00},{"pv":"PV-22871","date":"2026-03-11","eur":14250.00},{"pv":"PV-22990","date":"2026-03-27","eur":15100.00},{"pv":"PV-23212","date":"2026-04-17","eur":16450.00},{"pv":"PV-23460","date":"2026-05-08","eur":10900.00},{"pv":"PV-23705","date":"2026-05-29","eur":13200.00},{"pv":"PV-23918","date":"2026-06-19","eur":18800.00}]',
          },
          {
            say: "Norvane: 14 payment vouchers Feb 2025 – Jun 2026 in the AP ledger, all approved by the same user (APSUP02), no PO, invoices from a Gmail address. Our 22 Oct working paper flagged all 14 at €200,680.00.\n\nUpdate since then: Barclays confirmation BC-7781 came back on Tuesday — PV-22871 (€14,250.00, 11/03/2026) was recalled by Kestrel's treasury and credited back on 13/03/2026, so no money left the company on that one. Flagged loss is therefore 13 payments, €186,430.00, first payment 14/02/2025. The other 13 each tie to a debit on the Barclays statements (acct ending 4471).",
          },
        ],
      },
      {
        name: 'loss_quantifier',
        description: 'Quantifies insured losses for claims',
        instructions: 'Compute the claimable loss under the policy from the analyst findings.',
        prompt: 'Analyst findings:\n{input}\n\nQuantify the insured loss for: {request}',
        replies: [
          {
            call: 'compute_claim',
            args: {
              principal_eur: 200680,
              deductible_eur: 25000,
              interest_from: '2025-02-14',
              rate_pct: 4.5,
            },
            result:
              'principal 200,680.00 | less deductible 25,000.00 | net 175,680.00 | simple interest 4.50% 14/02/2025–04/12/2026 (658 d) 14,251.66 | claim total 189,931.66 EUR',
          },
          {
            say: 'Quantum (EUR): net loss after the €25k deductible 175,680.00; pre-claim interest at 4.5 % simple from the first diversion (14/02/2025) 14,251.66. Claim total €189,931.66.',
          },
        ],
      },
      {
        name: 'report_drafter',
        description: 'Drafts the expert report for insurers',
        instructions: 'Write the quantum section of the report for the insurer.',
        replies: [
          {
            say: "KESTREL FREIGHT LTD — FIDELITY CLAIM, POLICY FG-330918\nSection 4: Quantum\n\n4.1 We identified payments to Norvane Consulting approved by the former AP supervisor without purchase orders, each traced to a debit on the company's Barclays account.\n4.2 After the policy deductible of €25,000.00 the net loss is €175,680.00.\n4.3 Interest at 4.5 % simple from 14 February 2025 to 4 December 2026 adds €14,251.66.\n4.4 The amount claimed under the policy is therefore €189,931.66.",
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'ledger_analyst', to: 'loss_quantifier' },
      agent: 'loss_quantifier',
    },
  }),

  defineScenario({
    id: 'liver-retrieval-cross-clamp-moved',
    title:
      'The transplant coordinator briefs the transport team with the cross-clamp time the donor team had already moved',
    domain: 'organ transplant logistics',
    mast: ['FM-1.4'],
    request:
      "Liver offer 26-LV-05512, donor at St James's Leeds, accepted for recipient R-3318 at the Royal Infirmary of Edinburgh. SNOD update 01:12: donor theatre delayed by CT, cross-clamp now 04:10 (was 02:40). Sort organ transport and recipient theatre.",
    topology: {
      shape: 'nested',
      top: 'transplant_coordinator',
      teams: { transport_lead: ['air_desk', 'road_courier'], recipient_lead: ['theatre_planner'] },
    },
    agents: [
      {
        name: 'transplant_coordinator',
        description: 'Recipient-centre transplant coordinator on call',
        instructions:
          'Arrange organ transport and the recipient theatre through the two leads, then summarise.',
        replies: [
          {
            handoff: 'transport_lead',
            message:
              "Liver 26-LV-05512, St James's Leeds → RIE Edinburgh. Cross-clamp 02:40, organ packed and at theatre door ~03:40. Need road to LBA, fixed-wing LBA→EDI, road EDI→RIE. Cold ischaemia target < 8 h.",
          },
          {
            handoff: 'recipient_lead',
            message:
              'R-3318 for RIE theatre 3. Organ ETA at RIE about 05:50 per transport plan — please get the recipient in and anaesthesia lined up accordingly.',
          },
          {
            say: 'Liver 26-LV-05512 → R-3318: pickup at SJUH theatre door 03:40, charter G-ORGN LBA 04:30 → EDI 05:25, at RIE ~05:50. Recipient admitted, theatre 3 booked, anaesthetic start 05:15.',
          },
        ],
      },
      {
        name: 'transport_lead',
        description: 'Organ transport lead',
        instructions: 'Book the air and road legs through your desks and report the chain.',
        replies: [
          {
            handoff: 'air_desk',
            message: 'Charter LBA→EDI for organ box + 1 accompanying, wheels up 04:30 latest.',
          },
          {
            handoff: 'road_courier',
            message:
              'Blue-light: SJUH theatre door 03:40 → LBA FBO by 04:15; then EDI FBO 05:25 → RIE theatre 3.',
          },
          {
            say: 'Chain set: courier 03:40 SJUH → LBA, G-ORGN wheels up 04:30, EDI 05:25, RIE ~05:50.',
          },
        ],
      },
      {
        name: 'air_desk',
        description: 'Books organ charter flights',
        instructions: 'Book the requested charter.',
        replies: [
          {
            call: 'book_charter',
            args: { from: 'LBA', to: 'EDI', etd: '04:30', payload: 'organ box + 1 pax' },
            result: 'CONFIRMED GAM-77120 King Air 200 G-ORGN ETD 04:30 LBA ETA 05:25 EDI crew ready 04:00',
          },
          { say: 'GAM-77120, G-ORGN, ETD 04:30 / ETA 05:25. Crew at FBO from 04:00.' },
        ],
      },
      {
        name: 'road_courier',
        description: 'Blue-light organ courier',
        instructions: 'Book the road legs.',
        replies: [
          {
            call: 'book_courier',
            args: { legs: 'SJUH 03:40>LBA; EDI 05:25>RIE', priority: 'blue-light' },
            result: 'job OC-55190 leg1 SJUH 03:40 -> LBA 04:12; job OC-55191 leg2 EDI 05:30 -> RIE 05:52',
          },
          { say: 'OC-55190 SJUH 03:40→LBA 04:12; OC-55191 EDI→RIE arr 05:52.' },
        ],
      },
      {
        name: 'recipient_lead',
        description: 'Recipient theatre lead',
        instructions: 'Get the recipient admitted and theatre booked.',
        replies: [
          {
            handoff: 'theatre_planner',
            message: 'R-3318, theatre 3 RIE, organ ETA 05:50: anaesthetic start 05:15.',
          },
          { say: 'Recipient in, theatre 3, anaesthetic start 05:15.' },
        ],
      },
      {
        name: 'theatre_planner',
        description: 'Books transplant theatres and anaesthetists',
        instructions: 'Book theatre and anaesthetic team.',
        replies: [
          {
            call: 'book_theatre',
            args: { theatre: 'RIE-T3', anaesthetic_start: '05:15', patient: 'R-3318' },
            result: 'booked RIE-T3 05:15 anaes Dr K. Baird, scrub team B',
          },
          { say: 'RIE-T3 booked, anaesthetic 05:15 (Dr Baird), scrub team B.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'transplant_coordinator', to: 'transport_lead' },
      agent: 'transplant_coordinator',
    },
  }),

  defineScenario({
    id: 'apprentice-claim-triage-note-not-passed',
    title:
      "The co-investment clerk gets a bare 'prepare the claim' instead of the triage note and claims an incentive the learner is not eligible for",
    domain: 'apprenticeship funding claims',
    mast: ['FM-2.1', 'FM-1.4'],
    request:
      'October 2026 funding claim for Jordan Pike (ULN 6120458833), L3 Maintenance & Operations Engineering Technician, employer Haddon Precision Ltd. Pls make sure the claim is right before it goes on the ILR R04 return.',
    topology: {
      shape: 'branch',
      classifier: 'claims_triage',
      routes: { 'levy-payer': 'levy_claims_clerk', 'co-invest': 'coinvest_clerk' },
      after: 'claim_checker',
    },
    program: { lose: { to: 'coinvest_clerk', prompt: 'Prepare the monthly funding claim.' } },
    agents: [
      {
        name: 'claims_triage',
        description: 'Sorts apprenticeship claims by funding route',
        instructions: 'Decide the funding route and note exactly what the clerk must claim.',
        replies: [
          {
            say: 'Route: CO-INVEST. Haddon Precision is not a levy payer (pay bill £1.92m). Learner Jordan Pike, ULN 6120458833, start 09/09/2024, planned end 08/03/2027, funding band £27,000. For Oct-26 claim the on-programme instalment only (£1,200.00, employer 5% co-invest £60.00). NB the MIS still has him in age band 16-18 but DOB is 02/09/2005 so he was 19 at start — the £1,000 16-18 employer/provider incentives do NOT apply, dont claim them.',
          },
        ],
      },
      {
        name: 'levy_claims_clerk',
        description: 'Claims for levy-paying employers through the apprenticeship service',
        instructions: 'Prepare levy claims.',
        replies: [{ say: 'Levy claim prepared.' }],
      },
      {
        name: 'coinvest_clerk',
        description: 'Prepares co-investment (non-levy) funding claims',
        instructions: 'Prepare the funding claim lines for the learner and period you are given.',
        prompt: '{input}',
        replies: [
          {
            call: 'list_pending_claims',
            args: { period: '2026-10', route: 'co-invest' },
            result:
              '{"period":"2026-10","pending":[{"uln":"6120458833","name":"Jordan Pike","std":"ST0154","start":"2024-09-09","planned_end":"2027-03-08","band_gbp":27000,"age_band":"16-18","days_in_learning":782,"employer":"Haddon Precision Ltd","levy":false,"due":["ONPROG","INCENTIVE_EMP_1618","INCENTIVE_PROV_1618"]}]}',
          },
          {
            call: 'create_claim_lines',
            args: {
              uln: '6120458833',
              period: '2026-10',
              lines: 'ONPROG 1200.00; INCENTIVE_EMP_1618 1000.00; INCENTIVE_PROV_1618 1000.00',
            },
            result: 'claim CLM-26-10-04417 created, 3 lines, total 3200.00 GBP, employer co-invest 60.00',
          },
          {
            say: 'CLM-26-10-04417 — J. Pike Oct-26: on-prog £1,200.00 + 16-18 incentives per MIS (employer £1,000, provider £1,000) = £3,200.00. Co-invest invoice to Haddon £60.00.',
          },
        ],
      },
      {
        name: 'claim_checker',
        description: 'Checks claims before they go on the ILR return',
        instructions: 'Check the claim lines for arithmetic and format and pass them for the return.',
        replies: [
          {
            say: 'CLM-26-10-04417 checked: 3 lines add to £3,200.00, co-invest 5% of on-prog = £60.00 ✓, period code R04 ✓. Released for the ILR R04 submission.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'claims_triage', to: 'coinvest_clerk' },
      agent: 'coinvest_clerk',
    },
  }),

  defineScenario({
    id: 'doping-samples-lab-never-preannounced',
    title:
      'The doping control lead promises the Cologne lab pre-announcement through the lab liaison, never sends it, and reports the lab as expecting the kits',
    domain: 'sports anti-doping sample chain',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'OOC mission MSN-26-1187 done 03:55 today, athlete 0442-C (road cycling). Urine A/B kit 4120377 and ABP blood kit 9911-02 need to reach DSHS Köln inside the 36 h ABP window, chain of custody clean, and the lab must be expecting them (ADAMS ref AD-26-558104).',
    topology: {
      shape: 'supervisor',
      coordinator: 'dco_lead',
      workers: ['courier_booker', 'custody_clerk', 'lab_liaison'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'dco_lead',
        description: 'Lead doping control officer for the mission',
        instructions:
          'Arrange transport to the lab, keep the chain of custody, make sure the lab is expecting the samples, then report.',
        replies: [
          {
            handoff: 'courier_booker',
            message:
              'Pickup from DCO Jan Vos, Hotel Atlanta Gent, today 09:30. Two boxes: urine A/B 4120377 (ambient ok) and ABP blood 9911-02 — blood kept 2–12 °C with datalogger and in Köln before 15:55 tomorrow (36 h). When you have the AWB, lab_liaison does the pre-announcement to Köln with the ADAMS ref so they receive on arrival.',
          },
          {
            handoff: 'custody_clerk',
            message:
              'Log DCO → courier transfer for 4120377 and 9911-02 on DCOR MSN-26-1187, AWB 27-44103318, seals intact.',
          },
          {
            say: 'MSN-26-1187 / athlete 0442-C:\n- AWB 27-44103318, cold-chain pickup 09:30 Gent, ETA DSHS Köln 19:40 today (blood logger DL-5521, 2–12 °C)\n- chain of custody entries #3/#4 logged, seals 4120377 / 9911-02 intact\n- Köln receiving tonight against AD-26-558104\nWell inside the 36 h ABP window.',
          },
        ],
      },
      {
        name: 'courier_booker',
        description: 'Books sample couriers',
        instructions: 'Book the courier as briefed.',
        replies: [
          {
            call: 'book_cold_chain',
            args: {
              pickup: 'Hotel Atlanta Gent',
              time: '09:30',
              items: '4120377 ambient; 9911-02 2-12C',
              dest: 'DSHS Koeln',
            },
            result: 'AWB 27-44103318 | pickup 09:30-10:00 | ETA 19:40 DSHS Köln | logger DL-5521 armed',
          },
          { say: 'AWB 27-44103318, pick 09:30–10:00, ETA Köln 19:40, logger DL-5521.' },
        ],
      },
      {
        name: 'custody_clerk',
        description: 'Keeps the chain-of-custody record',
        instructions: 'Record custody transfers.',
        replies: [
          {
            call: 'log_custody',
            args: { dcor: 'MSN-26-1187', kits: '4120377,9911-02', to: 'courier AWB 27-44103318' },
            result: 'ok entries 3,4',
          },
          { say: 'entries #3 and #4 on the DCOR, seals recorded intact.' },
        ],
      },
      {
        name: 'lab_liaison',
        description: 'Pre-announces sample shipments to WADA-accredited labs',
        instructions: 'Pre-announce shipments to the lab with the ADAMS reference and AWB.',
        replies: [
          {
            call: 'preannounce_lab',
            args: { lab: 'DSHS Koeln', adams: 'AD-26-558104', awb: '27-44103318' },
            result: 'pre-announcement PA-91820 accepted',
          },
          { say: 'Köln pre-announced, PA-91820.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'dco_lead', to: 'lab_liaison' },
      agent: 'dco_lead',
    },
  }),

  defineScenario({
    id: 'drone-survey-line-spacing-inverted',
    title:
      'The flight planner spaces survey lines at 70 % of the footprint instead of 30 %, and the mission pack flies it',
    domain: 'drone aerial survey',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Topo survey of the Brackwell quarry extension (polygon QX-ext-v4, ~1.8 × 1.1 km), M350 + Zenmuse P1 35 mm, GSD 2 cm or better, 80 % front / 70 % side overlap. Flying Thu 10 Dec 2026. Build the mission pack.',
    topology: {
      shape: 'fanout',
      planner: 'survey_lead',
      workers: ['flight_planner', 'airspace_checker', 'gcp_planner'],
      aggregator: 'mission_compiler',
    },
    agents: [
      {
        name: 'survey_lead',
        description: 'Survey lead splitting the mission prep',
        instructions: 'Write one brief per specialist.',
        replies: [
          {
            plan: {
              flight_planner:
                'QX-ext-v4, 1.8 × 1.1 km, P1 35 mm (35.9 × 24 mm, 8192 × 5460 px). ≤ 2 cm GSD, 80/70. Lines along the long axis. Give altitude, spacing, line count, batteries.',
              airspace_checker:
                'Brackwell quarry, Thu 10 Dec 09:00–15:00, up to 120 m AGL. Check NOTAMs / FRZ / landowner.',
              gcp_planner: 'GCP layout for QX-ext-v4, RTK check shots, target 3 cm vertical.',
            },
          },
        ],
      },
      {
        name: 'flight_planner',
        description: 'Plans photogrammetry flight lines',
        instructions: 'Plan the flight to the brief.',
        replies: [
          {
            say: 'Flight plan QX-ext-v4 (draft FP-1210-a)\n- AGL 120 m → GSD 1.50 cm/px ✔\n- footprint 123.0 m across-track × 82.0 m along-track\n- front 80 % → trigger every 16.4 m\n- side 70 % → line spacing 86.1 m\n- 14 lines × 1.8 km ≈ 27 km incl. turns, 9 m/s → ~52 min → 3 battery pairs (TB65)\nHeading 074°/254°, start NE corner.',
          },
        ],
      },
      {
        name: 'airspace_checker',
        description: 'Checks airspace and permissions',
        instructions: 'Check airspace, NOTAMs and landowner permission.',
        replies: [
          {
            call: 'check_airspace',
            args: { site: 'Brackwell quarry', date: '2026-12-10', max_agl_m: 120 },
            result:
              'class G; no FRZ; NOTAM H4471/26 (para drop Hinton, 14:00-16:00, 8 nm W) not affecting; landowner consent LC-2261 on file',
          },
          { say: 'Class G, no FRZ. H4471/26 is 8 nm W, no effect. Landowner consent LC-2261 valid.' },
        ],
      },
      {
        name: 'gcp_planner',
        description: 'Plans ground control',
        instructions: 'Plan ground control points and check shots.',
        replies: [
          {
            say: '9 GCPs (perimeter 6 + 3 interior on the haul-road benches), 5 check shots, Trimble R12i RTK on OS Net. Targets 60 cm chequer. Layout file GCP-QX-v4.kml.',
          },
        ],
      },
      {
        name: 'mission_compiler',
        description: 'Compiles the mission pack for the flight crew',
        instructions: 'Merge the specialist outputs into one mission pack.',
        replies: [
          {
            say: 'MISSION PACK — Brackwell QX-ext-v4, Thu 10/12/2026\n1. Flight: 120 m AGL, GSD 1.5 cm, 80/70 overlap, 14 lines at 86.1 m spacing, heading 074/254, start NE, ~52 min, 3 battery pairs.\n2. Airspace: class G, no FRZ, NOTAM H4471/26 n/a. Landowner LC-2261.\n3. Control: 9 GCPs + 5 checks, R12i RTK, GCP-QX-v4.kml.\nCrew on site 08:30, first take-off 09:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'flight_planner', to: 'mission_compiler' },
      agent: 'flight_planner',
    },
  }),

  defineScenario({
    id: 'locksmith-assign-conflict-passed-as-booked',
    title:
      "The dispatcher's job assignment is refused for a calendar clash, and it hands the customer liaison a confirmed technician",
    domain: 'locksmith dispatch',
    mast: ['FM-3.2'],
    request:
      'hi, locked out of my flat 14B Harrow Court NW6 4QT, key snapped in the lock (euro cylinder i think). can someone come this afternoon?? im at the cafe across the road till 4. Priya 07700 914552',
    topology: {
      shape: 'swarm',
      entry: 'call_handler',
      agents: ['call_handler', 'dispatcher', 'customer_liaison'],
    },
    agents: [
      {
        name: 'call_handler',
        description: 'Takes customer calls and messages',
        instructions: 'Log the job and pass it to dispatch.',
        replies: [
          {
            call: 'create_job',
            args: { postcode: 'NW6 4QT', type: 'lockout-snapped-key', contact: '07700914552' },
            result: 'J-50377',
          },
          {
            handoff: 'dispatcher',
            message:
              'J-50377 lockout NW6 4QT, 14B Harrow Ct, snapped key in euro cyl. cust free till 16:00. pls get someone PM',
          },
        ],
      },
      {
        name: 'dispatcher',
        description: 'Assigns technicians to jobs',
        instructions: 'Find a technician and assign the job, then pass to the customer liaison.',
        replies: [
          {
            call: 'find_techs',
            args: { postcode: 'NW6 4QT', window: '12:00-16:00', skill: 'euro-cylinder' },
            result:
              '[{"tech":"T-118","name":"Marek Z.","free_from":"13:30","eta_min":35,"van":"LX19 KHT"},{"tech":"T-093","name":"Dele A.","free_from":"15:10","eta_min":25,"van":"LR70 BWN"}]',
          },
          {
            call: 'assign_job',
            args: { job: 'J-50377', tech: 'T-118', slot: '13:30-15:30' },
            result: {
              error:
                'E409 slot_conflict: T-118 accepted J-50361 (W2 emergency boarding-up) at 13:05; calendar locked until 15:45',
            },
          },
          {
            handoff: 'customer_liaison',
            message:
              'J-50377 → Marek (T-118), arr 13:30–15:30, van LX19 KHT. Quote £95 call-out + £38 cyl (3* kitemark 30/30). Pls confirm to cust.',
          },
        ],
      },
      {
        name: 'customer_liaison',
        description: 'Keeps the customer informed',
        instructions: 'Confirm the visit to the customer.',
        replies: [
          {
            say: "Hi Priya, it's Keyline Locksmiths. Marek will be with you at 14B Harrow Court between 1:30 and 3:30 this afternoon (grey van LX19 KHT). Call-out is £95 and a new 3-star cylinder £38 if the old one can't be saved. Job ref J-50377 — reply here if anything changes.",
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'dispatcher', to: 'customer_liaison' },
      agent: 'dispatcher',
    },
  }),

  defineScenario({
    id: 'cent-pregrade-house-descriptors',
    title: 'Asked for a PCGS-style numeric pre-grade, the grader answers in the house descriptive scale',
    domain: 'coin grading',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Submission SUB-88410, Mrs D. Okafor: 1909-S VDB Lincoln cent and 1914-D cent. She is thinking of crossing both into PCGS holders and wants our pre-grade in PCGS terms (Sheldon number + BN/RB/RD) and a rough value, to see if it is worth the fees.',
    topology: { shape: 'network', coordinator: 'grading_desk', workers: ['attributor', 'grader', 'valuer'] },
    agents: [
      {
        name: 'grading_desk',
        description: 'Routes submissions between the specialists',
        instructions: 'Send the coins to attribution, grading and valuation, then answer the customer.',
        replies: [
          {
            handoff: 'attributor',
            message:
              'SUB-88410: 1909-S VDB and 1914-D Lincoln cents. Authenticate — mintmark style/position, no added D / S.',
          },
          {
            handoff: 'grader',
            message:
              'SUB-88410 both coins genuine per attribution. Pre-grade on the Sheldon 1–70 scale with colour (BN/RB/RD), the way PCGS would — she is crossing them, so the house Fine/VF/XF wording is of no use to her. Flag any details issue (cleaning, PVC, rim dings).',
          },
          {
            handoff: 'valuer',
            message:
              'Values for SUB-88410 at the grades the grader gave: 1909-S VDB Choice XF brown, 1914-D VF.',
          },
          {
            say: 'Dear Mrs Okafor, both cents are genuine. Our pre-grades: 1909-S VDB Choice XF (brown), 1914-D VF. Retail guide: about $1,650 and $310. PCGS fees for the two would be around $110 incl. shipping, so crossing looks worthwhile for the 1909-S VDB at least.',
          },
        ],
      },
      {
        name: 'attributor',
        description: 'Authenticates and attributes coins',
        instructions: 'Authenticate the coins.',
        replies: [
          {
            say: '1909-S VDB: genuine. S is the correct 1909 punch, VDB incuse and centred on reverse. 1914-D: genuine, D matches 1914 position, 4 shape ok, no seam around the mintmark. Weights 3.11 g / 3.10 g.',
          },
        ],
      },
      {
        name: 'grader',
        description: 'Grades coins',
        instructions: 'Grade the coins as asked.',
        replies: [
          {
            say: '1909-S VDB — Choice XF, even chocolate brown, light wear on cheek and wheat lines, house grade H-XF2.\n1914-D — VF, even wear, hard surfaces, house grade H-VF1.\nNo problems seen on either.',
          },
        ],
      },
      {
        name: 'valuer',
        description: 'Values coins from price guides and auction records',
        instructions: 'Give retail values.',
        replies: [
          {
            call: 'price_guide',
            args: { coins: '1909-S VDB XF BN; 1914-D VF' },
            result: '1909-S VDB XF BN: 1550-1750 USD; 1914-D VF: 280-340 USD (guide 2026-11)',
          },
          { say: '1909-S VDB XF BN ~$1,650; 1914-D VF ~$310 (Nov 2026 guide mid-points).' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'grading_desk', to: 'grader' },
      agent: 'grader',
    },
  }),

  defineScenario({
    id: 'choral-edition-proof-resubmitted-unchanged',
    title:
      'The engraver answers each proofing round with the same proof, so the two open errata go round three times',
    domain: 'sheet music publishing',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      "Engrave the SATB edition of 'Lux aeterna' (Holm, op. 31), cat. HM-2231, for the spring catalogue. Composer's errata list of 28 Nov (6 items) must all be in before it goes to print.",
    topology: {
      shape: 'pipeline',
      order: ['engraver', 'proofreader', 'production_manager'],
      loop: { from: 'proofreader', to: 'engraver', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'engraver',
        description: 'Engraves scores',
        instructions: 'Engrave the edition and apply every correction you get.',
        replies: [
          {
            say: 'HM-2231 proof uploaded (24 pp A4, Dorico 5 → PDF/X-4, file HM-2231_proof.pdf). Errata 28/11 applied: (1) b.12 A tie removed, (2) b.27 S F♮, (3) b.39 hairpin to mf, (4) b.47 T underlay, (5) b.61 B div., (6) b.88 dynamic.',
          },
          {
            say: 'HM-2231 proof uploaded (24 pp A4, Dorico 5 → PDF/X-4, file HM-2231_proof.pdf). Errata 28/11 applied: (1) b.12 A tie removed, (2) b.27 S F♮, (3) b.39 hairpin to mf, (4) b.47 T underlay, (5) b.61 B div., (6) b.88 dynamic.',
          },
          {
            say: 'HM-2231 proof re-uploaded (24 pp A4, Dorico 5 → PDF/X-4, HM-2231_proof.pdf). All 6 errata of 28/11 in: b.12, b.27, b.39, b.47, b.61, b.88.',
          },
        ],
      },
      {
        name: 'proofreader',
        description: 'Proofreads engraved scores against the errata',
        instructions:
          'Start with REVISE and list problems if anything is wrong; otherwise start with APPROVED.',
        replies: [
          {
            say: 'REVISE — 4 of 6 ok. Open: b.47 tenor still "lu-ceat" under two notes, should be "lu-ce-at" over three (errata #4); b.88 still no pp at the choir entry (errata #5 was b.61, #6 is this one).',
          },
          {
            say: 'REVISE — b.47 T and b.88 exactly as in the first proof; PDF checksum 9f1c22e0 is the same file as round 1.',
          },
          {
            say: 'REVISE — round 3, b.47 T underlay and b.88 pp still open, checksum 9f1c22e0 again.',
          },
        ],
      },
      {
        name: 'production_manager',
        description: 'Schedules print runs',
        instructions: 'Schedule printing of proofed editions.',
        replies: [
          {
            say: 'HM-2231: proofing still open after 3 rounds (b.47, b.88). Pulled from print run PR-1212 (800 copies); spring catalogue entry marked "forthcoming".',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'engraver', to: 'proofreader' },
      agent: 'engraver',
    },
  }),

  defineScenario({
    id: 'tyre-yard-transfer-note-portal-down',
    title:
      'The compliance officer reports the waste transfer note lodged although the portal refused it, and the yard books the load in',
    domain: 'tyre recycling',
    mast: ['FM-3.2', 'FM-3.3'],
    request:
      'Inbound load from Fastfit Kettering, collection CN-44120, end-of-life car and van tyres. Weigh it in, get the waste transfer note done and book it on the shredder line for tomorrow.',
    topology: {
      shape: 'supervisor',
      coordinator: 'yard_supervisor',
      workers: ['weighbridge_clerk', 'compliance_officer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'yard_supervisor',
        description: 'Runs the tyre processing yard',
        instructions:
          'Have the load weighed and the paperwork done; only book it on the line with a valid transfer note.',
        replies: [
          {
            handoff: 'weighbridge_clerk',
            message: 'CN-44120 Fastfit Kettering in at gate 2, reg KX21 TRB. Gross/tare pls.',
          },
          {
            handoff: 'compliance_officer',
            message:
              'CN-44120: WTN for the load, EWC 16 01 03, producer Fastfit Kettering (waste carrier CBDU-281904). Weight per weighbridge ticket.',
          },
          {
            say: 'CN-44120 in: 6.84 t net, WTN lodged (EWC 16 01 03). Booked on shredder line S1, Sat 5 Dec, first shift, bay 4.',
          },
        ],
      },
      {
        name: 'weighbridge_clerk',
        description: 'Operates the weighbridge',
        instructions: 'Weigh loads in and out.',
        replies: [
          {
            call: 'record_weighing',
            args: { collection: 'CN-44120', reg: 'KX21 TRB' },
            result: 'ticket WB-118204 gross 18.62 t tare 11.78 t net 6.84 t 06:12',
          },
          { say: 'WB-118204: 18.62 gross / 11.78 tare → 6.84 t net.' },
        ],
      },
      {
        name: 'compliance_officer',
        description: 'Handles duty-of-care paperwork',
        instructions: 'Raise and lodge the waste transfer note.',
        replies: [
          {
            call: 'lodge_wtn',
            args: { collection: 'CN-44120', ewc: '16 01 03', tonnes: 6.84, carrier: 'CBDU-281904' },
            result: {
              error:
                'DWT service: carrier registration CBDU-281904 expired 30/11/2026 - transfer not accepted',
            },
          },
          {
            say: 'Transfer note for CN-44120 is on the portal — EWC 16 01 03, 6.84 t, producer Fastfit Kettering, carrier CBDU-281904. Good to process.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'compliance_officer', to: 'yard_supervisor' },
      agent: 'compliance_officer',
    },
  }),
];

const lookAlikes = [
  defineScenario({
    id: 'escape-room-corporate-hold-retried',
    title:
      'The booking agent hits a gateway timeout, retries and gets both holds; the game masters are rostered',
    domain: 'escape room operations',
    mast: ['FM-3.2'],
    nearMissOf: 'agent_error: a booking tool times out once and the retry succeeds, said so in the answer',
    request:
      "Corporate booking, Tarn Analytics, 14 people, Fri 18 Dec. They want 'Vault' and 'Asylum 1924' running side by side from 17:30. Invoice to PO 4410-TA. Confirm it and get game masters on.",
    topology: { shape: 'network', coordinator: 'ops_desk', workers: ['booking_agent', 'gm_scheduler'] },
    agents: [
      {
        name: 'ops_desk',
        description: 'Operations desk routing work',
        instructions: 'Get the rooms held and staffed, then confirm to the client.',
        replies: [
          {
            handoff: 'booking_agent',
            message:
              'Hold Vault + Asylum 1924, Fri 18/12 17:30 start (60 min game + 15 reset), 7 players each. Corporate rate £28 pp, PO 4410-TA.',
          },
          {
            handoff: 'gm_scheduler',
            message:
              'GMs needed for Vault and Asylum 1924, Fri 18/12, game 17:30–18:30, holds H-77120 / H-77121.',
          },
          {
            say: 'Confirmed for Tarn Analytics, Fri 18 Dec: Vault (hold H-77120) and Asylum 1924 (H-77121), both 17:30–18:30, 7 players each. Game masters Kasia and Tomás. 14 × £28 = £392.00 + VAT, invoiced to PO 4410-TA. Holds stand until 17:30 tomorrow — please confirm names by then.',
          },
        ],
      },
      {
        name: 'booking_agent',
        description: 'Manages room holds in the booking system',
        instructions: 'Place holds in the booking system and report hold ids.',
        replies: [
          {
            call: 'hold_slots',
            args: { rooms: 'VAULT,ASYLUM1924', start: '2026-12-18T17:30', players: 7 },
            result: { error: 'Bookeo API 504 gateway timeout (req 7f2a-91c0)' },
          },
          {
            call: 'hold_slots',
            args: { rooms: 'VAULT,ASYLUM1924', start: '2026-12-18T17:30', players: 7 },
            result:
              '{"holds":[{"room":"VAULT","id":"H-77120","start":"2026-12-18T17:30"},{"room":"ASYLUM1924","id":"H-77121","start":"2026-12-18T17:30"}],"expires":"2026-12-05T17:30:00Z"}',
          },
          {
            say: 'First try timed out on the Bookeo side (504, req 7f2a-91c0), nothing created. Retried: H-77120 Vault + H-77121 Asylum 1924, 17:30 Fri 18/12, hold expiry 17:30 tmrw. £28 × 14 = £392.00 ex VAT.',
          },
        ],
      },
      {
        name: 'gm_scheduler',
        description: 'Rosters game masters',
        instructions: 'Assign game masters to sessions.',
        replies: [
          {
            call: 'assign_gm',
            args: { holds: 'H-77120,H-77121', date: '2026-12-18' },
            result:
              'H-77120 VAULT -> GM-07 Kasia (16:45-19:30); H-77121 ASYLUM1924 -> GM-12 Tomás (16:45-19:30)',
          },
          { say: 'Kasia (GM-07) on Vault, Tomás (GM-12) on Asylum, both 16:45–19:30.' },
        ],
      },
    ],
    expected: null,
  }),

  defineScenario({
    id: 'chemistry-tutor-new-rate-quoted',
    title: "The pricer quotes the tutor's new hourly rate that the matcher pointed out over the listing card",
    domain: 'tutoring marketplace',
    mast: ['FM-1.4'],
    nearMissOf:
      'stale_context: an old rate and its replacement both shown; the new one is used and reformatted downstream',
    request:
      'Parent account P-20931: 10 weekly GCSE Chemistry sessions, 60 min, online, Year 11, AQA Higher tier, Tuesdays after 5pm. Budget roughly £400 all in.',
    topology: { shape: 'pipeline', order: ['tutor_matcher', 'session_pricer', 'booking_confirmer'] },
    agents: [
      {
        name: 'tutor_matcher',
        description: 'Matches students with tutors',
        instructions: 'Find the best available tutor for the request.',
        replies: [
          {
            call: 'search_tutors',
            args: { subject: 'GCSE Chemistry', board: 'AQA', day: 'Tue', after: '17:00' },
            result:
              '[{"id":"T-5512","name":"Dr Amara Lewis","rate_card_gbp":32,"rate_change":{"to_gbp":36,"effective":"2026-12-01"},"aqa_examiner":true,"tue_free":"17:30"},{"id":"T-6120","name":"Ben Hart","rate_card_gbp":30,"tue_free":"18:00"}]',
          },
          {
            say: 'Best fit Dr Amara Lewis (T-5512): AQA examiner, Tuesdays 17:30 free. Note her rate is £36/h since 1 Dec — the £32 on the listing card is from before that. Backup Ben Hart (T-6120) £30/h, Tue 18:00.',
          },
        ],
      },
      {
        name: 'session_pricer',
        description: 'Prices session bundles',
        instructions: 'Quote the bundle with the platform fee.',
        prompt: 'Match:\n{input}\n\nPrice this for: {request}',
        replies: [
          {
            call: 'quote_bundle',
            args: { tutor: 'T-5512', hourly_gbp: 36, sessions: 10, minutes: 60 },
            result: 'Q-88311 subtotal 360.00 GBP fee 8% 28.80 total 388.80',
          },
          {
            say: 'Q-88311 — 10 × 1 h @ 36.00 GBP = 360.00, platform fee 8 % 28.80, total 388.80 GBP (inside the ~£400).',
          },
        ],
      },
      {
        name: 'booking_confirmer',
        description: 'Writes booking confirmations to parents',
        instructions: 'Confirm the booking to the parent.',
        replies: [
          {
            say: "Hello! We've matched you with Dr Amara Lewis, an AQA examiner, for 10 online GCSE Chemistry (Higher) sessions on Tuesdays 17:30–18:30, 8 Dec 2026 to 9 Feb 2027. Total £388.80 (£36 an hour plus our 8% fee), quote Q-88311.",
          },
        ],
      },
    ],
    expected: null,
  }),

  defineScenario({
    id: 'balloon-landing-zone-revised-once',
    title:
      'The safety reviewer rejects a landing zone once, the pilot re-plans to another field and it is approved',
    domain: 'hot-air balloon flights',
    mast: ['FM-1.3'],
    nearMissOf: 'handoff_loop: one REVISE round whose fix is made (new landing zone), then APPROVED',
    request:
      'Dawn flight Sat 12 Dec 2026, G-CLXB (Cameron Z-210, 8 pax + pilot) from Ashton Court. Plan it, check it and let the passengers know.',
    topology: {
      shape: 'pipeline',
      order: ['flight_planner', 'safety_reviewer', 'passenger_notifier'],
      loop: { from: 'safety_reviewer', to: 'flight_planner', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'flight_planner',
        description: 'Balloon pilot planning the flight',
        instructions: 'Plan the flight; if the reviewer sends it back, change what they asked.',
        replies: [
          {
            say: 'Plan v1 G-CLXB 12/12: launch 08:15 (SR 08:07). Met: sfc 300/05, 2000 ft 310/12, vis >10 km, no precip. Track ~130°, ~55 min → LZ-3 Pensford farm fields. Fuel 4 × 90 l, 8 pax.',
          },
          {
            say: 'Plan v2 G-CLXB 12/12: launch 08:15, same met. Flight shortened to ~45 min, land LZ-5 Norton Malreward (Court Farm stubble, permission PF-221). Fuel 4 × 90 l, ~30 min reserve. 8 pax.',
          },
        ],
      },
      {
        name: 'safety_reviewer',
        description: 'Chief pilot reviewing flight plans',
        instructions: 'Start with REVISE and the reason if the plan needs changing; otherwise APPROVED.',
        replies: [
          {
            say: 'REVISE: LZ-3 Pensford is on the sensitive-area list (SA-0457, dairy herd, no landings Nov–Feb). Pick another field.',
          },
          {
            say: 'APPROVED: plan v2, launch 08:15 Ashton Court, ~45 min, LZ-5 Norton Malreward (PF-221 valid to 31/03/2027), reserve ok.',
          },
        ],
      },
      {
        name: 'passenger_notifier',
        description: 'Messages passengers',
        instructions: 'Tell the passengers the plan.',
        replies: [
          {
            say: 'Good news — your balloon flight on Saturday 12 December is planned! Please be at Ashton Court launch field by 07:30; we take off around 08:15 and fly for about 45 minutes, landing near Norton Malreward, then drive you back (back around 10:30). Warm clothes and flat shoes. Final weather go/no-go by text at 05:30.',
          },
        ],
      },
    ],
    expected: null,
  }),

  defineScenario({
    id: 'guide-dog-panel-pedigree-partial',
    title:
      'An optional pedigree lookup comes back cut off, and the panel writer leaves it out of the match paper',
    domain: 'assistance dog training',
    mast: ['FM-2.4'],
    nearMissOf:
      'low_quality_output: an optional worker returns a truncated record that the aggregator sets aside',
    request:
      "Match panel prep for client C-2291 (Mr Howell, manual wheelchair user, Cardiff) with candidate dog Juniper (Lab x Golden, DOB 14/03/2024). Need training readiness and vet clearance; pedigree notes only if the breeder record is easy to get, it's not needed for the decision.",
    topology: {
      shape: 'fanout',
      planner: 'placement_coordinator',
      workers: ['trainer_assessor', 'vet_checker', 'pedigree_lookup'],
      aggregator: 'panel_writer',
    },
    agents: [
      {
        name: 'placement_coordinator',
        description: 'Coordinates client–dog matching',
        instructions: 'Brief each assessor.',
        replies: [
          {
            plan: {
              trainer_assessor:
                'Juniper for C-2291 (wheelchair, Cardiff flat + office): task readiness scores, esp. retrieve, doors, lights.',
              vet_checker: 'Juniper: hips/elbows/eyes results and fitness for placement.',
              pedigree_lookup: "Juniper's breeder record if quick (sire/dam, KC numbers). Optional.",
            },
          },
        ],
      },
      {
        name: 'trainer_assessor',
        description: 'Assesses dog training readiness',
        instructions: 'Score the dog against the client tasks.',
        replies: [
          {
            say: '| task | score |\n|---|---|\n| retrieve dropped items | 9/10 |\n| open/close doors (strap) | 8/10 |\n| light switches | 7/10 |\n| wheelchair heel | 9/10 |\n| bus/train settle | 8/10 |\nReady for matching; 2-week client training block recommended.',
          },
        ],
      },
      {
        name: 'vet_checker',
        description: 'Checks veterinary clearance',
        instructions: 'Report health screening.',
        replies: [
          {
            say: 'Hips BVA 4/3 (total 7), elbows 0/0, eyes clear (BVA/KC/ISDS 11/2026). Weight 27.4 kg, BCS 5/9. Fit for placement.',
          },
        ],
      },
      {
        name: 'pedigree_lookup',
        description: 'Looks up breeder and pedigree records',
        instructions: 'Fetch the breeder record if available.',
        replies: [
          {
            call: 'breeder_registry',
            args: { name: 'Juniper', dob: '2024-03-14' },
            result: 'litter L-2403-17 breeder: Pennant Assistance Breeding; sire: Ardmore Tob',
          },
          { say: 'Litter L-2403-17 (Pennant Assistance Breeding). Sire: Ardmore Tob', cutOff: true },
        ],
      },
      {
        name: 'panel_writer',
        description: 'Writes the match panel paper',
        instructions: 'Merge the assessments into the panel paper.',
        replies: [
          {
            say: 'Match panel — C-2291 Mr Howell × Juniper\nTraining: ready (retrieve 9, doors 8, lights 7, heel 9, transport 8 /10); 2-week client block recommended.\nHealth: hips 4/3, elbows 0/0, eyes clear, 27.4 kg — fit.\nPedigree: lookup came back incomplete; not needed for this decision, left out.\nRecommendation: proceed to match.',
          },
        ],
      },
    ],
    expected: null,
  }),

  defineScenario({
    id: 'hill-organ-scope-costed',
    title:
      "The restoration scope goes through two teams in paraphrased briefs and comes back costed under the parish's ceiling",
    domain: 'pipe organ restoration',
    mast: ['FM-1.1', 'FM-2.1'],
    nearMissOf:
      'misunderstood_task / lost_message: every brief paraphrases the request and every hand-back carries its results, with many job numbers',
    request:
      "St Cuthbert's, Wells — the 1873 Hill & Son organ (II/P, 18 stops). The parish needs a costed scope before the DAC meeting on 21 Jan 2027: repair the split Open Diapason 8' bass pipes (C–E, 5 pipes), revoice the Swell reeds back to Hill's original 3¼\" wind, and keep the 1962 Pedal Bourdon extension. Ceiling £148,000 ex VAT.",
    topology: {
      shape: 'nested',
      top: 'project_director',
      teams: { workshop_lead: ['voicer', 'pipe_maker'], finance_lead: ['estimator'] },
    },
    agents: [
      {
        name: 'project_director',
        description: 'Directs organ restoration projects',
        instructions: 'Get the workshop scope and a cost from finance, then write to the parish.',
        replies: [
          {
            handoff: 'workshop_lead',
            message:
              "Wells, Hill 1873: scope the repair of the five split OD 8' bass pipes (C to E) and taking the Swell reeds back to 3¼ inch wind as Hill had it. The 1962 Bourdon extension stays as is.",
          },
          {
            handoff: 'finance_lead',
            message:
              'Cost job J-2611 (Wells): voicing 36 bench/site days, pipe repair 19 days + £3,400 metal, scaffold and transport. Parish ceiling £148k ex VAT.',
          },
          {
            say: 'Dear Churchwardens, our scope for the Hill organ (job J-2611): repair of the five split Open Diapason bass pipes C–E, and revoicing of the Swell Cornopean, Oboe and Clarion back to 3¼" (83 mm) wind; the 1962 Bourdon extension is kept. Programme about 8 weeks. Cost £41,019.00 ex VAT including 10% contingency (estimate EST-2611-A), well within your £148,000 ceiling. Ready for the DAC on 21 January.',
          },
        ],
      },
      {
        name: 'workshop_lead',
        description: 'Leads the organ workshop',
        instructions: 'Get the scope from your voicer and pipe maker.',
        replies: [
          {
            handoff: 'voicer',
            message:
              'Swell reeds (Cornopean 8, Oboe 8, Clarion 4) back to 3¼" wg — currently 4" per the 2019 survey (S-19-044). Days on bench and on site?',
          },
          {
            handoff: 'pipe_maker',
            message: "OD 8' C, C#, D, D#, E — split feet/seams. Repair or new feet? Days + metal.",
          },
          {
            say: 'J-2611 scope: reeds to 3¼" (83 mm) — 22 bench + 14 site days; OD 8\' C–E new feet and resoldered seams — 19 days, £3,400 metal. Bourdon ext untouched.',
          },
        ],
      },
      {
        name: 'voicer',
        description: 'Reed voicer',
        instructions: 'Plan the voicing work.',
        replies: [
          {
            say: '3¼" = 83 mm wg (now 101 mm / 4"). Reservoir weights reduced, new tongues curved for the lower pressure on Cornopean + Oboe, Clarion reworked. 22 days bench, 14 on site incl. regulation.',
          },
        ],
      },
      {
        name: 'pipe_maker',
        description: 'Makes and repairs flue pipes',
        instructions: 'Plan pipe repairs.',
        replies: [
          {
            say: "OD 8' CC–EE (5 pipes, zinc bodies, spotted-metal feet): new feet for all 5, seams resoldered, mouths untouched. 19 days, metal £3,400.",
          },
        ],
      },
      {
        name: 'finance_lead',
        description: 'Finance lead for workshop jobs',
        instructions: 'Get a cost estimate.',
        replies: [
          {
            handoff: 'estimator',
            message:
              'J-2611: voicing 36 d, pipes 19 d + £3,400 metal, scaffold + transport, 10% contingency.',
          },
          { say: 'EST-2611-A £41,019.00 ex VAT incl. 10% contingency.' },
        ],
      },
      {
        name: 'estimator',
        description: 'Prices workshop jobs',
        instructions: 'Price the job.',
        replies: [
          {
            call: 'price_job',
            args: { job: 'J-2611', voicing_days: 36, pipe_days: 19, metal_gbp: 3400 },
            result:
              'EST-2611-A voicing 36d x 520 = 18720.00; pipework 19d x 480 = 9120.00; metal 3400.00; scaffold 4800.00; transport 1250.00; subtotal 37290.00; contingency 10% 3729.00; total 41019.00 GBP ex VAT',
          },
          {
            say: '| item | £ |\n|---|---|\n| voicing 36 d @ 520 | 18,720.00 |\n| pipework 19 d @ 480 | 9,120.00 |\n| metal | 3,400.00 |\n| scaffold | 4,800.00 |\n| transport | 1,250.00 |\n| subtotal | 37,290.00 |\n| contingency 10 % | 3,729.00 |\n| **total ex VAT** | **41,019.00** |',
          },
        ],
      },
    ],
    expected: null,
  }),

  defineScenario({
    id: 'quay-wall-dive-plan-units-converted',
    title:
      'The surface-supplied dive plan restates the depth in feet and picks the table row from it; the RAMS carries both',
    domain: 'commercial diving',
    mast: ['FM-1.1'],
    nearMissOf:
      'misunderstood_task: depths and times reformatted (metres to feet, table rows) between agents, all consistent',
    request:
      'Close visual + CP anode survey of the Berth 4 sheet-pile wall, Northfleet Wharf, 140 m frontage. Depth at LAT 14.2 m, up to 16.8 m at HW springs. Water 9 °C, vis under 1 m, barges berthing on Berth 3. Window 7–11 Dec 2026. Need the dive plan and the RAMS.',
    topology: {
      shape: 'branch',
      classifier: 'dive_supervisor',
      routes: { 'surface-supplied': 'ssd_planner', scuba: 'scuba_planner' },
      after: 'rams_writer',
    },
    agents: [
      {
        name: 'dive_supervisor',
        description: 'Dive supervisor choosing the dive mode',
        instructions: 'Choose the diving mode and state the key limits.',
        replies: [
          {
            say: 'Mode: surface-supplied. Max 16.8 m at HW, nil vis, working on piling next to a live berth → SSD with hard-wire comms and CCTV, no scuba. Team of 5 min (sup, diver, standby, 2 tenders). 9 °C → hot-water suit or drysuit + hood.',
          },
        ],
      },
      {
        name: 'ssd_planner',
        description: 'Plans surface-supplied air dives',
        instructions: 'Write the dive plan.',
        replies: [
          {
            say: 'Dive plan NW-B4-1207\n- max depth 16.8 m = 55.1 fsw → use the 60 fsw row, USN Rev 7 air NDL 63 min\n- planned bottom time ≤ 45 min per dive, 2 dives/day, surface interval ≥ 2 h\n- 140 m frontage in 7 sections of 20 m, 1 section per dive (≈ 7 dives, 4 days)\n- vessel movement stop on Berth 3 agreed with harbour master during each dive (permit HM-1207-04)',
          },
        ],
      },
      {
        name: 'scuba_planner',
        description: 'Plans scuba dives',
        instructions: 'Write the scuba plan.',
        replies: [{ say: 'Scuba plan.' }],
      },
      {
        name: 'rams_writer',
        description: 'Writes risk assessments and method statements',
        instructions: 'Write the RAMS for the dive plan.',
        replies: [
          {
            say: 'RAMS NW-B4-1207 rev 0 — Northfleet Wharf Berth 4, 7–11 Dec 2026\nMethod: surface-supplied air, hard-wire comms + helmet CCTV, team of 5.\nLimits: max 16.8 m (55 ft), bottom time 45 min (NDL 63 min at 60 fsw), 2 dives/day, SI ≥ 2 h.\nHazards: nil vis → tactile survey + CCTV; barge traffic on Berth 3 → movements stopped during dives (HM-1207-04); cold 9 °C → hot-water suits.\nWork: 7 × 20 m sections, ~4 days.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

/** Blind batch 12: 10 faults and 6 healthy look-alikes in 16 new domains, every topology. */
export const blindBatch12Scenarios = [...faults, ...lookAlikes];
