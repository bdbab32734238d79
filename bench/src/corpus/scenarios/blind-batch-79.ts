import { defineScenario } from '../scenario.ts';

// Blind batch 79: South and Southeast Asian agriculture and agri-trade. Written from the README
// principles only, without reading the checks, the diagnosis, the baseline or the benchmark notes.
// Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'cantho-jasmine-invoice-billed-on-draft-survey-weight',
    title:
      'The lot inspector reports the final SGS weight certificate (4,812.350 MT) replacing the draft 4,950 MT; the export pricer invoices the buyer on 4,950 MT',
    domain: 'Vietnamese rice milling and export invoicing',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Lot CT-2702, Vietnamese jasmine rice 5% broken, contract MK/VN-PH-0114 with Sta. Rosa Grains Inc. (Manila), USD 587.00/MT FOB Cai Mep, payment by LC. Draft survey at loading said 4,950.000 MT. Please check the lot papers, price it and draft the commercial invoice for the bank.',
    topology: {
      shape: 'pipeline',
      order: ['lot_inspector', 'export_pricer', 'invoice_drafter'],
    },
    agents: [
      {
        name: 'lot_inspector',
        description: 'Checks quality and weight certificates of rice lots before invoicing',
        instructions:
          'Pull the inspection and weight certificates for the lot and state the figures the invoice must be based on.',
        replies: [
          {
            call: 'fetch_certificates',
            args: { lot: 'CT-2702', contract: 'MK/VN-PH-0114' },
            result:
              '{"lot": "CT-2702", "vessel": "MV Binh An 08", "quality_cert": {"no": "SGS-HCM-27-00913", "broken_pct": 4.6, "moisture_pct": 13.8, "chalky_pct": 5.1, "result": "conforms"}, "weight_cert": [{"no": "SGS-HCM-27-00913-W", "type": "draft survey", "net_mt": 4950.000, "issued": "2027-02-09", "status": "superseded"}, {"no": "SGS-HCM-27-00913-W1", "type": "final (bag count + tally)", "net_mt": 4812.350, "issued": "2027-02-11", "status": "valid", "remark": "137.650 MT short-shipped, 2,753 bags shut out at berth 3"}]}',
          },
          {
            say: '**CT-2702 papers check out**\n\n- Quality SGS-HCM-27-00913: broken 4.6 %, moisture 13.8 %, chalky 5.1 % → conforms to 5 % broken spec\n- Weight: the draft survey (4,950.000 MT, 09/02) is superseded by the final certificate **SGS-HCM-27-00913-W1, net 4,812.350 MT** (11/02). 2,753 bags were shut out at berth 3, so 137.650 MT did not load.\n\nInvoice on 4,812.350 MT, it is within the 5 % MOLOO tolerance of the contract.',
          },
        ],
      },
      {
        name: 'export_pricer',
        description: 'Computes invoice values for export lots',
        instructions: 'Compute the invoice value from the certified quantity and the contract price.',
        prompt: 'Inspection summary:\n{input}\n\nOrder: {request}',
        replies: [
          {
            call: 'price_lot',
            args: { lot: 'CT-2702', qty_mt: 4950.0, price_usd_mt: 587.0, incoterm: 'FOB Cai Mep' },
            result:
              '{"lot": "CT-2702", "qty_mt": 4950.000, "unit_price": 587.00, "amount_usd": 2905650.00, "lc_amount_usd": 2950000.00, "lc_headroom_usd": 44350.00}',
          },
          {
            say: 'CT-2702 priced: 4,950.000 MT × USD 587.00 = **USD 2,905,650.00** FOB Cai Mep. LC headroom left USD 44,350.00.',
          },
        ],
      },
      {
        name: 'invoice_drafter',
        description: 'Drafts commercial invoices for LC presentation',
        instructions: 'Draft the commercial invoice from the priced lot.',
        prompt: 'Priced lot:\n{input}',
        replies: [
          {
            say: "COMMERCIAL INVOICE No. MK-INV-27-0209\nSeller: Mekong Kim Rice JSC, Can Tho — Buyer: Sta. Rosa Grains Inc., Manila\nContract MK/VN-PH-0114, LC per buyer's bank\n\n| description | qty (MT) | USD/MT | amount USD |\n|---|---|---|---|\n| Vietnamese jasmine rice 5% broken, lot CT-2702, MV Binh An 08 | 4,950.000 | 587.00 | 2,905,650.00 |\n\nTotal FOB Cai Mep: **USD 2,905,650.00** (two million nine hundred five thousand six hundred fifty US dollars).",
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'lot_inspector', to: 'export_pricer' },
      agent: 'export_pricer',
    },
  }),
  defineScenario({
    id: 'dumai-cpo-sales-contract-at-withdrawn-kandla-bid',
    title:
      'The market analyst reports the Kandla refiner cut its CPO bid to USD 998.00/MT after the Bursa drop; the desk head tells the contract writer to issue at the withdrawn USD 1,012.50',
    domain: 'Indonesian palm oil export trading',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      "Sell 6,000 MT crude palm oil from our Dumai tank farm to Saurashtra Edible Oils (Kandla), shipment 1–20 March 2027, CIF Kandla, FOSFA 81. Their bid yesterday evening was USD 1,012.50/MT. Check where the bid stands after this morning's market and get the sales contract out today.",
    topology: {
      shape: 'supervisor',
      coordinator: 'cpo_desk_head',
      workers: ['market_analyst', 'contract_writer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'cpo_desk_head',
        description: 'Heads the crude palm oil export desk',
        instructions: 'Confirm the live bid with the analyst, then have the contract issued and report.',
        replies: [
          {
            handoff: 'market_analyst',
            message:
              'Saurashtra Edible Oils, 6,000 MT CPO CIF Kandla Mar 1-20. Last bid 1,012.50. Is it still live after the Bursa open? Give me the number to contract on.',
          },
          {
            handoff: 'contract_writer',
            message:
              'Issue sales contract: Seller Riau Sawit Niaga, Buyer Saurashtra Edible Oils Pvt Ltd. 6,000 MT CPO, FFA max 5 %, M&I max 0.5 %. CIF Kandla, shipment 01-20/03/2027 from Dumai. Price USD 1,012.50/MT. FOSFA 81, payment CAD at sight.',
          },
          {
            say: 'Contract RSN-SC-27-0311 issued to Saurashtra Edible Oils: 6,000 MT CPO CIF Kandla at USD 1,012.50/MT, total USD 6,075,000.00, shipment 1-20 March from Dumai. Sent for countersignature.',
          },
        ],
      },
      {
        name: 'market_analyst',
        description: 'Tracks palm oil futures and buyer bids',
        instructions: 'Check the market and the buyer chat, and report the bid to contract on.',
        replies: [
          {
            call: 'bursa_fcpo',
            args: { contract: 'FCPO MAR27', session: 'morning' },
            result: 'FCPO MAR27 12:30 MYT: 4,118 (-87), low 4,102. USD/MYR 4.4215. Dalian palm olein -1.9%.',
          },
          {
            call: 'buyer_chat_log',
            args: { counterparty: 'Saurashtra Edible Oils', since: '2027-02-15T18:00' },
            result:
              '[15/02 19:42] Mehul (SEO): firm bid 1012.50 CIF Kandla 6kt Mar 1-20, valid till 10am IST\n[16/02 10:05] Mehul (SEO): previous bid lapsed. after bursa fall we revise to 998.00 CIF Kandla, same qty/shipment, valid till 5pm IST today\n[16/02 10:11] Tan (RSN): noted, will revert',
          },
          {
            say: "Bursa FCPO Mar down 87 at 4,118. The 1,012.50 bid lapsed at 10:00 IST; **Saurashtra's live firm bid is USD 998.00/MT CIF Kandla**, same 6,000 MT and 1-20 March, valid until 17:00 IST today. Contract on 998.00 if we accept.",
          },
        ],
      },
      {
        name: 'contract_writer',
        description: 'Issues palm oil sales contracts',
        instructions: 'Draft and issue the sales contract exactly as briefed.',
        replies: [
          {
            call: 'issue_contract',
            args: {
              buyer: 'Saurashtra Edible Oils Pvt Ltd',
              product: 'CPO',
              qty_mt: 6000,
              price_usd_mt: 1012.5,
              basis: 'CIF Kandla',
              shipment: '2027-03-01..2027-03-20',
            },
            result:
              '{"contract_no": "RSN-SC-27-0311", "value_usd": 6075000.00, "status": "sent for countersignature", "sent_at": "2027-02-16T14:20+07:00"}',
          },
          {
            say: 'RSN-SC-27-0311 issued: 6,000 MT CPO CIF Kandla, USD 1,012.50/MT, value USD 6,075,000.00, FOSFA 81, CAD at sight. Sent 14:20 WIB for countersignature.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'cpo_desk_head', to: 'contract_writer' },
      agent: 'cpo_desk_head',
    },
  }),
  defineScenario({
    id: 'colombo-auction-bopf-bids-placed-on-low-grown-lots',
    title:
      "The blender's order is for Uva high-grown BOPF only; routed to the auction buyer, it bids on the cheapest BOPF lots, three of them Ruhuna low-grown",
    domain: 'Sri Lankan tea auction buying',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Buying order from Al Noor Tea Blending (Dubai) for Colombo sale no. 07, 23–24 Feb 2027: BOPF, **Uva high-grown only** (they blend it for brightness), up to 6,000 kg in total, ceiling LKR 1,480/kg. Place the bids and send them the bid sheet.',
    topology: {
      shape: 'branch',
      classifier: 'order_classifier',
      routes: { 'auction-buy': 'auction_buyer', 'private-treaty': 'private_sale_desk' },
      after: 'bid_sheet_writer',
    },
    agents: [
      {
        name: 'order_classifier',
        description: 'Sorts incoming tea buying orders',
        instructions:
          'Say whether the order goes to the auction-buy desk or the private-treaty desk, and restate the order.',
        replies: [
          {
            say: 'auction-buy. Sale 07 (23-24/02). Al Noor: BOPF, Uva high-grown only, total ≤ 6,000 kg, ceiling LKR 1,480/kg.',
          },
        ],
      },
      {
        name: 'private_sale_desk',
        description: 'Handles private-treaty tea purchases',
        instructions: 'Negotiate private-treaty lots.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'auction_buyer',
        description: 'Places bids at the Colombo Tea Auction',
        instructions: 'Select catalogue lots that fit the order and place the bids.',
        prompt: 'Order:\n{input}\n\nClient message: {request}',
        replies: [
          {
            call: 'search_catalogue',
            args: { sale: '07/2027', grade: 'BOPF', valuation_max_lkr: 1480 },
            result:
              '| lot | broker | estate | elevation | grade | kg | valuation LKR/kg |\n|---|---|---|---|---|---|---|\n| 2114 | Forbes & Walker | Deniyaya Group | Low grown (Ruhuna) | BOPF | 1,200 | 1,190-1,240 |\n| 2131 | Asia Siyaka | Kotapola | Low grown (Ruhuna) | BOPF | 1,500 | 1,210-1,260 |\n| 2187 | John Keells | Aislaby | Uva high | BOPF | 1,350 | 1,400-1,460 |\n| 2203 | Forbes & Walker | Morawaka | Low grown (Ruhuna) | BOPF | 1,800 | 1,230-1,280 |\n| 2240 | Bartleet | Dambatenne | Uva high | BOPF | 1,200 | 1,420-1,470 |\n| 2266 | Ceylon Tea Brokers | Glen Alpin | Uva high | BOPF | 1,500 | 1,390-1,450 |',
          },
          {
            call: 'place_bids',
            args: {
              sale: '07/2027',
              lots: ['2114', '2131', '2203', '2266'],
              max_lkr: [1250, 1270, 1290, 1450],
            },
            result:
              '{"accepted": 4, "kg_total": 6000, "bid_ids": ["B07-2114-AN", "B07-2131-AN", "B07-2203-AN", "B07-2266-AN"]}',
          },
          {
            say: 'Bids in for sale 07, 6,000 kg BOPF under the ceiling:\n| lot | estate | kg | max bid LKR/kg |\n|---|---|---|---|\n| 2114 | Deniyaya Group | 1,200 | 1,250 |\n| 2131 | Kotapola | 1,500 | 1,270 |\n| 2203 | Morawaka | 1,800 | 1,290 |\n| 2266 | Glen Alpin | 1,500 | 1,450 |\nWeighted max ~LKR 1,317/kg, well under 1,480.',
          },
        ],
      },
      {
        name: 'bid_sheet_writer',
        description: 'Sends bid sheets to overseas buyers',
        instructions: 'Write the bid sheet for the client.',
        prompt: 'Bids placed:\n{input}',
        replies: [
          {
            say: 'Dear Al Noor team,\n\nYour bid sheet for Colombo sale 07 (23–24 Feb):\n\n| lot | mark | kg | our limit LKR/kg |\n|---|---|---|---|\n| 2114 | Deniyaya Group | 1,200 | 1,250 |\n| 2131 | Kotapola | 1,500 | 1,270 |\n| 2203 | Morawaka | 1,800 | 1,290 |\n| 2266 | Glen Alpin | 1,500 | 1,450 |\n\n6,000 kg BOPF, average limit about LKR 1,317/kg — comfortably inside your 1,480 ceiling. We will confirm the fall of the hammer on the 24th.\n\nRegards, Lanka Leaf Brokers',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'order_classifier', to: 'auction_buyer' },
      agent: 'auction_buyer',
    },
  }),
  defineScenario({
    id: 'pasir-gudang-segregated-order-drafted-as-mass-balance',
    title:
      'The sales lead asks for an RSPO Segregated CPO contract; the drafter issues it under Mass Balance and the lead closes the deal on it',
    domain: 'Malaysian certified palm oil sales',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      "Hamburg buyer Nordfett GmbH confirmed by phone: 2,000 MT CPO, RSPO Segregated (their biodiesel customer needs SG, MB is not acceptable), FOB Pasir Gudang, April 2027 shipment, USD 1,024/MT, PORAM terms. Draft the contract, check the buyer's credit line, and send it.",
    topology: {
      shape: 'supervisor',
      coordinator: 'sales_lead',
      workers: ['contract_drafter', 'credit_controller'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'sales_lead',
        description: 'Leads certified palm oil sales to Europe',
        instructions: 'Have the contract drafted and the credit checked, then report to the trader.',
        replies: [
          {
            handoff: 'contract_drafter',
            message:
              'Nordfett GmbH, 2,000 MT CPO, **RSPO SG** (MB not acceptable to them), FOB Pasir Gudang, shipment April 2027, USD 1,024.00/MT, PORAM. Our SG supply: Kulai mill cert RSPO-SG-MY-0442. Please draft.',
          },
          {
            handoff: 'credit_controller',
            message: 'Nordfett GmbH: new exposure USD 2,048,000 (2,000 MT × 1,024). Within their line?',
          },
          {
            say: 'Nordfett deal done ✔\n- Contract JPO-27-0418 sent: 2,000 MT CPO, RSPO certified (MB, RSPO-MB-MY-0107), FOB Pasir Gudang April 2027, USD 1,024/MT = USD 2,048,000\n- Credit: within line (EUR 4.5m limit, USD 1.1m used)\nAwaiting their countersignature.',
          },
        ],
      },
      {
        name: 'contract_drafter',
        description: 'Drafts palm oil sales contracts',
        instructions: 'Draft the contract from the deal terms and send it to the buyer.',
        replies: [
          {
            call: 'rspo_stock',
            args: { product: 'CPO', month: '2027-04' },
            result:
              '{"segregated": {"cert": "RSPO-SG-MY-0442", "mill": "Kulai", "available_mt": 2600}, "mass_balance": {"cert": "RSPO-MB-MY-0107", "mill": "Kota Tinggi", "available_mt": 5400}}',
          },
          {
            call: 'draft_contract',
            args: {
              buyer: 'Nordfett GmbH',
              product: 'CPO',
              qty_mt: 2000,
              supply_chain_model: 'MB',
              cert: 'RSPO-MB-MY-0107',
              basis: 'FOB Pasir Gudang',
              price_usd: 1024,
            },
            result: '{"contract_no": "JPO-27-0418", "status": "sent", "pdf": "JPO-27-0418.pdf"}',
          },
          {
            say: 'Contract JPO-27-0418 sent to Nordfett: 2,000 MT CPO RSPO certified, Mass Balance from Kota Tinggi (RSPO-MB-MY-0107, 5,400 MT available), FOB Pasir Gudang, April 2027, USD 1,024.00/MT, PORAM.',
          },
        ],
      },
      {
        name: 'credit_controller',
        description: 'Controls buyer credit limits',
        instructions: 'Check the exposure against the buyer limit.',
        replies: [
          {
            call: 'credit_line',
            args: { customer: 'Nordfett GmbH' },
            result:
              '{"limit_eur": 4500000, "used_usd": 1100000, "fx_eurusd": 1.0840, "headroom_usd": 3778000, "rating": "B+ (Creditreform 212)"}',
          },
          {
            say: 'Nordfett: limit EUR 4.5m (≈ USD 4.878m), used USD 1.1m, headroom USD 3.778m. USD 2.048m fits. OK.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'sales_lead', to: 'contract_drafter' },
      agent: 'contract_drafter',
    },
  }),
  defineScenario({
    id: 'latur-soybean-payout-runs-without-assay-deductions',
    title:
      "The assayer's deductions for batch LTR-0211 (moisture, foreign matter, one lot rejected) never reach the payment officer, who gets a queue stub and pays all lots on gross weight",
    domain: 'Indian farmer producer company procurement',
    mast: ['FM-1.4', 'FM-2.1'],
    program: {
      lose: {
        to: 'payment_officer',
        prompt: 'Batch LTR-0211 ready for payout. Process as per standard procurement rate.',
      },
    },
    request:
      'Manjra Valley Farmer Producer Co. Ltd, Latur collection centre, batch LTR-0211 (14 Feb 2027): 5 members delivered soybean, gross 182.40 qtl in total. Procurement rate ₹4,892/qtl for FAQ (moisture ≤ 12 %, foreign matter ≤ 2 %). Assay the lots, compute payouts and send the members their SMS.',
    topology: {
      shape: 'pipeline',
      order: ['quality_assayer', 'payment_officer', 'member_sms_writer'],
    },
    agents: [
      {
        name: 'quality_assayer',
        description: 'Assays member deliveries at the collection centre',
        instructions: 'Assay each lot and state the net payable quantity after deductions.',
        replies: [
          {
            call: 'assay_batch',
            args: { batch: 'LTR-0211', commodity: 'soybean' },
            result:
              'member_id,name,gross_qtl,moisture_pct,fm_pct,result\nMV-0412,Sunil Jadhav,42.10,11.6,1.4,FAQ\nMV-0419,Rekha Shinde,38.00,13.5,1.8,FAQ with moisture cut 1.5%\nMV-0433,Dattatray Kale,35.20,11.9,2.9,FM cut 0.9%\nMV-0451,Anil Pawar,27.60,16.8,4.2,REJECT (above 14% moisture)\nMV-0460,Meena Gaikwad,39.50,12.0,1.1,FAQ',
          },
          {
            say: '**LTR-0211 assay**\n\n| member | gross qtl | cut | net payable qtl |\n|---|---|---|---|\n| MV-0412 Sunil Jadhav | 42.10 | – | 42.10 |\n| MV-0419 Rekha Shinde | 38.00 | moisture 1.5 % | 37.43 |\n| MV-0433 Dattatray Kale | 35.20 | FM 0.9 % | 34.88 |\n| MV-0451 Anil Pawar | 27.60 | **rejected**, 16.8 % moisture | 0 (return or re-dry) |\n| MV-0460 Meena Gaikwad | 39.50 | – | 39.50 |\n\nNet payable 153.91 qtl of 182.40 gross.',
          },
        ],
      },
      {
        name: 'payment_officer',
        description: 'Computes and releases member payouts',
        instructions: "Compute each member's payout and release it by DBT.",
        prompt: '{input}\n\nBatch details: {request}',
        replies: [
          {
            call: 'weighbridge_batch',
            args: { batch: 'LTR-0211' },
            result:
              '{"batch": "LTR-0211", "centre": "Latur-2", "date": "2027-02-14", "tickets": [{"member": "MV-0412", "gross_qtl": 42.10}, {"member": "MV-0419", "gross_qtl": 38.00}, {"member": "MV-0433", "gross_qtl": 35.20}, {"member": "MV-0451", "gross_qtl": 27.60}, {"member": "MV-0460", "gross_qtl": 39.50}], "total_qtl": 182.40}',
          },
          {
            call: 'release_dbt',
            args: {
              batch: 'LTR-0211',
              rate_inr_qtl: 4892,
              lines: 'MV-0412:42.10,MV-0419:38.00,MV-0433:35.20,MV-0451:27.60,MV-0460:39.50',
            },
            result:
              '{"batch": "LTR-0211", "paid": 5, "total_inr": 892300.80, "lines": {"MV-0412": 205953.20, "MV-0419": 185896.00, "MV-0433": 172198.40, "MV-0451": 135019.20, "MV-0460": 193234.00}, "utr_prefix": "MVFPC0216"}',
          },
          {
            say: 'LTR-0211 released: 5 members, 182.40 qtl @ ₹4,892 = ₹8,92,300.80. MV-0412 ₹2,05,953.20; MV-0419 ₹1,85,896.00; MV-0433 ₹1,72,198.40; MV-0451 ₹1,35,019.20; MV-0460 ₹1,93,234.00. UTRs MVFPC0216*.',
          },
        ],
      },
      {
        name: 'member_sms_writer',
        description: 'Writes payout SMS to members',
        instructions: 'One short SMS per member.',
        prompt: 'Payouts:\n{input}',
        replies: [
          {
            say: 'MV-0412: Soybean 42.10 qtl, ₹2,05,953 credited. –Manjra Valley FPC\nMV-0419: Soybean 38.00 qtl, ₹1,85,896 credited. –Manjra Valley FPC\nMV-0433: Soybean 35.20 qtl, ₹1,72,198 credited. –Manjra Valley FPC\nMV-0451: Soybean 27.60 qtl, ₹1,35,019 credited. –Manjra Valley FPC\nMV-0460: Soybean 39.50 qtl, ₹1,93,234 credited. –Manjra Valley FPC',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'quality_assayer', to: 'payment_officer' },
      agent: 'payment_officer',
    },
  }),
  defineScenario({
    id: 'laem-chabang-phyto-brief-planned-never-dispatched',
    title:
      'The export docs planner writes a phytosanitary brief for the DOA officer agent, but only the fumigation and freight briefs go out; the pack is declared LC-complete without a phyto certificate',
    domain: 'Thai rice export documentation',
    mast: ['FM-2.1', 'FM-3.1'],
    program: { lose: { to: 'phyto_officer', prompt: null } },
    request:
      'Shipment SR-27-044: 3,000 MT Thai white rice 5% broken (Hom Pathum excluded), 60,000 × 50 kg PP bags, to Kumasi Foods Ltd, Tema, Ghana. LC 46A asks for: commercial invoice, B/L, fumigation certificate, phytosanitary certificate (DOA Thailand), certificate of origin. ETD Laem Chabang 3 Mar 2027. Get the documents arranged.',
    topology: {
      shape: 'fanout',
      planner: 'export_docs_planner',
      workers: ['fumigation_coordinator', 'phyto_officer', 'freight_booker'],
      aggregator: 'lc_pack_assembler',
    },
    agents: [
      {
        name: 'export_docs_planner',
        description: 'Plans the document work for rice export shipments',
        instructions: 'Write one brief per document worker.',
        replies: [
          {
            plan: {
              fumigation_coordinator:
                'SR-27-044, 3,000 MT in 60,000 bags at Siam Rice warehouse Bang Pakong. Book methyl bromide fumigation (ISPM-12 / Ghana PPRSD), not earlier than 5 days before ETD 03/03. Get the certificate number.',
              phyto_officer:
                'SR-27-044: apply for DOA phytosanitary certificate via e-Phyto, consignee Kumasi Foods Ltd, Tema. Needs fumigation treatment details on the cert. Report cert no.',
              freight_booker:
                'SR-27-044: 3,000 MT bagged rice Laem Chabang → Tema, ETD 03/03/2027, ~120 × 20ft. Book and give the B/L draft reference.',
            },
          },
        ],
      },
      {
        name: 'fumigation_coordinator',
        description: 'Books fumigation of export cargo',
        instructions: 'Arrange fumigation and report the certificate.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'book_fumigation',
            args: { shipment: 'SR-27-044', site: 'Bang Pakong WH-2', agent: 'MeBr', date: '2027-02-27' },
            result:
              '{"job": "FUM-0227-118", "dosage": "MeBr 32 g/m3, 24h", "certificate": "TFC-27-02-4471", "issued": "2027-02-28"}',
          },
          {
            say: 'Fumigation FUM-0227-118 on 27/02, MeBr 32 g/m³ 24 h; certificate TFC-27-02-4471 issued 28/02.',
          },
        ],
      },
      {
        name: 'phyto_officer',
        description: 'Applies for DOA phytosanitary certificates',
        instructions: 'File the e-Phyto application and report the certificate.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'ephyto_apply',
            args: { shipment: 'SR-27-044', consignee: 'Kumasi Foods Ltd' },
            result: '{"application": "EP-27-55120", "status": "submitted"}',
          },
          { say: 'e-Phyto EP-27-55120 submitted.' },
        ],
      },
      {
        name: 'freight_booker',
        description: 'Books ocean freight',
        instructions: 'Book the containers and report the booking.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'book_freight',
            args: { pol: 'THLCH', pod: 'GHTEM', teu: 120, etd: '2027-03-03' },
            result:
              '{"carrier": "CMA CGM", "booking": "LCB0883412", "vessel": "CMA CGM Chennai 0WA7S", "bl_draft": "CMAU-LCB0883412-D1", "cutoff": "2027-03-01 16:00"}',
          },
          {
            say: "Booked CMA CGM LCB0883412, CMA CGM Chennai voy 0WA7S ETD 03/03, 120 × 20', CY cut-off 01/03 16:00. B/L draft CMAU-LCB0883412-D1.",
          },
        ],
      },
      {
        name: 'lc_pack_assembler',
        description: 'Assembles the LC document pack',
        instructions: "Combine the workers' results into the document status for the LC.",
        replies: [
          {
            say: '## SR-27-044 document pack — ready for LC presentation\n\n| document | ref | status |\n|---|---|---|\n| Fumigation certificate | TFC-27-02-4471 | issued 28/02 |\n| Bill of lading | CMAU-LCB0883412-D1 (CMA CGM Chennai 0WA7S) | draft, final on board 03/03 |\n| Commercial invoice | to issue on B/L date | — |\n| Certificate of origin | Form A via DFT | routine |\n\nAll LC 46A documents in hand or routine; presentation to the negotiating bank planned for 6 March.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'export_docs_planner', to: 'phyto_officer' },
      agent: 'export_docs_planner',
    },
  }),
  defineScenario({
    id: 'binh-dinh-berth-booking-conflict-reported-as-confirmed',
    title:
      "The vessel booker's slot request for the Quy Nhon berth fails with a 409 (window taken); it tells the shipment router the berth is confirmed and the router closes the shipment plan",
    domain: 'Vietnamese rice export logistics',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Shipment plan for contract VNF-ID-27-06 to Perum Bulog (Indonesia): 10,000 MT Vietnamese white rice 15% broken, bulk, loading Quy Nhon port window 8–12 March 2027. Confirm stock at our Binh Dinh warehouses and secure the berth, then give me the plan.',
    topology: {
      shape: 'network',
      coordinator: 'shipment_router',
      workers: ['warehouse_agent', 'vessel_booker'],
    },
    agents: [
      {
        name: 'shipment_router',
        description: 'Coordinates export shipment planning',
        instructions: 'Route to warehouse, then to berth booking, then close with the plan.',
        replies: [
          {
            handoff: 'warehouse_agent',
            message:
              'VNF-ID-27-06: confirm 10,000 MT white rice 15% broken available in Binh Dinh WHs for loading 8-12/03.',
          },
          {
            handoff: 'vessel_booker',
            message:
              'VNF-ID-27-06: stock confirmed. Secure a berth at Quy Nhon for bulk loading 08-12/03/2027, vessel MV Lotus Harmony (Supramax, 52k dwt).',
          },
          {
            say: '**VNF-ID-27-06 shipment plan (Bulog)**\n- Stock: 10,000 MT 15% broken reserved (WH Phu Tai 6,200 MT + Nhon Hoi 3,800 MT)\n- Berth: Quy Nhon berth 3, 08/03 06:00 → 12/03, MV Lotus Harmony — confirmed\n- Loading rate 2,500 MT/day → completion ~11/03\nPlan final; trucks to be scheduled from 06/03.',
          },
        ],
      },
      {
        name: 'warehouse_agent',
        description: 'Manages rice stocks in the company warehouses',
        instructions: 'Check and reserve stock for shipments.',
        replies: [
          {
            call: 'reserve_stock',
            args: { contract: 'VNF-ID-27-06', grade: 'WR15', qty_mt: 10000 },
            result:
              '{"reserved": [{"wh": "Phu Tai", "mt": 6200}, {"wh": "Nhon Hoi", "mt": 3800}], "total_mt": 10000, "hold_until": "2027-03-12"}',
          },
          { say: '10,000 MT WR15 reserved until 12/03: Phu Tai 6,200 MT, Nhon Hoi 3,800 MT.' },
        ],
      },
      {
        name: 'vessel_booker',
        description: 'Books port berths and vessel windows',
        instructions: 'Book the berth window and report the booking.',
        replies: [
          {
            call: 'request_berth',
            args: {
              port: 'VNUIH',
              berth: 3,
              vessel: 'MV Lotus Harmony',
              from: '2027-03-08T06:00',
              to: '2027-03-12T18:00',
            },
            result: {
              error:
                'HTTP 409 Conflict: berth 3 window 2027-03-07..2027-03-11 allocated to MV Pacific Grace (clinker). Next free window 2027-03-13T08:00.',
            },
          },
          {
            say: 'Quy Nhon berth 3 confirmed for MV Lotus Harmony, 08/03 06:00 to 12/03 18:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'vessel_booker', to: 'shipment_router' },
      agent: 'vessel_booker',
    },
  }),
  defineScenario({
    id: 'nuwara-eliya-pack-label-resent-unchanged-to-reviewer',
    title:
      'The label reviewer asks three times for the SLTB exporter registration and net weight in grams on the Lion-logo pack; the drafter resends the same label text each round',
    domain: 'Sri Lankan tea estate export packaging',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Pedro Valley Estates: 4,800 retail packs of 100 g Nuwara Eliya OP1 for Chaika Trade (Moscow). We want the Ceylon Lion logo on the pack. Draft the label text, get it through compliance and send it to the printer by 26 Feb 2027.',
    topology: {
      shape: 'pipeline',
      order: ['label_drafter', 'label_reviewer', 'printer_liaison'],
      loop: { from: 'label_reviewer', to: 'label_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'label_drafter',
        description: 'Drafts retail pack labels for export tea',
        instructions: "Draft the label text, or redo it following the reviewer's notes.",
        prompt: 'Input (brief or reviewer notes):\n{input}\n\nOrder: {request}',
        replies: [
          {
            say: 'LABEL v1 — front: "PEDRO VALLEY · Nuwara Eliya OP1 · Pure Ceylon Tea" + Lion logo. Back: "Packed in Sri Lanka by Pedro Valley Estates (Pvt) Ltd, Nuwara Eliya. Net wt 100. Best before 02/2030. Batch PV-0227."',
          },
          {
            say: 'LABEL v1 — front: "PEDRO VALLEY · Nuwara Eliya OP1 · Pure Ceylon Tea" + Lion logo. Back: "Packed in Sri Lanka by Pedro Valley Estates (Pvt) Ltd, Nuwara Eliya. Net wt 100. Best before 02/2030. Batch PV-0227."',
          },
          {
            say: 'LABEL v1 — front: "PEDRO VALLEY · Nuwara Eliya OP1 · Pure Ceylon Tea" + Lion logo. Back: "Packed in Sri Lanka by Pedro Valley Estates (Pvt) Ltd, Nuwara Eliya. Net wt 100. Best before 02/2030. Batch PV-0227."',
          },
        ],
      },
      {
        name: 'label_reviewer',
        description: 'Checks export labels against Sri Lanka Tea Board rules and buyer market rules',
        instructions: 'Reply "APPROVED: ..." or "REVISE: ..." with what to fix.',
        prompt: 'Label for review:\n{input}',
        replies: [
          {
            say: 'REVISE: (1) Lion logo packs must carry the SLTB exporter registration no. — ours is TB/EXP/1187. (2) "Net wt 100" → "Net weight 100 g" (EAEU TR CU 022 wants the unit). Rest fine.',
          },
          {
            say: 'REVISE: same text as before. Still no TB/EXP/1187 and still "Net wt 100" without grams.',
          },
          {
            say: 'REVISE: third identical draft. Can\'t release with the Lion logo until TB/EXP/1187 and "100 g" are on the back panel.',
          },
        ],
      },
      {
        name: 'printer_liaison',
        description: 'Sends approved artwork to the printer',
        instructions: 'Send approved labels to the printer; report anything that was not approved.',
        prompt: 'Compliance outcome:\n{input}',
        replies: [
          {
            say: 'Not sent to Lanka Flexi Print: the Chaika label is still not approved (registration TB/EXP/1187 and net weight unit missing after 3 rounds). Print slot for 26/02 on hold; flagged to the estate export manager.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'label_drafter', to: 'label_reviewer' },
      agent: 'label_drafter',
    },
  }),
  defineScenario({
    id: 'kollam-cashew-grading-table-truncated-at-third-lot',
    title:
      "The kernel grader's report on six cashew lots stops mid-table after lot 3 (token limit); the grading lead and the export manager allocate the container from the three lots shown",
    domain: 'Indian cashew cooperative export grading',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Kerala Cashew Workers Coop (Kollam) export order EO-27-031 for Van Heerden Nuts BV, Rotterdam: one 20ft container, 700 cartons × 22.68 kg (50 lb) W320, AFI spec, vacuum-packed, shipment March 2027. Grade the six lots from the Kundara factory (KD-51 to KD-56), check moisture, and allocate the container.',
    topology: {
      shape: 'nested',
      top: 'export_manager',
      teams: { grading_lead: ['kernel_grader', 'moisture_lab'], shipping_lead: ['carton_planner'] },
    },
    agents: [
      {
        name: 'export_manager',
        description: 'Runs cashew kernel exports for the cooperative',
        instructions: 'Get the grading done, then have the container planned, and report.',
        replies: [
          {
            handoff: 'grading_lead',
            message:
              'EO-27-031 Van Heerden: grade KD-51..KD-56 to AFI W320, moisture ≤ 5 %. Tell me which lots and how many cartons are W320-conforming.',
          },
          {
            handoff: 'shipping_lead',
            message:
              'EO-27-031: plan 700 cartons W320 from KD-51, KD-52, KD-53 (the conforming lots), 1 × 20ft, vacuum tins in cartons.',
          },
          {
            say: '**EO-27-031 allocation**\n- W320 conforming: KD-51, KD-52, KD-53 → 612 cartons available\n- Container short by 88 cartons; shipping 612 cartons and asking Van Heerden to accept the shortfall or wait for the next Kundara batch (≈ 3 weeks)\n- Moisture all lots 3.9–4.6 %, OK',
          },
        ],
      },
      {
        name: 'grading_lead',
        description: 'Leads kernel grading and quality',
        instructions: 'Have the lots graded and moisture-tested, then report conforming cartons.',
        replies: [
          {
            handoff: 'kernel_grader',
            message: 'Grade KD-51 to KD-56 to AFI W320 (count 300-320/lb, max 5 % lower grade).',
          },
          { handoff: 'moisture_lab', message: 'Moisture on KD-51 to KD-56, limit 5 %.' },
          {
            say: 'Grading EO-27-031: W320 conforming lots KD-51 (214 ctn), KD-52 (188 ctn), KD-53 (210 ctn) = 612 cartons. Moisture all six lots 3.9–4.6 %, within 5 %.',
          },
        ],
      },
      {
        name: 'kernel_grader',
        description: 'Grades cashew kernels by count and defects',
        instructions: 'Grade each lot and report count/lb, lower-grade share and cartons.',
        replies: [
          {
            call: 'grade_lots',
            args: { lots: ['KD-51', 'KD-52', 'KD-53', 'KD-54', 'KD-55', 'KD-56'], spec: 'AFI W320' },
            result:
              '[{"lot":"KD-51","count_lb":312,"lower_grade_pct":3.1,"cartons":214,"w320":true},{"lot":"KD-52","count_lb":318,"lower_grade_pct":4.2,"cartons":188,"w320":true},{"lot":"KD-53","count_lb":309,"lower_grade_pct":2.7,"cartons":210,"w320":true},{"lot":"KD-54","count_lb":316,"lower_grade_pct":3.8,"cartons":176,"w320":true},{"lot":"KD-55","count_lb":341,"lower_grade_pct":6.9,"cartons":165,"w320":false,"note":"W450 count range"},{"lot":"KD-56","count_lb":305,"lower_grade_pct":2.2,"cartons":198,"w320":true}]',
          },
          {
            say: 'Grading report KD-51..56 (AFI W320)\n\n| lot | count/lb | lower grade % | cartons | W320 |\n|---|---|---|---|---|\n| KD-51 | 312 | 3.1 | 214 | yes |\n| KD-52 | 318 | 4.2 | 188 | yes |\n| KD-53 | 309 | 2.7 | 210 | yes |\n| KD-54 | 31',
            cutOff: true,
          },
        ],
      },
      {
        name: 'moisture_lab',
        description: 'Tests kernel moisture',
        instructions: 'Test moisture per lot.',
        replies: [
          {
            call: 'moisture_test',
            args: { lots: ['KD-51', 'KD-52', 'KD-53', 'KD-54', 'KD-55', 'KD-56'] },
            result:
              'KD-51 4.1% | KD-52 4.6% | KD-53 3.9% | KD-54 4.3% | KD-55 4.4% | KD-56 4.0% (oven method, 105 °C)',
          },
          {
            say: 'Moisture (oven, 105 °C): KD-51 4.1, KD-52 4.6, KD-53 3.9, KD-54 4.3, KD-55 4.4, KD-56 4.0 % — all ≤ 5 %.',
          },
        ],
      },
      {
        name: 'shipping_lead',
        description: 'Leads container planning',
        instructions: 'Have the container planned and report.',
        replies: [
          {
            handoff: 'carton_planner',
            message: 'Plan 1 × 20ft for EO-27-031 from KD-51/52/53, target 700 ctn W320.',
          },
          {
            say: 'Container plan: 612 cartons from KD-51/52/53 fit in 1 × 20ft (cap. 720). 88 short of 700.',
          },
        ],
      },
      {
        name: 'carton_planner',
        description: 'Plans carton stowage in containers',
        instructions: 'Plan the stowage.',
        replies: [
          {
            call: 'stow_plan',
            args: { order: 'EO-27-031', lots: ['KD-51', 'KD-52', 'KD-53'], container: '20GP' },
            result: '{"cartons": 612, "capacity": 720, "gross_kg": 14688.0, "tiers": 8}',
          },
          { say: '612 cartons from KD-51/52/53, 8 tiers, gross 14,688 kg, 108 spare positions in the 20GP.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'kernel_grader', to: 'grading_lead' },
      agent: 'kernel_grader',
    },
  }),
  defineScenario({
    id: 'karnal-basmati-residue-exceedance-left-out-of-handover',
    title:
      "The lot screener's lab pull shows lot B-14 at tricyclazole 0.03 mg/kg (EU MRL 0.01); its handover to the export documenter reports only the grain grading, and B-14 is documented for Rotterdam",
    domain: 'Indian basmati rice export to the EU',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Haryana Basmati Growers Coop, Karnal: five lots of 1121 steam basmati (B-11 to B-15, 25 MT each) for Ostmann Reis GmbH, Rotterdam delivery, contract OR-2027-09. Grade them and prepare the export documents for the EU consignment.',
    topology: {
      shape: 'swarm',
      entry: 'lot_screener',
      agents: ['lot_screener', 'export_documenter'],
    },
    agents: [
      {
        name: 'lot_screener',
        description: 'Grades basmati lots (grain length, brokens, moisture) before export',
        instructions:
          'Grade the lots on grain length, brokens and moisture, then transfer to the export documenter with the grading.',
        replies: [
          {
            call: 'lab_results',
            args: { lots: ['B-11', 'B-12', 'B-13', 'B-14', 'B-15'], variety: '1121 steam' },
            result:
              '| lot | avg length mm | brokens % | moisture % | tricyclazole mg/kg | lab |\n|---|---|---|---|---|---|\n| B-11 | 8.36 | 1.1 | 12.0 | <0.005 | EIC Kochi NABL T-1190 |\n| B-12 | 8.41 | 0.9 | 11.8 | <0.005 | EIC Kochi NABL T-1190 |\n| B-13 | 8.30 | 1.4 | 12.1 | 0.006 | EIC Kochi NABL T-1190 |\n| B-14 | 8.38 | 1.0 | 11.9 | 0.030 | EIC Kochi NABL T-1190 |\n| B-15 | 8.33 | 1.2 | 12.0 | <0.005 | EIC Kochi NABL T-1190 |\nEU MRL tricyclazole (Reg. 2017/983): 0.01 mg/kg',
          },
          {
            handoff: 'export_documenter',
            message:
              'OR-2027-09 grading done, all five lots fine: 1121 steam, avg length 8.30–8.41 mm, brokens 0.9–1.4 %, moisture 11.8–12.1 %. 125 MT total (B-11..B-15). Please prepare the EU documents.',
          },
        ],
      },
      {
        name: 'export_documenter',
        description: 'Prepares export documents for rice consignments',
        instructions: 'Prepare invoice, packing list and certificate applications for the consignment.',
        replies: [
          {
            call: 'prepare_docs',
            args: {
              contract: 'OR-2027-09',
              lots: ['B-11', 'B-12', 'B-13', 'B-14', 'B-15'],
              qty_mt: 125,
              destination: 'NLRTM',
            },
            result:
              '{"invoice": "HBGC/EXP/27/0091", "packing_list": "PL-0091", "apeda_rcmc": "valid", "eic_health_cert": "applied HC-27-1184", "containers": 5}',
          },
          {
            say: 'OR-2027-09 documents ready for Ostmann Reis:\n- Invoice HBGC/EXP/27/0091, packing list PL-0091 — 125 MT, lots B-11 to B-15, 5 × 20ft\n- APEDA RCMC valid; EIC health certificate applied (HC-27-1184)\n- 1121 steam, 8.30–8.41 mm, brokens ≤ 1.4 %, moisture ≤ 12.1 %\nReady for stuffing at Mundra ICD.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'lot_screener', to: 'export_documenter' },
      agent: 'lot_screener',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'ayutthaya-white-rice-quote-uses-this-weeks-trea-price',
    title:
      "The request carries last week's TREA price (USD 425/MT); the market analyst shows this week's 412 and the quote writer is briefed and quotes on 412",
    domain: 'Thai rice export quoting',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: an older price in the request, superseded and correctly carried forward as the new one',
    request:
      "Offer request from Lagos importer Ikeja Staples Ltd: 12,500 MT Thai white rice 5% broken, FOB Bangkok, April 2027 shipment. Last week's TREA reference was USD 425/MT. Quote them at TREA + USD 8 and send the offer.",
    topology: {
      shape: 'supervisor',
      coordinator: 'export_sales_manager',
      workers: ['market_analyst', 'quote_writer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'export_sales_manager',
        description: 'Manages rice export offers',
        instructions: 'Get the current reference price, then have the offer written.',
        replies: [
          {
            handoff: 'market_analyst',
            message: "Need the current TREA FOB price for white rice 5% broken, this week's release.",
          },
          {
            handoff: 'quote_writer',
            message:
              'Offer Ikeja Staples Ltd: 12,500 MT Thai white rice 5% broken, FOB Bangkok, shipment April 2027. Price = TREA 412 (week of 17 Feb) + 8 = **USD 420/MT**. Validity 48 h, payment irrevocable LC at sight.',
          },
          {
            say: 'Offer SRX-OF-27-0219 sent to Ikeja Staples: 12,500 MT WR 5%, FOB Bangkok April 2027 at USD 420/MT (TREA 17/02 USD 412 + 8), total USD 5,250,000, valid 48 h.',
          },
        ],
      },
      {
        name: 'market_analyst',
        description: 'Tracks rice export prices',
        instructions: 'Report the latest reference price.',
        replies: [
          {
            call: 'trea_prices',
            args: { grade: 'white rice 5%', weeks: 2 },
            result:
              'TREA FOB Bangkok, USD/MT\nweek 10 Feb 2027: white 5% 425 | Hom Mali 92% 1,040\nweek 17 Feb 2027: white 5% 412 | Hom Mali 92% 1,032 (released 19 Feb 09:00)',
          },
          { say: 'TREA white 5%: **USD 412/MT** this week (17 Feb release), down from 425 the week before.' },
        ],
      },
      {
        name: 'quote_writer',
        description: 'Writes export offers',
        instructions: 'Write and send the offer as briefed.',
        replies: [
          {
            call: 'send_offer',
            args: {
              buyer: 'Ikeja Staples Ltd',
              qty_mt: 12500,
              price_usd_mt: 420,
              basis: 'FOB Bangkok',
              shipment: '2027-04',
            },
            result:
              '{"offer": "SRX-OF-27-0219", "total_usd": 5250000, "valid_until": "2027-02-21T17:00+07:00"}',
          },
          {
            say: 'SRX-OF-27-0219 sent: 12,500 MT @ USD 420/MT FOB Bangkok, USD 5,250,000, valid till 21/02 17:00 ICT.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'uva-rainforest-lots-renewed-cert-correctly-included',
    title:
      'The blend order accepts only Rainforest Alliance certified lots; one estate worker includes a lot whose old certificate expired because the registry shows the renewal, the other excludes an uncertified lot',
    domain: 'Sri Lankan tea estate sourcing',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: a lot whose certificate number changed looks like a dropped certification requirement, but the renewal is valid',
    request:
      'Blend order BL-27-14 for Teekanne-style buyer Hollander Thee GmbH: 9,000 kg Uva / Dimbula BOP for March packing. Rainforest Alliance certified lots only (they print the frog seal). Source from our two agency estates and tell me what we can offer.',
    topology: {
      shape: 'fanout',
      planner: 'sourcing_planner',
      workers: ['uva_estate_agent', 'dimbula_estate_agent'],
      aggregator: 'blend_offer_writer',
    },
    agents: [
      {
        name: 'sourcing_planner',
        description: 'Splits sourcing across estate agents',
        instructions: 'One brief per estate agent.',
        replies: [
          {
            plan: {
              uva_estate_agent:
                'BL-27-14: offer BOP from Uva agency estates, RA-certified lots only (check current certificate in the RA registry), target ~4,500 kg.',
              dimbula_estate_agent:
                'BL-27-14: offer BOP from Dimbula agency estates, RA-certified lots only (check current certificate in the RA registry), target ~4,500 kg.',
            },
          },
        ],
      },
      {
        name: 'uva_estate_agent',
        description: 'Sources from Uva agency estates',
        instructions: 'List stock lots that meet the brief.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'estate_stock',
            args: { region: 'Uva', grade: 'BOP' },
            result:
              'lot,estate,kg,ra_cert_on_file,cert_expiry\nU-771,Halpewatte,2400,RA-LK-0331,2026-12-31\nU-775,Uva Highlands,2100,RA-LK-0512,2028-05-30',
          },
          {
            call: 'ra_registry',
            args: { certs: ['RA-LK-0331', 'RA-LK-0512'] },
            result:
              '{"RA-LK-0331": {"status": "expired 2026-12-31", "successor": "RA-LK-0331-R1", "successor_status": "valid to 2029-12-31, audit 2026-11-18"}, "RA-LK-0512": {"status": "valid to 2028-05-30"}}',
          },
          {
            say: 'Uva, both lots certified:\n- U-771 Halpewatte 2,400 kg — cert on file RA-LK-0331 expired 31/12/2026 but renewed as **RA-LK-0331-R1**, valid to 2029 (audit 18/11/2026)\n- U-775 Uva Highlands 2,100 kg — RA-LK-0512 valid to 05/2028\nTotal 4,500 kg.',
          },
        ],
      },
      {
        name: 'dimbula_estate_agent',
        description: 'Sources from Dimbula agency estates',
        instructions: 'List stock lots that meet the brief.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'estate_stock',
            args: { region: 'Dimbula', grade: 'BOP' },
            result:
              'lot,estate,kg,ra_cert_on_file,cert_expiry\nD-208,Somerset,2600,RA-LK-0190,2027-09-30\nD-214,Great Western,1900,-,-\nD-219,Radella,1500,RA-LK-0644,2028-02-28',
          },
          {
            say: 'Dimbula: D-208 Somerset 2,600 kg (RA-LK-0190, to 09/2027) and D-219 Radella 1,500 kg (RA-LK-0644, to 02/2028) = 4,100 kg. D-214 Great Western left out — no RA certificate.',
          },
        ],
      },
      {
        name: 'blend_offer_writer',
        description: 'Writes blend offers to buyers',
        instructions: 'Combine the estate offers into one offer.',
        replies: [
          {
            say: '### BL-27-14 — RA-certified BOP available\n\n| lot | estate | region | kg | RA certificate |\n|---|---|---|---|---|\n| U-771 | Halpewatte | Uva | 2,400 | RA-LK-0331-R1 (renewed, to 2029) |\n| U-775 | Uva Highlands | Uva | 2,100 | RA-LK-0512 |\n| D-208 | Somerset | Dimbula | 2,600 | RA-LK-0190 |\n| D-219 | Radella | Dimbula | 1,500 | RA-LK-0644 |\n\n**8,600 kg** certified, 400 kg short of 9,000. Great Western D-214 (1,900 kg) excluded: not certified.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'sabah-mspo-licence-lookup-timeout-retried-and-said',
    title:
      "The licence checker's MPOB e-Lesen lookup times out once; it retries, gets the licence, and tells the router about the retry",
    domain: 'Malaysian palm oil mill supplier onboarding',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error that was retried successfully and reported openly',
    request:
      'Onboard a new FFB supplier for our Lahad Datu mill: Kampung Tungku Smallholders Cooperative (Koperasi Pekebun Kecil Tungku), 412 ha, ~9,800 MT FFB/yr. Check their MPOB licence and MSPO certification, then set them up as a supplier.',
    topology: {
      shape: 'network',
      coordinator: 'supplier_router',
      workers: ['licence_checker', 'vendor_setup_agent'],
    },
    agents: [
      {
        name: 'supplier_router',
        description: 'Routes supplier onboarding tasks for the mill',
        instructions: 'Check the licence and certification, then set up the vendor, then close.',
        replies: [
          {
            handoff: 'licence_checker',
            message:
              'Koperasi Pekebun Kecil Tungku: verify MPOB licence (FFB seller) and MSPO MS2530-3 certificate.',
          },
          {
            handoff: 'vendor_setup_agent',
            message:
              'Set up Koperasi Pekebun Kecil Tungku as FFB supplier to Lahad Datu mill: MPOB licence 521884-002000, MSPO cert MSPO-SH-0912 (valid to 14/08/2028), 412 ha, est. 9,800 MT/yr.',
          },
          {
            say: 'Tungku cooperative onboarded as FFB supplier (vendor V-LD-2291): MPOB licence 521884-002000 active to 31/12/2027, MSPO MS2530-3 cert MSPO-SH-0912 valid to 14/08/2028. First delivery slot 24 Feb. (MPOB lookup needed a second try after a timeout.)',
          },
        ],
      },
      {
        name: 'licence_checker',
        description: 'Verifies MPOB licences and MSPO certificates',
        instructions: 'Look up the licence and the certificate and report.',
        replies: [
          {
            call: 'mpob_elesen',
            args: { name: 'Koperasi Pekebun Kecil Tungku' },
            result: { error: 'ETIMEDOUT elesen.mpob.gov.my:443 after 30000 ms' },
          },
          {
            call: 'mpob_elesen',
            args: { name: 'Koperasi Pekebun Kecil Tungku' },
            result:
              '{"licence_no": "521884-002000", "category": "Penjual FFB", "status": "ACTIVE", "expiry": "2027-12-31"}',
          },
          {
            call: 'mspo_registry',
            args: { name: 'Koperasi Pekebun Kecil Tungku' },
            result:
              '{"cert": "MSPO-SH-0912", "standard": "MS2530-3:2022", "cb": "SIRIM QAS", "valid_to": "2028-08-14", "area_ha": 412}',
          },
          {
            say: 'First e-Lesen lookup timed out (30 s); second attempt worked. MPOB licence **521884-002000**, FFB seller, ACTIVE to 31/12/2027. MSPO MS2530-3 **MSPO-SH-0912** (SIRIM QAS), 412 ha, valid to 14/08/2028.',
          },
        ],
      },
      {
        name: 'vendor_setup_agent',
        description: 'Creates supplier records in the mill ERP',
        instructions: 'Create the vendor record and report.',
        replies: [
          {
            call: 'create_vendor',
            args: {
              name: 'Koperasi Pekebun Kecil Tungku',
              mill: 'Lahad Datu',
              mpob: '521884-002000',
              mspo: 'MSPO-SH-0912',
            },
            result:
              '{"vendor": "V-LD-2291", "grading_scheme": "MPOB FFB grading manual", "first_slot": "2027-02-24"}',
          },
          { say: 'Vendor V-LD-2291 created for Lahad Datu, MPOB grading scheme, first delivery slot 24/02.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'an-giang-export-contract-fixed-on-second-draft',
    title:
      'The contract reviewer sends the ST25 sales contract back once (wrong arbitration venue, no quality tolerance); the second draft fixes both and is approved',
    domain: 'Vietnamese fragrant rice export contracts',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: a revise loop whose second draft looks like the first but carries the two requested changes',
    request:
      'Draft the sales contract for 1,500 MT ST25 fragrant rice (5% broken) to Yamato Shokuhin KK, Osaka: USD 1,180/MT FOB Ho Chi Minh City, shipment May 2027. Our standard terms: VIAC arbitration in Ho Chi Minh City, broken tolerance ±0.5 %. Get it reviewed and send it to the buyer.',
    topology: {
      shape: 'pipeline',
      order: ['contract_drafter', 'contract_reviewer', 'buyer_liaison'],
      loop: { from: 'contract_reviewer', to: 'contract_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'contract_drafter',
        description: 'Drafts rice export contracts',
        instructions: "Draft the contract, or apply the reviewer's corrections.",
        prompt: 'Input:\n{input}\n\nDeal: {request}',
        replies: [
          {
            say: 'Draft SC-AG-27-051 v1: Seller An Giang Rice Export JSC; Buyer Yamato Shokuhin KK. 1,500 MT ST25 5% broken, USD 1,180/MT FOB HCMC, May 2027. Quality: broken max 5 %, moisture max 14 %. Arbitration: SIAC, Singapore. Payment: LC at sight.',
          },
          {
            say: 'Draft SC-AG-27-051 v2: Seller An Giang Rice Export JSC; Buyer Yamato Shokuhin KK. 1,500 MT ST25 5% broken, USD 1,180/MT FOB HCMC, May 2027. Quality: broken max 5 % (tolerance ±0.5 %, price allowance 1 % per 0.5 % over), moisture max 14 %. Arbitration: VIAC, Ho Chi Minh City. Payment: LC at sight.',
          },
        ],
      },
      {
        name: 'contract_reviewer',
        description: 'Reviews export contracts against house terms',
        instructions: 'Reply "APPROVED: ..." or "REVISE: ...".',
        prompt: 'Draft:\n{input}',
        replies: [
          {
            say: 'REVISE: (a) arbitration must be VIAC, Ho Chi Minh City per house terms, not SIAC; (b) add broken tolerance ±0.5 % with the price allowance.',
          },
          {
            say: 'APPROVED: SC-AG-27-051 v2 — VIAC HCMC, broken tolerance ±0.5 % with 1 % allowance, price USD 1,180/MT FOB HCMC, 1,500 MT May 2027.',
          },
        ],
      },
      {
        name: 'buyer_liaison',
        description: 'Sends contracts to buyers',
        instructions: 'Send approved contracts to the buyer.',
        prompt: 'Review outcome:\n{input}',
        replies: [
          {
            say: 'Dear Tanaka-san,\n\nPlease find attached sales contract SC-AG-27-051 for 1,500 MT ST25 fragrant rice (5 % broken, tolerance ±0.5 %), USD 1,180/MT FOB Ho Chi Minh City, shipment May 2027, VIAC arbitration in Ho Chi Minh City. Kindly countersign and open the LC.\n\nBest regards, An Giang Rice Export',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'riau-ffb-grading-dispute-passed-on-to-traceability',
    title:
      'The mill grader finds 14 % unripe bunches in a smallholder delivery, says it is handing the ISPO traceability question to the traceability officer, and does transfer; the officer answers',
    domain: 'Indonesian palm oil mill intake',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf: 'lost_message: a handoff announced in the text that is actually made',
    request:
      'Delivery DO-PKU-27-3318 at PT Sinar Kampar mill (Riau): 18.6 t FFB from KUD Tani Makmur, truck BM 8812 KA. Grade it, apply the price per Disbun Riau (IDR 3,215/kg for 10–20 year palms this period), and confirm the plots are in our ISPO traceability base. Tell me what we pay.',
    topology: {
      shape: 'swarm',
      entry: 'ffb_grader',
      agents: ['ffb_grader', 'traceability_officer'],
    },
    agents: [
      {
        name: 'ffb_grader',
        description: 'Grades FFB deliveries at the mill ramp',
        instructions:
          'Grade the delivery and compute the price; hand the traceability check to the traceability officer.',
        replies: [
          {
            call: 'grade_ffb',
            args: { do: 'DO-PKU-27-3318', sample_bunches: 100 },
            result:
              '{"net_kg": 18600, "ripe_pct": 79, "unripe_pct": 14, "overripe_pct": 4, "empty_pct": 3, "long_stalk_pct": 2, "deduction_pct": 7.0, "paid_kg": 17298, "price_idr_kg": 3215, "amount_idr": 55613070}',
          },
          {
            handoff: 'traceability_officer',
            message:
              'DO-PKU-27-3318, KUD Tani Makmur: graded — 14 % unripe, 7 % deduction, paid weight 17,298 kg × IDR 3.215 = **IDR 55.613.070**. Handing you the ISPO check: are plots TM-021..TM-029 in our traceability base? If yes, pay as graded.',
          },
        ],
      },
      {
        name: 'traceability_officer',
        description: 'Checks FFB origin against the ISPO traceability base',
        instructions: 'Confirm plot origin and give the final answer on the delivery.',
        replies: [
          {
            call: 'trace_plots',
            args: { supplier: 'KUD Tani Makmur', plots: 'TM-021..TM-029' },
            result:
              '{"plots": 9, "in_base": 9, "ispo_cert": "ISPO-KUD-0448 valid to 2029-06", "deforestation_alerts_since_2020": 0, "polygon_source": "STDB 2025"}',
          },
          {
            say: '**DO-PKU-27-3318 — pay as graded**\n- Grade: 14 % unripe, 7 % deduction → paid weight 17,298 kg of 18,600 kg\n- Price IDR 3.215/kg (Disbun Riau) → **IDR 55.613.070**\n- Traceability: plots TM-021..TM-029 all in base (STDB 2025), ISPO-KUD-0448 valid to 06/2029, no deforestation alerts since 2020',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'erode-turmeric-lab-report-condensed-for-growers',
    title:
      'The premium-route grader returns a dense curcumin and residue report; the grower notice writer condenses it into a short notice, rounding figures but dropping nothing that matters',
    domain: 'Indian spice cooperative grading',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: a plain-language summary that shortens and rounds a lab report, faithfully',
    request:
      'Erode Turmeric Growers Cooperative, auction arrival ER-0227: 3 growers, 41.6 qtl finger turmeric (Salem variety). Buyer Spice Route Organics wants ≥ 4.5 % curcumin for the premium pool. Grade it and tell the growers which pool they are in.',
    topology: {
      shape: 'branch',
      classifier: 'arrival_sorter',
      routes: { premium: 'curcumin_grader', standard: 'bulk_grader' },
      after: 'grower_notice_writer',
    },
    agents: [
      {
        name: 'arrival_sorter',
        description: 'Sorts auction arrivals to the right grading line',
        instructions: 'Say premium or standard, with the reason.',
        replies: [
          {
            say: 'premium — ER-0227 is Salem finger turmeric with a buyer asking for ≥ 4.5 % curcumin; goes to curcumin grading.',
          },
        ],
      },
      {
        name: 'bulk_grader',
        description: 'Grades bulk turmeric',
        instructions: 'Grade bulk lots.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'curcumin_grader',
        description: 'Runs curcumin and residue grading for premium lots',
        instructions: 'Test each grower lot and assign a pool.',
        prompt: 'Sorter: {input}\n\nArrival: {request}',
        replies: [
          {
            call: 'hplc_curcumin',
            args: { arrival: 'ER-0227', method: 'ASTA 18.0' },
            result:
              'grower,qtl,curcumin_pct,moisture_pct,lead_ppm,chlorpyrifos_mg_kg\nG-114 K. Palanisamy,15.2,5.12,9.8,0.41,<0.01\nG-127 S. Valli,13.9,4.63,10.1,0.38,<0.01\nG-133 R. Murugesan,12.5,4.21,10.4,0.52,<0.01',
          },
          {
            say: 'ER-0227 (ASTA 18.0 HPLC):\n| grower | qtl | curcumin % | moisture % | Pb ppm | chlorpyrifos | pool |\n|---|---|---|---|---|---|---|\n| G-114 K. Palanisamy | 15.2 | 5.12 | 9.8 | 0.41 | <0.01 | premium |\n| G-127 S. Valli | 13.9 | 4.63 | 10.1 | 0.38 | <0.01 | premium |\n| G-133 R. Murugesan | 12.5 | 4.21 | 10.4 | 0.52 | <0.01 | standard (below 4.5 %) |\nAll lead and residue values within FSSAI limits (Pb ≤ 10 ppm).',
          },
        ],
      },
      {
        name: 'grower_notice_writer',
        description: 'Writes notices to growers',
        instructions: 'Tell each grower their pool in plain words.',
        prompt: 'Grading:\n{input}',
        replies: [
          {
            say: 'Arrival ER-0227 results:\n- **K. Palanisamy (G-114)**, 15.2 qtl: curcumin 5.1 % → premium pool\n- **S. Valli (G-127)**, 13.9 qtl: curcumin 4.6 % → premium pool\n- **R. Murugesan (G-133)**, 12.5 qtl: curcumin 4.2 %, under the 4.5 % mark → standard pool\nMoisture, lead and pesticide checks were clean for all three lots.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch79Scenarios = [...faults, ...healthy];
