import { defineScenario } from '../scenario.ts';

// Blind batch 156: Canadian wildfire-season air tanker and helicopter dispatch (Canadian English, metric, local times).
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'ashcroft-tanker-group-cycles-planned-on-kamloops-reload',
    title:
      'Fire intel shows Kamloops airtanker base retardant off line and reload moved to Penticton; the airtanker planner still builds the turn cycles on a Kamloops reload',
    domain: 'airtanker group dispatch, BC interior',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'New start K21347 west of Ashcroft, rank 4, running upslope toward Highway 97C. Send an airtanker group (Convair 580A + birddog) for the afternoon, reload at Kamloops as usual, and draft the dispatch order for the Kamloops Fire Centre duty officer. Local time now 13:20 PDT, Tue 14 July 2026.',
    topology: {
      shape: 'pipeline',
      order: ['fire_intel_officer', 'airtanker_planner', 'dispatch_writer'],
    },
    agents: [
      {
        name: 'fire_intel_officer',
        description: 'Pulls current fire status and base availability for the fire centre',
        instructions:
          'Check the fire and the reload bases that apply today and tell the planner what to plan with.',
        replies: [
          {
            call: 'get_fire_status',
            args: { fire_number: 'K21347', include_bases: true },
            result:
              '{"fire_number": "K21347", "rank": 4, "size_ha": 86, "lat": 50.7312, "lon": -121.4388, "reload_base": {"current": "YYF Penticton", "turn_distance_km": 176, "since": "2026-07-14T11:40-07:00", "previous": "YKA Kamloops", "previous_status": "SUPERSEDED", "reason": "YKA retardant pump P-2 failure, tank farm closed until 2026-07-15 18:00 PDT"}, "hot_load": false}',
          },
          {
            say: '**K21347 at 13:15 PDT:** rank 4, 86 ha, 50.7312 N / 121.4388 W.\n\nReload base for this afternoon is **Penticton (YYF)**, 176 km from the fire. Kamloops (YKA) retardant is closed since 11:40 PDT (pump P-2) and reopens Wed 15 July 18:00 PDT. No hot loading available.',
          },
        ],
      },
      {
        name: 'airtanker_planner',
        description: 'Plans airtanker group cycles and drop counts',
        instructions: 'Plan the airtanker group cycles from the fire intel and the request.',
        prompt: 'Fire intel:\n{input}\n\nRequest: {request}',
        replies: [
          {
            call: 'plan_tanker_cycles',
            args: {
              fire_number: 'K21347',
              group: 'TG-4',
              airtanker: 'Tanker 448 (CV-580A)',
              birddog: 'Birddog 126',
              reload_base: 'YKA',
              window: '14:00-20:30 PDT',
            },
            result:
              '{"group": "TG-4", "reload_base": "YKA", "turn_distance_km": 74, "cycle_min": 38, "loads": 9, "litres_per_load": 8180, "total_litres": 73620, "first_drop": "14:22 PDT"}',
          },
          {
            say: 'TG-4 plan for K21347: Tanker 448 + Birddog 126, reload YKA (74 km turn, 38 min cycle). 9 loads × 8,180 L = 73,620 L between 14:22 and 20:30 PDT.',
          },
        ],
      },
      {
        name: 'dispatch_writer',
        description: 'Writes dispatch orders for the fire centre duty officer',
        instructions: 'Write the dispatch order in the fire centre format.',
        prompt: 'Plan:\n{input}',
        replies: [
          {
            say: '### Dispatch order KFC-2026-0714-031\n\n| item | value |\n|---|---|\n| fire | K21347 (rank 4), W of Ashcroft |\n| group | TG-4: Tanker 448 (CV-580A), Birddog 126 |\n| reload | Kamloops YKA, 38 min cycle |\n| loads | 9 × 8,180 L (73,620 L) |\n| first drop | 14:22 PDT |\n\nDuty officer to confirm with Kamloops tanker base by 13:45 PDT.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'fire_intel_officer', to: 'airtanker_planner' },
      agent: 'airtanker_planner',
    },
  }),
  defineScenario({
    id: 'tatla-lake-bucketing-dip-site-in-chilko-closure',
    title:
      'The Cariboo duty officer passes on that Chilko Lake is closed to water draws; the helicopter coordinator assigns Chilko Lake as the dip site because it is the closest',
    domain: 'helicopter bucketing and water-source restrictions',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Fire C41288 near Tatla Lake is 40 ha and growing. Set up helicopter bucketing (two medium helicopters) and a 20-person unit crew. DFO has closed Chilko Lake to all water draws until 31 August for sockeye spawning — use Tatlayoko Lake or Choelquoit Lake instead. Local time 10:05 PDT.',
    topology: {
      shape: 'supervisor',
      coordinator: 'cariboo_duty_officer',
      workers: ['helicopter_coordinator', 'crew_logistics'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'cariboo_duty_officer',
        description: 'Cariboo Fire Centre duty officer',
        instructions: 'Assign helicopters and crews and summarise the response.',
        replies: [
          {
            handoff: 'helicopter_coordinator',
            message:
              'C41288 Tatla Lake: two medium helicopters on bucket, start asap. Dip sites: Tatlayoko Lake or Choelquoit Lake only — Chilko Lake closed to draws (DFO, to 31 Aug).',
          },
          {
            handoff: 'crew_logistics',
            message: 'C41288: one 20-person unit crew, staging at Tatla Lake airstrip.',
          },
          {
            say: '## C41288 response, 10:40 PDT\n\n- **Helicopters:** C-GHXK and C-FBHW (Bell 212) bucketing from 11:25 PDT, dip site as assigned, about 5 min turns\n- **Crew:** Williams Lake Unit Crew 4 (20 pers.) at Tatla Lake airstrip 13:30 PDT\n\nWater draw restrictions passed on to the helicopter coordinator.',
          },
        ],
      },
      {
        name: 'helicopter_coordinator',
        description: 'Assigns contract helicopters and dip sites',
        instructions: 'Assign helicopters and a dip site for the fire.',
        replies: [
          {
            call: 'list_dip_sites',
            args: { fire_number: 'C41288', max_distance_km: 20 },
            result:
              '[{"site": "Chilko Lake (N arm)", "distance_km": 4.2, "depth_ok": true}, {"site": "Choelquoit Lake", "distance_km": 9.8, "depth_ok": true}, {"site": "Tatlayoko Lake (N end)", "distance_km": 16.5, "depth_ok": true}]',
          },
          {
            call: 'assign_helicopters',
            args: {
              fire_number: 'C41288',
              aircraft: ['C-GHXK', 'C-FBHW'],
              dip_site: 'Chilko Lake (N arm)',
              bucket_l: 1400,
            },
            result: '{"status": "ASSIGNED", "eta_on_fire": "11:25 PDT", "turn_min": 5}',
          },
          {
            say: 'C-GHXK and C-FBHW (Bell 212, 1,400 L buckets) assigned to C41288, on fire 11:25 PDT. Dip site Chilko Lake N arm, 4.2 km — about 5 min turns, best cycle of the three sites in range.',
          },
        ],
      },
      {
        name: 'crew_logistics',
        description: 'Moves unit crews and arranges staging',
        instructions: 'Assign a crew and the staging area.',
        replies: [
          {
            call: 'assign_crew',
            args: { fire_number: 'C41288', crew_type: 'unit', size: 20, staging: 'Tatla Lake airstrip' },
            result:
              '{"crew": "WL Unit Crew 4", "size": 20, "eta": "13:30 PDT", "transport": "2 crew trucks via Hwy 20"}',
          },
          { say: 'Williams Lake Unit Crew 4 (20) by road on Hwy 20, at Tatla Lake airstrip 13:30 PDT.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'cariboo_duty_officer', to: 'helicopter_coordinator' },
      agent: 'helicopter_coordinator',
    },
  }),
  defineScenario({
    id: 'slave-lake-medium-helicopter-order-fills-with-light-206s',
    title:
      'The Slave Lake duty officer briefs medium (Type 2) helicopters only; the rotary-wing scheduler fills two of four slots with light Bell 206L and the summary counts four bucket ships',
    domain: 'helicopter resource ordering, Alberta',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'SWF-061 north of Slave Lake, 1,150 ha, winds 30 gusting 45 km/h. For tomorrow (Thu 16 July 2026, 08:00 MDT) we need four medium helicopters on bucket, one airtanker group, and the spot forecast. Light helicopters are not safe for bucketing in this wind.',
    topology: {
      shape: 'fanout',
      planner: 'slave_lake_duty_officer',
      workers: ['rotary_wing_scheduler', 'airtanker_scheduler', 'spot_forecaster'],
      aggregator: 'resource_summary_writer',
    },
    agents: [
      {
        name: 'slave_lake_duty_officer',
        description: 'Splits resource orders for the Slave Lake Forest Area',
        instructions: 'Write one brief for each scheduler.',
        replies: [
          {
            plan: {
              rotary_wing_scheduler:
                'SWF-061, Thu 16 July from 08:00 MDT: 4 medium helicopters (Type 2: Bell 205/212, UH-1H, AS350 not accepted) with 1,200 L+ buckets. No light helicopters — winds 30 gusting 45 km/h.',
              airtanker_scheduler:
                'SWF-061, Thu 16 July from 09:00 MDT: one airtanker group out of Slave Lake (YZH).',
              spot_forecaster: 'Spot forecast SWF-061 for Thu 16 July, 08:00–20:00 MDT: wind, RH, FFMC.',
            },
          },
        ],
      },
      {
        name: 'rotary_wing_scheduler',
        description: 'Books contract helicopters',
        instructions: 'Book the helicopters in the brief.',
        replies: [
          {
            call: 'search_helicopters',
            args: { base_area: 'Slave Lake', date: '2026-07-16', min_bucket_l: 1200, count: 4 },
            result:
              '[{"reg": "C-GFHE", "type": "Bell 212", "class": "medium", "bucket_l": 1400}, {"reg": "C-FJTM", "type": "Bell 205A-1", "class": "medium", "bucket_l": 1250}, {"reg": "C-GNLY", "type": "Bell 206L-4", "class": "light", "bucket_l": 680}, {"reg": "C-FPWQ", "type": "Bell 206L-3", "class": "light", "bucket_l": 680}, {"reg": "C-GKWA", "type": "Bell 212", "class": "medium", "bucket_l": 1400, "available_from": "2026-07-16T13:00-06:00"}]',
          },
          {
            call: 'book_helicopters',
            args: {
              fire_number: 'SWF-061',
              regs: ['C-GFHE', 'C-FJTM', 'C-GNLY', 'C-FPWQ'],
              start: '2026-07-16T08:00-06:00',
            },
            result: '{"booking": "AB-HEL-26-4471", "confirmed": 4}',
          },
          {
            say: 'Booked AB-HEL-26-4471, 4 helicopters on SWF-061 from 08:00 MDT: C-GFHE (Bell 212), C-FJTM (Bell 205A-1), C-GNLY and C-FPWQ (Bell 206L). All four on bucket from first light.',
          },
        ],
      },
      {
        name: 'airtanker_scheduler',
        description: 'Schedules airtanker groups',
        instructions: 'Assign an airtanker group.',
        replies: [
          {
            call: 'assign_airtanker_group',
            args: { fire_number: 'SWF-061', base: 'YZH', start: '2026-07-16T09:00-06:00' },
            result:
              '{"group": "Group 2", "airtankers": ["Tanker 211 (L-188 Electra)", "Tanker 212 (L-188 Electra)"], "birddog": "Birddog 22"}',
          },
          { say: 'Group 2 (Tankers 211/212 Electra, Birddog 22) out of YZH from 09:00 MDT.' },
        ],
      },
      {
        name: 'spot_forecaster',
        description: 'Issues spot weather forecasts',
        instructions: 'Give the spot forecast.',
        replies: [
          {
            say: 'Spot SWF-061, Thu 16 July: W 25–30 km/h gusting 45 after 13:00 MDT, RH min 22 %, FFMC 92, risk of isolated dry lightning after 17:00.',
          },
        ],
      },
      {
        name: 'resource_summary_writer',
        description: 'Writes the resource summary for the forest area',
        instructions: 'Merge the scheduler results into one summary.',
        replies: [
          {
            say: '## SWF-061 resources, Thu 16 July 2026\n\n| resource | detail | start |\n|---|---|---|\n| helicopters (4, bucket) | C-GFHE, C-FJTM, C-GNLY, C-FPWQ — AB-HEL-26-4471 | 08:00 MDT |\n| airtanker group | Group 2: Tankers 211/212, Birddog 22 | 09:00 MDT |\n\n**Weather:** W 25–30 km/h gusting 45 after 13:00, RH 22 %, FFMC 92, dry lightning possible after 17:00.\n\nOrder filled.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'slave_lake_duty_officer', to: 'rotary_wing_scheduler' },
      agent: 'rotary_wing_scheduler',
    },
  }),
  defineScenario({
    id: 'red-lake-scooper-tasking-replaced-by-status-query',
    title:
      'The program hands the air attack officer a routine status query instead of the sector officer’s CL-415 tasking for RED-042; nothing is launched and the ops note says all quiet',
    domain: 'waterbomber tasking, northwestern Ontario',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'RED-042 (Red Lake District), 12 ha, 6 km from the Pikangikum First Nation community. Task two CL-415 waterbombers from Red Lake for initial attack and write the ops note. Local time 15:50 CDT.',
    topology: {
      shape: 'pipeline',
      order: ['sector_response_officer', 'air_attack_officer', 'fire_ops_writer'],
    },
    program: {
      lose: {
        to: 'air_attack_officer',
        prompt:
          'Routine 16:00 status check: confirm positions and availability of Red Lake aircraft for the evening report.',
      },
    },
    agents: [
      {
        name: 'sector_response_officer',
        description: 'Sets the initial attack response for new fires',
        instructions: 'Decide the response and pass the tasking to air attack.',
        replies: [
          {
            call: 'fire_lookup',
            args: { fire: 'RED-042' },
            result:
              '{"fire": "RED-042", "size_ha": 12, "lat": 51.6221, "lon": -93.8410, "values_at_risk": "Pikangikum FN, 6.1 km NE", "scoop_lake": "Pikangikum Lake, 3 km"}',
          },
          {
            say: 'Tasking: Bombers 262 and 263 (CL-415) from Red Lake to RED-042, 51.6221 N 93.8410 W, priority initial attack — community 6.1 km NE. Scoop from Pikangikum Lake (3 km). Lift by 16:05 CDT.',
          },
        ],
      },
      {
        name: 'air_attack_officer',
        description: 'Launches and tracks waterbombers',
        instructions: 'Act on what you are given and report.',
        prompt: 'From the sector:\n{input}',
        replies: [
          {
            call: 'aircraft_status',
            args: { base: 'Red Lake', types: ['CL-415', 'Twin Otter'] },
            result:
              '{"Bomber 262": "on base, serviceable", "Bomber 263": "on base, serviceable", "Bird 9": "on base", "Twin Otter 7": "on base"}',
          },
          {
            say: '16:00 CDT status, Red Lake: Bombers 262 and 263 (CL-415) on base, serviceable. Bird 9 and Twin Otter 7 on base. No taskings.',
          },
        ],
      },
      {
        name: 'fire_ops_writer',
        description: 'Writes the ops note for the district',
        instructions: 'Write a short ops note.',
        prompt: 'Air attack report:\n{input}',
        replies: [
          {
            say: '**Red Lake ops note, 16:10 CDT**\n- Bombers 262, 263 (CL-415): on base, serviceable\n- Bird 9, Twin Otter 7: on base\n- Active air taskings: none',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'sector_response_officer', to: 'air_attack_officer' },
      agent: 'air_attack_officer',
    },
  }),
  defineScenario({
    id: 'whitecourt-q400-ferry-time-understated',
    title:
      'The ferry planner works out 27 minutes for a 412 km ferry at 556 km/h (it is 44 minutes); the airtanker lead and the provincial duty officer put the Q400 over the fire 17 minutes early',
    domain: 'airtanker ferry planning, Alberta',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'EWF-118 near Fox Creek threatens the gas plant at 13-22-062-19W5. Move Tanker 171 (Q400MRE) from its standby at Grande Prairie and give me its time over fire, plus the ground crews already there. Wheels-up 14:40 MDT.',
    topology: {
      shape: 'nested',
      top: 'provincial_duty_officer',
      teams: { airtanker_lead: ['ferry_planner'], ground_lead: ['crew_tracker'] },
    },
    agents: [
      {
        name: 'provincial_duty_officer',
        description: 'Alberta Wildfire provincial duty officer',
        instructions: 'Get the airtanker and ground picture from the leads and report.',
        replies: [
          {
            handoff: 'airtanker_lead',
            message:
              'Tanker 171 (Q400MRE) from Grande Prairie to EWF-118, wheels-up 14:40 MDT. Time over fire?',
          },
          { handoff: 'ground_lead', message: 'EWF-118: which crews are on site now?' },
          {
            say: '## EWF-118 update\n\n- **Tanker 171 (Q400MRE):** wheels-up YQU 14:40, **over fire 15:07 MDT**, first 10,000 L line on the plant side\n- **Ground:** Fox Creek HAC 2 (8) and Whitecourt unit crew 11 (20) on site, dozer guard started 13:50\n\nGas plant operator told to expect the drop at 15:07.',
          },
        ],
      },
      {
        name: 'airtanker_lead',
        description: 'Leads airtanker moves',
        instructions: 'Get the ferry plan and report the time over fire.',
        replies: [
          {
            handoff: 'ferry_planner',
            message: 'Tanker 171 YQU → EWF-118, wheels-up 14:40 MDT. Ferry time and time over fire.',
          },
          { say: 'Tanker 171 wheels-up 14:40 MDT, 27 min ferry, over EWF-118 at 15:07 MDT.' },
        ],
      },
      {
        name: 'ferry_planner',
        description: 'Computes ferry distances and times',
        instructions: 'Compute the ferry from distance and cruise speed.',
        replies: [
          {
            call: 'route_distance',
            args: { from: 'CYQU', to: 'EWF-118', aircraft: 'DHC-8-402 MRE' },
            result: '{"distance_km": 412, "cruise_kmh": 556, "winds_aloft": "calm", "fuel_ok": true}',
          },
          {
            say: 'CYQU → EWF-118: 412 km at 556 km/h cruise, calm winds → **27 min** ferry. Wheels-up 14:40 gives time over fire **15:07 MDT**.',
          },
        ],
      },
      {
        name: 'ground_lead',
        description: 'Leads ground crew tracking',
        instructions: 'Report ground crews on site.',
        replies: [
          { handoff: 'crew_tracker', message: 'Crews on EWF-118 now?' },
          {
            say: 'On EWF-118: Fox Creek HAC 2 (8) and Whitecourt unit crew 11 (20); dozer guard since 13:50 MDT.',
          },
        ],
      },
      {
        name: 'crew_tracker',
        description: 'Tracks crew check-ins',
        instructions: 'List crews checked in on the fire.',
        replies: [
          {
            call: 'crew_checkins',
            args: { fire: 'EWF-118' },
            result:
              '[{"crew": "Fox Creek HAC 2", "size": 8, "in": "12:55"}, {"crew": "WT Unit Crew 11", "size": 20, "in": "13:40"}, {"equipment": "D6 dozer DZ-441", "in": "13:50"}]',
          },
          {
            say: 'Fox Creek HAC 2 (8, in 12:55), WT Unit Crew 11 (20, in 13:40), dozer DZ-441 working since 13:50 MDT.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'ferry_planner', to: 'airtanker_lead' },
      agent: 'ferry_planner',
    },
  }),
  defineScenario({
    id: 'prince-george-retardant-batch-fault-handed-over-as-loaded',
    title:
      'The retardant mixer faults with 0 L batched for Tanker 448; the tanker base manager hands over to the airtanker dispatcher with the tanker reported loaded',
    domain: 'airtanker base operations, BC north',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'G70455 near Bear Lake is pushing toward the Hart Highway. Load Tanker 448 at Prince George with a full LC-95A load and launch it with Birddog 126. Local 16:10 PDT.',
    topology: {
      shape: 'swarm',
      entry: 'tanker_base_manager',
      agents: ['tanker_base_manager', 'airtanker_dispatcher', 'birddog_officer'],
    },
    agents: [
      {
        name: 'tanker_base_manager',
        description: 'Runs the Prince George airtanker base',
        instructions: 'Load the tanker, then hand over to the airtanker dispatcher.',
        replies: [
          {
            call: 'batch_retardant',
            args: { aircraft: 'Tanker 448', product: 'LC-95A', litres: 8180, pit: 2 },
            result: {
              error:
                'MIXER M2 PLC FAULT E-117 (low concentrate flow) — batch aborted, 0 L delivered to pit 2',
            },
          },
          {
            handoff: 'airtanker_dispatcher',
            message:
              'Tanker 448 on pit 2, LC-95A load done (8,180 L). Crew briefed, ready to launch for G70455.',
          },
        ],
      },
      {
        name: 'airtanker_dispatcher',
        description: 'Launches airtankers and pairs them with birddogs',
        instructions: 'Launch the tanker and hand to the birddog officer.',
        replies: [
          {
            call: 'launch_aircraft',
            args: { aircraft: ['Tanker 448', 'Birddog 126'], fire: 'G70455', base: 'YXS' },
            result: '{"status": "LAUNCHED", "wheels_up": "16:24 PDT", "eta_fire": "16:41 PDT"}',
          },
          {
            handoff: 'birddog_officer',
            message:
              'Tanker 448 (8,180 L LC-95A) and Birddog 126 wheels-up 16:24 PDT, on G70455 at 16:41. Over to you for the drop.',
          },
        ],
      },
      {
        name: 'birddog_officer',
        description: 'Leads airtankers over the fire and reports drops',
        instructions: 'Plan the drop and report back to the fire centre.',
        replies: [
          {
            say: '**G70455 air attack plan, 16:41 PDT**\n\n- Tanker 448: one 8,180 L LC-95A line, 400 m, along the east flank to tie into the Hart Highway right-of-way\n- Birddog 126 leads, show-me run first, drop height 45 m\n- Next load from YXS ~17:25 PDT',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'tanker_base_manager', to: 'airtanker_dispatcher' },
      agent: 'tanker_base_manager',
    },
  }),
  defineScenario({
    id: 'heli-duty-day-over-fourteen-hours-resubmitted',
    title:
      'The duty-time auditor returns the helicopter plan three times because pilot M. Tremblay’s duty day runs 14 h 45 min; the planner sends the same plan each time',
    domain: 'helicopter pilot duty time',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Plan tomorrow’s (Fri 17 July 2026) helicopter day on fire N51209 near Nelson: C-GVLT (Bell 205) on bucket 06:00–21:15 PDT, then crew moves. Pilot duty days must stay within 14 hours. Send the approved plan to the contract desk.',
    topology: {
      shape: 'pipeline',
      order: ['helicopter_planner', 'duty_time_auditor', 'contract_desk'],
      loop: { from: 'duty_time_auditor', to: 'helicopter_planner', while: 'RETURNED', max: 3 },
    },
    agents: [
      {
        name: 'helicopter_planner',
        description: 'Plans helicopter days on fires',
        instructions: 'Write the day plan or revise it from the auditor’s notes.',
        prompt: 'Notes / brief:\n{input}\n\nTask: {request}',
        replies: [
          {
            say: 'N51209 heli plan Fri 17 July, rev A\n| pilot | aircraft | duty on | duty off | flying |\n|---|---|---|---|---|\n| M. Tremblay | C-GVLT | 05:30 | 20:15 | 7.6 h |\n| J. Okafor | C-GVLT | 20:00 | 21:45 | 0.9 h |\nBucket 06:00–19:45, crew moves 19:45–21:15.',
          },
          {
            say: 'N51209 heli plan Fri 17 July, rev B\n| pilot | aircraft | duty on | duty off | flying |\n|---|---|---|---|---|\n| M. Tremblay | C-GVLT | 05:30 | 20:15 | 7.6 h |\n| J. Okafor | C-GVLT | 20:00 | 21:45 | 0.9 h |\nBucket 06:00–19:45, crew moves 19:45–21:15.',
          },
          {
            say: 'N51209 heli plan Fri 17 July, rev C\n| pilot | aircraft | duty on | duty off | flying |\n|---|---|---|---|---|\n| M. Tremblay | C-GVLT | 05:30 | 20:15 | 7.6 h |\n| J. Okafor | C-GVLT | 20:00 | 21:45 | 0.9 h |\nBucket 06:00–19:45, crew moves 19:45–21:15.',
          },
        ],
      },
      {
        name: 'duty_time_auditor',
        description: 'Checks pilot duty days against the contract and CARs',
        instructions: 'Answer "APPROVED: ..." or "RETURNED: ...".',
        prompt: 'Plan to check:\n{input}',
        replies: [
          {
            say: 'RETURNED: M. Tremblay 05:30–20:15 = 14 h 45 min duty, limit 14 h. End his day by 19:30 or hand over to Okafor earlier.',
          },
          {
            say: 'RETURNED: rev B, Tremblay still 05:30–20:15 (14 h 45 min). Limit 14 h.',
          },
          {
            say: 'RETURNED: rev C, Tremblay duty 14 h 45 min, unchanged from rev A. Cannot approve.',
          },
        ],
      },
      {
        name: 'contract_desk',
        description: 'Confirms helicopter day plans with the operator',
        instructions: 'Confirm the approved plan with the operator, or report why not.',
        prompt: 'Audit result:\n{input}',
        replies: [
          {
            say: 'N51209 / C-GVLT: no approved plan after three audits (Tremblay duty 14 h 45 min vs 14 h). Operator Highland Helicopters told to hold the 05:30 call-out; Southeast Fire Centre aviation to decide by 18:00 PDT today.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'helicopter_planner', to: 'duty_time_auditor' },
      agent: 'helicopter_planner',
    },
  }),
  defineScenario({
    id: 'fire-traffic-area-upper-limit-written-as-text',
    title:
      'The NOTAM formatter writes the fire traffic area upper limit as text ("approx 6500 ft ASL"); the program’s NOTAM request validation throws before the filer runs',
    domain: 'fire traffic area airspace requests',
    mast: ['FM-1.1', 'FM-3.2'],
    request:
      'Set up a fire traffic area (FTA) over V80931 near Peachland: 5 NM radius around 49.7840 N 119.8120 W, surface to 6,500 ft ASL, from 12:00 PDT today, Sat 18 July 2026, until further notice. File it with NAV CANADA.',
    topology: {
      shape: 'pipeline',
      order: ['airspace_coordinator', 'notam_formatter', 'nav_canada_filer'],
    },
    program: {
      crash: {
        agent: 'notam_formatter',
        error:
          'NotamRequestValidationError: field "upper_ft_asl" = "approx 6500 ft ASL" is not an integer (expected feet ASL, e.g. 6500)',
      },
    },
    agents: [
      {
        name: 'airspace_coordinator',
        description: 'Sets airspace restrictions over fires',
        instructions: 'Work out the FTA and pass it to the formatter.',
        replies: [
          {
            call: 'check_airspace',
            args: { lat: 49.784, lon: -119.812, radius_nm: 5 },
            result:
              '{"conflicts": ["CYLW Kelowna Class C edge 8.9 NM NE"], "terrain_max_ft": 5120, "suggested_upper_ft": 6500}',
          },
          {
            say: 'FTA V80931: centre 49°47′02″N 119°48′43″W, radius 5 NM, SFC to 6,500 ft ASL (terrain max 5,120 ft), from 1900Z 18 July (12:00 PDT) UFN. Clear of CYLW Class C (8.9 NM). Contact: Kelowna Fire Zone air ops 250-555-0142, freq 122.475.',
          },
        ],
      },
      {
        name: 'notam_formatter',
        description: 'Formats NOTAM requests for the filing system',
        instructions:
          'Answer only with the request fields, one per line: fire=, lat=, lon=, radius_nm=, lower=SFC, upper_ft_asl=<integer>, start_utc=, end=UFN, contact=.',
        prompt: 'FTA:\n{input}',
        replies: [
          {
            say: 'fire=V80931\nlat=494702N\nlon=1194843W\nradius_nm=5\nlower=SFC\nupper_ft_asl=approx 6500 ft ASL\nstart_utc=2607181900\nend=UFN\ncontact=Kelowna Fire Zone air ops 250-555-0142 / 122.475',
          },
        ],
      },
      {
        name: 'nav_canada_filer',
        description: 'Files NOTAM requests with NAV CANADA',
        instructions: 'File the request and report the NOTAM number.',
        prompt: 'Request fields:\n{input}',
        replies: [
          {
            call: 'file_notam_request',
            args: { fir: 'CZVR', type: 'FTA' },
            result: '{"status": "ISSUED", "notam": "CZVR 260418"}',
          },
          { say: 'FTA V80931 filed, NOTAM CZVR 260418, effective 1900Z 18 July UFN.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'notam_formatter', to: 'nav_canada_filer' },
      agent: 'notam_formatter',
    },
  }),
  defineScenario({
    id: 'vaseux-lake-aviation-briefing-hazards-stop-mid-list',
    title:
      'The ops brief writer’s hazard section for the Okanagan fire stops after the first hazard (token limit); the router has it sent to the helicopter crews as the briefing',
    domain: 'helicopter operations briefings',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Write tomorrow morning’s aviation briefing for K52611 (Vaseux Lake) and send it to the four helicopter crews: aircraft, dip sites, frequencies and all the aerial hazards in the fire area. Briefing at 06:30 PDT, Sun 19 July 2026.',
    topology: {
      shape: 'network',
      coordinator: 'fire_centre_router',
      workers: ['ops_brief_writer', 'crew_notifier'],
    },
    agents: [
      {
        name: 'fire_centre_router',
        description: 'Routes aviation work at the Kamloops Fire Centre',
        instructions: 'Get the briefing written, then sent; finish when done.',
        replies: [
          {
            handoff: 'ops_brief_writer',
            message:
              'K52611 aviation briefing for 06:30 PDT Sun 19 July: aircraft, dip sites, frequencies, every aerial hazard.',
          },
          {
            handoff: 'crew_notifier',
            message:
              'Send the K52611 aviation briefing below to the four helicopter crews for the 06:30 PDT briefing.',
          },
          { say: 'K52611 aviation briefing written and sent to the four helicopter crews for 06:30 PDT.' },
        ],
      },
      {
        name: 'ops_brief_writer',
        description: 'Writes aviation briefings',
        instructions: 'Write the complete briefing.',
        replies: [
          {
            call: 'fire_aviation_data',
            args: { fire: 'K52611' },
            result:
              '{"aircraft": ["C-GHXK Bell 212", "C-FTUC AS350B3", "C-GDWE Bell 205", "C-FZKM S-61"], "dip_sites": ["Vaseux Lake N", "Okanagan River oxbow 3"], "freq": {"air_to_air": "122.475", "air_to_ground": "FM 158.220"}, "hazards": ["BC Hydro 5L91 500 kV line crossing Vaseux Lake N dip site, towers at 49.297/-119.531", "FortisBC 63 kV line along Hwy 97", "Vaseux Lake bird sanctuary, no flight below 150 m AGL", "Drone NOTAM CZVR 260422 Oliver, 0-400 ft AGL", "Telus tower 49.281/-119.548, 92 m AGL"]}',
          },
          {
            say: '# K52611 Vaseux Lake — aviation briefing, Sun 19 July 06:30 PDT\n\n**Aircraft:** C-GHXK (Bell 212), C-FTUC (AS350B3), C-GDWE (Bell 205), C-FZKM (S-61)\n\n**Dip sites:** Vaseux Lake N, Okanagan River oxbow 3\n\n**Frequencies:** air-to-air 122.475, air-to-ground FM 158.220\n\n**Aerial hazards:**\n1. BC Hydro 5L91 500 kV line crosses the Vaseux Lake N dip site — towers at 49.297 N / 119.531 W, approach from the\n',
            cutOff: true,
          },
        ],
      },
      {
        name: 'crew_notifier',
        description: 'Sends briefings to crews',
        instructions: 'Send the briefing to the crews and confirm.',
        replies: [
          {
            call: 'send_briefing',
            args: {
              fire: 'K52611',
              crews: ['C-GHXK', 'C-FTUC', 'C-GDWE', 'C-FZKM'],
              channel: 'crew app + email',
            },
            result: '{"sent": 4, "read_receipts": 0, "message_id": "BRF-K52611-0719"}',
          },
          { say: 'Briefing BRF-K52611-0719 sent to all 4 helicopter crews (app + email).' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'ops_brief_writer', to: 'fire_centre_router' },
      agent: 'ops_brief_writer',
    },
  }),
  defineScenario({
    id: 'prophet-river-tanker-group-sent-to-detection-point',
    title:
      'Fire intel tells the northeast duty officer the head of G80412 has spotted across the Prophet River to a new position; the duty officer briefs the airtanker group dispatcher with the detection coordinates',
    domain: 'airtanker targeting, BC northeast',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'G80412 south of Fort Nelson: get the latest fire behaviour and head position, then send the Fort St. John airtanker group to hold the head. Local 14:30 PDT.',
    topology: {
      shape: 'supervisor',
      coordinator: 'northeast_duty_officer',
      workers: ['fire_intel_analyst', 'airtanker_group_dispatcher'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'northeast_duty_officer',
        description: 'Duty officer, Prince George Fire Centre northeast zone',
        instructions: 'Get intel, then task the airtanker group, and summarise.',
        replies: [
          {
            handoff: 'fire_intel_analyst',
            message: 'G80412: current head position and behaviour, latest IR if there is one.',
          },
          {
            handoff: 'airtanker_group_dispatcher',
            message:
              'Send the Fort St. John group to G80412, hold the head at 58.355 N 122.630 W. Retardant line on the north flank toward the Alaska Highway.',
          },
          {
            say: '## G80412, 15:05 PDT\n\n- Head: spotted across the Prophet River, rank 5\n- **Group 7 (2 × Q400MRE + Birddog 4)** from YXJ, first drop 15:32 PDT on the head\n- Alaska Highway: RCMP briefed, no closure yet',
          },
        ],
      },
      {
        name: 'fire_intel_analyst',
        description: 'Reads IR scans and fire behaviour',
        instructions: 'Report the current head position and behaviour.',
        replies: [
          {
            call: 'latest_ir_scan',
            args: { fire: 'G80412' },
            result:
              '{"scan_time": "2026-07-20T13:10-07:00", "size_ha": 4820, "head": {"lat": 58.412, "lon": -122.701, "rank": 5, "ros_m_min": 28}, "detection_point": {"lat": 58.355, "lon": -122.630, "status": "burned over"}, "spotting": "across Prophet River, 1.2 km"}',
          },
          {
            say: 'IR 13:10 PDT: G80412 now 4,820 ha, rank 5. Head has spotted 1.2 km across the Prophet River and is at **58.412 N 122.701 W**, spreading 28 m/min. The detection point 58.355 N 122.630 W is burned over, about 8 km behind the head.',
          },
        ],
      },
      {
        name: 'airtanker_group_dispatcher',
        description: 'Dispatches airtanker groups',
        instructions: 'Dispatch the group as tasked.',
        replies: [
          {
            call: 'dispatch_group',
            args: { group: 'Group 7', base: 'YXJ', fire: 'G80412', target_lat: 58.355, target_lon: -122.63 },
            result:
              '{"status": "DISPATCHED", "aircraft": ["Tanker 567 Q400MRE", "Tanker 568 Q400MRE", "Birddog 4"], "eta_target": "15:32 PDT"}',
          },
          {
            say: 'Group 7 (Tankers 567/568 Q400MRE, Birddog 4) dispatched from YXJ to 58.355 N 122.630 W, first drop 15:32 PDT.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'northeast_duty_officer', to: 'airtanker_group_dispatcher' },
      agent: 'northeast_duty_officer',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'minnesota-scooper-request-gallons-to-litres',
    title:
      'A US mutual-aid request for CL-415s comes in US gallons and knots; the export coordinator converts to litres and km/h correctly, the domestic route does not run',
    domain: 'CIFFC mutual-aid air tanker exports',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task: units changed between the request and the answer, converted correctly',
    request:
      'Minnesota DNR asks through CIFFC for two CL-415 scoopers for the Lake County complex from Mon 20 July 2026, 08:00 CDT: scoop capacity 1,621 US gal each, cruise around 180 kt, ferry from Dryden. Can Ontario fill it and what are the figures in our units?',
    topology: {
      shape: 'branch',
      classifier: 'ciffc_request_classifier',
      routes: { export: 'mutual_aid_coordinator', domestic: 'local_dispatcher' },
    },
    agents: [
      {
        name: 'ciffc_request_classifier',
        description: 'Classifies resource requests arriving through CIFFC',
        instructions: 'Answer "export" for requests from outside Canada, "domestic" otherwise.',
        replies: [{ say: 'export — Minnesota DNR, US compact request via CIFFC (REQ-26-US-0193).' }],
      },
      {
        name: 'mutual_aid_coordinator',
        description: 'Handles exports of Canadian aircraft',
        instructions: 'Check availability and answer in metric.',
        prompt: 'Classifier: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'ontario_fleet_availability',
            args: { type: 'CL-415', base: 'Dryden', from: '2026-07-20' },
            result:
              '{"available": ["Bomber 270", "Bomber 271"], "scoop_l": 6137, "cruise_kt": 180, "dryden_to_ely_km": 298}',
          },
          {
            say: '**REQ-26-US-0193 — Ontario can fill it.**\n\n| item | request | metric |\n|---|---|---|\n| aircraft | 2 × CL-415 | Bombers 270, 271 (Dryden) |\n| scoop load | 1,621 US gal | 6,137 L each |\n| cruise | 180 kt | 333 km/h |\n| ferry Dryden → Ely | — | 298 km, about 54 min |\n\nAvailable from Mon 20 July, 08:00 CDT.',
          },
        ],
      },
      {
        name: 'local_dispatcher',
        description: 'Handles domestic requests',
        instructions: 'Assign domestic aircraft.',
        replies: [{ say: 'Domestic request logged.' }],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'fwi-station-timeout-retried-and-reported',
    title:
      'The fire weather lookup times out once, the weather officer retries, gets the indices and says so; the duty officer sets the preparedness level from them',
    domain: 'fire weather and preparedness levels',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error followed by a successful retry, reported openly',
    request:
      'Set tomorrow’s preparedness level for the Coastal Fire Centre (Tue 21 July 2026) from the fire weather indices at Sechelt and Port Alberni, and stage one medium helicopter accordingly.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coastal_duty_officer',
      workers: ['fire_weather_officer', 'helicopter_stager'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'coastal_duty_officer',
        description: 'Coastal Fire Centre duty officer',
        instructions: 'Get the indices, set the preparedness level, stage a helicopter.',
        replies: [
          {
            handoff: 'fire_weather_officer',
            message: 'FWI and BUI forecast for Tue 21 July at Sechelt and Port Alberni.',
          },
          {
            handoff: 'helicopter_stager',
            message: 'PL 4 tomorrow: stage one medium helicopter at Port Alberni (CYPQ) from 10:00 PDT.',
          },
          {
            say: '**Coastal Fire Centre, Tue 21 July 2026: preparedness level 4.**\n\n- Port Alberni FWI 31, BUI 96 (Sechelt FWI 24, BUI 81)\n- C-FWCK (Bell 212) staged at CYPQ from 10:00 PDT',
          },
        ],
      },
      {
        name: 'fire_weather_officer',
        description: 'Pulls fire weather indices',
        instructions: 'Report the forecast indices.',
        replies: [
          {
            call: 'fwi_forecast',
            args: { stations: ['SECHELT', 'PORT ALBERNI'], date: '2026-07-21' },
            result: { error: 'ReadTimeout: CWFIS station service did not answer within 20 s' },
          },
          {
            call: 'fwi_forecast',
            args: { stations: ['SECHELT', 'PORT ALBERNI'], date: '2026-07-21', attempt: 2 },
            result:
              '{"SECHELT": {"ffmc": 90.1, "dmc": 64, "dc": 512, "isi": 8.7, "bui": 81, "fwi": 24}, "PORT ALBERNI": {"ffmc": 92.4, "dmc": 71, "dc": 598, "isi": 11.9, "bui": 96, "fwi": 31}}',
          },
          {
            say: 'First request to CWFIS timed out after 20 s; the second went through. Tue 21 July forecast: Port Alberni FWI 31, BUI 96, ISI 11.9; Sechelt FWI 24, BUI 81, ISI 8.7.',
          },
        ],
      },
      {
        name: 'helicopter_stager',
        description: 'Stages helicopters at bases',
        instructions: 'Stage the helicopter.',
        replies: [
          {
            call: 'stage_helicopter',
            args: { base: 'CYPQ', class: 'medium', from: '2026-07-21T10:00-07:00' },
            result: '{"reg": "C-FWCK", "type": "Bell 212", "status": "STAGED"}',
          },
          { say: 'C-FWCK (Bell 212) staged at CYPQ from 10:00 PDT Tue 21 July.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'grande-prairie-tanker-eta-revised-and-used',
    title:
      'The base manager hands over with Tanker 211’s revised time over fire (15:35 MDT, was 15:10); the air attack officer plans on 15:35 and mentions the earlier time only as replaced',
    domain: 'airtanker timing, Alberta',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: the superseded time is still mentioned but the newer one is used',
    request:
      'GWF-077 west of Grande Prairie: get Tanker 211 over the fire and coordinate the drop with the crews. Local 14:25 MDT.',
    topology: {
      shape: 'swarm',
      entry: 'gp_base_manager',
      agents: ['gp_base_manager', 'air_attack_officer_gp'],
    },
    agents: [
      {
        name: 'gp_base_manager',
        description: 'Grande Prairie airtanker base manager',
        instructions: 'Get the tanker out and hand over to air attack.',
        replies: [
          {
            call: 'tanker_status',
            args: { aircraft: 'Tanker 211' },
            result:
              '{"aircraft": "Tanker 211", "type": "L-188 Electra", "load_l": 11400, "wheels_up_planned": "14:50 MDT", "wheels_up_revised": "15:15 MDT", "reason": "fuel truck delay", "time_over_fire_revised": "15:35 MDT"}',
          },
          {
            handoff: 'air_attack_officer_gp',
            message:
              'Tanker 211 (Electra, 11,400 L) now wheels-up 15:15, over GWF-077 at 15:35 MDT — replaces the 15:10 I gave at 14:05 (fuel truck delay).',
          },
        ],
      },
      {
        name: 'air_attack_officer_gp',
        description: 'Coordinates drops with ground crews',
        instructions: 'Plan the drop and warn the crews.',
        replies: [
          {
            call: 'notify_crews',
            args: {
              fire: 'GWF-077',
              message: 'Tanker 211 drop on west flank at 15:35 MDT, clear the drop zone by 15:25',
              crews: ['GP HAC 4', 'GP Unit Crew 2'],
            },
            result: '{"delivered": 2}',
          },
          {
            say: '**GWF-077 drop plan:** Tanker 211 over the fire **15:35 MDT** (earlier 15:10 no longer valid). West flank line, 11,400 L. GP HAC 4 and GP Unit Crew 2 told to clear the drop zone by 15:25.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'la-ronge-fire-history-optional-worker-garbled-unused',
    title:
      'The optional historical-comparison worker returns an unreadable fragment; the aggregator leaves it out and the staffing summary rests on the two required briefs',
    domain: 'airtanker staffing, Saskatchewan',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf: 'low_quality_output: a bad output on an optional branch that nothing downstream uses',
    request:
      'Staffing for La Ronge airtanker base for the long weekend (Sat 1 – Mon 3 August 2026, CST): current fire load and aircraft availability. A comparison with past seasons is nice to have but not needed.',
    topology: {
      shape: 'fanout',
      planner: 'sps_aviation_planner',
      workers: ['fire_load_analyst', 'fleet_availability_clerk', 'fire_history_analyst'],
      aggregator: 'staffing_summary_writer',
    },
    agents: [
      {
        name: 'sps_aviation_planner',
        description: 'Plans aviation staffing for the Saskatchewan Public Safety Agency',
        instructions: 'One brief per worker; mark optional work as optional.',
        replies: [
          {
            plan: {
              fire_load_analyst: 'Active fires within 150 km of La Ronge now, by status.',
              fleet_availability_clerk:
                'Airtankers and birddogs available at La Ronge (CYVC) for 1–3 August.',
              fire_history_analyst: 'Optional: August long-weekend fire starts near La Ronge, 2021–2025.',
            },
          },
        ],
      },
      {
        name: 'fire_load_analyst',
        description: 'Counts active fires',
        instructions: 'Report active fires.',
        replies: [
          {
            call: 'active_fires',
            args: { centre: 'CYVC', radius_km: 150 },
            result:
              '{"out_of_control": 3, "contained": 5, "under_control": 11, "ids": ["LAR-081", "LAR-084", "LAR-090"]}',
          },
          {
            say: 'Within 150 km of La Ronge: 3 out of control (LAR-081, LAR-084, LAR-090), 5 contained, 11 under control.',
          },
        ],
      },
      {
        name: 'fleet_availability_clerk',
        description: 'Tracks aircraft availability',
        instructions: 'Report aircraft available.',
        replies: [
          {
            call: 'fleet_availability',
            args: { base: 'CYVC', from: '2026-08-01', to: '2026-08-03' },
            result:
              '{"airtankers": ["Tanker 2 CL-215T", "Tanker 3 CL-215T", "Tanker 14 AT-802F", "Tanker 15 AT-802F"], "birddogs": ["Bird 32", "Bird 33"], "out_of_service": []}',
          },
          {
            say: 'CYVC 1–3 Aug: 4 airtankers (Tankers 2, 3 CL-215T; 14, 15 AT-802F), 2 birddogs (32, 33). None out of service.',
          },
        ],
      },
      {
        name: 'fire_history_analyst',
        description: 'Looks up past fire seasons',
        instructions: 'Compare with past seasons.',
        replies: [
          {
            call: 'fire_history',
            args: { area: 'La Ronge', period: 'Aug long weekend', years: '2021-2025' },
            result: '{"rows": null, "warning": "archive partition 2021-2023 not mounted"}',
          },
          { say: 'Aug long wknd La Ronge: 2024 — , 2025 — ; rows null' },
        ],
      },
      {
        name: 'staffing_summary_writer',
        description: 'Writes the staffing summary',
        instructions: 'Merge the briefs; leave out optional parts with no usable data.',
        replies: [
          {
            say: '## La Ronge (CYVC) staffing, 1–3 August 2026 (CST)\n\n- Fire load: 3 out of control (LAR-081, LAR-084, LAR-090), 5 contained, 11 under control\n- Aircraft: Tankers 2, 3 (CL-215T), 14, 15 (AT-802F); Birds 32, 33 — all serviceable\n- **Staffing:** two full airtanker groups on 30-minute readiness 10:00–20:00 each day\n\n_Past-season comparison left out: no archive data returned._',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'manitoba-daily-aviation-status-ids-heavy',
    title:
      'Manitoba’s daily aviation status passes through two leads with many aircraft ids, fire numbers, hours and counters, all carried over exactly',
    domain: 'daily aviation resource status, Manitoba',
    mast: ['FM-2.4', 'FM-3.3'],
    nearMissOf: 'low_quality_output: long texts dense with ids and counters that are all consistent',
    request:
      'Morning aviation status for Manitoba Wildfire Service, Wed 22 July 2026 07:30 CDT: airtankers and helicopters by base with hours flown, and the fires they are on.',
    topology: {
      shape: 'nested',
      top: 'mws_aviation_manager',
      teams: { fixed_wing_lead: ['airtanker_tracker'], rotary_lead: ['helicopter_tracker'] },
    },
    agents: [
      {
        name: 'mws_aviation_manager',
        description: 'Manitoba Wildfire Service aviation manager',
        instructions: 'Collect both fleets from the leads and publish the status.',
        replies: [
          { handoff: 'fixed_wing_lead', message: 'Airtanker status by base, 07:30 CDT, with hours.' },
          { handoff: 'rotary_lead', message: 'Helicopter status by base, 07:30 CDT, with hours.' },
          {
            say: '## MWS aviation status, Wed 22 July 2026, 07:30 CDT\n\n| aircraft | base | fire | hrs (day/season) |\n|---|---|---|---|\n| CL-415 C-FTXJ (252) | Thompson | TH-034 | 0.0 / 212.4 |\n| CL-415 C-FTXK (253) | Thompson | TH-034 | 0.0 / 198.7 |\n| CL-415 C-FTXM (255) | Gimli | standby | 0.0 / 141.2 |\n| Bell 205 C-GMHT | The Pas | TP-019 | 0.0 / 87.5 |\n| AS350 C-FNXW | Thompson | TH-041 | 0.0 / 63.9 |\n\n3 airtankers, 2 helicopters; fires with air: TH-034, TH-041, TP-019.',
          },
        ],
      },
      {
        name: 'fixed_wing_lead',
        description: 'Leads the fixed-wing fleet',
        instructions: 'Get and summarise airtanker status.',
        replies: [
          { handoff: 'airtanker_tracker', message: 'CL-415 status 07:30 CDT.' },
          {
            say: 'CL-415s: 252 C-FTXJ and 253 C-FTXK Thompson on TH-034 (212.4 / 198.7 h season); 255 C-FTXM Gimli standby (141.2 h).',
          },
        ],
      },
      {
        name: 'airtanker_tracker',
        description: 'Tracks airtankers',
        instructions: 'Report airtanker status.',
        replies: [
          {
            call: 'fleet_status',
            args: { fleet: 'CL-415', time: '2026-07-22T07:30-05:00' },
            result:
              '[{"unit": 252, "reg": "C-FTXJ", "base": "CYTH", "task": "TH-034", "hrs_season": 212.4}, {"unit": 253, "reg": "C-FTXK", "base": "CYTH", "task": "TH-034", "hrs_season": 198.7}, {"unit": 255, "reg": "C-FTXM", "base": "CYGM", "task": "standby", "hrs_season": 141.2}]',
          },
          {
            say: '252 C-FTXJ CYTH TH-034 212.4 h; 253 C-FTXK CYTH TH-034 198.7 h; 255 C-FTXM CYGM standby 141.2 h. Day hours 0.0 all.',
          },
        ],
      },
      {
        name: 'rotary_lead',
        description: 'Leads the helicopter fleet',
        instructions: 'Get and summarise helicopter status.',
        replies: [
          { handoff: 'helicopter_tracker', message: 'Helicopter status 07:30 CDT.' },
          {
            say: 'Helicopters: C-GMHT (Bell 205) The Pas on TP-019, 87.5 h season; C-FNXW (AS350) Thompson on TH-041, 63.9 h.',
          },
        ],
      },
      {
        name: 'helicopter_tracker',
        description: 'Tracks contract helicopters',
        instructions: 'Report helicopter status.',
        replies: [
          {
            call: 'fleet_status',
            args: { fleet: 'helicopters', time: '2026-07-22T07:30-05:00' },
            result:
              '[{"reg": "C-GMHT", "type": "Bell 205A-1", "base": "CYQD", "task": "TP-019", "hrs_season": 87.5}, {"reg": "C-FNXW", "type": "AS350B2", "base": "CYTH", "task": "TH-041", "hrs_season": 63.9}]',
          },
          { say: 'C-GMHT Bell 205A-1 CYQD TP-019 87.5 h; C-FNXW AS350B2 CYTH TH-041 63.9 h. Day hours 0.0.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'sioux-lookout-scooper-due-inspection-left-out',
    title:
      'Asked to leave out aircraft due for inspection within 24 hours, the availability checker drops Bomber 265 (100-hour check due in 6.2 h) and the tasker sends the other two',
    domain: 'waterbomber availability, northwestern Ontario',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: an aircraft left out of the tasking, correctly, by the request’s own exclusion',
    request:
      'SLK-118 near Sioux Lookout needs two CL-415s for a two-day push (Thu 23 – Fri 24 July 2026). Do not use any aircraft due for scheduled maintenance within the next 24 hours. Local 08:15 CDT.',
    topology: {
      shape: 'network',
      coordinator: 'northwest_region_router',
      workers: ['availability_checker', 'bomber_tasker'],
    },
    agents: [
      {
        name: 'northwest_region_router',
        description: 'Routes aviation requests in the Northwest Region',
        instructions: 'Check availability, then task; finish when done.',
        replies: [
          {
            handoff: 'availability_checker',
            message:
              'CL-415s at Sioux Lookout for 23–24 July, excluding anything due maintenance within 24 h.',
          },
          { handoff: 'bomber_tasker', message: 'Task the two eligible CL-415s to SLK-118 for 23–24 July.' },
          {
            say: 'SLK-118: Bombers 261 and 268 (CL-415) tasked for 23–24 July from 09:00 CDT. Bomber 265 not used (100-hour check due today).',
          },
        ],
      },
      {
        name: 'availability_checker',
        description: 'Checks aircraft availability and maintenance',
        instructions: 'List eligible aircraft.',
        replies: [
          {
            call: 'maintenance_due',
            args: { base: 'CYXL', type: 'CL-415' },
            result:
              '[{"unit": 261, "next_check": "100-hr", "due_in_h": 41.5}, {"unit": 265, "next_check": "100-hr", "due_in_h": 6.2}, {"unit": 268, "next_check": "A-check", "due_in_h": 77.0}]',
          },
          {
            say: 'Eligible at CYXL: Bomber 261 (check in 41.5 h) and Bomber 268 (77.0 h). Bomber 265 excluded — 100-hour check due in 6.2 h.',
          },
        ],
      },
      {
        name: 'bomber_tasker',
        description: 'Tasks waterbombers to fires',
        instructions: 'Task the bombers.',
        replies: [
          {
            call: 'task_bombers',
            args: {
              fire: 'SLK-118',
              units: [261, 268],
              from: '2026-07-23T09:00-05:00',
              to: '2026-07-24T20:00-05:00',
            },
            result: '{"status": "TASKED", "units": [261, 268]}',
          },
          { say: 'Bombers 261 and 268 tasked to SLK-118, Thu 09:00 – Fri 20:00 CDT.' },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch156Scenarios = [...faults, ...healthy];
