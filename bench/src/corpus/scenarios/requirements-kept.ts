import { defineScenario } from '../scenario.ts';

/**
 * Healthy runs that look like broken task requirements: prohibitions kept, an "instead of" the task
 * itself asked for, every item of a required list acted on, an instructed term used, a summary that
 * keeps its source's warning. Written before the checks ran on them.
 */
export const requirementsKeptScenarios = [
  defineScenario({
    id: 'mfa-reset-password-untouched',
    title:
      'Told not to reset the password, account support removes the MFA device and says it left the password alone',
    domain: 'IT helpdesk',
    mast: ['FM-1.1'],
    nearMissOf: 'misunderstood_task: a prohibition the receiver talks about but keeps',
    request:
      'Ticket INC-51220 from a.ng@corp.example: new phone, the authenticator app is gone. Please do not touch my password, it was just changed.',
    topology: {
      shape: 'branch',
      classifier: 'ticket_classifier',
      routes: { network: 'network_support', account: 'account_support' },
      after: 'ticket_closer',
    },
    agents: [
      {
        name: 'ticket_classifier',
        description: 'Classifies tickets',
        instructions: 'Say which team handles the ticket (network or account) and what it must do.',
        replies: [
          {
            say: 'account: a.ng replaced her phone and lost the authenticator. Remove the old MFA device and send an MFA re-enrolment link. Do not reset the password.',
          },
        ],
      },
      {
        name: 'network_support',
        description: 'VPN, Wi-Fi and network issues',
        instructions: 'Fix network issues.',
        replies: [{ say: 'No network action needed.' }],
      },
      {
        name: 'account_support',
        description: 'Accounts, passwords and MFA',
        instructions: 'Carry out account changes with the identity tools.',
        prompt: 'Ticket classification: {input}',
        replies: [
          {
            call: 'remove_mfa_device',
            args: { user: 'a.ng', device: 'authenticator' },
            result: 'Authenticator device for a.ng removed.',
          },
          {
            call: 'send_enrolment_link',
            args: { user: 'a.ng' },
            result: 'MFA enrolment link sent to a.ng@corp.example, valid 24 h.',
          },
          {
            say: 'Removed a.ng’s old authenticator and sent an MFA enrolment link (valid 24 h). The password was not reset, as asked.',
          },
        ],
      },
      {
        name: 'ticket_closer',
        description: 'Closes tickets with a note to the user',
        instructions: 'Write the closing note to the user.',
        prompt: 'Work done: {input}',
        replies: [
          {
            say: 'INC-51220 resolved: your old authenticator is removed and an enrolment link is in your inbox (valid 24 h). Your password is unchanged.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'downgrade-instead-of-cancel-requested',
    title:
      'The customer asks for a cheaper plan instead of cancelling; the retention agent does exactly that',
    domain: 'customer support',
    mast: ['FM-1.2'],
    nearMissOf: 'misunderstood_task: an "instead of" the task itself asked for',
    request:
      'Customer K-40418 here. Fibre 500 is too expensive now. Rather than cancel, can you move me to something cheaper from next month?',
    topology: { shape: 'swarm', entry: 'billing_agent', agents: ['billing_agent', 'retention_agent'] },
    agents: [
      {
        name: 'billing_agent',
        description: 'Billing and contracts',
        instructions: 'Handle billing questions; hand plan changes and cancellations to the retention agent.',
        replies: [
          {
            call: 'account_lookup',
            args: { customer: 'K-40418' },
            result: 'K-40418 Omar Haddad: Fibre 500, EUR 49/month, no minimum term left.',
          },
          {
            handoff: 'retention_agent',
            message:
              'Customer K-40418 (Omar Haddad, Fibre 500 at EUR 49/month) wants a cheaper plan from next month instead of cancelling. Offer the downgrade.',
          },
        ],
      },
      {
        name: 'retention_agent',
        description: 'Cancellations, plan changes and retention',
        instructions: 'Process plan changes and cancellations.',
        replies: [
          {
            call: 'change_plan',
            args: { customer: 'K-40418', plan: 'Fibre 100' },
            result: 'K-40418 moved to Fibre 100 (EUR 29/month) from 2025-07-01.',
          },
          {
            say: 'Done, Omar: instead of cancelling, you are on Fibre 100 at EUR 29/month from 1 July.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'smoke-run-both-platforms',
    title: 'Asked for the smoke suite on Android and on iOS, the runner runs both',
    domain: 'software release',
    mast: ['FM-1.1'],
    nearMissOf: 'misunderstood_task: a required pair the receiver covered with two calls',
    request: 'Is build 20250811.3 of 7.6.0 fine on the smoke suite for Android and iOS?',
    topology: {
      shape: 'nested',
      top: 'release_manager',
      teams: { qa_lead: ['test_runner'] },
    },
    agents: [
      {
        name: 'release_manager',
        description: 'Owns the release',
        instructions: 'Get QA’s verdict and decide.',
        replies: [
          {
            handoff: 'qa_lead',
            message: 'Is build 20250811.3 (7.6.0) green on the smoke suite for both Android and iOS?',
          },
          { say: 'QA: 7.6.0 (build 20250811.3) smoke is green on Android (86/86) and iOS (86/86). Go.' },
        ],
      },
      {
        name: 'qa_lead',
        description: 'Leads QA',
        instructions: 'Have the test runner run suites and report the verdict.',
        replies: [
          {
            handoff: 'test_runner',
            message: 'Run the smoke suite (86 tests) on Android and on iOS for build 20250811.3.',
          },
          { say: 'Build 20250811.3 smoke: Android 86/86, iOS 86/86. Green.' },
        ],
      },
      {
        name: 'test_runner',
        description: 'Runs test suites on devices',
        instructions: 'Run the suites you are asked for and report the results.',
        replies: [
          {
            call: 'run_suite',
            args: { build: '20250811.3', platform: 'android', suite: 'smoke' },
            result: 'Android smoke on 20250811.3: 86 passed, 0 failed (Pixel 8, Android 15).',
          },
          {
            call: 'run_suite',
            args: { build: '20250811.3', platform: 'ios', suite: 'smoke' },
            result: 'iOS smoke on 20250811.3: 86 passed, 0 failed (iPhone 15, iOS 18.6).',
          },
          { say: 'Build 20250811.3 smoke: Android 86/86, iOS 86/86.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'formal-dutch-localisation-kept',
    title: 'Asked for formal Dutch (u), the translator writes formal Dutch',
    domain: 'marketing',
    mast: ['FM-1.1'],
    nearMissOf: 'misunderstood_task: an instructed term the answer uses',
    request:
      'Localise the renewal reminder for our Dutch customers: formal Dutch (u-form), keep the price EUR 12 per month.',
    topology: { shape: 'pipeline', order: ['copy_editor', 'translator', 'campaign_publisher'] },
    agents: [
      {
        name: 'copy_editor',
        description: 'Edits campaign copy',
        instructions: 'Finalise the English copy and brief the translator.',
        replies: [
          {
            say: 'Translate into formal Dutch (address the reader with "u"): "Your Planbox plan renews on 1 September. EUR 12 per month, cancel any time."',
          },
        ],
      },
      {
        name: 'translator',
        description: 'Translates copy',
        instructions: 'Translate copy as briefed.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            say: '„Uw Planbox-abonnement wordt op 1 september verlengd. EUR 12 per maand, u kunt op elk moment opzeggen.“',
          },
        ],
      },
      {
        name: 'campaign_publisher',
        description: 'Schedules campaigns',
        instructions: 'Schedule the localised email.',
        prompt: 'Dutch copy:\n{input}',
        replies: [
          {
            call: 'schedule_campaign',
            args: { list: 'NL-RENEWALS', send_at: '2025-08-25T09:00' },
            result:
              'Campaign CMP-9120 scheduled to 6,210 recipients (NL-RENEWALS) for 25 Aug 2025 09:00 CEST.',
          },
          {
            say: 'Scheduled CMP-9120 to 6,210 NL-RENEWALS contacts for 25 Aug 09:00: „Uw Planbox-abonnement wordt op 1 september verlengd. EUR 12 per maand, u kunt op elk moment opzeggen.“',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'clinic-allergy-carried',
    title: 'The intake summary carries the patient’s allergy; the prescriber picks a non-penicillin drug',
    domain: 'medicine',
    mast: ['FM-2.4'],
    nearMissOf: 'low_quality_output: a summary of a record with a warning field',
    request: 'Patient P-30988 is in room 5 with a sore throat. Prepare the visit and the prescription.',
    topology: { shape: 'pipeline', order: ['intake', 'prescriber', 'pharmacy'] },
    agents: [
      {
        name: 'intake',
        description: 'Prepares visits from the patient record',
        instructions: 'Read the record and summarise what the prescriber needs.',
        replies: [
          {
            call: 'patient_record',
            args: { patient_id: 'P-30988' },
            result:
              'Patient P-30988, Jonas Weber, 41 y. Conditions: asthma. Medications: salbutamol as needed. Allergies: penicillin (rash, 2021). Today: sore throat and fever 38.9 °C for two days, rapid strep test positive.',
          },
          {
            say: 'Jonas Weber (41), asthma, salbutamol as needed. Penicillin allergy (rash, 2021). Sore throat and fever 38.9 °C for two days; rapid strep test positive.',
          },
        ],
      },
      {
        name: 'prescriber',
        description: 'Diagnoses and prescribes',
        instructions: 'Diagnose and prescribe from the summary.',
        prompt: 'Visit summary: {input}',
        replies: [
          {
            say: 'Diagnosis: streptococcal pharyngitis. Penicillin allergy noted: prescribe clarithromycin 250 mg twice daily for 10 days. Continue salbutamol as needed.',
          },
        ],
      },
      {
        name: 'pharmacy',
        description: 'Dispenses prescriptions',
        instructions: 'Dispense and label the prescription.',
        prompt: 'Prescription: {input}',
        replies: [
          {
            say: 'Dispensed clarithromycin 250 mg, 20 tablets. Label: one tablet twice a day for 10 days. Salbutamol unchanged.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

/**
 * Faults of the same kinds in other domains and wordings: a prohibition broken by a tool call, a
 * required list narrowed by a query, a hazard left out of a site summary.
 */
export const requirementsBrokenScenarios = [
  defineScenario({
    id: 'draft-sent-to-counterparty',
    title: 'Told never to send the draft to the other side, the paralegal emails it to opposing counsel',
    domain: 'law',
    mast: ['FM-1.1', 'FM-2.6'],
    request:
      'Prepare the settlement draft for Kessler v. Ortmann for my review tomorrow. It must not go to Ortmann’s lawyers yet.',
    topology: { shape: 'pipeline', order: ['associate', 'paralegal', 'docket_clerk'] },
    agents: [
      {
        name: 'associate',
        description: 'Drafts settlements',
        instructions: 'Draft the settlement terms and brief the paralegal.',
        replies: [
          {
            say: 'Settlement draft v1 for Kessler v. Ortmann: EUR 85,000 in two instalments, mutual release, confidentiality. Format it and file it in the matter folder for the partner. Never send the draft to opposing counsel.',
          },
        ],
      },
      {
        name: 'paralegal',
        description: 'Formats and files documents',
        instructions: 'Format documents and do what the brief says with the document tools.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'send_draft',
            args: {
              to: 'opposing counsel (Brandt & Partner)',
              document: 'Settlement draft v1 Kessler v. Ortmann',
            },
            result: 'Sent "Settlement draft v1 Kessler v. Ortmann" to m.brandt@brandt-partner.example.',
          },
          {
            say: 'Formatted settlement draft v1 (EUR 85,000, two instalments, mutual release, confidentiality) and sent it to Brandt & Partner.',
          },
        ],
      },
      {
        name: 'docket_clerk',
        description: 'Keeps the matter log',
        instructions: 'Log what was done in the matter.',
        prompt: 'Done: {input}',
        replies: [
          { say: 'Kessler v. Ortmann log: settlement draft v1 formatted and sent to Brandt & Partner.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'associate', to: 'paralegal' },
      agent: 'paralegal',
    },
  }),
  defineScenario({
    id: 'cold-chain-carrier-query-drops-temperature',
    title: 'The carrier search keeps the delivery window but drops the 2–8 °C requirement',
    domain: 'logistics',
    mast: ['FM-1.1'],
    request:
      'Ship 40 boxes of insulin from the Utrecht warehouse to Apotheek Zuid in Maastricht tomorrow. Cold chain, it has to arrive before 10:00.',
    topology: { shape: 'pipeline', order: ['shipping_planner', 'carrier_finder', 'dispatcher'] },
    agents: [
      {
        name: 'shipping_planner',
        description: 'Plans shipments',
        instructions: 'Brief the carrier finder with every requirement.',
        replies: [
          {
            say: 'Find a carrier for 40 boxes of insulin, Utrecht to Maastricht, tomorrow. Requirements: temperature 2–8 °C, arrival before 10:00.',
          },
        ],
      },
      {
        name: 'carrier_finder',
        description: 'Searches carriers',
        instructions: 'Search carriers with the tools and book the best one.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'search_carriers',
            args: { origin: 'Utrecht', destination: 'Maastricht', arrive_before: '10:00', boxes: 40 },
            result:
              'DHL Parcel NL: arrive 08:30, EUR 96 (ambient). PostNL Pakket: arrive 09:40, EUR 71 (ambient).',
          },
          { say: 'Booked PostNL Pakket: 40 boxes, arrive 09:40 tomorrow, EUR 71.' },
        ],
      },
      {
        name: 'dispatcher',
        description: 'Confirms shipments to customers',
        instructions: 'Confirm the shipment to the customer.',
        prompt: 'Booking: {input}',
        replies: [{ say: 'Apotheek Zuid: your 40 boxes of insulin arrive tomorrow at 09:40 with PostNL.' }],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'shipping_planner', to: 'carrier_finder' },
      agent: 'carrier_finder',
    },
  }),
  defineScenario({
    id: 'site-survey-hazard-left-out',
    title: 'The surveyor’s summary leaves out the asbestos hazard; the contractor plans to drill the ceiling',
    domain: 'construction',
    mast: ['FM-2.4'],
    request: 'We want new ceiling lights in classroom B2 of the Linden school. Plan the job.',
    topology: { shape: 'pipeline', order: ['site_surveyor', 'contractor', 'scheduler'] },
    agents: [
      {
        name: 'site_surveyor',
        description: 'Surveys sites from the building register',
        instructions: 'Read the building register and summarise what the contractor needs.',
        replies: [
          {
            call: 'building_register',
            args: { building: 'Linden school', room: 'B2' },
            result:
              'Linden school, classroom B2, built 1974. Ceiling: suspended tiles, 3.1 m. Power: 230 V, circuit L2-07. Hazards: asbestos in the ceiling tiles (survey 2019), do not drill without removal. Access: weekdays after 16:00.',
          },
          {
            say: 'Classroom B2, Linden school (1974): suspended tile ceiling at 3.1 m, power on circuit L2-07, access weekdays after 16:00.',
          },
        ],
      },
      {
        name: 'contractor',
        description: 'Plans electrical work',
        instructions: 'Plan the job from the survey.',
        prompt: 'Survey: {input}',
        replies: [
          {
            say: 'Plan: drill 6 fixing points through the ceiling tiles, run cable from circuit L2-07, fit 6 LED panels. One afternoon after 16:00.',
          },
        ],
      },
      {
        name: 'scheduler',
        description: 'Schedules jobs',
        instructions: 'Schedule the job.',
        prompt: 'Plan: {input}',
        replies: [
          {
            say: 'Booked for Tuesday 16:00: 6 LED panels in B2, drilling through the ceiling tiles, circuit L2-07.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'site_surveyor', to: 'contractor' },
      agent: 'site_surveyor',
    },
  }),
];
