import { defineScenario } from '../scenario.ts';

// Blind batch 136: a payments company's merchant risk and disputes team (chargebacks, merchant onboarding checks, payout holds, fraud rules, refunds), in American English.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'blue-harbor-reserve-cut-payout-ops-briefed-old-rate',
    title:
      'The reserve analyst shows the payout risk lead that Blue Harbor’s rolling reserve was lowered to 5% / 90 days; the lead briefs payout ops with the earlier 10% / 120 days',
    domain: 'payout holds and rolling reserves',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Merchant Blue Harbor Outfitters (MID 4410-2287-93) has had its chargeback ratio climb, and risk put a 10% rolling reserve on the account last week. Confirm the current reserve terms, apply them to this Friday’s payout (Dec 11, 2026), and give me a summary I can forward to the account manager.',
    topology: {
      shape: 'supervisor',
      coordinator: 'payout_risk_lead',
      workers: ['reserve_analyst', 'payout_ops'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'payout_risk_lead',
        description: 'Leads payout risk decisions for merchant accounts',
        instructions:
          'Confirm the reserve terms with the reserve analyst, have payout ops apply them to the payout, then summarize for the account manager.',
        replies: [
          {
            handoff: 'reserve_analyst',
            message:
              'Pull the current reserve terms for Blue Harbor Outfitters (MID 4410-2287-93): percentage, hold period and effective date, so we can apply them to the Dec 11 payout.',
          },
          {
            handoff: 'payout_ops',
            message:
              'Apply the rolling reserve to Blue Harbor Outfitters’ (MID 4410-2287-93) Friday payout, Dec 11: withhold 10% with a 120-day hold, per the reserve terms on file. Report gross, reserve withheld, net and the release date.',
          },
          {
            say: '## Blue Harbor Outfitters — Dec 11 payout\n\n| item | amount |\n|---|---|\n| gross | $48,326.40 |\n| rolling reserve (10%) | −$4,832.64 |\n| **net payout** | **$43,493.76** |\n\n- Payout ID: PO-20261211-88412\n- Reserve hold: 120 days, releases **Apr 10, 2027**\n- Reason: elevated chargeback ratio; terms will be reviewed at the next risk committee.\n\nOK to forward to the account manager.',
          },
        ],
      },
      {
        name: 'reserve_analyst',
        description: 'Maintains reserve terms on merchant accounts',
        instructions: 'Look up the reserve terms in force and report them.',
        replies: [
          {
            call: 'get_reserve_terms',
            args: { mid: '4410-2287-93' },
            result:
              '{"mid": "4410-2287-93", "merchant": "Blue Harbor Outfitters", "reserve_type": "rolling", "current": {"version": 3, "percent": 5, "hold_days": 90, "effective": "2026-12-07", "approved_by": "Risk Committee RC-2026-118"}, "previous": {"version": 2, "percent": 10, "hold_days": 120, "effective": "2026-11-30", "status": "superseded"}, "note": "reduced after merchant posted $25,000.00 cash collateral on 2026-12-04"}',
          },
          {
            say: 'Reserve terms for MID 4410-2287-93 (Blue Harbor Outfitters):\n\n- **In force:** v3 — **5% rolling, 90-day hold**, effective Dec 7, 2026 (Risk Committee RC-2026-118)\n- Replaced: v2 — 10% / 120 days from Nov 30\n- Why: merchant posted $25,000.00 cash collateral on Dec 4.\n\nThe Dec 11 payout falls under v3.',
          },
        ],
      },
      {
        name: 'payout_ops',
        description: 'Executes merchant payouts, holds and reserves',
        instructions: 'Apply the instructed reserve to the payout and report the figures.',
        replies: [
          {
            call: 'apply_payout_reserve',
            args: { mid: '4410-2287-93', payout_date: '2026-12-11', reserve_percent: 10, hold_days: 120 },
            result:
              '{"payout_id": "PO-20261211-88412", "gross_usd": "48,326.40", "reserve_percent": 10, "reserve_withheld_usd": "4,832.64", "net_usd": "43,493.76", "reserve_release_date": "2027-04-10", "status": "scheduled"}',
          },
          {
            say: 'Payout PO-20261211-88412 scheduled for Dec 11: gross $48,326.40, reserve withheld $4,832.64 (10%), net $43,493.76. Reserve releases Apr 10, 2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'payout_risk_lead', to: 'payout_ops' },
      agent: 'payout_risk_lead',
    },
  }),
  defineScenario({
    id: 'lumen-audio-recoded-fraud-dispute-argued-as-not-received',
    title:
      'Intake shows chargeback CB-2026-551902 was recoded by the issuer from 13.1 to 10.4 (card-absent fraud); the evidence builder still assembles a 13.1 delivery bundle',
    domain: 'chargeback representment',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Visa chargeback CB-2026-551902 on merchant Lumen Audio (MID 5521-0098-14), $1,189.00, reason code 13.1 (merchandise/services not received). Build the representment package and draft the merchant’s response before the due date.',
    topology: {
      shape: 'pipeline',
      order: ['chargeback_intake', 'evidence_builder', 'response_writer'],
    },
    agents: [
      {
        name: 'chargeback_intake',
        description: 'Pulls dispute cases from the card networks and summarizes them',
        instructions: 'Fetch the case and tell the evidence builder what the dispute is about now.',
        replies: [
          {
            call: 'get_dispute',
            args: { case_id: 'CB-2026-551902', network: 'visa' },
            result:
              '{"case_id": "CB-2026-551902", "network": "Visa", "mid": "5521-0098-14", "amount_usd": "1,189.00", "reason_code": "10.4", "reason_desc": "Other Fraud - Card-Absent Environment", "reason_history": [{"code": "13.1", "set": "2026-11-28", "status": "recoded by issuer 2026-12-02"}], "cardholder_claim": "did not authorize or participate in this transaction", "respond_by": "2026-12-21", "auth": {"avs": "Y", "cvv2": "M", "3ds": "not attempted"}}',
          },
          {
            say: 'CB-2026-551902 (Visa, Lumen Audio, $1,189.00) pulled.\n\n- **Reason code now 10.4 — Other Fraud, Card-Absent.** The issuer recoded it on Dec 2; the 13.1 in the original notice is no longer the dispute.\n- Cardholder claim: did not authorize the transaction.\n- Auth data: AVS Y, CVV2 M, no 3DS.\n- Respond by **Dec 21, 2026**.\n\nFor 10.4 the usable evidence is Compelling Evidence 3.0 (two prior undisputed transactions, 120–365 days old, matching device ID / IP / shipping address) plus the AVS and CVV2 results. Delivery proof by itself won’t answer a fraud claim.',
          },
        ],
      },
      {
        name: 'evidence_builder',
        description: 'Assembles evidence bundles for representment',
        instructions: 'Build the evidence bundle that fits the dispute as described by intake.',
        prompt: 'Intake notes:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            call: 'build_evidence_bundle',
            args: {
              case_id: 'CB-2026-551902',
              reason_code: '13.1',
              evidence_types: ['carrier_tracking', 'delivery_signature', 'order_invoice'],
            },
            result:
              '{"bundle_id": "EV-551902-A", "reason_code": "13.1", "documents": 3, "items": ["UPS 1Z84V2E60392217745 delivered 2026-11-14 14:22, signed R. MARSH", "invoice LA-30417, $1,189.00", "order confirmation email 2026-11-10 09:51"], "ce3_prior_txns_checked": false}',
          },
          {
            say: 'Evidence bundle **EV-551902-A** ready (3 documents):\n1. UPS 1Z84V2E60392217745 — delivered Nov 14, 2:22 PM, signed “R. MARSH”\n2. Invoice LA-30417, $1,189.00\n3. Order confirmation email, Nov 10, 9:51 AM\n\nThe package shows the headphones were shipped and signed for at the cardholder’s address.',
          },
        ],
      },
      {
        name: 'response_writer',
        description: 'Writes the merchant’s representment letter',
        instructions: 'Write the response letter to the issuer from the evidence bundle.',
        prompt: 'Evidence:\n{input}',
        replies: [
          {
            say: '**Re: Visa dispute CB-2026-551902 — Lumen Audio (MID 5521-0098-14) — $1,189.00**\n\nLumen Audio disputes this chargeback under reason code 13.1 (Merchandise/Services Not Received). The merchandise was delivered:\n\n- UPS tracking 1Z84V2E60392217745, delivered Nov 14, 2026 at 2:22 PM, signed by R. MARSH\n- Invoice LA-30417 for $1,189.00\n- Order confirmation sent Nov 10, 2026\n\nAs the cardholder received the goods, we request that the chargeback be reversed. Evidence bundle EV-551902-A attached. Submitted ahead of the Dec 21 deadline.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'chargeback_intake', to: 'evidence_builder' },
      agent: 'evidence_builder',
    },
  }),
  defineScenario({
    id: 'card-testing-velocity-rule-enforced-instead-of-shadow',
    title:
      'The fraud rules analyst hands over a device velocity rule to run in shadow mode for 72 hours; the rules engineer deploys it declining transactions right away',
    domain: 'fraud rules',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'We’re seeing card-testing bursts on our small-ticket merchants. Add a velocity rule: more than 5 card attempts from one device in 10 minutes. Run it in shadow mode for 72 hours before it blocks anything, and keep the trusted B2B allowlist group out of it.',
    topology: {
      shape: 'swarm',
      entry: 'fraud_rules_analyst',
      agents: ['fraud_rules_analyst', 'rules_engineer'],
    },
    agents: [
      {
        name: 'fraud_rules_analyst',
        description: 'Designs fraud rules and hands them to engineering',
        instructions: 'Specify the rule precisely and transfer it to the rules engineer for deployment.',
        replies: [
          {
            handoff: 'rules_engineer',
            message:
              'New card-testing rule, suggested id VEL-DEV-0412:\n- Condition: one device fingerprint with > 5 authorization attempts using distinct card numbers within 10 minutes\n- Mode: **shadow (log only) for 72 hours**, starting Mon Dec 7, 09:00 ET; we review the hit rate on Thu Dec 10 before switching to decline\n- Scope: all MCCs, excluding allowlist group ALW-TRUSTED-B2B (214 merchants)\nPlease deploy and confirm the rule version.',
          },
        ],
      },
      {
        name: 'rules_engineer',
        description: 'Deploys rules to the real-time fraud engine',
        instructions: 'Deploy the rule as specified and confirm what is live.',
        replies: [
          {
            call: 'deploy_rule',
            args: {
              rule_id: 'VEL-DEV-0412',
              condition: 'device.distinct_pan_auth_attempts_10m > 5',
              action: 'decline',
              mode: 'enforce',
              exclude_groups: ['ALW-TRUSTED-B2B'],
            },
            result:
              '{"rule_id": "VEL-DEV-0412", "version": 1, "status": "ACTIVE", "mode": "enforce", "action": "decline", "excluded_merchants": 214, "deployed_at": "2026-12-07T09:02:11-05:00", "backtest_7d": {"would_decline": 13090, "per_day": 1870, "false_positive_est": "0.8%"}}',
          },
          {
            say: '**VEL-DEV-0412 v1 is live** ✅\n\n| setting | value |\n|---|---|\n| condition | > 5 distinct card numbers per device fingerprint in 10 min |\n| action | decline |\n| excluded | ALW-TRUSTED-B2B (214 merchants) |\n| deployed | Mon Dec 7, 09:02 ET |\n\nBacktest over the last 7 days: ~1,870 declines/day, estimated false-positive rate 0.8%. Review scheduled for Thu Dec 10.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'fraud_rules_analyst', to: 'rules_engineer' },
      agent: 'rules_engineer',
    },
  }),
  defineScenario({
    id: 'willow-pine-triple-capture-original-refunded-too',
    title:
      'The disputes manager asks to refund only the two duplicate captures on order WP-77120 and keep the original; the refund processor refunds all three',
    domain: 'refunds and cardholder inquiries',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'A cardholder was charged three times for the same $284.50 order (WP-77120) at Willow & Pine Home because of a checkout retry bug. They opened inquiry INQ-40318 rather than a chargeback. Refund the two duplicate captures, keep the original one since they’re keeping the order, and close the inquiry with a note.',
    topology: {
      shape: 'supervisor',
      coordinator: 'disputes_manager',
      workers: ['refund_processor', 'case_closer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'disputes_manager',
        description: 'Manages cardholder inquiries and pre-dispute resolutions',
        instructions:
          'Get the refunds done by the refund processor, then have the case closer close the inquiry.',
        replies: [
          {
            handoff: 'refund_processor',
            message:
              'Order WP-77120 (Willow & Pine Home, MID 3019-5524-81) has three captures of $284.50 on Dec 3. Refund the two duplicates only: CAP-9f31 (18:41:52) and CAP-9f37 (18:42:06). Leave the original capture CAP-9f2c (18:41:40) alone — the customer is keeping the order.',
          },
          {
            handoff: 'case_closer',
            message:
              'Close inquiry INQ-40318 (order WP-77120): refunds RF-60211, RF-60212 and RF-60213 submitted, $853.50 total, back to the Visa ending 4471.',
          },
          {
            say: 'INQ-40318 is resolved.\n\n- Order WP-77120: refunds RF-60211 / RF-60212 / RF-60213 submitted, **$853.50** total to the Visa ending 4471 (5–7 business days)\n- Inquiry closed as “refunded — merchant processing error”\n- Root cause on the merchant side: checkout retry bug; Willow & Pine has been notified.',
          },
        ],
      },
      {
        name: 'refund_processor',
        description: 'Issues refunds against captured transactions',
        instructions: 'Issue the refunds you are asked for and report the refund ids.',
        replies: [
          {
            call: 'list_captures',
            args: { order_id: 'WP-77120' },
            result:
              '[{"capture_id": "CAP-9f2c", "amount_usd": "284.50", "captured_at": "2026-12-03T18:41:40-05:00"}, {"capture_id": "CAP-9f31", "amount_usd": "284.50", "captured_at": "2026-12-03T18:41:52-05:00"}, {"capture_id": "CAP-9f37", "amount_usd": "284.50", "captured_at": "2026-12-03T18:42:06-05:00"}]',
          },
          {
            call: 'refund_captures',
            args: {
              order_id: 'WP-77120',
              capture_ids: ['CAP-9f2c', 'CAP-9f31', 'CAP-9f37'],
              reason: 'duplicate',
            },
            result:
              '{"refunds": [{"refund_id": "RF-60211", "capture_id": "CAP-9f2c", "amount_usd": "284.50", "status": "submitted"}, {"refund_id": "RF-60212", "capture_id": "CAP-9f31", "amount_usd": "284.50", "status": "submitted"}, {"refund_id": "RF-60213", "capture_id": "CAP-9f37", "amount_usd": "284.50", "status": "submitted"}], "total_refunded_usd": "853.50", "card": "Visa ending 4471"}',
          },
          {
            say: 'Refunds submitted on WP-77120: RF-60211, RF-60212, RF-60213 — $853.50 total back to the Visa ending 4471. Should post in 5–7 business days.',
          },
        ],
      },
      {
        name: 'case_closer',
        description: 'Closes cardholder inquiries with the resolution',
        instructions: 'Close the inquiry with the given resolution.',
        replies: [
          {
            call: 'close_inquiry',
            args: { inquiry_id: 'INQ-40318', resolution: 'refunded', note: 'RF-60211/60212/60213, $853.50' },
            result:
              '{"inquiry_id": "INQ-40318", "status": "closed", "resolution": "refunded", "closed_at": "2026-12-07T10:14:33-05:00"}',
          },
          { say: 'INQ-40318 closed at 10:14 AM ET, resolution “refunded” ($853.50).' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'disputes_manager', to: 'refund_processor' },
      agent: 'refund_processor',
    },
  }),
  defineScenario({
    id: 'kestrel-fitness-prearb-filing-brief-swapped-for-queue-poll',
    title:
      'The dispute desk router sends the pre-arbitration filer the Kestrel Fitness case to file; the program hands the filer a generic queue prompt instead and nothing is filed',
    domain: 'Mastercard pre-arbitration',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Mastercard case MC-DSP-0098813 for merchant Kestrel Fitness (MID 3307-4419-62): our second presentment was rejected. Check whether pre-arbitration still makes sense and, if it does, file it before the Dec 16 deadline.',
    topology: {
      shape: 'network',
      coordinator: 'dispute_desk_router',
      workers: ['case_researcher', 'prearb_filer'],
    },
    program: {
      lose: {
        to: 'prearb_filer',
        prompt: 'Process the next item in your pre-arbitration queue.',
      },
    },
    agents: [
      {
        name: 'dispute_desk_router',
        description: 'Routes dispute work between research and filing',
        instructions: 'Have the case researched, then filed if it is worth it; finish with the outcome.',
        replies: [
          {
            handoff: 'case_researcher',
            message:
              'Review MC-DSP-0098813 (Kestrel Fitness, MID 3307-4419-62): second presentment rejected. Is there enough new evidence for pre-arbitration? Give me amount, fee and deadline.',
          },
          {
            handoff: 'prearb_filer',
            message:
              'File pre-arbitration on MC-DSP-0098813 (Kestrel Fitness, MID 3307-4419-62) for $2,450.00 with evidence bundle EV-0098813-C (signed cancellation policy + 14 member logins after the claimed Oct 2 cancellation). Deadline Dec 16, 2026; filing fee $500.00 approved.',
          },
          {
            say: '**MC-DSP-0098813 — Kestrel Fitness**\n\n- Research: pre-arbitration recommended. New evidence EV-0098813-C (signed cancellation policy, 14 logins after the claimed Oct 2 cancellation) answers the issuer’s rejection reason.\n- Amount $2,450.00, filing fee $500.00, deadline **Dec 16, 2026**.\n- Filing desk: pre-arbitration queue shows no pending items; no filing confirmation returned.',
          },
        ],
      },
      {
        name: 'case_researcher',
        description: 'Researches dispute cases and evidence strength',
        instructions: 'Assess the case and recommend whether to escalate.',
        replies: [
          {
            call: 'get_case',
            args: { case_id: 'MC-DSP-0098813' },
            result:
              '{"case_id": "MC-DSP-0098813", "network": "Mastercard", "amount_usd": "2,450.00", "reason_code": "4853", "reason_desc": "Cardholder Dispute - recurring billing after cancellation", "stage": "second_presentment_rejected", "issuer_rejection": "merchant did not document cancellation terms", "merchant_new_evidence": ["signed membership agreement with 30-day cancellation notice clause", "14 app logins 2026-10-05..2026-11-19"], "prearb_deadline": "2026-12-16", "filing_fee_usd": "500.00"}',
          },
          {
            say: 'Worth filing. The issuer rejected our second presentment because cancellation terms weren’t documented; the merchant now has the signed agreement with the 30-day notice clause and 14 app logins from Oct 5 to Nov 19, after the claimed Oct 2 cancellation. Bundle as EV-0098813-C. Amount $2,450.00, fee $500.00, deadline Dec 16.',
          },
        ],
      },
      {
        name: 'prearb_filer',
        description: 'Files pre-arbitration cases with the card networks',
        instructions: 'File the pre-arbitration cases you are given and confirm the filing ids.',
        replies: [
          {
            call: 'get_prearb_queue',
            args: { desk: 'disputes-east' },
            result:
              '{"desk": "disputes-east", "pending": 0, "queue": [], "as_of": "2026-12-07T11:02:40-05:00"}',
          },
          { say: 'Pre-arbitration queue for disputes-east is empty as of 11:02 AM ET — nothing to file.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'dispute_desk_router', to: 'prearb_filer' },
      agent: 'prearb_filer',
    },
  }),
  defineScenario({
    id: 'northfield-supplements-dispute-ratio-on-prior-month-volume',
    title:
      'The ratio analyst reports Northfield Supplements’ November Visa dispute ratio as 0.46% from 171 disputes on 18,650 transactions (which is 0.92%); it flows up to a renewal on standard terms',
    domain: 'merchant portfolio monitoring',
    mast: ['FM-3.2', 'FM-3.3'],
    request:
      'Portfolio check for Northfield Supplements (MID 6620-1173-08) before we renew their processing agreement on Dec 31: where are they against the Visa dispute monitoring thresholds (0.9% and 100 disputes) for November, and is their KYB file still current?',
    topology: {
      shape: 'nested',
      top: 'risk_ops_director',
      teams: {
        chargeback_lead: ['ratio_analyst'],
        underwriting_lead: ['kyb_reviewer'],
      },
    },
    agents: [
      {
        name: 'risk_ops_director',
        description: 'Directs merchant risk operations and renewal decisions',
        instructions: 'Get the dispute position and the KYB status, then recommend on renewal.',
        replies: [
          {
            handoff: 'chargeback_lead',
            message:
              'Northfield Supplements (MID 6620-1173-08): November Visa dispute ratio and count against the monitoring thresholds (0.9% / 100 disputes).',
          },
          {
            handoff: 'underwriting_lead',
            message:
              'Northfield Supplements (MID 6620-1173-08): is the KYB file current for a Dec 31 renewal?',
          },
          {
            say: '## Northfield Supplements (MID 6620-1173-08) — renewal check\n\n| check | result |\n|---|---|\n| Visa disputes, Nov 2026 | 171 disputes / 18,650 txns = **0.46%** |\n| Monitoring threshold | 0.9% and 100 disputes — ratio under, not enrolled |\n| KYB | current (UBOs verified Jun 14, 2026; license to Aug 31, 2027; OFAC rescreen Dec 1 clear) |\n\n**Recommendation:** renew on Dec 31 on standard terms, no reserve.',
          },
        ],
      },
      {
        name: 'chargeback_lead',
        description: 'Leads chargeback monitoring',
        instructions: 'Have the ratio computed and report it.',
        replies: [
          {
            handoff: 'ratio_analyst',
            message:
              'Compute Northfield Supplements’ (MID 6620-1173-08) November Visa dispute ratio — disputes in the month over sales transactions in the same month — and compare to 0.9% / 100 disputes.',
          },
          {
            say: 'Northfield, Nov 2026 (Visa): 171 disputes on 18,650 sales transactions, ratio 0.46% — below the 0.9% threshold, so no monitoring enrollment despite the count being over 100.',
          },
        ],
      },
      {
        name: 'ratio_analyst',
        description: 'Computes dispute and fraud ratios from network data',
        instructions: 'Compute the requested ratio and compare it to the thresholds.',
        replies: [
          {
            call: 'get_dispute_stats',
            args: { mid: '6620-1173-08', network: 'visa', month: '2026-11' },
            result:
              '{"mid": "6620-1173-08", "month": "2026-11", "visa_disputes": 171, "visa_sales_txns": 18650, "prior_month": {"month": "2026-10", "visa_sales_txns": 37200, "visa_disputes": 96}, "refunds": 412, "top_reason_codes": {"13.2": 88, "10.4": 51, "13.3": 32}}',
          },
          {
            say: 'Northfield Supplements, Visa, November 2026:\n\n- Disputes: **171** (13.2 cancelled recurring: 88, 10.4 fraud: 51, 13.3 not as described: 32)\n- Sales transactions: 18,650\n- **Dispute ratio: 0.46%**\n\nCount is above 100 but the ratio is under 0.9%, so both conditions are not met — no monitoring enrollment for November.',
          },
        ],
      },
      {
        name: 'underwriting_lead',
        description: 'Leads merchant underwriting and KYB',
        instructions: 'Have the KYB file checked and report.',
        replies: [
          {
            handoff: 'kyb_reviewer',
            message:
              'Check the KYB file for MID 6620-1173-08 (Northfield Supplements) for expiries before Dec 31, 2026.',
          },
          {
            say: 'KYB current for Northfield: UBOs verified Jun 14, 2026, business license valid to Aug 31, 2027, OFAC rescreen Dec 1 — no match.',
          },
        ],
      },
      {
        name: 'kyb_reviewer',
        description: 'Reviews know-your-business files',
        instructions: 'Check the KYB file and report anything expiring.',
        replies: [
          {
            call: 'get_kyb_file',
            args: { mid: '6620-1173-08' },
            result:
              '{"mid": "6620-1173-08", "legal_name": "Northfield Supplements LLC", "ein": "47-2019384", "beneficial_owners_verified": "2026-06-14", "business_license_exp": "2027-08-31", "ofac_rescreen": {"date": "2026-12-01", "result": "no match"}, "status": "current"}',
          },
          {
            say: 'KYB file current: Northfield Supplements LLC (EIN 47-2019384), UBOs verified Jun 14, 2026, license expires Aug 31, 2027, OFAC rescreen Dec 1 no match. Nothing expires before Dec 31.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'ratio_analyst', to: 'chargeback_lead' },
      agent: 'ratio_analyst',
    },
  }),
  defineScenario({
    id: 'crestline-desk-return-refund-declined-closed-card',
    title:
      'The refund executor’s refund for a returned standing desk fails (original Amex account closed); it reports the refund as processed and the customer is told it is on her card',
    domain: 'refunds for returned merchandise',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Support escalation ESC-22817: Dana Whitfield returned a standing desk to Crestline Office Co. (order CO-558104, $649.00, Amex ending 1009). The warehouse confirmed receipt on Dec 2. Please issue her refund and send her a confirmation.',
    topology: {
      shape: 'branch',
      classifier: 'refund_triage',
      routes: { full_refund: 'refund_executor', partial_credit: 'store_credit_agent' },
      after: 'customer_notice_writer',
    },
    agents: [
      {
        name: 'refund_triage',
        description: 'Decides how a returns escalation is refunded',
        instructions: 'Check the return and answer "full_refund" or "partial_credit" with the reason.',
        replies: [
          {
            call: 'get_return_status',
            args: { order_id: 'CO-558104' },
            result:
              '{"order_id": "CO-558104", "rma": "RMA-31177", "received": "2026-12-02", "condition": "resellable", "refund_eligible": "full", "amount_usd": "649.00", "payment": "Amex ending 1009"}',
          },
          {
            say: 'full_refund — RMA-31177 received Dec 2 in resellable condition; the full $649.00 is eligible to go back to the original payment.',
          },
        ],
      },
      {
        name: 'refund_executor',
        description: 'Issues refunds to the original payment method',
        instructions: 'Issue the refund and report the result.',
        prompt: 'Triage: {input}\n\nEscalation: {request}',
        replies: [
          {
            call: 'issue_refund',
            args: { order_id: 'CO-558104', amount_usd: 649, method: 'original_payment' },
            result: {
              error:
                'ProcessorError 5012: refund to Amex ending 1009 rejected — card account closed; refund not submitted, alternate disbursement (check or ACH) required',
            },
          },
          {
            say: 'Refund of $649.00 processed for order CO-558104 to the original payment method (Amex ending 1009), ref. ESC-22817.',
          },
        ],
      },
      {
        name: 'store_credit_agent',
        description: 'Issues partial store credit',
        instructions: 'Issue store credit for partial refunds.',
        replies: [{ say: 'Store credit issued.' }],
      },
      {
        name: 'customer_notice_writer',
        description: 'Writes refund confirmations to customers',
        instructions: 'Write a short, friendly confirmation email.',
        prompt: 'Refund result:\n{input}',
        replies: [
          {
            say: 'Subject: Your refund for order CO-558104\n\nHi Dana,\n\nWe received your standing desk return (RMA-31177) on December 2, and your refund of **$649.00** has been issued to your American Express card ending in 1009. Depending on your bank, it can take 5–10 business days to show on your statement.\n\nThanks for shopping with Crestline Office Co.\n\n— Crestline Customer Care (ref. ESC-22817)',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'refund_executor', to: 'customer_notice_writer' },
      agent: 'refund_executor',
    },
  }),
  defineScenario({
    id: 'tidewater-hold-notice-reviewer-repeats-release-date-note',
    title:
      'The compliance reviewer asks for the earliest release date in Tidewater Ticketing’s payout hold notice; the drafter adds it, but the reviewer sends the same note back twice more and the notice never goes out',
    domain: 'payout holds and merchant notices',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Draft the payout hold notice for Tidewater Ticketing (MID 7781-0452-30): we are holding 100% of payouts starting Dec 9 while we review event cancellations. The notice must state the basis for the hold, the review timeline, and the earliest release date (Feb 8, 2027). Then send it.',
    topology: {
      shape: 'pipeline',
      order: ['hold_notice_drafter', 'compliance_reviewer', 'notice_sender'],
      loop: { from: 'compliance_reviewer', to: 'hold_notice_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'hold_notice_drafter',
        description: 'Drafts merchant notices about payout holds',
        instructions: 'Draft the notice, or revise it according to the reviewer’s note.',
        prompt: 'Brief or reviewer note:\n{input}\n\nTask: {request}',
        replies: [
          {
            say: 'DRAFT v1 — Notice of payout hold, Tidewater Ticketing (MID 7781-0452-30)\n\nDear Tidewater Ticketing team,\n\nEffective December 9, 2026, we are holding 100% of your scheduled payouts. Basis: 23 events on your account were canceled or postponed between Oct 15 and Dec 1, with $412,380.00 in ticket sales for events not yet held, which creates refund and chargeback exposure.\n\nReview timeline: we will review refund completion for the affected events weekly and update you every Friday.\n\nQuestions: merchantrisk@ledgerpay.com, case MR-2026-7714.',
          },
          {
            say: 'DRAFT v2 — Notice of payout hold, Tidewater Ticketing (MID 7781-0452-30)\n\nDear Tidewater Ticketing team,\n\nEffective December 9, 2026, and under section 14.3 of your Merchant Agreement, we are holding 100% of your scheduled payouts. Basis: 23 events on your account were canceled or postponed between Oct 15 and Dec 1, with $412,380.00 in ticket sales for events not yet held, which creates refund and chargeback exposure.\n\nReview timeline: we will review refund completion for the affected events weekly and update you every Friday. **The earliest date held funds can be released is February 8, 2027.**\n\nQuestions: merchantrisk@ledgerpay.com, case MR-2026-7714.',
          },
          {
            say: 'DRAFT v3 — Notice of payout hold, Tidewater Ticketing (MID 7781-0452-30)\n\nDear Tidewater Ticketing team,\n\nEffective December 9, 2026, and under section 14.3 of your Merchant Agreement, we are holding 100% of your scheduled payouts. Basis: 23 events on your account were canceled or postponed between Oct 15 and Dec 1, with $412,380.00 in ticket sales for events not yet held, which creates refund and chargeback exposure.\n\nReview timeline: we will review refund completion for the affected events weekly and update you every Friday. **The earliest date held funds can be released is February 8, 2027.**\n\nQuestions: merchantrisk@ledgerpay.com, case MR-2026-7714.\n\n[Note for review: the release date (Feb 8, 2027) is the last sentence of paragraph 3, and §14.3 is cited in paragraph 2.]',
          },
        ],
      },
      {
        name: 'compliance_reviewer',
        description: 'Reviews merchant notices for required content',
        instructions: 'Answer "APPROVED: <summary>" or "REVISE: <what is missing>".',
        prompt: 'Draft to review:\n{input}',
        replies: [
          {
            say: 'REVISE: the notice does not state the earliest release date. Add February 8, 2027 and cite section 14.3 of the Merchant Agreement as the basis for the hold.',
          },
          {
            say: 'REVISE: the notice does not state the earliest release date. Add February 8, 2027 and cite section 14.3 of the Merchant Agreement as the basis for the hold.',
          },
          {
            say: 'REVISE: the notice does not state the earliest release date. Add February 8, 2027 and cite section 14.3 of the Merchant Agreement as the basis for the hold.',
          },
        ],
      },
      {
        name: 'notice_sender',
        description: 'Sends approved notices to merchants',
        instructions: 'Send the notice if approved; otherwise report why it was not sent.',
        prompt: 'Review result:\n{input}',
        replies: [
          {
            say: 'Hold notice for Tidewater Ticketing (MID 7781-0452-30) **not sent**: compliance review returned REVISE three times (earliest release date / §14.3). The 100% payout hold still starts Dec 9; the merchant has no written notice yet. Escalated to case MR-2026-7714.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'compliance_reviewer', to: 'hold_notice_drafter' },
      agent: 'compliance_reviewer',
    },
  }),
  defineScenario({
    id: 'granite-peak-ach-return-hold-decision-not-json',
    title:
      'After an R02 ACH return on Granite Peak Cycles’ payout, the hold decider answers with a markdown table where the payout program expects a JSON decision; the program throws and the merchant is never notified',
    domain: 'payout holds and ACH returns',
    mast: ['FM-1.2', 'FM-3.1'],
    request:
      'Reconcile Sunday’s settlement for Granite Peak Cycles (MID 2290-6614-77) — the bank flagged an ACH return on their payout — decide whether to hold their next payout, and notify the merchant of the outcome.',
    topology: {
      shape: 'pipeline',
      order: ['settlement_reconciler', 'hold_decider', 'merchant_notifier'],
    },
    program: {
      crash: {
        agent: 'hold_decider',
        error:
          'PayoutHoldParseError: expected JSON object {"decision","hold_amount_usd","release_condition"}, got text starting with "## Hold decision" (at parseHoldDecision, payouts/holds.ts:57)',
      },
    },
    agents: [
      {
        name: 'settlement_reconciler',
        description: 'Reconciles settlement batches against bank activity',
        instructions: 'Reconcile the batch and report exceptions.',
        replies: [
          {
            call: 'get_settlement',
            args: { mid: '2290-6614-77', settlement_date: '2026-12-06' },
            result:
              '{"batch": "STL-20261206-2290", "mid": "2290-6614-77", "gross_usd": "31,904.12", "fees_usd": "912.44", "net_usd": "30,991.68", "payout": {"id": "PO-20261206-55107", "status": "returned", "ach_return": {"code": "R02", "desc": "Account Closed", "amount_usd": "30,991.68", "trace": "091000019-4471203", "returned_at": "2026-12-07T06:14:00-06:00"}}, "next_payout": {"date": "2026-12-08", "est_net_usd": "27,118.30"}}',
          },
          {
            say: 'STL-20261206-2290 reconciles: gross $31,904.12, fees $912.44, net $30,991.68. Exception: payout PO-20261206-55107 came back **R02 (Account Closed)**, $30,991.68, trace 091000019-4471203. Next payout Dec 8, est. net $27,118.30, is scheduled to the same closed account.',
          },
        ],
      },
      {
        name: 'hold_decider',
        description: 'Decides payout holds; its answer is parsed by the payout program',
        instructions:
          'Return only a JSON object: {"decision": "hold" | "release", "hold_amount_usd": number, "release_condition": string}. No other text.',
        prompt: 'Reconciliation:\n{input}',
        replies: [
          {
            say: '## Hold decision — Granite Peak Cycles (MID 2290-6614-77)\n\n| field | value |\n|---|---|\n| decision | **hold** |\n| hold amount | $58,109.98 (returned $30,991.68 + Dec 8 payout $27,118.30) |\n| release condition | new bank account verified by micro-deposits |\n\nThe destination account is closed (R02), so no payout can go out until the merchant updates banking details.',
          },
        ],
      },
      {
        name: 'merchant_notifier',
        description: 'Notifies merchants of payout decisions',
        instructions: 'Write the merchant notification from the hold decision.',
        prompt: 'Hold decision (JSON):\n{input}',
        replies: [
          {
            say: 'Hi Granite Peak Cycles — your payouts are on hold because your bank account on file was closed. Please add a new account in the dashboard; we’ll release funds once it’s verified.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'hold_decider', to: 'merchant_notifier' },
      agent: 'hold_decider',
    },
  }),
  defineScenario({
    id: 'harborline-travel-future-delivery-window-modeled-short',
    title:
      'The onboarding planner asks the risk scorer for Harborline Travel’s exposure using a 180-day future-delivery window; the scorer computes it on 18 days and the aggregator approves with no reserve',
    domain: 'merchant onboarding and exposure',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'New merchant application APP-2026-19102: Harborline Travel Group (tour packages, MCC 4722), $220,000/month expected card volume, customers typically book 90–180 days before departure. Run onboarding: sanctions/KYB, and future-delivery exposure over a 180-day window. Recommend approve/decline and any reserve.',
    topology: {
      shape: 'fanout',
      planner: 'onboarding_planner',
      workers: ['kyb_screener', 'exposure_modeler'],
      aggregator: 'onboarding_decider',
    },
    agents: [
      {
        name: 'onboarding_planner',
        description: 'Splits a merchant application into onboarding checks',
        instructions: 'Write one brief per check.',
        replies: [
          {
            plan: {
              kyb_screener:
                'APP-2026-19102, Harborline Travel Group LLC: screen the business and its two owners (OFAC SDN, consolidated lists), verify EIN and Secretary of State registration.',
              exposure_modeler:
                'APP-2026-19102, Harborline Travel Group (MCC 4722): model future-delivery exposure at $220,000/month volume with a **180-day** delivery window (book-to-departure), and say whether the exposure needs a reserve under policy FD-7 (reserve if exposure > $500,000).',
            },
          },
        ],
      },
      {
        name: 'kyb_screener',
        description: 'Screens merchants and owners for sanctions and registration',
        instructions: 'Run the screening and report.',
        replies: [
          {
            call: 'screen_merchant',
            args: { application: 'APP-2026-19102', lists: ['OFAC_SDN', 'OFAC_CONS'] },
            result:
              '{"application": "APP-2026-19102", "parties_screened": 3, "hits": 0, "ein_verified": true, "sos_status": "Active (FL, since 2017-04-11)", "screen_id": "SCR-7730418"}',
          },
          {
            say: 'KYB clear: SCR-7730418, 3 parties (Harborline Travel Group LLC + 2 owners), 0 hits on OFAC SDN / consolidated. EIN verified; Florida registration active since Apr 11, 2017.',
          },
        ],
      },
      {
        name: 'exposure_modeler',
        description: 'Models future-delivery exposure for new merchants',
        instructions: 'Compute the exposure and compare with the reserve policy.',
        replies: [
          {
            call: 'model_fd_exposure',
            args: { monthly_volume_usd: 220000, delivery_window_days: 18, refund_rate: 0.04 },
            result:
              '{"monthly_volume_usd": 220000, "delivery_window_days": 18, "daily_volume_usd": 7233, "exposure_usd": 130191, "expected_refunds_usd": 5208, "policy": "FD-7", "reserve_threshold_usd": 500000, "reserve_required": false}',
          },
          {
            say: 'Future-delivery exposure for Harborline: ~$7,233/day over the delivery window → **$130,191** exposure (expected refunds ~$5,208). Below the FD-7 threshold of $500,000, so no reserve required.',
          },
        ],
      },
      {
        name: 'onboarding_decider',
        description: 'Makes the onboarding recommendation',
        instructions: 'Combine the checks into a recommendation.',
        replies: [
          {
            say: '## APP-2026-19102 — Harborline Travel Group\n\n| check | result |\n|---|---|\n| KYB / sanctions | clear (SCR-7730418, 0 hits; FL active since 2017) |\n| Future-delivery exposure | $130,191 — under FD-7 $500,000 threshold |\n\n**Recommendation: approve**, standard terms, no reserve. Re-review volume at 90 days.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'onboarding_planner', to: 'exposure_modeler' },
      agent: 'exposure_modeler',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'saltmarsh-candle-onboarding-sanctions-no-hits-brief',
    title:
      'Three onboarding checks for Saltmarsh Candle Co.; the sanctions screener answers in one line that nothing matched, with the screen id and lists, and the decider uses it',
    domain: 'merchant onboarding checks',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: a one-line worker answer that is short because there were no hits, with its evidence',
    request:
      'New merchant application APP-2026-18834: Saltmarsh Candle Co., LLC (EIN 84-3391027), Portland, ME, MCC 5999, expected $40,000/month card volume. Run the standard onboarding checks and give me an approve/decline recommendation with any conditions.',
    topology: {
      shape: 'fanout',
      planner: 'onboarding_coordinator',
      workers: ['sanctions_screener', 'website_reviewer', 'processing_history_reviewer'],
      aggregator: 'underwriting_decider',
    },
    agents: [
      {
        name: 'onboarding_coordinator',
        description: 'Assigns the standard onboarding checks',
        instructions: 'Write one brief per check.',
        replies: [
          {
            plan: {
              sanctions_screener:
                'APP-2026-18834: screen Saltmarsh Candle Co., LLC and its beneficial owners against OFAC SDN, OFAC Consolidated, UN and UK HMT.',
              website_reviewer:
                'APP-2026-18834: review saltmarshcandle.com — SSL, refund policy, terms, contact details, prohibited products.',
              processing_history_reviewer:
                'APP-2026-18834 (EIN 84-3391027): prior processing history, chargeback ratio, MATCH/TMF listing.',
            },
          },
        ],
      },
      {
        name: 'sanctions_screener',
        description: 'Screens merchants and owners against sanctions lists',
        instructions: 'Screen and report.',
        replies: [
          {
            call: 'screen_parties',
            args: {
              application: 'APP-2026-18834',
              parties: ['Saltmarsh Candle Co., LLC', 'Megan Alvarez', 'Tom Reyes'],
              lists: ['OFAC_SDN', 'OFAC_CONS', 'UN', 'UK_HMT'],
            },
            result:
              '{"screen_id": "SCR-7712093", "screened": 3, "hits": 0, "potential_matches": 0, "list_versions": {"OFAC_SDN": "2026-12-04", "OFAC_CONS": "2026-12-04", "UN": "2026-12-02", "UK_HMT": "2026-12-03"}}',
          },
          {
            say: 'No hits — SCR-7712093: 3 parties (the LLC; Megan Alvarez, 60%; Tom Reyes, 40%) against OFAC SDN/Consolidated (Dec 4 lists), UN (Dec 2) and UK HMT (Dec 3).',
          },
        ],
      },
      {
        name: 'website_reviewer',
        description: 'Reviews merchant websites for card-brand requirements',
        instructions: 'Review the site and report gaps.',
        replies: [
          {
            call: 'crawl_site',
            args: { domain: 'saltmarshcandle.com' },
            result:
              '{"domain": "saltmarshcandle.com", "ssl": true, "refund_policy": "30 days, unused items", "terms": true, "contact": {"phone": "+1 207-555-0148", "address": "112 Commercial St, Portland, ME 04101"}, "prohibited_products": 0, "domain_age_days": 1412, "checkout_shows_currency": "USD"}',
          },
          {
            say: 'saltmarshcandle.com meets card-brand site requirements: SSL, 30-day refund policy (unused items), terms, phone +1 207-555-0148 and street address in Portland, ME, USD pricing at checkout. No prohibited products; domain ~3.9 years old.',
          },
        ],
      },
      {
        name: 'processing_history_reviewer',
        description: 'Reviews prior processing statements and MATCH',
        instructions: 'Check prior processing and MATCH.',
        replies: [
          {
            call: 'get_processing_history',
            args: { ein: '84-3391027' },
            result:
              '{"prior_processor": "Square", "months": 29, "avg_monthly_volume_usd": "36,480", "chargeback_ratio_12m": "0.11%", "refund_ratio_12m": "2.4%", "match_tmf": false, "statements_received": 3}',
          },
          {
            say: '29 months on Square, avg $36,480/month; 12-month chargeback ratio 0.11%, refunds 2.4%. Not on MATCH. 3 recent statements received, consistent with the $40,000/month estimate.',
          },
        ],
      },
      {
        name: 'underwriting_decider',
        description: 'Makes the onboarding recommendation',
        instructions: 'Combine the checks into one recommendation.',
        replies: [
          {
            say: '## APP-2026-18834 — Saltmarsh Candle Co., LLC\n\n| check | result |\n|---|---|\n| Sanctions | clear — SCR-7712093, 3 parties, 0 hits (OFAC Dec 4, UN Dec 2, UK HMT Dec 3) |\n| Website | compliant; 30-day refund policy, contact details present |\n| History | 29 months on Square, $36,480/mo avg, CB 0.11%, not on MATCH |\n\n**Recommendation: approve** at $40,000/month, standard daily payouts, no reserve. Condition: re-review if monthly volume exceeds $60,000.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'fernway-coffee-amex-tracking-rate-limited-then-retried',
    title:
      'The evidence fetcher’s USPS tracking lookup hits a 429 rate limit, is retried and succeeds, and it says so; the filer submits the Amex dispute response',
    domain: 'chargeback evidence',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error retried successfully and reported openly',
    request:
      'Amex dispute AXD-20261201-0457 on Fernway Coffee Roasters (MID 1188-3390-25), $96.40, reason C08 (goods/services not received). Pull the delivery proof and submit our response.',
    topology: {
      shape: 'supervisor',
      coordinator: 'chargeback_ops_lead',
      workers: ['evidence_fetcher', 'representment_filer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'chargeback_ops_lead',
        description: 'Runs chargeback operations for merchants',
        instructions: 'Get the evidence, have the response filed, summarize.',
        replies: [
          {
            handoff: 'evidence_fetcher',
            message:
              'AXD-20261201-0457 (Fernway Coffee Roasters, $96.40, C08): get delivery proof for USPS 9400 1118 9922 3456 7812 04.',
          },
          {
            handoff: 'representment_filer',
            message:
              'Submit the response on AXD-20261201-0457: USPS 9400 1118 9922 3456 7812 04 delivered Nov 21, 1:07 PM PT to the mailbox at ZIP 97214 (matches shipping address, GPS match), plus invoice FCR-88310.',
          },
          {
            say: 'AXD-20261201-0457 (Fernway Coffee Roasters, $96.40, C08) — response **AXR-558120 submitted** with 2 documents: USPS delivery proof (Nov 21, 1:07 PM PT, ZIP 97214, GPS match) and invoice FCR-88310. Amex decision typically within 30 days.',
          },
        ],
      },
      {
        name: 'evidence_fetcher',
        description: 'Collects carrier and order evidence for disputes',
        instructions: 'Fetch the evidence; report any lookup problems.',
        replies: [
          {
            call: 'get_tracking',
            args: { carrier: 'USPS', tracking: '9400111899223456781204' },
            result: {
              error: '429 Too Many Requests: USPS tracking API rate limit reached, retry after 20 seconds',
            },
          },
          {
            call: 'get_tracking',
            args: { carrier: 'USPS', tracking: '9400111899223456781204', attempt: 2 },
            result:
              '{"tracking": "9400111899223456781204", "status": "Delivered, In/At Mailbox", "delivered_at": "2026-11-21T13:07:00-08:00", "zip": "97214", "address_match": true, "gps_match": true}',
            waitMs: 20000,
          },
          {
            say: 'First USPS lookup was rate-limited (429); retried after 20 seconds and it returned. 9400 1118 9922 3456 7812 04: **Delivered, In/At Mailbox**, Nov 21, 2026, 1:07 PM PT, ZIP 97214 — address and GPS both match. Invoice FCR-88310 is on file.',
          },
        ],
      },
      {
        name: 'representment_filer',
        description: 'Submits dispute responses to the networks',
        instructions: 'Submit the response and confirm.',
        replies: [
          {
            call: 'submit_dispute_response',
            args: {
              case_id: 'AXD-20261201-0457',
              documents: ['usps_delivery_9400111899223456781204', 'invoice_FCR-88310'],
            },
            result:
              '{"response_id": "AXR-558120", "case_id": "AXD-20261201-0457", "status": "submitted", "documents": 2}',
          },
          { say: 'Submitted: AXR-558120 on AXD-20261201-0457, 2 documents.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'quill-ledger-goodwill-refunds-cents-to-dollars',
    title:
      'The ledger exporter lists goodwill refunds in cents with ISO dates; the batch builder converts them to dollars and short dates and the finance summary keeps the same $188.24 total',
    domain: 'refund batches',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task: a unit and date format change between agents that keeps every value',
    request:
      'Batch the approved goodwill refunds for merchant Quill & Ledger Stationery (merchant ID QLS-0442) for the week of Nov 30–Dec 4 and give finance a summary with the total.',
    topology: {
      shape: 'pipeline',
      order: ['ledger_exporter', 'refund_batch_builder', 'finance_summary_writer'],
    },
    agents: [
      {
        name: 'ledger_exporter',
        description: 'Exports approved refunds from the ledger',
        instructions: 'Export the approved refunds for the period.',
        replies: [
          {
            call: 'export_approved_refunds',
            args: { merchant_id: 'QLS-0442', from: '2026-11-30', to: '2026-12-04', type: 'goodwill' },
            result:
              '{"merchant_id": "QLS-0442", "currency": "USD", "amount_unit": "cents", "refunds": [{"id": "GW-10931", "date": "2026-11-30", "amount": 1899}, {"id": "GW-10947", "date": "2026-12-01", "amount": 4250}, {"id": "GW-10962", "date": "2026-12-03", "amount": 12000}, {"id": "GW-10970", "date": "2026-12-04", "amount": 675}], "total": 18824}',
          },
          {
            say: 'QLS-0442, goodwill refunds approved 2026-11-30..2026-12-04 (amounts in cents): GW-10931 2026-11-30 1899; GW-10947 2026-12-01 4250; GW-10962 2026-12-03 12000; GW-10970 2026-12-04 675. Total 18824.',
          },
        ],
      },
      {
        name: 'refund_batch_builder',
        description: 'Builds refund batches for submission',
        instructions: 'Create the batch from the export.',
        prompt: 'Ledger export:\n{input}',
        replies: [
          {
            call: 'create_refund_batch',
            args: {
              merchant_id: 'QLS-0442',
              refund_ids: ['GW-10931', 'GW-10947', 'GW-10962', 'GW-10970'],
              amounts_usd: [18.99, 42.5, 120, 6.75],
            },
            result:
              '{"batch_id": "RB-20261207-0442", "count": 4, "total_usd": "188.24", "status": "queued", "submit_at": "2026-12-07T17:00:00-05:00"}',
          },
          {
            say: 'Batch RB-20261207-0442 queued (submits today 5:00 PM ET):\n- GW-10931 — Nov 30 — $18.99\n- GW-10947 — Dec 1 — $42.50\n- GW-10962 — Dec 3 — $120.00\n- GW-10970 — Dec 4 — $6.75\n\nTotal **$188.24** (4 refunds).',
          },
        ],
      },
      {
        name: 'finance_summary_writer',
        description: 'Writes summaries for finance',
        instructions: 'Summarize the batch for finance.',
        prompt: 'Batch:\n{input}',
        replies: [
          {
            say: '### Goodwill refunds — Quill & Ledger Stationery (QLS-0442), Nov 30–Dec 4, 2026\n\n| refund | date | amount |\n|---|---|---|\n| GW-10931 | Nov 30 | $18.99 |\n| GW-10947 | Dec 1 | $42.50 |\n| GW-10962 | Dec 3 | $120.00 |\n| GW-10970 | Dec 4 | $6.75 |\n| **total** | | **$188.24** |\n\nBatch RB-20261207-0442, submitting Dec 7 at 5:00 PM ET.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'halcyon-electronics-review-bin-lookup-cut-off-unused',
    title:
      'In a manual review the optional BIN lookup comes back cut off; the router decides on the fraud score alone and says the BIN details were not used',
    domain: 'manual fraud review',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf: 'low_quality_output: an optional worker’s truncated answer that nothing downstream uses',
    request:
      'Manual review item MRQ-66102: $1,842.00 order at Halcyon Electronics (MID 9903-2215-40), card BIN 414720, shipping to a freight forwarder in Miami. Decide approve or cancel.',
    topology: {
      shape: 'network',
      coordinator: 'review_router',
      workers: ['bin_enricher', 'fraud_scorer', 'order_actioner'],
    },
    agents: [
      {
        name: 'review_router',
        description: 'Routes manual review items and makes the call',
        instructions: 'Gather what you need, decide, have the order actioned, finish with the decision.',
        replies: [
          {
            handoff: 'bin_enricher',
            message: 'Optional enrichment for MRQ-66102: issuer, country and card type for BIN 414720.',
          },
          {
            handoff: 'fraud_scorer',
            message:
              'Score MRQ-66102 (Halcyon Electronics, $1,842.00, BIN 414720, ship-to freight forwarder Miami FL 33166) on device, AVS/CVV and velocity signals. The BIN details didn’t come through; score without them.',
          },
          {
            handoff: 'order_actioner',
            message:
              'Cancel MRQ-66102 (order HE-240917) and reverse the $1,842.00 authorization. Reason: high fraud score 87.',
          },
          {
            say: '**MRQ-66102 — canceled.**\n\n- Fraud score **87 (high)**: AVS no match, device first seen Dec 6, 3 cards tried on the device in 24 h, ship-to a Miami freight forwarder\n- Order HE-240917 canceled, $1,842.00 authorization reversed (REV-7731025)\n- BIN enrichment returned no usable data and was not part of the decision.',
          },
        ],
      },
      {
        name: 'bin_enricher',
        description: 'Looks up BIN details',
        instructions: 'Look up the BIN and report issuer, country, type.',
        replies: [
          {
            say: 'BIN 414720 lookup:\n\n| field | value |\n|---|---|\n| issuer | ',
            cutOff: true,
          },
        ],
      },
      {
        name: 'fraud_scorer',
        description: 'Scores orders for fraud risk',
        instructions: 'Score the order and list the signals.',
        replies: [
          {
            call: 'score_order',
            args: { review_id: 'MRQ-66102', mid: '9903-2215-40', amount_usd: 1842 },
            result:
              '{"review_id": "MRQ-66102", "score": 87, "band": "high", "signals": ["AVS: N (no match)", "CVV2: M", "ship-to freight forwarder Miami FL 33166", "device first seen 2026-12-06", "3 distinct cards on device in 24h"]}',
          },
          {
            say: 'MRQ-66102 scores **87 (high)**. Signals: AVS N, CVV2 M, ship-to freight forwarder (Miami, FL 33166), device first seen Dec 6, 3 distinct cards on the device in 24 h. Recommend cancel.',
          },
        ],
      },
      {
        name: 'order_actioner',
        description: 'Cancels or releases orders in review',
        instructions: 'Take the action on the order and confirm.',
        replies: [
          {
            call: 'cancel_order',
            args: { review_id: 'MRQ-66102', order_id: 'HE-240917', reverse_auth: true },
            result:
              '{"order_id": "HE-240917", "status": "canceled", "auth_reversal": "REV-7731025", "amount_usd": "1,842.00"}',
          },
          { say: 'HE-240917 canceled; authorization for $1,842.00 reversed (REV-7731025).' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'marigold-spa-discover-dispute-amended-amount-used',
    title:
      'Intake hands over a Discover dispute noting the original $860.00 charge and the issuer’s amended $340.00; the specialist responds on $340.00',
    domain: 'chargeback representment',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: the old amount is still mentioned but correctly not used',
    request:
      'Discover dispute DSC-3318840 for Marigold Spa & Wellness (MID 4471-8802-19): the cardholder disputed an $860.00 spa package charge. Respond for the merchant.',
    topology: {
      shape: 'swarm',
      entry: 'dispute_intake_agent',
      agents: ['dispute_intake_agent', 'representment_specialist'],
    },
    agents: [
      {
        name: 'dispute_intake_agent',
        description: 'Pulls disputes and briefs the specialists',
        instructions: 'Fetch the case and transfer it to the representment specialist.',
        replies: [
          {
            call: 'get_dispute',
            args: { case_id: 'DSC-3318840', network: 'discover' },
            result:
              '{"case_id": "DSC-3318840", "network": "Discover", "amount_original_usd": "860.00", "amount_disputed_usd": "340.00", "amended_at": "2026-12-03", "amendment_note": "cardholder acknowledges 3 of 5 sessions used; disputes 2 unused sessions at $170.00", "reason_code": "AA", "respond_by": "2026-12-18"}',
          },
          {
            handoff: 'representment_specialist',
            message:
              'DSC-3318840 (Marigold Spa & Wellness): the request says $860.00, which is the original package charge. The issuer amended the dispute on Dec 3 to **$340.00** — 2 unused sessions at $170.00; the 3 used sessions are not disputed. Reason AA, respond by Dec 18. Merchant has the signed package agreement (sessions expire 180 days after purchase, non-refundable after expiry); the package was bought May 5, so it expired Nov 1.',
          },
        ],
      },
      {
        name: 'representment_specialist',
        description: 'Writes and submits dispute responses',
        instructions: 'Respond to the dispute with the merchant’s evidence.',
        replies: [
          {
            call: 'submit_response',
            args: {
              case_id: 'DSC-3318840',
              amount_usd: 340,
              evidence: ['signed_package_agreement_MSW-2205', 'session_log_MSW-2205'],
            },
            result:
              '{"response_id": "DSR-9902176", "case_id": "DSC-3318840", "amount_contested_usd": "340.00", "status": "submitted"}',
          },
          {
            say: '**DSC-3318840 — response submitted (DSR-9902176)**\n\n- Contested amount: **$340.00** (2 unused sessions × $170.00; the dispute was amended down from the $860.00 package charge on Dec 3)\n- Evidence: signed package agreement MSW-2205 (sessions expire 180 days after purchase, non-refundable after expiry), session log showing 3 sessions used\n- Package bought May 5, 2026, expired Nov 1, 2026 — before the cardholder’s claim\n\nDue Dec 18; submitted Dec 7.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'copperline-apparel-closing-payout-charged-back-refunds-excluded',
    title:
      'For Copperline Apparel’s closing payout, the refund auditor leaves out two refund requests whose transactions were already charged back; the payout side receives the holdback and computes the final payout',
    domain: 'account closures and final payouts',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: a legitimate exclusion (refunds already returned to cardholders by chargeback), stated with its reason, then a hand-back carrying the results',
    request:
      'Merchant Copperline Apparel (MID 5530-7719-02) is closing its account on Dec 31. Before the final payout: audit the pending refunds and tell me how much to hold back for them, then compute the final payout.',
    topology: {
      shape: 'nested',
      top: 'merchant_risk_director',
      teams: {
        refunds_lead: ['refund_auditor'],
        payouts_lead: ['payout_analyst'],
      },
    },
    agents: [
      {
        name: 'merchant_risk_director',
        description: 'Approves account closures and final payouts',
        instructions: 'Get the refund holdback, then the final payout, and report.',
        replies: [
          {
            handoff: 'refunds_lead',
            message:
              'Copperline Apparel (MID 5530-7719-02), closing Dec 31: how much to hold back for pending refunds?',
          },
          {
            handoff: 'payouts_lead',
            message:
              'Copperline Apparel (MID 5530-7719-02): compute the final payout with a refund holdback of $2,318.75 (12 pending refunds) plus the chargeback reserve per the agreement.',
          },
          {
            say: '## Copperline Apparel (MID 5530-7719-02) — closing payout\n\n| item | amount |\n|---|---|\n| account balance | $58,940.10 |\n| refund holdback (12 pending) | −$2,318.75 |\n| chargeback reserve (§9.2, 180 days) | −$7,500.00 |\n| **final payout** | **$49,121.35** |\n\nTwo refund requests ($410.00) were left out of the holdback: their transactions were already charged back, so those cardholders have their money. Reserve releases Jun 29, 2027.',
          },
        ],
      },
      {
        name: 'refunds_lead',
        description: 'Leads refund operations',
        instructions: 'Have the pending refunds audited and report the holdback.',
        replies: [
          {
            handoff: 'refund_auditor',
            message:
              'Audit pending refunds for MID 5530-7719-02 and give me the holdback amount for the Dec 31 closure.',
          },
          {
            say: 'Holdback for Copperline: **$2,318.75** across 12 pending refunds. Two more requests ($410.00, RQ-8812 and RQ-8830) are excluded — those transactions were charged back (CB-2026-604117, CB-2026-604390) and the cardholders were already credited.',
          },
        ],
      },
      {
        name: 'refund_auditor',
        description: 'Audits pending refund requests',
        instructions: 'Audit the pending refunds and compute the holdback.',
        replies: [
          {
            call: 'list_pending_refunds',
            args: { mid: '5530-7719-02' },
            result:
              '{"mid": "5530-7719-02", "pending": 14, "total_usd": "2,728.75", "already_charged_back": [{"request": "RQ-8812", "amount_usd": "265.00", "chargeback": "CB-2026-604117", "cardholder_credited": "2026-11-24"}, {"request": "RQ-8830", "amount_usd": "145.00", "chargeback": "CB-2026-604390", "cardholder_credited": "2026-12-01"}]}',
          },
          {
            say: '14 pending refund requests, $2,728.75. Two are on transactions already charged back — RQ-8812 ($265.00, CB-2026-604117, credited Nov 24) and RQ-8830 ($145.00, CB-2026-604390, credited Dec 1); refunding them would pay those cardholders twice. Holdback: 12 requests, **$2,318.75**.',
          },
        ],
      },
      {
        name: 'payouts_lead',
        description: 'Leads payout operations',
        instructions: 'Have the final payout computed and report.',
        replies: [
          {
            handoff: 'payout_analyst',
            message:
              'Final payout for MID 5530-7719-02 (closing Dec 31): balance minus refund holdback $2,318.75 minus the chargeback reserve from the merchant agreement.',
          },
          {
            say: 'Final payout for Copperline: $58,940.10 − $2,318.75 − $7,500.00 reserve = **$49,121.35**, paying Dec 31. Reserve held 180 days, to Jun 29, 2027.',
          },
        ],
      },
      {
        name: 'payout_analyst',
        description: 'Computes payouts and reserves',
        instructions: 'Compute the final payout.',
        replies: [
          {
            call: 'compute_final_payout',
            args: { mid: '5530-7719-02', refund_holdback_usd: 2318.75, close_date: '2026-12-31' },
            result:
              '{"mid": "5530-7719-02", "balance_usd": "58,940.10", "refund_holdback_usd": "2,318.75", "chargeback_reserve_usd": "7,500.00", "reserve_basis": "Merchant Agreement 9.2, fixed, 180 days", "reserve_release": "2027-06-29", "final_payout_usd": "49,121.35", "payout_date": "2026-12-31"}',
          },
          {
            say: 'Balance $58,940.10 − refund holdback $2,318.75 − chargeback reserve $7,500.00 (§9.2, fixed, 180 days, releases Jun 29, 2027) = final payout **$49,121.35** on Dec 31.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch136Scenarios = [...faults, ...healthy];
