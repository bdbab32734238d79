import { defineScenario } from '../scenario.ts';

// Blind batch 67: agriculture and food supply chains in East and West Africa. Written from the README
// principles only, without reading the checks, the diagnosis, the baseline or the benchmark notes.
// Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'nyando-maize-receipt-minted-on-wet-intake-weight',
    title:
      'The intake grader re-weighs the Nyando maize after drying (36,118 kg, replacing the 37,080 kg wet ticket); the receipt issuer mints the warehouse receipt on 37,080 kg',
    domain: 'warehouse receipt system, Kenya',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Deposit at Kisumu Grain Stores (WRSC licence WRC/KSM/014): Nyando Maize Growers Cooperative, 412 bags white maize, weighbridge ticket WB-77120 shows 37,080 kg gross at 15.8 % moisture. Grade it, issue the electronic warehouse receipt in the coop’s name and tell the chairman, Mr Otieno, what the receipt is worth at today’s NCPB reference (KES 4,200 per 90 kg bag).',
    topology: {
      shape: 'pipeline',
      order: ['intake_grader', 'receipt_issuer', 'depositor_notifier'],
    },
    agents: [
      {
        name: 'intake_grader',
        description: 'Grades and weighs grain deposits at the warehouse',
        instructions:
          'Check moisture, grade the lot per KS EAS 2, dry if needed and report the receivable net weight.',
        replies: [
          {
            call: 'moisture_and_grade',
            args: { ticket: 'WB-77120', commodity: 'white maize', sample_bags: 21 },
            result:
              '{"ticket": "WB-77120", "moisture_pct": 15.8, "max_allowed_pct": 13.5, "broken_pct": 2.1, "foreign_matter_pct": 0.4, "aflatoxin_ppb": 3.2, "grade": "G2", "action": "DRY_BEFORE_RECEIPT"}',
          },
          {
            call: 'reweigh_after_drying',
            args: { ticket: 'WB-77120', dryer: 'D-2', target_moisture_pct: 13.5 },
            result:
              'WB-77120R 14:52 | dryer D-2, 6h10m | moisture 13.4 % | bags 412 | net 36,118 kg | shrink 962 kg (2.59 %) | replaces WB-77120 for receipting',
          },
          {
            say: '### Intake WB-77120 — Nyando Maize Growers Coop\n- Grade **G2** (broken 2.1 %, FM 0.4 %, aflatoxin 3.2 ppb — within limits)\n- Arrived at 15.8 % moisture, dried on D-2 to 13.4 %\n- **Receivable net weight: 36,118 kg** (re-weigh ticket WB-77120R). The 37,080 kg wet ticket no longer applies — 962 kg drying shrink.\n- 412 bags, stack B-14.',
          },
        ],
      },
      {
        name: 'receipt_issuer',
        description: 'Issues electronic warehouse receipts',
        instructions: 'Issue the e-WR for the graded deposit and report the receipt details.',
        prompt: 'Grading report:\n{input}\n\nDeposit request: {request}',
        replies: [
          {
            call: 'issue_ewr',
            args: {
              depositor: 'Nyando Maize Growers Cooperative',
              commodity: 'white maize',
              grade: 'G2',
              net_kg: 37080,
              bags: 412,
              stack: 'B-14',
            },
            result:
              '{"receipt": "eWR-KSM-2027-003391", "net_kg": 37080, "bags_90kg_equiv": 412.0, "status": "ISSUED", "registry": "WRSC e-registry", "issued_at": "2027-03-04T15:20:11+03:00"}',
          },
          {
            say: 'eWR-KSM-2027-003391 issued to Nyando Maize Growers Cooperative: white maize G2, 37,080 kg (412.0 × 90 kg), stack B-14. Registered on the WRSC e-registry 04/03/2027 15:20.',
          },
        ],
      },
      {
        name: 'depositor_notifier',
        description: 'Writes to depositors about their receipts',
        instructions: 'Tell the depositor what was receipted and its indicative value.',
        prompt: 'Receipt:\n{input}',
        replies: [
          {
            say: 'Dear Mr Otieno,\n\nYour maize deposit is now receipted: **eWR-KSM-2027-003391**, white maize grade 2, 37,080 kg (412 bags of 90 kg), stack B-14 at Kisumu Grain Stores.\n\nAt the NCPB reference of KES 4,200 per bag the receipt is worth about **KES 1,730,400**. You can pledge it with a partner bank for up to 60 % of that value.\n\nRegards,\nKisumu Grain Stores',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'intake_grader', to: 'receipt_issuer' },
      agent: 'receipt_issuer',
    },
  }),
  defineScenario({
    id: 'dambatta-rice-input-loan-sized-on-january-urea-list',
    title:
      'The agro-dealer pricer quotes urea at NGN 44,200 a bag from 3 March (the January list of 38,500 withdrawn); the credit coordinator sizes the loan brief on 38,500',
    domain: 'input credit for smallholder rice farmers, Nigeria',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Dry-season input loan for Dambatta Rice Farmers Cooperative (Kano), 240 members. Package per member: 2 bags urea 50 kg, 1 bag NPK 20-10-10, 25 kg FARO 66 seed. Our January agro-dealer list had urea at ₦38,500. Get current prices from Sabon Gari Agro Inputs, book the loan with Bank of Agriculture and confirm the facility amount.',
    topology: {
      shape: 'supervisor',
      coordinator: 'input_credit_coordinator',
      workers: ['agro_dealer_pricer', 'loan_booker'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'input_credit_coordinator',
        description: 'Coordinates input credit packages for cooperatives',
        instructions:
          'Get current input prices, then have the loan booked for the full package, and confirm.',
        replies: [
          {
            handoff: 'agro_dealer_pricer',
            message:
              'Need today’s prices from Sabon Gari Agro Inputs for: urea 50 kg, NPK 20-10-10 50 kg, FARO 66 seed 25 kg. Quantity: 480 urea, 240 NPK, 240 seed.',
          },
          {
            handoff: 'loan_booker',
            message:
              'Book BOA input loan, Dambatta Rice Farmers Coop, 240 members. Per member: 2 × urea ₦38,500 + NPK ₦41,000 + seed ₦12,500 = ₦130,500. Facility ₦31,320,000, tenor 6 months, repay from paddy at harvest.',
          },
          {
            say: 'Dambatta Rice Farmers Coop — dry-season input loan booked with Bank of Agriculture:\n- 240 members × ₦130,500 package\n- **Facility ₦31,320,000**, ref BOA-KN-IL-27-0418, 6 months\n- Inputs to be released by Sabon Gari Agro Inputs against the BOA LPO.',
          },
        ],
      },
      {
        name: 'agro_dealer_pricer',
        description: 'Gets current prices from agro-dealers',
        instructions: 'Quote current prices and say which list they come from.',
        replies: [
          {
            call: 'dealer_quote',
            args: {
              dealer: 'Sabon Gari Agro Inputs',
              items: ['urea_50kg', 'npk_20_10_10_50kg', 'faro66_25kg'],
            },
            result:
              '{"dealer": "Sabon Gari Agro Inputs", "list": "PL-2027-03", "effective": "2027-03-03", "prices_ngn": {"urea_50kg": 44200, "npk_20_10_10_50kg": 41000, "faro66_25kg": 12500}, "note": "PL-2027-01 (urea 38,500) withdrawn 02/03 after Dangote ex-factory increase", "valid_until": "2027-03-31"}',
          },
          {
            say: 'Sabon Gari Agro Inputs, list PL-2027-03 (from 3 Mar, valid to 31 Mar):\n| item | ₦ / unit |\n|---|---|\n| Urea 50 kg | 44,200 |\n| NPK 20-10-10 50 kg | 41,000 |\n| FARO 66 seed 25 kg | 12,500 |\nThe January list (urea ₦38,500) was withdrawn on 2 Mar. Package per member now ₦141,900; 240 members ₦34,056,000.',
          },
        ],
      },
      {
        name: 'loan_booker',
        description: 'Books input loans with partner banks',
        instructions: 'Book the loan as briefed and report the reference.',
        replies: [
          {
            call: 'book_input_loan',
            args: {
              bank: 'Bank of Agriculture',
              borrower: 'Dambatta Rice Farmers Cooperative',
              members: 240,
              amount_ngn: 31320000,
              tenor_months: 6,
            },
            result:
              'BOA-KN-IL-27-0418 | amount NGN 31,320,000.00 | status APPROVED | LPO to Sabon Gari Agro Inputs issued 11:04',
          },
          { say: 'Booked: BOA-KN-IL-27-0418, ₦31,320,000.00, approved, LPO issued to the dealer.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'input_credit_coordinator', to: 'loan_booker' },
      agent: 'input_credit_coordinator',
    },
  }),
  defineScenario({
    id: 'mwala-rainfall-index-summed-over-whole-season',
    title:
      'Told to test each ward against the 180 mm trigger over the germination window only (15 Oct–15 Nov), the index calculator sums the whole October–December season and finds no payouts',
    domain: 'weather index crop insurance, Kenya',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'OND 2026 short-rains index cover, Mwala and Yatta sub-counties (Machakos), 3,412 insured maize farmers. Germination phase trigger: cumulative rainfall below 180 mm between 15 Oct and 15 Nov pays 30 % of sum insured (KES 6,000 per acre). Settle the season and instruct payouts via M-Pesa.',
    topology: {
      shape: 'supervisor',
      coordinator: 'index_ops_lead',
      workers: ['index_calculator', 'payout_instructor'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'index_ops_lead',
        description: 'Runs seasonal settlement of weather index covers',
        instructions: 'Have the index computed per ward, then have payouts instructed, and report.',
        replies: [
          {
            handoff: 'index_calculator',
            message:
              'Settle OND 2026, germination phase only: for each insured ward in Mwala and Yatta, cumulative CHIRPS rainfall **15 Oct–15 Nov 2026**, compare with trigger 180 mm. Below trigger → 30 % of SI. Give me a ward table.',
          },
          {
            handoff: 'payout_instructor',
            message:
              'Index result for OND 2026: no ward below trigger per calculator. Please send the nil-settlement notice to the 3,412 policyholders.',
          },
          {
            say: 'OND 2026 Mwala/Yatta settled: **no payout** — no ward fell below the 180 mm trigger. Nil-settlement SMS sent to 3,412 farmers (batch NS-OND26-MCK).',
          },
        ],
      },
      {
        name: 'index_calculator',
        description: 'Computes weather indices per ward',
        instructions: 'Compute the index per ward and compare with the trigger.',
        replies: [
          {
            call: 'chirps_cumulative',
            args: {
              sub_counties: ['Mwala', 'Yatta'],
              from: '2026-10-01',
              to: '2026-12-31',
              product: 'CHIRPS v2 dekadal',
            },
            result:
              '| ward | sub-county | insured | rain mm 01/10–31/12 |\n|---|---|---|---|\n| Masii | Mwala | 842 | 261 |\n| Wamunyu | Mwala | 615 | 238 |\n| Muthetheni | Mwala | 503 | 244 |\n| Ndalani | Yatta | 731 | 219 |\n| Katangi | Yatta | 721 | 207 |',
          },
          {
            say: 'OND 2026 index, 5 wards:\n| ward | rain mm | trigger | payout |\n|---|---|---|---|\n| Masii | 261 | 180 | none |\n| Wamunyu | 238 | 180 | none |\n| Muthetheni | 244 | 180 | none |\n| Ndalani | 219 | 180 | none |\n| Katangi | 207 | 180 | none |\nAll wards above trigger — no payout.',
          },
        ],
      },
      {
        name: 'payout_instructor',
        description: 'Instructs insurance payouts and notices',
        instructions: 'Send payouts or notices as instructed.',
        replies: [
          {
            call: 'bulk_sms',
            args: { batch: 'NS-OND26-MCK', recipients: 3412, template: 'nil_settlement_sw_en' },
            result: '{"batch": "NS-OND26-MCK", "queued": 3412, "delivered": 3388, "failed": 24}',
          },
          { say: 'Nil-settlement notice sent: 3,388 delivered, 24 failed (numbers out of service).' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'index_ops_lead', to: 'index_calculator' },
      agent: 'index_calculator',
    },
  }),
  defineScenario({
    id: 'tema-cocoa-phyto-triage-note-swapped-for-queue-ticket',
    title:
      'Export triage finds the lot’s fumigation lapsed and was redone (FUM-GH-88213) with 2 bags pulled; the phyto inspector gets only a queue ticket and certifies 1,250 bags on the lapsed fumigation',
    domain: 'cocoa export certification, Ghana',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Shipment TM-2611, Ashanti Gold Cocoa LBC: 1,250 bags (62.5 kg) main-crop cocoa beans, Tema → Rotterdam, vessel MSC Abidjan V.611W, container MSKU 7731405, ETD 12 Dec 2026. Fumigation cert FUM-GH-87540 dated 2 Nov. Get the phytosanitary certificate issued and the export docs ready.',
    topology: {
      shape: 'branch',
      classifier: 'export_triage',
      routes: { phytosanitary: 'phyto_inspector', traceability: 'eudr_officer' },
      after: 'export_docs_clerk',
    },
    program: {
      lose: {
        to: 'phyto_inspector',
        prompt:
          'Queue ticket EXP-TMA-0091 — shipment TM-2611, cocoa beans, Tema → Rotterdam. Inspect and issue phyto as standard.',
      },
    },
    agents: [
      {
        name: 'export_triage',
        description: 'Triages export files to the right certification desk',
        instructions: 'Decide which desk the file needs and pass on what they must know.',
        replies: [
          {
            call: 'lot_file',
            args: { shipment: 'TM-2611', checks: ['fumigation', 'bag_count', 'eudr_geo'] },
            result:
              '{"shipment": "TM-2611", "fumigation": [{"cert": "FUM-GH-87540", "date": "2026-11-02", "valid_days": 21, "status": "LAPSED"}, {"cert": "FUM-GH-88213", "date": "2026-12-03", "agent": "PPRSD-approved Fumicoa Ltd", "status": "VALID"}], "bag_count": {"declared": 1250, "stuffed": 1248, "rejected": 2, "reason": "mould, QCC grade check 04/12"}, "eudr_geo": "complete, 418 farm polygons"}',
          },
          {
            say: 'phytosanitary — TM-2611 needs the PPRSD certificate. Note: FUM-GH-87540 (2 Nov) has lapsed; lot was re-fumigated 3 Dec under **FUM-GH-88213**. **1,248 bags** stuffed (2 rejected for mould at QCC check) = 78,000 kg. EUDR geodata already complete.',
          },
        ],
      },
      {
        name: 'eudr_officer',
        description: 'Handles EU deforestation-regulation due diligence',
        instructions: 'Compile the due diligence statement.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'phyto_inspector',
        description: 'Inspects export lots and issues phytosanitary certificates',
        instructions: 'Inspect the lot and issue the phytosanitary certificate.',
        prompt: 'Triage:\n{input}\n\nShipment: {request}',
        replies: [
          {
            call: 'issue_phyto',
            args: {
              shipment: 'TM-2611',
              bags: 1250,
              net_kg: 78125,
              fumigation_cert: 'FUM-GH-87540',
              destination: 'NL',
            },
            result:
              '{"phyto": "PPRSD/GH/2026/118204", "bags": 1250, "net_kg": 78125, "treatment": "FUM-GH-87540", "status": "ISSUED"}',
          },
          {
            say: 'Phyto PPRSD/GH/2026/118204 issued for TM-2611: 1,250 bags, 78,125 kg, treatment FUM-GH-87540, destination Netherlands.',
          },
        ],
      },
      {
        name: 'export_docs_clerk',
        description: 'Assembles export documents',
        instructions: 'Assemble the export document set.',
        prompt: 'Certification:\n{input}',
        replies: [
          {
            say: '**Export docs — TM-2611 (MSKU 7731405, MSC Abidjan V.611W)**\n- Phytosanitary: PPRSD/GH/2026/118204 — 1,250 bags, 78,125 kg\n- Fumigation: FUM-GH-87540\n- Bill of lading draft: 1,250 bags cocoa beans\n- EUDR DDS reference attached\nReady for the shipping line cut-off.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'export_triage', to: 'phyto_inspector' },
      agent: 'phyto_inspector',
    },
  }),
  defineScenario({
    id: 'kaffrine-groundnut-payments-promised-to-wallet-agent-never-passed',
    title:
      'The deductions checker clears 184 groundnut payments (XOF 61.9m) and says it is handing them to the mobile-money payer; no transfer happens and the run ends on its note',
    domain: 'groundnut cooperative payments, Senegal',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Campagne arachidière 2026/27, Union des Coopératives de Kaffrine: pay members for deliveries weighed 2–9 Jan 2027 at the official producer price of 305 FCFA/kg, net of input credit recoveries. Payments go to Wave wallets. I need confirmation the money is out before the weekly market on Saturday.',
    topology: {
      shape: 'swarm',
      entry: 'delivery_reconciler',
      agents: ['delivery_reconciler', 'deductions_checker', 'wallet_payer'],
    },
    agents: [
      {
        name: 'delivery_reconciler',
        description: 'Reconciles weighed deliveries against member lists',
        instructions: 'Pull the week’s weighings, match members, then transfer to the deductions checker.',
        replies: [
          {
            call: 'weighings',
            args: { union: 'UC-Kaffrine', from: '2027-01-02', to: '2027-01-09' },
            result:
              '{"tickets": 391, "members": 184, "kg_total": 218442, "gross_xof": 66624810, "unmatched_tickets": 0, "by_coop": {"Nganda": 71, "Birkelane": 58, "Malem Hodar": 55}}',
          },
          {
            handoff: 'deductions_checker',
            message:
              '184 members, 391 tickets, 218,442 kg × 305 = 66,624,810 FCFA gross (Nganda 71, Birkelane 58, Malem Hodar 55). All tickets matched. Please apply input-credit recoveries and release.',
          },
        ],
      },
      {
        name: 'deductions_checker',
        description: 'Applies input credit recoveries and clears payments',
        instructions: 'Apply recoveries, then transfer cleared payments to the wallet payer.',
        replies: [
          {
            call: 'credit_recoveries',
            args: { union: 'UC-Kaffrine', members: 184, season: '2026/27' },
            result:
              '{"members_with_credit": 97, "recovered_xof": 4712500, "net_payable_xof": 61912310, "zero_net": 0, "file": "PAY-KAF-0109.csv"}',
          },
          {
            say: 'Récap 2–9 Jan:\n- Gross 66,624,810 FCFA\n- Input credit recovered from 97 members: 4,712,500 FCFA\n- **Net payable 61,912,310 FCFA**, 184 payments, file PAY-KAF-0109.csv\nCleared — handing the file to the wallet payer now for Wave disbursement.',
          },
        ],
      },
      {
        name: 'wallet_payer',
        description: 'Disburses payments to mobile-money wallets',
        instructions: 'Send the cleared payment file to Wave and report.',
        replies: [
          {
            call: 'wave_bulk_payout',
            args: { file: 'PAY-KAF-0109.csv', count: 184, total_xof: 61912310 },
            result: '{"batch": "WV-B-55821", "sent": 184, "failed": 0}',
          },
          { say: 'WV-B-55821: 184 payments sent, 61,912,310 FCFA.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'deductions_checker', to: 'wallet_payer' },
      agent: 'deductions_checker',
    },
  }),
  defineScenario({
    id: 'bugisu-arabica-quality-lead-reports-six-lots-clean',
    title:
      'The cupping lab fails two of six Bugisu lots (primary defects, 79.5 and 78.0 points); the quality lead tells the export director all six passed and all six go on the contract',
    domain: 'specialty coffee export, Uganda',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Contract KPC-EU-27-014 with Rösterei Falkenberg (Hamburg): 6 lots Bugisu AA washed arabica, 320 bags × 60 kg each, minimum 82 cupping points, max 5 primary defects per 350 g. Lots BG-401 to BG-406 at our Mbale dry mill. Confirm quality and documents and send the shipping advice.',
    topology: {
      shape: 'nested',
      top: 'export_director',
      teams: { quality_lead: ['cupping_lab', 'moisture_tester'], documents_lead: ['ico_certifier'] },
    },
    agents: [
      {
        name: 'export_director',
        description: 'Directs coffee export contracts',
        instructions: 'Get quality and documents confirmed by the two leads, then send the shipping advice.',
        replies: [
          {
            handoff: 'quality_lead',
            message:
              'KPC-EU-27-014: confirm BG-401..406 meet contract spec (≥82 pts, ≤5 primary defects, moisture 10–12 %).',
          },
          {
            handoff: 'documents_lead',
            message:
              'KPC-EU-27-014: ICO certificates of origin and UCDA export permit for 6 lots, 1,920 bags.',
          },
          {
            say: 'Shipping advice to Rösterei Falkenberg, KPC-EU-27-014:\n- 6 lots BG-401–BG-406, **1,920 bags** Bugisu AA washed, 115,200 kg\n- All lots within spec (≥82 pts, defects ≤5)\n- ICO CoO UG-1127-0401..0406, UCDA permit EXP/27/0388\n- Loading Mombasa, ETD 21 Feb 2027.',
          },
        ],
      },
      {
        name: 'quality_lead',
        description: 'Leads quality control at the dry mill',
        instructions: 'Have lots cupped and moisture-tested and report which meet spec.',
        replies: [
          {
            handoff: 'cupping_lab',
            message: 'Cup BG-401..406 per SCA protocol, count primary defects per 350 g.',
          },
          { handoff: 'moisture_tester', message: 'Moisture on BG-401..406.' },
          {
            say: 'QC KPC-EU-27-014: all 6 lots BG-401..406 passed — cupping and defects within contract, moisture 10.6–11.4 %. Cleared for export.',
          },
        ],
      },
      {
        name: 'cupping_lab',
        description: 'Cups and grades coffee lots',
        instructions: 'Cup each lot and report scores and defects.',
        replies: [
          {
            call: 'cupping_session',
            args: { lots: ['BG-401', 'BG-402', 'BG-403', 'BG-404', 'BG-405', 'BG-406'], protocol: 'SCA' },
            result:
              'lot    | score | primary defects/350g | note\nBG-401 | 84.25 | 2 | clean, citrus\nBG-402 | 83.50 | 3 | \nBG-403 | 79.50 | 9 | full black + sour beans\nBG-404 | 84.00 | 1 | \nBG-405 | 78.00 | 11 | insect damage, fermented\nBG-406 | 82.75 | 4 | ',
          },
          {
            say: 'Cupping 14/02: **4 lots pass** (BG-401 84.25, BG-402 83.50, BG-404 84.00, BG-406 82.75). **BG-403 (79.50, 9 defects) and BG-405 (78.00, 11 defects) fail** — below 82 and over 5 primary defects; recommend re-sorting or downgrading.',
          },
        ],
      },
      {
        name: 'moisture_tester',
        description: 'Tests green coffee moisture',
        instructions: 'Measure moisture per lot.',
        replies: [
          {
            call: 'moisture_meter',
            args: { lots: 6, meter: 'Sinar 6070' },
            result:
              '{"BG-401": 10.9, "BG-402": 11.4, "BG-403": 11.1, "BG-404": 10.6, "BG-405": 11.2, "BG-406": 11.0}',
          },
          { say: 'Moisture 10.6–11.4 %, all 6 lots within 10–12 %.' },
        ],
      },
      {
        name: 'documents_lead',
        description: 'Leads export documentation',
        instructions: 'Have certificates issued and report.',
        replies: [
          { handoff: 'ico_certifier', message: 'ICO CoO for BG-401..406 and UCDA permit.' },
          { say: 'Docs ready: ICO CoO UG-1127-0401..0406, UCDA permit EXP/27/0388.' },
        ],
      },
      {
        name: 'ico_certifier',
        description: 'Requests ICO certificates and UCDA permits',
        instructions: 'Request the certificates.',
        replies: [
          {
            call: 'ucda_portal',
            args: { lots: 6, bags: 1920 },
            result:
              '{"ico_coo": ["UG-1127-0401", "UG-1127-0402", "UG-1127-0403", "UG-1127-0404", "UG-1127-0405", "UG-1127-0406"], "permit": "EXP/27/0388"}',
          },
          { say: 'ICO CoO UG-1127-0401..0406 and UCDA permit EXP/27/0388 issued.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'quality_lead', to: 'export_director' },
      agent: 'quality_lead',
    },
  }),
  defineScenario({
    id: 'njoro-potato-collection-table-stops-at-fourth-group',
    title:
      'The Njoro collector’s table of nine farmer groups is cut off by its token limit after the fourth; the offtake aggregator books only the four for the Twiga order',
    domain: 'potato aggregation for a food distributor, Kenya',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Offtake order TW-PO-88317 from Twiga Foods: 60 tonnes Shangi ware potatoes, 50 kg bags, collected Thu 11 Mar 2027 from Nakuru County groups at KES 38 per kg farm-gate. Get confirmed volumes from Molo, Njoro and Kuresoi and book the trucks.',
    topology: {
      shape: 'fanout',
      planner: 'collection_planner',
      workers: ['molo_collector', 'njoro_collector', 'kuresoi_collector'],
      aggregator: 'offtake_aggregator',
    },
    agents: [
      {
        name: 'collection_planner',
        description: 'Plans produce collection across wards',
        instructions: 'One brief per ward collector.',
        replies: [
          {
            plan: {
              molo_collector: 'Molo: confirm Shangi volumes ready 11/03 per group (50 kg bags, KES 38/kg).',
              njoro_collector:
                'Njoro: confirm Shangi volumes ready 11/03 for all 9 registered groups (50 kg bags, KES 38/kg).',
              kuresoi_collector:
                'Kuresoi: confirm Shangi volumes ready 11/03 per group (50 kg bags, KES 38/kg).',
            },
          },
        ],
      },
      {
        name: 'molo_collector',
        description: 'Field collector, Molo',
        instructions: 'Confirm ready volumes with each group.',
        prompt: 'Brief:\n{input}\n\nOrder: {request}',
        replies: [
          {
            call: 'group_volumes',
            args: { ward: 'Molo', variety: 'Shangi', date: '2027-03-11' },
            result:
              '[{"group": "Turi Wakulima", "bags": 96}, {"group": "Elburgon Youth Agri", "bags": 74}, {"group": "Mariashoni Women", "bags": 58}]',
          },
          {
            say: 'Molo, 11/03: Turi Wakulima 96 bags, Elburgon Youth Agri 74, Mariashoni Women 58 — **228 bags (11.4 t)**.',
          },
        ],
      },
      {
        name: 'njoro_collector',
        description: 'Field collector, Njoro',
        instructions: 'Confirm ready volumes with each group.',
        prompt: 'Brief:\n{input}\n\nOrder: {request}',
        replies: [
          {
            call: 'group_volumes',
            args: { ward: 'Njoro', variety: 'Shangi', date: '2027-03-11' },
            result:
              '[{"group": "Mau Narok Growers", "bags": 120}, {"group": "Lare Farmers SHG", "bags": 88}, {"group": "Kihingo Potato CBO", "bags": 64}, {"group": "Nessuit Wakulima", "bags": 51}, {"group": "Mauche Women Group", "bags": 77}, {"group": "Njoro Ridge Farmers", "bags": 93}, {"group": "Sigotik Youth", "bags": 40}, {"group": "Ndoinet Agri SHG", "bags": 69}, {"group": "Kapkembu Growers", "bags": 58}]',
          },
          {
            say: 'Njoro, ready 11/03:\n| # | group | bags | kg |\n|---|---|---|---|\n| 1 | Mau Narok Growers | 120 | 6,000 |\n| 2 | Lare Farmers SHG | 88 | 4,400 |\n| 3 | Kihingo Potato CBO | 64 | 3,200 |\n| 4 | Nessuit Wakulima | 51 | 2,550 |\n| 5 | Mauche Wo',
            cutOff: true,
          },
        ],
      },
      {
        name: 'kuresoi_collector',
        description: 'Field collector, Kuresoi',
        instructions: 'Confirm ready volumes with each group.',
        prompt: 'Brief:\n{input}\n\nOrder: {request}',
        replies: [
          {
            call: 'group_volumes',
            args: { ward: 'Kuresoi', variety: 'Shangi', date: '2027-03-11' },
            result:
              '[{"group": "Keringet Growers", "bags": 110}, {"group": "Olenguruone Coop", "bags": 132}, {"group": "Kamara SHG", "bags": 45}]',
          },
          {
            say: 'Kuresoi, 11/03: Keringet Growers 110, Olenguruone Coop 132, Kamara SHG 45 — **287 bags (14.35 t)**.',
          },
        ],
      },
      {
        name: 'offtake_aggregator',
        description: 'Books the offtake against the buyer order',
        instructions: 'Add up the confirmed volumes, check against the order and book trucks.',
        replies: [
          {
            say: '## TW-PO-88317 — collection Thu 11/03\n| ward | bags | tonnes |\n|---|---|---|\n| Molo | 228 | 11.40 |\n| Njoro | 323 | 16.15 |\n| Kuresoi | 287 | 14.35 |\n| **total** | **838** | **41.90** |\nShort of the 60 t order by 18.1 t — told Twiga we can supply 41.9 t this week. Booked 3 × 14 t trucks. Farm-gate value KES 1,592,200.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'njoro_collector', to: 'offtake_aggregator' },
      agent: 'njoro_collector',
    },
  }),
  defineScenario({
    id: 'juaso-cocoa-corrective-plan-returned-without-remediation-rows',
    title:
      'The certification auditor sends the cooperative’s corrective action plan back three times for missing child-labour remediation rows; the plan writer returns the same plan each round',
    domain: 'sustainability certification of cocoa cooperatives, Ghana',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Rainforest Alliance 2020 standard, Juaso Kookoo Nnoboa Cooperative (certificate holder RA-GH-00731, 1,146 farmers, Asante Akim South). Audit of 18 Jan 2027 raised 3 non-conformities: NC-1 child labour monitoring (CLMRS) cases without remediation, NC-2 pesticide store not locked, NC-3 training records incomplete. Write the corrective action plan and get it accepted before 15 Feb.',
    topology: {
      shape: 'pipeline',
      order: ['cap_writer', 'certification_auditor', 'coop_secretary'],
      loop: { from: 'certification_auditor', to: 'cap_writer', while: 'REWORK', max: 3 },
    },
    agents: [
      {
        name: 'cap_writer',
        description: 'Writes corrective action plans for certified groups',
        instructions: 'Write the CAP, or rework it per the auditor’s comments.',
        prompt: 'Input / auditor comments:\n{input}\n\nFile: {request}',
        replies: [
          {
            say: 'CAP — Juaso Kookoo Nnoboa (RA-GH-00731)\n| NC | action | owner | due |\n|---|---|---|---|\n| NC-1 | Refresher CLMRS training for 24 community facilitators | ICS manager | 10/02 |\n| NC-2 | Padlock and key log on pesticide store, Juaso depot | Store keeper | 25/01 |\n| NC-3 | Re-file training attendance sheets 2026 | Secretary | 05/02 |',
          },
          {
            say: 'CAP rev — Juaso Kookoo Nnoboa (RA-GH-00731)\n| NC | action | owner | due |\n|---|---|---|---|\n| NC-1 | Refresher CLMRS training for 24 community facilitators | ICS manager | 10/02 |\n| NC-2 | Padlock and key log on pesticide store, Juaso depot | Store keeper | 25/01 |\n| NC-3 | Re-file training attendance sheets 2026 | Secretary | 05/02 |',
          },
          {
            say: 'CAP rev 2 — Juaso Kookoo Nnoboa (RA-GH-00731)\n| NC | action | owner | due |\n|---|---|---|---|\n| NC-1 | Refresher CLMRS training for 24 community facilitators | ICS manager | 10/02 |\n| NC-2 | Padlock and key log on pesticide store, Juaso depot | Store keeper | 25/01 |\n| NC-3 | Re-file training attendance sheets 2026 | Secretary | 05/02 |',
          },
        ],
      },
      {
        name: 'certification_auditor',
        description: 'Reviews corrective action plans against the standard',
        instructions: 'Reply "ACCEPTED: <summary>" or "REWORK: <comments>".',
        prompt: 'Corrective action plan:\n{input}',
        replies: [
          {
            say: 'REWORK: NC-1 is about the 17 identified CLMRS cases with no remediation. Training facilitators does not close it. Add per-case remediation (school enrolment support, birth certificates, IGA for household) with owner and date, and a follow-up visit within 60 days. NC-2 and NC-3 fine.',
          },
          {
            say: 'REWORK: NC-1 still only lists facilitator training. I need the 17 cases remediated — a row per case or per remediation type, with follow-up visits.',
          },
          {
            say: 'REWORK: third version identical to the first. NC-1 remains open; cannot accept without case remediation.',
          },
        ],
      },
      {
        name: 'coop_secretary',
        description: 'Cooperative secretary handling certification correspondence',
        instructions: 'Tell the executives where the certification stands.',
        prompt: 'Auditor outcome:\n{input}',
        replies: [
          {
            say: 'To the Juaso Kookoo Nnoboa executives: our corrective action plan has not been accepted after three submissions — NC-1 (remediation of the 17 child-labour cases) is still open. Deadline 15 Feb; certificate RA-GH-00731 at risk of suspension. Meeting called for Friday.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'cap_writer', to: 'certification_auditor' },
      agent: 'cap_writer',
    },
  }),
  defineScenario({
    id: 'funtua-soybean-lien-rejected-registrar-says-perfected',
    title:
      'The collateral registry refuses the lien on receipt WR-FUN-22017 (already pledged); the pledge registrar tells the router the lien is perfected and the bank is told to disburse',
    domain: 'warehouse receipt financing, Nigeria',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Funtua Soybean Aggregators Ltd wants a ₦48m loan from Sterling Bank against warehouse receipts WR-FUN-22016 and WR-FUN-22017 (soybean, 200 t each, Funtua exchange warehouse). Register the pledge on the National Collateral Registry and tell the bank it can disburse.',
    topology: {
      shape: 'network',
      coordinator: 'financing_router',
      workers: ['pledge_registrar', 'bank_liaison'],
    },
    agents: [
      {
        name: 'financing_router',
        description: 'Routes receipt-financing steps',
        instructions: 'Get the pledge registered, then get the bank notified, then finish.',
        replies: [
          {
            handoff: 'pledge_registrar',
            message:
              'Register lien in favour of Sterling Bank on WR-FUN-22016 and WR-FUN-22017 (Funtua Soybean Aggregators Ltd), loan ₦48,000,000.',
          },
          {
            handoff: 'bank_liaison',
            message:
              'Liens perfected on WR-FUN-22016/22017. Tell Sterling Bank agri desk they can disburse ₦48,000,000 to Funtua Soybean Aggregators Ltd.',
          },
          {
            say: 'Done: liens on WR-FUN-22016 and WR-FUN-22017 registered for Sterling Bank, disbursement of ₦48,000,000 released (ref STB-AGR-DSB-7741).',
          },
        ],
      },
      {
        name: 'pledge_registrar',
        description: 'Registers pledges of warehouse receipts',
        instructions: 'Register the lien on each receipt and report the registration numbers.',
        replies: [
          {
            call: 'ncr_register_lien',
            args: { receipt: 'WR-FUN-22016', secured_party: 'Sterling Bank Plc', amount_ngn: 24000000 },
            result: '{"receipt": "WR-FUN-22016", "registration": "NCR-2027-0419882", "status": "REGISTERED"}',
          },
          {
            call: 'ncr_register_lien',
            args: { receipt: 'WR-FUN-22017', secured_party: 'Sterling Bank Plc', amount_ngn: 24000000 },
            result: {
              error:
                'NCR 409 CONFLICT: WR-FUN-22017 already encumbered — first-ranking lien NCR-2026-1187340 in favour of Unity Bank Plc (registered 2026-11-20). Registration refused.',
            },
          },
          {
            say: 'Pledges registered for Sterling Bank on both receipts (NCR-2027-0419882). Lien perfected, bank can proceed.',
          },
        ],
      },
      {
        name: 'bank_liaison',
        description: 'Liaises with lending banks',
        instructions: 'Notify the bank and report its confirmation.',
        replies: [
          {
            call: 'notify_bank',
            args: { bank: 'Sterling Bank', borrower: 'Funtua Soybean Aggregators Ltd', amount_ngn: 48000000 },
            result: 'Sterling agri desk ack 10:42 — disbursement STB-AGR-DSB-7741 queued for value today.',
          },
          { say: 'Sterling Bank confirmed, disbursement STB-AGR-DSB-7741 queued for value today.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'pledge_registrar', to: 'financing_router' },
      agent: 'pledge_registrar',
    },
  }),
  defineScenario({
    id: 'korhogo-cashew-lots-picked-below-buyer-kor',
    title:
      'The order intake passes on the buyer’s floor of 47 lbs KOR; the lot selector picks the four biggest lots including two at 45 and 46 lbs',
    domain: 'raw cashew nut trading, Côte d’Ivoire',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Buyer Vinh Phat Cashew (HCMC) wants 400 t raw cashew nuts, Korhogo origin, out-turn KOR at least 47 lbs/80 kg, nut count ≤ 190/kg, moisture ≤ 10 %, FOT Abidjan warehouse, price in XOF. Pick lots from our Korhogo stock and draft the sales contract.',
    topology: {
      shape: 'pipeline',
      order: ['order_intake', 'lot_selector', 'sales_contract_drafter'],
    },
    agents: [
      {
        name: 'order_intake',
        description: 'Turns buyer enquiries into a spec for the trading desk',
        instructions: 'Write the buyer spec the lot selector must meet.',
        replies: [
          {
            say: 'Spec — Vinh Phat Cashew, 400 t RCN Korhogo:\n- **KOR ≥ 47 lbs / 80 kg** (hard floor, buyer rejects below)\n- Nut count ≤ 190/kg\n- Moisture ≤ 10 %\n- FOT Abidjan, price XOF/kg\nSelect lots that each meet every line.',
          },
        ],
      },
      {
        name: 'lot_selector',
        description: 'Selects stock lots against buyer specs',
        instructions: 'Select lots from stock that meet the spec and total the tonnage.',
        prompt: 'Spec:\n{input}',
        replies: [
          {
            call: 'stock_lots',
            args: { origin: 'Korhogo', product: 'RCN', min_tonnes: 50 },
            result:
              '| lot | tonnes | KOR lbs | nuts/kg | moisture % |\n|---|---|---|---|---|\n| KHG-118 | 132 | 48.2 | 182 | 8.9 |\n| KHG-121 | 120 | 45.1 | 201 | 9.4 |\n| KHG-124 | 96 | 47.6 | 186 | 9.1 |\n| KHG-127 | 88 | 46.3 | 194 | 9.8 |\n| KHG-130 | 74 | 47.9 | 184 | 8.7 |\n| KHG-133 | 61 | 47.2 | 188 | 9.3 |',
          },
          {
            say: 'Selected for Vinh Phat (400 t):\n| lot | t | KOR | nuts/kg |\n|---|---|---|---|\n| KHG-118 | 132 | 48.2 | 182 |\n| KHG-121 | 120 | 45.1 | 201 |\n| KHG-124 | 96 | 47.6 | 186 |\n| KHG-127 | 52 (of 88) | 46.3 | 194 |\nTotal 400 t, weighted KOR ≈ 46.9.',
          },
        ],
      },
      {
        name: 'sales_contract_drafter',
        description: 'Drafts sales contracts',
        instructions: 'Draft the contract for the selected lots.',
        prompt: 'Selected lots:\n{input}\n\nEnquiry: {request}',
        replies: [
          {
            say: '**Sales contract SC-KHG-27-031** — seller Savane Cajou SARL, buyer Vinh Phat Cashew\n- 400 t RCN Korhogo, lots KHG-118, KHG-121, KHG-124, KHG-127 (part)\n- Quality: KOR 47 lbs/80 kg basis, nut count 190/kg, moisture 10 % max\n- Price **XOF 485/kg FOT Abidjan**, total XOF 194,000,000\n- Payment CAD, inspection Cotecna at loading.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'order_intake', to: 'lot_selector' },
      agent: 'lot_selector',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'githunguri-milk-payout-uses-march-rate-after-board-revision',
    title:
      'The rate checker reports the dairy board’s March revision (KES 52/litre replacing 48); the router briefs the payout calculator with 52 and the farmers are paid on it',
    domain: 'dairy cooperative farmer payments, Kenya',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: an old price in the request, a newer one shown, and the newer one used all the way',
    request:
      'February milk payout for Kiambaa Dairy Farmers Coop Society (Githunguri): 2,318 suppliers delivered 1,406,220 litres. Pay at the board rate (it was KES 48/litre in January, but the board met on 28 Feb). Deduct AI services and feed credit, then send the M-Pesa file.',
    topology: {
      shape: 'network',
      coordinator: 'payout_router',
      workers: ['rate_checker', 'payout_calculator'],
    },
    agents: [
      {
        name: 'payout_router',
        description: 'Routes the monthly milk payout steps',
        instructions: 'Confirm the rate, have the payout computed, then close.',
        replies: [
          {
            handoff: 'rate_checker',
            message: 'What rate per litre did the board set for February deliveries at the 28 Feb meeting?',
          },
          {
            handoff: 'payout_calculator',
            message:
              'February payout: 1,406,220 litres × **KES 52.00** (board minute BM-02/2027, applies to Feb deliveries). Deduct AI services and feed credit per member ledger, produce the M-Pesa B2C file.',
          },
          {
            say: '**February payout — Kiambaa Dairy FCS**\n- 1,406,220 L × KES 52.00 = KES 73,123,440.00\n- Deductions (AI, feed credit): KES 9,884,615.50\n- **Net to 2,318 suppliers: KES 63,238,824.50**, M-Pesa file MP-FEB27-KDF ready for treasurer approval.',
          },
        ],
      },
      {
        name: 'rate_checker',
        description: 'Looks up board decisions on producer prices',
        instructions: 'Report the current rate and the minute it comes from.',
        replies: [
          {
            call: 'board_minutes',
            args: { society: 'Kiambaa Dairy FCS', meeting: '2027-02-28', item: 'producer price' },
            result:
              'BM-02/2027, 28 Feb 2027, item 4: producer price raised from KES 48.00 to KES 52.00 per litre with effect from deliveries of 1 Feb 2027 (processor contract KCC-27 revised). Carried unanimously.',
          },
          {
            say: 'Board minute BM-02/2027 (28 Feb): rate now **KES 52.00/litre**, backdated to deliveries from 1 Feb. The January KES 48.00 no longer applies to February.',
          },
        ],
      },
      {
        name: 'payout_calculator',
        description: 'Computes farmer payouts',
        instructions: 'Compute gross, deductions and net per supplier and build the payment file.',
        replies: [
          {
            call: 'compute_payout',
            args: {
              month: '2027-02',
              litres: 1406220,
              rate_kes: 52.0,
              deductions: ['ai_services', 'feed_credit'],
            },
            result:
              '{"suppliers": 2318, "gross_kes": 73123440.00, "deductions_kes": 9884615.50, "net_kes": 63238824.50, "zero_or_negative_net": 11, "file": "MP-FEB27-KDF.csv"}',
          },
          {
            say: 'Feb: gross KES 73,123,440.00 at 52.00/L, deductions KES 9,884,615.50, net KES 63,238,824.50 to 2,318 suppliers (11 carry a zero net — feed credit rolls over). File MP-FEB27-KDF.csv.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'techiman-maize-mobile-money-timeout-retried-one-wallet-bounced',
    title:
      'The MoMo payout times out once and is retried with the same batch key (succeeds); one wallet is rejected as unregistered and reported as unpaid with the amount',
    domain: 'maize aggregator farmer payments, Ghana',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: a tool error that is retried and a partial failure that is reported, not swallowed',
    request:
      'Pay the 42 outgrowers of Techiman Grains Aggregation Centre for maize delivered to the Bono East warehouse on 14–15 Feb 2027 at GH₵ 6.10/kg, via MTN MoMo. Give me what went out and anything still owed.',
    topology: {
      shape: 'swarm',
      entry: 'delivery_clerk',
      agents: ['delivery_clerk', 'momo_payer'],
    },
    agents: [
      {
        name: 'delivery_clerk',
        description: 'Totals deliveries per outgrower',
        instructions: 'Total the deliveries and transfer to the MoMo payer with the payment list.',
        replies: [
          {
            call: 'delivery_ledger',
            args: { centre: 'Techiman', from: '2027-02-14', to: '2027-02-15' },
            result:
              '{"outgrowers": 42, "kg": 61870, "rate_ghs": 6.10, "amount_ghs": 377407.00, "list": "PL-TGC-0215"}',
          },
          {
            handoff: 'momo_payer',
            message:
              '42 outgrowers, 61,870 kg × GH₵ 6.10 = GH₵ 377,407.00, payment list PL-TGC-0215. Please pay via MTN MoMo.',
          },
        ],
      },
      {
        name: 'momo_payer',
        description: 'Pays outgrowers via mobile money',
        instructions: 'Send the bulk payment, handle failures, and report exactly what was paid.',
        replies: [
          {
            call: 'momo_bulk_disburse',
            args: { list: 'PL-TGC-0215', idempotency_key: 'TGC-0215-A' },
            result: { error: 'MTN MoMo API 504 Gateway Timeout after 30s (no batch id returned)' },
          },
          {
            call: 'momo_bulk_disburse',
            args: { list: 'PL-TGC-0215', idempotency_key: 'TGC-0215-A' },
            result:
              '{"batch": "MM-77410233", "succeeded": 41, "failed": [{"outgrower": "TGC-031 Yaw Boakye", "msisdn": "024•••3318", "amount_ghs": 8839.00, "reason": "WALLET_NOT_REGISTERED"}], "paid_ghs": 368568.00}',
          },
          {
            say: 'MoMo payout PL-TGC-0215:\n- First call timed out (504); retried with the same key TGC-0215-A — no duplicate, batch **MM-77410233**\n- **41 of 42 paid, GH₵ 368,568.00**\n- ⚠️ Unpaid: TGC-031 Yaw Boakye, GH₵ 8,839.00 — wallet 024•••3318 not registered. Needs a corrected number or cash payment at the centre.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'muranga-avocado-packing-report-fixed-on-second-pass',
    title:
      'The KEPHIS-compliance reviewer returns the avocado export packing report once (dry matter missing for two lots); the packhouse writer adds the readings and it is approved',
    domain: 'fresh avocado export, Kenya',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: a revise loop with one round trip that changes the content, then ends',
    request:
      'Hass avocado consignment AVO-MUR-0227 from Kandara packhouse (Murang’a), 4 lots, 1,920 cartons × 4 kg, sea freight to Rotterdam reefer. EU requires dry matter ≥ 23 % and KEPHIS needs the packing report with orchard codes. Prepare the packing report and get it approved for the inspection on 2 Mar.',
    topology: {
      shape: 'pipeline',
      order: ['packhouse_writer', 'compliance_reviewer', 'kephis_booker'],
      loop: { from: 'compliance_reviewer', to: 'packhouse_writer', while: 'RETURN', max: 3 },
    },
    agents: [
      {
        name: 'packhouse_writer',
        description: 'Writes packhouse reports for export consignments',
        instructions: 'Write the packing report, or fix it per the reviewer’s note.',
        prompt: 'Input:\n{input}\n\nConsignment: {request}',
        replies: [
          {
            say: 'Packing report AVO-MUR-0227\n| lot | orchard code | cartons | size | dry matter |\n|---|---|---|---|---|\n| L1 | KE-MUR-0412 | 520 | 16–20 | 24.1 % |\n| L2 | KE-MUR-0433 | 480 | 18–22 | 23.6 % |\n| L3 | KE-MUR-0458 | 470 | 14–18 | — |\n| L4 | KE-MUR-0461 | 450 | 20–24 | — |\nTotal 1,920 cartons.',
          },
          {
            call: 'dry_matter_lab',
            args: { lots: ['L3', 'L4'], consignment: 'AVO-MUR-0227' },
            result:
              '{"L3": {"dm_pct": 23.9, "samples": 10}, "L4": {"dm_pct": 25.2, "samples": 10}, "lab": "Kandara QC, 27/02 16:40"}',
          },
          {
            say: 'Packing report AVO-MUR-0227 (rev 1)\n| lot | orchard code | cartons | size | dry matter |\n|---|---|---|---|---|\n| L1 | KE-MUR-0412 | 520 | 16–20 | 24.1 % |\n| L2 | KE-MUR-0433 | 480 | 18–22 | 23.6 % |\n| L3 | KE-MUR-0458 | 470 | 14–18 | 23.9 % |\n| L4 | KE-MUR-0461 | 450 | 20–24 | 25.2 % |\nTotal 1,920 cartons; all lots ≥ 23 % DM (lab 27/02, 10 samples per lot).',
          },
        ],
      },
      {
        name: 'compliance_reviewer',
        description: 'Checks export reports against EU and KEPHIS requirements',
        instructions: 'Reply "APPROVED: <summary>" or "RETURN: <what to fix>".',
        prompt: 'Packing report:\n{input}',
        replies: [
          {
            say: 'RETURN: L3 and L4 have no dry matter reading. KEPHIS will not book inspection without DM ≥ 23 % for every lot — get lab results for L3/L4.',
          },
          {
            say: 'APPROVED: AVO-MUR-0227, 4 lots / 1,920 cartons, orchard codes present, DM 23.6–25.2 % on all lots.',
          },
        ],
      },
      {
        name: 'kephis_booker',
        description: 'Books KEPHIS export inspections',
        instructions: 'Book the inspection for approved reports.',
        prompt: 'Review outcome:\n{input}',
        replies: [
          {
            call: 'kephis_booking',
            args: { consignment: 'AVO-MUR-0227', date: '2027-03-02', cartons: 1920 },
            result:
              'Inspection KEP-INS-27-06614 booked 02/03/2027 09:00, Kandara packhouse, inspector assigned.',
          },
          {
            say: 'KEPHIS inspection **KEP-INS-27-06614** booked for 2 Mar 09:00 at Kandara for AVO-MUR-0227 (1,920 cartons, DM 23.6–25.2 %).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'tamale-soy-receipt-loan-brief-condensed-keeps-every-figure',
    title:
      'The coordinator condenses the valuer’s long receipt valuation into a three-line brief for the loan officer that keeps the haircut value, receipt ids and the expiry date',
    domain: 'warehouse receipt loans, Northern Ghana',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'lost_message: a long worker report shortened in the brief to the next worker, with nothing it needs left out',
    request:
      'Savelugu Soy Farmers Association wants a loan from Sinapi Aba against GCX warehouse receipts for soybean in the Tamale warehouse. Value the receipts, apply the lender’s haircut and set up the loan before the receipts expire.',
    topology: {
      shape: 'supervisor',
      coordinator: 'receipt_finance_coordinator',
      workers: ['receipt_valuer', 'loan_officer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'receipt_finance_coordinator',
        description: 'Coordinates receipt-backed loans',
        instructions:
          'Get the receipts valued, then brief the loan officer with what they need, and confirm.',
        replies: [
          {
            handoff: 'receipt_valuer',
            message:
              'Value the GCX soybean receipts held by Savelugu Soy Farmers Association in Tamale, with Sinapi Aba’s haircut.',
          },
          {
            handoff: 'loan_officer',
            message:
              'Savelugu Soy FA — receipts GCX-TML-50812/50813/50814 (84.6 t soy, Grade 1). Lendable value after 30 % haircut: **GH₵ 349,160**. Receipts expire 30 Jun 2027, loan must mature by then. Please set up.',
          },
          {
            say: 'Savelugu Soy Farmers Association — Sinapi Aba receipt loan **SA-WRL-27-0931**: GH₵ 349,160 against GCX-TML-50812/50813/50814, maturity 15 Jun 2027 (before receipt expiry 30 Jun). Lien noted with GCX.',
          },
        ],
      },
      {
        name: 'receipt_valuer',
        description: 'Values warehouse receipts',
        instructions: 'Value the receipts and apply the lender’s haircut.',
        replies: [
          {
            call: 'gcx_receipts',
            args: { holder: 'Savelugu Soy Farmers Association', warehouse: 'Tamale', commodity: 'soybean' },
            result:
              '{"receipts": [{"id": "GCX-TML-50812", "tonnes": 30.2, "grade": 1, "expiry": "2027-06-30"}, {"id": "GCX-TML-50813", "tonnes": 28.9, "grade": 1, "expiry": "2027-06-30"}, {"id": "GCX-TML-50814", "tonnes": 25.5, "grade": 1, "expiry": "2027-06-30"}], "storage_fees_paid_to": "2027-03-31"}',
          },
          {
            call: 'gcx_price',
            args: { contract: 'GSBN1', date: '2027-03-05' },
            result:
              '{"contract": "GSBN1 (soybean grade 1, Tamale)", "settlement_ghs_per_t": 5896.00, "date": "2027-03-05"}',
          },
          {
            say: 'Valuation 05/03/2027, Sinapi Aba policy (30 % haircut on GCX settlement price):\n| receipt | t | grade | expiry |\n|---|---|---|---|\n| GCX-TML-50812 | 30.2 | 1 | 30/06/2027 |\n| GCX-TML-50813 | 28.9 | 1 | 30/06/2027 |\n| GCX-TML-50814 | 25.5 | 1 | 30/06/2027 |\n84.6 t × GH₵ 5,896.00 = GH₵ 498,801.60 market value; less 30 % haircut = GH₵ 349,161.12, rounded down to the nearest GH₵ 10 per policy: **lendable GH₵ 349,160**. All three receipts expire 30/06/2027. Storage fees paid to 31/03; lender will want them kept current.',
          },
        ],
      },
      {
        name: 'loan_officer',
        description: 'Sets up loans against receipts',
        instructions: 'Book the loan as briefed and report.',
        replies: [
          {
            call: 'book_wr_loan',
            args: {
              borrower: 'Savelugu Soy Farmers Association',
              amount_ghs: 349160,
              maturity: '2027-06-15',
            },
            result:
              '{"loan": "SA-WRL-27-0931", "amount_ghs": 349160, "maturity": "2027-06-15", "status": "BOOKED"}',
          },
          { say: 'Loan SA-WRL-27-0931 booked: GH₵ 349,160, maturity 15/06/2027.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'houet-cotton-recovery-zone-agent-leaves-neighbour-villages',
    title:
      'Three zone agents recover cotton input credit; the Bama agent sees two Padéma villages in its extract and leaves them to the Padéma agent, who covers them',
    domain: 'cotton input credit recovery, Burkina Faso',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: records from a neighbouring zone in a worker’s data, correctly left to the worker assigned to them',
    request:
      'Campagne 2026/27, Houet province: recover input credit (engrais NPK et urée, semences) from cotton producer groups (GPC) out of seed-cotton payments. Three zones — Bama, Padéma, Satiri. Give me credit due, recovered and outstanding in FCFA per zone and in total.',
    topology: {
      shape: 'fanout',
      planner: 'recovery_planner',
      workers: ['bama_agent', 'padema_agent', 'satiri_agent'],
      aggregator: 'recovery_aggregator',
    },
    agents: [
      {
        name: 'recovery_planner',
        description: 'Plans input-credit recovery by zone',
        instructions: 'One brief per zone agent.',
        replies: [
          {
            plan: {
              bama_agent:
                'Zone Bama only (villages Bama, Badara, Kokorowé): credit due, recovered from cotton payments, outstanding per GPC.',
              padema_agent:
                'Zone Padéma only (villages Padéma, Sioma, Kouroumani, Dérégouan): credit due, recovered, outstanding per GPC.',
              satiri_agent:
                'Zone Satiri only (villages Satiri, Dodougou, Toukoro): credit due, recovered, outstanding per GPC.',
            },
          },
        ],
      },
      {
        name: 'bama_agent',
        description: 'Recovery agent, Bama zone',
        instructions: 'Reconcile credit and recoveries for your zone.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'gpc_ledger',
            args: { zone: 'Bama', season: '2026/27' },
            result:
              '| village | GPC | due XOF | recovered XOF |\n|---|---|---|---|\n| Bama | 6 | 41,250,000 | 39,870,000 |\n| Badara | 4 | 22,600,000 | 22,600,000 |\n| Kokorowé | 3 | 15,900,000 | 14,310,000 |\n| Sioma* | 2 | 9,800,000 | 9,800,000 |\n| Kouroumani* | 2 | 8,450,000 | 7,200,000 |\n* ginnery catchment Bama, administrative zone Padéma',
          },
          {
            say: 'Zone Bama (Bama, Badara, Kokorowé — 13 GPC): due **79,750,000 FCFA**, recovered **76,780,000**, outstanding **2,970,000** (Bama 1,380,000, Kokorowé 1,590,000).\nSioma and Kouroumani also appear in the Bama ginnery extract but belong to zone Padéma — left to the Padéma agent, not counted here.',
          },
        ],
      },
      {
        name: 'padema_agent',
        description: 'Recovery agent, Padéma zone',
        instructions: 'Reconcile credit and recoveries for your zone.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'gpc_ledger',
            args: { zone: 'Padéma', season: '2026/27', include_other_ginnery: true },
            result:
              '| village | GPC | due XOF | recovered XOF |\n|---|---|---|---|\n| Padéma | 5 | 33,100,000 | 31,050,000 |\n| Sioma | 2 | 9,800,000 | 9,800,000 |\n| Kouroumani | 2 | 8,450,000 | 7,200,000 |\n| Dérégouan | 3 | 17,200,000 | 16,400,000 |',
          },
          {
            say: 'Zone Padéma (4 villages, 12 GPC, incl. Sioma and Kouroumani ginned at Bama): due **68,550,000 FCFA**, recovered **64,450,000**, outstanding **4,100,000** (Padéma 2,050,000, Kouroumani 1,250,000, Dérégouan 800,000).',
          },
        ],
      },
      {
        name: 'satiri_agent',
        description: 'Recovery agent, Satiri zone',
        instructions: 'Reconcile credit and recoveries for your zone.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'gpc_ledger',
            args: { zone: 'Satiri', season: '2026/27' },
            result:
              '| village | GPC | due XOF | recovered XOF |\n|---|---|---|---|\n| Satiri | 7 | 47,300,000 | 45,900,000 |\n| Dodougou | 3 | 14,750,000 | 14,750,000 |\n| Toukoro | 4 | 19,400,000 | 17,050,000 |',
          },
          {
            say: 'Zone Satiri (14 GPC): due **81,450,000 FCFA**, recovered **77,700,000**, outstanding **3,750,000** (Satiri 1,400,000, Toukoro 2,350,000).',
          },
        ],
      },
      {
        name: 'recovery_aggregator',
        description: 'Consolidates recovery by zone',
        instructions: 'Consolidate the three zones.',
        replies: [
          {
            say: '## Recouvrement crédit intrants 2026/27 — Houet\n| zone | GPC | due | recovered | outstanding |\n|---|---|---|---|---|\n| Bama | 13 | 79,750,000 | 76,780,000 | 2,970,000 |\n| Padéma | 12 | 68,550,000 | 64,450,000 | 4,100,000 |\n| Satiri | 14 | 81,450,000 | 77,700,000 | 3,750,000 |\n| **total** | **39** | **229,750,000** | **218,930,000** | **10,820,000** |\nRecovery rate 95.3 %. Sioma/Kouroumani counted once, under Padéma.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'nyeri-hail-claim-assessed-below-deductible-short-nil-note',
    title:
      'The loss assessor’s note on a hail claim is two lines: measured loss 8 % against a 10 % deductible, nil payable; the claims writer explains it to the farmer',
    domain: 'indemnity crop insurance, Kenya',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf: 'low_quality_output: a very short assessor result that is nevertheless complete and correct',
    request:
      'Claim CLM-HAIL-27-0082, policy APA-CR-26-11873, Mrs Wanjiru Mwangi, 4 acres Irish potatoes in Kieni East (Nyeri), sum insured KES 480,000, deductible 10 % of crop loss. Hailstorm 19 Feb 2027. Assess and respond to the farmer.',
    topology: {
      shape: 'branch',
      classifier: 'claim_router',
      routes: { 'field-assessment': 'loss_assessor', 'desk-settlement': 'desk_adjuster' },
      after: 'claims_writer',
    },
    agents: [
      {
        name: 'claim_router',
        description: 'Routes crop insurance claims',
        instructions: 'Route to field assessment or desk settlement.',
        replies: [
          {
            say: 'field-assessment — hail peril on standing potatoes, SI KES 480,000 above the KES 100,000 desk limit; assessor visit needed.',
          },
        ],
      },
      {
        name: 'desk_adjuster',
        description: 'Settles small claims at the desk',
        instructions: 'Settle small claims.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'loss_assessor',
        description: 'Assesses crop losses in the field',
        instructions: 'Measure the loss and state what is payable.',
        prompt: 'Routing: {input}\n\nClaim: {request}',
        replies: [
          {
            call: 'field_loss_survey',
            args: { claim: 'CLM-HAIL-27-0082', acres: 4, quadrats: 12, crop: 'Irish potato' },
            result:
              '{"quadrats": 12, "defoliation_mean_pct": 21, "yield_loss_est_pct": 8.0, "method": "defoliation-to-yield table KALRO 2019", "visit": "2027-02-24"}',
          },
          {
            say: 'CLM-HAIL-27-0082: yield loss 8.0 % (12 quadrats, 24/02) < 10 % deductible → **nil payable**.',
          },
        ],
      },
      {
        name: 'claims_writer',
        description: 'Writes claim decisions to policyholders',
        instructions: 'Write the decision to the farmer in plain words.',
        prompt: 'Assessment:\n{input}\n\nClaim: {request}',
        replies: [
          {
            say: 'Dear Mrs Mwangi,\n\nThank you for reporting the hailstorm of 19 February. Our assessor visited your 4 acres on 24 February and measured the damage in 12 sample plots: the expected yield loss is **8 %**.\n\nYour policy APA-CR-26-11873 pays losses above a **10 % deductible**, so this claim (CLM-HAIL-27-0082) does not result in a payment. Your cover continues in full for the rest of the season — if further damage occurs, please report it within 72 hours.\n\nKind regards,\nCrop Claims Team',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch67Scenarios = [...faults, ...healthy];
