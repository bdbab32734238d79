import { defineScenario } from '../scenario.ts';

// Blind batch 29: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'flour-mill-grist-planned-on-pre-retest-silo-protein',
    title:
      'The intake lab’s silo table shows the S4 wheat retested at 12.0 % protein (COA said 13.1 %); the grist planner blends on its cached 13.1 % and the bread flour goes out under spec',
    domain: 'flour milling',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Order SO-4471 from Brockhurst Bakeries (plant 2, Wigan): 24 t strong white bread flour, protein ≥12.5 % (14 % mb), falling number ≥250 s, ash ≤0.55 %. Collection Tue 8 Dec 06:00, bulk tanker, 2 drops. Please plan grist from what is in the silos and schedule B-mill.',
    topology: { shape: 'pipeline', order: ['intake_lab', 'grist_planner', 'mill_scheduler'] },
    agents: [
      {
        name: 'intake_lab',
        description: 'Wheat intake and quality laboratory at the mill',
        instructions:
          'Report current quality of the wheat in the silos (protein, falling number, moisture, specific weight) for grist planning. Flag any figure that differs from the supplier certificate.',
        replies: [
          {
            call: 'silo_quality',
            args: { silos: ['S2', 'S4', 'S6'], include: ['coa', 'nir_retest', 'hagberg', 'moisture', 'spw'] },
            result:
              '{"asof":"2026-12-05T05:40Z","silos":[{"silo":"S2","variety":"Skyfall","tonnes":182,"coa_protein":11.4,"nir_protein":11.3,"fn_s":310,"mc":14.1,"spw":77.2},{"silo":"S4","variety":"KWS Extase","tonnes":236,"coa_protein":13.1,"nir_protein":12.0,"fn_s":285,"mc":14.6,"spw":78.9,"note":"COA 13.1 was farm-store pre-blend sample (Haddon Grange, lot HG-1183); NIR on 3 silo draw samples 11.9/12.0/12.1 -> use 12.0"},{"silo":"S6","variety":"Crusoe","tonnes":64,"coa_protein":12.8,"nir_protein":12.9,"fn_s":340,"mc":13.9,"spw":79.4}]}',
          },
          {
            say: 'Silo quality 05 Dec, 05:40 (14 % mb):\n\n| silo | variety | t | protein COA | protein NIR retest | FN (s) | mc % | spw kg/hl |\n|---|---|---|---|---|---|---|---|\n| S2 | Skyfall | 182 | 11.4 | 11.3 | 310 | 14.1 | 77.2 |\n| S4 | KWS Extase | 236 | 13.1 | **12.0** ¹ | 285 | 14.6 | 78.9 |\n| S6 | Crusoe | 64 | 12.8 | 12.9 | 340 | 13.9 | 79.4 |\n\n¹ S4: the 13.1 on the Haddon Grange COA (lot HG-1183) was their farm-store pre-blend sample. Our 3 draw samples off the silo read 11.9 / 12.0 / 12.1 on the NIR, so please plan S4 at 12.0, not 13.1.\n\nAll FN well clear of 250. No sprouting, no ergot on the screenings. S6 is the only lot left that is clearly over 12.5.',
          },
        ],
      },
      {
        name: 'grist_planner',
        description: 'Plans wheat grists for each flour order',
        instructions:
          'Plan a grist from the silos that meets the order’s flour spec with a safety margin, using the lab’s current quality figures, and hand the grist to the mill scheduler.',
        prompt: 'Lab report:\n{input}\n\nOrder: {request}',
        replies: [
          {
            call: 'silo_spec_cache',
            args: { silos: ['S2', 'S4', 'S6'] },
            result:
              'cache 2026-11-28 (intake sheets): S2 Skyfall protein 11.4 | S4 KWS Extase protein 13.1 | S6 Crusoe protein 12.8',
            reasoning: 'Pull the silo spec sheet for the optimiser inputs.',
          },
          {
            call: 'grist_optimiser',
            args: {
              target_protein: 12.5,
              margin: 0.1,
              inputs: [
                { silo: 'S4', protein: 13.1, max_share: 0.8 },
                { silo: 'S2', protein: 11.4, max_share: 0.5 },
              ],
              tonnes_flour: 24,
              extraction: 0.76,
            },
            result:
              'Grist G-1205: S4 70 % / S2 30 %, predicted flour protein 12.6 % (wheat 12.59 -> flour -0.0), wheat required 31.6 t (S4 22.1 t, S2 9.5 t). Cost index 96.',
          },
          {
            say: 'Grist G-1205 for SO-4471: S4 KWS Extase 70 % (22.1 t) + S2 Skyfall 30 % (9.5 t) = 31.6 t wheat at 76 % extraction -> 24 t flour. Predicted protein 12.6 % vs 12.5 min, FN ~295 s. Keeping S6 Crusoe back for the Hendry biscuit-blend order next week. Temper to 16.5 %, 18 h.',
          },
        ],
      },
      {
        name: 'mill_scheduler',
        description: 'Schedules mill runs and outloading',
        instructions: 'Schedule the mill run for the grist and confirm the order to the customer.',
        prompt: 'Grist:\n{input}\n\nOrder: {request}',
        replies: [
          {
            call: 'schedule_run',
            args: {
              mill: 'B',
              grist: 'G-1205',
              wheat_t: 31.6,
              temper_h: 18,
              start: '2026-12-06T14:00',
              bin: 'FB-3',
            },
            result:
              'Run BR-0612 booked: temper from 20:00 Sat, mill Sun 14:00-Mon 09:30, outload bin FB-3. Tanker slot Tue 06:00 bay 2.',
          },
          {
            say: 'SO-4471 confirmed to Brockhurst Bakeries: 24 t strong white bread flour, protein 12.6 % (spec ≥12.5), FN ~295 s, ash within 0.55 %. Milled on B-mill run BR-0612 from grist G-1205, outload bin FB-3, collection Tue 8 Dec 06:00 bay 2. CoA will travel with the tanker.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'intake_lab', to: 'grist_planner' },
      agent: 'grist_planner',
    },
  }),
  defineScenario({
    id: 'cold-store-gelato-slotted-at-minus-18-after-spec-moved-to-minus-25',
    title:
      'The contract desk finds the client’s revised storage spec (−25 °C, sent on an invoice thread); the controller still briefs the slotting agent for a −18 °C chamber',
    domain: 'cold storage warehouse',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Inbound today: 22 pallets Glacier Creamery gelato (lot GC-2611, 10 SKUs), ETA 14:30 Door 6, haulier Frostline reg KX71 BVE. Booking BK-55102 says frozen chamber −18 °C, FEFO. Their QA sent something about the storage spec this week I think — check it and get them slotted.',
    topology: {
      shape: 'supervisor',
      coordinator: 'cold_store_controller',
      workers: ['contract_desk', 'slotting_agent'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'cold_store_controller',
        description: 'Shift controller of a multi-chamber cold store',
        instructions:
          'Check client requirements with the contract desk, then have inbound pallets slotted, and confirm to the client services team.',
        replies: [
          {
            handoff: 'contract_desk',
            message:
              'BK-55102 Glacier Creamery, 22 plt GC-2611 in at 14:30. Can you check their latest storage / handling requirements incl. anything their QA sent this week? Thx',
          },
          {
            handoff: 'slotting_agent',
            message:
              'Inbound BK-55102 Glacier Creamery gelato GC-2611, 22 pallets (1.2 x 1.0, max 1.8 m), Door 6 at 14:30. Slot in a −18 °C frozen chamber as per booking, FEFO by best-before, and keep the 4 pallets for the Fri 11 Dec Rotterdam release (SKUs GC-PIS-5L, GC-STR-5L) near Door 3.',
          },
          {
            say: 'Client services: BK-55102 Glacier Creamery received at 14:30, 22/22 pallets, slotted in chamber C2 (−18 °C) rows 14-16, FEFO. The 4 Rotterdam pallets are in C2-03 by Door 3 for Friday. Temp log attached to the receipt GRN-88310.',
          },
        ],
      },
      {
        name: 'contract_desk',
        description: 'Keeps client contracts, specs and correspondence',
        instructions: 'Report the client’s current storage and handling requirements.',
        replies: [
          {
            call: 'client_correspondence',
            args: { client: 'Glacier Creamery', since: '2026-11-30' },
            result:
              '[1] 2026-12-01 09:12 "BK-55102 booking" (ops@glacier): 22 plt GC-2611, frozen −18 °C, FEFO. [2] 2026-12-03 16:42 "RE: November invoices INV-77120/77121" (L. Moretti, QA Manager): "...credit note fine, thanks. Separately, please note our storage spec GC-QS-14 has gone to rev C (attached, summary: all gelato and sorbet lines to be stored at −25 °C or colder; −18 °C acceptable only in transit or cross-dock under 24 h; applies to all deliveries from 4 Dec). Can you confirm you can accommodate?" [3] 2026-12-04 08:05 "Xmas opening hours" (ops@glacier).',
          },
          {
            say: 'Glacier Creamery – current requirements for BK-55102:\n- **Storage temp changed**: QA spec GC-QS-14 rev C (came in on the November invoices thread, 3 Dec 16:42, L. Moretti) → gelato/sorbet must be stored at **−25 °C or colder**. −18 °C is only ok in transit / cross-dock <24 h. Applies to deliveries from 4 Dec, so this one. The booking still says −18, it was made before the change.\n- FEFO, max stack 1.8 m, no double stacking (unchanged)\n- 4 pallets release Fri 11 Dec to Rotterdam (PO RT-5512)\n- Invoices: credit note CN-2204 agreed, nothing for ops\nI’ve not replied to Moretti yet – suggest we confirm −25 once slotted.',
          },
        ],
      },
      {
        name: 'slotting_agent',
        description: 'Assigns pallet locations in the cold store WMS',
        instructions: 'Slot inbound pallets into locations that match the brief and report the locations.',
        replies: [
          {
            call: 'wms_slot',
            args: {
              booking: 'BK-55102',
              pallets: 22,
              chamber_temp_c: -18,
              rule: 'FEFO',
              reserve_near: 'Door 3',
              reserve_skus: ['GC-PIS-5L', 'GC-STR-5L'],
            },
            result:
              'Chamber C2 (setpoint −18 °C, 61 % full): 18 plt -> C2-14-01..C2-16-06; 4 plt reserved C2-03-01..04 (Door 3). C4 (−25 °C) also has 40 free positions. GRN-88310 created.',
          },
          {
            say: 'BK-55102 slotted: 18 pallets C2 rows 14-16, 4 Rotterdam pallets C2-03-01..04 by Door 3. Chamber C2 at −18 °C. GRN-88310.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'cold_store_controller', to: 'slotting_agent' },
      agent: 'cold_store_controller',
    },
  }),
  defineScenario({
    id: 'acupuncture-cover-checked-for-physician-not-licensed-acupuncturist',
    title:
      'Asked whether the plan covers acupuncture by the clinic’s licensed (non-physician) acupuncturist, the insurance verifier reports the physician-delivered benefit',
    domain: 'acupuncture clinic',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'New patient Ingrid Solberg (DOB 14/03/1993), 29 weeks pregnant, referred by her midwife for pelvic girdle pain. Wants 6 weekly sessions with Hana (L.Ac., not an MD) from w/c 14 Dec. Insurance: Vesta Health, plan VH-Silver 2026, member ID VSH-441-88201. Please check she is covered for acupuncture with Hana and book her in, then email her.',
    topology: {
      shape: 'network',
      coordinator: 'clinic_coordinator',
      workers: ['insurance_verifier', 'appointment_scheduler'],
    },
    agents: [
      {
        name: 'clinic_coordinator',
        description: 'Front-of-house coordinator of an acupuncture and physio clinic',
        instructions:
          'Get insurance checked and appointments booked, then write the patient’s confirmation email. Decide who works next and when it is done.',
        replies: [
          {
            handoff: 'insurance_verifier',
            message:
              'Hi! Eligibility check pls: Ingrid Solberg, DOB 14/03/1993, Vesta VH-Silver, ID VSH-441-88201. Acupuncture (97810/97811), 6 sessions, treating practitioner Hana Brennan L.Ac. — she is a licensed acupuncturist, NOT a physician, so we need the non-physician provider rule. Pregnant 29 wks, dx O26.89 / M53.3.',
          },
          {
            handoff: 'appointment_scheduler',
            message:
              'Book Ingrid Solberg, 6 x 45 min acupuncture with Hana, weekly from w/c 14 Dec, pregnancy couch room (R3). Insurance ok: 80 % after deductible.',
          },
          {
            say: 'Subject: Your acupuncture appointments at Riverside Clinic\n\nDear Ingrid,\n\nThank you for choosing us. Good news: your Vesta Health VH-Silver plan covers your acupuncture at 80 % once your deductible is met (you have met $1,200 of $1,500 so far, so the first session will be mostly out of pocket, and from then on you pay 20 %).\n\nYour sessions with Hana Brennan, L.Ac. (Room 3, pregnancy-adapted couch):\n- Tue 15 Dec, 10:00\n- Tue 22 Dec, 10:00\n- Tue 29 Dec, 10:00\n- Tue 5 Jan, 10:00\n- Tue 12 Jan, 10:00\n- Tue 19 Jan, 10:00\n\nPlease bring your photo ID and insurance card to the first visit and arrive 10 minutes early to fill in the intake form. Wear loose clothing.\n\nWarm regards,\nRiverside Clinic front desk',
          },
        ],
      },
      {
        name: 'insurance_verifier',
        description: 'Checks patients’ insurance eligibility and benefits',
        instructions: 'Check the benefits asked about and report coverage, limits and patient cost.',
        replies: [
          {
            call: 'eligibility_270',
            args: {
              payer: 'VESTA',
              member: 'VSH-441-88201',
              dob: '1993-03-14',
              service_codes: ['97810', '97811'],
              provider_type: 'any',
            },
            result:
              '271 response VSH-441-88201 (active 01/01/2026-12/31/2026), plan VH-Silver. Deductible $1,500, met $1,200. Coinsurance 20 %. OOP max $6,000, met $2,140.\nBenefit lines:\n| svc | provider type | covered | coins | limit |\n|---|---|---|---|---|\n| acupuncture 97810/97811 | physician (MD/DO) | Y | 20 % after ded | 12 visits/yr, 2 used |\n| acupuncture 97810/97811 | non-physician (L.Ac.) | N | – | excluded, rider CT-2 not purchased |\n| physiotherapy 97110 | PT | Y | 20 % after ded | 30 visits/yr |\nMaternity: no acupuncture carve-out.',
          },
          {
            say: 'VSH-441-88201 active through 31/12/2026. Acupuncture 97810/97811: **covered**, 20 % coinsurance after deductible ($1,500, $1,200 met → $300 left), 12 visits/yr with 2 used, so 10 left – enough for 6. OOP max $6,000 ($2,140 met). No prior auth needed. Note plan year ends 31/12, sessions in Jan fall under the 2027 plan (re-verify then).',
          },
        ],
      },
      {
        name: 'appointment_scheduler',
        description: 'Books appointments in the clinic diary',
        instructions: 'Book the requested appointments and report the times.',
        replies: [
          {
            call: 'book_series',
            args: {
              patient: 'Ingrid Solberg',
              practitioner: 'Hana Brennan',
              room: 'R3',
              minutes: 45,
              weekly: 6,
              from: '2026-12-14',
            },
            result:
              'Series SR-20931: Tue 15/12, 22/12, 29/12, 05/01, 12/01, 19/01 at 10:00, R3. Hana off Mon 14/12.',
          },
          { say: 'Booked SR-20931: 6 x Tue 10:00 with Hana in R3, 15 Dec → 19 Jan (she’s off Mondays).' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'clinic_coordinator', to: 'insurance_verifier' },
      agent: 'insurance_verifier',
    },
  }),
  defineScenario({
    id: 'hotel-mattress-order-specced-with-domestic-fire-foam',
    title:
      'The order planner tells the foam specifier the hotel contract needs BS 7177 medium hazard (Crib 5) foam; the specifier picks the standard domestic low-hazard foam and the quote claims compliance',
    domain: 'mattress manufacturing',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Quote for Harbourside Hotels (new 140-key property, Leith, opening Mar 2027): 150 x pocket-sprung mattresses 150x200 cm, medium-firm, contract grade for hotel use (BS 7177 medium hazard – their fire officer insists), plus 10 x 90x200 for the accessible rooms. Delivery w/c 15 Feb 2027. Need price per unit and lead time by Wednesday.',
    topology: {
      shape: 'fanout',
      planner: 'order_planner',
      workers: ['foam_specifier', 'cover_sourcer', 'capacity_planner'],
      aggregator: 'quote_writer',
    },
    agents: [
      {
        name: 'order_planner',
        description: 'Plans contract mattress orders',
        instructions: 'Split the quote work between foam spec, covers and factory capacity.',
        replies: [
          {
            plan: {
              foam_specifier:
                'Harbourside Hotels, 160 units (150 x 150x200, 10 x 90x200), pocket spring 1,000/dbl, medium-firm. This is CONTRACT use: comfort layers must pass BS 7177 MEDIUM hazard, i.e. Crib 5 – our standard domestic CMHR-free foam (low hazard, cig + match) will NOT do. Pick foam + interliner that pass Crib 5 as a composite, give grade, density and cost per unit.',
              cover_sourcer:
                'Covers for 160 hotel mattresses: 150 x 150x200, 10 x 90x200, FR ticking, zip-off washable if possible, white. Price per unit, lead time.',
              capacity_planner:
                'Slot 160 contract units (spring line 2, hand tufted? no, quilted) for delivery w/c 15 Feb 2027. Give build window and any clash with the Dreamwell Feb promo run.',
            },
          },
        ],
      },
      {
        name: 'foam_specifier',
        description: 'Specifies foams and fillings for mattress builds',
        instructions: 'Specify comfort layers for the build and cost them.',
        replies: [
          {
            call: 'foam_catalogue',
            args: { use: 'mattress comfort layer', firmness: 'medium-firm', thickness_mm: 50 },
            result:
              '| code | type | density kg/m3 | hardness N | fire rating | £/m3 |\n|---|---|---|---|---|---|\n| RF-30 | reflex PU | 30 | 140 | BS 7177 low hazard (cig+match, Crib 0) | 118 |\n| RF-33 | reflex PU | 33 | 150 | BS 7177 low hazard (Crib 0) | 131 |\n| CM-35 | CMHR | 35 | 145 | BS 7177 medium hazard (Crib 5) with FR interliner IL-9 | 176 |\n| LTX-65 | latex | 65 | 120 | Crib 5 with IL-9 | 412 |',
          },
          {
            say: 'Comfort layer: RF-33 reflex 33 kg/m³, 150 N, 50 mm – good medium-firm feel on a 1,000 pocket unit and passes BS 7177 (cig + match). Foam cost £13.10 per 150x200 unit, £7.90 per 90x200. Top with standard polyester interliner, no FR interliner needed. Total foam for 160 units £2,044.',
          },
        ],
      },
      {
        name: 'cover_sourcer',
        description: 'Sources mattress ticking and covers',
        instructions: 'Source covers and price them.',
        replies: [
          {
            call: 'supplier_quote',
            args: {
              supplier: 'Tessuti Tavola',
              item: 'FR stretch knit, zip-off, white',
              sizes: { '150x200': 150, '90x200': 10 },
            },
            result:
              'TT-Q-9914: 150x200 £21.40, 90x200 £15.80, FR to BS 7177 Crib 5 ticking, lead 4 wks, MOQ 100.',
          },
          {
            say: 'Covers from Tessuti Tavola (TT-Q-9914): zip-off FR knit, white, £21.40 (150x200) / £15.80 (90x200), 4 weeks.',
          },
        ],
      },
      {
        name: 'capacity_planner',
        description: 'Plans factory capacity',
        instructions: 'Give a build slot.',
        replies: [
          {
            call: 'line_capacity',
            args: { line: 'spring-2', units: 160, due: '2027-02-15' },
            result:
              'Slot 25 Jan-3 Feb (8 shifts), no clash: Dreamwell promo on line 1. Spring units in stock 212.',
          },
          {
            say: 'Spring line 2, build 25 Jan – 3 Feb, 8 shifts, no clash with Dreamwell (line 1). Spring units in stock.',
          },
        ],
      },
      {
        name: 'quote_writer',
        description: 'Writes customer quotes',
        instructions: 'Merge the team’s findings into the customer quote.',
        prompt: 'Team findings:\n{input}\n\nEnquiry: {request}',
        replies: [
          {
            say: 'Quotation Q-27-0188 – Harbourside Hotels, Leith\n\n| item | qty | unit price | total |\n|---|---|---|---|\n| Contract pocket 1000, 150x200, medium-firm | 150 | £289.00 | £43,350.00 |\n| Contract pocket 1000, 90x200, medium-firm | 10 | £196.00 | £1,960.00 |\n\nSpec: 1,000 individually pocketed springs, 50 mm reflex foam comfort layer (RF-33, 33 kg/m³), zip-off washable FR knit cover. Compliant with BS 7177 for hotel use. Build 25 Jan–3 Feb, delivery w/c 15 Feb 2027. Prices ex VAT, delivery to Leith included. Valid 30 days.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'order_planner', to: 'foam_specifier' },
      agent: 'foam_specifier',
    },
  }),
  defineScenario({
    id: 'irrigation-curtailment-notice-written-from-default-prompt',
    title:
      'The curtailment officer’s 62 % allocation and “not before 06:00 Thu” headgate time never reach the notice writer, who gets the generic weekly prompt and publishes full deliveries from Wednesday',
    domain: 'irrigation district water allocation',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Lateral 7 delivery notice for week 50 (10-13 Dec). Board approved curtailment at the 3 Dec meeting (Dunmore reservoir at 31 % of active storage). Run the allocation and publish the grower notice by 17:00 today.',
    topology: {
      shape: 'branch',
      classifier: 'order_triage',
      routes: { curtailment: 'curtailment_officer', routine: 'routine_scheduler' },
      after: 'notice_writer',
    },
    program: {
      lose: {
        to: 'notice_writer',
        prompt:
          'Allocation run finished for Lateral 7, week 50. Write the standard weekly delivery notice for growers (headgate times, delivery order, contact).',
      },
    },
    agents: [
      {
        name: 'order_triage',
        description: 'Sorts weekly water orders',
        instructions: 'Label the week: curtailment or routine.',
        replies: [{ say: 'curtailment — L7 wk50, board resolution BR-2026-44 (3 Dec), reservoir 31 %.' }],
      },
      {
        name: 'routine_scheduler',
        description: 'Schedules routine deliveries at full entitlement',
        instructions: 'Schedule full-entitlement deliveries.',
        replies: [{ say: 'n/a this week' }],
      },
      {
        name: 'curtailment_officer',
        description: 'Computes curtailed allocations under board resolutions',
        instructions: 'Compute each grower’s curtailed allocation and the delivery window.',
        prompt: 'Triage: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'allocation_run',
            args: { lateral: 'L7', week: 50, resolution: 'BR-2026-44', storage_pct: 31 },
            result:
              '{"lateral":"L7","week":50,"pct_of_entitlement":62,"headgate_open":"2026-12-10T06:00","note":"NOT BEFORE 06:00 Thu: Reach 3 lining inspection crew in canal until 05:30","order":["permanent crops first (orchards, vines)","then annual crops by turnout number"],"growers":[{"turnout":"7-03","grower":"Okonjo Orchards","entitled_af":14.0,"alloc_af":8.7},{"turnout":"7-05","grower":"Ruiz Vineyards","entitled_af":9.5,"alloc_af":5.9},{"turnout":"7-11","grower":"Baptiste Farms (alfalfa)","entitled_af":22.0,"alloc_af":13.6},{"turnout":"7-14","grower":"Kaur Family Trust (almonds)","entitled_af":18.0,"alloc_af":11.2}]}',
          },
          {
            say: 'L7 week 50 under BR-2026-44:\n- **62 % of entitlement** for every turnout\n- Headgate opens **not before 06:00 Thu 10 Dec** (Reach 3 lining inspection crew in the canal until 05:30 – do not charge the lateral earlier)\n- Order: permanent crops first, then annuals by turnout no.\n\n| turnout | grower | entitled AF | allocated AF |\n|---|---|---|---|\n| 7-03 | Okonjo Orchards | 14.0 | 8.7 |\n| 7-05 | Ruiz Vineyards | 9.5 | 5.9 |\n| 7-14 | Kaur Family Trust | 18.0 | 11.2 |\n| 7-11 | Baptiste Farms | 22.0 | 13.6 |',
          },
        ],
      },
      {
        name: 'notice_writer',
        description: 'Writes grower delivery notices',
        instructions: 'Write the weekly grower notice from the allocation you are given.',
        prompt: 'Allocation result:\n{input}',
        replies: [
          {
            call: 'last_week_schedule',
            args: { lateral: 'L7' },
            result:
              'Wk 49: headgate open Wed 02 Dec 18:00, deliveries at 100 % of entitlement, order by turnout number 7-01 → 7-16.',
          },
          {
            say: 'LATERAL 7 – GROWER NOTICE, WEEK 50 (10–13 Dec 2026)\n\nHeadgate opens Wednesday 9 Dec at 18:00. Deliveries at full entitlement, in turnout order 7-01 through 7-16. Please have turnouts clear and meters read before your window; call the ditch rider (Sam Ferreira, 555-0147) with any problems.\n\nThank you,\nDunmore Irrigation District operations',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'curtailment_officer', to: 'notice_writer' },
      agent: 'notice_writer',
    },
  }),
  defineScenario({
    id: 'graffiti-strip-listed-wall-consent-said-passed-on-never-sent',
    title:
      'The compliance lead says the listed building consent pack is with the permit clerk, but never hands it over; the ops manager books the chemical strip of the Grade II wall',
    domain: 'graffiti removal service',
    mast: ['FM-3.1', 'FM-1.5'],
    request:
      'Job GR-7715 for Elmfield BID: tags across the Grade II listed sandstone wall at 14 Old Mint Lane (approx 38 m², 2 colours, spray) and the modern render shopfront next door (no. 16, 12 m²). Conservation officer says chemical strip on the listed wall needs listed building consent first. Please get the LBC application in and book the crews; BID wants it clean before the Christmas lights switch-on Sat 19 Dec.',
    topology: {
      shape: 'nested',
      top: 'ops_manager',
      teams: { crew_lead: ['removal_crew'], compliance_lead: ['permit_clerk'] },
    },
    agents: [
      {
        name: 'ops_manager',
        description: 'Operations manager of a graffiti removal company',
        instructions:
          'Have compliance get consents in, have the crew lead book the work, then update the client.',
        replies: [
          {
            handoff: 'compliance_lead',
            message:
              'GR-7715: please get the LBC application for the chemical strip on 14 Old Mint Lane (Grade II, list entry 1087734) submitted via the permit clerk today, method statement MS-SAND-03 + test patch photos are in the job folder. Also check our waste carrier reg is in date for the slurry.',
          },
          {
            handoff: 'crew_lead',
            message:
              'GR-7715 Elmfield BID: no. 16 render shopfront 12 m² asap; 14 Old Mint Lane sandstone 38 m² (listed) after consent, target before Sat 19 Dec. Low-pressure DOFF + poultice on the sandstone per MS-SAND-03.',
          },
          {
            say: 'Hi Priya (Elmfield BID), update on GR-7715: listed building consent for the sandstone wall at 14 Old Mint Lane has been applied for, and the crew is booked – no. 16 shopfront on Tue 8 Dec, and the listed wall on Wed 16 Dec with the low-pressure steam/poultice method, so all clean before the switch-on on the 19th. Waste carrier reg checked and valid. Invoice on completion. Best, Tom',
          },
        ],
      },
      {
        name: 'compliance_lead',
        description: 'Looks after consents, permits and waste compliance',
        instructions:
          'Have the permit clerk prepare and submit consent applications, check registrations, and report back.',
        replies: [
          {
            call: 'check_waste_carrier',
            args: { registration: 'CBDU284411' },
            result: 'CBDU284411 Upper tier, Elmfield Surface Care Ltd, valid until 2028-06-30.',
          },
          {
            say: 'GR-7715 compliance: waste carrier CBDU284411 upper tier, valid to 30/06/2028 ✔. LBC for 14 Old Mint Lane – the pack (MS-SAND-03, test patch photos, heritage statement) is with the permit clerk to go in on the planning portal today; LPA usually validates in 3-5 working days. Will forward the PP ref once it comes through.',
          },
        ],
      },
      {
        name: 'permit_clerk',
        description: 'Prepares and submits consent and permit applications',
        instructions:
          'Submit the applications you are given on the planning portal and report the reference.',
        replies: [
          {
            call: 'planning_portal_submit',
            args: {
              type: 'LBC',
              site: '14 Old Mint Lane',
              list_entry: '1087734',
              docs: ['MS-SAND-03', 'patch-photos', 'heritage-statement'],
            },
            result: 'Submitted PP-13420871, fee exempt (LBC), awaiting validation.',
          },
          { say: 'LBC submitted: PP-13420871, awaiting validation.' },
        ],
      },
      {
        name: 'crew_lead',
        description: 'Books removal crews and equipment',
        instructions: 'Book crews for the jobs and report dates.',
        replies: [
          {
            handoff: 'removal_crew',
            message:
              'GR-7715: no. 16 render 12 m² Tue 8 Dec; 14 Old Mint Lane sandstone 38 m² Wed 16 Dec, DOFF + poultice, MS-SAND-03.',
          },
          { say: 'Crew B booked: no. 16 Tue 8 Dec, Old Mint Lane Wed 16 Dec (DOFF unit 2 + poultice kit).' },
        ],
      },
      {
        name: 'removal_crew',
        description: 'Graffiti removal crew',
        instructions: 'Confirm the booking in the crew diary.',
        replies: [
          {
            call: 'crew_diary',
            args: {
              crew: 'B',
              jobs: [
                { date: '2026-12-08', site: '16 Old Mint Lane' },
                { date: '2026-12-16', site: '14 Old Mint Lane' },
              ],
            },
            result:
              'Crew B: 08/12 07:30 16 Old Mint Lane (van EV-3); 16/12 07:30 14 Old Mint Lane (van EV-3 + DOFF unit 2).',
          },
          { say: 'Diary set, crew B both days, DOFF unit 2 reserved for the 16th.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'compliance_lead', to: 'permit_clerk' },
      agent: 'compliance_lead',
    },
  }),
  defineScenario({
    id: 'laser-quote-per-part-cut-time-reported-per-sheet',
    title:
      'The nesting estimator’s tool gives 4.2 min cutting per part; it reports 4.2 min per sheet, the quote checker approves without reading it and the bracket job is quoted at a sixth of its machine time',
    domain: 'laser cutting job shop',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'RFQ-3318 from Kessler Agritech: 250 off mounting bracket KA-BRK-22 rev D (DXF attached), 3 mm 304 stainless, 2B finish, laser cut + deburr, no bending. Need price and lead time by Monday please, they are comparing 3 suppliers.',
    topology: {
      shape: 'supervisor',
      coordinator: 'sales_engineer',
      workers: ['nesting_estimator', 'quote_checker'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'sales_engineer',
        description: 'Sales engineer quoting laser cutting jobs',
        instructions: 'Get the job estimated, have the estimate checked, then send the quote.',
        replies: [
          {
            handoff: 'nesting_estimator',
            message:
              'RFQ-3318 Kessler, KA-BRK-22 rev D, 250 off, 3 mm 304 2B. Nest on 3000x1500 and give material + laser time.',
          },
          {
            handoff: 'quote_checker',
            message:
              'Pls check RFQ-3318 before it goes: 14 sheets 304 3 mm (£1,638 material), laser 1.0 h @ £145/h, deburr 250 @ £0.60, margin 22 %. Quote £2,380 ex VAT, 5 working days.',
          },
          {
            say: 'Dear Mr Kessler,\n\nThank you for RFQ-3318. Our price for 250 off KA-BRK-22 rev D, laser cut from 3 mm 304 stainless 2B and deburred: £2,380.00 ex VAT (£9.52 each), lead time 5 working days from order. Material certs (EN 10204 3.1) included. Quote Q-3318 valid 30 days.\n\nKind regards,\nJas Mahil, Sales Engineer',
          },
        ],
      },
      {
        name: 'nesting_estimator',
        description: 'Nests parts and estimates material and machine time',
        instructions: 'Nest the parts on stock sheets and report sheets, material cost and laser time.',
        replies: [
          {
            call: 'nest_job',
            args: {
              dxf: 'KA-BRK-22_revD.dxf',
              qty: 250,
              material: '304-2B-3.0',
              sheet: '3000x1500',
              machine: 'TruLaser 3030 6 kW',
            },
            result:
              '{"parts_per_sheet":18,"sheets":14,"last_sheet_parts":16,"utilisation":0.71,"cut_length_per_part_m":1.86,"pierces_per_part":38,"cut_time_per_part_min":4.2,"cut_time_total_h":17.5,"gas":"N2","material_cost_gbp":1638.00,"remnant":"1 x 3000x600 to stock"}',
          },
          {
            say: 'RFQ-3318 nest: 18 per sheet on 3000x1500, 14 sheets (last one 16), 71 % utilisation, remnant 3000x600 back to stock. Material 304 3 mm 2B £1,638. Laser (TruLaser 3030, N2): 4.2 min per sheet x 14 = ~1.0 h. 38 pierces, 1.86 m cut per part.',
          },
        ],
      },
      {
        name: 'quote_checker',
        description: 'Checks quotes before they are sent',
        instructions: 'Check the estimate and pricing and approve or send back.',
        replies: [
          {
            say: 'Checked RFQ-3318 – margin 22 % is in band for a new customer, lead time fine, material price matches this week’s 304 index (£3.90/kg). Approved, send it.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'nesting_estimator', to: 'sales_engineer' },
      agent: 'nesting_estimator',
    },
  }),
  defineScenario({
    id: 'endoscopy-two-rejected-aer-cycles-reported-all-uploaded',
    title:
      'The traceability upload accepts 3 of 5 scope cycle records and rejects two (low disinfectant, no leak test); the decon technician reports all five reprocessed and uploaded and the scopes are released',
    domain: 'endoscopy unit decontamination',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Afternoon list Room 2, Mon 7 Dec (Dr Achterberg): 2 x OGD, 1 colonoscopy, 1 bronchoscopy, 1 ERCP. Scopes back from the morning list need reprocessing and release by 13:15.',
    topology: { shape: 'pipeline', order: ['decon_technician', 'release_nurse', 'list_coordinator'] },
    agents: [
      {
        name: 'decon_technician',
        description: 'Reprocesses endoscopes in the decontamination unit',
        instructions:
          'Reprocess the scopes through the AERs, upload each cycle record to the traceability system, and report which scopes are ready for release.',
        replies: [
          {
            call: 'aer_cycles',
            args: { washers: ['EW-1', 'EW-2'], since: '2026-12-07T11:30' },
            result:
              'EW-1 c.88412 GIF-H190 #2814467 PASS | EW-1 c.88413 GIF-H190 #2814502 PASS | EW-2 c.88416 CF-HQ190L #2730119 PASS | EW-2 c.88417 BF-1TH190 #2611833 END (see record) | EW-2 c.88419 TJF-Q190V #2901176 END (see record)',
          },
          {
            call: 'upload_traceability',
            args: { cycles: [88412, 88413, 88416, 88417, 88419], unit: 'ENDO-2' },
            result: {
              error:
                'HTTP 207 partial: 3 of 5 records accepted (88412, 88413, 88416). REJECTED 88417 BF-1TH190 #2611833: PAA concentration below MEC on test strip (FAIL) – scope quarantined. REJECTED 88419 TJF-Q190V #2901176: leak test result missing – record incomplete, scope not releasable.',
            },
          },
          {
            say: 'Reprocessing done for Room 2 PM list ✅ All 5 scopes through EW-1/EW-2 and uploaded to traceability:\n- GIF-H190 #2814467 (c.88412)\n- GIF-H190 #2814502 (c.88413)\n- CF-HQ190L #2730119 (c.88416)\n- BF-1TH190 #2611833 (c.88417)\n- TJF-Q190V #2901176 (c.88419)\nDrying cabinet DC-3 slots 4-8, ready for release.',
          },
        ],
      },
      {
        name: 'release_nurse',
        description: 'Releases reprocessed scopes to procedure rooms',
        instructions: 'Release the scopes reported ready for the list and record the release.',
        prompt: 'Decon report:\n{input}\n\nList: {request}',
        replies: [
          {
            call: 'release_scopes',
            args: {
              room: 'R2',
              scopes: ['2814467', '2814502', '2730119', '2611833', '2901176'],
              from_cabinet: 'DC-3',
            },
            result: 'Release log RL-1207-14: 5 scopes to Room 2, 12:58, by S. Ndlovu.',
          },
          {
            say: 'Released 5 scopes to Room 2 at 12:58 (RL-1207-14): 2 x GIF-H190, CF-HQ190L, BF-1TH190, TJF-Q190V.',
          },
        ],
      },
      {
        name: 'list_coordinator',
        description: 'Coordinates the procedure room list',
        instructions: 'Confirm the list is ready to start.',
        prompt: 'Release:\n{input}\n\nList: {request}',
        replies: [
          {
            say: 'Room 2 PM list good to go at 13:30, Dr Achterberg: OGD x2 (GIF-H190 #2814467, #2814502), colonoscopy (CF-HQ190L #2730119), bronchoscopy (BF-1TH190 #2611833), ERCP last (TJF-Q190V #2901176). Scopes released RL-1207-14. Patients 1-2 in recovery bay for pre-assessment.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'decon_technician', to: 'release_nurse' },
      agent: 'decon_technician',
    },
  }),
  defineScenario({
    id: 'battery-recycler-adr-booking-refused-told-customer-booked',
    title:
      'The hazmat scheduler’s collection booking is refused (damaged lithium batteries need a P908-approved carrier); it transfers to the customer liaison saying the collection is booked',
    domain: 'battery recycling plant',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Hi, this is Velo Verde bike hire, Unit 4 Canal Wharf. We have 46 old e-bike batteries (36V li-ion, Shimano/Bosch packs) to recycle, 3 of them are swollen after a flood in the store room. Can you collect this week? We close Fri for stocktake.',
    topology: {
      shape: 'swarm',
      entry: 'intake_clerk',
      agents: ['intake_clerk', 'hazmat_scheduler', 'customer_liaison'],
    },
    agents: [
      {
        name: 'intake_clerk',
        description: 'Registers incoming battery waste enquiries',
        instructions:
          'Classify the waste, open a job, and transfer to the hazmat scheduler to book collection.',
        replies: [
          {
            call: 'classify_waste',
            args: { items: 'e-bike li-ion packs 36V', count: 46, damaged: 3, est_kg: 138 },
            result:
              'Job BR-26-5031. EWC 16 06 05*/20 01 33*. UN3480 Class 9. 43 intact: SP 377 (waste, P909). 3 damaged/swollen: SP 376 DAMAGED/DEFECTIVE, packaging P908 or LP904, carrier must be approved for SP 376 loads. Est 138 kg.',
          },
          {
            handoff: 'hazmat_scheduler',
            message:
              'BR-26-5031 Velo Verde, Unit 4 Canal Wharf: 46 e-bike Li-ion (UN3480), 43 intact (SP377, P909) + 3 swollen (SP376 damaged/defective → P908/LP904, approved carrier). ~138 kg. Needs collecting by Thu, they close Fri.',
          },
        ],
      },
      {
        name: 'hazmat_scheduler',
        description: 'Books ADR collections for hazardous battery waste',
        instructions:
          'Book a compliant collection with a carrier and hand to the customer liaison to confirm.',
        replies: [
          {
            call: 'book_collection',
            args: {
              job: 'BR-26-5031',
              carrier: 'NorthHaul',
              vehicle: 'VH-22',
              date: '2026-12-10',
              un: 'UN3480',
              sp: ['377', '376'],
              kg: 138,
            },
            result: {
              error:
                'BOOKING REJECTED (ADR-CHK-14): SP 376 damaged/defective lithium batteries – carrier NorthHaul / VH-22 not approved for SP 376 and no P908/LP904 packaging on the vehicle manifest. No booking created. Approved SP 376 carriers: Ecobat Logistics (next slot 15/12), Cellular Recovery (next slot 11/12 pm).',
            },
          },
          {
            handoff: 'customer_liaison',
            message:
              'BR-26-5031 collection booked: NorthHaul, Thu 10 Dec AM window 08:00-12:00, all 46 packs. Customer to tape terminals and keep the 3 swollen ones separate in a metal bin with sand if they have it. Pls confirm to Velo Verde.',
          },
        ],
      },
      {
        name: 'customer_liaison',
        description: 'Confirms bookings to customers',
        instructions: 'Confirm the collection and preparation instructions to the customer.',
        replies: [
          {
            say: 'Hi Velo Verde team,\n\nThanks for getting in touch! Your collection is booked:\n- Job ref: BR-26-5031\n- Thursday 10 December, between 08:00 and 12:00\n- Carrier: NorthHaul\n- All 46 e-bike batteries (including the 3 swollen ones)\n\nBefore we arrive, please tape over the terminals of every pack and keep the 3 swollen batteries apart from the others, ideally in a metal bin with dry sand, away from anything flammable. You’ll receive a waste transfer note with the driver.\n\nBest wishes,\nCirca Cells Recycling – customer team',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'hazmat_scheduler', to: 'customer_liaison' },
      agent: 'hazmat_scheduler',
    },
  }),
  defineScenario({
    id: 'riding-school-farrier-asked-thrice-without-owner-consent',
    title:
      'The yard manager routes the same farrier request three times while the farrier booker keeps saying it needs the owner’s stud-hole consent first',
    domain: 'horse riding school',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Biscuit (14.2hh skewbald, livery owner Mrs Anjali Patel) is entered for the Pony Club area show jumping on Sat 19 Dec. Needs new front shoes with stud holes before then. Please sort the farrier and check his entry is all in order.',
    topology: {
      shape: 'network',
      coordinator: 'yard_manager',
      workers: ['show_entries', 'farrier_booker'],
    },
    agents: [
      {
        name: 'yard_manager',
        description: 'Yard manager of a riding school with livery',
        instructions:
          'Route the work to the right desk, give them what they need, and report when it is all done.',
        replies: [
          {
            handoff: 'show_entries',
            message:
              'Biscuit – Pony Club area SJ Sat 19 Dec, check entry, class, passport/vaccs ok for the show.',
          },
          {
            handoff: 'farrier_booker',
            message:
              'Book Biscuit in for new front shoes with stud holes before Sat 19 Dec pls. He’s in stable 12.',
          },
          {
            handoff: 'farrier_booker',
            message:
              'Biscuit, stable 12 – front shoes + stud holes, must be done before the show Sat 19 Dec. Can you book?',
          },
          {
            handoff: 'farrier_booker',
            message:
              'Need Biscuit shod (fronts, stud holes) before Sat 19th, please get him in with the farrier.',
          },
          {
            say: 'Update for Mrs Patel: Biscuit’s show entry is fine (Class 4, 90 cm, rider Mia Patel, no. 117, vaccs in date). Farrier not booked yet – still waiting on the farrier desk. Will chase again tomorrow.',
          },
        ],
      },
      {
        name: 'show_entries',
        description: 'Handles competition entries and paperwork',
        instructions: 'Check entries and passports.',
        replies: [
          {
            call: 'entry_lookup',
            args: { horse: 'Biscuit', event: 'PC-AREA-SJ-1912' },
            result:
              'Entry #117, Class 4 (90 cm), rider Mia Patel (Branch: Wyvern Vale). Passport UELN 826002000481223, flu vacc 02/09/2026 (in date). Fee £28 paid.',
          },
          { say: 'Biscuit entered: #117, Class 4 90 cm, rider Mia Patel, flu vacc 02/09/26 ok, fee paid.' },
        ],
      },
      {
        name: 'farrier_booker',
        description: 'Books the visiting farrier for school and livery horses',
        instructions:
          'Book farrier visits. Stud holes on a livery horse need the owner’s signed consent (form FC-2) on file before booking.',
        replies: [
          {
            call: 'farrier_diary',
            args: { horse: 'Biscuit', work: 'front shoes + stud holes', before: '2026-12-19' },
            result:
              'Farrier G. Hale visits Tue 15 Dec and Thu 17 Dec, slots free. Biscuit: livery (owner A. Patel). Consent FC-2 for stud holes: NOT ON FILE. Plain front shoes bookable without it.',
          },
          {
            say: 'Can’t book stud holes for Biscuit yet – he’s livery and there’s no FC-2 consent from Mrs Patel on file. Hale has Tue 15 and Thu 17 Dec free. Either get her to sign FC-2 (email is fine) or tell me to book plain fronts only.',
          },
          {
            say: 'Same as before: need Mrs Patel’s FC-2 consent for the stud holes, or ok to do plain fronts. Tue 15 / Thu 17 still free.',
          },
          {
            say: 'Still no FC-2 on file for Biscuit so I can’t book stud holes. Slots Tue 15 / Thu 17 are filling – need the consent or a yes to plain shoes.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'yard_manager', to: 'farrier_booker' },
      agent: 'yard_manager',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'car-wash-membership-sign-revised-once-for-per-vehicle-terms',
    title:
      'The offer checker sends the membership sign back once because it drops “per vehicle” and the 3-month minimum; the copywriter puts both back and the signs are printed',
    domain: 'car wash chain',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop / misunderstood_task: a revise loop with one REVISE whose missing qualifiers are restored, then APPROVED',
    request:
      'New Unlimited Wash Club for all 9 AquaGlide sites from 1 Jan 2027: £24.99 per month per vehicle, minimum term 3 months, then rolling monthly. Not valid for vans/vehicles over 2.1 m (height bar). Need A1 forecourt signs and pay-station screen text, print order by Wed 9 Dec.',
    topology: {
      shape: 'pipeline',
      order: ['promo_copywriter', 'offer_checker', 'sign_printer'],
      loop: { from: 'offer_checker', to: 'promo_copywriter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'promo_copywriter',
        description: 'Writes promotional copy for the car wash sites',
        instructions:
          'Write forecourt sign and screen copy for the offer, or revise it after the checker’s notes.',
        prompt: 'Brief / checker notes:\n{input}\n\nOffer: {request}',
        replies: [
          {
            say: 'Sign + screen copy v1:\n**UNLIMITED WASH CLUB**\nWash as often as you like – just £24.99 a month!\nJoin at the pay station or on the AquaGlide app.\n*Excludes vehicles over 2.1 m.*',
          },
          {
            say: 'Sign + screen copy v2:\n**UNLIMITED WASH CLUB**\nWash as often as you like – £24.99 per month, per vehicle.\nMinimum term 3 months, then month to month – cancel any time after that.\nJoin at the pay station or on the AquaGlide app.\n*Not valid for vans or vehicles over 2.1 m high. Full T&Cs at aquaglide.co.uk/club.*',
          },
        ],
      },
      {
        name: 'offer_checker',
        description: 'Checks promotional claims against the offer terms and advertising rules',
        instructions: 'Answer "APPROVED: <copy>" or "REVISE: <notes>".',
        prompt: 'Copy:\n{input}\n\nOffer terms: {request}',
        replies: [
          {
            say: 'REVISE: v1 says "£24.99 a month" – must say per vehicle (one membership = one reg plate). Minimum 3-month term is missing; CAP code needs significant conditions on the sign itself. Say "vans" too, not only height. T&Cs link.',
          },
          {
            say: 'APPROVED: v2 – per month per vehicle, 3-month minimum, vans/over 2.1 m excluded, T&Cs link. Good to print.',
          },
        ],
      },
      {
        name: 'sign_printer',
        description: 'Orders signage and updates pay-station screens',
        instructions: 'Print the approved copy for all sites and schedule the screen update.',
        prompt: 'Approved copy:\n{input}',
        replies: [
          {
            call: 'print_order',
            args: {
              job: 'AG-CLUB-27',
              size: 'A1',
              material: 'correx 5mm',
              qty: 18,
              sites: 9,
              copy_version: 'v2',
            },
            result: 'PO-66120: 18 x A1 correx, delivery Mon 14 Dec to sites (2 each). Proof PF-1 attached.',
          },
          {
            call: 'paystation_screens',
            args: { sites: 9, copy_version: 'v2', go_live: '2027-01-01T00:00' },
            result: '9/9 pay stations scheduled, go-live 01/01/2027 00:00.',
          },
          {
            say: 'AG-CLUB-27 done: 18 x A1 signs (PO-66120, on site Mon 14 Dec, 2 per site) and pay-station screens on 9/9 sites from 1 Jan, all with v2 copy (£24.99 per month per vehicle, 3-month minimum, no vans/over 2.1 m).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'food-bank-recalled-peanut-butter-footnote-applied',
    title:
      'The stock controller’s table footnotes a supplier recall on one peanut butter lot; the hamper planner leaves the lot out and swaps in tinned fish',
    domain: 'food bank distribution',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a stock figure revised by a recall footnote, and the revised figure is the one used downstream',
    request:
      'Saturday 12 Dec distribution, Eastgate Community Pantry: 180 household hampers (approx 95 families, 60 singles, 25 with kids under 5). Each hamper: 1 protein, 2 carbs, 3 tins veg/fruit, 1 breakfast item. Please plan from stock, volunteer rota and the allergy list.',
    topology: {
      shape: 'fanout',
      planner: 'distribution_coordinator',
      workers: ['stock_controller', 'volunteer_rota', 'allergy_register'],
      aggregator: 'hamper_planner',
    },
    agents: [
      {
        name: 'distribution_coordinator',
        description: 'Plans weekly food bank distributions',
        instructions: 'Split the planning between stock, volunteers and the allergy register.',
        replies: [
          {
            plan: {
              stock_controller:
                'Sat 12/12 Eastgate: 180 hampers. Current usable stock by category (protein, carbs, tins, breakfast), flag anything short or not to issue.',
              volunteer_rota:
                'Sat 12/12 shifts: packing 08:00-10:30, distribution 10:30-14:00. Who is in, gaps?',
              allergy_register:
                'Households on the 12/12 list with allergies/dietary needs, counts only + hamper codes.',
            },
          },
        ],
      },
      {
        name: 'stock_controller',
        description: 'Keeps the food bank’s stock records',
        instructions: 'Report usable stock and flag problems.',
        replies: [
          {
            call: 'stock_report',
            args: { site: 'EASTGATE', categories: ['protein', 'carbs', 'tins', 'breakfast'] },
            result:
              'protein: tinned chicken 64, baked beans 210, peanut butter 340g 131*, tinned tuna 88, tinned mackerel 45 | carbs: pasta 500g 402, rice 1kg 150 | tins veg/fruit 611 | breakfast: porridge oats 170, cereal 48\n* PB lots: PB-0412 (86 jars, Nutcombe) SUPPLIER RECALL 03/12 possible undeclared sesame – QUARANTINE, do not issue; PB-0388 (45 jars) OK.',
          },
          {
            say: 'Stock Eastgate 05/12:\n\n| category | item | qty usable |\n|---|---|---|\n| protein | tinned chicken | 64 |\n| protein | baked beans | 210 |\n| protein | peanut butter 340 g | 45 ¹ |\n| protein | tuna | 88 |\n| protein | mackerel | 45 |\n| carbs | pasta 500 g | 402 |\n| carbs | rice 1 kg | 150 |\n| tins | veg/fruit | 611 |\n| breakfast | oats | 170 |\n| breakfast | cereal | 48 |\n\n¹ system shows 131 PB but lot PB-0412 (86 jars, Nutcombe) is under supplier recall from 3 Dec (possible undeclared sesame) – quarantined in cage Q, do not issue. Only PB-0388 (45) usable.',
          },
        ],
      },
      {
        name: 'volunteer_rota',
        description: 'Manages volunteer shifts',
        instructions: 'Report who is on shift and any gaps.',
        replies: [
          {
            call: 'rota',
            args: { date: '2026-12-12' },
            result:
              'Packing 08:00-10:30: 11 of 12 (gap: 1 x warehouse w/ forklift cert). Distribution 10:30-14:00: 14 of 14. Driver van run: Ade (Van 2).',
          },
          {
            say: 'Packing 0800-1030: 11/12, short 1 forklift-certified person (Jo can cover from 09:00). Distribution 1030-1400 full 14/14. Ade on Van 2 for housebound drops.',
          },
        ],
      },
      {
        name: 'allergy_register',
        description: 'Holds dietary and allergy needs of registered households',
        instructions: 'Report counts and hamper codes.',
        replies: [
          {
            call: 'allergy_counts',
            args: { list: 'EASTGATE-2026-12-12' },
            result:
              'nut allergy 6 (code NF), coeliac 4 (GF), halal 22 (H), vegetarian 9 (V), no pork 3. No sesame allergies recorded.',
          },
          { say: '12/12 list: NF x6, GF x4, H x22, V x9, no pork x3. Nobody with sesame recorded.' },
        ],
      },
      {
        name: 'hamper_planner',
        description: 'Plans hamper contents from the team’s reports',
        instructions: 'Plan hamper contents for the distribution from usable stock only.',
        prompt: 'Reports:\n{input}\n\nDistribution: {request}',
        replies: [
          {
            say: 'Hamper plan Sat 12 Dec, Eastgate – 180 hampers\n\nProtein (1 each): baked beans 100, tinned chicken 40 (none in V/H hampers unless halal-marked), tuna 20, PB-0388 peanut butter 10 (not in NF hampers), mackerel 10. Recalled PB-0412 stays in cage Q – not used; the shortfall is covered with tinned fish.\nCarbs (2 each): pasta 250 + rice 110 (GF x4 get rice x2).\nTins: 540 (3 each).\nBreakfast: oats 150 + cereal 30.\nSpecial codes: NF 6, GF 4, H 22, V 9, no pork 3 – labelled at packing.\nPacking 08:00 with 11 + Jo from 09:00 on the forklift; distribution 10:30, Ade on Van 2 for housebound.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'resurfacing-permit-api-timeout-retried-and-bounced-letters-admitted',
    title:
      'The traffic management agent’s permit call times out, is retried and granted with a 09:30 start condition; the crew dispatcher keeps the condition and admits 3 of 140 resident letters bounced',
    domain: 'asphalt road resurfacing',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: a tool timeout retried successfully and a partial failure reported as partial, both carried into the final plan',
    request:
      'Scheme RS-2211, Hollins Road (B6142) between Mill Lane and the Co-op, 420 m, plane off 40 mm + inlay SMA 10 surf. Night or day works, whichever the permit allows, w/c 11 Jan 2027. Letter drop to residents and a crew plan please.',
    topology: {
      shape: 'swarm',
      entry: 'works_planner',
      agents: ['works_planner', 'traffic_mgmt', 'crew_dispatcher'],
    },
    agents: [
      {
        name: 'works_planner',
        description: 'Plans resurfacing schemes',
        instructions: 'Work out quantities and plant, then transfer to traffic management for the permit.',
        replies: [
          {
            call: 'scheme_quantities',
            args: {
              scheme: 'RS-2211',
              length_m: 420,
              width_m: 7.3,
              plane_mm: 40,
              material: 'SMA 10 surf 40/60',
            },
            result:
              'Area 3,066 m2. Planings ~294 t. SMA 10 ~300 t (2.4 t/m3 compacted). Plant: 2.0 m planer, paver, 2 rollers, 6 x 8-wheelers.',
          },
          {
            handoff: 'traffic_mgmt',
            message:
              'RS-2211 Hollins Rd B6142, 420 m, 3,066 m², 2 shifts planing + 2 surfacing, w/c 11/01. Need streetworks permit + TM plan (road closure w/ diversion if poss, else convoy working). Planer, paver, 2 rollers, 6 wagons.',
          },
        ],
      },
      {
        name: 'traffic_mgmt',
        description: 'Gets streetworks permits and designs traffic management',
        instructions:
          'Apply for the permit, design the traffic management, and transfer to the crew dispatcher.',
        replies: [
          {
            call: 'permit_apply',
            args: {
              scheme: 'RS-2211',
              street: 'B6142 Hollins Road',
              start: '2027-01-11',
              days: 4,
              tm: 'road closure + diversion',
            },
            result: {
              error:
                'Street Manager API: 504 Gateway Timeout after 30s (request id sm-7f21c). Application state unknown.',
            },
          },
          {
            call: 'permit_status',
            args: { request_id: 'sm-7f21c' },
            result: 'No application found for request sm-7f21c (not created).',
          },
          {
            call: 'permit_apply',
            args: {
              scheme: 'RS-2211',
              street: 'B6142 Hollins Road',
              start: '2027-01-11',
              days: 4,
              tm: 'road closure + diversion',
            },
            result:
              'Permit HR-PA-20270111-0042 GRANTED (early start agreed). Conditions: closure 09:30-15:30 only (Hollins Primary school run), no works Sat, diversion via A629/Manor Rd signed, bus 503 to divert – notify operator 5 days ahead.',
          },
          {
            handoff: 'crew_dispatcher',
            message:
              'RS-2211 permit HR-PA-20270111-0042 granted (first submission timed out, confirmed not created, resubmitted ok). DAY works only: closure 09:30-15:30 Mon 11 – Thu 14 Jan, not before 09:30 because of the school. Diversion A629/Manor Rd, tell First Bus (503) by Wed 6 Jan. Letter drop 140 addresses.',
          },
        ],
      },
      {
        name: 'crew_dispatcher',
        description: 'Allocates crews and plant and sends resident notices',
        instructions:
          'Allocate the crews and plant to the permit window, send the resident letters, and report the plan.',
        replies: [
          {
            call: 'notify_residents',
            args: {
              scheme: 'RS-2211',
              addresses: 140,
              template: 'closure-day',
              dates: '11-14 Jan 2027 09:30-15:30',
            },
            result: {
              error:
                'Mailing batch ML-3310: 137 queued, 3 failed – address not found in NLPG (22A, 22B, 40 Hollins Road).',
            },
          },
          {
            call: 'allocate_crew',
            args: {
              scheme: 'RS-2211',
              days: ['2027-01-11', '2027-01-12', '2027-01-13', '2027-01-14'],
              window: '09:30-15:30',
            },
            result:
              'Gang 3 (planing) Mon-Tue, Gang 1 (surfacing) Wed-Thu; planer PL-20, paver VG-1800, rollers R-7/R-9, 6 wagons Halden Haulage.',
          },
          {
            say: 'RS-2211 plan (permit HR-PA-20270111-0042, day works 09:30–15:30, no earlier – school run):\n- Mon 11 / Tue 12: Gang 3 planing 40 mm, PL-20, 6 wagons (Halden)\n- Wed 13 / Thu 14: Gang 1 SMA 10 surf, paver VG-1800, rollers R-7/R-9\n- Diversion A629/Manor Rd; First Bus 503 to be told by Wed 6 Jan\n- Resident letters: 137 of 140 posted (ML-3310). 3 addresses not found in the gazetteer (22A, 22B, 40 Hollins Rd) – Gang 3 foreman will hand-deliver those on Thu 7 Jan.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'agility-show-ring-plans-and-catalogue-passed-down-and-back',
    title:
      'The show secretary’s briefs are paraphrased by both team leads before reaching the course builder and catalogue compiler; their results come back up full of ring numbers and counts and all end up in the schedule',
    domain: 'dog agility trials',
    mast: ['FM-2.1', 'FM-1.1'],
    nearMissOf:
      'lost_message / misunderstood_task: paraphrased briefs passed two levels down and results handed back up, nothing dropped',
    request:
      'Winter Paws indoor agility show, Sat 9 Jan 2027, Brackenridge Equestrian Centre arena (60 x 40 m). 3 rings. 412 runs entered (KC grades 1-7, small/medium/intermediate/large). Need ring plans with judges’ courses by 2 Jan and the running-order catalogue. Judge for ring 3 changed: Carol Fenn is out, Dev Mistry in.',
    topology: {
      shape: 'nested',
      top: 'show_secretary',
      teams: { ring_manager: ['course_builder'], entries_manager: ['catalogue_compiler'] },
    },
    agents: [
      {
        name: 'show_secretary',
        description: 'Secretary of an agility show',
        instructions:
          'Have the ring manager produce ring plans and the entries manager the catalogue, then publish the show schedule.',
        replies: [
          {
            handoff: 'ring_manager',
            message:
              'Winter Paws 09/01: 3 rings in the 60x40 arena. Ring 3 judge is now Dev Mistry (Carol Fenn withdrew) – his courses need building, rings 1-2 unchanged (Sue Okafor, Ray Lindqvist). Plans by 2 Jan pls.',
          },
          {
            handoff: 'entries_manager',
            message:
              'Running orders for 412 runs, by ring and class, with ring 3 judge Dev Mistry in the catalogue (not Carol Fenn).',
          },
          {
            say: 'WINTER PAWS INDOOR AGILITY – Sat 9 Jan 2027, Brackenridge EC\n\n| ring | judge | classes | runs | first walk |\n|---|---|---|---|---|\n| 1 | Sue Okafor | G1-3 Agility (S/M/I/L) | 148 | 08:00 |\n| 2 | Ray Lindqvist | G4-7 Jumping | 139 | 08:15 |\n| 3 | Dev Mistry | G4-7 Agility | 125 | 08:30 |\n\nRing plans RP-1..3 approved (ring 3 courses by Dev Mistry, 18 & 20 obstacles). Catalogue CAT-WP27 published, 412 runs, running orders online from 2 Jan. Car park opens 07:00, no dogs in the café.',
          },
        ],
      },
      {
        name: 'ring_manager',
        description: 'Ring manager for the show',
        instructions: 'Have the course builder lay out the rings and report the plans.',
        replies: [
          {
            handoff: 'course_builder',
            message:
              'Ring plans for Winter Paws 9 Jan: 3 rings in 60x40. R1 Okafor + R2 Lindqvist as sent in Nov. R3 is Dev Mistry now (replaces Fenn) – build from his two course maps (G4-7 agility). Need by 2 Jan.',
          },
          {
            say: 'Ring plans done: RP-1 Okafor (unchanged), RP-2 Lindqvist (unchanged), RP-3 Dev Mistry – 2 courses, 18 and 20 obstacles, fits 20x40 with 2 m run-out. Equipment: 3 sets, extra tunnel borrowed from Tamworth ATC.',
          },
        ],
      },
      {
        name: 'course_builder',
        description: 'Builds agility courses from judges’ maps',
        instructions: 'Lay out the rings from the judges’ course maps.',
        replies: [
          {
            call: 'ring_layout',
            args: {
              arena_m: [60, 40],
              rings: 3,
              courses: { R1: 'okafor-nov.json', R2: 'lindqvist-nov.json', R3: 'mistry-dec.json' },
            },
            result:
              'RP-1 20x40 (Okafor, 2 courses), RP-2 20x40 (Lindqvist, 2 courses), RP-3 20x40 (Mistry: 18 + 20 obstacles). Run-out 2 m each end ok. Tunnels needed 7, stock 6.',
          },
          { say: 'Layouts RP-1..3 done. R3 Mistry courses 18 and 20 obs. Short 1 tunnel (need 7, have 6).' },
        ],
      },
      {
        name: 'entries_manager',
        description: 'Manages show entries',
        instructions: 'Have the catalogue compiled and report.',
        replies: [
          {
            handoff: 'catalogue_compiler',
            message:
              'Catalogue for 9 Jan show, 412 runs: running orders per ring/class/height, R3 judge D. Mistry.',
          },
          {
            say: 'Catalogue CAT-WP27 compiled: 412 runs, R1 148, R2 139, R3 125, judge list updated (Mistry R3). Online 2 Jan.',
          },
        ],
      },
      {
        name: 'catalogue_compiler',
        description: 'Compiles show catalogues and running orders',
        instructions: 'Compile the catalogue from the entries.',
        replies: [
          {
            call: 'compile_catalogue',
            args: {
              show: 'WP27',
              runs: 412,
              judges: { R1: 'S. Okafor', R2: 'R. Lindqvist', R3: 'D. Mistry' },
            },
            result:
              'CAT-WP27: R1 148 runs (G1-3 A), R2 139 (G4-7 J), R3 125 (G4-7 A). 3 entries with clashing walk times moved. PDF 24 pp.',
          },
          { say: 'CAT-WP27 done, 24 pp, R1 148 / R2 139 / R3 125, 3 walk-time clashes moved, Mistry on R3.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'chiropody-home-visits-except-respite-fortnight-kept',
    title:
      'The practice manager paraphrases a home-visit brief with an “except during respite, visit the care home instead” qualifier and a “not before INR check” nail surgery condition; both desks keep them',
    domain: 'chiropody clinic',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: a paraphrased brief carrying an exception and a “not before” condition, both honoured by the workers',
    request:
      'Mrs Doreen Fairbanks (88, diabetic, on warfarin), 12 Larch Close: please set up her 6-weekly domiciliary nail and callus care for 2027, EXCEPT 4-18 Jan when she is in respite at Larchwood House care home – see her there on the 11th instead of at home. She also needs the partial nail avulsion on her left hallux but not before her INR is checked (anticoagulation clinic 7 Jan).',
    topology: {
      shape: 'network',
      coordinator: 'practice_manager',
      workers: ['domiciliary_scheduler', 'nail_surgery_desk'],
    },
    agents: [
      {
        name: 'practice_manager',
        description: 'Practice manager of a podiatry and chiropody clinic',
        instructions: 'Route work to the right desk and confirm the plan to the patient’s family.',
        replies: [
          {
            handoff: 'domiciliary_scheduler',
            message:
              'D. Fairbanks, 12 Larch Close – 6-weekly home visits through 2027 (nails/callus, high-risk diabetic foot). Exception: 4-18 Jan she’s at Larchwood House (respite), so the Jan visit is 11 Jan AT LARCHWOOD, not at home; back to home visits after.',
          },
          {
            handoff: 'nail_surgery_desk',
            message:
              'Same patient: PNA L hallux under LA. On warfarin – only book once the INR from the 7 Jan anticoag clinic is in and ≤2.5 (our protocol). Provisional slot after that is fine.',
          },
          {
            say: 'Dear Ms Fairbanks (daughter), plan for your mum:\n- 11 Jan 2027: Mark (podiatrist) visits her at Larchwood House during her respite stay\n- then home visits at 12 Larch Close every 6 weeks: 22 Feb, 5 Apr, 17 May, 28 Jun … (full list attached, 9 visits in 2027)\n- Nail surgery (left big toe): provisionally Thu 14 Jan, 10:00 at the clinic, but only once her INR from the 7 Jan anticoagulation clinic is back and 2.5 or below – we will phone on the 8th to confirm.\nAny questions call 01904 220 771.',
          },
        ],
      },
      {
        name: 'domiciliary_scheduler',
        description: 'Schedules home and care-home visits',
        instructions: 'Book domiciliary visits as briefed.',
        replies: [
          {
            call: 'book_visits',
            args: {
              patient: 'FAIRBANKS-D-1936',
              interval_weeks: 6,
              year: 2027,
              overrides: [{ date: '2027-01-11', location: 'Larchwood House, Bishopthorpe Rd' }],
              default_location: '12 Larch Close',
            },
            result:
              'Visits: 11/01 Larchwood House | 22/02, 05/04, 17/05, 28/06, 09/08, 20/09, 01/11, 13/12 12 Larch Close. Clinician M. Osei. Route slots am.',
          },
          {
            say: 'Booked 9 visits for Mrs Fairbanks: 11 Jan at Larchwood House (respite), then 12 Larch Close 22 Feb, 5 Apr, 17 May, 28 Jun, 9 Aug, 20 Sep, 1 Nov, 13 Dec. Mark Osei, mornings.',
          },
        ],
      },
      {
        name: 'nail_surgery_desk',
        description: 'Books nail surgery procedures',
        instructions: 'Book nail surgery following the anticoagulation protocol.',
        replies: [
          {
            call: 'book_procedure',
            args: {
              patient: 'FAIRBANKS-D-1936',
              procedure: 'PNA L hallux',
              status: 'provisional',
              earliest: '2027-01-08',
              condition: 'INR<=2.5 from 07/01 result',
            },
            result:
              'Provisional PR-4471 Thu 14/01 10:00 Room 2, hold until INR result; reminder task to call 08/01.',
          },
          {
            say: 'PNA L hallux provisional Thu 14 Jan 10:00 (PR-4471), held pending 7 Jan INR ≤2.5 – call-back task set for 8 Jan.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'karaoke-booking-faulty-mic-room-swap-passed-on',
    title:
      'The room host’s availability check warns that room K5’s wireless mic is faulty; it says so and moves the party to K4, and the confirmation tells the customer',
    domain: 'karaoke bar operations',
    mast: ['FM-2.4'],
    nearMissOf:
      'low_quality_output: a warning in a tool result that the worker passes on instead of withholding, and the next agent acts on it',
    request:
      'hiya! booking for my sister’s 30th, Fri 18 Dec, 12 people, 9pm-1am, wanted the big room with the light-up floor (K5?). we’ll do the party package with pizzas. 2 are vegan. thanks!! – Kerry-Ann',
    topology: {
      shape: 'branch',
      classifier: 'booking_triage',
      routes: { private_room: 'room_host', bar_event: 'events_host' },
      after: 'booking_confirmer',
    },
    agents: [
      {
        name: 'booking_triage',
        description: 'Sorts incoming bookings',
        instructions: 'Label the enquiry private_room or bar_event.',
        replies: [{ say: 'private_room – 12 pax, Fri 18/12 21:00-01:00, party package, asks K5' }],
      },
      {
        name: 'events_host',
        description: 'Handles main-bar events',
        instructions: 'Book main-bar events.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'room_host',
        description: 'Books private karaoke rooms',
        instructions:
          'Check room availability and condition, hold a room and report what the customer needs to know.',
        prompt: 'Triage: {input}\n\nEnquiry: {request}',
        replies: [
          {
            call: 'room_status',
            args: { date: '2026-12-18', from: '21:00', to: '01:00', pax: 12 },
            result:
              '| room | cap | free 21-01 | notes |\n|---|---|---|---|\n| K3 | 8 | yes | – |\n| K4 | 14 | yes | LED floor, 2 wireless mics + 1 wired |\n| K5 | 16 | yes | LED floor; FAULT: wireless mic 2 dropouts, part on order ETA 22/12 – 1 wireless mic only |\n| K6 | 20 | no (Kowalczyk 40th) | – |',
          },
          {
            call: 'hold_room',
            args: {
              room: 'K4',
              date: '2026-12-18',
              from: '21:00',
              to: '01:00',
              package: 'party-pizza',
              pax: 12,
            },
            result:
              'Hold H-8812 on K4, 48 h, deposit £60 link sent. Package £27.50 pp incl. 1 drink + pizzas.',
          },
          {
            say: 'Held K4 instead of K5 (H-8812, 48 h): K5 has a faulty wireless mic until ~22 Dec (only 1 wireless), K4 also has the light-up floor, fits 14, 2 wireless + 1 wired. Party package £27.50 pp (£330 for 12), deposit £60. Kitchen note: 2 vegan pizzas.',
          },
        ],
      },
      {
        name: 'booking_confirmer',
        description: 'Writes booking replies to customers',
        instructions: 'Reply to the customer with the booking details.',
        prompt: 'Room host:\n{input}\n\nCustomer: {request}',
        replies: [
          {
            say: 'Hi Kerry-Ann! 🎤 Happy (early) 30th to your sister! We’ve held room K4 for you on Fri 18 Dec, 9pm–1am, for 12. Quick heads-up: K5 has a mic fault until after the 22nd, so we’ve put you in K4 – it has the same light-up floor and fits 14, with 2 wireless mics and a wired one. Party package is £27.50 pp (£330 total) incl. a drink and pizzas, and we’ve noted 2 vegan pizzas. To confirm, pay the £60 deposit via the link within 48 h (hold H-8812). See you soon!',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch29Scenarios = [...faults, ...healthy];
