import { defineScenario } from '../scenario.ts';

const ITINERARY =
  'Lisbon, 12–16 May 2025 (4 nights): TAP TP1331 Amsterdam 07:05 → Lisbon 09:00, return TP1334 16 May 18:35. Hotel Avenida Palace, 4 nights at EUR 310/night = EUR 1,240. Flights EUR 1,210 for two. Total EUR 2,450.';

export const travelScenarios = [
  defineScenario({
    id: 'itinerary-budget-loop',
    title: 'The planner resends the same over-budget itinerary after each rejection',
    domain: 'travel',
    mast: ['FM-1.3', 'FM-2.5'],
    request: 'Plan a 4-night trip to Lisbon for two, 12–16 May 2025, from Amsterdam. Total budget EUR 2,000.',
    topology: {
      shape: 'pipeline',
      order: ['itinerary_planner', 'budget_checker'],
      loop: { from: 'budget_checker', to: 'itinerary_planner', while: 'REVISE', max: 5 },
    },
    agents: [
      {
        name: 'itinerary_planner',
        description: 'Plans flights and hotels',
        instructions: 'Plan the trip within the budget; when the budget checker objects, change the plan.',
        prompt: 'Trip request: {request}\n\nLatest note: {input}',
        replies: [{ say: ITINERARY }],
      },
      {
        name: 'budget_checker',
        description: 'Checks plans against the budget',
        instructions:
          'Approve plans within budget with "APPROVED: <plan>"; otherwise answer "REVISE: <what is wrong>".',
        prompt: 'Plan to check:\n{input}\n\nBudget: EUR 2,000 total.',
        replies: [
          {
            say: 'REVISE: the total of EUR 2,450 is over the EUR 2,000 budget. Choose a hotel under EUR 200/night or cheaper flights.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'itinerary_planner', to: 'budget_checker' },
      agent: 'itinerary_planner',
    },
  }),
  defineScenario({
    id: 'airport-transfer-stale-delay',
    title:
      'The flight agent sees the delay on refresh but hands on the old arrival time; the car is booked too early',
    domain: 'travel',
    mast: ['FM-1.4'],
    request:
      'I land in Lisbon on TP1331 from Amsterdam tomorrow, 12 May 2025. Book me a car from the airport to Hotel Avenida Palace for when I arrive.',
    topology: { shape: 'swarm', entry: 'flight_agent', agents: ['flight_agent', 'ground_agent'] },
    agents: [
      {
        name: 'flight_agent',
        description: 'Flight status and changes',
        instructions: 'Check flights and hand ground transport to the ground agent with the arrival time.',
        replies: [
          {
            call: 'flight_status',
            args: { flight: 'TP1331', date: '2025-05-12' },
            result: 'TP1331 AMS→LIS 2025-05-12: scheduled 07:05, arrival 09:00, status ON TIME.',
          },
          {
            call: 'flight_status',
            args: { flight: 'TP1331', date: '2025-05-12' },
            result:
              'TP1331 AMS→LIS 2025-05-12: DELAYED, new departure 09:45, new arrival 11:40 (crew rotation).',
            text: 'Checking once more for updates.',
            waitMs: 45_000,
          },
          {
            handoff: 'ground_agent',
            message:
              'TP1331 arrives in Lisbon at 09:00 on 12 May 2025. Book a car from Lisbon airport to Hotel Avenida Palace for 09:30.',
          },
        ],
      },
      {
        name: 'ground_agent',
        description: 'Airport transfers and cars',
        instructions: 'Book ground transport as asked and confirm the booking.',
        replies: [
          {
            call: 'book_transfer',
            args: {
              pickup: 'Lisbon Airport (LIS)',
              dropoff: 'Hotel Avenida Palace',
              time: '2025-05-12T09:30',
            },
            result:
              'Transfer LX-20991 booked: LIS → Hotel Avenida Palace, 12 May 2025 09:30, driver meets at arrivals.',
          },
          {
            say: 'Your car is booked: Lisbon airport to Hotel Avenida Palace on 12 May 2025 at 09:30, booking LX-20991. The driver meets you at arrivals.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'flight_agent', to: 'ground_agent' },
      agent: 'flight_agent',
    },
  }),
  defineScenario({
    id: 'city-break-swarm-prices',
    title:
      'Flight, hotel and transfer agents hand over in turn; prices pass as "EUR 1,240", "€1240" and "1240 euros"',
    domain: 'travel',
    mast: ['FM-2.4'],
    nearMissOf: 'misunderstood_task / lost_message: values reformatted between peers',
    request:
      'Book my Porto trip for two: flights from Amsterdam 20–23 June 2025, a hotel near Ribeira, and an airport pickup.',
    topology: {
      shape: 'swarm',
      entry: 'flight_agent',
      agents: ['flight_agent', 'hotel_agent', 'ground_agent'],
    },
    agents: [
      {
        name: 'flight_agent',
        description: 'Books flights',
        instructions: 'Book flights, then hand over to the hotel agent with the arrival details.',
        replies: [
          {
            call: 'book_flight',
            args: { route: 'AMS-OPO', depart: '2025-06-20', return: '2025-06-23', passengers: 2 },
            result:
              'Booked KL1715 AMS 06:50 → OPO 09:15 on 2025-06-20 and KL1716 OPO 10:05 → AMS 14:20 on 2025-06-23 for 2 passengers, total EUR 1,240, PNR QX7R2D.',
          },
          {
            handoff: 'hotel_agent',
            message:
              'Flights booked (PNR QX7R2D, €1240 for two): arriving in Porto on 20 June 2025 at 09:15, leaving 23 June at 10:05. Please book a hotel near Ribeira for 3 nights.',
          },
        ],
      },
      {
        name: 'hotel_agent',
        description: 'Books hotels',
        instructions: 'Book hotels, then hand over to the ground agent with the pickup details.',
        replies: [
          {
            call: 'book_hotel',
            args: { area: 'Ribeira, Porto', check_in: '2025-06-20', nights: 3, guests: 2 },
            result:
              'Booked Pestana Vintage Porto, 20–23 Jun 2025, 3 nights, 2 guests, EUR 585, confirmation PV-44120.',
          },
          {
            handoff: 'ground_agent',
            message:
              'Hotel booked: Pestana Vintage Porto, Ribeira, 20–23 June (585 euros, PV-44120). Book an airport pickup on 20 June for the 09:15 arrival of KL1715, two passengers.',
          },
        ],
      },
      {
        name: 'ground_agent',
        description: 'Books airport transfers',
        instructions: 'Book transfers and summarise the whole trip.',
        replies: [
          {
            call: 'book_transfer',
            args: {
              pickup: 'Porto Airport (OPO)',
              dropoff: 'Pestana Vintage Porto',
              time: '2025-06-20T09:45',
            },
            result: 'Transfer OP-5521 booked for 2 passengers, 20/06/2025 09:45, EUR 38.',
          },
          {
            say: 'All set for Porto: flights KL1715/KL1716 (PNR QX7R2D, 1240 euros for two), Pestana Vintage Porto 20–23 June (585 euros, PV-44120), and a pickup at 09:45 on 20 June (OP-5521, 38 euros). Total 1,863 euros.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'conference-flight-wrong-friday',
    title: 'Told to book Friday 13 June, the flight agent books Friday 6 June',
    domain: 'travel',
    mast: ['FM-2.2', 'FM-1.1'],
    request:
      'Book me the cheapest direct flight Amsterdam → New York (JFK) on Friday 13 June 2025, economy, and a hotel in Midtown for 3 nights.',
    topology: {
      shape: 'supervisor',
      coordinator: 'travel_desk',
      workers: ['flight_agent', 'hotel_agent'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'travel_desk',
        description: 'Corporate travel desk',
        instructions: 'Have flights and hotels booked and send the traveller one confirmation.',
        replies: [
          {
            handoff: 'flight_agent',
            message:
              'Book the cheapest direct economy flight AMS → JFK on Friday 13 June 2025 for one traveller.',
          },
          {
            handoff: 'hotel_agent',
            message: 'Book a Midtown Manhattan hotel for 3 nights from the arrival of KL641 on 6 June 2025.',
          },
          {
            say: 'You are booked: KL641 AMS 10:20 → JFK 12:35 on Friday 6 June 2025 (EUR 612, ref KX8P2L) and the Hotel Edison, Midtown, 6–9 June (USD 687, conf. ED-55190).',
          },
        ],
      },
      {
        name: 'flight_agent',
        description: 'Books flights',
        instructions: 'Search and book flights.',
        replies: [
          {
            call: 'search_flights',
            args: { origin: 'AMS', destination: 'JFK', date: '2025-06-06', direct: true },
            result:
              'KL641 10:20→12:35 EUR 612; DL47 13:05→15:20 EUR 689; UA71 16:55→19:10 EUR 701 (Fri 06 Jun 2025).',
            reasoning: 'Next Friday is the 6th.',
          },
          {
            call: 'book_flight',
            args: { flight: 'KL641', date: '2025-06-06' },
            result: 'Booked KL641 on 2025-06-06, ref KX8P2L, EUR 612.',
          },
          { say: 'Booked KL641 AMS 10:20 → JFK 12:35 on Friday 6 June 2025, EUR 612, booking ref KX8P2L.' },
        ],
      },
      {
        name: 'hotel_agent',
        description: 'Books hotels',
        instructions: 'Book hotels.',
        replies: [
          {
            call: 'book_hotel',
            args: { area: 'Midtown Manhattan', check_in: '2025-06-06', nights: 3 },
            result: 'Hotel Edison, 6–9 June 2025, 3 nights, USD 687, confirmation ED-55190.',
          },
          { say: 'Booked Hotel Edison, Midtown, 6–9 June 2025 (3 nights), USD 687, confirmation ED-55190.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'travel_desk', to: 'flight_agent' },
      agent: 'flight_agent',
    },
  }),
  defineScenario({
    id: 'visa-check-timeout-passed-on',
    title:
      'The visa service times out and the checker passes the error on; the trip brief quotes it as the requirement',
    domain: 'travel',
    mast: ['FM-3.2'],
    request:
      'I am a Dutch citizen travelling to India for a 10-day conference in November 2025. What visa do I need? Write me a trip brief.',
    topology: { shape: 'pipeline', order: ['trip_intake', 'visa_checker', 'brief_writer'] },
    agents: [
      {
        name: 'trip_intake',
        description: 'Captures trip details',
        instructions: 'Extract the traveller and trip details.',
        replies: [
          {
            say: 'Traveller: Dutch passport holder. Destination: India, 10 days in November 2025, purpose: conference (business).',
          },
        ],
      },
      {
        name: 'visa_checker',
        description: 'Checks visa requirements',
        instructions: 'Check visa requirements with the visa service.',
        prompt: 'Trip details:\n{input}',
        replies: [
          {
            call: 'visa_requirements',
            args: { nationality: 'NL', destination: 'IN', purpose: 'business', days: 10 },
            result: { error: '504 Gateway Timeout: upstream visa database did not respond in 30000 ms' },
          },
          { say: 'Error: 504 Gateway Timeout: upstream visa database did not respond in 30000 ms' },
        ],
      },
      {
        name: 'brief_writer',
        description: 'Writes trip briefs',
        instructions: 'Write the trip brief for the traveller.',
        prompt: 'Visa check result:\n{input}\n\nTraveller request: {request}',
        replies: [
          {
            say: 'Trip brief, India, November 2025 (10 days, conference). Visa: Error: 504 Gateway Timeout: upstream visa database did not respond in 30000 ms. Pack light clothing; November is dry season.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'visa_checker', to: 'brief_writer' },
      agent: 'visa_checker',
    },
  }),
  defineScenario({
    id: 'rail-booking-retry-swarm',
    title:
      'The rail agent’s booking call fails with a 409 seat conflict, it retries another seat and hands over',
    domain: 'travel',
    mast: ['FM-3.2'],
    nearMissOf: 'agent_error: a tool error handled by a retry',
    request:
      'Book me a first-class seat on the Eurostar Brussels → London on 3 July 2025 around 09:00, then a taxi from St Pancras to Canary Wharf.',
    topology: { shape: 'swarm', entry: 'rail_agent', agents: ['rail_agent', 'taxi_agent'] },
    agents: [
      {
        name: 'rail_agent',
        description: 'Books trains',
        instructions: 'Book trains, then hand local transport to the taxi agent.',
        replies: [
          {
            call: 'book_seat',
            args: { train: 'ES9116', date: '2025-07-03', class: 'first', seat: '12A' },
            result: { error: '409 Conflict: seat 12A was taken a moment ago' },
          },
          {
            call: 'book_seat',
            args: { train: 'ES9116', date: '2025-07-03', class: 'first', seat: '14A' },
            result:
              'Booked ES9116 Brussels-Midi 08:52 → London St Pancras 09:58, 3 July 2025, coach 3 seat 14A, ref EUR-7Q2M.',
            text: 'Seat 12A just went; taking 14A.',
          },
          {
            handoff: 'taxi_agent',
            message:
              'Train booked: ES9116 arrives London St Pancras at 09:58 on 3 July 2025 (coach 3, seat 14A, ref EUR-7Q2M). Book a taxi St Pancras → Canary Wharf for 10:15.',
          },
        ],
      },
      {
        name: 'taxi_agent',
        description: 'Books taxis',
        instructions: 'Book taxis and summarise the journey.',
        replies: [
          {
            call: 'book_taxi',
            args: { pickup: 'St Pancras International', dropoff: 'Canary Wharf', time: '2025-07-03T10:15' },
            result: 'Taxi TX-3390 booked for 03/07/2025 10:15, St Pancras → Canary Wharf, GBP 42 est.',
          },
          {
            say: 'Journey booked: Eurostar ES9116 Brussels 08:52 → St Pancras 09:58 on 3 July (first class, coach 3 seat 14A, ref EUR-7Q2M), then taxi TX-3390 at 10:15 to Canary Wharf (about GBP 42).',
          },
        ],
      },
    ],
    expected: null,
  }),
];
