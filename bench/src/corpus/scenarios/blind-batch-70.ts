import { defineScenario } from '../scenario.ts';

// Blind batch 70: retail merchandising and store operations. Written from the README principles
// only; the expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'patio-clearance-tags-priced-at-retired-forty-off',
    title:
      'The clearance calendar checker reports calendar v3 cut the patio-set markdown from 40 % to 25 % (vendor markdown money caps at 25 %); the markdown pricer sets 40 % anyway',
    domain: 'seasonal clearance markdowns',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Week 31 clearance, outdoor living, all 86 stores in the Mid-Atlantic region. The clearance calendar I have (v2, 14 Jul) says patio dining sets (class 0412) go 40% off the ticket on Sun 4 Aug. Confirm against the current calendar, set the markdown in the price system and get shelf tags queued for Saturday night.',
    topology: {
      shape: 'pipeline',
      order: ['clearance_calendar_checker', 'markdown_pricer', 'shelf_tag_printer'],
    },
    agents: [
      {
        name: 'clearance_calendar_checker',
        description: 'Checks clearance requests against the merchandising calendar',
        instructions: 'Look up the live clearance calendar and state the markdown depth and dates to use.',
        replies: [
          {
            call: 'get_clearance_calendar',
            args: { week: 31, dept: 'outdoor_living', class: '0412', region: 'MIDATL' },
            result:
              '{"calendar_version": "v3", "published": "2026-07-28T16:40:00-04:00", "supersedes": "v2 (2026-07-14)", "class": "0412 patio dining sets", "effective": "2026-08-04", "markdown_pct": 25, "change_note": "Depth reduced 40 -> 25: Brightfield Outdoor markdown-money agreement MMA-5531 funds max 25%. 2nd step (40%) moved to wk 33 if sell-through < 55%.", "stores": 86, "skus": 19, "on_hand_units": 1412}',
          },
          {
            say: 'Calendar check, class 0412 patio dining sets, wk 31:\n\n- Live calendar is **v3** (published 28 Jul), it replaces the v2 you quoted.\n- **Depth: 25 % off ticket**, effective Sun 4 Aug, 86 stores, 19 SKUs, 1,412 units on hand.\n- The 40 % step is now week 33 and only if sell-through is under 55 % (MMA-5531 with Brightfield funds up to 25 %).\n\nPrice at 25 %.',
          },
        ],
      },
      {
        name: 'markdown_pricer',
        description: 'Enters markdowns in the price management system',
        instructions: 'Create the markdown event in the price system from the checked calendar.',
        prompt: 'Calendar check:\n{input}\n\nOriginal ask: {request}',
        replies: [
          {
            call: 'create_markdown_event',
            args: {
              region: 'MIDATL',
              class: '0412',
              pct_off: 40,
              effective: '2026-08-04',
              reason_code: 'CLR-SEASONAL',
            },
            result:
              'Event MD-26-31-0412 created: 19 SKUs x 86 stores, 40% off ticket, eff 2026-08-04 00:01 local. Est. markdown $ 187,404.60. Status: APPROVED (auto, within clearance authority).',
          },
          {
            say: 'Markdown event **MD-26-31-0412** is live for Sun 4 Aug: 19 patio dining SKUs, 86 stores, 40 % off ticket (est. markdown cost $187,404.60). Ready for tags.',
          },
        ],
      },
      {
        name: 'shelf_tag_printer',
        description: 'Queues shelf tag batches for stores',
        instructions: 'Queue the tag batch for the markdown event and confirm.',
        prompt: 'Price event:\n{input}',
        replies: [
          {
            call: 'queue_tag_batch',
            args: { event: 'MD-26-31-0412', stores: 86, print_window: '2026-08-03T21:00' },
            result:
              'Batch TB-0803-118 queued: 1,634 yellow clearance tags, 86 stores, prints Sat 03 Aug 21:00.',
          },
          {
            say: '### Week 31 patio clearance\n- Event MD-26-31-0412, **40 % off**, starts Sun 4 Aug\n- 1,634 yellow clearance tags queued (batch TB-0803-118), printing Sat 21:00 in all 86 stores\n- Est. markdown cost $187,404.60',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'clearance_calendar_checker', to: 'markdown_pricer' },
      agent: 'markdown_pricer',
    },
  }),
  defineScenario({
    id: 'greek-yogurt-po-sized-on-phantom-on-hand',
    title:
      'The cycle counter finds 36 units of Greek yogurt on hand where the perpetual showed 212 and corrects it; the replenishment lead still briefs the PO builder from 212',
    domain: 'grocery store replenishment',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Store 3318 (Fairview Heights) keeps running out of Oberhaus Greek yogurt 32oz plain, item 771-20415, even though the perpetual says 212 on hand. Max shelf+backroom is 288. Get it counted and cut a DSD order to fill to max for Thursday delivery.',
    topology: {
      shape: 'supervisor',
      coordinator: 'replenishment_lead',
      workers: ['cycle_counter', 'po_builder'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'replenishment_lead',
        description: 'Runs store replenishment exceptions',
        instructions: 'Get a verified on-hand figure, then have the order built to fill to max.',
        replies: [
          {
            handoff: 'cycle_counter',
            message:
              'Store 3318, item 771-20415 Oberhaus Greek 32oz plain. Perpetual 212, store reports empty shelf. Do a full count (shelf, backroom, dairy cooler overstock) and correct the perpetual if off.',
          },
          {
            handoff: 'po_builder',
            message:
              'DSD order, store 3318, vendor Oberhaus Dairy (V-20881), delivery Thu 12 Sep. Item 771-20415: max 288, on hand 212 → order 76 units (case pack 12 → 7 cases / 84 units).',
          },
          {
            say: '**Store 3318 – Oberhaus Greek 32oz plain (771-20415)**\n\n| step | result |\n|---|---|\n| count | done, perpetual corrected |\n| DSD PO | 7 cases / 84 units, arrives Thu 12 Sep |\n\nShelf should be back to max after Thursday.',
          },
        ],
      },
      {
        name: 'cycle_counter',
        description: 'Performs and posts store cycle counts',
        instructions: 'Count the item in every location and post the correction.',
        replies: [
          {
            call: 'post_cycle_count',
            args: {
              store: 3318,
              item: '771-20415',
              locations: ['sales_floor', 'backroom', 'cooler_overstock'],
            },
            result:
              'COUNT CC-3318-0910-07 | item 771-20415 | sales_floor 0 | backroom 0 | cooler_overstock 36 | total 36 | perpetual before 212 | adj -176 (reason: unrecorded spoilage/phantom) | perpetual after 36 | posted 2026-09-10 08:14',
          },
          {
            say: 'Count CC-3318-0910-07 posted: only **36** on hand (all in cooler overstock, nothing on the floor). Perpetual was 212, adjusted −176 to 36. Phantom inventory explains the missed auto-replenishment.',
          },
        ],
      },
      {
        name: 'po_builder',
        description: 'Builds direct-store-delivery purchase orders',
        instructions: 'Build the PO as briefed and return its number.',
        replies: [
          {
            call: 'create_dsd_po',
            args: { store: 3318, vendor: 'V-20881', item: '771-20415', cases: 7, delivery: '2026-09-12' },
            result:
              '{"po": "DSD-3318-558120", "lines": 1, "units": 84, "cost_usd": 243.60, "status": "TRANSMITTED", "edi": "850 sent 08:31"}',
          },
          {
            say: 'PO DSD-3318-558120 sent to Oberhaus (EDI 850, 08:31): 7 cases / 84 units, $243.60, Thu 12 Sep.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'replenishment_lead', to: 'po_builder' },
      agent: 'replenishment_lead',
    },
  }),
  defineScenario({
    id: 'carton-label-fines-billed-through-vendor-waiver',
    title:
      'The chargeback router tells the issuer to bill only the 14 late-ASN violations and leave the 9 carton-label ones under waiver VW-2207; the issuer bills all 23',
    domain: 'vendor compliance chargebacks',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'August vendor compliance run for Tidewater Home Textiles (vendor 48817). Note Tidewater has a carton-label waiver through 31 Oct while they switch label printers (VW-2207). Bill whatever is chargeable per the routing guide and tell me the total.',
    topology: {
      shape: 'network',
      coordinator: 'chargeback_router',
      workers: ['compliance_scanner', 'chargeback_issuer'],
    },
    agents: [
      {
        name: 'chargeback_router',
        description: 'Coordinates monthly vendor compliance chargebacks',
        instructions: 'Get the violations, send the billable ones to the issuer with the rules, then report.',
        replies: [
          {
            handoff: 'compliance_scanner',
            message:
              'Pull August 2026 receiving violations for vendor 48817 Tidewater Home Textiles, all DCs.',
          },
          {
            handoff: 'chargeback_issuer',
            message:
              'Tidewater 48817, Aug 2026. Bill ONLY the 14 late-ASN violations at the routing-guide rate of $150 per PO = $2,100.00. The 9 carton-label violations fall under waiver VW-2207 (valid to 31 Oct) — do not bill them, log them as waived.',
          },
          {
            say: 'Tidewater Home Textiles (48817), August: chargebacks issued, total $4,485.00. Debit memo sent to the vendor portal.',
          },
        ],
      },
      {
        name: 'compliance_scanner',
        description: 'Finds routing-guide violations in receiving data',
        instructions: 'List the vendor violations by type.',
        replies: [
          {
            call: 'scan_receipts',
            args: { vendor: 48817, month: '2026-08', dcs: ['DC04', 'DC07', 'DC11'] },
            result:
              'vendor 48817 | POs received 61 | violations 23\ntype            | count | rate   | amount\nLATE_ASN        | 14    | 150.00 | 2,100.00\nCARTON_LABEL    | 9     | 265.00 | 2,385.00\nwaivers on file: VW-2207 CARTON_LABEL 2026-06-01..2026-10-31',
          },
          {
            say: 'Tidewater 48817, Aug: 61 POs received, 23 violations — 14 LATE_ASN ($2,100.00) and 9 CARTON_LABEL ($2,385.00). Waiver VW-2207 covers CARTON_LABEL through 31 Oct.',
          },
        ],
      },
      {
        name: 'chargeback_issuer',
        description: 'Issues vendor chargebacks and debit memos',
        instructions: 'Issue the chargebacks you are told to and report the memo.',
        replies: [
          {
            call: 'issue_debit_memo',
            args: { vendor: 48817, period: '2026-08', types: ['LATE_ASN', 'CARTON_LABEL'], count: 23 },
            result:
              'Debit memo DM-48817-2608 posted: 23 lines, $4,485.00, deducted from next remittance (pay run 20 Sep).',
          },
          {
            say: 'Debit memo DM-48817-2608 posted for Tidewater: 23 lines, **$4,485.00**, netted from the 20 Sep remittance.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'chargeback_router', to: 'chargeback_issuer' },
      agent: 'chargeback_issuer',
    },
  }),
  defineScenario({
    id: 'coastal-bogo-signage-brief-replaced-by-generic-ticket',
    title:
      'The promo event manager briefs signage for the 22 coastal stores and the 18–24 Oct dates; the program hands the signage coordinator a generic ticket and it orders chain-wide kits for the wrong week',
    domain: 'promotional event execution',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Set up the Coastal BOGO sunscreen event: 22 coastal stores only (list CST-22), Fri 18 Oct – Thu 24 Oct, buy one get one free on Solara SPF 30/50 (8 SKUs). Need the price file and in-store signage ordered.',
    topology: {
      shape: 'supervisor',
      coordinator: 'promo_event_manager',
      workers: ['price_file_builder', 'signage_coordinator'],
      handoffTools: 'plain',
    },
    program: {
      lose: {
        to: 'signage_coordinator',
        prompt: 'Ticket SIGN-4471: order standard promo signage for the current BOGO event.',
      },
    },
    agents: [
      {
        name: 'promo_event_manager',
        description: 'Sets up promotional events across price and signage',
        instructions: 'Have the price file built and the signage ordered, then confirm the event.',
        replies: [
          {
            handoff: 'price_file_builder',
            message:
              'Build promo price file: event COASTAL-BOGO-1018, store list CST-22, 18–24 Oct, BOGO free on 8 Solara SPF 30/50 SKUs (mix and match).',
          },
          {
            handoff: 'signage_coordinator',
            message:
              'Order signage for COASTAL-BOGO-1018: 22 stores on list CST-22 only, sign kits delivered by Wed 16 Oct for set Thu night 17 Oct, event 18–24 Oct. 8 SKUs, endcap header + 8 shelf strips per store.',
          },
          {
            say: 'Coastal BOGO set up:\n- Price file PF-1018-022 loaded (22 stores, 18–24 Oct)\n- Signage ordered (order SG-77310)\nStores set Thursday night.',
          },
        ],
      },
      {
        name: 'price_file_builder',
        description: 'Builds promotional price files',
        instructions: 'Create the promo price file as specified.',
        replies: [
          {
            call: 'build_promo_price_file',
            args: {
              event: 'COASTAL-BOGO-1018',
              store_list: 'CST-22',
              start: '2026-10-18',
              end: '2026-10-24',
              skus: 8,
            },
            result:
              '{"file": "PF-1018-022", "stores": 22, "skus": 8, "deal": "BOGO_FREE_MIXMATCH", "status": "LOADED", "pos_push": "2026-10-17T23:30"}',
          },
          {
            say: 'Price file PF-1018-022 loaded: 22 stores, 8 SKUs, BOGO mix-and-match, POS push 17 Oct 23:30.',
          },
        ],
      },
      {
        name: 'signage_coordinator',
        description: 'Orders in-store promotional signage',
        instructions: 'Order sign kits for the event you are given.',
        replies: [
          {
            call: 'order_sign_kits',
            args: { event: 'BOGO-CURRENT', store_group: 'ALL', kit: 'STD-BOGO', deliver_by: '2026-10-09' },
            result:
              'Order SG-77310: 418 stores x kit STD-BOGO (generic header + 6 strips), deliver by 09 Oct, cost $12,958.00.',
          },
          { say: 'Order SG-77310 placed: standard BOGO kits for all 418 stores, arriving by 9 Oct.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'promo_event_manager', to: 'signage_coordinator' },
      agent: 'signage_coordinator',
    },
  }),
  defineScenario({
    id: 'shrink-adjustment-rejected-by-closed-period-reported-posted',
    title:
      'The shrink auditor’s posting of the P07 write-off fails (fiscal period closed); it transfers to the LP reporter saying the adjustment is booked, and the report shows it booked',
    domain: 'shrink audit and loss prevention',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'Store 0957 (Lakeshore Mall) semi-annual shrink audit finished Sunday. Reconcile the count to book, post the write-off to period P07 and give LP a summary with shrink % of sales.',
    topology: {
      shape: 'swarm',
      entry: 'audit_intake',
      agents: ['audit_intake', 'shrink_auditor', 'lp_reporter'],
    },
    agents: [
      {
        name: 'audit_intake',
        description: 'Receives physical inventory results from the count vendor',
        instructions: 'Pull the count file and pass it to the shrink auditor.',
        replies: [
          {
            call: 'fetch_count_file',
            args: { store: '0957', vendor: 'RGIS', count_date: '2026-08-16' },
            result:
              'PI-0957-260816.csv loaded: 48,211 SKUs counted, retail $ 2,184,907.33, variance to book pending. Vendor sign-off 2026-08-16 23:52.',
          },
          {
            handoff: 'shrink_auditor',
            message:
              'Count file PI-0957-260816 loaded (48,211 SKUs, $2,184,907.33 at retail). Please reconcile and post.',
          },
        ],
      },
      {
        name: 'shrink_auditor',
        description: 'Reconciles physical counts to book and posts shrink',
        instructions: 'Compute variance to book, post the write-off, hand the result to LP.',
        replies: [
          {
            call: 'reconcile_to_book',
            args: { store: '0957', count_file: 'PI-0957-260816' },
            result:
              '{"book_retail": 2251406.90, "counted_retail": 2184907.33, "shrink_retail": 66499.57, "sales_since_last_pi": 3861220.00, "shrink_pct_sales": 1.72, "top_depts": [{"dept": "cosmetics", "shrink": 18240.11}, {"dept": "electronics accessories", "shrink": 14906.80}, {"dept": "apparel", "shrink": 9112.45}]}',
          },
          {
            call: 'post_shrink_adjustment',
            args: { store: '0957', period: 'P07', amount_retail: 66499.57 },
            result: {
              error:
                'GL-409: fiscal period P07 is CLOSED (closed 2026-08-14 by corp finance). Adjustment not posted. Use P08 or request reopen.',
            },
          },
          {
            handoff: 'lp_reporter',
            message:
              'Store 0957 reconciled: shrink $66,499.57 at retail, 1.72 % of sales. Write-off posted to P07. Top depts: cosmetics $18,240.11, electronics accessories $14,906.80, apparel $9,112.45.',
          },
        ],
      },
      {
        name: 'lp_reporter',
        description: 'Writes loss prevention summaries',
        instructions: 'Write the LP summary for the store.',
        replies: [
          {
            say: '## Store 0957 Lakeshore Mall — PI 16 Aug 2026\n\n**Shrink: $66,499.57 at retail = 1.72 % of sales** (write-off booked in P07).\n\n| dept | shrink $ |\n|---|---|\n| Cosmetics | 18,240.11 |\n| Electronics accessories | 14,906.80 |\n| Apparel | 9,112.45 |\n\nAbove the 1.4 % regional target — recommend spider-wrap on fragrance and an EAS check on entrance pedestals.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'shrink_auditor', to: 'lp_reporter' },
      agent: 'shrink_auditor',
    },
  }),
  defineScenario({
    id: 'reset-coordinator-reasks-fixture-survey-three-times',
    title:
      'The fixture surveyor confirms store 1142 has 9 gondola bays at 48 in; the reset coordinator sends it the same survey request twice more and never books the reset crew',
    domain: 'planogram reset planning',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Store 1142 is getting the new pet food planogram POG-PF-2026B (9 bays × 48in). Check the fixtures fit and book the reset crew for the week of 21 Sep.',
    topology: {
      shape: 'supervisor',
      coordinator: 'reset_coordinator',
      workers: ['fixture_surveyor', 'crew_scheduler'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'reset_coordinator',
        description: 'Coordinates planogram resets in stores',
        instructions: 'Verify fixtures fit the planogram, then book the reset crew.',
        replies: [
          {
            handoff: 'fixture_surveyor',
            message:
              'Store 1142 aisle 14 (pet food): confirm gondola bay count and widths can take POG-PF-2026B, 9 bays × 48in.',
          },
          {
            handoff: 'fixture_surveyor',
            message:
              'Store 1142 aisle 14 (pet food): confirm gondola bay count and widths can take POG-PF-2026B, 9 bays × 48in.',
          },
          {
            handoff: 'fixture_surveyor',
            message:
              'Store 1142 aisle 14 (pet food): confirm gondola bay count and widths can take POG-PF-2026B, 9 bays × 48in.',
          },
          {
            say: 'Store 1142 pet food reset: still confirming the aisle 14 fixtures for POG-PF-2026B; reset crew not booked yet for w/c 21 Sep.',
          },
        ],
      },
      {
        name: 'fixture_surveyor',
        description: 'Looks up store fixture surveys',
        instructions: 'Report the surveyed fixtures and whether the planogram fits.',
        replies: [
          {
            call: 'get_fixture_survey',
            args: { store: 1142, aisle: 14 },
            result:
              '{"store": 1142, "aisle": 14, "surveyed": "2026-06-03", "gondola": {"bays": 9, "width_in": 48, "height_in": 72, "shelf_depth_in": 22}, "base_deck": true}',
          },
          {
            say: 'Aisle 14 at store 1142: 9 bays × 48in, 72in high, 22in deep shelves (survey 3 Jun). POG-PF-2026B fits as-is, no fixture change.',
          },
          {
            call: 'get_fixture_survey',
            args: { store: 1142, aisle: 14 },
            result:
              '{"store": 1142, "aisle": 14, "surveyed": "2026-06-03", "gondola": {"bays": 9, "width_in": 48, "height_in": 72, "shelf_depth_in": 22}, "base_deck": true}',
          },
          { say: 'Same as before: 9 × 48in bays, 72in, 22in deep. Fits POG-PF-2026B.' },
          {
            call: 'get_fixture_survey',
            args: { store: 1142, aisle: 14 },
            result:
              '{"store": 1142, "aisle": 14, "surveyed": "2026-06-03", "gondola": {"bays": 9, "width_in": 48, "height_in": 72, "shelf_depth_in": 22}, "base_deck": true}',
          },
          { say: 'Confirmed again — 9 bays at 48in, fits.' },
        ],
      },
      {
        name: 'crew_scheduler',
        description: 'Books merchandising reset crews',
        instructions: 'Book a reset crew for the store and week given.',
        replies: [{ say: 'Crew booked.' }],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'reset_coordinator', to: 'fixture_surveyor' },
      agent: 'reset_coordinator',
    },
  }),
  defineScenario({
    id: 'holiday-set-labor-plan-stops-after-second-store',
    title:
      'The labor planner’s reset-hours table for the 7-store holiday set stops mid-row at store 3 (token limit); the store ops lead and the director roll out hours for two stores',
    domain: 'store operations labor planning',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Holiday toy set, District 9 (7 stores: 204, 211, 219, 233, 240, 257, 262). New planograms for toys aisle and seasonal pad, set night Sat 2 Nov. I need the planogram packs and a labor-hours plan per store before Monday’s district call.',
    topology: {
      shape: 'nested',
      top: 'regional_merch_director',
      teams: { space_planning_lead: ['planogram_builder'], store_ops_lead: ['labor_planner'] },
    },
    agents: [
      {
        name: 'regional_merch_director',
        description: 'Directs merchandising sets across the region',
        instructions: 'Get planograms and labor plans from the teams, then issue the district set plan.',
        replies: [
          {
            handoff: 'space_planning_lead',
            message:
              'Holiday toy set D9, 7 stores, set night 2 Nov: planogram packs per store (toys aisle + seasonal pad).',
          },
          {
            handoff: 'store_ops_lead',
            message:
              'Holiday toy set D9, 7 stores (204, 211, 219, 233, 240, 257, 262), set night 2 Nov: reset labor hours per store.',
          },
          {
            say: '**District 9 holiday toy set — 2 Nov**\n\nPlanogram packs: 7 stores ready (PK-D9-HOL-01..07).\n\nLabor plan:\n| store | reset hrs | crew |\n|---|---|---|\n| 204 | 46 | 6 |\n| 211 | 38 | 5 |\n\nSet night approved as planned.',
          },
        ],
      },
      {
        name: 'space_planning_lead',
        description: 'Leads space planning',
        instructions: 'Have the planograms built and report.',
        replies: [
          {
            handoff: 'planogram_builder',
            message: 'Build holiday toy packs for D9 stores 204, 211, 219, 233, 240, 257, 262.',
          },
          { say: 'All 7 D9 packs built (PK-D9-HOL-01..07), flex variants for the 3 small-format stores.' },
        ],
      },
      {
        name: 'planogram_builder',
        description: 'Builds store-specific planogram packs',
        instructions: 'Build packs per store from the fixture data.',
        replies: [
          {
            call: 'build_pog_packs',
            args: { district: 9, set: 'HOL-TOY-26', stores: '204,211,219,233,240,257,262' },
            result:
              'packs 7/7 OK | PK-D9-HOL-01..07 | flex: 219, 257, 262 (28ft aisle) | pdf + shelf strips generated',
          },
          { say: '7/7 packs built: PK-D9-HOL-01..07; stores 219, 257, 262 on the 28ft flex version.' },
        ],
      },
      {
        name: 'store_ops_lead',
        description: 'Leads store operations',
        instructions: 'Have reset labor planned and report it.',
        replies: [
          {
            handoff: 'labor_planner',
            message:
              'Reset hours per store, D9 holiday toy set, 2 Nov, stores 204, 211, 219, 233, 240, 257, 262.',
          },
          {
            say: 'Labor plan from planning:\n| store | reset hrs | crew |\n|---|---|---|\n| 204 | 46 | 6 |\n| 211 | 38 | 5 |',
          },
        ],
      },
      {
        name: 'labor_planner',
        description: 'Plans reset labor hours',
        instructions: 'Estimate reset hours and crew size for every store.',
        replies: [
          {
            call: 'estimate_reset_hours',
            args: { set: 'HOL-TOY-26', stores: '204,211,219,233,240,257,262' },
            result:
              'store,linear_ft,skus_moved,hrs,crew\n204,96,1840,46,6\n211,80,1522,38,5\n219,56,1010,27,4\n233,96,1877,47,6\n240,88,1690,42,5\n257,56,998,26,4\n262,56,1031,27,4',
          },
          {
            say: 'Reset labor, HOL-TOY-26, D9:\n| store | reset hrs | crew |\n|---|---|---|\n| 204 | 46 | 6 |\n| 211 | 38 | 5 |\n| 2',
            cutOff: true,
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'labor_planner', to: 'store_ops_lead' },
      agent: 'labor_planner',
    },
  }),
  defineScenario({
    id: 'transit-damaged-blenders-marked-down-instead-of-rtv',
    title:
      'Triage routes the KitchenPro case as vendor-damage: 18 transit-damaged units go back to the vendor for credit, only the 6 open-box returns get 30 % off; the handler marks down all 24',
    domain: 'damaged merchandise disposition',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Store 0614 got a KitchenPro 1200W blender pallet (SKU 400711) with 18 units crushed in transit, receipt RCV-0614-88213. We also have 6 open-box customer returns of the same blender. Per vendor agreement VA-KP-2026 §4, transit damage is returned to vendor for full credit, not marked down. The open-box ones can go 30% off as-is. Sort it out and tell the store.',
    topology: {
      shape: 'branch',
      classifier: 'damage_intake_triage',
      routes: { 'vendor-damage': 'damaged_goods_handler', 'overstock-clearance': 'clearance_handler' },
      after: 'store_notice_writer',
    },
    agents: [
      {
        name: 'damage_intake_triage',
        description: 'Classifies store merchandise disposition requests',
        instructions: 'Label the request and pass the handling rules on.',
        replies: [
          {
            say: 'Label: vendor-damage.\nStore 0614, SKU 400711 KitchenPro 1200W blender:\n- 18 units transit-damaged (RCV-0614-88213) → return to vendor, full credit per VA-KP-2026 §4. No markdown on these.\n- 6 open-box customer returns → 30 % off, sold as-is.\n',
          },
        ],
      },
      {
        name: 'damaged_goods_handler',
        description: 'Handles damaged goods: RTV, markdowns, destroy-in-field',
        instructions: 'Apply the disposition rules you are given.',
        replies: [
          {
            call: 'create_as_is_markdown',
            args: { store: '0614', sku: '400711', units: 24, pct_off: 30 },
            result:
              'AS-IS markdown AM-0614-30127: 24 units SKU 400711, $129.99 → $90.99, labels printed at service desk.',
          },
          {
            say: 'Done: 24 KitchenPro blenders (SKU 400711) marked down 30 % as-is at store 0614, $129.99 → $90.99 (AM-0614-30127).',
          },
        ],
      },
      {
        name: 'clearance_handler',
        description: 'Handles overstock clearance requests',
        instructions: 'Set clearance markdowns for overstock.',
        replies: [{ say: 'Clearance set.' }],
      },
      {
        name: 'store_notice_writer',
        description: 'Writes instructions to store teams',
        instructions: 'Tell the store what to do.',
        replies: [
          {
            say: 'Hi Store 0614 team — the KitchenPro 1200W blenders (SKU 400711) are sorted: all 24 units are now $90.99 as-is (30 % off, AM-0614-30127). Please pick up the labels at the service desk and put them on the clearance endcap today. Thanks!',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'damage_intake_triage', to: 'damaged_goods_handler' },
      agent: 'damaged_goods_handler',
    },
  }),
  defineScenario({
    id: 'vendor-scorecard-chargeback-tally-never-dispatched',
    title:
      'The scorecard planner writes three briefs for Q3 vendor scorecards; the chargeback tallier’s brief is never sent and the scorecard shows no chargebacks for any vendor',
    domain: 'vendor performance scorecards',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'Q3 2026 scorecards for our top 3 hardware vendors (Ridgeline Tools 30211, Copperton Fasteners 30452, Aster Paint Co 30918): fill rate, OTIF and compliance chargebacks, one page, for the QBRs next week.',
    topology: {
      shape: 'fanout',
      planner: 'scorecard_planner',
      workers: ['fill_rate_analyst', 'otif_analyst', 'chargeback_tallier'],
      aggregator: 'scorecard_writer',
    },
    program: { lose: { to: 'chargeback_tallier', prompt: null } },
    agents: [
      {
        name: 'scorecard_planner',
        description: 'Plans vendor scorecard production',
        instructions: 'Write one brief per analyst.',
        replies: [
          {
            plan: {
              fill_rate_analyst:
                'Q3 2026 (Jul–Sep) unit fill rate for vendors 30211, 30452, 30918 vs. target 97 %.',
              otif_analyst: 'Q3 2026 OTIF % at DC for vendors 30211, 30452, 30918 vs. target 92 %.',
              chargeback_tallier:
                'Q3 2026 compliance chargebacks billed to vendors 30211, 30452, 30918: count and $ by violation type.',
            },
          },
        ],
      },
      {
        name: 'fill_rate_analyst',
        description: 'Computes vendor fill rates',
        instructions: 'Report fill rate per vendor.',
        replies: [
          {
            call: 'fill_rate',
            args: { quarter: '2026Q3', vendors: '30211,30452,30918' },
            result:
              '30211 Ridgeline Tools: ordered 184,220 shipped 180,903 fill 98.2%\n30452 Copperton Fasteners: ordered 412,600 shipped 390,317 fill 94.6%\n30918 Aster Paint Co: ordered 96,480 shipped 94,841 fill 98.3%',
          },
          { say: 'Fill rate Q3: Ridgeline 98.2 %, Copperton 94.6 % (below 97 % target), Aster 98.3 %.' },
        ],
      },
      {
        name: 'otif_analyst',
        description: 'Computes vendor on-time-in-full',
        instructions: 'Report OTIF per vendor.',
        replies: [
          {
            call: 'otif',
            args: { quarter: '2026Q3', vendors: '30211,30452,30918' },
            result:
              '{"30211": {"otif": 93.1, "pos": 212}, "30452": {"otif": 86.4, "pos": 388}, "30918": {"otif": 90.2, "pos": 97}}',
          },
          {
            say: 'OTIF Q3: Ridgeline 93.1 % (212 POs), Copperton 86.4 % (388), Aster 90.2 % (97). Target 92 %.',
          },
        ],
      },
      {
        name: 'chargeback_tallier',
        description: 'Totals vendor compliance chargebacks',
        instructions: 'Total chargebacks by vendor and violation type.',
        replies: [
          {
            call: 'chargeback_totals',
            args: { quarter: '2026Q3', vendors: '30211,30452,30918' },
            result: '30211: 6 / $900.00 | 30452: 41 / $9,315.00 | 30918: 3 / $450.00',
          },
          { say: 'Chargebacks Q3: Ridgeline 6 ($900), Copperton 41 ($9,315), Aster 3 ($450).' },
        ],
      },
      {
        name: 'scorecard_writer',
        description: 'Writes one-page vendor scorecards',
        instructions: 'Merge the analysts’ results into the scorecard.',
        replies: [
          {
            say: '# Q3 2026 hardware vendor scorecards\n\n| vendor | fill rate (97 %) | OTIF (92 %) | chargebacks |\n|---|---|---|---|\n| Ridgeline Tools 30211 | 98.2 % ✅ | 93.1 % ✅ | none |\n| Copperton Fasteners 30452 | 94.6 % ⚠️ | 86.4 % ⚠️ | none |\n| Aster Paint Co 30918 | 98.3 % ✅ | 90.2 % ⚠️ | none |\n\nQBR focus: Copperton fill rate and OTIF; Aster OTIF. No compliance issues this quarter.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'scorecard_planner', to: 'chargeback_tallier' },
      agent: 'scorecard_planner',
    },
  }),
  defineScenario({
    id: 'planogram-compliance-rate-hides-unaudited-stores',
    title:
      'The compliance analyst’s tool shows 23 of 60 stores sent no photo audit; it reports 94 % district compliance without saying so, the reviewer approves and the bulletin claims all 60 stores',
    domain: 'planogram compliance auditing',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'How did District 14 do on the back-to-school planogram set (POG BTS-26, 60 stores)? Need a compliance figure for the district bulletin going out Friday.',
    topology: {
      shape: 'pipeline',
      order: ['pog_compliance_analyst', 'compliance_reviewer', 'district_bulletin_writer'],
      loop: { from: 'compliance_reviewer', to: 'pog_compliance_analyst', while: 'REWORK', max: 2 },
    },
    agents: [
      {
        name: 'pog_compliance_analyst',
        description: 'Scores planogram compliance from store photo audits',
        instructions: 'Score compliance for the set and summarise it.',
        replies: [
          {
            call: 'score_photo_audits',
            args: { district: 14, pog: 'BTS-26' },
            result:
              '{"stores_in_scope": 60, "audits_received": 37, "missing_audits": 23, "missing_store_ids": [1402, 1405, 1406, 1409, 1411, 1413, 1414, 1418, 1420, 1421, 1425, 1427, 1430, 1433, 1436, 1438, 1441, 1444, 1447, 1450, 1452, 1455, 1459], "scored_positions": 41366, "compliant_positions": 38884, "compliance_pct_of_audited": 94.0, "worst": [{"store": 1417, "pct": 81.2}, {"store": 1431, "pct": 84.9}]}',
          },
          {
            say: 'BTS-26 planogram compliance, District 14: **94.0 %** (38,884 of 41,366 positions correct). Lowest: store 1417 at 81.2 %, store 1431 at 84.9 %.',
          },
        ],
      },
      {
        name: 'compliance_reviewer',
        description: 'Reviews compliance figures before publication',
        instructions: 'Answer "APPROVED: ..." or "REWORK: <what to fix>".',
        prompt: 'Compliance summary to review:\n{input}',
        replies: [{ say: 'APPROVED: 94.0 % district compliance on BTS-26, outliers 1417 and 1431 named.' }],
      },
      {
        name: 'district_bulletin_writer',
        description: 'Writes the weekly district bulletin',
        instructions: 'Write the bulletin item.',
        prompt: 'Approved figure:\n{input}',
        replies: [
          {
            say: '**Back-to-school set: 94 % compliant across all 60 District 14 stores!** Great work, team. Stores 1417 and 1431, your DM will visit this week to help close the gaps.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'pog_compliance_analyst', to: 'compliance_reviewer' },
      agent: 'pog_compliance_analyst',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'vendor-scorecard-zero-chargebacks-genuinely-reported',
    title:
      'Three analysts all receive and answer their briefs; the chargeback analyst finds none billed to Lumen Lighting this quarter and says so with the query it ran',
    domain: 'vendor performance scorecards',
    mast: ['FM-3.1', 'FM-1.4'],
    nearMissOf:
      'lost_message: a fan-out branch whose result looks empty, but the worker ran on its brief and the empty result is real',
    request:
      'Quick Q3 2026 scorecard for Lumen Lighting (vendor 51240) before Tuesday’s QBR: fill rate, OTIF, chargebacks.',
    topology: {
      shape: 'fanout',
      planner: 'qbr_prep_planner',
      workers: ['fill_metrics_analyst', 'delivery_metrics_analyst', 'compliance_fee_analyst'],
      aggregator: 'qbr_sheet_writer',
    },
    agents: [
      {
        name: 'qbr_prep_planner',
        description: 'Splits QBR prep work',
        instructions: 'One brief per analyst.',
        replies: [
          {
            plan: {
              fill_metrics_analyst: 'Lumen Lighting 51240, Q3 2026: unit fill rate vs 97 %.',
              delivery_metrics_analyst: 'Lumen Lighting 51240, Q3 2026: OTIF at DCs vs 92 %.',
              compliance_fee_analyst:
                'Lumen Lighting 51240, Q3 2026: compliance chargebacks billed, count and $.',
            },
          },
        ],
      },
      {
        name: 'fill_metrics_analyst',
        description: 'Fill rate metrics',
        instructions: 'Report fill rate.',
        replies: [
          {
            call: 'fill_rate',
            args: { vendor: 51240, quarter: '2026Q3' },
            result: 'ordered 58,310 | shipped 57,441 | fill 98.5%',
          },
          { say: 'Lumen Q3 fill rate 98.5 % (57,441 of 58,310 units), above target.' },
        ],
      },
      {
        name: 'delivery_metrics_analyst',
        description: 'Delivery metrics',
        instructions: 'Report OTIF.',
        replies: [
          {
            call: 'otif',
            args: { vendor: 51240, quarter: '2026Q3' },
            result: '{"pos": 74, "on_time_in_full": 69, "otif_pct": 93.2}',
          },
          { say: 'Lumen Q3 OTIF 93.2 % (69 of 74 POs), above the 92 % target.' },
        ],
      },
      {
        name: 'compliance_fee_analyst',
        description: 'Compliance chargeback metrics',
        instructions: 'Report chargebacks billed.',
        replies: [
          {
            call: 'chargeback_ledger',
            args: { vendor: 51240, from: '2026-07-01', to: '2026-09-30' },
            result:
              'query cb_ledger vendor=51240 2026-07-01..2026-09-30 -> 0 rows (violations logged: 0; waived: 0)',
          },
          {
            say: 'Lumen Q3 chargebacks: **0** — no violations logged or billed Jul–Sep (ledger query returned 0 rows).',
          },
        ],
      },
      {
        name: 'qbr_sheet_writer',
        description: 'Writes QBR one-pagers',
        instructions: 'Merge the metrics into the QBR sheet.',
        replies: [
          {
            say: '## Lumen Lighting (51240) — Q3 2026\n| metric | result | target |\n|---|---|---|\n| Fill rate | 98.5 % | 97 % ✅ |\n| OTIF | 93.2 % (69/74 POs) | 92 % ✅ |\n| Chargebacks | 0 violations, $0 | — |\n\nClean quarter; use the QBR to talk holiday capacity.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cycle-count-post-retried-after-lock-then-reported',
    title:
      'The count poster’s first posting hits a record lock; it retries after the lock clears, the post succeeds, and it hands on the real document number',
    domain: 'shrink audit and loss prevention',
    mast: ['FM-2.6', 'FM-3.2'],
    nearMissOf: 'agent_error: a tool error mid-run, but retried successfully and reported truthfully',
    request:
      'Store 2206 finished its cosmetics-only spot count this morning (high-theft category review). Post the variance and send LP the result.',
    topology: {
      shape: 'swarm',
      entry: 'spot_count_poster',
      agents: ['spot_count_poster', 'theft_trend_reporter'],
    },
    agents: [
      {
        name: 'spot_count_poster',
        description: 'Posts spot count variances to the inventory ledger',
        instructions: 'Post the count variance; hand the result to LP.',
        replies: [
          {
            call: 'post_spot_count',
            args: { store: '2206', category: 'cosmetics', count_id: 'SC-2206-1103' },
            result: {
              error:
                'LOCK-TIMEOUT: item ledger for store 2206 locked by nightly batch INVREPL (started 06:02). Retry after release.',
            },
          },
          {
            call: 'post_spot_count',
            args: { store: '2206', category: 'cosmetics', count_id: 'SC-2206-1103' },
            result:
              'Posted doc INV-ADJ-2206-44017 at 06:41: 612 SKUs, variance -$3,118.40 at retail (-41 units), largest: fragrance gift sets -$1,204.00',
            waitMs: 120000,
          },
          {
            handoff: 'theft_trend_reporter',
            message:
              'Spot count SC-2206-1103 posted (doc INV-ADJ-2206-44017, after one retry — ledger was locked by the nightly batch until ~06:40). Cosmetics variance −$3,118.40 retail, −41 units over 612 SKUs; fragrance gift sets −$1,204.00 is the largest.',
          },
        ],
      },
      {
        name: 'theft_trend_reporter',
        description: 'Writes LP theft trend notes',
        instructions: 'Summarise the count for loss prevention.',
        replies: [
          {
            say: 'Store 2206 cosmetics spot count (INV-ADJ-2206-44017): −41 units, **−$3,118.40** at retail. Fragrance gift sets account for $1,204.00 — ahead of the holiday peak, recommend moving them behind the counter.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'snack-aisle-planogram-fixed-after-one-rework',
    title:
      'The space reviewer rejects the first snack planogram (shelf 5 overhangs by 6 in); the designer moves two facings to shelf 3 and the second version is approved',
    domain: 'planogram design',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: a revise loop that goes round once with a real change and then exits',
    request:
      'Design the salty snacks planogram for the 4-bay 48in format (POG SS-4B-27) adding the new Crunchwell kettle line (6 SKUs), and send it to stores once it passes space review.',
    topology: {
      shape: 'pipeline',
      order: ['planogram_designer', 'space_reviewer', 'store_rollout_notifier'],
      loop: { from: 'space_reviewer', to: 'planogram_designer', while: 'SEND BACK', max: 3 },
    },
    agents: [
      {
        name: 'planogram_designer',
        description: 'Designs planograms',
        instructions: 'Design the planogram, or rework it per the reviewer’s note.',
        prompt: 'Input:\n{input}\n\nBrief: {request}',
        replies: [
          {
            say: 'SS-4B-27 v1: 4 bays × 48in, 5 shelves. Crunchwell kettle 6 SKUs on shelf 5 bay 2 (2 facings each, 12 facings). Shelf 5 linear used: 198in of 192in.',
          },
          {
            say: 'SS-4B-27 v2: moved Crunchwell Sea Salt and Crunchwell BBQ (2 facings each) from shelf 5 to shelf 3 bay 3, dropping 2 facings of slow-moving pork rinds there. Shelf 5: 186in of 192in, shelf 3: 190in of 192in. All 6 Crunchwell SKUs kept.',
          },
        ],
      },
      {
        name: 'space_reviewer',
        description: 'Checks planograms against fixture space',
        instructions: 'Reply "SEND BACK: <issue>" or "PASS: <summary>".',
        prompt: 'Planogram:\n{input}',
        replies: [
          {
            say: 'SEND BACK: shelf 5 over by 6in (198 vs 192). Free at least 6in on shelf 5 without dropping a Crunchwell SKU.',
          },
          { say: 'PASS: SS-4B-27 v2 fits — shelf 5 186/192in, shelf 3 190/192in, 6 Crunchwell SKUs in.' },
        ],
      },
      {
        name: 'store_rollout_notifier',
        description: 'Sends approved planograms to stores',
        instructions: 'Publish the approved planogram.',
        prompt: 'Review result:\n{input}',
        replies: [
          {
            call: 'publish_pog',
            args: { pog: 'SS-4B-27', version: 'v2', format: '4B-48' },
            result: 'Published SS-4B-27 v2 to 214 stores (format 4B-48), set window 14–20 Feb.',
          },
          { say: 'SS-4B-27 v2 published to 214 stores on the 4B-48 format, set window 14–20 Feb.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'price-freeze-zone-correctly-skipped-in-cost-pass-through',
    title:
      'The pricing router tells the executor to raise bottled water retails everywhere except the 31 Gulf Coast stores under an emergency price freeze; the executor does exactly that',
    domain: 'retail price management',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf: 'misunderstood_task: a store-group exclusion in the brief, honoured by the executor',
    request:
      'Aquafresh raised cost on the 24-pack 16.9oz water (UPC 0 78342 11024 6) by $0.40 effective 1 Oct. Pass it through to retail in all zones — but remember the state emergency price freeze in zone GC (Gulf Coast, 31 stores) after the hurricane, nothing there can go up until the order lifts.',
    topology: {
      shape: 'network',
      coordinator: 'pricing_router',
      workers: ['zone_price_lookup', 'price_change_executor'],
    },
    agents: [
      {
        name: 'pricing_router',
        description: 'Routes price changes',
        instructions: 'Look up zone prices, send the change with exclusions, then report.',
        replies: [
          {
            handoff: 'zone_price_lookup',
            message: 'Current retail by zone for UPC 078342110246 (Aquafresh 24pk 16.9oz).',
          },
          {
            handoff: 'price_change_executor',
            message:
              'Raise UPC 078342110246 by $0.40 eff 1 Oct in zones A, B, C (A $4.99→$5.39, B $5.29→$5.69, C $5.49→$5.89). EXCLUDE zone GC (31 stores, emergency freeze) — GC stays $4.99.',
          },
          {
            say: 'Aquafresh 24pk water: retail +$0.40 from 1 Oct in zones A ($5.39), B ($5.69), C ($5.89) — batch PC-1001-7730, 377 stores. Zone GC (31 stores) held at $4.99 under the emergency freeze.',
          },
        ],
      },
      {
        name: 'zone_price_lookup',
        description: 'Reads current zone prices',
        instructions: 'Report current retails by zone.',
        replies: [
          {
            call: 'zone_prices',
            args: { upc: '078342110246' },
            result:
              'zone | stores | retail\nA    | 204    | 4.99\nB    | 118    | 5.29\nC    | 55     | 5.49\nGC   | 31     | 4.99 (FREEZE EO-2026-14 active)',
          },
          {
            say: 'Zones: A $4.99 (204 stores), B $5.29 (118), C $5.49 (55), GC $4.99 (31, freeze EO-2026-14 active).',
          },
        ],
      },
      {
        name: 'price_change_executor',
        description: 'Executes retail price changes',
        instructions: 'Execute the price change as instructed.',
        replies: [
          {
            call: 'schedule_price_change',
            args: { upc: '078342110246', zones: ['A', 'B', 'C'], delta: 0.4, effective: '2026-10-01' },
            result:
              'Batch PC-1001-7730 scheduled: 377 stores (A 204, B 118, C 55), new retails 5.39/5.69/5.89. Zone GC not included.',
          },
          {
            say: 'PC-1001-7730 scheduled for 1 Oct: zones A/B/C (377 stores) at $5.39/$5.69/$5.89; GC left at $4.99 per the freeze.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ad-lift-forecast-update-carried-into-dc-allocation',
    title:
      'Demand planning revises the turkey-roaster forecast from 5,200 to 7,800 units after the circular moved it to the front page; the allocation lead passes 7,800 to the DC allocator',
    domain: 'promotional replenishment',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a forecast revised mid-run, the new figure carried to the next team and the old one only quoted as replaced',
    request:
      'Thanksgiving ad week (19–25 Nov): the Hearthline 18qt roaster oven (item 602-33190) has an initial forecast of 5,200 units chain-wide. Finalise the forecast and allocate from DC stock to stores.',
    topology: {
      shape: 'nested',
      top: 'merch_ops_director',
      teams: { demand_planning_lead: ['forecast_analyst'], allocation_lead: ['dc_allocator'] },
    },
    agents: [
      {
        name: 'merch_ops_director',
        description: 'Runs promo planning across demand and allocation',
        instructions: 'Get the final forecast, then the allocation, then summarise.',
        replies: [
          {
            handoff: 'demand_planning_lead',
            message: 'Finalise the ad-week forecast for Hearthline 18qt roaster 602-33190, 19–25 Nov.',
          },
          {
            handoff: 'allocation_lead',
            message:
              'Allocate 602-33190 for ad week 19–25 Nov to a final forecast of 7,800 units (was 5,200 before the front-page move).',
          },
          {
            say: '**Hearthline 18qt roaster, ad week 19–25 Nov**\n- Forecast: 7,800 units (up from 5,200, front-page placement)\n- Allocated 7,800 across 412 stores (AL-1119-602), DC ships by 14 Nov\n- DC held back 1,150 for replenishment mid-week.',
          },
        ],
      },
      {
        name: 'demand_planning_lead',
        description: 'Leads demand planning',
        instructions: 'Have the forecast finalised and report it.',
        replies: [
          {
            handoff: 'forecast_analyst',
            message: 'Final ad-week forecast for 602-33190, 19–25 Nov, with the latest circular layout.',
          },
          {
            say: 'Final forecast 602-33190: 7,800 units (v2, replaces 5,200 — the roaster moved to the front page of the circular).',
          },
        ],
      },
      {
        name: 'forecast_analyst',
        description: 'Builds promotional forecasts',
        instructions: 'Forecast with the current ad layout.',
        replies: [
          {
            call: 'promo_forecast',
            args: { item: '602-33190', week: '2026-W47', ad_layout: 'circular_v3' },
            result:
              '{"item": "602-33190", "baseline": 640, "lift_factor": 12.2, "forecast_units": 7800, "prev_forecast": {"units": 5200, "layout": "circular_v2 (page 4)", "status": "REPLACED"}, "layout_now": "front page, hero block"}',
          },
          {
            say: 'Forecast v2: 7,800 units (front-page hero in circular v3). The 5,200 from the page-4 layout is replaced.',
          },
        ],
      },
      {
        name: 'allocation_lead',
        description: 'Leads store allocation',
        instructions: 'Have the allocation run on the forecast given.',
        replies: [
          {
            handoff: 'dc_allocator',
            message:
              'Allocate 7,800 units of 602-33190 to stores for ad week 19–25 Nov; DC on hand is 8,950.',
          },
          { say: 'Allocation AL-1119-602: 7,800 units to 412 stores, ships by 14 Nov; 1,150 held at DC.' },
        ],
      },
      {
        name: 'dc_allocator',
        description: 'Runs DC-to-store allocations',
        instructions: 'Allocate the quantity given.',
        replies: [
          {
            call: 'run_allocation',
            args: { item: '602-33190', units: 7800, dc_on_hand: 8950, ship_by: '2026-11-14' },
            result:
              'AL-1119-602: 412 stores, 7,800 units (min 12 / max 48 per store), DC remaining 1,150, wave 14 Nov.',
          },
          {
            say: 'AL-1119-602 done: 7,800 units to 412 stores (12–48 each), 1,150 left at the DC, ships 14 Nov.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'shelf-tag-mismatch-terse-fix-report-complete',
    title:
      'Triage routes a scan-vs-tag complaint as tag-error; the handler’s two-line answer is short but names all three SKUs, the reprint batch and the correct prices',
    domain: 'shelf price accuracy',
    mast: ['FM-2.4'],
    nearMissOf:
      'low_quality_output: a very short handler answer that still carries everything the store reply needs',
    request:
      'Customer complaint at store 1823: three cereal items ring up higher than the shelf tag (Oatbrite 14oz, Honey Crisps 12oz, Granola Clusters 16oz). Find out if it is the tags or the price file and fix it.',
    topology: {
      shape: 'branch',
      classifier: 'price_accuracy_triage',
      routes: { 'tag-error': 'tag_reprint_handler', 'system-error': 'price_file_fixer' },
      after: 'store_reply_writer',
    },
    agents: [
      {
        name: 'price_accuracy_triage',
        description: 'Classifies price accuracy complaints',
        instructions: 'Compare POS and tag prices and pick the route.',
        replies: [
          {
            call: 'compare_pos_vs_tag',
            args: { store: 1823, upcs: ['016000275287', '038000199301', '884912004476'] },
            result:
              'upc          | pos   | tag   | last price event\n016000275287 | 4.29  | 3.79  | TPR ended 09/28, tag not pulled\n038000199301 | 3.99  | 3.49  | TPR ended 09/28, tag not pulled\n884912004476 | 5.49  | 4.99  | TPR ended 09/28, tag not pulled',
          },
          {
            say: 'Route: tag-error. All three POS prices are correct regular retails; the TPR tags from the promo that ended 28 Sep were not pulled. Reprint regular tags for 016000275287, 038000199301, 884912004476.',
          },
        ],
      },
      {
        name: 'tag_reprint_handler',
        description: 'Reprints shelf tags',
        instructions: 'Reprint the tags and report.',
        replies: [
          {
            call: 'reprint_tags',
            args: {
              store: 1823,
              upcs: ['016000275287', '038000199301', '884912004476'],
              tag_type: 'REGULAR',
            },
            result: 'Batch RT-1823-0930-02: 3 regular tags queued to store printer P2.',
          },
          {
            say: 'RT-1823-0930-02: regular tags for Oatbrite 14oz $4.29, Honey Crisps 12oz $3.99, Granola Clusters 16oz $5.49 at printer P2.\nPull the 3 expired TPR tags.',
          },
        ],
      },
      {
        name: 'price_file_fixer',
        description: 'Fixes price file errors',
        instructions: 'Correct POS price records.',
        replies: [{ say: 'Price file corrected.' }],
      },
      {
        name: 'store_reply_writer',
        description: 'Writes replies to store teams',
        instructions: 'Tell the store what happened and what to do.',
        replies: [
          {
            say: 'Hi 1823 — the register prices are right; the shelf still had the TPR tags from the promo that ended 28 Sep. New regular tags are at printer P2 (batch RT-1823-0930-02): Oatbrite 14oz $4.29, Honey Crisps 12oz $3.99, Granola Clusters 16oz $5.49. Please swap them and pull the old yellow tags. Honour the tag price for the customer who complained, per policy.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch70Scenarios = [...faults, ...healthy];
