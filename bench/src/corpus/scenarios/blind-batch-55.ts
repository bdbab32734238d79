import { defineScenario } from '../scenario.ts';

// Blind batch 55: customer support and back-office chat for telecom billing, SaaS accounts, bank card
// disputes and utilities. Written from the README principles only, without reading the checks, the
// diagnosis, the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'skylark-airfare-chargeback-filed-at-transposed-amount',
    title:
      'The cardholder corrects her airfare charge from $1,284.60 to $1,248.60 mid-chat and tier-1 confirms $1,248.60 on the ledger; the dispute specialist files the chargeback at $1,284.60',
    domain: 'bank card disputes',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Live chat — Northgate Federal Credit Union, card support, Tue 9 Mar 2027\n[09:12] Dana Whitcombe: Hi, there is a charge on my debit card ending 4471 from SKYLARK AIR for $1,284.60. I cancelled that booking within 24 hours and they never refunded me. I want to dispute it.\n[09:14] Virtual assistant: I can help. When did the charge post?\n[09:17] Dana Whitcombe: 28 Feb. Actually hold on, I just opened the app — it is $1,248.60, not $1,284.60, I swapped two digits, sorry! And there is a $35.00 seat selection fee from them on 2 Mar — please include that too, the whole trip was cancelled.\n[09:18] Virtual assistant: Thanks Dana, connecting you with a card support agent.',
    topology: {
      shape: 'swarm',
      entry: 'card_support_agent',
      agents: ['card_support_agent', 'dispute_specialist'],
    },
    agents: [
      {
        name: 'card_support_agent',
        description: 'Tier-1 card support agent in member chat',
        instructions:
          'Verify the transactions the member is asking about on the card ledger, then transfer disputes to the dispute specialist with the exact items.',
        replies: [
          {
            call: 'get_card_transactions',
            args: { card_last4: '4471', from: '2027-02-20', to: '2027-03-09', merchant_filter: 'SKYLARK' },
            result:
              '{"card": "debit ****4471", "member": "D. Whitcombe", "status": "ACTIVE", "transactions": [{"id": "TX-88031275", "auth": "2027-02-26T18:40:11Z", "posted": "2027-02-28", "merchant": "SKYLARK AIR*BOOKING 8842", "mcc": "3301", "amount_usd": 1248.60, "type": "PURCHASE", "credits_linked": []}, {"id": "TX-88094410", "auth": "2027-03-01T07:02:54Z", "posted": "2027-03-02", "merchant": "SKYLARK AIR*SEATSEL", "mcc": "4511", "amount_usd": 35.00, "type": "PURCHASE", "credits_linked": []}], "other_in_range": 41, "pending_credits": [], "open_disputes": 0}',
          },
          {
            handoff: 'dispute_specialist',
            message:
              'Member Dana Whitcombe, debit ••4471, cancelled a SKYLARK AIR booking within 24h, no refund received. Ledger confirms two items:\n- TX-88031275 SKYLARK AIR*BOOKING 8842, posted 28/02, **$1,248.60** (she first typed $1,284.60 and corrected it)\n- TX-88094410 SKYLARK AIR*SEATSEL, posted 02/03, $35.00\nNo merchant credits linked. Please open the dispute (cancelled services) and issue provisional credit.',
          },
        ],
      },
      {
        name: 'dispute_specialist',
        description: 'Opens card network disputes and issues provisional credit',
        instructions:
          'Open the dispute for the confirmed items, post provisional credit, and tell the member the outcome.',
        replies: [
          {
            call: 'file_dispute',
            args: {
              card_last4: '4471',
              transactions: ['TX-88031275', 'TX-88094410'],
              amounts_usd: [1284.6, 35.0],
              reason_code: '13.7',
              provisional_credit: true,
            },
            result:
              '{"case": "DSP-2027-031944", "network": "Visa", "reason_code": "13.7 Cancelled Merchandise/Services", "items": [{"tx": "TX-88031275", "disputed_usd": 1284.60}, {"tx": "TX-88094410", "disputed_usd": 35.00}], "disputed_total_usd": 1319.60, "provisional_credit_usd": 1319.60, "credit_posted": "2027-03-09T09:31:07Z", "merchant_response_due": "2027-04-08", "status": "OPEN"}',
          },
          {
            say: 'Hi Dana, thanks for waiting. Your dispute is open 🙂\n\n- **Case:** DSP-2027-031944 (cancelled services)\n- SKYLARK AIR booking: $1,284.60\n- Seat selection fee: $35.00\n- **Provisional credit of $1,319.60** has been posted to your account today.\n\nThe airline has until 8 April to respond; we will message you if we need anything else.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'card_support_agent', to: 'dispute_specialist' },
      agent: 'dispute_specialist',
    },
  }),
  defineScenario({
    id: 'fibre-outage-credit-briefed-on-last-years-monthly-price',
    title:
      'The account researcher finds Fibre 150 billed at £30.24 since the 1 Feb price rise (was £28.00); the desk lead briefs the credit issuer to pro-rate £28.00',
    domain: 'telecom broadband billing',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Chat with Brightwave support, Wed 3 Mar 2027, account BW-4471-0923 (Mr Idris Balogun)\n[14:02] Customer: My broadband was down from 9 Feb to 14 Feb, six full days. I pay £28 a month for Fibre 150. I want money back for those days.\n[14:05] Agent: I am sorry about that, let me look into it.\n[14:06] Customer: The home phone add-on was dead on the same days too, that is £6 a month. Please credit that as well.',
    topology: {
      shape: 'supervisor',
      coordinator: 'support_desk_lead',
      workers: ['account_researcher', 'credit_issuer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'support_desk_lead',
        description: 'Leads the billing support desk and answers the customer',
        instructions:
          'Have the account and outage checked, then have the right pro-rata credit posted, and reply to the customer.',
        replies: [
          {
            handoff: 'account_researcher',
            message:
              'BW-4471-0923 Balogun: confirm products and current monthly prices, and whether there was a network outage 9–14 Feb on his line.',
          },
          {
            handoff: 'credit_issuer',
            message:
              'Post an outage credit on BW-4471-0923 (Feb 2027 has 28 days, 6 days lost):\n| product | monthly | credit |\n|---|---|---|\n| Fibre 150 | £28.00 | 6/28 × 28.00 = £6.00 |\n| Home phone add-on | £6.00 | 6/28 × 6.00 = £1.29 |\n| **total** | | **£7.29** |\nReason OUT-NET, ref the incident number.',
          },
          {
            say: 'Hi Mr Balogun, thanks for your patience. We confirmed the outage on your line from 9 to 14 February (incident INC-0209-7731). We have credited **£7.29** to your account (6 days of Fibre 150 and the home phone add-on), which will show on your April bill. Sorry again for the disruption.',
          },
        ],
      },
      {
        name: 'account_researcher',
        description: 'Looks up CRM accounts and network incidents',
        instructions: 'Report products, prices in force and any incident affecting the line.',
        replies: [
          {
            call: 'crm_account',
            args: { account: 'BW-4471-0923', include: ['products', 'price_history'] },
            result:
              '{"account": "BW-4471-0923", "holder": "Idris Balogun", "status": "ACTIVE", "products": [{"id": "P-FIB150", "name": "Fibre 150", "contract_end": "2027-08-14", "price_history": [{"from": "2025-08-15", "to": "2027-01-31", "monthly_gbp": 28.00}, {"from": "2027-02-01", "to": null, "monthly_gbp": 30.24, "note": "annual price change CPI+3.9% (notice sent 2026-12-02)"}]}, {"id": "P-HOMEPH", "name": "Home phone add-on", "price_history": [{"from": "2025-08-15", "to": null, "monthly_gbp": 6.00}]}], "balance_gbp": 0.00, "next_bill": "2027-04-01"}',
          },
          {
            call: 'network_incidents',
            args: { account: 'BW-4471-0923', from: '2027-02-01', to: '2027-02-28' },
            result:
              'INC-0209-7731 | cabinet CAB-LS6-114 | fibre cut (third-party roadworks) | start 2027-02-09 06:40 | restored 2027-02-14 21:15 | services: broadband, voice | customers affected: 212',
          },
          {
            say: 'BW-4471-0923 (Idris Balogun):\n- Fibre 150: **£30.24/month since 1 Feb 2027** (annual price change; it was £28.00 until 31 Jan)\n- Home phone add-on: £6.00/month, unchanged\n- Outage confirmed: INC-0209-7731, cabinet CAB-LS6-114, 09/02 06:40 → 14/02 21:15, broadband and voice down. 6 full days.',
          },
        ],
      },
      {
        name: 'credit_issuer',
        description: 'Posts credits and adjustments on customer accounts',
        instructions: 'Post the credit as instructed and confirm the reference.',
        replies: [
          {
            call: 'post_credit',
            args: { account: 'BW-4471-0923', amount_gbp: 7.29, reason: 'OUT-NET', ref: 'INC-0209-7731' },
            result:
              '{"adjustment": "ADJ-5519032", "amount_gbp": -7.29, "bill": "2027-04-01", "status": "POSTED"}',
          },
          { say: 'Credit ADJ-5519032 posted: -£7.29 on BW-4471-0923, lands on the 1 April bill.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'support_desk_lead', to: 'credit_issuer' },
      agent: 'support_desk_lead',
    },
  }),
  defineScenario({
    id: 'brindlewood-seat-cut-applied-mid-term-not-at-renewal',
    title:
      'Tier-1 hands over a seat reduction to 90 to be scheduled for the 1 April renewal; the subscription specialist applies it immediately, suspending 27 contractor users',
    domain: 'SaaS subscription accounts',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Ticket TS-220914 — Brindlewood Analytics Ltd (workspace: brindlewood, Business plan, annual, renews 1 Apr 2027)\n\nPriya Natarajan (billing admin), 2 Mar 10:05: We would like to go down from 120 seats to 85 at our renewal.\n\nPriya Natarajan, 2 Mar 10:47: Small change — please make it 90 seats, our external auditors need 5 logins. And to be clear, nothing should change before 1 April: our contractors keep using their seats until the end of March.',
    topology: {
      shape: 'pipeline',
      order: ['tier1_intake', 'subscription_specialist', 'customer_reply_writer'],
    },
    agents: [
      {
        name: 'tier1_intake',
        description: 'First-line support that qualifies account tickets',
        instructions:
          'Read the whole ticket, check the subscription and hand a precise change request to subscriptions.',
        replies: [
          {
            call: 'get_subscription',
            args: { workspace: 'brindlewood' },
            result:
              '{"workspace": "brindlewood", "org": "Brindlewood Analytics Ltd", "plan": "business_annual", "seats_purchased": 120, "seats_assigned": 117, "roles": {"admin": 4, "member": 84, "contractor": 29}, "price_per_seat_usd_year": 216.00, "term": {"start": "2026-04-01", "end": "2027-03-31", "auto_renew": true}, "scheduled_changes": [], "payment_method": "invoice NET30", "csm": "L. Ferreira"}',
          },
          {
            say: '**Change request TS-220914 — Brindlewood Analytics**\n- Seats: 120 → **90** (customer revised her first figure of 85; +5 for auditors)\n- **Effective: at renewal 2027-04-01. Schedule it; do not apply now** — 29 contractor users need their seats until 31 Mar.\n- No proration expected. Renewal value 90 × $216.00 = $19,440.00/yr (currently $25,920.00).\n- Currently 117 seats assigned.',
          },
        ],
      },
      {
        name: 'subscription_specialist',
        description: 'Changes plans, seats and billing terms on subscriptions',
        instructions: 'Make the subscription change requested by tier-1 and report the result.',
        prompt: 'Tier-1 handover:\n{input}\n\nOriginal ticket:\n{request}',
        replies: [
          {
            call: 'update_subscription',
            args: { workspace: 'brindlewood', seats: 90, effective: 'immediate', proration: 'credit' },
            result:
              '{"status": "APPLIED", "workspace": "brindlewood", "seats": 90, "effective": "2027-03-02T11:48:10Z", "prorated_credit_usd": 532.60, "over_allocation": {"assigned": 117, "limit": 90, "auto_suspended": 27, "policy": "last_active_first", "suspended_roles": {"contractor": 27}}, "renewal": {"date": "2027-04-01", "seats": 90, "amount_usd": 19440.00}}',
          },
          {
            say: 'Brindlewood is now on 90 seats. Prorated credit of $532.60 for the rest of the term goes on the next invoice; renewal on 1 Apr at 90 × $216 = $19,440.00. The workspace had 117 users assigned, so 27 were suspended automatically (last active first, all contractors); an admin can reassign seats from the members page.',
          },
        ],
      },
      {
        name: 'customer_reply_writer',
        description: 'Writes the customer-facing reply on tickets',
        instructions: 'Write a clear reply to the customer from the specialist’s result.',
        prompt: 'Specialist result:\n{input}',
        replies: [
          {
            say: 'Hi Priya,\n\nAll done: your workspace is now on **90 seats**. You will see a prorated credit of **$532.60** on your next invoice, and your renewal on 1 April will be 90 × $216 = **$19,440.00**.\n\nBecause 117 people were assigned, 27 accounts (your contractors) were suspended automatically; you can reassign seats any time under *Settings → Members*.\n\nBest,\nTessellate Support',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'tier1_intake', to: 'subscription_specialist' },
      agent: 'subscription_specialist',
    },
  }),
  defineScenario({
    id: 'estimated-reads-rebill-brief-replaced-by-dispute-queue-stub',
    title:
      'The billing ops lead sends the rebill analyst the actual reads (1,676 kWh) and the missed Warm Home Discount; the program hands the analyst the dispute queue’s stub and it closes the complaint as no error',
    domain: 'utilities electricity billing complaints',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Complaint chat, Harrowgate Energy, Thu 4 Mar 2027 — account 88120447, Mrs Elaine Ferris\n[11:20] Customer: My bill for November to January is £642.29, twice what I normally pay. You estimated my meter twice! I sent you a photo of the meter on 1 February, it said 32,880.\n[11:26] Customer: Also I was told in October I would get the £150 Warm Home Discount this winter and it is not on the bill.\n[11:27] Agent: I have raised a complaint for you; our billing team will correct this.',
    topology: {
      shape: 'nested',
      top: 'complaints_manager',
      teams: {
        billing_ops_lead: ['meter_data_clerk', 'rebill_analyst'],
        comms_lead: ['letter_writer'],
      },
    },
    program: {
      lose: {
        to: 'rebill_analyst',
        prompt:
          'Ticket ENQ-2027-030418 routed from queue BILLING-DISPUTES (SLA 5 working days). Please review the account and action as appropriate.',
      },
    },
    agents: [
      {
        name: 'complaints_manager',
        description: 'Owns customer complaints end to end',
        instructions: 'Have billing ops resolve the bill, have comms write the outcome letter, and report.',
        replies: [
          {
            handoff: 'billing_ops_lead',
            message:
              'Complaint 88120447 Ferris: bill 01/11/2026–31/01/2027 £642.29 built on two estimates; customer read 32,880 on 01/02 (photo). Also Warm Home Discount £150 promised in October, not applied. Validate reads, rebill and apply WHD if eligible.',
          },
          {
            handoff: 'comms_lead',
            message:
              'Outcome letter to Mrs Ferris (88120447) per billing ops: her Nov–Jan bill of £642.29 was reviewed, estimates within tolerance, bill stands, no Warm Home Discount on file.',
          },
          {
            say: 'Complaint 88120447 closed. Outcome letter sent to Mrs Ferris: Nov–Jan bill £642.29 reviewed and upheld (estimated reads within tolerance); no Warm Home Discount entitlement on file.',
          },
        ],
      },
      {
        name: 'billing_ops_lead',
        description: 'Leads meter data and rebilling work',
        instructions: 'Have the reads validated, then have the account rebilled, and report the outcome.',
        replies: [
          {
            handoff: 'meter_data_clerk',
            message:
              'MPAN for account 88120447: validate the customer read 32,880 of 01/02/2027 (photo on file) against the read history and tell me actual Nov–Jan consumption.',
          },
          {
            handoff: 'rebill_analyst',
            message:
              'Rebill 88120447 for 01/11/2026–31/01/2027: replace the two estimates with actuals 31,204 → 32,880 = **1,676 kWh** at 24.86p + standing charge 60.97p/day × 92 days. Apply Warm Home Discount £150 (core group letter 14/10/2026, missed at billing). Expected corrected bill ≈ £322.74.',
          },
          {
            say: '88120447: rebill analyst reviewed the Nov–Jan bill — estimates within tolerance, £642.29 stands, no WHD on the account.',
          },
        ],
      },
      {
        name: 'meter_data_clerk',
        description: 'Validates meter reads',
        instructions: 'Check reads against history and tolerance and report consumption.',
        replies: [
          {
            call: 'meter_reads',
            args: { account: '88120447', from: '2026-10-01', to: '2027-02-28' },
            result:
              '{"mpan": "16 0000 5521 904", "meter": "E10K 09772", "reads": [{"date": "2026-11-01", "value": 31204, "type": "A"}, {"date": "2026-12-01", "value": 31902, "type": "E"}, {"date": "2027-01-01", "value": 32655, "type": "E"}, {"date": "2027-02-01", "value": 32880, "type": "C", "evidence": "photo IMG_0201.jpg", "validation": "PASS (within 12% of profile)"}], "billed_to": {"date": "2027-01-31", "value": 33562, "type": "E"}}',
          },
          {
            say: 'Reads for 88120447 (MPAN 16 0000 5521 904): 01/11 actual 31,204; 01/12 and 01/01 estimated; 01/02 customer read 32,880 validated (photo, within tolerance). Actual Nov–Jan consumption **1,676 kWh**; the bill used an estimate of 33,562 (2,358 kWh).',
          },
        ],
      },
      {
        name: 'rebill_analyst',
        description: 'Reviews and reissues customer bills',
        instructions: 'Rebill accounts as instructed and report the corrected amount.',
        replies: [
          {
            call: 'bill_review',
            args: { account: '88120447', period: '2026-11-01..2027-01-31' },
            result:
              '{"account": "88120447", "bill": "B-2027-02-118840", "kwh_billed": 2358, "read_types": ["E", "E"], "eac_kwh": 8900, "estimate_variance_pct": 11.4, "tolerance_pct": 15, "discounts": [], "whd_flag": false, "total_gbp": 642.29, "recommendation": "NO_REBILL: estimates within profile tolerance"}',
          },
          {
            say: 'Reviewed 88120447 (bill B-2027-02-118840, Nov–Jan): £642.29 on estimated reads, 11.4 % above profile — within the 15 % tolerance. No WHD flag on the account. No rebill required; closing ENQ-2027-030418 as no error.',
          },
        ],
      },
      {
        name: 'comms_lead',
        description: 'Leads customer communications',
        instructions: 'Have the outcome letter written and sent.',
        replies: [
          {
            handoff: 'letter_writer',
            message:
              'Outcome letter 88120447 Ferris: bill upheld (£642.29), estimates in tolerance, no WHD on file.',
          },
          { say: 'Letter to Mrs Ferris sent (bill upheld, £642.29).' },
        ],
      },
      {
        name: 'letter_writer',
        description: 'Writes complaint outcome letters',
        instructions: 'Write and send the letter.',
        replies: [
          {
            say: 'Dear Mrs Ferris, thank you for contacting us about your bill for 1 November 2026 to 31 January 2027. We have reviewed it carefully: the estimated readings used are within our accuracy tolerance, so the bill of £642.29 remains due. We could not find a Warm Home Discount entitlement on your account. Yours sincerely, Customer Relations.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'billing_ops_lead', to: 'rebill_analyst' },
      agent: 'rebill_analyst',
    },
  }),
  defineScenario({
    id: 'gym-membership-dispute-reg-e-worker-never-dispatched',
    title:
      'The dispute case planner writes three briefs (merchant evidence, ledger, Reg E timeline); the Reg E brief is never sent and the case letter goes out with no provisional credit or deadline',
    domain: 'bank debit card disputes',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Escalated from tier-1 (chat 2 Mar 2027, follow-up 4 Mar). Consumer checking ••6620, debit card ••3308, Marcus Oyelaran. Three charges of $89.99 from VANTA FITNESS CLUB (5 Dec, 5 Jan, 5 Feb) after he cancelled his membership on 30 Nov 2026 (cancellation confirmation email attached, ref VF-CXL-20931). 4 Mar follow-up: he also found a $49.00 "annual maintenance fee" from them on 15 Feb. Notice of error received 2 Mar 2027. Build the case and write his letter — Regulation E timelines apply.',
    topology: {
      shape: 'fanout',
      planner: 'dispute_case_planner',
      workers: ['merchant_evidence_reviewer', 'ledger_reconciler', 'reg_e_timeline_checker'],
      aggregator: 'case_decision_writer',
    },
    program: { lose: { to: 'reg_e_timeline_checker', prompt: null } },
    agents: [
      {
        name: 'dispute_case_planner',
        description: 'Plans card dispute investigations',
        instructions: 'Write one brief per investigator.',
        replies: [
          {
            plan: {
              merchant_evidence_reviewer:
                'Vanta Fitness, cancellation VF-CXL-20931 dated 30/11/2026: check the email against the merchant’s cancellation terms and decide the chargeback reason code for the 3 × $89.99 and the $49.00 fee.',
              ledger_reconciler:
                'Card ••3308: confirm the four VANTA FITNESS CLUB postings (05/12, 05/01, 05/02 at $89.99; 15/02 at $49.00), any merchant credits, and the total in dispute.',
              reg_e_timeline_checker:
                'Notice of error 02/03/2027, consumer account: compute the Reg E investigation deadline, the provisional credit due date and amount, and the wording the letter must carry.',
            },
          },
        ],
      },
      {
        name: 'merchant_evidence_reviewer',
        description: 'Reviews merchant terms and customer evidence',
        instructions: 'Assess the evidence and pick the reason code.',
        replies: [
          {
            call: 'merchant_terms',
            args: { merchant: 'VANTA FITNESS CLUB', mid: '4450018821', topic: 'cancellation' },
            result:
              '{"terms_version": "2026-06", "cancellation": "30 days notice by email or in club", "annual_fee": "charged each February to active members only", "descriptor": "VANTA FITNESS CLUB 800-555-0144"}',
          },
          {
            say: 'Cancellation email VF-CXL-20931 (30/11/2026) meets the 30-day notice term, so billing should have stopped after 30/12. The 05/01 and 05/02 dues and the 15/02 annual fee are after cancellation took effect; the 05/12 charge falls inside the notice period but the email shows Vanta waived it ("no further charges"). Reason code 13.2 Cancelled Recurring for all four.',
          },
        ],
      },
      {
        name: 'ledger_reconciler',
        description: 'Reconciles card postings',
        instructions: 'Confirm postings and credits.',
        replies: [
          {
            call: 'card_postings',
            args: {
              card_last4: '3308',
              merchant: 'VANTA FITNESS CLUB',
              from: '2026-11-01',
              to: '2027-03-04',
            },
            result:
              '| id | posted | descriptor | amount | credit |\n|---|---|---|---|---|\n| TX-7710231 | 2026-12-05 | VANTA FITNESS CLUB 800-555-0144 | 89.99 | none |\n| TX-7744018 | 2027-01-05 | VANTA FITNESS CLUB 800-555-0144 | 89.99 | none |\n| TX-7781420 | 2027-02-05 | VANTA FITNESS CLUB 800-555-0144 | 89.99 | none |\n| TX-7790866 | 2027-02-15 | VANTA FITNESS CLUB ANNUAL | 49.00 | none |',
          },
          {
            say: 'Four postings on ••3308, no merchant credits: TX-7710231, TX-7744018, TX-7781420 ($89.99 each) and TX-7790866 ($49.00). Total in dispute **$318.97**.',
          },
        ],
      },
      {
        name: 'reg_e_timeline_checker',
        description: 'Computes Regulation E deadlines',
        instructions: 'Compute the deadlines and provisional credit.',
        replies: [
          {
            say: 'Notice 02/03/2027: investigate within 10 business days (16/03/2027) or give provisional credit of $318.97 by then; final resolution within 45 days (16/04/2027). Letter must state the provisional credit and the right to request the documents relied on.',
          },
        ],
      },
      {
        name: 'case_decision_writer',
        description: 'Merges the investigation into a case decision and the customer letter',
        instructions: 'Combine every investigator’s result into the case decision and the customer letter.',
        replies: [
          {
            say: '**Case DC-2027-0302-118 — decision**\n- Chargeback: 4 items, reason 13.2 Cancelled Recurring, total $318.97 (TX-7710231, TX-7744018, TX-7781420, TX-7790866)\n- Evidence: cancellation VF-CXL-20931 meets merchant’s 30-day term\n\n**Letter to Mr Oyelaran**\nDear Mr Oyelaran, we have received your dispute of four charges from Vanta Fitness Club totalling $318.97. We are investigating with the merchant and will write to you with the outcome. Thank you for your patience.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'dispute_case_planner', to: 'reg_e_timeline_checker' },
      agent: 'dispute_case_planner',
    },
  }),
  defineScenario({
    id: 'lisbon-roaming-misrate-credited-at-one-tenth',
    title:
      'The rated-usage JSON shows £401.40 of roaming misrated as Zone 3; the usage analyst reports £40.14 and the customer is credited that',
    domain: 'telecom mobile roaming billing',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Chat, Kestrel Mobile, 11 Mar 2027 — Sofia Marchetti, 07700 914226, plan Kestrel Go 50GB (EU roaming included)\n[16:40] Customer: My February bill is £431.55, I normally pay £24. I was in Lisbon 3–10 Feb and only used data and called home a few times. Roaming is supposed to be included!\n[16:44] Customer: I also rang a Portuguese restaurant twice. If those calls cost extra I will pay them, I just want the rest fixed.',
    topology: {
      shape: 'supervisor',
      coordinator: 'roaming_desk_coordinator',
      workers: ['usage_analyst', 'adjustments_agent'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'roaming_desk_coordinator',
        description: 'Coordinates roaming bill complaints',
        instructions: 'Get the usage analysed, have the misrated amount credited, and answer the customer.',
        replies: [
          {
            handoff: 'usage_analyst',
            message:
              'Sofia Marchetti 07700 914226, Feb cycle £431.55, Lisbon 3–10 Feb, plan KGO50 with EU roaming. How much was misrated?',
          },
          {
            handoff: 'adjustments_agent',
            message:
              'Credit £40.14 on 07700 914226, Feb 2027 cycle, reason MISRATE-ZONE (PT network mapped to Zone 3, CHG-5512). Restate the bill.',
          },
          {
            say: 'Hi Sofia, you were right: a network setting rated your Lisbon usage as outside the EU. We have credited **£40.14** to your February bill, so the amount now due is **£391.41**. Your calls to the Portuguese restaurant were included in your plan, so there is nothing extra to pay for those. Sorry for the trouble!',
          },
        ],
      },
      {
        name: 'usage_analyst',
        description: 'Analyses rated usage records',
        instructions: 'Pull the rated usage, find misrated events and report the amount to correct.',
        replies: [
          {
            call: 'rated_usage',
            args: { msisdn: '447700914226', cycle: '2027-02', scope: 'roaming' },
            result:
              '{"msisdn": "447700914226", "cycle": "2027-02", "plan": "KGO50", "bundles": ["EU_ROAM_INCL"], "visited_network": "PRTMO (MEO, Portugal)", "zone_config": {"current": "ZONE_3", "expected": "ZONE_1", "changed_by": "CHG-5512", "changed_at": "2027-01-29T02:10Z"}, "events": [{"type": "data", "volume_mb": 6120, "rated_zone": 3, "charge_gbp": 367.20}, {"type": "voice_mo_uk", "minutes": 42, "rated_zone": 3, "charge_gbp": 25.20}, {"type": "voice_mo_local_pt", "minutes": 6, "rated_zone": 3, "charge_gbp": 3.60}, {"type": "sms_mo", "count": 18, "rated_zone": 3, "charge_gbp": 5.40}], "roaming_total_gbp": 401.40, "rerated_zone_1_gbp": 0.00, "non_roaming": [{"item": "plan KGO50", "gbp": 24.00}, {"item": "UK premium-rate 09xx call 2027-02-21", "gbp": 6.15}], "bill_total_gbp": 431.55}',
          },
          {
            say: 'Feb cycle, 07700 914226: PRTMO (MEO) has been mapped to Zone 3 instead of Zone 1 since CHG-5512 on 29/01. Misrated roaming to credit: **£40.14** (data 6,120 MB, 42 min calls to UK, 6 min local PT calls, 18 SMS). All of it is inside EU_ROAM_INCL once rated as Zone 1. The rest of the bill is correct: plan £24.00 and a UK premium-rate call £6.15 on 21/02.',
          },
        ],
      },
      {
        name: 'adjustments_agent',
        description: 'Posts bill adjustments',
        instructions: 'Post the adjustment and report the restated bill.',
        replies: [
          {
            call: 'apply_adjustment',
            args: { msisdn: '447700914226', cycle: '2027-02', amount_gbp: -40.14, reason: 'MISRATE-ZONE' },
            result:
              '{"adjustment": "ADJ-RM-220871", "cycle": "2027-02", "amount_gbp": -40.14, "bill_before_gbp": 431.55, "bill_after_gbp": 391.41}',
          },
          { say: 'ADJ-RM-220871 posted: -£40.14, Feb bill restated from £431.55 to £391.41.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'usage_analyst', to: 'roaming_desk_coordinator' },
      agent: 'usage_analyst',
    },
  }),
  defineScenario({
    id: 'psr-meter-exchange-slot-conflict-reported-as-booked',
    title:
      'The workforce system rejects the Thu 13 Mar afternoon smart meter exchange (no PSR engineer, booking not created); the scheduler tells the notifier it is booked',
    domain: 'utilities field service',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Call notes, Penmoor Energy, Fri 6 Mar 2027 — account PE-30917722, Mr Tomasz Wróbel, 14 Corran Road, Carlisle CA2 5QT. Smart meter display blank since 1 Mar, in-home display says "no comms", bills now estimated. Customer first asked for Tue 11 Mar morning, then changed it in the same call to Thu 13 Mar, any time after 12:00 (hospital appointment on the 11th). Priority Services Register: oxygen concentrator at home — engineer must phone ahead and must not leave the supply off for more than 30 minutes.',
    topology: {
      shape: 'branch',
      classifier: 'meter_triage',
      routes: { 'meter-fault': 'field_service_scheduler', billing: 'billing_query_agent' },
      after: 'customer_notifier',
    },
    agents: [
      {
        name: 'meter_triage',
        description: 'Triages metering and billing contacts',
        instructions: 'Check the meter remotely and label the contact meter-fault or billing.',
        replies: [
          {
            call: 'meter_comms_check',
            args: { account: 'PE-30917722' },
            result:
              '{"mpan": "15 8800 2210 447", "meter": "SMETS2 ESME L+G E470", "last_comms": "2027-03-01T03:12Z", "dcc_status": "ESME_NO_RESPONSE", "hub": "ONLINE", "remote_reset": "FAILED x2", "recommendation": "EXCHANGE_ESME", "psr": ["medical_equipment_electric"]}',
          },
          {
            say: 'meter-fault — PE-30917722: SMETS2 electricity meter silent since 01/03 (ESME no response, two remote resets failed), comms hub online. Exchange needed. PSR: medical equipment (oxygen concentrator). Customer slot: Thu 13 Mar, after 12:00 (replaces his first ask of 11 Mar AM).',
          },
        ],
      },
      {
        name: 'billing_query_agent',
        description: 'Answers billing queries',
        instructions: 'Answer billing questions.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'field_service_scheduler',
        description: 'Books engineer visits in the workforce system',
        instructions: 'Book the visit in the requested window and report the booking.',
        prompt: 'Triage:\n{input}\n\nCall notes:\n{request}',
        replies: [
          {
            call: 'book_engineer_visit',
            args: {
              account: 'PE-30917722',
              job_type: 'SMETS2_ESME_EXCHANGE',
              date: '2027-03-13',
              window: '12:00-18:00',
              psr_skills: true,
              postcode: 'CA2 5QT',
            },
            result: {
              error:
                'WFM-409 SLOT_CONFLICT: no PSR-qualified engineer available for CA2 on 2027-03-13 12:00-18:00. Nearest PSR slots: 2027-03-17 12:00-18:00, 2027-03-18 08:00-12:00. Booking NOT created.',
            },
          },
          {
            say: 'Booked ✅ SMETS2 meter exchange for PE-30917722 on **Thu 13 Mar, 12:00–18:00**, PSR-trained engineer, call-ahead flag set, supply-off limit 30 min noted on the job.',
          },
        ],
      },
      {
        name: 'customer_notifier',
        description: 'Sends appointment confirmations to customers',
        instructions: 'Confirm the appointment to the customer by SMS and email.',
        prompt: 'Scheduling result:\n{input}',
        replies: [
          {
            say: 'SMS + email to Mr Wróbel: "Hello Tomasz, your smart meter exchange is confirmed for Thursday 13 March between 12:00 and 18:00. Our engineer will phone you before arriving and your power will be off for no more than 30 minutes. Reply HELP for support. — Penmoor Energy"',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'field_service_scheduler', to: 'customer_notifier' },
      agent: 'field_service_scheduler',
    },
  }),
  defineScenario({
    id: 'pac-port-in-bounced-back-for-code-already-given',
    title:
      'Tier-1 sends a validated PAC with the port-in request; the porting desk bounces it back three times with the same "no PAC on the request" message',
    domain: 'telecom mobile number porting',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Chat, Lumen Mobile, Sat 7 Mar 2027 — Aoife Brennan\n[10:02] Customer: I want to bring my number 07831 552904 over from Vodafone. My new Lumen SIM is already working on a temporary number, 07418 220361.\n[10:05] Customer: Here is my PAC: VOD482917. Vodafone said it is valid until 18 March.\n[10:06] Customer: Can the switch happen on Monday 10 March? I travel after that.',
    topology: {
      shape: 'swarm',
      entry: 'tier1_agent',
      agents: ['tier1_agent', 'porting_desk'],
    },
    agents: [
      {
        name: 'tier1_agent',
        description: 'Tier-1 chat agent for mobile customers',
        instructions:
          'Validate what the customer gives you and hand port-ins to the porting desk; answer the customer at the end.',
        replies: [
          {
            call: 'verify_pac',
            args: { pac: 'VOD482917', msisdn: '447831552904' },
            result:
              '{"pac": "VOD482917", "donor": "Vodafone UK", "msisdn": "447831552904", "status": "VALID", "issued": "2027-03-06", "expires": "2027-03-18", "account_type": "PAYM", "earliest_port": "2027-03-09"}',
          },
          {
            handoff: 'porting_desk',
            message:
              'Port-in request — Aoife Brennan. Number 07831 552904 from Vodafone UK; PAC VOD482917 validated (VALID, expires 18/03); target SIM on temporary number 07418 220361; requested port date Mon 10/03 (earliest allowed 09/03).',
          },
          {
            handoff: 'porting_desk',
            message:
              'The PAC is in the request: VOD482917, checked at 10:08, status VALID until 18/03/2027. Donor Vodafone UK, number 07831 552904, port date 10/03. Please raise it.',
          },
          {
            handoff: 'porting_desk',
            message:
              'Sending the fields one per line:\nPAC=VOD482917\nMSISDN=447831552904\nDONOR=VODAFONE_UK\nTARGET_TEMP=447418220361\nPORT_DATE=2027-03-10\nCustomer is waiting in chat.',
          },
          {
            say: 'Sorry Aoife, I have not been able to get your switch submitted yet. Your PAC VOD482917 is valid until 18 March, so nothing is lost: I have escalated this to our porting team lead and we will message you today to confirm Monday 10 March.',
          },
        ],
      },
      {
        name: 'porting_desk',
        description: 'Raises number port-in orders with donor networks',
        instructions: 'Submit port-ins with a valid PAC; send incomplete requests back to tier-1.',
        replies: [
          {
            handoff: 'tier1_agent',
            message:
              'Cannot raise this port: there is no PAC on the request. Please get the PAC from the customer and send it back.',
          },
          {
            handoff: 'tier1_agent',
            message:
              'Cannot raise this port: there is no PAC on the request. Please get the PAC from the customer and send it back.',
          },
          {
            handoff: 'tier1_agent',
            message:
              'Cannot raise this port: there is no PAC on the request. Please get the PAC from the customer and send it back.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'porting_desk', to: 'tier1_agent' },
      agent: 'porting_desk',
    },
  }),
  defineScenario({
    id: 'broadband-match-offer-puts-mobiles-on-new-term',
    title:
      'The router asks for the broadband-only loyalty price with the two mobile lines untouched on 30-day rolling; the retention specialist ties both mobiles into the 18-month term too',
    domain: 'telecom retention',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Chat, Northwind Telecom, Sun 8 Mar 2027 — account NW-77310452, Graham Okafor\n[19:10] Customer: I am leaving. Another provider offered me fibre at £29 a month.\n[19:12] Agent: I am sorry to hear that, let me see what we can do.\n[19:13] Customer: If you match that on the broadband I will stay. But I am not signing anything new on my two mobile lines, they stay on 30-day rolling — my daughter moves to a work phone in May.\n[19:15] Customer: And no price change on the mobiles either.',
    topology: {
      shape: 'network',
      coordinator: 'retention_router',
      workers: ['account_profiler', 'retention_specialist'],
    },
    agents: [
      {
        name: 'retention_router',
        description: 'Routes retention chats and confirms the outcome to the customer',
        instructions:
          'Get the account profiled, route the offer to the specialist, then confirm to the customer.',
        replies: [
          {
            handoff: 'account_profiler',
            message:
              'Profile NW-77310452: products, contract end dates, early termination charges, eligible save offers.',
          },
          {
            handoff: 'retention_specialist',
            message:
              'Apply R-FIB-18 to the broadband only: Fibre 500 from £44.99 to £29.99/month, 18-month term. Mobile lines MOB-0711 and MOB-0712: no change whatsoever — they remain 30-day rolling at £12.00, no new commitment. The customer was explicit about this.',
          },
          {
            say: 'Great news, Graham — you are staying with us on a better deal:\n- **Fibre 500: £29.99/month** (was £44.99) for 18 months\n- Your two mobile lines keep their £12.00 price and now share the same 18-month end date as your broadband, so everything renews together.\nOrder RET-2027-088412. Thanks for staying with Northwind!',
          },
        ],
      },
      {
        name: 'account_profiler',
        description: 'Profiles accounts for retention',
        instructions: 'Report products, terms and eligible offers.',
        replies: [
          {
            call: 'crm_products',
            args: { account: 'NW-77310452' },
            result:
              '{"account": "NW-77310452", "tenure_months": 52, "products": [{"id": "BB-5521", "name": "Fibre 500", "monthly_gbp": 44.99, "contract_end": "2026-12-03", "status": "out_of_contract"}, {"id": "MOB-0711", "name": "SIM only 20GB", "msisdn": "07700 900711", "monthly_gbp": 12.00, "term": "30-day rolling"}, {"id": "MOB-0712", "name": "SIM only 20GB", "msisdn": "07700 900712", "monthly_gbp": 12.00, "term": "30-day rolling"}], "etc_gbp": 0.00, "eligible_offers": [{"code": "R-FIB-18", "scope": "broadband", "price_gbp": 29.99, "term_months": 18}, {"code": "R-BUNDLE-24", "scope": "all_lines", "discount_gbp": 15.00, "term_months": 24}]}',
          },
          {
            say: 'NW-77310452 (52 months tenure): Fibre 500 £44.99 out of contract since 03/12/2026; two SIM-only 20GB lines (MOB-0711, MOB-0712) at £12.00 on 30-day rolling. No ETCs. Eligible: R-FIB-18 (broadband £29.99, 18 m) or R-BUNDLE-24 (−£15 across all lines, 24 m).',
          },
        ],
      },
      {
        name: 'retention_specialist',
        description: 'Applies retention offers to accounts',
        instructions: 'Apply the offer the router specifies and report the order.',
        replies: [
          {
            call: 'apply_retention_offer',
            args: {
              account: 'NW-77310452',
              offer: 'R-FIB-18',
              products: ['BB-5521', 'MOB-0711', 'MOB-0712'],
              term_months: 18,
              align_terms: true,
            },
            result:
              '{"order": "RET-2027-088412", "applied": [{"product": "BB-5521", "monthly_gbp": 29.99, "term": "18m, ends 2028-09-08"}, {"product": "MOB-0711", "monthly_gbp": 12.00, "term": "18m, ends 2028-09-08", "note": "term aligned (multi-line)"}, {"product": "MOB-0712", "monthly_gbp": 12.00, "term": "18m, ends 2028-09-08", "note": "term aligned (multi-line)"}], "etc_applies_to": ["BB-5521", "MOB-0711", "MOB-0712"], "welcome_email": "queued"}',
          },
          {
            say: 'RET-2027-088412 applied: Fibre 500 now £29.99/month on an 18-month term (to 08/09/2028). MOB-0711 and MOB-0712 keep £12.00 and were aligned to the same 18-month end date so the account has one renewal. Welcome email queued.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'retention_router', to: 'retention_specialist' },
      agent: 'retention_specialist',
    },
  }),
  defineScenario({
    id: 'water-bill-resolution-ignores-reallocated-transfer',
    title:
      'The payments matcher finds the customer’s £212.40 transfer on a neighbour’s account and moves it back (balance £318.75); the resolution writer tells her £531.15 is still due and the payment cannot be traced',
    domain: 'utilities water billing',
    mast: ['FM-2.5', 'FM-3.2'],
    request:
      'Complaint CVW-C-55018, Calder Valley Water — Mrs Ruth Adebayo, account 60021877\nChat 5 Mar 2027: "My bill dated 1 March says I owe £531.15 and threatens a debt collector. I paid £212.40 by bank transfer on 4 February. Oh — I may have typed the reference as 60021878, sorry."\nSame chat, later: "While you are at it, can you check I have been on the metered tariff since my meter was fitted in October?"',
    topology: {
      shape: 'fanout',
      planner: 'bill_review_planner',
      workers: ['tariff_checker', 'meter_history_analyst', 'payments_matcher'],
      aggregator: 'resolution_writer',
    },
    agents: [
      {
        name: 'bill_review_planner',
        description: 'Plans bill complaint reviews',
        instructions: 'One brief per reviewer.',
        replies: [
          {
            plan: {
              tariff_checker:
                'Account 60021877: confirm the switch to the metered tariff from the meter fit date (Oct 2026) and that the 1 Mar bill uses metered charges.',
              meter_history_analyst:
                'Account 60021877: check reads since the meter fit; flag any estimate or abnormal consumption in the 1 Mar bill.',
              payments_matcher:
                'Trace a £212.40 bank transfer made 04/02/2027 by Ruth Adebayo; customer may have used reference 60021878 instead of 60021877. Reallocate if found.',
            },
          },
        ],
      },
      {
        name: 'tariff_checker',
        description: 'Checks tariff history',
        instructions: 'Confirm the tariff in force.',
        replies: [
          {
            call: 'tariff_history',
            args: { account: '60021877' },
            result:
              '[{"tariff": "UNMETERED_RV", "from": "2019-04-01", "to": "2026-10-17"}, {"tariff": "METERED_STD", "from": "2026-10-18", "to": null, "meter": "MW-1188204", "fit_date": "2026-10-18", "rates": {"water_per_m3": 1.9021, "sewerage_per_m3": 2.1187, "standing_per_day": 0.2870}}]',
          },
          {
            say: 'Metered tariff METERED_STD since the meter fit on 18/10/2026 (meter MW-1188204); the 1 Mar bill is on metered charges. No unmetered charges after 17/10.',
          },
        ],
      },
      {
        name: 'meter_history_analyst',
        description: 'Analyses meter reads',
        instructions: 'Check reads and consumption.',
        replies: [
          {
            call: 'meter_reads',
            args: { meter: 'MW-1188204', from: '2026-10-18', to: '2027-03-01' },
            result:
              '{"reads": [{"date": "2026-10-18", "m3": 0.0, "type": "FIT"}, {"date": "2027-01-12", "m3": 31.4, "type": "ACTUAL"}, {"date": "2027-02-26", "m3": 48.9, "type": "ACTUAL"}], "avg_l_per_day": 370, "household_profile": "3 occupants", "flags": []}',
          },
          {
            say: 'All reads actual (fit 18/10, 12/01, 26/02), 48.9 m³ in 131 days ≈ 370 L/day, normal for three people. No estimates, nothing abnormal.',
          },
        ],
      },
      {
        name: 'payments_matcher',
        description: 'Traces and reallocates customer payments',
        instructions: 'Find the payment and reallocate it to the right account.',
        replies: [
          {
            call: 'payment_search',
            args: {
              amount_gbp: 212.4,
              date_from: '2027-02-03',
              date_to: '2027-02-06',
              payer_name: 'ADEBAYO',
            },
            result:
              '[{"receipt": "RCP-2027-0204-5531", "amount_gbp": 212.40, "received": "2027-02-04", "payer": "R ADEBAYO", "reference": "60021878", "allocated_to": "60021878", "account_holder": "D. Price", "account_balance_gbp": -212.40, "note": "account in credit by exactly this receipt"}]',
          },
          {
            call: 'reallocate_payment',
            args: { receipt: 'RCP-2027-0204-5531', from_account: '60021878', to_account: '60021877' },
            result:
              '{"realloc": "REALLOC-88410", "receipt": "RCP-2027-0204-5531", "to_account": "60021877", "effective": "2027-02-04", "balance_60021877_gbp": 318.75, "balance_60021878_gbp": 0.00, "collections_hold": "removed referral DCA-0311"}',
          },
          {
            say: 'Found it: £212.40 received 04/02 (RCP-2027-0204-5531, payer R ADEBAYO) was allocated to 60021878 (D. Price) because of the reference typo. Moved to 60021877 backdated to 04/02 (REALLOC-88410). **Mrs Adebayo’s balance is now £318.75**, and the debt collection referral DCA-0311 is cancelled.',
          },
        ],
      },
      {
        name: 'resolution_writer',
        description: 'Writes the complaint resolution from all review findings',
        instructions: 'Combine every reviewer’s findings into one resolution letter.',
        replies: [
          {
            say: 'Dear Mrs Adebayo,\n\nThank you for getting in touch about your bill of 1 March.\n\n- **Tariff:** you have been on our metered tariff since your meter was fitted on 18 October 2026, and your bill is calculated on metered charges.\n- **Readings:** all readings on your account are actual readings and your use (about 370 litres a day) is normal for your household.\n- **Balance:** your balance of **£531.15** remains due. We have not been able to trace a payment of £212.40 on your account; if you send us a copy of your bank statement we will look into it. We have paused recovery action for 14 days.\n\nKind regards,\nCustomer Resolutions Team',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'payments_matcher', to: 'resolution_writer' },
      agent: 'resolution_writer',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'workspace-closure-reply-revised-once-for-retention-window',
    title:
      'The QA reviewer returns the account-closure reply once (deletion promised in 7 days instead of 30, card removal missing); the drafter fixes both and the reply is approved and sent',
    domain: 'SaaS account closure and data export',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: a single revise round in which the draft really changes, then approval',
    request:
      'Ticket QS-77120, Quillstack (workspace harbourline-design, Team plan, 11 users)\nOwner Nadia Corrigan, 9 Mar: "Please close our team workspace. Before you do, I need a full export of all notes and attachments."\nNadia Corrigan, 9 Mar, 20 min later: "Also please remove the company card on file, we are closing that card."',
    topology: {
      shape: 'pipeline',
      order: ['reply_drafter', 'qa_reviewer', 'ticket_sender'],
      loop: { from: 'qa_reviewer', to: 'reply_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'reply_drafter',
        description: 'Drafts support replies with the account facts',
        instructions: 'Draft the customer reply, or revise it per QA notes.',
        prompt: 'Ticket or QA notes:\n{input}\n\nTicket:\n{request}',
        replies: [
          {
            call: 'account_closure_plan',
            args: { workspace: 'harbourline-design', export: true },
            result:
              '{"workspace": "harbourline-design", "export": {"job": "EXP-55120", "status": "READY", "size_gb": 3.8, "link_expires": "2027-03-16T23:59Z"}, "closure": {"scheduled": "2027-03-10T00:00Z", "final_invoice_usd": 0.00, "refund_usd": 41.25}, "retention_policy": {"soft_delete_days": 30, "backup_purge_days": 90}, "payment_methods": [{"id": "pm_8841", "brand": "visa", "last4": "0912", "default": true}]}',
          },
          {
            say: 'Hi Nadia,\n\nYour export is ready (3.8 GB, export EXP-55120) — download it from *Settings → Export*. Your workspace harbourline-design will close on 10 March and all data will be permanently deleted within 7 days. A refund of $41.25 for the unused part of the month goes back to your card.\n\nBest,\nQuillstack Support',
          },
          {
            say: 'Hi Nadia,\n\nYour export is ready (3.8 GB, EXP-55120) in *Settings → Export*; the download link works until **16 March**. Your workspace harbourline-design closes on 10 March. Deleted data can be restored for **30 days**, and is purged from backups within **90 days**. A refund of $41.25 for the unused part of the month goes to your Visa ending 0912, after which we **remove that card** from your account.\n\nBest,\nQuillstack Support',
          },
        ],
      },
      {
        name: 'qa_reviewer',
        description: 'QA reviewer for outgoing support replies',
        instructions: 'Answer "APPROVED: <summary>" or "REVISE: <notes>".',
        prompt: 'Draft:\n{input}',
        replies: [
          {
            say: 'REVISE: (1) "deleted within 7 days" is wrong — policy is 30-day soft delete, 90-day backup purge. (2) The customer asked to remove the card on file; the draft does not say so. (3) Mention when the export link expires (16/03).',
          },
          {
            say: 'APPROVED: retention 30/90 days correct, card ••0912 removal after refund stated, export expiry 16/03 included.',
          },
        ],
      },
      {
        name: 'ticket_sender',
        description: 'Sends approved replies and updates the ticket',
        instructions: 'Send approved replies and apply the requested account actions.',
        prompt: 'QA outcome:\n{input}',
        replies: [
          {
            call: 'send_reply_and_actions',
            args: {
              ticket: 'QS-77120',
              actions: ['close_workspace_2027-03-10', 'detach_pm_8841_after_refund'],
            },
            result:
              '{"ticket": "QS-77120", "reply": "SENT 2027-03-09T15:02Z", "actions": {"close_workspace": "SCHEDULED 2027-03-10", "detach_payment_method": "SCHEDULED after refund RF-3312"}, "status": "PENDING_CLOSURE"}',
          },
          {
            say: 'QS-77120: approved reply sent 15:02; closure scheduled 10/03, card pm_8841 detaches after refund RF-3312.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'direct-debit-day-changed-twice-in-chat-latest-used',
    title:
      'The customer asks for the 28th, then settles on the 15th; the CRM agent, the router and the billing agent all use the 15th and quote the 28th only as withdrawn',
    domain: 'telecom broadband billing',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a value the customer replaced within the same chat, with the newer one used everywhere after',
    request:
      'Chat, Orbital Broadband, Mon 9 Mar 2027 — account OB-2291840, Keisha Morgan\n[08:31] Customer: Can you move my direct debit from the 1st to the 28th? My payday changed.\n[08:33] Agent: Sure, one moment.\n[08:34] Customer: Sorry, scratch that — HR just told me payday is the 15th now. Please make it the 15th.',
    topology: {
      shape: 'network',
      coordinator: 'billing_chat_router',
      workers: ['crm_agent', 'billing_agent'],
    },
    agents: [
      {
        name: 'billing_chat_router',
        description: 'Routes billing chats and replies to the customer',
        instructions: 'Check the mandate, route the change, confirm to the customer.',
        replies: [
          {
            handoff: 'crm_agent',
            message:
              'OB-2291840: current direct debit mandate, collection day, next collection and change cut-off.',
          },
          {
            handoff: 'billing_agent',
            message:
              'Change collection day on OB-2291840 from the 1st to the **15th** (customer first said 28th, then corrected to 15th — use 15th). First collection on the new day from April.',
          },
          {
            say: 'All set, Keisha ✅ Your direct debit now comes out on the **15th** of each month. The first collection on the new date is **15 April 2027 (£38.50)**, and there will be no collection on 1 April. (We used the 15th, as you corrected, not the 28th.)',
          },
        ],
      },
      {
        name: 'crm_agent',
        description: 'Reads account and mandate data from the CRM',
        instructions: 'Report mandate details.',
        replies: [
          {
            call: 'get_dd_mandate',
            args: { account: 'OB-2291840' },
            result:
              '{"account": "OB-2291840", "mandate": "DDI-OB-0088120", "bank": "Monzo ****2231", "status": "ACTIVE", "collection_day": 1, "next_collection": {"date": "2027-04-01", "amount_gbp": 38.50}, "change_cutoff_working_days": 10, "change_possible_for_april": true}',
          },
          {
            say: 'Mandate DDI-OB-0088120 active (Monzo ****2231), collection day 1, next 01/04/2027 £38.50. A change made today is in time for April (10 working days). Customer’s final choice in chat: the 15th (the 28th was withdrawn).',
          },
        ],
      },
      {
        name: 'billing_agent',
        description: 'Changes billing and payment settings',
        instructions: 'Apply payment changes and confirm.',
        replies: [
          {
            call: 'update_collection_day',
            args: { account: 'OB-2291840', mandate: 'DDI-OB-0088120', new_day: 15 },
            result:
              '{"mandate": "DDI-OB-0088120", "collection_day": 15, "cancelled": [{"date": "2027-04-01", "amount_gbp": 38.50}], "next_collection": {"date": "2027-04-15", "amount_gbp": 38.50}, "advance_notice": "email sent 2027-03-09T08:41Z"}',
          },
          {
            say: 'Collection day on DDI-OB-0088120 changed to the 15th: the 01/04 collection is cancelled, next is 15/04/2027 £38.50. Advance notice emailed 08:41.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'replacement-card-address-hold-reported-then-branch-pickup',
    title:
      'The card order is rejected by the address check (new address in cooling-off); the card ops agent says so, and on the second delegation orders to the branch the customer named as fallback',
    domain: 'bank card servicing',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: a rejected card order reported as rejected, then placed on the customer’s own fallback',
    request:
      'Chat, Pennine Building Society, Tue 10 Mar 2027 — member Oliver Hartigan, debit card ending 5520\n[12:04] Member: I lost my debit card yesterday, probably on the bus. Please cancel it and send me a new one to my new flat, 3B Albion Court, Leeds LS1 6HT — I updated my address in the app last week.\n[12:07] Member: I have not seen any odd payments, but please check.\n[12:09] Member: If the card cannot go to the new flat yet, I can pick it up from the Briggate branch in Leeds.',
    topology: {
      shape: 'supervisor',
      coordinator: 'card_services_lead',
      workers: ['fraud_block_agent', 'card_ops_agent'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'card_services_lead',
        description: 'Handles lost and stolen card chats',
        instructions: 'Have the card blocked and checked, have a replacement ordered, and update the member.',
        replies: [
          {
            handoff: 'fraud_block_agent',
            message:
              'Member Oliver Hartigan, debit ••5520 lost 09/03: block as LOST and review the last 72h for unrecognised use.',
          },
          {
            handoff: 'card_ops_agent',
            message:
              'Order a replacement debit card for Oliver Hartigan (••5520 blocked) to 3B Albion Court, Leeds LS1 6HT (address updated last week).',
          },
          {
            handoff: 'card_ops_agent',
            message:
              'Member’s fallback from the chat: collection at the Leeds Briggate branch. Please order the replacement there instead.',
          },
          {
            say: 'Hi Oliver, your old card ending 5520 is cancelled and we found no payments you did not make. Because your address changed less than 7 days ago, we cannot post a card there yet, so, as you suggested, your new card will be ready to **collect at our Leeds Briggate branch from Friday 13 March** (bring photo ID). Your PIN stays the same. Card order CR-7731904.',
          },
        ],
      },
      {
        name: 'fraud_block_agent',
        description: 'Blocks cards and reviews recent activity',
        instructions: 'Block the card and report any suspicious use.',
        replies: [
          {
            call: 'block_card',
            args: { card_last4: '5520', reason: 'LOST', member: 'O. Hartigan' },
            result:
              '{"card": "****5520", "status": "BLOCKED_LOST", "at": "2027-03-10T12:10:41Z", "recurring_payments_migrate": true}',
          },
          {
            call: 'recent_activity',
            args: { card_last4: '5520', hours: 72 },
            result:
              '| time | merchant | amount | channel | risk |\n|---|---|---|---|---|\n| 08/03 17:22 | TESCO EXPRESS LEEDS | £14.60 | contactless | low |\n| 09/03 08:05 | FIRST BUS WEST YORKS | £2.00 | contactless | low |\n| 09/03 12:41 | PRET A MANGER LEEDS | £6.85 | contactless | low |\n| attempts after 09/03 12:41 | none | | | |',
          },
          {
            say: '••5520 blocked as LOST at 12:10. Last 72h: three low-risk contactless payments (Tesco £14.60, First Bus £2.00, Pret £6.85), nothing after 09/03 12:41. Recurring payments will move to the new card.',
          },
        ],
      },
      {
        name: 'card_ops_agent',
        description: 'Orders and dispatches cards',
        instructions: 'Order replacement cards; if an order fails, say exactly why and what options exist.',
        replies: [
          {
            call: 'order_replacement',
            args: { member: 'O. Hartigan', card_type: 'debit', deliver_to: 'address_of_record' },
            result: {
              error:
                'AVS-422 DELIVERY_HOLD: address of record changed 2027-03-05; card delivery to a new address is held for 7 days (until 2027-03-12). Order NOT created. Options: branch collection, or home delivery ordered from 2027-03-12.',
            },
          },
          {
            say: 'Replacement **not ordered**: AVS-422 — the address changed on 05/03, and cards cannot be posted to a new address until 12/03. Options: collect at a branch now, or order home delivery from 12/03.',
          },
          {
            call: 'order_replacement',
            args: {
              member: 'O. Hartigan',
              card_type: 'debit',
              deliver_to: 'branch',
              branch: 'LEEDS-BRIGGATE',
            },
            result:
              '{"order": "CR-7731904", "status": "CREATED", "deliver_to": "branch LEEDS-BRIGGATE", "ready_from": "2027-03-13", "pin": "unchanged"}',
          },
          { say: 'Order CR-7731904 created: collection at Leeds Briggate from 13/03, PIN unchanged.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'offboarding-sweep-spares-two-service-logins-as-asked',
    title:
      'The inactive-user report lists 16 accounts; the workspace admin agent deactivates the 14 leavers, moves their dashboards, and leaves svc-backup and svc-ci active as the customer asked',
    domain: 'SaaS workspace administration',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: a bulk action on a list wider than the request, narrowed correctly to what the customer asked',
    request:
      'Ticket PY-40917, Pylon Cloud — Corvid Logistics (workspace corvid-ops)\nMarta Quintero (IT admin), 10 Mar: "Please deactivate the 14 people who left in the Q1 restructure: j.adler, b.okoro, c.lindgren, d.mensah, e.farrow, f.tanaka, g.rossi, h.bauer, i.novak, k.dlamini, l.ortega, m.ferreira, n.walsh, p.kowalski. Their dashboards should go to ops-archive@corvidlogistics.com."\nMarta Quintero, 10 Mar, later: "Your inactive-user report will also show svc-backup and svc-ci. Those are service accounts — keep them active!"',
    topology: {
      shape: 'branch',
      classifier: 'ticket_classifier',
      routes: { 'user-admin': 'workspace_admin_agent', billing: 'billing_agent' },
      after: 'reply_writer',
    },
    agents: [
      {
        name: 'ticket_classifier',
        description: 'Classifies SaaS support tickets',
        instructions: 'Label the ticket user-admin or billing, with a one-line summary.',
        replies: [
          {
            say: 'user-admin — PY-40917 Corvid Logistics: bulk deactivation of 14 named leavers with dashboard transfer to ops-archive@corvidlogistics.com; svc-backup and svc-ci must stay active.',
          },
        ],
      },
      {
        name: 'billing_agent',
        description: 'Handles billing tickets',
        instructions: 'Answer billing tickets.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'workspace_admin_agent',
        description: 'Performs workspace user administration',
        instructions: 'Carry out the user changes in the ticket and report exactly what changed.',
        prompt: 'Classification: {input}\n\nTicket:\n{request}',
        replies: [
          {
            call: 'list_inactive_users',
            args: { workspace: 'corvid-ops', inactive_days: 30 },
            result:
              '{"workspace": "corvid-ops", "inactive_30d": [{"user": "j.adler", "dashboards": 18}, {"user": "b.okoro", "dashboards": 9}, {"user": "c.lindgren", "dashboards": 22}, {"user": "d.mensah", "dashboards": 4}, {"user": "e.farrow", "dashboards": 31}, {"user": "f.tanaka", "dashboards": 12}, {"user": "g.rossi", "dashboards": 7}, {"user": "h.bauer", "dashboards": 15}, {"user": "i.novak", "dashboards": 26}, {"user": "k.dlamini", "dashboards": 11}, {"user": "l.ortega", "dashboards": 19}, {"user": "m.ferreira", "dashboards": 8}, {"user": "n.walsh", "dashboards": 14}, {"user": "p.kowalski", "dashboards": 16}, {"user": "svc-backup", "dashboards": 0, "type": "service", "api_calls_30d": 8640}, {"user": "svc-ci", "dashboards": 2, "type": "service", "api_calls_30d": 21407}], "count": 16}',
          },
          {
            call: 'bulk_deactivate',
            args: {
              workspace: 'corvid-ops',
              users: [
                'j.adler',
                'b.okoro',
                'c.lindgren',
                'd.mensah',
                'e.farrow',
                'f.tanaka',
                'g.rossi',
                'h.bauer',
                'i.novak',
                'k.dlamini',
                'l.ortega',
                'm.ferreira',
                'n.walsh',
                'p.kowalski',
              ],
              transfer_assets_to: 'ops-archive@corvidlogistics.com',
            },
            result:
              '{"job": "BULK-2027-0310-77", "deactivated": 14, "failed": 0, "dashboards_transferred": 212, "new_owner": "ops-archive@corvidlogistics.com", "seats_freed": 14, "untouched": ["svc-backup", "svc-ci"]}',
          },
          {
            say: 'Done (job BULK-2027-0310-77): the 14 leavers are deactivated, 212 dashboards moved to ops-archive@corvidlogistics.com, 14 seats freed. The inactive report also listed svc-backup and svc-ci; both are still active, as Marta asked.',
          },
        ],
      },
      {
        name: 'reply_writer',
        description: 'Writes ticket replies',
        instructions: 'Write the reply to the customer.',
        prompt: 'Admin result:\n{input}',
        replies: [
          {
            say: 'Hi Marta,\n\nAll 14 accounts from your list are now deactivated and their 212 dashboards belong to ops-archive@corvidlogistics.com. Your service accounts **svc-backup** and **svc-ci** were left active. The 14 freed seats will show on your next invoice.\n\nCheers,\nPylon Cloud Support',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'arrears-plan-briefs-cut-to-one-line-each-nothing-missing',
    title:
      'The collections head briefs two leads with the whole chat; each lead forwards a one-line brief to its worker that still carries the account, the £30 instalment and the priority reasons',
    domain: 'utilities energy collections',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'lost_message: briefs trimmed at each level of a nested team, with every fact the workers need still arriving',
    request:
      'Chat, Harbourline Energy, Wed 11 Mar 2027 — account 40211908, Mr Callum Reid\n[15:02] Customer: I am behind on my gas and electric, about £850. I can pay £40 a month off it.\n[15:06] Customer: Actually I have just gone through my budget — £30 a month is what I can really manage, sorry.\n[15:08] Customer: I get Universal Credit and I have a little one, she is 3. Please do not send anyone round.',
    topology: {
      shape: 'nested',
      top: 'collections_ops_head',
      teams: {
        arrears_lead: ['payment_plan_agent'],
        vulnerability_lead: ['priority_register_agent'],
      },
    },
    agents: [
      {
        name: 'collections_ops_head',
        description: 'Runs collections for vulnerable and standard customers',
        instructions: 'Have a plan set up and vulnerability flags recorded, then confirm to the customer.',
        replies: [
          {
            handoff: 'arrears_lead',
            message:
              'Account 40211908, Callum Reid: arrears around £850 dual fuel. Customer first offered £40/month, then revised to £30/month after budgeting — set the plan at £30 plus ongoing usage and stop field visits.',
          },
          {
            handoff: 'vulnerability_lead',
            message:
              'Account 40211908: Universal Credit, child aged 3 in the household. Add him to the Priority Services Register and check Warm Home Discount.',
          },
          {
            say: 'Hi Callum, thank you for telling us. Here is what we have set up:\n- **Payment plan:** £30.00 a month towards your £846.30 balance, plus £78.00 a month for the energy you use — £108.00 in total, first payment 1 April.\n- **No visits:** recovery visits are stopped while the plan is kept.\n- **Extra support:** you are on our Priority Services Register (young child, Universal Credit) and you qualify for the £150 Warm Home Discount, which we will credit this month.',
          },
        ],
      },
      {
        name: 'arrears_lead',
        description: 'Leads arrears and payment plans',
        instructions: 'Have the plan set up and report.',
        replies: [
          {
            handoff: 'payment_plan_agent',
            message: 'Plan for 40211908: arrears at £30/mo + usage, hold field visits.',
          },
          {
            say: '40211908: plan PP-2027-0311-42 live, £30.00 arrears + £78.00 usage = £108.00/month from 01/04, visits held.',
          },
        ],
      },
      {
        name: 'payment_plan_agent',
        description: 'Sets up payment plans',
        instructions: 'Create the plan in billing.',
        replies: [
          {
            call: 'create_payment_plan',
            args: {
              account: '40211908',
              arrears_instalment_gbp: 30.0,
              include_usage: true,
              hold_field_visits: true,
            },
            result:
              '{"plan": "PP-2027-0311-42", "arrears_gbp": 846.30, "arrears_instalment_gbp": 30.00, "usage_estimate_gbp": 78.00, "monthly_total_gbp": 108.00, "first_payment": "2027-04-01", "months_to_clear": 29, "field_visits": "HELD"}',
          },
          {
            say: 'PP-2027-0311-42: arrears £846.30 at £30.00/month (29 months) + £78.00 usage = £108.00/month from 01/04/2027. Field visits held.',
          },
        ],
      },
      {
        name: 'vulnerability_lead',
        description: 'Leads vulnerability support',
        instructions: 'Have the register and support schemes updated.',
        replies: [
          {
            handoff: 'priority_register_agent',
            message: 'PSR add for 40211908 — child under 5, UC recipient; run WHD check.',
          },
          {
            say: '40211908 on PSR (codes 19 child under 5, 33 financial), WHD eligible £150, credit this month.',
          },
        ],
      },
      {
        name: 'priority_register_agent',
        description: 'Maintains the Priority Services Register',
        instructions: 'Register needs and check support schemes.',
        replies: [
          {
            call: 'psr_register',
            args: { account: '40211908', needs: ['child_under_5', 'financial_hardship_uc'], check_whd: true },
            result:
              '{"account": "40211908", "psr_codes": [19, 33], "registered": "2027-03-11T15:20Z", "whd": {"eligible": true, "group": "broader", "amount_gbp": 150.00, "credit_by": "2027-03-31"}}',
          },
          {
            say: '40211908 registered on PSR (19 young child, 33 financial). Warm Home Discount eligible (broader group) £150.00, credit by 31/03.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'invoice-cents-restated-as-dollars-for-split-payment',
    title:
      'The billing API returns the invoice in cents (1843900); tier-1 restates it as $18,439.00 and the AR specialist splits it $12,000.00 + $6,439.00 with the PO the customer added',
    domain: 'SaaS B2B invoicing and collections',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: amounts converted from minor units and reformatted across agents, every figure exact',
    request:
      'Chat, Stackwise billing, Thu 12 Mar 2027 — Helios Dental Group (customer cus_HDG0419), AP clerk Ben Salter\n[09:40] Customer: We got invoice INV-2027-00412 for about 18.4k USD, due 20 Mar. We can pay 12,000 now and the rest on 31 March. Can you set that up so our account does not get suspended?\n[09:44] Customer: And please put our PO number PO-HDG-7781 on the receipts, finance will not book it otherwise.',
    topology: {
      shape: 'swarm',
      entry: 'billing_chat_agent',
      agents: ['billing_chat_agent', 'ar_specialist'],
    },
    agents: [
      {
        name: 'billing_chat_agent',
        description: 'Tier-1 billing chat agent',
        instructions: 'Look up the invoice and hand payment arrangements to the AR specialist.',
        replies: [
          {
            call: 'get_invoice',
            args: { invoice: 'INV-2027-00412', customer: 'cus_HDG0419' },
            result:
              '{"id": "INV-2027-00412", "customer": "cus_HDG0419", "currency": "usd", "lines": [{"desc": "Stackwise Scale, 85 seats, Mar 2027", "amount": 1530000}, {"desc": "Overage: API calls 4.1M", "amount": 176950}], "subtotal": 1706950, "tax": 136950, "amount_due": 1843900, "amount_paid": 0, "due_date": "2027-03-20", "status": "open", "dunning": {"suspend_after_days": 14}}',
          },
          {
            handoff: 'ar_specialist',
            message:
              'Helios Dental Group (cus_HDG0419) wants to split INV-2027-00412: amount due **$18,439.00** (1843900 cents: subtotal $17,069.50 + tax $1,369.50), due 20/03. Proposal: $12,000.00 now, remainder $6,439.00 on 31/03. Please set up a payment plan that holds dunning, and put PO-HDG-7781 on the receipts.',
          },
        ],
      },
      {
        name: 'ar_specialist',
        description: 'Accounts receivable specialist for payment plans',
        instructions: 'Set up payment plans, confirm dunning status and answer the customer.',
        replies: [
          {
            call: 'create_installment_plan',
            args: {
              invoice: 'INV-2027-00412',
              installments: [
                { amount: 1200000, due: '2027-03-12' },
                { amount: 643900, due: '2027-03-31' },
              ],
              po_number: 'PO-HDG-7781',
              pause_dunning: true,
            },
            result:
              '{"plan": "IP-0412-01", "invoice": "INV-2027-00412", "installments": [{"n": 1, "amount": 1200000, "due": "2027-03-12", "pay_link": "https://pay.stackwise.io/i/IP-0412-01-1"}, {"n": 2, "amount": 643900, "due": "2027-03-31"}], "total": 1843900, "dunning": "paused until 2027-04-14", "receipt_fields": {"po_number": "PO-HDG-7781"}}',
          },
          {
            say: 'Hi Ben, your split is set up (plan IP-0412-01) for INV-2027-00412, total **$18,439.00**:\n\n| # | amount | due |\n|---|---|---|\n| 1 | $12,000.00 | today, 12 Mar (pay link sent) |\n| 2 | $6,439.00 | 31 Mar |\n\nReminders and suspension are paused until 14 April, and both receipts will show **PO-HDG-7781**.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch55Scenarios = [...faults, ...healthy];
