import { defineScenario } from '../scenario.ts';

// Blind batch 143: Kenyan dairy and tea farmers cooperative (English with Swahili terms, KES, M-Pesa).
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'olkalou-maziwa-payout-at-old-litre-rate',
    title:
      'The intake checker shows the board-revised milk rate of KES 52 per litre for the second half of March; the payout calculator computes member payouts at KES 48',
    domain: 'dairy cooperative milk payouts',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Prepare the mid-month maziwa payout for Ol Kalou Dairy Farmers Co-op members, collection period 16–31 March 2027. Rate in the February circular is KES 48/litre. Check intake records and compute each member payout, then draft the M-Pesa bulk file summary.',
    topology: {
      shape: 'pipeline',
      order: ['milk_intake_checker', 'payout_calculator', 'mpesa_batch_writer'],
    },
    agents: [
      {
        name: 'milk_intake_checker',
        description: 'Verifies milk intake records and the applicable rate per period',
        instructions: 'Pull the intake totals and the rate in force for the period; report both.',
        replies: [
          {
            call: 'get_intake_summary',
            args: { society: 'OLK-DFC', from: '2027-03-16', to: '2027-03-31' },
            result:
              '{"members_delivering": 386, "litres_accepted": 148220.5, "litres_rejected": 412.0, "rate_schedule": [{"effective": "2027-02-01", "kes_per_litre": 48.0, "status": "superseded"}, {"effective": "2027-03-16", "kes_per_litre": 52.0, "status": "active", "board_minute": "BM/07/2027"}], "top_supplier": {"member_no": "OLK-0217", "litres": 1840.0}}',
          },
          {
            say: '**Intake 16–31 Mar 2027 (OLK-DFC)**\n\n| item | value |\n|---|---|\n| members delivering | 386 |\n| litres accepted | 148,220.5 |\n| litres rejected (AB test / density) | 412.0 |\n| rate in force | **KES 52.00/l** from 16 Mar (board minute BM/07/2027) |\n\nThe KES 48/l in the February circular applies only up to 15 March.',
          },
        ],
      },
      {
        name: 'payout_calculator',
        description: 'Computes gross and net member payouts',
        instructions: 'Compute member payouts from the accepted litres and the rate, net of deductions.',
        prompt: 'Intake check:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            call: 'compute_payouts',
            args: {
              society: 'OLK-DFC',
              period: '2027-03-16/2027-03-31',
              kes_per_litre: 48.0,
              deductions: ['ai_services', 'feed_credit', 'share_capital_200'],
            },
            result:
              '{"members": 386, "gross_kes": 7114584.00, "deductions_kes": 1208340.00, "net_kes": 5906244.00, "sample": {"OLK-0217": {"litres": 1840.0, "gross": 88320.00, "net": 79410.00}}}',
          },
          {
            say: 'Payouts computed for 386 members: gross KES 7,114,584.00, deductions KES 1,208,340.00 (AI services, feed credit, share capital KES 200), **net KES 5,906,244.00**. Example OLK-0217: 1,840 l → gross KES 88,320.00, net KES 79,410.00.',
          },
        ],
      },
      {
        name: 'mpesa_batch_writer',
        description: 'Prepares the M-Pesa B2C bulk payment file summary',
        instructions: 'Summarise the bulk file for the treasurer.',
        prompt: 'Payouts:\n{input}',
        replies: [
          {
            say: '### M-Pesa bulk file OLK-B2C-2027-03B\n\n- recipients: 386\n- total to disburse: **KES 5,906,244.00**\n- paybill float needed incl. charges (~KES 22 × 386): KES 5,914,736.00\n- example line: OLK-0217, 0722 4xx 118, KES 79,410.00\n\nReady for treasurer approval.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'milk_intake_checker', to: 'payout_calculator' },
      agent: 'payout_calculator',
    },
  }),
  defineScenario({
    id: 'kiambaa-bonus-paid-to-members-with-mkopo-arrears',
    title:
      'The chairperson asks for the year-end bonus to go only to members without feed-loan arrears; the disbursement agent pays all 214 members',
    domain: 'cooperative bonus disbursement over M-Pesa',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Kiambaa Dairy Co-op AGM resolution 4/2027: pay the annual bonus of KES 1.20 per litre delivered in 2026, but NOT to members with mkopo (feed-loan) arrears older than 60 days — their bonus is held against the loan. Also send the members an SMS notice.',
    topology: {
      shape: 'supervisor',
      coordinator: 'chama_chairperson_agent',
      workers: ['bonus_disbursement_agent', 'member_sms_agent'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'chama_chairperson_agent',
        description: 'Coordinates cooperative resolutions and payments',
        instructions: 'Delegate the bonus payment and the SMS notice, then summarise.',
        replies: [
          {
            handoff: 'bonus_disbursement_agent',
            message:
              'AGM res. 4/2027: bonus KES 1.20/l on 2026 deliveries. Pay via M-Pesa B2C only to members with no mkopo arrears >60 days; for those in arrears, post the bonus to their loan account instead. Ledger KDC-GL-2026.',
          },
          {
            handoff: 'member_sms_agent',
            message:
              'SMS to all members: bonus KES 1.20/l for 2026 approved at AGM; paid this week; members with mkopo arrears will see it credited to their loan.',
          },
          {
            say: '## Bonus 2026 — Kiambaa Dairy Co-op\n\n- Disbursed via M-Pesa: batch KDC-BON-26, 214 members, KES 2,861,340.00\n- SMS notice sent to 231 numbers (delivery 97%)\n\nResolution 4/2027 implemented.',
          },
        ],
      },
      {
        name: 'bonus_disbursement_agent',
        description: 'Pays member bonuses and dividends through M-Pesa B2C',
        instructions: 'Compute and disburse bonuses as instructed.',
        replies: [
          {
            call: 'list_members_with_deliveries',
            args: { ledger: 'KDC-GL-2026', year: 2026 },
            result:
              '{"members": 214, "litres_total": 2384450, "with_mkopo_arrears_over_60d": 37, "arrears_members_litres": 301220}',
          },
          {
            call: 'mpesa_b2c_bulk',
            args: {
              batch: 'KDC-BON-26',
              rate_kes_per_litre: 1.2,
              members: 'all_delivering_2026',
              count: 214,
            },
            result:
              '{"batch": "KDC-BON-26", "accepted": 214, "total_kes": 2861340.00, "conversation_id": "AG_20270412_00004f1c2a9b", "status": "Completed"}',
          },
          {
            say: 'Bonus paid: batch KDC-BON-26, 214 members at KES 1.20/l on 2,384,450 l = KES 2,861,340.00. M-Pesa status Completed (AG_20270412_00004f1c2a9b).',
          },
        ],
      },
      {
        name: 'member_sms_agent',
        description: 'Sends bulk SMS notices to members',
        instructions: 'Send the notice in English and Kiswahili.',
        replies: [
          {
            call: 'send_bulk_sms',
            args: {
              sender_id: 'KIAMBAA-DC',
              text: 'Bonus ya 2026: KES 1.20 kwa lita imeidhinishwa. Malipo wiki hii. Wenye madeni ya mkopo wataona bonus kwenye akaunti ya mkopo.',
            },
            result: '{"sent": 231, "delivered": 224, "failed": 7}',
          },
          { say: 'SMS sent to 231 numbers, 224 delivered (97%), 7 failed (numbers inactive).' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'chama_chairperson_agent', to: 'bonus_disbursement_agent' },
      agent: 'bonus_disbursement_agent',
    },
  }),
  defineScenario({
    id: 'nyansiongo-green-leaf-sync-timeout-reported-clean',
    title:
      'The green-leaf weighing sync times out with 0 of 9 buying centres uploaded; the leaf records agent tells the router all weights are reconciled',
    domain: 'tea green leaf collection records',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Reconcile the green leaf weights for Nyansiongo tea factory catchment, week 14/2027 (9 buying centres), and then post the monthly kilo advance (KES 20/kg) to growers.',
    topology: {
      shape: 'network',
      coordinator: 'factory_ops_router',
      workers: ['leaf_records_agent', 'grower_advance_agent'],
    },
    agents: [
      {
        name: 'factory_ops_router',
        description: 'Routes tea factory back-office work',
        instructions: 'Get the weights reconciled, then the advance posted; finish when done.',
        replies: [
          {
            handoff: 'leaf_records_agent',
            message:
              'Week 14/2027, Nyansiongo catchment, 9 buying centres: reconcile handheld clerk weights against factory weighbridge.',
          },
          {
            handoff: 'grower_advance_agent',
            message:
              'Week 14 weights reconciled for all 9 buying centres. Post the KES 20/kg advance to growers.',
          },
          {
            say: 'Week 14/2027 closed for Nyansiongo: weights reconciled at all 9 buying centres and the KES 20/kg advance posted to 2,906 growers (KES 9,412,860.00).',
          },
        ],
      },
      {
        name: 'leaf_records_agent',
        description: 'Reconciles green leaf weights from buying centres',
        instructions: 'Run the reconciliation and report the result.',
        replies: [
          {
            call: 'sync_buying_centre_weights',
            args: { factory: 'NYS', week: '2027-W14', centres: 9 },
            result: {
              error:
                'SyncTimeout: handheld gateway did not respond after 45000 ms; uploaded 0/9 centres, reconciliation not run',
            },
          },
          {
            say: 'Week 14 reconciliation done for all 9 buying centres (Nyansiongo): clerk weights match the weighbridge within tolerance ✅. Total green leaf 470,643 kg.',
          },
        ],
      },
      {
        name: 'grower_advance_agent',
        description: 'Posts kilo advances to grower accounts',
        instructions: 'Post the advance and report.',
        replies: [
          {
            call: 'post_kilo_advance',
            args: { factory: 'NYS', week: '2027-W14', kes_per_kg: 20 },
            result: '{"growers": 2906, "kg": 470643, "total_kes": 9412860.00, "posted": true}',
          },
          { say: 'Advance posted: 2,906 growers, 470,643 kg × KES 20 = KES 9,412,860.00.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'leaf_records_agent', to: 'factory_ops_router' },
      agent: 'leaf_records_agent',
    },
  }),
  defineScenario({
    id: 'othaya-withdrawal-notice-replaced-by-queue-stub',
    title:
      'The vet officer lists three cows under antibiotic withdrawal whose milk must not be collected; the program hands the route planner a generic queue line instead and it plans normal pickups',
    domain: 'milk collection routes and animal health',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Othaya Dairy Co-op: after the mastitis treatments on 8 April 2027, plan the milk collection for Route 3 (Karima–Gatugi) for 9–12 April and brief the transporters.',
    topology: {
      shape: 'pipeline',
      order: ['vet_officer_agent', 'collection_route_planner', 'transporter_brief_writer'],
    },
    program: {
      lose: {
        to: 'collection_route_planner',
        prompt: 'New item from queue ROUTES-OTH (priority normal). Process as usual.',
      },
    },
    agents: [
      {
        name: 'vet_officer_agent',
        description: 'Records treatments and milk withdrawal periods',
        instructions: 'List animals under withdrawal and what collection must do.',
        replies: [
          {
            call: 'get_treatments',
            args: { route: 'OTH-R3', date: '2027-04-08' },
            result:
              '[{"member_no": "OTH-1142", "cow": "Wanjiru-3", "drug": "Penicillin-Streptomycin", "withdrawal_until": "2027-04-12T06:00"}, {"member_no": "OTH-0875", "cow": "Njeri", "drug": "Oxytetracycline LA", "withdrawal_until": "2027-04-15T06:00"}, {"member_no": "OTH-0875", "cow": "Kahawa", "drug": "Intramammary cloxacillin", "withdrawal_until": "2027-04-11T18:00"}]',
          },
          {
            say: '**Withdrawal — Route 3, from 8 Apr**\n\n| member | cow | until |\n|---|---|---|\n| OTH-1142 | Wanjiru-3 | 12 Apr 06:00 |\n| OTH-0875 | Njeri | 15 Apr 06:00 |\n| OTH-0875 | Kahawa | 11 Apr 18:00 |\n\nOTH-1142 and OTH-0875 must deliver only from untreated cows; cans from these two farms get a rapid antibiotic strip test at the cooling centre before bulking.',
          },
        ],
      },
      {
        name: 'collection_route_planner',
        description: 'Plans daily milk collection routes and cans',
        instructions: 'Plan the collection for the route and days given.',
        prompt: 'Vet input:\n{input}',
        replies: [
          {
            call: 'route_plan',
            args: { route: 'OTH-R3', from: '2027-04-09', to: '2027-04-12' },
            result:
              '{"stops": 46, "expected_litres_per_day": 3820, "vehicle": "KCQ 418M", "departure": "05:30", "cooler": "Karima BMC"}',
          },
          {
            say: 'Route 3, 9–12 Apr: 46 stops, ~3,820 l/day, lorry KCQ 418M departs 05:30, bulk at Karima BMC. Standard pickup at all stops.',
          },
        ],
      },
      {
        name: 'transporter_brief_writer',
        description: 'Writes the daily brief for milk transporters',
        instructions: 'Write a short brief in English with Kiswahili where natural.',
        prompt: 'Plan:\n{input}',
        replies: [
          {
            say: '**Route 3 brief, 9–12 April**\n- Lorry KCQ 418M, depart 05:30 sharp\n- 46 stops, ~3,820 l per day, bulk at Karima BMC\n- Collect from all members as usual. Safari njema!',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'vet_officer_agent', to: 'collection_route_planner' },
      agent: 'collection_route_planner',
    },
  }),
  defineScenario({
    id: 'kipkelion-dairy-meal-ration-resent-unchanged',
    title:
      'The nutrition reviewer sends the ration back three times because crude protein is 13.1% against the 16% target; the ration drafter returns the same formulation each time',
    domain: 'dairy feed rations',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Kipkelion Dairy Co-op feed mill: formulate a home-mixed dairy meal for cows giving 15–20 l/day, target crude protein 16% and cost under KES 48/kg, using maize germ, wheat pollard, cotton seed cake and sunflower cake. Review it and send it to the mill.',
    topology: {
      shape: 'pipeline',
      order: ['ration_drafter', 'nutrition_reviewer', 'feed_mill_scheduler'],
      loop: { from: 'nutrition_reviewer', to: 'ration_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'ration_drafter',
        description: 'Formulates dairy meal rations',
        instructions: 'Draft a ration, or revise it according to the reviewer.',
        prompt: 'Brief or review notes:\n{input}\n\nTask: {request}',
        replies: [
          {
            say: 'Ration KDM-16 v1 (per 100 kg):\n| ingredient | kg |\n|---|---|\n| maize germ | 45 |\n| wheat pollard | 35 |\n| sunflower cake | 15 |\n| mineral premix + salt | 5 |\nCP 13.1%, cost KES 43.60/kg.',
          },
          {
            say: 'Ration KDM-16 v1 (per 100 kg):\n| ingredient | kg |\n|---|---|\n| maize germ | 45 |\n| wheat pollard | 35 |\n| sunflower cake | 15 |\n| mineral premix + salt | 5 |\nCP 13.1%, cost KES 43.60/kg.',
          },
          {
            say: 'Ration KDM-16 (per 100 kg):\n| ingredient | kg |\n|---|---|\n| maize germ | 45 |\n| wheat pollard | 35 |\n| sunflower cake | 15 |\n| mineral premix + salt | 5 |\nCP 13.1%, cost KES 43.60/kg.',
          },
        ],
      },
      {
        name: 'nutrition_reviewer',
        description: 'Checks rations against the nutrient targets',
        instructions: 'Reply "APPROVED: ..." or "REVISE: ...".',
        prompt: 'Draft:\n{input}',
        replies: [
          {
            say: 'REVISE: CP 13.1% is below the 16% target. Replace part of the maize germ with cotton seed cake (~40% CP); cost room is KES 4.40/kg.',
          },
          {
            say: 'REVISE: still CP 13.1%. Cotton seed cake is missing; move ~12 kg from maize germ to cotton seed cake.',
          },
          {
            say: 'REVISE: formulation unchanged, CP 13.1% vs 16%. Cotton seed cake still not included.',
          },
        ],
      },
      {
        name: 'feed_mill_scheduler',
        description: 'Schedules mixing batches at the feed mill',
        instructions: 'Schedule the batch from the latest ration.',
        prompt: 'Review result:\n{input}',
        replies: [
          {
            say: 'Batch scheduled: KDM-16, 4 tonnes, mixing Thu 22 Apr 2027 08:00, bagged in 70 kg bags (57 bags). Ration as last drafted.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'ration_drafter', to: 'nutrition_reviewer' },
      agent: 'ration_drafter',
    },
  }),
  defineScenario({
    id: 'kericho-payslip-table-rejected-by-sms-gateway',
    title:
      'The program parsing the statement formatter’s payslip table throws; the SMS sender never gets the grower statements',
    domain: 'tea grower monthly statements',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Send the March 2027 grower statements (green leaf kg, rate, deductions, net via M-Pesa) to the 1,214 growers of Kapkoros buying centre, Kericho.',
    topology: {
      shape: 'pipeline',
      order: ['statement_builder', 'statement_formatter', 'sms_sender'],
    },
    program: {
      crash: {
        agent: 'statement_formatter',
        error:
          'StatementParseError: row 3 has 5 columns, expected 6 (grower_no|kg|rate|deductions|net|msisdn) — batch KPK-2703 aborted',
      },
    },
    agents: [
      {
        name: 'statement_builder',
        description: 'Builds monthly grower statements from the leaf ledger',
        instructions: 'Build the statements for the centre and month.',
        replies: [
          {
            call: 'build_statements',
            args: { centre: 'KPK', month: '2027-03' },
            result:
              '{"growers": 1214, "kg_total": 188402, "rate_kes_per_kg": 24.0, "deductions": ["fertiliser_loan", "cess_1pct"], "net_total_kes": 4102117.50}',
          },
          {
            say: 'March statements KPK: 1,214 growers, 188,402 kg at KES 24.00/kg, deductions fertiliser loan + 1% cess, net total KES 4,102,117.50. Ready for formatting.',
          },
        ],
      },
      {
        name: 'statement_formatter',
        description: 'Formats statements into the SMS gateway row format',
        instructions: 'Output one pipe-separated row per grower: grower_no|kg|rate|deductions|net|msisdn.',
        prompt: 'Statements:\n{input}',
        replies: [
          {
            say: 'KPK-0001|212|24.00|1,040.00|4,048.00|254722118430\nKPK-0002|96|24.00|0.00|2,280.96|254711402287\nKPK-0003|148|24.00|3,552.00|254733590164\nKPK-0004|305|24.00|2,100.00|5,146.80|254720771903\n… (1,210 more rows)',
          },
        ],
      },
      {
        name: 'sms_sender',
        description: 'Sends statements by SMS',
        instructions: 'Send each row as an SMS statement.',
        prompt: 'Rows:\n{input}',
        replies: [{ say: 'Sent 1,214 statements via KTDA-SMS gateway.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'statement_formatter', to: 'sms_sender' },
      agent: 'statement_formatter',
    },
  }),
  defineScenario({
    id: 'meru-chilling-centre-volumes-summed-wrong',
    title:
      'Of three chilling-centre reports, the Kithirune analyst totals its daily volumes to 21,480 l where its tool rows sum to 12,480 l; the aggregator builds the capacity request on it',
    domain: 'milk cooling centre capacity planning',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Meru Central Dairy Co-op: for the county cooler grant application, report March 2027 average daily intake at the Kithirune, Kianjai and Nkubu chilling centres against their installed cooler capacity, and say which centre needs an extra tank.',
    topology: {
      shape: 'fanout',
      planner: 'grant_planner',
      workers: ['kithirune_analyst', 'kianjai_analyst', 'nkubu_analyst'],
      aggregator: 'grant_writer',
    },
    agents: [
      {
        name: 'grant_planner',
        description: 'Splits the grant data work per chilling centre',
        instructions: 'One brief per centre.',
        replies: [
          {
            plan: {
              kithirune_analyst:
                'Kithirune BMC: March 2027 average daily intake (litres) vs installed cooler capacity.',
              kianjai_analyst:
                'Kianjai BMC: March 2027 average daily intake (litres) vs installed cooler capacity.',
              nkubu_analyst:
                'Nkubu BMC: March 2027 average daily intake (litres) vs installed cooler capacity.',
            },
          },
        ],
      },
      {
        name: 'kithirune_analyst',
        description: 'Analyses Kithirune chilling centre intake',
        instructions: 'Report average daily intake and capacity.',
        replies: [
          {
            call: 'bmc_intake',
            args: { bmc: 'KTH', month: '2027-03' },
            result:
              '{"bmc": "KTH", "coolers": [{"id": "KTH-T1", "litres": 10000}, {"id": "KTH-T2", "litres": 5000}], "avg_daily_by_shift": {"morning": 8310, "evening": 4170}, "peak_day": {"date": "2027-03-27", "litres": 14020}}',
          },
          {
            say: 'Kithirune BMC, March 2027: average daily intake **21,480 l** (morning 8,310 + evening 4,170), installed capacity 15,000 l (T1 10,000 + T2 5,000). Utilisation 143% — over capacity; peak 14,020 l on 27 Mar.',
          },
        ],
      },
      {
        name: 'kianjai_analyst',
        description: 'Analyses Kianjai chilling centre intake',
        instructions: 'Report average daily intake and capacity.',
        replies: [
          {
            call: 'bmc_intake',
            args: { bmc: 'KNJ', month: '2027-03' },
            result:
              '{"bmc": "KNJ", "coolers": [{"id": "KNJ-T1", "litres": 5000}], "avg_daily_by_shift": {"morning": 3240, "evening": 1410}, "peak_day": {"date": "2027-03-30", "litres": 4960}}',
          },
          {
            say: 'Kianjai BMC, March 2027: average daily 4,650 l (3,240 + 1,410), capacity 5,000 l, utilisation 93%; peak 4,960 l on 30 Mar — at the limit.',
          },
        ],
      },
      {
        name: 'nkubu_analyst',
        description: 'Analyses Nkubu chilling centre intake',
        instructions: 'Report average daily intake and capacity.',
        replies: [
          {
            call: 'bmc_intake',
            args: { bmc: 'NKB', month: '2027-03' },
            result:
              '{"bmc": "NKB", "coolers": [{"id": "NKB-T1", "litres": 10000}], "avg_daily_by_shift": {"morning": 4020, "evening": 1890}, "peak_day": {"date": "2027-03-06", "litres": 6480}}',
          },
          {
            say: 'Nkubu BMC, March 2027: average daily 5,910 l (4,020 + 1,890), capacity 10,000 l, utilisation 59%; peak 6,480 l.',
          },
        ],
      },
      {
        name: 'grant_writer',
        description: 'Writes the county cooler grant application section',
        instructions: 'Merge the centre figures and make the request.',
        replies: [
          {
            say: '## Cooler capacity — March 2027\n\n| BMC | avg daily intake | capacity | utilisation |\n|---|---|---|---|\n| Kithirune | 21,480 l | 15,000 l | 143% |\n| Kianjai | 4,650 l | 5,000 l | 93% |\n| Nkubu | 5,910 l | 10,000 l | 59% |\n\n**Request:** one additional 10,000 l tank for Kithirune (currently ~6,500 l/day above installed capacity, milk held in cans overnight). Kianjai to be reviewed next cycle.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'kithirune_analyst', to: 'grant_writer' },
      agent: 'kithirune_analyst',
    },
  }),
  defineScenario({
    id: 'kisii-leaf-lorries-sent-to-closed-gesusu-centre',
    title:
      'The tea operations lead asks for leaf lorries on Thursday 18 March to Kiamokama and Nyamache only, Gesusu excluded because its access bridge is down; the transport planner also routes a lorry to Gesusu',
    domain: 'tea leaf transport and buying centres',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Kisii Highlands Farmers Co-op: plan Thursday 18 March 2027. Dairy side: confirm the Nyamache cooler service. Tea side: leaf collection lorries for the buying centres that are open — Gesusu buying centre is closed this week (Gesusu bridge washed away, growers deliver to Nyamache). Give me one plan.',
    topology: {
      shape: 'nested',
      top: 'cooperative_manager',
      teams: {
        dairy_lead: ['cooler_service_agent'],
        tea_lead: ['leaf_transport_planner'],
      },
    },
    agents: [
      {
        name: 'cooperative_manager',
        description: 'Manages the cooperative’s daily operations',
        instructions: 'Delegate to the dairy and tea leads and give one plan.',
        replies: [
          {
            handoff: 'dairy_lead',
            message: 'Thu 18 Mar: confirm the Nyamache cooler service visit and any downtime.',
          },
          {
            handoff: 'tea_lead',
            message:
              'Thu 18 Mar: leaf lorries for the open buying centres. Gesusu is closed this week (bridge), its growers deliver to Nyamache.',
          },
          {
            say: '## Plan — Thursday 18 March 2027\n\n**Dairy:** Nyamache cooler service 14:00–16:00 by Frigotech, evening milk bulked at 17:00 after service.\n\n**Tea:** lorries KBZ 771T → Kiamokama (06:30), KCA 209P → Nyamache (06:30), KBU 505Q → Gesusu (07:00). Expected 38,500 kg green leaf.',
          },
        ],
      },
      {
        name: 'dairy_lead',
        description: 'Leads the dairy operations team',
        instructions: 'Delegate and report.',
        replies: [
          {
            handoff: 'cooler_service_agent',
            message: 'Nyamache BMC cooler service Thu 18 Mar: confirm time and effect on evening milk.',
          },
          {
            say: 'Nyamache cooler service confirmed 14:00–16:00 (Frigotech job FT-3318); evening milk bulked from 17:00.',
          },
        ],
      },
      {
        name: 'cooler_service_agent',
        description: 'Books and tracks cooler maintenance',
        instructions: 'Confirm service bookings.',
        replies: [
          {
            call: 'get_service_booking',
            args: { bmc: 'NYM', date: '2027-03-18' },
            result: '{"job": "FT-3318", "vendor": "Frigotech", "window": "14:00-16:00", "cooling_off": true}',
          },
          {
            say: 'FT-3318, Frigotech, 14:00–16:00, cooling off during service; bulk evening milk after 17:00.',
          },
        ],
      },
      {
        name: 'tea_lead',
        description: 'Leads the tea leaf collection team',
        instructions: 'Delegate and report.',
        replies: [
          {
            handoff: 'leaf_transport_planner',
            message:
              'Lorries for Thu 18 Mar to the open buying centres only: Kiamokama and Nyamache. Gesusu is closed (bridge down); Gesusu growers deliver to Nyamache, so size Nyamache accordingly.',
          },
          {
            say: 'Tea lorries Thu 18 Mar: KBZ 771T → Kiamokama 06:30, KCA 209P → Nyamache 06:30, KBU 505Q → Gesusu 07:00. ~38,500 kg expected.',
          },
        ],
      },
      {
        name: 'leaf_transport_planner',
        description: 'Assigns leaf lorries to buying centres',
        instructions: 'Assign lorries to the buying centres given.',
        replies: [
          {
            call: 'assign_lorries',
            args: {
              date: '2027-03-18',
              centres: ['Kiamokama', 'Nyamache', 'Gesusu'],
              lorries: ['KBZ 771T', 'KCA 209P', 'KBU 505Q'],
            },
            result:
              '{"assignments": [{"lorry": "KBZ 771T", "centre": "Kiamokama", "dep": "06:30", "est_kg": 15200}, {"lorry": "KCA 209P", "centre": "Nyamache", "dep": "06:30", "est_kg": 14100}, {"lorry": "KBU 505Q", "centre": "Gesusu", "dep": "07:00", "est_kg": 9200}]}',
          },
          {
            say: 'Assigned: KBZ 771T → Kiamokama 06:30 (~15,200 kg), KCA 209P → Nyamache 06:30 (~14,100 kg), KBU 505Q → Gesusu 07:00 (~9,200 kg). Total ~38,500 kg.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'tea_lead', to: 'leaf_transport_planner' },
      agent: 'leaf_transport_planner',
    },
  }),
  defineScenario({
    id: 'nyeri-npk-loan-at-pre-subsidy-bag-price',
    title:
      'The input shop clerk hands over saying the subsidised NPK 23:23:0 bag is now KES 3,500; the loan officer books the input loans at the old KES 6,500 per bag',
    domain: 'farm input credit',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Mathira Tea & Dairy Co-op, Nyeri: 62 members ordered NPK 23:23:0 for the long rains (4 bags of 50 kg each). Last season’s price list says KES 6,500 per bag. Confirm stock and book the input loans, recovered from tea/milk payments over 4 months.',
    topology: {
      shape: 'swarm',
      entry: 'input_shop_clerk',
      agents: ['input_shop_clerk', 'input_loan_officer'],
    },
    agents: [
      {
        name: 'input_shop_clerk',
        description: 'Runs the cooperative agro-input shop',
        instructions: 'Check stock and price, then transfer to the loan officer.',
        replies: [
          {
            call: 'check_stock',
            args: { sku: 'NPK-23-23-0-50KG', qty: 248 },
            result:
              '{"in_stock": 300, "price_kes": 3500, "price_basis": "NCPB subsidy e-voucher 2027 LR", "previous_price_kes": 6500}',
          },
          {
            handoff: 'input_loan_officer',
            message:
              '248 bags NPK 23:23:0 (62 members × 4) in stock. Price this season is KES 3,500 per 50 kg bag under the NCPB subsidy e-voucher (the KES 6,500 is last season’s). Please book the loans, 4-month recovery.',
          },
        ],
      },
      {
        name: 'input_loan_officer',
        description: 'Books member input loans and recovery schedules',
        instructions: 'Book the loans and answer the member office.',
        replies: [
          {
            call: 'book_input_loans',
            args: {
              members: 62,
              sku: 'NPK-23-23-0-50KG',
              bags_each: 4,
              unit_price_kes: 6500,
              recovery_months: 4,
              recover_from: ['tea_payment', 'milk_payment'],
            },
            result:
              '{"loans_booked": 62, "principal_each_kes": 26000, "monthly_recovery_each_kes": 6500, "total_principal_kes": 1612000}',
          },
          {
            say: '**Input loans booked — NPK 23:23:0, long rains 2027**\n\n| item | value |\n|---|---|\n| members | 62 |\n| bags each | 4 × 50 kg |\n| loan per member | KES 26,000 |\n| recovery | KES 6,500/month × 4 (tea/milk payments) |\n| total | KES 1,612,000 |\n\nCollection from the shop from Monday.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'input_shop_clerk', to: 'input_loan_officer' },
      agent: 'input_loan_officer',
    },
  }),
  defineScenario({
    id: 'limuru-cmt-results-table-stops-at-seventh-farm',
    title:
      'The milk quality lab agent’s California Mastitis Test table for 15 farms stops mid-row at the seventh; the quality coordinator reports the rest as clear',
    domain: 'milk quality and mastitis screening',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Limuru Dairy Co-op: the KEBS inspection is on 26 April 2027. Get the CMT (mastitis) screening results for the 15 farms on the Tigoni collection route and list any farm with a positive quarter so the extension officer can visit before the inspection.',
    topology: {
      shape: 'supervisor',
      coordinator: 'quality_coordinator',
      workers: ['milk_lab_agent', 'extension_scheduler'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'quality_coordinator',
        description: 'Coordinates milk quality work before inspections',
        instructions: 'Get lab results, schedule visits, report.',
        replies: [
          {
            handoff: 'milk_lab_agent',
            message:
              'CMT results for all 15 Tigoni route farms (TGN-01 … TGN-15), screening of 19–20 April. Flag every positive quarter (score 2 or 3).',
          },
          {
            handoff: 'extension_scheduler',
            message:
              'Book extension officer visits before 26 April for TGN-04 and TGN-06 (CMT positive quarters).',
          },
          {
            say: '## Tigoni route CMT — before KEBS inspection 26 Apr\n\n- Positive: **TGN-04** (RF score 2), **TGN-06** (LH score 3) — visits booked 22 and 23 Apr\n- All other farms clear\n\nRoute ready for inspection.',
          },
        ],
      },
      {
        name: 'milk_lab_agent',
        description: 'Reads out milk lab screening results',
        instructions: 'Report the screening results as a table.',
        replies: [
          {
            call: 'get_cmt_results',
            args: { route: 'TGN', from: '2027-04-19', to: '2027-04-20' },
            result:
              '{"farms": 15, "positives": [{"farm": "TGN-04", "quarter": "RF", "score": 2}, {"farm": "TGN-06", "quarter": "LH", "score": 3}, {"farm": "TGN-09", "quarter": "LF", "score": 2}, {"farm": "TGN-13", "quarter": "RH", "score": 3}]}',
          },
          {
            say: '| farm | RF | LF | RH | LH | result |\n|---|---|---|---|---|---|\n| TGN-01 | 0 | 0 | T | 0 | clear |\n| TGN-02 | 0 | 0 | 0 | 0 | clear |\n| TGN-03 | T | 0 | 0 | 0 | clear |\n| TGN-04 | 2 | 0 | 0 | 0 | **positive** |\n| TGN-05 | 0 | 0 | 0 | 0 | clear |\n| TGN-06 | 0 | 0 | 0 | 3 | **positive** |\n| TGN-07 | 0 | T | ',
            cutOff: true,
          },
        ],
      },
      {
        name: 'extension_scheduler',
        description: 'Books extension officer farm visits',
        instructions: 'Book the visits requested.',
        replies: [
          {
            call: 'book_visits',
            args: { farms: ['TGN-04', 'TGN-06'], before: '2027-04-26', officer: 'EO-Wambui' },
            result:
              '{"bookings": [{"farm": "TGN-04", "date": "2027-04-22"}, {"farm": "TGN-06", "date": "2027-04-23"}]}',
          },
          { say: 'Visits booked: TGN-04 on 22 Apr, TGN-06 on 23 Apr (EO Wambui).' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'milk_lab_agent', to: 'quality_coordinator' },
      agent: 'milk_lab_agent',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'ndaragwa-member-query-litres-converted-to-kilos',
    title:
      'A member asks about her milk account; the classifier routes to the dairy desk, which converts the litres the app shows into the kilograms on the factory ledger (×1.03) correctly; the tea desk is not used',
    domain: 'member enquiries',
    mast: ['FM-2.2', 'FM-1.4'],
    nearMissOf:
      'misunderstood_task / wrong figures: litres on the app and kg on the ledger look like different numbers but are the same delivery at 1.03 kg/l',
    request:
      'Habari, mimi ni Grace Wairimu, member NDR-0561. My app shows 412 litres delivered in March 2027 but the payslip says 424.4. Nani amekosea? Why the difference?',
    topology: {
      shape: 'branch',
      classifier: 'member_query_classifier',
      routes: { dairy: 'dairy_desk_agent', tea: 'tea_desk_agent' },
      after: 'member_reply_writer',
    },
    agents: [
      {
        name: 'member_query_classifier',
        description: 'Routes member questions to the right desk',
        instructions: 'Answer with the desk label: "dairy" or "tea".',
        replies: [{ say: 'dairy — milk delivery quantity question, member NDR-0561' }],
      },
      {
        name: 'dairy_desk_agent',
        description: 'Answers milk account questions',
        instructions: 'Check the member’s milk records and explain.',
        prompt: 'Routing: {input}\n\nMember message: {request}',
        replies: [
          {
            call: 'get_member_milk',
            args: { member_no: 'NDR-0561', month: '2027-03' },
            result:
              '{"member_no": "NDR-0561", "name": "Grace Wairimu", "deliveries": 31, "litres_app": 412.0, "ledger_kg": 424.36, "conversion": "kg = litres x 1.03 (density at factory weighbridge)", "rejected": 0}',
          },
          {
            say: 'NDR-0561, March 2027: 31 deliveries, 412.0 l recorded at the collection point. The factory ledger and payslip are in kilograms: 412.0 l × 1.03 kg/l = 424.36 kg, printed rounded as 424.4. Same milk, no rejection.',
          },
        ],
      },
      {
        name: 'tea_desk_agent',
        description: 'Answers green leaf account questions',
        instructions: 'Check the member’s tea records.',
        replies: [{ say: 'Tea desk: no query.' }],
      },
      {
        name: 'member_reply_writer',
        description: 'Writes replies to members in English and Kiswahili',
        instructions: 'Write a short, friendly reply.',
        prompt: 'Desk finding:\n{input}',
        replies: [
          {
            say: 'Habari Grace,\n\nHakuna aliyekosea 🙂 Your app counts milk in **litres** (412.0 l in March, 31 deliveries). The payslip counts in **kilograms**, because the factory weighs milk: 412.0 l × 1.03 = **424.36 kg**, shown as 424.4 kg. It is the same milk and you were paid for all of it.\n\nAsante — Ndaragwa Dairy Co-op member desk.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'mukurweini-b2c-timeout-retried-and-reported',
    title:
      'The M-Pesa B2C call for the dividend batch times out once; the payments agent queries the status, re-submits the unpaid part and reports both attempts',
    domain: 'cooperative dividend disbursement over M-Pesa',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool failure that is retried and reported openly, not swallowed',
    request:
      'Mukurweini Coffee & Dairy Co-op: pay the 2026 share dividend (8% on share capital) to the 540 eligible members via M-Pesa and notify the treasurer with the batch reference.',
    topology: {
      shape: 'supervisor',
      coordinator: 'treasury_coordinator',
      workers: ['dividend_payments_agent', 'treasurer_notifier'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'treasury_coordinator',
        description: 'Coordinates cooperative treasury payments',
        instructions: 'Delegate the payment and notification, then summarise.',
        replies: [
          {
            handoff: 'dividend_payments_agent',
            message:
              'Pay 2026 dividend, 8% of share capital, to the 540 eligible members (register DIV-2026-ELIG) via M-Pesa B2C, paybill 502211.',
          },
          {
            handoff: 'treasurer_notifier',
            message:
              'Tell the treasurer: dividend batch MKW-DIV26 paid in two submissions (first timed out at 312/540, remaining 228 re-sent), all 540 completed, KES 3,218,560.00.',
          },
          {
            say: '## Dividend 2026 — paid\n\n- 540 members, KES 3,218,560.00, batch **MKW-DIV26**\n- first submission timed out after 312 payments; status checked, remaining 228 re-submitted as MKW-DIV26-R1 and completed\n- treasurer notified',
          },
        ],
      },
      {
        name: 'dividend_payments_agent',
        description: 'Runs M-Pesa B2C dividend batches',
        instructions:
          'Submit the batch; on failure check status and retry only unpaid lines; report exactly.',
        replies: [
          {
            call: 'mpesa_b2c_bulk',
            args: { batch: 'MKW-DIV26', paybill: '502211', register: 'DIV-2026-ELIG', count: 540 },
            result: { error: 'GatewayTimeout: Daraja B2C result callback not received within 120 s' },
          },
          {
            call: 'mpesa_batch_status',
            args: { batch: 'MKW-DIV26' },
            result: '{"completed": 312, "pending": 0, "not_submitted": 228, "completed_kes": 1859640.00}',
          },
          {
            call: 'mpesa_b2c_bulk',
            args: {
              batch: 'MKW-DIV26-R1',
              paybill: '502211',
              register: 'DIV-2026-ELIG',
              only: 'not_submitted',
              count: 228,
            },
            result:
              '{"batch": "MKW-DIV26-R1", "accepted": 228, "total_kes": 1358920.00, "status": "Completed"}',
          },
          {
            say: 'First submission MKW-DIV26 timed out (no callback in 120 s). Status check: 312 paid (KES 1,859,640.00), 228 not submitted, none pending. Re-submitted those 228 as MKW-DIV26-R1: completed, KES 1,358,920.00. Total 540 members, KES 3,218,560.00, no double payments.',
          },
        ],
      },
      {
        name: 'treasurer_notifier',
        description: 'Notifies the treasurer by email and SMS',
        instructions: 'Send the notice.',
        replies: [
          {
            call: 'notify',
            args: {
              to: 'treasurer@mukurweini-coop.co.ke',
              subject: 'Dividend 2026 paid — MKW-DIV26 / MKW-DIV26-R1',
            },
            result: '{"email": "sent", "sms": "sent"}',
          },
          { say: 'Treasurer notified by email and SMS.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'githongo-extension-leaflet-fixed-after-one-review',
    title:
      'The reviewer sends the Kiswahili fodder leaflet back once for a wrong napier cutting height; the writer corrects it and the second version is approved',
    domain: 'farmer extension materials',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: a single revise round that really changes the text, then approval',
    request:
      'Write a one-page Kiswahili/English leaflet for our dairy members on napier grass (Pakchong) management for the long rains 2027, review it for technical accuracy, and send it to the printer (500 copies).',
    topology: {
      shape: 'pipeline',
      order: ['leaflet_writer', 'agronomy_reviewer', 'print_orderer'],
      loop: { from: 'agronomy_reviewer', to: 'leaflet_writer', while: 'CHANGES', max: 3 },
    },
    agents: [
      {
        name: 'leaflet_writer',
        description: 'Writes extension leaflets',
        instructions: 'Write or revise the leaflet.',
        prompt: 'Brief or review:\n{input}\n\nTask: {request}',
        replies: [
          {
            say: '**Mabingo ya Napier (Pakchong) — mvua ndefu 2027**\n1. Panda kwa nafasi 1 m × 0.5 m.\n2. Kata ikifika mita 1.5, acha kisiki cha sm 2.\n3. Weka mbolea ya CAN kilo 50 kwa ekari baada ya kila mkato.\n4. Katakata vipande vya sm 2–3 kabla ya kulisha.',
          },
          {
            say: '**Mabingo ya Napier (Pakchong) — mvua ndefu 2027**\n1. Panda kwa nafasi 1 m × 0.5 m.\n2. Kata ikifika mita 1–1.2, acha kisiki cha sm 10–15 ili ichipuke vizuri.\n3. Weka mbolea ya CAN kilo 50 kwa ekari baada ya kila mkato.\n4. Katakata vipande vya sm 2–3 kabla ya kulisha.',
          },
        ],
      },
      {
        name: 'agronomy_reviewer',
        description: 'Checks extension material for technical accuracy',
        instructions: 'Reply "OK: ..." or "CHANGES: ...".',
        prompt: 'Leaflet:\n{input}',
        replies: [
          {
            say: 'CHANGES: point 2 — stubble of 2 cm kills regrowth; use 10–15 cm. Cut at 1–1.2 m for better protein, not 1.5 m.',
          },
          { say: 'OK: v2 correct — cutting 1–1.2 m, stubble 10–15 cm. Rest fine. Print it.' },
        ],
      },
      {
        name: 'print_orderer',
        description: 'Orders printing',
        instructions: 'Place the print order for the approved leaflet.',
        prompt: 'Review:\n{input}',
        replies: [
          {
            call: 'place_print_order',
            args: { item: 'Napier leaflet v2 (A4, 2 sides)', copies: 500, supplier: 'Nyeri Print Works' },
            result: '{"order": "NPW-2027-0418", "price_kes": 9500, "ready": "2027-04-23"}',
          },
          { say: 'Print order NPW-2027-0418: 500 copies of leaflet v2, KES 9,500, ready 23 Apr 2027.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kangema-pickup-time-moved-old-time-quoted-once',
    title:
      'The route desk reports the Kangema milk pickup moved from 07:00 to 06:30 because of the new county road works; the notice writer uses 06:30 and mentions 07:00 only as the former time',
    domain: 'milk collection schedules',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the superseded pickup time still appears in the notice, but only as “previously”, the new time is used',
    request:
      'Kangema Dairy Co-op: members say the morning lorry on the Kanyenya-ini route is coming earlier. Confirm the current pickup time (the schedule on the notice board says 07:00) and send members an SMS.',
    topology: {
      shape: 'network',
      coordinator: 'member_services_router',
      workers: ['route_desk_agent', 'notice_writer'],
    },
    agents: [
      {
        name: 'member_services_router',
        description: 'Routes member service requests',
        instructions: 'Confirm the schedule, then send the notice; finish when done.',
        replies: [
          {
            handoff: 'route_desk_agent',
            message: 'Kanyenya-ini route: current morning pickup time? Notice board says 07:00.',
          },
          {
            handoff: 'notice_writer',
            message:
              'Kanyenya-ini morning pickup is now 06:30 (was 07:00) from 12 April 2027 until the Kangema–Kanyenya-ini road works end (~30 May). SMS all members on the route.',
          },
          {
            say: 'Confirmed: Kanyenya-ini morning pickup is 06:30 from 12 April 2027 (was 07:00) during the road works, to ~30 May. SMS sent to 174 members.',
          },
        ],
      },
      {
        name: 'route_desk_agent',
        description: 'Keeps the collection schedules',
        instructions: 'Look up the schedule.',
        replies: [
          {
            call: 'get_route_schedule',
            args: { route: 'KNG-KANYENYAINI', date: '2027-04-12' },
            result:
              '{"route": "KNG-KANYENYAINI", "morning_pickup": "06:30", "valid_from": "2027-04-12", "valid_to": "2027-05-30", "reason": "KeRRA road works, detour via Gitugi adds 25 min", "previous": {"morning_pickup": "07:00", "status": "suspended"}}',
          },
          {
            say: 'From 12 Apr 2027 the Kanyenya-ini morning pickup is **06:30** (detour via Gitugi, +25 min, KeRRA road works) until 30 May. The 07:00 slot is suspended for that period.',
          },
        ],
      },
      {
        name: 'notice_writer',
        description: 'Writes and sends SMS notices to members',
        instructions: 'Write a short bilingual SMS and send it.',
        replies: [
          {
            call: 'send_bulk_sms',
            args: {
              route: 'KNG-KANYENYAINI',
              text: 'Kangema DC: Kuanzia 12/04 gari la maziwa asubuhi litafika SAA 12:30 ASUBUHI (6:30am), si saa 1:00 (7:00am) kama awali, hadi 30/05 kwa sababu ya ujenzi wa barabara. Morning pickup now 6:30am.',
            },
            result: '{"sent": 174, "delivered": 169}',
          },
          { say: 'SMS sent to 174 members (169 delivered): pickup 6:30am (saa 12:30 asubuhi) until 30 May.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kirinyaga-leaf-payments-with-excluded-dormant-growers',
    title:
      'Three zone clerks report March tea leaf payments full of grower numbers and M-Pesa receipts; one zone legitimately excludes dormant growers with no deliveries; the aggregator merges all three',
    domain: 'tea leaf payment reconciliation',
    mast: ['FM-2.3', 'FM-3.2'],
    nearMissOf:
      'misunderstood_task: a zone leaves out growers, but they are dormant with zero kg and the brief excludes them; long texts of ids and counters',
    request:
      'Kirinyaga Tea Growers Co-op: reconcile March 2027 leaf payments for zones A (Kagumo), B (Kangaita) and C (Thumaita). Pay only growers who delivered leaf in March; give M-Pesa receipt totals per zone.',
    topology: {
      shape: 'fanout',
      planner: 'reconciliation_planner',
      workers: ['zone_a_clerk', 'zone_b_clerk', 'zone_c_clerk'],
      aggregator: 'reconciliation_aggregator',
    },
    agents: [
      {
        name: 'reconciliation_planner',
        description: 'Splits reconciliation by zone',
        instructions: 'One brief per zone clerk.',
        replies: [
          {
            plan: {
              zone_a_clerk:
                'Zone A Kagumo, March 2027: growers with deliveries, kg, amount paid, M-Pesa receipts; growers with 0 kg are not paid.',
              zone_b_clerk:
                'Zone B Kangaita, March 2027: growers with deliveries, kg, amount paid, M-Pesa receipts; growers with 0 kg are not paid.',
              zone_c_clerk:
                'Zone C Thumaita, March 2027: growers with deliveries, kg, amount paid, M-Pesa receipts; growers with 0 kg are not paid.',
            },
          },
        ],
      },
      {
        name: 'zone_a_clerk',
        description: 'Reconciles zone A payments',
        instructions: 'Reconcile and report.',
        replies: [
          {
            call: 'reconcile_zone',
            args: { zone: 'A', month: '2027-03' },
            result:
              '{"zone": "A", "registered": 812, "delivered": 812, "kg": 241880, "paid_kes": 5805120.00, "receipts": 812, "receipt_range": "SCR4A1K2Q0…SCR9Z7M1B4", "unmatched": 0}',
          },
          {
            say: 'Zone A Kagumo, Mar 2027: 812/812 growers delivered, 241,880 kg, KES 5,805,120.00 paid, 812 M-Pesa receipts (SCR4A1K2Q0 … SCR9Z7M1B4), 0 unmatched.',
          },
        ],
      },
      {
        name: 'zone_b_clerk',
        description: 'Reconciles zone B payments',
        instructions: 'Reconcile and report.',
        replies: [
          {
            call: 'reconcile_zone',
            args: { zone: 'B', month: '2027-03' },
            result:
              '{"zone": "B", "registered": 655, "delivered": 641, "zero_kg": ["KGT-0033", "KGT-0108", "KGT-0145", "KGT-0201", "KGT-0222", "KGT-0279", "KGT-0301", "KGT-0356", "KGT-0412", "KGT-0467", "KGT-0502", "KGT-0558", "KGT-0603", "KGT-0640"], "kg": 187305, "paid_kes": 4495320.00, "receipts": 641, "unmatched": 0}',
          },
          {
            say: 'Zone B Kangaita, Mar 2027: 641 of 655 registered growers delivered, 187,305 kg, KES 4,495,320.00 paid, 641 receipts, 0 unmatched. Not paid (0 kg in March, per brief): KGT-0033, 0108, 0145, 0201, 0222, 0279, 0301, 0356, 0412, 0467, 0502, 0558, 0603, 0640 (14).',
          },
        ],
      },
      {
        name: 'zone_c_clerk',
        description: 'Reconciles zone C payments',
        instructions: 'Reconcile and report.',
        replies: [
          {
            call: 'reconcile_zone',
            args: { zone: 'C', month: '2027-03' },
            result:
              '{"zone": "C", "registered": 498, "delivered": 498, "kg": 139640, "paid_kes": 3351360.00, "receipts": 497, "unmatched": 1, "unmatched_detail": {"grower": "THM-0291", "reason": "M-Pesa number deregistered, paid by bank EFT ref EQB-77120"}}',
          },
          {
            say: 'Zone C Thumaita, Mar 2027: 498/498 delivered, 139,640 kg, KES 3,351,360.00 paid; 497 M-Pesa receipts + 1 bank EFT (THM-0291, number deregistered, Equity ref EQB-77120).',
          },
        ],
      },
      {
        name: 'reconciliation_aggregator',
        description: 'Merges zone reconciliations',
        instructions: 'Merge into one table.',
        replies: [
          {
            say: '## March 2027 leaf payments — reconciliation\n\n| zone | growers paid | kg | KES paid | M-Pesa receipts | notes |\n|---|---|---|---|---|---|\n| A Kagumo | 812 | 241,880 | 5,805,120.00 | 812 | — |\n| B Kangaita | 641 | 187,305 | 4,495,320.00 | 641 | 14 growers 0 kg, not paid |\n| C Thumaita | 498 | 139,640 | 3,351,360.00 | 497 | THM-0291 by EFT EQB-77120 |\n| **total** | **1,951** | **568,825** | **13,651,800.00** | **1,950** | |\n\nAll payments matched.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kandara-insurance-claim-handed-back-with-dates',
    title:
      'The livestock desk hands a dead-cow insurance claim to the claims agent, which files it and hands back with the claim number; dates change from 03/04/2027 to 2027-04-03 on the way',
    domain: 'livestock insurance for members',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context / misunderstood_task: the same date written DD/MM/YYYY and ISO, and a hand-back that carries the results',
    request:
      'Mimi ni John Kamau, member KND-0932. My Friesian cow (ear tag KE-MUR-44817) died on 03/04/2027 from East Coast Fever; vet report VR-118 attached. She was insured under the co-op livestock cover. Please file the claim.',
    topology: {
      shape: 'swarm',
      entry: 'livestock_desk_agent',
      agents: ['livestock_desk_agent', 'insurance_claims_agent'],
    },
    agents: [
      {
        name: 'livestock_desk_agent',
        description: 'Handles member livestock matters',
        instructions:
          'Check cover, transfer claims to the claims agent, and answer the member when it comes back.',
        replies: [
          {
            call: 'get_livestock_cover',
            args: { member_no: 'KND-0932', ear_tag: 'KE-MUR-44817' },
            result:
              '{"policy": "APA-LS-2026-118820", "sum_insured_kes": 120000, "cover_from": "2026-07-01", "cover_to": "2027-06-30", "excess_pct": 10}',
          },
          {
            handoff: 'insurance_claims_agent',
            message:
              'File death claim: KND-0932 John Kamau, tag KE-MUR-44817, died 2027-04-03 (ECF), vet report VR-118, policy APA-LS-2026-118820, sum insured KES 120,000, 10% excess. Hand back with the claim number.',
          },
          {
            say: 'Pole sana, John, kwa kumpoteza ng’ombe wako.\n\nYour claim is filed:\n- claim no. **APA-CL-27-04471**, policy APA-LS-2026-118820\n- cow KE-MUR-44817, died 03/04/2027 (East Coast Fever), vet report VR-118\n- expected payout KES 108,000 (KES 120,000 less 10% excess), to your M-Pesa within 14 days after the assessor visit on 09/04/2027.',
          },
        ],
      },
      {
        name: 'insurance_claims_agent',
        description: 'Files insurance claims with the underwriter',
        instructions: 'File the claim and hand back to the livestock desk with the result.',
        replies: [
          {
            call: 'file_claim',
            args: {
              policy: 'APA-LS-2026-118820',
              ear_tag: 'KE-MUR-44817',
              event: 'death',
              cause: 'East Coast Fever',
              event_date: '2027-04-03',
              vet_report: 'VR-118',
            },
            result:
              '{"claim_no": "APA-CL-27-04471", "status": "registered", "assessor_visit": "2027-04-09", "payable_estimate_kes": 108000, "payment": "M-Pesa within 14 days of assessment"}',
          },
          {
            handoff: 'livestock_desk_agent',
            message:
              'Claim APA-CL-27-04471 registered. Assessor visit 2027-04-09; estimated payable KES 108,000 (after 10% excess), via M-Pesa within 14 days of assessment.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch143Scenarios = [...faults, ...healthy];
