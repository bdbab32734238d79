import { defineScenario } from '../scenario.ts';

// Blind batch 194: a Kenyan smallholder tea cooperative (factory company under a management agency)
// and its green leaf collection, grading and farmer payouts, in Kenyan English with Swahili terms.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'chaikoop-bei-mpya-ya-majani-haikutumika',
    title:
      'Rate desk reported the board-approved green leaf rate of KES 24/kg from 1 Nov 2026, but the payout calculator computed the November monthly payments at the old KES 22/kg',
    domain: 'tea cooperative: monthly green leaf payment',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Compute the November 2026 monthly green leaf payment for Gitugi buying centre (centre code GTG-04). Last season we paid KES 22 per kg; the board was to review the rate at its 28 Oct meeting, so check the current rate first. Deduct the 2% cess and any fertiliser loan instalment.',
    topology: { shape: 'pipeline', order: ['rate_desk', 'payout_calculator'] },
    agents: [
      {
        name: 'rate_desk',
        description: 'Keeps the factory green leaf rates and board circulars',
        instructions:
          'Report the green leaf rate in force for the period asked, with the circular reference.',
        replies: [
          {
            call: 'rate_register',
            args: { factory: 'Gitugi Tea Factory', period: '2026-11' },
            result:
              '{"circular": "BRD/CIRC/2026/17", "approved": "2026-10-28", "effective": "2026-11-01", "green_leaf_rate_kes_per_kg": 24.0, "previous_rate": 22.0, "cess_pct": 2.0}',
          },
          {
            say: 'Rate in force for November 2026: **KES 24.00 per kg** green leaf (board circular BRD/CIRC/2026/17, approved 28 Oct, effective 1 Nov 2026). The old rate of KES 22.00 applies to deliveries up to 31 Oct only. Cess remains 2%.',
          },
        ],
      },
      {
        name: 'payout_calculator',
        description: 'Computes farmer payments from weighbridge kilos',
        instructions: 'Compute gross, cess, loan deductions and net per grower at the rate in force.',
        prompt: 'Rate check:\n{input}\n\nRequest: {request}',
        replies: [
          {
            call: 'kilos_by_grower',
            args: { centre: 'GTG-04', from: '2026-11-01', to: '2026-11-30' },
            result:
              '{"growers": [{"no": "GTG-04-0117", "name": "Wanjiru Kamau", "kg": 412.5, "fert_loan_kes": 1200}, {"no": "GTG-04-0231", "name": "Peter Mwangi Njoroge", "kg": 288.0, "fert_loan_kes": 0}, {"no": "GTG-04-0342", "name": "Grace Wambui", "kg": 530.0, "fert_loan_kes": 1500}], "total_kg": 1230.5}',
          },
          {
            say: 'Malipo ya Novemba 2026 – Gitugi buying centre (GTG-04), rate KES 22.00/kg:\n\n| Grower | Kg | Gross KES | Cess 2% | Fert. loan | Net KES |\n|---|---|---|---|---|---|\n| GTG-04-0117 Wanjiru Kamau | 412.5 | 9,075.00 | 181.50 | 1,200 | 7,693.50 |\n| GTG-04-0231 Peter Mwangi Njoroge | 288.0 | 6,336.00 | 126.72 | 0 | 6,209.28 |\n| GTG-04-0342 Grace Wambui | 530.0 | 11,660.00 | 233.20 | 1,500 | 9,926.80 |\n| **Total** | 1,230.5 | 27,071.00 | 541.42 | 2,700 | 23,829.58 |\n\nReady for M-Pesa upload.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'rate_desk', to: 'payout_calculator' },
      agent: 'payout_calculator',
    },
  }),
  defineScenario({
    id: 'chaikoop-lori-kwa-kituo-kilichofungwa',
    title:
      'The factory manager told the transport desk that Kiamutugu buying centre is closed this week for the bridge repair and its leaf goes to Kianjege, but the transport desk still routed a lorry to Kiamutugu',
    domain: 'tea cooperative: leaf collection lorry routing',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Plan leaf collection lorries for Tuesday 10 Nov 2026 for Zone B. Kiamutugu buying centre is closed from 9 to 13 Nov because the county is repairing the Rutui bridge; its wakulima will deliver to Kianjege centre instead. Also tell me the grading clerk roster.',
    topology: {
      shape: 'supervisor',
      coordinator: 'factory_manager',
      workers: ['transport_desk', 'grading_roster'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'factory_manager',
        description: 'Factory unit manager for Zone B collection',
        instructions: 'Give the desks their tasks and summarise the day plan.',
        replies: [
          {
            handoff: 'transport_desk',
            message:
              'Lorry plan for Tue 10 Nov, Zone B. Do NOT send any lorry to Kiamutugu (KMT-07): it is closed 9–13 Nov for the Rutui bridge works. Kiamutugu growers deliver to Kianjege (KJG-05), so Kianjege needs extra capacity, expect about 6,800 kg there instead of the usual 3,900.',
          },
          {
            handoff: 'grading_roster',
            message: 'Grading clerk roster for Zone B centres on Tue 10 Nov.',
          },
          {
            say: 'Zone B plan, Tue 10 Nov 2026:\n- Lorry KCF 412M (7 t): Kiamutugu KMT-07 07:00, then Rukuriri RKR-02 09:30\n- Lorry KBZ 908P (7 t): Kianjege KJG-05 07:30, then Kathangariri KTH-03 10:00\n- Graders: Kianjege – Mary Wanjiku + Josphat Muriuki; Rukuriri – Ann Karimi; Kathangariri – Dennis Mugo.',
          },
        ],
      },
      {
        name: 'transport_desk',
        description: 'Schedules the factory lorries to buying centres',
        instructions: 'Schedule lorries for the centres that are operating, within lorry capacity.',
        replies: [
          {
            call: 'fleet_schedule',
            args: {
              date: '2026-11-10',
              zone: 'B',
              stops: [
                { centre: 'KMT-07', lorry: 'KCF 412M', time: '07:00', expected_kg: 3100 },
                { centre: 'RKR-02', lorry: 'KCF 412M', time: '09:30', expected_kg: 2600 },
                { centre: 'KJG-05', lorry: 'KBZ 908P', time: '07:30', expected_kg: 3900 },
                { centre: 'KTH-03', lorry: 'KBZ 908P', time: '10:00', expected_kg: 2800 },
              ],
            },
            result: '{"schedule_id": "TR-B-20261110", "status": "published", "drivers_notified": 2}',
          },
          {
            say: 'Schedule TR-B-20261110 published: KCF 412M – Kiamutugu 07:00, Rukuriri 09:30; KBZ 908P – Kianjege 07:30 (3,900 kg), Kathangariri 10:00. Drivers notified.',
          },
        ],
      },
      {
        name: 'grading_roster',
        description: 'Keeps the leaf grading clerks roster',
        instructions: 'Return the clerks assigned per centre.',
        replies: [
          {
            call: 'roster_lookup',
            args: { zone: 'B', date: '2026-11-10' },
            result:
              '{"KJG-05": ["Mary Wanjiku", "Josphat Muriuki"], "RKR-02": ["Ann Karimi"], "KTH-03": ["Dennis Mugo"], "KMT-07": []}',
          },
          {
            say: 'Tue 10 Nov: Kianjege – Mary Wanjiku, Josphat Muriuki (second clerk added for Kiamutugu growers); Rukuriri – Ann Karimi; Kathangariri – Dennis Mugo; Kiamutugu – none (closed).',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'factory_manager', to: 'transport_desk' },
      agent: 'transport_desk',
    },
  }),
  defineScenario({
    id: 'chaikoop-mbolea-brief-ya-jumla',
    title:
      'The payout planner told the fertiliser credit clerk to deduct only the second of three NPK instalments for the 14 listed growers, but the program gave the clerk a generic "apply all outstanding deductions" brief and it deducted full balances',
    domain: 'tea cooperative: payout deductions',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Prepare the October 2026 payout run for Kianjege centre (KJG-05): M-Pesa batch, SACCO loan check-off, and fertiliser credit. For fertiliser, the AGM resolution says the NPK 26:5:5 credit is recovered in three equal instalments (Oct, Dec, Feb); October is instalment 2 of 3, so deduct one instalment only.',
    topology: {
      shape: 'fanout',
      planner: 'payout_planner',
      workers: ['mpesa_batcher', 'sacco_checkoff', 'fertiliser_credit_clerk'],
      aggregator: 'payout_summary',
    },
    program: {
      lose: {
        to: 'fertiliser_credit_clerk',
        prompt:
          'Fertiliser credit deductions for KJG-05, October 2026 payout. Apply the outstanding fertiliser deductions and return the total per grower.',
      },
    },
    agents: [
      {
        name: 'payout_planner',
        description: 'Splits the monthly payout run into desk briefs',
        instructions: 'Write one brief per desk with every rule that desk must apply.',
        replies: [
          {
            plan: {
              mpesa_batcher:
                'Build the M-Pesa B2C batch for KJG-05 October 2026 from the net amounts the summary will give; paybill 522533, narration "KJG Oct26 majani".',
              sacco_checkoff:
                'Pull the SACCO (Kianjege Tea Growers SACCO) loan check-off schedule for KJG-05 growers, October 2026.',
              fertiliser_credit_clerk:
                'NPK 26:5:5 credit for KJG-05: deduct instalment 2 of 3 ONLY (one third of the original credit) for the 14 growers on list FC-KJG-2026-A. Do not deduct the remaining balance; instalment 3 is due in February.',
            },
          },
        ],
      },
      {
        name: 'mpesa_batcher',
        description: 'Prepares the M-Pesa bulk payment batch',
        instructions: 'Prepare the batch header and validate phone numbers.',
        replies: [
          {
            call: 'mpesa_batch_prepare',
            args: { paybill: '522533', centre: 'KJG-05', period: '2026-10' },
            result: '{"batch_id": "B2C-KJG-2610", "growers": 63, "invalid_msisdn": 0, "status": "draft"}',
          },
          { say: 'Batch B2C-KJG-2610 drafted, 63 growers, all phone numbers valid.' },
        ],
      },
      {
        name: 'sacco_checkoff',
        description: 'Pulls SACCO loan check-offs',
        instructions: 'Return check-off per grower.',
        replies: [
          {
            call: 'sacco_checkoff_schedule',
            args: { sacco: 'KTGS', centre: 'KJG-05', period: '2026-10' },
            result: '{"members": 21, "total_kes": 48350}',
          },
          { say: 'SACCO check-off October: 21 members, total KES 48,350.' },
        ],
      },
      {
        name: 'fertiliser_credit_clerk',
        description: 'Recovers fertiliser credit from grower payments',
        instructions: 'Apply the fertiliser credit deductions the brief asks for.',
        replies: [
          {
            call: 'fertiliser_ledger',
            args: { centre: 'KJG-05', status: 'outstanding' },
            result:
              '{"list": "FC-KJG-2026-A", "growers": 14, "original_credit_total_kes": 75600, "instalments": 3, "paid_instalments": 1, "outstanding_total_kes": 50400}',
          },
          {
            say: 'Fertiliser deductions applied for October: 14 growers on FC-KJG-2026-A, total KES 50,400 (full outstanding balance cleared).',
          },
        ],
      },
      {
        name: 'payout_summary',
        description: 'Merges the desk outputs into the payout run sheet',
        instructions: 'Merge and total the deductions.',
        replies: [
          {
            say: 'PAYOUT RUN – KJG-05 – October 2026\n- M-Pesa batch: B2C-KJG-2610, 63 growers (draft)\n- SACCO check-off: 21 members, KES 48,350\n- Fertiliser (NPK 26:5:5) recovery: 14 growers, KES 50,400\n- Total deductions: KES 98,750\nSend to the accountant for approval before release.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'payout_planner', to: 'fertiliser_credit_clerk' },
      agent: 'fertiliser_credit_clerk',
    },
  }),
  defineScenario({
    id: 'chaikoop-taarifa-ya-malipo-imekatika',
    title:
      "A grower asked why her September payment was low; the payments clerk's statement stopped at its token limit after the gross line, before the deductions, and the reply to the grower explained nothing",
    domain: 'tea cooperative: grower payment query',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Habari. Mimi ni Esther Nyawira, grower no. KTH-03-0589. My September 2026 payment on M-Pesa was only KES 3,112 yet I delivered over 300 kg. Please explain all the deductions.',
    topology: {
      shape: 'branch',
      classifier: 'query_classifier',
      routes: { payment: 'payments_clerk', leaf: 'leaf_records_clerk' },
      after: 'grower_reply',
    },
    agents: [
      {
        name: 'query_classifier',
        description: 'Routes grower queries',
        instructions: 'Answer "payment" for payment questions, "leaf" for kilos or rejected leaf questions.',
        replies: [{ say: 'payment' }],
      },
      {
        name: 'payments_clerk',
        description: 'Explains a grower payment line by line',
        instructions: 'Give the full payment statement: gross, every deduction with its reason, and net.',
        prompt: 'Query type: {input}\n\nGrower message: {request}',
        replies: [
          {
            call: 'grower_statement',
            args: { grower_no: 'KTH-03-0589', period: '2026-09' },
            result:
              '{"kg": 312.0, "rate_kes": 22.0, "gross_kes": 6864.00, "deductions": [{"item": "cess 2%", "kes": 137.28}, {"item": "fertiliser NPK instalment 1/3", "kes": 1800.00}, {"item": "SACCO loan check-off L-5521", "kes": 1500.00}, {"item": "school fees advance (Aug)", "kes": 300.00}, {"item": "M-Pesa charges", "kes": 14.72}], "net_kes": 3112.00}',
          },
          {
            say: 'STATEMENT – KTH-03-0589 Esther Nyawira – September 2026\nKilos delivered: 312.0 kg × KES 22.00\nGross: KES 6,864.00\nDeductions:\n- Cess 2%: KES 137',
            cutOff: true,
          },
        ],
      },
      {
        name: 'leaf_records_clerk',
        description: 'Answers kilos and rejected-leaf questions',
        instructions: 'Report kilos and rejects.',
        replies: [{ say: 'No leaf query found.' }],
      },
      {
        name: 'grower_reply',
        description: 'Writes the SMS/WhatsApp reply to the grower',
        instructions: 'Answer the grower clearly in simple English with Swahili greetings.',
        prompt: 'Statement:\n{input}\n\nGrower message: {request}',
        replies: [
          {
            say: 'Habari Esther. For September 2026 you delivered 312.0 kg at KES 22.00, gross KES 6,864.00. Cess of 2% (KES 137) was deducted. Your net payment was KES 3,112. Asante kwa kuleta majani.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'payments_clerk', to: 'grower_reply' },
      agent: 'payments_clerk',
    },
  }),
  defineScenario({
    id: 'chaikoop-mpesa-float-kosa-limefichwa',
    title:
      'The M-Pesa desk got "insufficient float" from the B2C bulk payment API and told the payout router the October bonus batch was paid, so the router confirmed payment to the board',
    domain: 'tea cooperative: bonus payment disbursement',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Release the 2025/26 second payment (bonus) batch BNS-2526-RKR for Rukuriri centre, 418 growers, KES 6,214,300 total, through paybill 522533, and send every grower their bonus statement SMS. Confirm to the board chair once the money has gone.',
    topology: {
      shape: 'network',
      coordinator: 'payout_router',
      workers: ['mpesa_desk', 'statement_desk'],
    },
    agents: [
      {
        name: 'payout_router',
        description: 'Routes the bonus release steps and reports to the board',
        instructions: 'Send the release to the M-Pesa desk, then statements, then report.',
        replies: [
          {
            handoff: 'mpesa_desk',
            message:
              'Release bonus batch BNS-2526-RKR: 418 growers, KES 6,214,300, paybill 522533. Report the B2C result.',
          },
          {
            handoff: 'statement_desk',
            message: 'Send bonus statement SMS to the 418 Rukuriri growers in batch BNS-2526-RKR.',
          },
          {
            say: 'Board chair, the 2025/26 bonus for Rukuriri (BNS-2526-RKR) has been paid: 418 growers, KES 6,214,300 via paybill 522533, conversation ref AG_20261112_7Q4. Bonus statements sent by SMS to all 418 growers.',
          },
        ],
      },
      {
        name: 'mpesa_desk',
        description: 'Runs M-Pesa B2C bulk payments',
        instructions: 'Submit the batch and report the exact result, including any error.',
        replies: [
          {
            call: 'mpesa_b2c_bulk',
            args: { batch_id: 'BNS-2526-RKR', paybill: '522533', records: 418, amount_kes: 6214300 },
            result: {
              error:
                'B2C 2001: Insufficient funds in utility account 522533 (available KES 1,180,455.00, requested KES 6,214,300.00). Batch BNS-2526-RKR not submitted. ConversationID AG_20261112_7Q4',
            },
          },
          {
            say: 'Batch BNS-2526-RKR submitted to M-Pesa, 418 records, KES 6,214,300, conversation ref AG_20261112_7Q4. Done.',
          },
        ],
      },
      {
        name: 'statement_desk',
        description: 'Sends grower SMS statements',
        instructions: 'Send the statement SMS for each grower in the batch.',
        replies: [
          {
            call: 'sms_bulk',
            args: { batch_id: 'BNS-2526-RKR', template: 'bonus_statement_sw_en' },
            result: '{"sent": 418, "failed": 0, "sender_id": "GITUGI-TEA"}',
          },
          { say: 'Bonus statements sent: 418 of 418, sender GITUGI-TEA.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'mpesa_desk', to: 'payout_router' },
      agent: 'mpesa_desk',
    },
  }),
  defineScenario({
    id: 'chaikoop-bonasi-ombi-lile-lile',
    title:
      'The payroll supervisor delegated the same per-kg bonus computation to the bonus calculator three times with the identical task, although the calculator had already returned the result the first time',
    domain: 'tea cooperative: annual bonus computation',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'From the KTDA-style made tea sales for 2025/26 (July 2025 to June 2026), compute the second payment rate per kg of green leaf for Gitugi factory and draft the notice for the buying centres.',
    topology: {
      shape: 'supervisor',
      coordinator: 'payroll_supervisor',
      workers: ['bonus_calculator', 'notice_writer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'payroll_supervisor',
        description: 'Coordinates the annual second payment',
        instructions: 'Get the bonus rate computed once, then have the notice written, then report.',
        replies: [
          {
            handoff: 'bonus_calculator',
            message:
              'Compute the 2025/26 second payment rate per kg green leaf for Gitugi factory: net made tea proceeds after costs and first payments, divided by total green leaf kilos delivered July 2025–June 2026.',
          },
          {
            handoff: 'bonus_calculator',
            message:
              'Compute the 2025/26 second payment rate per kg green leaf for Gitugi factory: net made tea proceeds after costs and first payments, divided by total green leaf kilos delivered July 2025–June 2026.',
          },
          {
            handoff: 'bonus_calculator',
            message:
              'Compute the 2025/26 second payment rate per kg green leaf for Gitugi factory: net made tea proceeds after costs and first payments, divided by total green leaf kilos delivered July 2025–June 2026.',
          },
          {
            handoff: 'notice_writer',
            message:
              'Write the buying-centre notice in English and Kiswahili: second payment 2025/26 is KES 53.40 per kg green leaf, paid by M-Pesa before 20 Dec 2026.',
          },
          {
            say: 'Second payment 2025/26, Gitugi factory: KES 53.40 per kg of green leaf (net distributable KES 1,046,640,000 over 19,600,000 kg). Notice for the buying centres attached: "Second payment 2025/26 is KES 53.40 per kg green leaf, paid by M-Pesa before 20 Dec 2026. Malipo ya pili ni KES 53.40 kwa kilo."',
          },
        ],
      },
      {
        name: 'bonus_calculator',
        description: 'Computes the second payment rate from factory accounts',
        instructions: 'Compute the rate from the audited figures and show the working.',
        replies: [
          {
            call: 'factory_accounts',
            args: { factory: 'Gitugi', year: '2025/26' },
            result:
              '{"made_tea_sales_kes": 2410500000, "costs_kes": 580260000, "first_payments_kes": 783600000, "green_leaf_kg": 19600000}',
          },
          {
            say: 'Second payment 2025/26: (2,410,500,000 − 580,260,000 − 783,600,000) = KES 1,046,640,000 ÷ 19,600,000 kg = **KES 53.40 per kg**.',
          },
          {
            say: 'Same as before: KES 1,046,640,000 ÷ 19,600,000 kg = KES 53.40 per kg green leaf for 2025/26.',
          },
          {
            say: 'Already computed twice: KES 53.40 per kg (KES 1,046,640,000 over 19,600,000 kg).',
          },
        ],
      },
      {
        name: 'notice_writer',
        description: 'Writes notices for the buying centre boards',
        instructions: 'Write the notice in English and Kiswahili.',
        replies: [
          {
            say: 'NOTICE / TANGAZO: Second payment 2025/26 is KES 53.40 per kg green leaf, paid by M-Pesa before 20 Dec 2026. Malipo ya pili ni KES 53.40 kwa kilo, yatalipwa kupitia M-Pesa kabla ya 20 Desemba 2026.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'payroll_supervisor', to: 'bonus_calculator' },
      agent: 'payroll_supervisor',
    },
  }),
  defineScenario({
    id: 'chaikoop-mizani-csv-haikutolewa',
    title:
      "The weighbridge sync agent had to return the day's buying-centre kilos as CSV for the factory intake loader, but it wrote a prose summary and the loader threw parsing it",
    domain: 'tea cooperative: weighbridge data sync',
    mast: ['FM-1.1', 'FM-3.1'],
    request:
      "Sync the handheld weighing terminal (HWT) records for Thursday 12 Nov 2026 from Zone A buying centres into the factory intake system, so tomorrow's withering trough allocation is right.",
    topology: { shape: 'pipeline', order: ['weighbridge_sync', 'intake_loader', 'withering_planner'] },
    program: {
      crash: {
        agent: 'weighbridge_sync',
        error:
          'CsvError: Invalid Record Length: expected 4 columns (centre,clerk,kg,rejected_kg), got 1 on line 1 "On Thursday 12 Nov the Zone A centres delivered..." (intake/load.ts:58)',
      },
    },
    agents: [
      {
        name: 'weighbridge_sync',
        description: 'Reads the handheld weighing terminals and exports the day totals',
        instructions:
          'Output ONLY CSV with header centre,clerk,kg,rejected_kg and one line per buying centre. No prose.',
        replies: [
          {
            call: 'hwt_pull',
            args: { zone: 'A', date: '2026-11-12' },
            result:
              '{"centres": [{"centre": "KGT-01", "clerk": "Samuel Kariuki", "kg": 4120.5, "rejected_kg": 38.0}, {"centre": "NGR-02", "clerk": "Lucy Wairimu", "kg": 3388.0, "rejected_kg": 12.5}, {"centre": "MTH-03", "clerk": "John Gitonga", "kg": 2905.5, "rejected_kg": 61.0}]}',
          },
          {
            say: 'On Thursday 12 Nov the Zone A centres delivered 10,414 kg in total: Kagaiti (KGT-01, Samuel Kariuki) 4,120.5 kg with 38 kg rejected, Ngariama (NGR-02, Lucy Wairimu) 3,388 kg with 12.5 kg rejected, and Mathangauta (MTH-03, John Gitonga) 2,905.5 kg with 61 kg rejected (mostly coarse leaf).',
          },
        ],
      },
      {
        name: 'intake_loader',
        description: 'Loads the CSV into the factory intake system',
        instructions: 'Load the rows and report the intake id.',
        prompt: 'CSV:\n{input}',
        replies: [
          {
            call: 'intake_load',
            args: { date: '2026-11-12', zone: 'A' },
            result: '{"intake_id": "INT-A-20261112", "rows": 3, "net_kg": 10302.5}',
          },
          { say: 'Loaded INT-A-20261112: 3 centres, net 10,302.5 kg.' },
        ],
      },
      {
        name: 'withering_planner',
        description: 'Allocates withering troughs for the next day',
        instructions: 'Allocate troughs from the net intake.',
        prompt: 'Intake:\n{input}',
        replies: [
          { say: 'Troughs 1–6 allocated for 10,302.5 kg (about 1,720 kg per trough), loading from 06:00.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'weighbridge_sync', to: 'intake_loader' },
      agent: 'weighbridge_sync',
    },
  }),
  defineScenario({
    id: 'chaikoop-mwaka-wa-fedha-si-kalenda',
    title:
      'The finance lead asked for member dividend eligibility on deliveries in the July 2025–June 2026 financial year, but the eligibility clerk counted calendar year 2025 kilos',
    domain: 'tea cooperative: AGM dividend eligibility',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'For the AGM on 4 Dec 2026, list the members eligible for the share dividend (minimum 1,000 kg green leaf delivered in the 2025/26 financial year, July 2025 to June 2026) and send the AGM invitation SMS in Kiswahili to all members.',
    topology: {
      shape: 'nested',
      top: 'agm_secretary',
      teams: {
        finance_lead: ['eligibility_clerk', 'share_register_clerk'],
        comms_lead: ['sms_writer'],
      },
    },
    agents: [
      {
        name: 'agm_secretary',
        description: 'Company secretary preparing the AGM',
        instructions: 'Get the eligibility list and the invitation out and report to the board.',
        replies: [
          {
            handoff: 'finance_lead',
            message:
              'Dividend eligibility for AGM 4 Dec 2026: members with at least 1,000 kg green leaf in FY 2025/26 (1 July 2025 – 30 June 2026). Give the count and the list reference.',
          },
          {
            handoff: 'comms_lead',
            message:
              'AGM invitation SMS in Kiswahili to all members: 4 Dec 2026, 09:00, Gitugi factory grounds.',
          },
          {
            say: 'AGM 4 Dec 2026 readiness:\n- Dividend-eligible members: 3,917 (list DIV-ELIG-2025, ≥1,000 kg green leaf)\n- Share register reconciled: 6,402 members, 6,402 share accounts\n- Invitation SMS sent to 6,402 members in Kiswahili.',
          },
        ],
      },
      {
        name: 'finance_lead',
        description: 'Finance team lead',
        instructions: 'Pass the exact eligibility rule to the clerks and report back.',
        replies: [
          {
            handoff: 'eligibility_clerk',
            message:
              'Members with at least 1,000 kg green leaf delivered 1 July 2025 – 30 June 2026 (FY 2025/26). Count and list reference please.',
          },
          {
            handoff: 'share_register_clerk',
            message: 'Reconcile the share register with the member list before the AGM.',
          },
          {
            say: 'Eligible members: 3,917 (list DIV-ELIG-2025). Share register reconciled, 6,402 members.',
          },
        ],
      },
      {
        name: 'eligibility_clerk',
        description: 'Queries the grower delivery database',
        instructions: 'Apply the eligibility rule you are given exactly.',
        replies: [
          {
            call: 'deliveries_query',
            args: { from: '2025-01-01', to: '2025-12-31', min_kg: 1000, group_by: 'member' },
            result: '{"list_ref": "DIV-ELIG-2025", "members": 3917, "period": "2025-01-01..2025-12-31"}',
          },
          { say: 'Eligible members: 3,917, list DIV-ELIG-2025 (≥1,000 kg green leaf).' },
        ],
      },
      {
        name: 'share_register_clerk',
        description: 'Keeps the share register',
        instructions: 'Reconcile shares with members.',
        replies: [
          {
            call: 'share_register_reconcile',
            args: { as_of: '2026-11-15' },
            result: '{"members": 6402, "share_accounts": 6402, "mismatches": 0}',
          },
          { say: 'Share register: 6,402 members, 6,402 accounts, no mismatches.' },
        ],
      },
      {
        name: 'comms_lead',
        description: 'Communications lead',
        instructions: 'Have the SMS sent and report.',
        replies: [
          {
            handoff: 'sms_writer',
            message: 'Kiswahili AGM invitation to all members: 4 Dec 2026, 09:00, Gitugi factory grounds.',
          },
          { say: 'Invitation sent to 6,402 members.' },
        ],
      },
      {
        name: 'sms_writer',
        description: 'Writes and sends bulk SMS',
        instructions: 'Write the SMS in the language asked and send it.',
        replies: [
          {
            call: 'sms_bulk',
            args: {
              audience: 'all_members',
              text: 'Mkutano Mkuu wa Mwaka (AGM) wa Gitugi Tea Factory utafanyika 4 Desemba 2026 saa tatu asubuhi katika uwanja wa kiwanda. Karibuni wote.',
            },
            result: '{"sent": 6402, "failed": 0}',
          },
          { say: 'Sent to 6,402 members, 0 failed.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'finance_lead', to: 'eligibility_clerk' },
      agent: 'eligibility_clerk',
    },
  }),
  defineScenario({
    id: 'chaikoop-saa-ya-ukusanyaji-ya-zamani',
    title:
      "The field clerk told the extension officer that Thursday collection at Ngariama moved from 06:30 to 07:30 after the chief's baraza, but the extension officer passed 06:30 on to the transport scheduler",
    domain: 'tea cooperative: collection time change',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      "Ngariama buying centre (NGR-02) usually has collection at 06:30 on Thursdays. Find out whether the time changes this Thursday 19 Nov 2026 because of the chief's baraza, and get the lorry scheduled accordingly.",
    topology: {
      shape: 'swarm',
      entry: 'field_clerk',
      agents: ['field_clerk', 'extension_officer', 'transport_scheduler'],
    },
    agents: [
      {
        name: 'field_clerk',
        description: 'Buying centre field clerk in Ngariama',
        instructions: 'Confirm local arrangements and transfer to the extension officer.',
        replies: [
          {
            call: 'centre_notice_board',
            args: { centre: 'NGR-02', date: '2026-11-19' },
            result:
              '{"notice": "Baraza ya chifu Alhamisi 19/11 saa 12:30 hadi saa 1:30 asubuhi katika kituo. Ukusanyaji wa majani utaanza saa 1:30 asubuhi (07:30).", "posted_by": "Chairman, NGR-02 committee", "posted": "2026-11-16"}',
          },
          {
            handoff: 'extension_officer',
            message:
              "NGR-02 Thursday 19 Nov: the chief's baraza is at the centre 06:30–07:30, so leaf collection starts at **07:30**, not the usual 06:30 (committee notice posted 16 Nov). About 3,400 kg expected. Please arrange the lorry for 07:30.",
          },
        ],
      },
      {
        name: 'extension_officer',
        description: 'Tea extension officer for the zone',
        instructions:
          'Add the agronomy notes and transfer to the transport scheduler with the collection time.',
        replies: [
          {
            handoff: 'transport_scheduler',
            message:
              'Please schedule a lorry at Ngariama (NGR-02) on Thursday 19 Nov, collection at 06:30, about 3,400 kg. Remind the clerk that leaf with more than three leaves and a bud is to be rejected after the plucking standard talk.',
          },
        ],
      },
      {
        name: 'transport_scheduler',
        description: 'Schedules factory lorries',
        instructions: 'Book the lorry at the time given and confirm.',
        replies: [
          {
            call: 'fleet_book',
            args: { centre: 'NGR-02', date: '2026-11-19', arrive: '06:30', expected_kg: 3400 },
            result:
              '{"booking": "TR-A-20261119-02", "lorry": "KCB 233T", "driver": "Joseph Mutugi", "arrive": "06:30"}',
          },
          {
            say: 'Booked: lorry KCB 233T (driver Joseph Mutugi) at Ngariama NGR-02 on Thu 19 Nov, arriving 06:30 for about 3,400 kg, booking TR-A-20261119-02. Clerk reminded about the two-leaves-and-a-bud standard.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'extension_officer', to: 'transport_scheduler' },
      agent: 'extension_officer',
    },
  }),
  defineScenario({
    id: 'chaikoop-hesabu-ya-cess-imekosewa',
    title:
      'Asked to add the missing cess line to a grower statement, the statement drafter added it but got the net wrong by KES 1,000, the reviewer approved and the wrong net went out',
    domain: 'tea cooperative: grower statement',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Prepare the October 2026 payment statement for grower MTH-03-0144 (Daniel Kinyua Muriithi): 455 kg at KES 24 per kg, 2% cess, SACCO check-off KES 2,500. Send it to him by SMS once checked.',
    topology: {
      shape: 'pipeline',
      order: ['statement_drafter', 'statement_reviewer', 'sms_sender'],
      loop: { from: 'statement_reviewer', to: 'statement_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'statement_drafter',
        description: 'Drafts grower payment statements',
        instructions: "Draft the statement; apply the reviewer's corrections exactly.",
        prompt: 'Request or reviewer note:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            say: 'STATEMENT v1 – MTH-03-0144 Daniel Kinyua Muriithi – October 2026\nGreen leaf: 455 kg × KES 24.00 = KES 10,920.00\nSACCO check-off: KES 2,500.00\nNet payable: KES 8,420.00',
          },
          {
            say: 'STATEMENT v2 – MTH-03-0144 Daniel Kinyua Muriithi – October 2026\nGreen leaf: 455 kg × KES 24.00 = KES 10,920.00\nCess 2%: KES 218.40\nSACCO check-off: KES 2,500.00\nNet payable: KES 7,201.60',
          },
        ],
      },
      {
        name: 'statement_reviewer',
        description: 'Checks statements before they go out',
        instructions: 'Answer "APPROVED ..." or "REVISE: ..." with what to fix.',
        prompt: 'Statement to check:\n{input}',
        replies: [
          { say: 'REVISE: the 2% cess line is missing. Add it and recompute the net.' },
          {
            say: 'APPROVED: cess line added (KES 218.40). Statement v2 for MTH-03-0144, net KES 7,201.60, can go out.',
          },
        ],
      },
      {
        name: 'sms_sender',
        description: 'Sends statements to growers by SMS',
        instructions: 'Send the approved statement to the grower.',
        prompt: 'Approved statement:\n{input}',
        replies: [
          {
            call: 'sms_send',
            args: {
              grower_no: 'MTH-03-0144',
              text: 'Gitugi Tea: Oct 2026 – 455kg x 24 = 10,920. Cess 218.40, SACCO 2,500. Net KES 7,201.60. Asante.',
            },
            result: '{"sms_id": "SMS-1104-88213", "status": "delivered"}',
          },
          { say: 'Statement sent to MTH-03-0144 (SMS-1104-88213, delivered): net KES 7,201.60.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'statement_drafter', to: 'statement_reviewer' },
      agent: 'statement_drafter',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'chaikoop-kilo-kuwa-tani-sawa',
    title:
      "The intake clerk reported the week's leaf in kilograms and shillings; the report writer restated it in tonnes and KES millions for the board, every figure converted correctly",
    domain: 'tea cooperative: weekly intake report',
    mast: ['FM-1.4', 'FM-2.4'],
    nearMissOf:
      'low_quality_output / stale_context: figures change unit between agents (kg to tonnes, KES to KES millions, dates to week number) but every value is the same',
    request:
      'Prepare the board brief on green leaf intake for week 46 (9–15 Nov 2026) for Gitugi factory: kilos received, kilos rejected, value at KES 24/kg, and the comparison with week 45.',
    topology: { shape: 'pipeline', order: ['intake_clerk', 'report_writer', 'board_brief'] },
    agents: [
      {
        name: 'intake_clerk',
        description: 'Factory leaf intake clerk',
        instructions: 'Report intake totals from the intake system.',
        replies: [
          {
            call: 'intake_totals',
            args: { factory: 'Gitugi', from: '2026-11-09', to: '2026-11-15', compare_week: 45 },
            result:
              '{"received_kg": 412836.5, "rejected_kg": 3911.0, "accepted_kg": 408925.5, "prev_week_accepted_kg": 389402.0}',
          },
          {
            say: 'Intake 9–15 Nov 2026: received 412,836.5 kg, rejected 3,911.0 kg, accepted 408,925.5 kg. Value at KES 24.00/kg: KES 9,814,212.00. Previous week (2–8 Nov) accepted: 389,402.0 kg.',
          },
        ],
      },
      {
        name: 'report_writer',
        description: 'Writes board briefs',
        instructions: 'Restate the figures in tonnes and KES millions, as the board prefers.',
        prompt: 'Intake figures:\n{input}',
        replies: [
          {
            say: 'Week 46 (9–15 Nov 2026):\n- Received: 412.8 t\n- Rejected: 3.9 t (0.95%)\n- Accepted: 408.9 t\n- Value at KES 24/kg: KES 9.81 m\n- Week 45 accepted: 389.4 t → up 19.5 t (+5.0%)',
          },
        ],
      },
      {
        name: 'board_brief',
        description: 'Formats the brief for the board pack',
        instructions: 'Format the brief for the board pack without changing figures.',
        prompt: 'Draft:\n{input}',
        replies: [
          {
            say: 'BOARD BRIEF – Green leaf intake, week 46 (9–15 Nov 2026)\n| | Week 46 | Week 45 |\n|---|---|---|\n| Accepted | 408.9 t | 389.4 t |\n| Received | 412.8 t | – |\n| Rejected | 3.9 t (0.95%) | – |\n| Value @ KES 24/kg | KES 9.81 m | – |\nIntake up 19.5 t (+5.0%) week on week.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'chaikoop-mpesa-timeout-imerudiwa',
    title:
      'The M-Pesa desk hit a B2C timeout on the first submission, checked the batch status, resubmitted and got a confirmed result before reporting',
    domain: 'tea cooperative: monthly payment disbursement',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: a tool error occurs, but it is handled by a status check and a retry, and the success reported is real',
    request:
      'Pay the October 2026 green leaf batch for Kathangariri centre (batch MTH-KTH-2610, 211 growers, KES 1,386,540) via paybill 522533, then reconcile against the bank statement.',
    topology: {
      shape: 'network',
      coordinator: 'payment_coordinator',
      workers: ['mpesa_desk', 'reconciliation_clerk'],
    },
    agents: [
      {
        name: 'payment_coordinator',
        description: 'Coordinates grower payments',
        instructions: 'Route to M-Pesa, then reconciliation, then report.',
        replies: [
          {
            handoff: 'mpesa_desk',
            message: 'Pay batch MTH-KTH-2610: 211 growers, KES 1,386,540, paybill 522533.',
          },
          {
            handoff: 'reconciliation_clerk',
            message: 'Reconcile batch MTH-KTH-2610 (KES 1,386,540) against the paybill statement.',
          },
          {
            say: 'Batch MTH-KTH-2610 paid: 211 growers, KES 1,386,540, M-Pesa conversation AG_20261105_3KD (after one timeout and a verified resubmission). Reconciled with the paybill statement, no difference.',
          },
        ],
      },
      {
        name: 'mpesa_desk',
        description: 'Runs M-Pesa bulk payments',
        instructions: 'Submit, and on a timeout check status before any resubmission.',
        replies: [
          {
            call: 'mpesa_b2c_bulk',
            args: { batch_id: 'MTH-KTH-2610', paybill: '522533', records: 211, amount_kes: 1386540 },
            result: { error: 'ETIMEDOUT: no response from B2C endpoint after 30000 ms (batch MTH-KTH-2610)' },
          },
          {
            call: 'mpesa_batch_status',
            args: { batch_id: 'MTH-KTH-2610' },
            result: '{"batch_id": "MTH-KTH-2610", "status": "not_received"}',
          },
          {
            call: 'mpesa_b2c_bulk',
            args: { batch_id: 'MTH-KTH-2610', paybill: '522533', records: 211, amount_kes: 1386540 },
            result:
              '{"conversation_id": "AG_20261105_3KD", "accepted": 211, "failed": 0, "amount_kes": 1386540}',
          },
          {
            say: 'First submission timed out; status check showed MTH-KTH-2610 not received, so I resubmitted once. Accepted: 211 of 211, KES 1,386,540, conversation AG_20261105_3KD.',
          },
        ],
      },
      {
        name: 'reconciliation_clerk',
        description: 'Reconciles payments with the paybill statement',
        instructions: 'Compare the batch with the statement.',
        replies: [
          {
            call: 'paybill_statement',
            args: { paybill: '522533', date: '2026-11-05' },
            result: '{"debits": [{"ref": "AG_20261105_3KD", "amount_kes": 1386540, "count": 211}]}',
          },
          {
            say: 'Statement shows one debit AG_20261105_3KD: 211 payments, KES 1,386,540. Matches; no duplicate.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'chaikoop-hali-ya-hewa-hiari-imekataliwa',
    title:
      'The optional weather outlook desk said it had no forecast for the short rains yet; the season brief left it out and was complete on the required parts',
    domain: 'tea cooperative: plucking season plan',
    mast: ['FM-3.1', 'FM-1.4'],
    nearMissOf:
      'lost_message / low_quality_output: one worker declined its brief, but the brief was optional and the final answer does not depend on it',
    request:
      'Prepare the December 2026 plucking plan for Zone A: plucking rounds (every 7 days), fertiliser stock for the December top-dressing. If the Met department outlook for the short rains is out, add it; otherwise leave it.',
    topology: {
      shape: 'fanout',
      planner: 'season_planner',
      workers: ['plucking_roster', 'fertiliser_stock', 'weather_outlook'],
      aggregator: 'season_brief',
    },
    agents: [
      {
        name: 'season_planner',
        description: 'Plans the plucking season tasks',
        instructions: 'Brief each desk.',
        replies: [
          {
            plan: {
              plucking_roster:
                'Plucking rounds for Zone A, December 2026: 7-day rounds for KGT-01, NGR-02, MTH-03; give dates per centre.',
              fertiliser_stock:
                'Stock of NPK 26:5:5 at the factory store for the December top-dressing in Zone A (need about 1,850 bags of 50 kg).',
              weather_outlook:
                'OPTIONAL: December short rains outlook from the Kenya Meteorological Department for Kirinyaga/Embu highlands, if published.',
            },
          },
        ],
      },
      {
        name: 'plucking_roster',
        description: 'Sets plucking round dates',
        instructions: 'Return dates per centre.',
        replies: [
          {
            say: 'Zone A plucking rounds, Dec 2026: KGT-01 – 1, 8, 15, 22, 29 Dec; NGR-02 – 2, 9, 16, 23, 30 Dec; MTH-03 – 3, 10, 17, 24, 31 Dec (24 and 31 Dec half day).',
          },
        ],
      },
      {
        name: 'fertiliser_stock',
        description: 'Checks the factory store',
        instructions: 'Report stock against need.',
        replies: [
          {
            call: 'store_stock',
            args: { item: 'NPK 26:5:5 50kg', store: 'Gitugi main store' },
            result: '{"bags": 2140, "reserved_zone_b": 260, "available": 1880}',
          },
          {
            say: 'NPK 26:5:5: 2,140 bags in store, 260 reserved for Zone B, 1,880 available – covers the 1,850 bags needed.',
          },
        ],
      },
      {
        name: 'weather_outlook',
        description: 'Summarises the Met department outlook',
        instructions: 'Summarise only a published outlook; do not guess.',
        replies: [
          {
            call: 'kmd_outlook',
            args: { region: 'Central highlands', month: '2026-12' },
            result: '{"status": "not_published", "expected": "2026-11-27"}',
          },
          { say: 'KMD December outlook not yet published (expected 27 Nov). No forecast given.' },
        ],
      },
      {
        name: 'season_brief',
        description: 'Merges the plan',
        instructions: 'Merge the required parts; include the weather only if there is a published outlook.',
        replies: [
          {
            say: 'ZONE A PLUCKING PLAN – DECEMBER 2026\n- Rounds (7-day): KGT-01 – 1, 8, 15, 22, 29 Dec; NGR-02 – 2, 9, 16, 23, 30 Dec; MTH-03 – 3, 10, 17, 24, 31 Dec (24/31 half day)\n- Top-dressing: NPK 26:5:5 need 1,850 bags, 1,880 available in the main store (260 held for Zone B)',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'chaikoop-bei-ya-zamani-haikutumika-sawa',
    title:
      'The request quoted the old KES 22/kg rate; the rate desk reported the revised KES 24/kg and the coordinator correctly used KES 24 in the advance computation',
    domain: 'tea cooperative: school fees advance',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: an old rate is in the request, but the newer rate the desk reported is the one used',
    request:
      "Grower NGR-02-0411 Ruth Wanjira wants a January school fees advance. Policy: up to 50% of her last three months' leaf value. She delivered 180, 205 and 190 kg in Sept, Oct and Nov 2026; I think the rate is still KES 22. Compute the maximum advance and book it.",
    topology: {
      shape: 'supervisor',
      coordinator: 'advances_officer',
      workers: ['rate_desk', 'advance_booking'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'advances_officer',
        description: 'Handles grower advances',
        instructions: 'Check the rate per month, compute the limit, book the advance.',
        replies: [
          {
            handoff: 'rate_desk',
            message: 'Green leaf rate in force for September, October and November 2026, Gitugi factory.',
          },
          {
            handoff: 'advance_booking',
            message:
              'Book a school fees advance for NGR-02-0411 Ruth Wanjira: KES 6,515 (50% of her Sept–Nov 2026 leaf value: 180 kg × 22 + 205 kg × 22 + 190 kg × 24 = KES 13,030). Recover it from the December 2026 and January 2027 payments.',
          },
          {
            say: 'Advance for NGR-02-0411 Ruth Wanjira: leaf value Sept–Nov 2026 = 180 kg × KES 22 + 205 kg × KES 22 + 190 kg × KES 24 = 3,960 + 4,510 + 4,560 = KES 13,030. Maximum advance (50%) = KES 6,515. Booked as ADV-2611-0093, to be recovered from the December and January payments.',
          },
        ],
      },
      {
        name: 'rate_desk',
        description: 'Keeps green leaf rates',
        instructions: 'Report the rate per month with circulars.',
        replies: [
          {
            call: 'rate_register',
            args: { factory: 'Gitugi', periods: ['2026-09', '2026-10', '2026-11'] },
            result:
              '{"2026-09": 22.0, "2026-10": 22.0, "2026-11": 24.0, "circular": "BRD/CIRC/2026/17 effective 2026-11-01"}',
          },
          {
            say: 'Rates: September KES 22.00, October KES 22.00, November KES 24.00 per kg (BRD/CIRC/2026/17, effective 1 Nov 2026).',
          },
        ],
      },
      {
        name: 'advance_booking',
        description: 'Books advances in the grower ledger',
        instructions: 'Book the amount given.',
        replies: [
          {
            call: 'advance_book',
            args: {
              grower_no: 'NGR-02-0411',
              amount_kes: 6515,
              purpose: 'school fees Jan 2027',
              recover: ['2026-12', '2027-01'],
            },
            result: '{"advance_id": "ADV-2611-0093", "status": "booked"}',
          },
          { say: 'Booked ADV-2611-0093: KES 6,515 for NGR-02-0411, recovery Dec 2026 and Jan 2027.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'chaikoop-malalamiko-muhtasari-kamili',
    title:
      "A buying centre's complaint about rejected leaf was passed on in shorter words at each transfer, but every constraint (grower list, dates, kilos, re-weigh deadline, Kiswahili reply) was kept",
    domain: 'tea cooperative: rejected leaf complaint',
    mast: ['FM-1.4', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task / lost_message: the brief is paraphrased and shortened at each handoff, yet keeps every requirement the final answer needs',
    request:
      "Complaint from Mathangauta buying centre (MTH-03) committee, 17 Nov 2026: on 16 Nov the clerk rejected 61 kg of leaf from five growers (MTH-03-0102, -0144, -0219, -0307, -0388) as coarse. The growers say the leaf was two leaves and a bud and the clerk's moisture reading was wrong. They want a quality officer to re-check the retained samples before Friday 20 Nov and the answer to the committee in Kiswahili.",
    topology: {
      shape: 'swarm',
      entry: 'complaints_desk',
      agents: ['complaints_desk', 'quality_officer', 'committee_liaison'],
    },
    agents: [
      {
        name: 'complaints_desk',
        description: 'Registers grower complaints',
        instructions: 'Register the complaint and transfer it to the quality officer.',
        replies: [
          {
            call: 'complaint_register',
            args: { centre: 'MTH-03', date: '2026-11-17', type: 'leaf_rejection' },
            result: '{"complaint_id": "CMP-2611-031"}',
          },
          {
            handoff: 'quality_officer',
            message:
              'CMP-2611-031: MTH-03, 16 Nov, 61 kg rejected as coarse from growers 0102, 0144, 0219, 0307, 0388. Growers dispute it (say two leaves and a bud; moisture reading questioned). Re-check retained samples by Fri 20 Nov; reply to the committee goes in Kiswahili.',
          },
        ],
      },
      {
        name: 'quality_officer',
        description: 'Factory leaf quality officer',
        instructions: 'Re-check samples and hand the findings to the committee liaison.',
        replies: [
          {
            call: 'sample_recheck',
            args: {
              complaint_id: 'CMP-2611-031',
              samples: ['MTH-03-0102', 'MTH-03-0144', 'MTH-03-0219', 'MTH-03-0307', 'MTH-03-0388'],
            },
            result:
              '{"checked": "2026-11-18", "results": [{"grower": "MTH-03-0102", "fine_leaf_pct": 74, "verdict": "accept"}, {"grower": "MTH-03-0144", "fine_leaf_pct": 71, "verdict": "accept"}, {"grower": "MTH-03-0219", "fine_leaf_pct": 48, "verdict": "reject"}, {"grower": "MTH-03-0307", "fine_leaf_pct": 69, "verdict": "accept"}, {"grower": "MTH-03-0388", "fine_leaf_pct": 45, "verdict": "reject"}], "accepted_kg": 37.5, "rejected_kg": 23.5, "moisture_meter": "calibration 6% high, replaced"}',
          },
          {
            handoff: 'committee_liaison',
            message:
              "CMP-2611-031 re-check done 18 Nov (before the Fri deadline): 0102, 0144, 0307 accepted (fine leaf 74/71/69%), 37.5 kg to be paid; 0219 and 0388 rightly rejected (48/45%), 23.5 kg. Clerk's moisture meter read 6% high and has been replaced. Reply to the MTH-03 committee in Kiswahili.",
          },
        ],
      },
      {
        name: 'committee_liaison',
        description: 'Answers buying centre committees',
        instructions: 'Write the reply in the language asked.',
        replies: [
          {
            say: 'Kwa Kamati ya Kituo cha Mathangauta (MTH-03) – Malalamiko CMP-2611-031\nSampuli zimekaguliwa upya tarehe 18/11/2026. Majani ya wakulima MTH-03-0102, -0144 na -0307 yamekubaliwa (asilimia 74, 71 na 69 ya majani laini); kilo 37.5 zitalipwa. Majani ya MTH-03-0219 na -0388 yamekataliwa kwa haki (asilimia 48 na 45), kilo 23.5. Kipimo cha unyevu cha karani kilikuwa kinasoma juu kwa asilimia 6 na kimebadilishwa. Asanteni.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'chaikoop-ripoti-ya-msimu-na-namba-nyingi',
    title:
      "A long month-end close for three zones: each team lead handed back its workers' results with every centre code, batch id and total, and the top coordinator's report matches them",
    domain: 'tea cooperative: month-end close',
    mast: ['FM-1.3', 'FM-3.1'],
    nearMissOf:
      'handoff_loop / lost_message: many delegations and hand-backs full of ids and counters, but each hand-back carries its results and nothing repeats',
    request:
      'Month-end close for October 2026: for Zones A and B give green leaf accepted per zone and the M-Pesa batches paid, and from the factory side the made tea produced and out-turn (made tea ÷ green leaf). Flag any batch not paid.',
    topology: {
      shape: 'nested',
      top: 'finance_manager',
      teams: {
        payments_lead: ['zone_a_clerk', 'zone_b_clerk'],
        production_lead: ['made_tea_clerk'],
      },
    },
    agents: [
      {
        name: 'finance_manager',
        description: 'Factory finance manager',
        instructions: "Collect the leads' results and write the close report.",
        replies: [
          {
            handoff: 'payments_lead',
            message: 'October 2026: accepted leaf and M-Pesa batches for Zones A and B.',
          },
          { handoff: 'production_lead', message: 'October 2026: made tea produced (kg) for the out-turn.' },
          {
            say: 'OCTOBER 2026 CLOSE – Gitugi factory\n| Zone | Accepted leaf | Batches paid |\n|---|---|---|\n| A | 842,310 kg | KGT-2610 (KES 6,812,440), NGR-2610 (KES 5,904,100), MTH-2610 (KES 5,813,280) |\n| B | 1,006,955 kg | KJG-2610 (KES 8,127,600), RKR-2610 (KES 7,311,050), KTH-2610 (KES 6,701,310) |\n| **Total** | **1,849,265 kg** | 6 of 6 paid, KES 40,669,780 |\nMade tea: 410,537 kg → out-turn 22.2%. No unpaid batch.',
          },
        ],
      },
      {
        name: 'payments_lead',
        description: 'Payments team lead',
        instructions: "Get each zone clerk's figures and hand them back complete.",
        replies: [
          {
            handoff: 'zone_a_clerk',
            message: 'Zone A, October 2026: accepted kg per centre and batch status.',
          },
          {
            handoff: 'zone_b_clerk',
            message: 'Zone B, October 2026: accepted kg per centre and batch status.',
          },
          {
            say: 'Zone A: 842,310 kg; KGT-2610 KES 6,812,440, NGR-2610 KES 5,904,100, MTH-2610 KES 5,813,280 – all paid. Zone B: 1,006,955 kg; KJG-2610 KES 8,127,600, RKR-2610 KES 7,311,050, KTH-2610 KES 6,701,310 – all paid. Total 1,849,265 kg, KES 40,669,780, 6 of 6 batches paid.',
          },
        ],
      },
      {
        name: 'zone_a_clerk',
        description: 'Zone A payments clerk',
        instructions: 'Report from the ledger.',
        replies: [
          {
            call: 'zone_ledger',
            args: { zone: 'A', period: '2026-10' },
            result:
              '{"centres": [{"centre": "KGT-01", "kg": 312180, "batch": "KGT-2610", "kes": 6812440, "status": "paid"}, {"centre": "NGR-02", "kg": 270905, "batch": "NGR-2610", "kes": 5904100, "status": "paid"}, {"centre": "MTH-03", "kg": 259225, "batch": "MTH-2610", "kes": 5813280, "status": "paid"}], "total_kg": 842310}',
          },
          {
            say: 'Zone A Oct 2026: KGT-01 312,180 kg (KGT-2610, KES 6,812,440, paid); NGR-02 270,905 kg (NGR-2610, KES 5,904,100, paid); MTH-03 259,225 kg (MTH-2610, KES 5,813,280, paid). Total 842,310 kg.',
          },
        ],
      },
      {
        name: 'zone_b_clerk',
        description: 'Zone B payments clerk',
        instructions: 'Report from the ledger.',
        replies: [
          {
            call: 'zone_ledger',
            args: { zone: 'B', period: '2026-10' },
            result:
              '{"centres": [{"centre": "KJG-05", "kg": 372640, "batch": "KJG-2610", "kes": 8127600, "status": "paid"}, {"centre": "RKR-02", "kg": 335120, "batch": "RKR-2610", "kes": 7311050, "status": "paid"}, {"centre": "KTH-03", "kg": 299195, "batch": "KTH-2610", "kes": 6701310, "status": "paid"}], "total_kg": 1006955}',
          },
          {
            say: 'Zone B Oct 2026: KJG-05 372,640 kg (KJG-2610, KES 8,127,600, paid); RKR-02 335,120 kg (RKR-2610, KES 7,311,050, paid); KTH-03 299,195 kg (KTH-2610, KES 6,701,310, paid). Total 1,006,955 kg.',
          },
        ],
      },
      {
        name: 'production_lead',
        description: 'Production team lead',
        instructions: 'Get the made tea figure and hand it back.',
        replies: [
          { handoff: 'made_tea_clerk', message: 'Made tea produced in October 2026, all grades.' },
          { say: 'Made tea October 2026: 410,537 kg (PF1 and BP1 62%, other grades 38%).' },
        ],
      },
      {
        name: 'made_tea_clerk',
        description: 'Factory production records clerk',
        instructions: 'Report made tea from the production log.',
        replies: [
          {
            call: 'production_log',
            args: { period: '2026-10' },
            result: '{"made_tea_kg": 410537, "primary_grades_pct": 62, "secondary_grades_pct": 38}',
          },
          { say: 'October 2026 made tea: 410,537 kg; primary grades (BP1, PF1) 62%, secondary 38%.' },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch194Scenarios = [...faults, ...healthy];
