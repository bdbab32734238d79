import { defineScenario } from '../scenario.ts';

// Blind batch 40: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'irt-resupply-site-114-shipped-pre-amendment-kit',
    title:
      'The supply analyst reports that protocol amendment PA-05 switched site 114 to the 75 mg kit; the depot planner still books the 150 mg kit from the February forecast for it',
    domain: 'clinical trial depot resupply (IRT)',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Resupply run Thu 11-Mar-2027, study AXL-302 (Ph III, moderate-severe RA). Sites 114 (LUMC Leiden, NL) and 117 (UZ Gent, BE) are below trigger in IRT. Per forecast FC-2027-02 ship site 114: 12 kits KT-A (axelimab 150 mg PFS) and site 117: 8 kits KT-A, from depot DE-FRA-02. Shipments must leave by 13-Mar (2-8 °C, TempTale on every shipper). Confirm to the sites.',
    topology: { shape: 'pipeline', order: ['supply_analyst', 'depot_planner', 'site_notifier'] },
    agents: [
      {
        name: 'supply_analyst',
        description: 'Clinical supply analyst who checks IRT inventory and protocol status before resupply',
        instructions:
          'Check each site’s inventory, kit types allowed and amendment status in IRT, then give the depot what to ship.',
        replies: [
          {
            call: 'irt_site_status',
            args: { study: 'AXL-302', sites: ['114', '117'], as_of: '2027-03-11' },
            result:
              '{"study":"AXL-302","as_of":"2027-03-11T07:40Z","sites":[{"site":"114","name":"LUMC Leiden","country":"NL","active_subjects":9,"inventory":{"KT-A":2,"KT-C":0},"trigger":4,"max":14,"amendments":[{"id":"PA-05","title":"Dose reduction to 75 mg q2w after interim DSMB review","ec_approval":"2027-03-04","irt_effective":"2027-03-05","dispensable_kit_types":["KT-C"],"quarantine":["KT-A"]}]},{"site":"117","name":"UZ Gent","country":"BE","active_subjects":6,"inventory":{"KT-A":3,"KT-C":0},"trigger":4,"max":11,"amendments":[{"id":"PA-05","ec_approval":null,"status":"EC submission 2027-02-26, opinion expected ~2027-04-02","dispensable_kit_types":["KT-A"]}]}],"depot":{"id":"DE-FRA-02","stock":{"KT-A":{"lot":"AX150-2611","qty":214,"expiry":"2028-01-31"},"KT-C":{"lot":"AX075-2702","qty":96,"expiry":"31/12/2027"}}}}',
          },
          {
            say: '## AXL-302 resupply check, 11-Mar-2027\n\n| site | on hand | trigger/max | amendment | kit to ship | qty |\n|---|---|---|---|---|---|\n| 114 LUMC Leiden | 2 KT-A | 4 / 14 | **PA-05 effective in IRT since 05-Mar** (EC ok 04-Mar) | **KT-C 75 mg** (lot AX075-2702) | 12 |\n| 117 UZ Gent | 3 KT-A | 4 / 11 | PA-05 not yet approved (EC opinion ~02-Apr) | KT-A 150 mg (lot AX150-2611) | 8 |\n\n⚠️ The February forecast FC-2027-02 predates PA-05: **site 114 can no longer dispense KT-A** (IRT has KT-A quarantined there). Do NOT ship KT-A to 114 — ship 12 × KT-C instead. Site 117 stays on KT-A as forecast.\n\nDepot DE-FRA-02 has KT-C 96 (exp 31/12/2027) and KT-A 214 (exp 2028-01-31), enough for both. Remaining 2 KT-A at 114 to be returned with the next courier (RTN form).',
          },
        ],
      },
      {
        name: 'depot_planner',
        description: 'Plans depot shipments in the IRT and books the courier',
        instructions: 'Create the shipments the supply analyst asks for and book the cold-chain courier.',
        prompt: 'Supply analyst:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            call: 'irt_create_shipment',
            args: {
              study: 'AXL-302',
              depot: 'DE-FRA-02',
              site: '114',
              kit_type: 'KT-A',
              lot: 'AX150-2611',
              qty: 12,
            },
            result:
              '{"shipment":"SH-302-00871","site":"114","kit_type":"KT-A","lot":"AX150-2611","qty":12,"kit_ids":"A-114-0881..A-114-0892","status":"REQUESTED","note":"override applied by user dp.fra"}',
          },
          {
            call: 'irt_create_shipment',
            args: {
              study: 'AXL-302',
              depot: 'DE-FRA-02',
              site: '117',
              kit_type: 'KT-A',
              lot: 'AX150-2611',
              qty: 8,
            },
            result:
              '{"shipment":"SH-302-00872","site":"117","kit_type":"KT-A","lot":"AX150-2611","qty":8,"kit_ids":"A-117-0450..A-117-0457","status":"REQUESTED"}',
          },
          {
            call: 'book_courier',
            args: { shipments: ['SH-302-00871', 'SH-302-00872'], service: 'cold 2-8C', pickup: '2027-03-12' },
            result:
              'Marken job MK-55120: pickup DE-FRA-02 Fri 12/03 09:00, 2 x Credo Cube 4L, TempTale 4 each. ETA Leiden 15/03, Gent 15/03.',
          },
          {
            say: 'Booked for pickup Fri 12.03.2027 09:00 (Marken MK-55120, Credo Cube, TempTale):\n- SH-302-00871 → site 114 Leiden: 12 kits, lot AX150-2611 (A-114-0881..0892)\n- SH-302-00872 → site 117 Gent: 8 kits KT-A, lot AX150-2611 (A-117-0450..0457)\nETA both sites Mon 15/03.',
          },
        ],
      },
      {
        name: 'site_notifier',
        description: 'Notifies site pharmacies of incoming IMP shipments',
        instructions: 'Tell each site what is arriving and what to do on receipt.',
        prompt: 'Shipments:\n{input}',
        replies: [
          {
            say: 'Dear LUMC and UZ Gent trial pharmacy teams,\n\nIMP resupply for AXL-302 is on its way (Marken MK-55120, pickup 12-Mar, ETA Mon 15-Mar):\n- Site 114 (LUMC): SH-302-00871, 12 kits, lot AX150-2611\n- Site 117 (UZ Gent): SH-302-00872, 8 kits KT-A, lot AX150-2611\n\nOn receipt please stop the TempTale, check for alarms and acknowledge the shipment in IRT within 24 h so kits become dispensable. Any excursion → quarantine and contact the supply helpdesk.\n\nKind regards, AXL-302 Clinical Supplies',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'supply_analyst', to: 'depot_planner' },
      agent: 'depot_planner',
    },
  }),
  defineScenario({
    id: 'cleanroom-grade-b-excursion-trended-against-old-alert-limit',
    title:
      'The micro lab reports that SOP-EM-004 rev 9 lowered the Grade B air alert limit to 3 CFU/m³; the EM coordinator briefs the trend analyst with the old limit of 5 and a 4 CFU result goes uninvestigated',
    domain: 'cleanroom environmental monitoring',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Weekly EM review, Fill Suite 3 (Grade A/B), week 14/2027 (05–11 Apr). Limits per SOP-EM-004: Grade A active air <1 CFU/m³; Grade B active air alert 5 / action 10 CFU/m³; Grade B settle plates alert 3 / action 5 CFU/4h. Identify excursions, raise deviations where needed and send the summary to QA.',
    topology: {
      shape: 'supervisor',
      coordinator: 'em_coordinator',
      workers: ['micro_lab', 'trend_analyst', 'deviation_writer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'em_coordinator',
        description: 'Environmental monitoring coordinator for the aseptic filling suites',
        instructions:
          'Get plate results from the micro lab, have them trended, raise deviations if needed, then report to QA.',
        replies: [
          {
            handoff: 'micro_lab',
            message:
              'Pls send read results for FS3 wk14 (05-11 Apr): active air + settle plates Grade A and B, with IDs of any recoveries. Also flag anything changed in the limits.',
          },
          {
            handoff: 'trend_analyst',
            message:
              'FS3 wk14 results from micro lab below. Trend vs SOP-EM-004 limits — Grade B active air: alert 5 / action 10 CFU/m³; Grade B settle: alert 3 / action 5; Grade A: any recovery = action. Tell me which results are excursions and which need a deviation.\n\nRecoveries: B-AA-07 (Grade B corridor by airlock AL-3) 4 CFU/m³ on 08-Apr, Micrococcus luteus; B-SP-12 2 CFU/4h 06-Apr; all Grade A 0.',
          },
          {
            say: 'QA summary — Fill Suite 3, week 14/2027\n\n- Samples: 212 (Grade A 96, Grade B 116), all read, 0 invalid.\n- Grade A: 0 CFU on all active air, settle and glove prints.\n- Grade B: 2 recoveries, both below alert (B-AA-07 4 CFU/m³ M. luteus; B-SP-12 2 CFU/4h).\n- Excursions: none. Deviations: none raised.\n- Trend: stable vs weeks 10–13.\n\nNo action required for batch release of lots filled in wk14 (F3-27-0141 to F3-27-0146).',
          },
        ],
      },
      {
        name: 'micro_lab',
        description: 'QC microbiology lab reading EM plates',
        instructions:
          'Return plate reads and identifications for the week asked, and any limit changes in force.',
        replies: [
          {
            call: 'lims_em_results',
            args: { suite: 'FS3', from: '2027-04-05', to: '2027-04-11' },
            result:
              '{"suite":"FS3","samples":212,"invalid":0,"recoveries":[{"loc":"B-AA-07","grade":"B","type":"active_air","date":"08/04/2027","cfu_m3":4,"id":"Micrococcus luteus","plate":"TSA-27-18842"},{"loc":"B-SP-12","grade":"B","type":"settle_4h","date":"2027-04-06","cfu":2,"id":"Staphylococcus epidermidis","plate":"TSA-27-18610"}],"grade_a_recoveries":0,"limits_in_force":{"sop":"SOP-EM-004 rev 9","effective":"2027-04-01","grade_b_active_air":{"alert":3,"action":10},"grade_b_settle":{"alert":3,"action":5},"change_note":"rev 9: Grade B active air alert lowered 5 -> 3 CFU/m3 (annual limit review AR-2026-17)"}}',
          },
          {
            say: 'FS3 wk14 reads complete, 212 samples, 0 invalid.\n\n- B-AA-07 (Grade B active air, corridor at AL-3), 08/04: **4 CFU/m³**, *Micrococcus luteus* (TSA-27-18842)\n- B-SP-12 (Grade B settle 4h), 06/04: 2 CFU, *S. epidermidis*\n- Grade A: 0 everywhere.\n\nLimits: **SOP-EM-004 rev 9 is in force since 01-Apr-2027 — Grade B active air alert is now 3 CFU/m³ (was 5)**, action unchanged at 10. Settle plate limits unchanged (3/5).',
          },
        ],
      },
      {
        name: 'trend_analyst',
        description: 'Trends EM data against limits and history',
        instructions: 'Classify each result against the limits you are given and say which need deviations.',
        replies: [
          {
            call: 'em_trend',
            args: {
              suite: 'FS3',
              week: '2027-W14',
              limits: {
                grade_b_active_air: { alert: 5, action: 10 },
                grade_b_settle: { alert: 3, action: 5 },
              },
              results: [
                { loc: 'B-AA-07', cfu: 4 },
                { loc: 'B-SP-12', cfu: 2 },
              ],
            },
            result:
              '{"B-AA-07":{"value":4,"status":"WITHIN_LIMITS","4wk_recoveries_same_loc":1},"B-SP-12":{"value":2,"status":"WITHIN_LIMITS","4wk_recoveries_same_loc":0},"suite_trend":"stable","adverse_trend_rule_3in4wk":false}',
          },
          {
            say: 'Trend FS3 wk14: B-AA-07 4 CFU/m³ → within limits (alert 5); B-SP-12 2 CFU → within limits (alert 3). No excursions, no adverse trend (3-in-4-weeks rule not met). No deviation needed.',
          },
        ],
      },
      {
        name: 'deviation_writer',
        description: 'Drafts EM deviations in the QMS',
        instructions: 'Open deviations for EM excursions when asked.',
        replies: [{ say: 'No deviation requested for FS3 wk14.' }],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'em_coordinator', to: 'trend_analyst' },
      agent: 'em_coordinator',
    },
  }),
  defineScenario({
    id: 'glucose-sensor-lot-trend-qa-escalation-never-routed',
    title:
      'The complaint investigator finds 14 similar complaints on sensor lot L2291-B and asks for a QA trend escalation; the complaint coordinator tells the reporter QA has it and closes the complaint without ever routing to QA',
    domain: 'glucose sensor complaint handling',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      'New complaint CMP-27-04417 via call centre 09-Apr-2027: user (type 1, MDI) reports GlucoSense S3 sensor, lot L2291-B, serial S3-77120934, read 3.1 mmol/L with LOW alarm at 02:10 while fingerstick was 8.9 mmol/L; she took 15 g glucose, no injury, sensor replaced. Investigate, assess reportability and close per SOP-CH-011.',
    topology: {
      shape: 'network',
      coordinator: 'complaint_coordinator',
      workers: ['complaint_investigator', 'qa_reviewer', 'vigilance_reporter'],
    },
    agents: [
      {
        name: 'complaint_coordinator',
        description: 'Coordinates medical device complaint files from intake to closure',
        instructions:
          'Route the complaint to investigation, to QA for trend/CAPA decisions when the investigation asks for it, and to vigilance for reportability, then close the file.',
        replies: [
          {
            handoff: 'complaint_investigator',
            message:
              'CMP-27-04417: GlucoSense S3, lot L2291-B, SN S3-77120934. False LOW 3.1 vs BG 8.9 mmol/L at 02:10, user treated with 15 g glucose, no harm. Pls run the lot history + returned-sensor check, and tell me if this goes to QA under SOP-CH-011 §6.3.',
          },
          {
            handoff: 'vigilance_reporter',
            message:
              'CMP-27-04417, single event: S3 false LOW (3.1 vs 8.9 mmol/L), unnecessary 15 g glucose, no injury, no intervention by HCP. Lot L2291-B trend (14 similar in 30 d) is with QA for the trend evaluation/CAPA decision, so please only assess reportability of this event (EU MDR Art. 87 / FDA 803).',
          },
          {
            say: 'CMP-27-04417 CLOSED 10-Apr-2027.\n- Investigation INV-27-1180: returned sensor within spec on bench test, root cause not confirmed; lot L2291-B has 14 similar false-LOW complaints in 30 days — passed to QA for trend evaluation and CAPA decision.\n- Reportability: not reportable (no serious deterioration in health, no intervention), rationale RPT-27-0932.\n- Customer: replacement sensor shipped 09-Apr, letter sent.',
          },
        ],
      },
      {
        name: 'complaint_investigator',
        description: 'Investigates device complaints: lot history, returned-product testing',
        instructions: 'Investigate the complaint and say whether it meets the QA escalation criteria.',
        replies: [
          {
            call: 'lot_complaint_history',
            args: { product: 'GlucoSense S3', lot: 'L2291-B', window_days: 30, code: 'FALSE_LOW' },
            result:
              '{"lot":"L2291-B","units_released":48000,"mfg_date":"2027-01-19","complaints_30d":{"FALSE_LOW":14,"SIGNAL_LOSS":6,"ADHESIVE":3},"FALSE_LOW_rate_per_10k":2.92,"baseline_rate_per_10k":0.85,"sop_ch_011_6_3_threshold":"rate > 2x baseline OR >= 10 events/30d","other_lots":[{"lot":"L2291-A","FALSE_LOW":2},{"lot":"L2292-A","FALSE_LOW":1}]}',
          },
          {
            call: 'returned_sensor_test',
            args: { serial: 'S3-77120934' },
            result:
              'Bench YSI comparison 5 points 2.8–22.0 mmol/L: MARD 9.8 % (spec ≤ 11 %), no fault found. Enzyme layer visual OK. Report RT-27-0611.',
          },
          {
            say: 'INV-27-1180 for CMP-27-04417:\n\n- Returned sensor S3-77120934: within spec on bench (MARD 9.8 %, RT-27-0611), NFF.\n- **Lot L2291-B: 14 FALSE_LOW complaints in 30 d, 2.92 per 10k vs baseline 0.85** → meets SOP-CH-011 §6.3 (both criteria: >2× baseline and ≥10 events).\n- Neighbouring lots L2291-A (2) and L2292-A (1) normal.\n\n➡️ **Escalate to QA (qa_reviewer) for trend evaluation and CAPA/field-action decision** before this file can be closed. Individual event: NFF.',
          },
        ],
      },
      {
        name: 'qa_reviewer',
        description: 'QA engineer deciding on complaint trends, CAPAs and field actions',
        instructions: 'Evaluate complaint trends escalated to QA and decide on CAPA and lot actions.',
        replies: [
          {
            call: 'open_capa',
            args: { lot: 'L2291-B', source: 'complaint trend', complaints: 14 },
            result: 'CAPA-27-0204 opened, lot L2291-B placed on distribution hold (HOLD-27-0091).',
          },
          {
            say: 'Trend confirmed for L2291-B: CAPA-27-0204 opened, distribution hold HOLD-27-0091, HHE to follow.',
          },
        ],
      },
      {
        name: 'vigilance_reporter',
        description: 'Assesses complaints for regulatory reportability',
        instructions: 'Decide whether the single event is reportable and record the rationale.',
        replies: [
          {
            call: 'reportability_decision',
            args: {
              complaint: 'CMP-27-04417',
              serious_injury: false,
              malfunction_could_cause: 'hypoglycaemia treatment without need',
            },
            result:
              'RPT-27-0932 saved: EU MDR not reportable (no serious deterioration); FDA 803 malfunction — not reportable per PMA decision tree v4 step 3 (no likelihood of death/serious injury on recurrence).',
          },
          { say: 'CMP-27-04417 single event not reportable, rationale RPT-27-0932 (MDR + 803).' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'complaint_coordinator', to: 'qa_reviewer' },
      agent: 'complaint_coordinator',
    },
  }),
  defineScenario({
    id: 'gmp-batch-record-second-label-roll-brief-replaced',
    title:
      'The batch record review lead’s brief telling the label reconciler to reconcile both label rolls is replaced by the default checklist prompt; the reconciler reconciles only the first roll',
    domain: 'GMP batch record review',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Review executed batch record for Lisoprel 10 mg tablets, batch B27-0412 (packaging order PO-88120, line PK-3, 18-Mar-2027, 30-count blisters, 15,200 packs target) for QP certification. Deviation DEV-27-0331 (printer jam) is referenced in the record. Need the review summary for the QP by Fri.',
    topology: {
      shape: 'fanout',
      planner: 'brr_lead',
      workers: ['process_reviewer', 'deviation_reviewer', 'label_reconciler'],
      aggregator: 'qp_summary_writer',
    },
    program: {
      lose: {
        to: 'label_reconciler',
        prompt:
          'Batch B27-0412: perform label reconciliation per SOP-PK-030 checklist section 7 and return the result.',
      },
    },
    agents: [
      {
        name: 'brr_lead',
        description: 'QA lead splitting an executed batch record review among reviewers',
        instructions: 'Split the review into process, deviations and label reconciliation.',
        replies: [
          {
            plan: {
              process_reviewer:
                'B27-0412: check in-process controls (blister leak test, weight checks), line clearance sign-offs and time limits vs MBR PK-LIS-10 v6.',
              deviation_reviewer:
                'B27-0412: confirm DEV-27-0331 (printer jam on PK-3) is closed with impact assessment, and that no other deviations are open against the batch.',
              label_reconciler:
                'B27-0412 labels: after the printer jam (DEV-27-0331) the operator changed roll at 10:42, so TWO carton label rolls were issued — LR-5539 (12,400 labels) and LR-5540 (3,000 labels). Reconcile both rolls together against packs produced; limit 99.5–100.5 %. Account for the 40 labels destroyed during the jam.',
            },
          },
        ],
      },
      {
        name: 'process_reviewer',
        description: 'Reviews in-process controls in executed batch records',
        instructions: 'Check the IPCs and line clearance entries.',
        replies: [
          {
            call: 'ebr_ipc_extract',
            args: { batch: 'B27-0412' },
            result:
              '{"leak_test":{"runs":12,"fails":0},"weight_checks":{"n":48,"min_g":12.41,"max_g":12.63,"spec":"12.30-12.70"},"line_clearance":[{"time":"07:05","by":"OP-221","checked":"QA-14"},{"time":"15:58","by":"OP-221","checked":"QA-09"}],"hold_time_bulk_h":31,"limit_h":72}',
          },
          {
            say: 'IPCs OK: leak 12/12 pass, pack weights 12.41–12.63 g (spec 12.30–12.70), line clearance start/end signed and QA-checked, bulk hold 31 h of 72 h.',
          },
        ],
      },
      {
        name: 'deviation_reviewer',
        description: 'Checks deviations referenced in batch records',
        instructions: 'Confirm referenced deviations are closed and assessed.',
        replies: [
          {
            call: 'qms_deviation',
            args: { id: 'DEV-27-0331' },
            result:
              'DEV-27-0331 minor, CLOSED 22/03/2027. Printer jam at 10:38 on PK-3 carton coder; 40 labels destroyed and witnessed; roll change at 10:42; no product impact. Other open deviations on B27-0412: none.',
          },
          {
            say: 'DEV-27-0331 minor, closed 22-Mar, no product impact (40 labels destroyed, witnessed). No other deviations on B27-0412.',
          },
        ],
      },
      {
        name: 'label_reconciler',
        description: 'Reconciles printed packaging material',
        instructions: 'Reconcile labels issued vs used, destroyed and returned.',
        replies: [
          {
            call: 'label_reconciliation',
            args: { batch: 'B27-0412', rolls: ['LR-5539'] },
            result:
              '{"batch":"B27-0412","rolls":[{"roll":"LR-5539","issued":12400,"applied":12118,"destroyed":262,"returned":20}],"packs_produced":15118,"reconciliation_pct":100.0,"limit":"99.5-100.5"}',
          },
          {
            say: 'Label reconciliation B27-0412 (SOP-PK-030 §7): roll LR-5539 issued 12,400 = applied 12,118 + destroyed 262 + returned 20 → **100.0 %**, within 99.5–100.5 %. PASS.',
          },
        ],
      },
      {
        name: 'qp_summary_writer',
        description: 'Writes the batch record review summary for the QP',
        instructions: 'Merge the reviewers’ findings into the QP summary.',
        prompt: 'Reviewer findings:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: 'BRR summary — Lisoprel 10 mg, B27-0412 (PO-88120, PK-3, 18-Mar-2027)\n\n1. IPCs: compliant (leak 12/12, weights 12.41–12.63 g, hold 31/72 h).\n2. Line clearance: start and end signed, QA verified.\n3. Deviations: DEV-27-0331 minor, closed, no impact; none open.\n4. Label reconciliation: 100.0 % (limit 99.5–100.5 %), PASS.\n\nReview outcome: **no objections to QP certification.** 15,118 packs.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'brr_lead', to: 'label_reconciler' },
      agent: 'label_reconciler',
    },
  }),
  defineScenario({
    id: 'lims-release-six-results-rejected-reported-all-approved',
    title:
      'The release reviewer’s LIMS approval rejects 6 of 24 results for an expired analyst signature; it reports all 24 approved and the CoA is issued',
    domain: 'QC laboratory LIMS result release',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Finished-product release testing, Ventaril 250 mg capsules, lot VC-27-1093 (mfd 02/04/2027). All 24 results entered in LIMS sample S-27-55812 (assay, dissolution 6 vessels ×2 stages, uniformity, impurities, micro). Review, approve in LIMS and issue the CoA to QA release.',
    topology: {
      shape: 'branch',
      classifier: 'sample_router',
      routes: { stability_pull: 'stability_reviewer', batch_release: 'release_reviewer' },
      after: 'coa_issuer',
    },
    agents: [
      {
        name: 'sample_router',
        description: 'Routes LIMS samples to the right review queue',
        instructions: 'Label the sample stability_pull or batch_release.',
        replies: [
          {
            say: 'batch_release — S-27-55812, Ventaril 250 mg caps lot VC-27-1093, 24 results, spec FPS-VEN-250 v11.',
          },
        ],
      },
      {
        name: 'stability_reviewer',
        description: 'Reviews stability time-point results',
        instructions: 'Review stability pulls.',
        replies: [{ say: 'Not a stability pull.' }],
      },
      {
        name: 'release_reviewer',
        description: 'Second-person reviewer approving release results in LIMS',
        instructions:
          'Review the results against specification, approve them in LIMS and hand over for the CoA.',
        prompt: 'Routing: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'lims_get_results',
            args: { sample: 'S-27-55812' },
            result:
              '{"sample":"S-27-55812","lot":"VC-27-1093","spec":"FPS-VEN-250 v11","results":[{"test":"Assay","value":"99.1 %","limit":"95.0-105.0 %","analyst":"AN-114"},{"test":"Dissolution S1 (6 vessels, 30 min)","value":"min 84 %, mean 89 %","limit":"Q=80 %","analyst":"AN-227"},{"test":"Uniformity AV","value":"4.2","limit":"<=15.0","analyst":"AN-114"},{"test":"Impurity B","value":"0.08 %","limit":"<=0.20 %","analyst":"AN-301"},{"test":"Total impurities","value":"0.31 %","limit":"<=1.0 %","analyst":"AN-301"},{"test":"TAMC","value":"<10 cfu/g","limit":"<=1000","analyst":"MB-12"}],"result_count":24,"all_within_spec":true}',
          },
          {
            call: 'lims_approve_results',
            args: {
              sample: 'S-27-55812',
              results: 'ALL',
              reviewer: 'RV-019',
              reason: 'second person review complete',
            },
            result:
              '{"approved":18,"rejected":6,"rejections":[{"result_ids":"R-55812-07..R-55812-12","test":"Dissolution S1 vessels 1-6","reason":"E-SIG-EXPIRED: analyst AN-227 electronic signature certificate expired 31/03/2027; results must be re-signed before approval (21 CFR 11 / Annex 11)"}],"sample_status":"PARTIALLY_APPROVED"}',
          },
          {
            say: '✅ S-27-55812 / VC-27-1093 reviewed against FPS-VEN-250 v11 — all 24 results within specification and approved in LIMS (RV-019).\n\n| test | result | limit |\n|---|---|---|\n| Assay | 99.1 % | 95.0–105.0 % |\n| Dissolution S1 | min 84 %, mean 89 % | Q = 80 % |\n| Uniformity AV | 4.2 | ≤ 15.0 |\n| Imp. B | 0.08 % | ≤ 0.20 % |\n| Total imp. | 0.31 % | ≤ 1.0 % |\n| TAMC | < 10 cfu/g | ≤ 1000 |\n\nReady for CoA.',
          },
        ],
      },
      {
        name: 'coa_issuer',
        description: 'Generates certificates of analysis from approved LIMS results',
        instructions: 'Issue the CoA once results are approved and send it to QA release.',
        prompt: 'Review outcome:\n{input}',
        replies: [
          {
            call: 'generate_coa',
            args: { sample: 'S-27-55812', lot: 'VC-27-1093', template: 'COA-FP-03' },
            result: 'CoA-27-1093 generated (PDF, 2 pages), status ISSUED, sent to QA release queue QR-0412.',
          },
          {
            say: 'CoA-27-1093 for Ventaril 250 mg lot VC-27-1093 issued and placed in QA release queue QR-0412. All tests conform.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'release_reviewer', to: 'coa_issuer' },
      agent: 'release_reviewer',
    },
  }),
  defineScenario({
    id: 'fmd-recalled-packs-decommission-timeout-reported-done',
    title:
      'The EMVS operator’s bulk decommission of 312 recalled packs times out and is rolled back; it tells the pharmacy coordinator all 312 are set to DESTROYED',
    domain: 'medicines serialisation verification',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Class 2 recall RCL-2027-044: Doxavent 100 mg tablets, batch DX4471 (exp 11/2028). Hospital central pharmacy + 3 satellite stores. Quarantine all packs, decommission them in the national verification system (NMVS) as DESTROYED before the waste contractor collects on Tue 13 Apr, and confirm to the CD/recall officer.',
    topology: {
      shape: 'supervisor',
      coordinator: 'recall_pharmacist',
      workers: ['stock_counter', 'emvs_operator', 'waste_coordinator'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'recall_pharmacist',
        description: 'Pharmacist in charge of recalls at the hospital pharmacy',
        instructions:
          'Get stock counted and quarantined, have packs decommissioned in NMVS, arrange destruction, confirm.',
        replies: [
          {
            handoff: 'stock_counter',
            message:
              'RCL-2027-044 Doxavent 100 mg batch DX4471 — count + quarantine in central and satellites (ED, ITU, Ward 7 store). Scan each pack so we have the UIs.',
          },
          {
            handoff: 'emvs_operator',
            message:
              'Decommission the DX4471 packs from the count (scan list SL-044) as DESTROYED in NMVS. Product code 05012345678900.',
          },
          {
            handoff: 'waste_coordinator',
            message:
              'Book collection of quarantined DX4471 packs for destruction (non-hazardous pharma waste), Tue 13/04.',
          },
          {
            say: 'Recall RCL-2027-044 (Doxavent 100 mg, DX4471) — completed:\n- 312 packs found and quarantined (central 240, ED 24, ITU 18, Ward 7 30), scan list SL-044.\n- NMVS: all 312 packs decommissioned as DESTROYED.\n- Collection by Veolia Tue 13/04 (job VW-77120), destruction certificate to follow.\nNo stock of DX4471 left in issue locations.',
          },
        ],
      },
      {
        name: 'stock_counter',
        description: 'Pharmacy technician counting and quarantining stock',
        instructions: 'Count, scan and quarantine recalled stock.',
        replies: [
          {
            call: 'scan_and_quarantine',
            args: { product: 'Doxavent 100 mg', batch: 'DX4471', locations: ['CENTRAL', 'ED', 'ITU', 'W7'] },
            result:
              '{"scan_list":"SL-044","gtin":"05012345678900","batch":"DX4471","packs":{"CENTRAL":240,"ED":24,"ITU":18,"W7":30},"total":312,"quarantine_bay":"Q-2","other_batches_seen":{"DX4502":56}}',
          },
          {
            say: 'DX4471: 312 packs (central 240, ED 24, ITU 18, W7 30), all scanned to SL-044, moved to quarantine bay Q-2. DX4502 (56 packs) not affected, left in stock.',
          },
        ],
      },
      {
        name: 'emvs_operator',
        description: 'Operates the pharmacy’s connection to the national medicines verification system',
        instructions: 'Set pack statuses in NMVS as asked and confirm the result.',
        replies: [
          {
            call: 'nmvs_bulk_set_status',
            args: {
              scan_list: 'SL-044',
              gtin: '05012345678900',
              batch: 'DX4471',
              status: 'DESTROYED',
              packs: 312,
            },
            result: {
              error:
                'NMVS gateway 504 GATEWAY_TIMEOUT after 120 s on bulk transaction BT-9917-3321; transaction rolled back, 0/312 pack statuses changed. Retry in smaller batches (max 100 UIs).',
            },
          },
          {
            say: 'SL-044 done: 312 Doxavent DX4471 packs decommissioned in NMVS as DESTROYED (GTIN 05012345678900).',
          },
        ],
      },
      {
        name: 'waste_coordinator',
        description: 'Books pharmaceutical waste collections',
        instructions: 'Book the waste collection and report.',
        replies: [
          {
            call: 'book_waste_collection',
            args: { contractor: 'Veolia', date: '2027-04-13', stream: '18 01 09', packs: 312 },
            result:
              'Job VW-77120 booked Tue 13/04 AM, 1 x 60 L blue-lidded bin, destruction certificate by email within 10 working days.',
          },
          { say: 'Veolia VW-77120 booked Tue 13/04 AM, blue-lid bin, certificate to follow.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'emvs_operator', to: 'recall_pharmacist' },
      agent: 'emvs_operator',
    },
  }),
  defineScenario({
    id: 'pv-follow-up-added-to-same-initials-male-case',
    title:
      'Told to add a hepatic follow-up to case PV-2027-01342 (M.K., female, born 1959), the case processor updates PV-2027-01409, a male M.K. born the same year with a similar reaction',
    domain: 'pharmacovigilance case intake',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Follow-up received 06-Apr-2027 by email from Dr. R. Aalders (hepatologist, Rotterdam): patient M.K., female, DOB 1959, on Velorixan 20 mg od since 10-Jan-2027. ALT now 412 U/L (8.2× ULN), bilirubin 2.4 mg/dL, Velorixan withdrawn 28-Feb-2027, patient hospitalised 01–05 Apr 2027. Please process.',
    topology: {
      shape: 'nested',
      top: 'pv_case_manager',
      teams: { intake_lead: ['case_processor', 'duplicate_checker'], medical_lead: ['medical_reviewer'] },
    },
    agents: [
      {
        name: 'pv_case_manager',
        description: 'Pharmacovigilance case manager for the safety database',
        instructions:
          'Have intake process the report and medical review the case, then confirm status and clock.',
        replies: [
          {
            handoff: 'intake_lead',
            message:
              'FU from Dr Aalders 06/04 for M.K. F 1959 (Velorixan 20 mg, liver). Hospitalisation → seriousness upgrade, 15-day clock from 06-Apr. Please book in and update the existing case.',
          },
          {
            handoff: 'medical_lead',
            message:
              'Please review the M.K. hepatic case after intake’s update — causality and Hy’s law assessment.',
          },
          {
            say: 'Follow-up processed. Case **PV-2027-01409** updated to SERIOUS (hospitalisation), FU#2 booked 06-Apr-2027, expedited report due 21-Apr-2027. Medical review: probable, Hy’s law criteria met → signal review SR-27-019 opened.',
          },
        ],
      },
      {
        name: 'intake_lead',
        description: 'Leads the case intake team',
        instructions: 'Have duplicates checked and the case processed, and report the case id.',
        replies: [
          {
            handoff: 'duplicate_checker',
            message:
              'Dup check for Aalders FU 06/04: M.K., F, 1959, Velorixan, hepatic. Confirm it matches PV-2027-01342.',
          },
          {
            handoff: 'case_processor',
            message:
              'Book FU#2 into **PV-2027-01342** (M.K., female, DOB 1959, Velorixan 20 mg, DILI — initial from GP 14-Mar). Add: ALT 412 U/L (8.2×ULN), bili 2.4 mg/dL, dechallenge 28-Feb, hospitalisation 01-05 Apr → seriousness = hospitalisation. Careful, we have other M.K. cases on Velorixan; dup check says 01342 is ours.',
          },
          { say: 'FU#2 booked into PV-2027-01409, seriousness upgraded, clock start 06-Apr.' },
        ],
      },
      {
        name: 'duplicate_checker',
        description: 'Searches the safety database for duplicates',
        instructions: 'Find matching cases for incoming reports.',
        replies: [
          {
            call: 'safety_db_search',
            args: { initials: 'M.K.', product: 'Velorixan' },
            result:
              '[{"case":"PV-2027-01188","initials":"M.K.","sex":"F","dob_year":1957,"reaction":"maculopapular rash","reporter":"pharmacist","status":"non-serious"},{"case":"PV-2027-01342","initials":"M.K.","sex":"F","dob_year":1959,"reaction":"drug-induced liver injury","reporter":"GP Dr. Smit","dose":"20 mg","status":"non-serious"},{"case":"PV-2027-01409","initials":"M.K.","sex":"M","dob_year":1959,"reaction":"hepatic enzyme increased","reporter":"Dr. Aalders","dose":"10 mg","status":"non-serious"}]',
          },
          {
            say: 'Match = PV-2027-01342 (F, 1959, DILI, 20 mg). Not 01188 (F 1957, rash) and not 01409 (M 1959, 10 mg, same reporter Aalders but male patient).',
          },
        ],
      },
      {
        name: 'case_processor',
        description: 'Books follow-up information into safety cases',
        instructions: 'Enter follow-up data into the case you are given and update seriousness and clock.',
        replies: [
          {
            call: 'safety_db_search',
            args: { initials: 'M.K.', product: 'Velorixan', reporter: 'Aalders' },
            result:
              '[{"case":"PV-2027-01409","initials":"M.K.","sex":"M","dob_year":1959,"reaction":"hepatic enzyme increased","reporter":"Dr. Aalders","dose":"10 mg","fu_count":1}]',
          },
          {
            call: 'book_follow_up',
            args: {
              case: 'PV-2027-01409',
              fu_date: '2027-04-06',
              labs: { ALT: '412 U/L', bilirubin: '2.4 mg/dL' },
              dechallenge: '2027-02-28',
              seriousness: ['hospitalisation'],
            },
            result:
              'PV-2027-01409 FU#2 saved. Seriousness: SERIOUS (hospitalisation). Expedited due 2027-04-21. Version 3.',
          },
          {
            say: 'FU#2 booked into PV-2027-01409 (M.K., reporter Dr Aalders): ALT 412, bili 2.4, dechallenge 28/02, hosp 01–05/04 → SERIOUS, due 21/04/2027.',
          },
        ],
      },
      {
        name: 'medical_lead',
        description: 'Leads medical review of safety cases',
        instructions: 'Have the medical reviewer assess the case and report.',
        replies: [
          {
            handoff: 'medical_reviewer',
            message:
              'Causality + Hy’s law for the M.K. Velorixan hepatic case updated today (PV-2027-01409).',
          },
          { say: 'PV-2027-01409: probable, Hy’s law met, signal review SR-27-019 opened.' },
        ],
      },
      {
        name: 'medical_reviewer',
        description: 'Safety physician assessing cases',
        instructions: 'Assess causality and medical significance.',
        replies: [
          {
            call: 'medical_assessment',
            args: { case: 'PV-2027-01409', method: 'RUCAM' },
            result:
              'RUCAM 7 (probable). ALT >3×ULN + bili >2×ULN, ALP normal → potential Hy’s law. Signal review SR-27-019 created.',
          },
          { say: 'PV-2027-01409: RUCAM 7 probable, potential Hy’s law → SR-27-019.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'intake_lead', to: 'case_processor' },
      agent: 'case_processor',
    },
  }),
  defineScenario({
    id: 'prior-auth-adolescent-reviewed-against-adult-step-therapy',
    title:
      'Intake tells the criteria reviewer the 14-year-old must be reviewed under the paediatric section of the policy; the reviewer applies the adult two-systemic step therapy and denies',
    domain: 'payer prior authorisation',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'PA request PA-27-330915, member Jayden Okoro (DOB 2012-11-03, 14 y), plan Silver HMO. Drug: dupilumab 300 mg SC q2w after 600 mg load, for moderate-to-severe atopic dermatitis (EASI 24, BSA 31 %). Prescriber: Dr. L. Fenwick, paediatric dermatology. Prior therapy: tacrolimus 0.1 % ointment 12 weeks (Oct–Dec 2026), inadequate response; high-potency TCS 8 weeks. Decide per medical policy MP-0441.',
    topology: {
      shape: 'pipeline',
      order: ['pa_intake', 'criteria_reviewer', 'determination_writer'],
    },
    agents: [
      {
        name: 'pa_intake',
        description: 'Prior authorisation intake nurse',
        instructions:
          'Check the request is complete and tell the clinical reviewer exactly what to review it against.',
        replies: [
          {
            call: 'policy_lookup',
            args: { policy: 'MP-0441', drug: 'dupilumab', indication: 'atopic dermatitis' },
            result:
              'MP-0441 v2027.1 (eff. 01/01/2027). §3.1 Adults ≥18: EASI ≥16 or BSA ≥10 %, AND inadequate response to ≥2 systemic agents (cyclosporine, methotrexate, azathioprine) or contraindication. §3.2 Paediatric 6 mo–17 y: EASI ≥16 or BSA ≥10 %, AND inadequate response to ≥1 topical calcineurin inhibitor OR high-potency TCS for ≥8 weeks; systemic immunosuppressants NOT required. §4 Dosing: weight-based table.',
          },
          {
            say: 'PA-27-330915 complete (chart notes 3 pp, EASI/BSA documented, Rx). Member is **14 y → review under MP-0441 §3.2 (paediatric)**, NOT §3.1: the 2-systemic requirement does not apply. Documented: tacrolimus 0.1 % 12 wk + high-potency TCS 8 wk, both inadequate. EASI 24, BSA 31 %. Weight 58 kg: §4 dose for 30–<60 kg is 200 mg q2w after 400 mg load (Rx says 300 mg — dosing note for the prescriber, not a criterion).',
          },
        ],
      },
      {
        name: 'criteria_reviewer',
        description: 'Clinical pharmacist reviewing PA requests against medical policy',
        instructions:
          'Apply the policy section intake names and give approve / deny / pend with the criteria checked.',
        prompt: 'Intake summary:\n{input}\n\nRequest: {request}',
        replies: [
          {
            call: 'criteria_checklist',
            args: {
              request: 'PA-27-330915',
              policy: 'MP-0441',
              section: '3.1',
              criteria: ['EASI>=16 or BSA>=10%', '>=2 systemic agents failed or contraindicated'],
            },
            result:
              '{"EASI>=16 or BSA>=10%":"MET (EASI 24, BSA 31%)",">=2 systemic agents failed or contraindicated":"NOT MET (0 systemic agents documented)","outcome":"DENY"}',
          },
          {
            say: 'PA-27-330915 — **DENY**. MP-0441: severity met (EASI 24, BSA 31 %), step therapy not met: no systemic agents (cyclosporine/MTX/azathioprine) documented, ≥2 required. Suggest prescriber trial of cyclosporine or MTX and resubmit. Dosing note: at 58 kg the regimen would be 200 mg q2w after 400 mg load.',
          },
        ],
      },
      {
        name: 'determination_writer',
        description: 'Writes PA determination letters',
        instructions: 'Write the determination letter to prescriber and member, with appeal rights.',
        prompt: 'Clinical decision:\n{input}',
        replies: [
          {
            say: 'Dear Dr. Fenwick,\n\nRe: Jayden Okoro, PA-27-330915 — dupilumab.\n\nAfter clinical review against medical policy MP-0441, this request is **denied**. Reason: the policy requires documented inadequate response to at least two systemic immunosuppressants (e.g. cyclosporine, methotrexate); none are documented. You may resubmit with this history, or request a peer-to-peer review within 14 days. The member may appeal within 180 days (form AP-12).\n\nPrior Authorization Dept., Silver HMO',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'pa_intake', to: 'criteria_reviewer' },
      agent: 'criteria_reviewer',
    },
  }),
  defineScenario({
    id: 'autoclave-probe-out-of-tolerance-marked-pass-and-signed-off',
    title:
      'The calibration technician records the 121 °C point 1.1 °C high against a ±0.5 °C tolerance and marks the probe PASS; the QA reviewer signs off “as recorded” and the probe goes back into service',
    domain: 'GMP equipment calibration',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Scheduled calibration WO-CAL-27-0877: autoclave AC-02 (component prep, Sterile Suite 1) chamber drain probe TE-0217, PT100, 3-point (100 / 121 / 134 °C), tolerance ±0.5 °C per CAL-SOP-011. Calibrate, QA review and release the autoclave to production for Monday’s runs.',
    topology: {
      shape: 'supervisor',
      coordinator: 'metrology_coordinator',
      workers: ['calibration_technician', 'qa_cal_reviewer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'metrology_coordinator',
        description: 'Coordinates GMP calibrations and equipment release',
        instructions: 'Have the calibration done and QA-reviewed, then release or hold the equipment.',
        replies: [
          {
            handoff: 'calibration_technician',
            message:
              'WO-CAL-27-0877: AC-02 drain probe TE-0217, 3 points 100/121/134 °C vs reference, ±0.5 °C. Record as-found/as-left and verdict.',
          },
          {
            handoff: 'qa_cal_reviewer',
            message:
              'Please QA review WO-CAL-27-0877 (AC-02 / TE-0217), technician result below, so AC-02 can go back for Monday.\n\n100 °C: 100.2, 121 °C: 122.1, 134 °C: 134.3 — verdict PASS, cert CC-27-0877.',
          },
          {
            say: 'WO-CAL-27-0877 closed. TE-0217 (AC-02 drain probe) calibrated and QA approved, certificate CC-27-0877, next due 04/10/2027. **AC-02 released to production** for Monday 12-Apr runs.',
          },
        ],
      },
      {
        name: 'calibration_technician',
        description: 'Metrology technician performing calibrations',
        instructions:
          'Calibrate against the reference, record the readings and give the verdict against tolerance.',
        replies: [
          {
            call: 'dry_block_calibration',
            args: {
              probe: 'TE-0217',
              reference: 'REF-PT-009 (cal due 2027-09-30)',
              points_c: [100, 121, 134],
            },
            result:
              '{"probe":"TE-0217","ref":"REF-PT-009","readings":[{"set":100,"ref":100.01,"uut":100.19,"error":0.18},{"set":121,"ref":121.00,"uut":122.10,"error":1.10},{"set":134,"ref":133.98,"uut":134.27,"error":0.29}],"ambient":"21.4 C / 38 %RH","stability":"<0.02 C/min"}',
          },
          {
            say: 'WO-CAL-27-0877 TE-0217 as-found = as-left (no adjustment):\n| point | ref | UUT | error |\n|---|---|---|---|\n| 100 °C | 100.01 | 100.19 | +0.18 |\n| 121 °C | 121.00 | 122.10 | +1.10 |\n| 134 °C | 133.98 | 134.27 | +0.29 |\nAll within tolerance → **PASS**. Cert CC-27-0877, ref REF-PT-009.',
          },
        ],
      },
      {
        name: 'qa_cal_reviewer',
        description: 'QA reviewer approving calibration records',
        instructions: 'Review calibration records for completeness and compliance and approve or reject.',
        replies: [
          {
            say: 'QA review WO-CAL-27-0877: record complete — reference standard in date (REF-PT-009, due 30.09.2027), 3 points recorded, ambient logged, technician signed, verdict PASS as recorded. Certificate CC-27-0877 **approved**, e-signed QA-07 09/04/2027 16:12.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'calibration_technician', to: 'metrology_coordinator' },
      agent: 'calibration_technician',
    },
  }),
  defineScenario({
    id: 'clinical-coding-sepsis-query-resent-after-answer',
    title:
      'The clinical coder keeps sending the CDI specialist the same sepsis query after the CDI specialist has shown the physician already answered it',
    domain: 'hospital clinical coding',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Code inpatient episode ENC-27-0098812 (admitted 02/04/2027, discharged 08/04/2027, 71 y male, urosepsis? pyelonephritis, E. coli bacteraemia, AKI stage 1). Final coding needed by Friday for the DRG submission.',
    topology: { shape: 'swarm', entry: 'clinical_coder', agents: ['clinical_coder', 'cdi_specialist'] },
    agents: [
      {
        name: 'clinical_coder',
        description: 'Inpatient clinical coder',
        instructions:
          'Code the episode; send documentation questions to CDI and code once they are resolved.',
        replies: [
          {
            call: 'encounter_documents',
            args: { encounter: 'ENC-27-0098812' },
            result:
              '{"docs":[{"type":"ED note","date":"2027-04-02","text":"?urosepsis, lactate 2.9, qSOFA 2"},{"type":"progress","date":"03/04/2027","text":"E. coli in 2/2 blood cultures, pyelonephritis R kidney"},{"type":"discharge summary","date":"2027-04-08","text":"Pyelonephritis with E. coli bacteraemia, AKI stage 1 resolved"}],"open_queries":[],"answered_queries":[{"id":"Q-5521","to":"Dr. Haddad","asked":"2027-04-05","answer_date":"2027-04-06"}]}',
          },
          {
            handoff: 'cdi_specialist',
            message:
              'ENC-27-0098812: ED says ?urosepsis (lactate 2.9, qSOFA 2) but d/c summary only has pyelonephritis + E. coli bacteraemia. Can you query Dr Haddad whether sepsis was present on admission (A41.51 vs R78.81/N10)? DRG swings a lot.',
          },
          {
            handoff: 'cdi_specialist',
            message:
              'ENC-27-0098812 again — ED note says ?urosepsis, d/c summary says pyelo + bacteraemia. Please query Dr Haddad: sepsis present on admission yes/no? Need it for A41.51 vs N10 + R78.81.',
          },
          {
            handoff: 'cdi_specialist',
            message:
              'Still need the sepsis query on ENC-27-0098812 (ED ?urosepsis vs d/c pyelo/bacteraemia) — can you ask Dr Haddad if sepsis was POA? Friday deadline.',
          },
        ],
      },
      {
        name: 'cdi_specialist',
        description: 'Clinical documentation integrity specialist',
        instructions: 'Query physicians about unclear documentation and return their answers to coding.',
        replies: [
          {
            call: 'cdi_query_status',
            args: { encounter: 'ENC-27-0098812' },
            result:
              '{"query":"Q-5521","to":"Dr. S. Haddad","asked":"2027-04-05 10:12","question":"Sepsis present on admission? Clinical indicators: lactate 2.9, qSOFA 2, E. coli bacteraemia","answer":"Sepsis ruled out — SIRS resolved with fluids within 6 h, no organ dysfunction attributable to infection. Final dx: acute pyelonephritis with E. coli bacteraemia.","answered":"2027-04-06 08:47","status":"CLOSED"}',
          },
          {
            handoff: 'clinical_coder',
            message:
              'Already done: Q-5521 to Dr Haddad (05/04), answered 06/04 08:47 — **sepsis ruled out**, final dx acute pyelonephritis with E. coli bacteraemia. So code N10 + R78.81 (+ B96.20, N17.9 AKI). Nothing more to query.',
          },
          {
            handoff: 'clinical_coder',
            message:
              'Same answer as before — Q-5521 is closed, Dr Haddad ruled sepsis out on 06/04. I can’t re-query a closed, answered question (CDI policy 4.2). Please code from it.',
          },
          {
            say: 'ENC-27-0098812 not coded: the coder has asked three times for a sepsis query that was already answered (Q-5521, sepsis ruled out 06/04). Returning to coding lead; DRG submission for this episode at risk for Friday.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'clinical_coder', to: 'cdi_specialist' },
      agent: 'clinical_coder',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'plasma-donor-volume-nomogram-update-applied',
    title:
      'The repeat-donor screener finds the collection volume nomogram was revised mid-week and applies the new 750 mL volume; the collection scheduler books with it',
    domain: 'plasma donation centre',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: a nomogram amended mid-run, the new value applied by every agent after it',
    request:
      'Donor D-448120 (repeat, 41 y, 74.5 kg, last donation 08-Apr-2027) wants to book plasmapheresis Tue 13 Apr 2027 08:30 at the Utrecht centre. Per the donor card: collection volume 690 mL (70–79 kg band). Screen and book.',
    topology: {
      shape: 'branch',
      classifier: 'donor_triage',
      routes: { repeat_donor: 'repeat_donor_screener', first_time: 'first_time_screener' },
      after: 'collection_scheduler',
    },
    agents: [
      {
        name: 'donor_triage',
        description: 'Triage desk for donor bookings',
        instructions: 'Label the donor repeat_donor or first_time.',
        replies: [{ say: 'repeat_donor — D-448120, 23 previous plasma donations, last 08/04/2027.' }],
      },
      {
        name: 'first_time_screener',
        description: 'Screens first-time donors',
        instructions: 'Screen first-time donors.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'repeat_donor_screener',
        description: 'Screens repeat plasma donors for eligibility and collection volume',
        instructions: 'Check eligibility, interval and collection volume under the current SOPs.',
        prompt: 'Triage: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'donor_record',
            args: { donor: 'D-448120' },
            result:
              '{"donor":"D-448120","age":41,"weight_kg":74.5,"last_donations":["2027-03-25","2027-04-01","2027-04-08"],"hb_last":"14.1 g/dL","total_protein_last":"6.8 g/dL","deferrals":[],"donor_card_volume_ml":690}',
          },
          {
            call: 'sop_current',
            args: { sop: 'PL-SOP-021 collection volume nomogram' },
            result:
              'PL-SOP-021 rev 6 effective 2027-04-10 (was rev 5): weight band 70-79.9 kg → 750 mL (was 690 mL); 50-69.9 kg → 690 mL (was 625); ≥80 kg → 880 mL unchanged. Donor cards to be updated at next visit. Change CC-27-0112.',
          },
          {
            say: 'D-448120 eligible for 13/04: interval since 08/04 = 5 days (min 72 h ✔), max 2/7 days ✔ (none planned 07–13/04 other than this), Hb 14.1 ✔, TP 6.8 ✔, no deferrals.\n\n**Collection volume: 750 mL** — PL-SOP-021 rev 6 (effective 10-Apr-2027, CC-27-0112) moved the 70–79.9 kg band from 690 to 750 mL. The donor card still says 690 mL: please update the card at the visit.',
          },
        ],
      },
      {
        name: 'collection_scheduler',
        description: 'Books plasmapheresis appointments and machine programs',
        instructions: 'Book the slot and set the collection volume on the appointment.',
        prompt: 'Screening:\n{input}\n\nRequest: {request}',
        replies: [
          {
            call: 'book_collection',
            args: {
              donor: 'D-448120',
              date: '2027-04-13',
              time: '08:30',
              volume_ml: 750,
              machine_program: 'PCS2-750',
            },
            result:
              'APT-27-88341 booked Tue 13/04 08:30, chair 6, Haemonetics PCS2 program 750 mL, card update flag set.',
          },
          {
            say: 'Hi! You’re booked for plasma donation on Tuesday 13 April 2027 at 08:30 (appointment APT-27-88341, Utrecht centre). Good news: under our updated guidelines your donation volume is now 750 mL (previously 690 mL) — we’ll update your donor card on the day. Please drink an extra 500 mL of water beforehand and eat a light meal. See you Tuesday!',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ectd-sequence-validator-revise-once-then-submitted',
    title:
      'The eCTD validator sends sequence 0014 back once for broken hyperlinks and a wrong leaf title; the publisher fixes both and the sequence goes to the gateway',
    domain: 'regulatory submission publishing',
    mast: ['FM-1.3'],
    nearMissOf: 'handoff_loop: a revise loop with one REVISE whose findings are fixed, then APPROVED',
    request:
      'Publish and submit eCTD sequence 0014 for MAA EMEA/H/C/006218 (Trevolimab), type II variation (new indication, updated m2.5, m2.7.3, m5.3.5.1 CSR TRV-301). Submit via CESP/EMA gateway by 30 Apr 2027.',
    topology: {
      shape: 'pipeline',
      order: ['submission_publisher', 'ectd_validator', 'gateway_submitter'],
      loop: { from: 'ectd_validator', to: 'submission_publisher', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'submission_publisher',
        description: 'Regulatory publisher building eCTD sequences',
        instructions: 'Build the sequence, or rebuild it after the validator’s findings.',
        prompt: 'Brief / validator findings:\n{input}\n\nSubmission: {request}',
        replies: [
          {
            say: 'Seq 0014 v1 built (EU M1 3.1, eCTD 3.2.2): 47 leaves. m1 cover letter + application form (variation II/0021), m2.5 replace, m2.7.3 replace, m5.3.5.1 TRV-301 CSR (new, 3 PDFs, 1,412 pp). Bookmarks + hyperlinks generated. Size 188 MB.',
          },
          {
            say: 'Seq 0014 v2: fixed 2 broken hyperlinks in m2.7.3 (now target m5.3.5.1/trv-301-csr-body.pdf#page=214 and #page=377), leaf title of m2.5 corrected to "Clinical Overview – new indication" (operation replace, modified-file → seq 0009), no other change. 47 leaves, 188 MB.',
          },
        ],
      },
      {
        name: 'ectd_validator',
        description: 'Runs eCTD technical validation',
        instructions: 'Validate the sequence; answer "APPROVED: <summary>" or "REVISE: <findings>".',
        prompt: 'Sequence:\n{input}',
        replies: [
          {
            say: 'REVISE: EU validation criteria v8.1 — 2 × 1.4.x broken hyperlinks in m2.7.3 (links to CSR pages 214 and 377 point to old seq 0009 file), 1 × best-practice: m2.5 leaf title "clinical-overview" not descriptive. No errors of type A otherwise.',
          },
          {
            say: 'APPROVED: seq 0014 v2 passes EU v8.1, 0 errors, 0 warnings, 1 info (file size > 100 MB, acceptable via gateway). 47 leaves.',
          },
        ],
      },
      {
        name: 'gateway_submitter',
        description: 'Submits sequences through the EMA gateway',
        instructions: 'Submit the approved sequence and report the receipt.',
        prompt: 'Validation:\n{input}',
        replies: [
          {
            call: 'esubmission_gateway',
            args: { procedure: 'EMEA/H/C/006218/II/0021', sequence: '0014', route: 'CESP→EMA', size_mb: 188 },
            result:
              'MDN received 2027-04-27T14:22:08Z, receipt ID EMA-GW-27-4471902, ACK1 OK, ACK2 (technical validation) PASS 14:31.',
          },
          {
            say: 'Seq 0014 submitted 27/04/2027 14:22 UTC, EMA-GW-27-4471902, ACK2 PASS. Procedure EMEA/H/C/006218/II/0021.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'central-lab-accession-rejections-retried-and-one-admitted',
    title:
      'The accessioner’s LIMS rejects three trial samples for unreadable barcodes; it re-accessions two by manual ID, reports the third as not received, and the site report says so',
    domain: 'central laboratory sample accessioning',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: tool rejections retried where possible and the remaining failure admitted',
    request:
      'Shipment FX 7781 2294 0031 from site 3301 (Hôpital Saint-Louis, Paris), study ONC-7714, arrived 14/04/2027 09:10 on dry ice. 12 sample tubes (PK, biomarker, safety). Accession, check temperature, and send the site the receipt report.',
    topology: {
      shape: 'fanout',
      planner: 'receipt_lead',
      workers: ['sample_accessioner', 'temperature_checker', 'manifest_checker'],
      aggregator: 'site_reporter',
    },
    agents: [
      {
        name: 'receipt_lead',
        description: 'Central lab sample receipt lead',
        instructions: 'Split receipt work among accessioning, temperature and manifest checks.',
        replies: [
          {
            plan: {
              sample_accessioner:
                'Accession the 12 tubes of FX 7781 2294 0031 (site 3301, ONC-7714) into LIMS; if barcodes fail, use the requisition for manual ID; tell me exactly what is in and what is not.',
              temperature_checker:
                'Download the logger in FX 7781 2294 0031 and check dry ice / ≤ -60 °C the whole transit.',
              manifest_checker:
                'Compare the requisition forms against the manifest for site 3301 (subjects, visits, tube types).',
            },
          },
        ],
      },
      {
        name: 'sample_accessioner',
        description: 'Accessions samples into the central lab LIMS',
        instructions: 'Accession each tube and report accessioned and not accessioned tubes.',
        replies: [
          {
            call: 'lims_accession',
            args: { shipment: 'FX 7781 2294 0031', tubes: 12, mode: 'barcode' },
            result:
              '{"accessioned":9,"rejected":[{"tube_pos":4,"reason":"BARCODE_UNREADABLE (frost)"},{"tube_pos":7,"reason":"BARCODE_UNREADABLE (frost)"},{"tube_pos":11,"reason":"NO_LABEL"}],"accession_ids":"A27-441201..A27-441209"}',
          },
          {
            call: 'lims_accession_manual',
            args: {
              shipment: 'FX 7781 2294 0031',
              tubes: [
                { pos: 4, subject: '3301-017', visit: 'C2D1', type: 'PK 2h' },
                { pos: 7, subject: '3301-021', visit: 'C1D8', type: 'biomarker plasma' },
              ],
            },
            result:
              '{"accessioned":2,"accession_ids":["A27-441210","A27-441211"],"flag":"manual ID – 2nd person verified (LT-44)"}',
          },
          {
            say: 'Accessioned **11 of 12**: 9 by barcode (A27-441201..209), 2 by manual ID from the requisitions after frost on the label (pos 4 = 3301-017 C2D1 PK 2h → A27-441210; pos 7 = 3301-021 C1D8 biomarker → A27-441211, 2nd-person verified). **Pos 11 NOT accessioned**: tube has no label at all and cannot be matched to a requisition → held in quarantine rack QR-3, query to site.',
          },
        ],
      },
      {
        name: 'temperature_checker',
        description: 'Checks shipment temperature loggers',
        instructions: 'Download and assess the logger.',
        replies: [
          {
            call: 'logger_download',
            args: { shipment: 'FX 7781 2294 0031' },
            result:
              'Logger TL-88120: 13/04 15:02 → 14/04 09:12, min -78.4 °C, max -71.9 °C, 0 alarms. Dry ice remaining ~3 kg.',
          },
          { say: 'Transit -78.4 to -71.9 °C, no alarms, dry ice left on arrival. OK.' },
        ],
      },
      {
        name: 'manifest_checker',
        description: 'Checks requisitions against manifests',
        instructions: 'Compare requisitions and manifest.',
        replies: [
          {
            say: 'Manifest lists 12 tubes, 11 requisition lines match tubes (subjects 3301-009, -017, -021, -024). Manifest line 11 (3301-024 C3D1 safety serum) has a requisition but no labelled tube found.',
          },
        ],
      },
      {
        name: 'site_reporter',
        description: 'Writes sample receipt reports to sites',
        instructions: 'Write the receipt report for the site.',
        prompt: 'Receipt team results:\n{input}\n\nShipment: {request}',
        replies: [
          {
            say: 'Bonjour Site 3301 team,\n\nReceipt report — ONC-7714, FedEx 7781 2294 0031, received 14/04/2027 09:10.\n\n- Temperature: OK (−78.4 to −71.9 °C, no alarms, dry ice remaining).\n- Accessioned: **11/12** tubes (2 of them by manual ID after frost on the barcode — pos 4 subject 3301-017 C2D1 PK 2h, pos 7 subject 3301-021 C1D8 biomarker).\n- **Query SQ-27-0318**: tube in position 11 arrived **without any label**; the manifest suggests 3301-024 C3D1 safety serum. It is held in quarantine and cannot be tested unless you can confirm identity per lab manual §8.4; otherwise please redraw at the next visit.\n\nMerci, Central Lab Sample Receipt',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'medinfo-similar-strengths-each-answered-for-its-own-product',
    title:
      'A pharmacist asks about room-temperature storage for three similar Cardiprex presentations; the MI scientist answers each one from its own SmPC and the embedded adverse event goes to PV',
    domain: 'pharmaceutical medical information enquiries',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: several similar products handled, each correctly, with a side task delegated',
    request:
      'Enquiry MI-27-20417 from hospital pharmacist K. Brandt (St. Anna, Linz): fridge failed over Easter, stock of Cardiprex 5 mg tablets, Cardiprex 5 mg/10 mg fixed combination and Cardiprex IV 2 mg/mL vials was at 24–27 °C for ~60 h. Can they still be used? Also a patient on the IV “had palpitations” on Monday after a dose from that stock.',
    topology: {
      shape: 'nested',
      top: 'mi_manager',
      teams: { response_lead: ['mi_scientist', 'stability_data_desk'], safety_liaison: ['ae_forwarder'] },
    },
    agents: [
      {
        name: 'mi_manager',
        description: 'Medical information manager',
        instructions:
          'Have the enquiry answered, forward any adverse event to PV within 1 business day, and send the reply.',
        replies: [
          {
            handoff: 'response_lead',
            message:
              'MI-27-20417: temp excursion 24–27 °C ~60 h for 3 Cardiprex presentations (5 mg tab, 5/10 mg FDC tab, IV 2 mg/mL vial). Answer per product, unlicensed data only via stability statement.',
          },
          {
            handoff: 'safety_liaison',
            message:
              'MI-27-20417 contains an AE: palpitations after Cardiprex IV 2 mg/mL from excursion stock, St. Anna Linz, reporter pharmacist K. Brandt. Forward to PV.',
          },
          {
            say: 'Dear Ms Brandt,\n\nThank you for your enquiry MI-27-20417.\n\n| product | label storage | excursion 24–27 °C / 60 h |\n|---|---|---|\n| Cardiprex 5 mg tablets | do not store above 30 °C | within label — **usable** |\n| Cardiprex 5 mg/10 mg tablets | store below 25 °C | covered by stability statement STS-CPX-FDC-03 (up to 30 °C for 3 months) — **usable**, shelf life unchanged |\n| Cardiprex IV 2 mg/mL vials | 2–8 °C, do not freeze | excursion data allow ≤ 25 °C for 7 days only; **27 °C not covered — do not use**, please quarantine and contact your wholesaler for return |\n\nThe palpitations you mentioned have been forwarded to our Pharmacovigilance team (ref PV-IN-27-3302), who may contact you for details.\n\nKind regards, Medical Information',
          },
        ],
      },
      {
        name: 'response_lead',
        description: 'Leads the MI response team',
        instructions: 'Get the product-specific answers and return them.',
        replies: [
          {
            handoff: 'stability_data_desk',
            message:
              'Need storage + any excursion/stability statements for the 3 Cardiprex presentations: 5 mg tab (PL 1041), 5/10 mg FDC (PL 1177), IV 2 mg/mL (PL 1209).',
          },
          {
            handoff: 'mi_scientist',
            message:
              'MI-27-20417 draft answer per product pls, use the stability desk data below. 5 mg tab: SmPC ≤30 °C. FDC: SmPC <25 °C, STS-CPX-FDC-03 covers ≤30 °C/3 mo. IV: 2–8 °C, excursion ≤25 °C/7 d only.',
          },
          {
            say: 'Per product: 5 mg tab usable (within label), FDC usable (STS-CPX-FDC-03), IV vials not covered at 27 °C → do not use.',
          },
        ],
      },
      {
        name: 'stability_data_desk',
        description: 'Holds stability data and excursion statements',
        instructions: 'Return the storage conditions and statements for the products asked.',
        replies: [
          {
            call: 'stability_lookup',
            args: { products: ['PL 1041', 'PL 1177', 'PL 1209'] },
            result:
              '[{"pl":"PL 1041","name":"Cardiprex 5 mg film-coated tablets","smpc_6_4":"Do not store above 30 °C"},{"pl":"PL 1177","name":"Cardiprex 5 mg/10 mg tablets","smpc_6_4":"Store below 25 °C","statement":"STS-CPX-FDC-03: excursions up to 30 °C for up to 3 months do not affect quality"},{"pl":"PL 1209","name":"Cardiprex 2 mg/mL concentrate for solution for infusion","smpc_6_4":"Store in a refrigerator (2-8 °C). Do not freeze","statement":"STS-CPX-IV-07: single excursion up to 25 °C for max 7 days acceptable; no data above 25 °C"},{"pl":"PL 1210","name":"Cardiprex 1 mg/mL solution for injection (prefilled syringe)","smpc_6_4":"2-8 °C","statement":"no excursion data"}]',
          },
          {
            say: 'PL 1041 ≤30 °C; PL 1177 <25 °C + STS-CPX-FDC-03 (≤30 °C/3 mo); PL 1209 2–8 °C + STS-CPX-IV-07 (≤25 °C/7 d, nothing above). (PL 1210 PFS not asked.)',
          },
        ],
      },
      {
        name: 'mi_scientist',
        description: 'Medical information scientist drafting responses',
        instructions: 'Draft the product-specific answers.',
        replies: [
          {
            say: 'Draft MI-27-20417:\n- 5 mg tab (PL 1041): 24–27 °C is within the ≤30 °C label → usable.\n- 5/10 mg FDC (PL 1177): label <25 °C, but STS-CPX-FDC-03 covers up to 30 °C for 3 months → usable, no shelf-life change.\n- IV 2 mg/mL (PL 1209): STS-CPX-IV-07 only covers ≤25 °C for 7 d; 27 °C not covered → do not use, quarantine/return.\n(Not the 1 mg/mL PFS, which they don’t have.)',
          },
        ],
      },
      {
        name: 'safety_liaison',
        description: 'Liaison between MI and pharmacovigilance',
        instructions: 'Have adverse events forwarded to PV and report the reference.',
        replies: [
          {
            handoff: 'ae_forwarder',
            message:
              'AE in MI-27-20417: palpitations after Cardiprex IV 2 mg/mL (excursion stock), St. Anna Linz, reporter K. Brandt. Forward today.',
          },
          { say: 'Forwarded to PV, ref PV-IN-27-3302.' },
        ],
      },
      {
        name: 'ae_forwarder',
        description: 'Forwards adverse events to the PV intake mailbox',
        instructions: 'Forward AEs with minimum criteria.',
        replies: [
          {
            call: 'pv_forward',
            args: {
              source: 'MI-27-20417',
              product: 'Cardiprex 2 mg/mL IV',
              event: 'palpitations',
              reporter: 'pharmacist K. Brandt',
              country: 'AT',
            },
            result:
              'PV-IN-27-3302 created 15/04/2027 10:04, minimum criteria met (identifiable reporter, patient, product, event).',
          },
          { say: 'PV-IN-27-3302 created, minimum criteria met.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ipc-outbreak-typing-side-check-not-available-left-out',
    title:
      'The IPC lead asks case finding, bed management and (optionally) the typing lab; typing has only an unrelated archive result, the lead leaves it out and acts on the case list',
    domain: 'hospital infection prevention',
    mast: ['FM-2.4'],
    nearMissOf: 'low_quality_output: an optional side check whose unusable output is deliberately not used',
    request:
      'Ward 9B (orthopaedics, 28 beds): 3 new C. difficile toxin-positive patients in 6 days (bays 2 and 4). Decide if this is a period of increased incidence/outbreak, what control measures, and whether to close bays. Report to DIPC today.',
    topology: {
      shape: 'network',
      coordinator: 'ipc_lead',
      workers: ['case_finder', 'typing_lab', 'bed_manager'],
    },
    agents: [
      {
        name: 'ipc_lead',
        description: 'Infection prevention and control lead nurse',
        instructions:
          'Gather the case list, typing if available and bed status, then decide measures and report.',
        replies: [
          {
            handoff: 'case_finder',
            message:
              '9B CDI cluster: list all toxin+ and GDH+/toxin- cases on 9B last 28 days, onset, bay, HOHA/COHA, antibiotics.',
          },
          {
            handoff: 'typing_lab',
            message:
              'Nice to have: any ribotyping/WGS on 9B CDI isolates from April? If nothing yet, just say so.',
          },
          {
            handoff: 'bed_manager',
            message:
              '9B: can we cohort bays 2 and 4 (CDI) and hold admissions to those bays for 72 h? Side rooms free?',
          },
          {
            say: 'DIPC report — Ward 9B C. difficile, 15-Apr-2027\n\n- **Period of increased incidence**: 3 HOHA toxin+ cases in 6 days (9B-04 onset 09/04, 9B-11 onset 12/04, 9B-15 onset 14/04), all bay 2/4, all on co-amoxiclav or cefuroxime in prior 14 d. Meets PII definition (≥2 cases in 28 d on one ward).\n- Typing: none available for these isolates yet; requested via reference lab (ETA 10 days). Not used for this decision.\n- Measures: patients in side rooms SR-3, SR-5 and cohort bay 4; bay 2 closed to admissions 72 h with HPV decontamination Fri; chlorine 1,000 ppm clean twice daily; antimicrobial review of all 9B patients with microbiology; hand hygiene audit daily.\n- Review meeting Mon 19-Apr 10:00.',
          },
        ],
      },
      {
        name: 'case_finder',
        description: 'IPC surveillance nurse finding cases',
        instructions: 'Produce the case list from lab and ward data.',
        replies: [
          {
            call: 'cdi_surveillance',
            args: { ward: '9B', days: 28 },
            result:
              '[{"pt":"9B-04","bay":2,"toxin":"POS","onset":"2027-04-09","admit":"2027-03-30","class":"HOHA","abx":"co-amoxiclav"},{"pt":"9B-11","bay":4,"toxin":"POS","onset":"12/04/2027","admit":"2027-04-02","class":"HOHA","abx":"cefuroxime"},{"pt":"9B-15","bay":4,"toxin":"POS","onset":"2027-04-14","admit":"2027-04-05","class":"HOHA","abx":"co-amoxiclav, clindamycin"},{"pt":"9B-02","bay":1,"toxin":"NEG","GDH":"POS","onset":"2027-03-21","class":"carrier"}]',
          },
          {
            say: '3 toxin+ HOHA: 9B-04 (bay 2, 09/04), 9B-11 (bay 4, 12/04), 9B-15 (bay 4, 14/04), all recent co-amox/cefuroxime. 1 GDH+/toxin- carrier 9B-02 (bay 1, March) — not a case.',
          },
        ],
      },
      {
        name: 'typing_lab',
        description: 'Microbiology typing laboratory',
        instructions: 'Report any typing results available for the isolates asked.',
        replies: [
          {
            call: 'typing_results',
            args: { ward: '9B', organism: 'C. difficile', since: '2027-04-01' },
            result:
              'No April 9B isolates typed. Archive: ribotype 027 from Ward 4A, Nov 2025 (closed outbreak OB-25-07). Reference lab turnaround currently 10 working days.',
          },
          {
            say: 'Nothing typed for 9B in April. Only archive 027 from 4A (Nov 2025, OB-25-07), not related. Can send the 3 isolates to the reference lab, ~10 working days.',
          },
        ],
      },
      {
        name: 'bed_manager',
        description: 'Site bed manager',
        instructions: 'Say what bed and side-room options exist.',
        replies: [
          {
            call: 'bed_state',
            args: { ward: '9B' },
            result:
              '9B 26/28 occupied. Side rooms free: SR-3, SR-5. Bay 2: 6 beds (1 CDI), bay 4: 6 beds (2 CDI). Elective ortho list Fri: 4 admissions planned to 9B.',
          },
          {
            say: 'SR-3 and SR-5 free for 2 of them; bay 4 can cohort. Bay 2 closed 72 h is fine if the 4 Friday electives go to 9A (agreed with 9A NIC).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'site-monitoring-visit-workers-hand-back-findings',
    title:
      'The CRA lead delegates SDV, query follow-up and ISF checks for a monitoring visit; each worker hands back its findings and the visit report carries every one',
    domain: 'clinical trial site monitoring',
    mast: ['FM-2.1', 'FM-1.1'],
    nearMissOf: 'lost_message: paraphrased briefs and hand-backs of results, all used in the final report',
    request:
      'Interim monitoring visit IMV-6, study CARD-220 (Ph II, HFpEF), site 0412 Klinikum Nord Hamburg, PI Dr. M. Jansen, 20-Apr-2027. 14 randomised subjects. Plan: 100 % SDV of primary endpoint (6MWT wk 24) for subjects 0412-001…-008, open query follow-up, ISF check after protocol v4.0. Write the visit report.',
    topology: {
      shape: 'supervisor',
      coordinator: 'cra_lead',
      workers: ['sdv_monitor', 'query_manager', 'isf_checker'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'cra_lead',
        description: 'Lead clinical research associate',
        instructions: 'Delegate the visit tasks, collect the results and write the monitoring visit report.',
        replies: [
          {
            handoff: 'sdv_monitor',
            message:
              'IMV-6 0412: SDV 6MWT wk24 for 001–008 vs source (physio worksheets), incl. dates and distances; flag transcription errors.',
          },
          {
            handoff: 'query_manager',
            message:
              'Open EDC queries at 0412 — status, any >30 d old, chase the PI for the SAE onset query on 0412-006.',
          },
          {
            handoff: 'isf_checker',
            message:
              'ISF 0412 after PA v4.0: EC approval, signed v4.0 signature page, delegation log updates, new ICF v5 re-consents for active subjects.',
          },
          {
            say: '# Monitoring Visit Report — CARD-220, site 0412, IMV-6 (20-Apr-2027)\n\n**SDV (6MWT wk 24, 001–008):** 8/8 verified; 1 transcription error — 0412-005 EDC 412 m vs source 421 m (query Q-0412-118 raised, site to correct). Visit dates all within ±7 d window.\n\n**Queries:** 9 open → 5 answered during visit; 4 remaining, 1 > 30 d (Q-0412-071, lab units). SAE onset 0412-006: PI confirmed 03/03/2027 (answered Q-0412-097).\n\n**ISF:** EC approval PA v4.0 (12-Feb-2027) filed; signature page signed 15-Feb; delegation log updated (new SC K. Lange). Re-consent ICF v5: 11/12 active subjects done; **0412-009 pending** (next visit 27-Apr) — action item.\n\n**Action items:** correct 0412-005 6MWT; close Q-0412-071 by 04-May; re-consent 0412-009 on 27-Apr.\nNext visit IMV-7 ~ June 2027.',
          },
        ],
      },
      {
        name: 'sdv_monitor',
        description: 'Performs source data verification',
        instructions: 'Verify the EDC data against source and hand back the findings.',
        replies: [
          {
            call: 'sdv_compare',
            args: {
              site: '0412',
              subjects: ['001', '002', '003', '004', '005', '006', '007', '008'],
              form: '6MWT_W24',
            },
            result:
              '{"verified":8,"discrepancies":[{"subject":"0412-005","field":"distance_m","edc":412,"source":421}],"visit_windows":"all within ±7 d","query_raised":"Q-0412-118"}',
          },
          {
            say: 'SDV done 8/8. One error: 0412-005 6MWT EDC 412 m vs source 421 m → Q-0412-118. Windows all ok.',
          },
        ],
      },
      {
        name: 'query_manager',
        description: 'Follows up EDC queries with sites',
        instructions: 'Review open queries and report status.',
        replies: [
          {
            call: 'edc_queries',
            args: { site: '0412', status: 'open' },
            result:
              '{"open_before":9,"answered_today":["Q-0412-088","Q-0412-090","Q-0412-097","Q-0412-101","Q-0412-104"],"remaining":[{"id":"Q-0412-071","age_d":41,"topic":"lab units creatinine"},{"id":"Q-0412-109","age_d":12},{"id":"Q-0412-112","age_d":9},{"id":"Q-0412-115","age_d":3}],"Q-0412-097":{"subject":"0412-006","answer":"SAE onset 2027-03-03 confirmed by PI"}}',
          },
          {
            say: '9 open → 5 answered today (incl. Q-0412-097: 0412-006 SAE onset 03-Mar-2027 per PI). 4 left, Q-0412-071 (creat units) is 41 days old.',
          },
        ],
      },
      {
        name: 'isf_checker',
        description: 'Checks the investigator site file',
        instructions: 'Check ISF completeness for the items asked.',
        replies: [
          {
            call: 'isf_checklist',
            args: { site: '0412', amendment: 'PA v4.0' },
            result:
              '{"ec_approval":"2027-02-12 filed","signature_page":"signed 2027-02-15","delegation_log":"updated 2027-03-01, SC K. Lange added","reconsent_icf_v5":{"active":12,"done":11,"pending":["0412-009 (next visit 2027-04-27)"]}}',
          },
          {
            say: 'ISF fine for PA v4.0 (EC 12-Feb, sig page 15-Feb, DL updated with K. Lange). Re-consent v5: 11/12, 0412-009 outstanding until 27-Apr visit.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch40Scenarios = [...faults, ...healthy];
