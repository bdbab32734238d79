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
  defineScenario({
    id: 'stock-allocation-stale',
    title: 'The allocator re-reads stock (20 left) and still allocates 100 from the 140 it was told earlier',
    domain: 'logistics',
    mast: ['FM-1.4', 'FM-2.5'],
    request: 'Allocate 100 units of SKU-4471 (pump housing) from DC Venlo to customer order 55-917.',
    topology: { shape: 'network', coordinator: 'fulfilment_router', workers: ['stock_checker', 'allocator'] },
    agents: [
      {
        name: 'fulfilment_router',
        description: 'Routes fulfilment work between agents',
        instructions:
          'Route each step of the fulfilment request to the right agent; finish with a confirmation.',
        replies: [
          { handoff: 'stock_checker', message: 'Check the stock of SKU-4471 at DC Venlo.' },
          {
            handoff: 'allocator',
            message:
              'Allocate 100 units of SKU-4471 at DC Venlo to order 55-917. The stock checker reported 140 units available.',
          },
          {
            say: 'Order 55-917: 100 units of SKU-4471 allocated from DC Venlo (allocation AL-30981). 40 units remain.',
          },
        ],
      },
      {
        name: 'stock_checker',
        description: 'Reads warehouse stock levels',
        instructions: 'Read stock levels with the warehouse tool.',
        replies: [
          {
            call: 'stock_level',
            args: { sku: 'SKU-4471', site: 'DC Venlo' },
            result: 'SKU-4471 at DC Venlo: 140 units available (as of 10:31).',
          },
          { say: 'SKU-4471 at DC Venlo: 140 units available.' },
        ],
      },
      {
        name: 'allocator',
        description: 'Allocates stock to orders',
        instructions: 'Allocate stock to orders; never allocate more than is available.',
        replies: [
          {
            call: 'stock_level',
            args: { sku: 'SKU-4471', site: 'DC Venlo' },
            result:
              'SKU-4471 at DC Venlo: 20 units available (as of 10:44; 120 reserved by order 55-901 at 10:42).',
            waitMs: 780_000,
          },
          {
            call: 'allocate',
            args: { sku: 'SKU-4471', site: 'DC Venlo', order: '55-917', quantity: 100 },
            result: 'Allocation AL-30981 created: 100 x SKU-4471 for 55-917 (backorder risk flagged).',
          },
          {
            say: 'Allocated 100 units of SKU-4471 to order 55-917 (AL-30981) out of the 140 available; 40 remain.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'allocator', to: 'fulfilment_router' },
      agent: 'allocator',
    },
  }),
  defineScenario({
    id: 'export-plan-customs-branch-dropped',
    title: 'The planner briefs road, sea and customs; the program never sends the customs brief',
    domain: 'logistics',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Plan the export of 2 containers of machine parts from Stuttgart to Toronto, leaving week 24, including road haulage, ocean freight and export customs.',
    topology: {
      shape: 'fanout',
      planner: 'export_planner',
      workers: ['road_haulier', 'ocean_broker', 'customs_broker'],
      aggregator: 'plan_writer',
    },
    program: { lose: { to: 'customs_broker', prompt: null } },
    agents: [
      {
        name: 'export_planner',
        description: 'Splits export jobs',
        instructions: 'Write one brief per specialist as JSON.',
        replies: [
          {
            plan: {
              road_haulier:
                'Truck 2 x 40ft containers from Stuttgart to the port of Hamburg, arriving by Monday of week 24.',
              ocean_broker: 'Book 2 x 40ft Hamburg → Toronto (via Montreal) sailing in week 24.',
              customs_broker:
                'Prepare the export declaration (ATLAS) and the EUR.1 certificate for machine parts, HS 8466, value EUR 412,000.',
            },
          },
        ],
      },
      {
        name: 'road_haulier',
        description: 'Road transport',
        instructions: 'Plan and book road haulage.',
        replies: [
          {
            call: 'book_truck',
            args: {
              origin: 'Stuttgart',
              destination: 'Hamburg port',
              containers: 2,
              arrive_by: '2025-06-09',
            },
            result:
              'Booked Spedition Kraus, 2 x 40ft, pickup 2025-06-06, arrival Hamburg CTA 2025-06-09, EUR 3,980.',
          },
          {
            say: 'Road: Spedition Kraus picks up both containers in Stuttgart on 6 June and delivers to Hamburg CTA on 9 June (EUR 3,980).',
          },
        ],
      },
      {
        name: 'ocean_broker',
        description: 'Ocean freight',
        instructions: 'Book ocean freight.',
        replies: [
          {
            call: 'book_sailing',
            args: { origin: 'Hamburg', destination: 'Toronto', containers: 2, week: 24 },
            result:
              'Hapag-Lloyd Montreal Express, ETD Hamburg 2025-06-12, ETA Montreal 2025-06-22, rail to Toronto 2025-06-25, USD 7,150.',
          },
          {
            say: 'Ocean: Hapag-Lloyd sailing 12 June from Hamburg, Montreal 22 June, rail to Toronto 25 June (USD 7,150).',
          },
        ],
      },
      {
        name: 'customs_broker',
        description: 'Export customs',
        instructions: 'Prepare export customs documents.',
        replies: [{ say: 'Export declaration MRN 25DE0000012345 filed; EUR.1 certificate issued.' }],
      },
      {
        name: 'plan_writer',
        description: 'Writes the export plan',
        instructions:
          'Write the full export plan from the specialists’ notes, covering every part of the request.',
        prompt: 'Specialist notes:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: 'Export plan, Stuttgart → Toronto, week 24: Spedition Kraus trucks both 40ft containers to Hamburg CTA (6–9 June, EUR 3,980); Hapag-Lloyd sails 12 June to Montreal (22 June) with rail to Toronto on 25 June (USD 7,150). Ready to go.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'export_planner', to: 'customs_broker' },
      agent: 'export_planner',
    },
  }),
  defineScenario({
    id: 'pallet-weights-units',
    title:
      'Weights and distances change units between stages: 1,000 kg / 1 t, 48 h / 2 days, 5 km / 5 kilometres',
    domain: 'logistics',
    mast: ['FM-1.1'],
    nearMissOf: 'misunderstood_task: the same quantity in other units or separators',
    request:
      'Plan a delivery of 1,000 kg of cement (40 bags) to the building site at Keizersgracht 120, Amsterdam, within 48 hours. The site only accepts vehicles under 7.5 t within 5 km of the centre.',
    topology: { shape: 'pipeline', order: ['order_desk', 'route_planner', 'driver_briefing'] },
    agents: [
      {
        name: 'order_desk',
        description: 'Takes delivery orders',
        instructions: 'Turn the request into a delivery order for route planning.',
        replies: [
          {
            say: 'Delivery order DO-88412: 1 t of cement (40 × 25 kg bags) to Keizersgracht 120, Amsterdam, deliver within 2 days. Constraint: vehicle below 7,5 t inside the 5-kilometre centre zone.',
          },
        ],
      },
      {
        name: 'route_planner',
        description: 'Plans routes and vehicles',
        instructions: 'Pick a vehicle and a time slot that meet the constraints.',
        prompt: 'Delivery order:\n{input}',
        replies: [
          {
            call: 'plan_route',
            args: { destination: 'Keizersgracht 120, Amsterdam', load_kg: 1000, max_vehicle_t: 7.5 },
            result:
              'Vehicle V-12 (3.5 t van, payload 1,200 kg) from depot Westpoort, 11.4 km, 28 min; slot tomorrow 07:30-08:00 (inside the 48 h window).',
          },
          {
            say: 'Van V-12 (3.5 t, payload 1200 kg) carries the 1000 kg from depot Westpoort, 11.4 km / 28 min, arriving tomorrow 07:30–08:00, within the 48-hour window and under the 7.5-tonne limit.',
          },
        ],
      },
      {
        name: 'driver_briefing',
        description: 'Briefs drivers',
        instructions: 'Write the driver briefing.',
        prompt: 'Route plan:\n{input}',
        replies: [
          {
            say: 'Driver briefing DO-88412: take van V-12 (3.5 t) from Westpoort with 40 bags of cement (1,000 kg), arrive Keizersgracht 120 tomorrow between 07:30 and 08:00. The centre zone (5 km) allows vehicles up to 7.5 t only.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'shipment-status-repeat',
    title: 'The coordinator asks the tracking agent the same question five times and never finishes',
    domain: 'logistics',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Has container MSCU 481230-7 cleared customs in Rotterdam yet? Let me know when it is ready for pickup.',
    topology: {
      shape: 'supervisor',
      coordinator: 'ops_coordinator',
      workers: ['tracking_agent'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'ops_coordinator',
        description: 'Coordinates port operations questions',
        instructions: 'Answer operational questions using the tracking agent.',
        replies: [
          {
            handoff: 'tracking_agent',
            message: 'Check the customs status of container MSCU 481230-7 in Rotterdam.',
          },
          {
            handoff: 'tracking_agent',
            message: 'Check the customs status of container MSCU 481230-7 in Rotterdam.',
          },
          {
            handoff: 'tracking_agent',
            message: 'Check the customs status of container MSCU 481230-7 in Rotterdam.',
          },
          {
            handoff: 'tracking_agent',
            message: 'Check the customs status of container MSCU 481230-7 in Rotterdam.',
          },
          {
            handoff: 'tracking_agent',
            message: 'Check the customs status of container MSCU 481230-7 in Rotterdam.',
          },
          { say: 'I could not confirm the customs status of MSCU 481230-7 yet.' },
        ],
      },
      {
        name: 'tracking_agent',
        description: 'Tracks containers and customs status',
        instructions: 'Look up container and customs status.',
        replies: [
          {
            call: 'container_status',
            args: { container: 'MSCU 481230-7', port: 'Rotterdam' },
            result:
              'MSCU 481230-7 at ECT Delta: discharged 2025-03-18 06:40; customs: RELEASED 2025-03-18 14:12; pickup PIN 7731.',
          },
          {
            say: 'MSCU 481230-7 was released by customs on 18 March at 14:12 and is ready for pickup at ECT Delta (PIN 7731).',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'ops_coordinator', to: 'tracking_agent' },
      agent: 'ops_coordinator',
    },
  }),
];
