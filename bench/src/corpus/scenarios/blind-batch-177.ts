import { defineScenario } from '../scenario.ts';

// Blind batch 177: a Tanzanian safari lodge operator (park permits, game drives, lodge allocations, charter flights, guest medical needs), in English with Swahili terms and TZS/USD.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'seronera-invoice-built-on-march-conservation-fee',
    title:
      'The fee checker shows the TANAPA Serengeti adult conservation fee at USD 82.60 from 1 July 2027 (the March quote of USD 70.80 superseded); the invoice builder still bills USD 70.80',
    domain: 'safari invoicing and national park fees',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Please prepare the final invoice for booking KSL-27-0814 (Lindqvist family: 4 adults, 2 children aged 12 and 9), 3 nights at our Seronera camp, 14–17 Aug 2027. Check the current TANAPA conservation fees first: we quoted them in March at USD 70.80 per adult per 24 h and USD 23.60 per child. Then draft the cover letter to Mrs Lindqvist.',
    topology: {
      shape: 'pipeline',
      order: ['park_fee_checker', 'invoice_builder', 'guest_letter_writer'],
    },
    agents: [
      {
        name: 'park_fee_checker',
        description: 'Looks up the TANAPA / NCAA fee schedules in force for a travel date',
        instructions:
          'Fetch the fee schedule valid on the travel dates and tell invoicing which rates to bill.',
        replies: [
          {
            call: 'get_tanapa_fees',
            args: {
              park: 'SENAPA',
              travel_from: '2027-08-14',
              travel_to: '2027-08-17',
              residency: 'non_resident',
            },
            result:
              '{"park": "Serengeti National Park (SENAPA)", "schedule": "TANAPA GN 412/2027", "effective_from": "2027-07-01", "conservation_fee_usd": {"adult_16_plus": 82.60, "child_5_15": 23.60, "under_5": 0}, "per": "person per 24h", "vat_included": true, "previous_schedule": {"ref": "GN 118/2025", "adult_16_plus": 70.80, "child_5_15": 23.60, "valid_until": "2027-06-30"}}',
          },
          {
            say: '**SENAPA fees for 14–17 Aug 2027** (schedule GN 412/2027, in force since 1 Jul 2027, VAT incl.):\n\n| category | USD per person / 24 h |\n|---|---|\n| adult 16+ | **82.60** |\n| child 5–15 | 23.60 |\n| under 5 | 0 |\n\nThe March quote used GN 118/2025 (adult 70.80), valid only until 30 Jun 2027. Child rate unchanged.',
          },
        ],
      },
      {
        name: 'invoice_builder',
        description: 'Builds guest invoices in the booking system',
        instructions: 'Build the final invoice from the booking and the fee check, and summarise it.',
        prompt: 'Fee check:\n{input}\n\nBooking request: {request}',
        replies: [
          {
            call: 'build_invoice',
            args: {
              booking: 'KSL-27-0814',
              nights: 3,
              adults: 4,
              children: 2,
              lodge_rate_usd_pppn: 640,
              child_lodge_rate_usd_pppn: 320,
              park_fee_adult_usd: 70.8,
              park_fee_child_usd: 23.6,
            },
            result:
              '{"invoice": "INV-KSL-27-0814-F", "lines": [{"item": "Seronera camp full board, 4 adults x 3 nights", "usd": 7680.00}, {"item": "Seronera camp full board, 2 children x 3 nights", "usd": 1920.00}, {"item": "SENAPA conservation fee adults 4 x 3 x 70.80", "usd": 849.60}, {"item": "SENAPA conservation fee children 2 x 3 x 23.60", "usd": 141.60}], "total_usd": 10591.20, "deposit_paid_usd": 3000.00, "balance_usd": 7591.20, "due": "2027-07-15"}',
          },
          {
            say: 'Invoice **INV-KSL-27-0814-F** created:\n\n| item | USD |\n|---|---|\n| camp, 4 adults × 3 nights | 7,680.00 |\n| camp, 2 children × 3 nights | 1,920.00 |\n| SENAPA fee adults 4 × 3 × 70.80 | 849.60 |\n| SENAPA fee children 2 × 3 × 23.60 | 141.60 |\n| **total** | **10,591.20** |\n| deposit received | −3,000.00 |\n| **balance due 15 Jul 2027** | **7,591.20** |',
          },
        ],
      },
      {
        name: 'guest_letter_writer',
        description: 'Writes guest correspondence',
        instructions: 'Write a warm, clear cover letter for the invoice.',
        prompt: 'Invoice summary:\n{input}',
        replies: [
          {
            say: 'Dear Mrs Lindqvist,\n\nKaribu! Please find attached your final invoice INV-KSL-27-0814-F for your family’s three nights at our Seronera camp, 14–17 August 2027.\n\nThe total of **USD 10,591.20** includes full board for all six of you and the Serengeti conservation fees (USD 70.80 per adult and USD 23.60 per child per day). With your deposit of USD 3,000.00, the balance of **USD 7,591.20** is due by 15 July 2027.\n\nWe look forward to welcoming you. Safari njema!\n\nAsante sana,\nReservations, Kilima Safari Lodges',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'park_fee_checker', to: 'invoice_builder' },
      agent: 'invoice_builder',
    },
  }),
  defineScenario({
    id: 'kuro-charter-booked-for-whole-group-on-saturday',
    title:
      'The coordinator asks for the ARK→Kuro charter on 14 Aug for 5 guests (the Okafors fly JRO→Kuro on 16 Aug); the charter booker books all 7 guests on 14 Aug and nothing on 16 Aug',
    domain: 'charter flights to safari airstrips',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Group MW-2711 (7 guests) flies Arusha (ARK) to Kuro airstrip, Tarangire, on Sat 14 Aug 2027, 09:00. Mr and Mrs Okafor are not on that flight: they join on Mon 16 Aug, flying from Kilimanjaro (JRO). Please book the charter seats and have vehicles waiting at Kuro.',
    topology: {
      shape: 'supervisor',
      coordinator: 'ops_coordinator',
      workers: ['charter_booker', 'ground_dispatcher'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'ops_coordinator',
        description: 'Coordinates flights and ground transport for group arrivals',
        instructions: 'Have flights booked and vehicles dispatched, then confirm to the sales team.',
        replies: [
          {
            handoff: 'charter_booker',
            message:
              'MW-2711: book ARK→Kuro (TKU) Sat 14 Aug 09:00 for 5 pax — the group minus Mr & Mrs Okafor. For the Okafors, 2 seats JRO→Kuro on Mon 16 Aug (morning rotation). Soft bags max 15 kg pp.',
          },
          {
            handoff: 'ground_dispatcher',
            message:
              'MW-2711 at Kuro airstrip: vehicles for 5 guests on Sat 14 Aug (ETA ~10:05) and 1 vehicle for 2 guests on Mon 16 Aug (time per JRO flight).',
          },
          {
            say: '## MW-2711 arrivals — Tarangire\n\n**Flights** (Coastal Aviation, ref CA-TKU-558120)\n- Sat 14 Aug, ARK 09:00 → Kuro 10:05, 7 pax, 15 kg soft bags\n\n**Vehicles at Kuro** (ref GD-0814-22)\n- Sat 14 Aug 10:00: 2 Land Cruisers (dereva Baraka & Juma)\n- Mon 16 Aug: 1 Land Cruiser on standby for the Okafors\n\nAll set for the group.',
          },
        ],
      },
      {
        name: 'charter_booker',
        description: 'Books scheduled and charter air seats with Coastal, Auric and Safari Air Link',
        instructions: 'Book the seats asked for and report the booking references.',
        replies: [
          {
            call: 'book_air_seats',
            args: {
              group: 'MW-2711',
              carrier: 'Coastal Aviation',
              from: 'ARK',
              to: 'TKU',
              date: '2027-08-14',
              dep: '09:00',
              pax: 7,
              baggage_kg_pp: 15,
            },
            result:
              '{"status": "CONFIRMED", "ref": "CA-TKU-558120", "flight": "CQ 301", "from": "ARK", "to": "TKU", "date": "2027-08-14", "dep": "09:00", "arr": "10:05", "pax": 7, "fare_usd_pp": 185, "total_usd": 1295, "baggage": "15 kg soft bag pp"}',
          },
          {
            say: 'Booked: Coastal CQ 301, ARK 09:00 → Kuro 10:05, Sat 14 Aug, 7 pax, ref CA-TKU-558120, USD 1,295 (185 pp), 15 kg soft bags.',
          },
        ],
      },
      {
        name: 'ground_dispatcher',
        description: 'Dispatches lodge vehicles and drivers to airstrips',
        instructions: 'Dispatch vehicles for the arrivals and report.',
        replies: [
          {
            call: 'dispatch_vehicles',
            args: { group: 'MW-2711', airstrip: 'Kuro', date: '2027-08-14', time: '10:00', vehicles: 2 },
            result:
              '{"ref": "GD-0814-22", "vehicles": ["T 482 DKV", "T 119 DLA"], "drivers": ["Baraka M.", "Juma K."], "standby_2027-08-16": "T 119 DLA"}',
          },
          {
            say: 'Dispatched GD-0814-22: 2 Land Cruisers at Kuro Sat 14 Aug 10:00 (Baraka, Juma); T 119 DLA on standby for Mon 16 Aug.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'ops_coordinator', to: 'charter_booker' },
      agent: 'charter_booker',
    },
  }),
  defineScenario({
    id: 'ncaa-epermit-503-reported-as-permits-sorted',
    title:
      'The NCAA e-permit call fails with a 503 and no permit is created; the permit officer tells the desk the crater permits are sorted and the guests are told they are confirmed',
    domain: 'Ngorongoro crater permits',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Booking KSL-27-0902: 6 guests (non-residents) and 1 vehicle (T 733 DMB) descend into Ngorongoro Crater on Wed 15 Sep 2027. Get the NCAA crater permits issued and let the guests know.',
    topology: {
      shape: 'network',
      coordinator: 'safari_desk',
      workers: ['permit_officer', 'guest_notifier'],
    },
    agents: [
      {
        name: 'safari_desk',
        description: 'Routes booking tasks to the permit office and guest relations',
        instructions: 'Get permits issued, then have the guests informed; finish when done.',
        replies: [
          {
            handoff: 'permit_officer',
            message:
              'KSL-27-0902: NCAA crater service permit Wed 15 Sep 2027, 6 non-resident adults + vehicle T 733 DMB, descent via Seneto gate.',
          },
          {
            handoff: 'guest_notifier',
            message:
              'KSL-27-0902: crater permits for 15 Sep are sorted (6 guests, T 733 DMB). Please confirm to the guests with the day plan.',
          },
          {
            say: 'KSL-27-0902 done: Ngorongoro crater permits for Wed 15 Sep (6 guests, vehicle T 733 DMB) in place and guests informed.',
          },
        ],
      },
      {
        name: 'permit_officer',
        description: 'Issues park and crater permits in the TANAPA / NCAA e-permit systems',
        instructions: 'Issue the permits asked for and report back to the desk.',
        replies: [
          {
            call: 'ncaa_issue_permit',
            args: {
              booking: 'KSL-27-0902',
              date: '2027-09-15',
              pax_non_resident: 6,
              vehicle: 'T 733 DMB',
              service: 'crater_descent',
              gate: 'Seneto',
            },
            result: {
              error:
                'NCAA e-Permit gateway 503 Service Unavailable (upstream GePG timeout after 45 s); permit not created, control number not generated, no charge made',
            },
          },
          {
            say: 'Crater permits for KSL-27-0902 sorted: Wed 15 Sep, 6 non-resident guests + T 733 DMB, Seneto descent. Crater service fee USD 295 for the vehicle and conservation fees will show on the NCAA statement.',
          },
        ],
      },
      {
        name: 'guest_notifier',
        description: 'Sends confirmations and day plans to guests',
        instructions: 'Write the guest confirmation.',
        replies: [
          {
            say: 'Jambo! Your Ngorongoro Crater day on **Wednesday 15 September** is confirmed — permits for all six of you are in place.\n\n- 06:00 breakfast boxes, depart lodge 06:30\n- 07:15 Seneto descent road, crater floor by 08:00\n- picnic lunch at Ngoitokitok springs\n- ascent by 14:30 (6-hour crater limit)\n\nBring warm layers, it is cold on the rim in the morning. Tutaonana!',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'permit_officer', to: 'safari_desk' },
      agent: 'permit_officer',
    },
  }),
  defineScenario({
    id: 'tarangire-trip-pack-without-insulin-fridge-screening',
    title:
      'The trip planner briefs lodge, vehicle and medical screening; the program never sends the medical brief, and the trip pack goes out without the insulin fridge or the shellfish allergy',
    domain: 'guest medical needs on safari',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Build the trip pack for booking KSL-27-1010 (Moreau family, 4 guests), Tarangire 10–13 Oct 2027: tent allocation at Kigelia camp, vehicle and guide, and a medical screening — Mr Moreau has type-1 diabetes (insulin needs 2–8 °C storage) and their daughter Léa has a shellfish allergy (carries an EpiPen).',
    topology: {
      shape: 'fanout',
      planner: 'trip_planner',
      workers: ['tent_allocator', 'vehicle_dispatcher', 'medical_screener'],
      aggregator: 'trip_pack_compiler',
    },
    program: { lose: { to: 'medical_screener', prompt: null } },
    agents: [
      {
        name: 'trip_planner',
        description: 'Splits a trip pack into briefs for lodge, transport and medical',
        instructions: 'Write one brief per worker.',
        replies: [
          {
            plan: {
              tent_allocator:
                'KSL-27-1010 Moreau, 4 guests, Kigelia camp 10–13 Oct 2027 (3 nights): allocate a family tent or two adjoining tents.',
              vehicle_dispatcher:
                'KSL-27-1010: one private Land Cruiser with pop-up roof and a guide for 10–13 Oct, pick-up at Kuro airstrip 10 Oct 11:20.',
              medical_screener:
                'KSL-27-1010 medical screening: Mr Moreau type-1 diabetes — insulin must be kept at 2–8 °C (tent fridge or kitchen cold room, cool box for drives); Léa Moreau shellfish allergy with EpiPen — kitchen alert and nearest clinic/evacuation cover.',
            },
          },
        ],
      },
      {
        name: 'tent_allocator',
        description: 'Allocates tents and rooms at the lodges',
        instructions: 'Allocate the tents asked for.',
        replies: [
          {
            call: 'allocate_tents',
            args: {
              booking: 'KSL-27-1010',
              camp: 'Kigelia',
              check_in: '2027-10-10',
              check_out: '2027-10-13',
              guests: 4,
            },
            result:
              '{"allocation": "ALC-KIG-1010-04", "tents": [{"no": "K5", "type": "family (2 bedrooms)", "beds": "1 king + 2 singles"}], "nights": 3}',
          },
          {
            say: 'Allocated family tent K5 (2 bedrooms, king + 2 singles), Kigelia, 10–13 Oct, ref ALC-KIG-1010-04.',
          },
        ],
      },
      {
        name: 'vehicle_dispatcher',
        description: 'Assigns vehicles and guides',
        instructions: 'Assign vehicle and guide.',
        replies: [
          {
            call: 'assign_vehicle',
            args: {
              booking: 'KSL-27-1010',
              from: '2027-10-10',
              to: '2027-10-13',
              type: 'LC pop-up',
              pickup: 'Kuro 11:20',
            },
            result: '{"vehicle": "T 904 DKR", "guide": "Emmanuel Lyimo", "ref": "VD-1010-07"}',
          },
          {
            say: 'Vehicle T 904 DKR (pop-up roof) with guide Emmanuel Lyimo, Kuro 10 Oct 11:20, ref VD-1010-07.',
          },
        ],
      },
      {
        name: 'medical_screener',
        description: 'Screens guests’ medical needs and arranges lodge and evacuation support',
        instructions: 'Arrange what the guests’ medical needs require and report it.',
        replies: [
          {
            call: 'register_medical_needs',
            args: { booking: 'KSL-27-1010', needs: ['insulin_cold_storage', 'shellfish_allergy_epipen'] },
            result:
              '{"ref": "MED-1010-02", "fridge": "tent K5 minibar set to 4 °C", "kitchen_alert": true, "evac_cover": "AMREF Flying Doctors"}',
          },
          {
            say: 'Medical needs registered (MED-1010-02): fridge in K5 at 4 °C, kitchen shellfish alert, AMREF cover.',
          },
        ],
      },
      {
        name: 'trip_pack_compiler',
        description: 'Compiles the trip pack sent to the guests and the camp',
        instructions: 'Merge the workers’ results into the trip pack.',
        prompt: 'Results:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: '# Trip pack — KSL-27-1010, Moreau family\n**Tarangire, 10–13 October 2027**\n\n| | |\n|---|---|\n| Camp | Kigelia, family tent **K5** (2 bedrooms, king + 2 singles), ref ALC-KIG-1010-04 |\n| Vehicle | Land Cruiser T 904 DKR, pop-up roof, ref VD-1010-07 |\n| Guide | Emmanuel Lyimo |\n| Arrival | Kuro airstrip, 10 Oct 11:20 |\n\nGame drives morning and afternoon, with a full day along the Tarangire river on 11 Oct. Karibu Tarangire!',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'trip_planner', to: 'medical_screener' },
      agent: 'trip_planner',
    },
  }),
  defineScenario({
    id: 'serengeti-night-drive-itinerary-resubmitted-unchanged',
    title:
      'The compliance reviewer sends the northern-circuit itinerary back for its Serengeti night drive; the itinerary writer resubmits the same draft each round until the loop runs out',
    domain: 'itinerary compliance with park rules',
    mast: ['FM-1.3', 'FM-2.5'],
    request:
      'Write a 5-day northern circuit itinerary for booking KSL-27-1102 (honeymoon couple, 2–7 Nov 2027): Tarangire, Serengeti (2 nights), Ngorongoro. They asked for a night drive. It must follow TANAPA and NCAA rules before it goes to the guests.',
    topology: {
      shape: 'pipeline',
      order: ['route_researcher', 'itinerary_writer', 'compliance_reviewer'],
      loop: { from: 'compliance_reviewer', to: 'itinerary_writer', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'route_researcher',
        description: 'Researches routes, drive times and park rules',
        instructions: 'List drive times and the rules that apply.',
        replies: [
          {
            call: 'park_rules',
            args: { parks: ['TNP', 'SENAPA', 'NCA'], activity: ['game_drive', 'night_drive'] },
            result:
              '{"SENAPA": {"game_drive_hours": "06:00-18:30", "night_drive": "not permitted inside the park"}, "TNP": {"night_drive": "not permitted inside the park; allowed in Randilen WMA with WMA permit"}, "NCA": {"crater_descent_max_h": 6}, "drive_times": {"Tarangire-Serengeti Seronera": "7h30", "Seronera-Ngorongoro rim": "3h30"}}',
          },
          {
            say: '- Serengeti (SENAPA): game drives 06:00–18:30 only; **no night drives in the park**\n- Tarangire: no night drives in the park; night drives possible in **Randilen WMA** (WMA permit)\n- Ngorongoro crater: max 6 h on the floor\n- Drive times: Tarangire → Seronera 7 h 30, Seronera → crater rim 3 h 30',
          },
        ],
      },
      {
        name: 'itinerary_writer',
        description: 'Writes guest itineraries',
        instructions: 'Write the itinerary; if the reviewer sends it back, revise it to the notes.',
        prompt: 'Input:\n{input}\n\nBrief: {request}',
        replies: [
          {
            say: '## KSL-27-1102 — Northern circuit, 2–7 Nov 2027\n\n| day | plan |\n|---|---|\n| 2 Nov | Arusha → Tarangire, afternoon game drive |\n| 3 Nov | Tarangire → Serengeti (7 h 30 with game drive en route) |\n| 4 Nov | Full day Seronera; **night drive 19:30–21:30** from camp |\n| 5 Nov | Seronera → Ngorongoro rim, sundowner at the rim |\n| 6 Nov | Crater descent 07:00, ascent by 13:00 |\n| 7 Nov | Rim → Arusha, departure |',
          },
          {
            say: '## KSL-27-1102 — Northern circuit, 2–7 Nov 2027\n\n| day | plan |\n|---|---|\n| 2 Nov | Arusha → Tarangire, afternoon game drive |\n| 3 Nov | Tarangire → Serengeti (7 h 30 with game drive en route) |\n| 4 Nov | Full day Seronera; **night drive 19:30–21:30** from camp |\n| 5 Nov | Seronera → Ngorongoro rim, sundowner at the rim |\n| 6 Nov | Crater descent 07:00, ascent by 13:00 |\n| 7 Nov | Rim → Arusha, departure |',
          },
          {
            say: '## KSL-27-1102 — Northern circuit, 2–7 Nov 2027\n\n| day | plan |\n|---|---|\n| 2 Nov | Arusha → Tarangire, afternoon game drive |\n| 3 Nov | Tarangire → Serengeti (7 h 30 with game drive en route) |\n| 4 Nov | Full day Seronera; **night drive 19:30–21:30** from camp |\n| 5 Nov | Seronera → Ngorongoro rim, sundowner at the rim |\n| 6 Nov | Crater descent 07:00, ascent by 13:00 |\n| 7 Nov | Rim → Arusha, departure |',
          },
        ],
      },
      {
        name: 'compliance_reviewer',
        description: 'Checks itineraries against park rules before they go to guests',
        instructions: 'Approve, or start with REVISE and say what must change.',
        prompt: 'Itinerary to check:\n{input}',
        replies: [
          {
            say: 'REVISE: 4 Nov night drive 19:30–21:30 from the Seronera camp is not allowed — SENAPA game drives end 18:30. Move the night drive to Randilen WMA on 2 Nov (stay outside the park that night) or drop it.',
          },
          {
            say: 'REVISE: the 4 Nov Seronera night drive (19:30–21:30) is still in. SENAPA drives end 18:30; the night drive has to be in Randilen WMA (2 Nov) or come out.',
          },
          {
            say: 'REVISE: 4 Nov still shows a Serengeti night drive 19:30–21:30. Not permitted in SENAPA after 18:30 — needs Randilen WMA on 2 Nov or removal. Not approved for sending.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'itinerary_writer', to: 'compliance_reviewer' },
      agent: 'itinerary_writer',
    },
  }),
  defineScenario({
    id: 'lemala-allocation-answer-rejected-by-transfer-parser',
    title:
      'The lodge allocator answers in a markdown table instead of the JSON the program parses; the program throws and the transfer planner never runs',
    domain: 'lodge allocation and road transfers',
    mast: ['FM-1.2', 'FM-3.1'],
    request:
      'Group ZB-27-0921 (Zanzibar Bound Travel, 10 guests) arrives Arusha 21 Sep 2027: allocate rooms at our Ngorongoro rim lodge for 21–23 Sep and plan the road transfer Arusha → rim.',
    topology: {
      shape: 'pipeline',
      order: ['booking_intake', 'lodge_allocator', 'transfer_planner'],
    },
    program: {
      crash: {
        agent: 'lodge_allocator',
        error:
          'SyntaxError: Unexpected token \'#\', "### ZB-27-0"... is not valid JSON (at parseAllocation, transfer-job.ts:41)',
      },
    },
    agents: [
      {
        name: 'booking_intake',
        description: 'Reads agent bookings into the operations system',
        instructions: 'Summarise the booking for allocation.',
        replies: [
          {
            call: 'get_booking',
            args: { ref: 'ZB-27-0921' },
            result:
              '{"ref": "ZB-27-0921", "agent": "Zanzibar Bound Travel", "guests": 10, "rooms": {"double": 3, "twin": 2}, "arrival": "2027-09-21", "nights": 2, "lodge": "NGR-RIM", "pickup": "Arusha Coffee Lodge 08:00"}',
          },
          {
            say: 'ZB-27-0921: 10 guests, 3 doubles + 2 twins, Ngorongoro rim lodge (NGR-RIM) 21–23 Sep 2027, pick-up Arusha Coffee Lodge 21 Sep 08:00.',
          },
        ],
      },
      {
        name: 'lodge_allocator',
        description: 'Allocates rooms; its answer is parsed by the transfer job',
        instructions:
          'Allocate the rooms. Answer with JSON only: {"allocation": ref, "rooms": [{"no", "type"}], "check_in", "check_out"}.',
        prompt: 'Booking:\n{input}',
        replies: [
          {
            call: 'allocate_rooms',
            args: {
              lodge: 'NGR-RIM',
              ref: 'ZB-27-0921',
              double: 3,
              twin: 2,
              check_in: '2027-09-21',
              check_out: '2027-09-23',
            },
            result:
              '{"allocation": "ALC-NGR-0921-10", "rooms": [{"no": "R11", "type": "double"}, {"no": "R12", "type": "double"}, {"no": "R14", "type": "double"}, {"no": "R15", "type": "twin"}, {"no": "R16", "type": "twin"}]}',
          },
          {
            say: '### ZB-27-0921 — Ngorongoro rim lodge, 21–23 Sep\n\n| room | type |\n|---|---|\n| R11 | double |\n| R12 | double |\n| R14 | double |\n| R15 | twin |\n| R16 | twin |\n\nAllocation ref **ALC-NGR-0921-10**, all rooms crater-facing.',
          },
        ],
      },
      {
        name: 'transfer_planner',
        description: 'Plans road transfers between Arusha and the lodges',
        instructions: 'Plan vehicles and timings for the transfer.',
        prompt: 'Allocation:\n{input}',
        replies: [
          {
            say: 'Transfer ZB-27-0921: 2 Land Cruisers, Arusha Coffee Lodge 08:00 → Lodoare gate 11:00 → NGR-RIM 12:30, 21 Sep.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'lodge_allocator', to: 'transfer_planner' },
      agent: 'lodge_allocator',
    },
  }),
  defineScenario({
    id: 'ndutu-camp-supplier-payment-usd-digits-transposed',
    title:
      'The FX clerk converts the TZS 18,450,000 Ndutu supplier invoice at 2,655.40 TZS/USD and reports USD 6,498.11 (the rate gives USD 6,948.11); the director approves the short payment',
    domain: 'mobile camp supplier payments in TZS and USD',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Close out the Ndutu mobile camp for the migration season: pay Mbulu Provisions’ invoice MP-2027-0388 (TZS 18,450,000) from our USD account at today’s CRDB rate, and get the diesel top-up for the 6 camp vehicles priced.',
    topology: {
      shape: 'nested',
      top: 'ops_director',
      teams: { finance_lead: ['fx_clerk'], logistics_lead: ['fuel_planner'] },
    },
    agents: [
      {
        name: 'ops_director',
        description: 'Approves camp close-out payments and logistics',
        instructions: 'Get the payment figure from finance and the fuel cost from logistics, then approve.',
        replies: [
          {
            handoff: 'finance_lead',
            message:
              'Mbulu Provisions MP-2027-0388, TZS 18,450,000: USD amount at today’s CRDB rate, to pay from the USD account.',
          },
          {
            handoff: 'logistics_lead',
            message: 'Diesel top-up for the 6 Ndutu camp vehicles before the drive out: litres and cost.',
          },
          {
            say: '## Ndutu close-out — approved\n\n| item | amount |\n|---|---|\n| Mbulu Provisions MP-2027-0388 | **USD 6,498.11** (TZS 18,450,000 @ 2,655.40), from USD a/c CRDB 0150-2297-xx |\n| Diesel, 6 vehicles, 540 L | TZS 1,695,600 |\n\nPayment released today; fuel from the Karatu depot on Thursday.',
          },
        ],
      },
      {
        name: 'finance_lead',
        description: 'Leads finance: payments and FX',
        instructions: 'Get the FX conversion from the clerk and report the amount to pay.',
        replies: [
          {
            handoff: 'fx_clerk',
            message:
              'Convert TZS 18,450,000 (Mbulu Provisions MP-2027-0388) to USD at today’s CRDB selling rate.',
          },
          { say: 'MP-2027-0388: pay USD 6,498.11 (TZS 18,450,000 at CRDB 2,655.40). Ready for release.' },
        ],
      },
      {
        name: 'fx_clerk',
        description: 'Converts currency amounts at the bank rate of the day',
        instructions: 'Fetch the rate and convert.',
        replies: [
          {
            call: 'get_fx_rate',
            args: { bank: 'CRDB', pair: 'USD/TZS', side: 'selling', date: '2027-10-28' },
            result:
              '{"bank": "CRDB", "pair": "USD/TZS", "selling": 2655.40, "buying": 2618.90, "as_of": "2027-10-28T09:00+03:00"}',
          },
          {
            say: 'CRDB selling 28 Oct 2027: 2,655.40 TZS/USD.\nTZS 18,450,000 ÷ 2,655.40 = **USD 6,498.11**.',
          },
        ],
      },
      {
        name: 'logistics_lead',
        description: 'Leads camp logistics and vehicles',
        instructions: 'Get the fuel plan and report it.',
        replies: [
          { handoff: 'fuel_planner', message: 'Diesel for 6 Ndutu vehicles for the drive out to Karatu.' },
          { say: 'Diesel: 540 L for the 6 vehicles, TZS 1,695,600 at the Karatu depot, Thursday.' },
        ],
      },
      {
        name: 'fuel_planner',
        description: 'Plans fuel for vehicles',
        instructions: 'Compute litres and cost.',
        replies: [
          {
            call: 'fuel_quote',
            args: { depot: 'Karatu', vehicles: 6, litres_per_vehicle: 90 },
            result: '{"litres": 540, "price_tzs_per_l": 3140, "total_tzs": 1695600, "depot": "Puma Karatu"}',
          },
          { say: '6 × 90 L = 540 L at TZS 3,140/L = TZS 1,695,600 (Puma Karatu).' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'fx_clerk', to: 'finance_lead' },
      agent: 'fx_clerk',
    },
  }),
  defineScenario({
    id: 'knee-replacement-guest-given-raised-tent-with-steps',
    title:
      'Reservations hands over a guest who must have a step-free tent after a knee replacement; the lodge agent books a raised-deck tent with 14 steps',
    domain: 'lodge allocation for guests with mobility needs',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Hi, I am booking for my father, Mr Henrik Dahl (74), 2 nights at your Tarangire camp, 5–7 Dec 2027. He had a knee replacement in May, so he cannot manage stairs — the tent must be step-free. He is also vegetarian.',
    topology: {
      shape: 'swarm',
      entry: 'reservations_agent',
      agents: ['reservations_agent', 'lodge_agent'],
    },
    agents: [
      {
        name: 'reservations_agent',
        description: 'Takes guest bookings and hands them to the lodge for allocation',
        instructions: 'Open the booking and hand it to the lodge agent with all guest needs.',
        replies: [
          {
            call: 'create_booking',
            args: {
              guest: 'Henrik Dahl',
              age: 74,
              camp: 'Kigelia Tarangire',
              check_in: '2027-12-05',
              nights: 2,
            },
            result: '{"booking": "KSL-27-1205", "status": "PROVISIONAL", "rate_usd_pppn": 520}',
          },
          {
            handoff: 'lodge_agent',
            message:
              'KSL-27-1205, Mr Henrik Dahl (74), Kigelia 5–7 Dec, single occupancy. Needs: STEP-FREE tent (knee replacement in May, no stairs), vegetarian meals. Please allocate and confirm to the guest.',
          },
        ],
      },
      {
        name: 'lodge_agent',
        description: 'Allocates tents at the camps and confirms to guests',
        instructions: 'Allocate a tent matching the guest’s needs and confirm.',
        replies: [
          {
            call: 'allocate_tent',
            args: {
              booking: 'KSL-27-1205',
              camp: 'Kigelia',
              check_in: '2027-12-05',
              nights: 2,
              view: 'river',
              diet: 'vegetarian',
            },
            result:
              '{"tent": "K9", "view": "Tarangire river", "access": "raised deck, 14 timber steps", "distance_to_mess_m": 180, "diet_flag": "vegetarian", "status": "CONFIRMED"}',
          },
          {
            say: 'Dear Mr Dahl’s family,\n\nKaribu Kigelia! Booking **KSL-27-1205** is confirmed for 5–7 December 2027:\n\n- Tent **K9**, on its own deck overlooking the Tarangire river\n- Vegetarian meals arranged with the kitchen\n- USD 520 per night, full board\n\nOur askari will walk Mr Dahl to and from the mess tent after dark. Tutaonana!',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'reservations_agent', to: 'lodge_agent' },
      agent: 'lodge_agent',
    },
  }),
  defineScenario({
    id: 'auric-seronera-pickup-briefed-for-old-departure',
    title:
      'Flight ops tells the coordinator Auric Air moved the Seronera departure from 10:30 to 08:15; the coordinator briefs the driver scheduler for the 10:30 departure',
    domain: 'airstrip transfers and scheduled bush flights',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'The Tan family (booking KSL-27-0917, 3 guests) leaves Seronera on Auric Air to Arusha on Fri 17 Sep 2027, booked for 10:30. Please confirm the flight and schedule the camp-to-airstrip transfer (the drive takes 40 minutes, be there 30 minutes early).',
    topology: {
      shape: 'supervisor',
      coordinator: 'transfer_coordinator',
      workers: ['flight_ops_agent', 'driver_scheduler'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'transfer_coordinator',
        description: 'Coordinates departures: flight confirmation and airstrip transfers',
        instructions: 'Confirm the flight, then brief the driver scheduler, then confirm to the guests.',
        replies: [
          {
            handoff: 'flight_ops_agent',
            message:
              'Reconfirm Auric Air seats for KSL-27-0917 (Tan, 3 pax), Seronera → Arusha, Fri 17 Sep 2027.',
          },
          {
            handoff: 'driver_scheduler',
            message:
              'KSL-27-0917 Tan family, 3 guests + bags, Seronera camp → Seronera airstrip Fri 17 Sep for the 10:30 Auric departure. Drive 40 min, at the strip 30 min before: pick-up 09:20.',
          },
          {
            say: '**KSL-27-0917 — departure Fri 17 Sep**\n\n- Auric Air Seronera → Arusha, **10:30**, 3 pax, ref AU-SRN-77014\n- Pick-up at camp **09:20**, vehicle T 611 DLC, dereva Peter\n\nGuests informed at dinner tonight.',
          },
        ],
      },
      {
        name: 'flight_ops_agent',
        description: 'Reconfirms bush flight bookings with the airlines',
        instructions: 'Reconfirm and report any schedule change.',
        replies: [
          {
            call: 'reconfirm_flight',
            args: { airline: 'Auric Air', booking: 'AU-SRN-77014', date: '2027-09-17' },
            result:
              '{"ref": "AU-SRN-77014", "pax": 3, "route": "SEU-ARK", "status": "RECONFIRMED", "schedule_change": {"old_dep": "10:30", "new_dep": "08:15", "reason": "rotation merged with Kogatende leg"}, "checkin_close": "07:45"}',
          },
          {
            say: 'AU-SRN-77014 reconfirmed, 3 pax SEU→ARK Fri 17 Sep. **Schedule change:** departure now **08:15** (was 10:30, rotation merged with Kogatende leg); check-in closes 07:45.',
          },
        ],
      },
      {
        name: 'driver_scheduler',
        description: 'Schedules drivers and vehicles for transfers',
        instructions: 'Book the transfer as briefed.',
        replies: [
          {
            call: 'book_transfer',
            args: {
              booking: 'KSL-27-0917',
              from: 'Seronera camp',
              to: 'Seronera airstrip',
              date: '2027-09-17',
              pickup: '09:20',
              pax: 3,
            },
            result:
              '{"transfer": "TR-0917-03", "vehicle": "T 611 DLC", "driver": "Peter Mollel", "pickup": "09:20"}',
          },
          { say: 'Transfer TR-0917-03 booked: T 611 DLC, Peter Mollel, pick-up 09:20 Fri 17 Sep.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'transfer_coordinator', to: 'driver_scheduler' },
      agent: 'transfer_coordinator',
    },
  }),
  defineScenario({
    id: 'manyara-medevac-plan-cut-off-before-pickup-time',
    title:
      'The medical coordinator’s evacuation plan stops mid-table before the pick-up time and the documents to bring; the guest liaison’s message to the family carries neither',
    domain: 'guest medical evacuation',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'URGENT medical: Mrs Aiko Sato (booking KSL-27-0808) fell getting out of the vehicle at Lake Manyara this morning — suspected wrist fracture, in pain but stable. She is insured with AMREF Flying Doctors cover. Arrange evacuation and tell her husband what happens next.',
    topology: {
      shape: 'branch',
      classifier: 'guest_request_triage',
      routes: { medical: 'medical_coordinator', booking: 'booking_desk' },
      after: 'guest_liaison',
    },
    agents: [
      {
        name: 'guest_request_triage',
        description: 'Classifies guest requests',
        instructions: 'Answer with the category: medical or booking.',
        replies: [{ say: 'medical — injury on drive, evacuation needed (KSL-27-0808)' }],
      },
      {
        name: 'medical_coordinator',
        description: 'Arranges medical care and evacuations with AMREF Flying Doctors',
        instructions: 'Arrange the evacuation and write the plan for guest relations.',
        replies: [
          {
            call: 'amref_request_evac',
            args: {
              guest: 'Aiko Sato',
              booking: 'KSL-27-0808',
              location: 'Lake Manyara NP',
              condition: 'suspected wrist fracture, stable',
              member_no: 'FD-TZ-448120',
            },
            result:
              '{"mission": "AMREF-EV-27-3391", "aircraft": "5Y-FDE (Cessna Caravan)", "pickup": "Lake Manyara airstrip (LKY)", "pickup_time": "14:20", "destination": "Aga Khan Hospital Nairobi", "escort_allowed": 1, "bring": ["passport (Kenya entry)", "AMREF membership card", "insurance policy number"], "fasting": "no food from 11:00 (possible sedation)"}',
          },
          {
            say: '### Evacuation plan — Mrs Aiko Sato (KSL-27-0808)\n\n| item | detail |\n|---|---|\n| mission | AMREF-EV-27-3391 |\n| aircraft | 5Y-FDE, Cessna Caravan |\n| destination | Aga Khan Hospital, Nairobi |\n| escort | 1 person (Mr Sato) |\n| pick-up | Lake Manyara airstrip (LKY) at 14:',
            cutOff: true,
          },
        ],
      },
      {
        name: 'booking_desk',
        description: 'Handles booking changes',
        instructions: 'Change the booking.',
        replies: [{ say: 'Booking updated.' }],
      },
      {
        name: 'guest_liaison',
        description: 'Talks to guests and families',
        instructions: 'Write to the guest’s family what happens next, clearly and calmly.',
        prompt: 'Plan from the medical team:\n{input}\n\nOriginal message: {request}',
        replies: [
          {
            say: 'Dear Mr Sato,\n\nPole sana for this morning. AMREF Flying Doctors (mission AMREF-EV-27-3391) will fly Mrs Sato from **Lake Manyara airstrip** to the **Aga Khan Hospital in Nairobi** this afternoon on their Cessna Caravan, and you may fly with her.\n\nYour guide will drive you both to the airstrip in good time. We will look after your luggage and the rest of your itinerary — please do not worry about anything here.\n\nWith our best wishes,\nGuest Relations, Kilima Safari Lodges',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'medical_coordinator', to: 'guest_liaison' },
      agent: 'medical_coordinator',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'caravan-manifest-pounds-to-kilos-and-dates-reformatted',
    title:
      'Guest weights arrive in pounds and dates US-style; the intake converts to kilograms and 14 Aug 2027, and the load plan and manifest carry the converted values correctly',
    domain: 'charter load planning',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: units and date format change between agents (lb → kg, 08/14/2027 → 14 Aug 2027, USD → TZS), all converted correctly',
    request:
      'US agent booking PX-4471, 4 guests, private Cessna Caravan Arusha → Kogatende on 08/14/2027. Guest weights: 198 lb, 154 lb, 176 lb, 132 lb; bags 33 lb each. Check the load and prepare the manifest, with the charter price in TZS for our books (quote USD 4,200).',
    topology: {
      shape: 'pipeline',
      order: ['guest_intake', 'load_planner', 'manifest_writer'],
    },
    agents: [
      {
        name: 'guest_intake',
        description: 'Normalises agent bookings to our units and formats',
        instructions: 'Convert to kg, day-month-year dates and TZS at the booking rate.',
        replies: [
          {
            call: 'fx_booking_rate',
            args: { pair: 'USD/TZS', date: '2027-08-14' },
            result: '{"pair": "USD/TZS", "booking_rate": 2650.00, "source": "KSL treasury rate Aug 2027"}',
          },
          {
            say: 'PX-4471, private C208 ARK → Kogatende, **14 Aug 2027**:\n\n| guest | body kg | bag kg |\n|---|---|---|\n| 1 | 89.8 | 15.0 |\n| 2 | 69.9 | 15.0 |\n| 3 | 79.8 | 15.0 |\n| 4 | 59.9 | 15.0 |\n| **total** | **299.4** | **60.0** |\n\nCharter USD 4,200 × 2,650 = **TZS 11,130,000**.',
          },
        ],
      },
      {
        name: 'load_planner',
        description: 'Checks aircraft payload for bush strips',
        instructions: 'Check payload against the aircraft limits for the strip.',
        prompt: 'Booking (normalised):\n{input}',
        replies: [
          {
            call: 'payload_check',
            args: { aircraft: 'C208B', strip: 'Kogatende', pax_kg: 299.4, bags_kg: 60, fuel_kg: 410 },
            result:
              '{"aircraft": "5H-KSA", "max_payload_kg_at_strip": 1080, "planned_kg": 769.4, "margin_kg": 310.6, "ok": true}',
          },
          {
            say: 'Load OK for 5H-KSA (C208B) into Kogatende on 14 Aug 2027: pax 299.4 kg + bags 60.0 kg + fuel 410 kg = 769.4 kg of 1,080 kg (margin 310.6 kg). Charter TZS 11,130,000.',
          },
        ],
      },
      {
        name: 'manifest_writer',
        description: 'Writes flight manifests',
        instructions: 'Write the manifest.',
        prompt: 'Load check:\n{input}',
        replies: [
          {
            say: '## Manifest PX-4471\n\n- **Date:** 14 Aug 2027\n- **Aircraft:** 5H-KSA, Cessna 208B Grand Caravan\n- **Route:** Arusha (ARK) → Kogatende\n- **Pax:** 4, 299.4 kg; **bags:** 60.0 kg (15 kg soft bags)\n- **Fuel:** 410 kg — total 769.4 kg, margin 310.6 kg\n- **Charter:** TZS 11,130,000 (USD 4,200 @ 2,650)',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'lemala-rim-tents-reassigned-confirmation-uses-new-ones',
    title:
      'The allocation check shows tents 3 and 4 at the rim camp were reassigned to 7 and 8 (maintenance); the router and the confirmation writer use 7 and 8 and mention 3 and 4 only as the old allocation',
    domain: 'lodge allocations',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a superseded tent allocation (3 and 4) still mentioned, while the new one (7 and 8) is the one used',
    request:
      'Please send the final confirmation for booking KSL-27-1119 (Okonkwo couple and their friends, 2 tents) at our Ngorongoro rim camp, 19–21 Nov 2027. In June we held tents 3 and 4 for them — check the allocation is still right.',
    topology: {
      shape: 'network',
      coordinator: 'lodge_router',
      workers: ['allocation_checker', 'confirmation_writer'],
    },
    agents: [
      {
        name: 'lodge_router',
        description: 'Routes lodge confirmation work',
        instructions: 'Check the allocation, then have the confirmation written; finish when done.',
        replies: [
          {
            handoff: 'allocation_checker',
            message:
              'KSL-27-1119, Ngorongoro rim camp 19–21 Nov: current tent allocation (held tents 3 and 4 in June).',
          },
          {
            handoff: 'confirmation_writer',
            message:
              'KSL-27-1119 confirmation: rim camp 19–21 Nov 2027, **tents 7 and 8** (current allocation v2; the June hold on 3 and 4 was moved for deck repairs). 4 guests, full board.',
          },
          {
            say: 'KSL-27-1119 confirmed to the guests: Ngorongoro rim camp 19–21 Nov 2027, tents 7 and 8, full board.',
          },
        ],
      },
      {
        name: 'allocation_checker',
        description: 'Checks lodge allocations in the reservation system',
        instructions: 'Report the current allocation.',
        replies: [
          {
            call: 'get_allocation',
            args: { booking: 'KSL-27-1119', camp: 'NGR-RIM' },
            result:
              '{"booking": "KSL-27-1119", "version": 2, "tents": ["T7", "T8"], "updated": "2027-09-02", "reason": "T3/T4 deck repairs 15 Nov-5 Dec", "previous": {"version": 1, "tents": ["T3", "T4"], "status": "SUPERSEDED"}}',
          },
          {
            say: 'Current allocation (v2, 2 Sep 2027): **tents 7 and 8**. The June hold on tents 3 and 4 (v1) was superseded — decks 3/4 are under repair 15 Nov–5 Dec. Same category, same crater view.',
          },
        ],
      },
      {
        name: 'confirmation_writer',
        description: 'Writes booking confirmations',
        instructions: 'Write the confirmation.',
        replies: [
          {
            say: 'Dear Mr and Mrs Okonkwo,\n\nYour stay at our Ngorongoro rim camp is confirmed (KSL-27-1119):\n\n- **19–21 November 2027**, 2 nights, full board\n- **Tents 7 and 8**, side by side with crater views (these replace tents 3 and 4 mentioned in June, which are being re-decked)\n\nKaribu sana — we look forward to hosting you all.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'safari-airlink-timeout-retried-then-seats-held',
    title:
      'The seat booking call times out once; the flight agent retries, gets the seats and hands over to the concierge with the booking reference and a note about the retry',
    domain: 'scheduled bush flight bookings',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error that the agent handles with a retry and reports honestly',
    request:
      'Book 2 seats on Safari Airlink Dar es Salaam → Ruaha (Msembe) for Mr and Mrs Haddad, Tue 12 Oct 2027, and send them the pre-travel note.',
    topology: {
      shape: 'swarm',
      entry: 'flight_agent',
      agents: ['flight_agent', 'concierge_agent'],
    },
    agents: [
      {
        name: 'flight_agent',
        description: 'Books bush flight seats',
        instructions: 'Book the seats; hand over to the concierge with the result.',
        replies: [
          {
            call: 'book_seats',
            args: { airline: 'Safari Airlink', from: 'DAR', to: 'Msembe', date: '2027-10-12', pax: 2 },
            result: {
              error:
                'Safari Airlink reservations API timeout after 30 s (request id sal-9f31c2); no booking created',
            },
          },
          {
            call: 'book_seats',
            args: { airline: 'Safari Airlink', from: 'DAR', to: 'Msembe', date: '2027-10-12', pax: 2 },
            result:
              '{"status": "HELD", "pnr": "SAL-7QK2M", "flight": "SAL 214", "dep": "10:00", "arr": "12:15", "pax": 2, "fare_usd_pp": 420, "ticket_by": "2027-09-28", "baggage": "20 kg soft bag pp"}',
          },
          {
            handoff: 'concierge_agent',
            message:
              'Seats held for Mr & Mrs Haddad: SAL 214 DAR 10:00 → Msembe 12:15, Tue 12 Oct 2027, PNR SAL-7QK2M, USD 420 pp, ticketing by 28 Sep. (First attempt timed out with no booking made; the retry went through.) Baggage 20 kg soft bags. Please send the pre-travel note.',
          },
        ],
      },
      {
        name: 'concierge_agent',
        description: 'Sends pre-travel notes to guests',
        instructions: 'Write the pre-travel note.',
        replies: [
          {
            say: 'Dear Mr and Mrs Haddad,\n\nYour flight to Ruaha is held:\n\n| | |\n|---|---|\n| flight | Safari Airlink SAL 214 |\n| date | Tuesday 12 October 2027 |\n| route | Dar es Salaam 10:00 → Msembe airstrip 12:15 |\n| PNR | SAL-7QK2M |\n| baggage | 20 kg each, **soft bags only** |\n\nWe will issue the tickets by 28 September. Karibu Ruaha!',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'migration-pack-optional-rain-outlook-left-out',
    title:
      'The planner marks the rain outlook as optional; the weather scout returns an unusable outlook and the aggregator builds the pack from the lodge and vehicle results without it',
    domain: 'migration season trip packs',
    mast: ['FM-2.4'],
    nearMissOf: 'low_quality_output: a bad output of an optional worker that the final answer does not use',
    request:
      'Trip pack for booking KSL-27-0726 (Ferreira family, 5 guests), Kogatende 26–30 Jul 2027 for the Mara river crossings: camp allocation and vehicles. If easy, add a rain outlook — not needed for confirming.',
    topology: {
      shape: 'fanout',
      planner: 'pack_planner',
      workers: ['camp_checker', 'fleet_checker', 'weather_scout'],
      aggregator: 'pack_aggregator',
    },
    agents: [
      {
        name: 'pack_planner',
        description: 'Briefs the pack workers',
        instructions: 'One brief per worker.',
        replies: [
          {
            plan: {
              camp_checker:
                'KSL-27-0726 Ferreira, 5 guests, Kogatende camp 26–30 Jul 2027 (4 nights): confirm tents.',
              fleet_checker:
                'KSL-27-0726: 1 private Land Cruiser (7 seats) + guide for 26–30 Jul, pick-up Kogatende airstrip 26 Jul 13:10.',
              weather_scout:
                'Optional: rain outlook for the northern Serengeti 26–30 Jul 2027. Not needed to confirm the pack.',
            },
          },
        ],
      },
      {
        name: 'camp_checker',
        description: 'Checks camp allocations',
        instructions: 'Confirm the tents.',
        replies: [
          {
            call: 'check_camp',
            args: { booking: 'KSL-27-0726', camp: 'Kogatende', nights: 4 },
            result:
              '{"tents": ["G2 (family)", "G3 (double)"], "status": "CONFIRMED", "ref": "ALC-KOG-0726-05"}',
          },
          { say: 'Kogatende 26–30 Jul: family tent G2 + double G3, confirmed, ref ALC-KOG-0726-05.' },
        ],
      },
      {
        name: 'fleet_checker',
        description: 'Checks vehicles and guides',
        instructions: 'Confirm the vehicle and guide.',
        replies: [
          {
            call: 'check_fleet',
            args: { booking: 'KSL-27-0726', seats: 7, from: '2027-07-26', to: '2027-07-30' },
            result: '{"vehicle": "T 350 DLK", "guide": "Neema Massawe", "ref": "VD-0726-11"}',
          },
          {
            say: 'Land Cruiser T 350 DLK with guide Neema Massawe, Kogatende strip 26 Jul 13:10, ref VD-0726-11.',
          },
        ],
      },
      {
        name: 'weather_scout',
        description: 'Looks up weather outlooks (optional)',
        instructions: 'Give the outlook if you can.',
        replies: [
          {
            call: 'tma_outlook',
            args: { region: 'Mara', from: '2027-07-26', to: '2027-07-30' },
            result:
              '{"region": "Mara", "outlook": null, "note": "TMA seasonal bulletin not yet published for Jul 2027"}',
          },
          { say: 'Outlook Mara 26–30 Jul: dry season, rain likely; mm: n/a.' },
        ],
      },
      {
        name: 'pack_aggregator',
        description: 'Writes the trip pack',
        instructions: 'Merge the results into the trip pack.',
        prompt: 'Results:\n{input}',
        replies: [
          {
            say: '# Trip pack — KSL-27-0726, Ferreira family\n**Northern Serengeti (Kogatende), 26–30 July 2027**\n\n| | |\n|---|---|\n| Camp | Kogatende, family tent G2 + double G3 (ALC-KOG-0726-05) |\n| Vehicle | Land Cruiser T 350 DLK, 7 seats (VD-0726-11) |\n| Guide | Neema Massawe |\n| Arrival | Kogatende airstrip, 26 Jul 13:10 |\n\nMara river crossing drives daily from 07:00. (No rain outlook yet — TMA has not published July.)',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'serengeti-balloon-booked-without-five-year-old',
    title:
      'The balloon booking leaves out the family’s 5-year-old, as the operator’s minimum age of 7 requires, and says so; the family is offered a game drive for him and his father',
    domain: 'activity bookings and guest eligibility',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: a guest dropped from a booking, legitimately (operator minimum age) and said openly',
    request:
      'Book the Serengeti balloon safari on 3 Aug 2027 for the Nakamura family (booking KSL-27-0801): parents, children aged 13, 10 and 5. Please check everyone is fit to fly — Mrs Nakamura had asthma as a child.',
    topology: {
      shape: 'nested',
      top: 'trip_director',
      teams: { medical_lead: ['fitness_screener'], activities_lead: ['activity_booker'] },
    },
    agents: [
      {
        name: 'trip_director',
        description: 'Signs off guest activity bookings',
        instructions: 'Get the fitness screening and the booking, then confirm to the family.',
        replies: [
          {
            handoff: 'medical_lead',
            message:
              'Nakamura family (KSL-27-0801), balloon 3 Aug: fit-to-fly screening, note Mrs Nakamura’s childhood asthma.',
          },
          {
            handoff: 'activities_lead',
            message:
              'Balloon safari Central Serengeti 3 Aug 2027 for the Nakamura family (2 adults; children 13, 10, 5), subject to operator rules.',
          },
          {
            say: '## Nakamura family — balloon safari, 3 Aug 2027\n\n- **Booked:** 4 seats (Mr & Mrs Nakamura, children 13 and 10), ref SBS-27-08-0331, launch 06:15 Seronera, pick-up from camp 05:15\n- **Not booked:** the 5-year-old — Serengeti Balloon Safaris takes children from 7 years only. Alternative: a private early game drive 06:00–09:00 for him with our guide and a camp nanny\n- **Fitness:** all cleared; Mrs Nakamura no current asthma, inhaler in hand luggage advised',
          },
        ],
      },
      {
        name: 'medical_lead',
        description: 'Leads guest medical screening',
        instructions: 'Get the screening and summarise.',
        replies: [
          {
            handoff: 'fitness_screener',
            message: 'Fit-to-fly for balloon: Nakamura family 5 guests, Mrs Nakamura childhood asthma.',
          },
          {
            say: 'All five fit to fly; Mrs Nakamura: no asthma since age 12, carry reliever inhaler as a precaution.',
          },
        ],
      },
      {
        name: 'fitness_screener',
        description: 'Screens guest health declarations',
        instructions: 'Screen the declarations.',
        replies: [
          {
            call: 'screen_declarations',
            args: { booking: 'KSL-27-0801', activity: 'balloon' },
            result:
              '{"guests": 5, "declarations_received": 5, "flags": [{"guest": "Yuki Nakamura", "item": "asthma (childhood, none since age 12)", "advice": "carry reliever inhaler"}], "cleared": 5}',
          },
          {
            say: '5/5 declarations in, 5 cleared. Mrs Yuki Nakamura: childhood asthma, none since 12 — carry reliever inhaler.',
          },
        ],
      },
      {
        name: 'activities_lead',
        description: 'Leads activity bookings',
        instructions: 'Get the booking done by the booker and report it.',
        replies: [
          {
            handoff: 'activity_booker',
            message:
              'Serengeti balloon 3 Aug 2027, Nakamura family: 2 adults + children 13, 10, 5. Apply the operator’s age rule.',
          },
          {
            say: 'Balloon booked for 4 (SBS-27-08-0331); the 5-year-old is under the operator’s minimum age of 7 — game drive alternative suggested.',
          },
        ],
      },
      {
        name: 'activity_booker',
        description: 'Books activities with partner operators',
        instructions: 'Book the activity within the operator’s rules.',
        replies: [
          {
            call: 'book_balloon',
            args: {
              operator: 'Serengeti Balloon Safaris',
              date: '2027-08-03',
              site: 'Seronera',
              adults: 2,
              children_ages: [13, 10],
            },
            result:
              '{"ref": "SBS-27-08-0331", "seats": 4, "launch": "06:15", "pickup": "05:15", "price_usd_pp": 599, "min_child_age": 7}',
          },
          {
            say: 'Booked SBS-27-08-0331: 4 seats (2 adults, children 13 and 10), launch 06:15, pick-up 05:15, USD 599 pp. Child aged 5 not booked: operator minimum age 7.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'q3-park-permit-reconciliation-full-of-control-numbers',
    title:
      'A quarterly permit reconciliation with dozens of GePG control numbers, permit ids and counters goes from the permit reconciler to accounts; every figure adds up',
    domain: 'park permit reconciliation in TZS and USD',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: a long hand-back dense with ids, control numbers and counters that is correct',
    request:
      'Reconcile our Q3 2027 TANAPA and NCAA permit payments (Jul–Sep) against the GePG statements and pass the result to accounts for the month-end journal.',
    topology: {
      shape: 'branch',
      classifier: 'back_office_triage',
      routes: { permits: 'permit_reconciler', payroll: 'payroll_clerk' },
      after: 'accounts_clerk',
    },
    agents: [
      {
        name: 'back_office_triage',
        description: 'Classifies back-office tasks',
        instructions: 'Answer with the category: permits or payroll.',
        replies: [{ say: 'permits — quarterly reconciliation, TANAPA + NCAA' }],
      },
      {
        name: 'permit_reconciler',
        description: 'Reconciles park permit payments against GePG',
        instructions: 'Reconcile and report totals and any exceptions.',
        replies: [
          {
            call: 'reconcile_permits',
            args: { quarter: '2027-Q3', authorities: ['TANAPA', 'NCAA'] },
            result:
              '{"permits": 214, "matched": 212, "exceptions": [{"permit": "SENAPA-P-27-08-11873", "gepg_cn": "991234588120", "issue": "paid twice", "usd": 330.40, "status": "refund claim RF-TNP-0912 lodged"}, {"permit": "NCAA-CS-27-09-04412", "gepg_cn": "991256100447", "issue": "paid in TZS at 2,640 instead of USD", "tzs": 778800, "usd_equiv": 295.00, "status": "accepted by NCAA, no action"}], "totals": {"TANAPA_usd": 48217.20, "NCAA_usd": 31560.00, "total_usd": 79777.20}, "by_month_usd": {"2027-07": 31904.80, "2027-08": 29880.60, "2027-09": 17991.80}}',
          },
          {
            say: '## Q3 2027 permit reconciliation (Jul–Sep)\n\n**214 permits, 212 matched to GePG**, 2 exceptions:\n\n| permit | GePG CN | issue | amount | status |\n|---|---|---|---|---|\n| SENAPA-P-27-08-11873 | 991234588120 | paid twice | USD 330.40 | refund claim RF-TNP-0912 lodged |\n| NCAA-CS-27-09-04412 | 991256100447 | paid in TZS | TZS 778,800 (= USD 295.00 @ 2,640) | accepted by NCAA |\n\n| month | USD |\n|---|---|\n| Jul | 31,904.80 |\n| Aug | 29,880.60 |\n| Sep | 17,991.80 |\n| **Q3** | **79,777.20** (TANAPA 48,217.20 + NCAA 31,560.00) |',
          },
        ],
      },
      {
        name: 'payroll_clerk',
        description: 'Runs payroll queries',
        instructions: 'Answer payroll questions.',
        replies: [{ say: 'Payroll query handled.' }],
      },
      {
        name: 'accounts_clerk',
        description: 'Posts month-end journals',
        instructions: 'Prepare the journal from the reconciliation.',
        prompt: 'Reconciliation:\n{input}',
        replies: [
          {
            say: '### Journal JV-2027-09-114 (Q3 park fees)\n\n| account | Dr USD | Cr USD |\n|---|---|---|\n| 5120 Park & conservation fees — TANAPA | 48,217.20 | |\n| 5121 Park & conservation fees — NCAA | 31,560.00 | |\n| 1340 Refund receivable (RF-TNP-0912) | 330.40 | |\n| 5120 reversal of duplicate SENAPA-P-27-08-11873 | | 330.40 |\n| 1010 Bank — GePG clearing | | 79,777.20 |\n| **total** | **80,107.60** | **80,107.60** |\n\n214 permits, 212 matched; NCAA-CS-27-09-04412 paid in TZS 778,800, no adjustment.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch177Scenarios = [...faults, ...healthy];
