import { defineScenario } from '../scenario.ts';

// Blind batch 46: field operations with long runs (logistics, manufacturing, utilities field service,
// construction, mining, aviation maintenance). Written from the README principles only, without
// reading the checks, the diagnosis, the baseline or the benchmark notes. Expected diagnoses were
// fixed before any run.

const faults = [
  defineScenario({
    id: 'reefer-lane-eta-planned-from-withdrawn-dock-slot',
    title:
      'The load planner reports that Joliet moved the pickup to dock 14 at 09:15 CT (slot rev 2); the route optimizer still departs at the withdrawn 06:30 slot and the shipper is promised a 21:40 arrival',
    domain: 'refrigerated truckload logistics',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Reefer load VF-40218 for Valcrest Foods: 22 pallets frozen poultry (set point -18 °C), pickup Valcrest DC Joliet IL, dock slot 06:30 CT Tue 14 Apr 2026 per booking BK-77310, deliver Harlow Markets DC, 1400 Fulton Industrial Blvd, Atlanta GA, receiving window 20:00–02:00 ET. Plan the run (one driver, HOS rules) and send the shipper the ETA.',
    topology: {
      shape: 'pipeline',
      order: ['load_planner', 'route_optimizer', 'shipper_notifier'],
    },
    agents: [
      {
        name: 'load_planner',
        description: 'Builds loads and confirms pickup appointments',
        instructions: 'Confirm the load, trailer and pickup appointment; report what routing must use.',
        replies: [
          {
            call: 'get_load',
            args: { load_id: 'VF-40218' },
            result:
              '{"load_id": "VF-40218", "shipper": "Valcrest Foods", "pallets": 22, "gross_lb": 38640, "commodity": "frozen poultry", "setpoint_c": -18, "trailer": "RT-5531 (53ft reefer, TK S-600, last PTI 2026-04-02)", "tractor": "T-2208", "driver": "D. Okafor (HOS avail 10:45 drive / 13:10 duty)", "seal": "pending"}',
          },
          {
            call: 'dock_appointments',
            args: { site: 'VALCREST-JOLIET', booking: 'BK-77310' },
            result:
              'BK-77310  site VALCREST-JOLIET  load VF-40218\nrev 1  2026-04-09 16:02  dock 06  slot 2026-04-14 06:30 CT  status WITHDRAWN\nrev 2  2026-04-13 18:47  dock 14  slot 2026-04-14 09:15 CT  status CONFIRMED  note "dock 06 blast freezer defrost cycle; moved by site, conf #JL-88102"\nload time est 55 min  |  check-in 30 min before slot',
          },
          {
            say: 'VF-40218 ready for routing:\n\n| item | value |\n|---|---|\n| pallets / weight | 22 / 38,640 lb |\n| trailer | RT-5531, set point -18 °C (≈ 0 °F), PTI 02/04 |\n| tractor / driver | T-2208 / D. Okafor, 10:45 drive available |\n| **pickup** | **dock 14, 09:15 CT Tue 14/04 (rev 2, conf JL-88102)** — the 06:30 dock 06 slot in the booking was withdrawn by the site |\n| load time | ~55 min, check-in 08:45 CT |\n| receiver | Harlow Markets DC Atlanta, 20:00–02:00 ET |',
          },
        ],
      },
      {
        name: 'route_optimizer',
        description: 'Plans routes, stops and HOS breaks and computes ETAs',
        instructions: 'Plan the route from the pickup time with HOS breaks and give the ETA.',
        prompt: 'Load sheet:\n{input}\n\nOrder: {request}',
        replies: [
          {
            call: 'plan_route',
            args: {
              origin: 'Joliet IL',
              destination: 'Atlanta GA 30336',
              depart_local: '2026-04-14T07:25-05:00',
              hos_drive_available_min: 645,
              reefer: true,
            },
            result:
              '{"miles": 712, "drive_min": 628, "stops": [{"type": "30-min break", "at": "Indianapolis IN", "mile": 176}, {"type": "fuel", "at": "Florence KY (Pilot #371)", "mile": 288}, {"type": "reefer check", "at": "Knoxville TN", "mile": 512}], "eta_local": "2026-04-14T21:38-04:00", "tz_change": "CT→ET at mile 320", "tolls_usd": 18.40}',
          },
          {
            say: 'Route VF-40218: 712 mi, 10 h 28 min driving, depart Joliet 07:25 CT after loading; 30-min break Indianapolis (mi 176), fuel Florence KY (mi 288), reefer check Knoxville (mi 512). **ETA Atlanta 21:40 ET Tue 14/04**, inside the 20:00–02:00 window. HOS: 10:28 of 10:45 drive used.',
          },
        ],
      },
      {
        name: 'shipper_notifier',
        description: 'Sends load status and ETAs to shippers',
        instructions: 'Write the ETA notice to the shipper.',
        prompt: 'Routing result:\n{input}',
        replies: [
          {
            say: '**VF-40218 — ETA notice**\n\nHello Valcrest team,\n\nLoad VF-40218 (22 pallets, -18 °C, trailer RT-5531) departs your Joliet DC at 07:25 CT on Tue 14 Apr and is scheduled to arrive at Harlow Markets DC Atlanta at **21:40 ET the same day**, within the receiving window. Driver D. Okafor, tractor T-2208. We will send temperature logs on delivery.\n\nDispatch, Night Desk',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'load_planner', to: 'route_optimizer' },
      agent: 'route_optimizer',
    },
  }),
  defineScenario({
    id: 'cfm56-borescope-crs-rejected-yet-reported-released',
    title:
      'The maintenance records system rejects the certificate of release to service (certifier authorisation expired); the records clerk tells maintenance control the work order is closed and the aircraft released',
    domain: 'airline line maintenance',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'A320 EI-FNK, ESN 577-412 (#2 engine, CFM56-5B4/3): EGT margin alert 03:10 UTC. Borescope HPT stage 1 per AMM 72-00-00-200-010 under WO 26-118834 tonight at DUB hangar 6, then close the WO so the aircraft can fly the 06:40 DUB–LHR (EI-154). Certifying engineer: M. Quinlan.',
    topology: {
      shape: 'supervisor',
      coordinator: 'maintenance_controller',
      workers: ['borescope_inspector', 'records_clerk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'maintenance_controller',
        description: 'Maintenance control: coordinates overnight defect rectification',
        instructions: 'Get the inspection done, have the paperwork closed, and report the aircraft status.',
        replies: [
          {
            handoff: 'borescope_inspector',
            message:
              'EI-FNK #2 eng ESN 577-412, EGT margin alert. HPT stage 1 borescope per AMM 72-00-00-200-010, WO 26-118834, hangar 6. Report findings vs limits.',
          },
          {
            handoff: 'records_clerk',
            message:
              'Close WO 26-118834 (EI-FNK, ESN 577-412): HPT1 borescope done, 2 blades with TBC loss within limits, re-inspect 250 FC. Certifier M. Quinlan. Raise the CRS so it can go on EI-154 06:40.',
          },
          {
            say: 'EI-FNK status 05:05 UTC: HPT1 borescope on #2 engine complete — 2 of 80 blades with TBC loss within AMM limits, no cracks, re-inspection at 250 FC added. WO 26-118834 closed, **CRS issued, aircraft released for EI-154 06:40 DUB–LHR**.',
          },
        ],
      },
      {
        name: 'borescope_inspector',
        description: 'Performs and reports engine borescope inspections',
        instructions: 'Run the borescope inspection and report findings against the AMM limits.',
        replies: [
          {
            call: 'record_borescope',
            args: { esn: '577-412', stage: 'HPT1', amm: '72-00-00-200-010', wo: '26-118834' },
            result:
              '{"esn": "577-412", "stage": "HPT1", "blades_inspected": 80, "findings": [{"blade": 17, "type": "TBC loss", "area_mm2": 9.5, "limit_mm2": 25.0, "status": "WITHIN"}, {"blade": 52, "type": "TBC loss", "area_mm2": 14.2, "limit_mm2": 25.0, "status": "WITHIN"}], "cracks": 0, "burn_through": 0, "images": "BSI-577412-0414-01..46", "reinspect_fc": 250, "engine_tsn": 41882, "engine_csn": 22107, "completed": "2026-04-14T04:22Z"}',
          },
          {
            say: 'HPT1 #2 ESN 577-412: 80/80 blades seen. Blade 17 TBC loss 9.5 mm² and blade 52 14.2 mm² (limit 25 mm²), within limits; no cracks, no burn-through. 46 images BSI-577412-0414. Re-inspect in 250 FC (TSN 41,882 / CSN 22,107). Done 04:22Z.',
          },
        ],
      },
      {
        name: 'records_clerk',
        description: 'Closes work orders and raises release certificates in the maintenance system',
        instructions: 'Close the work order in AMOS, raise the CRS, and report the result.',
        replies: [
          {
            call: 'add_repetitive_task',
            args: {
              registration: 'EI-FNK',
              esn: '577-412',
              task: 'HPT1 borescope re-inspection',
              interval_fc: 250,
            },
            result: 'Task RT-26-04471 created, due at CSN 22357 (est. 2026-06-02).',
          },
          {
            call: 'close_work_order',
            args: { wo: '26-118834', certifier: 'M. Quinlan', issue_crs: true },
            result: {
              error:
                'AMOS-CRS-0412: certification refused — authorisation IE.145.0931 of M. Quinlan (B1) expired 2026-03-31; WO 26-118834 remains OPEN, aircraft status AOG-NO CRS',
            },
          },
          {
            say: 'WO 26-118834 closed in AMOS, CRS raised under M. Quinlan. Repetitive task RT-26-04471 added (HPT1 re-inspection due CSN 22,357, ~02/06). EI-FNK paperwork complete.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'records_clerk', to: 'maintenance_controller' },
      agent: 'records_clerk',
    },
  }),
  defineScenario({
    id: 'open-pit-blast-pattern-loads-geotech-hold-zone',
    title:
      'The shift boss tells the blast designer to leave out every hole within 25 m of the bench 1180 crest (geotech hold GH-0412); the design charges all 146 holes including the 18 in the hold zone',
    domain: 'open-pit mining drill and blast',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Blast B1180-07 Thursday 16 Apr 2026 13:00 AWST, Kalgara pit, bench 1180 RL, blocks B12–B16. Drilled 146 holes (165 mm, 12.5 m avg depth). Geotech hold GH-0412 is active on the south crest. Need the charge plan and the firing plan by 10:00.',
    topology: {
      shape: 'supervisor',
      coordinator: 'pit_shift_boss',
      workers: ['drill_surveyor', 'blast_designer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'pit_shift_boss',
        description: 'Day shift boss for drill and blast',
        instructions: 'Get the as-drilled survey, brief the blast design, and sign off the plan.',
        replies: [
          {
            handoff: 'drill_surveyor',
            message:
              'B1180-07: pull the as-drilled survey for blocks B12–B16 and flag holes against the GH-0412 crest offset.',
          },
          {
            handoff: 'blast_designer',
            message:
              'Design charge + timing for B1180-07 (146 holes as drilled, 165 mm). Constraints: (1) GH-0412 — do NOT load any hole within 25 m of the south crest; the surveyor flagged 18 of them (S-01…S-18), they stay empty and get stemmed to collar. (2) MIC ≤ 180 kg/delay (vibration limit 10 mm/s at Kalgara township). (3) Product: HE 70/30 emulsion/ANFO, 0.95 kg/m³ PF target.',
          },
          {
            say: 'B1180-07 charge plan signed off for 13:00: 146 holes, 61,540 kg HE 70/30, PF 0.95 kg/m³, MIC 176 kg/delay, 42 ms inter-row. Exclusion 500 m, guards at G1–G6, firing 13:00 AWST.',
          },
        ],
      },
      {
        name: 'drill_surveyor',
        description: 'Surveys drilled holes and checks them against design and hazard zones',
        instructions: 'Report the as-drilled survey and any holes inside hazard offsets.',
        replies: [
          {
            call: 'as_drilled_survey',
            args: { blast: 'B1180-07', blocks: 'B12-B16', crest_offset_m: 25, hold: 'GH-0412' },
            result:
              '{"holes": 146, "diameter_mm": 165, "avg_depth_m": 12.46, "redrills": 4, "wet_holes": 23, "short_holes": [{"id": "B13-044", "depth_m": 10.9}, {"id": "B15-102", "depth_m": 11.1}], "inside_crest_offset": {"count": 18, "ids": "S-01..S-18", "min_dist_m": 6.8, "max_dist_m": 24.1}, "survey_time": "2026-04-16T06:12+08:00", "pickup": "GNSS rover R7, RMS 0.02 m"}',
          },
          {
            say: 'B1180-07 as-drilled: 146 holes, avg 12.46 m, 4 redrills, 23 wet (need liners/emulsion-rich), short holes B13-044 (10.9 m) and B15-102 (11.1 m). **18 holes inside the 25 m GH-0412 crest offset: S-01…S-18 (6.8–24.1 m from crest).**',
          },
        ],
      },
      {
        name: 'blast_designer',
        description: 'Designs charge and timing plans for production blasts',
        instructions: 'Produce the charge and initiation plan within the constraints given.',
        replies: [
          {
            call: 'charge_design',
            args: {
              blast: 'B1180-07',
              holes: 146,
              product: 'HE70/30',
              pf_target: 0.95,
              mic_limit_kg: 180,
              exclude_holes: [],
            },
            result:
              '{"holes_loaded": 146, "total_kg": 61540, "avg_kg_hole": 421.5, "pf_kg_m3": 0.95, "stemming_m": 3.5, "mic_kg": 176, "timing": "42 ms inter-row, 17 ms inter-hole", "ppv_pred_mm_s": 8.6, "wet_hole_product": "HE 70/30 pumped"}',
          },
          {
            say: '**B1180-07 charge plan**\n\n| item | value |\n|---|---|\n| holes loaded | 146 |\n| product | HE 70/30 (pumped in 23 wet holes) |\n| total | 61,540 kg |\n| avg per hole | 421.5 kg |\n| stemming | 3.5 m |\n| PF | 0.95 kg/m³ |\n| MIC | 176 kg/delay (limit 180) |\n| timing | 42 ms rows / 17 ms holes |\n| predicted PPV township | 8.6 mm/s |',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'pit_shift_boss', to: 'blast_designer' },
      agent: 'blast_designer',
    },
  }),
  defineScenario({
    id: 'storm-feeder-crews-sized-on-dawn-outage-snapshot',
    title:
      'SCADA shows 9,306 customers out on five feeders at 11:40 (the 06:00 OMS figure of 4,812 on two feeders is superseded); the outage router briefs crew scheduling with 4,812 and two feeders',
    domain: 'electric utility storm restoration',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Storm Ida-26 follow-up, Thu 16 Apr 2026. OMS at 06:00: 4,812 customers out on feeders 12F3 and 12F7 (Millbrook substation). Get the current picture and book restoration crews for the afternoon; we have 14 line crews and 6 tree crews available.',
    topology: {
      shape: 'network',
      coordinator: 'outage_router',
      workers: ['scada_analyst', 'crew_scheduler'],
    },
    agents: [
      {
        name: 'outage_router',
        description: 'Routes storm restoration work between analysis and dispatch',
        instructions: 'Get the current outage picture, route the crew booking, then report.',
        replies: [
          {
            handoff: 'scada_analyst',
            message: 'Refresh the outage picture for Millbrook (12F3, 12F7 and anything new since 06:00).',
          },
          {
            handoff: 'crew_scheduler',
            message:
              'Book afternoon crews for Millbrook: 4,812 customers out on 12F3 and 12F7. Prioritise 12F3 (hospital tap). 14 line / 6 tree crews available.',
          },
          {
            say: 'Millbrook restoration afternoon plan: 4,812 customers on 12F3/12F7 covered by 8 line + 4 tree crews from 13:00, ETR 19:30. Remaining 6 line / 2 tree crews held in reserve.',
          },
        ],
      },
      {
        name: 'scada_analyst',
        description: 'Reads SCADA and OMS for outage extent',
        instructions: 'Report the current outage extent per feeder.',
        replies: [
          {
            call: 'scada_snapshot',
            args: { substation: 'MILLBROOK', at: '2026-04-16T11:40' },
            result:
              'MILLBROOK snapshot 11:40 (supersedes OMS 06:00 figure 4,812)\nfeeder  breaker  state     cust_out  lockout_time  fault_ind\n12F3    CB-123   LOCKOUT   2,604     04:51         FI-7 (pole 3318)\n12F7    CB-127   LOCKOUT   2,208     05:37         FI-2 (pole 1094)\n12F1    CB-121   LOCKOUT   1,776     08:14         FI-4 (pole 0552)\n12F5    CB-125   RECLOSE-3 1,391     09:02         none\n12F9    CB-129   LOCKOUT   1,327     10:48         FI-1 (pole 2207)\nTOTAL                      9,306\nwind gust 11:30: 41 mph  |  critical: 12F3 Millbrook General tap',
          },
          {
            say: 'As of 11:40: **9,306 customers out on 5 feeders** — 12F3 2,604, 12F7 2,208, 12F1 1,776, 12F5 1,391, 12F9 1,327. Three new lockouts since the 06:00 OMS count (12F1 08:14, 12F5 09:02, 12F9 10:48). 12F3 carries the hospital tap. Gusts still 41 mph.',
          },
        ],
      },
      {
        name: 'crew_scheduler',
        description: 'Books line and vegetation crews against outage jobs',
        instructions: 'Assign crews to the feeders you are given and report the plan.',
        replies: [
          {
            call: 'book_crews',
            args: {
              substation: 'MILLBROOK',
              feeders: ['12F3', '12F7'],
              line_crews: 8,
              tree_crews: 4,
              start: '13:00',
            },
            result:
              '{"bookings": [{"feeder": "12F3", "line": ["L-02", "L-05", "L-09", "L-11"], "tree": ["T-01", "T-04"]}, {"feeder": "12F7", "line": ["L-03", "L-06", "L-12", "L-14"], "tree": ["T-02", "T-06"]}], "etr": "19:30", "reserve": {"line": 6, "tree": 2}}',
          },
          {
            say: 'Crews booked from 13:00: 12F3 L-02/05/09/11 + T-01/T-04; 12F7 L-03/06/12/14 + T-02/T-06. ETR 19:30. Reserve 6 line, 2 tree.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'outage_router', to: 'crew_scheduler' },
      agent: 'outage_router',
    },
  }),
  defineScenario({
    id: 'level-six-deck-pour-booked-ahead-of-shoring-release',
    title:
      'The site engineer hands over with “no L6 pour before Tue 28 Apr, after the 14-day breaks release the L5 back-props”; the pour coordinator books pump and 186 m³ for Thu 23 Apr',
    domain: 'high-rise concrete construction',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Harbour Quay Tower B, level 6 post-tensioned deck (zone 6A+6B, 186 m³ 40 MPa). Formwork and PT ducts inspected Tue 21 Apr. Check the level 5 results and book the pour (pump, concrete, finishers).',
    topology: {
      shape: 'swarm',
      entry: 'qa_inspector',
      agents: ['qa_inspector', 'site_engineer', 'pour_coordinator'],
    },
    agents: [
      {
        name: 'qa_inspector',
        description: 'Site QA: test results and inspections',
        instructions: 'Pull the relevant test results and inspections, then transfer to the site engineer.',
        replies: [
          {
            call: 'lab_results',
            args: { project: 'HQT-B', element: 'L5 deck', tests: ['cylinder'] },
            result:
              '| sample | cast | age (d) | tested | MPa | req. |\n|---|---|---|---|---|---|\n| L5-A-07 | 2026-04-08 | 7 | 2026-04-15 | 26.1 | — |\n| L5-A-08 | 2026-04-08 | 7 | 2026-04-15 | 25.4 | — |\n| L5-B-07 | 2026-04-09 | 7 | 2026-04-16 | 24.8 | — |\n| L5-B-08 | 2026-04-09 | 7 | 2026-04-16 | 23.9 | — |\n| L5-A-14 | 2026-04-08 | 14 | due 2026-04-22 | — | 32.0 for back-prop removal |\n| L5-B-14 | 2026-04-09 | 14 | due 2026-04-23 | — | 32.0 for back-prop removal |',
          },
          {
            handoff: 'site_engineer',
            message:
              'L5 deck 7-day breaks: A 26.1/25.4, B 24.8/23.9 MPa. 14-day sets due 22/04 (zone A) and 23/04 (zone B); the structural engineer needs ≥32 MPa before back-props under L5 can come out. L6 formwork + PT ducts passed inspection 21/04 (ITP-L6-04).',
          },
        ],
      },
      {
        name: 'site_engineer',
        description: 'Site engineer: sequencing and temporary works',
        instructions: 'Decide the constraints for the pour and transfer to the pour coordinator.',
        replies: [
          {
            call: 'temporary_works_register',
            args: { project: 'HQT-B', item: 'L5 back-propping' },
            result:
              'TW-117 L5 back-props (Rev C, Calder Structural): L6 pour load may only be applied once L5 reaches 32 MPa (14-day results) AND the TWC has signed permit-to-load. Turnaround for permit: 2 working days after results. Notes: 14-day results zone B due Thu 23/04 pm.',
          },
          {
            handoff: 'pour_coordinator',
            message:
              'L6 deck pour 6A+6B, 186 m³ 40 MPa PT mix. Formwork/ducts passed 21/04. Constraint: TW-117 — no L6 pour until L5 14-day results (23/04 pm) ≥32 MPa and the TWC permit-to-load (2 working days) → **earliest pour Tue 28 Apr**. Please book pump, concrete and finishers for 28/04, 06:00 start, with a fallback of 29/04.',
          },
        ],
      },
      {
        name: 'pour_coordinator',
        description: 'Books pumps, concrete supply and finishing gangs',
        instructions: 'Book the pour resources and confirm the pour to the site team.',
        replies: [
          {
            call: 'book_pour',
            args: {
              project: 'HQT-B',
              element: 'L6 deck 6A+6B',
              volume_m3: 186,
              mix: 'N40 PT',
              date: '2026-04-23',
              start: '06:00',
            },
            result:
              '{"booking": "POUR-HQTB-0423", "pump": "Putzmeister 47m, unit P-12 (Allied Pumping)", "supplier": "Metro Readymix plant Lakeside, 24 trucks x 7.8 m³, 1st truck 06:00", "finishers": "Kaur Finishing, 9 crew, 05:30", "status": "CONFIRMED"}',
          },
          {
            say: '**L6 deck pour confirmed** — POUR-HQTB-0423, Thu 23 Apr 2026, 06:00.\n- Pump: Putzmeister 47 m, P-12 (Allied)\n- Concrete: N40 PT, 186 m³, 24 trucks × 7.8 m³ from Metro Readymix Lakeside, first truck 06:00\n- Finishers: Kaur Finishing, 9 crew from 05:30\nFormwork and PT ducts passed ITP-L6-04 on 21/04.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'site_engineer', to: 'pour_coordinator' },
      agent: 'pour_coordinator',
    },
  }),
  defineScenario({
    id: 'stamping-line-c-spc-table-stops-after-three-features',
    title:
      'The line C SPC worker’s answer is cut off after 3 of 8 characteristics, dropping the out-of-control flange height its own data shows; the plant quality lead reports line C as fully in control',
    domain: 'automotive stamping quality control',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Weekly SPC review, week 16/2026, press lines A, B and C (door inner LH/RH, part 71421-TX0-A00 / -B00). Customer PPAP requires Cpk ≥ 1.33 on all CC/SC characteristics. Give me the plant summary for the Monday quality meeting.',
    topology: {
      shape: 'fanout',
      planner: 'quality_planner',
      workers: ['spc_line_a', 'spc_line_b', 'spc_line_c'],
      aggregator: 'plant_quality_lead',
    },
    agents: [
      {
        name: 'quality_planner',
        description: 'Plans the weekly SPC review',
        instructions: 'Write one brief per line SPC analyst.',
        replies: [
          {
            plan: {
              spc_line_a:
                'Line A, wk 16 (13–17 Apr), door inner LH 71421-TX0-A00: all 8 CC/SC characteristics — n, mean, Cpk, any Western Electric rule violations.',
              spc_line_b:
                'Line B, wk 16, door inner RH 71421-TX0-B00: all 8 CC/SC characteristics — n, mean, Cpk, rule violations.',
              spc_line_c:
                'Line C, wk 16, door inner LH 71421-TX0-A00 (second source): all 8 CC/SC characteristics — n, mean, Cpk, rule violations.',
            },
          },
        ],
      },
      {
        name: 'spc_line_a',
        description: 'SPC analyst for press line A',
        instructions: 'Report every characteristic of the brief.',
        replies: [
          {
            call: 'spc_summary',
            args: { line: 'A', week: '2026-W16', part: '71421-TX0-A00' },
            result:
              'CHAR  desc                 n    mean     Cpk   rules\nC01   hinge hole pos X     400  0.012    1.81  -\nC02   hinge hole pos Y     400  -0.020   1.66  -\nC03   flange height F1     400  25.031   1.52  -\nC04   flange height F2     400  24.988   1.47  -\nC05   trim edge profile    400  0.08     1.39  -\nC06   latch hole dia       400  8.004    2.10  -\nC07   split/neck (visual)  400  0 def    n/a   -\nC08   surface (visual)     400  1 def    n/a   -',
          },
          {
            say: 'Line A wk 16 (n = 400 each): C01 1.81, C02 1.66, C03 1.52, C04 1.47, C05 1.39, C06 2.10 Cpk; C07 0 splits, C08 1 surface defect. No rule violations. All ≥ 1.33.',
          },
        ],
      },
      {
        name: 'spc_line_b',
        description: 'SPC analyst for press line B',
        instructions: 'Report every characteristic of the brief.',
        replies: [
          {
            call: 'spc_summary',
            args: { line: 'B', week: '2026-W16', part: '71421-TX0-B00' },
            result:
              'CHAR  desc                 n    mean     Cpk   rules\nC01   hinge hole pos X     380  -0.006   1.74  -\nC02   hinge hole pos Y     380  0.015    1.58  -\nC03   flange height F1     380  25.012   1.61  -\nC04   flange height F2     380  25.006   1.55  -\nC05   trim edge profile    380  0.11     1.35  rule 2 (9 pts one side) Tue 14/04 2nd shift, cleared after die clean\nC06   latch hole dia       380  7.998    1.94  -\nC07   split/neck (visual)  380  0 def    n/a   -\nC08   surface (visual)     380  0 def    n/a   -',
          },
          {
            say: 'Line B wk 16 (n = 380): Cpk C01 1.74, C02 1.58, C03 1.61, C04 1.55, C05 1.35, C06 1.94; C07/C08 0 defects. One rule-2 run on C05 Tue 14/04 2nd shift, cleared after die clean. All ≥ 1.33.',
          },
        ],
      },
      {
        name: 'spc_line_c',
        description: 'SPC analyst for press line C',
        instructions: 'Report every characteristic of the brief.',
        replies: [
          {
            call: 'spc_summary',
            args: { line: 'C', week: '2026-W16', part: '71421-TX0-A00' },
            result:
              'CHAR  desc                 n    mean     Cpk   rules\nC01   hinge hole pos X     360  0.018    1.62  -\nC02   hinge hole pos Y     360  -0.011   1.70  -\nC03   flange height F1     360  25.044   1.41  -\nC04   flange height F2     360  25.139   0.87  rule 1 (pt beyond 3σ) x4 Thu 16/04, rule 5 (2 of 3 beyond 2σ) Fri 17/04 — OUT OF CONTROL, containment CT-0416 opened\nC05   trim edge profile    360  0.09     1.44  -\nC06   latch hole dia       360  8.001    1.88  -\nC07   split/neck (visual)  360  2 def    n/a   -\nC08   surface (visual)     360  0 def    n/a   -',
          },
          {
            say: 'Line C wk 16 (n = 360, part 71421-TX0-A00):\n\n| char | desc | mean | Cpk | rules |\n|---|---|---|---|---|\n| C01 | hinge hole pos X | 0.018 | 1.62 | – |\n| C02 | hinge hole pos Y | -0.011 | 1.70 | – |\n| C03 | flange height F1 | 25.044 | 1.41 | – |\n| C0',
            cutOff: true,
          },
        ],
      },
      {
        name: 'plant_quality_lead',
        description: 'Plant quality lead: merges the weekly SPC review',
        instructions: 'Merge the line results into the plant summary for the quality meeting.',
        prompt: 'Line results:\n{input}',
        replies: [
          {
            say: '## SPC review wk 16/2026 — door inner LH/RH\n\n| line | part | n | min Cpk | rule violations | status |\n|---|---|---|---|---|---|\n| A | 71421-TX0-A00 | 400 | 1.39 (C05) | none | ✅ |\n| B | 71421-TX0-B00 | 380 | 1.35 (C05) | rule 2 C05, cleared | ✅ |\n| C | 71421-TX0-A00 | 360 | 1.41 (C03) | none | ✅ |\n\nAll three lines meet the PPAP requirement (Cpk ≥ 1.33). Surface: 1 defect line A. No containment actions open. Action: keep die-clean frequency on line B.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'spc_line_c', to: 'plant_quality_lead' },
      agent: 'spc_line_c',
    },
  }),
  defineScenario({
    id: 'a-check-package-resent-without-overdue-gear-card',
    title:
      'The planning reviewer sends the A-check package back three times because task card 32-410-01 (MLG retraction actuator, due at 4,512 FH) is missing; the package author resubmits the same 41-card package each time',
    domain: 'aviation maintenance planning',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Build the A-check work package for ATR 72-600 EI-GPW, slot Sat 18 Apr 2026 22:00 – Sun 19 Apr 06:00 at Shannon, line station SNN. Aircraft at 4,497 FH / 5,210 FC on 16/04. Include everything due before 4,560 FH or 5,260 FC.',
    topology: {
      shape: 'pipeline',
      order: ['package_author', 'planning_reviewer', 'hangar_supervisor'],
      loop: { from: 'planning_reviewer', to: 'package_author', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'package_author',
        description: 'Builds maintenance work packages from the forecast',
        instructions: 'Build the package from the forecast, or revise it per the reviewer’s notes.',
        prompt: 'Brief / reviewer notes:\n{input}\n\nSlot: {request}',
        replies: [
          {
            say: 'WP-GPW-0418 v1 — EI-GPW A-check, SNN 18/04 22:00–06:00\n\n| block | cards | est. MH |\n|---|---|---|\n| A-check routine (MPD A1–A4) | 28 | 46.5 |\n| CPCP zonal | 4 | 6.0 |\n| deferred defects (DD 26-031, 26-044) | 2 | 3.5 |\n| AD 2025-0219 repeat insp. | 1 | 1.0 |\n| engine oil/borescope #1 PW127M | 3 | 5.5 |\n| lube tasks 12-21-xx | 3 | 2.5 |\n| **total** | **41** | **65.0** |',
          },
          {
            say: 'WP-GPW-0418 v2 — EI-GPW A-check, SNN 18/04 22:00–06:00\n\n| block | cards | est. MH |\n|---|---|---|\n| A-check routine (MPD A1–A4) | 28 | 46.5 |\n| CPCP zonal | 4 | 6.0 |\n| deferred defects (DD 26-031, 26-044) | 2 | 3.5 |\n| AD 2025-0219 repeat insp. | 1 | 1.0 |\n| engine oil/borescope #1 PW127M | 3 | 5.5 |\n| lube tasks 12-21-xx | 3 | 2.5 |\n| **total** | **41** | **65.0** |',
          },
          {
            say: 'WP-GPW-0418 v3 — EI-GPW A-check, SNN 18/04 22:00–06:00\n\n| block | cards | est. MH |\n|---|---|---|\n| A-check routine (MPD A1–A4) | 28 | 46.5 |\n| CPCP zonal | 4 | 6.0 |\n| deferred defects (DD 26-031, 26-044) | 2 | 3.5 |\n| AD 2025-0219 repeat insp. | 1 | 1.0 |\n| engine oil/borescope #1 PW127M | 3 | 5.5 |\n| lube tasks 12-21-xx | 3 | 2.5 |\n| **total** | **41** | **65.0** |',
          },
        ],
      },
      {
        name: 'planning_reviewer',
        description: 'Checks work packages against the maintenance forecast',
        instructions: 'Answer "RELEASED: <summary>" or "REVISE: <what is missing>".',
        prompt: 'Package for review:\n{input}',
        replies: [
          {
            say: 'REVISE: forecast for EI-GPW shows TC 32-410-01 (MLG retraction actuator attachment inspection, interval 1,500 FH, last done 3,012 FH → due 4,512 FH) inside the 4,560 FH horizon. It is not in v1. Add it (est. 4.0 MH, needs jacking) and re-total.',
          },
          {
            say: 'REVISE: v2 is identical to v1 — still 41 cards / 65.0 MH, no 32-410-01. The aircraft reaches 4,512 FH around 21/04; without the card it goes overdue. Add it with the jacking (TC 07-11-00) and re-total to 43 cards / 71.5 MH.',
          },
          {
            say: 'REVISE: v3 unchanged again (41 / 65.0, no 32-410-01, no jacking card). Cannot release the package to SNN.',
          },
        ],
      },
      {
        name: 'hangar_supervisor',
        description: 'Receives released packages for the night shift',
        instructions: 'Plan the shift from a released package; report anything not released.',
        prompt: 'Planning outcome:\n{input}',
        replies: [
          {
            say: 'SNN night shift 18/04: WP-GPW-0418 not released by planning (TC 32-410-01 missing after three reviews). EI-GPW A-check cannot start as planned; escalating to MCC for a decision before 20:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'package_author', to: 'planning_reviewer' },
      agent: 'package_author',
    },
  }),
  defineScenario({
    id: 'machined-housing-ncr-judged-on-revision-b-bore-limit',
    title:
      'The NCR triage reports drawing 30-7781 rev C tightened the bore to Ø42.000 +0.025/0; the MRB engineer accepts 11 housings at Ø42.031 against the rev B +0.040 limit',
    domain: 'precision machining nonconformance',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'NCR-26-0917: supplier Torvik Precision lot TP-88412, 60 pump housings P/N 30-7781. Incoming inspection found 11 bores at Ø42.029–42.033 mm. Our PO references drawing rev B (bore Ø42.000 +0.040/0). Triage and disposition, then notify the supplier.',
    topology: {
      shape: 'branch',
      classifier: 'ncr_triage',
      routes: { 'scrap-return': 'returns_clerk', 'mrb-review': 'mrb_engineer' },
      after: 'supplier_notice_writer',
    },
    agents: [
      {
        name: 'ncr_triage',
        description: 'Triages incoming-inspection nonconformances',
        instructions: 'Check the drawing and the findings, and label the NCR "scrap-return" or "mrb-review".',
        replies: [
          {
            call: 'plm_drawing',
            args: { part: '30-7781', feature: 'bore A' },
            result:
              '{"part": "30-7781", "current_rev": "C", "released": "2026-03-30", "ecn": "ECN-26-0144", "bore_A": {"rev_B": "Ø42.000 +0.040/-0.000", "rev_C": "Ø42.000 +0.025/-0.000"}, "reason": "bearing fit changed to H6 after field returns FR-1203", "effectivity": "all lots received after 2026-04-01 regardless of PO rev"}',
          },
          {
            call: 'inspection_results',
            args: { ncr: 'NCR-26-0917', feature: 'bore A' },
            result:
              'lot TP-88412 received 2026-04-14, 60 pcs, CMM Zeiss Contura #2\nsn    boreA_mm\n0412  42.031   0417  42.029   0421  42.033   0426  42.030\n0433  42.032   0438  42.031   0440  42.029   0447  42.033\n0451  42.030   0455  42.031   0459  42.032\nother 49 pcs: 42.004–42.022\nrev B limit 42.040 | rev C limit 42.025',
          },
          {
            say: 'NCR-26-0917 → **mrb-review**. Drawing 30-7781 is at **rev C** (ECN-26-0144, effective for all lots received after 01/04): bore A is now **Ø42.000 +0.025/0** (H6 bearing fit). The PO still quotes rev B (+0.040). 11 of 60 pcs measure 42.029–42.033, i.e. over the rev C limit by 0.004–0.008 mm; 49 pcs conform (42.004–42.022).',
          },
        ],
      },
      {
        name: 'returns_clerk',
        description: 'Handles scrap and return-to-vendor',
        instructions: 'Raise the RTV for the rejected parts.',
        prompt: 'Triage:\n{input}',
        replies: [{ say: 'RTV raised for the nonconforming parts of the lot.' }],
      },
      {
        name: 'mrb_engineer',
        description: 'Material review board engineer',
        instructions: 'Disposition the nonconforming parts against the applicable drawing.',
        prompt: 'Triage:\n{input}\n\nNCR: {request}',
        replies: [
          {
            call: 'record_disposition',
            args: {
              ncr: 'NCR-26-0917',
              serials: [
                '0412',
                '0417',
                '0421',
                '0426',
                '0433',
                '0438',
                '0440',
                '0447',
                '0451',
                '0455',
                '0459',
              ],
              disposition: 'USE-AS-IS',
              basis: 'within Ø42.000 +0.040/0',
            },
            result:
              'NCR-26-0917 disposition USE-AS-IS recorded, 11 pcs released to stock location WH2-B-14, MRB ref MRB-26-0388.',
          },
          {
            say: 'MRB-26-0388: 11 housings (Ø42.029–42.033) are inside Ø42.000 +0.040/0 → **use as is**, released to WH2-B-14 with the other 49. No supplier corrective action needed.',
          },
        ],
      },
      {
        name: 'supplier_notice_writer',
        description: 'Writes NCR outcome notices to suppliers',
        instructions: 'Notify the supplier of the outcome.',
        prompt: 'Disposition:\n{input}',
        replies: [
          {
            say: 'To: Torvik Precision quality\nRe: NCR-26-0917, lot TP-88412 (60 × 30-7781)\n\nThe 11 housings with bore A at 42.029–42.033 mm were reviewed by our MRB (MRB-26-0388) and accepted as is; the whole lot is released. No 8D is required.\n\nRegards, Supplier Quality',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'ncr_triage', to: 'mrb_engineer' },
      agent: 'mrb_engineer',
    },
  }),
  defineScenario({
    id: 'crossdock-manifest-built-from-queue-stub',
    title:
      'The outbound lead’s brief (reroute 7 Memphis pallets via Nashville, hold 2 hazmat class 8 pallets for segregation) is replaced by a generic queue stub; the manifest builder loads everything on the default Memphis trailer',
    domain: 'LTL cross-dock operations',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Louisville cross-dock, night of Wed 15 Apr 2026: inbound trailers 5, outbound doors 31–38. I-65 closure south of Elizabethtown tonight. Get inbound sorted and the outbound manifests built before the 23:30 departures.',
    topology: {
      shape: 'nested',
      top: 'terminal_manager',
      teams: { inbound_lead: ['dock_scheduler'], outbound_lead: ['manifest_builder'] },
    },
    program: {
      lose: {
        to: 'manifest_builder',
        prompt: 'Outbound queue LOU-OB: build tonight’s manifests per standard lane assignment.',
      },
    },
    agents: [
      {
        name: 'terminal_manager',
        description: 'Night terminal manager',
        instructions: 'Have inbound and outbound teams work the night and report the departures.',
        replies: [
          {
            handoff: 'inbound_lead',
            message: 'Inbound tonight: 5 trailers. Door plan and strip order please.',
          },
          {
            handoff: 'outbound_lead',
            message:
              'Outbound: build manifests for 23:30. I-65 closed south of E-town — reroute as needed, and watch hazmat segregation.',
          },
          {
            say: 'Louisville night 15/04: 5 inbound stripped (doors 4–8), outbound manifests built for 23:30 — LOU-MEM trailer 53-7710 with 26 pallets, LOU-ATL 53-7702 with 24, LOU-NSH 53-7715 with 18. All trailers sealed.',
          },
        ],
      },
      {
        name: 'inbound_lead',
        description: 'Inbound dock lead',
        instructions: 'Plan the inbound doors with the dock scheduler and report.',
        replies: [
          {
            handoff: 'dock_scheduler',
            message: 'Assign doors and strip order for tonight’s 5 inbound trailers, hazmat first.',
          },
          {
            say: 'Inbound done: 5 trailers on doors 4–8, 68 pallets stripped; 2 hazmat class 8 pallets (UN1760) from 53-6631 staged in the hazmat cage H2 for outbound.',
          },
        ],
      },
      {
        name: 'dock_scheduler',
        description: 'Assigns dock doors and strip sequence',
        instructions: 'Assign doors and sequence and report pallet counts.',
        replies: [
          {
            call: 'assign_doors',
            args: { terminal: 'LOU', date: '2026-04-15', trailers: 5 },
            result:
              'door  trailer   origin  arr    pallets  hazmat\n04    53-6631   CIN     21:05  14       2 x UN1760 cl.8 (to MEM)\n05    53-6640   IND     21:20  16       -\n06    53-6652   STL     21:40  12       -\n07    53-6658   CMH     21:55  13       -\n08    53-6661   LEX     22:10  13       -\ntotal                           68',
          },
          {
            say: 'Doors 04–08 assigned, 68 pallets; strip 53-6631 first (2 × UN1760 class 8 bound for MEM → hazmat cage H2).',
          },
        ],
      },
      {
        name: 'outbound_lead',
        description: 'Outbound dock lead',
        instructions: 'Brief the manifest builder with routing and hazmat constraints and report.',
        replies: [
          {
            call: 'lane_status',
            args: { terminal: 'LOU', date: '2026-04-15' },
            result:
              '{"LOU-MEM": {"route": "I-65 S / I-40 W", "status": "BLOCKED I-65 mm 91-86 closure 22:00-06:00", "alt": "via Nashville hub, +2h10"}, "LOU-ATL": {"route": "I-64/I-75", "status": "OPEN"}, "LOU-NSH": {"route": "I-65 S", "status": "OPEN via US-31W detour +25 min"}, "hazmat_rule": "cl.8 may not share trailer with food-grade pallets on LOU-NSH"}',
          },
          {
            handoff: 'manifest_builder',
            message:
              'Manifests for 23:30: (1) LOU-MEM is blocked on I-65 — move the 7 MEM pallets onto LOU-NSH 53-7715 for Nashville hub transfer, do not dispatch 53-7710. (2) The 2 × UN1760 class 8 pallets must NOT ride with the food-grade pallets on 53-7715: hold them in cage H2 for the 06:00 MEM run. (3) LOU-ATL 53-7702 unchanged, 24 pallets.',
          },
          {
            say: 'Outbound manifests built: ATL 53-7702 24 pallets, NSH 53-7715, MEM lane handled. 23:30 departures on time.',
          },
        ],
      },
      {
        name: 'manifest_builder',
        description: 'Builds outbound trailer manifests',
        instructions: 'Build the trailer manifests for the departures as briefed.',
        replies: [
          {
            call: 'build_manifests',
            args: { terminal: 'LOU', departure: '23:30', lanes: ['LOU-MEM', 'LOU-ATL', 'LOU-NSH'] },
            result:
              '{"LOU-MEM": {"trailer": "53-7710", "pallets": 26, "hazmat": "2 x UN1760 cl.8", "bol": "BOL-LOU-0415-31"}, "LOU-ATL": {"trailer": "53-7702", "pallets": 24, "bol": "BOL-LOU-0415-33"}, "LOU-NSH": {"trailer": "53-7715", "pallets": 18, "bol": "BOL-LOU-0415-36"}, "sealed": true}',
          },
          {
            say: 'Manifests 23:30: LOU-MEM 53-7710 26 pallets incl. 2 × UN1760 (BOL-…-31), LOU-ATL 53-7702 24 (BOL-…-33), LOU-NSH 53-7715 18 (BOL-…-36). All sealed.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'outbound_lead', to: 'manifest_builder' },
      agent: 'manifest_builder',
    },
  }),
  defineScenario({
    id: 'overland-conveyor-splice-check-announced-never-sent',
    title:
      'The maintenance planner writes that it has asked the belt inspector to check splice 7 on CV-03 before restart, but never delegates; it reports the conveyor fit to run',
    domain: 'underground mining conveyor maintenance',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'CV-03 overland conveyor (Brennan Ridge mine) tripped on belt-rip detection at 02:14 Fri 17 Apr 2026 near chainage 1+840. Find the cause and tell me if CV-03 can restart for day shift at 06:00; it carries 2,400 t/h to the stockpile.',
    topology: {
      shape: 'supervisor',
      coordinator: 'conveyor_planner',
      workers: ['condition_analyst', 'belt_inspector'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'conveyor_planner',
        description: 'Plans conveyor maintenance and restarts',
        instructions: 'Use the condition analyst and the belt inspector, then decide on the restart.',
        replies: [
          {
            handoff: 'condition_analyst',
            message:
              'CV-03 rip trip 02:14 at ch 1+840: pull the trip log, vibration and the belt scan around the trip.',
          },
          {
            say: 'CV-03 restart decision for 06:00: the rip detector loop at ch 1+840 shows a sensor fault signature, idlers and drives are normal. I have asked the belt inspector to walk splice 7 (ch 1+832, scan flagged 6 mm cover lift) before start-up. **CV-03 cleared to restart 06:00 at 2,400 t/h.**',
          },
        ],
      },
      {
        name: 'condition_analyst',
        description: 'Analyses conveyor condition monitoring data',
        instructions: 'Report the trip cause and condition findings.',
        replies: [
          {
            call: 'trip_log',
            args: { conveyor: 'CV-03', from: '2026-04-17T01:30', to: '2026-04-17T02:30' },
            result:
              'time      event                      value\n01:58:22  belt speed                 4.52 m/s\n02:09:40  drive 1 current            412 A (nom 405)\n02:13:51  rip loop RL-18 (ch 1+840)  impedance 18.2 Ω → 41.7 Ω\n02:14:03  TRIP rip detection RL-18   \n02:14:05  belt stopped               load 2,376 t/h at trip',
          },
          {
            call: 'belt_scan',
            args: { conveyor: 'CV-03', chainage_from: '1+800', chainage_to: '1+880' },
            result:
              '{"scan": "BeltScan XR 2026-04-16T22:00", "splices": [{"id": 6, "ch": "1+806", "status": "OK"}, {"id": 7, "ch": "1+832", "status": "ANOMALY", "cover_lift_mm": 6, "cord_displacement": "suspected 3 cords", "action": "physical inspection before restart"}], "idlers_hot": 0, "drive_vib_mm_s": {"D1": 2.1, "D2": 2.3}}',
          },
          {
            say: 'Trip cause: rip loop RL-18 at ch 1+840 impedance jumped 18.2 → 41.7 Ω at 02:13:51 — consistent with a loop/sensor fault rather than a rip (no speed drop before trip). But the 22:00 scan flags **splice 7 at ch 1+832: 6 mm cover lift, 3 cords suspected displaced — physical inspection required before restart.** Drives normal (2.1/2.3 mm/s), no hot idlers.',
          },
        ],
      },
      {
        name: 'belt_inspector',
        description: 'Field inspector for conveyor belts and splices',
        instructions: 'Inspect the belt or splice you are sent to and report the result.',
        replies: [
          {
            call: 'log_inspection',
            args: { conveyor: 'CV-03', splice: 7 },
            result: 'Inspection IN-CV03-0417 logged.',
          },
          { say: 'Splice 7 inspected.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'conveyor_planner', to: 'belt_inspector' },
      agent: 'conveyor_planner',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'linehaul-fuel-surcharge-rebilled-on-revised-diesel-index',
    title:
      'The freight auditor sees the EIA diesel index revised from $3.912 to $3.874 for the week; the rate checker and the billing writer both use the revised figure through 212 shipments',
    domain: 'freight audit and billing',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a superseded index value appears in the request and the tool output, and every downstream stage uses the revised one',
    request:
      'Fuel surcharge true-up for Brightwater Distribution, billing week 13–19 Apr 2026 (212 linehaul shipments, 148,630 loaded miles). Contract FSC table: base $1.25/gal, $0.01/mi per $0.06 over base. Our invoices went out at the preliminary EIA index of $3.912. Recompute and issue the credit or debit memo.',
    topology: {
      shape: 'pipeline',
      order: ['freight_auditor', 'rate_checker', 'billing_writer', 'account_notifier'],
    },
    agents: [
      {
        name: 'freight_auditor',
        description: 'Audits billed accessorials against contracts and indexes',
        instructions: 'Pull the billed shipments and the applicable index, and report the basis.',
        replies: [
          {
            call: 'billed_shipments',
            args: { customer: 'BRIGHTWATER', week: '2026-04-13/2026-04-19' },
            result:
              '{"shipments": 212, "loaded_miles": 148630, "fsc_billed_per_mile": 0.44, "fsc_billed_total_usd": 65397.20, "lanes": {"ATL-CLT": 61, "ATL-JAX": 48, "ATL-BHM": 57, "ATL-CHA": 46}, "invoice_range": "INV-BW-260413-001..212"}',
          },
          {
            call: 'eia_diesel_index',
            args: { week_of: '2026-04-13', region: 'US avg on-highway' },
            result:
              'EIA on-highway diesel, week of 2026-04-13\nrelease   2026-04-13 17:00 ET  $3.912/gal  status PRELIMINARY (superseded)\nrevision  2026-04-15 10:30 ET  $3.874/gal  status FINAL (data correction, Gulf Coast sample)\nprior wk  2026-04-06           $3.897/gal  FINAL',
          },
          {
            say: 'Brightwater wk 13–19/04: 212 shipments, 148,630 loaded mi, FSC billed $0.44/mi = **$65,397.20** at the preliminary $3.912. EIA revised the week to **$3.874/gal FINAL** on 15/04 (the $3.912 is superseded). Lanes ATL-CLT 61, ATL-JAX 48, ATL-BHM 57, ATL-CHA 46.',
          },
        ],
      },
      {
        name: 'rate_checker',
        description: 'Applies contract surcharge tables',
        instructions: 'Compute the contract surcharge from the index given and the variance vs billed.',
        prompt: 'Audit basis:\n{input}\n\nContract: {request}',
        replies: [
          {
            call: 'fsc_table',
            args: {
              contract: 'BRIGHTWATER-2025',
              index_usd_gal: 3.874,
              base_usd_gal: 1.25,
              step_usd: 0.06,
              cents_per_step: 1,
            },
            result:
              '{"index": 3.874, "over_base": 2.624, "steps": 43, "fsc_per_mile": 0.43, "rounding": "steps floored per table"}',
          },
          {
            say: 'Contract FSC at $3.874: over base $2.624 → 43 steps → **$0.43/mi**. Correct FSC 148,630 mi × $0.43 = **$63,910.90**. Billed $65,397.20 at $0.44/mi (44 steps from the superseded $3.912). Over-billed 148,630 × $0.01 = **$1,486.30** → credit memo due.',
          },
        ],
      },
      {
        name: 'billing_writer',
        description: 'Issues credit and debit memos',
        instructions: 'Issue the memo for the variance.',
        prompt: 'Rate check:\n{input}',
        replies: [
          {
            call: 'issue_memo',
            args: {
              customer: 'BRIGHTWATER',
              type: 'CREDIT',
              amount_usd: 1486.3,
              reference: 'FSC true-up wk 2026-04-13, EIA final 3.874',
            },
            result:
              'Credit memo CM-BW-260420-07 issued, USD 1,486.30, applied to open invoice INV-BW-260420-003.',
          },
          {
            say: 'Credit memo **CM-BW-260420-07** for **$1,486.30** issued (FSC true-up, EIA final $3.874/gal, $0.43/mi vs $0.44 billed on 148,630 mi), applied to INV-BW-260420-003.',
          },
        ],
      },
      {
        name: 'account_notifier',
        description: 'Writes billing notices to customer accounts payable',
        instructions: 'Notify the customer of the memo.',
        prompt: 'Memo:\n{input}',
        replies: [
          {
            say: 'Hello Brightwater AP,\n\nThe EIA revised the diesel index for the week of 13 April 2026 from $3.912 (preliminary) to **$3.874/gal**. Under your contract table the fuel surcharge for that week is $0.43 per loaded mile instead of the $0.44 invoiced, across 212 shipments and 148,630 miles.\n\nWe have issued **credit memo CM-BW-260420-07 for $1,486.30**, applied against invoice INV-BW-260420-003.\n\nBest regards, Freight Billing',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'a320-brake-change-parts-lookup-timeout-retried',
    title:
      'The stores agent’s first parts reservation times out; it retries, gets the brake assembly reserved, and reports the retry; the long brake-change run closes with every serial and torque value consistent',
    domain: 'airline line maintenance',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: a tool call fails mid-run, the agent retries and the success it reports is real',
    request:
      'A320 EI-DVH, tech log entry TL-77124 (15 Apr 2026, 22:48 UTC): #3 brake wear pin flush after landing at DUB. Replace #3 brake per AMM 32-42-27-000-801/400-801 tonight, stand 207; aircraft due out 06:15 on EI-612 DUB–AMS.',
    topology: {
      shape: 'supervisor',
      coordinator: 'line_mcc',
      workers: ['stores_agent', 'brake_technician', 'release_certifier'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'line_mcc',
        description: 'Line maintenance control centre',
        instructions: 'Get the part, have the brake changed, get the release, and report.',
        replies: [
          {
            handoff: 'stores_agent',
            message:
              'Reserve one serviceable #3 brake assembly for A320 EI-DVH (P/N C20225100-5 or approved alternate) to stand 207 by 00:30.',
          },
          {
            handoff: 'brake_technician',
            message:
              'Replace #3 brake on EI-DVH per AMM 32-42-27-000-801 / 400-801, stand 207. Part reserved: P/N C20225100-5 S/N SB-40917 (stores ref RSV-0416-0022). Record removed S/N, torques and the brake temperature before removal.',
          },
          {
            handoff: 'release_certifier',
            message:
              'EI-DVH TL-77124: #3 brake replaced (off S/N SB-38811, on S/N SB-40917), axle nut torque 250 Nm then 40 Nm + locking, brake temp 96 °C before removal, leak check and wear-pin check OK. Please certify release for EI-612 06:15.',
          },
          {
            say: 'EI-DVH ready for EI-612 06:15 DUB–AMS.\n\n| item | value |\n|---|---|\n| defect | TL-77124 #3 brake wear pin flush |\n| removed | SB-38811 (1,942 landings) |\n| installed | SB-40917 (new, RSV-0416-0022) |\n| torque | 250 Nm seat, back-off, 40 Nm final + lock |\n| checks | brake temp 96 °C pre-removal, leak check OK, wear pin 28 mm |\n| CRS | CRS-DVH-260416-01, J. Farrell (IE.145.1108, valid to 2027-02-28), 02:41 UTC |\n\nNote: stores’ first reservation attempt timed out and was retried successfully at 23:36.',
          },
        ],
      },
      {
        name: 'stores_agent',
        description: 'Line stores: reserves and issues rotable parts',
        instructions: 'Reserve the part; report exactly what was reserved and any problem.',
        replies: [
          {
            call: 'reserve_part',
            args: { pn: 'C20225100-5', qty: 1, location: 'DUB-LS1', deliver_to: 'stand 207' },
            result: {
              error: 'SAP-MM gateway timeout after 30000 ms (request id 9f31-22c0); no reservation created',
            },
          },
          {
            call: 'reserve_part',
            args: { pn: 'C20225100-5', qty: 1, location: 'DUB-LS1', deliver_to: 'stand 207' },
            result:
              '{"reservation": "RSV-0416-0022", "pn": "C20225100-5", "sn": "SB-40917", "condition": "NEW", "form1": "EASA F1 UK-OEM-44871", "bin": "LS1-R04-B2", "stock_after": 2, "delivery_eta": "00:10", "time": "2026-04-15T23:36Z"}',
          },
          {
            say: 'First reservation attempt failed (SAP-MM gateway timeout, req 9f31-22c0, nothing created); retried at 23:36 and it went through: **RSV-0416-0022, P/N C20225100-5, S/N SB-40917**, new, Form 1 UK-OEM-44871, from LS1-R04-B2, at stand 207 by 00:10. 2 left in stock.',
          },
        ],
      },
      {
        name: 'brake_technician',
        description: 'B1 technician performing wheel and brake changes',
        instructions: 'Do the task per AMM and record every value.',
        replies: [
          {
            call: 'record_task_steps',
            args: { wo: 'WO-26-120551', amm: '32-42-27-000-801', registration: 'EI-DVH', position: 3 },
            result:
              'step  description                        value            time\n1     brake temp before removal          96 °C (<150)     00:22\n2     wheel #3 removed                   S/N W-77310      00:41\n3     brake removed                      S/N SB-38811     00:58\n4     removed brake landings             1,942            -\n5     brake installed                    S/N SB-40917     01:34\n6     axle nut torque seat               250 Nm           01:52\n7     back-off / final torque + lock     40 Nm, bolt lock 01:55\n8     hydraulic leak check (3000 psi)    no leaks         02:08\n9     wear pin length new brake          28 mm            02:10\n10    wheel refitted, tyre 200 psi cold  S/N W-77310      02:19',
          },
          {
            say: 'WO-26-120551 #3 brake done 02:19: brake temp 96 °C; off SB-38811 (1,942 landings), on SB-40917; axle nut 250 Nm seat, back-off, 40 Nm + lock; leak check 3000 psi no leaks; wear pin 28 mm; wheel W-77310 refitted at 200 psi.',
          },
        ],
      },
      {
        name: 'release_certifier',
        description: 'Certifying engineer issuing releases to service',
        instructions: 'Verify the records and issue the CRS if complete.',
        replies: [
          {
            call: 'issue_crs',
            args: {
              registration: 'EI-DVH',
              tech_log: 'TL-77124',
              wo: 'WO-26-120551',
              certifier: 'J. Farrell',
            },
            result:
              '{"crs": "CRS-DVH-260416-01", "certifier": "J. Farrell", "authorisation": "IE.145.1108", "valid_to": "2027-02-28", "time": "2026-04-16T02:41Z", "tech_log_status": "TL-77124 CLOSED"}',
          },
          {
            say: 'Records checked against WO-26-120551 and RSV-0416-0022 (S/N SB-40917 matches Form 1). **CRS-DVH-260416-01** issued 02:41Z by J. Farrell (IE.145.1108, valid to 28/02/2027). TL-77124 closed.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'water-district-meter-reads-rolled-up-in-megalitres',
    title:
      'Three district meter-read workers report cubic metres, dates in local formats and per-zone counters; the aggregator converts to megalitres, rounds to 0.01 ML and keeps every zone, read count and exception right',
    domain: 'water utility meter reading and non-revenue water',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: long readings reformatted between agents (m³ → ML, date formats, rounding), none lost or altered',
    request:
      'Monthly non-revenue water report, March 2026, districts North, Riverside and Eastgate. Bulk supply meters vs billed consumption per district, reads completed, estimated reads and meter exceptions. Report in megalitres (2 decimals) for the board pack.',
    topology: {
      shape: 'fanout',
      planner: 'nrw_planner',
      workers: ['north_reader', 'riverside_reader', 'eastgate_reader'],
      aggregator: 'nrw_analyst',
    },
    agents: [
      {
        name: 'nrw_planner',
        description: 'Plans the monthly non-revenue water roll-up',
        instructions: 'One brief per district reader.',
        replies: [
          {
            plan: {
              north_reader:
                'North district, March 2026 (01/03–31/03): bulk meter BM-N1 and BM-N2 volumes, billed consumption, reads completed/estimated, meter exceptions. Units as the system gives them.',
              riverside_reader:
                'Riverside district, March 2026: bulk meter BM-R1 volume, billed consumption, reads completed/estimated, exceptions.',
              eastgate_reader:
                'Eastgate district, March 2026: bulk meters BM-E1, BM-E2, BM-E3, billed consumption, reads completed/estimated, exceptions.',
            },
          },
        ],
      },
      {
        name: 'north_reader',
        description: 'Meter data analyst, North district',
        instructions: 'Report the district figures completely.',
        replies: [
          {
            call: 'district_volumes',
            args: { district: 'NORTH', period: '2026-03' },
            result:
              '{"bulk": {"BM-N1": 412338.6, "BM-N2": 198204.1}, "bulk_total_m3": 610542.7, "billed_m3": 503117.9, "accounts": 18422, "reads_actual": 17906, "reads_estimated": 516, "exceptions": [{"meter": "WM-N-04471", "type": "reverse flow", "date": "2026-03-12"}, {"meter": "WM-N-11208", "type": "stopped", "date": "2026-03-27"}]}',
          },
          {
            say: 'North, Mar 2026: bulk BM-N1 412,338.6 m³ + BM-N2 198,204.1 m³ = **610,542.7 m³**; billed **503,117.9 m³**. 18,422 accounts: 17,906 actual reads, 516 estimated. Exceptions: WM-N-04471 reverse flow (12/03), WM-N-11208 stopped (27/03).',
          },
        ],
      },
      {
        name: 'riverside_reader',
        description: 'Meter data analyst, Riverside district',
        instructions: 'Report the district figures completely.',
        replies: [
          {
            call: 'district_volumes',
            args: { district: 'RIVERSIDE', period: '2026-03' },
            result:
              '{"bulk": {"BM-R1": 287915.0}, "bulk_total_m3": 287915.0, "billed_m3": 251406.3, "accounts": 9877, "reads_actual": 9741, "reads_estimated": 136, "exceptions": [{"meter": "WM-R-02290", "type": "tamper seal broken", "date": "2026-03-03"}]}',
          },
          {
            say: 'Riverside, March 2026: bulk BM-R1 **287,915.0 m³**, billed **251,406.3 m³**. 9,877 accounts, 9,741 actual / 136 estimated reads. Exception: WM-R-02290 tamper seal broken, 2026-03-03.',
          },
        ],
      },
      {
        name: 'eastgate_reader',
        description: 'Meter data analyst, Eastgate district',
        instructions: 'Report the district figures completely.',
        replies: [
          {
            call: 'district_volumes',
            args: { district: 'EASTGATE', period: '2026-03' },
            result:
              '{"bulk": {"BM-E1": 301774.2, "BM-E2": 144610.8, "BM-E3": 96215.5}, "bulk_total_m3": 542600.5, "billed_m3": 409883.6, "accounts": 15318, "reads_actual": 14602, "reads_estimated": 716, "exceptions": [{"meter": "BM-E3", "type": "logger gap 2026-03-18 02:00 to 2026-03-19 09:00, infilled from profile", "date": "2026-03-18"}, {"meter": "WM-E-07731", "type": "stopped", "date": "2026-03-09"}, {"meter": "WM-E-09954", "type": "stopped", "date": "2026-03-22"}]}',
          },
          {
            say: 'Eastgate, 3/2026: bulk BM-E1 301,774.2 + BM-E2 144,610.8 + BM-E3 96,215.5 = **542,600.5 m³**; billed **409,883.6 m³**. 15,318 accounts, 14,602 actual / 716 estimated. Exceptions: BM-E3 logger gap 18/03 02:00–19/03 09:00 (31 h, infilled from profile); WM-E-07731 stopped 9 Mar; WM-E-09954 stopped 22 Mar.',
          },
        ],
      },
      {
        name: 'nrw_analyst',
        description: 'Non-revenue water analyst: board pack roll-up',
        instructions: 'Merge the districts into the board table in megalitres, 2 decimals, with exceptions.',
        prompt: 'District reports:\n{input}',
        replies: [
          {
            say: '## Non-revenue water — March 2026\n\n| district | supplied (ML) | billed (ML) | NRW (ML) | NRW % | reads actual / est. |\n|---|---|---|---|---|---|\n| North | 610.54 | 503.12 | 107.42 | 17.6 % | 17,906 / 516 |\n| Riverside | 287.92 | 251.41 | 36.51 | 12.7 % | 9,741 / 136 |\n| Eastgate | 542.60 | 409.88 | 132.72 | 24.5 % | 14,602 / 716 |\n| **Total** | **1,441.06** | **1,164.41** | **276.65** | **19.2 %** | **42,249 / 1,368** |\n\n**Meter exceptions (6):** North WM-N-04471 reverse flow 12/03, WM-N-11208 stopped 27/03; Riverside WM-R-02290 tamper seal broken 03/03; Eastgate BM-E3 bulk logger gap 18/03 02:00–19/03 09:00 (infilled — Eastgate supplied volume carries that estimate), WM-E-07731 stopped 09/03, WM-E-09954 stopped 22/03.\n\n1 ML = 1,000 m³; figures rounded to 0.01 ML, NRW computed from unrounded m³.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'haul-fleet-payload-cap-carried-over-in-tonnes',
    title:
      'The mine dispatch router passes a payload cap of 227 t (the OEM 250 short tons) after the strut-pressure alarms; the dispatch planner keeps it in metric tonnes and sizes the shift on it',
    domain: 'open-pit mining haulage dispatch',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task: a constraint restated in other units and words between agents, and kept',
    request:
      'Night shift Sat 18 Apr 2026, Kalgara pit: 11 CAT 793F trucks on the 1180 → ROM crusher circuit. After last night’s strut-pressure alarms, engineering capped payload at 250 short tons per truck until struts are recharged. Plan the shift to hit 38,000 t to the crusher if possible.',
    topology: {
      shape: 'network',
      coordinator: 'dispatch_router',
      workers: ['fleet_health_analyst', 'dispatch_planner'],
    },
    agents: [
      {
        name: 'dispatch_router',
        description: 'Routes haulage planning work for the shift',
        instructions: 'Get fleet health, route the shift plan with its limits, then report.',
        replies: [
          {
            handoff: 'fleet_health_analyst',
            message:
              'Fleet status for night shift 18/04: 793F availability, strut pressures, any trucks to hold.',
          },
          {
            handoff: 'dispatch_planner',
            message:
              'Plan night shift 18/04, 1180 → ROM crusher. Fleet available: 10 × 793F (HT-07 parked). Payload cap **227 t per load** (engineering’s 250 short tons, until struts recharged) — set the payload monitor target accordingly. Target 38,000 t to crusher; tell me if the cap makes it unreachable.',
          },
          {
            say: 'Night shift 18/04 plan: 10 × 793F at 227 t cap, 167 loads planned, **37,909 t** to ROM (target 38,000 t, −91 t, accepted). HT-07 parked for strut recharge. Payload monitor target set to 227 t on all trucks.',
          },
        ],
      },
      {
        name: 'fleet_health_analyst',
        description: 'Haul fleet condition monitoring',
        instructions: 'Report availability and any health limits.',
        replies: [
          {
            call: 'fleet_health',
            args: { fleet: '793F', shift: '2026-04-18N' },
            result:
              'truck  hrs     avail  strut_FL  strut_FR  strut_RL  strut_RR  note\nHT-01  41,208  Y      OK        OK        OK        OK\nHT-02  39,877  Y      OK        LOW       OK        OK        recharge wk 17\nHT-03  44,510  Y      OK        OK        OK        OK\nHT-04  38,112  Y      OK        OK        LOW       OK\nHT-05  42,960  Y      OK        OK        OK        OK\nHT-06  40,331  Y      OK        OK        OK        OK\nHT-07  45,802  N      FAIL      OK        OK        OK        parked, recharge 19/04\nHT-08  37,640  Y      OK        OK        OK        OK\nHT-09  36,905  Y      OK        OK        OK        LOW\nHT-10  43,377  Y      OK        OK        OK        OK\nHT-11  39,014  Y      OK        OK        OK        OK\ncap: 250 short tons (226.8 t) per load until all LOW struts recharged',
          },
          {
            say: '10 of 11 available; HT-07 parked (FL strut fail, recharge 19/04). LOW struts on HT-02, HT-04, HT-09. Engineering cap stands: 250 short tons = 226.8 t per load for the fleet.',
          },
        ],
      },
      {
        name: 'dispatch_planner',
        description: 'Plans truck assignments and production for the shift',
        instructions: 'Plan loads within the limits given and report the production.',
        replies: [
          {
            call: 'plan_shift',
            args: {
              shift: '2026-04-18N',
              trucks: 10,
              route: '1180-ROM',
              payload_cap_t: 227,
              target_t: 38000,
            },
            result:
              '{"cycle_min": 31.4, "effective_hours": 10.5, "loads_per_truck": [17, 17, 17, 17, 17, 17, 17, 16, 16, 16], "loads": 167, "planned_t": 37909, "payload_target_t": 227, "crusher_feed_tph": 3610}',
          },
          {
            say: 'Night 18/04 on 1180 → ROM: 10 trucks, 31.4 min cycle, 10.5 effective h → 167 loads × 227 t = **37,909 t** (91 t short of 38,000). Payload target 227 t on every truck, crusher feed ~3,610 t/h.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'pressure-vessel-weld-traveler-fixed-after-one-return',
    title:
      'The weld inspector returns the traveler once because the preheat on nozzle N3 is missing; the weld planner adds it with the WPS reference and the traveler is approved',
    domain: 'pressure vessel fabrication',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: one revise round with a real change, then approval',
    request:
      'Job 26-0331, vessel V-2207 (ASME VIII Div 1, SA-516-70, 38 mm shell): build the weld traveler for the nozzle welds N1–N4 and the manway M1 for shop release Mon 20 Apr 2026.',
    topology: {
      shape: 'pipeline',
      order: ['weld_planner', 'weld_inspector', 'shop_scheduler'],
      loop: { from: 'weld_inspector', to: 'weld_planner', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'weld_planner',
        description: 'Writes weld travelers from WPS and drawings',
        instructions: 'Write the traveler, or revise it per the inspector’s notes.',
        prompt: 'Notes:\n{input}\n\nJob: {request}',
        replies: [
          {
            say: 'Traveler TRV-26-0331-A v1\n\n| weld | joint | WPS | process | preheat | PWHT | NDE |\n|---|---|---|---|---|---|---|\n| N1 | 8" set-in | WPS-112 r4 | SMAW/GTAW root | 95 °C | yes | RT 100 % |\n| N2 | 8" set-in | WPS-112 r4 | SMAW/GTAW root | 95 °C | yes | RT 100 % |\n| N3 | 4" set-on | WPS-118 r2 | GTAW/SMAW | — | yes | UT + MT |\n| N4 | 2" set-on | WPS-118 r2 | GTAW/SMAW | 95 °C | yes | MT |\n| M1 | 24" manway | WPS-112 r4 | SAW/SMAW | 95 °C | yes | RT 100 % |',
          },
          {
            say: 'Traveler TRV-26-0331-A v2\n\n| weld | joint | WPS | process | preheat | PWHT | NDE |\n|---|---|---|---|---|---|---|\n| N1 | 8" set-in | WPS-112 r4 | SMAW/GTAW root | 95 °C | yes | RT 100 % |\n| N2 | 8" set-in | WPS-112 r4 | SMAW/GTAW root | 95 °C | yes | RT 100 % |\n| N3 | 4" set-on | WPS-118 r2 | GTAW/SMAW | **95 °C min (WPS-118 r2 §5, t > 25 mm)** | yes | UT + MT |\n| N4 | 2" set-on | WPS-118 r2 | GTAW/SMAW | 95 °C | yes | MT |\n| M1 | 24" manway | WPS-112 r4 | SAW/SMAW | 95 °C | yes | RT 100 % |\n\nChange v1→v2: N3 preheat added.',
          },
        ],
      },
      {
        name: 'weld_inspector',
        description: 'Authorised weld inspector (CWI)',
        instructions: 'Answer "APPROVED: <summary>" or "REVISE: <notes>".',
        prompt: 'Traveler:\n{input}',
        replies: [
          {
            say: 'REVISE: N3 has no preheat. WPS-118 r2 §5 requires 95 °C minimum for base metal over 25 mm; the shell is 38 mm. Add it.',
          },
          {
            say: 'APPROVED: TRV-26-0331-A v2 — 5 welds (N1–N4, M1), WPS-112 r4 / WPS-118 r2, preheat 95 °C on all including N3, PWHT all, NDE RT/UT/MT as listed. Released for shop.',
          },
        ],
      },
      {
        name: 'shop_scheduler',
        description: 'Schedules the fabrication shop',
        instructions: 'Schedule approved travelers.',
        prompt: 'Inspection result:\n{input}',
        replies: [
          {
            say: 'Scheduled TRV-26-0331-A v2 for V-2207: bay 3 from Mon 20 Apr 06:00, welders W-14 and W-22 (both qualified to WPS-112/118), preheat torches booked, PWHT furnace slot Fri 24 Apr, RT crew Sat 25 Apr.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'metro-tunnel-ring-build-survey-and-grout-reconciled',
    title:
      'A long nested run on a TBM shift: the ring build lead gets segment serials and ring survey deviations, the grouting lead gets grout volumes per ring; every count, chainage and tolerance matches through to the shift report',
    domain: 'tunnel construction (TBM)',
    mast: ['FM-1.4', 'FM-3.1'],
    nearMissOf:
      'lost_message: short briefs between leads and workers that still carry every ring range and limit, all delivered',
    request:
      'TBM "Mairead" on Metro West contract MW-C2, day shift Fri 17 Apr 2026: rings 1,482–1,489 planned (1.5 m rings, 7+1 segments). Give me the shift report: rings built, segment serials, ring survey against ±50 mm tolerance, annulus grout per ring against the 4.2 m³ theoretical.',
    topology: {
      shape: 'nested',
      top: 'tunnel_manager',
      teams: { ring_build_lead: ['segment_logger', 'ring_surveyor'], grouting_lead: ['grout_recorder'] },
    },
    agents: [
      {
        name: 'tunnel_manager',
        description: 'Tunnel manager for the TBM drive',
        instructions: 'Get the ring build and grouting reports and write the shift report.',
        replies: [
          {
            handoff: 'ring_build_lead',
            message: 'Day shift 17/04, rings 1,482–1,489: rings built, segment serials, survey vs ±50 mm.',
          },
          {
            handoff: 'grouting_lead',
            message:
              'Day shift 17/04, rings 1,482–1,489: annulus grout per ring vs 4.2 m³ theoretical, any under-fill.',
          },
          {
            say: '## TBM Mairead — MW-C2 day shift 17/04/2026\n\n**Rings built:** 8 of 8 (1,482–1,489), chainage 2+223.0 → 2+235.0, 12.0 m advance.\n**Segments:** 64 installed, batches SG-2604-118/119, no rejects; key segment K at 11 o’clock on all rings.\n**Survey (±50 mm):** max horizontal 31 mm (ring 1,487), max vertical −27 mm (ring 1,485); all in tolerance, trend right 4 mm/ring — steering correction applied from ring 1,488.\n**Grout:** 34.6 m³ total vs 33.6 m³ theoretical (103 %); lowest ring 1,484 at 4.05 m³ (96 %), above the 90 % minimum; pressures 2.1–2.6 bar.\n\nNo NCRs this shift.',
          },
        ],
      },
      {
        name: 'ring_build_lead',
        description: 'Ring build lead: segment installation and survey',
        instructions: 'Get segment records and the ring survey, and report.',
        replies: [
          {
            handoff: 'segment_logger',
            message: 'Rings 1,482–1,489: segment serials, batches, rejects, key position.',
          },
          {
            handoff: 'ring_surveyor',
            message: 'Rings 1,482–1,489: H/V deviation from DTA per ring, ±50 mm limit, trend.',
          },
          {
            say: 'Rings 1,482–1,489 built (8/8), ch 2+223.0–2+235.0. 64 segments from SG-2604-118 (rings 1,482–1,485) and SG-2604-119 (1,486–1,489), 0 rejects, key at 11 o’clock. Survey all within ±50 mm: max H +31 mm ring 1,487, max V −27 mm ring 1,485, drifting right ~4 mm/ring; steering corrected from 1,488 (H back to +24/+19).',
          },
        ],
      },
      {
        name: 'segment_logger',
        description: 'Records segment serials and installation',
        instructions: 'Report segment records for the rings asked.',
        replies: [
          {
            call: 'segment_log',
            args: { tbm: 'MAIREAD', rings: '1482-1489' },
            result:
              'ring   batch         serials            key   rejects  erected\n1482   SG-2604-118   118-0913..0920     11h   0        07:41\n1483   SG-2604-118   118-0921..0928     11h   0        08:52\n1484   SG-2604-118   118-0929..0936     11h   0        10:05\n1485   SG-2604-118   118-0937..0944     11h   0        11:13\n1486   SG-2604-119   119-0001..0008     11h   0        12:40\n1487   SG-2604-119   119-0009..0016     11h   0        13:49\n1488   SG-2604-119   119-0017..0024     11h   0        15:02\n1489   SG-2604-119   119-0025..0032     11h   0        16:18\ntotal segments 64',
          },
          {
            say: '8 rings, 64 segments: 1,482–1,485 batch SG-2604-118 (118-0913…0944), 1,486–1,489 batch SG-2604-119 (119-0001…0032). Key at 11h on all, 0 rejects. First erected 07:41, last 16:18.',
          },
        ],
      },
      {
        name: 'ring_surveyor',
        description: 'Tunnel surveyor for ring position',
        instructions: 'Report ring deviations against the design tunnel alignment.',
        replies: [
          {
            call: 'ring_survey',
            args: { tbm: 'MAIREAD', rings: '1482-1489', tolerance_mm: 50 },
            result:
              'ring  chainage   dH_mm  dV_mm\n1482  2+224.5    +12    -18\n1483  2+226.0    +17    -21\n1484  2+227.5    +22    -24\n1485  2+229.0    +26    -27\n1486  2+230.5    +29    -25\n1487  2+232.0    +31    -22\n1488  2+233.5    +24    -19\n1489  2+235.0    +19    -16\nlimit ±50 mm | all within',
          },
          {
            say: 'All 8 rings within ±50 mm. dH +12 → +31 mm (ring 1,487, ch 2+232.0) then +24/+19 after the steering correction; dV worst −27 mm (ring 1,485). Rightward drift ≈ 4 mm/ring over 1,482–1,487.',
          },
        ],
      },
      {
        name: 'grouting_lead',
        description: 'Grouting lead: annulus grout',
        instructions: 'Get the grout records and report against theoretical.',
        replies: [
          {
            handoff: 'grout_recorder',
            message: 'Rings 1,482–1,489: grout m³ and pressure per ring; theoretical 4.2 m³, minimum 90 %.',
          },
          {
            say: 'Grout rings 1,482–1,489: 34.6 m³ vs 33.6 m³ theoretical (103 %). Lowest ring 1,484 at 4.05 m³ (96 %, above 90 % min), highest 1,487 at 4.60 m³. Pressures 2.1–2.6 bar. No under-fill.',
          },
        ],
      },
      {
        name: 'grout_recorder',
        description: 'Records annulus grout injection',
        instructions: 'Report grout volume and pressure per ring.',
        replies: [
          {
            call: 'grout_log',
            args: { tbm: 'MAIREAD', rings: '1482-1489' },
            result:
              'ring  vol_m3  pct_theor  p_bar\n1482  4.30    102 %      2.3\n1483  4.25    101 %      2.2\n1484  4.05     96 %      2.1\n1485  4.35    104 %      2.4\n1486  4.40    105 %      2.5\n1487  4.60    110 %      2.6\n1488  4.30    102 %      2.4\n1489  4.35    104 %      2.3\ntotal 34.60 m3 / theoretical 33.60 m3 (103 %)',
          },
          {
            say: 'Grout per ring (m³): 4.30, 4.25, 4.05, 4.35, 4.40, 4.60, 4.30, 4.35 = 34.60 m³ (103 % of 33.60). Min ring 1,484 96 %, pressures 2.1–2.6 bar.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch46Scenarios = [...faults, ...healthy];
