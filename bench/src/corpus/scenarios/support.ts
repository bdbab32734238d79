import { defineScenario } from '../scenario.ts';

export const supportScenarios = [
  defineScenario({
    id: 'duplicate-charge-refund',
    title: 'A EUR 300 refund passes as "EUR 300", "€300.00" and "300 euros"',
    domain: 'customer support',
    mast: ['FM-1.1'],
    nearMissOf: 'misunderstood_task: the same amount in another currency format',
    request:
      'Customer A-55812 was charged twice for order 7730-19 (EUR 300 each). Refund the duplicate and draft the reply to the customer.',
    topology: {
      shape: 'supervisor',
      coordinator: 'support_lead',
      workers: ['billing', 'reply_writer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'support_lead',
        description: 'Owns the support ticket',
        instructions:
          'Resolve the ticket: have billing fix the charge, have the reply writer draft the answer.',
        replies: [
          {
            handoff: 'billing',
            message: 'Refund the duplicate charge of EUR 300 on order 7730-19 for customer A-55812.',
          },
          {
            handoff: 'reply_writer',
            message:
              'Draft a reply to customer A-55812: the duplicate charge of 300 euros on order 7730-19 was refunded, refund reference re_551, it shows within 5-10 business days.',
          },
          {
            say: 'Ticket resolved. Reply to send:\nHello, thank you for flagging this. We have refunded the duplicate payment of 300 euros for order 7730-19 (reference re_551). It will appear on your statement within 5–10 business days. Kind regards, Support',
          },
        ],
      },
      {
        name: 'billing',
        description: 'Looks up and refunds payments',
        instructions: 'Look up payments and issue refunds.',
        replies: [
          {
            call: 'payments_lookup',
            args: { order: '7730-19' },
            result:
              'Order 7730-19: charge ch_1 €300.00 captured 2025-02-03 09:14:07; charge ch_2 €300.00 captured 2025-02-03 09:14:52 (same card, same amount).',
          },
          {
            call: 'issue_refund',
            args: { charge: 'ch_2', amount: 300 },
            result: 'Refund re_551 for €300.00 on ch_2: succeeded.',
          },
          { say: 'Refunded €300.00 on the duplicate charge ch_2 (refund re_551). Charge ch_1 stays.' },
        ],
      },
      {
        name: 'reply_writer',
        description: 'Writes customer replies',
        instructions: 'Write friendly, accurate replies to customers.',
        replies: [
          {
            say: 'Hello, thank you for flagging this. We have refunded the duplicate payment of 300 euros for order 7730-19 (reference re_551). It will appear on your statement within 5–10 business days. Kind regards, Support',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'order-status-translator-refuses',
    title: 'An optional translation branch refuses; the answer is built from the order branch alone',
    domain: 'customer support',
    mast: ['FM-3.2'],
    nearMissOf: 'low_quality_output: a bad output on a branch the final answer never uses',
    request: 'Where is my order 88-4410? Reply in English.',
    topology: {
      shape: 'fanout',
      planner: 'triage',
      workers: ['order_tracker', 'translator'],
      aggregator: 'responder',
    },
    agents: [
      {
        name: 'triage',
        description: 'Splits the request into parts',
        instructions: 'Write one brief per specialist as JSON.',
        replies: [
          {
            plan: {
              order_tracker: 'Find the shipping status and the expected delivery date of order 88-4410.',
              translator:
                'If the customer wrote in another language than English, translate the message to English.',
            },
          },
        ],
      },
      {
        name: 'order_tracker',
        description: 'Tracks orders',
        instructions: 'Find order and shipment status with the tools.',
        replies: [
          {
            call: 'track_order',
            args: { order_id: '88-4410' },
            result:
              'Order 88-4410: shipped 2025-04-02 with DHL, tracking JD014600003921, out for delivery, expected 2025-04-04 before 18:00.',
          },
          {
            say: 'Order 88-4410 shipped on 2 April with DHL (tracking JD014600003921) and is out for delivery, expected on 4 April before 18:00.',
          },
        ],
      },
      {
        name: 'translator',
        description: 'Translates customer messages',
        instructions: 'Translate customer messages to English when needed.',
        replies: [{ say: "I'm sorry, but I can't help with that request." }],
      },
      {
        name: 'responder',
        description: 'Writes the reply',
        instructions: 'Write the reply to the customer from the specialists’ notes.',
        prompt: 'Specialist notes:\n{input}\n\nCustomer message: {request}',
        replies: [
          {
            say: 'Hi! Your order 88-4410 is out for delivery with DHL (tracking JD014600003921) and should arrive today, 4 April, before 18:00.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cancellation-turned-downgrade',
    title:
      'Handed a cancellation with "no retention offers", the retention agent downgrades the plan instead',
    domain: 'customer support',
    mast: ['FM-2.3', 'FM-1.2'],
    request:
      'Please cancel my Fibre 500 internet contract (customer K-30021) effective 31 May 2025. I am moving abroad; no offers, thank you.',
    topology: { shape: 'swarm', entry: 'billing_agent', agents: ['billing_agent', 'retention_agent'] },
    agents: [
      {
        name: 'billing_agent',
        description: 'Billing and contracts',
        instructions:
          'Handle billing questions; hand cancellations to the retention agent, who processes them.',
        replies: [
          {
            call: 'account_lookup',
            args: { customer: 'K-30021' },
            result:
              'K-30021 Jana Horvat: Fibre 500, EUR 49/month, minimum term ended 2024-11-30, no early-exit fee.',
          },
          {
            handoff: 'retention_agent',
            message:
              'Customer K-30021 (Jana Horvat) wants to cancel Fibre 500 effective 31 May 2025; she is moving abroad and explicitly declined retention offers. Process the cancellation only; no exit fee applies.',
          },
        ],
      },
      {
        name: 'retention_agent',
        description: 'Cancellations and retention',
        instructions: 'Process cancellations; make retention offers only when the customer is open to them.',
        replies: [
          {
            call: 'change_plan',
            args: { customer: 'K-30021', plan: 'Fibre 100' },
            result: 'K-30021 moved to Fibre 100 (EUR 29/month) from 2025-06-01, new 12-month term.',
            reasoning: 'A cheaper plan usually keeps customers.',
          },
          {
            say: 'Good news, Jana: instead of cancelling, I moved you to Fibre 100 at EUR 29/month from 1 June, saving you EUR 20 a month (new 12-month term).',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'billing_agent', to: 'retention_agent' },
      agent: 'retention_agent',
    },
  }),
  defineScenario({
    id: 'escalation-announced-never-made',
    title: 'The support lead tells the customer the case went to the escalation team; it never did',
    domain: 'customer support',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Someone logged into my account (customer M-70045) from Brazil last night and changed my payout IBAN. I did not do this. Please lock it and investigate.',
    topology: {
      shape: 'supervisor',
      coordinator: 'support_lead',
      workers: ['account_agent', 'escalation_team'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'support_lead',
        description: 'First-line support lead',
        instructions:
          'Check the account with the account agent; security incidents go to the escalation team, who lock accounts and investigate.',
        replies: [
          {
            handoff: 'account_agent',
            message: 'Show recent logins and profile changes for customer M-70045.',
          },
          {
            say: 'Thank you for reporting this. I can see a login from São Paulo at 23:41 and an IBAN change at 23:44. I have passed your case to our escalation team, who will lock the account and investigate; you will hear from them within 2 hours.',
          },
        ],
      },
      {
        name: 'account_agent',
        description: 'Reads account activity',
        instructions: 'Read account activity with the tools.',
        replies: [
          {
            call: 'account_activity',
            args: { customer: 'M-70045', hours: 24 },
            result:
              'M-70045: login 2025-04-07 23:41 from São Paulo, BR (new device); payout IBAN changed 23:44 to BR15 0000 0000 0000 1093 2840 814 P2; 2FA: not enabled.',
          },
          {
            say: 'M-70045: new-device login from São Paulo at 23:41 on 7 April, payout IBAN changed at 23:44 to a Brazilian account; 2FA is off.',
          },
        ],
      },
      {
        name: 'escalation_team',
        description: 'Security escalations: locks accounts and investigates',
        instructions: 'Lock compromised accounts and open investigations.',
        replies: [
          {
            call: 'lock_account',
            args: { customer: 'M-70045' },
            result: 'M-70045 locked; payouts frozen; case SEC-2231 opened.',
          },
          { say: 'Locked M-70045, froze payouts, opened case SEC-2231.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'support_lead', to: 'escalation_team' },
      agent: 'support_lead',
    },
  }),
  defineScenario({
    id: 'address-change-verification-loop',
    title:
      'Identity checks bounce the same "date of birth missing" back four times, though it was sent each time',
    domain: 'customer support',
    mast: ['FM-1.3', 'FM-2.5'],
    request:
      'Please change my delivery address to Laan van Meerdervoort 52, 2517 AK Den Haag. Customer C-1182, Sara Lind, born 2 July 1984.',
    topology: { shape: 'swarm', entry: 'address_agent', agents: ['address_agent', 'identity_agent'] },
    agents: [
      {
        name: 'address_agent',
        description: 'Changes customer addresses after identity verification',
        instructions: 'Have the identity agent verify the customer, then change the address.',
        replies: [
          {
            handoff: 'identity_agent',
            message: 'Verify customer C-1182: Sara Lind, date of birth 1984-07-02, current postcode 2511 AB.',
          },
          {
            handoff: 'identity_agent',
            message: 'The date of birth of C-1182 is 2 July 1984 (given by the customer). Please verify.',
          },
          {
            handoff: 'identity_agent',
            message:
              'C-1182 date of birth: 02/07/1984 (DD/MM/YYYY), matching the account. Please verify again.',
          },
          {
            handoff: 'identity_agent',
            message: 'Once more: Sara Lind, C-1182, born 2 July 1984, postcode 2511 AB. Verify, please.',
          },
          {
            say: 'Sorry, Sara, we could not verify your identity, so your address was not changed. Please call us on 070 123 4567.',
          },
        ],
      },
      {
        name: 'identity_agent',
        description: 'Verifies customer identity',
        instructions: 'Verify customers against the account data; say what is missing.',
        replies: [
          {
            handoff: 'address_agent',
            message:
              'Verification failed for C-1182: date of birth missing. Please collect the date of birth.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'identity_agent', to: 'address_agent' },
      agent: 'identity_agent',
    },
  }),
];
