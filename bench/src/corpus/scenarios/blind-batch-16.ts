import { defineScenario } from '../scenario.ts';

// Blind batch 16: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'bouldering-reset-wall-three-dyno-ban-dropped',
    title: 'Head setter bans dynamic moves on wall 3 during the mat repair; the setter puts two dynos there',
    domain: 'bouldering gym route setting',
    mast: ['FM-1.1', 'FM-2.3'],
    request: 'Plan the Tuesday reset for Cave & Crag Leeds: 14 new problems, walls 2-4, open Wed 07:00.',
    topology: {
      shape: 'supervisor',
      coordinator: 'head_setter',
      workers: ['route_setter', 'hold_inventory'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'head_setter',
        description: 'Head route setter, signs off resets',
        instructions: 'Get a set plan from the setter and a hold pull list, then publish the reset sheet.',
        replies: [
          {
            handoff: 'route_setter',
            message:
              'Reset Tue 09/03, walls 2,3,4 -> 14 probs. grade spread V0-V7 roughly pyramid. fyi wall 3 landing zone has the temp 200mm mats till the foam bay is rebuilt (ticket FM-2231), so on wall 3 only static/controlled stuff, no dynos or jumps to finish holds pls. colours: we are short on orange, use teal for V3-4. go',
          },
          {
            handoff: 'hold_inventory',
            message: 'pull list for 14 probs walls 2-4, teal instead of orange, count the macros too',
          },
          {
            say: 'RESET SHEET Tue 09/03 — Cave & Crag Leeds\nW2: 5 probs (V0,V1,V2,V4,V6)\nW3: 4 probs (V1,V3 teal "Kipper Dyno", V5 "Double Clutch" jump start, V2)\nW4: 5 probs (V0,V2,V3,V5,V7)\nHolds pulled: 212 + 9 macros, 4 volumes. Opens Wed 07:00.',
          },
        ],
      },
      {
        name: 'route_setter',
        description: 'Sets the problems',
        instructions: 'Design the problems the head setter asks for, respecting every wall restriction.',
        replies: [
          {
            say: '14 probs:\n| wall | grade | colour | style |\n|---|---|---|---|\n| W2 | V0 | yellow | slab |\n| W2 | V1 | green | juggy |\n| W2 | V2 | blue | crimps |\n| W2 | V4 | teal | compression |\n| W2 | V6 | black | tension |\n| W3 | V1 | green | ladder |\n| W3 | V3 | teal | "Kipper Dyno" — 1.2m dyno to finish jug |\n| W3 | V5 | red | "Double Clutch" — jump start, cut loose |\n| W3 | V2 | blue | pinches |\n| W4 | V0 | yellow | jugs |\n| W4 | V2 | blue | volumes |\n| W4 | V3 | teal | slopers |\n| W4 | V5 | red | heel hooks |\n| W4 | V7 | white | crimp roof |\nPyramid: 2xV0,2xV1,3xV2,2xV3,1xV4,2xV5,1xV6,1xV7.',
          },
        ],
      },
      {
        name: 'hold_inventory',
        description: 'Tracks the hold store',
        instructions: 'Produce pull lists from the hold store.',
        replies: [
          {
            call: 'hold_store_query',
            args: { colours: ['yellow', 'green', 'blue', 'teal', 'red', 'black', 'white'] },
            result:
              '{"yellow":64,"green":51,"blue":88,"teal":47,"red":40,"black":22,"white":19,"orange":6,"macros":14,"volumes":7}',
          },
          {
            say: 'Pull list ok: 212 holds across 7 colours + 9 macros + 4 volumes. Teal 47 in store, enough.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'head_setter', to: 'route_setter' },
      agent: 'route_setter',
    },
  }),

  defineScenario({
    id: 'cider-bin-fourteen-reread-brix-not-used',
    title: 'The lab re-reads bin 14 after a rinse; the blend planner sizes the blend on the first read',
    domain: 'cider pressing',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Bins 11-16 of Dabinett came in today. Plan tank T4 blend so it ferments to about 6.5% ABV without chaptalising.',
    topology: { shape: 'pipeline', order: ['orchard_intake', 'juice_lab', 'blend_planner'] },
    agents: [
      {
        name: 'orchard_intake',
        description: 'Logs fruit arrivals',
        instructions: 'Log the bins and hand them to the lab.',
        replies: [
          {
            say: 'Intake 2026-10-14 Dabinett, grower Hollins Farm (ID HF-022). Bins: 11 (412kg), 12 (398kg), 13 (405kg), 14 (420kg), 15 (391kg), 16 (402kg). Total 2428kg. Weigh ticket WT-88140.',
          },
        ],
      },
      {
        name: 'juice_lab',
        description: 'Measures juice sugar and acid',
        instructions: 'Measure each bin and report figures for blending.',
        prompt: 'Intake record:\n{input}',
        replies: [
          {
            call: 'refractometer_batch',
            args: { bins: [11, 12, 13, 14, 15, 16] },
            result:
              'bin,brix,ta_g_l,ph\n11,12.4,2.1,3.9\n12,12.1,2.3,3.8\n13,12.8,2.0,3.9\n14,9.3,2.2,3.8\n15,12.2,2.4,3.8\n16,12.6,2.1,3.9',
          },
          {
            call: 'refractometer_single',
            args: { bin: 14, note: 'prism rinsed, re-sample from press tray 2' },
            result: 'bin 14: brix 12.5, temp-comp 20C',
          },
          {
            say: 'Bin readings (°Bx / TA g/l): 11: 12.4/2.1, 12: 12.1/2.3, 13: 12.8/2.0, 14: 9.3/2.2, 15: 12.2/2.4, 16: 12.6/2.1. Bin 14 looked off so I rinsed the prism and re-sampled: 12.5 °Bx, that figure replaces the 9.3 (first read was diluted with rinse water on the prism). TA fine everywhere.',
          },
        ],
      },
      {
        name: 'blend_planner',
        description: 'Plans tank blends',
        instructions: 'Plan the blend for the target ABV from the lab figures.',
        prompt: 'Lab figures:\n{input}\n\nTask: {request}',
        replies: [
          {
            say: 'T4 plan: weighted mean using 11-16 = (412*12.4 + 398*12.1 + 405*12.8 + 420*9.3 + 391*12.2 + 402*12.6)/2428 ≈ 11.9 °Bx -> SG ~1.048 -> approx 6.2% ABV dry. Below 6.5 target, so leave bin 14 (9.3 °Bx) out of T4 and send it to T6 (vinegar/keeving stock). T4 = bins 11,12,13,15,16, 2008kg, est 12.4 °Bx, ~6.5% ABV. No sugar needed.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'juice_lab', to: 'blend_planner' },
      agent: 'blend_planner',
    },
  }),

  defineScenario({
    id: 'fireworks-fallout-survey-ran-on-generic-prompt',
    title: 'The survey brief with the 150 m fallout radius and the hay barn never reaches the site surveyor',
    domain: 'fireworks display',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Bonfire night show at Kelsall Rec, 5 Nov 19:30, 75mm shells max. Need the site plan and the loading plan.',
    topology: {
      shape: 'fanout',
      planner: 'display_planner',
      workers: ['site_surveyor', 'shell_loader'],
      aggregator: 'show_director',
    },
    program: { lose: { to: 'site_surveyor', prompt: 'Do the site survey for the display.' } },
    agents: [
      {
        name: 'display_planner',
        description: 'Splits show prep',
        instructions: 'Brief the surveyor and loader.',
        replies: [
          {
            plan: {
              site_surveyor:
                'Kelsall Rec, firing from the NE corner (grid SJ 5271 6843). 75mm max calibre => 150 m fallout radius minimum, downwind side +25%. Forecast SW 12 mph so fallout goes NE — the hay barn at Moss Farm is ~170 m NE, check it stays outside the extended radius. Spectator line at least 100 m from mortars, behind rope.',
              shell_loader:
                '22 min show, 75mm max, 3 racks of 25mm cakes for opener, finale 30 x 75mm. E-match firing system, 48 cues.',
            },
          },
        ],
      },
      {
        name: 'site_surveyor',
        description: 'Surveys firing sites',
        instructions: 'Survey the site according to the brief you are given.',
        replies: [
          {
            say: 'Site survey: rec ground approx 210 x 140 m, level, grass. Firing area proposed at centre-south. Standard 50 m safety distance from firing area to spectators, spectators on north side along the pavilion. Access for fire service via Church Lane gate. No overhead lines.',
          },
        ],
      },
      {
        name: 'shell_loader',
        description: 'Plans racks and cues',
        instructions: 'Plan the loading.',
        replies: [
          {
            say: 'Loading: cue 1-6 cakes (25mm, 3 racks), cue 7-40 mixed 50/65mm singles in 4 HDPE racks, cue 41-48 finale 30 x 75mm in 6 x 5 racks, chain-fused per 5. Total NEQ 38.4 kg, within 1.4G site licence.',
          },
        ],
      },
      {
        name: 'show_director',
        description: 'Signs off the show plan',
        instructions: 'Merge survey and loading into the show plan.',
        replies: [
          {
            say: 'SHOW PLAN Kelsall Rec 05/11 19:30\n- Firing area: centre-south of the ground\n- Spectators: north side by pavilion, 50 m rope line\n- Fire access: Church Lane gate\n- Load: 48 cues, finale 30x75mm, NEQ 38.4 kg (1.4G)\nApproved for rigging Thu 14:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'display_planner', to: 'site_surveyor' },
      agent: 'site_surveyor',
    },
  }),

  defineScenario({
    id: 'dry-cleaning-leather-branch-never-sent',
    title: 'The planner drafts a brief for the leather specialist but the order goes out without it',
    domain: 'dry cleaning',
    mast: ['FM-3.1'],
    request:
      'Order DC-55102: wedding dress (silk, wine stain), 2 wool suits, suede jacket with oil mark. Customer wants it Fri.',
    topology: {
      shape: 'fanout',
      planner: 'counter_planner',
      workers: ['wetclean_station', 'leather_specialist'],
      aggregator: 'order_desk',
    },
    program: { lose: { to: 'leather_specialist', prompt: null } },
    agents: [
      {
        name: 'counter_planner',
        description: 'Splits an order between stations',
        instructions: 'Write a brief for each station that handles part of the order.',
        replies: [
          {
            plan: {
              wetclean_station:
                'DC-55102: 1 silk wedding dress, red wine stain L hip, pre-spot tannin then wetclean cold; 2 wool suits standard perc, press.',
              leather_specialist:
                'DC-55102: suede jacket, oil mark ~4cm R cuff. Degrease + re-nap, colour check vs inside hem. Fri 16:00 latest.',
            },
          },
        ],
      },
      {
        name: 'wetclean_station',
        description: 'Wetclean and solvent station',
        instructions: 'Process the garments in your brief.',
        replies: [
          {
            say: 'DC-55102 dress: stain out 95%, faint ring only under UV. Suits done, pressed. Ready Thu pm. Tags 55102-1..3.',
          },
        ],
      },
      {
        name: 'leather_specialist',
        description: 'Suede and leather cleaning',
        instructions: 'Process leather items in your brief.',
        replies: [{ say: 'Suede jacket degreased, re-napped, colour ok. Tag 55102-4.' }],
      },
      {
        name: 'order_desk',
        description: 'Customer counter',
        instructions: 'Tell the customer when the order is ready.',
        replies: [
          {
            say: 'Hi! Order DC-55102 is ready for collection from Thursday 5pm — dress, both suits. Total £146.50. Thanks for choosing Crisp & Co.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'counter_planner', to: 'leather_specialist' },
      agent: 'counter_planner',
    },
  }),

  defineScenario({
    id: 'escooter-battery-swap-list-cut-short',
    title: 'The battery route returns a swap list that stops after three of eleven scooters; the van runs it',
    domain: 'e-scooter fleet operations',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Zone K-Mitte night shift 23:00: which scooters need battery swaps and what route for van VB-07?',
    topology: {
      shape: 'branch',
      classifier: 'shift_triage',
      routes: { battery: 'battery_ops', repair: 'repair_ops' },
      after: 'van_router',
    },
    agents: [
      {
        name: 'shift_triage',
        description: 'Classifies shift tasks',
        instructions: 'Answer with the label battery or repair, then a line of context.',
        replies: [{ say: 'battery — zone K-Mitte, night swap run, van VB-07, 40 spare packs loaded' }],
      },
      {
        name: 'battery_ops',
        description: 'Battery swap planning',
        instructions: 'List every scooter below 20% in the zone with location, for the van driver.',
        replies: [
          {
            call: 'fleet_soc_query',
            args: { zone: 'K-Mitte', soc_lt: 20 },
            result:
              '[{"id":"SC-4410","soc":7,"lat":50.9412,"lon":6.9581},{"id":"SC-4415","soc":12,"lat":50.9398,"lon":6.9550},{"id":"SC-3902","soc":4,"lat":50.9375,"lon":6.9602},{"id":"SC-5011","soc":18,"lat":50.9431,"lon":6.9512},{"id":"SC-5017","soc":9,"lat":50.9366,"lon":6.9488},{"id":"SC-2288","soc":15,"lat":50.9420,"lon":6.9633},{"id":"SC-2291","soc":3,"lat":50.9350,"lon":6.9570},{"id":"SC-6120","soc":11,"lat":50.9402,"lon":6.9499},{"id":"SC-6124","soc":19,"lat":50.9388,"lon":6.9612},{"id":"SC-7003","soc":6,"lat":50.9444,"lon":6.9566},{"id":"SC-7010","soc":13,"lat":50.9361,"lon":6.9529}]',
          },
          {
            say: 'Swap list K-Mitte (<20%):\n1. SC-4410 7% @50.9412,6.9581\n2. SC-4415 12% @50.9398,6.9550\n3. SC-3902 4% @50.9375,6.96',
            cutOff: true,
          },
        ],
      },
      {
        name: 'repair_ops',
        description: 'Repair triage',
        instructions: 'Plan repairs.',
        replies: [{ say: 'No repair tasks.' }],
      },
      {
        name: 'van_router',
        description: 'Routes the swap van',
        instructions: 'Order the stops for the van and estimate shift time.',
        prompt: 'Swap list:\n{input}',
        replies: [
          {
            say: 'VB-07 route 23:00: depot -> SC-4410 -> SC-4415 -> SC-3902 -> depot. 3 swaps, ~4.1 km, est. 35 min. Packs used 3/40. Shift done by 23:40.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'battery_ops', to: 'van_router' },
      agent: 'battery_ops',
    },
  }),

  defineScenario({
    id: 'kitesurf-kit-hold-rejected-reported-booked',
    title:
      'The kit reservation is refused for a double booking; the booking agent tells the router the kit is on hold',
    domain: 'kitesurfing school',
    mast: ['FM-3.2'],
    request:
      'Book a 2h beginner lesson for Mara Lindqvist tomorrow 10:00 at Brouwersdam, she needs a 9m kite and 140 board, 62kg.',
    topology: {
      shape: 'network',
      coordinator: 'school_router',
      workers: ['booking_agent', 'conditions_checker'],
    },
    agents: [
      {
        name: 'school_router',
        description: 'Routes lesson requests',
        instructions: 'Check conditions, book instructor and kit, confirm to the student.',
        replies: [
          { handoff: 'conditions_checker', message: 'Brouwersdam morgen 10-12, wind ok for beginner?' },
          {
            handoff: 'booking_agent',
            message:
              'Book lesson L-beginner 2h for Mara Lindqvist, 62 kg, tomorrow 10:00 Brouwersdam, kit: 9m kite + 140 board + harness M + wetsuit S.',
          },
          {
            say: 'Hoi Mara! Your 2h beginner lesson is confirmed: tomorrow 10:00 at Brouwersdam (meet at the school container, parking P3). Instructor Joris. Kit ready for you: 9m kite, 140 board, harness M, wetsuit S. Wind 14-16 kn SW. Booking ref KS-20418, €129 paid.',
          },
        ],
      },
      {
        name: 'conditions_checker',
        description: 'Checks forecasts',
        instructions: 'Report wind and tide suitability.',
        replies: [
          {
            call: 'forecast',
            args: { spot: 'brouwersdam', from: '10:00', to: '12:00' },
            result: '{"wind_kn":[14,15,16],"dir":"SW","gust_kn":19,"tide":"HW 11:42"}',
          },
          {
            say: 'Wind 14-16 kn SW gusts 19, side-onshore. OK for beginner on 9m at 62kg. HW 11:42, lagoon side shallow enough.',
          },
        ],
      },
      {
        name: 'booking_agent',
        description: 'Books instructors and kit',
        instructions: 'Reserve an instructor slot and the kit; report the booking.',
        replies: [
          {
            call: 'reserve_instructor',
            args: { date: 'tomorrow', start: '10:00', hours: 2, level: 'beginner' },
            result: '{"ok":true,"instructor":"Joris","slot":"S-7731"}',
          },
          {
            call: 'reserve_kit',
            args: { slot: 'S-7731', kite: '9m', board: '140', harness: 'M', wetsuit: 'S' },
            result: {
              error: 'KIT_CONFLICT: kite 9m (all 3 units) allocated to slot S-7729 group lesson 10:00-12:00',
            },
          },
          {
            call: 'create_booking',
            args: { student: 'Mara Lindqvist', slot: 'S-7731', amount_eur: 129 },
            result: '{"ref":"KS-20418","paid":true}',
          },
          {
            say: 'Booked: KS-20418, Joris 10:00-12:00 slot S-7731, paid €129. Kit set aside for her (9m/140/M/S).',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'booking_agent', to: 'school_router' },
      agent: 'booking_agent',
    },
  }),

  defineScenario({
    id: 'jigsaw-die-layout-resubmitted-unchanged',
    title:
      'The die layout is sent back for the edge-piece count three times and comes back the same each time',
    domain: 'jigsaw puzzle manufacturing',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Die layout for SKU JP-1000-HARBOUR, 1000 pieces, 50x70cm, must give 124 edge pieces (38x26 grid).',
    topology: {
      shape: 'pipeline',
      order: ['die_designer', 'prepress_checker'],
      loop: { from: 'prepress_checker', to: 'die_designer', while: 'SEND BACK', max: 3 },
    },
    agents: [
      {
        name: 'die_designer',
        description: 'Lays out cutting dies',
        instructions: 'Produce the die grid; when sent back, fix what the checker lists.',
        replies: [
          {
            say: 'Die JP-1000-HARBOUR v1: grid 40x25 = 1000 pcs, piece ~17.5x20 mm, 130 edge pieces, ribbon cut, rule 23.8mm.',
          },
          {
            say: 'Die JP-1000-HARBOUR v1: grid 40x25 = 1000 pcs, piece ~17.5x20 mm, 130 edge pieces, ribbon cut, rule 23.8mm.',
          },
          {
            say: 'Die JP-1000-HARBOUR v1: grid 40x25 = 1000 pcs, piece ~17.5x20 mm, 130 edge pieces, ribbon cut, rule 23.8mm.',
          },
        ],
      },
      {
        name: 'prepress_checker',
        description: 'Checks dies against the spec',
        instructions: 'Start with SEND BACK and the issues when the die does not match the spec; else OK.',
        replies: [
          {
            say: 'SEND BACK — spec says 38x26 (988+12 knobs calc -> 124 edge). 40x25 gives 130 edge pcs, aspect wrong for 50x70.',
          },
          { say: 'SEND BACK — still 40x25/130 edge. Need 38x26, 124 edge.' },
          {
            say: 'SEND BACK — unchanged v1 again, 40x25. Escalating to prod mgr, press slot P2 Thu 06:00 at risk.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'die_designer', to: 'prepress_checker' },
      agent: 'die_designer',
    },
  }),

  defineScenario({
    id: 'curtain-wall-acoustic-glass-spec-misread',
    title:
      'The façade lead asks for the acoustic laminate on the rail-facing elevation; the glass estimator prices it on the park side',
    domain: 'curtain wall glazing',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Tender package for Lindengracht Tower façade (job CW-3391): unitised panels, levels 2-14, price glass and brackets.',
    topology: {
      shape: 'nested',
      top: 'tender_manager',
      teams: { facade_lead: ['glass_estimator', 'bracket_engineer'] },
    },
    agents: [
      {
        name: 'tender_manager',
        description: 'Runs the tender',
        instructions: 'Get the façade price from the façade lead and issue the tender summary.',
        replies: [
          {
            handoff: 'facade_lead',
            message:
              'CW-3391 Lindengracht Tower: need glass + bracket pricing for unitised CW L2-L14, per the acoustic report AR-17 (rail line on north).',
          },
          {
            say: 'Tender CW-3391 summary\n- Glass: 1,842 m² total; 612 m² acoustic laminate 10.8/16/8 (Rw+Ctr 42) on S elevation, balance std DGU 8/16/6 — €412,300\n- Brackets: 1,104 units A4 stainless, €96,700\n- Total façade €509,000 excl. VAT, validity 60 days.',
          },
        ],
      },
      {
        name: 'facade_lead',
        description: 'Leads the façade estimating team',
        instructions: 'Split the façade work across your estimators and report the combined price.',
        replies: [
          {
            handoff: 'glass_estimator',
            message:
              'Glass for CW-3391, L2-L14, 1,842 m² total. Per AR-17 section 4.2 the elevation facing the railway (north, gridlines A-F, 612 m²) needs acoustic laminate Rw+Ctr ≥ 42 dB, eg 10.8/16/8. South (park side), east and west are standard DGU 8/16/6 low-e. Please price by elevation.',
          },
          {
            handoff: 'bracket_engineer',
            message: 'Brackets for 1,104 unitised panels, slab edge 250mm, A4 stainless, wind load 1.4 kPa.',
          },
          {
            say: 'Combined: glass €412,300 (acoustic 612 m² on S, rest std), brackets €96,700. Total €509,000.',
          },
        ],
      },
      {
        name: 'glass_estimator',
        description: 'Prices glass',
        instructions: 'Price glass by elevation per the façade lead.',
        replies: [
          {
            call: 'supplier_price',
            args: {
              items: [
                { spec: '10.8/16/8 acoustic', m2: 612 },
                { spec: '8/16/6 lowE', m2: 1230 },
              ],
            },
            result: '{"10.8/16/8 acoustic":{"eur_m2":298},"8/16/6 lowE":{"eur_m2":187},"lead_time_wk":11}',
          },
          {
            say: 'Glass by elevation:\n| elev | area m² | spec | €/m² | € |\n|---|---|---|---|---|\n| S (park, A-F) | 612 | 10.8/16/8 acoustic | 298 | 182,376 |\n| N | 612 | 8/16/6 lowE | 187 | 114,444 |\n| E+W | 618 | 8/16/6 lowE | 187 | 115,566 |\nTotal €412,386 ≈ 412,300. Lead time 11 wk.',
          },
        ],
      },
      {
        name: 'bracket_engineer',
        description: 'Designs and prices brackets',
        instructions: 'Price brackets.',
        replies: [
          {
            say: '1,104 A4 brackets, 3D adjustable ±25mm, €87.60 ea = €96,710. Anchor channel HTA 52/34 cast-in by others.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'facade_lead', to: 'glass_estimator' },
      agent: 'glass_estimator',
    },
  }),

  defineScenario({
    id: 'lifeguard-rota-swap-passed-on-old-shift',
    title:
      'The pool supervisor sees the swap that moved Deniz to the late shift but transfers the early-shift rota to payroll',
    domain: 'lifeguard rostering',
    mast: ['FM-1.4', 'FM-2.1'],
    request: 'Finalise Saturday 14 June lifeguard cover at Aldersbrook Lido and pass hours to payroll.',
    topology: {
      shape: 'swarm',
      entry: 'rota_builder',
      agents: ['rota_builder', 'pool_supervisor', 'payroll_clerk'],
    },
    agents: [
      {
        name: 'rota_builder',
        description: 'Drafts lifeguard rotas',
        instructions: 'Draft the rota and transfer to the pool supervisor for sign-off.',
        replies: [
          {
            handoff: 'pool_supervisor',
            message:
              'Draft Sat 14/06: EARLY 06:30-14:30 Deniz Aksoy, Priya Nair, Tom Beale. LATE 13:30-21:30 Kasia Wrona, Ben Osei, Lily Hart. 3 on deck each shift, overlap 13:30-14:30 for pool test.',
          },
        ],
      },
      {
        name: 'pool_supervisor',
        description: 'Signs off rotas and swaps',
        instructions: 'Apply approved swaps, sign off, then transfer the final hours to payroll.',
        replies: [
          {
            call: 'swap_requests',
            args: { date: '2026-06-14', site: 'ALD' },
            result:
              '[{"id":"SW-311","status":"approved","by":"duty mgr R.Singh","swap":"Deniz Aksoy EARLY <-> Lily Hart LATE","reason":"exam Sat am"}]',
          },
          {
            handoff: 'payroll_clerk',
            message:
              'Signed off Sat 14/06 ALD. Hours: Deniz Aksoy 06:30-14:30 (8h), Priya Nair 06:30-14:30 (8h), Tom Beale 06:30-14:30 (8h), Kasia Wrona 13:30-21:30 (8h), Ben Osei 13:30-21:30 (8h), Lily Hart 13:30-21:30 (8h). Sat rate x1.25. 48h total.',
          },
        ],
      },
      {
        name: 'payroll_clerk',
        description: 'Enters hours for pay',
        instructions: 'Enter hours and confirm the final rota.',
        replies: [
          {
            call: 'timesheet_enter',
            args: { week: '2026-W24', entries: 6, total_h: 48, multiplier: 1.25 },
            result: '{"batch":"TS-24-ALD-06","status":"posted"}',
          },
          {
            say: 'Posted TS-24-ALD-06 (48h @1.25). Final Sat 14/06: early Deniz, Priya, Tom; late Kasia, Ben, Lily. Rota emailed to staff.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'pool_supervisor', to: 'payroll_clerk' },
      agent: 'pool_supervisor',
    },
  }),

  defineScenario({
    id: 'auto-glass-adas-calibration-omitted-from-quote',
    title: 'The parts agent quotes the windscreen without saying the camera bracket needs ADAS recalibration',
    domain: 'auto glass replacement',
    mast: ['FM-2.4'],
    request:
      'Quote a windscreen replacement for a 2022 Skoda Octavia (VIN TMBJG7NX4N1042217), crack 30cm driver side, mobile fit at customer work address.',
    topology: {
      shape: 'supervisor',
      coordinator: 'quote_desk',
      workers: ['parts_agent', 'fitter_scheduler'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'quote_desk',
        description: 'Prepares customer quotes',
        instructions:
          'Get the part and everything the job needs from the parts agent, a slot from scheduling, then quote.',
        replies: [
          {
            handoff: 'parts_agent',
            message:
              'Octavia 2022 VIN TMBJG7NX4N1042217 windscreen. What part and what does the job need (sensors, camera etc)?',
          },
          {
            handoff: 'fitter_scheduler',
            message: 'Mobile slot for Octavia screen, postcode LS11 5QN, this week.',
          },
          {
            say: 'Quote Q-77310: OE-equivalent windscreen (acoustic, rain/light sensor, heated) £486 + fitting £95, mobile at LS11 5QN Thu 10:00-12:00. Total £581 inc VAT. Drive-away 1 hour after fit.',
          },
        ],
      },
      {
        name: 'parts_agent',
        description: 'Looks up glass by VIN',
        instructions: 'Find the correct glass and report everything the fit requires.',
        replies: [
          {
            call: 'vin_glass_lookup',
            args: { vin: 'TMBJG7NX4N1042217' },
            result:
              '{"part":"5E3845011BM","desc":"WS acoustic, heated, RLS, camera bracket (Front Assist / Lane Assist)","adas_calibration":"static+dynamic required","calib_time_min":90,"price_gbp":486}',
          },
          { say: 'Part 5E3845011BM — acoustic, heated, rain/light sensor. £486, in stock Leeds DC.' },
        ],
      },
      {
        name: 'fitter_scheduler',
        description: 'Books fitters',
        instructions: 'Book mobile slots.',
        replies: [{ say: 'Thu 10:00-12:00, fitter D. Kowalczyk, van LG-14. Mobile fit ok at LS11 5QN.' }],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'parts_agent', to: 'quote_desk' },
      agent: 'parts_agent',
    },
  }),
];

const lookAlikes = [
  defineScenario({
    id: 'bike-courier-geocode-timeout-retried',
    title: 'The geocoder times out once, the dispatcher retries and assigns the rider on the second answer',
    domain: 'bicycle courier dispatch',
    mast: ['FM-3.2'],
    request:
      'Job #CX-90417: pick up 2 envelopes at 14 Ropemaker St EC2Y, drop at Mishcon, Africa House WC2B. Same-hour.',
    topology: {
      shape: 'supervisor',
      coordinator: 'control',
      workers: ['dispatcher', 'pricing'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'control',
        description: 'Courier control',
        instructions: 'Get a rider assigned and a price, then confirm.',
        replies: [
          {
            handoff: 'dispatcher',
            message: 'CX-90417 same-hour EC2Y 9AH -> WC2B 6AE, 2 env. assign nearest rider',
          },
          { handoff: 'pricing', message: 'price CX-90417 same-hour, 2 env, EC2Y->WC2B' },
          {
            say: 'CX-90417 booked: rider R-218 (Femi), ETA pickup 6 min, drop by 13:52. £18.40 + VAT. Tracking link sent.',
          },
        ],
      },
      {
        name: 'dispatcher',
        description: 'Assigns riders',
        instructions: 'Geocode, find nearest rider, assign.',
        replies: [
          {
            call: 'geocode',
            args: { q: '14 Ropemaker St EC2Y 9AH' },
            result: { error: 'upstream timeout after 3000ms (req 7f3a-22c1)' },
          },
          {
            call: 'geocode',
            args: { q: '14 Ropemaker St EC2Y 9AH' },
            result: '{"lat":51.5205,"lon":-0.0889,"req":"7f3a-22c9"}',
          },
          {
            call: 'nearest_riders',
            args: { lat: 51.5205, lon: -0.0889, n: 3 },
            result:
              '[{"id":"R-218","name":"Femi","eta_min":6},{"id":"R-104","eta_min":9},{"id":"R-331","eta_min":11}]',
          },
          {
            call: 'assign',
            args: { job: 'CX-90417', rider: 'R-218' },
            result: '{"ok":true,"drop_eta":"13:52"}',
          },
          {
            say: 'Assigned R-218 Femi, pickup ETA 6 min, drop ETA 13:52. (geocode needed 2nd try, first timed out)',
          },
        ],
      },
      {
        name: 'pricing',
        description: 'Prices jobs',
        instructions: 'Price jobs from the tariff.',
        replies: [{ say: 'Same-hour zone 1->1, 2 items: £16.00 base + £2.40 2nd item = £18.40 ex VAT.' }],
      },
    ],
    expected: null,
    nearMissOf: 'agent_error: a tool error that the agent retried and reported',
  }),

  defineScenario({
    id: 'hop-kiln-moisture-correction-carried',
    title:
      'The kiln log corrects a moisture reading and the baler uses the corrected figure, in a different unit',
    domain: 'hop farming',
    mast: ['FM-1.4'],
    request: 'Kiln 2 Fuggle batch K2-0917 — ready to bale? Baling target moisture 8-10%.',
    topology: { shape: 'pipeline', order: ['kiln_monitor', 'moisture_analyst', 'baling_foreman'] },
    agents: [
      {
        name: 'kiln_monitor',
        description: 'Logs kiln readings',
        instructions: 'Report the latest kiln readings.',
        replies: [
          {
            say: 'K2-0917 Fuggle, 11h drying @ 62°C. Probe moisture 13.8% at 05:10 — correction 05:40: probe 3 was in the cold corner, re-probed centre bed = 9.1%. Use 9.1.',
          },
        ],
      },
      {
        name: 'moisture_analyst',
        description: 'Interprets moisture',
        instructions: 'Give the usable moisture figure for baling.',
        prompt: 'Kiln log:\n{input}',
        replies: [
          {
            say: 'K2-0917 bed moisture 0.091 kg/kg wet basis (corrected re-probe 05:40, centre bed). Within 0.08-0.10 band.',
          },
        ],
      },
      {
        name: 'baling_foreman',
        description: 'Runs the baler',
        instructions: 'Decide whether to bale.',
        prompt: 'Analyst says:\n{input}\nQuestion: {request}',
        replies: [
          {
            say: 'K2-0917: 9.1% — in band, cool 2h on the floor then bale. Pockets 1-14, ~65kg each, lot tag FUG-26-0917.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'stale_context: a corrected value, reformatted, and used correctly',
  }),

  defineScenario({
    id: 'art-conservation-paraphrased-briefs',
    title: 'The conservation planner rewords each brief; both workers have everything they need',
    domain: 'art conservation',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Loan prep for inv. 1987.44 (oil on canvas, 92x73cm, c.1890) going to Kunsthalle Bremen 2 Mar: condition report and crate spec. Note: lifting paint in lower left, no vibration > 0.5g.',
    topology: {
      shape: 'fanout',
      planner: 'loan_planner',
      workers: ['condition_reporter', 'crate_specifier'],
      aggregator: 'registrar',
    },
    agents: [
      {
        name: 'loan_planner',
        description: 'Plans loan prep',
        instructions: 'Brief each specialist.',
        replies: [
          {
            plan: {
              condition_reporter:
                'Inv 1987.44, oil/canvas c.1890, 92 x 73. Full condition report pre-loan; pay attention to the flaking in the bottom-left quadrant — is it stable enough to travel?',
              crate_specifier:
                'Crate for 1987.44, 92x73 cm plus frame. Fragile paint layer (lifting lower left), so shock/vibration must stay under 0.5 g. Destination Bremen, depart ~26 Feb.',
            },
          },
        ],
      },
      {
        name: 'condition_reporter',
        description: 'Writes condition reports',
        instructions: 'Report condition.',
        replies: [
          {
            say: 'CR-1987.44-2027-01: overall good. Lifting paint LL quadrant ~3 cm², consolidated 12/01 with 5% sturgeon glue, now stable. Craquelure general. OK to travel face-up, horizontal.',
          },
        ],
      },
      {
        name: 'crate_specifier',
        description: 'Specifies crates',
        instructions: 'Spec the crate.',
        replies: [
          {
            say: 'Crate: double-wall, T-frame, 50mm Plastazote PE foam tuned for ≤0.4 g at 30 cm drop, internal 118x99x28 cm, ShockWatch + tilt indicators, climate-buffered (Art-Sorb 1kg).',
          },
        ],
      },
      {
        name: 'registrar',
        description: 'Manages loans',
        instructions: 'Combine into the loan file.',
        replies: [
          {
            say: 'Loan file 1987.44 → Kunsthalle Bremen: CR-1987.44-2027-01 (LL lifting consolidated, stable, travel horizontal). Crate double-wall, ≤0.4 g foam, 118x99x28, indicators fitted. Courier booked 26 Feb.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'lost_message: briefs paraphrased but complete',
  }),

  defineScenario({
    id: 'kayak-rental-handback-with-waiver-result',
    title: 'The front desk hands the waiver check over and the safety desk hands back with the result',
    domain: 'kayak rental',
    mast: ['FM-1.4', 'FM-2.5'],
    request:
      'Group of 4 (2 adults, 2 kids aged 9 & 12) wants double kayaks at 14:00 for 2h on the river, is that ok?',
    topology: { shape: 'swarm', entry: 'front_desk', agents: ['front_desk', 'safety_desk'] },
    agents: [
      {
        name: 'front_desk',
        description: 'Bookings',
        instructions: 'Book rentals; transfer to the safety desk for minors, then finish the booking.',
        replies: [
          { handoff: 'safety_desk', message: 'grp 4 @14:00 2h, 2 doubles, kids 9 & 12 — ok? river level?' },
          {
            call: 'book_rental',
            args: {
              slot: '14:00',
              hours: 2,
              boats: ['DK-03', 'DK-07'],
              pfd: ['M', 'M', 'Youth-S', 'Youth-M'],
            },
            result: '{"ref":"KR-5521","total_eur":96}',
          },
          {
            say: 'Booked KR-5521: 2 doubles (DK-03, DK-07) 14:00-16:00, one adult + one child per boat, youth PFDs S and M. River is at 0.82 m, fine. €96. Waivers signed.',
          },
        ],
      },
      {
        name: 'safety_desk',
        description: 'Safety checks',
        instructions: 'Check river and minors rules, then hand back to the front desk.',
        replies: [
          {
            call: 'river_gauge',
            args: { station: 'Weir-2' },
            result: '{"level_m":0.82,"limit_m":1.2,"trend":"falling"}',
          },
          {
            handoff: 'front_desk',
            message:
              'River 0.82 m (limit 1.2, falling) ok. Under-14s must be paired with an adult in each double, youth PFD S for the 9yo and M for the 12yo. Guardian waivers needed for both.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'lost_message: a hand-back carrying the results',
  }),

  defineScenario({
    id: 'chocolatier-spare-temper-curve-discarded',
    title:
      'An optional second temper curve comes back garbled; the router drops it and the batch uses the main one',
    domain: 'chocolatier production',
    mast: ['FM-2.4'],
    request:
      'Batch CH-0412: 18 kg 70% Ecuador couverture for moulded bars. Give the temper curve and the moulding plan.',
    topology: {
      shape: 'network',
      coordinator: 'kitchen_router',
      workers: ['temper_tech', 'alt_temper_tech', 'moulding_lead'],
    },
    agents: [
      {
        name: 'kitchen_router',
        description: 'Routes kitchen tasks',
        instructions:
          'Get a temper curve (a second opinion is optional), then the moulding plan, then answer.',
        replies: [
          { handoff: 'temper_tech', message: 'CH-0412 temper curve, 18kg 70% Ecuador, tabling or seed?' },
          {
            handoff: 'alt_temper_tech',
            message: 'optional: second opinion on CH-0412 curve if you have time',
          },
          {
            handoff: 'moulding_lead',
            message:
              'Moulding plan CH-0412 using curve: melt 50°C, cool 28°C, work 31.5°C (seed 20% callets).',
          },
          {
            say: 'CH-0412: seed method 20% callets; melt 50°C → 28°C → 31.5°C working. 18 kg → 360 bars of 50 g in polycarbonate 3x5 moulds, 24 moulds per run, 5 runs, cooling tunnel 12°C 20 min. (alt curve not used, unreadable.)',
          },
        ],
      },
      {
        name: 'temper_tech',
        description: 'Temper curves',
        instructions: 'Give the temper curve.',
        replies: [
          {
            say: 'Seed 20% callets. Melt 50°C, cool to 28°C, bring to 31.5°C. Check on foil strip: sets glossy in 5 min at 20°C.',
          },
        ],
      },
      {
        name: 'alt_temper_tech',
        description: 'Second opinion on curves',
        instructions: 'Give an alternate curve.',
        replies: [{ say: 'curve: 45 / 27 / 3 1. 5 ??? tabling 2/3 marble … see sheet', cutOff: true }],
      },
      {
        name: 'moulding_lead',
        description: 'Plans moulding runs',
        instructions: 'Plan moulding.',
        replies: [
          {
            say: '360 x 50 g bars, 24 PC moulds (3x5) per run, 5 runs, tunnel 12°C 20 min, demould, flow-wrap.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'low_quality_output: an optional output that nothing uses',
  }),

  defineScenario({
    id: 'dictionary-entry-revise-converges',
    title: 'The editor sends a dictionary entry back once for a missing sense; the revision is approved',
    domain: 'dictionary lexicography',
    mast: ['FM-1.3', 'FM-1.5'],
    request: 'Draft the entry for "doomscroll" (verb) for the 2027 online update, with a dated citation.',
    topology: {
      shape: 'pipeline',
      order: ['lexicographer', 'senior_editor'],
      loop: { from: 'senior_editor', to: 'lexicographer', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'lexicographer',
        description: 'Drafts entries',
        instructions: 'Draft the entry; when sent back, address every note.',
        replies: [
          {
            say: 'doomscroll, v. /ˈduːmskrəʊl/ intr. To scroll compulsively through bad news on a screen. 2020 Guardian 3 Apr: "I doomscrolled until 2am."',
          },
          {
            say: 'doomscroll, v. /ˈduːmskrəʊl/ 1. intr. To scroll compulsively through bad news on a screen. 2. trans. To scroll (a feed) in this way. Derivs: doomscrolling n., doomscroller n. 2020 Guardian 3 Apr: "I doomscrolled until 2am." 2021 NYT 14 Jan: "doomscrolling Twitter".',
          },
        ],
      },
      {
        name: 'senior_editor',
        description: 'Approves entries',
        instructions: 'Start with REVISE and notes if changes are needed, else APPROVED.',
        replies: [
          { say: 'REVISE — add transitive sense (corpus has "doomscroll Twitter" 41 hits) and derivatives.' },
          { say: 'APPROVED — entry 2027-U3-0412, 2 senses, 2 cites. Ship.' },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'handoff_loop: a revise loop that converges',
  }),
];

/** Blind batch 16: 10 faults and 6 healthy look-alikes in 16 new domains, every topology. */
export const blindBatch16Scenarios = [...faults, ...lookAlikes];
