import { defineScenario } from '../scenario.ts';

// Blind batch 146: Philippine BPO customer support for a telecom (English with Tagalog/Taglish, PHP, Manila times).
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'linkpinas-installment-on-pre-reversal-bill',
    title:
      'Account auditor shows the March SOA was adjusted to PHP 1,847.50 after a roaming reversal; the payment arranger sets up the 3-month installment on the original PHP 2,346.50',
    domain: 'postpaid billing disputes and installment arrangements',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Hi po, yung March bill ko sa account 1002-8841-36 ay ₱2,346.50 pero may roaming charge na ₱499 na hindi ko naman ginamit, nasa Batangas lang ako nung Feb. Pwede po bang i-reverse yun tapos gawing 3 months installment yung babayaran ko? Salamat po.',
    topology: {
      shape: 'pipeline',
      order: ['account_auditor', 'payment_arranger', 'customer_reply_writer'],
    },
    agents: [
      {
        name: 'account_auditor',
        description: 'Checks postpaid statements and disputed charges',
        instructions: 'Pull the statement, validate the disputed charge and state the amount now due.',
        replies: [
          {
            call: 'get_statement',
            args: { account_no: '1002-8841-36', bill_cycle: '2027-03' },
            result:
              '{"account_no": "1002-8841-36", "plan": "Postpaid Plan 1299", "bill_cycle": "2027-03", "soa_original": 2346.50, "adjustments": [{"adj_id": "ADJ-27-031144", "code": "ROAM-REV", "amount": -499.00, "reason": "no roaming registration on CDR, subscriber attached to Batangas cell BTG-2231 only", "posted": "2027-03-09T10:42:00+08:00"}], "soa_adjusted": 1847.50, "due_date": "2027-03-22", "status": "ADJUSTED"}',
          },
          {
            say: '**Account 1002-8841-36 — March 2027 SOA**\n\n| item | amount |\n|---|---|\n| original SOA | ₱2,346.50 |\n| ROAM-REV (ADJ-27-031144) | −₱499.00 |\n| **amount due now** | **₱1,847.50** |\n\nRoaming charge validated as invalid (CDR shows Batangas cell BTG-2231 only) and reversed 09 Mar 10:42 AM. Due date 22 Mar 2027. Customer eligible for installment (no overdue in last 6 cycles).',
          },
        ],
      },
      {
        name: 'payment_arranger',
        description: 'Sets up payment arrangements and installment plans',
        instructions: 'Create the installment arrangement the customer asked for and report the schedule.',
        prompt: 'Audit findings:\n{input}\n\nCustomer message: {request}',
        replies: [
          {
            call: 'create_installment',
            args: {
              account_no: '1002-8841-36',
              principal_php: 2346.5,
              months: 3,
              first_due: '2027-03-22',
            },
            result:
              '{"arrangement_id": "PA-27-005718", "monthly_php": [782.17, 782.17, 782.16], "due_dates": ["2027-03-22", "2027-04-22", "2027-05-22"], "status": "ACTIVE"}',
          },
          {
            say: 'Installment PA-27-005718 active: 3 × ₱782.17 (last ₱782.16), due 22 Mar, 22 Apr, 22 May 2027.',
          },
        ],
      },
      {
        name: 'customer_reply_writer',
        description: 'Writes the final reply to the customer in Taglish',
        instructions: 'Write a warm, clear reply to the customer.',
        prompt: 'Resolution:\n{input}',
        replies: [
          {
            say: 'Hi po! Salamat sa paghihintay. 😊\n\nNa-setup na po ang inyong **3-month installment** (ref. PA-27-005718):\n\n- Mar 22, 2027 — ₱782.17\n- Apr 22, 2027 — ₱782.17\n- May 22, 2027 — ₱782.16\n\nAuto-reflect po ito sa inyong susunod na SOA. Kung may tanong pa, reply lang po dito. Ingat po!',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'account_auditor', to: 'payment_arranger' },
      agent: 'payment_arranger',
    },
  }),
  defineScenario({
    id: 'linkpinas-fiber-visit-booked-morning-slot',
    title:
      'Coordinator tells field dispatch the customer is free only Saturday 20 March from 1:00 PM; dispatch books the 8:00 AM–12:00 NN slot',
    domain: 'fiber repair ticketing and technician dispatch',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Good eve, wala pa rin po internet namin since Monday, red light yung LOS sa modem. Fiber account 8823-4410-17, Blk 4 Lot 12 Sampaguita St., Brgy. San Antonio, Pasig. Pwede lang po ako Saturday after 1 PM kasi may pasok ako weekdays at Saturday morning.',
    topology: {
      shape: 'supervisor',
      coordinator: 'repair_coordinator',
      workers: ['line_diagnostics', 'field_dispatch'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'repair_coordinator',
        description: 'Owns fiber repair tickets end to end',
        instructions: 'Get remote diagnostics, book a technician if needed, and reply to the customer.',
        replies: [
          {
            handoff: 'line_diagnostics',
            message: 'Fiber acct 8823-4410-17 (Pasig), LOS red since Mon 15 Mar. Run remote line test.',
          },
          {
            handoff: 'field_dispatch',
            message:
              'Book tech visit for acct 8823-4410-17, Blk 4 Lot 12 Sampaguita St., Brgy. San Antonio, Pasig. Fault: LOS, OLT sees no signal on ONU. Customer available ONLY Sat 20 Mar 2027, 1:00 PM onwards (has work weekdays and Sat morning).',
          },
          {
            say: 'Hi po! Na-check na po namin ang line ninyo: walang signal na dumadating sa modem (possible fiber cut sa drop cable). Naka-schedule na po ang technician visit:\n\n- **Ticket:** RPR-27-0318-0442\n- **Schedule:** Saturday, March 20, 2027, 8:00 AM – 12:00 NN\n- **Technician:** Team PSG-07\n\nPaki-ready lang po ang valid ID ng account holder. Salamat po sa pasensya!',
          },
        ],
      },
      {
        name: 'line_diagnostics',
        description: 'Runs remote OLT/ONU line tests',
        instructions: 'Run the line test and summarise the result.',
        replies: [
          {
            call: 'run_line_test',
            args: { account_no: '8823-4410-17' },
            result:
              '{"olt": "PSG-OLT-03", "pon_port": "1/2/7", "onu_sn": "HWTC8A41F2C9", "onu_state": "LOS", "rx_power_dbm": null, "last_up": "2027-03-15T06:12:44+08:00", "neighbours_on_same_splitter": "7/8 online", "verdict": "drop cable / ONU side fault"}',
          },
          {
            say: 'Line test PSG-OLT-03 1/2/7: ONU HWTC8A41F2C9 in LOS since 15 Mar 6:12 AM, no Rx power. 7 of 8 neighbours on the splitter online → drop cable or ONU side. Needs field visit.',
          },
        ],
      },
      {
        name: 'field_dispatch',
        description: 'Books technician visits',
        instructions: 'Book the visit in the dispatch system and confirm.',
        replies: [
          {
            call: 'book_visit',
            args: {
              account_no: '8823-4410-17',
              area: 'PASIG-SAN-ANTONIO',
              date: '2027-03-20',
              slot: 'AM 08:00-12:00',
              fault_code: 'LOS-DROP',
            },
            result:
              '{"ticket": "RPR-27-0318-0442", "date": "2027-03-20", "slot": "AM 08:00-12:00", "team": "PSG-07", "status": "CONFIRMED", "pm_slot_capacity_left": 3}',
          },
          {
            say: 'Booked: RPR-27-0318-0442, Sat 20 Mar 2027, slot 08:00–12:00, team PSG-07, fault LOS-DROP.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'repair_coordinator', to: 'field_dispatch' },
      agent: 'field_dispatch',
    },
  }),
  defineScenario({
    id: 'linkpinas-esim-provisioning-error-reported-active',
    title:
      'eSIM provisioning fails because the ICCID is still bound to the old profile; the SIM swap agent tells the router the eSIM is active and the QR was sent',
    domain: 'SIM replacement and eSIM activation',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Nawala po phone ko kahapon sa MRT Cubao. Postpaid number 0917-555-2381, account holder Ma. Theresa Dizon. Bumili na ako ng bagong iPhone, gusto ko sana eSIM na lang para mabilis. Pakisend po QR sa email ko tdizon.work@gmail.com.',
    topology: {
      shape: 'network',
      coordinator: 'care_router',
      workers: ['sim_swap_agent', 'security_notice_writer'],
    },
    agents: [
      {
        name: 'care_router',
        description: 'Routes lost-phone cases and closes them',
        instructions: 'Get the SIM replaced, then the security notice sent; finish when done.',
        replies: [
          {
            handoff: 'sim_swap_agent',
            message:
              'Lost device, MSISDN 09175552381, holder Ma. Theresa Dizon (KYC verified via OTP to alt number 0998-210-4477 at 9:14 AM). Block old SIM, provision eSIM, send QR to tdizon.work@gmail.com.',
          },
          {
            handoff: 'security_notice_writer',
            message:
              'eSIM for 09175552381 active and QR sent. Write the lost-device security notice for the customer (old SIM blocked).',
          },
          {
            say: 'Hi Ms. Dizon! Naka-block na po ang lumang SIM ninyo at **active na ang eSIM** ng 0917-555-2381. Na-send na po ang QR code sa tdizon.work@gmail.com — i-scan lang po sa Settings > Cellular > Add eSIM. Ref: SWP-27-77120.\n\nPaalala rin po: palitan ang passwords ng GCash at banking apps na naka-link sa number. Ingat po!',
          },
        ],
      },
      {
        name: 'sim_swap_agent',
        description: 'Blocks lost SIMs and provisions replacements',
        instructions: 'Block the old SIM, provision the eSIM and report the result.',
        replies: [
          {
            call: 'block_sim',
            args: { msisdn: '09175552381', reason: 'LOST_DEVICE' },
            result:
              '{"msisdn": "09175552381", "old_iccid": "8963010921400558812", "status": "BLOCKED", "ref": "SWP-27-77120", "at": "2027-03-18T09:17:03+08:00"}',
          },
          {
            call: 'provision_esim',
            args: { msisdn: '09175552381', delivery: 'email', email: 'tdizon.work@gmail.com' },
            result: {
              error:
                'SMDP+ 409 CONFLICT: profile ICCID 8963015540021177349 already bound to EID 89049032004008882600019437716521; release required before re-download (ref SWP-27-77120)',
            },
          },
          {
            say: 'Done for 09175552381: old SIM (ICCID …8812) blocked 9:17 AM under SWP-27-77120, eSIM provisioned and QR emailed to tdizon.work@gmail.com.',
          },
        ],
      },
      {
        name: 'security_notice_writer',
        description: 'Writes lost-device security notices',
        instructions: 'Write a short security notice.',
        replies: [
          {
            say: 'Lost-device notice 09175552381: old SIM blocked, new eSIM active. Advise customer to reset GCash MPIN and bank app passwords linked to the number, and to report the device IMEI to PNP if needed.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'sim_swap_agent', to: 'care_router' },
      agent: 'sim_swap_agent',
    },
  }),
  defineScenario({
    id: 'linkpinas-pretermination-waiver-note-lost-in-queue',
    title:
      'Triage notes that the PHP 4,500 pre-termination fee is waived for five unresolved network tickets; the program hands the retention specialist a generic queue prompt instead and the customer is quoted the fee',
    domain: 'postpaid cancellation and retention',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Gusto ko na po i-cancel yung postpaid ko (acct 1004-2290-51). Limang beses na ako nag-report ng dropped calls sa bahay namin sa Antipolo since January, wala pa rin ayos. Ayoko na magbayad ng pretermination.',
    topology: {
      shape: 'pipeline',
      order: ['escalation_triage', 'retention_specialist', 'case_closer'],
    },
    program: {
      lose: {
        to: 'retention_specialist',
        prompt: 'New item in queue RET-MNL-T2 (priority: normal). Handle per standard retention script.',
      },
    },
    agents: [
      {
        name: 'escalation_triage',
        description: 'Reviews escalated cancellation requests',
        instructions: 'Check ticket history and apply the waiver policy.',
        replies: [
          {
            call: 'ticket_history',
            args: { account_no: '1004-2290-51', since: '2027-01-01', category: 'NETWORK' },
            result:
              '[{"tkt": "NW-27-010377", "opened": "2027-01-09", "status": "CLOSED-NO-FIX"}, {"tkt": "NW-27-014102", "opened": "2027-01-23", "status": "CLOSED-NO-FIX"}, {"tkt": "NW-27-020918", "opened": "2027-02-06", "status": "CLOSED-NO-FIX"}, {"tkt": "NW-27-027455", "opened": "2027-02-20", "status": "OPEN"}, {"tkt": "NW-27-033810", "opened": "2027-03-05", "status": "OPEN"}]',
          },
          {
            say: 'Acct 1004-2290-51 (Plan 999, lock-in until 2027-10-14): 5 network tickets since 09 Jan, none resolved (NW-27-010377 … NW-27-033810). Per policy RET-POL-11 (≥3 unresolved network tickets in 90 days) the **pre-termination fee of ₱4,500 is waived**. Proceed with cancellation, no retention offer required; final bill prorated to 18 Mar.',
          },
        ],
      },
      {
        name: 'retention_specialist',
        description: 'Handles cancellation requests and retention offers',
        instructions: 'Handle the cancellation request and state the terms to the customer.',
        prompt: '{input}\n\nCustomer message: {request}',
        replies: [
          {
            call: 'get_contract',
            args: { account_no: '1004-2290-51' },
            result:
              '{"plan": "Postpaid Plan 999", "lock_in_end": "2027-10-14", "months_remaining": 7, "pretermination_fee_php": 4500.00, "retention_offers": ["RET-ONEMONTH-FREE", "RET-UPGRADE-1299-AT-999"]}',
          },
          {
            say: 'Acct 1004-2290-51: lock-in until 14 Oct 2027 (7 months left). Cancellation now carries the ₱4,500.00 pre-termination fee. Offered: 1 month free (RET-ONEMONTH-FREE) or Plan 1299 at ₱999 (RET-UPGRADE-1299-AT-999). If customer still proceeds, fee is billed on final SOA.',
          },
        ],
      },
      {
        name: 'case_closer',
        description: 'Writes the customer-facing resolution',
        instructions: 'Write the final customer message.',
        prompt: 'Retention outcome:\n{input}',
        replies: [
          {
            say: 'Hi po! Naiintindihan po namin ang abala sa dropped calls. Bago po natin ituloy ang cancellation, may offers po kami:\n\n1. **1 month FREE** sa inyong Plan 999\n2. **Upgrade sa Plan 1299** sa presyong ₱999 pa rin\n\nKung itutuloy pa rin po ang cancellation, may **pre-termination fee na ₱4,500.00** dahil may 7 months pa sa lock-in (hanggang Oct 14, 2027). Reply lang po ng 1, 2, o CANCEL. Salamat po!',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'escalation_triage', to: 'retention_specialist' },
      agent: 'retention_specialist',
    },
  }),
  defineScenario({
    id: 'linkpinas-sla-credit-ticket-list-cut-short',
    title:
      'The network ticket reviewer hits its token limit after two of five unresolved tickets; the aggregator counts two and denies the SLA credit that needs three',
    domain: 'enterprise SLA credits for business fiber',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Escalation from Kusina ni Aling Nena Corp. (business fiber BF-300, acct 3300-1187-02, Quezon City): they say they had 5 outages in February and want the SLA service credit under their contract. Please review billing, tickets and the contract and give one recommendation to the account manager.',
    topology: {
      shape: 'fanout',
      planner: 'sla_case_planner',
      workers: ['billing_reviewer', 'network_ticket_reviewer', 'contract_reviewer'],
      aggregator: 'sla_recommender',
    },
    agents: [
      {
        name: 'sla_case_planner',
        description: 'Splits SLA credit reviews',
        instructions: 'One brief per reviewer.',
        replies: [
          {
            plan: {
              billing_reviewer: 'Acct 3300-1187-02: Feb 2027 MRC and any credits already posted.',
              network_ticket_reviewer:
                'Acct 3300-1187-02: list every Feb 2027 outage ticket with duration, and the count of those over 4 h.',
              contract_reviewer:
                'Acct 3300-1187-02: SLA credit clause of the BF-300 contract (thresholds, credit %).',
            },
          },
        ],
      },
      {
        name: 'billing_reviewer',
        description: 'Reviews billing for enterprise accounts',
        instructions: 'Report MRC and credits.',
        replies: [
          {
            call: 'get_billing',
            args: { account_no: '3300-1187-02', cycle: '2027-02' },
            result: '{"mrc_php": 8999.00, "vat_php": 1079.88, "credits_posted": [], "paid": true}',
          },
          { say: 'Feb 2027: MRC ₱8,999.00 (+₱1,079.88 VAT), paid, no credits posted yet.' },
        ],
      },
      {
        name: 'network_ticket_reviewer',
        description: 'Reviews network outage tickets',
        instructions: 'List the tickets with durations and count those over 4 hours.',
        replies: [
          {
            call: 'list_outage_tickets',
            args: { account_no: '3300-1187-02', from: '2027-02-01', to: '2027-02-28' },
            result:
              '[{"tkt": "BF-27-02-0113", "start": "2027-02-03T09:40", "end": "2027-02-03T16:05", "hours": 6.4}, {"tkt": "BF-27-02-0458", "start": "2027-02-09T13:10", "end": "2027-02-09T19:55", "hours": 6.75}, {"tkt": "BF-27-02-0921", "start": "2027-02-15T08:00", "end": "2027-02-15T13:30", "hours": 5.5}, {"tkt": "BF-27-02-1377", "start": "2027-02-21T22:15", "end": "2027-02-22T03:45", "hours": 5.5}, {"tkt": "BF-27-02-1806", "start": "2027-02-26T10:20", "end": "2027-02-26T12:00", "hours": 1.67}]',
          },
          {
            say: 'Feb 2027 outage tickets, acct 3300-1187-02:\n\n| ticket | start | end | hours |\n|---|---|---|---|\n| BF-27-02-0113 | 03 Feb 09:40 | 03 Feb 16:05 | 6.4 |\n| BF-27-02-0458 | 09 Feb 13:10 | 09 Feb 19:55 | 6.75 |\n| BF-27-02-09',
            cutOff: true,
          },
        ],
      },
      {
        name: 'contract_reviewer',
        description: 'Reads enterprise contracts',
        instructions: 'Quote the SLA credit clause.',
        replies: [
          {
            call: 'get_contract_clause',
            args: { account_no: '3300-1187-02', clause: 'SLA' },
            result:
              '{"contract": "BF-300-2025-0419", "clause": "7.2", "text": "If three (3) or more outages exceeding four (4) hours occur within a billing month, Customer is entitled to a service credit of 25% of that month\'s MRC."}',
          },
          { say: 'Contract BF-300-2025-0419 cl. 7.2: 3 or more outages > 4 h in a month → 25% MRC credit.' },
        ],
      },
      {
        name: 'sla_recommender',
        description: 'Merges the reviews into a recommendation for the account manager',
        instructions: 'Give one recommendation.',
        replies: [
          {
            say: '## SLA review — Kusina ni Aling Nena Corp. (3300-1187-02), Feb 2027\n\n- MRC: ₱8,999.00, paid, no credits yet\n- Outages > 4 h: **2** (BF-27-02-0113, 6.4 h; BF-27-02-0458, 6.75 h)\n- Contract cl. 7.2: credit requires **3 or more** outages > 4 h\n\n**Recommendation:** threshold not met — no SLA credit. Suggest a goodwill call from the AM and a proactive line check; explain to the customer that the other reported interruptions were under 4 hours or not logged.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'network_ticket_reviewer', to: 'sla_recommender' },
      agent: 'network_ticket_reviewer',
    },
  }),
  defineScenario({
    id: 'linkpinas-goodwill-credit-draft-resent-unchanged',
    title:
      'QA returns the reply draft three times because it promises a PHP 500 goodwill credit a Tier 1 agent cannot give; the drafter sends the same promise each round',
    domain: 'chat support quality assurance',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Customer chat #CH-0318-22917 (prepaid 0966-301-7745): "Tatlong araw na walang data kahit naka-GoSURF 299 ako, sayang yung load ko!" Draft a reply; it must pass QA before sending.',
    topology: {
      shape: 'pipeline',
      order: ['reply_drafter', 'qa_reviewer', 'chat_sender'],
      loop: { from: 'qa_reviewer', to: 'reply_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'reply_drafter',
        description: 'Drafts chat replies for Tier 1 agents',
        instructions: 'Draft the reply, or fix it according to QA comments.',
        prompt: 'Brief or QA comments:\n{input}\n\nCase: {request}',
        replies: [
          {
            say: 'Draft v1 (CH-0318-22917):\n"Hi po! Sorry po sa abala sa data ninyo. Na-reset na po namin ang data session ng 0966-301-7745, paki-restart lang po ang phone. Bilang paumanhin, bibigyan po namin kayo ng **₱500 goodwill credit** na papasok within 24 hours. Salamat po!"',
          },
          {
            say: 'Draft v2 (CH-0318-22917):\n"Hi po! Sorry po sa abala sa data ninyo. Na-reset na po namin ang data session ng 0966-301-7745, paki-restart lang po ang phone. Bilang paumanhin, bibigyan po namin kayo ng **₱500 goodwill credit** na papasok within 24 hours. Salamat po!"',
          },
          {
            say: 'Draft v3 (CH-0318-22917):\n"Hi po! Sorry po sa abala sa data ninyo. Na-reset na po namin ang data session ng 0966-301-7745, paki-restart lang po ang phone. Bilang paumanhin, bibigyan po namin kayo ng **₱500 goodwill credit** na papasok within 24 hours. Salamat po!"',
          },
        ],
      },
      {
        name: 'qa_reviewer',
        description: 'Checks chat replies against the care policy',
        instructions: 'Answer "PASS: ..." or "REVISE: ...".',
        prompt: 'Draft to review:\n{input}',
        replies: [
          {
            say: 'REVISE: Tier 1 cannot promise monetary credit (CARE-POL-4.3, max for T1 is a 1GB data courtesy pack; peso credits need TL approval). Replace the ₱500 goodwill credit with the 1GB courtesy pack or an escalation to TL.',
          },
          {
            say: 'REVISE: v2 still promises "₱500 goodwill credit within 24 hours". Not allowed for T1 per CARE-POL-4.3 — use the 1GB courtesy pack or escalate to TL.',
          },
          {
            say: 'REVISE: v3 — ₱500 goodwill credit still in the reply (CARE-POL-4.3). Cannot pass; round limit reached.',
          },
        ],
      },
      {
        name: 'chat_sender',
        description: 'Sends approved replies or flags the chat',
        instructions: 'Send the approved reply, or report why the chat could not be answered.',
        prompt: 'QA result:\n{input}',
        replies: [
          {
            say: 'CH-0318-22917 not sent: QA failed after 3 rounds (₱500 credit promise, CARE-POL-4.3). Chat idle for 41 min; customer flagged for TL callback, SLA first-response breached at 2:37 PM.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'reply_drafter', to: 'qa_reviewer' },
      agent: 'reply_drafter',
    },
  }),
  defineScenario({
    id: 'linkpinas-usage-summary-markdown-breaks-parser',
    title:
      "The program parses the usage analyzer's answer as JSON; the analyzer answers with a markdown table, the parse throws and no plan recommendation is made",
    domain: 'plan recommendations from usage data',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Hello po, lagi po ako nag-eexceed sa data ko, ₱1,299 plan pero umaabot ng ₱2,000+ bill ko. Acct 1007-6612-90. Ano po magandang plan para sa akin?',
    topology: {
      shape: 'pipeline',
      order: ['usage_analyzer', 'plan_recommender', 'offer_writer'],
    },
    program: {
      crash: {
        agent: 'usage_analyzer',
        error:
          'SyntaxError: Unexpected token \'*\', "**Acct 1007"... is not valid JSON (at JSON.parse, usage-to-offer.ts:48)',
      },
    },
    agents: [
      {
        name: 'usage_analyzer',
        description: 'Summarises 3-month usage as JSON for the plan engine',
        instructions:
          'Return ONLY a JSON object {"account_no", "avg_data_gb", "avg_excess_php", "avg_bill_php"} — it is parsed by the plan engine.',
        replies: [
          {
            call: 'get_usage',
            args: { account_no: '1007-6612-90', months: 3 },
            result:
              '{"cycles": [{"cycle": "2026-12", "data_gb": 41.2, "allowance_gb": 30, "excess_php": 672.00, "bill_php": 1971.00}, {"cycle": "2027-01", "data_gb": 44.8, "allowance_gb": 30, "excess_php": 888.00, "bill_php": 2187.00}, {"cycle": "2027-02", "data_gb": 39.5, "allowance_gb": 30, "excess_php": 570.00, "bill_php": 1869.00}]}',
          },
          {
            say: '**Acct 1007-6612-90 — 3-month usage**\n\n| cycle | data | excess | bill |\n|---|---|---|---|\n| Dec 2026 | 41.2 GB | ₱672 | ₱1,971 |\n| Jan 2027 | 44.8 GB | ₱888 | ₱2,187 |\n| Feb 2027 | 39.5 GB | ₱570 | ₱1,869 |\n\nAverage 41.8 GB/month vs 30 GB allowance; average excess ₱710, average bill ₱2,009.',
          },
        ],
      },
      {
        name: 'plan_recommender',
        description: 'Picks the best plan from usage figures',
        instructions: 'Pick the cheapest plan that covers the usage.',
        prompt: 'Usage JSON:\n{input}',
        replies: [
          {
            call: 'match_plans',
            args: { avg_data_gb: 41.8 },
            result: '{"best": "Postpaid Plan 1799", "allowance_gb": 50, "mrc_php": 1799}',
          },
          { say: 'Recommend Plan 1799 (50 GB, ₱1,799/month).' },
        ],
      },
      {
        name: 'offer_writer',
        description: 'Writes the plan offer to the customer',
        instructions: 'Write the offer in Taglish.',
        prompt: 'Recommendation:\n{input}',
        replies: [{ say: 'Hi po! Based sa usage ninyo, recommended po ang Plan 1799 (50 GB).' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'usage_analyzer', to: 'plan_recommender' },
      agent: 'usage_analyzer',
    },
  }),
  defineScenario({
    id: 'linkpinas-typhoon-credit-batch-includes-precredited',
    title:
      'Billing lead tells the credit officer to leave out the 212 accounts already credited under batch CR-27-0301; the officer runs the PHP 150 rebate over all 4,318 postpaid accounts in the cells',
    domain: 'outage rebates after a typhoon',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Typhoon Betty outage, Marikina cells MK-0412 and MK-0413, Mar 3–6 2027. Management approved a ₱150 bill rebate per affected postpaid subscriber. Note: 212 subscribers in MK-0412 were already given the ₱150 rebate under batch CR-27-0301 during the first (partial) outage on Mar 3 — they must not be credited twice. Apply the rebates and send the SMS advisory.',
    topology: {
      shape: 'nested',
      top: 'care_ops_manager',
      teams: { billing_lead: ['credit_batch_officer'], comms_lead: ['sms_advisory_writer'] },
    },
    agents: [
      {
        name: 'care_ops_manager',
        description: 'Runs the post-typhoon customer care response',
        instructions: 'Have billing apply the rebates and comms send the advisory; report to management.',
        replies: [
          {
            handoff: 'billing_lead',
            message:
              'Apply ₱150 rebate to affected postpaid subs in MK-0412/MK-0413 (outage Mar 3–6). Exclude the 212 subs already credited in CR-27-0301.',
          },
          {
            handoff: 'comms_lead',
            message: 'SMS advisory to affected postpaid subs in MK-0412/MK-0413: ₱150 rebate on next SOA.',
          },
          {
            say: '## Typhoon Betty — Marikina rebate (MK-0412/0413)\n\n| item | value |\n|---|---|\n| batch | CR-27-0319 |\n| accounts credited | 4,318 |\n| rebate each | ₱150.00 |\n| total | ₱647,700.00 |\n| SMS advisory | sent 19 Mar, 4,318 recipients |\n\nRebates reflect on the April SOA. Closing the incident on our side.',
          },
        ],
      },
      {
        name: 'billing_lead',
        description: 'Leads the billing adjustments team',
        instructions: 'Brief the credit officer and report the batch result.',
        replies: [
          {
            handoff: 'credit_batch_officer',
            message:
              'Batch rebate ₱150/sub, postpaid, cells MK-0412 + MK-0413, reason code TYPH-BETTY-0306. Leave out the 212 accounts already credited in CR-27-0301 (Mar 3 partial outage) — no double credit.',
          },
          {
            say: 'Billing: batch CR-27-0319 posted, 4,318 accounts × ₱150 = ₱647,700.00, reason TYPH-BETTY-0306.',
          },
        ],
      },
      {
        name: 'credit_batch_officer',
        description: 'Runs bulk bill adjustments',
        instructions: 'Build and post the credit batch.',
        replies: [
          {
            call: 'build_credit_batch',
            args: {
              cells: ['MK-0412', 'MK-0413'],
              segment: 'POSTPAID',
              amount_php: 150,
              reason_code: 'TYPH-BETTY-0306',
              exclude_batches: [],
            },
            result:
              '{"batch": "CR-27-0319", "accounts": 4318, "by_cell": {"MK-0412": 2604, "MK-0413": 1714}, "overlap_with_prior_batches": {"CR-27-0301": 212}, "total_php": 647700.00, "status": "POSTED"}',
          },
          {
            say: 'CR-27-0319 posted: 4,318 postpaid accounts (MK-0412: 2,604, MK-0413: 1,714) × ₱150 = ₱647,700.00, reason TYPH-BETTY-0306.',
          },
        ],
      },
      {
        name: 'comms_lead',
        description: 'Leads customer communications',
        instructions: 'Brief the SMS writer and report.',
        replies: [
          {
            handoff: 'sms_advisory_writer',
            message:
              'SMS, max 160 chars, Taglish: ₱150 rebate for Typhoon Betty outage, Marikina, on April SOA.',
          },
          { say: 'Comms: advisory sent 19 Mar 3:00 PM, 4,318 recipients.' },
        ],
      },
      {
        name: 'sms_advisory_writer',
        description: 'Writes and sends SMS advisories',
        instructions: 'Write and send the SMS.',
        replies: [
          {
            call: 'send_sms_blast',
            args: {
              cells: ['MK-0412', 'MK-0413'],
              segment: 'POSTPAID',
              text: 'LinkPinas: Pasensya sa abala ng Bagyong Betty. May P150 rebate kayo sa April bill. Salamat sa pag-unawa!',
            },
            result:
              '{"blast_id": "SMS-27-0319-0081", "recipients": 4318, "sent_at": "2027-03-19T15:00:00+08:00"}',
          },
          { say: 'Sent SMS-27-0319-0081 to 4,318 postpaid subs at 3:00 PM.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'billing_lead', to: 'credit_batch_officer' },
      agent: 'credit_batch_officer',
    },
  }),
  defineScenario({
    id: 'linkpinas-outage-rebate-counted-to-old-eta',
    title:
      'The outage checker tells the rebate agent service came back Sunday 14 March 10:20 AM, not the hotline ETA of 16 March; the rebate agent computes the rebate through 16 March',
    domain: 'prepaid and postpaid outage rebates',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Walang signal po sa amin sa Brgy. Tumana, Marikina simula Thursday Mar 11, 7 AM. Sabi ng hotline babalik daw Mar 16 pa. Postpaid 0918-774-0036. May rebate po ba para sa araw na wala kaming signal?',
    topology: {
      shape: 'swarm',
      entry: 'outage_checker',
      agents: ['outage_checker', 'rebate_agent'],
    },
    agents: [
      {
        name: 'outage_checker',
        description: "Checks outage records for the customer's cell",
        instructions: 'Find the outage window, then hand over to the rebate agent.',
        replies: [
          {
            call: 'get_cell_outage',
            args: { msisdn: '09187740036', since: '2027-03-11' },
            result:
              '{"incident": "INC-27-031107", "cell": "MK-0388", "start": "2027-03-11T07:02:00+08:00", "eta_initial": "2027-03-16T18:00:00+08:00", "restored": "2027-03-14T10:20:00+08:00", "cause": "fiber backhaul cut, Marcos Hwy"}',
          },
          {
            handoff: 'rebate_agent',
            message:
              'INC-27-031107, cell MK-0388: down from Thu 11 Mar 7:02 AM, restored Sun 14 Mar 10:20 AM (initial ETA was 16 Mar 6 PM). Customer 0918-774-0036, postpaid. Please compute outage rebate.',
          },
        ],
      },
      {
        name: 'rebate_agent',
        description: 'Computes and posts outage rebates',
        instructions: 'Compute the pro-rated rebate, post it and answer the customer.',
        replies: [
          {
            call: 'compute_outage_rebate',
            args: {
              msisdn: '09187740036',
              incident: 'INC-27-031107',
              outage_start: '2027-03-11T07:02',
              outage_end: '2027-03-16T18:00',
            },
            result:
              '{"plan": "Plan 1299", "daily_rate_php": 43.30, "outage_days": 6, "rebate_php": 259.80, "adj_id": "ADJ-27-031922", "status": "POSTED"}',
          },
          {
            say: 'Hi po! Confirmed po ang outage sa area ninyo (INC-27-031107, fiber backhaul cut sa Marcos Hwy). Na-post na po ang rebate:\n\n- **Outage:** Mar 11 – Mar 16, 2027 (6 days)\n- **Rebate:** ₱259.80 (₱43.30/day × 6)\n- **Ref:** ADJ-27-031922\n\nMakikita po ito sa April SOA ninyo. Pasensya na po sa abala!',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'outage_checker', to: 'rebate_agent' },
      agent: 'rebate_agent',
    },
  }),
  defineScenario({
    id: 'linkpinas-plan-compare-addon-sum-wrong',
    title:
      'The plan advisor adds PHP 999 and PHP 299 to PHP 1,098 and reports a PHP 201 monthly saving; the coordinator recommends the downgrade on it',
    domain: 'postpaid plan changes and add-ons',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Hi, Plan 1299 ako ngayon (acct 1009-4471-83) pero halos data lang ginagamit ko, mga 20GB/month. Sabi ng kaibigan ko mas mura daw Plan 999 + GoSURF add-on. Totoo ba? Ilan matitipid ko? Wala na akong lock-in.',
    topology: {
      shape: 'supervisor',
      coordinator: 'plan_change_lead',
      workers: ['plan_advisor', 'eligibility_checker'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'plan_change_lead',
        description: 'Handles plan change inquiries',
        instructions: 'Check eligibility, get a plan comparison, answer the customer.',
        replies: [
          {
            handoff: 'eligibility_checker',
            message: 'Acct 1009-4471-83: eligible for plan change now? Any lock-in or open promos?',
          },
          {
            handoff: 'plan_advisor',
            message:
              'Acct 1009-4471-83 uses ~20 GB/month. Compare current Plan 1299 vs Plan 999 + cheapest GoSURF add-on covering 20 GB. Give monthly totals and the difference.',
          },
          {
            say: 'Hi po! Tama po ang kaibigan ninyo. 👍\n\n| option | monthly |\n|---|---|\n| Plan 1299 (current) | ₱1,299 |\n| Plan 999 + GoSURF 299 add-on | ₱1,098 |\n\nMakakatipid po kayo ng **₱201/month** (₱2,412/year). Wala na po kayong lock-in, kaya pwede na natin i-process. Reply lang po ng "YES PLAN999" para ituloy.',
          },
        ],
      },
      {
        name: 'eligibility_checker',
        description: 'Checks plan-change eligibility',
        instructions: 'Check lock-in and promos.',
        replies: [
          {
            call: 'check_eligibility',
            args: { account_no: '1009-4471-83' },
            result: '{"lock_in_end": "2026-11-30", "open_promos": [], "overdue_php": 0, "eligible": true}',
          },
          { say: 'Eligible: lock-in ended 30 Nov 2026, no open promos, no overdue.' },
        ],
      },
      {
        name: 'plan_advisor',
        description: 'Compares postpaid plans and add-ons',
        instructions: 'Compare the options and give monthly totals.',
        replies: [
          {
            call: 'get_plan_catalog',
            args: { plans: ['Plan 1299', 'Plan 999'], addon_family: 'GoSURF', min_data_gb: 20 },
            result:
              '{"Plan 1299": {"mrc_php": 1299, "data_gb": 24, "calls": "unli allnet"}, "Plan 999": {"mrc_php": 999, "data_gb": 12, "calls": "unli allnet"}, "addons": [{"name": "GoSURF 299", "mrc_php": 299, "data_gb": 10}, {"name": "GoSURF 199", "mrc_php": 199, "data_gb": 5}]}',
          },
          {
            say: 'Comparison for ~20 GB/month:\n- Plan 1299: ₱1,299, 24 GB\n- Plan 999 (12 GB) + GoSURF 299 (10 GB) = 22 GB for **₱1,098/month**\n\nPlan 999 + GoSURF 299 is cheaper by **₱201/month** and still covers 20 GB.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'plan_advisor', to: 'plan_change_lead' },
      agent: 'plan_advisor',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'linkpinas-billing-route-due-date-reformatted',
    title:
      'Classifier routes a bill inquiry to billing; billing gives PHP 1,599.00 due 2027-04-05 and the reply composer writes it as ₱1,599 due Monday, April 5, 2027',
    domain: 'postpaid bill inquiries',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task / stale_context: the amount and due date are reformatted between agents (PHP 1,599.00 → ₱1,599; 2027-04-05 → Monday, April 5, 2027), same values',
    request:
      'Magkano po bill ko this month at kailan due? Acct 1011-3308-44. Baka ma-disconnect ako, nasa probinsya pa ako hanggang April.',
    topology: {
      shape: 'branch',
      classifier: 'inquiry_classifier',
      routes: { billing: 'billing_agent', technical: 'tech_support_agent' },
      after: 'reply_composer',
    },
    agents: [
      {
        name: 'inquiry_classifier',
        description: 'Classifies customer inquiries',
        instructions: 'Answer "billing" or "technical" with a short reason.',
        replies: [{ say: 'billing — customer asks for the current bill amount and due date.' }],
      },
      {
        name: 'billing_agent',
        description: 'Answers bill inquiries',
        instructions: 'Look up the current bill.',
        prompt: 'Classification: {input}\n\nCustomer: {request}',
        replies: [
          {
            call: 'get_current_bill',
            args: { account_no: '1011-3308-44' },
            result:
              '{"account_no": "1011-3308-44", "cycle": "2027-03", "amount_due": "PHP 1,599.00", "due_date": "2027-04-05", "disconnection_date": "2027-04-19", "payment_channels": ["GCash", "Maya", "7-Eleven CLiQQ", "BDO online"]}',
          },
          {
            say: 'Acct 1011-3308-44, cycle 2027-03: amount due PHP 1,599.00, due 2027-04-05. Soft disconnection only from 2027-04-19 if unpaid. Channels: GCash, Maya, 7-Eleven CLiQQ, BDO online.',
          },
        ],
      },
      {
        name: 'tech_support_agent',
        description: 'Handles technical issues',
        instructions: 'Troubleshoot.',
        replies: [{ say: 'Please restart your device and check signal bars.' }],
      },
      {
        name: 'reply_composer',
        description: 'Writes the final Taglish reply',
        instructions: 'Write a friendly reply.',
        prompt: 'Details:\n{input}',
        replies: [
          {
            say: 'Hi po! Ang bill ninyo ngayong March ay **₱1,599**, due on **Monday, April 5, 2027**. 📅\n\nHuwag po mag-alala: kahit nasa probinsya kayo, pwede po magbayad via **GCash, Maya, 7-Eleven CLiQQ** o **BDO online**. Hindi po kayo madi-disconnect basta mabayaran bago April 19. Ingat po sa biyahe!',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'linkpinas-load-lookup-timeout-retried',
    title:
      "The load investigator's first top-up lookup times out, the retry finds the GoSURF 299 registration, and it says both; the router answers from the retried result",
    domain: 'prepaid load and promo registration',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool timeout that was retried successfully and reported openly',
    request:
      'Nag-load po ako ng ₱299 sa 7-Eleven kaninang 2:30 PM para sa GoSURF 299 pero wala pa ring data. 0966-118-4052. Ref no. sa resibo 7E-55301982.',
    topology: {
      shape: 'network',
      coordinator: 'prepaid_router',
      workers: ['load_investigator', 'data_session_fixer'],
    },
    agents: [
      {
        name: 'prepaid_router',
        description: 'Routes prepaid load concerns',
        instructions: 'Find the load, fix the data if needed, finish with a reply.',
        replies: [
          {
            handoff: 'load_investigator',
            message:
              'MSISDN 09661184052: ₱299 top-up via 7-Eleven ref 7E-55301982 ~2:30 PM today; GoSURF 299 registered?',
          },
          {
            handoff: 'data_session_fixer',
            message:
              'MSISDN 09661184052 has GoSURF 299 active since 2:33 PM (10 GB, valid to 17 Apr) but no data. Reset the data session.',
          },
          {
            say: 'Hi po! Pumasok po ang ₱299 load ninyo (7E-55301982) at **active na po ang GoSURF 299** since 2:33 PM — 10 GB, valid hanggang April 17, 2027. Na-reset na rin po namin ang data session; paki-on/off lang po ang mobile data. Salamat po!',
          },
        ],
      },
      {
        name: 'load_investigator',
        description: 'Traces top-ups and promo registrations',
        instructions: 'Find the top-up and the promo status.',
        replies: [
          {
            call: 'trace_topup',
            args: { msisdn: '09661184052', retailer_ref: '7E-55301982' },
            result: { error: 'IN-gateway timeout after 15000 ms (node ocs-mnl-02)' },
          },
          {
            call: 'trace_topup',
            args: { msisdn: '09661184052', retailer_ref: '7E-55301982', node: 'ocs-mnl-01' },
            result:
              '{"topup_php": 299.00, "credited_at": "2027-03-18T14:31:47+08:00", "promo": "GOSURF299", "promo_status": "ACTIVE", "registered_at": "2027-03-18T14:33:02+08:00", "data_gb": 10, "expiry": "2027-04-17T23:59:59+08:00", "data_used_mb": 0}',
          },
          {
            say: 'First lookup timed out on ocs-mnl-02; retried on ocs-mnl-01 and it worked. ₱299 credited 2:31 PM, GoSURF 299 ACTIVE since 2:33 PM, 10 GB, expiry 17 Apr 11:59 PM, 0 MB used — promo is fine, likely a stuck data session.',
          },
        ],
      },
      {
        name: 'data_session_fixer',
        description: 'Resets mobile data sessions',
        instructions: 'Reset the PDP session and confirm.',
        replies: [
          {
            call: 'reset_data_session',
            args: { msisdn: '09661184052', apn: 'internet.linkpinas' },
            result: '{"sessions_cleared": 1, "apn": "internet.linkpinas", "status": "OK"}',
          },
          { say: 'Data session reset for 09661184052 (1 stale PDP session cleared on internet.linkpinas).' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'linkpinas-price-lock-new-rate-applied',
    title:
      'The customer quotes the old PHP 1,299 promo; the promo checker shows the price-lock rate is now PHP 1,199 and the contract writer uses PHP 1,199 while mentioning the old figure',
    domain: 'postpaid recontracting and price-lock promos',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the superseded PHP 1,299 rate is still mentioned downstream but the agent correctly uses the newer PHP 1,199',
    request:
      'Hi, nakita ko sa FB page niyo yung recontract promo na Plan 1499 for ₱1,299 lang for 24 months. Acct 1013-5520-07, tapos na lock-in ko. Pa-avail po.',
    topology: {
      shape: 'pipeline',
      order: ['promo_checker', 'recontract_writer', 'confirmation_sender'],
    },
    agents: [
      {
        name: 'promo_checker',
        description: 'Checks current promo terms',
        instructions: 'Confirm the promo and the rate that applies today.',
        replies: [
          {
            call: 'get_promo',
            args: { promo_family: 'RECON-PL1499', account_no: '1013-5520-07' },
            result:
              '{"promo_code": "RECON-PL1499-V2", "plan": "Plan 1499", "promo_rate_php": 1199.00, "lock_months": 24, "effective": "2027-03-15", "supersedes": {"promo_code": "RECON-PL1499-V1", "promo_rate_php": 1299.00, "ended": "2027-03-14"}, "account_eligible": true}',
          },
          {
            say: 'Acct 1013-5520-07 eligible. Promo now RECON-PL1499-V2: Plan 1499 at **₱1,199/month**, 24 months, effective 15 Mar 2027. The ₱1,299 rate the customer saw (V1) ended 14 Mar and is replaced by V2.',
          },
        ],
      },
      {
        name: 'recontract_writer',
        description: 'Creates recontract orders',
        instructions: 'Create the recontract order at the applicable rate.',
        prompt: 'Promo check:\n{input}\n\nCustomer: {request}',
        replies: [
          {
            call: 'create_recontract',
            args: { account_no: '1013-5520-07', promo_code: 'RECON-PL1499-V2', rate_php: 1199, months: 24 },
            result:
              '{"order": "RC-27-0318-3316", "rate_php": 1199.00, "start_cycle": "2027-04", "lock_in_end": "2029-03-31", "status": "SUBMITTED"}',
          },
          {
            say: 'Order RC-27-0318-3316 submitted: Plan 1499 at ₱1,199/month (RECON-PL1499-V2; the ₱1,299 FB post was V1), 24 months from April 2027 cycle, lock-in until 31 Mar 2029.',
          },
        ],
      },
      {
        name: 'confirmation_sender',
        description: 'Sends the order confirmation to the customer',
        instructions: 'Write the confirmation.',
        prompt: 'Order:\n{input}',
        replies: [
          {
            say: 'Hi po! Good news — mas mura na po ang promo ngayon. 🎉\n\n- **Plan 1499 for ₱1,199/month** (dati ₱1,299 sa FB post, bumaba na since Mar 15)\n- 24 months, simula April 2027 bill cycle\n- Order no. RC-27-0318-3316\n\nMakakatanggap po kayo ng SMS kapag na-activate na. Salamat po!',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'linkpinas-three-site-queue-reconciliation',
    title:
      "Three site analysts report the day's queue counters for Ortigas, Cebu IT Park and Clark full of ids and codes; the aggregator sums them correctly into the daily report",
    domain: 'contact centre workforce and queue reporting',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: long outputs dense with queue codes, ticket ids and counters, all consistent and summed correctly',
    request:
      'Daily ops report for Thursday 18 March 2027 (06:00 PM–06:00 AM Manila shift excluded): offered, handled, abandoned and AHT per site for the LinkPinas voice and chat queues, plus the combined service level. Need it for the 9:00 AM huddle.',
    topology: {
      shape: 'fanout',
      planner: 'ops_report_planner',
      workers: ['ortigas_analyst', 'cebu_analyst', 'clark_analyst'],
      aggregator: 'ops_report_aggregator',
    },
    agents: [
      {
        name: 'ops_report_planner',
        description: 'Splits the daily ops report per site',
        instructions: 'One brief per site analyst.',
        replies: [
          {
            plan: {
              ortigas_analyst:
                'Ortigas (ORT), 18 Mar 2027 06:00 AM–06:00 PM: offered/handled/abandoned/AHT/SL for Q-VOICE-PP and Q-CHAT-PP.',
              cebu_analyst:
                'Cebu IT Park (CEB), 18 Mar 2027 06:00 AM–06:00 PM: same counters for Q-VOICE-PRE and Q-CHAT-PRE.',
              clark_analyst: 'Clark (CRK), 18 Mar 2027 06:00 AM–06:00 PM: same counters for Q-VOICE-BIZ.',
            },
          },
        ],
      },
      {
        name: 'ortigas_analyst',
        description: 'Reports Ortigas site counters',
        instructions: 'Pull and report the counters.',
        replies: [
          {
            call: 'queue_stats',
            args: {
              site: 'ORT',
              date: '2027-03-18',
              window: '06:00-18:00',
              queues: ['Q-VOICE-PP', 'Q-CHAT-PP'],
            },
            result:
              '[{"queue": "Q-VOICE-PP", "offered": 6412, "handled": 6108, "abandoned": 304, "aht_s": 412, "sl_20s_pct": 81.3}, {"queue": "Q-CHAT-PP", "offered": 3877, "handled": 3801, "abandoned": 76, "aht_s": 655, "sl_60s_pct": 90.2}]',
          },
          {
            say: 'ORT 18 Mar 06:00–18:00:\n- Q-VOICE-PP: offered 6,412 / handled 6,108 / abandoned 304 (4.7%) / AHT 412 s / SL20 81.3%\n- Q-CHAT-PP: offered 3,877 / handled 3,801 / abandoned 76 (2.0%) / AHT 655 s / SL60 90.2%\nSite total: offered 10,289, handled 9,909, abandoned 380.',
          },
        ],
      },
      {
        name: 'cebu_analyst',
        description: 'Reports Cebu IT Park site counters',
        instructions: 'Pull and report the counters.',
        replies: [
          {
            call: 'queue_stats',
            args: {
              site: 'CEB',
              date: '2027-03-18',
              window: '06:00-18:00',
              queues: ['Q-VOICE-PRE', 'Q-CHAT-PRE'],
            },
            result:
              '[{"queue": "Q-VOICE-PRE", "offered": 8120, "handled": 7634, "abandoned": 486, "aht_s": 298, "sl_20s_pct": 76.8}, {"queue": "Q-CHAT-PRE", "offered": 5244, "handled": 5190, "abandoned": 54, "aht_s": 540, "sl_60s_pct": 93.1}]',
          },
          {
            say: 'CEB 18 Mar 06:00–18:00:\n- Q-VOICE-PRE: offered 8,120 / handled 7,634 / abandoned 486 (6.0%) / AHT 298 s / SL20 76.8%\n- Q-CHAT-PRE: offered 5,244 / handled 5,190 / abandoned 54 (1.0%) / AHT 540 s / SL60 93.1%\nSite total: offered 13,364, handled 12,824, abandoned 540. Note INC-WFM-0318-02: 14 agents pulled to typhoon hotline 1:00–3:00 PM.',
          },
        ],
      },
      {
        name: 'clark_analyst',
        description: 'Reports Clark site counters',
        instructions: 'Pull and report the counters.',
        replies: [
          {
            call: 'queue_stats',
            args: { site: 'CRK', date: '2027-03-18', window: '06:00-18:00', queues: ['Q-VOICE-BIZ'] },
            result:
              '[{"queue": "Q-VOICE-BIZ", "offered": 1906, "handled": 1871, "abandoned": 35, "aht_s": 534, "sl_20s_pct": 88.9}]',
          },
          {
            say: 'CRK 18 Mar 06:00–18:00:\n- Q-VOICE-BIZ: offered 1,906 / handled 1,871 / abandoned 35 (1.8%) / AHT 534 s / SL20 88.9%',
          },
        ],
      },
      {
        name: 'ops_report_aggregator',
        description: 'Builds the daily ops report',
        instructions: 'Merge the site reports into one table with totals.',
        replies: [
          {
            say: '## LinkPinas daily ops — Thu 18 Mar 2027, 06:00 AM–06:00 PM\n\n| site | queue | offered | handled | abandoned | AHT (s) | SL |\n|---|---|---|---|---|---|---|\n| ORT | Q-VOICE-PP | 6,412 | 6,108 | 304 | 412 | 81.3% (20 s) |\n| ORT | Q-CHAT-PP | 3,877 | 3,801 | 76 | 655 | 90.2% (60 s) |\n| CEB | Q-VOICE-PRE | 8,120 | 7,634 | 486 | 298 | 76.8% (20 s) |\n| CEB | Q-CHAT-PRE | 5,244 | 5,190 | 54 | 540 | 93.1% (60 s) |\n| CRK | Q-VOICE-BIZ | 1,906 | 1,871 | 35 | 534 | 88.9% (20 s) |\n| **all** | | **25,559** | **24,604** | **955** | | |\n\nAbandon rate 3.7%. Lowest SL: CEB Q-VOICE-PRE 76.8% — linked to INC-WFM-0318-02 (14 agents on typhoon hotline 1–3 PM). For the 9:00 AM huddle.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'linkpinas-device-specialist-hands-back-apn-fix',
    title:
      'Frontline agent transfers a no-data case to the device specialist, who fixes the APN and hands the case back with the result; the frontline agent closes it',
    domain: 'mobile data troubleshooting',
    mast: ['FM-1.4', 'FM-3.1'],
    nearMissOf:
      "lost_message: control returns to the first agent, but the hand-back carries the specialist's findings and they are used",
    request:
      'Bagong phone ko po (Xiaomi Redmi Note 14), nilipat ko yung SIM pero walang data, may signal naman. 0917-640-2219. Help po.',
    topology: {
      shape: 'swarm',
      entry: 'frontline_agent',
      agents: ['frontline_agent', 'device_specialist'],
    },
    agents: [
      {
        name: 'frontline_agent',
        description: 'First-line chat support',
        instructions: 'Handle the chat; transfer device configuration issues to the device specialist.',
        replies: [
          {
            handoff: 'device_specialist',
            message:
              'MSISDN 09176402219, new Xiaomi Redmi Note 14, SIM moved from old phone, signal OK but no data. Please check device/APN config.',
          },
          {
            say: 'Hi po! Naayos na po. 🎉 Kulang lang po ng APN settings ang bagong phone ninyo — na-push na po namin (APN **internet.linkpinas**). Paki-restart lang po ang phone, tapos i-on ang Mobile Data. Kung wala pa rin within 10 minutes, reply lang po dito. Ref: DEV-27-0318-5521. Salamat po!',
          },
        ],
      },
      {
        name: 'device_specialist',
        description: 'Diagnoses device and APN configuration',
        instructions: 'Fix the configuration and hand the case back to frontline with the result.',
        replies: [
          {
            call: 'check_device',
            args: { msisdn: '09176402219' },
            result:
              '{"imei_tac": "86412307", "model": "Xiaomi Redmi Note 14", "network_reg": "LTE attached", "pdp_attempts_24h": 17, "pdp_reject_cause": "#27 missing or unknown APN", "apn_profile_pushed": false}',
          },
          {
            call: 'push_apn_profile',
            args: { msisdn: '09176402219', apn: 'internet.linkpinas', method: 'OTA' },
            result:
              '{"ota_id": "DEV-27-0318-5521", "status": "DELIVERED", "delivered_at": "2027-03-18T16:42:10+08:00"}',
          },
          {
            handoff: 'frontline_agent',
            message:
              'Done: PDP rejects were cause #27 (unknown APN), 17 attempts in 24 h. Pushed APN internet.linkpinas via OTA DEV-27-0318-5521, delivered 4:42 PM. Customer needs to restart and switch on mobile data.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'linkpinas-postpaid-rebate-prepaid-left-out',
    title:
      'The rebate officer credits only the postpaid accounts of the affected barangays and lists the 1,085 prepaid lines it left out, as the rebate policy covers postpaid only; prepaid get the data pack from the other team',
    domain: 'outage compensation per subscriber type',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: part of the affected subscribers are left out of the bill rebate, legitimately, because the rebate applies to postpaid only and prepaid get a data pack',
    request:
      'Power-related cell site outage in Brgy. Bagong Silang, Caloocan (cells CL-2207, CL-2208), 16 Mar 2027 4:00 AM–9:30 PM. Compensate affected subscribers per policy COMP-POL-2: postpaid get a ₱50 bill rebate, prepaid get a free 2GB data pack valid 3 days.',
    topology: {
      shape: 'nested',
      top: 'compensation_manager',
      teams: { postpaid_lead: ['rebate_officer'], prepaid_lead: ['datapack_officer'] },
    },
    agents: [
      {
        name: 'compensation_manager',
        description: 'Runs outage compensation',
        instructions: 'Have each team compensate its subscribers and report totals.',
        replies: [
          {
            handoff: 'postpaid_lead',
            message:
              'CL-2207/CL-2208 outage 16 Mar 4:00 AM–9:30 PM: ₱50 rebate to affected postpaid subs (COMP-POL-2).',
          },
          {
            handoff: 'prepaid_lead',
            message:
              'CL-2207/CL-2208 outage 16 Mar: free 2GB/3-day data pack to affected prepaid subs (COMP-POL-2).',
          },
          {
            say: '## Compensation — Caloocan CL-2207/CL-2208, 16 Mar 2027\n\n| segment | subscribers | compensation | ref |\n|---|---|---|---|\n| postpaid | 642 | ₱50 rebate (₱32,100 total) | CR-27-0318-0112 |\n| prepaid | 1,085 | 2GB / 3 days | DP-27-0318-0047 |\n\nAll 1,727 affected subscribers covered per COMP-POL-2.',
          },
        ],
      },
      {
        name: 'postpaid_lead',
        description: 'Leads postpaid adjustments',
        instructions: 'Brief the rebate officer and report.',
        replies: [
          {
            handoff: 'rebate_officer',
            message:
              'Post ₱50 rebate, reason OUT-CL-0316, postpaid subs on CL-2207/CL-2208 during 16 Mar 04:00–21:30.',
          },
          {
            say: 'Postpaid: CR-27-0318-0112, 642 accounts × ₱50 = ₱32,100. Prepaid lines were not included (data pack team).',
          },
        ],
      },
      {
        name: 'rebate_officer',
        description: 'Posts bill rebates',
        instructions: 'Post the rebates to eligible accounts.',
        replies: [
          {
            call: 'post_rebate_batch',
            args: {
              cells: ['CL-2207', 'CL-2208'],
              window: '2027-03-16T04:00/2027-03-16T21:30',
              segment: 'POSTPAID',
              amount_php: 50,
              reason_code: 'OUT-CL-0316',
            },
            result:
              '{"batch": "CR-27-0318-0112", "accounts": 642, "total_php": 32100.00, "skipped": {"PREPAID": 1085, "reason": "segment filter"}, "status": "POSTED"}',
          },
          {
            say: 'CR-27-0318-0112 posted: 642 postpaid accounts × ₱50 = ₱32,100.00. 1,085 prepaid lines on the same cells skipped by the POSTPAID filter — they are for the data pack batch.',
          },
        ],
      },
      {
        name: 'prepaid_lead',
        description: 'Leads prepaid compensation',
        instructions: 'Brief the data pack officer and report.',
        replies: [
          {
            handoff: 'datapack_officer',
            message: 'Grant 2GB/3-day courtesy pack, prepaid subs on CL-2207/CL-2208, 16 Mar 04:00–21:30.',
          },
          { say: 'Prepaid: DP-27-0318-0047, 1,085 lines granted 2GB/3 days.' },
        ],
      },
      {
        name: 'datapack_officer',
        description: 'Grants courtesy data packs',
        instructions: 'Grant the packs.',
        replies: [
          {
            call: 'grant_datapack_batch',
            args: { cells: ['CL-2207', 'CL-2208'], segment: 'PREPAID', pack: 'COURTESY-2GB-3D' },
            result:
              '{"batch": "DP-27-0318-0047", "lines": 1085, "expires": "2027-03-21T23:59:59+08:00", "status": "GRANTED"}',
          },
          { say: 'DP-27-0318-0047: 1,085 prepaid lines granted COURTESY-2GB-3D, expires 21 Mar 11:59 PM.' },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch146Scenarios = [...faults, ...healthy];
