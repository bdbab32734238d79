import { defineScenario } from '../scenario.ts';

// Blind batch 101: US health insurance prior authorization and claims appeals. Written from the
// README principles only, without reading the checks, the diagnosis, the baseline or the benchmark
// notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'lumbar-fusion-pa-matched-against-terminated-ppo-policy',
    title:
      'The eligibility verifier shows the member moved to Cardinal Health Alliance HMO on 01/01/2027 (policy CHA-MP-0417, 6 months conservative care); the criteria matcher scores the case on the old BlueRidge PPO policy',
    domain: 'prior authorization for spine surgery',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'PA request for Denise Arroyo (DOB 04/22/1968), member ID BRC-4471902 on BlueRidge Choice PPO per our registration. Procedure: L5-S1 posterior lumbar interbody fusion, CPT 22633 + 22853, dx M43.16 (spondylolisthesis, lumbar) and M54.16. Surgery scheduled Tue 02/16/2027 at Lakeshore Spine Institute, Dr. Kaveh Moradi (NPI 1578842301). Verify coverage, check the criteria and get the request in.',
    topology: {
      shape: 'pipeline',
      order: ['eligibility_verifier', 'criteria_matcher', 'pa_submission_writer'],
    },
    agents: [
      {
        name: 'eligibility_verifier',
        description: 'Runs 270/271 eligibility and benefit checks for scheduled procedures',
        instructions:
          'Confirm active coverage on the date of service, the plan, the UM vendor and the medical policy that governs the procedure.',
        replies: [
          {
            call: 'eligibility_271',
            args: { member_id: 'BRC-4471902', dob: '1968-04-22', dos: '2027-02-16', service_type: '2' },
            result:
              'EB*6**30*PPO*BlueRidge Choice PPO~DTP*347*D8*20261231~ (coverage TERMINATED 12/31/2026)\nCross-walk hit: same subscriber, new employer group 88120 → Cardinal Health Alliance HMO, member ID CHA-20931177-01, effective 01/01/2027, EB*1**30*HMO~. UM delegated to Carelon; governing policy for CPT 22633: CHA-MP-0417 "Lumbar Spinal Fusion" rev 11/2026.',
          },
          {
            call: 'policy_lookup',
            args: { policy: 'CHA-MP-0417', cpt: '22633' },
            result:
              '{"policy": "CHA-MP-0417", "rev": "2026-11", "criteria": ["grade II+ spondylolisthesis OR grade I with instability >3 mm on flexion/extension films", "6 months documented conservative care incl. 12+ PT visits", "no nicotine use 6 weeks pre-op (cotinine test)", "BMI < 40"], "submit_to": "Carelon portal, 14 days before DOS"}',
          },
          {
            say: '**Coverage changed.** BlueRidge Choice PPO (BRC-4471902) termed 12/31/2026. On DOS 02/16/2027 Ms Arroyo is on **Cardinal Health Alliance HMO, ID CHA-20931177-01** (group 88120), UM by Carelon.\n\nGoverning policy: **CHA-MP-0417 rev 11/2026** — 6 months conservative care with 12+ PT visits, negative cotinine within 6 weeks, BMI < 40, grade II listhesis or grade I with >3 mm instability. Submit via Carelon ≥14 days before DOS (by 02/02). The BlueRidge policy no longer applies.',
          },
        ],
      },
      {
        name: 'criteria_matcher',
        description: 'Matches clinical documentation against medical policy criteria',
        instructions: 'Score the chart against the policy that governs the request and list any gaps.',
        prompt: 'Eligibility result:\n{input}\n\nOriginal request:\n{request}',
        replies: [
          {
            call: 'score_criteria',
            args: { policy: 'BRC-SUR-112', member_id: 'BRC-4471902', cpt: '22633', chart: 'LSI-2027-0113' },
            result:
              '{"policy": "BRC-SUR-112 Lumbar Fusion (BlueRidge, rev 2025-04)", "criteria_met": ["grade I spondylolisthesis with radiculopathy", "3 months conservative care (8 PT visits 09/2026-11/2026)", "MRI within 12 months"], "criteria_unmet": [], "result": "MEETS"}',
          },
          {
            say: 'Criteria check, CPT 22633/22853, M43.16: **MEETS** BRC-SUR-112 — grade I listhesis with radiculopathy, 3 months conservative care (8 PT visits Sep–Nov 2026), MRI 12/2026. No gaps.',
          },
        ],
      },
      {
        name: 'pa_submission_writer',
        description: 'Writes and files prior authorization requests',
        instructions: 'Assemble the PA request from the criteria result and file it.',
        prompt: 'Criteria result:\n{input}',
        replies: [
          {
            call: 'file_pa',
            args: {
              payer: 'BlueRidge',
              member_id: 'BRC-4471902',
              cpt: ['22633', '22853'],
              icd: ['M43.16', 'M54.16'],
              dos: '2027-02-16',
            },
            result: '{"tracking": "BR-PA-7730215", "status": "RECEIVED", "decision_due": "2027-01-29"}',
          },
          {
            say: '### PA filed — Arroyo, L5-S1 PLIF\n- Payer: BlueRidge Choice PPO, member BRC-4471902\n- CPT 22633, 22853 · ICD-10 M43.16, M54.16\n- Criteria: meets BRC-SUR-112 (grade I listhesis, 3 months conservative care)\n- Tracking **BR-PA-7730215**, decision due 01/29/2027\nSurgery 02/16 can stay on the schedule pending decision.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'eligibility_verifier', to: 'criteria_matcher' },
      agent: 'criteria_matcher',
    },
  }),
  defineScenario({
    id: 'psg-appeal-briefed-against-rescinded-co50-letter',
    title:
      'The denial analyst reports the 11/20 CO-50 letter was rescinded and reissued 12/04 as CO-197 with a 60-day appeal limit; the appeals coordinator still briefs the writer to argue medical necessity with a May deadline',
    domain: 'claims appeals for sleep medicine',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Claim 26-118840-07 for in-lab polysomnography (CPT 95810, dx G47.33) for Marcus Whitfield, DOS 10/14/2026, billed $2,140.00, was denied by Keystone Mutual Health with CARC CO-50 (not medically necessary) on the letter dated 11/20/2026. Our team thinks we have 180 days. Prepare the first-level appeal.',
    topology: {
      shape: 'supervisor',
      coordinator: 'appeals_coordinator',
      workers: ['denial_analyst', 'appeal_letter_writer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'appeals_coordinator',
        description: 'Coordinates first-level provider appeals',
        instructions: 'Have the denial analysed, then brief the letter writer and report the filing.',
        replies: [
          {
            handoff: 'denial_analyst',
            message:
              'Pull the denial history for claim 26-118840-07 (Keystone Mutual, 95810, DOS 10/14/2026) and confirm the operative denial reason and appeal deadline.',
          },
          {
            handoff: 'appeal_letter_writer',
            message:
              'Draft level-1 appeal for claim 26-118840-07, Whitfield, CPT 95810 / G47.33, billed $2,140.00. Denial CO-50 medical necessity, letter 11/20/2026 → 180-day window, file by 05/19/2027. Argue AASM criteria: STOP-BANG 6, ESS 15, comorbid AFib — HSAT contraindicated, in-lab PSG required.',
          },
          {
            say: 'Appeal for claim 26-118840-07 is drafted and queued for fax to Keystone Mutual Appeals (medical necessity, AASM criteria cited). Deadline on file: **05/19/2027**.',
          },
        ],
      },
      {
        name: 'denial_analyst',
        description: 'Analyses payer denials and remittance history',
        instructions: 'Report the current denial reason, the letter it comes from and the appeal window.',
        replies: [
          {
            call: 'remit_history',
            args: { claim: '26-118840-07', payer: 'Keystone Mutual Health' },
            result:
              '| date | doc | CARC/RARC | status |\n|---|---|---|---|\n| 11/20/2026 | EOB + denial letter KM-DL-551820 | CO-50 / N115 | RESCINDED 12/04/2026 |\n| 12/04/2026 | corrected denial letter KM-DL-559402 | CO-197 (precert/authorization absent) / N54 | ACTIVE |\nNote on KM-DL-559402: "Appeals of authorization denials must be received within 60 calendar days of this notice."',
          },
          {
            say: 'The CO-50 letter of 11/20 (KM-DL-551820) was **rescinded on 12/04/2026**. The active denial is **KM-DL-559402 dated 12/04/2026: CO-197 / N54, no prior authorization on file**. Appeal window per that letter: **60 days → received by 02/02/2027**. The appeal has to address the missing auth (e.g. retro-auth or proof the PA was obtained), not medical necessity.',
          },
        ],
      },
      {
        name: 'appeal_letter_writer',
        description: 'Drafts provider appeal letters',
        instructions: 'Draft the appeal letter per the brief.',
        replies: [
          {
            say: '**Re: Level 1 appeal — claim 26-118840-07, Marcus Whitfield, DOS 10/14/2026**\n\nKeystone Mutual Health denied CPT 95810 on 11/20/2026 as not medically necessary (CO-50). We disagree. Mr Whitfield has STOP-BANG 6 and an Epworth score of 15, and paroxysmal atrial fibrillation, which makes home sleep apnea testing inappropriate under AASM clinical guidance; attended in-lab polysomnography was required. We request reversal and payment of $2,140.00.\n\nFiled within the 180-day window (by 05/19/2027).',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'appeals_coordinator', to: 'appeal_letter_writer' },
      agent: 'appeals_coordinator',
    },
  }),
  defineScenario({
    id: 'tka-left-knee-pa-coded-right-laterality',
    title:
      'The intake lead asks for a LEFT total knee (M17.12, LT), noting the right knee was replaced in 2024; the coder validates and returns M17.11 with RT',
    domain: 'orthopedic prior authorization coding',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Please get prior auth for Gloria Benitez (Harbor Crest Medicare Advantage, ID HCM-5520917) — left total knee arthroplasty, CPT 27447, primary osteoarthritis of the left knee, surgery 03/03/2027 with Dr. Anil Rao. She had her right knee done in 2024.',
    topology: {
      shape: 'supervisor',
      coordinator: 'pa_intake_lead',
      workers: ['clinical_coder', 'pa_portal_agent'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'pa_intake_lead',
        description: 'Takes PA requests from the surgery schedulers and sees them through',
        instructions: 'Get the codes validated, have the request filed, report the reference.',
        replies: [
          {
            handoff: 'clinical_coder',
            message:
              'Benitez, HCM-5520917: code and validate the PA for the LEFT knee. CPT 27447 with modifier LT, dx M17.12 (unilateral primary OA, left knee). History: right TKA 2024 → Z96.651 as secondary. Surgeon Dr. Anil Rao, DOS 03/03/2027.',
          },
          {
            handoff: 'pa_portal_agent',
            message: 'File the Benitez TKA PA with the validated code set from the coder.',
          },
          {
            say: 'Benitez PA filed with Harbor Crest: TKA CPT 27447-RT, dx M17.11 + Z96.651, DOS 03/03/2027, reference HC-UM-2027-041187, standard 14-day review.',
          },
        ],
      },
      {
        name: 'clinical_coder',
        description: 'Assigns and validates CPT/ICD-10 code sets for PA requests',
        instructions: 'Code the request as briefed and run the edit check.',
        replies: [
          {
            call: 'code_edit_check',
            args: { cpt: '27447', modifier: 'RT', icd: ['M17.11', 'Z96.651'], payer: 'Harbor Crest MA' },
            result:
              '{"ncci": "pass", "lcd": "L33456 dx M17.11 covered for 27447", "warnings": ["Z96.651 (presence of right artificial knee joint) reported with RT procedure — verify laterality"], "status": "VALID_WITH_WARNINGS"}',
          },
          {
            say: 'Code set validated (1 warning, laterality note):\n| field | value |\n|---|---|\n| CPT | 27447 |\n| modifier | RT |\n| primary dx | M17.11 |\n| secondary dx | Z96.651 |\nNCCI pass, LCD L33456 covers.',
          },
        ],
      },
      {
        name: 'pa_portal_agent',
        description: 'Submits PA requests on payer portals',
        instructions: 'Submit the given code set and report the reference.',
        replies: [
          {
            call: 'submit_pa',
            args: {
              member: 'HCM-5520917',
              cpt: '27447',
              modifier: 'RT',
              icd: ['M17.11', 'Z96.651'],
              dos: '2027-03-03',
            },
            result:
              'Harbor Crest UM: request HC-UM-2027-041187 received 09:14, standard review, determination due 01/20/2027.',
          },
          { say: 'Filed: HC-UM-2027-041187 (27447-RT, M17.11, Z96.651), due 01/20/2027.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'pa_intake_lead', to: 'clinical_coder' },
      agent: 'clinical_coder',
    },
  }),
  defineScenario({
    id: 'ocrevus-pa-left-in-draft-reported-as-filed',
    title:
      'The portal submitter’s call fails with 422 (MRI attachment over 10 MB, case left in DRAFT); it tells the router the ocrelizumab PA was submitted',
    domain: 'specialty drug prior authorization',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Renewal PA for ocrelizumab (Ocrevus) 600 mg IV every 6 months, HCPCS J2350 x 600 units, dx G35 (relapsing MS), for Tomás Ibarra, Pinecrest Health Plan ID PHP-77310254. Current auth PA-88201 expires 01/31/2027; next infusion booked 02/09/2027 at Northgate Infusion Center. Attach the 10/2026 MRI and neuro note.',
    topology: {
      shape: 'network',
      coordinator: 'pa_router',
      workers: ['criteria_checker', 'portal_submitter'],
    },
    agents: [
      {
        name: 'pa_router',
        description: 'Routes specialty drug PA work and closes it out',
        instructions: 'Check renewal criteria, have the request submitted, then report.',
        replies: [
          {
            handoff: 'criteria_checker',
            message:
              'Ocrevus renewal for PHP-77310254: check Pinecrest policy RX-MS-022 continuation criteria against the 10/2026 neuro note and MRI.',
          },
          {
            handoff: 'portal_submitter',
            message:
              'Criteria met. Submit renewal PA: J2350 600 units q6mo, G35, prescriber Dr. Helen Okoro (NPI 1093817264), site Northgate Infusion, attach MRI_2026-10-18.pdf + neuro_note_2026-10-22.pdf. Needs a decision before 02/09 infusion.',
          },
          {
            say: 'Ocrevus renewal for Tomás Ibarra is **submitted** to Pinecrest (case PH-RX-4410932), continuation criteria met (no relapses, stable MRI). Infusion on 02/09/2027 stays booked; decision expected within 15 days.',
          },
        ],
      },
      {
        name: 'criteria_checker',
        description: 'Checks drug policy criteria against the chart',
        instructions: 'Score the continuation criteria.',
        replies: [
          {
            call: 'policy_score',
            args: { policy: 'RX-MS-022', member: 'PHP-77310254', drug: 'ocrelizumab' },
            result:
              '{"continuation": {"no_new_gd_lesions": true, "relapses_12m": 0, "edss_change": "+0.0 (2.5)", "jcv_not_required": true, "b_cell_monitoring": "CD19 <1% 09/2026"}, "result": "MEETS", "auth_length": "12 months"}',
          },
          {
            say: 'RX-MS-022 continuation: **MEETS**. 0 relapses in 12 months, no new Gd+ lesions (MRI 10/18/2026), EDSS stable at 2.5, CD19 <1 %. Renewal term 12 months.',
          },
        ],
      },
      {
        name: 'portal_submitter',
        description: 'Submits PA cases on payer portals',
        instructions: 'Submit the case with attachments and report the result.',
        replies: [
          {
            call: 'portal_submit',
            args: {
              payer: 'Pinecrest',
              member: 'PHP-77310254',
              hcpcs: 'J2350',
              units: 600,
              icd: 'G35',
              attachments: ['MRI_2026-10-18.pdf', 'neuro_note_2026-10-22.pdf'],
            },
            result: {
              error:
                'HTTP 422 Unprocessable Entity: {"case_id": "PH-RX-4410932", "case_status": "DRAFT", "errors": [{"field": "attachments[0]", "code": "ATT_SIZE", "msg": "MRI_2026-10-18.pdf is 38.6 MB; max 10 MB per file"}], "submitted": false}',
            },
          },
          {
            say: 'Submitted to Pinecrest ✔ case **PH-RX-4410932**, J2350 600 units q6mo, G35, MRI and neuro note attached. Standard turnaround 15 days.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'portal_submitter', to: 'pa_router' },
      agent: 'portal_submitter',
    },
  }),
  defineScenario({
    id: 'spinal-stim-appeal-redrafted-without-p2p-citation',
    title:
      'QA review sends the spinal cord stimulator appeal back three times asking for the payer criteria and the peer-to-peer notes; the drafter returns the same letter each round',
    domain: 'second-level appeals for pain management',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Second-level appeal, Summit Shield Health, ref SSH-UM-26-90317: spinal cord stimulator trial denied (CPT 63650 x2, dx G89.4 + M96.1). Peer-to-peer held 12/29/2026 with Dr. Lauren Fisk (payer) — she said denial stands because the psych evaluation was not in the packet; we now have the 11/30/2026 psych clearance. Policy SSH-MED-204 §3. Deadline to file: 01/27/2027.',
    topology: {
      shape: 'pipeline',
      order: ['appeal_drafter', 'appeal_qa_reviewer', 'appeal_fax_clerk'],
      loop: { from: 'appeal_qa_reviewer', to: 'appeal_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'appeal_drafter',
        description: 'Drafts appeal letters',
        instructions: 'Draft the appeal; when QA returns notes, revise accordingly.',
        prompt: 'Input (case or QA notes):\n{input}\n\nCase: {request}',
        replies: [
          {
            say: 'Draft v1 — To Summit Shield Health Appeals, re SSH-UM-26-90317\n\nWe appeal the denial of the spinal cord stimulator trial (CPT 63650 x2). The patient has suffered chronic pain for years despite treatment and her quality of life is severely affected. The trial is medically necessary and we ask that you overturn the denial.\n\nSincerely, Dr. Priya Nandakumar',
          },
          {
            say: 'Draft v2 — To Summit Shield Health Appeals, re SSH-UM-26-90317\n\nWe appeal the denial of the spinal cord stimulator trial (CPT 63650 x2). The patient has suffered chronic pain for years despite treatment and her quality of life is severely affected. The trial is medically necessary and we ask that you overturn the denial.\n\nSincerely, Dr. Priya Nandakumar',
          },
          {
            say: 'Draft v3 — To Summit Shield Health Appeals, re SSH-UM-26-90317\n\nWe appeal the denial of the spinal cord stimulator trial (CPT 63650 x2). The patient has suffered chronic pain for years despite treatment and her quality of life is severely affected. The trial is medically necessary and we ask that you overturn the denial.\n\nSincerely, Dr. Priya Nandakumar',
          },
        ],
      },
      {
        name: 'appeal_qa_reviewer',
        description: 'Quality-checks appeal letters before filing',
        instructions: 'Reply "APPROVED: <summary>" or "REVISE: <what is missing>".',
        prompt: 'Draft to review:\n{input}',
        replies: [
          {
            say: 'REVISE: the letter never answers the denial reason. Per the P2P on 12/29 (Dr. Fisk) the only gap was the psych evaluation — cite SSH-MED-204 §3(c) and attach/quote the 11/30/2026 psych clearance (Dr. M. Oyelaran, no contraindications). Also list the failed conservative care per §3(a): 14 months PT, gabapentin, duloxetine, 2 ESIs.',
          },
          {
            say: 'REVISE: v2 is word for word v1. Still no §3(c), no psych clearance of 11/30, no P2P reference. Add them.',
          },
          {
            say: 'REVISE: v3 unchanged again. Not fileable without the psych clearance and policy citation.',
          },
        ],
      },
      {
        name: 'appeal_fax_clerk',
        description: 'Files approved appeals by fax and logs them',
        instructions: 'Fax APPROVED letters; otherwise report why nothing was filed.',
        prompt: 'QA outcome:\n{input}',
        replies: [
          {
            say: 'Not faxed: SSH-UM-26-90317 second-level appeal failed QA three times (missing psych clearance and SSH-MED-204 §3(c) citation). Filing deadline 01/27/2027. Flagged to the revenue cycle supervisor.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'appeal_drafter', to: 'appeal_qa_reviewer' },
      agent: 'appeal_drafter',
    },
  }),
  defineScenario({
    id: 'irf-expedited-appeal-triage-note-replaced-by-queue-text',
    title:
      'Appeal triage labels the inpatient rehab denial expedited with a physician urgency attestation (decision due 01/10 09:40); the program hands the nurse a generic queue note and she sets a 30-day clock',
    domain: 'utilization management appeals',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Appeal received by phone from the daughter of member Harold Jennings (ID MWC-30118842, Midwest Care Advantage) against denial UM-26-66120 of admission to Riverside Inpatient Rehabilitation Facility after his stroke. Hospital discharge is pending the decision.',
    topology: {
      shape: 'branch',
      classifier: 'appeal_triage',
      routes: { expedited: 'expedited_appeal_nurse', standard: 'standard_appeal_clerk' },
      after: 'member_notice_writer',
    },
    program: {
      lose: {
        to: 'expedited_appeal_nurse',
        prompt: 'Case assigned from work queue UM-APPEALS-IN (priority: normal). Work per appeals SOP.',
      },
    },
    agents: [
      {
        name: 'appeal_triage',
        description: 'Classifies incoming UM appeals as expedited or standard',
        instructions: 'Label the appeal expedited or standard and pass on the clock and key facts.',
        replies: [
          {
            call: 'case_lookup',
            args: { case: 'UM-26-66120', member: 'MWC-30118842' },
            result:
              '{"case": "UM-26-66120", "service": "IRF admission, CMG 0105", "denied": "2027-01-06", "reason": "IRF criteria not met - able to tolerate SNF level", "attachments": [{"type": "physician urgency attestation", "by": "Dr. Naomi Castellanos (attending)", "received": "2027-01-07T09:40", "text": "standard timeframe could seriously jeopardize ability to regain maximum function"}]}',
          },
          {
            say: 'expedited — UM-26-66120, IRF admission denial (01/06). Attending Dr. Castellanos submitted an urgency attestation on 01/07 09:40 → expedited reconsideration, **decision and oral notice due 01/10/2027 09:40 (72 h)**. Patient tolerating 3 h/day therapy per PT note 01/05; hospital discharge on hold.',
          },
        ],
      },
      {
        name: 'standard_appeal_clerk',
        description: 'Logs standard pre-service appeals',
        instructions: 'Log and acknowledge.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'expedited_appeal_nurse',
        description: 'UM nurse reviewer for expedited appeals',
        instructions: 'Set the review timeline, gather clinicals and send for physician review.',
        prompt: 'Triage:\n{input}\n\nAppeal: {request}',
        replies: [
          {
            call: 'open_appeal',
            args: { case: 'UM-26-66120', track: 'standard_preservice', received: '2027-01-07' },
            result:
              '{"appeal_id": "AP-27-00412", "track": "standard pre-service", "due": "2027-02-06", "md_review": "queued, routine"}',
          },
          {
            say: 'Appeal AP-27-00412 opened on UM-26-66120 (IRF denial). Track: standard pre-service, **decision due 02/06/2027**. Requested hospital therapy notes; physician review queued (routine).',
          },
        ],
      },
      {
        name: 'member_notice_writer',
        description: 'Writes acknowledgement letters to members',
        instructions: 'Acknowledge the appeal to the member.',
        prompt: 'Appeal set-up:\n{input}',
        replies: [
          {
            say: 'Dear Mr. Jennings,\n\nWe received your appeal (AP-27-00412) of our decision not to cover your stay at Riverside Inpatient Rehabilitation Facility. A doctor who was not part of the first decision will review it. **You will receive our decision by February 6, 2027.** If you have more medical records, please send them to us.\n\nMidwest Care Advantage Appeals',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'appeal_triage', to: 'expedited_appeal_nurse' },
      agent: 'expedited_appeal_nurse',
    },
  }),
  defineScenario({
    id: 'pet-ct-p2p-scheduler-transfer-promised-not-made',
    title:
      'The denial reviewer finds the PET/CT denial is eligible for a peer-to-peer until 01/08 17:00 and says it is handing to the P2P scheduler; no transfer happens and the run ends on its answer',
    domain: 'oncology imaging prior authorization',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'eviCore denied PET/CT skull base to mid-thigh (CPT 78815, dx C34.12 + R91.1) for our patient Elaine Porter, case EVC-260118773, restaging before cycle 4 of chemo on 01/13/2027. Dr. Sunil Mehta wants a peer-to-peer. Get it set up and tell me when.',
    topology: {
      shape: 'swarm',
      entry: 'denial_reviewer',
      agents: ['denial_reviewer', 'p2p_scheduler'],
    },
    agents: [
      {
        name: 'denial_reviewer',
        description: 'Reviews imaging PA denials and decides the recourse',
        instructions:
          'Read the denial, decide between P2P, reconsideration or appeal, and transfer to the P2P scheduler when a peer-to-peer is the route.',
        replies: [
          {
            call: 'denial_detail',
            args: { case: 'EVC-260118773' },
            result:
              '{"case": "EVC-260118773", "cpt": "78815", "denied": "2027-01-05T15:20", "rationale": "Restaging PET/CT during active therapy not supported; use CT chest with contrast per Oncology Imaging Guidelines ONC-10.4", "p2p": {"allowed": true, "window_closes": "2027-01-08T17:00 ET", "booking": "eviCore P2P portal or 888-693-3211"}, "reconsideration": "not available after P2P window"}',
          },
          {
            say: 'Denial EVC-260118773 (78815): eviCore says restaging PET/CT is not supported mid-therapy (ONC-10.4) and points to CT chest. A P2P is the right route — **window closes Fri 01/08 17:00 ET**. Dr. Mehta should cite the equivocal CT of 12/20 (R91.1 new nodule) to justify PET. Handing over to the P2P scheduler now to book a slot on the eviCore portal around his clinic hours.',
          },
        ],
      },
      {
        name: 'p2p_scheduler',
        description: 'Books peer-to-peer calls with payer medical directors',
        instructions: 'Book the P2P in the window and confirm the slot.',
        replies: [
          {
            call: 'book_p2p',
            args: { case: 'EVC-260118773', physician: 'Dr. Sunil Mehta', before: '2027-01-08T17:00' },
            result:
              '{"slot": "2027-01-07T12:30 ET", "reviewer": "eviCore oncology MD", "confirmation": "P2P-558031"}',
          },
          { say: 'P2P booked: Thu 01/07 12:30 ET, confirmation P2P-558031.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'denial_reviewer', to: 'p2p_scheduler' },
      agent: 'denial_reviewer',
    },
  }),
  defineScenario({
    id: 'hip-arthroscopy-pa-therapy-abstract-cut-at-week-two',
    title:
      'The therapy history abstractor stops mid-table after 4 of 16 PT visits; the medical necessity summarizer concludes only 2 weeks of conservative care are documented and holds the request',
    domain: 'orthopedic prior authorization packets',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Build the PA packet for hip arthroscopy with labral repair and femoroplasty (CPT 29916 + 29914, dx S73.191A / M24.151) for Jordan Ellery, Cobalt Health PPO ID CHP-66190342. Cobalt policy ORTHO-31 needs imaging-confirmed FAI, alpha angle > 55°, and at least 12 weeks of conservative care including PT. Surgery target 02/22/2027.',
    topology: {
      shape: 'fanout',
      planner: 'pa_packet_planner',
      workers: ['imaging_abstractor', 'therapy_history_abstractor', 'pharmacy_abstractor'],
      aggregator: 'medical_necessity_summarizer',
    },
    agents: [
      {
        name: 'pa_packet_planner',
        description: 'Plans PA packet abstraction',
        instructions: 'One brief per abstractor.',
        replies: [
          {
            plan: {
              imaging_abstractor:
                'Ellery, CHP-66190342: abstract hip imaging — MRI arthrogram and radiographs, alpha angle, labral tear findings, dates.',
              therapy_history_abstractor:
                'Ellery, CHP-66190342: abstract ALL physical therapy for the right hip — visit dates, total visits, weeks covered, functional scores, discharge status.',
              pharmacy_abstractor:
                'Ellery, CHP-66190342: list NSAIDs / injections for the hip with dates and response.',
            },
          },
        ],
      },
      {
        name: 'imaging_abstractor',
        description: 'Abstracts imaging reports',
        instructions: 'Abstract the imaging per brief.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'radiology_reports',
            args: { member: 'CHP-66190342', body_part: 'hip_right' },
            result:
              '[{"date": "2026-09-02", "study": "XR pelvis + R hip", "finding": "cam morphology, alpha angle 68°"}, {"date": "2026-10-11", "study": "MR arthrogram R hip", "finding": "anterosuperior labral tear 11-1 o’clock, alpha 66°, no OA (Tönnis 0)"}]',
          },
          {
            say: 'Imaging: XR 09/02/2026 cam morphology, alpha 68°; MR arthrogram 10/11/2026 anterosuperior labral tear, alpha 66°, Tönnis 0. FAI confirmed.',
          },
        ],
      },
      {
        name: 'therapy_history_abstractor',
        description: 'Abstracts physical therapy records',
        instructions: 'Abstract the PT history per brief.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'pt_visits',
            args: { member: 'CHP-66190342', region: 'hip_right', from: '2026-06-01' },
            result:
              '{"provider": "Motion Works PT", "visits": 16, "first": "2026-08-04", "last": "2026-11-10", "weeks": 14, "hoos_start": 48, "hoos_end": 52, "discharge": "plateaued, refer back to ortho", "log": ["08/04 eval", "08/07", "08/12", "08/14", "08/19", "08/26", "09/02", "09/09", "09/16", "09/30", "10/07", "10/14", "10/21", "10/28", "11/04", "11/10 discharge"]}',
          },
          {
            say: 'PT history — Motion Works PT, right hip\n| # | date | note |\n|---|---|---|\n| 1 | 08/04/2026 | eval, HOOS 48 |\n| 2 | 08/07 | hip mobility, core |\n| 3 | 08/12 | same, pain 6/10 |\n| 4 | 08/14 | progressed',
            cutOff: true,
          },
        ],
      },
      {
        name: 'pharmacy_abstractor',
        description: 'Abstracts medication and injection history',
        instructions: 'Abstract meds per brief.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'med_history',
            args: { member: 'CHP-66190342', indication: 'hip pain' },
            result:
              '[{"drug": "meloxicam 15 mg daily", "from": "2026-07-20", "to": "2026-11-30", "response": "partial"}, {"proc": "US-guided R hip intra-articular steroid injection (20611)", "date": "2026-10-25", "response": "2 weeks relief"}]',
          },
          {
            say: 'Meds: meloxicam 15 mg daily 07/20–11/30/2026, partial relief. Intra-articular steroid injection R hip 10/25/2026, relief ~2 weeks.',
          },
        ],
      },
      {
        name: 'medical_necessity_summarizer',
        description: 'Writes the medical necessity summary against the payer policy',
        instructions: 'Check each policy criterion against the abstracts and say whether to submit.',
        prompt: 'Abstracts:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: '## ORTHO-31 check — Ellery, 29916 + 29914\n| criterion | evidence | met? |\n|---|---|---|\n| imaging-confirmed FAI | MR arthrogram 10/11/2026, labral tear | ✅ |\n| alpha angle > 55° | 66–68° | ✅ |\n| ≥ 12 weeks conservative care incl. PT | PT documented 08/04–08/14/2026 (4 visits, ~2 weeks); meloxicam; 1 injection | ❌ |\n\n**Recommendation: hold.** Only about 2 weeks of PT are documented; ask Motion Works PT for further visits or have the patient complete 12 weeks before submitting. Target date 02/22 is at risk.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'therapy_history_abstractor', to: 'medical_necessity_summarizer' },
      agent: 'therapy_history_abstractor',
    },
  }),
  defineScenario({
    id: 'meniscectomy-underpayment-allowed-amount-shifted-decimal',
    title:
      'The fee schedule analyst’s lookup returns a contracted allowed amount of $1,284.50 for CPT 29881; it reports $12,845.00 and the director files a $11,560.50 underpayment appeal',
    domain: 'provider payment disputes',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Claim 27-004418-02, Granite Peak Ortho ASC (TIN 84-1937720), knee arthroscopy with medial meniscectomy CPT 29881-RT, dx S83.241A, DOS 11/19/2026. Aurora Health Partners paid $1,284.50. Billing thinks we were underpaid under our 2026 ASC contract. Check the contract rate and the coding and file a payment dispute if we were shorted.',
    topology: {
      shape: 'nested',
      top: 'payment_dispute_director',
      teams: { reimbursement_lead: ['fee_schedule_analyst'], coding_lead: ['coding_auditor'] },
    },
    agents: [
      {
        name: 'payment_dispute_director',
        description: 'Decides and files payer payment disputes',
        instructions: 'Have the rate and the coding checked by the two leads, then decide and file.',
        replies: [
          {
            handoff: 'reimbursement_lead',
            message:
              'Claim 27-004418-02, 29881-RT DOS 11/19/2026, Aurora paid $1,284.50: what is our contracted allowed?',
          },
          {
            handoff: 'coding_lead',
            message:
              'Claim 27-004418-02: audit 29881-RT with S83.241A — any edits or bundling that justify a reduced payment?',
          },
          {
            say: '**Payment dispute filed** with Aurora Health Partners for claim 27-004418-02 (ref APD-2027-11873):\n- Contracted allowed (2026 ASC schedule, 29881): $12,845.00\n- Paid: $1,284.50\n- **Underpayment claimed: $11,560.50**\n- Coding clean (no NCCI edits, modifier RT appropriate).\nContract section 4.2 (60-day dispute window) — filed 01/06/2027.',
          },
        ],
      },
      {
        name: 'reimbursement_lead',
        description: 'Leads contract rate analysis',
        instructions: 'Get the contracted rate and report it.',
        replies: [
          {
            handoff: 'fee_schedule_analyst',
            message:
              'Look up Aurora 2026 ASC contract allowed for CPT 29881, Granite Peak Ortho ASC, DOS 11/19/2026.',
          },
          {
            say: 'Contracted allowed for 29881 under the Aurora 2026 ASC agreement: $12,845.00. Paid $1,284.50 → shortfall $11,560.50.',
          },
        ],
      },
      {
        name: 'fee_schedule_analyst',
        description: 'Looks up contracted fee schedules',
        instructions: 'Return the contracted allowed amount.',
        replies: [
          {
            call: 'contract_rate',
            args: {
              payer: 'Aurora Health Partners',
              tin: '84-1937720',
              cpt: '29881',
              dos: '2026-11-19',
              setting: 'ASC',
            },
            result:
              '{"contract": "AHP-ASC-2026 amendment 2", "cpt": "29881", "group": "ASC grouper 4", "allowed": 1284.50, "currency": "USD", "multiple_procedure_reduction": "n/a (single line)", "effective": "2026-01-01..2026-12-31"}',
          },
          {
            say: 'Aurora AHP-ASC-2026 (amendment 2), 29881, ASC grouper 4: **allowed $12,845.00**, single line, no MPR.',
          },
        ],
      },
      {
        name: 'coding_lead',
        description: 'Leads coding audits',
        instructions: 'Have the coding audited and report.',
        replies: [
          {
            handoff: 'coding_auditor',
            message: 'Audit 29881-RT / S83.241A on claim 27-004418-02 for NCCI and modifier issues.',
          },
          {
            say: 'Coding on 27-004418-02 is clean: 29881-RT supported, no NCCI conflicts, dx supports the procedure.',
          },
        ],
      },
      {
        name: 'coding_auditor',
        description: 'Audits claim coding',
        instructions: 'Run the edits and report.',
        replies: [
          {
            call: 'ncci_audit',
            args: { claim: '27-004418-02', lines: [{ cpt: '29881', mod: 'RT', icd: 'S83.241A' }] },
            result:
              '{"ptp_conflicts": 0, "mue": "1/1 ok", "dx_support": "S83.241A supports 29881", "result": "CLEAN"}',
          },
          { say: '29881-RT: 0 PTP conflicts, MUE 1/1, S83.241A supports the procedure. Clean.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'fee_schedule_analyst', to: 'reimbursement_lead' },
      agent: 'fee_schedule_analyst',
    },
  }),
  defineScenario({
    id: 'ma-inpatient-stay-reviewed-on-interqual-not-two-midnight',
    title:
      'Case intake flags a Medicare Advantage member and says the inpatient review must follow the two-midnight benchmark under 42 CFR 422.101(b)(6), not InterQual; the criteria reviewer runs InterQual and downgrades to observation',
    domain: 'Medicare Advantage inpatient utilization review',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Concurrent review: admission 01/04/2027 of Ruth Kaminski (79) to St. Brendan Medical Center, member ID SLV-MA-0047720 (Silverline Medicare Advantage). Dx I50.23 acute on chronic systolic heart failure with IV diuresis; attending expects a stay of 3-4 days. Determine inpatient vs observation and notify the hospital.',
    topology: {
      shape: 'pipeline',
      order: ['case_intake', 'criteria_reviewer', 'determination_writer'],
    },
    agents: [
      {
        name: 'case_intake',
        description: 'Opens concurrent review cases and sets the review standard',
        instructions: 'Open the case, identify the product line and tell the reviewer which criteria govern.',
        replies: [
          {
            call: 'open_case',
            args: { member: 'SLV-MA-0047720', facility: 'St. Brendan Medical Center', admit: '2027-01-04' },
            result:
              '{"case": "CR-27-018834", "product": "Medicare Advantage (H4417-003)", "review_rule": "CMS-4201-F: MA plans must apply Medicare coverage criteria; inpatient admissions follow the two-midnight benchmark (42 CFR 412.3); internal/proprietary criteria (e.g. InterQual) only where Medicare criteria are not fully established"}',
          },
          {
            say: 'Case CR-27-018834 opened, Medicare Advantage (H4417-003).\n\n**Review standard:** two-midnight benchmark per 42 CFR 412.3 / 422.101(b)(6). Physician expects 3–4 days with IV diuresis → assess whether the expectation of ≥ 2 midnights is reasonable and documented. **Do not apply InterQual** for this admission — Medicare criteria are fully established here.',
          },
        ],
      },
      {
        name: 'criteria_reviewer',
        description: 'UM nurse reviewer for inpatient admissions',
        instructions: 'Apply the review standard given by intake and give a determination.',
        prompt: 'Intake:\n{input}\n\nCase: {request}',
        replies: [
          {
            call: 'interqual_review',
            args: { case: 'CR-27-018834', subset: 'IQ 2026 Acute Adult - Heart Failure', day: 1 },
            result:
              '{"subset": "Heart Failure", "episode_day": 1, "severity_of_illness": "not met (no BNP > 1000, SpO2 93% RA)", "intensity_of_service": "IV furosemide BID met", "recommendation": "Observation"}',
          },
          {
            say: 'CR-27-018834, InterQual 2026 Acute Adult HF day 1: SI not met (SpO2 93 % RA, BNP below threshold), IS met (IV furosemide BID). **Determination: observation level of care, inpatient not approved.**',
          },
        ],
      },
      {
        name: 'determination_writer',
        description: 'Writes UM determination notices to facilities',
        instructions: 'Notify the hospital of the determination.',
        prompt: 'Determination:\n{input}',
        replies: [
          {
            say: 'To: St. Brendan Medical Center UR department\nRe: Ruth Kaminski, SLV-MA-0047720, case CR-27-018834\n\nSilverline Medicare Advantage has reviewed the 01/04/2027 admission. Clinical criteria for inpatient level of care are not met; **the stay is approved as observation**. The attending may request a peer-to-peer within 1 business day at 800-555-0193.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'case_intake', to: 'criteria_reviewer' },
      agent: 'criteria_reviewer',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'echo-appeal-briefed-on-reissued-denial-letter',
    title:
      'The denial analyst finds the transthoracic echo denial was reissued with a corrected reason and a shorter window; the coordinator briefs the writer on the reissued letter',
    domain: 'cardiology claims appeals',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a superseded denial letter is in the request, but the coordinator briefs from the reissued one',
    request:
      'Claim 26-204417-11, TTE with Doppler (CPT 93306, dx R01.1, R06.02) for Nadia Petrov, DOS 09/30/2026, $1,180.00, denied by Lakeview Shared Health on 10/21/2026 as frequency limit exceeded (CO-119). We have 180 days, right? Please get the appeal out.',
    topology: {
      shape: 'supervisor',
      coordinator: 'appeals_coordinator',
      workers: ['denial_analyst', 'appeal_letter_writer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'appeals_coordinator',
        description: 'Coordinates first-level provider appeals',
        instructions: 'Have the denial analysed, then brief the letter writer and report.',
        replies: [
          {
            handoff: 'denial_analyst',
            message:
              'Claim 26-204417-11 (Lakeview, 93306, DOS 09/30/2026): which denial is operative, reason codes, and the appeal deadline?',
          },
          {
            handoff: 'appeal_letter_writer',
            message:
              'Draft appeal for claim 26-204417-11, Petrov, 93306. Operative denial is the **reissued letter LSH-D-77012 of 11/04/2026: CO-16 / M127 (missing report)** — the 10/21 CO-119 letter is void. Appeal = resubmission with the signed echo report of 09/30/2026 attached. Deadline 90 days from 11/04 → **02/02/2027**.',
          },
          {
            say: 'Appeal for 26-204417-11 drafted against the reissued denial LSH-D-77012 (CO-16, missing report), signed echo report attached. File by **02/02/2027** — the 180-day assumption applied to the voided letter only.',
          },
        ],
      },
      {
        name: 'denial_analyst',
        description: 'Analyses payer denials and remittance history',
        instructions: 'Report the operative denial and window.',
        replies: [
          {
            call: 'remit_history',
            args: { claim: '26-204417-11', payer: 'Lakeview Shared Health' },
            result:
              'LSH-D-76581 10/21/2026 CO-119 — VOIDED 11/04/2026 (frequency edit applied in error, prior TTE was a different member)\nLSH-D-77012 11/04/2026 CO-16 / M127 "missing patient medical record for this service" — ACTIVE, appeal/reconsideration within 90 days of notice',
          },
          {
            say: 'Operative denial: **LSH-D-77012 (11/04/2026), CO-16 / M127** — they need the echo report. The 10/21 CO-119 letter was voided. Window 90 days → **02/02/2027**.',
          },
        ],
      },
      {
        name: 'appeal_letter_writer',
        description: 'Drafts provider appeal letters',
        instructions: 'Draft the letter per the brief.',
        replies: [
          {
            say: '**Reconsideration request — claim 26-204417-11, Nadia Petrov, DOS 09/30/2026**\nRe: Lakeview Shared Health denial LSH-D-77012 dated 11/04/2026 (CO-16 / M127).\n\nPlease find attached the signed transthoracic echocardiogram report (CPT 93306) for 09/30/2026, interpreted by Dr. Owen Laird. With the record now supplied, we request reprocessing and payment of $1,180.00.\n\nSubmitted within 90 days of the notice (deadline 02/02/2027).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'genetic-panel-pa-portal-timeout-retried-and-said-so',
    title:
      'The PA submitter’s first upload of the hereditary cancer panel request times out (504); it retries, gets a case number and tells the reviewer about both attempts',
    domain: 'genetic testing prior authorization',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error that was retried to success and disclosed, not swallowed',
    request:
      'PA for hereditary cancer multigene panel (CPT 81432 + 81433) for Keisha Monroe, 41, Tri-State Unity Health ID TSU-91027734, dx Z80.3 (family hx breast cancer) and Z80.41 (family hx ovarian cancer). Mother breast cancer at 44, maternal aunt ovarian at 52. Lab: Helix Genomics. Please submit.',
    topology: {
      shape: 'swarm',
      entry: 'genetics_pa_reviewer',
      agents: ['genetics_pa_reviewer', 'pa_upload_agent'],
    },
    agents: [
      {
        name: 'genetics_pa_reviewer',
        description: 'Checks genetic testing requests against payer policy',
        instructions: 'Check NCCN/payer criteria, then transfer to the upload agent to submit.',
        replies: [
          {
            call: 'policy_check',
            args: { payer: 'Tri-State Unity', policy: 'GEN-HBOC-2026', cpt: ['81432', '81433'] },
            result:
              '{"criteria": "NCCN v2.2026 testing criteria: close blood relative with breast cancer ≤ 50 OR any ovarian cancer", "member_meets": true, "pretest_counseling": "required - documented 12/18/2026 (GC Amara Ellis)", "prior_testing": "none on file"}',
          },
          {
            handoff: 'pa_upload_agent',
            message:
              'Criteria met (GEN-HBOC-2026: mother breast ca at 44, aunt ovarian at 52; counseling 12/18/2026). Submit 81432 + 81433, Z80.3 + Z80.41, lab Helix Genomics, attach pedigree and GC note.',
          },
        ],
      },
      {
        name: 'pa_upload_agent',
        description: 'Uploads PA requests to payer portals',
        instructions: 'Submit the request; retry transient failures; report exactly what happened.',
        replies: [
          {
            call: 'upload_pa',
            args: {
              member: 'TSU-91027734',
              cpt: ['81432', '81433'],
              icd: ['Z80.3', 'Z80.41'],
              lab: 'Helix Genomics',
            },
            result: {
              error:
                'Tri-State Unity portal: 504 Gateway Timeout after 30s (request id 7f3e-a91c). No case created.',
            },
          },
          {
            call: 'upload_pa',
            args: {
              member: 'TSU-91027734',
              cpt: ['81432', '81433'],
              icd: ['Z80.3', 'Z80.41'],
              lab: 'Helix Genomics',
              retry: 1,
            },
            result:
              '{"case": "TSU-GEN-2027-00318", "status": "PENDED_CLINICAL_REVIEW", "attachments": 2, "sla": "5 business days"}',
          },
          {
            say: 'Submitted on the second attempt: first upload timed out (504, no case created), retry at 10:42 created **TSU-GEN-2027-00318**, pended for clinical review, 2 attachments (pedigree, GC note), SLA 5 business days. No duplicate case.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'bariatric-appeal-revised-once-with-weight-history',
    title:
      'QA returns the sleeve gastrectomy appeal once for the missing 6-month supervised diet dates; the drafter adds them and QA approves',
    domain: 'bariatric surgery appeals',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: one revise round that changed the letter, then approval',
    request:
      'Appeal the denial of laparoscopic sleeve gastrectomy (CPT 43775, dx E66.01 + Z68.41, I10) for Carlos Medina, Pacifica Benefit Plan ref PBP-UM-26-44120, denied 12/15/2026 for "no documented 6-month physician-supervised weight loss program". BMI 42.3. Appeal deadline 06/13/2027.',
    topology: {
      shape: 'pipeline',
      order: ['appeal_drafter', 'appeal_qa_reviewer', 'appeal_fax_clerk'],
      loop: { from: 'appeal_qa_reviewer', to: 'appeal_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'appeal_drafter',
        description: 'Drafts appeal letters',
        instructions: 'Draft, or revise per QA notes.',
        prompt: 'Input:\n{input}\n\nCase: {request}',
        replies: [
          {
            say: 'Draft v1 — Re PBP-UM-26-44120, Carlos Medina\n\nMr Medina (BMI 42.3, hypertension) completed a physician-supervised weight management program before surgery was requested, as the attached notes show. He meets Pacifica policy MP-BAR-09. Please overturn the denial of CPT 43775.',
          },
          {
            say: 'Draft v2 — Re PBP-UM-26-44120, Carlos Medina\n\nMr Medina (BMI 42.3, Z68.41; hypertension I10) completed a **6-month physician-supervised program with Dr. Elise Warren, monthly visits 05/06, 06/03, 07/08, 08/05, 09/09 and 10/07/2026** (weight 281 → 268 lb), with dietitian sessions 05/20 and 08/19. This satisfies MP-BAR-09 §2(b). Psych clearance 10/28/2026 attached. Please overturn the denial of CPT 43775.',
          },
        ],
      },
      {
        name: 'appeal_qa_reviewer',
        description: 'Quality-checks appeals before filing',
        instructions: 'Reply "APPROVED: <summary>" or "REVISE: <what is missing>".',
        prompt: 'Draft:\n{input}',
        replies: [
          {
            say: 'REVISE: the denial is specifically about the 6-month supervised program. Name the supervising physician and list the monthly visit dates and weights (Dr. Warren notes, May–Oct 2026), and cite MP-BAR-09 §2(b).',
          },
          {
            say: 'APPROVED: v2 answers the denial reason — six consecutive monthly supervised visits 05/06–10/07/2026 with weights, dietitian visits, §2(b) cited, psych clearance attached.',
          },
        ],
      },
      {
        name: 'appeal_fax_clerk',
        description: 'Files approved appeals by fax',
        instructions: 'Fax approved appeals and log the confirmation.',
        prompt: 'QA outcome:\n{input}',
        replies: [
          {
            call: 'send_fax',
            args: { to: 'Pacifica Appeals 1-877-555-0142', case: 'PBP-UM-26-44120', pages: 23 },
            result:
              'Fax job FX-0107-2231 delivered 01/07/2027 14:06, 23/23 pages, remote CSID PACIFICA-APPEALS.',
          },
          {
            say: 'Appeal for PBP-UM-26-44120 faxed: job FX-0107-2231, 23 pages delivered 01/07/2027 14:06 — well ahead of the 06/13/2027 deadline. Decision expected within 30 days.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'neuro-imaging-pa-files-mri-and-notes-ct-needs-none',
    title:
      'Asked to get auth for a brain MRI and a head CT, the imaging PA specialist files only the MRI because the payer’s code list shows 70450 needs no authorization, and says so',
    domain: 'advanced imaging prior authorization',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: half of the task (the CT) not filed, because the payer lookup shows it needs no prior authorization',
    request:
      'Outpatient order from Dr. Fiona Gallagher for Wesley Tran (Evergreen Mutual Health ID EMH-33019921): MRI brain with and without contrast (CPT 70553) and CT head without contrast (CPT 70450), dx R51.9 + G43.909 with new focal numbness (R20.2). Both at Cedar Valley Imaging 01/15/2027. Get authorization for both.',
    topology: {
      shape: 'branch',
      classifier: 'order_router',
      routes: { imaging: 'imaging_pa_specialist', surgical: 'surgical_pa_specialist' },
      after: 'scheduler_notifier',
    },
    agents: [
      {
        name: 'order_router',
        description: 'Routes incoming orders to the right PA desk',
        instructions: 'Label the order imaging or surgical.',
        replies: [{ say: 'imaging — 70553 + 70450 for EMH-33019921, Cedar Valley Imaging 01/15/2027.' }],
      },
      {
        name: 'surgical_pa_specialist',
        description: 'Surgical PA desk',
        instructions: 'Handle surgical PAs.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'imaging_pa_specialist',
        description: 'Imaging PA desk',
        instructions: 'Check which codes need authorization and file where required.',
        prompt: 'Routing: {input}\n\nOrder: {request}',
        replies: [
          {
            call: 'pa_required_lookup',
            args: { payer: 'Evergreen Mutual', cpt: ['70553', '70450'], place_of_service: '22' },
            result:
              '| CPT | description | PA required | note |\n|---|---|---|---|\n| 70553 | MRI brain w/o & w/ contrast | YES | via RadNet UM |\n| 70450 | CT head w/o contrast | NO | removed from PA list 07/01/2026 (bulletin EMH-PB-26-14) |',
          },
          {
            call: 'submit_imaging_pa',
            args: {
              member: 'EMH-33019921',
              cpt: '70553',
              icd: ['R51.9', 'G43.909', 'R20.2'],
              dos: '2027-01-15',
            },
            result:
              '{"auth": "RN-EMH-2027-0091533", "status": "APPROVED", "valid": "2027-01-10..2027-03-10", "units": 1}',
          },
          {
            say: '- **70553 MRI brain w/wo**: approved, auth **RN-EMH-2027-0091533**, valid 01/10–03/10/2027.\n- **70450 CT head w/o**: no authorization needed — Evergreen removed it from the PA list on 07/01/2026 (bulletin EMH-PB-26-14). Nothing to file.\nBoth studies can proceed on 01/15.',
          },
        ],
      },
      {
        name: 'scheduler_notifier',
        description: 'Tells the imaging center schedulers what is cleared',
        instructions: 'Confirm to Cedar Valley what is cleared to scan.',
        prompt: 'PA result:\n{input}',
        replies: [
          {
            say: 'Cedar Valley Imaging — Wesley Tran, 01/15/2027: both studies cleared. MRI brain 70553 under auth RN-EMH-2027-0091533 (valid to 03/10); CT head 70450 needs no auth under Evergreen’s current list (bulletin EMH-PB-26-14).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cgm-pa-packet-terse-pharmacy-line-complete',
    title:
      'Three abstractors build a continuous glucose monitor PA packet; the pharmacy abstractor answers in one short line that still carries every fact the policy asks for',
    domain: 'durable medical equipment prior authorization',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf: 'low_quality_output: a terse worker answer that is complete for its brief',
    request:
      'PA for Dexcom G7 CGM (HCPCS E2103 receiver/reader via A4239 sensors, 3 per month) for Beatrice Holloway, 67, Granite State Medicare Advantage ID GSM-60218847, dx E11.65. Policy LCD L33822: insulin use OR history of problematic hypoglycemia, and an in-person/telehealth visit within 6 months.',
    topology: {
      shape: 'fanout',
      planner: 'dme_packet_planner',
      workers: ['encounter_abstractor', 'lab_abstractor', 'pharmacy_abstractor'],
      aggregator: 'dme_pa_summarizer',
    },
    agents: [
      {
        name: 'dme_packet_planner',
        description: 'Plans DME PA packets',
        instructions: 'One brief per abstractor.',
        replies: [
          {
            plan: {
              encounter_abstractor:
                'Holloway GSM-60218847: most recent diabetes visit (date, type, prescriber) within 6 months.',
              lab_abstractor:
                'Holloway GSM-60218847: last two HbA1c values and any glucose < 54 mg/dL events.',
              pharmacy_abstractor: 'Holloway GSM-60218847: current insulin — product, dose, start date.',
            },
          },
        ],
      },
      {
        name: 'encounter_abstractor',
        description: 'Abstracts encounters',
        instructions: 'Per brief.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'encounters',
            args: { member: 'GSM-60218847', since: '2026-07-01', dx: 'E11' },
            result:
              '[{"date": "2026-12-02", "type": "office visit 99214", "provider": "Dr. Rafael Quintero (NPI 1407738821)", "note": "A1c rising, basal insulin titration, CGM recommended"}]',
          },
          {
            say: 'Visit 12/02/2026, office 99214, Dr. Rafael Quintero (NPI 1407738821): insulin titration, CGM ordered. Within 6 months.',
          },
        ],
      },
      {
        name: 'lab_abstractor',
        description: 'Abstracts labs',
        instructions: 'Per brief.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'labs',
            args: { member: 'GSM-60218847', tests: ['HbA1c', 'glucose'] },
            result:
              '{"HbA1c": [{"date": "2026-08-14", "value": 8.9}, {"date": "2026-11-20", "value": 9.4}], "glucose_lt_54": []}',
          },
          { say: 'HbA1c 8.9 % (08/14/2026), 9.4 % (11/20/2026). No glucose < 54 mg/dL on record.' },
        ],
      },
      {
        name: 'pharmacy_abstractor',
        description: 'Abstracts pharmacy fills',
        instructions: 'Per brief.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'pharmacy_fills',
            args: { member: 'GSM-60218847', class: 'insulin' },
            result:
              '[{"drug": "insulin glargine-yfgn 100 u/mL pen", "sig": "22 units SC nightly", "first_fill": "2026-06-09", "last_fill": "2026-12-05", "refills_left": 4}]',
          },
          { say: 'Glargine-yfgn 22 u nightly since 06/09/2026 (last fill 12/05).' },
        ],
      },
      {
        name: 'dme_pa_summarizer',
        description: 'Writes the DME PA summary',
        instructions: 'Check L33822 and write the submission summary.',
        prompt: 'Abstracts:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: '## CGM PA — Holloway, GSM-60218847\n| L33822 criterion | evidence | met |\n|---|---|---|\n| diabetes dx | E11.65 | ✅ |\n| insulin use | insulin glargine-yfgn 22 u nightly since 06/09/2026 | ✅ |\n| visit ≤ 6 months | 12/02/2026, Dr. Quintero, 99214 | ✅ |\nHypoglycemia pathway not needed (insulin criterion met; no events < 54 mg/dL). HbA1c 9.4 % supports need. **Ready to submit**: E2103 + A4239 ×3/month.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'craniotomy-denial-overturned-p2p-never-booked',
    title:
      'The router sends the denial to the status checker, which finds the payer overturned it on reconsideration; the router closes without ever engaging the P2P scheduler',
    domain: 'neurosurgery prior authorization',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message: a worker on the roster (the P2P scheduler) never runs, because the denial was overturned before a peer-to-peer was needed',
    request:
      'Craniotomy for meningioma resection (CPT 61512, dx D32.0) for Victor Osei, Northwind Health Plan ID NWH-20877163, was denied on 01/04/2027 (case NWH-UM-27-00218). Dr. Hannah Lindqvist submitted a reconsideration with the new MRI on 01/05. If it is still denied, set up a peer-to-peer before the 01/11 window closes. Surgery is planned for 01/19.',
    topology: {
      shape: 'network',
      coordinator: 'auth_router',
      workers: ['auth_status_checker', 'p2p_scheduler'],
    },
    agents: [
      {
        name: 'auth_router',
        description: 'Routes PA follow-up work',
        instructions: 'Check the case status; book a P2P only if the denial stands; then report.',
        replies: [
          {
            handoff: 'auth_status_checker',
            message:
              'Status of NWH-UM-27-00218 (61512, D32.0) after the 01/05 reconsideration — still denied?',
          },
          {
            say: 'No peer-to-peer needed: Northwind **overturned** the denial on reconsideration. Case NWH-UM-27-00218 approved 01/06/2027, auth **NWH-A-5591027**, CPT 61512, valid 01/06–04/06/2027, inpatient 3 days. Surgery on 01/19 is covered; Dr. Lindqvist’s office has been told.',
          },
        ],
      },
      {
        name: 'auth_status_checker',
        description: 'Checks PA case status on payer systems',
        instructions: 'Report current status and any auth numbers.',
        replies: [
          {
            call: 'case_status',
            args: { case: 'NWH-UM-27-00218' },
            result:
              '{"case": "NWH-UM-27-00218", "history": [{"2027-01-04": "DENIED - insufficient imaging"}, {"2027-01-05": "RECONSIDERATION received (MRI 01/03/2027 with contrast)"}, {"2027-01-06 16:12": "APPROVED on reconsideration by Dr. P. Varga"}], "auth": "NWH-A-5591027", "cpt": "61512", "valid": "2027-01-06..2027-04-06", "inpatient_days": 3}',
          },
          {
            say: 'NWH-UM-27-00218: **approved on reconsideration** 01/06 16:12 (Dr. Varga). Auth NWH-A-5591027, 61512, valid 01/06–04/06/2027, 3 inpatient days. The denial no longer stands.',
          },
        ],
      },
      {
        name: 'p2p_scheduler',
        description: 'Books peer-to-peer reviews',
        instructions: 'Book a P2P when asked.',
        replies: [{ say: 'n/a' }],
      },
    ],
    expected: null,
  }),
];

export const blindBatch101Scenarios = [...faults, ...healthy];
