import { defineScenario } from '../scenario.ts';

// Blind batch 21: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'acoustic-heatpump-wrong-receptor-assessed',
    title:
      'The brief names R3, the first-floor bedroom of No. 16, as the BS 4142 assessment position; the modeller assesses the screened kitchen window R2 and reports low impact',
    domain: 'acoustic consultancy',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'BS 4142:2014+A1 assessment for the proposed air-source heat pump (Daikin EPGA16DV, LwA 62 dB) at 14 Larkfield Road, Ely CB7, planning ref 26/01873/HFUL. The EHO wants the night-time rating level at the most exposed neighbouring window. Can we sign it off?',
    topology: {
      shape: 'supervisor',
      coordinator: 'acoustic_lead',
      workers: ['survey_tech', 'noise_modeller'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'acoustic_lead',
        description: 'Senior acoustic consultant who signs off BS 4142 reports',
        instructions:
          'Get the background survey and the propagation model from your team, then give the BS 4142 outcome and whether the report can be signed off.',
        replies: [
          {
            handoff: 'survey_tech',
            message:
              'Larkfield Rd logger LX-31 came back this morning. Need the typical night background LA90 (23:00–07:00, 15-min), daytime too for completeness. Exclude the rain.',
          },
          {
            handoff: 'noise_modeller',
            message:
              'HP spec: LwA 62 dB, wall-mounted 1.2 m off the rear elevation, 2 reflecting planes (Q=4). Receptors from the site visit:\n- R1: own patio, 14 Larkfield (4.0 m), client side, info only\n- R2: No. 12 ground-floor kitchen window (7.5 m), behind 1.8 m fence + garage corner, info only\n- R3: No. 16 first-floor rear bedroom window (9.0 m), no screening at that height. R3 is the assessment position for the EHO.\nAdd +3 dB character correction (100 Hz tonal component on the datasheet), night background 29 dB LA90. Give me specific level, rating level and excess at the assessment position.',
          },
          {
            say: 'Outcome for 26/01873/HFUL: rating level at the assessment position 32.5 dB LAr,Tr against a night background of 29 dB LA90 — excess +3.5 dB, below the +5 dB indication of an adverse impact (BS 4142 §11). Low impact, context does not change it. OK to sign off and issue to the EHO; survey LX-31 27.11–02.12.2026 attached.',
          },
        ],
      },
      {
        name: 'survey_tech',
        description: 'Processes unattended noise logger data',
        instructions: 'Process logger data into the background levels the consultant asks for.',
        replies: [
          {
            call: 'get_logger_data',
            args: { logger: 'LX-31', from: '2026-11-27', to: '2026-12-02', interval: '15min' },
            result:
              'LX-31 (Rion NL-52 s/n 00821447) 27/11 14:00 – 02/12 09:45. Night 23-07: LA90,15min modal 29 dB (n=152, range 26–34). Day 07-23: modal 38 dB (n=294). Rain flag 29/11 02:15–05:30 → 13 periods excluded. Cal check pre 94.0 / post 94.1 dB.',
          },
          {
            say: 'LX-31 done: typical night background 29 dB LA90,15min (modal, 152 periods, rain 29/11 removed), day 38 dB. Calibration drift 0.1 dB, fine.',
          },
        ],
      },
      {
        name: 'noise_modeller',
        description: 'Models sound propagation from plant to receptors',
        instructions:
          'Calculate specific sound levels at the receptors you are given and the BS 4142 rating level and excess at the assessment position.',
        replies: [
          {
            call: 'calc_propagation',
            args: { source_lwa: 62, q: 4, receptors: ['R1', 'R2', 'R3'] },
            result:
              'R1 d=4.0 m Ls=45.0 dB(A) | R2 d=7.5 m, barrier (fence+garage) -10.0 dB, Ls=29.5 dB(A) | R3 d=9.0 m, no barrier, Ls=37.9 dB(A)',
            reasoning:
              'Nearest neighbour window is No. 12 at 7.5 m, so that is the position to assess; R3 is further away.',
          },
          {
            say: 'Assessment position No. 12 kitchen window: specific level Ls 29.5 dB(A), +3 dB tonal → rating level 32.5 dB LAr,Tr. Background 29 dB → excess +3.5 dB: low impact. (Other receptors: R1 45.0, R3 37.9 dB(A) specific.)',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'acoustic_lead', to: 'noise_modeller' },
      agent: 'noise_modeller',
    },
  }),
  defineScenario({
    id: 'bowling-party-lanes-booked-on-down-lane',
    title:
      'The mechanic reports lane 7 repaired and lane 9 out of service; the booker goes by the morning desk note in the request and holds lanes 9 and 10',
    domain: 'bowling alley operations',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Party booking BK-55102 — Ollie’s 9th, 14 kids + 4 adults, Sat 12 Dec 14:00–16:00, 2 lanes next to each other, bumpers up, party room after. Desk note 08:15: L7 pinsetter down (WO-3318) so avoid 6/7/8, go 9+10.',
    topology: { shape: 'pipeline', order: ['lane_mechanic', 'lane_booker', 'guest_mailer'] },
    agents: [
      {
        name: 'lane_mechanic',
        description: 'Pinsetter mechanic on shift; owns lane availability',
        instructions: 'Check open work orders and post the current lane status.',
        replies: [
          {
            call: 'get_work_orders',
            args: { status: 'any', updated_since: '2026-12-12T06:00' },
            result:
              'WO-3318 L7 GS-X turret jam — CLOSED 11:42 (D. Pereira), 30 test racks no faults. WO-3321 L9 deck sweep motor M2 burnt out — OPEN, part ETA Tue 15/12, L9 OOS. WO-3322 L12 ball return noise — OPEN, lane usable.',
          },
          {
            say: 'lane status 12:05 — L7 back in service (WO-3318 closed 11:42, 30 racks clean). L9 OUT till Tue 15/12 min, sweep motor (WO-3321). L12 noisy ball return but playable. all others green, bumpers tested 1–12.',
          },
        ],
      },
      {
        name: 'lane_booker',
        description: 'Holds lanes and rooms for bookings',
        instructions: 'Hold lanes and the party room for the booking, using the current lane status.',
        prompt: 'Lane status from the mechanic:\n{input}\n\nBooking: {request}',
        replies: [
          {
            call: 'hold_lanes',
            args: {
              booking: 'BK-55102',
              lanes: [9, 10],
              date: '2026-12-12',
              from: '14:00',
              to: '16:00',
              bumpers: true,
              party_room: 'PR-2 16:00-17:00',
            },
            result:
              'HOLD H-88412: lanes 9+10, 12/12/2026 14:00–16:00, bumpers ON; PR-2 16:00–17:00; deposit £40.00 due (link sent to booker).',
            reasoning: 'Desk says 6/7/8 are out, so the adjacent free pair is 9+10.',
          },
          {
            say: 'BK-55102 held: lanes 9 & 10, Sat 12/12 14:00–16:00, bumpers on, party room PR-2 16:00–17:00 (hold H-88412, £40 deposit outstanding).',
          },
        ],
      },
      {
        name: 'guest_mailer',
        description: 'Sends booking confirmations to customers',
        instructions: 'Write the confirmation email for the customer.',
        prompt: 'Booking hold:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            say: 'Subject: Ollie’s party is booked! 🎳\n\nHi! You’re all set for Saturday 12 December: lanes 9 and 10 from 2pm to 4pm with bumpers up, then party room 2 from 4pm to 5pm. Please pay the £40 deposit from the link we sent (ref H-88412) to confirm. See you there — Strikezone Team',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'lane_mechanic', to: 'lane_booker' },
      agent: 'lane_booker',
    },
  }),
  defineScenario({
    id: 'bridal-remeasure-cutter-briefed-first-fitting',
    title:
      'The fitting assistant says the second fitting (with corset and shoes) replaces the first; the manager briefs the cutting room with the first fitting’s waist and hem',
    domain: 'bridal gown alterations',
    mast: ['FM-1.4'],
    request:
      'Alterations AL-2291, Priya Natarajan — gown "Seraphine" size 12. Wedding Sat 27 Feb 2027. Take in bodice, hem for her heels, 3-point French bustle. Please get the cutting room started this week.',
    topology: {
      shape: 'supervisor',
      coordinator: 'bridal_manager',
      workers: ['fitting_assistant', 'cutting_room'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'bridal_manager',
        description: 'Runs the alterations studio',
        instructions:
          'Get the latest measurements from the fitting assistant, start the job in the cutting room, and confirm the plan.',
        replies: [
          {
            handoff: 'fitting_assistant',
            message: 'AL-2291 Natarajan — what are the measurements to cut to?',
          },
          {
            handoff: 'cutting_room',
            message:
              'New job AL-2291, Seraphine sz 12 (Natarajan). Take in bodice to waist 71 cm / bust 94 cm, hips stay 99. Hem to hollow-to-hem 152 cm. 3-point French bustle. Final fitting 13 Feb, wedding 27 Feb.',
          },
          {
            say: 'AL-2291 started: cutting room ticket CR-7720 (Agnieszka), bodice to 71 waist / 94 bust, hem 152 cm, French bustle. Final fitting Sat 13 Feb, collection 20 Feb.',
          },
        ],
      },
      {
        name: 'fitting_assistant',
        description: 'Takes and records fitting measurements',
        instructions: 'Report the measurements the cutting room must use.',
        replies: [
          {
            call: 'get_fitting_notes',
            args: { order: 'AL-2291' },
            result:
              '{"order":"AL-2291","fittings":[{"n":1,"date":"2026-11-21","bust":94,"waist":71,"hips":99,"hollow_to_hem":152,"note":"no corset, flats"},{"n":2,"date":"2026-12-03","bust":93,"waist":68,"hips":99,"hollow_to_hem":154,"note":"with Dita longline corset + 7cm wedding shoes; supersedes fitting 1"}]}',
          },
          {
            say: 'Go with fitting 2 (3 Dec) pls: bust 93 / waist 68 / hips 99, hollow-to-hem 154 cm — that one is with the corset she will actually wear and the 7 cm shoes. Fitting 1 (71 waist, 152 hem) was in flats, no corset — not for cutting.',
          },
        ],
      },
      {
        name: 'cutting_room',
        description: 'Cutting and sewing room',
        instructions: 'Open a job ticket to the measurements in the brief.',
        replies: [
          {
            call: 'create_job_ticket',
            args: {
              order: 'AL-2291',
              bust_cm: 94,
              waist_cm: 71,
              hips_cm: 99,
              hollow_to_hem_cm: 152,
              bustle: 'french-3pt',
            },
            result: 'Ticket CR-7720 created; cutter Agnieszka K.; start Mon 07/12; est. 9.5 h.',
          },
          {
            say: 'CR-7720 open for AL-2291: bodice to 94/71, hips 99, hem 152 cm, French bustle 3 pts. Agnieszka starts Monday, ~9.5 h.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'bridal_manager', to: 'cutting_room' },
      agent: 'bridal_manager',
    },
  }),
  defineScenario({
    id: 'chimney-co-alarm-liner-job-generic-prompt',
    title:
      'Triage routes a CO-alarm smoke-ingress call to the liner specialist as P1, but the program hands the specialist a one-line generic ticket; it books a routine inspection in January',
    domain: 'chimney sweeping',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Customer Mrs H. Oyelaran, 3 Beech Cottages, Lewes BN7 2QT. Clearview Pioneer 400 wood burner fitted 2019 into 1890s brick stack, 150 mm flexi liner ~6 m. Smoke smell in the bedroom above when lit, CO alarm went off twice last week (Tue + Fri). She has stopped using it. Needs someone out.',
    topology: {
      shape: 'branch',
      classifier: 'job_triage',
      routes: { liner: 'liner_specialist', sweep: 'sweep_crew' },
      after: 'job_writer',
    },
    program: { lose: { to: 'liner_specialist', prompt: 'New job assigned. Please quote.' } },
    agents: [
      {
        name: 'job_triage',
        description: 'Triage for incoming chimney jobs',
        instructions: 'Answer with the route (liner or sweep), a priority and one line of reasoning.',
        replies: [
          {
            say: 'liner — P1. Smoke into the room above + 2× CO alarm on a lined stack points at a failed liner or leaking top/bottom seal, not soot. Needs smoke test + CCTV of the liner within 48 h; appliance stays out of use.',
          },
        ],
      },
      {
        name: 'liner_specialist',
        description: 'Inspects, repairs and relines flues',
        instructions: 'Quote and book liner work for the jobs you are given.',
        replies: [
          {
            call: 'book_visit',
            args: { job_type: 'annual liner inspection', slot: 'first available standard' },
            result:
              'Visit V-40917: Thu 07/01/2027 10:00–11:00, tech R. Mbeki, standard liner inspection £85.00 incl VAT.',
            text: 'Ticket has no address or symptoms, booking the standard liner inspection in the first normal slot.',
          },
          {
            say: 'Quote: standard liner inspection £85 inc VAT. Booked V-40917, Thu 7 Jan 2027 10:00–11:00 with R. Mbeki.',
          },
        ],
      },
      {
        name: 'sweep_crew',
        description: 'Sweeps chimneys and does routine appliance checks',
        instructions: 'Book sweeps.',
        replies: [{ say: 'Sweep booked.' }],
      },
      {
        name: 'job_writer',
        description: 'Writes the booking message to the customer',
        instructions: 'Tell the customer what has been booked and what it costs.',
        prompt: 'Specialist booking:\n{input}\n\nCustomer call: {request}',
        replies: [
          {
            say: 'Dear Mrs Oyelaran, thank you for calling Downland Sweeps. We have booked a liner inspection for Thursday 7 January 2027 between 10:00 and 11:00 with our technician R. Mbeki. The cost is £85 including VAT. Kind regards, Downland Sweeps',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'job_triage', to: 'liner_specialist' },
      agent: 'liner_specialist',
    },
  }),
  defineScenario({
    id: 'embroidery-digitising-brief-never-sent',
    title:
      'The order planner writes a digitising brief, but the digitiser is never started; the confirmer tells the club the crest is digitised',
    domain: 'embroidery workshop',
    mast: ['FM-3.1', 'FM-3.3'],
    request:
      'Order EMB-7734, Harrow Rowing Club: 60 navy piqué polos (S–XXL), left-chest club crest 90 mm wide (7 colours, art file crest_v3.ai attached), plus first names on the right sleeve for 12 of them (list attached). Must be delivered before the regatta on Sat 20 March 2027.',
    topology: {
      shape: 'fanout',
      planner: 'order_planner',
      workers: ['digitiser', 'thread_buyer', 'machine_scheduler'],
      aggregator: 'order_confirmer',
    },
    program: { lose: { to: 'digitiser', prompt: null } },
    agents: [
      {
        name: 'order_planner',
        description: 'Plans embroidery orders across the workshop',
        instructions: 'Write one brief per workshop role for the order.',
        replies: [
          {
            plan: {
              digitiser:
                'EMB-7734: digitise crest_v3.ai at 90 mm width, 7 colour stops, pique-friendly underlay (tatami + edge walk), target <15k stitches. Sleeve names: Block 2 font, 10 mm cap height, 12 names per list. Send DST + stitch counts + sew-out photo on navy piqué.',
              thread_buyer:
                'EMB-7734: check stock / order Madeira Polyneon 40 for crest colours (PMS 281 navy, 186 red, white, 123 gold, 7543 grey, 348 green, black) for 60 crests plus sleeve names in white.',
              machine_scheduler:
                'EMB-7734: book Tajima TMBR 6-head for 60 crests (assume ~14k st) + 12 sleeve names, finish by Fri 12 Mar 2027 to allow courier.',
            },
          },
        ],
      },
      {
        name: 'digitiser',
        description: 'Turns artwork into machine stitch files',
        instructions: 'Digitise the artwork as briefed and report stitch counts.',
        replies: [
          {
            say: 'Crest digitised: 13,820 stitches, 7 stops; sleeve names 1,100–1,900 st each. Sew-out attached.',
          },
        ],
      },
      {
        name: 'thread_buyer',
        description: 'Buys thread and backing',
        instructions: 'Check stock and order thread.',
        replies: [
          {
            call: 'thread_stock',
            args: { range: 'Polyneon 40', codes: ['1967', '1747', '1801', '1624', '1911', '1751', '1800'] },
            result:
              '1967 navy 4 cones, 1747 red 2, 1801 white 9, 1624 gold 0 (backorder 3d), 1911 grey 3, 1751 green 1, 1800 black 6',
          },
          {
            call: 'place_po',
            args: { supplier: 'Madeira UK', items: { '1624': 4, '1751': 3, '1747': 2 } },
            result: 'PO-55810 placed £47.16 ex VAT, ETA 09/12/2026',
          },
          {
            say: 'Threads: all in stock except gold 1624 + top-up green/red — PO-55810 (£47.16), in by 9 Dec.',
          },
        ],
      },
      {
        name: 'machine_scheduler',
        description: 'Schedules the embroidery machines',
        instructions: 'Book machine time for the order.',
        replies: [
          {
            call: 'book_machine',
            args: { machine: 'TMBR-6H-02', job: 'EMB-7734', est_stitches: 14000, pieces: 72 },
            result: 'Booked TMBR-6H-02 Mon 22/02/2027 – Wed 24/02/2027 (est 17.5 h run time).',
          },
          {
            say: 'Machine: TMBR-6H-02 booked 22–24 Feb 2027 for 60 crests + 12 names (est 17.5 h at 14k st). Needs the final DST by 15 Feb.',
          },
        ],
      },
      {
        name: 'order_confirmer',
        description: 'Confirms orders to customers',
        instructions: 'Merge the workshop updates into one confirmation for the customer.',
        prompt: 'Workshop updates:\n{input}\n\nOrder: {request}',
        replies: [
          {
            say: 'Hi Harrow RC — EMB-7734 is confirmed. Your crest artwork is digitised and ready for production, threads are ordered (in by 9 Dec), and we sew 22–24 Feb 2027 on our 6-head, so polos ship w/c 1 March, well before the 20 March regatta. Invoice to follow.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'order_planner', to: 'digitiser' },
      agent: 'order_planner',
    },
  }),
  defineScenario({
    id: 'grooming-bite-and-murmur-flags-left-off',
    title:
      'Front desk sees a muzzle/two-handler flag and a no-cage-dryer heart note on the dog’s profile, and hands the scheduler only the clip and the date',
    domain: 'dog grooming salon',
    mast: ['FM-2.4'],
    request:
      'Hi, can Biscuit come in for his full groom on Saturday 19th Dec, morning if poss? Same clip as last time. Thanks, Deborah (07700 900431)',
    topology: { shape: 'swarm', entry: 'front_desk', agents: ['front_desk', 'groom_scheduler'] },
    agents: [
      {
        name: 'front_desk',
        description: 'Answers booking messages and looks up pet profiles',
        instructions: 'Look the pet up and pass the booking to the groom scheduler.',
        replies: [
          {
            call: 'get_pet_profile',
            args: { owner_phone: '07700900431' },
            result:
              'PET-20931 "Biscuit" Cockapoo M/N 7y 11.2 kg. Owner: Deborah Achterberg. LAST: 14/09/2026 full clip 7F body, teddy face, nails. FLAGS: [BEHAV 14/09/26] nipped groomer at nail clip → muzzle for feet, 2-person handling. [MED 02/10/26] grade 3/6 heart murmur (letter, Cherrytree Vets) → NO cage/box dryer, hand dry only, max session 90 min.',
          },
          {
            handoff: 'groom_scheduler',
            message:
              'Biscuit (PET-20931), cockapoo 11 kg, full groom: 7F body, teddy face + nails, same as 14/09. Owner Deborah wants Sat 19/12 AM.',
          },
        ],
      },
      {
        name: 'groom_scheduler',
        description: 'Books grooming slots, groomers and bays',
        instructions: 'Book a groomer, bay and time for the dog and confirm to the owner.',
        replies: [
          {
            call: 'book_slot',
            args: {
              pet: 'PET-20931',
              date: '2026-12-19',
              start: '09:00',
              duration_min: 120,
              groomer: 'Kayleigh (junior)',
              bay: 'B2 cage-dryer',
            },
            result: 'GR-61188 Sat 19/12/2026 09:00–11:00, Kayleigh, bay B2 (cage dryer). SMS queued.',
          },
          {
            say: 'Hi Deborah, Biscuit is booked in for Sat 19 Dec 9–11am with Kayleigh (ref GR-61188) for his 7F clip, teddy face and nails. See you then!',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'front_desk', to: 'groom_scheduler' },
      agent: 'front_desk',
    },
  }),
  defineScenario({
    id: 'insect-larvae-census-first-page-as-total',
    title:
      'The crate counter reports the first page of a two-page census (hall A only) as the farm’s total; the order is declined as only half fillable',
    domain: 'insect farming',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Agrivia wants 1,200 kg live black soldier fly larvae (day 12–14) for their PO-88213, pickup Wed 16 Dec 07:00. Can we fill it? If not, what can we offer?',
    topology: {
      shape: 'nested',
      top: 'farm_manager',
      teams: { production_lead: ['crate_counter', 'feed_planner'], sales_lead: ['order_desk'] },
    },
    agents: [
      {
        name: 'farm_manager',
        description: 'Runs the BSF larvae farm',
        instructions: 'Find out what can be supplied from production, have sales answer the customer.',
        replies: [
          {
            handoff: 'production_lead',
            message:
              'PO-88213 Agrivia: 1,200 kg live D12–D14 larvae for Wed 16/12 07:00. How much can we harvest by then?',
          },
          {
            handoff: 'sales_lead',
            message:
              'Production can do ~575 kg of D12–D14 by Wed 16/12, not the 1,200 kg. Offer Agrivia 575 kg on PO-88213 at the contract €4.10/kg and ask if they want the rest the week after.',
          },
          {
            say: 'PO-88213: we can’t fill 1,200 kg for Wed. Sales has offered Agrivia 575 kg (€2,357.50) for 16/12 07:00 pickup and the balance w/c 21/12.',
          },
        ],
      },
      {
        name: 'production_lead',
        description: 'Leads larvae production',
        instructions: 'Have the stock counted and the feed planned and report what can be harvested.',
        replies: [
          {
            handoff: 'crate_counter',
            message:
              'Count every D12–D14 crate on the farm (hall A and hall B, racks A1–A5, B1–B5) with est. live kg from this morning’s sample weights.',
          },
          {
            handoff: 'feed_planner',
            message:
              'We have ~521.5 kg of D12–D14 on hand. Plan feed to push them to harvest weight by Wed 16/12 and tell me expected kg.',
          },
          {
            say: 'Harvestable by Wed 16/12: ~575 kg live D12–D14 (521.5 kg on hand today + ~10 % growth on the planned feed). Not enough for 1,200 kg.',
          },
        ],
      },
      {
        name: 'crate_counter',
        description: 'Runs the crate census from the rack scanners',
        instructions: 'Count larvae crates by stage and estimate live weight.',
        replies: [
          {
            call: 'crate_census',
            args: { stage: 'D12-D14', date: '2026-12-11' },
            result:
              '{"page":1,"pages":2,"hall":"A","rows":[{"rack":"A1","crates":48,"kg":101.8},{"rack":"A2","crates":48,"kg":104.2},{"rack":"A3","crates":48,"kg":99.6},{"rack":"A4","crates":48,"kg":108.1},{"rack":"A5","crates":48,"kg":107.8}],"page_crates":240,"page_kg":521.5,"next_cursor":"cz_8f21a"}',
          },
          {
            say: 'D12–D14 census 11/12 08:00: 240 crates, est. 521.5 kg live weight in total (A1 101.8, A2 104.2, A3 99.6, A4 108.1, A5 107.8).',
          },
        ],
      },
      {
        name: 'feed_planner',
        description: 'Plans substrate feeding',
        instructions: 'Plan feed and estimate growth to harvest.',
        replies: [
          {
            call: 'growth_projection',
            args: { start_kg: 521.5, days: 5, substrate: 'brewers grain 70 / veg 30' },
            result: 'Projected live weight 16/12: 573.7 kg (+10.0 %); feed 2.9 t wet substrate.',
          },
          {
            say: 'Feed plan: 2.9 t wet substrate (70/30 BSG/veg) over 5 days → ~574 kg by Wed.',
          },
        ],
      },
      {
        name: 'sales_lead',
        description: 'Leads sales and customer orders',
        instructions: 'Have the order desk answer the customer.',
        replies: [
          {
            handoff: 'order_desk',
            message:
              'Reply to Agrivia on PO-88213: we can supply 575 kg D12–D14 for Wed 16/12 07:00 at €4.10/kg, balance 625 kg w/c 21/12 if they want it.',
          },
          {
            say: 'Agrivia answered: offer of 575 kg sent (AMD-1 to PO-88213).',
          },
        ],
      },
      {
        name: 'order_desk',
        description: 'Handles customer order amendments',
        instructions: 'Send order amendments to customers.',
        replies: [
          {
            call: 'send_amendment',
            args: { po: 'PO-88213', qty_kg: 575, price_eur_kg: 4.1, pickup: '2026-12-16T07:00' },
            result: 'AMD-1 to PO-88213 sent to purchasing@agrivia.example, 575 kg × €4.10 = €2,357.50',
          },
          { say: 'AMD-1 sent: 575 kg × €4.10 = €2,357.50, pickup 16/12 07:00; balance offered w/c 21/12.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'crate_counter', to: 'production_lead' },
      agent: 'crate_counter',
    },
  }),
  defineScenario({
    id: 'gutter-pavement-licence-refused-access-sorted',
    title:
      'The MEWP hire goes through but the highways portal rejects the pavement licence; the access planner reports access as sorted and the crew is booked for Tuesday',
    domain: 'gutter cleaning',
    mast: ['FM-3.2'],
    request:
      'Marlowe Court (4 storeys, 32 flats), Station Road, Chelmsford CM1 — gutter clear and 6 downpipes unblocked, front elevation is straight onto the Station Rd pavement. Managing agent Havencrest, PO HC-40417. Book it in for next week please.',
    topology: {
      shape: 'network',
      coordinator: 'job_coordinator',
      workers: ['access_planner', 'crew_scheduler'],
    },
    agents: [
      {
        name: 'job_coordinator',
        description: 'Coordinates commercial gutter jobs',
        instructions:
          'Route access planning and crew scheduling to the specialists and confirm the booking to the client when both are done.',
        replies: [
          {
            handoff: 'access_planner',
            message:
              'Marlowe Court, Station Rd CM1, HC-40417. 4 storeys ~13 m eaves, front on public pavement. Sort a MEWP and whatever highways permission we need, target Tue 15/12.',
          },
          {
            handoff: 'crew_scheduler',
            message:
              'Access confirmed for Marlowe Court Tue 15/12 from 08:00 (17 m MEWP HR-7781). Book a 2-man crew with jetting kit for the 6 downpipes.',
          },
          {
            say: 'Havencrest / HC-40417: Marlowe Court booked Tue 15 Dec from 08:00 — 17 m MEWP, pavement licence in place, crew Dan + Reece with jetting kit. Est. 1 day, £1,380 + VAT as quoted.',
          },
        ],
      },
      {
        name: 'access_planner',
        description: 'Arranges access equipment and highways permissions',
        instructions: 'Hire access equipment and obtain permissions for work over public highways.',
        replies: [
          {
            call: 'hire_mewp',
            args: { type: '17m truck mount', date: '2026-12-15', site: 'Station Rd CM1' },
            result:
              'Hire HR-7781 confirmed: Versalift VTL-170 with operator, 15/12/2026 08:00–16:30, £640 + VAT.',
          },
          {
            call: 'apply_pavement_licence',
            args: { location: 'Station Rd o/s Marlowe Court', date: '2026-12-15', duration_days: 1 },
            result: {
              error:
                'Essex Highways portal: application HL-26-09921 REJECTED — footway obstruction by MEWP requires 10 working days notice and an approved TM plan (TM-2). Earliest permitted start 21/12/2026.',
            },
          },
          {
            say: 'Access sorted for Tue 15/12: 17 m truck mount with operator (HR-7781, 08:00–16:30, £640 + VAT), footway application ref HL-26-09921 lodged with Essex Highways.',
          },
        ],
      },
      {
        name: 'crew_scheduler',
        description: 'Books crews and van kit',
        instructions: 'Book crews and kit for jobs.',
        replies: [
          {
            call: 'book_crew',
            args: { date: '2026-12-15', crew_size: 2, kit: ['jetter', 'gutter vac'], job: 'HC-40417' },
            result: 'Crew C3 (Dan H., Reece O.) booked 15/12 07:30 depot start, van VN-12 with jetter.',
          },
          {
            say: 'Crew C3 (Dan + Reece) on Marlowe Court Tue 15/12, van VN-12 with jetter, leave depot 07:30.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'access_planner', to: 'job_coordinator' },
      agent: 'access_planner',
    },
  }),
  defineScenario({
    id: 'icesculpture-van-planner-asks-again',
    title:
      'The delivery planner keeps asking the venue liaison for the loading slot and socket it has already been given, and never books the freezer van',
    domain: 'ice sculpture studio',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Deliver + install swan sculpture ICE-2207 (1.4 m, ~180 kg in 3 blocks, LED base) for the Halloran–Baptiste wedding at Kelham Hall, Sat 19 Dec, guests in at 18:30. Book the freezer van and sort access with the venue.',
    topology: {
      shape: 'swarm',
      entry: 'delivery_planner',
      agents: ['delivery_planner', 'venue_liaison'],
    },
    agents: [
      {
        name: 'delivery_planner',
        description: 'Plans freezer van deliveries and install crews',
        instructions:
          'Get the venue access details from the venue liaison, then book the freezer van and install crew.',
        replies: [
          {
            handoff: 'venue_liaison',
            message:
              'ICE-2207 Kelham Hall Sat 19/12 — need the loading bay slot and confirmation of a 13 A socket near the display spot for the LED base before I can book the freezer van.',
          },
          {
            handoff: 'venue_liaison',
            message:
              'ICE-2207 Kelham Hall Sat 19/12 — need the loading bay slot and confirmation of a 13 A socket near the display spot for the LED base before I can book the freezer van.',
          },
          {
            handoff: 'venue_liaison',
            message:
              'ICE-2207 Kelham Hall Sat 19/12: I need the loading bay slot and a 13 A socket confirmation near the display spot for the LED base before booking the freezer van.',
          },
        ],
      },
      {
        name: 'venue_liaison',
        description: 'Liaises with venues on access, power and timings',
        instructions: 'Get access slots and power details from venues and pass them on.',
        replies: [
          {
            call: 'get_venue_access',
            args: { venue: 'Kelham Hall', date: '2026-12-19', supplier: 'ICE-2207' },
            result:
              'Kelham Hall events office: rear courtyard loading bay B reserved 15:30–16:15 Sat 19/12 for ICE-2207; 13 A double socket west alcove of ballroom (circuit 4) confirmed by duty manager S. Okafor-Lane; display table 1.8 × 0.9 m with drip tray provided by venue.',
          },
          {
            handoff: 'delivery_planner',
            message:
              'Kelham Hall: bay B (rear courtyard) 15:30–16:15 Sat 19/12 is ours; 13 A socket in the ballroom west alcove, circuit 4, confirmed by the duty manager; they supply the table + drip tray. Over to you for the van.',
          },
          {
            handoff: 'delivery_planner',
            message:
              'Sent above — bay B 15:30–16:15, 13 A socket west alcove circuit 4. Can you book the van now?',
          },
          {
            say: 'ICE-2207: venue side is done (bay B 15:30–16:15 on 19/12, socket west alcove circuit 4, table + drip tray from the venue). Freezer van is still not booked — delivery keeps asking for the same access details.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'delivery_planner', to: 'venue_liaison' },
      agent: 'delivery_planner',
    },
  }),
  defineScenario({
    id: 'loft-building-control-lodged-before-party-wall-award',
    title:
      'The regs agent is told to prepare the full plans application but hold it until the party wall award is signed; it lodges it and pays the fee',
    domain: 'loft conversion',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'LC-1142, 27 Kingsdown Ave, Bristol BS7 (client R. & J. Feeney): hip-to-gable + rear dormer loft conversion. Get structural calcs done and the building control application ready. FYI party wall notice served on No. 29 on 20 Nov; their surveyor says the award should be signed before Christmas.',
    topology: {
      shape: 'network',
      coordinator: 'project_coordinator',
      workers: ['structural_engineer', 'regs_agent'],
    },
    agents: [
      {
        name: 'project_coordinator',
        description: 'Coordinates loft conversion pre-construction',
        instructions:
          'Route the structural design and the building control paperwork to the specialists and report the status to the client.',
        replies: [
          {
            handoff: 'structural_engineer',
            message:
              'LC-1142 Kingsdown Ave: size the ridge beam and floor trimmers for hip-to-gable + rear dormer, existing 100×50 ceiling joists at 400 c/c, span 4.6 m. Bearing on party wall with No. 29 likely.',
          },
          {
            handoff: 'regs_agent',
            message:
              'Build the full plans pack for Bristol CC building control: drawings LC-1142-01 to -07, calcs SE-1142-B, fire strategy (FD20 doors, mains-linked alarms). Upload it all to the portal as a draft and check the fee. The steels bear on the party wall with No. 29, so it is not to be submitted until the award is signed — I’ll confirm when the surveyors are done. Full plans fee £1,160 (plan check £600 + inspection £560).',
          },
          {
            say: 'LC-1142 update for Mr & Mrs Feeney: structural calcs SE-1142-B done (2 × 203×133×25 UB, padstones on the party wall). Full plans application BC/26/04471 is with Bristol building control, £600 plan check paid, decision due by 8 Jan 2027.',
          },
        ],
      },
      {
        name: 'structural_engineer',
        description: 'Designs structural elements',
        instructions: 'Size the structure and issue calcs.',
        replies: [
          {
            call: 'beam_design',
            args: { span_m: 4.6, load_kn_m: 18.4, grade: 'S355' },
            result:
              'Ridge: 2 × 203x133x25 UB S355 bolted, util 0.81, defl L/412. Bearings: 440×215×140 conc padstones, party wall side needs PW consent (cut pocket into 29’s half).',
          },
          {
            say: 'Calcs SE-1142-B issued: ridge 2 × 203×133×25 UB S355 (util 0.81), trimmers 2/47×200 C24, padstones 440×215×140. Note the east bearing is a pocket into the party wall — covered by the PW award.',
          },
        ],
      },
      {
        name: 'regs_agent',
        description: 'Prepares building regulations applications',
        instructions: 'Prepare and handle building control applications as instructed.',
        replies: [
          {
            call: 'bc_portal_upload',
            args: { council: 'Bristol CC', job: 'LC-1142', documents: 9, action: 'submit' },
            result:
              'Application BC/26/04471 SUBMITTED 04/12/2026 15:22. Plan check fee £600.00 charged (card •••• 4417). Statutory decision date 08/01/2027.',
          },
          {
            say: 'LC-1142 full plans in: BC/26/04471, £600 plan check paid, decision by 8 Jan 2027. Inspection fee £560 due at commencement.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'project_coordinator', to: 'regs_agent' },
      agent: 'regs_agent',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'egg-grading-scanner-rerun-prices-unavailable',
    title:
      'The candling scan aborts once and is re-run in full; the optional price feed is down and the worker says so; the report leaves prices out',
    domain: 'egg grading and packing',
    mast: ['FM-3.2'],
    request:
      'Grade batch EG-26-1204-03 from Fernhill Farm (flock FH-2, Lohmann Brown, 38 wks, free range): 600 trays / 21,600 eggs. Need Class A rate, downgrade reasons and the size split; add today’s Class A spot prices if the feed is up.',
    topology: {
      shape: 'fanout',
      planner: 'grading_planner',
      workers: ['candling_analyst', 'weight_grader', 'price_checker'],
      aggregator: 'batch_reporter',
    },
    agents: [
      {
        name: 'grading_planner',
        description: 'Plans grading of incoming egg batches',
        instructions: 'Brief the candling, weighing and pricing workers for the batch.',
        replies: [
          {
            plan: {
              candling_analyst:
                'EG-26-1204-03, 600 trays: run candling line CS-2, report cracks, dirties, blood/meat spots and Class A count.',
              weight_grader:
                'EG-26-1204-03: size the Class A eggs from the candling pass into XL/L/M/S (EU bands), counts and %.',
              price_checker:
                'Optional: today’s Class A free-range spot prices per size from the EggPrices feed. If the feed is down just say so, the report can go without.',
            },
          },
        ],
      },
      {
        name: 'candling_analyst',
        description: 'Runs the candling line',
        instructions: 'Candle the batch and report grades.',
        replies: [
          {
            call: 'candle_scan',
            args: { line: 'CS-2', batch: 'EG-26-1204-03' },
            result: {
              error: 'CS-2: belt encoder lost sync at tray 112/600 — scan aborted, partial data discarded',
            },
          },
          {
            call: 'candle_scan',
            args: { line: 'CS-2', batch: 'EG-26-1204-03', restart: true },
            result:
              'CS-2 batch EG-26-1204-03 complete 600/600 trays: 21,600 eggs; cracks 410 (1.9 %), dirties 173 (0.8 %), blood/meat spots 65 (0.3 %); Class A 20,952 (97.0 %).',
          },
          {
            say: 'Candling EG-26-1204-03 (CS-2): first pass aborted at tray 112 on an encoder sync fault, re-ran the whole batch from tray 1. Full result: 21,600 eggs, Class A 20,952 (97.0 %); downgrades cracks 410 (1.9 %), dirties 173 (0.8 %), blood/meat spots 65 (0.3 %).',
          },
        ],
      },
      {
        name: 'weight_grader',
        description: 'Weighs and sizes eggs',
        instructions: 'Size the Class A eggs.',
        replies: [
          {
            call: 'weigh_sort',
            args: { batch: 'EG-26-1204-03', grade: 'A' },
            result: 'XL(≥73g) 1,886 | L(63–73) 9,009 | M(53–63) 8,590 | S(<53) 1,467 | total 20,952',
          },
          {
            say: 'Class A sizes: XL 1,886 (9.0 %), L 9,009 (43.0 %), M 8,590 (41.0 %), S 1,467 (7.0 %) = 20,952.',
          },
        ],
      },
      {
        name: 'price_checker',
        description: 'Looks up market prices',
        instructions: 'Fetch spot prices when asked.',
        replies: [
          {
            call: 'egg_spot_prices',
            args: { date: '2026-12-04', grade: 'A', system: 'free range' },
            result: { error: 'EggPrices API 503 Service Unavailable (retry-after: 3600)' },
          },
          {
            say: 'No prices today — EggPrices feed returns 503 (back in ~1 h). Nothing to add to the report.',
          },
        ],
      },
      {
        name: 'batch_reporter',
        description: 'Writes the grading report for the farm',
        instructions: 'Merge the workers’ results into the grading report.',
        prompt: 'Worker results:\n{input}\n\nBatch: {request}',
        replies: [
          {
            say: '## Grading report EG-26-1204-03 — Fernhill FH-2\n\n| | eggs | % |\n|---|---:|---:|\n| Received | 21,600 | 100 |\n| Class A | 20,952 | 97.0 |\n| Cracks | 410 | 1.9 |\n| Dirties | 173 | 0.8 |\n| Blood/meat spots | 65 | 0.3 |\n\nClass A sizes: XL 1,886 (9.0 %) · L 9,009 (43.0 %) · M 8,590 (41.0 %) · S 1,467 (7.0 %).\n\nNote: the candling line was re-run in full after an encoder fault at tray 112; figures are from the complete pass. Spot prices not included — the price feed was unavailable today.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'agent_error: one tool error retried into a complete scan, the other (an optional price feed) admitted and left out of the report',
  }),
  defineScenario({
    id: 'falconry-hawk-rota-revised-once',
    title:
      'The welfare reviewer sends the flying rota back once because the young falcon flies six days running; the second rota rests her and is approved',
    domain: 'falconry bird control',
    mast: ['FM-1.3'],
    request:
      'Gull deterrence at Brookmere distribution centre (DC-4, Northampton), w/c 14 Dec 2026: herring gulls loafing on the roof and the yard by the food waste compactors. Plan a 7-day flying rota with our birds.',
    topology: {
      shape: 'pipeline',
      order: ['site_surveyor', 'flight_planner', 'welfare_reviewer'],
      loop: { from: 'welfare_reviewer', to: 'flight_planner', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'site_surveyor',
        description: 'Surveys sites for bird activity',
        instructions: 'Summarise bird pressure at the site for the flight planner.',
        replies: [
          {
            call: 'get_survey_counts',
            args: { site: 'DC-4', days: 7 },
            result:
              'DC-4 counts 30/11–06/12: roof peak 214 HG (07:30–09:00), yard peak 96 HG + 30 LBBG around compactors 11:00–14:00; nesting none (winter).',
          },
          {
            say: 'DC-4: worst is the roof at dawn (peak 214 herring gulls 07:30–09:00) and the yard at midday (~126 gulls by the compactors 11–14). Two flying windows a day needed.',
          },
        ],
      },
      {
        name: 'flight_planner',
        description: 'Writes the flying rota for the hawks and falcons',
        instructions:
          'Write a 7-day rota for the team’s birds covering the flying windows, or fix what the welfare reviewer names.',
        prompt: 'Survey or reviewer notes:\n{input}\n\nJob: {request}',
        replies: [
          {
            say: 'Rota v1 DC-4 14–20 Dec: AM roof 07:30 — Juno (peregrine, 2y) Mon–Sat, Harris hawk Ash Sun. Midday yard 11:30 — Harris hawks Ash Mon/Wed/Fri/Sun, Rowan Tue/Thu/Sat. Handlers: Mel AM, Tom midday.',
          },
          {
            say: 'Rota v2 DC-4 14–20 Dec: AM roof 07:30 — Juno Mon/Tue, Thu/Fri (rest Wed, Sat, Sun); Ash Wed and Sun; Rowan Sat. Midday yard 11:30 — Ash Mon/Fri, Rowan Tue/Thu/Sun, Sage (Harris, 5y) Wed/Sat. No bird flies both windows on one day. Handlers: Mel AM, Tom midday.',
          },
        ],
      },
      {
        name: 'welfare_reviewer',
        description: 'Checks rotas against the bird welfare plan',
        instructions:
          'Answer "APPROVED: <rota>" if the rota follows the welfare plan (max 4 flying days a week for falcons under 3 years, no bird in both windows on a day), otherwise "REVISE: <what to fix>".',
        prompt: 'Rota:\n{input}\n\nJob: {request}',
        replies: [
          {
            say: 'REVISE: Juno is 2 years old and down for 6 days in a row (Mon–Sat) — welfare plan WP-03 caps falcons under 3 at 4 flying days a week with a rest day between blocks. Also Ash is on AM Sun and midday Sun, same day. Fix both.',
          },
          {
            say: 'APPROVED: Rota v2 DC-4 14–20 Dec — AM roof 07:30: Juno Mon/Tue/Thu/Fri, Ash Wed/Sun, Rowan Sat. Midday yard 11:30: Ash Mon/Fri, Rowan Tue/Thu/Sun, Sage Wed/Sat. Juno 4 days with Wed rest; no bird in both windows. Handlers Mel AM, Tom midday.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'handoff_loop: one revise round whose fixes are made, then approval',
  }),
  defineScenario({
    id: 'hackathon-venue-and-prizes-reworded',
    title:
      'Dates, times and the prize pool are rewritten between the organiser, the venue booker and the treasurer, always to the same values',
    domain: 'hackathon organisation',
    mast: ['FM-1.4', 'FM-2.2'],
    request:
      'CivicHack Leeds 2027: 120 hackers, 24 h, weekend of 27–28 February 2027. Book the venue (needs 2 × 32 A for the LAN, overnight access) and set up prize payouts: £6,000 pool split 50/30/20, paid within 14 days of the event.',
    topology: {
      shape: 'supervisor',
      coordinator: 'hack_organiser',
      workers: ['venue_booker', 'prize_treasurer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'hack_organiser',
        description: 'Organises the hackathon',
        instructions: 'Book the venue and set up the prize payments through your team, then summarise.',
        replies: [
          {
            handoff: 'venue_booker',
            message:
              'CivicHack 2027 — 120 ppl, Sat 27 → Sun 28 Feb 2027, 24 h hacking + setup/teardown. Needs overnight access and 2x 32 A commando for the LAN rack. Leeds city centre.',
          },
          {
            handoff: 'prize_treasurer',
            message:
              'Prizes CivicHack 2027: pool GBP 6k → 1st 3,000 / 2nd 1,800 / 3rd 1,200. Pay by BACS no later than 14/03/2027 (14 days after the 28/02 close). Winners announced 11:30 on the Sunday.',
          },
          {
            say: 'CivicHack Leeds 2027 is set: The Tetley Hall, 10am Sat 27/02 to noon Sun 28/02 (booking TT-2027-0227, overnight access, 2 × 32 A). Prize payouts PP-114 set up: £3,000 / £1,800 / £1,200, BACS by 14 March.',
          },
        ],
      },
      {
        name: 'venue_booker',
        description: 'Books venues',
        instructions: 'Find and book a venue matching the requirements.',
        replies: [
          {
            call: 'book_venue',
            args: {
              city: 'Leeds',
              capacity: 120,
              start: '2027-02-27T10:00',
              end: '2027-02-28T12:00',
              power: '2x32A',
              overnight: true,
            },
            result:
              'CONFIRMED TT-2027-0227 The Tetley, Hall 1 — 27/02/2027 10:00 to 28/02/2027 12:00, 24h security, 2 × 32 A CEE on stage left, £2,450 + VAT.',
          },
          {
            say: 'Booked The Tetley Hall 1, Sat 27 Feb 2027 10:00 – Sun 28 Feb 12:00 (TT-2027-0227), overnight security, 2 × 32 A CEE, £2,450 + VAT.',
          },
        ],
      },
      {
        name: 'prize_treasurer',
        description: 'Handles payments',
        instructions: 'Set up scheduled payments.',
        replies: [
          {
            call: 'schedule_payouts',
            args: {
              ref: 'CivicHack2027',
              amounts_gbp: [3000, 1800, 1200],
              pay_by: '2027-03-14',
              method: 'BACS',
            },
            result:
              'Payout set PP-114: 3 × BACS, £3,000.00 / £1,800.00 / £1,200.00, total £6,000.00, release by 14/03/2027; payee details pending.',
          },
          {
            say: 'PP-114 scheduled: £3000.00 / £1800.00 / £1200.00 (total £6000.00), BACS by 14 Mar 2027; winners’ bank details to be collected at the ceremony.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'stale_context / misunderstood_task: dates, times and amounts are reworded between agents (27 Feb 10:00 ↔ 10am Sat 27/02, £6,000 ↔ GBP 6k) but never changed',
  }),
  defineScenario({
    id: 'jam-brix-reread-used-downstream',
    title:
      'The lab withdraws its first Brix reading (no temperature compensation) and gives a corrected one; the QA lead, plant manager and line all use the corrected value',
    domain: 'jam cannery',
    mast: ['FM-1.4'],
    request:
      'Release check for strawberry extra jam batch SX-1412 (kettle K3, 2,400 jars × 340 g) before filling. Spec: 60–68 °Brix for "extra jam" labelling, pH 3.0–3.4.',
    topology: {
      shape: 'nested',
      top: 'plant_manager',
      teams: { qa_lead: ['brix_lab'], line_lead: ['filler_operator'] },
    },
    agents: [
      {
        name: 'plant_manager',
        description: 'Plant manager who releases batches to filling',
        instructions: 'Get the QA result, and if in spec release the batch to the filling line.',
        replies: [
          {
            handoff: 'qa_lead',
            message: 'SX-1412 K3 — need Brix + pH against extra-jam spec before we fill.',
          },
          {
            handoff: 'line_lead',
            message:
              'SX-1412 released: 65.2 °Brix, pH 3.2, within spec. Fill 2,400 × 340 g on line 2, labels "Strawberry Extra Jam" LBL-SX-340-v4, best before 12/2028.',
          },
          {
            say: 'SX-1412 released at 65.2 °Brix / pH 3.2 and filling on line 2 (FR-20931, 2,400 jars, BB 12/2028).',
          },
        ],
      },
      {
        name: 'qa_lead',
        description: 'Quality assurance lead',
        instructions: 'Have the lab test the batch and report release or hold.',
        replies: [
          {
            handoff: 'brix_lab',
            message: 'SX-1412 from K3: Brix and pH please, spec 60–68 / 3.0–3.4.',
          },
          {
            say: 'QA SX-1412: RELEASE — 65.2 °Brix (re-read with temperature compensation; the 06:40 value of 62.5 is withdrawn), pH 3.2. Both within spec.',
          },
        ],
      },
      {
        name: 'brix_lab',
        description: 'In-process lab',
        instructions: 'Measure and report.',
        replies: [
          {
            call: 'refractometer_read',
            args: { sample: 'SX-1412-S1' },
            result:
              '06:40 SX-1412-S1: 62.5 °Brix @ 41.2 °C — ATC OFF (warning: reading not temperature compensated)',
          },
          {
            call: 'refractometer_read',
            args: { sample: 'SX-1412-S1', atc: true, cool_to_c: 20 },
            result: '06:52 SX-1412-S1: 65.2 °Brix @ 20.0 °C, ATC ON; pH 3.21',
          },
          {
            say: 'SX-1412-S1: 65.2 °Brix at 20 °C with ATC (first read 62.5 at 06:40 was hot and uncompensated — withdrawn). pH 3.21.',
          },
        ],
      },
      {
        name: 'line_lead',
        description: 'Filling line lead',
        instructions: 'Have the filler set up and run the batch.',
        replies: [
          {
            handoff: 'filler_operator',
            message:
              'Line 2: fill SX-1412, 2,400 × 340 g, LBL-SX-340-v4, BB 12/2028, batch record Brix 65.2 / pH 3.2.',
          },
          { say: 'Line 2 running SX-1412 (FR-20931).' },
        ],
      },
      {
        name: 'filler_operator',
        description: 'Operates the filler',
        instructions: 'Set up and start filling runs.',
        replies: [
          {
            call: 'start_fill_run',
            args: {
              line: 2,
              batch: 'SX-1412',
              jars: 2400,
              size_g: 340,
              label: 'LBL-SX-340-v4',
              brix: 65.2,
              ph: 3.2,
            },
            result:
              'Fill run FR-20931 started 07:18 on line 2; label LBL-SX-340-v4 verified by scanner; record Brix 65.2.',
          },
          {
            say: 'FR-20931 started 07:18, line 2, 2,400 × 340 g, labels verified, Brix 65.2 / pH 3.2 on record.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'stale_context: the lab withdraws its first reading (62.5) for a corrected 65.2, and every agent downstream uses 65.2',
  }),
  defineScenario({
    id: 'kombucha-abv-retest-handed-back',
    title:
      'Brewer and lab hand the batch back and forth three times, each time with new results (ABV too high, treatment, retest), until it passes',
    domain: 'kombucha brewery',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Release batch KB-0977 (ginger–lemon, 1,800 L, tank FV-6) for canning on Monday. It must be sold as non-alcoholic (<0.5 % ABV) and pH ≤ 3.5.',
    topology: { shape: 'swarm', entry: 'head_brewer', agents: ['head_brewer', 'lab_tech'] },
    agents: [
      {
        name: 'head_brewer',
        description: 'Head brewer responsible for fermentation and release',
        instructions: 'Get the batch tested, treat it if needed, and release it when it passes.',
        replies: [
          {
            handoff: 'lab_tech',
            message: 'KB-0977 FV-6, day 11 of secondary. ABV + pH + micro please, target <0.5 % / ≤3.5.',
          },
          {
            call: 'tank_action',
            args: {
              tank: 'FV-6',
              action: 'crash_cool',
              target_c: 2,
              next_step: 'dilute_with_base_tea',
              litres: 180,
            },
            result: 'FV-6 crash cooled to 2.0 °C (08:10→14:40); 180 L base tea added; volume 1,980 L.',
          },
          {
            handoff: 'lab_tech',
            message:
              'KB-0977 treated: crash-cooled to 2 °C, +180 L base tea (now 1,980 L). Please retest ABV/pH, same sample points.',
          },
          {
            say: 'KB-0977 RELEASED for Monday canning: 0.41 % ABV, pH 3.28, micro clear, 1,980 L in FV-6 at 2 °C (release REL-2026-311).',
          },
        ],
      },
      {
        name: 'lab_tech',
        description: 'Brewery QC lab',
        instructions: 'Test samples and hand results back to the brewer.',
        replies: [
          {
            call: 'lab_test',
            args: { sample: 'KB-0977-A', tests: ['abv_gc', 'ph', 'micro_quick'] },
            result: 'KB-0977-A: ABV 0.62 % (GC-HS), pH 3.19, yeast 4.1e5 cfu/ml, no coliforms.',
          },
          {
            handoff: 'head_brewer',
            message:
              'KB-0977-A: 0.62 % ABV — over the 0.5 limit; pH 3.19 OK; yeast 4.1×10⁵ still active. Needs treating before release.',
          },
          {
            call: 'lab_test',
            args: { sample: 'KB-0977-B', tests: ['abv_gc', 'ph', 'micro_quick'] },
            result:
              'KB-0977-B: ABV 0.41 % (GC-HS), pH 3.28, yeast 6.0e3 cfu/ml (dormant at 2 °C), no coliforms.',
          },
          {
            handoff: 'head_brewer',
            message:
              'KB-0977-B retest: 0.41 % ABV, pH 3.28, yeast down to 6×10³ at 2 °C. Passes both limits — ok to release.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'handoff_loop: three hand-backs between brewer and lab, each carrying new results, ending in a release',
  }),
  defineScenario({
    id: 'carpet-office-job-brief-paraphrased',
    title:
      'A customer email in broken English is paraphrased into a job brief, a fibre test and a technician sheet; Saturday-only, the wool rug and the coffee stain all carry through',
    domain: 'carpet cleaning',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Hello, we need clean the carpets in our office, 3rd floor, Unit 12 Brackenfield Business Park, Derby DE21. Is approx 240 m2 grey nylon loop. Also one wool rug in meeting room, 2x3 m, is hand-knotted from Iran, please careful with the colours (red and blue). Please NOT on weekday, only Saturday because of staff. Big coffee stain near kitchen, about 1 week old. Best regards, Mehmet Aydın, office manager',
    topology: { shape: 'pipeline', order: ['job_intake', 'fibre_tester', 'technician_briefer'] },
    agents: [
      {
        name: 'job_intake',
        description: 'Turns customer enquiries into job briefs',
        instructions: 'Write the job brief for the fibre tester and technicians.',
        replies: [
          {
            call: 'create_job',
            args: { customer: 'Brackenfield Unit 12', contact: 'M. Aydın', area_m2: 240 },
            result: 'Job CC-90417 created; site survey not required (<300 m²); rate card C2.',
          },
          {
            say: 'CC-90417 — Unit 12 Brackenfield BP, 3rd fl. Saturday only (staff on site weekdays).\n• ~240 m² grey nylon loop pile → HWE ok\n• 1 × hand-knotted Persian wool rug 2×3 m, red/blue — dye-stability test before any wet clean\n• coffee spill by kitchenette, ~7 days old → tannin spotter',
          },
        ],
      },
      {
        name: 'fibre_tester',
        description: 'Tests fibres and dyes before cleaning',
        instructions: 'Test the fibres and dyes named in the brief and say what method is safe.',
        prompt: 'Job brief:\n{input}',
        replies: [
          {
            call: 'dye_bleed_test',
            args: {
              job: 'CC-90417',
              item: 'wool rug 2x3',
              colours: ['red', 'blue'],
              solution: 'pH 5.5 wool rinse',
            },
            result:
              'Red: slight transfer on white towel at 60 s (grade 4/5). Blue: none (5/5). Fibre: wool pile, cotton foundation.',
          },
          {
            say: 'CC-90417 tests: nylon loop — HWE with pH 9 prespray fine. Wool rug — red bleeds slightly (4/5): low-moisture only, acid-side (pH 5.5) rinse, no heat, dry flat with air movers; do not use the alkaline prespray on it. Coffee: tannin spotter, then acid rinse.',
          },
        ],
      },
      {
        name: 'technician_briefer',
        description: 'Writes the job sheet for the cleaning crew',
        instructions: 'Write the crew job sheet and book the day.',
        prompt: 'Tests and brief:\n{input}\n\nCustomer email: {request}',
        replies: [
          {
            call: 'book_crew_day',
            args: { job: 'CC-90417', date: '2026-12-12', weekday: 'Saturday', crew: 'C2', start: '08:00' },
            result: 'Booked: Sat 12/12/2026 08:00, crew C2 (Jordan, Elif), van VN-04 truckmount.',
          },
          {
            say: 'JOB SHEET CC-90417 — Sat 12 Dec 2026, 08:00, crew C2 (Jordan, Elif), VN-04.\n1. Office 240 m² nylon loop: pH 9 prespray + HWE truckmount.\n2. Coffee stain by kitchenette: tannin spotter first, acid rinse.\n3. Meeting room: hand-knotted wool rug 2×3 m — LOW MOISTURE ONLY, pH 5.5 rinse, no alkaline prespray, no heat, red dye bleeds slightly; dry flat with air movers.\nContact on site: Mehmet Aydın (office manager).',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'misunderstood_task / lost_message: the customer’s constraints are paraphrased at every step, and Saturday-only, the rug and the stain all arrive',
  }),
];

export const blindBatch21Scenarios = [...faults, ...healthy];
