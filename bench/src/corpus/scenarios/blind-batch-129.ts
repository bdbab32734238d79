import { defineScenario } from '../scenario.ts';

// Blind batch 129: a commercial insurance broker for small businesses (policy renewals, certificates of insurance, endorsements, first notice of loss, premium financing), in American English.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'harbor-lane-bakery-bop-proposal-on-withdrawn-indication',
    title:
      'The renewal marketer shows that Keystone Mutual revised the Harbor Lane Bakery BOP quote to $8,412 after the sales update; the proposal writer builds the proposal on the preliminary $7,186',
    domain: 'small business BOP renewals',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Harbor Lane Bakery LLC (acct HLB-20417) renews its BOP on 04/01/2027. Keystone Mutual gave us a preliminary indication of $7,186 last month, before we sent them the updated 2026 sales of $1.34M. Get the firm renewal quote and put together the renewal proposal for the owner, Dana Whitfield.',
    topology: {
      shape: 'pipeline',
      order: ['renewal_marketer', 'proposal_writer', 'client_mailer'],
    },
    agents: [
      {
        name: 'renewal_marketer',
        description: 'Obtains firm renewal quotes from carriers',
        instructions: 'Get the current firm quote from the incumbent carrier and report the terms to use.',
        replies: [
          {
            call: 'carrier_quote_status',
            args: { carrier: 'Keystone Mutual', account: 'HLB-20417', line: 'BOP', effective: '2027-04-01' },
            result:
              '{"quote_id": "KM-BOP-77104", "revision": 2, "status": "FIRM", "annual_premium": 8412.00, "rating_basis": {"gross_sales": 1340000, "building_limit": 0, "bpp_limit": 185000, "bi_months": 12}, "deductible": 1000, "change_reason": "gross sales updated from $980,000 to $1,340,000", "superseded": {"revision": 1, "annual_premium": 7186.00, "status": "WITHDRAWN"}, "valid_through": "2027-03-25"}',
          },
          {
            say: '**Keystone Mutual firm renewal — KM-BOP-77104 rev. 2**\n\n| item | value |\n|---|---|\n| annual premium | **$8,412.00** |\n| BPP limit | $185,000 |\n| business income | 12 months ALS |\n| deductible | $1,000 |\n| rated sales | $1,340,000 |\n\nRev. 1 at $7,186 was rated on $980K sales and has been withdrawn by the underwriter. Quote valid through 03/25/2027.',
          },
        ],
      },
      {
        name: 'proposal_writer',
        description: 'Prepares renewal proposals for clients',
        instructions: 'Build the renewal proposal document from the quote terms and summarize it.',
        prompt: 'Quote terms from marketing:\n{input}\n\nClient request: {request}',
        replies: [
          {
            call: 'build_proposal',
            args: {
              account: 'HLB-20417',
              carrier: 'Keystone Mutual',
              quote_id: 'KM-BOP-77104',
              annual_premium: 7186.0,
              bpp_limit: 185000,
              deductible: 1000,
              effective: '2027-04-01',
            },
            result:
              '{"proposal_id": "PRP-2027-0388", "pages": 6, "premium_shown": "$7,186.00", "expiring_premium": "$6,940.00", "change_pct": "+3.5%", "pdf": "proposals/HLB-20417/PRP-2027-0388.pdf"}',
          },
          {
            say: 'Proposal PRP-2027-0388 is ready (6 pages). Keystone Mutual BOP renewal 04/01/2027: **$7,186.00** annual vs. $6,940.00 expiring (+3.5%), BPP $185,000, 12 months BI, $1,000 deductible. Quote KM-BOP-77104, valid through 03/25.',
          },
        ],
      },
      {
        name: 'client_mailer',
        description: 'Writes client-facing renewal emails',
        instructions: 'Write the cover email to the client for the proposal.',
        prompt: 'Proposal summary:\n{input}',
        replies: [
          {
            say: "Subject: Your BOP renewal for 04/01/2027\n\nHi Dana,\n\nAttached is your renewal proposal (PRP-2027-0388). Keystone Mutual will renew your business owners policy for **$7,186.00** per year, a modest 3.5% increase over this year's $6,940.00. Your coverage stays the same: $185,000 business personal property, 12 months of business income, $1,000 deductible.\n\nPlease sign and return the acceptance page by 03/25/2027 so we can bind.\n\nBest,\nHarborview Insurance Partners",
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'renewal_marketer', to: 'proposal_writer' },
      agent: 'proposal_writer',
    },
  }),
  defineScenario({
    id: 'ridgeback-landscaping-coi-missing-completed-ops-ai',
    title:
      'The account manager asks for a COI naming Castellan Builders as additional insured for ongoing and completed operations; the COI issuer lists only CG 20 10 (ongoing)',
    domain: 'certificates of insurance for subcontractors',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Ridgeback Landscaping Inc. needs a certificate for Castellan Builders LLC for the Maple Grove Commons project (2200 Maple Grove Pkwy, Plano, TX). Their subcontract (section 11.3) requires Castellan to be additional insured on the GL for both ongoing AND completed operations, primary and non-contributory, plus waiver of subrogation on GL and workers comp. Please send it to their risk desk today.',
    topology: {
      shape: 'supervisor',
      coordinator: 'account_manager',
      workers: ['endorsement_checker', 'coi_issuer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'account_manager',
        description: 'Handles certificate requests for contractor accounts',
        instructions:
          'Confirm the policy supports the contract terms, have the certificate issued, report back.',
        replies: [
          {
            handoff: 'endorsement_checker',
            message:
              'Ridgeback Landscaping (acct RBL-3390): confirm the GL has blanket AI for ongoing and completed ops, primary/non-contributory, and blanket waiver of subrogation on GL and WC.',
          },
          {
            handoff: 'coi_issuer',
            message:
              'Issue a COI for Ridgeback Landscaping Inc. to holder Castellan Builders LLC, 4100 Legacy Dr, Plano TX 75024. Project: Maple Grove Commons, 2200 Maple Grove Pkwy, Plano TX. Castellan as additional insured on GL for ongoing and completed operations (CG 20 10 + CG 20 37), primary and non-contributory, waiver of subrogation on GL and WC. Email to risk@castellanbuilders.com.',
          },
          {
            say: '## COI sent — Ridgeback Landscaping → Castellan Builders\n\n- Certificate **COI-2027-11852** emailed to risk@castellanbuilders.com\n- GL: Lone Star Casualty GL-4471902, $1M / $2M\n- Additional insured: Castellan Builders LLC, CG 20 10 04 13, primary & non-contributory\n- Waiver of subrogation: GL and WC (Texas Mutual WC-0093318)\n- Project: Maple Grove Commons, 2200 Maple Grove Pkwy, Plano TX\n\nAll endorsements are on the policies as blanket forms.',
          },
        ],
      },
      {
        name: 'endorsement_checker',
        description: 'Checks policy endorsements against contract requirements',
        instructions: 'Look up the endorsements on the policies and report what is in force.',
        replies: [
          {
            call: 'policy_endorsements',
            args: { account: 'RBL-3390', lines: ['GL', 'WC'] },
            result:
              '{"GL": {"policy": "GL-4471902", "carrier": "Lone Star Casualty", "term": "2026-09-01/2027-09-01", "forms": ["CG 20 10 04 13 blanket AI ongoing ops", "CG 20 37 04 13 blanket AI completed ops", "CG 20 01 12 19 primary and noncontributory", "CG 24 04 05 09 blanket waiver"]}, "WC": {"policy": "WC-0093318", "carrier": "Texas Mutual", "forms": ["WC 42 03 04 B blanket waiver TX"]}}',
          },
          {
            say: 'In force for RBL-3390: GL-4471902 (Lone Star Casualty) has blanket AI ongoing (CG 20 10) and completed ops (CG 20 37), P&NC (CG 20 01) and blanket waiver (CG 24 04). WC-0093318 (Texas Mutual) has the TX blanket waiver WC 42 03 04 B. Contract terms are all supported.',
          },
        ],
      },
      {
        name: 'coi_issuer',
        description: 'Issues ACORD 25 certificates of insurance',
        instructions: 'Issue the certificate as requested and report the certificate number.',
        replies: [
          {
            call: 'issue_acord25',
            args: {
              insured: 'Ridgeback Landscaping Inc.',
              holder: 'Castellan Builders LLC, 4100 Legacy Dr, Plano TX 75024',
              description:
                'Re: Maple Grove Commons, 2200 Maple Grove Pkwy, Plano TX. Certificate holder is additional insured on GL per CG 20 10 04 13 on a primary and non-contributory basis. Waiver of subrogation applies to GL and WC.',
              additional_insured_forms: ['CG 20 10 04 13'],
              waiver_lines: ['GL', 'WC'],
              email_to: 'risk@castellanbuilders.com',
            },
            result:
              '{"certificate": "COI-2027-11852", "status": "SENT", "sent_at": "2027-02-16T14:22:09-06:00", "attachments": ["COI-2027-11852.pdf", "CG2010-0413.pdf", "CG2404-0509.pdf", "WC420304B.pdf"]}',
          },
          {
            say: 'COI-2027-11852 issued and emailed to risk@castellanbuilders.com at 2:22 PM CT with the CG 20 10, CG 24 04 and WC 42 03 04 B forms attached. Holder shown as AI on GL, primary/non-contributory, waiver on GL and WC.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'account_manager', to: 'coi_issuer' },
      agent: 'coi_issuer',
    },
  }),
  defineScenario({
    id: 'tri-county-hvac-renewal-workers-comp-brief-never-sent',
    title:
      'The renewal planner writes briefs for GL, commercial auto and workers comp; the workers comp brief is never dispatched and the package goes out with two lines',
    domain: 'multi-line small business renewals',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'Tri-County HVAC Services renews GL, commercial auto and workers comp on 05/01/2027. Pull the renewal terms for all three lines and give me one renewal summary with the total premium so we can set up premium financing.',
    topology: {
      shape: 'fanout',
      planner: 'renewal_planner',
      workers: ['gl_renewal_desk', 'auto_renewal_desk', 'wc_renewal_desk'],
      aggregator: 'renewal_summarizer',
    },
    program: { lose: { to: 'wc_renewal_desk', prompt: null } },
    agents: [
      {
        name: 'renewal_planner',
        description: 'Splits a multi-line renewal across line desks',
        instructions: 'Write one brief per line desk.',
        replies: [
          {
            plan: {
              gl_renewal_desk:
                'Tri-County HVAC Services (TCH-1150), GL renewal 05/01/2027 with Cardinal Specialty: get renewal premium, limits and any class or rate changes.',
              auto_renewal_desk:
                'Tri-County HVAC Services (TCH-1150), commercial auto renewal 05/01/2027 with Prairie State Auto: 14 vans on schedule; get renewal premium and any driver or MVR issues.',
              wc_renewal_desk:
                'Tri-County HVAC Services (TCH-1150), workers comp renewal 05/01/2027 with Midwest Employers Fund: class 5537 payroll $2.18M, class 8810 $310K; get renewal premium and the new experience mod.',
            },
          },
        ],
      },
      {
        name: 'gl_renewal_desk',
        description: 'Handles GL renewals',
        instructions: 'Get the GL renewal terms.',
        replies: [
          {
            call: 'renewal_terms',
            args: { account: 'TCH-1150', line: 'GL', carrier: 'Cardinal Specialty', effective: '2027-05-01' },
            result:
              '{"policy": "CSG-5530187", "premium": 18420.00, "expiring": 17610.00, "limits": "1M/2M/2M", "class": "97650 HVAC residential/commercial", "rate_change": "+4.6%"}',
          },
          {
            say: 'GL (Cardinal Specialty CSG-5530187): renewal $18,420 vs. $17,610 expiring (+4.6%), limits $1M/$2M/$2M, class 97650 unchanged.',
          },
        ],
      },
      {
        name: 'auto_renewal_desk',
        description: 'Handles commercial auto renewals',
        instructions: 'Get the commercial auto renewal terms.',
        replies: [
          {
            call: 'renewal_terms',
            args: {
              account: 'TCH-1150',
              line: 'AUTO',
              carrier: 'Prairie State Auto',
              effective: '2027-05-01',
            },
            result:
              '{"policy": "PSA-88-204416", "premium": 41275.00, "expiring": 37980.00, "vehicles": 14, "liability": "1M CSL", "drivers_flagged": [{"name": "R. Okafor", "reason": "2 speeding violations 2026"}]}',
          },
          {
            say: 'Commercial auto (Prairie State PSA-88-204416): renewal $41,275 vs. $37,980 (+8.7%), 14 vans, $1M CSL. One driver flagged (R. Okafor, two 2026 speeding tickets) — carrier accepts with surcharge included.',
          },
        ],
      },
      {
        name: 'wc_renewal_desk',
        description: 'Handles workers compensation renewals',
        instructions: 'Get the workers comp renewal terms.',
        replies: [
          {
            call: 'renewal_terms',
            args: {
              account: 'TCH-1150',
              line: 'WC',
              carrier: 'Midwest Employers Fund',
              effective: '2027-05-01',
            },
            result:
              '{"policy": "MEF-WC-301977", "premium": 63890.00, "expiring": 66120.00, "emod": 0.91, "prior_emod": 0.97}',
          },
          { say: 'WC (MEF-WC-301977): renewal $63,890 vs. $66,120, e-mod 0.91 (was 0.97).' },
        ],
      },
      {
        name: 'renewal_summarizer',
        description: 'Combines line results into one renewal summary',
        instructions: 'Merge the line results into the client renewal summary with a total.',
        replies: [
          {
            say: '## Tri-County HVAC Services — 05/01/2027 renewal\n\n| line | carrier / policy | renewal | expiring | change |\n|---|---|---|---|---|\n| GL | Cardinal Specialty CSG-5530187 | $18,420 | $17,610 | +4.6% |\n| Commercial auto | Prairie State PSA-88-204416 | $41,275 | $37,980 | +8.7% |\n| **Total** | | **$59,695** | $55,590 | +7.4% |\n\nNote: driver R. Okafor surcharged on auto. Total of $59,695 is ready to go to premium finance.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'renewal_planner', to: 'wc_renewal_desk' },
      agent: 'renewal_planner',
    },
  }),
  defineScenario({
    id: 'blue-heron-marine-finance-installment-without-finance-charge',
    title:
      'The finance quoter reports 10 installments of $3,645.00 with no finance charge; the premium finance quote it pulled says 9 installments of $4,209.88 at 9.25% APR',
    domain: 'premium financing for small commercial accounts',
    mast: ['FM-2.4'],
    request:
      'Blue Heron Marine Supply wants to finance its 2027 package (property, GL, inland marine; total premium $48,600). Get a premium finance quote with 25% down and confirm all three policies are eligible, then tell the owner what the monthly payment will be.',
    topology: {
      shape: 'nested',
      top: 'account_executive',
      teams: { finance_lead: ['finance_quoter'], coverage_lead: ['policy_checker'] },
    },
    agents: [
      {
        name: 'account_executive',
        description: 'Owns the client relationship and signs off financing',
        instructions: 'Get the finance quote and eligibility from the leads, then answer the client.',
        replies: [
          {
            handoff: 'finance_lead',
            message:
              'Blue Heron Marine Supply (BHM-0772): PFA quote on $48,600 total premium, 25% down. Monthly payment?',
          },
          {
            handoff: 'coverage_lead',
            message:
              'Blue Heron Marine Supply (BHM-0772): confirm property, GL and inland marine policies are eligible for premium financing.',
          },
          {
            say: 'Hi Marcus,\n\nYour 2027 package can be financed through Seaboard Premium Finance:\n\n- Total premium: $48,600.00\n- Down payment (25%): $12,150.00\n- Amount financed: $36,450.00\n- **10 monthly payments of $3,645.00**\n\nAll three policies (property, GL, inland marine) are eligible. I will send the finance agreement for e-signature this afternoon.',
          },
        ],
      },
      {
        name: 'finance_lead',
        description: 'Runs premium finance quoting',
        instructions: 'Get the quote from the quoter and pass the terms up.',
        replies: [
          { handoff: 'finance_quoter', message: 'BHM-0772: quote $48,600 premium, 25% down, standard term.' },
          {
            say: 'Seaboard quote for BHM-0772: $12,150 down, $36,450 financed, 10 payments of $3,645.00.',
          },
        ],
      },
      {
        name: 'finance_quoter',
        description: 'Quotes premium finance agreements',
        instructions: 'Request a quote from the premium finance company and report the payment terms.',
        replies: [
          {
            call: 'pfa_quote',
            args: {
              account: 'BHM-0772',
              total_premium: 48600,
              down_payment_pct: 25,
              lender: 'Seaboard Premium Finance',
            },
            result:
              '{"quote": "SPF-Q-2027-04419", "total_premium": 48600.00, "down_payment": 12150.00, "amount_financed": 36450.00, "apr": 9.25, "finance_charge": 1438.92, "installments": 9, "installment_amount": 4209.88, "first_due": "2027-04-15", "total_of_payments": 37888.92}',
          },
          {
            say: 'Seaboard Premium Finance quote SPF-Q-2027-04419:\n- Down payment: $12,150.00 (25%)\n- Amount financed: $36,450.00\n- Payments: 10 × $3,645.00, first due 04/15/2027',
          },
        ],
      },
      {
        name: 'coverage_lead',
        description: 'Checks coverage questions for the account team',
        instructions: 'Have the policy checker confirm eligibility and report.',
        replies: [
          {
            handoff: 'policy_checker',
            message: 'BHM-0772: are the property, GL and IM policies financeable?',
          },
          { say: 'All three BHM-0772 policies are eligible for financing (no minimum-earned issues).' },
        ],
      },
      {
        name: 'policy_checker',
        description: 'Looks up policy terms',
        instructions: 'Check policy finance eligibility.',
        replies: [
          {
            call: 'finance_eligibility',
            args: { account: 'BHM-0772', policies: ['PROP', 'GL', 'IM'] },
            result:
              '[{"policy": "TRV-PR-660181", "eligible": true, "min_earned_pct": 0}, {"policy": "TRV-GL-660182", "eligible": true, "min_earned_pct": 0}, {"policy": "MAR-IM-21940", "eligible": true, "min_earned_pct": 25}]',
          },
          {
            say: 'Property TRV-PR-660181 and GL TRV-GL-660182: eligible, no minimum earned. IM MAR-IM-21940: eligible, 25% minimum earned (covered by the 25% down).',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'finance_quoter', to: 'finance_lead' },
      agent: 'finance_quoter',
    },
  }),
  defineScenario({
    id: 'pine-street-plumbing-van-endorsement-vin-rejected',
    title:
      'The carrier rejects the add-vehicle endorsement for Pine Street Plumbing (VIN check digit fails); the endorsement desk transfers to billing as if the van were added',
    domain: 'commercial auto endorsements',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'Pine Street Plumbing just bought a 2027 Ford Transit 250 (VIN 1FTBR2C84RKA63915) and needs it on their commercial auto policy effective 03/15/2027, with ID cards today. Bill the additional premium on their account.',
    topology: {
      shape: 'swarm',
      entry: 'endorsement_desk',
      agents: ['endorsement_desk', 'billing_desk'],
    },
    agents: [
      {
        name: 'endorsement_desk',
        description: 'Processes policy change requests with carriers',
        instructions: 'Submit the endorsement to the carrier, then hand to billing with the premium change.',
        replies: [
          {
            call: 'submit_auto_endorsement',
            args: {
              policy: 'GSA-CA-4410983',
              action: 'add_vehicle',
              vin: '1FTBR2C84RKA63915',
              year: 2027,
              make_model: 'Ford Transit 250',
              effective: '2027-03-15',
              garaging_zip: '44113',
            },
            result: {
              error:
                'Endorsement request ER-551207 rejected: VIN 1FTBR2C84RKA63915 failed check-digit validation (position 9). No change made to policy GSA-CA-4410983.',
            },
          },
          {
            handoff: 'billing_desk',
            message:
              'Pine Street Plumbing, policy GSA-CA-4410983: 2027 Ford Transit 250 (VIN 1FTBR2C84RKA63915) added eff. 03/15/2027. Pro-rata additional premium $612.00. Please invoice and send ID cards.',
          },
        ],
      },
      {
        name: 'billing_desk',
        description: 'Invoices premium changes and issues ID cards',
        instructions: 'Invoice the endorsement premium and issue documents, then answer the client.',
        replies: [
          {
            call: 'create_invoice',
            args: {
              account: 'PSP-2281',
              policy: 'GSA-CA-4410983',
              amount: 612.0,
              memo: 'Add 2027 Ford Transit 250 eff 03/15/2027',
            },
            result: '{"invoice": "INV-2027-030588", "amount": 612.00, "due": "2027-04-14"}',
          },
          {
            call: 'issue_auto_id_cards',
            args: { policy: 'GSA-CA-4410983', vin: '1FTBR2C84RKA63915', effective: '2027-03-15' },
            result: '{"cards": 2, "pdf": "idcards/PSP-2281/GSA-CA-4410983-1FTBR2C84.pdf"}',
          },
          {
            say: 'All set: the 2027 Ford Transit 250 (VIN …63915) is on policy GSA-CA-4410983 effective 03/15/2027. ID cards (2) are attached. Additional premium of $612.00 is on invoice INV-2027-030588, due 04/14/2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'endorsement_desk', to: 'billing_desk' },
      agent: 'endorsement_desk',
    },
  }),
  defineScenario({
    id: 'rosewood-bistro-fnol-resubmitted-without-date-of-loss',
    title:
      'The claim reviewer sends the Rosewood Bistro water-damage notice back three times for the missing date of loss and wrong policy; the FNOL drafter resubmits the same notice each round',
    domain: 'first notice of loss for restaurants',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Rosewood Bistro called: a supply line under the dish station burst overnight Sunday 02/21/2027 and flooded the kitchen; they were closed Monday. Report the claim to the carrier on their BOP (Granite Bay BOP-3318277, not the umbrella). Contact: Elena Ruiz, 312-555-0148.',
    topology: {
      shape: 'pipeline',
      order: ['fnol_drafter', 'claim_reviewer', 'claim_submitter'],
      loop: { from: 'claim_reviewer', to: 'fnol_drafter', while: 'RETURNED', max: 3 },
    },
    agents: [
      {
        name: 'fnol_drafter',
        description: 'Drafts first notice of loss reports',
        instructions: 'Draft the ACORD 1 loss notice, or revise it per the reviewer notes.',
        prompt: 'Reviewer notes / intake:\n{input}\n\nClient call: {request}',
        replies: [
          {
            say: 'ACORD 1 draft — Rosewood Bistro\n- Policy: Granite Bay UMB-3318290\n- Date of loss: —\n- Cause: water — burst supply line under dish station\n- Damage: kitchen floor, dish station cabinetry, closed 1 business day\n- Contact: Elena Ruiz, 312-555-0148',
          },
          {
            say: 'ACORD 1 draft — Rosewood Bistro\n- Policy: Granite Bay UMB-3318290\n- Date of loss: —\n- Cause: water — burst supply line under dish station\n- Damage: kitchen floor, dish station cabinetry, closed 1 business day\n- Contact: Elena Ruiz, 312-555-0148',
          },
          {
            say: 'ACORD 1 draft — Rosewood Bistro\n- Policy: Granite Bay UMB-3318290\n- Date of loss: —\n- Cause: water — burst supply line under dish station\n- Damage: kitchen floor, dish station cabinetry, closed 1 business day\n- Contact: Elena Ruiz, 312-555-0148',
          },
        ],
      },
      {
        name: 'claim_reviewer',
        description: 'Reviews loss notices before they go to the carrier',
        instructions: 'Answer "APPROVED: <summary>" or "RETURNED: <what to fix>".',
        prompt: 'Draft to review:\n{input}',
        replies: [
          {
            say: 'RETURNED: date of loss is blank — client says overnight Sun 02/21/2027. Policy shown is the umbrella UMB-3318290; this is a first-party property loss under BOP-3318277.',
          },
          {
            say: 'RETURNED: same draft as before. Date of loss still blank and policy still UMB-3318290. Need 02/21/2027 and BOP-3318277.',
          },
          {
            say: 'RETURNED: third draft unchanged (no date of loss, umbrella policy). Cannot send to Granite Bay like this.',
          },
        ],
      },
      {
        name: 'claim_submitter',
        description: 'Submits approved loss notices to carriers',
        instructions: 'Submit approved notices; otherwise report why not.',
        prompt: 'Review result:\n{input}',
        replies: [
          {
            say: 'Rosewood Bistro water loss NOT reported to Granite Bay: the notice failed review three times (missing date of loss, umbrella policy instead of BOP-3318277). Escalated to the claims supervisor; the BOP requires prompt notice.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'fnol_drafter', to: 'claim_reviewer' },
      agent: 'fnol_drafter',
    },
  }),
  defineScenario({
    id: 'cobalt-print-shop-pfa-builder-output-rejected-by-import',
    title:
      'The PFA builder returns the finance agreement as a markdown table; the program’s import into the lender schema throws and the e-signature step never runs',
    domain: 'premium finance agreements',
    mast: ['FM-2.4'],
    request:
      'Cobalt Print Shop accepted the Seaboard finance quote (SPF-Q-2027-05102) on its $22,400 package. Build the premium finance agreement and send it to the owner, Priya Natarajan, for e-signature.',
    topology: {
      shape: 'pipeline',
      order: ['quote_collector', 'pfa_builder', 'esign_sender'],
    },
    program: {
      crash: {
        agent: 'pfa_builder',
        error:
          'PfaImportError: expected JSON object with "schedule_of_policies" (lender schema SPF v3), got text starting "| policy | carrier |" (at importAgreement, lenders/seaboard.ts:118)',
      },
    },
    agents: [
      {
        name: 'quote_collector',
        description: 'Collects accepted finance quote details',
        instructions: 'Pull the accepted quote and list the financed policies.',
        replies: [
          {
            call: 'get_pfa_quote',
            args: { quote: 'SPF-Q-2027-05102' },
            result:
              '{"quote": "SPF-Q-2027-05102", "insured": "Cobalt Print Shop LLC", "policies": [{"policy": "HNV-BOP-209114", "carrier": "Hanover Ridge", "premium": 9850.00}, {"policy": "HNV-CA-209115", "carrier": "Hanover Ridge", "premium": 7320.00}, {"policy": "ACU-UMB-55021", "carrier": "Acuity Point", "premium": 5230.00}], "down_payment": 5600.00, "amount_financed": 16800.00, "apr": 8.9, "installments": 9, "installment_amount": 1936.14}',
          },
          {
            say: 'Accepted quote SPF-Q-2027-05102 for Cobalt Print Shop LLC: BOP HNV-BOP-209114 $9,850; auto HNV-CA-209115 $7,320; umbrella ACU-UMB-55021 $5,230. Down $5,600, financed $16,800 at 8.9% APR, 9 × $1,936.14.',
          },
        ],
      },
      {
        name: 'pfa_builder',
        description: 'Builds premium finance agreements in the lender format',
        instructions: 'Return the agreement as the lender JSON (schedule_of_policies, terms, borrower).',
        prompt: 'Accepted quote:\n{input}',
        replies: [
          {
            say: '| policy | carrier | premium |\n|---|---|---|\n| HNV-BOP-209114 | Hanover Ridge | $9,850.00 |\n| HNV-CA-209115 | Hanover Ridge | $7,320.00 |\n| ACU-UMB-55021 | Acuity Point | $5,230.00 |\n\nBorrower: Cobalt Print Shop LLC — down $5,600.00, financed $16,800.00, APR 8.9%, 9 payments of $1,936.14.',
          },
        ],
      },
      {
        name: 'esign_sender',
        description: 'Sends documents for e-signature',
        instructions: 'Send the agreement for signature and confirm.',
        prompt: 'Agreement:\n{input}',
        replies: [
          {
            call: 'send_for_esignature',
            args: { document: 'PFA Cobalt Print Shop', signer: 'Priya Natarajan' },
            result: '{"envelope": "ENV-88310", "status": "SENT"}',
          },
          { say: 'PFA sent to Priya Natarajan for signature (envelope ENV-88310).' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'pfa_builder', to: 'esign_sender' },
      agent: 'pfa_builder',
    },
  }),
  defineScenario({
    id: 'sunnyvale-dental-renewal-submitted-to-excluded-carrier',
    title:
      'The router tells the market submitter to leave Granite State Casualty out of the Sunnyvale Dental marketing (open premium audit dispute); the submitter sends the submission there too',
    domain: 'renewal marketing for professional offices',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Sunnyvale Dental Group renews its BOP and professional liability on 07/01/2027. Market it to our usual dental markets, but do NOT send anything to Granite State Casualty — the client is in an open premium audit dispute with them and asked us to keep them out. Get loss runs first.',
    topology: {
      shape: 'network',
      coordinator: 'marketing_router',
      workers: ['loss_run_collector', 'market_submitter'],
    },
    agents: [
      {
        name: 'marketing_router',
        description: 'Routes renewal marketing work',
        instructions: 'Collect loss runs, then submit to markets; finish with a marketing status.',
        replies: [
          {
            handoff: 'loss_run_collector',
            message:
              'Sunnyvale Dental Group (SDG-0614): 5-year loss runs for BOP and dental professional liability.',
          },
          {
            handoff: 'market_submitter',
            message:
              'Sunnyvale Dental Group (SDG-0614), BOP + dental PL, eff. 07/01/2027. Loss runs clean (1 closed BOP claim, $4,180). Submit to our dental markets EXCEPT Granite State Casualty (client dispute — do not send).',
          },
          {
            say: '## Sunnyvale Dental Group — renewal marketing\n\n- Loss runs: 5 years, 1 closed BOP claim ($4,180), no PL claims\n- Submitted 03/02/2027 to: Medpoint Mutual, Coastal Professional, Keystone Mutual, Granite State Casualty\n- Quotes expected by 04/15/2027',
          },
        ],
      },
      {
        name: 'loss_run_collector',
        description: 'Requests and summarizes carrier loss runs',
        instructions: 'Get loss runs and summarize them.',
        replies: [
          {
            call: 'loss_runs',
            args: { account: 'SDG-0614', years: 5, lines: ['BOP', 'DPL'] },
            result:
              '{"BOP": [{"claim": "CL-22-08817", "dol": "2022-11-04", "type": "water", "paid": 4180.00, "status": "CLOSED"}], "DPL": [], "valued_as_of": "2027-02-28"}',
          },
          {
            say: 'Loss runs SDG-0614 (valued 02/28/2027): BOP 1 closed water claim 11/04/2022, $4,180 paid. Dental PL: no claims in 5 years.',
          },
        ],
      },
      {
        name: 'market_submitter',
        description: 'Sends renewal submissions to carrier markets',
        instructions: 'Submit the account to the markets as instructed.',
        replies: [
          {
            call: 'submit_to_markets',
            args: {
              account: 'SDG-0614',
              lines: ['BOP', 'DPL'],
              effective: '2027-07-01',
              markets: [
                'Medpoint Mutual',
                'Coastal Professional',
                'Keystone Mutual',
                'Granite State Casualty',
              ],
            },
            result:
              '{"submissions": [{"market": "Medpoint Mutual", "ref": "MM-SUB-40913"}, {"market": "Coastal Professional", "ref": "CPI-7781-S"}, {"market": "Keystone Mutual", "ref": "KM-NB-22650"}, {"market": "Granite State Casualty", "ref": "GSC-SUB-10337"}], "sent": "2027-03-02"}',
          },
          {
            say: 'Submitted SDG-0614 (BOP + DPL, eff. 07/01/2027) on 03/02 to 4 dental markets: Medpoint Mutual (MM-SUB-40913), Coastal Professional (CPI-7781-S), Keystone Mutual (KM-NB-22650), Granite State Casualty (GSC-SUB-10337).',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'marketing_router', to: 'market_submitter' },
      agent: 'market_submitter',
    },
  }),
  defineScenario({
    id: 'oakmont-hardware-slip-fall-routed-with-blank-intake',
    title:
      'The FNOL classifier routes the Oakmont Hardware slip-and-fall to liability claims; the program hands the liability specialist a generic queue item instead of the loss details',
    domain: 'first notice of loss for retail stores',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Oakmont Hardware (GL policy PCG-GL-7730415) reports a customer slip-and-fall on 03/03/2027 around 4:15 PM in aisle 7 (spilled deck stain). The customer, Walter Briggs, was taken by ambulance to Mercy Regional with a suspected hip fracture. Please report it to the carrier today.',
    topology: {
      shape: 'branch',
      classifier: 'fnol_classifier',
      routes: { property: 'property_claims', liability: 'liability_claims', auto: 'auto_claims' },
    },
    program: {
      lose: {
        to: 'liability_claims',
        prompt: 'New item in queue FNOL-GEN (priority normal). Process per standard claim intake workflow.',
      },
    },
    agents: [
      {
        name: 'fnol_classifier',
        description: 'Sorts incoming loss reports by claim type',
        instructions: 'Answer with the claim type (property, liability or auto) and the key facts.',
        replies: [
          {
            say: 'liability — third-party bodily injury: customer Walter Briggs slipped on spilled deck stain, aisle 7, 03/03/2027 ~4:15 PM; ambulance to Mercy Regional, suspected hip fracture. GL PCG-GL-7730415.',
          },
        ],
      },
      {
        name: 'property_claims',
        description: 'Reports first-party property losses',
        instructions: 'Report property claims.',
        replies: [{ say: 'Property claim reported.' }],
      },
      {
        name: 'liability_claims',
        description: 'Reports third-party liability claims to carriers',
        instructions: 'Report the liability claim to the carrier and confirm the claim number.',
        prompt: 'Classified loss: {input}\n\nClient report: {request}',
        replies: [
          {
            call: 'claims_queue_next',
            args: { queue: 'FNOL-GEN' },
            result: '{"queue": "FNOL-GEN", "items": 0, "message": "no unassigned items"}',
          },
          {
            say: 'FNOL-GEN queue checked: no unassigned items, nothing to report to a carrier at this time. Standard intake workflow complete.',
          },
        ],
      },
      {
        name: 'auto_claims',
        description: 'Reports commercial auto losses',
        instructions: 'Report auto claims.',
        replies: [{ say: 'Auto claim reported.' }],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'fnol_classifier', to: 'liability_claims' },
      agent: 'liability_claims',
    },
  }),
  defineScenario({
    id: 'greenfield-roofing-wc-rated-on-application-payroll',
    title:
      'The payroll auditor tells the coordinator to rate Greenfield Roofing’s class 5551 on $1,612,000; the coordinator briefs the WC rater with the application’s $1,240,000',
    domain: 'workers compensation renewals for contractors',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      "Greenfield Roofing Co. renews workers comp on 06/01/2027 with Summit Employers. Their renewal application shows class 5551 (roofing) payroll of $1,240,000 and class 8810 (clerical) of $165,000. Check the payroll against last term's audit before we rate, then give me the renewal premium indication.",
    topology: {
      shape: 'supervisor',
      coordinator: 'renewal_coordinator',
      workers: ['payroll_auditor', 'wc_rater'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'renewal_coordinator',
        description: 'Coordinates workers comp renewals',
        instructions: 'Verify payroll, have the renewal rated, report the indication.',
        replies: [
          {
            handoff: 'payroll_auditor',
            message:
              'Greenfield Roofing (GRC-5102): compare the renewal application payroll (5551 $1,240,000; 8810 $165,000) with the 2026 final audit and tell me what to rate on.',
          },
          {
            handoff: 'wc_rater',
            message:
              'Rate Greenfield Roofing (GRC-5102) WC renewal eff. 06/01/2027, Summit Employers, state CO: class 5551 payroll $1,240,000; class 8810 $165,000; e-mod 1.08.',
          },
          {
            say: '**Greenfield Roofing — WC renewal indication (Summit Employers, eff. 06/01/2027)**\n\n| class | payroll | rate | premium |\n|---|---|---|---|\n| 5551 roofing | $1,240,000 | 9.86 | $122,264 |\n| 8810 clerical | $165,000 | 0.21 | $347 |\n\nModified premium (e-mod 1.08): **$132,420**. Payroll checked against the 2026 audit.',
          },
        ],
      },
      {
        name: 'payroll_auditor',
        description: 'Reconciles payroll estimates with premium audits',
        instructions: 'Compare estimated payroll with audit results and recommend the rating basis.',
        replies: [
          {
            call: 'premium_audit_results',
            args: { account: 'GRC-5102', policy_term: '2026-06-01/2027-06-01' },
            result:
              '{"audit": "SEA-AUD-26-40871", "status": "FINAL", "classes": [{"code": "5551", "estimated": 1180000, "audited": 1586300}, {"code": "8810", "estimated": 160000, "audited": 162400}], "additional_premium_due": 40212.00}',
          },
          {
            say: "2026 final audit SEA-AUD-26-40871: 5551 audited at **$1,586,300** (estimated $1,180,000), 8810 at $162,400. Additional premium of $40,212 is due on the expiring term. The application's $1,240,000 for 5551 understates again — rate 5551 on **$1,612,000** (audited + 1.6% growth the owner mentioned) and keep 8810 at $165,000.",
          },
        ],
      },
      {
        name: 'wc_rater',
        description: 'Rates workers compensation premiums',
        instructions: 'Rate the WC renewal with the given basis and return the premium.',
        replies: [
          {
            call: 'rate_wc',
            args: {
              state: 'CO',
              carrier: 'Summit Employers',
              effective: '2027-06-01',
              classes: [
                { code: '5551', payroll: 1240000 },
                { code: '8810', payroll: 165000 },
              ],
              emod: 1.08,
            },
            result:
              '{"manual_premium": 122611.00, "by_class": [{"code": "5551", "rate": 9.86, "premium": 122264.00}, {"code": "8810", "rate": 0.21, "premium": 347.00}], "emod": 1.08, "modified_premium": 132419.88}',
          },
          {
            say: 'Summit Employers CO, eff. 06/01/2027: 5551 $122,264 (9.86), 8810 $347 (0.21); manual $122,611, modified at 1.08 = $132,419.88.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'renewal_coordinator', to: 'wc_rater' },
      agent: 'renewal_coordinator',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'lakeview-yoga-coi-limits-and-dates-reformatted',
    title:
      'The policy lookup returns raw limits and ISO dates; the COI writer shows them as $1,000,000 / $2,000,000 and MM/DD/YYYY on the certificate',
    domain: 'certificates of insurance for tenants',
    mast: ['FM-2.4', 'FM-1.4'],
    nearMissOf:
      'low_quality_output or stale_context: values change form between agents (1000000 → $1,000,000, 2026-10-01 → 10/01/2026) but not in substance',
    request:
      'Lakeview Yoga Studio needs a COI for its new landlord, Brookfield Plaza Partners LP, showing the GL limits and term, with the landlord as additional insured (lease section 9.2). Email it to leasing@brookfieldplaza.com.',
    topology: {
      shape: 'network',
      coordinator: 'coi_router',
      workers: ['policy_lookup', 'coi_writer'],
    },
    agents: [
      {
        name: 'coi_router',
        description: 'Routes certificate requests',
        instructions: 'Look up the policy, have the certificate written, finish with a status.',
        replies: [
          {
            handoff: 'policy_lookup',
            message: 'Lakeview Yoga Studio (LYS-0938): current GL policy, limits, term and AI endorsement.',
          },
          {
            handoff: 'coi_writer',
            message:
              'COI for Lakeview Yoga Studio to Brookfield Plaza Partners LP as additional insured (managers or lessors of premises). GL policy HSC-GL-1187206, Hollis Specialty; each occurrence 1000000, general aggregate 2000000, products-comp/op 2000000, damage to rented premises 300000, med exp 5000; term 2026-10-01 to 2027-10-01; AI form CG 20 11 04 13. Email leasing@brookfieldplaza.com.',
          },
          {
            say: 'COI-2027-12060 sent to leasing@brookfieldplaza.com: Lakeview Yoga Studio GL HSC-GL-1187206 (Hollis Specialty), $1,000,000 each occurrence / $2,000,000 aggregate, 10/01/2026–10/01/2027, Brookfield Plaza Partners LP as additional insured under CG 20 11.',
          },
        ],
      },
      {
        name: 'policy_lookup',
        description: 'Looks up policy details',
        instructions: 'Return the policy facts requested.',
        replies: [
          {
            call: 'get_policy',
            args: { account: 'LYS-0938', line: 'GL' },
            result:
              '{"policy": "HSC-GL-1187206", "carrier": "Hollis Specialty", "effective": "2026-10-01", "expiration": "2027-10-01", "limits": {"each_occurrence": 1000000, "general_aggregate": 2000000, "products_completed_ops": 2000000, "damage_to_rented_premises": 300000, "medical_expense": 5000}, "endorsements": ["CG 20 11 04 13 AI managers or lessors of premises (blanket)"]}',
          },
          {
            say: 'GL HSC-GL-1187206 (Hollis Specialty), 2026-10-01 to 2027-10-01. Limits: occurrence 1000000, aggregate 2000000, products-comp/op 2000000, rented premises 300000, med exp 5000. Blanket AI for landlords: CG 20 11 04 13.',
          },
        ],
      },
      {
        name: 'coi_writer',
        description: 'Writes and sends ACORD 25 certificates',
        instructions: 'Issue the certificate with the given facts and email it.',
        replies: [
          {
            call: 'issue_acord25',
            args: {
              insured: 'Lakeview Yoga Studio LLC',
              holder: 'Brookfield Plaza Partners LP',
              gl_policy: 'HSC-GL-1187206',
              policy_eff: '10/01/2026',
              policy_exp: '10/01/2027',
              each_occurrence: '$1,000,000',
              general_aggregate: '$2,000,000',
              products_completed_ops: '$2,000,000',
              damage_to_rented_premises: '$300,000',
              medical_expense: '$5,000',
              description:
                'Certificate holder is additional insured per CG 20 11 04 13 as respects the lease (section 9.2).',
              email_to: 'leasing@brookfieldplaza.com',
            },
            result:
              '{"certificate": "COI-2027-12060", "status": "SENT", "sent_at": "2027-03-04T10:41:55-05:00"}',
          },
          {
            say: 'COI-2027-12060 emailed to leasing@brookfieldplaza.com. GL HSC-GL-1187206, 10/01/2026–10/01/2027: $1,000,000 each occurrence, $2,000,000 aggregate, $2,000,000 products-comp/op, $300,000 rented premises, $5,000 med exp. Holder AI per CG 20 11 04 13.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'westgate-florist-location-endorsement-retry-after-timeout',
    title:
      'The carrier portal times out on the first add-location request; the endorsement desk retries, gets confirmation, and hands to accounting, which hands the premium back',
    domain: 'BOP location endorsements',
    mast: ['FM-2.6', 'FM-3.2'],
    nearMissOf: 'agent_error: a tool error that the agent handled by retrying before reporting success',
    request:
      'Westgate Florist opened a second shop at 918 Elm Street, Columbus OH 43215 on 03/01/2027. Add it to their BOP (BPP $60,000) and tell me the additional premium.',
    topology: {
      shape: 'swarm',
      entry: 'location_desk',
      agents: ['location_desk', 'premium_accounting'],
    },
    agents: [
      {
        name: 'location_desk',
        description: 'Submits location changes to carriers',
        instructions: 'Submit the endorsement, get the premium booked by accounting, then answer the client.',
        replies: [
          {
            call: 'submit_bop_endorsement',
            args: {
              policy: 'OHM-BOP-602291',
              action: 'add_location',
              address: '918 Elm Street, Columbus OH 43215',
              bpp_limit: 60000,
              effective: '2027-03-01',
            },
            result: { error: 'Carrier portal timeout after 30s (gateway 504); request not acknowledged.' },
          },
          {
            call: 'submit_bop_endorsement',
            args: {
              policy: 'OHM-BOP-602291',
              action: 'add_location',
              address: '918 Elm Street, Columbus OH 43215',
              bpp_limit: 60000,
              effective: '2027-03-01',
            },
            result:
              '{"endorsement": "END-OHM-31877", "status": "PROCESSED", "location": 2, "bpp_limit": 60000, "additional_premium_prorated": 487.00, "annual_premium_change": 583.00}',
          },
          {
            handoff: 'premium_accounting',
            message:
              'Westgate Florist, OHM-BOP-602291: location 2 (918 Elm St, Columbus) added eff. 03/01/2027 on the second try (first attempt timed out, not processed). Endorsement END-OHM-31877, pro-rata AP $487.00. Please book it.',
          },
          {
            say: "Done: 918 Elm Street is location 2 on Westgate Florist's BOP OHM-BOP-602291 effective 03/01/2027 with $60,000 BPP (endorsement END-OHM-31877). Additional premium is **$487.00** for the rest of this term ($583 annualized), billed on invoice INV-2027-031204, due 03/31/2027.",
          },
        ],
      },
      {
        name: 'premium_accounting',
        description: 'Books endorsement premiums and invoices',
        instructions: 'Book the premium and hand the invoice back to the endorsement desk.',
        replies: [
          {
            call: 'book_endorsement_premium',
            args: { policy: 'OHM-BOP-602291', endorsement: 'END-OHM-31877', amount: 487.0 },
            result: '{"invoice": "INV-2027-031204", "amount": 487.00, "due": "2027-03-31"}',
          },
          {
            handoff: 'location_desk',
            message: 'Booked END-OHM-31877: invoice INV-2027-031204 for $487.00, due 03/31/2027.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'maple-street-cafe-flood-excluded-from-bop-referred-to-nfip',
    title:
      'The client asks for flood on its BOP; the coverage analyst correctly says the BOP excludes flood and recommends an NFIP policy, and the letter carries that',
    domain: 'coverage questions for small businesses',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: the requested coverage is left out, but because the form legitimately excludes it',
    request:
      'Maple Street Cafe (BOP WSM-BOP-448120) is in a new FEMA flood zone AE after the 2026 map update. The owner wants flood coverage added to the BOP for the building contents ($95,000). Can we add it? Write them a short letter either way.',
    topology: {
      shape: 'branch',
      classifier: 'request_classifier',
      routes: { coverage: 'coverage_analyst', billing: 'billing_specialist' },
      after: 'letter_writer',
    },
    agents: [
      {
        name: 'request_classifier',
        description: 'Sorts service requests',
        instructions: 'Answer "coverage" or "billing" and restate the question.',
        replies: [
          {
            say: 'coverage — can flood coverage for $95,000 contents be added to BOP WSM-BOP-448120 (Maple Street Cafe, now in zone AE)?',
          },
        ],
      },
      {
        name: 'coverage_analyst',
        description: 'Answers coverage questions from the policy forms',
        instructions: 'Check the forms and answer the coverage question with options.',
        prompt: 'Question: {input}',
        replies: [
          {
            call: 'policy_forms',
            args: { policy: 'WSM-BOP-448120' },
            result:
              '{"carrier": "Westmark Mutual", "form": "BP 00 03 07 13", "water_exclusion": "B.1.g Water — flood, surface water, waves, tides, overflow of any body of water", "flood_endorsement_available": false, "notes": "Carrier does not offer flood by endorsement in zone A/AE"}',
          },
          {
            call: 'nfip_quote',
            args: {
              address: '212 Maple St, Dayton OH 45402',
              zone: 'AE',
              contents: 95000,
              building: 0,
              occupancy: 'non-residential',
            },
            result:
              '{"program": "NFIP Risk Rating 2.0", "contents_limit": 95000, "deductible": 5000, "annual_premium": 2146.00, "waiting_period_days": 30}',
          },
          {
            say: 'Flood cannot be added to WSM-BOP-448120: form BP 00 03 excludes flood under B.1.g, and Westmark Mutual offers no flood endorsement in zone AE. Option: NFIP contents-only policy, $95,000 limit, $5,000 deductible, about **$2,146/yr**, 30-day waiting period.',
          },
        ],
      },
      {
        name: 'billing_specialist',
        description: 'Handles billing questions',
        instructions: 'Answer billing questions.',
        replies: [{ say: 'Billing question answered.' }],
      },
      {
        name: 'letter_writer',
        description: 'Writes client letters',
        instructions: 'Write a short client letter from the analyst answer.',
        prompt: 'Analyst answer:\n{input}',
        replies: [
          {
            say: 'Dear Ms. Harlan,\n\nYour business owners policy with Westmark Mutual excludes flood, and the carrier does not offer flood coverage by endorsement in zone AE, so we cannot add it to the BOP.\n\nWe can place a separate **NFIP flood policy** for your contents: $95,000 limit, $5,000 deductible, approximately $2,146 per year. Coverage starts 30 days after purchase, so we recommend applying this week.\n\nSincerely,\nHarborview Insurance Partners',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'northbridge-auto-body-annual-review-ids-and-counters',
    title:
      'Annual account review for Northbridge Auto Body: leads return long lists of policy numbers, form codes, claim ids and counts, all consistent',
    domain: 'annual stewardship reviews',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf: 'low_quality_output: dense texts full of ids, form codes and counters that are correct',
    request:
      'Prepare the annual stewardship review for Northbridge Auto Body (acct NAB-4471) before the 08/01/2027 renewal: policy schedule with forms, and the claim activity for the last 12 months.',
    topology: {
      shape: 'nested',
      top: 'stewardship_lead',
      teams: { policy_team_lead: ['schedule_builder'], claims_team_lead: ['claims_analyst'] },
    },
    agents: [
      {
        name: 'stewardship_lead',
        description: 'Prepares annual client reviews',
        instructions:
          'Get the policy schedule and claims summary from the team leads and compile the review.',
        replies: [
          {
            handoff: 'policy_team_lead',
            message: 'NAB-4471: policy schedule with key forms for the stewardship review.',
          },
          {
            handoff: 'claims_team_lead',
            message: 'NAB-4471: claim activity 08/01/2026–07/31/2027, all lines.',
          },
          {
            say: '# Northbridge Auto Body — Stewardship Review (renewal 08/01/2027)\n\n## Policy schedule (5 policies)\n| line | policy | carrier | premium |\n|---|---|---|---|\n| Garage liability | GAR-7720145 | Allied Crest | $21,360 |\n| Garagekeepers | GKP-7720146 | Allied Crest | $6,915 |\n| Property | PRP-3309811 | Delmar Insurance | $9,480 |\n| Workers comp | WCX-1188205 | State Fund OH | $14,702 |\n| Umbrella | UMB-0451779 | Keel Excess | $4,250 |\n| **Total** | | | **$56,707** |\n\nKey forms: CA 00 05 10 13, CA 99 37, CP 00 10, CP 10 30, CU 00 01.\n\n## Claims (12 months): 3 claims, $38,912 incurred\n- GKP-CL-26-0913 (customer vehicle fire in bay 2): $31,400 paid, closed\n- GAR-CL-27-0117 (slip in lobby): $6,200 reserve, open\n- WCX-CL-27-0288 (hand laceration): $1,312 paid, closed',
          },
        ],
      },
      {
        name: 'policy_team_lead',
        description: 'Leads the policy servicing team',
        instructions: 'Get the schedule and pass it up.',
        replies: [
          {
            handoff: 'schedule_builder',
            message: 'Build the policy schedule for NAB-4471 with premiums and key forms.',
          },
          {
            say: 'NAB-4471 schedule: GAR-7720145 $21,360; GKP-7720146 $6,915; PRP-3309811 $9,480; WCX-1188205 $14,702; UMB-0451779 $4,250 — 5 policies, $56,707 total. Forms CA 00 05 10 13, CA 99 37, CP 00 10, CP 10 30, CU 00 01.',
          },
        ],
      },
      {
        name: 'schedule_builder',
        description: 'Builds policy schedules from the agency system',
        instructions: 'List in-force policies with premiums and forms.',
        replies: [
          {
            call: 'policy_schedule',
            args: { account: 'NAB-4471', status: 'in_force' },
            result:
              '[{"policy": "GAR-7720145", "line": "garage liability", "carrier": "Allied Crest", "premium": 21360, "forms": ["CA 00 05 10 13"]}, {"policy": "GKP-7720146", "line": "garagekeepers", "carrier": "Allied Crest", "premium": 6915, "forms": ["CA 99 37 10 13"]}, {"policy": "PRP-3309811", "line": "property", "carrier": "Delmar Insurance", "premium": 9480, "forms": ["CP 00 10 10 12", "CP 10 30 09 17"]}, {"policy": "WCX-1188205", "line": "workers comp", "carrier": "State Fund OH", "premium": 14702, "forms": []}, {"policy": "UMB-0451779", "line": "umbrella", "carrier": "Keel Excess", "premium": 4250, "forms": ["CU 00 01 04 13"]}]',
          },
          {
            say: '5 in-force policies, $56,707:\n1. GAR-7720145 garage liability, Allied Crest, $21,360 (CA 00 05 10 13)\n2. GKP-7720146 garagekeepers, Allied Crest, $6,915 (CA 99 37 10 13)\n3. PRP-3309811 property, Delmar, $9,480 (CP 00 10 10 12, CP 10 30 09 17)\n4. WCX-1188205 WC, State Fund OH, $14,702\n5. UMB-0451779 umbrella, Keel Excess, $4,250 (CU 00 01 04 13)',
          },
        ],
      },
      {
        name: 'claims_team_lead',
        description: 'Leads the claims advocacy team',
        instructions: 'Get the claim activity and pass it up.',
        replies: [
          {
            handoff: 'claims_analyst',
            message: 'NAB-4471 claims 08/01/2026–07/31/2027, all lines, with status and incurred.',
          },
          {
            say: 'NAB-4471, 12 months: 3 claims, $38,912 incurred. GKP-CL-26-0913 $31,400 paid/closed; GAR-CL-27-0117 $6,200 reserve/open; WCX-CL-27-0288 $1,312 paid/closed.',
          },
        ],
      },
      {
        name: 'claims_analyst',
        description: 'Pulls claim activity from carrier loss runs',
        instructions: 'Summarize claim activity for the period.',
        replies: [
          {
            call: 'claim_activity',
            args: { account: 'NAB-4471', from: '2026-08-01', to: '2027-07-31' },
            result:
              '{"count": 3, "total_incurred": 38912, "claims": [{"id": "GKP-CL-26-0913", "dol": "2026-09-13", "desc": "customer vehicle fire in bay 2", "paid": 31400, "reserve": 0, "status": "CLOSED"}, {"id": "GAR-CL-27-0117", "dol": "2027-01-17", "desc": "customer slip in lobby", "paid": 0, "reserve": 6200, "status": "OPEN"}, {"id": "WCX-CL-27-0288", "dol": "2027-02-08", "desc": "hand laceration", "paid": 1312, "reserve": 0, "status": "CLOSED"}]}',
          },
          {
            say: '3 claims, $38,912 incurred:\n- GKP-CL-26-0913 (09/13/2026) vehicle fire bay 2 — $31,400 paid, closed\n- GAR-CL-27-0117 (01/17/2027) lobby slip — $6,200 reserve, open\n- WCX-CL-27-0288 (02/08/2027) hand laceration — $1,312 paid, closed',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'copperline-brewing-liquor-liability-on-revised-receipts',
    title:
      'The client revised Copperline Brewing’s alcohol receipts from $410,000 to $525,000; the rater uses $525,000 and mentions the old figure only as replaced',
    domain: 'liquor liability renewals',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a superseded value still mentioned, while the agent correctly uses the newer one',
    request:
      'Copperline Brewing Co. renews liquor liability on 05/15/2027. The application says $410,000 in annual alcohol receipts, but the owner emailed this morning that the taproom expansion brings it to $525,000 — please use that. Get me the renewal premium.',
    topology: {
      shape: 'supervisor',
      coordinator: 'service_lead',
      workers: ['receipts_verifier', 'liquor_rater'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'service_lead',
        description: 'Coordinates renewal servicing',
        instructions: 'Confirm the rating basis, have it rated, report.',
        replies: [
          {
            handoff: 'receipts_verifier',
            message:
              'Copperline Brewing (CBC-2290): confirm the revised alcohol receipts from the owner’s email against the application.',
          },
          {
            handoff: 'liquor_rater',
            message:
              'Rate Copperline Brewing (CBC-2290) liquor liability renewal eff. 05/15/2027 with Riverbend Specialty on annual alcohol receipts of $525,000 (owner’s revised figure; it replaces the $410,000 on the application). Limits $1M/$2M.',
          },
          {
            say: "Copperline Brewing liquor liability renewal (Riverbend Specialty, eff. 05/15/2027): **$6,457.50** on $525,000 alcohol receipts (rate $12.30 per $1,000), limits $1M/$2M. The application's $410,000 figure was replaced by the owner's revised receipts.",
          },
        ],
      },
      {
        name: 'receipts_verifier',
        description: 'Verifies exposure figures from client documents',
        instructions: 'Verify the exposure figure the client provided.',
        replies: [
          {
            call: 'client_documents',
            args: { account: 'CBC-2290', type: 'email', received: '2027-03-05' },
            result:
              '{"from": "jake@copperlinebrewing.com", "subject": "Updated liquor sales", "body": "With the taproom expansion our projected alcohol receipts for next year are $525,000, not the $410,000 on the app.", "attachments": ["CBC-sales-projection-2027.xlsx"]}',
          },
          {
            say: 'Confirmed: owner email of 03/05/2027 revises projected alcohol receipts to $525,000 (application had $410,000), with a sales projection spreadsheet attached.',
          },
        ],
      },
      {
        name: 'liquor_rater',
        description: 'Rates liquor liability policies',
        instructions: 'Rate the renewal on the given exposure.',
        replies: [
          {
            call: 'rate_liquor_liability',
            args: {
              carrier: 'Riverbend Specialty',
              effective: '2027-05-15',
              alcohol_receipts: 525000,
              limits: '1M/2M',
            },
            result: '{"rate_per_1000": 12.30, "premium": 6457.50, "minimum_premium": 2500.00}',
          },
          {
            say: 'Riverbend Specialty, eff. 05/15/2027, $1M/$2M: $525,000 × $12.30 per $1,000 = **$6,457.50** (above the $2,500 minimum). Previous basis of $410,000 not used.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kestrel-cleaning-crime-bond-optional-market-note-unused',
    title:
      'The market intel worker’s optional note is cut off mid-sentence; the aggregator recommends from the two firm bond quotes and does not use the note',
    domain: 'janitorial bonds and crime coverage',
    mast: ['FM-3.1', 'FM-2.4'],
    nearMissOf: 'low_quality_output: an optional worker’s cut-off output that nothing downstream uses',
    request:
      'Kestrel Cleaning Services needs a $50,000 janitorial services bond (third-party employee theft) by 04/01/2027 for a new office-park contract. Get firm quotes from Ironwood Surety and Bayline Casualty and recommend one; market color on janitorial bond pricing is nice to have.',
    topology: {
      shape: 'fanout',
      planner: 'bond_planner',
      workers: ['ironwood_quoter', 'bayline_quoter', 'market_intel'],
      aggregator: 'bond_recommender',
    },
    agents: [
      {
        name: 'bond_planner',
        description: 'Splits bond marketing across quoters',
        instructions: 'One brief per worker.',
        replies: [
          {
            plan: {
              ironwood_quoter:
                'Kestrel Cleaning Services (KCS-7731): firm quote, $50,000 janitorial services bond, third-party employee theft, 14 employees, eff. 04/01/2027.',
              bayline_quoter:
                'Kestrel Cleaning Services (KCS-7731): firm quote, $50,000 janitorial services bond, third-party employee theft, 14 employees, eff. 04/01/2027.',
              market_intel:
                'Optional: recent market color on janitorial bond pricing for small cleaning firms (10–25 employees).',
            },
          },
        ],
      },
      {
        name: 'ironwood_quoter',
        description: 'Quotes Ironwood Surety',
        instructions: 'Get a firm quote.',
        replies: [
          {
            call: 'surety_quote',
            args: {
              market: 'Ironwood Surety',
              account: 'KCS-7731',
              bond: 'janitorial',
              limit: 50000,
              employees: 14,
            },
            result:
              '{"quote": "IWS-JB-90214", "premium": 685.00, "term": "1 year", "deductible": 1000, "conviction_required": false, "firm": true}',
          },
          {
            say: 'Ironwood Surety IWS-JB-90214: $685/yr, $1,000 deductible, no conviction requirement. Firm.',
          },
        ],
      },
      {
        name: 'bayline_quoter',
        description: 'Quotes Bayline Casualty',
        instructions: 'Get a firm quote.',
        replies: [
          {
            call: 'surety_quote',
            args: {
              market: 'Bayline Casualty',
              account: 'KCS-7731',
              bond: 'janitorial',
              limit: 50000,
              employees: 14,
            },
            result:
              '{"quote": "BLC-JS-33871", "premium": 612.00, "term": "1 year", "deductible": 2500, "conviction_required": true, "firm": true}',
          },
          {
            say: 'Bayline Casualty BLC-JS-33871: $612/yr, $2,500 deductible, pays only after employee conviction. Firm.',
          },
        ],
      },
      {
        name: 'market_intel',
        description: 'Gathers market pricing color',
        instructions: 'Give brief market color.',
        replies: [
          {
            say: 'Janitorial bond pricing for 10–25 employee firms has been roughly flat since 2025; most standard markets price $50K limits between',
            cutOff: true,
          },
        ],
      },
      {
        name: 'bond_recommender',
        description: 'Recommends a bond quote to the client',
        instructions: 'Compare the firm quotes and recommend one.',
        replies: [
          {
            say: '## Kestrel Cleaning — $50,000 janitorial services bond, eff. 04/01/2027\n\n| market | quote | premium | deductible | conviction required |\n|---|---|---|---|---|\n| Ironwood Surety | IWS-JB-90214 | $685 | $1,000 | no |\n| Bayline Casualty | BLC-JS-33871 | $612 | $2,500 | **yes** |\n\n**Recommendation: Ironwood Surety.** For $73 more per year it pays employee-theft claims without waiting for a criminal conviction, which office-park clients usually expect, and the deductible is $1,500 lower.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch129Scenarios = [...faults, ...healthy];
