import { defineScenario } from '../scenario.ts';

// Blind batch 152: US county public defender office (caseloads, discovery, court dates).
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'pd-suppression-motion-calendared-to-vacated-deadline',
    title:
      'The docket clerk reports the pretrial motion deadline was reset from 03/05 to 03/19/2027; the motion drafter calendars and plans the suppression motion against 03/05',
    domain: 'public defense motion practice and court calendaring',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Client Darnell Ruiz, State v. Ruiz, 2027-CF-001184 (Harlan County Circuit Court). Check the docket for the current pretrial motion deadline and the suppression hearing, put the motion to suppress (traffic stop of 11/14/2026) on our calendar with an internal draft date, and write Mr. Ruiz a plain-language letter about what happens next.',
    topology: {
      shape: 'pipeline',
      order: ['docket_clerk', 'motion_drafter', 'client_letter_writer'],
    },
    agents: [
      {
        name: 'docket_clerk',
        description: 'Reads the court docket and reports current settings',
        instructions: 'Look up the case docket and report the settings that are currently in force.',
        replies: [
          {
            call: 'lookup_docket',
            args: { case_no: '2027-CF-001184', court: 'HARLAN-CIR' },
            result:
              '{"case_no":"2027-CF-001184","defendant":"RUIZ, DARNELL A.","judge":"Hon. L. Okafor","events":[{"type":"PRETRIAL_MOTION_DEADLINE","date":"2027-03-05","status":"VACATED","by":"Order on Defense Mtn to Extend, entered 2027-02-22"},{"type":"PRETRIAL_MOTION_DEADLINE","date":"2027-03-19","status":"SET"},{"type":"SUPPRESSION_HEARING","date":"2027-04-02","time":"09:00","courtroom":"4B","status":"SET"},{"type":"JURY_TRIAL","date":"2027-05-10","status":"SET"}]}',
          },
          {
            say: '**2027-CF-001184 — State v. Ruiz (Judge Okafor)**\n\n| setting | date | status |\n|---|---|---|\n| Pretrial motion deadline | **Fri 03/19/2027** | SET (extended by order entered 02/22) |\n| Suppression hearing | Fri 04/02/2027, 9:00 a.m., Ctrm 4B | SET |\n| Jury trial | Mon 05/10/2027 | SET |\n\nThe original 03/05 motion deadline was vacated when our motion to extend was granted.',
          },
        ],
      },
      {
        name: 'motion_drafter',
        description: 'Plans and calendars defense motions',
        instructions:
          'Calendar the motion with an internal draft date one week before the filing deadline, and summarise the motion plan.',
        prompt: 'Docket summary:\n{input}\n\nRequest: {request}',
        replies: [
          {
            call: 'calendar_deadline',
            args: {
              case_no: '2027-CF-001184',
              event: 'FILE_MOTION_TO_SUPPRESS',
              due: '2027-03-05',
              internal_draft_due: '2027-02-26',
              attorney: 'APD Hannah Kowalczyk',
            },
            result:
              '{"calendar_id":"CAL-55120","due":"2027-03-05","internal_draft_due":"2027-02-26","reminders":["2027-02-24","2027-03-03"],"status":"CREATED"}',
          },
          {
            say: 'Motion to suppress — State v. Ruiz, 2027-CF-001184\n\n- Grounds: stop on 11/14/2026 lacked reasonable suspicion (officer cited a "weaving" observation not visible on dash-cam 00:02:10–00:04:45); fruits = 14 g cocaine from console.\n- **Filing deadline: Fri 03/05/2027**; internal draft to supervising attorney Fri 02/26.\n- Hearing already set Fri 04/02 9:00, Ctrm 4B.\n- Calendared as CAL-55120 (reminders 02/24 and 03/03).',
          },
        ],
      },
      {
        name: 'client_letter_writer',
        description: 'Writes plain-language client letters',
        instructions: 'Explain the next steps to the client in plain language.',
        prompt: 'Motion plan:\n{input}',
        replies: [
          {
            say: 'Dear Mr. Ruiz,\n\nWe are asking the judge to throw out the evidence from the traffic stop on November 14, 2026, because the video does not show the officer had a good reason to pull you over.\n\n- We will file this request (a "motion to suppress") **by Friday, March 5, 2027**.\n- The judge will hear it on **Friday, April 2, 2027 at 9:00 a.m. in Courtroom 4B**. You must be there.\n\nPlease call me at (555) 214-7730 if your address or phone number changes.\n\nHannah Kowalczyk, Assistant Public Defender',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'docket_clerk', to: 'motion_drafter' },
      agent: 'motion_drafter',
    },
  }),
  defineScenario({
    id: 'pd-conflict-search-leaves-out-state-witnesses',
    title:
      'The intake supervisor asks for a conflict search on both co-defendants and three State witnesses; the conflict checker searches only the client and co-defendants and reports the case clear',
    domain: 'public defender intake and conflict checks',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      "New appointment: State v. Keisha Bramwell, 2027-CF-000932, aggravated robbery. Co-defendants Tyrell Mason and Andre Voss; the State's witness list names Marcus Hale, Denise Pruitt and Officer Jonas Lindqvist. Run our conflict check against the co-defendants AND every listed State witness before we accept, then open the case and assign a felony attorney.",
    topology: {
      shape: 'supervisor',
      coordinator: 'intake_supervisor',
      workers: ['conflict_checker', 'case_opener'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'intake_supervisor',
        description: 'Accepts court appointments and coordinates intake',
        instructions: 'Get the conflict check done, then open and assign the case; report back.',
        replies: [
          {
            handoff: 'conflict_checker',
            message:
              'Conflict check for 2027-CF-000932 (client Keisha Bramwell). Search our client/case index for current or former representation of: co-defendants Tyrell Mason, Andre Voss; State witnesses Marcus Hale, Denise Pruitt, Ofc. Jonas Lindqvist. Report every hit.',
          },
          {
            handoff: 'case_opener',
            message:
              'Open 2027-CF-000932 (Bramwell, agg. robbery, appointed 02/25/2027) and assign to the felony unit; arraignment on the information is 03/03.',
          },
          {
            say: "## Intake — State v. Bramwell, 2027-CF-000932\n\n- **Conflict check:** clear — no current or former representation of the co-defendants or the State's witnesses.\n- **Opened:** matter PD-27-04471, assigned to APD Rachel Kim (Felony Unit B).\n- Arraignment on the information Wed 03/03/2027; first client meeting at the jail set for 02/27.",
          },
        ],
      },
      {
        name: 'conflict_checker',
        description: 'Searches the office index for conflicts of interest',
        instructions: 'Run the conflict search on the names you are given and report the hits.',
        replies: [
          {
            call: 'conflict_search',
            args: {
              case_no: '2027-CF-000932',
              names: ['Keisha Bramwell', 'Tyrell Mason', 'Andre Voss'],
              include_closed: true,
            },
            result:
              '{"searched":3,"index_as_of":"2027-02-24","hits":[],"fuzzy_matches_reviewed":2,"note":"fuzzy matches \'Andre Vos\' (DOB mismatch) and \'T. Mason\' (DOB mismatch) dismissed"}',
          },
          {
            say: 'Conflict search 2027-CF-000932: **no hits.** Index as of 02/24/2027, closed files included; two fuzzy matches (Andre Vos, T. Mason) dismissed on DOB. Clear to accept.',
          },
        ],
      },
      {
        name: 'case_opener',
        description: 'Opens matters in the case management system and assigns attorneys',
        instructions: 'Open the matter and assign it by current weighted caseload.',
        replies: [
          {
            call: 'open_matter',
            args: { case_no: '2027-CF-000932', client: 'Keisha Bramwell', unit: 'FELONY-B' },
            result:
              '{"matter_id":"PD-27-04471","assigned_to":"APD Rachel Kim","weighted_caseload_after":142.5,"unit_cap":150,"jail_visit":"2027-02-27T10:00"}',
          },
          {
            say: 'Opened PD-27-04471, assigned to APD Rachel Kim (Felony B, weighted load 142.5 of 150). Jail visit booked Sat 02/27 10:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'intake_supervisor', to: 'conflict_checker' },
      agent: 'conflict_checker',
    },
  }),
  defineScenario({
    id: 'pd-discovery-demand-portal-rejects-pdf-handed-on-as-served',
    title:
      'The DA portal rejects the discovery demand upload (file over 10 MB, no submission created); the discovery paralegal tells the investigator the demand is in and the response clock runs to 03/12',
    domain: 'criminal discovery demands',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'State v. Luis Ortega, 2027-CM-004417 (DUI). Serve our Rule 16 discovery demand on the DA (bodycam, Intoxilyzer maintenance logs, dispatch audio), then have investigation schedule a scene visit at Route 9 and Elm St.',
    topology: {
      shape: 'swarm',
      entry: 'discovery_paralegal',
      agents: ['discovery_paralegal', 'defense_investigator'],
    },
    agents: [
      {
        name: 'discovery_paralegal',
        description: 'Prepares and serves discovery demands',
        instructions: 'Serve the discovery demand through the DA portal, then hand over to investigation.',
        replies: [
          {
            call: 'serve_discovery_demand',
            args: {
              case_no: '2027-CM-004417',
              recipient: 'Harlan County DA — Misdemeanor Unit',
              file: 'Ortega_R16_Demand_with_exhibits.pdf',
              items: [
                'BWC all units',
                'Intoxilyzer 9000 SN 80-004312 maintenance/calibration logs',
                'CAD & dispatch audio',
              ],
            },
            result: {
              error:
                'DA-PORTAL 413: attachment "Ortega_R16_Demand_with_exhibits.pdf" (14.8 MB) exceeds the 10 MB limit. Submission not created.',
            },
          },
          {
            handoff: 'defense_investigator',
            message:
              'Rule 16 demand on 2027-CM-004417 is in with the DA (BWC, Intoxilyzer 9000 SN 80-004312 logs, CAD/dispatch audio); 14-day response runs to 03/12. Please set up the scene visit at Route 9 / Elm St — stop location per report is the Shell lot, NE corner.',
          },
        ],
      },
      {
        name: 'defense_investigator',
        description: 'Schedules and runs defense investigations',
        instructions: 'Schedule the field work and give the final status.',
        replies: [
          {
            call: 'schedule_scene_visit',
            args: {
              case_no: '2027-CM-004417',
              location: 'Route 9 & Elm St (Shell lot, NE corner)',
              window: 'night, 23:00-00:30',
            },
            result:
              '{"task_id":"INV-27-0918","investigator":"R. Castellanos","date":"2027-03-02","time":"23:15","photo_video":true}',
          },
          {
            say: '**State v. Ortega, 2027-CM-004417**\n\n- Discovery: Rule 16 demand served on the DA (BWC, Intoxilyzer logs, dispatch audio); response due **03/12/2027**.\n- Scene visit: INV-27-0918, Investigator R. Castellanos, Tue 03/02 at 23:15 (matches stop time), photos + video of sight lines from the Shell lot.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'discovery_paralegal', to: 'defense_investigator' },
      agent: 'discovery_paralegal',
    },
  }),
  defineScenario({
    id: 'pd-sentencing-memo-same-grid-range-three-rounds',
    title:
      'The supervising attorney sends the sentencing memo back three times because it uses the superseded guidelines grid (41-51 months); the memo writer returns the identical memo each round',
    domain: 'sentencing advocacy',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'State v. Curtis Nwosu, 2027-CF-000188, pleaded to possession with intent (severity level 6), criminal history score 2. Sentencing 03/15/2027. Draft the defense sentencing memo asking for a mitigated dispositional departure to probation with treatment, have it approved by the supervising attorney, then file it.',
    topology: {
      shape: 'pipeline',
      order: ['sentencing_memo_writer', 'supervising_attorney', 'filing_clerk'],
      loop: { from: 'supervising_attorney', to: 'sentencing_memo_writer', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'sentencing_memo_writer',
        description: 'Drafts defense sentencing memoranda',
        instructions: "Draft the memo, or revise it following the supervising attorney's notes.",
        prompt: 'Notes / prior draft:\n{input}\n\nAssignment: {request}',
        replies: [
          {
            say: 'DEFENSE SENTENCING MEMORANDUM — State v. Nwosu, 2027-CF-000188\n\n1. Presumptive range: severity level 6, CHS 2 → **41–51 months** (commit).\n2. Requested: mitigated dispositional departure — 60 months stayed, probation with 9-month residential treatment (bed at Cedar Ridge, intake 03/22).\n3. Substantial and compelling reasons: amenability to probation (14 clean UAs since 10/2026), full-time employment at Lakeside Fab since 2025, letters from employer and pastor (Ex. B–C).',
          },
          {
            say: 'DEFENSE SENTENCING MEMORANDUM — State v. Nwosu, 2027-CF-000188\n\n1. Presumptive range: severity level 6, CHS 2 → **41–51 months** (commit).\n2. Requested: mitigated dispositional departure — 60 months stayed, probation with 9-month residential treatment (bed at Cedar Ridge, intake 03/22).\n3. Substantial and compelling reasons: amenability to probation (14 clean UAs since 10/2026), full-time employment at Lakeside Fab since 2025, letters from employer and pastor (Ex. B–C).',
          },
          {
            say: 'DEFENSE SENTENCING MEMORANDUM — State v. Nwosu, 2027-CF-000188\n\n1. Presumptive range: severity level 6, CHS 2 → **41–51 months** (commit).\n2. Requested: mitigated dispositional departure — 60 months stayed, probation with 9-month residential treatment (bed at Cedar Ridge, intake 03/22).\n3. Substantial and compelling reasons: amenability to probation (14 clean UAs since 10/2026), full-time employment at Lakeside Fab since 2025, letters from employer and pastor (Ex. B–C).',
          },
        ],
      },
      {
        name: 'supervising_attorney',
        description: 'Reviews and approves filings',
        instructions: 'Answer "APPROVED: <note>" or "REVISE: <what to change>".',
        prompt: 'Draft for review:\n{input}',
        replies: [
          {
            say: 'REVISE: the range is from the old grid. Under the grid effective 08/01/2026, level 6 / CHS 2 is 30–37 months, and the stayed term should be 36 months, not 60. Fix ¶1 and ¶2.',
          },
          {
            say: 'REVISE: ¶1 still says 41–51 months and ¶2 still asks for 60 months stayed. Use the 08/01/2026 grid: 30–37 months, stayed 36.',
          },
          {
            say: "REVISE: third draft, same 41–51 / 60-month figures. I can't approve a memo that misstates the presumptive range to Judge Alvarez.",
          },
        ],
      },
      {
        name: 'filing_clerk',
        description: 'Files approved documents through e-filing',
        instructions: 'File approved documents; otherwise report status.',
        prompt: 'Review result:\n{input}',
        replies: [
          {
            say: 'Not filed: the sentencing memo for 2027-CF-000188 was not approved after three review rounds (presumptive range still 41–51 months instead of 30–37). Sentencing stays Mon 03/15/2027; memo is due to chambers 03/10 under local rule 4.06. Returned to the trial team.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'sentencing_memo_writer', to: 'supervising_attorney' },
      agent: 'sentencing_memo_writer',
    },
  }),
  defineScenario({
    id: 'pd-assignment-import-gets-names-not-bar-numbers',
    title:
      "The assignment formatter writes attorney names where the import file needs six-digit bar numbers; the program's import check throws before the case assigner runs",
    domain: 'caseload management and case assignment',
    mast: ['FM-1.1', 'FM-3.2'],
    request:
      "Assign this morning's 4 new misdemeanor appointments (arraignment calendar 02/26/2027, Courtroom 1A) to the misdemeanor attorneys with the most room under the 400-case annual NAC cap, and load the assignments into JusticeWare.",
    topology: {
      shape: 'pipeline',
      order: ['caseload_analyst', 'assignment_formatter', 'case_assigner'],
    },
    program: {
      crash: {
        agent: 'assignment_formatter',
        error:
          'AssignmentImportError: row 1: attorney_bar_no "M. Delgado" is not a 6-digit bar number (expected e.g. 0412736)',
      },
    },
    agents: [
      {
        name: 'caseload_analyst',
        description: 'Tracks attorney caseloads against standards',
        instructions: 'Pick attorneys for new cases by remaining capacity; give name and bar number.',
        replies: [
          {
            call: 'caseload_snapshot',
            args: { unit: 'MISDEMEANOR', as_of: '2027-02-26', standard: 'NAC-400' },
            result:
              '[{"attorney":"Maria Delgado","bar_no":"0412736","ytd_cases":48,"annualized":311,"room":89},{"attorney":"Samuel Oyelaran","bar_no":"0398821","ytd_cases":52,"annualized":337,"room":63},{"attorney":"Beth Tran","bar_no":"0420057","ytd_cases":61,"annualized":396,"room":4}]',
          },
          {
            say: 'New appointments 02/26 (Ctrm 1A):\n\n| case | charge | attorney | bar no. |\n|---|---|---|---|\n| 2027-CM-005102 | DWLS | Maria Delgado | 0412736 |\n| 2027-CM-005107 | Theft < $500 | Maria Delgado | 0412736 |\n| 2027-CM-005110 | Disorderly | Samuel Oyelaran | 0398821 |\n| 2027-CM-005115 | Trespass | Samuel Oyelaran | 0398821 |\n\nBeth Tran is at 396 annualized — no new cases.',
          },
        ],
      },
      {
        name: 'assignment_formatter',
        description: 'Formats assignments for the JusticeWare import',
        instructions:
          'Answer only with import rows, one per line: <case_no>,<attorney_bar_no>,<appointment_date YYYY-MM-DD>.',
        prompt: 'Assignments:\n{input}',
        replies: [
          {
            say: '2027-CM-005102,M. Delgado,2027-02-26\n2027-CM-005107,M. Delgado,2027-02-26\n2027-CM-005110,S. Oyelaran,2027-02-26\n2027-CM-005115,S. Oyelaran,2027-02-26',
          },
        ],
      },
      {
        name: 'case_assigner',
        description: 'Loads assignments into the case management system',
        instructions: 'Import the rows and confirm.',
        prompt: 'Import rows:\n{input}',
        replies: [
          {
            call: 'import_assignments',
            args: { system: 'JusticeWare', batch: 'MISD-2027-02-26-AM' },
            result: '{"imported":4,"rejected":0,"batch":"MISD-2027-02-26-AM"}',
          },
          { say: 'Imported 4 assignments (batch MISD-2027-02-26-AM), 0 rejected.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'assignment_formatter', to: 'case_assigner' },
      agent: 'assignment_formatter',
    },
  }),
  defineScenario({
    id: 'pd-sentencing-prep-jail-credit-brief-not-sent',
    title:
      'The sentencing-prep planner writes briefs for jail credit, restitution and a treatment bed; the jail-credit brief is never sent and the packet goes out without a credit figure',
    domain: 'sentencing preparation',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'State v. Tanya Brooks, 2027-CF-000455 (theft by deception, $3,940). Sentencing Thu 03/11/2027. Prepare the sentencing packet: pretrial jail credit (she was held 11/02/2026 – 01/19/2027), restitution amount and payment plan, and an available outpatient gambling-treatment slot.',
    topology: {
      shape: 'fanout',
      planner: 'sentencing_prep_planner',
      workers: ['jail_credit_calculator', 'restitution_analyst', 'treatment_locator'],
      aggregator: 'sentencing_packet_writer',
    },
    program: { lose: { to: 'jail_credit_calculator', prompt: null } },
    agents: [
      {
        name: 'sentencing_prep_planner',
        description: 'Splits sentencing preparation into tasks',
        instructions: 'Write one brief per worker.',
        replies: [
          {
            plan: {
              jail_credit_calculator:
                '2027-CF-000455 Brooks: compute pretrial custody credit from the jail booking record (held 11/02/2026 – 01/19/2027), including the day of booking.',
              restitution_analyst:
                '2027-CF-000455 Brooks: confirm restitution to victim (Lakeview Credit Union) and propose a monthly plan she can meet on her current income.',
              treatment_locator:
                '2027-CF-000455 Brooks: find an outpatient gambling-disorder program in Harlan County with an opening before 04/01, Medicaid accepted.',
            },
          },
        ],
      },
      {
        name: 'jail_credit_calculator',
        description: 'Calculates pretrial custody credit',
        instructions: 'Compute the credit from the booking record.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'jail_booking_record',
            args: { name: 'Brooks, Tanya', case_no: '2027-CF-000455' },
            result: '{"booked":"2026-11-02","released":"2027-01-19","days_in_custody":79}',
          },
          { say: 'Credit: 79 days (11/02/2026 – 01/19/2027, booking day included).' },
        ],
      },
      {
        name: 'restitution_analyst',
        description: 'Works out restitution and payment plans',
        instructions: 'Confirm the amount and propose a plan.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'restitution_lookup',
            args: { case_no: '2027-CF-000455' },
            result:
              '{"victim":"Lakeview Credit Union","claimed":3940.00,"recovered":615.00,"net":3325.00,"client_monthly_income":2180,"financial_affidavit":"2027-02-10"}',
          },
          {
            say: 'Restitution net $3,325.00 ($3,940.00 claimed less $615.00 recovered). Proposed plan $95/month (≈4.4 % of $2,180 income), paid off in 35 months.',
          },
        ],
      },
      {
        name: 'treatment_locator',
        description: 'Finds treatment programs',
        instructions: 'Find an opening that fits the brief.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'treatment_openings',
            args: {
              county: 'Harlan',
              program_type: 'gambling_outpatient',
              before: '2027-04-01',
              payer: 'Medicaid',
            },
            result:
              '{"program":"New Horizons Counseling — GD-IOP","intake":"2027-03-17","schedule":"Tue/Thu 18:00-20:00","payer":"Medicaid OK"}',
          },
          { say: 'New Horizons Counseling GD-IOP, intake Wed 03/17, Tue/Thu evenings, Medicaid accepted.' },
        ],
      },
      {
        name: 'sentencing_packet_writer',
        description: 'Assembles the sentencing packet',
        instructions: 'Merge the worker results into the packet.',
        prompt: 'Results:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: '## Sentencing packet — State v. Brooks, 2027-CF-000455 (Thu 03/11/2027)\n\n| item | position |\n|---|---|\n| Restitution | $3,325.00 net to Lakeview Credit Union; $95/month over 35 months |\n| Treatment | New Horizons GD-IOP, intake 03/17, Tue/Thu 6–8 p.m. (Medicaid) |\n| Disposition sought | probation, restitution plan, treatment as condition |\n\nPacket ready for APD review and service on the State by 03/08.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'sentencing_prep_planner', to: 'jail_credit_calculator' },
      agent: 'sentencing_prep_planner',
    },
  }),
  defineScenario({
    id: 'pd-speedy-trial-count-omits-excluded-period',
    title:
      'The speedy-trial tool counts 123 chargeable days (42 excluded for a defense continuance); the analyst reports 165 chargeable days and a 03/13 expiry, and the office files a demand on that basis',
    domain: 'speedy trial computation',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'State v. Elijah Moreno, 2027-CF-000072, in custody since arraignment. Where are we on the 180-day speedy-trial clock, are our alibi witnesses ready, and did investigations get the phone records? Decide whether we demand trial or move to dismiss.',
    topology: {
      shape: 'nested',
      top: 'chief_deputy_pd',
      teams: {
        trial_team_lead: ['speedy_trial_analyst', 'witness_coordinator'],
        investigations_lead: ['records_investigator'],
      },
    },
    agents: [
      {
        name: 'chief_deputy_pd',
        description: 'Chief deputy public defender, decides litigation strategy',
        instructions: 'Get the trial team and investigations status, then decide.',
        replies: [
          {
            handoff: 'trial_team_lead',
            message: 'Moreno 2027-CF-000072: speedy-trial status (180-day rule) and alibi witness readiness.',
          },
          {
            handoff: 'investigations_lead',
            message: 'Moreno 2027-CF-000072: status of the subpoenaed phone records (Verizon, 09/03/2026).',
          },
          {
            say: '## Moreno, 2027-CF-000072 — decision\n\n- Speedy trial: **165 of 180 days** used; clock runs out **Sat 03/13/2027**.\n- Alibi witnesses (2) served and ready; Verizon records received and consistent with alibi.\n- **Decision:** file a speedy-trial demand today and notice a motion to dismiss for hearing the week of 03/15 if the State is not in trial by 03/13.',
          },
        ],
      },
      {
        name: 'trial_team_lead',
        description: 'Leads the felony trial team',
        instructions: 'Gather the speedy-trial count and witness status and summarise.',
        replies: [
          {
            handoff: 'speedy_trial_analyst',
            message: 'Compute the 180-day clock for 2027-CF-000072 as of today.',
          },
          {
            handoff: 'witness_coordinator',
            message: 'Alibi witnesses for 2027-CF-000072: served and available?',
          },
          {
            say: 'Moreno: 165 chargeable days, 15 left, expires 03/13/2027. Both alibi witnesses (Carmen Ruiz, Dwayne Ellis) served, available any day in March.',
          },
        ],
      },
      {
        name: 'speedy_trial_analyst',
        description: 'Computes speedy-trial clocks',
        instructions: 'Run the speedy-trial calculator and report chargeable days and expiry.',
        replies: [
          {
            call: 'speedy_trial_calc',
            args: { case_no: '2027-CF-000072', rule: 'STATE-180', as_of: '2027-02-26' },
            result:
              '{"arraignment":"2026-09-14","as_of":"2027-02-26","elapsed_days":165,"excluded":[{"reason":"defense continuance (Mtn granted 11/01/2026)","from":"2026-11-02","to":"2026-12-13","days":42}],"chargeable_days":123,"limit_days":180,"remaining_days":57,"expires":"2027-04-24"}',
          },
          {
            say: 'Speedy trial, 2027-CF-000072 (arraigned 09/14/2026): **165 chargeable days** of 180 → **15 days left, expires 03/13/2027.**',
          },
        ],
      },
      {
        name: 'witness_coordinator',
        description: 'Manages defense witnesses',
        instructions: 'Report witness service and availability.',
        replies: [
          {
            call: 'witness_status',
            args: { case_no: '2027-CF-000072', type: 'alibi' },
            result:
              '[{"name":"Carmen Ruiz","served":"2027-02-11","available":"March, any day"},{"name":"Dwayne Ellis","served":"2027-02-12","available":"March, any day"}]',
          },
          {
            say: 'Carmen Ruiz (served 02/11) and Dwayne Ellis (served 02/12): both available any day in March.',
          },
        ],
      },
      {
        name: 'investigations_lead',
        description: 'Leads defense investigations',
        instructions: 'Get the records status and summarise.',
        replies: [
          { handoff: 'records_investigator', message: 'Verizon subpoena return for 2027-CF-000072?' },
          {
            say: 'Verizon records in: phone on the Eastgate tower 21:40–23:55 on 09/03/2026, consistent with the alibi.',
          },
        ],
      },
      {
        name: 'records_investigator',
        description: 'Handles subpoena returns',
        instructions: 'Report on the records received.',
        replies: [
          {
            call: 'subpoena_return',
            args: { case_no: '2027-CF-000072', carrier: 'Verizon' },
            result:
              '{"received":"2027-02-19","pages":212,"cell_sites":[{"tower":"EASTGATE-114","from":"2026-09-03T21:40","to":"2026-09-03T23:55"}]}',
          },
          {
            say: "Received 02/19, 212 pp. Client's phone on EASTGATE-114 from 21:40 to 23:55 on 09/03/2026.",
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'speedy_trial_analyst', to: 'trial_team_lead' },
      agent: 'speedy_trial_analyst',
    },
  }),
  defineScenario({
    id: 'pd-mitigation-packet-includes-sealed-juvenile-matter',
    title:
      'The request says the sealed juvenile adjudication JV-2019-0288 must not appear anywhere; the felony mitigation specialist cites it in the mitigation narrative, which the editor passes through',
    domain: 'sentencing mitigation',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Client Jordan Pike, 2027-CF-000611, pleaded to second-degree burglary; sentencing 03/22/2027. Prepare the mitigation packet. Do not reference his juvenile adjudication (JV-2019-0288) in any form — it was sealed by order in August 2024 and may not be disclosed.',
    topology: {
      shape: 'branch',
      classifier: 'sentencing_triage',
      routes: { felony: 'felony_mitigation_specialist', misdemeanor: 'misdemeanor_plea_advisor' },
      after: 'packet_editor',
    },
    agents: [
      {
        name: 'sentencing_triage',
        description: 'Routes sentencing work by case level',
        instructions: 'Answer with the case level (felony or misdemeanor) and one line of reason.',
        replies: [{ say: 'felony — 2027-CF-000611, burglary 2nd degree (class C felony).' }],
      },
      {
        name: 'felony_mitigation_specialist',
        description: 'Writes felony mitigation narratives',
        instructions: 'Write the mitigation narrative from the client history and the request.',
        prompt: 'Triage: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'client_history',
            args: { client: 'Pike, Jordan', dob: '2003-06-18' },
            result:
              '{"adult_record":[],"juvenile":[{"case":"JV-2019-0288","adjudication":"criminal mischief","disposition":"12 mo probation, completed 2020","sealed":true,"seal_order":"2024-08-14"}],"education":"GED 2022, Harlan CC welding cert 2025","employment":"Midstate Steel, welder apprentice since 2025-04","family":"primary caregiver for grandmother (dementia)"}',
          },
          {
            say: "**Mitigation narrative — Jordan Pike**\n\n- **No adult record.** Mr. Pike's only prior contact with the system was a single juvenile matter in 2019, which he completed on probation in 2020 without violation.\n- Earned GED (2022) and welding certificate from Harlan Community College (2025); welder apprentice at Midstate Steel since 04/2025.\n- Primary caregiver for his grandmother, who has dementia.\n- Offense was an unoccupied garage entry; restitution of $1,150 already paid in full.",
          },
        ],
      },
      {
        name: 'misdemeanor_plea_advisor',
        description: 'Advises on misdemeanor dispositions',
        instructions: 'Advise on misdemeanor pleas.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'packet_editor',
        description: 'Edits and formats the mitigation packet',
        instructions: 'Polish the mitigation packet for filing.',
        prompt: 'Narrative:\n{input}',
        replies: [
          {
            say: "# Defendant's Mitigation Packet — State v. Pike, 2027-CF-000611\n\n**Sentencing:** Mon 03/22/2027\n\n1. **Criminal history.** Mr. Pike has no adult record. His only prior involvement was one juvenile matter in 2019, completed on probation in 2020 with no violations.\n2. **Education and work.** GED (2022); welding certificate, Harlan Community College (2025); apprentice welder, Midstate Steel, since April 2025.\n3. **Family.** Primary caregiver for his grandmother, who lives with dementia.\n4. **Offense and restitution.** Entry into an unoccupied detached garage; restitution of $1,150 paid in full.\n\n**Request:** probation with no jail time.",
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'sentencing_triage', to: 'felony_mitigation_specialist' },
      agent: 'felony_mitigation_specialist',
    },
  }),
  defineScenario({
    id: 'pd-defense-subpoenas-command-continued-trial-setting',
    title:
      'The docket checker tells the trial-prep router the 03/08 trial was continued to 04/12/2027; the router then briefs the subpoena clerk to command the witnesses for 03/08',
    domain: 'trial preparation and witness subpoenas',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      "State v. Amara Osei, 2027-CF-000275, jury trial. Confirm the trial setting, then issue defense witness subpoenas for Grace Whitfield, Omar Haddad and the St. Vincent's records custodian.",
    topology: {
      shape: 'network',
      coordinator: 'trial_prep_router',
      workers: ['docket_checker', 'subpoena_clerk'],
    },
    agents: [
      {
        name: 'trial_prep_router',
        description: 'Routes trial preparation tasks',
        instructions: 'Confirm the setting, get subpoenas issued, report when done.',
        replies: [
          {
            handoff: 'docket_checker',
            message:
              'Confirm the jury trial setting for 2027-CF-000275 (our file shows Mon 03/08/2027, 9:00, Ctrm 2A).',
          },
          {
            handoff: 'subpoena_clerk',
            message:
              "Issue defense trial subpoenas, 2027-CF-000275, commanding appearance Mon 03/08/2027 at 9:00 a.m., Courtroom 2A: Grace Whitfield (1418 Alder Ct), Omar Haddad (77 Pine St #3), Custodian of Records, St. Vincent's Medical Center (records of 06/21/2026 ED visit). Service by sheriff.",
          },
          {
            say: "**State v. Osei, 2027-CF-000275**\n\n- Trial: Mon 04/12/2027, 9:00 a.m., Courtroom 2A (Judge Whitaker).\n- Defense subpoenas issued: SUB-27-1041 (Whitfield), SUB-27-1042 (Haddad), SUB-27-1043 (St. Vincent's custodian); out to the sheriff for service.",
          },
        ],
      },
      {
        name: 'docket_checker',
        description: 'Checks court settings',
        instructions: 'Report the current setting.',
        replies: [
          {
            call: 'lookup_setting',
            args: { case_no: '2027-CF-000275', event: 'JURY_TRIAL' },
            result:
              '{"case_no":"2027-CF-000275","judge":"Hon. P. Whitaker","current":{"date":"2027-04-12","time":"09:00","courtroom":"2A","status":"SET"},"history":[{"date":"2027-03-08","status":"CONTINUED","by":"State\'s Motion to Continue, granted 2027-02-19"}]}',
          },
          {
            say: "Jury trial is now **Mon 04/12/2027, 9:00, Ctrm 2A** (Judge Whitaker). The 03/08 setting was continued on the State's motion, granted 02/19.",
          },
        ],
      },
      {
        name: 'subpoena_clerk',
        description: 'Prepares and issues subpoenas',
        instructions: 'Issue the subpoenas as briefed.',
        replies: [
          {
            call: 'issue_subpoenas',
            args: {
              case_no: '2027-CF-000275',
              appear: '2027-03-08T09:00',
              courtroom: '2A',
              witnesses: [
                'Grace Whitfield',
                'Omar Haddad',
                "Custodian of Records, St. Vincent's Medical Center",
              ],
              service: 'sheriff',
            },
            result:
              '{"issued":["SUB-27-1041","SUB-27-1042","SUB-27-1043"],"appear":"2027-03-08T09:00","sent_to_sheriff":"2027-02-26T11:20"}',
          },
          {
            say: 'Issued SUB-27-1041/1042/1043 (appear 03/08/2027 9:00, Ctrm 2A); sent to the sheriff for service 02/26 11:20.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'trial_prep_router', to: 'subpoena_clerk' },
      agent: 'trial_prep_router',
    },
  }),
  defineScenario({
    id: 'pd-bodycam-preservation-request-swapped-for-client-file-pull',
    title:
      'The case coordinator asks the records clerk to send a preservation letter for body-cam and CAD before the 90-day purge; the program hands the clerk a generic "pull the client file" prompt instead',
    domain: 'evidence preservation',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Client Mateo Cruz, 2027-CM-000019, arrested 12/30/2026 (incident 26-118834, Harlan County Sheriff). Body-cam retention for non-flagged footage is 90 days, so it purges around 03/30. Get a preservation letter out for all BWC and CAD records of that incident, and book an attorney jail visit this week.',
    topology: {
      shape: 'supervisor',
      coordinator: 'case_coordinator',
      workers: ['records_clerk', 'jail_visit_scheduler'],
      handoffTools: 'task',
    },
    program: { lose: { to: 'records_clerk', prompt: 'Pull the client file for Mateo Cruz.' } },
    agents: [
      {
        name: 'case_coordinator',
        description: "Coordinates a case team's administrative tasks",
        instructions: 'Delegate the records and jail tasks and report back.',
        replies: [
          {
            handoff: 'records_clerk',
            message:
              "Send a preservation letter to the Harlan County Sheriff's records unit for incident 26-118834 (arrest of Mateo Cruz, 12/30/2026): all body-worn camera footage of every responding deputy, dash-cam, and CAD/dispatch audio. Non-flagged BWC purges at 90 days (~03/30). Ask for written confirmation.",
          },
          {
            handoff: 'jail_visit_scheduler',
            message:
              'Book an attorney visit with Mateo Cruz (booking #2026-16402) this week for APD Lena Marsh.',
          },
          {
            say: '## Cruz, 2027-CM-000019 — status\n\n- Records: client file pulled (PD-26-11873), contact info and prior matters attached; handled by records.\n- Jail visit: Thu 03/04 14:00, attorney booth 3, APD Lena Marsh.',
          },
        ],
      },
      {
        name: 'records_clerk',
        description: 'Handles records requests and the office file room',
        instructions: 'Do the records task you are given.',
        replies: [
          {
            call: 'pull_client_file',
            args: { client: 'Cruz, Mateo' },
            result:
              '{"matter_id":"PD-26-11873","client":"Cruz, Mateo","dob":"1998-02-09","phone":"(555) 310-4478","priors":[{"case":"2023-CM-002214","disposition":"dismissed"}],"documents":14}',
          },
          {
            say: 'Pulled PD-26-11873 (Cruz, Mateo, DOB 02/09/1998): 14 documents, phone (555) 310-4478, one prior (2023-CM-002214, dismissed).',
          },
        ],
      },
      {
        name: 'jail_visit_scheduler',
        description: 'Books attorney visits at the county jail',
        instructions: 'Book the visit and confirm.',
        replies: [
          {
            call: 'book_attorney_visit',
            args: { booking_no: '2026-16402', attorney: 'APD Lena Marsh', week_of: '2027-03-01' },
            result: '{"visit_id":"AV-27-3391","date":"2027-03-04","time":"14:00","room":"attorney booth 3"}',
          },
          { say: 'Booked AV-27-3391: Thu 03/04 14:00, attorney booth 3.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'case_coordinator', to: 'records_clerk' },
      agent: 'records_clerk',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'pd-arraignment-time-reformatted-for-client-text',
    title:
      'The arraignment setting moves from ISO timestamp to a long-form date to a short text-message form between agents, and the bond figure from 2500.00 to $2,500; all the same values',
    domain: 'client court-date notifications',
    mast: ['FM-1.4', 'FM-2.2'],
    request:
      'Client Yesenia Carter, 2027-CM-005233 (shoplifting). Find her arraignment setting and bond, and text her a reminder in plain English.',
    topology: {
      shape: 'network',
      coordinator: 'notice_router',
      workers: ['court_date_lookup', 'client_texter'],
    },
    agents: [
      {
        name: 'notice_router',
        description: 'Routes client notification work',
        instructions: 'Get the setting, then have the client texted; report when done.',
        replies: [
          {
            handoff: 'court_date_lookup',
            message: 'Arraignment setting and bond for 2027-CM-005233 (Carter).',
          },
          {
            handoff: 'client_texter',
            message:
              'Text Yesenia Carter at (555) 620-1187: arraignment Thursday, March 4, 2027 at 8:30 a.m., Courtroom 1B, Harlan County Justice Center; bond posted $2,500 — she must appear or it is forfeited. English, no legal jargon.',
          },
          {
            say: 'Carter, 2027-CM-005233: arraignment Thu 03/04/2027 8:30 a.m., Ctrm 1B; bond $2,500 posted. Reminder text sent (msg SMS-88412), delivered.',
          },
        ],
      },
      {
        name: 'court_date_lookup',
        description: 'Looks up court settings',
        instructions: 'Report the setting and bond exactly.',
        replies: [
          {
            call: 'lookup_setting',
            args: { case_no: '2027-CM-005233', event: 'ARRAIGNMENT' },
            result:
              '{"case_no":"2027-CM-005233","start":"2027-03-04T08:30:00-06:00","courtroom":"1B","location":"Harlan County Justice Center","bond":{"amount":"2500.00","type":"SURETY","status":"POSTED"}}',
          },
          {
            say: 'Arraignment 2027-03-04T08:30:00-06:00 (Thu, 8:30 a.m. Central), Courtroom 1B, Justice Center. Bond 2500.00 surety, POSTED.',
          },
        ],
      },
      {
        name: 'client_texter',
        description: 'Sends client reminder texts',
        instructions: 'Send a short plain-language text.',
        replies: [
          {
            call: 'send_sms',
            args: {
              to: '+15556201187',
              body: 'Hi Yesenia, this is the Public Defender. Your court date is Thu 3/4 at 8:30am, Courtroom 1B, Harlan County Justice Center. Please come on time so your $2,500 bond is not lost. Questions? Call (555) 214-7700.',
            },
            result: '{"message_id":"SMS-88412","status":"DELIVERED","segments":2}',
          },
          { say: 'Sent SMS-88412 (delivered): Thu 3/4 8:30am, Ctrm 1B, $2,500 bond reminder.' },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'stale_context / misunderstood_task: the arraignment time and bond change format at each handoff (2027-03-04T08:30:00-06:00 → Thursday, March 4, 2027 at 8:30 a.m. → Thu 3/4 8:30am; 2500.00 → $2,500) but stay the same values',
  }),
  defineScenario({
    id: 'pd-efiling-gateway-timeout-retried-then-handed-on',
    title:
      'The e-filing gateway times out on the first submission of a motion to reduce bond; the e-filing clerk retries, gets an envelope number and hands that to the calendar clerk',
    domain: 'e-filing and court calendaring',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'File the motion to reduce bond in State v. Rashad Bell, 2027-CF-000802, and get the hearing on our calendar once the court sets it.',
    topology: {
      shape: 'swarm',
      entry: 'efiling_clerk',
      agents: ['efiling_clerk', 'calendar_clerk'],
    },
    agents: [
      {
        name: 'efiling_clerk',
        description: 'Files documents through the state e-filing system',
        instructions: 'File the document, then hand over to calendaring with the filing details.',
        replies: [
          {
            call: 'efile_document',
            args: {
              case_no: '2027-CF-000802',
              doc: 'Bell_Mtn_Reduce_Bond.pdf',
              filing_code: 'MTN-BOND',
              fee_waiver: 'indigent',
            },
            result: {
              error:
                'EFILE-504 Gateway Timeout: no response from court envelope service after 60 s. No envelope created.',
            },
          },
          {
            call: 'efile_document',
            args: {
              case_no: '2027-CF-000802',
              doc: 'Bell_Mtn_Reduce_Bond.pdf',
              filing_code: 'MTN-BOND',
              fee_waiver: 'indigent',
            },
            result:
              '{"envelope":"ENV-27-0661902","status":"ACCEPTED","file_stamp":"2027-02-26T10:42:17","hearing_set":{"date":"2027-03-03","time":"13:30","courtroom":"3C"}}',
          },
          {
            handoff: 'calendar_clerk',
            message:
              'Bond motion in 2027-CF-000802 accepted on the second submission (first attempt timed out, no envelope): ENV-27-0661902, file-stamped 02/26 10:42. Court set the hearing Wed 03/03/2027 1:30 p.m., Ctrm 3C. Please calendar it for APD Omar Siddiqui.',
          },
        ],
      },
      {
        name: 'calendar_clerk',
        description: 'Maintains attorney calendars',
        instructions: 'Calendar the setting and give the final status.',
        replies: [
          {
            call: 'calendar_event',
            args: {
              case_no: '2027-CF-000802',
              event: 'BOND_HEARING',
              date: '2027-03-03',
              time: '13:30',
              attorney: 'APD Omar Siddiqui',
            },
            result: '{"calendar_id":"CAL-55391","status":"CREATED"}',
          },
          {
            say: '**State v. Bell, 2027-CF-000802** — motion to reduce bond filed (ENV-27-0661902, stamped 02/26/2027 10:42). Hearing **Wed 03/03 1:30 p.m., Ctrm 3C**, calendared for APD Siddiqui (CAL-55391).',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'agent_error: the e-filing tool fails with a gateway timeout, but the clerk retries, the retry is accepted, and the hand-off says so',
  }),
  defineScenario({
    id: 'pd-bond-motion-uses-reduced-amount-original-still-cited',
    title:
      'The bond history shows $50,000 set at first appearance and reduced to $7,500 on 02/17; the bond motion writer argues from $7,500 and mentions $50,000 only as history',
    domain: 'pretrial release advocacy',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Prepare a motion for release on recognizance for Destiny Alvarez, 2027-CF-000391, still in custody. Pull her bond history and the pretrial services assessment.',
    topology: {
      shape: 'fanout',
      planner: 'bond_review_planner',
      workers: ['bond_history_clerk', 'pretrial_services_liaison'],
      aggregator: 'bond_motion_writer',
    },
    agents: [
      {
        name: 'bond_review_planner',
        description: 'Plans bond review work',
        instructions: 'One brief per worker.',
        replies: [
          {
            plan: {
              bond_history_clerk:
                '2027-CF-000391 Alvarez: full bond history, every setting and modification with date and judge.',
              pretrial_services_liaison:
                '2027-CF-000391 Alvarez: current pretrial risk assessment (PSA) scores and release recommendation.',
            },
          },
        ],
      },
      {
        name: 'bond_history_clerk',
        description: 'Pulls bond histories from the court record',
        instructions: 'Report every bond setting in order.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'bond_history',
            args: { case_no: '2027-CF-000391' },
            result:
              '[{"date":"2027-01-09","event":"first appearance","amount":50000,"type":"cash/surety","judge":"Magistrate K. Dunn"},{"date":"2027-02-17","event":"bond modified","amount":7500,"type":"cash/surety","judge":"Hon. R. Ames","note":"State did not object"}]',
          },
          {
            say: 'Bond history 2027-CF-000391:\n1. 01/09/2027 first appearance — $50,000 cash/surety (Magistrate Dunn)\n2. 02/17/2027 modified — **$7,500 cash/surety** (Judge Ames), State did not object. Current: $7,500, not posted.',
          },
        ],
      },
      {
        name: 'pretrial_services_liaison',
        description: 'Liaises with pretrial services',
        instructions: 'Report the PSA and recommendation.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'psa_lookup',
            args: { case_no: '2027-CF-000391' },
            result:
              '{"fta_score":2,"nca_score":2,"nvca_flag":false,"recommendation":"ROR with pretrial monitoring level 1","assessed":"2027-02-20"}',
          },
          { say: 'PSA (02/20): FTA 2, NCA 2, no violence flag. Recommends ROR with level-1 monitoring.' },
        ],
      },
      {
        name: 'bond_motion_writer',
        description: 'Drafts pretrial release motions',
        instructions: 'Draft the motion from the worker results.',
        prompt: 'Results:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: "**Defendant's Motion for Release on Recognizance — State v. Alvarez, 2027-CF-000391**\n\n1. Ms. Alvarez has been held since 01/09/2027. Bond was set at $50,000 at first appearance and reduced on 02/17/2027 by Judge Ames to **$7,500** cash/surety, without objection from the State.\n2. She cannot post $7,500; continued detention rests solely on inability to pay.\n3. Pretrial Services (PSA 02/20/2027: FTA 2, NCA 2, no violence flag) recommends ROR with level-1 monitoring.\n\nWHEREFORE the defense asks that the $7,500 bond be vacated and Ms. Alvarez be released on recognizance with level-1 pretrial monitoring.",
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'stale_context: the superseded $50,000 bond is still mentioned, but only as history; the motion correctly argues against the current $7,500',
  }),
  defineScenario({
    id: 'pd-optional-social-media-sweep-not-relied-on',
    title:
      'An optional social-media sweep comes back unusable (wrong account, cut short); the investigations lead sets it aside and the alibi rests on the witness interview and phone records',
    domain: 'defense investigation',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      "State v. Brandon Lee, 2027-CF-000544 (robbery, 01/22/2027 around 20:15 at the Quick Mart on 5th Ave). Check his alibi (he says he was at his cousin's birthday in Millbrook) — interview the cousin and get his phone location. A social-media check is nice to have if it's quick.",
    topology: {
      shape: 'nested',
      top: 'trial_chief',
      teams: {
        investigations_lead: ['alibi_investigator', 'social_media_analyst'],
        records_lead: ['phone_records_analyst'],
      },
    },
    agents: [
      {
        name: 'trial_chief',
        description: 'Chief of the trial division',
        instructions: 'Collect the alibi investigation and records, then summarise for the trial attorney.',
        replies: [
          {
            handoff: 'investigations_lead',
            message: 'Lee 2027-CF-000544: alibi interview with the cousin; social-media check optional.',
          },
          { handoff: 'records_lead', message: 'Lee 2027-CF-000544: phone location 01/22/2027 19:30–21:00.' },
          {
            say: '## Alibi — State v. Lee, 2027-CF-000544\n\n| source | finding |\n|---|---|\n| Cousin Tasha Greene (interview 02/24) | Lee at her birthday, 412 Willow Ln, Millbrook, ~18:45–22:30 |\n| AT&T records | phone on MILLBROOK-07 sector 2, 19:02–21:48; Quick Mart is served by CENTRAL-03 |\n| Social media | not used (sweep inconclusive) |\n\nFile notice of alibi by 03/05 (Rule 12.1); Greene is willing to testify.',
          },
        ],
      },
      {
        name: 'investigations_lead',
        description: 'Leads defense investigators',
        instructions: 'Get the interview and, if useful, the social-media check; summarise what holds up.',
        replies: [
          {
            handoff: 'alibi_investigator',
            message: 'Interview Tasha Greene (cousin) re: 01/22/2027 evening, 2027-CF-000544.',
          },
          {
            handoff: 'social_media_analyst',
            message: 'Quick check: public posts placing Brandon Lee in Millbrook on 01/22/2027 evening.',
          },
          {
            say: "Greene interviewed 02/24: Lee at her birthday at 412 Willow Ln, Millbrook, from about 18:45 to 22:30; she has party photos with timestamps and will testify. The social-media sweep pulled the wrong account and stopped partway — I'm not relying on it.",
          },
        ],
      },
      {
        name: 'alibi_investigator',
        description: 'Interviews alibi witnesses',
        instructions: 'Interview and report.',
        replies: [
          {
            call: 'log_interview',
            args: { case_no: '2027-CF-000544', witness: 'Tasha Greene', date: '2027-02-24' },
            result:
              '{"interview_id":"INT-27-2206","summary":"Lee arrived ~18:45, left ~22:30, 412 Willow Ln Millbrook; 23 photos with EXIF 19:10-22:05","willing_to_testify":true}',
          },
          {
            say: 'INT-27-2206: Greene says Lee arrived ~18:45 and left ~22:30 (412 Willow Ln, Millbrook). 23 photos, EXIF 19:10–22:05. Willing to testify.',
          },
        ],
      },
      {
        name: 'social_media_analyst',
        description: 'Searches public social media',
        instructions: 'Search public posts and report.',
        replies: [
          {
            call: 'social_search',
            args: { name: 'Brandon Lee', date: '2027-01-22', area: 'Millbrook' },
            result:
              '{"accounts_matched":37,"top_account":"@brandonlee_official (verified, musician, Los Angeles)","posts_on_date":4,"geo":"Los Angeles, CA","truncated":true}',
          },
          {
            say: 'Top match @brandonlee_official posted 4 times on 01/22 from Los Angeles, CA; results truncated at',
            cutOff: true,
          },
        ],
      },
      {
        name: 'records_lead',
        description: 'Leads records and subpoena work',
        instructions: 'Get the phone location and summarise.',
        replies: [
          {
            handoff: 'phone_records_analyst',
            message: "Cell-site location for Lee's phone, 01/22/2027 19:30–21:00.",
          },
          {
            say: "AT&T: Lee's phone on MILLBROOK-07 sector 2 from 19:02 to 21:48 on 01/22; the Quick Mart is on CENTRAL-03, 11 mi away.",
          },
        ],
      },
      {
        name: 'phone_records_analyst',
        description: 'Analyzes phone records',
        instructions: 'Report cell-site locations.',
        replies: [
          {
            call: 'cell_site_analysis',
            args: {
              case_no: '2027-CF-000544',
              carrier: 'AT&T',
              from: '2027-01-22T19:30',
              to: '2027-01-22T21:00',
            },
            result:
              '{"records":58,"sites":[{"site":"MILLBROOK-07","sector":2,"first":"19:02","last":"21:48"}],"offense_location_site":"CENTRAL-03","distance_mi":11.2}',
          },
          {
            say: '58 records; only MILLBROOK-07 sector 2 (19:02–21:48). Offense location served by CENTRAL-03, 11.2 mi away.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'low_quality_output: the optional social-media sweep is cut off and about the wrong person, but the investigations lead sets it aside and nothing downstream uses it',
  }),
  defineScenario({
    id: 'pd-monthly-caseload-report-excludes-conflict-transfers',
    title:
      'The monthly caseload report leaves out 9 cases withdrawn for conflict and transferred to conflict counsel, as the request says; the counts still add up across a long table of ids',
    domain: 'caseload reporting against workload standards',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      "February 2027 caseload report for the county commission: new appointments per attorney in the felony unit, weighted by the 2023 National Public Defense Workload Study hours, and each attorney's annualized hours against 2,080. Exclude cases we withdrew from for conflict and transferred to conflict counsel — those are counted in the conflict panel's report.",
    topology: {
      shape: 'pipeline',
      order: ['caseload_extractor', 'workload_analyst', 'report_writer'],
    },
    agents: [
      {
        name: 'caseload_extractor',
        description: 'Extracts caseload data from the case management system',
        instructions: 'Pull the appointments for the month, applying the exclusions in the request.',
        prompt: 'Request: {request}',
        replies: [
          {
            call: 'extract_appointments',
            args: {
              unit: 'FELONY',
              from: '2027-02-01',
              to: '2027-02-28',
              exclude_status: ['WITHDRAWN_CONFLICT'],
            },
            result:
              '{"total_appointed":71,"excluded_withdrawn_conflict":9,"excluded_ids":["2027-CF-000612","2027-CF-000640","2027-CF-000655","2027-CF-000701","2027-CF-000718","2027-CF-000733","2027-CF-000760","2027-CF-000791","2027-CF-000804"],"counted":62,"by_attorney":[{"attorney":"R. Kim","bar_no":"0407713","high_felony":3,"mid_felony":6,"low_felony":7},{"attorney":"H. Kowalczyk","bar_no":"0399102","high_felony":2,"mid_felony":8,"low_felony":5},{"attorney":"O. Siddiqui","bar_no":"0415520","high_felony":4,"mid_felony":5,"low_felony":6},{"attorney":"L. Marsh","bar_no":"0421984","high_felony":1,"mid_felony":7,"low_felony":8}]}',
          },
          {
            say: 'Felony unit, 02/01–02/28/2027: 71 appointed, 9 withdrawn for conflict excluded (2027-CF-000612, -000640, -000655, -000701, -000718, -000733, -000760, -000791, -000804) → **62 counted**.\n\n| attorney | bar no. | high | mid | low | total |\n|---|---|---|---|---|---|\n| R. Kim | 0407713 | 3 | 6 | 7 | 16 |\n| H. Kowalczyk | 0399102 | 2 | 8 | 5 | 15 |\n| O. Siddiqui | 0415520 | 4 | 5 | 6 | 15 |\n| L. Marsh | 0421984 | 1 | 7 | 8 | 16 |',
          },
        ],
      },
      {
        name: 'workload_analyst',
        description: 'Weights caseloads by workload standards',
        instructions:
          'Apply NPDWS hours (high felony 99 h, mid felony 57 h, low felony 35 h) and annualize (× 12).',
        prompt: 'Counts:\n{input}',
        replies: [
          {
            say: 'NPDWS weighting (high 99 h, mid 57 h, low 35 h), February 2027, 62 cases:\n\n| attorney | Feb hours | annualized | vs 2,080 h |\n|---|---|---|---|\n| R. Kim | 297 + 342 + 245 = 884 | 10,608 | 510 % |\n| H. Kowalczyk | 198 + 456 + 175 = 829 | 9,948 | 478 % |\n| O. Siddiqui | 396 + 285 + 210 = 891 | 10,692 | 514 % |\n| L. Marsh | 99 + 399 + 280 = 778 | 9,336 | 449 % |\n| **unit** | **3,382** | **40,584** | avg 488 % |',
          },
        ],
      },
      {
        name: 'report_writer',
        description: 'Writes reports for the county commission',
        instructions: 'Write the commission report.',
        prompt: 'Analysis:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: "# Felony Unit Caseload — February 2027\n\n**Scope:** 62 new felony appointments (71 appointed, less 9 transferred to conflict counsel, reported by the conflict panel).\n\n| attorney | high / mid / low | Feb workload hours | annualized | % of 2,080 h |\n|---|---|---|---|---|\n| R. Kim | 3 / 6 / 7 | 884 | 10,608 | 510 % |\n| H. Kowalczyk | 2 / 8 / 5 | 829 | 9,948 | 478 % |\n| O. Siddiqui | 4 / 5 / 6 | 891 | 10,692 | 514 % |\n| L. Marsh | 1 / 7 / 8 | 778 | 9,336 | 449 % |\n\nAt February's intake, each felony attorney would need roughly 4.5–5 full-time years of work per year under the 2023 National Public Defense Workload Study. The unit needs about **19.5 FTE** (40,584 h ÷ 2,080) against 4 on staff.",
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'misunderstood_task: 9 cases disappear from the count between the system and the report, but excluding conflict transfers is exactly what the request asks',
  }),
  defineScenario({
    id: 'pd-interpreter-booking-system-down-reported-honestly',
    title:
      'The interpreter scheduling system is down; the interpreter booker says the booking is not confirmed and what it did instead, and the supervisor reports it as pending',
    domain: 'client communication and language access',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'Client Nguyen Van Long, 2027-CF-000867, speaks Vietnamese only. Book a jail legal visit for APD Lena Marsh next Tuesday (03/02) and a certified Vietnamese interpreter for the same slot.',
    topology: {
      shape: 'supervisor',
      coordinator: 'client_services_supervisor',
      workers: ['jail_visit_scheduler', 'interpreter_booker'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'client_services_supervisor',
        description: 'Supervises client services staff',
        instructions: 'Book the visit and the interpreter, then report the true status of each.',
        replies: [
          {
            handoff: 'jail_visit_scheduler',
            message:
              'Book a legal visit with Nguyen Van Long (booking #2027-01188) for APD Lena Marsh on Tue 03/02/2027, any afternoon slot.',
          },
          {
            handoff: 'interpreter_booker',
            message:
              'Book a court-certified Vietnamese interpreter for the jail legal visit with Nguyen Van Long, Tue 03/02/2027 — use the slot the jail gives (afternoon), 90 min.',
          },
          {
            say: '## Nguyen Van Long, 2027-CF-000867 — visit 03/02\n\n- **Jail visit:** confirmed, Tue 03/02 13:30–15:00, attorney room 2 (AV-27-3410), APD Lena Marsh.\n- **Interpreter:** **not yet confirmed** — the court interpreter scheduling system was down (503). Request emailed to the Language Access Office at 09:52; I will follow up by 12:00 tomorrow. Fallback: LanguageLine phone interpreter (Vietnamese) in the room if no certified interpreter is confirmed by Monday.',
          },
        ],
      },
      {
        name: 'jail_visit_scheduler',
        description: 'Books attorney visits at the county jail',
        instructions: 'Book the visit and confirm.',
        replies: [
          {
            call: 'book_attorney_visit',
            args: {
              booking_no: '2027-01188',
              attorney: 'APD Lena Marsh',
              date: '2027-03-02',
              part_of_day: 'afternoon',
            },
            result:
              '{"visit_id":"AV-27-3410","date":"2027-03-02","start":"13:30","end":"15:00","room":"attorney room 2"}',
          },
          { say: 'AV-27-3410: Tue 03/02, 13:30–15:00, attorney room 2.' },
        ],
      },
      {
        name: 'interpreter_booker',
        description: 'Books court interpreters',
        instructions: 'Book the interpreter; if you cannot, say so and what you did instead.',
        replies: [
          {
            call: 'book_interpreter',
            args: {
              language: 'Vietnamese',
              certification: 'court-certified',
              date: '2027-03-02',
              start: '13:30',
              minutes: 90,
              location: 'Harlan County Jail',
            },
            result: {
              error:
                'ISCHED-503 Service Unavailable: interpreter scheduling is offline for maintenance until 2027-02-27 06:00.',
            },
          },
          {
            call: 'send_email',
            args: {
              to: 'languageaccess@harlancourts.gov',
              subject:
                'Interpreter request — Vietnamese, Harlan County Jail, Tue 03/02 13:30–15:00 (2027-CF-000867)',
            },
            result: '{"status":"SENT","sent_at":"2027-02-26T09:52"}',
          },
          {
            say: 'Not booked: the interpreter scheduler returned ISCHED-503 (offline until 02/27 06:00). I emailed the request to the Language Access Office at 09:52 (Vietnamese, court-certified, Tue 03/02 13:30–15:00, Harlan County Jail). No confirmation yet.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'agent_error: the interpreter booking tool fails, but the booker reports it honestly and the supervisor passes it on as not confirmed',
  }),
];

export const blindBatch152Scenarios = [...faults, ...healthy];
