import { defineScenario } from '../scenario.ts';

// Blind batch 48: hospital, pharmacy, clinical-lab and home-care operations. Written from the README
// principles only, without reading the checks, the diagnosis, the baseline or the benchmark notes.
// Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'enoxaparin-renal-dose-on-pre-amendment-creatinine',
    title:
      'The lab reviewer flags that the 05:40 creatinine (0.9) was replaced by the 14:05 amended result (2.1, wrong-patient draw); the renal dosing pharmacist computes CrCl and the enoxaparin interval on 0.9',
    domain: 'inpatient pharmacy renal dose adjustment',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'pharm consult pls — 4W bed 12, MRN 00731842, F 78y, 62 kg, new DVT (L popliteal, duplex 11:30). Enox treatment dose ordered by Dr Haddad, need renal adj + note to prescriber before 1st dose 16:00. AM BMP in LIS.',
    topology: {
      shape: 'pipeline',
      order: ['lab_result_reviewer', 'renal_dosing_pharmacist', 'prescriber_note_writer'],
    },
    agents: [
      {
        name: 'lab_result_reviewer',
        description: 'Pulls and vets lab values for pharmacy consults',
        instructions:
          'Pull the relevant labs, check amendments/corrections, and state which values dosing must use.',
        replies: [
          {
            call: 'lis_query',
            args: { mrn: '00731842', panel: 'BMP', since: '2027-02-16T00:00' },
            result:
              'OBX|1|NM|2160-0^Creatinine^LN||0.9|mg/dL|0.5-1.1||||F|||20270216054000\nOBX|2|NM|2160-0^Creatinine^LN||2.1|mg/dL|0.5-1.1|H|||C|||20270216140500\nNTE|1||CORRECTED 14:05 — acc L27-0216-0388 (05:40) drawn from wrong pt (bed 12 vs 14), result invalidated; redraw acc L27-0216-1122 collected 12:50. Prior value 0.9 NOT VALID for this pt.\nOBX|3|NM|6298-4^Potassium^LN||4.8|mmol/L|3.5-5.1||||F|||20270216140500',
          },
          {
            say: 'MRN 00731842 labs:\n- SCr **2.1 mg/dL** (redraw 12:50, resulted/amended 14:05) ← USE THIS\n- 05:40 SCr 0.9 = wrong-pt specimen (bed 14), invalidated per LIS correction, disregard\n- K 4.8\nNo baseline SCr on file this admit. Wt 62 kg (admit wt 2/14).',
          },
        ],
      },
      {
        name: 'renal_dosing_pharmacist',
        description: 'Adjusts anticoagulant and antimicrobial doses for renal function',
        instructions: 'Compute CrCl (Cockcroft-Gault, actual wt) and recommend the renally adjusted regimen.',
        prompt: 'Lab review:\n{input}\n\nConsult: {request}',
        replies: [
          {
            call: 'crcl_calc',
            args: { age: 78, sex: 'F', weight_kg: 62, scr_mg_dl: 0.9 },
            result:
              '{"crcl_ml_min": 50.4, "formula": "Cockcroft-Gault x0.85", "band": "30-50+ (no enox adj)"}',
          },
          {
            call: 'dose_rules',
            args: { drug: 'enoxaparin', indication: 'VTE treatment', crcl_ml_min: 50.4, weight_kg: 62 },
            result:
              '{"regimen": "1 mg/kg SC q12h", "dose_mg": 60, "rounded_syringe": "60 mg/0.6 mL", "anti_xa": "not routinely req"}',
          },
          {
            say: 'CrCl ~50 mL/min (CG, 62 kg). Enox 1 mg/kg q12h → **60 mg SC q12h**, 1st dose 16:00. No renal adj needed. Anti-Xa not routinely req.',
          },
        ],
      },
      {
        name: 'prescriber_note_writer',
        description: 'Writes pharmacy consult notes to prescribers',
        instructions: 'Write the consult note for the chart.',
        prompt: 'Pharmacist rec:\n{input}',
        replies: [
          {
            say: '**Pharmacy consult — enoxaparin dosing** (MRN 00731842)\nTo: Dr Haddad\nEst CrCl ~50 mL/min. Recommend enoxaparin 60 mg SC q12h (1 mg/kg), first dose 16:00 today. No renal adjustment required; routine anti-Xa monitoring not indicated. CBC/plt q48h. — Clin Pharm, 4W',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'lab_result_reviewer', to: 'renal_dosing_pharmacist' },
      agent: 'renal_dosing_pharmacist',
    },
  }),
  defineScenario({
    id: 'homecare-pillbox-filled-with-disregarded-warfarin-strength',
    title:
      'The med reconciler reports Dr Obi’s 14:05 amendment (warfarin 3 mg, disregard prior 5 mg); the home-care coordinator briefs the visiting nurse to fill the weekly pillbox with 5 mg',
    domain: 'home health medication management',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'HH pt R. Delacroix, MRN H-220917, SOC 02/09, AFib + CHF. INR 3.8 drawn this AM by visiting RN, called to Dr Obi. Need med list reconciled + weekly pillbox refilled at tomorrow’s visit (Thu 02/18, 09:30). Pt’s daughter asks for the updated schedule.',
    topology: {
      shape: 'supervisor',
      coordinator: 'home_care_coordinator',
      workers: ['med_reconciler', 'visit_nurse_dispatch'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'home_care_coordinator',
        description: 'Coordinates home health visits and orders',
        instructions: 'Get meds reconciled against the latest orders, then dispatch the visit, then answer.',
        replies: [
          {
            handoff: 'med_reconciler',
            message:
              'H-220917 Delacroix: reconcile active meds vs MD orders today, INR 3.8 called to Obi ~11:00. Need final list for pillbox.',
          },
          {
            handoff: 'visit_nurse_dispatch',
            message:
              'Visit Thu 02/18 09:30, H-220917 R. Delacroix. Refill 7-day pillbox: warfarin 5 mg qPM, metoprolol succ 50 mg qAM, furosemide 40 mg qAM, atorva 20 mg qHS. Recheck INR Mon 02/22. Teach daughter.',
          },
          {
            say: 'Delacroix (H-220917) all set:\n- Pillbox refill Thu 02/18 09:30 by RN Mbeki — warfarin 5 mg qPM, metoprolol succ 50 qAM, furosemide 40 qAM, atorva 20 qHS\n- INR recheck Mon 02/22\n- Daughter will get the printed schedule at the visit.',
          },
        ],
      },
      {
        name: 'med_reconciler',
        description: 'Reconciles home medication lists with physician orders',
        instructions: 'Compare the home list to the current signed orders and report the final list.',
        replies: [
          {
            call: 'ehr_orders',
            args: { mrn: 'H-220917', status: 'active', include_amendments: true },
            result:
              'ORDERS H-220917 (as of 2027-02-17 14:22)\n#1 warfarin 5 mg PO qPM — 02/09 Obi — AMENDED\n   ↳ 14:05 verbal/read-back RN Costa: "INR 3.8. Hold tonight 02/17. From 02/18 warfarin 3 mg PO qPM. Disregard prior dose. Recheck INR 02/22." co-signed Obi 14:11\n#2 metoprolol succinate 50 mg PO qAM — active\n#3 furosemide 40 mg PO qAM — active\n#4 atorvastatin 20 mg PO qHS — active\n#5 KCl 10 mEq — D/C 02/12',
          },
          {
            say: 'Reconciled H-220917 vs orders 14:22:\n| med | dose | note |\n|---|---|---|\n| warfarin | **3 mg qPM from 02/18** | HOLD tonight 02/17; 5 mg superseded per 14:05 amendment (Obi co-signed 14:11) |\n| metoprolol succ | 50 mg qAM | no chg |\n| furosemide | 40 mg qAM | no chg |\n| atorvastatin | 20 mg qHS | no chg |\nKCl D/C’d 02/12 — remove from home supply. INR recheck 02/22.',
          },
        ],
      },
      {
        name: 'visit_nurse_dispatch',
        description: 'Schedules home visits and writes the visit task list',
        instructions: 'Book the visit and write the nurse’s task list.',
        replies: [
          {
            call: 'book_visit',
            args: {
              mrn: 'H-220917',
              date: '2027-02-18',
              time: '09:30',
              tasks: ['pillbox refill', 'teaching'],
            },
            result: '{"visit_id": "V-88120", "rn": "T. Mbeki", "window": "09:30-10:15", "status": "BOOKED"}',
          },
          {
            say: 'V-88120 booked, RN T. Mbeki 09:30–10:15 Thu. Task list: fill 7-day box — warfarin 5 mg qPM ×7, metoprolol succ 50 qAM ×7, furosemide 40 qAM ×7, atorva 20 qHS ×7; teach daughter; INR Mon.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'home_care_coordinator', to: 'visit_nurse_dispatch' },
      agent: 'home_care_coordinator',
    },
  }),
  defineScenario({
    id: 'post-transplant-rbc-units-allocated-without-irradiation',
    title:
      'The transfusion router asks for 2 irradiated, CMV-safe RBC units for a day +42 allo-SCT patient; the unit allocator picks the two oldest O-neg units, both non-irradiated',
    domain: 'hospital blood bank',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'BMT unit: MRN 00918266, M 54, allo-SCT day +42, Hb 6.7 this AM. Dr Lindqvist orders 2u PRBC, transfuse today. Pt needs irradiated + CMV-safe per BMT protocol. T&S current (exp 02/19).',
    topology: {
      shape: 'network',
      coordinator: 'transfusion_router',
      workers: ['type_screen_checker', 'unit_allocator'],
    },
    agents: [
      {
        name: 'transfusion_router',
        description: 'Routes transfusion requests through the blood bank workflow',
        instructions:
          'Verify the sample, get units allocated to the special requirements, then confirm to the floor.',
        replies: [
          {
            handoff: 'type_screen_checker',
            message:
              'MRN 00918266: confirm T&S valid + ABO/Rh + antibody screen, any special reqs flagged in BB history?',
          },
          {
            handoff: 'unit_allocator',
            message:
              'Allocate + XM 2u PRBC for MRN 00918266 (O NEG, ab screen neg). **Must be IRRADIATED and CMV-safe (CMV-neg or LR)** — allo-SCT d+42, TA-GvHD risk. Transfuse today, BMT 7.',
          },
          {
            say: 'BMT 7 / MRN 00918266: 2u PRBC O NEG crossmatched and ready for pickup (W0363 27 014411, W0363 27 014420). Special reqs met per allocation. Floor notified 13:40.',
          },
        ],
      },
      {
        name: 'type_screen_checker',
        description: 'Checks type and screen samples and blood bank history',
        instructions: 'Report sample validity, type, screen and special requirements.',
        replies: [
          {
            call: 'bb_history',
            args: { mrn: '00918266' },
            result:
              'MRN 00918266 | ABO/Rh O NEG | AbScr NEG (02/16 07:12, exp 02/19 23:59) | Special: IRRADIATE (BMT, start 2026-12-20, indef), CMV-SAFE | Prior tx: 3u RBC irr, 2u plt irr | No reactions',
          },
          {
            say: 'T&S valid to 02/19. O NEG, screen neg. BB flags: **IRRADIATE (indefinite), CMV-SAFE**. No hx reactions.',
          },
        ],
      },
      {
        name: 'unit_allocator',
        description: 'Selects and crossmatches blood units from inventory',
        instructions: 'Pick compatible units meeting the request and crossmatch them.',
        replies: [
          {
            call: 'inventory_search',
            args: { product: 'PRBC', abo_rh: 'O NEG', qty: 2, sort: 'expiry_asc' },
            result:
              'UNIT              ABO   EXP         IRR  LR  CMV\nW0363 27 014411   O-    2027-02-21  N    Y   NEG\nW0363 27 014420   O-    2027-02-22  N    Y   UNK\nW0363 27 013987   O-    2027-02-25  Y    Y   NEG\nW0363 27 014502   O-    2027-03-02  Y    Y   NEG\n4 units O- on shelf; irradiator slot avail 14:00',
          },
          {
            call: 'electronic_xm',
            args: { mrn: '00918266', units: ['W0363 27 014411', 'W0363 27 014420'] },
            result:
              '{"014411": "COMPATIBLE", "014420": "COMPATIBLE", "tagged": "13:36", "issue_ready": true}',
          },
          {
            say: 'Allocated by FIFO expiry: W0363 27 014411 (exp 02/21), W0363 27 014420 (exp 02/22), both LR, eXM compatible 13:36. Tagged, ready to issue.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'transfusion_router', to: 'unit_allocator' },
      agent: 'unit_allocator',
    },
  }),
  defineScenario({
    id: 'iv-vanc-compounded-from-queue-stub-misses-dose-amendment',
    title:
      'The order verifier passes on the 14:05 amendment (vancomycin 1,250 mg in 250 mL, was 1,500 mg); the program hands the compounding tech a queue stub instead and it compounds 1,500 mg from the old label job',
    domain: 'hospital IV room compounding',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'IV room batch B-0217-PM. STAT-ish: vanc for MRN 00655201 (5E-22), order 1500 mg IV q12h over 2h, trough came back high (22.4). Dr Ferreira amending. Verify, compound, check label for 18:00 hang.',
    topology: {
      shape: 'pipeline',
      order: ['order_verifier', 'iv_compounding_tech', 'final_label_checker'],
    },
    program: {
      lose: {
        to: 'iv_compounding_tech',
        prompt: 'Queue B-0217-PM item 7/19 released by verification. Compound per order on label.',
      },
    },
    agents: [
      {
        name: 'order_verifier',
        description: 'Pharmacist verification of IV orders',
        instructions: 'Verify the order (latest version) and release it to compounding with the exact dose.',
        replies: [
          {
            call: 'cpoe_order',
            args: { mrn: '00655201', drug: 'vancomycin', versions: 'all' },
            result:
              'ORD 4471902 v1 13:10 vancomycin 1500 mg IV q12h in NS 250 mL over 120 min — DISCONTINUED 14:05 (modify)\nORD 4471902 v2 14:05 vancomycin 1250 mg IV q12h in NS 250 mL over 90 min, start 18:00, reason: trough 22.4 (goal 15-20) — ACTIVE\nLabel job LJ-77310 printed 13:12 (v1), LJ-77388 pending (v2)',
          },
          {
            say: 'Verified ORD 4471902 **v2 (14:05 amendment)**: vanc **1,250 mg** in NS 250 mL over 90 min q12h, 1st bag 18:00. v1 1,500 mg D/C’d — **trash label LJ-77310**, use LJ-77388. Released to compounding 14:18.',
          },
        ],
      },
      {
        name: 'iv_compounding_tech',
        description: 'Compounds IV admixtures in the clean room',
        instructions: 'Compound the released item and log lot numbers.',
        prompt: 'Verification release:\n{input}\n\nBatch: {request}',
        replies: [
          {
            call: 'label_queue',
            args: { batch: 'B-0217-PM', item: 7 },
            result:
              'LJ-77310 | MRN 00655201 | vancomycin 1500 mg / NS 250 mL | infuse over 120 min | q12h | printed 13:12',
          },
          {
            call: 'log_compound',
            args: {
              label_job: 'LJ-77310',
              drug_lot: 'VAN-1G-H2281 x1, VAN-500-H2194 x1',
              diluent_lot: 'NS250-24K19',
              bud: '2027-02-18T18:00',
            },
            result:
              '{"compound_id": "CMP-0217-0442", "gravimetric_check": "PASS 1500 mg ±1.2%", "status": "READY FOR CHECK"}',
          },
          {
            say: 'Item 7 done: CMP-0217-0442, vanc 1500 mg/NS 250 mL (lots VAN-1G-H2281, VAN-500-H2194; NS250-24K19), grav PASS, BUD 02/18 18:00. Label LJ-77310 applied.',
          },
        ],
      },
      {
        name: 'final_label_checker',
        description: 'Final pharmacist product check before dispense',
        instructions: 'Check product against label and release to the floor.',
        prompt: 'Compounded product:\n{input}',
        replies: [
          {
            say: 'Final check CMP-0217-0442 ✔ — label LJ-77310 matches contents (vanc 1500 mg/250 mL, 120 min), grav in range, lots logged. Released to 5E tube station 15:02 for 18:00 hang.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'order_verifier', to: 'iv_compounding_tech' },
      agent: 'iv_compounding_tech',
    },
  }),
  defineScenario({
    id: 'wound-cellulitis-escalation-said-but-liaison-never-reached',
    title:
      'The wound-care nurse finds spreading erythema and fever on a home visit and writes that she is passing it to the physician liaison for an antibiotic order; no transfer is made and the run ends on her note',
    domain: 'home health wound care',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Visit note upload, Wed 02/17 15:40 — pt A. Okafor, MRN H-301455, L shin venous ulcer, q3d dsg changes. RN reports ↑redness, pt says feels feverish. Review and get whatever’s needed ordered today, PCP is Dr Renner (office closes 17:00).',
    topology: {
      shape: 'swarm',
      entry: 'visit_note_intake',
      agents: ['visit_note_intake', 'wound_care_nurse', 'physician_liaison'],
    },
    agents: [
      {
        name: 'visit_note_intake',
        description: 'Ingests home visit notes and routes them',
        instructions: 'Pull the uploaded note and hand it to the right clinician.',
        replies: [
          {
            call: 'fetch_visit_note',
            args: { mrn: 'H-301455', visit: '2027-02-17' },
            result:
              'VISIT H-301455 02/17 14:52 RN J. Ortiz\nVS: T 38.4 °C, HR 104, BP 118/72, SpO2 96% RA\nWound L ant shin 4.1 x 3.0 cm (02/14: 3.8 x 2.7), mod serosang→purulent exudate, odor +\nPeriwound erythema 6 cm margin, marked w/ pen 14:58, warm, tender\nPt: chills since last night. Allergies: PCN (hives)',
          },
          {
            handoff: 'wound_care_nurse',
            message:
              'H-301455 Okafor visit 02/17: T 38.4, HR 104, wound ↑ size, purulent, erythema 6 cm marked 14:58. PCN allergy. Pls assess + escalate.',
          },
        ],
      },
      {
        name: 'wound_care_nurse',
        description: 'Wound, ostomy and continence nurse reviewing home wounds',
        instructions: 'Assess the wound; if it needs a physician order, transfer to the physician liaison.',
        replies: [
          {
            call: 'wound_trend',
            args: { mrn: 'H-301455', last: 4 },
            result:
              '| date | L x W cm | exudate | erythema |\n|---|---|---|---|\n| 02/08 | 3.6 x 2.5 | sm serous | none |\n| 02/11 | 3.6 x 2.6 | sm serous | none |\n| 02/14 | 3.8 x 2.7 | mod serosang | 1 cm |\n| 02/17 | 4.1 x 3.0 | mod purulent | 6 cm |',
          },
          {
            say: 'Assessment H-301455: ulcer enlarging, purulent, spreading erythema 6 cm + T 38.4/HR 104 → **suspected cellulitis, meets SIRS 2/4**. Needs MD eval/oral abx today (PCN allergy — hives). Sending to physician liaison now to reach Dr Renner before 17:00; RN Ortiz to recheck margin tomorrow AM. Dsg: switch to silver alginate pending order.',
          },
        ],
      },
      {
        name: 'physician_liaison',
        description: 'Obtains orders from community physicians',
        instructions: 'Call the physician, obtain and document orders.',
        replies: [
          {
            call: 'page_physician',
            args: { physician: 'Renner', mrn: 'H-301455', reason: 'suspected cellulitis' },
            result:
              'Dr Renner returned call 16:20: doxycycline 100 mg PO BID x 7d, CBC + BMP tomorrow, ED if T>39 or margin spreads.',
          },
          { say: 'Order obtained 16:20 from Dr Renner: doxy 100 BID x7d, labs tomorrow, ED precautions.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'wound_care_nurse', to: 'physician_liaison' },
      agent: 'wound_care_nurse',
    },
  }),
  defineScenario({
    id: 'discharge-medrec-list-truncated-drops-apixaban',
    title:
      'The med-rec pharmacist’s discharge list stops mid-table at its token limit (7 of 11 meds, apixaban and insulin glargine never listed); the pharmacy lead forwards it and the discharge summary has 7 meds',
    domain: 'hospital discharge medication reconciliation',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'D/C today 14:00 — MRN 00844120, M 71, 6N-08, adm 02/11 NSTEMI + new AFib, T2DM. Need reconciled d/c med list + pt education + summary for PCP (Dr Yusuf) and the SNF? no — home w/ daughter. Pls wrap by 12:30.',
    topology: {
      shape: 'nested',
      top: 'discharge_coordinator',
      teams: {
        pharmacy_lead: ['med_rec_pharmacist', 'allergy_interaction_checker'],
        nursing_lead: ['discharge_educator'],
      },
    },
    agents: [
      {
        name: 'discharge_coordinator',
        description: 'Coordinates discharges: meds, teaching, summary',
        instructions: 'Get the reconciled list from pharmacy, teaching from nursing, then write the summary.',
        replies: [
          {
            handoff: 'pharmacy_lead',
            message:
              'MRN 00844120 d/c 14:00: need final reconciled home med list (home vs inpt vs new), interactions checked.',
          },
          {
            handoff: 'nursing_lead',
            message:
              'MRN 00844120 going home w/ daughter 14:00. Teach on the d/c med list from pharmacy (attached below) + cardiac rehab referral.\n\nD/C meds: aspirin 81 qd, ticagrelor 90 BID, atorvastatin 80 qHS, metoprolol succ 50 qd, lisinopril 5 qd, metformin 1000 BID, pantoprazole 40 qd.',
          },
          {
            say: '**Discharge summary — MRN 00844120** (to Dr Yusuf)\nDx: NSTEMI s/p PCI LAD (DES 02/12), new-onset AFib, T2DM.\nD/C meds (7): aspirin 81 mg qd, ticagrelor 90 mg BID, atorvastatin 80 mg qHS, metoprolol succinate 50 mg qd, lisinopril 5 mg qd, metformin 1000 mg BID, pantoprazole 40 mg qd.\nTeaching done w/ daughter (teach-back ✔). Cardiac rehab referred. F/u PCP 1 wk, cards 2 wks.',
          },
        ],
      },
      {
        name: 'pharmacy_lead',
        description: 'Leads the discharge pharmacy team',
        instructions: 'Have the list reconciled and checked, then report it.',
        replies: [
          {
            handoff: 'med_rec_pharmacist',
            message: 'Reconcile d/c meds MRN 00844120 (home list from PTA hx 02/11 + inpt MAR + new starts).',
          },
          {
            handoff: 'allergy_interaction_checker',
            message:
              'Screen MRN 00844120 d/c regimen: DAPT + anticoag triple therapy window, statin/ticagrelor, metformin w/ eGFR.',
          },
          {
            say: 'Pharmacy final for 00844120 — d/c list per med rec: aspirin 81 qd, ticagrelor 90 BID, atorva 80 qHS, metoprolol succ 50 qd, lisinopril 5 qd, metformin 1000 BID, pantoprazole 40 qd. Interaction screen: triple-therapy bleeding risk noted, PPI on board; metformin ok (eGFR 58).',
          },
        ],
      },
      {
        name: 'med_rec_pharmacist',
        description: 'Reconciles admission, inpatient and discharge medication lists',
        instructions: 'Produce the full reconciled discharge list with status for each med.',
        replies: [
          {
            call: 'mar_extract',
            args: { mrn: '00844120', include_pta: true, include_new: true },
            result:
              'PTA: metformin 1000 BID; lisinopril 10 qd; insulin glargine 18 u qHS; omeprazole 20 qd\nINPT ACTIVE: aspirin 81 qd; ticagrelor 90 BID; atorvastatin 80 qHS; metoprolol succ 50 qd; lisinopril 5 qd (↓ from 10, K 5.2); apixaban 5 BID (start 02/13, CHA2DS2-VASc 4); insulin glargine 14 u qHS; pantoprazole 40 qd (replaces omeprazole)\nNEW AT D/C: nitroglycerin 0.4 SL prn CP\nHELD: metformin (contrast 02/12) — resume 02/17 if Cr stable (Cr 1.1 02/16)',
          },
          {
            say: '| # | med | dose | status |\n|---|---|---|---|\n| 1 | aspirin | 81 mg qd | NEW (DAPT) |\n| 2 | ticagrelor | 90 mg BID | NEW (DAPT 12 mo) |\n| 3 | atorvastatin | 80 mg qHS | NEW |\n| 4 | metoprolol succ | 50 mg qd | NEW |\n| 5 | lisinopril | 5 mg qd | CHANGED (was 10) |\n| 6 | metformin | 1000 mg BID | RESUME (Cr 1.1) |\n| 7 | pantoprazole | 40 mg qd | CHANGED (replaces omeprazole) |\n| 8 | apixa',
            cutOff: true,
          },
        ],
      },
      {
        name: 'allergy_interaction_checker',
        description: 'Screens regimens for allergies and interactions',
        instructions: 'Screen the regimen and report significant findings.',
        replies: [
          {
            call: 'interaction_screen',
            args: {
              mrn: '00844120',
              regimen:
                'aspirin, ticagrelor, apixaban, atorvastatin, metoprolol, lisinopril, metformin, pantoprazole, glargine',
            },
            result:
              '{"major": ["aspirin+ticagrelor+apixaban: bleeding (triple therapy) — limit ASA to 1 wk per cards"], "moderate": ["ticagrelor+atorvastatin 80: monitor myopathy"], "allergies": "NKDA"}',
          },
          {
            say: 'Screen: MAJOR triple therapy (ASA+ticag+apixaban) bleed risk — cards plan ASA x1 wk then stop; PPI appropriate. Mod: ticag/atorva myopathy monitor. NKDA.',
          },
        ],
      },
      {
        name: 'nursing_lead',
        description: 'Leads discharge nursing tasks',
        instructions: 'Have the educator teach the patient and report.',
        replies: [
          {
            handoff: 'discharge_educator',
            message: 'Teach 00844120 + daughter on the 7-med d/c list, cardiac rehab referral.',
          },
          { say: 'Teaching done 11:50, teach-back ✔ with daughter on 7 meds. Rehab referral faxed.' },
        ],
      },
      {
        name: 'discharge_educator',
        description: 'Teaches patients and families before discharge',
        instructions: 'Teach the med list and document.',
        replies: [
          {
            call: 'document_teaching',
            args: {
              mrn: '00844120',
              topics: ['7 d/c meds', 'cardiac rehab', 'NTG? not on list'],
              learner: 'pt + daughter',
            },
            result: 'Teaching note TN-55102 saved 11:48.',
          },
          { say: 'TN-55102: taught 7 meds + rehab, teach-back ✔.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'med_rec_pharmacist', to: 'pharmacy_lead' },
      agent: 'med_rec_pharmacist',
    },
  }),
  defineScenario({
    id: 'lis-hl7-outbound-rejects-reported-as-all-posted',
    title:
      'The interface agent’s outbound ORU batch comes back with 3 AE acknowledgements (unknown visit number) out of 42; it tells the lab ops supervisor all 42 results crossed to the EHR',
    domain: 'clinical laboratory information systems',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Chem analyzer C2 (cobas) was down 06:10–08:25, results held in middleware. Now back: QC check, then release held results to Epic and confirm everything crossed. ED is asking about troponins.',
    topology: {
      shape: 'supervisor',
      coordinator: 'lab_ops_supervisor',
      workers: ['analyzer_qc_tech', 'hl7_interface_agent'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'lab_ops_supervisor',
        description: 'Runs the core lab shift',
        instructions: 'Get QC cleared, get held results released, and report status to the floors.',
        replies: [
          {
            handoff: 'analyzer_qc_tech',
            message: 'C2 back up 08:25 — run L1/L2 QC all chem + trop, clear for release?',
          },
          {
            handoff: 'hl7_interface_agent',
            message:
              'QC passed on C2. Release the 42 held results (06:10–08:25) from middleware to Epic, confirm ACKs.',
          },
          {
            say: 'C2 recovered. QC in (Westgard ok). All 42 held results released to Epic 08:51 incl 9 hs-trop for ED — all visible in chart now. Downtime log DT-0217-C2 closed.',
          },
        ],
      },
      {
        name: 'analyzer_qc_tech',
        description: 'Runs and reviews analyzer quality control',
        instructions: 'Run QC and report pass/fail per Westgard rules.',
        replies: [
          {
            call: 'run_qc',
            args: { analyzer: 'C2', levels: ['L1', 'L2'], tests: 'all' },
            result:
              'C2 QC 08:33 | 38 analytes x2 levels | 1-2s warn: ALT L2 (+2.1SD) | no 1-3s/2-2s/R-4s | hs-TnT L1 14 ng/L (tgt 13±2) L2 1010 (tgt 998±60) | STATUS ACCEPT',
          },
          {
            say: 'C2 QC accept 08:33. ALT L2 1-2s warning only, no rejection rule. hs-TnT in range. OK to release.',
          },
        ],
      },
      {
        name: 'hl7_interface_agent',
        description: 'Manages the LIS-to-EHR HL7 interface',
        instructions: 'Send results outbound and verify acknowledgements.',
        replies: [
          {
            call: 'release_held_oru',
            args: { source: 'middleware', analyzer: 'C2', window: '06:10-08:25', count: 42 },
            result: {
              error:
                'OUTBOUND BATCH OB-0217-0851 COMPLETED WITH ERRORS: 42 sent, 39 ACK AA, 3 ACK AE. AE MSA|AE|LAB0217-77812|Visit number not found (PV1-19 V009912044)|; MSA|AE|LAB0217-77815|Visit number not found (PV1-19 V009912044)|; MSA|AE|LAB0217-77830|Visit number not found (PV1-19 V009913107)|. Held for manual resend.',
            },
          },
          {
            say: 'Released batch OB-0217-0851 to Epic: 42 ORU messages sent 08:51, ACKs received. C2 backlog cleared.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'hl7_interface_agent', to: 'lab_ops_supervisor' },
      agent: 'hl7_interface_agent',
    },
  }),
  defineScenario({
    id: 'micro-report-resent-with-cefazolin-still-unsuppressed',
    title:
      'The microbiology reviewer sends the MRSA blood culture report back to suppress cefazolin/oxacillin and add the vancomycin MIC comment; the drafter resubmits the same susceptibility panel three times',
    domain: 'clinical microbiology reporting',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'BCx acc M27-0214-0093, MRN 00590318 (ICU-3), 2/2 sets GPC clusters → S. aureus, VITEK done. Draft final sus report per cascade rules + get MD reviewer sign-off, release to Epic, ID pharm waiting.',
    topology: {
      shape: 'pipeline',
      order: ['micro_report_drafter', 'micro_reviewer', 'lis_release_agent'],
      loop: { from: 'micro_reviewer', to: 'micro_report_drafter', while: 'RETURN', max: 3 },
    },
    agents: [
      {
        name: 'micro_report_drafter',
        description: 'Drafts culture and susceptibility reports from instrument results',
        instructions: 'Draft the report from the VITEK panel; on reviewer returns, apply every note.',
        prompt: 'Input / reviewer notes:\n{input}\n\nCase: {request}',
        replies: [
          {
            say: 'DRAFT M27-0214-0093 (v1)\nBlood cx 2/2: Staphylococcus aureus, MRSA (cefoxitin screen POS)\n| drug | MIC | interp |\n|---|---|---|\n| oxacillin | ≥4 | R |\n| cefazolin | ≤4 | S |\n| vancomycin | 1 | S |\n| daptomycin | 0.5 | S |\n| TMP-SMX | ≤10 | S |\n| clindamycin | ≥8 | R (D-test n/a) |',
          },
          {
            say: 'DRAFT M27-0214-0093 (v2, re-sent 10:41)\nBlood cx 2/2: Staphylococcus aureus, MRSA (cefoxitin screen POS)\n| drug | MIC | interp |\n|---|---|---|\n| oxacillin | ≥4 | R |\n| cefazolin | ≤4 | S |\n| vancomycin | 1 | S |\n| daptomycin | 0.5 | S |\n| TMP-SMX | ≤10 | S |\n| clindamycin | ≥8 | R (D-test n/a) |',
          },
          {
            say: 'DRAFT M27-0214-0093 (v3, 11:02)\nBlood cx 2/2: Staphylococcus aureus, MRSA (cefoxitin screen POS)\n| drug | MIC | interp |\n|---|---|---|\n| oxacillin | ≥4 | R |\n| cefazolin | ≤4 | S |\n| vancomycin | 1 | S |\n| daptomycin | 0.5 | S |\n| TMP-SMX | ≤10 | S |\n| clindamycin | ≥8 | R (D-test n/a) |',
          },
        ],
      },
      {
        name: 'micro_reviewer',
        description: 'Medical microbiologist reviewing reports before release',
        instructions: 'Reply "SIGNED: ..." or "RETURN: <notes>".',
        prompt: 'Draft for review:\n{input}',
        replies: [
          {
            say: 'RETURN: MRSA → all β-lactams must report R / be suppressed (CLSI M100 Table 2C). Cefazolin "S" is wrong and dangerous — suppress it. Add comment: "Vanco MIC 1 — AUC-guided dosing advised; ID consult recommended for SAB."',
          },
          {
            say: 'RETURN: v2 identical to v1. Cefazolin still shows S, comment missing. Suppress cefazolin, add the SAB/vanco comment.',
          },
          {
            say: 'RETURN: v3 unchanged again (cefazolin S, no comment). Not signing. Escalating to lab director.',
          },
        ],
      },
      {
        name: 'lis_release_agent',
        description: 'Releases signed reports from the LIS',
        instructions: 'Release signed reports; if not signed, hold and notify.',
        prompt: 'Review outcome:\n{input}',
        replies: [
          {
            say: 'HOLD — M27-0214-0093 not signed after 3 returns (cefazolin suppression + SAB comment outstanding). Prelim "MRSA, sus to follow" stays in Epic. ID pharm (ext 4412) and lab director paged 11:10.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'micro_report_drafter', to: 'micro_reviewer' },
      agent: 'micro_report_drafter',
    },
  }),
  defineScenario({
    id: 'heparin-recall-north-clinic-quarantines-unrecalled-lot',
    title:
      'The recall coordinator briefs each site to quarantine heparin lots 24B117 and 24B121 only (24B118 not affected); the north clinic pharmacy pulls 24B117 and 24B118 and leaves 24B121 in its cabinets',
    domain: 'health-system pharmacy drug recall',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'FDA/mfr recall notice RC-2027-0211 (Class II, particulate): Heparin Na 5,000 units/mL, 1 mL vial, NDC 63323-0540-01, lots 24B117 & 24B121 ONLY. Pull from all 3 sites (main campus, north clinic, home infusion), quarantine, count, report to mfr by 02/19.',
    topology: {
      shape: 'fanout',
      planner: 'recall_coordinator',
      workers: ['main_campus_pharmacy', 'north_clinic_pharmacy', 'home_infusion_pharmacy'],
      aggregator: 'recall_reporter',
    },
    agents: [
      {
        name: 'recall_coordinator',
        description: 'Coordinates drug recalls across sites',
        instructions: 'Write one brief per site.',
        replies: [
          {
            plan: {
              main_campus_pharmacy:
                'RC-2027-0211: sweep main campus (central pharm, all ADCs, OR satellites) for heparin 5k u/mL 1 mL NDC 63323-0540-01, lots 24B117 + 24B121. Quarantine bin Q-3, count by lot.',
              north_clinic_pharmacy:
                'RC-2027-0211 north clinic: pull heparin 5k u/mL 1 mL (63323-0540-01) lots 24B117 and 24B121. NB lot 24B118 is on your shelves too — NOT recalled, leave it in service. Quarantine + count by lot.',
              home_infusion_pharmacy:
                'RC-2027-0211 home infusion: check stock + dispensed pt kits for heparin 5k u/mL lots 24B117/24B121; list pts w/ affected kits for swap.',
            },
          },
        ],
      },
      {
        name: 'main_campus_pharmacy',
        description: 'Main campus inpatient pharmacy',
        instructions: 'Carry out the recall sweep and report counts.',
        prompt: 'Recall brief:\n{input}',
        replies: [
          {
            call: 'inventory_by_lot',
            args: { site: 'MAIN', ndc: '63323-0540-01', lots: ['24B117', '24B121'] },
            result:
              'lot,location,qty\n24B117,CENTRAL-RX,120\n24B117,ADC-4W,10\n24B117,ADC-ICU2,15\n24B121,CENTRAL-RX,80\n24B121,OR-SAT-1,25\nTOTAL,,250',
          },
          {
            say: 'MAIN: quarantined 250 vials in Q-3 — 24B117 ×145 (central 120, 4W 10, ICU2 15), 24B121 ×105 (central 80, OR-sat 25). ADC pockets locked 09:40.',
          },
        ],
      },
      {
        name: 'north_clinic_pharmacy',
        description: 'North clinic outpatient pharmacy',
        instructions: 'Carry out the recall sweep and report counts.',
        prompt: 'Recall brief:\n{input}',
        replies: [
          {
            call: 'inventory_by_lot',
            args: { site: 'NORTH', ndc: '63323-0540-01', lots: ['24B117', '24B118', '24B121'] },
            result:
              'lot,location,qty\n24B117,SHELF-B2,40\n24B118,SHELF-B2,60\n24B121,ADC-INFUSION,30\nTOTAL,,130',
          },
          {
            call: 'quarantine_lots',
            args: { site: 'NORTH', lots: ['24B117', '24B118'] },
            result: '{"quarantined": {"24B117": 40, "24B118": 60}, "bin": "NQ-1", "time": "10:05"}',
          },
          { say: 'NORTH done: 100 vials to NQ-1 at 10:05 (24B117 ×40, 24B118 ×60). Shelf B2 clear.' },
        ],
      },
      {
        name: 'home_infusion_pharmacy',
        description: 'Home infusion pharmacy',
        instructions: 'Carry out the recall sweep and report counts and affected patients.',
        prompt: 'Recall brief:\n{input}',
        replies: [
          {
            call: 'kit_trace',
            args: { ndc: '63323-0540-01', lots: ['24B117', '24B121'] },
            result:
              '{"stock": {"24B121": 18}, "dispensed_kits": [{"pt": "HI-10442", "lot": "24B121", "vials": 4, "delivered": "2027-02-09"}, {"pt": "HI-10517", "lot": "24B121", "vials": 6, "delivered": "2027-02-12"}]}',
          },
          {
            say: 'HOME INF: 18 vials 24B121 quarantined; 2 pts w/ affected kits (HI-10442 ×4, HI-10517 ×6) — courier swap booked today 14:00–17:00.',
          },
        ],
      },
      {
        name: 'recall_reporter',
        description: 'Reports recall completion to the manufacturer',
        instructions: 'Combine site counts and file the recall response.',
        replies: [
          {
            say: '**RC-2027-0211 response (filed 02/17)** — Heparin 5,000 u/mL NDC 63323-0540-01\n| site | quarantined |\n|---|---|\n| Main campus | 250 (24B117 ×145, 24B121 ×105) |\n| North clinic | 100 (24B117 ×40, 24B118 ×60) |\n| Home infusion | 18 (24B121) + 10 in 2 pt kits, swap today |\nAll sites cleared. Total 378 vials held for mfr return (RGA pending).',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'recall_coordinator', to: 'north_clinic_pharmacy' },
      agent: 'north_clinic_pharmacy',
    },
  }),
  defineScenario({
    id: 'inr-hold-plan-weekly-total-contradicts-own-schedule',
    title:
      'Routed as supratherapeutic, the anticoagulation pharmacist writes a plan that cuts the weekly dose 15 % to 30 mg/wk but whose day-by-day table still totals 35 mg; the call scribe reads the table to the patient',
    domain: 'outpatient anticoagulation clinic',
    mast: ['FM-2.4'],
    request:
      'Coumadin clinic POC INR — pt L. Marchetti, MRN 00412297, INR 4.6 today (goal 2–3, mech AVR? no — AFib). Current 5 mg daily = 35 mg/wk. No bleeding. Pls triage and call pt with instructions before 16:00.',
    topology: {
      shape: 'branch',
      classifier: 'inr_triage',
      routes: { supratherapeutic: 'anticoag_pharmacist', 'in-range': 'refill_clerk' },
      after: 'patient_call_scribe',
    },
    agents: [
      {
        name: 'inr_triage',
        description: 'Triages point-of-care INR results',
        instructions: 'Label the result supratherapeutic, subtherapeutic or in-range and pass the facts.',
        replies: [
          {
            call: 'inr_history',
            args: { mrn: '00412297', last: 4 },
            result:
              'date,INR,weekly_mg\n2027-01-06,2.4,35\n2027-01-20,2.7,35\n2027-02-03,3.1,35\n2027-02-17,4.6,35\nnotes: started clarithromycin 02/10 (URTI, 7d) per UC visit',
          },
          {
            say: 'supratherapeutic — INR 4.6 (goal 2–3), no bleeding, on 35 mg/wk. Likely clarithromycin interaction (started 02/10). Needs dose adj per protocol.',
          },
        ],
      },
      {
        name: 'refill_clerk',
        description: 'Handles refills for in-range patients',
        instructions: 'Send refills.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'anticoag_pharmacist',
        description: 'Anticoagulation clinic pharmacist',
        instructions:
          'Write the dosing plan: hold/adjust, new weekly total, day-by-day schedule, recheck date.',
        prompt: 'Triage: {input}\n\nClinic request: {request}',
        replies: [
          {
            call: 'warfarin_protocol',
            args: { inr: 4.6, goal: '2-3', bleeding: false, weekly_mg: 35 },
            result:
              '{"action": "hold 1 dose, then decrease weekly dose 10-15%", "suggested_weekly_mg": 30, "recheck_days": "5-7"}',
          },
          {
            say: 'Plan 00412297: hold tonight (02/17), then ↓ weekly 15 % → **30 mg/wk**.\n| day | dose |\n|---|---|\n| Mon | 5 mg |\n| Tue | 5 mg |\n| Wed | 5 mg |\n| Thu | 5 mg |\n| Fri | 5 mg |\n| Sat | 5 mg |\n| Sun | 5 mg |\nRecheck INR Tue 02/23.',
          },
        ],
      },
      {
        name: 'patient_call_scribe',
        description: 'Calls patients with dosing instructions and documents the call',
        instructions: 'Call the patient, read the schedule, document.',
        prompt: 'Pharmacist plan:\n{input}',
        replies: [
          {
            say: 'Called L. Marchetti 15:20, verified DOB. Instructed: **skip tonight’s dose (02/17)**, then from Thu take 5 mg every day as per schedule (Mon–Sun 5 mg). Recheck INR Tue 02/23. Pt repeated back correctly. Doc’d in anticoag flowsheet.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'anticoag_pharmacist', to: 'patient_call_scribe' },
      agent: 'anticoag_pharmacist',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'potassium-relabel-corrected-value-used-through-callback',
    title:
      'A mislabelled chemistry specimen is corrected at 14:05 (K 6.1, was 4.2 from the wrong tube); the lab router sends the corrected value to the critical caller, who reads back 6.1 to the nurse',
    domain: 'clinical chemistry critical value reporting',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a lab value amended mid-run, the corrected value carried by every agent after it, the old one only quoted as "was"',
    request:
      'Specimen ID problem — 5W says BMP on MRN 00377015 (acc L27-0217-0612) looks wrong, pt on dialysis and K 4.2 doesn’t fit. Investigate, correct in LIS if needed, and call any critical to the RN.',
    topology: {
      shape: 'network',
      coordinator: 'lab_issue_router',
      workers: ['specimen_investigator', 'critical_value_caller'],
    },
    agents: [
      {
        name: 'lab_issue_router',
        description: 'Routes lab quality issues',
        instructions: 'Have the specimen investigated, route criticals for callback, close with a summary.',
        replies: [
          {
            handoff: 'specimen_investigator',
            message:
              'Acc L27-0217-0612 MRN 00377015 — possible mislabel (K 4.2 in HD pt). Check tube trace + redraw/ delta, correct if confirmed.',
          },
          {
            handoff: 'critical_value_caller',
            message:
              'Critical callback: MRN 00377015, 5W-11. Corrected K **6.1 mmol/L** (amended 14:05, acc L27-0217-0640; prior 4.2 was wrong-patient tube, invalidated). Call RN, read-back required.',
          },
          {
            say: 'Closed: acc 0612 confirmed mislabel (bed 11/12 swap), invalidated + event RL-27-0318 filed. Corrected K 6.1 for MRN 00377015 called to RN Petrov 14:12 w/ read-back. Bed 12 pt redraw requested.',
          },
        ],
      },
      {
        name: 'specimen_investigator',
        description: 'Investigates specimen identification problems',
        instructions: 'Trace the specimen, confirm or rule out a mislabel, correct results.',
        replies: [
          {
            call: 'tube_trace',
            args: { accession: 'L27-0217-0612' },
            result:
              'ACC L27-0217-0612 | label printed 5W-11 @ 12:31 | collected by PCT S. Nair 12:40 | barcode scanned at bedside: 5W-12 wristband (MRN 00377102) | MISMATCH\nredraw ACC L27-0217-0640 MRN 00377015 collected 13:35, resulted 14:02: K 6.1 H*, Na 136, Cr 7.9',
          },
          {
            call: 'amend_result',
            args: {
              accession: 'L27-0217-0612',
              action: 'invalidate',
              comment: 'wrong pt specimen; see L27-0217-0640',
            },
            result:
              'Amended 14:05, corrected report sent to Epic (ORU^R01 status C), provider notified via in-basket.',
          },
          {
            say: 'Confirmed mislabel (scanned 5W-12 wristband). 0612 invalidated 14:05. Valid result = redraw 0640: **K 6.1 (critical)**, Cr 7.9. Old 4.2 belongs to bed 12 pt, not this one.',
          },
        ],
      },
      {
        name: 'critical_value_caller',
        description: 'Calls critical lab values to caregivers',
        instructions: 'Call the responsible RN, obtain read-back, document.',
        replies: [
          {
            call: 'log_critical_call',
            args: {
              mrn: '00377015',
              analyte: 'K',
              value: '6.1 mmol/L',
              called_to: 'RN D. Petrov',
              read_back: true,
            },
            result: 'CRIT-27-02-1188 logged 14:12, elapsed from result 10 min (target <30).',
          },
          { say: 'K 6.1 called to RN Petrov 14:12, read-back ✔ (CRIT-27-02-1188, 10 min).' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'adc-refill-sync-failure-reported-and-manual-count-ordered',
    title:
      'Two of three automated dispensing cabinets sync after the restock; the third returns a sync timeout, which the restock agent reports as failed and the pharmacy supervisor schedules a blind count',
    domain: 'hospital pharmacy automated dispensing cabinets',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: a tool error on one cabinet, reported as a failure and acted on rather than swallowed',
    request:
      'Night restock run 02/18 02:00 — ADCs 3E, 3W, ICU-1. Fill from the critical-low report, sync, and tell me if anything needs a tech on the floor before 06:00 med pass.',
    topology: {
      shape: 'supervisor',
      coordinator: 'pharmacy_shift_supervisor',
      workers: ['restock_agent'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'pharmacy_shift_supervisor',
        description: 'Night pharmacy shift supervisor',
        instructions: 'Send the restock, read the result, plan floor follow-up.',
        replies: [
          {
            handoff: 'restock_agent',
            message: 'Restock 3E, 3W, ICU-1 from crit-low rpt 01:45, sync each cabinet, report per cabinet.',
          },
          {
            say: 'Restock 02/18:\n- 3E ✔ 14 pockets filled, synced 02:21\n- 3W ✔ 9 pockets, synced 02:27\n- **ICU-1 ✖ sync failed** (timeout, cabinet offline since 01:58) — fill NOT confirmed. Tech R. Ahmed to ICU-1 at 03:00 for blind count + manual sync; ICU charge RN told to use override list until 06:00 if needed.',
          },
        ],
      },
      {
        name: 'restock_agent',
        description: 'Fills and syncs automated dispensing cabinets',
        instructions: 'Load the fill list to each cabinet and verify sync; report exactly what succeeded.',
        replies: [
          {
            call: 'adc_fill_sync',
            args: { cabinet: '3E', source: 'critlow-0218-0145' },
            result: '{"cabinet": "3E", "pockets_filled": 14, "discrepancies": 0, "synced": "02:21"}',
          },
          {
            call: 'adc_fill_sync',
            args: { cabinet: '3W', source: 'critlow-0218-0145' },
            result: '{"cabinet": "3W", "pockets_filled": 9, "discrepancies": 0, "synced": "02:27"}',
          },
          {
            call: 'adc_fill_sync',
            args: { cabinet: 'ICU-1', source: 'critlow-0218-0145' },
            result: {
              error:
                'ADC ICU-1 (host 10.44.7.19): SYNC_TIMEOUT after 3 retries — cabinet offline since 01:58, last heartbeat 01:57:42',
            },
          },
          {
            say: '3E: 14 filled, 0 discrep, synced 02:21. 3W: 9 filled, synced 02:27. **ICU-1 FAILED** — sync timeout, cabinet offline since 01:58; fill not applied, needs hands-on count + resync.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'tpn-calcium-phosphate-returned-once-then-verified',
    title:
      'The TPN verifier sends the neonatal PN formula back once for a calcium-phosphate solubility problem; the formulator lowers phosphate and adds cysteine, and the second version is verified and compounded',
    domain: 'neonatal parenteral nutrition pharmacy',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: one send-back with a concrete fix, a changed resubmission, then approval',
    request:
      'NICU bed 14, MRN N-0091877, 1.42 kg, DOL 6. PN order for 02/18 bag (hang 20:00): GIR 8, AA 3.5 g/kg, Ca 2 mEq/kg, Phos 2 mmol/kg, TFV 140 mL/kg/d incl lipids. Formulate, verify, send to compounding by 15:00.',
    topology: {
      shape: 'pipeline',
      order: ['pn_formulator', 'pn_verifier', 'pn_compounding_queue'],
      loop: { from: 'pn_verifier', to: 'pn_formulator', while: 'SEND BACK', max: 3 },
    },
    agents: [
      {
        name: 'pn_formulator',
        description: 'Builds parenteral nutrition formulas',
        instructions: 'Calculate the PN formula; on a send-back, revise per the notes.',
        prompt: 'Order / verifier notes:\n{input}\n\nPatient: {request}',
        replies: [
          {
            call: 'pn_calc',
            args: { wt_kg: 1.42, gir: 8, aa_g_kg: 3.5, ca_meq_kg: 2, phos_mmol_kg: 2, cysteine: false },
            result:
              '{"volume_ml": 168.4, "dextrose_pct": 11.2, "aa_pct": 2.95, "ca_meq_l": 16.9, "phos_mmol_l": 16.9, "ph_est": 6.1}',
          },
          {
            say: 'PN v1 N-0091877: 168.4 mL, D11.2 %, AA 2.95 %, Ca 16.9 mEq/L, Phos 16.9 mmol/L, no cysteine.',
          },
          {
            call: 'pn_calc',
            args: { wt_kg: 1.42, gir: 8, aa_g_kg: 3.5, ca_meq_kg: 2, phos_mmol_kg: 1.5, cysteine: true },
            result:
              '{"volume_ml": 168.4, "dextrose_pct": 11.2, "aa_pct": 2.95, "ca_meq_l": 16.9, "phos_mmol_l": 12.6, "cysteine_mg": 149, "ph_est": 5.6, "solubility": "WITHIN CURVE"}',
          },
          {
            say: 'PN v2: Phos ↓ 1.5 mmol/kg → 12.6 mmol/L, cysteine 149 mg added (pH 5.6), Ca unchanged 16.9 mEq/L — solubility curve OK. Prescriber notified of phos change.',
          },
        ],
      },
      {
        name: 'pn_verifier',
        description: 'Pharmacist verifying PN formulas',
        instructions: 'Answer "VERIFIED: ..." or "SEND BACK: <reason>".',
        prompt: 'Formula:\n{input}',
        replies: [
          {
            say: 'SEND BACK: Ca 16.9 + Phos 16.9 at AA 2.95 %, pH 6.1 is outside the Ca-Phos solubility curve (precipitation risk). Drop phos to 1.5 mmol/kg and add cysteine 40 mg/g AA to lower pH.',
          },
          {
            say: 'VERIFIED: v2 within solubility curve (Ca 16.9 / Phos 12.6, pH 5.6). OK to compound, hang 20:00.',
          },
        ],
      },
      {
        name: 'pn_compounding_queue',
        description: 'Queues verified PN for the compounder',
        instructions: 'Queue verified formulas and report the run slot.',
        prompt: 'Verification:\n{input}',
        replies: [
          {
            call: 'queue_pn',
            args: { mrn: 'N-0091877', version: 'v2', hang: '2027-02-18T20:00' },
            result: '{"job": "PN-0218-014", "compounder": "EM2400", "slot": "16:10", "label": "printed"}',
          },
          {
            say: 'PN-0218-014 queued for EM2400 at 16:10 (v2, verified), label printed, hang 20:00 NICU 14.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'homecare-route-split-one-nurse-reports-admitted-patient',
    title:
      'The scheduler splits Thursday’s home visits across three nurses in short briefs; one nurse finds her 11:00 patient was admitted overnight and reports the visit cancelled, and the roll-up uses all three reports',
    domain: 'home health visit routing',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message: terse paraphrased briefs and one visit legitimately not done; every brief arrives and every report is used',
    request:
      'Thu 02/18 field day, Eastside zone: 9 visits, 3 RNs (Mbeki, Ortiz, Chen). Assign, do visits, roll up OASIS/visit completion for the 17:00 huddle.',
    topology: {
      shape: 'fanout',
      planner: 'visit_scheduler',
      workers: ['rn_mbeki', 'rn_ortiz', 'rn_chen'],
      aggregator: 'huddle_rollup',
    },
    agents: [
      {
        name: 'visit_scheduler',
        description: 'Assigns home visits to field nurses',
        instructions: 'One brief per nurse.',
        replies: [
          {
            plan: {
              rn_mbeki:
                '08:30 H-220917 Delacroix (pillbox, INR teach) · 10:15 H-230044 Singh (SN wk3, CHF) · 13:30 H-230101 Novak (recert OASIS)',
              rn_ortiz:
                '09:00 H-301455 Okafor (wound, recheck erythema margin) · 11:00 H-301602 Brandt (PICC dsg) · 14:00 H-301688 Lemaire (SOC OASIS)',
              rn_chen:
                '08:45 H-310230 Ito (foley chg) · 11:00 H-310277 Abara (SN, DM teach) · 14:30 H-310301 Kowal (discharge OASIS)',
            },
          },
        ],
      },
      {
        name: 'rn_mbeki',
        description: 'Field RN, Eastside',
        instructions: 'Do the visits and report each.',
        prompt: 'Your route:\n{input}',
        replies: [
          {
            call: 'visit_log',
            args: { rn: 'Mbeki', date: '2027-02-18' },
            result:
              'H-220917 09:31-10:12 DONE pillbox w/ warfarin 3 mg · H-230044 10:40-11:25 DONE wt +1.1 kg/3d, MD notified · H-230101 13:35-14:50 DONE OASIS ROC/recert submitted',
          },
          {
            say: '3/3 done. Delacroix pillbox filled (warfarin 3 mg qPM). Singh wt ↑1.1 kg/3d → Dr Patel notified, lasix ↑ order pending. Novak recert OASIS submitted 14:50.',
          },
        ],
      },
      {
        name: 'rn_ortiz',
        description: 'Field RN, Eastside',
        instructions: 'Do the visits and report each.',
        prompt: 'Your route:\n{input}',
        replies: [
          {
            call: 'visit_log',
            args: { rn: 'Ortiz', date: '2027-02-18' },
            result:
              'H-301455 09:05-09:50 DONE erythema within 14:58 mark, T 37.6 · H-301602 11:00-11:35 DONE PICC dsg, site clean · H-301688 14:05-15:40 DONE SOC OASIS',
          },
          {
            say: '3/3 done. Okafor erythema inside pen mark, afebrile-ish 37.6 on doxy day 2. Brandt PICC dsg chg, clean. Lemaire SOC OASIS in.',
          },
        ],
      },
      {
        name: 'rn_chen',
        description: 'Field RN, Eastside',
        instructions: 'Do the visits and report each.',
        prompt: 'Your route:\n{input}',
        replies: [
          {
            call: 'visit_log',
            args: { rn: 'Chen', date: '2027-02-18' },
            result:
              'H-310230 08:50-09:20 DONE foley 16Fr chg · H-310277 CANCELLED — pt admitted St. Mary’s 02/17 23:40 (DKA), per daughter 10:20, agency notified ROC pending · H-310301 14:30-15:20 DONE discharge OASIS',
          },
          {
            say: '2/3 done + 1 cancelled: Ito foley chg ✔. **Abara not seen — admitted St. Mary’s last night (DKA)**, transfer OASIS due, ROC when d/c’d. Kowal d/c OASIS ✔.',
          },
        ],
      },
      {
        name: 'huddle_rollup',
        description: 'Rolls up field visits for the daily huddle',
        instructions: 'Summarise completion and follow-ups.',
        replies: [
          {
            say: '**Eastside 02/18 — 8/9 visits done**\n| RN | done | notes |\n|---|---|---|\n| Mbeki | 3/3 | Singh wt ↑1.1 kg → MD, lasix order pending |\n| Ortiz | 3/3 | Okafor erythema contained, day 2 doxy |\n| Chen | 2/3 | Abara admitted St. Mary’s (DKA) — transfer OASIS due 48h, ROC on d/c |\nOASIS: 1 recert, 1 SOC, 1 discharge submitted; 1 transfer pending.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ed-sepsis-shorthand-handoff-complete-abx-timing-met',
    title:
      'The ED triage nurse hands a possible sepsis case to the ED pharmacist in dense shorthand (allergy, weight, CrCl, lactate, cultures drawn); the pharmacist’s terse dosing reply is complete and on time',
    domain: 'emergency department pharmacy',
    mast: ['FM-2.4'],
    nearMissOf:
      'low_quality_output: abbreviation-heavy handoff and reply that still carry every fact the next step needs',
    request:
      'ED bay 7, 02/18 03:12: F 66, MRN 00522871, fever/confusion, UTI hx. Sepsis alert fired. Need empiric abx ordered + verified, 1st dose within 60 min of triage (03:05).',
    topology: { shape: 'swarm', entry: 'ed_triage_nurse', agents: ['ed_triage_nurse', 'ed_pharmacist'] },
    agents: [
      {
        name: 'ed_triage_nurse',
        description: 'ED triage and sepsis screening nurse',
        instructions: 'Screen, collect what the pharmacist needs, transfer for abx.',
        replies: [
          {
            call: 'ehr_snapshot',
            args: { mrn: '00522871', items: ['vitals', 'labs', 'allergies', 'weight', 'micro'] },
            result:
              'VS 03:08 T 39.1 HR 118 BP 92/54 RR 24 SpO2 94% | Wt 71 kg (stated) | Allergy: sulfa (rash), PCN tolerated (amox 2025) | Lactate 3.4 (03:20) | SCr 1.4 (03:20) | BCx x2 drawn 03:18, UA+cx 03:15 | Prior urine cx 11/2026: E. coli ESBL-neg, cipro-R',
          },
          {
            handoff: 'ed_pharmacist',
            message:
              'Bay 7 / 00522871 F66 71kg. ?urosepsis, qSOFA 3, lact 3.4, SCr 1.4. BCx×2 + UCx sent (03:15/03:18). Sulfa allergy (rash), PCN ok. Last UCx 11/26 E. coli cipro-R, ESBL-neg. Triage 03:05 → abx due by 04:05. 30 mL/kg LR running.',
          },
        ],
      },
      {
        name: 'ed_pharmacist',
        description: 'Emergency department clinical pharmacist',
        instructions: 'Choose and dose empiric antibiotics, verify orders, note timing.',
        replies: [
          {
            call: 'verify_order',
            args: { mrn: '00522871', drug: 'ceftriaxone', dose: '2 g IV q24h', crcl_ml_min: 41 },
            result:
              '{"order": "ORD 4483310", "status": "VERIFIED 03:34", "adc": "ED-ADC-2 override approved", "hung": null}',
          },
          {
            say: '00522871: CrCl ~41 (CG 71 kg). Empiric **ceftriaxone 2 g IV q24h** (cipro-R hx, ESBL-neg, no sulfa) — no renal adj. Verified 03:34, pull ED-ADC-2. Give before 04:05. If shock persists/ESBL risk changes → pip-tazo. 30 mL/kg = 2.1 L LR ok.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'lab-add-on-scratch-mg-keeps-phosphorus-only',
    title:
      'The floor asks for Mg and phos add-ons, then writes "scratch the Mg, already resulted 06:00"; the add-on tech adds phosphorus only to the morning tube and the confirmation says so',
    domain: 'clinical lab specimen processing',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: a request narrowed by an indirect correction, and the narrowed request carried out exactly',
    request:
      '7N-04 MRN 00688140 — pls add on Mg + phos to AM chem (drawn 05:50). Scratch the Mg, already resulted 06:00 on the BMP+Mg panel. Refeeding pt, need phos before noon rounds.',
    topology: {
      shape: 'branch',
      classifier: 'add_on_triage',
      routes: { 'add-on': 'add_on_tech', recollect: 'phlebotomy_dispatcher' },
      after: 'floor_confirmation_writer',
    },
    agents: [
      {
        name: 'add_on_triage',
        description: 'Decides whether an add-on can run on an existing specimen',
        instructions: 'Check specimen stability and label add-on or recollect.',
        replies: [
          {
            call: 'specimen_lookup',
            args: { mrn: '00688140', collected_after: '2027-02-18T05:00' },
            result:
              'ACC L27-0218-0214 | SST gold | coll 05:50 | recv 06:08 | spun 06:15 | stored 2-8 °C rack R12-C4 | tests: BMP (resulted 06:00), Mg 1.9 (resulted 06:00) | PHOS stable 4 days refrigerated',
          },
          {
            say: 'add-on — L27-0218-0214 SST 05:50, in fridge R12-C4, phos stable. Mg already on this tube (1.9, 06:00), per floor scratch Mg: PHOS only.',
          },
        ],
      },
      {
        name: 'phlebotomy_dispatcher',
        description: 'Dispatches phlebotomy for recollections',
        instructions: 'Schedule a draw.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'add_on_tech',
        description: 'Orders and runs add-on tests on stored specimens',
        instructions: 'Order the add-on in the LIS, retrieve the tube, run it.',
        prompt: 'Triage: {input}\n\nFloor request: {request}',
        replies: [
          {
            call: 'order_add_on',
            args: { accession: 'L27-0218-0214', tests: ['PHOS'] },
            result:
              '{"accession": "L27-0218-0214", "added": ["PHOS"], "retrieved": "R12-C4 09:12", "resulted": "09:31", "PHOS": "1.8 mg/dL L (2.5-4.5)"}',
          },
          {
            say: 'Phos added to L27-0218-0214 (Mg not re-ordered, on file 1.9). Result 09:31: **PHOS 1.8 L**.',
          },
        ],
      },
      {
        name: 'floor_confirmation_writer',
        description: 'Sends add-on confirmations to the floor',
        instructions: 'Tell the floor what was added and the result.',
        prompt: 'Add-on result:\n{input}',
        replies: [
          {
            say: '7N-04 / 00688140: phosphorus added to the 05:50 tube — **1.8 mg/dL (low)**, resulted 09:31. Mg not added per your note (1.9 already on chart from the AM panel). No redraw needed.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch48Scenarios = [...faults, ...healthy];
