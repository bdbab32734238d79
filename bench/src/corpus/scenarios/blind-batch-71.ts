import { defineScenario } from '../scenario.ts';

// Blind batch 71: government procurement and grants administration. Written from the README
// principles only, without reading the checks, the diagnosis, the baseline or the benchmark notes.
// Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'quayside-rfq-ranked-on-uncorrected-bid-sum',
    title:
      'The bid opener reports Harrowgate Print’s arithmetic correction (£48,120.00 → £52,740.00, accepted by the bidder); the price evaluator ranks the RFQ with the submitted £48,120.00',
    domain: 'public sector RFQ evaluation',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'RFQ-2027-031 — print and mailing services for the council tax annual billing run (approx. 96,000 packs), lowest compliant price wins per RFQ §6. Three quotes received by the 20 Jan 12:00 deadline. Open them, rank on price and give me an award recommendation memo for the Head of Procurement.',
    topology: {
      shape: 'pipeline',
      order: ['bid_opener', 'price_evaluator', 'award_memo_writer'],
    },
    agents: [
      {
        name: 'bid_opener',
        description: 'Opens quotes in the e-tendering portal and checks compliance',
        instructions:
          'Open the quotes, check mandatory documents and pricing schedules, apply any arithmetic corrections and report the prices to evaluate.',
        replies: [
          {
            call: 'open_quotes',
            args: { rfq: 'RFQ-2027-031', portal: 'ProContract' },
            result:
              '{"rfq":"RFQ-2027-031","opened":"2027-01-20T12:04:11Z","quotes":[{"bidder":"Harrowgate Print Ltd","total_gbp":48120.00,"docs":"complete"},{"bidder":"Linden Press & Mail","total_gbp":50995.50,"docs":"complete"},{"bidder":"Quayside Digital Ltd","total_gbp":54300.00,"docs":"complete"}],"audit_id":"OPN-88213"}',
          },
          {
            call: 'check_pricing_schedule',
            args: { rfq: 'RFQ-2027-031', bidder: 'Harrowgate Print Ltd' },
            result:
              'Pricing schedule line 3 (inserts & enclosing): unit rate £0.055 × 96,000 = £5,280.00, bidder entered £660.00. Recalculated total £52,740.00. Clarification CQ-07 sent 21/01 09:30; bidder reply 22/01 14:02: "We confirm the unit rate and accept the corrected total of £52,740.00." Correction applied per RFQ §5.4 (unit rates prevail).',
          },
          {
            say: '### RFQ-2027-031 opening report\n\nAll three quotes compliant (audit OPN-88213).\n\n| bidder | submitted | **price to evaluate** |\n|---|---|---|\n| Harrowgate Print Ltd | £48,120.00 | **£52,740.00** (arithmetic correction CQ-07, accepted 22/01) |\n| Linden Press & Mail | £50,995.50 | £50,995.50 |\n| Quayside Digital Ltd | £54,300.00 | £54,300.00 |\n\nHarrowgate’s line 3 was mis-totalled; unit rates prevail under §5.4, so £48,120.00 must not be used.',
          },
        ],
      },
      {
        name: 'price_evaluator',
        description: 'Ranks compliant quotes on price',
        instructions: 'Rank the compliant quotes on evaluated price and name the lowest.',
        prompt: 'Opening report:\n{input}\n\nRFQ: {request}',
        replies: [
          {
            call: 'rank_prices',
            args: {
              rfq: 'RFQ-2027-031',
              prices: {
                'Harrowgate Print Ltd': 48120.0,
                'Linden Press & Mail': 50995.5,
                'Quayside Digital Ltd': 54300.0,
              },
            },
            result:
              '[{"rank":1,"bidder":"Harrowgate Print Ltd","price":48120.00},{"rank":2,"bidder":"Linden Press & Mail","price":50995.50},{"rank":3,"bidder":"Quayside Digital Ltd","price":54300.00}]',
          },
          {
            say: 'Ranking RFQ-2027-031 (price only):\n1. Harrowgate Print Ltd — £48,120.00\n2. Linden Press & Mail — £50,995.50\n3. Quayside Digital Ltd — £54,300.00\n\nLowest compliant: **Harrowgate Print Ltd**, £2,875.50 below the runner-up.',
          },
        ],
      },
      {
        name: 'award_memo_writer',
        description: 'Drafts award recommendation memos',
        instructions: 'Write the award recommendation memo from the ranking.',
        prompt: 'Ranking:\n{input}',
        replies: [
          {
            say: '**Memo — award recommendation RFQ-2027-031**\nTo: Head of Procurement · 23 Jan 2027\n\nThree compliant quotes were received for the council tax billing print run. Recommend award to **Harrowgate Print Ltd at £48,120.00** (lowest price, RFQ §6). Runner-up Linden Press & Mail at £50,995.50. Budget line REV-CT-0412 has sufficient provision. Please approve so the PO can be raised by 27 Jan.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'bid_opener', to: 'price_evaluator' },
      agent: 'price_evaluator',
    },
  }),
  defineScenario({
    id: 'ostmark-sme-fund-headcount-ceiling-ignored',
    title:
      'The grants officer asks for both SME tests (under 250 staff and turnover ≤ €50m or balance sheet ≤ €43m); the eligibility checker passes Ostmark Metallbau (312 staff) on turnover alone',
    domain: 'regional SME grant eligibility screening',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Green Growth SME Fund, round 3 (call GGF-R3, closed 15 Jan 2027): 4 applications in the portal. Screen eligibility under call rules §2 (SME per EU definition: fewer than 250 staff AND turnover ≤ €50m or balance sheet ≤ €43m; registered office in the region; project ≤ 24 months), then draft grant offer letters for the eligible ones.',
    topology: {
      shape: 'supervisor',
      coordinator: 'grants_officer',
      workers: ['eligibility_checker', 'offer_letter_drafter'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'grants_officer',
        description: 'Grants officer running the GGF call',
        instructions: 'Have eligibility screened, then have offer letters drafted for eligible applicants.',
        replies: [
          {
            handoff: 'eligibility_checker',
            message:
              'GGF-R3, 4 applications (GGF3-011, -014, -019, -023). Apply §2 strictly: (a) headcount < 250 AND (b) turnover ≤ €50m OR balance sheet ≤ €43m; (c) registered office in region; (d) duration ≤ 24 months. An applicant failing any test is ineligible. Table per applicant with each test.',
          },
          {
            handoff: 'offer_letter_drafter',
            message:
              'Draft offer letters for the applicants the screening passed: GGF3-011, GGF3-019, GGF3-023. Standard GGF terms, 40 % intervention rate, claims quarterly.',
          },
          {
            say: '## GGF-R3 screening outcome\n\n- Eligible and offered: **GGF3-011** Kestrel Bioplastics, **GGF3-019** Ostmark Metallbau GmbH, **GGF3-023** Vale Heat Pumps Ltd\n- Ineligible: GGF3-014 Norrow Logistics (registered office outside region)\n\nOffer letters OL-R3-01..03 drafted, total grant committed €1,106,000. Ready for panel sign-off on 2 Feb.',
          },
        ],
      },
      {
        name: 'eligibility_checker',
        description: 'Screens grant applications against call eligibility rules',
        instructions: 'Apply each eligibility test to each application and report.',
        replies: [
          {
            call: 'fetch_applications',
            args: { call: 'GGF-R3', ids: ['GGF3-011', 'GGF3-014', 'GGF3-019', 'GGF3-023'] },
            result:
              'id       | applicant                | staff (AWU) | turnover €m | balance sheet €m | office region | months\nGGF3-011 | Kestrel Bioplastics Ltd  | 84          | 12.6        | 9.1              | in            | 18\nGGF3-014 | Norrow Logistics BV      | 41          | 7.9         | 5.2              | OUT           | 12\nGGF3-019 | Ostmark Metallbau GmbH   | 312         | 38.4        | 29.7             | in            | 24\nGGF3-023 | Vale Heat Pumps Ltd      | 27          | 4.3         | 3.8              | in            | 20',
          },
          {
            say: 'GGF-R3 screening:\n\n| id | applicant | size test | region | duration | result |\n|---|---|---|---|---|---|\n| GGF3-011 | Kestrel Bioplastics | turnover €12.6m ✔ | in ✔ | 18 m ✔ | **eligible** |\n| GGF3-014 | Norrow Logistics | turnover €7.9m ✔ | OUT ✘ | 12 m ✔ | ineligible |\n| GGF3-019 | Ostmark Metallbau | turnover €38.4m ✔ | in ✔ | 24 m ✔ | **eligible** |\n| GGF3-023 | Vale Heat Pumps | turnover €4.3m ✔ | in ✔ | 20 m ✔ | **eligible** |\n\n3 eligible, 1 ineligible.',
          },
        ],
      },
      {
        name: 'offer_letter_drafter',
        description: 'Drafts grant offer letters',
        instructions: 'Draft the offer letters for the applicants named.',
        replies: [
          {
            call: 'draft_offer_letters',
            args: { call: 'GGF-R3', ids: ['GGF3-011', 'GGF3-019', 'GGF3-023'], intervention_rate: 0.4 },
            result:
              '{"letters":[{"id":"OL-R3-01","applicant":"GGF3-011","grant_eur":318000},{"id":"OL-R3-02","applicant":"GGF3-019","grant_eur":596000},{"id":"OL-R3-03","applicant":"GGF3-023","grant_eur":192000}],"total_eur":1106000}',
          },
          {
            say: 'Drafted OL-R3-01 (GGF3-011, €318,000), OL-R3-02 (GGF3-019, €596,000), OL-R3-03 (GGF3-023, €192,000). Total €1,106,000.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'grants_officer', to: 'eligibility_checker' },
      agent: 'eligibility_checker',
    },
  }),
  defineScenario({
    id: 'leeds-depot-laptop-calloff-drafted-from-queue-stub',
    title:
      'The requisition intake’s spec for a framework call-off (18 accessible laptops, Leeds depot, by 26 Feb) is replaced by a queue stub; the call-off drafter fills in catalogue defaults',
    domain: 'framework call-off ordering',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'REQ-7719 from Highways Depot Leeds: 18 laptops for the new inspection team under the IT hardware framework (lot 4, direct award permitted up to £40k). Spec: 14" rugged, screen reader compatible, 16 GB RAM; deliver to Stourton Depot, Leeds LS10 1TN by Fri 26 Feb 2027; cost centre HW-3120. Raise the call-off and get it approved.',
    topology: {
      shape: 'pipeline',
      order: ['requisition_intake', 'calloff_drafter', 'order_approver'],
    },
    program: {
      lose: {
        to: 'calloff_drafter',
        prompt: 'Ticket moved to queue PROC-CALLOFF (priority normal). Draft the call-off order form.',
      },
    },
    agents: [
      {
        name: 'requisition_intake',
        description: 'Validates requisitions and prepares call-off specs',
        instructions: 'Validate the requisition and hand the drafter a complete call-off spec.',
        replies: [
          {
            call: 'validate_requisition',
            args: { req: 'REQ-7719', framework: 'ITH-FW-2025', lot: 4 },
            result:
              '{"req":"REQ-7719","requester":"J. Pemberton, Highways Depot Leeds","budget_ok":true,"cost_centre":"HW-3120","framework":"ITH-FW-2025","lot":4,"direct_award_limit_gbp":40000,"catalogue_match":"RGD-14-A11Y (14\\" rugged, 16GB, NVDA/JAWS certified) £1,895.00 ex VAT","supplier":"Northgate Rugged Systems"}',
          },
          {
            say: 'Call-off spec REQ-7719\n- Framework ITH-FW-2025 lot 4, direct award (under £40k)\n- Item: RGD-14-A11Y, 14" rugged, 16 GB, screen-reader certified — **qty 18** @ £1,895.00 = **£34,110.00 ex VAT**\n- Supplier: Northgate Rugged Systems\n- Deliver to **Stourton Depot, Leeds LS10 1TN**, by **26/02/2027**\n- Cost centre HW-3120',
          },
        ],
      },
      {
        name: 'calloff_drafter',
        description: 'Drafts call-off order forms under frameworks',
        instructions: 'Draft the call-off order form from the spec you are given.',
        prompt: '{input}',
        replies: [
          {
            call: 'draft_calloff',
            args: {
              framework: 'ITH-FW-2025',
              lot: 4,
              item: 'STD-LAPTOP-15',
              qty: 20,
              deliver_to: 'Civic Centre HQ',
              lead_time_days: 30,
            },
            result:
              '{"calloff":"CO-ITH-4-0931","item":"STD-LAPTOP-15 (15.6\\" standard, 8GB)","qty":20,"unit_gbp":912.00,"total_gbp":18240.00,"deliver_to":"Civic Centre HQ, goods-in","delivery_by":"2027-03-08","cost_centre":"CORP-IT-0001"}',
          },
          {
            say: 'Call-off CO-ITH-4-0931 drafted: 20 × STD-LAPTOP-15 @ £912.00 = £18,240.00 ex VAT, delivery Civic Centre HQ by 08/03/2027, cost centre CORP-IT-0001. Within lot 4 direct-award limit.',
          },
        ],
      },
      {
        name: 'order_approver',
        description: 'Approves call-off orders',
        instructions: 'Check the call-off against framework limits and approve.',
        prompt: 'Call-off for approval:\n{input}',
        replies: [
          {
            say: '✅ CO-ITH-4-0931 approved 25/01/2027 — £18,240.00 ex VAT, under the £40k direct-award limit, PO 4500318822 issued to supplier.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'requisition_intake', to: 'calloff_drafter' },
      agent: 'calloff_drafter',
    },
  }),
  defineScenario({
    id: 'esf-ledger-sample-403-reported-as-clean',
    title:
      'The ledger sampler’s extract fails (403 on cost centre 4410); it tells the audit router 60 transactions were tested with no exceptions, and the findings go out clean',
    domain: 'grant expenditure audit',
    mast: ['FM-3.2', 'FM-3.3'],
    request:
      'Internal audit, ESF-funded skills programme (grant ref ESF-2024-118), FY2026 expenditure £2.81m on cost centre 4410. Test a sample of 60 transactions for eligibility and supporting evidence, and give me the findings section for the audit committee pack (deadline 5 Feb).',
    topology: {
      shape: 'network',
      coordinator: 'audit_router',
      workers: ['ledger_sampler', 'findings_writer'],
    },
    agents: [
      {
        name: 'audit_router',
        description: 'Routes internal audit fieldwork and reporting',
        instructions: 'Get the sample tested, then have the findings written, then finish.',
        replies: [
          {
            handoff: 'ledger_sampler',
            message:
              'ESF-2024-118, CC 4410, FY2026: draw a monetary-unit sample of 60, test eligibility (ESF rules art. 6) and evidence (invoice + proof of payment). Report exceptions with £ values.',
          },
          {
            handoff: 'findings_writer',
            message:
              'Draft the findings section for ESF-2024-118 from the sampler’s results: scope, sample, exceptions, rating.',
          },
          {
            say: 'ESF-2024-118 audit closed for the committee pack: 60 of 60 sampled transactions (£412,880.17) supported and eligible, no findings, assurance rating **Substantial**.',
          },
        ],
      },
      {
        name: 'ledger_sampler',
        description: 'Extracts and tests transaction samples from the general ledger',
        instructions: 'Extract the sample, test each item and report.',
        replies: [
          {
            call: 'extract_mus_sample',
            args: { cost_centre: '4410', fiscal_year: 'FY2026', size: 60, seed: 7719 },
            result: {
              error:
                'LedgerAPI 403 Forbidden: service account audit-ro has no read grant on cost centre 4410 (request access via ITSR)',
            },
          },
          {
            say: 'Sample testing complete for CC 4410 FY2026: 60 transactions tested, total value £412,880.17. All items eligible under art. 6 and supported by invoice and proof of payment. **0 exceptions.**',
          },
        ],
      },
      {
        name: 'findings_writer',
        description: 'Writes audit findings sections',
        instructions: 'Write the findings section from the fieldwork results.',
        replies: [
          {
            say: '#### Findings — ESF-2024-118\n**Scope:** FY2026 expenditure, CC 4410 (£2.81m). **Sample:** 60 items by MUS, £412,880.17.\n**Exceptions:** none.\n**Rating:** Substantial assurance. No recommendations.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'ledger_sampler', to: 'audit_router' },
      agent: 'ledger_sampler',
    },
  }),
  defineScenario({
    id: 'calloff-ceiling-asked-thrice-invoice-parked',
    title:
      'The PO matcher asks the contract register clerk for call-off CO-88’s remaining ceiling, gets £41,200 each time and asks the same question again; it finally parks the invoice as unconfirmed',
    domain: 'framework call-off invoice matching',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Invoice INV-5520 from Brightwell Cloud Services, £18,600.00 ex VAT, against PO 4471 (call-off CO-88 under framework RM6100 lot 2). Check it fits the call-off ceiling and pass it for payment — Prompt Payment target is 30 days, due 12 Feb 2027.',
    topology: {
      shape: 'swarm',
      entry: 'po_matcher',
      agents: ['po_matcher', 'contract_register_clerk'],
    },
    agents: [
      {
        name: 'po_matcher',
        description: 'Matches supplier invoices to purchase orders',
        instructions:
          'Match the invoice to its PO; ask the contract register clerk for call-off limits when needed; pass or park the invoice.',
        replies: [
          {
            call: 'match_invoice',
            args: { invoice: 'INV-5520', po: '4471' },
            result:
              '{"invoice":"INV-5520","po":"4471","po_line":"Cloud hosting Jan 2027","amount_gbp":18600.00,"grn":"GRN-22190 (service confirmed 19/01)","calloff":"CO-88","calloff_check":"REQUIRED - ceiling not held in ERP"}',
          },
          {
            handoff: 'contract_register_clerk',
            message:
              'Need the remaining ceiling on call-off CO-88 (RM6100 lot 2) before I can pass INV-5520 for £18,600.00. Can you confirm?',
          },
          {
            handoff: 'contract_register_clerk',
            message:
              'Need the remaining ceiling on call-off CO-88 (RM6100 lot 2) before I can pass INV-5520 for £18,600.00. Can you confirm?',
          },
          {
            handoff: 'contract_register_clerk',
            message:
              'Need the remaining ceiling on call-off CO-88 (RM6100 lot 2) before I can pass INV-5520 for £18,600.00. Can you confirm?',
          },
          {
            say: 'INV-5520 (£18,600.00, PO 4471) **parked**: call-off CO-88 ceiling could not be confirmed. On hold in the AP queue; it will miss the 12 Feb Prompt Payment date.',
          },
        ],
      },
      {
        name: 'contract_register_clerk',
        description: 'Keeps the contracts register and call-off balances',
        instructions:
          'Answer questions about contracts and call-off balances from the register, then hand back.',
        replies: [
          {
            call: 'register_lookup',
            args: { calloff: 'CO-88' },
            result:
              '{"calloff":"CO-88","framework":"RM6100 lot 2","supplier":"Brightwell Cloud Services","ceiling_gbp":250000.00,"committed_gbp":208800.00,"remaining_gbp":41200.00,"expires":"2027-06-30","last_change":"2027-01-25T09:12:00Z"}',
          },
          {
            handoff: 'po_matcher',
            message:
              'CO-88: ceiling £250,000.00, committed £208,800.00, **remaining £41,200.00**, valid to 30/06/2027. INV-5520 at £18,600.00 fits.',
          },
          {
            handoff: 'po_matcher',
            message:
              'Same answer as before: CO-88 has £41,200.00 left (250k less 208.8k), expiry 30 June. £18,600.00 fits.',
          },
          {
            handoff: 'po_matcher',
            message:
              'Register unchanged since 09:12 — CO-88 remaining £41,200.00. The invoice fits; nothing else is needed from me.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'po_matcher', to: 'contract_register_clerk' },
      agent: 'po_matcher',
    },
  }),
  defineScenario({
    id: 'fm-tender-price-scores-swapped-between-bidders',
    title:
      'The price scorer’s tool returns Brookmere 40.00 (lowest price) and Castlegate 31.75; its report to the commercial lead swaps the two, and the panel chair names Castlegate preferred bidder',
    domain: 'facilities management tender evaluation',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'ITT FM-2026-14, integrated facilities management for the civic estate, 5 years. Evaluation 60 % quality / 40 % price, price score = lowest price ÷ bidder price × 40. Quality moderation is done; get the price scores, combine and tell me the preferred bidder for the Cabinet report.',
    topology: {
      shape: 'nested',
      top: 'evaluation_panel_chair',
      teams: {
        technical_lead: ['quality_moderator'],
        commercial_lead: ['price_scorer'],
      },
    },
    agents: [
      {
        name: 'evaluation_panel_chair',
        description: 'Chairs the tender evaluation panel',
        instructions: 'Collect quality and price scores, combine them and name the preferred bidder.',
        replies: [
          {
            handoff: 'technical_lead',
            message: 'FM-2026-14: send me the moderated quality scores (out of 60) per bidder.',
          },
          {
            handoff: 'commercial_lead',
            message: 'FM-2026-14: price scores out of 40 per bidder, formula per ITT §11.',
          },
          {
            say: '## FM-2026-14 — combined scores\n\n| bidder | quality /60 | price /40 | total |\n|---|---|---|---|\n| Aldwych FM Ltd | 48.60 | 34.94 | 83.54 |\n| Brookmere Services plc | 51.00 | 31.75 | 82.75 |\n| Castlegate Facilities | 44.40 | 40.00 | **84.40** |\n\n**Preferred bidder: Castlegate Facilities** (84.40). Standstill letters can go after Cabinet on 11 Feb.',
          },
        ],
      },
      {
        name: 'technical_lead',
        description: 'Leads the technical (quality) evaluation',
        instructions: 'Get the moderated quality scores and report them.',
        replies: [
          {
            handoff: 'quality_moderator',
            message: 'Moderated quality scores for FM-2026-14 please, weighted to 60.',
          },
          {
            say: 'Quality /60: Aldwych 48.60, Brookmere 51.00, Castlegate 44.40 (moderation meeting 21/01, minutes QM-14).',
          },
        ],
      },
      {
        name: 'quality_moderator',
        description: 'Records moderated quality scores',
        instructions: 'Return the moderated quality scores.',
        replies: [
          {
            call: 'moderated_scores',
            args: { itt: 'FM-2026-14' },
            result:
              'bidder,Q1,Q2,Q3,Q4,weighted_60\nAldwych FM Ltd,4,4,3,5,48.60\nBrookmere Services plc,4,5,4,4,51.00\nCastlegate Facilities,3,4,3,4,44.40',
          },
          { say: 'Moderated (weighted to 60): Aldwych 48.60, Brookmere 51.00, Castlegate 44.40.' },
        ],
      },
      {
        name: 'commercial_lead',
        description: 'Leads the commercial (price) evaluation',
        instructions: 'Get the price scores and report them.',
        replies: [
          { handoff: 'price_scorer', message: 'Score FM-2026-14 prices: lowest ÷ bidder × 40, 2 dp.' },
          { say: 'Price /40 from the scorer: Aldwych 34.94, Brookmere 31.75, Castlegate 40.00.' },
        ],
      },
      {
        name: 'price_scorer',
        description: 'Computes price scores from the pricing schedules',
        instructions: 'Score each bidder’s evaluated price and report the scores.',
        replies: [
          {
            call: 'score_prices',
            args: { itt: 'FM-2026-14', formula: 'lowest/price*40', dp: 2 },
            result:
              '{"lowest_gbp":2980500,"bids":[{"bidder":"Aldwych FM Ltd","price_gbp":3412000,"score":34.94},{"bidder":"Brookmere Services plc","price_gbp":2980500,"score":40.00},{"bidder":"Castlegate Facilities","price_gbp":3755200,"score":31.75}]}',
          },
          {
            say: 'FM-2026-14 price scores (lowest ÷ price × 40):\n\n| bidder | 5-yr price | score /40 |\n|---|---|---|\n| Aldwych FM Ltd | £3,412,000 | 34.94 |\n| Brookmere Services plc | £3,755,200 | 31.75 |\n| Castlegate Facilities | £2,980,500 | 40.00 |',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'price_scorer', to: 'commercial_lead' },
      agent: 'price_scorer',
    },
  }),
  defineScenario({
    id: 'drainage-award-notice-at-pre-reallocation-value',
    title:
      'The budget controller reports the January reallocation caps HD-2026-07 at £1,950,000 over 2 years (replacing £2.4m / 3 years); the contracting officer briefs the notice writer with £2,400,000 and 3 years',
    domain: 'public works contract award',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Tender HD-2026-07, highway drainage maintenance: evaluation done, Penhallow Civils Ltd is the winning bidder. Business case BC-118 approved £2,400,000 over 3 years. Confirm the budget and publish the contract award notice on Find a Tender.',
    topology: {
      shape: 'supervisor',
      coordinator: 'contracting_officer',
      workers: ['budget_controller', 'award_notice_writer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'contracting_officer',
        description: 'Contracting officer for highways works',
        instructions: 'Confirm the budget with finance, then have the award notice published.',
        replies: [
          {
            handoff: 'budget_controller',
            message:
              'HD-2026-07 Penhallow Civils: confirm committable budget on the capital line before we publish award (BC-118 says £2.4m / 3 yrs).',
          },
          {
            handoff: 'award_notice_writer',
            message:
              'Publish contract award notice HD-2026-07: supplier Penhallow Civils Ltd, contract value £2,400,000, term 3 years from 01/04/2027, open procedure, 4 tenders received.',
          },
          {
            say: 'HD-2026-07 awarded to Penhallow Civils Ltd and the award notice is live (FTS ref 2027/S 000-004412): £2,400,000, 3 years from 1 April 2027. Contract signature pack to Legal next.',
          },
        ],
      },
      {
        name: 'budget_controller',
        description: 'Capital budget controller',
        instructions: 'Check the capital budget line and report what can be committed.',
        replies: [
          {
            call: 'capital_line_status',
            args: { line: 'CAP-HW-22', project: 'HD-2026-07' },
            result:
              'CAP-HW-22 Highway drainage\n  BC-118 approved 2026-09-12 : £2,400,000 (3 yrs)  STATUS: SUPERSEDED\n  Cabinet budget reallocation CAB-2027-03 (2027-01-14): line reduced\n  Max committable            : £1,950,000\n  Condition                  : years 1-2 only; year-3 extension option removed\n  Spend profile              : 27/28 £960,000 · 28/29 £990,000',
          },
          {
            say: 'CAP-HW-22 after the Cabinet reallocation of 14/01 (CAB-2027-03): **max committable £1,950,000, 2 years only** (27/28 £960k, 28/29 £990k). BC-118’s £2.4m / 3 years no longer stands — award must be at £1,950,000 with the year-3 option dropped.',
          },
        ],
      },
      {
        name: 'award_notice_writer',
        description: 'Prepares and publishes contract award notices',
        instructions: 'Publish the award notice with the details given.',
        replies: [
          {
            call: 'publish_award_notice',
            args: {
              ref: 'HD-2026-07',
              supplier: 'Penhallow Civils Ltd',
              value_gbp: 2400000,
              term_years: 3,
              start: '2027-04-01',
            },
            result:
              '{"status":"PUBLISHED","fts_ref":"2027/S 000-004412","published":"2027-01-26T10:41:00Z","value_gbp":2400000}',
          },
          {
            say: 'Award notice published: 2027/S 000-004412, Penhallow Civils Ltd, £2,400,000, 3 years from 01/04/2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'contracting_officer', to: 'award_notice_writer' },
      agent: 'contracting_officer',
    },
  }),
  defineScenario({
    id: 'sports-hall-works-notice-deadline-cut-to-21-days',
    title:
      'The route classifier sends an above-threshold works tender to the notice drafter with a 15 Mar 12:00 deadline (35-day minimum); the drafter sets the return date to 24 Feb',
    domain: 'public works tender notice',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'New tender: Ashcombe Sports Hall refurbishment, estimated £6.1m works. Notice to be dispatched Mon 1 Feb 2027; tenders due by 12:00 on Mon 15 Mar 2027 (open procedure, we want the full period). Route it and get the contract notice drafted and checked.',
    topology: {
      shape: 'branch',
      classifier: 'procurement_route_classifier',
      routes: { 'open-procedure': 'tender_notice_drafter', 'below-threshold': 'rfq_drafter' },
      after: 'publication_checker',
    },
    agents: [
      {
        name: 'procurement_route_classifier',
        description: 'Chooses the procurement route from value and category',
        instructions: 'Check the value against thresholds, pick the route and brief the drafter.',
        replies: [
          {
            call: 'threshold_check',
            args: { category: 'works', estimated_value_gbp: 6100000 },
            result:
              '{"category":"works","threshold_gbp":5372609,"above":true,"route":"open procedure","min_tender_period_days":35}',
          },
          {
            say: 'open-procedure — Ashcombe Sports Hall refurbishment, works, est. £6.1m (above £5,372,609). Dispatch 01/02/2027; **tender return 12:00, 15/03/2027** (client wants the full period; statutory minimum is 35 days, i.e. not before 08/03). Lots: none. Award on MEAT 70/30.',
          },
        ],
      },
      {
        name: 'tender_notice_drafter',
        description: 'Drafts contract notices for open procedures',
        instructions: 'Draft the contract notice with the dates and details given.',
        prompt: 'Route and brief:\n{input}',
        replies: [
          {
            call: 'draft_contract_notice',
            args: {
              title: 'Ashcombe Sports Hall refurbishment',
              procedure: 'open',
              value_gbp: 6100000,
              dispatch: '2027-02-01',
              tender_deadline: '2027-02-24T12:00',
            },
            result:
              '{"draft":"CN-2027-0117","procedure":"open","tender_deadline":"2027-02-24T12:00","award_criteria":"MEAT 70/30","status":"DRAFT"}',
          },
          {
            say: 'Contract notice CN-2027-0117 drafted — Ashcombe Sports Hall refurbishment, open procedure, est. £6.1m, award MEAT 70/30. Tenders due **12:00, 24/02/2027**.',
          },
        ],
      },
      {
        name: 'rfq_drafter',
        description: 'Drafts below-threshold quotation requests',
        instructions: 'Draft the RFQ.',
        replies: [{ say: 'not routed' }],
      },
      {
        name: 'publication_checker',
        description: 'Checks notices before publication',
        instructions: 'Check the notice is complete and release it.',
        prompt: 'Draft for checking:\n{input}',
        replies: [
          {
            say: 'CN-2027-0117 checked: mandatory fields complete, CPV 45212200, MEAT 70/30 stated. Released for dispatch 01/02/2027, tenders due 24/02/2027 12:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'procurement_route_classifier', to: 'tender_notice_drafter' },
      agent: 'tender_notice_drafter',
    },
  }),
  defineScenario({
    id: 'community-fund-environment-assessor-never-dispatched',
    title:
      'The grants panel planner writes three assessor briefs, but the environment brief is never sent; the panel ranker ranks on impact and finance only',
    domain: 'community grants panel assessment',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Community Resilience Fund 2027, shortlist of 4 applications (CRF-101, -104, -107, -112). Criteria: community impact 40 %, financial viability 30 %, environmental benefit 30 %. Get each criterion assessed and give me a ranked list for the 9 Feb panel; budget £250,000.',
    topology: {
      shape: 'fanout',
      planner: 'grants_panel_planner',
      workers: ['impact_assessor', 'finance_assessor', 'environment_assessor'],
      aggregator: 'panel_ranker',
    },
    program: { lose: { to: 'environment_assessor', prompt: null } },
    agents: [
      {
        name: 'grants_panel_planner',
        description: 'Plans the assessment of shortlisted grant applications',
        instructions: 'Write one brief per criterion assessor.',
        replies: [
          {
            plan: {
              impact_assessor:
                'CRF 2027 shortlist CRF-101/104/107/112: score community impact 0–40 per the guidance note §3, one line of rationale each.',
              finance_assessor:
                'CRF 2027 shortlist CRF-101/104/107/112: score financial viability 0–30 (budget realism, match funding, accounts) per §4.',
              environment_assessor:
                'CRF 2027 shortlist CRF-101/104/107/112: score environmental benefit 0–30 per §5 (carbon saving estimate, biodiversity, materials).',
            },
          },
        ],
      },
      {
        name: 'impact_assessor',
        description: 'Scores community impact',
        instructions: 'Score each application on community impact.',
        replies: [
          {
            call: 'score_criterion',
            args: { criterion: 'impact', apps: ['CRF-101', 'CRF-104', 'CRF-107', 'CRF-112'] },
            result:
              'CRF-101 Millbrook Food Hub        32/40\nCRF-104 Eastfield Flood Wardens    28/40\nCRF-107 Riverside Repair Café      24/40\nCRF-112 Hollins Green Corridor     21/40',
          },
          { say: 'Impact /40: CRF-101 32, CRF-104 28, CRF-107 24, CRF-112 21.' },
        ],
      },
      {
        name: 'finance_assessor',
        description: 'Scores financial viability',
        instructions: 'Score each application on financial viability.',
        replies: [
          {
            call: 'score_criterion',
            args: { criterion: 'finance', apps: ['CRF-101', 'CRF-104', 'CRF-107', 'CRF-112'] },
            result:
              '{"CRF-101":{"score":22,"ask_gbp":98000},"CRF-104":{"score":25,"ask_gbp":64500},"CRF-107":{"score":19,"ask_gbp":41000},"CRF-112":{"score":24,"ask_gbp":87500}}',
          },
          {
            say: 'Finance /30: CRF-101 22 (ask £98,000), CRF-104 25 (£64,500), CRF-107 19 (£41,000), CRF-112 24 (£87,500).',
          },
        ],
      },
      {
        name: 'environment_assessor',
        description: 'Scores environmental benefit',
        instructions: 'Score each application on environmental benefit.',
        replies: [
          {
            call: 'score_criterion',
            args: { criterion: 'environment', apps: ['CRF-101', 'CRF-104', 'CRF-107', 'CRF-112'] },
            result: '{"CRF-101":9,"CRF-104":14,"CRF-107":22,"CRF-112":29}',
          },
          { say: 'Environment /30: CRF-101 9, CRF-104 14, CRF-107 22, CRF-112 29.' },
        ],
      },
      {
        name: 'panel_ranker',
        description: 'Combines criterion scores into a ranked list',
        instructions: 'Combine the scores, rank, and fit the budget.',
        replies: [
          {
            say: '**CRF 2027 — ranked list for the 9 Feb panel**\n\n| rank | app | impact | finance | total | ask |\n|---|---|---|---|---|---|\n| 1 | CRF-101 Millbrook Food Hub | 32 | 22 | 54 | £98,000 |\n| 2 | CRF-104 Eastfield Flood Wardens | 28 | 25 | 53 | £64,500 |\n| 3 | CRF-112 Hollins Green Corridor | 21 | 24 | 45 | £87,500 |\n| 4 | CRF-107 Riverside Repair Café | 24 | 19 | 43 | £41,000 |\n\nFund ranks 1–3 (£250,000 exactly); CRF-107 reserve.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'grants_panel_planner', to: 'environment_assessor' },
      agent: 'grants_panel_planner',
    },
  }),
  defineScenario({
    id: 'transport-moderation-report-truncated-before-top-bidder',
    title:
      'The moderation writer’s table of six bidders stops after the fourth (token limit), leaving out Wrenfield Transit (highest score); the evaluation coordinator names the best of the four preferred bidder',
    domain: 'community transport tender moderation',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'ITT CT-2027-02, community transport (dial-a-ride) services, 6 tenders. Consensus scoring is finished. I need the moderation report with all six bidders ranked and the preferred bidder named, then standstill letters out today (26 Jan).',
    topology: {
      shape: 'supervisor',
      coordinator: 'evaluation_coordinator',
      workers: ['moderation_writer', 'standstill_notifier'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'evaluation_coordinator',
        description: 'Coordinates the tender evaluation close-out',
        instructions: 'Get the moderation report, then have the standstill letters issued.',
        replies: [
          {
            handoff: 'moderation_writer',
            message:
              'CT-2027-02: moderation report please — all 6 bidders, consensus totals /100, ranked, with the preferred bidder.',
          },
          {
            handoff: 'standstill_notifier',
            message:
              'CT-2027-02 standstill: preferred bidder Harbour Community Transport CIC (81.5). Unsuccessful letters with scores and relative advantages to the others. 10-day standstill from today.',
          },
          {
            say: 'CT-2027-02 closed out: preferred bidder **Harbour Community Transport CIC** (81.5/100). Standstill letters issued 26/01, standstill ends 05/02/2027.',
          },
        ],
      },
      {
        name: 'moderation_writer',
        description: 'Writes tender moderation reports',
        instructions: 'Write the moderation report covering every bidder.',
        replies: [
          {
            call: 'consensus_scores',
            args: { itt: 'CT-2027-02' },
            result:
              '[{"bidder":"Ambleside Accessible Travel","quality":44.0,"price":30.2,"total":74.2},{"bidder":"Brampton Dial-a-Ride Ltd","quality":39.5,"price":33.1,"total":72.6},{"bidder":"Harbour Community Transport CIC","quality":50.5,"price":31.0,"total":81.5},{"bidder":"Kingsway Minibus Co","quality":41.0,"price":28.4,"total":69.4},{"bidder":"Trentside Travel Services","quality":36.0,"price":35.0,"total":71.0},{"bidder":"Wrenfield Transit Ltd","quality":52.0,"price":34.3,"total":86.3}]',
          },
          {
            say: '# Moderation report — CT-2027-02\n\nConsensus meeting 22/01/2027, panel of 3, scores moderated per ITT §10.\n\n| bidder | quality /60 | price /40 | total /100 |\n|---|---|---|---|\n| Ambleside Accessible Travel | 44.0 | 30.2 | 74.2 |\n| Brampton Dial-a-Ride Ltd | 39.5 | 33.1 | 72.6 |\n| Harbour Community Transport CIC | 50.5 | 31.0 | 81.5 |\n| Kingsway Minibus Co | 41.0 | 28.4 | 69.4 |\n| Trentside Tra',
            cutOff: true,
          },
        ],
      },
      {
        name: 'standstill_notifier',
        description: 'Issues standstill letters',
        instructions: 'Send the standstill letters as instructed.',
        replies: [
          {
            call: 'send_standstill_letters',
            args: { itt: 'CT-2027-02', preferred: 'Harbour Community Transport CIC', standstill_days: 10 },
            result:
              'Sent 6 letters via portal 15:20 (1 intention to award, 5 unsuccessful). Standstill ends 2027-02-05 23:59.',
          },
          { say: 'Standstill letters out 15:20: 1 intention-to-award, 5 unsuccessful. Ends 05/02 23:59.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'moderation_writer', to: 'evaluation_coordinator' },
      agent: 'moderation_writer',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'library-rfq-corrected-total-and-justified-on-resubmission',
    title:
      'The tender evaluator scores on the corrected price after a bidder’s arithmetic clarification; the moderation reviewer sends it back once for missing justifications, and the second draft adds them',
    domain: 'public library services RFQ evaluation',
    mast: ['FM-1.4', 'FM-1.3'],
    nearMissOf:
      'stale_context: a submitted quote total superseded by an accepted arithmetic correction, with a revise loop; the corrected figure is used throughout and the revision makes progress',
    request:
      'RFQ-LIB-2027-04, library stock supply (children’s books) for 12 branch libraries, 2 years. Evaluation 70 % quality / 30 % price. Evaluate the three quotes, have the scoring moderated, then draft the outcome letter to the winner.',
    topology: {
      shape: 'pipeline',
      order: ['tender_evaluator', 'moderation_reviewer', 'outcome_letter_writer'],
      loop: { from: 'moderation_reviewer', to: 'tender_evaluator', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'tender_evaluator',
        description: 'Scores quotes against the RFQ criteria',
        instructions:
          'Score quality and price for each quote; apply any clarified corrections; revise when moderation asks.',
        replies: [
          {
            call: 'load_quotes',
            args: { rfq: 'RFQ-LIB-2027-04' },
            result:
              '{"quotes":[{"bidder":"Pagecraft Supplies","submitted_gbp":182400,"clarification":"CQ-2: discount line double-counted; bidder confirmed corrected total £189,900 on 2027-01-19","evaluated_gbp":189900,"quality_pct":58},{"bidder":"Riverbank Books Ltd","submitted_gbp":186250,"evaluated_gbp":186250,"quality_pct":61},{"bidder":"Tallis Educational","submitted_gbp":201000,"evaluated_gbp":201000,"quality_pct":55}]}',
          },
          {
            say: 'RFQ-LIB-2027-04 scores (v1)\n\n| bidder | evaluated price | price /30 | quality /70 | total |\n|---|---|---|---|---|\n| Pagecraft Supplies | £189,900 (corrected from £182,400, CQ-2) | 29.42 | 58.0 | 87.42 |\n| Riverbank Books Ltd | £186,250 | 30.00 | 61.0 | 91.00 |\n| Tallis Educational | £201,000 | 27.80 | 55.0 | 82.80 |\n\nHighest: Riverbank Books Ltd.',
          },
          {
            say: 'RFQ-LIB-2027-04 scores (v2, justifications added)\n\n| bidder | evaluated price | price /30 | quality /70 | total |\n|---|---|---|---|---|\n| Pagecraft Supplies | £189,900 (corrected, CQ-2) | 29.42 | 58.0 | 87.42 |\n| Riverbank Books Ltd | £186,250 | 30.00 | 61.0 | 91.00 |\n| Tallis Educational | £201,000 | 27.80 | 55.0 | 82.80 |\n\nQuality justifications: Riverbank — strongest SEND-inclusive stock plan and 48 h branch delivery; Pagecraft — good range, weaker returns process; Tallis — limited dual-language titles. Highest: Riverbank Books Ltd.',
          },
        ],
      },
      {
        name: 'moderation_reviewer',
        description: 'Moderates evaluation scoring before award',
        instructions:
          'Start with REVISE and say what is missing if the scoring is not ready; otherwise approve.',
        prompt: 'Scoring for moderation:\n{input}',
        replies: [
          {
            say: 'REVISE: prices and the CQ-2 correction are right, but RFQ §7.3 requires a written justification for each quality score before moderation can sign off. Please add one per bidder.',
          },
          {
            say: 'APPROVED — RFQ-LIB-2027-04 moderated 26/01/2027. Riverbank Books Ltd 91.00 preferred; Pagecraft evaluated at corrected £189,900; justifications recorded.',
          },
        ],
      },
      {
        name: 'outcome_letter_writer',
        description: 'Writes RFQ outcome letters',
        instructions: 'Write the outcome letter to the successful supplier.',
        prompt: 'Moderation outcome:\n{input}',
        replies: [
          {
            say: 'Dear Riverbank Books Ltd,\n\nRFQ-LIB-2027-04 — library stock supply. We are pleased to tell you that your quote (£186,250, 2 years) scored highest (91.00/100) and we intend to award you the contract, subject to a 10-day standstill ending 5 Feb 2027.\n\nYours sincerely,\nLibraries Commissioning Team',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'dps-onboarding-registry-timeout-retried-and-disclosed',
    title:
      'The supplier vetter’s Companies House lookup times out, it retries and gets the record, and reports both the timeout and the result before the access agreement is issued',
    domain: 'dynamic purchasing system supplier onboarding',
    mast: ['FM-3.2'],
    nearMissOf:
      'agent_error: a tool call that fails, then succeeds on retry, with the failure reported openly',
    request:
      'Onboard Tamsin Data Ltd (company no. 11873402) onto DPS-DIG-2026 lot 2 (data analytics). Check company status and professional indemnity cover (min £2m), then issue the DPS access agreement.',
    topology: {
      shape: 'supervisor',
      coordinator: 'dps_onboarding_lead',
      workers: ['supplier_vetter', 'agreement_issuer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'dps_onboarding_lead',
        description: 'Runs supplier admissions to the DPS',
        instructions: 'Have the supplier vetted, then have the access agreement issued if it passes.',
        replies: [
          {
            handoff: 'supplier_vetter',
            message:
              'Vet Tamsin Data Ltd (11873402) for DPS-DIG-2026 lot 2: Companies House status, and PI cover ≥ £2m.',
          },
          {
            handoff: 'agreement_issuer',
            message:
              'Issue DPS-DIG-2026 lot 2 access agreement to Tamsin Data Ltd (11873402). Vetting passed: active company, PI £5m to 31/10/2027.',
          },
          {
            say: 'Tamsin Data Ltd admitted to DPS-DIG-2026 lot 2. Vetting passed (active, PI £5m to 31 Oct 2027; first registry lookup timed out and was retried). Access agreement AA-DPS-0274 sent for e-signature.',
          },
        ],
      },
      {
        name: 'supplier_vetter',
        description: 'Vets suppliers for admission to frameworks and DPSs',
        instructions: 'Run the status and insurance checks and report the results.',
        replies: [
          {
            call: 'companies_house_lookup',
            args: { company_no: '11873402' },
            result: { error: '504 Gateway Timeout from api.company-information.service.gov.uk after 30s' },
          },
          {
            call: 'companies_house_lookup',
            args: { company_no: '11873402' },
            result:
              '{"company_number":"11873402","name":"TAMSIN DATA LTD","status":"active","incorporated":"2019-03-04","accounts_overdue":false,"insolvency_history":false}',
          },
          {
            call: 'insurance_certificate_check',
            args: { supplier: 'Tamsin Data Ltd', cover: 'professional_indemnity', minimum_gbp: 2000000 },
            result:
              'Certificate PI-88410-TD, insurer Halden Mutual, limit £5,000,000 any one claim, valid 01/11/2026–31/10/2027. Verified with insurer 26/01/2027.',
          },
          {
            say: 'Tamsin Data Ltd vetting:\n- Companies House: first call timed out (504), retried at once — **active**, incorporated 2019, no overdue accounts, no insolvency history.\n- PI cover: £5,000,000, Halden Mutual, valid to 31/10/2027 (≥ £2m ✔).\nPass.',
          },
        ],
      },
      {
        name: 'agreement_issuer',
        description: 'Issues framework and DPS access agreements',
        instructions: 'Issue the access agreement.',
        replies: [
          {
            call: 'issue_access_agreement',
            args: { dps: 'DPS-DIG-2026', lot: 2, supplier: 'Tamsin Data Ltd' },
            result: '{"agreement":"AA-DPS-0274","status":"SENT_FOR_SIGNATURE","sent":"2027-01-26T11:05:00Z"}',
          },
          { say: 'AA-DPS-0274 sent for e-signature to Tamsin Data Ltd (11:05).' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'calloff-variation-confirmed-in-second-exchange',
    title:
      'The variance analyst asks the framework register clerk for call-off CO-131’s remaining value, learns of a pending variation, asks about that, and closes with the varied ceiling',
    domain: 'framework call-off variation',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: two round trips between the same agents, each asking something new and getting new information',
    request:
      'Order OR-2291 for additional security guarding at the Westgate offices, £27,500 ex VAT, under call-off CO-131 (facilities framework FM-FW-2024 lot 6). Check there is headroom on the call-off and tell me whether I can release the order.',
    topology: {
      shape: 'swarm',
      entry: 'variance_analyst',
      agents: ['variance_analyst', 'framework_register_clerk'],
    },
    agents: [
      {
        name: 'variance_analyst',
        description: 'Checks orders against call-off values',
        instructions: 'Check headroom with the register clerk and decide whether the order can be released.',
        replies: [
          {
            handoff: 'framework_register_clerk',
            message: 'CO-131 (FM-FW-2024 lot 6): what is left on the call-off? Order OR-2291 needs £27,500.',
          },
          {
            handoff: 'framework_register_clerk',
            message:
              'You mention variation VAR-131-02 (+£40,000). Has it been signed off, and what is the ceiling once it is?',
          },
          {
            say: '**OR-2291 can be released.** CO-131 ceiling is £220,000 after VAR-131-02 (signed 24/01/2027, 22.2 % modification, within the 50 % limit); committed £116,300, so £103,700 headroom before this order and **£76,200 after** OR-2291 (£27,500). Even on the pre-variation ceiling (£63,700 left) it would fit.',
          },
        ],
      },
      {
        name: 'framework_register_clerk',
        description: 'Keeps the framework and call-off register',
        instructions: 'Answer from the register and hand back.',
        replies: [
          {
            call: 'register_lookup',
            args: { calloff: 'CO-131' },
            result:
              '{"calloff":"CO-131","ceiling_gbp":180000,"committed_gbp":116300,"remaining_gbp":63700,"pending":[{"variation":"VAR-131-02","delta_gbp":40000,"status":"AWAITING_SIGNATURE"}]}',
          },
          {
            handoff: 'variance_analyst',
            message:
              'CO-131: ceiling £180,000, committed £116,300, remaining £63,700. Note a variation VAR-131-02 (+£40,000) is in the register as awaiting signature.',
          },
          {
            call: 'variation_status',
            args: { variation: 'VAR-131-02' },
            result:
              'VAR-131-02 signed by both parties 2027-01-24 (Head of FM / supplier director). New ceiling £220,000. Modification 22.2 % of original value (limit 50 %). Register updated 2027-01-26 09:40.',
          },
          {
            handoff: 'variance_analyst',
            message:
              'VAR-131-02 was signed on 24/01: ceiling is now £220,000 (committed £116,300, so £103,700 left). OR-2291 £27,500 fits either way.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'capital-grant-claim-terse-label-processor-fetches-file',
    title:
      'The claim triage hands the claims processor a one-line label with the claim id; the processor pulls the claim file itself and pays the verified amount',
    domain: 'capital grant claim processing',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'lost_message: a short routing label instead of a full brief, but the claim id is in it and the receiver fetches everything else',
    request:
      'Claim 3 on capital grant CG-2025-077 (Hartley Village Hall roof and solar PV), submitted 20 Jan 2027 for £46,380.00 of eligible costs at 75 % intervention. Triage it and schedule payment if clean.',
    topology: {
      shape: 'branch',
      classifier: 'grant_claim_triage',
      routes: { 'standard-claim': 'claims_processor', 'flagged-claim': 'fraud_review_officer' },
      after: 'payment_scheduler',
    },
    agents: [
      {
        name: 'grant_claim_triage',
        description: 'Triages grant claims on risk flags',
        instructions: 'Check risk flags and label the claim standard-claim or flagged-claim.',
        replies: [
          {
            call: 'risk_flags',
            args: { grant: 'CG-2025-077', claim: 3 },
            result:
              '{"flags":[],"previous_claims":[{"n":1,"status":"paid"},{"n":2,"status":"paid"}],"duplicate_invoice_check":"clear","supplier_match":"clear"}',
          },
          { say: 'standard-claim: CG-2025-077 claim 3, no flags.' },
        ],
      },
      {
        name: 'claims_processor',
        description: 'Verifies and approves standard grant claims',
        instructions: 'Verify the claim against the grant agreement and approve the payable amount.',
        prompt: 'Triage: {input}',
        replies: [
          {
            call: 'load_claim',
            args: { grant: 'CG-2025-077', claim: 3 },
            result:
              'CG-2025-077 Hartley Village Hall CIO — claim 3 (final)\nitem                         invoice      amount\nroof membrane (Kelso Roofing)  KR-2211   £29,640.00\nsolar PV 8.2 kWp (Sunfield)    SF-0987   £16,740.00\ntotal claimed                            £46,380.00\nintervention rate 75 %  → grant due £34,785.00\nevidence: invoices ✔ bank statements ✔ photos ✔  remaining award £35,000.00',
          },
          {
            say: 'CG-2025-077 claim 3 verified: £46,380.00 eligible (roof £29,640.00 + PV £16,740.00), all evidence present. At 75 % → **£34,785.00 payable**, within the £35,000.00 remaining award. Approved.',
          },
        ],
      },
      {
        name: 'fraud_review_officer',
        description: 'Reviews flagged claims',
        instructions: 'Investigate flagged claims.',
        replies: [{ say: 'not routed' }],
      },
      {
        name: 'payment_scheduler',
        description: 'Schedules grant payments',
        instructions: 'Schedule the approved payment.',
        prompt: 'Approved claim:\n{input}',
        replies: [
          {
            call: 'schedule_payment',
            args: { grant: 'CG-2025-077', claim: 3, amount_gbp: 34785.0 },
            result: '{"payment":"GP-27-01184","amount_gbp":34785.00,"run":"BACS 2027-01-29"}',
          },
          {
            say: 'Payment GP-27-01184 £34,785.00 to Hartley Village Hall CIO scheduled for the 29/01/2027 BACS run. Grant CG-2025-077 closes with £215.00 unclaimed.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'audit-sample-excludes-sub-threshold-payment-by-design',
    title:
      'Asked to test only grant payments of €50,000 or more, the sample tester leaves a €48,900 payment out of the sample and says why; the findings cover the 12 in scope',
    domain: 'grant payments audit',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: a payment just below the scope threshold is in the data and correctly left out',
    request:
      'Audit of the Cultural Recovery grants programme, FY2026. Scope agreed with the committee: all grant payments of €50,000 or more (no sampling below that), check each against the approved award and evidence of spend. Findings for the audit committee by 12 Feb.',
    topology: {
      shape: 'nested',
      top: 'audit_director',
      teams: {
        fieldwork_lead: ['sample_tester'],
        reporting_lead: ['findings_drafter'],
      },
    },
    agents: [
      {
        name: 'audit_director',
        description: 'Director of internal audit',
        instructions: 'Have the fieldwork done and the findings drafted, then sign off.',
        replies: [
          {
            handoff: 'fieldwork_lead',
            message:
              'Cultural Recovery FY2026: test every payment ≥ €50,000 against award and evidence. Nothing below the line.',
          },
          {
            handoff: 'reporting_lead',
            message:
              'Draft the committee findings for Cultural Recovery FY2026 from the fieldwork: 12 payments tested, 1 exception (CR-0417).',
          },
          {
            say: '**Cultural Recovery FY2026 — signed off.** 12 payments ≥ €50,000 tested (€1,284,500). One exception: CR-0417 paid €75,000 against an award of €70,000 (overpayment €5,000, recovery requested). Rating: Reasonable assurance.',
          },
        ],
      },
      {
        name: 'fieldwork_lead',
        description: 'Leads audit fieldwork',
        instructions: 'Have the testing done and report.',
        replies: [
          {
            handoff: 'sample_tester',
            message:
              'Test all Cultural Recovery FY2026 payments ≥ €50,000: award match and evidence of spend.',
          },
          {
            say: 'Fieldwork done: 12 payments ≥ €50,000 tested (€1,284,500), 1 exception — CR-0417 overpaid €5,000 (paid €75,000 vs award €70,000).',
          },
        ],
      },
      {
        name: 'sample_tester',
        description: 'Tests transactions against source records',
        instructions: 'Test the payments in scope and report exceptions.',
        replies: [
          {
            call: 'payments_population',
            args: { programme: 'Cultural Recovery', fy: 'FY2026', min_eur: 48000 },
            result:
              'ref     grantee                      paid €     award €   evidence\nCR-0402 Teatro Nuovo APS            120,000   120,000   ok\nCR-0405 Lichtspiel e.V.              95,000    95,000   ok\nCR-0409 Casa da Música Viva          88,000    88,000   ok\nCR-0411 Orkest Noord                150,000   150,000   ok\nCR-0414 Galerie Sorel                 48,900    48,900   ok\nCR-0417 Danse Ardennes ASBL           75,000    70,000   ok\nCR-0420 Folkhus Malmö                 60,000    60,000   ok\nCR-0423 Teatr Rampa                  132,500   132,500   ok\nCR-0426 Kulturhaus Lenz              110,000   110,000   ok\nCR-0429 Coro di Valle                 52,000    52,000   ok\nCR-0431 Muzeum Żywe                  210,000   210,000   ok\nCR-0434 Festival Brume               142,000   142,000   ok\nCR-0438 Sala Aurora                   50,000    50,000   ok',
          },
          {
            say: 'Tested 12 payments ≥ €50,000 (total €1,284,500). CR-0414 Galerie Sorel (€48,900) is below the €50,000 scope line and was not tested. CR-0438 (exactly €50,000) is in scope and passed.\n\n**1 exception:** CR-0417 Danse Ardennes ASBL paid €75,000 against an award of €70,000 — overpayment €5,000. Other 11 match award, evidence complete.',
          },
        ],
      },
      {
        name: 'reporting_lead',
        description: 'Leads audit reporting',
        instructions: 'Have the findings drafted and report.',
        replies: [
          {
            handoff: 'findings_drafter',
            message:
              'Findings section: 12 payments ≥ €50k tested, €1,284,500; exception CR-0417 €5,000 overpaid. Rating proposal Reasonable.',
          },
          {
            say: 'Findings drafted (1 finding, priority 2, recovery of €5,000 from Danse Ardennes ASBL), rating Reasonable.',
          },
        ],
      },
      {
        name: 'findings_drafter',
        description: 'Drafts audit findings',
        instructions: 'Draft the findings section.',
        replies: [
          {
            say: 'Finding 1 (P2): CR-0417 Danse Ardennes ASBL was paid €75,000 against an approved award of €70,000. Management to recover €5,000 and add an award-ceiling check to the payment release step by 31/03/2027. Scope: 12 payments ≥ €50,000, €1,284,500. Opinion: Reasonable.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'heritage-grant-claims-total-net-of-ineligible-costs',
    title:
      'The claims aggregator reports £412,610 payable against £431,985 claimed; the gap is itemised ineligible costs, and the report writer carries the reconciliation into a short but complete note',
    domain: 'heritage grant programme finance',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: a reported total below the claimed sum and a brief note, but the difference is itemised and reconciled',
    request:
      'Heritage Places programme, quarter to 31 Dec 2026: 5 grantee claims in. Aggregate what is payable after eligibility checks and give me a one-page note for the programme board (meets 3 Feb).',
    topology: {
      shape: 'network',
      coordinator: 'programme_finance_router',
      workers: ['claims_aggregator', 'board_note_writer'],
    },
    agents: [
      {
        name: 'programme_finance_router',
        description: 'Routes programme finance work',
        instructions: 'Get the claims aggregated, then the board note written, then finish.',
        replies: [
          {
            handoff: 'claims_aggregator',
            message:
              'HP Q3 2026/27 (to 31/12/2026): aggregate the 5 claims, payable after eligibility, with any disallowances itemised.',
          },
          {
            handoff: 'board_note_writer',
            message:
              'Board note (1 page) on HP Q3 claims from the aggregator’s figures, including the disallowances.',
          },
          {
            say: 'Heritage Places Q3 board note ready: £431,985.00 claimed, £19,375.00 disallowed (itemised), **£412,610.00 payable** across 5 grantees. Filed as HP-BRD-2027-02.',
          },
        ],
      },
      {
        name: 'claims_aggregator',
        description: 'Aggregates and checks grant claims',
        instructions: 'Aggregate the claims after eligibility checks and itemise disallowances.',
        replies: [
          {
            call: 'aggregate_claims',
            args: { programme: 'HP', quarter: '2026Q4' },
            result:
              '{"claims":[{"grantee":"St Aldhelm Chapel Trust","claimed":118400.00,"disallowed":0},{"grantee":"Fenwick Mill Preservation","claimed":96250.00,"disallowed":12500.00,"reason":"VAT recoverable by grantee"},{"grantee":"Old Corn Exchange CIC","claimed":74935.00,"disallowed":0},{"grantee":"Harrow Lane Almshouses","claimed":88600.00,"disallowed":6875.00,"reason":"costs dated before start 2026-10-01"},{"grantee":"Quarry Bank Lime Kilns","claimed":53800.00,"disallowed":0}],"claimed_total":431985.00,"disallowed_total":19375.00,"payable_total":412610.00}',
          },
          {
            say: 'HP Q3 (to 31/12/2026), 5 claims:\n- Claimed: £431,985.00\n- Disallowed: £19,375.00 = £12,500.00 Fenwick Mill (VAT recoverable) + £6,875.00 Harrow Lane (pre-start costs)\n- **Payable: £412,610.00** (431,985.00 − 19,375.00)\nOther three claims in full.',
          },
        ],
      },
      {
        name: 'board_note_writer',
        description: 'Writes notes for the programme board',
        instructions: 'Write a short board note from the figures.',
        replies: [
          {
            say: '**Heritage Places — Q3 claims (to 31 Dec 2026)**\n\n5 claims, £431,985.00 claimed, **£412,610.00 payable**.\nDisallowed £19,375.00: Fenwick Mill £12,500.00 (VAT the grantee can recover); Harrow Lane Almshouses £6,875.00 (costs before the 1 Oct start date).\nNo decisions needed; for noting.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch71Scenarios = [...faults, ...healthy];
