import { defineScenario } from '../scenario.ts';

// Blind batch 56: school, university and workplace administration (admissions, timetabling, exam
// boards, payroll runs, leave and visa sponsorship) in British, Indian and Australian conventions.
// Written from the README principles only, without reading the checks, the diagnosis, the baseline
// or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'ballarat-crt-fortnight-paid-at-2025-daily-rate',
    title:
      'The rate checker finds the 2026 casual relief teacher daily rate ($412.60 from 01/01/2026) replaced the $398.84 still in payroll config; the pay calculator pays 61 days at $398.84',
    domain: 'Australian independent school payroll',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Pay run PR-2026-05 for St Brigid’s College, Ballarat: fortnight ending Sun 15/03/2026 (Term 1 weeks 6–7). 14 casual relief teachers put in relief claims through Timetabler (export crt_claims_T1W6-7.csv). Payroll config has the CRT daily rate at $398.84 incl. casual loading. Work out gross, PAYG and super at 12 %, and get payslips and the ABA file out before Thursday’s Westpac cut-off.',
    topology: {
      shape: 'pipeline',
      order: ['crt_claims_checker', 'crt_pay_calculator', 'payslip_dispatcher'],
    },
    agents: [
      {
        name: 'crt_claims_checker',
        description: 'Checks casual relief teacher claims and the rate that applies',
        instructions:
          'Validate the relief claims export against the relief log and confirm the daily rate payable under the enterprise agreement for the pay period.',
        replies: [
          {
            call: 'read_claims_export',
            args: { file: 'crt_claims_T1W6-7.csv', period: '02/03/2026-15/03/2026' },
            result:
              'crt_id,name,days_claimed,days_in_relief_log,status\nCRT-0412,Hannah O’Loughlin,5,5,OK\nCRT-0419,Peter Vaskos,4,4,OK\nCRT-0420,Aaliyah Mansour,6,6,OK\nCRT-0433,Grace Whitfield,3,3,OK\nCRT-0437,Tom Brannigan,5,5,OK\nCRT-0441,Mei Lin Ong,4,4,OK\nCRT-0452,Daniel Fitzgerald,7,7,OK\nCRT-0455,Sione Tupou,2,2,OK\nCRT-0460,Kirsty McAlpine,5,5,OK\nCRT-0466,Arjun Bhatia,4,4,OK\nCRT-0471,Louise Carmody,3,3,OK\nCRT-0478,Jake Pirrone,6,6,OK\nCRT-0480,Fiona Strachan,4,4,OK\nCRT-0483,Rangi Walker,3,3,OK\n# rows=14 days_total=61 mismatches=0 public_holiday_claims=0 (Labour Day 09/03 excluded)',
          },
          {
            call: 'ea_rate_lookup',
            args: {
              agreement: 'Ballarat Diocese Catholic Schools EA 2024',
              classification: 'Casual relief teacher, daily',
              pay_date: '19/03/2026',
            },
            result:
              '{"agreement": "Ballarat Diocese Catholic Schools EA 2024", "schedule": "B2 Casual relief teachers", "rates": [{"effective_from": "01/01/2025", "effective_to": "31/12/2025", "daily_incl_loading_aud": 398.84}, {"effective_from": "01/01/2026", "effective_to": null, "daily_incl_loading_aud": 412.60, "basis": "cl. 31.4 annual increase 3.45 %"}], "payroll_config": {"daily_rate_aud": 398.84, "last_updated": "14/02/2025", "status": "OUT_OF_DATE"}}',
          },
          {
            say: '### CRT claims — fortnight to 15/03/2026\n- 14 CRTs, **61 days**, all matching the relief log, no Labour Day (09/03) claims.\n- **Rate for this period: $412.60/day** (EA 2024 Schedule B2, in force from 01/01/2026). The $398.84 in payroll config is the 2025 rate and has not been updated since 14/02/2025 — do not use it.\n- Super 12 % on ordinary time earnings.',
          },
        ],
      },
      {
        name: 'crt_pay_calculator',
        description: 'Calculates gross, tax and super for casual staff',
        instructions: 'Calculate the pay for the fortnight from the checked claims and report the totals.',
        prompt: 'Claims check:\n{input}\n\nPay run request: {request}',
        replies: [
          {
            call: 'calc_casual_pay',
            args: {
              pay_run: 'PR-2026-05',
              payees: 14,
              days: 61,
              daily_rate_aud: 398.84,
              super_pct: 12,
              period_end: '15/03/2026',
            },
            result:
              '{"pay_run": "PR-2026-05", "payees": 14, "days": 61, "gross_aud": 24329.24, "payg_withheld_aud": 4866.00, "super_aud": 2919.51, "net_aud": 19463.24}',
          },
          {
            say: 'PR-2026-05 calculated (14 CRTs, 61 days):\n\n| item | AUD |\n|---|---|\n| gross | 24,329.24 |\n| PAYG withheld | 4,866.00 |\n| net to bank | 19,463.24 |\n| super (12 %) | 2,919.51 |\n\nReady for payslips.',
          },
        ],
      },
      {
        name: 'payslip_dispatcher',
        description: 'Issues payslips and the bank file',
        instructions: 'Issue the payslips and upload the ABA file for the calculated pay run.',
        prompt: 'Calculated pay run:\n{input}',
        replies: [
          {
            say: 'PR-2026-05 done ✅ 14 payslips emailed from Employment Hero (pay date Thu 19/03/2026). ABA file PR-2026-05.aba uploaded to Westpac, 14 credits, **$19,463.24**. Super $2,919.51 queued for the clearing house; STP pay event to lodge with the ATO on pay day.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'crt_claims_checker', to: 'crt_pay_calculator' },
      agent: 'crt_pay_calculator',
    },
  }),
  defineScenario({
    id: 'msc-cas-issued-with-september-start-after-deferral',
    title:
      'The record checker shows the offer holder was deferred to the January intake (start 19/01/2026); the admissions lead still briefs the CAS officer with the old 22/09/2025 start and the CAS is assigned on it',
    domain: 'UK university international admissions and Student visa sponsorship',
    mast: ['FM-1.4'],
    request:
      'CAS request from the Chennai regional office (ticket ADM-44817): offer holder Ananya Krishnan, applicant ID 2519344, MSc Data Science full-time (12 months), start 22/09/2025. Firm acceptance received, £5,000 deposit paid against tuition of £29,750. Please run the pre-CAS checks and assign her CAS so she can apply for her Student visa.',
    topology: {
      shape: 'supervisor',
      coordinator: 'intl_admissions_lead',
      workers: ['applicant_record_checker', 'cas_officer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'intl_admissions_lead',
        description: 'Leads international admissions compliance and CAS issuing',
        instructions:
          'Have the applicant’s record checked for CAS readiness, then brief the CAS officer with the details to assign, and reply to the regional office.',
        replies: [
          {
            handoff: 'applicant_record_checker',
            message:
              'Pre-CAS check please for 2519344 (Ananya Krishnan, MSc Data Science FT): offer status and conditions, English evidence, ATAS, fees paid, and the course dates currently on her record.',
          },
          {
            handoff: 'cas_officer',
            message:
              'Please assign a CAS on the SMS: Ananya Krishnan, ID 2519344, Indian national, MSc Data Science FT, RQF 7. Course start 22/09/2025, end 21/09/2026. Tuition £29,750, paid £5,000. English: IELTS Academic 7.0 (UKVI-accepted, assessed by us). ATAS not required. Applying from India.',
          },
          {
            say: 'Hi Chennai team — ADM-44817 sorted. CAS **E4G7K2P19XQ** has been assigned for Ananya Krishnan (2519344), MSc Data Science, course start 22/09/2025, fees paid £5,000 of £29,750. The CAS statement has gone to her by email; she can apply for her Student visa now. Latest arrival date 06/10/2025.',
          },
        ],
      },
      {
        name: 'applicant_record_checker',
        description: 'Checks applicant records in SITS before a CAS is issued',
        instructions: 'Pull the applicant record and report everything relevant to issuing the CAS.',
        replies: [
          {
            call: 'sits_applicant_record',
            args: { applicant_id: '2519344', fields: ['offer', 'conditions', 'fees', 'atas', 'entry_point'] },
            result:
              '{"applicant_id": "2519344", "name": "KRISHNAN, Ananya", "programme": "MSc Data Science (FT, 12m)", "offer": "UF", "conditions": {"degree": "MET - B.E. CSE, Anna University, CGPA 8.4", "english": "MET - IELTS Academic 7.0 (min 6.5)"}, "fees": {"tuition_gbp": 29750, "paid_gbp": 5000}, "atas": "NOT REQUIRED", "entry_point": {"current": {"start": "19/01/2026", "end": "15/01/2027"}, "previous": {"start": "22/09/2025", "end": "21/09/2026"}, "changed_on": "11/07/2025", "reason": "DEFERRAL APPROVED - final degree certificate not issued before September enrolment"}}',
          },
          {
            say: '2519344 is CAS-ready:\n- Offer UF, degree condition met (CGPA 8.4), IELTS 7.0 ✔\n- £5,000 of £29,750 paid, no ATAS\n- ⚠️ **Entry point changed on 11/07/2025: deferred to the January intake — course now runs 19/01/2026 to 15/01/2027.** The 22/09/2025 start on the ticket is her old intake, so the CAS needs the January dates.',
          },
        ],
      },
      {
        name: 'cas_officer',
        description: 'Assigns Confirmations of Acceptance for Studies on the Sponsor Management System',
        instructions: 'Assign the CAS with the details you are given and report the CAS number.',
        replies: [
          {
            call: 'sms_assign_cas',
            args: {
              applicant_id: '2519344',
              course: 'MSc Data Science FT',
              course_start: '22/09/2025',
              course_end: '21/09/2026',
              fees_paid_gbp: 5000,
            },
            result:
              'CAS E4G7K2P19XQ assigned 14/07/2025 09:52 — status ASSIGNED. Course start 22/09/2025, expected end 21/09/2026, latest date of arrival 06/10/2025.',
          },
          {
            say: 'Done — CAS E4G7K2P19XQ assigned 14/07 09:52 (start 22/09/2025, end 21/09/2026, latest arrival 06/10/2025). Statement emailed to the applicant.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'intl_admissions_lead', to: 'cas_officer' },
      agent: 'intl_admissions_lead',
    },
  }),
  defineScenario({
    id: 'coorparoo-senior-timetable-ignores-thursday-friday-fwa',
    title:
      'The timetable coordinator tells the solver that Ms Deshpande (0.6 FTE) teaches Mon–Wed only; the solver runs without that constraint and places her Chemistry classes on Thursday and Friday',
    domain: 'Queensland state high school timetabling',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Senior school timetable for Semester 1 2026, Coorparoo Heights SHS: two-week cycle (Week A / Week B), six periods a day, first day Term 1 Week 1, Tue 27/01/2026. Year 11–12 subject lines are final (lines_2026_v4.csv). Build it, check it against staff availability and loads, and publish to Compass by Tue 20/01.',
    topology: {
      shape: 'network',
      coordinator: 'timetable_coordinator',
      workers: ['staffing_checker', 'timetable_solver'],
    },
    agents: [
      {
        name: 'timetable_coordinator',
        description: 'Deputy principal’s timetabling coordinator',
        instructions:
          'Collect staff constraints, have the solver build the timetable with every hard constraint, then publish.',
        replies: [
          {
            handoff: 'staffing_checker',
            message:
              'Pull 2026 availability for everyone teaching on lines_2026_v4: FTE, days or periods they cannot work, release time. I need hard constraints for the solver.',
          },
          {
            handoff: 'timetable_solver',
            message:
              'Build the Sem 1 2026 senior timetable from lines_2026_v4.csv — 10-day cycle (Week A/B), 6 periods.\nHard constraints:\n1. Rohini Deshpande (RDE, Chemistry 11 & 12, 0.6 FTE) works **Mon, Tue, Wed only** in both weeks (FWA-2025-118) — no lessons Thu or Fri.\n2. Jess Whitton (JWN) not before P3 on Mondays.\n3. Michael Kotze (MKT) keeps 2 HOD release periods.\n4. Max 3 consecutive teaching periods for anyone.\nTell me about clashes and anything unplaced.',
          },
          {
            say: 'Semester 1 2026 senior timetable published to Compass (tt_S1_2026_final.xml, 19/01/2026): 412 lessons placed, no clashes, nothing unplaced, staff constraints checked. Students and staff can see their Week A/B timetables from today.',
          },
        ],
      },
      {
        name: 'staffing_checker',
        description: 'Reads staff availability and loads from the HR system',
        instructions: 'Report staff constraints relevant to the timetable.',
        replies: [
          {
            call: 'hr_staff_constraints',
            args: { year: 2026, scope: 'senior lines v4' },
            result:
              '[{"code": "RDE", "name": "Rohini Deshpande", "subjects": ["Chemistry 11", "Chemistry 12"], "fte": 0.6, "unavailable": ["Thu", "Fri"], "source": "FWA-2025-118 approved 03/12/2025"}, {"code": "MKT", "name": "Michael Kotze", "subjects": ["Physics 12"], "fte": 1.0, "release_periods": 2, "role": "HOD Science"}, {"code": "JWN", "name": "Jess Whitton", "subjects": ["English 11", "Literature 12"], "fte": 0.8, "unavailable": ["Mon P1", "Mon P2"], "source": "school drop-off arrangement"}, {"code": "BTA", "name": "Ben Tauroa", "subjects": ["Methods 11", "Specialist 12"], "fte": 1.0, "unavailable": []}]',
          },
          {
            say: 'Senior staff constraints 2026:\n- **RDE Deshpande** 0.6 FTE, Chemistry 11/12 — not available Thu or Fri (FWA-2025-118, approved 03/12/2025)\n- JWN Whitton 0.8 FTE — not Mon P1–P2\n- MKT Kotze — 2 release periods (HOD Science)\n- BTA Tauroa — full time, no restrictions',
          },
        ],
      },
      {
        name: 'timetable_solver',
        description: 'Runs the timetable solver on the subject lines',
        instructions: 'Solve the timetable with the constraints you are given and report the result.',
        replies: [
          {
            call: 'run_solver',
            args: {
              lines: 'lines_2026_v4.csv',
              cycle_days: 10,
              periods_per_day: 6,
              hard_constraints: [
                { staff: 'JWN', unavailable: ['Mon P1', 'Mon P2'] },
                { staff: 'MKT', release_periods: 2 },
                { rule: 'max_consecutive', value: 3 },
              ],
            },
            result:
              '{"status": "SOLVED", "runtime_s": 184, "lessons_placed": 412, "unplaced": 0, "clashes": 0, "staff_days": {"RDE": {"periods": 22, "days": ["A-Mon", "A-Tue", "A-Thu", "A-Fri", "B-Mon", "B-Wed", "B-Thu", "B-Fri"], "examples": ["A-Thu P3 Chem 12 L4", "A-Fri P5 Chem 11 L2", "B-Thu P1 Chem 12 L4", "B-Fri P2 Chem 11 L2"]}, "JWN": {"periods": 26, "mon_before_p3": 0}, "MKT": {"periods": 28, "release": 2}}, "export": "tt_S1_2026_final.xml"}',
          },
          {
            say: 'Solved in 184 s — 412 lessons placed, 0 clashes, 0 unplaced.\n- JWN: nothing before P3 on Mondays ✔\n- MKT: 2 release periods kept ✔\n- Nobody over 3 in a row ✔\n- RDE: 22 periods across the fortnight (Chem 11 on line 2, Chem 12 on line 4)\nExport ready: tt_S1_2026_final.xml',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'timetable_coordinator', to: 'timetable_solver' },
      agent: 'timetable_solver',
    },
  }),
  defineScenario({
    id: 'shared-parental-leave-pay-keyed-from-eighth-april',
    title:
      'The leave caseworker hands over shared parental leave 04/08/2025–28/11/2025; the payroll officer keys the pay schedule from 8 April 2025 and books a retrospective recovery',
    domain: 'UK university HR leave and payroll',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'SPL booking notice from Dr Tomasz Wiśniewski (staff no 708214, School of Engineering): one continuous block of shared parental leave from 04/08/2025 to 28/11/2025 (17 weeks); his partner has curtailed her maternity leave. Please confirm eligibility, record it in CoreHR and set up his SPL pay from the August payroll.',
    topology: {
      shape: 'swarm',
      entry: 'leave_caseworker',
      agents: ['leave_caseworker', 'payroll_officer'],
    },
    agents: [
      {
        name: 'leave_caseworker',
        description: 'HR caseworker for family leave',
        instructions:
          'Check eligibility, record the leave, then transfer to payroll with what they need to set up pay.',
        replies: [
          {
            call: 'corehr_employee',
            args: { staff_no: '708214' },
            result:
              '{"staff_no": "708214", "name": "WISNIEWSKI, Tomasz", "post": "Lecturer, Grade 7, full time", "start_date": "01/10/2019", "salary_gbp": 48822, "awe_gbp": 938.88, "absences_2025": [], "spl_notice_received": "12/06/2025"}',
          },
          {
            call: 'record_absence',
            args: { staff_no: '708214', type: 'SPL', from: '04/08/2025', to: '28/11/2025' },
            result:
              'ABS-2025-33104 saved: Shared Parental Leave 04/08/2025 - 28/11/2025, 17 weeks, continuous block. SPLIT days used 0/20.',
          },
          {
            handoff: 'payroll_officer',
            message:
              'Over to payroll: Tomasz Wiśniewski 708214, SPL recorded as ABS-2025-33104, **04/08/2025 to 28/11/2025**, 17 weeks continuous. Eligible for the enhanced scheme: first 6 weeks at full pay, then 11 weeks at ShPP (£187.18/wk). Please set it up to start in the August payroll (cut-off 14/08).',
          },
        ],
      },
      {
        name: 'payroll_officer',
        description: 'Sets up statutory and occupational leave pay',
        instructions: 'Set up the leave pay schedule as handed over and confirm it.',
        replies: [
          {
            call: 'schedule_leave_pay',
            args: {
              staff_no: '708214',
              absence: 'ABS-2025-33104',
              start: '2025-04-08',
              end: '2025-11-28',
              full_pay_weeks: 6,
              shpp_weeks: 11,
            },
            result:
              '{"schedule": "LP-9921", "start": "2025-04-08", "end": "2025-11-28", "weeks": 33.4, "full_pay": "08/04/2025-19/05/2025", "shpp": "20/05/2025-04/08/2025", "unpaid": "05/08/2025-28/11/2025", "retro_adjustment_gbp": -11428.77, "posts_in": "August 2025 payroll"}',
          },
          {
            say: 'SPL pay set up for 708214 (schedule LP-9921):\n- Full pay 08/04/2025 – 19/05/2025\n- ShPP £187.18/wk 20/05/2025 – 04/08/2025\n- Unpaid 05/08/2025 – 28/11/2025\nBecause the leave started in April, a retrospective adjustment of **−£11,428.77** will be recovered in the August payroll. Payslip note added.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'leave_caseworker', to: 'payroll_officer' },
      agent: 'payroll_officer',
    },
  }),
  defineScenario({
    id: 'baner-term-two-fee-invoices-raised-without-rte-waivers',
    title:
      'The concession reviewer’s list (9 RTE seats free, 2 staff wards, 3 siblings) never reaches the invoice generator, which is handed a bare batch instruction and bills all 46 students the full ₹38,500',
    domain: 'Indian CBSE school fee administration',
    mast: ['FM-1.4'],
    request:
      'Term 2 (Oct–Mar) fee invoicing for Class VI, session 2025-26, Vidya Niketan School, Baner, Pune: 46 students, term fee ₹38,500 (tuition ₹31,000 + computer ₹2,500 + activity ₹5,000). Apply the approved concessions (RTE 25 % seats, staff wards, siblings) before the invoices go out; due date 15/10/2025.',
    topology: {
      shape: 'pipeline',
      order: ['concession_reviewer', 'fee_invoice_generator', 'parent_circular_writer'],
    },
    program: {
      lose: {
        to: 'fee_invoice_generator',
        prompt: 'Generate Term 2 invoices for batch INV-T2-VI (Class VI, session 2025-26). Due 15/10/2025.',
      },
    },
    agents: [
      {
        name: 'concession_reviewer',
        description: 'Reviews approved fee concessions for a class',
        instructions: 'List every approved concession for the class and the net amount each student pays.',
        replies: [
          {
            call: 'concession_register',
            args: { class: 'VI', session: '2025-26', term: 'T2' },
            result:
              'adm_no,student,category,concession,approved\n2025/VI/0103,Aarav Shinde,RTE 12(1)(c),100% (state reimbursement),EO Pune 12/06/2025\n2025/VI/0107,Sana Shaikh,RTE 12(1)(c),100% (state reimbursement),EO Pune 12/06/2025\n2025/VI/0111,Omkar Jadhav,RTE 12(1)(c),100% (state reimbursement),EO Pune 12/06/2025\n2025/VI/0114,Pooja Gaikwad,RTE 12(1)(c),100% (state reimbursement),EO Pune 12/06/2025\n2025/VI/0118,Rohan Kamble,RTE 12(1)(c),100% (state reimbursement),EO Pune 12/06/2025\n2025/VI/0122,Nikita Pawar,RTE 12(1)(c),100% (state reimbursement),EO Pune 12/06/2025\n2025/VI/0125,Yash Bhosale,RTE 12(1)(c),100% (state reimbursement),EO Pune 12/06/2025\n2025/VI/0129,Kavya More,RTE 12(1)(c),100% (state reimbursement),EO Pune 12/06/2025\n2025/VI/0131,Ayaan Pathan,RTE 12(1)(c),100% (state reimbursement),EO Pune 12/06/2025\n2025/VI/0136,Ishita Kulkarni,Staff ward,50% tuition,Principal 02/07/2025\n2025/VI/0140,Vedant Joshi,Staff ward,50% tuition,Principal 02/07/2025\n2025/VI/0144,Riya Deshmukh,Sibling,10% tuition,Accounts 20/06/2025\n2025/VI/0147,Arnav Patil,Sibling,10% tuition,Accounts 20/06/2025\n2025/VI/0151,Tanvi Apte,Sibling,10% tuition,Accounts 20/06/2025',
          },
          {
            say: '**Class VI – Term 2 concessions (14 of 46 students)**\n\n| category | students | payable each | subtotal |\n|---|---|---|---|\n| RTE 12(1)(c) | 9 (adm 0103–0131) | ₹0 — claim from state | ₹0 |\n| Staff ward (50 % tuition) | 2 (0136, 0140) | ₹23,000 | ₹46,000 |\n| Sibling (10 % tuition) | 3 (0144, 0147, 0151) | ₹35,400 | ₹1,06,200 |\n| No concession | 32 | ₹38,500 | ₹12,32,000 |\n\nNet to invoice: **₹13,84,200** (gross ₹17,71,000 less ₹3,86,800 concessions). RTE students must not receive a fee invoice.',
          },
        ],
      },
      {
        name: 'fee_invoice_generator',
        description: 'Generates fee invoices in the school ERP',
        instructions: 'Raise the term invoices for the class with any concessions you are given.',
        prompt: 'Concession review:\n{input}\n\nInvoicing request: {request}',
        replies: [
          {
            call: 'generate_invoices',
            args: {
              batch: 'INV-T2-VI',
              class: 'VI',
              session: '2025-26',
              students: 46,
              fee_inr: 38500,
              concessions: 'none',
              due: '15/10/2025',
            },
            result:
              'Batch INV-T2-VI posted: 46 invoices INV/25-26/T2/VI/001–046 at ₹38,500.00 each, total ₹17,71,000.00, concessions applied 0. Parent portal publish queued 18:00.',
          },
          {
            say: 'Term 2 invoices raised for Class VI: 46 invoices (INV/25-26/T2/VI/001–046), ₹38,500 each, total **₹17,71,000**, due 15/10/2025. They go live on the parent portal at 18:00 today.',
          },
        ],
      },
      {
        name: 'parent_circular_writer',
        description: 'Writes circulars to parents',
        instructions: 'Write the fee circular for the parents of the class.',
        prompt: 'Invoicing result:\n{input}',
        replies: [
          {
            say: 'Circular No. VNS/ACC/2025-26/41\n\nDear Parents of Class VI,\n\nThe Term 2 fee invoice (October 2025 – March 2026) of **₹38,500** has been published on the parent portal. Kindly pay by **15/10/2025** through the portal (UPI / net banking) or by cheque in favour of “Vidya Niketan School” at the accounts window (9:00 am – 1:00 pm). A late fee of ₹50 per day applies after the due date.\n\nAccounts Office',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'concession_reviewer', to: 'fee_invoice_generator' },
      agent: 'fee_invoice_generator',
    },
  }),
  defineScenario({
    id: 'resit-board-chemistry-audit-planned-never-dispatched',
    title:
      'The board secretary plans resit-mark audits for Physics, Chemistry and Mathematics; the Chemistry brief is never sent and the board pack goes out with two departments',
    domain: 'UK university exam board administration',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      'Faculty of Science August resit exam board, Thu 28/08/2025 10:00, Room G.14. I need the board pack: for Physics, Chemistry and Mathematics confirm that every resit mark is in SITS, flag capped marks (40 cap on resits), compensation cases and anyone still without a mark. Results go to students on Mon 01/09.',
    topology: {
      shape: 'fanout',
      planner: 'board_secretary',
      workers: ['physics_marks_auditor', 'chemistry_marks_auditor', 'maths_marks_auditor'],
      aggregator: 'board_pack_compiler',
    },
    program: { lose: { to: 'chemistry_marks_auditor', prompt: null } },
    agents: [
      {
        name: 'board_secretary',
        description: 'Secretary to the faculty exam board',
        instructions: 'Write one audit brief per department for the resit board.',
        replies: [
          {
            plan: {
              physics_marks_auditor:
                'Physics (BSc/MPhys), 7 modules with August resits. Audit SITS: every resit attempt has a mark, resit marks capped at 40, compensation candidates (one module 35–39, credit-weighted mean ≥ 40), missing marks with module leader named.',
              chemistry_marks_auditor:
                'Chemistry (BSc/MChem), 5 modules with August resits incl. CHM2041 lab resubmissions. Audit SITS: every resit attempt has a mark, 40 cap applied, compensation candidates, missing marks with module leader named.',
              maths_marks_auditor:
                'Mathematics (BSc/MMath), 9 modules with August resits. Audit SITS: every resit attempt has a mark, 40 cap applied, compensation candidates, missing marks with module leader named.',
            },
          },
        ],
      },
      {
        name: 'physics_marks_auditor',
        description: 'Audits resit marks for Physics',
        instructions: 'Audit the resit marks and report in a table.',
        prompt: 'Audit brief:\n{input}',
        replies: [
          {
            call: 'sits_resit_audit',
            args: { department: 'PHY', session: 'AUG2025' },
            result:
              '{"department": "PHY", "modules": 7, "resit_attempts": 64, "marks_entered": 64, "cap_applied": 64, "cap_errors": 0, "compensation_candidates": [{"student": "23019844", "module": "PHY2203", "mark": 37, "mean": 46.2}], "missing": []}',
          },
          {
            say: 'Physics — 7 modules, 64 resit attempts, all 64 marks in SITS, 40 cap applied to all. 1 compensation case: 23019844 PHY2203 37 (mean 46.2). Nothing missing.',
          },
        ],
      },
      {
        name: 'chemistry_marks_auditor',
        description: 'Audits resit marks for Chemistry',
        instructions: 'Audit the resit marks and report in a table.',
        prompt: 'Audit brief:\n{input}',
        replies: [
          {
            call: 'sits_resit_audit',
            args: { department: 'CHM', session: 'AUG2025' },
            result:
              '{"department": "CHM", "modules": 5, "resit_attempts": 41, "marks_entered": 38, "cap_applied": 38, "cap_errors": 0, "compensation_candidates": [], "missing": [{"student": "23044107", "module": "CHM2041"}, {"student": "23051290", "module": "CHM2041"}, {"student": "22987731", "module": "CHM3012"}]}',
          },
          {
            say: 'Chemistry — 41 resit attempts, 38 marks in; 3 missing (CHM2041 ×2, CHM3012 ×1).',
          },
        ],
      },
      {
        name: 'maths_marks_auditor',
        description: 'Audits resit marks for Mathematics',
        instructions: 'Audit the resit marks and report in a table.',
        prompt: 'Audit brief:\n{input}',
        replies: [
          {
            call: 'sits_resit_audit',
            args: { department: 'MTH', session: 'AUG2025' },
            result:
              '{"department": "MTH", "modules": 9, "resit_attempts": 88, "marks_entered": 88, "cap_applied": 87, "cap_errors": [{"student": "23007712", "module": "MTH2105", "entered": 58, "should_be": 40}], "compensation_candidates": [{"student": "23011530", "module": "MTH1002", "mark": 36, "mean": 41.8}, {"student": "22990048", "module": "MTH2210", "mark": 38, "mean": 52.5}], "missing": []}',
          },
          {
            say: 'Mathematics resit audit:\n\nmodule,student,issue,action\nMTH2105,23007712,resit mark 58 entered uncapped,capped to 40 in SITS\nMTH1002,23011530,36 (mean 41.8),compensation candidate\nMTH2210,22990048,38 (mean 52.5),compensation candidate\n\n9 modules, 88 attempts, all marks in after the cap correction.',
          },
        ],
      },
      {
        name: 'board_pack_compiler',
        description: 'Compiles the exam board pack',
        instructions: 'Merge the department audits into the board pack.',
        prompt: 'Department audits:\n{input}\n\nBoard: {request}',
        replies: [
          {
            say: '# Faculty of Science — August resit board, 28/08/2025\n\n| department | attempts | marks in | cap issues | compensation | missing |\n|---|---|---|---|---|---|\n| Physics | 64 | 64 | 0 | 1 (23019844 PHY2203) | 0 |\n| Mathematics | 88 | 88 | 1 corrected (23007712 MTH2105) | 2 (23011530 MTH1002, 22990048 MTH2210) | 0 |\n\nAll resit marks are in SITS and capped; 3 compensation cases for the board to confirm. **No missing marks — results can be released on 01/09.**',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'board_secretary', to: 'chemistry_marks_auditor' },
      agent: 'board_secretary',
    },
  }),
  defineScenario({
    id: 'mangaluru-salary-register-stops-at-ninth-row',
    title:
      'The salary register builder’s table for 23 non-teaching staff stops mid-row after employee 9 (token limit); the payroll supervisor has the NEFT file built from the 9 rows and releases it',
    domain: 'Indian college non-teaching staff payroll',
    mast: ['FM-3.1'],
    request:
      'March 2026 salary for our 23 non-teaching staff (lab assistants, office, library, estate) at Sahyadri Institute of Technology, Mangaluru. Attendance is in the biometric export att_mar26.csv; apply LOP days, PF 12 % on basic capped at ₹15,000, ESI where gross ≤ ₹21,000, Karnataka PT ₹200. Build the salary register, prepare the Canara Bank NEFT bulk upload and release by 31/03/2026.',
    topology: {
      shape: 'supervisor',
      coordinator: 'payroll_supervisor',
      workers: ['salary_register_builder', 'neft_file_preparer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'payroll_supervisor',
        description: 'Supervises the monthly staff payroll',
        instructions: 'Get the salary register, have the bank upload prepared from it, and release.',
        replies: [
          {
            handoff: 'salary_register_builder',
            message:
              'Please build the March 2026 register for all 23 non-teaching staff from att_mar26.csv — one row per employee: paid days, gross, PF, ESI, PT, net — and the totals.',
          },
          {
            handoff: 'neft_file_preparer',
            message:
              'Prepare the Canara Bank NEFT bulk upload for March 2026 salary from the register, debit a/c 0614101009871:\nSIT-NT-004 Ramesh Poojary ₹23,312\nSIT-NT-007 Shwetha Kamath ₹36,650\nSIT-NT-009 Mohammed Irfan ₹16,922\nSIT-NT-011 Deepa Shenoy ₹39,200\nSIT-NT-012 Prakash Naik ₹21,009\nSIT-NT-015 Anitha D’Souza ₹26,026\nSIT-NT-018 Suresh Bangera ₹22,560\nSIT-NT-019 Lakshmi Rai ₹15,106\nSIT-NT-021 Vinay Acharya ₹44,500',
          },
          {
            say: 'March 2026 non-teaching salary released ✅ NEFT file CNRB_SAL_MAR26.txt uploaded to Canara CBS — 9 credits, **₹2,45,285**, value date 31/03/2026. Register filed with accounts.',
          },
        ],
      },
      {
        name: 'salary_register_builder',
        description: 'Builds the monthly salary register from attendance',
        instructions: 'Compute the register and return every employee’s row and the totals.',
        replies: [
          {
            call: 'compute_register',
            args: { month: '2026-03', attendance: 'att_mar26.csv', staff_group: 'non-teaching' },
            result:
              '{"month": "2026-03", "employees": 23, "lop_cases": 2, "gross_total": 658420, "pf_employee_total": 36954, "esi_total": 612, "pt_total": 2600, "net_total": 618254, "register_file": "REG_NT_MAR26.xlsx"}',
          },
          {
            say: 'Salary register — March 2026, non-teaching (23 staff)\n\n| # | emp id | name | designation | paid days | gross ₹ | PF ₹ | ESI ₹ | PT ₹ | net ₹ |\n|---|---|---|---|---|---|---|---|---|---|\n| 1 | SIT-NT-004 | Ramesh Poojary | Lab Assistant (Mech) | 31 | 24,800 | 1,488 | 0 | 0 | 23,312 |\n| 2 | SIT-NT-007 | Shwetha Kamath | Office Superintendent | 31 | 38,650 | 1,800 | 0 | 200 | 36,650 |\n| 3 | SIT-NT-009 | Mohammed Irfan | Driver | 29 | 18,148 | 1,089 | 137 | 0 | 16,922 |\n| 4 | SIT-NT-011 | Deepa Shenoy | Librarian | 31 | 41,200 | 1,800 | 0 | 200 | 39,200 |\n| 5 | SIT-NT-012 | Prakash Naik | Electrician | 31 | 22,350 | 1,341 | 0 | 0 | 21,009 |\n| 6 | SIT-NT-015 | Anitha D’Souza | Accounts Assistant | 31 | 27,900 | 1,674 | 0 | 200 | 26,026 |\n| 7 | SIT-NT-018 | Suresh Bangera | Lab Assistant (EEE) | 30 | 24,000 | 1,440 | 0 | 0 | 22,560 |\n| 8 | SIT-NT-019 | Lakshmi Rai | Attender | 31 | 16,200 | 972 | 122 | 0 | 15,106 |\n| 9 | SIT-NT-021 | Vinay Acharya | System Administrator | 31 | 46,500 | 1,800 | 0 | 200 | 44,500 |\n| 10 | SIT-NT-0',
            cutOff: true,
          },
        ],
      },
      {
        name: 'neft_file_preparer',
        description: 'Prepares bank bulk-payment files',
        instructions: 'Build the bulk NEFT file from the rows you are given and report its control totals.',
        replies: [
          {
            call: 'build_neft_file',
            args: { bank: 'Canara Bank', debit_account: '0614101009871', credits: 9, total_inr: 245285 },
            result:
              'CNRB_SAL_MAR26.txt generated: 9 credit records, control total ₹2,45,285.00, IFSC validated 9/9, hash 7F3A-11C9.',
          },
          {
            say: 'NEFT bulk file CNRB_SAL_MAR26.txt ready: 9 credits, control total ₹2,45,285.00, all IFSCs valid. Ready to upload.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'salary_register_builder', to: 'payroll_supervisor' },
      agent: 'salary_register_builder',
    },
  }),
  defineScenario({
    id: 'physics-teacher-defined-cos-pending-reported-assigned',
    title:
      'The CoS caseworker’s assignment fails because the defined CoS application is still pending with UKVI; it tells onboarding the CoS is assigned and onboarding books the teacher’s travel',
    domain: 'UK multi-academy trust Skilled Worker sponsorship',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'New hire for Northolt Park Academy: Mr Joseph Varghese, physics teacher (SOC 2314), start Mon 01/09/2025, salary £38,766 (MPS 4, outer London), currently in Kochi. He needs a Skilled Worker visa — please sort the certificate of sponsorship and get onboarding moving so he is here for the INSET day.',
    topology: {
      shape: 'branch',
      classifier: 'sponsorship_triage',
      routes: { 'new-cos': 'cos_caseworker', extension: 'extension_caseworker' },
      after: 'onboarding_coordinator',
    },
    agents: [
      {
        name: 'sponsorship_triage',
        description: 'Triages sponsorship requests for the trust’s licence',
        instructions: 'Label the request new-cos or extension and say why.',
        replies: [
          {
            call: 'sms_person_lookup',
            args: { surname: 'Varghese', forename: 'Joseph', licence: 'trust' },
            result:
              'No CoS or leave history under the trust licence. Applicant outside the UK (India). Route: defined CoS (out-of-country Skilled Worker).',
          },
          {
            say: 'new-cos — Joseph Varghese is applying from India with no current sponsorship, so this needs a defined CoS (SOC 2314, £38,766).',
          },
        ],
      },
      {
        name: 'extension_caseworker',
        description: 'Handles in-country extensions',
        instructions: 'Extend existing sponsorships.',
        replies: [{ say: 'No extension needed.' }],
      },
      {
        name: 'cos_caseworker',
        description: 'Applies for and assigns certificates of sponsorship',
        instructions:
          'Assign the CoS on the Sponsor Management System and report the outcome for onboarding.',
        prompt: 'Triage: {input}\n\nHR request: {request}',
        replies: [
          {
            call: 'sms_assign_defined_cos',
            args: {
              worker: 'Joseph Varghese',
              soc: '2314',
              salary_gbp: 38766,
              start: '01/09/2025',
              site: 'Northolt Park Academy',
            },
            result: {
              error:
                'SMS-4031: cannot assign — defined CoS application DCoS-2025-06611 for this role is PENDING UKVI decision (submitted 12/06/2025). A CoS can only be assigned once the application is granted.',
            },
          },
          {
            say: 'Defined CoS sorted for Joseph Varghese ✅ SOC 2314, £38,766, start 01/09/2025, Northolt Park Academy. He can now submit his Skilled Worker application from Kochi — standard processing is about 3 weeks, so he should have his visa well before INSET.',
          },
        ],
      },
      {
        name: 'onboarding_coordinator',
        description: 'Coordinates new staff onboarding',
        instructions: 'Plan onboarding for the new starter from the sponsorship outcome.',
        prompt: 'Sponsorship outcome:\n{input}',
        replies: [
          {
            say: '**Onboarding plan — Joseph Varghese, Physics, Northolt Park Academy**\n1. Visa: CoS in place, applying this week from Kochi (VFS appointment to book).\n2. Flights: COK→LHR provisionally booked 26/08/2025, relocation allowance £1,500 approved.\n3. Pre-employment: overseas police certificate (India PCC), UK DBS on arrival, Right to Work check with BRP/eVisa share code on day 1.\n4. Induction: INSET Mon 01/09, mentor Ms A. Hughes (Head of Science).\nWelcome email sent to Joseph today.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'cos_caseworker', to: 'onboarding_coordinator' },
      agent: 'cos_caseworker',
    },
  }),
  defineScenario({
    id: 'class-x-preboard-maths-resent-with-25-mark-section-d',
    title:
      'The moderator sends the Class X pre-board paper back because Section D has five 5-mark questions (total 85); the setter resends the same five-question Section D each round',
    domain: 'Indian school exam cell question paper moderation',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Pre-board I, Class X Mathematics (Standard) 041, 80 marks, 3 hours, exam on 08/12/2025. Follow the 2025-26 sample paper design: Section A 20 × 1, B 5 × 2, C 6 × 3, D 4 × 5, E 3 case studies × 4 = 80. Moderated paper to the exam cell by 28/11 for printing 320 copies.',
    topology: {
      shape: 'pipeline',
      order: ['paper_setter', 'paper_moderator', 'exam_cell_coordinator'],
      loop: { from: 'paper_moderator', to: 'paper_setter', while: 'SEND BACK', max: 3 },
    },
    agents: [
      {
        name: 'paper_setter',
        description: 'Sets the question paper',
        instructions: 'Set the paper to the design, or correct it per the moderator’s remarks.',
        prompt: 'Brief / moderator remarks:\n{input}\n\nPaper design: {request}',
        replies: [
          {
            say: '**Pre-board I — Mathematics (Standard) 041, Class X — Draft 1**\n\n| section | type | questions | marks each | total |\n|---|---|---|---|---|\n| A | MCQ + A/R | Q1–Q20 | 1 | 20 |\n| B | VSA | Q21–Q25 | 2 | 10 |\n| C | SA | Q26–Q31 | 3 | 18 |\n| D | LA | Q32–Q36 | 5 | 25 |\n| E | case study | Q37–Q39 | 4 | 12 |\n\nInternal choice in B (2), C (2), D (2). Blueprint: Algebra 20, Geometry 15, Trigonometry 12, Mensuration 10, Statistics & Probability 11, Number Systems 6, Coordinate Geometry 6.',
          },
          {
            say: '**Pre-board I — Mathematics (Standard) 041, Class X — Draft 2 (as per remarks)**\n\n| section | type | questions | marks each | total |\n|---|---|---|---|---|\n| A | MCQ + A/R | Q1–Q20 | 1 | 20 |\n| B | VSA | Q21–Q25 | 2 | 10 |\n| C | SA | Q26–Q31 | 3 | 18 |\n| D | LA | Q32–Q36 | 5 | 25 |\n| E | case study | Q37–Q39 | 4 | 12 |\n\nInternal choice in B (2), C (2), D (2). Blueprint: Algebra 20, Geometry 15, Trigonometry 12, Mensuration 10, Statistics & Probability 11, Number Systems 6, Coordinate Geometry 6.',
          },
          {
            say: '**Pre-board I — Mathematics (Standard) 041, Class X — Draft 3 (final)**\n\n| section | type | questions | marks each | total |\n|---|---|---|---|---|\n| A | MCQ + A/R | Q1–Q20 | 1 | 20 |\n| B | VSA | Q21–Q25 | 2 | 10 |\n| C | SA | Q26–Q31 | 3 | 18 |\n| D | LA | Q32–Q36 | 5 | 25 |\n| E | case study | Q37–Q39 | 4 | 12 |\n\nInternal choice in B (2), C (2), D (2). Blueprint: Algebra 20, Geometry 15, Trigonometry 12, Mensuration 10, Statistics & Probability 11, Number Systems 6, Coordinate Geometry 6.',
          },
        ],
      },
      {
        name: 'paper_moderator',
        description: 'Moderates question papers against the design',
        instructions: 'Reply "APPROVED: <note>" or "SEND BACK: <remarks>".',
        prompt: 'Paper for moderation:\n{input}',
        replies: [
          {
            say: 'SEND BACK: Section D has five long-answer questions (Q32–Q36, 25 marks); the design allows four (20 marks). Sections add to 85, not 80. Drop one LA — Q36 (similar triangles) overlaps Q29 — and renumber E as Q36–Q38.',
          },
          {
            say: 'SEND BACK: Draft 2 is the same as Draft 1 — Section D still Q32–Q36 at 5 marks, total 85. Four LA questions only, please, so the paper totals 80.',
          },
          {
            say: 'SEND BACK: Draft 3 still carries five Section D questions and totals 85. I cannot release this for printing; D must be 4 × 5 = 20.',
          },
        ],
      },
      {
        name: 'exam_cell_coordinator',
        description: 'Runs the exam cell: printing and logistics',
        instructions: 'Send approved papers for printing; report anything not approved.',
        prompt: 'Moderation outcome:\n{input}',
        replies: [
          {
            say: 'Class X Maths (041) pre-board paper **not sent for printing** — moderation still open after three drafts (Section D over by one question, paper totals 85). Printing slot for 320 copies held until 01/12; flagged to the HOD Mathematics and the Principal.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'paper_setter', to: 'paper_moderator' },
      agent: 'paper_setter',
    },
  }),
  defineScenario({
    id: 'chennai-trust-fund-requisition-salary-bill-in-lakh-not-crore',
    title:
      'The salary processor reports an October gross of ₹1,24,50,380 and net ₹1,07,28,209; the payroll head tells the bursar “₹12.45 lakh gross, ₹10.73 lakh net” and the trust requisition is raised on that',
    domain: 'Indian school trust payroll and treasury',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'October 2025 payroll for Sri Venkateswara Vidyalaya Trust (3 schools, 186 teaching and non-teaching staff). Get the salary bill and the PF / ESI / TDS dues, then raise the monthly fund requisition to the trust board so they can transfer from the HDFC corpus account by 28/10/2025.',
    topology: {
      shape: 'nested',
      top: 'school_bursar',
      teams: { payroll_head: ['salary_processor'], statutory_head: ['statutory_dues_calculator'] },
    },
    agents: [
      {
        name: 'school_bursar',
        description: 'Bursar of the school trust',
        instructions:
          'Get the salary bill and statutory dues from the two heads and raise the fund requisition.',
        replies: [
          {
            handoff: 'payroll_head',
            message:
              'October 2025 salary bill please — all 186 staff across Mylapore, Adyar and Tambaram: gross, deductions and net pay.',
          },
          {
            handoff: 'statutory_head',
            message: 'October 2025 statutory remittances: PF (employee + employer), ESI, TDS u/s 192.',
          },
          {
            say: '**Fund requisition FR-2025-10 — Sri Venkateswara Vidyalaya Trust**\n\n| head | amount |\n|---|---|\n| Net salary, October 2025 (186 staff) | ₹10.73 lakh |\n| PF (EE + ER) | ₹6.70 lakh |\n| ESI (EE + ER) | ₹0.15 lakh |\n| TDS u/s 192 | ₹13.85 lakh |\n| **Total to transfer** | **₹31.43 lakh** |\n\nRequest to the board: transfer ₹31.43 lakh from the HDFC corpus account to the salary account by 28/10/2025.',
          },
        ],
      },
      {
        name: 'payroll_head',
        description: 'Head of payroll for the trust’s schools',
        instructions: 'Have the month’s salary processed and report the salary bill to the bursar.',
        replies: [
          {
            handoff: 'salary_processor',
            message: 'Run October 2025 salary for all 186 staff — attendance locked on 24/10.',
          },
          {
            say: 'October 2025 salary bill (186 staff): gross **₹12.45 lakh**, deductions ₹1.72 lakh, **net ₹10.73 lakh**. Mylapore is the biggest campus at about half the bill.',
          },
        ],
      },
      {
        name: 'salary_processor',
        description: 'Processes monthly salaries',
        instructions: 'Run the payroll and report the figures.',
        replies: [
          {
            call: 'run_payroll',
            args: { month: '2025-10', staff: 186, attendance_locked: '24/10/2025' },
            result:
              '{"month": "2025-10", "staff": 186, "gross_inr": 12450380, "deductions": {"pf_employee": 334800, "esi_employee": 2871, "tds": 1384500}, "net_inr": 10728209, "by_campus": {"Mylapore": {"staff": 92, "gross_inr": 6312400}, "Adyar": {"staff": 58, "gross_inr": 3904180}, "Tambaram": {"staff": 36, "gross_inr": 2233800}}}',
          },
          {
            say: 'October 2025 payroll run complete — 186 staff.\n- Gross: ₹1,24,50,380\n- Deductions: PF ₹3,34,800 · ESI ₹2,871 · TDS ₹13,84,500\n- **Net: ₹1,07,28,209**\n- By campus (gross): Mylapore ₹63,12,400 (92) · Adyar ₹39,04,180 (58) · Tambaram ₹22,33,800 (36)',
          },
        ],
      },
      {
        name: 'statutory_head',
        description: 'Head of statutory compliance',
        instructions: 'Have the statutory dues computed and report them to the bursar.',
        replies: [
          {
            handoff: 'statutory_dues_calculator',
            message: 'Compute October 2025 PF, ESI and TDS remittances for the trust (186 staff).',
          },
          {
            say: 'October 2025 statutory dues: PF ₹6,69,600 (EE ₹3,34,800 + ER ₹3,34,800), ESI ₹15,312 (EE ₹2,871 + ER ₹12,441), TDS ₹13,84,500. Total ₹20,69,412, due 15/11 (PF/ESI) and 07/11 (TDS).',
          },
        ],
      },
      {
        name: 'statutory_dues_calculator',
        description: 'Computes PF, ESI and TDS dues',
        instructions: 'Compute the month’s statutory remittances.',
        replies: [
          {
            call: 'compute_statutory',
            args: { month: '2025-10', staff: 186 },
            result:
              '{"pf": {"employee": 334800, "employer": 334800, "due": "15/11/2025"}, "esi": {"employee": 2871, "employer": 12441, "covered_staff": 22, "due": "15/11/2025"}, "tds_192": {"amount": 1384500, "due": "07/11/2025"}, "total_inr": 2069412}',
          },
          {
            say: 'PF ₹6,69,600 (3,34,800 + 3,34,800), ESI ₹15,312 for 22 covered staff, TDS ₹13,84,500 → total ₹20,69,412.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'payroll_head', to: 'school_bursar' },
      agent: 'payroll_head',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'a-level-chemistry-paper-moved-rota-built-on-friday',
    title:
      'The board-notice checker reports AQA moved Chemistry Paper 2 from Thu 12/06 PM to Fri 13/06 AM; the exams officer briefs the rota builder with the Friday session and the rota uses it',
    domain: 'UK sixth-form exams office',
    mast: ['FM-1.4'],
    nearMissOf:
      'stale_context: an exam session moved by the awarding body; every agent after the notice uses the new session, the old one quoted only as where it moved from',
    request:
      'Summer 2025 series: build the invigilation rota for week 3 (Mon 09/06 – Fri 13/06/2025). Our exams timetable v3 has A-level Chemistry Paper 2 (7405/2) on Thu 12/06 PM, 148 candidates, Sports Hall. Check for awarding-body changes first, then produce the rota for our 11 invigilators and send it to the exams team.',
    topology: {
      shape: 'network',
      coordinator: 'exams_officer',
      workers: ['board_notice_checker', 'invigilation_rota_builder'],
    },
    agents: [
      {
        name: 'exams_officer',
        description: 'College exams officer',
        instructions: 'Check board changes, have the rota built on the current timetable, then send it out.',
        replies: [
          {
            handoff: 'board_notice_checker',
            message:
              'Any awarding-body timetable amendments that touch our week 3 papers (09/06–13/06/2025)?',
          },
          {
            handoff: 'invigilation_rota_builder',
            message:
              'Week 3 rota, 09/06–13/06/2025, 11 invigilators. Use timetable v3 with one amendment: **7405/2 Chemistry P2 is now Fri 13/06 AM** (AQA TA-07, moved from Thu 12/06 PM) — 148 candidates, Sports Hall, 1:30 ratio → 5 invigilators + 1 lead. Thursday PM is now free.',
          },
          {
            say: 'Week 3 invigilation rota sent to the exams team and all 11 invigilators. Chemistry P2 (7405/2) is covered on **Fri 13/06 AM** in the Sports Hall (moved by AQA from Thu 12/06 PM); Thursday afternoon has no sessions now. Candidate statements reissued to the 148 Chemistry candidates.',
          },
        ],
      },
      {
        name: 'board_notice_checker',
        description: 'Checks awarding-body notices against the centre timetable',
        instructions: 'Report amendments affecting the centre’s papers.',
        replies: [
          {
            call: 'board_amendments',
            args: { centre: '14682', from: '09/06/2025', to: '13/06/2025' },
            result:
              '[{"board": "AQA", "paper": "7405/2", "title": "A-level Chemistry Paper 2", "old_session": "12/06/2025 PM", "new_session": "13/06/2025 AM", "notice": "TA-07", "issued": "02/05/2025"}]',
          },
          {
            say: 'One amendment in week 3: AQA 7405/2 Chemistry Paper 2 moves from Thu 12/06 PM to **Fri 13/06 AM** (notice TA-07, issued 02/05/2025). Nothing else changed for our entries.',
          },
        ],
      },
      {
        name: 'invigilation_rota_builder',
        description: 'Builds invigilation rotas',
        instructions: 'Build the rota from the timetable and amendments you are given.',
        replies: [
          {
            call: 'build_rota',
            args: {
              week: '09/06/2025-13/06/2025',
              invigilators: 11,
              timetable: 'v3',
              amendments: [
                { paper: '7405/2', session: '13/06/2025 AM', room: 'Sports Hall', candidates: 148 },
              ],
            },
            result:
              'session,room,paper,candidates,invigilators\n09/06 AM,Sports Hall,7357/1 Maths P1,162,6\n10/06 PM,Main Hall,7192/2 Sociology P2,74,3\n11/06 AM,Sports Hall,7408/2 Physics P2,96,4\n12/06 AM,Main Hall,7042/2 History P2,58,2\n13/06 AM,Sports Hall,7405/2 Chemistry P2,148,6\n# sessions=5 max_load_per_invigilator=4 clashes=0',
          },
          {
            say: 'Week 3 rota built: 5 sessions, no clashes, nobody on more than 4 sessions. Chemistry P2 sits on Fri 13/06 AM, Sports Hall, 6 invigilators (5 + lead). Thu 12/06 PM has no exam.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'sessional-stp-retried-after-ato-outage-super-reject-flagged',
    title:
      'The STP lodger’s first pay-event submission hits an ATO outage and is resubmitted and accepted; the super remitter reports 311 of 312 contributions accepted and the rejected one followed up',
    domain: 'Australian university sessional staff payroll',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: a gateway outage retried to an accepted lodgement, and a rejected super contribution reported as rejected and chased',
    request:
      'Fortnightly pay run FN-2025-14 (period ending 29/06/2025, last of FY2024-25): 312 sessional academics, gross AUD 612,480.35. Lodge the STP pay event with the ATO, pay super at 11.5 % (AUD 70,435.24) through the clearing house, and confirm both for EOFY finalisation.',
    topology: {
      shape: 'supervisor',
      coordinator: 'payroll_team_lead',
      workers: ['stp_lodger', 'super_remitter'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'payroll_team_lead',
        description: 'Leads the sessional payroll team',
        instructions: 'Have the STP event lodged and super paid, then confirm the position for EOFY.',
        replies: [
          {
            handoff: 'stp_lodger',
            message:
              'Lodge the STP pay event for FN-2025-14: 312 payees, gross AUD 612,480.35, period ending 29/06/2025. Tell me the ATO receipt.',
          },
          {
            handoff: 'super_remitter',
            message:
              'Send FN-2025-14 super through the clearing house: 312 members, 11.5 % SG, AUD 70,435.24. Report accepted and rejected contributions.',
          },
          {
            say: 'FN-2025-14 status for EOFY:\n- **STP**: accepted by the ATO, receipt STP-7719304512 (first attempt hit the ATO outage INC-44190 and was resubmitted 14:20). 312 payees, gross $612,480.35, PAYG $138,902.00.\n- **Super**: 311 of 312 contributions accepted, $70,203.84 paid (SC-0629-118). 1 rejected — Lachlan Tran, $231.40, fund USI no longer valid after a merger; stapled fund request SFR-22019 lodged, to be repaid once the ATO responds (within the 28-day SG window).\nFinalisation can proceed; the Tran contribution is tracked on the EOFY checklist.',
          },
        ],
      },
      {
        name: 'stp_lodger',
        description: 'Lodges Single Touch Payroll events',
        instructions: 'Lodge the pay event, retry transient failures, and report the ATO outcome exactly.',
        replies: [
          {
            call: 'lodge_stp_event',
            args: { pay_run: 'FN-2025-14', payees: 312, gross_aud: 612480.35 },
            result: {
              error:
                'SBR2 gateway HTTP 503 — ATO Online services unavailable (incident INC-44190). Message not received; resubmit when service is restored.',
            },
          },
          {
            call: 'lodge_stp_event',
            args: { pay_run: 'FN-2025-14', payees: 312, gross_aud: 612480.35, attempt: 2 },
            result:
              '{"receipt": "STP-7719304512", "status": "ACCEPTED", "payees": 312, "gross_aud": 612480.35, "payg_withheld_aud": 138902.00, "lodged": "30/06/2025 14:20"}',
          },
          {
            say: 'First lodgement bounced off the ATO outage (HTTP 503, INC-44190, not received). Resubmitted at 14:20 → **accepted**, receipt STP-7719304512: 312 payees, gross $612,480.35, PAYG withheld $138,902.00.',
          },
        ],
      },
      {
        name: 'super_remitter',
        description: 'Pays superannuation through the clearing house',
        instructions: 'Submit the contributions and report what was accepted and rejected.',
        replies: [
          {
            call: 'submit_super_batch',
            args: { pay_run: 'FN-2025-14', members: 312, amount_aud: 70435.24 },
            result:
              '{"batch": "SC-0629-118", "members": 312, "accepted": 311, "paid_aud": 70203.84, "rejected": [{"payee": "E-884102", "name": "Lachlan Tran", "amount_aud": 231.40, "reason": "fund USI invalid - fund merged 04/2025"}]}',
          },
          {
            call: 'stapled_fund_request',
            args: { payee: 'E-884102' },
            result:
              'Stapled fund request SFR-22019 lodged with the ATO; response expected in 1–2 business days.',
          },
          {
            say: 'Batch SC-0629-118: **311 accepted, $70,203.84 paid**; 1 rejected — E-884102 Lachlan Tran, $231.40 (fund USI invalid since the April merger). Stapled fund request SFR-22019 lodged; I will repay him once the ATO returns his fund.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'postdoc-482-nomination-letter-salary-fixed-on-second-draft',
    title:
      'The migration reviewer returns the nomination letter once (salary quoted below the Core Skills threshold and the wrong step); the drafter corrects it, it is approved and lodged',
    domain: 'Australian university visa sponsorship',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: one return from the reviewer with specific corrections, a changed second draft, then approval',
    request:
      'Please nominate Dr Meera Pillai (on a subclass 485 Graduate visa expiring 14/11/2025) as Research Fellow, Level A step 6, School of Chemical Engineering, for a Skills in Demand (subclass 482) visa, Core Skills stream. Fixed-term contract of 3 years from 01/10/2025. Draft the nomination support letter with the salary statement, get it checked and lodge it in ImmiAccount.',
    topology: {
      shape: 'pipeline',
      order: ['nomination_drafter', 'migration_reviewer', 'lodgement_officer'],
      loop: { from: 'migration_reviewer', to: 'nomination_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'nomination_drafter',
        description: 'Drafts employer nomination letters',
        instructions: 'Draft the nomination support letter, or revise it as the reviewer asks.',
        prompt: 'Brief or reviewer feedback:\n{input}\n\nNomination request: {request}',
        replies: [
          {
            say: 'Nomination support letter — draft 1\n\nThe University nominates Dr Meera Pillai for the position of Research Fellow (ANZSCO 234211 Chemist? — to confirm), School of Chemical Engineering, fixed term 01/10/2025 – 30/09/2028. Base salary **AUD 72,890** p.a. plus 17 % superannuation, in line with the Enterprise Agreement. Market salary: two Australian citizens employed as Research Fellow Level A in the School earn the same rate.',
          },
          {
            say: 'Nomination support letter — draft 2\n\nThe University nominates Dr Meera Pillai for the position of Research Fellow (ANZSCO **234999** Natural and Physical Science Professionals nec), School of Chemical Engineering, fixed term 01/10/2025 – 30/09/2028. Base salary **AUD 94,526** p.a. (Level A step 6, EA 2023 Schedule 1 rate from 01/07/2025) plus 17 % superannuation — above the Core Skills Income Threshold of AUD 76,515. Market salary: Dr J. Nguyen and Dr S. Cole, Research Fellows Level A step 6 in the School, are paid AUD 94,526 (payslips attached).',
          },
        ],
      },
      {
        name: 'migration_reviewer',
        description: 'Registered migration agent reviewing nominations',
        instructions: 'Reply "APPROVED: <note>" or "REVISE: <what to fix>".',
        prompt: 'Draft to review:\n{input}',
        replies: [
          {
            say: 'REVISE: (1) AUD 72,890 is Level A step 1 on the old 2022 table — step 6 under EA 2023 from 01/07/2025 is AUD 94,526. As drafted it is also under the CSIT (AUD 76,515) and would be refused. (2) Occupation code left as a question — use 234999 for a research fellow in this field. (3) Name the two comparison employees and attach payslips for the market salary evidence.',
          },
          {
            say: 'APPROVED: salary AUD 94,526 (step 6, above CSIT), occupation 234999, market salary evidence named and attached. Ready to lodge.',
          },
        ],
      },
      {
        name: 'lodgement_officer',
        description: 'Lodges nominations in ImmiAccount',
        instructions: 'Lodge approved nominations and report the reference; report anything not approved.',
        prompt: 'Review outcome:\n{input}\n\nNomination request: {request}',
        replies: [
          {
            call: 'immiaccount_lodge_nomination',
            args: {
              nominee: 'Meera Pillai',
              stream: 'Core Skills',
              occupation: '234999',
              salary_aud: 94526,
              term_years: 3,
            },
            result:
              '{"trn": "EGO7Q0X9K1", "status": "LODGED", "nomination_fee_aud": 330, "saf_levy_aud": 5400, "lodged": "18/08/2025 11:06"}',
          },
          {
            say: 'Nomination for Dr Meera Pillai lodged 18/08/2025, TRN **EGO7Q0X9K1** — salary AUD 94,526, occupation 234999, 3-year term. Fees paid: nomination AUD 330, SAF levy AUD 5,400. Dr Pillai can now lodge her 482 visa application linked to this TRN; her 485 runs to 14/11/2025.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'phd-joining-fee-desk-hands-to-warden-and-room-allotted',
    title:
      'At PhD joining, the document verifier and the fee desk each say they are passing the case on and do transfer it; the warden desk allots the hostel room',
    domain: 'Indian university PhD admissions and hostel allotment',
    mast: ['FM-3.1', 'FM-2.1'],
    nearMissOf:
      'lost_message: each desk says it is passing the case on, the transfer is really made and the next desk acts on it',
    request:
      'Joining formalities for PhD admit Ms Kavya Raghunathan (application PHD25-0418, Civil Engineering, July 2025 session), reporting on 21/07/2025. Verify her documents, confirm the semester fee of ₹29,850, and allot a hostel room. She holds a GATE-based institute fellowship (₹37,000/month).',
    topology: {
      shape: 'swarm',
      entry: 'admission_verifier',
      agents: ['admission_verifier', 'fee_desk', 'hostel_warden_desk'],
    },
    agents: [
      {
        name: 'admission_verifier',
        description: 'Verifies admission documents at joining',
        instructions: 'Verify the documents, then hand the case to the fee desk.',
        replies: [
          {
            call: 'verify_documents',
            args: { application: 'PHD25-0418' },
            result:
              '{"application": "PHD25-0418", "name": "Kavya Raghunathan", "checks": {"m_tech_degree": "VERIFIED - NIT Tiruchirappalli, CGPA 8.71", "gate_scorecard": "VERIFIED - CE 2024, score 742", "category_certificate": "N/A (GEN)", "medical": "VERIFIED - 18/07/2025", "aadhaar": "VERIFIED"}, "roll_no_assigned": "25CE91R07"}',
          },
          {
            handoff: 'fee_desk',
            message:
              'Documents for PHD25-0418 Kavya Raghunathan all verified (M.Tech NIT Trichy 8.71, GATE CE 2024 score 742, medical 18/07). Roll no 25CE91R07. Passing her to the fee desk to confirm the ₹29,850 semester fee.',
          },
        ],
      },
      {
        name: 'fee_desk',
        description: 'Confirms fee payments',
        instructions: 'Confirm the fee payment, then hand the case to the hostel warden desk.',
        replies: [
          {
            call: 'sbi_collect_status',
            args: { roll_no: '25CE91R07', amount_inr: 29850 },
            result:
              '{"status": "SUCCESS", "amount_inr": 29850, "ref": "DU78831402", "paid_on": "16/07/2025", "head": "PhD semester fee Jul-Nov 2025"}',
          },
          {
            handoff: 'hostel_warden_desk',
            message:
              'Semester fee ₹29,850 received 16/07/2025 (SBI Collect DU78831402) for 25CE91R07 Kavya Raghunathan. Handing over to the warden desk for her room — she has asked for a single room in a women’s hostel.',
          },
        ],
      },
      {
        name: 'hostel_warden_desk',
        description: 'Allots hostel rooms',
        instructions: 'Allot a room and tell the student what to pay and when to check in.',
        replies: [
          {
            call: 'allot_room',
            args: { roll_no: '25CE91R07', preference: 'single, women’s hostel', programme: 'PhD' },
            result:
              '{"hostel": "Sarayu Hall", "room": "B-214", "type": "single", "mess_advance_inr": 12000, "check_in": "21/07/2025 from 10:00"}',
          },
          {
            say: 'Welcome, Kavya! Joining complete for **25CE91R07**:\n- Documents verified ✔\n- Semester fee ₹29,850 received (DU78831402) ✔\n- Hostel: **Sarayu Hall, room B-214 (single)** — check in on 21/07/2025 from 10:00; mess advance ₹12,000 payable at the hall office.\nYour fellowship of ₹37,000/month starts from the joining date once the department sends the joining report.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'autumn-two-cover-plan-reads-day-first-leave-dates',
    title:
      'Two staff absences given as 03/11/2025–07/11/2025 and 10/11/2025–21/11/2025 are recorded and covered in November weeks 1–3 of the half-term by every team, day first as meant',
    domain: 'UK secondary school staff absence and cover',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: slash dates that could be read month-first; every agent reads them day-first as the request means',
    request:
      'Two absences for Autumn 2 (half term ends Fri 31/10/2025): Mrs Nisha Patel (English, second in department) has approved unpaid leave 03/11/2025–07/11/2025 for a family wedding in Ahmedabad, and Mr Dan Crowley (PE) is on paternity leave 10/11/2025–21/11/2025. Record both in Arbor and plan cover for Autumn 2 weeks 1–3.',
    topology: {
      shape: 'nested',
      top: 'school_business_manager',
      teams: { hr_officer: ['absence_recorder'], cover_manager: ['cover_scheduler'] },
    },
    agents: [
      {
        name: 'school_business_manager',
        description: 'School business manager',
        instructions:
          'Have HR record the absences and the cover manager plan cover, then confirm to the head.',
        replies: [
          {
            handoff: 'hr_officer',
            message:
              'Please record in Arbor: N. Patel unpaid discretionary leave 03/11/2025–07/11/2025 (5 days); D. Crowley statutory paternity leave 10/11/2025–21/11/2025 (2 weeks).',
          },
          {
            handoff: 'cover_manager',
            message:
              'Cover needed for Autumn 2: Patel’s English timetable Mon 3 – Fri 7 November (week 1) and Crowley’s PE Mon 10 – Fri 21 November (weeks 2–3).',
          },
          {
            say: 'Both absences sorted for Autumn 2:\n- **Nisha Patel** — unpaid leave Mon 3 – Fri 7 Nov 2025 recorded (ABS-7781); her 22 English lessons covered by a supply teacher booked for the week.\n- **Dan Crowley** — paternity leave Mon 10 – Fri 21 Nov 2025 recorded (ABS-7782, SPP from payroll); 36 PE lessons covered by a PE supply teacher and internal cover.\nSupply cost £1,650 for the three weeks, within the cover budget.',
          },
        ],
      },
      {
        name: 'hr_officer',
        description: 'HR officer',
        instructions: 'Have the absences recorded and confirm.',
        replies: [
          {
            handoff: 'absence_recorder',
            message:
              'Record two absences: Patel 03/11/2025 → 07/11/2025 unpaid discretionary; Crowley 10/11/2025 → 21/11/2025 statutory paternity.',
          },
          {
            say: 'Recorded in Arbor: Patel 3–7 Nov 2025 unpaid (ABS-7781, 5 days deducted from November pay); Crowley 10–21 Nov 2025 paternity (ABS-7782, SPP flagged to payroll).',
          },
        ],
      },
      {
        name: 'absence_recorder',
        description: 'Enters absences in the MIS',
        instructions: 'Enter the absences and report the records.',
        replies: [
          {
            call: 'arbor_record_absence',
            args: {
              staff: 'Nisha Patel',
              type: 'unpaid_discretionary',
              start: '2025-11-03',
              end: '2025-11-07',
            },
            result:
              '{"id": "ABS-7781", "staff": "Nisha Patel", "start": "03/11/2025", "end": "07/11/2025", "working_days": 5}',
          },
          {
            call: 'arbor_record_absence',
            args: { staff: 'Dan Crowley', type: 'paternity', start: '2025-11-10', end: '2025-11-21' },
            result:
              '{"id": "ABS-7782", "staff": "Dan Crowley", "start": "10/11/2025", "end": "21/11/2025", "working_days": 10}',
          },
          {
            say: 'ABS-7781 Patel 03/11–07/11/2025 (5 days) and ABS-7782 Crowley 10/11–21/11/2025 (10 days) saved.',
          },
        ],
      },
      {
        name: 'cover_manager',
        description: 'Cover manager',
        instructions: 'Have cover planned and confirm.',
        replies: [
          {
            handoff: 'cover_scheduler',
            message:
              'Plan cover: Patel (English) 03/11–07/11/2025, Crowley (PE) 10/11–21/11/2025. Book supply where internal cover runs out.',
          },
          {
            say: 'Cover plan done: Patel week of 3 Nov — 22 lessons, supply teacher (Zen Educate, £165/day) booked; Crowley 10–21 Nov — 36 lessons, PE supply for 5 days plus internal cover. Total supply £1,650.',
          },
        ],
      },
      {
        name: 'cover_scheduler',
        description: 'Schedules cover lessons',
        instructions: 'Plan cover for the absences and book supply if needed.',
        replies: [
          {
            call: 'plan_cover',
            args: {
              absences: [
                { staff: 'Nisha Patel', start: '2025-11-03', end: '2025-11-07' },
                { staff: 'Dan Crowley', start: '2025-11-10', end: '2025-11-21' },
              ],
            },
            result:
              'staff,dates,lessons,internal_cover,supply_days,supply_cost_gbp\nNisha Patel,03/11/2025-07/11/2025,22,0,5,825.00\nDan Crowley,10/11/2025-21/11/2025,36,14,5,825.00\n# total_supply_gbp=1650.00',
          },
          {
            say: 'Cover scheduled: Patel 22 lessons (supply 5 days, £825); Crowley 36 lessons (14 internal, supply 5 days, £825). Total £1,650.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'three-campus-payroll-rollup-rounded-to-crore-faithfully',
    title:
      'Three campus payroll desks report exact rupee figures; the finance committee note restates them in crore and lakh, rounded but each one faithful, with Jaipur’s DA arrears named',
    domain: 'Indian private university payroll reporting',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: a roll-up that rewrites every campus figure in lakh/crore, rounded but faithful to the desks',
    request:
      'For the finance committee meeting on 12/12/2025: November 2025 payroll for Aravalli University’s three campuses (Noida, Jaipur, Dehradun). Give me headcount, gross, net and employer PF per campus and the university total, in the usual lakh/crore format.',
    topology: {
      shape: 'fanout',
      planner: 'payroll_rollup_planner',
      workers: ['noida_payroll_desk', 'jaipur_payroll_desk', 'dehradun_payroll_desk'],
      aggregator: 'finance_committee_note_writer',
    },
    agents: [
      {
        name: 'payroll_rollup_planner',
        description: 'Plans the monthly payroll roll-up',
        instructions: 'One brief per campus payroll desk.',
        replies: [
          {
            plan: {
              noida_payroll_desk:
                'Noida campus, November 2025 payroll (processed 28/11): headcount, gross, net, employer PF. Exact rupees, note any one-offs.',
              jaipur_payroll_desk:
                'Jaipur campus, November 2025 payroll: headcount, gross, net, employer PF. Exact rupees; call out the DA arrears paid this month separately.',
              dehradun_payroll_desk:
                'Dehradun campus, November 2025 payroll: headcount, gross, net, employer PF. Exact rupees, note any one-offs.',
            },
          },
        ],
      },
      {
        name: 'noida_payroll_desk',
        description: 'Payroll desk, Noida campus',
        instructions: 'Report the month’s payroll figures.',
        prompt: 'Roll-up brief:\n{input}',
        replies: [
          {
            call: 'payroll_summary',
            args: { campus: 'NOIDA', month: '2025-11' },
            result:
              '{"campus": "NOIDA", "headcount": 612, "gross_inr": 48672310, "net_inr": 41218944, "employer_pf_inr": 1101600, "one_offs": []}',
          },
          {
            say: 'Noida, Nov 2025: 612 staff, gross ₹4,86,72,310, net ₹4,12,18,944, employer PF ₹11,01,600. No one-offs.',
          },
        ],
      },
      {
        name: 'jaipur_payroll_desk',
        description: 'Payroll desk, Jaipur campus',
        instructions: 'Report the month’s payroll figures.',
        prompt: 'Roll-up brief:\n{input}',
        replies: [
          {
            call: 'payroll_summary',
            args: { campus: 'JAIPUR', month: '2025-11' },
            result:
              '{"campus": "JAIPUR", "headcount": 298, "gross_inr": 21308945, "net_inr": 18044107, "employer_pf_inr": 536400, "one_offs": [{"item": "DA arrears Jul-Oct 2025 (2 % revision)", "gross_inr": 1840000}]}',
          },
          {
            say: 'Jaipur, Nov 2025: 298 staff, gross ₹2,13,08,945 (includes DA arrears Jul–Oct of ₹18,40,000), net ₹1,80,44,107, employer PF ₹5,36,400.',
          },
        ],
      },
      {
        name: 'dehradun_payroll_desk',
        description: 'Payroll desk, Dehradun campus',
        instructions: 'Report the month’s payroll figures.',
        prompt: 'Roll-up brief:\n{input}',
        replies: [
          {
            call: 'payroll_summary',
            args: { campus: 'DEHRADUN', month: '2025-11' },
            result:
              '{"campus": "DEHRADUN", "headcount": 151, "gross_inr": 9641200, "net_inr": 8297562, "employer_pf_inr": 271800, "one_offs": []}',
          },
          {
            say: 'Dehradun, Nov 2025: 151 staff, gross ₹96,41,200, net ₹82,97,562, employer PF ₹2,71,800. Nothing unusual.',
          },
        ],
      },
      {
        name: 'finance_committee_note_writer',
        description: 'Writes notes for the finance committee',
        instructions: 'Merge the campus figures into the committee note.',
        prompt: 'Campus returns:\n{input}\n\nCommittee request: {request}',
        replies: [
          {
            say: '**Finance Committee, 12/12/2025 — Payroll, November 2025**\n\n| campus | staff | gross | net | employer PF |\n|---|---|---|---|---|\n| Noida | 612 | ₹4.87 crore | ₹4.12 crore | ₹11.02 lakh |\n| Jaipur | 298 | ₹2.13 crore¹ | ₹1.80 crore | ₹5.36 lakh |\n| Dehradun | 151 | ₹96.41 lakh | ₹82.98 lakh | ₹2.72 lakh |\n| **Total** | **1,061** | **₹7.96 crore** | **₹6.76 crore** | **₹19.10 lakh** |\n\n¹ Includes ₹18.40 lakh DA arrears for July–October (2 % revision); without it Jaipur’s gross is ₹1.95 crore.\n\nExact totals: gross ₹7,96,22,455; net ₹6,75,60,613; employer PF ₹19,09,800.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch56Scenarios = [...faults, ...healthy];
