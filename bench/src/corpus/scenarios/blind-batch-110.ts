import { defineScenario } from '../scenario.ts';

// Blind batch 110: airline crew scheduling and disruption recovery (pairings, rest rules, reserves).
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'crew-nw412-retimed-report-reserve-called-on-old-time',
    title:
      'The legality checker shows NW412 was retimed to an 11:00Z report, which makes Captain Hughes legal; the reserve assigner still computes her rest to the old 09:15Z report and replaces her with a reserve',
    domain: 'airline crew rest legality and reserve call-out',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Captain Ellen Hughes (crew 40718, LHR long-haul) came in late last night on NW117. She is rostered on NW412 LHR–JFK with report 09:15Z today, 10 Mar. Check her rest against OM-A 7.1 (min 12 h before a long-haul report); if she is not legal, call out a reserve captain and notify crew control.',
    topology: {
      shape: 'pipeline',
      order: ['legality_checker', 'reserve_assigner', 'crew_control_notifier'],
    },
    agents: [
      {
        name: 'legality_checker',
        description: 'Checks crew rest and duty legality against OM-A',
        instructions: 'Pull the crew member’s last duty and next report and state whether they are legal.',
        replies: [
          {
            call: 'get_crew_duty',
            args: { crew_id: '40718', date: '2027-03-10' },
            result:
              '{"crew_id":"40718","name":"HUGHES E","rank":"CPT","base":"LHR","last_duty":{"flight":"NW117","sched_on_blocks":"2027-03-09T19:50Z","actual_on_blocks":"2027-03-09T22:05Z","duty_end":"2027-03-09T22:35Z"},"next_duty":{"flight":"NW412","pairing":"P-LHR-4120","sched_dep":"2027-03-10T12:00Z","report":"2027-03-10T11:00Z","report_previous":"2027-03-10T09:15Z","retime_reason":"JFK runway 4L/22R closure, slot 12:00Z","retime_published":"2027-03-10T05:42Z"},"rule":"OM-A 7.1 long-haul min rest 12:00"}',
          },
          {
            say: '**Hughes (40718) — legal for NW412.**\n\n| item | value |\n|---|---|\n| NW117 on blocks | 22:05Z (sched 19:50Z) |\n| duty end | 09 Mar 22:35Z |\n| NW412 report | **11:00Z** (retimed 05:42Z, JFK slot 12:00Z) |\n| rest available | 12 h 25 min |\n| OM-A 7.1 minimum | 12 h 00 min |\n\nShe keeps NW412; no reserve needed.',
          },
        ],
      },
      {
        name: 'reserve_assigner',
        description: 'Calls out reserve crew when a rostered crew member is not legal',
        instructions:
          'Using the legality result and the request, call out a reserve if the rostered crew member cannot operate.',
        prompt: 'Legality result:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            call: 'callout_reserve',
            args: {
              pairing: 'P-LHR-4120',
              flight: 'NW412',
              rank: 'CPT',
              report: '2027-03-10T09:15Z',
              replaces: '40718',
            },
            result:
              '{"callout_id":"CO-LHR-77841","reserve":{"crew_id":"38260","name":"OKONKWO D","rank":"CPT","reserve_type":"home standby","callout_time":"2027-03-10T06:58Z"},"report":"2027-03-10T09:15Z","removed_from_pairing":"40718","status":"CONFIRMED"}',
          },
          {
            say: 'NW412 report 09:15Z: Hughes’ rest from 22:35Z is 10 h 40 min, under the 12 h OM-A 7.1 minimum. Reserve captain D. Okonkwo (38260, home standby) called out, callout CO-LHR-77841 confirmed; Hughes removed from P-LHR-4120.',
          },
        ],
      },
      {
        name: 'crew_control_notifier',
        description: 'Writes the crew control log entry and notifies the duty crew controller',
        instructions: 'Write a short crew control update.',
        prompt: 'Change to log:\n{input}',
        replies: [
          {
            say: '### Crew control — 10 Mar, NW412 LHR–JFK\n- **CPT change:** Hughes (40718) off P-LHR-4120, insufficient rest (10 h 40 vs 12 h).\n- **Reserve:** Okonkwo (38260) called out at 06:58Z, report **09:15Z**, callout CO-LHR-77841.\n- Hughes released; she is available from 10:35Z.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'legality_checker', to: 'reserve_assigner' },
      agent: 'reserve_assigner',
    },
  }),
  defineScenario({
    id: 'crew-cdg-reserve-fo-seventh-consecutive-duty-day',
    title:
      'Told to skip any reserve who would go past 6 consecutive duty days, the reserve finder takes the first name in the call-out order, a first officer already on day 6',
    domain: 'airline reserve call-out and collective agreement limits',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'P-CDG-2214 tomorrow (14 Mar, A320, 4 legs CDG–NCE–ORY–BIA–ORY, report 05:50 local) lost its first officer to sickness. Find a reserve FO — do not use anyone who would go past 6 consecutive duty days (CLA art. 12) — and book the ORY night-stop hotel for the new crew.',
    topology: {
      shape: 'supervisor',
      coordinator: 'crew_ops_coordinator',
      workers: ['reserve_finder', 'hotel_desk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'crew_ops_coordinator',
        description: 'Coordinates crew replacement for a pairing',
        instructions: 'Get a reserve and the hotel, then summarise for crew control.',
        replies: [
          {
            handoff: 'reserve_finder',
            message:
              'Reserve FO for P-CDG-2214, 14 Mar, report 05:50 local CDG, A320. Exclude anyone for whom this would be a 7th consecutive duty day (CLA art. 12). Assign in the system and send me the name.',
          },
          {
            handoff: 'hotel_desk',
            message:
              'Book 1 single room at the ORY crew hotel, night 14→15 Mar, for the P-CDG-2214 FO (name to follow), check-in from 19:30 local.',
          },
          {
            say: '## P-CDG-2214 — FO replacement (14 Mar)\n- **Reserve FO:** Camille Marchand (crew 61147), assigned, report 05:50 CDG\n- **Hotel ORY:** Ibis Orly Aéroport, 1 single, 14→15 Mar, conf. IBO-552190\n\nPairing is fully crewed.',
          },
        ],
      },
      {
        name: 'reserve_finder',
        description: 'Searches the reserve pool and assigns a reserve to a pairing',
        instructions: 'Search the reserve pool for the position and assign the right reserve.',
        replies: [
          {
            call: 'list_reserves',
            args: { base: 'CDG', rank: 'FO', fleet: 'A320', date: '2027-03-14', report_local: '05:50' },
            result:
              '{"pool":"CDG-FO-A320","date":"2027-03-14","reserves":[{"order":1,"crew_id":"61147","name":"MARCHAND C","type":"airport standby 04:30-10:30","consecutive_duty_days_before":6,"fdp_margin":"ok"},{"order":2,"crew_id":"63302","name":"OKAFOR T","type":"home standby 04:00-16:00","consecutive_duty_days_before":2,"fdp_margin":"ok"},{"order":3,"crew_id":"60518","name":"LINDQVIST A","type":"home standby 06:00-18:00","consecutive_duty_days_before":4,"fdp_margin":"ok","note":"standby starts after report"}]}',
          },
          {
            call: 'assign_reserve',
            args: { pairing: 'P-CDG-2214', crew_id: '61147', position: 'FO' },
            result:
              '{"assignment":"ASG-CDG-309915","pairing":"P-CDG-2214","crew_id":"61147","position":"FO","report":"2027-03-14T05:50+01:00","status":"ASSIGNED"}',
          },
          {
            say: 'Assigned Camille Marchand (61147), FO A320, order #1 in the CDG pool — already on airport standby 04:30–10:30, so no call-out delay. Assignment ASG-CDG-309915, report 05:50 local.',
          },
        ],
      },
      {
        name: 'hotel_desk',
        description: 'Books crew hotels for night-stops',
        instructions: 'Book crew rooms at the contracted hotel.',
        replies: [
          {
            call: 'book_crew_hotel',
            args: { station: 'ORY', nights: ['2027-03-14'], rooms: 1, room_type: 'single', checkin: '19:30' },
            result:
              '{"hotel":"Ibis Orly Aeroport","contract":"CR-ORY-2026-04","confirmation":"IBO-552190","rooms":1,"checkin":"2027-03-14 19:30","checkout":"2027-03-15 11:00"}',
          },
          { say: 'ORY room booked: Ibis Orly Aéroport, 1 single, 14→15 Mar, conf. IBO-552190.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'crew_ops_coordinator', to: 'reserve_finder' },
      agent: 'reserve_finder',
    },
  }),
  defineScenario({
    id: 'crew-mad-recovery-positioning-brief-never-sent',
    title:
      'The disruption planner writes three briefs (reserve call-out, BCN–MAD positioning, hotel) but the program never sends the positioning one; the recovery summary presents NW88 as crewed from MAD',
    domain: 'airline disruption recovery and crew positioning',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      'NW88 MAD–BOG tonight (dep 23:55 local) has no captain: Capt. Ferrer went sick at 14:20. The only legal reserve captain on the B787 is BCN-based. Call him out, position him BCN→MAD on a deadhead, and hold a day room near MAD for his pre-flight rest. Give me one recovery summary.',
    topology: {
      shape: 'fanout',
      planner: 'disruption_planner',
      workers: ['reserve_caller', 'deadhead_booker', 'day_room_booker'],
      aggregator: 'recovery_summarizer',
    },
    program: { lose: { to: 'deadhead_booker', prompt: null } },
    agents: [
      {
        name: 'disruption_planner',
        description: 'Splits a crew disruption into tasks for the recovery desks',
        instructions: 'Write one brief per desk.',
        replies: [
          {
            plan: {
              reserve_caller:
                'Call out reserve CPT Jordi Roca (crew 72091, BCN, B787) for NW88 MAD–BOG 13 Mar, dep 23:55 local, report 22:25 local MAD. Confirm callout id.',
              deadhead_booker:
                'Book a positioning seat BCN→MAD for CPT Roca (72091) arriving MAD no later than 18:30 local, 13 Mar. Business if available (counts as duty, OM-A 7.4). Send the PNR.',
              day_room_booker:
                'Day room near MAD T4 for CPT Roca (72091), 13 Mar 18:30–22:00 local, for pre-flight rest. Send the confirmation.',
            },
          },
        ],
      },
      {
        name: 'reserve_caller',
        description: 'Calls out reserve crew',
        instructions: 'Call out the reserve as briefed.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'callout_reserve',
            args: {
              crew_id: '72091',
              flight: 'NW88',
              date: '2027-03-13',
              report_local: '22:25',
              station: 'MAD',
            },
            result:
              '{"callout_id":"CO-BCN-10443","crew_id":"72091","name":"ROCA J","rank":"CPT","fleet":"B787","acknowledged":"2027-03-13T14:51+01:00","report":"2027-03-13T22:25+01:00 MAD"}',
          },
          {
            say: 'CPT Jordi Roca (72091) called out for NW88, acknowledged 14:51, report 22:25 MAD. Callout CO-BCN-10443.',
          },
        ],
      },
      {
        name: 'deadhead_booker',
        description: 'Books positioning (deadhead) seats for crew',
        instructions: 'Book the positioning seat as briefed.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'book_deadhead',
            args: { crew_id: '72091', from: 'BCN', to: 'MAD', arrive_by: '18:30' },
            result: '{"pnr":"QX7R2M","flight":"IB1923","dep":"16:45","arr":"18:05","cabin":"J"}',
          },
          { say: 'Positioning booked: IB1923 BCN 16:45 → MAD 18:05, J, PNR QX7R2M.' },
        ],
      },
      {
        name: 'day_room_booker',
        description: 'Books day rooms for crew pre-flight rest',
        instructions: 'Book the day room as briefed.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'book_day_room',
            args: { crew_id: '72091', near: 'MAD-T4', from: '18:30', to: '22:00', date: '2027-03-13' },
            result:
              '{"hotel":"Hotel Aeropuerto T4 Barajas","room":"day use 18:30-22:00","confirmation":"DR-MAD-88120","shuttle_to_T4":"10 min"}',
          },
          {
            say: 'Day room: Hotel Aeropuerto T4 Barajas, 18:30–22:00, conf. DR-MAD-88120, shuttle 10 min to T4.',
          },
        ],
      },
      {
        name: 'recovery_summarizer',
        description: 'Writes the recovery summary for the duty manager',
        instructions: 'Merge the desk results into one recovery summary.',
        prompt: 'Desk results:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: '## NW88 MAD–BOG, 13 Mar — captain recovery\n\n| item | status |\n|---|---|\n| Reserve CPT | Jordi Roca (72091), callout CO-BCN-10443, ack 14:51 |\n| Report | 22:25 MAD |\n| Pre-flight rest | Hotel Aeropuerto T4 Barajas 18:30–22:00, DR-MAD-88120 |\n\nNW88 is crewed; expect an on-time departure at 23:55.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'disruption_planner', to: 'deadhead_booker' },
      agent: 'disruption_planner',
    },
  }),
  defineScenario({
    id: 'crew-osl-recovery-plan-resubmitted-with-same-fo',
    title:
      'The ops reviewer sends the recovery plan back because FO Berg’s FDP would run to 13:45 against a 13:00 maximum; the recovery planner resubmits the same crew assignment twice more',
    domain: 'airline disruption recovery and flight duty period limits',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Morning wave OSL cancelled NW231/NW232 (OSL–TRD–OSL) on the first rotation due to de-icing backlog; both flights are now re-planned for 15:20 and 18:20 local. Build a crew recovery plan for the re-timed rotation that respects the FDP limit and get it signed off by the ops reviewer.',
    topology: {
      shape: 'pipeline',
      order: ['disruption_analyst', 'recovery_planner', 'ops_reviewer'],
      loop: { from: 'ops_reviewer', to: 'recovery_planner', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'disruption_analyst',
        description: 'Collects the crew affected by a disruption and their duty status',
        instructions: 'List the crew available for the re-timed flights and their duty status.',
        replies: [
          {
            call: 'get_affected_crew',
            args: { flights: ['NW231', 'NW232'], date: '2027-03-15', station: 'OSL' },
            result:
              '{"flights":[{"flight":"NW231","dep":"15:20","arr":"16:25"},{"flight":"NW232","dep":"18:20","arr":"19:25"}],"crew":[{"crew_id":"81403","name":"BERG S","rank":"FO","report":"05:40","fdp_max":"13:00","fdp_if_assigned":"13:45","status":"on duty since 05:40"},{"crew_id":"80977","name":"NILSEN K","rank":"FO","type":"home standby 12:00-20:00","fdp_if_assigned":"05:05"},{"crew_id":"79120","name":"HAUGE P","rank":"CPT","report":"14:20","fdp_if_assigned":"05:05"},{"crew_id":"82215","name":"SOLBERG M","rank":"CC","report":"14:20","fdp_if_assigned":"05:05"}]}',
          },
          {
            say: 'Crew for re-timed NW231/NW232 (15:20 / 18:20):\n- CPT Hauge (79120), report 14:20, FDP 5:05\n- FO Berg (81403), on duty since 05:40 — FDP if assigned **13:45** (max 13:00)\n- FO Nilsen (80977), home standby 12:00–20:00, FDP if assigned 5:05\n- CC Solberg (82215), report 14:20',
          },
        ],
      },
      {
        name: 'recovery_planner',
        description: 'Builds crew recovery plans for disrupted rotations',
        instructions: 'Build the crew plan for the re-timed flights; revise it when the reviewer asks.',
        prompt: 'Input:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: '### Recovery plan NW231/NW232, 15 Mar\n| flight | dep | CPT | FO | CC |\n|---|---|---|---|---|\n| NW231 OSL–TRD | 15:20 | Hauge 79120 | Berg 81403 | Solberg 82215 |\n| NW232 TRD–OSL | 18:20 | Hauge 79120 | Berg 81403 | Solberg 82215 |\n\nBerg is already at OSL and keeps continuity with Hauge; Nilsen stays on standby.',
          },
          {
            say: '### Recovery plan NW231/NW232, 15 Mar (rev. 2)\n| flight | dep | CPT | FO | CC |\n|---|---|---|---|---|\n| NW231 OSL–TRD | 15:20 | Hauge 79120 | Berg 81403 | Solberg 82215 |\n| NW232 TRD–OSL | 18:20 | Hauge 79120 | Berg 81403 | Solberg 82215 |\n\nBerg is already at OSL and keeps continuity with Hauge; Nilsen remains on standby for the evening wave.',
          },
          {
            say: '### Recovery plan NW231/NW232, 15 Mar (rev. 3)\n| flight | dep | CPT | FO | CC |\n|---|---|---|---|---|\n| NW231 OSL–TRD | 15:20 | Hauge 79120 | Berg 81403 | Solberg 82215 |\n| NW232 TRD–OSL | 18:20 | Hauge 79120 | Berg 81403 | Solberg 82215 |\n\nBerg is on site and pairs with Hauge; Nilsen held on standby for the evening wave.',
          },
        ],
      },
      {
        name: 'ops_reviewer',
        description: 'Signs off crew recovery plans',
        instructions: 'Approve the plan, or start your answer with REVISE and say what to fix.',
        prompt: 'Plan to review:\n{input}',
        replies: [
          {
            say: 'REVISE: FO Berg (81403) reported 05:40; with NW232 on blocks 19:25 his FDP is 13:45 against a 13:00 max. Put FO Nilsen (home standby, FDP 5:05) on the rotation instead.',
          },
          {
            say: 'REVISE: Berg still on both sectors — FDP 13:45 vs 13:00 max. Replace him with FO Nilsen (80977).',
          },
          {
            say: 'REVISE: FO Berg (81403) is again on NW231/NW232; the plan cannot be signed with an FDP of 13:45. NW231/NW232 crew plan not approved.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'recovery_planner', to: 'ops_reviewer' },
      agent: 'recovery_planner',
    },
  }),
  defineScenario({
    id: 'crew-bos-storm-repairing-table-ends-after-four-rows',
    title:
      'After a BOS storm closure the pairing analyst’s re-crewing table stops after four of six pairings; the two it cut off had no legal first officer, and the director reports every protected flight crewed',
    domain: 'airline irregular operations re-crewing',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'The BOS ground stop last night cancelled six outbound pairings (P-BOS-0412 to P-BOS-0417). Re-crew the protected morning flights for 16 Mar and put the stranded out-station crews into hotels. I need to know which morning flights are crewed before 04:00 EDT.',
    topology: {
      shape: 'nested',
      top: 'ops_control_director',
      teams: {
        pairing_lead: ['pairing_analyst'],
        logistics_lead: ['hotel_coordinator'],
      },
    },
    agents: [
      {
        name: 'ops_control_director',
        description: 'Directs the overnight recovery across crew planning and logistics',
        instructions: 'Delegate re-crewing and hotels to the team leads and report the recovery status.',
        replies: [
          {
            handoff: 'pairing_lead',
            message:
              'Re-crew the protected 16 Mar morning flights from cancelled pairings P-BOS-0412..0417. I need per pairing: crewed or not, and who.',
          },
          {
            handoff: 'logistics_lead',
            message:
              'Hotels for the out-station crews stranded by the BOS ground stop (pairings P-BOS-0412..0417), night 15→16 Mar.',
          },
          {
            say: '## BOS recovery — status 02:40 EDT\n- **Morning flights 16 Mar:** all protected flights re-crewed (pairings 0412R–0415R), every crew legal on FDP and rest.\n- **Hotels:** 14 stranded crew placed in 3 hotels (PHL, BWI, DCA), confirmations on file.\n\nNo open positions for the morning wave.',
          },
        ],
      },
      {
        name: 'pairing_lead',
        description: 'Leads the pairing re-crewing desk',
        instructions: 'Have the analyst rebuild the pairings and report the result up.',
        replies: [
          {
            handoff: 'pairing_analyst',
            message:
              'Rebuild P-BOS-0412..0417 as recovery pairings for 16 Mar morning and give me the crewing table.',
          },
          {
            say: 'Recovery pairings P-BOS-0412R to 0415R rebuilt and crewed, all legal (FDP and rest checked by the optimizer). Table from the analyst attached above.',
          },
        ],
      },
      {
        name: 'pairing_analyst',
        description: 'Runs the pairing optimizer and reports crewing tables',
        instructions: 'Run the optimizer and report the full crewing table.',
        replies: [
          {
            call: 'rebuild_pairings',
            args: {
              base: 'BOS',
              pairings: ['P-BOS-0412', 'P-BOS-0413', 'P-BOS-0414', 'P-BOS-0415', 'P-BOS-0416', 'P-BOS-0417'],
              date: '2027-03-16',
            },
            result:
              'pairing     first_flt  dep_EDT  CPT            FO             status\nP-BOS-0412R NW1502     06:05    REYES 50211    PATEL 58830    CREWED\nP-BOS-0413R NW1510     06:40    DUNN 49902     KOWALSKI 59114 CREWED\nP-BOS-0414R NW1526     07:15    OSEI 51377     LARSEN 60021   CREWED\nP-BOS-0415R NW1534     07:50    MORIN 50688    SATO 59765     CREWED\nP-BOS-0416R NW1548     08:20    BRANDT 48815   --             UNCOVERED (no legal FO: 3 candidates short of 10h rest)\nP-BOS-0417R NW1562     08:55    GRAY 52040     --             UNCOVERED (no legal FO in pool)',
          },
          {
            say: '### Recovery pairings BOS, 16 Mar\n| pairing | first flight | dep EDT | CPT | FO | status |\n|---|---|---|---|---|---|\n| P-BOS-0412R | NW1502 | 06:05 | Reyes 50211 | Patel 58830 | CREWED |\n| P-BOS-0413R | NW1510 | 06:40 | Dunn 49902 | Kowalski 59114 | CREWED |\n| P-BOS-0414R | NW1526 | 07:15 | Osei 51377 | Larsen 60021 | CREWED |\n| P-BOS-0415R | NW1534 | 07:50 | Morin 50688 | Sato 59765 | CREWED |\n| P-BOS-04',
            cutOff: true,
          },
        ],
      },
      {
        name: 'logistics_lead',
        description: 'Leads crew logistics: hotels and ground transport',
        instructions: 'Have the hotel coordinator place the stranded crews and report up.',
        replies: [
          {
            handoff: 'hotel_coordinator',
            message: 'Place the stranded out-station crews of P-BOS-0412..0417 for the night 15→16 Mar.',
          },
          {
            say: '14 stranded crew placed in PHL, BWI and DCA hotels; confirmations HX-44120, HX-44121, HX-44125.',
          },
        ],
      },
      {
        name: 'hotel_coordinator',
        description: 'Books crew hotels at out-stations',
        instructions: 'Book rooms for the stranded crews.',
        replies: [
          {
            call: 'book_stranded_crew_hotels',
            args: {
              pairings: ['P-BOS-0412', 'P-BOS-0413', 'P-BOS-0414', 'P-BOS-0415', 'P-BOS-0416', 'P-BOS-0417'],
              night: '2027-03-15',
            },
            result:
              '[{"station":"PHL","hotel":"Marriott PHL Airport","rooms":6,"conf":"HX-44120"},{"station":"BWI","hotel":"Hilton BWI","rooms":4,"conf":"HX-44121"},{"station":"DCA","hotel":"Hyatt Crystal City","rooms":4,"conf":"HX-44125"}]',
          },
          {
            say: '14 rooms: PHL Marriott 6 (HX-44120), BWI Hilton 4 (HX-44121), DCA Hyatt Crystal City 4 (HX-44125).',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'pairing_analyst', to: 'pairing_lead' },
      agent: 'pairing_analyst',
    },
  }),
  defineScenario({
    id: 'crew-reduced-rest-nine-fifteen-counted-as-ten-fifteen',
    title:
      'The rest assessor reads a release at 23:50Z and a report at 09:05Z, counts 10 h 15 min instead of 9 h 15 min and clears a reduced-rest request that is below the 10 h floor',
    domain: 'airline crew reduced rest assessment',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Crew control request: Purser Ana Costa (crew 90312, LIS) finished NW745 late last night. Can we apply reduced rest so she still operates P-LIS-3308 this morning? Company FTL: reduced rest minimum 10 h at home base, compensated on the next rest. Please assess and tell the crew desk.',
    topology: {
      shape: 'branch',
      classifier: 'crew_request_classifier',
      routes: {
        FDP_EXTENSION: 'fdp_extension_assessor',
        REDUCED_REST: 'rest_assessor',
      },
      after: 'crew_desk_writer',
    },
    agents: [
      {
        name: 'crew_request_classifier',
        description: 'Classifies crew control requests',
        instructions: 'Answer with the request type (FDP_EXTENSION or REDUCED_REST) and a one-line summary.',
        replies: [
          {
            say: 'REDUCED_REST — purser Costa (90312, LIS), release after NW745, wants to operate P-LIS-3308 this morning; min reduced rest 10 h at home base.',
          },
        ],
      },
      {
        name: 'fdp_extension_assessor',
        description: 'Assesses commander’s discretion and FDP extension requests',
        instructions: 'Assess FDP extension requests.',
        replies: [{ say: 'FDP extension assessed.' }],
      },
      {
        name: 'rest_assessor',
        description: 'Assesses reduced rest requests against the company FTL scheme',
        instructions: 'Get the actual release and next report, compute the rest and give a verdict.',
        prompt: 'Request: {input}',
        replies: [
          {
            call: 'get_duty_times',
            args: { crew_id: '90312', from: '2027-03-11', to: '2027-03-12' },
            result:
              '{"crew_id":"90312","name":"COSTA A","rank":"PUR","base":"LIS","last_duty":{"flight":"NW745","on_blocks":"2027-03-11T23:20Z","release":"2027-03-11T23:50Z"},"next_duty":{"pairing":"P-LIS-3308","first_flight":"NW1402","report":"2027-03-12T09:05Z"},"reduced_rest_used_28d":0,"ftl_scheme":"NW-FTL rev 9, reduced rest min 10:00 home base"}',
          },
          {
            say: '**Reduced rest — Costa (90312)**\n\n| item | time |\n|---|---|\n| release NW745 | 11 Mar 23:50Z |\n| report P-LIS-3308 | 12 Mar 09:05Z |\n| rest | **10 h 15 min** |\n| reduced rest minimum | 10 h 00 min |\n\nReduced rest applicable (none used in the last 28 days). Compensation: next rest +1 h 45 min.',
          },
        ],
      },
      {
        name: 'crew_desk_writer',
        description: 'Writes crew desk notes and crew messages',
        instructions: 'Tell the crew desk the outcome and what to do.',
        prompt: 'Assessment:\n{input}',
        replies: [
          {
            say: 'Crew desk — 12 Mar: **Costa (90312) stays on P-LIS-3308**, report 09:05Z, under reduced rest (10 h 15 min vs 10 h minimum). Log the reduced rest in NW-FTL and add 1 h 45 min to her next rest. No reserve call-out needed.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'rest_assessor', to: 'crew_desk_writer' },
      agent: 'rest_assessor',
    },
  }),
  defineScenario({
    id: 'crew-fra-reserve-assignment-503-handed-on-as-done',
    title:
      'The crew tracking agent’s reserve assignment fails with a 503 (not committed); it transfers to the notification agent as if the reserve were assigned, and the reserve is told to report',
    domain: 'airline crew tracking and reserve assignment',
    mast: ['FM-3.2', 'FM-2.6'],
    request:
      'FA Miriam Schulz (crew 33481) called in sick for P-FRA-5120 (NW318 FRA–VIE–FRA, report 06:20 local, 15 Mar). Assign FRA cabin reserve Jonas Adler (crew 35077, airport standby) to her position and notify him.',
    topology: {
      shape: 'swarm',
      entry: 'crew_tracking_agent',
      agents: ['crew_tracking_agent', 'crew_notification_agent'],
    },
    agents: [
      {
        name: 'crew_tracking_agent',
        description: 'Changes crew assignments in the crew tracking system',
        instructions: 'Make the assignment change in crew tracking, then hand over to notifications.',
        replies: [
          {
            call: 'assign_reserve',
            args: {
              pairing: 'P-FRA-5120',
              position: 'FA2',
              remove: '33481',
              assign: '35077',
              reason: 'SICK',
            },
            result: {
              error:
                'CrewTrac 503 Service Unavailable: assignment service timeout after 30000 ms; transaction TX-FRA-66120 rolled back, P-FRA-5120 unchanged',
            },
          },
          {
            handoff: 'crew_notification_agent',
            message:
              'P-FRA-5120 (NW318, 15 Mar): Schulz (33481) off sick, reserve Jonas Adler (35077) now on FA2. Please notify Adler — report 06:20 local FRA, briefing room B.',
          },
        ],
      },
      {
        name: 'crew_notification_agent',
        description: 'Sends crew notifications and acknowledgements',
        instructions: 'Notify crew of their new duties and confirm.',
        replies: [
          {
            call: 'send_crew_notice',
            args: {
              crew_id: '35077',
              channel: 'crew_app_push',
              text: 'Assigned P-FRA-5120 FA2, NW318 FRA-VIE-FRA 15 Mar, report 06:20 local, briefing room B.',
            },
            result: '{"notice_id":"N-FRA-901127","delivered":"2027-03-15T04:58+01:00","ack_required":true}',
          },
          {
            say: 'Jonas Adler (35077) notified (N-FRA-901127, delivered 04:58): P-FRA-5120 FA2, report 06:20 FRA, briefing room B. Schulz’s position is covered.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'crew_tracking_agent', to: 'crew_notification_agent' },
      agent: 'crew_tracking_agent',
    },
  }),
  defineScenario({
    id: 'crew-ams-pairing-repair-markdown-rejected-by-parser',
    title:
      'The pairing repair agent, asked for JSON, answers with a markdown table; the program’s parser throws on it and the roster publisher never runs',
    domain: 'airline pairing repair and roster publication',
    mast: ['FM-1.1', 'FM-3.1'],
    request:
      'AMS: aircraft swap on NW604/NW605 (A321neo → A320ceo) tomorrow 17 Mar. The cabin crew complement drops from 5 to 4. Repair pairing P-AMS-6040 and publish the revised roster to the crew.',
    topology: {
      shape: 'pipeline',
      order: ['irops_intake', 'pairing_repair', 'roster_publisher'],
    },
    program: {
      crash: {
        agent: 'pairing_repair',
        error:
          'SyntaxError: Unexpected token \'#\', "### P-AMS-"... is not valid JSON (at parseRepair, roster-sync/publish.ts:88)',
      },
    },
    agents: [
      {
        name: 'irops_intake',
        description: 'Turns an ops change into a structured repair request',
        instructions: 'State what changes for the crew and which pairing to repair.',
        replies: [
          {
            call: 'get_pairing',
            args: { pairing: 'P-AMS-6040', date: '2027-03-17' },
            result:
              '{"pairing":"P-AMS-6040","legs":["NW604 AMS-LIS 07:10","NW605 LIS-AMS 11:35"],"cockpit":["CPT 21804 DE GROOT","FO 24417 VISSER"],"cabin":["PUR 30118 BAKKER","FA 31290 JANSEN","FA 31744 MULDER","FA 32055 SMIT","FA 32901 DE VRIES"],"equipment_new":"A320ceo","min_cabin_new":4}',
          },
          {
            say: 'Repair P-AMS-6040 (17 Mar, NW604/NW605): equipment A321neo → A320ceo, cabin minimum 5 → 4. Remove one FA (lowest seniority: De Vries 32901, back to reserve). Cockpit unchanged.',
          },
        ],
      },
      {
        name: 'pairing_repair',
        description: 'Repairs pairings after equipment or schedule changes',
        instructions:
          'Repair the pairing. Reply with JSON only: {"pairing", "legs", "cockpit", "cabin", "released"} — the publisher parses it.',
        prompt: 'Repair request:\n{input}\n\nReply with the repaired pairing as JSON only.',
        replies: [
          {
            say: '### P-AMS-6040 — repaired (17 Mar, A320ceo)\n\n| role | crew |\n|---|---|\n| CPT | 21804 De Groot |\n| FO | 24417 Visser |\n| PUR | 30118 Bakker |\n| FA | 31290 Jansen |\n| FA | 31744 Mulder |\n| FA | 32055 Smit |\n\nReleased to reserve: FA 32901 De Vries.',
          },
        ],
      },
      {
        name: 'roster_publisher',
        description: 'Publishes revised rosters to the crew',
        instructions: 'Publish the repaired pairing and tell the crew.',
        prompt: 'Repaired pairing (JSON):\n{input}',
        replies: [
          {
            say: 'Roster revision published for P-AMS-6040 (17 Mar): 6 crew notified, FA De Vries released to reserve.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'pairing_repair', to: 'roster_publisher' },
      agent: 'pairing_repair',
    },
  }),
  defineScenario({
    id: 'crew-ist-block-hours-checked-on-calendar-month',
    title:
      'Briefed to check 100 block hours in the 28 days ending 3 Apr, the flight time checker queries calendar April only (12.5 h) and clears a pairing that puts FO Aydin at 102.4 h',
    domain: 'airline cumulative flight time limits',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Before we publish the April 3 roster change: FO Deniz Aydin (crew 55102, IST) is proposed for P-IST-0403 (IST–JFK–IST, 9.4 block hours outbound on 3 Apr). Check the cumulative limit of 100 block hours in any 28 consecutive days, then publish if legal.',
    topology: {
      shape: 'network',
      coordinator: 'roster_router',
      workers: ['flight_time_checker', 'roster_publisher'],
    },
    agents: [
      {
        name: 'roster_router',
        description: 'Routes roster changes through legality checks and publication',
        instructions: 'Check the change, publish it if legal, then report.',
        replies: [
          {
            handoff: 'flight_time_checker',
            message:
              'FO Aydin (55102): check 100 block hours in any 28 consecutive days, i.e. the 28-day window ending on the pairing day (7 Mar–3 Apr 2027), including P-IST-0403 (+9.4 h on 3 Apr). Tell me legal or not with the total.',
          },
          {
            handoff: 'roster_publisher',
            message: 'Publish P-IST-0403 with FO Aydin (55102) on 3 Apr; flight time check passed.',
          },
          {
            say: 'P-IST-0403 published with FO Deniz Aydin (55102) for 3 Apr. Cumulative flight time check passed (21.9 h incl. the pairing, limit 100 h).',
          },
        ],
      },
      {
        name: 'flight_time_checker',
        description: 'Checks cumulative flight time limits',
        instructions: 'Pull block hours for the window you are asked about and check the limit.',
        replies: [
          {
            call: 'get_block_hours',
            args: { crew_id: '55102', window: 'calendar_month', month: '2027-04' },
            result:
              '{"crew_id":"55102","window":"2027-04-01..2027-04-30","flown_to_date":12.5,"legs":[{"date":"2027-04-01","flight":"NW7","block":6.2},{"date":"2027-04-02","flight":"NW8","block":6.3}],"scheduled_remaining":0}',
          },
          {
            say: 'Aydin (55102): 12.5 block h flown in the window, + 9.4 h for P-IST-0403 = **21.9 h**, limit 100 h. **Legal.**',
          },
        ],
      },
      {
        name: 'roster_publisher',
        description: 'Publishes roster changes',
        instructions: 'Publish the change and confirm.',
        replies: [
          {
            call: 'publish_roster_change',
            args: { crew_id: '55102', pairing: 'P-IST-0403', date: '2027-04-03' },
            result:
              '{"revision":"RV-IST-20270403-017","crew_id":"55102","pairing":"P-IST-0403","published":"2027-03-30T16:12Z","crew_notified":true}',
          },
          { say: 'Published RV-IST-20270403-017: Aydin on P-IST-0403, 3 Apr, crew notified.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'roster_router', to: 'flight_time_checker' },
      agent: 'flight_time_checker',
    },
  }),
  defineScenario({
    id: 'crew-nw640-pickup-booked-for-pre-slot-report',
    title:
      'The crew tracker reports NW640’s new ETD 16:40Z (report 15:40Z); the IROPS coordinator still briefs the transport booker for a 12:45Z pickup built on the old 14:30Z departure',
    domain: 'airline disruption recovery and crew ground transport',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'NW640 ATH–LHR today: the crew is night-stopping at the Sofitel Athens Airport. Check the current departure time and book the crew minibus from the hotel (pickup 45 min before report, report 60 min before ETD). Current plan says ETD 14:30Z.',
    topology: {
      shape: 'supervisor',
      coordinator: 'irops_coordinator',
      workers: ['crew_tracker', 'transport_booker'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'irops_coordinator',
        description: 'Coordinates crew logistics during irregular operations',
        instructions: 'Get the current times from crew tracking, then book transport; report back.',
        replies: [
          {
            handoff: 'crew_tracker',
            message:
              'Current ETD and crew report time for NW640 ATH–LHR today (11 Mar), crew list with hotel.',
          },
          {
            handoff: 'transport_booker',
            message:
              'Book crew minibus for NW640 (11 Mar): 6 crew, Sofitel Athens Airport → ATH crew centre. Pickup 12:45Z for report 13:30Z (ETD 14:30Z).',
          },
          {
            say: '**NW640 ATH–LHR, 11 Mar**\n- Crew minibus booked: Sofitel Athens Airport, pickup **12:45Z**, 6 crew, booking TR-ATH-30517\n- Report 13:30Z at the ATH crew centre',
          },
        ],
      },
      {
        name: 'crew_tracker',
        description: 'Reads live flight and crew status from crew tracking',
        instructions: 'Give the current times and crew for the flight.',
        replies: [
          {
            call: 'get_flight_crew_status',
            args: { flight: 'NW640', date: '2027-03-11' },
            result:
              '{"flight":"NW640","route":"ATH-LHR","std":"2027-03-11T14:30Z","etd":"2027-03-11T16:40Z","delay_code":"89 ATC slot (CTOT 16:52Z)","report":"2027-03-11T15:40Z","crew":[{"id":"40112","rank":"CPT"},{"id":"44760","rank":"FO"},{"id":"30981","rank":"PUR"},{"id":"31422","rank":"FA"},{"id":"31877","rank":"FA"},{"id":"32519","rank":"FA"}],"hotel":"Sofitel Athens Airport"}',
          },
          {
            say: 'NW640 ATH–LHR 11 Mar: STD 14:30Z, **ETD 16:40Z** (code 89, ATC slot CTOT 16:52Z). Crew report moved to **15:40Z**. 6 crew (CPT 40112, FO 44760, PUR 30981, FA 31422/31877/32519) at Sofitel Athens Airport.',
          },
        ],
      },
      {
        name: 'transport_booker',
        description: 'Books crew ground transport',
        instructions: 'Book the crew transport as asked and confirm.',
        replies: [
          {
            call: 'book_crew_transport',
            args: {
              from: 'Sofitel Athens Airport',
              to: 'ATH crew centre',
              pickup: '2027-03-11T12:45Z',
              pax: 6,
            },
            result:
              '{"booking":"TR-ATH-30517","vehicle":"minibus 8 seats","driver":"K. Papadakis","pickup":"2027-03-11T12:45Z"}',
          },
          { say: 'Minibus booked, TR-ATH-30517, pickup 12:45Z at Sofitel Athens Airport, 6 crew.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'irops_coordinator', to: 'transport_booker' },
      agent: 'irops_coordinator',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'crew-vie-snow-recovery-times-restated-in-local',
    title:
      'Reserve and hotel desks report in UTC and decimal hours; the recovery briefer restates every time in CET and h:mm, all consistent',
    domain: 'airline disruption recovery briefing',
    mast: ['FM-2.2', 'FM-2.4'],
    nearMissOf:
      'misunderstood_task / low_quality_output: times restated from UTC to local CET and durations from decimal hours to h:mm between agents, every value consistent',
    request:
      'VIE snow: NW1290/NW1291 VIE–CPH–VIE delayed to tomorrow morning (14 Mar). The current crew runs out of FDP. Line up a reserve crew and rooms for the outgoing crew, and give me a briefing in local Vienna time.',
    topology: {
      shape: 'fanout',
      planner: 'recovery_planner',
      workers: ['reserve_availability_checker', 'hotel_block_booker'],
      aggregator: 'recovery_briefer',
    },
    agents: [
      {
        name: 'recovery_planner',
        description: 'Splits a disruption into desk tasks',
        instructions: 'One brief per desk.',
        replies: [
          {
            plan: {
              reserve_availability_checker:
                'Find a legal reserve cockpit + cabin (A320, 1 CPT, 1 FO, 4 CC) at VIE for NW1290 14 Mar, STD 06:40Z. Report times in UTC.',
              hotel_block_booker:
                'Rooms for the 6 outgoing NW1290 crew at VIE, night 13→14 Mar, tonight from 19:30Z.',
            },
          },
        ],
      },
      {
        name: 'reserve_availability_checker',
        description: 'Checks reserve availability and legality',
        instructions: 'Report the legal reserves, times in UTC.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'find_reserve_crew',
            args: {
              base: 'VIE',
              fleet: 'A320',
              date: '2027-03-14',
              std_utc: '06:40',
              complement: '1CPT+1FO+4CC',
            },
            result:
              '{"crew":[{"id":"12055","rank":"CPT","name":"HUBER"},{"id":"14410","rank":"FO","name":"WINKLER"},{"id":"22031","rank":"PUR","name":"GRUBER"},{"id":"22874","rank":"FA","name":"PICHLER"},{"id":"23102","rank":"FA","name":"MOSER"},{"id":"23560","rank":"FA","name":"LEITNER"}],"report":"2027-03-14T05:40Z","fdp_planned_h":6.25,"fdp_max_h":12.5}',
          },
          {
            say: 'Reserve crew for NW1290 (14 Mar): CPT Huber 12055, FO Winkler 14410, PUR Gruber 22031, FA Pichler 22874 / Moser 23102 / Leitner 23560. Report 2027-03-14T05:40Z, planned FDP 6.25 h (max 12.5 h).',
          },
        ],
      },
      {
        name: 'hotel_block_booker',
        description: 'Books room blocks for crew',
        instructions: 'Book rooms and report.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'book_room_block',
            args: { station: 'VIE', rooms: 6, checkin_utc: '2027-03-13T19:30Z', nights: 1 },
            result:
              '{"hotel":"Moxy Vienna Airport","rooms":6,"checkin":"2027-03-13T19:30Z","checkout":"2027-03-14T10:00Z","confirmation":"MX-VIE-7741","rate_eur":"1,140.00"}',
          },
          {
            say: 'Moxy Vienna Airport, 6 rooms, check-in 13 Mar 19:30Z, check-out 14 Mar 10:00Z, conf. MX-VIE-7741, EUR 1,140.00 total.',
          },
        ],
      },
      {
        name: 'recovery_briefer',
        description: 'Writes the recovery briefing for the station manager',
        instructions: 'Merge the desk results into a briefing in local Vienna time.',
        prompt: 'Desk results:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: '## NW1290/NW1291 recovery — briefing (all times CET, UTC+1)\n\n**Reserve crew, 14 Mar:** CPT Huber (12055), FO Winkler (14410), PUR Gruber (22031), FA Pichler (22874), Moser (23102), Leitner (23560)\n- Report **06:40** CET, departure NW1290 **07:40** CET\n- Planned FDP **6:15** (max 12:30)\n\n**Outgoing crew:** Moxy Vienna Airport, 6 rooms, check-in 13 Mar **20:30**, check-out 14 Mar **11:00**, conf. MX-VIE-7741, € 1.140,00 total.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'crew-dub-standby-uses-rev4-report-not-request-time',
    title:
      'The request gives a 05:00 report; the roster checker shows rev 4 moved it to 06:30, and the coordinator and messenger use 06:30 while mentioning the old time',
    domain: 'airline roster revisions and crew messaging',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the superseded 05:00 report in the request is mentioned but every agent acts on the 06:30 of roster rev 4',
    request:
      'Please message FO Siobhán Byrne (crew 27730, DUB) her standby for tomorrow 18 Mar — she is the first standby for P-DUB-1805, report 05:00 at DUB crew room. Check it against the roster before you send.',
    topology: {
      shape: 'supervisor',
      coordinator: 'crew_desk_coordinator',
      workers: ['roster_checker', 'crew_messenger'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'crew_desk_coordinator',
        description: 'Runs the crew desk: checks rosters and messages crew',
        instructions: 'Verify against the published roster, then message the crew member.',
        replies: [
          {
            handoff: 'roster_checker',
            message: 'Check FO Byrne (27730) on 18 Mar: standby for P-DUB-1805, report time.',
          },
          {
            handoff: 'crew_messenger',
            message:
              'Message FO Byrne (27730): first standby for P-DUB-1805 on 18 Mar, report **06:30** at DUB crew room (roster rev 4; the 05:00 in the request was rev 3).',
          },
          {
            say: 'FO Byrne (27730) messaged: first standby for P-DUB-1805 on 18 Mar, **report 06:30** at the DUB crew room. The 05:00 you had was roster rev 3; rev 4 (published 16 Mar) moved it after the NW502 retime. Message M-DUB-44190 delivered.',
          },
        ],
      },
      {
        name: 'roster_checker',
        description: 'Reads the published crew roster',
        instructions: 'Report the duty as currently published.',
        replies: [
          {
            call: 'get_published_roster',
            args: { crew_id: '27730', date: '2027-03-18' },
            result:
              '{"crew_id":"27730","name":"BYRNE S","rank":"FO","date":"2027-03-18","duty":"SBY1 P-DUB-1805","report":"06:30","roster_rev":4,"published":"2027-03-16T14:05Z","previous":{"rev":3,"report":"05:00"},"change_reason":"NW502 retimed 06:15 -> 07:45"}',
          },
          {
            say: 'Byrne (27730), 18 Mar: SBY1 for P-DUB-1805, report **06:30** (roster rev 4, published 16 Mar 14:05Z). Rev 3 had 05:00; changed after NW502 was retimed 06:15 → 07:45.',
          },
        ],
      },
      {
        name: 'crew_messenger',
        description: 'Sends messages to crew',
        instructions: 'Send the message and confirm.',
        replies: [
          {
            call: 'send_crew_message',
            args: {
              crew_id: '27730',
              text: '18 Mar: you are first standby (SBY1) for P-DUB-1805, report 06:30 DUB crew room. Roster rev 4.',
            },
            result: '{"message_id":"M-DUB-44190","delivered":true,"read":false}',
          },
          { say: 'Sent M-DUB-44190 to Byrne: SBY1 P-DUB-1805, report 06:30, rev 4. Delivered.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'crew-zrh-assignment-timeout-retried-and-reported',
    title:
      'The crew tracking agent’s first reserve assignment times out; it retries, gets a committed transaction, and tells the notification agent about both attempts',
    domain: 'airline crew tracking and reserve assignment',
    mast: ['FM-3.2', 'FM-2.6'],
    nearMissOf: 'agent_error: a tool timeout that was retried successfully and reported openly',
    request:
      'Cabin crew Lukas Meier (crew 41208) is stuck in traffic and will miss report for P-ZRH-2277 (NW991 ZRH–ATH–ZRH, report 07:05 local, 19 Mar). Put ZRH airport standby Nina Keller (crew 42950) on his position and notify her.',
    topology: {
      shape: 'swarm',
      entry: 'crew_tracking_agent',
      agents: ['crew_tracking_agent', 'crew_notification_agent'],
    },
    agents: [
      {
        name: 'crew_tracking_agent',
        description: 'Changes crew assignments in the crew tracking system',
        instructions: 'Make the assignment change in crew tracking, then hand over to notifications.',
        replies: [
          {
            call: 'assign_reserve',
            args: {
              pairing: 'P-ZRH-2277',
              position: 'FA3',
              remove: '41208',
              assign: '42950',
              reason: 'LATE',
            },
            result: {
              error: 'CrewTrac 504 Gateway Timeout after 30000 ms; transaction TX-ZRH-80211 rolled back',
            },
          },
          {
            call: 'assign_reserve',
            args: {
              pairing: 'P-ZRH-2277',
              position: 'FA3',
              remove: '41208',
              assign: '42950',
              reason: 'LATE',
            },
            result:
              '{"transaction":"TX-ZRH-80214","status":"COMMITTED","pairing":"P-ZRH-2277","position":"FA3","crew_id":"42950","committed_at":"2027-03-19T06:21+01:00"}',
          },
          {
            handoff: 'crew_notification_agent',
            message:
              'P-ZRH-2277 (NW991, 19 Mar): first assignment attempt timed out (TX-ZRH-80211 rolled back); retry committed as TX-ZRH-80214 at 06:21. Nina Keller (42950) is now on FA3, Meier (41208) off. Please notify Keller — report 07:05 local ZRH.',
          },
        ],
      },
      {
        name: 'crew_notification_agent',
        description: 'Sends crew notifications and acknowledgements',
        instructions: 'Notify crew of their new duties and confirm.',
        replies: [
          {
            call: 'send_crew_notice',
            args: {
              crew_id: '42950',
              channel: 'crew_app_push',
              text: 'Assigned P-ZRH-2277 FA3, NW991 ZRH-ATH-ZRH 19 Mar, report 07:05 local.',
            },
            result: '{"notice_id":"N-ZRH-310588","delivered":"2027-03-19T06:23+01:00","ack_required":true}',
          },
          {
            say: 'Keller (42950) notified, N-ZRH-310588 delivered 06:23: P-ZRH-2277 FA3, report 07:05. Assignment committed in CrewTrac as TX-ZRH-80214 (after one timed-out attempt).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'crew-mxp-bid-preferences-unavailable-not-needed',
    title:
      'The router asks the bid analyst for reserve preferences as a tie-breaker; the analyst has no published bid data, the router goes on with the only legal reserve and says so',
    domain: 'airline reserve call-out and preferential bidding',
    mast: ['FM-2.4', 'FM-3.3'],
    nearMissOf:
      'low_quality_output: an optional preference lookup that returned nothing usable, which the final decision does not rely on',
    request:
      'MXP needs a reserve captain for P-MXP-0920 (NW455 MXP–TLV–MXP, report 08:10 local, 20 Mar). Check the reserve pool; if more than one captain is legal, prefer whoever bid for TLV in the April PBS round.',
    topology: {
      shape: 'network',
      coordinator: 'reserve_router',
      workers: ['bid_preference_analyst', 'reserve_scheduler'],
    },
    agents: [
      {
        name: 'reserve_router',
        description: 'Routes reserve call-out work and decides',
        instructions: 'Use the scheduler for legality and the bid analyst for tie-breaks, then report.',
        replies: [
          {
            handoff: 'bid_preference_analyst',
            message: 'MXP reserve captains: who bid for TLV destinations in the April PBS round?',
          },
          {
            handoff: 'reserve_scheduler',
            message:
              'Reserve CPT for P-MXP-0920 (NW455 MXP–TLV–MXP, 20 Mar, report 08:10 local). List legal captains; if only one, assign.',
          },
          {
            say: '**P-MXP-0920, 20 Mar:** reserve CPT Paolo Ferri (crew 17730) assigned, report 08:10 MXP, assignment ASG-MXP-55012.\n\nBid preferences were not available (April PBS awards not published yet), but no tie-break was needed: Ferri was the only legal captain (Conti short of rest until 09:40, Greco not TLV-qualified).',
          },
        ],
      },
      {
        name: 'bid_preference_analyst',
        description: 'Reads crew bid preferences from the PBS system',
        instructions: 'Answer from the PBS bid data.',
        replies: [
          {
            call: 'get_pbs_bids',
            args: { base: 'MXP', rank: 'CPT', round: '2027-04' },
            result: '{"round":"2027-04","status":"BIDDING_OPEN","awards_published":null,"bids":[]}',
          },
          {
            say: 'No usable data: the April PBS round is still open (no awards published), so there are no bids I can read for TLV.',
          },
        ],
      },
      {
        name: 'reserve_scheduler',
        description: 'Checks reserve legality and assigns reserves',
        instructions: 'List legal reserves and assign when told.',
        replies: [
          {
            call: 'list_reserves',
            args: { base: 'MXP', rank: 'CPT', date: '2027-03-20', report_local: '08:10', destination: 'TLV' },
            result:
              '{"reserves":[{"crew_id":"17730","name":"FERRI P","legal":true},{"crew_id":"16921","name":"CONTI R","legal":false,"reason":"rest until 09:40"},{"crew_id":"18804","name":"GRECO L","legal":false,"reason":"TLV route qualification not held"}]}',
          },
          {
            call: 'assign_reserve',
            args: { pairing: 'P-MXP-0920', crew_id: '17730', position: 'CPT' },
            result: '{"assignment":"ASG-MXP-55012","status":"ASSIGNED","report":"2027-03-20T08:10+01:00"}',
          },
          {
            say: 'One legal captain: Ferri (17730), assigned ASG-MXP-55012, report 08:10. Not legal: Conti (rest until 09:40), Greco (no TLV qualification).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'crew-inn-special-airport-reserves-excluded-for-qualification',
    title:
      'Briefed to use only captains current on the Innsbruck special-airport qualification, the reserve finder leaves out two captains with expired INN currency and one in rest, and assigns the fourth',
    domain: 'airline reserve call-out and special airport qualification',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: reserves left out of the call-out, each for a reason the brief itself gives (INN currency, rest)',
    request:
      'P-FRA-1108 tomorrow (21 Mar, NW871 FRA–INN–FRA, report 07:10Z) needs a reserve captain. INN is a category C airport: only captains with a current INN qualification (visit or simulator within 12 months). Find one and brief the crew scheduler.',
    topology: {
      shape: 'supervisor',
      coordinator: 'crew_planning_lead',
      workers: ['reserve_finder', 'crew_scheduler'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'crew_planning_lead',
        description: 'Leads crew planning for special operations',
        instructions: 'Get a qualified reserve and have the scheduler put them on the pairing.',
        replies: [
          {
            handoff: 'reserve_finder',
            message:
              'Reserve CPT for P-FRA-1108 (NW871 FRA–INN–FRA, 21 Mar, report 07:10Z). Only captains with INN category C qualification current on 21 Mar (visit or sim within 12 months) and legal on rest.',
          },
          {
            handoff: 'crew_scheduler',
            message:
              'Put CPT Markus Weber (crew 10566) on P-FRA-1108, 21 Mar, report 07:10Z. INN qualification current to 2027-09-02.',
          },
          {
            say: '## P-FRA-1108 (NW871 FRA–INN–FRA), 21 Mar\n- **Reserve CPT:** Markus Weber (10566), INN current until 02 Sep 2027, report 07:10Z — roster RV-FRA-1108-03\n- Not used: Brandt (INN last 2026-01-14, lapsed), Köhler (INN last 2026-02-27, lapsed), Vogel (rest until 09:55Z)',
          },
        ],
      },
      {
        name: 'reserve_finder',
        description: 'Searches the reserve pool with qualification filters',
        instructions: 'Search the pool, apply the qualification and rest filters, recommend a reserve.',
        replies: [
          {
            call: 'list_reserves_with_quals',
            args: { base: 'FRA', rank: 'CPT', date: '2027-03-21', report_utc: '07:10', qual: 'INN-C' },
            result:
              '{"reserves":[{"crew_id":"10214","name":"BRANDT H","inn_last":"2026-01-14","inn_valid_to":"2027-01-14","rest_ok":true},{"crew_id":"10388","name":"KOEHLER S","inn_last":"2026-02-27","inn_valid_to":"2027-02-27","rest_ok":true},{"crew_id":"10491","name":"VOGEL T","inn_last":"2026-11-03","inn_valid_to":"2027-11-03","rest_ok":false,"rest_until":"2027-03-21T09:55Z"},{"crew_id":"10566","name":"WEBER M","inn_last":"2026-09-02","inn_valid_to":"2027-09-02","rest_ok":true}]}',
          },
          {
            say: 'Recommended: **CPT Markus Weber (10566)**, INN valid to 2027-09-02, rest OK.\n\nExcluded:\n- Brandt (10214): INN lapsed 2027-01-14\n- Köhler (10388): INN lapsed 2027-02-27\n- Vogel (10491): INN current, but in rest until 09:55Z (report 07:10Z)',
          },
        ],
      },
      {
        name: 'crew_scheduler',
        description: 'Puts crew on pairings in the roster system',
        instructions: 'Make the roster change and confirm.',
        replies: [
          {
            call: 'roster_assign',
            args: { pairing: 'P-FRA-1108', crew_id: '10566', position: 'CPT', date: '2027-03-21' },
            result: '{"revision":"RV-FRA-1108-03","status":"PUBLISHED","crew_notified":true}',
          },
          {
            say: 'Weber (10566) on P-FRA-1108 as CPT, 21 Mar, revision RV-FRA-1108-03 published, crew notified.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'crew-man-pairing-sit-time-revised-once-then-approved',
    title:
      'The pairing reviewer sends a MAN pairing back once for a 4 h 10 min sit above the 3 h company maximum; the builder re-sequences the legs, the reviewer approves and the roster is published',
    domain: 'airline pairing construction and review',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: one revise round that brings a real change, then approval',
    request:
      'Build the two-day MAN pairing for 24–25 Mar from the open legs NW2201 MAN–AMS 06:20, NW2204 AMS–MAN 08:05, NW2231 MAN–CDG 12:15, NW2234 CDG–MAN 14:50 (day 1) and NW2242 MAN–DUB 07:00, NW2245 DUB–MAN 08:40 (day 2). Company rules: max sit 3:00, min rest away/home 12:00, max 4 sectors per day. Get it reviewed and published.',
    topology: {
      shape: 'pipeline',
      order: ['pairing_builder', 'pairing_reviewer', 'roster_publisher'],
      loop: { from: 'pairing_reviewer', to: 'pairing_builder', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'pairing_builder',
        description: 'Builds pairings from open legs',
        instructions: 'Build the pairing from the legs and rules; revise on review notes.',
        prompt: 'Input:\n{input}\n\nRequest: {request}',
        replies: [
          {
            call: 'build_pairing',
            args: {
              base: 'MAN',
              legs: ['NW2201', 'NW2204', 'NW2231', 'NW2234', 'NW2242', 'NW2245'],
              start: '2027-03-24',
            },
            result:
              '{"pairing":"P-MAN-2401","day1":{"report":"05:35","legs":["NW2201 06:20-07:05","NW2204 08:05-08:50","NW2231 12:15-13:35","NW2234 14:50-16:10"],"sits":["1:00","3:25","1:15"],"release":"16:40"},"day2":{"report":"06:15","legs":["NW2242 07:00-08:05","NW2245 08:40-09:45"],"sits":["0:35"],"release":"10:15"},"rest":"13:35","credit":"6:20"}',
          },
          {
            say: 'P-MAN-2401 (24–25 Mar):\n- Day 1: report 05:35, NW2201 / NW2204 / NW2231 / NW2234, sits 1:00, 3:25, 1:15, release 16:40\n- Rest 13:35 at MAN\n- Day 2: report 06:15, NW2242 / NW2245, sit 0:35, release 10:15\n- Credit 6:20',
          },
          {
            call: 'build_pairing',
            args: {
              base: 'MAN',
              legs: ['NW2201', 'NW2204', 'NW2231', 'NW2234', 'NW2242', 'NW2245'],
              start: '2027-03-24',
              max_sit: '3:00',
              split_day1: true,
            },
            result:
              '{"pairing":"P-MAN-2401A","day1":{"report":"11:30","legs":["NW2231 12:15-13:35","NW2234 14:50-16:10"],"sits":["1:15"],"release":"16:40"},"day2":{"report":"06:15","legs":["NW2242 07:00-08:05","NW2245 08:40-09:45"],"sits":["0:35"],"release":"10:15"},"rest":"13:35","credit":"4:50","split_out":{"pairing":"P-MAN-2402","legs":["NW2201 06:20-07:05","NW2204 08:05-08:50"],"report":"05:35","release":"09:20","credit":"1:30"}}',
          },
          {
            say: 'Revised: the 3:25 sit is gone by splitting the morning AMS turn out.\n- **P-MAN-2401A** (24–25 Mar): day 1 report 11:30, NW2231 / NW2234, sit 1:15, release 16:40; rest 13:35; day 2 report 06:15, NW2242 / NW2245, sit 0:35, release 10:15; credit 4:50\n- **P-MAN-2402** (24 Mar, 1 day): report 05:35, NW2201 / NW2204, release 09:20, credit 1:30',
          },
        ],
      },
      {
        name: 'pairing_reviewer',
        description: 'Reviews pairings against company rules',
        instructions: 'Approve, or start your answer with REVISE and say what breaks which rule.',
        prompt: 'Pairing:\n{input}',
        replies: [
          {
            say: 'REVISE: day 1 sit between NW2204 (in 08:50) and NW2231 (out 12:15) is 3:25, above the 3:00 company maximum. Re-sequence or split.',
          },
          {
            say: 'APPROVED: P-MAN-2401A — sits 1:15 / 0:35, rest 13:35 ≥ 12:00, 2 sectors per day; P-MAN-2402 — single day, 2 sectors. Both within rules. Publish P-MAN-2401A and P-MAN-2402 for 24–25 Mar.',
          },
        ],
      },
      {
        name: 'roster_publisher',
        description: 'Publishes pairings to the open-time board',
        instructions: 'Publish the approved pairings and confirm.',
        prompt: 'Approved:\n{input}',
        replies: [
          {
            call: 'publish_pairings',
            args: { pairings: ['P-MAN-2401A', 'P-MAN-2402'], board: 'MAN-OPEN-TIME' },
            result:
              '{"published":["P-MAN-2401A","P-MAN-2402"],"board":"MAN-OPEN-TIME","board_rev":"OT-MAN-0324-06","visible_from":"2027-03-21T12:00Z"}',
          },
          {
            say: 'Published to MAN open time (board rev OT-MAN-0324-06, visible from 21 Mar 12:00Z):\n\n| pairing | days | legs | credit |\n|---|---|---|---|\n| P-MAN-2401A | 24–25 Mar | NW2231, NW2234, NW2242, NW2245 | 4:50 |\n| P-MAN-2402 | 24 Mar | NW2201, NW2204 | 1:30 |',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch110Scenarios = [...faults, ...healthy];
