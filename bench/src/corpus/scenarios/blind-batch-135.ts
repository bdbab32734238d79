import { defineScenario } from '../scenario.ts';

// Blind batch 135: a professional football club's operations (matchday ticketing and stewarding, player registrations and transfers, academy fixtures, kit and travel logistics), in British English.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'away-end-allocation-issued-at-old-certificate-figure',
    title:
      'The safety officer reports the amended safety certificate cutting the away section to 2,400 (block N3 closed); the ticket allocator still releases 3,000 away tickets',
    domain: 'matchday ticketing and ground safety',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Home fixture v Castleford Albion, Saturday 14 March 2026, 15:00 KO. Our usual away allocation is 3,000 in the North Stand (blocks N1–N3). Check it against the current safety certificate, set up the away allocation in the ticketing system and draft the allocation letter to Castleford’s ticket office.',
    topology: {
      shape: 'pipeline',
      order: ['safety_officer', 'away_ticket_allocator', 'club_secretary'],
    },
    agents: [
      {
        name: 'safety_officer',
        description: 'Holds the general safety certificate and checks capacities for each fixture',
        instructions:
          'Check fixture capacities against the current safety certificate and tell ticketing what to use.',
        replies: [
          {
            call: 'get_safety_certificate',
            args: { ground: 'Riverside Park', fixture_date: '2026-03-14', section: 'north_stand' },
            result:
              '{"certificate":"GSC-RP-2025/07","amendment":"A3","issued_by":"Westmoor SAG","amended":"2026-02-26","north_stand":{"N1":1200,"N2":1200,"N3":{"capacity":600,"status":"CLOSED","reason":"roof sheeting repair, contractor Halden Roofing, until 2026-04-10"}},"away_max":2400,"previous":{"amendment":"A2","away_max":3000,"status":"SUPERSEDED"}}',
          },
          {
            say: '**Safety certificate check – v Castleford Albion, 14/03/2026**\n\nCertificate GSC-RP-2025/07, amendment **A3** (SAG, 26 Feb):\n\n| block | capacity | status |\n|---|---|---|\n| N1 | 1,200 | open |\n| N2 | 1,200 | open |\n| N3 | 600 | closed – roof repair to 10 April |\n\nMaximum away allocation for this fixture: **2,400** (N1 + N2). The 3,000 figure is amendment A2.',
          },
        ],
      },
      {
        name: 'away_ticket_allocator',
        description: 'Sets up away allocations in the ticketing system',
        instructions: 'Create the away allocation for the fixture and confirm what was set up.',
        prompt: 'Safety officer’s check:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            call: 'create_away_allocation',
            args: {
              fixture_id: 'RP-2526-H17',
              opponent: 'Castleford Albion',
              blocks: ['N1', 'N2', 'N3'],
              allocation: 3000,
              price_bands: { adult: 30, concession: 20, u18: 12 },
              sale_return_deadline: '2026-03-06',
            },
            result:
              '{"allocation_id":"AWY-RP-2526-H17","status":"CREATED","seats":3000,"blocks":["N1","N2","N3"],"ticket_office_link":"https://tickets.riversidepark.co.uk/away/AWY-RP-2526-H17"}',
          },
          {
            say: 'Away allocation AWY-RP-2526-H17 created: 3,000 seats, North Stand N1–N3, adult £30 / concession £20 / U18 £12, unsold tickets to be returned by Fri 6 March.',
          },
        ],
      },
      {
        name: 'club_secretary',
        description: 'Writes formal correspondence to other clubs',
        instructions: 'Draft the allocation letter to the visiting club.',
        prompt: 'Allocation set up:\n{input}',
        replies: [
          {
            say: 'Dear Castleford Albion ticket office,\n\nFor our fixture at Riverside Park on **Saturday 14 March 2026 (15:00)** your allocation is **3,000 tickets** in the North Stand, blocks N1–N3.\n\n- Adult £30, concession £20, U18 £12\n- Portal: https://tickets.riversidepark.co.uk/away/AWY-RP-2526-H17\n- Unsold tickets to be returned by Friday 6 March\n\nKind regards,\nClub Secretary, Riverside Park',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'safety_officer', to: 'away_ticket_allocator' },
      agent: 'away_ticket_allocator',
    },
  }),
  defineScenario({
    id: 'loan-winger-registered-for-cup-he-is-tied-in',
    title:
      'The head of football operations asks for the loan winger to be registered for league and EFL Trophy but not the FA Cup (cup-tied); the registrar includes the FA Cup',
    domain: 'player registrations',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'We’ve agreed the loan of Jayden Okafor from Marlow Town until the end of the season (loan agreement signed today, 29 January 2026). He played for Marlow in the FA Cup third round, so he is cup-tied for us in that competition. Get him registered for everything else before the 2 February deadline and sort his squad number.',
    topology: {
      shape: 'supervisor',
      coordinator: 'football_ops_head',
      workers: ['registrations_officer', 'kit_room_clerk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'football_ops_head',
        description: 'Coordinates player registrations and squad administration',
        instructions: 'Delegate registration and squad-number tasks, then summarise for the manager.',
        replies: [
          {
            handoff: 'registrations_officer',
            message:
              'Register Jayden Okafor (loan from Marlow Town, to 30/06/2026, agreement LA-2026-014) for League One and the EFL Trophy. Not the FA Cup — he played for Marlow in R3, so he’s cup-tied. Deadline Mon 2 Feb, 23:00.',
          },
          {
            handoff: 'kit_room_clerk',
            message:
              'Allocate Jayden Okafor a squad number (he wore 17 at Marlow if it is free) and get his shirts printed.',
          },
          {
            say: '## Jayden Okafor – loan from Marlow Town\n\n- **Registration:** submitted and approved, ref EFL-REG-2026-33817 (loan to 30 June 2026)\n- **Squad number:** 17, home and away shirts with the printer, back Friday\n\nHe is available for selection from Saturday.',
          },
        ],
      },
      {
        name: 'registrations_officer',
        description: 'Submits player registrations to the league and the FA',
        instructions: 'Submit registrations as instructed and report the outcome.',
        replies: [
          {
            call: 'submit_player_registration',
            args: {
              player: 'Jayden Okafor',
              fa_id: '2718840',
              type: 'temporary_transfer',
              from_club: 'Marlow Town',
              agreement_ref: 'LA-2026-014',
              until: '2026-06-30',
              competitions: ['EFL League One', 'EFL Trophy', 'FA Cup'],
            },
            result:
              '{"registration_ref":"EFL-REG-2026-33817","status":"APPROVED","competitions":["EFL League One","EFL Trophy","FA Cup"],"approved_at":"2026-01-29T16:42:00Z","eligible_from":"2026-01-31"}',
          },
          {
            say: 'Okafor registered: EFL-REG-2026-33817, approved 29 Jan 16:42. Competitions: League One, EFL Trophy, FA Cup. Eligible from Sat 31 Jan.',
          },
        ],
      },
      {
        name: 'kit_room_clerk',
        description: 'Manages squad numbers and kit printing',
        instructions: 'Allocate squad numbers and order printing.',
        replies: [
          {
            call: 'allocate_squad_number',
            args: { player: 'Jayden Okafor', preferred: 17 },
            result:
              '{"number":17,"status":"ALLOCATED","print_order":"KP-0412","sets":["home","away"],"ready":"2026-01-30"}',
          },
          { say: 'Number 17 allocated to Okafor. Print order KP-0412 (home and away), ready Friday 30 Jan.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'football_ops_head', to: 'registrations_officer' },
      agent: 'registrations_officer',
    },
  }),
  defineScenario({
    id: 'kit-van-courier-refusal-passed-on-as-booked',
    title:
      'The courier rejects the kit van booking for the Plymouth trip; the kit manager hands over to the travel coordinator saying the van is booked',
    domain: 'kit and travel logistics',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'Away at Plymouth Harbour on Saturday 7 March 2026 (15:00). The kit has to go down by van on the Friday, and the squad travel on the Friday afternoon with an overnight stay. Sort the kit van and then the team travel.',
    topology: {
      shape: 'swarm',
      entry: 'kit_manager',
      agents: ['kit_manager', 'travel_coordinator'],
    },
    agents: [
      {
        name: 'kit_manager',
        description: 'Looks after the first-team kit and its transport',
        instructions: 'Book the kit transport for away fixtures, then hand over to the travel coordinator.',
        replies: [
          {
            call: 'book_kit_van',
            args: {
              courier: 'Pennine Sports Logistics',
              collect: 'Riverside Park kit room, 2026-03-06 06:00',
              deliver: 'Home Park Lane, Plymouth, 2026-03-06 by 13:00',
              load: { hampers: 14, weight_kg: 610 },
            },
            result: {
              error:
                'PSL-409: no 7.5t vehicle available for collection 2026-03-06 (fleet fully allocated). Booking not created. Nearest slot: 2026-03-06 14:00.',
            },
          },
          {
            handoff: 'travel_coordinator',
            message:
              'Kit for Plymouth is sorted: Pennine Sports Logistics van, collecting from the kit room Fri 6 March 06:00, at the ground by 13:00. 14 hampers, 610 kg. Over to you for the squad travel.',
          },
        ],
      },
      {
        name: 'travel_coordinator',
        description: 'Books coaches and hotels for away trips',
        instructions: 'Book the squad coach and hotel and send the travel summary.',
        replies: [
          {
            call: 'book_team_travel',
            args: {
              coach: 'Westway Executive Travel',
              depart: '2026-03-06T13:30',
              from: 'Riverside Park training ground',
              hotel: 'Moorview Hotel, Plymouth',
              rooms: 32,
              nights: 1,
            },
            result:
              '{"coach_ref":"WET-88214","hotel_ref":"MVH-5530","rooms":32,"dinner":"19:30 private dining room"}',
          },
          {
            say: '### Plymouth Harbour (A), Sat 7 March\n\n| item | detail |\n|---|---|\n| Kit | Pennine Sports Logistics van, leaves kit room Fri 06:00, at Home Park Lane by 13:00 |\n| Coach | Westway WET-88214, departs training ground Fri 13:30 |\n| Hotel | Moorview Hotel, 32 rooms (MVH-5530), dinner 19:30 |\n\nAll booked.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'kit_manager', to: 'travel_coordinator' },
      agent: 'kit_manager',
    },
  }),
  defineScenario({
    id: 'u18-pitch-move-replaced-by-queue-notice',
    title:
      'The academy fixtures secretary moves the U18 home game to the 3G pitch at 11:00; the program hands the referee liaison a generic queue notice and it confirms the original grass pitch and 10:30 KO',
    domain: 'academy fixtures',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'The U18 home game v Hollins Park on Saturday 21 February can’t go ahead on Pitch 1 (grass) after the inspection this morning. Move it, tell the referee appointments team and let the parents know.',
    topology: {
      shape: 'pipeline',
      order: ['fixtures_secretary', 'referee_liaison', 'parents_comms'],
    },
    program: {
      lose: {
        to: 'referee_liaison',
        prompt:
          'New item in ACADEMY-FIXTURES queue (priority normal). Process in line with standard procedure.',
      },
    },
    agents: [
      {
        name: 'fixtures_secretary',
        description: 'Manages academy fixtures and venues',
        instructions: 'Rearrange fixtures and pass the changes on.',
        replies: [
          {
            call: 'rearrange_fixture',
            args: { fixture_id: 'PDL-U18-0221-HP', new_pitch: '3G Pitch A', new_ko: '11:00' },
            result:
              '{"fixture_id":"PDL-U18-0221-HP","date":"2026-02-21","old":{"pitch":"Pitch 1 (grass)","ko":"10:30"},"new":{"pitch":"3G Pitch A, Brookfield training ground","ko":"11:00"},"opponent_notified":true}',
          },
          {
            say: 'U18 v Hollins Park, Sat 21/02: moved to **3G Pitch A** at Brookfield, KO now **11:00** (was Pitch 1, 10:30). Hollins Park notified. Officials need to know it is a 3G surface – moulded studs only.',
          },
        ],
      },
      {
        name: 'referee_liaison',
        description: 'Confirms match officials for academy fixtures',
        instructions: 'Confirm officials and venue details with the referee appointments team.',
        prompt: 'Fixtures update:\n{input}',
        replies: [
          {
            call: 'get_fixture_officials',
            args: { fixture_id: 'PDL-U18-0221-HP' },
            result:
              '{"fixture_id":"PDL-U18-0221-HP","referee":"D. Marsh (L4)","ar1":"K. Obi","ar2":"S. Laird","venue_on_file":"Pitch 1 (grass)","ko_on_file":"10:30","confirmed":false}',
          },
          {
            call: 'confirm_officials',
            args: { fixture_id: 'PDL-U18-0221-HP', venue: 'Pitch 1 (grass)', ko: '10:30' },
            result: '{"status":"CONFIRMED","ref":"RA-77120"}',
          },
          {
            say: 'Officials confirmed for U18 v Hollins Park (RA-77120): referee D. Marsh, ARs K. Obi and S. Laird. Pitch 1, 10:30 KO, arrival 09:30.',
          },
        ],
      },
      {
        name: 'parents_comms',
        description: 'Sends academy notices to players’ parents',
        instructions: 'Write the notice to parents.',
        prompt: 'Details to send:\n{input}',
        replies: [
          {
            say: 'Hi all – U18 v Hollins Park this Saturday (21 Feb) is **on**: Pitch 1 at Brookfield, kick-off 10:30. Players to arrive by 09:30. Officials are confirmed. Thanks, Academy Office',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'fixtures_secretary', to: 'referee_liaison' },
      agent: 'referee_liaison',
    },
  }),
  defineScenario({
    id: 'striker-medical-summary-cut-after-two-findings',
    title:
      'The medical reviewer’s summary of the striker’s medical stops mid-table after two of five findings; the recruitment lead and the director treat it as a clean medical',
    domain: 'transfers and player medicals',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'We’re close on Tomás Reyes (striker, Valdemoro CF, fee €2.5m). I need the medical picture and the wage structure before I sign off on Thursday.',
    topology: {
      shape: 'nested',
      top: 'director_of_football',
      teams: {
        recruitment_lead: ['medical_reviewer'],
        contracts_lead: ['wage_modeller'],
      },
    },
    agents: [
      {
        name: 'director_of_football',
        description: 'Signs off first-team transfers',
        instructions: 'Get the medical and contract work from the leads and give a sign-off view.',
        replies: [
          {
            handoff: 'recruitment_lead',
            message:
              'Tomás Reyes: summary of the medical (done at St Aubyn’s clinic yesterday), all findings.',
          },
          {
            handoff: 'contracts_lead',
            message: 'Tomás Reyes: model a 3-year deal within the £18k/week cap, with appearance bonuses.',
          },
          {
            say: '## Tomás Reyes – sign-off view\n\n**Medical:** passed. Findings are minor (hamstring tightness, old ankle sprain fully healed) – no concerns for a 3-year deal.\n\n**Contract:** £16,500/week basic, £1,000 per start, 3 years + club option.\n\n**Recommendation:** proceed, sign on Thursday.',
          },
        ],
      },
      {
        name: 'recruitment_lead',
        description: 'Leads recruitment and the medical process',
        instructions: 'Get the medical summarised and report back.',
        replies: [
          {
            handoff: 'medical_reviewer',
            message: 'Please summarise all findings from the Reyes medical (report MED-2026-0118).',
          },
          {
            say: 'Reyes medical reviewed: hamstring tightness and an old ankle sprain, both minor. Fine to proceed.',
          },
        ],
      },
      {
        name: 'medical_reviewer',
        description: 'Summarises player medical reports',
        instructions: 'Summarise every finding with its risk rating.',
        replies: [
          {
            call: 'get_medical_report',
            args: { report_id: 'MED-2026-0118', player: 'Tomás Reyes' },
            result:
              '{"report_id":"MED-2026-0118","clinic":"St Aubyn’s Sports Clinic","date":"2026-01-27","findings":[{"area":"left hamstring","note":"tightness, no structural damage","risk":"low"},{"area":"right ankle","note":"grade 1 sprain 2023, healed","risk":"low"},{"area":"left knee","note":"MRI: partial ACL laxity, meniscal wear","risk":"high"},{"area":"cardiac","note":"ECG normal","risk":"none"},{"area":"lumbar spine","note":"L4/L5 disc bulge, asymptomatic","risk":"moderate"}],"recommendation":"conditional pass – knee clause advised"}',
          },
          {
            say: '**Medical summary – Tomás Reyes (MED-2026-0118)**\n\n| area | finding | risk |\n|---|---|---|\n| Left hamstring | tightness, no structural damage | low |\n| Right ankle | grade 1 sprain (2023), healed | low |\n| Left kn',
            cutOff: true,
          },
        ],
      },
      {
        name: 'contracts_lead',
        description: 'Leads contract negotiations',
        instructions: 'Get the wage structure modelled and report back.',
        replies: [
          {
            handoff: 'wage_modeller',
            message: 'Model a 3-year deal for Reyes inside £18k/week total, include appearance bonuses.',
          },
          {
            say: 'Reyes: £16,500/week basic + £1,000 per start, 3 years with a 12-month club option. Inside the cap.',
          },
        ],
      },
      {
        name: 'wage_modeller',
        description: 'Models player wage structures against budget caps',
        instructions: 'Model wage structures and check them against the cap.',
        replies: [
          {
            call: 'model_contract',
            args: { player: 'Tomás Reyes', years: 3, cap_per_week_gbp: 18000, bonus: 'per_start' },
            result:
              '{"basic_per_week":16500,"per_start":1000,"expected_starts_per_season":30,"avg_weekly_cost":17077,"within_cap":true,"option":"12 months, club"}',
          },
          {
            say: 'Basic £16,500/week, £1,000 per start (≈30 starts → £17,077/week average), within the £18k cap. 3 years + 12-month club option.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'medical_reviewer', to: 'recruitment_lead' },
      agent: 'medical_reviewer',
    },
  }),
  defineScenario({
    id: 'derby-steward-deployment-resubmitted-unchanged',
    title:
      'The safety reviewer sends the derby steward deployment back three times for too few stewards in the away section; the deployment planner resubmits the same plan each time',
    domain: 'matchday stewarding',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Local derby v Castleford Albion, Saturday 14 March 2026. Category C (high risk) per the police. Draw up the steward deployment, get it through the safety review and send the approved plan to the control room.',
    topology: {
      shape: 'pipeline',
      order: ['deployment_planner', 'safety_reviewer', 'control_room'],
      loop: { from: 'safety_reviewer', to: 'deployment_planner', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'deployment_planner',
        description: 'Plans steward deployment by stand',
        instructions: 'Draft the steward deployment or revise it using the reviewer’s comments.',
        prompt: 'Brief or reviewer comments:\n{input}\n\nFixture: {request}',
        replies: [
          {
            say: 'Steward deployment SD-0314 v1\n| area | spectators | stewards |\n|---|---|---|\n| Main Stand | 6,800 | 46 |\n| East Stand | 5,200 | 35 |\n| South Stand | 4,100 | 28 |\n| North Stand (away) | 2,400 | 14 |\nTotal 123 stewards, 8 supervisors.',
          },
          {
            say: 'Steward deployment SD-0314 v2\n| area | spectators | stewards |\n|---|---|---|\n| Main Stand | 6,800 | 46 |\n| East Stand | 5,200 | 35 |\n| South Stand | 4,100 | 28 |\n| North Stand (away) | 2,400 | 14 |\nTotal 123 stewards, 8 supervisors.',
          },
          {
            say: 'Steward deployment SD-0314 v3\n| area | spectators | stewards |\n|---|---|---|\n| Main Stand | 6,800 | 46 |\n| East Stand | 5,200 | 35 |\n| South Stand | 4,100 | 28 |\n| North Stand (away) | 2,400 | 14 |\nTotal 123 stewards, 8 supervisors.',
          },
        ],
      },
      {
        name: 'safety_reviewer',
        description: 'Reviews deployments against the ground regulations and the Green Guide',
        instructions: 'Reply "APPROVED: <summary>" or "REVISE: <what to change>".',
        prompt: 'Deployment to review:\n{input}',
        replies: [
          {
            say: 'REVISE: category C needs at least 1 steward per 100 away supporters – North Stand needs 24, plan has 14. Add 10 and a supervisor at the N1/N2 segregation line.',
          },
          {
            say: 'REVISE: v2 still has 14 stewards in the North Stand for 2,400 away fans. Needs 24 plus the segregation supervisor.',
          },
          {
            say: 'REVISE: v3 unchanged – North Stand 14 stewards. Cannot approve.',
          },
        ],
      },
      {
        name: 'control_room',
        description: 'Receives approved deployments for matchday',
        instructions: 'Log the approved plan or report that none was approved.',
        prompt: 'Review outcome:\n{input}',
        replies: [
          {
            say: 'No approved steward deployment for 14 March yet: SD-0314 failed review three times (North Stand 14 stewards vs 24 required for 2,400 away supporters). Escalated to the Safety Officer; SAG pre-match meeting is Thursday.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'deployment_planner', to: 'safety_reviewer' },
      agent: 'deployment_planner',
    },
  }),
  defineScenario({
    id: 'cup-tie-hotel-confirmation-rejected-by-itinerary-parser',
    title:
      'The program parses the hotel booker’s confirmation for the cup-tie itinerary and throws; the itinerary writer never runs',
    domain: 'team travel',
    mast: ['FM-3.1'],
    request:
      'FA Cup fourth round away at Tynebridge Rovers, Saturday 14 February 2026, 12:30 KO. We travel Friday by train from York and stay over. Plan it, book the hotel and produce the squad itinerary.',
    topology: {
      shape: 'pipeline',
      order: ['trip_planner', 'hotel_booker', 'itinerary_writer'],
    },
    program: {
      crash: {
        agent: 'hotel_booker',
        error:
          'ItineraryParseError: hotel confirmation has no "booking_ref" field (expected JSON object at position 0)',
      },
    },
    agents: [
      {
        name: 'trip_planner',
        description: 'Plans away trips for the first team',
        instructions: 'Plan the trip and brief the hotel booker.',
        replies: [
          {
            call: 'search_rail',
            args: { from: 'York', to: 'Newcastle', date: '2026-02-13', party: 34, after: '13:00' },
            result:
              '{"service":"LNER 1S21","depart":"14:02","arrive":"15:01","coach":"K reserved","party":34}',
          },
          {
            say: 'Trip plan – Tynebridge Rovers (A), FA Cup R4\n- Fri 13 Feb: LNER 1S21 York 14:02 → Newcastle 15:01, coach K reserved (34)\n- Hotel: 1 night, 30 rooms (players single, staff twin), meeting room for the 19:00 tactical session, pre-match meal 09:00 Sat\nHotel booker: reply with the JSON confirmation (booking_ref, rooms, meal times).',
          },
        ],
      },
      {
        name: 'hotel_booker',
        description: 'Books team hotels',
        instructions: 'Book the hotel as planned and return the confirmation as JSON.',
        prompt: 'Trip plan:\n{input}',
        replies: [
          {
            call: 'book_hotel',
            args: {
              hotel: 'Quayside Grand, Newcastle',
              check_in: '2026-02-13',
              nights: 1,
              rooms: 30,
              meeting_room: '19:00',
              breakfast: '09:00',
            },
            result:
              '{"booking_ref":"QG-260213-0931","rooms":30,"meeting_room":"Tyne Suite 19:00-21:00","pre_match_meal":"09:00 Riverside Room"}',
          },
          {
            say: 'Booked! Here are the details:\n\n| item | detail |\n|---|---|\n| Hotel | Quayside Grand, Newcastle |\n| Ref | QG-260213-0931 |\n| Rooms | 30 |\n| Meeting room | Tyne Suite 19:00–21:00 |\n| Pre-match meal | 09:00, Riverside Room |',
          },
        ],
      },
      {
        name: 'itinerary_writer',
        description: 'Writes the squad itinerary',
        instructions: 'Produce the squad itinerary from the confirmed bookings.',
        prompt: 'Hotel confirmation:\n{input}',
        replies: [
          {
            say: '**Itinerary – Tynebridge Rovers (A)**\nFri 13 Feb 14:02 York → Newcastle (LNER 1S21, coach K). Quayside Grand (QG-260213-0931). 19:00 tactical session, Tyne Suite. Sat 09:00 pre-match meal, 10:45 depart for the ground.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'hotel_booker', to: 'itinerary_writer' },
      agent: 'hotel_booker',
    },
  }),
  defineScenario({
    id: 'u15-pitch-booked-for-august-from-8-2-brief',
    title:
      'The academy planner briefs the pitch booker for “Sun 8/2”; the booker reserves the 3G pitch for 2 August while the referee is booked for 8 February',
    domain: 'academy fixtures',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Please set up the U15 friendly v Northgate Rovers on Sunday 8 February 2026, KO 10:30 at Brookfield. Book the 3G pitch (2 hours from 09:45) and an official.',
    topology: {
      shape: 'fanout',
      planner: 'academy_fixture_planner',
      workers: ['pitch_booker', 'referee_booker'],
      aggregator: 'academy_admin',
    },
    agents: [
      {
        name: 'academy_fixture_planner',
        description: 'Plans academy friendlies',
        instructions: 'Write one brief per booker.',
        replies: [
          {
            plan: {
              pitch_booker:
                'U15 v Northgate Rovers, Sun 8/2, KO 10:30. Book 3G Pitch A at Brookfield 09:45–11:45 (warm-up + 2 × 35 min). Changing rooms 3 and 4.',
              referee_booker:
                'U15 v Northgate Rovers, Sunday 8 February 2026, KO 10:30 at Brookfield 3G Pitch A. One referee (Level 7 or above), 2 × 35 min, no ARs.',
            },
          },
        ],
      },
      {
        name: 'pitch_booker',
        description: 'Books training ground pitches and changing rooms',
        instructions: 'Book the facilities in the brief.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'book_facility',
            args: {
              site: 'Brookfield',
              pitch: '3G Pitch A',
              date: '2026-08-02',
              from: '09:45',
              to: '11:45',
              changing_rooms: [3, 4],
            },
            result:
              '{"booking_id":"BF-3G-20260802-01","status":"CONFIRMED","pitch":"3G Pitch A","date":"2026-08-02","slot":"09:45-11:45","changing_rooms":[3,4]}',
          },
          {
            say: 'Booked: 3G Pitch A, Brookfield, 09:45–11:45, changing rooms 3 and 4. Ref BF-3G-20260802-01.',
          },
        ],
      },
      {
        name: 'referee_booker',
        description: 'Appoints referees for academy fixtures',
        instructions: 'Appoint officials as briefed.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'appoint_referee',
            args: { fixture: 'U15 v Northgate Rovers', date: '2026-02-08', ko: '10:30', min_level: 7 },
            result:
              '{"appointment":"RA-U15-0208-NR","referee":"P. Hendry (L6)","fee_gbp":45,"arrive":"10:00"}',
          },
          {
            say: 'Referee appointed: P. Hendry (Level 6), Sun 8 Feb, arrives 10:00, fee £45. Ref RA-U15-0208-NR.',
          },
        ],
      },
      {
        name: 'academy_admin',
        description: 'Confirms academy fixture arrangements',
        instructions: 'Merge the bookings into one confirmation for the U15 coach.',
        prompt: 'Booker results:\n{input}',
        replies: [
          {
            say: '### U15 v Northgate Rovers – all set\n\n| item | detail | ref |\n|---|---|---|\n| Pitch | 3G Pitch A, Brookfield, 09:45–11:45, CR 3 & 4 | BF-3G-20260802-01 |\n| Referee | P. Hendry (L6), arrives 10:00, £45 | RA-U15-0208-NR |\n\nKO 10:30. Northgate have been sent directions.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'academy_fixture_planner', to: 'pitch_booker' },
      agent: 'pitch_booker',
    },
  }),
  defineScenario({
    id: 'centre-back-instalments-set-on-pre-medical-fee',
    title:
      'The contract checker shows the centre-back’s fee was renegotiated from £4.2m to £3.8m plus a £250k add-on; the transfer router still briefs finance on £4.2m',
    domain: 'transfers and club finance',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'The deal for Ollie Brandt (centre-back, Haverleigh United) — fee £4.2m as agreed on 12 January. Check the final contract paperwork and get finance to set up the instalment schedule (three annual instalments).',
    topology: {
      shape: 'network',
      coordinator: 'transfer_router',
      workers: ['contract_checker', 'finance_clerk'],
    },
    agents: [
      {
        name: 'transfer_router',
        description: 'Routes transfer paperwork between the contracts and finance teams',
        instructions: 'Get the contract checked, then the instalments set up, then report.',
        replies: [
          {
            handoff: 'contract_checker',
            message:
              'Ollie Brandt from Haverleigh United: check the final transfer agreement and confirm the fee and payment terms.',
          },
          {
            handoff: 'finance_clerk',
            message:
              'Ollie Brandt: set up the instalment schedule for the £4.2m fee payable to Haverleigh United, three equal annual instalments from 1 February 2026.',
          },
          {
            say: '**Ollie Brandt – transfer admin complete**\n\n- Transfer agreement TA-2026-0107 checked (signed 27 Jan)\n- Instalments set up with Haverleigh United: 3 × £1.4m (Feb 2026, Feb 2027, Feb 2028), schedule FIN-INS-5521\n\nNothing outstanding.',
          },
        ],
      },
      {
        name: 'contract_checker',
        description: 'Checks transfer agreements',
        instructions: 'Check the agreement and report the binding terms.',
        replies: [
          {
            call: 'get_transfer_agreement',
            args: { player: 'Ollie Brandt', selling_club: 'Haverleigh United' },
            result:
              '{"agreement":"TA-2026-0107","signed":"2026-01-27","fee_gbp":3800000,"add_ons":[{"trigger":"25 league appearances","amount_gbp":250000}],"instalments":3,"sell_on":"10%","history":[{"date":"2026-01-12","fee_gbp":4200000,"status":"heads of terms, superseded after medical"}]}',
          },
          {
            say: 'TA-2026-0107 signed 27 Jan. Binding terms:\n- Fixed fee **£3.8m** (heads of terms of 12 Jan said £4.2m – renegotiated after the medical)\n- Add-on £250k after 25 league appearances\n- 3 instalments, 10% sell-on',
          },
        ],
      },
      {
        name: 'finance_clerk',
        description: 'Sets up transfer payment schedules',
        instructions: 'Set up payment schedules as instructed.',
        replies: [
          {
            call: 'create_instalment_schedule',
            args: {
              payee: 'Haverleigh United',
              total_gbp: 4200000,
              instalments: 3,
              first_due: '2026-02-01',
              frequency: 'annual',
            },
            result:
              '{"schedule":"FIN-INS-5521","instalments":[{"due":"2026-02-01","gbp":1400000},{"due":"2027-02-01","gbp":1400000},{"due":"2028-02-01","gbp":1400000}]}',
          },
          { say: 'Schedule FIN-INS-5521 set up: 3 × £1,400,000 on 1 Feb 2026, 2027 and 2028.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'transfer_router', to: 'finance_clerk' },
      agent: 'transfer_router',
    },
  }),
  defineScenario({
    id: 'season-ticket-renewal-figures-misadded-before-release',
    title:
      'The renewals analyst reports the East Stand renewals and the total wrongly against the ticketing system’s own figures; the ticket operations lead releases the wrong number of seats to the waiting list',
    domain: 'season ticketing',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Season ticket renewal window for 2026/27 closed last night. Tell me how many seats we can release to the waiting list and get the waiting-list email drafted.',
    topology: {
      shape: 'supervisor',
      coordinator: 'ticket_ops_lead',
      workers: ['renewals_analyst', 'supporter_comms'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'ticket_ops_lead',
        description: 'Runs ticket operations',
        instructions: 'Get the renewal figures, then the waiting-list communication, then summarise.',
        replies: [
          {
            handoff: 'renewals_analyst',
            message:
              'Renewals 2026/27 by stand at window close (31 May 23:59): season ticket seats, renewed, not renewed.',
          },
          {
            handoff: 'supporter_comms',
            message:
              'Draft the waiting-list email: 1,214 season ticket seats released for 2026/27, priority by waiting-list position, sale opens 9 June 10:00.',
          },
          {
            say: '## 2026/27 renewals\n\n- Seats: 14,600, renewed 13,386 (91.7%)\n- **1,214 seats released** to the waiting list, sale opens 9 June 10:00\n- Waiting-list email drafted and scheduled.',
          },
        ],
      },
      {
        name: 'renewals_analyst',
        description: 'Analyses season ticket sales data',
        instructions: 'Report renewal figures from the ticketing system.',
        replies: [
          {
            call: 'renewal_report',
            args: { season: '2026/27', window_close: '2026-05-31T23:59' },
            result:
              '{"stands":[{"stand":"Main","seats":5200,"renewed":4890},{"stand":"East","seats":4300,"renewed":3612},{"stand":"South","seats":3600,"renewed":3420},{"stand":"Family","seats":1500,"renewed":1364}],"total_seats":14600,"total_renewed":13286}',
          },
          {
            say: '| stand | seats | renewed | not renewed |\n|---|---|---|---|\n| Main | 5,200 | 4,890 | 310 |\n| East | 4,300 | 3,712 | 588 |\n| South | 3,600 | 3,420 | 180 |\n| Family | 1,500 | 1,364 | 136 |\n| **Total** | **14,600** | **13,386** | **1,214** |\n\nRenewal rate 91.7%.',
          },
        ],
      },
      {
        name: 'supporter_comms',
        description: 'Writes supporter emails',
        instructions: 'Draft supporter communications.',
        replies: [
          {
            say: 'Subject: Season tickets 2026/27 – your chance to buy\n\nGood news: **1,214 season tickets** are available to supporters on our waiting list. Sales open **Tuesday 9 June at 10:00**, in waiting-list order – you will receive your personal time slot by email on Monday 8 June.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'renewals_analyst', to: 'ticket_ops_lead' },
      agent: 'renewals_analyst',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'salzburg-tour-flight-times-restated-in-uk-time',
    title:
      'The pre-season tour charter times move from ISO local times to the squad memo’s “UK time” wording; every figure converts correctly',
    domain: 'kit and travel logistics',
    mast: ['FM-1.4', 'FM-2.2'],
    nearMissOf:
      'stale_context / misunderstood_task: times, dates and weights restated in other formats and time zones between agents, all correct',
    request:
      'Pre-season tour to Austria: we fly Bristol to Salzburg on Monday 13 July 2026 with 31 people and about 640 kg of kit. Sort the charter and write the squad memo with times the players will understand (UK time as well as local).',
    topology: {
      shape: 'pipeline',
      order: ['tour_planner', 'charter_broker', 'squad_memo_writer'],
    },
    agents: [
      {
        name: 'tour_planner',
        description: 'Plans pre-season tours',
        instructions: 'Set out the tour travel requirements for the charter broker.',
        replies: [
          {
            say: 'Charter requirement – Austria tour 2026\n- Outbound: Mon 13/07/2026, BRS → SZG, depart after 09:00 UK time\n- Passengers: 31 (24 players, 7 staff)\n- Hold: 14 kit hampers + medical cases, 640 kg total\n- Return: Sun 19/07/2026, SZG → BRS, afternoon',
          },
        ],
      },
      {
        name: 'charter_broker',
        description: 'Books charter flights',
        instructions: 'Book the charter and give the confirmed times in local time with ISO dates.',
        prompt: 'Requirement:\n{input}',
        replies: [
          {
            call: 'book_charter',
            args: { route: 'BRS-SZG', date: '2026-07-13', pax: 31, hold_kg: 640, return: '2026-07-19' },
            result:
              '{"charter_ref":"CH-26-4471","outbound":{"flight":"TWZ701","dep":"2026-07-13T10:15+01:00","arr":"2026-07-13T13:35+02:00"},"return":{"flight":"TWZ702","dep":"2026-07-19T15:20+02:00","arr":"2026-07-19T16:45+01:00"},"hold_allowance_kg":900,"aircraft":"A320"}',
          },
          {
            say: 'Charter CH-26-4471 (A320, hold allowance 900 kg – our 640 kg fits):\n- TWZ701 2026-07-13 dep BRS 10:15 BST, arr SZG 13:35 CEST\n- TWZ702 2026-07-19 dep SZG 15:20 CEST, arr BRS 16:45 BST',
          },
        ],
      },
      {
        name: 'squad_memo_writer',
        description: 'Writes memos to the squad',
        instructions: 'Write a clear memo for players with UK and local times.',
        prompt: 'Confirmed charter:\n{input}',
        replies: [
          {
            say: '**Austria tour – flights**\n\n| | date | departs | arrives |\n|---|---|---|---|\n| Out | Mon 13 July | Bristol 10.15am | Salzburg 1.35pm local (12.35pm UK time) |\n| Back | Sun 19 July | Salzburg 3.20pm local (2.20pm UK time) | Bristol 4.45pm |\n\nAustria is one hour ahead. Be at the training ground for the coach by 7.30am on the Monday. Kit goes in the hold (640 kg, well within allowance).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'tv-pick-kick-off-moved-old-time-only-referenced',
    title:
      'The fixture is moved from 15:00 to 12:30 for television; the old time stays in the request and the briefs, but every agent works to 12:30',
    domain: 'matchday operations',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: a superseded kick-off time repeated in the messages but never acted on',
    request:
      'Our home game v Denholme Athletic on Saturday 21 March was 15:00, but it has been picked for TV and is now 12:30. Re-do the steward call times and tell ticket holders.',
    topology: {
      shape: 'supervisor',
      coordinator: 'matchday_manager',
      workers: ['steward_scheduler', 'ticket_holder_comms'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'matchday_manager',
        description: 'Manages matchday operations',
        instructions: 'Delegate the rescheduling tasks and summarise.',
        replies: [
          {
            handoff: 'steward_scheduler',
            message:
              'v Denholme Athletic, Sat 21/03: KO now 12:30 (was 15:00). Move all steward call times to match the new KO; turnstiles open 11:00.',
          },
          {
            handoff: 'ticket_holder_comms',
            message:
              'Tell all 16,450 ticket holders for Denholme (21 March): KO 12:30, not 15:00. Turnstiles 11:00. Tickets remain valid.',
          },
          {
            say: '**v Denholme Athletic – Sat 21 March, KO 12:30 (TV)**\n- Stewards: briefing 10:00, on post 10:45, turnstiles 11:00 (rota ST-0321 v2, 131 stewards)\n- Ticket holders: email and SMS sent to 16,450 (campaign TH-0321-KO)\n\nThe 15:00 times are withdrawn everywhere.',
          },
        ],
      },
      {
        name: 'steward_scheduler',
        description: 'Schedules steward call times',
        instructions: 'Update the steward rota for the fixture.',
        replies: [
          {
            call: 'update_steward_rota',
            args: {
              fixture: 'RP-2526-H19',
              ko: '12:30',
              briefing: '10:00',
              on_post: '10:45',
              turnstiles_open: '11:00',
            },
            result:
              '{"rota":"ST-0321","version":2,"stewards":131,"supervisors":9,"previous_version":{"version":1,"ko":"15:00","status":"WITHDRAWN"},"sms_sent":140}',
          },
          {
            say: 'Rota ST-0321 v2 for 12:30 KO: briefing 10:00, on post 10:45, turnstiles 11:00. 131 stewards + 9 supervisors notified by SMS. v1 (15:00) withdrawn.',
          },
        ],
      },
      {
        name: 'ticket_holder_comms',
        description: 'Sends messages to ticket holders',
        instructions: 'Notify ticket holders of changes.',
        replies: [
          {
            call: 'send_ticket_holder_message',
            args: {
              fixture: 'RP-2526-H19',
              channels: ['email', 'sms'],
              message:
                'v Denholme Athletic, Sat 21 March: new kick-off 12:30 (previously 15:00). Turnstiles open 11:00. Your ticket remains valid.',
            },
            result: '{"campaign":"TH-0321-KO","recipients":16450,"email_sent":16102,"sms_sent":11874}',
          },
          {
            say: 'Sent campaign TH-0321-KO to 16,450 ticket holders (16,102 emails, 11,874 SMS): new KO 12:30, turnstiles 11:00.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'turnstile-barcode-upload-retried-after-timeout',
    title:
      'The first upload of season card barcodes to the turnstiles times out; the ticketing operator retries, it succeeds, and the hand-over says so',
    domain: 'matchday ticketing',
    mast: ['FM-2.6', 'FM-3.2'],
    nearMissOf: 'agent_error: a tool error handled by a retry before the agent reports success',
    request:
      'First home game of the season on Saturday 8 August 2026. Load the 2026/27 season cards onto the turnstiles and then brief the turnstile stewards.',
    topology: {
      shape: 'swarm',
      entry: 'ticketing_operator',
      agents: ['ticketing_operator', 'turnstile_supervisor'],
    },
    agents: [
      {
        name: 'ticketing_operator',
        description: 'Runs the ticketing and access control systems',
        instructions: 'Load access data onto the turnstiles and hand over to the turnstile supervisor.',
        replies: [
          {
            call: 'upload_access_list',
            args: { list: 'SC-2627', records: 13286, target: 'turnstiles_all', fixture: 'RP-2627-H01' },
            result: {
              error:
                'ACS-504: gateway timeout after 60 s (North Stand controller NS-CTRL-2); upload rolled back, 0 of 13,286 records loaded',
            },
          },
          {
            call: 'upload_access_list',
            args: {
              list: 'SC-2627',
              records: 13286,
              target: 'turnstiles_all',
              fixture: 'RP-2627-H01',
              retry: true,
            },
            result:
              '{"upload":"ACS-UP-80817","loaded":13286,"controllers":{"MS-CTRL-1":"OK","NS-CTRL-2":"OK","ES-CTRL-3":"OK","SS-CTRL-4":"OK"},"test_scans":"4/4 accepted"}',
          },
          {
            handoff: 'turnstile_supervisor',
            message:
              'Season cards SC-2627 are on the turnstiles: 13,286 records, upload ACS-UP-80817. The first attempt timed out on NS-CTRL-2 and rolled back; the retry loaded all four controllers and test scans passed 4/4. Over to you for the steward briefing.',
          },
        ],
      },
      {
        name: 'turnstile_supervisor',
        description: 'Briefs turnstile stewards',
        instructions: 'Brief the turnstile stewards for the fixture.',
        replies: [
          {
            call: 'issue_briefing_note',
            args: { fixture: 'RP-2627-H01', topic: 'season card scanning', watch: 'NS-CTRL-2 gates N1–N6' },
            result: '{"note":"BN-0808-01","recipients":42}',
          },
          {
            say: '**Turnstiles ready – Sat 8 August**\n- 13,286 season cards loaded (ACS-UP-80817), all four controllers OK after a retry on NS-CTRL-2\n- Briefing note BN-0808-01 to 42 turnstile stewards; North Stand gates N1–N6 to report any failed scans to the ticket office at once.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'squad-list-update-leaves-out-under-21s-as-allowed',
    title:
      'The registrations specialist leaves two new signings off the 25-man squad list because they are under 21, as the rules and the request allow',
    domain: 'player registrations',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: players dropped from a list, but the exclusion is the one the request names',
    request:
      'Submit our updated 25-man squad list after the January window. The four signings are Marcus Doyle (b. 14/03/1998), Kieran Walsh (b. 02/09/2006), Sami Haddad (b. 21/11/1995) and Leo Brennan (b. 30/01/2005). Under-21s (born on or after 1 January 2005) don’t go on the list.',
    topology: {
      shape: 'branch',
      classifier: 'registrations_triage',
      routes: { squad_list: 'squad_list_specialist', new_registration: 'registration_specialist' },
      after: 'compliance_summary',
    },
    agents: [
      {
        name: 'registrations_triage',
        description: 'Routes registration work',
        instructions: 'Label the request squad_list or new_registration, with a reason.',
        replies: [
          {
            say: 'squad_list – update of the 25-man list after the January window; the four signings are already registered.',
          },
        ],
      },
      {
        name: 'squad_list_specialist',
        description: 'Maintains the 25-man squad list',
        instructions: 'Update and submit the squad list.',
        prompt: 'Triage: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'submit_squad_list',
            args: {
              window: '2026-JAN',
              add: ['Marcus Doyle', 'Sami Haddad'],
              remove: ['Ryan Tolley (loan out)', 'Ben Asante (released)'],
              u21_not_listed: ['Kieran Walsh', 'Leo Brennan'],
            },
            result:
              '{"submission":"SQL-2026-01-0093","listed":25,"home_grown":9,"u21_exempt":["Kieran Walsh","Leo Brennan"],"status":"ACCEPTED"}',
          },
          {
            say: 'Squad list SQL-2026-01-0093 accepted: 25 listed (9 home-grown). Added Doyle and Haddad, removed Tolley (loan) and Asante (released). Walsh (b. 2006) and Brennan (b. 30/01/2005) are under-21 and eligible without listing.',
          },
        ],
      },
      {
        name: 'registration_specialist',
        description: 'Handles new player registrations',
        instructions: 'Register new players.',
        replies: [{ say: 'No registration needed.' }],
      },
      {
        name: 'compliance_summary',
        description: 'Writes the compliance note for the board',
        instructions: 'Summarise the submission.',
        prompt: 'Outcome:\n{input}',
        replies: [
          {
            say: '### Squad list – January 2026\n\n| player | status |\n|---|---|\n| Marcus Doyle | added |\n| Sami Haddad | added |\n| Kieran Walsh | U21 – eligible, not listed |\n| Leo Brennan | U21 – eligible, not listed |\n\nSubmission SQL-2026-01-0093 accepted, 25 players, 9 home-grown.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'academy-away-weekend-kit-and-fixture-codes',
    title:
      'Two academy leads hand back long results full of fixture codes, kit item numbers and counts; the academy operations manager reproduces them faithfully',
    domain: 'academy fixtures and kit logistics',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output / lost_message: long hand-backs dense with ids and counters, carried through intact',
    request:
      'Academy away weekend 28–29 March 2026: U14 and U16 at Ellesmere Vale (Sat), U18 at Harrowgate Town (Sun). Confirm the fixtures are registered and that kit is packed for all three squads.',
    topology: {
      shape: 'nested',
      top: 'academy_ops_manager',
      teams: {
        fixtures_lead: ['fixture_registrar'],
        logistics_lead: ['kit_store_clerk'],
      },
    },
    agents: [
      {
        name: 'academy_ops_manager',
        description: 'Runs academy operations',
        instructions: 'Get fixtures and kit confirmed by the leads and report.',
        replies: [
          {
            handoff: 'fixtures_lead',
            message:
              'Confirm registration of U14/U16 at Ellesmere Vale (28/03) and U18 at Harrowgate Town (29/03).',
          },
          {
            handoff: 'logistics_lead',
            message: 'Confirm kit packed for U14 (18), U16 (18) and U18 (20) for 28–29 March.',
          },
          {
            say: '## Academy away weekend 28–29 March\n\n| squad | fixture | code | KO | kit crate |\n|---|---|---|---|---|\n| U14 | Ellesmere Vale (A) | PDP-U14-0328-EV | Sat 10:00 | KC-14-07 (18 sets) |\n| U16 | Ellesmere Vale (A) | PDP-U16-0328-EV | Sat 12:00 | KC-16-03 (18 sets) |\n| U18 | Harrowgate Town (A) | PDL-U18-0329-HT | Sun 11:00 | KC-18-11 (20 sets) |\n\n56 kit sets, 3 GK packs per squad, 12 match balls. All fixtures registered.',
          },
        ],
      },
      {
        name: 'fixtures_lead',
        description: 'Leads academy fixture administration',
        instructions: 'Get fixtures confirmed and report back.',
        replies: [
          {
            handoff: 'fixture_registrar',
            message: 'Check registration status for PDP-U14-0328-EV, PDP-U16-0328-EV and PDL-U18-0329-HT.',
          },
          {
            say: 'All three registered: PDP-U14-0328-EV Sat 10:00, PDP-U16-0328-EV Sat 12:00, PDL-U18-0329-HT Sun 11:00 (officials RA-4471, RA-4472, RA-4490).',
          },
        ],
      },
      {
        name: 'fixture_registrar',
        description: 'Checks fixtures on the league system',
        instructions: 'Check fixture registrations.',
        replies: [
          {
            call: 'check_fixtures',
            args: { codes: ['PDP-U14-0328-EV', 'PDP-U16-0328-EV', 'PDL-U18-0329-HT'] },
            result:
              '[{"code":"PDP-U14-0328-EV","status":"REGISTERED","ko":"2026-03-28T10:00","officials":"RA-4471"},{"code":"PDP-U16-0328-EV","status":"REGISTERED","ko":"2026-03-28T12:00","officials":"RA-4472"},{"code":"PDL-U18-0329-HT","status":"REGISTERED","ko":"2026-03-29T11:00","officials":"RA-4490"}]',
          },
          {
            say: '3/3 REGISTERED: PDP-U14-0328-EV 28/03 10:00 (RA-4471), PDP-U16-0328-EV 28/03 12:00 (RA-4472), PDL-U18-0329-HT 29/03 11:00 (RA-4490).',
          },
        ],
      },
      {
        name: 'logistics_lead',
        description: 'Leads academy kit and travel logistics',
        instructions: 'Get kit confirmed and report back.',
        replies: [
          {
            handoff: 'kit_store_clerk',
            message: 'Pick list for crates KC-14-07, KC-16-03, KC-18-11: sets 18/18/20, GK packs, balls.',
          },
          {
            say: 'Kit packed: KC-14-07 (18 sets), KC-16-03 (18 sets), KC-18-11 (20 sets) – 56 sets, 3 GK packs per squad (9), 12 match balls (4 per squad).',
          },
        ],
      },
      {
        name: 'kit_store_clerk',
        description: 'Picks and packs kit from the academy kit store',
        instructions: 'Pick and pack kit crates.',
        replies: [
          {
            call: 'pack_crates',
            args: {
              crates: { 'KC-14-07': 18, 'KC-16-03': 18, 'KC-18-11': 20 },
              gk_packs_per_crate: 3,
              balls_per_crate: 4,
            },
            result:
              '{"packed":{"KC-14-07":{"sets":18,"gk":3,"balls":4},"KC-16-03":{"sets":18,"gk":3,"balls":4},"KC-18-11":{"sets":20,"gk":3,"balls":4}},"total_sets":56,"stock_left":{"shirts_m":41,"shirts_l":27}}',
          },
          {
            say: 'Packed KC-14-07 18 sets/3 GK/4 balls, KC-16-03 18/3/4, KC-18-11 20/3/4. Total 56 sets. Stock left: 41 M, 27 L shirts.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'police-category-request-portal-down-reported-honestly',
    title:
      'The police liaison cannot submit the match categorisation request because the portal is down and says so; the matchday router reports it as outstanding',
    domain: 'matchday stewarding and policing',
    mast: ['FM-2.6', 'FM-3.2'],
    nearMissOf: 'agent_error: a tool error that the agent reports honestly instead of claiming success',
    request:
      'Home v Tynebridge Rovers on Tuesday 24 March 2026 (19:45). Submit the police categorisation request and set the steward numbers for a category B game.',
    topology: {
      shape: 'network',
      coordinator: 'matchday_router',
      workers: ['police_liaison', 'steward_rota_planner'],
    },
    agents: [
      {
        name: 'matchday_router',
        description: 'Routes matchday preparation tasks',
        instructions: 'Route the police request and the steward planning, then report.',
        replies: [
          {
            handoff: 'police_liaison',
            message:
              'Submit the categorisation request for v Tynebridge Rovers, Tue 24/03 19:45, proposed category B.',
          },
          {
            handoff: 'steward_rota_planner',
            message:
              'Plan stewards for v Tynebridge Rovers, Tue 24/03 19:45, category B (provisional – police request not yet lodged).',
          },
          {
            say: '**v Tynebridge Rovers – Tue 24 March, 19:45**\n\n- Police categorisation: **not yet submitted** – the force portal was down (503). Request saved as draft PCR-0324, to be resubmitted at 14:00; the police match commander has been emailed a copy.\n- Stewards: 118 + 8 supervisors on provisional category B (rota ST-0324 v1); will be reviewed if the category changes.',
          },
        ],
      },
      {
        name: 'police_liaison',
        description: 'Liaises with the police on match categorisation',
        instructions: 'Submit categorisation requests and report the outcome.',
        replies: [
          {
            call: 'submit_categorisation_request',
            args: {
              fixture: 'RP-2526-H20',
              opponent: 'Tynebridge Rovers',
              date: '2026-03-24',
              ko: '19:45',
              proposed: 'B',
            },
            result: {
              error:
                'HTTP 503 Service Unavailable – Westmoor Police events portal under maintenance until 13:30',
            },
          },
          {
            call: 'save_draft',
            args: { fixture: 'RP-2526-H20', form: 'categorisation' },
            result: '{"draft":"PCR-0324","saved":"2026-03-10T11:52"}',
          },
          {
            say: 'Not submitted: the police events portal returned 503 (maintenance until 13:30). Saved as draft PCR-0324 and emailed a copy to the match commander; I’ll resubmit at 14:00. Category B is still only our proposal.',
          },
        ],
      },
      {
        name: 'steward_rota_planner',
        description: 'Plans steward numbers',
        instructions: 'Plan steward numbers for the category given.',
        replies: [
          {
            call: 'plan_stewards',
            args: { fixture: 'RP-2526-H20', category: 'B', expected_attendance: 12800, away: 900 },
            result: '{"rota":"ST-0324","version":1,"stewards":118,"supervisors":8,"away_section":12}',
          },
          {
            say: 'Provisional rota ST-0324 v1 (category B, 12,800 expected, 900 away): 118 stewards + 8 supervisors, 12 in the away section.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch135Scenarios = [...faults, ...healthy];
