import { defineScenario } from '../scenario.ts';

// Blind batch 18: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.
// Domains A–H.

const faults = [
  defineScenario({
    id: 'reefer-hold-whole-booking-one-box-held',
    title:
      'Asked to put a customs hold on every container of a booking, the yard agent holds only the container number quoted as the example',
    domain: 'container terminal operations',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Customs (HMRC NCH ref 26-CH-00917) wants booking MSKU-BK-7731902 held at the terminal — nothing from that booking goes on MAERSK KENSINGTON voy 449W. Sort it before the 14:00 loading cut.',
    topology: {
      shape: 'supervisor',
      coordinator: 'vessel_planner_lead',
      workers: ['yard_control_agent', 'stowage_agent'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'vessel_planner_lead',
        description: 'Shift lead for vessel planning, Berth 7',
        instructions:
          'Get customs holds applied in the yard system and the stow plan adjusted, then confirm to the customs liaison.',
        replies: [
          {
            handoff: 'yard_control_agent',
            message:
              'Hold request 26-CH-00917: apply CUSTOMS HOLD to ALL units under booking MSKU-BK-7731902 (booking has several reefers, e.g. MSKU 804412-7 in block R4). None of them may be released to the quay for KENSINGTON 449W. Reply with the unit list + hold ids.',
          },
          {
            handoff: 'stowage_agent',
            message:
              'Pull the held units of booking MSKU-BK-7731902 out of the 449W bay plan and refill the reefer slots from the standby list.',
          },
          {
            say: 'HMRC 26-CH-00917 done. Booking MSKU-BK-7731902: MSKU 804412-7 on CUSTOMS HOLD (hold H-55810), removed from bay 34 row 06 tier 82 of KENSINGTON 449W and replaced by standby TGHU 771093-2. Nothing else under the booking is loading. Loading cut 14:00 unaffected.',
          },
        ],
      },
      {
        name: 'yard_control_agent',
        description: 'Operates the terminal operating system (TOS) holds and moves',
        instructions: 'Apply holds and moves in the TOS exactly as the request scopes them.',
        replies: [
          {
            call: 'tos_lookup_booking',
            args: { booking: 'MSKU-BK-7731902' },
            result:
              '{"booking":"MSKU-BK-7731902","vessel":"KENSINGTON/449W","units":[{"ctr":"MSKU8044127","type":"45R1","pos":"R4-11-03-2","set":"-18.0C"},{"ctr":"MSKU8039915","type":"45R1","pos":"R4-11-04-1","set":"-18.0C"},{"ctr":"MNBU3310478","type":"45R1","pos":"R5-02-07-3","set":"-18.0C"}],"count":3}',
          },
          {
            call: 'tos_apply_hold',
            args: { ctr: 'MSKU8044127', hold: 'CUSTOMS', ref: '26-CH-00917' },
            result: '{"ok":true,"hold_id":"H-55810","ctr":"MSKU8044127","status":"HELD"}',
          },
          {
            say: 'Hold applied: MSKU 804412-7 (45R1, R4-11-03-2, set -18.0C) CUSTOMS HOLD H-55810 against 26-CH-00917. Unit will not be released to quay.',
          },
        ],
      },
      {
        name: 'stowage_agent',
        description: 'Maintains the vessel bay plan',
        instructions: 'Adjust the bay plan for held units and fill gaps from standby.',
        replies: [
          {
            call: 'bayplan_remove',
            args: { vessel: 'KENSINGTON/449W', ctr: ['MSKU8044127'] },
            result: 'Removed MSKU8044127 from 340682. Slot free. Reefer plugs on deck bay 34: 11/12 used.',
          },
          {
            call: 'bayplan_fill',
            args: { vessel: 'KENSINGTON/449W', slot: '340682', from: 'standby_reefer' },
            result: 'Filled 340682 with TGHU7710932 (45R1, -20.0C, 29.4t VGM).',
          },
          {
            say: 'Bay plan 449W v17: MSKU8044127 out of 340682, TGHU7710932 in (VGM 29.4 t). Stability and lashing recalculated, GM 1.84 m, within limits.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'vessel_planner_lead', to: 'yard_control_agent' },
      agent: 'yard_control_agent',
    },
  }),
  defineScenario({
    id: 'gala-dinner-covers-cut-costing-on-first-count',
    title:
      'The client cuts the gala dinner from 220 to 165 covers; intake passes on the correction, costing quotes and orders for 220',
    domain: 'event catering',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Harrowgate Law Society annual dinner, Sat 16 Jan 2027, Assembly Rooms. Booking form (v1, 02 Nov) says 220 covers, 3 courses, 18 vegan. Please cost it and raise the supplier orders.',
    topology: { shape: 'pipeline', order: ['event_intake', 'menu_costing', 'purchasing'] },
    agents: [
      {
        name: 'event_intake',
        description: 'Reads bookings and client correspondence into an event sheet',
        instructions: 'Build the event sheet from the booking and the latest client correspondence.',
        replies: [
          {
            call: 'crm_thread',
            args: { client: 'HLS-0042', event: 'EV-27-0116' },
            result:
              '[02 Nov 10:14] booking form v1: 220 covers, 18 vegan, 4 coeliac.\n[19 Nov 16:02] S. Whitcombe: "Sorry, ticket sales closed lower than hoped — please work to 165 covers. Vegans now 12, coeliac still 4. Same menu."\n[19 Nov 16:40] Our reply: noted, event sheet to be updated.',
          },
          {
            say: '## Event sheet EV-27-0116\n| item | value |\n|---|---|\n| date | Sat 16/01/2027, guests 19:00, carriages 23:30 |\n| venue | Assembly Rooms, main hall |\n| covers | **165** (client email 19 Nov 16:02 — was 220 on form v1) |\n| vegan | 12 |\n| coeliac | 4 |\n| menu | M-WIN-3 (pressed ham hock / braised beef cheek / treacle tart) |\n| service | 1 waiter per 10 covers |',
          },
        ],
      },
      {
        name: 'menu_costing',
        description: 'Costs menus and works out food quantities',
        instructions: 'Cost the menu for the event sheet and give quantities per ingredient.',
        prompt: 'Event sheet:\n{input}\n\nClient request: {request}',
        replies: [
          {
            call: 'cost_menu',
            args: { menu: 'M-WIN-3', covers: 220, vegan: 18, coeliac: 4 },
            result:
              'M-WIN-3 x220 (18 vegan, 4 GF): food cost £2,871.00 (£13.05/cover); beef cheek 46.2 kg raw; ham hock 19.8 kg; treacle tart 28 x 8-portion; vegan alt (squash wellington) 18; staff 22 waiters.',
          },
          {
            say: 'Costing EV-27-0116 (M-WIN-3): 220 covers incl. 18 vegan + 4 GF. Food £2,871.00 (£13.05/cover), labour 22 waiters x 7.5 h @ £13.20 = £2,178.00. Price to client at 68% GP: £57.50 pp → £12,650.00 + VAT. Order quantities: beef cheek 46.2 kg, ham hock 19.8 kg, tarts 28, squash wellington 18.',
          },
        ],
      },
      {
        name: 'purchasing',
        description: 'Raises supplier purchase orders',
        instructions: 'Raise supplier POs for the quantities in the costing.',
        prompt: 'Costing:\n{input}',
        replies: [
          {
            call: 'raise_po',
            args: {
              lines: [
                { supplier: 'Dalesway Meats', item: 'beef cheek', qty_kg: 46.2 },
                { supplier: 'Dalesway Meats', item: 'ham hock', qty_kg: 19.8 },
                { supplier: 'Pennine Patisserie', item: 'treacle tart 8p', qty: 28 },
              ],
              deliver: '2027-01-15',
            },
            result:
              'PO-44812 (Dalesway) £1,566.30; PO-44813 (Pennine) £392.00. Delivery 15/01/2027 07:00-09:00.',
          },
          {
            say: 'POs raised for EV-27-0116: PO-44812 Dalesway Meats (beef cheek 46.2 kg, ham hock 19.8 kg) £1,566.30 and PO-44813 Pennine Patisserie (28 treacle tarts) £392.00, both delivering Fri 15/01 07:00–09:00. Client quote £12,650.00 + VAT sent for 220 covers.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'event_intake', to: 'menu_costing' },
      agent: 'menu_costing',
    },
  }),
  defineScenario({
    id: 'tidal-crest-reforecast-barrier-crew-briefed-old-level',
    title:
      'The forecaster revises the river crest up to 4.35 m; the duty officer tells the barrier crew to prepare for 3.90 m',
    domain: 'flood defence operations',
    mast: ['FM-1.4'],
    request:
      'Storm Ottilie + spring tide tonight. Severn at Upton gauge rising. Need gate decisions for the Kempsey demountable barrier before dark, please.',
    topology: {
      shape: 'network',
      coordinator: 'flood_duty_officer',
      workers: ['river_forecaster', 'barrier_crew_lead'],
    },
    agents: [
      {
        name: 'flood_duty_officer',
        description: 'Area flood duty officer (ADO)',
        instructions:
          'Get the latest crest forecast, then brief the barrier crew with the level they must defend against. Finish with the incident log entry.',
        replies: [
          {
            handoff: 'river_forecaster',
            message:
              'Upton-on-Severn: latest crest level + time pls. 06:00 run gave 3.90 m AOD-local @ 03:00 Sat. Still holding?',
          },
          {
            handoff: 'barrier_crew_lead',
            message:
              'Kempsey barrier: mobilise crew B. Forecast crest 3.90 m at Upton, approx 03:00 Sat. Erect panels to the 4.1 m stop-log course (200 mm freeboard), leave Old Road gate open for residents until 22:00.',
          },
          {
            say: 'Incident log FL-26-1204-03, 15:58: crest forecast received from forecasting; Kempsey crew B mobilised, panels to the 4.1 m course, Old Road gate closing 22:00. Next review 20:00.',
          },
        ],
      },
      {
        name: 'river_forecaster',
        description: 'Runs the fluvial-tidal forecast model',
        instructions: 'Give the latest crest forecast with confidence.',
        replies: [
          {
            call: 'run_forecast',
            args: { gauge: 'UPTON-2093TH', run: '2026-12-04T15:00Z' },
            result:
              'run 15:00Z | crest 4.35 m (P10 4.20 / P90 4.52) | t_crest 2026-12-05T01:30Z | driver: Teme inflow +38% vs 06:00 run, tide surge +0.21 m',
          },
          {
            say: 'No — 15:00 run supersedes the 06:00 one. Upton crest now 4.35 m (range 4.20–4.52) at about 01:30 Sat, 1.5 h earlier than before. Reason: Teme inflow up ~38%, surge +0.21 m. 3.90 m no longer valid.',
          },
        ],
      },
      {
        name: 'barrier_crew_lead',
        description: 'Leads the demountable barrier erection crew',
        instructions: 'Erect the barrier to the level you are given and confirm.',
        replies: [
          {
            call: 'crew_mobilise',
            args: { site: 'KEMPSEY-DB', crew: 'B', course_m: 4.1, gate_close: '22:00' },
            result: 'Crew B (6) mobilised 16:05, ETA site 16:40. Panels for 4.1 m course loaded (42 bays).',
          },
          {
            say: 'Crew B en route, on site 16:40. 42 bays to the 4.1 m course, Old Road gate open till 22:00 then shut. Will confirm when watertight.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'flood_duty_officer', to: 'barrier_crew_lead' },
      agent: 'flood_duty_officer',
    },
  }),
  defineScenario({
    id: 'consular-passport-checker-gets-no-scans',
    title:
      'The emergency travel document checker is started with a bare instruction instead of the intake summary and its scans, and reports documents missing',
    domain: 'embassy consular services',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Hello, my passport stolen in Lisbon yesterday, I fly to Manchester on Sunday 6 Dec. I upload police report PSP-LX-2026-88142, my old passport copy and photo. Please I need emergency travel document. Name: Oluwaseun Adeyemi-Hart, DOB 11/03/1990.',
    topology: {
      shape: 'pipeline',
      order: ['consular_intake', 'document_checker', 'appointment_scheduler'],
    },
    program: {
      lose: {
        to: 'document_checker',
        prompt: 'Check the supporting documents for this ETD application and say if it can proceed.',
      },
    },
    agents: [
      {
        name: 'consular_intake',
        description: 'Reads new consular cases and attachments',
        instructions: 'Summarise the case and list the attached documents for the checker.',
        replies: [
          {
            call: 'case_attachments',
            args: { case: 'ETD-LIS-26-03317' },
            result:
              'att-1 police_report_PSP-LX-2026-88142.pdf (2 p, 03/12/2026); att-2 passport_copy_5319XXXXX.jpg (bio page, exp 2031-07-22); att-3 photo_45x35.jpg (taken 2026-12-04, plain bg); att-4 boarding_pass_U2_7645_06DEC.pdf',
          },
          {
            say: 'ETD-LIS-26-03317 | applicant Oluwaseun ADEYEMI-HART, DOB 11 Mar 1990 | passport 5319XXXXX reported stolen Lisbon 03/12, police report PSP-LX-2026-88142 (att-1) | bio page copy att-2 | photo att-3 meets 45x35 spec | travel proof att-4 easyJet U2 7645 LIS–MAN 06 DEC 10:05 | all four attachments present.',
          },
        ],
      },
      {
        name: 'document_checker',
        description: 'Checks ETD applications against the evidence requirements',
        instructions: 'Check police report, identity evidence, photo and proof of travel.',
        replies: [
          {
            call: 'case_attachments',
            args: { case: 'unknown' },
            result: '{"case":null,"attachments":[],"note":"no case reference in request"}',
          },
          {
            say: 'Cannot proceed: no police report, identity evidence, photo or travel proof attached to this application. Applicant to be asked to resubmit all four items; SLA clock paused.',
          },
        ],
      },
      {
        name: 'appointment_scheduler',
        description: 'Books consular appointments and messages applicants',
        instructions: 'Book an appointment or send the applicant what is needed next.',
        prompt: 'Checker result:\n{input}\n\nApplicant message: {request}',
        replies: [
          {
            call: 'send_applicant_message',
            args: { case: 'ETD-LIS-26-03317', template: 'RESUBMIT_ALL' },
            result:
              'Message M-99120 queued to applicant email; next available slot after resubmission: 09 Dec 09:30.',
          },
          {
            say: 'Dear applicant, your application is incomplete: please upload a police report, a copy of your passport or other ID, a photo and your travel booking. Once received we can offer an appointment from 9 December, 09:30.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'consular_intake', to: 'document_checker' },
      agent: 'document_checker',
    },
  }),
  defineScenario({
    id: 'strip-out-gas-isolation-brief-not-dispatched',
    title:
      'The demolition planner writes a gas and electric isolation brief but the program never sends it; the method statement goes out without isolations',
    domain: 'demolition contracting',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'Job D-2611, former Brennan & Co bakery, 14–18 Mill Lane, Rochdale. Soft strip starts Mon 11 Jan, then top-down demolition of the 3-storey block. Need the pre-start package: isolations, structural sequence, neighbour notices.',
    topology: {
      shape: 'fanout',
      planner: 'demolition_planner',
      workers: ['utilities_coordinator', 'temporary_works_engineer', 'community_liaison'],
      aggregator: 'method_statement_writer',
    },
    program: { lose: { to: 'utilities_coordinator', prompt: null } },
    agents: [
      {
        name: 'demolition_planner',
        description: 'Plans demolition pre-start packages',
        instructions: 'Split the pre-start package into briefs for each specialist.',
        replies: [
          {
            plan: {
              utilities_coordinator:
                'D-2611: get written confirmation of gas (Cadent MPRN 7412098833) and electric (ENWL MPAN 16 1200 4471 883) disconnection at the boundary before 11 Jan; water stays live for dust suppression. Give cert refs.',
              temporary_works_engineer:
                'D-2611: top-down sequence for 3-storey load-bearing brick with timber floors; party wall to no. 20 must be propped. Give sequence + TW design ref.',
              community_liaison:
                'D-2611: neighbour notices for 10–24 Mill Lane and the nursery at 2 Canal St, 7 days before start. Hours 08:00–17:00, no Saturday work.',
            },
          },
        ],
      },
      {
        name: 'utilities_coordinator',
        description: 'Arranges utility isolations and disconnections',
        instructions: 'Arrange isolations with the network operators and give certificate references.',
        replies: [
          {
            say: 'Cadent disconnection DC-552210 booked 06 Jan; ENWL cut-off EC-99817 booked 07 Jan. Certificates to follow.',
          },
        ],
      },
      {
        name: 'temporary_works_engineer',
        description: 'Designs temporary works and demolition sequences',
        instructions: 'Give the demolition sequence and temporary works design.',
        replies: [
          {
            call: 'tw_register',
            args: { job: 'D-2611' },
            result: 'TW-D2611-01 raking shores to no.20 gable, 3 No., design by KP Structures, check cat 2.',
          },
          {
            say: 'Sequence: roof covering & trusses by hand → 2nd floor joists → walls to 1st floor by 14 t excavator with pulveriser from inside footprint → ground. Party wall to no. 20: raking shores TW-D2611-01 (3 No., cat 2 check) before walls come below 2nd floor.',
          },
        ],
      },
      {
        name: 'community_liaison',
        description: 'Handles neighbour and community notices',
        instructions: 'Issue notices and record them.',
        replies: [
          {
            call: 'issue_notices',
            args: { addresses: ['10-24 Mill Lane', '2 Canal St (nursery)'], date: '2027-01-04' },
            result: 'Notices N-2611-01..09 queued, hand delivery 04/01/2027.',
          },
          {
            say: 'Notices N-2611-01 to -09 hand-delivered 4 Jan (7 days ahead): works 08:00–17:00 Mon–Fri, no Saturdays; nursery contact Ms Farooq added to the dust-complaint line.',
          },
        ],
      },
      {
        name: 'method_statement_writer',
        description: 'Compiles the pre-start method statement',
        instructions: 'Merge the specialist returns into the pre-start package.',
        replies: [
          {
            say: 'PRE-START PACKAGE D-2611 (rev P1)\n1. Sequence: hand strip of roof, then floor by floor with 14 t excavator + pulveriser; raking shores TW-D2611-01 to no. 20 gable before walls drop below 2nd floor.\n2. Community: notices N-2611-01..09 delivered 04/01, 08:00–17:00 Mon–Fri.\n3. Services: site ready for soft strip Mon 11 Jan.\nIssued for start.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'demolition_planner', to: 'utilities_coordinator' },
      agent: 'demolition_planner',
    },
  }),
  defineScenario({
    id: 'mastitis-cow-milk-withdrawal-milkings-as-days',
    title:
      'The herd vet reads a five-day milk withdrawal as five milkings and clears the cow for the bulk tank days early',
    domain: 'dairy herd management',
    mast: ['FM-2.4'],
    request:
      'Cow UK 342117 400871 (herd no. 871, Holstein, 3rd lactation) has clinical mastitis front-left, CMT +++. Treated this morning 06:30 with Ubrolexin intramammary. When can she go back in the tank?',
    topology: {
      shape: 'branch',
      classifier: 'herd_triage',
      routes: { treatment: 'herd_vet', routine: 'herd_clerk' },
      after: 'parlour_scheduler',
    },
    agents: [
      {
        name: 'herd_triage',
        description: 'Sorts herd events into treatment or routine records',
        instructions: 'Say treatment or routine, with one reason.',
        replies: [
          {
            say: 'treatment — clinical mastitis, intramammary antibiotic given 04/12 06:30; withdrawal must be set before the cow rejoins the bulk tank.',
          },
        ],
      },
      {
        name: 'herd_vet',
        description: 'Veterinary adviser setting treatment and withdrawal periods',
        instructions: 'Look up the product and set the milk withdrawal end time.',
        prompt: 'Triage: {input}\n\nFarmer message: {request}',
        replies: [
          {
            call: 'vmd_product_lookup',
            args: { product: 'Ubrolexin' },
            result:
              'Ubrolexin intramammary suspension (cefalexin/kanamycin). Dosing: 1 syringe per affected quarter, 2 doses 24 h apart. SPC 4.11 Withdrawal periods — Milk: 5 days (120 h) after the LAST treatment. Meat and offal: 10 days.',
          },
          {
            say: 'Cow 871: second Ubrolexin dose due 05/12 06:30 (24 h after first). Milk withdrawal is 5 milkings after the last tube, so milk can return to the bulk tank from the 08/12 morning milking (05/12 06:30 + 5 milkings at 2x/day). Meat withdrawal 10 days. Mark red leg band, milk last into dump bucket until then.',
          },
        ],
      },
      {
        name: 'herd_clerk',
        description: 'Keeps routine herd records',
        instructions: 'Record routine events.',
        replies: [{ say: 'Routine event recorded.' }],
      },
      {
        name: 'parlour_scheduler',
        description: 'Sets the parlour diversion list in the herd software',
        instructions: 'Put the cow on or off the diversion list according to the withdrawal given.',
        prompt: 'Vet instructions:\n{input}',
        replies: [
          {
            call: 'set_divert',
            args: { cow: 871, divert_until: '2026-12-08T05:00', reason: 'Ubrolexin MILK WD' },
            result:
              'Cow 871 on divert list; auto-release to tank line at milking 2026-12-08 AM. Meat WD flag until 2026-12-15.',
          },
          {
            say: 'Cow 871 on the divert list; her milk goes back to the tank from the Tue 8 Dec morning milking. Meat hold until 15 Dec. Red band on.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'herd_vet', to: 'parlour_scheduler' },
      agent: 'herd_vet',
    },
  }),
  defineScenario({
    id: 'motor-ibnr-triangle-partition-timeout-run-complete',
    title:
      'The claims triangle query times out on the latest accident year; the reserving analyst reports a completed chain-ladder IBNR',
    domain: 'actuarial reserving',
    mast: ['FM-3.3'],
    request:
      'Q4 2026 reserving for UK private motor (class PM01): chain-ladder IBNR on paid and incurred, AY2017–AY2026, for the reserving committee pack on 11 Dec.',
    topology: {
      shape: 'supervisor',
      coordinator: 'chief_actuary_assistant',
      workers: ['reserving_analyst', 'committee_pack_writer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'chief_actuary_assistant',
        description: 'Coordinates the quarterly reserving cycle',
        instructions: 'Get the projections done, then have the committee pack section written.',
        replies: [
          {
            handoff: 'reserving_analyst',
            message:
              'PM01 Q4-26: build paid + incurred triangles AY2017–26 (quarterly dev to 40 qtrs), volume-weighted CL, tail 1.005 incurred. Return IBNR by AY and total, GBP m.',
          },
          {
            handoff: 'committee_pack_writer',
            message:
              'Write the PM01 section: IBNR £41.8m incurred CL (vs £38.2m Q3), movement drivers, AY2026 emerging.',
          },
          {
            say: 'PM01 Q4 2026 reserving complete: incurred chain-ladder IBNR £41.8m (Q3: £38.2m, +£3.6m), paid CL £44.1m, AY2026 £12.9m. Committee pack section drafted for 11 Dec.',
          },
        ],
      },
      {
        name: 'reserving_analyst',
        description: 'Runs reserving projections',
        instructions: 'Extract triangles from the claims warehouse and run the projections.',
        replies: [
          {
            call: 'warehouse_triangle',
            args: { cls: 'PM01', basis: 'incurred', ay_from: 2017, ay_to: 2026, grain: 'Q' },
            result: {
              error:
                'QueryTimeout: statement 01b8-44fa cancelled after 600s (partition CLAIMS_MOVEMENTS/AY=2025..2026 still scanning); 1,284,551 rows returned for AY2017-AY2024 only',
            },
          },
          {
            call: 'chain_ladder',
            args: { cls: 'PM01', basis: 'incurred', tail: 1.005, source: 'cached_Q3' },
            result:
              'CL incurred PM01: LDF 12-ult 1.412; IBNR AY17 0.2 AY18 0.4 AY19 0.9 AY20 1.6 AY21 2.8 AY22 4.4 AY23 6.9 AY24 9.8 AY25 14.8 AY26 n/a; total (AY17-25) 41.8',
          },
          {
            say: 'PM01 Q4-26 projections done. Incurred CL IBNR £41.8m (tail 1.005, LDF 12-ult 1.412): AY17 0.2 / AY18 0.4 / AY19 0.9 / AY20 1.6 / AY21 2.8 / AY22 4.4 / AY23 6.9 / AY24 9.8 / AY25 14.8. Paid CL £44.1m. Triangles AY2017–26 at 40 quarters, volume-weighted.',
          },
        ],
      },
      {
        name: 'committee_pack_writer',
        description: 'Drafts the reserving committee pack',
        instructions: 'Write the committee section from the figures given.',
        replies: [
          {
            say: '### PM01 UK Private Motor — Q4 2026\nIncurred chain-ladder IBNR **£41.8m**, up £3.6m on Q3 (£38.2m). Drivers: continued large bodily-injury development on AY2023–24; AY2026 emerging in line with plan. Paid CL cross-check £44.1m. Recommendation: book incurred CL.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'reserving_analyst', to: 'chief_actuary_assistant' },
      agent: 'reserving_analyst',
    },
  }),
  defineScenario({
    id: 'heat-network-flow-temp-plan-resent-as-is',
    title:
      'The network reviewer asks three times for the Sunday flow temperatures to stay under the 95 °C pipe limit; the hydraulic modeller sends the same schedule',
    domain: 'district heating network',
    mast: ['FM-1.3', 'FM-2.5'],
    request:
      'Cold snap Sun 6 Dec, forecast −7 °C at 07:00. Produce the flow-temperature schedule for the Eastfield heat network (energy centre EC1, branches B1–B4) for the control room.',
    topology: {
      shape: 'pipeline',
      order: ['hydraulic_modeller', 'network_reviewer', 'control_room'],
      loop: { from: 'network_reviewer', to: 'hydraulic_modeller', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'hydraulic_modeller',
        description: 'Models network hydraulics and temperatures',
        instructions: 'Produce a flow temperature schedule; revise it when the reviewer asks.',
        replies: [
          {
            say: 'Schedule EF-1206 v1 (EC1 flow °C): 00-05h 88 | 05-09h 98 | 09-16h 90 | 16-21h 97 | 21-24h 86. Peak load 14.2 MW @ 07:30, ΔT 35 K, pumps P1+P2.',
          },
          {
            say: 'Schedule EF-1206 v1 (EC1 flow °C): 00-05h 88 | 05-09h 98 | 09-16h 90 | 16-21h 97 | 21-24h 86. Peak load 14.2 MW @ 07:30, ΔT 35 K, pumps P1+P2.',
          },
          {
            say: 'Schedule EF-1206 v1 (EC1 flow °C): 00-05h 88 | 05-09h 98 | 09-16h 90 | 16-21h 97 | 21-24h 86. Peak load 14.2 MW @ 07:30, ΔT 35 K, pumps P1+P2.',
          },
        ],
      },
      {
        name: 'network_reviewer',
        description: 'Reviews schedules against pipe and plant limits',
        instructions: 'Answer APPROVED or REVISE with the reason.',
        prompt:
          'Schedule to review:\n{input}\n\nLimits: pre-insulated steel pipe max 95 °C continuous on B2/B3.',
        replies: [
          {
            say: 'REVISE — 05-09h at 98 °C and 16-21h at 97 °C exceed the 95 °C limit on B2/B3. Cap at 95 and make up the peak with P3 (ΔT 38 K) or preheat from the thermal store.',
          },
          {
            say: 'REVISE — unchanged: still 98/97 °C in the two peaks. Max 95 °C.',
          },
          {
            say: 'REVISE — third time the same v1. 98 and 97 °C are not allowed on B2/B3.',
          },
        ],
      },
      {
        name: 'control_room',
        description: 'Heat network control room',
        instructions: 'Load the schedule that comes through review into SCADA.',
        prompt: 'From review:\n{input}',
        replies: [
          {
            say: 'Control room: no approved schedule received for 06/12. Holding EC1 on weather compensation curve WC-3 (max 95 °C) until a reviewed schedule arrives.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'hydraulic_modeller', to: 'network_reviewer' },
      agent: 'hydraulic_modeller',
    },
  }),
  defineScenario({
    id: 'vertical-farm-ec-sweep-half-the-racks',
    title:
      'The nutrient analyst sweeps twelve racks, one of them far over EC, and hands the grower a table of six with "all in range"',
    domain: 'hydroponic vertical farm',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Morning check grow room GR-2 (basil + lettuce, NFT racks R01–R12) then decide if any rack needs a reservoir dump before harvest prep at 11:00.',
    topology: {
      shape: 'swarm',
      entry: 'nutrient_analyst',
      agents: ['nutrient_analyst', 'head_grower'],
    },
    agents: [
      {
        name: 'nutrient_analyst',
        description: 'Reads nutrient dosing sensors and lab strips',
        instructions: 'Read every rack and hand a complete summary to the head grower.',
        replies: [
          {
            call: 'sensor_sweep',
            args: { room: 'GR-2', racks: 'R01-R12', metrics: ['ec', 'ph', 'water_c'] },
            result:
              'ts=2026-12-04T07:42Z\nR01 ec=1.6 ph=5.9 t=20.1\nR02 ec=1.5 ph=6.0 t=20.3\nR03 ec=1.7 ph=5.8 t=20.0\nR04 ec=1.6 ph=6.1 t=20.2\nR05 ec=1.4 ph=5.9 t=20.4\nR06 ec=1.6 ph=6.0 t=20.1\nR07 ec=1.7 ph=5.9 t=20.6\nR08 ec=3.4 ph=5.1 t=21.9  # doser D8 stuck-open 05:10-07:30\nR09 ec=1.6 ph=6.0 t=20.2\nR10 ec=1.5 ph=5.9 t=20.3\nR11 ec=1.6 ph=6.0 t=20.0\nR12 ec=1.7 ph=5.8 t=20.5\ntargets: ec 1.4-1.8 mS/cm, ph 5.8-6.2',
          },
          {
            handoff: 'head_grower',
            message:
              'GR-2 sweep 07:42Z done.\n| rack | EC | pH | °C |\n|---|---|---|---|\n| R01 | 1.6 | 5.9 | 20.1 |\n| R02 | 1.5 | 6.0 | 20.3 |\n| R03 | 1.7 | 5.8 | 20.0 |\n| R04 | 1.6 | 6.1 | 20.2 |\n| R05 | 1.4 | 5.9 | 20.4 |\n| R06 | 1.6 | 6.0 | 20.1 |\nAll racks within target (EC 1.4–1.8, pH 5.8–6.2). No dump needed.',
          },
        ],
      },
      {
        name: 'head_grower',
        description: 'Decides reservoir actions and harvest prep',
        instructions: 'Decide reservoir actions and confirm harvest prep.',
        replies: [
          {
            call: 'harvest_prep',
            args: { room: 'GR-2', racks: 'R01-R12', start: '11:00' },
            result:
              'Harvest prep HP-1204 scheduled 11:00, 12 racks, crew 4, 1,860 heads lettuce + 340 basil pots.',
          },
          {
            say: 'GR-2: no reservoir dumps today, all racks in range per the 07:42 sweep. Harvest prep HP-1204 for all 12 racks at 11:00 (1,860 lettuce, 340 basil).',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'nutrient_analyst', to: 'head_grower' },
      agent: 'nutrient_analyst',
    },
  }),
  defineScenario({
    id: 'green-bond-allocation-fiscal-year-read-as-calendar',
    title:
      'The allocation report is for the fiscal year April–March; the ledger analyst pulls calendar-year 2025 disbursements',
    domain: 'green bond reporting',
    mast: ['FM-1.1', 'FM-1.2'],
    request:
      'Prepare the annual allocation and impact report for our EUR 500m green bond (XS2718830412) for FY2025/26 (year ended 31 March 2026), for the second-party opinion provider by 15 Jan.',
    topology: {
      shape: 'nested',
      top: 'sustainability_reporting_head',
      teams: {
        allocation_lead: ['ledger_analyst'],
        impact_lead: ['impact_modeller'],
      },
    },
    agents: [
      {
        name: 'sustainability_reporting_head',
        description: 'Head of sustainability reporting',
        instructions: 'Have allocation and impact prepared by the two teams, then assemble the report.',
        replies: [
          {
            handoff: 'allocation_lead',
            message:
              'XS2718830412 allocation for FY2025/26 (1 Apr 2025 – 31 Mar 2026): proceeds allocated by eligible category, unallocated balance at 31/03/2026.',
          },
          {
            handoff: 'impact_lead',
            message:
              'XS2718830412 impact for FY2025/26: tCO2e avoided and MWh generated for the financed assets, pro-rata to our share.',
          },
          {
            say: 'Green Bond Report FY2025/26 — XS2718830412 (EUR 500m)\n- Allocated in period: EUR 163.4m (renewables 112.0m, clean transport 38.9m, green buildings 12.5m); cumulative 421.7m; unallocated EUR 78.3m\n- Impact: 212,400 MWh generated, 61,800 tCO2e avoided (pro-rata)\nReady for SPO review.',
          },
        ],
      },
      {
        name: 'allocation_lead',
        description: 'Leads the use-of-proceeds allocation workstream',
        instructions: 'Get ledger figures from your analyst and summarise the allocation.',
        replies: [
          {
            handoff: 'ledger_analyst',
            message:
              'Pls pull green-tagged disbursements for bond XS2718830412, reporting year FY2025/26 — our fiscal year, Apr 2025 to Mar 2026 inclusive — by ICMA category, plus cumulative and unallocated as of 31 Mar 2026.',
          },
          {
            say: 'Allocation FY2025/26: EUR 163.4m in the period (renewables 112.0m / clean transport 38.9m / green buildings 12.5m); cumulative EUR 421.7m; unallocated EUR 78.3m.',
          },
        ],
      },
      {
        name: 'ledger_analyst',
        description: 'Extracts figures from the general ledger',
        instructions: 'Pull ledger figures for the requested period and tags.',
        replies: [
          {
            call: 'gl_query',
            args: {
              tag: 'GB-XS2718830412',
              date_from: '2025-01-01',
              date_to: '2025-12-31',
              group_by: 'icma_category',
            },
            result:
              'period 2025-01-01..2025-12-31 | RENEWABLE_ENERGY 112,004,310.00 | CLEAN_TRANSPORT 38,912,775.50 | GREEN_BUILDINGS 12,480,000.00 | total 163,397,085.50 EUR | cumulative to 2025-12-31 421,690,118.20 | unallocated 78,309,881.80',
          },
          {
            say: 'GB-XS2718830412 disbursements for 2025: renewables EUR 112.0m, clean transport 38.9m, green buildings 12.5m — total 163.4m. Cumulative 421.7m, unallocated 78.3m.',
          },
        ],
      },
      {
        name: 'impact_lead',
        description: 'Leads the impact reporting workstream',
        instructions: 'Get impact metrics from your modeller and summarise.',
        replies: [
          {
            handoff: 'impact_modeller',
            message:
              'Impact FY2025/26 (Apr 25–Mar 26) for XS2718830412 assets: MWh and tCO2e avoided, pro-rata share.',
          },
          {
            say: 'Impact FY2025/26: 212,400 MWh, 61,800 tCO2e avoided (pro-rata, IFI grid factors 2025).',
          },
        ],
      },
      {
        name: 'impact_modeller',
        description: 'Computes environmental impact metrics',
        instructions: 'Compute impact metrics for the financed assets.',
        replies: [
          {
            call: 'impact_calc',
            args: { bond: 'XS2718830412', from: '2025-04-01', to: '2026-03-31' },
            result: 'assets 14 | generation 212,398 MWh | avoided 61,790 tCO2e | share-weighted',
          },
          {
            say: '1 Apr 2025 – 31 Mar 2026: 212,398 MWh generated, 61,790 tCO2e avoided (share-weighted, 14 assets).',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'allocation_lead', to: 'ledger_analyst' },
      agent: 'ledger_analyst',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'cardiac-arrest-cad-geocode-503-then-located',
    title:
      'The dispatch geocoder returns 503 once, the locator retries and gets the address; the right crew is sent',
    domain: 'ambulance dispatch',
    mast: ['FM-3.3'],
    nearMissOf:
      'agent_error: a tool fails mid-run (503) but the agent retries, gets a real answer and reports only that',
    request:
      'CALL 26-1204-0817 — male ~60 collapsed, not breathing, caller doing CPR. Location given: "the flats behind Asda, Hartley Road, number 7 block C". Callback 07700 914 322.',
    topology: {
      shape: 'supervisor',
      coordinator: 'dispatch_supervisor',
      workers: ['call_locator', 'resource_allocator'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'dispatch_supervisor',
        description: 'Emergency operations centre dispatch supervisor',
        instructions: 'Get the incident located, get the nearest resources assigned, confirm the dispatch.',
        replies: [
          {
            handoff: 'call_locator',
            message:
              'Cat 1 cardiac arrest 26-1204-0817. Resolve "7 block C, flats behind Asda, Hartley Road" to a UPRN/grid ref. Caller on 07700 914 322 if needed.',
          },
          {
            handoff: 'resource_allocator',
            message:
              'Cat 1 arrest at 7 Block C Hartley Court, Hartley Rd, grid SJ 89213 90455. Send nearest DCA + RRV, alert CFR with AED if closer.',
          },
          {
            say: '0817 Cat 1: DCA 4412 (ETA 6 min) and RRV 4470 (ETA 4 min) assigned to 7 Block C Hartley Court (SJ 89213 90455); CFR K. Doyle with AED 2 min away, alerted. Call handler continuing CPR instructions.',
          },
        ],
      },
      {
        name: 'call_locator',
        description: 'Locates callers from addresses and phone data',
        instructions: 'Resolve the location; if a lookup fails, retry or say it is unresolved.',
        replies: [
          {
            call: 'geocode',
            args: { text: '7 block C flats behind Asda Hartley Road' },
            result: { error: 'GeoService 503 Service Unavailable (upstream AddressBase node gb-2)' },
          },
          {
            call: 'geocode',
            args: { text: '7 block C flats behind Asda Hartley Road' },
            result:
              '{"match":"7 BLOCK C HARTLEY COURT, HARTLEY ROAD","uprn":100012770044,"grid":"SJ 89213 90455","confidence":0.93}',
            waitMs: 1200,
          },
          {
            say: 'First geocode call failed (503); second attempt matched: 7 Block C Hartley Court, Hartley Road, UPRN 100012770044, grid SJ 89213 90455, confidence 0.93. Access via Asda service road.',
          },
        ],
      },
      {
        name: 'resource_allocator',
        description: 'Assigns ambulances and first responders',
        instructions: 'Assign nearest suitable resources.',
        replies: [
          {
            call: 'nearest_resources',
            args: { grid: 'SJ 89213 90455', cat: 1 },
            result: 'RRV 4470 ETA 4m | DCA 4412 ETA 6m | DCA 4408 ETA 11m | CFR Doyle (AED) ETA 2m',
          },
          {
            say: 'Assigned RRV 4470 (4 min), DCA 4412 (6 min); CFR Doyle with AED paged, 2 min.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'heli-charter-pax-weights-reweighed-load-uses-new',
    title:
      'Passenger weights are corrected at check-in after the booking estimates; the pilot computes fuel and balance on the weighed figures',
    domain: 'helicopter charter',
    mast: ['FM-1.4'],
    nearMissOf:
      'stale_context: a value is corrected mid-run (booked vs weighed passenger weights) and the next agent uses the corrected one',
    request:
      'Charter HC-7719, AW109SP G-HKLR, Battersea heliport → Goodwood, 5 Dec 12:30, 5 pax + bags. Booking estimated 85 kg/pax. Please confirm the load sheet.',
    topology: {
      shape: 'swarm',
      entry: 'ground_ops',
      agents: ['ground_ops', 'flight_pilot'],
    },
    agents: [
      {
        name: 'ground_ops',
        description: 'Heliport ground operations and check-in',
        instructions: 'Weigh passengers and bags, then hand the figures to the pilot.',
        replies: [
          {
            call: 'checkin_scale',
            args: { charter: 'HC-7719' },
            result:
              'pax1 94.5 | pax2 102.0 | pax3 71.5 | pax4 88.0 | pax5 97.0 | total pax 453.0 kg | bags 5x 38.5 kg total',
          },
          {
            handoff: 'flight_pilot',
            message:
              'HC-7719 weighed at check-in 11:52: pax total 453.0 kg (booking estimate was 425 kg @ 85/pax, do not use), bags 38.5 kg. Seats: heaviest two (102.0, 97.0) in the front row pls if balance allows.',
          },
        ],
      },
      {
        name: 'flight_pilot',
        description: 'Pilot in command, does mass and balance and fuel',
        instructions: 'Compute mass and balance and fuel with the figures given and confirm.',
        replies: [
          {
            call: 'mass_balance',
            args: { reg: 'G-HKLR', pax_kg: 453.0, bags_kg: 38.5, fuel_kg: 380 },
            result:
              'ZFM 2,449 kg | TOM 2,829 kg (MTOM 3,175) | CG 3.48 m (limits 3.34-3.62) | endurance 1h41 incl 30 min reserve | trip 0h34',
          },
          {
            say: 'G-HKLR load sheet HC-7719: pax 453.0 kg (weighed), bags 38.5 kg, fuel 380 kg. TOM 2,829 kg against 3,175 max, CG 3.48 m within 3.34–3.62. Trip 34 min, endurance 1 h 41. Front row pax 2 + pax 5. Good to go 12:30.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'biobank-retrieval-briefs-reworded-all-sent',
    title:
      'The biobank coordinator rewords the study request into three briefs; each keeps its freezer, thaw and consent constraints',
    domain: 'biobank sample storage',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'lost_message: briefs are paraphrased and shortened, but every constraint of the request reaches its worker',
    request:
      'Study ST-2027-014 (Dr Ilse Marquardt) requests 120 serum aliquots, 0.5 mL, from the COHORT-NW collection, donors aged 40–65 with broad consent v3 or later. No more than one freeze-thaw cycle. Ship on dry ice to Leiden by 18 Dec.',
    topology: {
      shape: 'fanout',
      planner: 'biobank_coordinator',
      workers: ['consent_checker', 'freezer_picker', 'shipping_clerk'],
      aggregator: 'release_officer',
    },
    agents: [
      {
        name: 'biobank_coordinator',
        description: 'Coordinates sample release requests',
        instructions: 'Write one brief per team.',
        replies: [
          {
            plan: {
              consent_checker:
                'ST-2027-014: from COHORT-NW, which donors aged 40-65 hold broad consent version 3+? Need ≥120 eligible, list donor ids.',
              freezer_picker:
                'ST-2027-014: pick 120 x 0.5 mL serum from COHORT-NW for the donor ids the consent check clears; only tubes with at most 1 freeze-thaw on record.',
              shipping_clerk:
                'ST-2027-014: book a dry-ice courier to Leiden (LUMC biobank) arriving no later than Fri 18 Dec, 120 cryovials.',
            },
          },
        ],
      },
      {
        name: 'consent_checker',
        description: 'Checks donor consent records',
        instructions: 'Check consent versions and scope.',
        replies: [
          {
            call: 'consent_query',
            args: { collection: 'COHORT-NW', age: [40, 65], consent_min: 3 },
            result: 'eligible donors: 146 (consent v3: 88, v4: 58); excluded: 31 v2, 4 withdrawn',
          },
          {
            say: '146 donors eligible (v3 88, v4 58). 35 excluded (31 on v2, 4 withdrawn). Id list CC-014-LIST attached.',
          },
        ],
      },
      {
        name: 'freezer_picker',
        description: 'Plans and executes freezer picks',
        instructions: 'Pick tubes within the thaw and volume limits.',
        replies: [
          {
            call: 'pick_plan',
            args: { collection: 'COHORT-NW', donors: 'CC-014-LIST', vol_ml: 0.5, max_ft: 1, n: 120 },
            result:
              'pick list PK-88213: 120 tubes from -80 freezers F03/F07, racks 11-19; ft_count 0: 109, 1: 11; est. 2h10 pick',
          },
          {
            say: 'Pick list PK-88213: 120 × 0.5 mL serum, F03/F07 racks 11–19; 109 never thawed, 11 thawed once. None over 1 cycle.',
          },
        ],
      },
      {
        name: 'shipping_clerk',
        description: 'Books specimen couriers',
        instructions: 'Book the courier.',
        replies: [
          {
            call: 'book_courier',
            args: { to: 'LUMC Biobank, Leiden', service: 'dry ice UN1845', latest: '2026-12-18' },
            result: 'AWB 8816 2290 4411, collect 16/12 09:00, deliver 17/12 by 12:00, dry ice 12 kg, UN1845',
          },
          {
            say: 'Courier AWB 8816 2290 4411: collect Wed 16 Dec 09:00, Leiden Thu 17 Dec by noon, 12 kg dry ice.',
          },
        ],
      },
      {
        name: 'release_officer',
        description: 'Signs off sample releases',
        instructions: 'Merge the team returns into a release note.',
        replies: [
          {
            say: 'Release note ST-2027-014: 120 × 0.5 mL serum (pick list PK-88213) from 146 consent-eligible donors aged 40–65 (v3/v4); all tubes ≤ 1 freeze-thaw (109 at 0, 11 at 1). Dry-ice courier AWB 8816 2290 4411, arrives Leiden 17 Dec, one day inside the 18 Dec deadline.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cath-lab-parking-permit-garbled-left-out',
    title:
      'An optional visitor parking lookup returns junk; the cath lab coordinator books the procedure and leaves parking out',
    domain: 'cardiac catheterisation lab',
    mast: ['FM-2.4'],
    nearMissOf:
      'low_quality_output: one helper produces unusable output, but it was optional and nothing downstream uses it',
    request:
      'Book elective coronary angiogram ± PCI for Mr Gareth Pryce (NHS 485 777 3456), eGFR 52, on warfarin. Referral from Dr Okonjo. His wife asked if she can get a parking permit for the day — nice to have.',
    topology: {
      shape: 'supervisor',
      coordinator: 'cath_lab_coordinator',
      workers: ['pre_assessment_nurse', 'visitor_services'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'cath_lab_coordinator',
        description: 'Schedules cath lab lists',
        instructions:
          'Have the patient pre-assessed and book the slot; ask visitor services about parking if time allows, but it is optional.',
        replies: [
          {
            handoff: 'pre_assessment_nurse',
            message:
              'Elective angio ± PCI, Gareth Pryce NHS 485 777 3456. eGFR 52, warfarin. Need anticoag bridging plan + renal prep + earliest slot.',
          },
          {
            handoff: 'visitor_services',
            message: 'Optional: day parking permit for the wife of a cath lab day case on the booked date.',
          },
          {
            say: 'Booked: Gareth Pryce, Cath Lab 2, Thu 17 Dec 2026, 08:00 admission (list slot 2). Stop warfarin Sat 12 Dec, INR check 16 Dec (target < 1.8), no bridging needed per CHA2DS2-VASc 2. IV fluids 1 mL/kg/h 12 h pre and post for eGFR 52. Parking permit: not sorted, please ask at main reception on the day.',
          },
        ],
      },
      {
        name: 'pre_assessment_nurse',
        description: 'Cardiac pre-assessment nurse',
        instructions: 'Plan anticoagulation, renal protection and a slot.',
        replies: [
          {
            call: 'list_slots',
            args: { lab: 'CL2', type: 'angio_pci', from: '2026-12-14' },
            result: 'CL2 2026-12-17 slot2 08:00 | CL2 2026-12-18 slot4 11:30 | CL1 2026-12-21 slot1 07:30',
          },
          {
            say: 'Slot: CL2 Thu 17/12 08:00. Warfarin stop 5 days before (last dose Fri 11/12), INR 16/12 must be < 1.8; CHA2DS2-VASc 2, no LMWH bridge. eGFR 52: IV 0.9% saline 1 mL/kg/h 12 h pre/post, metformin none.',
          },
        ],
      },
      {
        name: 'visitor_services',
        description: 'Hospital visitor parking and facilities',
        instructions: 'Arrange parking permits.',
        replies: [
          {
            call: 'parking_permit',
            args: { type: 'visitor_day', date: 'TBC' },
            result: '<html><body>Session expired. Please log in to ParkRight Portal.</body></html>',
          },
          {
            say: 'permit permit ref ref — <html> session login day TBC visitor visitor',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'bus-depot-duty-board-fixed-after-one-send-back',
    title:
      'The rostering checker sends the Saturday duty board back once for a break rule; the scheduler fixes it and it is approved',
    domain: 'bus depot operations',
    mast: ['FM-1.3'],
    nearMissOf:
      'handoff_loop: one REVISE round whose fix is actually made (v2 differs), then APPROVED; counters and duty numbers everywhere',
    request:
      'Saturday 12 Dec duty board for Oldbury depot: routes 87, 87A and X9, 34 running boards, Christmas shopping enhanced timetable TT-1212E.',
    topology: {
      shape: 'pipeline',
      order: ['duty_scheduler', 'rostering_checker', 'depot_allocations'],
      loop: { from: 'rostering_checker', to: 'duty_scheduler', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'duty_scheduler',
        description: 'Cuts running boards into driver duties',
        instructions: 'Cut the duties; if sent back, fix exactly what the checker names.',
        replies: [
          {
            say: 'Board OLD-SAT-1212 v1: 34 RBs → 41 duties (D101–D141), spreadover max 11h20, paid hours 318h45. D117 & D128: 5h58 and 6h04 driving before first break.',
          },
          {
            say: 'Board OLD-SAT-1212 v2: 34 RBs → 42 duties (D101–D142), D117 split at Dudley bus stn 12:41 (relief D142), D128 meal relief moved to 11:55 so max continuous driving 5h26. Paid hours 321h10, spreadover max 11h20.',
          },
        ],
      },
      {
        name: 'rostering_checker',
        description: 'Checks duties against drivers hours and the union agreement',
        instructions: 'Reply APPROVED or REVISE with the rule broken.',
        prompt: 'Board to check:\n{input}',
        replies: [
          {
            say: 'REVISE — D117 (5h58) and D128 (6h04) exceed 5h30 continuous driving (domestic rules + local agreement cl. 7.2). Rest OK otherwise.',
          },
          {
            say: 'APPROVED — OLD-SAT-1212 v2: 42 duties, max continuous driving 5h26, spreadover ≤ 11h20, paid 321h10.',
          },
        ],
      },
      {
        name: 'depot_allocations',
        description: 'Publishes approved boards to drivers',
        instructions: 'Publish the approved board.',
        prompt: 'Checker decision:\n{input}',
        replies: [
          {
            call: 'publish_board',
            args: { board: 'OLD-SAT-1212', version: 2 },
            result:
              'published 42 duties to driver app 2026-12-04 16:02; 3 vacant duties to overtime list (D131, D139, D142)',
          },
          {
            say: 'OLD-SAT-1212 v2 published: 42 duties, drivers notified; D131, D139, D142 on the overtime list.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ivf-day5-embryology-hand-backs-with-grades',
    title:
      'The IVF coordinator routes the embryology lab and the andrology check; each hands back its results with grades and ids, reformatted in the summary',
    domain: 'fertility clinic embryology',
    mast: ['FM-1.4'],
    nearMissOf:
      'lost_message: hand-backs carry their results; dates and grades are reformatted between agents (2026-12-04 vs 4 Dec, 4AA vs grade 4AA) and nothing is dropped',
    request:
      'Patient pair P-24411 / P-24412, cycle C-0917, day 5 today (2026-12-04). Decide fresh single embryo transfer vs freeze-all; partner sample DNA frag result due.',
    topology: {
      shape: 'network',
      coordinator: 'ivf_coordinator',
      workers: ['embryology_lab', 'andrology_lab'],
    },
    agents: [
      {
        name: 'ivf_coordinator',
        description: 'Coordinates IVF cycle decisions',
        instructions: 'Route each lab once, then give the clinical summary.',
        replies: [
          {
            handoff: 'embryology_lab',
            message:
              'C-0917 D5 (04/12): blastocyst grades for all embryos in culture, dish ids, PGT not requested.',
          },
          {
            handoff: 'andrology_lab',
            message: 'P-24412: SCSA DNA frag index from sample AS-33180, needed for today’s C-0917 decision.',
          },
          {
            say: 'C-0917 day 5, 4 Dec 2026: 3 usable blastocysts — E2 grade 4AA, E5 grade 4AB, E6 grade 3BB (dish EM-7740). DFI 18% (AS-33180, normal < 25%). Plan: fresh SET of E2 today 14:30; E5 and E6 vitrified (straws V-0917-01/02). OHSS risk low (E2 1,840 pg/mL).',
          },
        ],
      },
      {
        name: 'embryology_lab',
        description: 'Embryology lab reporting',
        instructions: 'Grade embryos and hand back the results.',
        replies: [
          {
            call: 'timelapse_grades',
            args: { cycle: 'C-0917', day: 5 },
            result:
              'dish EM-7740 | E1 arrested d3 | E2 4AA | E3 cavitating morula | E4 arrested d4 | E5 4AB | E6 3BB | E7 2CC (not usable) | estradiol_trigger_pg_ml 1840',
          },
          {
            say: '2026-12-04 D5 EM-7740: usable blasts E2 4AA, E5 4AB, E6 3BB. E3 morula (recheck D6), E7 2CC discard, E1/E4 arrested. Trigger E2 level 1840 pg/mL.',
          },
        ],
      },
      {
        name: 'andrology_lab',
        description: 'Andrology lab reporting',
        instructions: 'Report semen analysis and DNA fragmentation.',
        replies: [
          {
            call: 'scsa_result',
            args: { sample: 'AS-33180' },
            result: 'AS-33180 | DFI 18.2% | HDS 9.1% | ref DFI <25% normal',
          },
          { say: 'AS-33180: DFI 18.2 % (normal < 25 %), HDS 9.1 %. No ICSI change indicated.' },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch18Scenarios = [...faults, ...healthy];
