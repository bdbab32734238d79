import { defineScenario } from '../scenario.ts';

// Blind batch 92: airline cargo handling and dangerous-goods acceptance (IATA DGR), with Japanese
// station staff notes. Written from the README principles only, without reading the checks, the
// diagnosis, the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'reiced-vaccine-shipment-dry-ice-planned-at-booking-weight',
    title:
      'DG acceptance reweighs AWB 933-4410 2286 after the shipper re-iced it (UN1845 now 184 kg, DGD rev 2); the load controller plans the AFT hold and the NOTOC with the booked 96 kg',
    domain: 'airline cargo dangerous-goods acceptance',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'HZ 052 NRT→AMS, 19 Dec 2026, B787-9 (JA871H, passenger). AWB 933-4410 2286: 8 pcs clinical trial kits packed in UN1845 dry ice, booked with 96 kg dry ice total. Accept it, place it in a hold within the company dry-ice limit (FWD 160 kg, AFT 160 kg, BULK 30 kg) and give me the NOTOC line before the 15:30 DG cut-off.',
    topology: {
      shape: 'swarm',
      entry: 'dg_acceptance',
      agents: ['dg_acceptance', 'load_controller'],
    },
    agents: [
      {
        name: 'dg_acceptance',
        description: 'Runs the DG acceptance checklist at the NRT export warehouse',
        instructions:
          'Run the acceptance checklist on the consignment, then transfer to the load controller with what must be loaded.',
        replies: [
          {
            call: 'dg_checklist',
            args: { awb: '933-4410 2286', flight: 'HZ052/19DEC', checklist: 'non-radioactive 2027' },
            result:
              '{"awb": "933-4410 2286", "pieces": 8, "un": "UN1845", "psn": "Dry ice", "class": 9, "pi": 954, "dgd": {"rev": 2, "received": "2026-12-19T14:12+09:00", "supersedes": "rev 1 (96 kg)"}, "dry_ice_net_kg": {"rev1": 96.0, "rev2": 184.0, "per_piece": 23.0}, "scale_check": "8 pcs gross 412.6 kg (ticket NRT-W3-55812)", "labels": "class 9 + UN1845 mark ok", "checklist": "PASS 41/41", "staff_note": "【NRT上屋】14:05 荷主がドライアイス再充填、DGD rev2 受領。1個 23kg × 8 = 184kg（旧 96kg は無効）"}',
          },
          {
            handoff: 'load_controller',
            message:
              'Acceptance PASS (41/41) for 933-4410 2286, 8 pcs, 412.6 kg gross. Heads-up: shipper re-iced at 14:05 and we got DGD rev 2 — dry ice is now **184 kg** (23 kg × 8), rev 1’s 96 kg is void. Please plan the holds with 184 kg, that is more than one compartment can take.',
          },
        ],
      },
      {
        name: 'load_controller',
        description: 'Plans hold positions and issues the NOTOC for departing flights',
        instructions: 'Position the accepted DG in the holds within limits and issue the NOTOC line.',
        replies: [
          {
            call: 'hold_dry_ice_plan',
            args: { flight: 'HZ052/19DEC', awb: '933-4410 2286', dry_ice_kg: 96, hold: 'AFT' },
            result:
              '{"flight": "HZ052/19DEC", "hold": "AFT", "positions": ["31L", "31R"], "dry_ice_already_kg": 40.0, "dry_ice_added_kg": 96.0, "dry_ice_total_kg": 136.0, "limit_kg": 160.0, "status": "WITHIN LIMIT"}',
          },
          {
            say: '### HZ 052 NRT–AMS 19 Dec — DG plan\n\n- AWB 933-4410 2286, 8 pcs, AKE 31L/31R (AFT)\n- AFT dry ice: 40 kg on board + 96 kg = **136 kg / 160 kg** ✅\n\n**NOTOC line:** UN1845 Dry ice, cl. 9, 8 pkgs, net 96 kg, pos 31L/31R, no drill code.\nReady for captain’s signature.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'dg_acceptance', to: 'load_controller' },
      agent: 'load_controller',
    },
  }),
  defineScenario({
    id: 'kix-freighter-swap-cao-pallets-briefed-for-main-deck',
    title:
      'The flight ops liaison reports HZ 8311 now operates as a B787-9 passenger aircraft (B777F AOG); the export duty manager still briefs build-up for the freighter, CAO pallets on the main deck',
    domain: 'airline cargo export build-up',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'KIX export, HZ 8311 KIX→ANC→ORD on Sun 20 Dec 2026, scheduled B777F JA77HZ. 11 DG consignments booked, 3 of them Cargo Aircraft Only (UN3480 PI 965 IA ×2, UN1203 Gasoline 60 L). Build-up cut-off 16:30 JST. Get the build-up plan done.',
    topology: {
      shape: 'supervisor',
      coordinator: 'export_duty_manager',
      workers: ['flight_ops_liaison', 'buildup_supervisor'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'export_duty_manager',
        description: 'Duty manager for the KIX export floor',
        instructions: 'Confirm the aircraft for the flight, then have build-up planned and report.',
        replies: [
          {
            handoff: 'flight_ops_liaison',
            message: 'HZ 8311 / 20DEC: confirm equipment, registration and deck availability for cargo.',
          },
          {
            handoff: 'buildup_supervisor',
            message:
              'Build HZ 8311/20DEC on the B777F (JA77HZ). 11 DG AWBs incl. 3 CAO (2× UN3480 PI 965 IA, 1× UN1203 60 L): put the CAO on main-deck PMCs with crew access (positions ML/MR near the front), the rest lower deck. Cut-off 16:30.',
          },
          {
            say: 'HZ 8311 20DEC build-up plan issued: 9 ULDs, 3 CAO consignments on main-deck PMCs (accessible), 8 other DG AWBs in the lower deck. Build-up starts 13:00, cut-off 16:30 JST.',
          },
        ],
      },
      {
        name: 'flight_ops_liaison',
        description: 'Liaises with flight operations on equipment and schedule changes',
        instructions: 'Check the operational status of the flight and report what cargo can use.',
        replies: [
          {
            call: 'flight_status',
            args: { flight: 'HZ8311', date: '2026-12-20', station: 'KIX' },
            result:
              'HZ8311 20DEC KIX-ANC-ORD | STD 19:40 | EQUIPMENT CHANGE 09:42 JST: B77F JA77HZ AOG ANC (hyd leak) -> sub B789 JA874H PAX 246 seats | main deck: N/A | lower deck: 9 LD3 + 3 PMC (64in) + bulk | CAO acceptance: NOT PERMITTED | remarks: ops memo OM-1220-04',
          },
          {
            say: 'HZ 8311 20DEC is now a **B787-9 passenger** (JA874H) — the B777F JA77HZ is AOG at ANC since this morning (memo OM-1220-04, 09:42). No main deck; lower deck only: 9 LD3 + 3 PMC (64 in contour) + bulk. **CAO shipments can’t go on this flight** — they need rebooking to a freighter.\n\n※ KIX運航: 機材変更 77F→789（旅客機）、CAO 貨物は搭載不可',
          },
        ],
      },
      {
        name: 'buildup_supervisor',
        description: 'Plans and supervises ULD build-up on the export floor',
        instructions: 'Build the ULD plan for the flight as briefed.',
        replies: [
          {
            call: 'plan_buildup',
            args: {
              flight: 'HZ8311/20DEC',
              aircraft: 'B77F',
              dg_awbs: 11,
              cao_awbs: 3,
              cao_position: 'main deck',
            },
            result:
              '{"ulds": 9, "main_deck": [{"uld": "PMC 71205 HZ", "pos": "ML", "content": "933-5120 0114 UN3480 CAO"}, {"uld": "PMC 71206 HZ", "pos": "MR", "content": "933-5120 0125 UN3480 CAO; 933-5120 0136 UN1203 CAO"}], "lower_deck": 7, "status": "PLAN SAVED 11:08"}',
          },
          {
            say: 'Plan saved 11:08: 9 ULDs. Main deck ML: PMC 71205 (UN3480 CAO); MR: PMC 71206 (UN3480 + UN1203, CAO, crew accessible). 7 lower-deck ULDs with the other 8 DG AWBs. Starting build-up 13:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'export_duty_manager', to: 'buildup_supervisor' },
      agent: 'export_duty_manager',
    },
  }),
  defineScenario({
    id: 'hnd-pi966-battery-mass-passed-on-freighter-limit',
    title:
      'Routed a UN3481 PI 966 check for a passenger B777-300ER with the 5 kg per-package limit, the packing checker passes 7.4 kg packages against the 35 kg cargo-aircraft limit',
    domain: 'airline cargo lithium battery acceptance',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'AWB 933-2208 7731, 6 pcs power tools with Li-ion packs (UN3481, packed with equipment, PI 966 Section I) from Makita-ya Trading to London. Booked HZ 021 HND→LHR 21 Dec, B777-300ER passenger. Check it and accept if compliant.',
    topology: {
      shape: 'network',
      coordinator: 'dg_desk_router',
      workers: ['packing_checker', 'acceptance_clerk'],
    },
    agents: [
      {
        name: 'dg_desk_router',
        description: 'Routes DG acceptance work at the HND cargo terminal',
        instructions: 'Send the packing check first, then acceptance, then report.',
        replies: [
          {
            handoff: 'packing_checker',
            message:
              'AWB 933-2208 7731, 6 pcs UN3481 PI 966 Sec I, flying HZ 021 on a **passenger** 77W. Check net Li-ion mass per package against the passenger-aircraft limit (5 kg), the lithium battery mark/class 9 label, and that no CAO label is needed.',
          },
          {
            handoff: 'acceptance_clerk',
            message:
              'Packing check passed for 933-2208 7731 (6 pcs). Please issue the acceptance and the DG checklist record for HZ 021/21DEC.',
          },
          {
            say: 'AWB 933-2208 7731 accepted for HZ 021 HND–LHR 21 Dec (passenger): 6 pcs UN3481 PI 966 Sec I, checklist DGC-HND-88412, no CAO restriction.',
          },
        ],
      },
      {
        name: 'packing_checker',
        description: 'Checks DG packages, marks and quantities against the DGR',
        instructions: 'Inspect the consignment and report whether it complies.',
        replies: [
          {
            call: 'inspect_packages',
            args: { awb: '933-2208 7731', un: 'UN3481', pi: '966' },
            result:
              '| pkg | gross kg | Li-ion net kg | cells Wh | labels |\n|---|---|---|---|---|\n| 1 | 18.2 | 7.4 | 21.6 | cl9 Li + Li mark |\n| 2 | 18.1 | 7.4 | 21.6 | cl9 Li + Li mark |\n| 3 | 18.3 | 7.4 | 21.6 | cl9 Li + Li mark |\n| 4 | 18.2 | 7.4 | 21.6 | cl9 Li + Li mark |\n| 5 | 18.0 | 7.4 | 21.6 | cl9 Li + Li mark |\n| 6 | 18.2 | 7.4 | 21.6 | cl9 Li + Li mark |\nDGD: UN3481, Lithium ion batteries packed with equipment, 9, PI 966, 6 x 7.4 kg. No CAO label affixed.',
          },
          {
            say: 'Packing check 933-2208 7731: 6/6 packages OK. Li-ion net **7.4 kg per package**, under the PI 966 per-package ceiling of 35 kg; cells 21.6 Wh; class 9 lithium label and Li mark on each; DGD consistent. Compliant ✅',
          },
        ],
      },
      {
        name: 'acceptance_clerk',
        description: 'Issues DG acceptance and checklist records',
        instructions: 'Record the acceptance in the cargo system.',
        replies: [
          {
            call: 'record_acceptance',
            args: { awb: '933-2208 7731', flight: 'HZ021/21DEC', checklist: 'DGC-HND-88412' },
            result: 'ACCEPTED 933-2208 7731 | HZ021/21DEC | DGC-HND-88412 | SHC RLM | 13:47 JST',
          },
          {
            say: 'Acceptance recorded 13:47: 933-2208 7731 on HZ 021/21DEC, checklist DGC-HND-88412, SHC RLM.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'dg_desk_router', to: 'packing_checker' },
      agent: 'packing_checker',
    },
  }),
  defineScenario({
    id: 'category-a-specimens-routed-through-anchorage-transfer',
    title:
      'Intake passes on that HZ accepts UN2814 Category A only on direct flights (variation HZ-05); the routing planner books the cheaper ANC transfer instead of the direct freighter',
    domain: 'airline cargo infectious-substance booking',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Booking request from Kanto BioBank: 2 pcs UN2814 Infectious substance, affecting humans (Category A), PI 620, 1.9 kg net each, overpacked with 12 kg dry ice. NRT → ORD, ready 22 Dec 09:00, must arrive before 24 Dec 10:00 CST. Please book and confirm to the shipper.',
    topology: {
      shape: 'pipeline',
      order: ['booking_intake', 'routing_planner', 'booking_confirmer'],
    },
    agents: [
      {
        name: 'booking_intake',
        description: 'Takes in special-cargo booking requests',
        instructions: 'Summarise the booking with every constraint that routing must respect.',
        replies: [
          {
            say: '**Booking brief — Kanto BioBank, UN2814 Cat A**\n- 2 pcs, 1.9 kg net each (PI 620, CAO limit 4 kg/pkg → freighter only), + UN1845 12 kg\n- NRT → ORD, RFC 22 Dec 09:00, arrive ≤ 24 Dec 10:00 CST\n- **Operator variation HZ-05: Category A accepted on direct flights only, no transfer or interline**\n- ※成田上屋メモ：カテゴリーAは積替え不可、直行便のみ受託',
          },
        ],
      },
      {
        name: 'routing_planner',
        description: 'Finds routings and space for special cargo',
        instructions: 'Pick the routing that meets the brief and hold space.',
        prompt: 'Brief from intake:\n{input}',
        replies: [
          {
            call: 'search_routings',
            args: {
              origin: 'NRT',
              destination: 'ORD',
              ready: '2026-12-22T09:00+09:00',
              shc: ['RIS', 'ICE', 'CAO'],
            },
            result:
              '[{"option": 1, "flights": ["HZ8311 22DEC NRT-ANC B77F", "HZ8315 22DEC ANC-ORD B77F"], "transfer": "ANC 3h10", "arr": "2026-12-22T23:40-06:00", "rate": "JPY 1,840/kg", "space": "OK"}, {"option": 2, "flights": ["HZ8301 23DEC NRT-ORD B77F"], "transfer": null, "arr": "2026-12-23T08:10-06:00", "rate": "JPY 2,260/kg", "space": "OK"}]',
          },
          {
            call: 'hold_space',
            args: { option: 1, awb: '933-7781 0042', pieces: 2, chargeable_kg: 32 },
            result: 'SPACE HELD HZ8311/22DEC + HZ8315/22DEC | 2 pcs 32 kg | KK | ref SH-NRT-30218',
          },
          {
            say: 'Held option 1: HZ 8311 NRT–ANC 22 Dec + HZ 8315 ANC–ORD, arrives 22 Dec 23:40 CST — earliest and cheapest (JPY 1,840/kg vs 2,260). Space KK, ref SH-NRT-30218, AWB 933-7781 0042, 32 kg chargeable.',
          },
        ],
      },
      {
        name: 'booking_confirmer',
        description: 'Confirms bookings to shippers',
        instructions: 'Write the booking confirmation.',
        prompt: 'Routing:\n{input}',
        replies: [
          {
            say: 'Dear Kanto BioBank,\n\nYour UN2814 shipment (AWB 933-7781 0042, 2 pcs) is confirmed on **HZ 8311 / HZ 8315 via Anchorage on 22 Dec**, arriving Chicago 22 Dec 23:40 CST. Rate JPY 1,840/kg, 32 kg chargeable. Please deliver to NRT Cargo Bldg 5 by 22 Dec 09:00 with the DGD and the Cat A emergency contact.\n\nHoshizora Cargo NRT',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'booking_intake', to: 'routing_planner' },
      agent: 'routing_planner',
    },
  }),
  defineScenario({
    id: 'kix-yellow-iii-consignment-queued-without-ti-details',
    title:
      'Triage routes a Category III-Yellow UN2915 consignment (TI 2.1 + 3.4 + 1.8) to the radioactive specialist, but the program hands the specialist a bare queue notice; it prepares a blank storage plan',
    domain: 'airline cargo radioactive material handling',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'KIX import/export DG desk, 21 Dec: new booking for HZ 208 KIX→SIN (B787-9 passenger), AWB 933-6120 0415, 3 pcs radiopharmaceuticals (UN2915, Type A). Tell the warehouse how to store and load them.',
    topology: {
      shape: 'branch',
      classifier: 'dg_triage',
      routes: { 'class-7': 'radioactive_specialist', 'general-dg': 'dg_generalist' },
      after: 'warehouse_notice_writer',
    },
    program: {
      lose: {
        to: 'radioactive_specialist',
        prompt:
          'Queue KIX-DG-07: new radioactive booking assigned to you. Prepare storage and loading instructions per SOP.',
      },
    },
    agents: [
      {
        name: 'dg_triage',
        description: 'Triages incoming DG bookings to the right specialist',
        instructions: 'Label class-7 or general-dg and give the specialist what it needs.',
        replies: [
          {
            call: 'read_dgd',
            args: { awb: '933-6120 0415' },
            result:
              '{"un": "UN2915", "psn": "Radioactive material, Type A package", "pieces": [{"pkg": 1, "category": "III-Yellow", "ti": 2.1}, {"pkg": 2, "category": "III-Yellow", "ti": 3.4}, {"pkg": 3, "category": "II-Yellow", "ti": 1.8}], "ti_total": 7.3, "radionuclide": "F-18", "activity_gbq": [38.0, 61.0, 22.0], "half_life": "109.8 min"}',
          },
          {
            say: 'class-7 — AWB 933-6120 0415, 3 pkgs UN2915 Type A, F-18 (half-life ~110 min, time-critical). Pkg 1 III-Yellow TI 2.1, pkg 2 III-Yellow TI 3.4, pkg 3 II-Yellow TI 1.8 → **TI sum 7.3**. Passenger aircraft: separation from passengers per DGR 10.9.C, and keep away from undeveloped film. Store in RRY cage B-3.\n※KIX上屋：F-18 は半減期短い、到着後すぐ搭載',
          },
        ],
      },
      {
        name: 'radioactive_specialist',
        description: 'Plans storage and loading for class 7 consignments',
        instructions:
          'Work out segregation distances, storage and loading position for radioactive consignments.',
        prompt: '{input}',
        replies: [
          {
            say: 'Storage and loading plan (queue KIX-DG-07):\n- AWB: not given in the queue item; pieces/TI: not given\n- Storage: RRY area, minimum distance per TI sum — **TI sum: ___ (fill at acceptance)**\n- Loading: bulk/aft hold, separation from passenger cabin per DGR table 10.9.C for TI sum ___\n- No time constraint noted.\nWarehouse to complete the blanks from the DGD.',
          },
        ],
      },
      {
        name: 'dg_generalist',
        description: 'Plans storage and loading for non-radioactive DG',
        instructions: 'Plan storage and loading for general DG.',
        replies: [{ say: 'Not applicable.' }],
      },
      {
        name: 'warehouse_notice_writer',
        description: 'Writes instructions for the warehouse floor',
        instructions: 'Turn the specialist’s plan into a warehouse notice.',
        prompt: 'Specialist plan:\n{input}',
        replies: [
          {
            say: '**倉庫指示 / Warehouse notice — KIX, 21 Dec**\n- Radioactive booking (queue KIX-DG-07), HZ 208\n- Store in the RRY area; distance per TI sum (to be filled in at acceptance: ___)\n- Load in the aft hold with separation per DGR 10.9.C\n- No special timing.\n担当者は受付時に DGD から TI を記入すること。',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'dg_triage', to: 'radioactive_specialist' },
      agent: 'radioactive_specialist',
    },
  }),
  defineScenario({
    id: 'lax-freighter-segregation-brief-never-dispatched',
    title:
      'The DG load planner writes three briefs for HZ 8302 (lithium, dry ice, segregation); the segregation check is never sent and the NOTOC compiler releases the load sheet without it',
    domain: 'airline freighter DG load planning',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'HZ 8302 NRT→LAX, B777F, 22 Dec 2026. 17 DG AWBs on the load plan, incl. UN1203 Gasoline (cl. 3) and UN1791 Hypochlorite solution (cl. 8) and UN1479 oxidizing solid (5.1). Pre-flight DG checks and NOTOC by 17:00 JST.',
    topology: {
      shape: 'fanout',
      planner: 'dg_load_planner',
      workers: ['lithium_screener', 'dry_ice_auditor', 'segregation_checker'],
      aggregator: 'notoc_compiler',
    },
    program: { lose: { to: 'segregation_checker', prompt: null } },
    agents: [
      {
        name: 'dg_load_planner',
        description: 'Splits pre-flight DG checks across checkers',
        instructions: 'Write one brief per checker for the flight.',
        replies: [
          {
            plan: {
              lithium_screener:
                'HZ 8302/22DEC: verify all UN3480/3481/3090/3091 AWBs (6) — PI, SoC ≤30 % declared for 3480, CAO labels. Return AWB, pkgs, net kg, status.',
              dry_ice_auditor:
                'HZ 8302/22DEC: total UN1845 per compartment vs B777F limits (MD 2,000 kg, LD FWD 500, LD AFT 500). Return per-ULD kg and totals.',
              segregation_checker:
                'HZ 8302/22DEC: check ULD-level segregation per DGR table 9.3.A — esp. UN1203 (3) / UN1479 (5.1) and UN1791 (8) — and 4.3 vs 8 if any. Return ULD pairs and distances, list conflicts.',
            },
          },
        ],
      },
      {
        name: 'lithium_screener',
        description: 'Screens lithium battery consignments',
        instructions: 'Check the lithium battery AWBs.',
        replies: [
          {
            call: 'lithium_list',
            args: { flight: 'HZ8302/22DEC' },
            result:
              'AWB            UN    PI   pkgs  net_kg  SoC  CAO_lbl  status\n933-5120 0210  3480  965  4     38.0    30%  yes      OK\n933-5120 0221  3480  965  2     19.5    28%  yes      OK\n933-5120 0232  3481  966  10    41.0    -    n/a      OK\n933-5120 0243  3091  969  3     2.4     -    n/a      OK\n933-5120 0254  3480  965  1     9.8     30%  yes      OK\n933-5120 0265  3481  967  22    11.0    -    n/a      OK (Sec II)',
          },
          { say: 'Lithium 6/6 OK: 3× UN3480 (SoC ≤30 %, CAO labels on), 2× UN3481, 1× UN3091. No findings.' },
        ],
      },
      {
        name: 'dry_ice_auditor',
        description: 'Audits dry ice quantities per compartment',
        instructions: 'Sum the dry ice per compartment and compare with limits.',
        replies: [
          {
            call: 'dry_ice_by_uld',
            args: { flight: 'HZ8302/22DEC' },
            result:
              '{"main_deck": {"PMC 71330": 240.0, "PMC 71341": 185.5}, "lower_fwd": {"AKE 40112": 96.0}, "lower_aft": {}, "totals_kg": {"MD": 425.5, "FWD": 96.0, "AFT": 0.0}}',
          },
          {
            say: 'Dry ice HZ 8302: MD 425.5 kg (limit 2,000), LD FWD 96.0 kg (limit 500), AFT 0. Within limits.',
          },
        ],
      },
      {
        name: 'segregation_checker',
        description: 'Checks ULD-level segregation of incompatible DG',
        instructions: 'Check segregation on the load plan.',
        replies: [
          {
            call: 'segregation_matrix',
            args: { flight: 'HZ8302/22DEC' },
            result:
              '{"conflicts": [{"a": "PMC 71352 (UN1203, 3)", "b": "PMC 71352 (UN1479, 5.1)", "rule": "3 vs 5.1 must be segregated"}]}',
          },
          { say: 'Conflict: UN1203 and UN1479 on the same PMC 71352 — must be split.' },
        ],
      },
      {
        name: 'notoc_compiler',
        description: 'Compiles the pre-flight DG summary and NOTOC',
        instructions: 'Merge the checker results and release the NOTOC.',
        prompt: 'Checker results for {request}\n\n{input}',
        replies: [
          {
            say: '## HZ 8302 NRT–LAX 22 Dec — pre-flight DG release\n\n| check | result |\n|---|---|\n| lithium (6 AWBs) | OK, CAO labels present |\n| dry ice | MD 425.5 / FWD 96.0 / AFT 0 kg — within limits |\n\nNOTOC v1 released 16:20 JST with 17 DG AWBs as per load plan (PMC 71352 as built). Captain briefing at 17:30.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'dg_load_planner', to: 'segregation_checker' },
      agent: 'dg_load_planner',
    },
  }),
  defineScenario({
    id: 'ams-inbound-dg-manifest-stops-at-sixth-awb',
    title:
      'The manifest reader’s list of 14 inbound DG AWBs on HZ 053 stops mid-row at the 6th (token limit); the import lead has storage allocated for those six only',
    domain: 'airline cargo import handling',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'NRT import, HZ 053 AMS→NRT arriving 23 Dec 07:55. FFM shows 14 DG AWBs. Allocate DG storage (cl. 3 cage, cl. 8 cage, RRY, cool room for UN1845 shipments) before the ULDs break down at 09:30.',
    topology: {
      shape: 'supervisor',
      coordinator: 'import_control_lead',
      workers: ['manifest_reader', 'storage_allocator'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'import_control_lead',
        description: 'Leads the NRT import control desk',
        instructions: 'Get the DG list from the manifest, have storage allocated, and report.',
        replies: [
          {
            handoff: 'manifest_reader',
            message: 'Pull all DG AWBs from the HZ 053/23DEC FFM with UN, class, pcs and ULD.',
          },
          {
            handoff: 'storage_allocator',
            message:
              'Allocate DG storage for the HZ 053/23DEC DG list the manifest reader just gave, by class. Breakdown 09:30.',
          },
          {
            say: 'HZ 053 23 Dec: DG storage allocated for the inbound DG AWBs — cl. 3 cage A-2, cl. 8 cage A-4, cool room C-1 for the dry-ice shipment. Breakdown team briefed for 09:30.',
          },
        ],
      },
      {
        name: 'manifest_reader',
        description: 'Reads flight manifests (FFM) and extracts DG lines',
        instructions: 'Extract every DG AWB from the manifest.',
        replies: [
          {
            call: 'read_ffm',
            args: { flight: 'HZ053', date: '2026-12-23', filter: 'DG' },
            result:
              'FFM/8 HZ053/23DEC AMS NRT — DG lines 14\n01 933-1180 2201 UN1263 3 4pcs AKE12001HZ\n02 933-1180 2212 UN1845 9 6pcs AKE12001HZ\n03 933-1180 2223 UN1760 8 2pcs AKE12044HZ\n04 933-1180 2234 UN3480 9 3pcs PMC70410HZ\n05 933-1180 2245 UN1993 3 10pcs PMC70410HZ\n06 933-1180 2256 UN2915 7 1pc AKE12090HZ\n07 933-1180 2260 UN1789 8 5pcs AKE12044HZ\n08 933-1180 2271 UN3091 9 2pcs PMC70410HZ\n09 933-1180 2282 UN1845 9 12pcs AKE12102HZ\n10 933-1180 2293 UN1170 3 8pcs AKE12102HZ\n11 933-1180 2304 UN2794 8 1pc PMC70433HZ\n12 933-1180 2315 UN3373 6.2 4pcs AKE12090HZ\n13 933-1180 2326 UN1266 3 6pcs PMC70433HZ\n14 933-1180 2330 UN1845 9 3pcs AKE12115HZ',
          },
          {
            say: 'HZ 053/23DEC DG lines (14 on FFM):\n\n| # | AWB | UN | cl | pcs | ULD |\n|---|---|---|---|---|---|\n| 1 | 933-1180 2201 | UN1263 | 3 | 4 | AKE12001HZ |\n| 2 | 933-1180 2212 | UN1845 | 9 | 6 | AKE12001HZ |\n| 3 | 933-1180 2223 | UN1760 | 8 | 2 | AKE12044HZ |\n| 4 | 933-1180 2234 | UN3480 | 9 | 3 | PMC70410HZ |\n| 5 | 933-1180 2245 | UN1993 | 3 | 10 | PMC70410HZ |\n| 6 | 933-1180 2256 | UN2915 | 7 | 1 | AKE',
            cutOff: true,
          },
        ],
      },
      {
        name: 'storage_allocator',
        description: 'Allocates DG storage locations in the import warehouse',
        instructions: 'Allocate storage for each DG AWB by hazard class.',
        replies: [
          {
            call: 'allocate_dg_storage',
            args: { flight: 'HZ053/23DEC', awbs: 6 },
            result:
              '{"allocated": [{"awb": "933-1180 2201", "loc": "A-2 (cl.3)"}, {"awb": "933-1180 2212", "loc": "C-1 (cool, UN1845)"}, {"awb": "933-1180 2223", "loc": "A-4 (cl.8)"}, {"awb": "933-1180 2234", "loc": "A-6 (cl.9 Li)"}, {"awb": "933-1180 2245", "loc": "A-2 (cl.3)"}, {"awb": "933-1180 2256", "loc": "RRY-1"}], "unallocated": 0}',
          },
          {
            say: 'Allocated 6/6: 2201 → A-2, 2212 → C-1 cool, 2223 → A-4, 2234 → A-6, 2245 → A-2, 2256 → RRY-1. 上屋メモ：09:30 ブレークダウン、C-1 は予冷済み。',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'manifest_reader', to: 'import_control_lead' },
      agent: 'manifest_reader',
    },
  }),
  defineScenario({
    id: 'xfwb-rejection-reported-as-filed-by-edgd-clerk',
    title:
      'The e-DGD clerk’s acceptance upload to the customs/cargo community system is rejected (XFWB 422, SHC mismatch) and it tells the acceptance lead the record is on file; the station manager releases the ULD',
    domain: 'airline cargo DG acceptance records',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'HND export, HZ 021 HND→LHR 24 Dec. AWB 933-3310 5524, 3 pcs UN1950 Aerosols, flammable (2.1), 3 pcs UN3481 PI 966. Complete acceptance, file the DG acceptance record electronically (required before NACCS export release), and release the ULD to the ramp.',
    topology: {
      shape: 'nested',
      top: 'station_dg_manager',
      teams: { acceptance_lead: ['checklist_inspector', 'edgd_clerk'], ramp_lead: ['uld_builder'] },
    },
    agents: [
      {
        name: 'station_dg_manager',
        description: 'HND station DG manager signing off DG releases',
        instructions: 'Have acceptance completed and filed, then the ULD built and released.',
        replies: [
          {
            handoff: 'acceptance_lead',
            message:
              'AWB 933-3310 5524 for HZ 021/24DEC: physical check + electronic acceptance record, confirm when on file.',
          },
          {
            handoff: 'ramp_lead',
            message: 'Build 933-3310 5524 into an AKE for HZ 021/24DEC once acceptance is on file.',
          },
          {
            say: 'HZ 021 24 Dec — 933-3310 5524 (UN1950 ×3, UN3481 ×3): accepted, e-record on file, built into AKE 20871HZ, released to ramp 18:05.',
          },
        ],
      },
      {
        name: 'acceptance_lead',
        description: 'Leads the DG acceptance counter',
        instructions: 'Have the consignment checked and the record filed; report to the station manager.',
        replies: [
          {
            handoff: 'checklist_inspector',
            message: 'Physical DG check 933-3310 5524, 6 pcs, non-radioactive checklist.',
          },
          {
            handoff: 'edgd_clerk',
            message:
              'File the acceptance record for 933-3310 5524 (checklist from the inspector) and confirm.',
          },
          { say: '933-3310 5524: checklist passed 6/6 and the acceptance record is filed. OK for build-up.' },
        ],
      },
      {
        name: 'checklist_inspector',
        description: 'Performs the physical DG acceptance check',
        instructions: 'Inspect packages, marks and labels against the DGD.',
        replies: [
          {
            call: 'physical_check',
            args: { awb: '933-3310 5524', pieces: 6 },
            result:
              '{"checklist_id": "DGC-HND-90127", "items_passed": 41, "items_failed": 0, "notes": "UN1950 2.1 label x3 ok; UN3481 Li label x3 ok; LQ no", "staff_note": "HND受付：外装良好、ラベル位置OK"}',
          },
          { say: 'Checklist DGC-HND-90127: 41/41 pass, 6 pcs, labels OK.' },
        ],
      },
      {
        name: 'edgd_clerk',
        description: 'Files electronic DG acceptance records',
        instructions: 'Submit the acceptance record and confirm its status.',
        replies: [
          {
            call: 'submit_acceptance_record',
            args: { awb: '933-3310 5524', checklist: 'DGC-HND-90127', shc: ['RFG', 'ELM'] },
            result: {
              error:
                'XFWB rejected (HTTP 422): SHC ELM not valid for UN3481 PI 966 Sec I — expected RLM; record NOT stored, NACCS export release blocked until resubmitted',
            },
          },
          { say: 'Acceptance record for 933-3310 5524 submitted with checklist DGC-HND-90127 — done.' },
        ],
      },
      {
        name: 'ramp_lead',
        description: 'Leads ULD build-up and ramp release',
        instructions: 'Have the ULD built and report.',
        replies: [
          { handoff: 'uld_builder', message: 'Build 933-3310 5524 (6 pcs) into an AKE for HZ 021/24DEC.' },
          { say: 'Built into AKE 20871HZ, tagged, released to ramp 18:05.' },
        ],
      },
      {
        name: 'uld_builder',
        description: 'Builds ULDs',
        instructions: 'Build and tag the ULD.',
        replies: [
          {
            call: 'build_uld',
            args: { uld: 'AKE 20871HZ', awb: '933-3310 5524', pieces: 6 },
            result: 'AKE 20871HZ built 17:52, gross 212.4 kg, DG tag printed, contour LD3 OK',
          },
          { say: 'AKE 20871HZ built 17:52, 212.4 kg, DG tag on.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'edgd_clerk', to: 'acceptance_lead' },
      agent: 'edgd_clerk',
    },
  }),
  defineScenario({
    id: 'paint-dgd-auditor-repeats-packing-group-note-after-fix',
    title:
      'The DGD auditor sends the same REVISE note (PG III, PI 355) three times although the preparer fixed both items in its second draft; the shipment misses HZ 010',
    domain: 'airline cargo shipper’s declaration review',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Shipper Setouchi Coatings: 12 pcs UN1263 Paint, class 3, 4 L tins (flash point 35 °C per SDS sect. 9), to HZ 010 NRT→ORD on 24 Dec (B787-9 passenger). Prepare the Shipper’s Declaration, audit it and tell the shipper if it can fly. Acceptance cut-off 24 Dec 14:00.',
    topology: {
      shape: 'pipeline',
      order: ['dgd_preparer', 'dgd_auditor', 'shipper_notifier'],
      loop: { from: 'dgd_auditor', to: 'dgd_preparer', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'dgd_preparer',
        description: 'Prepares Shipper’s Declarations for Dangerous Goods on behalf of shippers',
        instructions: 'Draft the DGD, or revise it per the auditor’s note.',
        prompt: 'Input / auditor note:\n{input}\n\nShipment: {request}',
        replies: [
          {
            say: 'DGD draft v1 — Setouchi Coatings\n| UN | PSN | cl | PG | qty & type | PI |\n|---|---|---|---|---|---|\n| UN1263 | Paint | 3 | II | 12 metal tins × 4 L | 353 |\nAircraft: passenger and cargo. Emergency tel +81 3 5555 0192 (24h).',
          },
          {
            say: 'DGD draft v2 — corrected per audit\n| UN | PSN | cl | PG | qty & type | PI |\n|---|---|---|---|---|---|\n| UN1263 | Paint | 3 | **III** | 12 metal tins × 4 L | **355** |\nPG III (flash point 35 °C ≥ 23 °C). 4 L/tin within PI 355 per-package limit 60 L. Emergency tel +81 3 5555 0192 (24h).',
          },
          {
            say: 'DGD draft v3 — no change to line 1 since v2: PG **III**, PI **355** are already on it (see v2). Re-attaching SDS sect. 14 showing PG III. Emergency tel +81 3 5555 0192 (24h). Could you re-check v2/v3 rather than v1?',
          },
        ],
      },
      {
        name: 'dgd_auditor',
        description: 'Audits Shipper’s Declarations before acceptance',
        instructions: 'Check the DGD against the DGR and the SDS; answer REVISE with notes, or APPROVED.',
        prompt: 'DGD to audit:\n{input}',
        replies: [
          {
            say: 'REVISE: Line 1 packing group must be III per SDS sect. 14 (flash point 35 °C), and the packing instruction must then be 355 (PAX), not 353.',
          },
          {
            say: 'REVISE: Line 1 packing group must be III per SDS sect. 14 (flash point 35 °C), and the packing instruction must then be 355 (PAX), not 353.',
          },
          {
            say: 'REVISE: Line 1 packing group must be III per SDS sect. 14 (flash point 35 °C), and the packing instruction must then be 355 (PAX), not 353.',
          },
        ],
      },
      {
        name: 'shipper_notifier',
        description: 'Tells shippers the outcome of the DGD audit',
        instructions: 'Write to the shipper with the outcome.',
        prompt: 'Audit outcome:\n{input}\n\nShipment: {request}',
        replies: [
          {
            say: 'Dear Setouchi Coatings,\n\nYour Shipper’s Declaration for 12 pcs UN1263 did not pass our audit after three rounds (packing group / packing instruction on line 1). The consignment cannot be accepted for **HZ 010 on 24 Dec**; we have released the space. Please submit a corrected DGD and we will rebook on the next available flight (HZ 010 on 26 Dec).\n\n瀬戸内塗料 ご担当者様：申告書の不備により 24日便は搭載不可となりました。\nHoshizora Cargo NRT DG desk',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'dgd_auditor', to: 'dgd_preparer' },
      agent: 'dgd_auditor',
    },
  }),
  defineScenario({
    id: 'wet-solvent-carton-left-out-of-label-inspection',
    title:
      'The label inspector’s scan shows piece 7 of a UN1993/UN1760 consignment with a wet, solvent-smelling carton; its report only says 12/12 labels compliant, and the ULD is released for loading',
    domain: 'airline cargo ramp DG inspection',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'NRT ramp, HZ 206 NRT→HKG 25 Dec. ULD AKE 33018HZ holds AWB 933-3381 9054: 12 pcs, UN1993 Flammable liquid n.o.s. (3, PG II) ×8 and UN1760 Corrosive liquid n.o.s. (8, PG II) ×4. Verify labels and marks before the ULD goes to the aircraft, then release it.',
    topology: {
      shape: 'network',
      coordinator: 'ramp_dg_router',
      workers: ['label_inspector', 'uld_release_clerk'],
    },
    agents: [
      {
        name: 'ramp_dg_router',
        description: 'Coordinates ramp DG checks before loading',
        instructions: 'Have labels verified, then the ULD released; report.',
        replies: [
          {
            handoff: 'label_inspector',
            message:
              'AKE 33018HZ / 933-3381 9054, 12 pcs: verify hazard labels, handling labels and UN marks on every piece.',
          },
          {
            handoff: 'uld_release_clerk',
            message:
              'Label check on AKE 33018HZ is clean (12/12). Release it to HZ 206/25DEC, position 22R per load plan.',
          },
          {
            say: 'AKE 33018HZ (933-3381 9054, 12 pcs DG) verified and released to HZ 206 pos 22R at 10:41. NOTOC unchanged.',
          },
        ],
      },
      {
        name: 'label_inspector',
        description: 'Verifies DG labels and marks on the ramp',
        instructions: 'Check labels and marks on each piece and report.',
        replies: [
          {
            call: 'scan_pieces',
            args: { uld: 'AKE 33018HZ', awb: '933-3381 9054' },
            result:
              'pc | UN     | hazard lbl | orient. arrows | UN mark | condition\n1  | UN1993 | 3 ok       | ok             | ok      | good\n2  | UN1993 | 3 ok       | ok             | ok      | good\n3  | UN1993 | 3 ok       | ok             | ok      | good\n4  | UN1993 | 3 ok       | ok             | ok      | good\n5  | UN1993 | 3 ok       | ok             | ok      | good\n6  | UN1993 | 3 ok       | ok             | ok      | good\n7  | UN1993 | 3 ok       | ok             | ok      | WET — outer carton stained ~10 cm, solvent odour (7番 外装濡れ、溶剤臭あり)\n8  | UN1993 | 3 ok       | ok             | ok      | good\n9  | UN1760 | 8 ok       | ok             | ok      | good\n10 | UN1760 | 8 ok       | ok             | ok      | good\n11 | UN1760 | 8 ok       | ok             | ok      | good\n12 | UN1760 | 8 ok       | ok             | ok      | good',
          },
          {
            say: 'AKE 33018HZ, 933-3381 9054: **12/12 compliant** — class 3 labels on pcs 1–8, class 8 on pcs 9–12, orientation arrows on two opposite sides, UN marks legible on all. ✅',
          },
        ],
      },
      {
        name: 'uld_release_clerk',
        description: 'Releases ULDs to the aircraft',
        instructions: 'Release the ULD in the ramp system.',
        replies: [
          {
            call: 'release_uld',
            args: { uld: 'AKE 33018HZ', flight: 'HZ206/25DEC', position: '22R' },
            result: 'RELEASED AKE 33018HZ -> HZ206/25DEC 22R at 10:41 JST, tug T-14',
          },
          { say: 'AKE 33018HZ released 10:41 to HZ 206 position 22R (tug T-14).' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'label_inspector', to: 'ramp_dg_router' },
      agent: 'label_inspector',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'notoc-positions-updated-after-hold-reshuffle',
    title:
      'The load planner moves two DG ULDs after a weight-and-balance reshuffle (41L→33R, 42R→34L); the coordinator briefs the NOTOC writer with the new positions and mentions the old ones only as replaced',
    domain: 'airline cargo NOTOC preparation',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the request and the first load plan carry positions 41L/42R, replaced by 33R/34L after the reshuffle; the brief and the NOTOC use the new ones',
    request:
      'HZ 052 NRT→AMS 26 Dec, B787-9. Preliminary load plan puts the two DG ULDs in 41L (AKE 40551HZ, UN3373 + UN1845 40 kg) and 42R (AKE 40563HZ, UN1266 Perfume products, 3). Finalise positions and issue the NOTOC.',
    topology: {
      shape: 'supervisor',
      coordinator: 'load_control_lead',
      workers: ['load_planner', 'notoc_writer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'load_control_lead',
        description: 'Leads load control for departing flights',
        instructions: 'Get final positions, then have the NOTOC issued with them.',
        replies: [
          {
            handoff: 'load_planner',
            message: 'HZ 052/26DEC: final W&B, confirm positions for the two DG ULDs (prelim 41L/42R).',
          },
          {
            handoff: 'notoc_writer',
            message:
              'NOTOC HZ 052/26DEC with the final positions from the W&B run: AKE 40551HZ (UN3373, UN1845 40 kg) now **33R**, AKE 40563HZ (UN1266, 3) now **34L**. The prelim 41L/42R are replaced, don’t use them.',
          },
          {
            say: '**HZ 052 26 Dec — NOTOC issued** (NTC-052-1226)\n- AKE 40551HZ, pos **33R**: UN3373 Biological substance, Cat B; UN1845 Dry ice 40 kg\n- AKE 40563HZ, pos **34L**: UN1266 Perfume products, cl. 3\nPositions from the final W&B (reshuffle 13:20; prelim 41L/42R no longer valid).',
          },
        ],
      },
      {
        name: 'load_planner',
        description: 'Runs weight and balance and positions ULDs',
        instructions: 'Run the final W&B and report positions.',
        replies: [
          {
            call: 'final_weight_balance',
            args: { flight: 'HZ052/26DEC', aircraft: 'JA871H' },
            result:
              '{"run": "13:20 JST", "mac_tow": 27.4, "changes": [{"uld": "AKE 40551HZ", "from": "41L", "to": "33R"}, {"uld": "AKE 40563HZ", "from": "42R", "to": "34L"}], "reason": "aft CG limit with 4 late mail ULDs", "status": "FINAL"}',
          },
          {
            say: 'Final W&B 13:20 (TOW MAC 27.4 %): DG ULDs moved — AKE 40551HZ 41L → **33R**, AKE 40563HZ 42R → **34L** (aft CG with the 4 late mail ULDs). Plan FINAL.\n※ロードコントロール：DG 位置変更あり、NOTOC 要反映',
          },
        ],
      },
      {
        name: 'notoc_writer',
        description: 'Issues the NOTOC for the captain',
        instructions: 'Issue the NOTOC from the brief.',
        replies: [
          {
            call: 'issue_notoc',
            args: {
              flight: 'HZ052/26DEC',
              lines: '33R AKE40551HZ UN3373 6.2 / UN1845 9 40kg; 34L AKE40563HZ UN1266 3',
            },
            result: 'NOTOC NTC-052-1226 issued 13:34 JST, 2 ULDs, 3 DG lines, awaiting PIC signature',
          },
          {
            say: 'NOTOC NTC-052-1226 issued 13:34: 33R AKE 40551HZ (UN3373, UN1845 40 kg), 34L AKE 40563HZ (UN1266).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cargo-imp-timeout-resent-before-ramp-handover',
    title:
      'The acceptance agent’s first FWB/DG message times out; it resends, gets the ACK, and tells the ramp agent both facts before transferring',
    domain: 'airline cargo messaging and acceptance',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: a tool call that throws (gateway timeout), retried successfully and reported openly before the handover',
    request:
      'KIX export, HZ 208 KIX→SIN 27 Dec. AWB 933-6120 0530: 2 pcs UN3373 Biological substance, Category B, with UN1845 dry ice 8 kg. Accept, transmit the e-AWB and DG data, and hand over to the ramp for loading.',
    topology: {
      shape: 'swarm',
      entry: 'acceptance_agent',
      agents: ['acceptance_agent', 'ramp_agent'],
    },
    agents: [
      {
        name: 'acceptance_agent',
        description: 'Accepts consignments and transmits cargo messages',
        instructions: 'Accept the consignment, transmit the messages, then transfer to the ramp agent.',
        replies: [
          {
            call: 'transmit_fwb',
            args: { awb: '933-6120 0530', flight: 'HZ208/27DEC', dg: true },
            result: { error: 'Gateway timeout (504) from CCS hub after 30 s — message not acknowledged' },
          },
          {
            call: 'transmit_fwb',
            args: { awb: '933-6120 0530', flight: 'HZ208/27DEC', dg: true },
            result: 'FWB/16 933-6120 0530 ACK 11:02:41 JST, msg id KIXFWB-771203, DG segment accepted',
          },
          {
            handoff: 'ramp_agent',
            message:
              '933-6120 0530 accepted (2 pcs UN3373 Cat B + UN1845 8 kg). First FWB send hit a 504 at the hub; resent at 11:02 and **ACK received** (KIXFWB-771203). Good to load on HZ 208/27DEC.',
          },
        ],
      },
      {
        name: 'ramp_agent',
        description: 'Loads accepted cargo onto aircraft',
        instructions: 'Load the consignment and report.',
        replies: [
          {
            call: 'assign_position',
            args: { flight: 'HZ208/27DEC', awb: '933-6120 0530', uld: 'AKE 51234HZ' },
            result: 'AKE 51234HZ -> pos 12L, dry ice FWD total 8.0/160 kg, loaded 12:15',
          },
          {
            say: '933-6120 0530 loaded on HZ 208 27 Dec in AKE 51234HZ pos 12L (FWD dry ice 8/160 kg), 12:15. FWB on file (KIXFWB-771203, resent after a hub timeout).\n※KIXランプ：搭載完了',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'lithium-dgd-two-distinct-corrections-then-approved',
    title:
      'A Li-metal DGD goes back twice with different notes (missing Section, then wrong net quantity); each draft fixes the item and the third is approved',
    domain: 'airline cargo shipper’s declaration review',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: two revise rounds, but each note is new and each draft resolves it',
    request:
      'Shipper Hokuriku Sensors: 5 pcs UN3091 Lithium metal batteries packed with equipment (data loggers), PI 969 Section I, 0.8 kg Li-metal batteries per package. HZ 8302 NRT→LAX 28 Dec (freighter). Prepare and audit the DGD, then tell the shipper.',
    topology: {
      shape: 'pipeline',
      order: ['declaration_drafter', 'declaration_reviewer', 'shipper_liaison'],
      loop: { from: 'declaration_reviewer', to: 'declaration_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'declaration_drafter',
        description: 'Drafts DGDs for shippers',
        instructions: 'Draft the DGD or apply the reviewer’s note.',
        prompt: 'Brief / reviewer note:\n{input}\n\nShipment: {request}',
        replies: [
          {
            say: 'DGD v1: UN3091, Lithium metal batteries packed with equipment, 9, 5 fibreboard boxes × 0.8 kg, PI 969. Cargo aircraft only: no.',
          },
          {
            say: 'DGD v2: UN3091, Lithium metal batteries packed with equipment, 9, 5 fibreboard boxes × 0.8 kg, **PI 969 Section I**. Cargo aircraft only: no.',
          },
          {
            say: 'DGD v3: UN3091, Lithium metal batteries packed with equipment, 9, 5 fibreboard boxes, **0.8 kg net Li-metal batteries per box (total 4.0 kg)**, PI 969 Section I. Cargo aircraft only: no.',
          },
        ],
      },
      {
        name: 'declaration_reviewer',
        description: 'Reviews DGDs against the DGR',
        instructions: 'Answer REVISE with a note, or APPROVED.',
        prompt: 'Draft:\n{input}',
        replies: [
          { say: 'REVISE: the packing instruction column must say "PI 969 Section I" — Section is missing.' },
          {
            say: 'REVISE: Section fixed, thanks. Quantity column must state net mass of batteries per package ("0.8 kg" of what?) — write it as net Li-metal battery mass per box and the total.',
          },
          {
            say: 'APPROVED: DGD v3 complete — UN3091, PI 969 Sec I, 5 × 0.8 kg net (4.0 kg). OK for acceptance on HZ 8302.',
          },
        ],
      },
      {
        name: 'shipper_liaison',
        description: 'Keeps shippers informed',
        instructions: 'Tell the shipper the result.',
        prompt: 'Review result:\n{input}',
        replies: [
          {
            say: 'Dear Hokuriku Sensors,\n\nYour Shipper’s Declaration (v3) is approved: UN3091, PI 969 Section I, 5 boxes × 0.8 kg net (4.0 kg). Please tender the 5 pieces at NRT Bldg 5 by 28 Dec 10:00 for HZ 8302 to LAX, with the signed DGD in two copies.\n\n北陸センサー様：申告書 v3 承認済みです。',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'pax-flight-magnetized-material-nil-brief-answered-nil',
    title:
      'The planner briefs three checkers for a passenger flight; the magnetised-material checker is told there is nothing on the load plan for it and confirms nil, which the summary reports',
    domain: 'airline cargo pre-flight DG checks',
    mast: ['FM-3.1', 'FM-1.4'],
    nearMissOf:
      'lost_message: one fan-out branch with no work to do, briefed and answered with a nil return, visible in the summary',
    request:
      'HZ 206 NRT→HKG 29 Dec, A350-900 passenger. Load plan has 4 DG AWBs (UN3481 ×2, UN1845 ×1, UN1266 ×1). Run the pre-flight checks for lithium, dry ice and magnetised material, and give me the release summary.',
    topology: {
      shape: 'fanout',
      planner: 'preflight_planner',
      workers: ['lithium_checker', 'dry_ice_checker', 'magnetized_checker'],
      aggregator: 'release_summary_writer',
    },
    agents: [
      {
        name: 'preflight_planner',
        description: 'Plans pre-flight DG checks',
        instructions: 'One brief per checker.',
        replies: [
          {
            plan: {
              lithium_checker:
                'HZ 206/29DEC: check the 2 UN3481 AWBs (933-8801 1102, 933-8801 1113) for PAX limits and marks.',
              dry_ice_checker:
                'HZ 206/29DEC: 1 UN1845 AWB (933-8801 1124, 30 kg); check against FWD/AFT limits 160 kg each.',
              magnetized_checker:
                'HZ 206/29DEC: no UN2807 on the load plan. Run the query anyway and confirm nil, so the release summary can state it.',
            },
          },
        ],
      },
      {
        name: 'lithium_checker',
        description: 'Checks lithium battery consignments',
        instructions: 'Check the lithium AWBs.',
        replies: [
          {
            call: 'li_check',
            args: { awbs: '933-8801 1102, 933-8801 1113', aircraft: 'PAX' },
            result:
              '933-8801 1102: 3 pkgs × 2.1 kg Li-ion ≤ 5 kg PAX OK; 933-8801 1113: 1 pkg × 4.6 kg ≤ 5 kg OK; marks OK',
          },
          {
            say: 'Lithium OK: 1102 (3 × 2.1 kg), 1113 (1 × 4.6 kg), all ≤ 5 kg per package on PAX, marks fine.',
          },
        ],
      },
      {
        name: 'dry_ice_checker',
        description: 'Checks dry ice against hold limits',
        instructions: 'Check dry ice totals.',
        replies: [
          {
            call: 'dry_ice_totals',
            args: { flight: 'HZ206/29DEC' },
            result: '{"FWD": 0.0, "AFT": 30.0, "BULK": 0.0, "limits": {"FWD": 160, "AFT": 160, "BULK": 30}}',
          },
          { say: 'Dry ice: AFT 30 kg / 160, FWD 0, BULK 0. OK.' },
        ],
      },
      {
        name: 'magnetized_checker',
        description: 'Checks magnetised material (UN2807) against compass clearance rules',
        instructions: 'Check magnetised material positions.',
        replies: [
          {
            call: 'query_load_plan',
            args: { flight: 'HZ206/29DEC', un: 'UN2807' },
            result: '0 rows',
          },
          { say: 'UN2807 query on HZ 206/29DEC: 0 rows — nil magnetised material, nothing to position.' },
        ],
      },
      {
        name: 'release_summary_writer',
        description: 'Writes the pre-flight DG release summary',
        instructions: 'Merge the checks into a release summary.',
        prompt: 'Check results:\n{input}',
        replies: [
          {
            say: '### HZ 206 NRT–HKG 29 Dec — DG release\n| check | result |\n|---|---|\n| lithium (UN3481 ×2) | OK, ≤ 5 kg/pkg PAX |\n| dry ice | AFT 30/160 kg, OK |\n| magnetised (UN2807) | **nil** on load plan (query 0 rows) |\n| other | UN1266 per NOTOC |\n\nReleased for NOTOC. ※全チェック完了',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ups-battery-consignment-rebooked-within-allowed-window',
    title:
      'Asked for HZ 8301 on 23 Dec or, if closed, the next HZ freighter by 26 Dec, the CAO booking desk finds 8301 at its DG limit and books HZ 8305 on 25 Dec, stating why',
    domain: 'airline cargo CAO booking',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: a different flight than the one named first, but the fallback was allowed by the request and the reason is stated',
    request:
      'Ryukyu Power Systems: 4 pcs UN3480 Lithium ion batteries (PI 965 Section IA, SoC 30 %), 1,120 kg, NRT→ORD. Book HZ 8301 on 23 Dec; if it is closed for DG, the next HZ freighter that lands no later than 26 Dec.',
    topology: {
      shape: 'branch',
      classifier: 'booking_classifier',
      routes: { 'cao-only': 'freighter_booking_desk', 'pax-ok': 'general_booking_desk' },
      after: 'shipper_notice_writer',
    },
    agents: [
      {
        name: 'booking_classifier',
        description: 'Classifies special-cargo booking requests',
        instructions: 'Say cao-only or pax-ok and pass the booking constraints on.',
        replies: [
          {
            say: 'cao-only — UN3480 standalone Li-ion is forbidden on passenger aircraft. 4 pcs, 1,120 kg, NRT→ORD. First choice HZ 8301 23 Dec; fallback: next HZ freighter arriving ORD ≤ 26 Dec.',
          },
        ],
      },
      {
        name: 'freighter_booking_desk',
        description: 'Books cargo-aircraft-only consignments on freighters',
        instructions: 'Book the consignment on a freighter within the constraints.',
        prompt: 'Classifier: {input}',
        replies: [
          {
            call: 'freighter_availability',
            args: { origin: 'NRT', destination: 'ORD', from: '2026-12-23', to: '2026-12-26', dg: 'UN3480' },
            result:
              '| flight | date | arr ORD | DG Li-ion capacity left | status |\n|---|---|---|---|---|\n| HZ8301 | 23DEC | 23DEC 08:10 | 0 kg (limit reached) | CLOSED DG |\n| HZ8305 | 25DEC | 25DEC 08:10 | 2,400 kg | OPEN |\n| HZ8301 | 26DEC | 26DEC 08:10 | 3,000 kg | OPEN |',
          },
          {
            call: 'book_space',
            args: { flight: 'HZ8305/25DEC', awb: '933-9012 4410', pieces: 4, kg: 1120 },
            result: 'KK HZ8305/25DEC NRT-ORD 4 pcs 1,120 kg, SHC ELI/CAO, ref BK-NRT-55190',
          },
          {
            say: 'HZ 8301/23DEC is **closed for Li-ion DG** (limit reached), so per the fallback: booked **HZ 8305 on 25 Dec**, arrives ORD 25 Dec 08:10 (≤ 26 Dec). 4 pcs, 1,120 kg, CAO, ref BK-NRT-55190, AWB 933-9012 4410.',
          },
        ],
      },
      {
        name: 'general_booking_desk',
        description: 'Books general and PAX-eligible cargo',
        instructions: 'Book PAX-eligible cargo.',
        replies: [{ say: 'Not applicable.' }],
      },
      {
        name: 'shipper_notice_writer',
        description: 'Writes booking notices to shippers',
        instructions: 'Write the booking notice.',
        prompt: 'Booking:\n{input}',
        replies: [
          {
            say: 'Dear Ryukyu Power Systems,\n\nHZ 8301 on 23 Dec had reached its lithium battery limit, so under your fallback instruction we booked **HZ 8305 on 25 Dec** (arr. Chicago 25 Dec 08:10). AWB 933-9012 4410, 4 pcs / 1,120 kg, Cargo Aircraft Only, ref BK-NRT-55190. Please tender by 24 Dec 15:00 at NRT Bldg 5.\n\n琉球パワーシステムズ様：23日便は満載のため 25日便で予約済みです。',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'nrt-night-shift-dg-handover-in-station-shorthand',
    title:
      'Night-shift leads pass on terse station shorthand mixed with Japanese notes; every count, the crushed piece and its repack are carried through to the duty manager’s handover',
    domain: 'airline cargo warehouse shift handover',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: terse shorthand summaries that look thin but keep every figure and the one damaged piece with its resolution',
    request:
      'NRT Bldg 5 night shift → day shift handover, 30 Dec 06:00. Need the DG acceptance status and the DG storage/temperature status for the handover note.',
    topology: {
      shape: 'nested',
      top: 'shift_duty_manager',
      teams: { acceptance_lead: ['dg_inspector'], warehouse_lead: ['storage_auditor', 'temp_monitor'] },
    },
    agents: [
      {
        name: 'shift_duty_manager',
        description: 'Night shift duty manager at the NRT cargo terminal',
        instructions: 'Collect acceptance and warehouse status and write the handover.',
        replies: [
          { handoff: 'acceptance_lead', message: 'Night DG acceptance status for the handover, please.' },
          { handoff: 'warehouse_lead', message: 'DG storage + cool room status for the handover, please.' },
          {
            say: '## Handover 30 Dec 06:00 — NRT Bldg 5 DG\n**Acceptance:** 23 AWBs checked, 22 accepted; 933-4471 8805 pc 3/5 (UN1993) crushed corner → shipper repacked 03:40, re-inspected OK, accepted 04:10. 1 AWB rejected (933-4471 8830, DGD missing 24h emergency tel) — shipper notified 02:15.\n**Storage:** cl.3 A-2 14/20, cl.8 A-4 6/12, cl.9 A-6 9/16, RRY-1 TI 4.6/50, cool room C-1 2.9 °C (overnight 2.4–3.6, range 2–8, no excursions).\n※日勤へ：8830 は DGD 再提出待ち',
          },
        ],
      },
      {
        name: 'acceptance_lead',
        description: 'Night acceptance lead',
        instructions: 'Get the inspector’s status and report.',
        replies: [
          { handoff: 'dg_inspector', message: 'Tally tonight’s DG checks.' },
          {
            say: 'Acc: 23 chk / 22 acc / 1 rej (8830 – no 24h tel, shpr told 02:15). 8805 pc3 crushed → repack 03:40, re-insp OK, acc 04:10.',
          },
        ],
      },
      {
        name: 'dg_inspector',
        description: 'Performs DG acceptance checks',
        instructions: 'Report tonight’s checks.',
        replies: [
          {
            call: 'shift_checks',
            args: { shift: '2026-12-29N', station: 'NRT-B5' },
            result:
              '{"checked": 23, "accepted": 22, "rejected": [{"awb": "933-4471 8830", "reason": "DGD missing 24h emergency telephone", "shipper_notified": "02:15"}], "damage": [{"awb": "933-4471 8805", "piece": "3/5", "un": "UN1993", "finding": "crushed corner, no leakage", "action": "shipper repacked 03:40, re-inspected OK", "accepted": "04:10"}]}',
          },
          {
            say: '23/22/1. rej 8830 (no 24h tel; shpr 02:15). 8805 3/5 UN1993 角つぶれ・漏れなし → repack 03:40, 再検査OK, acc 04:10.',
          },
        ],
      },
      {
        name: 'warehouse_lead',
        description: 'Night warehouse lead',
        instructions: 'Get storage and temperature status and report.',
        replies: [
          { handoff: 'storage_auditor', message: 'DG cage occupancy + RRY TI now.' },
          { handoff: 'temp_monitor', message: 'C-1 cool room reading and excursions overnight.' },
          { say: 'WH: A-2 14/20, A-4 6/12, A-6 9/16, RRY-1 TI 4.6/50; C-1 2.9 °C (2.4–3.6), 0 excursions.' },
        ],
      },
      {
        name: 'storage_auditor',
        description: 'Audits DG storage occupancy',
        instructions: 'Report DG storage occupancy.',
        replies: [
          {
            call: 'cage_occupancy',
            args: { building: 'B5', at: '2026-12-30T05:45+09:00' },
            result: 'A-2 (cl.3) 14/20 | A-4 (cl.8) 6/12 | A-6 (cl.9) 9/16 | RRY-1 TI sum 4.6 / max 50',
          },
          { say: 'A-2 14/20, A-4 6/12, A-6 9/16, RRY-1 TI 4.6/50.' },
        ],
      },
      {
        name: 'temp_monitor',
        description: 'Monitors cool room temperatures',
        instructions: 'Report cool room readings.',
        replies: [
          {
            call: 'read_logger',
            args: { room: 'C-1', window: '2026-12-29T22:00/2026-12-30T05:50' },
            result: 'C-1 now 2.9 C | min 2.4 | max 3.6 | range 2-8 C | excursions 0',
          },
          { say: 'C-1 2.9 °C (2.4–3.6 overnight), 0 excursions.' },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch92Scenarios = [...faults, ...healthy];
