import { defineScenario } from '../scenario.ts';

const ROUTES = { motor: 'motor_adjuster', property: 'property_adjuster' };

export const insuranceScenarios = [
  defineScenario({
    id: 'storm-claim-details-dropped',
    title:
      'Routed to the property adjuster, the claim arrives as "Assess the claim." and is paid out at EUR 0',
    domain: 'insurance',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Claim for policy HP-220871: the storm on 14 March 2025 tore 30 m² of roof tiles off our house in Zwolle; the roofer quotes EUR 6,800. Photos attached.',
    topology: { shape: 'branch', classifier: 'claim_classifier', routes: ROUTES, after: 'claims_notifier' },
    program: { lose: { to: 'property_adjuster', prompt: 'Assess the claim.' } },
    agents: [
      {
        name: 'claim_classifier',
        description: 'Classifies incoming claims',
        instructions: 'Say the claim type (motor or property) and summarise what must be assessed.',
        replies: [
          {
            say: 'property: storm damage 14 March 2025, policy HP-220871, 30 m² of roof tiles lost, house in Zwolle, roofer quote EUR 6,800, photos attached. Assess cover and payout.',
          },
        ],
      },
      {
        name: 'motor_adjuster',
        description: 'Assesses motor claims',
        instructions: 'Assess motor claims.',
        replies: [{ say: 'No motor claim to assess.' }],
      },
      {
        name: 'property_adjuster',
        description: 'Assesses property claims',
        instructions: 'Assess property claims against the policy and set the payout.',
        prompt: 'Claim: {input}',
        replies: [
          {
            say: 'Claim assessed: no damage, amount or policy details were provided, so there is nothing to reimburse. Payout EUR 0.',
          },
        ],
      },
      {
        name: 'claims_notifier',
        description: 'Writes claim decisions to customers',
        instructions: 'Write the decision letter.',
        prompt: 'Assessment: {input}',
        replies: [
          {
            say: 'Dear policyholder, we have assessed your claim under HP-220871. No reimbursable damage was found, so the payout is EUR 0.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'claim_classifier', to: 'property_adjuster' },
      agent: 'property_adjuster',
    },
  }),
  defineScenario({
    id: 'motor-assessment-cut-off',
    title: 'The motor adjuster’s assessment stops mid-JSON at its token limit; the letter is written from it',
    domain: 'insurance',
    mast: ['FM-3.1'],
    request:
      'Claim for car policy AU-77310: on 2 April 2025 another driver rear-ended my Golf at a red light in Utrecht. Repair estimate EUR 3,420 (garage Van Dijk).',
    topology: { shape: 'branch', classifier: 'claim_classifier', routes: ROUTES, after: 'claims_notifier' },
    agents: [
      {
        name: 'claim_classifier',
        description: 'Classifies incoming claims',
        instructions: 'Say the claim type (motor or property) and summarise what must be assessed.',
        replies: [
          {
            say: 'motor: rear-end collision 2 April 2025 in Utrecht, policy AU-77310, third party at fault, repair estimate EUR 3,420 from garage Van Dijk. Assess liability and payout.',
          },
        ],
      },
      {
        name: 'motor_adjuster',
        description: 'Assesses motor claims',
        instructions: 'Assess motor claims; answer as JSON with claim, liability, payout_eur and next_steps.',
        prompt: 'Claim: {input}',
        replies: [
          {
            say: '{"claim": "AU-77310-0402", "liability": "third party (rear-end collision)", "payout_eur": 3420, "next_steps": ["recover costs from the third party insurer", "authorise garage Van Dijk to',
            cutOff: true,
          },
        ],
      },
      {
        name: 'property_adjuster',
        description: 'Assesses property claims',
        instructions: 'Assess property claims.',
        replies: [{ say: 'No property claim to assess.' }],
      },
      {
        name: 'claims_notifier',
        description: 'Writes claim decisions to customers',
        instructions: 'Write the decision letter.',
        prompt: 'Assessment: {input}',
        replies: [
          {
            say: 'Dear policyholder, claim AU-77310-0402: the other party is liable and we will pay EUR 3,420. Next steps: we recover the costs from the third party insurer and authorise garage Van Dijk to',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'motor_adjuster', to: 'claims_notifier' },
      agent: 'motor_adjuster',
    },
  }),
  defineScenario({
    id: 'windscreen-claim-number-formats',
    title: 'A windscreen claim where amounts pass as "EUR 1.250,00", "€1,250" and "1250 euro"',
    domain: 'insurance',
    mast: ['FM-1.1'],
    nearMissOf: 'misunderstood_task: an amount in European and English number formats',
    request:
      'Claim for car policy AU-40291: a stone chip cracked my windscreen on the A2 on 9 May 2025. Carglass quotes EUR 1.250,00 for the replacement.',
    topology: { shape: 'branch', classifier: 'claim_classifier', routes: ROUTES, after: 'claims_notifier' },
    agents: [
      {
        name: 'claim_classifier',
        description: 'Classifies incoming claims',
        instructions: 'Say the claim type (motor or property) and summarise what must be assessed.',
        replies: [
          {
            say: 'motor: windscreen replacement after a stone chip on the A2, 9 May 2025, policy AU-40291, quote €1,250 from Carglass. Check glass cover and excess.',
          },
        ],
      },
      {
        name: 'motor_adjuster',
        description: 'Assesses motor claims',
        instructions: 'Assess motor claims with the policy tool.',
        prompt: 'Claim: {input}',
        replies: [
          {
            call: 'policy_cover',
            args: { policy: 'AU-40291', cover: 'glass' },
            result:
              'AU-40291: comprehensive, glass cover included, excess EUR 75 (EUR 0 for repair instead of replacement).',
          },
          {
            say: 'Covered under glass cover of AU-40291: replacement 1250 euro minus 75 euro excess; payout 1175 euro directly to Carglass.',
          },
        ],
      },
      {
        name: 'property_adjuster',
        description: 'Assesses property claims',
        instructions: 'Assess property claims.',
        replies: [{ say: 'No property claim to assess.' }],
      },
      {
        name: 'claims_notifier',
        description: 'Writes claim decisions to customers',
        instructions: 'Write the decision letter.',
        prompt: 'Assessment: {input}',
        replies: [
          {
            say: 'Dear policyholder, your windscreen claim (AU-40291, 9 May 2025) is approved: we pay Carglass EUR 1,175.00 directly (the EUR 1.250,00 quote minus your EUR 75 excess).',
          },
        ],
      },
    ],
    expected: null,
  }),
];
