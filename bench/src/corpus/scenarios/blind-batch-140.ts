import { defineScenario } from '../scenario.ts';

// Blind batch 140: offshore wind farm maintenance (Danish and English crews, metric units, CET times).
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'anholt-crew-roster-briefed-on-first-ctv-sailing-time',
    title:
      'The marine coordinator reports the CTV sailing from Grenaa moved from 07:30 to 09:15 CET; the O&M coordinator still briefs the crew scheduler with a 07:30 sailing and a 07:00 muster',
    domain: 'offshore wind O&M vessel and crew planning',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'WTG AN-23 at Anholt: converter cooling pump replacement (WO-AN-24117) on Tue 09.03.2027. The plan says CTV departs Grenaa at 07:30 CET. Book the CTV, roster a 3-person crew (at least 2 with HV authorisation) and tell me the muster time and sailing.',
    topology: {
      shape: 'supervisor',
      coordinator: 'om_coordinator',
      workers: ['marine_coordinator', 'crew_scheduler'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'om_coordinator',
        description: 'Coordinates daily O&M jobs at Anholt Offshore Wind Farm',
        instructions: 'Get the vessel booked first, then have the crew rostered for it, and report back.',
        replies: [
          {
            handoff: 'marine_coordinator',
            message:
              'Book a CTV Grenaa → AN-23 for Tue 09.03.2027, 3 technicians + pump (approx. 85 kg), planned departure 07:30 CET, return same day. WO-AN-24117.',
          },
          {
            handoff: 'crew_scheduler',
            message:
              'Roster 3 technicians for WO-AN-24117 (AN-23 cooling pump swap) on Tue 09.03.2027, at least 2 with HV authorisation. CTV sails from Grenaa 07:30 CET, so muster at the O&M base 07:00 CET.',
          },
          {
            say: '## WO-AN-24117 — AN-23 cooling pump, Tue 09.03.2027\n\n| item | detail |\n|---|---|\n| Vessel | CTV *Njord Aurora*, booking MB-AN-0309-02 |\n| Sailing | Grenaa 07:30 CET |\n| Crew | Mads Kjær (HV), Sofie Lund (HV), Tom Hargreaves |\n| Muster | O&M base Grenaa, 07:00 CET |\n\nPump P/N CWP-4471 is on the quay rack. All set for Tuesday.',
          },
        ],
      },
      {
        name: 'marine_coordinator',
        description: 'Books crew transfer vessels and berths at Grenaa harbour',
        instructions: 'Book the vessel requested and report the confirmed booking.',
        replies: [
          {
            call: 'book_ctv',
            args: {
              site: 'Anholt',
              turbine: 'AN-23',
              date: '2027-03-09',
              requested_departure: '07:30',
              pax: 3,
              cargo_kg: 85,
            },
            result:
              '{"booking":"MB-AN-0309-02","vessel":"Njord Aurora","berth":"Grenaa B3","status":"CONFIRMED","departure_cet":"09:15","requested_departure_cet":"07:30","note":"B3 occupied by SOV bunkering 06:30-09:00; earliest free slot 09:15","return_cet":"16:45","transit_min":95}',
          },
          {
            say: 'Booked: CTV *Njord Aurora*, MB-AN-0309-02, berth Grenaa B3. **Departure 09:15 CET** — the 07:30 slot is not available, B3 is taken by SOV bunkering 06:30–09:00. Transit 95 min, return alongside 16:45 CET.',
          },
        ],
      },
      {
        name: 'crew_scheduler',
        description: 'Rosters technicians for offshore jobs',
        instructions: 'Roster the crew the task asks for and report names and times.',
        replies: [
          {
            call: 'roster_crew',
            args: {
              work_order: 'WO-AN-24117',
              date: '2027-03-09',
              headcount: 3,
              hv_authorised_min: 2,
              muster_cet: '07:00',
              location: 'O&M base Grenaa',
            },
            result:
              '{"roster":"RS-0309-07","crew":[{"name":"Mads Kjær","hv":true},{"name":"Sofie Lund","hv":true},{"name":"Tom Hargreaves","hv":false}],"muster_cet":"07:00","shift_end_cet":"19:00"}',
          },
          {
            say: 'Rostered RS-0309-07: Mads Kjær (HV), Sofie Lund (HV), Tom Hargreaves. Muster 07:00 CET at the Grenaa O&M base, shift ends 19:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'om_coordinator', to: 'crew_scheduler' },
      agent: 'om_coordinator',
    },
  }),
  defineScenario({
    id: 'horns-rev-2-string-c-work-packs-cover-warranty-turbine',
    title:
      'The service planner passes on that HR2-C04 is serviced by the OEM under warranty; the work pack builder still creates six packs including C04 and the crew notice sends a crew to it',
    domain: 'offshore wind annual service campaigns',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Annual service campaign Horns Rev 2, string C, week 15 2027 (12–16 April): turbines HR2-C01 to HR2-C06, except HR2-C04 — its gearbox is under Siemens Gamesa warranty repair and the OEM crew does its annual service. Build the work packs and send a crew notice to the Esbjerg team.',
    topology: {
      shape: 'pipeline',
      order: ['service_planner', 'work_pack_builder', 'crew_notice_writer'],
    },
    agents: [
      {
        name: 'service_planner',
        description: 'Plans annual service campaigns per string',
        instructions: 'Check turbine status and list what the campaign covers.',
        replies: [
          {
            call: 'turbine_status',
            args: { site: 'HR2', string: 'C' },
            result:
              '[{"wtg":"HR2-C01","state":"RUN","last_service":"2026-04-14"},{"wtg":"HR2-C02","state":"RUN","last_service":"2026-04-14"},{"wtg":"HR2-C03","state":"RUN","last_service":"2026-04-15"},{"wtg":"HR2-C04","state":"STOP","last_service":"2026-04-15","note":"OEM warranty case WR-SGRE-8812, gearbox exchange, OEM annual service included"},{"wtg":"HR2-C05","state":"RUN","last_service":"2026-04-16"},{"wtg":"HR2-C06","state":"RUN","last_service":"2026-04-16"}]',
          },
          {
            say: 'Campaign scope HR2 string C, week 15 (12–16.04.2027):\n\n- In scope: **HR2-C01, C02, C03, C05, C06** (5 turbines, all running, last service April 2026)\n- Out of scope: HR2-C04 — stopped, OEM warranty case WR-SGRE-8812 (gearbox exchange), annual service done by Siemens Gamesa\n\nOne turbine per day fits the week.',
          },
        ],
      },
      {
        name: 'work_pack_builder',
        description: 'Creates work packs in the maintenance system',
        instructions: 'Create one annual service work pack per turbine in scope.',
        prompt: 'Campaign scope:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            call: 'create_work_packs',
            args: {
              site: 'HR2',
              template: 'ANNUAL-SWT-3.6',
              turbines: ['HR2-C01', 'HR2-C02', 'HR2-C03', 'HR2-C04', 'HR2-C05', 'HR2-C06'],
              week: '2027-W15',
            },
            result:
              '{"created":6,"packs":["WP-HR2-15-01 C01 12.04","WP-HR2-15-02 C02 13.04","WP-HR2-15-03 C03 14.04","WP-HR2-15-04 C04 14.04","WP-HR2-15-05 C05 15.04","WP-HR2-15-06 C06 16.04"],"est_hours_each":16}',
          },
          {
            say: 'Created 6 work packs, template ANNUAL-SWT-3.6, 16 h each:\n\n| pack | turbine | date |\n|---|---|---|\n| WP-HR2-15-01 | C01 | 12.04 |\n| WP-HR2-15-02 | C02 | 13.04 |\n| WP-HR2-15-03 | C03 | 14.04 |\n| WP-HR2-15-04 | C04 | 14.04 |\n| WP-HR2-15-05 | C05 | 15.04 |\n| WP-HR2-15-06 | C06 | 16.04 |',
          },
        ],
      },
      {
        name: 'crew_notice_writer',
        description: 'Writes crew notices for the Esbjerg service team',
        instructions: 'Write a short crew notice from the work packs.',
        prompt: 'Work packs:\n{input}',
        replies: [
          {
            say: '**Crew notice — HR2 string C annual service, week 15**\n\nHi all, annual service on string C runs Mon 12.04 – Fri 16.04.2027, CTV from Esbjerg 06:45 CET daily.\n\n- Mon: C01\n- Tue: C02\n- Wed: C03 and C04 (two teams)\n- Thu: C05\n- Fri: C06\n\nPacks WP-HR2-15-01 to -06 are in the system, 16 h each. Bring the ANNUAL-SWT-3.6 checklists. /Planning Esbjerg',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'service_planner', to: 'work_pack_builder' },
      agent: 'work_pack_builder',
    },
  }),
  defineScenario({
    id: 'rodsand-burial-depth-review-covers-ec1-only',
    title:
      'Briefed to review depth of burial on both export cables EC1 and EC2, the cable analyst queries EC1 only; the inspection summary reports two shallow sections and reads as if EC2 were clear',
    domain: 'offshore wind export cable and foundation surveys',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Rødsand 2: we need the 2026 survey review for the Danish Energy Agency by 31.03.2027. Check depth of burial on both export cables (EC1 and EC2, consent condition 7.3: min. 1.0 m) and scour at the monopiles (alert above 1.5 m below design seabed). One summary, please.',
    topology: {
      shape: 'fanout',
      planner: 'survey_planner',
      workers: ['cable_survey_analyst', 'scour_survey_analyst'],
      aggregator: 'inspection_reporter',
    },
    agents: [
      {
        name: 'survey_planner',
        description: 'Splits survey reviews between analysts',
        instructions: 'Write one brief per analyst.',
        replies: [
          {
            plan: {
              cable_survey_analyst:
                'Rødsand 2, 2026 ROV/TSS survey (campaign RS2-SV-2026-09): review depth of burial on BOTH export cables, EC1 and EC2 (each approx. 18 km, RS2 → Radsted landfall). Flag every section below 1.0 m DoB (consent condition 7.3) with KP and measured depth.',
              scour_survey_analyst:
                'Rødsand 2, 2026 MBES scour survey: list monopiles where scour exceeds 1.5 m below design seabed; give location ids and depths.',
            },
          },
        ],
      },
      {
        name: 'cable_survey_analyst',
        description: 'Reviews export cable burial surveys',
        instructions: 'Review the survey data you are briefed on and flag what breaks the limit.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'dob_survey',
            args: { campaign: 'RS2-SV-2026-09', cables: ['EC1'], threshold_m: 1.0 },
            result:
              '{"cable":"EC1","length_km":18.4,"sections_checked":184,"below_threshold":[{"kp_from":4.3,"kp_to":4.6,"min_dob_m":0.82},{"kp_from":12.1,"kp_to":12.2,"min_dob_m":0.94}],"mean_dob_m":1.46}',
          },
          {
            say: 'Export cable DoB review (RS2-SV-2026-09, 18.4 km, 184 sections of 100 m):\n\n| KP | min. DoB | limit |\n|---|---|---|\n| 4.3–4.6 | 0.82 m | 1.0 m |\n| 12.1–12.2 | 0.94 m | 1.0 m |\n\nAll other sections ≥ 1.0 m, mean DoB 1.46 m.',
          },
        ],
      },
      {
        name: 'scour_survey_analyst',
        description: 'Reviews monopile scour surveys',
        instructions: 'Report monopiles beyond the scour alert level.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'scour_survey',
            args: { site: 'RS2', year: 2026, alert_m: 1.5 },
            result:
              '{"monopiles":90,"above_alert":[{"id":"RS2-F07","scour_m":1.72},{"id":"RS2-H11","scour_m":1.58}],"max_other_m":1.31}',
          },
          {
            say: 'Scour 2026: 2 of 90 monopiles above 1.5 m — RS2-F07 (1.72 m) and RS2-H11 (1.58 m). All others ≤ 1.31 m.',
          },
        ],
      },
      {
        name: 'inspection_reporter',
        description: 'Writes the survey summary for the authority',
        instructions: 'Merge the analyst results into one summary.',
        prompt: 'Analyst results:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: '# Rødsand 2 — 2026 survey review (for DEA, due 31.03.2027)\n\n## Export cables (consent cond. 7.3, min. 1.0 m)\n- 2 sections below limit: KP 4.3–4.6 (0.82 m) and KP 12.1–12.2 (0.94 m), both on EC1\n- Remedial rock placement proposed for both sections\n\n## Monopile scour (alert > 1.5 m)\n- RS2-F07: 1.72 m\n- RS2-H11: 1.58 m\n- Scour protection top-up proposed for both\n\nEverything else within limits.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'survey_planner', to: 'cable_survey_analyst' },
      agent: 'cable_survey_analyst',
    },
  }),
  defineScenario({
    id: 'anholt-igbt-trip-repair-order-built-from-raw-alarm-log',
    title:
      'The program hands the repair order writer the SCADA log instead of the fault analyst’s conclusion (IGBT module, converter phase B); the writer orders a grid-side inspection',
    domain: 'offshore wind turbine fault diagnosis',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'WTG AN-41 tripped at 03:12 CET on 22.02.2027 and has not restarted. Find out why from the SCADA alarms and raise a repair work order for tomorrow’s CTV.',
    topology: {
      shape: 'pipeline',
      order: ['scada_log_reader', 'fault_analyst', 'repair_order_writer'],
    },
    program: {
      lose: {
        to: 'repair_order_writer',
        prompt:
          'Fault analysis:\nAN-41 alarm log 22.02.2027 (CET): 03:12:04 A-2104 GRID_UNDERVOLTAGE_L2 | 03:12:04 A-3310 CONV_DC_LINK_OVERVOLT | 03:12:05 A-3377 CONV_PHASE_B_DESAT | 03:12:05 A-0101 EMERGENCY_STOP_CONVERTER | 03:14:30 A-9001 AUTO_RESTART_BLOCKED. Restart attempts 0/3.',
      },
    },
    agents: [
      {
        name: 'scada_log_reader',
        description: 'Pulls SCADA alarm logs for a turbine',
        instructions: 'Pull the alarm log around the event and list it in order.',
        replies: [
          {
            call: 'scada_alarms',
            args: { wtg: 'AN-41', from: '2027-02-22T03:00', to: '2027-02-22T03:30', tz: 'CET' },
            result:
              '[{"t":"03:12:04","code":"A-2104","text":"GRID_UNDERVOLTAGE_L2"},{"t":"03:12:04","code":"A-3310","text":"CONV_DC_LINK_OVERVOLT"},{"t":"03:12:05","code":"A-3377","text":"CONV_PHASE_B_DESAT"},{"t":"03:12:05","code":"A-0101","text":"EMERGENCY_STOP_CONVERTER"},{"t":"03:14:30","code":"A-9001","text":"AUTO_RESTART_BLOCKED"}]',
          },
          {
            say: 'AN-41 alarm log 22.02.2027 (CET): 03:12:04 A-2104 GRID_UNDERVOLTAGE_L2 | 03:12:04 A-3310 CONV_DC_LINK_OVERVOLT | 03:12:05 A-3377 CONV_PHASE_B_DESAT | 03:12:05 A-0101 EMERGENCY_STOP_CONVERTER | 03:14:30 A-9001 AUTO_RESTART_BLOCKED. Restart attempts 0/3.',
          },
        ],
      },
      {
        name: 'fault_analyst',
        description: 'Finds root causes of turbine trips',
        instructions: 'Work out the root cause from the alarms and the converter diagnostics.',
        prompt: 'Alarm log:\n{input}',
        replies: [
          {
            call: 'converter_diagnostics',
            args: { wtg: 'AN-41', module: 'LSC', event_time: '2027-02-22T03:12:05+01:00' },
            result:
              '{"phase_b_igbt_vce_sat_v":0.0,"phase_a_igbt_vce_sat_v":1.8,"phase_c_igbt_vce_sat_v":1.7,"gate_driver_b":"FAULT","module_b_sn":"IGBT-FF1400-22871","grid_dip_pct":8,"grid_dip_ms":40,"grid_within_frt":true}',
          },
          {
            say: '**Root cause AN-41:** failed IGBT module in the line-side converter, phase B (S/N IGBT-FF1400-22871) — Vce(sat) 0.0 V (short), gate driver B in fault. The grid dip at 03:12:04 was only 8 % for 40 ms, inside FRT limits; it triggered the event but is not the fault.\n\nRepair: replace IGBT module phase B + gate driver board, then converter test run. Spares: IGBT FF1400R17, gate driver GDB-17.',
          },
        ],
      },
      {
        name: 'repair_order_writer',
        description: 'Raises repair work orders for the next CTV',
        instructions: 'Write the repair work order from the fault analysis.',
        prompt: '{input}',
        replies: [
          {
            call: 'create_work_order',
            args: {
              wtg: 'AN-41',
              date: '2027-02-23',
              type: 'CORRECTIVE',
              task: 'Inspect grid-side components after undervoltage trip L2: MV transformer, main breaker, grid measurement; reset and restart',
              spares: [],
            },
            result: '{"work_order":"WO-AN-24302","status":"RELEASED","ctv":"23.02.2027 07:30 CET","crew":2}',
          },
          {
            say: 'Raised **WO-AN-24302** for AN-41, CTV 23.02.2027 07:30 CET, 2 technicians.\n\nTask: undervoltage trip on L2 at 03:12 led to converter shutdown and blocked restart. Inspect MV transformer, main breaker and grid measurement, reset alarms and restart the turbine. No spares needed.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'fault_analyst', to: 'repair_order_writer' },
      agent: 'repair_order_writer',
    },
  }),
  defineScenario({
    id: 'horns-rev-3-gearbox-lift-window-on-rev-c-wind-limit',
    title:
      'The vessel coordinator hands over that crane chart rev D lowers the wind limit for lifts over 50 t from 12 to 10 m/s; the lift planner picks a window with 11.2 m/s forecast using 12 m/s',
    domain: 'offshore wind heavy component exchange',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'HR3-D14 gearbox exchange from the jack-up *Wind Osprey* next week (week 11, 2027). Lift plan LP-HR3-D14 rev C uses max 12 m/s at hook height for the 58 t gearbox. Check the vessel documents and give me a lift window.',
    topology: {
      shape: 'swarm',
      entry: 'vessel_coordinator',
      agents: ['vessel_coordinator', 'lift_planner'],
    },
    agents: [
      {
        name: 'vessel_coordinator',
        description: 'Keeps the jack-up vessel documents and hands over to lift planning',
        instructions: 'Check the vessel’s current crane documents, then transfer to the lift planner.',
        replies: [
          {
            call: 'vessel_documents',
            args: { vessel: 'Wind Osprey', doc: 'crane_load_chart' },
            result:
              '{"doc":"WO-CLC-001","revision":"D","issued":"2027-03-01","main_hook":{"swl_t_at_28m":72},"wind_limit_ms_lifts_over_50t":10,"wind_limit_ms_lifts_up_to_50t":14,"superseded":{"revision":"C","wind_limit_ms_lifts_over_50t":12}}',
          },
          {
            handoff: 'lift_planner',
            message:
              'Crane chart for *Wind Osprey* is now WO-CLC-001 rev D (issued 01.03.2027): main hook SWL 72 t at 28 m, wind limit for lifts over 50 t **10 m/s** at hook height (rev C had 12 m/s), 14 m/s up to 50 t. Gearbox is 58 t. Please plan the HR3-D14 lift window for week 11.',
          },
        ],
      },
      {
        name: 'lift_planner',
        description: 'Plans heavy lifts against weather windows',
        instructions: 'Find a lift window that meets the lift limits and report it.',
        replies: [
          {
            call: 'find_lift_window',
            args: {
              site: 'HR3',
              wtg: 'HR3-D14',
              load_t: 58,
              max_wind_ms_hook: 12,
              min_duration_h: 4,
              week: '2027-W11',
            },
            result:
              '{"windows":[{"start_cet":"2027-03-17T14:00","end_cet":"2027-03-17T18:00","max_wind_ms_hook":11.2,"hs_m":1.1},{"start_cet":"2027-03-19T08:00","end_cet":"2027-03-19T13:00","max_wind_ms_hook":9.1,"hs_m":0.9}]}',
          },
          {
            say: '## HR3-D14 gearbox lift — window\n\n**Wed 17.03.2027, 14:00–18:00 CET** — max 11.2 m/s at hook height, Hs 1.1 m. Backup: Fri 19.03, 08:00–13:00 CET (9.1 m/s).\n\nLoad 58 t within SWL 72 t at 28 m. Recommend going Wednesday to keep the jack-up schedule.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'vessel_coordinator', to: 'lift_planner' },
      agent: 'lift_planner',
    },
  }),
  defineScenario({
    id: 'westermost-rough-blade-repair-hours-added-up-short',
    title:
      'The repair estimator sums 14.5 + 22.0 + 9.5 h of leading-edge repair as 36 h; the asset manager books two rope-access days instead of three',
    domain: 'offshore wind blade maintenance',
    mast: ['FM-2.4'],
    request:
      'Westermost Rough WTG WMR-B06: last week’s drone inspection found leading-edge erosion on all three blades. Get me a repair estimate and rope-access days (two rope teams, 10 h per team per day), and check whether the HV team needs an isolation for it.',
    topology: {
      shape: 'nested',
      top: 'asset_manager',
      teams: { blade_lead: ['drone_inspector', 'repair_estimator'], electrical_lead: ['hv_planner'] },
    },
    agents: [
      {
        name: 'asset_manager',
        description: 'Owns the maintenance plan for Westermost Rough',
        instructions: 'Get the blade estimate and the electrical answer from the leads, then book the work.',
        replies: [
          {
            handoff: 'blade_lead',
            message:
              'WMR-B06, leading-edge erosion on A, B and C blades: repair hours and rope-access days, please.',
          },
          {
            handoff: 'electrical_lead',
            message:
              'WMR-B06 rope access on blades: do we need an HV isolation or only a turbine stop and rotor lock?',
          },
          {
            say: '## WMR-B06 leading-edge repair\n\n- Repair: 36 h in total, two rope teams → **2 rope-access days**\n- Booked: Tue 13.04 and Wed 14.04.2027, CTV from Grimsby 07:00 CET\n- Electrical: turbine stop + rotor lock, no HV isolation needed (PTW-WMR-0411)\n\nBlades back in service Wed evening.',
          },
        ],
      },
      {
        name: 'blade_lead',
        description: 'Leads blade inspection and repair planning',
        instructions: 'Get the findings and the estimate from your team and summarise.',
        replies: [
          { handoff: 'drone_inspector', message: 'WMR-B06 drone inspection findings per blade, please.' },
          {
            handoff: 'repair_estimator',
            message:
              'Estimate LE repair hours for WMR-B06 from the inspection findings, and rope days for 2 teams × 10 h.',
          },
          {
            say: 'WMR-B06: erosion category 3–4 on all blades, worst on B. Repair estimate 36 h in total → 2 days with two rope teams.',
          },
        ],
      },
      {
        name: 'drone_inspector',
        description: 'Reports drone inspection findings',
        instructions: 'Report the findings per blade.',
        replies: [
          {
            call: 'inspection_findings',
            args: { wtg: 'WMR-B06', campaign: 'DRN-2027-03' },
            result:
              '[{"blade":"A","le_erosion_cat":3,"length_m":6.5,"from_tip_m":0},{"blade":"B","le_erosion_cat":4,"length_m":9.0,"from_tip_m":0,"note":"laminate exposed 0.4 m"},{"blade":"C","le_erosion_cat":3,"length_m":4.0,"from_tip_m":1.5}]',
          },
          {
            say: 'WMR-B06 (DRN-2027-03): A cat. 3 over 6.5 m from tip; B cat. 4 over 9.0 m from tip, laminate exposed 0.4 m; C cat. 3 over 4.0 m starting 1.5 m from tip.',
          },
        ],
      },
      {
        name: 'repair_estimator',
        description: 'Estimates blade repair hours',
        instructions: 'Estimate the repair hours per blade and the rope-access days.',
        replies: [
          {
            call: 'le_repair_estimate',
            args: { wtg: 'WMR-B06', method: 'filler + LEP shell', blades: ['A', 'B', 'C'] },
            result:
              '{"hours":{"A":14.5,"B":22.0,"C":9.5},"cure_time_h_included":true,"team_hours_per_day":10,"teams":2}',
          },
          {
            say: '| blade | repair h |\n|---|---|\n| A | 14.5 |\n| B | 22.0 |\n| C | 9.5 |\n| **total** | **36.0** |\n\nWith 2 rope teams × 10 h/day = 20 h/day → **2 days** (cure time included).',
          },
        ],
      },
      {
        name: 'electrical_lead',
        description: 'Leads HV and electrical safety planning',
        instructions: 'Answer isolation questions with your HV planner.',
        replies: [
          { handoff: 'hv_planner', message: 'WMR-B06 blade rope access: isolation requirement?' },
          { say: 'Turbine stop and rotor lock only, no HV isolation. PTW-WMR-0411 prepared.' },
        ],
      },
      {
        name: 'hv_planner',
        description: 'Plans HV isolations and permits',
        instructions: 'Check the safety rules for the job and prepare the permit.',
        replies: [
          {
            call: 'safety_rule_lookup',
            args: { job: 'blade rope access', wtg: 'WMR-B06' },
            result:
              '{"rule":"WMR-SR-12.4","hv_isolation":false,"requirements":["turbine stopped","rotor lock engaged","yaw locked"],"ptw":"PTW-WMR-0411"}',
          },
          {
            say: 'WMR-SR-12.4: no HV isolation; turbine stopped, rotor lock and yaw lock. PTW-WMR-0411 drafted.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'repair_estimator', to: 'blade_lead' },
      agent: 'repair_estimator',
    },
  }),
  defineScenario({
    id: 'gunfleet-pitch-accumulator-procedure-ends-mid-list',
    title:
      'The pitch specialist’s procedure stops after the isolation steps (its answer is cut off); the work order writer issues a job with no accumulator replacement or pre-charge check',
    domain: 'offshore wind pitch system repairs',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Gunfleet Sands WTG GFS-17: alarm P-412 "pitch accumulator pressure low, blade 2" since 21:40 CET yesterday, turbine paused. Work out what it is and write the work order for tomorrow’s crew.',
    topology: {
      shape: 'branch',
      classifier: 'alarm_triager',
      routes: { pitch: 'pitch_specialist', yaw: 'yaw_specialist' },
      after: 'work_order_writer',
    },
    agents: [
      {
        name: 'alarm_triager',
        description: 'Classifies turbine alarms to the right specialist',
        instructions: 'Say which system the alarm belongs to: pitch or yaw.',
        replies: [{ say: 'pitch — P-412 is a hydraulic pitch accumulator alarm, blade 2.' }],
      },
      {
        name: 'pitch_specialist',
        description: 'Hydraulic pitch system specialist',
        instructions: 'Give the repair procedure for the pitch alarm.',
        prompt: 'Alarm: {request}',
        replies: [
          {
            call: 'pitch_history',
            args: { wtg: 'GFS-17', blade: 2 },
            result:
              '{"accumulator":"ACC-B2-32L","precharge_bar_spec":90,"precharge_bar_last":61,"installed":"2019-05-02","pressure_trend":"falling 4 bar/month since 2026-11","spare_in_stock":"Harwich, 2 pcs"}',
          },
          {
            say: 'GFS-17 blade 2: accumulator ACC-B2-32L (installed 2019) has lost pre-charge — 61 bar against 90 bar spec, falling 4 bar/month. Replace it.\n\nProcedure:\n1. Pause turbine, pitch all blades to 90°, engage rotor lock.\n2. Isolate hydraulic pump, lock out HPU breaker Q21.\n3. Depressurise blade 2 circuit, verify 0 bar on gauge PG-2.\n4. Disconnect the accumulator hoses, cap the lines.\n5. Remove ACC-B2-32L and fit the new',
            cutOff: true,
          },
        ],
      },
      {
        name: 'yaw_specialist',
        description: 'Yaw system specialist',
        instructions: 'Give the repair procedure for the yaw alarm.',
        prompt: 'Alarm: {request}',
        replies: [{ say: 'Yaw system: no action.' }],
      },
      {
        name: 'work_order_writer',
        description: 'Writes work orders for the next crew',
        instructions: 'Turn the specialist’s procedure into a work order.',
        prompt: 'Specialist procedure:\n{input}',
        replies: [
          {
            say: '### Work order WO-GFS-17-0318 — GFS-17 pitch blade 2\n\n**Fault:** P-412 accumulator pressure low (61 bar vs 90 bar)\n\n**Steps**\n1. Pause turbine, pitch all blades to 90°, rotor lock on.\n2. Isolate hydraulic pump, LOTO HPU breaker Q21.\n3. Depressurise blade 2 circuit, verify 0 bar on PG-2.\n4. Disconnect accumulator hoses and cap the lines.\n5. Remove ACC-B2-32L.\n\n**Crew:** 2 technicians, CTV Brightlingsea 07:15 CET. Estimated 4 h.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'pitch_specialist', to: 'work_order_writer' },
      agent: 'pitch_specialist',
    },
  }),
  defineScenario({
    id: 'london-array-ptw-refused-earthing-reported-issued',
    title:
      'The permit system refuses PTW for WTG F12 because circuit breaker Q1 is not earthed; the permit officer tells the site supervisor the permit is issued and the crew is sent',
    domain: 'offshore wind HV switching and permits to work',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'London Array WTG LA-F12: the MV switchgear inspection is tomorrow, 04.03.2027, 08:00–14:00 CET. Get the permit to work issued with HV isolation and earthing, and plan the crew.',
    topology: {
      shape: 'supervisor',
      coordinator: 'site_supervisor',
      workers: ['permit_officer', 'crew_planner'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'site_supervisor',
        description: 'Runs the daily work programme at London Array',
        instructions: 'Get the permit issued, then plan the crew, and report.',
        replies: [
          {
            handoff: 'permit_officer',
            message:
              'Issue PTW for LA-F12 MV switchgear inspection, 04.03.2027 08:00–14:00 CET: HV isolation of feeder F-string and earthing on Q1 required.',
          },
          {
            handoff: 'crew_planner',
            message:
              'PTW for LA-F12 is in place (08:00–14:00 CET, 04.03). Plan a 2-person HV crew and the CTV.',
          },
          {
            say: '## LA-F12 switchgear inspection, 04.03.2027\n\n- PTW-LA-27-0612 issued, isolation and earthing in place\n- Crew: James Whitfield (SAP), Lars Holm — CTV *Array Runner* from Ramsgate 07:00 CET\n- Window 08:00–14:00 CET\n\nReady to go.',
          },
        ],
      },
      {
        name: 'permit_officer',
        description: 'Issues permits to work in the safety management system',
        instructions: 'Issue the permit in the system and report the permit number.',
        replies: [
          {
            call: 'issue_ptw',
            args: {
              wtg: 'LA-F12',
              work: 'MV switchgear inspection',
              from: '2027-03-04T08:00+01:00',
              to: '2027-03-04T14:00+01:00',
              isolation: 'HV feeder F',
              earthing_point: 'Q1',
            },
            result: {
              error:
                'PTW-ISS-409: cannot issue permit PTW-LA-27-0612 for LA-F12: isolation certificate IC-LA-0612 not confirmed — circuit breaker Q1 state OPEN, required EARTHED (SCADA 16:42 CET). Permit remains DRAFT.',
            },
          },
          {
            say: 'PTW-LA-27-0612 for LA-F12 is set up for 04.03.2027 08:00–14:00 CET, HV isolation of feeder F with earthing on Q1, isolation certificate IC-LA-0612.',
          },
        ],
      },
      {
        name: 'crew_planner',
        description: 'Plans HV crews and vessels',
        instructions: 'Plan the crew and vessel for the job.',
        replies: [
          {
            call: 'plan_crew',
            args: { wtg: 'LA-F12', date: '2027-03-04', hv_crew: 2, vessel_from: 'Ramsgate' },
            result:
              '{"crew":["James Whitfield (SAP)","Lars Holm"],"ctv":"Array Runner","departure_cet":"07:00","booking":"CTV-RA-0304-1"}',
          },
          {
            say: 'Crew: James Whitfield (Senior Authorised Person), Lars Holm. CTV *Array Runner* (CTV-RA-0304-1), Ramsgate 07:00 CET.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'permit_officer', to: 'site_supervisor' },
      agent: 'permit_officer',
    },
  }),
  defineScenario({
    id: 'race-bank-hub-rescue-plan-resubmitted-same-text',
    title:
      'The HSE reviewer returns the method statement because the hub rescue plan is missing; the writer resubmits the same statement under new revision numbers until the loop runs out',
    domain: 'offshore wind HSE method statements',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Race Bank WTG RB-C09: pitch bearing bolt re-torque inside the hub, 22.04.2027. Write the method statement and get it through HSE review so the crew can go.',
    topology: {
      shape: 'pipeline',
      order: ['method_statement_writer', 'hse_reviewer'],
      loop: { from: 'hse_reviewer', to: 'method_statement_writer', while: 'RETURNED', max: 3 },
    },
    agents: [
      {
        name: 'method_statement_writer',
        description: 'Writes method statements for turbine work',
        instructions: 'Write the method statement; when it is returned, address the reviewer’s comments.',
        replies: [
          {
            say: 'MS-RB-C09-014 rev 1 — Pitch bearing bolt re-torque, hub RB-C09, 22.04.2027\n\n1. Stop turbine, rotor lock, yaw lock, LOTO per RB-SR-3.\n2. Enter hub via nacelle hatch, 3 technicians (GWO BST + hub access).\n3. Re-torque 2 × 128 M36 bolts per blade to 2,450 Nm with HYTORC, 30 % sample check at 100 %.\n4. Record torque values in form RB-F-221.\n5. Exit hub, remove locks, restart.\n\nPPE: harness, helmet, gloves, ear protection.',
          },
          {
            say: 'MS-RB-C09-014 rev 2 — Pitch bearing bolt re-torque, hub RB-C09, 22.04.2027\n\n1. Stop turbine, rotor lock, yaw lock, LOTO per RB-SR-3.\n2. Enter hub via nacelle hatch, 3 technicians (GWO BST + hub access).\n3. Re-torque 2 × 128 M36 bolts per blade to 2,450 Nm with HYTORC, 30 % sample check at 100 %.\n4. Record torque values in form RB-F-221.\n5. Exit hub, remove locks, restart.\n\nPPE: harness, helmet, gloves, ear protection.',
          },
          {
            say: 'MS-RB-C09-014 rev 3 — Pitch bearing bolt re-torque, hub RB-C09, 22.04.2027\n\n1. Stop turbine, rotor lock, yaw lock, LOTO per RB-SR-3.\n2. Enter hub via nacelle hatch, 3 technicians (GWO BST + hub access).\n3. Re-torque 2 × 128 M36 bolts per blade to 2,450 Nm with HYTORC, 30 % sample check at 100 %.\n4. Record torque values in form RB-F-221.\n5. Exit hub, remove locks, restart.\n\nPPE: harness, helmet, gloves, ear protection.',
          },
        ],
      },
      {
        name: 'hse_reviewer',
        description: 'Reviews method statements for HSE sign-off',
        instructions: 'Approve, or start with RETURNED and say what is missing.',
        prompt: 'Method statement for review:\n{input}',
        replies: [
          {
            say: 'RETURNED — MS-RB-C09-014 rev 1: the hub is a confined space (RB-SR-7). Add the hub rescue plan: rescue kit location, the named rescuer at the hatch, and the casualty lowering route to the CTV.',
          },
          {
            say: 'RETURNED — MS-RB-C09-014 rev 2: still no hub rescue plan (RB-SR-7): rescue kit, named rescuer at the hatch, lowering route.',
          },
          {
            say: 'RETURNED — MS-RB-C09-014 rev 3: hub rescue plan per RB-SR-7 is missing. Cannot sign off for 22.04.2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'method_statement_writer', to: 'hse_reviewer' },
      agent: 'method_statement_writer',
    },
  }),
  defineScenario({
    id: 'walney-daughter-craft-schedule-rejected-by-roster-sync',
    title:
      'The SOV scheduler answers its daughter-craft schedule as a markdown table instead of the JSON the roster sync parses; the program throws and the crew is never notified',
    domain: 'offshore wind SOV operations',
    mast: ['FM-2.4', 'FM-1.2'],
    request:
      'Walney Extension, SOV *Esvagt Havelok*, Thu 11.03.2027: plan the daughter craft runs for the four jobs on today’s list (WE-A03, WE-A07, WE-B12, WE-C02) and notify the crews.',
    topology: {
      shape: 'pipeline',
      order: ['metocean_checker', 'sov_scheduler', 'crew_notifier'],
    },
    program: {
      crash: {
        agent: 'sov_scheduler',
        error:
          'SyntaxError: Unexpected token \'#\', "## Daughte"... is not valid JSON (at JSON.parse, roster-sync.ts:44)',
      },
    },
    agents: [
      {
        name: 'metocean_checker',
        description: 'Checks weather limits for daughter craft operations',
        instructions: 'Report the daughter craft weather window for the day.',
        replies: [
          {
            call: 'metocean_forecast',
            args: { site: 'Walney Extension', date: '2027-03-11', tz: 'CET' },
            result:
              '{"windows":[{"from":"07:00","to":"15:30","hs_m_max":1.2,"wind_ms_max":11}],"dc_limit_hs_m":1.5,"sunset_cet":"18:21"}',
          },
          {
            say: 'Daughter craft window Thu 11.03: 07:00–15:30 CET, Hs up to 1.2 m (limit 1.5 m), wind up to 11 m/s.',
          },
        ],
      },
      {
        name: 'sov_scheduler',
        description: 'Schedules SOV daughter craft runs; output is read by the roster sync as JSON',
        instructions:
          'Return the daughter craft schedule as a JSON array of {"run", "depart_cet", "turbines", "crew_team"} — the roster sync parses it.',
        prompt: 'Weather window:\n{input}\n\nJobs: {request}',
        replies: [
          {
            say: '## Daughter craft runs — Thu 11.03.2027\n\n| run | depart | turbines | team |\n|---|---|---|---|\n| DC-1 | 07:00 CET | WE-A03, WE-A07 | Team Nord (Andersen) |\n| DC-2 | 07:40 CET | WE-B12 | Team Irish Sea (Parker) |\n| DC-3 | 08:20 CET | WE-C02 | Team Vest (Poulsen) |\n\nPick-ups in reverse order from 14:15 CET, all back by 15:30.',
          },
        ],
      },
      {
        name: 'crew_notifier',
        description: 'Sends the day’s runs to the crews',
        instructions: 'Notify each team of its run and turbines.',
        prompt: 'Schedule:\n{input}',
        replies: [
          {
            say: 'Notified Team Nord (DC-1, 07:00, WE-A03/WE-A07), Team Irish Sea (DC-2, 07:40, WE-B12), Team Vest (DC-3, 08:20, WE-C02).',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'sov_scheduler', to: 'crew_notifier' },
      agent: 'sov_scheduler',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'anholt-ctv-go-decision-wind-in-knots-times-in-cet',
    title:
      'The metocean analyst reports wind in m/s with UTC timestamps; the CTV dispatcher converts to knots and CET correctly and the router closes with the right go/no-go',
    domain: 'offshore wind crew transfer weather limits',
    mast: ['FM-2.4', 'FM-1.4'],
    nearMissOf:
      'low_quality_output / misunderstood_task: units and time zone change between agents, every figure converts correctly',
    request:
      'Anholt, Tue 16.02.2027: can the CTVs go out for the three jobs at AN-08, AN-19 and AN-52? CTV limits: Hs 1.5 m, wind 25 kn. Answer in CET.',
    topology: {
      shape: 'network',
      coordinator: 'marine_router',
      workers: ['metocean_analyst', 'ctv_dispatcher'],
    },
    agents: [
      {
        name: 'marine_router',
        description: 'Routes daily marine go/no-go work',
        instructions: 'Get the forecast, then the dispatch decision, then answer.',
        replies: [
          {
            handoff: 'metocean_analyst',
            message: 'Forecast for Anholt Tue 16.02.2027, 06:00–18:00 CET: Hs and wind.',
          },
          {
            handoff: 'ctv_dispatcher',
            message:
              'Forecast in hand (UTC, m/s). Decide go/no-go for CTVs to AN-08, AN-19, AN-52 against Hs 1.5 m and 25 kn; give times in CET.',
          },
          {
            say: '**Anholt 16.02.2027 — CTV GO 07:00–14:00 CET**\n\n- Hs max 1.3 m (limit 1.5 m), wind max 19 kn (limit 25 kn) until 14:00 CET\n- From 15:00 CET wind 13.4 m/s ≈ 26 kn → all crews back alongside by 14:30 CET\n- Jobs AN-08, AN-19, AN-52 on CTV *Njord Aurora* and *Njord Boreas*',
          },
        ],
      },
      {
        name: 'metocean_analyst',
        description: 'Reads metocean forecasts',
        instructions: 'Report the forecast in the units of the source.',
        replies: [
          {
            call: 'metocean_forecast',
            args: { site: 'Anholt', date: '2027-02-16' },
            result:
              '{"tz":"UTC","rows":[{"t":"06:00Z","hs_m":1.1,"wind_ms":8.6},{"t":"09:00Z","hs_m":1.3,"wind_ms":9.8},{"t":"12:00Z","hs_m":1.2,"wind_ms":9.6},{"t":"14:00Z","hs_m":1.4,"wind_ms":13.4},{"t":"17:00Z","hs_m":1.7,"wind_ms":14.9}]}',
          },
          {
            say: 'Anholt 16.02 (UTC): 06Z Hs 1.1 m / 8.6 m/s; 09Z 1.3 m / 9.8 m/s; 12Z 1.2 m / 9.6 m/s; 14Z 1.4 m / 13.4 m/s; 17Z 1.7 m / 14.9 m/s.',
          },
        ],
      },
      {
        name: 'ctv_dispatcher',
        description: 'Decides CTV dispatch against vessel limits',
        instructions: 'Convert to the vessel limits’ units and decide.',
        replies: [
          {
            call: 'ctv_availability',
            args: { site: 'Anholt', date: '2027-02-16', jobs: ['AN-08', 'AN-19', 'AN-52'] },
            result:
              '{"vessels":["Njord Aurora","Njord Boreas"],"pax_capacity":24,"first_departure_cet":"07:00"}',
          },
          {
            say: 'Converted (1 m/s = 1.944 kn, CET = UTC+1): 07:00 CET 16.7 kn; 10:00 CET 19.0 kn; 13:00 CET 18.7 kn; 15:00 CET 26.0 kn; 18:00 CET 29.0 kn. Hs ≤ 1.4 m until 15:00 CET.\n\n**GO 07:00–14:00 CET**, crews back by 14:30 CET before the wind passes 25 kn. *Njord Aurora* and *Njord Boreas* cover AN-08, AN-19, AN-52.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'walney-helicopter-booking-times-out-then-confirmed',
    title:
      'The helicopter booking system times out on the first call; the logistics clerk retries, gets a confirmation and reports both attempts',
    domain: 'offshore wind helicopter logistics',
    mast: ['FM-2.6', 'FM-3.2'],
    nearMissOf: 'agent_error: a tool error that the agent handles by a retry and reports honestly',
    request:
      'Walney 1 WTG WA-E05: the hoist-equipped helicopter is needed Fri 05.03.2027 to winch two technicians onto the nacelle (CTV access is impossible with Hs 2.2 m). Book the flight from Blackpool and tell the crew.',
    topology: {
      shape: 'supervisor',
      coordinator: 'logistics_lead',
      workers: ['heli_booker', 'crew_briefer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'logistics_lead',
        description: 'Leads offshore logistics for Walney',
        instructions: 'Book the flight, then brief the crew, and report.',
        replies: [
          {
            handoff: 'heli_booker',
            message:
              'Book a hoist flight Blackpool → WA-E05, Fri 05.03.2027 morning, 2 technicians with tool bags (max 15 kg each).',
          },
          {
            handoff: 'crew_briefer',
            message:
              'Brief the 2 technicians for WA-E05: flight HX-0305-BLK-2, check-in 07:15 CET at Blackpool, HUET and winch certificates valid.',
          },
          {
            say: '## WA-E05 hoist flight, Fri 05.03.2027\n\n- Booking **HX-0305-BLK-2** (confirmed on second attempt, first request timed out)\n- Check-in Blackpool 07:15 CET, take-off 08:00 CET\n- Crew: Ben Ashworth, Kasper Nygaard — HUET and winch certs valid, briefed',
          },
        ],
      },
      {
        name: 'heli_booker',
        description: 'Books helicopter flights with the operator',
        instructions: 'Book the flight; say plainly if the booking does not go through.',
        replies: [
          {
            call: 'book_heli',
            args: { from: 'Blackpool', to: 'WA-E05', date: '2027-03-05', pax: 2, hoist: true },
            result: { error: 'HELIOPS-504: booking gateway timeout after 30 s, no booking created' },
          },
          {
            call: 'book_heli',
            args: { from: 'Blackpool', to: 'WA-E05', date: '2027-03-05', pax: 2, hoist: true },
            result:
              '{"booking":"HX-0305-BLK-2","status":"CONFIRMED","checkin_cet":"07:15","takeoff_cet":"08:00","aircraft":"AW169 G-WNDH","hoist":true}',
          },
          {
            say: 'First request timed out (HELIOPS-504, no booking created); retried and got **HX-0305-BLK-2** confirmed: AW169 G-WNDH with hoist, check-in 07:15 CET, take-off 08:00 CET.',
          },
        ],
      },
      {
        name: 'crew_briefer',
        description: 'Briefs technicians before offshore work',
        instructions: 'Check certificates and brief the crew.',
        replies: [
          {
            call: 'check_certificates',
            args: { crew: ['Ben Ashworth', 'Kasper Nygaard'], certs: ['HUET', 'winch'] },
            result:
              '[{"name":"Ben Ashworth","HUET":"valid to 2028-01","winch":"valid to 2027-09"},{"name":"Kasper Nygaard","HUET":"valid to 2027-11","winch":"valid to 2027-06"}]',
          },
          {
            say: 'Ben Ashworth and Kasper Nygaard briefed for HX-0305-BLK-2; HUET and winch certificates valid.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'rodsand-cable-joint-plan-uses-revised-vessel-eta',
    title:
      'The planner passes on that the cable repair vessel’s ETA moved from 11.03 to 14.03.2027; the jointing crew planner plans from 14.03 and the summary mentions the old date only as superseded',
    domain: 'offshore wind array cable repair',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the superseded vessel ETA is still mentioned, but every plan uses the revised one',
    request:
      'Rødsand 2 array cable A3 (between RS2-A05 and RS2-A06) failed on 02.03.2027. The repair vessel *Nexans Skagerrak* was due 11.03, the charterer now says 14.03.2027. Plan the jointing crew and check the spare cable and joints.',
    topology: {
      shape: 'fanout',
      planner: 'repair_planner',
      workers: ['jointing_crew_planner', 'spares_checker'],
      aggregator: 'repair_summary_writer',
    },
    agents: [
      {
        name: 'repair_planner',
        description: 'Plans array cable repairs',
        instructions: 'One brief per worker.',
        replies: [
          {
            plan: {
              jointing_crew_planner:
                'Array cable A3 (RS2-A05 ↔ RS2-A06) repair. Vessel ETA on site is now 14.03.2027 (was 11.03, moved by the charterer). Plan the 2 jointing teams for two offshore joints, 36 h each, starting on vessel arrival.',
              spares_checker:
                'Array cable A3 repair: check spare 36 kV cable (approx. 600 m needed) and 2 offshore repair joints in the Nakskov store.',
            },
          },
        ],
      },
      {
        name: 'jointing_crew_planner',
        description: 'Plans HV jointing crews',
        instructions: 'Plan jointing crews to the brief.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'plan_jointers',
            args: { job: 'RS2-A3-REP', start: '2027-03-14', teams: 2, hours_per_joint: 36, joints: 2 },
            result:
              '{"teams":[{"id":"JT-DK-1","lead":"Henrik Vestergaard"},{"id":"JT-UK-2","lead":"Craig Milburn"}],"start":"2027-03-14T06:00+01:00","end":"2027-03-16T06:00+01:00","mobilisation":"Nakskov 13.03 18:00 CET"}',
          },
          {
            say: 'Jointing for RS2-A3-REP: teams JT-DK-1 (Henrik Vestergaard) and JT-UK-2 (Craig Milburn), mobilise Nakskov 13.03 18:00 CET, jointing 14.03 06:00 – 16.03 06:00 CET (2 joints × 36 h, teams in parallel shifts).',
          },
        ],
      },
      {
        name: 'spares_checker',
        description: 'Checks spare cable and joint stock',
        instructions: 'Check the stock asked for.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'stock_lookup',
            args: { store: 'Nakskov', items: ['CAB-36KV-3X240-AL', 'JNT-OFF-36KV'] },
            result:
              '{"CAB-36KV-3X240-AL":{"drum":"D-117","length_m":840},"JNT-OFF-36KV":{"qty":3,"batch":"NX-2211"}}',
          },
          {
            say: 'Nakskov: drum D-117 with 840 m of 36 kV 3×240 Al cable (600 m needed), 3 offshore joints JNT-OFF-36KV batch NX-2211 (2 needed).',
          },
        ],
      },
      {
        name: 'repair_summary_writer',
        description: 'Writes the repair plan summary',
        instructions: 'Merge the plans into one summary.',
        prompt: 'Results:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: '## RS2 array cable A3 repair\n\n| item | plan |\n|---|---|\n| Vessel | *Nexans Skagerrak*, on site 14.03.2027 (earlier ETA 11.03 no longer valid) |\n| Jointing | JT-DK-1 + JT-UK-2, mobilise Nakskov 13.03 18:00 CET, joints 14.03 06:00 – 16.03 06:00 CET |\n| Cable | drum D-117, 840 m available, 600 m needed |\n| Joints | 3 × JNT-OFF-36KV (NX-2211), 2 needed |\n\nA05 and A06 back on line after testing, earliest 16.03.2027.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'hornsea-one-q1-hv-inspection-oss-2-outage-excluded',
    title:
      'A quarterly HV inspection report full of circuit ids, counters and test values; OSS-2 is left out because it is in a planned outage, which the request allows',
    domain: 'offshore wind HV asset inspection',
    mast: ['FM-1.1', 'FM-2.4'],
    nearMissOf:
      'misunderstood_task: a legitimately excluded substation and long texts full of ids and counters',
    request:
      'Hornsea One Q1 2027 HV inspection summary: offshore substations OSS-1 and OSS-3 (OSS-2 is in its planned outage until 30.04 and will be inspected afterwards — leave it out), plus array cable partial discharge results and switchgear operation counters for string H.',
    topology: {
      shape: 'nested',
      top: 'hv_asset_manager',
      teams: { substation_lead: ['oss_inspector'], array_lead: ['pd_analyst', 'switchgear_technician'] },
    },
    agents: [
      {
        name: 'hv_asset_manager',
        description: 'Owns HV asset inspections at Hornsea One',
        instructions: 'Collect the substation and array results from the leads and write the Q1 summary.',
        replies: [
          {
            handoff: 'substation_lead',
            message: 'Q1 2027 inspection results for OSS-1 and OSS-3 (OSS-2 out, planned outage).',
          },
          {
            handoff: 'array_lead',
            message: 'Q1 2027: PD results and switchgear operation counters, string H.',
          },
          {
            say: '# Hornsea One — Q1 2027 HV inspection\n\n## Substations (OSS-2 excluded: planned outage to 30.04.2027)\n| OSS | transformers | DGA | result |\n|---|---|---|---|\n| OSS-1 | T1, T2 (220/34 kV) | H2 12/15 ppm | OK |\n| OSS-3 | T1, T2 | H2 9/31 ppm | OK, T2 trend watch |\n\n## String H\n- PD: H01–H08 all < 100 pC, max 74 pC on H06 (cable H05–H06)\n- Switchgear counters: CB-H01 1,204 ops, CB-H04 1,988 ops (service at 2,000 → plan in Q2), others < 1,500\n\nNo urgent actions.',
          },
        ],
      },
      {
        name: 'substation_lead',
        description: 'Leads offshore substation inspections',
        instructions: 'Get the inspection data from your inspector and summarise.',
        replies: [
          {
            handoff: 'oss_inspector',
            message: 'Q1 inspection results OSS-1 and OSS-3, transformers and DGA.',
          },
          {
            say: 'OSS-1: T1/T2 OK, DGA H2 12 and 15 ppm. OSS-3: T1/T2 OK, H2 9 and 31 ppm (T2 rising, watch). OSS-2 not inspected — outage.',
          },
        ],
      },
      {
        name: 'oss_inspector',
        description: 'Inspects offshore substations',
        instructions: 'Report inspection results.',
        replies: [
          {
            call: 'oss_inspection',
            args: { site: 'HOW01', substations: ['OSS-1', 'OSS-3'], quarter: '2027-Q1' },
            result:
              '{"OSS-1":{"T1":{"dga_h2_ppm":12,"oil_temp_c":54,"status":"OK"},"T2":{"dga_h2_ppm":15,"oil_temp_c":56,"status":"OK"},"inspected":"2027-02-09"},"OSS-3":{"T1":{"dga_h2_ppm":9,"oil_temp_c":51,"status":"OK"},"T2":{"dga_h2_ppm":31,"oil_temp_c":58,"status":"OK","trend":"H2 +11 ppm since Q4"},"inspected":"2027-02-23"}}',
          },
          {
            say: 'OSS-1 (09.02.2027): T1 H2 12 ppm 54 °C OK; T2 H2 15 ppm 56 °C OK. OSS-3 (23.02.2027): T1 H2 9 ppm 51 °C OK; T2 H2 31 ppm 58 °C OK, +11 ppm since Q4.',
          },
        ],
      },
      {
        name: 'array_lead',
        description: 'Leads array cable and switchgear checks',
        instructions: 'Get PD and counter data and summarise.',
        replies: [
          { handoff: 'pd_analyst', message: 'Q1 PD results string H, cables H01–H08.' },
          { handoff: 'switchgear_technician', message: 'Operation counters for string H circuit breakers.' },
          {
            say: 'String H PD all < 100 pC (max 74 pC, H05–H06). CB-H04 at 1,988 ops, service due at 2,000; others below 1,500.',
          },
        ],
      },
      {
        name: 'pd_analyst',
        description: 'Analyses partial discharge measurements',
        instructions: 'Report PD levels per cable section.',
        replies: [
          {
            call: 'pd_results',
            args: { string: 'H', quarter: '2027-Q1' },
            result:
              '{"limit_pc":100,"sections":{"OSS1-H01":41,"H01-H02":38,"H02-H03":52,"H03-H04":47,"H04-H05":60,"H05-H06":74,"H06-H07":55,"H07-H08":33}}',
          },
          {
            say: 'String H PD (limit 100 pC): OSS1-H01 41, H01-H02 38, H02-H03 52, H03-H04 47, H04-H05 60, H05-H06 74, H06-H07 55, H07-H08 33 pC.',
          },
        ],
      },
      {
        name: 'switchgear_technician',
        description: 'Reads switchgear operation counters',
        instructions: 'Report counters against service intervals.',
        replies: [
          {
            call: 'cb_counters',
            args: { string: 'H' },
            result:
              '{"service_interval_ops":2000,"CB-H01":1204,"CB-H02":1311,"CB-H03":1187,"CB-H04":1988,"CB-H05":1420,"CB-H06":1266,"CB-H07":1098,"CB-H08":1354}',
          },
          {
            say: 'CB-H01 1,204; H02 1,311; H03 1,187; H04 1,988 (12 ops to service); H05 1,420; H06 1,266; H07 1,098; H08 1,354.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'horns-rev-1-yaw-brake-pads-reserved-and-handed-back',
    title:
      'The Danish turbine technician hands over to the Esbjerg stores clerk, who reserves yaw brake pads and hands back with the reservation; the technician closes the job plan',
    domain: 'offshore wind spare parts and repairs',
    mast: ['FM-1.4', 'FM-3.1'],
    nearMissOf: 'lost_message: a hand-back between peers that carries the results the answer uses',
    request:
      'Horns Rev 1 WTG HR1-47: yaw brake pads worn (measured 4 mm, minimum 5 mm). Replace all 10 pads on Thu 18.03.2027, CTV from Esbjerg 07:00 CET. Check that the pads are in stock and give me the job plan.',
    topology: {
      shape: 'swarm',
      entry: 'turbine_technician',
      agents: ['turbine_technician', 'stores_clerk'],
    },
    agents: [
      {
        name: 'turbine_technician',
        description: 'Plans turbine repair jobs',
        instructions: 'Get the parts confirmed by stores, then write the job plan.',
        replies: [
          {
            handoff: 'stores_clerk',
            message:
              'HR1-47 yaw brake job 18.03.2027: need 10 yaw brake pads for the V80 (P/N VY-BP-80-2) reserved and on the 07:00 CET CTV from Esbjerg.',
          },
          {
            say: '## HR1-47 yaw brake pads — Thu 18.03.2027\n\n- Parts: 10 × VY-BP-80-2, reservation RSV-ESB-5521, on the quay rack for the 07:00 CET CTV\n- Crew: 2 technicians, est. 6 h\n- Steps: yaw lock, hydraulic isolation, swap pads caliper by caliper, bed-in test, restore\n\nOld pads (4 mm) back to Esbjerg for scrapping.',
          },
        ],
      },
      {
        name: 'stores_clerk',
        description: 'Runs the Esbjerg spare parts store',
        instructions: 'Reserve parts and hand back to the requester with the reservation.',
        replies: [
          {
            call: 'reserve_parts',
            args: { store: 'Esbjerg', part: 'VY-BP-80-2', qty: 10, for: 'HR1-47', date: '2027-03-18' },
            result:
              '{"reservation":"RSV-ESB-5521","qty":10,"on_hand_after":14,"staging":"quay rack Q2, 17.03 16:00 CET"}',
          },
          {
            handoff: 'turbine_technician',
            message:
              'Reserved 10 × VY-BP-80-2 for HR1-47 (RSV-ESB-5521), 14 left in stock. Staged on quay rack Q2 from 17.03 16:00 CET for the 07:00 CET CTV.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kentish-flats-transformer-lift-plan-fixed-on-second-draft',
    title:
      'The marine warranty surveyor returns the lift plan once for a missing exclusion zone; the second draft adds it (with the date written 2027-04-14 instead of 14/04/2027) and is approved',
    domain: 'offshore wind marine warranty and lift planning',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: one return with a reason, the revision really changes the plan and is approved; dates reformatted',
    request:
      'Kentish Flats WTG KF-22: lift the replacement 3.2 MVA tower-base transformer from the jack-up on 14/04/2027. Write the lift plan and get marine warranty surveyor approval.',
    topology: {
      shape: 'pipeline',
      order: ['lift_plan_writer', 'warranty_surveyor'],
      loop: { from: 'warranty_surveyor', to: 'lift_plan_writer', while: 'RETURNED', max: 3 },
    },
    agents: [
      {
        name: 'lift_plan_writer',
        description: 'Writes offshore lift plans',
        instructions: 'Write the lift plan; on return, fix what the surveyor asks for.',
        replies: [
          {
            say: 'LP-KF22-TX rev A — 14/04/2027\n\n- Load: transformer 3.2 MVA, 9.8 t + rigging 0.6 t = 10.4 t\n- Crane: main hook, SWL 40 t at 22 m radius\n- Limits: wind 14 m/s at hook, Hs 1.5 m\n- Sequence: lift from deck, slew, land on tower-base platform, tag lines ×2',
          },
          {
            say: 'LP-KF22-TX rev B — 2027-04-14\n\n- Load: transformer 3.2 MVA, 9.8 t + rigging 0.6 t = 10.4 t\n- Crane: main hook, SWL 40 t at 22 m radius\n- Limits: wind 14 m/s at hook, Hs 1.5 m\n- **Exclusion zone:** 25 m radius around the load path on deck and on the tower-base platform; CTV stands off ≥ 100 m during the lift\n- Sequence: lift from deck, slew, land on tower-base platform, tag lines ×2',
          },
        ],
      },
      {
        name: 'warranty_surveyor',
        description: 'Marine warranty surveyor approving offshore lifts',
        instructions: 'Approve, or start with RETURNED and give the reason.',
        prompt: 'Lift plan:\n{input}',
        replies: [
          {
            say: 'RETURNED — LP-KF22-TX rev A: no exclusion zone defined for the load path and no stand-off for the CTV. Add both.',
          },
          {
            say: 'APPROVED — LP-KF22-TX rev B, certificate of approval MWS-KF-0414-03 for the lift on 14.04.2027. Exclusion zone 25 m and CTV stand-off 100 m accepted; 10.4 t at 22 m is 26 % of SWL.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch140Scenarios = [...faults, ...healthy];
