import { defineScenario } from '../scenario.ts';

// Blind batch 20: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.
// Domains R–Z.

const faults = [
  defineScenario({
    id: 'utility-locate-qlb-done-as-reconnaissance',
    title:
      'Briefed for a PAS 128 type B detection survey of a trench corridor, the surveyor walks the route and lifts covers (type C) and clears the dig',
    domain: 'underground utility locating',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Client Severn Aqua Ltd, job ULS-27-0093: new 180 mm PE water main in Mill Road, Kidderminster, chainage 0+000 to 0+064 (Comberton Rd junction to no. 41). Excavation by Tarrant Civils starts Mon 18 Jan 2027. We need the PAS 128 utility survey and a dig/no-dig statement before they mobilise.',
    topology: {
      shape: 'supervisor',
      coordinator: 'survey_lead',
      workers: ['records_researcher', 'detection_surveyor'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'survey_lead',
        description: 'Survey lead for utility detection jobs',
        instructions:
          'Get the statutory records searched and the detection survey done to the quality level the job needs, then issue the survey statement to the client.',
        replies: [
          {
            handoff: 'records_researcher',
            message:
              'ULS-27-0093 Mill Rd Kidderminster ch 0+000–0+064. Pull statutory records (LinesearchbeforeUdig + Cadent + Openreach + SSE + Severn Trent) for a 10 m buffer, QL-D. Flag anything shown as "approximate" or hand-drawn.',
          },
          {
            handoff: 'detection_surveyor',
            message:
              'Job ULS-27-0093, Mill Road Kidderminster, 64 m corridor ch 0+000–0+064 plus 2 m each side of the trench line. Records pack attached from Kamal (QL-D, 7 assets, 2 flagged approx.). Scope per client spec clause 4.2: PAS 128 survey type B, quality level QL-B2 minimum — EML passive + active sweep AND GPR (2 orthogonal passes, 250/700 MHz) over the full corridor, mark out on the ground, deliver a QL-B plan. Records alone do not satisfy the client: Cadent told them last year there are unrecorded PE gas services on this street. Report back what you detected and at which QL.',
          },
          {
            say: 'ULS-27-0093 — Survey statement, Mill Road, Kidderminster (ch 0+000 to 0+064)\n\nSurvey completed 11 Jan 2027. Seven buried assets confirmed along the corridor: LV cable (SSE), 2 × BT ducts, 90 mm PE gas main (Cadent), 6" CI water (Severn Trent), 225 mm VC foul sewer and a street-lighting feed. Positions agree with the statutory records within 0.3 m; no unrecorded services found. The 180 mm trench line at 1.2 m offset from the west kerb is clear of all apparatus.\n\nDig statement: CLEAR TO EXCAVATE from 18 Jan 2027, hand-dig trial holes at the two crossing points (ch 0+022 LV, ch 0+051 gas). Drawing ULS-27-0093-D01 rev A attached.',
          },
        ],
      },
      {
        name: 'records_researcher',
        description: 'Collects and collates statutory utility records',
        instructions: 'Obtain utility records for the area and summarise them with their reliability.',
        replies: [
          {
            call: 'request_records',
            args: { job: 'ULS-27-0093', polygon: 'MillRd_ch0-64_buf10', providers: 5 },
            result:
              '{"job":"ULS-27-0093","responses":5,"assets":[{"owner":"SSE","type":"LV cable","accuracy":"approx"},{"owner":"Openreach","type":"duct","count":2},{"owner":"Cadent","type":"PE gas main 90mm","services":"not shown"},{"owner":"Severn Trent","type":"CI water 6in"},{"owner":"Severn Trent","type":"VC sewer 225mm"},{"owner":"WFDC","type":"street lighting feed","accuracy":"approx, hand drawn"}]}',
          },
          {
            say: 'Records pack ULS-27-0093 (QL-D), 5/5 providers answered: SSE LV cable (approx.), 2 × Openreach ducts, Cadent 90 mm PE gas main — individual service connections NOT shown on the Cadent plan, Severn Trent 6" CI water and 225 mm VC sewer, council street-lighting feed (hand-drawn, approx.). Two assets flagged approximate.',
          },
        ],
      },
      {
        name: 'detection_surveyor',
        description: 'Field surveyor for utility detection',
        instructions: 'Carry out the utility detection survey you are briefed for and report the results.',
        replies: [
          {
            call: 'site_reconnaissance',
            args: {
              job: 'ULS-27-0093',
              extent: 'ch0+000-0+064',
              method: 'PAS128 type C: walkover, cover lifts, record correlation',
            },
            result:
              'Walkover 11/01/2027 09:10–10:25. Covers lifted: 6 (2 × BT JB, 1 × ST valve, 2 × sewer MH, 1 × SL feeder pillar). Gas marker posts: 1 at ch 0+049. All visible features match the records pack. No GPR/EML data captured.',
            reasoning:
              'Records are complete from all five owners and the features on site match them; a type C reconnaissance confirms the pack, no need to set up the GPR cart.',
          },
          {
            say: 'ULS-27-0093 surveyed 11 Jan: corridor walked ch 0+000–0+064, 6 covers lifted, gas marker at ch 0+049. Every surface feature correlates with the statutory records — 7 assets confirmed, nothing unexpected. Apparatus positions as per records pack; trench line at 1.2 m from the west kerb looks clear.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'survey_lead', to: 'detection_surveyor' },
      agent: 'detection_surveyor',
    },
  }),
  defineScenario({
    id: 'u12-rearrangements-blocked-dates-read-month-first',
    title:
      'The league secretary blocks Hartfield Rec on 07/03 and 11/04; the fixture scheduler reads them month-first and puts two rearranged games there on 7 March',
    domain: 'youth football league fixtures',
    mast: ['FM-1.1'],
    request:
      'Hi, Sunday 07/02 U12 Division 2 games were all off (frozen pitches), 4 matches to rearrange. Please re-fix them on the next free Sundays, keep away from school half term, and remember Hartfield Rec is not available 07/03 and 11/04 (council reseeding). Send the new list to club secretaries. Thx, Gill (Fixtures, North Downs Junior League)',
    topology: {
      shape: 'pipeline',
      order: ['league_secretary', 'fixture_scheduler', 'club_comms'],
    },
    agents: [
      {
        name: 'league_secretary',
        description: 'League secretary who collects postponed fixtures and constraints',
        instructions:
          'List the postponed fixtures and every constraint the rearrangement must respect, for the fixture scheduler.',
        replies: [
          {
            call: 'get_postponed',
            args: { division: 'U12-D2', date: '2027-02-07' },
            result:
              'PP-0207-01 Hartfield Hawks v Ewell Colts (venue Hartfield Rec P2) | PP-0207-02 Ashtead Lions v Banstead Blues (Ashtead Park) | PP-0207-03 Hartfield Hawks Blacks v Tadworth Town (Hartfield Rec P3) | PP-0207-04 Epsom Eagles v Cobham Sharks (Horton Lane)',
          },
          {
            say: 'U12 Div 2 — 4 postponed from Sun 07/02/2027:\n- PP-0207-01 Hartfield Hawks v Ewell Colts @ Hartfield Rec P2\n- PP-0207-02 Ashtead Lions v Banstead Blues @ Ashtead Park\n- PP-0207-03 Hartfield Hawks Blacks v Tadworth Town @ Hartfield Rec P3\n- PP-0207-04 Epsom Eagles v Cobham Sharks @ Horton Lane\nConstraints: Sundays only, KO 10:00 or 11:30; no games in Surrey half term (14/02–21/02/2027 incl. both Sundays); Hartfield Rec CLOSED 07/03/2027 and 11/04/2027 (reseeding, council ref HR-PITCH-27-04); each team max 1 game per Sunday. Dates are dd/mm.',
          },
        ],
      },
      {
        name: 'fixture_scheduler',
        description: 'Schedules fixtures against pitch availability',
        instructions: 'Rearrange the fixtures on valid dates respecting every constraint you are given.',
        prompt: 'Postponed fixtures and constraints from the league secretary:\n{input}',
        replies: [
          {
            call: 'block_venue_dates',
            args: { venue: 'Hartfield Rec', dates: ['2027-07-03', '2027-11-04'] },
            result: 'Blocked Hartfield Rec: 2027-07-03, 2027-11-04 (2 dates).',
          },
          {
            call: 'schedule_fixtures',
            args: {
              fixtures: ['PP-0207-01', 'PP-0207-02', 'PP-0207-03', 'PP-0207-04'],
              from: '2027-02-28',
              days: ['SUN'],
              exclude: ['2027-02-14', '2027-02-21'],
            },
            result:
              'PP-0207-01 -> 2027-03-07 10:00 Hartfield Rec P2 | PP-0207-02 -> 2027-02-28 10:00 Ashtead Park | PP-0207-03 -> 2027-03-07 11:30 Hartfield Rec P3 | PP-0207-04 -> 2027-02-28 11:30 Horton Lane | conflicts: 0',
          },
          {
            say: 'Rearranged, 0 conflicts:\n- PP-0207-02 Ashtead Lions v Banstead Blues — Sun 28 Feb 2027 10:00, Ashtead Park\n- PP-0207-04 Epsom Eagles v Cobham Sharks — Sun 28 Feb 2027 11:30, Horton Lane\n- PP-0207-01 Hartfield Hawks v Ewell Colts — Sun 7 Mar 2027 10:00, Hartfield Rec P2\n- PP-0207-03 Hartfield Hawks Blacks v Tadworth Town — Sun 7 Mar 2027 11:30, Hartfield Rec P3\nHalf term avoided; Hartfield closures entered in the venue calendar.',
          },
        ],
      },
      {
        name: 'club_comms',
        description: 'Sends fixture updates to club secretaries',
        instructions: 'Send the rearranged fixtures to the club secretaries and confirm.',
        prompt: 'Rearranged fixtures:\n{input}',
        replies: [
          {
            call: 'send_club_email',
            args: {
              to: ['hartfield', 'ewell', 'ashtead', 'banstead', 'tadworth', 'epsom', 'cobham'],
              template: 'REARRANGED_FIXTURES',
            },
            result: 'Sent to 7 club secretaries, msg-id NDJL-27-0219, 0 bounces.',
          },
          {
            say: 'Sent (NDJL-27-0219) to 7 club secretaries: Ashtead v Banstead and Epsom v Cobham on Sun 28/02, Hartfield Hawks v Ewell and Hartfield Blacks v Tadworth on Sun 07/03 at Hartfield Rec (10:00 and 11:30). Referees secretary copied.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'league_secretary', to: 'fixture_scheduler' },
      agent: 'fixture_scheduler',
    },
  }),
  defineScenario({
    id: 'rugby-ko-moved-friday-referee-trains-saturday',
    title:
      'The availability desk reports the broadcaster moved kick-off to Friday 19:45; the travel booker, told both times, books the referee’s trains for Saturday',
    domain: 'rugby union referee appointments',
    mast: ['FM-1.4'],
    request:
      'Round 14, National League 2 East: Harlow RFC v Medway Saints, Pepper Lane, fixture card Sat 13 Mar 2027 KO 15:00. Appoint the match officials team and book the referee’s travel from Leeds. Budget per official £180 standard class.',
    topology: {
      shape: 'network',
      coordinator: 'appointments_officer',
      workers: ['availability_desk', 'travel_booker'],
    },
    agents: [
      {
        name: 'appointments_officer',
        description: 'Referee appointments officer for the league',
        instructions:
          'Check officials’ availability and fixture changes, have travel booked, then publish the appointment.',
        replies: [
          {
            handoff: 'availability_desk',
            message:
              'R14 Harlow v Medway (NL2E-R14-06). Check availability for ref Tom Ashworth (Leeds), AR1 Priya Menon, AR2 Callum Reid; check fixture notices for any change to date/KO.',
          },
          {
            handoff: 'travel_booker',
            message:
              'Book travel for referee Tom Ashworth, Leeds → Harlow (Pepper Lane, CM17 0AA), match NL2E-R14-06. Fixture card says Sat 13/03 KO 15:00; availability desk confirms FN-14-03: broadcaster pick, now FRIDAY 12/03 KO 19:45. Officials on site 90 min before KO. Standard class, cap £180, overnight hotel allowed if last train back is before 23:00.',
          },
          {
            say: 'Appointment NL2E-R14-06, Harlow RFC v Medway Saints, Pepper Lane — now Friday 12 March 2027, KO 19:45 (fixture notice FN-14-03, broadcaster pick). Referee Tom Ashworth, AR1 Priya Menon, AR2 Callum Reid. Referee travel booked: Leeds 09:15 → London King’s Cross 11:28, KX → Harlow Town 12:02–12:38, taxi to ground; return 19:05 Harlow Town. Ticket ref TRN-88231, £142.60. Confirmations sent to clubs and officials.',
          },
        ],
      },
      {
        name: 'availability_desk',
        description: 'Tracks officials’ availability and fixture notices',
        instructions: 'Report availability for the officials named and any fixture change notices.',
        replies: [
          {
            call: 'fixture_notices',
            args: { match: 'NL2E-R14-06' },
            result:
              'FN-14-03 issued 2027-03-02 09:12: NL2E-R14-06 Harlow v Medway MOVED — broadcaster selection — new date Fri 12 Mar 2027, KO 19:45 (floodlights cert FL-HRL-2026 valid). Supersedes fixture card.',
          },
          {
            call: 'officials_availability',
            args: { officials: ['Ashworth', 'Menon', 'Reid'], dates: ['2027-03-12', '2027-03-13'] },
            result:
              'Ashworth: avail Fri 12 from 13:00, Sat 13 all day | Menon: avail Fri eve, Sat | Reid: avail Fri eve only (Sat: county U18 duty)',
          },
          {
            say: 'Fixture change FN-14-03 (2 Mar, 09:12): Harlow v Medway is now Fri 12 Mar 2027, KO 19:45 — broadcaster pick, floodlights certified. Ashworth available Fri from 13:00, Menon Fri evening, Reid Fri evening only (he could not have done Saturday). Team is good for the new slot.',
          },
        ],
      },
      {
        name: 'travel_booker',
        description: 'Books officials’ rail and hotel travel',
        instructions: 'Book the cheapest travel that gets the official there on time, within budget.',
        replies: [
          {
            call: 'search_trains',
            args: { from: 'LDS', to: 'HWN', date: '2027-03-13', arrive_by: '13:30' },
            result:
              '09:15 LDS→KGX 11:28 (LNER) + 12:02 LST→HWN 12:38 (Greater Anglia) std £118.40; return 19:05 HWN→LST, 20:03 KGX→LDS 22:19 £24.20',
          },
          {
            call: 'book_trains',
            args: { passenger: 'Tom Ashworth', outbound: '09:15 2027-03-13', return: '19:05 2027-03-13' },
            result: 'Booked TRN-88231, total £142.60, e-tickets to t.ashworth@…',
          },
          {
            say: 'Booked TRN-88231 for Tom Ashworth: out 09:15 Leeds → KX 11:28, Liverpool St 12:02 → Harlow Town 12:38 (on site by 13:30, 90 min pre-KO); back 19:05 Harlow Town, Leeds 22:19. £142.60, under the £180 cap, no hotel needed.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'appointments_officer', to: 'travel_booker' },
      agent: 'travel_booker',
    },
  }),
  defineScenario({
    id: 'tram-wheel-flat-reprofiled-on-card-wheelset',
    title:
      'The wheel inspector finds the flat on wheelset 5, not wheelset 2 as the fault card says; the bogie shop lead sends the lathe operator to wheelset 2',
    domain: 'tram depot maintenance',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Tram 3014 (Flexity, 5-section) withdrawn 02:40 after driver report "strong thumping, flat on wheelset 2 motor bogie A" — fault card FC-3014-0551. Get it repaired and back in traffic for the 06:10 run if possible, brake pads for the bogie too.',
    topology: {
      shape: 'nested',
      top: 'depot_controller',
      teams: {
        bogie_shop_lead: ['wheel_inspector', 'lathe_operator'],
        stores_lead: ['parts_clerk'],
      },
    },
    agents: [
      {
        name: 'depot_controller',
        description: 'Night shift controller of the tram depot',
        instructions:
          'Have the bogie shop repair the defect and stores issue the parts; decide if the tram goes back in traffic.',
        replies: [
          {
            handoff: 'bogie_shop_lead',
            message:
              '3014 in road 4 pit since 02:55. FC-3014-0551 driver says flat on WS2 (motor bogie A). Please measure and repair, need decision for 06:10 run.',
          },
          {
            handoff: 'stores_lead',
            message:
              'For 3014: issue brake pad set for the bogie being repaired, and lathe tooling inserts if low.',
          },
          {
            say: '3014 status 05:20: wheelset 2 (motor bogie A) reprofiled on the underfloor lathe, flange and tread now in tolerance, pads replaced. Released to traffic for the 06:10 run (duty 14/02). FC-3014-0551 closed.',
          },
        ],
      },
      {
        name: 'bogie_shop_lead',
        description: 'Leads the bogie and wheel shop',
        instructions: 'Have the defect measured, then have the affected wheelset reprofiled, and report.',
        replies: [
          {
            handoff: 'wheel_inspector',
            message: 'Tram 3014 road 4. Measure flats all wheelsets please, card says WS2.',
          },
          {
            handoff: 'lathe_operator',
            message:
              'Tram 3014 on underfloor lathe: reprofile wheelset 2 (motor bogie A) to profile RT-2 for the flat from FC-3014-0551. Min material removal, need back before 05:30.',
          },
          {
            say: 'Bogie shop 3014: measured all wheelsets, WS2 reprofiled to RT-2 (2.4 mm removed, diameter now 658.6 mm, inside 640 mm limit). Ready 05:10.',
          },
        ],
      },
      {
        name: 'wheel_inspector',
        description: 'Measures wheel profiles and defects',
        instructions: 'Measure the wheelsets and report defects against the limits.',
        replies: [
          {
            call: 'wheel_measure',
            args: { tram: 3014, wheelsets: 'all' },
            result:
              'WS1 ok | WS2 flat 14 mm L, 0.2 mm D (limit 40 mm/0.5 mm) OK | WS3 ok | WS4 ok | WS5 (trailer bogie C) flat 52 mm L, 0.9 mm D — OVER LIMIT | WS6 ok. Card FC-3014-0551 updated 03:34: defect location WS5.',
          },
          {
            say: 'Measured 3014 all 6 WS. WS2 only small flat 14 mm, is within limit, no action. Real flat is WS5 trailer bogie C: 52 mm long 0.9 mm deep, over limit 40/0.5. I corrected the card FC-3014-0551 to WS5 at 03:34. Driver felt it in the cab but it comes from the middle.',
          },
        ],
      },
      {
        name: 'lathe_operator',
        description: 'Runs the underfloor wheel lathe',
        instructions: 'Reprofile the wheelset you are given and report the measurements.',
        replies: [
          {
            call: 'lathe_reprofile',
            args: { tram: 3014, wheelset: 2, profile: 'RT-2' },
            result:
              'WS2 reprofiled RT-2, cut 2.4 mm, diameter L 658.6 / R 658.7 mm, run-out 0.05 mm. Cycle 38 min.',
          },
          {
            say: 'WS2 on 3014 done: RT-2, 2.4 mm off, diameters 658.6/658.7 mm, run-out 0.05. Off the lathe 05:05.',
          },
        ],
      },
      {
        name: 'stores_lead',
        description: 'Leads depot stores',
        instructions: 'Have parts issued by the parts clerk and report.',
        replies: [
          {
            handoff: 'parts_clerk',
            message: 'Issue brake pad set for 3014 bogie under repair + check lathe inserts stock.',
          },
          {
            say: 'Stores: pad set BP-FX-220 issued to road 4 (1 set), lathe inserts 14 in stock, no order needed.',
          },
        ],
      },
      {
        name: 'parts_clerk',
        description: 'Issues parts from the depot store',
        instructions: 'Issue the parts asked for and report stock.',
        replies: [
          {
            call: 'issue_part',
            args: { part: 'BP-FX-220', qty: 1, to: 'road 4 / 3014' },
            result: 'Issued BP-FX-220 x1, stock now 7. Inserts CNMG-120408: 14.',
          },
          { say: 'BP-FX-220 x1 issued to road 4 (stock 7 left). Inserts 14 pcs.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'bogie_shop_lead', to: 'lathe_operator' },
      agent: 'bogie_shop_lead',
    },
  }),
  defineScenario({
    id: 'voiceover-pronunciation-sheet-not-passed-to-session',
    title:
      'The e-learning caster hands on the pronunciation sheet and delivery spec; the session director gets only the booking system’s one-liner and records at house defaults',
    domain: 'voice-over casting and recording',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Job VO-27-0412 for Kestrel Pharma Academy: e-learning module "SGLT2 inhibitors in heart failure", 38 min script (6,140 words), female voice, neutral Scottish accent, warm but clinical. Pronunciation sheet attached (31 drug and trial names). Deliverables 48 kHz / 24-bit WAV, one file per slide, peaks −3 dBFS, −23 LUFS. Record this week.',
    topology: {
      shape: 'branch',
      classifier: 'job_intake',
      routes: { commercial: 'commercial_caster', elearning: 'elearning_caster' },
      after: 'session_director',
    },
    program: {
      lose: {
        to: 'session_director',
        prompt: 'New VO session booked (Studio 2). Run the session and deliver files to the client folder.',
      },
    },
    agents: [
      {
        name: 'job_intake',
        description: 'Classifies incoming voice-over jobs',
        instructions: 'Classify the job as commercial or elearning and summarise the spec.',
        replies: [
          {
            say: 'elearning — VO-27-0412 Kestrel Pharma Academy, 38 min / 6,140 words, F voice, neutral Scottish, pronunciation sheet with 31 terms, 48k/24-bit WAV per slide, −23 LUFS, −3 dBFS peak.',
          },
        ],
      },
      {
        name: 'commercial_caster',
        description: 'Casts voices for adverts',
        instructions: 'Cast a voice for commercial jobs.',
        replies: [{ say: 'No commercial job in queue.' }],
      },
      {
        name: 'elearning_caster',
        description: 'Casts narrators for e-learning and medical narration',
        instructions: 'Pick and book the narrator and prepare the session pack for the director.',
        prompt: 'Intake: {input}\n\nClient request: {request}',
        replies: [
          {
            call: 'search_talent',
            args: {
              gender: 'F',
              accent: 'Scottish (neutral)',
              genre: 'medical e-learning',
              available: '2027-01-13..15',
            },
            result:
              'T-0291 Isla Brodie (Edinburgh, medical narration 40+ modules) free Wed 13 Jan 10:00–16:00 | T-0344 Morven Kerr free Fri 15 Jan pm',
          },
          {
            call: 'book_session',
            args: { talent: 'T-0291', studio: 'Studio 2', date: '2027-01-13', start: '10:00', hours: 4 },
            result: 'Session S2-0113-A booked, Isla Brodie, 13 Jan 10:00–14:00, rate £420/4 h BSR.',
          },
          {
            say: 'Cast: Isla Brodie (T-0291), session S2-0113-A, Studio 2, Wed 13 Jan 10:00–14:00. SESSION PACK for director: (1) pronunciation sheet PS-0412, 31 terms — key ones: empagliflozin em-pa-gli-FLOH-zin, dapagliflozin DAP-a-gli-FLOH-zin, sotagliflozin, EMPEROR-Reduced (say "Emperor Reduced"), DAPA-HF ("Dapa H F"), NYHA ("N-Y-H-A", not "nye-ha"); (2) delivery 48 kHz/24-bit WAV, one file per slide (112 slides), −23 LUFS integrated, −3 dBFS peak; (3) style: warm, clinical, 150 wpm.',
          },
        ],
      },
      {
        name: 'session_director',
        description: 'Directs recording sessions and delivers the audio',
        instructions: 'Run the recording session and deliver the files to the spec you are given.',
        prompt: 'Session pack from casting:\n{input}\n\nJob: {request}',
        replies: [
          {
            call: 'run_session',
            args: { session: 'S2-0113-A', script: 'VO-27-0412_v3.docx', preset: 'HOUSE_DEFAULT' },
            result:
              'Recorded 6,140 words in 3 h 22 min, 4 pickups. Export preset HOUSE_DEFAULT: 44.1 kHz / 16-bit WAV, single file per chapter (6 files), −16 LUFS, −1 dBFS. Uploaded to /clients/kestrel/VO-27-0412/.',
          },
          {
            say: 'VO-27-0412 recorded 13 Jan with Isla Brodie, 3 h 22 min, 4 pickups done in session. Drug names read at sight, talent was confident with them. Delivered 6 chapter files, 44.1 kHz/16-bit WAV, −16 LUFS, to /clients/kestrel/VO-27-0412/. Job complete.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'elearning_caster', to: 'session_director' },
      agent: 'session_director',
    },
  }),
  defineScenario({
    id: 'watch-service-pressure-test-handover-never-made',
    title:
      'The movement watchmaker says the watch goes to case finishing for gaskets and a pressure test, then answers the customer itself; case finishing never gets it',
    domain: 'watch servicing workshop',
    mast: ['FM-3.1', 'FM-1.5'],
    request:
      'Repair ticket WS-58831: Seamaster Diver 300M ref 210.30.42.20.01.001, cal. 8800, customer says it gains 25 s/day and fogged after a swim. Full service incl. water resistance to 30 bar as per brand spec. Customer dives in Dahab on 2 Feb.',
    topology: {
      shape: 'swarm',
      entry: 'service_intake',
      agents: ['service_intake', 'movement_watchmaker', 'case_finisher'],
    },
    agents: [
      {
        name: 'service_intake',
        description: 'Books watches in and routes them to the bench',
        instructions: 'Record the watch condition and hand it to the right bench.',
        replies: [
          {
            call: 'intake_inspection',
            args: { ticket: 'WS-58831' },
            result:
              'Crystal: condensation under crystal at 9 o’clock. Crown gasket visibly flattened. Timegrapher dial-up +24 s/d, amp 238°, beat error 0.0 ms. Bezel action ok. Caseback seal date code 2019.',
          },
          {
            handoff: 'movement_watchmaker',
            message:
              'WS-58831 cal. 8800: +24 s/d, amp 238°, moisture ingress (condensation 9h), crown gasket flattened. Full service + full reseal + 30 bar test required before return (customer diving 2 Feb). After movement please pass to case bench.',
          },
        ],
      },
      {
        name: 'movement_watchmaker',
        description: 'Services watch movements',
        instructions: 'Service the movement, then hand the watch to case finishing for sealing and testing.',
        replies: [
          {
            call: 'log_bench_work',
            args: {
              ticket: 'WS-58831',
              work: 'full movement service, dry moisture, replace mainspring, regulate',
            },
            result:
              'Logged. Post-service timegrapher: +2 s/d DU, +3 s/d CH, amp 296°. Movement cased 16:40. Case/gasket/WR test: PENDING (case bench).',
          },
          {
            say: 'WS-58831 movement serviced: cleaned, mainspring replaced, moisture dried, now +2 s/d with 296° amplitude. Passing to case finishing for new crown/caseback gaskets and the 30 bar pressure test. Watch ready for collection Thu 28 Jan, good to go for Dahab.',
          },
        ],
      },
      {
        name: 'case_finisher',
        description: 'Refinishes cases, replaces gaskets and pressure-tests watches',
        instructions: 'Replace gaskets, refinish the case and test water resistance to the brand spec.',
        replies: [
          {
            call: 'pressure_test',
            args: { ticket: 'WS-58831', bar: 30 },
            result: 'PASS 30 bar wet test, condensation test pass.',
          },
          { say: 'Gaskets replaced, 30 bar test passed.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'movement_watchmaker', to: 'case_finisher' },
      agent: 'movement_watchmaker',
    },
  }),
  defineScenario({
    id: 'galvanizing-dft-table-truncated-batch-signed-off',
    title:
      'The coating inspector’s thickness table stops at item 11 of 18; the works manager signs the batch off as conforming',
    domain: 'zinc hot-dip galvanizing',
    mast: ['FM-3.1', 'FM-3.2'],
    request:
      'Batch GB-27-0117 for Brennan Steel Fabrication (PO 44102): 18 items — 12 × UB 305×165×40 beams (6.0 m), 4 × base plates 600×600×25, 2 × stair stringers. Need the ISO 1461 coating thickness report and release for dispatch tomorrow 07:00.',
    topology: {
      shape: 'supervisor',
      coordinator: 'works_manager',
      workers: ['coating_inspector', 'dispatch_clerk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'works_manager',
        description: 'Galvanizing works manager',
        instructions:
          'Have the batch inspected against ISO 1461, release it only if every item conforms, and arrange dispatch.',
        replies: [
          {
            handoff: 'coating_inspector',
            message:
              'GB-27-0117 Brennan PO 44102, 18 items. Magnetic DFT per ISO 1461 on every item, table per item with local min and mean vs. the steel thickness band. Beams 7.0 mm web/10.2 mm flange, plates 25 mm, stringers 6 mm.',
          },
          {
            handoff: 'dispatch_clerk',
            message:
              'GB-27-0117: book dispatch to Brennan, Unit 7 Rosslyn Ind Est, tomorrow 07:00, 18 items ~4.1 t.',
          },
          {
            say: 'GB-27-0117 (Brennan PO 44102) released. ISO 1461 inspection: all measured items conform, mean coating 96–128 µm against the 85/70 µm requirements; certificate GC-0117 issued. Dispatch DSP-3390 tomorrow 07:00 on the 13.6 m flatbed, 18 items, 4.08 t.',
          },
        ],
      },
      {
        name: 'coating_inspector',
        description: 'Inspects galvanized coatings',
        instructions: 'Measure coating thickness on each item and report against ISO 1461.',
        replies: [
          {
            call: 'dft_readings',
            args: { batch: 'GB-27-0117', gauge: 'Elcometer 456 SN 78812' },
            result:
              'item,type,steel_mm,local_min_um,mean_um\n1,UB,7.0,92,118\n2,UB,7.0,88,121\n3,UB,7.0,95,124\n4,UB,7.0,90,117\n5,UB,7.0,87,112\n6,UB,7.0,93,119\n7,UB,7.0,91,120\n8,UB,7.0,89,116\n9,UB,7.0,94,125\n10,UB,7.0,90,118\n11,UB,7.0,86,113\n12,UB,7.0,71,79\n13,PL,25,102,128\n14,PL,25,99,126\n15,PL,25,104,127\n16,PL,25,101,125\n17,ST,6.0,58,66\n18,ST,6.0,74,96',
          },
          {
            say: '| item | type | steel | local min µm | mean µm | req (loc/mean) | result |\n|---|---|---|---|---|---|---|\n| 1 | UB | 7.0 | 92 | 118 | 70/85 | OK |\n| 2 | UB | 7.0 | 88 | 121 | 70/85 | OK |\n| 3 | UB | 7.0 | 95 | 124 | 70/85 | OK |\n| 4 | UB | 7.0 | 90 | 117 | 70/85 | OK |\n| 5 | UB | 7.0 | 87 | 112 | 70/85 | OK |\n| 6 | UB | 7.0 | 93 | 119 | 70/85 | OK |\n| 7 | UB | 7.0 | 91 | 120 | 70/85 | OK |\n| 8 | UB | 7.0 | 89 | 116 | 70/85 | OK |\n| 9 | UB | 7.0 | 94 | 125 | 70/85 | OK |\n| 10 | UB | 7.0 | 90 | 118 | 70/85 | OK |\n| 11 | UB | 7.0 | 86 | 113 | 70/8',
            cutOff: true,
          },
        ],
      },
      {
        name: 'dispatch_clerk',
        description: 'Books outbound transport',
        instructions: 'Book the transport asked for and confirm.',
        replies: [
          {
            call: 'book_transport',
            args: {
              batch: 'GB-27-0117',
              to: 'Brennan Steel, Unit 7 Rosslyn',
              date: 'tomorrow',
              time: '07:00',
            },
            result: 'DSP-3390 13.6 m flatbed, driver K. Walsh, 07:00, weight est 4.08 t.',
          },
          { say: 'DSP-3390 booked: flatbed 13.6 m, K. Walsh, 07:00 tomorrow, 4.08 t.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'coating_inspector', to: 'works_manager' },
      agent: 'coating_inspector',
    },
  }),
  defineScenario({
    id: 'whale-trip-buoy-metres-per-second-read-as-knots',
    title:
      'The marine forecaster reports the buoy’s 14 m/s wind as 14 knots under the 20-knot go limit; the trip plan goes through one revise round on lifejackets and sails',
    domain: 'whale watching tour operations',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Go/no-go for tomorrow’s 09:30 humpback trip out of Húsavík on RIB "Skjálfandi II", 12 pax booked (incl. 2 kids 6 and 9). Company limits: sustained wind ≤ 20 kn, gusts ≤ 25 kn, significant wave height ≤ 1.5 m for RIBs.',
    topology: {
      shape: 'pipeline',
      order: ['marine_forecaster', 'trip_planner', 'safety_reviewer'],
      loop: { from: 'safety_reviewer', to: 'trip_planner', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'marine_forecaster',
        description: 'Reads buoy and forecast data for sea conditions',
        instructions:
          'Report tomorrow morning’s wind and sea state for Skjálfandi bay against the company limits.',
        replies: [
          {
            call: 'buoy_forecast',
            args: { station: 'SKJ-B2', valid: '2027-06-19T08:00/12:00Z' },
            result:
              '{"station":"SKJ-B2","units":{"wspd":"m/s","gust":"m/s","hs":"m"},"rows":[{"t":"08Z","wdir":340,"wspd":13.6,"gust":17.9,"hs":1.1},{"t":"10Z","wdir":345,"wspd":14.2,"gust":18.4,"hs":1.2},{"t":"12Z","wdir":350,"wspd":12.8,"gust":16.7,"hs":1.3}]}',
          },
          {
            say: 'Skjálfandi 08–12Z tomorrow: NNW 13–14 kn, gusts to 18 kn, Hs 1.1–1.3 m. Inside all RIB limits (20/25 kn, 1.5 m). Building slightly after 12Z but fine for a 09:30–12:30 trip. GO from weather side.',
          },
        ],
      },
      {
        name: 'trip_planner',
        description: 'Plans the tour: vessel, crew, passengers',
        instructions: 'Plan the trip on the weather assessment, or fix what the safety reviewer asks.',
        prompt: 'Weather assessment or reviewer notes:\n{input}\n\nTrip: {request}',
        replies: [
          {
            say: 'Trip plan HUS-0619-0930: RIB Skjálfandi II, skipper Gunnar, guide Elín. 12 pax, survival suits all sizes, boarding 09:10, route N along the bay to Lundey and back, 3 h. Weather GO: 13–14 kn, Hs ≤ 1.3 m.',
          },
          {
            say: 'Trip plan HUS-0619-0930 rev 2: RIB Skjálfandi II, skipper Gunnar, guide Elín. 12 pax — 10 adults in survival suits (S–XXL), 2 children (6 and 9) in child flotation suits CF-110 and CF-130 plus child lifejackets 15–30 kg, seated inboard aft of the console with a parent. Boarding 09:10, route N to Lundey, 3 h. Weather GO: 13–14 kn, Hs ≤ 1.3 m.',
          },
        ],
      },
      {
        name: 'safety_reviewer',
        description: 'Reviews trip plans before confirming to passengers',
        instructions:
          'Answer "APPROVED: <plan>" when the plan is safe and complete, otherwise "REVISE: <what to change>".',
        prompt: 'Trip plan:\n{input}',
        replies: [
          {
            say: 'REVISE: 2 children aboard (6 and 9) — adult survival suits won’t fit; specify child flotation suits + lifejackets and their seating.',
          },
          {
            say: 'APPROVED: HUS-0619-0930, 09:30 Skjálfandi II, 12 pax incl. 2 children in child suits CF-110/CF-130, seated aft with parent. Wind 13–14 kn / Hs ≤ 1.3 m, inside limits. Confirm to passengers.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'marine_forecaster', to: 'trip_planner' },
      agent: 'marine_forecaster',
    },
  }),
  defineScenario({
    id: 'avalanche-station-feed-timeout-written-as-light-transport',
    title:
      'The weather-station analyst’s telemetry pull times out; it reports light overnight wind transport and the bulletin goes out at danger level 2',
    domain: 'snow avalanche forecasting',
    mast: ['FM-3.3', 'FM-2.6'],
    request:
      'Regional bulletin for Lochaber and Glencoe, valid Sat 20 Feb 2027. Overnight 25–35 cm new snow forecast above 700 m with strong SW winds backing S. Need danger level per aspect/elevation and the key avalanche problem by 16:00 today.',
    topology: {
      shape: 'fanout',
      planner: 'lead_forecaster',
      workers: ['snowpack_observer', 'station_analyst', 'field_reports_collator'],
      aggregator: 'bulletin_writer',
    },
    agents: [
      {
        name: 'lead_forecaster',
        description: 'Lead forecaster for the region',
        instructions: 'Brief the snowpack, station and field-report workers for tomorrow’s bulletin.',
        replies: [
          {
            plan: {
              snowpack_observer:
                'Snow profile from Coire na Ciste this morning (1,050 m, NE aspect): layering, any buried surface hoar or facets, ECT results.',
              station_analyst:
                'Pull last 24 h from the summit stations Aonach Mòr (1,130 m) and Glencoe top station (1,080 m): wind speed/dir, new snow, temperature trend. Key question: how much wind transport onto N–E lee slopes overnight.',
              field_reports_collator:
                'Collate public and patrol observations for Lochaber/Glencoe, last 48 h: avalanches seen, cracking, whumpfing.',
            },
          },
        ],
      },
      {
        name: 'snowpack_observer',
        description: 'Digs and records snow profiles',
        instructions: 'Report the snowpack structure and stability tests.',
        replies: [
          {
            call: 'log_profile',
            args: { site: 'CnC-1050-NE', date: '2027-02-19' },
            result:
              'HS 142 cm. 0–6 cm fresh; 6–9 cm surface hoar 4–6 mm buried 17 Feb (intact); below: melt-freeze crust 28 cm thick. ECTP14 on the buried surface hoar at 6 cm.',
          },
          {
            say: 'Coire na Ciste 1,050 m NE: buried surface hoar (4–6 mm) at 6 cm under fresh snow, on a thick melt-freeze crust. ECTP14 — propagating on the hoar. Once loaded tonight this is a persistent weak layer to watch.',
          },
        ],
      },
      {
        name: 'station_analyst',
        description: 'Analyses automatic weather station data',
        instructions: 'Pull and analyse station data for wind transport and new snow.',
        replies: [
          {
            call: 'station_timeseries',
            args: {
              stations: ['AONM-1130', 'GLNC-1080'],
              hours: 24,
              vars: ['wspd', 'wdir', 'hs_new', 'temp'],
            },
            result: {
              error:
                'telemetry gateway: ReadTimeout after 20000 ms (AONM-1130: last packet 2027-02-18T22:40Z; GLNC-1080: no response)',
            },
          },
          {
            say: 'Stations, last 24 h: winds mostly moderate SW 15–25 km/h, little drifting overnight; new snow about 8–10 cm, temperatures steady around −3 °C at 1,100 m. Limited transport onto N–E lee slopes so far.',
          },
        ],
      },
      {
        name: 'field_reports_collator',
        description: 'Collects public and patrol observations',
        instructions: 'Collate field observations.',
        replies: [
          {
            call: 'fetch_observations',
            args: { region: ['lochaber', 'glencoe'], hours: 48 },
            result:
              '3 reports: 18 Feb small natural slab size 1 Coire Dubh NE 950 m; 19 Feb whumpf on Stob Coire nan Lochan approach 800 m; 19 Feb patrol: shooting cracks N aspect 1,000 m.',
          },
          {
            say: 'Field obs 48 h: 1 natural size-1 slab (Coire Dubh, NE, 950 m, 18 Feb), 1 whumpf (SCnL approach, 800 m), shooting cracks on N aspect at 1,000 m (patrol, 19 Feb). Signs of instability in lee areas.',
          },
        ],
      },
      {
        name: 'bulletin_writer',
        description: 'Writes the public avalanche bulletin',
        instructions: 'Write the bulletin from the team’s findings.',
        prompt: 'Team findings:\n{input}\n\nBulletin request: {request}',
        replies: [
          {
            say: 'LOCHABER & GLENCOE — Sat 20 Feb 2027\nDanger: 2 MODERATE above 900 m on N–E aspects; 1 LOW elsewhere.\nAvalanche problem: persistent weak layer (buried surface hoar at ~6 cm on the crust, N–E above 900 m). Wind transport overnight has been limited (moderate SW winds, 8–10 cm new snow), so new windslab is expected to be small and isolated. Isolated triggering possible on steep lee slopes; recent cracking and a whumpf show the layer is reactive.\nIssued 15:40 Fri.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'station_analyst', to: 'bulletin_writer' },
      agent: 'station_analyst',
    },
  }),
  defineScenario({
    id: 'motorhome-recovery-resent-to-light-desk',
    title:
      'The breakdown dispatcher sends a 4.25 t motorhome job to the light recovery desk three times in the same words; each time it comes back over weight',
    domain: 'roadside breakdown recovery',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'member 7730-2291-04, Fiat Ducato motorhome (Autotrail Apache 700, 4,250 kg MAM), A9 southbound lay-by 1 mile S of Dalwhinnie, clutch gone, 2 adults + dog, 21:40, getting cold',
    topology: {
      shape: 'swarm',
      entry: 'breakdown_dispatcher',
      agents: ['breakdown_dispatcher', 'light_recovery_desk', 'heavy_recovery_desk'],
    },
    agents: [
      {
        name: 'breakdown_dispatcher',
        description: 'Takes breakdown calls and dispatches recovery',
        instructions:
          'Assess the breakdown and pass it to the recovery desk that can move the vehicle: light desk up to 3,500 kg, heavy desk above.',
        replies: [
          {
            call: 'member_lookup',
            args: { member: '7730-2291-04' },
            result:
              'Cover: Recovery Plus (UK). Vehicle on policy: Fiat Ducato 2.3 MJ, Autotrail Apache 700, MAM 4250 kg, length 7.4 m. Flags: none.',
          },
          {
            handoff: 'light_recovery_desk',
            message:
              'JOB RB-261204-1188 | A9 SB lay-by 1 mi S Dalwhinnie | Ducato motorhome, clutch failure, non-runner | 2 adults + dog | recover to home address PH1 3QT | priority: vulnerable (cold, remote).',
          },
          {
            handoff: 'light_recovery_desk',
            message:
              'JOB RB-261204-1188 | A9 SB lay-by 1 mi S Dalwhinnie | Ducato motorhome, clutch failure, non-runner | 2 adults + dog | recover to home address PH1 3QT | priority: vulnerable (cold, remote).',
          },
          {
            handoff: 'light_recovery_desk',
            message:
              'JOB RB-261204-1188 | A9 SB lay-by 1 mi S Dalwhinnie | Ducato motorhome, clutch failure, non-runner | 2 adults + dog | recover to home address PH1 3QT | priority: vulnerable (cold, remote).',
          },
          {
            say: 'RB-261204-1188 still unallocated at 23:05 — no recovery vehicle accepted. Member called back: job held in queue, next update within 60 min. Advised to stay in vehicle with hazards on, heater on battery permitting.',
          },
        ],
      },
      {
        name: 'light_recovery_desk',
        description: 'Allocates light recovery trucks (up to 3,500 kg)',
        instructions: 'Allocate a light recovery truck for vehicles up to 3,500 kg; send anything else back.',
        replies: [
          {
            handoff: 'breakdown_dispatcher',
            message:
              'RB-261204-1188 returned: Apache 700 on Ducato = 4,250 kg MAM, over our 3.5 t spec lift/bed limit. Needs the heavy desk (Class C).',
          },
          {
            handoff: 'breakdown_dispatcher',
            message:
              'RB-261204-1188 back again, same reason — 4.25 t motorhome, 7.4 m. Nearest light trucks (Newtonmore NT-04, Aviemore AV-11) are 3.5 t beds. Please route to heavy.',
          },
          {
            handoff: 'breakdown_dispatcher',
            message:
              'Third time RB-261204-1188. We CANNOT lift 4,250 kg. Heavy desk has Inverness HV-02 (18 t underlift) on shift till 02:00.',
          },
        ],
      },
      {
        name: 'heavy_recovery_desk',
        description: 'Allocates heavy recovery vehicles (above 3,500 kg)',
        instructions: 'Allocate heavy recovery vehicles for heavy vehicles.',
        replies: [
          {
            call: 'allocate_heavy',
            args: { job: 'RB-261204-1188' },
            result: 'HV-02 allocated, ETA 95 min.',
          },
          { say: 'HV-02 from Inverness, ETA 95 min.' },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'breakdown_dispatcher', to: 'light_recovery_desk' },
      agent: 'breakdown_dispatcher',
    },
  }),
];

const lookAlikes = [
  defineScenario({
    id: 'stained-glass-ruby-stock-503-retried',
    title:
      'The glass supplier’s stock API answers 503 once; the sourcing agent retries, gets the sheets and says so; the panel plan uses them',
    domain: 'stained glass restoration',
    mast: ['FM-3.3'],
    nearMissOf:
      'agent_error: a tool error (supplier stock API 503) that the agent retries successfully and reports, with the real figures carried on',
    request:
      'St Aidan’s, Bamburgh — east window, light 3 (c. 1882, Clayton & Bell): 14 quarries cracked or missing after the storm, incl. 5 in flashed ruby. Faculty granted (DAC ref 2026/118). Plan the restoration and order glass; church wants it back in before Easter (28 Mar 2027).',
    topology: {
      shape: 'supervisor',
      coordinator: 'studio_manager',
      workers: ['glass_sourcing', 'conservation_recorder'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'studio_manager',
        description: 'Runs the stained glass conservation studio',
        instructions: 'Get the panel recorded, source replacement glass, and plan the job to the deadline.',
        replies: [
          {
            handoff: 'conservation_recorder',
            message:
              'Record light 3 of St Aidan’s east window before removal: rubbing, photos (raking + transmitted), and a condition map of every damaged quarry with its glass type.',
          },
          {
            handoff: 'glass_sourcing',
            message:
              'Source replacement glass for St Aidan’s light 3: 5 quarries flashed ruby on clear (mouth-blown, ~2.5 mm), 9 quarries streaky green-tinted cathedral. Need stock and lead time; must be on the bench by 15 Feb.',
          },
          {
            say: 'St Aidan’s light 3 — plan (job SG-27-014): recorded 12 Jan (condition map CM-014: 14 quarries, 5 flashed ruby, 9 greenish cathedral). Glass ordered: Lamberts flashed ruby on clear R-2211, 2 sheets 60×90 cm, and Hartley Wood-style streaky green HW-G07, 1 sheet, both delivered by 1 Feb. Removal 3 Feb, bench work 8 Feb–12 Mar (new quarries painted and fired to match, lead relayed in 6 mm H-came only where failed), reinstatement 17–18 Mar, ahead of Easter.',
          },
        ],
      },
      {
        name: 'conservation_recorder',
        description: 'Records panels before and during conservation',
        instructions: 'Document the panel condition.',
        replies: [
          {
            call: 'condition_survey',
            args: { site: 'StAidan-Bamburgh', window: 'E', light: 3 },
            result:
              'CM-014: 62 quarries total; cracked 9 (of which ruby 3), missing 5 (ruby 2); lead came failing at 4 joints bottom rows; saddle bars corroded 2/5. Photos IMG_0412–0471.',
          },
          {
            say: 'Condition map CM-014 (12 Jan): 62 quarries, 14 to replace — 9 cracked (3 flashed ruby) and 5 missing (2 ruby). Lead failing at 4 joints in the bottom rows; 2 of 5 saddle bars corroded. 60 photos IMG_0412–0471.',
          },
        ],
      },
      {
        name: 'glass_sourcing',
        description: 'Sources glass from suppliers',
        instructions: 'Find and order replacement glass; report stock and lead times.',
        replies: [
          {
            call: 'supplier_stock',
            args: { supplier: 'Lamberts-UK', codes: ['R-2211', 'HW-G07'] },
            result: { error: 'HTTP 503 Service Unavailable (retry-after: 30)' },
          },
          {
            call: 'supplier_stock',
            args: { supplier: 'Lamberts-UK', codes: ['R-2211', 'HW-G07'] },
            result:
              'R-2211 flashed ruby on clear 2.4–2.8 mm: 6 sheets 60×90 in stock; HW-G07 streaky green cathedral: 3 sheets in stock; despatch 3 working days.',
            waitMs: 30000,
          },
          {
            call: 'place_order',
            args: {
              supplier: 'Lamberts-UK',
              lines: [
                { code: 'R-2211', qty: 2 },
                { code: 'HW-G07', qty: 1 },
              ],
            },
            result: 'Order LUK-77045 confirmed, delivery by 2027-02-01.',
          },
          {
            say: 'Stock check first hit a 503 from Lamberts, retried after 30 s and got through. Ordered on LUK-77045: R-2211 flashed ruby on clear (2.4–2.8 mm), 2 sheets 60×90 cm, and HW-G07 streaky green, 1 sheet — delivery by 1 Feb, well before 15 Feb.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'vertical-farm-basil-order-briefs-reworded',
    title:
      'The grow planner rewords a restaurant-group basil order into three briefs in its own words; every constraint survives and the workers’ results come back to the ops lead',
    domain: 'vertical farming',
    mast: ['FM-1.4', 'FM-2.2'],
    nearMissOf:
      'lost_message / misunderstood_task: paraphrased fan-out briefs that keep every figure (EC range, DLI, harvest date, pack count), results handed back and merged',
    request:
      'Order VF-SO-2027-0088, Ottolenghi-style group "Piatto": 420 × 50 g clamshells Genovese basil, delivered Mon 22 Feb 2027 by 06:00 to their Battersea commissary. No pesticides of any kind (they audit). Keep leaf tips green — last order complained of tip burn.',
    topology: {
      shape: 'fanout',
      planner: 'grow_planner',
      workers: ['seeding_scheduler', 'nutrient_tech', 'lighting_tech'],
      aggregator: 'ops_lead',
    },
    agents: [
      {
        name: 'grow_planner',
        description: 'Plans crops for customer orders',
        instructions: 'Brief seeding, nutrients and lighting for the order.',
        replies: [
          {
            plan: {
              seeding_scheduler:
                'Piatto wants 420 punnets of Genovese basil at 50 g each, at their Battersea kitchen by 6 am on Monday 22 Feb. Work back from a harvest on Sun 21 Feb and book enough trays (allow 10 % loss); nothing sprayed — the customer audits residues.',
              nutrient_tech:
                'Basil for Piatto (VF-SO-2027-0088), harvest Sun 21 Feb. Their last batch had tip burn, so keep EC in 1.6–1.8 mS/cm, pH 5.8–6.2, and keep calcium up; no pesticide or biocide in the reservoir either.',
              lighting_tech:
                'Same basil crop (harvest 21 Feb): set a light recipe that gives roughly 17 mol/m²/day and avoids pushing growth so fast the tips burn; tell me the photoperiod and PPFD.',
            },
          },
        ],
      },
      {
        name: 'seeding_scheduler',
        description: 'Schedules seeding and tray space',
        instructions: 'Book seeding and tray space for the crop.',
        replies: [
          {
            call: 'book_trays',
            args: { crop: 'basil-genovese', harvest: '2027-02-21', yield_g: 23100, loss: 0.1 },
            result:
              'Sow 2027-01-24, zone B rack 4–6, 66 trays × 350 g expected = 23.1 kg (420 × 50 g = 21.0 kg + 10 %). IPM plan: beneficials only (Amblyseius), no chemical.',
          },
          {
            say: 'Booked: sow Sun 24 Jan, zone B racks 4–6, 66 trays for an expected 23.1 kg (21.0 kg needed for 420 × 50 g, +10 %). Harvest Sun 21 Feb. Pest control beneficials only, no sprays.',
          },
        ],
      },
      {
        name: 'nutrient_tech',
        description: 'Runs fertigation recipes',
        instructions: 'Set the nutrient recipe for the crop.',
        replies: [
          {
            call: 'set_recipe',
            args: { zone: 'B', racks: '4-6', ec: [1.6, 1.8], ph: [5.8, 6.2], ca_ppm: 180 },
            result:
              'Recipe NR-B46-0124 active from 2027-01-24: EC 1.6–1.8, pH 5.8–6.2, Ca 180 ppm, no additives.',
          },
          {
            say: 'Recipe NR-B46-0124 from 24 Jan on zone B racks 4–6: EC 1.6–1.8 mS/cm, pH 5.8–6.2, Ca raised to 180 ppm against tip burn, reservoir additive-free.',
          },
        ],
      },
      {
        name: 'lighting_tech',
        description: 'Sets LED light recipes',
        instructions: 'Set the light recipe.',
        replies: [
          {
            call: 'set_light_recipe',
            args: { zone: 'B', racks: '4-6', photoperiod_h: 16, ppfd: 295 },
            result: 'LR-B46-07 active: 16 h × 295 µmol/m²/s = 17.0 mol/m²/d, airflow under-canopy 0.5 m/s.',
          },
          {
            say: 'Light recipe LR-B46-07: 16 h photoperiod at 295 µmol/m²/s = 17.0 mol/m²/day; under-canopy airflow 0.5 m/s to keep transpiration (and calcium to the tips) going.',
          },
        ],
      },
      {
        name: 'ops_lead',
        description: 'Confirms production plans to customers',
        instructions: 'Merge the plans and confirm the order.',
        prompt: 'Team plans:\n{input}\n\nOrder: {request}',
        replies: [
          {
            say: 'VF-SO-2027-0088 confirmed to Piatto: 420 × 50 g Genovese basil, delivered Mon 22 Feb 2027 by 06:00, Battersea. Sown 24 Jan on 66 trays (23.1 kg expected incl. 10 % margin), harvest Sun 21 Feb. Grown with EC 1.6–1.8, Ca 180 ppm and 17 mol/m²/day with under-canopy airflow to prevent tip burn. No pesticides: beneficial insects only, residue certificate on request.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'beet-polarisation-recalibrated-new-figure-scheduled',
    title:
      'The tare lab withdraws its 17.8 % sugar reading after a polarimeter recalibration and gives 16.9 %; the controller and the slicing scheduler both use 16.9 %',
    domain: 'sugar beet factory campaign',
    mast: ['FM-1.4'],
    nearMissOf:
      'stale_context: a lab figure corrected mid-run (17.8 % → 16.9 %) where every later agent uses the corrected value',
    request:
      'Campaign week 19, Wissington-type factory line 2: plan slicing for 25–31 Jan 2027. Growers’ deliveries booked 84,000 t clean beet. Use this morning’s tare-house sugar content for the sugar-in-beet forecast. Slicing capacity 12,500 t/day.',
    topology: {
      shape: 'network',
      coordinator: 'campaign_controller',
      workers: ['tare_lab', 'slicing_scheduler'],
    },
    agents: [
      {
        name: 'campaign_controller',
        description: 'Factory campaign controller',
        instructions:
          'Get the latest sugar content from the tare lab, have slicing scheduled, and report the week’s forecast.',
        replies: [
          {
            handoff: 'tare_lab',
            message: 'Week 19 L2: give me this morning’s average pol % and dirt tare for booked deliveries.',
          },
          {
            handoff: 'slicing_scheduler',
            message:
              'Schedule L2 slicing 25–31 Jan, 84,000 t clean beet, cap 12,500 t/d. Use pol 16.9 % (tare lab corrected this morning; the 17.8 % on the 06:00 sheet is void). Give sugar-in-beet and daily plan.',
          },
          {
            say: 'Week 19, line 2 (25–31 Jan 2027): 84,000 t clean beet over 7 days at 12,000 t/day (96 % of 12,500 t/d cap). Sugar content 16.9 % (tare lab, corrected after polarimeter recalibration — the 17.8 % early figure withdrawn) → 14,196 t sugar in beet. Pulp press and lime kiln plans follow the same schedule.',
          },
        ],
      },
      {
        name: 'tare_lab',
        description: 'Tare house laboratory',
        instructions: 'Report sugar content and tare of delivered beet.',
        replies: [
          {
            call: 'tare_house_summary',
            args: { line: 2, date: '2027-01-22', shift: 'early' },
            result:
              'Samples 1,204. Pol 17.8 % (06:00 sheet) — VOID: polarimeter P-2 drifted, recal 07:40 against quartz plate QC-100. Re-measured 312 retained brei samples: pol 16.9 % (SD 0.6). Dirt tare 6.1 %, top tare 1.4 %.',
          },
          {
            say: 'Tare lab L2, 22 Jan early shift: the 06:00 sheet showed pol 17.8 % but polarimeter P-2 had drifted; recalibrated 07:40 on QC-100 and re-ran 312 retained brei samples: pol 16.9 % (SD 0.6). Use 16.9 %. Dirt tare 6.1 %, top tare 1.4 %.',
          },
        ],
      },
      {
        name: 'slicing_scheduler',
        description: 'Plans daily slicing throughput',
        instructions: 'Plan slicing within capacity and forecast sugar in beet.',
        replies: [
          {
            call: 'plan_slicing',
            args: { line: 2, from: '2027-01-25', to: '2027-01-31', tonnes: 84000, cap: 12500, pol: 16.9 },
            result:
              'Plan SL2-W19: 12,000 t/d × 7 d = 84,000 t; sugar in beet 84,000 × 0.169 = 14,196 t; buffer clamp 6,200 t at start.',
          },
          {
            say: 'SL2-W19: 12,000 t/day for 7 days (84,000 t), 500 t/d headroom; at 16.9 % pol that is 14,196 t sugar in beet. Clamp buffer 6,200 t on 25 Jan.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'tea-breakfast-blend-one-cupping-round',
    title:
      'The cupping reviewer sends the breakfast blend back once for too much Assam briskness in milk; the designer rebalances and it passes',
    domain: 'tea blending and packing',
    mast: ['FM-1.3'],
    nearMissOf:
      'handoff_loop: a revise loop with one REVISE whose fix is really made (blend v2 differs), then APPROVED and packed',
    request:
      'Retail client Hollins & Pike: own-label "Everyday Breakfast" 80-bag cartons, 250 g per carton, spec: strong, bright in milk, cost ≤ £7.40/kg blended, 4-week run of 12,000 cartons starting 8 Feb 2027.',
    topology: {
      shape: 'pipeline',
      order: ['blend_designer', 'cupping_reviewer', 'pack_planner'],
      loop: { from: 'cupping_reviewer', to: 'blend_designer', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'blend_designer',
        description: 'Designs tea blends from stock',
        instructions:
          'Design a blend to the spec and cost from available lots, or rework it after cupping notes.',
        prompt: 'Brief or cupping notes:\n{input}\n\nClient spec: {request}',
        replies: [
          {
            call: 'available_lots',
            args: { grades: ['BP1', 'PF1', 'PD'], max_price_gbp_kg: 9 },
            result:
              'KEN-BP1-2711 Kenya BP1 £6.20/kg 4.1 t | ASM-BPS-0934 Assam BPS £8.10/kg 2.6 t | RWA-PF1-118 Rwanda PF1 £6.90/kg 3.0 t | MAL-PD-052 Malawi PD £5.10/kg 5.2 t',
          },
          {
            say: 'Blend EB-v1: 45 % Assam BPS (ASM-BPS-0934), 35 % Kenya BP1 (KEN-BP1-2711), 20 % Malawi PD (MAL-PD-052). Cost £7.34/kg. Need 3,000 kg for 12,000 × 250 g.',
          },
          {
            say: 'Blend EB-v2: 30 % Assam BPS, 40 % Kenya BP1, 15 % Rwanda PF1 (RWA-PF1-118), 15 % Malawi PD. Cost 0.30×8.10 + 0.40×6.20 + 0.15×6.90 + 0.15×5.10 = £6.71/kg. Kenya and Rwanda bring brightness and colour in milk; less Assam cuts the rasp. 3,000 kg: Assam 900 kg, Kenya 1,200 kg, Rwanda 450 kg, Malawi 450 kg — all within lot stock.',
          },
        ],
      },
      {
        name: 'cupping_reviewer',
        description: 'Tastes blends against the client spec',
        instructions:
          'Cup the blend with and without milk. Answer "APPROVED: <blend>" if it meets spec, otherwise "REVISE: <notes>".',
        prompt: 'Blend to cup:\n{input}',
        replies: [
          {
            say: 'REVISE: EB-v1 cupped 3 min, 2.5 g/150 ml — strong, but the Assam at 45 % is rasping and dull in milk, colour brown rather than bright. Bring Assam down and lift brightness (Kenya/Rwanda PF1).',
          },
          {
            say: 'APPROVED: EB-v2 — bright coppery in milk, brisk without rasp, good body. 30 % Assam BPS / 40 % Kenya BP1 / 15 % Rwanda PF1 / 15 % Malawi PD, £6.71/kg.',
          },
        ],
      },
      {
        name: 'pack_planner',
        description: 'Plans blending and packing runs',
        instructions: 'Plan the blending and packing run for the approved blend.',
        prompt: 'Approved blend:\n{input}\n\nOrder: {request}',
        replies: [
          {
            call: 'schedule_pack_run',
            args: {
              blend: 'EB-v2',
              kg: 3000,
              cartons: 12000,
              bags_per_carton: 80,
              start: '2027-02-08',
              weeks: 4,
            },
            result:
              'Blend batches 6 × 500 kg (drum blender DB-2), pack line IMA C24: 80 × 3.125 g bags/carton, 3,000 cartons/week, run PR-27-0208.',
          },
          {
            say: 'Run PR-27-0208: EB-v2 in 6 × 500 kg batches on DB-2, packed on the IMA C24 at 80 × 3.125 g bags per 250 g carton, 3,000 cartons/week for 4 weeks from 8 Feb = 12,000 cartons. Blend cost £6.71/kg, under the £7.40 ceiling.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'xeriscape-moodboard-render-unusable-left-out',
    title:
      'The optional mood-board renderer returns an off-brief image list from another project; the design lead leaves it out and issues the planting and irrigation design',
    domain: 'xeriscape garden design',
    mast: ['FM-2.4'],
    nearMissOf:
      'low_quality_output: an optional worker’s bad output (renders from another job) that the final design does not use',
    request:
      'Client Ruiz-Hartmann, 14 Calle Almendro, Murcia: front garden 86 m², full sun, clay-loam, replace the lawn with a dry garden, water use under 150 L/m²/year, no spiny plants (two toddlers). Optional: a mood board if quick.',
    topology: {
      shape: 'supervisor',
      coordinator: 'design_lead',
      workers: ['plant_selector', 'irrigation_designer', 'moodboard_renderer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'design_lead',
        description: 'Lead garden designer',
        instructions:
          'Have plants selected and irrigation designed to the client brief; add a mood board only if it fits the brief.',
        replies: [
          {
            handoff: 'plant_selector',
            message:
              'Murcia front garden 86 m², full sun, clay-loam. Dry garden, ≤150 L/m²/yr, NO spiny or sharp plants (toddlers). Give me a palette with quantities.',
          },
          {
            handoff: 'irrigation_designer',
            message:
              'Same garden: design drip for establishment year then minimal, target under 150 L/m²/yr averaged; palette coming from plant selector (low water mediterranean).',
          },
          {
            handoff: 'moodboard_renderer',
            message:
              'Optional: a quick mood board for the Ruiz-Hartmann dry garden, Murcia, soft non-spiny mediterranean planting.',
          },
          {
            say: 'Ruiz-Hartmann, Calle Almendro 14 — dry garden design DG-27-031 (86 m²).\nPlanting (no spiny species): 18 × Salvia rosmarinus ‘Prostratus’, 24 × Santolina chamaecyparissus, 30 × Stipa tenuissima, 12 × Lavandula dentata, 9 × Phlomis purpurea, 3 × Olea europaea ‘Arbequina’ multi-stem; 40 mm gravel mulch on permeable membrane.\nIrrigation: drip 2 L/h emitters, 2 zones, establishment year 210 L/m², from year 2 about 95 L/m²/yr — 3-year average 133 L/m²/yr, under the 150 target.\nMood board: not included — the draft did not match this garden; we will send one with the planting plan if you still want it.',
          },
        ],
      },
      {
        name: 'plant_selector',
        description: 'Selects plants for the site',
        instructions: 'Choose plants for the conditions and constraints.',
        replies: [
          {
            call: 'plant_db_query',
            args: {
              climate: 'BSh',
              soil: 'clay-loam',
              sun: 'full',
              water: 'very low',
              exclude: ['spiny', 'toxic-sap'],
            },
            result:
              '22 matches; top by cover: Salvia rosmarinus Prostratus, Santolina chamaecyparissus, Stipa tenuissima, Lavandula dentata, Phlomis purpurea, Olea europaea Arbequina; excluded: Agave americana (spines), Opuntia (spines), Euphorbia characias (toxic sap).',
          },
          {
            say: 'Palette: 18 prostrate rosemary, 24 santolina, 30 Stipa tenuissima, 12 Lavandula dentata, 9 Phlomis purpurea, 3 multi-stem olives. Excluded agave, opuntia (spines) and Euphorbia characias (irritant sap).',
          },
        ],
      },
      {
        name: 'irrigation_designer',
        description: 'Designs irrigation systems',
        instructions: 'Design irrigation to the water budget.',
        replies: [
          {
            call: 'water_budget',
            args: { area_m2: 86, kc_avg: 0.3, et0_mm: 1320, establishment_year: true },
            result:
              'Y1 210 L/m², Y2+ 95 L/m²; 3-yr mean 133 L/m²/yr. Drip 2 L/h, 2 zones, controller with rain sensor.',
          },
          {
            say: 'Drip, 2 zones, 2 L/h emitters, rain sensor. Y1 establishment 210 L/m², then 95 L/m²/yr: 3-year average 133 L/m²/yr.',
          },
        ],
      },
      {
        name: 'moodboard_renderer',
        description: 'Makes quick mood boards from the image library',
        instructions: 'Assemble a mood board from the image library.',
        replies: [
          {
            call: 'image_library_search',
            args: { tags: ['dry garden', 'mediterranean', 'murcia'] },
            result:
              'IMG-4410 agave parryi border (proj DG-26-212) | IMG-4411 opuntia hedge (proj DG-26-212) | IMG-4415 golden barrel cactus bed (proj DG-26-212) | IMG-4418 gravel path with yucca rostrata (proj DG-26-212)',
          },
          {
            say: 'Mood board MB-0312: agave parryi border, opuntia hedge, golden barrel cactus bed, gravel path with Yucca rostrata — bold architectural desert look.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'yarn-order-nm-converted-to-tex-for-dyehouse',
    title:
      'The order desk takes a 2/28 Nm merino order; the spinning planner restates it in tex and kilograms for the dye house, correctly',
    domain: 'worsted yarn spinning mill',
    mast: ['FM-2.2'],
    nearMissOf:
      'misunderstood_task / stale_context: a yarn count and quantity restated in other units between agents (Nm → tex, cones → kg) with the values right',
    request:
      'Knitwear client Fjellstrikk AS, PO FS-27-0311: 2/28 Nm extrafine merino (18.5 µm), 1,600 cones × 1.0 kg, shade "Fjord 42" (Pantone 19-4026), dyed in top, Oeko-Tex 100 class I. Ex-mill 26 Mar 2027.',
    topology: {
      shape: 'pipeline',
      order: ['order_desk', 'spinning_planner', 'dyehouse_planner'],
    },
    agents: [
      {
        name: 'order_desk',
        description: 'Takes and checks customer orders',
        instructions: 'Check the order against stock and capability and write it up for production.',
        replies: [
          {
            call: 'check_tops_stock',
            args: { micron: 18.5, type: 'merino tops', min_kg: 1700 },
            result:
              'Lot TP-18.5-2241: 2,340 kg, 18.4 µm, Hauteur 72 mm, CV 44 %, mulesing-free, Oeko-Tex cert OT-88214.',
          },
          {
            say: 'FS-27-0311 Fjellstrikk: 2/28 Nm extrafine merino, 1,600 cones @ 1.0 kg = 1,600 kg yarn, shade Fjord 42 (Pantone 19-4026) top-dyed, Oeko-Tex 100 cl. I, ex-mill 26/03/2027. Tops lot TP-18.5-2241 (2,340 kg, 18.4 µm) reserved.',
          },
        ],
      },
      {
        name: 'spinning_planner',
        description: 'Plans spinning and twisting',
        instructions: 'Plan the spinning run and tell the dye house what to dye and when.',
        prompt: 'Order:\n{input}',
        replies: [
          {
            call: 'plan_spinning',
            args: { count_nm: 28, ply: 2, yarn_kg: 1600, waste_pct: 6, top_lot: 'TP-18.5-2241' },
            result:
              'Singles Nm 28 = 35.7 tex; 2-ply resultant 71.4 tex (Nm 14 resultant). Tops needed 1,600 / 0.94 = 1,702 kg. Ring frames RF-3/RF-4 11–19 Mar, TFO twisting 20–23 Mar.',
          },
          {
            say: 'Spinning FS-27-0311: singles 35.7 tex (Nm 28), two-ply to R 71.4 tex; 1,600 kg yarn needs 1,702 kg dyed tops (6 % waste). Dye house: dye 1,702 kg of lot TP-18.5-2241 tops to Fjord 42 (Pantone 19-4026), Oeko-Tex 100 class I dyes only, tops back on the gill line by 10 Mar for ring spinning 11–19 Mar.',
          },
        ],
      },
      {
        name: 'dyehouse_planner',
        description: 'Plans top dyeing',
        instructions: 'Plan the top dyeing to the spinning plan.',
        prompt: 'Spinning plan:\n{input}',
        replies: [
          {
            call: 'book_dye_lots',
            args: {
              kg: 1702,
              lot: 'TP-18.5-2241',
              shade: 'Pantone 19-4026',
              vessel_kg: 600,
              due: '2027-03-10',
            },
            result:
              'Dye lots DL-0311-A/B/C (600 + 600 + 502 kg), Lanasol CE class I, lab dip LD-7720 ΔE 0.6 approved, dyeing 1–5 Mar, dried and back-gilled by 9 Mar.',
          },
          {
            say: 'Top dyeing FS-27-0311: 1,702 kg of TP-18.5-2241 in 3 lots (600/600/502 kg), Fjord 42 matched (lab dip LD-7720, ΔE 0.6), Oeko-Tex class I reactive dyes, dyed 1–5 Mar and back on the gill line 9 Mar — a day ahead of spinning on 11 Mar. Ex-mill 26 Mar holds.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch20Scenarios = [...faults, ...lookAlikes];
