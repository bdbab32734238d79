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
];
