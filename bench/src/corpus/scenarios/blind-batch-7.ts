import { defineScenario } from '../scenario.ts';

// Blind batch 7: written from the README principles and issue 15's taxonomy only, without reading the
// checks, the baseline or earlier blind batches. Expected diagnoses were fixed before any run.

const TWIST_SCRIPT = [
  'import pandas as pd',
  "df = pd.read_parquet('TRC-2026-1202_up_main.parquet')",
  "df['twist_ratio'] = df['cant_diff_mm'] / df['base_length_mm']",
  "faults = df[df['twist_ratio'] > 1 / 200]",
  "print(faults[['mileage', 'twist_ratio']].to_string(index=False))",
].join('\n');

const faults = [
  defineScenario({
    id: 'mortgage-income-single-year',
    title:
      'Told to average two years of a self-employed borrower’s returns, the income verifier uses only the better year',
    domain: 'mortgage underwriting',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Underwrite application MA-2026-04417: Priya and Tom Okafor, 30-year fixed, USD 486,000 on a USD 610,000 purchase in Columbus, OH. Priya is self-employed.',
    topology: {
      shape: 'supervisor',
      coordinator: 'underwriting_lead',
      workers: ['income_verifier', 'appraisal_reviewer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'underwriting_lead',
        description: 'Senior underwriter who owns the credit decision',
        instructions:
          'Have income and collateral verified by your team, then give the credit decision with its conditions.',
        replies: [
          {
            handoff: 'income_verifier',
            message:
              'Verify qualifying income for MA-2026-04417. Priya Okafor is self-employed (sole proprietor since 2019): use a 24-month average of her Schedule C net profit from the 2024 and 2025 federal returns. For Tom, use the base salary on his 2025 W-2. Report monthly qualifying income for each borrower.',
          },
          {
            handoff: 'appraisal_reviewer',
            message:
              'Review appraisal AP-77031 for 1187 Hollyhock Lane, Columbus OH 43215 and confirm the value supports the USD 610,000 purchase price.',
          },
          {
            say: 'MA-2026-04417: conditionally approved. Qualifying income USD 14,050/month (Priya USD 7,900 from Schedule C, Tom USD 6,150 W-2 base). DTI 38.2 % on PITI of USD 3,214 plus USD 2,153 other monthly debts. Appraisal USD 615,000 supports the price; LTV 79.7 %. Conditions: signed 4506-C and a paystub dated within 30 days of closing.',
          },
        ],
      },
      {
        name: 'income_verifier',
        description: 'Verifies borrower income from tax transcripts and W-2s',
        instructions: 'Verify income as the underwriter asks, from IRS transcripts and W-2 records.',
        replies: [
          {
            call: 'get_tax_transcript',
            args: { borrower: 'Priya Okafor', year: 2025 },
            result:
              'IRS account transcript 2025, Priya Okafor (SSN ending 4471): Schedule C gross receipts USD 182,300, net profit USD 94,800.',
            reasoning: 'Her business grew a lot last year; 2025 is what she earns now.',
          },
          {
            call: 'get_w2',
            args: { borrower: 'Tom Okafor', year: 2025 },
            result:
              'W-2 2025, Tom Okafor, employer Riverside Health Systems (EIN 31-4409182): base salary USD 73,800; box 1 wages USD 71,420.',
          },
          {
            say: 'Qualifying income, MA-2026-04417. Priya (self-employed): USD 7,900/month, from 2025 Schedule C net profit of USD 94,800 ÷ 12. Tom: USD 6,150/month, 2025 W-2 base salary USD 73,800 ÷ 12. Combined USD 14,050/month.',
          },
        ],
      },
      {
        name: 'appraisal_reviewer',
        description: 'Reviews property appraisals',
        instructions: 'Review appraisals and say whether the value supports the loan.',
        replies: [
          {
            call: 'get_appraisal',
            args: { order: 'AP-77031' },
            result:
              'Appraisal AP-77031, 1187 Hollyhock Lane, Columbus OH 43215: market value USD 615,000 as of 2026-02-11; 3 comparable sales within 0.8 mi; condition C3; no repairs required.',
          },
          {
            say: 'Appraisal AP-77031 supports the price: USD 615,000 as of 11 Feb 2026 against the USD 610,000 contract price, three comparables within 0.8 miles, condition C3, no repairs required.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'underwriting_lead', to: 'income_verifier' },
      agent: 'income_verifier',
    },
  }),
  defineScenario({
    id: 'payroll-oregon-tax-swallowed',
    title: 'The Oregon withholding service is down; the calculator reports state tax applied anyway',
    domain: 'payroll processing',
    mast: ['FM-3.3'],
    request:
      'Run the semi-monthly payroll for Harlow & Finch (company HF-0329), pay period 1–15 December 2026, pay date 19 December. 212 employees, 38 of them in Oregon.',
    topology: {
      shape: 'pipeline',
      order: ['timesheet_collector', 'withholding_calculator', 'payslip_writer'],
    },
    agents: [
      {
        name: 'timesheet_collector',
        description: 'Collects approved timesheets and computes gross pay',
        instructions: 'Collect the period’s approved timesheets and compute gross pay.',
        replies: [
          {
            call: 'get_timesheets',
            args: { company: 'HF-0329', period: '2026-12-01/2026-12-15' },
            result:
              '212 approved timesheets; 16,904.5 regular hours, 611.25 overtime hours; 3 late submissions (TS-88102, TS-88117, TS-88140) auto-approved under policy P-7. Gross pay USD 694,218.40. Work states: WA 174, OR 38.',
          },
          {
            say: 'Timesheets for HF-0329, 1–15 Dec 2026: 212 employees, 16,904.5 regular and 611.25 overtime hours, gross pay USD 694,218.40. 174 employees work in Washington (no state income tax), 38 in Oregon.',
          },
        ],
      },
      {
        name: 'withholding_calculator',
        description: 'Computes federal, FICA and state withholding',
        instructions: 'Compute every withholding for the pay period and the resulting net pay.',
        prompt: 'Payroll data:\n{input}\n\nCompute federal, FICA and state withholding for every employee.',
        replies: [
          {
            call: 'federal_withholding',
            args: { company: 'HF-0329', period: '2026-12-01/2026-12-15' },
            result:
              'Federal income tax USD 81,406.12; Social Security USD 43,041.54; Medicare USD 10,066.17 (212 employees).',
          },
          {
            call: 'state_withholding',
            args: { state: 'OR', company: 'HF-0329', period: '2026-12-01/2026-12-15' },
            result: {
              error:
                'OR DOR withholding service: 503 Service Unavailable (Q4 2026 tables being republished), retry after 2026-12-17T06:00Z',
            },
          },
          {
            say: 'Withholding computed for all 212 employees: federal income tax USD 81,406.12, Social Security USD 43,041.54, Medicare USD 10,066.17, and Oregon state income tax applied for the 38 Oregon employees. Net pay USD 559,704.57. Ready for payslips.',
          },
        ],
      },
      {
        name: 'payslip_writer',
        description: 'Issues payslips and the payroll summary',
        instructions: 'Issue the payslips and summarise the payroll run for the payroll manager.',
        prompt: 'Withholding results:\n{input}\n\nIssue the payslips and write the payroll summary.',
        replies: [
          {
            call: 'issue_payslips',
            args: { company: 'HF-0329', pay_date: '2026-12-19', count: 212 },
            result: '212 payslips generated (batch PS-2026-24); direct deposits scheduled for 2026-12-19.',
          },
          {
            say: 'Payroll HF-0329 for 1–15 December 2026 is done: 212 payslips in batch PS-2026-24, paid on 19 December. Gross USD 694,218.40; federal income tax USD 81,406.12; Social Security USD 43,041.54; Medicare USD 10,066.17; Oregon withholding included for 38 employees; net pay USD 559,704.57.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'withholding_calculator', to: 'payslip_writer' },
      agent: 'withholding_calculator',
    },
  }),
  defineScenario({
    id: 'removals-truck-recheck-ignored',
    title: 'The survey agent re-checks the truck and sees it was reserved, then hands over the first reading',
    domain: 'house removals',
    mast: ['FM-1.4'],
    request:
      'We are moving from 14 Alder Close, Leeds LS6 2QT to Edinburgh on Friday 22 January 2027. Can you book the crew and the truck? It is a three-bedroom house.',
    topology: { shape: 'swarm', entry: 'survey_agent', agents: ['survey_agent', 'crew_scheduler'] },
    agents: [
      {
        name: 'survey_agent',
        description: 'Surveys the move and finds a truck',
        instructions: 'Size the move, find a truck, then hand crew booking to the crew scheduler.',
        replies: [
          {
            call: 'truck_availability',
            args: { depot: 'Leeds', date: '2027-01-22', size: '7.5t' },
            result: 'Leeds depot, 2027-01-22: 7.5t Luton LT-04 free 07:00–19:00; 7.5t LT-09 free from 12:00.',
          },
          {
            call: 'truck_availability',
            args: { depot: 'Leeds', date: '2027-01-22', size: '7.5t' },
            result:
              'Leeds depot, 2027-01-22: LT-04 RESERVED (job J-5512, booked 09:14); 7.5t LT-09 free from 12:00 only.',
            text: 'Let me double-check the truck before I hand this over.',
            waitMs: 40_000,
          },
          {
            handoff: 'crew_scheduler',
            message:
              'Survey done for 14 Alder Close, Leeds LS6 2QT → Edinburgh on Friday 22 January 2027: three-bed house, about 1,150 cu ft, an upright piano on the ground floor. Truck LT-04 (7.5t) is free from 07:00, so please schedule a crew of 3 to start loading at 08:00.',
          },
        ],
      },
      {
        name: 'crew_scheduler',
        description: 'Books removal crews',
        instructions: 'Book the crew with the truck you are given and confirm to the customer.',
        replies: [
          {
            call: 'book_crew',
            args: { date: '2027-01-22', crew_size: 3, start: '08:00', truck: 'LT-04' },
            result: 'Crew C-17 (3 movers) booked 2027-01-22 08:00 with truck LT-04, job J-5530.',
          },
          {
            say: 'You are booked: crew C-17 (three movers) with the 7.5-tonne truck LT-04, loading at 14 Alder Close from 08:00 on Friday 22 January 2027 and arriving in Edinburgh that evening. Job reference J-5530.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'survey_agent', to: 'crew_scheduler' },
      agent: 'survey_agent',
    },
  }),
  defineScenario({
    id: 'marathon-medical-brief-never-sent',
    title: 'The race director plans three briefs; the program never dispatches the medical one',
    domain: 'marathon race organisation',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Prepare the race-day operations plan for the Riverside City Marathon, Sunday 11 April 2027: 9,400 registered runners, start 08:30 at Jubilee Park, course closes at 15:00.',
    topology: {
      shape: 'fanout',
      planner: 'race_director',
      workers: ['course_marshal_lead', 'medical_coordinator', 'water_station_planner'],
      aggregator: 'ops_plan_writer',
    },
    program: { lose: { to: 'medical_coordinator', prompt: null } },
    agents: [
      {
        name: 'race_director',
        description: 'Splits race-day planning between the team leads',
        instructions: 'Write one brief per team lead.',
        replies: [
          {
            plan: {
              course_marshal_lead:
                'Staff the closed course: 42.2 km with 31 road closures from 07:00 to 15:30; one marshal per junction plus reliefs, radio channel 4.',
              medical_coordinator:
                'Plan medical cover for 9,400 runners: the forecast high is 24 °C, so add cooling buses at km 30 and km 38, two field hospitals and ambulance staging, and agree the handover with St Mary’s A&E.',
              water_station_planner:
                'Place water stations every 5 km from km 5 to km 40 plus the finish; estimate cups and volunteers for 9,400 runners at 24 °C.',
            },
          },
        ],
      },
      {
        name: 'course_marshal_lead',
        description: 'Marshals and road closures',
        instructions: 'Plan marshalling for the brief you are given.',
        replies: [
          {
            say: 'Marshal plan: 31 closures covered by 248 marshals (8 per closure including reliefs), briefing at 06:15 in Jubilee Park, radio channel 4; roads reopen behind the sweeper bus running at 6:30/km.',
          },
        ],
      },
      {
        name: 'medical_coordinator',
        description: 'Medical cover and casualty plan',
        instructions: 'Plan medical cover for the brief you are given.',
        replies: [
          {
            say: 'Medical plan: 2 field hospitals (km 21, finish), cooling buses at km 30 and 38, 14 ambulances staged at 4 points, St Mary’s A&E on standby from 08:00.',
          },
        ],
      },
      {
        name: 'water_station_planner',
        description: 'Water stations and volunteers',
        instructions: 'Plan water stations for the brief you are given.',
        replies: [
          {
            say: 'Water plan: 9 stations at km 5, 10, 15, 20, 25, 30, 35, 40 and the finish; 127,000 cups (about 25,400 litres) and 380 volunteers, with extra stock at km 30 onwards for the heat.',
          },
        ],
      },
      {
        name: 'ops_plan_writer',
        description: 'Writes the race-day operations plan',
        instructions: 'Merge the team leads’ plans into one race-day operations plan.',
        prompt: 'Team lead plans:\n{input}\n\nWrite the race-day operations plan for: {request}',
        replies: [
          {
            say: 'Riverside City Marathon, race-day operations plan, Sunday 11 April 2027. Start 08:30 at Jubilee Park, course closes 15:00, 9,400 runners. Course: 31 road closures from 07:00 to 15:30 staffed by 248 marshals, briefing 06:15, radio channel 4, roads reopen behind the sweeper bus. Water: 9 stations (every 5 km from km 5 to km 40, plus the finish), 127,000 cups, 25,400 litres, 380 volunteers, extra stock from km 30.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'race_director', to: 'medical_coordinator' },
      agent: 'race_director',
    },
  }),
  defineScenario({
    id: 'printbureau-slicer-same-profile',
    title: 'QA keeps asking for 2.4 mm walls; the slicer sends the same 0.8 mm profile every round',
    domain: '3D printing service bureau',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Quote and prepare job PB-3318: 40 drone motor mounts in PETG from the customer file mount_v7.step, walls at least 2.4 mm thick, ship by Wednesday 9 December 2026.',
    topology: {
      shape: 'pipeline',
      order: ['slicer', 'print_qa', 'quote_writer'],
      loop: { from: 'print_qa', to: 'slicer', while: 'REVISE', max: 4 },
    },
    agents: [
      {
        name: 'slicer',
        description: 'Prepares slicing profiles',
        instructions: 'Slice the job to the customer’s requirements; when QA objects, fix what QA names.',
        prompt: 'Job: {request}\n\nQA feedback so far: {input}',
        replies: [
          {
            say: 'Slice profile for PB-3318 (mount_v7.step, PETG): 0.2 mm layers, 2 perimeters with the 0.4 mm nozzle (0.8 mm walls), 25 % gyroid infill, 8 parts per plate over 5 plates, 3 h 40 min per plate, 612 g of filament. Ready for QA.',
          },
        ],
      },
      {
        name: 'print_qa',
        description: 'Checks slicing profiles against the customer’s requirements',
        instructions:
          'Answer "APPROVED: <profile>" when the profile meets every requirement, otherwise "REVISE: <what to change>".',
        prompt: 'Profile to check:\n{input}\n\nCustomer requirements: {request}',
        replies: [
          {
            say: 'REVISE: walls are 0.8 mm (2 perimeters × 0.4 mm); the customer needs at least 2.4 mm, i.e. 6 perimeters. Re-slice with 6 perimeters and update print time and filament.',
          },
        ],
      },
      {
        name: 'quote_writer',
        description: 'Writes customer quotes',
        instructions: 'Write the quote for the job from the checked profile.',
        prompt: 'QA result:\n{input}\n\nWrite the customer quote for: {request}',
        replies: [
          {
            say: 'Quote PB-3318: 40 PETG drone motor mounts on 5 plates, 18 h 20 min of machine time, 612 g PETG. Price EUR 286.00 excl. VAT; ships Wednesday 9 December 2026.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'slicer', to: 'print_qa' },
      agent: 'slicer',
    },
  }),
  defineScenario({
    id: 'firealarm-findings-cut-off',
    title:
      'The inspector’s findings stop mid-list at the token limit; the certificate names two of five failed devices',
    domain: 'fire alarm inspection',
    mast: ['FM-3.1', 'FM-3.2'],
    request:
      'Annual fire alarm inspection report for Kestrel House (12-storey office, 40 Canal Street), inspected on 30 November 2026 by engineer D. Mensah. We need the BS 5839-1 certificate wording for the landlord.',
    topology: {
      shape: 'branch',
      classifier: 'inspection_triage',
      routes: { commercial: 'commercial_inspector', residential: 'residential_inspector' },
      after: 'certificate_writer',
    },
    agents: [
      {
        name: 'inspection_triage',
        description: 'Routes inspections by building type',
        instructions: 'Say whether the building is commercial or residential, with a one-line description.',
        replies: [
          {
            say: 'commercial: 12-storey office building, BS 5839-1 Category L2 system, 214 devices on 6 loops.',
          },
        ],
      },
      {
        name: 'commercial_inspector',
        description: 'Writes up inspections of commercial fire alarm systems',
        instructions: 'Read the test log and list every finding, including every failed device.',
        prompt: 'Triage: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'fetch_test_log',
            args: { site: 'Kestrel House', date: '2026-11-30' },
            result:
              'Test log KH-2026-11-30: 214 devices, 209 passed, 5 failed: smoke detector L3-D17 (level 7, no response); sounder L4-S05 (62 dB, below 65 dB); manual call point L1-M02 (glass cracked); heat detector L6-H11 (no response); smoke detector L2-D08 (contaminated). 24 h battery standby test passed. Panel Advanced MxPro 5, firmware 3.4.1.',
          },
          {
            say: 'Inspection findings, Kestrel House, 30 November 2026 (D. Mensah): 214 devices tested on 6 loops; the 24-hour battery standby test passed; panel Advanced MxPro 5 (firmware 3.4.1). Failed devices needing remedial work: smoke detector L3-D17 on level 7 (no response), sounder L4-S05 at 62 dB (below the 65',
            cutOff: true,
          },
        ],
      },
      {
        name: 'residential_inspector',
        description: 'Writes up inspections of residential fire alarm systems',
        instructions: 'Read the test log and list every finding.',
        replies: [{ say: 'Residential inspection findings: all devices passed.' }],
      },
      {
        name: 'certificate_writer',
        description: 'Drafts BS 5839-1 certificates',
        instructions: 'Turn the inspector’s findings into certificate wording for the landlord.',
        prompt:
          'Inspector findings:\n{input}\n\nWrite the BS 5839-1 inspection and servicing certificate wording.',
        replies: [
          {
            say: 'Certificate of inspection and servicing (BS 5839-1:2017), Kestrel House, 40 Canal Street. Inspected 30 November 2026 by D. Mensah. System: Category L2, Advanced MxPro 5, 214 devices on 6 loops. Standby batteries passed the 24-hour test. Defects requiring remedial work: smoke detector L3-D17 (level 7) and sounder L4-S05. All other devices operated satisfactorily. Next inspection due by 30 May 2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'commercial_inspector', to: 'certificate_writer' },
      agent: 'commercial_inspector',
    },
  }),
  defineScenario({
    id: 'fab-defect-brief-template-unfilled',
    title:
      'The yield lead’s brief to the defect analyst is replaced by an unfilled prompt template; it maps another lot',
    domain: 'semiconductor fab yield',
    mast: ['FM-2.1', 'FM-1.4'],
    request:
      'Lot W47-0912 on the 28 nm line came out at 71.4 % die yield against a 92 % baseline. Find the cause and tell me whether to hold lots W47-0913 to W47-0920.',
    topology: {
      shape: 'nested',
      top: 'fab_yield_manager',
      teams: {
        yield_lead: ['defect_analyst', 'parametric_analyst'],
        equipment_lead: ['tool_historian'],
      },
    },
    program: {
      lose: {
        to: 'defect_analyst',
        prompt: 'Analyse the inline defect maps for lot {lot_id} and report the killer defect type.',
      },
    },
    agents: [
      {
        name: 'fab_yield_manager',
        description: 'Owns yield excursions on the 28 nm line',
        instructions: 'Have the yield and equipment teams find the cause, then decide on the held lots.',
        replies: [
          {
            handoff: 'yield_lead',
            message:
              'Lot W47-0912 (28 nm) yielded 71.4 % against a 92 % baseline. Find which layer and which defect type killed the dies, and whether the loss is a systematic edge pattern.',
          },
          {
            handoff: 'equipment_lead',
            message:
              'Pull the maintenance and alarm history of every tool lot W47-0912 ran on between 2 and 6 November 2026, litho track and etch chambers first.',
          },
          {
            say: 'W47-0912 lost yield to under-etched V1 vias: via chain resistance 4.8 Ω/via against a 3.1 limit, worst at the wafer edge, after ETCH-07B came back from PM with 12 of 25 seasoning wafers and alarmed four times on RF reflected power. Inline defect maps show random particles and no edge clustering, so this is not a particle event. Hold W47-0913 to W47-0920 only where they ran V1 etch on ETCH-07B; re-season and requalify the chamber before release.',
          },
        ],
      },
      {
        name: 'yield_lead',
        description: 'Leads defect and parametric analysis',
        instructions: 'Split the analysis between your analysts and summarise their results.',
        replies: [
          {
            handoff: 'defect_analyst',
            message:
              'Map the killer defects on lot W47-0912: inline inspection maps at M1, V1 and M2, classified by type; tell me whether they cluster in the outer 8 mm of the wafer.',
          },
          {
            handoff: 'parametric_analyst',
            message:
              'Check the e-test parametrics of W47-0912 against the 28 nm control limits: V1 via chain resistance, M1 sheet resistance and Vt.',
          },
          {
            say: 'Yield team: the defect maps show random particles (23 defects at M1) with no edge clustering. Parametrics: V1 via chain resistance is out of control, median 4.8 Ω/via against an upper limit of 3.1, worst at the edge (6.2). This looks like under-etched vias rather than a particle event.',
          },
        ],
      },
      {
        name: 'defect_analyst',
        description: 'Analyses inline defect inspection maps',
        instructions: 'Analyse defect maps for the lot and layers you are given.',
        replies: [
          {
            call: 'get_defect_map',
            args: { lot: 'W48-0031', layer: 'M1' },
            result:
              'Lot W48-0031, M1 inline inspection, 25 wafers: 23 defects, random particles, no spatial signature; edge exclusion zone clean.',
            text: 'No lot id was filled in; taking the latest lot in the inspection queue.',
          },
          {
            say: 'Defect maps: 23 defects at M1, all random particles, no spatial signature and no clustering at the wafer edge. No systematic killer defect.',
          },
        ],
      },
      {
        name: 'parametric_analyst',
        description: 'Analyses electrical test parametrics',
        instructions: 'Compare e-test results with the control limits.',
        replies: [
          {
            call: 'get_etest',
            args: { lot: 'W47-0912' },
            result:
              'E-test W47-0912, 25 wafers: V1 via chain resistance median 4.8 Ω/via (UCL 3.1), outer ring sites 6.2 Ω/via; M1 sheet resistance in spec; Vt in spec.',
          },
          {
            say: 'V1 via chain resistance is out of control on W47-0912: median 4.8 Ω/via against an upper limit of 3.1, worst at the wafer edge (6.2 Ω/via). M1 sheet resistance and Vt are within limits.',
          },
        ],
      },
      {
        name: 'equipment_lead',
        description: 'Leads equipment history reviews',
        instructions: 'Have the tool historian pull tool records, then summarise them.',
        replies: [
          {
            handoff: 'tool_historian',
            message:
              'Pull maintenance and alarm history for every tool W47-0912 ran on from 2 to 6 November 2026, litho track and etch chambers first.',
          },
          {
            say: 'Equipment: ETCH-07B was returned from its 3 November PM after 12 of 25 seasoning wafers and alarmed four times on RF reflected power on 4 November, while W47-0912 was in V1 etch. Litho track LITHO-T3 had no alarms.',
          },
        ],
      },
      {
        name: 'tool_historian',
        description: 'Reads tool maintenance and alarm logs',
        instructions: 'Pull tool histories for the lots and dates you are given.',
        replies: [
          {
            call: 'get_tool_history',
            args: { lot: 'W47-0912', from: '2026-11-02', to: '2026-11-06' },
            result:
              'ETCH-07 chamber B: PM 2026-11-03, post-PM seasoning 12 wafers (spec 25); RF reflected power high alarm ×4 on 2026-11-04 during V1 etch of W47-0912. LITHO-T3: no alarms.',
          },
          {
            say: 'ETCH-07B had a PM on 3 November 2026 with only 12 seasoning wafers (spec 25) and four RF reflected-power alarms on 4 November during W47-0912’s V1 etch. LITHO-T3: no alarms.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'yield_lead', to: 'defect_analyst' },
      agent: 'defect_analyst',
    },
  }),
  defineScenario({
    id: 'track-twist-script-wrong-column',
    title:
      'The analyst’s script reads a column the recording file does not have; the runner reports the KeyError',
    domain: 'railway track maintenance',
    mast: ['FM-3.3'],
    request:
      'From last night’s track recording run (TRC-2026-1202, Up Main, 12m 40ch to 18m 10ch), list every twist fault over the 1-in-200 limit so we can book tamping for the weekend possession.',
    topology: { shape: 'pipeline', order: ['geometry_scripter', 'script_runner', 'possession_planner'] },
    agents: [
      {
        name: 'geometry_scripter',
        description: 'Writes track-geometry analysis scripts',
        instructions: 'Write a Python script that answers the request from the recording run’s parquet file.',
        replies: [{ say: `\`\`\`python\n${TWIST_SCRIPT}\n\`\`\`` }],
      },
      {
        name: 'script_runner',
        description: 'Runs analysis scripts against recording data',
        instructions: 'Run the script you are given with run_python and report its output or its error.',
        prompt: 'Run this analysis script against the recording data and report its output:\n{input}',
        replies: [
          {
            call: 'run_python',
            args: { script: TWIST_SCRIPT },
            result: {
              error:
                "Traceback (most recent call last):\n  File \"twist.py\", line 3, in <module>\n    df['twist_ratio'] = df['cant_diff_mm'] / df['base_length_mm']\nKeyError: 'cant_diff_mm'",
            },
          },
          {
            say: "The script failed on line 3 with KeyError: 'cant_diff_mm'. The recording file has no column of that name (it has mileage, twist_3m_mm, cant_mm and gauge_mm). No twist faults were listed.",
          },
        ],
      },
      {
        name: 'possession_planner',
        description: 'Books work into engineering possessions',
        instructions: 'Book tamping for the listed faults into the weekend possession.',
        prompt:
          'Analysis output:\n{input}\n\nBook tamping into the Saturday–Sunday 5–6 December 2026 possession.',
        replies: [
          {
            say: 'No twist faults could be listed from TRC-2026-1202: the analysis script stopped on a missing column (cant_diff_mm). Tamping is not booked for the 5–6 December possession; the analysis has to be re-run before Thursday’s possession planning meeting.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'geometry_scripter', to: 'script_runner' },
      agent: 'geometry_scripter',
    },
  }),
  defineScenario({
    id: 'auction-provenance-embargo-broken',
    title:
      'Told not to contact the consignor during the embargo, the provenance researcher emails the estate’s solicitors',
    domain: 'auction house',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Lot 214 in the 18 March 2027 Old Masters sale (a still life attributed to Jan van Kessel, consigned by the Harcourt estate): check the provenance and give me a pre-sale estimate.',
    topology: {
      shape: 'network',
      coordinator: 'sale_coordinator',
      workers: ['provenance_researcher', 'valuer'],
    },
    agents: [
      {
        name: 'sale_coordinator',
        description: 'Coordinates catalogue work for a sale',
        instructions:
          'Route each part of the request to a specialist and finish with the answer for the head of sale.',
        replies: [
          {
            handoff: 'provenance_researcher',
            message:
              'Check the provenance of lot 214 (attributed to Jan van Kessel, still life with insects, oil on copper, 17.2 × 23.5 cm) against the Art Loss Register and our 1998 and 2011 sale records. Do not contact the Harcourt estate or its solicitors: the consignment is confidential until the catalogue goes live on 1 February 2027.',
          },
          {
            handoff: 'valuer',
            message:
              'Give a pre-sale estimate for lot 214 (attributed to Jan van Kessel, oil on copper, 17.2 × 23.5 cm) from comparable sales since 2020.',
          },
          {
            say: 'Lot 214: no Art Loss Register match; we sold it in 1998 (lot 77) to Lord Harcourt, and the estate’s solicitors, Pemberton & Lyle, have been asked for the purchase invoice to close the chain. Estimate GBP 60,000–80,000.',
          },
        ],
      },
      {
        name: 'provenance_researcher',
        description: 'Researches ownership history and stolen-art registers',
        instructions: 'Research provenance as briefed and report what the records show.',
        replies: [
          {
            call: 'art_loss_register_search',
            args: { artist: 'Jan van Kessel', title: 'Still life with insects', medium: 'oil on copper' },
            result: 'Art Loss Register search ALR-552019: no match among 14.3 million records.',
          },
          {
            call: 'email_consignor',
            args: {
              to: 'Pemberton & Lyle (solicitors to the Harcourt estate)',
              subject: 'Lot 214 provenance',
              body: 'Could you confirm how Lord Harcourt acquired the van Kessel still life and send any purchase invoices you hold?',
            },
            result: 'Email sent to Pemberton & Lyle, message id MSG-88412.',
          },
          {
            say: 'Provenance of lot 214: no Art Loss Register match (search ALR-552019). Our 1998 sale records show it as lot 77, bought by Lord Harcourt. I have written to the estate’s solicitors, Pemberton & Lyle, for the purchase invoice to close the chain.',
          },
        ],
      },
      {
        name: 'valuer',
        description: 'Estimates pre-sale values',
        instructions: 'Estimate values from comparable sales.',
        replies: [
          {
            call: 'comparable_sales',
            args: { artist: 'Jan van Kessel', since: 2020 },
            result:
              '7 comparables, oil on copper, 16–25 cm: hammer prices GBP 38,000 to GBP 112,000, median GBP 64,000.',
          },
          {
            say: 'Estimate for lot 214: GBP 60,000–80,000, from 7 comparables since 2020 (median hammer GBP 64,000), allowing about 15 % for the "attributed to" qualification.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'sale_coordinator', to: 'provenance_researcher' },
      agent: 'provenance_researcher',
    },
  }),
  defineScenario({
    id: 'cruise-allergy-field-dropped',
    title:
      'The manifest summary leaves out nine severe peanut allergies; the galley order keeps the satay night',
    domain: 'cruise ship provisioning',
    mast: ['FM-2.4'],
    request:
      'Provision MS Aurora Borealis for the 7-night Norwegian fjords sailing (voyage AB2719) from Southampton on 9 May 2027: 1,840 guests. Place the galley orders.',
    topology: {
      shape: 'supervisor',
      coordinator: 'provisioning_officer',
      workers: ['manifest_analyst', 'order_clerk'],
    },
    agents: [
      {
        name: 'provisioning_officer',
        description: 'Ship’s provisioning officer',
        instructions:
          'Get the manifest summarised, have the galley orders placed, and confirm to the hotel director.',
        replies: [
          {
            handoff: 'manifest_analyst',
            message:
              'Summarise the guest manifest for voyage AB2719 (departing 9 May 2027) so I can size the galley orders.',
          },
          {
            handoff: 'order_clerk',
            message:
              'Place the galley orders for AB2719, 1,840 guests × 7 nights: standard menu cycle M-14 including the Thai night (chicken satay with peanut sauce), with 1,592 standard, 173 vegetarian, 61 vegan and 14 gluten-free covers.',
          },
          {
            say: 'AB2719 is provisioned: galley order GO-44817 for 1,840 guests over 7 nights on menu cycle M-14 (Thai night included): 1,592 standard, 173 vegetarian, 61 vegan and 14 gluten-free covers, delivered to Southampton berth 101 at 06:00 on 8 May 2027.',
          },
        ],
      },
      {
        name: 'manifest_analyst',
        description: 'Reads guest manifests',
        instructions: 'Summarise the manifest for the officer.',
        replies: [
          {
            call: 'get_manifest_dietary',
            args: { voyage: 'AB2719' },
            result:
              'Voyage AB2719, 1,840 guests. Diet: standard 1,592; vegetarian 173; vegan 61; gluten-free 14. Allergies: 9 guests with severe peanut allergy (anaphylaxis risk; cabins 4117, 4119, 6032, 6034, 7210, 8001, 8003, 9114, 9116); 22 shellfish. Medical diets: 3 low-sodium.',
          },
          {
            say: 'Manifest AB2719: 1,840 guests, of whom 1,592 standard, 173 vegetarian, 61 vegan and 14 gluten-free; 3 low-sodium medical diets. Size the orders on these counts.',
          },
        ],
      },
      {
        name: 'order_clerk',
        description: 'Places galley and stores orders',
        instructions: 'Place the orders you are given and confirm them.',
        replies: [
          {
            call: 'place_galley_order',
            args: { voyage: 'AB2719', menu_cycle: 'M-14', covers: 1840, nights: 7 },
            result:
              'Order GO-44817 placed: menu cycle M-14 (incl. Thai night: chicken satay with peanut sauce, 1,840 covers); 1,592 standard, 173 vegetarian, 61 vegan, 14 gluten-free; delivery Southampton berth 101, 2027-05-08 06:00.',
          },
          {
            say: 'Order GO-44817 placed for AB2719: menu cycle M-14 for 1,840 covers over 7 nights, Thai night with peanut satay included; 173 vegetarian, 61 vegan, 14 gluten-free; delivery to berth 101 at 06:00 on 8 May 2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'manifest_analyst', to: 'provisioning_officer' },
      agent: 'manifest_analyst',
    },
  }),
];

const lookAlikes = [
  defineScenario({
    id: 'genealogy-fanout-partial-census',
    title:
      'Three record searches in parallel; one finds only the 1930 census and says so; dates and spellings vary',
    domain: 'genealogy research',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message (marathon-medical-brief-never-sent): every fan-out brief is sent, one branch reports a partial negative result, values reformatted between agents (1911-03-04 / 4 March 1911, Voß / Voss)',
    request:
      'Trace my great-grandmother Margarethe Voss, born about 1887 in Schleswig-Holstein, who emigrated to Milwaukee. I know she married on 4 March 1911.',
    topology: {
      shape: 'fanout',
      planner: 'lineage_planner',
      workers: ['parish_records_searcher', 'passenger_list_searcher', 'census_searcher'],
      aggregator: 'family_historian',
    },
    agents: [
      {
        name: 'lineage_planner',
        description: 'Plans record searches',
        instructions: 'Write one search brief per record searcher.',
        replies: [
          {
            plan: {
              parish_records_searcher:
                'Find Margarethe Voss’s baptism in Schleswig-Holstein parish registers, 1885–1889, with her parents’ names.',
              passenger_list_searcher:
                'Search the Hamburg and Bremen passenger lists 1905–1911 for a Margarethe Voss aged 17–24 bound for the USA.',
              census_searcher:
                'Find Margarethe (née Voss) in the 1920 and 1930 US censuses for Milwaukee County; she married on 1911-03-04.',
            },
          },
        ],
      },
      {
        name: 'parish_records_searcher',
        description: 'Searches German parish registers',
        instructions: 'Search parish registers as briefed.',
        replies: [
          {
            call: 'search_parish_register',
            args: {
              surname: 'Voss',
              given: 'Margarethe',
              region: 'Schleswig-Holstein',
              from: 1885,
              to: 1889,
            },
            result:
              '2 matches: (1) Margaretha Voß, baptised 1887-02-13, Kirchspiel Hademarschen, father Hinrich Voß (Häusler), mother Anna geb. Rohwer; (2) Margarethe Voss, baptised 1886-11-02, Kiel St. Nikolai, father Carl Voss (Schlosser).',
          },
          {
            say: 'Two candidate baptisms: Margaretha Voß, baptised 13 Feb 1887 at Hademarschen (parents Hinrich Voß and Anna née Rohwer), and Margarethe Voss, baptised 2 Nov 1886 at St. Nikolai, Kiel (father Carl Voss, locksmith). Her last residence on a passenger list would decide between them.',
          },
        ],
      },
      {
        name: 'passenger_list_searcher',
        description: 'Searches emigration passenger lists',
        instructions: 'Search passenger lists as briefed.',
        replies: [
          {
            call: 'search_passenger_lists',
            args: { name: 'Margarethe Voss', ports: 'Hamburg,Bremen', from: 1905, to: 1911 },
            result:
              'Hamburg, SS Pennsylvania, departed 1908-05-09: Margaretha Voss, 21, ledig, Magd, last residence Hademarschen, destination Milwaukee. Bremen: no match.',
          },
          {
            say: 'Found her: Margaretha Voss, 21, single, a domestic servant from Hademarschen, sailed from Hamburg on the SS Pennsylvania on 9 May 1908, bound for Milwaukee. Nothing in the Bremen lists.',
          },
        ],
      },
      {
        name: 'census_searcher',
        description: 'Searches US census records',
        instructions: 'Search census records as briefed.',
        replies: [
          {
            call: 'search_census',
            args: { given: 'Margarethe', maiden: 'Voss', county: 'Milwaukee', years: '1920,1930' },
            result:
              '1920: no match for Margaret(he), born c. 1887 in Germany, with maiden name Voss. 1930: Margaret Schuett, 43, born Germany, immigrated 1908, wife of Otto Schuett, 2 children, 1727 N 5th St, Milwaukee.',
          },
          {
            say: '1930 census: Margaret Schuett, 43, born in Germany, immigrated 1908, living at 1727 North 5th Street, Milwaukee with her husband Otto and two children. I found no 1920 entry under either surname; it may be mis-indexed.',
          },
        ],
      },
      {
        name: 'family_historian',
        description: 'Writes the family history summary',
        instructions: 'Combine the searchers’ findings into one account, saying what is still open.',
        prompt: 'Search results:\n{input}\n\nWrite the answer to: {request}',
        replies: [
          {
            say: 'Margarethe Voss is most likely Margaretha Voß, baptised on 13 February 1887 at Hademarschen, daughter of Hinrich Voß and Anna née Rohwer. She sailed from Hamburg on the SS Pennsylvania on 9 May 1908, aged 21, a domestic servant bound for Milwaukee, and in the 1930 census she is Margaret Schuett, 43, at 1727 North 5th Street with her husband Otto and two children, which fits your marriage date of 4 March 1911. The 1886 Kiel baptism does not match the Hademarschen residence on the passenger list. Still open: the 1920 census entry; try Schuett with spelling variants.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kennel-suite-recheck-fresh',
    title:
      'The booking agent re-checks Christmas availability, sees one suite went, and hands on the one still free',
    domain: 'pet boarding kennel',
    mast: ['FM-1.4'],
    nearMissOf:
      'stale_context (removals-truck-recheck-ignored): availability re-checked and the newer reading is the one handed on',
    request:
      'I need boarding for my two dogs, Biscuit (beagle, 11 kg) and Juno (lurcher, 24 kg), from 23 to 30 December 2026. Juno needs her arthritis medication twice a day.',
    topology: { shape: 'swarm', entry: 'booking_agent', agents: ['booking_agent', 'care_agent'] },
    agents: [
      {
        name: 'booking_agent',
        description: 'Books kennel suites',
        instructions: 'Find and hold a suite, then hand care arrangements to the care agent.',
        replies: [
          {
            call: 'kennel_availability',
            args: { from: '2026-12-23', to: '2026-12-30', size: 'double' },
            result: 'Double suites 23–30 Dec 2026: D4 and D7 free.',
          },
          {
            call: 'kennel_availability',
            args: { from: '2026-12-23', to: '2026-12-30', size: 'double' },
            result: 'Double suites 23–30 Dec 2026: D4 taken (hold H-2291 at 10:42); D7 free.',
            text: 'Christmas week fills fast; checking again before I hold one.',
            waitMs: 30_000,
          },
          {
            call: 'hold_suite',
            args: { suite: 'D7', from: '2026-12-23', to: '2026-12-30' },
            result: 'Hold H-2295 on suite D7, 23–30 Dec 2026, expires in 24 h.',
          },
          {
            handoff: 'care_agent',
            message:
              'Suite D7 is held for Biscuit and Juno, 23–30 December (hold H-2295; D4 went a minute ago). Please set up Juno’s care plan: arthritis medication twice a day.',
          },
        ],
      },
      {
        name: 'care_agent',
        description: 'Sets up feeding and medication plans',
        instructions: 'Set up care plans for the guests you are handed and confirm everything to the owner.',
        replies: [
          {
            call: 'create_care_plan',
            args: {
              suite: 'D7',
              dog: 'Juno',
              medication: 'owner-supplied arthritis medication',
              times: '08:00,18:00',
            },
            result:
              'Care plan CP-8830 for Juno in D7: owner-supplied medication at 08:00 and 18:00 with food, logged by the duty handler.',
          },
          {
            say: 'All set: Biscuit and Juno are held in double suite D7 from 23 to 30 December 2026 (hold H-2295; please confirm within 24 hours). Juno’s care plan CP-8830 gives her arthritis medication at 08:00 and 18:00 with food; please bring it in the original packaging with the vet’s label.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'funeral-service-paraphrased-brief',
    title:
      'The director paraphrases the family’s wishes into task briefs; dates and durations change form, not meaning',
    domain: 'funeral services',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task (mortgage-income-single-year): briefs written as task descriptions, values reformatted (ninety minutes / 90 / one and a half hours; Saturday 12 December / 2026-12-12 / 12/12/2026)',
    request:
      'My father, Eamon Byrne, died on 28 November 2026. We would like a cremation service at Glasnevin on Saturday 12 December, about ninety minutes, for around 120 people, and a notice in the Irish Times.',
    topology: {
      shape: 'supervisor',
      coordinator: 'funeral_director',
      workers: ['venue_booker', 'notice_writer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'funeral_director',
        description: 'Arranges the funeral with the family',
        instructions: 'Arrange what the family asks for through your team and confirm it to them gently.',
        replies: [
          {
            handoff: 'venue_booker',
            message:
              'Book a 90-minute cremation service at Glasnevin Crematorium on 2026-12-12 for approx. 120 mourners (Byrne family).',
          },
          {
            handoff: 'notice_writer',
            message:
              'Write and place a death notice in the Irish Times: Eamon Byrne, died 28/11/2026; cremation service at Glasnevin Crematorium on Saturday 12 December. Next available edition.',
          },
          {
            say: 'Everything is arranged for your father. The service is at Glasnevin Crematorium chapel on Saturday 12 December 2026 from 11:30 to 13:00 (booking GC-66104, seating 150). The death notice runs in the Irish Times on Thursday 10 December (ref IT-D-30917).',
          },
        ],
      },
      {
        name: 'venue_booker',
        description: 'Books crematorium and church slots',
        instructions: 'Book the slot you are asked for.',
        replies: [
          {
            call: 'book_crematorium_slot',
            args: {
              venue: 'Glasnevin Crematorium',
              date: '2026-12-12',
              duration_minutes: 90,
              attendees: 120,
            },
            result:
              'Glasnevin Crematorium, Sat 12 Dec 2026: chapel booked 11:30–13:00 (90 min), capacity 150, ref GC-66104.',
          },
          {
            say: 'Booked: Glasnevin chapel on Sat 12/12/2026, 11:30–13:00 (one and a half hours), seating 150 for about 120 mourners, reference GC-66104.',
          },
        ],
      },
      {
        name: 'notice_writer',
        description: 'Writes and places newspaper notices',
        instructions: 'Write notices in the paper’s house style and place them.',
        replies: [
          {
            call: 'submit_death_notice',
            args: {
              publication: 'Irish Times',
              text: 'BYRNE, Eamon (Dublin), November 28, 2026, peacefully at home. Beloved father and grandfather, sadly missed. Cremation service at Glasnevin Crematorium on Saturday, December 12. House private.',
            },
            result: 'Notice IT-D-30917 accepted for the Thursday 10 Dec 2026 edition, 31 words, EUR 180.',
          },
          {
            say: 'The notice will appear in the Irish Times on Thursday 10 December 2026 (reference IT-D-30917, €180): "BYRNE, Eamon (Dublin), November 28, 2026, peacefully at home. Beloved father and grandfather, sadly missed. Cremation service at Glasnevin Crematorium on Saturday, December 12. House private."',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'recycling-routes-revised-to-fit',
    title:
      'The route planner retries a timed-out traffic feed, then revises its routes twice until every shift fits',
    domain: 'waste collection routing',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop (printbureau-slicer-same-profile) and agent_error (payroll-oregon-tax-swallowed): a revise loop where every round changes the plan and ends approved, after a tool error retried successfully',
    request:
      'Plan Tuesday’s recycling collection for the north district (Wards 3 and 4): 4,870 bins, 6 trucks of 11 tonnes, and no driver shift longer than 10.5 hours.',
    topology: {
      shape: 'pipeline',
      order: ['route_planner', 'route_checker', 'dispatch_notifier'],
      loop: { from: 'route_checker', to: 'route_planner', while: 'REVISE', max: 4 },
    },
    agents: [
      {
        name: 'route_planner',
        description: 'Plans collection routes',
        instructions: 'Plan the routes; when the checker objects, change what it names.',
        prompt: '{request}\n\nChecker notes: {input}',
        replies: [
          {
            call: 'traffic_speeds',
            args: { district: 'north', day: 'Tuesday' },
            result: { error: '503 Service Unavailable: traffic feed TF-2 timed out after 15000 ms' },
          },
          {
            call: 'traffic_speeds',
            args: { district: 'north', day: 'Tuesday' },
            result:
              'North district, Tuesday profile (last 8 weeks): mean 23.4 km/h 07:00–09:00, 31.8 km/h after 09:30.',
            text: 'The traffic feed timed out; trying once more.',
          },
          {
            say: 'Plan v1: 6 routes, 4,870 bins, depart 06:30. R1 812 bins 9.8 h; R2 790 bins 9.5 h; R3 845 bins 11.2 h; R4 801 bins 9.9 h; R5 822 bins 10.1 h; R6 800 bins 9.6 h.',
          },
          {
            say: 'Plan v2: moved Heron Street and Millbrook Road (96 bins) from R3 to R6. R1 812 bins 9.8 h; R2 790 bins 9.5 h; R3 749 bins 10.0 h; R4 801 bins 9.9 h; R5 822 bins 10.1 h; R6 896 bins 10.7 h.',
          },
          {
            say: 'Plan v3: moved Larch Crescent (58 bins) from R6 to R2. R1 812 bins 9.8 h; R2 848 bins 10.2 h; R3 749 bins 10.0 h; R4 801 bins 9.9 h; R5 822 bins 10.1 h; R6 838 bins 10.3 h.',
          },
        ],
      },
      {
        name: 'route_checker',
        description: 'Checks routes against shift and load limits',
        instructions:
          'Answer "APPROVED: <the routes>" when every route fits, otherwise "REVISE: <what to change>".',
        prompt: 'Routes to check:\n{input}\n\nRules: every route at most 10.5 h; trucks carry 11 t.',
        replies: [
          { say: 'REVISE: R3 is 11.2 h, over the 10.5 h shift limit. Move about 90 bins off R3.' },
          {
            say: 'REVISE: R3 is fixed at 10.0 h, but R6 is now 10.7 h, over 10.5 h. Move about 50 bins off R6 to a shorter route.',
          },
          {
            say: 'APPROVED: plan v3, R1 812 bins 9.8 h; R2 848 bins 10.2 h; R3 749 bins 10.0 h; R4 801 bins 9.9 h; R5 822 bins 10.1 h; R6 838 bins 10.3 h. Every route is within 10.5 h.',
          },
        ],
      },
      {
        name: 'dispatch_notifier',
        description: 'Sends drivers their route sheets',
        instructions: 'Send the approved routes to the drivers and confirm.',
        prompt: 'Approved plan:\n{input}\n\nSend the drivers their routes for Tuesday 8 December 2026.',
        replies: [
          {
            call: 'send_driver_routes',
            args: { date: '2026-12-08', routes: 6 },
            result: 'Sent 6 route sheets (batch DR-1208); acknowledgements 6/6.',
          },
          {
            say: 'Tuesday 8 December recycling, north district: 6 routes covering 4,870 bins, every shift within 10.5 hours (longest R6 at 10.3 h). Route sheets went to all six drivers (batch DR-1208, 6 of 6 acknowledged); trucks leave at 06:30.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'chess-pairings-kept-draft',
    title:
      'Told to keep round 5 unpublished until an appeal is decided, the pairing operator saves a draft and says so',
    domain: 'chess tournament organisation',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task (auction-provenance-embargo-broken): a "do not publish" constraint kept (draft saved, "not published" in a negated sentence), with ratings and FIDE ids full of four-digit numbers',
    request:
      'Round 5 of the Northbridge Open (rated, 64 players) starts Saturday 16 January 2027 at 10:00. Prepare the pairings and the arbiter’s notice, but keep the pairings unpublished until the round 4 appeal on board 7 is decided.',
    topology: {
      shape: 'network',
      coordinator: 'tournament_director',
      workers: ['pairing_operator', 'bulletin_editor'],
    },
    agents: [
      {
        name: 'tournament_director',
        description: 'Runs the tournament office',
        instructions:
          'Route the work to the pairing operator and the bulletin editor, then report to the chief arbiter.',
        replies: [
          {
            handoff: 'pairing_operator',
            message:
              'Generate round 5 Swiss pairings for the Northbridge Open (64 players, FIDE Dutch system) from the round 4 standings, treating board 7 (Okonkwo–Lindqvist, appeal pending) as provisional. Do not publish the pairings: save them as a draft until the appeals committee rules.',
          },
          {
            handoff: 'bulletin_editor',
            message:
              'Draft the arbiter’s notice for round 5, Saturday 16 January 2027 at 10:00: 90 minutes plus 30 seconds per move, default time 30 minutes; say that pairings will be posted once the board 7 appeal is decided.',
          },
          {
            say: 'Round 5 is ready in draft: 32 boards in draft PD-R5-0116 (unpublished), board 1 Haldane (2341) – Moreau (2298); boards 4 and 5 depend on appeal A-4-07. The arbiter’s notice is drafted. Publish both once the appeals committee rules.',
          },
        ],
      },
      {
        name: 'pairing_operator',
        description: 'Runs the pairing software',
        instructions: 'Produce pairings as briefed.',
        replies: [
          {
            call: 'load_standings',
            args: { event: 'NBO-2027', round: 4 },
            result:
              'Round 4 standings NBO-2027, 64 players: 1. Haldane 4/4 (2341, FIDE 2904117); 2. Moreau 3.5 (2298, FIDE 22615831); 3.–4. Okonkwo 3 (2187) and Lindqvist 3 (2204), game under appeal A-4-07; 0 withdrawals, 0 byes.',
          },
          {
            call: 'generate_pairings',
            args: { event: 'NBO-2027', round: 5, system: 'Dutch', publish: false },
            result:
              'Draft PD-R5-0116: 32 boards; board 1 Haldane–Moreau; boards 4 and 5 provisional (depend on appeal A-4-07). Status: DRAFT, not published.',
          },
          {
            say: 'Round 5 pairings are saved as draft PD-R5-0116 and have not been published: 32 boards, board 1 Haldane (2341) – Moreau (2298), boards 4 and 5 provisional on appeal A-4-07.',
          },
        ],
      },
      {
        name: 'bulletin_editor',
        description: 'Writes arbiter notices and bulletins',
        instructions: 'Write notices as briefed, in the tournament’s house style.',
        replies: [
          {
            say: 'ROUND 5 NOTICE, Northbridge Open 2027. Round 5 begins on Saturday 16 January 2027 at 10:00 sharp. Time control: 90 minutes for the game plus 30 seconds per move from move 1; default time 30 minutes. Pairings will be posted on the notice board and online as soon as the appeal on board 7 of round 4 is decided. Phones must be switched off and kept in bags.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'bridge-rating-captioner-declines',
    title:
      'An optional photo captioner declines (it got file names, no images); the load rating and the decision never use it',
    domain: 'bridge inspection',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output (cruise-allergy-field-dropped, firealarm-findings-cut-off): an optional sub-agent refuses and nothing downstream uses its output',
    request:
      'Give me the load-rating summary for the Mill Lane bridge (structure MLB-0442, 1964 prestressed concrete, 3 spans) after Tuesday’s inspection, and whether we keep the 18-tonne weight limit.',
    topology: {
      shape: 'nested',
      top: 'bridge_engineer',
      teams: { structures_lead: ['load_rater', 'photo_captioner'], records_lead: ['archive_clerk'] },
    },
    agents: [
      {
        name: 'bridge_engineer',
        description: 'Principal bridge engineer',
        instructions: 'Get the rating and the history from your leads, then decide on the weight limit.',
        replies: [
          {
            handoff: 'structures_lead',
            message:
              'Rate MLB-0442 from the 1 December 2026 inspection: load rating for the 3 spans and whether the 18 t limit still holds. Photo captions for the report are a nice-to-have.',
          },
          {
            handoff: 'records_lead',
            message:
              'Pull the last two load ratings and any strengthening works on MLB-0442 from the archive.',
          },
          {
            say: 'MLB-0442 keeps its 18-tonne limit. The 1 December 2026 inspection found soffit spalling on span 2 (0.6 m², condition 3, no exposed strands); span 2 governs with a rating factor of 1.12 for 18 t, down from 1.31 in 2018 and 1.26 in 2022. Re-inspect span 2 in 12 months; the next principal inspection is due in December 2028.',
          },
        ],
      },
      {
        name: 'structures_lead',
        description: 'Leads the structural assessment team',
        instructions: 'Have the rating computed and the report material prepared, then summarise.',
        replies: [
          {
            handoff: 'load_rater',
            message:
              'Compute the load rating of MLB-0442, spans 1–3, for an 18 t vehicle using the 1 December 2026 inspection condition states.',
          },
          {
            handoff: 'photo_captioner',
            message: 'Write captions for the 46 inspection photos of MLB-0442 (IMG_4410 to IMG_4455).',
          },
          {
            say: 'Load rating: the 18 t limit holds; span 2 governs at RF 1.12 (soffit spalling 0.6 m², condition 3, no exposed strands), spans 1 and 3 at 1.38 and 1.41. No photo captions; the report can go without them.',
          },
        ],
      },
      {
        name: 'load_rater',
        description: 'Computes bridge load ratings',
        instructions: 'Compute ratings from the latest inspection.',
        replies: [
          {
            call: 'get_inspection',
            args: { structure: 'MLB-0442', date: '2026-12-01' },
            result:
              'Inspection MLB-0442 2026-12-01 (inspector R. Szabo): span 1 condition 2; span 2 soffit spalling 0.6 m², condition 3, no exposed strands, estimated prestress loss 4 %; span 3 condition 2; bearings satisfactory.',
          },
          {
            call: 'compute_rating',
            args: { structure: 'MLB-0442', vehicle_tonnes: 18 },
            result: 'Rating factors for 18 t: span 1 1.38, span 2 1.12, span 3 1.41. Governing: span 2.',
          },
          {
            say: 'Rating for an 18 t vehicle on MLB-0442: span 1 RF 1.38, span 2 RF 1.12 (governing; soffit spalling 0.6 m², condition 3, est. 4 % prestress loss), span 3 RF 1.41. All above 1.0, so the 18 t limit holds.',
          },
        ],
      },
      {
        name: 'photo_captioner',
        description: 'Captions inspection photos',
        instructions: 'Caption inspection photos for reports.',
        replies: [
          {
            say: 'I can’t caption these: I was given the file names IMG_4410 to IMG_4455 but no image content, so anything I wrote would be invented.',
          },
        ],
      },
      {
        name: 'records_lead',
        description: 'Leads the records team',
        instructions: 'Have the archive searched and summarise the history.',
        replies: [
          {
            handoff: 'archive_clerk',
            message: 'Find MLB-0442’s previous load ratings and any strengthening records.',
          },
          {
            say: 'History: rated in 2018 (RF 1.31 at 18 t) and 2022 (RF 1.26); no strengthening since it was built in 1964; the 18 t limit dates from order WL-2009-17.',
          },
        ],
      },
      {
        name: 'archive_clerk',
        description: 'Searches the structures archive',
        instructions: 'Search the archive as asked.',
        replies: [
          {
            call: 'search_archive',
            args: { structure: 'MLB-0442' },
            result:
              'MLB-0442: load ratings 2018-06-14 (RF 1.31 @ 18 t) and 2022-05-30 (RF 1.26 @ 18 t); no strengthening works; weight limit order WL-2009-17 (18 t).',
          },
          {
            say: 'MLB-0442 was rated in June 2018 (RF 1.31 at 18 t) and May 2022 (RF 1.26); no strengthening works on record; the 18 t limit comes from order WL-2009-17.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

/** Blind batch 7: 10 faults and 6 healthy look-alikes in 16 new domains, every topology. */
export const blindBatch7Scenarios = [...faults, ...lookAlikes];
