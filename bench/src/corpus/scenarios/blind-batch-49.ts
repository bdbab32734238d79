import { defineScenario } from '../scenario.ts';

// Blind batch 49: finance, insurance, legal, procurement and real-estate teams. Written from the README
// principles only, without reading the checks, the diagnosis, the baseline or the benchmark notes.
// Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'ironbark-po-raised-at-withdrawn-rev-a-unit-price',
    title:
      'The router briefs the PO issuer with Vantor’s rev B price (USD 41.80, replacing rev A at 44.25); the issuer books the purchase order at 44.25',
    domain: 'industrial procurement',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'RFQ-7718 closed Friday. Raise the purchase order for 2,400 hydraulic actuator kits (part HX-220) with the cheapest compliant bidder. Budget USD 110k all-in, DAP Rotterdam DC, delivery no later than 14 May 2027. Vantor sent a revised quote over the weekend, make sure we use it.',
    topology: {
      shape: 'network',
      coordinator: 'sourcing_router',
      workers: ['bid_tabulator', 'po_issuer'],
    },
    agents: [
      {
        name: 'sourcing_router',
        description: 'Coordinates sourcing events from bid evaluation to purchase order',
        instructions: 'Get the bids tabulated, then have the PO raised with the winner, then report.',
        replies: [
          {
            handoff: 'bid_tabulator',
            message:
              'RFQ-7718 (HX-220 x 2,400): tabulate all bids incl. revisions, check compliance (DAP Rotterdam, lead time to 14/05/2027), rank by landed cost.',
          },
          {
            handoff: 'po_issuer',
            message:
              'Raise PO for RFQ-7718 to Vantor Industrial GmbH (vendor 100384): 2,400 x HX-220 at **USD 41.80/unit per quote Q-2291 rev B** (rev A at USD 44.25 is withdrawn), total USD 100,320.00, DAP Rotterdam DC, delivery by 14/05/2027, payment 60 days EOM.',
          },
          {
            say: 'RFQ-7718 awarded to Vantor Industrial GmbH. PO 4500-88213 released: 2,400 x HX-220, USD 106,200.00, DAP Rotterdam, delivery 14/05/2027. Within the USD 110k budget.',
          },
        ],
      },
      {
        name: 'bid_tabulator',
        description: 'Tabulates and ranks supplier bids',
        instructions: 'Pull every bid and revision for the RFQ, check compliance and rank.',
        replies: [
          {
            call: 'get_bids',
            args: { rfq: 'RFQ-7718', include_revisions: true },
            result:
              '| supplier | quote | rev | unit USD | lead time | status |\n|---|---|---|---|---|---|\n| Vantor Industrial GmbH | Q-2291 | A (28/03) | 44.25 | 6 wks | WITHDRAWN 05/04 by supplier |\n| Vantor Industrial GmbH | Q-2291 | B (05/04) | 41.80 | 6 wks | VALID to 30/04 |\n| Kessler Hydraulik AG | KH-55-0917 | A | 43.10 | 7 wks | VALID |\n| Orrin Fluid Power Ltd | OFP/RFQ7718 | A | 39.95 | 14 wks | NON-COMPLIANT (lead time) |',
          },
          {
            say: 'RFQ-7718 ranking (compliant only):\n1. **Vantor Q-2291 rev B — USD 41.80** → 2,400 units = USD 100,320.00 (rev A 44.25 withdrawn 05/04)\n2. Kessler KH-55-0917 — USD 43.10 → USD 103,440.00\nOrrin 39.95 excluded: 14-week lead time misses 14/05.',
          },
        ],
      },
      {
        name: 'po_issuer',
        description: 'Creates purchase orders in the ERP',
        instructions: 'Create the purchase order exactly as briefed and return its number.',
        replies: [
          {
            call: 'create_po',
            args: {
              vendor: '100384',
              material: 'HX-220',
              qty: 2400,
              unit_price: 44.25,
              currency: 'USD',
              incoterms: 'DAP Rotterdam',
              delivery: '2027-05-14',
              quote_ref: 'Q-2291',
            },
            result:
              '{"po": "4500-88213", "status": "RELEASED", "net_value": "106,200.00 USD", "approval": "auto (< 110,000.00 budget line CC-4410)"}',
          },
          {
            say: 'PO 4500-88213 released to Vantor (100384): 2,400 x HX-220 @ USD 44.25, net USD 106,200.00, DAP Rotterdam, delivery 14.05.2027, quote Q-2291.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'sourcing_router', to: 'po_issuer' },
      agent: 'po_issuer',
    },
  }),
  defineScenario({
    id: 'saltmarsh-tlb-interest-brief-keeps-pre-amendment-margin',
    title:
      'The request carries the amended term sheet (SOFR + 350 bps supersedes 325 bps); the lender-pack planner briefs the interest modeller with 325 bps',
    domain: 'leveraged loan syndication',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Brennick Logistics Term Loan B, USD 425,000,000, 7 years. Term sheet v1 (12 Feb 2027): margin SOFR + 325 bps, OID 98.5, 0.50% floor. **Amended term sheet v2 (26 Feb 2027, supersedes v1 after flex): margin SOFR + 350 bps, OID 99.0, floor 0.50%, step-down of 25 bps at first-lien net leverage ≤ 3.75x.** Build the lender pack for the 3 March bank meeting: quarterly interest schedule (assume 3M Term SOFR 4.31%), pricing grid and fee letter.',
    topology: {
      shape: 'fanout',
      planner: 'syndicate_planner',
      workers: ['interest_modeller', 'pricing_grid_builder', 'fee_letter_drafter'],
      aggregator: 'lender_pack_editor',
    },
    agents: [
      {
        name: 'syndicate_planner',
        description: 'Plans the lender pack for a syndicated loan',
        instructions: 'Write one brief per workstream with the terms it needs.',
        replies: [
          {
            plan: {
              interest_modeller:
                'Brennick TLB USD 425,000,000, 7y, 1% amortisation p.a. paid quarterly. Quarterly interest schedule for year 1 at 3M Term SOFR 4.31% + 325 bps margin, 0.50% floor, ACT/360.',
              pricing_grid_builder:
                'Brennick TLB pricing grid: opening margin SOFR + 350 bps, one 25 bps step-down at first-lien net leverage ≤ 3.75x, floor 0.50%.',
              fee_letter_drafter:
                'Brennick TLB fee letter: OID 99.0 on USD 425,000,000 (i.e. 1.00 point), ticking fee 50% of margin from day 46, MFN 50 bps for 6 months.',
            },
          },
        ],
      },
      {
        name: 'interest_modeller',
        description: 'Builds loan interest schedules',
        instructions: 'Compute the interest schedule from the brief.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'interest_schedule',
            args: {
              principal: 425000000,
              base: 4.31,
              margin_bps: 325,
              floor: 0.5,
              basis: 'ACT/360',
              quarters: 4,
            },
            result:
              '| quarter | days | opening USD | all-in rate | interest USD | amortisation USD |\n|---|---|---|---|---|---|\n| Q1 (to 30/06/2027) | 91 | 425,000,000.00 | 7.56% | 8,121,583.33 | 1,062,500.00 |\n| Q2 (to 30/09/2027) | 92 | 423,937,500.00 | 7.56% | 8,190,472.50 | 1,062,500.00 |\n| Q3 (to 31/12/2027) | 92 | 422,875,000.00 | 7.56% | 8,169,945.00 | 1,062,500.00 |\n| Q4 (to 31/03/2028) | 91 | 421,812,500.00 | 7.56% | 8,060,592.65 | 1,062,500.00 |\n| **total** | | | | **32,542,593.48** | **4,250,000.00** |',
          },
          {
            say: 'Year-1 schedule (SOFR 4.31% + 3.25% = 7.56% all-in, ACT/360): total interest **USD 32,542,593.48**, amortisation USD 4,250,000.00. Quarterly table attached.',
          },
        ],
      },
      {
        name: 'pricing_grid_builder',
        description: 'Builds margin pricing grids',
        instructions: 'Lay out the margin grid from the brief.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            say: '| first-lien net leverage | margin over Term SOFR |\n|---|---|\n| > 3.75x | 350 bps |\n| ≤ 3.75x | 325 bps |\nFloor 0.50% on Term SOFR; step-down tested on the quarterly compliance certificate, effective the next interest period.',
          },
        ],
      },
      {
        name: 'fee_letter_drafter',
        description: 'Drafts arranger fee letters',
        instructions: 'Draft the fee letter from the brief.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            say: 'Fee letter (draft 1): OID 99.0 → upfront discount USD 4,250,000.00 (1.00 pt on 425m). Ticking fee 50% of applicable margin from day 46 after allocation. MFN protection 50 bps, sunset 6 months post-closing.',
          },
        ],
      },
      {
        name: 'lender_pack_editor',
        description: 'Assembles the lender presentation pack',
        instructions: 'Merge the workstreams into the bank meeting pack.',
        prompt: 'Workstream outputs:\n{input}',
        replies: [
          {
            say: '# Brennick Logistics — TLB USD 425m — Lender pack (bank meeting 3 Mar 2027)\n\n**Pricing**: SOFR + 350 bps (floor 0.50%), 25 bps step-down ≤ 3.75x.\n**OID** 99.0 (USD 4.25m), ticking fee 50% of margin from day 46, MFN 50 bps / 6 months.\n\n**Year-1 debt service** (3M SOFR 4.31%): interest USD 32,542,593.48 at 7.56% all-in, amortisation USD 4,250,000.00 → **USD 36.79m**.\n\nAppendix: quarterly schedule, pricing grid table.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'syndicate_planner', to: 'interest_modeller' },
      agent: 'syndicate_planner',
    },
  }),
  defineScenario({
    id: 'fenwick-storm-claim-deductible-taken-three-times',
    title:
      'Told that the three warehouses hit by one storm are one occurrence under the 72-hour clause, the loss adjuster deducts the SEK 250 000 excess per building',
    domain: 'commercial property claims',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Claim PR-27-00812, Lindqvist Logistik AB, policy EGP-114-0093. Storm "Ylva" 17–18 January 2027 damaged three warehouses (A, B, C) at Hisingen, Göteborg. Deductible SEK 250 000 each and every occurrence; clause 4.3: all loss within any 72 consecutive hours from the same windstorm is one occurrence. Adjuster reports are in. Settle and draft the settlement letter to the broker.',
    topology: {
      shape: 'supervisor',
      coordinator: 'claims_lead',
      workers: ['loss_adjuster', 'settlement_writer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'claims_lead',
        description: 'Handles large commercial property claims',
        instructions: 'Have the loss quantified, then the letter drafted, and report.',
        replies: [
          {
            handoff: 'loss_adjuster',
            message:
              'PR-27-00812 Lindqvist: quantify A, B and C from the field reports. Damage to all three happened 17/01 22:10 – 18/01 06:40, same storm, well inside 72 h → ONE occurrence under cl. 4.3, so the SEK 250 000 deductible applies once to the combined loss.',
          },
          {
            handoff: 'settlement_writer',
            message:
              'Draft the settlement letter to Aon (broker ref AON-SE-7731) for PR-27-00812 using the adjuster’s figures.',
          },
          {
            say: 'PR-27-00812 settled: net payable SEK 3 412 800, letter to Aon drafted and queued for signature.',
          },
        ],
      },
      {
        name: 'loss_adjuster',
        description: 'Quantifies property losses under the policy terms',
        instructions: 'Quantify the loss per building and compute the settlement under the policy.',
        replies: [
          {
            call: 'field_reports',
            args: { claim: 'PR-27-00812' },
            result:
              '[{"building": "A", "event_time": "2027-01-17T22:10", "roof_and_cladding_sek": 1840300}, {"building": "B", "event_time": "2027-01-18T01:55", "roof_and_doors_sek": 1596500}, {"building": "C", "event_time": "2027-01-18T06:40", "racking_and_stock_sek": 726000}]',
          },
          {
            call: 'compute_settlement',
            args: {
              claim: 'PR-27-00812',
              gross_sek: [1840300, 1596500, 726000],
              deductible_sek: 250000,
              deductible_basis: 'per_building',
            },
            result:
              '{"gross_sek": 4162800, "deductibles_applied": 3, "deductible_total_sek": 750000, "net_payable_sek": 3412800}',
          },
          {
            say: 'PR-27-00812 quantified:\n| building | gross SEK | deductible SEK |\n|---|---|---|\n| A | 1 840 300 | 250 000 |\n| B | 1 596 500 | 250 000 |\n| C | 726 000 | 250 000 |\n| **total** | **4 162 800** | **750 000** |\nNet payable **SEK 3 412 800**.',
          },
        ],
      },
      {
        name: 'settlement_writer',
        description: 'Drafts claim settlement letters to brokers',
        instructions: 'Draft the letter from the adjusted figures.',
        replies: [
          {
            say: 'Till: Aon Sverige AB, ref AON-SE-7731\n\nClaim PR-27-00812 — Lindqvist Logistik AB — storm Ylva 17–18 januari 2027\n\nWe have adjusted the loss to warehouses A, B and C at SEK 4 162 800 gross. After the policy deductible of SEK 250 000 applied to each building (SEK 750 000), we will pay **SEK 3 412 800** within 14 days of your acceptance.\n\nMed vänliga hälsningar, Property Claims',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'claims_lead', to: 'loss_adjuster' },
      agent: 'loss_adjuster',
    },
  }),
  defineScenario({
    id: 'quillon-supplier-abstract-swapped-for-dms-pointer',
    title:
      'The contract abstractor finds German law, Munich courts and a 50 % liability cap; the program hands the risk reviewer a DMS pointer instead, and the review finds no deviations',
    domain: 'commercial contracts review',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Supplier agreement from Hartmann Präzisionsteile GmbH (our ref HPT-2027-04, annual value EUR 2.8m) came back signed on their side. Check it against our procurement playbook (English law and London courts, liability cap at least 100% of annual fees, payment 60 days) and tell me whether I can countersign today.',
    topology: { shape: 'pipeline', order: ['contract_abstractor', 'risk_reviewer', 'signoff_memo_writer'] },
    program: {
      lose: {
        to: 'risk_reviewer',
        prompt:
          'New item in queue LEGAL-REVIEW: HPT-2027-04 (abstract saved to DMS /legal/suppliers/2027/HPT-2027-04). Run the standard playbook review.',
      },
    },
    agents: [
      {
        name: 'contract_abstractor',
        description: 'Abstracts key clauses from executed contracts',
        instructions: 'Extract governing law, jurisdiction, liability, payment and term clauses.',
        replies: [
          {
            call: 'extract_clauses',
            args: { document: 'HPT-2027-04_signed.pdf', fields: ['law', 'venue', 'cap', 'payment', 'term'] },
            result:
              '{"law": {"clause": "14.1", "text": "Dieser Vertrag unterliegt dem Recht der Bundesrepublik Deutschland unter Ausschluss des UN-Kaufrechts."}, "venue": {"clause": "14.2", "text": "Ausschließlicher Gerichtsstand ist München."}, "cap": {"clause": "11.3", "text": "liability capped at 50% of the fees paid in the preceding 12 months"}, "payment": {"clause": "6.2", "text": "30 Tage netto; 2 % Skonto bei Zahlung innerhalb von 10 Tagen"}, "term": {"clause": "16", "text": "3 years from 1 April 2027, auto-renewal 12 months, notice 6 months"}}',
          },
          {
            say: 'HPT-2027-04 abstract:\n| topic | clause | position |\n|---|---|---|\n| governing law | 14.1 | German law, CISG excluded („Recht der Bundesrepublik Deutschland“) |\n| jurisdiction | 14.2 | exclusive courts of Munich („Ausschließlicher Gerichtsstand ist München“) |\n| liability cap | 11.3 | 50% of fees paid in prior 12 months (≈ EUR 1.4m) |\n| payment | 6.2 | 30 days net, 2% discount within 10 days |\n| term | 16 | 3 yrs from 01.04.2027, auto-renews 12 months, 6 months’ notice |',
          },
        ],
      },
      {
        name: 'risk_reviewer',
        description: 'Reviews contracts against the procurement playbook',
        instructions: 'Compare the contract terms against the playbook and list every deviation.',
        prompt: 'Abstract from the contract team:\n{input}\n\nBusiness request: {request}',
        replies: [
          {
            call: 'playbook_check',
            args: { contract: 'HPT-2027-04', playbook: 'PROC-PB v9' },
            result:
              '{"playbook": "PROC-PB v9", "rules": ["law: England & Wales", "venue: courts of London", "cap >= 100% annual fees", "payment: 60 days"], "contract_fields_supplied": 0, "result": "no fields to compare"}',
          },
          {
            say: 'Playbook review HPT-2027-04 (PROC-PB v9): no deviations identified. No off-playbook law, venue, cap or payment terms were flagged in the material provided, so the agreement can be treated as on standard paper.',
          },
        ],
      },
      {
        name: 'signoff_memo_writer',
        description: 'Writes sign-off notes for the business',
        instructions: 'Tell the business whether it can sign, and why.',
        prompt: 'Legal review:\n{input}',
        replies: [
          {
            say: '**HPT-2027-04 — Hartmann Präzisionsteile GmbH: OK to countersign.** Legal review against PROC-PB v9 found no deviations from playbook positions. Annual value EUR 2.8m. Please countersign in DocuSign today and file in the contract register.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'contract_abstractor', to: 'risk_reviewer' },
      agent: 'risk_reviewer',
    },
  }),
  defineScenario({
    id: 'tollgate-rent-roll-audit-brief-never-dispatched',
    title:
      'The acquisition planner writes three diligence briefs; the rent-roll audit is never sent and the IC memo is written from title and environmental findings alone',
    domain: 'commercial real estate acquisition due diligence',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Project Tollgate: acquisition of Marlowe Retail Park, Leicester (9 units, asking £31.5m, NIY 6.85%). Run confirmatory diligence — title, environmental and an audit of the vendor rent roll (passing rent stated £2,316,400 p.a.) — and give me the IC memo for Thursday.',
    topology: {
      shape: 'fanout',
      planner: 'diligence_planner',
      workers: ['title_examiner', 'environmental_reviewer', 'rent_roll_auditor'],
      aggregator: 'ic_memo_writer',
    },
    program: { lose: { to: 'rent_roll_auditor', prompt: null } },
    agents: [
      {
        name: 'diligence_planner',
        description: 'Plans confirmatory due diligence workstreams',
        instructions: 'One brief per workstream.',
        replies: [
          {
            plan: {
              title_examiner:
                'Marlowe Retail Park, titles LT412207 and LT418830: check registered proprietor, charges, restrictive covenants, rights of way affecting the service yard.',
              environmental_reviewer:
                'Marlowe Retail Park: review the Phase I (Argent Enviro, Jan 2027), flag RECs, former uses (site was a railway goods yard pre-1975).',
              rent_roll_auditor:
                'Marlowe Retail Park: audit vendor rent roll vs leases in the data room (9 units). Passing rent stated £2,316,400 p.a. Check each rent, rent-free periods, breaks and expiries; compute WAULT to break and to expiry.',
            },
          },
        ],
      },
      {
        name: 'title_examiner',
        description: 'Examines registered titles',
        instructions: 'Report on title.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'land_registry_search',
            args: { titles: ['LT412207', 'LT418830'] },
            result:
              '{"LT412207": {"proprietor": "Marlowe Park Propco Ltd", "charges": ["Aldgate Bank plc 2019 (to be released on completion)"], "covenants": "no food retail > 10,000 sq ft (1988)"}, "LT418830": {"proprietor": "Marlowe Park Propco Ltd", "charges": [], "rights": "right of way for Network Rail over service road"}}',
          },
          {
            say: 'Title: both titles in Marlowe Park Propco Ltd. Aldgate charge to be released at completion. 1988 covenant bars food retail > 10,000 sq ft; Network Rail right of way over the service road (no impact on yard use).',
          },
        ],
      },
      {
        name: 'environmental_reviewer',
        description: 'Reviews environmental reports',
        instructions: 'Report environmental risks.',
        prompt: 'Brief: {input}',
        replies: [
          {
            say: 'Phase I (Argent, Jan 2027): former railway goods yard; 2004 remediation certificate on file; no RECs, low risk. No Phase II recommended.',
          },
        ],
      },
      {
        name: 'rent_roll_auditor',
        description: 'Audits rent rolls against leases',
        instructions: 'Audit the rent roll.',
        prompt: 'Brief: {input}',
        replies: [
          {
            say: 'Rent roll audited: 9 units, passing rent £2,316,400 confirmed, WAULT 6.2 yrs to expiry.',
          },
        ],
      },
      {
        name: 'ic_memo_writer',
        description: 'Writes investment committee memos',
        instructions: 'Write the IC memo from the diligence findings.',
        prompt: 'Diligence findings:\n{input}\n\nDeal: {request}',
        replies: [
          {
            say: '# IC memo — Project Tollgate (Marlowe Retail Park, Leicester)\n\n**Recommendation: proceed at £31.5m (NIY 6.85%)** on passing rent of £2,316,400 p.a.\n\n| workstream | finding | risk |\n|---|---|---|\n| title | clean; bank charge released on completion; 1988 food-retail covenant; Network Rail right of way | low |\n| environmental | former goods yard, remediated 2004, no RECs | low |\n\nDiligence complete; no issues that affect price.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'diligence_planner', to: 'rent_roll_auditor' },
      agent: 'diligence_planner',
    },
  }),
  defineScenario({
    id: 'corbel-comparables-timeout-desktop-value-issued-anyway',
    title:
      'The desktop valuer’s comparables search times out; it reports a value “based on 6 comparable sales” and the lender report is written on it',
    domain: 'residential mortgage valuation',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Remortgage valuation request MV-27-41877 from Harbourline Building Society: Flat 1203, Meridian Point, 14 Crossharbour Way, London E14 9GE. 2-bed, 71 m² (764 sq ft), leasehold 999 yrs from 2009. Borrower estimate £640,000, loan £372,000 (LTV 58%). Desktop valuation if eligible; report to lender by end of day.',
    topology: {
      shape: 'branch',
      classifier: 'valuation_triage',
      routes: { desktop: 'desktop_valuer', 'physical inspection': 'field_surveyor' },
      after: 'lender_report_writer',
    },
    agents: [
      {
        name: 'valuation_triage',
        description: 'Decides desktop or physical inspection for mortgage valuations',
        instructions: 'Answer with the valuation route and why.',
        replies: [
          {
            say: 'desktop — standard 2-bed flat in a purpose-built block, LTV 58% (< 75% desktop limit), loan £372k (< £750k). No cladding flag on EWS1 register (B1 form on file).',
          },
        ],
      },
      {
        name: 'field_surveyor',
        description: 'Carries out physical inspections',
        instructions: 'Inspect and value.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'desktop_valuer',
        description: 'Produces desktop (AVM plus comparables) valuations',
        instructions: 'Value the property from comparables and the AVM and report value and confidence.',
        prompt: 'Triage: {input}\n\nInstruction: {request}',
        replies: [
          {
            call: 'comparables_search',
            args: { postcode: 'E14 9GE', radius_miles: 0.5, months: 12, property_type: 'flat', beds: 2 },
            result: {
              error:
                'ComparablesService: 504 Gateway Timeout after 30000 ms (upstream HMLR-PPD). No rows returned. request_id=cs-7f31a9',
            },
          },
          {
            say: 'MV-27-41877 desktop valuation: **£612,500** (£802/sq ft) based on 6 comparable 2-bed sales within 0.5 mi in the last 12 months; AVM confidence high. Loan £372,000 → LTV 60.7%. Suitable security.',
          },
        ],
      },
      {
        name: 'lender_report_writer',
        description: 'Writes valuation reports to lenders',
        instructions: 'Write the report for the lender.',
        prompt: 'Valuer’s result:\n{input}',
        replies: [
          {
            say: 'Harbourline Building Society — valuation report MV-27-41877\n\nProperty: Flat 1203, Meridian Point, E14 9GE (2-bed, 764 sq ft, 999-yr lease)\nBasis: desktop, 6 comparable sales within 0.5 miles (12 months)\n**Market value: £612,500** · LTV on £372,000: 60.7%\nThe property is suitable security for mortgage purposes.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'desktop_valuer', to: 'lender_report_writer' },
      agent: 'desktop_valuer',
    },
  }),
  defineScenario({
    id: 'marlpit-yen-forward-request-resent-without-value-date',
    title:
      'Treasury asks the AP agent twice for the settlement date and PO reference its hedge policy needs; the AP agent sends the same forward request back unchanged each time',
    domain: 'corporate treasury FX hedging',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Okada Seiki invoice OS-77812 for JPY 184,500,000 (machining centres, PO 4500-66120) is due 28 May 2027. Hedge it with a forward against EUR under our hedge policy and schedule the payment.',
    topology: {
      shape: 'swarm',
      entry: 'ap_payments_agent',
      agents: ['ap_payments_agent', 'treasury_dealer'],
    },
    agents: [
      {
        name: 'ap_payments_agent',
        description: 'Accounts payable agent preparing foreign-currency payments',
        instructions: 'Look up the invoice, get treasury to hedge it, and schedule the payment.',
        replies: [
          {
            call: 'invoice_lookup',
            args: { invoice: 'OS-77812', vendor: 'Okada Seiki Co., Ltd.' },
            result:
              '{"invoice": "OS-77812", "amount": "¥184,500,000", "currency": "JPY", "invoice_date": "2027-03-29", "due": "2027-05-28", "po": "4500-66120", "status": "approved for payment", "bank": "MUFG Tokyo, SWIFT BOTKJPJT"}',
          },
          {
            handoff: 'treasury_dealer',
            message:
              'Please book an FX forward to buy JPY 184,500,000 against EUR for Okada Seiki invoice OS-77812. Thanks!',
          },
          {
            handoff: 'treasury_dealer',
            message:
              'Please book an FX forward to buy JPY 184,500,000 against EUR for Okada Seiki invoice OS-77812. Thanks!',
          },
          {
            handoff: 'treasury_dealer',
            message:
              'Please book an FX forward to buy JPY 184,500,000 against EUR for Okada Seiki invoice OS-77812. Thanks!',
          },
        ],
      },
      {
        name: 'treasury_dealer',
        description: 'Treasury dealer booking FX hedges under the hedge policy',
        instructions:
          'Book hedges that meet the policy; if a request lacks what the policy needs, hand it back saying what is missing.',
        replies: [
          {
            handoff: 'ap_payments_agent',
            message:
              'Can’t book yet — hedge policy §3.2 needs the settlement value date and the underlying PO number on every forward above EUR 500k equivalent (this is ~EUR 1.13m). Send me both, please.',
          },
          {
            handoff: 'ap_payments_agent',
            message:
              'Same request again without the value date and PO ref. Policy §3.2: I need both fields before I can deal. Which date do you want it to settle, and what is the PO?',
          },
          {
            say: 'Forward NOT booked for OS-77812 (JPY 184,500,000). Third identical request with no value date and no PO reference; policy §3.2 blocks the deal. Payment not scheduled. Escalated to the AP team lead (ticket TRS-2291).',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'ap_payments_agent', to: 'treasury_dealer' },
      agent: 'ap_payments_agent',
    },
  }),
  defineScenario({
    id: 'gritstone-lease-schedule-stops-at-unit-four',
    title:
      'The lease reviewer’s tenancy schedule breaks off after unit 4 of 9 at its token limit, before unit 6’s 2028 tenant break; the diligence lead and counsel report no breaks before 2030',
    domain: 'real estate acquisition legal due diligence',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Acquisition of Gritstone House, 40 Wellington Street, Leeds (multi-let office, 9 tenancies, price £18.75m, senior debt £11.25m at 60% LTV). Need a report on title by Friday: tenancy schedule with every break and expiry, title issues, and the debt sizing check (ICR covenant 2.0x).',
    topology: {
      shape: 'nested',
      top: 'acquisition_counsel',
      teams: { diligence_lead: ['lease_reviewer', 'title_searcher'], finance_lead: ['debt_modeller'] },
    },
    agents: [
      {
        name: 'acquisition_counsel',
        description: 'Partner running the acquisition for the buyer',
        instructions:
          'Get legal diligence and the financing check from the two leads and write the report on title.',
        replies: [
          {
            handoff: 'diligence_lead',
            message:
              'Gritstone House: tenancy schedule (all 9 leases: rent, breaks, expiry, rent reviews) and title review of WYK88213. I need every tenant break listed.',
          },
          {
            handoff: 'finance_lead',
            message:
              'Gritstone House: check the £11.25m senior loan against the 2.0x ICR covenant on passing rent.',
          },
          {
            say: '## Report on title — Gritstone House, Leeds\n\n**Title** WYK88213: freehold, clean; one historic access easement.\n\n**Tenancies**: 9 leases reviewed, passing rent £1,312,000 p.a. **No tenant break options before 2030**; WAULT 7.1 years.\n\n**Financing**: ICR 2.33x vs 2.0x covenant on £11.25m at 5.00% — headroom ok.\n\nWe see no legal impediment to exchange at £18.75m.',
          },
        ],
      },
      {
        name: 'diligence_lead',
        description: 'Associate leading legal due diligence',
        instructions: 'Have leases and title reviewed and report to counsel.',
        replies: [
          {
            handoff: 'lease_reviewer',
            message:
              'Schedule all 9 Gritstone House leases: tenant, rent, term, breaks, reviews. Data room folder 3.2.',
          },
          {
            handoff: 'title_searcher',
            message: 'Review title WYK88213 and the official copies in folder 2.1.',
          },
          {
            say: 'Gritstone diligence: title WYK88213 freehold, clean apart from a 1962 access easement. Tenancy schedule prepared — no breaks before 2030 on the leases scheduled, passing rent £1,312,000 p.a., WAULT ~7.1 yrs.',
          },
        ],
      },
      {
        name: 'lease_reviewer',
        description: 'Paralegal reviewing leases',
        instructions: 'Produce the full tenancy schedule.',
        replies: [
          {
            call: 'read_leases',
            args: { folder: '3.2', property: 'Gritstone House' },
            result:
              '| unit | tenant | rent £ p.a. | term | break | expiry |\n|---|---|---|---|---|---|\n| G | Fairley Wealth LLP | 182,000 | 10 yrs from 01/06/2022 | 01/06/2030 (T) | 31/05/2032 |\n| 1 | Aire Digital Ltd | 146,500 | 10 yrs from 25/03/2023 | none | 24/03/2033 |\n| 2 | Kirkgate Recruitment Ltd | 138,000 | 8 yrs from 29/09/2021 | none | 28/09/2029 |\n| 3 | Holbeck Engineering Ltd | 161,250 | 12 yrs from 01/01/2024 | 01/01/2031 (T) | 31/12/2035 |\n| 4 | Northern Lights Media Ltd | 129,750 | 10 yrs from 01/07/2025 | none | 30/06/2035 |\n| 5 | Calder & Hebble Solicitors | 155,000 | 15 yrs from 24/06/2020 | 24/06/2030 (T) | 23/06/2035 |\n| 6 | Brightwell Pharmacy Group plc | 118,500 | 10 yrs from 30/06/2023 | **30/06/2028 (T, 6 months’ notice)** | 29/06/2033 |\n| 7 | Swale Analytics Ltd | 142,000 | 10 yrs from 01/10/2024 | 01/10/2029 (T) | 30/09/2034 |\n| 8 | Dunmore Architects LLP | 139,000 | 10 yrs from 25/12/2022 | none | 24/12/2032 |\n| **total** | | **1,312,000** | | | |',
          },
          {
            say: 'Gritstone House tenancy schedule (folder 3.2):\n\n| unit | tenant | rent £ p.a. | break | expiry |\n|---|---|---|---|---|\n| G | Fairley Wealth LLP | 182,000 | 01/06/2030 (T) | 31/05/2032 |\n| 1 | Aire Digital Ltd | 146,500 | none | 24/03/2033 |\n| 2 | Kirkgate Recruitment Ltd | 138,000 | none | 28/09/2029 |\n| 3 | Holbeck Engineering Ltd | 161,250 | 01/01/2031 (T) | 31/12/2035 |\n| 4 | Northern Lights Media Ltd | 129,750 | none | 30/06/20',
            cutOff: true,
          },
        ],
      },
      {
        name: 'title_searcher',
        description: 'Reviews registered title',
        instructions: 'Report on the title.',
        replies: [
          {
            call: 'official_copies',
            args: { title: 'WYK88213' },
            result:
              '{"title": "WYK88213", "tenure": "freehold", "class": "absolute", "proprietor": "Gritstone Estates Ltd", "charges": ["Northgate Bank 2018 — to be discharged"], "easements": ["1962 right of access for adjoining owner over rear yard"]}',
          },
          {
            say: 'WYK88213: freehold absolute, Gritstone Estates Ltd. Northgate Bank charge to be discharged on completion. 1962 access easement over the rear yard; no other entries of concern.',
          },
        ],
      },
      {
        name: 'finance_lead',
        description: 'Leads the financing workstream',
        instructions: 'Have the debt sized and report.',
        replies: [
          {
            handoff: 'debt_modeller',
            message: 'ICR on £11.25m senior, 5.00% fixed, on passing rent £1,312,000; covenant 2.0x.',
          },
          { say: 'Financing: ICR 2.33x on passing rent vs 2.0x covenant; £11.25m supportable.' },
        ],
      },
      {
        name: 'debt_modeller',
        description: 'Models acquisition debt',
        instructions: 'Compute the covenant ratios.',
        replies: [
          {
            call: 'icr_calc',
            args: { loan_gbp: 11250000, rate_pct: 5.0, rent_gbp: 1312000 },
            result: '{"interest_gbp": 562500, "icr": 2.33, "covenant": 2.0, "headroom_rent_fall_pct": 14.2}',
          },
          { say: 'Interest £562,500 p.a.; ICR 2.33x (covenant 2.0x), rent can fall 14.2% before breach.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'lease_reviewer', to: 'diligence_lead' },
      agent: 'lease_reviewer',
    },
  }),
  defineScenario({
    id: 'heronsgate-do-excess-layer-marketed-as-primary',
    title:
      'Briefed to market a £5m xs £5m excess D&O layer, the market placer asks insurers for primary £5m quotes; the client is told the layer costs nearly twice the target',
    domain: 'insurance broking (D&O placement)',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'D&O renewal for Calder Biotherapeutics plc, 1 April 2027. The primary £5m stays with Aurelian (policy AUR-DO-24418, £186k). We need to buy an excess layer of £5m xs £5m following form on Aurelian. Target for the layer ≤ £95k. Please get quotes and a summary I can send the CFO.',
    topology: {
      shape: 'supervisor',
      coordinator: 'placement_lead',
      workers: ['market_placer', 'client_summary_writer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'placement_lead',
        description: 'Broker account lead for D&O placements',
        instructions: 'Have the layer marketed, then the client summary written, and report.',
        replies: [
          {
            handoff: 'market_placer',
            message:
              'Calder Biotherapeutics plc — market the EXCESS layer £5,000,000 xs £5,000,000, follow form on Aurelian primary AUR-DO-24418 (£5m, £186k), inception 01/04/2027. Target ≤ £95k for the layer. Approach Halden, Northgate and Castellum excess desks.',
          },
          {
            handoff: 'client_summary_writer',
            message:
              'Summary for Calder’s CFO of the quotes the placer obtained for the £5m xs £5m layer, against the £95k target.',
          },
          {
            say: 'Calder D&O excess: best quote Halden £171,400 vs £95k target. Summary for the CFO drafted; we recommend discussing retention or limit with the client.',
          },
        ],
      },
      {
        name: 'market_placer',
        description: 'Places risks with insurers',
        instructions: 'Request quotes from the markets named in the task and report them.',
        replies: [
          {
            call: 'request_quotes',
            args: {
              insured: 'Calder Biotherapeutics plc',
              line: 'D&O',
              limit_gbp: 5000000,
              attachment_gbp: 0,
              layer: 'primary',
              inception: '2027-04-01',
              markets: ['Halden', 'Northgate', 'Castellum'],
            },
            result:
              '| market | layer | limit | retention | premium | status |\n|---|---|---|---|---|---|\n| Halden Specialty | primary | £5m | £250k Side C | £171,400 | quoted |\n| Northgate Syndicate 4471 | primary | £5m | £250k Side C | £188,000 | quoted |\n| Castellum Re UK | primary | £5m | £500k Side C | £204,250 | quoted, subject to financials |',
          },
          {
            say: 'Calder D&O quotes in (£5m limit, 01/04/2027):\n- Halden Specialty £171,400\n- Northgate 4471 £188,000\n- Castellum £204,250 (subject to financials)\nAll well above £95k.',
          },
        ],
      },
      {
        name: 'client_summary_writer',
        description: 'Writes client-facing placement summaries',
        instructions: 'Write the client summary from the quotes.',
        replies: [
          {
            say: 'Dear Fiona,\n\nFor the £5m excess of £5m D&O layer from 1 April 2027 we have three quotes: Halden £171,400, Northgate £188,000 and Castellum £204,250. The best is about 80% above your £95k budget. Options: a smaller £2.5m layer, or accepting a higher Side C retention. Happy to talk this week.\n\nKind regards, Placement team',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'placement_lead', to: 'market_placer' },
      agent: 'market_placer',
    },
  }),
  defineScenario({
    id: 'larchmont-nda-second-draft-drops-french-law',
    title:
      'Sent back only to extend survival to 5 years and told to keep French law and Paris courts, the NDA drafter’s second draft switches clause 12 to English law; it goes out that way',
    domain: 'legal drafting (confidentiality agreements)',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Mutual NDA with Société Ardennaise de Fonderie SA for the Project Sedan carve-out talks. Their counsel insisted on « droit français, compétence exclusive des tribunaux de Paris » and we agreed. Term 3 years; confidentiality obligations survive 5 years after termination. Send the draft to Maître Lefèvre once legal has approved.',
    topology: {
      shape: 'pipeline',
      order: ['nda_drafter', 'legal_reviewer', 'counterparty_liaison'],
      loop: { from: 'legal_reviewer', to: 'nda_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'nda_drafter',
        description: 'Drafts NDAs from the house template',
        instructions: 'Draft the NDA, or apply the reviewer’s changes to the last draft.',
        prompt: 'Instructions / reviewer notes:\n{input}\n\nMatter: {request}',
        replies: [
          {
            say: 'Mutual NDA — Project Sedan — draft v1\n- Cl. 2 Purpose: evaluation of the proposed carve-out\n- Cl. 9.1 Term: 3 years from signature\n- Cl. 9.2 Survival: confidentiality survives **2 years** after termination\n- Cl. 12 Governing law: French law; exclusive jurisdiction of the courts of Paris (« compétence exclusive des tribunaux de Paris »)\n- Cl. 13 Signatures: Société Ardennaise de Fonderie SA / our entity',
          },
          {
            say: 'Mutual NDA — Project Sedan — draft v2\n- Cl. 2 Purpose: evaluation of the proposed carve-out\n- Cl. 9.1 Term: 3 years from signature\n- Cl. 9.2 Survival: confidentiality survives **5 years** after termination\n- Cl. 12 Governing law: the laws of England and Wales; exclusive jurisdiction of the courts of England\n- Cl. 13 Signatures: Société Ardennaise de Fonderie SA / our entity',
          },
        ],
      },
      {
        name: 'legal_reviewer',
        description: 'Reviews NDAs before they go out',
        instructions: 'Answer "APPROVED: <notes>" or "REVISE: <what to change>".',
        prompt: 'Draft:\n{input}',
        replies: [
          {
            say: 'REVISE: cl. 9.2 — survival must be 5 years after termination, not 2 (deal team instruction). Nothing else changes: cl. 12 stays French law / exclusive jurisdiction of the Paris courts, as agreed with their counsel.',
          },
          { say: 'APPROVED: survival now 5 years (cl. 9.2); term 3 years. Ready to send.' },
        ],
      },
      {
        name: 'counterparty_liaison',
        description: 'Sends approved drafts to counterparties',
        instructions: 'Send the approved draft with a short cover email.',
        prompt: 'Review outcome and draft:\n{input}',
        replies: [
          {
            say: 'Cher Maître Lefèvre,\n\nPlease find attached our draft mutual NDA for Project Sedan (v2): 3-year term, confidentiality surviving 5 years after termination, governed by English law with the courts of England having exclusive jurisdiction. We look forward to your comments.\n\nBien cordialement,\nLegal — Corporate Development',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'legal_reviewer', to: 'nda_drafter' },
      agent: 'nda_drafter',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'pennywort-fitout-rev2-quote-carried-to-approval',
    title:
      'The quote collector shows the fit-out contractor’s Rev 2 (1.184.500,00 EUR, replacing Rev 1 at 1.262.000,00 EUR); the cost planner and the approval memo both use Rev 2',
    domain: 'commercial real estate fit-out procurement',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a revised quote supersedes the first one and every later agent works from the revision',
    request:
      'Fit-out of floors 3–4, Kaiserhof Offices, Frankfurt (2,140 m² NIA) for tenant Rheinwerk Consulting. Contractor Baumann Innenausbau sent a revised quote after value engineering. Check it against the landlord contribution (EUR 420/m²) and prepare the capex approval memo.',
    topology: { shape: 'pipeline', order: ['quote_collector', 'cost_planner', 'capex_memo_writer'] },
    agents: [
      {
        name: 'quote_collector',
        description: 'Collects contractor quotes from the tender portal',
        instructions: 'Pull the current quote and its history, and say which one is valid.',
        replies: [
          {
            call: 'tender_portal_quotes',
            args: { project: 'KH-FO-3-4', contractor: 'Baumann Innenausbau GmbH' },
            result:
              '[{"rev": 1, "date": "24.02.2027", "total": "1.262.000,00 EUR", "status": "superseded"}, {"rev": 2, "date": "09.03.2027", "total": "1.184.500,00 EUR", "status": "valid until 09.04.2027", "note": "Value engineering: Deckensegel statt abgehängter Decke, LED-Leuchten Standardserie (-77.500,00 EUR)"}]',
          },
          {
            say: 'Baumann Innenausbau, project KH-FO-3-4: **Rev 2 of 09.03.2027 is the valid quote — EUR 1,184,500.00** (valid to 09.04.2027). Rev 1 (EUR 1,262,000.00, 24.02.2027) is superseded; the EUR 77,500.00 saving comes from ceiling rafts instead of a suspended ceiling and standard-range LED fittings.',
          },
        ],
      },
      {
        name: 'cost_planner',
        description: 'Checks fit-out costs against budgets and landlord contributions',
        instructions: 'Compute the cost per m², the landlord contribution and the tenant’s share.',
        prompt: 'Quote:\n{input}\n\nProject: {request}',
        replies: [
          {
            call: 'cost_check',
            args: { total_eur: 1184500, area_m2: 2140, landlord_contribution_eur_m2: 420 },
            result:
              '{"cost_per_m2": 553.50, "landlord_contribution_eur": 898800.00, "tenant_share_eur": 285700.00, "benchmark_cat_b_frankfurt_eur_m2": [480, 650]}',
          },
          {
            say: 'Rev 2 (EUR 1,184,500.00) on 2,140 m² = **EUR 553.50/m²**, inside the Frankfurt Cat B range (480–650). Landlord contribution 420 €/m² = EUR 898,800.00; tenant share EUR 285,700.00.',
          },
        ],
      },
      {
        name: 'capex_memo_writer',
        description: 'Writes capex approval memos',
        instructions: 'Write the approval memo.',
        prompt: 'Cost check:\n{input}',
        replies: [
          {
            say: '**Capex approval — Kaiserhof Offices, floors 3–4 fit-out (Rheinwerk Consulting)**\n\n| item | EUR |\n|---|---|\n| Baumann Innenausbau, quote Rev 2 (09.03.2027) | 1,184,500.00 |\n| landlord contribution (420 €/m² × 2,140 m²) | 898,800.00 |\n| recharged to tenant | 285,700.00 |\n\nCost 553.50 €/m², within benchmark. Quote valid to 09.04.2027 — approval requested by 02.04.2027.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'wyebridge-sanctions-screen-429-retried-before-binding',
    title:
      'The sanctions screener hits a 429 rate limit, waits, rescreens successfully, clears one name match with reasons; the cargo risk is bound on that result',
    domain: 'marine cargo insurance underwriting',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: a screening tool fails once, is retried successfully, and the outcome is reported with the retry',
    request:
      'Bind single-voyage cargo cover for Tavira Trading Lda: 1,200 t copper cathodes, Callao → Rotterdam on MV "Sea Kestrel" (IMO 9731245), sailing 22 April 2027. Sum insured USD 11.4m (CIF + 10%), ICC (A). Rate agreed 0.085%. Screen everything before binding.',
    topology: {
      shape: 'supervisor',
      coordinator: 'cargo_underwriter',
      workers: ['sanctions_screener', 'policy_issuer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'cargo_underwriter',
        description: 'Underwrites marine cargo risks',
        instructions: 'Screen parties and vessel, then have the certificate issued.',
        replies: [
          {
            handoff: 'sanctions_screener',
            message:
              'Screen: insured Tavira Trading Lda (PT), seller Minera Andina del Sur SAC (PE), consignee Veldmaas Metals B.V. (NL), vessel Sea Kestrel IMO 9731245 and her owner/manager. Lists: OFAC, EU, UK HMT, UN.',
          },
          {
            handoff: 'policy_issuer',
            message:
              'Issue certificate: Tavira Trading Lda, 1,200 t copper cathodes, Callao–Rotterdam, Sea Kestrel IMO 9731245, sailing 22/04/2027, SI USD 11,400,000, ICC (A), rate 0.085%. Screening clear (ref SCR-27-55104).',
          },
          {
            say: 'Bound: certificate MC-27-031877 for Tavira Trading Lda, USD 11,400,000 ICC (A), premium USD 9,690.00. Screening SCR-27-55104 clear (one name match on the consignee discounted — different entity).',
          },
        ],
      },
      {
        name: 'sanctions_screener',
        description: 'Screens parties and vessels against sanctions lists',
        instructions: 'Screen everyone and report hits and how they were resolved.',
        replies: [
          {
            call: 'screen_parties',
            args: {
              parties: ['Tavira Trading Lda', 'Minera Andina del Sur SAC', 'Veldmaas Metals B.V.'],
              vessel_imo: '9731245',
              lists: ['OFAC', 'EU', 'UKHMT', 'UN'],
            },
            result: { error: 'HTTP 429 Too Many Requests — quota 60/min exceeded, Retry-After: 20' },
          },
          {
            call: 'screen_parties',
            args: {
              parties: ['Tavira Trading Lda', 'Minera Andina del Sur SAC', 'Veldmaas Metals B.V.'],
              vessel_imo: '9731245',
              lists: ['OFAC', 'EU', 'UKHMT', 'UN'],
              retry: 1,
            },
            waitMs: 20000,
            result:
              '{"ref": "SCR-27-55104", "parties": {"Tavira Trading Lda": "clear", "Minera Andina del Sur SAC": "clear", "Veldmaas Metals B.V.": {"potential_match": "Veldmaas Metal Trading LLC (OFAC SDN, AE)", "score": 0.81}}, "vessel": {"imo": "9731245", "flag": "Malta", "owner": "Kestrel Bulk Ltd", "manager": "Ionian Ship Management", "status": "clear", "ais_gaps_90d": 0}}',
          },
          {
            say: 'Screening SCR-27-55104 (after a 429 on the first call, retried after 20 s): Tavira, Minera Andina and the vessel Sea Kestrel (Malta flag, Kestrel Bulk / Ionian SM, no AIS gaps) are clear. Veldmaas Metals B.V. scored 0.81 against Veldmaas Metal Trading LLC (SDN, UAE) — **discounted**: different legal form, KvK 68120455 in Rotterdam, no common directors. Clear to bind.',
          },
        ],
      },
      {
        name: 'policy_issuer',
        description: 'Issues cargo insurance certificates',
        instructions: 'Issue the certificate and return its number and premium.',
        replies: [
          {
            call: 'issue_certificate',
            args: {
              insured: 'Tavira Trading Lda',
              sum_insured_usd: 11400000,
              rate_pct: 0.085,
              clauses: 'ICC (A)',
              screening_ref: 'SCR-27-55104',
            },
            result: '{"certificate": "MC-27-031877", "premium_usd": 9690.00, "status": "ISSUED"}',
          },
          { say: 'Certificate MC-27-031877 issued, premium USD 9,690.00 (0.085% of 11.4m).' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'quenby-retail-lease-counteroffer-two-rounds-terms-move',
    title:
      'The leasing router sends the negotiator back a second time with the landlord’s response; the tenant’s counter moves from £48.00 to £50.25 psf and heads of terms are drafted',
    domain: 'commercial leasing negotiation',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: the same worker is routed to twice, but the second round carries a new counteroffer and ends inside mandate',
    request:
      'Unit 14, Quenby Arcade, Bath (2,450 sq ft retail). Tenant Hollis & Vane (bakery-café) is negotiating a 10-year lease. Our mandate: headline rent no lower than £49.50 psf, rent-free at most 9 months, no break before year 5. Negotiate and, if we land inside mandate, draft heads of terms.',
    topology: {
      shape: 'network',
      coordinator: 'leasing_router',
      workers: ['terms_negotiator', 'hots_drafter'],
    },
    agents: [
      {
        name: 'leasing_router',
        description: 'Coordinates lease negotiations',
        instructions: 'Route negotiation rounds and drafting; finish when heads of terms are ready.',
        replies: [
          {
            handoff: 'terms_negotiator',
            message:
              'Unit 14 Quenby Arcade: get Hollis & Vane’s latest counter and answer it within mandate.',
          },
          {
            handoff: 'terms_negotiator',
            message:
              'Our reply (£51.00 psf, 6 months rent-free, break at year 5) went to their agent. Pull their response and tell me whether it lands inside mandate.',
          },
          {
            handoff: 'hots_drafter',
            message:
              'Draft HoTs, Unit 14 Quenby Arcade, Hollis & Vane: 10 years, £50.25 psf (£123,112.50 p.a.), 8 months rent-free, tenant break end of year 5 on 6 months’ notice with 3 months’ rent penalty, upward-only review year 5.',
          },
          {
            say: 'Unit 14 Quenby Arcade agreed with Hollis & Vane inside mandate: £50.25 psf (£123,112.50 p.a.), 8 months rent-free, break year 5 with 3 months’ penalty. Heads of terms HOT-QA14-v1 drafted and sent to both solicitors.',
          },
        ],
      },
      {
        name: 'terms_negotiator',
        description: 'Negotiates lease terms with tenants’ agents',
        instructions: 'Fetch counteroffers, compare with mandate, and propose or accept.',
        replies: [
          {
            call: 'fetch_counteroffer',
            args: { unit: 'QA-14', tenant: 'Hollis & Vane' },
            result:
              '{"round": 1, "received": "2027-04-06 10:12", "rent_psf": 48.00, "rent_free_months": 12, "break": "end of year 3", "term_years": 10}',
          },
          {
            say: 'Round 1 counter: £48.00 psf, 12 months rent-free, break at year 3 — outside mandate on all three. Our response sent: £51.00 psf, 6 months rent-free, break at year 5.',
          },
          {
            call: 'fetch_counteroffer',
            args: { unit: 'QA-14', tenant: 'Hollis & Vane' },
            result:
              '{"round": 2, "received": "2027-04-08 16:47", "rent_psf": 50.25, "rent_free_months": 8, "break": "end of year 5, 6 months notice, penalty 3 months rent", "term_years": 10}',
          },
          {
            say: 'Round 2 counter: £50.25 psf (≥ £49.50 floor), 8 months rent-free (≤ 9), break end of year 5 with 3 months’ penalty — **inside mandate**. Recommend accepting. Headline £123,112.50 p.a. on 2,450 sq ft.',
          },
        ],
      },
      {
        name: 'hots_drafter',
        description: 'Drafts heads of terms',
        instructions: 'Draft heads of terms from agreed terms.',
        replies: [
          {
            say: '**Heads of terms HOT-QA14-v1 — subject to contract**\n| term | agreed |\n|---|---|\n| premises | Unit 14, Quenby Arcade, Bath (2,450 sq ft) |\n| tenant | Hollis & Vane Ltd |\n| term | 10 years |\n| rent | £50.25 psf = £123,112.50 p.a. excl. VAT |\n| rent-free | 8 months |\n| break | tenant, end of year 5, 6 months’ notice, 3 months’ rent penalty |\n| review | upward-only, year 5 |',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ashcombe-italian-invoice-fine-mese-due-date-read-right',
    title:
      'An Italian supplier invoice in decimal-comma euros with “60 gg data fattura fine mese” terms is matched at EUR 1,234,567.89 and scheduled for 31 May, as the terms say',
    domain: 'accounts payable',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: European number format and Italian payment terms that are easy to misread, read correctly',
    request:
      'Please process invoice FT 2027/0318 from Officine Meccaniche Ravelli S.p.A. (PO 4500-70915, GRN received in full). Invoice date 14/03/2027, «Importo totale: € 1.234.567,89 — Pagamento: bonifico 60 gg data fattura fine mese». Match it and schedule payment on the contractual date, not earlier.',
    topology: {
      shape: 'branch',
      classifier: 'invoice_triage',
      routes: { 'three-way match': 'match_clerk', exception: 'exception_handler' },
      after: 'payment_scheduler',
    },
    agents: [
      {
        name: 'invoice_triage',
        description: 'Routes incoming supplier invoices',
        instructions: 'Route to three-way match when PO and GRN exist, else exception.',
        replies: [
          {
            say: 'three-way match — FT 2027/0318 Ravelli, PO 4500-70915 open, GRN 5000-33871 posted in full.',
          },
        ],
      },
      {
        name: 'exception_handler',
        description: 'Handles invoices that cannot be matched',
        instructions: 'Resolve exceptions.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'match_clerk',
        description: 'Performs three-way matching',
        instructions: 'Match invoice, PO and goods receipt; compute the due date from the payment terms.',
        prompt: 'Triage: {input}\n\nInvoice: {request}',
        replies: [
          {
            call: 'three_way_match',
            args: { invoice: 'FT 2027/0318', po: '4500-70915', grn: '5000-33871' },
            result:
              '{"po_value_eur": 1234567.89, "grn_value_eur": 1234567.89, "invoice_value_eur": 1234567.89, "variance_eur": 0.00, "tolerance": "0.5%", "result": "MATCHED", "payment_terms_code": "Z60F (60 days from invoice date, end of month)"}',
          },
          {
            say: 'FT 2027/0318 matched: € 1.234.567,89 = **EUR 1,234,567.89** on invoice, PO and GRN (variance 0.00). Terms "60 gg data fattura fine mese" = Z60F: 14/03/2027 + 60 days = 13/05/2027 → end of that month → **due 31/05/2027**.',
          },
        ],
      },
      {
        name: 'payment_scheduler',
        description: 'Schedules supplier payments',
        instructions: 'Schedule the payment for its due date.',
        prompt: 'Match result:\n{input}',
        replies: [
          {
            call: 'schedule_payment',
            args: {
              vendor: 'Officine Meccaniche Ravelli S.p.A.',
              invoice: 'FT 2027/0318',
              amount_eur: 1234567.89,
              value_date: '2027-05-31',
              method: 'SEPA credit transfer',
            },
            result:
              '{"payment_run": "PR-2027-05-31-EUR", "status": "SCHEDULED", "amount": "1,234,567.89 EUR"}',
          },
          {
            say: 'FT 2027/0318 scheduled: EUR 1,234,567.89 by SEPA in payment run PR-2027-05-31-EUR, value date 31 May 2027 (60 days from invoice date, end of month).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'brackwater-wht-reclaim-swiss-sleeve-nothing-to-claim',
    title:
      'Three withholding-tax reclaim briefs go out; the Swiss analyst answers in two lines that the fund received no Swiss dividends in 2026, and the summary says so',
    domain: 'fund withholding tax recovery',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message: one worker’s answer is nearly empty, but its brief reached it and “nothing to reclaim” is its real finding',
    request:
      'Brackwater European Income Fund (Irish ICAV, treaty-eligible): prepare the 2026 withholding tax reclaims for Germany, Switzerland and France. Custodian: Harlow Trust, account BEIF-0091. Give me one table of amounts to reclaim by market and the filing deadlines.',
    topology: {
      shape: 'fanout',
      planner: 'reclaim_planner',
      workers: ['germany_tax_analyst', 'swiss_tax_analyst', 'france_tax_analyst'],
      aggregator: 'reclaim_summary_writer',
    },
    agents: [
      {
        name: 'reclaim_planner',
        description: 'Plans WHT reclaim work by market',
        instructions: 'One brief per market analyst.',
        replies: [
          {
            plan: {
              germany_tax_analyst:
                'BEIF-0091, 2026 German dividends: KapESt 26.375% withheld; IE–DE treaty rate 15%. Compute reclaimable excess, BZSt form, deadline (4 years).',
              swiss_tax_analyst:
                'BEIF-0091, 2026 Swiss dividends: Verrechnungssteuer 35% withheld; IE–CH treaty 15%. Compute reclaimable 20%, form 72, deadline (3 years).',
              france_tax_analyst:
                'BEIF-0091, 2026 French dividends: 25% withheld; IE–FR treaty 15%. Compute reclaimable 10%, form 5000/5001, deadline (2 years from 1 Jan after payment).',
            },
          },
        ],
      },
      {
        name: 'germany_tax_analyst',
        description: 'German WHT reclaims',
        instructions: 'Compute the German reclaim.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'custody_income',
            args: { account: 'BEIF-0091', market: 'DE', year: 2026 },
            result:
              '{"events": 14, "gross_eur": 3846210.00, "withheld_eur": 1014438.89, "rate": "26.375%", "treaty_entitlement_eur": 576931.50}',
          },
          {
            say: 'DE 2026: 14 dividend events, gross EUR 3,846,210.00, withheld 26.375% = EUR 1,014,438.89; treaty 15% = 576,931.50 → **reclaim EUR 437,507.39** (BZSt, deadline 31/12/2030).',
          },
        ],
      },
      {
        name: 'swiss_tax_analyst',
        description: 'Swiss WHT reclaims',
        instructions: 'Compute the Swiss reclaim.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'custody_income',
            args: { account: 'BEIF-0091', market: 'CH', year: 2026 },
            result:
              '{"events": 0, "gross_chf": 0.00, "withheld_chf": 0.00, "note": "no CH holdings since 2025-11-14 (Nestlé, Roche sold)"}',
          },
          {
            say: 'CH 2026: no Swiss dividends — last Swiss holdings sold 14/11/2025. Nothing to reclaim, no form 72 needed.',
          },
        ],
      },
      {
        name: 'france_tax_analyst',
        description: 'French WHT reclaims',
        instructions: 'Compute the French reclaim.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'custody_income',
            args: { account: 'BEIF-0091', market: 'FR', year: 2026 },
            result:
              '{"events": 9, "gross_eur": 2210480.00, "withheld_eur": 552620.00, "rate": "25%", "treaty_entitlement_eur": 331572.00}',
          },
          {
            say: 'FR 2026: 9 events, gross EUR 2,210,480.00, withheld 25% = EUR 552,620.00; treaty 15% = 331,572.00 → **reclaim EUR 221,048.00** (forms 5000/5001, deadline 31/12/2028).',
          },
        ],
      },
      {
        name: 'reclaim_summary_writer',
        description: 'Summarises reclaim positions',
        instructions: 'One table of amounts and deadlines.',
        prompt: 'Market results:\n{input}',
        replies: [
          {
            say: '**BEIF-0091 — 2026 WHT reclaims**\n| market | gross dividends | reclaim | filing | deadline |\n|---|---|---|---|---|\n| Germany | EUR 3,846,210.00 | **EUR 437,507.39** | BZSt | 31/12/2030 |\n| Switzerland | — (no CH holdings in 2026, sold 14/11/2025) | nil | none | — |\n| France | EUR 2,210,480.00 | **EUR 221,048.00** | 5000/5001 | 31/12/2028 |\n| **total** | | **EUR 658,555.39** | | |',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'veldhoven-rcf-amendment-only-changed-lines-as-asked',
    title:
      'Asked for only what changed in the borrower’s amended RCF term sheet, the term-sheet editor answers with a three-row table and nothing else',
    domain: 'corporate banking (revolving credit facilities)',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: a very short answer that lists only the three changed clauses, which is exactly what the request asked for',
    request:
      'Veldhoven Foods B.V. sent back the amended term sheet for the EUR 60m RCF (their mark-up v4 vs our v3). Just tell me what changed — no restatement of the whole sheet, I have it open.',
    topology: {
      shape: 'swarm',
      entry: 'deal_desk',
      agents: ['deal_desk', 'term_sheet_editor'],
    },
    agents: [
      {
        name: 'deal_desk',
        description: 'Front desk for corporate lending requests',
        instructions: 'Pull the documents and transfer to the term sheet editor for comparisons.',
        replies: [
          {
            call: 'fetch_documents',
            args: { deal: 'VELD-RCF-2027', versions: ['v3', 'v4'] },
            result:
              '{"v3": "TS_Veldhoven_RCF_v3_bank.docx (12 Mar 2027)", "v4": "TS_Veldhoven_RCF_v4_borrower_markup.docx (19 Mar 2027)", "pages": 9}',
          },
          {
            handoff: 'term_sheet_editor',
            message:
              'Veldhoven RCF: v3 (ours, 12/03) vs v4 (borrower mark-up, 19/03). Client wants only the changes, short.',
          },
        ],
      },
      {
        name: 'term_sheet_editor',
        description: 'Compares and edits term sheets',
        instructions: 'Compare versions and answer in the form the client asked for.',
        replies: [
          {
            call: 'diff_terms',
            args: { base: 'v3', revised: 'v4', deal: 'VELD-RCF-2027' },
            result:
              '{"changed": [{"clause": "Margin", "v3": "E + 1.85% p.a.", "v4": "E + 1.70% p.a."}, {"clause": "Commitment fee", "v3": "35% of margin", "v4": "30% of margin"}, {"clause": "Leverage covenant", "v3": "≤ 3.00x", "v4": "≤ 3.25x, stepping to 3.00x from Q2 2028"}], "unchanged_clauses": 24, "formatting_only": 3}',
          },
          {
            say: '| clause | v3 (ours) | v4 (Veldhoven) |\n|---|---|---|\n| Margin | E + 185 bps | E + 170 bps |\n| Commitment fee | 35% of margin | 30% of margin |\n| Net leverage | ≤ 3.00x | ≤ 3.25x, 3.00x from Q2 2028 |\n\nEverything else unchanged (24 clauses; 3 formatting-only edits).',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch49Scenarios = [...faults, ...healthy];
