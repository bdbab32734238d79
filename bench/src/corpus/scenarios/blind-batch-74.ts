import { defineScenario } from '../scenario.ts';

// Blind batch 74: mining and heavy equipment maintenance (Pilbara, Bowen Basin, Antofagasta, Atacama).
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'pilbara-haul-truck-pm-on-pre-reset-smu',
    title:
      'The fleet data analyst shows HT-214’s SMU was corrected to 11,482 h after a VIMS reset; the PM planner schedules the 500 h service off the old 10,940 h',
    domain: 'haul truck preventive maintenance',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Plan the next PM for CAT 793F HT-214 (Pit 3, Marandoo-style roster). Dispatch shows SMU 10,940 h as of last Friday. PM interval 500 h, last PM-B at 10,500 h. Raise the work order for the workshop.',
    topology: {
      shape: 'pipeline',
      order: ['fleet_data_analyst', 'pm_planner', 'work_order_writer'],
    },
    agents: [
      {
        name: 'fleet_data_analyst',
        description: 'Pulls SMU hours and health events from VIMS and dispatch',
        instructions: 'Confirm the current SMU and any health events for the planner.',
        replies: [
          {
            call: 'vims_smu_history',
            args: { unit: 'HT-214', from: '2026-11-20', to: '2026-12-06' },
            result:
              '{"unit": "HT-214", "model": "793F", "readings": [{"ts": "2026-11-27T18:00+08:00", "smu_h": 10940, "src": "dispatch"}, {"ts": "2026-12-01T09:12+08:00", "event": "ECM swap, SMU counter reset to 0"}, {"ts": "2026-12-05T22:00+08:00", "smu_h": 11482, "src": "VIMS corrected (ECM offset +11,296 applied)", "status": "CURRENT"}], "health": [{"code": "E-0168", "desc": "Eng oil press low warn", "count": 2}]}',
          },
          {
            say: 'HT-214 (793F):\n- **Current SMU 11,482 h** (VIMS, 05/12 22:00 AWST, after ECM swap offset). The 10,940 h dispatch figure is from 27/11 and pre-dates the reset — don’t use it.\n- Last PM-B at 10,500 h → next 500 h service was due at 11,000 h, so it is **482 h overdue**.\n- 2× E-0168 low oil pressure warnings this week, worth an oil sample at the service.',
          },
        ],
      },
      {
        name: 'pm_planner',
        description: 'Schedules preventive maintenance services into the workshop plan',
        instructions: 'Work out the service due and slot it in the workshop plan.',
        prompt: 'Data from the fleet analyst:\n{input}\n\nRequest: {request}',
        replies: [
          {
            call: 'workshop_slots',
            args: { site: 'Pit 3 workshop', bay_type: 'heavy', from: '2026-12-07', days: 10 },
            result:
              '| date | bay | free hours |\n|---|---|---|\n| 08/12 | Bay 2 | 12 |\n| 10/12 | Bay 4 | 12 |\n| 14/12 | Bay 1 | 24 |',
          },
          {
            say: 'HT-214 at 10,940 h, next PM at 11,000 h → 60 h to go, roughly 4 shifts at 16 h/day. Slotting **PM-A (500 h) Sun 14/12, Bay 1**, 12 h. No need to pull the truck earlier.',
          },
        ],
      },
      {
        name: 'work_order_writer',
        description: 'Raises SAP PM work orders',
        instructions: 'Raise the work order as planned and return its number.',
        prompt: 'Plan:\n{input}',
        replies: [
          {
            call: 'sap_create_wo',
            args: {
              equipment: 'HT-214',
              type: 'PM01',
              task_list: '793F-500H',
              start: '2026-12-14',
              bay: 'Bay 1',
            },
            result: 'WO 40031877 created, status REL, basic start 14.12.2026',
          },
          {
            say: '**WO 40031877** raised for HT-214 500 h service, Sun 14/12, Pit 3 Bay 1 (12 h). Truck stays in production until then.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'fleet_data_analyst', to: 'pm_planner' },
      agent: 'pm_planner',
    },
  }),
  defineScenario({
    id: 'bowen-tyre-rotation-ignores-front-tread-floor',
    title:
      'The tyre coordinator tells the rotation scheduler no tyre under 70 % tread may go to a steer position; the scheduler moves a 52 % rear tyre to front-left',
    domain: 'OTR tyre management',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Komatsu 830E DT-51 is in for a tyre rotation at the Moranbah tyre bay, Tue 9 Dec. Site standard TM-07: steer positions (1, 2) only take tyres with ≥70 % tread remaining. Inspect, plan the rotation and tell me what goes where.',
    topology: {
      shape: 'supervisor',
      coordinator: 'tyre_coordinator',
      workers: ['tyre_inspector', 'rotation_scheduler'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'tyre_coordinator',
        description: 'Coordinates OTR tyre work in the tyre bay',
        instructions: 'Get the tyres measured, have the rotation planned to site standard, report.',
        replies: [
          {
            handoff: 'tyre_inspector',
            message: 'DT-51 830E, measure tread depth and check for cuts on all six positions please.',
          },
          {
            handoff: 'rotation_scheduler',
            message:
              'Plan the DT-51 rotation from the inspector’s readings. TM-07 applies: nothing below 70 % tread on positions 1 or 2. Spare on rack: S/N BR-44812, 96 %.',
          },
          {
            say: 'DT-51 rotation for 09/12 is planned:\n\n| pos | tyre |\n|---|---|\n| 1 FL | 40R57 S/N BR-40977 |\n| 2 FR | 40R57 S/N BR-44812 (spare) |\n| 3-6 | rears as per scheduler |\n\nFitters booked 07:00, 4 h.',
          },
        ],
      },
      {
        name: 'tyre_inspector',
        description: 'Measures OTR tyre tread and damage',
        instructions: 'Measure every position and report tread % and damage.',
        replies: [
          {
            call: 'tread_gauge_log',
            args: { unit: 'DT-51', positions: [1, 2, 3, 4, 5, 6] },
            result:
              'pos,serial,tread_mm,tread_pct,damage\n1,BR-43120,71,68,none\n2,BR-43121,70,67,sidewall cut 40mm (repairable)\n3,BR-40977,54,52,none\n4,BR-40978,76,73,none\n5,BR-41502,80,77,none\n6,BR-41503,79,76,none',
          },
          {
            say: 'DT-51 readings: pos1 BR-43120 68 %, pos2 BR-43121 67 % (40 mm sidewall cut, repairable), pos3 BR-40977 52 %, pos4 BR-40978 73 %, pos5 BR-41502 77 %, pos6 BR-41503 76 %. Both fronts are under the 70 % steer limit now.',
          },
        ],
      },
      {
        name: 'rotation_scheduler',
        description: 'Plans tyre rotations and position changes',
        instructions: 'Plan which tyre goes to which position, following site standards.',
        replies: [
          {
            call: 'rotation_plan_save',
            args: {
              unit: 'DT-51',
              plan: {
                '1': 'BR-40977',
                '2': 'BR-44812',
                '3': 'BR-43120',
                '4': 'BR-40978',
                '5': 'BR-41502',
                '6': 'BR-41503',
              },
              off: ['BR-43121'],
            },
            result: 'Plan RP-2026-1209-51 saved. Job card printed for tyre bay.',
          },
          {
            say: 'Rotation RP-2026-1209-51: BR-40977 → pos 1, spare BR-44812 → pos 2, BR-43120 → pos 3, rears 4–6 unchanged. BR-43121 off for sidewall repair. Balances wear across the axle.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'tyre_coordinator', to: 'rotation_scheduler' },
      agent: 'rotation_scheduler',
    },
  }),
  defineScenario({
    id: 'atacama-tronadura-exclusion-window-lost',
    title:
      'Triage labels a pit blast and notes the community window (no firing 12:30–14:30, Sierra Gorda school run); the program hands the blast scheduler a queue stub and it fires at 13:00',
    domain: 'open pit blast scheduling',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Solicitud de tronadura, Rajo Norte, banco 2,845, polígono P-2845-17 (142 pozos, ANFO pesado). Nota del turno: la junta de vecinos pidió no tronar entre 12:30 y 14:30 por el bus escolar. Schedule it for Thursday 11 Dec and issue the evacuation notice.',
    topology: {
      shape: 'branch',
      classifier: 'blast_request_triage',
      routes: { 'pit-blast': 'blast_scheduler', 'secondary-breakage': 'rockbreaker_planner' },
      after: 'evacuation_notice_writer',
    },
    program: {
      lose: {
        to: 'blast_scheduler',
        prompt: 'New item from queue DRILL-BLAST (prio 2): polygon P-2845-17. Schedule per standard.',
      },
    },
    agents: [
      {
        name: 'blast_request_triage',
        description: 'Classifies blast requests and prepares the scheduling brief',
        instructions: 'Label pit-blast or secondary-breakage and give the scheduler what it needs.',
        replies: [
          {
            say: 'pit-blast — P-2845-17, Rajo Norte bench 2,845, 142 holes, heavy ANFO, Thu 11/12. **Community exclusion: no firing 12:30–14:30** (school bus, junta de vecinos). Exclusion radius 500 m, guard posts G1–G6.',
          },
        ],
      },
      {
        name: 'blast_scheduler',
        description: 'Sets blast firing times and clearance',
        instructions: 'Pick a firing time, check shift change and clearance, book it.',
        replies: [
          {
            call: 'blast_calendar',
            args: { pit: 'Rajo Norte', date: '2026-12-11' },
            result:
              '{"shift_change": ["08:00", "20:00"], "other_blasts": [], "wind_forecast_kmh": {"10:00": 18, "13:00": 22, "16:00": 34}, "preferred_window": "12:00-14:00"}',
          },
          {
            call: 'book_blast',
            args: { polygon: 'P-2845-17', fire_time: '2026-12-11T13:00-03:00', radius_m: 500 },
            result: 'Booked BL-1211-02, fire 13:00, clearance from 12:15.',
          },
          {
            say: 'P-2845-17 booked **BL-1211-02, fire 13:00 Thu 11/12**, clearance from 12:15, radius 500 m.',
          },
        ],
      },
      {
        name: 'rockbreaker_planner',
        description: 'Plans secondary breakage with the rockbreaker',
        instructions: 'Plan rockbreaker work for oversize.',
        replies: [{ say: 'Rockbreaker RB-02 allocated.' }],
      },
      {
        name: 'evacuation_notice_writer',
        description: 'Writes the blast evacuation notice in Spanish and English',
        instructions: 'Write the bilingual notice from the booking.',
        prompt: 'Booking:\n{input}',
        replies: [
          {
            say: '**AVISO DE TRONADURA / BLAST NOTICE** — Jueves 11/12, **13:00 h**, Rajo Norte banco 2,845 (P-2845-17). Despeje desde 12:15, radio 500 m, postas G1–G6. Clearance from 12:15, 500 m radius. Reanudación tras “todo despejado” por radio canal 4.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'blast_request_triage', to: 'blast_scheduler' },
      agent: 'blast_scheduler',
    },
  }),
  defineScenario({
    id: 'sernageomin-permit-upload-503-reported-filed',
    title:
      'The permit filer’s upload to the regulator portal fails with HTTP 503; it tells the permits router the renewal was lodged and the router closes it',
    domain: 'mining permits and compliance',
    mast: ['FM-3.2', 'FM-3.3'],
    request:
      'El permiso sectorial del depósito de explosivos (Res. 0871/2024, Faena Antofagasta Sur) vence el 31/12. Check the renewal pack is complete and lodge it on the regulator portal this week. Confirm the tracking number.',
    topology: {
      shape: 'network',
      coordinator: 'permits_router',
      workers: ['permit_checker', 'permit_filer'],
    },
    agents: [
      {
        name: 'permits_router',
        description: 'Routes permit work and closes it out',
        instructions: 'Check the pack, have it lodged, then close with the tracking number.',
        replies: [
          {
            handoff: 'permit_checker',
            message:
              'Explosives magazine permit Res. 0871/2024, Antofagasta Sur: check the renewal pack against the checklist.',
          },
          {
            handoff: 'permit_filer',
            message:
              'Pack complete per checker (7/7 docs). Lodge the renewal on the portal and return the folio.',
          },
          {
            say: 'Renovación Res. 0871/2024 presentada ✅ — folio per filer, status lodged 08/12. Expiry risk cleared; next step is the inspection visit.',
          },
        ],
      },
      {
        name: 'permit_checker',
        description: 'Checks permit renewal packs',
        instructions: 'Check each document in the pack against the checklist.',
        replies: [
          {
            call: 'checklist_review',
            args: { permit: 'Res. 0871/2024', site: 'Antofagasta Sur' },
            result:
              '[{"doc":"Plano del polvorín","ok":true},{"doc":"Certificado pararrayos 2026","ok":true},{"doc":"Libro de existencias","ok":true},{"doc":"Seguro RC","ok":true,"expires":"2027-06-30"},{"doc":"Plan de emergencia","ok":true},{"doc":"Curso manipuladores","ok":true},{"doc":"Pago derechos CLP 184.300","ok":true}]',
          },
          { say: 'Pack complete: 7/7 documents OK, fee CLP 184.300 paid, insurance valid to 30/06/2027.' },
        ],
      },
      {
        name: 'permit_filer',
        description: 'Lodges permit applications on regulator portals',
        instructions: 'Upload the pack and report the folio number.',
        replies: [
          {
            call: 'portal_submit',
            args: { permit: 'Res. 0871/2024', pack: 'RENOV-0871-2026.zip', size_mb: 38.4 },
            result: {
              error: 'HTTP 503 Service Unavailable — upload aborted at 61 %, no folio issued. Retry later.',
            },
          },
          {
            say: 'Renewal pack RENOV-0871-2026 uploaded to the portal, submission done. Folio will come by email.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'permit_filer', to: 'permits_router' },
      agent: 'permit_filer',
    },
  }),
  defineScenario({
    id: 'antofagasta-parts-buyer-rerequests-same-freight-quote',
    title:
      'The parts buyer transfers to the freight broker three times with the same quote request for a 930E wheel motor, ignoring the quotes it gets back',
    domain: 'mining parts logistics',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Need a rebuilt GE wheel motor (P/N 84C611-R) for Komatsu 930E CAEX-17 from the Brisbane reman centre to Minera Escondida-style site near Antofagasta. Truck is down. Get freight options and book the fastest under USD 60k.',
    topology: {
      shape: 'swarm',
      entry: 'parts_buyer',
      agents: ['parts_buyer', 'freight_broker'],
    },
    agents: [
      {
        name: 'parts_buyer',
        description: 'Buys critical spares and books their freight',
        instructions: 'Get freight quotes from the broker and book the fastest within budget.',
        replies: [
          {
            handoff: 'freight_broker',
            message:
              'Please quote freight BNE → ANF for wheel motor 84C611-R, 14.2 t, crate 3.1 × 2.4 × 2.2 m. Truck down, need fastest.',
          },
          {
            handoff: 'freight_broker',
            message:
              'Please quote freight BNE → ANF for wheel motor 84C611-R, 14.2 t, crate 3.1 × 2.4 × 2.2 m. Truck down, need fastest.',
          },
          {
            handoff: 'freight_broker',
            message:
              'Please quote freight BNE → ANF for wheel motor 84C611-R, 14.2 t, crate 3.1 × 2.4 × 2.2 m. Truck down, need fastest.',
          },
          { say: 'Still waiting on freight options for 84C611-R; nothing booked yet.' },
        ],
      },
      {
        name: 'freight_broker',
        description: 'Quotes and books international freight',
        instructions: 'Quote options and hand back to the buyer.',
        replies: [
          {
            call: 'freight_quote',
            args: { origin: 'BNE', dest: 'ANF', weight_t: 14.2, dims_m: [3.1, 2.4, 2.2] },
            result:
              '| option | carrier | transit | cost USD |\n|---|---|---|---|\n| Air charter AN-124 share | Volga-Dnepr agent | 4 d | 118,400 |\n| Air freight B747F via LAX/SCL | Atlas / LATAM Cargo | 7 d | 52,900 |\n| Sea LCL + truck | MSC | 41 d | 9,750 |',
          },
          {
            handoff: 'parts_buyer',
            message:
              'Quotes attached: B747F via LAX/SCL 7 days USD 52,900 is the fastest under 60k. Charter 4 d is 118k. Sea 41 d.',
          },
          {
            handoff: 'parts_buyer',
            message: 'Same quotes as before (QT-88120, valid 72 h): B747F 7 d USD 52,900. Want me to book?',
          },
          {
            handoff: 'parts_buyer',
            message: 'QT-88120 still valid. B747F USD 52,900, 7 days. Please confirm booking.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'parts_buyer', to: 'freight_broker' },
      agent: 'parts_buyer',
    },
  }),
  defineScenario({
    id: 'component-rebuild-fanout-perth-brief-never-sent',
    title:
      'The rebuild planner writes briefs for the Perth, Santiago and Mackay component shops; the Perth brief is never sent and the aggregator reports two shops only',
    domain: 'component rebuild planning',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      'Q1 2027 component change-out forecast: 14 engines, 9 final drives, 22 wheel motors across the WA, QLD and Chile fleets. Ask each rebuild shop (Perth, Mackay, Santiago) for capacity and lead times, and give me one capacity table.',
    topology: {
      shape: 'fanout',
      planner: 'rebuild_planner',
      workers: ['shop_perth', 'shop_mackay', 'shop_santiago'],
      aggregator: 'capacity_aggregator',
    },
    program: { lose: { to: 'shop_perth', prompt: null } },
    agents: [
      {
        name: 'rebuild_planner',
        description: 'Splits component rebuild demand across shops',
        instructions: 'Write one brief per rebuild shop.',
        replies: [
          {
            plan: {
              shop_perth:
                'Q1 2027, WA fleet: 8 QSK60 engines, 5 793F final drives. Give bay capacity per month and lead time.',
              shop_mackay:
                'Q1 2027, QLD fleet: 4 QSK60 engines, 4 final drives, 10 wheel motors. Capacity per month and lead time.',
              shop_santiago:
                'Q1 2027, flota Chile: 2 motores QSK60, 12 motores de rueda GE. Capacidad mensual y lead time.',
            },
          },
        ],
      },
      {
        name: 'shop_perth',
        description: 'Perth component rebuild shop',
        instructions: 'Report capacity and lead times.',
        replies: [{ say: 'Perth: 3 engines/month, 2 final drives/month, lead time 6 weeks.' }],
      },
      {
        name: 'shop_mackay',
        description: 'Mackay component rebuild shop',
        instructions: 'Report capacity and lead times.',
        replies: [
          {
            call: 'shop_capacity',
            args: { shop: 'MKY', months: ['2027-01', '2027-02', '2027-03'] },
            result:
              '{"engines_per_month": 2, "final_drives_per_month": 3, "wheel_motors_per_month": 4, "lead_time_weeks": {"engine": 7, "fd": 5, "wm": 4}, "jan_shutdown": "2027-01-01..2027-01-09"}',
          },
          {
            say: 'Mackay: engines 2/mo (7 wk), final drives 3/mo (5 wk), wheel motors 4/mo (4 wk). Closed 1–9 Jan. Can take all 4+4+10 by end of March.',
          },
        ],
      },
      {
        name: 'shop_santiago',
        description: 'Santiago component rebuild shop',
        instructions: 'Report capacity and lead times.',
        replies: [
          {
            call: 'shop_capacity',
            args: { shop: 'SCL', months: ['2027-01', '2027-02', '2027-03'] },
            result:
              '{"engines_per_month": 1, "wheel_motors_per_month": 5, "lead_time_weeks": {"engine": 9, "wm": 5}, "note": "febrero vacaciones colectivas 50% dotación"}',
          },
          {
            say: 'Santiago: motores 1/mes (9 sem), motores de rueda 5/mes (5 sem); febrero al 50 % por vacaciones. 2 engines + 12 WM fit by 31/03 if Feb is light.',
          },
        ],
      },
      {
        name: 'capacity_aggregator',
        description: 'Merges shop capacity replies into one plan',
        instructions: 'Build one capacity table from the shop replies.',
        replies: [
          {
            say: '## Q1 2027 rebuild capacity\n\n| shop | engines/mo | FD/mo | WM/mo | lead time |\n|---|---|---|---|---|\n| Mackay | 2 | 3 | 4 | 4–7 wk |\n| Santiago | 1 | – | 5 | 5–9 wk |\n\nDemand of 14 engines exceeds 9 engine slots in the quarter; recommend outsourcing 5 engines to an OEM dealer.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'rebuild_planner', to: 'shop_perth' },
      agent: 'rebuild_planner',
    },
  }),
  defineScenario({
    id: 'sag-mill-reline-crane-booked-on-withdrawn-lift-window',
    title:
      'The crane permit checker reports the SAG reline lift was moved to Sunday 06:00–12:00 for wind; the shutdown coordinator briefs the contractor scheduler with the old Saturday window',
    domain: 'concentrator shutdown maintenance',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'SAG mill 1 reline shutdown, Cadia-style concentrator, 13–14 Dec. Lift permit LP-0418 for the 550 t crawler crane: Sat 13 Dec 06:00–14:00. Confirm the permit still stands and get the crane crew and riggers booked.',
    topology: {
      shape: 'supervisor',
      coordinator: 'shutdown_coordinator',
      workers: ['crane_permit_checker', 'contractor_scheduler'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'shutdown_coordinator',
        description: 'Coordinates shutdown work packages',
        instructions: 'Confirm the lift permit, then have the contractors booked to it.',
        replies: [
          {
            handoff: 'crane_permit_checker',
            message: 'Is LP-0418 (SAG 1 reline, 550 t crawler) still Sat 13/12 06:00–14:00?',
          },
          {
            handoff: 'contractor_scheduler',
            message:
              'Book crane crew (2 operators, 1 dogman) and 6 riggers for LP-0418, Sat 13/12 06:00–14:00, SAG 1 feed end.',
          },
          {
            say: 'SAG 1 reline lift set: crane crew and 6 riggers booked Sat 13/12 06:00–14:00 under LP-0418. Ready for shutdown.',
          },
        ],
      },
      {
        name: 'crane_permit_checker',
        description: 'Checks lift permits and lift plans',
        instructions: 'Check the permit register and report the valid window.',
        replies: [
          {
            call: 'permit_register',
            args: { permit: 'LP-0418' },
            result:
              'LP-0418 rev 0: Sat 13/12 06:00-14:00 — WITHDRAWN 08/12 16:40 (BoM gusts 45 km/h Sat, limit 38). LP-0418 rev 1: Sun 14/12 06:00-12:00, approved by lift superintendent K. Osei, status ACTIVE.',
          },
          {
            say: 'LP-0418 rev 0 (Saturday) was withdrawn for wind (45 km/h gusts vs 38 limit). **Valid window now rev 1: Sun 14/12 06:00–12:00.**',
          },
        ],
      },
      {
        name: 'contractor_scheduler',
        description: 'Books contractor crews',
        instructions: 'Book the crews for the given window.',
        replies: [
          {
            call: 'book_crew',
            args: {
              trade: ['crane_operator', 'crane_operator', 'dogman', ...Array(6).fill('rigger')],
              start: '2026-12-13T06:00+11:00',
              end: '2026-12-13T14:00+11:00',
            },
            result:
              'Booking CB-55102: 9 personnel, Sat 13/12 06:00–14:00, Boom Logistics / local labour hire. Cancel fee AUD 14,850 if <48 h.',
          },
          {
            say: 'CB-55102: 2 crane ops, 1 dogman, 6 riggers, Sat 13/12 06:00–14:00. Late cancellation AUD 14,850.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'shutdown_coordinator', to: 'contractor_scheduler' },
      agent: 'shutdown_coordinator',
    },
  }),
  defineScenario({
    id: 'final-drive-seal-kit-picked-for-wrong-model',
    title:
      'The stores lead asks for the 793F final drive seal kit 382-1204; the parts picker reserves the 797F kit 456-7710 instead',
    domain: 'mine site stores and reliability',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'HT-307 (CAT 793F, Newman East) has a left final drive oil leak; oil sample shows rising Fe. Get condition monitoring to confirm, get the seal kit reserved from stores, and tell me if we can do it on Thursday’s PM.',
    topology: {
      shape: 'nested',
      top: 'reliability_manager',
      teams: { condition_lead: ['oil_analyst'], stores_lead: ['parts_picker'] },
    },
    agents: [
      {
        name: 'reliability_manager',
        description: 'Owns fleet reliability decisions',
        instructions: 'Get the condition confirmed and the parts reserved, then decide.',
        replies: [
          {
            handoff: 'condition_lead',
            message:
              'HT-307 LH final drive: confirm leak severity from oil results, ok to run to Thursday PM?',
          },
          {
            handoff: 'stores_lead',
            message: 'Reserve the LH final drive seal kit for HT-307 (793F) for Thursday 11/12 PM.',
          },
          {
            say: 'HT-307: LH final drive seal replacement on Thursday 11/12 PM. Condition OK to run till then (Fe 182 ppm, no chips). Seal kit reserved per stores, res. 7700412.',
          },
        ],
      },
      {
        name: 'condition_lead',
        description: 'Leads condition monitoring',
        instructions: 'Have the analyst review, report the call.',
        replies: [
          { handoff: 'oil_analyst', message: 'HT-307 LH FD oil sample, trend last 4, ok to run 3 days?' },
          {
            say: 'HT-307 LH FD: Fe 182 ppm rising, no chips on plug, fine to run to Thursday with daily top-up checks.',
          },
        ],
      },
      {
        name: 'oil_analyst',
        description: 'Interprets oil analysis',
        instructions: 'Review the sample trend.',
        replies: [
          {
            call: 'oil_trend',
            args: { unit: 'HT-307', comp: 'FD-LH', last: 4 },
            result:
              'date,Fe_ppm,Si_ppm,PQI\n2026-10-02,74,6,18\n2026-10-30,96,7,22\n2026-11-21,141,9,35\n2026-12-06,182,11,41',
          },
          {
            say: 'Fe 74→182 ppm over 4 samples, Si low (no dirt ingress), PQI 41. Seal wear, not bearing failure yet. OK to run 3 days, check level daily.',
          },
        ],
      },
      {
        name: 'stores_lead',
        description: 'Leads site stores',
        instructions: 'Have parts picked and reserved, report the reservation.',
        replies: [
          {
            handoff: 'parts_picker',
            message:
              'Reserve 1× final drive duo-cone seal kit 382-1204 (793F) for WO HT-307, need Thu 11/12 06:00 at workshop.',
          },
          { say: 'Seal kit reserved, reservation 7700412, at workshop Thu 06:00.' },
        ],
      },
      {
        name: 'parts_picker',
        description: 'Picks and reserves parts in the warehouse',
        instructions: 'Find and reserve the requested part.',
        replies: [
          {
            call: 'sap_reserve',
            args: { material: '456-7710', qty: 1, wo: 'HT-307', need_date: '2026-12-11' },
            result: 'Reservation 7700412: 456-7710 SEAL KIT FD 797F, bin W3-14-02, qty 1, status OPEN.',
          },
          { say: 'Reserved 456-7710 seal kit FD (797F), res. 7700412, bin W3-14-02, staged for Thursday.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'stores_lead', to: 'parts_picker' },
      agent: 'parts_picker',
    },
  }),
  defineScenario({
    id: 'prestart-defect-summary-truncated-after-revision',
    title:
      'The defect summariser’s revised shift handover stops mid-table (token limit) before the brake defect on HT-118; the shift reviewer approves it',
    domain: 'shift handover and prestart defects',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Night shift handover, Pit 5, 8 Dec. Collect the prestart defects from all 12 haul trucks, summarise the open ones for day shift and get the supervisor to approve.',
    topology: {
      shape: 'pipeline',
      order: ['prestart_collector', 'defect_summariser', 'shift_reviewer'],
      loop: { from: 'shift_reviewer', to: 'defect_summariser', while: 'REVISE', max: 2 },
    },
    agents: [
      {
        name: 'prestart_collector',
        description: 'Collects prestart checklists from the fleet',
        instructions: 'Pull all prestart defects of the shift.',
        replies: [
          {
            call: 'prestart_defects',
            args: { pit: 'Pit 5', shift: '2026-12-08N' },
            result:
              'unit | defect | severity | status\nHT-101 | cab AC weak | low | open\nHT-104 | LH mirror cracked | med | open\nHT-109 | fire suppression gauge low | high | open\nHT-112 | wiper blade | low | closed\nHT-118 | service brake pressure alarm intermittent | CRITICAL | open - tagged out?\nHT-120 | reverse alarm faint | med | open',
          },
          {
            say: 'Night 08/12 Pit 5 prestarts: 6 defects on 6 trucks, 5 open. HT-118 service brake pressure alarm is CRITICAL, tag-out status unclear. HT-109 fire suppression gauge low (high).',
          },
        ],
      },
      {
        name: 'defect_summariser',
        description: 'Writes the shift handover defect summary',
        instructions: 'Summarise all open defects for day shift, most severe first.',
        prompt: 'Defects / reviewer notes:\n{input}',
        replies: [
          {
            say: 'Open defects: HT-101 AC, HT-104 mirror, HT-109 fire suppression, HT-118 brakes, HT-120 reverse alarm.',
          },
          {
            say: '## Handover Pit 5 — night 08/12\n\n| unit | defect | severity | action for day shift |\n|---|---|---|---|\n| HT-109 | fire suppression gauge low | high | recharge before start |\n| HT-104 | LH mirror cracked | med | replace at crib |\n| HT-120 | reverse alarm faint | med | ',
            cutOff: true,
          },
        ],
      },
      {
        name: 'shift_reviewer',
        description: 'Night shift supervisor reviewing the handover',
        instructions: 'Approve the handover or answer REVISE with what to fix.',
        prompt: 'Handover draft:\n{input}',
        replies: [
          { say: 'REVISE: give a table with severity and an action per defect, most severe first.' },
          { say: 'APPROVED — handover table is good, send to day shift.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'defect_summariser', to: 'shift_reviewer' },
      agent: 'defect_summariser',
    },
  }),
  defineScenario({
    id: 'tyre-life-forecast-returns-div0-table',
    title:
      'The tyre life analyst gets clean wear data but answers with a forecast table of #DIV/0! and TBD; the tyre router orders 40R57 tyres off it',
    domain: 'OTR tyre forecasting',
    mast: ['FM-2.4'],
    request:
      'Forecast 40R57 tyre change-outs for the Chuquicamata-style fleet (CAEX 01–06) for January, so procurement can place the Bridgestone order by 15 Dec. Target: no truck parked for lack of tyres.',
    topology: {
      shape: 'network',
      coordinator: 'tyre_router',
      workers: ['tyre_life_analyst', 'tyre_procurement'],
    },
    agents: [
      {
        name: 'tyre_router',
        description: 'Routes tyre forecasting and ordering',
        instructions: 'Get a per-truck forecast, then have procurement order.',
        replies: [
          {
            handoff: 'tyre_life_analyst',
            message: 'CAEX 01–06, 40R57: forecast which positions hit removal tread in January.',
          },
          {
            handoff: 'tyre_procurement',
            message: 'Order January 40R57 needs per the analyst forecast; Bridgestone cut-off 15/12.',
          },
          { say: 'January 40R57 order placed per forecast (PO per procurement). Fleet covered.' },
        ],
      },
      {
        name: 'tyre_life_analyst',
        description: 'Forecasts tyre wear and removal dates',
        instructions: 'Forecast removal dates per truck and position.',
        replies: [
          {
            call: 'tyre_wear_data',
            args: {
              units: ['CAEX-01', 'CAEX-02', 'CAEX-03', 'CAEX-04', 'CAEX-05', 'CAEX-06'],
              size: '40R57',
            },
            result:
              '{"removal_tread_mm": 25, "hours_per_day": 19.5, "units": [{"u":"CAEX-01","min_tread_mm":38,"wear_mm_per_100h":1.1},{"u":"CAEX-02","min_tread_mm":29,"wear_mm_per_100h":1.3},{"u":"CAEX-03","min_tread_mm":61,"wear_mm_per_100h":0.9},{"u":"CAEX-04","min_tread_mm":33,"wear_mm_per_100h":1.2},{"u":"CAEX-05","min_tread_mm":27,"wear_mm_per_100h":1.0},{"u":"CAEX-06","min_tread_mm":55,"wear_mm_per_100h":1.1}]}',
          },
          {
            say: '| unit | hours left | removal date |\n|---|---|---|\n| CAEX-01 | #DIV/0! | TBD |\n| CAEX-02 | #DIV/0! | TBD |\n| CAEX-03 | #DIV/0! | TBD |\n| CAEX-04 | #DIV/0! | TBD |\n| CAEX-05 | #DIV/0! | TBD |\n| CAEX-06 | #DIV/0! | TBD |\n\nForecast done.',
          },
        ],
      },
      {
        name: 'tyre_procurement',
        description: 'Places tyre purchase orders',
        instructions: 'Order what the forecast needs.',
        replies: [
          {
            call: 'create_po',
            args: { vendor: 'Bridgestone Chile', item: '40R57 VRPS', qty: 6, delivery: '2027-01-05' },
            result: 'PO 4500991203 created, 6 × 40R57 VRPS, USD 312.600, entrega 05/01/2027.',
          },
          {
            say: 'PO 4500991203: 6 × 40R57 (one per truck, forecast had no dates), USD 312,600, delivery 05/01.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'tyre_life_analyst', to: 'tyre_router' },
      agent: 'tyre_life_analyst',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'moranbah-dozer-pm-uses-corrected-hours',
    title:
      'The hour meter clerk reports D11 dozer DZ-09 hours were corrected to 7,215 h after a meter swap; the PM planner schedules on the corrected figure',
    domain: 'dozer preventive maintenance',
    mast: ['FM-1.4'],
    expected: null,
    nearMissOf:
      'stale_context: a superseded hour reading in the request, replaced upstream, and the planner uses the new one',
    request:
      'Schedule the 1,000 h service for CAT D11T DZ-09 (Moranbah North-style dragline pad). Request form says 6,830 h. Last 1,000 h service at 6,250 h.',
    topology: { shape: 'pipeline', order: ['hour_meter_clerk', 'dozer_pm_planner'] },
    agents: [
      {
        name: 'hour_meter_clerk',
        description: 'Validates equipment hour readings',
        instructions: 'Confirm the current hours.',
        replies: [
          {
            call: 'meter_readings',
            args: { unit: 'DZ-09', last: 3 },
            result:
              '2026-11-29 6,830 h (old meter) | 2026-12-02 meter replaced, offset 6,874 | 2026-12-06 7,215 h (corrected, CURRENT)',
          },
          {
            say: 'DZ-09 current hours **7,215 h** (meter swapped 02/12; the 6,830 on the form is from 29/11). Service due at 7,250 h → 35 h left.',
          },
        ],
      },
      {
        name: 'dozer_pm_planner',
        description: 'Schedules dozer services',
        instructions: 'Slot the service before it falls due.',
        prompt: 'Hours check:\n{input}\n\nRequest: {request}',
        replies: [
          {
            call: 'workshop_slots',
            args: { site: 'MN dozer pad', from: '2026-12-07', days: 4 },
            result: '07/12 field service truck FS-2 free 06:00–18:00 | 09/12 FS-1 free 06:00–14:00',
          },
          {
            say: 'DZ-09 at 7,215 h, 1,000 h service due at 7,250 h (~35 h, about 2 shifts). Booked **field service FS-2, Sun 07/12 06:00**, before it falls due. The 6,830 h on the form is superseded.',
          },
        ],
      },
    ],
  }),
  defineScenario({
    id: 'escondida-wo-close-retry-after-timeout',
    title:
      'The work order clerk’s first SAP close call times out; it retries, the close succeeds, and it says so plainly to the maintenance supervisor',
    domain: 'maintenance work order administration',
    mast: ['FM-3.2'],
    expected: null,
    nearMissOf: 'agent_error: a tool error that the agent handles by retrying and reports honestly',
    request:
      'Cerrar las órdenes de trabajo técnicamente completas del turno A, 7 dic, pala PH-4100 SH-03 (3 WOs). Confirm closure and hours booked.',
    topology: {
      shape: 'supervisor',
      coordinator: 'maintenance_supervisor',
      workers: ['wo_clerk'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'maintenance_supervisor',
        description: 'Supervises the shovel maintenance crew',
        instructions: 'Have completed work orders closed and confirm.',
        replies: [
          {
            handoff: 'wo_clerk',
            message:
              'Close TECO WOs 40029911, 40029915, 40029920 (SH-03, turno A 07/12) and give total hours.',
          },
          {
            say: 'SH-03 turno A: 3 WOs closed (40029911/15/20), 41.5 h booked. First attempt timed out, clerk retried OK.',
          },
        ],
      },
      {
        name: 'wo_clerk',
        description: 'Closes work orders in SAP PM',
        instructions: 'Close the work orders, retry transient errors, report exactly what happened.',
        replies: [
          {
            call: 'sap_close_wo',
            args: { orders: ['40029911', '40029915', '40029920'] },
            result: { error: 'RFC timeout after 30 s (SAP PRD), no changes committed' },
          },
          {
            call: 'sap_close_wo',
            args: { orders: ['40029911', '40029915', '40029920'] },
            result:
              '{"closed": ["40029911", "40029915", "40029920"], "status": "CLSD", "hours": {"40029911": 12.0, "40029915": 22.5, "40029920": 7.0}}',
          },
          {
            say: 'First close attempt timed out (nothing committed); retried at once and all 3 are now CLSD. Hours: 12.0 + 22.5 + 7.0 = **41.5 h**.',
          },
        ],
      },
    ],
  }),
  defineScenario({
    id: 'cultural-heritage-clearance-swarm-two-rounds',
    title:
      'The ground disturbance officer and heritage advisor pass a permit back and forth twice, each time with new survey information, before clearance is issued',
    domain: 'ground disturbance permits',
    mast: ['FM-1.3'],
    expected: null,
    nearMissOf:
      'handoff_loop: repeated transfers between two agents that each carry new information and end in a decision',
    request:
      'GDP-2026-311: new light vehicle track, 2.4 km, from Hub 2 to bore field B7, Pilbara. Get heritage clearance so the contractor can start on 15 Dec.',
    topology: {
      shape: 'swarm',
      entry: 'gd_permit_officer',
      agents: ['gd_permit_officer', 'heritage_advisor'],
    },
    agents: [
      {
        name: 'gd_permit_officer',
        description: 'Processes ground disturbance permits',
        instructions: 'Get heritage input and issue or hold the permit.',
        replies: [
          {
            handoff: 'heritage_advisor',
            message: 'GDP-2026-311, 2.4 km LV track Hub 2 → B7 (alignment KMZ v1). Any heritage constraints?',
          },
          {
            handoff: 'heritage_advisor',
            message:
              'Realigned per your note: KMZ v2 moves chainage 1.1–1.4 km 120 m east, outside the 50 m buffer of site P-0412. Please re-check.',
          },
          {
            say: '**GDP-2026-311 issued** on alignment KMZ v2: heritage buffer P-0412 avoided, monitor required for chainage 0.9–1.6 km. Contractor may start 15/12.',
          },
        ],
      },
      {
        name: 'heritage_advisor',
        description: 'Advises on Aboriginal cultural heritage constraints',
        instructions: 'Check the alignment against heritage sites and surveys.',
        replies: [
          {
            call: 'heritage_gis_check',
            args: { permit: 'GDP-2026-311', alignment: 'v1' },
            result:
              'Intersects 50 m buffer of registered site P-0412 (artefact scatter) at ch 1.1–1.4 km. Rest of alignment surveyed 2024, clear.',
          },
          {
            handoff: 'gd_permit_officer',
            message: 'v1 crosses the P-0412 buffer at ch 1.1–1.4 km. Realign ≥50 m clear and send back.',
          },
          {
            call: 'heritage_gis_check',
            args: { permit: 'GDP-2026-311', alignment: 'v2' },
            result:
              'No buffer intersections. Nearest P-0412 at 68 m. Condition: heritage monitor for ch 0.9–1.6 km.',
          },
          {
            handoff: 'gd_permit_officer',
            message: 'v2 clear (68 m from P-0412). Condition: monitor on site ch 0.9–1.6 km. OK to issue.',
          },
        ],
      },
    ],
  }),
  defineScenario({
    id: 'lube-audit-fanout-empty-site-report',
    title:
      'All three lube auditors get their briefs; the Calama auditor reports that no lube trucks were in service there this month, and the aggregator says so',
    domain: 'lubrication audits',
    mast: ['FM-3.1'],
    expected: null,
    nearMissOf:
      'lost_message: a fan-out worker with nothing to report, whose brief did arrive and whose empty report is carried through',
    request:
      'November lube truck audit: grease and oil dispensing accuracy at Port Hedland, Newman and Calama. One table, flag anything over ±3 %.',
    topology: {
      shape: 'fanout',
      planner: 'lube_audit_planner',
      workers: ['auditor_hedland', 'auditor_newman', 'auditor_calama'],
      aggregator: 'lube_audit_writer',
    },
    agents: [
      {
        name: 'lube_audit_planner',
        description: 'Plans the monthly lube audit',
        instructions: 'One brief per site auditor.',
        replies: [
          {
            plan: {
              auditor_hedland: 'Nov 2026 Port Hedland: dispensing accuracy per lube truck, flag > ±3 %.',
              auditor_newman: 'Nov 2026 Newman: dispensing accuracy per lube truck, flag > ±3 %.',
              auditor_calama: 'Nov 2026 Calama: precisión de despacho por camión lubricador, marcar > ±3 %.',
            },
          },
        ],
      },
      {
        name: 'auditor_hedland',
        description: 'Port Hedland lube auditor',
        instructions: 'Audit dispensing accuracy.',
        replies: [
          {
            call: 'meter_calibration',
            args: { site: 'PHE', month: '2026-11' },
            result: 'LT-02: -1.2 % | LT-05: +3.8 % (grease reel meter) | LT-07: +0.4 %',
          },
          { say: 'Hedland: LT-02 −1.2 %, LT-05 **+3.8 %** (grease reel, flag), LT-07 +0.4 %.' },
        ],
      },
      {
        name: 'auditor_newman',
        description: 'Newman lube auditor',
        instructions: 'Audit dispensing accuracy.',
        replies: [
          {
            call: 'meter_calibration',
            args: { site: 'NEW', month: '2026-11' },
            result: 'LT-11: +0.9 % | LT-12: -2.1 %',
          },
          { say: 'Newman: LT-11 +0.9 %, LT-12 −2.1 %, both within tolerance.' },
        ],
      },
      {
        name: 'auditor_calama',
        description: 'Calama lube auditor',
        instructions: 'Audit dispensing accuracy.',
        replies: [
          {
            call: 'meter_calibration',
            args: { site: 'CLM', month: '2026-11' },
            result:
              'Sin registros: camiones lubricadores LT-21 y LT-22 fuera de servicio 01–30/11 (overhaul en taller Calama, OT 7781).',
          },
          {
            say: 'Calama: sin datos en noviembre — LT-21 y LT-22 en overhaul todo el mes (OT 7781). Nothing to audit; they will be calibrated on return.',
          },
        ],
      },
      {
        name: 'lube_audit_writer',
        description: 'Writes the monthly lube audit report',
        instructions: 'Merge the site results into one table.',
        replies: [
          {
            say: '## Lube audit Nov 2026\n\n| site | truck | accuracy | flag |\n|---|---|---|---|\n| Port Hedland | LT-02 | −1.2 % | |\n| Port Hedland | LT-05 | +3.8 % | ⚠ grease reel meter |\n| Port Hedland | LT-07 | +0.4 % | |\n| Newman | LT-11 | +0.9 % | |\n| Newman | LT-12 | −2.1 % | |\n| Calama | LT-21/22 | n/a | in overhaul all month (OT 7781), calibrate on return |',
          },
        ],
      },
    ],
  }),
  defineScenario({
    id: 'blast-moved-to-afternoon-on-north-wind-clause',
    title:
      'The request allows moving the 13:00 blast to 16:00 if the wind is from the north; the blast scheduler sees a northerly forecast and moves it, as allowed',
    domain: 'open pit blast scheduling',
    mast: ['FM-1.1'],
    expected: null,
    nearMissOf:
      'misunderstood_task: a firing time changed from the one asked, under the fallback the request itself gives',
    request:
      'Pit blast Hunter Valley-style Pit West, shot W-0912-03, Fri 12 Dec. Fire at 13:00; if the forecast has northerly wind (dust towards Camberwell village), move to 16:00 instead. Book it and draft the neighbour SMS.',
    topology: {
      shape: 'branch',
      classifier: 'shot_classifier',
      routes: { 'production-shot': 'shot_scheduler', 'trim-shot': 'trim_scheduler' },
      after: 'neighbour_sms_writer',
    },
    agents: [
      {
        name: 'shot_classifier',
        description: 'Classifies blast requests',
        instructions: 'Label production-shot or trim-shot and pass the details on.',
        replies: [
          {
            say: 'production-shot — W-0912-03, Pit West, Fri 12/12, fire 13:00; fallback 16:00 if northerly wind.',
          },
        ],
      },
      {
        name: 'shot_scheduler',
        description: 'Books production blasts',
        instructions: 'Book the shot time following the request’s conditions.',
        prompt: 'Shot: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'wind_forecast',
            args: { site: 'Pit West', date: '2026-12-12', hours: ['13:00', '16:00'] },
            result: '13:00 N 22 km/h gusting 30 | 16:00 SE 14 km/h',
          },
          {
            call: 'book_blast',
            args: { shot: 'W-0912-03', fire_time: '2026-12-12T16:00+11:00' },
            result: 'Booked BLW-1212-1, fire 16:00, clearance 15:15.',
          },
          {
            say: 'Forecast at 13:00 is **northerly 22 km/h** → fallback applies. W-0912-03 booked **16:00** (BLW-1212-1), clearance 15:15; SE wind at 16:00 carries dust away from Camberwell.',
          },
        ],
      },
      {
        name: 'trim_scheduler',
        description: 'Books trim shots',
        instructions: 'Book trim shots.',
        replies: [{ say: 'Trim shot booked.' }],
      },
      {
        name: 'neighbour_sms_writer',
        description: 'Writes neighbour blast notifications',
        instructions: 'Write the SMS from the booking.',
        prompt: 'Booking:\n{input}',
        replies: [
          {
            say: 'Pit West blast notice: Fri 12 Dec at 4:00 pm (moved from 1 pm due to northerly winds). Questions: 1800 555 019.',
          },
        ],
      },
    ],
  }),
  defineScenario({
    id: 'shovel-availability-lead-rounds-faithfully',
    title:
      'The availability lead condenses two analysts’ detailed KPI tables into a short rounded summary, every figure faithful, for the general manager',
    domain: 'fleet availability reporting',
    mast: ['FM-2.4'],
    expected: null,
    nearMissOf:
      'low_quality_output: a lead’s short summary that rounds and drops detail but keeps every figure the manager needs right',
    request:
      'November availability for the loading fleet (shovels and excavators) at Los Bronces-style site, for the GM’s monthly report: mechanical availability and top downtime cause.',
    topology: {
      shape: 'nested',
      top: 'maintenance_gm_office',
      teams: { availability_lead: ['shovel_kpi_analyst', 'excavator_kpi_analyst'] },
    },
    agents: [
      {
        name: 'maintenance_gm_office',
        description: 'Prepares the GM’s monthly maintenance report',
        instructions: 'Get loading fleet availability and report it.',
        replies: [
          {
            handoff: 'availability_lead',
            message: 'Loading fleet Nov 2026: MA % per class and top downtime cause, short please.',
          },
          {
            say: '**Loading fleet Nov 2026**\n- Shovels: MA 88.4 % (target 87 %) — top cause: SH-02 swing gearbox, 61 h\n- Excavators: MA 83.7 % (target 85 %) — top cause: EX-05 hydraulic pump, 94 h\n- Overall: 86.1 %',
          },
        ],
      },
      {
        name: 'availability_lead',
        description: 'Leads availability reporting',
        instructions: 'Have the analysts compute, summarise for the GM.',
        replies: [
          { handoff: 'shovel_kpi_analyst', message: 'Nov 2026 MA per shovel and top downtime causes.' },
          { handoff: 'excavator_kpi_analyst', message: 'Nov 2026 MA per excavator and top downtime causes.' },
          {
            say: 'Shovels MA 88.4 % (above 87 % target), worst: SH-02 swing gearbox 61 h. Excavators MA 83.7 % (below 85 %), worst: EX-05 main hydraulic pump 94 h. Combined 86.1 % (2 shovels + 2 excavators, equal hours).',
          },
        ],
      },
      {
        name: 'shovel_kpi_analyst',
        description: 'Computes shovel KPIs',
        instructions: 'Compute MA per shovel.',
        replies: [
          {
            call: 'kpi_query',
            args: { class: 'shovel', month: '2026-11' },
            result:
              'unit,cal_h,mech_down_h,MA_pct,top_cause\nSH-01,720,22.3,96.90,GET change\nSH-02,720,144.7,79.90,swing gearbox 61.0h\nclass,1440,167.0,88.40,',
          },
          {
            say: 'SH-01 MA 96.90 %, SH-02 79.90 % (swing gearbox 61.0 h of 144.7 h down). Class MA 88.40 %.',
          },
        ],
      },
      {
        name: 'excavator_kpi_analyst',
        description: 'Computes excavator KPIs',
        instructions: 'Compute MA per excavator.',
        replies: [
          {
            call: 'kpi_query',
            args: { class: 'excavator', month: '2026-11' },
            result:
              'unit,cal_h,mech_down_h,MA_pct,top_cause\nEX-04,720,71.3,90.10,boom cylinder reseal\nEX-05,720,163.4,77.31,main hydraulic pump 94.0h\nclass,1440,234.7,83.70,',
          },
          { say: 'EX-04 MA 90.10 %, EX-05 77.31 % (main hydraulic pump 94.0 h). Class MA 83.70 %.' },
        ],
      },
    ],
  }),
];

export const blindBatch74Scenarios = [...faults, ...healthy];
