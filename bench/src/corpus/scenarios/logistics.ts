import { defineScenario } from '../scenario.ts';

export const logisticsScenarios = [
  defineScenario({
    id: 'freight-quote-wrong-pallets',
    title: 'The rate agent quotes 2 pallets instead of 12; the booking goes through at the wrong price',
    domain: 'logistics',
    mast: ['FM-1.1'],
    request:
      'Get me a road freight quote for 12 pallets from Rotterdam to Milan, delivered by 14 March 2025, price in EUR, and book the cheapest carrier.',
    topology: {
      shape: 'supervisor',
      coordinator: 'dispatcher',
      workers: ['rate_agent', 'booking_agent'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'dispatcher',
        description: 'Plans shipments and delegates quoting and booking',
        instructions: 'Get quotes from the rate agent and have the booking agent book the cheapest carrier.',
        replies: [
          {
            handoff: 'rate_agent',
            message:
              'Quote road freight for 12 pallets Rotterdam → Milan, delivery by 14 March 2025, prices in EUR. List carriers with price and transit time.',
          },
          {
            handoff: 'booking_agent',
            message: 'Book TransAlp for the Rotterdam → Milan shipment at EUR 610, transit 3 days.',
          },
          {
            say: 'Booked: TransAlp, Rotterdam → Milan, EUR 610, booking reference TA-88213, transit 3 days, delivery before 14 March 2025.',
          },
        ],
      },
      {
        name: 'rate_agent',
        description: 'Looks up carrier rates',
        instructions: 'Look up carrier rates for the shipment you are given.',
        replies: [
          {
            call: 'rate_lookup',
            args: { origin: 'Rotterdam', destination: 'Milan', pallets: 2 },
            result:
              'TransAlp: 2 pallets, EUR 610, transit 3 days. NordFreight: 2 pallets, EUR 705, transit 2 days.',
            reasoning: 'Standard pallet quote.',
          },
          {
            say: 'Cheapest: TransAlp at EUR 610 for 2 pallets Rotterdam → Milan, transit 3 days. NordFreight: EUR 705, transit 2 days.',
          },
        ],
      },
      {
        name: 'booking_agent',
        description: 'Books carriers',
        instructions: 'Book the carrier you are told to book.',
        replies: [
          {
            call: 'book_carrier',
            args: { carrier: 'TransAlp', lane: 'Rotterdam-Milan', price_eur: 610 },
            result: 'Booking TA-88213 confirmed: TransAlp, Rotterdam-Milan, EUR 610.',
          },
          { say: 'Booked TransAlp Rotterdam → Milan for EUR 610, reference TA-88213.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'dispatcher', to: 'rate_agent' },
      agent: 'rate_agent',
    },
  }),
];
