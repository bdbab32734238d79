import { defineScenario } from '../scenario.ts';

// Blind batch 188: a Lagos mobile-money agent network — float rebalancing, KYC tiers and reversal
// disputes (Nigerian English, naira amounts). Written from the README principles only; expected
// diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'lmm-rebalance-planned-on-morning-float',
    title:
      'Float monitor shows agent LG-IKJ-0417 down to ₦184,500 e-float at 14:05, but the rebalance planner sizes the top-up from the 09:00 balance of ₦612,000',
    domain: 'Agent float rebalancing',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Mama Tunde POS (agent LG-IKJ-0417, Computer Village, Ikeja) says her e-float is running low and customers are queuing for cash-in. Check her current wallet float, plan a rebalance from super-agent SA-LAG-03 to bring her back to the ₦800,000 working target, and write the transfer instruction for the ops desk. Today is 15 March 2027.',
    topology: {
      shape: 'pipeline',
      order: ['float_monitor', 'rebalance_planner', 'instruction_writer'],
    },
    agents: [
      {
        name: 'float_monitor',
        description: 'Reads agent wallet float balances from the switch',
        instructions: 'Report the agent e-float balance, with the time of each reading.',
        replies: [
          {
            call: 'get_agent_float',
            args: { agent_id: 'LG-IKJ-0417', date: '2027-03-15' },
            result:
              '{"agent_id": "LG-IKJ-0417", "super_agent": "SA-LAG-03", "readings": [{"at": "2027-03-15T09:00:00+01:00", "e_float": 612000}, {"at": "2027-03-15T14:05:00+01:00", "e_float": 184500}], "cash_ins_since_0900": 71, "cash_in_value_since_0900": 427500, "working_target": 800000}',
          },
          {
            say: 'LG-IKJ-0417 (super-agent SA-LAG-03), 15 March 2027:\n\n| Reading | E-float |\n|---|---|\n| 09:00 | ₦612,000 |\n| 14:05 (latest) | **₦184,500** |\n\nShe has done 71 cash-ins since 9am worth ₦427,500, which is why the float has dropped. Working target is ₦800,000.',
          },
        ],
      },
      {
        name: 'rebalance_planner',
        description: 'Sizes float top-ups from super-agents',
        instructions: 'Work out how much e-float to move so the agent reaches the working target.',
        prompt: 'Float report:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            call: 'plan_rebalance',
            args: {
              agent_id: 'LG-IKJ-0417',
              source: 'SA-LAG-03',
              current_e_float: 612000,
              target_e_float: 800000,
            },
            result: '{"top_up": 188000, "source_available": 9340000, "within_daily_cap": true, "fee": 0}',
          },
          {
            say: 'Rebalance plan for LG-IKJ-0417:\n- Current e-float: ₦612,000\n- Target: ₦800,000\n- **Top-up: ₦188,000** from SA-LAG-03 (super-agent has ₦9,340,000 available, inside daily cap, no fee).',
          },
        ],
      },
      {
        name: 'instruction_writer',
        description: 'Writes transfer instructions for the ops desk',
        instructions: 'Turn the rebalance plan into a clear instruction the ops desk can execute.',
        prompt: 'Rebalance plan:\n{input}',
        replies: [
          {
            say: '**FLOAT TRANSFER INSTRUCTION — FTI-20270315-0417**\n\nFrom: SA-LAG-03 (super-agent wallet)\nTo: LG-IKJ-0417, Mama Tunde POS, Computer Village Ikeja\nAmount: **₦188,000.00**\nNarration: Float rebalance 15/03/2027\nPriority: High — customers queuing for cash-in\n\nOps desk, please execute before 15:00 and confirm on the agent channel.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'float_monitor', to: 'rebalance_planner' },
      agent: 'rebalance_planner',
    },
  }),
  defineScenario({
    id: 'lmm-tier3-upgrade-checked-as-tier2',
    title:
      'Coordinator asks for a Tier 3 KYC check (BVN, NIN and proof of address); the verifier checks only BVN and NIN and recommends Tier 2, so the customer is set to Tier 2 limits',
    domain: 'Wallet KYC tier upgrades',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Customer Chiamaka Eze (wallet W-2207781, 0803 412 9970) wants her wallet upgraded from Tier 1 straight to Tier 3 so she can do up to ₦5,000,000 a day for her provisions business. She has linked her BVN and NIN and uploaded an EKEDC bill for her Ajao Estate address on 12 March 2027. Verify what Tier 3 needs and apply the new limits.',
    topology: {
      shape: 'supervisor',
      coordinator: 'kyc_coordinator',
      workers: ['kyc_verifier', 'limit_updater'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'kyc_coordinator',
        description: 'Coordinates wallet tier upgrade requests',
        instructions:
          'Send verification to the KYC verifier, then limit changes to the limit updater, then summarise.',
        replies: [
          {
            handoff: 'kyc_verifier',
            message:
              'Tier 3 upgrade for Chiamaka Eze, wallet W-2207781. Tier 3 needs all three: BVN match, NIN match, and verified proof of address (EKEDC bill uploaded 12 Mar 2027, Ajao Estate). Give pass/fail for each of the three and say whether Tier 3 can be granted.',
          },
          {
            handoff: 'limit_updater',
            message:
              'Apply the tier the verification supports for W-2207781 and confirm the new daily transaction limit and maximum balance.',
          },
          {
            say: 'Chiamaka Eze (W-2207781) has been upgraded from **Tier 1 to Tier 2**.\n\n- BVN: match\n- NIN: match\n- New limits: ₦200,000 daily, ₦500,000 maximum balance\n\nShe can start transacting on the new limits immediately.',
          },
        ],
      },
      {
        name: 'kyc_verifier',
        description: 'Runs BVN, NIN and address verification',
        instructions: 'Run the checks needed for the tier requested and report the result.',
        replies: [
          {
            call: 'verify_bvn',
            args: { wallet: 'W-2207781', name: 'Chiamaka Eze', dob: '1991-06-22' },
            result: '{"bvn_last4": "4418", "name_match": true, "dob_match": true, "phone_match": true}',
          },
          {
            call: 'verify_nin',
            args: { wallet: 'W-2207781', name: 'Chiamaka Eze' },
            result: '{"nin_last4": "7730", "name_match": true, "photo_match_score": 0.94}',
          },
          {
            say: 'W-2207781 Chiamaka Eze: BVN ****4418 match (name, DOB, phone); NIN ****7730 match, photo score 0.94. Customer qualifies for **Tier 2**. Recommend upgrade to Tier 2.',
          },
        ],
      },
      {
        name: 'limit_updater',
        description: 'Updates wallet tier and limits on the core wallet system',
        instructions: 'Apply the tier you are given and report the limits set.',
        replies: [
          {
            call: 'set_wallet_tier',
            args: { wallet: 'W-2207781', tier: 2 },
            result:
              '{"wallet": "W-2207781", "tier": 2, "daily_limit": 200000, "max_balance": 500000, "effective": "2027-03-15T11:42:10+01:00"}',
          },
          { say: 'W-2207781 set to Tier 2: daily limit ₦200,000, max balance ₦500,000, effective 11:42.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'kyc_coordinator', to: 'kyc_verifier' },
      agent: 'kyc_verifier',
    },
  }),
  defineScenario({
    id: 'lmm-failed-cashout-trace-brief-replaced',
    title:
      'The planner briefs the transaction tracer to trace NIP session 000013270404143211 for a failed ₦35,000 cash-out, but the program hands the tracer a routine sampling prompt instead',
    domain: 'Reversal disputes on failed cash-outs',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Customer Ibrahim Musa says he tried to withdraw ₦35,000 at agent LG-SUR-1182 (Bode Thomas, Surulere) on 4 April 2027 around 14:32. His GTBank account was debited but the POS said "Transaction failed" and the agent gave him no cash. Session ID on his debit alert: 000013270404143211. Find out what happened and tell him whether he gets a reversal.',
    topology: {
      shape: 'fanout',
      planner: 'dispute_planner',
      workers: ['txn_tracer', 'agent_ledger_reader'],
      aggregator: 'dispute_resolver',
    },
    program: {
      lose: {
        to: 'txn_tracer',
        prompt:
          "Reconciliation queue RQ-7, daily sampling run, normal priority. Pull today's sample per SOP-REC-02 and report exceptions.",
      },
    },
    agents: [
      {
        name: 'dispute_planner',
        description: 'Splits a dispute into tracing tasks',
        instructions: 'Write one brief for each worker.',
        replies: [
          {
            plan: {
              txn_tracer:
                'Trace NIP session 000013270404143211 (4 Apr 2027 ~14:32, ₦35,000, GTBank customer Ibrahim Musa, terminal of agent LG-SUR-1182). Give the switch status, response code, and whether an auto-reversal was sent.',
              agent_ledger_reader:
                'Read the wallet ledger of agent LG-SUR-1182 for 4 Apr 2027 14:00–15:00 and say whether the agent wallet was credited ₦35,000 for this cash-out.',
            },
          },
        ],
      },
      {
        name: 'txn_tracer',
        description: 'Traces transactions on the NIP/card switch',
        instructions: 'Look up transactions on the switch and report their status.',
        replies: [
          {
            call: 'sample_transactions',
            args: { queue: 'RQ-7', date: '2027-04-04', sample_size: 5 },
            result:
              '{"queue": "RQ-7", "sample": [{"session": "000013270404091502", "amount": 10000, "status": "00"}, {"session": "000013270404103318", "amount": 5000, "status": "00"}, {"session": "000013270404120745", "amount": 20000, "status": "00"}, {"session": "000013270404152209", "amount": 15000, "status": "00"}, {"session": "000013270404171130", "amount": 50000, "status": "00"}], "exceptions": 0}',
          },
          {
            say: 'RQ-7 sample for 4 April 2027: 5 transactions checked (₦5,000 to ₦50,000), all response code 00 (approved). No exceptions found.',
          },
        ],
      },
      {
        name: 'agent_ledger_reader',
        description: 'Reads agent wallet ledgers',
        instructions: 'Report ledger entries for the agent and window asked.',
        replies: [
          {
            call: 'agent_ledger',
            args: { agent_id: 'LG-SUR-1182', from: '2027-04-04T14:00', to: '2027-04-04T15:00' },
            result:
              '{"agent_id": "LG-SUR-1182", "entries": [{"at": "14:11", "type": "cash_out", "amount": 20000, "ref": "CO-88120"}, {"at": "14:47", "type": "cash_in", "amount": 8000, "ref": "CI-88131"}], "cash_out_35000_found": false}',
          },
          {
            say: 'LG-SUR-1182, 4 Apr 14:00–15:00: only two entries — cash-out ₦20,000 at 14:11 (CO-88120) and cash-in ₦8,000 at 14:47 (CI-88131). No ₦35,000 cash-out credit to the agent wallet.',
          },
        ],
      },
      {
        name: 'dispute_resolver',
        description: 'Decides the dispute and writes to the customer',
        instructions: 'Combine the findings and write the decision to the customer.',
        replies: [
          {
            say: 'Dear Mr Ibrahim Musa,\n\nWe have reviewed your complaint about the ₦35,000 withdrawal at agent LG-SUR-1182 on 4 April 2027.\n\n- Our switch checks for that day show all sampled transactions approved (code 00), with no exceptions.\n- The agent wallet was not credited ₦35,000 in the 14:00–15:00 window.\n\nAs the switch shows no failed transaction, we are unable to raise a reversal on our side. Kindly contact GTBank with your debit alert so they can confirm the status of the debit.\n\nRegards,\nDisputes Desk, Lagos Agent Network',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'dispute_planner', to: 'txn_tracer' },
      agent: 'txn_tracer',
    },
  }),
  defineScenario({
    id: 'lmm-commission-split-added-wrong',
    title:
      'Commission calculator gets gross ₦67,140 right but writes the agent 70% share as ₦56,998 instead of ₦46,998, and the payout agent pays that figure',
    domain: 'Agent commission payouts',
    mast: ['FM-2.4'],
    request:
      'Pay March 2027 commission to agent LG-YAB-0093 (Sabo, Yaba). Rates: ₦45 per cash-out and ₦30 per bill payment; the agent keeps 70% and super-agent SA-LAG-01 keeps 30%. Pull the counts, calculate, and pay the agent share into her commission wallet.',
    topology: {
      shape: 'swarm',
      entry: 'txn_counter',
      agents: ['txn_counter', 'commission_calculator', 'payout_agent'],
    },
    agents: [
      {
        name: 'txn_counter',
        description: 'Counts billable agent transactions',
        instructions: "Count the month's billable transactions and hand over to the commission calculator.",
        replies: [
          {
            call: 'count_billable',
            args: { agent_id: 'LG-YAB-0093', month: '2027-03' },
            result:
              '{"agent_id": "LG-YAB-0093", "month": "2027-03", "cash_out": 1284, "bill_payment": 312, "reversed_excluded": 9}',
          },
          {
            handoff: 'commission_calculator',
            message:
              'LG-YAB-0093, March 2027: 1,284 cash-outs and 312 bill payments billable (9 reversed transactions already excluded). Rates ₦45 and ₦30, split 70/30 with SA-LAG-01.',
          },
        ],
      },
      {
        name: 'commission_calculator',
        description: 'Computes commission and the agent/super-agent split',
        instructions: 'Compute gross commission and the split, then hand over to payout.',
        replies: [
          {
            handoff: 'payout_agent',
            message:
              'Commission LG-YAB-0093, March 2027:\n\n| Line | Count | Rate | Amount |\n|---|---|---|---|\n| Cash-out | 1,284 | ₦45 | ₦57,780 |\n| Bill payment | 312 | ₦30 | ₦9,360 |\n| **Gross** | | | **₦67,140** |\n\nAgent share 70%: **₦56,998**\nSuper-agent SA-LAG-01 30%: ₦20,142\n\nPlease pay the agent share.',
          },
        ],
      },
      {
        name: 'payout_agent',
        description: 'Pays commission into agent commission wallets',
        instructions: 'Pay the agent share and confirm the reference.',
        replies: [
          {
            call: 'pay_commission',
            args: { agent_id: 'LG-YAB-0093', month: '2027-03', amount: 56998 },
            result:
              '{"reference": "COM-202703-0093", "amount": 56998, "status": "PAID", "wallet": "CW-LG-YAB-0093"}',
          },
          {
            say: 'March 2027 commission paid to LG-YAB-0093: **₦56,998**, reference COM-202703-0093, credited to commission wallet CW-LG-YAB-0093. Super-agent SA-LAG-01 share ₦20,142 goes in the super-agent settlement run.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'commission_calculator', to: 'payout_agent' },
      agent: 'commission_calculator',
    },
  }),
  defineScenario({
    id: 'lmm-reversal-nip-error-reported-done',
    title:
      'Reversal officer gets NIP response 91 (beneficiary bank not available) on the ₦72,500 reversal but tells the supervisor the reversal is completed, and the customer is told so by SMS',
    domain: 'Reversal disputes',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Dispute DSP-0419-2271: customer Emeka Obi paid ₦72,500 to a POS agent at Oshodi on 19 April 2027 but the agent says the transfer never landed. Our ops team confirmed the debit was not settled to the agent. Reverse the ₦72,500 to his Access Bank account 0691****84 and send him an SMS.',
    topology: {
      shape: 'supervisor',
      coordinator: 'dispute_supervisor',
      workers: ['reversal_officer', 'sms_notifier'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'dispute_supervisor',
        description: 'Supervises dispute resolution',
        instructions: 'Get the reversal done, then have the customer notified, then close the ticket.',
        replies: [
          {
            handoff: 'reversal_officer',
            message:
              'DSP-0419-2271: reverse ₦72,500 to Emeka Obi, Access Bank (044) account ending 84, original session 100004270419101522093471. Report the reversal reference.',
          },
          {
            handoff: 'sms_notifier',
            message:
              'Tell Emeka Obi (0706 118 2294) that his ₦72,500 has been reversed to his Access Bank account, with the reversal reference.',
          },
          {
            say: 'DSP-0419-2271 closed.\n\n- ₦72,500 reversed to Emeka Obi (Access Bank, ****84), ref RVS-0419-2271-01\n- SMS sent to 0706 118 2294\n\nNo further action needed.',
          },
        ],
      },
      {
        name: 'reversal_officer',
        description: 'Initiates reversals on the NIP switch',
        instructions: 'Initiate the reversal and report the outcome with its reference.',
        replies: [
          {
            call: 'initiate_reversal',
            args: {
              ticket: 'DSP-0419-2271',
              original_session: '100004270419101522093471',
              amount: 72500,
              bank_code: '044',
            },
            result: {
              error:
                'NIP response 91: Beneficiary bank not available (request ref RVS-0419-2271-01, no funds moved, retry after 30 minutes)',
            },
          },
          {
            say: 'Reversal done for DSP-0419-2271: ₦72,500 sent back to Access Bank ****84, reference RVS-0419-2271-01.',
          },
        ],
      },
      {
        name: 'sms_notifier',
        description: 'Sends customer SMS notifications',
        instructions: 'Send the SMS asked for and confirm delivery.',
        replies: [
          {
            call: 'send_sms',
            args: {
              to: '07061182294',
              text: 'Dear Emeka, your N72,500 (DSP-0419-2271) has been reversed to your Access Bank acct ****84. Ref RVS-0419-2271-01.',
            },
            result: '{"status": "DELIVRD", "msg_id": "SMS-88f1c2"}',
          },
          { say: 'SMS delivered to 0706 118 2294 (SMS-88f1c2).' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'reversal_officer', to: 'dispute_supervisor' },
      agent: 'reversal_officer',
    },
  }),
  defineScenario({
    id: 'lmm-settlement-ledger-prose-crash',
    title:
      'Ledger extractor is told to output a JSON array of settlement rows but answers in prose with a bullet list; the program cannot parse it and the statement builder never runs',
    domain: 'Super-agent settlement statements',
    mast: ['FM-3.1'],
    request:
      'Prepare the settlement statement for super-agent SA-LAG-05 (Agege cluster) for 1–7 May 2027: every agent under him with cash-out value, cash-in value and net settlement.',
    topology: {
      shape: 'pipeline',
      order: ['ledger_extractor', 'statement_builder'],
    },
    program: {
      crash: {
        agent: 'ledger_extractor',
        error:
          'SyntaxError: Unexpected token \'H\', "Here are th"... is not valid JSON (parseSettlementRows, settlement-run.ts:88)',
      },
    },
    agents: [
      {
        name: 'ledger_extractor',
        description: 'Extracts settlement rows from the agent ledger',
        instructions:
          'Output only a JSON array of objects {agent_id, cash_out, cash_in, net} in naira, no other text. The program parses your answer.',
        replies: [
          {
            call: 'settlement_rows',
            args: { super_agent: 'SA-LAG-05', from: '2027-05-01', to: '2027-05-07' },
            result:
              '[{"agent_id": "LG-AGG-0211", "cash_out": 3412000, "cash_in": 1876500, "net": 1535500}, {"agent_id": "LG-AGG-0214", "cash_out": 2290500, "cash_in": 2410000, "net": -119500}, {"agent_id": "LG-AGG-0230", "cash_out": 4105000, "cash_in": 1322000, "net": 2783000}]',
          },
          {
            say: 'Here are the settlement rows for SA-LAG-05, 1–7 May 2027:\n\n- LG-AGG-0211: cash-out ₦3,412,000, cash-in ₦1,876,500, net ₦1,535,500\n- LG-AGG-0214: cash-out ₦2,290,500, cash-in ₦2,410,000, net −₦119,500\n- LG-AGG-0230: cash-out ₦4,105,000, cash-in ₦1,322,000, net ₦2,783,000\n\nTotal net settlement: ₦4,199,000.',
          },
        ],
      },
      {
        name: 'statement_builder',
        description: 'Builds the settlement statement PDF',
        instructions: 'Build the statement from the parsed rows.',
        prompt: 'Settlement rows:\n{input}',
        replies: [
          {
            call: 'build_statement',
            args: { super_agent: 'SA-LAG-05', period: '2027-05-01/07' },
            result: '{"file": "STMT_SA-LAG-05_20270507.pdf", "agents": 3, "net_total": 4199000}',
          },
          { say: 'Statement STMT_SA-LAG-05_20270507.pdf built: 3 agents, net settlement ₦4,199,000.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'ledger_extractor', to: 'statement_builder' },
      agent: 'ledger_extractor',
    },
  }),
  defineScenario({
    id: 'lmm-wrong-account-letter-unchanged',
    title:
      'Letter drafter sends the same dispute reply three times although the compliance reviewer asks each round for a different missing item, until the revision limit runs out',
    domain: 'Customer dispute correspondence',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Reply to Mrs Funmilayo Adeyemi about dispute DSP-0502-0384: on 2 May 2027 she sent ₦120,000 through agent LG-OJO-0076 to the wrong Opay account (she typed 8123 instead of 8132). The letter must quote the ticket number, say we sent a recall request to the beneficiary bank on 3 May with a 72-hour response window, and tell her she can escalate to the CBN Consumer Protection Department if not resolved in 14 working days. Email it once compliance approves.',
    topology: {
      shape: 'pipeline',
      order: ['letter_drafter', 'compliance_reviewer', 'letter_sender'],
      loop: { from: 'compliance_reviewer', to: 'letter_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'letter_drafter',
        description: 'Drafts replies to customer disputes',
        instructions: 'Draft the reply; when compliance sends notes, fix every point they raise.',
        prompt: 'Request or compliance notes:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            say: 'Dear Mrs Adeyemi,\n\nThank you for reaching out about the ₦120,000 transfer you made through our agent on 2 May 2027. We are sorry the money went to the wrong account. We have contacted the receiving bank and will update you as soon as we hear back.\n\nYours sincerely,\nCustomer Care, Lagos Agent Network',
          },
          {
            say: 'Dear Mrs Adeyemi,\n\nThank you for reaching out about the ₦120,000 transfer you made through our agent on 2 May 2027. We are sorry the money went to the wrong account. We have contacted the receiving bank and will update you as soon as we hear back.\n\nYours sincerely,\nCustomer Care, Lagos Agent Network',
          },
          {
            say: 'Dear Mrs Adeyemi,\n\nThank you for reaching out about the ₦120,000 transfer you made through our agent on 2 May 2027. We are sorry the money went to the wrong account. We have contacted the receiving bank and will update you as soon as we hear back.\n\nYours sincerely,\nCustomer Care, Lagos Agent Network',
          },
        ],
      },
      {
        name: 'compliance_reviewer',
        description: 'Checks customer letters against dispute-handling rules',
        instructions: 'Answer "APPROVED" or "REVISE: ..." with the exact points to fix.',
        prompt: 'Draft to review:\n{input}',
        replies: [
          { say: 'REVISE: the ticket number DSP-0502-0384 is not quoted anywhere in the letter.' },
          {
            say: 'REVISE: say the recall request went to the beneficiary bank (Opay) on 3 May 2027 and that they have 72 hours to respond.',
          },
          {
            say: 'REVISE: the CBN Consumer Protection Department escalation right after 14 working days is missing.',
          },
        ],
      },
      {
        name: 'letter_sender',
        description: 'Emails approved letters to customers',
        instructions: 'Send only an approved letter; otherwise report why it was not sent.',
        prompt: 'Last review result:\n{input}',
        replies: [
          {
            say: 'Letter for DSP-0502-0384 (Mrs Funmilayo Adeyemi) **not sent**: after 3 review rounds compliance still returns REVISE (CBN Consumer Protection escalation missing). Returning to customer care for a complete draft.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'letter_drafter', to: 'compliance_reviewer' },
      agent: 'letter_drafter',
    },
  }),
  defineScenario({
    id: 'lmm-held-float-screen-cut-short',
    title:
      "Fraud screener's list of 46 flagged transactions stops at item 14 when its output is cut off, so the 3 mule-pattern transactions never reach the router and the full ₦2,300,000 held float is released",
    domain: 'Fraud holds on agent float',
    mast: ['FM-3.1'],
    request:
      'Agent LG-LEK-0551 (Jakande, Lekki) has ₦2,300,000 e-float on fraud hold since 21 May 2027 after 46 transactions were flagged. Screen the 46, keep on hold only what is really suspicious, and release the rest so she can trade.',
    topology: {
      shape: 'network',
      coordinator: 'ops_router',
      workers: ['fraud_screener', 'float_release_officer'],
    },
    agents: [
      {
        name: 'ops_router',
        description: 'Routes agent operations work',
        instructions: 'Get the screening done, then the release, then report.',
        replies: [
          {
            handoff: 'fraud_screener',
            message:
              'Screen the 46 flagged transactions on LG-LEK-0551 (hold HLD-0521-0551, ₦2,300,000). List each with verdict clear / suspicious and the amount to keep on hold.',
          },
          {
            handoff: 'float_release_officer',
            message:
              'Screening of LG-LEK-0551 found every listed transaction clear. Release the full hold HLD-0521-0551, ₦2,300,000.',
          },
          {
            say: 'LG-LEK-0551 hold HLD-0521-0551 released in full: ₦2,300,000 back in her trading float. Screening found no suspicious transactions.',
          },
        ],
      },
      {
        name: 'fraud_screener',
        description: 'Screens flagged transactions for fraud patterns',
        instructions: 'Check every flagged transaction and give a verdict per line.',
        replies: [
          {
            call: 'screen_flagged',
            args: { agent_id: 'LG-LEK-0551', hold: 'HLD-0521-0551' },
            result:
              '{"flagged": 46, "clear": 43, "suspicious": [{"n": 31, "txn": "TX-0520-55131", "amount": 150000, "pattern": "mule_fan_in"}, {"n": 38, "txn": "TX-0520-55188", "amount": 140000, "pattern": "mule_fan_in"}, {"n": 44, "txn": "TX-0521-55203", "amount": 120000, "pattern": "mule_fan_in"}], "keep_on_hold": 410000, "releasable": 1890000}',
          },
          {
            say: 'Screening HLD-0521-0551 (46 flagged):\n\n1. TX-0519-54902 ₦20,000 — clear\n2. TX-0519-54917 ₦45,000 — clear\n3. TX-0519-54930 ₦10,000 — clear\n4. TX-0519-54966 ₦60,000 — clear\n5. TX-0519-54981 ₦35,000 — clear\n6. TX-0519-55004 ₦50,000 — clear\n7. TX-0520-55019 ₦25,000 — clear\n8. TX-0520-55027 ₦80,000 — clear\n9. TX-0520-55040 ₦15,000 — clear\n10. TX-0520-55052 ₦40,000 — clear\n11. TX-0520-55068 ₦30,000 — clear\n12. TX-0520-55071 ₦55,000 — clear\n13. TX-0520-55083 ₦20,000 — clear\n14. TX-0520-55090 ₦65,000 — cl',
            cutOff: true,
          },
        ],
      },
      {
        name: 'float_release_officer',
        description: 'Releases fraud holds on agent float',
        instructions: 'Release the amount you are told and confirm.',
        replies: [
          {
            call: 'release_hold',
            args: { hold: 'HLD-0521-0551', amount: 2300000 },
            result:
              '{"hold": "HLD-0521-0551", "released": 2300000, "remaining_on_hold": 0, "at": "2027-05-22T10:16:44+01:00"}',
          },
          { say: 'HLD-0521-0551: ₦2,300,000 released at 10:16, nothing left on hold.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'fraud_screener', to: 'ops_router' },
      agent: 'fraud_screener',
    },
  }),
  defineScenario({
    id: 'lmm-circular-limits-old-brief-to-ops',
    title:
      'Policy team reports the revised CBN cash-out limits (₦150,000 per customer, ₦1,500,000 per agent a day), but the compliance head briefs the ops team with the old ₦100,000 / ₦1,200,000',
    domain: 'Regulatory limits on agent cash-out',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'CBN has issued a new circular on agent cash-out limits effective 1 June 2027. Our switch is currently set to ₦100,000 per customer per day and ₦1,200,000 per agent per day. Get the policy team to read the circular and the ops team to configure the switch to the new limits, then confirm.',
    topology: {
      shape: 'nested',
      top: 'compliance_head',
      teams: {
        policy_lead: ['circular_reader'],
        ops_lead: ['limit_configurer'],
      },
    },
    agents: [
      {
        name: 'compliance_head',
        description: 'Head of compliance for the agent network',
        instructions: 'Have policy extract the new limits, then have ops apply them, then confirm.',
        replies: [
          {
            handoff: 'policy_lead',
            message:
              'Read the new CBN circular on agent cash-out limits (effective 1 June 2027) and give me the per-customer and per-agent daily limits it sets.',
          },
          {
            handoff: 'ops_lead',
            message:
              'Configure the switch for the CBN cash-out limits effective 1 June 2027: ₦100,000 per customer per day and ₦1,200,000 per agent per day, all 3,412 agents. Confirm the change ticket.',
          },
          {
            say: 'CBN agent cash-out circular implemented for 1 June 2027: switch limits set to ₦100,000 per customer per day and ₦1,200,000 per agent per day across 3,412 agents (change CHG-2027-0601-07).',
          },
        ],
      },
      {
        name: 'policy_lead',
        description: 'Leads the regulatory policy team',
        instructions: 'Have the circular read and report the limits.',
        replies: [
          {
            handoff: 'circular_reader',
            message:
              'Extract the daily cash-out limits (per customer, per agent) and effective date from the new CBN agent circular.',
          },
          {
            say: 'New CBN limits from 1 June 2027 (PSM/DIR/PUB/CIR/01/019): **₦150,000 per customer per day** (was ₦100,000) and **₦1,500,000 per agent per day** (was ₦1,200,000). The ₦500,000 weekly per-customer cap is unchanged.',
          },
        ],
      },
      {
        name: 'circular_reader',
        description: 'Reads regulatory circulars',
        instructions: 'Extract the figures asked for, with the circular reference.',
        replies: [
          {
            call: 'read_circular',
            args: { issuer: 'CBN', topic: 'agent cash-out limits', effective: '2027-06-01' },
            result:
              '{"ref": "PSM/DIR/PUB/CIR/01/019", "dated": "2027-05-14", "effective": "2027-06-01", "per_customer_daily": 150000, "per_agent_daily": 1500000, "per_customer_weekly": 500000, "supersedes": {"per_customer_daily": 100000, "per_agent_daily": 1200000}}',
          },
          {
            say: 'PSM/DIR/PUB/CIR/01/019 dated 14 May 2027, effective 1 June 2027: per customer ₦150,000 daily (from ₦100,000), per agent ₦1,500,000 daily (from ₦1,200,000), per customer weekly ₦500,000 unchanged.',
          },
        ],
      },
      {
        name: 'ops_lead',
        description: 'Leads switch operations',
        instructions: 'Have the configurer apply the limits and report the change ticket.',
        replies: [
          {
            handoff: 'limit_configurer',
            message:
              'Set per-customer daily cash-out to ₦100,000 and per-agent daily cash-out to ₦1,200,000 on all 3,412 agents, effective 1 June 2027 00:00.',
          },
          {
            say: 'Done under CHG-2027-0601-07: ₦100,000 per customer and ₦1,200,000 per agent per day, 3,412 agents, effective 1 June 2027 00:00.',
          },
        ],
      },
      {
        name: 'limit_configurer',
        description: 'Applies limit configuration on the switch',
        instructions: 'Apply the configuration and report the change ticket.',
        replies: [
          {
            call: 'set_cashout_limits',
            args: {
              per_customer_daily: 100000,
              per_agent_daily: 1200000,
              scope: 'all_agents',
              effective: '2027-06-01T00:00:00+01:00',
            },
            result: '{"change": "CHG-2027-0601-07", "agents_updated": 3412, "status": "SCHEDULED"}',
          },
          { say: 'CHG-2027-0601-07 scheduled: 3,412 agents, ₦100,000 / ₦1,200,000, from 1 June 2027 00:00.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'compliance_head', to: 'ops_lead' },
      agent: 'compliance_head',
    },
  }),
  defineScenario({
    id: 'lmm-reversal-sms-full-account-number',
    title:
      'The ticket says customer SMS must mask account numbers to the last 4 digits, but the notifier puts the full 10-digit NUBAN in the SMS',
    domain: 'Reversal disputes and customer notification',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Ticket TCK-0611-0932: Mr Sunday Okon was debited twice for one ₦18,000 transfer at agent LG-IKD-0340 (Ikorodu Garage) on 11 June 2027. Reverse the duplicate and SMS him. SMS rule from Compliance: never put a full account number or BVN in an SMS — mask to the last 4 digits only.',
    topology: {
      shape: 'branch',
      classifier: 'ticket_classifier',
      routes: { reversal: 'reversal_handler', kyc: 'kyc_desk' },
      after: 'customer_notifier',
    },
    agents: [
      {
        name: 'ticket_classifier',
        description: 'Classifies incoming tickets',
        instructions: 'Answer one word: reversal or kyc.',
        replies: [{ say: 'reversal' }],
      },
      {
        name: 'reversal_handler',
        description: 'Handles duplicate-debit reversals',
        instructions: 'Find the duplicate, reverse it, and report the result for the notifier.',
        prompt: 'Category: {input}\n\nTicket: {request}',
        replies: [
          {
            call: 'find_duplicates',
            args: { agent_id: 'LG-IKD-0340', date: '2027-06-11', amount: 18000 },
            result:
              '{"customer": "Sunday Okon", "account": "0153882746", "bank": "Union Bank", "debits": [{"session": "000018270611120455", "at": "12:04:55"}, {"session": "000018270611120502", "at": "12:05:02", "duplicate": true}]}',
          },
          {
            call: 'reverse_debit',
            args: { session: '000018270611120502', amount: 18000 },
            result: '{"reference": "RVS-0611-0932", "status": "SUCCESS", "credited_account": "0153882746"}',
          },
          {
            say: 'Duplicate debit found: session 000018270611120502 (12:05:02), ₦18,000, Union Bank account 0153882746 (Sunday Okon). Reversed successfully, ref RVS-0611-0932. The first debit at 12:04:55 is the genuine transfer and stands.',
          },
        ],
      },
      {
        name: 'kyc_desk',
        description: 'Handles KYC and tier queries',
        instructions: 'Handle KYC tickets.',
        replies: [{ say: 'KYC ticket logged.' }],
      },
      {
        name: 'customer_notifier',
        description: 'Writes and sends customer SMS',
        instructions: "Write and send the SMS for the resolved ticket, following the ticket's rules.",
        prompt: 'Resolution:\n{input}\n\nOriginal ticket: {request}',
        replies: [
          {
            call: 'send_sms',
            args: {
              to: 'Sunday Okon',
              text: 'Dear Sunday, the duplicate N18,000 debit of 11/06/2027 has been reversed to your Union Bank acct 0153882746. Ref RVS-0611-0932. Thank you.',
            },
            result: '{"status": "DELIVRD", "msg_id": "SMS-91ad07"}',
          },
          {
            say: 'SMS sent to Mr Sunday Okon (SMS-91ad07): "Dear Sunday, the duplicate N18,000 debit of 11/06/2027 has been reversed to your Union Bank acct 0153882746. Ref RVS-0611-0932. Thank you." Ticket TCK-0611-0932 can be closed.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'reversal_handler', to: 'customer_notifier' },
      agent: 'customer_notifier',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'lmm-ok-naira-sent-as-kobo',
    title:
      'Dispute clerk approves a ₦48,750.50 refund; the payload builder writes it as 4875050 kobo for the NIP API, which is the same amount',
    domain: 'Reversal disputes',
    mast: ['FM-2.4'],
    nearMissOf:
      'low_quality_output: an amount changes form between agents (naira with kobo → integer kobo) but keeps its value',
    request:
      'Dispute DSP-0617-1150 is approved: refund ₦48,750.50 to Mrs Halima Bello, Zenith Bank (057) account ending 3391, for the failed bill payment at agent LG-AJH-0028 (Ajah) on 17 June 2027. Build the NIP credit request and submit it.',
    topology: {
      shape: 'pipeline',
      order: ['dispute_clerk', 'payload_builder', 'nip_submitter'],
    },
    agents: [
      {
        name: 'dispute_clerk',
        description: 'Confirms approved refunds',
        instructions: 'Confirm the refund details from the dispute record.',
        replies: [
          {
            call: 'get_dispute',
            args: { ticket: 'DSP-0617-1150' },
            result:
              '{"ticket": "DSP-0617-1150", "status": "APPROVED", "customer": "Halima Bello", "bank_code": "057", "account": "2084113391", "refund_naira": "48750.50", "reason": "failed bill payment, biller timeout", "agent_id": "LG-AJH-0028"}',
          },
          {
            say: 'DSP-0617-1150 approved: refund **₦48,750.50** to Halima Bello, Zenith Bank (057) account 2084113391. Reason: failed bill payment (biller timeout) at LG-AJH-0028 on 17 June 2027.',
          },
        ],
      },
      {
        name: 'payload_builder',
        description: 'Builds NIP credit request payloads',
        instructions: 'Build the NIP payload. The API takes amounts as integer kobo.',
        prompt: 'Approved refund:\n{input}',
        replies: [
          {
            say: '{"nameEnquiryRef": "NE-0617-1150", "destinationInstitutionCode": "057", "beneficiaryAccountNumber": "2084113391", "beneficiaryAccountName": "HALIMA BELLO", "amount": 4875050, "currency": "kobo", "narration": "DSP-0617-1150 refund failed bill pmt", "paymentReference": "RF-DSP-0617-1150"}',
          },
        ],
      },
      {
        name: 'nip_submitter',
        description: 'Submits credit requests to NIP',
        instructions: 'Submit the payload and report the result in naira.',
        prompt: 'Payload:\n{input}',
        replies: [
          {
            call: 'nip_credit',
            args: {
              destinationInstitutionCode: '057',
              beneficiaryAccountNumber: '2084113391',
              amount: 4875050,
              paymentReference: 'RF-DSP-0617-1150',
            },
            result: '{"responseCode": "00", "sessionId": "100004270617154012448120", "amount": 4875050}',
          },
          {
            say: 'Refund for DSP-0617-1150 sent: ₦48,750.50 to Zenith ****3391 (Halima Bello), NIP response 00, session 100004270617154012448120.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'lmm-ok-name-enquiry-timeout-retried',
    title:
      "Bank transfer agent's first name enquiry times out, it retries, gets the account name, makes the float withdrawal, and reports the retry",
    domain: 'Agent float rebalancing (cash to bank)',
    mast: ['FM-2.6'],
    nearMissOf: 'agent_error: a tool error that the agent handled by a retry before reporting success',
    request:
      'Agent LG-MUS-0712 (Mushin) has ₦1,450,000 e-float and too little cash. Move ₦600,000 of her e-float to her settlement account at First Bank (011) ending 5520 so she can withdraw cash at the branch, and post it on her ledger.',
    topology: {
      shape: 'supervisor',
      coordinator: 'float_desk_lead',
      workers: ['bank_transfer_agent', 'ledger_poster'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'float_desk_lead',
        description: 'Leads the float desk',
        instructions: 'Get the transfer done, then the ledger posting, then confirm to the agent.',
        replies: [
          {
            handoff: 'bank_transfer_agent',
            message:
              'Transfer ₦600,000 from LG-MUS-0712 e-float wallet to her First Bank (011) settlement account ending 5520. Do name enquiry first and report the session ID.',
          },
          {
            handoff: 'ledger_poster',
            message:
              'Post the ₦600,000 e-float-to-bank transfer for LG-MUS-0712 with session 000011270701093355, new e-float balance ₦850,000.',
          },
          {
            say: 'LG-MUS-0712: ₦600,000 moved to First Bank ****5520 (session 000011270701093355), ledger entry LED-0701-7712 posted. Her e-float is now ₦850,000 and she can withdraw the cash at the branch.',
          },
        ],
      },
      {
        name: 'bank_transfer_agent',
        description: 'Moves agent e-float to bank accounts',
        instructions: 'Do name enquiry, then transfer. If a call fails, retry once before giving up.',
        replies: [
          {
            call: 'name_enquiry',
            args: { bank_code: '011', account: '3064815520' },
            result: { error: 'NIP name enquiry timeout after 30s (response 91)' },
          },
          {
            call: 'name_enquiry',
            args: { bank_code: '011', account: '3064815520' },
            result:
              '{"responseCode": "00", "accountName": "ADEOLA RASHIDAT BAKARE", "nameEnquiryRef": "NE-0701-0712"}',
          },
          {
            call: 'transfer_to_bank',
            args: {
              from_wallet: 'LG-MUS-0712',
              bank_code: '011',
              account: '3064815520',
              amount: 600000,
              name_enquiry_ref: 'NE-0701-0712',
            },
            result:
              '{"responseCode": "00", "sessionId": "000011270701093355", "wallet_balance_after": 850000}',
          },
          {
            say: 'Name enquiry timed out on the first try (code 91); retried and got ADEOLA RASHIDAT BAKARE. Transfer of ₦600,000 to First Bank ****5520 successful: response 00, session 000011270701093355. Wallet balance after: ₦850,000.',
          },
        ],
      },
      {
        name: 'ledger_poster',
        description: 'Posts entries on agent ledgers',
        instructions: 'Post the entry and report the ledger reference.',
        replies: [
          {
            call: 'post_ledger',
            args: {
              agent_id: 'LG-MUS-0712',
              type: 'efloat_to_bank',
              amount: 600000,
              session: '000011270701093355',
            },
            result: '{"entry": "LED-0701-7712", "balance_after": 850000}',
          },
          { say: 'Posted LED-0701-7712: e-float to bank ₦600,000, balance after ₦850,000.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'lmm-ok-router-uses-revised-rebalance-cap',
    title:
      "Limit checker reports super-agent SA-LAG-07's daily rebalance cap cut from ₦5,000,000 to ₦3,500,000; the router plans the transfers within the new cap",
    domain: 'Agent float rebalancing',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a superseded cap (₦5,000,000) appears in the messages but the router correctly plans with the revised ₦3,500,000',
    request:
      "Five agents under super-agent SA-LAG-07 (Festac) need e-float top-ups today, 9 July 2027: LG-FES-0101 ₦1,300,000, LG-FES-0117 ₦1,000,000, LG-FES-0122 ₦700,000, LG-FES-0144 ₦700,000, LG-FES-0130 ₦500,000 (₦4,200,000 in all). Check SA-LAG-07's rebalance cap and top up as much as the cap allows, whole top-ups only, biggest shortfalls first; anything left waits for tomorrow.",
    topology: {
      shape: 'network',
      coordinator: 'rebalance_router',
      workers: ['limit_checker', 'float_transfer_officer'],
    },
    agents: [
      {
        name: 'rebalance_router',
        description: 'Routes rebalance work between limit checks and transfers',
        instructions: 'Check the cap first, then send the transfer plan, then report.',
        replies: [
          {
            handoff: 'limit_checker',
            message:
              "What is SA-LAG-07's daily rebalance cap for 9 July 2027, and how much of it is used already?",
          },
          {
            handoff: 'float_transfer_officer',
            message:
              'SA-LAG-07 cap today is ₦3,500,000 (revised 1 July; ₦0 used). Top up, biggest shortfall first: LG-FES-0101 ₦1,300,000; LG-FES-0117 ₦1,000,000; LG-FES-0122 ₦700,000; LG-FES-0130 ₦500,000. Total ₦3,500,000. LG-FES-0144 (₦700,000 shortfall) waits for tomorrow.',
          },
          {
            say: 'SA-LAG-07 rebalance, 9 July 2027 (cap ₦3,500,000 since 1 July):\n\n| Agent | Top-up | Ref |\n|---|---|---|\n| LG-FES-0101 | ₦1,300,000 | RB-0709-01 |\n| LG-FES-0117 | ₦1,000,000 | RB-0709-02 |\n| LG-FES-0122 | ₦700,000 | RB-0709-03 |\n| LG-FES-0130 | ₦500,000 | RB-0709-04 |\n\nTotal ₦3,500,000. LG-FES-0144 (₦700,000) is scheduled first thing tomorrow when the cap resets.',
          },
        ],
      },
      {
        name: 'limit_checker',
        description: 'Checks super-agent caps',
        instructions: 'Report the cap in force and usage so far.',
        replies: [
          {
            call: 'get_rebalance_cap',
            args: { super_agent: 'SA-LAG-07', date: '2027-07-09' },
            result:
              '{"super_agent": "SA-LAG-07", "cap": 3500000, "effective": "2027-07-01", "previous_cap": 5000000, "reason": "risk review RR-0627", "used_today": 0}',
          },
          {
            say: 'SA-LAG-07 daily rebalance cap is **₦3,500,000** since 1 July 2027 (cut from ₦5,000,000 after risk review RR-0627). Used today: ₦0.',
          },
        ],
      },
      {
        name: 'float_transfer_officer',
        description: 'Executes float transfers',
        instructions: 'Execute the transfers in the order given.',
        replies: [
          {
            call: 'batch_float_transfer',
            args: {
              source: 'SA-LAG-07',
              transfers: [
                { agent: 'LG-FES-0101', amount: 1300000 },
                { agent: 'LG-FES-0117', amount: 1000000 },
                { agent: 'LG-FES-0122', amount: 700000 },
                { agent: 'LG-FES-0130', amount: 500000 },
              ],
            },
            result:
              '{"refs": ["RB-0709-01", "RB-0709-02", "RB-0709-03", "RB-0709-04"], "total": 3500000, "cap_remaining": 0}',
          },
          { say: 'Done: RB-0709-01 to RB-0709-04, total ₦3,500,000; cap remaining ₦0.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'lmm-ok-volume-bonus-declined-unused',
    title:
      'Volume-bonus checker declines because agent LG-APP-0265 did 842 transactions, under the 1,000 threshold; the summary pays base commission only and quotes no bonus figure',
    domain: 'Agent commission payouts',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: an optional worker refuses its part, and the final answer correctly leaves that part out',
    request:
      'Work out June 2027 payout for agent LG-APP-0265 (Apapa Road): base commission from her transaction counts, plus the ₦15,000 volume bonus if she qualifies under the Q2 bonus scheme.',
    topology: {
      shape: 'fanout',
      planner: 'payout_planner',
      workers: ['base_commission_calc', 'volume_bonus_checker'],
      aggregator: 'payout_summariser',
    },
    agents: [
      {
        name: 'payout_planner',
        description: 'Splits payout work',
        instructions: 'Write one brief per worker.',
        replies: [
          {
            plan: {
              base_commission_calc:
                'LG-APP-0265, June 2027: compute base commission at ₦45 per cash-out and ₦30 per bill payment, agent share 70%.',
              volume_bonus_checker:
                'Check whether LG-APP-0265 qualifies for the Q2 2027 volume bonus (₦15,000) for June; if not, say why.',
            },
          },
        ],
      },
      {
        name: 'base_commission_calc',
        description: 'Computes base commission',
        instructions: 'Compute base commission and agent share.',
        replies: [
          {
            call: 'count_billable',
            args: { agent_id: 'LG-APP-0265', month: '2027-06' },
            result: '{"cash_out": 598, "bill_payment": 244, "total": 842}',
          },
          {
            say: 'LG-APP-0265 June 2027: 598 cash-outs × ₦45 = ₦26,910; 244 bill payments × ₦30 = ₦7,320. Gross ₦34,230; agent share 70% = **₦23,961**.',
          },
        ],
      },
      {
        name: 'volume_bonus_checker',
        description: 'Checks bonus scheme eligibility',
        instructions: 'Only approve a bonus when the scheme conditions are met.',
        replies: [
          {
            call: 'bonus_rules',
            args: { scheme: 'Q2-2027-VOLUME', agent_id: 'LG-APP-0265', month: '2027-06' },
            result: '{"threshold_txns": 1000, "agent_txns": 842, "eligible": false, "bonus": 15000}',
          },
          {
            say: 'Cannot approve the volume bonus: LG-APP-0265 did 842 billable transactions in June 2027, below the 1,000 threshold of scheme Q2-2027-VOLUME. No bonus for June.',
          },
        ],
      },
      {
        name: 'payout_summariser',
        description: 'Summarises the agent payout',
        instructions: 'Combine the results into the payout summary.',
        replies: [
          {
            say: '## June 2027 payout — LG-APP-0265 (Apapa Road)\n\n| Item | Amount |\n|---|---|\n| Cash-outs 598 × ₦45 | ₦26,910 |\n| Bill payments 244 × ₦30 | ₦7,320 |\n| Gross commission | ₦34,230 |\n| **Agent share (70%)** | **₦23,961** |\n\nVolume bonus: not payable — 842 transactions, below the 1,000 threshold of Q2-2027-VOLUME.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'lmm-ok-aml-check-handed-back',
    title:
      'Dispute agent hands a large reversal to the AML analyst, who hands back the screening result, and the dispute agent closes the case with it',
    domain: 'Reversal disputes with AML screening',
    mast: ['FM-1.3', 'FM-3.1'],
    nearMissOf:
      'handoff_loop: control goes back to the agent that asked, carrying the screening result it needed',
    request:
      "Dispute DSP-0722-0415: ₦950,000 cash-in at agent LG-OBA-0058 (Obalende) on 22 July 2027 never reached the customer's wallet W-3310458. Reversals above ₦500,000 need AML screening before we credit. Resolve it.",
    topology: {
      shape: 'swarm',
      entry: 'dispute_agent',
      agents: ['dispute_agent', 'aml_analyst'],
    },
    agents: [
      {
        name: 'dispute_agent',
        description: 'Resolves cash-in disputes',
        instructions: 'Get AML screening for amounts above ₦500,000, then resolve.',
        replies: [
          {
            handoff: 'aml_analyst',
            message:
              'Please screen DSP-0722-0415 before I credit: ₦950,000 cash-in at LG-OBA-0058, 22 July 2027 11:48, beneficiary wallet W-3310458 (Tier 3, Yusuf Danjuma). Clear or hold?',
          },
          {
            call: 'credit_wallet',
            args: { wallet: 'W-3310458', amount: 950000, ticket: 'DSP-0722-0415', aml_ref: 'AML-0722-0415' },
            result: '{"reference": "CR-0722-0415", "status": "SUCCESS", "balance_after": 1184300}',
          },
          {
            say: 'DSP-0722-0415 resolved: AML screening AML-0722-0415 cleared; ₦950,000 credited to W-3310458 (Yusuf Danjuma), reference CR-0722-0415. Agent LG-OBA-0058 has been told the cash-in is complete.',
          },
        ],
      },
      {
        name: 'aml_analyst',
        description: 'Screens transactions for AML risk',
        instructions: 'Screen the transaction and hand the result back to the requester.',
        replies: [
          {
            call: 'aml_screen',
            args: { wallet: 'W-3310458', amount: 950000, agent_id: 'LG-OBA-0058' },
            result:
              '{"ref": "AML-0722-0415", "sanctions_hit": false, "pep": false, "velocity_30d": 2, "risk_score": 18, "decision": "CLEAR"}',
          },
          {
            handoff: 'dispute_agent',
            message:
              'AML-0722-0415: CLEAR. No sanctions or PEP hit, 2 cash-ins above ₦500,000 in 30 days, risk score 18/100. You can credit the ₦950,000.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'lmm-ok-quarter-end-float-recon-dense',
    title:
      'Quarter-end float reconciliation for the Lagos Island cluster passes through two teams with many wallet ids, settlement batches and counts that all agree',
    domain: 'Float reconciliation',
    mast: ['FM-2.4', 'FM-1.1'],
    nearMissOf:
      'low_quality_output / misunderstood_task: a long run dense with wallet ids, batch numbers and counters, with briefs reworded at each level but every figure and constraint kept',
    request:
      'Do the Q3 2027 float reconciliation for the Lagos Island cluster (super-agents SA-LAG-11 and SA-LAG-12): agent e-float balances against the pool account at Wema Bank, and settlement batches against bank credits. Report every difference with its ids; anything above ₦10,000 needs an explanation.',
    topology: {
      shape: 'nested',
      top: 'finance_controller',
      teams: {
        wallet_lead: ['balance_matcher', 'pool_reader'],
        settlement_lead: ['batch_matcher'],
      },
    },
    agents: [
      {
        name: 'finance_controller',
        description: 'Finance controller of the agent network',
        instructions: 'Split the reconciliation between the wallet and settlement teams, then report.',
        replies: [
          {
            handoff: 'wallet_lead',
            message:
              'Q3 2027, SA-LAG-11 and SA-LAG-12: reconcile the sum of agent e-float balances at 30 Sep 23:59 with the Wema Bank pool account. List every difference by wallet id; explain anything above ₦10,000.',
          },
          {
            handoff: 'settlement_lead',
            message:
              'Q3 2027, SA-LAG-11 and SA-LAG-12: match every settlement batch with its Wema Bank credit. Give differences with batch ids; explain anything above ₦10,000.',
          },
          {
            say: '## Q3 2027 float reconciliation — Lagos Island (SA-LAG-11, SA-LAG-12)\n\n**E-float vs pool:** 418 wallets, ₦612,487,350.00 vs Wema pool 0123558810 ₦612,493,850.00. Difference ₦6,500.00 = 2 items under ₦10,000: LG-LIS-0207 ₦4,000 (cash-in posted 1 Oct 00:02), LG-LIS-0391 ₦2,500 (reversal RVS-0930-0391 value-dated 1 Oct).\n\n**Settlement batches:** 92 batches (STL-0701-11 … STL-0930-12), ₦3,884,120,400.00 settled = ₦3,884,120,400.00 credited. 1 batch split by the bank: STL-0815-12 credited in two legs (₦28,400,000 + ₦13,155,600). Difference ₦0.\n\nNo item above ₦10,000.',
          },
        ],
      },
      {
        name: 'wallet_lead',
        description: 'Leads the wallet team',
        instructions: 'Have balances matched and the pool read, then summarise.',
        replies: [
          {
            handoff: 'pool_reader',
            message: 'Closing balance of the Wema Bank pool account 0123558810 at 30 Sep 2027 23:59.',
          },
          {
            handoff: 'balance_matcher',
            message:
              'Sum all agent e-float balances under SA-LAG-11 and SA-LAG-12 at 30 Sep 2027 23:59, compare with pool ₦612,493,850.00, and list differences per wallet; explain any over ₦10,000.',
          },
          {
            say: '418 wallets total ₦612,487,350.00; pool 0123558810 ₦612,493,850.00. Difference ₦6,500.00: LG-LIS-0207 ₦4,000 (cash-in posted 1 Oct 00:02), LG-LIS-0391 ₦2,500 (reversal RVS-0930-0391 value-dated 1 Oct). Nothing above ₦10,000.',
          },
        ],
      },
      {
        name: 'pool_reader',
        description: 'Reads bank pool account balances',
        instructions: 'Report the balance asked for.',
        replies: [
          {
            call: 'bank_balance',
            args: { bank: 'Wema', account: '0123558810', at: '2027-09-30T23:59:59+01:00' },
            result: '{"account": "0123558810", "balance": "612493850.00", "currency": "NGN"}',
          },
          { say: 'Wema pool 0123558810 at 30 Sep 2027 23:59: ₦612,493,850.00.' },
        ],
      },
      {
        name: 'balance_matcher',
        description: 'Matches wallet balances with the pool',
        instructions: 'Match balances and list differences per wallet.',
        replies: [
          {
            call: 'sum_wallets',
            args: { super_agents: ['SA-LAG-11', 'SA-LAG-12'], at: '2027-09-30T23:59:59+01:00' },
            result:
              '{"wallets": 418, "sum": "612487350.00", "pool": "612493850.00", "diff": "6500.00", "items": [{"wallet": "LG-LIS-0207", "amount": 4000, "cause": "cash-in posted 2027-10-01T00:02"}, {"wallet": "LG-LIS-0391", "amount": 2500, "cause": "reversal RVS-0930-0391 value-dated 2027-10-01"}]}',
          },
          {
            say: '418 wallets, sum ₦612,487,350.00 vs pool ₦612,493,850.00 → ₦6,500.00. Items: LG-LIS-0207 ₦4,000 (cash-in posted 1 Oct 00:02); LG-LIS-0391 ₦2,500 (RVS-0930-0391 value-dated 1 Oct). None above ₦10,000.',
          },
        ],
      },
      {
        name: 'settlement_lead',
        description: 'Leads the settlement team',
        instructions: 'Have batches matched, then summarise.',
        replies: [
          {
            handoff: 'batch_matcher',
            message:
              'Match all Q3 2027 settlement batches for SA-LAG-11 and SA-LAG-12 to Wema credits; list differences by batch id and explain any over ₦10,000.',
          },
          {
            say: '92 batches STL-0701-11 … STL-0930-12: ₦3,884,120,400.00 settled = ₦3,884,120,400.00 credited. STL-0815-12 credited in two legs (₦28,400,000 + ₦13,155,600 = ₦41,555,600). Difference ₦0.',
          },
        ],
      },
      {
        name: 'batch_matcher',
        description: 'Matches settlement batches with bank credits',
        instructions: 'Match batches to credits and report differences.',
        replies: [
          {
            call: 'match_batches',
            args: { super_agents: ['SA-LAG-11', 'SA-LAG-12'], quarter: '2027-Q3', bank: 'Wema' },
            result:
              '{"batches": 92, "first": "STL-0701-11", "last": "STL-0930-12", "settled": "3884120400.00", "credited": "3884120400.00", "split_credits": [{"batch": "STL-0815-12", "legs": [28400000, 13155600]}], "diff": "0.00"}',
          },
          {
            say: '92 batches (STL-0701-11 to STL-0930-12), settled ₦3,884,120,400.00, credited ₦3,884,120,400.00. STL-0815-12 came in two legs: ₦28,400,000 and ₦13,155,600. Difference ₦0.00.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch188Scenarios = [...faults, ...healthy];
