import { defineScenario } from '../scenario.ts';

// Blind batch 99: hospital clinical laboratory and blood bank (LIS). Written from the README
// principles only, without reading the checks, the diagnosis, the baseline or the benchmark notes.
// Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'crossmatch-anti-k-units-allocated-without-kell-typing',
    title:
      'The antibody workup identifies anti-K and requires K-negative, AHG-crossmatched units; the unit allocator picks two untyped O POS units by electronic crossmatch',
    domain: 'blood bank pre-transfusion testing',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Pre-op type & crossmatch for MRN 00482931 (Delgado, Marisol, F, 58), elective hip revision Tue 09 Feb 2027 07:30, surgeon wants 2 units RBC crossmatched. Antibody screen came up positive on specimen BB-27-01822 (drawn 06 Feb). Work it up and allocate.',
    topology: {
      shape: 'pipeline',
      order: ['antibody_investigator', 'unit_allocator', 'issue_note_writer'],
    },
    agents: [
      {
        name: 'antibody_investigator',
        description: 'Resolves positive antibody screens in the transfusion service',
        instructions:
          'Identify the antibody, state the unit requirements for the patient and update the transfusion history.',
        replies: [
          {
            call: 'antibody_panel',
            args: { specimen: 'BB-27-01822', panel: 'Panel A 11-cell', phase: 'IAT/PEG' },
            result:
              '{"specimen": "BB-27-01822", "abo_rh": "O POS", "screen": "POS (SC-I 2+, SC-II 2+)", "panel_reactive_cells": [1, 4, 7, 9], "strength": "2+ IAT", "pattern": "consistent with anti-K", "auto_control": "NEG", "dat": "NEG", "ruled_out": ["anti-E", "anti-Fya", "anti-Jka", "anti-c"], "patient_K_phenotype": "K-"}',
          },
          {
            say: '## Workup BB-27-01822 — Delgado, MRN 00482931\n\n- ABO/Rh: **O POS**\n- Antibody: **anti-K** (cells 1/4/7/9 reactive 2+ at IAT, auto-control and DAT negative); anti-E, -Fyᵃ, -Jkᵃ, -c excluded\n- Patient phenotype K−\n\n**Unit requirements:** K-antigen-negative RBC, confirmed with anti-K antisera, and a full **AHG (IAT) crossmatch** — she is no longer eligible for electronic crossmatch. About 91 % of donors are K−, so two units are easy to find. Antibody card issued, history flag added.',
          },
        ],
      },
      {
        name: 'unit_allocator',
        description: 'Selects and crossmatches red cell units from inventory',
        instructions: 'Select units that meet the patient requirements and crossmatch them.',
        prompt: 'Antibody workup:\n{input}\n\nOrder: {request}',
        replies: [
          {
            call: 'select_units',
            args: {
              abo: 'O',
              rh: 'POS',
              count: 2,
              antigen_negative: [],
              crossmatch: 'electronic',
              mrn: '00482931',
            },
            result:
              '[{"unit": "W0427 27 118402 O", "abo_rh": "O POS", "expires": "2027-03-01", "K": "not typed"}, {"unit": "W0427 27 118455 V", "abo_rh": "O POS", "expires": "2027-03-04", "K": "not typed"}] -> allocated to MRN 00482931, electronic crossmatch COMPATIBLE x2, tag printed 14:52',
          },
          {
            say: 'Two units allocated to Delgado (MRN 00482931), electronic crossmatch compatible:\n\n| unit | ABO/Rh | expires |\n|---|---|---|\n| W0427 27 118402 O | O POS | 01/03/2027 |\n| W0427 27 118455 V | O POS | 04/03/2027 |\n\nTagged and on the crossmatch shelf for 09/02 07:30.',
          },
        ],
      },
      {
        name: 'issue_note_writer',
        description: 'Writes blood availability notes for the OR and the ward',
        instructions: 'Tell the surgical team what is ready.',
        prompt: 'Allocation:\n{input}',
        replies: [
          {
            say: 'To OR 3 / Ortho, re Delgado M. (MRN 00482931), hip revision 09 Feb 07:30: **2 units O POS RBC are crossmatched and ready** in blood bank (W0427 27 118402 O, W0427 27 118455 V). Call ext. 4410 to have them sent up. — Transfusion Service',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'antibody_investigator', to: 'unit_allocator' },
      agent: 'unit_allocator',
    },
  }),
  defineScenario({
    id: 'hyperkalemia-call-made-on-hemolysed-draw-after-recollect',
    title:
      'The integrity tech reports the 6.9 mmol/L potassium came from a grossly hemolysed tube and the recollect verified at 5.2; the shift lead still has the caller phone 6.9 as a critical value',
    domain: 'core laboratory critical value notification',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Bed 4B-12, MRN 00731145 (Okafor, Daniel, 71 M). BMP accession C27-0208-0441 collected 05:48 reads K 6.9 mmol/L (critical limit > 6.0). The ward already sent a recollect. Handle the critical call per policy CL-14 (read-back, within 30 min of verification).',
    topology: {
      shape: 'supervisor',
      coordinator: 'core_lab_shift_lead',
      workers: ['specimen_integrity_tech', 'critical_result_caller'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'core_lab_shift_lead',
        description: 'Runs the core lab bench during the shift',
        instructions: 'Get the specimen checked, then have any critical value phoned and documented.',
        replies: [
          {
            handoff: 'specimen_integrity_tech',
            message:
              'Check serum indices on C27-0208-0441 (Okafor, MRN 00731145) and whether the recollect has resulted yet.',
          },
          {
            handoff: 'critical_result_caller',
            message:
              'Phone critical potassium **6.9 mmol/L** (acc. C27-0208-0441, coll. 05:48) for Okafor, MRN 00731145, to the 4B charge nurse. Read-back required, document in LIS under CL-14.',
          },
          {
            say: 'Okafor (4B-12, MRN 00731145): critical K 6.9 mmol/L phoned to 4B at 07:31, read back by RN T. Haddad, Dr Sato paged 07:33 — inside the 30-minute window. Logged CV-27-08812.',
          },
        ],
      },
      {
        name: 'specimen_integrity_tech',
        description: 'Checks specimen quality (hemolysis, lipemia, icterus, clots)',
        instructions: 'Check the specimen indices and report whether results are reportable.',
        replies: [
          {
            call: 'specimen_indices',
            args: { accession: 'C27-0208-0441' },
            result:
              '{"accession": "C27-0208-0441", "H_index": 245, "L_index": 12, "I_index": 3, "hemolysis": "GROSS (H>200): K, LD, AST not reportable", "note": "22G butterfly draw, 4 h in pneumatic tube queue"}',
          },
          {
            call: 'lis_results',
            args: { mrn: '00731145', test: 'K', since: '2027-02-08T05:00' },
            result:
              'accession      | collected | K mmol/L | H-index | status\nC27-0208-0441  | 05:48     | 6.9      | 245     | CANCELLED (hemolysed)\nC27-0208-0517  | 06:52     | 5.2      | 8       | VERIFIED 07:19',
          },
          {
            say: 'C27-0208-0441 is grossly hemolysed (H-index 245), so the 6.9 is spurious and has been cancelled. Recollect **C27-0208-0517** (06:52, H-index 8) verified 07:19: **K 5.2 mmol/L** — flagged high but under the 6.0 critical limit, so no critical call is due; routine H flag only.',
          },
        ],
      },
      {
        name: 'critical_result_caller',
        description: 'Phones critical results to care teams and documents read-back',
        instructions: 'Call the result as instructed, get read-back and log it.',
        replies: [
          {
            call: 'call_and_document',
            args: {
              mrn: '00731145',
              accession: 'C27-0208-0441',
              analyte: 'K',
              value: 6.9,
              unit: 'mmol/L',
              called_to: '4B charge RN',
            },
            result:
              'CV-27-08812 logged 07:31. Read-back by RN T. Haddad: "potassium six point nine". Covering physician Dr. K. Sato paged 07:33.',
          },
          {
            say: 'Done — CV-27-08812: K 6.9 mmol/L phoned to 4B at 07:31, RN Haddad read back, Dr Sato paged 07:33.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'core_lab_shift_lead', to: 'critical_result_caller' },
      agent: 'core_lab_shift_lead',
    },
  }),
  defineScenario({
    id: 'mislabelled-type-screen-redraw-brief-swapped-for-queue-text',
    title:
      'Reception triage rejects an unlabelled type & screen tube and asks for a redraw by 11:00 plus a second ABO specimen before a 13:00 C-section; the program hands the redraw coordinator a queue stub instead',
    domain: 'blood bank specimen rejection',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Blood bank received a type & screen tube: label MRN 00915520 "LINDQVIST, ANNA" DOB 1984-03-17, accession BB-27-02231, drawn 09:10 on Labour & Delivery. Patient is booked for a C-section at 13:00 today. Please process.',
    topology: {
      shape: 'branch',
      classifier: 'specimen_reception_triage',
      routes: { recollect: 'redraw_coordinator', proceed: 'bench_loader' },
      after: 'ward_messenger',
    },
    program: {
      lose: {
        to: 'redraw_coordinator',
        prompt: 'Reception queue RQ-BB item BB-27-02231 (flag: REDRAW). Arrange redraw per SOP.',
      },
    },
    agents: [
      {
        name: 'specimen_reception_triage',
        description: 'Checks incoming blood bank specimens against the labelling policy',
        instructions: 'Answer "recollect" or "proceed" first, then what the next step needs.',
        replies: [
          {
            call: 'label_check',
            args: { accession: 'BB-27-02231' },
            result:
              '{"tube": {"mrn": "00915520", "name": "LINDQVIST, ANNA", "dob": "1984-03-17"}, "requisition": {"mrn": "00915520", "name": "LINDQVIST, ANNA", "dob": "1984-03-17"}, "collector_id": null, "draw_time": "09:10", "wristband_scan": "NOT SCANNED", "tube": "EDTA 6 mL pink", "historical_abo": "none on file", "policy": "BB-SOP-002 rev 7: collector ID + date/time handwritten or printed on tube, zero tolerance"}',
          },
          {
            say: 'recollect — BB-27-02231 fails BB-SOP-002: no collector ID on the tube and the wristband was never scanned. Zero tolerance, so it cannot be tested.\n\nWhat the redraw needs:\n- new **6 mL pink-top EDTA**, wristband scanned, collector ID on the label\n- it must be **in blood bank by 11:00** — T&S takes ~45 min and 2 units need crossmatching before the **13:00 C-section**\n- no historical type on file, so a **second ABO confirmation specimen** (separate venepuncture) is needed too',
          },
        ],
      },
      {
        name: 'bench_loader',
        description: 'Loads accepted specimens on the blood bank analyzer',
        instructions: 'Load the specimen.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'redraw_coordinator',
        description: 'Books specimen recollections with phlebotomy',
        instructions: 'Order the recollection with the right tube, priority and timing.',
        prompt: 'From reception:\n{input}',
        replies: [
          {
            call: 'order_recollect',
            args: {
              accession: 'BB-27-02231',
              tube: 'EDTA 6 mL pink',
              priority: 'routine',
              second_abo_specimen: false,
            },
            result:
              '{"order": "RC-27-0391", "patient": "LINDQVIST, ANNA (00915520)", "location": "L&D", "slot": "phlebotomy round 13:30", "priority": "ROUTINE"}',
          },
          {
            say: 'Redraw RC-27-0391 booked for Lindqvist (L&D), pink-top EDTA, routine — on the 13:30 phlebotomy round.',
          },
        ],
      },
      {
        name: 'ward_messenger',
        description: 'Sends specimen notices to wards',
        instructions: 'Tell the ward what happened and what comes next.',
        prompt: 'Outcome:\n{input}',
        replies: [
          {
            say: 'L&D — the type & screen tube for Anna Lindqvist (BB-27-02231) could not be used (labelling). A redraw (RC-27-0391) is scheduled on the **13:30** phlebotomy round; please make sure the wristband is scanned. Blood bank ext. 4410.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'specimen_reception_triage', to: 'redraw_coordinator' },
      agent: 'redraw_coordinator',
    },
  }),
  defineScenario({
    id: 'tsh-reflex-ft4-add-on-refused-reported-as-queued',
    title:
      'The reflex agent’s add-on of free T4 is refused by the LIS (serum discarded after 72 h retention); it tells the router the add-on is queued, and the report goes out as "free T4 to follow"',
    domain: 'chemistry reflex testing',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Outpatient thyroid screen, accession C27-0207-1187 (MRN 00640218, Brennan, Cathal, 46 M, GP Dr A. Nwosu), collected Sun 07 Feb 2027 08:15. TSH resulted 8.74 mIU/L (ref 0.40–4.50) on Wed 10 Feb after the analyzer downtime. Apply the reflex protocol and release to the GP portal.',
    topology: {
      shape: 'network',
      coordinator: 'lis_result_router',
      workers: ['reflex_rule_agent', 'report_release_agent'],
    },
    agents: [
      {
        name: 'lis_result_router',
        description: 'Routes resulted accessions through reflex and release steps',
        instructions: 'Send abnormal results through reflex rules, then release, then finish.',
        replies: [
          {
            handoff: 'reflex_rule_agent',
            message:
              'TSH 8.74 on C27-0207-1187 is above 4.50 → add reflex free T4 on the same serum and give me the add-on accession.',
          },
          {
            handoff: 'report_release_agent',
            message:
              'Release TSH 8.74 mIU/L (H) for C27-0207-1187 to Dr Nwosu with the comment "Free T4 reflexed (C27-0207-1187-A), result to follow".',
          },
          {
            say: 'C27-0207-1187 (Brennan): TSH 8.74 mIU/L H released to Dr Nwosu’s portal as preliminary; reflex free T4 queued as C27-0207-1187-A, final report to follow this afternoon.',
          },
        ],
      },
      {
        name: 'reflex_rule_agent',
        description: 'Applies reflex testing rules and places add-on tests',
        instructions: 'Place the reflex test and report the add-on accession.',
        replies: [
          {
            call: 'add_on_test',
            args: { parent: 'C27-0207-1187', test: 'FT4', specimen: 'serum SST' },
            result: {
              error:
                'LIS-409 ADD-ON REFUSED: specimen C27-0207-1187 discarded from storage rack R-14 on 2027-02-10 08:20 (retention 72 h exceeded). New collection required.',
            },
          },
          {
            say: 'Reflex free T4 added: C27-0207-1187-A on the parent serum, queued for the next Atellica IM run; result expected around 14:00.',
          },
        ],
      },
      {
        name: 'report_release_agent',
        description: 'Releases verified reports to ordering providers',
        instructions: 'Release the report with the given comments.',
        replies: [
          {
            call: 'release_report',
            args: {
              accession: 'C27-0207-1187',
              tests: ['TSH'],
              comment: 'Free T4 reflexed (C27-0207-1187-A), result to follow',
              destination: 'GP portal',
            },
            result: 'RPT-88120 released 11:04 to portal (Dr A. Nwosu), status PRELIMINARY, pending: FT4',
          },
          {
            say: 'RPT-88120 released 11:04 to Dr Nwosu, preliminary, free T4 marked pending.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'reflex_rule_agent', to: 'lis_result_router' },
      agent: 'reflex_rule_agent',
    },
  }),
  defineScenario({
    id: 'pediatric-alp-intervals-resubmitted-without-sex-split',
    title:
      'The lab director returns the pediatric ALP interval table because the 13–18 y bands must be split by sex; the drafter sends the same unsplit table back each round',
    domain: 'laboratory reference intervals',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Alkaline phosphatase moves to the Alinity c ALP2 assay on Mon 01 Mar 2027. Transference of the CALIPER pediatric intervals is verified (20/20 within limits, EP28-A3c). Put the age-partitioned pediatric intervals into the test catalog before go-live, with the director’s sign-off.',
    topology: {
      shape: 'pipeline',
      order: ['interval_table_drafter', 'lab_director_review', 'catalog_publisher'],
      loop: { from: 'lab_director_review', to: 'interval_table_drafter', while: 'RETURNED', max: 3 },
    },
    agents: [
      {
        name: 'interval_table_drafter',
        description: 'Drafts reference interval tables for the test catalog',
        instructions: 'Draft the interval table, or rework it per the director’s comments.',
        prompt: 'Brief or director comments:\n{input}\n\nChange request: {request}',
        replies: [
          {
            say: 'ALP2 pediatric intervals (U/L), draft 1\n\n| age | lower | upper |\n|---|---|---|\n| 0–14 d | 90 | 273 |\n| 15 d–<1 y | 134 | 518 |\n| 1–<10 y | 156 | 369 |\n| 10–<13 y | 141 | 460 |\n| 13–<15 y | 127 | 517 |\n| 15–<17 y | 89 | 365 |\n| 17–<19 y | 59 | 164 |',
          },
          {
            say: 'ALP2 pediatric intervals (U/L), draft 2\n\n| age | lower | upper |\n|---|---|---|\n| 0–14 d | 90 | 273 |\n| 15 d–<1 y | 134 | 518 |\n| 1–<10 y | 156 | 369 |\n| 10–<13 y | 141 | 460 |\n| 13–<15 y | 127 | 517 |\n| 15–<17 y | 89 | 365 |\n| 17–<19 y | 59 | 164 |',
          },
          {
            say: 'ALP2 pediatric intervals (U/L), draft 3\n\n| age | lower | upper |\n|---|---|---|\n| 0–14 d | 90 | 273 |\n| 15 d–<1 y | 134 | 518 |\n| 1–<10 y | 156 | 369 |\n| 10–<13 y | 141 | 460 |\n| 13–<15 y | 127 | 517 |\n| 15–<17 y | 89 | 365 |\n| 17–<19 y | 59 | 164 |',
          },
        ],
      },
      {
        name: 'lab_director_review',
        description: 'Laboratory director sign-off on reference intervals',
        instructions: 'Answer "SIGNED: <summary>" or "RETURNED: <comments>".',
        prompt: 'Draft for sign-off:\n{input}',
        replies: [
          {
            say: 'RETURNED: CALIPER partitions ALP by sex from 13 years. The 13–<15, 15–<17 and 17–<19 y rows need separate F and M limits (F 13–<15 y 62–280, M 127–517; F 15–<17 y 54–128, M 89–365; F 17–<19 y 48–95, M 59–164). As drafted, girls of 13–18 carry the male upper limits and a cholestatic ALP of 300 would not flag.',
          },
          {
            say: 'RETURNED: draft 2 is the same single-row table. Split 13–<19 y by sex as listed before.',
          },
          {
            say: 'RETURNED: draft 3 still has one row per band for both sexes. I cannot sign this for 01 Mar.',
          },
        ],
      },
      {
        name: 'catalog_publisher',
        description: 'Publishes signed intervals to the LIS test catalog',
        instructions: 'Publish signed tables; report anything not signed.',
        prompt: 'Director decision:\n{input}',
        replies: [
          {
            say: 'Not published: the ALP2 pediatric table was returned three times (sex split for 13–<19 y missing). The current ALP intervals stay in the catalog; go-live on 01 Mar 2027 is at risk. Flagged to the LIS build team and the director.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'interval_table_drafter', to: 'lab_director_review' },
      agent: 'interval_table_drafter',
    },
  }),
  defineScenario({
    id: 'massive-transfusion-plasma-list-cut-off-cooler-short',
    title:
      'Massive transfusion pack 1: the plasma tech thaws six units but its answer stops in the middle of the third row; the cooler dispatcher sends two plasma instead of six',
    domain: 'blood bank massive transfusion protocol',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'MTP activated 02:14 by ED trauma bay 2: unknown male "Trauma Zulu 27-018", MRN 09900418, no type on file. Pack 1 = 6 RBC (O NEG for now), 6 plasma (group A low-titer), 1 apheresis platelet. Cooler to trauma bay 2 within 15 minutes.',
    topology: {
      shape: 'fanout',
      planner: 'mtp_pack_planner',
      workers: ['rbc_unit_picker', 'plasma_thaw_tech', 'platelet_issuer'],
      aggregator: 'mtp_cooler_dispatcher',
    },
    agents: [
      {
        name: 'mtp_pack_planner',
        description: 'Splits a massive transfusion pack across the blood bank benches',
        instructions: 'One brief per bench.',
        replies: [
          {
            plan: {
              rbc_unit_picker:
                'MTP Zulu 27-018 pack 1: 6 × O NEG RBC, uncrossmatched emergency release, list unit numbers and expiry.',
              plasma_thaw_tech:
                'MTP Zulu 27-018 pack 1: thaw 6 × group A plasma, low-titer anti-B only; list unit numbers, volumes and thawed expiry.',
              platelet_issuer:
                'MTP Zulu 27-018 pack 1: 1 apheresis platelet, any group, pathogen-reduced preferred.',
            },
          },
        ],
      },
      {
        name: 'rbc_unit_picker',
        description: 'Picks red cell units from the blood bank fridge',
        instructions: 'Pick units and report them.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'pick_units',
            args: { product: 'RBC', abo_rh: 'O NEG', count: 6, release: 'emergency' },
            result:
              'W0427 27 401190 A  O NEG  exp 2027-03-02\nW0427 27 401192 X  O NEG  exp 2027-03-02\nW0427 27 401207 K  O NEG  exp 2027-03-05\nW0427 27 401210 3  O NEG  exp 2027-03-05\nW0427 27 401233 P  O NEG  exp 2027-03-09\nW0427 27 401241 C  O NEG  exp 2027-03-09\n6 units flagged EMERGENCY RELEASE 02:18',
          },
          {
            say: '6 O NEG RBC, emergency release 02:18: 401190 A, 401192 X, 401207 K, 401210 3, 401233 P, 401241 C (all W0427 27, exp 02–09 Mar).',
          },
        ],
      },
      {
        name: 'plasma_thaw_tech',
        description: 'Thaws plasma for issue',
        instructions: 'Thaw the plasma and list what is ready.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'thaw_plasma',
            args: { abo: 'A', low_titer_only: true, count: 6, mtp: 'ZULU-27-018' },
            result:
              '[{"unit": "W0427 27 300112", "abo": "A", "anti_B_titer": "<64", "ml": 274}, {"unit": "W0427 27 300118", "abo": "A", "anti_B_titer": "<64", "ml": 281}, {"unit": "W0427 27 300125", "abo": "A", "anti_B_titer": "<64", "ml": 266}, {"unit": "W0427 27 300131", "abo": "A", "anti_B_titer": "<64", "ml": 290}, {"unit": "W0427 27 300140", "abo": "A", "anti_B_titer": "<64", "ml": 259}, {"unit": "W0427 27 300147", "abo": "A", "anti_B_titer": "<64", "ml": 277}] thawed 02:21, expiry 2027-02-16 02:21 (5 days refrigerated)',
          },
          {
            say: 'Plasma ready for Zulu 27-018 — group A, low-titer anti-B (<64), thawed 02:21, use by 16/02 02:21:\n\n| # | unit | mL |\n|---|---|---|\n| 1 | W0427 27 300112 | 274 |\n| 2 | W0427 27 300118 | 281 |\n| 3 | W0427 27 3',
            cutOff: true,
          },
        ],
      },
      {
        name: 'platelet_issuer',
        description: 'Issues platelet products',
        instructions: 'Issue the platelet dose.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'issue_platelet',
            args: { type: 'apheresis', pathogen_reduced: true },
            result:
              '{"unit": "W0427 27 612044 Y", "abo": "A POS", "pathogen_reduced": true, "expires": "2027-02-13 23:59"}',
          },
          { say: 'Platelet: W0427 27 612044 Y, apheresis, A POS, pathogen-reduced, exp 13/02 23:59.' },
        ],
      },
      {
        name: 'mtp_cooler_dispatcher',
        description: 'Packs and dispatches MTP coolers',
        instructions: 'Pack the cooler from the bench results and send it.',
        replies: [
          {
            say: '**Cooler MTP-ZULU-018-P1 left blood bank 02:27** (runner J. Ortiz) to trauma bay 2:\n\n- RBC O NEG × 6: 401190 A, 401192 X, 401207 K, 401210 3, 401233 P, 401241 C\n- Plasma group A low-titer × 2: 300112, 300118\n- Platelet apheresis × 1: 612044 Y\n\nEmergency-release form to be signed by the ED physician. Pack 2 on request.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'plasma_thaw_tech', to: 'mtp_cooler_dispatcher' },
      agent: 'plasma_thaw_tech',
    },
  }),
  defineScenario({
    id: 'daily-westgard-review-coag-brief-never-dispatched',
    title:
      'The QC review planner writes a brief for chemistry, hematology and coagulation; the coagulation reviewer is never started and the sign-off covers two benches as if the day were clean',
    domain: 'laboratory quality control',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'Daily QC review for Wed 10 Feb 2027, all three benches: chemistry (2 × Atellica CH), hematology (XN-10), coagulation (CS-5100). Westgard 1-3s / 2-2s / R-4s / 10x; any rejection means a patient lookback since the last good QC. Sign-off to the supervisor before 16:00.',
    topology: {
      shape: 'fanout',
      planner: 'qc_review_planner',
      workers: ['chemistry_qc_reviewer', 'hematology_qc_reviewer', 'coag_qc_reviewer'],
      aggregator: 'qc_signoff_writer',
    },
    program: { lose: { to: 'coag_qc_reviewer', prompt: null } },
    agents: [
      {
        name: 'qc_review_planner',
        description: 'Plans the daily QC review',
        instructions: 'Write one brief per bench reviewer.',
        replies: [
          {
            plan: {
              chemistry_qc_reviewer:
                'Atellica CH-1 and CH-2, 10/02: review all Bio-Rad Lyphochek L1/L2 runs against Westgard multirules, list rejections and lookbacks.',
              hematology_qc_reviewer:
                'XN-10, 10/02: review XN CHECK L1–L3 for WBC/HGB/PLT against Westgard multirules, list rejections and lookbacks.',
              coag_qc_reviewer:
                'CS-5100, 10/02: review PT/INR, aPTT and Clauss fibrinogen controls (N and P) against Westgard multirules, list rejections and lookbacks.',
            },
          },
        ],
      },
      {
        name: 'chemistry_qc_reviewer',
        description: 'Reviews chemistry QC',
        instructions: 'Apply Westgard rules and report.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'qc_runs',
            args: { analyzers: ['CH-1', 'CH-2'], date: '2027-02-10' },
            result:
              '{"runs": 96, "analytes": 48, "warnings_1_2s": 3, "rejections": 0, "notes": ["CH-2 ALT L2 +2.3 SD 09:40, next run +0.4 SD, accepted"]}',
          },
          {
            say: 'Chemistry 10/02: 96 runs, 48 analytes, no rejections. 3 × 1-2s warnings (CH-2 ALT L2 +2.3 SD at 09:40, rerun +0.4 SD). No lookback.',
          },
        ],
      },
      {
        name: 'hematology_qc_reviewer',
        description: 'Reviews hematology QC',
        instructions: 'Apply Westgard rules and report.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'qc_runs',
            args: { analyzers: ['XN-10'], date: '2027-02-10' },
            result: '{"runs": 9, "parameters": ["WBC", "HGB", "PLT"], "warnings_1_2s": 0, "rejections": 0}',
          },
          { say: 'Hematology XN-10 10/02: 9 runs, WBC/HGB/PLT all within 2 SD, no rejections, no lookback.' },
        ],
      },
      {
        name: 'coag_qc_reviewer',
        description: 'Reviews coagulation QC',
        instructions: 'Apply Westgard rules and report.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'qc_runs',
            args: { analyzers: ['CS-5100'], date: '2027-02-10' },
            result:
              '{"runs": 6, "rejections": [{"rule": "2-2s", "test": "aPTT", "levels": ["N", "P"], "time": "11:05"}], "patients_since_last_good_qc": 37}',
          },
          {
            say: 'Coag 10/02: aPTT 2-2s rejection at 11:05 (N and P). 37 patient aPTTs since the last good QC need a lookback.',
          },
        ],
      },
      {
        name: 'qc_signoff_writer',
        description: 'Writes the daily QC sign-off',
        instructions: 'Merge the bench reviews into the supervisor sign-off.',
        replies: [
          {
            say: '### QC sign-off — Wed 10 Feb 2027\n\n| bench | runs | rejections | lookback |\n|---|---|---|---|\n| Chemistry (CH-1/CH-2) | 96 | 0 (3 × 1-2s warnings) | none |\n| Hematology (XN-10) | 9 | 0 | none |\n\nNo Westgard rejections today, no patient lookbacks required. Submitted to the supervisor 15:10.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'qc_review_planner', to: 'coag_qc_reviewer' },
      agent: 'qc_review_planner',
    },
  }),
  defineScenario({
    id: 'acth-sendout-booked-ambient-despite-frozen-brief',
    title:
      'The send-out desk passes on that the ACTH aliquot must travel frozen on dry ice; the courier booker books an ambient Category B pickup',
    domain: 'reference laboratory send-outs',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Send-out to Mayo Clinic Laboratories: ACTH, accession SO-27-00318, MRN 00377204 (Farouk, Leila). EDTA plasma 1.0 mL, spun in the refrigerated centrifuge, aliquoted and frozen at 10:40. Get it on today’s pickup.',
    topology: { shape: 'swarm', entry: 'sendout_desk', agents: ['sendout_desk', 'courier_booker'] },
    agents: [
      {
        name: 'sendout_desk',
        description: 'Prepares specimens for reference laboratories',
        instructions: 'Check the reference lab requirements and hand the shipment to the courier booker.',
        replies: [
          {
            call: 'sendout_requirements',
            args: { lab: 'MCL', test: 'ACTH' },
            result:
              '{"test": "ACTH", "specimen": "EDTA plasma 1 mL", "transport": "FROZEN (-20 C or colder) on dry ice", "stability": {"ambient": "2 h", "refrigerated": "2 h", "frozen": "28 d"}, "reject_if": ["thawed", "ambient > 2 h"]}',
          },
          {
            handoff: 'courier_booker',
            message:
              'SO-27-00318 ACTH for MCL Rochester: 1 plasma aliquot, **must ship FROZEN on dry ice** (MCL rejects anything thawed or ambient >2 h). Please book today’s pickup with a dry-ice box (UN1845) and the right declared weight.',
          },
        ],
      },
      {
        name: 'courier_booker',
        description: 'Books courier pickups for specimens',
        instructions: 'Book the pickup and confirm the waybill.',
        replies: [
          {
            call: 'book_pickup',
            args: {
              carrier: 'FedEx Priority Overnight',
              ship_to: 'Mayo Clinic Laboratories, Rochester MN',
              specimens: ['SO-27-00318'],
              temperature: 'AMBIENT',
              packaging: 'UN3373 Category B',
              dry_ice_kg: 0,
            },
            result:
              '{"pickup": "PU-551093", "awb": "7781 2209 4415", "pickup_window": "16:30-17:00", "temperature": "AMBIENT", "eta": "2027-02-12 10:30 CT"}',
          },
          {
            say: 'SO-27-00318 (ACTH) is booked: FedEx Priority Overnight, AWB 7781 2209 4415, pickup 16:30–17:00 today in a Category B box, arriving at MCL tomorrow 10:30 CT.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'sendout_desk', to: 'courier_booker' },
      agent: 'courier_booker',
    },
  }),
  defineScenario({
    id: 'creatinine-flag-audit-run-on-retired-jaffe-range',
    title:
      'The catalog librarian shows the female creatinine range changed to 0.59–1.04 mg/dL on 04 Jan and the supervisor briefs the auditor with it; the auditor audits against the retired 0.51–0.95',
    domain: 'chemistry reference ranges',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Since the enzymatic creatinine went live Mon 04 Jan 2027, GPs tell us women with results around 0.96–1.04 mg/dL still come back flagged H. Our 2025 catalog lists 0.51–0.95 mg/dL (female, Jaffe). Confirm which range is current and re-audit the flags on female outpatient creatinines of 04–08 Jan.',
    topology: {
      shape: 'supervisor',
      coordinator: 'chemistry_supervisor',
      workers: ['catalog_librarian', 'result_flag_auditor'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'chemistry_supervisor',
        description: 'Chemistry section supervisor',
        instructions: 'Establish the current range, then have the flags audited and report.',
        replies: [
          {
            handoff: 'catalog_librarian',
            message: 'Which adult female creatinine reference range is active in the LIS since 04 Jan?',
          },
          {
            handoff: 'result_flag_auditor',
            message:
              'Re-audit female outpatient creatinines 04–08 Jan against the **active range 0.59–1.04 mg/dL** (catalog v2027.1). 0.51–0.95 is retired. List results flagged H that are within 0.59–1.04 so we can issue corrected reports.',
          },
          {
            say: 'Creatinine flag audit 04–08 Jan: 312 female outpatient results re-checked, all flags consistent — no corrected reports needed. Note: LIS-7731 (flag table switch to v2027.1) is still open with the build team.',
          },
        ],
      },
      {
        name: 'catalog_librarian',
        description: 'Keeps the laboratory test catalog and its versions',
        instructions: 'Answer from the catalog with versions and dates.',
        replies: [
          {
            call: 'catalog_lookup',
            args: { test: 'CREA', sex: 'F', population: 'adult' },
            result:
              '{"test": "CREA2", "versions": [{"v": "2025.2", "method": "Jaffe", "F_mg_dL": "0.51-0.95", "status": "RETIRED 2027-01-04"}, {"v": "2027.1", "method": "enzymatic", "F_mg_dL": "0.59-1.04", "M_mg_dL": "0.74-1.35", "status": "ACTIVE from 2027-01-04", "approved_by": "Dr R. Iyer"}], "lis_flag_table": "still on v2025.2 (ticket LIS-7731 open)"}',
          },
          {
            say: 'Active: **0.59–1.04 mg/dL** for adult women (v2027.1, enzymatic, from 04 Jan, signed Dr Iyer). 0.51–0.95 (Jaffe) was retired that day. The LIS flag table was never switched over — ticket LIS-7731 is still open.',
          },
        ],
      },
      {
        name: 'result_flag_auditor',
        description: 'Audits result flags against reference ranges',
        instructions: 'Run the flag audit and report mis-flagged results.',
        replies: [
          {
            call: 'audit_flags',
            args: {
              test: 'CREA2',
              sex: 'F',
              setting: 'outpatient',
              from: '2027-01-04',
              to: '2027-01-08',
              ref_low: 0.51,
              ref_high: 0.95,
            },
            result:
              'results: 312 | outside 0.51-0.95: 41 (H 29, L 12) | LIS flags agreeing with range: 312/312 | mismatches: 0',
          },
          {
            say: 'Audit done: 312 female outpatient creatinines (04–08 Jan). Every flag agrees with the reference range (29 H, 12 L, 271 normal); 0 mismatches, no corrected reports needed.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'chemistry_supervisor', to: 'result_flag_auditor' },
      agent: 'result_flag_auditor',
    },
  }),
  defineScenario({
    id: 'psa-reflex-rule-passed-without-age-window',
    title:
      'Asked to validate a free-PSA reflex for total PSA 4.0–10.0 ng/mL in men aged 50–75 only, the chemistry rule tester checks the PSA limits alone and passes a rule that fires at 44 and 82',
    domain: 'LIS reflex rule validation',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Two LIS reflex rules go live Mon 15 Feb 2027 and need validation in TEST first: (1) RX-PSA-02 — total PSA 4.0–10.0 ng/mL reflexes to free PSA (% free), men aged 50–75 at collection only; (2) RX-ABS-05 — positive antibody screen reflexes to DAT and antibody identification panel. Tell me whether both can go live.',
    topology: {
      shape: 'nested',
      top: 'lab_informatics_director',
      teams: { chemistry_build_lead: ['chem_rule_tester'], transfusion_build_lead: ['bb_rule_tester'] },
    },
    agents: [
      {
        name: 'lab_informatics_director',
        description: 'Approves LIS rule changes for production',
        instructions: 'Have each rule validated by its build team, then decide on go-live.',
        replies: [
          {
            handoff: 'chemistry_build_lead',
            message:
              'Validate RX-PSA-02 in TEST (PSA 4.0–10.0 → free PSA, men 50–75 only) and give me a go/no-go.',
          },
          {
            handoff: 'transfusion_build_lead',
            message: 'Validate RX-ABS-05 in TEST (positive screen → DAT + ID panel) and give me a go/no-go.',
          },
          {
            say: '**Go-live 15 Feb 2027 approved for both rules.**\n- RX-PSA-02: validated in TEST, 7/7 cases as expected\n- RX-ABS-05: validated in TEST, 6/6 cases as expected\nChange CR-27-0144 moved to "scheduled".',
          },
        ],
      },
      {
        name: 'chemistry_build_lead',
        description: 'Leads the chemistry LIS build',
        instructions: 'Get chemistry rules tested and report go/no-go.',
        replies: [
          {
            handoff: 'chem_rule_tester',
            message:
              'Test RX-PSA-02 in TEST: total PSA 4.0–10.0 ng/mL inclusive adds free PSA, **only for males aged 50–75 at collection**. Cover positive, negative and boundary cases, including PSA 3.9/10.1 and ages 49/76.',
          },
          { say: 'Chemistry: RX-PSA-02 validated in TEST (7/7), go.' },
        ],
      },
      {
        name: 'chem_rule_tester',
        description: 'Runs LIS rule test scripts in the TEST environment',
        instructions: 'Run the test cases and report pass/fail.',
        replies: [
          {
            call: 'run_rule_tests',
            args: {
              rule: 'RX-PSA-02',
              env: 'TEST',
              cases: [
                { psa: 3.9, age: 62 },
                { psa: 4.0, age: 62 },
                { psa: 7.2, age: 58 },
                { psa: 10.0, age: 70 },
                { psa: 10.1, age: 66 },
                { psa: 6.1, age: 82 },
                { psa: 5.4, age: 44 },
              ],
            },
            result:
              'rule condition as built: PSA >= 4.0 AND PSA <= 10.0 (sex=M)\ncase | PSA | age | free PSA added\n1 | 3.9 | 62 | no\n2 | 4.0 | 62 | yes\n3 | 7.2 | 58 | yes\n4 | 10.0 | 70 | yes\n5 | 10.1 | 66 | no\n6 | 6.1 | 82 | yes\n7 | 5.4 | 44 | yes',
          },
          {
            say: 'RX-PSA-02 passes in TEST: 7/7 cases behave as expected — reflex fires for 4.0–10.0 inclusive and not at 3.9 or 10.1. Ready for production.',
          },
        ],
      },
      {
        name: 'transfusion_build_lead',
        description: 'Leads the blood bank LIS build',
        instructions: 'Get blood bank rules tested and report go/no-go.',
        replies: [
          {
            handoff: 'bb_rule_tester',
            message:
              'Test RX-ABS-05 in TEST: screen POS adds DAT + ID panel; screen NEG adds nothing; cancelled screen adds nothing.',
          },
          { say: 'Blood bank: RX-ABS-05 validated (6/6), go.' },
        ],
      },
      {
        name: 'bb_rule_tester',
        description: 'Runs blood bank rule tests',
        instructions: 'Run the test cases and report.',
        replies: [
          {
            call: 'run_rule_tests',
            args: { rule: 'RX-ABS-05', env: 'TEST', cases: 6 },
            result:
              'case | screen | DAT added | panel added | expected\n1 | POS | yes | yes | ok\n2 | POS (1 cell) | yes | yes | ok\n3 | NEG | no | no | ok\n4 | NEG | no | no | ok\n5 | CANCELLED | no | no | ok\n6 | POS, repeat within 72 h | yes | yes | ok',
          },
          { say: 'RX-ABS-05: 6/6 cases ok (POS adds DAT + panel, NEG and cancelled add nothing).' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'chemistry_build_lead', to: 'chem_rule_tester' },
      agent: 'chem_rule_tester',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'troponin-delta-phoned-on-recentrifuged-rerun',
    title:
      'The 1 h hs-troponin first read 61 ng/L on a clotted sample; the QA reviewer reports the valid rerun (24 ng/L) and the notifier and ED summary both use 24',
    domain: 'emergency chemistry result notification',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: an invalid first reading replaced by a rerun, the rerun value used downstream',
    request:
      'ED cubicle 7, MRN 00558210 (Harrow, Peter, 63 M), chest pain. hs-cTnT 0 h (C27-0211-0102, 01:10) = 8 ng/L. 1 h (C27-0211-0187, 02:14) first run 61 ng/L with an analyzer clot flag. Check the 1 h result and notify ED per the 0/1 h pathway (delta ≥ 5 ng/L is phoned).',
    topology: {
      shape: 'pipeline',
      order: ['specimen_qa_reviewer', 'result_notifier', 'ed_summary_writer'],
    },
    agents: [
      {
        name: 'specimen_qa_reviewer',
        description: 'Reviews flagged results before verification',
        instructions: 'Resolve analyzer flags and state the reportable value.',
        replies: [
          {
            call: 'analyzer_log',
            args: { accession: 'C27-0211-0187', test: 'TNTHS' },
            result:
              'run | time  | result ng/L | flag\n1   | 02:31 | 61          | CLOT (aspiration pressure)\n2   | 02:44 | 24          | none (re-centrifuged 10 min, fibrin removed)\nrun 1 suppressed by tech ID 2291',
          },
          {
            say: '1 h troponin C27-0211-0187: first run (61 ng/L) had a clot flag and is suppressed. After re-centrifugation the rerun at 02:44 gave **24 ng/L**, no flags — that is the reportable result. Delta vs 0 h (8 ng/L) = **+16 ng/L**.',
          },
        ],
      },
      {
        name: 'result_notifier',
        description: 'Phones pathway results to the ED',
        instructions: 'Phone the reportable result with the delta and log read-back.',
        prompt: 'QA outcome:\n{input}',
        replies: [
          {
            call: 'phone_result',
            args: {
              mrn: '00558210',
              accession: 'C27-0211-0187',
              test: 'hs-cTnT',
              value: 24,
              delta: 16,
              to: 'ED cubicle 7 RN',
            },
            result:
              'Call logged PC-27-04417 02:49, read back by RN L. Mbeki ("twenty-four, delta sixteen"), ED registrar Dr Voss informed.',
          },
          {
            say: 'hs-cTnT 1 h = 24 ng/L (Δ +16 from 8) phoned to ED cubicle 7 at 02:49, read back by RN Mbeki; Dr Voss informed. PC-27-04417.',
          },
        ],
      },
      {
        name: 'ed_summary_writer',
        description: 'Writes the lab note into the ED record',
        instructions: 'Summarise the lab course for the ED chart.',
        prompt: 'Notification:\n{input}\n\nCase: {request}',
        replies: [
          {
            say: '**Lab note — hs-cTnT, Harrow P. (MRN 00558210)**\n- 0 h 01:10: 8 ng/L\n- 1 h 02:14: **24 ng/L** (first analyzer reading withdrawn: clot, rerun after re-centrifugation)\n- Δ 0/1 h: +16 ng/L, above the 5 ng/L delta — phoned 02:49 (PC-27-04417)',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'irradiator-interface-timeout-confirmed-on-console-and-disclosed',
    title:
      'The irradiation call times out at the interface; the tech confirms the cycle on the irradiator log and indicator, relabels, and tells the charge tech about the timeout',
    domain: 'blood bank product modification',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error verified another way and disclosed, not swallowed',
    request:
      'Hem-onc 7W, MRN 00211457 (Nakamura, Hiro, 34 M, allo-SCT day +41): 1 unit irradiated, leukoreduced O NEG RBC for a 15:00 transfusion. Crossmatch done on unit W0427 27 220931 V.',
    topology: {
      shape: 'supervisor',
      coordinator: 'blood_bank_charge_tech',
      workers: ['irradiation_tech', 'issue_recorder'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'blood_bank_charge_tech',
        description: 'Charge technologist of the transfusion service',
        instructions: 'Get the unit modified and issued, then confirm to the ward.',
        replies: [
          {
            handoff: 'irradiation_tech',
            message:
              'Irradiate W0427 27 220931 V (O NEG, LR) for Nakamura MRN 00211457, relabel, new expiry.',
          },
          {
            handoff: 'issue_recorder',
            message:
              'Set up issue of W0427 27 220931 V (irradiated per console cycle 27-0412, relabelled E0287V00, exp 26/02) to 7W for 15:00, Nakamura MRN 00211457.',
          },
          {
            say: 'Nakamura (7W): unit W0427 27 220931 V irradiated (cycle 27-0412, 25 Gy, confirmed on console and RadTag — interface timed out, logged IR-27-0058), relabelled E0287V00, exp 26/02. Issue ISS-27-11902 ready for 15:00 pickup.',
          },
        ],
      },
      {
        name: 'irradiation_tech',
        description: 'Operates the blood irradiator',
        instructions: 'Irradiate, verify, relabel and report.',
        replies: [
          {
            call: 'irradiate_unit',
            args: { unit: 'W0427 27 220931 V', dose_gy: 25 },
            result: {
              error: 'RS3400 interface timeout after 30 s — no confirmation received from irradiator',
            },
          },
          {
            call: 'irradiator_console_log',
            args: { since: '2027-02-11T13:55' },
            result:
              'cycle 27-0412 | start 14:01 | end 14:06 | center dose 25.1 Gy | canister 2 | unit W0427 27 220931 V | RadTag indicator: IRRADIATED (read 14:08, tech 1874)',
          },
          {
            call: 'relabel_unit',
            args: { unit: 'W0427 27 220931 V', product_code: 'E0287V00' },
            result:
              'Label E0287V00 IRRADIATED printed 14:10, expiry 2027-02-26 23:59 (28 d post-irradiation cap applied), incident IR-27-0058 logged for interface timeout',
          },
          {
            say: 'The irradiate command timed out at the interface (no confirmation), so I checked the console: cycle 27-0412, 14:01–14:06, 25.1 Gy, RadTag reads IRRADIATED. Relabelled E0287V00, new expiry 26/02. Timeout logged as IR-27-0058 for biomed.',
          },
        ],
      },
      {
        name: 'issue_recorder',
        description: 'Records blood product issue',
        instructions: 'Prepare the issue record.',
        replies: [
          {
            call: 'prepare_issue',
            args: { unit: 'W0427 27 220931 V', mrn: '00211457', location: '7W', time: '15:00' },
            result:
              '{"issue": "ISS-27-11902", "checks": {"irradiated": true, "leukoreduced": true, "crossmatch": "compatible"}, "status": "READY"}',
          },
          { say: 'ISS-27-11902 ready: irradiated, LR, crossmatch compatible, for 7W at 15:00.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'vitamin-d-interval-returned-once-for-units-then-signed',
    title:
      'The director returns the 25-OH vitamin D interval once (catalog reports nmol/L, draft used ng/mL); the drafter converts it and the second draft is signed and published',
    domain: 'laboratory reference intervals',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: one return with a concrete fix, then signed',
    request:
      'New 25-OH vitamin D assay (LIAISON XL) goes live Mon 22 Feb 2027. Put the interpretive ranges (deficient / insufficient / sufficient / upper safety) into the catalog with the lab director’s sign-off.',
    topology: {
      shape: 'pipeline',
      order: ['vitd_interval_drafter', 'director_signoff', 'catalog_updater'],
      loop: { from: 'director_signoff', to: 'vitd_interval_drafter', while: 'RETURNED', max: 3 },
    },
    agents: [
      {
        name: 'vitd_interval_drafter',
        description: 'Drafts interpretive ranges',
        instructions: 'Draft the ranges, or rework them per the director’s comments.',
        prompt: 'Brief or comments:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: '25-OH vitamin D, draft 1 (ng/mL)\n\n| category | range |\n|---|---|\n| deficient | < 20 |\n| insufficient | 20–29 |\n| sufficient | 30–100 |\n| possible toxicity | > 100 |',
          },
          {
            say: '25-OH vitamin D, draft 2 (**nmol/L**, × 2.496)\n\n| category | range |\n|---|---|\n| deficient | < 50 |\n| insufficient | 50–74 |\n| sufficient | 75–250 |\n| possible toxicity | > 250 |\n\nCatalog unit nmol/L; ng/mL equivalent shown in the comment line.',
          },
        ],
      },
      {
        name: 'director_signoff',
        description: 'Laboratory director sign-off',
        instructions: 'Answer "SIGNED: <summary>" or "RETURNED: <comments>".',
        prompt: 'For sign-off:\n{input}',
        replies: [
          {
            say: 'RETURNED: we report vitamin D in nmol/L since the 2026 SI switch. Convert (× 2.496, rounded): deficient < 50, insufficient 50–74, sufficient 75–250, toxicity > 250 nmol/L.',
          },
          {
            say: 'SIGNED: 25-OH vitamin D interpretive ranges in nmol/L (< 50 / 50–74 / 75–250 / > 250), effective 22/02/2027. Dr R. Iyer.',
          },
        ],
      },
      {
        name: 'catalog_updater',
        description: 'Updates the LIS test catalog',
        instructions: 'Publish signed ranges.',
        prompt: 'Decision:\n{input}',
        replies: [
          {
            call: 'catalog_update',
            args: {
              test: 'VITD25',
              unit: 'nmol/L',
              effective: '2027-02-22',
              ranges: { deficient: '<50', insufficient: '50-74', sufficient: '75-250', toxicity: '>250' },
            },
            result: 'catalog v2027.3 saved, VITD25 ranges scheduled for 2027-02-22 00:00, change CAT-27-0088',
          },
          {
            say: 'Published: VITD25 interpretive ranges (nmol/L) < 50 / 50–74 / 75–250 / > 250, effective 22 Feb 2027 (CAT-27-0088, catalog v2027.3).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'underfilled-citrate-tube-redraw-brief-carried-whole',
    title:
      'Coag intake rejects an underfilled light-blue tube from a heparin drip patient and asks for a redraw before the 12:00 dose check; the redraw scheduler gets the full brief and books it STAT',
    domain: 'coagulation specimen rejection',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'lost_message: a rejection brief reworded by the program template but delivered whole and acted on',
    request:
      'Coag received aPTT tube C27-0212-0733 for MRN 00408812 (Sandoval, Rita, 66 F), ICU bed 3, collected 10:05. She is on an unfractionated heparin drip with aPTT every 6 h; the next rate adjustment is due 12:00.',
    topology: {
      shape: 'branch',
      classifier: 'coag_intake_screen',
      routes: { redraw: 'redraw_scheduler', analyze: 'coag_bench' },
      after: 'icu_notifier',
    },
    agents: [
      {
        name: 'coag_intake_screen',
        description: 'Screens coagulation specimens at reception',
        instructions: 'Answer "redraw" or "analyze" first, then what the next step needs.',
        replies: [
          {
            call: 'tube_fill_check',
            args: { accession: 'C27-0212-0733' },
            result:
              '{"tube": "3.2% citrate 2.7 mL light blue", "fill_pct": 71, "min_fill_pct": 90, "hct_flag": false, "hemolysis": "none"}',
          },
          {
            say: 'redraw — C27-0212-0733 is underfilled (71 %, minimum 90 %), so the 9:1 blood-to-citrate ratio is off and the aPTT would read falsely long. New 2.7 mL light-blue tube, filled to the line, discard tube first if drawn by butterfly. Heparin drip rate check is due 12:00, so it needs to arrive by 11:15.',
          },
        ],
      },
      {
        name: 'coag_bench',
        description: 'Runs coagulation tests',
        instructions: 'Run the tests.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'redraw_scheduler',
        description: 'Books recollections with phlebotomy or the ward',
        instructions: 'Book the redraw with the right tube, priority and deadline.',
        prompt: 'Intake screen says:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            call: 'order_recollect',
            args: {
              accession: 'C27-0212-0733',
              tube: 'citrate 2.7 mL light blue, fill to line, discard tube if butterfly',
              priority: 'STAT',
              arrive_by: '2027-02-12T11:15',
              drawn_by: 'ICU RN (arterial line)',
            },
            result: '{"order": "RC-27-0412", "priority": "STAT", "assigned": "ICU bed 3 RN", "due": "11:15"}',
          },
          {
            say: 'Redraw RC-27-0412 booked STAT with the ICU bed 3 nurse: 2.7 mL light-blue filled to the line (discard tube if butterfly), due in lab by 11:15 for the 12:00 heparin check.',
          },
        ],
      },
      {
        name: 'icu_notifier',
        description: 'Notifies wards about rejected specimens',
        instructions: 'Tell the ward what happened and what to do.',
        prompt: 'Outcome:\n{input}',
        replies: [
          {
            say: 'ICU bed 3 — Rita Sandoval: the 10:05 aPTT tube (C27-0212-0733) was only 71 % full and cannot be run. Please redraw a **2.7 mL light-blue tube filled to the line** and send it to arrive by **11:15** (RC-27-0412, STAT) so the 12:00 heparin rate check has a result. Coag ext. 4432.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'sickle-cell-units-swapped-after-ahg-incompatibility-keeping-phenotype',
    title:
      'One of two C-, E-, K-negative HbS-negative units is AHG incompatible; the crossmatch bench replaces it with a third unit carrying every required attribute',
    domain: 'blood bank crossmatch',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task: a unit substitution that keeps every constraint of the order',
    request:
      'Day unit, MRN 00893310 (Abara, Chidi, 27 M, sickle cell disease, monthly exchange). Order for tomorrow 08:00: 2 units RBC, leukoreduced, HbS-negative, matched for C, E and K (patient C−, E−, K−; anti-E on record). Crossmatch and reserve.',
    topology: {
      shape: 'network',
      coordinator: 'transfusion_service_router',
      workers: ['crossmatch_bench', 'product_reserve_desk'],
    },
    agents: [
      {
        name: 'transfusion_service_router',
        description: 'Routes transfusion orders through the blood bank',
        instructions: 'Get units crossmatched, then reserved, then finish.',
        replies: [
          {
            handoff: 'crossmatch_bench',
            message:
              'Abara MRN 00893310: 2 × RBC LR, HbS neg, C−/E−/K− antigen-negative, AHG crossmatch (anti-E history). For 08:00 tomorrow.',
          },
          {
            handoff: 'product_reserve_desk',
            message:
              'Reserve W0427 27 155021 M and W0427 27 155077 J for Abara MRN 00893310, day unit 08:00 tomorrow (both LR, HbS neg, C−E−K−, AHG compatible).',
          },
          {
            say: 'Abara (MRN 00893310): 2 RBC units reserved for 08:00 tomorrow — W0427 27 155021 M and W0427 27 155077 J, both leukoreduced, HbS-negative, C−/E−/K−, AHG crossmatch compatible. Unit 155048 was excluded after a 1+ AHG incompatibility.',
          },
        ],
      },
      {
        name: 'crossmatch_bench',
        description: 'Selects antigen-negative units and performs crossmatches',
        instructions: 'Select units meeting every requirement and crossmatch them.',
        replies: [
          {
            call: 'find_units',
            args: {
              abo: 'O',
              rh: 'POS',
              antigen_negative: ['C', 'E', 'K'],
              hbs_negative: true,
              leukoreduced: true,
              count: 3,
            },
            result:
              'unit              | C | E | K | HbS | LR | exp\nW0427 27 155021 M | − | − | − | neg | yes | 2027-03-08\nW0427 27 155048 T | − | − | − | neg | yes | 2027-03-10\nW0427 27 155077 J | − | − | − | neg | yes | 2027-03-12',
          },
          {
            call: 'ahg_crossmatch',
            args: { mrn: '00893310', units: ['W0427 27 155021 M', 'W0427 27 155048 T'] },
            result:
              '155021 M: COMPATIBLE (0)\n155048 T: INCOMPATIBLE (1+ at AHG, DAT of unit negative; refer for workup)',
          },
          {
            call: 'ahg_crossmatch',
            args: { mrn: '00893310', units: ['W0427 27 155077 J'] },
            result: '155077 J: COMPATIBLE (0)',
          },
          {
            say: 'Abara: 155021 M compatible; 155048 T **incompatible** (1+ AHG) — set aside, sample sent for workup. Replaced with **155077 J**, also C−/E−/K−, HbS neg, LR, and AHG compatible. Ready: 155021 M + 155077 J.',
          },
        ],
      },
      {
        name: 'product_reserve_desk',
        description: 'Reserves crossmatched units for patients',
        instructions: 'Reserve units and confirm.',
        replies: [
          {
            call: 'reserve_units',
            args: {
              mrn: '00893310',
              units: ['W0427 27 155021 M', 'W0427 27 155077 J'],
              until: '2027-02-13T20:00',
            },
            result: 'RSV-27-3308 created, 2 units tagged, hold until 13/02 20:00',
          },
          { say: 'RSV-27-3308: 155021 M and 155077 J tagged for Abara, held until 13/02 20:00.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'critical-call-compliance-leads-round-but-keep-every-miss',
    title:
      'January critical-value and crossmatch turnaround audit: each lead reports its auditor’s figures rounded and shortened but complete, including every late call; the manager’s report matches',
    domain: 'laboratory quality indicators',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf: 'low_quality_output: terse lead summaries that keep every figure and exception of the worker',
    request:
      'Monthly quality indicators for January 2027 for the quality committee on 16 Feb: critical-value call compliance (target ≥ 98 % phoned within 30 min) and STAT crossmatch turnaround (target 90 % within 60 min). List every miss.',
    topology: {
      shape: 'nested',
      top: 'lab_operations_manager',
      teams: { core_lab_lead: ['critical_call_auditor'], blood_bank_lead: ['tat_auditor'] },
    },
    agents: [
      {
        name: 'lab_operations_manager',
        description: 'Reports laboratory quality indicators',
        instructions: 'Get each indicator from its lead, then write the committee report.',
        replies: [
          {
            handoff: 'core_lab_lead',
            message: 'January 2027 critical-value call compliance (≤ 30 min), with every late call listed.',
          },
          {
            handoff: 'blood_bank_lead',
            message: 'January 2027 STAT crossmatch turnaround (≤ 60 min), with every miss listed.',
          },
          {
            say: '## Quality indicators — January 2027\n\n| indicator | result | target |\n|---|---|---|\n| Critical values phoned ≤ 30 min | 99.0 % (1,271 / 1,284) | ≥ 98 % ✅ |\n| STAT crossmatch ≤ 60 min | 92.6 % (163 / 176) | ≥ 90 % ✅ |\n\n**Late critical calls (13):** 9 night shift (ward phones unanswered, escalated to switchboard), 3 outpatient after-hours (GP unreachable, on-call reached in 41–58 min), 1 transcription delay (CV-27-07790, 47 min).\n\n**STAT crossmatch misses (13):** 8 antibody workups (expected), 4 sample recollects, 1 analyzer downtime 14 Jan 03:10–04:05.',
          },
        ],
      },
      {
        name: 'core_lab_lead',
        description: 'Core laboratory lead',
        instructions: 'Get the audit done and summarise it.',
        replies: [
          {
            handoff: 'critical_call_auditor',
            message:
              'Audit CV log 01–31 Jan 2027: % phoned within 30 min of verification, break down every call over 30 min.',
          },
          {
            say: 'Critical calls Jan: 99.0 % within 30 min (1,271/1,284). 13 late: 9 nights (no answer on ward, switchboard), 3 outpatients after hours (41–58 min), 1 transcription delay CV-27-07790 (47 min).',
          },
        ],
      },
      {
        name: 'critical_call_auditor',
        description: 'Audits the critical value call log',
        instructions: 'Compute compliance and list exceptions.',
        replies: [
          {
            call: 'cv_log_audit',
            args: { from: '2027-01-01', to: '2027-01-31', limit_min: 30 },
            result:
              '{"total": 1284, "within_30": 1271, "pct": 98.99, "late": [{"cause": "night, ward phone unanswered, escalated switchboard", "n": 9, "max_min": 44}, {"cause": "outpatient after hours, on-call GP", "n": 3, "range_min": "41-58"}, {"cause": "transcription delay", "n": 1, "id": "CV-27-07790", "min": 47}]}',
          },
          {
            say: 'Jan 2027: 1,284 critical values, 1,271 phoned within 30 min = 98.99 %. Late (13): 9 night-shift calls where the ward phone went unanswered and switchboard was used (max 44 min); 3 after-hours outpatient calls to on-call GPs, 41–58 min; 1 transcription delay, CV-27-07790, 47 min.',
          },
        ],
      },
      {
        name: 'blood_bank_lead',
        description: 'Blood bank lead',
        instructions: 'Get the audit done and summarise it.',
        replies: [
          {
            handoff: 'tat_auditor',
            message:
              'STAT crossmatch TAT Jan 2027, receipt to ready, % within 60 min, every miss with its reason.',
          },
          {
            say: 'STAT crossmatch Jan: 92.6 % ≤ 60 min (163/176). 13 misses: 8 antibody workups, 4 recollects, 1 downtime (14/01 03:10–04:05).',
          },
        ],
      },
      {
        name: 'tat_auditor',
        description: 'Audits blood bank turnaround times',
        instructions: 'Compute turnaround and list misses.',
        replies: [
          {
            call: 'tat_report',
            args: { test: 'XM-STAT', from: '2027-01-01', to: '2027-01-31', target_min: 60 },
            result:
              'orders 176 | within 60 min 163 | 92.61 %\nmisses by reason: antibody workup 8 | specimen recollected 4 | analyzer downtime 1 (Echo Lumena, 2027-01-14 03:10-04:05)',
          },
          {
            say: '176 STAT crossmatches, 163 ready within 60 min (92.61 %). 13 over: 8 needed an antibody workup, 4 waited for a recollected sample, 1 hit the Echo Lumena downtime on 14/01 (03:10–04:05).',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch99Scenarios = [...faults, ...healthy];
