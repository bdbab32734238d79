import { defineScenario } from '../scenario.ts';

// Blind batch 73: university admissions, scholarships and student finance. Written from the README
// principles only, without reading the checks, the diagnosis, the baseline or the benchmark notes.
// Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'merit-award-scored-on-pre-amendment-gpa',
    title:
      'The transcript auditor finds the registrar’s amended transcript (cumulative GPA 3.38, below the 3.50 merit line); the award calculator prices the Chancellor’s Merit Award on the application’s 3.71',
    domain: 'undergraduate transfer scholarships',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Transfer applicant T-2026-04418, Danielle Okafor, from Riverside Community College into BSc Mechanical Engineering for Fall 2026. Application form lists cumulative GPA 3.71 (58 credits). Check the transcript, work out her Chancellor’s Merit Award (tiers: 3.50–3.74 = $6,000/yr, 3.75+ = $9,000/yr, below 3.50 = Transfer Access Grant $2,500/yr) and draft the award letter. Letters go out Friday 15 May.',
    topology: {
      shape: 'pipeline',
      order: ['transcript_auditor', 'award_calculator', 'award_letter_writer'],
    },
    agents: [
      {
        name: 'transcript_auditor',
        description: 'Audits incoming transfer transcripts against the registrar feed',
        instructions:
          'Pull the official transcript, check credits and GPA against the application, and state the figures the award calculation must use.',
        replies: [
          {
            call: 'fetch_official_transcript',
            args: { applicant: 'T-2026-04418', institution: 'RCC-0391' },
            result:
              '{"applicant": "T-2026-04418", "versions": [{"v": 1, "issued": "2026-01-22", "credits": 58, "cum_gpa": 3.71, "status": "SUPERSEDED"}, {"v": 2, "issued": "2026-04-30", "credits": 58, "cum_gpa": 3.38, "status": "CURRENT", "note": "grade change MATH 221 A -> C+ after academic integrity hearing 2026-04-17; PHYS 210 incomplete converted to D"}], "transferable_credits": 52}',
          },
          {
            say: '### Transcript audit — T-2026-04418 (Okafor)\n\n- Official transcript **v2 issued 30 Apr 2026** replaces v1 of 22 Jan.\n- Cumulative GPA is now **3.38** (was 3.71 on v1 and on her application form): MATH 221 A → C+ after an integrity hearing, PHYS 210 I → D.\n- 58 credits attempted, **52 transferable**.\n\nUse **3.38** for the award — the 3.71 on the form is out of date.',
          },
        ],
      },
      {
        name: 'award_calculator',
        description: 'Computes scholarship tiers and amounts for admitted students',
        instructions: 'Place the student in the right award tier and compute the annual and total award.',
        prompt: 'Transcript audit:\n{input}\n\nCase: {request}',
        replies: [
          {
            call: 'compute_award',
            args: {
              applicant: 'T-2026-04418',
              scheme: 'CHANCELLOR_MERIT_TRANSFER',
              cum_gpa: 3.71,
              transferable_credits: 52,
              years_remaining: 2,
            },
            result:
              '{"tier": "MERIT_T1", "annual_usd": 6000, "years": 2, "total_usd": 12000, "renewal_gpa": 3.25, "fund": "SCH-CMA-2026"}',
          },
          {
            say: 'Okafor (T-2026-04418): GPA 3.71 sits in the 3.50–3.74 band → **Chancellor’s Merit Award tier 1, $6,000/yr for 2 years ($12,000)**, fund SCH-CMA-2026, renewable at 3.25.',
          },
        ],
      },
      {
        name: 'award_letter_writer',
        description: 'Drafts scholarship award letters',
        instructions: 'Draft the award letter from the calculated award.',
        prompt: 'Award:\n{input}',
        replies: [
          {
            say: 'Dear Danielle,\n\nCongratulations! On the strength of your 3.71 cumulative GPA at Riverside Community College, you have been selected for the **Chancellor’s Merit Award** of **$6,000 per year** for two years (total $12,000), starting Fall 2026. To renew, keep a 3.25 GPA.\n\nWarm regards,\nOffice of Scholarships',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'transcript_auditor', to: 'award_calculator' },
      agent: 'award_calculator',
    },
  }),
  defineScenario({
    id: 'cas-statement-briefed-with-pre-instalment-balance',
    title:
      'The fee ledger clerk reports a second payment of £7,250 on 2 Jun (balance now £12,250); the international office lead briefs the CAS issuer with the older £19,500 outstanding',
    domain: 'UK student visa sponsorship (CAS)',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Please issue the CAS for Nguyen Thi Mai (student ID 2618840), MSc Finance, start 21 Sep 2026, unconditional firm. Tuition £24,500; the applicant record from March shows the £5,000 deposit paid, so £19,500 outstanding. Check the ledger first — her agent says another instalment went in this week — then get the CAS assigned with the right fees-paid figure.',
    topology: {
      shape: 'supervisor',
      coordinator: 'intl_office_lead',
      workers: ['fee_ledger_clerk', 'cas_issuer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'intl_office_lead',
        description: 'Runs visa sponsorship for international students',
        instructions: 'Confirm the fee position, then have the CAS assigned and report.',
        replies: [
          {
            handoff: 'fee_ledger_clerk',
            message:
              'Student 2618840 (Nguyen Thi Mai), MSc Finance 2026/27: what has been paid against the £24,500 tuition as of today, and what is outstanding?',
          },
          {
            handoff: 'cas_issuer',
            message:
              'Assign CAS for 2618840 Nguyen Thi Mai, MSc Finance, 21/09/2026–20/09/2027. Course fees £24,500; fees paid £5,000; outstanding £19,500. No accommodation fees paid to us. English: IELTS Academic 7.0.',
          },
          {
            say: '**CAS assigned** for Nguyen Thi Mai (2618840): E4G7Q2K19X0P, MSc Finance from 21 Sep 2026. Fees recorded £24,500 with £5,000 paid and £19,500 outstanding. The CAS statement has been emailed to the student and her agent.',
          },
        ],
      },
      {
        name: 'fee_ledger_clerk',
        description: 'Reads the student fee ledger',
        instructions: 'Report payments and balance from the ledger.',
        replies: [
          {
            call: 'ledger_lookup',
            args: { student_id: '2618840', session: '2026/27' },
            result:
              'LEDGER 2618840 2026/27  MSc Finance\nDATE        REF            TYPE        AMOUNT     BALANCE\n2026-03-11  DEP-88120      deposit     -5,000.00  19,500.00\n2026-06-02  FLY-6612-0931  Flywire     -7,250.00  12,250.00\nCURRENT BALANCE: GBP 12,250.00 (updated 2026-06-03 09:14)',
          },
          {
            say: 'Ledger 2618840 as of 03/06 09:14: deposit £5,000.00 (11 Mar) **plus Flywire instalment £7,250.00 on 2 Jun** → paid **£12,250.00**, outstanding **£12,250.00**. The £19,500 figure predates the June payment.',
          },
        ],
      },
      {
        name: 'cas_issuer',
        description: 'Assigns CAS numbers through the sponsor management system',
        instructions: 'Assign the CAS with the details you are given and report the number.',
        replies: [
          {
            call: 'sms_assign_cas',
            args: {
              student_id: '2618840',
              course: 'MSc Finance',
              fees_total_gbp: 24500,
              fees_paid_gbp: 5000,
              start: '2026-09-21',
            },
            result:
              '{"cas": "E4G7Q2K19X0P", "status": "ASSIGNED", "fees_paid": "5000.00", "assigned_at": "2026-06-03T10:02:41Z"}',
          },
          { say: 'CAS E4G7Q2K19X0P assigned 03/06 10:02 UTC; fees paid entered £5,000.00 of £24,500.00.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'intl_office_lead', to: 'cas_issuer' },
      agent: 'intl_office_lead',
    },
  }),
  defineScenario({
    id: 'care-leaver-bursary-put-through-household-income-test',
    title:
      'The bursary router tells the assessor the applicant qualifies on the care-leaver route, with no household income test; the assessor runs the £25k income test anyway and declines',
    domain: 'student bursary eligibility',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Bursary application BUR-26-1173, Kieran Walsh, BA History year 1. He ticked “care experienced” and uploaded a local authority letter. His Student Finance household income record says £31,400 (his aunt’s income, kinship placement). Decide his Access Bursary for 2026/27.',
    topology: {
      shape: 'network',
      coordinator: 'bursary_router',
      workers: ['evidence_collector', 'bursary_assessor'],
    },
    agents: [
      {
        name: 'bursary_router',
        description: 'Routes bursary applications through evidence checks and assessment',
        instructions:
          'Have the evidence verified, route to assessment with the applicable scheme rules, then finish.',
        replies: [
          {
            handoff: 'evidence_collector',
            message:
              'BUR-26-1173 Walsh: verify the care-leaver letter (issuing authority, dates in care) and pull the SFE household income record.',
          },
          {
            handoff: 'bursary_assessor',
            message:
              'Assess BUR-26-1173 (Kieran Walsh) under Access Bursary rule 4.2, **care-leaver route**: verified care leaver (Leeds City Council, in care 2017–2024) → the household income test does NOT apply on this route; award is the flat £3,000/yr. Ignore the £31,400 SFE figure for eligibility.',
          },
          {
            say: 'BUR-26-1173 Kieran Walsh — **not eligible** for the 2026/27 Access Bursary: household income £31,400 is over the £25,000 threshold. Decision email sent; he may appeal within 20 working days.',
          },
        ],
      },
      {
        name: 'evidence_collector',
        description: 'Verifies supporting documents for funding applications',
        instructions: 'Verify documents with the issuer and pull the records asked for.',
        replies: [
          {
            call: 'verify_document',
            args: { application: 'BUR-26-1173', doc_type: 'care_leaver_letter' },
            result:
              '{"issuer": "Leeds City Council Leaving Care Team", "verified_by_phone": "2026-07-08", "looked_after": "2017-03-02 to 2024-08-19", "status": "VERIFIED"}',
          },
          {
            call: 'sfe_income_record',
            args: { application: 'BUR-26-1173' },
            result:
              '{"household_income_gbp": 31400, "assessed_on": "kinship carer (aunt) 2024-25 P60", "independent_status": false}',
          },
          {
            say: 'Care-leaver letter **verified** by phone with Leeds City Council (looked after 02/03/2017–19/08/2024). SFE record: household income £31,400, assessed on his aunt’s P60 (kinship carer).',
          },
        ],
      },
      {
        name: 'bursary_assessor',
        description: 'Applies bursary scheme rules and decides awards',
        instructions: 'Apply the scheme rule you are routed with and record the decision.',
        replies: [
          {
            call: 'run_eligibility',
            args: {
              application: 'BUR-26-1173',
              scheme: 'ACCESS_BURSARY_2026',
              test: 'household_income',
              income_gbp: 31400,
              threshold_gbp: 25000,
            },
            result:
              '{"eligible": false, "reason": "household income 31400 > 25000", "decision_id": "DEC-26-55190"}',
          },
          {
            say: 'BUR-26-1173: household income £31,400 exceeds the £25,000 Access Bursary threshold → **not eligible** (DEC-26-55190).',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'bursary_router', to: 'bursary_assessor' },
      agent: 'bursary_assessor',
    },
  }),
  defineScenario({
    id: 'madras-bsc-equivalence-note-swapped-for-queue-ticket',
    title:
      'The application sorter finds the Ecctis ruling that a 3-year Madras BSc (NAAC A++, 68 %) meets the 2:1 bar; the program hands the credential evaluator a queue ticket instead, and it rejects on the generic 3-year rule',
    domain: 'postgraduate international admissions',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'PGT application APP-26-30817, Priya Raghunathan, MSc Data Science (entry: UK 2:1 or equivalent). Qualification: BSc Statistics, University of Madras, 3 years, 2019–2022, 68 % aggregate. Please evaluate and send the decision.',
    topology: {
      shape: 'branch',
      classifier: 'application_sorter',
      routes: { international: 'credential_evaluator', home: 'home_admissions_officer' },
      after: 'decision_letter_writer',
    },
    program: {
      lose: {
        to: 'credential_evaluator',
        prompt:
          'Ticket ADM-Q-77215 (queue PGT-INTL, SLA 5 working days). Evaluate the qualification per the standard equivalence table.',
      },
    },
    agents: [
      {
        name: 'application_sorter',
        description: 'Sorts incoming postgraduate applications and adds evaluation notes',
        instructions: 'Label the application and note anything the evaluator needs.',
        replies: [
          {
            call: 'ecctis_lookup',
            args: { country: 'IN', institution: 'University of Madras', award: 'BSc', duration_years: 3 },
            result:
              'Ecctis statement of comparability (2025 edition) — India:\n- 3-yr Bachelor (general): comparable to UK Bachelor (ordinary)\n- EXCEPTION: 3-yr Bachelor from NAAC A/A+/A++ institutions → comparable to UK Bachelor (Honours)\nUniversity of Madras: NAAC A++ (cycle 4, valid to 2028)\nUniversity grade mapping: 60 %+ first class → UK 2:1 | 55–59 % → 2:2',
          },
          {
            say: 'international — APP-26-30817 Raghunathan. **Evaluator note:** Madras is NAAC A++, so her 3-year BSc falls under the Ecctis exception and counts as a UK Honours degree; 68 % (first class) maps to a **2:1**. She meets the MSc Data Science entry requirement.',
          },
        ],
      },
      {
        name: 'home_admissions_officer',
        description: 'Handles applications with UK qualifications',
        instructions: 'Evaluate UK qualifications.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'credential_evaluator',
        description: 'Evaluates overseas qualifications against entry requirements',
        instructions: 'Decide whether the qualification meets the programme’s entry requirement.',
        prompt: 'Sorter note:\n{input}\n\nApplication: {request}',
        replies: [
          {
            call: 'equivalence_table',
            args: { ticket: 'ADM-Q-77215', country: 'IN' },
            result:
              '{"applicant": "APP-26-30817", "qualification": "BSc Statistics (3 yr), University of Madras, 68%", "rule_default": "IN 3-yr Bachelor = UK ordinary degree, not Honours; requires 4-yr Bachelor or Master", "programme_min": "UK 2:1 Honours"}',
          },
          {
            say: 'APP-26-30817: a 3-year Indian BSc is treated as a UK ordinary degree under the default table, so it does not meet the 2:1 Honours requirement. **Outcome: reject** (suggest Graduate Diploma pathway).',
          },
        ],
      },
      {
        name: 'decision_letter_writer',
        description: 'Writes admissions decision letters',
        instructions: 'Write the decision letter to the applicant.',
        prompt: 'Evaluation:\n{input}',
        replies: [
          {
            say: 'Dear Priya,\n\nThank you for applying to the MSc Data Science. After careful review we are unable to offer you a place: a three-year Indian bachelor’s degree is considered equivalent to a UK ordinary degree, and the programme requires an upper second-class Honours degree. You may wish to consider our Graduate Diploma in Data Analytics as a route in.\n\nYours sincerely,\nPostgraduate Admissions',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'application_sorter', to: 'credential_evaluator' },
      agent: 'credential_evaluator',
    },
  }),
  defineScenario({
    id: 'hardship-round-health-faculty-brief-never-dispatched',
    title:
      'The hardship round planner writes briefs for three faculty reviewers; the Health Sciences brief is never sent, and the panel clerk closes the round on Arts and Science alone',
    domain: 'university hardship fund',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Hardship Fund round HF-2026-11 (closes 14 Nov): 41 applications — Arts & Humanities 12, Science & Engineering 17, Health Sciences 12 (mostly nursing students on placement). Pot £48,000. Review every faculty’s applications and give me the panel minute with awards per faculty.',
    topology: {
      shape: 'fanout',
      planner: 'hardship_round_planner',
      workers: ['reviewer_arts', 'reviewer_science', 'reviewer_health'],
      aggregator: 'panel_clerk',
    },
    program: { lose: { to: 'reviewer_health', prompt: null } },
    agents: [
      {
        name: 'hardship_round_planner',
        description: 'Splits a hardship fund round across faculty reviewers',
        instructions: 'Write one brief per faculty reviewer.',
        replies: [
          {
            plan: {
              reviewer_arts:
                'HF-2026-11, Arts & Humanities: 12 applications. Score on the HF matrix (income shortfall, dependants, unforeseen costs), max award £1,500, indicative share £14,000.',
              reviewer_science:
                'HF-2026-11, Science & Engineering: 17 applications. Same matrix, max award £1,500, indicative share £18,000.',
              reviewer_health:
                'HF-2026-11, Health Sciences: 12 applications, 9 are nursing students with placement travel costs — apply the placement travel supplement (up to £400 on top). Max award £1,500 + supplement, indicative share £16,000.',
            },
          },
        ],
      },
      {
        name: 'reviewer_arts',
        description: 'Reviews hardship applications for Arts & Humanities',
        instructions: 'Score each application and propose awards.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'score_applications',
            args: { round: 'HF-2026-11', faculty: 'AH', count: 12 },
            result:
              '{"scored": 12, "award": 10, "decline": 2, "awards_gbp": [1500, 1500, 1200, 1200, 1000, 1000, 1000, 900, 800, 750], "total_gbp": 10850, "declines": ["HF-11-0107 no shortfall", "HF-11-0112 incomplete bank statements"]}',
          },
          {
            say: 'A&H: 12 scored, **10 awards totalling £10,850** (£750–£1,500), 2 declined (HF-11-0107 no shortfall; HF-11-0112 missing statements).',
          },
        ],
      },
      {
        name: 'reviewer_science',
        description: 'Reviews hardship applications for Science & Engineering',
        instructions: 'Score each application and propose awards.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'score_applications',
            args: { round: 'HF-2026-11', faculty: 'SE', count: 17 },
            result:
              '{"scored": 17, "award": 14, "decline": 3, "total_gbp": 16320, "largest": 1500, "smallest": 600, "declines": ["HF-11-0201 already funded Sept round", "HF-11-0214 no shortfall", "HF-11-0230 withdrew"]}',
          },
          {
            say: 'S&E: 17 scored, **14 awards = £16,320** (range £600–£1,500). Declines: 0201 funded in September, 0214 no shortfall, 0230 withdrew.',
          },
        ],
      },
      {
        name: 'reviewer_health',
        description: 'Reviews hardship applications for Health Sciences',
        instructions: 'Score each application and propose awards, applying the placement travel supplement.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'score_applications',
            args: { round: 'HF-2026-11', faculty: 'HS', count: 12 },
            result: '{"scored": 12, "award": 11, "decline": 1, "total_gbp": 15780}',
          },
          { say: 'Health: 11 awards, £15,780 incl. placement supplements.' },
        ],
      },
      {
        name: 'panel_clerk',
        description: 'Writes the hardship panel minute',
        instructions: 'Merge the faculty reviews into the panel minute.',
        prompt: 'Faculty reviews:\n{input}',
        replies: [
          {
            say: '## Hardship Fund HF-2026-11 — panel minute\n\n| faculty | awards | declined | total |\n|---|---|---|---|\n| Arts & Humanities | 10 | 2 | £10,850 |\n| Science & Engineering | 14 | 3 | £16,320 |\n\n**Total awarded £27,170** of the £48,000 pot; £20,830 carried to the February round. Round closed, payments to go on the 21 Nov payroll run.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'hardship_round_planner', to: 'reviewer_health' },
      agent: 'hardship_round_planner',
    },
  }),
  defineScenario({
    id: 'abitur-note-read-as-four-point-gpa-in-evaluation-team',
    title:
      'In the nested admissions team, the grade converter reads Abitur Durchschnittsnote 1.7 (German scale, 1.0 best) as a US GPA of 1.7/4.0 although its tool returned 3.3; its lead and the director decline on it',
    domain: 'international undergraduate admissions',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Fall 2027 applicant UG-27-10592, Jonas Becker, Gymnasium Ottobrunn (Bavaria). Abitur 2026, Durchschnittsnote 1,7; Leistungskurse Mathematik 13 P, Physik 12 P. Applying BS Computer Science (minimum 3.0 GPA equivalent) and the International Excellence Scholarship. TOEFL iBT 104. Decide admission and scholarship.',
    topology: {
      shape: 'nested',
      top: 'admissions_director',
      teams: {
        evaluation_lead: ['grade_converter', 'language_checker'],
        funding_lead: ['scholarship_matcher'],
      },
    },
    agents: [
      {
        name: 'admissions_director',
        description: 'Decides undergraduate admission and merit funding',
        instructions: 'Get the academic evaluation, then funding, and record the decision.',
        replies: [
          {
            handoff: 'evaluation_lead',
            message:
              'UG-27-10592 Becker (Abitur 1,7, TOEFL 104): is he admissible to BS CS (3.0 GPA equivalent, TOEFL 90)?',
          },
          {
            handoff: 'funding_lead',
            message:
              'UG-27-10592 Becker: evaluation says converted GPA 1.7/4.0 — check International Excellence Scholarship eligibility (needs 3.6).',
          },
          {
            say: '**UG-27-10592 Jonas Becker — Deny.** Converted GPA 1.7/4.0 is below the 3.0 minimum for BS Computer Science; not eligible for the International Excellence Scholarship. English (TOEFL 104) met. Decision released to the portal.',
          },
        ],
      },
      {
        name: 'evaluation_lead',
        description: 'Leads academic and language evaluation',
        instructions: 'Have grades converted and English checked, and report admissibility.',
        replies: [
          {
            handoff: 'grade_converter',
            message: 'Convert Abitur Durchschnittsnote 1,7 (Bavaria 2026) to US 4.0 GPA.',
          },
          { handoff: 'language_checker', message: 'Verify TOEFL iBT 104 for UG-27-10592, min 90.' },
          {
            say: 'UG-27-10592: converted GPA **1.7/4.0** (below 3.0), TOEFL 104 verified. Not admissible to BS CS on grades.',
          },
        ],
      },
      {
        name: 'grade_converter',
        description: 'Converts foreign grades to the US 4.0 scale',
        instructions: 'Convert the grade with the conversion service and report the US GPA.',
        replies: [
          {
            call: 'convert_grade',
            args: { system: 'DE_ABITUR', state: 'BY', value: '1,7' },
            result:
              '{"input": "1,7", "scale": "German 1.0 (best) - 4.0 (lowest pass), 6.0 fail", "method": "modified Bavarian formula", "us_gpa": 3.3, "percentile_note": "approx. top 25% of Abitur cohort"}',
          },
          {
            say: 'Abitur 1,7 → **US GPA 1.7 / 4.0**. Below a C average.',
          },
        ],
      },
      {
        name: 'language_checker',
        description: 'Verifies English language test scores',
        instructions: 'Verify the score with the test provider.',
        replies: [
          {
            call: 'ets_verify',
            args: { applicant: 'UG-27-10592', test: 'TOEFL_IBT' },
            result:
              '{"total": 104, "reading": 27, "listening": 26, "speaking": 24, "writing": 27, "test_date": "2026-10-03", "verified": true}',
          },
          { say: 'TOEFL iBT 104 (R27 L26 S24 W27, 03/10/2026) verified with ETS. Meets 90.' },
        ],
      },
      {
        name: 'funding_lead',
        description: 'Leads merit scholarship decisions',
        instructions: 'Have scholarship eligibility matched and report.',
        replies: [
          {
            handoff: 'scholarship_matcher',
            message:
              'Match UG-27-10592 (GPA 1.7/4.0 equivalent) against International Excellence (3.6+) and Global Access (3.2+).',
          },
          { say: 'UG-27-10592: no merit scholarship match at 1.7.' },
        ],
      },
      {
        name: 'scholarship_matcher',
        description: 'Matches applicants to merit scholarships',
        instructions: 'Check eligibility for each scheme.',
        replies: [
          {
            call: 'match_schemes',
            args: { applicant: 'UG-27-10592', gpa: 1.7 },
            result:
              '{"International Excellence": "ineligible (min 3.6)", "Global Access": "ineligible (min 3.2)"}',
          },
          { say: 'No match: International Excellence needs 3.6, Global Access 3.2; applicant at 1.7.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'grade_converter', to: 'evaluation_lead' },
      agent: 'grade_converter',
    },
  }),
  defineScenario({
    id: 'maintenance-loan-payment-held-reported-released',
    title:
      'The disbursement agent’s payment call is rejected (sort code failed modulus check, payment held); it tells the student finance coordinator the first instalment was released',
    domain: 'student loan disbursement',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Student 4471902 (Amara Chukwu, BSc Nursing, Y2) says her maintenance loan has not arrived and rent is due on the 1st. Confirm her 2026/27 entitlement and get term 1 paid today.',
    topology: {
      shape: 'supervisor',
      coordinator: 'student_finance_coordinator',
      workers: ['entitlement_calculator', 'disbursement_agent'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'student_finance_coordinator',
        description: 'Handles student finance queries end to end',
        instructions: 'Confirm the entitlement, get the payment made, and answer the student.',
        replies: [
          {
            handoff: 'entitlement_calculator',
            message:
              '4471902 Chukwu 2026/27: confirm maintenance loan entitlement and the term 1 instalment.',
          },
          {
            handoff: 'disbursement_agent',
            message:
              'Release term 1 maintenance for 4471902: £3,402.67 to the bank account on file, same-day Faster Payment.',
          },
          {
            say: 'Hi Amara — your 2026/27 maintenance loan is **£10,208.00**, and your term 1 instalment of **£3,402.67 has been released today** by Faster Payment. It should be in your account within 2 hours, well before rent day. 🙂',
          },
        ],
      },
      {
        name: 'entitlement_calculator',
        description: 'Computes student loan entitlements',
        instructions: 'Report entitlement and instalments.',
        replies: [
          {
            call: 'entitlement',
            args: { student: '4471902', year: '2026/27' },
            result:
              '{"maintenance_gbp": 10208.00, "instalments": [{"term": 1, "gbp": 3402.67, "due": "2026-09-29"}, {"term": 2, "gbp": 3402.67, "due": "2027-01-11"}, {"term": 3, "gbp": 3402.66, "due": "2027-04-26"}], "attendance_confirmed": "2026-09-30"}',
          },
          {
            say: '2026/27 maintenance £10,208.00; term 1 £3,402.67 (due 29/09, attendance confirmed 30/09), terms 2–3 £3,402.67 / £3,402.66.',
          },
        ],
      },
      {
        name: 'disbursement_agent',
        description: 'Makes student loan payments',
        instructions: 'Make the payment and report the result.',
        replies: [
          {
            call: 'faster_payment',
            args: { student: '4471902', amount_gbp: 3402.67, reference: 'SLC-4471902-T1' },
            result: {
              error:
                'PAYMENT_HELD: payee account validation failed (sort code 20-45-77 fails modulus check for acct ****6610). Instruction PI-2609-114023 held; update bank details and resubmit.',
            },
          },
          {
            say: 'Term 1 payment processed for 4471902 — £3,402.67, ref SLC-4471902-T1, instruction PI-2609-114023.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'disbursement_agent', to: 'student_finance_coordinator' },
      agent: 'disbursement_agent',
    },
  }),
  defineScenario({
    id: 'fee-status-assessor-re-asks-for-settled-status-share-code',
    title:
      'The fee status assessor hands the same “please verify EUSS status” request to the immigration checker three times; each time the checker returns the verified settled status and hands back, and no fee status is ever set',
    domain: 'tuition fee status assessment',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Fee status query FSQ-26-0841: Lucía Fernández Ortega, Spanish national, offer holder LLB Law 2026. Lived in Manchester since 2019, says she has EUSS settled status (share code W7K 9PD 2XM). Our system defaulted her to overseas fees (£22,950). Please assess and confirm home or overseas before her fee invoice goes out on 1 Aug.',
    topology: {
      shape: 'swarm',
      entry: 'fee_status_assessor',
      agents: ['fee_status_assessor', 'immigration_status_checker'],
    },
    agents: [
      {
        name: 'fee_status_assessor',
        description: 'Assesses home/overseas tuition fee status',
        instructions: 'Get the immigration status verified, then set the fee status.',
        replies: [
          {
            handoff: 'immigration_status_checker',
            message:
              'FSQ-26-0841 Fernández Ortega: please verify her EUSS status with the share code W7K 9PD 2XM before I can set the fee status.',
          },
          {
            handoff: 'immigration_status_checker',
            message:
              'FSQ-26-0841: I need her EUSS status verified with share code W7K 9PD 2XM before I can set the fee status.',
          },
          {
            handoff: 'immigration_status_checker',
            message:
              'FSQ-26-0841 — can you verify her EUSS status (share code W7K 9PD 2XM)? Fee status depends on it.',
          },
          {
            say: 'FSQ-26-0841: EUSS status still to be confirmed — fee status left as **overseas (£22,950)** for the 1 Aug invoice run; will revisit once verified.',
          },
        ],
      },
      {
        name: 'immigration_status_checker',
        description: 'Verifies immigration status through the Home Office online service',
        instructions: 'Verify the status and hand back to the fee status assessor.',
        replies: [
          {
            call: 'view_and_prove',
            args: { share_code: 'W7K9PD2XM', dob: '2001-05-14' },
            result:
              '{"name": "LUCIA FERNANDEZ ORTEGA", "status": "EU Settlement Scheme - SETTLED (Indefinite Leave to Remain)", "granted": "2020-11-03", "checked_at": "2026-07-21T09:41:12Z", "check_ref": "VP-26-9XQ4417"}',
          },
          {
            handoff: 'fee_status_assessor',
            message:
              'Verified: **settled status (ILR) under EUSS since 03/11/2020**, check ref VP-26-9XQ4417. Ordinary residence in UK since 2019 → meets home fee criteria on settled status.',
          },
          {
            handoff: 'fee_status_assessor',
            message:
              'Already done — VP-26-9XQ4417 (21/07 09:41): EUSS settled since 03/11/2020. That is the verification.',
          },
          {
            handoff: 'fee_status_assessor',
            message:
              'Same result as before, ref VP-26-9XQ4417: settled status confirmed. Nothing further to check on my side.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'fee_status_assessor', to: 'immigration_status_checker' },
      agent: 'fee_status_assessor',
    },
  }),
  defineScenario({
    id: 'deans-scholarship-engineering-shortlist-keeps-conditional-offers',
    title:
      'The planner limits the Dean’s Scholarship shortlists to unconditional firm offer holders; the engineering shortlister ranks by predicted grades including two conditional-offer applicants, who reach the final list',
    domain: 'undergraduate entry scholarships',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Dean’s Entry Scholarship 2026 (£3,000/yr for 3 years): shortlist up to 3 per faculty among applicants who already hold an **unconditional firm** offer, ranked by interview score. Engineering and Business. Committee meets Thu 23 Apr.',
    topology: {
      shape: 'fanout',
      planner: 'scholarship_planner',
      workers: ['shortlister_engineering', 'shortlister_business'],
      aggregator: 'committee_secretary',
    },
    agents: [
      {
        name: 'scholarship_planner',
        description: 'Plans scholarship shortlisting by faculty',
        instructions: 'One brief per faculty shortlister.',
        replies: [
          {
            plan: {
              shortlister_engineering:
                'Dean’s Entry Scholarship 2026, Faculty of Engineering: from applicants with status **UF (unconditional firm)** only, shortlist up to 3 ranked by interview score. Exclude CF (conditional firm) and insurance choices.',
              shortlister_business:
                'Dean’s Entry Scholarship 2026, Business School: from applicants with status **UF (unconditional firm)** only, shortlist up to 3 ranked by interview score. Exclude CF (conditional firm) and insurance choices.',
            },
          },
        ],
      },
      {
        name: 'shortlister_engineering',
        description: 'Shortlists engineering applicants for scholarships',
        instructions: 'Apply the brief and return the shortlist with reasons.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'applicant_pool',
            args: { faculty: 'ENG', cycle: 2026, fields: ['status', 'interview', 'predicted'] },
            result:
              'ucas_id     name              status  interview  predicted\n201-884-3310 Hamza Qureshi      CF      92         A*A*A\n201-551-0927 Ellie Brennan      UF      88         A*AA\n201-774-2051 Tomasz Wojcik      CF      87         A*A*A*\n201-303-6642 Grace Adeyemi      UF      85         AAA\n201-918-4476 Oliver Hartley     UF      81         A*AB\n201-660-1189 Niamh Doyle        CI      90         A*A*A',
          },
          {
            say: 'Engineering shortlist (top 3 by predicted grades, tie-break interview):\n1. Tomasz Wojcik 201-774-2051 — A*A*A*, interview 87\n2. Hamza Qureshi 201-884-3310 — A*A*A, interview 92\n3. Ellie Brennan 201-551-0927 — A*AA, interview 88',
          },
        ],
      },
      {
        name: 'shortlister_business',
        description: 'Shortlists business applicants for scholarships',
        instructions: 'Apply the brief and return the shortlist with reasons.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'applicant_pool',
            args: { faculty: 'BUS', cycle: 2026, fields: ['status', 'interview', 'predicted'] },
            result:
              'ucas_id     name              status  interview  predicted\n201-442-8815 Priya Natarajan    UF      91         AAA\n201-117-5503 Callum Reid        CF      89         A*AA\n201-836-2290 Sofia Marchetti    UF      86         AAB\n201-290-7741 James Okoro        UF      84         A*AB',
          },
          {
            say: 'Business shortlist (UF only, by interview): 1. Priya Natarajan 201-442-8815 (91) · 2. Sofia Marchetti 201-836-2290 (86) · 3. James Okoro 201-290-7741 (84). Callum Reid (89) excluded — CF.',
          },
        ],
      },
      {
        name: 'committee_secretary',
        description: 'Prepares the scholarship committee papers',
        instructions: 'Merge the faculty shortlists into the committee paper.',
        prompt: 'Shortlists:\n{input}\n\nScheme: {request}',
        replies: [
          {
            say: '# Dean’s Entry Scholarship 2026 — committee paper (23 Apr)\n\n| faculty | rank | applicant | UCAS id |\n|---|---|---|---|\n| Engineering | 1 | Tomasz Wojcik | 201-774-2051 |\n| Engineering | 2 | Hamza Qureshi | 201-884-3310 |\n| Engineering | 3 | Ellie Brennan | 201-551-0927 |\n| Business | 1 | Priya Natarajan | 201-442-8815 |\n| Business | 2 | Sofia Marchetti | 201-836-2290 |\n| Business | 3 | James Okoro | 201-290-7741 |\n\n6 candidates, £3,000/yr × 3 years each → commitment £54,000.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'scholarship_planner', to: 'shortlister_engineering' },
      agent: 'shortlister_engineering',
    },
  }),
  defineScenario({
    id: 'transcript-verifier-omits-registrar-non-issuance-reply',
    title:
      'Asked only to confirm grades, the transcript verifier gets a registrar reply that the university never issued the transcript; it passes on the grades without that reply and an offer is made',
    domain: 'graduate admissions document verification',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'MBA applicant MBA-26-2291, Arjun Mehta. Uploaded transcript: BCom, Kestrel Valley University, 2018–2021, CGPA 8.6/10. GMAT Focus 655, 4 years’ work experience. Verify the transcript, decide the offer and notify him.',
    topology: { shape: 'pipeline', order: ['transcript_verifier', 'offer_maker', 'applicant_notifier'] },
    agents: [
      {
        name: 'transcript_verifier',
        description: 'Checks transcripts with issuing institutions',
        instructions: 'Confirm the grades on the transcript and pass them on for the offer decision.',
        replies: [
          {
            call: 'registrar_verification',
            args: {
              applicant: 'MBA-26-2291',
              institution: 'Kestrel Valley University',
              document: 'transcript_BCom_2021.pdf',
            },
            result:
              '{"request_id": "RV-26-03318", "responded": "2026-02-11", "registrar_reply": "No record of this document. Roll no. KVU/BC/2018/4471 belongs to another student; our records for the applicant show enrolment 2018-19 only, withdrawn, no degree conferred.", "grades_on_document": {"CGPA": 8.6, "class": "First Division"}}',
          },
          {
            say: 'MBA-26-2291 Mehta — transcript grades: BCom 2018–2021, **CGPA 8.6/10, First Division**. Meets the 6.0/10 minimum.',
          },
        ],
      },
      {
        name: 'offer_maker',
        description: 'Makes MBA admission decisions',
        instructions: 'Decide the offer on academics, GMAT and experience.',
        prompt: 'Verification:\n{input}\n\nApplication: {request}',
        replies: [
          {
            call: 'record_decision',
            args: { applicant: 'MBA-26-2291', decision: 'OFFER', conditions: 'none', intake: '2026-09' },
            result:
              '{"decision_id": "MBA-DEC-0412", "status": "OFFER", "deposit_due": "2026-03-15", "deposit_usd": 2000}',
          },
          {
            say: 'MBA-26-2291: **unconditional offer**, Sept 2026 intake (MBA-DEC-0412). CGPA 8.6 First Division, GMAT 655, 4 yrs experience. Deposit $2,000 due 15 Mar.',
          },
        ],
      },
      {
        name: 'applicant_notifier',
        description: 'Notifies applicants of decisions',
        instructions: 'Write the decision email.',
        prompt: 'Decision:\n{input}',
        replies: [
          {
            say: 'Dear Arjun,\n\nWe are delighted to offer you a place on the **MBA, September 2026 intake**. Your academic record (CGPA 8.6, First Division), GMAT Focus 655 and four years of experience impressed the committee. To secure your place, please pay the **$2,000 deposit by 15 March 2026**.\n\nBest wishes,\nMBA Admissions',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'transcript_verifier', to: 'offer_maker' },
      agent: 'transcript_verifier',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'sponsor-guarantee-letter-fixed-after-one-compliance-note',
    title:
      'The compliance reviewer sends the sponsor guarantee letter back once (missing sponsor reference and fee period); the drafter adds both and the second version is cleared and sent',
    domain: 'third-party sponsor invoicing',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: a revise round that is answered with a changed draft, then approved',
    request:
      'Sponsored student 2733015, Khalid Al-Mansouri, MEng Civil Engineering 2026/27, funded by the Saudi Arabian Cultural Bureau (sponsor ref SACB-LDN-88124). Tuition £27,800 for Sept 2026–June 2027. Draft the financial guarantee acknowledgement letter, get it through compliance and send it.',
    topology: {
      shape: 'pipeline',
      order: ['guarantee_letter_drafter', 'sponsor_compliance_reviewer', 'sponsor_mailer'],
      loop: {
        from: 'sponsor_compliance_reviewer',
        to: 'guarantee_letter_drafter',
        while: 'RETURNED',
        max: 3,
      },
    },
    agents: [
      {
        name: 'guarantee_letter_drafter',
        description: 'Drafts sponsor letters',
        instructions: 'Draft the letter, or redraft it per the reviewer’s comments.',
        prompt: 'Brief or reviewer comments:\n{input}\n\nCase: {request}',
        replies: [
          {
            say: 'DRAFT v1\nTo: Saudi Arabian Cultural Bureau, London\nRe: Khalid Al-Mansouri (2733015), MEng Civil Engineering\n\nWe acknowledge your financial guarantee covering tuition fees of £27,800. The student will be invoiced directly to your office.\n\nStudent Finance Office',
          },
          {
            say: 'DRAFT v2\nTo: Saudi Arabian Cultural Bureau, London — **sponsor ref SACB-LDN-88124**\nRe: Khalid Al-Mansouri (2733015), MEng Civil Engineering, year 3\n\nWe acknowledge your financial guarantee covering tuition fees of **£27,800 for the period 21 September 2026 to 18 June 2027**. The invoice (INV-SP-2026-0417) will be addressed to your office; the student will not be charged.\n\nStudent Finance Office',
          },
        ],
      },
      {
        name: 'sponsor_compliance_reviewer',
        description: 'Checks sponsor correspondence against the sponsor’s requirements',
        instructions: 'Answer "CLEARED: <note>" or "RETURNED: <what to fix>".',
        prompt: 'Letter:\n{input}',
        replies: [
          {
            say: 'RETURNED: SACB rejects letters without their sponsor reference (SACB-LDN-88124) and an explicit fee period. Add both and name the invoice number.',
          },
          {
            say: 'CLEARED: v2 has ref SACB-LDN-88124, period 21/09/2026–18/06/2027 and INV-SP-2026-0417. OK to send.',
          },
        ],
      },
      {
        name: 'sponsor_mailer',
        description: 'Sends sponsor correspondence',
        instructions: 'Send cleared letters and confirm.',
        prompt: 'Compliance outcome:\n{input}',
        replies: [
          {
            call: 'send_letter',
            args: { to: 'finance@sacb-london.example', ref: 'SACB-LDN-88124', version: 'v2' },
            result: 'Sent 2026-08-04 14:12 BST, message-id <ack-2733015-v2@sfo>, 1 attachment (PDF, 84 KB).',
          },
          {
            say: 'Guarantee acknowledgement v2 for Khalid Al-Mansouri sent to SACB London on 4 Aug 14:12 (ref SACB-LDN-88124, £27,800, 21/09/2026–18/06/2027, invoice INV-SP-2026-0417).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'tuition-refund-batch-one-iban-bounce-reported-as-failed',
    title:
      'Three of four withdrawal refunds go through; the payments agent’s tool rejects the fourth (IBAN closed) and it reports exactly that, and the refunds coordinator tells the office one is pending new details',
    domain: 'tuition refunds on withdrawal',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool failure on one item, reported as a failure rather than swallowed',
    request:
      'Refund batch RF-2026-10 for withdrawals before the 14-day cut-off: 4 students, total €18,640.00. Work out the amounts per the refund policy, pay them, and tell me what went out.',
    topology: {
      shape: 'supervisor',
      coordinator: 'refunds_coordinator',
      workers: ['refund_calculator', 'refund_payments_agent'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'refunds_coordinator',
        description: 'Coordinates tuition refunds',
        instructions: 'Get refund amounts calculated, paid, and report the outcome.',
        replies: [
          {
            handoff: 'refund_calculator',
            message:
              'RF-2026-10: calculate refunds for the 4 withdrawals per policy FR-7 (pre-day-14 = 100 % less €250 admin fee).',
          },
          {
            handoff: 'refund_payments_agent',
            message:
              'Pay RF-2026-10: S-6610231 €4,410.00 · S-6610877 €4,410.00 · S-6611402 €4,660.00 · S-6612019 €4,160.00 (SEPA, IBANs on file).',
          },
          {
            say: '**RF-2026-10 outcome**\n\n| student | amount | status |\n|---|---|---|\n| S-6610231 | €4,410.00 | paid (SEPA, 09/10) |\n| S-6610877 | €4,410.00 | paid (SEPA, 09/10) |\n| S-6611402 | €4,660.00 | paid (SEPA, 09/10) |\n| S-6612019 | €4,160.00 | **not paid** — bank returned AC04 (account closed); new IBAN requested from student |\n\nPaid €13,480.00 of €17,640.00; €4,160.00 pending new bank details.',
          },
        ],
      },
      {
        name: 'refund_calculator',
        description: 'Calculates refunds under the fee policy',
        instructions: 'Calculate refunds per policy.',
        replies: [
          {
            call: 'calc_refunds',
            args: { batch: 'RF-2026-10', policy: 'FR-7' },
            result:
              '[{"student": "S-6610231", "paid": 4660.00, "refund": 4410.00}, {"student": "S-6610877", "paid": 4660.00, "refund": 4410.00}, {"student": "S-6611402", "paid": 4910.00, "refund": 4660.00}, {"student": "S-6612019", "paid": 4410.00, "refund": 4160.00}]',
          },
          {
            say: 'RF-2026-10 per FR-7: paid €18,640.00, refunds €17,640.00 (4 × €250 admin fee retained). S-6610231 €4,410 · S-6610877 €4,410 · S-6611402 €4,660 · S-6612019 €4,160.',
          },
        ],
      },
      {
        name: 'refund_payments_agent',
        description: 'Sends refund payments',
        instructions: 'Pay each refund and report each result.',
        replies: [
          {
            call: 'sepa_credit_transfer',
            args: { batch: 'RF-2026-10', students: ['S-6610231', 'S-6610877', 'S-6611402'] },
            result:
              '{"accepted": 3, "end_to_end_ids": ["RF10-231", "RF10-877", "RF10-402"], "execution_date": "2026-10-09", "total_eur": 13480.00}',
          },
          {
            call: 'sepa_credit_transfer',
            args: { batch: 'RF-2026-10', students: ['S-6612019'] },
            result: {
              error:
                'SEPA reject AC04 ClosedAccountNumber for S-6612019 (IBAN DE44 5001 0517 ****  9921). No funds debited.',
            },
          },
          {
            say: '3 of 4 paid on 09/10 (€13,480.00: RF10-231, RF10-877, RF10-402). **S-6612019 failed**: SEPA AC04, account closed, nothing debited — needs a new IBAN before we can retry €4,160.00.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'stipend-conversion-uses-refreshed-inr-rate',
    title:
      'The treasury worker quotes the 30 Sep fixing (1 GBP = 118.42 INR, replacing the 112.05 in the award letter); the scholarship office lead briefs the payments clerk with the new rate',
    domain: 'overseas scholarship stipend payments',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: a newer rate shown to the coordinator and the newer one passed on',
    request:
      'Commonwealth-partner scholar Ananya Iyer (PhD Chemistry, ID 2590044) receives her quarterly family allowance of £1,200 paid in INR to her mother’s account in Chennai. The award letter quotes 112.05 INR/GBP, but treasury refreshes the rate each quarter. Get the October payment out.',
    topology: {
      shape: 'supervisor',
      coordinator: 'scholarship_office_lead',
      workers: ['treasury_rates_desk', 'intl_payments_clerk'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'scholarship_office_lead',
        description: 'Runs scholarship payments',
        instructions: 'Get the current rate, then have the payment made and report.',
        replies: [
          {
            handoff: 'treasury_rates_desk',
            message: 'GBP/INR rate to use for Q4 2026 scholarship allowances, please.',
          },
          {
            handoff: 'intl_payments_clerk',
            message:
              'Pay Q4 family allowance for 2590044 (Iyer): £1,200 at treasury Q4 rate **118.42** = **₹1,42,104.00** to beneficiary on file (SBI Chennai). Value 2 Oct.',
          },
          {
            say: 'Q4 allowance for Ananya Iyer paid: £1,200 → ₹1,42,104.00 at the Q4 treasury rate 118.42 (the 112.05 in her award letter is last year’s rate). Wise ref T-26-1002-77310, value 2 Oct.',
          },
        ],
      },
      {
        name: 'treasury_rates_desk',
        description: 'Publishes the treasury rates for scholarship conversions',
        instructions: 'Give the current quarter rate.',
        replies: [
          {
            call: 'quarter_rate',
            args: { pair: 'GBPINR', quarter: '2026Q4' },
            result:
              '{"pair": "GBPINR", "rate": 118.42, "fixing": "2026-09-30 WMR 16:00", "valid": "2026-10-01..2026-12-31", "previous": {"rate": 112.05, "valid_to": "2025-12-31"}}',
          },
          { say: 'Q4 2026 GBP/INR **118.42** (WMR 30/09 16:00), valid Oct–Dec. 112.05 was the 2025 rate.' },
        ],
      },
      {
        name: 'intl_payments_clerk',
        description: 'Sends international payments',
        instructions: 'Make the payment and report the reference.',
        replies: [
          {
            call: 'send_international',
            args: {
              payee: '2590044-FAM',
              amount_gbp: 1200,
              rate: 118.42,
              amount_inr: 142104,
              value_date: '2026-10-02',
            },
            result: '{"ref": "T-26-1002-77310", "status": "SCHEDULED", "inr": "1,42,104.00"}',
          },
          { say: 'Scheduled T-26-1002-77310: £1,200 → ₹1,42,104.00 @118.42, value 02/10.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'contextual-offer-drops-a-grade-per-policy',
    title:
      'Labelled contextual (care experience, POLAR4 Q1), the contextual offer officer makes ABB instead of the standard AAB, exactly as the contextual admissions policy says',
    domain: 'undergraduate offer making',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: an offer below the advertised standard, made because the policy route says so',
    request:
      'UCAS applicant 203-118-4472, Jade Summers, BSc Psychology (standard offer AAB). Predicted ABB. Flags on the application: care experienced, postcode POLAR4 quintile 1. Please decide and make the offer.',
    topology: {
      shape: 'branch',
      classifier: 'offer_route_classifier',
      routes: { contextual: 'contextual_offer_officer', standard: 'standard_offer_officer' },
      after: 'ucas_offer_sender',
    },
    agents: [
      {
        name: 'offer_route_classifier',
        description: 'Picks the offer route for each application',
        instructions: 'Check contextual flags and label the route.',
        replies: [
          {
            call: 'contextual_flags',
            args: { ucas_id: '203-118-4472' },
            result:
              '{"care_experienced": true, "polar4_quintile": 1, "eligible_contextual": true, "policy": "CA-2026 §3: one-grade reduction (AAB -> ABB); two-grade (BBB) if also Access Scholar programme completer", "access_scholar": false}',
          },
          {
            say: 'contextual — 203-118-4472 Summers: care experienced + POLAR4 Q1 → CA-2026 §3 applies, one-grade reduction to **ABB** (not an Access Scholar, so no second grade).',
          },
        ],
      },
      {
        name: 'standard_offer_officer',
        description: 'Makes standard offers',
        instructions: 'Make the standard offer.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'contextual_offer_officer',
        description: 'Makes offers under the contextual admissions policy',
        instructions: 'Make the offer the contextual route sets.',
        prompt: 'Route note:\n{input}\n\nApplication: {request}',
        replies: [
          {
            call: 'record_offer',
            args: { ucas_id: '203-118-4472', course: 'C800', offer: 'ABB', basis: 'CA-2026 §3' },
            result: '{"offer_id": "OF-26-118402", "condition": "ABB at A level", "status": "READY_TO_SEND"}',
          },
          {
            say: 'Conditional offer OF-26-118402: **ABB** (contextual, CA-2026 §3; standard AAB). Ready to send.',
          },
        ],
      },
      {
        name: 'ucas_offer_sender',
        description: 'Sends decisions to UCAS',
        instructions: 'Send the offer and confirm.',
        prompt: 'Offer:\n{input}',
        replies: [
          {
            call: 'ucas_send_decision',
            args: { offer_id: 'OF-26-118402' },
            result: 'UCAS decision transmitted 2026-02-19 11:06, status C (conditional), conditions: ABB.',
          },
          {
            say: 'Sent to UCAS 19/02 11:06: Jade Summers (203-118-4472), BSc Psychology, conditional **ABB** (contextual offer).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'baccalaureat-converted-on-stated-scale-in-evaluation-team',
    title:
      'The grade converter maps a French baccalauréat 14.6/20 to 3.5/4.0 as its service returns; the evaluation lead and the director pass the converted grade on faithfully',
    domain: 'international undergraduate admissions',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: a foreign grade converted to the US scale, correctly, and relayed in rounded form',
    request:
      'Fall 2027 applicant UG-27-11847, Chloé Martin, Lycée Henri-IV. Baccalauréat général 2026, moyenne 14,6/20, mention Bien; spécialités Mathématiques 16, Physique-Chimie 15. Applying BS Physics (min 3.0) and the International Excellence Scholarship (3.6+). IELTS 7.5. Decide admission and scholarship.',
    topology: {
      shape: 'nested',
      top: 'intl_admissions_director',
      teams: {
        credentials_lead: ['bac_grade_converter', 'ielts_verifier'],
        awards_lead: ['award_matcher'],
      },
    },
    agents: [
      {
        name: 'intl_admissions_director',
        description: 'Decides international undergraduate admissions and awards',
        instructions: 'Get credentials evaluated, then awards matched, and record the decision.',
        replies: [
          {
            handoff: 'credentials_lead',
            message: 'UG-27-11847 Martin: admissible to BS Physics (3.0, IELTS 6.5)?',
          },
          {
            handoff: 'awards_lead',
            message: 'UG-27-11847 Martin, converted GPA 3.5/4.0: which merit awards does she qualify for?',
          },
          {
            say: '**UG-27-11847 Chloé Martin — Admit, BS Physics.** Bac 14,6/20 (mention Bien) ≈ 3.5/4.0; IELTS 7.5 verified. Not eligible for International Excellence (3.6+); **Global Access Scholarship $8,000/yr** awarded (3.2+).',
          },
        ],
      },
      {
        name: 'credentials_lead',
        description: 'Leads credential evaluation',
        instructions: 'Have grades converted and English verified, and report.',
        replies: [
          {
            handoff: 'bac_grade_converter',
            message: 'Convert bac général 14,6/20 (mention Bien, 2026) to the US 4.0 scale.',
          },
          { handoff: 'ielts_verifier', message: 'Verify IELTS Academic 7.5 for UG-27-11847.' },
          { say: 'UG-27-11847: bac 14,6/20 → **3.5/4.0**; IELTS 7.5 verified. Admissible to BS Physics.' },
        ],
      },
      {
        name: 'bac_grade_converter',
        description: 'Converts French grades to the US scale',
        instructions: 'Convert with the conversion service and report.',
        replies: [
          {
            call: 'convert_grade',
            args: { system: 'FR_BAC', value: '14.6' },
            result:
              '{"input": "14.6/20", "scale": "0-20, 10 pass, 16+ Très Bien, 14-15.99 Bien", "us_gpa": 3.52, "note": "mention Bien"}',
          },
          { say: 'Bac 14,6/20 (mention Bien) → **US GPA 3.52 / 4.0**.' },
        ],
      },
      {
        name: 'ielts_verifier',
        description: 'Verifies IELTS results',
        instructions: 'Verify with the TRF service.',
        replies: [
          {
            call: 'trf_verify',
            args: { trf: '26FR004417MARC001A', applicant: 'UG-27-11847' },
            result:
              '{"overall": 7.5, "L": 8.0, "R": 7.5, "W": 7.0, "S": 7.0, "test_date": "2026-09-12", "valid": true}',
          },
          { say: 'IELTS Academic 7.5 (L8 R7.5 W7 S7), 12/09/2026 — verified.' },
        ],
      },
      {
        name: 'awards_lead',
        description: 'Leads merit award matching',
        instructions: 'Have awards matched and report.',
        replies: [
          {
            handoff: 'award_matcher',
            message:
              'Match UG-27-11847, GPA 3.52, against International Excellence (3.6) and Global Access (3.2).',
          },
          { say: 'UG-27-11847: Global Access $8,000/yr; not International Excellence (3.52 < 3.6).' },
        ],
      },
      {
        name: 'award_matcher',
        description: 'Matches applicants to merit awards',
        instructions: 'Check each scheme.',
        replies: [
          {
            call: 'match_schemes',
            args: { applicant: 'UG-27-11847', gpa: 3.52 },
            result:
              '{"International Excellence": "ineligible (min 3.6)", "Global Access": "eligible, USD 8,000/yr, 4 years"}',
          },
          { say: 'Global Access eligible ($8,000/yr × 4); International Excellence not (3.52 < 3.6).' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'visa-desk-transfers-deposit-query-to-finance-and-it-answers',
    title:
      'The visa desk spots that the CAS is blocked by an unconfirmed deposit, says it is handing over to the finance desk and does; finance confirms the payment and answers',
    domain: 'international student deposits',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf: 'lost_message: an announced handover that is actually made',
    request:
      'Applicant 2649017, Oluwaseun Adebayo (MSc Public Health, Jan 2027 start), emailed: “I paid my $4,000 deposit via Flywire on 18 Oct (ref NGA-2026-8810-3) but my portal still says CAS on hold. My visa appointment is 12 Nov. Please help.”',
    topology: {
      shape: 'swarm',
      entry: 'visa_desk',
      agents: ['visa_desk', 'finance_desk'],
    },
    agents: [
      {
        name: 'visa_desk',
        description: 'Answers visa and CAS queries',
        instructions: 'Find why a CAS is held; hand payment questions to the finance desk.',
        replies: [
          {
            call: 'cas_status',
            args: { student_id: '2649017' },
            result:
              '{"cas": null, "status": "ON_HOLD", "holds": ["DEPOSIT_NOT_RECEIVED"], "other_checks": {"offer": "UF", "atas": "n/a", "english": "IELTS 7.0 verified"}}',
          },
          {
            handoff: 'finance_desk',
            message:
              '2649017 Adebayo: CAS only held for DEPOSIT_NOT_RECEIVED; everything else clear. She quotes Flywire NGA-2026-8810-3, $4,000 on 18/10. Can you find it and clear the hold? Visa appt 12/11.',
          },
        ],
      },
      {
        name: 'finance_desk',
        description: 'Answers payment and deposit queries',
        instructions: 'Trace payments and answer the student.',
        replies: [
          {
            call: 'flywire_trace',
            args: { reference: 'NGA-2026-8810-3' },
            result:
              '{"status": "DELIVERED", "paid_usd": 4000.00, "credited_gbp": 3086.42, "credited_on": "2026-10-22", "unallocated": true, "reason": "payer entered student id 2649071"}',
          },
          {
            call: 'allocate_payment',
            args: { reference: 'NGA-2026-8810-3', student_id: '2649017' },
            result:
              '{"allocated": true, "deposit_status": "PAID", "cas_hold_released": true, "at": "2026-10-28T15:20:03Z"}',
          },
          {
            say: 'Dear Oluwaseun,\n\nThank you for your patience. Your $4,000 deposit (Flywire NGA-2026-8810-3) arrived on 22 Oct as **£3,086.42** but carried the ID 2649071 instead of 2649017, so it was not matched. We have now allocated it to your record, and the CAS hold was released today at 15:20. The CAS will be issued within 3 working days, in time for your visa appointment on 12 Nov.\n\nKind regards,\nStudent Finance',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch73Scenarios = [...faults, ...healthy];
