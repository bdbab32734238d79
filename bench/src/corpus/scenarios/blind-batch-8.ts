import { defineScenario } from '../scenario.ts';

// Blind batch 8: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'crew-reserve-funchal-qualification-dropped',
    title:
      'Asked for reserve pilots holding the Funchal airport qualification, the roster agent picks the first two on home standby',
    domain: 'airline crew scheduling',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Both pilots of TP1689 Lisbon–Funchal (Sat 14 Feb 2027, STD 06:25 local, A320neo CS-TVH) have called in sick. Find replacement reserves and confirm the new crew to ops control.',
    topology: {
      shape: 'supervisor',
      coordinator: 'crew_controller',
      workers: ['reserve_roster_agent', 'duty_time_checker'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'crew_controller',
        description: 'Crew control duty manager for the Lisbon base',
        instructions:
          'Find replacement crew with your roster team, have duty limits checked, then confirm the crew change to operations control.',
        replies: [
          {
            handoff: 'reserve_roster_agent',
            message:
              'TP1689 LIS→FNC, Saturday 14/02/2027, STD 06:25 LT, A320neo CS-TVH. I need one captain and one first officer from the LIS reserve pool for a 05:25 report. Funchal (LPMA) is a Category C aerodrome: both pilots MUST hold a current LPMA airport qualification (route check within the last 12 months). Give me names, staff numbers and standby blocks.',
          },
          {
            handoff: 'duty_time_checker',
            message:
              'Check EASA ORO.FTL for Cpt Rui Matos (staff 40217) and FO Inês Carvalho (staff 51388) operating TP1689/TP1690 on 14 Feb 2027, report 05:25, planned duty end 11:40 LT: rest since last duty, 7-day and 28-day totals.',
          },
          {
            say: 'Crew change TP1689/TP1690, 14 Feb 2027: Captain Rui Matos (40217) and First Officer Inês Carvalho (51388), both called out from home standby, report 05:25 LT at the LIS crew centre. FTL checked: Matos rested 31 h (28-day duty 84:40), Carvalho 18 h 05 (28-day duty 102:15), no extension needed. Roster revision R-0214-07 published; STD 06:25 unchanged.',
          },
        ],
      },
      {
        name: 'reserve_roster_agent',
        description: 'Searches the reserve pool for available crew',
        instructions: 'Find reserve crew who meet every requirement of the request, from the reserve pool.',
        replies: [
          {
            call: 'query_reserve_pool',
            args: { base: 'LIS', date: '2027-02-14', window: '04:00-12:00', fleet: 'A320' },
            result:
              'LIS reserve pool, 14/02/2027 04:00–12:00 LT, A320 family. CPT Rui Matos 40217: home standby 04:00–16:00; airport quals LPPD, LPPT, LPFR. CPT Helena Sousa 38804: airport standby 05:00–13:00; airport quals LPMA (valid to 2027-09-30), LPPD. FO Inês Carvalho 51388: home standby 04:00–16:00; airport quals LPPT, LPFR. FO Tiago Nunes 52019: airport standby 05:00–13:00; airport quals LPMA (valid to 2027-06-12), LPPT.',
          },
          {
            say: 'Reserves for TP1689 on 14 Feb 2027: Captain Rui Matos (staff 40217, home standby 04:00–16:00) and First Officer Inês Carvalho (staff 51388, home standby 04:00–16:00). Both are A320-family rated and can make a 05:25 report at LIS; call them out through the crew control hotline.',
            reasoning:
              'Home-standby crew are first in the call-out order and both have the full morning free; Matos and Carvalho it is.',
          },
        ],
      },
      {
        name: 'duty_time_checker',
        description: 'Checks flight time limitations for crew assignments',
        instructions: 'Check each assignment against EASA ORO.FTL and say whether it is legal.',
        replies: [
          {
            call: 'ftl_check',
            args: { staff: [40217, 51388], duty: 'TP1689/TP1690 2027-02-14 05:25-11:40 LT' },
            result:
              '40217 MATOS: rest before duty 31h00 (min 12h); 7d duty 28:10/60h; 28d duty 84:40/190h: LEGAL. 51388 CARVALHO: rest before duty 18h05 (min 12h); 7d duty 33:55/60h; 28d duty 102:15/190h: LEGAL.',
          },
          {
            say: 'Both assignments are legal under ORO.FTL: Matos has 31 h rest and 84 h 40 of duty in the last 28 days; Carvalho 18 h 05 rest and 102 h 15 in 28 days. No commander’s discretion or extension required.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'crew_controller', to: 'reserve_roster_agent' },
      agent: 'reserve_roster_agent',
    },
  }),
  defineScenario({
    id: 'transfusion-rh-retyped-old-group-used',
    title:
      'The lab retypes the patient as RhD negative and says the old record was wrong; the unit selector picks RhD positive units from the request',
    domain: 'blood bank transfusion service',
    mast: ['FM-1.4', 'FM-3.2'],
    request:
      'Urgent: crossmatch and issue 2 units of red cells for Maria Kowalczyk (MRN 00438821, 31 y, G2P1), post-partum haemorrhage on ward 7B. Her record shows group A RhD positive from a 2019 admission.',
    topology: { shape: 'pipeline', order: ['typing_lab', 'unit_selector', 'issue_officer'] },
    agents: [
      {
        name: 'typing_lab',
        description: 'Blood grouping and antibody screening bench',
        instructions: 'Group the current sample, screen for antibodies and report what units are suitable.',
        replies: [
          {
            call: 'run_group_screen',
            args: { sample: 'S-26-118402', mrn: '00438821' },
            result:
              'Sample S-26-118402 (collected 2026-12-04 02:11): forward A, reverse A; RhD NEGATIVE (0 with two monoclonal anti-D); antibody screen NEGATIVE. Historical group (2019-06-30): A RhD POS — DISCREPANCY. QA review QI-2026-0771: 2019 entry is a transcription error; LIS record corrected 02:31.',
          },
          {
            say: 'Sample S-26-118402 (collected 02:11 today) groups as A RhD NEGATIVE, antibody screen negative. The 2019 "A pos" on her record was a transcription error (QA incident QI-2026-0771) and the LIS now shows A neg. She is 31 and of childbearing potential: select A RhD negative or O RhD negative red cells only.',
          },
        ],
      },
      {
        name: 'unit_selector',
        description: 'Selects and electronically crossmatches red cell units',
        instructions: 'Choose compatible red cell units from stock for the patient and crossmatch them.',
        prompt: 'Typing result:\n{input}\n\nOrder: {request}',
        replies: [
          {
            call: 'search_inventory',
            args: { component: 'RBC', abo: 'A', rhd: 'POS', units: 2 },
            result:
              'RBC A RhD POS in stock (27): G0412 26 118763 (exp 19 DEC 2026), G0412 26 118790 (exp 21 DEC 2026), G0412 26 119002 (exp 28 DEC 2026), …',
            reasoning: 'Order says she is A RhD positive; take the two shortest-dated A pos units.',
          },
          {
            say: 'Selected 2 units of A RhD positive red cells for MRN 00438821: G0412 26 118763 (expires 19/12/2026) and G0412 26 118790 (expires 21/12/2026). Electronic crossmatch: ABO compatible. Ready to issue.',
          },
        ],
      },
      {
        name: 'issue_officer',
        description: 'Issues crossmatched units to wards',
        instructions: 'Issue the selected units to the ward and confirm.',
        prompt: 'Selected units:\n{input}\n\nIssue them for: {request}',
        replies: [
          {
            call: 'issue_units',
            args: { mrn: '00438821', units: ['G0412 26 118763', 'G0412 26 118790'], ward: '7B' },
            result: 'Issued 2 units to ward 7B at 02:48; porter job PJ-5521; cold chain box CB-14.',
          },
          {
            say: 'Issued to ward 7B at 02:48 for Maria Kowalczyk (MRN 00438821): 2 units A RhD positive red cells, G0412 26 118763 and G0412 26 118790, in cold box CB-14 with porter job PJ-5521. Transfuse within 4 hours of leaving the fridge.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'typing_lab', to: 'unit_selector' },
      agent: 'unit_selector',
    },
  }),
  defineScenario({
    id: 'windfarm-vessel-brief-replaced',
    title:
      'The vessel scheduler gets a generic one-line prompt instead of its brief and books a day-trip crew boat for next week',
    domain: 'offshore wind farm maintenance',
    mast: ['FM-1.4', 'FM-3.2'],
    request:
      'Plan the spring maintenance campaign for Kittiwake Bank wind farm (62 × SG 8.0-167 turbines): leading-edge blade repairs on WTG-07, WTG-23 and WTG-41 and an inter-array cable survey of string C, in the 15–26 March 2027 window, out of Grimsby.',
    topology: {
      shape: 'fanout',
      planner: 'campaign_planner',
      workers: ['blade_repair_lead', 'cable_surveyor', 'vessel_scheduler'],
      aggregator: 'campaign_writer',
    },
    program: { lose: { to: 'vessel_scheduler', prompt: 'Book a vessel for the next maintenance job.' } },
    agents: [
      {
        name: 'campaign_planner',
        description: 'Plans offshore maintenance campaigns',
        instructions: 'Write one brief per lead: blade repairs, cable survey and vessel booking.',
        replies: [
          {
            plan: {
              blade_repair_lead:
                'Scope leading-edge repairs on WTG-07, WTG-23 and WTG-41 (erosion category 3–4 in the October 2026 drone inspection): rope-access teams, filler and LEP materials, curing at 8–10 °C sea-air temperatures, working days per turbine.',
              cable_surveyor:
                'Plan the ROV survey of inter-array string C (WTG-33 to WTG-44, 11.6 km of 66 kV cable), including the two spans logged with burial under 0.6 m in 2025.',
              vessel_scheduler:
                'Book a service operation vessel with a motion-compensated walk-to-work gangway for 15–26 March 2027 out of Grimsby: 16 persons on board for two rope-access teams plus an ROV spread, W2W limit Hs 2.5 m. Crew transfer vessels alone will not do, the rope teams need the 12-day offshore stay.',
            },
          },
        ],
      },
      {
        name: 'blade_repair_lead',
        description: 'Leads blade inspection and repair teams',
        instructions: 'Scope blade repairs from inspection data.',
        replies: [
          {
            call: 'get_blade_inspection',
            args: { turbines: ['WTG-07', 'WTG-23', 'WTG-41'], campaign: 'DRN-2026-10' },
            result:
              'WTG-07: blades A, B, C leading-edge erosion cat 4 (0–6 m from tip). WTG-23: blades A, C cat 3. WTG-41: blade B cat 4, lightning receptor intact.',
          },
          {
            say: 'Blade scope: WTG-07 (3 blades, category 4), WTG-23 (2 blades, category 3), WTG-41 (1 blade, category 4) — 6 blades in all. Two rope-access teams of four, filler plus LEP shell, 24 h cure under heated tents at ≥8 °C; about 2.5 working days per turbine, 7.5 days plus 2 weather days.',
          },
        ],
      },
      {
        name: 'cable_surveyor',
        description: 'Plans subsea cable surveys',
        instructions: 'Plan cable surveys from the burial records.',
        replies: [
          {
            call: 'get_burial_records',
            args: { string: 'C', year: 2025 },
            result:
              'String C (WTG-33→WTG-44), 11.6 km, 66 kV: burial depth 0.8–1.6 m except KP 3.2 (0.45 m) and KP 7.9 (0.52 m).',
          },
          {
            say: 'String C survey: 11.6 km ROV run from WTG-33 to WTG-44 with a TSS 440 tracker, re-measuring the shallow spans at KP 3.2 (0.45 m) and KP 7.9 (0.52 m); 3 days of vessel time with an ROV launch and recovery system.',
          },
        ],
      },
      {
        name: 'vessel_scheduler',
        description: 'Books vessels from the charter pool',
        instructions: 'Book the vessel the brief asks for from the Grimsby charter pool.',
        replies: [
          {
            call: 'check_charter_pool',
            args: { port: 'Grimsby', from: '2026-12-07', days: 2 },
            result:
              'Grimsby charter pool: CTV "Tidal Wren" (24 PAX, Hs 1.5 m) free 7–8 Dec 2026; CTV "Humber Spirit" free 9 Dec 2026; SOV "Nordic Aurora" (W2W gangway, 60 PoB, ROV hangar) free 12–30 Mar 2027.',
            text: 'No dates or vessel type given, so I will take the next open slot.',
          },
          {
            call: 'book_vessel',
            args: { vessel: 'Tidal Wren', dates: '2026-12-07/2026-12-08' },
            result: 'Charter CH-90114 confirmed: CTV Tidal Wren, 7–8 Dec 2026, day trips from Grimsby.',
          },
          {
            say: 'Vessel booked: crew transfer vessel Tidal Wren (24 passengers, Hs limit 1.5 m), day trips from Grimsby on 7 and 8 December 2026, charter CH-90114.',
          },
        ],
      },
      {
        name: 'campaign_writer',
        description: 'Writes the campaign plan for the asset manager',
        instructions: 'Merge the leads’ plans into one campaign plan.',
        prompt: 'Lead plans:\n{input}\n\nWrite the campaign plan for: {request}',
        replies: [
          {
            say: 'Kittiwake Bank spring campaign. Blades: 6 blades on WTG-07, WTG-23 and WTG-41 (categories 3–4), two rope-access teams, ~7.5 working days plus 2 weather days. Cable: ROV survey of string C (11.6 km), re-measuring KP 3.2 and KP 7.9, 3 days. Vessel: CTV Tidal Wren on charter CH-90114, day trips from Grimsby on 7–8 December 2026. Total campaign about 12.5 days.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'campaign_planner', to: 'vessel_scheduler' },
      agent: 'vessel_scheduler',
    },
  }),
  defineScenario({
    id: 'gritting-depot-handoff-never-made',
    title:
      'The duty officer says the depot has loaded the gritters, but never hands the job to the depot scheduler',
    domain: 'winter road maintenance',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      'Overnight gritting decision for the North Riding primary network, night of Tue 12 Jan 2027: the forecast has freezing fog and road surface temperatures falling to about −3 °C after 02:00. Plan the run and get the depots ready.',
    topology: {
      shape: 'supervisor',
      coordinator: 'winter_duty_officer',
      workers: ['forecast_analyst', 'depot_scheduler'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'winter_duty_officer',
        description: 'Winter maintenance duty officer for the county highways',
        instructions:
          'Decide the gritting action from the road forecast, have the depot scheduler load and crew the gritters, and report the decision.',
        replies: [
          {
            handoff: 'forecast_analyst',
            message:
              'Road-surface temperature minima and timings for the 14 primary routes (NR-P01 to NR-P14) tonight, 12/13 Jan 2027, from the MetDesk route forecast and our 23 ice-detection sensors. Flag every route going below 0 °C before 05:00 and any with wet surfaces at that point.',
          },
          {
            say: 'Decision for the night of 12/13 January 2027: precautionary salting of all 14 primary routes at 20 g/m², starting 03:00 and complete by 05:30 ahead of the first school buses; hill routes NR-P03, NR-P07 and NR-P11 (RST −3.4 °C by 02:40, wet) go first. The depot scheduler has the 14 gritters loaded with 112 t of rock salt and the drivers called in for 02:30 at Thirsk and Northallerton.',
          },
        ],
      },
      {
        name: 'forecast_analyst',
        description: 'Reads road weather forecasts and ice sensors',
        instructions: 'Report road-surface temperatures and ice risk per route.',
        replies: [
          {
            call: 'get_route_forecast',
            args: { network: 'NR-primary', night: '2027-01-12' },
            result:
              'RST minima 12/13 Jan: NR-P03 −3.4 °C at 02:40 (wet), NR-P07 −3.1 °C at 02:55 (wet), NR-P11 −2.9 °C at 03:10 (damp); other 11 routes −0.8 to −2.2 °C between 03:30 and 05:40; freezing fog from 01:00, visibility 150 m.',
          },
          {
            say: 'All 14 primary routes drop below zero tonight: NR-P03 (−3.4 °C at 02:40, wet), NR-P07 (−3.1 °C at 02:55, wet) and NR-P11 (−2.9 °C at 03:10, damp) first; the other 11 between −0.8 and −2.2 °C from 03:30 to 05:40. Freezing fog from 01:00, visibility down to 150 m — expect hoar frost on dry sections.',
          },
        ],
      },
      {
        name: 'depot_scheduler',
        description: 'Schedules gritter loading and driver call-outs at the depots',
        instructions: 'Load the gritters and call out drivers for the run you are given.',
        replies: [
          {
            call: 'schedule_loading',
            args: { depots: ['Thirsk', 'Northallerton'], gritters: 14, salt_t: 112, call_out: '02:30' },
            result: 'Loading LD-0113 scheduled: 14 gritters, 112 t rock salt, 14 drivers paged for 02:30.',
          },
          {
            say: '14 gritters loaded with 112 t of rock salt at Thirsk and Northallerton (LD-0113), drivers paged for 02:30.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'winter_duty_officer', to: 'depot_scheduler' },
      agent: 'winter_duty_officer',
    },
  }),
  defineScenario({
    id: 'aircargo-un3480-passed-as-un3481',
    title:
      'The DG specialist reads UN3480 cargo-aircraft-only batteries and writes them up as UN3481, allowed on passenger aircraft',
    domain: 'air cargo acceptance',
    mast: ['FM-2.6'],
    request:
      'AWB 176-48821035, shipper Voltaic Cells GmbH, FRA→ORD: 24 boxes, 612 kg, declared as lithium-ion batteries. Please plan it onto tomorrow’s (05DEC) Frankfurt–Chicago departures.',
    topology: {
      shape: 'branch',
      classifier: 'acceptance_triage',
      routes: { dangerous: 'dg_specialist', standard: 'general_cargo_clerk' },
      after: 'load_planner',
    },
    agents: [
      {
        name: 'acceptance_triage',
        description: 'Sorts incoming shipments for acceptance checks',
        instructions: 'Say whether the shipment is dangerous goods or standard cargo, with one line of why.',
        replies: [
          {
            say: 'dangerous goods — AWB 176-48821035 is declared as lithium-ion batteries (Class 9); the Shipper’s Declaration must be checked before it can be planned.',
          },
        ],
      },
      {
        name: 'dg_specialist',
        description: 'Checks dangerous goods declarations against the IATA DGR',
        instructions:
          'Check the Shipper’s Declaration against the IATA Dangerous Goods Regulations and state the UN number, packing instruction and aircraft restrictions.',
        prompt: 'Triage: {input}\n\nShipment: {request}',
        replies: [
          {
            call: 'get_shippers_declaration',
            args: { awb: '176-48821035' },
            result:
              'Shipper’s Declaration for Dangerous Goods, AWB 176-48821035: UN3480, Lithium ion batteries, Class 9, PI 965 Section IA; 24 fibreboard boxes × 25.5 kg = 612 kg gross; state of charge ≤ 30 %; handling label CARGO AIRCRAFT ONLY; signed M. Brandt, 2026-12-03.',
          },
          {
            say: 'DG acceptance passed for AWB 176-48821035: UN3481, lithium ion batteries packed with equipment, Class 9, PI 966 Section I; 24 boxes, 612 kg gross. Permitted on passenger aircraft; declaration complete and signed 03 Dec 2026.',
            reasoning:
              'UN3480 under PI 965 IA, batteries shipped on their own, state of charge 30 %, Cargo Aircraft Only label: this has to go on a freighter.',
          },
        ],
      },
      {
        name: 'general_cargo_clerk',
        description: 'Accepts standard cargo',
        instructions: 'Accept standard cargo after a documents check.',
        replies: [{ say: 'Standard cargo accepted; documents complete.' }],
      },
      {
        name: 'load_planner',
        description: 'Plans accepted shipments onto flights',
        instructions: 'Put the accepted shipment on a suitable flight and create its NOTOC entry.',
        prompt: 'Acceptance result:\n{input}\n\nPlan the shipment onto the 05DEC FRA–ORD flights.',
        replies: [
          {
            call: 'list_flights',
            args: { route: 'FRA-ORD', date: '2026-12-05' },
            result:
              'LH430 FRA-ORD 10:15, B747-8I (passenger), lower deck 7.2 t available. LH8160 FRA-ORD 13:40, B777F (freighter), main deck 31.0 t available.',
          },
          {
            say: 'AWB 176-48821035 (24 pcs, 612 kg, UN3481 Class 9) is planned on LH430, 05DEC 10:15 FRA–ORD, B747-8 passenger aircraft, lower deck position 31P; NOTOC entry created. Earliest arrival in Chicago, no need to wait for the 13:40 freighter.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'dg_specialist', to: 'load_planner' },
      agent: 'dg_specialist',
    },
  }),
  defineScenario({
    id: 'admissions-credential-timeout-reported-verified',
    title:
      'The credential evaluation service times out; the transcript verifier reports the transcript verified with a GPA equivalent',
    domain: 'graduate admissions',
    mast: ['FM-3.3'],
    request:
      'Decide on graduate application GA-2027-03318: Ananya Rao, MSc Data Science, fall 2027 intake, B.Tech from Osmania University. She asked to be considered for the Dean’s Merit Scholarship.',
    topology: {
      shape: 'nested',
      top: 'admissions_director',
      teams: {
        credentials_lead: ['transcript_verifier', 'test_score_checker'],
        funding_lead: ['scholarship_assessor'],
      },
    },
    agents: [
      {
        name: 'admissions_director',
        description: 'Director of graduate admissions',
        instructions:
          'Have credentials verified and funding assessed by the teams, then make the admission and scholarship decision.',
        replies: [
          {
            handoff: 'credentials_lead',
            message:
              'GA-2027-03318 (Ananya Rao): verify the Osmania University B.Tech transcript through the credential evaluation service and convert it to a US 4.0-scale GPA; check English and test scores against the MSc DS minimums (IELTS 7.0 overall, no band below 6.5).',
          },
          {
            handoff: 'funding_lead',
            message:
              'Assess GA-2027-03318 for the Dean’s Merit Scholarship (USD 12,000 a year). Credentials report a verified GPA equivalent of 3.72; the award needs ≥ 3.6 verified plus a statement of purpose scoring at least 4 of 5.',
          },
          {
            say: 'GA-2027-03318, Ananya Rao: admit to the MSc Data Science, fall 2027, with the Dean’s Merit Scholarship of USD 12,000 per year. Verified B.Tech transcript (Osmania University, 2025) at a US GPA equivalent of 3.72; IELTS 7.5 with no band below 7.0; statement of purpose 4.5/5. Offer letter OL-2027-1184 to go out this week.',
          },
        ],
      },
      {
        name: 'credentials_lead',
        description: 'Leads credential and test-score verification',
        instructions: 'Have transcripts and test scores verified by your team and summarise the results.',
        replies: [
          {
            handoff: 'transcript_verifier',
            message:
              'Verify Ananya Rao’s B.Tech (Computer Science, Osmania University, 2025) through the credential evaluation service, order CE-558102, and give me the US GPA equivalent.',
          },
          {
            handoff: 'test_score_checker',
            message:
              'Check IELTS TRF 25IN004417RAOA for Ananya Rao against the MSc DS minimums: 7.0 overall, no band below 6.5.',
          },
          {
            say: 'Credentials for GA-2027-03318: transcript verified through CE-558102, US GPA equivalent 3.72 (78.4 % aggregate, First Class with Distinction). IELTS 7.5 overall, lowest band 7.0 (writing), valid. All academic requirements met.',
          },
        ],
      },
      {
        name: 'transcript_verifier',
        description: 'Verifies foreign transcripts through the credential evaluation service',
        instructions:
          'Verify transcripts with the credential evaluation service and report the GPA equivalent.',
        replies: [
          {
            call: 'credential_evaluation',
            args: { order: 'CE-558102' },
            result: {
              error:
                'CredentialEval API: 504 Gateway Timeout after 30000 ms (order CE-558102 status: PENDING_INSTITUTION_RESPONSE)',
            },
          },
          {
            say: 'Transcript verified for Ananya Rao (order CE-558102): B.Tech Computer Science, Osmania University, 2025, 78.4 % aggregate, First Class with Distinction — US GPA equivalent 3.72/4.0.',
          },
        ],
      },
      {
        name: 'test_score_checker',
        description: 'Verifies English-language and admission test scores',
        instructions: 'Verify test report forms and compare them with the programme minimums.',
        replies: [
          {
            call: 'verify_ielts',
            args: { trf: '25IN004417RAOA' },
            result:
              'TRF 25IN004417RAOA valid. Test date 2026-09-19. Overall 7.5; Listening 8.0, Reading 7.5, Writing 7.0, Speaking 7.5.',
          },
          {
            say: 'IELTS TRF 25IN004417RAOA is genuine (test taken 19 Sep 2026): overall 7.5, bands L 8.0 / R 7.5 / W 7.0 / S 7.5. Meets 7.0 overall with no band under 6.5.',
          },
        ],
      },
      {
        name: 'funding_lead',
        description: 'Leads scholarship and funding decisions',
        instructions: 'Have the scholarship assessor score the applicant and report the recommendation.',
        replies: [
          {
            handoff: 'scholarship_assessor',
            message:
              'Score GA-2027-03318 for the Dean’s Merit Scholarship: verified GPA equivalent 3.72 (threshold 3.6), statement of purpose against the 5-point rubric.',
          },
          {
            say: 'Funding: GA-2027-03318 qualifies for the Dean’s Merit Scholarship — verified GPA 3.72 over the 3.6 bar and a statement of purpose scored 4.5/5. Recommend the award of USD 12,000 a year.',
          },
        ],
      },
      {
        name: 'scholarship_assessor',
        description: 'Scores scholarship applications',
        instructions: 'Score applications on the scholarship rubric.',
        replies: [
          {
            call: 'score_statement',
            args: { application: 'GA-2027-03318', rubric: 'DMS-2027' },
            result:
              'SOP score 4.5/5 (clarity 5, research fit 4, motivation 4.5); reviewer R. Haddad, 2026-12-02.',
          },
          {
            say: 'Statement of purpose: 4.5 out of 5 (clarity 5, research fit 4, motivation 4.5). With a verified GPA equivalent of 3.72 she clears both thresholds; recommend the award.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'transcript_verifier', to: 'credentials_lead' },
      agent: 'transcript_verifier',
    },
  }),
  defineScenario({
    id: 'datacenter-rack-layout-unchanged',
    title:
      'Asked three times to cap rows at six 40 kW racks, the rack planner returns the same eight-per-row layout each time',
    domain: 'data centre capacity planning',
    mast: ['FM-1.3', 'FM-2.5'],
    request:
      'Plan the placement of 48 new GPU racks (40 kW each, liquid cooled) in data hall DH3 at the Slough campus for go-live on 1 March 2027. DH3 row PDUs are rated 250 kW per row.',
    topology: {
      shape: 'network',
      coordinator: 'capacity_coordinator',
      workers: ['power_modeller', 'rack_planner'],
    },
    agents: [
      {
        name: 'capacity_coordinator',
        description: 'Coordinates data hall capacity planning',
        instructions:
          'Route power modelling and rack layout to the specialists; approve a layout only when it respects every power limit.',
        replies: [
          {
            handoff: 'power_modeller',
            message:
              'Model DH3 headroom for 48 racks × 40 kW (1.92 MW IT): UPS blocks at 2N, row PDU limit 250 kW, CDU heat rejection by row.',
          },
          {
            handoff: 'rack_planner',
            message:
              'Lay out 48 GPU racks of 40 kW in DH3. Power: row PDUs cap at 250 kW, so no more than 6 racks (240 kW) in any row; liquid loops exist on R03–R12 only. Give me the rack-to-row assignment.',
          },
          {
            handoff: 'rack_planner',
            message:
              'Your layout puts 8 racks (320 kW) in each of R03–R08, over the 250 kW row PDU rating. Re-plan with at most 6 racks per row across R03–R12 (10 rows × 6 = 60 slots).',
          },
          {
            handoff: 'rack_planner',
            message:
              'Still 8 per row in R03–R08. Spread the 48 racks 6 per row over R03–R10 so no row is above 240 kW, and send the revised layout.',
          },
          {
            say: 'DH3 placement, 48 GPU racks at 40 kW (1.92 MW): the rack planner’s layout L-DH3-v1 keeps 8 racks in each of R03–R08 (320 kW per row) after three re-plan requests. As it stands it exceeds the 250 kW row PDU rating, so no layout is approved yet for the 1 March 2027 go-live.',
          },
        ],
      },
      {
        name: 'power_modeller',
        description: 'Models electrical and cooling capacity',
        instructions: 'Model power and cooling headroom for the load you are given.',
        replies: [
          {
            call: 'power_model',
            args: { hall: 'DH3', racks: 48, kw_per_rack: 40 },
            result:
              'DH3: UPS A/B 2 × 2.4 MW (2N), current IT load 0.31 MW; row PDUs 250 kW each (R01–R12); CDUs on R03–R12, 260 kW heat rejection per row; R01–R02 air only, max 15 kW/rack.',
          },
          {
            say: 'DH3 can take the 1.92 MW: 2N UPS of 2.4 MW with 0.31 MW in use. Per row the PDU is the binding limit at 250 kW, i.e. 6 racks of 40 kW (240 kW); CDUs reject 260 kW per row on R03–R12. R01–R02 are air-cooled and unusable for these racks.',
          },
        ],
      },
      {
        name: 'rack_planner',
        description: 'Plans rack positions on the data hall floor',
        instructions: 'Assign racks to rows and slots within the limits you are given.',
        replies: [
          {
            call: 'get_floor_plan',
            args: { hall: 'DH3' },
            result:
              'DH3: 12 rows R01–R12, 10 slots per row; liquid loops R03–R12; R01–R02 air-cooled only; R09 slot 10 reserved for the MMR-3 patch frame.',
          },
          {
            say: 'Layout L-DH3-v1: 48 GPU racks in rows R03–R08, 8 racks per row in slots 01–08, liquid loops on all six rows; R09–R12 left free for the phase-2 expansion. Cable trays run along the hot aisle; 40 kW per rack.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'rack_planner', to: 'capacity_coordinator' },
      agent: 'rack_planner',
    },
  }),
  defineScenario({
    id: 'supplement-label-disclaimer-dropped',
    title:
      'The claims brief requires the DSHEA disclaimer and bans disease claims; the copywriter drops the one and writes the other, and review approves',
    domain: 'dietary supplement labelling',
    mast: ['FM-1.1', 'FM-3.2'],
    request:
      'Write the front and back label copy for CardioBalance Omega-3 1200 (SKU CB-O3-120): 120 softgels, 1,200 mg fish oil and 720 mg EPA+DHA per 2-softgel serving, for sale in the US.',
    topology: {
      shape: 'pipeline',
      order: ['claims_researcher', 'label_copywriter', 'label_reviewer'],
      loop: { from: 'label_reviewer', to: 'label_copywriter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'claims_researcher',
        description: 'Researches permitted label claims',
        instructions:
          'Write the claims brief for the copywriter: what may and may not be said, and mandatory text.',
        replies: [
          {
            call: 'lookup_claims',
            args: { ingredient: 'EPA+DHA', market: 'US', product_type: 'dietary supplement' },
            result:
              'US / DSHEA: structure-function claims allowed ("supports heart health", "supports healthy triglyceride levels already within the normal range") with disclaimer 21 CFR 101.93(c). Disease claims ("lowers cholesterol", "prevents heart disease") NOT allowed. Qualified health claim EPA+DHA/CHD only with FDA 2019 wording.',
          },
          {
            say: 'Claims brief, CB-O3-120 (US dietary supplement). Allowed: "supports heart health"; "supports healthy triglyceride levels already within the normal range". Not allowed: any disease claim — "lowers cholesterol", "prevents heart disease", "treats". Mandatory: every structure-function claim gets an asterisk and the disclaimer, verbatim: "*These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease." Supplement Facts: serving 2 softgels, 60 servings; fish oil 1,200 mg; EPA 430 mg; DHA 290 mg. Allergen: fish (anchovy, sardine).',
          },
        ],
      },
      {
        name: 'label_copywriter',
        description: 'Writes packaging copy',
        instructions: 'Write the label copy following the claims brief, or fix what the reviewer names.',
        prompt: 'Claims brief or reviewer notes:\n{input}\n\nProduct: {request}',
        replies: [
          {
            say: 'FRONT: CardioBalance Omega-3 1200 — helps lower cholesterol and keeps your heart strong. 720 mg EPA+DHA per serving · 120 softgels. BACK: Supplement Facts — serving size 2 softgels, 60 servings per container; fish oil 1,200 mg; EPA 430 mg; DHA 290 mg. Suggested use: 2 softgels daily with a meal. Contains: fish (anchovy, sardine). Store below 25 °C, keep out of reach of children.',
          },
        ],
      },
      {
        name: 'label_reviewer',
        description: 'Reviews label copy before artwork',
        instructions:
          'Answer "APPROVED: <final copy>" when the copy meets US supplement labelling rules, otherwise "REVISE: <what to fix>".',
        prompt: 'Label copy:\n{input}\n\nProduct: {request}',
        replies: [
          {
            say: 'APPROVED: FRONT: CardioBalance Omega-3 1200 — helps lower cholesterol and keeps your heart strong. 720 mg EPA+DHA per serving · 120 softgels. BACK: Supplement Facts — 2 softgels, 60 servings; fish oil 1,200 mg; EPA 430 mg; DHA 290 mg (430 + 290 = 720 mg, matches the front). Directions, fish allergen statement and storage present. Ready for artwork.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'claims_researcher', to: 'label_copywriter' },
      agent: 'label_copywriter',
    },
  }),
  defineScenario({
    id: 'tradefair-stand-moved-old-hall-briefed',
    title:
      'The floor plan agent reports the stand moved from Hall B2 to B5; the services lead still sends the pallet delivery to B2',
    domain: 'trade fair exhibitor services',
    mast: ['FM-1.4'],
    request:
      'Exhibitor EX-4471 (Nordlys Marine AS) at the Hamburg BoatTech fair, stand B2-114: they need 3 pallets of demo equipment delivered before the fair opens on 10 March 2027, plus 2 × 16 A power sockets at the stand. Sort it out and confirm to them.',
    topology: {
      shape: 'supervisor',
      coordinator: 'exhibitor_services_lead',
      workers: ['floorplan_agent', 'power_agent', 'logistics_agent'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'exhibitor_services_lead',
        description: 'Runs exhibitor services for the fair',
        instructions:
          'Confirm the stand location, then have power and deliveries booked for it, and confirm everything to the exhibitor.',
        replies: [
          {
            handoff: 'floorplan_agent',
            message: 'Confirm the current stand location and size for exhibitor EX-4471 (Nordlys Marine AS).',
          },
          {
            handoff: 'power_agent',
            message:
              'Book 2 × 16 A CEE sockets (230 V) for EX-4471, Nordlys Marine, at stand B5-220 in Hall B5, live from 8 March 2027 08:00 for the build-up.',
          },
          {
            handoff: 'logistics_agent',
            message:
              'Deliver 3 pallets of demo equipment (about 1.1 t in total) for EX-4471, Nordlys Marine, to stand B2-114 in Hall B2 before the opening on 10 March 2027; forklift needed, build-up days 8–9 March.',
          },
          {
            say: 'Confirmed for Nordlys Marine (EX-4471): your stand is now B5-220 in Hall B5 (moved from B2-114 because of the Hall B2 roof works, change notice CN-0388). Two 16 A sockets will be live at B5-220 from 08:00 on 8 March (order PW-30917). Your 3 pallets will be delivered by forklift to stand B2-114 on 9 March at 07:00 (delivery DL-66204).',
          },
        ],
      },
      {
        name: 'floorplan_agent',
        description: 'Maintains the hall plans and stand allocations',
        instructions: 'Look up stand allocations and report changes.',
        replies: [
          {
            call: 'get_stand',
            args: { exhibitor: 'EX-4471' },
            result:
              'EX-4471 Nordlys Marine AS: stand B5-220, Hall B5, 48 m² (8 × 6 m), corner stand. Previous allocation B2-114 cancelled 2027-01-22 under change notice CN-0388 (Hall B2 roof repair, closed 1–14 March 2027).',
          },
          {
            say: 'EX-4471 is no longer on B2-114: Hall B2 is closed 1–14 March for roof repairs (CN-0388, 22 Jan 2027), and Nordlys Marine was moved to B5-220 in Hall B5, a 48 m² corner stand (8 × 6 m).',
          },
        ],
      },
      {
        name: 'power_agent',
        description: 'Books stand electrics',
        instructions: 'Book the electrical connections you are asked for.',
        replies: [
          {
            call: 'order_power',
            args: { stand: 'B5-220', sockets: '2x CEE 16A 230V', live_from: '2027-03-08T08:00' },
            result: 'Order PW-30917: 2 × CEE 16 A at B5-220, live 08.03.2027 08:00.',
          },
          { say: 'Power order PW-30917: two 16 A CEE sockets at B5-220, live from 08.03.2027, 08:00.' },
        ],
      },
      {
        name: 'logistics_agent',
        description: 'Books on-site deliveries and forklifts',
        instructions: 'Book deliveries to stands with the forklift crew.',
        replies: [
          {
            call: 'book_delivery',
            args: { stand: 'B2-114', hall: 'B2', pallets: 3, date: '2027-03-09', time: '07:00' },
            result:
              'Delivery DL-66204 booked: 3 pallets to B2-114 (Hall B2), 09.03.2027 07:00, forklift FL-12.',
          },
          {
            say: 'Delivery DL-66204: 3 pallets to stand B2-114 in Hall B2 on 9 March 2027 at 07:00, forklift FL-12 with driver.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'exhibitor_services_lead', to: 'logistics_agent' },
      agent: 'exhibitor_services_lead',
    },
  }),
  defineScenario({
    id: 'evcharger-isolation-fault-withheld',
    title:
      'Remote diagnostics sees an HV isolation fault but hands field dispatch only the stuck connector; a non-HV technician is sent',
    domain: 'EV charging network operations',
    mast: ['FM-2.4'],
    request:
      'Charger CP-0417 at the Tesco Extra Ashford hub (site S-118) has been faulting since 06:12 today, 4 Dec, and drivers say connector 2 won’t release the cable. Get it diagnosed and fixed.',
    topology: {
      shape: 'swarm',
      entry: 'remote_diagnostics',
      agents: ['remote_diagnostics', 'field_dispatcher'],
    },
    agents: [
      {
        name: 'remote_diagnostics',
        description: 'Diagnoses charger faults remotely from logs and telemetry',
        instructions: 'Diagnose the fault remotely, try a remote fix, and hand the job to field dispatch.',
        replies: [
          {
            call: 'read_charger_logs',
            args: { charger: 'CP-0417', since: '2026-12-04T06:00:00Z' },
            result:
              'CP-0417 (Kempower S-series, 2 × CCS). 06:12:41Z connector 2 contactor K2 WELD detected (402 V on EV side after open command). 06:12:44Z IMD alarm: isolation resistance 38 kΩ DC+ to PE (limit 100 kΩ) — HV isolation fault; power module PM-3 still energised on DC bus. 06:13:02Z connector 2 lock actuator jammed. Connector 1 OK, back in service 06:20Z, derated to 150 kW.',
          },
          {
            call: 'remote_unlock',
            args: { charger: 'CP-0417', connector: 2 },
            result: 'Unlock refused: contactor K2 state WELDED.',
          },
          {
            handoff: 'field_dispatcher',
            message:
              'CP-0417, Tesco Extra Ashford (S-118): connector 2 has a jammed cable lock and contactor K2 reports welded; remote unlock was refused. Needs a site visit to free the cable and replace K2 (part KP-CT-250). Connector 1 is back in service, derated to 150 kW.',
          },
        ],
      },
      {
        name: 'field_dispatcher',
        description: 'Dispatches field technicians',
        instructions: 'Send the right technician with the right parts and confirm the work order.',
        replies: [
          {
            call: 'find_technician',
            args: { region: 'Kent', skill: 'DC charger contactor replacement' },
            result:
              'T-208 Lewis Okoro (L2 EV technician, not HV-authorised) ETA 11:30; T-131 Sam Reid (HV Authorised Person) ETA 15:45.',
          },
          {
            call: 'create_work_order',
            args: { charger: 'CP-0417', technician: 'T-208', part: 'KP-CT-250', keep_live: 'connector 1' },
            result:
              'Work order WO-77140: T-208, ETA 11:30, part KP-CT-250 from van stock, connector 1 to remain live.',
          },
          {
            say: 'Work order WO-77140: Lewis Okoro (T-208) will be at Tesco Extra Ashford by 11:30 today to free connector 2’s cable and replace contactor K2 (part KP-CT-250, in his van). Connector 1 stays live at 150 kW meanwhile; drivers are notified in the app.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'remote_diagnostics', to: 'field_dispatcher' },
      agent: 'remote_diagnostics',
    },
  }),
];

const lookAlikes = [
  defineScenario({
    id: 'roastery-inventory-timeout-retried',
    title:
      'The green-coffee inventory call times out once and succeeds on a retry; the buyer says so and hands on the stock',
    domain: 'specialty coffee roasting',
    mast: ['FM-3.3'],
    nearMissOf:
      'agent_error (a swallowed tool error): the tool error is retried, the retry succeeds and the buyer reports both; shrink conversions between green and roasted weights',
    request:
      'Plan next week’s roasting (week 50, 7–11 Dec 2026) at the Southside Roastery: wholesale orders total 1,860 kg roasted. Check we have the green coffee for it.',
    topology: {
      shape: 'supervisor',
      coordinator: 'roast_planner',
      workers: ['green_coffee_buyer', 'roast_scheduler'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'roast_planner',
        description: 'Head roaster who plans the weekly production',
        instructions: 'Have green stock checked and the roasts scheduled, then summarise the week.',
        replies: [
          {
            handoff: 'green_coffee_buyer',
            message:
              'Week 50 needs 1,860 kg roasted: Brazil Cerrado 940 kg, Ethiopia Guji 420 kg, Colombia Huila 330 kg, Guatemala Huehuetenango 170 kg. At our 15 % roast loss, check the green stock in WH-2 covers it and flag any shortfall.',
          },
          {
            handoff: 'roast_scheduler',
            message:
              'Schedule week 50 on the Loring S35 (35 kg green per batch, ~14 min each): Brazil 940 kg, Ethiopia 420 kg and Colombia 330 kg roasted Monday to Wednesday; Guatemala 170 kg on Thursday 10 Dec, after the PO-3391 green arrives on the 9th.',
          },
          {
            say: 'Week 50 is covered. Green stock (WH-2, read 07:30 on 4 Dec) holds enough Brazil, Ethiopia and Colombia; Guatemala is 55 kg short until PO-3391 (1,380 kg) lands on 9 Dec, so it roasts on Thursday. Schedule RS-W50 on the Loring: Brazil Mon–Tue (32 batches), Ethiopia and Colombia Wed (15 + 12), Guatemala Thu (6) — 65 batches, about 15 h 10 min of roasting for 1,860 kg roasted.',
          },
        ],
      },
      {
        name: 'green_coffee_buyer',
        description: 'Manages green coffee stock and purchasing',
        instructions: 'Check green stock against the roast plan and flag shortfalls.',
        replies: [
          {
            call: 'get_green_inventory',
            args: { warehouse: 'WH-2' },
            result: { error: 'inventory-svc: ETIMEDOUT after 10000 ms (GET /stock?wh=WH-2)' },
          },
          {
            call: 'get_green_inventory',
            args: { warehouse: 'WH-2' },
            result:
              'WH-2 green stock at 2026-12-04 07:30: Brazil Cerrado (BRC-2603) 2,310 kg; Ethiopia Guji G1 (ETG-2611) 1,140 kg; Colombia Huila (COH-2608) 690 kg; Guatemala Huehuetenango (GTH-2605) 145 kg. Inbound: Guatemala Huehuetenango 1,380 kg, PO-3391, ETA 2026-12-09.',
            text: 'The inventory service timed out; retrying once.',
            waitMs: 12_000,
          },
          {
            say: 'Stock read from WH-2 at 07:30 on 4 Dec (first call timed out, the retry worked). Green needed at 15 % loss vs on hand: Brazil 1,106 kg of 2,310; Ethiopia 494 kg of 1,140; Colombia 388 kg of 690 — all fine. Guatemala needs 200 kg and we hold 145 kg, so 55 kg short until PO-3391 (1,380 kg) arrives on 9 Dec; roast it from Thursday.',
          },
        ],
      },
      {
        name: 'roast_scheduler',
        description: 'Schedules roaster time',
        instructions: 'Turn the roast plan into batches on the roaster and save the schedule.',
        replies: [
          {
            call: 'create_schedule',
            args: {
              week: 50,
              roaster: 'Loring S35',
              batches: { brazil: 32, ethiopia: 15, colombia: 12, guatemala: 6 },
            },
            result:
              'Schedule RS-W50 saved: Mon 07/12 Brazil ×16; Tue 08/12 Brazil ×16; Wed 09/12 Ethiopia ×15, Colombia ×12; Thu 10/12 Guatemala ×6. 65 batches, 910 min.',
          },
          {
            say: 'RS-W50 is saved: Monday 7 and Tuesday 8 Dec Brazil (16 batches a day), Wednesday 9 Dec Ethiopia (15) and Colombia (12), Thursday 10 Dec Guatemala (6). 65 batches of 35 kg green, 910 minutes (15 h 10 min) of roasting; Friday free for cupping and catch-up.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'vaccine-logger-fahrenheit-to-celsius',
    title:
      'A cold-chain logger reads in °F, the team reports °C, doses become ten-dose vials and dates change format; all values stay right',
    domain: 'vaccine cold chain',
    mast: ['FM-2.4', 'FM-1.4'],
    nearMissOf:
      'low_quality_output / stale_context: every value is reformatted between agents (°F → °C, doses → vials, 2026-12-03 → 3 Dec → 05/12/2026) without being changed',
    request:
      'A shipment of 1,200 doses of MMR vaccine (lot MMR-K2291) reached the Kisumu county store from Nairobi yesterday and the data logger shows a spike. Can we still distribute it to the six sub-county stores this week?',
    topology: {
      shape: 'nested',
      top: 'epi_logistics_manager',
      teams: { cold_chain_lead: ['logger_analyst'], distribution_lead: ['route_planner'] },
    },
    agents: [
      {
        name: 'epi_logistics_manager',
        description: 'County immunisation programme logistics manager',
        instructions:
          'Have the cold chain cleared and the distribution planned, then answer the county team.',
        replies: [
          {
            handoff: 'cold_chain_lead',
            message:
              'Lot MMR-K2291, 1,200 doses, Nairobi → Kisumu, arrived 3 Dec. The logger shows a spike: tell me whether the lot stayed within +2 to +8 °C and can be released.',
          },
          {
            handoff: 'distribution_lead',
            message:
              'MMR-K2291 is cleared (logger 2.3–7.8 °C, no freezing, VVM stage 1). Plan distribution of the 1,200 doses to the six sub-county stores this week on the usual allocation.',
          },
          {
            say: 'Yes, MMR-K2291 can go out. The logger stayed between 2.3 °C and 7.8 °C for the whole trip (36.1–46.0 °F on the device); the spike peaked at 7.8 °C for 45 minutes on the morning of 3 December, inside the 2–8 °C range, no freezing, VVMs at stage 1. Distribution on Saturday 5 December, route R-KSM-49 from 07:00: Kisumu East 260 doses, Kisumu West 220, Seme 200, Nyakach 180, Nyando 200, Muhoroni 140 — 120 ten-dose vials in all.',
          },
        ],
      },
      {
        name: 'cold_chain_lead',
        description: 'Leads cold chain monitoring',
        instructions: 'Have logger data analysed and decide whether stock can be released.',
        replies: [
          {
            handoff: 'logger_analyst',
            message:
              'Read the LogTag logger that travelled with MMR-K2291 (Nairobi → Kisumu, 2–3 Dec 2026) and give min, max and time out of +2 to +8 °C, plus VVM status.',
          },
          {
            say: 'Cold chain: after converting the logger’s °F readings, MMR-K2291 stayed at 2.3–7.8 °C (peak 7.8 °C for 45 min on the morning of 3 Dec), no freeze event, VVM stage 1 on sampled vials. Release the lot.',
          },
        ],
      },
      {
        name: 'logger_analyst',
        description: 'Analyses temperature logger downloads',
        instructions: 'Download and interpret temperature loggers.',
        replies: [
          {
            call: 'read_logger',
            args: { logger: 'LogTag TRED30 #88412' },
            result:
              'LogTag TRED30 #88412, trip NBO→KSM 2026-12-02 22:10 to 2026-12-03 14:35 EAT, unit °F: min 36.1, max 46.0 (2026-12-03 09:40–10:25), mean 40.6; no reading below 35.6 or above 46.4; VVM stage 1 on 12 sampled vials.',
          },
          {
            say: 'Logger #88412 (22:10 on 2 Dec to 14:35 on 3 Dec, EAT), converted to °C: minimum 2.3 °C, maximum 7.8 °C between 09:40 and 10:25 on 3 Dec, mean 4.8 °C. No time outside +2 to +8 °C, no freezing; VVM stage 1 on all 12 sampled vials.',
          },
        ],
      },
      {
        name: 'distribution_lead',
        description: 'Leads vaccine distribution to sub-county stores',
        instructions: 'Have routes planned for released stock and confirm the distribution.',
        replies: [
          {
            handoff: 'route_planner',
            message:
              'Route 1,200 doses of MMR-K2291 (120 vials of 10 doses) to Kisumu East, Kisumu West, Nyando, Muhoroni, Nyakach and Seme this week on the standard allocation.',
          },
          {
            say: 'Distribution of MMR-K2291 set for Sat 05/12/2026 on route R-KSM-49: Kisumu East 26 vials (260 doses), Kisumu West 22 (220), Seme 20 (200), Nyakach 18 (180), Nyando 20 (200), Muhoroni 14 (140); 120 vials, 1,200 doses.',
          },
        ],
      },
      {
        name: 'route_planner',
        description: 'Plans vaccine delivery routes',
        instructions: 'Allocate stock to stores and plan the delivery route.',
        replies: [
          {
            call: 'get_allocation',
            args: { lot: 'MMR-K2291', vials: 120 },
            result:
              'Standard allocation, 10-dose vials: Kisumu East 26, Kisumu West 22, Nyando 20, Muhoroni 14, Nyakach 18, Seme 20 (total 120).',
          },
          {
            call: 'plan_route',
            args: { from: 'Kisumu county store', date: '2026-12-05', stops: 6 },
            result:
              'R-KSM-49, truck KBZ 114T with 3 RCW25 cold boxes, depart 07:00: Kisumu East 07:40, Kisumu West 08:30, Seme 09:45, Nyakach 11:20, Nyando 12:30, Muhoroni 13:40.',
          },
          {
            say: 'Route R-KSM-49 on 5 Dec 2026, truck KBZ 114T with three RCW25 cold boxes leaving at 07:00: Kisumu East 26 vials (07:40), Kisumu West 22 (08:30), Seme 20 (09:45), Nyakach 18 (11:20), Nyando 20 (12:30), Muhoroni 14 (13:40). 120 ten-dose vials = 1,200 doses.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'timbercruise-price-feed-down-admitted',
    title:
      'In a three-way timber cruise, the optional log-price branch hits a 503 and says so; the report gives volumes and leaves value out',
    domain: 'forestry timber cruising',
    mast: ['FM-3.1', 'FM-3.3'],
    nearMissOf:
      'agent_error (tool error): the price scout’s tool fails and it says it has no prices; its branch was optional and the report states that no value is given',
    request:
      'Cruise report for stand 14-C on the Halvorsen tract (38.6 ha of Douglas-fir and western hemlock, planned clearcut in summer 2027): gross and net merchantable volume by species. If current log prices are handy, add a rough value too.',
    topology: {
      shape: 'fanout',
      planner: 'cruise_planner',
      workers: ['plot_volume_analyst', 'defect_analyst', 'log_price_scout'],
      aggregator: 'cruise_report_writer',
    },
    agents: [
      {
        name: 'cruise_planner',
        description: 'Plans timber cruise analysis',
        instructions: 'Write one brief per analyst.',
        replies: [
          {
            plan: {
              plot_volume_analyst:
                'Compile gross merchantable volume for stand 14-C from the 42 variable-radius plots (BAF 20), per hectare and for the 38.6 ha, by species.',
              defect_analyst:
                'From the same plot tallies, give defect and breakage deductions by species for stand 14-C so we can go from gross to net.',
              log_price_scout:
                'Optional: get current coastal log prices (per m³) for Douglas-fir, hemlock and redcedar. If the price index is not available, say so; do not estimate.',
            },
          },
        ],
      },
      {
        name: 'plot_volume_analyst',
        description: 'Compiles plot volumes',
        instructions: 'Compute stand volumes from the cruise plots.',
        replies: [
          {
            call: 'compute_volume',
            args: { stand: '14-C', plots: 42, baf: 20 },
            result:
              'Stand 14-C, 42 plots, BAF 20: gross merchantable m³/ha — Douglas-fir 612, western hemlock 188, western redcedar 31 (total 831); 414 stems/ha ≥ 20 cm DBH.',
          },
          {
            say: 'Gross merchantable volume, 14-C (38.6 ha, 42 plots at BAF 20): Douglas-fir 612 m³/ha → 23,623 m³; western hemlock 188 m³/ha → 7,257 m³; western redcedar 31 m³/ha → 1,197 m³. Total 831 m³/ha, 32,077 m³.',
          },
        ],
      },
      {
        name: 'defect_analyst',
        description: 'Estimates defect and breakage deductions',
        instructions: 'Estimate deductions from the plot tallies.',
        replies: [
          {
            call: 'defect_summary',
            args: { stand: '14-C' },
            result:
              'Defect/breakage: Douglas-fir 6 % (forks, sweep); western hemlock 14 % (Echinodontium conks on 11 % of stems); western redcedar 22 % (butt rot).',
          },
          {
            say: 'Deductions for 14-C: Douglas-fir 6 % (forks and sweep), western hemlock 14 % (Indian paint fungus conks on about 1 stem in 9), western redcedar 22 % (butt rot).',
          },
        ],
      },
      {
        name: 'log_price_scout',
        description: 'Looks up log market prices',
        instructions: 'Report current log prices from the market index; never estimate.',
        replies: [
          {
            call: 'get_log_prices',
            args: { region: 'BC Coast', month: '2026-11' },
            result: {
              error: 'log-market-api: 503 Service Unavailable (November 2026 index not yet published)',
            },
          },
          {
            say: 'No prices from me: the log market index returned 503 Service Unavailable because the November 2026 index is not published yet. I have no current figures, so I am not giving a value.',
          },
        ],
      },
      {
        name: 'cruise_report_writer',
        description: 'Writes timber cruise reports',
        instructions: 'Write the cruise report from the analysts’ results.',
        prompt: 'Analyst results:\n{input}\n\nWrite the cruise report for: {request}',
        replies: [
          {
            say: 'Cruise report, stand 14-C, Halvorsen tract (38.6 ha; 42 plots, BAF 20). Gross merchantable volume 32,077 m³ (831 m³/ha): Douglas-fir 23,623 m³, western hemlock 7,257 m³, western redcedar 1,197 m³. Net after defect and breakage (Fd 6 %, Hw 14 %, Cw 22 %): 29,381 m³ — Douglas-fir 22,206 m³, hemlock 6,241 m³, redcedar 934 m³. No value estimate: the November 2026 coastal log price index is not published yet, so current prices were not available.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'groundhandling-stand-reallocated-new-stand-used',
    title:
      'The stand allocator re-checks, finds the flight moved to a remote stand, and hands on the new stand; fuel is restated from kg to litres',
    domain: 'airport ground handling',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a re-check changes the stand and the NEW stand (571R) is what every later agent gets; fuel mass converted to volume',
    request:
      'Turnaround for EZY48KP (A320neo G-UZHF) arriving at Gatwick North from Lyon, STA 14:05Z on 04DEC, going out as EZY49KP. Coordinate the stand, baggage and fuel.',
    topology: {
      shape: 'network',
      coordinator: 'turnaround_coordinator',
      workers: ['stand_allocator', 'baggage_lead', 'fuel_dispatcher'],
    },
    agents: [
      {
        name: 'turnaround_coordinator',
        description: 'Turnaround coordinator in the ramp control room',
        instructions: 'Route stand, baggage and fuel to the specialists, then sum up the turnaround plan.',
        replies: [
          {
            handoff: 'stand_allocator',
            message: 'Confirm the stand for EZY48KP (A320neo G-UZHF), STA 14:05Z at LGW North.',
          },
          {
            handoff: 'baggage_lead',
            message:
              'EZY48KP on remote stand 571R, on-block 14:05Z: 156 pax in, 97 bags in holds 4/5; outbound EZY49KP 14:50Z with 171 pax. Send a team and tug to 571R.',
          },
          {
            handoff: 'fuel_dispatcher',
            message:
              'Fuel EZY49KP (G-UZHF) on stand 571R: uplift to 6,400 kg block fuel, captain’s final figure by 14:25Z.',
          },
          {
            say: 'EZY48KP/EZY49KP at LGW North: remote stand 571R (reallocated from 553 at 13:41Z), two passenger buses; baggage team B-14 with tug T-22 at the stand from 13:55Z; bowser F-09 at 14:15Z for about 8,000 L (6,400 kg) of Jet A-1; off-block target 14:50Z.',
          },
        ],
      },
      {
        name: 'stand_allocator',
        description: 'Allocates aircraft stands',
        instructions: 'Confirm stand allocations; check again before confirming when plans are moving.',
        replies: [
          {
            call: 'get_stand',
            args: { flight: 'EZY48KP', airport: 'LGW', terminal: 'North' },
            result: 'EZY48KP: stand 553 (contact, pier 5), planned 13:55–14:50Z.',
          },
          {
            call: 'get_stand',
            args: { flight: 'EZY48KP', airport: 'LGW', terminal: 'North' },
            result:
              'EZY48KP: REALLOCATED 13:41Z to stand 571R (remote); 553 blocked by delayed BA2641. Buses required: 2.',
            text: 'North stand plans are moving this afternoon; checking again before I confirm.',
            waitMs: 60_000,
          },
          {
            say: 'EZY48KP is now on remote stand 571R — reallocated at 13:41Z from contact stand 553, which the delayed BA2641 is blocking. Two buses needed; on-block 14:05Z.',
          },
        ],
      },
      {
        name: 'baggage_lead',
        description: 'Ramp baggage team leader',
        instructions: 'Assign baggage teams and equipment to stands.',
        replies: [
          {
            call: 'assign_team',
            args: { flight: 'EZY48KP', stand: '571R', from: '13:55Z' },
            result: 'Team B-14 (4 loaders, tug T-22, 3 dollies) assigned to 571R from 13:55Z.',
          },
          {
            say: 'Team B-14 — four loaders, tug T-22 and three dollies — is at 571R from 13:55Z for the 97 inbound bags and the EZY49KP load.',
          },
        ],
      },
      {
        name: 'fuel_dispatcher',
        description: 'Dispatches fuel bowsers',
        instructions: 'Send a bowser for the requested uplift.',
        replies: [
          {
            call: 'dispatch_bowser',
            args: { flight: 'EZY49KP', stand: '571R', block_fuel_kg: 6400 },
            result: 'Bowser F-09 to 571R at 14:15Z; planned uplift 8,000 L (≈ 6,400 kg at 0.80 kg/L).',
          },
          {
            say: 'Bowser F-09 will be at 571R at 14:15Z; planned uplift about 8,000 litres of Jet A-1 (6,400 kg at 0.80 kg/L), final figure from the captain by 14:25Z.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'regatta-briefs-paraphrased-results-returned',
    title:
      'The race officer rewords the request for the course setter and the scorer (knots to m/s, dates reformatted); both hand back results that reach the plan',
    domain: 'sailing regatta race management',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: briefs are paraphrased, not copied, and keep every requirement; hand-backs carry the results into the final plan',
    request:
      'Race committee plan for day 2 of the Solent Autumn Series (Sat 12 Dec 2026): 38 boats in three classes (J/70 ×16, Cape 31 ×9, IRC 2 ×13). Forecast SW 14–18 kt. Set the courses and get day 1 scored.',
    topology: {
      shape: 'supervisor',
      coordinator: 'principal_race_officer',
      workers: ['course_setter', 'scoring_clerk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'principal_race_officer',
        description: 'Principal race officer running the race committee',
        instructions: 'Have courses set and results scored, then issue the day plan.',
        replies: [
          {
            handoff: 'course_setter',
            message:
              'Day 2, 12/12/2026, 38 entries: J/70 (16), Cape 31 (9), IRC 2 (13). Wind south-westerly 14 to 18 knots (about 7–9 m/s). Windward-leeward courses per class, target race time about 50 minutes for the J/70s and about 70 for the two bigger classes; give me mark positions and start times.',
          },
          {
            handoff: 'scoring_clerk',
            message:
              'Score yesterday (11 Dec) for all three classes under the Low Point System, including any protest or redress decisions that change places.',
          },
          {
            say: 'Day 2 plan, Saturday 12 December 2026, wind 225° at about 16 kt. Starts: J/70 10:30 (4 laps × 0.9 nm, ~50 min), Cape 31 10:40 (3 × 1.4 nm, ~70 min), IRC 2 10:50 (3 × 1.2 nm, ~72 min). Windward mark 50°45.20′N 001°17.80′W, leeward gate 1.4 nm on 045°. Overnight standings (Low Point, results v2): J/70 GBR 1471 Jet on 4 pts after protest P-04 (GBR 1509 DSQ race 2); Cape 31 Raptor on 3 pts; IRC 2 Xara on 4 pts with redress.',
          },
        ],
      },
      {
        name: 'course_setter',
        description: 'Sets race courses',
        instructions: 'Set courses for the classes and conditions you are given.',
        replies: [
          {
            call: 'compute_course',
            args: { wind_dir_deg: 225, wind_kt: 16, classes: ['J/70', 'Cape 31', 'IRC 2'] },
            result:
              'J/70: W/L 0.9 nm × 4 laps, est 49 min. Cape 31: W/L 1.4 nm × 3 laps, est 69 min. IRC 2: W/L 1.2 nm × 3 laps, est 72 min. Windward mark 50°45.20′N 001°17.80′W; leeward gate 045°, 1.4 nm.',
          },
          {
            say: 'Courses for 12 Dec, wind 225° ~16 kt: J/70 W/L 4 laps of 0.9 nm (≈49 min), start 10:30; Cape 31 W/L 3 laps of 1.4 nm (≈69 min), start 10:40; IRC 2 W/L 3 laps of 1.2 nm (≈72 min), start 10:50. Windward mark at 50°45.20′N 001°17.80′W, leeward gate 1.4 nm downwind on 045°.',
          },
        ],
      },
      {
        name: 'scoring_clerk',
        description: 'Scores race results',
        instructions: 'Score results under the Racing Rules of Sailing and report standings.',
        replies: [
          {
            call: 'fetch_results',
            args: { event: 'SAS-2026', day: 1 },
            result:
              'Day 1 (2026-12-11): J/70 3 races, Cape 31 2 races, IRC 2 2 races. Protest P-04 (GBR 1471 v GBR 1509): 1509 DSQ race 2. Redress IRC 2 "Xara" race 1: average points 3.0. Leaders: J/70 GBR 1471 Jet 1-2-1 = 4; Cape 31 Raptor 2-1 = 3; IRC 2 Xara 3.0-1 = 4.',
          },
          {
            say: 'Day 1 scored (Low Point, posted as v2 at 19:05 on 11 Dec): J/70 leader GBR 1471 Jet, 1-2-1 = 4 pts, after P-04 disqualified GBR 1509 in race 2; Cape 31 leader Raptor, 2-1 = 3 pts; IRC 2 leader Xara, 4 pts with redress of 3.0 average points in race 1.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'bakery-allergen-revise-once-fixed',
    title:
      'The allergen reviewer sends the plan back once (sesame before the sesame-free buns); the planner reorders the line and the second plan is approved',
    domain: 'wholesale bakery production',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: one REVISE round whose fix is actually made (plan v2 differs from v1), then APPROVED; long run with order ids, tray counts and dough weights',
    request:
      'Night-shift production for Thursday 10 Dec 2026 at Hearth & Mill wholesale: 14,400 brioche burger buns (WO-88120, Burgerhaus, sesame-free spec), 6,000 sourdough rolls (WO-88131) and 2,400 sesame bagels (WO-88133). Only Line 2 has the sesame dispenser.',
    topology: {
      shape: 'pipeline',
      order: ['production_planner', 'allergen_reviewer', 'dispatch_writer'],
      loop: { from: 'allergen_reviewer', to: 'production_planner', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'production_planner',
        description: 'Plans bakery line production',
        instructions: 'Plan the night shift across the lines; when the reviewer asks for changes, make them.',
        prompt: 'Orders: {request}\n\nReviewer notes (if any): {input}',
        replies: [
          {
            say: 'Plan PP-1210 v1. Line 2: 22:00–00:40 sesame bagels 2,400 (40 trays × 60), then 00:50–04:30 brioche buns 14,400 (240 trays × 60). Line 1: 22:00–02:10 sourdough rolls 6,000 (125 trays × 48). Dough: brioche 1,152 kg (80 g pieces), sourdough 540 kg (90 g), bagel 264 kg (110 g).',
          },
          {
            say: 'Plan PP-1210 v2. Line 2: 22:00–01:40 brioche buns 14,400 (240 trays × 60) first, then 01:50–04:30 sesame bagels 2,400 (40 trays × 60), full allergen clean 04:30–06:00 before the day shift. Line 1 unchanged: 22:00–02:10 sourdough rolls 6,000 (125 trays × 48). Dough unchanged: 1,152 kg brioche, 540 kg sourdough, 264 kg bagel.',
          },
        ],
      },
      {
        name: 'allergen_reviewer',
        description: 'Food safety reviewer for allergen controls',
        instructions:
          'Answer "APPROVED: <plan>" if allergen controls are met, else "REVISE: <what to change>".',
        prompt: 'Plan to review:\n{input}\n\nOrders: {request}',
        replies: [
          {
            say: 'REVISE: PP-1210 v1 runs sesame bagels on Line 2 before the Burgerhaus brioche (WO-88120), whose spec is sesame-free with no run after sesame on a shared line unless a full 90-minute, swab-verified allergen clean sits in between. Run the brioche first or add the clean.',
          },
          {
            say: 'APPROVED: PP-1210 v2. Line 2: brioche buns 14,400 (240 trays) 22:00–01:40, then sesame bagels 2,400 (40 trays) 01:50–04:30, full allergen clean 04:30–06:00. Line 1: sourdough rolls 6,000 (125 trays) 22:00–02:10. No sesame ahead of the Burgerhaus run; allergen controls met.',
          },
        ],
      },
      {
        name: 'dispatch_writer',
        description: 'Writes loading and dispatch sheets',
        instructions: 'Write the dispatch sheet from the approved plan.',
        prompt:
          'Approved plan:\n{input}\n\nWrite the loading sheet for the Friday 11 Dec 2026 deliveries of: {request}',
        replies: [
          {
            say: 'Dispatch sheet DS-1211 (Fri 11/12/2026), from plan PP-1210 v2. Van 1, 06:30: Burgerhaus, 14,400 brioche buns on 240 trays (WO-88120), sesame-free run, batch BR-1210-N. Van 2, 06:45: 6,000 sourdough rolls on 125 trays (WO-88131). Van 3, 07:00: 2,400 sesame bagels on 40 trays (WO-88133), loaded last and bagged separately.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

/** Blind batch 8: 10 faults and 6 healthy look-alikes in 16 new domains, every topology. */
export const blindBatch8Scenarios = [...faults, ...lookAlikes];
