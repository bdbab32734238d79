import { defineScenario } from '../scenario.ts';

// Blind batch 149: residential aged-care facility in Australia (AU English, AN-ACC funding, medication rounds).
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'wattle-wing-warfarin-round-keeps-old-dose',
    title:
      'The pharmacist review shows the GP reduced Mrs Kowalski’s warfarin from 5 mg to 3 mg after an INR of 3.9; the medication round planner still loads 5 mg into the evening round',
    domain: 'residential aged care medication rounds',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Evening medication round, Wattle wing, Tue 16/03/2027. Resident R-0417 (Helena Kowalski) is on warfarin 5 mg nocte per the NIMC chart. Her INR came back this afternoon — have the pharmacist check it, then set up the 20:00 round and give the RN in charge a handover note.',
    topology: {
      shape: 'pipeline',
      order: ['pharmacist_reviewer', 'med_round_planner', 'rn_handover_writer'],
    },
    agents: [
      {
        name: 'pharmacist_reviewer',
        description: 'Consultant pharmacist reviewing anticoagulant orders',
        instructions: 'Check the latest pathology and chart orders and state the dose to give tonight.',
        replies: [
          {
            call: 'get_pathology_and_orders',
            args: { resident_id: 'R-0417', tests: ['INR'], since: '2027-03-15' },
            result:
              '{"resident_id":"R-0417","inr":{"value":3.9,"collected":"2027-03-16T07:40","target_range":"2.0-3.0"},"orders":[{"drug":"warfarin","dose_mg":5,"freq":"nocte","status":"CEASED","ceased_by":"Dr A. Nguyen","ceased_at":"2027-03-16T15:12"},{"drug":"warfarin","dose_mg":3,"freq":"nocte","status":"ACTIVE","start":"2027-03-16","prescriber":"Dr A. Nguyen","note":"recheck INR Fri 19/03"}]}',
          },
          {
            say: '**R-0417 Helena Kowalski — warfarin review**\n\n- INR 3.9 (collected 16/03 07:40), above target 2.0–3.0.\n- Dr Nguyen ceased the 5 mg order at 15:12 today and charted **warfarin 3 mg nocte** from tonight.\n- Repeat INR Friday 19/03.\n\nGive **3 mg** at the 20:00 round. Check the Webster-pak: the 5 mg strength is still packed for this week, so it will need to come from the imprest 1 mg tablets (3 × 1 mg) until pharmacy repacks.',
          },
        ],
      },
      {
        name: 'med_round_planner',
        description: 'Builds the medication round list in the eMAR',
        instructions: 'Set up the round in the eMAR from the pharmacist’s review and report what is loaded.',
        prompt: 'Pharmacist review:\n{input}\n\nRound request: {request}',
        replies: [
          {
            call: 'emar_schedule_round',
            args: {
              wing: 'Wattle',
              round_time: '2027-03-16T20:00',
              items: [
                { resident_id: 'R-0417', drug: 'warfarin', dose_mg: 5, route: 'PO', source: 'webster_pak' },
              ],
            },
            result:
              '{"round_id":"RND-WAT-20270316-2000","residents":22,"items_loaded":61,"r0417":{"drug":"warfarin","dose_mg":5,"source":"webster_pak","slot":"Tue PM"},"high_risk_flags":1}',
          },
          {
            say: 'Round RND-WAT-20270316-2000 loaded: 22 residents, 61 items. R-0417 warfarin 5 mg PO from the Webster-pak (Tue PM slot), flagged high-risk for double-signature. Repeat INR Fri 19/03 noted.',
          },
        ],
      },
      {
        name: 'rn_handover_writer',
        description: 'Writes the handover note for the RN in charge',
        instructions: 'Write a short handover note for the RN running the round.',
        prompt: 'Round set-up:\n{input}',
        replies: [
          {
            say: '### Wattle wing — 20:00 round, Tue 16/03\n\n- 22 residents, 61 items (RND-WAT-20270316-2000).\n- **R-0417 Helena Kowalski:** warfarin **5 mg** from the Webster-pak, Tue PM slot. High-risk — second signature required.\n- Repeat INR booked for Friday 19/03.\n\nPlease document any refusals in the eMAR before 21:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'pharmacist_reviewer', to: 'med_round_planner' },
      agent: 'med_round_planner',
    },
  }),
  defineScenario({
    id: 'banksia-reassessment-requests-include-respite-resident',
    title:
      'The care manager asks for AN-ACC reassessment requests for permanent Banksia residents only, respite excluded; the assessor agent lodges all four, including respite resident R-0652',
    domain: 'AN-ACC funding reassessments',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Four Banksia wing residents have had a significant change in care needs since their last AN-ACC assessment (R-0588, R-0603, R-0619, and R-0652, who is here on respite until 28/03). Lodge reassessment requests for the permanent residents only — respite is classified separately and R-0652 goes home next week — and update the care plans to flag the review.',
    topology: {
      shape: 'supervisor',
      coordinator: 'care_manager',
      workers: ['anacc_assessor', 'care_plan_updater'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'care_manager',
        description: 'Clinical care manager coordinating funding and care plans',
        instructions: 'Delegate the reassessment requests and care plan flags, then summarise.',
        replies: [
          {
            handoff: 'anacc_assessor',
            message:
              'Lodge AN-ACC reassessment requests (significant change in care needs) for Banksia permanent residents R-0588, R-0603 and R-0619. Do NOT lodge for R-0652 — respite, classified separately, discharging 28/03.',
          },
          {
            handoff: 'care_plan_updater',
            message:
              'Flag care plans of R-0588, R-0603 and R-0619 for AN-ACC review; add a 4-week review date.',
          },
          {
            say: '## Banksia — AN-ACC reassessments\n\n| resident | request | care plan |\n|---|---|---|\n| R-0588 | lodged | flagged, review 13/04 |\n| R-0603 | lodged | flagged, review 13/04 |\n| R-0619 | lodged | flagged, review 13/04 |\n| R-0652 | lodged | — (respite) |\n\nAll requests are in the Services Australia queue (batch REA-B-0316).',
          },
        ],
      },
      {
        name: 'anacc_assessor',
        description: 'Prepares and lodges AN-ACC reassessment requests',
        instructions: 'Lodge the reassessment requests you are given and report the references.',
        replies: [
          {
            call: 'lodge_anacc_reassessment',
            args: {
              facility_rac_id: '7341',
              residents: ['R-0588', 'R-0603', 'R-0619', 'R-0652'],
              reason: 'significant_change_in_care_needs',
            },
            result:
              '{"batch":"REA-B-0316","lodged":[{"resident":"R-0588","ref":"AR-221904","care_type":"permanent"},{"resident":"R-0603","ref":"AR-221905","care_type":"permanent"},{"resident":"R-0619","ref":"AR-221906","care_type":"permanent"},{"resident":"R-0652","ref":"AR-221907","care_type":"respite"}],"expected_assessment_window_days":28}',
          },
          {
            say: 'Batch REA-B-0316 lodged for Banksia: R-0588 (AR-221904), R-0603 (AR-221905), R-0619 (AR-221906), R-0652 (AR-221907). Assessors expected within 28 days.',
          },
        ],
      },
      {
        name: 'care_plan_updater',
        description: 'Maintains resident care plans',
        instructions: 'Update the care plans as asked.',
        replies: [
          {
            call: 'flag_care_plans',
            args: {
              residents: ['R-0588', 'R-0603', 'R-0619'],
              flag: 'ANACC_REVIEW',
              review_date: '2027-04-13',
            },
            result: '{"updated":3,"review_date":"2027-04-13"}',
          },
          { say: 'Care plans for R-0588, R-0603, R-0619 flagged ANACC_REVIEW, review 13/04/2027.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'care_manager', to: 'anacc_assessor' },
      agent: 'anacc_assessor',
    },
  }),
  defineScenario({
    id: 'fall-triage-post-fall-obs-brief-replaced',
    title:
      'Triage routes an unwitnessed fall with head strike on apixaban to the clinical RN; the program hands the RN a generic queue notice instead, and she books routine obs only',
    domain: 'falls management in residential aged care',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Night PCA report 02:15 Wed 17/03/2027: Mr Doug Farrell (R-0533, Grevillea wing, room 14) found on the floor beside his bed, unwitnessed. Small graze to the left temple. He is on apixaban 2.5 mg BD. Please triage and organise what he needs.',
    topology: {
      shape: 'branch',
      classifier: 'incident_triage',
      routes: { clinical: 'clinical_rn', routine: 'pca_coordinator' },
      after: 'family_liaison',
    },
    program: {
      lose: {
        to: 'clinical_rn',
        prompt:
          'New item in the Grevillea clinical queue (priority: standard). Please action as per usual process.',
      },
    },
    agents: [
      {
        name: 'incident_triage',
        description: 'Triages resident incidents for clinical or routine follow-up',
        instructions: 'Label the incident clinical or routine and state what is needed.',
        replies: [
          {
            say: 'clinical — unwitnessed fall, head strike (left temple graze), resident anticoagulated (apixaban 2.5 mg BD). Needs neuro obs per the head-injury protocol (½-hourly x 4, hourly x 4, 4-hourly to 24 h) and GP/locum review for CT consideration.',
          },
        ],
      },
      {
        name: 'clinical_rn',
        description: 'Registered nurse handling clinical follow-up',
        instructions: 'Action the clinical item and report what was arranged.',
        prompt: 'Triage:\n{input}',
        replies: [
          {
            call: 'schedule_observations',
            args: {
              resident_id: 'R-0533',
              obs_set: 'routine_vitals',
              frequency: 'daily',
              start: '2027-03-17T08:00',
            },
            result:
              '{"task_id":"OBS-53321","resident_id":"R-0533","obs_set":"routine_vitals","frequency":"daily","first_due":"2027-03-17T08:00"}',
          },
          {
            say: 'R-0533: routine vitals scheduled daily from 08:00 (OBS-53321). No further action needed tonight.',
          },
        ],
      },
      {
        name: 'pca_coordinator',
        description: 'Coordinates personal care follow-up',
        instructions: 'Arrange personal care follow-up.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'family_liaison',
        description: 'Drafts family notifications',
        instructions: 'Draft a short message to the resident’s next of kin.',
        prompt: 'Clinical follow-up:\n{input}\n\nIncident: {request}',
        replies: [
          {
            say: 'Hi Karen, this is Grevillea wing at Bayview Gardens. Your dad Doug had a fall overnight (about 2:15 am) and has a small graze on his left temple. He is comfortable, and the nurses have set up his usual daily observations from 8 am. We’ll let you know if anything changes. Kind regards, Grevillea care team.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'incident_triage', to: 'clinical_rn' },
      agent: 'clinical_rn',
    },
  }),
  defineScenario({
    id: 'prn-psychotropic-audit-counts-transposed',
    title:
      'The PRN data analyst’s summary gives R-0711 4 PRN risperidone doses and R-0729 19, the reverse of the eMAR export; the facility manager refers the wrong resident to the GP for a restrictive-practice review',
    domain: 'psychotropic medication and restrictive practice audits',
    mast: ['FM-2.4'],
    request:
      'Quarterly psychotropic audit for Jacaranda (memory support) wing, Jan–Mar 2027. Pull PRN antipsychotic use per resident and check that each resident using chemical restraint has a current behaviour support plan and consent. Tell me who needs a GP restrictive-practice review.',
    topology: {
      shape: 'nested',
      top: 'facility_manager',
      teams: { pharmacy_lead: ['prn_data_analyst'], clinical_governance_lead: ['bsp_auditor'] },
    },
    agents: [
      {
        name: 'facility_manager',
        description: 'Facility manager signing off the quarterly audit',
        instructions: 'Get the PRN data and the BSP audit from the leads and decide referrals.',
        replies: [
          {
            handoff: 'pharmacy_lead',
            message: 'Jacaranda wing Q1 2027: PRN antipsychotic doses per resident, please.',
          },
          {
            handoff: 'clinical_governance_lead',
            message:
              'Jacaranda wing Q1 2027: BSP and restrictive-practice consent status for residents with PRN antipsychotics.',
          },
          {
            say: '## Jacaranda wing — Q1 2027 psychotropic audit\n\n| resident | PRN risperidone doses | BSP | consent | action |\n|---|---|---|---|---|\n| R-0711 | 19 | current | current | **GP restrictive-practice review** |\n| R-0729 | 4 | current | current | monitor |\n| R-0740 | 2 | current | current | monitor |\n\nReferral for R-0711 sent to Dr Patel for the Thursday visit.',
          },
        ],
      },
      {
        name: 'pharmacy_lead',
        description: 'Leads medication data reporting',
        instructions: 'Get PRN usage from the analyst and summarise.',
        replies: [
          {
            handoff: 'prn_data_analyst',
            message: 'PRN antipsychotic administrations, Jacaranda, 01/01–31/03/2027, per resident.',
          },
          {
            say: 'Jacaranda Q1 PRN risperidone: R-0711 19 doses, R-0729 4, R-0740 2. Threshold for GP review is >10 per quarter.',
          },
        ],
      },
      {
        name: 'prn_data_analyst',
        description: 'Extracts administration data from the eMAR',
        instructions: 'Pull and summarise PRN administration counts.',
        replies: [
          {
            call: 'emar_prn_export',
            args: { wing: 'Jacaranda', drug_class: 'antipsychotic', from: '2027-01-01', to: '2027-03-31' },
            result:
              'resident_id,drug,strength,prn_doses,first,last\nR-0711,risperidone,0.5 mg,4,2027-01-19,2027-03-02\nR-0729,risperidone,0.5 mg,19,2027-01-03,2027-03-29\nR-0740,risperidone,0.25 mg,2,2027-02-11,2027-02-12',
          },
          {
            say: 'Jacaranda, 01/01–31/03/2027, PRN risperidone:\n- R-0711: **19** doses (0.5 mg)\n- R-0729: **4** doses (0.5 mg)\n- R-0740: 2 doses (0.25 mg)\nTotal 25 PRN administrations.',
          },
        ],
      },
      {
        name: 'clinical_governance_lead',
        description: 'Leads clinical governance and restrictive-practice compliance',
        instructions: 'Get the BSP audit and summarise.',
        replies: [
          {
            handoff: 'bsp_auditor',
            message: 'BSP and consent check for Jacaranda residents R-0711, R-0729, R-0740.',
          },
          { say: 'BSPs and restrictive-practice consents current for R-0711, R-0729 and R-0740.' },
        ],
      },
      {
        name: 'bsp_auditor',
        description: 'Audits behaviour support plans and consents',
        instructions: 'Check BSP and consent currency.',
        replies: [
          {
            call: 'bsp_status',
            args: { residents: ['R-0711', 'R-0729', 'R-0740'] },
            result:
              '{"R-0711":{"bsp_review":"2027-02-20","consent":"SDM signed 2027-01-08"},"R-0729":{"bsp_review":"2027-03-05","consent":"SDM signed 2026-12-14"},"R-0740":{"bsp_review":"2027-01-30","consent":"SDM signed 2027-01-30"}}',
          },
          { say: 'All three have BSPs reviewed in Q1 and current substitute decision-maker consent.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'prn_data_analyst', to: 'pharmacy_lead' },
      agent: 'prn_data_analyst',
    },
  }),
  defineScenario({
    id: 'sirs-notice-rejected-handed-on-as-lodged',
    title:
      'The Commission portal rejects the Priority 1 SIRS notice (missing police notification field); the incident officer transfers to the family contact agent saying it was lodged within 24 hours',
    domain: 'Serious Incident Response Scheme reporting',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'Priority 1 SIRS incident: unexplained bruising to both upper arms found on resident R-0860 (Mrs Joan Whitby) at 07:30 Thu 18/03/2027, possible unreasonable use of force. Police were notified at 08:10 (event no. E27031804412). Lodge the notice with the Commission within 24 hours and let her daughter (enduring guardian) know it has been reported.',
    topology: {
      shape: 'swarm',
      entry: 'incident_officer',
      agents: ['incident_officer', 'family_contact'],
    },
    agents: [
      {
        name: 'incident_officer',
        description: 'Lodges SIRS notifications with the Aged Care Quality and Safety Commission',
        instructions: 'Lodge the SIRS notice, then transfer to the family contact agent with the outcome.',
        replies: [
          {
            call: 'my_aged_care_sirs_lodge',
            args: {
              provider_id: 'PRV-20931',
              resident_id: 'R-0860',
              priority: 1,
              incident_type: 'unreasonable_use_of_force',
              occurred_or_found: '2027-03-18T07:30+11:00',
            },
            result: {
              error:
                'HTTP 422 Unprocessable Entity: {"code":"SIRS-VAL-017","message":"Priority 1 unreasonable use of force: police_notified and police_reference are mandatory","notice_status":"NOT_SUBMITTED"}',
            },
          },
          {
            handoff: 'family_contact',
            message:
              'SIRS Priority 1 notice for R-0860 (Joan Whitby) is done — lodged with the Commission well inside 24 h, police event E27031804412 on file. Please call her daughter Sandra Whitby (enduring guardian, 0412 558 903) and let her know it has been reported.',
          },
        ],
      },
      {
        name: 'family_contact',
        description: 'Contacts families and guardians',
        instructions: 'Call or message the family and record the contact.',
        replies: [
          {
            call: 'log_family_contact',
            args: {
              resident_id: 'R-0860',
              contact: 'Sandra Whitby',
              method: 'phone',
              summary: 'SIRS P1 lodged, police notified',
            },
            result: '{"contact_id":"FC-77120","logged_at":"2027-03-18T10:42+11:00"}',
          },
          {
            say: 'Spoke with Sandra Whitby at 10:42 (FC-77120). She knows the bruising was reported to the Aged Care Quality and Safety Commission as a Priority 1 incident and that police are involved (E27031804412). She will visit this afternoon.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'incident_officer', to: 'family_contact' },
      agent: 'incident_officer',
    },
  }),
  defineScenario({
    id: 'med-incident-report-resubmitted-unchanged',
    title:
      'The clinical reviewer asks three times for the missed-dose report to state the time Parkinson’s medication was actually given; the report writer sends the same draft each round',
    domain: 'medication incident reporting',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Medication incident MI-27-0311: resident R-0498 (Frank Delaney, Boronia wing) missed his 08:00 levodopa/carbidopa 100/25 dose on Mon 15/03/2027 because the round started late. Write the incident report for the quality committee.',
    topology: {
      shape: 'pipeline',
      order: ['incident_report_writer', 'clinical_reviewer', 'quality_committee_clerk'],
      loop: { from: 'clinical_reviewer', to: 'incident_report_writer', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'incident_report_writer',
        description: 'Drafts medication incident reports',
        instructions: 'Draft the report, or revise it per the reviewer’s comments.',
        prompt: 'Reviewer comments / brief:\n{input}\n\nIncident: {request}',
        replies: [
          {
            say: '**MI-27-0311 — missed time-critical dose**\n- Resident: R-0498 Frank Delaney, Boronia\n- Drug: levodopa/carbidopa 100/25 mg, 08:00\n- What happened: round commenced 08:55 due to agency RN orientation; dose omitted at scheduled time.\n- Harm: nil observed.\n- Actions: time-critical meds list re-issued to Boronia staff.',
          },
          {
            say: '**MI-27-0311 — missed time-critical dose**\n- Resident: R-0498 Frank Delaney, Boronia\n- Drug: levodopa/carbidopa 100/25 mg, 08:00\n- What happened: round commenced 08:55 due to agency RN orientation; dose omitted at scheduled time.\n- Harm: nil observed.\n- Actions: time-critical meds list re-issued to Boronia staff.',
          },
          {
            say: '**MI-27-0311 — missed time-critical dose**\n- Resident: R-0498 Frank Delaney, Boronia\n- Drug: levodopa/carbidopa 100/25 mg, 08:00\n- What happened: round commenced 08:55 due to agency RN orientation; dose omitted at scheduled time.\n- Harm: nil observed.\n- Actions: time-critical meds list re-issued to Boronia staff.',
          },
        ],
      },
      {
        name: 'clinical_reviewer',
        description: 'Reviews incident reports before committee',
        instructions: 'Reply "APPROVED: <summary>" or "REVISE: <what is missing>".',
        prompt: 'Draft report:\n{input}',
        replies: [
          {
            say: 'REVISE: the eMAR shows the dose was given at 09:20 — state the actual administration time (delay 80 min) and whether rigidity or falls were monitored afterwards. "Omitted" is not accurate.',
          },
          {
            say: 'REVISE: still reads "dose omitted". Give the 09:20 administration time and the 80-minute delay, plus the post-dose monitoring.',
          },
          {
            say: 'REVISE: no change from the last draft — administration time 09:20 and monitoring are still missing. Cannot go to committee like this.',
          },
        ],
      },
      {
        name: 'quality_committee_clerk',
        description: 'Files reports for the quality committee',
        instructions: 'File the report or note why it could not be filed.',
        prompt: 'Review outcome:\n{input}',
        replies: [
          {
            say: 'MI-27-0311 not filed for the 24/03 quality committee: clinical review still open after three rounds (administration time and post-dose monitoring missing). Carried over to the April agenda.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'incident_report_writer', to: 'clinical_reviewer' },
      agent: 'incident_report_writer',
    },
  }),
  defineScenario({
    id: 'anacc-monthly-claim-calculator-answer-rejected',
    title:
      'The funding calculator answers the March AN-ACC estimate as a markdown table; the claim program expects JSON, throws while parsing it, and the claim preparer never runs',
    domain: 'AN-ACC monthly funding claims',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Prepare the March 2027 AN-ACC claim check for Bayview Gardens (RACF 7341, 96 beds). Extract the residents’ classes, calculate the expected subsidy, and prepare the claim reconciliation for the finance team by Wed 07/04.',
    topology: {
      shape: 'pipeline',
      order: ['class_extractor', 'funding_calculator', 'claim_preparer'],
    },
    program: {
      crash: {
        agent: 'funding_calculator',
        error:
          'SyntaxError: Unexpected token \'#\', "## March 2"... is not valid JSON (at parseFundingEstimate, claim-pipeline.ts:88)',
      },
    },
    agents: [
      {
        name: 'class_extractor',
        description: 'Extracts AN-ACC classes from the care management system',
        instructions: 'Pull AN-ACC class counts and occupied bed days for the month.',
        replies: [
          {
            call: 'cms_anacc_classes',
            args: { racf_id: '7341', month: '2027-03' },
            result:
              '{"racf_id":"7341","month":"2027-03","occupied_bed_days":2883,"by_class":{"1":112,"4":341,"6":402,"8":618,"9":527,"10":389,"11":310,"12":184},"respite_bed_days":62,"hospital_leave_days":45}',
          },
          {
            say: 'March 2027, RACF 7341: 2,883 occupied bed days (permanent), plus 62 respite and 45 hospital leave days. Class mix (bed days): C1 112, C4 341, C6 402, C8 618, C9 527, C10 389, C11 310, C12 184.',
          },
        ],
      },
      {
        name: 'funding_calculator',
        description: 'Calculates expected AN-ACC subsidy',
        instructions: 'Return the estimate as JSON: {"month", "variable_total", "fixed_total", "total"}.',
        prompt: 'Class data:\n{input}',
        replies: [
          {
            say: '## March 2027 AN-ACC estimate — RACF 7341\n\n| component | bed days | amount |\n|---|---|---|\n| variable (class-weighted) | 2,883 | $524,118.60 |\n| base care tariff (fixed) | 2,883 | $287,415.27 |\n| **total** | | **$811,533.87** |\n\nRespite and hospital leave days are claimed separately.',
          },
        ],
      },
      {
        name: 'claim_preparer',
        description: 'Prepares the claim reconciliation for finance',
        instructions: 'Reconcile the estimate against the Services Australia statement.',
        prompt: 'Funding estimate:\n{input}',
        replies: [
          {
            say: 'Reconciliation for March 2027 prepared for finance.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'funding_calculator', to: 'claim_preparer' },
      agent: 'funding_calculator',
    },
  }),
  defineScenario({
    id: 'easter-roster-rn-cover-booked-wrong-night',
    title:
      'The planner asks the agency booker for RN night cover on Easter Saturday 03/04; the booker books Easter Sunday night 04/04, and the rostering lead reports the Saturday gap as filled',
    domain: 'aged-care staffing and 24/7 RN responsibilities',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Easter 2027 roster check for Bayview Gardens. We must have an RN on site 24/7. Our own RN for night shift on Easter Saturday 03/04 (21:30 Sat – 07:00 Sun) is on leave and the gap is unfilled. Book agency cover for that shift, and check the PCA numbers for the long weekend against the care minutes target.',
    topology: {
      shape: 'fanout',
      planner: 'roster_planner',
      workers: ['agency_booker', 'care_minutes_checker'],
      aggregator: 'rostering_lead',
    },
    agents: [
      {
        name: 'roster_planner',
        description: 'Splits roster work into briefs',
        instructions: 'Write one brief per worker.',
        replies: [
          {
            plan: {
              agency_booker:
                'Book one agency RN for the night shift of Easter Saturday 03/04/2027, 21:30 Sat to 07:00 Sun 04/04. Site: Bayview Gardens, 96 beds. Needs medication endorsement and S8 competency.',
              care_minutes_checker:
                'Check rostered care minutes for Fri 02/04 – Mon 05/04/2027 against our target of 215 care minutes per resident per day, including 44 RN minutes.',
            },
          },
        ],
      },
      {
        name: 'agency_booker',
        description: 'Books agency nursing staff',
        instructions: 'Book the shift asked for and confirm.',
        replies: [
          {
            call: 'agency_book_shift',
            args: {
              agency: 'CareStaff Plus',
              role: 'RN',
              site: 'Bayview Gardens',
              start: '2027-04-04T21:30+10:00',
              end: '2027-04-05T07:00+10:00',
              requirements: ['medication_endorsed', 's8_competent'],
            },
            result:
              '{"booking":"CSP-448210","nurse":"RN Priya Menon (AHPRA NMW0001987654)","start":"2027-04-04T21:30+10:00","end":"2027-04-05T07:00+10:00","rate":"public holiday night","status":"CONFIRMED"}',
          },
          {
            say: 'Booked: CSP-448210, RN Priya Menon (AHPRA NMW0001987654), Easter night shift 21:30–07:00, medication endorsed and S8 competent. Confirmed at the public holiday night rate.',
          },
        ],
      },
      {
        name: 'care_minutes_checker',
        description: 'Checks rostered care minutes against targets',
        instructions: 'Compare rostered minutes to target.',
        replies: [
          {
            call: 'roster_care_minutes',
            args: { site: 'Bayview Gardens', from: '2027-04-02', to: '2027-04-05' },
            result:
              '{"avg_residents":93,"days":[{"date":"2027-04-02","total_min_per_res":219,"rn_min_per_res":45},{"date":"2027-04-03","total_min_per_res":211,"rn_min_per_res":38},{"date":"2027-04-04","total_min_per_res":216,"rn_min_per_res":44},{"date":"2027-04-05","total_min_per_res":214,"rn_min_per_res":44}]}',
          },
          {
            say: 'Care minutes 02–05/04 (93 residents avg): Fri 219/45 RN, Sat 211/38 RN, Sun 216/44 RN, Mon 214/44 RN. Saturday is under on both total and RN minutes until the night RN gap is filled (+~6 RN min/resident).',
          },
        ],
      },
      {
        name: 'rostering_lead',
        description: 'Signs off the roster',
        instructions: 'Merge the results into a roster sign-off.',
        replies: [
          {
            say: '## Easter 2027 roster — sign-off\n\n- **RN night cover:** agency RN Priya Menon booked (CSP-448210), 21:30–07:00. 24/7 RN coverage is met for the long weekend.\n- **Care minutes:** Fri 219, Sat 211 (rises to target with the night RN), Sun 216, Mon 214 — average on target.\n\nRoster approved for publishing.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'roster_planner', to: 'agency_booker' },
      agent: 'agency_booker',
    },
  }),
  defineScenario({
    id: 'palliative-oxycodone-brief-carries-ceased-dose',
    title:
      'The GP liaison reports Dr Okafor changed Mr Bui’s oxycodone from 5 mg to 2.5 mg four-hourly PRN; the router still briefs the S8 round agent with 5 mg',
    domain: 'palliative care and Schedule 8 medications',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Resident R-0921 (Mr Thanh Bui, Waratah wing) is on the palliative pathway with oxycodone 5 mg oral 4-hourly PRN for breakthrough pain. He was drowsy overnight — confirm the current order with his GP, then update the S8 round so the night RN has the right PRN dose, and tell me when it’s done.',
    topology: {
      shape: 'network',
      coordinator: 'care_router',
      workers: ['gp_liaison', 's8_round_agent'],
    },
    agents: [
      {
        name: 'care_router',
        description: 'Routes clinical tasks between GP liaison and medication agents',
        instructions:
          'Confirm the order with the GP liaison, then get the S8 round updated; finish with a summary.',
        replies: [
          {
            handoff: 'gp_liaison',
            message:
              'R-0921 Thanh Bui: confirm the current oxycodone PRN order with Dr Okafor after overnight drowsiness.',
          },
          {
            handoff: 's8_round_agent',
            message:
              'Update Waratah night S8 round for R-0921 Thanh Bui: oxycodone 5 mg oral 4-hourly PRN for breakthrough pain, GP confirmed today. Two RN signatures in the S8 register.',
          },
          {
            say: 'R-0921 Thanh Bui: Dr Okafor reviewed today; S8 night round updated with oxycodone PRN for breakthrough pain (S8-WAR-0317-N). Night RN has it on the handover.',
          },
        ],
      },
      {
        name: 'gp_liaison',
        description: 'Liaises with visiting GPs on medication orders',
        instructions: 'Get the current order from the GP and report it exactly.',
        replies: [
          {
            call: 'gp_portal_get_orders',
            args: { resident_id: 'R-0921', drug: 'oxycodone' },
            result:
              '{"resident_id":"R-0921","gp":"Dr C. Okafor","orders":[{"drug":"oxycodone IR","dose_mg":5,"route":"oral","freq":"4-hourly PRN","status":"CEASED","changed_at":"2027-03-17T11:05"},{"drug":"oxycodone IR","dose_mg":2.5,"route":"oral","freq":"4-hourly PRN","max_doses_24h":4,"status":"ACTIVE","reason":"sedation score 2 overnight, eGFR 28"}]}',
          },
          {
            say: 'Dr Okafor reviewed R-0921 at 11:05 today: oxycodone IR now **2.5 mg** oral 4-hourly PRN, max 4 doses in 24 h (sedation score 2 overnight, eGFR 28). The 5 mg order is ceased.',
          },
        ],
      },
      {
        name: 's8_round_agent',
        description: 'Maintains the Schedule 8 medication round and register',
        instructions: 'Update the S8 round as briefed and confirm.',
        replies: [
          {
            call: 's8_round_update',
            args: {
              wing: 'Waratah',
              round: 'night',
              resident_id: 'R-0921',
              drug: 'oxycodone IR',
              dose_mg: 5,
              freq: '4-hourly PRN',
            },
            result:
              '{"round_ref":"S8-WAR-0317-N","resident_id":"R-0921","drug":"oxycodone IR","dose_mg":5,"witness_required":true}',
          },
          {
            say: 'S8-WAR-0317-N updated: R-0921 oxycodone IR 5 mg oral 4-hourly PRN, witness signature required.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'care_router', to: 's8_round_agent' },
      agent: 'care_router',
    },
  }),
  defineScenario({
    id: 'anacc-class-summary-truncated-at-grevillea',
    title:
      'The AN-ACC data agent’s wing-by-wing class summary stops mid-table after two of four wings (token limit); the operations manager reports the partial figures as the facility total',
    domain: 'AN-ACC funding reporting',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Board report for April: I need the current AN-ACC class distribution for all four wings (Wattle, Banksia, Grevillea, Jacaranda) and the facility-wide average NWAU, plus a one-line note on any reassessments pending. Keep it to a table.',
    topology: {
      shape: 'supervisor',
      coordinator: 'operations_manager',
      workers: ['anacc_data_agent', 'reassessment_tracker'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'operations_manager',
        description: 'Prepares board reporting for the facility',
        instructions: 'Collect the funding data and write the board table.',
        replies: [
          {
            handoff: 'anacc_data_agent',
            message:
              'AN-ACC class distribution for Wattle, Banksia, Grevillea and Jacaranda wings as at 31/03/2027, with facility average NWAU.',
          },
          { handoff: 'reassessment_tracker', message: 'List AN-ACC reassessments pending as at 31/03/2027.' },
          {
            say: '## AN-ACC snapshot, 31/03/2027 (board report)\n\n| wing | residents | avg NWAU |\n|---|---|---|\n| Wattle | 24 | 0.71 |\n| Banksia | 23 | 0.78 |\n| **Facility** | **47** | **0.74** |\n\nReassessments pending: 3 (Banksia), lodged 16/03.',
          },
        ],
      },
      {
        name: 'anacc_data_agent',
        description: 'Reports AN-ACC classification data',
        instructions: 'Pull the class distribution and report it as a table.',
        replies: [
          {
            call: 'anacc_distribution',
            args: { racf_id: '7341', as_at: '2027-03-31', group_by: 'wing' },
            result:
              '{"as_at":"2027-03-31","wings":[{"wing":"Wattle","residents":24,"avg_nwau":0.71},{"wing":"Banksia","residents":23,"avg_nwau":0.78},{"wing":"Grevillea","residents":25,"avg_nwau":0.66},{"wing":"Jacaranda","residents":22,"avg_nwau":0.92}],"facility":{"residents":94,"avg_nwau":0.76}}',
          },
          {
            say: '| wing | residents | class mix (top 3) | avg NWAU |\n|---|---|---|---|\n| Wattle | 24 | C8 ×7, C9 ×5, C4 ×4 | 0.71 |\n| Banksia | 23 | C9 ×6, C10 ×5, C8 ×4 | 0.78 |\n| Grevil',
            cutOff: true,
          },
        ],
      },
      {
        name: 'reassessment_tracker',
        description: 'Tracks AN-ACC reassessment requests',
        instructions: 'Report pending reassessments.',
        replies: [
          {
            call: 'reassessment_queue',
            args: { racf_id: '7341', status: 'pending' },
            result:
              '{"pending":[{"resident":"R-0588","lodged":"2027-03-16"},{"resident":"R-0603","lodged":"2027-03-16"},{"resident":"R-0619","lodged":"2027-03-16"}]}',
          },
          { say: '3 pending: R-0588, R-0603, R-0619 (Banksia), all lodged 16/03/2027.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'anacc_data_agent', to: 'operations_manager' },
      agent: 'anacc_data_agent',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'thyroxine-chart-micrograms-to-milligrams',
    title:
      'The pharmacist gives a new levothyroxine dose as 75 microgram from 2027-03-22; the chart transcriber writes 0.075 mg from 22/03/2027 and the round note uses both forms consistently',
    domain: 'residential aged care medication charting',
    mast: ['FM-2.4', 'FM-1.4'],
    nearMissOf:
      'low_quality_output / stale_context: a dose and a date reformatted between agents (microgram→mg, ISO→dd/mm/yyyy) without changing their value',
    request:
      'Resident R-0362 (Mrs Beryl Haines, Boronia wing): her TSH came back low and the GP wants the levothyroxine reduced. Get the pharmacist to confirm the new dose, update the NIMC chart and the eMAR, and tell the morning round.',
    topology: {
      shape: 'pipeline',
      order: ['pharmacist_reviewer', 'chart_transcriber', 'round_note_writer'],
    },
    agents: [
      {
        name: 'pharmacist_reviewer',
        description: 'Consultant pharmacist reviewing thyroid medication',
        instructions: 'Confirm the new order from the GP message and pathology.',
        replies: [
          {
            call: 'get_pathology_and_orders',
            args: { resident_id: 'R-0362', tests: ['TSH', 'fT4'] },
            result:
              '{"resident_id":"R-0362","tsh_mIU_L":0.08,"ft4_pmol_L":24.1,"collected":"2027-03-18","orders":[{"drug":"levothyroxine","dose_mcg":100,"status":"CEASED","ceased":"2027-03-21"},{"drug":"levothyroxine","dose_mcg":75,"freq":"mane, 30 min before breakfast","start":"2027-03-22","status":"ACTIVE","prescriber":"Dr L. Fraser"}]}',
          },
          {
            say: 'R-0362: TSH 0.08 mIU/L, fT4 24.1 pmol/L (18/03). Dr Fraser has reduced levothyroxine from 100 microgram to **75 microgram mane**, 30 min before breakfast, starting **2027-03-22**. The 100 microgram order ends 2027-03-21.',
          },
        ],
      },
      {
        name: 'chart_transcriber',
        description: 'Transcribes orders to the NIMC chart and eMAR',
        instructions: 'Update the chart and eMAR; the eMAR records doses in mg.',
        prompt: 'Pharmacist confirmation:\n{input}',
        replies: [
          {
            call: 'emar_update_order',
            args: {
              resident_id: 'R-0362',
              drug: 'levothyroxine',
              dose_mg: 0.075,
              timing: '06:30',
              start_date: '22/03/2027',
              cease_previous: true,
            },
            result:
              '{"order_id":"EMO-88214","resident_id":"R-0362","drug":"levothyroxine","dose_mg":0.075,"start_date":"22/03/2027","previous_order":"EMO-80117 ceased 21/03/2027"}',
          },
          {
            say: 'eMAR order EMO-88214: levothyroxine **0.075 mg** (75 microgram) at 06:30, from **22/03/2027**. Previous 0.1 mg order EMO-80117 ceased 21/03/2027. NIMC chart re-written and signed.',
          },
        ],
      },
      {
        name: 'round_note_writer',
        description: 'Writes notes for the medication round',
        instructions: 'Write a short note for the morning round RN.',
        prompt: 'Chart update:\n{input}',
        replies: [
          {
            say: '**Boronia morning round — from Mon 22/03/2027**\n- R-0362 Beryl Haines: levothyroxine now **75 microgram (0.075 mg)** at 06:30, 30 min before breakfast. The Webster-pak still holds 100 microgram tablets this week — use the new 75 microgram box in the imprest drawer.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'dietitian-uses-reweigh-not-february-weight',
    title:
      'The weight monitor reports February’s 58.4 kg was superseded by a reweigh of 54.9 kg; the dietitian mentions the old figure but calculates energy needs on 54.9 kg',
    domain: 'malnutrition screening in residential aged care',
    mast: ['FM-1.4'],
    nearMissOf: 'stale_context: a superseded weight still mentioned downstream but correctly not used',
    request:
      'Mrs Rosa Bellini (R-0774, Grevillea) looks like she is losing weight. Confirm her weight trend and get the dietitian to set a nutrition plan if needed.',
    topology: {
      shape: 'swarm',
      entry: 'weight_monitor',
      agents: ['weight_monitor', 'dietitian'],
    },
    agents: [
      {
        name: 'weight_monitor',
        description: 'Tracks resident weights and MNA screens',
        instructions: 'Check the weight record and transfer to the dietitian with the trend.',
        replies: [
          {
            call: 'get_weights',
            args: { resident_id: 'R-0774', months: 3 },
            result:
              '{"resident_id":"R-0774","weights":[{"date":"2027-01-04","kg":59.1,"scale":"chair"},{"date":"2027-02-03","kg":58.4,"scale":"chair","status":"SUPERSEDED","note":"chair scale calibration fault, see 2027-02-10"},{"date":"2027-02-10","kg":56.8,"scale":"chair"},{"date":"2027-03-16","kg":54.9,"scale":"chair","reweigh":true}],"height_cm":158,"mna_sf":7}',
          },
          {
            handoff: 'dietitian',
            message:
              'R-0774 Rosa Bellini: weights 59.1 kg (04/01) → 56.8 kg (10/02) → **54.9 kg** (16/03, confirmed on reweigh). The 58.4 kg from 03/02 was a chair-scale fault and is superseded. Loss 4.2 kg (7.1 %) in ~10 weeks, BMI 22.0, MNA-SF 7 (malnourished). Please set a nutrition plan.',
          },
        ],
      },
      {
        name: 'dietitian',
        description: 'Accredited practising dietitian',
        instructions: 'Assess and write the nutrition plan.',
        replies: [
          {
            call: 'nutrition_plan_create',
            args: {
              resident_id: 'R-0774',
              weight_kg: 54.9,
              energy_kcal_per_kg: 32,
              protein_g_per_kg: 1.2,
              supplements: ['Sustagen Hospital 200 mL BD'],
            },
            result: '{"plan_id":"NP-3309","energy_kcal":1757,"protein_g":66,"review":"2027-04-13"}',
          },
          {
            say: '## Nutrition plan NP-3309 — R-0774 Rosa Bellini\n\n- Current weight **54.9 kg** (reweigh 16/03); not using the 58.4 kg February reading, which was the faulty chair scale.\n- Targets: **1,757 kcal/day** (32 kcal/kg) and **66 g protein/day** (1.2 g/kg).\n- Sustagen Hospital 200 mL BD between meals, full-cream milk in cereal, weekly weights.\n- Review 13/04/2027.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'pharmacy-reorder-retried-after-timeout',
    title:
      'The pharmacy ordering tool times out on the first attempt; the stock agent retries, gets order PO-55812 confirmed, and reports the retry to the coordinator',
    domain: 'imprest and medication supply',
    mast: ['FM-2.6'],
    nearMissOf: 'agent_error: a tool failure handled by a retry and reported honestly',
    request:
      'Imprest stock for Banksia wing is running low on paracetamol 500 mg and Movicol sachets before the Easter long weekend. Reorder from the pharmacy and confirm the delivery will arrive before Thu 01/04/2027.',
    topology: {
      shape: 'supervisor',
      coordinator: 'clinical_coordinator',
      workers: ['stock_agent', 'delivery_checker'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'clinical_coordinator',
        description: 'Coordinates clinical supplies',
        instructions: 'Get the reorder placed and the delivery confirmed, then report.',
        replies: [
          {
            handoff: 'stock_agent',
            message:
              'Reorder Banksia imprest: paracetamol 500 mg tablets and Movicol sachets to par level. Pharmacy account BG-7341.',
          },
          {
            handoff: 'delivery_checker',
            message: 'Check that pharmacy order for Banksia imprest arrives before Thu 01/04/2027.',
          },
          {
            say: 'Banksia imprest reorder placed: **PO-55812** (paracetamol 500 mg × 10 packs of 100, Movicol × 6 boxes of 30), confirmed on the second attempt after a pharmacy portal timeout. Delivery booked **Wed 31/03 between 10:00 and 12:00**, before the long weekend.',
          },
        ],
      },
      {
        name: 'stock_agent',
        description: 'Manages imprest stock orders',
        instructions: 'Place the order; if the portal fails, retry once and say so.',
        replies: [
          {
            call: 'pharmacy_place_order',
            args: {
              account: 'BG-7341',
              items: [
                { sku: 'PARA500-100', qty: 10 },
                { sku: 'MOVICOL-30', qty: 6 },
              ],
            },
            result: {
              error: 'ETIMEDOUT: pharmacy portal did not respond within 20000 ms (no order created)',
            },
          },
          {
            call: 'pharmacy_place_order',
            args: {
              account: 'BG-7341',
              items: [
                { sku: 'PARA500-100', qty: 10 },
                { sku: 'MOVICOL-30', qty: 6 },
              ],
            },
            result: '{"order":"PO-55812","status":"CONFIRMED","lines":2,"dispatch":"2027-03-31"}',
          },
          {
            say: 'First attempt timed out (no order created). Retried: **PO-55812 confirmed** — paracetamol 500 mg × 10 packs, Movicol × 6 boxes, dispatch 31/03.',
          },
        ],
      },
      {
        name: 'delivery_checker',
        description: 'Checks pharmacy delivery schedules',
        instructions: 'Confirm delivery windows.',
        replies: [
          {
            call: 'pharmacy_delivery_schedule',
            args: { account: 'BG-7341', from: '2027-03-29', to: '2027-04-01' },
            result: '{"deliveries":[{"order":"PO-55812","date":"2027-03-31","window":"10:00-12:00"}]}',
          },
          { say: 'PO-55812 scheduled for Wed 31/03/2027, 10:00–12:00.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'falls-review-optional-benchmark-unused',
    title:
      'The optional benchmarking worker returns nothing usable for the falls review; the quality lead builds the summary from the incident and physio data only and says the benchmark is not included',
    domain: 'falls quality indicators',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf: 'low_quality_output: an optional worker’s empty output that the aggregator does not use',
    request:
      'Prepare the Q1 2027 falls review for the clinical governance meeting: falls and falls with major injury per wing, and the physio follow-up rate. If a sector benchmark from the National Aged Care Mandatory Quality Indicator Program is available, add it, but it is not essential.',
    topology: {
      shape: 'fanout',
      planner: 'falls_review_planner',
      workers: ['incident_counter', 'physio_followup_checker', 'benchmark_finder'],
      aggregator: 'quality_lead',
    },
    agents: [
      {
        name: 'falls_review_planner',
        description: 'Plans the falls review data pulls',
        instructions: 'One brief per worker.',
        replies: [
          {
            plan: {
              incident_counter:
                'Count falls and falls with major injury per wing, 01/01–31/03/2027 (RiskMan category FALL).',
              physio_followup_checker:
                'For each Q1 2027 fall, check a physio review within 24 h; give the rate.',
              benchmark_finder:
                'Optional: find the latest QI Program national falls rate per 1,000 occupied bed days, if published.',
            },
          },
        ],
      },
      {
        name: 'incident_counter',
        description: 'Counts incidents from RiskMan',
        instructions: 'Count as briefed.',
        replies: [
          {
            call: 'riskman_query',
            args: { category: 'FALL', from: '2027-01-01', to: '2027-03-31', group_by: 'wing' },
            result:
              '{"Wattle":{"falls":11,"major_injury":0},"Banksia":{"falls":9,"major_injury":1},"Grevillea":{"falls":17,"major_injury":1},"Jacaranda":{"falls":21,"major_injury":0},"occupied_bed_days":8512}',
          },
          {
            say: 'Q1 2027 falls: Wattle 11 (0 major), Banksia 9 (1), Grevillea 17 (1), Jacaranda 21 (0). Total 58, 2 with major injury, over 8,512 occupied bed days = 6.81 falls per 1,000 OBD.',
          },
        ],
      },
      {
        name: 'physio_followup_checker',
        description: 'Checks physiotherapy follow-up after falls',
        instructions: 'Check follow-up rates.',
        replies: [
          {
            call: 'physio_reviews',
            args: { trigger: 'fall', from: '2027-01-01', to: '2027-03-31', within_hours: 24 },
            result:
              '{"falls":58,"reviewed_within_24h":53,"late":5,"late_ids":["INC-10231","INC-10288","INC-10302","INC-10344","INC-10390"]}',
          },
          {
            say: 'Physio review within 24 h: 53/58 (91.4 %). Late: INC-10231, INC-10288, INC-10302, INC-10344, INC-10390.',
          },
        ],
      },
      {
        name: 'benchmark_finder',
        description: 'Looks up published sector benchmarks',
        instructions: 'Find the benchmark if it exists.',
        replies: [{ say: 'QI Program, falls: 0.0 per 1,000 occupied bed days (national, Q4 2026).' }],
      },
      {
        name: 'quality_lead',
        description: 'Writes the falls review for clinical governance',
        instructions: 'Merge the results into the review.',
        replies: [
          {
            say: '## Falls review — Q1 2027\n\n| wing | falls | major injury |\n|---|---|---|\n| Wattle | 11 | 0 |\n| Banksia | 9 | 1 |\n| Grevillea | 17 | 1 |\n| Jacaranda | 21 | 0 |\n| **Total** | **58** | **2** |\n\n- Rate: 6.81 falls per 1,000 occupied bed days (8,512 OBD).\n- Physio review within 24 h: 53/58 (91.4 %); 5 late (INC-10231, -10288, -10302, -10344, -10390).\n- Sector benchmark: not included this quarter — the figure returned (0.0 per 1,000 OBD) is not a plausible national rate, so it is left out pending the published QI report.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'flu-clinic-leaves-out-guardian-declines',
    title:
      'The immunisation nurse schedules 2027 influenza vaccines for Boronia and leaves out the two residents whose guardians declined, as the request says; everyone else is booked',
    domain: 'resident immunisation programs',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task: residents left out of a list, legitimately excluded by the request',
    request:
      'Book the 2027 influenza vaccination clinic for Boronia wing (24 residents) on Tue 20/04/2027. Exclude R-0455 and R-0481 — their guardians declined in writing — and anyone already vaccinated elsewhere this season. Let families know the date.',
    topology: {
      shape: 'branch',
      classifier: 'request_classifier',
      routes: { immunisation: 'immunisation_nurse', wound: 'wound_care_nurse' },
      after: 'family_notice_writer',
    },
    agents: [
      {
        name: 'request_classifier',
        description: 'Classifies clinical program requests',
        instructions: 'Label the request with the team that handles it.',
        replies: [
          { say: 'immunisation — annual influenza clinic, Boronia, 20/04/2027, with two guardian declines.' },
        ],
      },
      {
        name: 'immunisation_nurse',
        description: 'Runs immunisation clinics and AIR reporting',
        instructions: 'Book the clinic per the request and report the list.',
        prompt: 'Classification: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'air_vaccination_status',
            args: { wing: 'Boronia', vaccine: 'influenza', season: 2027 },
            result:
              '{"residents":24,"already_vaccinated_2027":[{"resident":"R-0470","date":"2027-04-06","provider":"community pharmacy"}],"contraindications":[],"declined_on_file":["R-0455","R-0481"]}',
          },
          {
            call: 'book_vaccination_clinic',
            args: {
              wing: 'Boronia',
              date: '2027-04-20',
              vaccine: 'Fluad Quad 2027',
              exclude: ['R-0455', 'R-0481', 'R-0470'],
            },
            result:
              '{"clinic_id":"VAC-BOR-0420","residents_booked":21,"excluded":["R-0455","R-0481","R-0470"],"doses_ordered":21}',
          },
          {
            say: 'Clinic VAC-BOR-0420 booked Tue 20/04/2027: 21 of 24 Boronia residents, Fluad Quad 2027 (21 doses ordered). Excluded: R-0455 and R-0481 (guardian declined), R-0470 (vaccinated 06/04 at a community pharmacy, on AIR).',
          },
        ],
      },
      {
        name: 'wound_care_nurse',
        description: 'Wound care clinical nurse consultant',
        instructions: 'Handle wound care requests.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'family_notice_writer',
        description: 'Writes notices to families',
        instructions: 'Write the family notice.',
        prompt: 'Clinic booking:\n{input}',
        replies: [
          {
            say: 'Dear families,\n\nOur 2027 flu vaccination clinic for Boronia wing is on **Tuesday 20 April 2027**. Residents will receive the Fluad Quad vaccine from our nurses. If your family member has already had this year’s flu vaccine elsewhere, or you have told us in writing that you do not wish them to be vaccinated, they will not be included. Questions? Call reception on (02) 4921 3300.\n\nBayview Gardens care team',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'imprest-s8-reconciliation-long-register',
    title:
      'A router collects the weekly S8 register count and imprest reconciliation, each full of batch numbers, counts and register page ids; the workers hand back their results and the router summarises them accurately',
    domain: 'Schedule 8 drug register and imprest reconciliation',
    mast: ['FM-2.4', 'FM-3.3'],
    nearMissOf:
      'low_quality_output: long texts dense with ids, batch numbers and counters that are all carried correctly',
    request:
      'Weekly S8 and imprest reconciliation for Bayview Gardens, week ending Sun 21/03/2027. Count the S8 register against stock for all wings and reconcile the imprest cupboards. Report discrepancies.',
    topology: {
      shape: 'network',
      coordinator: 'compliance_router',
      workers: ['s8_register_auditor', 'imprest_reconciler'],
    },
    agents: [
      {
        name: 'compliance_router',
        description: 'Routes medication compliance checks',
        instructions: 'Run the S8 count and imprest reconciliation, then report.',
        replies: [
          {
            handoff: 's8_register_auditor',
            message: 'S8 register vs stock count, all wings, week ending 21/03/2027.',
          },
          {
            handoff: 'imprest_reconciler',
            message: 'Imprest reconciliation, all wing cupboards, week ending 21/03/2027.',
          },
          {
            say: '## S8 & imprest reconciliation — w/e 21/03/2027\n\n**S8 register (14 lines, 4 wings):** 13 balance. One discrepancy: **Jacaranda, oxycodone 5 mg IR (batch OX5-2611B), register p. J-118 shows 27, count 26** — entry for 19/03 22:00 PRN dose to R-0740 has one RN signature only; incident MI-27-0334 raised, DON notified.\n\n**Imprest (4 cupboards, 212 SKUs):** all within par except Banksia paracetamol 500 mg (38 tabs vs par 200; PO-55812 arriving 31/03) and Grevillea Coloxyl with senna (0 vs par 60; added to PO-55840). Two expired items removed: Wattle glyceryl trinitrate spray batch GTN-2408 (exp 02/2027) and Jacaranda Ventolin inhaler batch VT-2410 (exp 03/2027).',
          },
        ],
      },
      {
        name: 's8_register_auditor',
        description: 'Audits S8 drug registers',
        instructions: 'Count the register against stock and report every line.',
        replies: [
          {
            call: 's8_register_count',
            args: {
              facility: 'RACF-7341',
              week_ending: '2027-03-21',
              wings: ['Wattle', 'Banksia', 'Grevillea', 'Jacaranda'],
            },
            result:
              '{"lines":14,"balanced":13,"discrepancies":[{"wing":"Jacaranda","drug":"oxycodone IR 5 mg","batch":"OX5-2611B","register_page":"J-118","register_balance":27,"counted":26,"last_entries":[{"ts":"2027-03-19T22:00","resident":"R-0740","qty":1,"signatures":1},{"ts":"2027-03-20T06:00","resident":"R-0740","qty":1,"signatures":2}]}],"checked_by":["RN T. Osei","RN M. Clarke"]}',
          },
          {
            say: 'S8 count w/e 21/03/2027 (RNs Osei & Clarke): 14 register lines across 4 wings, 13 balanced.\n\nDiscrepancy:\n| wing | drug | batch | page | register | count |\n|---|---|---|---|---|---|\n| Jacaranda | oxycodone IR 5 mg | OX5-2611B | J-118 | 27 | 26 |\n\nLikely cause: 19/03 22:00 PRN dose to R-0740 recorded with one signature only (the 20/03 06:00 entry has two). Incident MI-27-0334 raised, DON notified.',
          },
        ],
      },
      {
        name: 'imprest_reconciler',
        description: 'Reconciles imprest medication cupboards',
        instructions: 'Reconcile the cupboards and report exceptions.',
        replies: [
          {
            call: 'imprest_reconcile',
            args: { facility: 'RACF-7341', week_ending: '2027-03-21' },
            result:
              '{"cupboards":4,"skus":212,"below_par":[{"wing":"Banksia","sku":"PARA500-100","on_hand_tabs":38,"par_tabs":200,"open_order":"PO-55812","eta":"2027-03-31"},{"wing":"Grevillea","sku":"COLOXYL-SENNA-90","on_hand":0,"par":60,"open_order":null}],"expired_removed":[{"wing":"Wattle","item":"glyceryl trinitrate spray 400 mcg","batch":"GTN-2408","expiry":"2027-02"},{"wing":"Jacaranda","item":"Ventolin inhaler 100 mcg","batch":"VT-2410","expiry":"2027-03"}]}',
          },
          {
            call: 'pharmacy_add_to_order',
            args: { account: 'BG-7341', sku: 'COLOXYL-SENNA-90', qty: 1 },
            result: '{"order":"PO-55840","status":"OPEN","lines":1}',
          },
          {
            say: 'Imprest w/e 21/03/2027: 4 cupboards, 212 SKUs.\n- Below par: Banksia paracetamol 500 mg 38 tabs (par 200) — PO-55812 ETA 31/03; Grevillea Coloxyl with senna 0 (par 60) — added to PO-55840.\n- Expired and removed: Wattle GTN spray 400 mcg batch GTN-2408 (exp 02/2027); Jacaranda Ventolin 100 mcg batch VT-2410 (exp 03/2027).',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch149Scenarios = [...faults, ...healthy];
