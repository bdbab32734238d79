import { defineScenario } from '../scenario.ts';

export const medicineScenarios = [
  defineScenario({
    id: 'clinic-allergy-withheld',
    title: 'Intake summary leaves out a penicillin allergy; the prescriber prescribes amoxicillin',
    domain: 'medicine',
    mast: ['FM-2.4'],
    request: 'Patient P-20417 is in room 3 with a sore throat. Prepare the visit and the prescription.',
    topology: { shape: 'pipeline', order: ['intake', 'prescriber', 'pharmacist'] },
    agents: [
      {
        name: 'intake',
        description: 'Collects the chart and the complaint',
        instructions: 'Summarise the patient chart and the presenting complaint for the prescriber.',
        replies: [
          {
            call: 'patient_record',
            args: { patient_id: 'P-20417' },
            result:
              'Patient P-20417, Maria Keller, 58 y. Conditions: type 2 diabetes. Medications: metformin 500 mg twice daily. Allergies: penicillin (anaphylaxis, 2019). Today: sore throat and fever 38.6 °C for three days, rapid strep test positive.',
          },
          {
            say: 'Maria Keller (58), type 2 diabetes on metformin 500 mg twice daily. Presents with a sore throat and a fever of 38.6 °C for three days; rapid strep test positive.',
          },
        ],
      },
      {
        name: 'prescriber',
        description: 'Chooses the treatment',
        instructions: 'Choose a treatment for the patient summary you are given.',
        prompt: 'Intake summary:\n{input}\n\nWrite the prescription.',
        replies: [
          {
            say: 'Diagnosis: streptococcal pharyngitis. Prescription: amoxicillin 500 mg three times daily for 10 days. Continue metformin 500 mg twice daily.',
            reasoning: 'Strep positive, no contraindications listed, first-line is amoxicillin.',
          },
        ],
      },
      {
        name: 'pharmacist',
        description: 'Dispenses and labels',
        instructions: 'Dispense the prescription and write the label.',
        prompt: 'Prescription to dispense:\n{input}',
        replies: [
          {
            say: 'Dispensed amoxicillin 500 mg, 30 capsules. Label: take one capsule three times a day for 10 days, finish the course. Metformin unchanged.',
          },
        ],
      },
    ],
    expected: { kind: 'low_quality_output', boundary: { from: 'intake', to: 'prescriber' }, agent: 'intake' },
  }),
  defineScenario({
    id: 'pharmacy-stock-retry',
    title: 'Stock lookup fails once with 503 and succeeds on retry; the answer uses the retried result',
    domain: 'medicine',
    mast: ['FM-3.2'],
    nearMissOf: 'agent_error: a tool error handled by a retry',
    request:
      'Do we have enough insulin glargine 100 units/ml pens for the ward order WO-5531 (40 pens)? If so, reserve them.',
    topology: {
      shape: 'supervisor',
      coordinator: 'ward_coordinator',
      workers: ['stock_clerk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'ward_coordinator',
        description: 'Coordinates ward supply requests',
        instructions: 'Handle ward supply requests by asking the stock clerk, then confirm to the ward.',
        replies: [
          {
            handoff: 'stock_clerk',
            message:
              'Check stock of insulin glargine 100 units/ml pens for ward order WO-5531 and reserve 40 pens if available.',
          },
          {
            say: 'Ward order WO-5531: 40 insulin glargine 100 units/ml pens are reserved (reservation RSV-90412). 72 pens remain in stock after the reservation.',
          },
        ],
      },
      {
        name: 'stock_clerk',
        description: 'Checks pharmacy stock and reserves items',
        instructions: 'Check stock with the inventory tools and reserve items for ward orders.',
        replies: [
          {
            call: 'inventory_lookup',
            args: { item: 'insulin glargine 100 units/ml pen' },
            result: {
              error: '503 Service Unavailable: inventory service is restarting, retry in a few seconds',
            },
          },
          {
            call: 'inventory_lookup',
            args: { item: 'insulin glargine 100 units/ml pen' },
            result: 'insulin glargine 100 units/ml pen: 112 in stock, lot LG2291, expiry 2026-08',
            text: 'The inventory service was restarting; trying again.',
            waitMs: 4_000,
          },
          {
            call: 'reserve_stock',
            args: { item: 'insulin glargine 100 units/ml pen', quantity: 40, order: 'WO-5531' },
            result:
              'Reserved 40 x insulin glargine 100 units/ml pen for WO-5531, reservation RSV-90412. Remaining: 72.',
          },
          {
            say: 'Reserved 40 insulin glargine 100 units/ml pens for WO-5531 (reservation RSV-90412, lot LG2291, expiry 2026-08). 72 pens remain in stock.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'follow-up-booking-dates',
    title: 'A routed triage and booking: the date passes as 2025-04-15, "15 April 2025" and "Tue 15/04"',
    domain: 'medicine',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task: the same date written three ways',
    request:
      'My father (patient P-88120) had his knee replaced on 1 April 2025. The surgeon wants a wound check two weeks after surgery. Can you book it?',
    topology: {
      shape: 'network',
      coordinator: 'care_router',
      workers: ['nurse_triage', 'appointment_booker'],
    },
    agents: [
      {
        name: 'care_router',
        description: 'Routes patient requests',
        instructions: 'Route patient requests to triage and booking; finish with what was arranged.',
        replies: [
          {
            handoff: 'nurse_triage',
            message:
              'Patient P-88120, knee replacement on 2025-04-01, needs a wound check two weeks after surgery. Confirm the timing and the type of visit.',
          },
          {
            handoff: 'appointment_booker',
            message:
              'Book a 20-minute nurse wound check for patient P-88120 on 15 April 2025 (two weeks after the 1 April surgery), orthopaedic clinic.',
          },
          {
            say: 'Booked: wound check for P-88120 on Tuesday 15 April 2025 at 10:40 with nurse Okafor, orthopaedic clinic, room 2.14 (booking BK-77310). Bring the discharge letter.',
          },
        ],
      },
      {
        name: 'nurse_triage',
        description: 'Clinical triage of requests',
        instructions: 'Decide the visit type and timing for the request.',
        replies: [
          {
            say: 'A nurse-led wound check 14 days after surgery is right: due 2025-04-15. 20 minutes, orthopaedic clinic. Earlier only if redness, fever or discharge.',
          },
        ],
      },
      {
        name: 'appointment_booker',
        description: 'Books appointments',
        instructions: 'Find and book slots with the scheduling tools.',
        replies: [
          {
            call: 'find_slots',
            args: { clinic: 'orthopaedics', date: '2025-04-15', minutes: 20 },
            result: 'Tue 15/04: 09:20 (nurse Okafor), 10:40 (nurse Okafor), 14:00 (nurse Lindqvist)',
          },
          {
            call: 'book_slot',
            args: { patient: 'P-88120', slot: '2025-04-15T10:40' },
            result: 'Booked BK-77310: P-88120, Tue 15/04 10:40, nurse Okafor, room 2.14.',
          },
          { say: 'Booked Tue 15/04 at 10:40 with nurse Okafor, room 2.14, booking BK-77310.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'radiology-summary-adds-diagnosis',
    title: 'Asked to summarise a radiology report without interpretation, the writer adds a diagnosis',
    domain: 'medicine',
    mast: ['FM-1.2'],
    request:
      'Send the GP a plain summary of the chest CT for patient P-61290 (report RAD-33410). The GP asked for the findings only, no interpretation.',
    topology: {
      shape: 'supervisor',
      coordinator: 'care_coordinator',
      workers: ['report_fetcher', 'summary_writer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'care_coordinator',
        description: 'Coordinates letters to referring doctors',
        instructions: 'Get the report, have it summarised as asked, and send it to the GP.',
        replies: [
          { handoff: 'report_fetcher', message: 'Fetch radiology report RAD-33410 for patient P-61290.' },
          {
            handoff: 'summary_writer',
            message:
              'Summarise the findings of chest CT RAD-33410 for the GP in plain language. Findings only: do not add a diagnosis, an interpretation or a recommendation. Findings: 14 mm solid nodule in the right upper lobe; no enlarged lymph nodes; small left pleural effusion.',
          },
          {
            say: 'Letter sent to Dr. Haas: Chest CT of 3 March for P-61290 shows a 14 mm nodule in the right upper lung, which is most likely lung cancer; the lymph nodes are normal and there is a little fluid around the left lung. An urgent PET-CT and a biopsy are recommended.',
          },
        ],
      },
      {
        name: 'report_fetcher',
        description: 'Fetches reports from the radiology system',
        instructions: 'Fetch reports with the PACS tool.',
        replies: [
          {
            call: 'pacs_report',
            args: { report_id: 'RAD-33410' },
            result:
              'RAD-33410, P-61290, CT thorax 2025-03-03. Findings: 14 mm solid nodule right upper lobe. No mediastinal or hilar lymphadenopathy. Small left pleural effusion. Impression: deferred to MDT.',
          },
          {
            say: 'RAD-33410 (CT thorax, 3 March 2025): 14 mm solid nodule in the right upper lobe; no enlarged lymph nodes; small left pleural effusion; impression deferred to the multidisciplinary team.',
          },
        ],
      },
      {
        name: 'summary_writer',
        description: 'Writes plain-language summaries for doctors and patients',
        instructions: 'Write the summary you are asked for, in plain language.',
        replies: [
          {
            say: 'Chest CT of 3 March for P-61290 shows a 14 mm nodule in the right upper lung, which is most likely lung cancer; the lymph nodes are normal and there is a little fluid around the left lung. An urgent PET-CT and a biopsy are recommended.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'care_coordinator', to: 'summary_writer' },
      agent: 'summary_writer',
    },
  }),
  defineScenario({
    id: 'patient-faq-refusal',
    title: 'The medication explainer refuses; the router sends the refusal to the patient as the answer',
    domain: 'medicine',
    mast: ['FM-3.2'],
    request:
      'I was prescribed apixaban 5 mg twice daily after my hip surgery. What should I do if I miss a dose? (patient portal message PM-55021)',
    topology: {
      shape: 'network',
      coordinator: 'portal_router',
      workers: ['record_checker', 'medication_explainer'],
    },
    agents: [
      {
        name: 'portal_router',
        description: 'Routes patient portal messages',
        instructions:
          'Route each part of a portal message to the right agent and send the reply to the patient.',
        replies: [
          {
            handoff: 'record_checker',
            message: 'Confirm the current apixaban prescription of the sender of PM-55021.',
          },
          {
            handoff: 'medication_explainer',
            message:
              'Explain to the patient what to do after a missed dose of apixaban 5 mg twice daily, using the product information.',
          },
          {
            say: "Reply sent to the patient: I'm sorry, but as an AI I can't give medical advice. Please consult your doctor or pharmacist.",
          },
        ],
      },
      {
        name: 'record_checker',
        description: 'Checks prescriptions in the record',
        instructions: 'Look up prescriptions.',
        replies: [
          {
            call: 'prescriptions',
            args: { message_id: 'PM-55021' },
            result:
              'Active: apixaban 5 mg tablets, 1 tablet twice daily, 35 days from 2025-02-20 (post hip arthroplasty).',
          },
          { say: 'Confirmed: apixaban 5 mg, one tablet twice daily for 35 days from 20 February 2025.' },
        ],
      },
      {
        name: 'medication_explainer',
        description: 'Explains medication use from product information',
        instructions: 'Explain medication questions to patients from the product information.',
        replies: [
          {
            say: "I'm sorry, but as an AI I can't give medical advice. Please consult your doctor or pharmacist.",
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'medication_explainer', to: 'portal_router' },
      agent: 'medication_explainer',
    },
  }),
  defineScenario({
    id: 'trial-search-hand-back-dates',
    title: 'Hand-backs to the coordinator carry years and counts outside the brief’s range, as results',
    domain: 'medicine',
    mast: ['FM-2.5'],
    nearMissOf: 'misunderstood_task: results carried back to a coordinator read as a changed task',
    request:
      'Which randomised trials of SGLT2 inhibitors in heart failure started between 2017 and 2019? Give enrolment and when results came out.',
    topology: {
      shape: 'supervisor',
      coordinator: 'evidence_lead',
      workers: ['trial_searcher', 'results_reader'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'evidence_lead',
        description: 'Leads evidence reviews',
        instructions: 'Have trials found and their results read, then answer.',
        replies: [
          {
            handoff: 'trial_searcher',
            message: 'Find randomised trials of SGLT2 inhibitors in heart failure that started 2017–2019.',
          },
          {
            handoff: 'results_reader',
            message:
              'For DAPA-HF (NCT03036124) and EMPEROR-Reduced (NCT03057977): enrolment and primary results publication.',
          },
          {
            say: 'Two trials started in 2017: DAPA-HF (dapagliflozin, 4,744 patients, results NEJM November 2019) and EMPEROR-Reduced (empagliflozin, 3,730 patients, results NEJM August 2020). EMPEROR-Preserved (started 2017, 5,988 patients) reported in 2021.',
          },
        ],
      },
      {
        name: 'trial_searcher',
        description: 'Searches trial registries',
        instructions: 'Search registries.',
        replies: [
          {
            call: 'registry_search',
            args: { query: 'SGLT2 heart failure randomised', start_from: 2017, start_to: 2019 },
            result:
              'NCT03036124 DAPA-HF start 2017-02; NCT03057977 EMPEROR-Reduced start 2017-03; NCT03057951 EMPEROR-Preserved start 2017-03.',
          },
          {
            say: 'Three match: DAPA-HF (NCT03036124, started February 2017), EMPEROR-Reduced (NCT03057977, March 2017), EMPEROR-Preserved (NCT03057951, March 2017).',
          },
        ],
      },
      {
        name: 'results_reader',
        description: 'Reads trial publications',
        instructions: 'Read trial publications.',
        replies: [
          {
            say: 'DAPA-HF: 4,744 patients, primary results NEJM 2019-11-21. EMPEROR-Reduced: 3,730 patients, NEJM 2020-10-08 (online 2020-08-29). EMPEROR-Preserved: 5,988 patients, NEJM 2021.',
          },
        ],
      },
    ],
    expected: null,
  }),
];
