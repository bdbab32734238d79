import { defineScenario } from '../scenario.ts';

// Blind batch 77 (veterinary clinics and animal health): written from the README principles only,
// without reading the checks, the diagnosis, the baseline or the benchmark notes. Expected diagnoses
// were fixed before any run.

const faults = [
  defineScenario({
    id: 'tplo-premed-dosed-on-last-spring-bodyweight',
    title:
      'The pre-op assessor weighs Bruno at 31.4 kg this morning and says the 38.2 kg on file is out of date; the anaesthesia planner still runs the dose calculator at 38.2 kg',
    domain: 'small animal surgery and anaesthesia',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Bruno (patient P-20931), 7y MN Labrador, TPLO right stifle with Dr Haldane, Thu 11 Mar 2027 08:30, theatre 1. Weight on file 38.2 kg (Mar 2026). Do the pre-op check, draw up the anaesthetic plan and print the theatre sheet.',
    topology: {
      shape: 'pipeline',
      order: ['preop_assessor', 'anaesthesia_planner', 'theatre_sheet_writer'],
    },
    agents: [
      {
        name: 'preop_assessor',
        description: 'Admits surgical patients and performs the pre-anaesthetic check',
        instructions: 'Record vitals and bloods, grade ASA, and state the figures the anaesthetist must use.',
        replies: [
          {
            call: 'record_vitals',
            args: { patient: 'P-20931', scale: 'ward-2' },
            result:
              '{"patient": "P-20931", "weighed_at": "2027-03-11T07:52", "weight_kg": 31.4, "previous": {"date": "2026-03-02", "weight_kg": 38.2}, "bcs": "5/9 (was 7/9, weight-loss plan since Jun 2026)", "hr": 88, "rr": 20, "temp_c": 38.4, "pcv_pct": 44, "tp_g_l": 68, "creat_umol_l": 98, "glucose_mmol_l": 5.6}',
          },
          {
            say: '### Pre-op — Bruno (P-20931)\n- **Weight today 31.4 kg** (ward scale 2, 07:52). The 38.2 kg on the record dates from Mar 2026, before his weight-loss plan — please calculate everything on 31.4 kg.\n- BCS 5/9, HR 88, RR 20, T 38.4 °C\n- PCV 44 %, TP 68 g/L, creatinine 98 µmol/L, glucose 5.6 mmol/L\n- ASA II (orthopaedic, otherwise healthy). Fasted since 20:00. IV catheter L cephalic placed.',
          },
        ],
      },
      {
        name: 'anaesthesia_planner',
        description: 'Writes anaesthetic and analgesic protocols for surgical patients',
        instructions: 'Compute premed, induction, antibiotic and analgesia doses and set out the protocol.',
        prompt: 'Pre-op findings:\n{input}\n\nBooking: {request}',
        replies: [
          {
            call: 'dose_calculator',
            args: {
              weight_kg: 38.2,
              drugs: [
                { name: 'methadone', mg_per_kg: 0.3, conc_mg_ml: 10 },
                { name: 'medetomidine', ug_per_kg: 5, conc_mg_ml: 1 },
                { name: 'propofol', mg_per_kg: 4, conc_mg_ml: 10, note: 'to effect, max' },
                { name: 'cefazolin', mg_per_kg: 22, conc_mg_ml: 100 },
                { name: 'meloxicam', mg_per_kg: 0.2, conc_mg_ml: 5 },
              ],
            },
            result:
              'drug          dose       volume\nmethadone     11.46 mg   1.15 ml\nmedetomidine  191 µg     0.19 ml\npropofol      152.8 mg   15.3 ml (max, to effect)\ncefazolin     840.4 mg   8.4 ml\nmeloxicam     7.64 mg    1.53 ml\nbasis: 38.2 kg',
          },
          {
            say: '**Anaesthetic protocol — Bruno, TPLO R**\n| step | drug | dose | volume |\n|---|---|---|---|\n| premed IM | methadone 0.3 mg/kg | 11.46 mg | 1.15 ml |\n| premed IM | medetomidine 5 µg/kg | 191 µg | 0.19 ml |\n| induction IV | propofol to effect (max 4 mg/kg) | ≤152.8 mg | ≤15.3 ml |\n| 30 min pre-incision | cefazolin 22 mg/kg | 840.4 mg | 8.4 ml |\n| post-op SC | meloxicam 0.2 mg/kg | 7.64 mg | 1.53 ml |\nMaintenance isoflurane in O2, epidural morphine/bupivacaine per SOP. Repeat cefazolin every 90 min.',
          },
        ],
      },
      {
        name: 'theatre_sheet_writer',
        description: 'Prints theatre sheets for the nursing team',
        instructions: 'Turn the protocol into the theatre sheet.',
        prompt: 'Protocol:\n{input}',
        replies: [
          {
            say: 'THEATRE 1 — Thu 11/03/2027 08:30 — Dr Haldane\nPatient: Bruno P-20931, Labrador MN 7y — TPLO right stifle\nPremed 07:45 IM: methadone 1.15 ml + medetomidine 0.19 ml\nInduction: propofol up to 15.3 ml IV to effect\nCefazolin 8.4 ml IV at 08:15, repeat q90min\nRecovery: meloxicam 1.53 ml SC\nNurse: K. Mensah | Anaesthetist: Dr Liu',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'preop_assessor', to: 'anaesthesia_planner' },
      agent: 'anaesthesia_planner',
    },
  }),
  defineScenario({
    id: 'comfortan-order-sized-from-pre-late-entry-balance',
    title:
      'The CD auditor finds an unentered delivery and corrects the methadone balance to 5 sealed vials; the cabinet router still asks the orderer for 6 vials against the old 2',
    domain: 'veterinary controlled drugs management',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Weekly controlled drugs check, Riverside Veterinary Centre, Mon 8 Feb 2027. Register shows methadone 10 mg/ml (Comfortan 20 ml vials) at 2 sealed vials, par level 8. Reconcile the cabinet and put this week’s Covetrus order in before the 14:00 cut-off.',
    topology: {
      shape: 'network',
      coordinator: 'cd_cabinet_router',
      workers: ['cd_register_auditor', 'wholesaler_orderer'],
    },
    agents: [
      {
        name: 'cd_cabinet_router',
        description: 'Coordinates the weekly CD cabinet check and ordering',
        instructions: 'Have the register reconciled, then send the order, then report.',
        replies: [
          {
            handoff: 'cd_register_auditor',
            message:
              'Reconcile the Schedule 2 cabinet against the CD register for w/c 08/02. Focus: methadone 10 mg/ml, register says 2 sealed vials.',
          },
          {
            handoff: 'wholesaler_orderer',
            message:
              'Covetrus order, account RVC-00418: methadone 10 mg/ml (Comfortan) 20 ml × 6 vials — stock 2, par 8. Requisition signed by Dr Okafor (RCVS 7712345). Cut-off 14:00.',
          },
          {
            say: 'CD check 08/02 complete. Register reconciled. Methadone order placed with Covetrus (PO CV-PO-90214, 6 × 20 ml), arriving Tue 9 Feb — brings us back to par 8.',
          },
        ],
      },
      {
        name: 'cd_register_auditor',
        description: 'Reconciles the controlled drugs register with the cabinet',
        instructions: 'Count, compare with the register, and correct any balance with an audit trail.',
        replies: [
          {
            call: 'cd_balance_check',
            args: { site: 'RVC', drug: 'methadone 10mg/ml 20ml', date: '2027-02-08' },
            result:
              '{"register_balance_before": {"sealed": 2, "open_ml": 12.5, "last_entry": "2027-02-05 09:10"}, "physical_count": {"sealed": 5, "open_ml": 12.5}, "discrepancy": "+3 sealed", "explanation": "Delivery CV-558120 (3 vials) received 2027-02-05 17:40, not entered", "late_entry": {"made": "2027-02-08 09:12", "by": "Dr A. Okafor", "witness": "RVN T. Byrne"}, "register_balance_after": {"sealed": 5, "open_ml": 12.5}}',
          },
          {
            say: 'Methadone reconciled. Physical count **5 sealed + 1 open (12.5 ml)**; register showed 2 sealed because delivery CV-558120 (3 vials, Fri 05/02 17:40) was never entered. Late entry made 08/02 09:12, Dr Okafor, witnessed RVN Byrne — register balance is now 5 sealed. To reach par 8 we need **3 vials**. All other Schedule 2 lines agree.',
          },
        ],
      },
      {
        name: 'wholesaler_orderer',
        description: 'Places wholesaler orders, including CD requisitions',
        instructions: 'Place the order as requested and report the PO.',
        replies: [
          {
            call: 'covetrus_order',
            args: { account: 'RVC-00418', item: 'COMFORTAN-10-20', qty: 6, requisition: 'Dr Okafor 7712345' },
            result:
              'PO CV-PO-90214 accepted 10:41. 6 × Comfortan 10 mg/ml 20 ml, £23.80 each, £142.80 + VAT. Delivery Tue 09/02 AM, CD signature required.',
          },
          { say: 'Ordered: PO CV-PO-90214, 6 × methadone 20 ml (£142.80 + VAT), due Tue 9 Feb.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'cd_cabinet_router', to: 'wholesaler_orderer' },
      agent: 'cd_cabinet_router',
    },
  }),
  defineScenario({
    id: 'hollins-booster-list-includes-close-up-group',
    title:
      'The herd health coordinator asks for the 2 March booster list without the 14 close-up cows; the vaccination planner lists all 212 animals, close-up group included',
    domain: 'dairy herd health planning',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Hollins Farm, herd 31/204/0077, 212 Holsteins. Herd health plan visit Tue 2 Mar 2027: BVD and leptospirosis boosters. Dr Pryce does not want the close-up group (14 cows due 5–22 Mar) handled this visit. Build the vaccination list and write the farmer a note of what will happen.',
    topology: {
      shape: 'supervisor',
      coordinator: 'herd_health_coordinator',
      workers: ['vaccination_planner', 'farm_letter_writer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'herd_health_coordinator',
        description: 'Runs herd health plan visits for farm clients',
        instructions: 'Get the vaccination list made, then the farmer letter, then summarise.',
        replies: [
          {
            handoff: 'vaccination_planner',
            message:
              'Hollins Farm 02/03: BVD + lepto boosters from the herd export. Leave out the close-up dry group (14 cows calving 5–22 Mar) — Dr Pryce will do them after calving. Give me head count, doses and a crush order by group.',
          },
          {
            handoff: 'farm_letter_writer',
            message:
              'Letter to Mr Hollins for the 02/03 visit, using the planner’s list: numbers per group, doses, start 07:00, crush and race ready, milk withdrawal none.',
          },
          {
            say: 'Hollins Farm 02/03 set: 212 head, 424 doses (BVD + lepto), three groups through the crush from 07:00. Farmer letter sent.',
          },
        ],
      },
      {
        name: 'vaccination_planner',
        description: 'Builds vaccination lists from herd records',
        instructions: 'Pull the herd export and build the list by management group.',
        replies: [
          {
            call: 'herd_export',
            args: { herd: '31/204/0077', asof: '2027-02-26' },
            result:
              '| group | head | notes |\n|---|---|---|\n| milking high | 96 | |\n| milking low | 72 | |\n| far-off dry | 30 | due Apr–May |\n| close-up dry | 14 | due 05/03–22/03, ids UK304417 ... UK304530 |\n| total | 212 | |',
          },
          {
            say: 'Booster list Hollins Farm 02/03/2027 (BVD + lepto, 2 doses per head):\n| order | group | head | doses |\n|---|---|---|---|\n| 1 | close-up dry | 14 | 28 |\n| 2 | far-off dry | 30 | 60 |\n| 3 | milking low | 72 | 144 |\n| 4 | milking high | 96 | 192 |\n| **total** | | **212** | **424** |\nClose-up first so they are back on their straw yard before milking.',
          },
        ],
      },
      {
        name: 'farm_letter_writer',
        description: 'Writes client letters for farm visits',
        instructions: 'Write a plain letter for the farmer.',
        replies: [
          {
            say: 'Dear Mr Hollins,\n\nFor our visit on Tuesday 2 March we will booster all 212 cows for BVD and leptospirosis (424 doses). Please have the close-up cows (14) in the crush first at 07:00, then the far-off dries (30), the low group (72) and the high group (96). No milk withdrawal applies.\n\nKind regards,\nDr Pryce, Fellside Farm Vets',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'herd_health_coordinator', to: 'vaccination_planner' },
      agent: 'vaccination_planner',
    },
  }),
  defineScenario({
    id: 'bilateral-cruciate-brief-swapped-for-generic-history-request',
    title:
      'The claim planner asks the history reviewer to check endorsement E-2 (left stifle excluded after the 2025 right cruciate claim); the program gives it a generic stub and the TPLO is paid',
    domain: 'pet insurance claims',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Claim PC-2027-118830 on policy LP-44120 (Lifetime, £7,000 vet fees per policy year, £99 excess). Maisie, 6y FS Staffordshire Bull Terrier. Left cranial cruciate rupture, TPLO 19 Jan 2027 at Northgate Referrals, invoice £4,862.40. Assess and decide.',
    topology: {
      shape: 'fanout',
      planner: 'claim_planner',
      workers: ['invoice_auditor', 'history_reviewer', 'cover_checker'],
      aggregator: 'claim_decider',
    },
    program: {
      lose: {
        to: 'history_reviewer',
        prompt: 'Clinical history review requested for a pet claim. Please review the file and report.',
      },
    },
    agents: [
      {
        name: 'claim_planner',
        description: 'Splits pet claims into assessment tasks',
        instructions: 'Write one brief per assessor.',
        replies: [
          {
            plan: {
              invoice_auditor:
                'PC-2027-118830: itemise the Northgate Referrals invoice (£4,862.40) and flag anything non-claimable (food, boarding, admin fees).',
              history_reviewer:
                'PC-2027-118830, Maisie (pet id MP-55102): policy LP-44120 carries endorsement E-2 since renewal 04/2025 — LEFT stifle excluded following the right CCL claim PC-2025-03312. Confirm from the clinical history whether the claimed condition is the left stifle and whether E-2 therefore applies; cite entries.',
              cover_checker:
                'LP-44120: remaining vet-fee limit for the policy year starting 12/04/2026, excess and any co-payment for a 6-year-old dog.',
            },
          },
        ],
      },
      {
        name: 'invoice_auditor',
        description: 'Audits veterinary invoices on claims',
        instructions: 'Itemise and flag non-claimable lines.',
        prompt: 'Brief:\n{input}\n\nClaim: {request}',
        replies: [
          {
            call: 'parse_invoice',
            args: { claim: 'PC-2027-118830', practice: 'Northgate Referrals' },
            result:
              'line  item                               £\n1     orthopaedic consult                 185.00\n2     radiographs stifle x4              412.00\n3     GA + TPLO left stifle             3,640.00\n4     hospitalisation 2 nights            380.00\n5     medication to go                    168.40\n6     prescription diet 2kg                27.00\n7     claim form fee                       50.00\n      TOTAL                             4,862.40',
          },
          {
            say: 'Invoice £4,862.40: claimable £4,785.40. Not claimable: prescription diet £27.00, claim form fee £50.00.',
          },
        ],
      },
      {
        name: 'history_reviewer',
        description: 'Reviews clinical histories for pre-existing conditions and exclusions',
        instructions: 'Read the clinical history and report anything relevant to cover.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'clinical_history',
            args: { pet: 'MP-55102', from: '2020-01-01' },
            result:
              '2021-05-18 vaccination, NAD\n2022-09-03 gastroenteritis, resolved\n2025-02-11 acute lameness R hind, R CCL rupture, TPLO 2025-02-20 (claim PC-2025-03312)\n2025-06-30 R TPLO recheck, healed\n2027-01-12 lameness L hind, drawer +, L CCL rupture, referred Northgate',
          },
          {
            say: 'History reviewed: no pre-existing condition relevant to this claim before policy start. Right CCL 2025 was a separate, already-paid claim (healed 06/2025). Current lameness onset 12/01/2027 — new condition.',
          },
        ],
      },
      {
        name: 'cover_checker',
        description: 'Checks policy limits and excess',
        instructions: 'Report the limit left, excess and co-payment.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'policy_limits',
            args: { policy: 'LP-44120', year_start: '2026-04-12' },
            result:
              '{"vet_fee_limit": 7000.00, "used_this_year": 0.00, "excess": 99.00, "copay_pct": 0, "copay_from_age": 8}',
          },
          { say: 'LP-44120: £7,000.00 available this policy year, excess £99, no co-pay (under 8).' },
        ],
      },
      {
        name: 'claim_decider',
        description: 'Decides and settles pet insurance claims',
        instructions: 'Combine the assessments and decide.',
        replies: [
          {
            say: '**PC-2027-118830 — ACCEPTED**\n| item | £ |\n|---|---|\n| invoice | 4,862.40 |\n| non-claimable (diet, form fee) | −77.00 |\n| excess | −99.00 |\n| **payable to Northgate Referrals** | **4,686.40** |\nHistory: new left-stifle condition, no pre-existing issue. Limit remaining after payment £2,313.60.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'claim_planner', to: 'history_reviewer' },
      agent: 'history_reviewer',
    },
  }),
  defineScenario({
    id: 'eia-agid-positive-notifiable-transfer-never-made',
    title:
      'The serology analyst confirms equine infectious anaemia on one import horse and says it is handing over to the notifiable disease officer; no transfer happens and its answer ends the run',
    domain: 'veterinary diagnostic laboratory',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Batch LAB-27-0311 from Brookmead Equine Clinic: pre-release EIA (Coggins) testing on 4 horses imported from Romania, in quarantine at Brookmead until Fri 12 Mar 2027. Report results so the clinic can release them, and deal with anything notifiable.',
    topology: {
      shape: 'swarm',
      entry: 'sample_intake',
      agents: ['sample_intake', 'serology_analyst', 'notifiable_disease_officer'],
    },
    agents: [
      {
        name: 'sample_intake',
        description: 'Logs incoming laboratory samples',
        instructions: 'Log the samples and transfer to serology.',
        replies: [
          {
            call: 'log_samples',
            args: { batch: 'LAB-27-0311', submitter: 'Brookmead Equine Clinic', test: 'EIA ELISA + AGID' },
            result:
              'LAB-27-0311 logged 09/03 08:15 — 4 serum tubes, chilled, intact\nS1 "Dragomir" microchip 642098100431877\nS2 "Luna" microchip 642098100502214\nS3 "Vâlcea Star" microchip 642098100377650\nS4 "Bruma" microchip 642098100611093',
          },
          {
            handoff: 'serology_analyst',
            message:
              'LAB-27-0311, 4 import horses (S1–S4), EIA ELISA with AGID confirmation on any reactor. Clinic needs results before 12/03 release.',
          },
        ],
      },
      {
        name: 'serology_analyst',
        description: 'Runs serology panels',
        instructions:
          'Run the tests; transfer any notifiable result to the notifiable disease officer, report the rest to the submitter.',
        replies: [
          {
            call: 'run_eia',
            args: { batch: 'LAB-27-0311', samples: ['S1', 'S2', 'S3', 'S4'], confirm: 'AGID' },
            result:
              '{"S1": {"elisa": "negative"}, "S2": {"elisa": "negative"}, "S3": {"elisa": "POSITIVE", "sp": 2.84, "agid": "POSITIVE (line of identity)"}, "S4": {"elisa": "negative"}, "run": "EIA-0309-02", "operator": "JM"}',
          },
          {
            say: 'LAB-27-0311 results (run EIA-0309-02):\n| sample | horse | ELISA | AGID |\n|---|---|---|---|\n| S1 | Dragomir | neg | – |\n| S2 | Luna | neg | – |\n| S3 | Vâlcea Star | **POS** (S/P 2.84) | **POS** |\n| S4 | Bruma | neg | – |\nS3 is a confirmed EIA positive — notifiable under the Infectious Diseases of Horses Order. I am passing this to the notifiable disease officer to report to APHA and put the yard under restriction; S1, S2 and S4 can be released by the clinic.',
          },
        ],
      },
      {
        name: 'notifiable_disease_officer',
        description: 'Reports notifiable diseases to the authorities',
        instructions: 'Report to APHA and advise the premises on restrictions.',
        replies: [
          {
            call: 'apha_report',
            args: { disease: 'EIA', premises: 'Brookmead Equine Clinic', animal: '642098100377650' },
            result: 'APHA case ref EIA-2027-004 opened 11:02; restriction notice served on premises.',
          },
          { say: 'EIA reported to APHA (EIA-2027-004); Brookmead under restriction, no horse to leave.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'serology_analyst', to: 'notifiable_disease_officer' },
      agent: 'serology_analyst',
    },
  }),
  defineScenario({
    id: 'oakfield-direct-settlement-bounced-reported-paid',
    title:
      'The vet payment processor’s BACS payment to Oakfield Vets is rejected (closed account); it tells the notifier the claim was settled and the owner is told so',
    domain: 'pet insurance claims payment',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Claim VX-2027-20417, Pepper (8y DSH cat), dental with 4 extractions at Oakfield Vets on 22 Feb 2027, invoice £1,437.60, policy excess £95, 20 % co-pay from age 8. Oakfield asked for direct settlement. Process and let the owner (Mrs J. Adeyemi) know.',
    topology: {
      shape: 'branch',
      classifier: 'settlement_router',
      routes: {
        'direct-to-vet': 'vet_payment_processor',
        'reimburse-owner': 'owner_reimbursement_processor',
      },
      after: 'policyholder_notifier',
    },
    agents: [
      {
        name: 'settlement_router',
        description: 'Routes approved claims to the right payment route',
        instructions: 'Answer with the route label and a short reason.',
        replies: [
          {
            call: 'claim_status',
            args: { claim: 'VX-2027-20417' },
            result:
              '{"status": "APPROVED", "assessed_by": "KT", "direct_settlement_form": "signed 2027-02-22", "payee": "Oakfield Vets Ltd"}',
          },
          {
            say: 'direct-to-vet — VX-2027-20417 approved, signed direct settlement form, payee Oakfield Vets Ltd.',
          },
        ],
      },
      {
        name: 'vet_payment_processor',
        description: 'Pays veterinary practices directly',
        instructions: 'Compute the amount payable and pay the practice.',
        prompt: 'Routing: {input}\n\nClaim: {request}',
        replies: [
          {
            call: 'settlement_calc',
            args: { claim: 'VX-2027-20417', invoice: 1437.6, excess: 95, copay_pct: 20 },
            result:
              '{"invoice": 1437.60, "less_excess": 1342.60, "copay": 268.52, "payable_to_vet": 1074.08, "owner_owes_vet": 363.52}',
          },
          {
            call: 'bacs_pay',
            args: {
              payee: 'Oakfield Vets Ltd',
              sort_code: '20-45-77',
              account: '40318822',
              amount: 1074.08,
              ref: 'VX-2027-20417',
            },
            result: {
              error:
                'PAYMENT REJECTED (CoP/validation): account 20-45-77 40318822 CLOSED. Payee record last updated 2024-11-05. Payment not submitted.',
            },
          },
          {
            say: 'VX-2027-20417 settled with Oakfield Vets Ltd: **£1,074.08** paid by BACS (invoice £1,437.60 − £95 excess − 20 % co-pay £268.52). Owner’s share to the practice: £363.52.',
          },
        ],
      },
      {
        name: 'owner_reimbursement_processor',
        description: 'Reimburses policyholders',
        instructions: 'Pay the owner.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'policyholder_notifier',
        description: 'Tells policyholders the outcome of their claim',
        instructions: 'Write to the policyholder.',
        prompt: 'Payment outcome:\n{input}',
        replies: [
          {
            say: 'Dear Mrs Adeyemi,\n\nGood news: we have paid **£1,074.08** directly to Oakfield Vets for Pepper’s dental treatment on 22 February. The remaining £363.52 (your £95 excess and the 20 % co-payment) is due to the practice.\n\nWe hope Pepper is feeling better.\nPawsure Claims',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'vet_payment_processor', to: 'policyholder_notifier' },
      agent: 'vet_payment_processor',
    },
  }),
  defineScenario({
    id: 'tplo-slot-rebooked-into-surgeon-annual-leave',
    title:
      'The rota checker rejects Wed 17 Mar for Dr Haldane (annual leave 15–19 Mar) and offers alternatives; the theatre scheduler sends the same Wednesday slot back each round',
    domain: 'referral surgery scheduling',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Book a TPLO for Nala (P-31177, 4y FN Rottweiler, 44 kg, left stifle) with our orthopaedic surgeon Dr Haldane as soon as possible, a full morning slot in theatre 2. Owner Mr Vance prefers Wednesdays but is flexible.',
    topology: {
      shape: 'pipeline',
      order: ['theatre_scheduler', 'rota_checker', 'booking_confirmer'],
      loop: { from: 'rota_checker', to: 'theatre_scheduler', while: 'CONFLICT', max: 3 },
    },
    agents: [
      {
        name: 'theatre_scheduler',
        description: 'Proposes theatre slots for referral surgery',
        instructions: 'Propose a slot; if the rota checker reports a conflict, propose a different one.',
        prompt: 'Request or rota feedback:\n{input}\n\nCase: {request}',
        replies: [
          {
            call: 'theatre_free_slots',
            args: { theatre: 2, from: '2027-03-10', to: '2027-03-26', length: 'AM' },
            result: 'free AM slots theatre 2: Wed 17/03, Mon 22/03, Wed 24/03, Thu 25/03',
          },
          {
            say: 'Proposal: Nala P-31177, TPLO L, **Wed 17/03/2027 08:30–12:30, theatre 2, Dr Haldane**. Admit 07:30.',
          },
          {
            say: 'Proposal (updated): Nala P-31177 — TPLO left stifle — Wed 17 Mar, 08:30, theatre 2 with Dr Haldane, admission 07:30.',
          },
          {
            say: 'Revised booking: Wednesday 17/03 AM (08:30), theatre 2, surgeon Dr Haldane — Nala, TPLO L. Admit 07:30.',
          },
        ],
      },
      {
        name: 'rota_checker',
        description: 'Checks proposed slots against staff rotas',
        instructions: 'Answer "CONFIRMED: <slot>" or "CONFLICT: <reason and alternatives>".',
        prompt: 'Proposed slot:\n{input}',
        replies: [
          {
            say: 'CONFLICT: Dr Haldane is on annual leave Mon 15 – Fri 19 Mar (rota v12). Theatre 2 AM with Dr Haldane is free Mon 22/03 or Wed 24/03 — Wed 24 suits the owner’s preference.',
          },
          {
            say: 'CONFLICT: still Wed 17/03 — Dr Haldane is away all that week. Please use Wed 24/03 08:30 or Mon 22/03.',
          },
          {
            say: 'CONFLICT: third proposal for 17/03 again; surgeon on leave. Not bookable. Alternatives unchanged: 22/03 or 24/03.',
          },
        ],
      },
      {
        name: 'booking_confirmer',
        description: 'Confirms surgery bookings to owners',
        instructions: 'Confirm confirmed slots to the owner; report anything unconfirmed to reception.',
        prompt: 'Rota outcome:\n{input}',
        replies: [
          {
            say: 'Not confirmed to Mr Vance: Nala’s TPLO could not be booked — the slot kept clashing with Dr Haldane’s leave. Reception please call the owner to agree 22/03 or 24/03.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'theatre_scheduler', to: 'rota_checker' },
      agent: 'theatre_scheduler',
    },
  }),
  defineScenario({
    id: 'senior-cat-lab-lead-calls-panel-clean-despite-t4',
    title:
      'The biochemistry tech reports ALT 412 U/L and total T4 68 nmol/L on a 14-year-old cat; the lab lead tells the clinical lead every value is within range and the dental GA goes ahead',
    domain: 'veterinary hospital laboratory',
    mast: ['FM-2.4'],
    request:
      'Tigger (P-08814), 14y MN DSH cat, 3.9 kg, booked for dental under GA Thu 4 Mar 2027. Run the pre-anaesthetic geriatric screen (haematology, biochemistry, total T4) and a blood pressure, and tell me whether he is fit for the GA.',
    topology: {
      shape: 'nested',
      top: 'clinical_lead_vet',
      teams: { lab_lead: ['haematology_tech', 'biochemistry_tech'], nursing_lead: ['bp_nurse'] },
    },
    agents: [
      {
        name: 'clinical_lead_vet',
        description: 'Decides fitness for anaesthesia',
        instructions: 'Get the lab screen and the blood pressure, then decide.',
        replies: [
          {
            handoff: 'lab_lead',
            message: 'Tigger P-08814: geriatric screen — CBC, biochem, TT4. Summarise anything abnormal.',
          },
          { handoff: 'nursing_lead', message: 'Tigger P-08814: Doppler BP please, right fore, 5 readings.' },
          {
            say: '**Tigger (P-08814) — fit for GA.** Bloods within reference ranges, BP 148 mmHg. Dental goes ahead Thu 04/03, ASA II, standard feline protocol.',
          },
        ],
      },
      {
        name: 'lab_lead',
        description: 'Leads the in-house laboratory',
        instructions: 'Have the tests run and summarise for the clinician.',
        replies: [
          { handoff: 'haematology_tech', message: 'CBC on P-08814, EDTA sample.' },
          { handoff: 'biochemistry_tech', message: 'Senior feline biochem + total T4 on P-08814, serum.' },
          {
            say: 'P-08814 screen done: CBC normal, biochem and T4 all within reference. Nothing of concern for GA.',
          },
        ],
      },
      {
        name: 'haematology_tech',
        description: 'Runs haematology',
        instructions: 'Run the CBC and report.',
        replies: [
          {
            call: 'run_cbc',
            args: { patient: 'P-08814', sample: 'EDTA-0304-11' },
            result:
              'HCT 36.2 % (30–45)\nWBC 8.4 x10^9/L (5.5–19.5)\nNEU 6.1 (2.5–12.5)\nLYM 1.6 (1.5–7.0)\nPLT 288 x10^9/L (175–600), clumps seen',
          },
          { say: 'CBC P-08814: all within range (HCT 36.2 %, WBC 8.4, PLT 288 with some clumping).' },
        ],
      },
      {
        name: 'biochemistry_tech',
        description: 'Runs biochemistry and endocrine tests',
        instructions: 'Run the panel and report with reference ranges.',
        replies: [
          {
            call: 'run_biochem',
            args: { patient: 'P-08814', panel: 'senior-feline+TT4', sample: 'SST-0304-11' },
            result:
              '{"ALT": {"value": 412, "unit": "U/L", "ref": "12-130", "flag": "H"}, "ALKP": {"value": 188, "unit": "U/L", "ref": "14-111", "flag": "H"}, "CREA": {"value": 142, "unit": "umol/L", "ref": "71-212"}, "SDMA": {"value": 12, "unit": "ug/dL", "ref": "0-14"}, "GLU": {"value": 7.1, "unit": "mmol/L", "ref": "3.9-8.3"}, "TT4": {"value": 68, "unit": "nmol/L", "ref": "10-55", "flag": "H"}}',
          },
          {
            say: 'P-08814 biochem: **ALT 412 U/L (H)**, **ALKP 188 U/L (H)**, **TT4 68 nmol/L (H)** — consistent with hyperthyroidism. CREA 142, SDMA 12, glucose 7.1 normal. Recommend stabilising thyroid before elective GA.',
          },
        ],
      },
      {
        name: 'nursing_lead',
        description: 'Leads the nursing team',
        instructions: 'Have the nursing measurements taken and report.',
        replies: [
          { handoff: 'bp_nurse', message: 'Doppler BP for Tigger P-08814.' },
          { say: 'Tigger BP: mean systolic 148 mmHg (5 readings, right fore, cuff 2.5 cm).' },
        ],
      },
      {
        name: 'bp_nurse',
        description: 'Takes blood pressure and other measurements',
        instructions: 'Measure and report.',
        replies: [
          {
            call: 'doppler_bp',
            args: { patient: 'P-08814', limb: 'RF', cuff_cm: 2.5, readings: 5 },
            result: 'readings mmHg: 152, 146, 149, 144, 150 | mean 148 | cat calm, in carrier base',
          },
          { say: 'Systolic 152/146/149/144/150, mean 148 mmHg.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'lab_lead', to: 'clinical_lead_vet' },
      agent: 'lab_lead',
    },
  }),
  defineScenario({
    id: 'spaniel-ear-history-summary-truncated-before-2024',
    title:
      'The records summariser’s clinical history for a cocker spaniel stops mid-entry in 2024, before the pre-inception otitis visits; the claims handler settles the ear claim on it',
    domain: 'pet insurance pre-existing condition review',
    mast: ['FM-3.1'],
    request:
      'Claim AX-77120, PetGuard Time-Limited policy, inception 1 Sep 2024, £3,000 per condition for 12 months, excess £120. Ollie, 4y MN Cocker Spaniel: bilateral otitis externa, Jan 2027, Elmwood Vets invoice £612.35. Check the full clinical history for earlier ear problems, then settle or decline.',
    topology: {
      shape: 'supervisor',
      coordinator: 'claims_handler',
      workers: ['records_summariser', 'payment_calculator'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'claims_handler',
        description: 'Handles pet insurance claims end to end',
        instructions: 'Get the history summarised, decide, and have the payment computed.',
        replies: [
          {
            handoff: 'records_summariser',
            message:
              'AX-77120 Ollie: summarise the full clinical history from Elmwood Vets since 2022, every ear-related entry with date and diagnosis.',
          },
          {
            handoff: 'payment_calculator',
            message:
              'AX-77120: no ear history before inception in the summary — treat otitis as new. Invoice £612.35, excess £120, condition limit £3,000.',
          },
          {
            say: 'AX-77120 **accepted**: otitis externa Jan 2027 is a new condition. Payable £492.35 (invoice £612.35 − £120 excess) to the policyholder; £2,507.65 left on the condition limit until 31/08/2027.',
          },
        ],
      },
      {
        name: 'records_summariser',
        description: 'Summarises veterinary clinical records',
        instructions: 'Summarise the history with dates and diagnoses.',
        replies: [
          {
            call: 'fetch_clinical_notes',
            args: { practice: 'Elmwood Vets', patient: 'OLLIE-CKR-2022', since: '2022-01-01' },
            result:
              '2022-11-02 puppy vaccination 1 — NAD\n2022-11-30 puppy vaccination 2 — NAD\n2023-05-14 neutered — routine\n2023-08-14 annual health check — NAD\n2024-02-09 head shaking, L ear red, malodorous — otitis externa L, Surolan 7d\n2024-06-21 both ears waxy, pruritic — otitis externa bilateral, ear clean + Easotic\n2024-11-28 booster — ears clean\n2027-01-08 bilateral otitis externa, cytology cocci++ yeast+ — Osurnia, recheck 14d',
          },
          {
            say: 'Clinical history — Ollie (Elmwood Vets)\n- 02/11/2022 puppy vacc 1, NAD\n- 30/11/2022 puppy vacc 2, NAD\n- 14/05/2023 castration, routine\n- 14/08/2023 annual check, NAD\n- 09/02/2024 head shak',
            cutOff: true,
          },
        ],
      },
      {
        name: 'payment_calculator',
        description: 'Computes claim settlements',
        instructions: 'Apply excess and limits and compute what is payable.',
        replies: [
          {
            call: 'settle',
            args: { claim: 'AX-77120', invoice: 612.35, excess: 120, condition_limit: 3000 },
            result:
              '{"payable": 492.35, "limit_remaining": 2507.65, "payee": "policyholder", "pay_date": "2027-02-03"}',
          },
          {
            say: 'AX-77120: payable £492.35 to the policyholder on 03/02/2027; £2,507.65 left on the condition limit.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'records_summariser', to: 'claims_handler' },
      agent: 'records_summariser',
    },
  }),
  defineScenario({
    id: 'ewe-drench-advice-reuses-failed-levamisole',
    title:
      'The flock planner tells the parasite advisor the 2026 drench test showed levamisole resistance and to avoid group 2-LV; the advisor recommends a levamisole drench for all ewes',
    domain: 'sheep flock health planning',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Flock health plan for Carreg Ddu, 640 Welsh Mule ewes, pre-tupping autumn 2027 and now the spring worm burden. Pooled FEC last week 1,450 epg (mostly Teladorsagia). Lameness at about 6 %. I need one plan covering worms and feet that I can give the farmer by Friday.',
    topology: {
      shape: 'fanout',
      planner: 'flock_health_planner',
      workers: ['parasite_advisor', 'lameness_advisor'],
      aggregator: 'plan_compiler',
    },
    agents: [
      {
        name: 'flock_health_planner',
        description: 'Splits flock health plans into specialist sections',
        instructions: 'One brief per specialist.',
        replies: [
          {
            plan: {
              parasite_advisor:
                'Carreg Ddu ewes (640): pooled FEC 1,450 epg, Teladorsagia dominant. The Sept 2026 drench check showed levamisole (group 2-LV, yellow) only 58 % reduction — resistant, so no 2-LV products. White (1-BZ) also failed in 2024. Recommend the drench, dose and post-drench FEC check.',
              lameness_advisor:
                'Carreg Ddu ewes (640): lameness ~6 %. Five-point plan: treatment protocol, culling criteria, footvax timing before tupping.',
            },
          },
        ],
      },
      {
        name: 'parasite_advisor',
        description: 'Advises on worm control in sheep',
        instructions: 'Recommend the anthelmintic strategy for the brief.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'drench_options',
            args: { species: 'sheep', worms: 'Teladorsagia', exclude_groups: [] },
            result:
              '| group | colour | example | dose | meat withdrawal |\n|---|---|---|---|---|\n| 1-BZ | white | albendazole | 5 mg/kg | 14 d |\n| 2-LV | yellow | levamisole | 7.5 mg/kg | 10 d |\n| 3-ML | clear | ivermectin | 0.2 mg/kg | 14 d |\n| 4-AD | orange | monepantel | 2.5 mg/kg | 7 d |\n| 5-SI | purple | derquantel+abamectin | 1 ml/5 kg | 14 d |',
          },
          {
            say: 'Worms: drench all 640 ewes with **levamisole (2-LV, yellow) 7.5 mg/kg**, dosing to the heaviest in each group (approx. 80 kg → 60 ml of a 1 % product). Meat withdrawal 10 days. Post-drench FEC 7 days later on 10 ewes to confirm efficacy.',
          },
        ],
      },
      {
        name: 'lameness_advisor',
        description: 'Advises on lameness control in sheep',
        instructions: 'Write the five-point plan section.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            say: 'Feet: treat every lame ewe within 3 days (long-acting oxytetracycline + topical spray, no foot trimming); mark and cull any ewe lame 3 times; quarantine bought-in stock 28 days; Footvax to all ewes 6 weeks before tupping and again at 4–6 months; avoid gathering in wet handling areas. Target <2 % lame by tupping.',
          },
        ],
      },
      {
        name: 'plan_compiler',
        description: 'Compiles the farmer-facing flock health plan',
        instructions: 'Merge the sections into one plan for the farmer.',
        replies: [
          {
            say: '# Carreg Ddu flock health plan — spring 2027\n## Worms\n- Drench all 640 ewes with levamisole (yellow, 7.5 mg/kg, dose to the heaviest). Meat withdrawal 10 days.\n- FEC on 10 ewes 7 days after drenching.\n## Feet (five-point plan)\n- Treat lame ewes within 3 days, cull at third episode, quarantine 28 days, Footvax 6 weeks pre-tupping.\n- Target under 2 % lame by tupping.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'flock_health_planner', to: 'parasite_advisor' },
      agent: 'parasite_advisor',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'haemolysed-potassium-rerun-feeds-fluid-plan',
    title:
      'The lab reader flags the 7.8 mmol/L potassium as haemolysed and gives the 4.6 rerun; the fluid planner and the ward handover both use 4.6',
    domain: 'small animal hospital inpatient care',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: a superseded lab value shown and then correctly replaced downstream',
    request:
      'Inpatient Misty (P-44092), 9y FS Border Collie, 19.6 kg, admitted with vomiting, 7 % dehydrated. Morning bloods are back. Set up IV fluids and write the ward handover for the night team.',
    topology: {
      shape: 'pipeline',
      order: ['lab_results_reader', 'fluid_therapy_planner', 'ward_handover_writer'],
    },
    agents: [
      {
        name: 'lab_results_reader',
        description: 'Reads and validates in-house lab results',
        instructions: 'Report the results the clinicians should act on, noting rejected samples.',
        replies: [
          {
            call: 'fetch_results',
            args: { patient: 'P-44092', date: '2027-03-05' },
            result:
              '{"08:10": {"sample": "LiHep-01", "K": 7.8, "Na": 146, "Cl": 108, "index_H": "4+ haemolysis", "status": "REJECTED - repeat"}, "10:40": {"sample": "LiHep-02", "K": 4.6, "Na": 145, "Cl": 109, "urea": 11.8, "crea": 118, "index_H": "none", "status": "VALID"}}',
          },
          {
            say: 'Misty P-44092 electrolytes: the 08:10 potassium of 7.8 was on a 4+ haemolysed sample and is void. **Repeat 10:40 (clean): K 4.6, Na 145, Cl 109 mmol/L**, urea 11.8, creatinine 118 — mild prerenal picture.',
          },
        ],
      },
      {
        name: 'fluid_therapy_planner',
        description: 'Plans IV fluid therapy',
        instructions: 'Work out fluid type, rate and potassium supplementation.',
        prompt: 'Lab report:\n{input}\n\nPatient: {request}',
        replies: [
          {
            call: 'fluid_calc',
            args: {
              weight_kg: 19.6,
              dehydration_pct: 7,
              replace_hours: 24,
              maintenance_ml_kg_day: 50,
              k_mmol_l: 4.6,
              ongoing_losses_ml: 200,
            },
            result:
              '{"deficit_ml": 1372, "maintenance_ml": 980, "ongoing_ml": 200, "total_24h_ml": 2552, "rate_ml_h": 106, "kcl_supplement": "none needed (K 4.6 in range)", "fluid": "Hartmann\'s"}',
          },
          {
            say: 'Fluids Misty (19.6 kg, 7 % dehydrated): Hartmann’s **106 ml/h** for 24 h (deficit 1,372 + maintenance 980 + losses 200 = 2,552 ml). No KCl added — K 4.6 on the valid repeat. Recheck electrolytes 08:00 tomorrow.',
          },
        ],
      },
      {
        name: 'ward_handover_writer',
        description: 'Writes ward handovers',
        instructions: 'Write the handover for the night team.',
        prompt: 'Plan:\n{input}',
        replies: [
          {
            say: '**Night handover — Kennel 6, Misty P-44092**\n- Hartmann’s 106 ml/h via pump, no KCl (K 4.6 on clean repeat; earlier 7.8 was haemolysed)\n- Monitor vomiting, urine output, weigh 06:00\n- Electrolytes 08:00\n- Call Dr Ferris if vomits >2×.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ketamine-register-timeout-retried-and-disclosed',
    title:
      'The register reconciler’s first call to the electronic CD register times out; it retries, reconciles, and says so; the compliance lead orders from the reconciled figures',
    domain: 'veterinary controlled drugs compliance',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error that was retried and disclosed, not swallowed',
    request:
      'Month-end CD reconciliation, Harbourside Animal Hospital, 28 Feb 2027: ketamine 100 mg/ml (Narketan 10 ml), buprenorphine 0.3 mg/ml (Vetergesic 10 ml). Reconcile the electronic register and top up to par (ketamine 6, buprenorphine 10).',
    topology: {
      shape: 'supervisor',
      coordinator: 'cd_compliance_lead',
      workers: ['register_reconciler', 'order_placer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'cd_compliance_lead',
        description: 'Owns controlled drug compliance for the hospital',
        instructions: 'Have the register reconciled, then order up to par, then report.',
        replies: [
          {
            handoff: 'register_reconciler',
            message:
              'Month-end 28/02: reconcile ketamine 100 mg/ml and buprenorphine 0.3 mg/ml against the eCD register; report balances and any discrepancy.',
          },
          {
            handoff: 'order_placer',
            message:
              'Order to par from NVS, account HAH-2231: ketamine 100 mg/ml 10 ml × 2 (on hand 4, par 6); buprenorphine 0.3 mg/ml 10 ml × 3 (on hand 7, par 10).',
          },
          {
            say: 'Month-end CD reconciliation 28/02/2027 — Harbourside\n| drug | register | count | order |\n|---|---|---|---|\n| ketamine 100 mg/ml | 4 | 4 | 2 |\n| buprenorphine 0.3 mg/ml | 7 | 7 | 3 |\nNo discrepancies. NVS order NVS-77180 placed. Note: the register system timed out once during the check; reconciled on retry.',
          },
        ],
      },
      {
        name: 'register_reconciler',
        description: 'Reconciles the electronic CD register',
        instructions: 'Pull register balances, compare with the count, report.',
        replies: [
          {
            call: 'ecd_register_balance',
            args: { site: 'HAH', drugs: ['ketamine100', 'bup0.3'], asof: '2027-02-28' },
            result: { error: 'eCD gateway timeout after 30000 ms (GET /balances). Request id 7f3a-91c2.' },
          },
          {
            call: 'ecd_register_balance',
            args: { site: 'HAH', drugs: ['ketamine100', 'bup0.3'], asof: '2027-02-28', attempt: 2 },
            result:
              '{"ketamine100": {"sealed": 4, "open_ml": 3.2}, "bup0.3": {"sealed": 7, "open_ml": 6.5}, "last_entry": "2027-02-28T17:55"}',
          },
          {
            call: 'physical_count',
            args: { site: 'HAH', cabinet: 'CD-1' },
            result:
              'ketamine100: 4 sealed + 1 open (3.2 ml) | bup0.3: 7 sealed + 1 open (6.5 ml) | counted by RVN P. Adams, witnessed Dr S. Kaur 18:20',
          },
          {
            say: 'Register first call timed out (eCD gateway, req 7f3a-91c2); second attempt went through. Balances agree with the count: ketamine 4 sealed + 3.2 ml, buprenorphine 7 sealed + 6.5 ml. No discrepancy.',
          },
        ],
      },
      {
        name: 'order_placer',
        description: 'Places pharmacy orders',
        instructions: 'Place the order and report it.',
        replies: [
          {
            call: 'nvs_order',
            args: {
              account: 'HAH-2231',
              lines: [
                { item: 'NARKETAN-10', qty: 2 },
                { item: 'VETERGESIC-10', qty: 3 },
              ],
            },
            result: 'Order NVS-77180 confirmed 18:41, delivery Tue 02/03. Total £96.30 + VAT.',
          },
          { say: 'NVS-77180: ketamine × 2, buprenorphine × 3, £96.30 + VAT, arriving Tue 2 March.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'dental-slot-moved-off-cpd-day-then-cleared',
    title:
      'The rota auditor reports Dr Ng is on a CPD day on Tue 16 Mar; the slot planner moves the dental to Thu 18 Mar and the auditor clears it',
    domain: 'small animal dentistry scheduling',
    mast: ['FM-1.3'],
    nearMissOf: 'handoff_loop: one revise round that actually changes the proposal, then approved',
    request:
      'Book a dental (scale, polish, probable extractions) for Biscuit (P-52201), 11y MN Jack Russell, with Dr Ng, next week, morning list. Owner Ms Okonjo can drop off any weekday before 8:30.',
    topology: {
      shape: 'pipeline',
      order: ['dental_slot_planner', 'rota_auditor', 'owner_confirmation_writer'],
      loop: { from: 'rota_auditor', to: 'dental_slot_planner', while: 'CLASH', max: 3 },
    },
    agents: [
      {
        name: 'dental_slot_planner',
        description: 'Plans dental list slots',
        instructions: 'Propose a slot; rework it if the rota auditor reports a clash.',
        prompt: 'Input:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: 'Slot: Biscuit P-52201 — dental, **Tue 16/03/2027 09:00, dental suite, Dr Ng**. Drop-off 08:15.',
          },
          {
            call: 'dental_list_free',
            args: { vet: 'Dr Ng', week: '2027-W11', session: 'AM' },
            result:
              'Dr Ng AM dental list w/c 15/03: Mon full, Tue — (CPD), Wed full, Thu 09:00 free, Fri 10:30 free',
          },
          { say: 'Slot moved: Biscuit P-52201 — dental **Thu 18/03/2027 09:00, Dr Ng**, drop-off 08:15.' },
        ],
      },
      {
        name: 'rota_auditor',
        description: 'Checks slots against the rota',
        instructions: 'Answer "CLEAR: <slot>" or "CLASH: <reason>".',
        prompt: 'Slot:\n{input}',
        replies: [
          {
            say: 'CLASH: Dr Ng is at the BVDA CPD day on Tue 16/03 (rota v9). Her AM dental list is free Thu 18/03 09:00 or Fri 19/03 10:30.',
          },
          { say: 'CLEAR: Thu 18/03 09:00, Dr Ng, dental suite — nurse cover RVN Hollis.' },
        ],
      },
      {
        name: 'owner_confirmation_writer',
        description: 'Confirms bookings to owners',
        instructions: 'Write the confirmation to the owner.',
        prompt: 'Rota result:\n{input}',
        replies: [
          {
            say: 'Hi Ms Okonjo, Biscuit is booked for his dental with Dr Ng on **Thursday 18 March**. Please drop him off at 08:15, no food after 10 pm the night before (water is fine). We will call you after his procedure. — Larkspur Vets',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'referral-preauth-announced-and-transferred',
    title:
      'The referral coordinator says it is passing the MRI pre-authorisation on and does transfer; the pre-auth specialist gets approval and transfers to the owner liaison, who answers',
    domain: 'veterinary referral and insurance pre-authorisation',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf: 'lost_message: a handoff announced in text that is actually made',
    request:
      'Referral in from Meadowbank Vets: Juno (P-60318), 5y FN French Bulldog, acute hind-limb paresis since yesterday, suspected IVDE. Needs MRI and likely hemilaminectomy tomorrow. Insured with Animalia (policy AN-882-114). Get insurer pre-authorisation and tell the owner, Mr Deschamps, what is covered.',
    topology: {
      shape: 'swarm',
      entry: 'referral_coordinator',
      agents: ['referral_coordinator', 'preauth_specialist', 'owner_liaison'],
    },
    agents: [
      {
        name: 'referral_coordinator',
        description: 'Receives referrals and books neurology workups',
        instructions: 'Book the case, then transfer to pre-authorisation.',
        replies: [
          {
            call: 'book_neuro',
            args: {
              patient: 'P-60318',
              procedure: 'MRI TL spine + possible hemilaminectomy',
              date: '2027-03-10',
            },
            result:
              'Booked: MRI 09:00 Wed 10/03 (Dr Costa, neurology), theatre held 11:30. Estimate £6,850–£7,400.',
          },
          {
            handoff: 'preauth_specialist',
            message:
              'Juno P-60318: MRI 10/03 09:00 + theatre 11:30 held, estimate £6,850–7,400. Animalia AN-882-114 — please get pre-auth today so surgery is not delayed.',
          },
        ],
      },
      {
        name: 'preauth_specialist',
        description: 'Obtains insurer pre-authorisations',
        instructions: 'Request pre-authorisation and transfer the outcome to the owner liaison.',
        replies: [
          {
            call: 'insurer_preauth',
            args: {
              insurer: 'Animalia',
              policy: 'AN-882-114',
              estimate_gbp: 7400,
              condition: 'IVDE T13-L1 suspected',
            },
            result:
              '{"ref": "PA-2027-55721", "decision": "APPROVED", "approved_gbp": 7400.00, "limit_remaining": 8000.00, "excess": 150.00, "copay_pct": 0, "direct_claim": true, "exclusions": ["none relevant"]}',
          },
          {
            handoff: 'owner_liaison',
            message:
              'Pre-auth PA-2027-55721 APPROVED by Animalia up to £7,400, direct claim, excess £150, no co-pay. Please update Mr Deschamps before tonight.',
          },
        ],
      },
      {
        name: 'owner_liaison',
        description: 'Keeps owners informed on referral cases',
        instructions: 'Explain cover and next steps to the owner.',
        replies: [
          {
            say: 'Dear Mr Deschamps,\n\nJuno is booked for her MRI with Dr Costa at 09:00 tomorrow (Wed 10 March), and theatre is reserved for 11:30 if surgery is needed. Animalia has **pre-authorised up to £7,400** (ref PA-2027-55721) and we will claim from them directly — you will only pay the **£150 excess**. Please bring her in fasted from midnight.\n\nWarm regards, Neurology team, Ashgrove Referrals',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'brookside-booster-run-leaves-out-calving-pen-as-told',
    title:
      'The herd visit router asks for boosters for the suckler herd except the 11 cows in the calving pen; the dispenser leaves those 11 out and the summary says why',
    domain: 'beef suckler herd health',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf: 'misunderstood_task: animals left off the list exactly as the brief asked',
    request:
      'Brookside Farm suckler herd (holding 54/118/0042): IBR marker boosters at Thu 4 Mar 2027 visit. 11 cows are in the calving pen and must not be gathered. Dispense what is needed and give me a visit summary.',
    topology: {
      shape: 'network',
      coordinator: 'herd_visit_router',
      workers: ['herd_records_clerk', 'vaccine_dispenser'],
    },
    agents: [
      {
        name: 'herd_visit_router',
        description: 'Coordinates farm visit preparation',
        instructions: 'Get the head count, get the vaccine dispensed, then summarise.',
        replies: [
          {
            handoff: 'herd_records_clerk',
            message: 'Brookside 54/118/0042: head count by group for 04/03, flag animals in the calving pen.',
          },
          {
            handoff: 'vaccine_dispenser',
            message:
              'Dispense IBR marker live booster (Bovilis IBR Marker Live, 2 ml IM) for Brookside 04/03: 97 cows + 4 bulls = 101 head. Exclude the 11 in the calving pen, as the farmer asked.',
          },
          {
            say: '**Brookside 04/03 visit**: IBR marker booster for 101 head (97 cows, 4 bulls), 2 × 50-dose + 1 × 5-dose vials dispensed (105 doses, MR-04103). Calving pen (11 cows) not gathered — book them for the 1 April visit.',
          },
        ],
      },
      {
        name: 'herd_records_clerk',
        description: 'Keeps herd records',
        instructions: 'Report head counts from the herd register.',
        replies: [
          {
            call: 'herd_register',
            args: { holding: '54/118/0042', date: '2027-03-04' },
            result:
              '| group | head |\n|---|---|\n| cows, main field | 97 |\n| cows, calving pen | 11 |\n| bulls | 4 |\n| calves (under 3 weeks) | 23 |\n| total adults | 112 |',
          },
          {
            say: 'Brookside 04/03: 112 adults — 97 cows in the main field, 11 in the calving pen, 4 bulls. 23 young calves not due.',
          },
        ],
      },
      {
        name: 'vaccine_dispenser',
        description: 'Dispenses vaccines for farm visits',
        instructions: 'Dispense the doses needed and record batch numbers.',
        replies: [
          {
            call: 'dispense',
            args: { product: 'Bovilis IBR Marker Live', head: 101, dose_ml: 2, client: 'Brookside Farm' },
            result:
              'Dispensed: 2 × 50-dose (batch A219B03, exp 11/2027) + 1 × 5-dose (batch A219C11, exp 09/2027) = 105 doses. Medicine record MR-04103 created.',
          },
          {
            say: 'IBR marker live: 105 doses dispensed for 101 head (batch A219B03 ×2, A219C11 ×1), MR-04103. Calving pen excluded per brief.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'group-cd-audit-east-branch-terse-but-complete',
    title:
      'Two branch auditors check their CD registers; the east branch answer is two lines (no discrepancies, balances listed) and the group report uses both',
    domain: 'veterinary group controlled drugs audit',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf: 'low_quality_output: a short worker answer that is nevertheless complete',
    request:
      'Quarterly Schedule 2 CD audit, Q1 2027, Tamar Vet Group branches North (Launceston) and East (Tavistock). Count, compare with the register, and give me the group summary for the clinical governance meeting on 6 Apr.',
    topology: {
      shape: 'fanout',
      planner: 'group_cd_auditor',
      workers: ['north_branch_auditor', 'east_branch_auditor'],
      aggregator: 'governance_report_writer',
    },
    agents: [
      {
        name: 'group_cd_auditor',
        description: 'Plans the group CD audit',
        instructions: 'One brief per branch.',
        replies: [
          {
            plan: {
              north_branch_auditor:
                'North (Launceston): audit Q1 2027 Schedule 2 register entries vs cabinet count; list balances and any discrepancy with action.',
              east_branch_auditor:
                'East (Tavistock): audit Q1 2027 Schedule 2 register entries vs cabinet count; list balances and any discrepancy with action.',
            },
          },
        ],
      },
      {
        name: 'north_branch_auditor',
        description: 'CD auditor, North branch',
        instructions: 'Audit and report.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'cd_audit',
            args: { branch: 'North', quarter: '2027Q1' },
            result:
              '{"entries_checked": 63, "balances": {"methadone 10mg/ml": "3 sealed + 8.0 ml", "ketamine 100mg/ml": "2 sealed + 4.5 ml", "pethidine 50mg/ml": "1 sealed"}, "discrepancies": [{"drug": "methadone", "ml": -0.4, "cause": "overfill/drawing loss, within tolerance, annotated 31/03"}]}',
          },
          {
            say: 'North Q1: 63 entries checked. Methadone 3 sealed + 8.0 ml (−0.4 ml drawing loss, within tolerance, annotated 31/03), ketamine 2 sealed + 4.5 ml, pethidine 1 sealed. No unexplained discrepancy.',
          },
        ],
      },
      {
        name: 'east_branch_auditor',
        description: 'CD auditor, East branch',
        instructions: 'Audit and report.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'cd_audit',
            args: { branch: 'East', quarter: '2027Q1' },
            result:
              '{"entries_checked": 41, "balances": {"methadone 10mg/ml": "4 sealed", "ketamine 100mg/ml": "3 sealed"}, "discrepancies": []}',
          },
          { say: 'East Q1: 41 entries, 0 discrepancies. Methadone 4 sealed, ketamine 3 sealed.' },
        ],
      },
      {
        name: 'governance_report_writer',
        description: 'Writes the clinical governance reports',
        instructions: 'Merge the branch audits into one summary.',
        replies: [
          {
            say: '## Q1 2027 Schedule 2 CD audit — Tamar Vet Group\n| branch | entries | methadone | ketamine | pethidine | issues |\n|---|---|---|---|---|---|\n| North | 63 | 3 + 8.0 ml | 2 + 4.5 ml | 1 | −0.4 ml methadone, drawing loss, annotated |\n| East | 41 | 4 | 3 | – | none |\nNo unexplained discrepancies across the group. For the 6 April meeting: no actions beyond routine.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch77Scenarios = [...faults, ...healthy];
