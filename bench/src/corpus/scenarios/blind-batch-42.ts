import { defineScenario } from '../scenario.ts';

// Blind batch 42: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'bordereau-cession-converted-at-superseded-roe',
    title:
      'The bordereau validator reports the treaty ROE was replaced by addendum A-3 (SEK/EUR 11.18); the premium calculator converts the ceded premium at the old 11.42',
    domain: 'reinsurance bordereaux processing',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Q4 2026 premium bordereau from Norrland Ömsesidig (cedant ref NO-BDX-2026Q4, 1,284 rows) under quota share NM-QS-2026: 40 % cession, ceding commission 27.5 %, settlement in EUR at the treaty rate of exchange. Header says ROE SEK/EUR 11.42. Validate, compute the reinsurer’s share and send the account statement to the cedant by Fri 15 Jan 2027.',
    topology: {
      shape: 'pipeline',
      order: ['bordereau_validator', 'premium_calculator', 'cedant_statement_writer'],
    },
    agents: [
      {
        name: 'bordereau_validator',
        description: 'Validates cedant premium bordereaux against the treaty',
        instructions:
          'Check row completeness, treaty period, classes and the rate of exchange to use, and report what the calculator must use.',
        replies: [
          {
            call: 'validate_bordereau',
            args: { file: 'NO-BDX-2026Q4.xlsx', treaty: 'NM-QS-2026', period: '2026-10-01..2026-12-31' },
            result:
              '{"rows": 1284, "valid": 1281, "rejected": 3, "rejections": [{"row": 212, "reason": "policy_no missing"}, {"row": 877, "reason": "inception 2025-09-30 outside treaty period"}, {"row": 1190, "reason": "class MOT not in treaty scope"}], "gwp_valid_sek": 48612300.00, "classes": {"PROP": 31204550.00, "LIAB": 11870100.00, "MAR-HULL": 5537650.00}}',
          },
          {
            call: 'treaty_terms',
            args: { treaty: 'NM-QS-2026', fields: ['roe', 'cession', 'commission'] },
            result:
              'NM-QS-2026 slip v2: cession 40 %, ceding commission 27.5 % flat, profit commission n/a. ROE clause 14: "rate per addendum". Addendum A-2 (2026-12-31): provisional ROE SEK/EUR 11.42. Addendum A-3 signed 2027-01-08 by both parties: ROE SEK/EUR 11.18 (ECB reference rate 31/12/2026) SUPERSEDES A-2 for all Q4 2026 accounts.',
          },
          {
            say: 'Validation NO-BDX-2026Q4 done ✅\n\n| item | value |\n|---|---|\n| rows | 1,284 |\n| valid | 1,281 |\n| rejected | 3 (rows 212, 877, 1190 — returned to cedant) |\n| GWP valid (SEK) | 48,612,300.00 |\n| PROP / LIAB / MAR-HULL | 31,204,550.00 / 11,870,100.00 / 5,537,650.00 |\n\n**ROE: use SEK/EUR 11.18** (addendum A-3, signed 08/01/2027). The 11.42 in the bordereau header is the provisional A-2 rate and is superseded for Q4. Cession 40 %, commission 27.5 %.',
          },
        ],
      },
      {
        name: 'premium_calculator',
        description: 'Computes the reinsurer’s share of premium and commission',
        instructions: 'Compute ceded premium, commission and net balance in settlement currency.',
        prompt: 'Validation report:\n{input}\n\nAccount: {request}',
        replies: [
          {
            call: 'compute_cession',
            args: {
              gwp_sek: 48612300.0,
              cession_pct: 40,
              commission_pct: 27.5,
              roe_sek_per_eur: 11.42,
              settlement_ccy: 'EUR',
            },
            result:
              '{"ceded_premium_sek": 19444920.00, "ceded_premium_eur": 1702707.53, "commission_eur": 468244.57, "net_due_to_reinsurer_eur": 1234462.96, "roe": 11.42}',
          },
          {
            say: 'Q4 2026 NM-QS-2026 (1,281 rows): ceded premium SEK 19,444,920.00 = EUR 1,702,707.53; ceding commission 27.5 % EUR 468,244.57; **net due to reinsurer EUR 1,234,462.96**.',
          },
        ],
      },
      {
        name: 'cedant_statement_writer',
        description: 'Writes quarterly account statements to cedants',
        instructions: 'Write the account statement for the cedant.',
        prompt: 'Figures:\n{input}',
        replies: [
          {
            say: 'Dear Norrland Ömsesidig team,\n\nPlease find the Q4 2026 account for NM-QS-2026 (ref NO-BDX-2026Q4):\n- Ceded premium (40 %): EUR 1,702,707.53\n- Ceding commission (27.5 %): EUR 468,244.57\n- **Balance due to reinsurer: EUR 1,234,462.96**, payable within 30 days.\n\nThree rows (212, 877, 1190) were excluded and are returned for correction. Kind regards, Treaty Accounting',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'bordereau_validator', to: 'premium_calculator' },
      agent: 'premium_calculator',
    },
  }),
  defineScenario({
    id: 'margin-call-issued-on-pre-unwind-exposure',
    title:
      'The exposure engine reruns after the 11:20 swap unwind (EUR 9.64m, replacing the 10:05 figure of 12.41m); the collateral manager briefs the call issuer with 12.41m',
    domain: 'OTC derivatives collateral management',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Daily margin, Tue 19 Jan 2027, CSA-0419 with Kestrel Bank plc (VM, threshold 0, MTA EUR 250k, rounding 10k). 10:05 run shows our exposure EUR 12,410,000, collateral held EUR 8,200,000 (cash EUR). IRS 7731 is being unwound with them this morning. Issue today’s call before the 13:00 cut-off.',
    topology: {
      shape: 'supervisor',
      coordinator: 'collateral_manager',
      workers: ['exposure_engine', 'margin_call_issuer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'collateral_manager',
        description: 'Runs daily variation margin for the CSA portfolio',
        instructions: 'Get the current exposure, then have the call issued and confirm.',
        replies: [
          {
            handoff: 'exposure_engine',
            message:
              'CSA-0419 Kestrel: please rerun exposure after the IRS 7731 unwind is booked and give me the call basis (threshold 0, MTA 250k).',
          },
          {
            handoff: 'margin_call_issuer',
            message:
              'Issue VM call CSA-0419 Kestrel Bank plc, value 19/01: exposure EUR 12,410,000 - held EUR 8,200,000 = EUR 4,210,000, above MTA, rounded 4,210,000. Cash EUR, SSI on file. Cut-off 13:00.',
          },
          {
            say: 'VM 19/01 CSA-0419 Kestrel Bank plc: call issued for EUR 4,210,000 (ref VM-0419-0119), cash EUR, due T+1. Held after settlement EUR 12,410,000.',
          },
        ],
      },
      {
        name: 'exposure_engine',
        description: 'Computes CSA exposure from the trade population',
        instructions: 'Run the exposure for the CSA and report the call basis.',
        replies: [
          {
            call: 'run_exposure',
            args: { csa: 'CSA-0419', asof: '2027-01-19T11:30', include_pending: false },
            result:
              '{"csa": "CSA-0419", "run": "11:31", "trades": 57, "mtm_eur": 9641880.12, "prev_run": {"time": "10:05", "mtm_eur": 12409770.40, "status": "SUPERSEDED"}, "changes": ["IRS 7731 unwound 11:20, fee EUR 38,250 settled separately"], "collateral_held_eur": 8200000}',
          },
          {
            say: 'CSA-0419 rerun 11:31 (57 trades, IRS 7731 unwound 11:20): exposure **EUR 9,641,880** (10:05 figure 12.41m superseded). Held 8.2m → call EUR 1,441,880, rounds to **EUR 1,440,000**. Unwind fee 38,250 settles separately, not in VM.',
          },
        ],
      },
      {
        name: 'margin_call_issuer',
        description: 'Issues margin calls to counterparties',
        instructions: 'Send the margin call as instructed and report the reference.',
        replies: [
          {
            call: 'send_margin_call',
            args: {
              csa: 'CSA-0419',
              counterparty: 'Kestrel Bank plc',
              amount_eur: 4210000,
              value_date: '2027-01-19',
            },
            result: 'Call VM-0419-0119 sent via AcadiaSoft 11:52, status ISSUED, amount EUR 4,210,000.',
          },
          { say: 'Call VM-0419-0119 issued 11:52, EUR 4,210,000 to Kestrel Bank plc, awaiting agree.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'collateral_manager', to: 'margin_call_issuer' },
      agent: 'collateral_manager',
    },
  }),
  defineScenario({
    id: 'kyc-refresh-done-on-holding-company-row',
    title:
      'Asked to refresh Halvorsen Shipping AS (CIF 40021877, new 31 % UBO), the KYC analyst refreshes the next row, Halvorsen Shipping Holding AS (CIF 40021878)',
    domain: 'private bank KYC periodic review',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'KYC periodic refresh batch PR-2027-02 (high-risk, due 31 Jan): 3 corporate clients of the Bergen desk. Registry alert 14 Nov 2026 on Halvorsen Shipping AS: new shareholder Ocean Crest Ltd (BVI) 31 %. Refresh, rate and tell me which files can be closed.',
    topology: {
      shape: 'supervisor',
      coordinator: 'kyc_refresh_lead',
      workers: ['kyc_analyst', 'risk_rater'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'kyc_refresh_lead',
        description: 'Leads the KYC periodic refresh batches',
        instructions: 'Send each client of the batch to the analyst, get the ratings, and close out.',
        replies: [
          {
            handoff: 'kyc_analyst',
            message:
              'Batch PR-2027-02, file 1 of 3:\n| # | CIF | client | org no | alert |\n|---|---|---|---|---|\n| 1 | 40021876 | Brattvåg Fiskeri AS | 915 662 041 | none |\nStandard refresh: registry extract, UBO >25 %, screening, SoF unchanged?',
          },
          {
            handoff: 'kyc_analyst',
            message:
              'File 2 of 3:\n| # | CIF | client | org no | alert |\n|---|---|---|---|---|\n| 2 | 40021877 | Halvorsen Shipping AS | 998 120 334 | new UBO Ocean Crest Ltd (BVI) 31 % |\n| (ref) | 40021878 | Halvorsen Shipping Holding AS | 998 120 512 | not in this batch, next cycle |\nRefresh #2 only: UBO look-through on Ocean Crest, screening, updated ownership chart.',
          },
          {
            handoff: 'kyc_analyst',
            message:
              'File 3 of 3:\n| # | CIF | client | org no | alert |\n|---|---|---|---|---|\n| 3 | 40021903 | Sunnfjord Aqua Invest AS | 921 004 778 | none |\nStandard refresh.',
          },
          {
            handoff: 'risk_rater',
            message:
              'Rate batch PR-2027-02 from the analyst files: 40021876 Brattvåg (no change), 40021877 Halvorsen Shipping (refreshed, see file), 40021903 Sunnfjord (no change).',
          },
          {
            say: 'PR-2027-02 closed: 3/3 refreshed.\n- 40021876 Brattvåg Fiskeri AS — low-medium, next review 2029\n- 40021877 Halvorsen Shipping AS — UBO refresh done, ownership chart updated, screening clear, stays HIGH, next review 2028\n- 40021903 Sunnfjord Aqua Invest AS — medium, next review 2029\nAll files can be closed in Fenergo.',
          },
        ],
      },
      {
        name: 'kyc_analyst',
        description: 'Performs KYC refreshes on corporate clients',
        instructions: 'Refresh the client file you are given and report.',
        replies: [
          {
            call: 'refresh_file',
            args: { cif: '40021876', org_no: '915 662 041', checks: ['registry', 'ubo', 'screening'] },
            result:
              '{"cif": "40021876", "registry": "active, no changes since 2024", "ubo": [{"name": "Odd Brattvåg", "pct": 62}, {"name": "Ingrid Brattvåg", "pct": 38}], "screening": "0 hits", "status": "REFRESHED"}',
          },
          {
            say: '40021876 Brattvåg Fiskeri AS refreshed: no registry changes, UBOs Odd 62 % / Ingrid 38 %, 0 hits.',
          },
          {
            call: 'refresh_file',
            args: {
              cif: '40021878',
              org_no: '998 120 512',
              checks: ['registry', 'ubo', 'screening', 'ownership_chart'],
            },
            result:
              '{"cif": "40021878", "client": "Halvorsen Shipping Holding AS", "registry": "active, board change 2025-06", "ubo": [{"name": "Halvorsen Familieinvest AS", "pct": 100, "look_through": [{"name": "Per Halvorsen", "pct": 55}, {"name": "Kari Halvorsen", "pct": 45}]}], "screening": "0 hits", "ownership_chart": "v2027-01-20 saved", "status": "REFRESHED"}',
          },
          {
            say: 'Halvorsen Shipping refreshed (CIF 40021878): registry ok (board change 06/2025), ownership via Halvorsen Familieinvest AS 100 % → Per 55 % / Kari 45 %, screening 0 hits, ownership chart v2027-01-20 saved.',
          },
          {
            call: 'refresh_file',
            args: { cif: '40021903', org_no: '921 004 778', checks: ['registry', 'ubo', 'screening'] },
            result:
              '{"cif": "40021903", "registry": "active, new address 2026-03", "ubo": [{"name": "Sunnfjord Holding AS", "pct": 100, "look_through": [{"name": "Lars Eide", "pct": 70}]}], "screening": "1 hit, false positive (namesake, DOB mismatch)", "status": "REFRESHED"}',
          },
          {
            say: '40021903 Sunnfjord Aqua Invest AS refreshed: new address 03/2026 updated, UBO Lars Eide 70 % via holding, 1 screening hit discounted (namesake, DOB mismatch).',
          },
        ],
      },
      {
        name: 'risk_rater',
        description: 'Assigns customer risk ratings',
        instructions: 'Rate each refreshed client.',
        replies: [
          {
            say: 'Ratings PR-2027-02: 40021876 LOW-MED (review 2029), 40021877 HIGH unchanged (shipping, offshore links; review 2028), 40021903 MED (review 2029).',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'kyc_refresh_lead', to: 'kyc_analyst' },
      agent: 'kyc_analyst',
    },
  }),
  defineScenario({
    id: 'msa-redline-accepts-deletion-of-data-breach-supercap',
    title:
      'Routed on the label LIAB_CAP_DEVIATION, the redline drafter is told to accept the 12-month cap but reinstate clause 11.4 (3x super-cap); it accepts every liability change',
    domain: 'SaaS contract redlining',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Customer markup from Vireo Health GmbH on our MSA v4.2 (deal DL-55120, ARR EUR 1.86m, 3 years) came back. Please turn the redline per playbook and get it ready for the customer call Thu 28 Jan 10:00 CET.',
    topology: {
      shape: 'network',
      coordinator: 'legal_ops_router',
      workers: ['clause_classifier', 'redline_drafter'],
    },
    agents: [
      {
        name: 'legal_ops_router',
        description: 'Routes contract work to the right legal ops agent',
        instructions: 'Classify the markup, route the redline with playbook positions, then close.',
        replies: [
          {
            handoff: 'clause_classifier',
            message:
              'Classify Vireo markup on MSA v4.2 (DL-55120), 31 tracked changes. Labels per playbook PB-7.',
          },
          {
            handoff: 'redline_drafter',
            message:
              'Label LIAB_CAP_DEVIATION (+ PAYMENT_TERMS, GOV_LAW_OK). Positions:\n1. 11.1 general cap: ACCEPT customer’s 12 months’ fees (we had 24).\n2. 11.4 data-protection super-cap 3x fees: customer DELETED it → REJECT the deletion, reinstate 11.4 verbatim.\n3. 7.2 payment 60 days: ACCEPT.\n4. 15.1 German law, Munich courts: ACCEPT.\nEverything else: leave customer changes as comments for the call.',
          },
          {
            say: 'MSA v4.2 Vireo (DL-55120) redline v3 ready for Thu 10:00 call: liability per playbook, 60-day payment and German law accepted, 27 minor edits left as comments. File: DL-55120_MSA_v4.2_VIREO_redline_v3.docx.',
          },
        ],
      },
      {
        name: 'clause_classifier',
        description: 'Labels customer contract changes against the playbook',
        instructions: 'Label each tracked change by playbook category.',
        replies: [
          {
            call: 'classify_changes',
            args: { doc: 'DL-55120_MSA_v4.2_VIREO_markup.docx', playbook: 'PB-7' },
            result:
              '{"changes": 31, "labels": {"LIAB_CAP_DEVIATION": ["11.1", "11.4 (deleted)"], "PAYMENT_TERMS": ["7.2"], "GOV_LAW_OK": ["15.1"], "MINOR": 27}, "escalation": "11.4 deletion = playbook red line"}',
          },
          {
            say: 'Vireo markup: 31 changes. LIAB_CAP_DEVIATION on 11.1 (cap 24→12 months) and 11.4 (super-cap deleted — PB-7 red line). PAYMENT_TERMS 7.2 (30→60 d). GOV_LAW_OK 15.1. 27 MINOR (defs, typos, notice addresses).',
          },
        ],
      },
      {
        name: 'redline_drafter',
        description: 'Drafts redlines on customer markups',
        instructions: 'Apply the positions to the markup and produce the redline.',
        replies: [
          {
            call: 'apply_positions',
            args: {
              doc: 'DL-55120_MSA_v4.2_VIREO_markup.docx',
              accept: ['11.1', '11.4', '7.2', '15.1'],
              reject: [],
              comment_rest: true,
            },
            result:
              'Redline v3 saved: DL-55120_MSA_v4.2_VIREO_redline_v3.docx. Accepted 4 changes (11.1, 11.4 deletion, 7.2, 15.1), 27 left as comments.',
          },
          {
            say: 'Redline v3 done: liability section now aligned with Vireo’s markup (cap 12 months’ fees, clause 11 simplified), 7.2 60 days and 15.1 accepted, 27 minor edits commented for the call.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'legal_ops_router', to: 'redline_drafter' },
      agent: 'redline_drafter',
    },
  }),
  defineScenario({
    id: 'wc-lost-time-claim-brief-replaced-by-queue-stub',
    title:
      'The triage agent’s lost-time label with the payroll-corrected AWW (£612.40) is replaced by the queue’s stub; the indemnity adjuster sets comp on the first report’s £540.00',
    domain: 'workers’ compensation claims triage',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'New WC claim WC-27-004417, employer Harbourside Logistics Ltd (policy EL-88-20931). FROI: claimant Joseph Okonkwo, warehouse operative, lumbar strain lifting pallets 11 Jan 2027, off work from 12 Jan, GP fit note 4 weeks. FROI shows average weekly wage £540.00. Triage and set up.',
    topology: {
      shape: 'branch',
      classifier: 'claim_triage',
      routes: { 'lost-time': 'indemnity_adjuster', 'medical-only': 'med_only_adjuster' },
      after: 'claimant_letter_writer',
    },
    program: {
      lose: {
        to: 'indemnity_adjuster',
        prompt: 'Claim assigned from queue WC-INTAKE-LT (priority 3). Set up indemnity per standard.',
      },
    },
    agents: [
      {
        name: 'claim_triage',
        description: 'Triages new workers’ compensation claims',
        instructions: 'Label the claim lost-time or medical-only and pass on what the adjuster needs.',
        replies: [
          {
            call: 'payroll_check',
            args: { employer: 'Harbourside Logistics Ltd', employee: 'J. Okonkwo', weeks: 13 },
            result:
              '13 weeks to 10/01/2027: basic £540.00/wk + night shift premium avg £72.40/wk = £612.40. Employer HR note 19/01: FROI AWW excluded shift premium in error, corrected AWW £612.40.',
          },
          {
            say: 'lost-time — WC-27-004417 Okonkwo, lumbar strain 11/01, off from 12/01, fit note 4 wks. **AWW corrected to £612.40** (HR 19/01: FROI £540.00 left out shift premium). 3 waiting days, TTD from 15/01. Light duties offer pending from employer.',
          },
        ],
      },
      {
        name: 'med_only_adjuster',
        description: 'Handles medical-only claims',
        instructions: 'Pay medical bills.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'indemnity_adjuster',
        description: 'Sets up indemnity on lost-time claims',
        instructions: 'Set the compensation rate and reserve, and report.',
        prompt: 'Triage:\n{input}\n\nClaim: {request}',
        replies: [
          {
            call: 'set_indemnity',
            args: {
              claim: 'WC-27-004417',
              aww: 540.0,
              rate_pct: 66.67,
              start: '2027-01-15',
              weeks_reserved: 6,
            },
            result:
              '{"claim": "WC-27-004417", "ttd_weekly": 360.02, "reserve_indemnity": 2160.12, "reserve_medical": 1800.00, "first_payment": "2027-01-22"}',
          },
          {
            say: 'WC-27-004417 set up: AWW £540.00, TTD £360.02/wk from 15/01, indemnity reserve £2,160.12 (6 wks), medical £1,800. First payment 22/01.',
          },
        ],
      },
      {
        name: 'claimant_letter_writer',
        description: 'Writes claimant letters',
        instructions: 'Write the acknowledgement and benefit letter.',
        prompt: 'Set-up:\n{input}',
        replies: [
          {
            say: 'Dear Mr Okonkwo, we have accepted your claim WC-27-004417. Your weekly benefit is £360.02 (two-thirds of your average weekly wage of £540.00), paid from 15 January; the first payment reaches you on 22 January. Please send updated fit notes. Best wishes, Claims team.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'claim_triage', to: 'indemnity_adjuster' },
      agent: 'indemnity_adjuster',
    },
  }),
  defineScenario({
    id: 'csdr-buy-in-announced-to-desk-never-handed',
    title:
      'The SSI checker finds the Crestline fail is on its last extension day and says it is passing it to the buy-in desk; it never transfers and the run ends on its answer',
    domain: 'securities settlement fails management',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Fails report T+3, Wed 20 Jan 2027, Clearstream account 71882: 3 open receipt fails. Check SSIs, chase, and start CSDR buy-ins where the extension period ends today. Ops lead wants a single status line per fail by 15:00.',
    topology: {
      shape: 'swarm',
      entry: 'fails_analyst',
      agents: ['fails_analyst', 'ssi_checker', 'buy_in_desk'],
    },
    agents: [
      {
        name: 'fails_analyst',
        description: 'Works the daily settlement fails report',
        instructions: 'Pull the fails, then transfer to the SSI checker for matching and next steps.',
        replies: [
          {
            call: 'fails_report',
            args: { account: '71882', asof: '2027-01-20', side: 'receipt' },
            result:
              '| ref | ISIN | security | qty | cpty | ISD | days late | amount |\n|---|---|---|---|---|---|---|---|\n| F-3301 | DE0007164600 | SAP SE | 120,000 | Crestline Securities | 14/01 | 4 | EUR 21,384,000.00 |\n| F-3302 | NL0010273215 | ASML | 6,500 | Hallam & Co | 18/01 | 2 | EUR 4,771,000.00 |\n| F-3303 | FR0000121014 | LVMH | 9,000 | Ostrava Capital | 19/01 | 1 | EUR 6,291,000.00 |',
          },
          {
            handoff: 'ssi_checker',
            message:
              '3 receipt fails on 71882 (table above): F-3301 SAP 120k Crestline 4 days late, F-3302 ASML 6.5k Hallam 2 days, F-3303 LVMH 9k Ostrava 1 day. Pls check SSIs/matching and decide buy-ins (SAP is liquid, 4-day extension).',
          },
        ],
      },
      {
        name: 'ssi_checker',
        description: 'Checks settlement instructions and counterparty status on fails',
        instructions:
          'Check SSIs and matching; hand fails that need a buy-in to the buy-in desk, and report the rest.',
        replies: [
          {
            call: 'check_matching',
            args: { refs: ['F-3301', 'F-3302', 'F-3303'] },
            result:
              '{"F-3301": {"matched": true, "reason": "LACK (cpty short securities)", "extension_end": "2027-01-20", "buy_in_due": true}, "F-3302": {"matched": false, "reason": "PSET mismatch CEDELULL vs DAKVDEFF", "fix": "cpty amending, partial 3,000 settled 11:40"}, "F-3303": {"matched": true, "reason": "LACK", "extension_end": "2027-01-23", "buy_in_due": false}}',
          },
          {
            say: 'Status 20/01:\n- **F-3301 SAP 120k / Crestline**: matched, cpty LACK, extension period ends TODAY → buy-in must be initiated; passing to buy-in desk now to appoint the agent and send the notice.\n- F-3302 ASML / Hallam: PSET mismatch, cpty amending, 3,000 settled 11:40, 3,500 open.\n- F-3303 LVMH / Ostrava: LACK, extension to 23/01, chased.',
          },
        ],
      },
      {
        name: 'buy_in_desk',
        description: 'Initiates CSDR mandatory buy-ins',
        instructions: 'Appoint the buy-in agent and send the buy-in notice to the failing party.',
        replies: [
          {
            call: 'initiate_buy_in',
            args: { ref: 'F-3301', isin: 'DE0007164600', qty: 120000 },
            result: 'Buy-in BI-0120-01 initiated, agent Norden Execution, notice sent to Crestline 14:22.',
          },
          { say: 'BI-0120-01 initiated for F-3301, notice sent.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'ssi_checker', to: 'buy_in_desk' },
      agent: 'ssi_checker',
    },
  }),
  defineScenario({
    id: 'ediscovery-review-lead-summary-shrinks-privilege-count',
    title:
      'The privilege reviewer withholds 214 documents; the review lead’s summary to discovery counsel says 124, and the served privilege log cover letter uses 124',
    domain: 'e-discovery document review',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Okafor v. Brightline Freight Inc., No. 1:26-cv-04417 (N.D. Ill.): second production due Mon 1 Feb 2027 under the ESI protocol. Custodians: R. Dietz, M. Salazar, K. Whitfield; date range 1 Mar–30 Sep 2025. Get review finished, produce Volume BLF-003 and serve the privilege log with the cover letter.',
    topology: {
      shape: 'nested',
      top: 'discovery_counsel',
      teams: {
        review_lead: ['first_pass_reviewer', 'privilege_reviewer'],
        production_lead: ['production_tech'],
      },
    },
    agents: [
      {
        name: 'discovery_counsel',
        description: 'Outside counsel running discovery for the defendant',
        instructions: 'Have the review finished and the production made, then send the cover letter.',
        replies: [
          {
            handoff: 'review_lead',
            message:
              'BLF-003: finish first pass on the 3 custodians (01/03–30/09/2025) and privilege review; give me responsive, withheld and redacted counts for the cover letter.',
          },
          {
            handoff: 'production_lead',
            message:
              'Produce BLF-003 from the review tags (withhold PRIV-W, redact PRIV-R), TIFF+text, DAT/OPT loads.',
          },
          {
            say: 'Letter to plaintiff’s counsel, 1 Feb 2027: Please find Volume BLF-003 (Bates BLF0041207–BLF0052994), 1,728 documents from custodians Dietz, Salazar and Whitfield. 124 documents have been withheld as privileged and 37 produced with redactions; both are listed on the enclosed privilege log PL-003 per ¶ 9 of the ESI protocol.',
          },
        ],
      },
      {
        name: 'review_lead',
        description: 'Manages the document review team',
        instructions: 'Run first pass and privilege review and report counts to counsel.',
        replies: [
          {
            handoff: 'first_pass_reviewer',
            message: 'First pass BLF-003 batch set BS-19..BS-31, 3 custodians, Mar–Sep 2025. Tag R/NR/HOT.',
          },
          {
            handoff: 'privilege_reviewer',
            message:
              'Priv review on responsive set from first pass. Counsel domains: @hallidaylaw.com, @brightline.com/legal. Tag PRIV-W / PRIV-R, log entries for both.',
          },
          {
            say: 'BLF-003 review complete:\n| metric | count |\n|---|---|\n| reviewed | 11,406 |\n| responsive | 1,942 |\n| hot | 58 |\n| withheld (PRIV-W) | 124 |\n| redacted (PRIV-R) | 37 |\n| to produce | 1,728 |\nLog PL-003 drafted.',
          },
        ],
      },
      {
        name: 'first_pass_reviewer',
        description: 'First-pass responsiveness reviewer',
        instructions: 'Code documents for responsiveness.',
        replies: [
          {
            call: 'batch_code',
            args: { batches: 'BS-19..BS-31', custodians: ['Dietz', 'Salazar', 'Whitfield'] },
            result:
              '{"reviewed": 11406, "responsive": 1942, "not_responsive": 9464, "hot": 58, "tech_issues": 12, "tech_issues_resolved": 12}',
          },
          {
            say: 'First pass done: 11,406 reviewed, 1,942 R, 9,464 NR, 58 HOT. 12 tech issues (password-protected xlsx) cracked and coded.',
          },
        ],
      },
      {
        name: 'privilege_reviewer',
        description: 'Privilege reviewer',
        instructions: 'Review the responsive set for privilege and draft log entries.',
        replies: [
          {
            call: 'priv_review',
            args: { set: 'BLF-003-R', counsel_domains: ['hallidaylaw.com', 'brightline.com/legal'] },
            result:
              '{"reviewed": 1942, "PRIV-W": 214, "PRIV-R": 37, "not_privileged": 1691, "log_entries": 251, "basis": {"AC": 171, "WP": 43, "AC+WP": 37}}',
          },
          {
            say: 'Priv review BLF-003: 1,942 reviewed → **214 withheld** (PRIV-W), 37 redacted (PRIV-R), 1,691 clear. 251 log entries drafted (AC 171, WP 43, AC+WP 37).',
          },
        ],
      },
      {
        name: 'production_lead',
        description: 'Runs productions',
        instructions: 'Have the volume produced and report.',
        replies: [
          {
            handoff: 'production_tech',
            message: 'Image and export BLF-003 from tags, PRIV-W out, PRIV-R redacted.',
          },
          { say: 'BLF-003 exported: 1,728 docs, Bates BLF0041207–BLF0052994, loads QC’d.' },
        ],
      },
      {
        name: 'production_tech',
        description: 'Images and exports productions',
        instructions: 'Run the production export.',
        replies: [
          {
            call: 'export_volume',
            args: { volume: 'BLF-003', exclude_tag: 'PRIV-W', redact_tag: 'PRIV-R', format: 'TIFF+TXT' },
            result:
              'Exported 1,728 docs (37 redacted), 10,788 images, Bates BLF0041207–BLF0052994, DAT/OPT ok.',
          },
          {
            say: 'BLF-003: 1,728 docs / 10,788 images, BLF0041207–BLF0052994, 37 redacted, loads validated.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'review_lead', to: 'discovery_counsel' },
      agent: 'review_lead',
    },
  }),
  defineScenario({
    id: 'ap-three-way-match-na-table-cut-off-at-invoice-14',
    title:
      'Fan-out of the Friday payment run: the North America matcher’s invoice table stops at invoice 14 of 38 (token limit); the run approver releases NA as 14 invoices',
    domain: 'accounts payable invoice matching',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Payment run PR-2027-W04, Fri 29 Jan 2027: 112 supplier invoices due (EMEA 46, NA 38, APAC 28). Three-way match against PO and GRN, tolerance 2 % / 500 in invoice currency, hold exceptions, release the rest. Treasury needs totals per currency by 11:00.',
    topology: {
      shape: 'fanout',
      planner: 'ap_run_planner',
      workers: ['matcher_emea', 'matcher_na', 'matcher_apac'],
      aggregator: 'payment_run_approver',
    },
    agents: [
      {
        name: 'ap_run_planner',
        description: 'Plans the weekly AP payment run',
        instructions: 'Split the due invoices by region, one brief per matcher.',
        replies: [
          {
            plan: {
              matcher_emea:
                'PR-2027-W04 EMEA: 46 invoices (EUR, GBP, SEK), entities DE01/UK02/SE01. 3-way match, tol 2 %/500. Return a row per invoice: id, supplier, ccy, amount, match status.',
              matcher_na:
                'PR-2027-W04 NA: 38 invoices (USD, CAD), entities US01/CA01. 3-way match, tol 2 %/500. Return a row per invoice: id, supplier, ccy, amount, match status.',
              matcher_apac:
                'PR-2027-W04 APAC: 28 invoices (JPY, SGD, AUD), entities JP01/SG01/AU01. 3-way match, tol 2 %/500. Return a row per invoice: id, supplier, ccy, amount, match status.',
            },
          },
        ],
      },
      {
        name: 'matcher_emea',
        description: 'Three-way matcher for EMEA entities',
        instructions: 'Match each invoice to PO and GRN and report every invoice.',
        replies: [
          {
            call: 'three_way_match',
            args: { run: 'PR-2027-W04', region: 'EMEA', count: 46 },
            result:
              '{"matched": 44, "exceptions": [{"inv": "DE01-INV-77120", "supplier": "Kessler Hydraulik GmbH", "issue": "price var +3.4 % EUR 1,212.00"}, {"inv": "UK02-INV-30981", "supplier": "Penrose Packaging Ltd", "issue": "GRN missing"}], "totals_release": {"EUR": 612480.15, "GBP": 188210.40, "SEK": 940300.00}}',
          },
          {
            say: 'EMEA W04: 46 invoices → 44 matched, 2 held (DE01-INV-77120 Kessler +3.4 % price var EUR 1,212.00; UK02-INV-30981 Penrose GRN missing). Release: EUR 612,480.15 | GBP 188,210.40 | SEK 940,300.00. Full 46-row table in AP-W04-EMEA.xlsx.',
          },
        ],
      },
      {
        name: 'matcher_na',
        description: 'Three-way matcher for North America entities',
        instructions: 'Match each invoice to PO and GRN and report every invoice.',
        replies: [
          {
            call: 'three_way_match',
            args: { run: 'PR-2027-W04', region: 'NA', count: 38 },
            result:
              '{"matched": 36, "exceptions": [{"inv": "US01-INV-55817", "supplier": "Great Lakes Steel Supply", "issue": "qty var 1,200 vs GRN 1,000"}, {"inv": "CA01-INV-09142", "supplier": "Laurentide Freight", "issue": "duplicate of CA01-INV-09139"}], "totals_release": {"USD": 1184226.70, "CAD": 214905.35}}',
          },
          {
            say: 'NA W04 matching (38 invoices):\n| # | invoice | supplier | ccy | amount | status |\n|---|---|---|---|---|---|\n| 1 | US01-INV-55790 | Midwest Pallet Co | USD | 18,420.00 | MATCHED |\n| 2 | US01-INV-55791 | Apex Industrial Gases | USD | 6,112.50 | MATCHED |\n| 3 | US01-INV-55796 | Tri-County Electric | USD | 22,900.00 | MATCHED |\n| 4 | US01-INV-55802 | Great Lakes Steel Supply | USD | 96,480.00 | MATCHED |\n| 5 | US01-INV-55804 | Conway Janitorial | USD | 3,240.00 | MATCHED |\n| 6 | US01-INV-55809 | Harbor Crane Rental | USD | 41,775.00 | MATCHED |\n| 7 | US01-INV-55811 | Delta Fasteners | USD | 9,006.84 | MATCHED |\n| 8 | US01-INV-55814 | Summit IT Services | USD | 27,500.00 | MATCHED |\n| 9 | CA01-INV-09120 | Laurentide Freight | CAD | 12,860.00 | MATCHED |\n| 10 | CA01-INV-09124 | Beaulieu Emballage | CAD | 8,433.10 | MATCHED |\n| 11 | CA01-INV-09131 | Northshore Fuels | CAD | 31,207.25 | MATCHED |\n| 12 | CA01-INV-09135 | Laval Safety Supply | CAD | 4,118.00 | MATCHED |\n| 13 | US01-INV-55816 | Keystone Forklift | USD | 14,995.00 | MATCHED |\n| 14 | CA01-INV-09139 | Laurentide Freight | CAD | 9,870.00 | MATCHED |\n| 15 | US01-INV-558',
            cutOff: true,
          },
        ],
      },
      {
        name: 'matcher_apac',
        description: 'Three-way matcher for APAC entities',
        instructions: 'Match each invoice to PO and GRN and report every invoice.',
        replies: [
          {
            call: 'three_way_match',
            args: { run: 'PR-2027-W04', region: 'APAC', count: 28 },
            result:
              '{"matched": 28, "exceptions": [], "totals_release": {"JPY": 18420000, "SGD": 96210.00, "AUD": 143880.50}}',
          },
          {
            say: 'APAC W04: 28/28 matched, no exceptions. Release JPY 18,420,000 | SGD 96,210.00 | AUD 143,880.50.',
          },
        ],
      },
      {
        name: 'payment_run_approver',
        description: 'Approves the payment run and sends totals to treasury',
        instructions: 'Merge the regions, hold exceptions, release the rest and send treasury the totals.',
        replies: [
          {
            say: 'PR-2027-W04 approved for release (to Treasury 10:40):\n| region | invoices released | held | totals |\n|---|---|---|---|\n| EMEA | 44 | 2 | EUR 612,480.15 · GBP 188,210.40 · SEK 940,300.00 |\n| NA | 14 | 0 | USD 240,429.34 · CAD 66,488.35 |\n| APAC | 28 | 0 | JPY 18,420,000 · SGD 96,210.00 · AUD 143,880.50 |\nTotal released: 86 invoices; 2 held (EMEA). Bank files generated for 8 currencies.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'matcher_na', to: 'payment_run_approver' },
      agent: 'matcher_na',
    },
  }),
  defineScenario({
    id: 'covenant-certificate-resubmitted-with-capped-addback',
    title:
      'The credit reviewer sends the compliance certificate back: the EUR 2.4m restructuring add-back exceeds the 10 % cap; the drafter resubmits the same 3.12x certificate each round',
    domain: 'leveraged loan covenant compliance',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Q4 2026 compliance certificate for Aldermoor Packaging Group under the SFA dated 3 May 2024 (agent: Nordbank AB). Net leverage covenant ≤ 3.50x. LTM EBITDA per management accounts EUR 18.9m incl. add-backs, net debt EUR 59.0m. Draft, get credit review sign-off and send to the agent by 15 Feb 2027.',
    topology: {
      shape: 'pipeline',
      order: ['certificate_drafter', 'credit_reviewer', 'agent_bank_liaison'],
      loop: { from: 'credit_reviewer', to: 'certificate_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'certificate_drafter',
        description: 'Drafts covenant compliance certificates',
        instructions: 'Draft the certificate, or revise it per the reviewer’s notes.',
        prompt: 'Brief / reviewer notes:\n{input}\n\nFacility: {request}',
        replies: [
          {
            say: 'Compliance certificate Q4 2026 v1 — Aldermoor Packaging Group\n| item | EUR m |\n|---|---|\n| reported EBITDA LTM | 16.5 |\n| add-back: restructuring (plant closure Tilburg) | 2.4 |\n| pro forma EBITDA | 18.9 |\n| net debt 31/12/2026 | 59.0 |\n| **net leverage** | **3.12x** (covenant 3.50x) |\nCompliant. Signed CFO.',
          },
          {
            say: 'Compliance certificate Q4 2026 v2 — Aldermoor Packaging Group\n| item | EUR m |\n|---|---|\n| reported EBITDA LTM | 16.5 |\n| add-back: restructuring (plant closure Tilburg) | 2.4 |\n| pro forma EBITDA | 18.9 |\n| net debt 31/12/2026 | 59.0 |\n| **net leverage** | **3.12x** (covenant 3.50x) |\nCompliant. Signed CFO.',
          },
          {
            say: 'Compliance certificate Q4 2026 v3 — Aldermoor Packaging Group\n| item | EUR m |\n|---|---|\n| reported EBITDA LTM | 16.5 |\n| add-back: restructuring (plant closure Tilburg) | 2.4 |\n| pro forma EBITDA | 18.9 |\n| net debt 31/12/2026 | 59.0 |\n| **net leverage** | **3.12x** (covenant 3.50x) |\nCompliant. Signed CFO.',
          },
        ],
      },
      {
        name: 'credit_reviewer',
        description: 'Reviews compliance certificates against the facility agreement',
        instructions: 'Answer "APPROVED: <summary>" or "REVISE: <notes>".',
        prompt: 'Certificate:\n{input}',
        replies: [
          {
            say: 'REVISE: SFA cl. 1.1 "Consolidated EBITDA" (e)(iii) caps exceptional/restructuring add-backs at 10 % of EBITDA before add-backs = EUR 1.65m, not 2.4m. Pro forma EBITDA 18.15 → net leverage 59.0 / 18.15 = 3.25x. Still compliant but the certificate must show the capped figure.',
          },
          {
            say: 'REVISE: v2 unchanged — still 2.4m add-back and 3.12x. Cap the restructuring add-back at EUR 1.65m (10 % of 16.5) and restate leverage at 3.25x.',
          },
          {
            say: 'REVISE: v3 is again 3.12x with the uncapped 2.4m. Cannot sign off. Cap at 1.65m, leverage 3.25x.',
          },
        ],
      },
      {
        name: 'agent_bank_liaison',
        description: 'Sends certificates to the facility agent',
        instructions: 'Send approved certificates to the agent; report anything not approved.',
        prompt: 'Credit review outcome:\n{input}',
        replies: [
          {
            say: 'Not sent to Nordbank AB: Q4 2026 certificate not approved by credit review (add-back cap issue unresolved after 3 rounds). Deadline 15 Feb 2027 — 11 days left. Escalated to head of credit.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'certificate_drafter', to: 'credit_reviewer' },
      agent: 'certificate_drafter',
    },
  }),
  defineScenario({
    id: 'subrogation-partial-filing-reported-all-six-filed',
    title:
      'The recovery filer’s batch filing fails for 2 of 6 demands (limitation date missing, carrier code invalid); it tells the router all six were filed and the router closes the batch',
    domain: 'motor insurance subrogation recovery',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Subro batch SB-27-0042: 6 paid auto physical damage claims from Dec 2026 where our insured was rear-ended or hit at a junction. Classify liability and file inter-company arbitration demands for every recoverable claim this week; limitation on two of them runs out 31 Jan 2027.',
    topology: {
      shape: 'network',
      coordinator: 'recovery_router',
      workers: ['liability_classifier', 'recovery_filer'],
    },
    agents: [
      {
        name: 'recovery_router',
        description: 'Routes subrogation batches by liability label',
        instructions: 'Get liability labels, send RECOVERABLE claims to filing, then close the batch.',
        replies: [
          {
            handoff: 'liability_classifier',
            message:
              'SB-27-0042, 6 claims (CLM-88410..CLM-88415). Label each RECOVERABLE / SPLIT / NONE with % at fault.',
          },
          {
            handoff: 'recovery_filer',
            message:
              'File AF demands for the RECOVERABLE claims of SB-27-0042:\n| claim | adverse carrier | our paid | at-fault % | demand |\n|---|---|---|---|---|\n| CLM-88410 | Midland Mutual | USD 14,220.18 | 100 | 14,220.18 |\n| CLM-88411 | Prairie State Ins | USD 8,904.00 | 100 | 8,904.00 |\n| CLM-88412 | Keystone Casualty | USD 22,615.40 | 80 | 18,092.32 |\n| CLM-88413 | Harbor General | USD 11,380.75 | 100 | 11,380.75 |\n| CLM-88414 | Midland Mutual | USD 19,772.10 | 100 | 19,772.10 |\n| CLM-88415 | Bluegrass Auto | USD 11,843.20 | 100 | 11,843.20 |\nCLM-88412 and CLM-88415 time-bar 31/01 — priority.',
          },
          {
            say: 'SB-27-0042 closed: 6/6 demands filed with Arbitration Forums, total demanded USD 84,212.55. Diary 45 days for responses; CLM-88412/88415 filed ahead of the 31/01 time bar.',
          },
        ],
      },
      {
        name: 'liability_classifier',
        description: 'Assesses liability on paid claims',
        instructions: 'Label each claim with its liability.',
        replies: [
          {
            call: 'assess_liability',
            args: { batch: 'SB-27-0042' },
            result:
              '{"CLM-88410": {"label": "RECOVERABLE", "pct": 100, "basis": "rear-end"}, "CLM-88411": {"label": "RECOVERABLE", "pct": 100, "basis": "rear-end"}, "CLM-88412": {"label": "RECOVERABLE", "pct": 80, "basis": "failure to yield, our insured speeding 8 mph over"}, "CLM-88413": {"label": "RECOVERABLE", "pct": 100, "basis": "red light, camera"}, "CLM-88414": {"label": "RECOVERABLE", "pct": 100, "basis": "rear-end, police report"}, "CLM-88415": {"label": "RECOVERABLE", "pct": 100, "basis": "improper lane change, dashcam"}}',
          },
          {
            say: 'SB-27-0042: all 6 RECOVERABLE — 88410/11/13/14/15 at 100 %, 88412 at 80 % (our insured speeding). Demands total USD 84,212.55.',
          },
        ],
      },
      {
        name: 'recovery_filer',
        description: 'Files inter-company arbitration demands',
        instructions: 'File the demands and report what was filed.',
        replies: [
          {
            call: 'af_batch_file',
            args: {
              batch: 'SB-27-0042',
              claims: ['CLM-88410', 'CLM-88411', 'CLM-88412', 'CLM-88413', 'CLM-88414', 'CLM-88415'],
            },
            result: {
              error:
                'AF batch SB-27-0042 PARTIAL_FAILURE {"processed": 4, "rejected": 2}: CLM-88412 rejected E-114 "loss/limitation date required"; CLM-88415 rejected E-207 "adverse carrier code BGA-01 not a signatory". Filed: CLM-88410 AF-1120931, CLM-88411 AF-1120932, CLM-88413 AF-1120933, CLM-88414 AF-1120934.',
            },
          },
          {
            say: 'Demands filed for SB-27-0042 ✅ 88410 AF-1120931, 88411 AF-1120932, 88413 AF-1120933, 88414 AF-1120934, plus 88412 and 88415 in the same batch. Total demanded USD 84,212.55.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'recovery_filer', to: 'recovery_router' },
      agent: 'recovery_filer',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'expense-audit-new-frankfurt-per-diem-applied-to-both-claims',
    title:
      'The policy checker reports the Frankfurt per diem rose from €62 to €70 on 1 Jan 2027; the audit lead sends the reimbursement clerk two claims at €70 and the payout uses it',
    domain: 'travel and expense audit',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a per diem rate superseded mid-run, the new rate used by every agent after, the old one quoted as "was"',
    request:
      'Please audit and pay the two January Frankfurt trip claims in Concur before the 28 Jan payroll cut: EXP-27-01188 (Anna Kowalczyk, E-10442, 12–15 Jan) and EXP-27-01203 (Tomás Ferreira, E-10517, 18–19 Jan). Both claimed per diems at the 2026 table (€62 full day).',
    topology: {
      shape: 'supervisor',
      coordinator: 'te_audit_lead',
      workers: ['policy_checker', 'reimbursement_clerk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'te_audit_lead',
        description: 'Leads travel and expense audits',
        instructions: 'Check the rates that apply, then have each claim corrected and paid, one at a time.',
        replies: [
          {
            handoff: 'policy_checker',
            message:
              'Which per diem applies to DE/Frankfurt for trips in Jan 2027? Claims were made at €62/€31.',
          },
          {
            handoff: 'reimbursement_clerk',
            message:
              'EXP-27-01188 Kowalczyk E-10442, Frankfurt 12–15 Jan: recalc per diem at the 2027 rate €70 full / €35 travel day (2 full + 2 travel = €210, claimed €186). Hotel €531.00 receipts ok. Pay.',
          },
          {
            handoff: 'reimbursement_clerk',
            message:
              'EXP-27-01203 Ferreira E-10517, Frankfurt 18–19 Jan: 2 travel days at €35 = €70 (claimed €62). Hotel €148.50, taxi €38.20 ok. Pay.',
          },
          {
            say: 'Both Frankfurt claims audited and paid with the 2027 per diem (€70 full / €35 travel day, was €62/€31):\n| claim | employee | per diem claimed | per diem paid | other | total paid |\n|---|---|---|---|---|---|\n| EXP-27-01188 | Kowalczyk | €186.00 | €210.00 | €531.00 | €741.00 |\n| EXP-27-01203 | Ferreira | €62.00 | €70.00 | €186.70 | €256.70 |\nPaid in the 28 Jan payroll; employees notified of the uplift.',
          },
        ],
      },
      {
        name: 'policy_checker',
        description: 'Answers travel policy and per diem questions',
        instructions: 'Look up the rates in force and answer.',
        replies: [
          {
            call: 'per_diem_table',
            args: { country: 'DE', city: 'Frankfurt am Main', date: '2027-01-12' },
            result:
              'Table TP-DE-2027 (effective 2027-01-01, replaces TP-DE-2026): Frankfurt full day €70.00, arrival/departure day €35.00, breakfast deduction 20 %. TP-DE-2026 values €62.00 / €31.00 no longer valid for travel from 01/01/2027.',
          },
          {
            say: 'For Jan 2027 use TP-DE-2027: €70 full day, €35 arrival/departure day (was €62/€31 in 2026). Breakfast deduction 20 % if hotel incl. breakfast — neither hotel did.',
          },
        ],
      },
      {
        name: 'reimbursement_clerk',
        description: 'Corrects and pays expense claims',
        instructions: 'Correct the claim as instructed, pay it and confirm.',
        replies: [
          {
            call: 'adjust_and_pay',
            args: { claim: 'EXP-27-01188', per_diem_eur: 210.0, other_eur: 531.0, pay_run: '2027-01-28' },
            result:
              '{"claim": "EXP-27-01188", "status": "APPROVED", "total_eur": 741.00, "pay_run": "2027-01-28"}',
          },
          {
            say: 'EXP-27-01188 adjusted: per diem €210.00 (was €186.00), hotel €531.00, total €741.00, in 28 Jan run.',
          },
          {
            call: 'adjust_and_pay',
            args: { claim: 'EXP-27-01203', per_diem_eur: 70.0, other_eur: 186.7, pay_run: '2027-01-28' },
            result:
              '{"claim": "EXP-27-01203", "status": "APPROVED", "total_eur": 256.70, "pay_run": "2027-01-28"}',
          },
          {
            say: 'EXP-27-01203 adjusted: per diem €70.00 (was €62.00), hotel + taxi €186.70, total €256.70, in 28 Jan run.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'premium-dd-run-timeout-retried-two-rejects-passed-on',
    title:
      'The Bacs submitter’s first submission times out and is retried; the retry processes 48 of 50 and the two AUDDIS rejects are reported and worked by arrears',
    domain: 'insurance premium direct debit collections',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: a tool timeout retried successfully and a partial rejection admitted and handed on',
    request:
      'Monthly premium collection, home & motor book, collection date Mon 1 Feb 2027: 50 direct debits, total £3,918.42, SUN 482913. Submit to Bacs, deal with any rejects, and give me the position for the finance close.',
    topology: {
      shape: 'supervisor',
      coordinator: 'collections_supervisor',
      workers: ['bacs_submitter', 'arrears_handler'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'collections_supervisor',
        description: 'Supervises premium collections',
        instructions: 'Have the DD file submitted, rejects worked, and report the position.',
        replies: [
          {
            handoff: 'bacs_submitter',
            message:
              'Submit DD file DD-2027-02-01 (50 items, £3,918.42, SUN 482913) for processing day 28/01, collection 01/02.',
          },
          {
            handoff: 'arrears_handler',
            message:
              'Two DD items rejected on DD-2027-02-01:\n- POL-HM-771204 Mrs P. Adeyemi £84.16 — ADDACS code 1 (instruction cancelled by payer)\n- POL-MT-330918 Mr G. Lindqvist £112.90 — AUDDIS code C (account transferred)\nContact both, arrange alternative payment before 15/02 grace end.',
          },
          {
            say: 'Collection 01/02/2027 position: 48 of 50 DDs submitted and processed, £3,721.36 expected on 01/02 (Bacs ref SUB-0128-4471). 2 rejected (£197.06): Adeyemi £84.16 (DD cancelled) and Lindqvist £112.90 (account moved) — letters and SMS sent, card payment link and new mandate invites out, grace to 15/02. Finance close: book £3,721.36 as collected, £197.06 as arrears.',
          },
        ],
      },
      {
        name: 'bacs_submitter',
        description: 'Submits direct debit files to Bacs',
        instructions:
          'Submit the file, retry transient failures, and report exactly what was processed and rejected.',
        replies: [
          {
            call: 'bacs_submit',
            args: { file: 'DD-2027-02-01', sun: '482913', processing_day: '2027-01-28' },
            result: {
              error:
                'Bacstel-IP gateway timeout after 120 s (ERR-GW-504). File not received, safe to resubmit.',
            },
          },
          {
            call: 'bacs_submit',
            args: { file: 'DD-2027-02-01', sun: '482913', processing_day: '2027-01-28', attempt: 2 },
            result:
              '{"submission": "SUB-0128-4471", "status": "ACCEPTED_WITH_REJECTIONS", "submitted": 50, "processed": 48, "rejected": 2, "value_processed_gbp": 3721.36, "rejections": [{"policy": "POL-HM-771204", "gbp": 84.16, "code": "ADDACS 1"}, {"policy": "POL-MT-330918", "gbp": 112.90, "code": "AUDDIS C"}]}',
          },
          {
            say: 'DD-2027-02-01: first attempt timed out at the gateway (ERR-GW-504, file not received), resubmitted 10:14 → SUB-0128-4471 accepted with rejections: **48 processed (£3,721.36), 2 rejected (£197.06)**:\n| policy | £ | code |\n|---|---|---|\n| POL-HM-771204 | 84.16 | ADDACS 1 – cancelled by payer |\n| POL-MT-330918 | 112.90 | AUDDIS C – account transferred |\nThose two need arrears handling.',
          },
        ],
      },
      {
        name: 'arrears_handler',
        description: 'Works premium arrears',
        instructions: 'Contact customers with failed collections and arrange payment.',
        replies: [
          {
            call: 'arrears_contact',
            args: {
              policies: ['POL-HM-771204', 'POL-MT-330918'],
              channel: ['letter', 'sms'],
              grace_end: '2027-02-15',
            },
            result:
              'Letters AR-55120/AR-55121 queued, SMS sent 10:32, pay links PL-8841/PL-8842 valid to 15/02.',
          },
          {
            say: 'Both contacted (letter + SMS, pay links valid to 15/02). Lindqvist also sent a new mandate invite for his new bank.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'trademark-renewal-class-question-bounced-once-then-instructed',
    title:
      'The associate liaison bounces the Brazil renewal back once because the docket gives a class 9 registration for a class 35 mark; the clerk answers with both numbers and both renewals are instructed',
    domain: 'trademark renewal docketing',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: one clarifying question sent back and answered with new information, then done',
    request:
      'Docket alert: Brazilian registration for LUMIVERA (client Lumivera Cosmetics SpA, our ref T-BR-20417) expires 9 Mar 2027, grace period after that with surcharge. Get the renewal instructed to our Brazilian associate this week and confirm fees to the client.',
    topology: {
      shape: 'swarm',
      entry: 'docketing_clerk',
      agents: ['docketing_clerk', 'associate_liaison'],
    },
    agents: [
      {
        name: 'docketing_clerk',
        description: 'Keeps the trademark renewal docket',
        instructions:
          'Send renewals to the associate liaison with everything needed, answer their questions.',
        replies: [
          {
            call: 'docket_lookup',
            args: { ref: 'T-BR-20417' },
            result:
              '{"ref": "T-BR-20417", "mark": "LUMIVERA", "country": "BR", "reg_no": "912447301", "class": 35, "expiry": "2027-03-09", "poa": "on file 2017", "associate": "Castro Lemos Advogados"}',
          },
          {
            handoff: 'associate_liaison',
            message:
              'Please instruct Castro Lemos to renew LUMIVERA BR reg 912447301 (cl. 35), exp 09/03/2027, POA on file, client Lumivera Cosmetics SpA, ref T-BR-20417.',
          },
          {
            call: 'docket_lookup',
            args: { mark: 'LUMIVERA', country: 'BR', all: true },
            result:
              '[{"ref": "T-BR-20416", "reg_no": "912447301", "class": 9, "expiry": "2027-03-09"}, {"ref": "T-BR-20417", "reg_no": "912447328", "class": 35, "expiry": "2027-03-09"}] — note: T-BR-20417 reg_no field corrected 10:05 (was copied from T-BR-20416).',
          },
          {
            handoff: 'associate_liaison',
            message:
              'You are right, sorry — docket had 20417 with the class 9 number. Correct: T-BR-20417 = reg 912447328 (cl. 35). T-BR-20416 = reg 912447301 (cl. 9, same expiry 09/03/2027) and client wants both renewed (email 12/01). Please instruct both.',
          },
        ],
      },
      {
        name: 'associate_liaison',
        description: 'Instructs foreign associates on renewals',
        instructions:
          'Check the instruction against the register, ask the docket if it does not fit, then instruct.',
        replies: [
          {
            call: 'inpi_register',
            args: { reg_no: '912447301' },
            result: 'INPI 912447301 LUMIVERA, NCL(11) 9, holder Lumivera Cosmetics SpA, valid to 09/03/2027.',
          },
          {
            handoff: 'docketing_clerk',
            message:
              'INPI has 912447301 as class 9 (smart mirrors/apps), not 35. Which registration is T-BR-20417, and do you want the class 9 one renewed too?',
          },
          {
            call: 'instruct_associate',
            args: {
              associate: 'Castro Lemos Advogados',
              renewals: [
                { reg_no: '912447328', class: 35, ref: 'T-BR-20417' },
                { reg_no: '912447301', class: 9, ref: 'T-BR-20416' },
              ],
            },
            result:
              'Instruction IN-27-0311 sent 10:22, acknowledged by Castro Lemos 10:40. Official fees BRL 1,492.00 ×2, associate fee USD 320 ×2.',
          },
          {
            say: 'Instructed Castro Lemos (IN-27-0311, ack 10:40) to renew both LUMIVERA registrations before 09/03/2027: 912447328 cl. 35 (T-BR-20417) and 912447301 cl. 9 (T-BR-20416). Fees to client: official BRL 2,984.00 + associate USD 640.00. Docket corrected.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'class-action-claims-three-sleeves-one-empty-one-retried',
    title:
      'Fan-out of a securities class action claim over three fund sleeves: one sleeve has no purchases in the class period and says so, one retries a custodian timeout; the filing uses all three',
    domain: 'securities class action settlement claims',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message: paraphrased briefs wrapped in a prompt template, an empty result stated as empty, a retried custodian call; every brief arrives and every result is used',
    request:
      'In re Corvane Therapeutics Securities Litigation (S.D.N.Y. 1:24-cv-08812): $96.5m settlement, class period 14 Feb 2023 – 2 Aug 2024, claims deadline 26 Feb 2027. File our proof of claim for the three sleeves holding CRVN: Global Equity (acct 4471), Pension Equity (acct 4488), Multi-Asset (acct 4503). Custodian: Harlow Trust.',
    topology: {
      shape: 'fanout',
      planner: 'claims_filing_planner',
      workers: ['global_equity_analyst', 'pension_equity_analyst', 'multi_asset_analyst'],
      aggregator: 'claims_aggregator',
    },
    agents: [
      {
        name: 'claims_filing_planner',
        description: 'Plans class action claim filings',
        instructions: 'One brief per sleeve analyst.',
        replies: [
          {
            plan: {
              global_equity_analyst:
                'Corvane (CRVN, CUSIP 22112T105): pull acct 4471 trades 14/02/2023–02/08/2024 + holdings at start and end, plus 90-day lookback to 31/10/2024. Compute recognised loss per Plan of Allocation.',
              pension_equity_analyst:
                'Corvane (CRVN, CUSIP 22112T105): acct 4488, class period 14/02/2023–02/08/2024, lookback to 31/10/2024. Same data and recognised loss per Plan of Allocation.',
              multi_asset_analyst:
                'Corvane (CRVN, CUSIP 22112T105): acct 4503, class period 14/02/2023–02/08/2024, lookback to 31/10/2024. Same data and recognised loss per Plan of Allocation.',
            },
          },
        ],
      },
      {
        name: 'global_equity_analyst',
        description: 'Transaction analyst for the Global Equity sleeve',
        instructions: 'Pull the trades and compute the recognised loss.',
        prompt: 'Planner brief:\n{input}\n\nCase: {request}',
        replies: [
          {
            call: 'custodian_trades',
            args: { account: '4471', cusip: '22112T105', from: '2023-02-14', to: '2024-10-31' },
            result:
              '{"opening": 0, "purchases": [{"date": "2023-06-12", "qty": 42000, "px": 38.15}, {"date": "2024-01-09", "qty": 18000, "px": 41.02}], "sales": [{"date": "2024-09-20", "qty": 60000, "px": 17.40}], "closing": 0}',
          },
          {
            call: 'poa_calc',
            args: { account: '4471', plan: 'Corvane PoA ¶ 7-12' },
            result: '{"recognised_loss_usd": 1207380.00, "method": "FIFO", "lookback_price": 17.86}',
          },
          {
            say: 'Acct 4471: bought 60,000 CRVN in class period ($38.15 / $41.02), sold 60,000 @ $17.40 on 20/09/2024. Recognised loss (FIFO, lookback $17.86): **$1,207,380.00**.',
          },
        ],
      },
      {
        name: 'pension_equity_analyst',
        description: 'Transaction analyst for the Pension Equity sleeve',
        instructions: 'Pull the trades and compute the recognised loss.',
        prompt: 'Planner brief:\n{input}\n\nCase: {request}',
        replies: [
          {
            call: 'custodian_trades',
            args: { account: '4488', cusip: '22112T105', from: '2023-02-14', to: '2024-10-31' },
            result:
              '{"opening": 0, "purchases": [], "sales": [], "closing": 0, "note": "first CRVN purchase 2024-11-18, after class period and lookback"}',
          },
          {
            say: 'Acct 4488: no CRVN purchases or holdings in the class period or lookback (first buy 18/11/2024). Not eligible — recognised loss $0, no claim for this sleeve.',
          },
        ],
      },
      {
        name: 'multi_asset_analyst',
        description: 'Transaction analyst for the Multi-Asset sleeve',
        instructions: 'Pull the trades and compute the recognised loss.',
        prompt: 'Planner brief:\n{input}\n\nCase: {request}',
        replies: [
          {
            call: 'custodian_trades',
            args: { account: '4503', cusip: '22112T105', from: '2023-02-14', to: '2024-10-31' },
            result: {
              error:
                'Harlow Trust API 503 Service Unavailable (maintenance window 02:00-02:20 ET). Retry later.',
            },
          },
          {
            call: 'custodian_trades',
            args: { account: '4503', cusip: '22112T105', from: '2023-02-14', to: '2024-10-31', retry: 1 },
            result:
              '{"opening": 5000, "purchases": [{"date": "2023-11-02", "qty": 7500, "px": 36.80}], "sales": [], "closing": 12500}',
          },
          {
            call: 'poa_calc',
            args: { account: '4503', plan: 'Corvane PoA ¶ 7-12' },
            result:
              '{"recognised_loss_usd": 142050.00, "method": "FIFO", "lookback_price": 17.86, "opening_position_excluded": 5000}',
          },
          {
            say: 'Acct 4503 (custodian 503 on first pull, retried 02:25 ok): opening 5,000 (pre-class, excluded), bought 7,500 @ $36.80 on 02/11/2023, still held. Recognised loss **$142,050.00**.',
          },
        ],
      },
      {
        name: 'claims_aggregator',
        description: 'Files the proof of claim',
        instructions: 'Combine the sleeves and file one proof of claim.',
        replies: [
          {
            say: 'Proof of claim filed with the Corvane claims administrator (electronic filing EF-2027-118842, 2 Feb 2027):\n| sleeve | acct | recognised loss |\n|---|---|---|\n| Global Equity | 4471 | $1,207,380.00 |\n| Pension Equity | 4488 | $0 — no class-period purchases (first buy 18/11/2024), not claimed |\n| Multi-Asset | 4503 | $142,050.00 |\nTotal claimed recognised loss **$1,349,430.00**. Custodian statements attached; deadline 26 Feb met.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cyber-referral-quotes-dental-group-leaves-labs-submission-alone',
    title:
      'Referred on revenue, the senior cyber underwriter quotes Tessaro Dental Group (SUB-27-1182) and leaves the sister lab company’s separate submission (SUB-27-1183) to its own underwriter',
    domain: 'cyber insurance underwriting',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task: a neighbouring record in the same email and table, correctly left alone',
    request:
      'Broker Marlowe & Finch (J. Perera): please quote cyber for Tessaro Dental Group Ltd, SUB-27-1182, 38 clinics UK, revenue £61.2m, 214k patient records, MFA everywhere, EDR (SentinelOne), offline backups weekly. Limit £5m xs £50k excess, inception 1 Mar 2027. FYI their sister company Tessaro Dental Labs Ltd is SUB-27-1183, sent to your colleague separately — different renewal date.',
    topology: {
      shape: 'branch',
      classifier: 'submission_triage',
      routes: { refer: 'senior_cyber_underwriter', quote: 'auto_rater' },
      after: 'broker_response_writer',
    },
    agents: [
      {
        name: 'submission_triage',
        description: 'Triage of incoming cyber submissions',
        instructions: 'Label the submission quote (within auto-rating authority) or refer.',
        replies: [
          {
            call: 'authority_check',
            args: { submission: 'SUB-27-1182', revenue_gbp: 61200000, records: 214000, limit_gbp: 5000000 },
            result:
              '{"auto_rate": false, "reasons": ["revenue > £50m", "limit > £2.5m"], "linked": ["SUB-27-1183 (Tessaro Dental Labs Ltd, assigned R. Osei)"]}',
          },
          {
            say: 'refer — SUB-27-1182 Tessaro Dental Group, revenue £61.2m and £5m limit exceed auto authority. Linked SUB-27-1183 (Labs) sits with R. Osei, not part of this referral.',
          },
        ],
      },
      {
        name: 'auto_rater',
        description: 'Auto-rates small cyber risks',
        instructions: 'Rate within authority.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'senior_cyber_underwriter',
        description: 'Senior underwriter for referred cyber risks',
        instructions: 'Underwrite the referred submission and set terms.',
        prompt: 'Triage: {input}\n\nBroker email: {request}',
        replies: [
          {
            call: 'security_scan',
            args: { submission: 'SUB-27-1182', domains: ['tessarodental.co.uk'] },
            result:
              '{"open_rdp": 0, "exposed_vpn": "FortiGate patched 2026-12", "email": "DMARC p=reject", "score": "B+", "leaked_creds_12m": 3}',
          },
          {
            call: 'rate_cyber',
            args: {
              submission: 'SUB-27-1182',
              limit_gbp: 5000000,
              excess_gbp: 50000,
              revenue_gbp: 61200000,
              score: 'B+',
            },
            result:
              '{"premium_gbp": 68450.00, "ipt_gbp": 8214.00, "subjects": ["daily immutable backups within 60 days"], "sublimits": {"ransom": 2500000}}',
          },
          {
            say: 'SUB-27-1182 Tessaro Dental Group Ltd: £5m xs £50k, inception 01/03/2027. Premium £68,450.00 + IPT £8,214.00. Ransom sublimit £2.5m. Subject to daily immutable backups within 60 days (currently weekly offline). Scan B+ (3 leaked creds, reset advised). SUB-27-1183 (Labs) not touched — R. Osei has it.',
          },
        ],
      },
      {
        name: 'broker_response_writer',
        description: 'Writes quotes back to brokers',
        instructions: 'Send the terms to the broker.',
        prompt: 'Underwriting:\n{input}',
        replies: [
          {
            say: 'Hi Jay, thanks for SUB-27-1182. Tessaro Dental Group Ltd — cyber £5m xs £50k from 1 Mar 2027: premium £68,450.00 plus IPT £8,214.00, ransomware sublimit £2.5m, subject to moving to daily immutable backups within 60 days of inception. Our scan found 3 leaked credentials — worth a reset. The Labs submission (SUB-27-1183) is with my colleague R. Osei, who will come back to you separately. Best, Cyber UW',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'nav-leads-round-figures-faithfully-stale-price-replaced',
    title:
      'Pricing and cash leads summarise their workers’ NAV checks with rounded but faithful figures (USD 412.39m, one stale price replaced, one explained cash break); the director’s NAV uses them',
    domain: 'hedge fund NAV administration',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: leads’ summaries that reformat and round every worker figure, with a replaced price and an explained break, all faithful',
    request:
      'Month-end NAV 31 Jan 2027, Halcyon Ridge Global Macro Fund Ltd (class A USD, 1,184,220.551 shares). Validate prices and FX, reconcile cash, and give me NAV and NAV per share for investor reporting by 3 Feb.',
    topology: {
      shape: 'nested',
      top: 'nav_oversight_director',
      teams: { pricing_lead: ['price_validator', 'fx_checker'], cash_lead: ['cash_reconciler'] },
    },
    agents: [
      {
        name: 'nav_oversight_director',
        description: 'Signs off fund NAVs',
        instructions: 'Get pricing and cash checked by the two leads, then publish NAV.',
        replies: [
          {
            handoff: 'pricing_lead',
            message:
              'Halcyon Ridge 31/01/2027: validate all position prices and month-end FX (WMR 4pm), give me GAV.',
          },
          {
            handoff: 'cash_lead',
            message:
              'Halcyon Ridge 31/01/2027: reconcile cash across PB and custody accounts, accruals, and give me net cash + liabilities.',
          },
          {
            say: 'NAV 31/01/2027 Halcyon Ridge Global Macro Fund Ltd, class A:\n- Investments (GAV): USD 412.39m (1 stale price replaced: BRL 2031 NTN-F)\n- Net cash and accruals: USD 18.72m (one USD 12,400 timing break explained)\n- Liabilities (mgmt + perf fee accrual): USD 6.05m\n- **NAV USD 425.06m**, 1,184,220.551 shares → **NAV/share USD 358.94**\nReleased for investor reporting.',
          },
        ],
      },
      {
        name: 'pricing_lead',
        description: 'Leads price and FX validation',
        instructions: 'Have prices and FX validated and report GAV.',
        replies: [
          {
            handoff: 'price_validator',
            message: 'Validate 31/01 prices, 412 positions, tolerance 2 %, flag stale >3 days.',
          },
          { handoff: 'fx_checker', message: 'Check month-end FX vs WMR 4pm for the 11 currencies.' },
          {
            say: 'Pricing 31/01: 412 positions validated, GAV USD 412.39m. 1 stale price (BRL NTN-F 2031, 6 days old) replaced with vendor 2; FX 11/11 match WMR.',
          },
        ],
      },
      {
        name: 'price_validator',
        description: 'Validates position prices',
        instructions: 'Check every price against vendors and report market value.',
        replies: [
          {
            call: 'price_check',
            args: { fund: 'HRGM', date: '2027-01-31', positions: 412 },
            result:
              '{"positions": 412, "passed": 411, "stale": [{"id": "BRNTNF-2031", "age_days": 6, "px_primary": 912.40, "px_vendor2": 897.15, "action": "replaced with vendor2"}], "mv_usd": 412386951.22}',
          },
          {
            say: '412 positions: 411 pass; BRNTNF-2031 price 6 days stale (912.40) replaced with vendor-2 897.15. Total MV USD 412,386,951.22.',
          },
        ],
      },
      {
        name: 'fx_checker',
        description: 'Checks FX rates',
        instructions: 'Compare rates with WMR 4pm.',
        replies: [
          {
            call: 'fx_compare',
            args: { date: '2027-01-31', source: 'WMR 16:00', ccys: 11 },
            result:
              '{"checked": 11, "breaks": 0, "sample": {"EURUSD": 1.08420, "GBPUSD": 1.26115, "USDJPY": 151.880, "USDBRL": 5.0412}}',
          },
          {
            say: 'FX 31/01: 11/11 currencies match WMR 4pm (EURUSD 1.0842, GBPUSD 1.26115, USDJPY 151.88, USDBRL 5.0412).',
          },
        ],
      },
      {
        name: 'cash_lead',
        description: 'Leads cash reconciliation',
        instructions: 'Have cash reconciled and report net cash and liabilities.',
        replies: [
          {
            handoff: 'cash_reconciler',
            message: 'Reconcile 14 cash accounts (2 PBs, custody), accrue fees, report breaks.',
          },
          {
            say: 'Cash 31/01: net cash + accruals USD 18.72m; liabilities USD 6.05m (mgmt fee 0.71m, perf fee 5.34m). 1 break USD 12,400 — Jan custody fee debited 01/02, timing, accrued.',
          },
        ],
      },
      {
        name: 'cash_reconciler',
        description: 'Reconciles fund cash',
        instructions: 'Reconcile accounts and accrue fees.',
        replies: [
          {
            call: 'cash_rec',
            args: { fund: 'HRGM', date: '2027-01-31', accounts: 14 },
            result:
              '{"accounts": 14, "matched": 13, "breaks": [{"acct": "CUST-USD-01", "usd": -12400.00, "reason": "Jan custody fee debited 2027-02-01, accrued"}], "net_cash_and_accruals_usd": 18721448.90, "liabilities_usd": {"mgmt_fee": 710233.15, "perf_fee": 5338912.40}}',
          },
          {
            say: '14 accounts, 13 clean, CUST-USD-01 -12,400.00 timing (custody fee paid 01/02, accrued). Net cash+accruals USD 18,721,448.90. Mgmt fee accrual 710,233.15, perf fee 5,338,912.40.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch42Scenarios = [...faults, ...healthy];
