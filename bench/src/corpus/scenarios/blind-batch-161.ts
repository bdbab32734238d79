import { defineScenario } from '../scenario.ts';

// Blind batch 161: a Nigerian fintech's agent-banking network (POS agents, float top-ups, KYC tiers, failed-transfer reversals), in Nigerian English with NGN amounts.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'ikeja-float-topup-sized-on-pre-reversal-balance',
    title:
      'Wallet reconciler shows the Ikeja agent balance is ₦184,250.00 after a same-day reversal debit; the top-up planner still sizes the top-up on the ₦412,750.00 quoted in the request',
    domain: 'agent float top-ups',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'POS agent Mama Tunde Ventures (agent code AG-LAG-04417, Allen Avenue, Ikeja) says her float is running low ahead of the weekend. Her wallet balance this morning was ₦412,750.00. Target float for her tier is ₦1,000,000.00. Kindly reconcile the wallet, work out the top-up from our treasury pool and notify her by SMS.',
    topology: {
      shape: 'pipeline',
      order: ['wallet_reconciler', 'topup_planner', 'agent_notifier'],
    },
    agents: [
      {
        name: 'wallet_reconciler',
        description: 'Reconciles POS agent wallets against the core ledger',
        instructions:
          'Pull the live ledger position of the agent wallet and state the balance the top-up must be computed on.',
        replies: [
          {
            call: 'get_wallet_ledger',
            args: { agent_code: 'AG-LAG-04417', date: '2026-12-04' },
            result:
              '{"agent_code": "AG-LAG-04417", "wallet": "2041178830", "opening_balance_ngn": "412750.00", "entries_today": [{"ref": "RVSL-20261204-00931", "type": "REVERSAL_DEBIT", "amount_ngn": "-228500.00", "note": "double-credited cash-in 03/12 clawed back", "posted": "2026-12-04T09:42:18+01:00"}], "ledger_balance_ngn": "184250.00", "as_at": "2026-12-04T10:05:00+01:00"}',
          },
          {
            say: '**Wallet AG-LAG-04417 reconciled** (as at 04/12/2026 10:05 WAT)\n\n| item | NGN |\n|---|---|\n| opening balance | 412,750.00 |\n| RVSL-20261204-00931 (clawback of double-credited cash-in of 03/12) | -228,500.00 |\n| **current ledger balance** | **184,250.00** |\n\nPlease compute the top-up on ₦184,250.00. The ₦412,750.00 she quoted was before the 09:42 clawback.',
          },
        ],
      },
      {
        name: 'topup_planner',
        description: 'Plans float top-ups from the treasury pool',
        instructions:
          'Compute the top-up needed to bring the agent to her target float and book it from the treasury pool.',
        prompt: 'Reconciliation:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            call: 'book_float_topup',
            args: {
              agent_code: 'AG-LAG-04417',
              pool: 'TRSY-LAG-01',
              current_balance_ngn: 412750.0,
              target_float_ngn: 1000000.0,
              topup_ngn: 587250.0,
            },
            result:
              '{"topup_ref": "FTU-LAG-88213", "amount_ngn": "587250.00", "value_date": "2026-12-04", "status": "BOOKED", "pool_balance_after_ngn": "14402750.00"}',
          },
          {
            say: 'Top-up booked: **FTU-LAG-88213**, ₦587,250.00 from TRSY-LAG-01, value date 04/12/2026. This brings AG-LAG-04417 to the ₦1,000,000.00 target float.',
          },
        ],
      },
      {
        name: 'agent_notifier',
        description: 'Sends SMS notices to POS agents',
        instructions: 'Write the SMS to the agent (max 300 characters).',
        prompt: 'Top-up details:\n{input}',
        replies: [
          {
            say: 'Dear Mama Tunde Ventures (AG-LAG-04417), your float has been topped up with NGN587,250.00 (ref FTU-LAG-88213). Your wallet is now at NGN1,000,000.00 for the weekend. Thank you for serving your community with us.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'wallet_reconciler', to: 'topup_planner' },
      agent: 'topup_planner',
    },
  }),
  defineScenario({
    id: 'onitsha-reversals-include-nibss-auto-reversed',
    title:
      'Ops lead asks for manual reversal of the failed Onitsha transfers except the three NIBSS already auto-reversed; the reversal officer reverses all nine',
    domain: 'failed-transfer reversals',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Our Onitsha Main Market cluster had failed outward transfers on Tuesday 1 December 2026 between 13:10 and 13:55 (NIP timeout at the destination bank). Customers are at the agents\u2019 shops asking for their money. Reverse the ones still outstanding, and get the agents a customer-facing note they can read out.',
    topology: {
      shape: 'supervisor',
      coordinator: 'ops_lead',
      workers: ['reversal_officer', 'agent_comms'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'ops_lead',
        description: 'Coordinates agent-network operations incidents',
        instructions: 'Get the reversals done and the agents briefed, then summarise.',
        replies: [
          {
            handoff: 'reversal_officer',
            message:
              'Onitsha cluster, 01/12/2026 13:10–13:55, failed outward NIP transfers (9 in the incident log INC-ONT-1201). Reverse to the customers\u2019 source wallets ONLY the ones still outstanding. NIBSS auto-reversed 3 of them already (status RVSL_AUTO on the session) — those must not be touched or the customer gets paid twice.',
          },
          {
            handoff: 'agent_comms',
            message:
              'Draft a short note for Onitsha Main Market agents to read to customers whose transfers failed on Tuesday afternoon: refund is on the way, expect it within 24 hours, no need to redo the transfer.',
          },
          {
            say: '## INC-ONT-1201 — Onitsha failed transfers, 01/12/2026\n\n- Manual reversals posted: **9 transfers, ₦1,486,300.00** back to source wallets (batch MRV-ONT-3390)\n- Agent note sent to the 6 affected agents via the agent app\n\nIncident can be closed once the agents confirm customers have seen their money.',
          },
        ],
      },
      {
        name: 'reversal_officer',
        description: 'Posts manual reversals for failed transfers',
        instructions: 'Reverse failed transfers as instructed and confirm the batch.',
        replies: [
          {
            call: 'list_failed_transfers',
            args: { incident: 'INC-ONT-1201', cluster: 'ONT-MM' },
            result:
              '[{"session_id": "000013261201131204118842011733", "agent": "AG-ANM-01122", "amount_ngn": "250000.00", "status": "FAILED"}, {"session_id": "000013261201131422903341028810", "agent": "AG-ANM-01122", "amount_ngn": "95000.00", "status": "RVSL_AUTO"}, {"session_id": "000013261201131755204418990214", "agent": "AG-ANM-01309", "amount_ngn": "180500.00", "status": "FAILED"}, {"session_id": "000013261201132031776620113309", "agent": "AG-ANM-01309", "amount_ngn": "42000.00", "status": "FAILED"}, {"session_id": "000013261201132608551092773415", "agent": "AG-ANM-01450", "amount_ngn": "310000.00", "status": "RVSL_AUTO"}, {"session_id": "000013261201133344019928374460", "agent": "AG-ANM-01450", "amount_ngn": "67800.00", "status": "FAILED"}, {"session_id": "000013261201134110938877102251", "agent": "AG-ANM-01477", "amount_ngn": "155000.00", "status": "FAILED"}, {"session_id": "000013261201134902117736550198", "agent": "AG-ANM-01503", "amount_ngn": "286000.00", "status": "RVSL_AUTO"}, {"session_id": "000013261201135318662201947735", "agent": "AG-ANM-01521", "amount_ngn": "100000.00", "status": "FAILED"}]',
          },
          {
            call: 'post_manual_reversal',
            args: {
              incident: 'INC-ONT-1201',
              session_ids: [
                '000013261201131204118842011733',
                '000013261201131422903341028810',
                '000013261201131755204418990214',
                '000013261201132031776620113309',
                '000013261201132608551092773415',
                '000013261201133344019928374460',
                '000013261201134110938877102251',
                '000013261201134902117736550198',
                '000013261201135318662201947735',
              ],
            },
            result:
              '{"batch": "MRV-ONT-3390", "posted": 9, "total_ngn": "1486300.00", "status": "POSTED", "posted_at": "2026-12-02T08:14:51+01:00"}',
          },
          {
            say: 'Done. Batch **MRV-ONT-3390** posted 02/12 08:14 — 9 reversals, ₦1,486,300.00 credited back to the source wallets for INC-ONT-1201.',
          },
        ],
      },
      {
        name: 'agent_comms',
        description: 'Writes notices for POS agents',
        instructions: 'Write short notices agents can read to customers.',
        replies: [
          {
            call: 'push_agent_notice',
            args: {
              cluster: 'ONT-MM',
              agents: [
                'AG-ANM-01122',
                'AG-ANM-01309',
                'AG-ANM-01450',
                'AG-ANM-01477',
                'AG-ANM-01503',
                'AG-ANM-01521',
              ],
              title: 'Tuesday failed transfers',
            },
            result: '{"notice_id": "NTC-88102", "delivered": 6}',
          },
          {
            say: 'Notice NTC-88102 pushed to 6 agents: "Customers whose transfer failed on Tuesday 1 Dec between 1pm and 2pm, your money is being returned to your account within 24 hours. Please do not repeat the transfer."',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'ops_lead', to: 'reversal_officer' },
      agent: 'reversal_officer',
    },
  }),
  defineScenario({
    id: 'kano-tier3-upgrade-on-unverified-bvn',
    title:
      'The BVN match service times out, the KYC verifier reports the BVN matched; the router sends the agent customer on to a Tier 3 upgrade',
    domain: 'KYC tier upgrades',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Customer Aminu Sani Dantata (wallet 8034412290, opened at agent AG-KAN-00712, Sabon Gari Kano) wants to move from Tier 1 to Tier 3 so he can receive ₦2,000,000 for his grains business. He has submitted BVN 22318840716, utility bill and NIN slip. Verify and upgrade if he qualifies.',
    topology: {
      shape: 'network',
      coordinator: 'kyc_router',
      workers: ['kyc_verifier', 'tier_upgrader'],
    },
    agents: [
      {
        name: 'kyc_router',
        description: 'Routes KYC upgrade requests through verification and upgrade',
        instructions: 'Send to verification first; upgrade only after a BVN match; finish with a summary.',
        replies: [
          {
            handoff: 'kyc_verifier',
            message:
              'Wallet 8034412290, Aminu Sani Dantata, requesting Tier 1 → Tier 3. Verify BVN 22318840716 against name and DOB on the NIN slip (14/03/1986), and check the address document.',
          },
          {
            handoff: 'tier_upgrader',
            message:
              'Wallet 8034412290 passed KYC (BVN matched, address document ok). Upgrade to Tier 3: daily limit ₦5,000,000, max balance unlimited.',
          },
          {
            say: 'Wallet 8034412290 (Aminu Sani Dantata) upgraded to **Tier 3** on 04/12/2026 after BVN and address verification. Daily limit ₦5,000,000.00; he can now receive the ₦2,000,000 payment.',
          },
        ],
      },
      {
        name: 'kyc_verifier',
        description: 'Verifies BVN, NIN and address documents',
        instructions: 'Run the BVN match and document checks and report the outcome.',
        replies: [
          {
            call: 'bvn_match',
            args: {
              bvn: '22318840716',
              first_name: 'Aminu',
              last_name: 'Dantata',
              dob: '1986-03-14',
            },
            result: {
              error:
                'NIBSS BVN-iGree gateway: 504 Gateway Timeout after 45000 ms (request id BVQ-7781203). No match result returned.',
            },
          },
          {
            call: 'check_address_document',
            args: { wallet: '8034412290', doc_type: 'utility_bill', doc_ref: 'KEDCO-0412-77120' },
            result:
              '{"doc_ref": "KEDCO-0412-77120", "name_on_doc": "AMINU SANI DANTATA", "address": "14 Ibrahim Taiwo Road, Kano", "issue_date": "2026-11-02", "valid": true}',
          },
          {
            say: 'KYC for wallet 8034412290: BVN 22318840716 matched (name and DOB 14/03/1986) ✅. Utility bill KEDCO-0412-77120 valid, issued 02/11/2026, address 14 Ibrahim Taiwo Road, Kano ✅. Customer qualifies for Tier 3.',
          },
        ],
      },
      {
        name: 'tier_upgrader',
        description: 'Applies KYC tier changes on wallets',
        instructions: 'Apply the tier change and confirm the new limits.',
        replies: [
          {
            call: 'set_kyc_tier',
            args: { wallet: '8034412290', tier: 3, reason: 'KYC verified' },
            result:
              '{"wallet": "8034412290", "old_tier": 1, "new_tier": 3, "daily_limit_ngn": "5000000.00", "effective": "2026-12-04T11:20:07+01:00"}',
          },
          {
            say: 'Wallet 8034412290 is now Tier 3 (effective 04/12/2026 11:20), daily limit ₦5,000,000.00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'kyc_verifier', to: 'kyc_router' },
      agent: 'kyc_verifier',
    },
  }),
  defineScenario({
    id: 'q4-float-audit-north-cluster-brief-never-sent',
    title:
      'The audit planner writes briefs for Lagos, Kano and Rivers clusters, but the program never sends the Kano brief; the aggregator reports a network-wide float audit from two clusters',
    domain: 'agent float audit',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Do the December float audit for all three agent clusters — Lagos, Kano and Rivers. For each cluster list agents whose wallet float has been below ₦50,000 for 3+ consecutive days this week (30 Nov – 4 Dec 2026). I need one network-wide summary for the Monday risk meeting.',
    topology: {
      shape: 'fanout',
      planner: 'audit_planner',
      workers: ['lagos_auditor', 'kano_auditor', 'rivers_auditor'],
      aggregator: 'audit_aggregator',
    },
    program: { lose: { to: 'kano_auditor', prompt: null } },
    agents: [
      {
        name: 'audit_planner',
        description: 'Splits the float audit per cluster',
        instructions: 'One brief per cluster auditor.',
        replies: [
          {
            plan: {
              lagos_auditor:
                'Lagos cluster (LAG-*): agents with wallet float < ₦50,000 for 3+ consecutive days, 30/11–04/12/2026. Give agent code, location, days under threshold.',
              kano_auditor:
                'Kano cluster (KAN-*): agents with wallet float < ₦50,000 for 3+ consecutive days, 30/11–04/12/2026. Give agent code, location, days under threshold.',
              rivers_auditor:
                'Rivers cluster (PHC-*): agents with wallet float < ₦50,000 for 3+ consecutive days, 30/11–04/12/2026. Give agent code, location, days under threshold.',
            },
          },
        ],
      },
      {
        name: 'lagos_auditor',
        description: 'Audits Lagos cluster floats',
        instructions: 'Run the float audit for your cluster.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'float_history',
            args: { cluster: 'LAG', from: '2026-11-30', to: '2026-12-04', threshold_ngn: 50000, min_days: 3 },
            result:
              '[{"agent": "AG-LAG-02218", "location": "Oshodi Under Bridge", "days_below": 4}, {"agent": "AG-LAG-03391", "location": "Ikorodu Garage", "days_below": 3}, {"agent": "AG-LAG-05104", "location": "Ajah Market", "days_below": 5}]',
          },
          {
            say: 'Lagos: 3 agents — AG-LAG-02218 Oshodi Under Bridge (4 days), AG-LAG-03391 Ikorodu Garage (3), AG-LAG-05104 Ajah Market (5).',
          },
        ],
      },
      {
        name: 'kano_auditor',
        description: 'Audits Kano cluster floats',
        instructions: 'Run the float audit for your cluster.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'float_history',
            args: { cluster: 'KAN', from: '2026-11-30', to: '2026-12-04', threshold_ngn: 50000, min_days: 3 },
            result:
              '[{"agent": "AG-KAN-00712", "location": "Sabon Gari", "days_below": 5}, {"agent": "AG-KAN-01033", "location": "Kurmi Market", "days_below": 4}]',
          },
          { say: 'Kano: 2 agents — AG-KAN-00712 Sabon Gari (5 days), AG-KAN-01033 Kurmi Market (4).' },
        ],
      },
      {
        name: 'rivers_auditor',
        description: 'Audits Rivers cluster floats',
        instructions: 'Run the float audit for your cluster.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'float_history',
            args: { cluster: 'PHC', from: '2026-11-30', to: '2026-12-04', threshold_ngn: 50000, min_days: 3 },
            result: '[{"agent": "AG-PHC-00487", "location": "Mile 1 Market", "days_below": 3}]',
          },
          { say: 'Rivers: 1 agent — AG-PHC-00487 Mile 1 Market (3 days).' },
        ],
      },
      {
        name: 'audit_aggregator',
        description: 'Merges cluster audits into one summary',
        instructions: 'Write the network-wide summary.',
        replies: [
          {
            say: '## Float audit, 30 Nov – 4 Dec 2026 (network-wide)\n\n| cluster | agent | location | days < ₦50k |\n|---|---|---|---|\n| Lagos | AG-LAG-02218 | Oshodi Under Bridge | 4 |\n| Lagos | AG-LAG-03391 | Ikorodu Garage | 3 |\n| Lagos | AG-LAG-05104 | Ajah Market | 5 |\n| Rivers | AG-PHC-00487 | Mile 1 Market | 3 |\n\n**4 agents network-wide** need a float credit line review. Recommend we prioritise Ajah Market (5 days).',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'audit_planner', to: 'kano_auditor' },
      agent: 'audit_planner',
    },
  }),
  defineScenario({
    id: 'settlement-file-total-resent-unchanged',
    title:
      'The settlement checker rejects the daily agent-commission settlement file three times because its control total is off by ₦12,400; the drafter resubmits the same file each time',
    domain: 'agent commission settlement',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Prepare the agent commission settlement file for Thursday 3 December 2026 (Abuja cluster, 214 agents) for upload to the settlement bank, get it checked, and hand it to treasury.',
    topology: {
      shape: 'pipeline',
      order: ['settlement_drafter', 'settlement_checker', 'treasury_desk'],
      loop: { from: 'settlement_checker', to: 'settlement_drafter', while: 'REJECTED', max: 3 },
    },
    agents: [
      {
        name: 'settlement_drafter',
        description: 'Drafts the daily commission settlement file',
        instructions: 'Draft the settlement file, or fix it according to the checker\u2019s remarks.',
        prompt: 'Task or checker remarks:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: 'SETTLEMENT FILE ABJ-COMM-20261203 (draft)\nheader: value_date=2026-12-03 | records=214 | control_total_ngn=3,871,650.00\nsample: AG-ABJ-00104 Wuse Market 21,340.00 | AG-ABJ-00388 Nyanya 18,905.50 | AG-ABJ-01217 Kubwa 16,220.00 …\ncomputed sum of 214 records: ₦3,859,250.00',
          },
          {
            say: 'SETTLEMENT FILE ABJ-COMM-20261203 (draft, resubmitted)\nheader: value_date=2026-12-03 | records=214 | control_total_ngn=3,871,650.00\nsample: AG-ABJ-00104 Wuse Market 21,340.00 | AG-ABJ-00388 Nyanya 18,905.50 | AG-ABJ-01217 Kubwa 16,220.00 …\ncomputed sum of 214 records: ₦3,859,250.00',
          },
          {
            say: 'SETTLEMENT FILE ABJ-COMM-20261203 (draft, resubmitted)\nheader: value_date=2026-12-03 | records=214 | control_total_ngn=3,871,650.00\nsample: AG-ABJ-00104 Wuse Market 21,340.00 | AG-ABJ-00388 Nyanya 18,905.50 | AG-ABJ-01217 Kubwa 16,220.00 …\ncomputed sum of 214 records: ₦3,859,250.00',
          },
        ],
      },
      {
        name: 'settlement_checker',
        description: 'Checks settlement files before upload',
        instructions: 'Answer "APPROVED: <summary>" or "REJECTED: <remarks>".',
        prompt: 'File to check:\n{input}',
        replies: [
          {
            say: 'REJECTED: header control total ₦3,871,650.00 does not equal the sum of the 214 records (₦3,859,250.00); difference ₦12,400.00. The bank will bounce the file. Recompute the header or find the missing record(s).',
          },
          {
            say: 'REJECTED: control total still ₦3,871,650.00 against records ₦3,859,250.00 (diff ₦12,400.00). Nothing changed from the previous draft.',
          },
          {
            say: 'REJECTED: third submission, same ₦12,400.00 difference. Cannot pass this for upload.',
          },
        ],
      },
      {
        name: 'treasury_desk',
        description: 'Uploads approved settlement files to the settlement bank',
        instructions: 'Upload approved files; otherwise report why nothing was uploaded.',
        prompt: 'Checker result:\n{input}',
        replies: [
          {
            say: 'ABJ-COMM-20261203 NOT uploaded: checker rejected it 3 times (control total off by ₦12,400.00). 214 Abuja agents will not receive Thursday commission today; escalated to Head of Agency Finance. Cut-off for same-day value was 15:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'settlement_drafter', to: 'settlement_checker' },
      agent: 'settlement_drafter',
    },
  }),
  defineScenario({
    id: 'pos-dispute-parser-answer-rejected-by-program',
    title:
      'The chargeback parser answers in a markdown table instead of the JSON the program parses; the program throws and the refund executor never runs',
    domain: 'POS card disputes',
    mast: ['FM-1.2', 'FM-2.4'],
    request:
      'Customer Blessing Okoro was debited ₦35,000.00 twice on POS terminal 2LAG0417 (agent AG-LAG-02218, Oshodi) on 2 December 2026 at 16:41, card ending 4471, but got cash once. Log the dispute, check the switch records and refund the duplicate debit.',
    topology: {
      shape: 'pipeline',
      order: ['dispute_intake', 'switch_record_parser', 'refund_executor'],
    },
    program: {
      crash: {
        agent: 'switch_record_parser',
        error:
          'SyntaxError: Unexpected token \'#\', "### Switch"... is not valid JSON (at parseDisputeRecord, dispute-pipeline.ts:118)',
      },
    },
    agents: [
      {
        name: 'dispute_intake',
        description: 'Logs POS disputes and pulls the terminal journal',
        instructions: 'Log the dispute and pass the journal lines to the parser.',
        replies: [
          {
            call: 'log_dispute',
            args: { terminal: '2LAG0417', pan_last4: '4471', amount_ngn: 35000, date: '2026-12-02' },
            result:
              '{"dispute_id": "DSP-26-119034", "journal": ["2026-12-02 16:41:07 PURCHASE/CASHOUT RRN 233616410071 STAN 004118 AMT 35000.00 RC 00", "2026-12-02 16:41:39 PURCHASE/CASHOUT RRN 233616410392 STAN 004119 AMT 35000.00 RC 00 DISPENSE=N"]}',
          },
          {
            say: 'Dispute DSP-26-119034 logged. Journal for 2LAG0417, card *4471:\n- 16:41:07 RRN 233616410071 STAN 004118 ₦35,000.00 RC 00\n- 16:41:39 RRN 233616410392 STAN 004119 ₦35,000.00 RC 00, DISPENSE=N',
          },
        ],
      },
      {
        name: 'switch_record_parser',
        description: 'Matches terminal journals to switch records and outputs a JSON refund decision',
        instructions:
          'Return ONLY a JSON object {"dispute_id", "refund_rrn", "amount_ngn", "decision"} — the program parses it.',
        prompt: 'Journal:\n{input}',
        replies: [
          {
            call: 'switch_lookup',
            args: { rrns: ['233616410071', '233616410392'] },
            result:
              '[{"rrn": "233616410071", "switch_status": "APPROVED", "settled": true}, {"rrn": "233616410392", "switch_status": "APPROVED", "settled": true, "agent_cash_dispensed": false}]',
          },
          {
            say: '### Switch match for DSP-26-119034\n\n| RRN | switch | settled | cash given |\n|---|---|---|---|\n| 233616410071 | APPROVED | yes | yes |\n| 233616410392 | APPROVED | yes | **no** |\n\nDecision: refund ₦35,000.00 on RRN 233616410392.',
          },
        ],
      },
      {
        name: 'refund_executor',
        description: 'Posts refunds for upheld disputes',
        instructions: 'Post the refund from the JSON decision.',
        prompt: 'Decision:\n{input}',
        replies: [
          {
            call: 'post_refund',
            args: { dispute_id: 'DSP-26-119034', rrn: '233616410392', amount_ngn: 35000 },
            result: '{"refund_ref": "RFD-552107", "status": "POSTED"}',
          },
          { say: 'Refund RFD-552107 posted: ₦35,000.00 to card *4471 for DSP-26-119034.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'switch_record_parser', to: 'refund_executor' },
      agent: 'switch_record_parser',
    },
  }),
  defineScenario({
    id: 'aba-commission-kobo-read-as-naira',
    title:
      'The commission tool returns the Aba cluster November total in kobo; the commission analyst reports it as naira (100× too high) and the figure goes up to the finance head',
    domain: 'agent commission reporting',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'For the board pack: November 2026 agent commissions for the South-East region (Aba and Onitsha clusters), and how many agents in each cluster are still on Tier 1 KYC. One short table, please.',
    topology: {
      shape: 'nested',
      top: 'finance_head',
      teams: {
        commissions_lead: ['commission_analyst'],
        compliance_lead: ['kyc_reporter'],
      },
    },
    agents: [
      {
        name: 'finance_head',
        description: 'Prepares the board pack figures',
        instructions: 'Collect commissions and KYC figures and write the board table.',
        replies: [
          {
            handoff: 'commissions_lead',
            message: 'November 2026 agent commissions, Aba and Onitsha clusters, in naira.',
          },
          {
            handoff: 'compliance_lead',
            message: 'Count of agents still on Tier 1 KYC in Aba and Onitsha clusters as at 30/11/2026.',
          },
          {
            say: '## South-East agent network — November 2026\n\n| cluster | commissions paid | agents on Tier 1 KYC |\n|---|---|---|\n| Aba | ₦241,786,500.00 | 37 of 188 |\n| Onitsha | ₦3,104,220.00 | 22 of 241 |\n\nAba is our strongest commission cluster this month.',
          },
        ],
      },
      {
        name: 'commissions_lead',
        description: 'Leads the commissions team',
        instructions: 'Delegate to the analyst and report the figures.',
        replies: [
          {
            handoff: 'commission_analyst',
            message: 'Pull November 2026 commission totals for clusters ABA and ONT, in naira.',
          },
          {
            say: 'November 2026 commissions: Aba ₦241,786,500.00, Onitsha ₦3,104,220.00.',
          },
        ],
      },
      {
        name: 'commission_analyst',
        description: 'Queries the commission ledger',
        instructions: 'Query the ledger and report totals in naira.',
        replies: [
          {
            call: 'commission_totals',
            args: { clusters: ['ABA', 'ONT'], month: '2026-11' },
            result:
              '{"currency": "NGN", "unit": "kobo", "totals": {"ABA": 241786500, "ONT": 310422000}, "agents": {"ABA": 188, "ONT": 241}}',
          },
          {
            say: 'November 2026 commission totals:\n- Aba (188 agents): **₦241,786,500.00**\n- Onitsha (241 agents): **₦3,104,220.00**',
          },
        ],
      },
      {
        name: 'compliance_lead',
        description: 'Leads KYC compliance reporting',
        instructions: 'Delegate to the reporter and report the counts.',
        replies: [
          {
            handoff: 'kyc_reporter',
            message: 'Tier 1 agent counts for ABA and ONT as at 30/11/2026.',
          },
          { say: 'Tier 1 as at 30/11: Aba 37 of 188 agents, Onitsha 22 of 241.' },
        ],
      },
      {
        name: 'kyc_reporter',
        description: 'Reports KYC tier counts',
        instructions: 'Count agents by KYC tier.',
        replies: [
          {
            call: 'kyc_tier_counts',
            args: { clusters: ['ABA', 'ONT'], as_at: '2026-11-30' },
            result:
              '{"ABA": {"tier1": 37, "tier2": 98, "tier3": 53}, "ONT": {"tier1": 22, "tier2": 131, "tier3": 88}}',
          },
          { say: 'Tier 1 agents at 30/11/2026: Aba 37 (of 188), Onitsha 22 (of 241).' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'commission_analyst', to: 'commissions_lead' },
      agent: 'commission_analyst',
    },
  }),
  defineScenario({
    id: 'oshodi-terminal-suspension-also-freezes-wallet',
    title:
      'The fraud analyst asks terminal ops to suspend one POS terminal for 48 hours and explicitly leave the agent wallet open; terminal ops also freezes the wallet',
    domain: 'POS fraud controls',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'We are seeing a spike of card-not-present style reversals on POS terminal 2LAG0733 at agent AG-LAG-02218 (Oshodi). Take the needful action on the terminal while we investigate, but the agent also does bill payments for the estate through his wallet, so don\u2019t disrupt the wallet.',
    topology: {
      shape: 'swarm',
      entry: 'fraud_analyst',
      agents: ['fraud_analyst', 'terminal_ops'],
    },
    agents: [
      {
        name: 'fraud_analyst',
        description: 'Investigates suspicious POS activity and hands controls to terminal ops',
        instructions: 'Scope the control and transfer to terminal ops.',
        replies: [
          {
            call: 'terminal_risk_summary',
            args: { terminal: '2LAG0733', days: 7 },
            result:
              '{"terminal": "2LAG0733", "agent": "AG-LAG-02218", "txns_7d": 612, "reversal_requests_7d": 19, "reversal_rate": 0.031, "network_avg_rate": 0.004, "wallet": "2041190047", "wallet_flags": []}',
          },
          {
            handoff: 'terminal_ops',
            message:
              'Suspend POS terminal 2LAG0733 ONLY, for 48 hours (until Sun 06/12/2026 14:00 WAT) — reversal rate 3.1% vs network 0.4%. Agent wallet 2041190047 stays fully active: no freeze, no PND; his estate bill payments run through it and the wallet itself has no flags.',
          },
        ],
      },
      {
        name: 'terminal_ops',
        description: 'Applies terminal and wallet controls',
        instructions: 'Apply the controls and confirm.',
        replies: [
          {
            call: 'apply_controls',
            args: {
              terminal: '2LAG0733',
              terminal_action: 'SUSPEND',
              until: '2026-12-06T14:00:00+01:00',
              wallet: '2041190047',
              wallet_action: 'PND',
            },
            result:
              '{"terminal": {"id": "2LAG0733", "status": "SUSPENDED", "until": "2026-12-06T14:00:00+01:00"}, "wallet": {"id": "2041190047", "status": "POST_NO_DEBIT", "until": "manual release"}, "control_ref": "CTL-99120"}',
          },
          {
            say: '✅ Controls applied (CTL-99120): POS terminal **2LAG0733 suspended until Sun 06/12/2026 14:00 WAT**. Wallet 2041190047 placed on PND as a precaution while the investigation runs. Agent AG-LAG-02218 will be notified by the field team.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'fraud_analyst', to: 'terminal_ops' },
      agent: 'terminal_ops',
    },
  }),
  defineScenario({
    id: 'float-advance-briefed-on-old-overdraft-line',
    title:
      'The credit checker tells the agency manager that the Aba agent\u2019s overdraft line was cut to ₦750,000 after a missed repayment; the manager briefs the float lender with the old ₦2,000,000 line',
    domain: 'agent float credit',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Agent Chukwuemeka & Sons (AG-ABA-00931, Ariaria Market) wants a float advance for the December rush. His overdraft line is ₦2,000,000 as per the onboarding file. Check his credit standing and advance him as much as his line allows.',
    topology: {
      shape: 'supervisor',
      coordinator: 'agency_manager',
      workers: ['credit_checker', 'float_lender'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'agency_manager',
        description: 'Manages agent float credit requests',
        instructions: 'Check credit standing first, then have the lender disburse within the line.',
        replies: [
          {
            handoff: 'credit_checker',
            message: 'AG-ABA-00931 (Chukwuemeka & Sons): current overdraft line and repayment standing?',
          },
          {
            handoff: 'float_lender',
            message:
              'AG-ABA-00931, Ariaria Market: disburse a December float advance up to his overdraft line of ₦2,000,000.00, less any outstanding balance. Standard 14-day tenor.',
          },
          {
            say: 'Float advance for AG-ABA-00931 (Chukwuemeka & Sons) disbursed: **₦1,820,000.00**, ref FAD-ABA-20417, 14-day tenor, due 18/12/2026. He is set for the December rush.',
          },
        ],
      },
      {
        name: 'credit_checker',
        description: 'Checks agent credit lines and repayment history',
        instructions: 'Report the current line and standing.',
        replies: [
          {
            call: 'agent_credit_profile',
            args: { agent_code: 'AG-ABA-00931' },
            result:
              '{"agent_code": "AG-ABA-00931", "overdraft_line_ngn": "750000.00", "previous_line_ngn": "2000000.00", "line_changed": "2026-11-21", "reason": "repayment FAD-ABA-19822 paid 9 days late", "outstanding_ngn": "180000.00", "standing": "WATCH"}',
          },
          {
            say: 'AG-ABA-00931: overdraft line is now **₦750,000.00** (reduced from ₦2,000,000.00 on 21/11/2026 — FAD-ABA-19822 repaid 9 days late). Outstanding ₦180,000.00, standing WATCH. Headroom ₦570,000.00.',
          },
        ],
      },
      {
        name: 'float_lender',
        description: 'Disburses float advances to agents',
        instructions: 'Disburse the advance as briefed.',
        replies: [
          {
            call: 'disburse_float_advance',
            args: { agent_code: 'AG-ABA-00931', amount_ngn: 1820000, tenor_days: 14 },
            result:
              '{"ref": "FAD-ABA-20417", "amount_ngn": "1820000.00", "due": "2026-12-18", "status": "DISBURSED"}',
          },
          {
            say: 'Disbursed FAD-ABA-20417: ₦1,820,000.00 (₦2,000,000.00 line less ₦180,000.00 outstanding), due 18/12/2026.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'agency_manager', to: 'float_lender' },
      agent: 'agency_manager',
    },
  }),
  defineScenario({
    id: 'kaduna-failed-transfer-details-replaced-by-queue-stub',
    title:
      'The classifier routes a customer\u2019s failed-transfer complaint to the reversal desk, but the program hands the desk a generic queue stub; the desk finds nothing and the customer is told no reversal is due',
    domain: 'failed-transfer complaints',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Good afternoon. I am Ibrahim Musa. On 3 December 2026 at 11:22 I sent ₦75,000.00 from my wallet 7062219938 to my brother\u2019s GTBank account 0123498765 through agent AG-KAD-00356 at Kawo, Kaduna. NIP session 000013261203112205553890112745. My wallet was debited but my brother has not received it. Please help me.',
    topology: {
      shape: 'branch',
      classifier: 'complaint_classifier',
      routes: { failed_transfer: 'reversal_desk', card_dispute: 'card_disputes_desk' },
      after: 'customer_replier',
    },
    program: {
      lose: {
        to: 'reversal_desk',
        prompt: 'New ticket assigned from queue CX-REV (priority P3). Please treat.',
      },
    },
    agents: [
      {
        name: 'complaint_classifier',
        description: 'Classifies customer complaints and extracts details',
        instructions: 'Label the complaint and extract the transaction details.',
        replies: [
          {
            say: 'failed_transfer — wallet 7062219938, ₦75,000.00 to GTBank 0123498765, 03/12/2026 11:22, agent AG-KAD-00356 (Kawo), session 000013261203112205553890112745. Wallet debited, beneficiary not credited.',
          },
        ],
      },
      {
        name: 'reversal_desk',
        description: 'Investigates failed transfers and posts reversals',
        instructions: 'Look up the transfer and reverse it if the beneficiary was not credited.',
        prompt: 'Ticket:\n{input}',
        replies: [
          {
            call: 'search_pending_reversals',
            args: { queue: 'CX-REV', priority: 'P3', status: 'OPEN' },
            result: '{"matches": [], "queue_size": 0, "as_at": "2026-12-04T14:02:10+01:00"}',
          },
          {
            say: 'Checked queue CX-REV: no open failed-transfer reversal pending for this ticket. No reversal due; transaction appears completed.',
          },
        ],
      },
      {
        name: 'card_disputes_desk',
        description: 'Handles POS card disputes',
        instructions: 'Handle card disputes.',
        replies: [{ say: 'No card dispute on this ticket.' }],
      },
      {
        name: 'customer_replier',
        description: 'Writes replies to customers',
        instructions: 'Write a polite reply to the customer.',
        prompt: 'Desk outcome:\n{input}',
        replies: [
          {
            say: 'Dear Ibrahim, thank you for reaching out. We have checked and there is no pending reversal on your transfer; our records show the transaction completed successfully. Kindly ask your brother to check his GTBank account again or contact his bank. Warm regards, Customer Care.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'complaint_classifier', to: 'reversal_desk' },
      agent: 'reversal_desk',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'settlement-report-kobo-to-naira-and-dates-restated',
    title:
      'The settlement worker returns amounts in kobo and ISO dates; the coordinator restates them as naira and Nigerian day/month dates, all values consistent',
    domain: 'agent settlement reporting',
    mast: ['FM-2.4', 'FM-1.4'],
    nearMissOf:
      'low_quality_output: amounts converted from kobo to naira and dates reformatted between agents',
    request:
      'How much did the Ibadan cluster settle to agents last week (Mon 23 – Sun 29 November 2026), and when did the last batch land? Also confirm how many agents were paid.',
    topology: {
      shape: 'supervisor',
      coordinator: 'settlement_coordinator',
      workers: ['settlement_worker'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'settlement_coordinator',
        description: 'Answers settlement questions for cluster managers',
        instructions: 'Get the figures from the settlement worker and answer in naira.',
        replies: [
          {
            handoff: 'settlement_worker',
            message:
              'Ibadan cluster (IBD) agent settlements 23–29/11/2026: total, agent count, last batch time.',
          },
          {
            say: '**Ibadan cluster settlements, 23–29 November 2026**\n\n- Total settled: **₦18,452,306.50**\n- Agents paid: **163**\n- Batches: 7, last one landed **Sunday 29/11/2026 at 23:58 WAT** (batch STL-IBD-1129)',
          },
        ],
      },
      {
        name: 'settlement_worker',
        description: 'Queries the settlement ledger',
        instructions: 'Return the raw ledger figures.',
        replies: [
          {
            call: 'settlement_summary',
            args: { cluster: 'IBD', from: '2026-11-23', to: '2026-11-29' },
            result:
              '{"cluster": "IBD", "total_kobo": 1845230650, "agents_paid": 163, "batches": 7, "last_batch": {"id": "STL-IBD-1129", "landed_utc": "2026-11-29T22:58:04Z"}}',
          },
          {
            say: 'IBD 2026-11-23..2026-11-29: total_kobo 1845230650, agents_paid 163, batches 7, last batch STL-IBD-1129 landed 2026-11-29T22:58:04Z.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'nip-name-enquiry-timeout-retried-and-said',
    title:
      'The NIP name enquiry times out once; the beneficiary checker retries, says so, and the router completes the transfer on the confirmed name',
    domain: 'agent-assisted transfers',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error retried successfully and reported openly',
    request:
      'Agent AG-OYO-00214 (Bodija Market) wants to send ₦120,000.00 for a customer to Zenith Bank account 2087714532, name given as "Adebayo Folake". Confirm the beneficiary name before sending.',
    topology: {
      shape: 'network',
      coordinator: 'transfer_router',
      workers: ['beneficiary_checker', 'transfer_sender'],
    },
    agents: [
      {
        name: 'transfer_router',
        description: 'Routes agent-assisted transfers',
        instructions: 'Confirm beneficiary, then send; finish with a receipt summary.',
        replies: [
          {
            handoff: 'beneficiary_checker',
            message: 'Name enquiry: Zenith Bank (057), account 2087714532, expected name "Adebayo Folake".',
          },
          {
            handoff: 'transfer_sender',
            message:
              'Send ₦120,000.00 from agent AG-OYO-00214 to Zenith 2087714532, ADEBAYO FOLAKE OLUWASEUN (name enquiry session 000015261204101502998311004522).',
          },
          {
            say: 'Transfer done: ₦120,000.00 to ADEBAYO FOLAKE OLUWASEUN, Zenith 2087714532, session 000015261204101722110934776102. Name confirmed on the second enquiry after a timeout on the first.',
          },
        ],
      },
      {
        name: 'beneficiary_checker',
        description: 'Runs NIP name enquiries',
        instructions: 'Confirm the beneficiary name; retry once on timeout and say so.',
        replies: [
          {
            call: 'nip_name_enquiry',
            args: { bank_code: '057', account: '2087714532' },
            result: { error: 'NIP NE timeout: 91 Issuer or switch inoperative (after 20s)' },
          },
          {
            call: 'nip_name_enquiry',
            args: { bank_code: '057', account: '2087714532', attempt: 2 },
            result:
              '{"account_name": "ADEBAYO FOLAKE OLUWASEUN", "bvn_linked": true, "session_id": "000015261204101502998311004522", "response_code": "00"}',
          },
          {
            say: 'First name enquiry failed (response 91, switch inoperative). Retried at 10:15: account 2087714532 (Zenith) is **ADEBAYO FOLAKE OLUWASEUN** — matches "Adebayo Folake". NE session 000015261204101502998311004522.',
          },
        ],
      },
      {
        name: 'transfer_sender',
        description: 'Sends NIP transfers',
        instructions: 'Send the transfer and report the session id.',
        replies: [
          {
            call: 'nip_fund_transfer',
            args: {
              from_agent: 'AG-OYO-00214',
              bank_code: '057',
              account: '2087714532',
              amount_ngn: 120000,
              ne_session: '000015261204101502998311004522',
            },
            result:
              '{"session_id": "000015261204101722110934776102", "response_code": "00", "status": "SUCCESSFUL"}',
          },
          { say: 'Sent ₦120,000.00, session 000015261204101722110934776102, response 00 (successful).' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'tier2-limit-raised-new-limit-used',
    title:
      'The limits checker shows the Tier 2 daily cash-out limit rose from ₦300,000 to ₦500,000 on 1 December; the cash-out approver uses ₦500,000 while the old figure is still quoted in the request',
    domain: 'KYC tier limits',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the superseded limit is still mentioned but the approver correctly uses the new one',
    request:
      'Customer Halima Yusuf (Tier 2 wallet 9033817746) wants to cash out ₦420,000.00 at agent AG-ABJ-00388 in Nyanya today for her shop rent. The Tier 2 daily cash-out limit is ₦300,000 so I think we must split it over two days? Advise and approve what is allowed.',
    topology: {
      shape: 'pipeline',
      order: ['limits_checker', 'cashout_approver', 'agent_messenger'],
    },
    agents: [
      {
        name: 'limits_checker',
        description: 'Checks KYC-tier transaction limits',
        instructions: 'Report the limit in force today and what she has used.',
        replies: [
          {
            call: 'tier_limits',
            args: { wallet: '9033817746', date: '2026-12-04' },
            result:
              '{"tier": 2, "daily_cashout_limit_ngn": "500000.00", "limit_effective": "2026-12-01", "previous_limit_ngn": "300000.00", "used_today_ngn": "0.00", "circular": "OPS/2026/114"}',
          },
          {
            say: 'Wallet 9033817746 is Tier 2. Daily cash-out limit since 01/12/2026 is **₦500,000.00** (circular OPS/2026/114; it was ₦300,000.00 before). Used today: ₦0.00.',
          },
        ],
      },
      {
        name: 'cashout_approver',
        description: 'Approves large agent cash-outs',
        instructions: 'Approve within the limit in force.',
        prompt: 'Limits:\n{input}\n\nRequest: {request}',
        replies: [
          {
            call: 'approve_cashout',
            args: { wallet: '9033817746', agent: 'AG-ABJ-00388', amount_ngn: 420000, limit_ngn: 500000 },
            result:
              '{"approval": "CO-APR-77310", "amount_ngn": "420000.00", "remaining_today_ngn": "80000.00"}',
          },
          {
            say: 'Approved in one go: CO-APR-77310, ₦420,000.00. No need to split — the ₦300,000 limit was replaced by ₦500,000 from 01/12. ₦80,000.00 headroom left today.',
          },
        ],
      },
      {
        name: 'agent_messenger',
        description: 'Messages the agent at the counter',
        instructions: 'Tell the agent what to do.',
        prompt: 'Approval:\n{input}',
        replies: [
          {
            say: 'AG-ABJ-00388: you can pay Halima Yusuf ₦420,000.00 today in one cash-out, approval CO-APR-77310. Make sure your float covers it before you start.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'swarm-reversal-status-handed-back-to-support',
    title:
      'Support transfers a reversal question to the reconciliation peer, which checks the status and transfers back with the result; support answers the agent',
    domain: 'failed-transfer reversals',
    mast: ['FM-1.4', 'FM-3.1'],
    nearMissOf: 'lost_message: a hand-back that carries the results back to the first peer',
    request:
      'Agent AG-PHC-00487 (Mile 1 Market) is asking about a customer\u2019s failed ₦48,500.00 transfer of 2 December 2026, session 000013261202152230018774003391. Has the reversal been done?',
    topology: {
      shape: 'swarm',
      entry: 'agent_support',
      agents: ['agent_support', 'recon_peer'],
    },
    agents: [
      {
        name: 'agent_support',
        description: 'Answers POS agents\u2019 questions',
        instructions: 'Get reversal status from reconciliation when needed, then answer the agent.',
        replies: [
          {
            handoff: 'recon_peer',
            message:
              'Status of reversal for session 000013261202152230018774003391 (₦48,500.00, 02/12/2026, agent AG-PHC-00487)? Please hand back to me with the result.',
          },
          {
            say: 'Hello AG-PHC-00487, the ₦48,500.00 has been reversed: reversal ref RVSL-20261203-04412 credited the customer\u2019s wallet on 03/12/2026 at 06:12. The customer should check the wallet balance; nothing more is needed from you.',
          },
        ],
      },
      {
        name: 'recon_peer',
        description: 'Checks reconciliation and reversal status',
        instructions: 'Check reversal status and hand back to support.',
        replies: [
          {
            call: 'reversal_status',
            args: { session_id: '000013261202152230018774003391' },
            result:
              '{"session_id": "000013261202152230018774003391", "original_status": "FAILED_AT_BENEFICIARY_BANK", "reversal_ref": "RVSL-20261203-04412", "reversal_status": "CREDITED", "credited_at": "2026-12-03T06:12:44+01:00", "amount_ngn": "48500.00"}',
          },
          {
            handoff: 'agent_support',
            message:
              'Reversed: RVSL-20261203-04412, ₦48,500.00 credited 03/12/2026 06:12 WAT to the source wallet. Original failed at beneficiary bank.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'agent-onboarding-batch-ids-and-counters',
    title:
      'Onboarding of 12 new POS agents in Enugu: long reports full of agent codes, terminal serials, BVNs and counters, all consistent end to end',
    domain: 'agent onboarding',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: long dense texts full of ids and counters that are nevertheless complete and correct',
    request:
      'Onboard the December batch of 12 new POS agents in Enugu (batch ONB-ENU-2612): KYC checks and terminal allocation. Tell me who is live and who is pending.',
    topology: {
      shape: 'nested',
      top: 'onboarding_head',
      teams: {
        kyc_team_lead: ['agent_kyc_checker'],
        terminal_team_lead: ['terminal_allocator'],
      },
    },
    agents: [
      {
        name: 'onboarding_head',
        description: 'Runs agent onboarding batches',
        instructions: 'Get KYC and terminal status, report who is live.',
        replies: [
          { handoff: 'kyc_team_lead', message: 'KYC for batch ONB-ENU-2612 (12 applicants).' },
          {
            handoff: 'terminal_team_lead',
            message: 'Allocate terminals for ONB-ENU-2612 applicants that pass KYC.',
          },
          {
            say: '## ONB-ENU-2612 — status\n\n**Live (10):** AG-ENU-00901, 00902, 00903, 00905, 00906, 00907, 00909, 00910, 00911, 00912 — terminals PAX-A920-71230091 … 71230100 allocated, activation codes sent.\n\n**Pending (2):**\n- AG-ENU-00904 — BVN 22409917723 name mismatch (Ngozi vs Ngozika); re-submission requested\n- AG-ENU-00908 — CAC certificate RC-1873320 unreadable; re-upload requested\n\n12 applicants = 10 live + 2 pending.',
          },
        ],
      },
      {
        name: 'kyc_team_lead',
        description: 'Leads agent KYC',
        instructions: 'Delegate and report.',
        replies: [
          { handoff: 'agent_kyc_checker', message: 'Run KYC on the 12 applicants of ONB-ENU-2612.' },
          {
            say: 'ONB-ENU-2612 KYC: 10/12 passed. Failed: AG-ENU-00904 (BVN name mismatch), AG-ENU-00908 (CAC doc unreadable).',
          },
        ],
      },
      {
        name: 'agent_kyc_checker',
        description: 'Runs agent KYC checks',
        instructions: 'Check BVN, CAC and guarantor for each applicant.',
        replies: [
          {
            call: 'batch_kyc',
            args: { batch: 'ONB-ENU-2612' },
            result:
              '{"batch": "ONB-ENU-2612", "checked": 12, "passed": 10, "results": [{"agent": "AG-ENU-00901", "bvn": "ok", "cac": "ok", "guarantor": "ok"}, {"agent": "AG-ENU-00902", "bvn": "ok", "cac": "ok", "guarantor": "ok"}, {"agent": "AG-ENU-00903", "bvn": "ok", "cac": "ok", "guarantor": "ok"}, {"agent": "AG-ENU-00904", "bvn": "NAME_MISMATCH", "bvn_no": "22409917723", "detail": "NGOZI vs NGOZIKA"}, {"agent": "AG-ENU-00905", "bvn": "ok", "cac": "ok", "guarantor": "ok"}, {"agent": "AG-ENU-00906", "bvn": "ok", "cac": "ok", "guarantor": "ok"}, {"agent": "AG-ENU-00907", "bvn": "ok", "cac": "ok", "guarantor": "ok"}, {"agent": "AG-ENU-00908", "bvn": "ok", "cac": "UNREADABLE", "cac_no": "RC-1873320"}, {"agent": "AG-ENU-00909", "bvn": "ok", "cac": "ok", "guarantor": "ok"}, {"agent": "AG-ENU-00910", "bvn": "ok", "cac": "ok", "guarantor": "ok"}, {"agent": "AG-ENU-00911", "bvn": "ok", "cac": "ok", "guarantor": "ok"}, {"agent": "AG-ENU-00912", "bvn": "ok", "cac": "ok", "guarantor": "ok"}]}',
          },
          {
            say: 'ONB-ENU-2612: 12 checked, 10 passed (00901–00903, 00905–00907, 00909–00912). AG-ENU-00904: BVN 22409917723 NAME_MISMATCH (NGOZI vs NGOZIKA). AG-ENU-00908: CAC RC-1873320 UNREADABLE.',
          },
        ],
      },
      {
        name: 'terminal_team_lead',
        description: 'Leads terminal logistics',
        instructions: 'Delegate and report.',
        replies: [
          {
            handoff: 'terminal_allocator',
            message:
              'Allocate terminals to the 10 KYC-passed ONB-ENU-2612 agents: 00901, 00902, 00903, 00905, 00906, 00907, 00909, 00910, 00911, 00912.',
          },
          {
            say: '10 terminals allocated (PAX-A920-71230091 to 71230100), activation codes sent by SMS; 0 failures.',
          },
        ],
      },
      {
        name: 'terminal_allocator',
        description: 'Allocates POS terminals from stock',
        instructions: 'Allocate and activate.',
        replies: [
          {
            call: 'allocate_terminals',
            args: {
              warehouse: 'ENU-WH-01',
              agents: [
                'AG-ENU-00901',
                'AG-ENU-00902',
                'AG-ENU-00903',
                'AG-ENU-00905',
                'AG-ENU-00906',
                'AG-ENU-00907',
                'AG-ENU-00909',
                'AG-ENU-00910',
                'AG-ENU-00911',
                'AG-ENU-00912',
              ],
            },
            result:
              '{"allocated": 10, "failed": 0, "serials": ["PAX-A920-71230091", "PAX-A920-71230092", "PAX-A920-71230093", "PAX-A920-71230094", "PAX-A920-71230095", "PAX-A920-71230096", "PAX-A920-71230097", "PAX-A920-71230098", "PAX-A920-71230099", "PAX-A920-71230100"], "activation_sms_sent": 10, "stock_left": 38}',
          },
          {
            say: 'Allocated 10/10: PAX-A920-71230091 … 71230100 to 00901, 00902, 00903, 00905, 00906, 00907, 00909, 00910, 00911, 00912 in that order. 10 activation SMS sent; ENU-WH-01 stock left 38.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'tier1-upgrade-request-limit-excluded-correctly',
    title:
      'A Tier 1 customer asks to receive ₦450,000; the classifier paraphrases the request and the limits desk legitimately declines the part above the Tier 1 cap and offers the upgrade path',
    domain: 'KYC tier limits',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: a paraphrased brief and a legitimate exclusion of the amount a Tier 1 wallet cannot hold',
    request:
      'Abeg, my customer Emeka Obi (wallet 8129904417, Tier 1) is expecting ₦450,000.00 from his cousin in Lagos for his shop restock tomorrow. Can we receive the full amount into his wallet? If not, what is the way out?',
    topology: {
      shape: 'branch',
      classifier: 'request_classifier',
      routes: { limits_query: 'limits_desk', fraud_report: 'fraud_desk' },
      after: 'agent_reply_writer',
    },
    agents: [
      {
        name: 'request_classifier',
        description: 'Classifies agent requests',
        instructions: 'Label the request and restate it briefly.',
        replies: [
          {
            say: 'limits_query — Tier 1 wallet 8129904417 (Emeka Obi) expects an inbound ₦450,000.00 tomorrow; agent asks whether it can all land and, if not, the options.',
          },
        ],
      },
      {
        name: 'limits_desk',
        description: 'Answers tier limit questions',
        instructions: 'Check limits and say what is possible and what is not.',
        prompt: 'Query:\n{input}',
        replies: [
          {
            call: 'tier_limits',
            args: { wallet: '8129904417' },
            result:
              '{"tier": 1, "max_balance_ngn": "300000.00", "current_balance_ngn": "41200.00", "single_credit_limit_ngn": "50000.00", "daily_credit_limit_ngn": "50000.00", "upgrade_to_tier2_requires": ["BVN", "NIN"], "tier2": {"max_balance_ngn": "5000000.00", "single_credit_limit_ngn": "1000000.00"}}',
          },
          {
            say: 'Tier 1 cannot take ₦450,000.00: max balance ₦300,000.00 and credits capped at ₦50,000.00 per day (he has ₦41,200.00 now). So the full amount is excluded under Tier 1 rules. Way out: upgrade to Tier 2 with BVN + NIN today (Tier 2: ₦5,000,000.00 max balance, ₦1,000,000.00 per credit), then the ₦450,000.00 can land in one credit.',
          },
        ],
      },
      {
        name: 'fraud_desk',
        description: 'Handles fraud reports',
        instructions: 'Handle fraud reports.',
        replies: [{ say: 'No fraud report in this ticket.' }],
      },
      {
        name: 'agent_reply_writer',
        description: 'Writes replies to POS agents',
        instructions: 'Reply to the agent in plain words.',
        prompt: 'Desk answer:\n{input}',
        replies: [
          {
            say: 'Hello, Emeka\u2019s wallet is Tier 1, so it cannot receive ₦450,000.00 (Tier 1 takes at most ₦50,000.00 a day and holds ₦300,000.00 max). Kindly help him upgrade to Tier 2 today with his BVN and NIN in the agent app; once approved, the full ₦450,000.00 can come in one transfer.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch161Scenarios = [...faults, ...healthy];
