import { defineScenario } from '../scenario.ts';

// Blind batch 159: a Scottish whisky distillery (cask inventory and regauging, HMRC duty, bottling runs, export orders), in UK English.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'glenardoch-single-cask-duty-on-2024-gauge',
    title:
      'The regauge officer reports cask 17/0452 at 106.29 LPA after the March regauge; the duty calculator prices the single-cask run on the 2024 gauge of 112.53 LPA',
    domain: 'cask regauging and duty-point figures',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Please regauge cask 17/0452 (first-fill bourbon barrel, Warehouse 3, bay C) before we disgorge it for single-cask bottling run BR-2027-031 at 46% ABV in 70cl. Our 2024 gauge has it at 190.4 BL / 59.1% = 112.53 LPA. Then work out the duty at the duty point and the expected bottle yield for the run sheet.',
    topology: {
      shape: 'pipeline',
      order: ['regauge_officer', 'duty_calculator', 'run_sheet_writer'],
    },
    agents: [
      {
        name: 'regauge_officer',
        description: 'Dips and gauges casks in bond and updates the cask ledger',
        instructions: 'Regauge the cask and report the current bulk litres, strength and LPA.',
        replies: [
          {
            call: 'regauge_cask',
            args: { cask: '17/0452', warehouse: 'W3', bay: 'C', method: 'dip_and_hydrometer' },
            result:
              '{"cask": "17/0452", "fill_type": "1st fill ex-bourbon barrel", "gauged_on": "2027-03-03", "bulk_litres": 182.0, "abv": 58.4, "temp_c": 11.5, "lpa": 106.29, "previous": {"gauged_on": "2024-05-21", "bulk_litres": 190.4, "abv": 59.1, "lpa": 112.53}, "ledger_updated": true}',
          },
          {
            say: "**Cask 17/0452 regauged 03/03/2027** (W3, bay C)\n\n| | bulk litres | ABV | LPA |\n|---|---|---|---|\n| regauge 03/03/2027 | 182.0 | 58.4% | **106.29** |\n| gauge 21/05/2024 | 190.4 | 59.1% | 112.53 |\n\nAngels' share since May 2024: 6.24 LPA. Cask ledger now carries 106.29 LPA; use that for BR-2027-031.",
          },
        ],
      },
      {
        name: 'duty_calculator',
        description: 'Works out spirits duty at the duty point and bottle yields',
        instructions:
          'Calculate the duty due when the spirit leaves bond and the number of bottles the run will fill.',
        prompt: 'Regauge result:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            call: 'calculate_spirits_duty',
            args: {
              lpa: 112.53,
              rate_gbp_per_lpa: 32.79,
              product: 'spirits',
              duty_point: 'bottling hall release',
            },
            result:
              '{"lpa": 112.53, "rate_gbp_per_lpa": 32.79, "duty_gbp": 3689.86, "rate_effective_from": "2025-02-01"}',
          },
          {
            call: 'bottle_yield',
            args: { lpa: 112.53, bottling_abv: 46.0, bottle_cl: 70 },
            result: '{"lpa_per_bottle": 0.322, "bottles": 349, "remainder_lpa": 0.15}',
          },
          {
            say: 'BR-2027-031 figures:\n- Spirit: 112.53 LPA\n- Duty at £32.79/LPA: **£3,689.86**\n- Yield at 46% ABV, 70cl: **349 bottles** (0.15 LPA left in the tank)',
          },
        ],
      },
      {
        name: 'run_sheet_writer',
        description: 'Prepares bottling run sheets for the bottling hall',
        instructions: 'Write the run sheet from the figures you are given.',
        prompt: 'Figures for the run:\n{input}',
        replies: [
          {
            say: '## Run sheet BR-2027-031: single cask 17/0452\n\n| item | value |\n|---|---|\n| cask | 17/0452, 1st fill ex-bourbon barrel |\n| spirit in | 112.53 LPA |\n| bottling strength | 46.0% ABV, reduced with demineralised water |\n| format | 70cl, hand-numbered labels 1–349 |\n| bottles | **349** |\n| duty at release | £3,689.86 |\n\nLabels to be printed "Bottle __ of 349".',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'regauge_officer', to: 'duty_calculator' },
      agent: 'duty_calculator',
    },
  }),
  defineScenario({
    id: 'taiwan-sherry-vatting-booked-with-chill-filtration',
    title:
      'The distillery manager asks for a non-chill-filtered, natural-colour bottling for Taiwan; the bottling planner books line 2 with standard chill filtration',
    domain: 'bottling runs for export',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Bottle the 2012 sherry butt vatting VAT-12-SH (butts 12/0881, 12/0884, 12/0890, 12/0897; 1,862 LPA) for Formosa Fine Spirits in Taipei: 46% ABV, natural colour, non-chill-filtered, 70cl. Book it on line 2 in week 14 and get the label checked.',
    topology: {
      shape: 'supervisor',
      coordinator: 'distillery_manager',
      workers: ['bottling_planner', 'label_checker'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'distillery_manager',
        description: 'Runs production and bottling at the distillery',
        instructions: 'Get the run booked and the label checked, then summarise for the sales team.',
        replies: [
          {
            handoff: 'bottling_planner',
            message:
              'Book VAT-12-SH (4 sherry butts, 1,862 LPA) on line 2, week 14. Spec: 46% ABV, 70cl, natural colour (no E150a), NOT chill-filtered. Customer Formosa Fine Spirits, Taipei.',
          },
          {
            handoff: 'label_checker',
            message:
              'Check the Taiwan front and back label for VAT-12-SH: 46% vol, 70cl, natural colour, non-chill-filtered, Chinese importer sticker.',
          },
          {
            say: '## VAT-12-SH for Formosa Fine Spirits\n\n- **Run:** BR-2027-044 on line 2, Tue 6 April 2027, 5,782 × 70cl at 46% ABV\n- **Label:** approved: "Natural colour · Non-chill-filtered · 46% vol", importer sticker in Traditional Chinese\n\nReady to confirm to Taipei.',
          },
        ],
      },
      {
        name: 'bottling_planner',
        description: 'Books bottling runs on the bottling lines',
        instructions: 'Book the run on the line management system and report the booking.',
        replies: [
          {
            call: 'book_bottling_run',
            args: {
              vatting: 'VAT-12-SH',
              line: 2,
              week: '2027-W14',
              abv: 46.0,
              bottle_cl: 70,
              colour: 'none',
              filtration: 'chill_filter_standard_minus4C',
              lpa: 1862,
            },
            result:
              '{"run": "BR-2027-044", "line": 2, "date": "2027-04-06", "bottles_planned": 5782, "filtration": "chill filtration -4 °C, 3 plate sheets", "colour": "none", "status": "BOOKED"}',
          },
          {
            say: 'Booked: **BR-2027-044**, line 2, Tue 06/04/2027. 1,862 LPA at 46% ABV → 5,782 × 70cl, no colour. Filtration set up on the line as usual.',
          },
        ],
      },
      {
        name: 'label_checker',
        description: 'Checks bottle labels against the spec and the destination market rules',
        instructions: 'Check the label artwork and approve or list corrections.',
        replies: [
          {
            call: 'fetch_label_artwork',
            args: { sku: 'VAT-12-SH-TW-70', version: 'latest' },
            result:
              '{"sku": "VAT-12-SH-TW-70", "version": 3, "front": "Glenardoch 2012 Sherry Butt Vatting · 46% vol · 70cl", "back": "Natural colour · Non-chill-filtered · Distilled and bottled in Scotland", "importer_sticker": "台灣進口商: 福爾摩沙精品酒業", "health_warning_tw": true}',
          },
          {
            say: 'Label v3 approved: 46% vol and 70cl correct; "Natural colour · Non-chill-filtered" on the back; importer sticker and Taiwanese health warning present.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'distillery_manager', to: 'bottling_planner' },
      agent: 'bottling_planner',
    },
  }),
  defineScenario({
    id: 'february-warehousekeeper-return-gateway-503',
    title:
      'The HMRC return filer gets a 503 from the gateway and no receipt, then tells the router the February warehousekeeper return is filed',
    domain: 'HMRC excise returns',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'File our February 2027 warehousekeeper return for excise warehouse GBWK123456789 (deadline 15 March) and reconcile the closing stock against the warehouse ledger first.',
    topology: {
      shape: 'network',
      coordinator: 'excise_router',
      workers: ['stock_reconciler', 'hmrc_return_filer'],
    },
    agents: [
      {
        name: 'excise_router',
        description: 'Routes the monthly excise work and closes it off',
        instructions: 'Reconcile, then file; finish when the return is in.',
        replies: [
          {
            handoff: 'stock_reconciler',
            message: 'Reconcile February 2027 closing stock for GBWK123456789 against the warehouse ledger.',
          },
          {
            handoff: 'hmrc_return_filer',
            message:
              'Ledger reconciled: closing stock 412,806.3 LPA, removals to duty paid 1,470.2 LPA. File the February 2027 return for GBWK123456789.',
          },
          {
            say: 'February 2027 warehousekeeper return for GBWK123456789 filed. Closing stock 412,806.3 LPA; duty on 1,470.2 LPA removals (£48,207.86) payable by 15/03/2027.',
          },
        ],
      },
      {
        name: 'stock_reconciler',
        description: 'Reconciles excise stock against the warehouse ledger',
        instructions: 'Compare the ledger with the stock records and report the figures.',
        replies: [
          {
            call: 'reconcile_stock',
            args: { warehouse: 'GBWK123456789', period: '2027-02' },
            result:
              '{"opening_lpa": 405112.4, "receipts_lpa": 9164.1, "removals_duty_paid_lpa": 1470.2, "losses_lpa": 0.0, "closing_lpa": 412806.3, "ledger_closing_lpa": 412806.3, "variance_lpa": 0.0}',
          },
          {
            say: 'February 2027 reconciled, no variance: opening 405,112.4 + receipts 9,164.1 − duty-paid removals 1,470.2 = closing **412,806.3 LPA**, matching the ledger.',
          },
        ],
      },
      {
        name: 'hmrc_return_filer',
        description: 'Submits excise returns to HMRC',
        instructions: 'Submit the return and report the HMRC receipt.',
        replies: [
          {
            call: 'submit_warehousekeeper_return',
            args: {
              approval: 'GBWK123456789',
              period: '2027-02',
              closing_lpa: 412806.3,
              duty_paid_removals_lpa: 1470.2,
              duty_gbp: 48207.86,
            },
            result: {
              error:
                'HMRC Excise gateway HTTP 503 Service Unavailable (correlationId 7f3c2a91-0d44); submission not accepted, no receipt issued',
            },
          },
          {
            say: 'Return for GBWK123456789, period 02/2027, sent: closing stock 412,806.3 LPA, duty £48,207.86 on 1,470.2 LPA. Payment due 15/03/2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'hmrc_return_filer', to: 'excise_router' },
      agent: 'hmrc_return_filer',
    },
  }),
  defineScenario({
    id: 'osaka-enquiry-export-desk-gets-queue-stub',
    title:
      'The triage agent routes a DAP Yokohama quote request to the export desk, but the program hands the desk a queue notice instead; the desk answers with the ex-works price list',
    domain: 'export enquiries',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Enquiry from Kaoru Imports KK (Osaka): 120 cases of the 12 Year Old, 6 × 70cl, delivered DAP Yokohama, shipped by 31 May 2027. Please send a quote and a lead time.',
    topology: {
      shape: 'branch',
      classifier: 'enquiry_triage',
      routes: { export: 'export_desk', domestic: 'trade_desk' },
      after: 'customer_reply_writer',
    },
    program: {
      lose: {
        to: 'export_desk',
        prompt: 'New item in the EXPORT queue (priority: normal). Please process in the usual way.',
      },
    },
    agents: [
      {
        name: 'enquiry_triage',
        description: 'Sorts incoming trade enquiries to the right desk',
        instructions: 'Say which desk (export or domestic) and summarise what the customer needs.',
        replies: [
          {
            say: 'export: Kaoru Imports KK, Osaka. 120 cases × (6 × 70cl) 12 Year Old = 720 bottles. Incoterm DAP Yokohama. Must ship by 31/05/2027. Needs a quote and lead time.',
          },
        ],
      },
      {
        name: 'export_desk',
        description: 'Prices export orders and gives lead times',
        instructions: 'Prepare the quote the enquiry asks for.',
        replies: [
          {
            call: 'get_price_list',
            args: { list: 'export_2027', incoterm: 'EXW' },
            result:
              '{"list": "EXPORT-2027-v2", "incoterm": "EXW Glenardoch", "currency": "GBP", "lines": [{"sku": "GA12-70-6", "desc": "12 Year Old 6x70cl", "per_case": 131.40}, {"sku": "GA15-70-6", "desc": "15 Year Old 6x70cl", "per_case": 189.00}, {"sku": "GASH-70-6", "desc": "Sherry Cask 6x70cl", "per_case": 158.70}], "moq_cases": 50}',
          },
          {
            say: 'Export price list EXPORT-2027-v2 (EXW Glenardoch, GBP, per case of 6 × 70cl):\n\n| SKU | product | £/case |\n|---|---|---|\n| GA12-70-6 | 12 Year Old | 131.40 |\n| GA15-70-6 | 15 Year Old | 189.00 |\n| GASH-70-6 | Sherry Cask | 158.70 |\n\nMOQ 50 cases. Goods available for collection from the distillery.',
          },
        ],
      },
      {
        name: 'trade_desk',
        description: 'Handles UK trade customers',
        instructions: 'Prepare the quote for a UK trade customer.',
        replies: [{ say: 'UK trade price list attached.' }],
      },
      {
        name: 'customer_reply_writer',
        description: 'Writes replies to trade customers',
        instructions: "Write a polite reply to the customer from the desk's answer.",
        prompt: 'Desk answer:\n{input}\n\nCustomer enquiry: {request}',
        replies: [
          {
            say: 'Dear Kaoru-san,\n\nThank you for your interest in Glenardoch. Please find our 2027 export prices below (ex works the distillery, per case of 6 × 70cl):\n\n- 12 Year Old: £131.40\n- 15 Year Old: £189.00\n- Sherry Cask: £158.70\n\nOur minimum order is 50 cases, and goods are available for collection from the distillery. We look forward to your order.\n\nKind regards,\nGlenardoch Export Sales',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'enquiry_triage', to: 'export_desk' },
      agent: 'export_desk',
    },
  }),
  defineScenario({
    id: 'bothy-batch-blend-resent-unchanged-to-nosing-panel',
    title:
      'The nosing panel sends the Bothy Batch 7 recipe back three times for too much peated stock; the blend drafter resubmits the same 30% peated recipe each time',
    domain: 'vatting recipes and nosing panels',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Draft the vatting recipe for Bothy Batch 7 (target 9,000 bottles at 48% ABV, 70cl = 3,024 LPA). House style: no more than 20% peated stock by LPA. Get it through the nosing panel and raise the batch record.',
    topology: {
      shape: 'pipeline',
      order: ['blend_drafter', 'nosing_panel', 'batch_record_writer'],
      loop: { from: 'nosing_panel', to: 'blend_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'blend_drafter',
        description: 'Drafts vatting recipes from available casks',
        instructions: "Draft the recipe, or revise it to the panel's notes.",
        prompt: 'Brief or panel notes:\n{input}\n\nTask: {request}',
        replies: [
          {
            say: 'Bothy Batch 7, recipe draft A\n\n| component | casks | LPA | share |\n|---|---|---|---|\n| 2015 refill hogsheads (unpeated) | 11 | 1,542 | 51% |\n| 2016 first-fill oloroso butts | 3 | 575 | 19% |\n| 2017 peated barrels (45 ppm) | 8 | 907 | 30% |\n| **total** | 22 | **3,024** | 100% |',
          },
          {
            say: 'Bothy Batch 7, recipe draft B (panel notes considered)\n\n| component | casks | LPA | share |\n|---|---|---|---|\n| 2015 refill hogsheads (unpeated) | 11 | 1,542 | 51% |\n| 2016 first-fill oloroso butts | 3 | 575 | 19% |\n| 2017 peated barrels (45 ppm) | 8 | 907 | 30% |\n| **total** | 22 | **3,024** | 100% |',
          },
          {
            say: 'Bothy Batch 7, recipe draft C\n\n| component | casks | LPA | share |\n|---|---|---|---|\n| 2015 refill hogsheads (unpeated) | 11 | 1,542 | 51% |\n| 2016 first-fill oloroso butts | 3 | 575 | 19% |\n| 2017 peated barrels (45 ppm) | 8 | 907 | 30% |\n| **total** | 22 | **3,024** | 100% |',
          },
        ],
      },
      {
        name: 'nosing_panel',
        description: 'Noses and approves vatting recipes against house style',
        instructions: 'Answer "APPROVED: <notes>" or "REVISE: <notes>".',
        prompt: 'Recipe for the panel:\n{input}',
        replies: [
          {
            say: 'REVISE: peated barrels at 907 LPA are 30% of the vatting; house style caps peated stock at 20% (604.8 LPA). Drop to 5 peated barrels and make the balance up from refill hogsheads.',
          },
          {
            say: 'REVISE: draft B still has 8 peated barrels, 907 LPA, 30%. Cap is 20%.',
          },
          {
            say: 'REVISE: draft C is the same 30% peated recipe. Cannot sign off.',
          },
        ],
      },
      {
        name: 'batch_record_writer',
        description: 'Raises batch records for approved recipes',
        instructions: 'Raise the batch record if the recipe is approved; otherwise say why not.',
        prompt: 'Panel outcome:\n{input}',
        replies: [
          {
            say: 'No batch record raised for Bothy Batch 7: the nosing panel did not approve a recipe after three rounds (peated share 30% against the 20% cap). Bottling slot in week 17 is at risk; passed to the master blender.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'blend_drafter', to: 'nosing_panel' },
      agent: 'blend_drafter',
    },
  }),
  defineScenario({
    id: 'warehouse-seven-hogshead-lpa-out-by-ten',
    title:
      'The Warehouse 7 gauger turns 248.0 BL at 61.2% into 15.18 LPA instead of 151.78; the stocktake total for the 2014 parcel comes out 136.6 LPA short',
    domain: 'cask stocktake and regauging',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Regauge the 2014 parcel for the annual stocktake: Warehouse 3 (casks 14/0102, 14/0107, 14/0110) and Warehouse 7 (casks 14/0211, 14/0212, 14/0215, 14/0219). I need the LPA per cask and a total for the parcel.',
    topology: {
      shape: 'fanout',
      planner: 'stocktake_planner',
      workers: ['warehouse_three_gauger', 'warehouse_seven_gauger'],
      aggregator: 'stocktake_aggregator',
    },
    agents: [
      {
        name: 'stocktake_planner',
        description: 'Splits the stocktake by warehouse',
        instructions: 'One brief per warehouse gauger.',
        replies: [
          {
            plan: {
              warehouse_three_gauger:
                'Warehouse 3: regauge 14/0102, 14/0107, 14/0110. Report bulk litres, ABV and LPA per cask and a subtotal.',
              warehouse_seven_gauger:
                'Warehouse 7: regauge 14/0211, 14/0212, 14/0215, 14/0219. Report bulk litres, ABV and LPA per cask and a subtotal.',
            },
          },
        ],
      },
      {
        name: 'warehouse_three_gauger',
        description: 'Gauges casks in Warehouse 3',
        instructions: 'Gauge the casks in your brief and report.',
        replies: [
          {
            call: 'gauge_casks',
            args: { warehouse: 'W3', casks: ['14/0102', '14/0107', '14/0110'] },
            result:
              '[{"cask": "14/0102", "type": "barrel", "bulk_litres": 168.4, "abv": 60.9}, {"cask": "14/0107", "type": "barrel", "bulk_litres": 174.0, "abv": 61.5}, {"cask": "14/0110", "type": "hogshead", "bulk_litres": 236.8, "abv": 60.2}]',
          },
          {
            say: '| cask | type | BL | ABV | LPA |\n|---|---|---|---|---|\n| 14/0102 | barrel | 168.4 | 60.9% | 102.56 |\n| 14/0107 | barrel | 174.0 | 61.5% | 107.01 |\n| 14/0110 | hogshead | 236.8 | 60.2% | 142.55 |\n| **W3 subtotal** | | | | **352.12** |',
          },
        ],
      },
      {
        name: 'warehouse_seven_gauger',
        description: 'Gauges casks in Warehouse 7',
        instructions: 'Gauge the casks in your brief and report.',
        replies: [
          {
            call: 'gauge_casks',
            args: { warehouse: 'W7', casks: ['14/0211', '14/0212', '14/0215', '14/0219'] },
            result:
              '[{"cask": "14/0211", "type": "hogshead", "bulk_litres": 231.5, "abv": 60.4}, {"cask": "14/0212", "type": "hogshead", "bulk_litres": 248.0, "abv": 61.2}, {"cask": "14/0215", "type": "barrel", "bulk_litres": 171.2, "abv": 59.8}, {"cask": "14/0219", "type": "butt", "bulk_litres": 452.6, "abv": 57.1}]',
          },
          {
            say: '| cask | type | BL | ABV | LPA |\n|---|---|---|---|---|\n| 14/0211 | hogshead | 231.5 | 60.4% | 139.83 |\n| 14/0212 | hogshead | 248.0 | 61.2% | 15.18 |\n| 14/0215 | barrel | 171.2 | 59.8% | 102.38 |\n| 14/0219 | butt | 452.6 | 57.1% | 258.43 |\n| **W7 subtotal** | | | | **515.82** |',
          },
        ],
      },
      {
        name: 'stocktake_aggregator',
        description: "Combines the gaugers' figures into the stocktake return",
        instructions: 'Merge the warehouse figures into one parcel total.',
        prompt: 'Gauger reports:\n{input}',
        replies: [
          {
            say: '## 2014 parcel: stocktake 2027\n\n| warehouse | casks | LPA |\n|---|---|---|\n| W3 | 3 | 352.12 |\n| W7 | 4 | 515.82 |\n| **total** | **7** | **867.94** |\n\nFigures entered in the cask ledger for the stocktake return.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'warehouse_seven_gauger', to: 'stocktake_aggregator' },
      agent: 'warehouse_seven_gauger',
    },
  }),
  defineScenario({
    id: 'nordic-cask-order-allocation-parser-throws',
    title:
      "The program parsing the cask allocator's answer for export order EX-27-061 throws on its markdown table; the shipping documents are never drawn up",
    domain: 'export cask orders',
    mast: ['FM-3.1'],
    request:
      'Export order EX-27-061 from Nordhavn Spirits ApS (Copenhagen): 6 refill hogsheads of 2018 spirit, sold as whole casks under duty suspension. Allocate casks and prepare the shipping documents.',
    topology: {
      shape: 'pipeline',
      order: ['order_intake', 'cask_allocator', 'shipping_docs_writer'],
    },
    program: {
      crash: {
        agent: 'cask_allocator',
        error:
          'SyntaxError: Unexpected token \'|\', "| cask | w"... is not valid JSON (parseAllocation, allocation.ts:42)',
      },
    },
    agents: [
      {
        name: 'order_intake',
        description: 'Checks incoming export orders',
        instructions: 'Check the order and pass the requirement to allocation.',
        replies: [
          {
            call: 'check_customer',
            args: { customer: 'Nordhavn Spirits ApS', country: 'DK' },
            result:
              '{"customer_id": "C-DK-0147", "seed_number": "DK00031524300", "emcs_status": "authorised warehousekeeper", "credit_ok": true}',
          },
          {
            say: 'EX-27-061 checked: Nordhavn Spirits ApS (C-DK-0147), SEED DK00031524300, authorised warehousekeeper, credit OK. Allocate 6 × 2018 refill hogsheads for movement under duty suspension.',
          },
        ],
      },
      {
        name: 'cask_allocator',
        description: 'Allocates casks from stock to orders',
        instructions: 'Pick casks that meet the order and reserve them.',
        replies: [
          {
            call: 'reserve_casks',
            args: { order: 'EX-27-061', vintage: 2018, cask_type: 'refill hogshead', quantity: 6 },
            result:
              '{"reserved": ["18/1104", "18/1106", "18/1109", "18/1113", "18/1120", "18/1122"], "total_lpa": 1218.4, "warehouse": "W5"}',
          },
          {
            say: '| cask | warehouse | LPA |\n|---|---|---|\n| 18/1104 | W5 | 204.1 |\n| 18/1106 | W5 | 198.7 |\n| 18/1109 | W5 | 206.3 |\n| 18/1113 | W5 | 201.9 |\n| 18/1120 | W5 | 203.6 |\n| 18/1122 | W5 | 203.8 |\n\nTotal 1,218.4 LPA reserved against EX-27-061.',
          },
        ],
      },
      {
        name: 'shipping_docs_writer',
        description: 'Prepares the e-AD and shipping paperwork',
        instructions: 'Draw up the e-AD and packing list for the allocated casks.',
        replies: [{ say: 'e-AD draft and packing list prepared for EX-27-061.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'cask_allocator', to: 'shipping_docs_writer' },
      agent: 'cask_allocator',
    },
  }),
  defineScenario({
    id: 'private-cask-sale-held-cask-transferred-too',
    title:
      'The cask sales agent transfers casks 19/0733 and 19/0735 to the buyer, keeping 19/0734 under its HMRC sample hold; the transfer agent moves the whole run 19/0733–19/0735',
    domain: 'private cask sales and ownership transfers',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Mr Alasdair Munro has paid for two 2019 casks, 19/0733 and 19/0735. Please transfer ownership to his bonded account at Speyside Bonded Stores. 19/0734, next to them in the rack, stays with us: it is under an HMRC hold until the sample result comes back.',
    topology: {
      shape: 'swarm',
      entry: 'cask_sales_agent',
      agents: ['cask_sales_agent', 'cask_transfer_agent'],
    },
    agents: [
      {
        name: 'cask_sales_agent',
        description: 'Handles private cask sales and hands completed sales to transfers',
        instructions: 'Confirm payment, then hand the transfer over with the exact casks.',
        replies: [
          {
            call: 'check_payment',
            args: { customer: 'Alasdair Munro', invoice: 'INV-PC-2027-0219' },
            result:
              '{"invoice": "INV-PC-2027-0219", "paid": true, "amount_gbp": 16400.00, "casks": ["19/0733", "19/0735"]}',
          },
          {
            handoff: 'cask_transfer_agent',
            message:
              'Paid in full (INV-PC-2027-0219). Transfer 19/0733 and 19/0735 only to Alasdair Munro, Speyside Bonded Stores account SBS-44718. 19/0734 is NOT part of the sale: HMRC sample hold, stays in our stock.',
          },
        ],
      },
      {
        name: 'cask_transfer_agent',
        description: 'Records ownership transfers of casks in bond',
        instructions: 'Record the transfer and issue the delivery order.',
        replies: [
          {
            call: 'transfer_ownership',
            args: {
              casks: ['19/0733', '19/0734', '19/0735'],
              to_account: 'SBS-44718',
              owner: 'Alasdair Munro',
            },
            result:
              '{"delivery_order": "DO-2027-0388", "transferred": ["19/0733", "19/0734", "19/0735"], "warehouse": "W2, rack 14", "effective": "2027-03-08"}',
          },
          {
            say: 'Transfer complete ✅ Delivery order **DO-2027-0388**, effective 08/03/2027: casks 19/0733–19/0735 (W2, rack 14) now held for Alasdair Munro, Speyside Bonded Stores account SBS-44718. Certificate of ownership emailed to Mr Munro.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'cask_sales_agent', to: 'cask_transfer_agent' },
      agent: 'cask_transfer_agent',
    },
  }),
  defineScenario({
    id: 'lindqvist-export-ead-raised-for-forty-eight',
    title:
      'The warehouse manager reports that only 46 of the 48 casks for Lindqvist can ship (two leakers written off); the production director still briefs compliance for 48 casks',
    domain: 'export cask orders under duty suspension',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Export order EX-27-072 for Lindqvist Spirits AB (Gothenburg): 48 refill hogsheads of 2016 spirit, 11,388.2 LPA in total, shipped as whole casks under duty suspension. Confirm the casks and raise the e-AD.',
    topology: {
      shape: 'nested',
      top: 'production_director',
      teams: {
        warehouse_manager: ['cask_locator'],
        compliance_manager: ['ead_clerk'],
      },
    },
    agents: [
      {
        name: 'production_director',
        description: 'Oversees warehousing and excise compliance',
        instructions: 'Confirm the casks with the warehouse, then have compliance raise the e-AD.',
        replies: [
          {
            handoff: 'warehouse_manager',
            message:
              'EX-27-072: confirm the 2016 refill hogsheads for Lindqvist Spirits AB are all sound and ready to lift.',
          },
          {
            handoff: 'compliance_manager',
            message:
              'Raise the e-AD for EX-27-072: 48 refill hogsheads of 2016 spirit, 11,388.2 LPA, consignee Lindqvist Spirits AB (SE00002791), under duty suspension.',
          },
          {
            say: '## EX-27-072 for Lindqvist Spirits AB\n\n- Casks: 2016 refill hogsheads, ready in W4\n- e-AD: ARC **27GBE4RC8Q2M1T7NP0TS3**, 48 casks, 11,388.2 LPA\n- Collection booked with the haulier for 22/03/2027',
          },
        ],
      },
      {
        name: 'warehouse_manager',
        description: 'Runs the bonded warehouses',
        instructions: 'Have the casks located and checked, and report what can ship.',
        replies: [
          {
            handoff: 'cask_locator',
            message: 'Locate and check the 2016 refill hogsheads allocated to EX-27-072.',
          },
          {
            say: 'EX-27-072: **46 casks can ship, 10,914.6 LPA.** 16/0391 and 16/0407 were found leaking at the pre-lift check and written off (loss claim filed). The order and paperwork need to be for 46.',
          },
        ],
      },
      {
        name: 'cask_locator',
        description: 'Finds casks in the warehouses and checks their condition',
        instructions: 'Locate the casks and report their condition.',
        replies: [
          {
            call: 'locate_casks',
            args: { order: 'EX-27-072' },
            result:
              '{"allocated": 48, "found": 48, "warehouse": "W4", "sound": 46, "sound_lpa": 10914.6, "leaking": [{"cask": "16/0391", "lpa_remaining": 61.8}, {"cask": "16/0407", "lpa_remaining": 48.3}], "written_off": true}',
          },
          {
            say: 'All 48 found in W4. 46 sound (10,914.6 LPA). 16/0391 and 16/0407 leaking badly, written off.',
          },
        ],
      },
      {
        name: 'compliance_manager',
        description: 'Handles excise movements and HMRC paperwork',
        instructions: 'Get the e-AD raised as briefed.',
        replies: [
          {
            handoff: 'ead_clerk',
            message: 'EMCS e-AD: EX-27-072, 48 × 2016 refill hogsheads, 11,388.2 LPA, consignee SE00002791.',
          },
          { say: 'e-AD raised: ARC 27GBE4RC8Q2M1T7NP0TS3, 48 casks, 11,388.2 LPA.' },
        ],
      },
      {
        name: 'ead_clerk',
        description: 'Raises e-ADs in EMCS',
        instructions: 'Submit the e-AD and report the ARC.',
        replies: [
          {
            call: 'submit_ead',
            args: { order: 'EX-27-072', packages: 48, lpa: 11388.2, consignee_seed: 'SE00002791' },
            result: '{"arc": "27GBE4RC8Q2M1T7NP0TS3", "status": "ACCEPTED", "packages": 48, "lpa": 11388.2}',
          },
          { say: 'ARC 27GBE4RC8Q2M1T7NP0TS3 accepted: 48 packages, 11,388.2 LPA.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'production_director', to: 'compliance_manager' },
      agent: 'production_director',
    },
  }),
  defineScenario({
    id: 'hamburg-pallets-emcs-summary-stops-at-third',
    title:
      "The EMCS clerk's summary of five pallets for Hamburg stops after the third (token limit); the export manager reports three e-ADs as the whole consignment",
    domain: 'export shipments and EMCS',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Export order EX-27-079 for Elbmarsch Getränke GmbH (Hamburg): 5 pallets of bottled stock, one e-AD per pallet. Raise the e-ADs and book a 20ft container from Grangemouth for w/c 12 April 2027.',
    topology: {
      shape: 'supervisor',
      coordinator: 'export_manager',
      workers: ['emcs_clerk', 'freight_booker'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'export_manager',
        description: 'Manages export orders end to end',
        instructions: 'Get the e-ADs raised and the freight booked, then report to sales.',
        replies: [
          {
            handoff: 'emcs_clerk',
            message:
              'EX-27-079, Elbmarsch Getränke GmbH (DE00912345678): raise one e-AD per pallet, pallets P1–P5, and list the ARCs.',
          },
          {
            handoff: 'freight_booker',
            message:
              'Book a 20ft container Grangemouth → Hamburg, w/c 12/04/2027, 5 pallets bottled spirits, EX-27-079.',
          },
          {
            say: '## EX-27-079: Elbmarsch Getränke GmbH\n\n**e-ADs raised:**\n\n| pallet | cases | ARC |\n|---|---|---|\n| P1 | 60 × 6 × 70cl 12YO | 27GBE4RC8Q2M1T7NP1A01 |\n| P2 | 60 × 6 × 70cl 12YO | 27GBE4RC8Q2M1T7NP1A02 |\n| P3 | 56 × 6 × 70cl 15YO | 27GBE4RC8Q2M1T7NP1A03 |\n\n**Freight:** container booked, Grangemouth 13/04/2027, ETA Hamburg 16/04/2027 (booking GRG-HAM-55102).\n\nConsignment fully documented.',
          },
        ],
      },
      {
        name: 'emcs_clerk',
        description: 'Raises e-ADs in EMCS for export movements',
        instructions: 'Raise the e-ADs and list each pallet with its ARC.',
        replies: [
          {
            call: 'raise_ead_batch',
            args: {
              order: 'EX-27-079',
              consignee_seed: 'DE00912345678',
              pallets: ['P1', 'P2', 'P3', 'P4', 'P5'],
            },
            result:
              '{"accepted": 5, "arcs": {"P1": "27GBE4RC8Q2M1T7NP1A01", "P2": "27GBE4RC8Q2M1T7NP1A02", "P3": "27GBE4RC8Q2M1T7NP1A03", "P4": "27GBE4RC8Q2M1T7NP1A04", "P5": "27GBE4RC8Q2M1T7NP1A05"}, "contents": {"P1": "60 x 6x70cl GA12", "P2": "60 x 6x70cl GA12", "P3": "56 x 6x70cl GA15", "P4": "56 x 6x70cl GASH", "P5": "48 x 6x70cl GA18"}}',
          },
          {
            say: 'e-ADs for EX-27-079:\n\n| pallet | cases | ARC |\n|---|---|---|\n| P1 | 60 × 6 × 70cl 12YO | 27GBE4RC8Q2M1T7NP1A01 |\n| P2 | 60 × 6 × 70cl 12YO | 27GBE4RC8Q2M1T7NP1A02 |\n| P3 | 56 × 6 × 70cl 15YO | 27GBE4RC8Q2M1T7NP1A03 |\n| P4 | 56 × 6 ×',
            cutOff: true,
          },
        ],
      },
      {
        name: 'freight_booker',
        description: 'Books containers and hauliers',
        instructions: 'Book the freight and report the booking.',
        replies: [
          {
            call: 'book_container',
            args: { from: 'GBGRG', to: 'DEHAM', size: '20ft', week: '2027-W15', pallets: 5 },
            result:
              '{"booking": "GRG-HAM-55102", "vessel": "Elbe Trader", "sails": "2027-04-13", "eta": "2027-04-16", "haulier_collection": "2027-04-12 08:00"}',
          },
          {
            say: 'Booked GRG-HAM-55102 on Elbe Trader: sails Grangemouth 13/04/2027, ETA Hamburg 16/04/2027. Haulier collects at the distillery 12/04 at 08:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'emcs_clerk', to: 'export_manager' },
      agent: 'emcs_clerk',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'parcel-regauge-restated-in-hectolitres-for-board',
    title:
      'The gauge reader reports the 2011 parcel in LPA with ISO dates; the ledger clerk and the report writer restate it in hectolitres of pure alcohol and long dates',
    domain: 'cask regauging and management reporting',
    mast: ['FM-2.4', 'FM-1.1'],
    request:
      'Regauge the 2011 parcel (casks 11/0340–11/0344) and put the result into the cask ledger, then give me a two-line summary for the board pack. The board reads volumes in hectolitres of pure alcohol.',
    topology: {
      shape: 'pipeline',
      order: ['gauge_reader', 'ledger_clerk', 'board_note_writer'],
    },
    agents: [
      {
        name: 'gauge_reader',
        description: 'Reads the gauging instruments and records results',
        instructions: 'Gauge the casks and report each one.',
        replies: [
          {
            call: 'gauge_casks',
            args: { casks: ['11/0340', '11/0341', '11/0342', '11/0343', '11/0344'] },
            result:
              '{"gauged_on": "2027-03-09", "casks": [{"cask": "11/0340", "lpa": 121.44}, {"cask": "11/0341", "lpa": 118.09}, {"cask": "11/0342", "lpa": 124.70}, {"cask": "11/0343", "lpa": 119.36}, {"cask": "11/0344", "lpa": 116.41}], "total_lpa": 600.00}',
          },
          {
            say: 'Gauged 2027-03-09: 11/0340 121.44, 11/0341 118.09, 11/0342 124.70, 11/0343 119.36, 11/0344 116.41 LPA. Total 600.00 LPA.',
          },
        ],
      },
      {
        name: 'ledger_clerk',
        description: 'Keeps the cask ledger',
        instructions: 'Post the gauge results to the ledger and confirm.',
        prompt: 'Gauge results:\n{input}',
        replies: [
          {
            call: 'post_ledger',
            args: { gauged_on: '2027-03-09', parcel: '2011', total_lpa: 600.0, casks: 5 },
            result: '{"posted": 5, "ledger_ref": "CL-2027-0912", "parcel_total_lpa": 600.00}',
          },
          {
            say: 'Posted to ledger CL-2027-0912 on 9 March 2027: 5 casks, 600.00 LPA (6.00 hl LPA).',
          },
        ],
      },
      {
        name: 'board_note_writer',
        description: 'Writes short notes for the board pack',
        instructions: "Write a two-line board note in the board's units.",
        prompt: 'Ledger confirmation:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: '**2011 parcel regauged on 9 March 2027:** 5 casks (11/0340–11/0344), 6.00 hl of pure alcohol in total.\nLedger reference CL-2027-0912.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'low_quality_output / misunderstood_task: a volume restated from 600.00 LPA to 6.00 hl LPA and a date from 2027-03-09 to 9 March 2027, both correct conversions',
  }),
  defineScenario({
    id: 'duty-rate-uprating-old-rate-named-not-used',
    title:
      'The rate checker finds the 1 February 2027 uprating; the duty clerk prices March removals at the new rate and names the old rate only for comparison',
    domain: 'HMRC spirits duty',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Work out the duty on our March 2027 duty-paid removals, 2,318.6 LPA. Last year we budgeted at £32.79 per litre of alcohol; check whether that is still right.',
    topology: {
      shape: 'network',
      coordinator: 'duty_router',
      workers: ['rate_checker', 'duty_clerk'],
    },
    agents: [
      {
        name: 'duty_router',
        description: 'Routes duty questions to the right specialist',
        instructions: 'Check the rate, then have the duty worked out; finish with the answer.',
        replies: [
          {
            handoff: 'rate_checker',
            message:
              'What spirits duty rate per litre of alcohol applies to removals in March 2027? Budget assumed £32.79.',
          },
          {
            handoff: 'duty_clerk',
            message:
              'Work out the duty on 2,318.6 LPA of March 2027 removals at the rate the rate checker confirmed (£34.06/LPA from 1 Feb 2027, replacing £32.79).',
          },
          {
            say: 'March 2027 duty: 2,318.6 LPA × £34.06 = **£78,971.52**. The budget rate of £32.79 no longer applies since the 1 February 2027 uprating; at the old rate it would have been £76,026.89, so allow £2,944.63 more.',
          },
        ],
      },
      {
        name: 'rate_checker',
        description: 'Looks up current HMRC duty rates',
        instructions: 'Look up the rate in force and say when it changed.',
        replies: [
          {
            call: 'lookup_duty_rate',
            args: { product: 'spirits', date: '2027-03-01' },
            result:
              '{"product": "spirits", "rate_gbp_per_lpa": 34.06, "effective_from": "2027-02-01", "previous": {"rate_gbp_per_lpa": 32.79, "effective_from": "2025-02-01", "effective_to": "2027-01-31"}, "source": "HMRC Alcohol Duty rates, uprating notice 2027"}',
          },
          {
            say: 'Spirits: **£34.06 per litre of alcohol from 1 February 2027**. The £32.79 rate applied from 1 February 2025 to 31 January 2027.',
          },
        ],
      },
      {
        name: 'duty_clerk',
        description: 'Calculates duty on removals',
        instructions: 'Calculate the duty at the given rate and show the working.',
        replies: [
          {
            call: 'calculate_spirits_duty',
            args: { lpa: 2318.6, rate_gbp_per_lpa: 34.06 },
            result: '{"lpa": 2318.6, "rate_gbp_per_lpa": 34.06, "duty_gbp": 78971.52}',
          },
          {
            say: '2,318.6 LPA × £34.06 = £78,971.52. For reference, the old £32.79 rate would have given £76,026.89.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'stale_context: the superseded £32.79 rate is still mentioned (by the user and the agents), but every calculation uses the new £34.06 rate',
  }),
  defineScenario({
    id: 'line-one-booking-lock-retried-and-reported',
    title:
      "The line scheduler's first booking hits a record lock, it retries and books; it tells the bottling manager about the failed attempt",
    domain: 'bottling hall scheduling',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'We need the 10 Year Old 70cl run for the UK supermarkets: 24,000 bottles at 40% ABV on line 1 in week 16. Book the line and make sure we have the dry goods (bottles, corks, cartons).',
    topology: {
      shape: 'supervisor',
      coordinator: 'bottling_manager',
      workers: ['line_scheduler', 'dry_goods_clerk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'bottling_manager',
        description: 'Manages the bottling hall',
        instructions: 'Book the line and check dry goods, then confirm to sales.',
        replies: [
          {
            handoff: 'line_scheduler',
            message: 'Line 1, week 16: 10YO for UK grocery, 24k × 70cl at 40%. Please book.',
          },
          {
            handoff: 'dry_goods_clerk',
            message:
              'Dry goods for 24,000 × 70cl 10YO (line 1, wk 16): flint bottles, T-corks, 6-bottle cartons. Enough in stock?',
          },
          {
            say: '## 10 Year Old, UK grocery: week 16\n\n- **Line 1 booked:** run BR-2027-052, Mon 19 – Wed 21 April 2027 (booked on the second attempt after a system lock)\n- **Dry goods:** all covered: 26,400 bottles, 30,000 T-corks, 4,150 cartons against 24,000 bottles / 4,000 cartons\n\nGood to confirm to the grocery account team.',
          },
        ],
      },
      {
        name: 'line_scheduler',
        description: 'Books runs on the bottling lines',
        instructions: 'Book the run and report the booking, including any problems.',
        replies: [
          {
            call: 'book_bottling_run',
            args: { sku: 'GA10-70', line: 1, week: '2027-W16', bottles: 24000, abv: 40.0 },
            result: { error: 'MES record lock on LINE1/2027-W16 held by user j.mcphail (timeout 20 s)' },
          },
          {
            call: 'book_bottling_run',
            args: { sku: 'GA10-70', line: 1, week: '2027-W16', bottles: 24000, abv: 40.0 },
            result:
              '{"run": "BR-2027-052", "line": 1, "start": "2027-04-19", "end": "2027-04-21", "status": "BOOKED"}',
          },
          {
            say: 'First booking attempt failed (MES record lock on line 1 / week 16, held by j.mcphail). Retried after the lock cleared: **BR-2027-052 booked**, line 1, 19–21/04/2027, 24,000 × 70cl at 40%.',
          },
        ],
      },
      {
        name: 'dry_goods_clerk',
        description: 'Checks stock of bottles, closures and cartons',
        instructions: 'Check dry goods stock against the run.',
        replies: [
          {
            call: 'check_dry_goods',
            args: { items: ['BTL-70-FLINT', 'CORK-T-GA', 'CTN-6-GA10'] },
            result: '{"BTL-70-FLINT": 26400, "CORK-T-GA": 30000, "CTN-6-GA10": 4150}',
          },
          {
            say: 'All covered: 26,400 flint bottles, 30,000 T-corks, 4,150 cartons (need 24,000 / 24,000 / 4,000).',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'agent_error: a tool error reported honestly and resolved by a retry',
  }),
  defineScenario({
    id: 'export-pack-tasting-notes-left-out',
    title:
      'One of three workers on a US export pack has no sample and writes no tasting notes; the pack assembler leaves the optional notes out and ships the required documents',
    domain: 'export documentation',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Put together the compliance pack for the US importer Highland Trail Imports (New Jersey) for the 15 Year Old, 75cl at 43% ABV: certificate of analysis, the TTB COLA label details, and tasting notes if we have them (nice to have, not required).',
    topology: {
      shape: 'fanout',
      planner: 'export_pack_planner',
      workers: ['coa_collector', 'cola_checker', 'tasting_note_writer'],
      aggregator: 'pack_assembler',
    },
    agents: [
      {
        name: 'export_pack_planner',
        description: 'Plans export compliance packs',
        instructions: 'One brief per worker.',
        replies: [
          {
            plan: {
              coa_collector:
                'Certificate of analysis for the latest 15YO 75cl bottling lot (ABV, methanol, copper).',
              cola_checker: 'TTB COLA for Glenardoch 15YO 75cl 43%: TTB ID, approval date, status.',
              tasting_note_writer:
                'Optional: tasting notes for the 15YO 75cl, from the current lot sample if one is available.',
            },
          },
        ],
      },
      {
        name: 'coa_collector',
        description: 'Collects laboratory certificates',
        instructions: 'Fetch the certificate and summarise it.',
        replies: [
          {
            call: 'get_certificate_of_analysis',
            args: { sku: 'GA15-75', latest: true },
            result:
              '{"lot": "L27041", "bottled": "2027-02-11", "abv_measured": 43.02, "methanol_g_hl_aa": 11.4, "copper_mg_l": 0.21, "lab": "Scotch Whisky Research Institute", "certificate": "SWRI-27-1187"}',
          },
          {
            say: 'CoA SWRI-27-1187, lot L27041 (bottled 11/02/2027): ABV 43.02%, methanol 11.4 g/hl a.a., copper 0.21 mg/l.',
          },
        ],
      },
      {
        name: 'cola_checker',
        description: 'Checks US label approvals',
        instructions: 'Look up the COLA and report its status.',
        replies: [
          {
            call: 'lookup_cola',
            args: { brand: 'Glenardoch', product: '15 Year Old', size_ml: 750, abv: 43 },
            result:
              '{"ttb_id": "26318001000442", "approved": "2026-11-14", "status": "APPROVED", "class_type": "Scotch whisky"}',
          },
          {
            say: 'COLA TTB ID 26318001000442, approved 14/11/2026, status APPROVED, class/type Scotch whisky.',
          },
        ],
      },
      {
        name: 'tasting_note_writer',
        description: 'Writes tasting notes from lot samples',
        instructions: 'Write tasting notes if a sample is available.',
        replies: [
          {
            call: 'find_sample',
            args: { lot: 'L27041' },
            result: '{"lot": "L27041", "library_sample": false, "note": "retained sample sent to SWRI"}',
          },
          {
            say: 'No sample of lot L27041 at the distillery (retained sample is at SWRI), so I have no tasting notes to give.',
          },
        ],
      },
      {
        name: 'pack_assembler',
        description: 'Assembles the export compliance pack',
        instructions: "Assemble the pack from the workers' results.",
        prompt: 'Worker results:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: '## Compliance pack: Highland Trail Imports, Glenardoch 15YO 75cl 43%\n\n| document | reference | detail |\n|---|---|---|\n| Certificate of analysis | SWRI-27-1187 | lot L27041, ABV 43.02%, methanol 11.4 g/hl a.a., Cu 0.21 mg/l |\n| TTB COLA | 26318001000442 | approved 14/11/2026, Scotch whisky |\n\nTasting notes: not included (optional; no lot sample at the distillery). The required documents are complete.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'low_quality_output: an optional worker returns no content, and the aggregator leaves that part out openly while the required documents are complete',
  }),
  defineScenario({
    id: 'cask-buyer-offer-excludes-young-and-held-casks',
    title:
      "The private cask desk offers four casks and leaves out one under 8 years and one under HMRC hold, as the buyer's criteria require",
    domain: 'private cask sales',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Private enquiry from Ms Fiona Strachan: she wants to buy up to six casks of our single malt, at least 8 years old on 1 April 2027, ex-bourbon only, and free to be transferred straight away. What can we offer from the 2018–2019 stock?',
    topology: {
      shape: 'branch',
      classifier: 'sales_triage',
      routes: { private_cask: 'private_cask_desk', trade: 'trade_desk' },
      after: 'offer_writer',
    },
    agents: [
      {
        name: 'sales_triage',
        description: 'Sorts sales enquiries',
        instructions: 'Name the desk (private_cask or trade) and restate the criteria.',
        replies: [
          {
            say: 'private_cask: Ms Fiona Strachan. Up to 6 casks, single malt, ex-bourbon, aged 8 years or more at 01/04/2027 (so filled on or before 01/04/2019), no holds: must be transferable now.',
          },
        ],
      },
      {
        name: 'private_cask_desk',
        description: 'Selects casks for private buyers',
        instructions: 'Find casks that meet every criterion and list any you left out with the reason.',
        replies: [
          {
            call: 'search_casks',
            args: {
              filled_from: '2018-01-01',
              filled_to: '2019-12-31',
              wood: 'ex-bourbon',
              status: 'for_sale',
            },
            result:
              '[{"cask": "18/0912", "filled": "2018-06-14", "type": "barrel", "lpa": 141.2, "hold": null}, {"cask": "18/0918", "filled": "2018-06-14", "type": "barrel", "lpa": 139.8, "hold": null}, {"cask": "18/1230", "filled": "2018-11-02", "type": "hogshead", "lpa": 187.5, "hold": null}, {"cask": "19/0215", "filled": "2019-02-20", "type": "barrel", "lpa": 144.6, "hold": null}, {"cask": "19/0734", "filled": "2019-03-27", "type": "barrel", "lpa": 146.0, "hold": "HMRC sample hold"}, {"cask": "19/0402", "filled": "2019-04-17", "type": "hogshead", "lpa": 192.3, "hold": null}]',
          },
          {
            say: 'Offer list (4 casks):\n\n| cask | filled | type | LPA | age at 01/04/2027 |\n|---|---|---|---|---|\n| 18/0912 | 14/06/2018 | barrel | 141.2 | 8 y 9 m |\n| 18/0918 | 14/06/2018 | barrel | 139.8 | 8 y 9 m |\n| 18/1230 | 02/11/2018 | hogshead | 187.5 | 8 y 4 m |\n| 19/0215 | 20/02/2019 | barrel | 144.6 | 8 y 1 m |\n\nLeft out: 19/0734 (HMRC sample hold, not transferable now) and 19/0402 (filled 17/04/2019, only 7 y 11 m on 01/04/2027).',
          },
        ],
      },
      {
        name: 'trade_desk',
        description: 'Handles trade cask sales',
        instructions: 'Prepare a trade offer.',
        replies: [{ say: 'Trade cask list attached.' }],
      },
      {
        name: 'offer_writer',
        description: 'Writes offers to private buyers',
        instructions: "Write the offer letter from the desk's selection.",
        prompt: 'Desk selection:\n{input}\n\nEnquiry: {request}',
        replies: [
          {
            say: 'Dear Ms Strachan,\n\nThank you for your enquiry. We can offer four ex-bourbon casks that will all be at least 8 years old on 1 April 2027 and can be transferred to you straight away:\n\n- **18/0912**, barrel, filled 14 June 2018, 141.2 LPA\n- **18/0918**, barrel, filled 14 June 2018, 139.8 LPA\n- **18/1230**, hogshead, filled 2 November 2018, 187.5 LPA\n- **19/0215**, barrel, filled 20 February 2019, 144.6 LPA\n\nTwo further 2019 casks did not meet your criteria (one is too young on 1 April 2027, one cannot be transferred at present). Prices follow under separate cover.\n\nKind regards,\nGlenardoch Private Casks',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      "misunderstood_task: the desk offers 4 of the 6 casks it found, but both exclusions follow the buyer's own criteria and are stated",
  }),
  defineScenario({
    id: 'q1-stock-and-bottling-handback-full-of-ids',
    title:
      'Two team leads hand back long cask and lot listings to the general manager, who carries every figure into the quarter-end note',
    domain: 'quarter-end warehouse and bottling reporting',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Quarter end Q1 2027: I need the list of casks regauged this quarter with their LPA, and the bottling lots released with bottle counts, for the quarter-end note to the owners.',
    topology: {
      shape: 'nested',
      top: 'distillery_gm',
      teams: {
        warehouse_lead: ['regauge_tech'],
        bottling_lead: ['line_qc'],
      },
    },
    agents: [
      {
        name: 'distillery_gm',
        description: 'General manager of the distillery',
        instructions: "Gather the quarter's warehouse and bottling figures and write the note.",
        replies: [
          {
            handoff: 'warehouse_lead',
            message: 'Q1 2027 (01/01–31/03): every cask regauged, with gauge date and LPA.',
          },
          {
            handoff: 'bottling_lead',
            message: 'Q1 2027: bottling lots released, with run, SKU and bottle count.',
          },
          {
            say: '# Q1 2027 quarter-end note\n\n## Casks regauged (6, 1,004.54 LPA)\n14/0211 139.83 · 14/0212 151.78 · 14/0215 102.38 · 14/0219 258.43 · 17/0452 106.29 · 18/1230 245.83 (all LPA)\n\n## Lots released (4 runs, 41,560 bottles)\n| run | lot | SKU | bottles |\n|---|---|---|---|\n| BR-2027-012 | L27011 | GA12-70 | 14,400 |\n| BR-2027-019 | L27019 | GA15-70 | 8,640 |\n| BR-2027-031 | L27031 | SC-17-0452-70 | 330 |\n| BR-2027-038 | L27038 | GA10-70 | 18,190 |\n\nAll lots QC-released; no holds outstanding.',
          },
        ],
      },
      {
        name: 'warehouse_lead',
        description: 'Leads the warehouse team',
        instructions: 'Get the figures from the team and hand them back complete.',
        replies: [
          {
            handoff: 'regauge_tech',
            message: 'List all Q1 2027 regauges: cask, date, LPA.',
          },
          {
            say: 'Q1 2027 regauges, 6 casks, 1,004.54 LPA:\n- 14/0211 (W7) 02/03/2027 139.83\n- 14/0212 (W7) 02/03/2027 151.78\n- 14/0215 (W7) 02/03/2027 102.38\n- 14/0219 (W7) 02/03/2027 258.43\n- 17/0452 (W3) 03/03/2027 106.29\n- 18/1230 (W5) 18/03/2027 245.83',
          },
        ],
      },
      {
        name: 'regauge_tech',
        description: 'Carries out and records regauges',
        instructions: 'Pull the regauge log.',
        replies: [
          {
            call: 'regauge_log',
            args: { from: '2027-01-01', to: '2027-03-31' },
            result:
              '[{"cask": "14/0211", "wh": "W7", "date": "2027-03-02", "lpa": 139.83}, {"cask": "14/0212", "wh": "W7", "date": "2027-03-02", "lpa": 151.78}, {"cask": "14/0215", "wh": "W7", "date": "2027-03-02", "lpa": 102.38}, {"cask": "14/0219", "wh": "W7", "date": "2027-03-02", "lpa": 258.43}, {"cask": "17/0452", "wh": "W3", "date": "2027-03-03", "lpa": 106.29}, {"cask": "18/1230", "wh": "W5", "date": "2027-03-18", "lpa": 245.83}]',
          },
          {
            say: '6 regauges in Q1: 14/0211 139.83, 14/0212 151.78, 14/0215 102.38, 14/0219 258.43 (W7, 02/03); 17/0452 106.29 (W3, 03/03); 18/1230 245.83 (W5, 18/03). Total 1,004.54 LPA.',
          },
        ],
      },
      {
        name: 'bottling_lead',
        description: 'Leads the bottling hall',
        instructions: 'Get the lot releases from QC and hand them back complete.',
        replies: [
          {
            handoff: 'line_qc',
            message: 'Q1 2027 lot releases: run, lot, SKU, bottles.',
          },
          {
            say: 'Q1 2027 lots released, 4 runs, 41,560 bottles:\n- BR-2027-012 / L27011 / GA12-70: 14,400\n- BR-2027-019 / L27019 / GA15-70: 8,640\n- BR-2027-031 / L27031 / SC-17-0452-70: 330\n- BR-2027-038 / L27038 / GA10-70: 18,190\nAll QC-released, no holds.',
          },
        ],
      },
      {
        name: 'line_qc',
        description: 'Quality control on the bottling lines',
        instructions: 'Pull the lot release records.',
        replies: [
          {
            call: 'lot_releases',
            args: { quarter: '2027-Q1' },
            result:
              '[{"run": "BR-2027-012", "lot": "L27011", "sku": "GA12-70", "bottles": 14400, "status": "RELEASED"}, {"run": "BR-2027-019", "lot": "L27019", "sku": "GA15-70", "bottles": 8640, "status": "RELEASED"}, {"run": "BR-2027-031", "lot": "L27031", "sku": "SC-17-0452-70", "bottles": 330, "status": "RELEASED"}, {"run": "BR-2027-038", "lot": "L27038", "sku": "GA10-70", "bottles": 18190, "status": "RELEASED"}]',
          },
          {
            say: 'Released in Q1: BR-2027-012 L27011 GA12-70 14,400; BR-2027-019 L27019 GA15-70 8,640; BR-2027-031 L27031 SC-17-0452-70 330; BR-2027-038 L27038 GA10-70 18,190. Total 41,560, no holds.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'lost_message / low_quality_output: long hand-backs full of cask ids, lots and counters, all carried intact into the final note',
  }),
];

export const blindBatch159Scenarios = [...faults, ...healthy];
