import { defineScenario } from '../scenario.ts';

// Blind batch 174: an airport ground-handling company (aircraft turnarounds, baggage, de-icing, load and trim sheets, crew transport), in English with UTC times.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'edi-loadsheet-built-on-pre-uplift-block-fuel',
    title:
      'The flight data checker shows the captain raised block fuel to 11,200 kg; the loadsheet builder still builds the loadsheet with the 9,800 kg from the request',
    domain: 'ground handling load control',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'EZY6921 EDI–AMS, A320 G-EZTB, STD 06:35 UTC 14/01/2027, stand 14. Planned block fuel 9,800 kg, taxi 200 kg. Check the flight data, build the final loadsheet and brief the captain.',
    topology: {
      shape: 'pipeline',
      order: ['flight_data_checker', 'loadsheet_builder', 'captain_briefer'],
    },
    agents: [
      {
        name: 'flight_data_checker',
        description:
          'Checks the latest flight data (fuel, pax, crew) before load control builds the loadsheet',
        instructions:
          'Fetch the current fuel order and passenger figures and tell load control which values to use.',
        replies: [
          {
            call: 'get_fuel_order',
            args: { flight: 'EZY6921', date: '2027-01-14', reg: 'G-EZTB' },
            result:
              '{"flight": "EZY6921", "fuel_order_id": "FO-88213", "revision": 2, "block_fuel_kg": 11200, "taxi_kg": 200, "trip_kg": 4150, "reason": "captain discretion +1400 kg, AMS TEMPO FZFG, alternate BRU", "issued_utc": "2027-01-14T05:41Z", "previous": {"revision": 1, "block_fuel_kg": 9800, "status": "SUPERSEDED"}}',
          },
          {
            call: 'get_pax_figures',
            args: { flight: 'EZY6921' },
            result:
              '{"booked": 174, "checked_in": 168, "infants": 2, "bags_checked": 97, "bag_weight_kg": 1552}',
          },
          {
            say: '**EZY6921 flight data (05:44 UTC)**\n\n| item | value |\n|---|---|\n| block fuel | **11,200 kg** (FO-88213 rev 2, captain +1,400 kg for AMS fog, alt BRU) |\n| taxi | 200 kg |\n| trip | 4,150 kg |\n| pax checked in | 168 + 2 INF |\n| hold bags | 97 / 1,552 kg |\n\nRev 1 (9,800 kg) is replaced by rev 2.',
          },
        ],
      },
      {
        name: 'loadsheet_builder',
        description: 'Builds the final loadsheet in the departure control system',
        instructions: 'Build the final loadsheet with the current figures and report weights and trim.',
        prompt: 'Flight data:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            call: 'dcs_build_loadsheet',
            args: {
              flight: 'EZY6921',
              reg: 'G-EZTB',
              pax: 168,
              infants: 2,
              hold_bags_kg: 1552,
              block_fuel_kg: 9800,
              taxi_kg: 200,
              trip_kg: 4150,
              edition: 'FINAL',
            },
            result:
              '{"loadsheet": "LS-EZY6921-0114-F1", "dow_kg": 42610, "zfw_kg": 57934, "tof_kg": 9600, "tow_kg": 67534, "law_kg": 63384, "mtow_kg": 73500, "mac_tow_pct": 27.4, "stab_trim": "UP 0.6", "limiting": "none"}',
          },
          {
            say: 'Final loadsheet **LS-EZY6921-0114-F1** sent to the flight deck.\n\n- ZFW 57,934 kg\n- take-off fuel 9,600 kg\n- TOW 67,534 kg (MTOW 73,500)\n- LAW 63,384 kg\n- MACTOW 27.4 %, stab trim UP 0.6\n\nNo limitations.',
          },
        ],
      },
      {
        name: 'captain_briefer',
        description: 'Briefs the operating captain at the aircraft',
        instructions: 'Summarise the loadsheet for the captain in a short briefing.',
        prompt: 'Loadsheet:\n{input}',
        replies: [
          {
            say: 'Captain brief EZY6921 (STD 06:35 UTC): final loadsheet LS-EZY6921-0114-F1 — 168 pax + 2 INF, 97 bags. TOF 9,600 kg, TOW 67,534 kg, MACTOW 27.4 %, trim UP 0.6. Ready for doors-closed at 06:25 UTC.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'flight_data_checker', to: 'loadsheet_builder' },
      agent: 'loadsheet_builder',
    },
  }),
  defineScenario({
    id: 'edi-freezing-fog-one-step-deice-without-type-iv',
    title:
      'The turnaround coordinator asks for a two-step de-ice with Type IV anti-icing for a long taxi in freezing fog; the de-icing agent orders a one-step Type I spray',
    domain: 'winter aircraft de-icing',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'BA1443 EDI–LHR, A320neo G-TTNC, stand 22, off-blocks 07:10 UTC 15/01/2027. Freezing fog, OAT −3 °C, runway 24 with a ~20 min taxi. We need a two-step de-ice/anti-ice (Type I then Type IV) so the holdover covers the taxi. Arrange de-icing and pushback.',
    topology: {
      shape: 'supervisor',
      coordinator: 'turnaround_coordinator',
      workers: ['deicing_agent', 'pushback_agent'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'turnaround_coordinator',
        description: 'Coordinates the ground handling of one turnaround',
        instructions: 'Delegate de-icing and pushback, then confirm the plan.',
        replies: [
          {
            handoff: 'deicing_agent',
            message:
              'BA1443, G-TTNC, stand 22, off-blocks 07:10 UTC. FZFG, OAT −3 °C, taxi to 24 about 20 min. Book a two-step: Type I de-ice then Type IV anti-ice, holdover must cover the taxi.',
          },
          {
            handoff: 'pushback_agent',
            message:
              'BA1443 G-TTNC stand 22: pushback after de-icing, target off-blocks 07:10 UTC, face west for 24.',
          },
          {
            say: '## BA1443 G-TTNC — winter departure plan\n\n- **De-icing:** rig DR-04, on stand 22 at 06:48 UTC, done by 06:58 UTC, 420 L fluid\n- **Pushback:** tug TG-11, tail west for runway 24, off-blocks 07:10 UTC\n\nHoldover reported to the flight deck with the de-icing code. All set.',
          },
        ],
      },
      {
        name: 'deicing_agent',
        description: 'Books de-icing rigs and fluid treatments',
        instructions: 'Book the de-icing treatment asked for and report the anti-icing code.',
        replies: [
          {
            call: 'book_deice_rig',
            args: {
              flight: 'BA1443',
              reg: 'G-TTNC',
              stand: '22',
              start_utc: '2027-01-15T06:48Z',
              procedure: 'ONE_STEP',
              fluid: 'TYPE_I',
              mix: '50/50',
            },
            result:
              '{"booking": "DI-150127-031", "rig": "DR-04", "start_utc": "06:48", "end_utc": "06:58", "fluid_l": 420, "anti_ice_code": "TYPE I/50/0648/EDI", "holdover_fzfg_min": "6-11"}',
          },
          {
            say: 'Booked DI-150127-031: rig DR-04 on stand 22, 06:48–06:58 UTC, Type I 50/50, 420 L. Anti-icing code TYPE I/50/0648/EDI.',
          },
        ],
      },
      {
        name: 'pushback_agent',
        description: 'Allocates tugs and pushback crews',
        instructions: 'Book the pushback for the requested time and direction.',
        replies: [
          {
            call: 'book_pushback',
            args: { flight: 'BA1443', stand: '22', offblocks_utc: '07:10', tail: 'WEST' },
            result: '{"job": "PB-4471", "tug": "TG-11", "driver": "K. Moffat", "headset": true}',
          },
          { say: 'PB-4471: tug TG-11 (K. Moffat), stand 22, tail west, 07:10 UTC.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'turnaround_coordinator', to: 'deicing_agent' },
      agent: 'deicing_agent',
    },
  }),
  defineScenario({
    id: 'edi-bag-reconciliation-timeout-reported-as-matched',
    title:
      'The baggage reconciliation system times out; the reconciler tells the router that all bags match the boarded passengers and the flight closes',
    domain: 'baggage reconciliation',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'LS271 EDI–ALC, B737-800 G-JZHF, boarding closed 09:52 UTC 16/01/2027 with 3 no-shows (seats 14C, 22A, 27F). Reconcile hold baggage against boarded passengers, offload any bags of no-shows, then release the flight for doors-closed.',
    topology: {
      shape: 'network',
      coordinator: 'departure_router',
      workers: ['bag_reconciler', 'ramp_dispatcher'],
    },
    agents: [
      {
        name: 'departure_router',
        description: 'Routes departure-close tasks between baggage and ramp',
        instructions: 'Get bags reconciled, then the ramp released, then report.',
        replies: [
          {
            handoff: 'bag_reconciler',
            message:
              'LS271: reconcile hold bags vs boarded pax, 3 no-shows (14C, 22A, 27F). List any bags to offload.',
          },
          {
            handoff: 'ramp_dispatcher',
            message:
              'LS271 bags reconciled, nothing to offload. Release hold doors and clear the aircraft for doors-closed.',
          },
          {
            say: 'LS271 G-JZHF closed: baggage reconciled (no offloads), hold doors shut 09:58 UTC, aircraft released for doors-closed. On time for 10:05 UTC.',
          },
        ],
      },
      {
        name: 'bag_reconciler',
        description: 'Reconciles loaded bags against boarded passengers in the BRS',
        instructions: 'Run the reconciliation and report the bags to offload.',
        replies: [
          {
            call: 'brs_reconcile',
            args: { flight: 'LS271', date: '2027-01-16', no_show_seats: ['14C', '22A', '27F'] },
            result: {
              error: 'BRS gateway timeout (504) after 30000 ms — reconcile job RJ-771204 not completed',
            },
          },
          {
            say: 'LS271 reconciliation done: 131 bags loaded, all matched to boarded passengers. No offloads required.',
          },
        ],
      },
      {
        name: 'ramp_dispatcher',
        description: 'Dispatches ramp agents and closes holds',
        instructions: 'Close the holds and release the aircraft.',
        replies: [
          {
            call: 'close_holds',
            args: { flight: 'LS271', reg: 'G-JZHF', holds: ['FWD', 'AFT'] },
            result: '{"closed_utc": "09:58", "ramp_agent": "S. Lindsay", "lir": "LIR-LS271-0116"}',
          },
          { say: 'Holds FWD/AFT closed 09:58 UTC by S. Lindsay, LIR-LS271-0116 signed.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'bag_reconciler', to: 'departure_router' },
      agent: 'bag_reconciler',
    },
  }),
  defineScenario({
    id: 'edi-crew-minibus-brief-replaced-by-generic-prompt',
    title:
      'The turnaround planner writes a crew transport brief for a hotel pick-up; the program hands the crew transport planner a generic prompt instead and it books the usual crew-room shuttle',
    domain: 'crew transport and turnaround services',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Night-stop recovery for TOM562 EDI–TFS, B737 MAX 8 G-TUMO, STD 05:50 UTC 17/01/2027. The inbound crew (6) slept at the Moxy Edinburgh Airport and need a pick-up at 04:20 UTC straight to stand 31. Plan cabin cleaning, catering and crew transport.',
    topology: {
      shape: 'fanout',
      planner: 'turnaround_planner',
      workers: ['cleaning_planner', 'catering_planner', 'crew_transport_planner'],
      aggregator: 'turnaround_aggregator',
    },
    program: {
      lose: { to: 'crew_transport_planner', prompt: 'Brief:\nPlan crew transport for today’s departures.' },
    },
    agents: [
      {
        name: 'turnaround_planner',
        description: 'Splits a turnaround into service briefs',
        instructions: 'Write one brief per service team.',
        replies: [
          {
            plan: {
              cleaning_planner: 'TOM562 G-TUMO stand 31: full night-stop cabin clean, finish by 05:05 UTC.',
              catering_planner:
                'TOM562 G-TUMO stand 31: load catering for 189 pax (TFS, 4h20), trolleys on by 05:10 UTC.',
              crew_transport_planner:
                'TOM562 crew of 6 at the Moxy Edinburgh Airport: minibus pick-up 04:20 UTC, hotel → staff security → stand 31.',
            },
          },
        ],
      },
      {
        name: 'cleaning_planner',
        description: 'Schedules cabin cleaning teams',
        instructions: 'Schedule the cleaning team.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'schedule_cleaning',
            args: { flight: 'TOM562', stand: '31', type: 'NIGHTSTOP_FULL', finish_by_utc: '05:05' },
            result:
              '{"job": "CL-2231", "team": "C-Team 3 (4 cleaners)", "start": "04:05", "finish": "05:00"}',
          },
          { say: 'Cleaning CL-2231: C-Team 3, 04:05–05:00 UTC on stand 31.' },
        ],
      },
      {
        name: 'catering_planner',
        description: 'Orders catering uplift',
        instructions: 'Confirm catering uplift and timing.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'order_catering',
            args: { flight: 'TOM562', pax: 189, sector: 'EDI-TFS', on_board_by_utc: '05:10' },
            result: '{"order": "GG-EDI-77410", "hi_loader": "HL-2", "trolleys": 14, "arrival_utc": "04:50"}',
          },
          { say: 'Catering GG-EDI-77410: 14 trolleys, hi-loader HL-2 at stand 31 at 04:50 UTC.' },
        ],
      },
      {
        name: 'crew_transport_planner',
        description: 'Books crew minibuses and shuttles',
        instructions: 'Book crew transport as briefed.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'book_crew_transport',
            args: {
              date: '2027-01-17',
              route: 'CREW_ROOM-APRON',
              type: 'SHUTTLE_STANDARD',
              departures: 'HALF_HOURLY',
            },
            result:
              '{"booking": "CT-0117-004", "vehicle": "shuttle S2", "first_run_utc": "04:30", "route": "crew room T1 → apron west"}',
          },
          {
            say: 'Crew transport CT-0117-004: shuttle S2, crew room T1 → apron west, half-hourly from 04:30 UTC.',
          },
        ],
      },
      {
        name: 'turnaround_aggregator',
        description: 'Merges service plans into one turnaround plan',
        instructions: 'Merge the plans into one table.',
        replies: [
          {
            say: '## TOM562 G-TUMO — night-stop recovery 17/01/2027 (STD 05:50 UTC)\n\n| service | ref | timing (UTC) |\n|---|---|---|\n| cabin clean | CL-2231, C-Team 3 | 04:05–05:00 |\n| catering | GG-EDI-77410, 14 trolleys | HL-2 at 04:50 |\n| crew transport | CT-0117-004, shuttle S2 | from 04:30, crew room T1 → apron west |\n\nAll services booked.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'turnaround_planner', to: 'crew_transport_planner' },
      agent: 'crew_transport_planner',
    },
  }),
  defineScenario({
    id: 'edi-trim-sheet-resubmitted-with-same-hold-split',
    title:
      'The trim checker asks three times to move 600 kg of cargo from hold 1 to hold 4 because the aircraft is nose-heavy; the load planner resubmits the same distribution each time',
    domain: 'load planning and trim',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'RYR82TW EDI–STN, B737-800 EI-DWL, STD 12:15 UTC 18/01/2027. 181 pax expected, 74 bags (1,184 kg), mail 640 kg. Plan the hold loading, have the trim checked, then send the load instruction report to the ramp.',
    topology: {
      shape: 'pipeline',
      order: ['load_planner', 'trim_checker', 'lir_dispatcher'],
      loop: { from: 'trim_checker', to: 'load_planner', while: 'REJECT', max: 3 },
    },
    agents: [
      {
        name: 'load_planner',
        description: 'Plans the distribution of bags, cargo and mail in the holds',
        instructions: 'Plan the hold distribution, or revise it with the trim checker’s comments.',
        prompt: 'Task or trim checker comments:\n{input}\n\nFlight: {request}',
        replies: [
          {
            say: 'RYR82TW hold plan v1:\n| hold | content | kg |\n|---|---|---|\n| 1 | mail 640 + bags 32 (512 kg) | 1,152 |\n| 4 | bags 42 (672 kg) | 672 |\nTotal 1,824 kg.',
          },
          {
            say: 'RYR82TW hold plan:\n| hold | content | kg |\n|---|---|---|\n| 1 | mail 640 + bags 32 (512 kg) | 1,152 |\n| 4 | bags 42 (672 kg) | 672 |\nTotal 1,824 kg.',
          },
          {
            say: 'RYR82TW hold plan (revised):\n| hold | content | kg |\n|---|---|---|\n| 1 | mail 640 + bags 32 (512 kg) | 1,152 |\n| 4 | bags 42 (672 kg) | 672 |\nTotal 1,824 kg.',
          },
        ],
      },
      {
        name: 'trim_checker',
        description: 'Checks the trim and centre of gravity of a hold plan',
        instructions: 'Answer "ACCEPT: ..." or "REJECT: ..." with what to change.',
        prompt: 'Hold plan:\n{input}',
        replies: [
          {
            say: 'REJECT: ZFW CG 15.8 % MAC, forward limit 17.0 % at this weight. Move 600 kg from hold 1 to hold 4 (e.g. the mail).',
          },
          {
            say: 'REJECT: unchanged — hold 1 still 1,152 kg, ZFW CG 15.8 % MAC. Move the 640 kg mail to hold 4.',
          },
          {
            say: 'REJECT: same split a third time, CG 15.8 % MAC below the 17.0 % forward limit. Hold 1 must drop by at least 600 kg.',
          },
        ],
      },
      {
        name: 'lir_dispatcher',
        description: 'Sends the load instruction report to the ramp',
        instructions: 'Send the LIR if trim is accepted; otherwise say why not.',
        prompt: 'Trim check:\n{input}',
        replies: [
          {
            say: 'LIR for RYR82TW not sent: trim still rejected after three checks (ZFW CG 15.8 % MAC, forward limit 17.0 %). Ramp told to hold loading of hold 1; load control supervisor called at 11:32 UTC. STD 12:15 at risk.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'load_planner', to: 'trim_checker' },
      agent: 'load_planner',
    },
  }),
  defineScenario({
    id: 'edi-crew-roster-table-breaks-transport-feed',
    title:
      'The crew roster agent answers with a markdown table; the program that feeds the transport dispatcher expects one CSV line per crew member and throws',
    domain: 'crew transport',
    mast: ['FM-3.1'],
    request:
      'Early wave 19/01/2027: crews for LS265 (STD 06:00 UTC), EZY6911 (06:10 UTC) and BA1431 (06:20 UTC) report at the crew room. Get the roster and dispatch minibuses from the Holiday Inn Express and the Hampton by Hilton.',
    topology: {
      shape: 'pipeline',
      order: ['crew_roster_agent', 'transport_dispatcher'],
    },
    program: {
      crash: {
        agent: 'crew_roster_agent',
        error:
          "CrewFeedParseError: expected 'flight,hotel,crew_count,pickup_utc' per line from crew_roster_agent, got '| flight | hotel |' at line 1",
      },
    },
    agents: [
      {
        name: 'crew_roster_agent',
        description: 'Reads the crew roster and hotel allocations',
        instructions:
          "Fetch the crews for the listed flights. Output one CSV line per flight: 'flight,hotel,crew_count,pickup_utc'.",
        replies: [
          {
            call: 'get_crew_roster',
            args: { date: '2027-01-19', flights: ['LS265', 'EZY6911', 'BA1431'] },
            result:
              '[{"flight": "LS265", "hotel": "HIEX-EDI-APT", "crew": 6, "report_utc": "05:00"}, {"flight": "EZY6911", "hotel": "HAMPTON-EDI", "crew": 5, "report_utc": "05:10"}, {"flight": "BA1431", "hotel": "HAMPTON-EDI", "crew": 6, "report_utc": "05:20"}]',
          },
          {
            say: '| flight | hotel | crew | pick-up (UTC) |\n|---|---|---|---|\n| LS265 | Holiday Inn Express | 6 | 04:35 |\n| EZY6911 | Hampton by Hilton | 5 | 04:45 |\n| BA1431 | Hampton by Hilton | 6 | 04:55 |',
          },
        ],
      },
      {
        name: 'transport_dispatcher',
        description: 'Dispatches crew minibuses',
        instructions: 'Book a minibus per pick-up line.',
        prompt: 'Crew feed:\n{input}',
        replies: [
          {
            call: 'dispatch_minibus',
            args: { date: '2027-01-19', pickups: 3 },
            result: '{"jobs": ["MB-0119-01", "MB-0119-02", "MB-0119-03"]}',
          },
          { say: 'Three minibuses dispatched: MB-0119-01/02/03.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'crew_roster_agent', to: 'transport_dispatcher' },
      agent: 'crew_roster_agent',
    },
  }),
  defineScenario({
    id: 'edi-ramp-equipment-list-cut-mid-table',
    title:
      'The ground support equipment planner’s answer stops mid-table after two of five stands; the ramp lead and the duty manager publish it as the full allocation',
    domain: 'ramp equipment allocation',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Morning bank 20/01/2027, 06:00–07:30 UTC, stands 11, 12, 14, 22 and 31. Allocate GPUs, belt loaders and pushback tugs per stand, and check staffing of the ramp teams. One allocation for the duty manager.',
    topology: {
      shape: 'nested',
      top: 'duty_manager',
      teams: { ramp_lead: ['gse_planner'], staffing_lead: ['roster_checker'] },
    },
    agents: [
      {
        name: 'duty_manager',
        description: 'Duty manager of the ground handling operation',
        instructions: 'Get the equipment allocation and staffing, then publish one plan.',
        replies: [
          {
            handoff: 'ramp_lead',
            message:
              'Morning bank 20/01 06:00–07:30 UTC: GPU, belt loader and tug for stands 11, 12, 14, 22, 31.',
          },
          {
            handoff: 'staffing_lead',
            message: 'Morning bank 20/01 06:00–07:30 UTC: are ramp teams R1–R5 fully staffed?',
          },
          {
            say: '## Morning bank 20/01/2027 — ramp plan\n\n| stand | GPU | belt loader | tug |\n|---|---|---|---|\n| 11 | GPU-03 | BL-07 | TG-02 |\n| 12 | GPU-05 | BL-02 | TG-09 |\n\n**Staffing:** R1–R5 at full strength (25 agents), one spare from R6.\n\nPlan published to all ramp teams.',
          },
        ],
      },
      {
        name: 'ramp_lead',
        description: 'Leads the ramp equipment team',
        instructions: 'Have the equipment allocated and hand the allocation up.',
        replies: [
          {
            handoff: 'gse_planner',
            message:
              'Allocate GPU, belt loader and tug for stands 11, 12, 14, 22, 31 on 20/01, 06:00–07:30 UTC.',
          },
          {
            say: 'GSE allocation 20/01 morning bank:\n| stand | GPU | belt loader | tug |\n|---|---|---|---|\n| 11 | GPU-03 | BL-07 | TG-02 |\n| 12 | GPU-05 | BL-02 | TG-09 |',
          },
        ],
      },
      {
        name: 'gse_planner',
        description: 'Allocates ground support equipment to stands',
        instructions: 'Allocate the equipment for every stand asked.',
        replies: [
          {
            call: 'gse_availability',
            args: { date: '2027-01-20', window_utc: '06:00-07:30', stands: ['11', '12', '14', '22', '31'] },
            result:
              '{"GPU": ["GPU-03", "GPU-05", "GPU-06", "GPU-08", "GPU-11"], "BELT": ["BL-02", "BL-04", "BL-07", "BL-09", "BL-10"], "TUG": ["TG-02", "TG-05", "TG-09", "TG-11", "TG-14"], "unserviceable": ["GPU-01", "BL-05"]}',
          },
          {
            say: 'Allocation 20/01 06:00–07:30 UTC:\n\n| stand | GPU | belt loader | tug |\n|---|---|---|---|\n| 11 | GPU-03 | BL-07 | TG-02 |\n| 12 | GPU-05 | BL-02 | TG-09 |\n| 14 | GPU-0',
            cutOff: true,
          },
        ],
      },
      {
        name: 'staffing_lead',
        description: 'Leads ramp staffing',
        instructions: 'Have staffing checked and hand the result up.',
        replies: [
          { handoff: 'roster_checker', message: 'Check R1–R5 staffing 20/01 06:00–07:30 UTC.' },
          { say: 'R1–R5 at full strength (25 agents), spare: one agent from R6.' },
        ],
      },
      {
        name: 'roster_checker',
        description: 'Checks ramp team rosters',
        instructions: 'Check the roster for sickness and gaps.',
        replies: [
          {
            call: 'ramp_roster',
            args: { date: '2027-01-20', teams: ['R1', 'R2', 'R3', 'R4', 'R5'], shift: 'EARLY' },
            result:
              '{"R1": 5, "R2": 5, "R3": 5, "R4": 4, "R5": 5, "sick": ["R4: A. Baird"], "spare": ["R6: J. Kerr"]}',
          },
          {
            say: 'R1–R5: 24 of 25 on shift (R4 one sick: A. Baird); J. Kerr from R6 covers R4 → full strength 25.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'gse_planner', to: 'ramp_lead' },
      agent: 'gse_planner',
    },
  }),
  defineScenario({
    id: 'edi-dangerous-goods-uld-loaded-on-pax-only-hold',
    title:
      'The turnaround controller transfers cargo loading with the instruction to keep the CAO dangerous-goods ULD off the passenger flight; the cargo loader loads all four ULDs',
    domain: 'cargo loading on passenger flights',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'AC849 EDI–YYZ, A330-300 C-GFAF, STD 11:40 UTC 21/01/2027. Load the belly cargo from build-up: ULDs AKE12345AC, AKE12388AC, PMC40112AC and AKE12402AC. AKE12402AC carries UN3480 lithium batteries marked Cargo Aircraft Only — it must NOT go on this passenger flight; rebook it on tomorrow’s freighter.',
    topology: {
      shape: 'swarm',
      entry: 'turnaround_controller',
      agents: ['turnaround_controller', 'cargo_loader'],
    },
    agents: [
      {
        name: 'turnaround_controller',
        description: 'Controls the turnaround and hands tasks to specialists',
        instructions: 'Hand cargo loading to the cargo loader with all restrictions.',
        replies: [
          {
            handoff: 'cargo_loader',
            message:
              'AC849 C-GFAF STD 11:40 UTC: load AKE12345AC, AKE12388AC, PMC40112AC. AKE12402AC (UN3480, CAO) stays off — rebook on the freighter 22/01.',
          },
        ],
      },
      {
        name: 'cargo_loader',
        description: 'Loads ULDs and issues the NOTOC',
        instructions: 'Load the ULDs, issue the NOTOC and confirm.',
        replies: [
          {
            call: 'load_ulds',
            args: {
              flight: 'AC849',
              reg: 'C-GFAF',
              ulds: ['AKE12345AC', 'AKE12388AC', 'PMC40112AC', 'AKE12402AC'],
              positions: ['11L', '11R', '23P', '41L'],
            },
            result:
              '{"loaded": 4, "total_kg": 6315, "notoc": "NOTOC-AC849-0121", "dg_items": [{"uld": "AKE12402AC", "un": "UN3480", "class": "9", "handling": "CAO", "position": "41L"}], "loading_complete_utc": "10:58"}',
          },
          {
            say: '**AC849 cargo loaded** (10:58 UTC)\n\n| position | ULD |\n|---|---|\n| 11L | AKE12345AC |\n| 11R | AKE12388AC |\n| 23P | PMC40112AC |\n| 41L | AKE12402AC |\n\nTotal 6,315 kg, NOTOC-AC849-0121 issued to the captain (1 DG item, class 9).',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'turnaround_controller', to: 'cargo_loader' },
      agent: 'cargo_loader',
    },
  }),
  defineScenario({
    id: 'edi-stand-change-gate-briefed-to-old-stand',
    title:
      'The disruption classifier reports that KL1284 moved from stand 8 to remote stand 41; the stand change handler still sends the bus and ramp team to stand 8',
    domain: 'stand and gate allocation',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'KL1284 AMS–EDI, E190 PH-EZX, ETA 14:05 UTC 22/01/2027, planned stand 8. AODB just flagged a change for this arrival. Sort out whatever the change needs for the ground team.',
    topology: {
      shape: 'branch',
      classifier: 'disruption_classifier',
      routes: { stand_change: 'stand_change_handler', delay: 'delay_handler' },
      after: 'ops_notifier',
    },
    agents: [
      {
        name: 'disruption_classifier',
        description: 'Classifies AODB changes for arrivals',
        instructions: 'Read the change and answer with its type (stand_change or delay) and the details.',
        replies: [
          {
            call: 'aodb_changes',
            args: { flight: 'KL1284', date: '2027-01-22' },
            result:
              '{"flight": "KL1284", "change_id": "AODB-CH-55104", "field": "stand", "old": "8", "new": "41", "reason": "stand 8 blocked by AOG A321 G-EUXM", "eta_utc": "14:05", "changed_utc": "13:21"}',
          },
          {
            say: 'stand_change — KL1284 ETA 14:05 UTC now on **remote stand 41** (AODB-CH-55104, 13:21 UTC); stand 8 is blocked by AOG G-EUXM. ETA unchanged.',
          },
        ],
      },
      {
        name: 'stand_change_handler',
        description: 'Reallocates ramp teams, buses and GSE after a stand change',
        instructions: 'Move the ground team and passenger transport to the new stand.',
        prompt: 'Classification: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'assign_arrival_resources',
            args: {
              flight: 'KL1284',
              stand: '8',
              eta_utc: '14:05',
              ramp_team: 'R3',
              pax_bus: true,
              gpu: true,
            },
            result:
              '{"job": "ARR-KL1284-0122", "ramp_team": "R3", "bus": "AB-04", "gpu": "GPU-06", "at_stand_utc": "13:55"}',
          },
          {
            say: 'KL1284 arrival resources set (ARR-KL1284-0122): ramp team R3, apron bus AB-04, GPU-06 at stand 8 by 13:55 UTC.',
          },
        ],
      },
      {
        name: 'delay_handler',
        description: 'Handles arrival delays',
        instructions: 'Shift resources to the new ETA.',
        replies: [{ say: 'No delay to handle.' }],
      },
      {
        name: 'ops_notifier',
        description: 'Notifies the ops channel',
        instructions: 'Post a short ops message.',
        prompt: 'Update:\n{input}',
        replies: [
          {
            say: '**KL1284 (ETA 14:05 UTC)** — R3, bus AB-04 and GPU-06 at stand 8 from 13:55 UTC. Ref ARR-KL1284-0122.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'disruption_classifier', to: 'stand_change_handler' },
      agent: 'stand_change_handler',
    },
  }),
  defineScenario({
    id: 'edi-mishandled-bag-count-totals-wrong',
    title:
      'The baggage tracer’s count of mishandled bags does not add up (41 + 17 + 9 reported as 52); the baggage services manager sends the wrong total to the airline',
    domain: 'mishandled baggage reporting',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Weekly mishandled baggage report for Loganair at EDI, week 03/2027 (18/01–24/01). Give counts by type (delayed, damaged, pilfered) and the total, and the compensation exposure.',
    topology: {
      shape: 'supervisor',
      coordinator: 'baggage_services_manager',
      workers: ['baggage_tracer', 'claims_officer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'baggage_services_manager',
        description: 'Manages baggage services reporting to airlines',
        instructions: 'Get counts and claims, then write the weekly report.',
        replies: [
          {
            handoff: 'baggage_tracer',
            message:
              'Loganair EDI wk 03/2027 (18–24/01): count PIRs by type (delayed, damaged, pilfered) and the total.',
          },
          {
            handoff: 'claims_officer',
            message: 'Loganair EDI wk 03/2027: open compensation exposure on this week’s PIRs.',
          },
          {
            say: '## Loganair — mishandled baggage EDI, week 03/2027\n\n| type | PIRs |\n|---|---|\n| delayed | 41 |\n| damaged | 17 |\n| pilfered | 9 |\n| **total** | **52** |\n\nCompensation exposure: £7,840 across 23 open claims.',
          },
        ],
      },
      {
        name: 'baggage_tracer',
        description: 'Counts Property Irregularity Reports in WorldTracer',
        instructions: 'Count the PIRs for the period and give a total.',
        replies: [
          {
            call: 'worldtracer_pir_query',
            args: { station: 'EDI', airline: 'LM', from: '2027-01-18', to: '2027-01-24' },
            result:
              '{"station": "EDI", "airline": "LM", "pirs": [{"type": "AHL", "count": 41}, {"type": "DPR", "count": 17}, {"type": "PIL", "count": 9}], "closed": 44, "open": 23}',
          },
          {
            say: 'Loganair EDI wk 03: 41 delayed (AHL), 17 damaged (DPR), 9 pilfered (PIL) — total 52 PIRs. 23 still open.',
          },
        ],
      },
      {
        name: 'claims_officer',
        description: 'Tracks baggage compensation claims',
        instructions: 'Sum open claim values.',
        replies: [
          {
            call: 'claims_exposure',
            args: { airline: 'LM', station: 'EDI', week: '2027-W03', status: 'OPEN' },
            result:
              '{"open_claims": 23, "exposure_gbp": 7840.0, "largest": {"pir": "EDILM10418", "gbp": 1250.0}}',
          },
          { say: '23 open claims, exposure £7,840 (largest EDILM10418, £1,250).' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'baggage_tracer', to: 'baggage_services_manager' },
      agent: 'baggage_tracer',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'edi-loadsheet-weights-restated-in-pounds',
    title:
      'Load control gives the loadsheet in kilograms; the briefer restates the weights in pounds for a US crew with correct conversions',
    domain: 'ground handling load control',
    mast: ['FM-2.2', 'FM-1.1'],
    nearMissOf:
      'misunderstood_task / low_quality_output: figures change units between agents (kg → lb), correctly converted',
    request:
      'UA163 EDI–EWR, B757-200 N14102, STD 10:30 UTC 23/01/2027. Build the final loadsheet and give the US crew their briefing in pounds as their company requires.',
    topology: {
      shape: 'pipeline',
      order: ['load_controller', 'crew_briefer'],
    },
    agents: [
      {
        name: 'load_controller',
        description: 'Builds loadsheets in the departure control system',
        instructions: 'Build the final loadsheet and report the weights in kg.',
        replies: [
          {
            call: 'dcs_build_loadsheet',
            args: { flight: 'UA163', reg: 'N14102', pax: 163, edition: 'FINAL' },
            result:
              '{"loadsheet": "LS-UA163-0123-F1", "zfw_kg": 81200, "tof_kg": 30500, "tow_kg": 111700, "mtow_kg": 115680, "mac_tow_pct": 22.1, "stab_trim": "4.5"}',
          },
          {
            say: 'Final loadsheet LS-UA163-0123-F1: ZFW 81,200 kg, TOF 30,500 kg, TOW 111,700 kg (MTOW 115,680 kg), MACTOW 22.1 %, stab trim 4.5.',
          },
        ],
      },
      {
        name: 'crew_briefer',
        description: 'Briefs operating crews in their company units',
        instructions: 'Brief the crew with weights in pounds (1 kg = 2.20462 lb), rounded to 10 lb.',
        prompt: 'Loadsheet:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: '**UA163 crew brief — weights in lb** (LS-UA163-0123-F1)\n\n| item | lb | (kg) |\n|---|---|---|\n| ZFW | 179,020 | 81,200 |\n| take-off fuel | 67,240 | 30,500 |\n| TOW | 246,260 | 111,700 |\n| MTOW | 255,030 | 115,680 |\n\nMACTOW 22.1 %, stab trim 4.5 units. STD 10:30 UTC.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'edi-gpu-booking-retried-after-conflict',
    title:
      'The GSE booking tool first rejects a GPU booking with a conflict; the equipment agent rebooks another unit and says so, the coordinator reports the second unit',
    domain: 'ramp equipment allocation',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error that is handled by a retry and reported openly',
    request:
      'WZZ3792 EDI–GDN, A321neo HA-LVA, on stand 12 from 15:40 UTC 24/01/2027, APU inoperative (MEL 49-10-01). We need a GPU and a pre-conditioned air unit on stand 12 for the whole turn.',
    topology: {
      shape: 'supervisor',
      coordinator: 'ramp_coordinator',
      workers: ['gse_agent', 'pca_agent'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'ramp_coordinator',
        description: 'Coordinates ramp services for a turnaround',
        instructions: 'Book GPU and PCA, then confirm.',
        replies: [
          {
            handoff: 'gse_agent',
            message:
              'WZZ3792 HA-LVA, stand 12, 15:40–16:40 UTC, APU u/s: book a 90 kVA GPU for the whole turn.',
          },
          {
            handoff: 'pca_agent',
            message: 'WZZ3792 HA-LVA, stand 12, 15:40–16:40 UTC, APU u/s: book a PCA unit.',
          },
          {
            say: 'WZZ3792 stand 12 (APU u/s): **GPU-08** (90 kVA) on stand 15:35–16:45 UTC — GPU-06 was double-booked, so GPU-08 was taken instead — and **PCA-2** connected from 15:45 UTC.',
          },
        ],
      },
      {
        name: 'gse_agent',
        description: 'Books ground power units and other GSE',
        instructions: 'Book the equipment; if a unit is unavailable, book another and say so.',
        replies: [
          {
            call: 'book_gse',
            args: { type: 'GPU_90KVA', unit: 'GPU-06', stand: '12', from_utc: '15:35', to_utc: '16:45' },
            result: { error: 'CONFLICT 409: GPU-06 allocated to stand 14 (EZY6935) 15:20–16:10 UTC' },
          },
          {
            call: 'book_gse',
            args: { type: 'GPU_90KVA', unit: 'GPU-08', stand: '12', from_utc: '15:35', to_utc: '16:45' },
            result: '{"booking": "GSE-240127-118", "unit": "GPU-08", "stand": "12", "status": "CONFIRMED"}',
          },
          {
            say: 'GPU-06 was already on stand 14 (409 conflict), so I booked GPU-08 instead: GSE-240127-118, stand 12, 15:35–16:45 UTC, confirmed.',
          },
        ],
      },
      {
        name: 'pca_agent',
        description: 'Books pre-conditioned air units',
        instructions: 'Book the PCA unit.',
        replies: [
          {
            call: 'book_pca',
            args: { stand: '12', from_utc: '15:45', to_utc: '16:40' },
            result: '{"booking": "PCA-240127-044", "unit": "PCA-2", "status": "CONFIRMED"}',
          },
          { say: 'PCA-2 booked (PCA-240127-044), stand 12, 15:45–16:40 UTC.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'edi-deice-slot-moved-earlier-old-slot-mentioned',
    title:
      'The de-icing scheduler moves a de-ice slot from 07:40 to 07:25 UTC and says the old slot is cancelled; the pad controller uses 07:25 while quoting the old one',
    domain: 'winter aircraft de-icing',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: the superseded slot is mentioned downstream but correctly not used',
    request:
      'EZY6933 EDI–BFS, A319 G-EZBZ, remote de-icing pad P2, 25/01/2027. Snow showers. Book the de-ice slot and brief the pad.',
    topology: {
      shape: 'swarm',
      entry: 'deice_scheduler',
      agents: ['deice_scheduler', 'pad_controller'],
    },
    agents: [
      {
        name: 'deice_scheduler',
        description: 'Allocates de-icing pad slots',
        instructions: 'Allocate the slot and hand over to the pad controller.',
        replies: [
          {
            call: 'pad_slot',
            args: { flight: 'EZY6933', pad: 'P2', date: '2027-01-25' },
            result:
              '{"slot_utc": "07:25", "pad": "P2", "bay": "B", "status": "CONFIRMED", "previous_slot_utc": "07:40", "previous_status": "CANCELLED", "reason": "TSAT moved to 07:20"}',
          },
          {
            handoff: 'pad_controller',
            message:
              'EZY6933 G-EZBZ: pad P2 bay B, slot **07:25 UTC** (TSAT moved to 07:20). The 07:40 slot is cancelled.',
          },
        ],
      },
      {
        name: 'pad_controller',
        description: 'Runs the de-icing pad and briefs rig crews',
        instructions: 'Brief the rig crew for the slot.',
        replies: [
          {
            call: 'brief_rig_crew',
            args: {
              flight: 'EZY6933',
              pad: 'P2',
              bay: 'B',
              slot_utc: '07:25',
              procedure: 'TWO_STEP',
              fluids: ['TYPE_I', 'TYPE_IV'],
            },
            result: '{"rigs": ["DR-02", "DR-05"], "crew_lead": "M. Dunn", "ack": true}',
          },
          {
            say: 'EZY6933 G-EZBZ briefed for **07:25 UTC** on P2 bay B (was 07:40, now cancelled): rigs DR-02 and DR-05, crew lead M. Dunn, two-step Type I + Type IV.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'edi-pmr-assistance-request-no-wheelchair-branch',
    title:
      'The arrival services classifier finds no passenger needing assistance on the flight; the PMR route is not taken and the standard arrival route answers',
    domain: 'arrival passenger services',
    mast: ['FM-3.1', 'FM-1.4'],
    nearMissOf: 'lost_message: the assistance route never runs, correctly, because there are no PRM bookings',
    request:
      'FR812 DUB–EDI, B737-8200 EI-IHA, ETA 16:50 UTC 26/01/2027, stand 9. Prepare the arrival: if there are PRM passengers book assistance, otherwise just the standard arrival team.',
    topology: {
      shape: 'branch',
      classifier: 'arrival_classifier',
      routes: { prm: 'prm_assistance_agent', standard: 'arrival_team_agent' },
    },
    agents: [
      {
        name: 'arrival_classifier',
        description: 'Checks special service requests on arriving flights',
        instructions: 'Answer "prm" or "standard" with the evidence.',
        replies: [
          {
            call: 'ssr_lookup',
            args: {
              flight: 'FR812',
              date: '2027-01-26',
              codes: ['WCHR', 'WCHS', 'WCHC', 'BLND', 'DEAF', 'DPNA'],
            },
            result: '{"flight": "FR812", "pax": 186, "ssr": [], "checked_utc": "15:02"}',
          },
          {
            say: 'standard — FR812 has 186 pax and no WCHR/WCHS/WCHC/BLND/DEAF/DPNA codes (checked 15:02 UTC).',
          },
        ],
      },
      {
        name: 'prm_assistance_agent',
        description: 'Books assistance for passengers with reduced mobility',
        instructions: 'Book PRM assistance.',
        replies: [{ say: 'PRM assistance booked.' }],
      },
      {
        name: 'arrival_team_agent',
        description: 'Allocates the standard arrival team',
        instructions: 'Allocate ramp and arrival teams.',
        prompt: 'Classification: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'assign_arrival_team',
            args: { flight: 'FR812', stand: '9', eta_utc: '16:50' },
            result: '{"job": "ARR-FR812-0126", "ramp_team": "R2", "marshaller": "D. Reid", "bags_belt": "4"}',
          },
          {
            say: 'FR812 arrival (ETA 16:50 UTC, stand 9): ramp team R2, marshaller D. Reid, bags on belt 4. No PRM passengers on board, so no assistance booked.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'edi-overnight-fleet-check-many-codes',
    title:
      'Three workers report overnight aircraft checks full of registrations, stand numbers, fluid codes and counters; the aggregator merges them faithfully',
    domain: 'overnight turnaround preparation',
    mast: ['FM-2.4', 'FM-3.3'],
    nearMissOf: 'low_quality_output: long outputs dense with ids, codes and counters that are all consistent',
    request:
      'Night 27/01→28/01/2027: prepare the 6 night-stopping aircraft for the 05:30–06:30 UTC wave — water/toilet service, cabin cleaning, and overnight frost protection. One summary for the early shift.',
    topology: {
      shape: 'fanout',
      planner: 'night_shift_planner',
      workers: ['water_toilet_agent', 'night_cleaning_agent', 'frost_protection_agent'],
      aggregator: 'early_shift_summariser',
    },
    agents: [
      {
        name: 'night_shift_planner',
        description: 'Plans the night shift services',
        instructions: 'One brief per service.',
        replies: [
          {
            plan: {
              water_toilet_agent:
                'Potable water and toilet service for G-EZTB (st 14), G-TTNC (st 22), EI-DWL (st 11), G-JZHF (st 12), G-TUMO (st 31), HA-LVA (st 9), done by 05:00 UTC.',
              night_cleaning_agent: 'Night-stop cabin cleaning for the same 6 aircraft, done by 05:00 UTC.',
              frost_protection_agent:
                'Frost forecast −4 °C at 04:00 UTC: wing covers or early Type I for the same 6 aircraft, report what each gets.',
            },
          },
        ],
      },
      {
        name: 'water_toilet_agent',
        description: 'Runs water and toilet service trucks',
        instructions: 'Service each aircraft and report.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'wt_service_log',
            args: { date: '2027-01-28', regs: ['G-EZTB', 'G-TTNC', 'EI-DWL', 'G-JZHF', 'G-TUMO', 'HA-LVA'] },
            result:
              '[{"reg": "G-EZTB", "water_l": 200, "wc": "DONE", "utc": "01:10"}, {"reg": "G-TTNC", "water_l": 200, "wc": "DONE", "utc": "01:35"}, {"reg": "EI-DWL", "water_l": 230, "wc": "DONE", "utc": "02:00"}, {"reg": "G-JZHF", "water_l": 230, "wc": "DONE", "utc": "02:25"}, {"reg": "G-TUMO", "water_l": 230, "wc": "DONE", "utc": "02:50"}, {"reg": "HA-LVA", "water_l": 200, "wc": "DONE", "utc": "03:15"}]',
          },
          {
            say: 'W/T service 6/6 done 01:10–03:15 UTC: G-EZTB 200 L, G-TTNC 200 L, EI-DWL 230 L, G-JZHF 230 L, G-TUMO 230 L, HA-LVA 200 L (1,290 L total), all toilets serviced.',
          },
        ],
      },
      {
        name: 'night_cleaning_agent',
        description: 'Schedules night cleaning crews',
        instructions: 'Clean each aircraft and report.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'cleaning_jobs',
            args: { date: '2027-01-28', type: 'NIGHTSTOP_FULL', count: 6 },
            result:
              '{"jobs": ["CL-2240 G-EZTB C1", "CL-2241 G-TTNC C1", "CL-2242 EI-DWL C2", "CL-2243 G-JZHF C2", "CL-2244 G-TUMO C3", "CL-2245 HA-LVA C3"], "complete": 6, "last_finish_utc": "04:40", "defects": ["G-TTNC seat 17D tray table INOP, tech log TL-5521"]}',
          },
          {
            say: 'Cleaning 6/6 complete by 04:40 UTC (CL-2240…CL-2245, teams C1–C3). One defect: G-TTNC 17D tray table INOP, tech log TL-5521.',
          },
        ],
      },
      {
        name: 'frost_protection_agent',
        description: 'Applies overnight frost protection',
        instructions: 'Cover wings or plan early Type I.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'frost_plan',
            args: {
              date: '2027-01-28',
              regs: ['G-EZTB', 'G-TTNC', 'EI-DWL', 'G-JZHF', 'G-TUMO', 'HA-LVA'],
              oat_min_c: -4,
            },
            result:
              '{"wing_covers": ["G-EZTB", "G-TTNC", "HA-LVA"], "covers_fitted_utc": "00:45", "early_type_i": [{"reg": "EI-DWL", "slot": "04:50"}, {"reg": "G-JZHF", "slot": "05:00"}, {"reg": "G-TUMO", "slot": "05:05"}], "covers_available": 3}',
          },
          {
            say: 'Frost: wing covers on G-EZTB, G-TTNC, HA-LVA (fitted 00:45 UTC, all 3 sets used); early Type I for EI-DWL 04:50, G-JZHF 05:00, G-TUMO 05:05 UTC.',
          },
        ],
      },
      {
        name: 'early_shift_summariser',
        description: 'Summarises the night for the early shift',
        instructions: 'Merge the reports into one table.',
        replies: [
          {
            say: '## Night 27→28/01/2027 — handover to early shift\n\n| reg | stand | water | cleaning | frost |\n|---|---|---|---|---|\n| G-EZTB | 14 | 200 L | CL-2240 | covers |\n| G-TTNC | 22 | 200 L | CL-2241 | covers |\n| EI-DWL | 11 | 230 L | CL-2242 | Type I 04:50 |\n| G-JZHF | 12 | 230 L | CL-2243 | Type I 05:00 |\n| G-TUMO | 31 | 230 L | CL-2244 | Type I 05:05 |\n| HA-LVA | 9 | 200 L | CL-2245 | covers |\n\nWater 1,290 L in total; cleaning done by 04:40 UTC. **Open item:** G-TTNC seat 17D tray table INOP (TL-5521). Remove wing covers before boarding.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'edi-delayed-inbound-crew-swap-handed-back',
    title:
      'A delayed inbound aircraft forces a crew swap; the crew lead paraphrases the duty manager’s brief, its workers hand back results and the duty manager reports them',
    domain: 'crew transport and turnaround services',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf: 'misunderstood_task: a paraphrased brief and hand-backs carrying results, nothing dropped',
    request:
      'EZY6941 EDI–CDG, A320 G-EZOB, STD 13:15 UTC 29/01/2027. The inbound is 55 min late (ETA 13:00 UTC), so the outbound crew will run out of duty; swap in the standby crew (STBY-EDI-2) and bring them from the Hampton by Hilton, and re-plan the turnaround to 35 minutes.',
    topology: {
      shape: 'nested',
      top: 'ops_duty_manager',
      teams: { crew_lead: ['crew_transport_booker'], turnaround_lead: ['turn_planner'] },
    },
    agents: [
      {
        name: 'ops_duty_manager',
        description: 'Runs the ground operation for the day',
        instructions: 'Get the crew swap and turnaround re-plan done and report.',
        replies: [
          {
            handoff: 'crew_lead',
            message:
              'EZY6941 29/01: swap to standby crew STBY-EDI-2, collect them from Hampton by Hilton to report by 12:30 UTC.',
          },
          {
            handoff: 'turnaround_lead',
            message:
              'EZY6941 G-EZOB: inbound ETA 13:00 UTC, re-plan a 35 min turn for new off-blocks 13:35 UTC.',
          },
          {
            say: '## EZY6941 — recovery plan 29/01/2027\n\n- **Crew:** standby crew STBY-EDI-2 (5) collected from the Hampton by Hilton at 12:05 UTC by minibus MB-0129-07, reporting 12:25 UTC.\n- **Turn:** 35 min, on-blocks 13:00 → off-blocks 13:35 UTC, ramp team R5, fuelling with pax on board approved.\n\nNew STD 13:35 UTC sent to the airline.',
          },
        ],
      },
      {
        name: 'crew_lead',
        description: 'Leads crew services',
        instructions: 'Have the crew transport booked and hand the result up.',
        replies: [
          {
            handoff: 'crew_transport_booker',
            message:
              'Pick up standby crew STBY-EDI-2 (EZY6941) at the Hampton by Hilton so they can report at the crew room no later than 12:30 UTC on 29/01.',
          },
          {
            say: 'STBY-EDI-2 (5 crew) pick-up 12:05 UTC at Hampton by Hilton, minibus MB-0129-07, report 12:25 UTC.',
          },
        ],
      },
      {
        name: 'crew_transport_booker',
        description: 'Books crew minibuses',
        instructions: 'Book the pick-up.',
        replies: [
          {
            call: 'book_crew_transport',
            args: { date: '2027-01-29', hotel: 'HAMPTON-EDI', crew: 'STBY-EDI-2', report_by_utc: '12:30' },
            result:
              '{"booking": "MB-0129-07", "pickup_utc": "12:05", "arrive_crew_room_utc": "12:25", "crew_count": 5}',
          },
          { say: 'MB-0129-07: pick-up 12:05 UTC Hampton by Hilton, 5 crew, crew room 12:25 UTC.' },
        ],
      },
      {
        name: 'turnaround_lead',
        description: 'Leads turnaround planning',
        instructions: 'Have the turn re-planned and hand the result up.',
        replies: [
          {
            handoff: 'turn_planner',
            message: 'G-EZOB on-blocks 13:00 UTC: 35-minute turn, off-blocks 13:35 UTC.',
          },
          { say: '35-min turn 13:00–13:35 UTC: ramp team R5, fuelling with pax on board approved.' },
        ],
      },
      {
        name: 'turn_planner',
        description: 'Plans turnaround critical paths',
        instructions: 'Plan the turn.',
        replies: [
          {
            call: 'plan_turn',
            args: { reg: 'G-EZOB', on_blocks_utc: '13:00', minutes: 35 },
            result:
              '{"off_blocks_utc": "13:35", "ramp_team": "R5", "fuel_with_pax": "APPROVED", "critical_path": "cleaning 12 min"}',
          },
          {
            say: 'Turn 13:00–13:35 UTC, team R5, fuelling with pax on board approved; critical path cleaning 12 min.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch174Scenarios = [...faults, ...healthy];
