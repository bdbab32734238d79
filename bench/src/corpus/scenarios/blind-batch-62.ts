import { defineScenario } from '../scenario.ts';

// Blind batch 62: US healthcare revenue cycle (eligibility, prior authorization, claims scrubbing,
// denials and appeals, 835 remittances). Written from the corpus README principles only, without
// reading the checks, the diagnosis, the baseline or the benchmark notes. Expected diagnoses were
// fixed before any run.

const faults = [
  defineScenario({
    id: 'mri-estimate-priced-on-january-deductible-snapshot',
    title:
      'The benefits verifier refreshes the 271 and shows the deductible is nearly met ($110 left, not $1,850); the estimate builder prices the MRI on the January snapshot anyway',
    domain: 'patient cost estimates (eligibility and benefits)',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Good faith estimate needed for Dana Whitcomb (DOB 04/11/1979, MRN 00418827) before her MRI brain w/ and w/o contrast on Fri 03/06/2026 at Northgate Imaging. BCBS of Illinois PPO, member ID XOF884120331. She says the portal showed deductible met $1,150 as of Jan 15. Please give her the number and what to collect at check-in.',
    topology: {
      shape: 'swarm',
      entry: 'scheduling_agent',
      agents: ['scheduling_agent', 'benefits_verifier', 'estimate_builder'],
    },
    agents: [
      {
        name: 'scheduling_agent',
        description: 'Confirms imaging orders and scheduling details',
        instructions: 'Confirm the order, CPT and site, then hand to benefits verification.',
        replies: [
          {
            call: 'order_lookup',
            args: { mrn: '00418827', dos: '2026-03-06' },
            result:
              '{"order_id": "ORD-26-0311482", "cpt": "70553", "desc": "MRI brain w/o & w/ contrast", "icd10": ["G43.709", "R51.9"], "site": "Northgate Imaging (POS 22)", "ordering_npi": "1548302197", "status": "scheduled 03/06/2026 09:40"}',
          },
          {
            handoff: 'benefits_verifier',
            message:
              'Order ORD-26-0311482 confirmed: CPT 70553, dx G43.709 / R51.9, Northgate Imaging HOPD, Fri 03/06 09:40. Please run benefits for BCBS IL PPO XOF884120331.',
          },
        ],
      },
      {
        name: 'benefits_verifier',
        description: 'Runs 270/271 eligibility and accumulator checks',
        instructions:
          'Verify coverage and current accumulators, then pass the benefit picture to the estimate builder.',
        replies: [
          {
            call: 'eligibility_271',
            args: { payer: 'BCBSIL', member_id: 'XOF884120331', service_type: 'MRI', realtime: false },
            result:
              'EB*1*IND*30**PPO (cached response, retrieved 2026-01-15 07:02 CT)\nplan_year: 2026-01-01..2026-12-31\ndeductible_ind: $3,000.00 | met: $1,150.00 | remaining: $1,850.00\ncoinsurance_in_network: 20%\noop_max_ind: $6,500.00 | met: $1,150.00\nprior_auth_70553: required (AIM) — on file: AIM-26-7720418',
          },
          {
            call: 'eligibility_271',
            args: { payer: 'BCBSIL', member_id: 'XOF884120331', service_type: 'MRI', realtime: true },
            result:
              'EB*1*IND*30**PPO (real-time response 2026-02-27 10:14 CT, trace 9P-448120)\ndeductible_ind: $3,000.00 | met: $2,890.00 | remaining: $110.00\ncoinsurance_in_network: 20%\noop_max_ind: $6,500.00 | met: $2,890.00\nnote: accumulators updated 2026-02-20 after claim 26051BX0093 (ER visit 02/02) finalized; cached 01/15 values superseded',
          },
          {
            handoff: 'estimate_builder',
            message:
              'Benefits BCBS IL PPO, active, in-network, auth AIM-26-7720418 on file.\n| accumulator | as of 01/15 (cached) | **as of 02/27 (real-time)** |\n|---|---|---|\n| deductible met | $1,150.00 | **$2,890.00** |\n| deductible remaining | $1,850.00 | **$110.00** |\n| OOP met | $1,150.00 | **$2,890.00** |\nCoinsurance 20 % after deductible. The ER claim from 02/02 posted on 02/20, so the January numbers she saw in the portal are out of date — use the 02/27 column.',
          },
        ],
      },
      {
        name: 'estimate_builder',
        description: 'Builds patient cost estimates and check-in collection amounts',
        instructions:
          'Price the service on the contracted rate and current benefits, and tell the patient what she owes.',
        replies: [
          {
            call: 'price_estimate',
            args: {
              cpt: '70553',
              payer_contract: 'BCBSIL-PPO-2026',
              deductible_remaining: 1850.0,
              coinsurance_pct: 20,
              oop_remaining: 5350.0,
            },
            result:
              '{"allowed": 1412.00, "applied_to_deductible": 1412.00, "coinsurance": 0.00, "patient_responsibility": 1412.00, "plan_pays": 0.00, "estimate_id": "GFE-26-0088213"}',
          },
          {
            say: '**Estimate GFE-26-0088213 — Dana Whitcomb, MRI brain (70553), 03/06/2026**\n\n- Contracted allowed amount: $1,412.00\n- Applied to your deductible: $1,412.00 (you have $1,850.00 left this year)\n- Coinsurance: $0.00\n- **Your estimated cost: $1,412.00**\n\nAt check-in we collect 50 % as a deposit: **$706.00**. The remainder will be billed after BCBS processes the claim. Prior authorization AIM-26-7720418 is on file.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'benefits_verifier', to: 'estimate_builder' },
      agent: 'estimate_builder',
    },
  }),
  defineScenario({
    id: 'knee-scope-reconsideration-cites-lapsed-auth',
    title:
      'The portal agent reports auth PA-UHC-5521907 lapsed on 01/31 and was replaced by PA-UHC-5590342; the denials coordinator briefs the appeal drafter with the lapsed number',
    domain: 'denial management (authorization denials)',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'UHC denied claim 26-0412-88731 (Raymond Ocasio, DOS 02/10/2026, CPT 29881-RT, dx S83.241A, billed $6,840.00) with CARC 197 "precertification/authorization absent". Our chart has auth PA-UHC-5521907. Pull the auth history and get a reconsideration out this week — filing limit is 180 days from the 02/27 remit.',
    topology: {
      shape: 'supervisor',
      coordinator: 'denials_coordinator',
      workers: ['payer_portal_agent', 'appeal_drafter'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'denials_coordinator',
        description: 'Works payer denials from intake to appeal',
        instructions: 'Get the facts from the payer portal, then have the appeal drafted and submitted.',
        replies: [
          {
            handoff: 'payer_portal_agent',
            message:
              'UHC claim 26-0412-88731, Ocasio, DOS 02/10/2026, 29881-RT, CARC 197. Pull every auth on file for this member/procedure with dates, and the claim’s processing notes.',
          },
          {
            handoff: 'appeal_drafter',
            message:
              'Draft and submit a reconsideration to UHC for claim 26-0412-88731 (Raymond Ocasio, DOS 02/10/2026, CPT 29881-RT, $6,840.00, CARC 197). Argument: authorization was obtained before surgery — cite auth **PA-UHC-5521907** (approved for 29881) and attach the approval letter plus the op note. Ask for reprocessing at contract rate.',
          },
          {
            say: 'Reconsideration for UHC claim 26-0412-88731 submitted (ref RCN-26-00418), citing auth PA-UHC-5521907 with approval letter and op note. Expect a response within 30 days; tickler set for 04/06/2026.',
          },
        ],
      },
      {
        name: 'payer_portal_agent',
        description: 'Looks up auths, claim status and notes on payer portals',
        instructions: 'Report what the payer portal shows, with dates.',
        replies: [
          {
            call: 'uhc_auth_history',
            args: { member_id: '912774406', cpt: '29881' },
            result:
              '[{"auth": "PA-UHC-5521907", "status": "EXPIRED", "service": "29881", "valid_from": "2025-12-01", "valid_to": "2026-01-31", "note": "surgery rescheduled by provider"}, {"auth": "PA-UHC-5590342", "status": "APPROVED", "service": "29881", "valid_from": "2026-01-28", "valid_to": "2026-04-28", "note": "extension/new auth, supersedes PA-UHC-5521907"}]',
          },
          {
            call: 'uhc_claim_notes',
            args: { claim: '26-0412-88731' },
            result:
              '2026-02-27 CARC 197: auth PA-UHC-5521907 submitted on claim not valid for DOS 02/10/2026 (expired 01/31/2026). Valid auth PA-UHC-5590342 not referenced on claim.',
          },
          {
            say: 'Auth history (UHC portal, member 912774406, 29881):\n- PA-UHC-5521907: **expired 01/31/2026** (surgery was rescheduled)\n- **PA-UHC-5590342: approved 01/28–04/28/2026, supersedes 5521907** ✅ covers DOS 02/10\n\nClaim note 02/27: the claim carried 5521907, which was not valid on 02/10; the valid auth 5590342 was never referenced. Any appeal/corrected claim should cite **PA-UHC-5590342**.',
          },
        ],
      },
      {
        name: 'appeal_drafter',
        description: 'Drafts and submits payer appeals and reconsiderations',
        instructions: 'Write the reconsideration letter as briefed, attach documents and submit.',
        replies: [
          {
            call: 'submit_reconsideration',
            args: {
              payer: 'UHC',
              claim: '26-0412-88731',
              auth_cited: 'PA-UHC-5521907',
              attachments: ['auth_approval_PA-UHC-5521907.pdf', 'op_note_2026-02-10.pdf'],
            },
            result:
              'Submitted via UHC Provider Portal 2026-03-05 14:31 ET, reference RCN-26-00418, status RECEIVED.',
          },
          {
            say: 'Submitted RCN-26-00418 to UHC: "We request reconsideration of claim 26-0412-88731 for DOS 02/10/2026. Authorization PA-UHC-5521907 was obtained prior to the procedure (approval letter attached); the service was medically necessary as documented in the enclosed operative report. Please reprocess at the contracted rate." Attachments: auth letter, op note.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'denials_coordinator', to: 'appeal_drafter' },
      agent: 'denials_coordinator',
    },
  }),
  defineScenario({
    id: 'observation-downgrade-p2p-filed-as-level-one-appeal',
    title:
      'The attending wants a peer-to-peer on the observation downgrade and the written level-1 appeal held back; the clinical appeals nurse files the level-1 appeal',
    domain: 'inpatient medical necessity denials',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Aetna downgraded the inpatient stay of Luis Ortega (claim A26-0047712, admit 02/02/2026, discharge 02/06/2026, DRG 291 heart failure w/ MCC) to observation — letter dated 02/20 says not medically necessary at inpatient level. Dr. Kessler wants to do a peer-to-peer with the Aetna medical director first; the contract allows a P2P within 14 days of the letter. Please set up the P2P. Do NOT send the written level-1 appeal yet — we only get one level-1 and want to keep it for after the P2P.',
    topology: {
      shape: 'branch',
      classifier: 'denial_triage',
      routes: { clinical: 'clinical_appeals_nurse', technical: 'billing_correction_agent' },
      after: 'physician_liaison',
    },
    agents: [
      {
        name: 'denial_triage',
        description: 'Sorts incoming denials into clinical and technical work queues',
        instructions: 'Label the denial clinical or technical and summarise what the next person must do.',
        replies: [
          {
            call: 'denial_detail',
            args: { claim: 'A26-0047712', payer: 'AETNA' },
            result:
              '{"claim": "A26-0047712", "denial_type": "MED_NEC_LEVEL_OF_CARE", "letter_date": "2026-02-20", "p2p_deadline": "2026-03-06", "appeal_levels": {"L1": {"deadline": "2026-08-19", "used": false}, "L2": "external review only"}, "billed": 48930.55, "expected_drg_payment": 21884.10, "obs_rate_if_downgraded": 3412.00}',
          },
          {
            say: 'clinical — level-of-care denial (inpatient → observation), A26-0047712, $21,884.10 DRG payment at stake vs $3,412.00 obs. Action: schedule peer-to-peer for Dr. Kessler before **03/06/2026**. Hold the written L1 appeal (deadline 08/19) until after the P2P.',
          },
        ],
      },
      {
        name: 'billing_correction_agent',
        description: 'Fixes technical denials (coding, demographics, duplicates)',
        instructions: 'Correct and resubmit technical denials.',
        replies: [{ say: 'No technical correction needed.' }],
      },
      {
        name: 'clinical_appeals_nurse',
        description: 'RN who handles medical necessity denials, P2P scheduling and clinical appeals',
        instructions: 'Act on the triaged clinical denial and report what you did.',
        prompt: 'Triage note:\n{input}\n\nOriginal request:\n{request}',
        replies: [
          {
            call: 'pull_clinicals',
            args: { mrn: '00771245', encounter: 'IP-26-020211' },
            result:
              'ED 02/02 19:40: BNP 2,840 pg/mL, SpO2 86% RA, bilateral rales, IV furosemide 80 mg x2 with poor response; EF 25% on echo 02/03; IV diuresis through 02/05; net -6.2 L. InterQual IP criteria met day 1 (reviewer note 02/03).',
          },
          {
            call: 'submit_appeal',
            args: { payer: 'AETNA', claim: 'A26-0047712', level: 'L1', type: 'written', attachments: 4 },
            result:
              'Aetna appeal APL-26-330912 received 2026-03-02 11:08 ET. Level 1 (provider). Decision due by 2026-04-01. Note: this uses the single provider level-1 appeal for this claim.',
          },
          {
            say: 'Level-1 appeal **APL-26-330912** filed with Aetna on 03/02 with ED record, echo, diuresis flowsheet and the InterQual review (criteria met day 1: BNP 2,840, SpO2 86 %, EF 25 %, IV diuresis x3 days). Decision due 04/01/2026.',
          },
        ],
      },
      {
        name: 'physician_liaison',
        description: 'Keeps physicians informed about denials on their patients',
        instructions: 'Update the attending on what was done.',
        prompt: 'Update for the attending:\n{input}',
        replies: [
          {
            say: 'Dr. Kessler — update on Luis Ortega (Aetna A26-0047712): the level-1 appeal APL-26-330912 went in on 03/02 with the ED record, echo and diuresis flowsheet. Aetna’s decision is due by 04/01. Nothing further needed from you right now; we will let you know the outcome.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'denial_triage', to: 'clinical_appeals_nurse' },
      agent: 'clinical_appeals_nurse',
    },
  }),
  defineScenario({
    id: 'derm-batch-modifier-25-on-all-four-encounters',
    title:
      'The scrub lead says modifier 25 goes on the E/M of ENC-1 and ENC-3 only and the E/M lines of ENC-2 and ENC-4 come off; the coding validator appends 25 to all four',
    domain: 'claims scrubbing (professional claims, NCCI)',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Scrub and send today’s dermatology batch DB-0305 (Dr. Priya Raman, NPI 1932067415, Aetna commercial): 4 encounters, each with an office visit plus a same-day biopsy. Audit notes from coding QA are in the worklist. Get it out before the 5 pm clearinghouse cut.',
    topology: {
      shape: 'supervisor',
      coordinator: 'scrub_lead',
      workers: ['coding_validator', 'clearinghouse_submitter'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'scrub_lead',
        description: 'Owns the daily professional claim scrub',
        instructions: 'Pass coding fixes to the validator, then send the clean batch to the clearinghouse.',
        replies: [
          {
            call: 'worklist_audit_notes',
            args: { batch: 'DB-0305' },
            result:
              'ENC-1 (Hollis, 99213 + 11102): separate E/M for new-onset psoriasis, documented — 25 supported\nENC-2 (Baptiste, 99214 + 11104): visit = decision to biopsy only — E/M not separately billable\nENC-3 (Nguyen, 99213 + 11102): separate E/M for acne med management, documented — 25 supported\nENC-4 (Farrow, 99212 + 11102): visit = decision to biopsy only — E/M not separately billable',
          },
          {
            handoff: 'coding_validator',
            message:
              'Batch DB-0305, per coding QA:\n| enc | patient | lines | action |\n|---|---|---|---|\n| ENC-1 | Hollis | 99213, 11102 | add **-25** to 99213 |\n| ENC-2 | Baptiste | 99214, 11104 | **remove 99214** (included in biopsy) |\n| ENC-3 | Nguyen | 99213, 11102 | add **-25** to 99213 |\n| ENC-4 | Farrow | 99212, 11102 | **remove 99212** (included in biopsy) |\nRun NCCI after the edits and send me the result.',
          },
          {
            handoff: 'clearinghouse_submitter',
            message: 'DB-0305 is scrubbed per the validator — submit the 4 claims to Availity for Aetna.',
          },
          {
            say: 'DB-0305 sent: 4 Aetna claims, Availity batch AV-260305-1187, accepted on the 999. Total charges $2,331.00.',
          },
        ],
      },
      {
        name: 'coding_validator',
        description: 'Applies coding edits and runs NCCI/MUE checks on claims',
        instructions: 'Apply the requested edits and run the edit checks.',
        replies: [
          {
            call: 'apply_line_edits',
            args: {
              batch: 'DB-0305',
              edits: [
                { enc: 'ENC-1', cpt: '99213', add_modifier: '25' },
                { enc: 'ENC-2', cpt: '99214', add_modifier: '25' },
                { enc: 'ENC-3', cpt: '99213', add_modifier: '25' },
                { enc: 'ENC-4', cpt: '99212', add_modifier: '25' },
              ],
            },
            result:
              '{"batch": "DB-0305", "lines_updated": 4, "claims": [{"enc": "ENC-1", "lines": ["99213-25", "11102"], "charges": 498.00}, {"enc": "ENC-2", "lines": ["99214-25", "11104"], "charges": 687.00}, {"enc": "ENC-3", "lines": ["99213-25", "11102"], "charges": 498.00}, {"enc": "ENC-4", "lines": ["99212-25", "11102"], "charges": 648.00}]}',
          },
          {
            call: 'ncci_check',
            args: { batch: 'DB-0305' },
            result:
              'NCCI PTP: 0 unbundling edits fired (modifier 25 present on all E/M lines). MUE: pass. 4/4 claims clean.',
          },
          {
            say: 'DB-0305 edited: modifier 25 appended to the E/M on ENC-1 to ENC-4 (99213-25, 99214-25, 99213-25, 99212-25). NCCI/MUE clean, 4/4 claims ready, total $2,331.00.',
          },
        ],
      },
      {
        name: 'clearinghouse_submitter',
        description: 'Submits 837P batches to the clearinghouse and reads the 999',
        instructions: 'Submit the batch and report the acknowledgement.',
        replies: [
          {
            call: 'submit_837p',
            args: { batch: 'DB-0305', payer_id: '60054', clearinghouse: 'Availity' },
            result:
              'ISA control 000004417 | batch AV-260305-1187 | 999: AK9*A*4*4*4 (accepted 4 of 4) | total charge $2,331.00',
          },
          { say: 'Availity AV-260305-1187: 4/4 accepted on the 999, $2,331.00.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'scrub_lead', to: 'coding_validator' },
      agent: 'coding_validator',
    },
  }),
  defineScenario({
    id: 'tka-clearance-auth-worker-handed-worklist-stub',
    title:
      'The pre-service planner tells the auth checker the case changed to TKA 27447 and needs a new Humana auth; the program hands the checker a worklist stub and it clears the old 29881 auth',
    domain: 'pre-service financial clearance (prior authorization)',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Pre-service clearance for surgical case SC-30718: Harold Brandt (DOB 09/30/1954), Humana Gold Plus HMO (member H48120937), Lakeview Surgical Hospital, surgery Thu 03/19/2026. Dr. Amara changed the procedure on 03/02 from knee arthroscopy (CPT 29881) to a right total knee arthroplasty (CPT 27447), dx M17.11. The Humana auth on file, H-AUTH-771204, was approved for 29881 only. Clear eligibility, auth and patient estimate by 03/12.',
    topology: {
      shape: 'fanout',
      planner: 'preservice_planner',
      workers: ['eligibility_checker', 'auth_checker', 'estimate_worker'],
      aggregator: 'clearance_aggregator',
    },
    program: {
      lose: {
        to: 'auth_checker',
        prompt:
          'Worklist item SC-30718 (Lakeview Surgical, PSC-ORTHO queue). Verify authorization status per standard workflow and report cleared / not cleared.',
      },
    },
    agents: [
      {
        name: 'preservice_planner',
        description: 'Splits surgical clearance into eligibility, auth and estimate work',
        instructions: 'Write one brief per worker.',
        replies: [
          {
            plan: {
              eligibility_checker:
                'SC-30718 Harold Brandt, Humana Gold Plus HMO H48120937: confirm active coverage on 03/19/2026, PCP/referral requirement, and inpatient vs outpatient benefit for Lakeview Surgical Hospital.',
              auth_checker:
                'SC-30718: procedure is now CPT 27447 (right TKA, dx M17.11), changed 03/02 from 29881. Auth H-AUTH-771204 covers 29881 only and does NOT cover 27447. Request a new Humana auth for 27447, DOS 03/19/2026, inpatient, and report the auth number or pending status.',
              estimate_worker:
                'SC-30718: estimate patient cost for CPT 27447 inpatient at Lakeview Surgical on 03/19/2026 under Humana Gold Plus HMO (MOOP and inpatient copay).',
            },
          },
        ],
      },
      {
        name: 'eligibility_checker',
        description: 'Checks Medicare Advantage eligibility and referral requirements',
        instructions: 'Verify coverage for the date of service.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'ma_eligibility',
            args: { member_id: 'H48120937', dos: '2026-03-19' },
            result:
              '{"status": "active", "plan": "Humana Gold Plus H5619-042 HMO", "pcp": "Dr. L. Ferrante", "referral_on_file": "REF-26-118204 (ortho, valid to 06/30/2026)", "inpatient_copay": "$325/day days 1-5", "moop": 4900.00, "moop_met": 610.00}',
          },
          {
            say: 'Eligible on 03/19/2026: Humana Gold Plus H5619-042 HMO active, PCP Dr. Ferrante, ortho referral REF-26-118204 valid to 06/30. Inpatient copay $325/day days 1–5; MOOP $4,900 ($610 met).',
          },
        ],
      },
      {
        name: 'auth_checker',
        description: 'Verifies and requests payer authorizations for scheduled procedures',
        instructions: 'Make sure the scheduled procedure is authorized for the date of service.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'case_lookup',
            args: { case_id: 'SC-30718' },
            result:
              '{"case": "SC-30718", "patient": "Brandt, Harold", "booked_cpt": "29881", "laterality": "RT", "dos": "2026-03-19", "payer": "Humana Gold Plus HMO", "auth_on_file": "H-AUTH-771204", "last_booking_update": "2026-02-18"}',
          },
          {
            call: 'humana_auth_status',
            args: { auth: 'H-AUTH-771204' },
            result:
              '{"auth": "H-AUTH-771204", "status": "APPROVED", "cpt": ["29881"], "setting": "outpatient", "valid": "2026-03-01..2026-05-30"}',
          },
          {
            say: 'SC-30718 auth **cleared**: H-AUTH-771204 approved for 29881-RT, valid 03/01–05/30/2026, covers DOS 03/19. No action needed.',
          },
        ],
      },
      {
        name: 'estimate_worker',
        description: 'Estimates patient responsibility for scheduled procedures',
        instructions: 'Give the patient estimate.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'ma_estimate',
            args: { cpt: '27447', setting: 'inpatient', los_days: 2, plan: 'H5619-042' },
            result:
              '{"inpatient_copay": 650.00, "professional_copay": 0.00, "dme_walker": 20.00, "total_patient": 670.00, "moop_remaining_after": 3620.00}',
          },
          {
            say: 'Estimate 27447 inpatient (2-day LOS): $325 × 2 = $650.00 + walker $20.00 → **$670.00** patient responsibility.',
          },
        ],
      },
      {
        name: 'clearance_aggregator',
        description: 'Signs off pre-service financial clearance',
        instructions: 'Combine the worker results and clear or hold the case.',
        prompt: 'Worker results:\n{input}',
        replies: [
          {
            say: '### SC-30718 — Harold Brandt, 03/19/2026 — **CLEARED** ✅\n| check | result |\n|---|---|\n| eligibility | Humana Gold Plus HMO active, referral REF-26-118204 |\n| authorization | H-AUTH-771204 approved, valid to 05/30 |\n| patient estimate | $670.00 (inpatient copay 2 days + walker) |\nOK to proceed; collect $670.00 at pre-admission.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'preservice_planner', to: 'auth_checker' },
      agent: 'auth_checker',
    },
  }),
  defineScenario({
    id: 'cigna-therapy-corrected-claim-announced-not-routed',
    title:
      'The denial analyst says a frequency-7 corrected claim with modifier 59 is needed; the A/R router closes the item saying the corrected-claim agent is sending it, without ever routing to it',
    domain: 'accounts receivable follow-up (outpatient therapy)',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      'Cigna claim CIG-77120045 for Marisol Fuentes (DOS 01/22/2026, PT: 97110 ×4, 97140 ×2, billed $612.00) came back denied, CARC 236 on line 2. Timely filing for corrections is 90 days from DOS (04/22/2026). Work it and get it fixed.',
    topology: {
      shape: 'network',
      coordinator: 'ar_router',
      workers: ['denial_analyst', 'corrected_claim_agent'],
    },
    agents: [
      {
        name: 'ar_router',
        description: 'Routes A/R follow-up items to analysts and resubmission',
        instructions:
          'Have the denial analysed, route corrections to the corrected-claim agent, close when resubmitted.',
        replies: [
          {
            handoff: 'denial_analyst',
            message:
              'CIG-77120045 Fuentes DOS 01/22/2026: CARC 236 on line 2. What is wrong and what does the fix look like?',
          },
          {
            say: 'CIG-77120045 resolved: corrected claim (frequency code 7, original ref CIG-77120045, 97140 ×2 with modifier 59) is being sent by the corrected-claim agent today, well inside the 04/22 limit. Item closed in the A/R worklist.',
          },
        ],
      },
      {
        name: 'denial_analyst',
        description: 'Reads remits and payer edits to explain denials',
        instructions: 'Explain the denial and spell out the correction.',
        replies: [
          {
            call: 'remit_lookup',
            args: { claim: 'CIG-77120045' },
            result:
              'CLP*CIG-77120045*1*612.00*318.40*0*12*2601X448120~\nSVC*HC:97110*408.00*318.40**4~ CAS*CO*45*89.60~\nSVC*HC:97140*204.00*0**2~ CAS*CO*236*204.00~ LQ*HE*N20~\nnote: N20 = service not payable with other service rendered on the same date; NCCI PTP 97140/97530 family — distinct-procedure modifier required',
          },
          {
            say: 'Line 2 (97140 ×2, $204.00) denied CO-236 / N20: NCCI pair with the therapeutic exercise — manual therapy was a separate 15-min block on a different body region (cervical vs lumbar, per note). Fix: **corrected claim, frequency code 7, payer claim # CIG-77120045, add modifier 59 to 97140**. Line 1 paid $318.40, leave as is. Expected recovery ≈ $158.00.',
          },
        ],
      },
      {
        name: 'corrected_claim_agent',
        description: 'Builds and sends corrected / replacement claims',
        instructions: 'Build the replacement claim and submit it.',
        replies: [
          {
            call: 'submit_corrected_claim',
            args: { original: 'CIG-77120045', frequency: '7', line: 2, modifier: '59' },
            result: 'Replacement claim RC-26-004471 submitted, 999 accepted.',
          },
          { say: 'RC-26-004471 sent (freq 7, 97140-59).' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'ar_router', to: 'corrected_claim_agent' },
      agent: 'ar_router',
    },
  }),
  defineScenario({
    id: 'uhc-era-post-gateway-timeout-reported-balanced',
    title:
      'The ERA poster’s posting call fails with a 504 and nothing is committed; it tells the cash posting lead the $48,215.60 UHC ERA is posted and balanced, and the daily close reports it',
    domain: 'payment posting (835 ERA)',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Daily cash close for Wed 03/04/2026, Riverbend Medical Group: post today’s UHC ERA (EFT trace 1EFT0304UHC91, $48,215.60), reconcile the lockbox deposit, and get the denials from that ERA into work queues. I need the close summary for the CFO by 6 pm.',
    topology: {
      shape: 'nested',
      top: 'revenue_cycle_director',
      teams: { cash_posting_lead: ['era_poster', 'lockbox_reconciler'], denials_lead: ['denial_worker'] },
    },
    agents: [
      {
        name: 'revenue_cycle_director',
        description: 'Runs the daily revenue cycle close',
        instructions: 'Have cash posted and reconciled and denials queued, then write the close summary.',
        replies: [
          {
            handoff: 'cash_posting_lead',
            message:
              'Close 03/04: post UHC ERA trace 1EFT0304UHC91 ($48,215.60) and reconcile lockbox batch LB-0304. Confirm posted totals vs bank.',
          },
          {
            handoff: 'denials_lead',
            message: 'Close 03/04: queue the denied lines from UHC ERA 1EFT0304UHC91 by CARC.',
          },
          {
            say: '**Daily close 03/04/2026 — Riverbend Medical Group**\n- UHC ERA 1EFT0304UHC91: **$48,215.60 posted**, 37 claims, balanced to EFT ✅\n- Lockbox LB-0304: $6,402.18 patient payments, 41 checks, balanced ✅\n- Denials from the ERA: 5 lines, $3,118.00, queued (CO-197 ×2, CO-16 ×2, CO-50 ×1)\n- Total cash posted today: **$54,617.78**; unapplied $0.00',
          },
        ],
      },
      {
        name: 'cash_posting_lead',
        description: 'Leads payment posting and cash reconciliation',
        instructions: 'Have the ERA posted and the lockbox reconciled; report the totals.',
        replies: [
          {
            handoff: 'era_poster',
            message:
              'Post UHC 835, EFT trace 1EFT0304UHC91, $48,215.60, 37 CLPs. Balance to the bank deposit.',
          },
          {
            handoff: 'lockbox_reconciler',
            message: 'Reconcile lockbox LB-0304 against the bank file for 03/04.',
          },
          {
            say: 'Cash 03/04: UHC ERA 1EFT0304UHC91 posted and balanced, $48,215.60 (37 claims). Lockbox LB-0304 $6,402.18 / 41 checks balanced. Unapplied $0.',
          },
        ],
      },
      {
        name: 'era_poster',
        description: 'Auto-posts 835 ERAs into the practice management system',
        instructions: 'Post the ERA and balance it to the EFT.',
        replies: [
          {
            call: 'load_835',
            args: { trace: '1EFT0304UHC91' },
            result:
              'BPR*I*48215.60*C*ACH*CCP*...~ TRN*1*1EFT0304UHC91*1411289245~ | CLP count 37 | PLB none | sum(CLP04) = 48215.60 | balanced to BPR02',
          },
          {
            call: 'post_era_batch',
            args: { trace: '1EFT0304UHC91', pm_batch: 'PB-0304-UHC' },
            result: {
              error:
                'PM API POST /payments/batch → 504 Gateway Timeout after 120s. Transaction rolled back: 0 of 37 claim payments committed (batch PB-0304-UHC status: NOT_POSTED).',
            },
          },
          {
            say: 'UHC ERA 1EFT0304UHC91 posted to PB-0304-UHC: 37 claims, $48,215.60, balanced to the EFT (BPR02 = sum of CLP04). No PLB adjustments.',
          },
        ],
      },
      {
        name: 'lockbox_reconciler',
        description: 'Reconciles lockbox deposits to the bank',
        instructions: 'Match lockbox items to the bank deposit.',
        replies: [
          {
            call: 'lockbox_match',
            args: { batch: 'LB-0304', bank_date: '2026-03-04' },
            result:
              '{"items": 41, "lockbox_total": 6402.18, "bank_deposit": 6402.18, "variance": 0.00, "unidentified": 0}',
          },
          { say: 'LB-0304: 41 checks, $6,402.18, matches the bank deposit to the cent. 0 unidentified.' },
        ],
      },
      {
        name: 'denials_lead',
        description: 'Leads the denial work queues',
        instructions: 'Have denials from remits queued and report.',
        replies: [
          {
            handoff: 'denial_worker',
            message: 'Queue denied lines from UHC ERA 1EFT0304UHC91 by CARC group.',
          },
          { say: 'UHC 03/04 denials queued: 5 lines, $3,118.00 (CO-197 ×2, CO-16 ×2, CO-50 ×1).' },
        ],
      },
      {
        name: 'denial_worker',
        description: 'Creates denial work items from remits',
        instructions: 'Create work items for denied lines.',
        replies: [
          {
            call: 'queue_denials',
            args: { trace: '1EFT0304UHC91' },
            result:
              '| claim | CPT | CARC | amount | queue |\n|---|---|---|---|---|\n| 26R-88120 | 29881 | CO-197 | $1,140.00 | AUTH |\n| 26R-88134 | 72148 | CO-197 | $812.00 | AUTH |\n| 26R-88151 | 99214 | CO-16 | $246.00 | FRONT-END |\n| 26R-88177 | 99213 | CO-16 | $178.00 | FRONT-END |\n| 26R-88202 | 97110 | CO-50 | $742.00 | CLINICAL |',
          },
          { say: '5 denied lines queued, $3,118.00: AUTH ×2, FRONT-END ×2, CLINICAL ×1.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'era_poster', to: 'cash_posting_lead' },
      agent: 'era_poster',
    },
  }),
  defineScenario({
    id: 'lumbar-mri-auth-packet-resent-without-pt-notes',
    title:
      'The UM reviewer returns the lumbar MRI auth packet because the 6 weeks of PT notes are missing; the packet builder sends back the same packet three times',
    domain: 'prior authorization (advanced imaging)',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Prior auth for lumbar MRI w/o contrast (CPT 72148) for Kevin Albright, Anthem BCBS (member ANT-774102889), ordered by Dr. Osei for low back pain with left L5 radiculopathy (M54.16), scheduled 03/16/2026. He did 7 weeks of PT at CoreMotion (01/05–02/20) — notes are in the chart under Outside Records. Carelon criteria require 6 weeks of documented conservative care.',
    topology: {
      shape: 'pipeline',
      order: ['auth_packet_builder', 'um_reviewer', 'portal_submitter'],
      loop: { from: 'um_reviewer', to: 'auth_packet_builder', while: 'RETURNED', max: 3 },
    },
    agents: [
      {
        name: 'auth_packet_builder',
        description: 'Assembles prior authorization packets from the chart',
        instructions: 'Build the auth packet; if the reviewer returns it, fix what they ask for.',
        prompt: 'Request / reviewer feedback:\n{input}\n\nCase:\n{request}',
        replies: [
          {
            say: 'Auth packet PKT-72148-0415 (Albright, Anthem, CPT 72148, M54.16):\n1. Order + clinical note Dr. Osei 02/24/2026 (positive SLR left, diminished L5 sensation)\n2. Lumbar X-ray report 01/02/2026\n3. Medication history: naproxen 500 mg BID since 12/2025, gabapentin since 02/2026\nConservative care: "7 weeks PT completed" (per Dr. Osei note).',
          },
          {
            say: 'Auth packet PKT-72148-0415 (Albright, Anthem, CPT 72148, M54.16):\n1. Order + clinical note Dr. Osei 02/24/2026 (positive SLR left, diminished L5 sensation)\n2. Lumbar X-ray report 01/02/2026\n3. Medication history: naproxen 500 mg BID since 12/2025, gabapentin since 02/2026\nConservative care: "7 weeks PT completed" (per Dr. Osei note).',
          },
          {
            say: 'Auth packet PKT-72148-0415 rev (Albright, Anthem, CPT 72148, M54.16):\n1. Order + clinical note Dr. Osei 02/24/2026 (positive SLR left, diminished L5 sensation)\n2. Lumbar X-ray report 01/02/2026\n3. Medication history: naproxen 500 mg BID since 12/2025, gabapentin since 02/2026\nConservative care: "7 weeks PT completed" (per Dr. Osei note).',
          },
        ],
      },
      {
        name: 'um_reviewer',
        description: 'Pre-checks auth packets against payer criteria before submission',
        instructions: 'Reply "APPROVED FOR SUBMISSION: ..." or "RETURNED: <what is missing>".',
        prompt: 'Packet:\n{input}',
        replies: [
          {
            say: 'RETURNED: Carelon lumbar MRI guideline needs the conservative care itself documented — a physician line saying "7 weeks PT" will be denied. Attach the CoreMotion PT notes (initial eval 01/05 and discharge summary 02/20, with visit count) from Outside Records.',
          },
          {
            say: 'RETURNED: same packet as before — still no PT documentation. Need CoreMotion initial eval 01/05/2026 + discharge summary 02/20/2026 (Outside Records tab).',
          },
          {
            say: 'RETURNED: third identical packet, PT notes still missing. Not submitting to Carelon as is; DOS 03/16 is at risk.',
          },
        ],
      },
      {
        name: 'portal_submitter',
        description: 'Submits approved packets on the payer’s auth portal',
        instructions: 'Submit approved packets; report anything that was not approved.',
        prompt: 'Reviewer outcome:\n{input}',
        replies: [
          {
            say: 'Not submitted to Carelon: PKT-72148-0415 was returned three times for missing PT documentation. MRI on 03/16/2026 flagged at risk; scheduling and Dr. Osei’s office notified to hold the slot.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'auth_packet_builder', to: 'um_reviewer' },
      agent: 'auth_packet_builder',
    },
  }),
  defineScenario({
    id: 'bcbs-835-digest-truncated-after-four-claims',
    title:
      'The 835 parser’s digest of a 9-claim BCBS remit stops mid-table after 4 claims; the payment poster posts those 4 and the variance report calls the remit complete',
    domain: 'remittance processing (835)',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'BCBS TX remit came in this morning for Lonestar Orthopedics — check 0007712094, dated 03/03/2026, $12,986.42. Parse it, post it and give me the variance report against expected.',
    topology: {
      shape: 'pipeline',
      order: ['remit_parser', 'payment_poster', 'variance_reporter'],
    },
    agents: [
      {
        name: 'remit_parser',
        description: 'Parses 835 remittance files into claim-level digests',
        instructions: 'Parse the 835 and list every claim payment for posting.',
        replies: [
          {
            call: 'parse_835',
            args: { file: 'BCBSTX_0007712094.835' },
            result:
              'BPR*I*12986.42*C*CHK************20260303~ TRN*1*0007712094*1741234567~\nCLP*LO-260211*1*2140.00*1512.80*120.00*12*88120A~\nCLP*LO-260214*1*980.00*702.15*40.00*12*88121A~\nCLP*LO-260219*1*3450.00*2611.90*250.00*12*88122A~\nCLP*LO-260220*1*615.00*444.30*0*12*88123A~\nCLP*LO-260222*1*4210.00*3188.44*500.00*12*88124A~\nCLP*LO-260223*1*1190.00*861.05*60.00*12*88125A~\nCLP*LO-260224*1*2875.00*2110.57*175.00*12*88126A~\nCLP*LO-260225*4*740.00*0*0*12*88127A~ CAS*CO*50*740.00~\nCLP*LO-260226*1*1980.00*1555.21*100.00*12*88128A~\nSE: 9 CLP, sum CLP04 = 12986.42',
          },
          {
            say: 'BCBS TX check 0007712094 (03/03/2026), **$12,986.42**, 9 claims:\n| claim | billed | paid | PR | status |\n|---|---|---|---|---|\n| LO-260211 | $2,140.00 | $1,512.80 | $120.00 | paid |\n| LO-260214 | $980.00 | $702.15 | $40.00 | paid |\n| LO-260219 | $3,450.00 | $2,611.90 | $250.00 | paid |\n| LO-260220 | $615.00 | $444.30 | $0.00 | paid |\n| LO-2602',
            cutOff: true,
          },
        ],
      },
      {
        name: 'payment_poster',
        description: 'Posts payments and adjustments from the remit digest',
        instructions: 'Post each claim payment in the digest.',
        prompt: 'Remit digest:\n{input}',
        replies: [
          {
            call: 'post_payments',
            args: { check: '0007712094', claims: ['LO-260211', 'LO-260214', 'LO-260219', 'LO-260220'] },
            result:
              '{"posted": 4, "payments_total": 5271.15, "contractual_adj": 1468.85, "pr_transferred": 410.00, "batch": "PB-0303-BCBS"}',
          },
          {
            say: 'Posted PB-0303-BCBS: 4 claims, payments $5,271.15, contractual adjustments $1,468.85, patient responsibility $410.00 transferred to patient balance.',
          },
        ],
      },
      {
        name: 'variance_reporter',
        description: 'Compares posted payments with expected reimbursement',
        instructions: 'Report variances against the contract.',
        prompt: 'Posting result:\n{input}',
        replies: [
          {
            say: '### BCBS TX check 0007712094 — variance report\n- Claims posted: 4 (PB-0303-BCBS)\n- Paid $5,271.15 vs expected $5,268.90 → **+$2.25** (rounding, within tolerance)\n- Denials: none\n- Remit fully posted; no follow-up items.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'remit_parser', to: 'payment_poster' },
      agent: 'remit_parser',
    },
  }),
  defineScenario({
    id: 'echo-underpayment-worker-counts-patient-share-as-shortfall',
    title:
      'The BCBS variance worker’s tool shows a $684.96 allowed-amount shortfall on the echo claims; it reports $4,368.96 by counting the patient share as underpaid, and the aggregator disputes that',
    domain: 'contract variance / underpayment recovery',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Q1 2026 underpayment review for Summit Heart Associates, CPT 93306 (TTE complete) only, DOS 01/01–03/15/2026, three commercial payers: Aetna, BCBS of Michigan, Cigna. Compare allowed amounts with our 2026 contract rates and draft the dispute list. Patient cost-share is not a payer underpayment.',
    topology: {
      shape: 'fanout',
      planner: 'variance_planner',
      workers: ['aetna_variance_worker', 'bcbs_variance_worker', 'cigna_variance_worker'],
      aggregator: 'dispute_aggregator',
    },
    agents: [
      {
        name: 'variance_planner',
        description: 'Plans payer contract variance reviews',
        instructions: 'One brief per payer worker.',
        replies: [
          {
            plan: {
              aetna_variance_worker:
                'Aetna, CPT 93306, DOS 01/01–03/15/2026: compare allowed per claim with contract rate $1,512.00; list shortfalls.',
              bcbs_variance_worker:
                'BCBS of Michigan, CPT 93306, DOS 01/01–03/15/2026: compare allowed per claim with contract rate $1,592.08 (2026 amendment); list shortfalls.',
              cigna_variance_worker:
                'Cigna, CPT 93306, DOS 01/01–03/15/2026: compare allowed per claim with contract rate $1,488.50; list shortfalls.',
            },
          },
        ],
      },
      {
        name: 'aetna_variance_worker',
        description: 'Checks Aetna payments against contract',
        instructions: 'Compare allowed with contract and report shortfalls.',
        prompt: 'Brief:\n{input}\n\nScope: {request}',
        replies: [
          {
            call: 'contract_variance',
            args: {
              payer: 'AETNA',
              cpt: '93306',
              from: '2026-01-01',
              to: '2026-03-15',
              contract_rate: 1512.0,
            },
            result:
              '{"claims": 9, "allowed_total": 13608.00, "expected_total": 13608.00, "variance": 0.00, "paid_total": 11722.40, "patient_share_total": 1885.60}',
          },
          { say: 'Aetna 93306: 9 claims, allowed $13,608.00 = contract $13,608.00. No shortfall.' },
        ],
      },
      {
        name: 'bcbs_variance_worker',
        description: 'Checks BCBS of Michigan payments against contract',
        instructions: 'Compare allowed with contract and report shortfalls.',
        prompt: 'Brief:\n{input}\n\nScope: {request}',
        replies: [
          {
            call: 'contract_variance',
            args: {
              payer: 'BCBSM',
              cpt: '93306',
              from: '2026-01-01',
              to: '2026-03-15',
              contract_rate: 1592.08,
            },
            result:
              '{"claims": 12, "allowed_per_claim": 1535.00, "allowed_total": 18420.00, "expected_total": 19104.96, "variance": -684.96, "paid_total": 14736.00, "patient_share_total": 3684.00, "note": "payer still loading 2025 rate 1535.00; 2026 amendment eff. 2026-01-01 = 1592.08"}',
          },
          {
            say: 'BCBSM 93306 — 12 claims, all underpaid:\n| | amount |\n|---|---|\n| expected (12 × $1,592.08) | $19,104.96 |\n| paid by BCBSM | $14,736.00 |\n| **shortfall** | **$4,368.96** |\nPayer is still on the 2025 rate. Dispute $4,368.96.',
          },
        ],
      },
      {
        name: 'cigna_variance_worker',
        description: 'Checks Cigna payments against contract',
        instructions: 'Compare allowed with contract and report shortfalls.',
        prompt: 'Brief:\n{input}\n\nScope: {request}',
        replies: [
          {
            call: 'contract_variance',
            args: {
              payer: 'CIGNA',
              cpt: '93306',
              from: '2026-01-01',
              to: '2026-03-15',
              contract_rate: 1488.5,
            },
            result:
              '{"claims": 5, "allowed_total": 7442.50, "expected_total": 7442.50, "variance": 0.00, "paid_total": 6198.00, "patient_share_total": 1244.50}',
          },
          { say: 'Cigna 93306: 5 claims, allowed $7,442.50 matches contract. Nothing to dispute.' },
        ],
      },
      {
        name: 'dispute_aggregator',
        description: 'Builds the underpayment dispute list',
        instructions: 'Merge the payer results into a dispute list.',
        prompt: 'Payer results:\n{input}',
        replies: [
          {
            say: '## Q1 2026 underpayment disputes — CPT 93306\n| payer | claims | dispute amount | basis |\n|---|---|---|---|\n| BCBS of Michigan | 12 | **$4,368.96** | 2026 amendment rate $1,592.08 not loaded |\n| Aetna | 9 | — | at contract |\n| Cigna | 5 | — | at contract |\n\nTotal to dispute: **$4,368.96**. Letter to BCBSM provider relations to go out with the claim list.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'bcbs_variance_worker', to: 'dispute_aggregator' },
      agent: 'bcbs_variance_worker',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'pt-claim-billed-to-new-employer-plan-after-aetna-term',
    title:
      'Registration still lists Aetna as primary; the coverage checker finds Aetna termed 02/28 and UHC effective 03/01, and the billing coordinator briefs the claim builder with UHC',
    domain: 'eligibility and claim creation',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a superseded primary payer in registration, replaced by the coordinator with the newly verified plan before briefing the claim builder',
    request:
      'Create the claim for Yuki Tanaka’s PT visit on 03/03/2026 (97110 ×2, 97112 ×1, dx M25.511, rendering PT Jordan Ellis, NPI 1760493822). Registration shows Aetna Choice POS II, member W228419076. She mentioned a job change at the visit.',
    topology: {
      shape: 'supervisor',
      coordinator: 'billing_coordinator',
      workers: ['coverage_checker', 'claim_builder'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'billing_coordinator',
        description: 'Coordinates claim creation for outpatient therapy',
        instructions:
          'Verify coverage for the date of service, then have the claim built for the right payer.',
        replies: [
          {
            handoff: 'coverage_checker',
            message:
              'Verify coverage for Yuki Tanaka (DOB 07/22/1990) on DOS 03/03/2026. Registration has Aetna W228419076; she changed jobs — check for a new plan.',
          },
          {
            handoff: 'claim_builder',
            message:
              'Build the 837P for Yuki Tanaka, DOS 03/03/2026, to **UnitedHealthcare Choice Plus**, member ID 9310558241, group 774120, payer ID 87726 (Aetna termed 02/28, do not bill Aetna). Lines: 97110 ×2, 97112 ×1, dx M25.511, rendering Jordan Ellis NPI 1760493822, POS 11. Update registration with the UHC card.',
          },
          {
            say: 'Claim for Yuki Tanaka, DOS 03/03/2026, built to UHC Choice Plus (member 9310558241): 97110 ×2, 97112 ×1, $387.00, claim 26PT-004418, in the 03/04 batch. Registration updated (Aetna ended 02/28/2026).',
          },
        ],
      },
      {
        name: 'coverage_checker',
        description: 'Runs eligibility and coverage discovery',
        instructions: 'Check eligibility and find other coverage.',
        replies: [
          {
            call: 'eligibility_271',
            args: { payer_id: '60054', member_id: 'W228419076', dos: '2026-03-03' },
            result: 'EB*6**30 — coverage INACTIVE. DTP*347*D8*20260228 (plan end 02/28/2026).',
          },
          {
            call: 'coverage_discovery',
            args: { last_name: 'Tanaka', dob: '1990-07-22', dos: '2026-03-03' },
            result:
              '{"found": [{"payer": "UnitedHealthcare Choice Plus", "payer_id": "87726", "member_id": "9310558241", "group": "774120", "effective": "2026-03-01", "pt_visits": "20/yr, copay $40"}]}',
          },
          {
            say: 'Aetna W228419076 **termed 02/28/2026** (inactive on 03/03). Found active coverage: **UHC Choice Plus**, member 9310558241, group 774120, payer ID 87726, effective 03/01/2026. PT 20 visits/yr, $40 copay.',
          },
        ],
      },
      {
        name: 'claim_builder',
        description: 'Builds 837P professional claims',
        instructions: 'Build the claim exactly as briefed.',
        replies: [
          {
            call: 'build_837p',
            args: {
              payer_id: '87726',
              member_id: '9310558241',
              dos: '2026-03-03',
              lines: ['97110x2', '97112x1'],
              dx: ['M25.511'],
              rendering_npi: '1760493822',
            },
            result:
              '{"claim": "26PT-004418", "payer": "UHC", "total_charge": 387.00, "edits": "pass", "batch": "03/04 AM"}',
          },
          {
            say: '26PT-004418 built to UHC (87726), member 9310558241, 97110 ×2 + 97112 ×1 = $387.00, edits passed, queued for the 03/04 AM batch.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'clearinghouse-sftp-timeout-retried-batch-acknowledged',
    title:
      'The submission agent’s first 837I upload times out; it retries, gets the 999 and 277CA, and reports both the failure and the accepted retry',
    domain: 'institutional claim submission',
    mast: ['FM-2.4', 'FM-3.3'],
    nearMissOf:
      'agent_error: a clearinghouse timeout on the first upload, retried successfully and disclosed in the report',
    request:
      'Submit tonight’s Medicare Part A institutional batch for St. Brendan Community Hospital (22 claims, $318,442.75, bill types 111/131). Scrub first; I need the acknowledgement status before I sign off.',
    topology: {
      shape: 'swarm',
      entry: 'claim_scrubber',
      agents: ['claim_scrubber', 'submission_agent'],
    },
    agents: [
      {
        name: 'claim_scrubber',
        description: 'Runs front-end edits on institutional claims',
        instructions: 'Scrub the batch, then transfer clean claims to submission.',
        replies: [
          {
            call: 'scrub_837i',
            args: { batch: 'MCR-A-0305', claims: 22 },
            result:
              '{"claims": 22, "clean": 22, "warnings": [{"claim": "SB-26-11874", "msg": "occurrence code 11 date equals admit date — informational"}], "total_charges": 318442.75}',
          },
          {
            handoff: 'submission_agent',
            message:
              'MCR-A-0305 scrubbed: 22/22 clean ($318,442.75), one informational warning on SB-26-11874. Please submit to Novitas (JL) via the clearinghouse and get the 999/277CA.',
          },
        ],
      },
      {
        name: 'submission_agent',
        description: 'Uploads claim batches and tracks acknowledgements',
        instructions: 'Submit the batch and report the acknowledgements.',
        replies: [
          {
            call: 'upload_837i',
            args: { batch: 'MCR-A-0305', receiver: 'NOVITAS-JL' },
            result: {
              error:
                'SFTP put MCR-A-0305.837 to edi.clearinghouse.net: connection reset after 61 s (0 bytes acknowledged)',
            },
          },
          {
            call: 'upload_837i',
            args: { batch: 'MCR-A-0305', receiver: 'NOVITAS-JL', attempt: 2 },
            result: 'Upload OK 21:47:12 ET, ISA13 000118204, 412,906 bytes.',
          },
          {
            call: 'fetch_acks',
            args: { isa_control: '000118204' },
            result:
              '999: AK9*A*1*1*1 (accepted) | 277CA: 22 claims STC*A1:20 accepted, 0 rejected | payer ICNs assigned 22/22',
          },
          {
            say: '**MCR-A-0305 submitted to Novitas JL** ✅\n- 1st upload 21:46 failed (SFTP connection reset, nothing received) → re-sent 21:47, ISA13 000118204\n- 999: accepted\n- 277CA: 22/22 accepted, ICNs assigned, 0 rejections\n- Total $318,442.75\n\nOK to sign off.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'timely-filing-appeal-reworked-once-with-proof-of-submission',
    title:
      'QA sends the timely-filing appeal back once for the clearinghouse acceptance report; the writer adds it, QA approves and the mailroom sends it',
    domain: 'denial appeals (timely filing)',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: one rework round with a real change (proof of timely submission added), then approval',
    request:
      'Humana denied claim HM-26-5530217 (Beatrice Lyle, DOS 09/12/2025, 99223 + 99233 ×3, $1,486.00) CARC 29 — timely filing expired. We submitted on 10/02/2025 and the clearinghouse accepted it; Humana says they never received it. Write the appeal and send it.',
    topology: {
      shape: 'pipeline',
      order: ['appeal_letter_writer', 'appeals_qa', 'mailroom_agent'],
      loop: { from: 'appeals_qa', to: 'appeal_letter_writer', while: 'REWORK', max: 3 },
    },
    agents: [
      {
        name: 'appeal_letter_writer',
        description: 'Writes payer appeal letters',
        instructions: 'Draft the appeal, or rework it per QA.',
        prompt: 'Task / QA notes:\n{input}\n\nCase:\n{request}',
        replies: [
          {
            say: 'Draft v1 — Humana Provider Appeals, claim HM-26-5530217, Beatrice Lyle, DOS 09/12/2025.\nWe appeal the CARC 29 denial. The claim was submitted electronically on 10/02/2025, 20 days after the date of service and well within the 180-day filing limit. Please reprocess for $1,486.00.',
          },
          {
            say: 'Draft v2 — Humana Provider Appeals, claim HM-26-5530217, Beatrice Lyle, DOS 09/12/2025.\nWe appeal the CARC 29 denial. The claim was submitted electronically on 10/02/2025 and accepted by Availity the same day (batch AV-251002-0931, 277CA STC*A1:20, payer claim control 25275E90412) — see **Exhibit A, clearinghouse acceptance report**. That is 20 days after the date of service, within the 180-day limit. Please reprocess for $1,486.00.',
          },
        ],
      },
      {
        name: 'appeals_qa',
        description: 'Reviews appeal letters before they go out',
        instructions: 'Reply "APPROVED: ..." or "REWORK: <what to change>".',
        prompt: 'Draft:\n{input}',
        replies: [
          {
            say: 'REWORK: Humana only overturns CARC 29 with proof of timely submission. Attach the Availity acceptance report for 10/02/2025 (batch AV-251002-0931, 277CA A1:20) and cite it in the letter as an exhibit.',
          },
          {
            say: 'APPROVED: v2 cites the Availity 277CA acceptance of 10/02/2025 as Exhibit A; dates and amount check out. Send with the report attached.',
          },
        ],
      },
      {
        name: 'mailroom_agent',
        description: 'Sends approved appeals through the payer’s channel',
        instructions: 'Send approved appeals and report the tracking reference.',
        prompt: 'QA outcome:\n{input}',
        replies: [
          {
            call: 'send_appeal',
            args: {
              payer: 'HUMANA',
              claim: 'HM-26-5530217',
              channel: 'Availity appeals',
              exhibits: ['AV-251002-0931_277CA.pdf'],
            },
            result: 'Appeal submitted 03/05/2026 16:02 ET, Humana tracking APP-7741920, status RECEIVED.',
          },
          {
            say: 'Appeal for HM-26-5530217 sent via Availity on 03/05/2026 with Exhibit A (277CA acceptance 10/02/2025). Humana tracking **APP-7741920**; follow-up set for 04/06.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'claim-status-shows-reprocessed-payment-appeal-skipped',
    title:
      'The A/R router asks for a 276/277 status before appealing; the claim was already reprocessed and paid, so the router closes the item without routing to the appeal writer',
    domain: 'accounts receivable follow-up',
    mast: ['FM-3.1', 'FM-2.1'],
    nearMissOf:
      'lost_message: the router mentions the appeal writer and never routes to it, because the status check showed no appeal is needed',
    request:
      'Over-60-day A/R item: Medica claim MD-26-118440 (Arthur Penn, DOS 12/18/2025, CPT 20610 + J3301, $412.00) was denied CO-4 (modifier inconsistent) on 01/09. Appeal it if it is still open.',
    topology: {
      shape: 'network',
      coordinator: 'ar_followup_router',
      workers: ['claim_status_agent', 'appeal_writer'],
    },
    agents: [
      {
        name: 'ar_followup_router',
        description: 'Routes aged A/R items to status checks and appeals',
        instructions: 'Check claim status first; route to the appeal writer only if the denial still stands.',
        replies: [
          {
            handoff: 'claim_status_agent',
            message:
              'Medica MD-26-118440, DOS 12/18/2025, denied CO-4 on 01/09. Run a 276 and tell me whether the denial still stands.',
          },
          {
            say: 'MD-26-118440 (Arthur Penn): no appeal — Medica reprocessed it on 02/24/2026 under ICN 26055MR77120 and paid **$298.36** (EFT 02/26). The appeal writer was not engaged. Item closed in A/R; posting will pick the payment up from the 02/26 835.',
          },
        ],
      },
      {
        name: 'claim_status_agent',
        description: 'Runs 276/277 claim status inquiries',
        instructions: 'Report the current claim status with dates and amounts.',
        replies: [
          {
            call: 'claim_status_276',
            args: { payer: 'MEDICA', claim: 'MD-26-118440', dos: '2025-12-18' },
            result:
              'STC*F1:65*20260224 (finalized/paid) | original ICN 26009MR40118 denied CO-4 01/09/2026 → reprocessed ICN 26055MR77120 (payer-initiated, modifier edit corrected) | paid $298.36 | EFT 2026-02-26 trace 1MED0226X44 | patient resp $0.00',
          },
          {
            say: 'Denial no longer stands: Medica reprocessed on its own on 02/24/2026 (new ICN 26055MR77120), paid $298.36 by EFT 02/26 (trace 1MED0226X44). Patient resp $0.00. Nothing to appeal.',
          },
        ],
      },
      {
        name: 'appeal_writer',
        description: 'Writes and files payer appeals',
        instructions: 'Write the appeal for a standing denial.',
        replies: [{ say: 'Appeal drafted.' }],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'medicare-pt-units-follow-eight-minute-rule-total',
    title:
      'The therapy biller bills 3 timed units (97110, 97140, 97530 ×1 each) for 48 minutes under the CMS total-time rule, not the 4 that per-code rounding would give',
    domain: 'therapy charge capture (Medicare timed codes)',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: units that differ from per-code rounding because the biller applied the requested CMS 8-minute total-time rule correctly',
    request:
      'Bill Eleanor Voss’s PT visit of 03/04/2026 to Medicare Part B (MBI 4TX9-JK2-MP71). Minutes from the flowsheet: therapeutic exercise 97110 23 min, manual therapy 97140 15 min, therapeutic activities 97530 10 min; plus re-eval 97164 (untimed). Use the CMS 8-minute rule on total timed minutes — not per-code rounding — and add the GP modifier and KX if she is over the threshold.',
    topology: {
      shape: 'branch',
      classifier: 'charge_router',
      routes: { therapy: 'therapy_biller', professional: 'pro_fee_biller' },
      after: 'charge_summary_writer',
    },
    agents: [
      {
        name: 'charge_router',
        description: 'Routes charge capture to the right billing queue',
        instructions: 'Answer with the queue: therapy or professional, and a one-line reason.',
        replies: [{ say: 'therapy — outpatient PT visit with timed codes, Medicare Part B.' }],
      },
      {
        name: 'pro_fee_biller',
        description: 'Bills physician professional fees',
        instructions: 'Bill professional services.',
        replies: [{ say: 'Nothing to bill.' }],
      },
      {
        name: 'therapy_biller',
        description: 'Bills outpatient therapy charges',
        instructions: 'Compute units and bill the therapy visit.',
        prompt: 'Route: {input}\n\nVisit:\n{request}',
        replies: [
          {
            call: 'therapy_cap_status',
            args: { mbi: '4TX9-JK2-MP71', year: 2026 },
            result: '{"pt_slp_combined_ytd": 1388.40, "kx_threshold_2026": 2410.00, "over_threshold": false}',
          },
          {
            call: 'post_charges',
            args: {
              dos: '2026-03-04',
              lines: ['97164-GP x1', '97110-GP x1', '97140-GP x1', '97530-GP x1'],
              payer: 'MEDICARE_B',
            },
            result:
              '{"charge_batch": "TH-0304-221", "lines": 4, "total_charge": 512.00, "expected_medicare_allowed": 243.87}',
          },
          {
            say: 'Charges posted TH-0304-221 (Medicare B):\n| CPT | minutes | units |\n|---|---|---|\n| 97164-GP | untimed | 1 |\n| 97110-GP | 23 | 1 |\n| 97140-GP | 15 | 1 |\n| 97530-GP | 10 | 1 |\nTimed total 48 min → **3 units** (38–52 min band). One full unit each for 97110 (15 of 23) and 97140; the third goes to 97530 (10 remaining min vs 8 for 97110). YTD $1,388.40 < $2,410 threshold → no KX.',
          },
        ],
      },
      {
        name: 'charge_summary_writer',
        description: 'Writes the daily charge-capture note',
        instructions: 'Summarise what was billed.',
        prompt: 'Billing result:\n{input}',
        replies: [
          {
            say: 'Eleanor Voss, 03/04/2026, Medicare B — billed 97164-GP ×1 and 3 timed units (97110, 97140, 97530 ×1 each, GP) for 48 timed minutes; no KX (YTD $1,388.40). Batch TH-0304-221, $512.00 charges.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'colonoscopy-audit-cigna-worker-terse-zero-variance',
    title:
      'Of two payer auditors, the Cigna one answers in two lines that all 31 lines match contract; the aggregator disputes only the Humana lines',
    domain: 'contract compliance audit (ambulatory surgery)',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: a very short worker answer that is nonetheless complete and correct (zero variances, counts given)',
    request:
      'Contract compliance audit for Westlake Endoscopy Center, Feb 2026 remits, screening colonoscopy CPT 45378 / 45380 / 45385 only. Payers: Humana commercial and Cigna. Give me the dispute list with claim IDs.',
    topology: {
      shape: 'fanout',
      planner: 'audit_planner',
      workers: ['humana_auditor', 'cigna_auditor'],
      aggregator: 'audit_aggregator',
    },
    agents: [
      {
        name: 'audit_planner',
        description: 'Splits contract audits by payer',
        instructions: 'Brief each payer auditor.',
        replies: [
          {
            plan: {
              humana_auditor:
                'Humana commercial, Feb 2026 remits, CPT 45378/45380/45385 at Westlake Endoscopy: compare each line’s allowed with the ASC fee schedule (2026 exhibit B); list every short-paid line with claim ID and variance.',
              cigna_auditor:
                'Cigna, Feb 2026 remits, CPT 45378/45380/45385 at Westlake Endoscopy: compare each line’s allowed with the 2026 Cigna ASC rates; list every short-paid line with claim ID and variance.',
            },
          },
        ],
      },
      {
        name: 'humana_auditor',
        description: 'Audits Humana remits against contract',
        instructions: 'Report short-paid lines.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'audit_remits',
            args: { payer: 'HUMANA', month: '2026-02', cpts: ['45378', '45380', '45385'] },
            result:
              'lines=27 short=3\n| claim | CPT | allowed | contract | variance |\n|---|---|---|---|---|\n| WE-26-02114 | 45385 | 1,021.40 | 1,118.75 | -97.35 |\n| WE-26-02139 | 45385 | 1,021.40 | 1,118.75 | -97.35 |\n| WE-26-02201 | 45380 | 902.10 | 968.20 | -66.10 |\ncause: multiple-procedure reduction applied to single-procedure claims',
          },
          {
            say: 'Humana: 27 lines checked, **3 short-paid, −$260.80** — WE-26-02114 (45385, −$97.35), WE-26-02139 (45385, −$97.35), WE-26-02201 (45380, −$66.10). Cause: multiple-procedure reduction applied although only one procedure was billed.',
          },
        ],
      },
      {
        name: 'cigna_auditor',
        description: 'Audits Cigna remits against contract',
        instructions: 'Report short-paid lines.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'audit_remits',
            args: { payer: 'CIGNA', month: '2026-02', cpts: ['45378', '45380', '45385'] },
            result: 'lines=31 short=0 over=0 (all allowed amounts equal 2026 Cigna ASC rates)',
          },
          { say: 'Cigna: 31 lines, 0 short, 0 over. Nothing to dispute.' },
        ],
      },
      {
        name: 'audit_aggregator',
        description: 'Compiles the contract dispute list',
        instructions: 'Merge payer audits into one dispute list.',
        prompt: 'Auditor results:\n{input}',
        replies: [
          {
            say: '**Westlake Endoscopy — Feb 2026 contract audit (45378/45380/45385)**\n\nDispute with Humana (total **$260.80**):\n1. WE-26-02114 — 45385 — −$97.35\n2. WE-26-02139 — 45385 — −$97.35\n3. WE-26-02201 — 45380 — −$66.10\nReason: multiple-procedure reduction on single-procedure claims.\n\nCigna: 31 lines reviewed, all at contract — no dispute.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch62Scenarios = [...faults, ...healthy];
