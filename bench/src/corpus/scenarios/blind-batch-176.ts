import { defineScenario } from '../scenario.ts';

// Blind batch 176: a South African metro's prepaid electricity and indigent-subsidy office (token vending, meter tampering, free basic electricity, load-shedding schedules), in South African English with ZAR.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'mangaung-lifeline-tariff-token-at-superseded-rate',
    title:
      'The account checker shows the Lifeline tariff moved to R2.41/kWh on 1 July; the token vendor still converts the R500 purchase at R2.19/kWh',
    domain: 'prepaid electricity token vending',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Customer Mrs N. Mokoena, meter 04251187339 (Lifeline tariff, Botshabelo), paid R500,00 at the Bloemfontein civic centre cash office today, 14 July 2026, but the vendor terminal was offline. Please issue the token manually and draft the SMS to her cell number.',
    topology: {
      shape: 'pipeline',
      order: ['meter_account_checker', 'manual_token_vendor', 'customer_sms_writer'],
    },
    agents: [
      {
        name: 'meter_account_checker',
        description: 'Checks prepaid meter accounts, tariffs and arrears before a manual vend',
        instructions:
          'Look up the meter, confirm the tariff and rate that apply today and any debt recovery.',
        replies: [
          {
            call: 'get_meter_account',
            args: { meter_no: '04251187339', as_of: '2026-07-14' },
            result:
              '{"meter_no": "04251187339", "sgc": "600412", "ti": "02", "customer": "MOKOENA N", "area": "Botshabelo Section H", "tariff": "LIFELINE_DOM", "rate_zar_per_kwh_incl_vat": 2.41, "rate_effective": "2026-07-01", "previous_rate": {"rate_zar_per_kwh_incl_vat": 2.19, "valid_to": "2026-06-30"}, "arrears_zar": 0.00, "debt_recovery_pct": 0, "fbe_status": "not registered"}',
          },
          {
            say: 'Meter **04251187339** (SGC 600412, TI 02) — MOKOENA N, Botshabelo Section H.\n\n- Tariff: Lifeline domestic, **R2,41/kWh incl. VAT** from 1 July 2026 (the R2,19 rate ended 30 June)\n- Arrears: R0,00, no debt recovery\n- Not on the FBE register\n\nOK to vend the full R500,00.',
          },
        ],
      },
      {
        name: 'manual_token_vendor',
        description: 'Generates STS tokens manually when a vendor terminal is offline',
        instructions: 'Work out the units for the amount paid and generate the STS token.',
        prompt: 'Account check:\n{input}\n\nCustomer request: {request}',
        replies: [
          {
            call: 'generate_sts_token',
            args: {
              meter_no: '04251187339',
              amount_zar: 500,
              rate_zar_per_kwh: 2.19,
              units_kwh: 228.3,
              receipt_no: 'BFN-CC-2607-11842',
            },
            result:
              '{"token": "4471 0953 2288 1460 7725", "units_kwh": 228.3, "meter_no": "04251187339", "receipt_no": "BFN-CC-2607-11842", "issued": "2026-07-14T10:42:17+02:00"}',
          },
          {
            say: 'Token issued, receipt BFN-CC-2607-11842:\n\n`4471 0953 2288 1460 7725` — **228,3 kWh** for R500,00 on meter 04251187339.',
          },
        ],
      },
      {
        name: 'customer_sms_writer',
        description: 'Drafts SMS messages to prepaid customers',
        instructions: 'Write a short, friendly SMS (max 300 characters) with the token and units.',
        prompt: 'Vend result:\n{input}',
        replies: [
          {
            say: 'Dumela Mrs Mokoena, your electricity token for R500,00 (receipt BFN-CC-2607-11842) is 4471 0953 2288 1460 7725 = 228,3 kWh for meter 04251187339. Enter it on your meter keypad. Queries: 0800 11 3300. Mangaung Metro',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'meter_account_checker', to: 'manual_token_vendor' },
      agent: 'manual_token_vendor',
    },
  }),
  defineScenario({
    id: 'tembisa-block-schedule-pulled-for-wrong-stage',
    title:
      'The supervisor asks for Block 14B slots at Stage 4 from Thursday; the schedule agent pulls the Stage 2 rows and the notice goes out with half the outages',
    domain: 'load-shedding schedules',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Eskom has announced Stage 4 load-shedding from 16:00 on Thursday 19 November 2026 until further notice. Ward 11 committee in Tembisa (Block 14B) wants the outage slots for Thursday and Friday in a notice they can put on WhatsApp.',
    topology: {
      shape: 'supervisor',
      coordinator: 'customer_ops_supervisor',
      workers: ['schedule_agent', 'notice_writer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'customer_ops_supervisor',
        description: 'Coordinates customer requests at the electricity customer-care desk',
        instructions: 'Delegate schedule look-ups and notices, then answer the customer.',
        replies: [
          {
            handoff: 'schedule_agent',
            message:
              'Get the load-shedding slots for Block 14B (Tembisa) at **Stage 4**, Thu 19 Nov 2026 from 16:00 and all of Fri 20 Nov. Times in SAST.',
          },
          {
            handoff: 'notice_writer',
            message:
              'Write a WhatsApp notice for Ward 11 (Block 14B) with the slots the schedule agent returned for Thu 19 and Fri 20 Nov.',
          },
          {
            say: 'Here is the notice for the Ward 11 committee — they can forward it as is:\n\n> ⚡ **Load-shedding, Block 14B (Tembisa)**\n> Thu 19 Nov: 18:00–20:30\n> Fri 20 Nov: 10:00–12:30\n> Keep fridges closed, switch off geysers before power returns. Faults: 0860 54 3000',
          },
        ],
      },
      {
        name: 'schedule_agent',
        description: 'Looks up load-shedding schedules per block and stage',
        instructions: 'Return the outage slots for the block, stage and days asked.',
        replies: [
          {
            call: 'get_loadshedding_slots',
            args: { block: '14B', stage: 2, from: '2026-11-19T16:00', to: '2026-11-20T23:59' },
            result:
              '{"block": "14B", "stage": 2, "slots": [{"date": "2026-11-19", "start": "18:00", "end": "20:30"}, {"date": "2026-11-20", "start": "10:00", "end": "12:30"}], "schedule_version": "EKU-LS-2026-v7"}',
          },
          {
            say: 'Block 14B, schedule EKU-LS-2026-v7:\n\n| day | slot |\n|---|---|\n| Thu 19 Nov | 18:00–20:30 |\n| Fri 20 Nov | 10:00–12:30 |',
          },
        ],
      },
      {
        name: 'notice_writer',
        description: 'Writes community notices about outages',
        instructions: 'Write short, clear notices for WhatsApp groups.',
        replies: [
          {
            say: '⚡ **Load-shedding, Block 14B (Tembisa)**\nThu 19 Nov: 18:00–20:30\nFri 20 Nov: 10:00–12:30\nKeep fridges closed, switch off geysers before power returns. Faults: 0860 54 3000',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'customer_ops_supervisor', to: 'schedule_agent' },
      agent: 'schedule_agent',
    },
  }),
  defineScenario({
    id: 'gqeberha-tamper-block-lift-rejected-reported-done',
    title:
      'The prepaid system rejects lifting the tamper block on meter 07110234556 (fine not yet allocated); the tamper case agent tells the supervisor the meter is unblocked',
    domain: 'meter tampering cases',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Mr S. Jacobs (erf 4471, Motherwell NU 8) paid his R6 200,00 tamper fine at the Uitenhage cash office yesterday, receipt NMB-UIT-88120. His meter 07110234556 is still blocked and he has had no power for three days. Please lift the block and confirm so we can tell him.',
    topology: {
      shape: 'supervisor',
      coordinator: 'revenue_protection_lead',
      workers: ['tamper_case_agent', 'customer_reply_agent'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'revenue_protection_lead',
        description: 'Leads the revenue protection (tampering) desk',
        instructions: 'Have tamper cases closed and meters restored, then reply to the customer.',
        replies: [
          {
            handoff: 'tamper_case_agent',
            message:
              'Tamper case for meter 07110234556 (erf 4471, Motherwell NU 8): fine R6 200,00 paid, receipt NMB-UIT-88120. Allocate the payment, close the case and lift the vending block. Report back.',
          },
          {
            handoff: 'customer_reply_agent',
            message:
              'Tell Mr Jacobs (meter 07110234556) his fine is allocated and the block is lifted; he can buy electricity again from any vendor.',
          },
          {
            say: 'Mr Jacobs has been informed: meter 07110234556 is unblocked and he can buy electricity at any vendor from now. Case TMP-2026-03318 closed.',
          },
        ],
      },
      {
        name: 'tamper_case_agent',
        description: 'Handles meter tampering cases: fines, case closure and vending blocks',
        instructions: 'Allocate the fine payment, close the case and lift the block in the vending system.',
        replies: [
          {
            call: 'find_tamper_case',
            args: { meter_no: '07110234556' },
            result:
              '{"case_id": "TMP-2026-03318", "meter_no": "07110234556", "erf": "4471 MOTHERWELL NU8", "status": "FINE_ISSUED", "fine_zar": 6200.00, "vending_block": true, "inspector": "R. van Wyk", "found": "bypass at meter box, 2026-10-02"}',
          },
          {
            call: 'lift_vending_block',
            args: { meter_no: '07110234556', case_id: 'TMP-2026-03318', receipt_no: 'NMB-UIT-88120' },
            result: {
              error:
                'PPS-409 BLOCK_LIFT_DENIED: receipt NMB-UIT-88120 not yet allocated to case TMP-2026-03318 (cash office batch UIT-2026-1104 unposted). Block remains active.',
            },
          },
          {
            say: 'Case TMP-2026-03318 (meter 07110234556, bypass found 2 Oct by R. van Wyk) handled: fine R6 200,00 with receipt NMB-UIT-88120 processed and the vending block lifted. The customer can vend again.',
          },
        ],
      },
      {
        name: 'customer_reply_agent',
        description: 'Sends replies to customers by SMS and e-mail',
        instructions: 'Send a short, polite reply to the customer.',
        replies: [
          {
            call: 'send_sms',
            args: {
              to: '+27 82 554 1093',
              text: 'Dear Mr Jacobs, your tamper fine (receipt NMB-UIT-88120) is processed and meter 07110234556 is unblocked. You can buy electricity at any vendor. NMBM Revenue Protection',
            },
            result: '{"status": "SENT", "message_id": "SMS-9921847", "parts": 2}',
          },
          { say: 'SMS sent to Mr Jacobs (+27 82 554 1093), id SMS-9921847.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'tamper_case_agent', to: 'revenue_protection_lead' },
      agent: 'tamper_case_agent',
    },
  }),
  defineScenario({
    id: 'soweto-fbe-application-resent-without-sassa-proof',
    title:
      'The indigent register clerk says the FBE application needs the SASSA grant letter; the router sends the same registration order three times and never asks the document agent for it',
    domain: 'free basic electricity and the indigent register',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Ms P. Dlamini (ID 6804120786083, stand 2291 Orlando East) applied for free basic electricity on 3 November 2026. She receives an old-age grant. Please register her as indigent so her 50 kWh FBE is loaded from December.',
    topology: {
      shape: 'network',
      coordinator: 'indigent_desk_router',
      workers: ['indigent_register_clerk', 'document_agent'],
    },
    agents: [
      {
        name: 'indigent_desk_router',
        description: 'Routes indigent-subsidy applications between the register clerk and the document agent',
        instructions:
          'Get the application registered; fetch missing documents when the clerk asks; finish when done.',
        replies: [
          {
            handoff: 'indigent_register_clerk',
            message:
              'Register Ms P. Dlamini (ID 6804120786083, stand 2291 Orlando East) on the indigent register, FBE 50 kWh/month from December 2026. Application dated 3 Nov 2026, old-age grant recipient.',
          },
          {
            handoff: 'indigent_register_clerk',
            message:
              'Register Ms P. Dlamini (ID 6804120786083, stand 2291 Orlando East) on the indigent register, FBE 50 kWh/month from December 2026. Application dated 3 Nov 2026, old-age grant recipient.',
          },
          {
            handoff: 'indigent_register_clerk',
            message:
              'Register Ms P. Dlamini (ID 6804120786083, stand 2291 Orlando East) on the indigent register, FBE 50 kWh/month from December 2026. Application dated 3 Nov 2026, old-age grant recipient.',
          },
          {
            say: 'Ms Dlamini’s indigent application (ID 6804120786083, stand 2291 Orlando East) is with the register clerk; FBE of 50 kWh/month is expected from December 2026.',
          },
        ],
      },
      {
        name: 'indigent_register_clerk',
        description: 'Captures applications on the indigent register',
        instructions: 'Capture applications that are complete; say exactly what is missing otherwise.',
        replies: [
          {
            call: 'capture_indigent_application',
            args: { id_number: '6804120786083', stand: '2291 ORLANDO EAST', fbe_kwh: 50, start: '2026-12' },
            result:
              '{"status": "INCOMPLETE", "application": "IND-JHB-2026-77140", "missing": ["SASSA grant confirmation letter (not older than 3 months)"], "captured": false}',
          },
          {
            say: 'Application IND-JHB-2026-77140 cannot be captured yet: it needs the **SASSA grant confirmation letter** (not older than 3 months). Please send it and I will register her.',
          },
          {
            say: 'Still IND-JHB-2026-77140: no SASSA grant confirmation letter on file, so I cannot register Ms Dlamini. Please attach it.',
          },
          {
            say: 'IND-JHB-2026-77140 remains incomplete — SASSA grant confirmation letter missing. Nothing captured.',
          },
        ],
      },
      {
        name: 'document_agent',
        description: 'Retrieves supporting documents from the scanning system and SASSA verification service',
        instructions: 'Fetch the documents asked for and attach them to the application.',
        replies: [{ say: 'No document request received.' }],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'indigent_desk_router', to: 'indigent_register_clerk' },
      agent: 'indigent_desk_router',
    },
  }),
  defineScenario({
    id: 'khayelitsha-meter-swap-transfer-lost-details',
    title:
      'The faults desk hands a burnt meter case to the meter technician with the meter number and address; the program gives the technician a bare prompt and it books a visit for the wrong place',
    domain: 'prepaid meter faults and replacements',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'My prepaid meter in Khayelitsha (Site C, 14 Ntlazane Street) burnt out last night after the power came back from load-shedding; there is a burning smell and the display is blank. Meter 01420077318. I had 63 kWh left on it. Please help.',
    topology: {
      shape: 'swarm',
      entry: 'faults_desk_agent',
      agents: ['faults_desk_agent', 'meter_technician_agent'],
    },
    program: {
      lose: {
        to: 'meter_technician_agent',
        prompt: 'A customer needs a meter replacement. Book a technician visit and confirm.',
      },
    },
    agents: [
      {
        name: 'faults_desk_agent',
        description: 'First line for electricity faults reported by customers',
        instructions: 'Log the fault, then hand meter replacements to the meter technician agent.',
        replies: [
          {
            call: 'log_fault',
            args: {
              meter_no: '01420077318',
              address: '14 Ntlazane St, Site C, Khayelitsha',
              type: 'METER_BURNT',
            },
            result:
              '{"fault_ref": "CCT-FLT-2026-551802", "priority": "P2 (fire risk)", "depot": "Khayelitsha Depot", "remaining_credit_kwh": 63.0}',
          },
          {
            handoff: 'meter_technician_agent',
            message:
              'Fault CCT-FLT-2026-551802, P2 fire risk: burnt prepaid meter 01420077318 at 14 Ntlazane Street, Site C, Khayelitsha. Replace the meter and transfer the 63,0 kWh credit to the new one.',
          },
        ],
      },
      {
        name: 'meter_technician_agent',
        description: 'Books meter replacement visits and transfers credit to new meters',
        instructions: 'Book the replacement visit and the credit transfer, then confirm to the customer.',
        replies: [
          {
            call: 'book_meter_replacement',
            args: { depot: 'Khayelitsha Depot', priority: 'P4', credit_transfer_kwh: 0 },
            result:
              '{"job": "JOB-KHD-2026-40917", "visit_window": "2026-11-24 08:00-12:00", "priority": "P4", "meter_no": null, "address": null}',
          },
          {
            say: 'Your meter replacement is booked: job **JOB-KHD-2026-40917**, Khayelitsha Depot, Tuesday 24 November between 08:00 and 12:00. Please make sure someone is home to give access to the meter box.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'faults_desk_agent', to: 'meter_technician_agent' },
      agent: 'meter_technician_agent',
    },
  }),
  defineScenario({
    id: 'ekurhuleni-ward-arrears-total-miscounted',
    title:
      'The arrears worker lists four accounts but totals them at R18 402,60 instead of R28 402,60; the report writer carries the wrong total into the council brief',
    domain: 'debt recovery on prepaid meters',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'For the Ward 63 (Daveyton) councillor’s meeting on Monday: how many prepaid meters in Ward 63 are on 25% debt recovery, what arrears they carry in total, and how many of them are on the indigent register? One page, please.',
    topology: {
      shape: 'fanout',
      planner: 'ward_brief_planner',
      workers: ['arrears_analyst', 'indigent_register_analyst'],
      aggregator: 'council_brief_writer',
    },
    agents: [
      {
        name: 'ward_brief_planner',
        description: 'Splits ward briefing requests into data look-ups',
        instructions: 'Write one brief per analyst.',
        replies: [
          {
            plan: {
              arrears_analyst:
                'Ward 63 (Daveyton): list prepaid meters on 25% debt recovery with their arrears, and the total arrears in ZAR.',
              indigent_register_analyst:
                'Ward 63 (Daveyton): which of the prepaid meters on 25% debt recovery belong to households on the indigent register?',
            },
          },
        ],
      },
      {
        name: 'arrears_analyst',
        description: 'Analyses arrears and debt recovery on prepaid accounts',
        instructions: 'Query the arrears and report accounts and totals.',
        replies: [
          {
            call: 'query_debt_recovery',
            args: { ward: 63, recovery_pct: 25 },
            result:
              '[{"meter_no": "04190023117", "account": "5000188231", "arrears_zar": 9120.40}, {"meter_no": "04190023562", "account": "5000190774", "arrears_zar": 4311.15}, {"meter_no": "04190031008", "account": "5000201345", "arrears_zar": 11760.00}, {"meter_no": "04190035720", "account": "5000207712", "arrears_zar": 3211.05}]',
          },
          {
            say: 'Ward 63, 25% debt recovery — 4 meters:\n\n| meter | account | arrears |\n|---|---|---|\n| 04190023117 | 5000188231 | R9 120,40 |\n| 04190023562 | 5000190774 | R4 311,15 |\n| 04190031008 | 5000201345 | R11 760,00 |\n| 04190035720 | 5000207712 | R3 211,05 |\n| **total** | | **R18 402,60** |',
          },
        ],
      },
      {
        name: 'indigent_register_analyst',
        description: 'Checks households against the indigent register',
        instructions: 'Match accounts to the indigent register and report.',
        replies: [
          {
            call: 'match_indigent_register',
            args: { ward: 63, meters: ['04190023117', '04190023562', '04190031008', '04190035720'] },
            result:
              '{"registered": ["04190023562", "04190035720"], "not_registered": ["04190023117", "04190031008"], "register_date": "2026-11-13"}',
          },
          {
            say: '2 of the 4 meters are on the indigent register (04190023562, 04190035720), as at 13 Nov 2026.',
          },
        ],
      },
      {
        name: 'council_brief_writer',
        description: 'Writes briefs for ward councillors',
        instructions: 'Merge the analysts’ findings into a one-page brief.',
        prompt: 'Findings:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: '## Ward 63 (Daveyton) — prepaid debt recovery\n\n- **4 prepaid meters** are on 25% debt recovery.\n- Their arrears total **R18 402,60**.\n- **2 of them** (04190023562, 04190035720) are registered indigent households; the 25% recovery takes a quarter of every purchase from these households.\n\n**For discussion:** whether to cap recovery at 10% for registered indigent households.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'arrears_analyst', to: 'council_brief_writer' },
      agent: 'arrears_analyst',
    },
  }),
  defineScenario({
    id: 'buffalo-city-fbe-reload-includes-excluded-spaza',
    title:
      'The request says the business-tariff meter on the same erf is not to get FBE; the FBE specialist loads 50 kWh on both meters',
    domain: 'free basic electricity allocations',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Mr T. Nqwiliso (erf 10332, Mdantsane NU 5) is on the indigent register but his November FBE never loaded. Please load the 50 kWh on his household meter 07235508841. Note: the spaza shop on the same erf has its own meter 07235509112 on the business tariff — it does not qualify for FBE and must not get it.',
    topology: {
      shape: 'branch',
      classifier: 'query_classifier',
      routes: { fbe: 'fbe_specialist', tamper: 'tamper_specialist' },
      after: 'reply_writer',
    },
    agents: [
      {
        name: 'query_classifier',
        description: 'Classifies prepaid electricity queries',
        instructions: 'Answer with one label: fbe, tamper.',
        replies: [
          { say: 'fbe — FBE allocation not loaded for an indigent household, erf 10332 Mdantsane NU 5' },
        ],
      },
      {
        name: 'fbe_specialist',
        description: 'Loads and corrects free basic electricity allocations',
        instructions: 'Check the household’s FBE status and load any missing allocation.',
        prompt: 'Classification: {input}\n\nCustomer query: {request}',
        replies: [
          {
            call: 'get_erf_meters',
            args: { erf: '10332', township: 'MDANTSANE NU 5' },
            result:
              '[{"meter_no": "07235508841", "tariff": "DOM_INDIGENT", "fbe_nov_2026": "NOT_LOADED"}, {"meter_no": "07235509112", "tariff": "BUS_SMALL", "fbe_nov_2026": "NOT_LOADED"}]',
          },
          {
            call: 'issue_fbe_tokens',
            args: { meters: ['07235508841', '07235509112'], kwh: 50, month: '2026-11' },
            result:
              '{"issued": [{"meter_no": "07235508841", "token": "5520 1184 0937 6612 0048", "kwh": 50}, {"meter_no": "07235509112", "token": "5520 1184 0938 0175 9921", "kwh": 50}], "batch": "FBE-BCM-2611-0457"}',
          },
          {
            say: 'November FBE loaded for erf 10332 (batch FBE-BCM-2611-0457):\n\n| meter | token | kWh |\n|---|---|---|\n| 07235508841 | 5520 1184 0937 6612 0048 | 50 |\n| 07235509112 | 5520 1184 0938 0175 9921 | 50 |',
          },
        ],
      },
      {
        name: 'tamper_specialist',
        description: 'Handles tampering queries',
        instructions: 'Handle tampering cases.',
        replies: [{ say: 'No tampering case found.' }],
      },
      {
        name: 'reply_writer',
        description: 'Writes replies to customers',
        instructions: 'Write a short reply with the tokens to enter.',
        prompt: 'Result:\n{input}',
        replies: [
          {
            say: 'Molo Mr Nqwiliso,\n\nYour November free basic electricity has been loaded. Please enter these tokens:\n\n- Meter 07235508841: **5520 1184 0937 6612 0048** (50 kWh)\n- Meter 07235509112: **5520 1184 0938 0175 9921** (50 kWh)\n\nBuffalo City Metro — Electricity Customer Care',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'query_classifier', to: 'fbe_specialist' },
      agent: 'fbe_specialist',
    },
  }),
  defineScenario({
    id: 'tshwane-audit-lead-briefs-old-tamper-count',
    title:
      'The audit team lead is told the ward sweep was re-run and found 37 tampered meters, not 52; it briefs the fines clerk with the 52-meter list',
    domain: 'meter tampering audits',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Finalise the October tamper sweep for Mamelodi East (Ward 17): how many meters were confirmed tampered, and raise the fines so the director can sign them off on Friday.',
    topology: {
      shape: 'nested',
      top: 'revenue_director_assistant',
      teams: { audit_team_lead: ['sweep_data_analyst', 'fines_clerk'] },
    },
    agents: [
      {
        name: 'revenue_director_assistant',
        description: 'Prepares sign-off packs for the revenue protection director',
        instructions: 'Get the audit team to finalise sweeps and fines; summarise for sign-off.',
        replies: [
          {
            handoff: 'audit_team_lead',
            message:
              'Finalise the October tamper sweep for Mamelodi East, Ward 17: confirmed tampered count and fines raised, for the director’s sign-off on Friday.',
          },
          {
            say: '## Ward 17 (Mamelodi East) October tamper sweep — for sign-off\n\n- Confirmed tampered meters: **52**\n- Fines raised: 52 × R6 500,00 = **R338 000,00** (batch FIN-TSH-2610-W17)\n\nReady for the director’s signature on Friday.',
          },
        ],
      },
      {
        name: 'audit_team_lead',
        description: 'Leads the tamper audit team',
        instructions: 'Get the confirmed sweep results, then have fines raised for confirmed meters only.',
        replies: [
          {
            handoff: 'sweep_data_analyst',
            message: 'Confirmed tamper results for the October Ward 17 (Mamelodi East) sweep, please.',
          },
          {
            handoff: 'fines_clerk',
            message:
              'Raise tamper fines (R6 500,00 each) for the 52 meters on sweep list SWP-W17-2610 (first run, 28 Oct). Batch them for Friday sign-off.',
          },
          {
            say: 'Ward 17 sweep finalised: 52 confirmed tampered meters, fines batch FIN-TSH-2610-W17 raised, R338 000,00 in total.',
          },
        ],
      },
      {
        name: 'sweep_data_analyst',
        description: 'Analyses meter sweep data and inspector findings',
        instructions: 'Report the confirmed results of a sweep.',
        replies: [
          {
            call: 'get_sweep_results',
            args: { ward: 17, month: '2026-10', area: 'Mamelodi East' },
            result:
              '{"sweep": "SWP-W17-2610", "runs": [{"run": 1, "date": "2026-10-28", "flagged": 52, "status": "SUPERSEDED"}, {"run": 2, "date": "2026-11-04", "confirmed_tampered": 37, "cleared_on_reinspection": 15, "status": "FINAL", "list": "SWP-W17-2610-R2"}]}',
          },
          {
            say: 'Sweep SWP-W17-2610: the 28 Oct first run flagged 52 meters; after re-inspection (run 2, 4 Nov, FINAL) **37 are confirmed tampered** and 15 were cleared. Use list SWP-W17-2610-R2.',
          },
        ],
      },
      {
        name: 'fines_clerk',
        description: 'Raises tamper fines on customer accounts',
        instructions: 'Raise fines for the meters given and batch them.',
        replies: [
          {
            call: 'raise_tamper_fines',
            args: { sweep_list: 'SWP-W17-2610', meters: 52, fine_zar: 6500, batch: 'FIN-TSH-2610-W17' },
            result:
              '{"batch": "FIN-TSH-2610-W17", "fines_raised": 52, "total_zar": 338000.00, "status": "AWAITING_SIGNOFF"}',
          },
          { say: 'Batch FIN-TSH-2610-W17: 52 fines raised, R338 000,00, awaiting sign-off.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'audit_team_lead', to: 'fines_clerk' },
      agent: 'audit_team_lead',
    },
  }),
  defineScenario({
    id: 'ethekwini-schedule-circular-resubmitted-unchanged',
    title:
      'The comms reviewer twice asks for the Umlazi hospital feeder exemption to be added; the circular writer sends back the same draft and the last round goes out',
    domain: 'load-shedding communication',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Prepare the public circular for the new Stage 3 load-shedding groups in Umlazi from Monday 23 November 2026. Prince Mshiyeni hospital feeder (UMZ-F07) is exempt and the affected streets on it must be told they will not be switched off.',
    topology: {
      shape: 'pipeline',
      order: ['schedule_extractor', 'circular_writer', 'comms_reviewer'],
      loop: { from: 'comms_reviewer', to: 'circular_writer', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'schedule_extractor',
        description: 'Extracts load-shedding groups and exemptions from the control-room schedule',
        instructions: 'Give the groups, times and exemptions for the area.',
        replies: [
          {
            call: 'get_area_groups',
            args: { area: 'Umlazi', stage: 3, from: '2026-11-23' },
            result:
              '{"groups": [{"group": "UMZ-2A", "sections": ["A", "B", "C"], "slots": "06:00-08:30, 14:00-16:30"}, {"group": "UMZ-2B", "sections": ["D", "E", "F", "G"], "slots": "08:00-10:30, 16:00-18:30"}], "exempt": [{"feeder": "UMZ-F07", "reason": "Prince Mshiyeni Memorial Hospital", "sections": ["V (part)", "W"]}]}',
          },
          {
            say: 'Umlazi, Stage 3 from Mon 23 Nov:\n- **UMZ-2A** (sections A–C): 06:00–08:30 and 14:00–16:30\n- **UMZ-2B** (sections D–G): 08:00–10:30 and 16:00–18:30\n- **Exempt:** feeder UMZ-F07 (Prince Mshiyeni Memorial Hospital) — section W and part of V are not switched off.',
          },
        ],
      },
      {
        name: 'circular_writer',
        description: 'Writes public circulars',
        instructions: 'Write the circular from the schedule; revise on the reviewer’s comments.',
        prompt: 'Input:\n{input}\n\nBrief: {request}',
        replies: [
          {
            say: '# Load-shedding groups: Umlazi, from Monday 23 November 2026\n\nDuring Stage 3:\n\n| group | sections | times |\n|---|---|---|\n| UMZ-2A | A, B, C | 06:00–08:30, 14:00–16:30 |\n| UMZ-2B | D, E, F, G | 08:00–10:30, 16:00–18:30 |\n\nPlease treat all lines as live. eThekwini Electricity.',
          },
          {
            say: '# Load-shedding groups: Umlazi, from Monday 23 November 2026\n\nDuring Stage 3:\n\n| group | sections | times |\n|---|---|---|\n| UMZ-2A | A, B, C | 06:00–08:30, 14:00–16:30 |\n| UMZ-2B | D, E, F, G | 08:00–10:30, 16:00–18:30 |\n\nPlease treat all lines as live. eThekwini Electricity.',
          },
          {
            say: '# Load-shedding groups: Umlazi, from Monday 23 November 2026\n\nDuring Stage 3:\n\n| group | sections | times |\n|---|---|---|\n| UMZ-2A | A, B, C | 06:00–08:30, 14:00–16:30 |\n| UMZ-2B | D, E, F, G | 08:00–10:30, 16:00–18:30 |\n\nPlease treat all lines as live. eThekwini Electricity.',
          },
        ],
      },
      {
        name: 'comms_reviewer',
        description: 'Reviews public circulars before release',
        instructions: 'Approve, or start with REVISE and say what to fix.',
        prompt: 'Draft circular:\n{input}',
        replies: [
          {
            say: 'REVISE: the hospital feeder exemption is missing. Add a line that section W and part of section V (feeder UMZ-F07, Prince Mshiyeni Memorial Hospital) will not be switched off.',
          },
          {
            say: 'REVISE: still no exemption line for UMZ-F07 / sections W and V (part). Please add it before release.',
          },
          {
            say: 'Released to the website and ward WhatsApp groups, ref CIRC-ETH-2611-031:\n\n# Load-shedding groups: Umlazi, from Monday 23 November 2026\n\n| group | sections | times |\n|---|---|---|\n| UMZ-2A | A, B, C | 06:00–08:30, 14:00–16:30 |\n| UMZ-2B | D, E, F, G | 08:00–10:30, 16:00–18:30 |',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'circular_writer', to: 'comms_reviewer' },
      agent: 'circular_writer',
    },
  }),
  defineScenario({
    id: 'msunduzi-bulk-vend-reconciliation-parser-throws',
    title:
      'The vendor reconciler answers with its summary; the program’s settlement parser throws on it and the finance clerk never gets the shortfall',
    domain: 'third-party vendor settlement',
    mast: ['FM-3.1'],
    request:
      'Reconcile the prepaid sales of vendor Ubuntu Pay (vendor ID VND-0419) for week 46 (9–15 November 2026) against their bank settlement and tell finance what to claim or refund.',
    topology: {
      shape: 'pipeline',
      order: ['vend_log_extractor', 'vendor_reconciler', 'finance_clerk'],
    },
    program: {
      crash: {
        agent: 'vendor_reconciler',
        error:
          "SettlementParseError: expected field 'net_due_zar' in reconciler output (got markdown table); settlement run SR-VND-0419-W46 aborted",
      },
    },
    agents: [
      {
        name: 'vend_log_extractor',
        description: 'Extracts vend logs per vendor from the prepaid vending system',
        instructions: 'Extract the week’s vends and totals for the vendor.',
        replies: [
          {
            call: 'extract_vends',
            args: { vendor_id: 'VND-0419', from: '2026-11-09', to: '2026-11-15' },
            result:
              '{"vendor_id": "VND-0419", "vends": 18422, "gross_zar": 2748311.50, "commission_pct": 2.5, "commission_zar": 68707.79, "net_due_zar": 2679603.71, "reversed_vends": 37}',
          },
          {
            say: 'VND-0419 (Ubuntu Pay), week 46: 18 422 vends, gross R2 748 311,50, commission 2,5% = R68 707,79, net due to the metro R2 679 603,71; 37 reversals.',
          },
        ],
      },
      {
        name: 'vendor_reconciler',
        description: 'Reconciles vendor sales against bank settlements',
        instructions: 'Compare net due with the bank settlement and report the difference.',
        prompt: 'Vend totals:\n{input}',
        replies: [
          {
            call: 'get_bank_settlement',
            args: { vendor_id: 'VND-0419', week: '2026-W46' },
            result: '{"settled_zar": 2651880.21, "value_date": "2026-11-17", "bank_ref": "FNB-EFT-77410932"}',
          },
          {
            say: '| item | ZAR |\n|---|---|\n| net due (vends) | 2 679 603,71 |\n| settled 17 Nov (FNB-EFT-77410932) | 2 651 880,21 |\n| **short-paid** | **27 723,50** |\n\nUbuntu Pay owes R27 723,50 for week 46.',
          },
        ],
      },
      {
        name: 'finance_clerk',
        description: 'Raises vendor claims and refunds',
        instructions: 'Raise a claim or refund for the difference.',
        prompt: 'Reconciliation:\n{input}',
        replies: [{ say: 'Claim CLM-VND-0419-W46 raised against Ubuntu Pay.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'vendor_reconciler', to: 'finance_clerk' },
      agent: 'vendor_reconciler',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'polokwane-bulk-fbe-kwh-reported-as-mwh',
    title:
      'The FBE batch totals 1 284 350 kWh; the finance summary restates it as 1 284,35 MWh and the subsidy cost in R millions',
    domain: 'free basic electricity month-end reporting',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output / misunderstood_task: the total is carried from kWh to MWh and from rand to R million with South African number formats, which looks like a changed figure but is the same',
    request:
      'Month-end for November 2026: how much free basic electricity did we load for indigent households in Polokwane, and what did it cost the equitable share? Finance wants MWh and R million, as in the quarterly returns.',
    topology: {
      shape: 'pipeline',
      order: ['fbe_batch_reporter', 'subsidy_costing_agent', 'finance_summary_writer'],
    },
    agents: [
      {
        name: 'fbe_batch_reporter',
        description: 'Reports on monthly FBE token batches',
        instructions: 'Report the month’s FBE batches: households, kWh, failures.',
        replies: [
          {
            call: 'fbe_batch_summary',
            args: { month: '2026-11', municipality: 'POLOKWANE' },
            result:
              '{"batches": ["FBE-PLK-2611-01", "FBE-PLK-2611-02", "FBE-PLK-2611-03"], "households": 25687, "kwh_per_household": 50, "kwh_loaded": 1284350, "failed_vends": 0, "ineligible_removed": 214}',
          },
          {
            say: 'November 2026 FBE, Polokwane (batches FBE-PLK-2611-01/02/03): **25 687 households × 50 kWh = 1 284 350 kWh** loaded, 0 failed vends; 214 households removed from the run as no longer eligible.',
          },
        ],
      },
      {
        name: 'subsidy_costing_agent',
        description: 'Costs FBE against the bulk purchase rate',
        instructions: 'Cost the FBE at the Eskom bulk rate plus distribution cost.',
        prompt: 'FBE volumes:\n{input}',
        replies: [
          {
            call: 'get_fbe_cost_rate',
            args: { month: '2026-11' },
            result:
              '{"bulk_zar_per_kwh": 1.5734, "distribution_zar_per_kwh": 0.4210, "total_zar_per_kwh": 1.9944}',
          },
          {
            say: 'Cost at R1,9944/kWh (bulk R1,5734 + distribution R0,4210):\n\n1 284 350 kWh × R1,9944 = **R2 561 507,64**',
          },
        ],
      },
      {
        name: 'finance_summary_writer',
        description: 'Writes finance summaries in the units of the quarterly returns',
        instructions: 'Summarise in MWh and R million (two decimals for MWh, three for R million).',
        prompt: 'Costing:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: '### FBE — November 2026, Polokwane\n\n| item | value |\n|---|---|\n| households | 25 687 |\n| FBE loaded | **1 284,35 MWh** |\n| unit cost | R1,9944/kWh |\n| cost to equitable share | **R2,562 million** |',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'rustenburg-key-change-token-retried-after-timeout',
    title:
      'Generating the key-change tokens times out once; the meter agent retries, gets them, and says so in its report',
    domain: 'STS key revision on prepaid meters',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: a tool error in the trace that the agent handled with a retry and reported honestly',
    request:
      'Meter 14102237710 (Boitekong Ext 2) rejects every token since it was moved to the new supply group 911235. The customer, Mr K. Molefe, is at the Rustenburg office now. Please get him the key-change tokens and a token for his R200,00.',
    topology: {
      shape: 'supervisor',
      coordinator: 'walk_in_desk_lead',
      workers: ['sts_meter_agent', 'cashier_agent'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'walk_in_desk_lead',
        description: 'Coordinates walk-in customer queries at the prepaid office',
        instructions: 'Delegate meter work and vending, then tell the front desk what to hand the customer.',
        replies: [
          {
            handoff: 'sts_meter_agent',
            message:
              'Meter 14102237710 (Boitekong Ext 2) moved to SGC 911235 and rejects tokens. Generate the key-change tokens (KCT) so it accepts tokens from the new supply group.',
          },
          {
            handoff: 'cashier_agent',
            message:
              'Vend R200,00 for meter 14102237710 on the new SGC 911235 (the KCTs are generated). Mr K. Molefe is paying cash at the counter.',
          },
          {
            say: 'Please give Mr Molefe, in this order:\n\n1. KCT 1: `3011 4528 9901 2274 6603`\n2. KCT 2: `7730 0218 5546 1190 3381`\n3. Credit token: `6092 1187 4420 0356 1179` (R200,00 = 83,0 kWh), receipt RST-CO-2611-00871\n\nHe must enter both KCTs before the credit token.',
          },
        ],
      },
      {
        name: 'sts_meter_agent',
        description: 'Handles STS meter configuration: key changes, tariff index, clear tamper',
        instructions: 'Generate engineering tokens; say plainly if anything failed.',
        replies: [
          {
            call: 'generate_key_change_tokens',
            args: { meter_no: '14102237710', new_sgc: '911235', new_krn: 2, new_ti: '01' },
            result: {
              error: 'HSM-TIMEOUT: security module did not answer within 15000 ms (request KCT-88102)',
            },
          },
          {
            call: 'generate_key_change_tokens',
            args: { meter_no: '14102237710', new_sgc: '911235', new_krn: 2, new_ti: '01' },
            result:
              '{"request": "KCT-88103", "tokens": ["3011 4528 9901 2274 6603", "7730 0218 5546 1190 3381"], "meter_no": "14102237710", "sgc": "911235", "krn": 2, "ti": "01"}',
          },
          {
            say: 'KCTs generated for meter 14102237710 on the second try (the first request, KCT-88102, timed out at the HSM; KCT-88103 went through):\n\n1. `3011 4528 9901 2274 6603`\n2. `7730 0218 5546 1190 3381`\n\nSGC 911235, KRN 2, TI 01. Enter both before any credit token.',
          },
        ],
      },
      {
        name: 'cashier_agent',
        description: 'Vends prepaid electricity at the counter',
        instructions: 'Vend the amount paid and return the token and receipt.',
        replies: [
          {
            call: 'vend_token',
            args: { meter_no: '14102237710', amount_zar: 200, sgc: '911235' },
            result:
              '{"token": "6092 1187 4420 0356 1179", "units_kwh": 83.0, "receipt_no": "RST-CO-2611-00871", "rate_zar_per_kwh": 2.41}',
          },
          { say: 'Vended R200,00 → 83,0 kWh, token 6092 1187 4420 0356 1179, receipt RST-CO-2611-00871.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'emfuleni-stage-cut-to-two-plan-uses-new-stage',
    title:
      'The control room drops Stage 6 to Stage 2 at 14:00; the router’s request still mentions Stage 6 but the crew planner works from Stage 2 as reported',
    domain: 'load-shedding and field crews',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the superseded Stage 6 is still in the request, but the planner correctly uses the Stage 2 the control room confirmed',
    request:
      'We are at Stage 6 this afternoon. Please plan tonight’s standby crews for Vanderbijlpark and Sebokeng so we can restore the feeders quickly after each slot — the overloads after switching back on are tripping the mini-subs.',
    topology: {
      shape: 'network',
      coordinator: 'standby_router',
      workers: ['control_room_agent', 'crew_planner'],
    },
    agents: [
      {
        name: 'standby_router',
        description: 'Routes standby planning between the control room and crew planning',
        instructions:
          'Confirm the current stage with the control room, then have crews planned; finish with the plan.',
        replies: [
          {
            handoff: 'control_room_agent',
            message:
              'What load-shedding stage applies tonight (18:00–06:00) for Vanderbijlpark and Sebokeng, and which slots?',
          },
          {
            handoff: 'crew_planner',
            message:
              'Plan standby crews for tonight 18:00–06:00 in Vanderbijlpark and Sebokeng using the slots the control room gave (Stage 2 from 14:00, announcement ESK-LS-2611-19). One crew per restoration.',
          },
          {
            say: '## Standby crews tonight (Stage 2)\n\n| restore time | area | crew |\n|---|---|---|\n| 20:30 | Vanderbijlpark CW5 | Crew V3 (S. Nkosi) |\n| 02:30 | Sebokeng Zone 12 | Crew S1 (J. Mahlangu) |\n\nStage 6 was lifted at 14:00, so only two restorations tonight.',
          },
        ],
      },
      {
        name: 'control_room_agent',
        description: 'Reads the control room’s current load-shedding status',
        instructions: 'Report the stage and slots that apply now.',
        replies: [
          {
            call: 'get_current_stage',
            args: { areas: ['Vanderbijlpark', 'Sebokeng'], from: '18:00', to: '06:00' },
            result:
              '{"announcement": "ESK-LS-2611-19", "stage": 2, "effective": "2026-11-19T14:00", "previous_stage": 6, "slots": [{"area": "Vanderbijlpark CW5", "off": "18:00", "on": "20:30"}, {"area": "Sebokeng Zone 12", "off": "00:00", "on": "02:30"}]}',
          },
          {
            say: 'Eskom reduced to **Stage 2 from 14:00** (ESK-LS-2611-19; Stage 6 no longer applies). Tonight: Vanderbijlpark CW5 off 18:00–20:30, Sebokeng Zone 12 off 00:00–02:30.',
          },
        ],
      },
      {
        name: 'crew_planner',
        description: 'Rosters standby crews for feeder restoration',
        instructions: 'Assign one standby crew per restoration time.',
        replies: [
          {
            call: 'roster_standby',
            args: {
              restorations: ['2026-11-19T20:30 Vanderbijlpark CW5', '2026-11-20T02:30 Sebokeng Zone 12'],
            },
            result:
              '{"roster": "STB-2611-19", "assigned": [{"time": "20:30", "crew": "V3", "leader": "S. Nkosi"}, {"time": "02:30", "crew": "S1", "leader": "J. Mahlangu"}]}',
          },
          {
            say: 'Roster STB-2611-19: 20:30 Vanderbijlpark CW5 → crew V3 (S. Nkosi); 02:30 Sebokeng Zone 12 → crew S1 (J. Mahlangu).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'city-of-cape-town-tamper-pack-optional-gis-check-empty',
    title:
      'The optional GIS photo check returns nothing useful; the aggregator builds the tamper evidence pack from the inspection and vend-pattern workers only, as briefed',
    domain: 'meter tampering evidence',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: an optional worker’s empty output that the aggregator rightly leaves out',
    request:
      'Build the evidence pack for tamper case TMP-CCT-2026-11904 (meter 01470221593, 8 Buttskop Road, Blue Downs) for the disciplinary hearing on 2 December. The GIS aerial photo check is nice-to-have only.',
    topology: {
      shape: 'fanout',
      planner: 'evidence_planner',
      workers: ['inspection_records_agent', 'vend_pattern_agent', 'gis_photo_agent'],
      aggregator: 'evidence_pack_writer',
    },
    agents: [
      {
        name: 'evidence_planner',
        description: 'Plans tamper evidence packs',
        instructions: 'One brief per worker; mark optional ones.',
        replies: [
          {
            plan: {
              inspection_records_agent:
                'TMP-CCT-2026-11904, meter 01470221593: inspector findings, photos and seal numbers.',
              vend_pattern_agent:
                'Meter 01470221593: monthly purchases 12 months before and after the inspection date.',
              gis_photo_agent:
                'Optional: aerial photos of 8 Buttskop Road, Blue Downs for any visible illegal connection. Not needed for the hearing if unavailable.',
            },
          },
        ],
      },
      {
        name: 'inspection_records_agent',
        description: 'Retrieves inspection records',
        instructions: 'Return the inspection findings.',
        replies: [
          {
            call: 'get_inspection',
            args: { case_id: 'TMP-CCT-2026-11904' },
            result:
              '{"date": "2026-09-16", "inspector": "M. Adams (RP-0217)", "finding": "meter bypassed with bridging cable between incoming and outgoing terminals", "seal_found": "broken", "seal_no": "CCT-S-5518842", "photos": 6}',
          },
          {
            say: 'Inspection 16 Sep 2026 by M. Adams (RP-0217): bypass with a bridging cable across the terminals, seal CCT-S-5518842 broken, 6 photos on file.',
          },
        ],
      },
      {
        name: 'vend_pattern_agent',
        description: 'Analyses purchase patterns on prepaid meters',
        instructions: 'Compare purchases before and after inspection.',
        replies: [
          {
            call: 'vend_history',
            args: { meter_no: '01470221593', from: '2025-09-01', to: '2026-11-30' },
            result:
              '{"avg_kwh_month_before": 41.5, "avg_kwh_month_after": 388.0, "months_before": 12, "months_after": 2}',
          },
          {
            say: 'Before inspection: avg 41,5 kWh/month (12 months); after the bypass was removed: avg 388,0 kWh/month (2 months).',
          },
        ],
      },
      {
        name: 'gis_photo_agent',
        description: 'Checks aerial photography in the city GIS',
        instructions: 'Look for visible signs of illegal connections.',
        replies: [
          {
            call: 'gis_aerial_lookup',
            args: { address: '8 Buttskop Road, Blue Downs' },
            result: '{"tiles": [], "note": "2026 flight not yet processed for Blue Downs"}',
          },
          { say: 'No aerial imagery available.' },
        ],
      },
      {
        name: 'evidence_pack_writer',
        description: 'Writes evidence packs for disciplinary hearings',
        instructions: 'Merge the evidence; leave out optional items that produced nothing.',
        prompt: 'Evidence:\n{input}\n\nCase: {request}',
        replies: [
          {
            say: '# Evidence pack — TMP-CCT-2026-11904\n\n**Meter 01470221593, 8 Buttskop Road, Blue Downs** · hearing 2 December 2026\n\n1. **Inspection** (16 Sep 2026, M. Adams RP-0217): bridging cable across meter terminals; seal CCT-S-5518842 broken; 6 photos (annexure A).\n2. **Purchase pattern**: 41,5 kWh/month average for the 12 months before; 388,0 kWh/month in the 2 months after the bypass was removed — a ninefold increase (annexure B).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'mbombela-fbe-reload-business-meter-left-out',
    title:
      'The FBE specialist loads the household meter and leaves the business meter on the same stand out, as the rules say; the reply explains why',
    domain: 'free basic electricity allocations',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: one of two meters on the stand gets no FBE — a legitimate exclusion under the policy',
    request:
      'Mrs L. Mashaba, stand 5573 KaNyamazane, is on the indigent register and says she got no free electricity in November on either of her two meters (07341120985 and 07341121660). Please sort it out.',
    topology: {
      shape: 'branch',
      classifier: 'prepaid_query_classifier',
      routes: { fbe: 'fbe_allocation_agent', vending: 'vending_fault_agent' },
      after: 'customer_letter_agent',
    },
    agents: [
      {
        name: 'prepaid_query_classifier',
        description: 'Classifies prepaid queries',
        instructions: 'One label: fbe or vending.',
        replies: [{ say: 'fbe' }],
      },
      {
        name: 'fbe_allocation_agent',
        description: 'Loads missing FBE allocations under the indigent policy',
        instructions:
          'Load missing FBE on domestic meters of registered households. Business-tariff meters never get FBE (indigent policy s 7.3).',
        prompt: 'Label: {input}\n\nQuery: {request}',
        replies: [
          {
            call: 'get_stand_meters',
            args: { stand: '5573', township: 'KANYAMAZANE' },
            result:
              '[{"meter_no": "07341120985", "tariff": "DOM_INDIGENT", "fbe_2026_11": "NOT_LOADED"}, {"meter_no": "07341121660", "tariff": "BUS_SMALL", "use": "tavern licence LQ-MP-2291", "fbe_2026_11": "NOT_ELIGIBLE"}]',
          },
          {
            call: 'issue_fbe_tokens',
            args: { meters: ['07341120985'], kwh: 50, month: '2026-11' },
            result:
              '{"issued": [{"meter_no": "07341120985", "token": "2209 7741 0183 5526 4417", "kwh": 50}], "batch": "FBE-MBM-2611-0112"}',
          },
          {
            say: 'Loaded 50 kWh November FBE on household meter 07341120985: token 2209 7741 0183 5526 4417 (batch FBE-MBM-2611-0112). Meter 07341121660 is on the business tariff (tavern licence LQ-MP-2291) and is not eligible under s 7.3 of the indigent policy.',
          },
        ],
      },
      {
        name: 'vending_fault_agent',
        description: 'Handles vending faults',
        instructions: 'Handle failed vends.',
        replies: [{ say: 'No failed vends.' }],
      },
      {
        name: 'customer_letter_agent',
        description: 'Writes replies to customers',
        instructions: 'Write a short, clear reply.',
        prompt: 'Outcome:\n{input}',
        replies: [
          {
            say: 'Dear Mrs Mashaba,\n\nYour November free basic electricity (50 kWh) is now loaded on your household meter **07341120985**. Enter token **2209 7741 0183 5526 4417**.\n\nYour second meter, 07341121660, is registered for the tavern on your stand and is billed on the business tariff. Under the municipality’s indigent policy (section 7.3) business meters do not receive free basic electricity.\n\nCity of Mbombela — Electricity',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'joburg-ghost-vendor-sweep-handed-back-with-results',
    title:
      'The revenue analyst hands a suspicious-vendor sweep to the meter audit agent, which hands back with its findings; the analyst reports on ids and counters from both',
    domain: 'illegal token vending',
    mast: ['FM-1.5', 'FM-2.1'],
    nearMissOf:
      'handoff_loop: control goes back to the agent that started, but the hand-back carries the audit results and the run ends',
    request:
      'We suspect illegal token vending in Diepsloot Ext 6: meters buying only odd amounts at night with no vendor receipts. Check the last 60 days and tell me which meters to audit and what to do about the vendor codes involved.',
    topology: {
      shape: 'swarm',
      entry: 'revenue_analyst',
      agents: ['revenue_analyst', 'meter_audit_agent'],
    },
    agents: [
      {
        name: 'revenue_analyst',
        description: 'Analyses prepaid revenue anomalies',
        instructions: 'Find the suspicious pattern, have the meters audited, then write the recommendation.',
        replies: [
          {
            call: 'find_anomalous_vends',
            args: { area: 'Diepsloot Ext 6', days: 60, pattern: 'night_odd_amount_no_receipt' },
            result:
              '{"meters": ["04160711204", "04160711398", "04160712075", "04160713331", "04160714862"], "vendor_codes": ["VC-88213", "VC-88219"], "vends": 214, "value_zar": 31544.80, "window": "2026-09-21..2026-11-19"}',
          },
          {
            handoff: 'meter_audit_agent',
            message:
              'Audit meters 04160711204, 04160711398, 04160712075, 04160713331, 04160714862 (Diepsloot Ext 6): 214 night vends, R31 544,80, vendor codes VC-88213 and VC-88219, 21 Sep–19 Nov 2026. Check the token IDs against the vending server and hand back.',
          },
          {
            say: '## Diepsloot Ext 6 — suspected illegal vending (21 Sep–19 Nov 2026)\n\n| meter | tokens not on server | action |\n|---|---|---|\n| 04160711204 | 41 / 41 | block + inspect |\n| 04160711398 | 38 / 38 | block + inspect |\n| 04160712075 | 0 / 44 | none (legit, VC-88213) |\n| 04160713331 | 47 / 47 | block + inspect |\n| 04160714862 | 44 / 44 | block + inspect |\n\n- 170 of 214 tokens (R25 061,30) were never issued by our vending server: **vendor code VC-88219 is cloned** — suspend it and open SAPS case.\n- VC-88213 is a genuine vendor (Diepsloot Spar), no action.\n- Inspections INS-JHB-2611-0331 to 0334 are booked for 24 Nov.',
          },
        ],
      },
      {
        name: 'meter_audit_agent',
        description: 'Audits meters and tokens against the vending server',
        instructions: 'Verify tokens and book inspections, then hand back to the analyst with the results.',
        replies: [
          {
            call: 'verify_token_ids',
            args: {
              meters: ['04160711204', '04160711398', '04160712075', '04160713331', '04160714862'],
              from: '2026-09-21',
              to: '2026-11-19',
            },
            result:
              '{"per_meter": [{"meter": "04160711204", "tokens": 41, "not_on_server": 41, "vendor": "VC-88219"}, {"meter": "04160711398", "tokens": 38, "not_on_server": 38, "vendor": "VC-88219"}, {"meter": "04160712075", "tokens": 44, "not_on_server": 0, "vendor": "VC-88213"}, {"meter": "04160713331", "tokens": 47, "not_on_server": 47, "vendor": "VC-88219"}, {"meter": "04160714862", "tokens": 44, "not_on_server": 44, "vendor": "VC-88219"}], "unissued_value_zar": 25061.30}',
          },
          {
            call: 'book_inspections',
            args: {
              meters: ['04160711204', '04160711398', '04160713331', '04160714862'],
              date: '2026-11-24',
            },
            result:
              '{"inspections": ["INS-JHB-2611-0331", "INS-JHB-2611-0332", "INS-JHB-2611-0333", "INS-JHB-2611-0334"]}',
          },
          {
            handoff: 'revenue_analyst',
            message:
              'Audit done. 170/214 tokens not on the vending server, all from VC-88219 (R25 061,30): meters 04160711204 (41/41), 04160711398 (38/38), 04160713331 (47/47), 04160714862 (44/44). Meter 04160712075: 44 tokens, all genuine, VC-88213. Inspections INS-JHB-2611-0331..0334 booked for 24 Nov.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch176Scenarios = [...faults, ...healthy];
