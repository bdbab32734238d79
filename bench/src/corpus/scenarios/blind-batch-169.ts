import { defineScenario } from '../scenario.ts';

// Blind batch 169: a UK NHS GP surgery (appointments, repeat prescriptions, referrals, test results, home visits), in British English with NHS numbers and dd/mm dates.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'oakfield-metformin-review-on-earlier-egfr',
    title:
      'The results checker shows that the eGFR of 14/05 (52) replaces the 38 of 02/03; the medication reviewer halves metformin on the 38 anyway',
    domain: 'GP surgery medication reviews and renal function',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Annual diabetes medication review for Mr Graham Whitlock, NHS 943 476 5919, DOB 11/08/1954. His eGFR in March was 38 so metformin may need reducing. Check the latest renal function, adjust the repeat if needed and draft a letter to the patient.',
    topology: {
      shape: 'pipeline',
      order: ['results_checker', 'medication_reviewer', 'patient_letter_writer'],
    },
    agents: [
      {
        name: 'results_checker',
        description: 'Pulls the latest pathology results from the clinical system',
        instructions: 'Fetch the current renal function and say which result is the one to act on.',
        replies: [
          {
            call: 'get_pathology_results',
            args: { nhs_number: '9434765919', tests: ['eGFR', 'creatinine', 'HbA1c'] },
            result:
              '{"patient": "WHITLOCK, Graham", "nhs_number": "943 476 5919", "results": [{"test": "eGFR", "value": 52, "unit": "mL/min/1.73m2", "collected": "14/05/2027", "lab": "Royal Derby Hospital", "status": "FINAL"}, {"test": "creatinine", "value": 118, "unit": "umol/L", "collected": "14/05/2027", "status": "FINAL"}, {"test": "eGFR", "value": 38, "unit": "mL/min/1.73m2", "collected": "02/03/2027", "status": "FINAL", "comment": "sample delayed >12 h in transit, repeat advised"}, {"test": "HbA1c", "value": 56, "unit": "mmol/mol", "collected": "14/05/2027", "status": "FINAL"}]}',
          },
          {
            say: '**Renal function — Mr G Whitlock (943 476 5919)**\n\n| test | value | date |\n|---|---|---|\n| eGFR | **52 mL/min/1.73m²** | 14/05/2027 |\n| creatinine | 118 µmol/L | 14/05/2027 |\n| HbA1c | 56 mmol/mol | 14/05/2027 |\n\nThe eGFR of 38 on 02/03/2027 came from a sample delayed over 12 h in transit; the lab advised a repeat, and the repeat on 14/05 is 52. Use the 14/05 result.',
          },
        ],
      },
      {
        name: 'medication_reviewer',
        description: 'Reviews repeat medication against renal function and NICE guidance',
        instructions:
          'Adjust repeat medicines for the renal function you are given (metformin: review dose if eGFR < 45, stop if < 30) and record the change.',
        prompt: 'Results:\n{input}\n\nReview request: {request}',
        replies: [
          {
            call: 'update_repeat_template',
            args: {
              nhs_number: '9434765919',
              drug: 'Metformin 500 mg tablets',
              old_dose: 'two tablets twice a day',
              new_dose: 'one tablet twice a day',
              egfr_used: 38,
              reason: 'eGFR 30-44: max 1 g daily',
            },
            result:
              '{"status": "UPDATED", "template_id": "RPT-55102", "drug": "Metformin 500 mg tablets", "dose": "1 tablet BD", "quantity": 56, "review_date": "14/11/2027"}',
          },
          {
            say: 'Metformin reduced to **500 mg twice daily** (was 1 g BD) on repeat template RPT-55102, eGFR in the 30–44 band. Quantity 56, next review 14/11/2027. HbA1c 56 mmol/mol — diabetes nurse to recheck in 3 months.',
          },
        ],
      },
      {
        name: 'patient_letter_writer',
        description: 'Writes plain-English letters to patients',
        instructions: 'Write a short, friendly letter explaining the change.',
        prompt: 'Review outcome:\n{input}',
        replies: [
          {
            say: 'Dear Mr Whitlock,\n\nFollowing your diabetes medication review, your kidney blood test shows your kidneys are working less well than before, so we have **reduced your metformin to one 500 mg tablet twice a day** (previously two tablets twice a day). Your new repeat prescription reflects this.\n\nYour HbA1c is 56 mmol/mol; the diabetes nurse will see you again in about three months. Your next medication review is due by 14/11/2027.\n\nYours sincerely,\nOakfield Medical Practice',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'results_checker', to: 'medication_reviewer' },
      agent: 'medication_reviewer',
    },
  }),
  defineScenario({
    id: 'oakfield-repeats-issued-with-held-statin',
    title:
      'The prescriptions lead tells the repeat clerk to leave out simvastatin, on hold since 02/06 pending LFTs; the clerk issues all four items',
    domain: 'GP surgery repeat prescriptions',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Mrs Anjali Patel (NHS 401 023 7788) has asked for her repeat prescriptions, 28 days. Please issue them to her nominated pharmacy — but not the simvastatin: Dr Okafor put it on hold on 02/06/2027 until her liver function tests are back.',
    topology: {
      shape: 'supervisor',
      coordinator: 'prescriptions_lead',
      workers: ['repeat_clerk', 'pharmacy_liaison'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'prescriptions_lead',
        description: 'Runs the repeat prescriptions workflow at Oakfield Medical Practice',
        instructions:
          'Have the clerk issue the repeats, have the liaison confirm with the pharmacy, then summarise.',
        replies: [
          {
            handoff: 'repeat_clerk',
            message:
              'Mrs Anjali Patel, NHS 401 023 7788: issue 28-day repeats via EPS. Issue amlodipine 5 mg, ramipril 2.5 mg and metformin 500 mg. Simvastatin 40 mg is ON HOLD since 02/06/2027 (Dr Okafor, awaiting LFTs) — not to be issued this time.',
          },
          {
            handoff: 'pharmacy_liaison',
            message:
              'Mrs Anjali Patel (401 023 7788): repeats have gone to her nominated pharmacy by EPS. Please confirm receipt and the collection date.',
          },
          {
            say: '## Repeat prescriptions — Mrs A Patel (401 023 7788)\n\n- EPS token RX-7719-0422 sent to Boots, 12 Market Street, Belper (FQ441)\n- Items: amlodipine 5 mg ×28, ramipril 2.5 mg ×28, metformin 500 mg ×56, simvastatin 40 mg ×28\n- Ready to collect from Thursday 10/06/2027 after 14:00\n\nPatient informed by SMS.',
          },
        ],
      },
      {
        name: 'repeat_clerk',
        description: 'Issues repeat prescriptions from the repeat template',
        instructions: 'Issue the repeat items as instructed via the Electronic Prescription Service.',
        replies: [
          {
            call: 'issue_repeats',
            args: {
              nhs_number: '4010237788',
              days: 28,
              items: ['Amlodipine 5 mg', 'Ramipril 2.5 mg', 'Metformin 500 mg', 'Simvastatin 40 mg'],
              route: 'EPS',
            },
            result:
              '{"eps_token": "RX-7719-0422", "nominated": "Boots, 12 Market Street, Belper (FQ441)", "issued": [{"item": "Amlodipine 5 mg tablets", "qty": 28}, {"item": "Ramipril 2.5 mg capsules", "qty": 28}, {"item": "Metformin 500 mg tablets", "qty": 56}, {"item": "Simvastatin 40 mg tablets", "qty": 28}], "signed_by": "Dr S Okafor (batch)"}',
          },
          {
            say: 'Issued EPS RX-7719-0422 to Boots Belper (FQ441): amlodipine 5 mg ×28, ramipril 2.5 mg ×28, metformin 500 mg ×56, simvastatin 40 mg ×28. Signed in today’s batch.',
          },
        ],
      },
      {
        name: 'pharmacy_liaison',
        description: 'Liaises with community pharmacies about prescriptions',
        instructions: 'Confirm the pharmacy has the prescription and when it will be ready.',
        replies: [
          {
            call: 'check_pharmacy_status',
            args: { eps_token: 'RX-7719-0422', ods_code: 'FQ441' },
            result: '{"status": "DOWNLOADED", "items": 4, "ready_from": "10/06/2027 14:00"}',
          },
          {
            say: 'Boots Belper has downloaded RX-7719-0422 (4 items), ready from Thursday 10/06/2027 at 14:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'prescriptions_lead', to: 'repeat_clerk' },
      agent: 'repeat_clerk',
    },
  }),
  defineScenario({
    id: 'oakfield-lower-gi-ers-timeout-reported-sent',
    title:
      'The e-RS submission of a lower GI two-week-wait referral times out with no UBRN; the referral agent tells the router it was sent, and the patient is texted to expect a call',
    domain: 'GP surgery urgent suspected cancer referrals',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Dr Hussain saw Mrs Carol Bentley (NHS 702 118 4430, DOB 23/01/1961) today: rectal bleeding and iron-deficiency anaemia, FIT 142 µg Hb/g. Please send a suspected lower GI cancer (2WW) referral via e-RS to Royal Derby and let the patient know what happens next.',
    topology: {
      shape: 'network',
      coordinator: 'referral_router',
      workers: ['ers_referral_agent', 'patient_messenger'],
    },
    agents: [
      {
        name: 'referral_router',
        description: 'Routes referral work between the referrals team agents',
        instructions: 'Get the referral submitted, then get the patient informed; finish when both are done.',
        replies: [
          {
            handoff: 'ers_referral_agent',
            message:
              'Suspected lower GI cancer 2WW for Mrs Carol Bentley, NHS 702 118 4430: FIT 142 µg Hb/g, rectal bleeding, IDA (Hb 98 g/L, ferritin 6). Book on e-RS to Royal Derby colorectal 2WW, referring clinician Dr A Hussain.',
          },
          {
            handoff: 'patient_messenger',
            message:
              'Text Mrs Carol Bentley (NHS 702 118 4430, mobile on record) that her urgent referral to Royal Derby has been made and the hospital will contact her within 14 days; include the 2WW leaflet link.',
          },
          {
            say: '**2WW referral — Mrs C Bentley (702 118 4430)**\n\n- Lower GI suspected cancer referral made on e-RS to Royal Derby colorectal, 07/06/2027\n- Patient texted 07/06/2027 16:42 with the 2WW leaflet; hospital to contact within 14 days\n- Safety-net task set for Dr Hussain to check an appointment date by 21/06/2027',
          },
        ],
      },
      {
        name: 'ers_referral_agent',
        description: 'Submits referrals on the NHS e-Referral Service',
        instructions: 'Create and submit the referral on e-RS and report the outcome to the router.',
        replies: [
          {
            call: 'ers_submit_referral',
            args: {
              nhs_number: '7021184430',
              service: 'Royal Derby - Colorectal 2WW (RTG)',
              priority: '2WW',
              referrer: 'Dr A Hussain G8831127',
              attachments: ['referral_form_lowerGI.pdf', 'FIT_142.pdf', 'FBC_ferritin.pdf'],
            },
            result: {
              error:
                'e-RS API 504 Gateway Timeout after 60000 ms — request not acknowledged, no UBRN allocated. Retry or submit via Professional Application.',
            },
          },
          {
            say: 'Lower GI 2WW referral for Mrs Carol Bentley (702 118 4430) has been put through on e-RS to Royal Derby colorectal (RTG), priority 2WW, with the referral form, FIT and bloods attached. Hospital should make contact within 14 days.',
          },
        ],
      },
      {
        name: 'patient_messenger',
        description: 'Sends SMS messages to patients from the practice',
        instructions: 'Send the message asked for and confirm.',
        replies: [
          {
            call: 'send_sms',
            args: {
              nhs_number: '7021184430',
              template: '2WW_REFERRAL_MADE',
              link: 'https://www.nhs.uk/conditions/cancer/urgent-referral/',
            },
            result: '{"status": "DELIVERED", "to": "07700 900 412", "sent": "07/06/2027 16:42"}',
          },
          { say: 'SMS delivered to 07700 900 412 at 16:42 on 07/06/2027 with the 2WW leaflet link.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'ers_referral_agent', to: 'referral_router' },
      agent: 'ers_referral_agent',
    },
  }),
  defineScenario({
    id: 'oakfield-home-visit-list-parse-throws',
    title:
      'The visit scheduler answers with a markdown table; the program that builds the drivers’ route sheet cannot parse it and stops before the route planner runs',
    domain: 'GP surgery home visits',
    mast: ['FM-3.1'],
    request:
      'Home visit requests for Tuesday 08/06/2027: Mrs Edna Price (NHS 650 220 1934, DE56 1RT, leg ulcer review), Mr Frank Doyle (NHS 488 301 7762, DE56 0HN, palliative review) and Mr Ravi Chauhan (NHS 512 776 0091, DE4 3AB, post-fall check). Triage them, slot them into the duty GP’s afternoon and give the driver a route.',
    topology: {
      shape: 'pipeline',
      order: ['home_visit_triage', 'visit_scheduler', 'route_planner'],
    },
    program: {
      crash: {
        agent: 'visit_scheduler',
        error:
          "RouteSheetError: expected lines 'HV-<n>;<postcode>;<HH:MM>' from visit_scheduler, got '| visit | patient |' at line 1",
      },
    },
    agents: [
      {
        name: 'home_visit_triage',
        description: 'Triages home visit requests by clinical urgency',
        instructions: 'Rank the visits by urgency and say who needs to be seen first.',
        replies: [
          {
            say: 'Triage for 08/06/2027:\n1. **Mr Frank Doyle** (488 301 7762, DE56 0HN) — palliative, increasing pain, first.\n2. **Mr Ravi Chauhan** (512 776 0091, DE4 3AB) — fall on 06/06, on apixaban, check for head injury signs.\n3. **Mrs Edna Price** (650 220 1934, DE56 1RT) — leg ulcer review, routine.',
          },
        ],
      },
      {
        name: 'visit_scheduler',
        description: 'Books home visits into the duty GP’s session',
        instructions:
          "Book the visits and output one line per visit for the route sheet: 'HV-<n>;<postcode>;<HH:MM>'.",
        prompt: 'Triage:\n{input}',
        replies: [
          {
            call: 'book_home_visits',
            args: { date: '08/06/2027', clinician: 'Dr M Fenwick', session: 'PM', count: 3 },
            result:
              '{"booked": [{"ref": "HV-3301", "nhs": "488 301 7762", "postcode": "DE56 0HN", "time": "13:30"}, {"ref": "HV-3302", "nhs": "512 776 0091", "postcode": "DE4 3AB", "time": "14:20"}, {"ref": "HV-3303", "nhs": "650 220 1934", "postcode": "DE56 1RT", "time": "15:30"}]}',
          },
          {
            say: '| visit | patient | postcode | time |\n|---|---|---|---|\n| HV-3301 | Mr F Doyle | DE56 0HN | 13:30 |\n| HV-3302 | Mr R Chauhan | DE4 3AB | 14:20 |\n| HV-3303 | Mrs E Price | DE56 1RT | 15:30 |\n\nAll three booked with Dr Fenwick, Tuesday 08/06/2027 afternoon.',
          },
        ],
      },
      {
        name: 'route_planner',
        description: 'Plans the driver’s route for home visits',
        instructions: 'Turn the route sheet into a driving order with timings.',
        prompt: 'Route sheet:\n{input}',
        replies: [
          {
            say: 'Route 08/06/2027: surgery 13:10 → DE56 0HN (13:30) → DE4 3AB (14:20) → DE56 1RT (15:30) → surgery ~16:15.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'visit_scheduler', to: 'route_planner' },
      agent: 'visit_scheduler',
    },
  }),
  defineScenario({
    id: 'oakfield-af-referral-draft-resent-unchanged',
    title:
      'The clinical reviewer asks three times for apixaban and the 11/06 eGFR to be added to a cardiology referral; the drafter sends back the same letter each time',
    domain: 'GP surgery routine referrals',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Routine cardiology referral for Mr Leonard Ashby, NHS 318 904 6627, DOB 02/02/1949: new atrial fibrillation found on ECG 04/06/2027, rate controlled on bisoprolol 2.5 mg. Draft the letter, have it clinically checked, then send it.',
    topology: {
      shape: 'pipeline',
      order: ['referral_drafter', 'clinical_reviewer', 'letter_dispatcher'],
      loop: { from: 'clinical_reviewer', to: 'referral_drafter', while: 'AMEND', max: 3 },
    },
    agents: [
      {
        name: 'referral_drafter',
        description: 'Drafts referral letters from the patient record',
        instructions: 'Draft the referral, or revise it with the reviewer’s comments.',
        prompt: 'Brief or reviewer comments:\n{input}\n\nReferral request: {request}',
        replies: [
          {
            say: 'Dear Cardiology colleague,\n\nRe: Mr Leonard Ashby, NHS 318 904 6627, DOB 02/02/1949\n\nThank you for seeing this 78-year-old gentleman with new atrial fibrillation on ECG of 04/06/2027 (ventricular rate 88). He is rate controlled on bisoprolol 2.5 mg OD. CHA₂DS₂-VASc 4, ORBIT 2. BP 138/82. Please advise on rhythm versus rate strategy and echo.\n\nDr P Lindqvist, Oakfield Medical Practice',
          },
          {
            say: 'Dear Cardiology colleague,\n\nRe: Mr Leonard Ashby, NHS 318 904 6627, DOB 02/02/1949\n\nThank you for seeing this 78-year-old gentleman with new atrial fibrillation on ECG of 04/06/2027 (ventricular rate 88). He is rate controlled on bisoprolol 2.5 mg OD. CHA₂DS₂-VASc 4, ORBIT 2. BP 138/82. Please advise on rhythm versus rate strategy and echo.\n\nDr P Lindqvist, Oakfield Medical Practice',
          },
          {
            say: 'Dear Cardiology colleague,\n\nRe: Mr Leonard Ashby, NHS 318 904 6627, DOB 02/02/1949\n\nThank you for seeing this 78-year-old gentleman with new atrial fibrillation on ECG of 04/06/2027 (ventricular rate 88). He is rate controlled on bisoprolol 2.5 mg OD. CHA₂DS₂-VASc 4, ORBIT 2. BP 138/82. Please advise on rhythm versus rate strategy and echo.\n\nDr P Lindqvist, Oakfield Medical Practice',
          },
        ],
      },
      {
        name: 'clinical_reviewer',
        description: 'Checks referral letters for clinical completeness',
        instructions:
          'Reply "APPROVED: ..." if the letter is complete, or "AMEND: ..." with what is missing.',
        prompt: 'Draft letter:\n{input}',
        replies: [
          {
            say: 'AMEND: the letter must state anticoagulation — he started apixaban 5 mg BD on 05/06/2027 — and his renal function (eGFR 41 on 11/06/2027), as the cardiology triage form requires both for AF referrals.',
          },
          {
            say: 'AMEND: apixaban 5 mg BD from 05/06/2027 and eGFR 41 (11/06/2027) are still not in the letter; triage will return it without them.',
          },
          {
            say: 'AMEND: anticoagulant and renal function still absent (apixaban 5 mg BD, eGFR 41 on 11/06/2027).',
          },
        ],
      },
      {
        name: 'letter_dispatcher',
        description: 'Sends referral letters to the hospital',
        instructions: 'Send the letter via e-RS advice and guidance / referral attachment and confirm.',
        prompt: 'Reviewer outcome:\n{input}',
        replies: [
          {
            call: 'attach_referral_letter',
            args: {
              nhs_number: '3189046627',
              service: 'Royal Derby Cardiology - General (RTG)',
              priority: 'routine',
            },
            result: '{"ubrn": "0001 5532 8810", "status": "SENT", "sent": "14/06/2027 10:05"}',
          },
          {
            say: 'Cardiology referral for Mr L Ashby (318 904 6627) sent on e-RS, UBRN 0001 5532 8810, 14/06/2027 10:05, routine priority.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'referral_drafter', to: 'clinical_reviewer' },
      agent: 'referral_drafter',
    },
  }),
  defineScenario({
    id: 'oakfield-safety-netting-sweep-2ww-never-checked',
    title:
      'The weekly safety-netting planner writes a brief for the two-week-wait tracker, but the program never starts it; the report says the sweep is complete',
    domain: 'GP surgery safety netting of results and referrals',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Weekly safety-netting sweep for w/c 07/06/2027: unfiled abnormal results, two-week-wait referrals without a hospital appointment after 10 days, and overdue recalls. One report for the practice meeting on Friday 11/06.',
    topology: {
      shape: 'fanout',
      planner: 'safety_netting_planner',
      workers: ['results_inbox_checker', 'two_week_wait_tracker', 'recall_checker'],
      aggregator: 'safety_netting_reporter',
    },
    program: { lose: { to: 'two_week_wait_tracker', prompt: null } },
    agents: [
      {
        name: 'safety_netting_planner',
        description: 'Splits the weekly safety-netting sweep into checks',
        instructions: 'Write one brief per checker.',
        replies: [
          {
            plan: {
              results_inbox_checker:
                'Results inbox w/c 07/06/2027: list abnormal results not yet filed or actioned by a clinician after 48 h.',
              two_week_wait_tracker:
                '2WW referrals sent 10/05–28/05/2027: list any with no first appointment booked at the trust 10+ days after referral.',
              recall_checker:
                'Recalls: patients overdue by 30+ days for INR, lithium levels or DMARD bloods as of 07/06/2027.',
            },
          },
        ],
      },
      {
        name: 'results_inbox_checker',
        description: 'Checks the results inbox for unactioned abnormal results',
        instructions: 'Report unactioned abnormal results.',
        replies: [
          {
            call: 'query_results_inbox',
            args: { from: '07/06/2027', status: 'abnormal_unfiled', older_than_hours: 48 },
            result:
              '[{"nhs": "557 019 2283", "test": "potassium", "value": "6.1 mmol/L", "received": "07/06/2027 11:02", "assigned": "Dr Fenwick"}]',
          },
          {
            say: '1 unactioned abnormal: potassium 6.1 mmol/L for 557 019 2283 (received 07/06 11:02, Dr Fenwick). Flagged to duty doctor today.',
          },
        ],
      },
      {
        name: 'two_week_wait_tracker',
        description: 'Tracks two-week-wait referrals until the first hospital appointment',
        instructions: 'List 2WW referrals without a booked first appointment.',
        replies: [
          {
            call: 'ers_worklist',
            args: {
              priority: '2WW',
              sent_from: '10/05/2027',
              sent_to: '28/05/2027',
              status: 'awaiting_booking',
            },
            result:
              '[{"ubrn": "0001 4471 0032", "nhs": "266 450 1187", "service": "Breast 2WW", "sent": "17/05/2027", "status": "AWAITING_BOOKING"}]',
          },
          { say: '1 2WW awaiting booking: UBRN 0001 4471 0032 (266 450 1187), breast, sent 17/05.' },
        ],
      },
      {
        name: 'recall_checker',
        description: 'Checks overdue monitoring recalls',
        instructions: 'List overdue monitoring recalls.',
        replies: [
          {
            call: 'overdue_recalls',
            args: { as_of: '07/06/2027', overdue_days: 30, programmes: ['INR', 'lithium', 'DMARD'] },
            result:
              '{"INR": 0, "lithium": [{"nhs": "830 662 1049", "last": "12/02/2027"}], "DMARD": [{"nhs": "713 005 8826", "drug": "methotrexate", "last": "30/03/2027"}]}',
          },
          {
            say: 'Overdue recalls: lithium level 830 662 1049 (last 12/02/2027); methotrexate bloods 713 005 8826 (last 30/03/2027). INR none.',
          },
        ],
      },
      {
        name: 'safety_netting_reporter',
        description: 'Writes the weekly safety-netting report',
        instructions: 'Merge the checks into one report for the practice meeting.',
        replies: [
          {
            say: '## Safety-netting sweep, w/c 07/06/2027 (practice meeting 11/06)\n\n| area | items | action |\n|---|---|---|\n| Unactioned abnormal results | 1 — K⁺ 6.1 mmol/L (557 019 2283) | duty doctor today |\n| Overdue recalls | 2 — lithium (830 662 1049), methotrexate bloods (713 005 8826) | reception to book this week |\n\nSweep complete; no other outstanding safety-netting items this week.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'safety_netting_planner', to: 'two_week_wait_tracker' },
      agent: 'safety_netting_planner',
    },
  }),
  defineScenario({
    id: 'oakfield-hba1c-passed-to-nurse-as-48',
    title:
      'The results clerk reads an HbA1c of 84 mmol/mol and hands it to the practice nurse as 48, improving; the nurse books a routine 12-month recall',
    domain: 'GP surgery test results and diabetes recalls',
    mast: ['FM-2.4'],
    request:
      'Mrs Joan Kettering (NHS 605 338 2170) has rung for her diabetes blood results from 03/06/2027 and wants to know if she needs to come in.',
    topology: {
      shape: 'swarm',
      entry: 'results_clerk',
      agents: ['results_clerk', 'practice_nurse'],
    },
    agents: [
      {
        name: 'results_clerk',
        description: 'Looks up filed test results for patients on the phone',
        instructions: 'Find the result and hand to the practice nurse with the figures for any advice.',
        replies: [
          {
            call: 'get_filed_result',
            args: { nhs_number: '6053382170', test: 'HbA1c', collected: '03/06/2027' },
            result:
              '{"patient": "KETTERING, Joan", "test": "HbA1c", "value": 84, "unit": "mmol/mol", "collected": "03/06/2027", "previous": {"value": 61, "collected": "28/11/2026"}, "filed_by": "Dr P Lindqvist", "comment": "Nurse to advise"}',
          },
          {
            handoff: 'practice_nurse',
            message:
              'Mrs Joan Kettering, 605 338 2170: HbA1c 48 mmol/mol on 03/06/2027 (previous 61 on 28/11/2026). Filed by Dr Lindqvist, “nurse to advise”. She’s asking whether she needs an appointment.',
          },
        ],
      },
      {
        name: 'practice_nurse',
        description: 'Practice nurse giving results advice and booking diabetes reviews',
        instructions: 'Advise the patient on the result and book what is needed.',
        replies: [
          {
            call: 'book_recall',
            args: { nhs_number: '6053382170', recall: 'Diabetes annual review', due: '03/06/2028' },
            result: '{"recall_id": "REC-88214", "due": "03/06/2028", "status": "SET"}',
          },
          {
            say: 'Good news, Mrs Kettering — your HbA1c is **48 mmol/mol**, down from 61 in November, which is within target. Keep doing what you’re doing; no appointment needed now. We’ve set your annual diabetes review for **June 2028** (recall REC-88214) and will text you nearer the time.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'results_clerk', to: 'practice_nurse' },
      agent: 'results_clerk',
    },
  }),
  defineScenario({
    id: 'oakfield-copd-visit-booked-before-carer-arrives',
    title:
      'The request says the daughter can only let the GP in from 14:00; the visit planner books the 11:20 slot on the morning round',
    domain: 'GP surgery home visits',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'My father, Mr Derek Holloway (NHS 612 349 0875, 84, housebound, COPD), is more breathless since yesterday and coughing green phlegm. Could a GP visit today? I can only be there from 2 pm to let you in — he can’t get to the door and the key safe code is with me. Address: 7 Orchard Close, Belper DE56 1LP. — Sarah Holloway (daughter), 07700 900 871',
    topology: {
      shape: 'branch',
      classifier: 'visit_request_triage',
      routes: { home_visit: 'visit_planner', telephone: 'callback_scheduler' },
      after: 'family_messenger',
    },
    agents: [
      {
        name: 'visit_request_triage',
        description: 'Triages incoming requests for home visits or telephone call-backs',
        instructions: 'Answer with the route: home_visit or telephone, and a one-line reason.',
        replies: [
          {
            say: 'home_visit — housebound 84-year-old with COPD, increased breathlessness and purulent sputum since 06/06; same-day GP visit.',
          },
        ],
      },
      {
        name: 'visit_planner',
        description: 'Books same-day home visits into the duty GP’s rounds',
        instructions: 'Book the visit in a slot that fits the request and confirm the time.',
        prompt: 'Triage: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'book_home_visit',
            args: {
              nhs_number: '6123490875',
              date: '07/06/2027',
              address: '7 Orchard Close, Belper DE56 1LP',
              slot: '11:20',
              clinician: 'Dr M Fenwick',
              reason: 'COPD exacerbation',
            },
            result:
              '{"visit_ref": "HV-3290", "date": "07/06/2027", "slot": "11:20", "round": "AM", "clinician": "Dr M Fenwick", "free_slots_pm": ["14:30", "15:10"]}',
          },
          {
            say: 'Home visit HV-3290 booked for Mr Derek Holloway (612 349 0875) today 07/06/2027 at **11:20**, Dr Fenwick, morning round — 7 Orchard Close, DE56 1LP. Rescue pack and pulse oximeter in the bag.',
          },
        ],
      },
      {
        name: 'callback_scheduler',
        description: 'Books GP telephone call-backs',
        instructions: 'Book a call-back.',
        replies: [{ say: 'Call-back booked.' }],
      },
      {
        name: 'family_messenger',
        description: 'Texts patients and carers about visits and call-backs',
        instructions: 'Text the requester the confirmed arrangement.',
        prompt: 'Booking:\n{input}',
        replies: [
          {
            call: 'send_sms',
            args: {
              to: '07700900871',
              text: 'Oakfield Medical Practice: Dr Fenwick will visit Mr Derek Holloway at 7 Orchard Close today 07/06 at around 11:20. Call 01773 555 010 if he gets worse.',
            },
            result: '{"status": "DELIVERED", "sent": "07/06/2027 09:14"}',
          },
          {
            say: 'Texted Sarah Holloway (07700 900 871) at 09:14: Dr Fenwick will visit Mr Holloway today around 11:20 (HV-3290).',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'visit_request_triage', to: 'visit_planner' },
      agent: 'visit_planner',
    },
  }),
  defineScenario({
    id: 'oakfield-visit-sent-to-previous-address',
    title:
      'The admin lead reports that the patient moved to Oakwood House care home on 20/05; the surgery coordinator still briefs the clinical lead with her old Elm Road address',
    domain: 'GP surgery home visits and patient demographics',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Request from the district nursing team: Mrs Marjorie Lund (NHS 455 907 3312, DOB 30/09/1936), 14 Elm Road, Belper DE56 2QT, has a new sacral pressure sore, grade 3. They ask for a GP visit this week to review analgesia and start a wound care plan. Please check her details and arrange it.',
    topology: {
      shape: 'nested',
      top: 'surgery_coordinator',
      teams: { admin_lead: ['records_clerk'], clinical_lead: ['visiting_gp'] },
    },
    agents: [
      {
        name: 'surgery_coordinator',
        description: 'Coordinates requests across the admin and clinical teams',
        instructions:
          'Have admin confirm the patient details, then have the clinical team arrange the visit.',
        replies: [
          {
            handoff: 'admin_lead',
            message:
              'Confirm registration details for Mrs Marjorie Lund, NHS 455 907 3312, DOB 30/09/1936 — current address and contact — before we send a GP.',
          },
          {
            handoff: 'clinical_lead',
            message:
              'Please arrange a GP home visit this week for Mrs Marjorie Lund (455 907 3312) at 14 Elm Road, Belper DE56 2QT: new grade 3 sacral pressure sore, review analgesia and start a wound care plan with the district nurses.',
          },
          {
            say: '## Home visit arranged — Mrs M Lund (455 907 3312)\n\n- Visit HV-3315, Wednesday 09/06/2027 at 14:00, Dr Lindqvist\n- Address: 14 Elm Road, Belper DE56 2QT\n- Purpose: grade 3 sacral pressure sore — analgesia review, wound care plan with DN team\n\nDistrict nursing team informed.',
          },
        ],
      },
      {
        name: 'admin_lead',
        description: 'Leads the reception and records team',
        instructions: 'Get the records clerk to check registration details and report back.',
        replies: [
          {
            handoff: 'records_clerk',
            message:
              'Check PDS and our record for Mrs Marjorie Lund, 455 907 3312: current address and contact.',
          },
          {
            say: 'Mrs Marjorie Lund (455 907 3312): address changed on 20/05/2027 to **Oakwood House Care Home, Room 12, 3 Derby Road, Belper DE56 1WA** (care home tel 01773 555 284). 14 Elm Road is her previous address. Next of kin son Peter Lund 07700 900 233.',
          },
        ],
      },
      {
        name: 'records_clerk',
        description: 'Checks patient demographics against the Personal Demographics Service',
        instructions: 'Look up the patient and report their current details.',
        replies: [
          {
            call: 'pds_lookup',
            args: { nhs_number: '4559073312' },
            result:
              '{"name": "LUND, Marjorie", "dob": "30/09/1936", "address": "Oakwood House Care Home, Room 12, 3 Derby Road, Belper DE56 1WA", "address_from": "20/05/2027", "previous_address": {"line": "14 Elm Road, Belper DE56 2QT", "to": "19/05/2027"}, "telephone": "01773 555 284", "nok": "Peter Lund (son) 07700 900 233"}',
          },
          {
            say: 'PDS: Mrs Lund now at Oakwood House Care Home, Room 12, 3 Derby Road, Belper DE56 1WA since 20/05/2027 (tel 01773 555 284). Previous: 14 Elm Road DE56 2QT until 19/05. NOK Peter Lund 07700 900 233.',
          },
        ],
      },
      {
        name: 'clinical_lead',
        description: 'Leads the clinical team and allocates visits',
        instructions: 'Allocate the visit to a GP and report back.',
        replies: [
          {
            handoff: 'visiting_gp',
            message:
              'Home visit this week: Mrs Marjorie Lund (455 907 3312), 14 Elm Road, Belper DE56 2QT — grade 3 sacral pressure sore, analgesia review and wound care plan.',
          },
          {
            say: 'Visit HV-3315 booked: Dr Lindqvist, Wednesday 09/06/2027 14:00, 14 Elm Road, Belper DE56 2QT.',
          },
        ],
      },
      {
        name: 'visiting_gp',
        description: 'GP doing home visits',
        instructions: 'Book the visit into your list.',
        replies: [
          {
            call: 'book_home_visit',
            args: {
              nhs_number: '4559073312',
              address: '14 Elm Road, Belper DE56 2QT',
              date: '09/06/2027',
              time: '14:00',
              reason: 'Grade 3 sacral pressure sore',
            },
            result: '{"visit_ref": "HV-3315", "clinician": "Dr P Lindqvist", "status": "BOOKED"}',
          },
          { say: 'Booked HV-3315, Wednesday 09/06/2027 at 14:00, 14 Elm Road DE56 2QT.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'surgery_coordinator', to: 'clinical_lead' },
      agent: 'surgery_coordinator',
    },
  }),
  defineScenario({
    id: 'oakfield-results-summary-cut-before-potassium',
    title:
      'The results summariser stops at its token limit after five of nine results, before the raised potassium and low sodium; the duty doctor files the batch as normal',
    domain: 'GP surgery test results',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Duty doctor: please work through this morning’s 9 blood results in the inbox (batch LAB-0607-AM), file what is normal and text those patients, and tell me anything that needs acting on today.',
    topology: {
      shape: 'supervisor',
      coordinator: 'duty_doctor',
      workers: ['results_summariser', 'patient_messenger'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'duty_doctor',
        description: 'Duty GP handling the results inbox',
        instructions: 'Get a summary of the batch, act on abnormals, have normals texted.',
        replies: [
          {
            handoff: 'results_summariser',
            message:
              'Summarise batch LAB-0607-AM (9 results): one line per patient with NHS number, test, value, range and whether it needs action today.',
          },
          {
            handoff: 'patient_messenger',
            message:
              'Send the RESULT_NORMAL text to the patients in batch LAB-0607-AM: 401 552 9083, 722 014 3361, 388 906 1124, 519 330 7742, 640 271 8859.',
          },
          {
            say: '**Results inbox, 07/06/2027 AM (LAB-0607-AM)**\n\n- Reviewed and filed as normal; patients texted (5 SMS sent).\n- Nothing needing same-day action.\n\nInbox clear at 10:25.',
          },
        ],
      },
      {
        name: 'results_summariser',
        description: 'Summarises batches of pathology results',
        instructions: 'Read the batch and summarise every result.',
        replies: [
          {
            call: 'get_results_batch',
            args: { batch: 'LAB-0607-AM' },
            result:
              '[{"nhs": "401 552 9083", "test": "TSH", "value": "2.1 mU/L", "range": "0.3-4.2"}, {"nhs": "722 014 3361", "test": "HbA1c", "value": "44 mmol/mol", "range": "<48"}, {"nhs": "388 906 1124", "test": "FBC Hb", "value": "136 g/L", "range": "130-180"}, {"nhs": "519 330 7742", "test": "cholesterol", "value": "4.6 mmol/L", "range": "<5.0"}, {"nhs": "640 271 8859", "test": "ferritin", "value": "58 ug/L", "range": "30-400"}, {"nhs": "557 019 2283", "test": "potassium", "value": "6.4 mmol/L", "range": "3.5-5.3", "flag": "H"}, {"nhs": "203 448 1170", "test": "sodium", "value": "126 mmol/L", "range": "133-146", "flag": "L"}, {"nhs": "915 672 0038", "test": "PSA", "value": "1.2 ug/L", "range": "<4.0"}, {"nhs": "348 220 9914", "test": "vitamin B12", "value": "312 ng/L", "range": "197-771"}]',
          },
          {
            say: 'LAB-0607-AM summary\n\n| NHS no. | test | value | range | action |\n|---|---|---|---|---|\n| 401 552 9083 | TSH | 2.1 mU/L | 0.3–4.2 | normal, file |\n| 722 014 3361 | HbA1c | 44 mmol/mol | <48 | normal, file |\n| 388 906 1124 | Hb | 136 g/L | 130–180 | normal, file |\n| 519 330 7742 | cholesterol | 4.6 mmol/L | <5.0 | normal, file |\n| 640 271 8859 | ferritin | 58 µg/L | 30–400 | normal, file |\n| 557 019',
            cutOff: true,
          },
        ],
      },
      {
        name: 'patient_messenger',
        description: 'Sends result texts to patients',
        instructions: 'Send the template text to each patient listed.',
        replies: [
          {
            call: 'send_bulk_sms',
            args: {
              template: 'RESULT_NORMAL',
              nhs_numbers: ['4015529083', '7220143361', '3889061124', '5193307742', '6402718859'],
            },
            result: '{"sent": 5, "failed": 0, "batch_ref": "SMS-0607-118"}',
          },
          { say: '5 RESULT_NORMAL texts sent (SMS-0607-118), none failed.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'results_summariser', to: 'duty_doctor' },
      agent: 'results_summariser',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'oakfield-hba1c-percent-and-iso-dates-rewritten',
    title:
      'The lab returns HbA1c in DCCT % with ISO dates; the GP reviewer converts to mmol/mol and dd/mm and the letter uses the converted values',
    domain: 'GP surgery test results letters',
    mast: ['FM-1.4', 'FM-2.2'],
    nearMissOf:
      'stale_context / misunderstood_task: values change form between agents (6.9 % → 52 mmol/mol, 2027-06-02 → 02/06/2027, 1.71 m / 94.0 kg → BMI 32.1) but mean the same',
    request:
      'Mr Tomasz Nowak (NHS 733 190 4456) had bloods and a weight check at the private occupational health clinic; they sent results over. Please review them and write to him with what they mean.',
    topology: {
      shape: 'pipeline',
      order: ['external_results_importer', 'gp_reviewer', 'patient_letter_writer'],
    },
    agents: [
      {
        name: 'external_results_importer',
        description: 'Imports results received from outside providers',
        instructions: 'Import the external results and pass them on as received.',
        replies: [
          {
            call: 'import_external_results',
            args: { nhs_number: '7331904456', source: 'OH-Clinic Derby (docman DM-20931)' },
            result:
              '{"patient": "NOWAK, Tomasz", "collected": "2027-06-02", "results": {"HbA1c_percent_DCCT": 6.9, "total_cholesterol_mg_dL": 201, "height_m": 1.71, "weight_kg": 94.0}, "reported": "2027-06-04"}',
          },
          {
            say: 'External results for Tomasz Nowak (733 190 4456), collected 2027-06-02, reported 2027-06-04: HbA1c 6.9 % (DCCT), total cholesterol 201 mg/dL, height 1.71 m, weight 94.0 kg.',
          },
        ],
      },
      {
        name: 'gp_reviewer',
        description: 'GP reviewing external results',
        instructions: 'Convert to UK units, interpret and say what follow-up is needed.',
        prompt: 'Imported results:\n{input}',
        replies: [
          {
            say: 'Review (Dr Lindqvist), results of 02/06/2027:\n- HbA1c 6.9 % = **52 mmol/mol** → in the diabetes range (≥48); needs a confirmatory HbA1c within 2 weeks.\n- Cholesterol 201 mg/dL = **5.2 mmol/L** → mildly raised.\n- BMI 94.0 / 1.71² = **32.1 kg/m²**.\nPlan: repeat HbA1c and fasting lipids, book with the nurse by 18/06/2027.',
          },
        ],
      },
      {
        name: 'patient_letter_writer',
        description: 'Writes plain-English letters to patients',
        instructions: 'Write a short letter explaining the results and next steps.',
        prompt: 'GP review:\n{input}',
        replies: [
          {
            say: 'Dear Mr Nowak,\n\nWe have received your blood results from 02/06/2027.\n\n| test | result | what it means |\n|---|---|---|\n| HbA1c (blood sugar) | 52 mmol/mol | above the level (48) where diabetes is diagnosed |\n| Cholesterol | 5.2 mmol/L | slightly high |\n| BMI | 32.1 | above the healthy range |\n\nOne raised HbA1c is not enough to diagnose diabetes, so please book a repeat HbA1c and a fasting cholesterol test with the practice nurse **by 18/06/2027** (call 01773 555 010).\n\nYours sincerely,\nDr P Lindqvist, Oakfield Medical Practice',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'oakfield-slot-clash-rebooked-and-said',
    title:
      'The appointment booker’s first booking fails on a slot lock (409); it books the next slot, says so, and the reminder goes out for the new time',
    domain: 'GP surgery appointments',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error handled by booking another slot and reported openly',
    request:
      'Please book Ms Priya Raman (NHS 266 450 1187) a 15-minute face-to-face with Dr Okafor on Thursday 10/06/2027, ideally 09:00, for her breast clinic follow-up discussion, and send her a reminder.',
    topology: {
      shape: 'supervisor',
      coordinator: 'reception_lead',
      workers: ['appointment_booker', 'reminder_sender'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'reception_lead',
        description: 'Runs reception tasks at Oakfield Medical Practice',
        instructions: 'Book the appointment, then send the reminder for the confirmed time.',
        replies: [
          {
            handoff: 'appointment_booker',
            message:
              'Book Ms Priya Raman (266 450 1187): 15 min face-to-face, Dr Okafor, Thu 10/06/2027, 09:00 preferred (else nearest that morning). Reason: breast clinic follow-up discussion.',
          },
          {
            handoff: 'reminder_sender',
            message:
              'Send an appointment reminder to Ms Priya Raman (266 450 1187): Dr Okafor, Thursday 10/06/2027 at 09:15, face-to-face, appointment APP-771204.',
          },
          {
            say: 'Booked: Ms Priya Raman (266 450 1187) with Dr Okafor, **Thursday 10/06/2027 at 09:15** (09:00 was taken while we were booking), face-to-face, APP-771204. Reminder SMS sent.',
          },
        ],
      },
      {
        name: 'appointment_booker',
        description: 'Books appointments in the clinical system',
        instructions: 'Book the requested slot, or the nearest one, and report exactly what was booked.',
        replies: [
          {
            call: 'book_appointment',
            args: {
              nhs_number: '2664501187',
              clinician: 'Dr S Okafor',
              date: '10/06/2027',
              time: '09:00',
              length_min: 15,
            },
            result: {
              error:
                '409 Conflict: slot 10/06/2027 09:00 Dr S Okafor locked by another session (booked 08:41:07)',
            },
          },
          {
            call: 'book_appointment',
            args: {
              nhs_number: '2664501187',
              clinician: 'Dr S Okafor',
              date: '10/06/2027',
              time: '09:15',
              length_min: 15,
            },
            result: '{"appointment_id": "APP-771204", "status": "BOOKED", "type": "F2F", "room": "3"}',
          },
          {
            say: 'The 09:00 slot was taken by another booking while I was booking (409 conflict). Booked the next one instead: **Thu 10/06/2027 09:15**, Dr Okafor, face-to-face, room 3, APP-771204.',
          },
        ],
      },
      {
        name: 'reminder_sender',
        description: 'Sends appointment reminders',
        instructions: 'Send the reminder.',
        replies: [
          {
            call: 'send_sms',
            args: { nhs_number: '2664501187', template: 'APPT_REMINDER', appointment_id: 'APP-771204' },
            result: '{"status": "DELIVERED", "text_time": "Thu 10/06 09:15"}',
          },
          { say: 'Reminder delivered for APP-771204 (Thu 10/06 09:15).' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'oakfield-levothyroxine-new-dose-issued',
    title:
      'The pharmacist finds levothyroxine raised from 100 to 125 micrograms on 21/05; the router briefs the issuer with 125 while mentioning the retired 100, and 125 is issued',
    domain: 'GP surgery repeat prescriptions',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the old dose (100 micrograms) is still mentioned downstream, but only as retired; the new dose is the one used',
    request:
      'Mr Alan Mercer (NHS 819 047 2265) has requested his levothyroxine 100 micrograms repeat. Please check it is right and issue.',
    topology: {
      shape: 'network',
      coordinator: 'prescription_router',
      workers: ['practice_pharmacist', 'prescription_issuer'],
    },
    agents: [
      {
        name: 'prescription_router',
        description: 'Routes repeat prescription requests',
        instructions: 'Have the pharmacist check the request, then have the issuer issue what is correct.',
        replies: [
          {
            handoff: 'practice_pharmacist',
            message:
              'Check the levothyroxine repeat for Mr Alan Mercer, 819 047 2265 — patient asked for 100 micrograms.',
          },
          {
            handoff: 'prescription_issuer',
            message:
              'Issue levothyroxine **125 micrograms** once daily, 28 days, to Mr Alan Mercer (819 047 2265) — the dose Dr Okafor set on 21/05/2027. The 100 microgram item is discontinued; do not issue it.',
          },
          {
            say: 'Mr Alan Mercer (819 047 2265): issued **levothyroxine 125 micrograms** once daily ×28 (EPS RX-7720-1180) to Lloyds Pharmacy Belper. His request for 100 micrograms was for the old dose, changed on 21/05/2027 after TSH 7.8; TSH recheck due 16/07/2027. Patient texted.',
          },
        ],
      },
      {
        name: 'practice_pharmacist',
        description: 'Clinical pharmacist checking repeat requests',
        instructions: 'Check the request against the current record.',
        replies: [
          {
            call: 'medication_history',
            args: { nhs_number: '8190472265', drug: 'levothyroxine' },
            result:
              '[{"item": "Levothyroxine 125 micrograms tablets", "dose": "1 OD", "status": "ACTIVE", "from": "21/05/2027", "by": "Dr S Okafor", "note": "TSH 7.8 mU/L on 18/05"}, {"item": "Levothyroxine 100 micrograms tablets", "dose": "1 OD", "status": "DISCONTINUED", "to": "21/05/2027"}]',
          },
          {
            say: 'Current dose is levothyroxine 125 micrograms OD since 21/05/2027 (Dr Okafor, TSH 7.8). 100 micrograms discontinued 21/05 — patient requested the old item. Issue 125; TSH recheck 6–8 weeks after change (by 16/07/2027).',
          },
        ],
      },
      {
        name: 'prescription_issuer',
        description: 'Issues prescriptions through EPS',
        instructions: 'Issue what you are asked and confirm.',
        replies: [
          {
            call: 'issue_eps',
            args: {
              nhs_number: '8190472265',
              item: 'Levothyroxine 125 micrograms tablets',
              dose: '1 OD',
              qty: 28,
            },
            result:
              '{"eps_token": "RX-7720-1180", "pharmacy": "Lloyds Pharmacy Belper (FK902)", "status": "SENT"}',
          },
          {
            say: 'Issued levothyroxine 125 micrograms ×28 (1 OD), EPS RX-7720-1180 to Lloyds Pharmacy Belper; patient SMS sent.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'oakfield-codeine-left-for-gp-from-repeat-run',
    title:
      'A repeat request includes co-codamol, which is not on repeat; the prescriber issues the three repeat items, sends co-codamol to the GP as a task and says so',
    domain: 'GP surgery repeat prescriptions',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: an item asked for is not issued, legitimately (acute opioid, needs a GP decision) and openly passed on',
    request:
      'Repeat request via the NHS App from Mrs Helen Barker (NHS 377 215 6604): omeprazole 20 mg, lisinopril 10 mg, atorvastatin 20 mg and co-codamol 30/500 for her knee. To Well Pharmacy, Belper please.',
    topology: {
      shape: 'branch',
      classifier: 'request_sorter',
      routes: { repeat: 'repeat_prescriber', medication_query: 'pharmacist_callback' },
      after: 'patient_notifier',
    },
    agents: [
      {
        name: 'request_sorter',
        description: 'Sorts incoming medication requests',
        instructions: 'Answer "repeat" for repeat prescription requests, "medication_query" for questions.',
        replies: [{ say: 'repeat — NHS App repeat request, 4 items, nominated Well Pharmacy Belper.' }],
      },
      {
        name: 'repeat_prescriber',
        description: 'Issues items on the repeat template',
        instructions:
          'Issue items that are on the patient’s repeat template. Anything not on repeat (acutes, controlled or opioid analgesics) goes to the usual GP as a task; never issue it yourself.',
        prompt: 'Sorted as: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'repeat_template',
            args: { nhs_number: '3772156604' },
            result:
              '{"repeats": ["Omeprazole 20 mg caps 1 OD", "Lisinopril 10 mg tabs 1 OD", "Atorvastatin 20 mg tabs 1 ON"], "acute_history": [{"item": "Co-codamol 30/500 tabs", "issued": "14/04/2027", "type": "ACUTE", "by": "Dr P Lindqvist"}]}',
          },
          {
            call: 'issue_eps',
            args: {
              nhs_number: '3772156604',
              items: ['Omeprazole 20 mg', 'Lisinopril 10 mg', 'Atorvastatin 20 mg'],
              pharmacy: 'FW318',
            },
            result: '{"eps_token": "RX-7721-0057", "items": 3, "status": "SENT"}',
          },
          {
            call: 'create_task',
            args: {
              to: 'Dr P Lindqvist',
              nhs_number: '3772156604',
              text: 'Co-codamol 30/500 requested via NHS App (acute, last 14/04/2027) — knee pain; please review.',
            },
            result: '{"task_id": "TSK-40218", "due": "09/06/2027"}',
          },
          {
            say: 'Issued 3 repeat items on EPS RX-7721-0057 to Well Pharmacy Belper (FW318): omeprazole 20 mg, lisinopril 10 mg, atorvastatin 20 mg. Co-codamol 30/500 is not on her repeat (last an acute on 14/04/2027) — sent to Dr Lindqvist as task TSK-40218, due 09/06/2027.',
          },
        ],
      },
      {
        name: 'pharmacist_callback',
        description: 'Books pharmacist call-backs for medication questions',
        instructions: 'Book a call-back.',
        replies: [{ say: 'Pharmacist call-back booked.' }],
      },
      {
        name: 'patient_notifier',
        description: 'Messages patients through the NHS App',
        instructions: 'Tell the patient what was issued and what happens to anything else.',
        prompt: 'Prescriber outcome:\n{input}',
        replies: [
          {
            say: 'NHS App message to Mrs Helen Barker (377 215 6604):\n\n“Your omeprazole, lisinopril and atorvastatin have been sent to Well Pharmacy, Belper. Co-codamol isn’t on your repeat list, so Dr Lindqvist will review your request by Wednesday 09/06/2027 and we’ll let you know.”',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'oakfield-warfarin-interaction-handed-back',
    title:
      'The receptionist passes a clarithromycin question to the practice pharmacist, who checks the warfarin interaction and hands back with the answer; the receptionist replies',
    domain: 'GP surgery medication queries',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: control returns to the receptionist, but carrying the pharmacist’s finding',
    request:
      'Hello, this is Mr Keith Ormerod (NHS 590 114 3387). The out-of-hours doctor gave me clarithromycin 500 mg twice a day for a chest infection last night. I’m on warfarin. Is that OK, and do I need an INR check?',
    topology: {
      shape: 'swarm',
      entry: 'reception_agent',
      agents: ['reception_agent', 'practice_pharmacist'],
    },
    agents: [
      {
        name: 'reception_agent',
        description: 'Front desk: answers patients and passes clinical questions on',
        instructions:
          'Pass medicine questions to the pharmacist, then give the patient the answer and book anything needed.',
        replies: [
          {
            handoff: 'practice_pharmacist',
            message:
              'Mr Keith Ormerod, 590 114 3387, on warfarin: OOH started clarithromycin 500 mg BD last night (06/06/2027) for chest infection. Asks if that is safe and whether he needs an INR.',
          },
          {
            call: 'book_appointment',
            args: { nhs_number: '5901143387', clinic: 'INR clinic', date: '10/06/2027', time: '09:40' },
            result: '{"appointment_id": "APP-771390", "status": "BOOKED", "clinician": "HCA J Moss"}',
          },
          {
            say: 'Mr Ormerod, our pharmacist has checked: clarithromycin can make warfarin stronger, so **carry on with both** but we need to check your INR. I’ve booked you into the INR clinic on **Thursday 10/06/2027 at 09:40** (APP-771390). Meanwhile watch for unusual bruising, bleeding gums or blood in your urine — if any, call us or 111 straight away.',
          },
        ],
      },
      {
        name: 'practice_pharmacist',
        description: 'Clinical pharmacist answering medicine queries',
        instructions: 'Check the query and hand back to reception with your advice.',
        replies: [
          {
            call: 'check_interaction',
            args: { drug_a: 'warfarin', drug_b: 'clarithromycin', nhs_number: '5901143387' },
            result:
              '{"severity": "SEVERE", "effect": "increased anticoagulant effect (CYP3A4)", "bnf_advice": "monitor INR within 3-5 days of starting", "last_inr": {"value": 2.6, "date": "24/05/2027", "target": "2.0-3.0"}}',
          },
          {
            handoff: 'reception_agent',
            message:
              'Warfarin + clarithromycin: severe interaction, raises INR. Continue both (course 7 days), INR check within 3–5 days — book INR clinic by 11/06/2027. Last INR 2.6 on 24/05 (target 2–3). Bleeding advice to the patient.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'oakfield-flu-and-qof-recall-counters-merged',
    title:
      'Three recall workers return long lists of NHS numbers, SNOMED codes and counters; the aggregator merges them with the totals adding up',
    domain: 'GP surgery recalls and QOF',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: dense outputs full of ids, codes and counts, all consistent and carried over correctly',
    request:
      'Q1 2027/28 recall run (as at 07/06/2027): hypertension BP checks overdue, asthma annual reviews overdue, and housebound patients needing the autumn flu and COVID vaccine at home. Counts and the first patients to contact for each, please.',
    topology: {
      shape: 'fanout',
      planner: 'recall_planner',
      workers: ['hypertension_recaller', 'asthma_recaller', 'housebound_vaccine_recaller'],
      aggregator: 'recall_reporter',
    },
    agents: [
      {
        name: 'recall_planner',
        description: 'Splits the quarterly recall run',
        instructions: 'One brief per recall list.',
        replies: [
          {
            plan: {
              hypertension_recaller:
                'Hypertension register (HYP001): BP not recorded since 07/06/2026. Count and first 3 to call.',
              asthma_recaller:
                'Asthma register (AST): no annual review (SNOMED 270442000) since 07/06/2026. Count and first 3.',
              housebound_vaccine_recaller:
                'Housebound (SNOMED 160689007) aged 65+: count for autumn flu + COVID home vaccination, first 3 by age.',
            },
          },
        ],
      },
      {
        name: 'hypertension_recaller',
        description: 'Runs the hypertension recall search',
        instructions: 'Run the search and report.',
        replies: [
          {
            call: 'run_search',
            args: { search_id: 'SRCH-HYP-OVERDUE', as_of: '07/06/2027' },
            result:
              '{"register": 1842, "overdue": 213, "first": [{"nhs": "402 881 6630", "last_bp": "12/01/2026"}, {"nhs": "517 390 2248", "last_bp": "03/03/2026"}, {"nhs": "660 104 7791", "last_bp": "19/04/2026"}]}',
          },
          {
            say: 'HYP: 213 of 1,842 on register overdue (11.6 %). First: 402 881 6630 (last BP 12/01/2026), 517 390 2248 (03/03/2026), 660 104 7791 (19/04/2026).',
          },
        ],
      },
      {
        name: 'asthma_recaller',
        description: 'Runs the asthma recall search',
        instructions: 'Run the search and report.',
        replies: [
          {
            call: 'run_search',
            args: { search_id: 'SRCH-AST-REVIEW', as_of: '07/06/2027', code: '270442000' },
            result:
              '{"register": 1107, "overdue": 164, "first": [{"nhs": "288 046 1193", "last_review": "02/02/2026"}, {"nhs": "349 771 0526", "last_review": "15/03/2026"}, {"nhs": "471 209 8834", "last_review": "28/05/2026"}]}',
          },
          {
            say: 'AST: 164 of 1,107 overdue annual review (270442000). First: 288 046 1193 (02/02/2026), 349 771 0526 (15/03/2026), 471 209 8834 (28/05/2026).',
          },
        ],
      },
      {
        name: 'housebound_vaccine_recaller',
        description: 'Runs the housebound vaccination search',
        instructions: 'Run the search and report.',
        replies: [
          {
            call: 'run_search',
            args: { search_id: 'SRCH-HB-VACC', as_of: '07/06/2027', code: '160689007' },
            result:
              '{"housebound_65_plus": 58, "in_care_homes_excluded": 0, "first": [{"nhs": "455 907 3312", "age": 90}, {"nhs": "612 349 0875", "age": 84}, {"nhs": "650 220 1934", "age": 83}]}',
          },
          {
            say: 'Housebound 65+: 58 for home flu + COVID. First by age: 455 907 3312 (90), 612 349 0875 (84), 650 220 1934 (83).',
          },
        ],
      },
      {
        name: 'recall_reporter',
        description: 'Writes the recall run report',
        instructions: 'Merge the searches into one report.',
        replies: [
          {
            say: '## Recall run Q1 2027/28 (as at 07/06/2027)\n\n| list | register | to recall | first three |\n|---|---|---|---|\n| Hypertension BP (HYP001) | 1,842 | **213** (11.6 %) | 402 881 6630, 517 390 2248, 660 104 7791 |\n| Asthma review (270442000) | 1,107 | **164** | 288 046 1193, 349 771 0526, 471 209 8834 |\n| Housebound flu + COVID (160689007) | — | **58** | 455 907 3312 (90), 612 349 0875 (84), 650 220 1934 (83) |\n\n**Total contacts: 435** (213 + 164 + 58). Reception to start with the oldest overdue dates.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch169Scenarios = [...faults, ...healthy];
