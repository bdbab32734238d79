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
];
