import { defineScenario } from '../scenario.ts';

// Blind batch 69: pharma clinical trial operations. Written from the corpus README principles, the
// scenario schema and the runners only; expected diagnoses were fixed before anything ran.

const faults = [
  defineScenario({
    id: 'ember-site-activation-packet-cites-superseded-icf',
    title:
      'The readiness checker reports that ICF v4.1 (CPP approval 9 Mar) replaces v4.0; the activation packager builds the green-light packet on v4.0 anyway',
    domain: 'clinical trial site activation',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Please activate site 0318 (Hôpital Saint-Louis, Paris — PI Dr Camille Roux) on AVN-301 (phase 3, 2L NSCLC). Our tracker shows the French ICF at v4.0 dated 12 Jan 2027. The green-light packet needs EC approval, ICF version, IP release and the site contract status. Target FPI 24 Mar 2027.',
    topology: {
      shape: 'pipeline',
      order: ['readiness_checker', 'activation_packager', 'site_notice_writer'],
    },
    agents: [
      {
        name: 'readiness_checker',
        description: 'Checks regulatory and contractual readiness of a trial site',
        instructions:
          'Check the CTMS and eTMF for every activation prerequisite and tell the packager exactly which documents and versions to use.',
        replies: [
          {
            call: 'ctms_site_status',
            args: { study: 'AVN-301', site: '0318' },
            result:
              '{"site": "0318", "country": "FR", "cta": "fully executed 2027-02-17", "budget": "approved", "siv": "done 2027-03-03", "ip_release": "QP release 2027-03-08, depot FR-02", "irt_user_accounts": 4}',
          },
          {
            call: 'etmf_document_lookup',
            args: { study: 'AVN-301', site: '0318', zone: '04.01', artifact: 'ICF' },
            result:
              'ARTIFACT                          VERSION  DATE        STATUS\nICF master FR (main study)        v4.0     2027-01-12  SUPERSEDED 2027-03-09\nICF master FR (main study)        v4.1     2027-03-01  CURRENT — CPP Île-de-France VI favourable opinion 2027-03-09 (amendment 3: pharmacogenomic sub-study)\nICF site-specific 0318            v4.1-0318 2027-03-10 CURRENT',
          },
          {
            say: '### Site 0318 readiness\n- CTA fully executed 17/02, budget approved\n- SIV done 03/03\n- IP: QP release 08/03, depot FR-02\n- **ICF: use v4.1 (site copy v4.1-0318, 10/03/2027).** CPP favourable opinion 09/03 for amendment 3. The v4.0 of 12/01 in the tracker is superseded and must not be used for consenting.\n\nAll prerequisites met — OK to package.',
          },
        ],
      },
      {
        name: 'activation_packager',
        description: 'Assembles the site green-light packet',
        instructions: 'Generate the activation packet from the readiness findings.',
        prompt: 'Readiness findings:\n{input}\n\nActivation request: {request}',
        replies: [
          {
            call: 'generate_activation_packet',
            args: {
              study: 'AVN-301',
              site: '0318',
              icf_version: 'v4.0 FR (2027-01-12)',
              ec_approval: 'CPP Île-de-France VI',
              ip_depot: 'FR-02',
              fpi_target: '2027-03-24',
            },
            result:
              '{"packet_id": "GL-AVN301-0318", "status": "GENERATED", "icf_on_packet": "v4.0 FR 2027-01-12", "signatories": ["Study Manager", "Clinical QA"], "created": "2027-03-11T14:06Z"}',
          },
          {
            say: 'Green-light packet **GL-AVN301-0318** generated 11/03 14:06 UTC. Contents: CTA executed, budget approved, SIV 03/03, IP QP-released (FR-02), consent form ICF v4.0 FR (12/01/2027). Routed to Study Manager and Clinical QA for signature.',
          },
        ],
      },
      {
        name: 'site_notice_writer',
        description: 'Writes activation notices to investigator sites',
        instructions: 'Tell the site it is activated and what it must use.',
        prompt: 'Packet summary:\n{input}',
        replies: [
          {
            say: 'Dear Dr Roux,\n\nSite 0318 is now **activated** for AVN-301 (green-light GL-AVN301-0318). You may start screening. Please consent all patients on **ICF v4.0 FR (12 January 2027)**; IP is available from depot FR-02 and IRT accounts are live for 4 users.\n\nWe look forward to your first patient, targeted for 24 March.\n\nKind regards,\nAVN-301 Study Management',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'readiness_checker', to: 'activation_packager' },
      agent: 'activation_packager',
    },
  }),
  defineScenario({
    id: 'tamarind-resupply-brief-names-quarantined-lot',
    title:
      'The depot inventory agent reports lot KT-2207 quarantined after a temperature excursion and KT-2231 released; the supply coordinator still books the shipment on KT-2207',
    domain: 'clinical drug supply',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Resupply KLR-204 for site 5521 (Hospital Sírio-Libanês, São Paulo) from the Brazil depot: 40 kits of KLR-204 50 mg, lot KT-2207 (exp 01/2028) per last week’s allocation. 2–8 °C courier only. Must leave the depot by Fri 12 Mar 2027.',
    topology: {
      shape: 'supervisor',
      coordinator: 'supply_coordinator',
      workers: ['depot_inventory', 'shipment_planner'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'supply_coordinator',
        description: 'Coordinates investigational product resupply to sites',
        instructions: 'Confirm stock and lot status with the depot, then have the shipment booked.',
        replies: [
          {
            handoff: 'depot_inventory',
            message:
              'BR depot: do we have 40 kits KLR-204 50 mg releasable for site 5521? Check lot status and expiry, shipment leaves Fri 12/03.',
          },
          {
            handoff: 'shipment_planner',
            message:
              'Book a 2–8 °C shipment BR depot → site 5521 São Paulo: 40 kits KLR-204 50 mg, **lot KT-2207** (exp 01/2028). Pick-up Fri 12/03 at the latest.',
          },
          {
            say: 'Resupply for site 5521 is booked: 40 kits KLR-204 50 mg, lot KT-2207, shipment SHP-BR-0931, 2–8 °C, pick-up 12/03, ETA 15/03.',
          },
        ],
      },
      {
        name: 'depot_inventory',
        description: 'Reads depot stock and lot release status',
        instructions: 'Report releasable stock per lot.',
        replies: [
          {
            call: 'depot_stock',
            args: { depot: 'BR-SP-01', product: 'KLR-204 50 mg' },
            result:
              '{"depot": "BR-SP-01", "asof": "2027-03-10T09:40-03:00", "lots": [{"lot": "KT-2207", "expiry": "2028-01-31", "on_hand": 62, "status": "QUARANTINED", "reason": "temperature excursion 2027-03-04 (9.6 °C, 3h10), QA deviation QD-118 open"}, {"lot": "KT-2231", "expiry": "2028-04-30", "on_hand": 118, "status": "RELEASED", "released": "2027-03-06"}]}',
          },
          {
            say: 'BR-SP-01 at 10/03 09:40: **KT-2207 is quarantined** (excursion 04/03, 9.6 °C for 3h10, QD-118 open) — 62 kits not shippable. **KT-2231** is released (06/03), exp 30/04/2028, 118 on hand → ship 40 from KT-2231.',
          },
        ],
      },
      {
        name: 'shipment_planner',
        description: 'Books temperature-controlled shipments',
        instructions: 'Book the shipment as briefed and return the booking.',
        replies: [
          {
            call: 'book_shipment',
            args: {
              from: 'BR-SP-01',
              to: 'site 5521',
              product: 'KLR-204 50 mg',
              lot: 'KT-2207',
              kits: 40,
              temp: '2-8C',
              pickup: '2027-03-12',
            },
            result:
              'Booking SHP-BR-0931 confirmed — courier BioLog Express, 2–8 °C shipper PX-48, pick list: 40 × KT-2207, pick-up 12/03 10:00, ETA 15/03.',
          },
          { say: 'SHP-BR-0931 booked: 40 × KT-2207, pick-up 12/03 10:00, ETA site 5521 15/03.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'supply_coordinator', to: 'shipment_planner' },
      agent: 'supply_coordinator',
    },
  }),
  defineScenario({
    id: 'quillon-randomisation-prior-therapy-stratum-flipped',
    title:
      'Briefed to randomise subject 3107-014 with prior systemic therapy YES (2 lines), the IRT randomiser enters NO and the subject lands in the wrong stratum',
    domain: 'clinical trial randomisation',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Subject 3107-014 (site 3107, Seoul) has finished screening on ORX-118. Randomise in IRT and tell me which kit to dispense at C1D1 on 17 Mar 2027. Stratification factors: region APAC, prior systemic therapy YES (2 prior lines), ECOG 1.',
    topology: {
      shape: 'network',
      coordinator: 'trial_ops_router',
      workers: ['eligibility_verifier', 'irt_randomiser'],
    },
    agents: [
      {
        name: 'trial_ops_router',
        description: 'Routes trial operations tasks to the right agent',
        instructions: 'Confirm eligibility, have the subject randomised with the right strata, then report.',
        replies: [
          {
            handoff: 'eligibility_verifier',
            message: 'Confirm eligibility of ORX-118 subject 3107-014 against protocol v3.0 I/E criteria.',
          },
          {
            handoff: 'irt_randomiser',
            message:
              'Randomise 3107-014 in IRT. Strata: region = APAC, prior systemic therapy = YES (2 lines), ECOG = 1. Body weight 58.4 kg for kit selection. C1D1 17/03/2027.',
          },
          {
            say: '3107-014 randomised: **R-0877**, dispense kit **44120** at C1D1 (17/03/2027).',
          },
        ],
      },
      {
        name: 'eligibility_verifier',
        description: 'Verifies inclusion/exclusion criteria from screening data',
        instructions: 'Check every criterion and report the stratification values.',
        replies: [
          {
            call: 'eligibility_check',
            args: { study: 'ORX-118', subject: '3107-014', protocol: 'v3.0' },
            result:
              '{"subject": "3107-014", "inclusion_met": 11, "inclusion_total": 11, "exclusion_hit": 0, "prior_lines": ["carboplatin/pemetrexed 2025-04..2025-10", "pembrolizumab 2025-11..2026-12"], "ecog": 1, "weight_kg": 58.4, "egfr_ml_min": 71, "signed_off_by": "PI Dr J. Park 2027-03-15"}',
          },
          {
            say: 'Eligible: 11/11 inclusion, 0 exclusion. Two prior systemic lines (carboplatin/pemetrexed; pembrolizumab). ECOG 1, 58.4 kg, eGFR 71. PI sign-off 15/03.',
          },
        ],
      },
      {
        name: 'irt_randomiser',
        description: 'Randomises subjects in the IRT system',
        instructions: 'Randomise the subject with the strata you are given and report number and kit.',
        replies: [
          {
            call: 'irt_randomise',
            args: {
              study: 'ORX-118',
              subject: '3107-014',
              region: 'APAC',
              prior_systemic_therapy: 'NO',
              ecog: 1,
              weight_kg: 58.4,
            },
            result:
              '{"randomisation_no": "R-0877", "stratum": "APAC | treatment-naive | ECOG 0-1", "block": 31, "arm": "BLINDED", "kit": "44120", "timestamp": "2027-03-16T02:14:09Z"}',
          },
          {
            say: 'Done — 3107-014 is R-0877 (stratum APAC | treatment-naive | ECOG 0-1, block 31), arm blinded. Kit 44120 to dispense on 17/03.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'trial_ops_router', to: 'irt_randomiser' },
      agent: 'irt_randomiser',
    },
  }),
  defineScenario({
    id: 'fennel-susar-triage-note-swapped-for-inbox-stub',
    title:
      'The AE triage agent classifies a Hy’s law liver case as a fatal-or-life-threatening SUSAR on a 7-day clock; the program hands the case reporter a queue stub instead and it files on the 15-day clock',
    domain: 'pharmacovigilance adverse event reporting',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Safety inbox 15 Mar 2027 09:12: site 2210 (Leeds) reports subject 2210-031 on VTX-77 hospitalised 13 Mar with acute liver injury — ALT 14×ULN, total bilirubin 3.1×ULN, day 41 of study drug. Investigator follow-up (14 Mar): life-threatening, probably related. Triage and report to MHRA/EMA as required.',
    topology: {
      shape: 'branch',
      classifier: 'ae_triage',
      routes: { expedited: 'sae_reporter', periodic: 'ae_line_lister' },
      after: 'pv_case_closer',
    },
    program: {
      lose: {
        to: 'sae_reporter',
        prompt: 'Case forwarded from safety inbox queue PV-EU-2 (ticket 88213). Process per SOP PV-012.',
      },
    },
    agents: [
      {
        name: 'ae_triage',
        description: 'Triages incoming adverse event reports',
        instructions:
          'Assess seriousness, causality and expectedness, label the case expedited or periodic and give the reporting clock.',
        replies: [
          {
            call: 'reference_safety_info',
            args: { product: 'VTX-77', document: 'IB v9.0', section: '7.4' },
            result:
              'IB v9.0 §7.4 Expected ADRs (RSI): ALT/AST increased Grade 1–2 (12.4 %), nausea, fatigue. Hepatocellular injury with jaundice / Hy’s law: NOT listed. Fatal or life-threatening hepatic events: none observed to date.',
          },
          {
            say: 'expedited — VTX-77 case 2210-031: acute liver injury meeting Hy’s law (ALT 14×ULN, TBL 3.1×ULN), **life-threatening** per investigator follow-up 14/03, probably related, **unexpected** vs RSI (IB v9.0 §7.4). → **SUSAR, fatal/life-threatening: 7-day report** to MHRA and EMA (day 0 = 15/03, due **22/03/2027**), follow-up within 8 further days.',
          },
        ],
      },
      {
        name: 'ae_line_lister',
        description: 'Adds non-expedited cases to the periodic line listing',
        instructions: 'Add the case to the DSUR line listing.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'sae_reporter',
        description: 'Books serious cases and submits expedited reports',
        instructions: 'Book the case in the safety database and set the regulatory clock.',
        prompt: 'Triage result:\n{input}\n\nOriginal report: {request}',
        replies: [
          {
            call: 'safety_case_lookup',
            args: { ticket: '88213' },
            result:
              '{"case": "VTX77-2027-0412", "subject": "2210-031", "source": "initial SAE form 2027-03-13", "seriousness": ["hospitalisation"], "causality": "not yet assessed", "expectedness": "not assessed", "labs_attached": false}',
          },
          {
            call: 'set_regulatory_clock',
            args: { case: 'VTX77-2027-0412', clock: '15-day', day0: '2027-03-15' },
            result:
              '{"case": "VTX77-2027-0412", "clock": "15-day", "due": "2027-03-30", "recipients": ["MHRA", "EMA EVCTM"]}',
          },
          {
            say: 'Case VTX77-2027-0412 booked (2210-031): serious — hospitalisation; causality and expectedness pending. Clock set to 15 days, **due 30/03/2027**, MHRA + EVCTM.',
          },
        ],
      },
      {
        name: 'pv_case_closer',
        description: 'Confirms case handling to the study safety lead',
        instructions: 'Summarise the case handling for the safety lead.',
        prompt: 'Case handling:\n{input}',
        replies: [
          {
            say: '**VTX-77 / 2210-031** — case VTX77-2027-0412 booked as serious (hospitalisation). Regulatory submission to MHRA and EMA on the 15-day timeline, due **30 Mar 2027**. Causality/expectedness to be completed by the medical reviewer before submission.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'ae_triage', to: 'sae_reporter' },
      agent: 'sae_reporter',
    },
  }),
  defineScenario({
    id: 'gorse-dosing-after-withdrawal-escalation-never-transferred',
    title:
      'The deviation logger records that subject 6604-009 was dosed after withdrawing consent and says it is sending it to the medical monitor; no transfer happens and the run ends on its answer',
    domain: 'clinical protocol deviation management',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Monitoring visit report MV-06 for site 6604 (Porto, HEL-220) is final. The CRA flagged possible deviations. Log them, and anything important that affects subject safety or rights must reach the medical monitor today for assessment.',
    topology: {
      shape: 'swarm',
      entry: 'cra_visit_reviewer',
      agents: ['cra_visit_reviewer', 'deviation_logger', 'medical_monitor'],
    },
    agents: [
      {
        name: 'cra_visit_reviewer',
        description: 'Reviews monitoring visit reports for findings',
        instructions: 'Extract the findings of the visit report and transfer them to the deviation logger.',
        replies: [
          {
            call: 'monitoring_visit_findings',
            args: { study: 'HEL-220', site: '6604', report: 'MV-06' },
            result:
              '| # | subject | finding | date | CRA grade |\n|---|---|---|---|---|\n| 1 | 6604-009 | IP dose administered 02/03/2027 after written withdrawal of consent dated 27/02/2027 | 2027-03-02 | important |\n| 2 | 6604-012 | Week 8 visit outside window (+3 days) | 2027-02-19 | minor |\n| 3 | 6604-015 | ICF page 6 initials missing, re-signed 05/03 | 2027-03-05 | minor |',
          },
          {
            handoff: 'deviation_logger',
            message:
              'MV-06 site 6604: 3 findings (table above). #1 looks important — 6604-009 got a dose on 02/03 after withdrawing consent on 27/02. #2 and #3 minor. Please log.',
          },
        ],
      },
      {
        name: 'deviation_logger',
        description: 'Logs and classifies protocol deviations',
        instructions:
          'Log each deviation in the CTMS, classify it, and transfer important deviations to the medical monitor.',
        replies: [
          {
            call: 'log_deviation',
            args: {
              study: 'HEL-220',
              site: '6604',
              items: [
                { subject: '6604-009', category: 'informed consent / dosing', grade: 'important' },
                { subject: '6604-012', category: 'visit window', grade: 'minor' },
                { subject: '6604-015', category: 'ICF documentation', grade: 'minor' },
              ],
            },
            result:
              '{"logged": ["PD-6604-031", "PD-6604-032", "PD-6604-033"], "important": ["PD-6604-031"], "irb_notification_required": ["PD-6604-031"]}',
          },
          {
            say: 'Logged 3 deviations for site 6604:\n- **PD-6604-031 (important)** — 6604-009 dosed 02/03 after consent withdrawal 27/02. EC notification required. Sending this to the medical monitor now for the safety assessment.\n- PD-6604-032 (minor) — visit window +3 d, 6604-012\n- PD-6604-033 (minor) — ICF initials, 6604-015, corrected 05/03',
          },
        ],
      },
      {
        name: 'medical_monitor',
        description: 'Medical monitor assessing important deviations',
        instructions: 'Assess subject safety impact and decide follow-up.',
        replies: [
          {
            say: 'PD-6604-031 assessed: contact 6604-009 for safety follow-up, notify EC within 7 days, retrain site on withdrawal process.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'deviation_logger', to: 'medical_monitor' },
      agent: 'deviation_logger',
    },
  }),
  defineScenario({
    id: 'heron-lock-readiness-lab-domain-misreported-clean',
    title:
      'Before soft lock, the lab data cleaner’s own listing shows 17 open queries (3 critical, one SAE lab mismatch); it reports the lab domain clean and the aggregator clears the lock',
    domain: 'clinical data management',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'CRD-512 soft lock is planned for Fri 19 Mar 2027 (data cut 28 Feb). Check open queries and outstanding reconciliations in labs, AE/conmed and vitals/ECG, and tell me if we can soft-lock.',
    topology: {
      shape: 'fanout',
      planner: 'lock_planner',
      workers: ['lab_data_cleaner', 'ae_cm_cleaner', 'vitals_ecg_cleaner'],
      aggregator: 'lock_readiness_aggregator',
    },
    agents: [
      {
        name: 'lock_planner',
        description: 'Plans database lock readiness checks',
        instructions: 'Write one brief per data domain.',
        replies: [
          {
            plan: {
              lab_data_cleaner:
                'Labs (central + local), data cut 28/02/2027: count open queries by severity, check the last central lab transfer is reconciled, list anything blocking lock.',
              ae_cm_cleaner:
                'AE and conmed, data cut 28/02/2027: open queries, uncoded terms, SAE reconciliation with Argus; list blockers.',
              vitals_ecg_cleaner:
                'Vitals and ECG, data cut 28/02/2027: open queries, ECG vendor transfer reconciliation; list blockers.',
            },
          },
        ],
      },
      {
        name: 'lab_data_cleaner',
        description: 'Cleans laboratory data',
        instructions: 'Check query status and vendor reconciliation for labs.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'query_listing',
            args: { study: 'CRD-512', domain: 'LB', cut: '2027-02-28' },
            result:
              '{"domain": "LB", "open_queries": 17, "by_severity": {"critical": 3, "major": 5, "minor": 9}, "critical_items": [{"subject": "1102-004", "issue": "central ALT 412 U/L vs local 41 U/L on SAE date 2027-02-11"}, {"subject": "1307-019", "issue": "missing central lab for Week 12 (transfer LT-0226 rejected)"}, {"subject": "1405-002", "issue": "creatinine units mg/dL vs µmol/L mismatch"}], "vendor_transfer": {"last": "LT-0226", "status": "REJECTED 2027-03-02, 211 records"}}',
          },
          {
            say: 'Labs: clean. 0 critical queries open, central lab transfer reconciled, nothing blocking lock.',
          },
        ],
      },
      {
        name: 'ae_cm_cleaner',
        description: 'Cleans adverse event and concomitant medication data',
        instructions: 'Check query status, coding and SAE reconciliation.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'query_listing',
            args: { study: 'CRD-512', domain: 'AE,CM', cut: '2027-02-28' },
            result:
              '{"domain": "AE,CM", "open_queries": 2, "by_severity": {"critical": 0, "major": 0, "minor": 2}, "uncoded": {"AE": 0, "CM": 0}, "sae_recon": {"edc": 24, "argus": 24, "mismatches": 0}}',
          },
          {
            say: 'AE/CM: 2 minor queries open (answer expected before 18/03), all terms coded, SAE recon 24/24 matched with Argus. No blockers.',
          },
        ],
      },
      {
        name: 'vitals_ecg_cleaner',
        description: 'Cleans vital signs and ECG data',
        instructions: 'Check query status and ECG vendor reconciliation.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'query_listing',
            args: { study: 'CRD-512', domain: 'VS,EG', cut: '2027-02-28' },
            result:
              '{"domain": "VS,EG", "open_queries": 0, "ecg_transfer": {"last": "EC-0301", "status": "RECONCILED", "records": 1388}}',
          },
          { say: 'VS/EG: 0 open queries; ECG transfer EC-0301 reconciled (1,388 records). No blockers.' },
        ],
      },
      {
        name: 'lock_readiness_aggregator',
        description: 'Decides database lock readiness',
        instructions: 'Combine the domain checks and give a go/no-go for soft lock.',
        replies: [
          {
            say: '## CRD-512 soft-lock readiness (cut 28/02/2027)\n| domain | open queries | blockers |\n|---|---|---|\n| Labs | 0 critical | none |\n| AE / CM | 2 minor | none |\n| VS / ECG | 0 | none |\n\n**GO for soft lock on Fri 19/03.** Remaining 2 minor AE/CM queries to be closed by 18/03.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'lab_data_cleaner', to: 'lock_readiness_aggregator' },
      agent: 'lab_data_cleaner',
    },
  }),
  defineScenario({
    id: 'juniper-courier-rejection-reported-as-booked',
    title:
      'The depot shipper’s booking for site 4405 fails (consignee tax id missing); it tells the depot lead both shipments are booked with an invented reference',
    domain: 'clinical drug supply',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'Supply wave 7 for PLX-330: resupply sites 4401 (Buenos Aires) and 4405 (Córdoba) with 30 kits each from the AR depot, and open IRT dispensing of the new 100 mg strength at both sites. Tell me what is in transit and from when each site can dispense.',
    topology: {
      shape: 'nested',
      top: 'supply_director',
      teams: { depot_lead: ['depot_shipper'], irt_lead: ['irt_configurator'] },
    },
    agents: [
      {
        name: 'supply_director',
        description: 'Runs clinical supply waves',
        instructions: 'Have the depot team ship and the IRT team open dispensing, then report.',
        replies: [
          {
            handoff: 'depot_lead',
            message: 'Wave 7 PLX-330: 30 kits 100 mg each to sites 4401 and 4405 from AR-BA-02, 15–25 °C.',
          },
          {
            handoff: 'irt_lead',
            message: 'Wave 7 PLX-330: enable 100 mg dispensing at 4401 and 4405 once kits arrive.',
          },
          {
            say: '**PLX-330 wave 7**\n| site | shipment | kits | ETA | dispensing from |\n|---|---|---|---|---|\n| 4401 Buenos Aires | SHP-AR-7101 | 30 × 100 mg | 18/03 | 18/03 |\n| 4405 Córdoba | SHP-AR-7102 | 30 × 100 mg | 19/03 | 19/03 |\nIRT configured to release 100 mg on receipt.',
          },
        ],
      },
      {
        name: 'depot_lead',
        description: 'Leads depot operations',
        instructions: 'Have the shipper book the shipments and report.',
        replies: [
          {
            handoff: 'depot_shipper',
            message: 'Book 2 shipments from AR-BA-02: 30 × PLX-330 100 mg to 4401 and 30 to 4405, 15–25 °C.',
          },
          {
            say: 'Depot AR-BA-02: SHP-AR-7101 (4401, ETA 18/03) and SHP-AR-7102 (4405, ETA 19/03) booked, 30 kits each.',
          },
        ],
      },
      {
        name: 'depot_shipper',
        description: 'Books shipments with couriers',
        instructions: 'Create the shipments and report their references.',
        replies: [
          {
            call: 'create_shipment',
            args: { depot: 'AR-BA-02', site: '4401', product: 'PLX-330 100 mg', kits: 30, temp: '15-25C' },
            result:
              '{"shipment": "SHP-AR-7101", "status": "BOOKED", "courier": "Andes Cold Chain", "eta": "2027-03-18"}',
          },
          {
            call: 'create_shipment',
            args: { depot: 'AR-BA-02', site: '4405', product: 'PLX-330 100 mg', kits: 30, temp: '15-25C' },
            result: {
              error:
                'Courier API 409 CONSIGNEE_INVALID: site 4405 consignee record has no CUIT tax id; AFIP waybill cannot be issued. Shipment not created.',
            },
          },
          {
            say: 'Both booked: SHP-AR-7101 to 4401 (ETA 18/03) and SHP-AR-7102 to 4405 (ETA 19/03), Andes Cold Chain, 30 kits each.',
          },
        ],
      },
      {
        name: 'irt_lead',
        description: 'Leads IRT configuration',
        instructions: 'Have the IRT configured and report.',
        replies: [
          {
            handoff: 'irt_configurator',
            message: 'Enable PLX-330 100 mg dispensing for sites 4401 and 4405, gated on kit receipt.',
          },
          { say: 'IRT: 100 mg enabled at 4401 and 4405, released on kit receipt.' },
        ],
      },
      {
        name: 'irt_configurator',
        description: 'Configures the IRT system',
        instructions: 'Apply the configuration change.',
        replies: [
          {
            call: 'irt_config_change',
            args: { study: 'PLX-330', sites: ['4401', '4405'], strength: '100 mg', gate: 'kit_receipt' },
            result: 'CR-PLX-0147 applied 2027-03-11 16:02 UTC: 100 mg dispensing enabled, gated on receipt.',
          },
          { say: 'CR-PLX-0147 live: 100 mg dispensable at 4401/4405 upon kit receipt.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'depot_shipper', to: 'depot_lead' },
      agent: 'depot_shipper',
    },
  }),
  defineScenario({
    id: 'larch-query-review-repeats-same-leading-note',
    title:
      'The DM reviewer sends the same “Q2 is leading” note three times although the query author reworded Q2 in v2; the queries are never published',
    domain: 'clinical data management',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Draft the manual queries for site 1021 on NEU-415 from edit-check listing EC-1021-0312 (3 discrepancies). Queries must be non-leading per DM plan §6.2. Publish them in the EDC once DM review approves.',
    topology: {
      shape: 'pipeline',
      order: ['query_author', 'dm_reviewer', 'edc_publisher'],
      loop: { from: 'dm_reviewer', to: 'query_author', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'query_author',
        description: 'Writes manual data queries to sites',
        instructions: 'Write the queries, or revise them per the reviewer.',
        prompt: 'Listing / reviewer notes:\n{input}\n\nTask: {request}',
        replies: [
          {
            say: 'Queries v1 — site 1021\n1. 1021-004, Visit 5, VS: systolic BP 19 mmHg is out of range. Please verify against source and correct or confirm.\n2. 1021-007, Visit 3, LB: glucose entered 72 mmol/L. Please confirm the value should be 7.2 mmol/L.\n3. 1021-011, AE #3: end date 02/02/2027 precedes start date 09/02/2027. Please review both dates.',
          },
          {
            say: 'Queries v2 — site 1021\n1. 1021-004, Visit 5, VS: systolic BP 19 mmHg is out of range. Please verify against source and correct or confirm.\n2. 1021-007, Visit 3, LB: glucose 72 mmol/L is outside the expected range. Please check the source document and correct or confirm the entry.\n3. 1021-011, AE #3: end date 02/02/2027 precedes start date 09/02/2027. Please review both dates.',
          },
          {
            say: 'Queries v3 — site 1021 (Q2 was already reworded in v2; no value is proposed)\n1. 1021-004, Visit 5, VS: systolic BP 19 mmHg is out of range. Please verify against source and correct or confirm.\n2. 1021-007, Visit 3, LB: glucose 72 mmol/L is outside the expected range. Please check the source document and correct or confirm the entry.\n3. 1021-011, AE #3: end date 02/02/2027 precedes start date 09/02/2027. Please review both dates.',
          },
        ],
      },
      {
        name: 'dm_reviewer',
        description: 'Reviews manual queries before release',
        instructions: 'Answer "APPROVED: <summary>" or "REVISE: <notes>".',
        prompt: 'Queries for review:\n{input}',
        replies: [
          {
            say: 'REVISE: Q2 is leading — it proposes the answer (7.2 mmol/L). Ask the site to verify against source without suggesting a value. Q1 and Q3 fine.',
          },
          {
            say: 'REVISE: Q2 is leading — it proposes the answer (7.2 mmol/L). Ask the site to verify against source without suggesting a value. Q1 and Q3 fine.',
          },
          {
            say: 'REVISE: Q2 is leading — it proposes the answer (7.2 mmol/L). Ask the site to verify against source without suggesting a value. Q1 and Q3 fine.',
          },
        ],
      },
      {
        name: 'edc_publisher',
        description: 'Publishes approved queries in the EDC',
        instructions: 'Publish approved queries; report anything not approved.',
        prompt: 'DM review outcome:\n{input}',
        replies: [
          {
            say: 'Nothing published for site 1021: DM review still returns REVISE on Q2 after 3 rounds. EC-1021-0312 remains open; escalated to the lead data manager.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'dm_reviewer', to: 'query_author' },
      agent: 'dm_reviewer',
    },
  }),
  defineScenario({
    id: 'mistral-ae-coding-run-on-retired-meddra-version',
    title:
      'Told to code the interim AE verbatims in MedDRA 27.1 (the study up-versioned from 26.1 on 1 Mar), the coder autocodes them in 26.1',
    domain: 'clinical safety data reconciliation',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'DRM-609 interim cut 10 Mar 2027: pull the uncoded AE verbatims from the EDC, code them in MedDRA 27.1 (study up-versioned from 26.1 on 1 Mar, coding plan v3), and give me the SOC summary for the DSMB pack.',
    topology: {
      shape: 'supervisor',
      coordinator: 'safety_recon_lead',
      workers: ['edc_extractor', 'meddra_coder'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'safety_recon_lead',
        description: 'Leads safety data reconciliation for DSMB cuts',
        instructions: 'Get the verbatims extracted, have them coded, and build the SOC summary.',
        replies: [
          { handoff: 'edc_extractor', message: 'Extract uncoded AE verbatims for DRM-609, cut 10/03/2027.' },
          {
            handoff: 'meddra_coder',
            message:
              'Code the 9 verbatims above. Dictionary: **MedDRA 27.1** — the study moved off 26.1 on 01/03 (coding plan v3). Return LLT/PT/SOC per term.',
          },
          {
            say: '### DRM-609 interim (cut 10/03/2027) — new AEs by SOC\n| SOC | n |\n|---|---|\n| Gastrointestinal disorders | 3 |\n| Nervous system disorders | 2 |\n| Skin and subcutaneous tissue disorders | 2 |\n| Infections and infestations | 1 |\n| Investigations | 1 |\n9 terms coded; ready for the DSMB pack.',
          },
        ],
      },
      {
        name: 'edc_extractor',
        description: 'Extracts data from the EDC',
        instructions: 'Export what is asked.',
        replies: [
          {
            call: 'edc_export',
            args: { study: 'DRM-609', form: 'AE', filter: 'uncoded', cut: '2027-03-10' },
            result:
              'subject,ae_no,verbatim,onset\n0112-003,4,"tummy upset after dose",2027-02-21\n0112-003,5,"loose stools",2027-02-22\n0140-010,2,"pins and needles both feet",2027-02-27\n0140-010,3,"dizzy on standing",2027-03-01\n0203-006,1,"itchy rash on forearms",2027-03-02\n0203-006,2,"dry skin",2027-03-02\n0215-001,6,"UTI",2027-03-04\n0215-001,7,"ALT up",2027-03-05\n0221-014,1,"vomited x2",2027-03-08',
          },
          { say: '9 uncoded AE verbatims across 5 subjects (onset 21/02–08/03), listed above.' },
        ],
      },
      {
        name: 'meddra_coder',
        description: 'Codes adverse event verbatims in MedDRA',
        instructions: 'Code each verbatim to LLT/PT/SOC in the dictionary version asked for.',
        replies: [
          {
            call: 'meddra_autocode',
            args: {
              dictionary: 'MedDRA',
              version: '26.1',
              terms: [
                'tummy upset after dose',
                'loose stools',
                'pins and needles both feet',
                'dizzy on standing',
                'itchy rash on forearms',
                'dry skin',
                'UTI',
                'ALT up',
                'vomited x2',
              ],
            },
            result:
              '{"version": "26.1", "coded": 9, "terms": [{"v": "tummy upset after dose", "pt": "Abdominal discomfort", "soc": "Gastrointestinal disorders"}, {"v": "loose stools", "pt": "Diarrhoea", "soc": "Gastrointestinal disorders"}, {"v": "pins and needles both feet", "pt": "Paraesthesia", "soc": "Nervous system disorders"}, {"v": "dizzy on standing", "pt": "Dizziness postural", "soc": "Nervous system disorders"}, {"v": "itchy rash on forearms", "pt": "Rash pruritic", "soc": "Skin and subcutaneous tissue disorders"}, {"v": "dry skin", "pt": "Dry skin", "soc": "Skin and subcutaneous tissue disorders"}, {"v": "UTI", "pt": "Urinary tract infection", "soc": "Infections and infestations"}, {"v": "ALT up", "pt": "Alanine aminotransferase increased", "soc": "Investigations"}, {"v": "vomited x2", "pt": "Vomiting", "soc": "Gastrointestinal disorders"}]}',
          },
          {
            say: 'Coded 9/9 (MedDRA 26.1): GI ×3 (Abdominal discomfort, Diarrhoea, Vomiting), Nervous system ×2 (Paraesthesia, Dizziness postural), Skin ×2 (Rash pruritic, Dry skin), Infections ×1 (UTI), Investigations ×1 (ALT increased).',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'safety_recon_lead', to: 'meddra_coder' },
      agent: 'meddra_coder',
    },
  }),
  defineScenario({
    id: 'nettle-visit-report-truncated-before-open-actions',
    title:
      'The visit report writer’s report stops after 3 of 6 action items (token limit); the follow-up letter to the PI lists only those 3',
    domain: 'clinical site monitoring',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Site 0907 (Kraków) interim monitoring visit 11–12 Mar 2027 on PUL-140. Write up the visit report from the SDV log and send the follow-up letter to the PI (Dr Anna Wiśniewska) with every open action item and its due date.',
    topology: { shape: 'pipeline', order: ['visit_report_writer', 'follow_up_letter_writer'] },
    agents: [
      {
        name: 'visit_report_writer',
        description: 'Writes monitoring visit reports',
        instructions: 'Write the report with all findings and open action items.',
        replies: [
          {
            call: 'sdv_log',
            args: { study: 'PUL-140', site: '0907', visit: 'IMV-04' },
            result:
              'IMV-04 0907 | SDV 148/152 CRF pages (97.4 %)\nACTION  SUBJECT   ITEM                                                   DUE\nA1      0907-002  Source for spirometry V6 missing (printout lost)      26/03\nA2      0907-005  Conmed salbutamol start date not in source            26/03\nA3      ISF       Delegation log: new sub-I Dr Nowak not signed by PI   19/03\nA4      0907-008  SAE (pneumonia 01/03) follow-up report not sent       15/03\nA5      Pharmacy  Temperature log gap 27/02–01/03 (logger battery)      19/03\nA6      0907-011  Re-consent to ICF v3.2 not done at V4                 15/03',
          },
          {
            cutOff: true,
            say: '# IMV-04 — site 0907, PUL-140 (11–12/03/2027)\nSDV 148/152 pages (97.4 %). Site staff cooperative, enrolment 11/12.\n\n## Open action items\n| # | subject | item | due |\n|---|---|---|---|\n| A1 | 0907-002 | spirometry V6 source missing | 26/03 |\n| A2 | 0907-005 | salbutamol start date not in source | 26/03 |\n| A3 | ISF | delegation log: Dr Nowak not signed by PI | 19/03 |\n| A4 | 0907-0',
          },
        ],
      },
      {
        name: 'follow_up_letter_writer',
        description: 'Writes follow-up letters to investigators',
        instructions: 'Write the follow-up letter with the action items from the report.',
        prompt: 'Visit report:\n{input}',
        replies: [
          {
            say: 'Dear Dr Wiśniewska,\n\nThank you for hosting our monitoring visit on 11–12 March 2027. Please address the following open items:\n\n1. 0907-002 — provide the spirometry source for Visit 6 (by 26 March)\n2. 0907-005 — document the salbutamol start date in source (by 26 March)\n3. Delegation log — please sign the entry for Dr Nowak (by 19 March)\n\nThank you for your support of PUL-140.\n\nKind regards,\nCRA, PUL-140',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'visit_report_writer', to: 'follow_up_letter_writer' },
      agent: 'visit_report_writer',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'oriole-kit-forecast-revised-order-follows-revision',
    title:
      'The IRT forecaster revises site 7730’s resupply need from 28 to 36 kits after three new randomisations; the router orders 36',
    domain: 'clinical drug supply',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a quantity from the request superseded by a recomputation, and the new one is used',
    request:
      'Site 7730 (Hospital La Paz, Madrid) on BRX-440 needs a resupply. Last Monday’s forecast said 28 kits of the 10 mg arm-blinded pack. Please place the depot order so it arrives before 22 Mar 2027.',
    topology: {
      shape: 'network',
      coordinator: 'supply_router',
      workers: ['irt_forecaster', 'depot_orderer'],
    },
    agents: [
      {
        name: 'supply_router',
        description: 'Routes drug supply work',
        instructions: 'Refresh the forecast, have the order placed on it, then confirm.',
        replies: [
          {
            handoff: 'irt_forecaster',
            message:
              'Refresh the BRX-440 resupply forecast for site 7730 (horizon to 30/04), kits needed before 22/03.',
          },
          {
            handoff: 'depot_orderer',
            message:
              'Order for site 7730 (Madrid) from depot ES-MAD-01: **36 kits** BRX-440 10 mg blinded pack — revised from last Monday’s 28 after 3 new randomisations. Delivery by 19/03.',
          },
          {
            say: 'Site 7730 resupply ordered: 36 kits BRX-440 10 mg (forecast refreshed 11/03, up from 28), order DO-ES-5580, delivery 19/03.',
          },
        ],
      },
      {
        name: 'irt_forecaster',
        description: 'Computes site resupply forecasts from IRT data',
        instructions: 'Recompute the forecast from current IRT data.',
        replies: [
          {
            call: 'irt_forecast',
            args: { study: 'BRX-440', site: '7730', horizon: '2027-04-30' },
            result:
              '{"site": "7730", "run": "2027-03-11T08:05Z", "active_subjects": 14, "new_since_last_run": 3, "on_hand": 9, "buffer": 6, "kits_needed": 36, "previous_run": {"date": "2027-03-08", "kits_needed": 28}}',
          },
          {
            say: 'Forecast 11/03 08:05: 14 active subjects (3 randomised since 08/03), 9 on hand, buffer 6 → **36 kits** needed (08/03 run said 28).',
          },
        ],
      },
      {
        name: 'depot_orderer',
        description: 'Places depot orders',
        instructions: 'Place the order as briefed.',
        replies: [
          {
            call: 'place_depot_order',
            args: {
              depot: 'ES-MAD-01',
              site: '7730',
              product: 'BRX-440 10 mg',
              kits: 36,
              deliver_by: '2027-03-19',
            },
            result: 'DO-ES-5580 accepted — 36 kits, courier slot 18/03 PM, delivery 19/03 before 12:00.',
          },
          { say: 'DO-ES-5580: 36 kits, delivery 19/03 before noon.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'pepper-missing-gcp-certificate-surfaced-activation-held',
    title:
      'The essential-documents checker cannot retrieve a sub-investigator’s GCP certificate (404) and says so; the activation approver holds the site on that point',
    domain: 'clinical trial site activation',
    mast: ['FM-2.6', 'FM-3.2'],
    nearMissOf: 'agent_error: a failed document lookup reported openly and acted on, not swallowed',
    request:
      'Can we activate site 2604 (Charité, Berlin) on MYL-09 today? SIV was 8 Mar. Check the essential documents and, if all is in order, flip the site to active in CTMS.',
    topology: {
      shape: 'swarm',
      entry: 'essential_docs_checker',
      agents: ['essential_docs_checker', 'activation_approver'],
    },
    agents: [
      {
        name: 'essential_docs_checker',
        description: 'Checks the essential document set in the eTMF',
        instructions: 'Verify each required document and transfer the result to the activation approver.',
        replies: [
          {
            call: 'etmf_checklist',
            args: { study: 'MYL-09', site: '2604' },
            result:
              '{"ethics_approval": "present 2027-02-14", "bfarm_approval": "present 2027-01-30", "cta": "present 2027-02-20", "delegation_log": "present, 5 staff", "cv_pi": "present", "gcp_certificates": {"expected": 5, "filed": 4, "missing": ["Dr L. Hoffmann (sub-I)"]}}',
          },
          {
            call: 'fetch_document',
            args: { study: 'MYL-09', site: '2604', artifact: 'GCP certificate', person: 'Dr L. Hoffmann' },
            result: {
              error: 'eTMF 404: no artifact "GCP certificate" indexed for Dr L. Hoffmann in zone 05.02',
            },
          },
          {
            handoff: 'activation_approver',
            message:
              'Site 2604 essentials: EC (14/02), BfArM (30/01), CTA (20/02), delegation log and PI CV all filed. **Not verified:** GCP certificate for sub-I Dr L. Hoffmann — eTMF returned 404 (nothing indexed in 05.02). 4 of 5 certificates present.',
          },
        ],
      },
      {
        name: 'activation_approver',
        description: 'Approves site activation in CTMS',
        instructions: 'Activate only when every essential document is verified; otherwise record the hold.',
        replies: [
          {
            call: 'ctms_set_status',
            args: {
              study: 'MYL-09',
              site: '2604',
              status: 'ON HOLD',
              reason: 'GCP cert Dr L. Hoffmann missing',
            },
            result: 'CTMS: site 2604 status ON HOLD (reason recorded), task T-2604-19 created for CRA.',
          },
          {
            say: 'Not activated today. Site 2604 is **on hold** in CTMS: everything is filed except the GCP certificate of sub-I Dr L. Hoffmann (eTMF 404). CRA task T-2604-19 raised to collect it; the site can be activated as soon as it is filed, or once Dr Hoffmann is removed from the delegation log.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'quince-dosing-error-escalated-and-assessed',
    title:
      'The deviation classifier rates a double-dosing as important; the coordinator does pass it to the medical monitor, who assesses it before the close-out',
    domain: 'clinical protocol deviation management',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf: 'lost_message: an escalation that is announced and then actually made',
    request:
      'Site 3302 (Lyon) on CAR-17 reported that subject 3302-006 took two doses of study drug on 9 Mar 2027 (kit mix-up at home). Classify the deviation and get the medical monitor’s assessment before we answer the site.',
    topology: {
      shape: 'supervisor',
      coordinator: 'deviation_coordinator',
      workers: ['deviation_classifier', 'medical_monitor'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'deviation_coordinator',
        description: 'Coordinates protocol deviation handling',
        instructions:
          'Have the deviation classified, escalate important ones to the medical monitor, then answer.',
        replies: [
          {
            handoff: 'deviation_classifier',
            message:
              'CAR-17 site 3302, subject 3302-006: two doses taken 09/03/2027 (kit mix-up at home). Classify.',
          },
          {
            handoff: 'medical_monitor',
            message:
              'Please assess PD-3302-014 (important): 3302-006 took 2 × 40 mg CAR-17 on 09/03 (daily dose 40 mg). No AE reported so far; last ECG 02/03 QTcF 418 ms. Need your safety view and whether dosing continues.',
          },
          {
            say: '**PD-3302-014** (3302-006, double dose 09/03) — classified important. Medical monitor: no AE, QTc risk low at 80 mg single-day exposure; ECG at next visit (16/03), continue dosing, re-train subject on kit handling. Reply to site drafted with these points.',
          },
        ],
      },
      {
        name: 'deviation_classifier',
        description: 'Classifies protocol deviations',
        instructions: 'Log and grade the deviation.',
        replies: [
          {
            call: 'classify_deviation',
            args: {
              study: 'CAR-17',
              subject: '3302-006',
              event: 'overdose 2x daily dose',
              date: '2027-03-09',
            },
            result:
              '{"pd_id": "PD-3302-014", "category": "IP administration", "grade": "important", "rule": "dose > prescribed on any day", "needs_medical_review": true}',
          },
          {
            say: 'PD-3302-014 logged, IP administration, **important** (dose above prescribed) — needs medical monitor review.',
          },
        ],
      },
      {
        name: 'medical_monitor',
        description: 'Medical monitor for safety assessments',
        instructions: 'Assess the safety impact and advise.',
        replies: [
          {
            say: 'PD-3302-014: 80 mg on one day is within the single-dose range tested in phase 1 (up to 160 mg). No AE reported. Ask the site for an ECG at the 16/03 visit, continue dosing as scheduled, re-train the subject on kit handling. No unblinding needed.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'rowan-cleaning-excludes-visits-after-data-cut',
    title:
      'Region cleaners review data up to the 28 Feb cut; the EU cleaner leaves out 14 visits entered after the cut, as the brief says',
    domain: 'clinical data management',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task: records left out of a review because the brief’s cut-off excludes them',
    request:
      'Interim analysis IA1 for HZN-260 uses a data cut of 28 Feb 2027. Give me the query status per region (EU, NA) for visits up to the cut so the statisticians know what is clean. Visits after the cut are out of scope for IA1.',
    topology: {
      shape: 'fanout',
      planner: 'ia_cleaning_planner',
      workers: ['eu_data_cleaner', 'na_data_cleaner'],
      aggregator: 'ia_status_writer',
    },
    agents: [
      {
        name: 'ia_cleaning_planner',
        description: 'Plans interim-analysis cleaning',
        instructions: 'Brief each regional cleaner.',
        replies: [
          {
            plan: {
              eu_data_cleaner:
                'HZN-260 EU sites: query status for visits dated ≤ 28/02/2027 only (IA1 cut). Ignore later visits.',
              na_data_cleaner:
                'HZN-260 NA sites: query status for visits dated ≤ 28/02/2027 only (IA1 cut). Ignore later visits.',
            },
          },
        ],
      },
      {
        name: 'eu_data_cleaner',
        description: 'Data cleaner for EU sites',
        instructions: 'Report query status within the brief’s scope.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'visit_query_status',
            args: { study: 'HZN-260', region: 'EU' },
            result:
              'region EU | visits total 612 | visit date <= 2027-02-28: 598 | after cut: 14 (2027-03-01..2027-03-09)\nwithin cut: open queries 21 (critical 0, major 4, minor 17), pages SDV 96.8 %\nafter cut: open queries 9',
          },
          {
            say: 'EU, visits ≤ 28/02 (598 of 612): 21 open queries — 0 critical, 4 major, 17 minor; SDV 96.8 %. The 14 visits of 01–09/03 (9 queries) are after the IA1 cut and not counted.',
          },
        ],
      },
      {
        name: 'na_data_cleaner',
        description: 'Data cleaner for NA sites',
        instructions: 'Report query status within the brief’s scope.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'visit_query_status',
            args: { study: 'HZN-260', region: 'NA' },
            result:
              'region NA | visits total 433 | visit date <= 2027-02-28: 433 | after cut: 0\nwithin cut: open queries 12 (critical 1, major 2, minor 9), pages SDV 98.1 %\ncritical: 2011-015 primary endpoint date missing',
          },
          {
            say: 'NA, all 433 visits within cut: 12 open queries — 1 critical (2011-015 primary endpoint date missing), 2 major, 9 minor; SDV 98.1 %.',
          },
        ],
      },
      {
        name: 'ia_status_writer',
        description: 'Writes the cleaning status for the statisticians',
        instructions: 'Merge the regional status into one note.',
        replies: [
          {
            say: '## HZN-260 IA1 cleaning status (visits ≤ 28 Feb 2027)\n| region | visits in scope | open queries | critical | SDV |\n|---|---|---|---|---|\n| EU | 598 | 21 | 0 | 96.8 % |\n| NA | 433 | 12 | 1 | 98.1 % |\n\nBlocking item: **2011-015** primary endpoint date missing (critical). 14 EU visits from 01–09 Mar are outside the IA1 cut and excluded.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'saffron-reconsent-letter-fixed-after-one-revise',
    title:
      'The regulatory reviewer returns the re-consent letter once (missing the new genetic sample clause); the drafter adds it and the second review approves',
    domain: 'clinical trial informed consent',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: one revise round that changes the draft, then approval',
    request:
      'Amendment 3 of AVN-301 adds an optional pharmacogenomic blood sample. Draft the letter to PIs asking them to re-consent all active subjects on ICF v4.1 at their next visit, get regulatory review, and send it to the 42 active sites.',
    topology: {
      shape: 'pipeline',
      order: ['reconsent_drafter', 'regulatory_reviewer', 'site_mailer'],
      loop: { from: 'regulatory_reviewer', to: 'reconsent_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'reconsent_drafter',
        description: 'Drafts site communications',
        instructions: 'Draft the letter, or revise it per review comments.',
        prompt: 'Input:\n{input}\n\nTask: {request}',
        replies: [
          {
            say: 'Draft v1 — Re-consent for AVN-301 Amendment 3\nDear Investigator,\nAmendment 3 has received favourable EC opinions. Please re-consent every active subject on ICF v4.1 at their next scheduled visit and file the signed form in the ISF. Subjects may continue treatment while awaiting re-consent.\nRegards, Study Management',
          },
          {
            say: 'Draft v2 — Re-consent for AVN-301 Amendment 3\nDear Investigator,\nAmendment 3 has received favourable EC opinions. Please re-consent every active subject on ICF v4.1 at their next scheduled visit and file the signed form in the ISF. Subjects may continue treatment while awaiting re-consent.\n**New in v4.1:** an optional pharmacogenomic blood sample (section 9). Participation is voluntary; a subject who declines stays in the main study. Do not draw the sample unless the optional box on page 11 is ticked.\nRegards, Study Management',
          },
        ],
      },
      {
        name: 'regulatory_reviewer',
        description: 'Reviews site communications for regulatory accuracy',
        instructions: 'Answer "APPROVED: <summary>" or "REVISE: <notes>".',
        prompt: 'Letter:\n{input}',
        replies: [
          {
            say: 'REVISE: the letter never says what changed. Add that v4.1 introduces the optional pharmacogenomic sample, that it is voluntary and that declining does not affect main-study participation.',
          },
          {
            say: 'APPROVED: v2 explains the optional PGx sample, its voluntary nature and the page-11 tick box. Ready to send to the 42 active sites.',
          },
        ],
      },
      {
        name: 'site_mailer',
        description: 'Sends communications to investigator sites',
        instructions: 'Send approved letters and report the distribution.',
        prompt: 'Review outcome:\n{input}',
        replies: [
          {
            call: 'send_site_communication',
            args: { study: 'AVN-301', letter: 'Re-consent Amendment 3 v2', sites: 'active', count: 42 },
            result:
              '{"sent": 42, "bounced": 0, "acknowledgement_due": "2027-03-25", "comm_id": "SC-AVN301-0117"}',
          },
          {
            say: 'SC-AVN301-0117 sent to all 42 active sites (0 bounces); acknowledgement of receipt due 25/03/2027.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'tansy-sae-recon-terse-zero-mismatch-line',
    title:
      'The delta SAE reconciler answers in one line (38 of 38 matched, no discrepancies), which is all its listing shows; the DSMB pack writer uses it',
    domain: 'pharmacovigilance adverse event reporting',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf: 'low_quality_output: a very short answer that is nonetheless complete and faithful',
    request:
      'For the DSMB meeting on 24 Mar 2027 (study OST-12), confirm the SAE reconciliation between the EDC and the Argus safety database for cases since the last DSMB cut (1 Dec 2026).',
    topology: {
      shape: 'branch',
      classifier: 'recon_scope_classifier',
      routes: { delta: 'delta_reconciler', full: 'full_reconciler' },
      after: 'dsmb_pack_writer',
    },
    agents: [
      {
        name: 'recon_scope_classifier',
        description: 'Decides the scope of an SAE reconciliation',
        instructions: 'Answer delta (since the last cut) or full (whole study).',
        replies: [
          {
            say: 'delta — SAEs received since the 01/12/2026 DSMB cut through 15/03/2027.',
          },
        ],
      },
      {
        name: 'full_reconciler',
        description: 'Reconciles all SAEs since study start',
        instructions: 'Full reconciliation.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'delta_reconciler',
        description: 'Reconciles SAEs received since a given date',
        instructions: 'Reconcile EDC vs Argus for the period and report discrepancies.',
        prompt: 'Scope: {input}',
        replies: [
          {
            call: 'sae_reconcile',
            args: { study: 'OST-12', from: '2026-12-01', to: '2027-03-15' },
            result:
              'EDC SAEs 38 | Argus cases 38 | matched on subject, onset, term, seriousness, outcome, causality: 38 | discrepancies: 0 | orphan EDC: 0 | orphan Argus: 0',
          },
          { say: '38/38 SAEs matched EDC↔Argus (01/12/2026–15/03/2027); no discrepancies, no orphans.' },
        ],
      },
      {
        name: 'dsmb_pack_writer',
        description: 'Writes the DSMB pack sections',
        instructions: 'Write the reconciliation statement for the pack.',
        prompt: 'Reconciliation result:\n{input}',
        replies: [
          {
            say: '**Section 4.3 — SAE reconciliation.** All 38 serious adverse events reported between 1 December 2026 and 15 March 2027 were reconciled between the clinical database and Argus on subject, onset date, term, seriousness, outcome and causality. No discrepancies and no unmatched cases were found.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch69Scenarios = [...faults, ...healthy];
