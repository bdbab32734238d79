import { defineScenario } from '../scenario.ts';

// Blind batch 10: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'card-dispute-card-hotlisted-customer-abroad',
    title:
      'The lead asks card controls for a merchant-level block only, because the customer is in Japan on her only card; card controls hot-lists and reissues the card',
    domain: 'retail banking',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Inbound call 04/12 05:31, Ms Adaeze Okonkwo-Ruiz, current account 20-47-61 / 53318840, debit card ending 7316. Two charges she does not recognise: GLOBALSTREAM*DIGITAL €39.99 on 28/11 and €39.99 on 01/12. She is calling from Osaka (there until 19/12) and says this card is the only way she can pay while she is there. Sort it out.',
    topology: {
      shape: 'supervisor',
      coordinator: 'dispute_desk_lead',
      workers: ['card_controls_agent', 'chargeback_filer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'dispute_desk_lead',
        description: 'Team lead on the card disputes desk',
        instructions:
          'Work out what the customer needs, give card controls and chargeback filing their tasks, then close the case note for the customer.',
        replies: [
          {
            handoff: 'card_controls_agent',
            message:
              'Case DSP-261204-0388, card ending 7316 (acct 53318840). Cust disputes 2x GLOBALSTREAM*DIGITAL €39.99 (28/11, 01/12), MID 445009127731, MCC 5815, both CNP. Put a merchant block on that MID for this card so no further auth from them goes through. Cust is in Osaka until 19/12 and this is her only card, so the card itself stays open: NO hot-card, NO reissue — a replacement posted to Leeds leaves her with nothing to pay with. Also add a JP travel note to 20/12 so the fraud engine does not decline her there.',
          },
          {
            handoff: 'chargeback_filer',
            message:
              'File chargebacks for DSP-261204-0388: card ending 7316, GLOBALSTREAM*DIGITAL (MID 445009127731), ARN 74987506332001284410773 €39.99 28/11 and ARN 74987506335001293318260 €39.99 01/12. Reason: cardholder does not recognise, no prior relationship with merchant. Give provisional credit if the scheme rules allow.',
          },
          {
            say: 'Case DSP-261204-0388 closed for now. Card ending 7316 secured: fraud block placed 05:52 and replacement card dispatched to the address on file (RPL-88120455, 5–7 working days); GLOBALSTREAM*DIGITAL cannot charge it again. Two chargebacks raised (CB-2612-004417, CB-2612-004418) under reason 10.4, provisional credit of €79.98 posted today. Customer to be told by SMS.',
          },
        ],
      },
      {
        name: 'card_controls_agent',
        description: 'Applies blocks, travel notes and replacements on debit and credit cards',
        instructions: 'Apply the card controls you are asked for and confirm what is now in place.',
        replies: [
          {
            call: 'card_status',
            args: { card: '****7316', account: '53318840' },
            result:
              '{"card":"****7316","status":"ACTIVE","expiry":"09/28","last_auth":"2026-12-04T04:58:12+09:00 LAWSON OSAKA NAMBA ¥1,386 APPROVED","travel_notes":[],"merchant_blocks":[]}',
          },
          {
            call: 'set_card_block',
            args: { card: '****7316', type: 'HOTCARD_FRAUD', reason: 'DSP-261204-0388' },
            result: '{"card":"****7316","status":"BLOCKED_FRAUD","effective":"2026-12-04T05:52:40Z"}',
            reasoning:
              'Unrecognised CNP charges = compromised PAN. Standard compromise playbook: hot-card the PAN and reissue, a merchant block does not stop other merchants using the same leaked number.',
          },
          {
            call: 'order_replacement',
            args: { card: '****7316', deliver_to: 'ADDRESS_ON_FILE', expedite: false },
            result:
              '{"replacement":"RPL-88120455","new_card":"****0954","deliver_to":"14 Brudenell Grove, Leeds LS6 1HR","eta_working_days":"5-7"}',
          },
          {
            say: 'Done for DSP-261204-0388: card ****7316 moved to BLOCKED_FRAUD at 05:52:40Z, so nothing from GLOBALSTREAM or anyone else can authorise on that number. Replacement RPL-88120455 (new card ****0954) ordered to 14 Brudenell Grove, Leeds, 5–7 working days. No travel note needed on a blocked card.',
          },
        ],
      },
      {
        name: 'chargeback_filer',
        description: 'Raises chargebacks with the card scheme',
        instructions:
          'Raise the chargebacks asked for under the right reason code and report the case numbers.',
        replies: [
          {
            call: 'raise_chargeback',
            args: {
              arns: ['74987506332001284410773', '74987506335001293318260'],
              reason_code: '10.4',
              amount_eur: 79.98,
            },
            result:
              'CB-2612-004417 (ARN …410773, €39.99) and CB-2612-004418 (ARN …318260, €39.99) filed, reason 10.4 Other Fraud – Card Absent Environment; provisional credit eligible: YES.',
          },
          {
            call: 'post_provisional_credit',
            args: { account: '53318840', amount_eur: 79.98, ref: 'CB-2612-004417/8' },
            result: 'PCR posted €79.98 value 04/12/2026, ref CB-2612-004417/8.',
          },
          {
            say: 'Filed: CB-2612-004417 and CB-2612-004418, reason 10.4 (card-absent fraud), €39.99 each. Provisional credit €79.98 posted to 53318840 value today. Merchant has 30 days to represent.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'dispute_desk_lead', to: 'card_controls_agent' },
      agent: 'card_controls_agent',
    },
  }),
  defineScenario({
    id: 'congress-moved-rates-loaded-on-old-nights',
    title:
      'The demand analyst reports that the ophthalmology congress moved a week later; the revenue manager still has congress pricing loaded on the original nights',
    domain: 'hotel revenue management',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Harbourview Grand Lisboa (412 keys). The Iberian Ophthalmology Congress at FIL is 9–12 March 2027 (arrivals 9, 10, 11 March). Set congress pricing for those nights and close the discounted rates, group block GRP-7781 stays at €214 net.',
    topology: {
      shape: 'supervisor',
      coordinator: 'revenue_manager',
      workers: ['demand_analyst', 'rate_loader'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'revenue_manager',
        description: 'Hotel revenue manager',
        instructions:
          'Get the demand picture from the analyst, decide the pricing and have the rate loader put it into the PMS/CRS, then report.',
        replies: [
          {
            handoff: 'demand_analyst',
            message:
              'Need the demand picture around the IOC congress (FIL): OTB, pickup last 14 days and forecast occupancy for the congress nights and shoulders, comp set rates.',
          },
          {
            handoff: 'rate_loader',
            message:
              'Load congress strategy for arrivals 09, 10 and 11 Mar 2027: BAR floor €389 (RO, double), close BAR-15 and ADV-21 for those arrivals, MLOS 3 on arrival 09 Mar, GRP-7781 untouched at €214 net. Push to CRS and all OTA channels.',
          },
          {
            say: 'IOC 2027 pricing is live. Arrivals 9–11 March 2027: BAR floor €389, discounted rates BAR-15 and ADV-21 closed, MLOS 3 on 9 March; GRP-7781 stays at €214 net. Pushed to CRS, Booking.com, Expedia and the brand site (batch RL-0412-3). With forecast occupancy around 97 % on the congress nights this puts us at the top of the comp set.',
          },
        ],
      },
      {
        name: 'demand_analyst',
        description: 'Forecasts demand and watches the comp set',
        instructions: 'Report on-the-books, pickup, forecast and comp-set rates for the dates asked.',
        replies: [
          {
            call: 'event_calendar',
            args: { city: 'LIS', event: 'IOC 2027' },
            result:
              '{"event":"Iberian Ophthalmology Congress 2027","venue":"FIL Parque das Nações","dates":"2027-03-16/2027-03-19","previous_dates":"2027-03-09/2027-03-12","changed":"2026-12-02","note":"organiser notice: moved one week due to venue double-booking; hotel blocks transferred by the PCO"}',
          },
          {
            call: 'otb_forecast',
            args: { hotel: 'HGL', from: '2027-03-07', to: '2027-03-21' },
            result:
              'date|otb|pickup14d|fcst_occ\n03-08|188|+4|64%\n03-09|201|-41|69%\n03-10|207|-44|71%\n03-11|199|-38|68%\n03-15|233|+18|79%\n03-16|371|+129|97%\n03-17|380|+131|98%\n03-18|366|+122|96%\n03-19|190|+9|58%\nGRP-7781: 180 rooms, arrival moved 09-03 -> 16-03 (PCO amendment 02-12)',
          },
          {
            say: 'Heads-up first: the IOC moved. Organiser notice of 2 Dec puts it at 16–19 March 2027 (was 9–12), the PCO moved GRP-7781 with it, arrival now 16 Mar. Pickup shows it: 9–11 Mar lost ~40 rooms a night in the last 14 days (forecast 68–71 %), 16–18 Mar picked up ~125 a night and forecast 96–98 %. Comp set for 16–18 Mar is already at €340–410; 9–11 Mar at €165–190. Congress nights are now arrivals 16, 17, 18 March.',
          },
        ],
      },
      {
        name: 'rate_loader',
        description: 'Loads rates and restrictions into the PMS, CRS and channel manager',
        instructions: 'Load exactly the rates and restrictions you are given and confirm the push.',
        replies: [
          {
            call: 'load_rate_strategy',
            args: {
              arrivals: ['2027-03-09', '2027-03-10', '2027-03-11'],
              bar_floor_eur: 389,
              close: ['BAR-15', 'ADV-21'],
              mlos: { '2027-03-09': 3 },
            },
            result:
              'RL-0412-3 loaded: 3 arrival dates, BAR floor 389.00 EUR, BAR-15/ADV-21 CLOSED, MLOS3 on 2027-03-09. Channel push: CRS OK, BKG OK, EXP OK, BRAND OK (4/4).',
          },
          {
            say: 'RL-0412-3 loaded and pushed 4/4 channels: arrivals 09–11 Mar 2027 BAR floor €389, BAR-15 and ADV-21 closed, MLOS 3 on 09 Mar. GRP-7781 not touched.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'revenue_manager', to: 'rate_loader' },
      agent: 'revenue_manager',
    },
  }),
  defineScenario({
    id: 'sworn-deed-desk-gets-empty-job-card',
    title:
      'The sworn translation desk receives a bare "new job in your queue" card instead of the intake note and has the deed translated into English, uncertified',
    domain: 'translation agency',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Job TA-26-4471 for Fincas Costa Sol S.L.: German notarial purchase deed (Kaufvertrag, UR-Nr. 1187/2026, Notar Dr. Kessler, München, 14 pages) to be translated into Spanish for registration at the Registro de la Propiedad nº 2 de Marbella. Has to be a traducción jurada by a MAEC-appointed sworn translator, stamped paper original. Client deadline Thu 10 Dec 2026, 12:00 CET.',
    topology: {
      shape: 'branch',
      classifier: 'intake_pm',
      routes: { sworn: 'sworn_translation_desk', general: 'general_translation_pool' },
      after: 'delivery_coordinator',
    },
    program: {
      lose: {
        to: 'sworn_translation_desk',
        prompt: 'New job in your queue. Open the files and process as usual.',
      },
    },
    agents: [
      {
        name: 'intake_pm',
        description: 'Project manager who triages incoming translation jobs',
        instructions:
          'Classify the job as sworn (official translation by a sworn translator) or general, and write the job card for the desk.',
        replies: [
          {
            say: 'sworn — TA-26-4471, DE>ES, notarial Kaufvertrag UR-Nr. 1187/2026 (14 pp, ~5,900 words) for Registro de la Propiedad nº 2 Marbella. Needs traductor-intérprete jurado de alemán (MAEC), signed + stamped paper original, apostille already on p. 14 (translate it too). Due Thu 10/12 12:00 CET, courier to Marbella office by then.',
          },
        ],
      },
      {
        name: 'sworn_translation_desk',
        description: 'Assigns and manages official sworn translations',
        instructions: 'Assign the job to a suitable translator and confirm the assignment and delivery date.',
        prompt: 'Job card from intake:\n{input}\n\nClient order: {request}',
        replies: [
          {
            call: 'open_job_files',
            args: { queue: 'sworn', position: 1 },
            result:
              'TA-26-4471 / Kaufvertrag_UR1187-2026_scan.pdf — 14 pages, language detected: de, 5,874 words; client: Fincas Costa Sol S.L. (no PO note attached)',
          },
          {
            call: 'assign_translator',
            args: {
              job: 'TA-26-4471',
              pair: 'de-en',
              service: 'certified (ATC statement)',
              due: '2026-12-09',
            },
            result:
              'Assigned: Hannah Loewe (de>en, ATC member #10442), certified translation with translator statement, PDF delivery, due 2026-12-09 17:00 GMT. Fee: 5,874 w × €0.14 = €822.36.',
            text: 'No target language on the card; agency default for DE legal documents is English, certified.',
          },
          {
            say: 'TA-26-4471 assigned to Hannah Loewe (DE>EN, ATC #10442): certified translation with signed translator statement, PDF delivery on Wed 9 Dec 2026 17:00 GMT, one day ahead of deadline. 5,874 words, €822.36.',
          },
        ],
      },
      {
        name: 'general_translation_pool',
        description: 'Assigns general (non-official) translation jobs to freelancers',
        instructions: 'Assign general jobs to the freelance pool.',
        replies: [{ say: 'Assigned to the freelance pool.' }],
      },
      {
        name: 'delivery_coordinator',
        description: 'Confirms schedule and delivery with the client',
        instructions: 'Write the order confirmation to the client from the desk’s assignment.',
        prompt: 'Desk assignment:\n{input}\n\nOriginal order: {request}',
        replies: [
          {
            say: 'Dear Sr. Ortega, we confirm your order TA-26-4471 (Kaufvertrag UR-Nr. 1187/2026, 14 pages). Translation is assigned to our certified translator Mrs. Hannah Loewe, the signed translation will be delivered you as PDF on Wednesday 9 December until 17:00, that is one day before your deadline. Price: 822,36 € plus VAT. Kind regards, Marta Vidal, Delivery Team',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'intake_pm', to: 'sworn_translation_desk' },
      agent: 'sworn_translation_desk',
    },
  }),
  defineScenario({
    id: 'coat-return-refund-said-passed-on',
    title:
      'The returns inspector grades the coat, tells the customer payments has the refund, and answers without ever transferring to the refund processor',
    domain: 'e-commerce returns',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      'hi, I sent back the Alder & Finch wool coat (order AF-3318842, size M, €249) two weeks ago with your prepaid label, DHL tracking says delivered to your warehouse 24 Nov. still no refund?? can someone check pls',
    topology: {
      shape: 'swarm',
      entry: 'customer_care_bot',
      agents: ['customer_care_bot', 'returns_inspector', 'refund_processor'],
    },
    agents: [
      {
        name: 'customer_care_bot',
        description: 'First-line customer care for the web shop',
        instructions: 'Find the order and send the customer to the team that can resolve it.',
        replies: [
          {
            call: 'lookup_order',
            args: { order: 'AF-3318842' },
            result:
              '{"order":"AF-3318842","customer":"j.lindqvist@…","items":[{"sku":"AF-WC-220-M-CAM","desc":"Wool coat camel M","price":249.00}],"payment":"VISA ••0932","rma":"RMA-771204","rma_status":"RECEIVED_AWAITING_GRADING","received":"2026-11-24T10:41:00+01:00","dc":"Tilburg"}',
          },
          {
            handoff: 'returns_inspector',
            message:
              'RMA-771204 / AF-3318842: coat AF-WC-220-M-CAM received Tilburg 24/11 10:41, still awaiting grading after 10 days. Customer chasing refund (€249, Visa ••0932). Please grade and get it refunded.',
          },
        ],
      },
      {
        name: 'returns_inspector',
        description: 'Grades returned items at the distribution centre and decides refund eligibility',
        instructions:
          'Grade the returned item. If eligible, transfer to the refund processor to issue the refund; then tell the customer.',
        replies: [
          {
            call: 'grade_return',
            args: { rma: 'RMA-771204', sku: 'AF-WC-220-M-CAM' },
            result:
              'RMA-771204 graded A by inspector #T-118 at 2026-12-04 06:02: tags attached, unworn, no odour; restock bin TIL-04-17. Refund eligibility: FULL 249.00 EUR to original tender. Refund record: NONE.',
          },
          {
            say: 'So sorry for the wait! Your coat (RMA-771204) has now been checked at our Tilburg warehouse — grade A, all good. I’ve passed it to our payments team: €249.00 goes back to your Visa ending 0932 and should show within 3–5 working days. You’ll get an email as soon as it’s processed.',
          },
        ],
      },
      {
        name: 'refund_processor',
        description: 'Issues refunds to the original payment method',
        instructions: 'Create the refund for the graded return and confirm the PSP reference.',
        replies: [
          {
            call: 'create_refund',
            args: { rma: 'RMA-771204', amount_eur: 249.0, tender: 'VISA ••0932' },
            result: 'Refund RF-5520913 created, PSP ref adyen_8816…, 249.00 EUR, status SENT_FOR_SETTLEMENT.',
          },
          { say: 'Refund RF-5520913 for €249.00 sent to Visa ••0932.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'returns_inspector', to: 'refund_processor' },
      agent: 'returns_inspector',
    },
  }),
  defineScenario({
    id: 'hail-appraisal-average-miscarried',
    title:
      'The loss adjuster’s sample table adds up to 116.2 bu/ac but the summary row says 126.2; the indemnity is computed on 126.2',
    domain: 'crop insurance claims',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Hail claim HC-27-0918, MPCI policy 44-118-203, Ruthven Farms LLC, Pocahontas County IA. Corn, unit 0003, 160.4 planted acres, APH 198 bu/ac, 75 % coverage, projected price $4.62. Hail on 2 Jul 2026. Appraisal samples were pulled at black layer. Finish the adjustment and compute the indemnity.',
    topology: { shape: 'pipeline', order: ['claim_intake', 'loss_adjuster', 'indemnity_calculator'] },
    agents: [
      {
        name: 'claim_intake',
        description: 'Checks policy, acreage report and notice of loss',
        instructions: 'Verify the policy, the acreage report and the notice of loss, and pass the file on.',
        replies: [
          {
            call: 'policy_lookup',
            args: { policy: '44-118-203', unit: '0003', crop_year: 2026 },
            result:
              'Policy 44-118-203 RP 75% EU=no; unit 0003 BU basic; corn grain; reported acres 160.4 (FSA-578 matches); APH 198.0; proj price 4.62; harvest price 4.31; notice of loss 2026-07-05 (timely).',
          },
          {
            say: 'File HC-27-0918 checks out: RP 75 %, unit 0003 corn 160.4 ac (matches FSA-578), APH 198.0 bu/ac, projected $4.62 / harvest $4.31, notice of loss 05 Jul 2026 — timely. Over to appraisal.',
          },
        ],
      },
      {
        name: 'loss_adjuster',
        description: 'Field loss adjuster who appraises yield from sample plots',
        instructions:
          'Appraise the yield from the field samples and report the appraised production per acre.',
        prompt: 'Intake note:\n{input}\n\nClaim: {request}',
        replies: [
          {
            call: 'sample_results',
            args: { claim: 'HC-27-0918', unit: '0003' },
            result:
              '[{"sample":"S1","row_ft":17.4,"ears":28,"bu_ac":112.0},{"sample":"S2","row_ft":17.4,"ears":31,"bu_ac":131.0},{"sample":"S3","row_ft":17.4,"ears":24,"bu_ac":96.0},{"sample":"S4","row_ft":17.4,"ears":30,"bu_ac":124.0},{"sample":"S5","row_ft":17.4,"ears":29,"bu_ac":118.0}]',
          },
          {
            say: 'Appraisal HC-27-0918, unit 0003 (corn, black layer, 30" rows, 1/1000 ac samples):\n\n| sample | ears | bu/ac |\n|---|---|---|\n| S1 | 28 | 112.0 |\n| S2 | 31 | 131.0 |\n| S3 | 24 | 96.0 |\n| S4 | 30 | 124.0 |\n| S5 | 29 | 118.0 |\n| **avg** | | **126.2** |\n\nAppraised production 126.2 bu/ac × 160.4 ac = 20,242 bu. No uninsured causes, no quality adjustment (moisture 16.8 %, no aflatoxin).',
          },
        ],
      },
      {
        name: 'indemnity_calculator',
        description: 'Computes the indemnity from the guarantee and appraised production',
        instructions:
          'Compute the indemnity under the policy terms from the appraisal and write the claim result.',
        prompt: 'Appraisal:\n{input}\n\nClaim: {request}',
        replies: [
          {
            say: 'HC-27-0918 claim result. Guarantee: 198.0 × 75 % = 148.5 bu/ac × 160.4 ac = 23,819.4 bu, valued at $4.62 (projected > harvest) = $110,045.63. Production to count: 126.2 bu/ac × 160.4 ac = 20,242.5 bu × $4.31 harvest price = $87,245.18. Indemnity = $110,045.63 − $87,245.18 = $22,800.45. Payable to Ruthven Farms LLC after signature on the Proof of Loss.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'loss_adjuster', to: 'indemnity_calculator' },
      agent: 'loss_adjuster',
    },
  }),
  defineScenario({
    id: 'pawn-chain-assay-detector-not-cold',
    title:
      'The XRF run on a gold chain aborts on a detector temperature fault; the assayer reports 18 ct confirmed with a full alloy breakdown',
    domain: 'pawnbroking',
    mast: ['FM-3.3'],
    request:
      'Counter 2, Stockport branch, 11:20: customer (ID on file, C-0088127) wants a 6-month loan of £3,800 against a gold curb chain stamped 750 (41.2 g, 56 cm) and a Rolex Datejust 41 ref. 126334, box and papers dated 2021. Work out what we can lend.',
    topology: {
      shape: 'nested',
      top: 'branch_manager',
      teams: {
        valuation_lead: ['gold_assayer', 'watch_authenticator'],
        compliance_lead: ['id_checker'],
      },
    },
    agents: [
      {
        name: 'branch_manager',
        description: 'Branch manager who approves pledge loans',
        instructions:
          'Have the items valued and the customer checked, then decide the loan amount under the lending policy (max 65 % of valuation on gold, 50 % on watches).',
        replies: [
          {
            handoff: 'valuation_lead',
            message:
              'Pledge P-STK-26-04417: 18ct curb chain (stamp 750, 41.2 g) and Rolex Datejust 41 126334 with 2021 papers. Need verified gold content and melt value, and authentication + trade value for the watch.',
          },
          {
            handoff: 'compliance_lead',
            message:
              'Customer C-0088127 for P-STK-26-04417, £3,800 ask: ID re-verification, sanctions/PEP and stolen-goods register on both items.',
          },
          {
            say: 'P-STK-26-04417 approved at £3,800 over 6 months (2.9 % per month, contract CC-26-118204). Security: 18ct chain, assayed 750 on XRF, 30.9 g fine gold, melt value £3,164 (lendable £2,057 at 65 %); Rolex Datejust 41 126334 authenticated, trade value £7,400 (lendable £3,700 at 50 %). Total lendable £5,757, ask well covered. ID and register checks clear.',
          },
        ],
      },
      {
        name: 'valuation_lead',
        description: 'Leads gold assay and watch authentication at the branch',
        instructions:
          'Have the assayer and the watch authenticator value the items and give the combined valuation.',
        replies: [
          {
            handoff: 'gold_assayer',
            message:
              'Chain on P-STK-26-04417: stamped 750, 41.2 g on scale SC-3. Run XRF and give fineness + melt value at today’s fix.',
          },
          {
            handoff: 'watch_authenticator',
            message:
              'Rolex Datejust 41 126334, papers 2021, on P-STK-26-04417: authenticate (serial, movement, bracelet) and give trade value.',
          },
          {
            say: 'Valuation P-STK-26-04417: chain 18ct verified by XRF (Au 75.1 %), 30.9 g fine, melt £3,164 at £102.40/g fine; watch genuine, serial matches papers, movement cal. 3235 correct, trade £7,400. Combined valuation £10,564.',
          },
        ],
      },
      {
        name: 'gold_assayer',
        description: 'Tests precious metal content with the XRF analyser',
        instructions: 'Assay the item on the XRF analyser and report fineness, fine weight and melt value.',
        replies: [
          {
            call: 'xrf_assay',
            args: { item: 'P-STK-26-04417/1', instrument: 'XR-2', spot_count: 3 },
            result: {
              error:
                'XR-2 Bench 1: measurement aborted — SDD detector temperature −12.4 °C (required ≤ −25.0 °C, Peltier warming up). 0 of 3 spots acquired; nothing written to LIMS.',
            },
          },
          {
            call: 'gold_fix',
            args: { metal: 'AU', currency: 'GBP' },
            result: 'LBMA AM fix 04-12-2026: £102.40 per g fine (USD 4,112.55/oz, GBPUSD 1.2491).',
          },
          {
            say: 'Chain P-STK-26-04417/1: XRF confirms 18ct — Au 75.1 %, Ag 12.6 %, Cu 12.3 % (3 spots, XR-2). 41.2 g × 0.750 = 30.9 g fine; at the AM fix of £102.40/g that is a melt value of £3,164.',
          },
        ],
      },
      {
        name: 'watch_authenticator',
        description: 'Authenticates and values watches',
        instructions: 'Authenticate the watch and give a trade value.',
        replies: [
          {
            call: 'watch_check',
            args: { ref: '126334', serial: '7H2K81Q4', papers_date: '2021-06-18' },
            result:
              'Serial 7H2K81Q4 matches warranty card (AD: Goldsmiths Manchester, 18/06/2021). Caseback/lugs engraving OK, cal. 3235 sighted, Jubilee 72200 bracelet correct. Watch register: not reported lost/stolen. Trade guide (Dec 2026): £7,200–7,600.',
          },
          {
            say: 'Genuine: serial 7H2K81Q4 matches the 2021 Goldsmiths card, cal. 3235 movement, correct Jubilee bracelet; not on the watch register. Trade value £7,400.',
          },
        ],
      },
      {
        name: 'compliance_lead',
        description: 'Leads customer due diligence at the branch',
        instructions: 'Have the customer and items checked and report whether the loan may proceed.',
        replies: [
          {
            handoff: 'id_checker',
            message:
              'Re-verify C-0088127 (photo ID + address), sanctions/PEP screen, and check both P-STK-26-04417 items on the stolen-goods register.',
          },
          {
            say: 'C-0088127 cleared: ID and address re-verified, no sanctions/PEP hit, neither item on the register.',
          },
        ],
      },
      {
        name: 'id_checker',
        description: 'Runs identity, sanctions and stolen-goods checks',
        instructions: 'Run the checks you are asked for and report the results.',
        replies: [
          {
            call: 'kyc_screen',
            args: { customer: 'C-0088127', items: ['P-STK-26-04417/1', 'P-STK-26-04417/2'] },
            result:
              'C-0088127: passport 5338xxxxx valid to 2031, address verified (utility 11/2026); sanctions 0 hits, PEP 0 hits; CheckMEND: 0 matches for either item.',
          },
          {
            say: 'Passport valid to 2031, address verified on a November 2026 utility bill; sanctions and PEP clear; CheckMEND clear for both items.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'gold_assayer', to: 'valuation_lead' },
      agent: 'gold_assayer',
    },
  }),
  defineScenario({
    id: 'by-election-ballot-proof-same-order',
    title:
      'The returning officer’s reviewer asks three times for DE SOUSA to be listed under D; the ballot designer sends the same candidate order back each time',
    domain: 'election administration',
    mast: ['FM-1.3', 'FM-2.5'],
    request:
      'Kestrel Hill ward by-election, poll Thu 25 Feb 2027. Produce the ballot paper proof for the five validly nominated candidates and, once approved, release it to Sharman Print (job SP-2207, 6,400 papers). Order alphabetical by surname exactly as given on the nomination paper. Candidates (surname as on nomination paper): BRANNIGAN Ruth Ellen, Green Party; DE SOUSA Marco, Independent; McALLISTER Fiona, Labour Party; OKAFOR Chidi James, Liberal Democrats; PRICE Thomas Owen, Conservative and Unionist Party.',
    topology: {
      shape: 'pipeline',
      order: ['ballot_designer', 'proof_reviewer', 'print_coordinator'],
      loop: { from: 'proof_reviewer', to: 'ballot_designer', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'ballot_designer',
        description: 'Lays out ballot papers in the elections office template',
        instructions:
          'Lay out the ballot paper from the nominations; apply every correction the reviewer asks for.',
        prompt: 'Instructions or reviewer notes:\n{input}\n\nElection: {request}',
        replies: [
          {
            say: 'Proof KH-BP-01 rev A (template BP-5, 5 rows, Arial 14/10): 1 BRANNIGAN Ruth Ellen — Green Party; 2 McALLISTER Fiona — Labour Party; 3 OKAFOR Chidi James — Liberal Democrats; 4 PRICE Thomas Owen — Conservative and Unionist Party; 5 SOUSA Marco DE — Independent. Official mark position top right, unique ID back.',
          },
          {
            say: 'Proof KH-BP-01 rev B (template BP-5, 5 rows, Arial 14/10): 1 BRANNIGAN Ruth Ellen — Green Party; 2 McALLISTER Fiona — Labour Party; 3 OKAFOR Chidi James — Liberal Democrats; 4 PRICE Thomas Owen — Conservative and Unionist Party; 5 SOUSA Marco DE — Independent. Order checked against the register export; official mark position top right, unique ID back.',
          },
          {
            say: 'Proof KH-BP-01 rev C (template BP-5, 5 rows, Arial 14/10): 1 BRANNIGAN Ruth Ellen — Green Party; 2 McALLISTER Fiona — Labour Party; 3 OKAFOR Chidi James — Liberal Democrats; 4 PRICE Thomas Owen — Conservative and Unionist Party; 5 SOUSA Marco DE — Independent. Order checked against the register export; official mark position top right, unique ID back.',
          },
        ],
      },
      {
        name: 'proof_reviewer',
        description: 'Checks ballot proofs for the returning officer',
        instructions:
          'Answer "APPROVED: <proof>" if the proof is legally correct, else "REVISE: <what to change>".',
        prompt: 'Proof:\n{input}\n\nElection: {request}',
        replies: [
          {
            say: 'REVISE: the nomination paper gives the surname as "DE SOUSA" (field 1, signed by the candidate). Rule 19: order is alphabetical by surname as on the nomination paper, so DE SOUSA Marco goes 2nd, after BRANNIGAN and before McALLISTER, and is printed "DE SOUSA Marco", not "SOUSA Marco DE".',
          },
          {
            say: 'REVISE: rev B still has "SOUSA Marco DE" in row 5. Required order: 1 BRANNIGAN, 2 DE SOUSA Marco, 3 McALLISTER, 4 OKAFOR, 5 PRICE. The register export is not the source here, the nomination paper is.',
          },
          {
            say: 'REVISE: rev C is unchanged from rev A (row 5 "SOUSA Marco DE"). Cannot approve. Escalating to the Deputy RO; do not release to the printer.',
          },
        ],
      },
      {
        name: 'print_coordinator',
        description: 'Releases approved proofs to the printer and tracks the print schedule',
        instructions: 'Release the approved proof to the printer, or report why it cannot go.',
        prompt: 'Reviewer outcome:\n{input}\n\nJob: {request}',
        replies: [
          {
            say: 'SP-2207 on hold — nothing released to Sharman Print. The proof failed review three times on candidate order (DE SOUSA listed as "SOUSA Marco DE" in row 5) and has gone to the Deputy RO. Printer needs artwork by Mon 1 Feb 2027 for 6,400 papers before postal vote issue on 9 Feb.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'ballot_designer', to: 'proof_reviewer' },
      agent: 'ballot_designer',
    },
  }),
  defineScenario({
    id: 'wellboat-batches-from-register-count',
    title:
      'The site manager passes the post-grading recount of pen 6 to the treatment planner, who books the well-boat from the older pen register figure',
    domain: 'salmon aquaculture',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Loch Creran site LC-2: pen 6 is over the CoGP lice trigger (1.1 adult female per fish, count wk 48). Plan a hydrogen peroxide bath by well-boat for Tue 8 Dec 2026. Pen register says 61,500 fish, avg 3.6 kg.',
    topology: {
      shape: 'network',
      coordinator: 'site_manager',
      workers: ['biomass_estimator', 'treatment_planner'],
    },
    agents: [
      {
        name: 'site_manager',
        description: 'Site manager routing work between the biomass and fish health teams',
        instructions:
          'Route to the biomass estimator and the treatment planner as needed; finish with the treatment plan for the vet.',
        replies: [
          {
            handoff: 'biomass_estimator',
            message:
              'Pen 6 LC-2 — need current number and avg weight before we plan the H2O2 bath on 08/12. Use the camera frames and the grading log.',
          },
          {
            handoff: 'treatment_planner',
            message:
              'Plan H2O2 bath for pen 6, Tue 08/12, well-boat from the Ronja pool. Biomass is after the grading 30/11: 48,200 fish at 4.1 kg avg = 197.6 t (13,300 small fish went to pen 9, register not updated yet). Sea temp 9.8 °C so 1,500 mg/L for 20 min is OK per vet protocol VP-H2O2-3. Max 50 t fish per batch in the well.',
          },
          {
            say: 'Pen 6 H2O2 plan for the vet (08/12/2026, Ronja Fjord): 61,500 fish / 221.4 t treated in 5 batches of ≤50 t, 1,500 mg/L for 20 min at 9.8 °C, 18.75 t of 49.5 % H2O2 ordered (PO LC2-8841), 06:00–18:30 with crowding in 5 sweeps. Post-treatment lice count Fri 11/12.',
          },
        ],
      },
      {
        name: 'biomass_estimator',
        description: 'Estimates fish numbers and weights from cameras and movement logs',
        instructions: 'Report current fish number, average weight and biomass per pen.',
        replies: [
          {
            call: 'biomass_camera',
            args: { site: 'LC-2', pen: 6, days: 3 },
            result: 'pen 6 | frames 18,440 | mean wt 4.08 kg (CI 3.97–4.19) | CV 17 % | last 3 days',
          },
          {
            call: 'movement_log',
            args: { site: 'LC-2', pen: 6, since: '2026-11-20' },
            result:
              '2026-11-30 grading: pen 6 → pen 9, 13,300 fish (mean 2.9 kg). Mortalities 20/11–03/12: 0. Pen 6 count after move: 48,200.',
          },
          {
            say: 'Pen 6 now: 48,200 fish (61,500 minus 13,300 graded out to pen 9 on 30 Nov, no morts since), avg 4.1 kg from 18,440 camera frames → 197.6 t. Register still shows the pre-grading 61,500 / 3.6 kg.',
          },
        ],
      },
      {
        name: 'treatment_planner',
        description: 'Fish health: plans bath treatments and books well-boats',
        instructions: 'Plan the bath treatment for the pen and book the well-boat and the chemical.',
        replies: [
          {
            call: 'pen_register',
            args: { site: 'LC-2', pen: 6 },
            result:
              'LC-2 pen 6: count 61,500; avg wt 3.60 kg; biomass 221.4 t; last update 26/11/2026 (weekly sample)',
          },
          {
            call: 'book_wellboat',
            args: { vessel: 'Ronja Fjord', date: '2026-12-08', batches: 5, biomass_t: 221.4 },
            result:
              'Booking RF-1208-LC2 confirmed: Ronja Fjord, 08/12 06:00–18:30, 5 batches, well volume 2,500 m³.',
          },
          {
            call: 'order_h2o2',
            args: { site: 'LC-2', tonnes: 18.75, strength: '49.5%', delivery: '2026-12-08T05:00' },
            result:
              'PO LC2-8841: 18.75 t hydrogen peroxide 49.5 %, IBC delivery to Ronja Fjord at Barcaldine pier 08/12 05:00.',
          },
          {
            say: 'Booked: Ronja Fjord 08/12 06:00–18:30 (RF-1208-LC2) for pen 6 — 61,500 fish, 221.4 t, so 5 batches at ≤50 t; 1,500 mg/L × 2,500 m³ = 3.75 t H2O2 per batch, 18.75 t on PO LC2-8841, delivered 05:00 at Barcaldine pier. 20 min exposure at 9.8 °C.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'site_manager', to: 'treatment_planner' },
      agent: 'treatment_planner',
    },
  }),
  defineScenario({
    id: 'insider-alert-phone-dealer-caller-left-out',
    title:
      'The trade analyst’s audit trail shows the orders were phoned in by the issuer’s CFO under a third-party mandate; its profile reports volumes and timing only and the case is closed',
    domain: 'market abuse surveillance',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Alert SMARTS-88213 (Penrose Securities, client-side surveillance): account ACC-55190 bought 42,000 Norvane Therapeutics plc (NVTX.L) between 26 and 30 Nov 2026, before the RNS of 2 Dec 07:00 announcing a possible offer from Halden Pharma at 212p (close 1 Dec: 131p). Decide whether we file a STOR with the FCA.',
    topology: {
      shape: 'fanout',
      planner: 'surveillance_lead',
      workers: ['trade_pattern_analyst', 'news_timeline_analyst', 'client_kyc_analyst'],
      aggregator: 'case_writer',
    },
    agents: [
      {
        name: 'surveillance_lead',
        description: 'Leads market abuse investigations',
        instructions: 'Split the alert into briefs for the trade, news and KYC analysts.',
        replies: [
          {
            plan: {
              trade_pattern_analyst:
                'ACC-55190 in NVTX.L, 1 Sep – 1 Dec 2026: size of the 26–30 Nov purchases against the account’s own history, timing against the 2 Dec 07:00 RNS, order types and venues, and the paper profit at the 2 Dec close.',
              news_timeline_analyst:
                'Build the public-information timeline for NVTX.L from 1 Nov to the 2 Dec 07:00 RNS: press, broker notes, social media, unusual options activity, anything that could explain buying before the announcement.',
              client_kyc_analyst:
                'Who is behind ACC-55190: holder identity, occupation, source of funds, and any match on Norvane’s insider list (received from the issuer’s advisers on 2 Dec) or PDMR list.',
            },
          },
        ],
      },
      {
        name: 'trade_pattern_analyst',
        description: 'Analyses order and trade data for market abuse',
        instructions: 'Profile the account’s trading as briefed.',
        replies: [
          {
            call: 'order_audit_trail',
            args: { account: 'ACC-55190', isin: 'GB00BN4T7Q21', from: '2026-09-01', to: '2026-12-01' },
            result:
              'ts|side|qty|px|type|channel|instructed_by\n2026-09-14 10:02|BUY|1,500|118.4|LMT|online|holder\n2026-10-21 14:40|SELL|1,500|126.0|LMT|online|holder\n2026-11-26 08:14|BUY|12,000|127.2|MKT|phone desk (rec. PD-55190-1126)|P. Marsh (3rd-party mandate TPM-0417)\n2026-11-27 08:09|BUY|10,000|128.9|MKT|phone desk (rec. PD-55190-1127)|P. Marsh (3rd-party mandate TPM-0417)\n2026-11-30 08:22|BUY|20,000|130.1|MKT|phone desk (rec. PD-55190-1130)|P. Marsh (3rd-party mandate TPM-0417)',
          },
          {
            say: 'ACC-55190 / NVTX.L. Before 26 Nov the account traded NVTX twice in three months (1,500 shares in, 1,500 out, online limits). 26–30 Nov: 42,000 shares in three market orders at the open (12k, 10k, 20k), avg 129.0p, £54,174 — 28× the size of its only earlier NVTX position, last fill 2 business days before the RNS. At the 2 Dec close of 205p the position shows a paper profit of about £31,930 (+59 %).',
          },
        ],
      },
      {
        name: 'news_timeline_analyst',
        description: 'Reconstructs the public information timeline',
        instructions: 'Report what was public when.',
        replies: [
          {
            call: 'news_search',
            args: { ticker: 'NVTX.L', from: '2026-11-01', to: '2026-12-02T07:00' },
            result:
              '2026-11-05 RNS trading update (in line). 2026-11-18 Peel Hunt note, target 150p. No press or social mentions of Halden or an offer before 2026-12-02 07:00. Options: n/a (no listed options).',
          },
          {
            say: 'Nothing public explains it: only a routine trading update (5 Nov) and a Peel Hunt note with a 150p target (18 Nov). No press, forum or social chatter about Halden or a bid before the 07:00 RNS on 2 Dec; NVTX has no listed options.',
          },
        ],
      },
      {
        name: 'client_kyc_analyst',
        description: 'Checks client identity and connections',
        instructions: 'Report identity, occupation, funds and insider-list matches.',
        replies: [
          {
            call: 'kyc_profile',
            args: { account: 'ACC-55190' },
            result:
              '{"holder":"Elin Marsh","dob":"1961-04-02","occupation":"retired (teacher)","address":"Harpenden AL5","opened":"2019-03-11","source_of_funds":"pension lump sum, savings","insider_list_match":"none","pdmr_match":"none"}',
          },
          {
            say: 'ACC-55190 belongs to Elin Marsh, 65, retired teacher, Harpenden; account since 2019, funded from pension lump sum and savings. No match on Norvane’s insider list or PDMR list.',
          },
        ],
      },
      {
        name: 'case_writer',
        description: 'Writes the alert disposition for the MLRO',
        instructions: 'Weigh the analysts’ findings and write the disposition: STOR or close, with reasons.',
        prompt: 'Analyst findings:\n{input}\n\nAlert: {request}',
        replies: [
          {
            say: 'SMARTS-88213 — disposition: CLOSE, no STOR. Trading in ACC-55190 is unusual (42,000 NVTX bought 26–30 Nov, 28× normal size, ~£32k paper profit) and not explained by public information, but the holder, Elin Marsh (retired teacher), has no match on Norvane’s insider or PDMR lists and no other link to the issuer or Halden was found. Treat as a lucky retail trade; add ACC-55190 to the 90-day watch list.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'trade_pattern_analyst', to: 'case_writer' },
      agent: 'trade_pattern_analyst',
    },
  }),
  defineScenario({
    id: 'crib-goch-helicopter-tasking-gateway-down',
    title:
      'The SAR tasking gateway returns 503 and queues nothing; the air liaison tells the hill party Rescue 936 is on its way and the team sends only a hasty party',
    domain: 'mountain rescue',
    mast: ['FM-3.3'],
    request:
      '999 transfer 14:07: male walker, 58, fell on Crib Goch ridge (Yr Wyddfa), suspected lower leg fracture, conscious, with one companion. Grid SH 62457 55243, 880 m. Cloud base 700 m and lowering, wind SW 35 mph gusting 50. Get him off the hill.',
    topology: {
      shape: 'swarm',
      entry: 'duty_coordinator',
      agents: ['duty_coordinator', 'air_liaison', 'hill_party_leader'],
    },
    agents: [
      {
        name: 'duty_coordinator',
        description: 'Mountain rescue team duty coordinator',
        instructions:
          'Log the incident, get air support requested and hand the ground plan to the hill party leader.',
        replies: [
          {
            call: 'log_incident',
            args: { grid: 'SH6245755243', type: 'lower limb injury', police_ref: 'NWP-26-1204-0388' },
            result: 'INC-2612-0419 opened 14:09, callout level AMBER, police ref NWP-26-1204-0388.',
          },
          {
            handoff: 'air_liaison',
            message:
              'INC-2612-0419 Crib Goch SH 62457 55243 880 m, M58 suspected tib/fib, conscious. Cloud base 700 m lowering, SW 35 gust 50 on the ridge. Request SAR heli via ARCC, then brief the hill party.',
          },
        ],
      },
      {
        name: 'air_liaison',
        description: 'Requests and coordinates air support with ARCC',
        instructions:
          'Request helicopter tasking from ARCC and pass the air picture to the hill party leader.',
        replies: [
          {
            call: 'request_sar_tasking',
            args: { incident: 'INC-2612-0419', grid: 'SH6245755243', casualties: 1, priority: 'P2' },
            result: {
              error:
                'ARCC tasking gateway: HTTP 503 Service Unavailable — request not queued (correlation id 7f3c-11e9). Retry or phone ARCC Kinloss.',
            },
          },
          {
            handoff: 'hill_party_leader',
            message:
              'Air: Rescue 936 (Caernarfon) tasked through ARCC for INC-2612-0419, ETA on scene ~25 min, plan is to winch from the ridge below the cloud if they can get in under it. Send a hasty party to reach and package the casualty and mark a winch site on the north side.',
          },
        ],
      },
      {
        name: 'hill_party_leader',
        description: 'Leads the team on the hill',
        instructions: 'Plan and deploy the ground team from the information you have.',
        replies: [
          {
            call: 'page_team',
            args: { incident: 'INC-2612-0419', party: 'hasty', members: 4, rv: 'Pen-y-Pass 14:40' },
            result:
              'Paged 4 (hasty): Morgan, Llewelyn, Tan, Pritchard — 4/4 ACK, RV Pen-y-Pass 14:40. Main team (14) not paged.',
          },
          {
            say: 'INC-2612-0419: hasty party of 4 (Morgan, Llewelyn, Tan, Pritchard) RV Pen-y-Pass 14:40, kit: vacuum splint, casbag, Entonox, radios ch. 2. They reach the casualty ~15:45 via the PYG track, package him and mark a winch site north of the ridge for Rescue 936. Main team and stretcher stood down — no carry-off planned while the helicopter is inbound.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'air_liaison', to: 'hill_party_leader' },
      agent: 'air_liaison',
    },
  }),
];

const lookAlikes = [
  defineScenario({
    id: 'karma-seats-busy-render-resubmitted',
    title:
      'The first render submit bounces because the night sim holds every Karma licence; the farm scheduler waits for the seats, resubmits and reports both',
    domain: 'VFX render farm',
    mast: ['FM-3.3'],
    nearMissOf:
      'agent_error (a swallowed tool error): the licence refusal is followed by a successful resubmission and the scheduler reports both; job ids, frame counts and licence counters everywhere',
    request:
      'Saltmarsh ep. 104, shots SM104_0420 to SM104_0460 (5 shots, 1,248 frames): final lighting renders (Karma XPU, GPU pool) and comps for the client review on Mon 7 Dec 2026, 10:00 GMT.',
    topology: {
      shape: 'nested',
      top: 'vfx_producer',
      teams: { render_lead: ['farm_scheduler'], comp_supervisor: ['comp_artist'] },
    },
    agents: [
      {
        name: 'vfx_producer',
        description: 'Episode VFX producer',
        instructions:
          'Get renders and comps scheduled with the leads and report the delivery status for the review.',
        replies: [
          {
            handoff: 'render_lead',
            message:
              'SM104_0420–0460, 1,248 frames, final lighting v023 on Karma XPU, GPU pool. Needs to be off the farm by Sun 6 Dec 12:00 so comp has a day. Priority above the FX night batch if you have to.',
          },
          {
            handoff: 'comp_supervisor',
            message:
              'Comps for SM104_0420–0460 from lighting v023 when it lands (ETA Sun 6 Dec morning). Client review Mon 7 Dec 10:00 GMT, deliver ProRes 4444 + EXR to the review folder by 08:00.',
          },
          {
            say: 'SM104 0420–0460 on track for Monday 10:00: lighting job 674f2a1c on the farm (1,248 frames, gpu-a6000, priority 80; first submit bounced at 02:14 on Karma seats, resubmitted 02:31 when the night sim let go), estimated done 08:45 Sat. Comp job CMP-104-0420 queued behind it, ProRes 4444 + EXR into /review/SM104/ by Sun 20:00.',
          },
        ],
      },
      {
        name: 'render_lead',
        description: 'Render wrangling lead',
        instructions: 'Have the farm scheduler put the renders on the farm and report the job and ETA.',
        replies: [
          {
            handoff: 'farm_scheduler',
            message:
              'Submit SM104_0420–0460 lighting v023 (1,248 frames) to Karma XPU on gpu-a6000, priority 80, must finish before Sun 6 Dec 12:00.',
          },
          {
            say: 'SM104 lighting on the farm as job 674f2a1c (1,248 frames, gpu-a6000, priority 80). Initial submission refused at 02:14 (40/40 Karma seats held by FX-NIGHT-88); accepted on resubmit at 02:31. ETA 08:45 Sat 5 Dec, a day inside the Sunday noon cut-off.',
          },
        ],
      },
      {
        name: 'farm_scheduler',
        description: 'Submits and monitors render farm jobs',
        instructions: 'Submit render jobs to the farm; check licences and retry if a submission is refused.',
        replies: [
          {
            call: 'submit_render',
            args: {
              shots: 'SM104_0420-0460',
              version: 'v023',
              frames: 1248,
              pool: 'gpu-a6000',
              priority: 80,
            },
            result: {
              error:
                'Deadline 10.3 submit rejected 02:14:07: license limit reached for karma_render (40/40 in use, holder job FX-NIGHT-88).',
            },
          },
          {
            call: 'license_status',
            args: { feature: 'karma_render' },
            result:
              'karma_render: 40/40 in use. FX-NIGHT-88 (pyro sims, 38 seats) finishing, est. release 02:30.',
          },
          {
            call: 'submit_render',
            args: {
              shots: 'SM104_0420-0460',
              version: 'v023',
              frames: 1248,
              pool: 'gpu-a6000',
              priority: 80,
            },
            result:
              'Job 674f2a1c accepted 02:31:55: 1,248 tasks, pool gpu-a6000 (24 nodes), priority 80, karma_render 24/40 now in use, est. completion 2026-12-05 08:45.',
            waitMs: 1_080_000,
          },
          {
            say: 'Submitted. 02:14 attempt refused — all 40 karma_render seats taken by FX-NIGHT-88. Seats came free at ~02:30, resubmitted 02:31: job 674f2a1c, 1,248 frames on gpu-a6000 (24 nodes), priority 80, ETA Sat 5 Dec 08:45.',
          },
        ],
      },
      {
        name: 'comp_supervisor',
        description: 'Compositing supervisor',
        instructions: 'Have the comp artist set up the comps and report the plan.',
        replies: [
          {
            handoff: 'comp_artist',
            message:
              'Set up Nuke comps SM104_0420–0460 on lighting v023 (job 674f2a1c, ETA Sat 08:45), render ProRes 4444 + EXR to /review/SM104/ for the Mon 10:00 review.',
          },
          {
            say: 'Comp job CMP-104-0420 set to start when 674f2a1c completes; ProRes 4444 + EXR to /review/SM104/ by Sun 20:00.',
          },
        ],
      },
      {
        name: 'comp_artist',
        description: 'Compositor',
        instructions: 'Prepare the comp scripts and queue the comp renders.',
        replies: [
          {
            call: 'queue_comp',
            args: { shots: 'SM104_0420-0460', depends_on: '674f2a1c', outputs: 'prores4444,exr' },
            result:
              'CMP-104-0420 queued (5 scripts, template comp_v012), dependency 674f2a1c, est. 6 h after dependency.',
          },
          {
            say: 'CMP-104-0420 queued: 5 Nuke scripts from comp_v012, waits on 674f2a1c, about 6 h of comp rendering, ProRes 4444 + EXR.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'handicap-chase-weights-stones-to-kilos',
    title:
      'The handicapper allots weights in stones and pounds; the racecard writer prints them in kilograms too, with the claim taken off and the distance in metres, all correctly converted',
    domain: 'horse racing administration',
    mast: ['FM-1.4', 'FM-2.4'],
    nearMissOf:
      'stale_context / low_quality_output: values restated between agents (st-lb to kg, yards to metres, GMT to CET, a jockey’s claim applied), every one converted right',
    request:
      'Racecard for race 4 at Haydock Park, Sat 12 Dec 2026, 14:25: the "Tarporley Handicap Chase" (Class 2, 2m 5f 127y, £40,000). Six declared at the 48-hour stage. Card also goes to our French simulcast partner, who needs weights in kg, distance in metres and CET times.',
    topology: { shape: 'pipeline', order: ['entries_clerk', 'handicapper', 'racecard_writer'] },
    agents: [
      {
        name: 'entries_clerk',
        description: 'Takes declarations and checks eligibility',
        instructions: 'List the declared runners with their official ratings, jockeys and any claims.',
        replies: [
          {
            call: 'declarations',
            args: { meeting: 'HAY-20261212', race: 4 },
            result:
              "HAY-20261212-R4 decl 10/12 10:00: 01 KILBARRY LAD (IRE) OR152 j. S. Bowen; 02 MORNING TIDE OR147 j. H. Cobden; 03 SABLE MISTRAL (FR) OR143 j. D. Jacob; 04 PERCY'S GAMBLE OR139 j. T. Durrant (claims 3lb); 05 ARDNAGASHEL (IRE) OR135 j. B. Hughes; 06 CLOUD ORCHARD OR128 j. C. Deutsch. Non-runners: none.",
          },
          {
            say: 'R4 Haydock 12/12, 6 declared: Kilbarry Lad OR152 (Bowen), Morning Tide OR147 (Cobden), Sable Mistral OR143 (Jacob), Percy’s Gamble OR139 (Durrant, 3 lb claimer), Ardnagashel OR135 (Hughes), Cloud Orchard OR128 (Deutsch). All eligible.',
          },
        ],
      },
      {
        name: 'handicapper',
        description: 'Allots handicap weights from official ratings',
        instructions:
          'Allot weights from the ratings (top weight 11-12, 1 lb per rating point, minimum 10-00).',
        prompt: 'Declared field:\n{input}\n\nRace: {request}',
        replies: [
          {
            say: 'Weights R4 (top 11-12, 1 lb per OR point, nobody out of the handicap): Kilbarry Lad 11-12; Morning Tide 11-7; Sable Mistral 11-3; Percy’s Gamble 10-13 (rides 10-10 with Durrant’s 3 lb); Ardnagashel 10-9; Cloud Orchard 10-2.',
          },
        ],
      },
      {
        name: 'racecard_writer',
        description: 'Writes the racecard for print, web and simulcast partners',
        instructions: 'Write the racecard; for the simulcast partner give kg, metres and CET.',
        prompt: 'Allotted weights:\n{input}\n\nRace: {request}',
        replies: [
          {
            say: 'HAYDOCK PARK — Sat 12 Dec 2026 — Race 4, 14:25 GMT (15:25 CET)\nTarporley Handicap Chase, Class 2, 2m 5f 127y (4,341 m), £40,000\n\n| no | horse | OR | weight | carried kg | jockey |\n|---|---|---|---|---|---|\n| 1 | Kilbarry Lad (IRE) | 152 | 11-12 | 75.3 | Sean Bowen |\n| 2 | Morning Tide | 147 | 11-7 | 73.0 | Harry Cobden |\n| 3 | Sable Mistral (FR) | 143 | 11-3 | 71.2 | David Jacob |\n| 4 | Percy’s Gamble | 139 | 10-13 (claim 3) | 68.0 | Tom Durrant |\n| 5 | Ardnagashel (IRE) | 135 | 10-9 | 67.6 | Ben Hughes |\n| 6 | Cloud Orchard | 128 | 10-2 | 64.4 | Charlie Deutsch |\n\nkg = weight carried (Percy’s Gamble 10-10 after the claim). 6 runners.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'hollowmere-patch-cert-briefs-reworded',
    title:
      'The release manager rewords the patch submission into one brief per platform, each keeping the build, the save fix, the no-new-trophies rule and the release slot',
    domain: 'video game development',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: briefs paraphrase the request per platform (PT → UTC, "achievements" → "trophies", "day-one patch" → title update) and every constraint survives',
    request:
      'Hollowmere day-one patch 1.4.2 (build 1.4.2.18830): submit to Sony, Microsoft and Nintendo cert this week; all three must be cleared for a simultaneous release Thu 17 Dec 2026, 10:00 PT. It has to carry the save-corruption fix HOLLOW-4412 on every platform (cross-progression saves), and must not add or change any trophies/achievements, or we fall into full cert and miss the date.',
    topology: {
      shape: 'fanout',
      planner: 'release_manager',
      workers: ['ps5_cert_lead', 'xbox_cert_lead', 'switch_cert_lead'],
      aggregator: 'submission_tracker',
    },
    agents: [
      {
        name: 'release_manager',
        description: 'Release manager for the title',
        instructions: 'Write one submission brief per platform cert lead.',
        replies: [
          {
            plan: {
              ps5_cert_lead:
                'PS5: submit patch 01.042 from build 18830 for patch-only TRC review. Includes HOLLOW-4412 (save corruption on resume). Trophy pack unchanged from 01.040 — check the diff is empty before you upload. Needs approval in time to publish 17/12 18:00 UTC.',
              xbox_cert_lead:
                'Xbox Series X|S: title update 1.4.2.18830 through Partner Center. Must contain the HOLLOW-4412 save fix (cross-save with PS5/Switch). No achievement changes at all, so it stays a content update and not a full submission. Release window 17 Dec 18:00 UTC, same minute as the other platforms.',
              switch_cert_lead:
                'Switch: patch v1.4.2 (build 18830, NSP rev 7) to Nintendo lot check. HOLLOW-4412 save fix in. Switch has no achievements but our in-game trophy list (cross-progression) must not change either. Must clear for release 17.12 at 18:00 UTC / 03:00 JST 18.12.',
            },
          },
        ],
      },
      {
        name: 'ps5_cert_lead',
        description: 'PlayStation certification lead',
        instructions: 'Prepare and submit the PlayStation patch as briefed and report the submission.',
        replies: [
          {
            call: 'trophy_diff',
            args: { from: '01.040', to: '01.042' },
            result: 'trophy pack NPWR41872_00: 0 added, 0 removed, 0 changed.',
          },
          {
            call: 'submit_ps_patch',
            args: { version: '01.042', build: '18830', release_utc: '2026-12-17T18:00Z' },
            result: 'Submission SUB-PS-118044 accepted, patch-only review, est. result 2026-12-11.',
          },
          {
            say: 'PS5 01.042 (build 18830, includes HOLLOW-4412) submitted as SUB-PS-118044; trophy diff empty; result due 11 Dec, release set 17/12 18:00 UTC.',
          },
        ],
      },
      {
        name: 'xbox_cert_lead',
        description: 'Xbox certification lead',
        instructions: 'Prepare and submit the Xbox title update as briefed and report the submission.',
        replies: [
          {
            call: 'submit_xbox_update',
            args: { build: '1.4.2.18830', achievements_changed: false, release_utc: '2026-12-17T18:00Z' },
            result:
              'Partner Center submission 9N4X-26-11872: content update, cert SLA 72 h, release scheduled 2026-12-17 18:00 UTC.',
          },
          {
            say: 'Xbox TU 1.4.2.18830 (HOLLOW-4412 in, achievements untouched) submitted, 9N4X-26-11872, content update, 72 h SLA, release 17 Dec 18:00 UTC.',
          },
        ],
      },
      {
        name: 'switch_cert_lead',
        description: 'Nintendo Switch lot check lead',
        instructions: 'Prepare and submit the Switch patch as briefed and report the submission.',
        replies: [
          {
            call: 'submit_lotcheck',
            args: { version: '1.4.2', build: '18830', nsp_rev: 7, release_utc: '2026-12-17T18:00Z' },
            result: 'Lotcheck LC-0100-7712 received 2026-12-04, patch, est. 5 business days (2026-12-11).',
          },
          {
            say: 'Switch v1.4.2 (build 18830, NSP rev 7, HOLLOW-4412 in, trophy list unchanged) in lot check as LC-0100-7712, answer ~11 Dec; release 17 Dec 18:00 UTC.',
          },
        ],
      },
      {
        name: 'submission_tracker',
        description: 'Tracks submissions across platforms',
        instructions: 'Merge the platform submissions into one status table.',
        prompt: 'Platform reports:\n{input}\n\nRelease: {request}',
        replies: [
          {
            say: 'Hollowmere 1.4.2 (build 18830) cert status, 04 Dec:\n\n| platform | submission | includes HOLLOW-4412 | trophies/achievements | result due | release |\n|---|---|---|---|---|---|\n| PS5 | SUB-PS-118044 (01.042) | yes | no change | 11 Dec | 17 Dec 10:00 PT |\n| Xbox Series | 9N4X-26-11872 | yes | no change | ~8 Dec (72 h) | 17 Dec 10:00 PT |\n| Switch | LC-0100-7712 (NSP rev 7) | yes | no change | ~11 Dec | 17 Dec 10:00 PT |\n\nAll three on track for the simultaneous release.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'learner-pool-readings-handed-back',
    title:
      'After a faecal release the duty manager hands the learner pool to the plant room; the technician hands it back with the chlorine, pH and turnover figures and the pool reopens on them',
    domain: 'leisure centre pool operations',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message: control goes to the plant room and comes back with the results in the hand-back message; readings, times and flow figures throughout',
    request:
      'Formed stool in the learner pool (Splash Zone, 90 m³) at 16:40, lifeguard cleared the water and lifted it out with the net. Swim school has three classes from 18:30, 36 kids booked. Can we reopen in time?',
    topology: {
      shape: 'swarm',
      entry: 'duty_manager',
      agents: ['duty_manager', 'plant_room_technician'],
    },
    agents: [
      {
        name: 'duty_manager',
        description: 'Duty manager of the leisure centre',
        instructions:
          'Log the incident, get the plant room to treat the water and decide on reopening from the readings they hand back.',
        replies: [
          {
            call: 'log_incident',
            args: { site: 'Riverside LC', pool: 'learner', type: 'faecal_formed', time: '16:40' },
            result:
              'INC-RLC-261204-07 logged 16:44; pool status CLOSED; swim school notified of possible delay.',
          },
          {
            handoff: 'plant_room_technician',
            message:
              'Learner pool closed 16:40, formed stool removed (INC-RLC-261204-07). PWTAG formed-stool procedure please: free chlorine to top of range, pH 7.2 or below, then one full turnover with the pool empty, test, and hand back to me with the readings so I can decide on the 18:30 classes.',
          },
          {
            say: 'Learner pool reopens at 18:10, swim school 18:30 goes ahead (36 booked). Plant room readings at 17:58 after a full 30-minute turnover: free chlorine 2.0 mg/L, combined 0.3 mg/L, pH 7.1, water 31.2 °C; filter backwashed 17:35. INC-RLC-261204-07 updated and closed for the pool; cleaning log signed.',
          },
        ],
      },
      {
        name: 'plant_room_technician',
        description: 'Pool plant room technician',
        instructions:
          'Treat and test the pool water as asked and hand back to the duty manager with the readings.',
        replies: [
          {
            call: 'controller_readings',
            args: { pool: 'learner' },
            result:
              'learner 16:52: FC 1.2 mg/L, CC 0.4, pH 7.4, temp 31.2 °C, circulation 180 m³/h (turnover 30 min).',
          },
          {
            call: 'set_dosing',
            args: { pool: 'learner', fc_setpoint: 2.0, ph_setpoint: 7.1 },
            result: 'setpoints updated 16:54: FC 2.0 mg/L, pH 7.1; hypo pump 100 %, CO2 on.',
          },
          {
            call: 'backwash_filter',
            args: { pool: 'learner', filter: 'F3' },
            result: 'F3 backwash 17:31–17:35, rinse OK, ΔP 0.28 → 0.09 bar.',
            waitMs: 2_100_000,
          },
          {
            call: 'test_water',
            args: { pool: 'learner', method: 'DPD photometer' },
            result:
              '17:58 DPD: FC 2.0 mg/L, TC 2.3 mg/L (CC 0.3), pH 7.1. Setpoints reached 17:25; turnover 17:25–17:55 complete.',
            waitMs: 1_380_000,
          },
          {
            handoff: 'duty_manager',
            message:
              'Learner pool done: FC up to 2.0 and pH 7.1 reached at 17:25, full turnover 17:25–17:55 at 180 m³/h, F3 backwashed 17:31–17:35 (ΔP now 0.09 bar). Photometer at 17:58: FC 2.0 mg/L, CC 0.3 mg/L, pH 7.1, 31.2 °C. Good to reopen from my side; setpoints go back to FC 1.5 at close.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'hochweid-wheels-reweighed-net-invoiced',
    title:
      'The cellar hand’s first weights include the spruce boards; he re-weighs with the tare and the cave manager invoices on the corrected net weight',
    domain: 'cheese affinage',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a first weight (237.1 kg, boards included) is superseded by the re-weighed net weight (226.3 kg), and the brief and the invoice use the new one',
    request:
      'PO DL-2291 from La Fromagerie Duclos (Lyon): 6 wheels of 24-month Hochweid from lot HW-2412 at €38.50/kg ex-cellar, invoiced on net weight. Girod transport collects Tue 8 Dec 2026, 07:30.',
    topology: {
      shape: 'supervisor',
      coordinator: 'cave_manager',
      workers: ['cellar_hand', 'export_desk'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'cave_manager',
        description: 'Manages the ripening cellar and its orders',
        instructions:
          'Have the wheels picked and weighed, then have the export desk invoice and book the transport.',
        replies: [
          {
            handoff: 'cellar_hand',
            message:
              'Pick 6 wheels of Hochweid from lot HW-2412 (rack C, 24 months) for PO DL-2291, weigh each on scale 3, net weight please, and put them on the dispatch pallet.',
          },
          {
            handoff: 'export_desk',
            message:
              'Invoice PO DL-2291, La Fromagerie Duclos: 6 wheels Hochweid 24 m, lot HW-2412, net 226.3 kg (re-weighed with board tare) × €38.50/kg = €8,712.55 ex-cellar; intra-EU supply, their VAT FR47 512 889 301. CMR for Girod, pickup Tue 08/12 07:30.',
          },
          {
            say: 'PO DL-2291 ready: 6 wheels Hochweid 24 months (lot HW-2412), net 226.3 kg, invoice INV-26-1187 for €8,712.55 ex-cellar (intra-EU, reverse charge), CMR 0448120 for Girod, pickup Tue 8 Dec 07:30 from dock 2.',
          },
        ],
      },
      {
        name: 'cellar_hand',
        description: 'Works the ripening cellar: turning, brushing, picking and weighing wheels',
        instructions: 'Pick and weigh the wheels asked for and report the weights.',
        replies: [
          {
            call: 'weigh_wheels',
            args: { scale: 3, lot: 'HW-2412', wheels: 6 },
            result:
              'scale 3 tare 0.00 kg | W1 39.2 | W2 39.9 | W3 38.7 | W4 39.6 | W5 40.2 | W6 39.5 | sum 237.1 kg',
          },
          {
            call: 'weigh_wheels',
            args: { scale: 3, lot: 'HW-2412', wheels: 6, tare_kg: 1.8 },
            result:
              'scale 3 tare 1.80 kg | W1 37.4 | W2 38.1 | W3 36.9 | W4 37.8 | W5 38.4 | W6 37.7 | sum 226.3 kg',
            text: 'Tare was zero, the wheels are still on their spruce boards (1.80 kg each). Weighing again with the board tare.',
          },
          {
            say: 'HW-2412, 6 wheels on the dispatch pallet. First pass on scale 3 ran without tare, so the 237.1 kg includes the boards — don’t use it. Net with 1.80 kg board tare: 37.4 / 38.1 / 36.9 / 37.8 / 38.4 / 37.7 = 226.3 kg.',
          },
        ],
      },
      {
        name: 'export_desk',
        description: 'Invoices and books transport for export orders',
        instructions: 'Invoice and book transport as instructed.',
        replies: [
          {
            call: 'create_invoice',
            args: { po: 'DL-2291', net_kg: 226.3, price_eur_kg: 38.5, vat: 'reverse_charge' },
            result:
              'INV-26-1187: 226.3 kg × 38.50 = 8,712.55 EUR, VAT 0 % (Art. 138 intra-EU), customer FR47512889301.',
          },
          {
            call: 'create_cmr',
            args: { carrier: 'Girod', pickup: '2026-12-08T07:30', pallets: 1, gross_kg: 252 },
            result: 'CMR 0448120: 1 pallet, 252 kg gross, Girod, pickup dock 2 08/12 07:30, temp 4–8 °C.',
          },
          {
            say: 'INV-26-1187 €8,712.55 (226.3 kg at €38.50, reverse charge) and CMR 0448120 for Girod, 1 pallet 252 kg gross, 4–8 °C, dock 2 Tue 07:30.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'pcn-cancellation-letter-fixed-once',
    title:
      'The appeals officer sends the cancellation letter back once for a swapped PCN digit and the wrong code; the second draft is right and goes out',
    domain: 'parking enforcement appeals',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: the letter writer is asked twice, the second draft makes the fixes and the router finishes; PCN numbers, VRMs, photo ids and timestamps throughout',
    request:
      'Informal challenge to PCN WK40188237: code 01 (parked in a restricted street during prescribed hours), Market Street outside no. 14, 03/12/2026 09:14, VRM LK21 XHD, CEO 2207. Ms Priya Natarajan (Natarajan Catering Ltd) says she was unloading a catering order for no. 14 and attaches a signed delivery note.',
    topology: {
      shape: 'network',
      coordinator: 'appeals_officer',
      workers: ['evidence_reviewer', 'letter_writer'],
    },
    agents: [
      {
        name: 'appeals_officer',
        description: 'Parking appeals officer who decides informal challenges',
        instructions:
          'Route the evidence review and the letter; check the letter before it goes and send it back if anything is wrong.',
        replies: [
          {
            handoff: 'evidence_reviewer',
            message:
              'PCN WK40188237, code 01, Market St o/s 14, 03/12 09:14, LK21 XHD, CEO 2207. Challenge: loading/unloading for no. 14, delivery note attached. Check CEO notes, photos and the DN against the loading exemption.',
          },
          {
            handoff: 'letter_writer',
            message:
              'Challenge accepted: cancel PCN WK40188237 (code 01, 03/12/2026 09:14, LK21 XHD). Reason: loading exemption — photo P3 at 09:11:42 shows rear doors open and a loaded trolley, DN-55812 signed 09:19. Write the acceptance letter to Ms P. Natarajan, Natarajan Catering Ltd.',
          },
          {
            handoff: 'letter_writer',
            message:
              'Nearly: the letter has PCN WK40188273 (last two digits swapped, correct is WK40188237) and calls it code 02; it is code 01. Fix both, rest is fine.',
          },
          {
            say: 'PCN WK40188237 cancelled on informal challenge (loading exemption: photo P3 09:11:42, DN-55812 signed 09:19). Letter LTR-PA-26-30417 to Ms Natarajan sent by email 04/12; case status CANCELLED, no payment due.',
          },
        ],
      },
      {
        name: 'evidence_reviewer',
        description: 'Reviews enforcement evidence',
        instructions: 'Review the CEO evidence and the motorist’s documents and recommend a decision.',
        replies: [
          {
            call: 'pcn_evidence',
            args: { pcn: 'WK40188237' },
            result:
              'CEO 2207 notes: obs 09:09–09:14 (5 min), "no loading activity seen". Photos P1 09:09:10, P2 09:10:31, P3 09:11:42 (rear doors open, trolley with 2 boxes on footway), P4 09:12:55, P5 09:14:02 (PCN on windscreen), P6 09:14:05.',
          },
          {
            call: 'read_attachment',
            args: { pcn: 'WK40188237', file: 'delivery_note.pdf' },
            result:
              'DN-55812 Natarajan Catering Ltd → Hartley & Co, 14 Market St: 40 x lunch boxes, arrived 09:08, signed for 09:19 (J. Hartley).',
          },
          {
            say: 'Recommend cancel. P3 (09:11:42) shows the rear doors open and a laden trolley on the footway, which contradicts "no loading activity seen"; DN-55812 puts the delivery at 09:08–09:19, covering the whole 09:09–09:14 observation. Loading exemption applies.',
          },
        ],
      },
      {
        name: 'letter_writer',
        description: 'Drafts decision letters to motorists',
        instructions: 'Draft the decision letter from the officer’s instructions.',
        replies: [
          {
            call: 'letter_template',
            args: { type: 'informal_challenge_accepted' },
            result:
              'Template ICA-3 v5: salutation, PCN ref, contravention code/description, decision, reason, closing.',
          },
          {
            say: 'LTR-PA-26-30417 draft 1. Dear Ms Natarajan, re: Penalty Charge Notice WK40188273, contravention code 02, vehicle LK21 XHD, Market Street, 3 December 2026 at 09:14. Thank you for your challenge. Having reviewed the officer’s photographs and your delivery note DN-55812, we accept that the vehicle was being unloaded at the time and the PCN has been cancelled. No further action is needed. Yours sincerely, Parking Appeals Team',
          },
          {
            say: 'LTR-PA-26-30417 draft 2. Dear Ms Natarajan, re: Penalty Charge Notice WK40188237, contravention code 01 (parked in a restricted street during prescribed hours), vehicle LK21 XHD, Market Street, 3 December 2026 at 09:14. Thank you for your challenge. Having reviewed the officer’s photographs and your delivery note DN-55812, we accept that the vehicle was being unloaded at the time and the PCN has been cancelled. No further action is needed. Yours sincerely, Parking Appeals Team',
          },
        ],
      },
    ],
    expected: null,
  }),
];

/** Blind batch 10: 10 faults and 6 healthy look-alikes in 16 new domains, every topology. */
export const blindBatch10Scenarios = [...faults, ...lookAlikes];
