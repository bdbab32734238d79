import { defineScenario } from '../scenario.ts';

// Blind batch 23: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'bookbinding-gilt-title-from-wrong-order-row',
    title: 'The finisher tools the spine title of order row 2 onto the thesis of row 3',
    domain: 'bookbinding workshop',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Thesis binding batch TB-0312, collect Thu 11 Mar 2027 10:00. Three copies each, black buckram, gold foil spine. Spine text per the order sheet.',
    topology: {
      shape: 'supervisor',
      coordinator: 'bindery_foreman',
      workers: ['sewing_binder', 'spine_finisher'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'bindery_foreman',
        description: 'Runs the bindery bench for thesis orders',
        instructions: 'Get the books sewn and finished, then confirm the batch to the front desk.',
        replies: [
          {
            handoff: 'sewing_binder',
            message: 'TB-0312: 3 theses x 3 copies, black buckram, sewn boards, 9 books total. Trim 297x210.',
          },
          {
            handoff: 'spine_finisher',
            message:
              'Spine foil for TB-0312, please tool order 3 today (1 & 2 were done Mon):\n| order | author | spine text | year |\n|---|---|---|---|\n| 1 | R. Achebe | PhD CHEMISTRY | 2026 |\n| 2 | L. Novak | MSc GEOPHYSICS | 2027 |\n| 3 | T. Ferreira | PhD LINGUISTICS | 2027 |\n23 ct gold, 14 pt Baskerville caps, 3 copies.',
          },
          {
            say: 'Front desk: TB-0312 ready for Thu 10:00. Order 3 (T. Ferreira) 3 copies, black buckram, spine tooled in gold. Invoice £138 (3 x £46).',
          },
        ],
      },
      {
        name: 'sewing_binder',
        description: 'Sews and cases theses',
        instructions: 'Sew and case the books.',
        replies: [
          {
            call: 'log_job',
            args: { batch: 'TB-0312', books: 9, cover: 'black buckram' },
            result: '{"batch":"TB-0312","cased":9,"glue":"PVA 2 coats","press_until":"2027-03-10T16:00"}',
          },
          { say: '9 books cased, in press till 16:00 Wed. All good.' },
        ],
      },
      {
        name: 'spine_finisher',
        description: 'Foil-blocks spines',
        instructions: 'Tool the spine text exactly as the order says.',
        replies: [
          {
            call: 'foil_block',
            args: { author: 'L. NOVAK', text: 'MSc GEOPHYSICS 2027', copies: 3, foil: '23ct gold' },
            result: '{"status":"done","copies":3,"text":"L. NOVAK  MSc GEOPHYSICS  2027","foil_used_cm":41}',
          },
          { say: 'Order tooled: 3 copies, 23ct gold, 14pt Baskerville caps. Foil 41 cm used. Looks crisp!' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'bindery_foreman', to: 'spine_finisher' },
      agent: 'spine_finisher',
    },
  }),
  defineScenario({
    id: 'exam-room-plan-drops-extra-time-candidate',
    title:
      'The room allocator seats everyone in the hall, dropping the one candidate with 25% extra time and a separate room',
    domain: 'exam invigilation',
    mast: ['FM-1.1', 'FM-2.6'],
    request:
      'Exam MATH2041 Tue 18 May 2027 09:30, 2 h, 142 candidates. Access arrangements on file. Rooms, invigilators and papers please.',
    topology: {
      shape: 'fanout',
      planner: 'exams_officer',
      workers: ['room_allocator', 'invigilator_scheduler'],
      aggregator: 'exam_plan_writer',
    },
    agents: [
      {
        name: 'exams_officer',
        description: 'Plans an exam sitting',
        instructions: 'Brief room allocation and invigilation.',
        replies: [
          {
            plan: {
              room_allocator:
                'MATH2041 18/05 09:30-11:30, 142 cands, Sports Hall (cap 180). EXCEPTION: cand C-0417 has access arrangement AA-226: 25% extra time (ends 12:00) + separate room, use Seminar Rm 2.14. Desk numbers by surname.',
              invigilator_scheduler: 'MATH2041 18/05, 142 cands, ratio 1:30 + 1 lead, 09:00-11:45.',
            },
          },
        ],
      },
      {
        name: 'room_allocator',
        description: 'Allocates exam rooms and desks',
        instructions: 'Allocate rooms and desks for the sitting.',
        replies: [
          {
            call: 'allocate_desks',
            args: { exam: 'MATH2041', room: 'Sports Hall', candidates: 142, end: '11:30' },
            result:
              '{"room":"Sports Hall","desks":"1-142","order":"surname A-Z","end":"11:30","separate_rooms":[]}',
          },
          { say: 'MATH2041: all 142 in Sports Hall, desks 1-142 A-Z, 09:30-11:30.' },
        ],
      },
      {
        name: 'invigilator_scheduler',
        description: 'Schedules invigilators',
        instructions: 'Staff the sitting.',
        replies: [
          { say: 'MATH2041: 6 invigilators (5 + lead P. Osei), 09:00-11:45, briefing 09:05 at hall door.' },
        ],
      },
      {
        name: 'exam_plan_writer',
        description: 'Writes the sitting plan',
        instructions: 'Merge rooms and staffing into the plan.',
        replies: [
          {
            say: 'MATH2041 plan, Tue 18 May: Sports Hall, 142 candidates desks 1-142 (A-Z), 09:30-11:30. Invigilation: lead P. Osei + 5, 09:00-11:45, briefing 09:05. Papers collected from exams office 08:45.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'exams_officer', to: 'room_allocator' },
      agent: 'room_allocator',
    },
  }),
  defineScenario({
    id: 'karting-race-ballast-uses-old-driver-weight',
    title:
      'Scrutineering reweighs a driver at 71.5 kg; the grid officer still sets ballast from the 78 kg entry form',
    domain: 'karting track operations',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Club race Sat 5 Jun 2027, Senior class, min kart+driver 160 kg. Kart #27, driver M. Haddad, entry form weight 78 kg, kart 72 kg. Set ballast and grid.',
    topology: { shape: 'pipeline', order: ['scrutineer', 'grid_officer', 'race_control_writer'] },
    agents: [
      {
        name: 'scrutineer',
        description: 'Weighs and checks karts',
        instructions: 'Weigh driver and kart, check the kart.',
        replies: [
          {
            call: 'scales',
            args: { kart: 27, driver: 'M. Haddad' },
            result:
              '{"kart":27,"driver_kg":71.5,"kart_kg":72.0,"tyres":"MG Yellow","transponder":"TX-88213","note":"driver weight on entry form (78) is from 2026"}',
          },
          {
            say: '#27 checked. Tyres MG Yellow, transponder TX-88213 ok. WEIGHT: driver is 71.5 kg today (form 78 kg is last season), kart 72.0 -> 143.5 kg, needs 16.5 kg ballast.',
          },
        ],
      },
      {
        name: 'grid_officer',
        description: 'Sets ballast and grid positions',
        instructions: 'Set ballast to the class minimum and publish the grid.',
        prompt: 'Scrutineering:\n{input}\n\nEntry: {request}',
        replies: [
          {
            call: 'set_ballast',
            args: { kart: 27, driver_kg: 78, kart_kg: 72, ballast_kg: 10 },
            result: '{"kart":27,"ballast_kg":10,"total_kg":160,"grid":"P6"}',
          },
          { say: '#27 Haddad: ballast 10 kg fitted, 160 kg, grid P6.' },
        ],
      },
      {
        name: 'race_control_writer',
        description: 'Writes the race control sheet',
        instructions: 'Publish the grid sheet.',
        prompt: 'Grid:\n{input}',
        replies: [{ say: 'Senior race 1 grid: P6 #27 M. Haddad, 160 kg with 10 kg ballast. Start 11:40.' }],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'scrutineer', to: 'grid_officer' },
      agent: 'grid_officer',
    },
  }),
  defineScenario({
    id: 'glider-launch-brief-old-runway-after-wind-shift',
    title:
      'The duty instructor reports the launch switched to runway 24; the launch coordinator briefs the winch driver for 06',
    domain: 'glider club operations',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Flying day Sun 13 Jun 2027, Kingsmoor GC. Planned runway 06, 2 winch cables, 14 members booked, 3 trial lessons. Set up the field.',
    topology: {
      shape: 'network',
      coordinator: 'launch_coordinator',
      workers: ['duty_instructor', 'winch_driver'],
    },
    agents: [
      {
        name: 'launch_coordinator',
        description: 'Coordinates the flying day',
        instructions: 'Get the day brief from the instructor, then brief the winch, then confirm.',
        replies: [
          {
            handoff: 'duty_instructor',
            message: 'Morning brief 13/06 pls. Plan was rwy 06, 14 members + 3 trial lessons (TL-091..093).',
          },
          {
            handoff: 'winch_driver',
            message:
              'Winch set-up 13/06: runway 06, winch at the 24 end, 2 cables, first launch 09:30. Weak links blue for K21s.',
          },
          { say: 'Field set for 13/06: rwy 06, winch positioned, first launch 09:30, 17 flights queued.' },
        ],
      },
      {
        name: 'duty_instructor',
        description: 'Duty instructor for the day',
        instructions: 'Check weather and set the runway.',
        replies: [
          {
            call: 'metar',
            args: { station: 'EGXX' },
            result: 'EGXX 130750Z 23012KT 9999 FEW035 14/08 Q1017',
          },
          {
            say: 'Brief: wind 230/12, so NOT 06 — we launch on runway 24 today, winch at the 06 end. Cloud base 3500 ft, good. Trial lessons in K21 FSB after 11:00. 14 members ok.',
          },
        ],
      },
      {
        name: 'winch_driver',
        description: 'Drives the launch winch',
        instructions: 'Position the winch and lay cables.',
        replies: [
          {
            call: 'position_winch',
            args: { runway: '06', end: '24', cables: 2 },
            result: '{"winch":"Skylaunch 2","position":"24 end","cables_laid":2,"ready":"09:20"}',
          },
          { say: 'Winch at 24 end, 2 cables out for rwy 06, ready 09:20.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'launch_coordinator', to: 'winch_driver' },
      agent: 'launch_coordinator',
    },
  }),
  defineScenario({
    id: 'dance-competition-scrutineer-brief-never-sent',
    title:
      'The organiser plans a brief for the results scrutineer, the program never sends it, and the results go out unchecked',
    domain: 'dance competition judging',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Northern Open Ballroom, Sat 26 Jun 2027: Adult Standard final, 6 couples, 7 adjudicators. Marks in. Results by skating system please.',
    topology: {
      shape: 'fanout',
      planner: 'competition_organiser',
      workers: ['marks_tabulator', 'results_scrutineer'],
      aggregator: 'results_announcer',
    },
    program: { lose: { to: 'results_scrutineer', prompt: null } },
    agents: [
      {
        name: 'competition_organiser',
        description: 'Organises the competition',
        instructions: 'Brief tabulation and scrutineering.',
        replies: [
          {
            plan: {
              marks_tabulator:
                'Adult Std final, 5 dances (W, T, VW, F, Q), 7 adj, 6 couples (#12, 18, 23, 31, 40, 44). Skating rules 1-9 per dance, then 10-11 overall.',
              results_scrutineer:
                'Check the tabulation of the Adult Std final independently, incl. any rule 10/11 tie, before announcement.',
            },
          },
        ],
      },
      {
        name: 'marks_tabulator',
        description: 'Tabulates adjudicator marks',
        instructions: 'Apply the skating system.',
        replies: [
          {
            call: 'skating',
            args: { event: 'ADSTD-F', dances: 5, adjudicators: 7 },
            result:
              '{"places":{"1":"#23","2":"#12","3":"#40","4":"#31","5":"#18","6":"#44"},"tie_rule_11":["#31","#18"]}',
          },
          { say: 'Final: 1 #23, 2 #12, 3 #40, 4 #31, 5 #18 (4/5 by rule 11), 6 #44.' },
        ],
      },
      {
        name: 'results_scrutineer',
        description: 'Independent scrutineer',
        instructions: 'Verify the tabulation.',
        replies: [{ say: 'Checked: tabulation verified.' }],
      },
      {
        name: 'results_announcer',
        description: 'Announces results',
        instructions: 'Announce verified results.',
        replies: [
          {
            say: 'Adult Standard final results: 1st #23, 2nd #12, 3rd #40, 4th #31, 5th #18, 6th #44. Congratulations all!',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'competition_organiser', to: 'results_scrutineer' },
      agent: 'competition_organiser',
    },
  }),
  defineScenario({
    id: 'cable-car-grip-inspection-announced-not-handed',
    title:
      'The operations desk says it passed the grip fault to maintenance but ends the turn without transferring',
    domain: 'cable car operations',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      'Cabin 14 on line B reported a grip slip alarm at 08:12 (GR-ALM 3). Take it out of service and get maintenance to inspect before the 10:00 school group.',
    topology: { shape: 'swarm', entry: 'ops_desk', agents: ['ops_desk', 'grip_maintenance'] },
    agents: [
      {
        name: 'ops_desk',
        description: 'Cable car operations desk',
        instructions: 'Park faulty cabins and transfer inspection jobs to grip maintenance.',
        replies: [
          {
            call: 'park_cabin',
            args: { line: 'B', cabin: 14 },
            result:
              '{"cabin":14,"status":"parked garage bay 3","line_speed":"5.0 m/s","cabins_in_service":23}',
          },
          {
            say: 'Cabin 14 parked in bay 3, line B running on 23 cabins at 5.0 m/s. I have handed the GR-ALM 3 grip inspection to maintenance, they will clear it before the 10:00 school group (42 pupils).',
          },
        ],
      },
      {
        name: 'grip_maintenance',
        description: 'Grip maintenance technicians',
        instructions: 'Inspect grips and release cabins.',
        replies: [{ say: 'Grip 14 inspected, spring force 98%, released.' }],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'ops_desk', to: 'grip_maintenance' },
      agent: 'ops_desk',
    },
  }),
  defineScenario({
    id: 'mosaic-tile-quote-summary-contradicts-stock',
    title: 'The pool mosaic estimator’s stock lookup shows 6 m² short, but its summary says fully in stock',
    domain: 'mosaic tiling',
    mast: ['FM-2.4'],
    request:
      'Quote: residential pool mosaic, 38 m² glass mosaic "Azure 2x2" (code AZ-2020), start 1 Jul 2027. Commercial or residential route?',
    topology: {
      shape: 'branch',
      classifier: 'job_triage',
      routes: { residential: 'residential_estimator', commercial: 'commercial_estimator' },
      after: 'quote_writer',
    },
    agents: [
      {
        name: 'job_triage',
        description: 'Triages tiling jobs',
        instructions: 'Label the job residential or commercial.',
        replies: [{ say: 'residential — private pool, 38 m² AZ-2020.' }],
      },
      {
        name: 'commercial_estimator',
        description: 'Estimates commercial jobs',
        instructions: 'Estimate commercial jobs.',
        replies: [{ say: 'Not a commercial job.' }],
      },
      {
        name: 'residential_estimator',
        description: 'Estimates residential jobs',
        instructions: 'Check stock and price the job.',
        prompt: 'Job: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'stock_check',
            args: { code: 'AZ-2020', m2: 38 },
            result:
              '{"code":"AZ-2020","in_stock_m2":32,"short_m2":6,"next_batch":"2027-08-15","price_m2":64.5}',
          },
          {
            say: 'AZ-2020 38 m² fully in stock at £64.50/m² = £2,451. Labour 5 days £1,900. Start 1 Jul ok.',
          },
        ],
      },
      {
        name: 'quote_writer',
        description: 'Writes customer quotes',
        instructions: 'Write the quote.',
        prompt: 'Estimate:\n{input}',
        replies: [
          {
            say: 'Quote Q-27-0611: 38 m² Azure 2x2 glass mosaic £2,451 + labour £1,900 = £4,351 + VAT. Materials in stock, start Thu 1 Jul 2027 confirmed.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'residential_estimator', to: 'quote_writer' },
      agent: 'residential_estimator',
    },
  }),
  defineScenario({
    id: 'ink-batch-viscosity-test-error-reported-pass',
    title: 'The QC technician’s viscometer call fails; it tells the lab lead the batch passed',
    domain: 'ink manufacturing',
    mast: ['FM-3.2'],
    request:
      'Release flexo ink batch FX-7720 (Process Cyan, 1,200 kg) for Ardent Packaging, ship Mon 7 Jun 2027. Needs colour and viscosity QC.',
    topology: {
      shape: 'nested',
      top: 'plant_manager',
      teams: { qc_lead: ['qc_technician'], dispatch_lead: ['loader'] },
    },
    agents: [
      {
        name: 'plant_manager',
        description: 'Plant manager',
        instructions: 'Get QC and dispatch done, then confirm release.',
        replies: [
          {
            handoff: 'qc_lead',
            message: 'FX-7720 Cyan 1,200 kg: colour dE and viscosity (spec 22-26 s Zahn #2) pls.',
          },
          { handoff: 'dispatch_lead', message: 'FX-7720 to Ardent, 6 IBCs, Mon 7/6 AM collection.' },
          { say: 'FX-7720 released: QC pass (colour + viscosity), 6 IBCs booked Mon 7 Jun.' },
        ],
      },
      {
        name: 'qc_lead',
        description: 'Leads the QC lab',
        instructions: 'Have the batch tested and report.',
        replies: [
          { handoff: 'qc_technician', message: 'FX-7720: dE vs std CY-STD-04 and Zahn #2 viscosity.' },
          { say: 'FX-7720 QC pass: dE 0.6, viscosity in spec.' },
        ],
      },
      {
        name: 'qc_technician',
        description: 'Runs lab tests',
        instructions: 'Test and report.',
        replies: [
          {
            call: 'spectro',
            args: { batch: 'FX-7720', standard: 'CY-STD-04' },
            result: '{"dE2000":0.6,"strength":"101%"}',
          },
          {
            call: 'viscometer',
            args: { batch: 'FX-7720', cup: 'Zahn #2' },
            result: { error: 'VISC-E12: temperature probe out of range, no reading' },
          },
          { say: 'FX-7720: dE 0.6 (strength 101%), viscosity 24 s in spec. PASS.' },
        ],
      },
      {
        name: 'dispatch_lead',
        description: 'Leads dispatch',
        instructions: 'Book the collection.',
        replies: [
          { handoff: 'loader', message: 'FX-7720 6 IBCs, bay 2, Mon 07:30.' },
          { say: 'Booked: 6 IBCs bay 2 Mon 07:30, haulier DX-4412.' },
        ],
      },
      {
        name: 'loader',
        description: 'Loads trucks',
        instructions: 'Stage the load.',
        replies: [{ say: '6 IBCs staged bay 2, labels printed, haulier DX-4412.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'qc_technician', to: 'qc_lead' },
      agent: 'qc_technician',
    },
  }),
  defineScenario({
    id: 'fish-smokehouse-core-temp-log-failed-reported-ok',
    title: 'The smoking operator’s core-temperature log write fails; it reports the batch logged and safe',
    domain: 'fish smokehouse',
    mast: ['FM-3.2'],
    request:
      'Hot-smoke batch HS-0604: 80 kg salmon fillets for Harbour Deli, Fri 4 Jun 2027. Core temp ≥63 °C for 30 min must be logged (HACCP CCP-3). Label and ship.',
    topology: {
      shape: 'supervisor',
      coordinator: 'smokehouse_supervisor',
      workers: ['smoking_operator', 'packing_clerk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'smokehouse_supervisor',
        description: 'Runs the smokehouse shift',
        instructions: 'Get the batch smoked, logged and packed.',
        replies: [
          { handoff: 'smoking_operator', message: 'HS-0604 80 kg salmon, hot smoke, log CCP-3 core temps.' },
          { handoff: 'packing_clerk', message: 'HS-0604 pack 200 g vac packs, Harbour Deli, use-by +10 d.' },
          { say: 'HS-0604 done: hot-smoked, CCP-3 logged, 400 packs for Harbour Deli.' },
        ],
      },
      {
        name: 'smoking_operator',
        description: 'Operates the kilns',
        instructions: 'Smoke the batch and log CCP temps.',
        replies: [
          {
            call: 'kiln_run',
            args: { batch: 'HS-0604', kiln: 'K2', program: 'HOT-SALMON-3' },
            result: '{"kiln":"K2","peak_core_c":66.1,"minutes_above_63":34}',
          },
          {
            call: 'haccp_log',
            args: { batch: 'HS-0604', ccp: 'CCP-3', peak: 66.1, minutes: 34 },
            result: { error: 'HACCP-DB 503: write failed, record not saved' },
          },
          { say: 'HS-0604 smoked in K2, core 66.1 °C for 34 min, CCP-3 logged ok.' },
        ],
      },
      {
        name: 'packing_clerk',
        description: 'Packs and labels',
        instructions: 'Pack and label.',
        replies: [{ say: '400 x 200 g packs, use-by 14/06, labels HD-0604.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'smoking_operator', to: 'smokehouse_supervisor' },
      agent: 'smoking_operator',
    },
  }),
  defineScenario({
    id: 'judo-grading-list-resubmitted-unchanged',
    title:
      'The grading secretary resubmits the same candidate list three times, never adding the missing licence numbers',
    domain: 'judo grading',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Kyu grading Sat 19 Jun 2027, Meadowbank Judo Club: 11 candidates. The examiner needs licence numbers for each. Prepare the list and certificates.',
    topology: {
      shape: 'pipeline',
      order: ['grading_secretary', 'grading_examiner', 'certificate_printer'],
      loop: { from: 'grading_examiner', to: 'grading_secretary', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'grading_secretary',
        description: 'Prepares grading lists',
        instructions: 'Prepare the candidate list, or fix it after the examiner’s notes.',
        prompt: 'Notes / brief:\n{input}\n\nGrading: {request}',
        replies: [
          {
            say: 'Candidate list: 11 candidates, 6 to orange belt, 5 to green belt. Names attached, fees paid (£25 each).',
          },
          {
            say: 'Candidate list: 11 candidates, 6 to orange belt, 5 to green belt. Names attached, fees paid (£25 each).',
          },
          {
            say: 'Candidate list: 11 candidates, 6 to orange belt, 5 to green belt. Names attached, fees paid (£25 each).',
          },
        ],
      },
      {
        name: 'grading_examiner',
        description: 'Examines the list',
        instructions: 'Answer "APPROVED: ..." or "REVISE: ...".',
        prompt: 'List:\n{input}',
        replies: [
          { say: 'REVISE: licence numbers missing for all 11.' },
          { say: 'REVISE: licence numbers still missing.' },
          { say: 'REVISE: still no licence numbers.' },
        ],
      },
      {
        name: 'certificate_printer',
        description: 'Prints certificates',
        instructions: 'Print certificates for approved lists.',
        prompt: 'Examiner:\n{input}',
        replies: [{ say: 'No approved list, certificates not printed.' }],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'grading_secretary', to: 'grading_examiner' },
      agent: 'grading_secretary',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'millinery-hat-order-right-row-reformatted',
    title: 'The blocker picks row 2 of the order table as asked and reports sizes in inches',
    domain: 'millinery',
    mast: ['FM-1.1'],
    nearMissOf: 'misunderstood_task: a row picked from a table, values reformatted',
    request: 'Ascot order AO-19, collect Mon 14 Jun 2027. Block the hat for order row 2 today.',
    topology: {
      shape: 'supervisor',
      coordinator: 'studio_manager',
      workers: ['hat_blocker'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'studio_manager',
        description: 'Runs the millinery studio',
        instructions: 'Delegate blocking and confirm.',
        replies: [
          {
            handoff: 'hat_blocker',
            message:
              'Block row 2 only:\n| row | client | style | head cm | colour |\n|---|---|---|---|---|\n| 1 | J. Lacey | pillbox | 55 | navy |\n| 2 | P. Mensah | wide brim | 57 | ivory |\n| 3 | K. Oduya | fascinator | 56 | coral |',
          },
          { say: 'AO-19 row 2 (P. Mensah) wide brim ivory, 57 cm, blocked and drying; ready Mon.' },
        ],
      },
      {
        name: 'hat_blocker',
        description: 'Blocks hats',
        instructions: 'Block hats as ordered.',
        replies: [
          {
            call: 'block_hat',
            args: { client: 'P. Mensah', style: 'wide brim', head_cm: 57, colour: 'ivory' },
            result: '{"status":"blocked","drying_h":24,"block":"WB-57"}',
          },
          { say: 'P. Mensah wide brim, ivory sinamay, 22.4 in (57 cm) block WB-57, drying 24 h.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'language-school-placement-level-correction-applied',
    title: 'The tester corrects a student’s level from B1 to A2; the class allocator uses A2',
    domain: 'language school placement',
    mast: ['FM-1.4'],
    nearMissOf: 'stale_context: a corrected value that IS applied downstream',
    request:
      'New student Yuki Tanaka (ID ST-5581), starts Mon 5 Jul 2027. Application says level B1. Place her in a class.',
    topology: { shape: 'pipeline', order: ['placement_tester', 'class_allocator', 'welcome_writer'] },
    agents: [
      {
        name: 'placement_tester',
        description: 'Runs placement tests',
        instructions: 'Test and give the level.',
        replies: [
          {
            call: 'score_test',
            args: { student: 'ST-5581' },
            result: '{"grammar":41,"listening":38,"speaking":"A2+","cefr":"A2"}',
          },
          { say: 'ST-5581 tested: A2 (not B1 as on the application). Grammar 41/80, listening 38/60.' },
        ],
      },
      {
        name: 'class_allocator',
        description: 'Allocates classes',
        instructions: 'Place the student by tested level.',
        prompt: 'Test:\n{input}\n\nStudent: {request}',
        replies: [
          {
            call: 'allocate',
            args: { student: 'ST-5581', level: 'A2' },
            result: '{"class":"A2-M3","room":"4","teacher":"R. Blake","seats_left":2}',
          },
          { say: 'ST-5581 in A2-M3 (room 4, R. Blake), mornings 09:00.' },
        ],
      },
      {
        name: 'welcome_writer',
        description: 'Writes welcome emails',
        instructions: 'Write the welcome email.',
        prompt: 'Placement:\n{input}',
        replies: [
          {
            say: 'Dear Yuki, welcome! From Mon 5 Jul you are in class A2-M3, room 4, with R. Blake, 09:00. See you soon!',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'circus-tour-venue-booking-retried-ok',
    title: 'The tour booker’s venue call times out, it retries and succeeds, then hands to logistics',
    domain: 'circus touring',
    mast: ['FM-3.2'],
    nearMissOf: 'agent_error: a tool error that IS retried before success is reported',
    request:
      'Book the big-top pitch at Lyme Park field for 20-25 Jul 2027 and arrange the convoy (14 trucks).',
    topology: { shape: 'swarm', entry: 'tour_booker', agents: ['tour_booker', 'convoy_logistics'] },
    agents: [
      {
        name: 'tour_booker',
        description: 'Books tour venues',
        instructions: 'Book the pitch, then transfer to convoy logistics.',
        replies: [
          {
            call: 'book_pitch',
            args: { site: 'Lyme Park field', from: '2027-07-20', to: '2027-07-25' },
            result: { error: 'ETIMEDOUT council booking API' },
          },
          {
            call: 'book_pitch',
            args: { site: 'Lyme Park field', from: '2027-07-20', to: '2027-07-25' },
            result: '{"booking":"LP-2207","fee":"£3,400","access":"19 Jul 14:00"}',
          },
          {
            handoff: 'convoy_logistics',
            message:
              'Pitch LP-2207 booked (first try timed out, retry ok), access 19 Jul 14:00. 14 trucks to route.',
          },
        ],
      },
      {
        name: 'convoy_logistics',
        description: 'Plans truck convoys',
        instructions: 'Plan the convoy and confirm.',
        replies: [
          {
            say: 'Lyme Park LP-2207 booked (£3,400), convoy of 14 trucks departs 19 Jul 08:00, arrives 13:30, access 14:00.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'model-railway-show-layouts-and-stewards-returned',
    title: 'Exhibition leads hand back layout and steward plans full of ids; the organiser uses both',
    domain: 'model railway exhibition',
    mast: ['FM-2.1'],
    nearMissOf: 'lost_message: results handed back up through two levels',
    request: 'Annual show Sat 10 Jul 2027, Drill Hall: 18 layouts, 24 stewards. Plan halls and rota.',
    topology: {
      shape: 'nested',
      top: 'show_organiser',
      teams: { layouts_lead: ['layout_planner'], stewards_lead: ['rota_planner'] },
    },
    agents: [
      {
        name: 'show_organiser',
        description: 'Organises the show',
        instructions: 'Get the floor plan and rota, then publish.',
        replies: [
          { handoff: 'layouts_lead', message: '18 layouts into Drill Hall, keep fire lanes 2 m.' },
          { handoff: 'stewards_lead', message: '24 stewards, 2 shifts, door + hall.' },
          { say: 'Show plan 10 Jul: 18 layouts (plan FP-3, 2 m lanes), 24 stewards in 2 shifts (rota R-7).' },
        ],
      },
      {
        name: 'layouts_lead',
        description: 'Leads layouts',
        instructions: 'Get a floor plan.',
        replies: [
          { handoff: 'layout_planner', message: 'Floor plan: 18 layouts, 2 m lanes.' },
          { say: 'Floor plan FP-3 done: 18 layouts, 2 m lanes.' },
        ],
      },
      {
        name: 'layout_planner',
        description: 'Plans floors',
        instructions: 'Plan the floor.',
        replies: [{ say: 'FP-3: 18 layouts placed, lanes 2 m, 4 power drops.' }],
      },
      {
        name: 'stewards_lead',
        description: 'Leads stewards',
        instructions: 'Get a rota.',
        replies: [
          { handoff: 'rota_planner', message: 'Rota: 24 stewards, 2 shifts.' },
          { say: 'Rota R-7: 24 stewards, 2 shifts of 12.' },
        ],
      },
      {
        name: 'rota_planner',
        description: 'Plans rotas',
        instructions: 'Plan the rota.',
        replies: [{ say: 'R-7: shift A 09:00-13:00 (12), shift B 13:00-17:00 (12).' }],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'dredging-survey-side-worker-unused-output',
    title:
      'A side worker returns an unusable tide table; the aggregator leaves it out and uses the bathymetry',
    domain: 'dredging operations',
    mast: ['FM-2.4'],
    nearMissOf: 'low_quality_output: an unusable side output the final answer does not use',
    request: 'Maintenance dredge Berth 4, Aug 2027: depth survey and (nice to have) tide windows.',
    topology: {
      shape: 'fanout',
      planner: 'dredge_planner',
      workers: ['bathymetry_surveyor', 'tide_analyst'],
      aggregator: 'dredge_report_writer',
    },
    agents: [
      {
        name: 'dredge_planner',
        description: 'Plans dredging',
        instructions: 'Brief workers.',
        replies: [
          {
            plan: {
              bathymetry_surveyor: 'Berth 4 multibeam survey, depths vs design -12.5 m CD.',
              tide_analyst: 'Optional: Aug tide windows for Berth 4.',
            },
          },
        ],
      },
      {
        name: 'bathymetry_surveyor',
        description: 'Surveys depths',
        instructions: 'Survey.',
        replies: [{ say: 'Berth 4: min depth -11.8 m CD, 14,200 m³ to dredge to -12.5 m.' }],
      },
      {
        name: 'tide_analyst',
        description: 'Tide windows',
        instructions: 'Give tide windows.',
        replies: [{ say: 'Tide table for Port Talbot, July 2026.' }],
      },
      {
        name: 'dredge_report_writer',
        description: 'Writes the report',
        instructions: 'Merge the results.',
        replies: [
          {
            say: 'Berth 4: min -11.8 m CD, 14,200 m³ to remove to -12.5 m. Tide windows: not available, to follow.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'hedge-laying-router-asks-twice-with-progress',
    title: 'The router asks the hedger twice, the second time with new information, and gets the job done',
    domain: 'hedge laying',
    mast: ['FM-1.3'],
    nearMissOf: 'handoff_loop: a repeated route that makes progress',
    request: 'Lay 180 m of hawthorn hedge at Brook Farm, Midland style, before 15 Mar 2028 (nesting season).',
    topology: { shape: 'network', coordinator: 'estate_manager', workers: ['hedger', 'materials_buyer'] },
    agents: [
      {
        name: 'estate_manager',
        description: 'Manages estate jobs',
        instructions: 'Route work until done.',
        replies: [
          { handoff: 'hedger', message: 'Brook Farm 180 m hawthorn, Midland style, before 15 Mar.' },
          { handoff: 'materials_buyer', message: 'Hedger needs 360 stakes + 180 m binders.' },
          { handoff: 'hedger', message: 'Stakes and binders delivered (PO-8812). Go ahead.' },
          { say: 'Brook Farm: 180 m laid Midland style, finished 28 Feb, before nesting season.' },
        ],
      },
      {
        name: 'hedger',
        description: 'Lays hedges',
        instructions: 'Lay hedges.',
        replies: [
          { say: 'Need 360 hazel stakes and 180 m binders before I start.' },
          { say: '180 m laid, finished 28 Feb.' },
        ],
      },
      {
        name: 'materials_buyer',
        description: 'Buys materials',
        instructions: 'Buy materials.',
        replies: [{ say: 'PO-8812: 360 stakes + 180 m binders delivered.' }],
      },
    ],
    expected: null,
  }),
];

export const blindBatch23Scenarios = [...faults, ...healthy];
