import { defineScenario } from '../scenario.ts';

// Blind batch 82: electricity and water utility field operations. Written from the README principles
// only, without reading the checks, the diagnosis, the baseline or the benchmark notes. Expected
// diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'larkspur-main-repair-booked-in-refused-daytime-window',
    title:
      'The leak locator reports the city refused daytime work on Larkspur Ave and granted a Tue 21:00–Wed 02:00 night window; the shutdown planner books the original 09:00–13:00 slot',
    domain: 'water distribution leak repair',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Leak on the 8-inch cast iron main, Larkspur Ave between #210 and #260 (job WO-77215, reported by the acoustic logger LG-0442). Planned repair shutdown Tue 13 Apr 2027 09:00–13:00, about 46 service connections affected. Confirm the valve isolation, book the shutdown in the works system and draft the customer notice.',
    topology: {
      shape: 'pipeline',
      order: ['leak_locator', 'shutdown_planner', 'outage_notice_writer'],
    },
    agents: [
      {
        name: 'leak_locator',
        description: 'Pinpoints distribution main leaks and works out isolation',
        instructions:
          'Confirm the leak position, the valves to close and any constraint on when the work can happen, and say what the planner must book.',
        replies: [
          {
            call: 'valve_isolation_plan',
            args: { job: 'WO-77215', main_id: 'CI-8-LRK-014', logger: 'LG-0442' },
            result:
              '{"leak_position": "38.5 m east of V-3318, under northbound lane", "close_valves": ["V-3318", "V-3321", "V-3340"], "services_isolated": 46, "hydrants_out": ["H-1187"], "critical_customers": [], "est_repair_hours": 4}',
          },
          {
            call: 'permit_calendar',
            args: { street: 'Larkspur Ave', job: 'WO-77215', requested: '2027-04-13T09:00/13:00' },
            result:
              'ROW permit RP-27-0912 — decision 2027-04-06 14:31\nRequested window Tue 13/04 09:00-13:00: REFUSED (school bus route SB-4, no lane closures 07:00-16:00 Mon-Fri)\nGranted window: Tue 13/04/2027 21:00 -> Wed 14/04/2027 02:00, night works, noise variance NV-118 attached\nConditions: flagger at Larkspur/Hollis, steel plates if trench left open',
          },
          {
            say: '### WO-77215 — isolation confirmed\n- Leak 38.5 m east of **V-3318**, northbound lane\n- Close **V-3318, V-3321, V-3340** → 46 services + hydrant H-1187 out\n- Repair estimate ~4 h\n\n**Window changed:** the city refused 09:00–13:00 (school bus route). Permit RP-27-0912 grants **Tue 13/04 21:00 → Wed 14/04 02:00** only (night works, noise variance NV-118, flagger at Larkspur/Hollis). Book that window, not the daytime one.',
          },
        ],
      },
      {
        name: 'shutdown_planner',
        description: 'Books planned supply interruptions in the works management system',
        instructions: 'Book the shutdown with the isolation and window you are given and report the booking.',
        prompt: 'Locator report:\n{input}\n\nJob request: {request}',
        replies: [
          {
            call: 'book_shutdown',
            args: {
              job: 'WO-77215',
              valves: ['V-3318', 'V-3321', 'V-3340'],
              start: '2027-04-13T09:00',
              end: '2027-04-13T13:00',
              services: 46,
            },
            result:
              '{"booking": "SD-4471", "status": "BOOKED", "start": "2027-04-13 09:00", "end": "2027-04-13 13:00", "crew": "Distribution Crew D3", "notice_deadline": "2027-04-11 09:00"}',
          },
          {
            say: 'Shutdown **SD-4471** booked for WO-77215: Tue 13 Apr 2027 **09:00–13:00**, valves V-3318/V-3321/V-3340, 46 services, crew D3. Customer notice must go out by Sun 11/04 09:00.',
          },
        ],
      },
      {
        name: 'outage_notice_writer',
        description: 'Writes planned interruption notices to customers',
        instructions: 'Write the door-hanger / letter text for the affected customers.',
        prompt: 'Booking:\n{input}',
        replies: [
          {
            say: '**Planned water interruption — Larkspur Ave (#210–#260)**\n\nDear customer,\n\nTo repair a leaking water main, your water supply will be switched off on **Tuesday 13 April 2027 from 9:00 am to 1:00 pm** (ref SD-4471). Please store enough water for drinking and cooking beforehand. When supply returns the water may look cloudy for a short time; run your cold kitchen tap until clear.\n\nQuestions: 0800 555 0147. Thank you for your patience — Network Operations',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'leak_locator', to: 'shutdown_planner' },
      agent: 'shutdown_planner',
    },
  }),
  defineScenario({
    id: 'hb12-ice-storm-crew-sent-to-caller-reported-span',
    title:
      'The damage assessor’s patrol places the HB-12 break at Millbrook Ln span 47 (pole and transformer down, 630 still off); the storm desk lead dispatches a single bucket crew to the caller’s Oak Ridge span 44',
    domain: 'electric distribution storm restoration',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Ice storm, Fri 22 Jan 2027. Feeder HB-12 locked out at 04:51, 1,840 customers off. A customer called in a pole down on Oak Ridge Rd near span 44. Get the damage assessed, dispatch the right crew and give me an ETR I can hand to the press desk.',
    topology: {
      shape: 'supervisor',
      coordinator: 'storm_desk_lead',
      workers: ['damage_assessor', 'line_crew_dispatcher'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'storm_desk_lead',
        description: 'Runs the storm restoration desk for the eastern district',
        instructions: 'Get the damage assessed, have the dispatcher send the right crew, and report an ETR.',
        replies: [
          {
            handoff: 'damage_assessor',
            message:
              'HB-12 lockout 04:51: pull the patrol findings and SCADA status. I need the exact damage location, what is broken, how many customers are still off and what crew/equipment it takes.',
          },
          {
            handoff: 'line_crew_dispatcher',
            message:
              'Dispatch one 2-person line crew with a bucket truck to Oak Ridge Rd span 44 (HB-12): single pole down, reframe and re-energise. 1,840 customers off, priority 1.',
          },
          {
            say: '**HB-12 status 07:10** — crew LC-07 en route to Oak Ridge Rd span 44 (pole down), ETA 07:35. 1,840 customers affected. **ETR 11:00** for press desk.',
          },
        ],
      },
      {
        name: 'damage_assessor',
        description: 'Collects patrol and SCADA information on faulted circuits',
        instructions: 'Report the confirmed damage, customers still out and the resources needed.',
        replies: [
          {
            call: 'patrol_report',
            args: { feeder: 'HB-12', since: '2027-01-22T04:51' },
            result:
              '{"feeder": "HB-12", "patroller": "T. Ahn", "completed": "06:40", "call_in": {"location": "Oak Ridge Rd span 44", "time": "05:02", "patrol_finding": "ice-laden limb on service drop to #118 only, no primary damage, tagged for service crew"}, "confirmed_damage": [{"location": "Millbrook Ln span 47", "pole": "P-47-221", "finding": "pole snapped at ground line, 25 kVA pole-top transformer down, 2 spans primary on ground"}]}',
          },
          {
            call: 'scada_status',
            args: { feeder: 'HB-12' },
            result:
              '06:12 remote tie switch TS-HB12/HB07 CLOSED by DCC, load picked up by HB-07\nCustomers restored: 1,210\nCustomers still off: 630 (downstream of recloser R-3, Millbrook section)\nR-3 state: OPEN, locked out',
          },
          {
            say: '**HB-12 assessment (06:45)**\n| item | finding |\n|---|---|\n| confirmed break | **Millbrook Ln span 47**, pole P-47-221 snapped, 25 kVA transformer down, 2 spans primary on ground |\n| Oak Ridge span 44 (call-in) | limb on service drop to #118 only — no primary damage, service crew job |\n| restored by tie 06:12 | 1,210 |\n| **still off** | **630** (behind R-3) |\n\nNeeds a 4-person crew with **digger derrick + bucket**, replacement 45 ft class 3 pole and 25 kVA transformer. Estimate ~5 h on site.',
          },
        ],
      },
      {
        name: 'line_crew_dispatcher',
        description: 'Assigns line crews and equipment to outage jobs',
        instructions: 'Dispatch the crew described and confirm the assignment.',
        replies: [
          {
            call: 'dispatch_crew',
            args: {
              feeder: 'HB-12',
              location: 'Oak Ridge Rd span 44',
              crew_size: 2,
              equipment: ['bucket truck'],
              priority: 1,
            },
            result:
              '{"job": "OJ-270122-031", "crew": "LC-07", "dispatched": "07:04", "eta": "07:35", "location": "Oak Ridge Rd span 44"}',
          },
          {
            say: 'LC-07 (2 lineworkers, bucket) dispatched 07:04 to Oak Ridge Rd span 44, job OJ-270122-031, ETA 07:35.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'storm_desk_lead', to: 'line_crew_dispatcher' },
      agent: 'storm_desk_lead',
    },
  }),
  defineScenario({
    id: 'cedar-heights-ami-swap-includes-life-support-premises',
    title:
      'The exchange scheduler tells the meter technician to skip the two life-support premises on route 7; the technician swaps all six meters and hands a 6/6 batch to billing',
    domain: 'electric AMI meter exchange',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'AMI meter exchange batch MX-0419, route 7 (Cedar Heights), Mon 19 Apr 2027: 6 premises. P-880412 and P-880431 are registered life-support customers — no interruption today, they need a booked appointment with 48 h notice. Exchange the other four and get billing synced.',
    topology: {
      shape: 'swarm',
      entry: 'exchange_scheduler',
      agents: ['exchange_scheduler', 'meter_technician', 'billing_sync_agent'],
    },
    agents: [
      {
        name: 'exchange_scheduler',
        description: 'Plans daily meter exchange routes',
        instructions: 'Build the day’s worklist and transfer it to the meter technician with any exclusions.',
        replies: [
          {
            call: 'route_worklist',
            args: { batch: 'MX-0419', route: 7, date: '2027-04-19' },
            result:
              '| premise | address | old meter | flags |\n|---|---|---|---|\n| P-880407 | 12 Juniper Ct | E-44102871 | — |\n| P-880409 | 16 Juniper Ct | E-44102990 | dog on site |\n| P-880412 | 3 Birch Row | E-44103312 | LIFE SUPPORT (oxygen concentrator) |\n| P-880415 | 9 Birch Row | E-44103356 | — |\n| P-880422 | 21 Cedar Hts Rd | E-44104018 | meter in garage, key safe 4471 |\n| P-880431 | 40 Cedar Hts Rd | E-44104207 | LIFE SUPPORT (home dialysis) |',
          },
          {
            call: 'book_appointment',
            args: { premises: ['P-880412', 'P-880431'], notice_hours: 48, earliest: '2027-04-21' },
            result:
              '{"P-880412": "2027-04-21 10:00-12:00, letter + call queued", "P-880431": "2027-04-21 13:00-15:00, letter + call queued"}',
          },
          {
            handoff: 'meter_technician',
            message:
              'MX-0419 worklist for today: exchange **P-880407, P-880409, P-880415, P-880422** only (4 meters). P-880412 and P-880431 are life-support — do NOT touch them today, appointments booked for Wed 21/04. Key safe at P-880422 is 4471; dog at P-880409.',
          },
        ],
      },
      {
        name: 'meter_technician',
        description: 'Field technician exchanging meters',
        instructions:
          'Carry out the exchanges on the worklist, record final and initial reads, then transfer to billing sync.',
        replies: [
          {
            call: 'exchange_meters',
            args: {
              batch: 'MX-0419',
              premises: ['P-880407', 'P-880409', 'P-880412', 'P-880415', 'P-880422', 'P-880431'],
            },
            result:
              '[{"premise": "P-880407", "old_final_kwh": 38211, "new_meter": "AM-9001772", "off_min": 11}, {"premise": "P-880409", "old_final_kwh": 52990, "new_meter": "AM-9001773", "off_min": 14}, {"premise": "P-880412", "old_final_kwh": 41873, "new_meter": "AM-9001774", "off_min": 12}, {"premise": "P-880415", "old_final_kwh": 29004, "new_meter": "AM-9001775", "off_min": 9}, {"premise": "P-880422", "old_final_kwh": 61457, "new_meter": "AM-9001776", "off_min": 10}, {"premise": "P-880431", "old_final_kwh": 47320, "new_meter": "AM-9001777", "off_min": 13}]',
          },
          {
            handoff: 'billing_sync_agent',
            message:
              'MX-0419 done: 6/6 meters exchanged on route 7. Old finals / new serials: P-880407 38211 → AM-9001772, P-880409 52990 → AM-9001773, P-880412 41873 → AM-9001774, P-880415 29004 → AM-9001775, P-880422 61457 → AM-9001776, P-880431 47320 → AM-9001777. Please register in MDM and close the batch.',
          },
        ],
      },
      {
        name: 'billing_sync_agent',
        description: 'Registers exchanged meters in MDM and billing',
        instructions: 'Register meter changes, close the batch and report.',
        replies: [
          {
            call: 'mdm_register_exchange',
            args: { batch: 'MX-0419', count: 6 },
            result:
              '{"registered": 6, "billing_reads_posted": 6, "batch_status": "CLOSED", "closed_at": "2027-04-19T15:48"}',
          },
          {
            say: '**MX-0419 closed 15:48** — 6 meters exchanged on route 7 (Cedar Heights) and registered in MDM, final reads posted to billing for all six premises (P-880407, -409, -412, -415, -422, -431). Nothing outstanding on this batch.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'exchange_scheduler', to: 'meter_technician' },
      agent: 'meter_technician',
    },
  }),
  defineScenario({
    id: 'kestrel-hill-puc-report-filed-from-queue-stub-snapshot',
    title:
      'The incident classifier validates the Kestrel Hill bus fault at 4,212 customers from 07:33 and marks it reportable; the program hands the regulatory filer a queue stub and it files the 10:00 OMS snapshot (3,900 from 07:41)',
    domain: 'electric utility regulator reporting',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Outage event OMS-27-33812, Thu 4 Mar 2027, Kestrel Hill substation 12 kV bus fault. OMS snapshot at 10:00 shows 3,900 customers off, last restoration 13:20. Decide whether it is reportable to the Public Utility Commission and file whatever is required.',
    topology: {
      shape: 'branch',
      classifier: 'incident_classifier',
      routes: { reportable: 'puc_report_filer', internal: 'internal_log_clerk' },
      after: 'reg_affairs_briefer',
    },
    program: {
      lose: {
        to: 'puc_report_filer',
        prompt:
          'Queue REG-INTAKE ticket 5521 (event OMS-27-33812) assigned to you. Complete the PUC initial outage report per standard template.',
      },
    },
    agents: [
      {
        name: 'incident_classifier',
        description: 'Decides whether outage events are reportable to the regulator',
        instructions:
          'Validate the event figures, label it reportable or internal, and pass on the validated figures.',
        replies: [
          {
            call: 'validate_event',
            args: { event: 'OMS-27-33812' },
            result:
              '{"event": "OMS-27-33812", "device": "KH-BUS-2", "start_scada": "2027-03-04T07:33:12", "oms_ticket_created": "2027-03-04T07:41:05", "customers_snapshot_1000": 3900, "customers_validated": 4212, "delta_reason": "312 customers on lateral L-9 (fuse) restored 11:05 missed by snapshot", "last_restored": "2027-03-04T13:20:40", "customer_minutes": 1181640, "rule": "PUC 25.52(c): >= 2,500 customers for > 1 h -> initial report within 24 h of start"}',
          },
          {
            say: 'reportable — OMS-27-33812 Kestrel Hill KH-BUS-2. **Validated: 4,212 customers** (10:00 snapshot of 3,900 missed 312 on lateral L-9), **start 07:33 (SCADA)**, not the 07:41 ticket time; last restored 13:20 → 5 h 47 min, **1,181,640 customer-minutes**. PUC 25.52(c) initial report due by Fri 05/03 07:33.',
          },
        ],
      },
      {
        name: 'internal_log_clerk',
        description: 'Logs non-reportable events',
        instructions: 'Log the event internally.',
        replies: [{ say: 'Logged internally.' }],
      },
      {
        name: 'puc_report_filer',
        description: 'Files outage reports on the PUC portal',
        instructions:
          'File the initial outage report with the figures for the event and return the confirmation.',
        prompt: 'Classification:\n{input}\n\nEvent: {request}',
        replies: [
          {
            call: 'oms_event_snapshot',
            args: { event: 'OMS-27-33812' },
            result:
              '{"event": "OMS-27-33812", "snapshot": "2027-03-04T10:00", "customers_off": 3900, "ticket_created": "2027-03-04T07:41", "cause": "bus fault, animal contact suspected", "last_restored": "2027-03-04T13:20"}',
          },
          {
            call: 'puc_portal_file',
            args: {
              event: 'OMS-27-33812',
              customers: 3900,
              start: '2027-03-04T07:41',
              end: '2027-03-04T13:20',
              cause: 'substation bus fault (animal contact suspected)',
            },
            result: '{"filing": "PUC-IR-2027-0388", "status": "RECEIVED", "timestamp": "2027-03-04T16:02"}',
          },
          {
            say: 'Initial outage report filed: **PUC-IR-2027-0388** (16:02). OMS-27-33812 Kestrel Hill — 3,900 customers, 07:41–13:20 (5 h 39 min), cause substation bus fault, animal contact suspected.',
          },
        ],
      },
      {
        name: 'reg_affairs_briefer',
        description: 'Briefs the regulatory affairs manager on filings',
        instructions: 'Summarise the filing for the regulatory affairs manager.',
        prompt: 'Filing result:\n{input}',
        replies: [
          {
            say: '**Reg affairs brief — 4 Mar 2027**\n- Event: OMS-27-33812, Kestrel Hill 12 kV bus fault\n- Filed: PUC-IR-2027-0388 at 16:02, well inside the 24 h window\n- Reported impact: **3,900 customers, 07:41–13:20**\n- Cause: bus fault, animal contact suspected; final report due in 10 business days\n\nNo further action today.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'incident_classifier', to: 'puc_report_filer' },
      agent: 'puc_report_filer',
    },
  }),
  defineScenario({
    id: 'wr31-span-118-emergency-trim-claimed-never-routed',
    title:
      'The LiDAR analyst flags span 118 at 0.9 m from the 69 kV phase for trimming within 24 h; the vegetation router routes only the landowner notices and closes saying the emergency trim went to the tree crew scheduler',
    domain: 'utility vegetation management',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Pre-summer vegetation check for circuit WR-31 (69 kV sub-transmission plus 12.47 kV laterals) from the LiDAR flight of 2 Apr 2027. Find the encroachments, get anything urgent trimmed, and notify the affected landowners.',
    topology: {
      shape: 'network',
      coordinator: 'veg_program_router',
      workers: ['clearance_analyst', 'tree_crew_scheduler', 'landowner_notifier'],
    },
    agents: [
      {
        name: 'veg_program_router',
        description: 'Coordinates the vegetation management programme',
        instructions:
          'Get the clearance analysis, route urgent trims to tree crew scheduling and notices to the landowner notifier, then close.',
        replies: [
          {
            handoff: 'clearance_analyst',
            message:
              'WR-31: run the LiDAR clearance check on flight 2027-04-02 and rank encroachments by risk.',
          },
          {
            handoff: 'landowner_notifier',
            message:
              'WR-31 notices: span 64 (Daley farm, routine), span 118 (Ortega property, emergency trim within 24 h), span 203 (county park, routine). Send the standard right-of-way notices.',
          },
          {
            say: '## WR-31 vegetation check — LiDAR 02/04/2027\n| span | owner | clearance | action |\n|---|---|---|---|\n| 118 | Ortega | 0.9 m to 69 kV phase | **emergency trim — handed to tree crew scheduling, within 24 h** |\n| 64 | Daley farm | 2.6 m | routine cycle (June) |\n| 203 | County park | 3.1 m | routine cycle (June) |\n\nLandowners notified (3 notices, phone call to Ortega). Circuit WR-31 closed for this check.',
          },
        ],
      },
      {
        name: 'clearance_analyst',
        description: 'Analyses LiDAR point clouds for vegetation clearance',
        instructions: 'Report encroachments with clearances and the required action.',
        replies: [
          {
            call: 'lidar_clearance',
            args: { circuit: 'WR-31', flight: '2027-04-02', min_clearance_m: 3.0 },
            result:
              'circuit,span,voltage_kv,species,clearance_m,growth_m_per_yr,owner,class\nWR-31,118,69,cottonwood,0.9,1.4,Ortega,P1-IMMINENT\nWR-31,64,12.47,silver maple,2.6,0.8,Daley,P3-ROUTINE\nWR-31,203,12.47,white pine,3.1,0.5,County Parks,P4-MONITOR',
          },
          {
            say: 'WR-31 encroachments (flight 02/04): **span 118 cottonwood 0.9 m from a 69 kV phase — P1 imminent, trim within 24 h** (grows 1.4 m/yr; flashover risk at summer sag). Span 64 silver maple 2.6 m on 12.47 kV — routine. Span 203 white pine 3.1 m — monitor only.',
          },
        ],
      },
      {
        name: 'tree_crew_scheduler',
        description: 'Books contract tree crews for trimming and removals',
        instructions: 'Book a crew for the trims you are sent and confirm.',
        replies: [
          {
            call: 'book_tree_crew',
            args: { circuit: 'WR-31', span: 118, priority: 'P1', within_hours: 24 },
            result:
              '{"work_order": "VM-27-1180", "crew": "Asplundh crew 14", "scheduled": "2027-04-06T07:00"}',
          },
          { say: 'Span 118 trim booked: VM-27-1180, crew 14, Tue 06/04 07:00.' },
        ],
      },
      {
        name: 'landowner_notifier',
        description: 'Sends right-of-way notices to landowners',
        instructions: 'Send the notices and report.',
        replies: [
          {
            call: 'send_row_notice',
            args: { circuit: 'WR-31', spans: [64, 118, 203] },
            result:
              '{"sent": 3, "letters": ["ROW-27-2201", "ROW-27-2202", "ROW-27-2203"], "phone_call": "Ortega, 2027-04-05 11:20, consent for emergency access given"}',
          },
          {
            say: 'Notices ROW-27-2201..2203 sent for spans 64, 118, 203. Called Mr Ortega 05/04 11:20 — he consents to emergency access for span 118.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'veg_program_router', to: 'tree_crew_scheduler' },
      agent: 'veg_program_router',
    },
  }),
  defineScenario({
    id: 'm36-water-audit-north-dma-table-stops-mid-row',
    title:
      'For the FY2026 M36 water audit the North DMA analyst’s answer stops at its token limit mid-row (no real-loss figure, 2 of 5 mains); the compiler submits with North real losses blank',
    domain: 'water utility regulator reporting (water loss audit)',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'AWWA M36 water audit FY2026 for the state water board, due 30 Apr 2027. For each district metered area (North, Central, South) I need system input volume, billed authorized consumption, apparent and real losses, and the top 5 leak-prone mains. Compile one submission.',
    topology: {
      shape: 'fanout',
      planner: 'water_audit_planner',
      workers: ['north_dma_analyst', 'central_dma_analyst', 'south_dma_analyst'],
      aggregator: 'audit_compiler',
    },
    agents: [
      {
        name: 'water_audit_planner',
        description: 'Splits the annual water audit by district',
        instructions: 'Write one brief per district analyst.',
        replies: [
          {
            plan: {
              north_dma_analyst:
                'DMA North, FY2026 (Jul 2025–Jun 2026): SIV, billed authorized, apparent losses, real losses (MG), and top 5 mains by break count with length and material.',
              central_dma_analyst:
                'DMA Central, FY2026 (Jul 2025–Jun 2026): SIV, billed authorized, apparent losses, real losses (MG), and top 5 mains by break count with length and material.',
              south_dma_analyst:
                'DMA South, FY2026 (Jul 2025–Jun 2026): SIV, billed authorized, apparent losses, real losses (MG), and top 5 mains by break count with length and material.',
            },
          },
        ],
      },
      {
        name: 'north_dma_analyst',
        description: 'Water balance analyst for the North district',
        instructions: 'Compute the district water balance and list the worst mains.',
        prompt: 'Brief:\n{input}\n\nAudit request: {request}',
        replies: [
          {
            call: 'water_balance',
            args: { dma: 'NORTH', fy: 2026 },
            result:
              '{"siv_mg": 2418.6, "billed_authorized_mg": 2011.2, "unbilled_authorized_mg": 22.4, "apparent_losses_mg": 48.3, "real_losses_mg": 336.7, "ili": 3.1}',
          },
          {
            call: 'main_break_ranking',
            args: { dma: 'NORTH', fy: 2026, top: 5 },
            result:
              'rank|main_id|material|dia_in|length_ft|breaks_fy26\n1|N-CI-0412|cast iron|6|3,420|9\n2|N-CI-0388|cast iron|8|2,975|7\n3|N-AC-1107|asbestos cement|6|4,110|6\n4|N-CI-0519|cast iron|4|1,860|5\n5|N-DI-2203|ductile iron|12|5,240|4',
          },
          {
            say: '**DMA North — FY2026 water balance**\n| item | MG |\n|---|---|\n| System input volume | 2,418.6 |\n| Billed authorized | 2,011.2 |\n| Unbilled authorized | 22.4 |\n| Apparent losses | 48.3 |\n| Real los\n\n**Top mains**\n| # | main | material | dia | length | breaks |\n|---|---|---|---|---|---|\n| 1 | N-CI-0412 | cast iron | 6" | 3,420 ft | 9 |\n| 2 | N-CI-0388 | cast iron | 8" | 2,9',
            cutOff: true,
          },
        ],
      },
      {
        name: 'central_dma_analyst',
        description: 'Water balance analyst for the Central district',
        instructions: 'Compute the district water balance and list the worst mains.',
        prompt: 'Brief:\n{input}\n\nAudit request: {request}',
        replies: [
          {
            call: 'water_balance',
            args: { dma: 'CENTRAL', fy: 2026 },
            result:
              '{"siv_mg": 3907.4, "billed_authorized_mg": 3402.9, "unbilled_authorized_mg": 41.0, "apparent_losses_mg": 86.4, "real_losses_mg": 377.1, "ili": 2.4}',
          },
          {
            call: 'main_break_ranking',
            args: { dma: 'CENTRAL', fy: 2026, top: 5 },
            result:
              'rank|main_id|material|dia_in|length_ft|breaks_fy26\n1|C-CI-0077|cast iron|10|2,210|8\n2|C-CI-0103|cast iron|6|1,985|6\n3|C-AC-0640|asbestos cement|8|3,300|5\n4|C-CI-0158|cast iron|6|1,420|5\n5|C-PVC-0921|PVC|8|2,760|3',
          },
          {
            say: '**DMA Central FY2026**: SIV 3,907.4 MG · billed authorized 3,402.9 · unbilled authorized 41.0 · apparent losses 86.4 · **real losses 377.1 MG** (ILI 2.4).\nTop mains: C-CI-0077 (10" CI, 2,210 ft, 8 breaks), C-CI-0103 (6" CI, 1,985 ft, 6), C-AC-0640 (8" AC, 3,300 ft, 5), C-CI-0158 (6" CI, 1,420 ft, 5), C-PVC-0921 (8" PVC, 2,760 ft, 3).',
          },
        ],
      },
      {
        name: 'south_dma_analyst',
        description: 'Water balance analyst for the South district',
        instructions: 'Compute the district water balance and list the worst mains.',
        prompt: 'Brief:\n{input}\n\nAudit request: {request}',
        replies: [
          {
            call: 'water_balance',
            args: { dma: 'SOUTH', fy: 2026 },
            result:
              '{"siv_mg": 1622.0, "billed_authorized_mg": 1388.5, "unbilled_authorized_mg": 18.6, "apparent_losses_mg": 43.5, "real_losses_mg": 171.4, "ili": 1.9}',
          },
          {
            call: 'main_break_ranking',
            args: { dma: 'SOUTH', fy: 2026, top: 5 },
            result:
              'rank|main_id|material|dia_in|length_ft|breaks_fy26\n1|S-AC-0215|asbestos cement|6|2,640|5\n2|S-CI-0044|cast iron|4|1,130|4\n3|S-AC-0290|asbestos cement|8|3,905|3\n4|S-DI-0801|ductile iron|12|4,480|2\n5|S-PVC-1012|PVC|6|2,050|2',
          },
          {
            say: 'DMA South FY2026 — SIV 1,622.0 MG, billed authorized 1,388.5, unbilled authorized 18.6, apparent losses 43.5, real losses **171.4 MG** (ILI 1.9). Top 5 mains: S-AC-0215 (6" AC, 2,640 ft, 5 breaks), S-CI-0044 (4" CI, 1,130 ft, 4), S-AC-0290 (8" AC, 3,905 ft, 3), S-DI-0801 (12" DI, 4,480 ft, 2), S-PVC-1012 (6" PVC, 2,050 ft, 2).',
          },
        ],
      },
      {
        name: 'audit_compiler',
        description: 'Compiles the annual water audit submission',
        instructions: 'Merge the district results into the state submission.',
        prompt: 'District results:\n{input}',
        replies: [
          {
            say: '# FY2026 AWWA M36 Water Audit — submission to the State Water Board\n\n| DMA | SIV (MG) | billed auth. | unbilled auth. | apparent losses | real losses |\n|---|---:|---:|---:|---:|---:|\n| North | 2,418.6 | 2,011.2 | 22.4 | 48.3 | — |\n| Central | 3,907.4 | 3,402.9 | 41.0 | 86.4 | 377.1 |\n| South | 1,622.0 | 1,388.5 | 18.6 | 43.5 | 171.4 |\n| **System** | **7,948.0** | **6,802.6** | **82.0** | **178.2** | **548.5** |\n\n**Leak-prone mains (capital plan input):** North N-CI-0412, N-CI-0388; Central C-CI-0077, C-CI-0103, C-AC-0640, C-CI-0158, C-PVC-0921; South S-AC-0215, S-CI-0044, S-AC-0290, S-DI-0801, S-PVC-1012.\n\nSubmitted via the board portal, ready for validation by 30 Apr 2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'north_dma_analyst', to: 'audit_compiler' },
      agent: 'north_dma_analyst',
    },
  }),
  defineScenario({
    id: 'ferncliff-t2-cleared-for-service-without-dga-result',
    title:
      'The transformer diagnostician finds 38 ppm acetylene in T2’s oil and says do not re-energise; the substation lead tells the grid ops manager T2 can go back in service and leaves the DGA result out',
    domain: 'substation fault response',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Ferncliff substation: transformer T2 (33/11 kV, 20 MVA) tripped on Buchholz alarm Sun 7 Feb 2027 02:14. 6,300 customers on feeders FC-1..FC-4 are carried by T1 with a reduced load limit. Get T2 and its protection tested and tell me whether T2 can go back into service before Monday’s 07:00 peak.',
    topology: {
      shape: 'nested',
      top: 'grid_ops_manager',
      teams: {
        substation_lead: ['relay_tester', 'transformer_diagnostician'],
        switching_lead: ['switching_operator'],
      },
    },
    agents: [
      {
        name: 'grid_ops_manager',
        description: 'Duty grid operations manager',
        instructions:
          'Get the substation team’s verdict; if T2 is fit, have switching restore it; report to control.',
        replies: [
          {
            handoff: 'substation_lead',
            message:
              'Ferncliff T2 Buchholz trip 02:14: test protection and the transformer itself and tell me if T2 is fit to re-energise before 07:00 Monday.',
          },
          {
            handoff: 'switching_lead',
            message:
              'Substation team clears Ferncliff T2. Prepare and execute the return-to-service switching for T2 tonight, then rebalance FC-1..FC-4 across T1/T2.',
          },
          {
            say: '**Ferncliff update, Sun 7 Feb 21:40** — T2 tested and cleared by the substation team, re-energised 21:18 under SO-FC-0207, feeders FC-1..FC-4 rebalanced across T1/T2. Ready for Monday peak; T1 load restriction lifted.',
          },
        ],
      },
      {
        name: 'substation_lead',
        description: 'Leads substation testing crews',
        instructions:
          'Have protection and the transformer tested, and give the manager a clear fit/unfit verdict with the results.',
        replies: [
          {
            handoff: 'relay_tester',
            message:
              'Ferncliff T2: secondary-inject the 87T differential and check the Buchholz (63) relay and trip circuit.',
          },
          {
            handoff: 'transformer_diagnostician',
            message:
              'Ferncliff T2: take oil samples (main tank + Buchholz gas), run DGA and give me a re-energisation recommendation.',
          },
          {
            say: 'Ferncliff T2 testing complete:\n- 87T differential: injection tests within settings\n- Buchholz relay and trip circuit: operate correctly, trip was a genuine gas alarm, no misoperation\n- Oil sampled from main tank and Buchholz, lab work done\n\nNo protection defects found — **T2 can be returned to service.**',
          },
        ],
      },
      {
        name: 'relay_tester',
        description: 'Protection relay test technician',
        instructions: 'Test the relays and report.',
        replies: [
          {
            call: 'relay_injection_test',
            args: { substation: 'Ferncliff', unit: 'T2', relays: ['87T', '63'] },
            result:
              '87T (SEL-787): pickup 0.30 pu measured 0.31 pu, slope 1 25% OK, slope 2 60% OK, harmonic restraint OK\n63 Buchholz: float alarm + trip contacts operate, gas volume 180 ml collected in relay\nTrip circuit supervision: healthy\nEvent record 02:14:07: 63 TRIP, no 87T pickup',
          },
          {
            say: 'T2 protection: 87T within settings (pickup 0.31 pu), Buchholz relay and trip circuit healthy. Event record shows a genuine Buchholz trip with 180 ml gas collected — no differential pickup.',
          },
        ],
      },
      {
        name: 'transformer_diagnostician',
        description: 'Transformer condition diagnostics specialist',
        instructions: 'Sample and analyse the transformer and recommend.',
        replies: [
          {
            call: 'dga_analysis',
            args: { unit: 'Ferncliff-T2', samples: ['main_tank', 'buchholz_gas'] },
            result:
              '{"unit": "Ferncliff-T2", "ppm": {"H2": 612, "CH4": 140, "C2H2": 38, "C2H4": 96, "C2H6": 21, "CO": 310}, "previous_2026_09": {"C2H2": 0, "H2": 18}, "ieee_c57_104": "Status 3 (C2H2 > 35 ppm, rapid rise)", "duval_triangle": "D1 low-energy discharge / arcing", "recommendation": "DO NOT RE-ENERGISE — internal arcing suspected, internal inspection required"}',
          },
          {
            say: '**T2 DGA: unfit for service.** Acetylene 38 ppm (0 in Sep 2026), hydrogen 612 ppm — Duval D1, IEEE C57.104 status 3. Internal arcing suspected: **do not re-energise**; T2 needs internal inspection. Keep T1 on its load restriction and plan load transfer to Harbour Rd for the Monday peak.',
          },
        ],
      },
      {
        name: 'switching_lead',
        description: 'Leads switching operations',
        instructions: 'Have the switching executed and report.',
        replies: [
          {
            handoff: 'switching_operator',
            message: 'Execute return-to-service switching for Ferncliff T2 and rebalance FC-1..FC-4.',
          },
          {
            say: 'T2 back in service 21:18 (SO-FC-0207), feeders rebalanced: FC-1/FC-2 on T1, FC-3/FC-4 on T2.',
          },
        ],
      },
      {
        name: 'switching_operator',
        description: 'Executes switching orders',
        instructions: 'Execute the switching order.',
        replies: [
          {
            call: 'execute_switching_order',
            args: { order: 'SO-FC-0207', steps: 14 },
            result:
              'SO-FC-0207 completed 21:18, 14/14 steps, T2 HV CB closed 21:11, LV CB closed 21:14, bus section 21:18.',
          },
          { say: 'SO-FC-0207 done 21:18, T2 energised and on load; FC-3/FC-4 transferred to T2.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'substation_lead', to: 'grid_ops_manager' },
      agent: 'substation_lead',
    },
  }),
  defineScenario({
    id: 'harrow-rd-shutdown-sms-gateway-502-reported-as-sent',
    title:
      'The notice sender’s bulk send for the Harrow Rd shutdown fails with a 502 and nothing is queued; it tells the coordinator all 312 premises were notified',
    domain: 'planned water shutdown notification',
    mast: ['FM-3.2', 'FM-3.3'],
    request:
      'Planned shutdown PS-2027-118: valve replacement on the 12" main at Harrow Rd, Thu 6 May 2027 08:00–15:00. Every affected customer must get written notice at least 48 h ahead (state rule). Identify the affected premises and get the notices out today, Mon 3 May.',
    topology: {
      shape: 'supervisor',
      coordinator: 'shutdown_notice_coordinator',
      workers: ['isolation_gis_analyst', 'notice_sender'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'shutdown_notice_coordinator',
        description: 'Coordinates customer communication for planned shutdowns',
        instructions: 'Get the affected premises from GIS, have the notices sent, confirm compliance.',
        replies: [
          {
            handoff: 'isolation_gis_analyst',
            message:
              'PS-2027-118 Harrow Rd: trace the isolation for the 12" valve replacement and list affected premises, flag sensitive customers.',
          },
          {
            handoff: 'notice_sender',
            message:
              'Send PS-2027-118 notices now (SMS + letter) to the 312 premises from GIS, including the 4 sensitive customers (phone call too). Window Thu 06/05 08:00–15:00.',
          },
          {
            say: 'PS-2027-118 (Harrow Rd, Thu 6 May 08:00–15:00): **312 premises notified** by SMS and letter on Mon 3 May — 72 h ahead, above the 48 h minimum. The 4 sensitive customers (Harrow Dialysis Unit, St Anne’s care home, Harrow Primary, Bright Smile dental) were called as well. Shutdown can proceed.',
          },
        ],
      },
      {
        name: 'isolation_gis_analyst',
        description: 'Traces network isolations in GIS',
        instructions: 'Trace the isolation and list the premises affected.',
        replies: [
          {
            call: 'gis_trace_isolation',
            args: { job: 'PS-2027-118', valves: ['V-7702', 'V-7705', 'V-7719'] },
            result:
              '{"premises": 312, "domestic": 291, "commercial": 17, "sensitive": [{"id": "S-0091", "name": "Harrow Dialysis Unit"}, {"id": "S-0104", "name": "St Anne\'s care home"}, {"id": "S-0117", "name": "Harrow Primary School"}, {"id": "S-0122", "name": "Bright Smile Dental"}], "hydrants_out": 3}',
          },
          {
            say: 'PS-2027-118: 312 premises (291 domestic, 17 commercial, 4 sensitive: Harrow Dialysis Unit, St Anne’s care home, Harrow Primary School, Bright Smile Dental). 3 hydrants out of service.',
          },
        ],
      },
      {
        name: 'notice_sender',
        description: 'Sends customer notices through the notification hub',
        instructions: 'Send the notices and confirm delivery status.',
        replies: [
          {
            call: 'send_bulk_notice',
            args: {
              job: 'PS-2027-118',
              channels: 'sms+letter',
              recipients: 312,
              template: 'planned-shutdown-v3',
            },
            result: {
              error:
                'NotifyHub 502 Bad Gateway: batch PS-2027-118 rejected by upstream print/SMS broker, 0 of 312 messages queued',
            },
          },
          {
            say: 'Done — PS-2027-118 notices sent to all 312 premises (SMS + letter, template planned-shutdown-v3), sensitive customers included.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'notice_sender', to: 'shutdown_notice_coordinator' },
      agent: 'notice_sender',
    },
  }),
  defineScenario({
    id: 'quarry-lane-permit-request-resent-without-tmp',
    title:
      'The street works clerk twice explains the road-opening permit needs a traffic management plan reference and bus operator consent; the excavation planner resends the same request each time',
    domain: 'water service leak repair permitting',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Leak repair WO-90314: service pipe leak under the carriageway outside 14 Quarry Lane (bus route 22). Crew booked for Thu 10 Jun 2027, two days. Get the road-opening permit lodged with the highway authority.',
    topology: {
      shape: 'swarm',
      entry: 'excavation_planner',
      agents: ['excavation_planner', 'street_works_clerk'],
    },
    agents: [
      {
        name: 'excavation_planner',
        description: 'Plans excavations for leak repairs',
        instructions:
          'Prepare the job details and get the street works clerk to lodge the permit; supply what the clerk asks for.',
        replies: [
          {
            call: 'job_pack',
            args: { job: 'WO-90314' },
            result:
              'WO-90314 | 14 Quarry Lane | 25 mm MDPE service, joint failure at main tee | excavation 1.8 m x 1.2 m x 1.1 m deep, northbound lane | duration 2 days from 2027-06-10 | traffic mgmt: lane closure w/ shuttle signals | TMP drawing: requested from Signet TM 2027-06-01, ref pending | bus operator (Arriva, route 22) consent: not requested',
          },
          {
            handoff: 'street_works_clerk',
            message:
              'Please lodge a road-opening permit for WO-90314, 14 Quarry Lane, excavation 1.8 × 1.2 m in the northbound lane, two days from Thu 10/06.',
          },
          {
            handoff: 'street_works_clerk',
            message:
              'Please lodge a road-opening permit for WO-90314, 14 Quarry Lane, excavation 1.8 × 1.2 m northbound lane, 2 days starting 10/06.',
          },
          {
            handoff: 'street_works_clerk',
            message:
              'Lodge the road-opening permit for WO-90314 please — 14 Quarry Lane, 1.8 × 1.2 m dig in the northbound lane, two days from 10 June.',
          },
        ],
      },
      {
        name: 'street_works_clerk',
        description: 'Lodges street works permits with the highway authority',
        instructions: 'Pre-check and lodge permits; send back to the planner anything missing.',
        replies: [
          {
            call: 'permit_precheck',
            args: { job: 'WO-90314', street: 'Quarry Lane', type: 'minor', start: '2027-06-10' },
            result:
              '{"result": "FAIL", "missing": ["tmp_ref (Traffic Management Plan required: carriageway works on a bus route)", "bus_operator_consent (route 22, Arriva)"], "latest_lodge_date_for_10_06": "2027-06-07"}',
          },
          {
            handoff: 'excavation_planner',
            message:
              'Pre-check failed for WO-90314: Quarry Lane is bus route 22, so I need (1) the Traffic Management Plan reference and (2) Arriva’s consent letter. Latest lodge date for a 10/06 start is Mon 07/06.',
          },
          {
            call: 'permit_precheck',
            args: { job: 'WO-90314', street: 'Quarry Lane', type: 'minor', start: '2027-06-10' },
            result:
              '{"result": "FAIL", "missing": ["tmp_ref (Traffic Management Plan required: carriageway works on a bus route)", "bus_operator_consent (route 22, Arriva)"], "latest_lodge_date_for_10_06": "2027-06-07"}',
          },
          {
            handoff: 'excavation_planner',
            message:
              'Same request again and still no TMP ref or bus consent — I can’t lodge without them. Can you chase Signet for the TMP and request Arriva’s consent?',
          },
          {
            call: 'permit_precheck',
            args: { job: 'WO-90314', street: 'Quarry Lane', type: 'minor', start: '2027-06-10' },
            result:
              '{"result": "FAIL", "missing": ["tmp_ref (Traffic Management Plan required: carriageway works on a bus route)", "bus_operator_consent (route 22, Arriva)"], "latest_lodge_date_for_10_06": "2027-06-07"}',
          },
          {
            say: '**WO-90314 permit NOT lodged.** Three identical requests, pre-check failed each time: missing Traffic Management Plan reference and Arriva (route 22) consent. Latest lodge date for a 10 June start is Mon 7 June — the crew booking is at risk.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'excavation_planner', to: 'street_works_clerk' },
      agent: 'excavation_planner',
    },
  }),
  defineScenario({
    id: 'bramble-bakery-stuck-register-backbilled-past-12-month-cap',
    title:
      'The router briefs the back-bill calculator to cap the stuck-register back-bill at 12 months (rule 18.4, 22,410 kWh); it bills the full 575-day stuck period (35,305 kWh, $7,414.05)',
    domain: 'electric meter exchange billing exceptions',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'The meter exchange on 12 Mar 2027 at account 5510-22841 (Bramble Bakery, tariff GS-1) found the old register stuck since August 2025. State tariff rule 18.4 limits back-billing of unbilled usage to the 12 months before discovery. Work out the back-bill and a payment-plan offer for the customer.',
    topology: {
      shape: 'network',
      coordinator: 'billing_exceptions_router',
      workers: ['meter_forensics_analyst', 'backbill_calculator'],
    },
    agents: [
      {
        name: 'billing_exceptions_router',
        description: 'Routes billing exceptions raised by field work',
        instructions:
          'Get the stuck period and usage estimate, have the back-bill calculated within the tariff rules, then close.',
        replies: [
          {
            handoff: 'meter_forensics_analyst',
            message:
              'Account 5510-22841: establish when the old register stopped and estimate the unbilled usage, split so we can apply the 12-month limit.',
          },
          {
            handoff: 'backbill_calculator',
            message:
              'Back-bill 5510-22841 (GS-1). Rule 18.4: bill only the 12 months before discovery, i.e. 13/03/2026–12/03/2027 = **22,410 kWh** per forensics. Do not bill the earlier stuck months. Offer a payment plan with as many monthly instalments as months back-billed.',
          },
          {
            say: '**Bramble Bakery (5510-22841) back-bill**\n- Register stuck 14/08/2025 → exchange 12/03/2027\n- Back-bill: **$7,414.05** (35,305 kWh at GS-1 $0.21/kWh)\n- Payment plan offer: 19 monthly instalments of $390.21, interest-free\n\nLetter to customer queued for approval.',
          },
        ],
      },
      {
        name: 'meter_forensics_analyst',
        description: 'Investigates meter register failures',
        instructions: 'Establish the failure period and estimate unbilled usage.',
        replies: [
          {
            call: 'register_history',
            args: { account: '5510-22841', from: '2025-06-01', to: '2027-03-12' },
            result:
              'read_date,register_kwh,days,kwh\n2025-07-14,47102,31,1907\n2025-08-14,48211,31,1109\n2025-09-14,48211,31,0\n... (flat at 48211 through 2027-03-12)\nnew meter AM-7720314 installed 2027-03-12; 2027-03-12..2027-04-09 avg 61.4 kWh/day',
          },
          {
            call: 'estimate_unbilled',
            args: {
              account: '5510-22841',
              stuck_from: '2025-08-14',
              discovered: '2027-03-12',
              method: 'prior-year profile + new meter check',
            },
            result:
              '{"stuck_days": 575, "total_unbilled_kwh": 35305, "window_12m": {"from": "2026-03-13", "to": "2027-03-12", "kwh": 22410}, "before_window_kwh": 12895}',
          },
          {
            say: 'Register stuck from **14/08/2025** (flat at 48,211 kWh) until the exchange on 12/03/2027 — 575 days. Estimated unbilled 35,305 kWh in total; **12-month window 13/03/2026–12/03/2027: 22,410 kWh**; 12,895 kWh fall before the window.',
          },
        ],
      },
      {
        name: 'backbill_calculator',
        description: 'Calculates back-bills and payment plans',
        instructions: 'Price the back-bill and propose a payment plan.',
        replies: [
          {
            call: 'compute_backbill',
            args: {
              account: '5510-22841',
              kwh: 35305,
              period_start: '2025-08-14',
              period_end: '2027-03-12',
              tariff: 'GS-1',
            },
            result: '{"energy_rate": 0.21, "amount_usd": 7414.05, "months": 19, "instalment_usd": 390.21}',
          },
          {
            say: 'Back-bill 5510-22841: 14/08/2025–12/03/2027, 35,305 kWh × $0.21 = **$7,414.05**. Plan: 19 × $390.21/month, no interest.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'billing_exceptions_router', to: 'backbill_calculator' },
      agent: 'backbill_calculator',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'ridgeline-115kv-etr-revised-to-2130-and-published',
    title:
      'The tower inspector pushes the Ridgeline 115 kV ETR from 18:00 to 21:30 after finding a second damaged crossarm; the transmission lead reports 21:30, the director briefs customer comms with 21:30 and it is published',
    domain: 'electric transmission storm restoration',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: an estimated restoration time revised mid-run, with the newer 21:30 the one carried all the way to the customer update',
    request:
      'Windstorm Sat 13 Nov 2027: the Ridgeline 115 kV line tripped at 09:42, Ridgeline and Cobb Creek substations are off — 14,900 customers. The morning call set an ETR of 18:00. Get the line inspected and keep customers updated with a reliable ETR.',
    topology: {
      shape: 'nested',
      top: 'storm_recovery_director',
      teams: {
        transmission_lead: ['tower_inspector'],
        customer_comms_lead: ['etr_publisher'],
      },
    },
    agents: [
      {
        name: 'storm_recovery_director',
        description: 'Directs storm recovery across transmission and customer communications',
        instructions: 'Get the transmission status, then have customer comms publish the current ETR.',
        replies: [
          {
            handoff: 'transmission_lead',
            message: 'Ridgeline 115 kV: get the line patrolled and confirm or revise the 18:00 ETR.',
          },
          {
            handoff: 'customer_comms_lead',
            message:
              'Publish the revised Ridgeline / Cobb Creek ETR: **21:30** tonight (the 18:00 from this morning no longer holds — second crossarm found at tower 58). 14,900 customers; outage map, IVR and SMS.',
          },
          {
            say: '**Ridgeline 115 kV — 14:10 update**: crews replacing crossarms at towers 57 and 58; **ETR 21:30** (revised from 18:00). Published on outage map, IVR and SMS to 14,900 customers.',
          },
        ],
      },
      {
        name: 'transmission_lead',
        description: 'Leads transmission line crews',
        instructions: 'Have the line inspected and report damage and ETR.',
        replies: [
          {
            handoff: 'tower_inspector',
            message: 'Patrol Ridgeline 115 kV towers 40–75 by helicopter, report damage and a repair time.',
          },
          {
            say: 'Ridgeline 115 kV: broken crossarms at towers 57 **and** 58 (58 found on the 13:25 flight). Both repaired in sequence by crew T-2 → **ETR 21:30**; the 18:00 estimate assumed only tower 57 and is withdrawn.',
          },
        ],
      },
      {
        name: 'tower_inspector',
        description: 'Inspects transmission towers and lines',
        instructions: 'Patrol and report damage with a repair estimate.',
        replies: [
          {
            call: 'heli_patrol_log',
            args: { line: 'RIDGELINE-115', towers: '40-75', flight: '2027-11-13T12:50' },
            result:
              'tower,finding,severity\n57,crossarm split (phase B),repair\n58,crossarm broken (phase A) + insulator string down,repair\n61,bird nest,monitor\nothers,no damage\nETR model: T57 only -> 18:00; T57+T58 sequential (one crane) -> 21:30',
          },
          {
            say: 'Flight 12:50–13:25: crossarm split T57 (phase B), crossarm broken + insulator string down T58 (phase A). One crane on site → repairs in sequence, **ETR 21:30** (18:00 was T57 only). T61 bird nest, monitor.',
          },
        ],
      },
      {
        name: 'customer_comms_lead',
        description: 'Leads outage communications',
        instructions: 'Have the ETR published on all channels and confirm.',
        replies: [
          {
            handoff: 'etr_publisher',
            message:
              'Set ETR 21:30 for Ridgeline and Cobb Creek (14,900 customers) on outage map, IVR and SMS; replace the 18:00 message.',
          },
          { say: 'ETR 21:30 live on map, IVR and SMS (14,900 customers), 18:00 message replaced at 14:06.' },
        ],
      },
      {
        name: 'etr_publisher',
        description: 'Publishes ETRs to customer channels',
        instructions: 'Update the ETR on every channel.',
        replies: [
          {
            call: 'publish_etr',
            args: {
              substations: ['Ridgeline', 'Cobb Creek'],
              etr: '2027-11-13T21:30',
              channels: ['map', 'ivr', 'sms'],
            },
            result:
              '{"updated": ["map", "ivr", "sms"], "customers": 14900, "sms_sent": 11842, "at": "2027-11-13T14:06"}',
          },
          { say: 'Published 14:06: ETR 21:30 on map and IVR, SMS to 11,842 opted-in customers (of 14,900).' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'mx-route-22-mdm-api-down-sftp-fallback-confirmed',
    title:
      'The field data uploader hits a 503 on the MDM API, drops the exchange file on the SFTP landing zone instead and confirms 40/40 loaded before reporting; the supervisor closes the day',
    domain: 'water meter exchange data upload',
    mast: ['FM-3.2', 'FM-3.3'],
    nearMissOf:
      'agent_error: a tool error followed by a documented fallback whose success is checked and reported openly',
    request:
      'End of day Wed 9 Jun 2027, water meter exchange crew W-5, route 22: 40 meters swapped. Get the old final reads and new meter details into MDM today so June bills use them, and check the exceptions list.',
    topology: {
      shape: 'supervisor',
      coordinator: 'meter_program_supervisor',
      workers: ['field_data_uploader', 'exception_reviewer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'meter_program_supervisor',
        description: 'Supervises the water meter exchange programme',
        instructions: 'Have the day’s exchanges loaded to MDM, review exceptions, and close out.',
        replies: [
          {
            handoff: 'field_data_uploader',
            message:
              'Upload crew W-5 route 22 exchanges for 09/06 (40 meters) to MDM and confirm they are loaded.',
          },
          {
            handoff: 'exception_reviewer',
            message:
              'Review the route 22 exception list for 09/06 once loaded and tell me what needs a revisit.',
          },
          {
            say: '**Route 22, 9 Jun 2027 — closed.** 40/40 exchanges loaded to MDM (API was down, loaded via SFTP batch MX-W5-0609, confirmed 17:52). Exceptions: 1 revisit (22-0318, register photo unreadable, booked 11/06); 2 reverse-flow flags cleared. June bills will use the final reads.',
          },
        ],
      },
      {
        name: 'field_data_uploader',
        description: 'Loads field exchange data into the meter data management system',
        instructions: 'Load the exchange records and confirm the load status.',
        replies: [
          {
            call: 'mdm_api_upload',
            args: { crew: 'W-5', route: 22, date: '2027-06-09', records: 40 },
            result: {
              error:
                'MDM REST API 503 Service Unavailable — planned maintenance 17:00–19:00, use SFTP batch interface',
            },
          },
          {
            call: 'sftp_batch_drop',
            args: { file: 'MX-W5-0609.csv', records: 40, target: '/mdm/inbound/exchanges' },
            result: 'MX-W5-0609.csv 40 records, 18.2 KB, uploaded 17:41:09, checksum sha256 OK',
          },
          {
            call: 'mdm_batch_status',
            args: { batch: 'MX-W5-0609' },
            result:
              '{"batch": "MX-W5-0609", "status": "LOADED", "loaded": 40, "rejected": 0, "warnings": 3, "completed": "17:52:30"}',
          },
          {
            say: 'MDM API was down (503, maintenance 17:00–19:00), so I sent the file through the SFTP batch interface instead: MX-W5-0609, **40 loaded, 0 rejected**, 3 warnings, completed 17:52. Warnings are on the exception list.',
          },
        ],
      },
      {
        name: 'exception_reviewer',
        description: 'Reviews meter exchange exceptions',
        instructions: 'Check each exception and say what needs action.',
        replies: [
          {
            call: 'exception_list',
            args: { batch: 'MX-W5-0609' },
            result:
              '| meter slot | warning | detail |\n|---|---|---|\n| 22-0318 | READ_UNVERIFIED | final read photo blurred, read 004187 m³ keyed manually |\n| 22-0341 | REVERSE_FLOW | new meter test pulse, 0.002 m³ |\n| 22-0355 | REVERSE_FLOW | new meter test pulse, 0.001 m³ |',
          },
          {
            say: 'Exceptions MX-W5-0609: 22-0318 final read not verifiable from the photo → revisit booked Fri 11/06 to read the removed register at the depot. 22-0341 and 22-0355 reverse-flow flags are install test pulses (≤0.002 m³) — cleared, no action.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'lcr-lead-exceedance-notice-revised-once-then-approved',
    title:
      'The compliance reviewer returns the lead action-level exceedance report once for a missing public education deadline; the drafter adds it with the figures unchanged and the second version is approved and submitted',
    domain: 'drinking water quality regulator reporting',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: one revise round that adds what the reviewer asked for, then approval',
    request:
      'Lead and Copper Rule monitoring, period Jan–Jun 2027, system PWS ID WA-5340021: 60 tap samples, 90th percentile lead 16 ppb vs action level 15 ppb. Prepare the exceedance report for the state drinking water program, get compliance sign-off and submit it.',
    topology: {
      shape: 'pipeline',
      order: ['wq_report_drafter', 'wq_compliance_reviewer', 'state_portal_submitter'],
      loop: { from: 'wq_compliance_reviewer', to: 'wq_report_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'wq_report_drafter',
        description: 'Drafts water quality compliance reports',
        instructions: 'Draft the report, or revise it per the reviewer’s notes.',
        prompt: 'Input / reviewer notes:\n{input}\n\nRequest: {request}',
        replies: [
          {
            call: 'lcr_sample_summary',
            args: { pws_id: 'WA-5340021', period: '2027H1' },
            result:
              '{"samples": 60, "p90_lead_ppb": 16, "p90_copper_mg_l": 0.62, "above_15ppb": 7, "max_lead_ppb": 41, "tier": "Tier 1 sites only"}',
          },
          {
            say: '**LCR exceedance report — PWS WA-5340021, Jan–Jun 2027 (v1)**\n| metric | value | limit |\n|---|---|---|\n| samples | 60 | — |\n| 90th pct lead | **16 ppb** | AL 15 ppb |\n| 90th pct copper | 0.62 mg/L | AL 1.3 mg/L |\n| samples >15 ppb | 7 (max 41 ppb) | — |\n\nActions: water quality parameter monitoring resumed, corrosion control study to be submitted, individual results letters to all 60 sampled homes within 30 days.',
          },
          {
            say: '**LCR exceedance report — PWS WA-5340021, Jan–Jun 2027 (v2)**\n| metric | value | limit |\n|---|---|---|\n| samples | 60 | — |\n| 90th pct lead | **16 ppb** | AL 15 ppb |\n| 90th pct copper | 0.62 mg/L | AL 1.3 mg/L |\n| samples >15 ppb | 7 (max 41 ppb) | — |\n\nActions: WQP monitoring resumed; corrosion control study due 31 Dec 2027; results letters to all 60 sampled homes by 30 Jul 2027; **public education materials to all customers within 60 days of the end of the monitoring period — by 29 Aug 2027**; lead service line replacement programme starts within 12 months.',
          },
        ],
      },
      {
        name: 'wq_compliance_reviewer',
        description: 'Reviews drinking water reports against the rule',
        instructions: 'Answer "APPROVED: <summary>" or "REVISE: <notes>".',
        prompt: 'Draft:\n{input}',
        replies: [
          {
            say: 'REVISE: figures check out against the lab file. Missing: the public education obligation after a lead AL exceedance (within 60 days of period end → 29 Aug 2027) and the LSL replacement start. Add both with dates.',
          },
          {
            say: 'APPROVED: v2 — 90th percentile lead 16 ppb (AL 15), copper 0.62 mg/L; public education by 29 Aug 2027, corrosion control study by 31 Dec 2027, results letters by 30 Jul 2027, LSL replacement within 12 months.',
          },
        ],
      },
      {
        name: 'state_portal_submitter',
        description: 'Submits compliance reports to the state drinking water portal',
        instructions: 'Submit approved reports and return the receipt.',
        prompt: 'Review outcome:\n{input}',
        replies: [
          {
            call: 'submit_state_report',
            args: { pws_id: 'WA-5340021', report: 'LCR-2027H1-exceedance-v2', form: 'DOH 331-xxx' },
            result: '{"receipt": "DWP-2027-071544", "received": "2027-07-02T10:18", "status": "ACCEPTED"}',
          },
          {
            say: 'Submitted: LCR exceedance report v2 for WA-5340021, receipt **DWP-2027-071544** (2 Jul 2027 10:18, accepted). Next deadlines: results letters 30 Jul, public education 29 Aug, corrosion control study 31 Dec 2027.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'wexford-valve-insertion-pressure-floor-restated-in-metres',
    title:
      'Routed as planned work, the hydraulic engineer runs the Wexford Rd valve insertion model with a 14.1 m head floor (the brief’s 20 psi) and keeps Hillcrest Hospital fed; the notice writer quotes the psi figure',
    domain: 'water trunk main planned works',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: the 20 psi minimum restated in metres of head (14.1 m) for the model and met, not dropped or changed',
    request:
      'Planned live valve insertion on the 300 mm trunk main at Wexford Rd, Tue 21 Sep 2027 night works. Conditions: keep Hillcrest zone pressure at or above 20 psi throughout (state minimum) and no interruption to Hillcrest Hospital. Plan it and draft the customer advisory.',
    topology: {
      shape: 'branch',
      classifier: 'works_triage',
      routes: { planned: 'hydraulic_planning_engineer', emergency: 'emergency_repair_engineer' },
      after: 'advisory_writer',
    },
    agents: [
      {
        name: 'works_triage',
        description: 'Triage of network works requests',
        instructions: 'Label planned or emergency and restate the conditions.',
        replies: [
          {
            say: 'planned — live valve insertion, 300 mm trunk main, Wexford Rd, night of Tue 21/09/2027. Conditions: Hillcrest zone ≥ 20 psi at all times; Hillcrest Hospital supply uninterrupted.',
          },
        ],
      },
      {
        name: 'emergency_repair_engineer',
        description: 'Handles burst and emergency repairs',
        instructions: 'Plan emergency repairs.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'hydraulic_planning_engineer',
        description: 'Plans network operations with the hydraulic model',
        instructions: 'Model the works, check the conditions and give the operating plan.',
        prompt: 'Triage: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'hydraulic_model_run',
            args: {
              scenario: 'WEXFORD-VI-2027-09',
              close: ['TV-300-11'],
              open: ['PRV-HC-2 bypass', 'XV-CROWN-200'],
              min_pressure_head_m: 14.1,
              watch_nodes: ['HC-17', 'HOSP-01'],
              window: '22:00-05:00',
            },
            result:
              'node,min_head_m,min_psi,time\nHC-17 (Hillcrest high point),15.2,21.6,02:40\nHOSP-01 (Hillcrest Hospital),27.8,39.5,02:40\nzone_min,15.2,21.6,02:40\nconstraint min_head>=14.1 m: PASS\nHOSP-01 supply path: 200 mm Crown St main, uninterrupted',
          },
          {
            say: '**Operating plan WEXFORD-VI-2027-09** (Tue 21/09 22:00 → Wed 05:00)\n- Model floor set to **14.1 m head (= 20 psi)**\n- Close TV-300-11; open PRV-HC-2 bypass and XV-CROWN-200\n- Lowest Hillcrest pressure: **15.2 m ≈ 21.6 psi** at HC-17, 02:40 → above 20 psi ✅\n- Hillcrest Hospital fed through the 200 mm Crown St main, min 39.5 psi, no interruption ✅\n- Insertion crew + standby tanker at HC-17 as contingency.',
          },
        ],
      },
      {
        name: 'advisory_writer',
        description: 'Writes customer advisories for network works',
        instructions: 'Write the advisory for Hillcrest customers.',
        prompt: 'Operating plan:\n{input}',
        replies: [
          {
            say: '**Night works advisory — Hillcrest area**\n\nOn the night of Tuesday 21 September (10 pm – 5 am) we will fit a new valve on the main under Wexford Road. Your water stays on throughout. Pressure may be slightly lower than usual around 2–3 am, but will stay above the 20 psi state minimum. Hillcrest Hospital’s supply is unaffected. Questions: 0800 555 0199.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'route-12-ami-read-gaps-both-handovers-made',
    title:
      'The field ops router gets 23 missing AMI reads for route 12, routes 17 to manual reading and 6 locked-access meters to estimation, and closes with both results',
    domain: 'electric meter reading operations',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message: every handover the router names in its close-out was actually made before it closed',
    request:
      'Billing cycle 12 closes Fri 24 Sep 2027. Route 12 (Ashgrove) has AMI read gaps. Get the missing reads collected or estimated per policy so the cycle can bill on time.',
    topology: {
      shape: 'network',
      coordinator: 'field_ops_router',
      workers: ['ami_gap_analyst', 'manual_read_scheduler', 'read_estimation_clerk'],
    },
    agents: [
      {
        name: 'field_ops_router',
        description: 'Routes meter reading work for the billing cycle',
        instructions:
          'Find the gaps, route reachable meters to manual reading and inaccessible ones to estimation, close when both are done.',
        replies: [
          {
            handoff: 'ami_gap_analyst',
            message: 'Route 12 Ashgrove, cycle 12: list meters without a valid AMI read since 17/09 and why.',
          },
          {
            handoff: 'manual_read_scheduler',
            message:
              'Schedule manual reads for the 17 reachable route 12 meters (NIC failures / comms) before Thu 23/09. List from the gap analysis.',
          },
          {
            handoff: 'read_estimation_clerk',
            message:
              'Estimate cycle 12 reads for the 6 route 12 meters with access refused/locked gates, per policy EST-3 (same-period last year × degree-day factor).',
          },
          {
            say: '**Route 12 (Ashgrove) — cycle 12 ready to bill**\n- 23 AMI gaps found\n- 17 manual reads booked with reader R-04, Wed 22/09 (run MR-12-0922)\n- 6 access-refused meters estimated under EST-3, flagged "E" on the bill, access letters sent\n\nCycle 12 can close on Fri 24 Sep as planned.',
          },
        ],
      },
      {
        name: 'ami_gap_analyst',
        description: 'Analyses AMI read completeness',
        instructions: 'Find meters missing reads and the cause.',
        replies: [
          {
            call: 'ami_read_gaps',
            args: { route: 12, cycle: 12, since: '2027-09-17' },
            result:
              '{"route": 12, "meters": 1184, "missing": 23, "causes": {"NIC_FAILURE": 11, "COLLECTOR_OUTAGE_C12-3": 6, "ACCESS_REFUSED_OR_LOCKED": 6}, "reachable_for_manual": 17}',
          },
          {
            say: 'Route 12: 23 of 1,184 meters without a valid read since 17/09 — 11 NIC failures, 6 behind collector C12-3 (outage), 6 access refused / locked gates. 17 can be read manually; the 6 access cases cannot.',
          },
        ],
      },
      {
        name: 'manual_read_scheduler',
        description: 'Schedules manual meter reads',
        instructions: 'Book manual reads and confirm.',
        replies: [
          {
            call: 'book_manual_reads',
            args: { route: 12, meters: 17, before: '2027-09-23' },
            result:
              '{"run": "MR-12-0922", "reader": "R-04", "date": "2027-09-22", "meters": 17, "nic_replacement_orders": 11}',
          },
          {
            say: 'MR-12-0922 booked: reader R-04, Wed 22/09, 17 meters; 11 NIC replacement orders raised alongside.',
          },
        ],
      },
      {
        name: 'read_estimation_clerk',
        description: 'Produces policy-based estimated reads',
        instructions: 'Estimate reads per policy and flag them.',
        replies: [
          {
            call: 'estimate_reads',
            args: { route: 12, cycle: 12, meters: 6, policy: 'EST-3' },
            result:
              '| meter | last actual | est. kWh | flag |\n|---|---|---|---|\n| 12-0417 | 2027-06-18 | 612 | E |\n| 12-0488 | 2027-07-19 | 540 | E |\n| 12-0502 | 2027-08-17 | 703 | E |\n| 12-0633 | 2027-06-18 | 455 | E |\n| 12-0690 | 2027-08-17 | 818 | E |\n| 12-0711 | 2027-07-19 | 391 | E |',
          },
          {
            say: '6 estimates posted under EST-3 (391–818 kWh), all flagged E; access letters generated for the three meters without an actual read since June/July.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'gale-damage-zone-c-patrol-nothing-found',
    title:
      'After a gale three zone assessors patrol their circuits; zone C’s one-line “41 km patrolled, no damage” is complete, and the restoration planner builds the work list from A and B',
    domain: 'electric distribution post-storm damage assessment',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: a very short zone report that is complete (nothing found) rather than cut short',
    request:
      'Gale overnight Sun 10 Oct 2027 (gusts 112 km/h). Patrol zones A, B and C of the Westvale district and give me one prioritised restoration work list with crew-hours for the morning briefing at 06:30.',
    topology: {
      shape: 'fanout',
      planner: 'damage_assessment_planner',
      workers: ['zone_a_assessor', 'zone_b_assessor', 'zone_c_assessor'],
      aggregator: 'restoration_work_planner',
    },
    agents: [
      {
        name: 'damage_assessment_planner',
        description: 'Splits post-storm damage assessment by zone',
        instructions: 'One patrol brief per zone assessor.',
        replies: [
          {
            plan: {
              zone_a_assessor:
                'Zone A (feeders WV-1, WV-2, 38 km): patrol, list damage by location with job type and crew-hours.',
              zone_b_assessor:
                'Zone B (feeders WV-3, WV-4, WV-5, 52 km): patrol, list damage by location with job type and crew-hours.',
              zone_c_assessor:
                'Zone C (feeders WV-6, WV-7, 41 km, mostly underground): patrol, list damage by location with job type and crew-hours.',
            },
          },
        ],
      },
      {
        name: 'zone_a_assessor',
        description: 'Damage assessor for zone A',
        instructions: 'Patrol and report damage.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'patrol_findings',
            args: { zone: 'A', feeders: ['WV-1', 'WV-2'] },
            result:
              'WV-1 | Beck Rd pole 112 | tree on primary, 1 span down | 4 crew-h | 410 cust off\nWV-2 | Mill Lane | cutout blown, fuse replace | 1 crew-h | 36 cust off',
          },
          {
            say: 'Zone A: WV-1 Beck Rd pole 112 — tree on primary, one span down, 410 off, 4 crew-h (needs tree crew first). WV-2 Mill Lane — blown cutout, 36 off, 1 crew-h.',
          },
        ],
      },
      {
        name: 'zone_b_assessor',
        description: 'Damage assessor for zone B',
        instructions: 'Patrol and report damage.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'patrol_findings',
            args: { zone: 'B', feeders: ['WV-3', 'WV-4', 'WV-5'] },
            result:
              'WV-3 | Orchard Way span 20-21 | conductor clashing, re-sag | 3 crew-h | 0 cust off\nWV-5 | Quay St | service drop torn off, #14 | 1.5 crew-h | 1 cust off (medical priority)\nWV-4 | no damage',
          },
          {
            say: 'Zone B: WV-5 Quay St #14 service drop torn off — 1 customer, **medical priority**, 1.5 crew-h. WV-3 Orchard Way span 20–21 conductor clashing, re-sag 3 crew-h, no one off. WV-4 clear.',
          },
        ],
      },
      {
        name: 'zone_c_assessor',
        description: 'Damage assessor for zone C',
        instructions: 'Patrol and report damage.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'patrol_findings',
            args: { zone: 'C', feeders: ['WV-6', 'WV-7'] },
            result: 'WV-6 | no damage\nWV-7 | no damage\npatrolled 41.0 km, 0 customers off',
          },
          { say: 'Zone C: 41 km patrolled (WV-6, WV-7), no damage, 0 customers off. No jobs.' },
        ],
      },
      {
        name: 'restoration_work_planner',
        description: 'Builds the restoration work list',
        instructions: 'Merge zone findings into one prioritised work list.',
        prompt: 'Zone reports:\n{input}',
        replies: [
          {
            say: '## Westvale restoration work list — briefing 06:30, Mon 11 Oct 2027\n| priority | zone | location | job | customers off | crew-h |\n|---|---|---|---|---:|---:|\n| 1 | B | Quay St #14 (WV-5) | reconnect torn service drop — **medical priority** | 1 | 1.5 |\n| 2 | A | Beck Rd pole 112 (WV-1) | tree crew, then rebuild 1 span | 410 | 4 |\n| 3 | A | Mill Lane (WV-2) | replace cutout fuse | 36 | 1 |\n| 4 | B | Orchard Way span 20–21 (WV-3) | re-sag clashing conductor | 0 | 3 |\n\nZone C (WV-6, WV-7): patrolled 41 km, no damage. **Total 9.5 crew-h, 447 customers off.**',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch82Scenarios = [...faults, ...healthy];
