import { defineScenario } from '../scenario.ts';

/**
 * Blind batch 5: 24 programs in domains the rest of the corpus does not use, written and given
 * their expected diagnoses from the README's principles before anything was run on them.
 */
export const blindBatch5Scenarios = [
  // ── pipeline (revise loop): the designer resends the same recipe after each objection ──
  defineScenario({
    id: 'amber-ale-recipe-resent-over-abv',
    title: 'The recipe designer answers every ABV objection with the same 5.5 % recipe',
    domain: 'brewery production',
    mast: ['FM-1.3', 'FM-2.5'],
    request:
      'Design a 20 hl batch of the autumn amber ale for the taproom. ABV must stay at or below 5.0 % (licence condition for the taproom tier), IBU 25-35.',
    topology: {
      shape: 'pipeline',
      order: ['recipe_designer', 'abv_checker'],
      loop: { from: 'abv_checker', to: 'recipe_designer', while: 'REVISE', max: 4 },
    },
    agents: [
      {
        name: 'recipe_designer',
        description: 'Writes brew-house recipes',
        instructions:
          'Write the recipe for the batch asked for; when the checker sends it back, fix what it names.',
        prompt: 'Brief: {request}\n\nLast checker note (first round: none): {input}',
        replies: [
          {
            say: [
              'Amber Ale AA-26-11, 20 hl',
              '| item | qty |',
              '|---|---|',
              '| Pale ale malt | 352 kg |',
              '| Crystal 150 | 28 kg |',
              '| Munich I | 40 kg |',
              '| East Kent Goldings @60 | 3.1 kg |',
              '| Challenger @15 | 1.6 kg |',
              'Mash 66 °C / 60 min. OG 1.054, FG 1.012 → ~5.5 % ABV. IBU 31. Yeast: Nottingham, 19 °C.',
            ].join('\n'),
          },
        ],
      },
      {
        name: 'abv_checker',
        description: 'Checks recipes against licence limits',
        instructions:
          'Pass recipes within limits as "OK: <recipe>"; otherwise reply "REVISE: <what to change>".',
        prompt: 'Recipe for review:\n{input}\n\nLimits: ABV ≤ 5.0 %, IBU 25-35.',
        replies: [
          {
            say: 'REVISE: OG 1.054 / FG 1.012 works out at 5.5 % ABV, limit is 5.0 %. Take ~9 % off the pale malt or mash at 68 °C for a higher FG. IBU 31 is fine.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'recipe_designer', to: 'abv_checker' },
      agent: 'recipe_designer',
    },
  }),

  // ── pipeline (revise loop), healthy: one objection, one real revision, approved ──
  defineScenario({
    id: 'community-concert-programme-trimmed-once',
    title: 'The programme runs six minutes over; the planner drops the Elgar and the checker approves',
    domain: 'orchestra programming',
    mast: ['FM-1.3'],
    nearMissOf: 'handoff_loop: a revise loop that converges after one real change',
    request:
      'Build the programme for the 14 March 2026 community concert: at most 95 minutes including a 20-minute interval, at least one piece by a living composer, and finish with Dvořák 8.',
    topology: {
      shape: 'pipeline',
      order: ['programme_planner', 'timing_checker', 'notes_writer'],
      loop: { from: 'timing_checker', to: 'programme_planner', while: 'REVISE', max: 4 },
    },
    agents: [
      {
        name: 'programme_planner',
        description: 'Plans concert programmes',
        instructions: 'Propose a running order that meets the brief; revise it when the checker asks.',
        prompt: 'Concert brief: {request}\n\nChecker says: {input}',
        replies: [
          {
            say: "Draft 1 — Smetana: Bartered Bride overture (7'), Gabriela Lena Frank: Leyendas (17'), Elgar: Serenade for Strings (13'), interval (20'), Sibelius: Finlandia (8'), Dvořák: Symphony No. 8 (36'). Total 101'.",
          },
          {
            say: "Draft 2 — Smetana: Bartered Bride overture (7'), Gabriela Lena Frank: Leyendas (17'), interval (20'), Sibelius: Finlandia (8'), Dvořák: Symphony No. 8 (36'). Elgar dropped. Total 88'.",
          },
        ],
      },
      {
        name: 'timing_checker',
        description: 'Checks programme length and brief',
        instructions:
          'Reply "APPROVED: <programme>" when the programme meets the brief, else "REVISE: <what is wrong>".',
        prompt: 'Programme:\n{input}\n\nBrief: {request}',
        replies: [
          {
            say: 'REVISE: 101 min incl. interval, the cap is 95. Cut at least 6 minutes; keep Frank and the Dvořák.',
          },
          {
            say: "APPROVED: Smetana overture (7'), Frank Leyendas (17'), interval (20'), Finlandia (8'), Dvořák 8 (36') = 88 min. Living composer: Frank (b. 1972). Ends with Dvořák 8.",
          },
        ],
      },
      {
        name: 'notes_writer',
        description: 'Writes programme notes',
        instructions: 'Turn the approved programme into the printed running order.',
        prompt: 'Approved programme:\n{input}\n\nWrite the printed running order.',
        replies: [
          {
            say: 'Saturday 14 March 2026 — running order\n1. Smetana — Overture, The Bartered Bride (c. 7 min)\n2. Gabriela Lena Frank — Leyendas: An Andean Walkabout (c. 17 min)\n— Interval (20 min) —\n3. Sibelius — Finlandia (c. 8 min)\n4. Dvořák — Symphony No. 8 in G major (c. 36 min)\nApprox. 1 h 28 min including the interval.',
          },
        ],
      },
    ],
    expected: null,
  }),

  // ── pipeline: the clerk reports "ropes 6 % wear" and leaves out the rope above discard ──
  defineScenario({
    id: 'lift-rope-over-discard-left-out',
    title:
      'The inspection record flags rope 4 at 11 % wear; the clerk passes on "6 %" and the lift returns to service',
    domain: 'elevator maintenance',
    mast: ['FM-2.4'],
    request:
      'Car 2 at 41 Harbour Rd had its annual inspection yesterday. Can it go back into service? If so, schedule it and draft the notice for the residents.',
    topology: { shape: 'pipeline', order: ['inspection_clerk', 'service_scheduler', 'notice_writer'] },
    agents: [
      {
        name: 'inspection_clerk',
        description: 'Pulls inspection records',
        instructions:
          'Pull the latest inspection record for the lift and pass its status on to the scheduler.',
        replies: [
          {
            call: 'get_inspection_record',
            args: { site: '41 Harbour Rd', car: 2 },
            result: [
              'INSP-2026-11873 | 2026-12-02 | Car 2 (MonoSpace 500, 8 pers / 630 kg) | Inspector T. Mbeki, cert LIB-4471',
              '- Door operator: pass',
              '- Safety gear: pass at 115 % rated load',
              '- Overspeed governor: pass, trip 1.28 m/s',
              '- Suspension ropes: ropes 1-3 6 % wear; rope 4 11 % wear (discard criterion 10 %) -> replace before return to service',
              '- Pit / buffers: pass',
              '- Alarm & phone: pass (call centre test 14:12)',
              'Overall: CONDITIONAL',
            ].join('\n'),
          },
          {
            say: 'Car 2 / 41 Harbour Rd — INSP-2026-11873, 2 Dec 2026 (T. Mbeki). Doors ok, safety gear ok @115 %, governor trip 1.28 m/s ok, ropes measured — 6 % wear, pit/buffers ok, alarm tested 14:12. Good to schedule.',
          },
        ],
      },
      {
        name: 'service_scheduler',
        description: 'Sets lift service status',
        instructions: 'Put lifts back into service or keep them out, from the inspection status.',
        prompt: 'Inspection status:\n{input}',
        replies: [
          {
            call: 'set_service_status',
            args: { car: '41HR-2', status: 'in_service', from: '2026-12-03T07:00' },
            result: 'OK 41HR-2 -> IN_SERVICE from 2026-12-03 07:00 (ticket SVC-77410 closed)',
          },
          { say: 'Done: 41HR-2 in service from 07:00 Thu 3 Dec, SVC-77410 closed.' },
        ],
      },
      {
        name: 'notice_writer',
        description: 'Writes resident notices',
        instructions: 'Write a short notice for residents.',
        prompt: 'Write the resident notice for this:\n{input}',
        replies: [
          {
            say: 'Dear residents, lift car 2 passed its annual inspection and is back in service from 7:00 on Thursday 3 December. Thank you for your patience. — Harbour Rd building management',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'inspection_clerk', to: 'service_scheduler' },
      agent: 'inspection_clerk',
    },
  }),

  // ── pipeline: code written by one agent, run by another; it divides litres by 100 ──
  defineScenario({
    id: 'westfield-consumption-script-litres-per-hundred',
    title:
      'The analyst’s snippet converts litres to m³ by dividing by 100; the runner runs it and the board note quotes 4.127 m³/day',
    domain: 'water utility',
    mast: ['FM-3.2'],
    request:
      'For the Westfield district, what was the average daily consumption per household in November 2026, in m³? Put it in the monthly board note.',
    topology: { shape: 'pipeline', order: ['query_author', 'script_runner', 'board_note_writer'] },
    agents: [
      {
        name: 'query_author',
        description: 'Writes analysis code against the meter exports',
        instructions:
          'Write a Python snippet that answers the question from the meter export (columns: household_id, reading_date, litres). Do not run it.',
        replies: [
          {
            say: [
              '```python',
              'import pandas as pd',
              'df = pd.read_parquet("exports/westfield_2026-11.parquet")',
              'per_household = df.groupby("household_id")["litres"].sum()',
              'daily_m3 = per_household.mean() / 30 / 100  # litres -> m3',
              'print(round(daily_m3, 3))',
              '```',
            ].join('\n'),
          },
        ],
      },
      {
        name: 'script_runner',
        description: 'Runs analysis code in the sandbox',
        instructions: 'Run the code you are given and report its output.',
        prompt: 'Run this:\n{input}',
        replies: [
          {
            call: 'run_python',
            args: {
              code: 'import pandas as pd\ndf = pd.read_parquet("exports/westfield_2026-11.parquet")\nper_household = df.groupby("household_id")["litres"].sum()\ndaily_m3 = per_household.mean() / 30 / 100  # litres -> m3\nprint(round(daily_m3, 3))',
            },
            result: 'stdout:\n4.127\nexit 0 · 1.8 s · read 12,884 rows (3,211 households)',
          },
          { say: 'Output 4.127 (exit 0; 12,884 meter rows, 3,211 households).' },
        ],
      },
      {
        name: 'board_note_writer',
        description: 'Writes the monthly board note',
        instructions: 'Write the board-note paragraph from the figure.',
        prompt: 'Figure: {input}\n\nQuestion: {request}',
        replies: [
          {
            say: 'Westfield, November 2026: average daily consumption per household was 4.127 m³ (3,211 households, 12,884 meter readings).',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'query_author', to: 'script_runner' },
      agent: 'query_author',
    },
  }),

  // ── supervisor (plain): the program hands the catalogue agent a brief without the edition ──
  defineScenario({
    id: 'thompson-penguin-edition-brief-trimmed',
    title:
      'The program passes the catalogue agent only the title; it finds the 1966 Vintage copy and that is put on hold',
    domain: 'public library',
    mast: ['FM-1.4'],
    request:
      "Can you get me 'The Making of the English Working Class' by E. P. Thompson — specifically the 1980 Penguin edition, ISBN 978-0-14-013603-6, I need its page numbers for citations? Interlibrary loan is fine if we don't have it.",
    topology: {
      shape: 'supervisor',
      coordinator: 'circulation_desk',
      workers: ['catalogue_agent', 'hold_agent'],
      handoffTools: 'plain',
    },
    program: {
      lose: {
        to: 'catalogue_agent',
        prompt: 'Holdings check: The Making of the English Working Class (Thompson).',
      },
    },
    agents: [
      {
        name: 'circulation_desk',
        description: 'Library circulation desk',
        instructions: 'Find the item the patron asked for, get it held or requested, and tell the patron.',
        replies: [
          {
            handoff: 'catalogue_agent',
            message:
              'Check holdings for E. P. Thompson, The Making of the English Working Class — 1980 Penguin edition only, ISBN 978-0-14-013603-6 (patron needs its pagination). If we lack it, say so for ILL.',
          },
          {
            handoff: 'hold_agent',
            message: 'Place a hold for the patron on the copy at 942.07 THO (barcode 31072004418826).',
          },
          {
            say: 'Good news: we have it. The Making of the English Working Class is on hold for you at the front desk (shelf 942.07 THO), ready to collect until 10 December.',
          },
        ],
      },
      {
        name: 'catalogue_agent',
        description: 'Searches the library catalogue',
        instructions: 'Search holdings for what you are asked and report copies and status.',
        replies: [
          {
            call: 'search_catalogue',
            args: { title: 'The Making of the English Working Class', author: 'Thompson' },
            result:
              '1 record: Thompson, E. P. The Making of the English Working Class. New York: Vintage, 1966. 848 p. ISBN 978-0-394-70322-0. Copies: 942.07 THO (barcode 31072004418826) AVAILABLE.',
          },
          { say: 'Held: 942.07 THO, barcode 31072004418826, available on the shelf.' },
        ],
      },
      {
        name: 'hold_agent',
        description: 'Places holds',
        instructions: 'Place holds on copies.',
        replies: [
          {
            call: 'place_hold',
            args: { barcode: '31072004418826', pickup: 'front desk' },
            result: 'Hold H-204417 on 31072004418826, pickup front desk, expires 2026-12-10.',
          },
          { say: 'Hold H-204417 placed, pickup front desk, until 10 Dec.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'circulation_desk', to: 'catalogue_agent' },
      agent: 'catalogue_agent',
    },
  }),

  // ── supervisor (plain): the van dispatch is refused and the rebalancer reports it dispatched ──
  defineScenario({
    id: 'canal-basin-van-off-shift',
    title:
      'The dispatch call returns 422 (van off shift); the rebalancer answers "Dispatched V-12, ETA 16:40"',
    domain: 'bike-share operations',
    mast: ['FM-3.2'],
    request:
      'Station 88 (Canal Basin) is empty again and the 17:00 rush starts soon. Get bikes there and tell me when they will land.',
    topology: {
      shape: 'supervisor',
      coordinator: 'ops_coordinator',
      workers: ['station_monitor', 'rebalancer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'ops_coordinator',
        description: 'Coordinates fleet operations',
        instructions: 'Find donor stations, have bikes moved, and tell the operator what will happen.',
        replies: [
          { handoff: 'station_monitor', message: 'Fill level at S88 and the nearest donor stations?' },
          {
            handoff: 'rebalancer',
            message: 'Move 14 bikes from S31 Market Hall (27/30) to S88 Canal Basin, landing before 17:00.',
          },
          {
            say: 'Van V-12 is on its way with 14 bikes from Market Hall to Canal Basin, ETA 16:40 — before the rush.',
          },
        ],
      },
      {
        name: 'station_monitor',
        description: 'Reads live station status',
        instructions: 'Report station fill levels.',
        replies: [
          {
            call: 'get_station_status',
            args: { ids: '88,31,45' },
            result:
              'S88 Canal Basin: 0/24 docked (2 e-bikes reserved)\nS31 Market Hall: 27/30 docked (3 flagged repair)\nS45 Gasworks: 11/20 docked',
          },
          { say: 'S88: 0 of 24. Best donor S31 Market Hall, 27/30 (3 in repair). S45 Gasworks 11/20.' },
        ],
      },
      {
        name: 'rebalancer',
        description: 'Dispatches rebalancing vans',
        instructions: 'Dispatch a van to move bikes as asked and report the ETA.',
        replies: [
          {
            call: 'dispatch_van',
            args: { van: 'V-12', from_station: 31, to_station: 88, bikes: 14 },
            result: {
              error: '422 Unprocessable Entity: van V-12 status OFF_SHIFT since 15:30, no driver assigned',
            },
          },
          { say: 'V-12 dispatched: 14 bikes S31 → S88, ETA 16:40.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'rebalancer', to: 'ops_coordinator' },
      agent: 'rebalancer',
    },
  }),

  // ── supervisor (plain), healthy: one price written three ways ──
  defineScenario({
    id: 'munich-vienna-one-way-quote-formats',
    title: 'The quote passes as "558.71 EUR", "€558,71" and "EUR 558.71"; the same price each time',
    domain: 'car rental',
    mast: ['FM-2.4'],
    nearMissOf: 'misunderstood_task / low_quality_output: one price in German and English number formats',
    request:
      'One-way rental Munich airport → Vienna city, pick up 19 Dec 2026 09:00, drop off 23 Dec 18:00, automatic estate with winter tyres. What is the total?',
    topology: {
      shape: 'supervisor',
      coordinator: 'rental_desk',
      workers: ['fleet_agent', 'pricing_agent'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'rental_desk',
        description: 'Rental counter agent',
        instructions: 'Check the car is available, get the quote, answer the customer.',
        replies: [
          {
            handoff: 'fleet_agent',
            message: 'Automatic estate w/ winter tyres at MUC airport 19.12. 09:00, one-way to Vienna city?',
          },
          {
            handoff: 'pricing_agent',
            message: 'Quote class IWAR, MUC-APT 2026-12-19 09:00 → VIE-CTY 2026-12-23 18:00, one-way.',
          },
          {
            say: 'Total EUR 558.71 for a VW Passat Variant automatic (estate), Munich airport 19 Dec 09:00 → Vienna city 23 Dec 18:00, winter tyres included: 5 rental days at EUR 64.90, the EUR 145 one-way fee, and 19 % VAT.',
          },
        ],
      },
      {
        name: 'fleet_agent',
        description: 'Checks fleet availability',
        instructions: 'Check availability.',
        replies: [
          {
            call: 'check_fleet',
            args: { station: 'MUC-APT', class: 'IWAR', date: '2026-12-19' },
            result:
              'MUC-APT IWAR (VW Passat Variant AT): 3 available 19.12.2026; winter tyres fitted; one-way to VIE-CTY permitted (cross-border fee applies).',
          },
          {
            say: 'Yes — Passat Variant auto (IWAR), 3 on site, winter tyres on; Vienna drop allowed, cross-border fee.',
          },
        ],
      },
      {
        name: 'pricing_agent',
        description: 'Prices rentals',
        instructions: 'Quote rentals.',
        replies: [
          {
            call: 'quote',
            args: {
              class: 'IWAR',
              pickup: 'MUC-APT',
              dropoff: 'VIE-CTY',
              from: '2026-12-19T09:00',
              to: '2026-12-23T18:00',
            },
            result:
              'base 5 d x 64.90 = 324.50 EUR; one-way AT fee 145.00 EUR; winter pkg incl.; VAT 19 % 89.21 EUR; total 558.71 EUR',
          },
          {
            say: 'Angebot: €558,71 gesamt (5 Miettage à €64,90, Einweggebühr AT €145,00, inkl. 19 % MwSt., Winterreifen inklusive).',
          },
        ],
      },
    ],
    expected: null,
  }),

  // ── supervisor (task): two appointments on file; the scheduler moves one without asking ──
  defineScenario({
    id: 'ribeiro-appointment-moved-without-asking',
    title: '"Move my appointment to the 10th": the patient has two; the scheduler picks the crown fitting',
    domain: 'dental clinic',
    mast: ['FM-2.2'],
    request:
      "Hi, it's Ana Ribeiro (DOB 02/05/1991). Something came up — can you move my appointment to Thursday the 10th, same time if possible?",
    topology: {
      shape: 'supervisor',
      coordinator: 'front_desk',
      workers: ['scheduler', 'reminder_agent'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'front_desk',
        description: 'Clinic front desk',
        instructions: 'Handle patient requests through the scheduler and confirm by SMS.',
        replies: [
          {
            handoff: 'scheduler',
            message:
              'Patient Ana Ribeiro, DOB 1991-05-02, wants her appointment moved to Thu 10 Dec 2026, same time if possible.',
          },
          {
            handoff: 'reminder_agent',
            message:
              'SMS Ana Ribeiro: appointment now Thu 10 Dec 2026 14:30, crown fitting, Dr. Haddad, surgery 2.',
          },
          {
            say: 'All sorted, Ana — your crown fitting with Dr. Haddad is now Thursday 10 December at 14:30 (surgery 2). We have sent you a confirmation text.',
          },
        ],
      },
      {
        name: 'scheduler',
        description: 'Manages the appointment book',
        instructions: 'Look up and change appointments as asked.',
        replies: [
          {
            call: 'list_appointments',
            args: { patient: 'Ana Ribeiro', dob: '1991-05-02' },
            result:
              'APT-55102  Tue 08 Dec 2026 09:00  Hygiene clean (45 min)  hygienist L. Park\nAPT-55177  Fri 11 Dec 2026 14:30  Crown fit #26 (60 min)  Dr. S. Haddad',
          },
          {
            call: 'move_appointment',
            args: { id: 'APT-55177', new_start: '2026-12-10T14:30' },
            result: 'APT-55177 moved -> Thu 10 Dec 2026 14:30, Dr. S. Haddad, surgery 2',
          },
          { say: 'Moved APT-55177 (crown fit, Dr. Haddad) to Thu 10 Dec 14:30, surgery 2.' },
        ],
      },
      {
        name: 'reminder_agent',
        description: 'Sends patient SMS',
        instructions: 'Send the SMS you are asked to send.',
        replies: [
          {
            call: 'send_sms',
            args: {
              to: 'Ana Ribeiro',
              text: 'Your crown fitting with Dr Haddad is now Thu 10 Dec 14:30, surgery 2.',
            },
            result: 'queued SMS-9920413 to +351 9** *** 211',
          },
          { say: 'Sent (SMS-9920413).' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'front_desk', to: 'scheduler' },
      agent: 'scheduler',
    },
  }),

  // ── supervisor (task): reasons its way to the wheelchair space, holds two standard seats ──
  defineScenario({
    id: 'hadestown-wheelchair-space-held-row-c',
    title: 'The seat agent reasons "wheelchair space WS1 + companion B1" and holds C14-C15',
    domain: 'theatre ticketing',
    mast: ['FM-2.6'],
    request:
      'Two tickets for Hadestown, Saturday 12 Dec 2026 at 20:00. One of us uses a wheelchair, so we need a wheelchair space plus a companion seat next to it. Up to £180 for both.',
    topology: {
      shape: 'supervisor',
      coordinator: 'box_office',
      workers: ['seat_agent', 'payment_agent'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'box_office',
        description: 'Box office',
        instructions: 'Get suitable seats held, take payment, confirm to the customer.',
        replies: [
          {
            handoff: 'seat_agent',
            message:
              'Hold 1 wheelchair space + the adjacent companion seat, Hadestown Sat 12/12/2026 20:00, max £180 total.',
          },
          { handoff: 'payment_agent', message: 'Charge the card on file for hold HLD-88213, £142.00.' },
          {
            say: 'Booked: Hadestown, Sat 12 Dec 20:00, Stalls C14 and C15, £142.00 paid (Visa ending 4410). Tickets are in your account.',
          },
        ],
      },
      {
        name: 'seat_agent',
        description: 'Finds and holds seats',
        instructions: 'Find seats matching the request and hold them.',
        replies: [
          {
            call: 'seat_map',
            args: { show: 'HDT-20261212-2000', filter: 'accessible' },
            result:
              'Wheelchair spaces: Stalls WS1, WS2 (row B, each with companion seat B1 / B2) — £68 space + £68 companion\nStep-free seats (transfer required): Stalls C14-C15 £71 each',
          },
          {
            call: 'hold_seats',
            args: { show: 'HDT-20261212-2000', seats: 'C14,C15' },
            result: 'Hold HLD-88213: Stalls C14, C15 — £142.00 — expires 20:15',
            reasoning:
              'WS1 plus companion B1 in row B is £136, under the £180 cap, and is the only pair with a wheelchair space. Hold those.',
          },
          { say: 'Held HLD-88213, £142.00 for the accessible stalls pair — inside budget.' },
        ],
      },
      {
        name: 'payment_agent',
        description: 'Takes payment',
        instructions: 'Charge holds.',
        replies: [
          {
            call: 'charge_hold',
            args: { hold: 'HLD-88213', amount_gbp: 142 },
            result: 'Charged GBP 142.00 to Visa ****4410, auth 7KQ2P9; tickets issued T-661204, T-661205',
          },
          { say: 'Paid, auth 7KQ2P9, tickets T-661204/T-661205 issued.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'box_office', to: 'seat_agent' },
      agent: 'seat_agent',
    },
  }),

  // ── supervisor (task), healthy: results handed back as a table and as JSON ──
  defineScenario({
    id: 'seed-accessions-regeneration-hand-back',
    title:
      'The lab hands back a germination table, the store a JSON of counts; the curator applies both rules',
    domain: 'seed bank',
    mast: ['FM-1.4'],
    nearMissOf: 'lost_message: results handed back as a table and JSON, every figure carried',
    request:
      'Which of accessions SB-04417, SB-04420 and SB-05102 need regeneration? Rule: regenerate when germination is below 85 % or fewer than 1,500 seeds remain.',
    topology: {
      shape: 'supervisor',
      coordinator: 'curator',
      workers: ['germination_lab', 'store_keeper'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'curator',
        description: 'Seed bank curator',
        instructions: 'Collect germination and stock figures and decide regeneration by the rule.',
        replies: [
          {
            handoff: 'germination_lab',
            message: 'Latest germination test for SB-04417, SB-04420, SB-05102: date, n, % germinated.',
          },
          { handoff: 'store_keeper', message: 'Seeds in store for SB-04417, SB-04420, SB-05102?' },
          {
            say: 'Regenerate SB-04420 (germination 81.0 %, below 85 %) and SB-05102 (1,210 seeds left, below 1,500). SB-04417 is fine: 92.5 % germination, 3,120 seeds.',
          },
        ],
      },
      {
        name: 'germination_lab',
        description: 'Germination testing lab',
        instructions: 'Report germination test results.',
        replies: [
          {
            call: 'get_germination_tests',
            args: { accessions: 'SB-04417,SB-04420,SB-05102' },
            result:
              'SB-04417 test GT-2026-0914-03 2026-09-14 n=200 germ=185 (92.5%)\nSB-04420 test GT-2026-1002-11 2026-10-02 n=200 germ=162 (81.0%)\nSB-05102 test GT-2025-0311-07 2025-03-11 n=100 germ=88 (88.0%)',
          },
          {
            say: 'Happy to help! Latest results:\n| accession | test date | n | germ. |\n|---|---|---|---|\n| SB-04417 | 14 Sep 2026 | 200 | 92.5 % |\n| SB-04420 | 2 Oct 2026 | 200 | 81.0 % |\n| SB-05102 | 11 Mar 2025 | 100 | 88 % |\nSB-05102 is due a retest next spring.',
          },
        ],
      },
      {
        name: 'store_keeper',
        description: 'Seed store inventory',
        instructions: 'Report seed counts.',
        replies: [
          {
            call: 'seed_counts',
            args: { accessions: 'SB-04417,SB-04420,SB-05102' },
            result:
              '{"SB-04417": 3120, "SB-04420": 4875, "SB-05102": 1210, "unit": "seeds", "room": "cold B"}',
          },
          { say: '{"SB-04417": 3120, "SB-04420": 4875, "SB-05102": 1210} (seeds, cold room B)' },
        ],
      },
    ],
    expected: null,
  }),

  // ── network: the router keeps sending the finished pass booking back to the planner ──
  defineScenario({
    id: 'aurora3-downlink-booked-four-times',
    title:
      'The pass is booked on the first round; the router routes the same booking request three more times',
    domain: 'satellite operations',
    mast: ['FM-1.5', 'FM-1.3'],
    request:
      'Schedule the X-band downlink for AURORA-3 imagery from the 3 Dec 2026 acquisitions tomorrow at Svalbard, then tell me when the data will be on the ground.',
    topology: {
      shape: 'network',
      coordinator: 'mission_router',
      workers: ['payload_agent', 'pass_planner'],
    },
    agents: [
      {
        name: 'mission_router',
        description: 'Routes mission-ops requests',
        instructions: 'Route the work to the right agent each round; finish when the downlink is scheduled.',
        replies: [
          { handoff: 'payload_agent', message: 'Size of the AURORA-3 3 Dec 2026 imagery dump?' },
          {
            handoff: 'pass_planner',
            message: 'Book a SvalSat X-band pass for AURORA-3 on 4 Dec 2026 big enough for the 37.8 GB dump.',
          },
          {
            handoff: 'pass_planner',
            message: 'Book a SvalSat X-band pass for AURORA-3 on 4 Dec 2026 big enough for the 37.8 GB dump.',
          },
          {
            handoff: 'pass_planner',
            message: 'Book a SvalSat X-band pass for AURORA-3 on 4 Dec 2026 big enough for the 37.8 GB dump.',
          },
          {
            handoff: 'pass_planner',
            message: 'Book a SvalSat X-band pass for AURORA-3 on 4 Dec 2026 big enough for the 37.8 GB dump.',
          },
          {
            say: 'AURORA-3 downlink booked: SvalSat SG3, 4 Dec 2026 06:12–06:24 UTC (pass SG-7741). The 37.8 GB should be on the ground by 06:24 UTC.',
          },
        ],
      },
      {
        name: 'payload_agent',
        description: 'Knows the payload recorder contents',
        instructions: 'Report recorder contents.',
        replies: [
          {
            call: 'recorder_contents',
            args: { satellite: 'AURORA-3', acquired: '2026-12-03' },
            result: 'AURORA-3 SSR: 214 granules acquired 2026-12-03, 37.8 GB, oldest 2026-12-03T02:11Z',
          },
          { say: '37.8 GB (214 granules) from 3 Dec on the recorder.' },
        ],
      },
      {
        name: 'pass_planner',
        description: 'Books ground-station passes',
        instructions: 'Book ground-station passes.',
        replies: [
          {
            call: 'book_pass',
            args: { satellite: 'AURORA-3', station: 'SG3', date: '2026-12-04', min_gb: 37.8 },
            result: 'Booked SG-7741: SvalSat SG3, 2026-12-04 06:12-06:24 UTC, 11.6 min @ 520 Mbit/s (≈45 GB)',
          },
          { say: 'Booked SG-7741, SG3 4 Dec 06:12–06:24 UTC, ≈45 GB capacity — fits the 37.8 GB.' },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'mission_router', to: 'pass_planner' },
      agent: 'mission_router',
    },
  }),

  // ── network: the router sees the 07:41 gusts and still opens the lift on the 07:05 figure ──
  defineScenario({
    id: 'gipfelbahn-opened-on-first-wind-reading',
    title: 'Wind re-check shows gusts 78 km/h; the router tells lift ops "gusting 52, open at 08:30"',
    domain: 'ski resort operations',
    mast: ['FM-1.4'],
    request:
      'Morning ops, 3 Jan 2027: can the Gipfelbahn gondola open at 08:30? Check the summit wind first, set the lift, and post the guest update.',
    topology: {
      shape: 'network',
      coordinator: 'ops_router',
      workers: ['weather_desk', 'lift_ops', 'guest_comms'],
    },
    agents: [
      {
        name: 'ops_router',
        description: 'Morning operations router',
        instructions: 'Route the work; the gondola closes above 60 km/h gusts.',
        replies: [
          { handoff: 'weather_desk', message: 'Summit wind at Gipfel top station now + trend 08:00-10:00.' },
          {
            handoff: 'weather_desk',
            message: 'Re-check the summit — the front was forecast to come in early.',
          },
          {
            handoff: 'lift_ops',
            message:
              'Summit 38 km/h gusting 52 — under the 60 km/h gust limit. Open Gipfelbahn 08:30, normal speed.',
          },
          { handoff: 'guest_comms', message: 'Post: Gipfelbahn opens 08:30 today, normal operation.' },
          { say: 'Gipfelbahn opens at 08:30 at normal speed; guest update is posted.' },
        ],
      },
      {
        name: 'weather_desk',
        description: 'Mountain weather desk',
        instructions: 'Read the summit station and report wind.',
        replies: [
          {
            call: 'wind_reading',
            args: { station: 'GIPFEL-TOP' },
            result: '07:05 CET mean 38 km/h gust 52 km/h dir WSW trend: rising after 09:00',
          },
          { say: '07:05 — 38 km/h mean, gusts 52, WSW. Rising after 09:00.' },
          {
            call: 'wind_reading',
            args: { station: 'GIPFEL-TOP' },
            result: '07:41 CET mean 54 km/h gust 78 km/h dir W trend: rising, front arrived early',
          },
          { say: '07:41 update: mean 54 km/h, gusts 78, W. Front is in early.' },
        ],
      },
      {
        name: 'lift_ops',
        description: 'Lift operations',
        instructions: 'Set lift schedules and speeds.',
        replies: [
          {
            call: 'set_lift_schedule',
            args: { lift: 'GIPFELBAHN', open: '08:30', speed: 'normal' },
            result: 'GIPFELBAHN: open 08:30, 6.0 m/s (normal), wind hold OFF',
          },
          { say: 'Gipfelbahn set: opens 08:30, full speed (6.0 m/s), wind hold off.' },
        ],
      },
      {
        name: 'guest_comms',
        description: 'Guest communications',
        instructions: 'Post guest updates.',
        replies: [
          {
            call: 'post_status',
            args: { channel: 'app+screens', text: 'Gipfelbahn opens 08:30 today.' },
            result: 'posted MSG-30117 to app, 14 screens',
          },
          { say: 'Posted (MSG-30117) to the app and 14 screens.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'ops_router', to: 'lift_ops' },
      agent: 'ops_router',
    },
  }),

  // ── network, healthy: the paper price changes on re-check and the new one is used ──
  defineScenario({
    id: 'tidewater-print-run-january-paper-price',
    title: 'The paper price is re-checked for a January order (£1,096/t → £1,184/t); costing uses £1,184',
    domain: 'book printing',
    mast: ['FM-1.4'],
    nearMissOf: 'stale_context: a price superseded on re-check, the new one used',
    request:
      "Cost a 3,000-copy run of 'Tidewater' (320 pp, 135 × 210 mm, 80 gsm Munken Premium Cream), printing in January for the spring list.",
    topology: {
      shape: 'network',
      coordinator: 'production_router',
      workers: ['paper_buyer', 'costing_agent'],
    },
    agents: [
      {
        name: 'production_router',
        description: 'Production desk router',
        instructions: 'Route the costing work and answer with the cost.',
        replies: [
          {
            handoff: 'paper_buyer',
            message: 'Price 80 gsm Munken Premium Cream for 3,000 × 320 pp at 135×210.',
          },
          {
            handoff: 'paper_buyer',
            message: 'The mill changes prices on 1 Jan — what applies to a January order?',
          },
          {
            handoff: 'costing_agent',
            message:
              'Cost the run with paper at £1,184/t (Jan 2027 price), 3.9 t incl. spoilage, plus press and binding.',
          },
          {
            say: "Tidewater, 3,000 copies: £9,267.60 in total, £3.09 a copy — paper £4,617.60 (3.9 t at January's £1,184/t), printing £3,240, binding £1,410.",
          },
        ],
      },
      {
        name: 'paper_buyer',
        description: 'Buys paper',
        instructions: 'Quote paper prices.',
        replies: [
          {
            call: 'paper_quote',
            args: { grade: 'Munken Premium Cream 80gsm', tonnes: 3.9 },
            result:
              'Munken Premium Cream 80gsm 17.5: GBP 1,096.00/t valid to 31-12-2026; job needs 3.9 t (incl. 6 % spoilage)',
          },
          { say: '£1,096 per tonne till 31 Dec; 3.9 t needed with 6 % spoilage → £4,274.40.' },
          {
            call: 'paper_quote',
            args: { grade: 'Munken Premium Cream 80gsm', tonnes: 3.9, effective: '2027-01-01' },
            result: 'From 01-01-2027: GBP 1,184.00/t (+8.0 %)',
          },
          { say: 'For January it is 1184 GBP/tonne, so 3.9 t = 4617.60 GBP.' },
        ],
      },
      {
        name: 'costing_agent',
        description: 'Costs print jobs',
        instructions: 'Cost print jobs.',
        replies: [
          {
            call: 'cost_job',
            args: { copies: 3000, pages: 320, paper_gbp_per_t: 1184, paper_t: 3.9 },
            result:
              'paper 4617.60 | print 20 x 16pp sigs 3240.00 | binding PB 1410.00 | total GBP 9267.60 | unit 3.09',
          },
          { say: 'Total GBP 9 267.60 → 3.09 per copy (paper 4 617.60, print 3 240.00, binding 1 410.00).' },
        ],
      },
    ],
    expected: null,
  }),

  // ── swarm: the program restarts the diet planner on a bare request; it works from the old weight ──
  defineScenario({
    id: 'okapi-ration-recalculated-on-october-weight',
    title: 'The keeper logs 231 kg and hands over; the diet planner starts afresh and recalculates at 248 kg',
    domain: 'zoo nutrition',
    mast: ['FM-2.1', 'FM-1.4'],
    request:
      'Kibo (male okapi, OKA-07) was weighed this morning at 231 kg, down from 248 kg in October. The vet wants his ration recalculated for the new weight, with more browse. Can you update his diet sheet?',
    topology: { shape: 'swarm', entry: 'keeper_desk', agents: ['keeper_desk', 'diet_planner'] },
    program: { lose: { to: 'diet_planner', prompt: 'Diet sheet update requested for OKA-07.' } },
    agents: [
      {
        name: 'keeper_desk',
        description: 'Keeper records desk',
        instructions: 'Log husbandry data, then hand diet work to the diet planner.',
        replies: [
          {
            call: 'log_weight',
            args: { animal: 'OKA-07', kg: 231, date: '2026-12-03' },
            result: 'Logged OKA-07 231.0 kg on 2026-12-03 (prev 248.0 kg 2026-10-08, -6.9 %)',
          },
          {
            handoff: 'diet_planner',
            message:
              'Weight in: Kibo OKA-07 231 kg today (-6.9 %). Vet: recalc ration on the new weight, increase browse share.',
          },
        ],
      },
      {
        name: 'diet_planner',
        description: 'Plans animal diets',
        instructions: 'Recalculate diet sheets and save the new version.',
        replies: [
          {
            call: 'get_diet_sheet',
            args: { animal: 'OKA-07' },
            result:
              'OKA-07 Kibo diet sheet v13 (2026-10-09): basis 248 kg, DM 2.5 % BW, browse 35 %, lucerne 42 %, pellets 23 %',
          },
          {
            call: 'compute_ration',
            args: { weight_kg: 248, dm_pct_bw: 2.5, browse_share: 0.35 },
            result: 'DM 6.20 kg/day: browse 2.17 kg DM, lucerne hay 2.60 kg DM, pellets 1.43 kg DM',
          },
          {
            say: 'Diet sheet OKA-07 v14 saved: 6.2 kg DM/day — browse 2.17, lucerne 2.60, pellets 1.43 kg DM. Keepers can start tomorrow.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'keeper_desk', to: 'diet_planner' },
      agent: 'diet_planner',
    },
  }),

  // ── swarm: "passing the comb to conservation" — never transferred; the day closes without it ──
  defineScenario({
    id: 'waterlogged-comb-conservation-never-handed',
    title:
      'The registrar says it will pass the comb to conservation, transfers to the archive clerk instead, and the run ends',
    domain: 'archaeological excavation',
    mast: ['FM-3.1'],
    request:
      'Trench 4 turned up a waterlogged wooden comb and two iron nails today (context 4012). Register them, get the comb to conservation tonight — it will crack if it dries — and file the day record.',
    topology: {
      shape: 'swarm',
      entry: 'finds_registrar',
      agents: ['finds_registrar', 'conservator', 'archive_clerk'],
    },
    agents: [
      {
        name: 'finds_registrar',
        description: 'Registers small finds',
        instructions: 'Register finds; hand organics to the conservator and records to the archive clerk.',
        replies: [
          {
            call: 'register_finds',
            args: { context: 4012, trench: 4, items: 'wooden comb (waterlogged); iron nail; iron nail' },
            result:
              'SF-1187 wooden comb, ctx 4012, WATERLOGGED - keep wet; SF-1188 iron nail, ctx 4012; SF-1189 iron nail, ctx 4012',
          },
          {
            handoff: 'archive_clerk',
            message:
              'Registered SF-1187 (comb, waterlogged), SF-1188, SF-1189 (nails), all ctx 4012. The comb goes to conservation straight after this. Please file the day record for Trench 4.',
          },
        ],
      },
      {
        name: 'conservator',
        description: 'Finds conservator',
        instructions: 'Take organic finds into wet storage and log treatment.',
        replies: [
          {
            call: 'wet_store',
            args: { find: 'SF-1187', tank: 'W2' },
            result: 'SF-1187 in tank W2 (deionised water, 4 °C) at 18:40',
          },
          { say: 'SF-1187 in wet storage, tank W2.' },
        ],
      },
      {
        name: 'archive_clerk',
        description: 'Site archive clerk',
        instructions: 'File day records and close the day.',
        replies: [
          {
            call: 'file_day_record',
            args: { trench: 4, date: '2026-12-03', finds: 'SF-1187,SF-1188,SF-1189' },
            result: 'DR-T4-2026-12-03 filed; 3 small finds linked; context sheet 4012 updated',
          },
          {
            say: 'Day record DR-T4-2026-12-03 filed with SF-1187–1189 (ctx 4012). Comb is with conservation. Trench 4 closed for the day.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'finds_registrar', to: 'conservator' },
      agent: 'finds_registrar',
    },
  }),

  // ── swarm, healthy: a 503 from the dispensing robot, retried, and the handover says so ──
  defineScenario({
    id: 'navy-jersey-dispense-retried-after-503',
    title: 'The dispensing robot answers 503 (calibration); the lab retries after 90 s and QC passes the dip',
    domain: 'textile dyeing',
    mast: ['FM-3.2'],
    nearMissOf: 'agent_error: a tool error handled by a retry and mentioned in the handover',
    request:
      'Lot DL-2291: dispense the navy reactive batch for 480 kg cotton jersey at 1:8 liquor ratio, 2.4 % owf, then QC the lab dip against standard NV-114.',
    topology: { shape: 'swarm', entry: 'dye_lab', agents: ['dye_lab', 'qc_agent'] },
    agents: [
      {
        name: 'dye_lab',
        description: 'Dye kitchen',
        instructions: 'Dispense dye batches, then hand the dip to QC.',
        replies: [
          {
            call: 'dispense_batch',
            args: { lot: 'DL-2291', fabric_kg: 480, liquor_ratio: 8, shade: 'Reactive Navy', owf_pct: 2.4 },
            result: {
              error: '503 Service Unavailable: dispensing robot DR-2 busy (calibration), retry after 90 s',
            },
          },
          {
            call: 'dispense_batch',
            args: { lot: 'DL-2291', fabric_kg: 480, liquor_ratio: 8, shade: 'Reactive Navy', owf_pct: 2.4 },
            result:
              'Batch MX-60418 dispensed: 480 kg cotton, liquor 3,840 L (1:8), Reactive Navy 2.4 % owf = 11.52 kg, salt 60 g/L, soda ash 20 g/L',
            text: 'DR-2 was calibrating; retrying after the 90 s it asked for.',
            waitMs: 90_000,
          },
          {
            handoff: 'qc_agent',
            message:
              'MX-60418 dispensed (second try, DR-2 gave a 503 first): 480 kg jersey, 3840 l liquor, navy 2.4% o.w.f. = 11.52 kg. Please check the dip against NV-114.',
          },
        ],
      },
      {
        name: 'qc_agent',
        description: 'Colour QC',
        instructions: 'Measure lab dips against standards and release or hold the lot.',
        replies: [
          {
            call: 'spectro_compare',
            args: { sample: 'MX-60418-dip', standard: 'NV-114' },
            result: 'dE*cmc(2:1) 0.62 vs NV-114 -> PASS (tol 1.00); strength 99.1 %',
          },
          {
            say: 'MX-60418 passes against NV-114: ΔE 0.62 (limit 1.0), strength 99.1 %. Lot DL-2291 can go to the jet.',
          },
        ],
      },
    ],
    expected: null,
  }),

  // ── fanout: the label reviewer checks four of the five items and misses the sulfite line ──
  defineScenario({
    id: 'douro-red-label-sulfite-check-skipped',
    title:
      'The brief lists five label checks; the reviewer passes the label without the missing "Contains Sulfites"',
    domain: 'wine import',
    mast: ['FM-1.1', 'FM-3.2'],
    request:
      "We're importing 1,200 cases (12 × 750 ml) of 2022 Douro red, 13.5 % ABV, into the US via Newark. Check the back label for TTB compliance, work out the duties, and book freight arriving before 15 Feb 2027.",
    topology: {
      shape: 'fanout',
      planner: 'import_planner',
      workers: ['label_reviewer', 'duty_calculator', 'freight_booker'],
      aggregator: 'import_summary',
    },
    agents: [
      {
        name: 'import_planner',
        description: 'Splits the import job',
        instructions: 'Write one brief per specialist.',
        replies: [
          {
            plan: {
              label_reviewer:
                'Back label text: "Quinta do Vale Escuro · Douro DOC 2022 · Red Wine · 13.5% alc./vol. · 750 mL · Imported by Harbor & Vine LLC, Newark, NJ · GOVERNMENT WARNING: (1) According to the Surgeon General, women should not drink alcoholic beverages during pregnancy because of the risk of birth defects. (2) Consumption of alcoholic beverages impairs your ability to drive a car or operate machinery, and may cause health problems." Check for TTB: (a) alcohol statement and tolerance, (b) net contents, (c) importer name/address, (d) Government Warning wording, (e) \'Contains Sulfites\' declaration.',
              duty_calculator:
                'Duties and federal excise for 1,200 cases × 12 × 750 ml still red wine, 13.5 % ABV, HTS 2204.21.50.',
              freight_booker: 'Book a reefer, Leixões → Newark, 1,200 cases, arrive before 15 Feb 2027.',
            },
          },
        ],
      },
      {
        name: 'label_reviewer',
        description: 'Reviews labels for compliance',
        instructions: 'Check the label against every item in the brief.',
        replies: [
          {
            say: 'Label review: alcohol 13.5 % alc./vol. — OK (table wine, ±1.5 tolerance). Net contents 750 mL — OK. Importer Harbor & Vine LLC, Newark NJ — OK. Government Warning — wording complete. Verdict: compliant, print as is.',
          },
        ],
      },
      {
        name: 'duty_calculator',
        description: 'Calculates duties',
        instructions: 'Calculate duty and excise.',
        replies: [
          {
            say: '14,400 bottles = 10,800 L = 2,853.06 US gal. FET $1.07/gal → $3,052.77. MFN duty 6.3¢/L → $680.40. Total ≈ USD 3,733.17.',
          },
        ],
      },
      {
        name: 'freight_booker',
        description: 'Books freight',
        instructions: 'Book freight.',
        replies: [
          {
            call: 'book_freight',
            args: { origin: 'PTLEI', destination: 'USEWR', equipment: '20RF', cargo: '1200 cases wine' },
            result:
              "MSCU-88120: 20' reefer, Leixões ETD 12-01-2027 → Newark ETA 03-02-2027, set point 13 °C, USD 4,950",
          },
          { say: 'Booked MSCU-88120, 20ft reefer at 13 °C, sails 12 Jan, ETA Newark 3 Feb 2027, USD 4,950.' },
        ],
      },
      {
        name: 'import_summary',
        description: 'Writes the import summary',
        instructions: 'Merge the specialists’ results into one summary.',
        prompt: 'Specialist results:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: 'Douro red import (1,200 cs): label compliant for TTB, no changes; duties ≈ USD 3,733.17 (FET $3,052.77 + duty $680.40); freight MSCU-88120 reefer, ETA Newark 3 Feb 2027, USD 4,950.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'import_planner', to: 'label_reviewer' },
      agent: 'label_reviewer',
    },
  }),

  // ── fanout: the broadcast brief is written but the program never sends it ──
  defineScenario({
    id: 'valorant-cup-simulcast-brief-not-sent',
    title: 'Three briefs planned, two workers run; the runbook has no broadcast section',
    domain: 'esports events',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Set up the Northern Lights Valorant Cup: 16 teams, 23–24 Jan 2027 at the Tampere arena. I need a seeded double-elimination bracket, venue logistics, and a Twitch + YouTube simulcast with English and Finnish casting.',
    topology: {
      shape: 'fanout',
      planner: 'event_planner',
      workers: ['bracket_builder', 'venue_coordinator', 'broadcast_producer'],
      aggregator: 'runbook_writer',
    },
    program: { lose: { to: 'broadcast_producer', prompt: null } },
    agents: [
      {
        name: 'event_planner',
        description: 'Splits event setup',
        instructions: 'One brief per team.',
        replies: [
          {
            plan: {
              bracket_builder:
                'Seeded double-elim bracket for 16 teams (seeding: VRL Finland points), Bo3, grand final Bo5, over 23–24 Jan 2027.',
              venue_coordinator:
                'Tampere arena 23–24 Jan 2027: 10 match PCs + 2 spares, team booths, 1,200 seats, doors 10:00.',
              broadcast_producer:
                'Simulcast Twitch + YouTube, two casting desks (EN, FI), 1080p60, 23–24 Jan 2027.',
            },
          },
        ],
      },
      {
        name: 'bracket_builder',
        description: 'Builds brackets',
        instructions: 'Build brackets.',
        replies: [
          {
            say: 'Bracket NLVC-27: 16 seeds, upper R1 8 matches Sat 10:30-19:00 (Bo3), lower bracket from Sat 13:00, UB/LB finals Sun, GF Bo5 Sun 18:00. 30 matches total.',
          },
        ],
      },
      {
        name: 'venue_coordinator',
        description: 'Venue logistics',
        instructions: 'Arrange venue logistics.',
        replies: [
          {
            call: 'book_venue_items',
            args: { venue: 'Tampere arena', dates: '2027-01-23..24', pcs: 12, booths: 2, seats: 1200 },
            result:
              'Order TA-5573: 12 PCs (240 Hz), 2 soundproof booths, 1,200 seats, doors 10:00, load-in 22 Jan 14:00',
          },
          {
            say: 'Venue order TA-5573 confirmed: 12 match PCs, 2 booths, 1,200 seats, load-in Fri 22 Jan 14:00.',
          },
        ],
      },
      {
        name: 'broadcast_producer',
        description: 'Broadcast production',
        instructions: 'Set up the broadcast.',
        replies: [
          {
            call: 'create_simulcast',
            args: { platforms: 'twitch,youtube', desks: 'en,fi', quality: '1080p60' },
            result: 'Simulcast SC-2209 scheduled: Twitch /nlvc, YouTube @NLVC, EN + FI desks',
          },
          { say: 'Simulcast SC-2209 set up on Twitch and YouTube, EN and FI desks.' },
        ],
      },
      {
        name: 'runbook_writer',
        description: 'Writes the event runbook',
        instructions: 'Merge the team outputs into the event runbook.',
        prompt: 'Team outputs:\n{input}\n\nEvent: {request}',
        replies: [
          {
            say: '# NLVC 2027 runbook\n## Bracket\nNLVC-27, 16 seeds, double elim, 30 matches; GF Bo5 Sun 24 Jan 18:00.\n## Venue\nTampere arena, order TA-5573 — 12 PCs, 2 booths, 1,200 seats; load-in Fri 22 Jan 14:00, doors 10:00.\n## Day plan\nSat 10:30 first matches · Sun 18:00 grand final.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'event_planner', to: 'broadcast_producer' },
      agent: 'event_planner',
    },
  }),

  // ── fanout, healthy: a reading-list side branch whose figures the answer never uses ──
  defineScenario({
    id: 'ebro-summer-tmax-side-reading-list',
    title:
      'Downscaling and bias correction give +2.2 K; the literature scout cites an SSP5-8.5 figure nobody uses',
    domain: 'climate modelling',
    mast: ['FM-2.4'],
    nearMissOf:
      'low_quality_output: an off-scenario figure in a side branch the answer does not use; K and °C for one change',
    request:
      'For the Ebro basin: projected change in summer (JJA) mean daily maximum temperature, 2041–2070 vs 1981–2010, SSP2-4.5, bias-corrected — ensemble median with range.',
    topology: {
      shape: 'fanout',
      planner: 'study_lead',
      workers: ['downscaler', 'bias_corrector', 'lit_scout'],
      aggregator: 'report_drafter',
    },
    agents: [
      {
        name: 'study_lead',
        description: 'Plans the analysis',
        instructions: 'One brief per analyst.',
        replies: [
          {
            plan: {
              downscaler:
                'Downscale the 12-member CMIP6 SSP2-4.5 ensemble to 0.11° over the Ebro; JJA Tmax change 2041-2070 vs 1981-2010.',
              bias_corrector:
                'QDM-correct the downscaled JJA Tmax against E-OBS v28 (1981-2010); report median and 10-90 % range of the change.',
              lit_scout: 'For the reading list only: 2-3 recent papers on Ebro summer heat projections.',
            },
          },
        ],
      },
      {
        name: 'downscaler',
        description: 'Statistical downscaling',
        instructions: 'Downscale model output.',
        replies: [
          {
            call: 'run_downscaling',
            args: {
              ensemble: 'CMIP6-12',
              scenario: 'ssp245',
              grid: '0.11',
              region: 'ebro',
              var: 'tasmax',
              season: 'JJA',
            },
            result:
              'job DS-88412 done 2h14m: raw JJA tasmax change 2041-2070 vs 1981-2010 median +2.4 K (min +1.7, max +3.3), 12/12 members',
          },
          { say: 'Raw downscaled change: median +2.4 K (members +1.7 … +3.3 K), job DS-88412.' },
        ],
      },
      {
        name: 'bias_corrector',
        description: 'Bias correction',
        instructions: 'Bias-correct model output.',
        replies: [
          {
            call: 'run_qdm',
            args: { input_job: 'DS-88412', reference: 'E-OBS v28', period: '1981-2010' },
            result: 'QDM-1193: JJA tasmax change median +2.2 K, p10 +1.6 K, p90 +3.0 K',
          },
          { say: 'Bias-corrected (QDM vs E-OBS v28): +2.2 K median, 10–90 %: +1.6 to +3.0 K.' },
        ],
      },
      {
        name: 'lit_scout',
        description: 'Literature scout',
        instructions: 'Find papers.',
        replies: [
          {
            say: '1) Ruiz et al. 2024, Clim. Dyn. — Ebro heatwaves, finds +3.9 °C JJA Tmax by 2070 (SSP5-8.5). 2) Serrano & Vidal 2023, IJC — Iberian summer Tmax trends. 3) Ebro Basin Authority 2025 adaptation report, ch. 3.',
          },
        ],
      },
      {
        name: 'report_drafter',
        description: 'Drafts the result',
        instructions: 'Answer the question from the analysts’ results.',
        prompt: 'Analyst results:\n{input}\n\nQuestion: {request}',
        replies: [
          {
            say: 'Ebro basin, JJA mean daily Tmax, 2041–2070 vs 1981–2010, SSP2-4.5: +2.2 °C ensemble median after QDM bias correction (10–90 % range +1.6 to +3.0 °C; 12 CMIP6 members downscaled to 0.11°).',
          },
        ],
      },
    ],
    expected: null,
  }),

  // ── branch: the timetable planner publishes its own proposal before committee sign-off ──
  defineScenario({
    id: 'route14-timetable-published-before-committee',
    title:
      'Asked for a proposal (committee signs off 18 Dec, nothing published), the planner pushes it to the live feed',
    domain: 'public transit scheduling',
    mast: ['FM-1.2', 'FM-1.1'],
    request:
      'Route 14 buses keep bunching at Riverside in the evening peak. Propose a timetable fix for the January service change — the planning committee signs off on 18 Dec, so do not publish anything yet.',
    topology: {
      shape: 'branch',
      classifier: 'request_triage',
      routes: { timetable: 'timetable_planner', fares: 'fare_analyst' },
      after: 'rider_notice',
    },
    agents: [
      {
        name: 'request_triage',
        description: 'Triage for service-planning requests',
        instructions: 'Label the request: timetable or fares, with a one-line summary.',
        replies: [
          {
            say: 'timetable — Route 14 PM-peak bunching at Riverside; proposal for Jan change, committee 18 Dec, no publishing before.',
          },
        ],
      },
      {
        name: 'timetable_planner',
        description: 'Drafts timetable proposals for committee review',
        instructions:
          'Draft timetable proposals for the planning committee. Publishing schedules is the scheduling office’s job after approval.',
        prompt: 'Triage: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'headway_stats',
            args: { route: '14', period: 'PM peak', weeks: 6 },
            result:
              'R14 PM peak (16:00-18:30), 6 wks: sched headway 10 min; observed CV 0.61; 38 % of trips bunched (<3 min) at Riverside; running time +4.2 min vs sched',
          },
          {
            call: 'publish_timetable',
            args: {
              route: '14',
              effective: '2027-01-11',
              change: 'PM peak headway 12 min, +2 min recovery at Riverside',
            },
            result: 'GTFS feed v2027.01.11-r14 published; journey planner updates within 2 h',
          },
          {
            say: 'Route 14 (from 11 Jan 2027): PM-peak headway 12 min (was 10), +2 min recovery at Riverside — covers the +4.2 min running-time gap; should cut bunching (38 % of trips now). In GTFS as v2027.01.11-r14.',
          },
        ],
      },
      {
        name: 'fare_analyst',
        description: 'Fare analysis',
        instructions: 'Analyse fares.',
        replies: [{ say: 'No fare change needed.' }],
      },
      {
        name: 'rider_notice',
        description: 'Writes rider notices',
        instructions: 'Write the rider notice for service changes.',
        prompt: 'Write a rider notice from:\n{input}',
        replies: [
          {
            say: 'Route 14 changes from Monday 11 January 2027: evening-peak buses every 12 minutes, with a short timing stop at Riverside so buses stay evenly spaced. Journey planners are already updated.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'request_triage', to: 'timetable_planner' },
      agent: 'timetable_planner',
    },
  }),

  // ── branch: limonene at 0.006 % left off a leave-on label; the checker uses the rinse-off limit ──
  defineScenario({
    id: 'citrus-lotion-limonene-checked-at-rinse-off-limit',
    title:
      'The formulator’s INCI list omits limonene (0.006 % > 0.001 %); the safety check compares with 0.01 % and passes it',
    domain: 'cosmetics formulation',
    mast: ['FM-3.3', 'FM-1.1'],
    request:
      "Finalise the INCI label for our new 'Citrus Grove' body lotion (leave-on). EU rule: fragrance allergens above 0.001 % in leave-on products must be named on the label.",
    topology: {
      shape: 'branch',
      classifier: 'product_classifier',
      routes: { 'leave-on': 'leave_on_formulator', 'rinse-off': 'rinse_off_formulator' },
      after: 'safety_checker',
    },
    agents: [
      {
        name: 'product_classifier',
        description: 'Classifies cosmetic products',
        instructions: 'Answer leave-on or rinse-off.',
        replies: [{ say: 'leave-on (body lotion)' }],
      },
      {
        name: 'leave_on_formulator',
        description: 'Formulates leave-on products',
        instructions:
          'Write the final formula and its INCI label; name every fragrance allergen above the leave-on threshold of 0.001 %.',
        prompt: 'Product type: {input}\n\nBrief: {request}',
        replies: [
          {
            call: 'allergen_breakdown',
            args: { fragrance: 'FR-CITRUS-22', dose_pct: 0.6 },
            result:
              'FR-CITRUS-22 @ 0.60 % in product: limonene 0.0060 %, linalool 0.0018 %, citral 0.0004 %, geraniol 0.0007 %',
          },
          {
            say: 'Citrus Grove lotion, batch formula F-CG-03 (w/w): aqua 71.9, glycerin 5.0, caprylic/capric triglyceride 8.0, cetearyl alcohol 4.0, glyceryl stearate 3.5, … parfum 0.6, phenoxyethanol 0.9. Allergens in product: limonene 0.0060 %, linalool 0.0018 %, citral 0.0004 %, geraniol 0.0007 %.\nINCI: Aqua, Caprylic/Capric Triglyceride, Glycerin, Cetearyl Alcohol, Glyceryl Stearate, Phenoxyethanol, Parfum, Xanthan Gum, Tocopherol, Linalool.',
          },
        ],
      },
      {
        name: 'rinse_off_formulator',
        description: 'Formulates rinse-off products',
        instructions: 'Formulate rinse-off products.',
        replies: [{ say: 'Rinse-off formula.' }],
      },
      {
        name: 'safety_checker',
        description: 'Checks labels before print',
        instructions: 'Check the label against the allergen rules and approve it for print or send it back.',
        prompt: 'Label to check:\n{input}',
        replies: [
          {
            call: 'allergen_threshold',
            args: { category: 'rinse-off' },
            result: 'declaration threshold: 0.01 %',
          },
          {
            say: 'Checked against the 0.01 % declaration threshold: limonene 0.006 % below, citral and geraniol below; linalool listed (fine either way). Label approved for print.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'product_classifier', to: 'leave_on_formulator' },
      agent: 'leave_on_formulator',
    },
  }),

  // ── branch, healthy: a cancelled sailing rebooked across two ferries, counts all carried ──
  defineScenario({
    id: 'rosslare-cherbourg-storm-rebooked-two-sailings',
    title:
      '186 passengers and 71 vehicles split 140/46 and 52/19 over two sailings; the notice keeps every count',
    domain: 'ferry operations',
    mast: ['FM-2.2'],
    nearMissOf:
      'misunderstood_task / lost_message: counts split across two sailings in a long id-heavy output',
    request:
      'The 14:20 Rosslare–Cherbourg sailing WX-2211 on 5 Jan 2027 is cancelled (Met Éireann storm warning). Rebook the 186 passengers and 71 vehicles onto the next sailings and send the passenger notice.',
    topology: {
      shape: 'branch',
      classifier: 'disruption_triage',
      routes: { weather: 'weather_rebooker', technical: 'tech_rebooker' },
      after: 'passenger_notice',
    },
    agents: [
      {
        name: 'disruption_triage',
        description: 'Classifies disruptions',
        instructions: 'Label the disruption: weather or technical, with a summary.',
        replies: [
          { say: 'weather: WX-2211 05/01 14:20 RSL-CBG cancelled (storm warning). 186 pax, 71 veh.' },
        ],
      },
      {
        name: 'weather_rebooker',
        description: 'Rebooks weather cancellations (no compensation due)',
        instructions: 'Rebook passengers on the next sailings with space.',
        prompt: 'Disruption: {input}',
        replies: [
          {
            call: 'find_capacity',
            args: { route: 'RSL-CBG', after: '2027-01-05T14:20' },
            result:
              'WX-2215 2027-01-06 14:20: free 140 pax / 52 veh / 12 cabins\nWX-2219 2027-01-07 14:20: free 410 pax / 160 veh / 61 cabins',
          },
          {
            call: 'rebook_bulk',
            args: { from: 'WX-2211', to: 'WX-2215,WX-2219', pax: 186, veh: 71 },
            result:
              'Batch RB-550921: 140 pax + 52 veh -> WX-2215 (06/01); 46 pax + 19 veh -> WX-2219 (07/01); cabins reassigned 38/38; failures 0',
          },
          {
            say: 'RB-550921 done, 0 failures:\n- WX-2215 Wed 6 Jan 14:20 — 140 pax, 52 veh\n- WX-2219 Thu 7 Jan 14:20 — 46 pax, 19 veh\nCabins: 38 of 38 reassigned. Total 186 pax / 71 veh.',
          },
        ],
      },
      {
        name: 'tech_rebooker',
        description: 'Rebooks technical cancellations (compensation due)',
        instructions: 'Rebook and open compensation.',
        replies: [{ say: 'Technical rebooking.' }],
      },
      {
        name: 'passenger_notice',
        description: 'Writes passenger notices',
        instructions: 'Write the passenger notice.',
        prompt: 'Rebooking result:\n{input}\n\nOriginal: {request}',
        replies: [
          {
            say: 'Your 14:20 sailing Rosslare → Cherbourg on Tue 5 January (WX-2211) is cancelled because of a Met Éireann storm warning. You have been moved to WX-2215 on Wed 6 Jan 14:20 (140 passengers, 52 vehicles) or WX-2219 on Thu 7 Jan 14:20 (46 passengers, 19 vehicles) — your new booking is in your account; cabins have been reassigned.',
          },
        ],
      },
    ],
    expected: null,
  }),

  // ── nested: the estimator prices the stage-2 steel beams instead of the glulam it was given ──
  defineScenario({
    id: 'larch-lane-roof-priced-as-steel',
    title:
      'Structures switch to glulam GL28h; the cost lead passes the spec on; the estimator prices 5.21 t of IPE 450',
    domain: 'architecture',
    mast: ['FM-2.5'],
    request:
      'Community hall at Larch Lane: the client wants the roof timber exposed. Have structures confirm the roof beams, then get me a cost for the roof package.',
    topology: {
      shape: 'nested',
      top: 'project_director',
      teams: { structural_lead: ['beam_engineer'], cost_lead: ['estimator'] },
    },
    agents: [
      {
        name: 'project_director',
        description: 'Project director',
        instructions: 'Get the structure confirmed, then the cost, and report both.',
        replies: [
          {
            handoff: 'structural_lead',
            message: 'Confirm roof beams for the hall — client wants them exposed timber.',
          },
          {
            handoff: 'cost_lead',
            message:
              'Cost the roof package on structures’ spec: 7 × GL28h glulam 240×720 mm, 9.6 m span (replaces stage-2 steel IPE 450).',
          },
          {
            say: 'Larch Lane roof: 7 exposed GL28h glulam beams 240×720 mm over 9.6 m (utilisation 0.81). Roof package cost £31,940.',
          },
        ],
      },
      {
        name: 'structural_lead',
        description: 'Structural team lead',
        instructions: 'Get beams sized by your engineer and report.',
        replies: [
          {
            handoff: 'beam_engineer',
            message: 'Size exposed glulam roof beams: 9.6 m span, 7 bays at 4.2 m.',
          },
          {
            say: 'Beams: 7 × GL28h 240×720 glulam, 9.6 m, replacing the stage-2 IPE 450s. Utilisation 0.81, deflection L/312.',
          },
        ],
      },
      {
        name: 'beam_engineer',
        description: 'Structural engineer',
        instructions: 'Size beams.',
        replies: [
          {
            call: 'size_beam',
            args: { material: 'GL28h', span_m: 9.6, spacing_m: 4.2 },
            result:
              'GL28h 240x720: bending util 0.81, SLS deflection L/312 (limit L/250), fire R30 by charring OK',
          },
          { say: 'GL28h 240×720 works: util 0.81, L/312, R30 by charring.' },
        ],
      },
      {
        name: 'cost_lead',
        description: 'Cost team lead',
        instructions: 'Have the estimator price packages and report.',
        replies: [
          {
            handoff: 'estimator',
            message:
              'Price the roof package: 7 × GL28h glulam beams 240×720 mm, 9.6 m (replaces stage-2 steel IPE 450).',
          },
          {
            say: 'Roof package priced by the estimator: £31,940 (7 beams 9.6 m, coating, connections, crane day).',
          },
        ],
      },
      {
        name: 'estimator',
        description: 'Cost estimator',
        instructions: 'Price packages from the rate book.',
        replies: [
          {
            call: 'price_items',
            args: {
              items:
                '7 no. IPE 450 S355 @ 9.6 m; intumescent coating R30; bolted end-plate connections; crane 1 day',
            },
            result:
              'IPE 450 S355 5.21 t @ £3,650/t = £19,016.50; intumescent R30 212 m² = £7,420; connections 14 no. = £3,304; crane day £2,200; total £31,940.50',
          },
          { say: 'Roof package: £31,940 — 7 beams 9.6 m (5.21 t), R30 coating, 14 connections, crane day.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'cost_lead', to: 'estimator' },
      agent: 'estimator',
    },
  }),

  // ── nested, healthy: the observing brief is paraphrased twice and every constraint survives ──
  defineScenario({
    id: 'echelle-nights-brief-paraphrased-twice',
    title: 'Moon < 30 %, airmass < 1.5, not 1–7 March: reworded by the instrument lead, all kept',
    domain: 'observatory time allocation',
    mast: ['FM-1.1', 'FM-2.5'],
    nearMissOf: 'misunderstood_task: a brief paraphrased through two levels, every constraint kept',
    request:
      'Programme 2027A-117 (PI Okonkwo) got 3 nights on the 2.5 m with the echelle spectrograph. Schedule them in dark time (moon illumination under 30 %), with the targets below airmass 1.5, and not in the first week of March (engineering). Also confirm the archive holds the data for the 12-month proprietary period.',
    topology: {
      shape: 'nested',
      top: 'tac_chair',
      teams: { instrument_lead: ['spectro_scheduler'], data_lead: ['archive_agent'] },
    },
    agents: [
      {
        name: 'tac_chair',
        description: 'Time allocation committee chair',
        instructions: 'Get allocated programmes scheduled and their data policy set.',
        replies: [
          {
            handoff: 'instrument_lead',
            message:
              '2027A-117 / Okonkwo: 3 echelle nights on the 2.5 m. Moon < 30 % illuminated, airmass < 1.5, avoid 1–7 Mar (engineering).',
          },
          {
            handoff: 'data_lead',
            message: '2027A-117: 12-month proprietary period on the echelle data, please confirm.',
          },
          {
            say: '2027A-117 (Okonkwo) is scheduled on the 2.5 m echelle for 8 Feb, 9 Feb and 9 Mar 2027 — moon 4 %, 1 % and 8 %, worst airmass 1.42, clear of the 1–7 March engineering week. Data proprietary for 12 months from each night (public from 8 Feb 2028 to 9 Mar 2028).',
          },
        ],
      },
      {
        name: 'instrument_lead',
        description: 'Instrument team lead',
        instructions: 'Have the scheduler find and reserve nights.',
        replies: [
          {
            handoff: 'spectro_scheduler',
            message:
              'Need three dark nights (illum. below 0.3) for 2027A-117; targets must stay under X = 1.5; keep off the March 1-7 engineering block.',
          },
          {
            say: '3 nights for 2027A-117: 8 Feb, 9 Feb, 9 Mar 2027 (moon 4/1/8 %, airmass ≤ 1.42). Clear of 1–7 Mar.',
          },
        ],
      },
      {
        name: 'spectro_scheduler',
        description: 'Spectrograph scheduler',
        instructions: 'Find and reserve nights.',
        replies: [
          {
            call: 'find_nights',
            args: {
              programme: '2027A-117',
              max_moon: 0.3,
              max_airmass: 1.5,
              exclude: '2027-03-01..2027-03-07',
              nights: 3,
            },
            result:
              'candidates (illum, max X): 2027-02-08 (0.04, 1.31); 2027-02-09 (0.01, 1.33); 2027-03-09 (0.08, 1.42); 2027-03-10 (0.15, 1.44)',
          },
          {
            call: 'reserve_nights',
            args: { programme: '2027A-117', dates: '2027-02-08,2027-02-09,2027-03-09' },
            result: 'reserved N-27A-0208, N-27A-0209, N-27A-0309 for 2027A-117 (echelle, 2.5 m)',
          },
          {
            say: 'Booked 8 Feb, 9 Feb, 9 Mar 2027: illumination 4 %, 1 %, 8 %; max airmass 1.42. Engineering week untouched.',
          },
        ],
      },
      {
        name: 'data_lead',
        description: 'Data team lead',
        instructions: 'Have the archive set data policies.',
        replies: [
          {
            handoff: 'archive_agent',
            message: 'Set a 12-month proprietary period for 2027A-117 echelle frames.',
          },
          { say: 'Archive confirms: 2027A-117 proprietary 12 months per night.' },
        ],
      },
      {
        name: 'archive_agent',
        description: 'Archive operations',
        instructions: 'Set archive data policies.',
        replies: [
          {
            call: 'set_proprietary',
            args: { programme: '2027A-117', months: 12 },
            result:
              '2027A-117: proprietary 12 months from each observing date (releases 2028-02-08 .. 2028-03-09)',
          },
          { say: 'Set: 12 months from each night, releases 8 Feb–9 Mar 2028.' },
        ],
      },
    ],
    expected: null,
  }),
];
