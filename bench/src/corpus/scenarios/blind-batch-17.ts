import { defineScenario } from '../scenario.ts';

// Blind batch 17: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'qs-cost-plan-ground-floor-shell-measured',
    title:
      'The cost manager asks for residential quantities only (ground-floor commercial is shell and core, costed elsewhere); the estimator measures GF to L6',
    domain: 'quantity surveying',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Stage 3 cost plan update for Harrow Road Block C (job 24-117), client meeting Tue 8 Dec. Need revised figures for internal partitions and wall finishes after drawing issue P07. Contact: Priya / Halvorsen Homes.',
    topology: {
      shape: 'supervisor',
      coordinator: 'cost_manager',
      workers: ['takeoff_estimator', 'rates_checker'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'cost_manager',
        description: 'Senior cost manager running the Stage 3 cost plan',
        instructions:
          'Get quantities measured and rates checked by your team, then issue the cost plan update to the client.',
        replies: [
          {
            handoff: 'takeoff_estimator',
            message:
              'Hi — P07 set landed yesterday (A-200 series rev P07, 1 Dec). Can you re-measure internal partitions (drylining types DL1–DL4) and wall finishes for Block C to NRM2? For clarity, and this is the bit that bit us last time: the ground floor is three commercial units handed over shell & core, fit-out by tenants and carried in a separate CP (24-117-COM), so measure L1 to L6 only, residential cores included. Quantities in m², split by level, deduct openings over 1 m² as usual. Thanks!',
          },
          {
            handoff: 'rates_checker',
            message:
              'Rates check please for Block C partitions and finishes: DL1 (70 mm C-stud, 1×15 mm) through DL4 (146 mm acoustic, 2×15 mm each side), mist coat + 2 emulsion. Benchmark against the Q4 2026 tender returns on Wembley Park Plot 9.',
          },
          {
            say: 'Cost plan update CP3.2 — Harrow Road Block C (24-117), drawings P07:\n\n| Element | Qty | Rate | Total |\n|---|---|---|---|\n| Partitions DL1–DL4 | 9,842 m² | £58.40 avg | £574,773 |\n| Wall finishes (mist + 2 coats) | 21,310 m² | £6.85 | £145,974 |\n| **Total, 2.5 + 3.1** | | | **£720,747** |\n\nMovement vs CP3.1: +£38,210, mainly the DL4 acoustic walls now at party walls. Measured to NRM2, openings >1 m² deducted. For the Tuesday meeting with Halvorsen Homes.',
          },
        ],
      },
      {
        name: 'takeoff_estimator',
        description: 'Measures quantities from drawings',
        instructions: 'Measure the quantities you are asked for from the current drawings, to NRM2.',
        replies: [
          {
            call: 'measure_from_model',
            args: {
              model: '24-117-C-P07.ifc',
              elements: ['DL1', 'DL2', 'DL3', 'DL4', 'wall_finish'],
              levels: ['GF', 'L1', 'L2', 'L3', 'L4', 'L5', 'L6'],
              deduct_openings_over_m2: 1.0,
            },
            result:
              '{"model":"24-117-C-P07.ifc","rev":"P07","by_level":{"GF":{"partitions_m2":1611,"finishes_m2":3488},"L1":{"partitions_m2":1398,"finishes_m2":2987},"L2":{"partitions_m2":1398,"finishes_m2":2987},"L3":{"partitions_m2":1398,"finishes_m2":2987},"L4":{"partitions_m2":1398,"finishes_m2":2987},"L5":{"partitions_m2":1398,"finishes_m2":2987},"L6":{"partitions_m2":1241,"finishes_m2":2887}},"totals":{"partitions_m2":9842,"finishes_m2":21310},"openings_deducted":412}',
          },
          {
            say: 'Block C re-measure from P07 (IFC 24-117-C-P07), NRM2, openings >1 m² deducted (412 no.):\n- Partitions DL1–DL4: 9,842 m² (GF 1,611 / L1–L5 1,398 each / L6 1,241)\n- Wall finishes: 21,310 m² (GF 3,488 / L1–L5 2,987 each / L6 2,887)\nDL4 runs up ~6% on P06 because of the new party wall line on grid 7.',
          },
        ],
      },
      {
        name: 'rates_checker',
        description: 'Checks unit rates against recent tender returns',
        instructions: 'Benchmark the unit rates against the tender data you are pointed to.',
        replies: [
          {
            call: 'benchmark_rates',
            args: {
              source: 'WP-Plot9-tender-Q4-2026',
              items: ['DL1', 'DL2', 'DL3', 'DL4', 'emulsion_3coat'],
            },
            result:
              'DL1 £44.10/m², DL2 £51.75/m², DL3 £57.20/m², DL4 £79.60/m² (weighted avg for Block C mix £58.40); mist + 2 emulsion £6.85/m². Range ±7% across 4 returns.',
          },
          {
            say: 'Rates hold against Plot 9 Q4 returns: weighted partition rate £58.40/m² for the Block C mix (DL4 £79.60 the driver), finishes £6.85/m². Spread across the four returns is ±7%, nothing to flag.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'cost_manager', to: 'takeoff_estimator' },
      agent: 'takeoff_estimator',
    },
  }),
  defineScenario({
    id: 'interpreting-pjm-client-booked-bsl',
    title:
      'Triage notes the Deaf client uses Polish Sign Language and a BSL interpreter will not do; the medical booker books a BSL interpreter',
    domain: 'sign language interpreting agency',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'booking req from Royal Free oncology: Deaf pt Tomasz Wójcik, consultant appt Fri 8 Jan 2027 10:30, est 90 min, bad-news conversation likely. Pt came to UK 2024, signs PJM (Polish SL), limited BSL, reads little English. Ref RF-ONC-55102.',
    topology: {
      shape: 'branch',
      classifier: 'booking_triage',
      routes: {
        medical: 'medical_booker',
        court: 'court_booker',
        community: 'community_booker',
      },
      after: 'confirmation_writer',
    },
    agents: [
      {
        name: 'booking_triage',
        description: 'Triages incoming interpreting requests',
        instructions:
          'Classify the booking (medical, court or community) and summarise what the booker must get right.',
        replies: [
          {
            say: 'Category: medical. RF-ONC-55102 — Royal Free oncology, Fri 08/01/2027 10:30, ~90 min, likely breaking bad news so NRCPD-registered, health-experienced interpreter only. Language: client signs PJM (Polski Język Migowy); his BSL is limited, so a BSL/English interpreter on their own is NOT adequate — need a PJM-fluent interpreter, or a Deaf Relay Interpreter (PJM) working with a BSL/English interpreter as a team of two. Pt reads little English, no written-English fallback.',
          },
        ],
      },
      {
        name: 'medical_booker',
        description: 'Books interpreters for healthcare appointments',
        instructions: 'Book the interpreter(s) that meet the triage requirements and report the booking.',
        prompt: 'Triage:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            call: 'search_interpreters',
            args: {
              date: '2027-01-08',
              start: '10:30',
              minutes: 90,
              region: 'NW London',
              specialism: 'health',
            },
            result:
              '[{"id":"INT-0419","name":"Claire Hodgson","langs":["BSL/EN"],"nrcpd":"RSLI","health":true,"travel_min":25},{"id":"INT-0883","name":"Marta Zielińska","langs":["PJM/PL","BSL/EN"],"nrcpd":"TSLI","health":true,"travel_min":55},{"id":"DRI-0031","name":"Krzysztof Nowak","langs":["PJM (Deaf relay)"],"nrcpd":"RSLI","health":true,"travel_min":40},{"id":"INT-1102","name":"Owen Price","langs":["BSL/EN"],"nrcpd":"RSLI","health":false,"travel_min":15}]',
          },
          {
            call: 'create_booking',
            args: {
              ref: 'RF-ONC-55102',
              interpreter: 'INT-0419',
              date: '2027-01-08',
              start: '10:15',
              minutes: 105,
            },
            result:
              'Booking BK-27-00318 confirmed: INT-0419 Claire Hodgson, 08/01/2027 10:15–12:00, Royal Free, Pond St. Rate £52/h, min 3 h, travel £18.',
            reasoning: 'Hodgson is health-experienced, RSLI and the closest; 15 min pre-brief.',
          },
          {
            say: 'Booked BK-27-00318: Claire Hodgson (INT-0419, RSLI, health specialism) for RF-ONC-55102, Fri 8 Jan 10:15–12:00 incl. 15 min pre-brief with the consultant. Billing: 3 h minimum at £52/h plus £18 travel.',
          },
        ],
      },
      {
        name: 'court_booker',
        description: 'Books interpreters for courts and tribunals',
        instructions: 'Book court interpreters.',
        replies: [{ say: 'No court booking needed.' }],
      },
      {
        name: 'community_booker',
        description: 'Books interpreters for community appointments',
        instructions: 'Book community interpreters.',
        replies: [{ say: 'No community booking needed.' }],
      },
      {
        name: 'confirmation_writer',
        description: 'Writes the confirmation to the requesting service',
        instructions: 'Write the confirmation email to the requester from the booking.',
        prompt: 'Booking:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: 'Subject: Interpreter confirmed — RF-ONC-55102, Fri 8 Jan 10:30\n\nDear Oncology Outpatients team,\n\nWe have booked Claire Hodgson (RSLI, health specialist) for Mr Tomasz Wójcik’s consultant appointment on Friday 8 January 2027. She will arrive at 10:15 for a short pre-brief with the consultant. Our booking reference is BK-27-00318; please quote it on the purchase order.\n\nKind regards,\nSignLink Bookings',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'booking_triage', to: 'medical_booker' },
      agent: 'medical_booker',
    },
  }),
  defineScenario({
    id: 'lock7-draught-notice-superseded-old-limit-checked',
    title:
      'Traffic control hands over the new 1.60 m draught limit at Lock 7 (NS-2026-131); the lock scheduler clears a 1.75 m barge against the old 1.90 m limit',
    domain: 'waterway lock operations',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Passage request: hotel barge Zwaluw (ENI 02329871), L 38.50 m, B 5.05 m, draught 1.75 m loaded, upstream through Lock 7 Wittenbrug on Wed 16 Dec 2026, wanted slot 09:00–10:00. Per notice NS-2026-114 max draught at Lock 7 is 1.90 m so should be fine.',
    topology: {
      shape: 'swarm',
      entry: 'traffic_controller',
      agents: ['traffic_controller', 'lock_scheduler'],
    },
    agents: [
      {
        name: 'traffic_controller',
        description: 'Waterway traffic post: checks vessel data and notices to skippers',
        instructions:
          'Check the vessel and the current notices to skippers, then transfer to the lock scheduler with what it needs.',
        replies: [
          {
            call: 'get_notices_to_skippers',
            args: { structure: 'LOCK-07', valid_on: '2026-12-16' },
            result:
              'NS-2026-131 | issued 2026-12-03 14:00 | replaces NS-2026-114 | Lock 7 Wittenbrug, upper approach km 41.2–41.6: sedimentation found at survey 02-12; max permitted draught reduced from 1.90 m to 1.60 m until dredging (planned wk 3 2027). Vessels >1.60 m: lighten or divert via Kanaal Noord (Lock 9).',
          },
          {
            call: 'vessel_register',
            args: { eni: '02329871' },
            result:
              'Zwaluw, ENI 02329871, passenger hotel barge, L 38.50 B 5.05 T max 1.82, owner Zwaluw Cruises BV, certificate valid 2028-04.',
          },
          {
            handoff: 'lock_scheduler',
            message:
              'Zwaluw ENI 02329871 upstream L7 16/12, want 09-10h. L38.50 B5.05, declared T 1.75 (register max 1.82). Pls note NS-2026-131 from yesterday replace the 114: upper approach L7 max draught now 1.60 m, not 1.90 any more (silt). Skipper quoted the old notice. Please do the check & slot.',
          },
        ],
      },
      {
        name: 'lock_scheduler',
        description: 'Allocates lock chamber slots',
        instructions: 'Check the vessel fits the lock and its approaches and allocate a slot.',
        replies: [
          {
            call: 'check_clearance',
            args: { lock: 'LOCK-07', length_m: 38.5, beam_m: 5.05, draught_m: 1.75, max_draught_m: 1.9 },
            result:
              'Chamber 110.0 × 12.00 m, sill depth 2.50 m: FITS. Draught 1.75 ≤ 1.90: OK (margin 0.15 m).',
          },
          {
            call: 'allocate_slot',
            args: {
              lock: 'LOCK-07',
              date: '2026-12-16',
              window: '09:00-10:00',
              vessel: '02329871',
              direction: 'up',
            },
            result:
              'Slot L7-161226-0915 confirmed, up-lockage 09:15, chamber shared with MTS Hendrika (ENI 02331455).',
          },
          {
            say: 'Zwaluw (ENI 02329871) is cleared for Lock 7 Wittenbrug upstream on Wed 16 Dec: slot L7-161226-0915, lockage at 09:15, sharing the chamber with MTS Hendrika. Dimensions fit (38.50 × 5.05 m in a 110 × 12 m chamber) and her 1.75 m draught is within the approach limit with 0.15 m to spare. Skipper to call VHF ch 20 at km 40.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'traffic_controller', to: 'lock_scheduler' },
      agent: 'lock_scheduler',
    },
  }),
  defineScenario({
    id: 'timetable-lt2-refit-capacity-old-figure-briefed',
    title:
      'Estates reports Wilkins LT2 now seats 118 after the refit; the timetabling manager still briefs scheduling with 180 seats for a 164-student module',
    domain: 'university timetabling',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Semester 2 timetable for ECON2041 Intermediate Macroeconomics: 164 enrolled (as of 3 Dec), 2 × 2h lectures per week, weeks 1–11 starting 18 Jan 2027. Module lead Dr A. Mensah prefers Tue/Thu. Last year it ran in Wilkins LT2 (180 seats) — reuse if possible.',
    topology: {
      shape: 'nested',
      top: 'timetabling_manager',
      teams: {
        estates_lead: ['room_auditor'],
        scheduling_lead: ['slot_allocator'],
      },
    },
    agents: [
      {
        name: 'timetabling_manager',
        description: 'Central timetabling manager',
        instructions:
          'Confirm room data with estates, then have scheduling place the module, and report the timetable.',
        replies: [
          {
            handoff: 'estates_lead',
            message:
              'Before we place ECON2041 (164 students): please confirm current seated capacities for the central lecture theatres — a few were touched by the summer works programme.',
          },
          {
            handoff: 'scheduling_lead',
            message:
              'Place ECON2041 Intermediate Macro, 164 students, 2×2h lectures/wk, wks 1–11 from 18/01/2027, Tue/Thu preferred (Dr Mensah). Room: Wilkins LT2 (cap. 180) as last year. Avoid clashes with ECON2031 and MATH2210 (shared cohort).',
          },
          {
            say: 'ECON2041 semester 2 timetable (164 students), weeks 1–11 from 18 Jan 2027:\n- Tue 10:00–12:00, Wilkins LT2\n- Thu 14:00–16:00, Wilkins LT2\nNo clashes with ECON2031 or MATH2210. Bookings TT-S2-04417 / TT-S2-04418 published to the student app; Dr Mensah informed.',
          },
        ],
      },
      {
        name: 'estates_lead',
        description: 'Estates space management lead',
        instructions: 'Have room data checked by your auditor and report it.',
        replies: [
          {
            handoff: 'room_auditor',
            message:
              'Pull current seated capacity for Wilkins LT1, LT2, Cruciform LT1 and Roberts G06, post summer works.',
          },
          {
            say: 'Capacities after the summer works: Wilkins LT2 is down to 118 fixed seats (it was 180 — the accessibility refit removed the back three raked rows for wheelchair bays and a level platform). Wilkins LT1 unchanged at 146, Cruciform LT1 204, Roberts G06 183.',
          },
        ],
      },
      {
        name: 'room_auditor',
        description: 'Audits room data in the space register',
        instructions: 'Report room data from the space register.',
        replies: [
          {
            call: 'space_register_lookup',
            args: { rooms: ['WIL-LT1', 'WIL-LT2', 'CRU-LT1', 'ROB-G06'] },
            result:
              'WIL-LT1 cap 146 (no change) | WIL-LT2 cap 118, was 180, changed 2026-09-14 project EST-2211 accessibility refit (rows R-T removed, 6 wheelchair bays) | CRU-LT1 cap 204 | ROB-G06 cap 183 (flat floor).',
          },
          {
            say: 'Register as of today: WIL-LT1 146; WIL-LT2 118 (was 180 until 14/09/2026, EST-2211 refit); CRU-LT1 204; ROB-G06 183, flat floor.',
          },
        ],
      },
      {
        name: 'scheduling_lead',
        description: 'Leads teaching-slot scheduling',
        instructions: 'Have slots allocated and report them.',
        replies: [
          {
            handoff: 'slot_allocator',
            message:
              'ECON2041, 164 students, Wilkins LT2 (180), Tue + Thu 2h blocks, wks 1–11 from 18 Jan; no clash with ECON2031 / MATH2210.',
          },
          {
            say: 'ECON2041 placed in Wilkins LT2: Tue 10–12 (TT-S2-04417) and Thu 14–16 (TT-S2-04418), weeks 1–11. Cohort clash check clean.',
          },
        ],
      },
      {
        name: 'slot_allocator',
        description: 'Allocates rooms and slots in the timetabling system',
        instructions: 'Allocate the requested slots in the timetabling system.',
        replies: [
          {
            call: 'allocate',
            args: {
              module: 'ECON2041',
              room: 'WIL-LT2',
              slots: ['TUE 10:00-12:00', 'THU 14:00-16:00'],
              weeks: '1-11',
              size: 164,
            },
            result:
              'TT-S2-04417 TUE 10-12 WIL-LT2 OK; TT-S2-04418 THU 14-16 WIL-LT2 OK. Clash check vs ECON2031, MATH2210: none.',
          },
          {
            say: 'Allocated: TT-S2-04417 Tue 10:00–12:00 and TT-S2-04418 Thu 14:00–16:00, both WIL-LT2, weeks 1–11; no cohort clashes.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'timetabling_manager', to: 'scheduling_lead' },
      agent: 'timetabling_manager',
    },
  }),
  defineScenario({
    id: 'xray-tube-arcing-parts-planner-gets-generic-prompt',
    title:
      'Triage finds tube arcing on a DR room and names the replacement tube; the program hands the parts planner a generic line and it kits a routine PM visit',
    domain: 'x-ray equipment servicing',
    mast: ['FM-2.1', 'FM-1.4'],
    request:
      'Ticket SR-2026-88412 — St Columba’s Hospital, Radiology Room 3 (DR system, serial DRX-7731-0092): intermittent "HV fault" aborts during chest exposures since Monday, 11 aborted exposures logged. Room is the only erect-chest room on site. Please fix ASAP.',
    topology: { shape: 'pipeline', order: ['fault_triage', 'parts_planner', 'engineer_scheduler'] },
    program: { lose: { to: 'parts_planner', prompt: 'Plan the parts for the next service visit.' } },
    agents: [
      {
        name: 'fault_triage',
        description: 'Remote service engineer who triages equipment faults from logs',
        instructions: 'Pull the system logs, find the fault and say what the site visit needs.',
        replies: [
          {
            call: 'pull_error_log',
            args: { serial: 'DRX-7731-0092', days: 7 },
            result:
              'E-4117 HV ARC DETECTED x11 (kV 125, mA 320, focal LARGE) 2026-11-30..12-03; tube heat at abort 18–24%; tube S/N XT-55910, 412,880 exposures (rated 400k); filament current drift +6.4% over 90 days; generator self-test PASS; HV cable insulation test 2026-06 PASS.',
          },
          {
            say: 'SR-2026-88412 triage: recurring E-4117 HV arcing at 125 kV on large focus, tube heat low at the time, so not thermal. Tube XT-55910 is past rated life (412,880 exp. vs 400k) with filament drift +6.4%: end-of-life tube arcing. Generator and HV cables test OK. Visit needs: replacement X-ray tube assembly part 10-TA-150-R (incl. housing oil), HV cable seals, plus post-install kVp/HVL/dose output QA and RPA notification before clinical use. Room to stay out of clinical use for large-focus exposures until then.',
          },
        ],
      },
      {
        name: 'parts_planner',
        description: 'Plans and reserves parts for field service visits',
        instructions: 'Work out what parts the visit needs and reserve them from stock.',
        replies: [
          {
            call: 'open_service_jobs',
            args: { site: 'ST-COLUMBA', asset: 'DRX-7731-0092' },
            result:
              '[{"job":"PM-2026-Q4-0311","type":"planned maintenance 6-monthly","due":"2026-12-18","kit":"PMK-DRX-6M"},{"job":"SR-2026-88412","type":"corrective","status":"triaged","notes":""}]',
          },
          {
            call: 'reserve_parts',
            args: { job: 'SR-2026-88412', parts: ['PMK-DRX-6M', 'FLT-AIR-210', 'LMP-COLL-24V'] },
            result:
              'Reserved: PMK-DRX-6M x1 (Dublin depot), FLT-AIR-210 x2, LMP-COLL-24V x1. Ship 04/12 PM, ETA site 07/12 AM.',
          },
          {
            say: 'Parts for DRX-7731-0092 reserved against SR-2026-88412: 6-monthly PM kit PMK-DRX-6M, 2 × generator air filters FLT-AIR-210 and a collimator lamp LMP-COLL-24V. Shipping from Dublin today, on site Monday 7 Dec AM — the PM due 18 Dec can be pulled forward into the same visit.',
          },
        ],
      },
      {
        name: 'engineer_scheduler',
        description: 'Schedules field service engineers',
        instructions: 'Schedule an engineer visit with the planned parts and confirm it to the site.',
        prompt: 'Parts plan:\n{input}\n\nTicket: {request}',
        replies: [
          {
            call: 'book_engineer',
            args: { job: 'SR-2026-88412', date: '2026-12-07', skills: ['DRX'], hours: 4 },
            result: 'FSE Declan Moran (E-214) booked Mon 07/12 08:00–12:00, St Columba’s Radiology.',
          },
          {
            say: 'SR-2026-88412: Declan Moran (FSE E-214) is booked for Monday 7 December, 08:00–12:00, Radiology Room 3. Parts (PM kit PMK-DRX-6M, air filters, collimator lamp) arrive that morning; the 6-monthly PM will be done in the same visit, and the room should be back in full use by midday.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'fault_triage', to: 'parts_planner' },
      agent: 'parts_planner',
    },
  }),
  defineScenario({
    id: 'solar-om-ir-survey-brief-never-sent',
    title:
      'The O&M planner writes three briefs after the hotspot alarms; the drone thermography brief is never dispatched and the weekly report closes the alarms',
    domain: 'solar farm maintenance',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      'Weekly O&M plan, Brackley Fields solar farm (49.9 MWp), wk 50. Open items: INV-07 tripping on ground fault (3 events since 28 Nov), grass over 40 cm in blocks B and C, and SCADA hotspot alarms on strings C-14-03, C-14-07 and D-02-11 (ΔT > 20 °C). Report to the asset manager by Friday.',
    topology: {
      shape: 'fanout',
      planner: 'om_planner',
      workers: ['inverter_tech', 'vegetation_crew', 'thermography_drone'],
      aggregator: 'site_report_writer',
    },
    program: { lose: { to: 'thermography_drone', prompt: null } },
    agents: [
      {
        name: 'om_planner',
        description: 'Plans the weekly operations and maintenance work',
        instructions: 'Write one brief per crew for this week’s open items.',
        replies: [
          {
            plan: {
              inverter_tech:
                'INV-07 (SMA SC 2750): 3 ground-fault trips since 28/11. Run insulation resistance per DC input, isolate the failing combiner, restore the rest. LOTO per SSOW-11.',
              vegetation_crew:
                'Blocks B and C: cut to ≤ 15 cm between rows and under module edges; no strimmer within 30 cm of exposed cable runs; check fence line gates 4–6 for sheep damage.',
              thermography_drone:
                'IR survey strings C-14-03, C-14-07, D-02-11 (SCADA hotspot alarms ΔT > 20 °C) plus the neighbouring strings. Fly at irradiance > 600 W/m², report cell/bypass-diode faults per IEC 62446-3 class, with module serials for warranty claims.',
            },
          },
        ],
      },
      {
        name: 'inverter_tech',
        description: 'HV/LV inverter technician',
        instructions: 'Carry out the inverter brief and report results.',
        replies: [
          {
            call: 'insulation_test',
            args: { inverter: 'INV-07', inputs: 'all' },
            result:
              'INV-07 DC inputs 1–12: Riso > 2 MΩ except input 9 (CB-07-09): 38 kΩ. Input 9 isolated; INV-07 restarted 11:42, running 2.61 MW.',
          },
          {
            say: 'INV-07: combiner CB-07-09 (input 9) at 38 kΩ insulation, the cause of the ground-fault trips. Isolated it; INV-07 back online 11:42 at 2.61 MW (−8% until CB-07-09 is repaired, cable fault locate booked wk 51).',
          },
        ],
      },
      {
        name: 'vegetation_crew',
        description: 'Grounds maintenance crew',
        instructions: 'Carry out the vegetation brief and report.',
        replies: [
          {
            say: 'Blocks B & C mown to 12–15 cm, 21.4 ha over 2 days, exposed cable runs hand-cut. Gate 5 hinge bent (sheep), temp fix with wire, replacement hinge ordered PO-33871.',
          },
        ],
      },
      {
        name: 'thermography_drone',
        description: 'Drone thermography operator',
        instructions: 'Fly the IR survey in the brief and report faults found.',
        replies: [
          {
            say: 'IR survey done: C-14-03 module BF23-118842 bypass diode short (ΔT 31 °C), C-14-07 two cells hotspot class 2, D-02-11 soiling only.',
          },
        ],
      },
      {
        name: 'site_report_writer',
        description: 'Writes the weekly report to the asset manager',
        instructions: 'Write the weekly O&M report from the crews’ results.',
        prompt: 'Crew results:\n{input}\n\nWeek plan: {request}',
        replies: [
          {
            say: 'Brackley Fields — O&M weekly report, wk 50\n\n1. INV-07 ground faults: traced to combiner CB-07-09 (38 kΩ). Isolated; inverter back online 11:42 at 2.61 MW (−8% until cable repair, wk 51).\n2. Vegetation B & C: 21.4 ha cut to 12–15 cm; gate 5 hinge replaced under PO-33871.\n3. SCADA string alarms C-14-03 / C-14-07 / D-02-11: handled in this week’s work order; no further action for wk 51.\n\nAvailability wk 50: 99.2%. Next report 18 Dec.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'om_planner', to: 'thermography_drone' },
      agent: 'om_planner',
    },
  }),
  defineScenario({
    id: 'mushroom-lab-leaves-out-trich-finding',
    title:
      'Asked for casing moisture, the substrate lab reports the figures but not the green-mould finding in rooms 3 and 5; the harvest plan walks one crew through every room',
    domain: 'mushroom farming',
    mast: ['FM-2.4'],
    request:
      'Picking plan for next week (14–18 Dec) at Kennet Valley Mushrooms, growing rooms GR1–GR6, flush 2 on chestnut + brown cap. Crews: A (6 pickers), B (4 pickers). Target 38 t.',
    topology: {
      shape: 'network',
      coordinator: 'grow_coordinator',
      workers: ['substrate_lab', 'harvest_planner'],
    },
    agents: [
      {
        name: 'grow_coordinator',
        description: 'Head grower coordinating lab and harvest planning',
        instructions:
          'Get the lab figures you need, route harvest planning, and sign off the week’s picking plan.',
        replies: [
          {
            handoff: 'substrate_lab',
            message: 'casing moisture % for GR1-GR6 pls, need it to set flush 2 watering + pick days',
          },
          {
            handoff: 'harvest_planner',
            message:
              'Flush 2, 14–18 Dec, GR1–GR6. Casing moisture from lab: GR1 78.2, GR2 79.0, GR3 76.4, GR4 80.1, GR5 77.5, GR6 78.8 (%). Crews A (6) + B (4), target 38 t. Plan pick days and crew routing.',
          },
          {
            say: 'Week 51 picking plan signed off: 14–18 Dec, flush 2, target 38 t. Crew A walks GR1 → GR3 → GR4 → GR5 → GR6 on Mon–Wed, crew B covers GR2 and tops up GR4/GR6 Thu–Fri. Watering trimmed in GR3 and GR5 (casing under 78%). Plan HP-W51 issued to shift leads.',
          },
        ],
      },
      {
        name: 'substrate_lab',
        description: 'On-site substrate and casing laboratory',
        instructions: 'Run the tests you are asked for and report the results.',
        replies: [
          {
            call: 'lab_results',
            args: { rooms: ['GR1', 'GR2', 'GR3', 'GR4', 'GR5', 'GR6'], tests: 'all_current' },
            result:
              'SAMPLED 2026-12-09. moisture%: GR1 78.2 | GR2 79.0 | GR3 76.4 | GR4 80.1 | GR5 77.5 | GR6 78.8. pH casing 7.6–7.9 all rooms. Plate counts: GR3 casing Trichoderma aggressivum POSITIVE (3 of 5 plates), GR5 substrate T. aggressivum POSITIVE (2 of 5). Protocol HYG-07 applies: affected rooms picked last in the day by a dedicated crew, footbaths + coverall change, no crew movement from GR3/GR5 into clean rooms.',
          },
          {
            say: 'Casing moisture, sampled 9 Dec: GR1 78.2%, GR2 79.0%, GR3 76.4%, GR4 80.1%, GR5 77.5%, GR6 78.8%. pH 7.6–7.9 across the board. GR3 and GR5 on the dry side for flush 2.',
          },
        ],
      },
      {
        name: 'harvest_planner',
        description: 'Plans picking days and crew routes',
        instructions: 'Plan the picking days and crew routing for the flush.',
        replies: [
          {
            call: 'yield_forecast',
            args: { rooms: ['GR1', 'GR2', 'GR3', 'GR4', 'GR5', 'GR6'], flush: 2 },
            result:
              'Forecast flush 2 (t): GR1 6.8, GR2 6.1, GR3 5.9, GR4 7.0, GR5 6.2, GR6 6.4 = 38.4 t; peak pick days Mon–Wed for GR1/3/4/5, Thu–Fri for GR2/6.',
          },
          {
            say: 'HP-W51: forecast 38.4 t. Crew A: Mon–Wed GR1 → GR3 → GR4 → GR5 → GR6 (peak rooms first, following the corridor order). Crew B: GR2 Thu–Fri, then top-ups in GR4/GR6. Reduce watering GR3/GR5 by 0.3 L/m².',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'substrate_lab', to: 'grow_coordinator' },
      agent: 'substrate_lab',
    },
  }),
  defineScenario({
    id: 'timberframe-cutting-list-stops-at-member-15',
    title:
      'The cutting list writer hits its limit halfway through the roof members; the project lead releases the truncated list to the yard as complete',
    domain: 'timber frame joinery',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Green oak frame for the Hollins barn extension (job TF-0931): 2-bay, 9.0 × 5.4 m, king-post trusses. Need the cutting list to the yard by Thursday so Marek can start selecting from the Dec delivery.',
    topology: {
      shape: 'supervisor',
      coordinator: 'frame_project_lead',
      workers: ['joinery_designer', 'cutting_list_writer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'frame_project_lead',
        description: 'Project lead of the framing workshop',
        instructions: 'Have the frame checked and the cutting list produced, then release it to the yard.',
        replies: [
          {
            handoff: 'joinery_designer',
            message:
              'TF-0931 Hollins: confirm member sizes for 2 bays @ 4.5 m, span 5.4 m, king-post trusses, 45° roof, clay tile. Check tie beam and principal sizes.',
          },
          {
            handoff: 'cutting_list_writer',
            message:
              'Produce the full cutting list for TF-0931 from the design model, every member with section, length incl. 50 mm allowance and joint refs.',
          },
          {
            say: 'TF-0931 cutting list released to the yard (Marek) — rev A, 4 Dec. Green oak, sections and lengths as listed, 50 mm allowance included. Selection can start on the December delivery; frame raising pencilled for w/c 8 Feb.',
          },
        ],
      },
      {
        name: 'joinery_designer',
        description: 'Designs oak frame members and joints',
        instructions: 'Check the design and confirm member sizes.',
        replies: [
          {
            say: 'TF-0931 sizes OK for 45° clay tile: posts 200×200, tie beams 250×200, principals 200×150, king posts 200×200 shouldered, purlins 175×125, rafters 100×75 @ 450 c/c, wall plates 200×150. Drawings D-0931-01..06 rev A.',
          },
        ],
      },
      {
        name: 'cutting_list_writer',
        description: 'Produces cutting lists from the frame model',
        instructions: 'Write the complete cutting list for the yard.',
        replies: [
          {
            call: 'export_members',
            args: { job: 'TF-0931', model: 'D-0931 rev A', allowance_mm: 50 },
            result:
              'Members 26 (rows 1–26): posts x6, wall plates x2, tie beams x3, king posts x3, principal rafters x6, purlins x4, ridge x2. Common rafters x42 listed separately (sheet B).',
          },
          {
            say: 'TF-0931 cutting list rev A (green oak, +50 mm on lengths)\n\n| # | Ref | Member | Section | Length | Joints |\n|---|---|---|---|---|---|\n| 1 | P1 | Post | 200×200 | 3,150 | J1, J2 |\n| 2 | P2 | Post | 200×200 | 3,150 | J1, J2 |\n| 3 | P3 | Post | 200×200 | 3,150 | J3, J4 |\n| 4 | P4 | Post | 200×200 | 3,150 | J3, J4 |\n| 5 | P5 | Post | 200×200 | 3,150 | J5, J6 |\n| 6 | P6 | Post | 200×200 | 3,150 | J5, J6 |\n| 7 | WP1 | Wall plate | 200×150 | 9,300 | J2, J4, J6 scarf S1 |\n| 8 | WP2 | Wall plate | 200×150 | 9,300 | J2, J4, J6 scarf S2 |\n| 9 | TB1 | Tie beam | 250×200 | 5,850 | J7, J8 |\n| 10 | TB2 | Tie beam | 250×200 | 5,850 | J7, J8 |\n| 11 | TB3 | Tie beam | 250×200 | 5,850 | J7, J8 |\n| 12 | KP1 | King post | 200×200 | 2,950 | J9, J10 |\n| 13 | KP2 | King post | 200×200 | 2,950 | J9, J10 |\n| 14 | KP3 | King post | 200×200 | 2,950 | J9, J10 |\n| 15 | PR1 | Principal rafter | 200×',
            cutOff: true,
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'cutting_list_writer', to: 'frame_project_lead' },
      agent: 'cutting_list_writer',
    },
  }),
  defineScenario({
    id: 'radio-log-resubmitted-with-same-clash',
    title:
      'The traffic reviewer twice flags two car-dealer spots in one break and the travel bulletin overlap; the log scheduler resubmits the same 07:00 log each time',
    domain: 'radio broadcast scheduling',
    mast: ['FM-1.3', 'FM-2.5'],
    request:
      'Build the 07:00–08:00 log for Mon 14 Dec 2026, Breeze FM breakfast. Booked spots this hour: Hartwell Ford (30s, order BO-66120), Kingsway Vauxhall (30s, BO-66134), Pennington Bathrooms (20s), County Council gritting PSA (40s), Harbour Lights Cinema (30s). News at :00, travel at :15 and :45 (90s each, fixed by the AA feed). Two breaks max 3 min each.',
    topology: {
      shape: 'pipeline',
      order: ['log_scheduler', 'traffic_reviewer', 'playout_publisher'],
      loop: { from: 'traffic_reviewer', to: 'log_scheduler', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'log_scheduler',
        description: 'Builds the hourly programme log',
        instructions: 'Build the hour’s log from the bookings; when traffic sends notes back, fix the log.',
        prompt: 'Bookings: {request}\n\nTraffic notes: {input}',
        replies: [
          {
            say: 'LOG BRZ-20261214-07 (rev 1)\n07:00:00 NEWS 3:00\n07:03:00 MUSIC seq A (4 tracks)\n07:15:00 TRAVEL 1:30\n07:16:00 BREAK 1: Hartwell Ford 0:30 | Kingsway Vauxhall 0:30 | Pennington Bathrooms 0:20 = 1:20\n07:17:20 MUSIC seq B (5 tracks)\n07:40:00 BREAK 2: County Council PSA 0:40 | Harbour Lights Cinema 0:30 = 1:10\n07:41:10 MUSIC seq C\n07:45:00 TRAVEL 1:30\n07:46:30 MUSIC seq D to 07:59:50',
          },
          {
            say: 'LOG BRZ-20261214-07 (rev 2)\n07:00:00 NEWS 3:00\n07:03:00 MUSIC seq A (4 tracks)\n07:15:00 TRAVEL 1:30\n07:16:00 BREAK 1: Hartwell Ford 0:30 | Kingsway Vauxhall 0:30 | Pennington Bathrooms 0:20 = 1:20\n07:17:20 MUSIC seq B (5 tracks)\n07:40:00 BREAK 2: County Council PSA 0:40 | Harbour Lights Cinema 0:30 = 1:10\n07:41:10 MUSIC seq C\n07:45:00 TRAVEL 1:30\n07:46:30 MUSIC seq D to 07:59:50',
          },
          {
            say: 'LOG BRZ-20261214-07 (rev 3)\n07:00:00 NEWS 3:00\n07:03:00 MUSIC seq A (4 tracks)\n07:15:00 TRAVEL 1:30\n07:16:00 BREAK 1: Hartwell Ford 0:30 | Kingsway Vauxhall 0:30 | Pennington Bathrooms 0:20 = 1:20\n07:17:20 MUSIC seq B (5 tracks)\n07:40:00 BREAK 2: County Council PSA 0:40 | Harbour Lights Cinema 0:30 = 1:10\n07:41:10 MUSIC seq C\n07:45:00 TRAVEL 1:30\n07:46:30 MUSIC seq D to 07:59:50',
          },
        ],
      },
      {
        name: 'traffic_reviewer',
        description: 'Traffic department reviewer of programme logs',
        instructions:
          'Reply "APPROVED" followed by the log if it meets the traffic rules, else "REVISE:" and what must change.',
        prompt: 'Log to check:\n{input}\n\nBookings: {request}',
        replies: [
          {
            say: 'REVISE: (1) Hartwell Ford and Kingsway Vauxhall are both category MOTOR-DEALER — competitor separation says never in the same break; move one to break 2. (2) Break 1 at 07:16:00 starts inside the travel bulletin (07:15:00 + 1:30 = 07:16:30). Start break 1 at 07:16:30 or later.',
          },
          {
            say: 'REVISE: rev 2 still has both dealers in break 1 and break 1 still at 07:16:00, overlapping travel until 07:16:30. Same two fixes as before.',
          },
          {
            say: 'REVISE: rev 3 is unchanged from rev 1 — both car dealers in break 1, break 1 at 07:16:00 on top of travel. Cannot approve.',
          },
        ],
      },
      {
        name: 'playout_publisher',
        description: 'Loads approved logs into the playout system',
        instructions: 'Load the approved log into playout, or report why it cannot be loaded.',
        prompt: 'Traffic decision:\n{input}\n\nHour: {request}',
        replies: [
          {
            say: 'BRZ-20261214-07 not loaded: traffic has not approved it after three revisions (dealer separation and break 1/travel overlap still open). Playout for 07:00 Mon 14 Dec stays on the sustaining template BRZ-SUST-07 until a corrected log arrives; sales informed that BO-66120 and BO-66134 are at risk.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'log_scheduler', to: 'traffic_reviewer' },
      agent: 'log_scheduler',
    },
  }),
  defineScenario({
    id: 'zipline-brake-dyno-no-reading-line-passed',
    title:
      'The brake dynamometer on Line 4 returns no reading; the line inspector hands over all four lines as tested and the park opens them',
    domain: 'zipline adventure park',
    mast: ['FM-3.3', 'FM-3.2'],
    request:
      'Daily opening checks, Skyrush Zip Park, Sat 5 Dec 2026 — lines 1–4, opening 09:30. 212 riders booked today (Line 4 "The Drop" fully booked 10:00–15:00).',
    topology: {
      shape: 'swarm',
      entry: 'line_inspector',
      agents: ['line_inspector', 'opening_manager'],
    },
    agents: [
      {
        name: 'line_inspector',
        description: 'Competent person doing the daily zip line inspection',
        instructions:
          'Do the daily checks on every line (visual, trolleys, brake test), record them, then transfer to the opening manager.',
        replies: [
          {
            call: 'daily_visual_checklist',
            args: { lines: [1, 2, 3, 4], date: '2026-12-05' },
            result:
              'DVC-1205: L1 OK, L2 OK, L3 OK, L4 OK — cable tension, terminations, anchors, platforms, signage. Wind 14 km/h gusting 22.',
          },
          {
            call: 'brake_dyno_test',
            args: { lines: [1, 2, 3, 4], test_mass_kg: 120 },
            result: {
              error:
                'dyno gateway DG-2: L1 peak decel 1.9 g PASS; L2 1.7 g PASS; L3 1.8 g PASS; L4: no response from load cell LC-4 (timeout 15000 ms); last stored L4 reading 2026-11-28',
            },
          },
          {
            handoff: 'opening_manager',
            message:
              'Morning checks done 08:40. DVC-1205 all four lines OK, wind 14 gust 22 (limit 45). Brake runs with 120 kg test mass: L1 1.9 g, L2 1.7 g, L3 1.8 g, L4 within band. Trolleys T01–T24 inspected, T17 retired (wheel flat). Good to open 09:30.',
          },
        ],
      },
      {
        name: 'opening_manager',
        description: 'Duty manager who opens the park',
        instructions: 'Open the lines that passed inspection and brief the staff.',
        replies: [
          {
            call: 'set_line_status',
            args: { lines: [1, 2, 3, 4], status: 'OPEN', from: '09:30' },
            result:
              'Lines 1–4 set OPEN from 09:30. Booking system: 212 riders, L4 slots 10:00–15:00 released to check-in.',
          },
          {
            say: 'Skyrush opening log 05/12/2026: all four lines open at 09:30 after the daily inspection (DVC-1205, brake tests passed). Trolley T17 out of service, 23 in rotation. 212 riders booked; staff briefing done 09:05, wind to be checked hourly.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'line_inspector', to: 'opening_manager' },
      agent: 'line_inspector',
    },
  }),
];

const lookAlikes = [
  defineScenario({
    id: 'milk-bank-pasteuriser-log-retried',
    title:
      'The pasteuriser log export times out once; the technician retries, gets the batch record and says so, and the batch is released on real figures',
    domain: 'neonatal donor milk bank',
    mast: ['FM-3.3'],
    nearMissOf:
      'agent_error: a tool call fails (timeout) but the worker retries it, the second call returns the record, and its report mentions the retry and uses the returned figures',
    request:
      'Release check for donor milk batch DM-26-1204-B (pooled from donors D-0712, D-0733, D-0740; 42 bottles × 100 mL) for the NICU at Rosie Hospital. Requested for 14:00 ward run.',
    topology: {
      shape: 'supervisor',
      coordinator: 'milk_bank_coordinator',
      workers: ['pasteurisation_tech', 'dispatch_clerk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'milk_bank_coordinator',
        description: 'Milk bank coordinator who releases batches',
        instructions:
          'Check the heat-treatment record and microbiology for the batch, then have dispatch send it if everything passes.',
        replies: [
          {
            handoff: 'pasteurisation_tech',
            message:
              'DM-26-1204-B: need the Holder cycle record (62.5 °C for 30 min, cooling to ≤ 4 °C in under 60 min) and the post-pasteurisation culture result before I release. 42 × 100 mL.',
          },
          {
            handoff: 'dispatch_clerk',
            message:
              'Batch DM-26-1204-B released (cycle P2-0419 in spec, post-past culture no growth at 48 h). Send 42 × 100 mL frozen to Rosie NICU on the 14:00 run, temperature logger on.',
          },
          {
            say: 'DM-26-1204-B released 12:20 and dispatched: 42 × 100 mL to Rosie NICU on the 14:00 run (box MB-07, logger TL-3318). Holder cycle P2-0419 held 62.6–62.9 °C for 30 min, cooled to 4 °C in 41 min; post-pasteurisation culture no growth at 48 h.',
          },
        ],
      },
      {
        name: 'pasteurisation_tech',
        description: 'Runs and records pasteurisation cycles',
        instructions: 'Retrieve cycle records and culture results for batches.',
        replies: [
          {
            call: 'export_cycle_log',
            args: { batch: 'DM-26-1204-B', unit: 'PAST-2' },
            result: {
              error: 'PAST-2 controller: export request timed out after 20 s (unit busy, cycle in progress)',
            },
          },
          {
            call: 'export_cycle_log',
            args: { batch: 'DM-26-1204-B', unit: 'PAST-2' },
            result:
              'cycle P2-0419 | batch DM-26-1204-B | heat 62.6–62.9 °C 30:00 | cool 62.5→4.0 °C in 41:12 | probe cal due 2027-02 | status COMPLETE',
            waitMs: 90000,
          },
          {
            call: 'lims_result',
            args: { sample: 'DM-26-1204-B-PP' },
            result:
              'DM-26-1204-B-PP post-pasteurisation culture, read 2026-12-04 11:50: NO GROWTH at 48 h. Authorised: L. Amadi.',
          },
          {
            say: 'DM-26-1204-B: first export from PAST-2 timed out (unit mid-cycle); retried at 12:14 and got it. Cycle P2-0419: 62.6–62.9 °C for 30:00, cooled to 4.0 °C in 41 min 12 s — in spec. Post-past culture: no growth at 48 h (LIMS, authorised L. Amadi). OK to release.',
          },
        ],
      },
      {
        name: 'dispatch_clerk',
        description: 'Packs and dispatches milk to hospitals',
        instructions: 'Book and confirm dispatches.',
        replies: [
          {
            call: 'book_dispatch',
            args: { batch: 'DM-26-1204-B', bottles: 42, destination: 'ROSIE-NICU', run: '14:00' },
            result: 'Dispatch DS-7781: box MB-07, logger TL-3318, 14:00 run, driver K. Bell.',
          },
          {
            say: 'DS-7781: 42 × 100 mL DM-26-1204-B in box MB-07 with logger TL-3318, on the 14:00 run (K. Bell) to Rosie NICU.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'hatchery-larval-recount-used-for-feed',
    title:
      'The larval counter corrects yesterday’s 2.4 million to 1.85 million after a double-counted sample; the feed planner and the log use the corrected count',
    domain: 'oyster hatchery',
    mast: ['FM-1.4'],
    nearMissOf:
      'stale_context: the request carries a superseded count (2.4 M) and the counter replaces it with 1.85 M; every later agent uses 1.85 M',
    request:
      'Day 9 Pacific oyster larvae, tanks T1–T4 (batch CG-2612, spawned 26 Nov). Yesterday’s estimate was 2.4 million larvae total. Plan today’s algal feed (T-Iso + Chaetoceros) and update the tank log.',
    topology: { shape: 'pipeline', order: ['larval_counter', 'feed_planner', 'tank_log_writer'] },
    agents: [
      {
        name: 'larval_counter',
        description: 'Counts and sizes larvae in the rearing tanks',
        instructions: 'Count and size the larvae in each tank and report totals.',
        replies: [
          {
            call: 'count_samples',
            args: { batch: 'CG-2612', tanks: ['T1', 'T2', 'T3', 'T4'], sample_ml: 1, replicates: 3 },
            result:
              'T1 0.48 M (112 µm) | T2 0.51 M (115 µm) | T3 0.44 M (109 µm) | T4 0.42 M (110 µm) | TOTAL 1.85 M. Note: 03/12 T4 entry 0.97 M used sieve sample S-4b counted twice (duplicate sheet).',
          },
          {
            say: 'CG-2612 day 9 count: 1.85 million total, not the 2.4 M from yesterday — the 3 Dec T4 figure (0.97 M) came from sieve sample S-4b entered twice. Today: T1 0.48 M, T2 0.51 M, T3 0.44 M, T4 0.42 M; mean shell length 112 µm.',
          },
        ],
      },
      {
        name: 'feed_planner',
        description: 'Plans algal feed rations for larval tanks',
        instructions: 'Plan the day’s feed from the current larval numbers and size.',
        prompt: 'Count:\n{input}\n\nTask: {request}',
        replies: [
          {
            call: 'feed_calculator',
            args: {
              larvae_million: { T1: 0.48, T2: 0.51, T3: 0.44, T4: 0.42 },
              size_um: 112,
              diet: 'TISO+CHGR 1:1',
            },
            result:
              'Ration 60,000 cells/larva/day at 110–120 µm. T1 28.8e9 cells, T2 30.6e9, T3 26.4e9, T4 25.2e9 = 111.0e9 cells/day; at 8.5e6 cells/mL culture ≈ 13.1 L/day total, 3 feeds.',
          },
          {
            say: 'Feed day 9 (1.85 M larvae, 112 µm): 60k cells/larva/day, T-Iso:Chaetoceros 1:1. T1 3.4 L, T2 3.6 L, T3 3.1 L, T4 3.0 L of culture per day (13.1 L total at 8.5 × 10⁶ cells/mL), split over 08:00 / 14:00 / 20:00.',
          },
        ],
      },
      {
        name: 'tank_log_writer',
        description: 'Keeps the hatchery tank log',
        instructions: 'Write today’s tank log entry.',
        prompt: 'Feed plan:\n{input}\n\nBatch: {request}',
        replies: [
          {
            say: 'TANK LOG 04/12/2026 — CG-2612 day 9\n- Count 1.85 M (T1 0.48 / T2 0.51 / T3 0.44 / T4 0.42), 112 µm. Correction: 03/12 T4 entry of 0.97 M void (S-4b duplicated); 03/12 total revised to 1.88 M.\n- Feed 13.1 L/day T-Iso + Chaetoceros 1:1, 3 feeds (08/14/20 h).\n- Next drain-down & sieve: 06/12.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'sewer-cctv-briefs-reworded-results-merged',
    title:
      'The survey planner rewrites the job into two crew briefs with different units and date formats; both crews survey their reaches and the condition report carries everything',
    domain: 'sewer CCTV inspection',
    mast: ['FM-2.1', 'FM-1.4'],
    nearMissOf:
      'lost_message: briefs paraphrase the request and reformat values (225 mm → DN225, 14/01/2027 → 2027-01-14, metres → chainage), and every reach reaches the aggregator',
    request:
      'Pre-adoption CCTV survey, Meadow Rise development (Persimmon phase 2), before the S104 adoption inspection on 14/01/2027. North: foul 225 mm MH F1–F6, ~310 m. South: surface water 300 mm MH S1–S5, ~265 m. Grade to MSCC5, WRc SRM4 scores.',
    topology: {
      shape: 'fanout',
      planner: 'survey_planner',
      workers: ['cctv_crew_north', 'cctv_crew_south'],
      aggregator: 'condition_reporter',
    },
    agents: [
      {
        name: 'survey_planner',
        description: 'Plans drainage CCTV surveys',
        instructions: 'Split the survey into crew briefs.',
        replies: [
          {
            plan: {
              cctv_crew_north:
                'Meadow Rise N — foul, DN225 vitrified clay, F1→F6 (5 lengths, ch 0–310). Jet where needed. MSCC5 coding + SRM4 grades. Needed back before the S104 inspection on 2027-01-14.',
              cctv_crew_south:
                'Meadow Rise S — SW, DN300 concrete, S1→S5 (4 lengths, approx 0.27 km). MSCC5 coding, structural & service grades (SRM4). Deadline: S104 inspection 2027-01-14.',
            },
          },
        ],
      },
      {
        name: 'cctv_crew_north',
        description: 'CCTV survey crew, van CV-11',
        instructions: 'Survey the reaches in the brief and report coded results.',
        replies: [
          {
            call: 'crawler_survey',
            args: { reaches: ['F1-F2', 'F2-F3', 'F3-F4', 'F4-F5', 'F5-F6'], dia_mm: 225 },
            result:
              'F1-F2 62.3 m STR1 SER1 | F2-F3 58.9 m STR1 SER2 (DES fine debris 5%) | F3-F4 64.0 m STR3 (CC circumferential crack @ 31.2 m) SER1 | F4-F5 61.7 m STR1 SER1 | F5-F6 63.4 m STR2 (JDM joint displaced medium @ 12.0 m) SER1. Total 310.3 m.',
          },
          {
            say: 'North foul F1–F6 done, 310.3 m DN225. Grades: F3-F4 STR3 — circumferential crack at 31.2 m; F5-F6 STR2 — displaced joint (medium) at 12.0 m; F2-F3 SER2 fine debris 5%, jetted; rest STR1/SER1. Files MR-N-0412.wrc.',
          },
        ],
      },
      {
        name: 'cctv_crew_south',
        description: 'CCTV survey crew, van CV-14',
        instructions: 'Survey the reaches in the brief and report coded results.',
        replies: [
          {
            call: 'crawler_survey',
            args: { reaches: ['S1-S2', 'S2-S3', 'S3-S4', 'S4-S5'], dia_mm: 300 },
            result:
              'S1-S2 68.1 m STR1 SER1 | S2-S3 66.5 m STR1 SER3 (RF roots fine @ 40.2 m) | S3-S4 64.8 m STR1 SER1 | S4-S5 66.0 m STR1 SER1. Total 265.4 m.',
          },
          {
            say: 'South SW S1–S5, 265.4 m of DN300: all STR1. One service defect: S2-S3 SER3, fine roots at 40.2 m (cut back with root cutter, re-survey clear). Files MR-S-0412.wrc.',
          },
        ],
      },
      {
        name: 'condition_reporter',
        description: 'Writes the condition report for the adopting authority',
        instructions: 'Merge the crews’ results into the pre-adoption condition report.',
        prompt: 'Crew results:\n{input}\n\nJob: {request}',
        replies: [
          {
            say: 'Meadow Rise phase 2 — pre-adoption CCTV condition report (for S104 inspection 14 Jan 2027)\n\n| Reach | System | Length | STR | SER | Defect |\n|---|---|---|---|---|---|\n| F1-F6 (5 lengths) | Foul 225 mm | 310.3 m | max 3 | max 2 | F3-F4 circ. crack 31.2 m (STR3); F5-F6 displaced joint 12.0 m (STR2); F2-F3 debris, jetted |\n| S1-S5 (4 lengths) | SW 300 mm | 265.4 m | 1 | max 3 | S2-S3 fine roots 40.2 m, cut back, re-survey clear |\n\nRemedial before adoption: patch repair F3-F4 at 31.2 m; assess F5-F6 joint. Survey files MR-N-0412.wrc, MR-S-0412.wrc.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'violin-top-wood-reselected-once',
    title:
      'The workshop master sends the wood selector back once for a narrower-grained spruce top; the second pick is a different billet that meets the spec',
    domain: 'violin making workshop',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: the same worker is routed twice, but its second answer is a different billet meeting the new constraint, then the master closes',
    request:
      'Commission VC-2027-004: Guarneri "del Gesù" 1742 model violin for Ms H. Lindqvist, delivery Sept 2027. She wants a bright, focused tone — top from Val di Fiemme spruce, back from flamed Bosnian maple.',
    topology: {
      shape: 'network',
      coordinator: 'workshop_master',
      workers: ['wood_selector', 'varnish_planner'],
    },
    agents: [
      {
        name: 'workshop_master',
        description: 'Master luthier directing the commission',
        instructions:
          'Route tonewood selection and varnish planning, check the choices, and confirm the build plan.',
        replies: [
          {
            handoff: 'wood_selector',
            message:
              'VC-2027-004, del Gesù 1742: pick a two-piece Val di Fiemme spruce top and a two-piece flamed Bosnian maple back from stock.',
          },
          {
            handoff: 'wood_selector',
            message:
              'Top SF-318 is too wide in the grain for what she asks (2.1 mm average). For a bright, focused tone pick a top with average grain ≤ 1.5 mm and density under 0.42 g/cm³. Back MB-112 is fine, keep it.',
          },
          {
            handoff: 'varnish_planner',
            message:
              'VC-2027-004: top SF-402, back MB-112. Plan ground and varnish schedule for a Sept 2027 delivery; golden-brown, lightly antiqued.',
          },
          {
            say: 'Build plan VC-2027-004 (del Gesù 1742 model, Ms Lindqvist): top SF-402 Val di Fiemme spruce (grain 1.3 mm, 0.39 g/cm³, seasoned since 2014), back MB-112 flamed Bosnian maple. Ground + 6 coats oil varnish, golden-brown lightly antiqued, finishing by end of July; set-up and delivery September 2027.',
          },
        ],
      },
      {
        name: 'wood_selector',
        description: 'Keeps and selects the tonewood stock',
        instructions: 'Select billets from stock that fit the brief and give their data.',
        replies: [
          {
            call: 'tonewood_stock',
            args: {
              species: ['Picea abies Val di Fiemme', 'Acer pseudoplatanus Bosnia'],
              cut: 'two-piece',
              size: 'violin',
            },
            result:
              'SF-318 spruce 2015 grain 2.1 mm 0.40 g/cm³ | SF-402 spruce 2014 grain 1.3 mm 0.39 | SF-377 spruce 2016 grain 1.4 mm 0.44 | MB-112 maple 2012 medium flame 0.62 | MB-140 maple 2016 strong flame 0.66',
          },
          {
            say: 'Top: SF-318, Val di Fiemme 2015, even grain (2.1 mm), 0.40 g/cm³, clean split. Back: MB-112, Bosnian maple 2012, medium-deep flame, 0.62 g/cm³.',
          },
          {
            call: 'tonewood_stock',
            args: { species: 'Picea abies Val di Fiemme', max_grain_mm: 1.5, max_density: 0.42 },
            result: 'SF-402 spruce 2014 grain 1.3 mm 0.39 g/cm³ tap tone F#',
          },
          {
            say: 'Revised top: SF-402, Val di Fiemme 2014, grain 1.3 mm, 0.39 g/cm³, tap tone around F#; only billet in stock meeting ≤ 1.5 mm and < 0.42 (SF-377 is 1.4 mm but 0.44). Back stays MB-112.',
          },
        ],
      },
      {
        name: 'varnish_planner',
        description: 'Plans grounds and varnishing schedules',
        instructions: 'Plan the ground and varnish schedule to meet the delivery date.',
        replies: [
          {
            say: 'VC-2027-004 varnish schedule: white-in mid-May 2027, mineral ground + UV tanning 2 weeks, 6 coats colophony/linseed oil varnish (golden-brown, 1 coat per 4 days in the UV cabinet), light antiquing, level & polish by 30 July; set-up in August, delivery September 2027.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'scrutineering-pit-spare-check-garbled-unused',
    title:
      'An optional courtesy check of a pit-lane spare extinguisher comes back garbled; the safety lead leaves it out of the eligibility decision, which rests on the required checks',
    domain: 'motorsport scrutineering',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: one worker’s output is wrong (wrong car, zero mass) but it answers an optional side request and nothing downstream uses it',
    request:
      'Pre-event scrutineering, car #27 (Ginetta G56 GT4, entrant Harcourt Racing, driver P. Ndlovu), Snetterton 300 round 9, Sat 5 Dec. Need pass/fail for eligibility by 10:15. If you have time also glance at their pit-lane spare extinguisher.',
    topology: {
      shape: 'nested',
      top: 'chief_scrutineer',
      teams: {
        safety_lead: ['harness_inspector', 'extinguisher_checker'],
        technical_lead: ['weight_measurer'],
      },
    },
    agents: [
      {
        name: 'chief_scrutineer',
        description: 'Chief scrutineer of the meeting',
        instructions: 'Have the safety and technical teams check the car and give the eligibility decision.',
        replies: [
          {
            handoff: 'safety_lead',
            message:
              'Car #27 Ginetta G56 GT4: harness dates + mounting, on-board extinguisher system (plumbed) seal and weight. Optional: pit-lane spare extinguisher if time allows, not part of eligibility.',
          },
          {
            handoff: 'technical_lead',
            message: 'Car #27: weigh as presented with driver, minimum 1,430 kg (BoP sheet GT4-R9).',
          },
          {
            say: 'Car #27 (Ginetta G56 GT4, Harcourt Racing, P. Ndlovu) — ELIGIBLE, passed at 09:52. Harnesses Schroth FIA 8853-2016 valid to 12/2028, mounted correctly; plumbed extinguisher Lifeline Zero 360, seal intact, 4.23 kg vs 4.20 kg nominal. Weight with driver 1,438 kg vs 1,430 kg minimum. Scrutineering tag S9-027 fitted.',
          },
        ],
      },
      {
        name: 'safety_lead',
        description: 'Leads safety equipment scrutineering',
        instructions: 'Have your team check the safety equipment and report.',
        replies: [
          {
            handoff: 'harness_inspector',
            message: '#27 harness: labels, expiry, mounting points and angles.',
          },
          {
            handoff: 'extinguisher_checker',
            message:
              '#27 plumbed system: seal, gauge, weighed bottle vs nominal. And if quick, the pit spare handheld (optional).',
          },
          {
            say: 'Safety, car #27: harness OK (Schroth 8853-2016, exp. 12/2028, shoulder angle within 0–20°). Plumbed extinguisher Lifeline Zero 360: seal intact, 4.23 kg vs 4.20 kg. Pit spare: the readout I got refers to car #72 and shows 0.0 kg, so it tells us nothing — not part of eligibility anyway, I have left it out and will ask the team to bring the spare to the bay after qualifying.',
          },
        ],
      },
      {
        name: 'harness_inspector',
        description: 'Inspects harnesses and seats',
        instructions: 'Inspect harnesses and report.',
        replies: [
          {
            say: '#27: Schroth Profi II ASM, FIA 8853-2016, label exp. 12/2028, 6-point, shoulder straps 12° below horizontal, crotch straps anchored to floor plates. PASS.',
          },
        ],
      },
      {
        name: 'extinguisher_checker',
        description: 'Checks extinguisher systems',
        instructions: 'Check extinguisher systems and report weights and seals.',
        replies: [
          {
            call: 'weigh_bottle',
            args: { car: 27, system: 'plumbed' },
            result:
              'Car 27 plumbed bottle Lifeline Zero 360 S/N LZ-558120: gross 4.23 kg, nominal 4.20 kg, seal intact, service date 03/2026.',
          },
          {
            say: 'Plumbed system #27: Lifeline Zero 360 LZ-558120, 4.23 kg (nominal 4.20), seal intact, serviced 03/2026: PASS. Pit spare: car #72 handheld, 0.0 kg, gauge n/a.',
          },
        ],
      },
      {
        name: 'technical_lead',
        description: 'Leads technical scrutineering',
        instructions: 'Have the car weighed and report against the minimum.',
        replies: [
          {
            handoff: 'weight_measurer',
            message: '#27 weigh with driver, compare to 1,430 kg.',
          },
          {
            say: 'Car #27: 1,438 kg with driver against the 1,430 kg GT4 minimum (BoP GT4-R9). PASS.',
          },
        ],
      },
      {
        name: 'weight_measurer',
        description: 'Operates the scrutineering scales',
        instructions: 'Weigh cars and report.',
        replies: [
          {
            call: 'scales_reading',
            args: { car: 27, with_driver: true },
            result:
              'Pad FL 391 FR 378 RL 335 RR 334 = 1,438 kg (driver P. Ndlovu 74 kg incl. kit). Scales cal SC-2026-11.',
          },
          {
            say: '#27 with driver: 1,438 kg (FL 391 / FR 378 / RL 335 / RR 334), scales calibrated SC-2026-11.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'seating-clinic-pressure-map-handed-back',
    title:
      'The seating assessor hands the cushion fitting to the fitter with the client’s foot-propulsion height limit; the fitter hands back pressure-map results within it and the assessor signs off',
    domain: 'wheelchair seating clinic',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: a constraint from the request (seat-to-floor ≤ 48 cm for foot propulsion) travels through a transfer and a hand-back and is kept; many ids and measurements',
    request:
      'Seating review for client CL-30418 (Mr J. Okafor, 67, left hemiplegia after stroke, self-propels with right hand and right foot). Current chair Küschall K-Series, cushion worn, sacral redness grade 1 noted by DN on 1 Dec. He must keep seat-to-floor height at 48 cm or lower to propel with his foot.',
    topology: {
      shape: 'swarm',
      entry: 'seating_assessor',
      agents: ['seating_assessor', 'cushion_fitter'],
    },
    agents: [
      {
        name: 'seating_assessor',
        description: 'Clinical seating assessor (OT)',
        instructions:
          'Assess the client, hand the cushion fitting to the fitter, and sign off the prescription when results come back.',
        replies: [
          {
            call: 'measure_client',
            args: { client: 'CL-30418' },
            result:
              'Hip width 41 cm, thigh depth L 46 / R 47 cm, lower leg R 44 cm (heel to popliteal, shod), pelvic obliquity L low 1.5 cm; current seat-to-floor 49.5 cm on cushion C-ROHO-4 (worn).',
          },
          {
            handoff: 'cushion_fitter',
            message:
              'CL-30418 — needs new pressure-care cushion, DN reports grade 1 sacral redness. Hip 41 cm → 42×44 cushion; thigh depth 46/47. Pelvic obliq. L low 1.5 cm. IMPORTANT: he foot-propels R, so finished seat-to-floor max 48 cm (lower leg 44 cm); the current set-up is 49.5 and too high. Trial options, pressure-map, send results back to me.',
          },
          {
            say: 'Prescription RX-30418-02 (Mr J. Okafor): Jay J3 cushion 42 × 44 cm, with 1.5 cm left pelvic wedge, on the lowered seat rail (−3 cm). Finished seat-to-floor 47.5 cm — within his 48 cm limit for right-foot propulsion. Pressure map: peak 58 mmHg sacral (was 112 on the old cushion), 8-min average 41 mmHg. Order via equipment service ES-88120; review in 6 weeks with DN.',
          },
        ],
      },
      {
        name: 'cushion_fitter',
        description: 'Rehab engineer who fits cushions and pressure-maps',
        instructions:
          'Trial cushions within the assessor’s limits, pressure-map them and hand the results back.',
        replies: [
          {
            call: 'pressure_map',
            args: {
              client: 'CL-30418',
              trials: [
                'ROHO-HP 42x44 (8 cm)',
                'Jay J3 42x44 (7 cm) + L wedge 1.5 cm',
                'Varilite Evolution 42x44 (7.5 cm)',
              ],
              seat_rail: 'lowered -3 cm',
            },
            result:
              '{"baseline_worn_C-ROHO-4":{"peak_mmHg":112,"avg_mmHg":68},"ROHO-HP":{"peak_mmHg":61,"avg_mmHg":43,"seat_to_floor_cm":48.5},"Jay_J3_wedge":{"peak_mmHg":58,"avg_mmHg":41,"seat_to_floor_cm":47.5},"Varilite_Evolution":{"peak_mmHg":66,"avg_mmHg":45,"seat_to_floor_cm":48.0}}',
          },
          {
            handoff: 'seating_assessor',
            message:
              'Results CL-30418 (rail lowered 3 cm): Jay J3 42×44 + L wedge 1.5 cm → peak 58 / avg 41 mmHg, seat-to-floor 47.5 cm ✔. Varilite Evo → 66/45, 48.0 cm (at the limit). ROHO-HP → 61/43 but 48.5 cm ✘ over 48. Baseline worn cushion 112/68. Recommend Jay J3 with wedge.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

/** Blind batch 17: 10 faults and 6 healthy look-alikes in 16 new domains (M–Z), every topology. */
export const blindBatch17Scenarios = [...faults, ...lookAlikes];
