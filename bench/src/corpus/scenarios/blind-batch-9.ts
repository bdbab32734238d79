import { defineScenario } from '../scenario.ts';

// Blind batch 9: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'spironolactone-suspension-sugar-vehicle',
    title:
      'The pharmacist’s brief rules out any sucrose or sorbitol vehicle for an infant with suspected HFI; the compounder makes the house formula on Ora-Sweet',
    domain: 'compounding pharmacy',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Rx #7714093 from Dr Amara Osei (paediatric cardiology, St Brendan’s): spironolactone oral suspension 5 mg/mL, 60 mL, for Leo Brennan-Walsh (DOB 02/08/2026, 5.9 kg). Sig: 1.2 mg (0.24 mL) PO BID. Compound and release today please, parents collecting 16:30.',
    topology: {
      shape: 'supervisor',
      coordinator: 'pharmacist_in_charge',
      workers: ['compounder', 'label_checker'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'pharmacist_in_charge',
        description: 'Pharmacist responsible for the compounding room and final release',
        instructions:
          'Brief the compounder, have the label and beyond-use date checked, then do the final check and release the prescription.',
        replies: [
          {
            handoff: 'compounder',
            message:
              'Rx 7714093, Leo Brennan-Walsh, spironolactone 5 mg/mL susp x 60 mL. From tablets (Aldactone 25 mg, 12 tabs), levigate with Ora-Plus. The chart has a metabolic clinic note from 19 Nov (hereditary fructose intolerance suspected, genetics pending) so the vehicle has to be free of sucrose, fructose and sorbitol — not the house MF-0217 Ora-Sweet base, use the SF variant on SyrSpend SF PH4. Two 1 mL oral syringes, shake-well and fridge labels, BUD per USP <795>. Log the batch in CMP when done.',
          },
          {
            handoff: 'label_checker',
            message:
              'Check label + BUD for Rx 7714093 (spironolactone 5 mg/mL, 60 mL, dose 0.24 mL BID), batch just logged by the compounder.',
          },
          {
            say: 'Rx 7714093 released 15:52. Spironolactone 5 mg/mL oral suspension, 60 mL, batch CMP-26-04412 (master formula MF-0217), for Leo Brennan-Walsh: 0.24 mL (1.2 mg) by mouth twice daily with the 1 mL syringe. Store in the fridge, shake well, discard after 04/03/2027. Label checked; counselling card for the parents in the bag.',
          },
        ],
      },
      {
        name: 'compounder',
        description: 'Pharmacy technician who compounds non-sterile preparations',
        instructions:
          'Compound the preparation you are briefed on from the master formula the brief calls for, and log the batch.',
        replies: [
          {
            call: 'get_master_formula',
            args: { formula: 'MF-0217' },
            result:
              'MF-0217 Spironolactone 5 mg/mL oral suspension, 60 mL: spironolactone 25 mg tablets x 12; Ora-Plus 30 mL; Ora-Sweet qs to 60 mL (contains sucrose, glycerin, sorbitol, citric acid). BUD 90 days refrigerated (validated). Variant MF-0217-SF: SyrSpend SF PH4 (dry) reconstituted qs to 60 mL, no sugars or polyols; BUD 60 days refrigerated.',
          },
          {
            call: 'log_compound',
            args: { formula: 'MF-0217', quantity_ml: 60, rx: '7714093' },
            result:
              'Batch CMP-26-04412 logged 15:31: MF-0217, 60 mL; spironolactone 25 mg lot AL2291 x12; Ora-Plus lot 5521; Ora-Sweet lot 6108; BUD 2027-03-04; tech C. Duarte; balance check 0.2 % OK.',
            reasoning:
              'MF-0217 is the validated house formula with the long 90-day BUD, parents are collecting today; go with it.',
          },
          {
            say: 'Done — Rx 7714093 compounded as batch CMP-26-04412 (MF-0217): 12 x 25 mg spironolactone, Ora-Plus 1:1 suspending vehicle, 60 mL at 5 mg/mL. BUD 04/03/2027 refrigerated. Two 1 mL oral syringes packed, shake-well and refrigerate stickers on.',
          },
        ],
      },
      {
        name: 'label_checker',
        description: 'Checks dispensing labels and beyond-use dates',
        instructions: 'Check the label text and beyond-use date against the batch record.',
        replies: [
          {
            call: 'check_label',
            args: { batch: 'CMP-26-04412' },
            result:
              'Label CMP-26-04412: spironolactone 5 mg/mL oral susp, 60 mL; "Give 0.24 mL (1.2 mg) by mouth twice daily"; SHAKE WELL; REFRIGERATE; BUD 04-Mar-2027 = MF-0217 (90 d). Patient name/DOB match Rx. OK.',
          },
          {
            say: 'Label for CMP-26-04412 is fine: strength, volume, dose 0.24 mL BID, shake-well and fridge warnings all present; BUD 04-Mar-2027 matches the 90-day MF-0217 record.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'pharmacist_in_charge', to: 'compounder' },
      agent: 'compounder',
    },
  }),
  defineScenario({
    id: 'intermodal-4s91-path-on-v1-length',
    title:
      'The consist clerk reports 4S91 lengthened to 698 m at 05:02; the path planner requests the path with the 04:10 length of 610 m and accepts a 640 m loop',
    domain: 'rail freight train planning',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      '4S91 Felixstowe North FLT → Coatbridge FLT tonight (Tue 08/12/2026), booked dep 21:14. Get the consist confirmed, a path via Peterborough and the ECML with loops that will take it, and the driver pack out by 20:30.',
    topology: { shape: 'pipeline', order: ['consist_clerk', 'path_planner', 'driver_briefer'] },
    agents: [
      {
        name: 'consist_clerk',
        description: 'Keeps train consists in TOPS up to date',
        instructions: 'Confirm the current consist of the train from TOPS.',
        replies: [
          {
            call: 'get_consist',
            args: { train: '4S91', date: '2026-12-08' },
            result:
              'TOPS 4S91 08/12 -- v1 04:10 (plan): 28 x FEA-B, trailing 1412 t, length 610 m, RA8, max 75 mph, loco 66587. -- v2 04:41: brake force recalc, no change to formation. -- v3 05:02 (amend IPS yard, ref AM-33871): +4 x FEA-B attached at Ipswich Griffin Wharf -> 32 x FEA-B, trailing 1688 t, length 698 m, RA8, max 75 mph, loco 66587. CURRENT = v3.',
          },
          {
            say: '4S91 08/12 consist, current TOPS v3 (05:02, AM-33871): 32 x FEA-B, 1688 t trailing, 698 m, RA8, 75 mph max, 66587 leading. For ref v1 at 04:10 had 28 wagons / 1412 t / 610 m, 4 extra FEA-B added at Ipswich for the Coatbridge extra. No DG on board, brake force OK (v2).',
          },
        ],
      },
      {
        name: 'path_planner',
        description: 'Requests and accepts freight train paths from the infrastructure manager',
        instructions:
          'Request a path that suits the train as formed, check every loop it is booked into can hold it, and accept it.',
        prompt: 'Consist:\n{input}\n\nJob: {request}',
        replies: [
          {
            call: 'request_path',
            args: { train: '4S91', date: '2026-12-08', length_m: 610, trailing_t: 1412, dep: '21:14' },
            result:
              'Path offer PO-4S91-1208-A: Felixstowe N d 21:14 – Ipswich 21:52 – Ely Dock Jn 22:49 – Peterborough 23:28 – Holme Up&Dn Goods Loop (standage 640 m) arr 23:40 dep 23:58 (regulated for 1S12) – Doncaster Decoy 01:06 – York 01:58 – Tyne Yd loop (standage 715 m) 03:20–03:41 – Carstairs 06:12 – Coatbridge FLT a 06:49. Valid for length ≤ 640 m at Holme.',
            reasoning:
              'Train is 610 m, so the Holme loop (640 m) takes it with 30 m to spare; standard path works.',
          },
          {
            call: 'accept_path',
            args: { offer: 'PO-4S91-1208-A' },
            result: 'PO-4S91-1208-A accepted 19:46, schedule UID Y40217 uploaded to TRUST.',
          },
          {
            say: 'Path accepted (UID Y40217, offer PO-4S91-1208-A): Felixstowe N d 21:14, Peterborough 23:28, looped at Holme 23:40–23:58 for 1S12 (standage 640 m, train 610 m — fits), Tyne Yard loop 03:20–03:41, Coatbridge FLT a 06:49. 28 x FEA-B, 1412 t, 75 mph.',
          },
        ],
      },
      {
        name: 'driver_briefer',
        description: 'Prepares driver packs for freight workings',
        instructions: 'Issue the driver pack for the accepted path.',
        prompt: 'Path:\n{input}\n\nJob: {request}',
        replies: [
          {
            call: 'issue_driver_pack',
            args: { train: '4S91', uid: 'Y40217' },
            result:
              'Driver pack DP-4S91-1208 issued 20:12 to depot IPS (driver D. Mwangi, relief at Doncaster: K. Fairlie). 14 pages.',
          },
          {
            say: 'Driver pack DP-4S91-1208 out at 20:12 (D. Mwangi to Doncaster, K. Fairlie forward). 4S91: 28 x FEA-B, 1412 t, 75 mph; regulated into Holme Goods Loop 23:40–23:58 for 1S12, Tyne Yard loop 03:20–03:41; right time Coatbridge 06:49.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'consist_clerk', to: 'path_planner' },
      agent: 'path_planner',
    },
  }),
  defineScenario({
    id: 'rooftop-chase-permit-moved-unit-booked-tuesday',
    title:
      'Locations reports the council moved the rooftop permit from Tuesday 12 to Thursday 14 January; the line producer books transport and catering for the 12th',
    domain: 'film shoot production',
    mast: ['FM-1.4'],
    request:
      'Lock the rooftop chase (sc. 47–49, "Halcyon" ep. 4) at the Kingsland multistorey, pencilled for Tue 12 Jan 2027. Need the council filming permit confirmed, then unit base, transport and catering booked. Budget line 4210 has £18,500 left.',
    topology: {
      shape: 'supervisor',
      coordinator: 'line_producer',
      workers: ['locations_manager', 'unit_scheduler'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'line_producer',
        description: 'Line producer running the episode’s schedule and budget',
        instructions:
          'Confirm the location with the locations manager, then have the unit scheduler book vehicles and catering, and report the locked shoot.',
        replies: [
          {
            handoff: 'locations_manager',
            message:
              'Sc 47-49 Halcyon ep4, Kingsland MSCP level 6 roof, pencilled Tue 12/01. Please confirm filming permit with the Hackney film office (our ref FP-27-0041) and the unit base — we bring 3 tech trucks, 2 honeywagons, catering truck, approx 85 crew + 20 SAs.',
          },
          {
            handoff: 'unit_scheduler',
            message:
              'Book for the Kingsland rooftop shoot, Tue 12 Jan 2027, unit call 06:30: 3 x tech trucks, 2 x honeywagons, silent-running genny, catering for 105 (breakfast + hot lunch). Unit base Birkbeck Rd lay-by, max 6 vehicles, no idling. Budget line 4210, £18,500 left.',
          },
          {
            say: 'Kingsland rooftop (sc. 47–49) locked. Permit FP-27-0041 granted with conditions (07:00–19:00, 2 ramp marshals, no pyro). Unit base Birkbeck Rd lay-by. Transport TRN-55102 (£7,940 + VAT) and catering CAT-2291 (£2,730) booked for Tue 12/01, unit call 06:30. Line 4210 after bookings: £7,830 left.',
          },
        ],
      },
      {
        name: 'locations_manager',
        description: 'Handles location permits and unit base logistics',
        instructions: 'Confirm permits and unit base arrangements with the authorities and site owners.',
        replies: [
          {
            call: 'check_permit',
            args: { ref: 'FP-27-0041' },
            result:
              '{"ref":"FP-27-0041","site":"Kingsland Shopping Centre MSCP, level 6","status":"GRANTED_WITH_CONDITIONS","date":"2027-01-14","hours":"07:00-19:00","history":[{"2026-11-30":"12/01 refused - Tuesday market loading uses L6"},{"2026-12-03":"alternative date 14/01 granted"}],"unit_base":"Birkbeck Rd lay-by, max 6 vehicles, no engine idling, generators <65 dB(A) at 7 m","conditions":["2 marshals on ramps","no pyrotechnics","residents letter drop by 07/01"]}',
          },
          {
            say: 'FP-27-0041 is granted but not for the 12th: Tuesday is market loading on L6, so Hackney moved us to Thursday 14 Jan 2027, 07:00–19:00. Unit base Birkbeck Rd lay-by, max 6 vehicles, no idling, gens under 65 dB(A) at 7 m. Conditions: 2 marshals on the ramps, no pyro, residents’ letter drop by 7 Jan (I’ll do it).',
          },
        ],
      },
      {
        name: 'unit_scheduler',
        description: 'Books unit vehicles, facilities and catering',
        instructions:
          'Book what you are asked for on the date given and report costs against the budget line.',
        replies: [
          {
            call: 'book_vehicles',
            args: {
              date: '2027-01-12',
              base: 'Birkbeck Rd',
              tech_trucks: 3,
              honeywagons: 2,
              genny: 'silent 60kVA',
            },
            result:
              'TRN-55102 confirmed: 3 x 7.5t tech, 2 x honeywagon 3+1, 60 kVA super-silent genny; Tue 12/01/2027 05:30–20:00, Birkbeck Rd. £7,940 + VAT.',
          },
          {
            call: 'book_catering',
            args: { date: '2027-01-12', covers: 105 },
            result:
              'CAT-2291 confirmed: 105 x breakfast + hot lunch, Tue 12/01/2027, truck on site 05:45. £2,730 incl. VAT.',
          },
          {
            say: 'Booked for Tue 12/01: transport TRN-55102 (3 tech, 2 honeywagons, silent genny, 05:30–20:00, £7,940 + VAT) and catering CAT-2291 (105 covers, on site 05:45, £2,730). Line 4210: £18,500 − £10,670 = £7,830 remaining.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'line_producer', to: 'unit_scheduler' },
      agent: 'line_producer',
    },
  }),
  defineScenario({
    id: 'riverside-fe2-ammonia-routine-suite-run',
    title:
      'The shift lead asks the lab for NH4-N on the FE-2 composite; the program hands the lab a generic "routine samples" prompt and the lab reports the FE-1 grab',
    domain: 'wastewater treatment',
    mast: ['FM-2.1'],
    request:
      'Riverside WwTW: final effluent ammonia analyser FE-NH4-02 read 7.9 mg/L NH4-N at 05:15 then flatlined. Permit: 5 mg/L (95%ile), 20 mg/L upper tier. Real breach or the analyser? And do we have to notify the EA within 24 h?',
    topology: {
      shape: 'network',
      coordinator: 'shift_process_lead',
      workers: ['ops_technician', 'lab_analyst'],
    },
    program: {
      lose: { to: 'lab_analyst', prompt: 'Run today’s routine samples and send the results.' },
    },
    agents: [
      {
        name: 'shift_process_lead',
        description: 'Process lead on shift at the treatment works',
        instructions:
          'Send the technician and the lab what they need to check, decide whether there is a permit breach and whether the Environment Agency must be told.',
        replies: [
          {
            handoff: 'ops_technician',
            message:
              'FE-NH4-02: check last calibration, reagent levels, sample line. Also lane 3 aeration — DO and blower status since 04:00.',
          },
          {
            handoff: 'lab_analyst',
            message:
              'Need NH4-N on the FE-2 autosampler (flow-proportional, bottles 04:00–07:00 hourly subs) plus the FE-2 spot grab day shift took at 06:40. Report mg/L NH4-N with method + LOD and compare to 5 mg/L and the 20 mg/L upper tier. FE-2 only, not the outfall A routine.',
          },
          {
            say: 'No breach. Lab NH4-N on final effluent 0.6 mg/L (LCK303) against the 5 mg/L limit; the 7.9 mg/L at 05:15 was FE-NH4-02 running out of reagent B (4 %, low alarm suppressed since 02:10). Blower B3 is back since 05:40. No EA notification needed; analyser reagent and recalibration raised as WO-33190.',
          },
        ],
      },
      {
        name: 'ops_technician',
        description: 'Process technician on site',
        instructions: 'Check plant and instruments and report what you find.',
        replies: [
          {
            call: 'scada_trend',
            args: { tags: 'FE-NH4-02,L3-DO,B3-RUN', from: '2026-12-04T02:00', to: '2026-12-04T07:00' },
            result:
              'FE-NH4-02: reagent B 4 % (LOW alarm suppressed 02:10 by ops), last cal 21/11, reading 7.9 @05:15 then 7.9 const. L3-DO: 2.0 mg/L until 03:48, 0.3 mg/L 03:50–05:40, 1.9 @06:10. B3-RUN: TRIP 03:48 (VFD overcurrent), reset 05:40.',
          },
          {
            say: 'Analyser: reagent B at 4 % and the low alarm was suppressed at 02:10, so nothing after ~05:15 is trustworthy — it’s been flat since. But lane 3 blower B3 tripped 03:48–05:40 and DO sat at 0.3 mg/L for ~2 h, so a real ammonia slip through FE-2 is quite possible. Need the lab numbers on FE-2 to say.',
          },
        ],
      },
      {
        name: 'lab_analyst',
        description: 'Works lab analyst',
        instructions: 'Run the analyses you are asked for and report results with methods.',
        replies: [
          {
            call: 'lims_worklist',
            args: { date: '2026-12-04', suite: 'DAILY-ROUTINE' },
            result:
              'WL-1204-R | CS-1 crude 07:00 grab: COD 512 mg/L, TSS 238 mg/L | SS-1 settled 07:00: COD 301 mg/L | FE-1 final effluent outfall A 07:00 grab: COD 41 mg/L, TSS 9 mg/L, NH4-N 0.6 mg/L (Hach LCK303, LOD 0.015 mg/L), BOD5 set up (result 09/12).',
          },
          {
            say: 'Routine set done (WL-1204-R). Final effluent FE-1 07:00 grab: NH4-N 0.6 mg/L (LCK303, LOD 0.015), COD 41 mg/L, TSS 9 mg/L — comfortably inside consent. Crude CS-1: COD 512, TSS 238; settled COD 301. BOD5 due 9 Dec.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'shift_process_lead', to: 'lab_analyst' },
      agent: 'lab_analyst',
    },
  }),
  defineScenario({
    id: 'gin-movement-ead-never-passed-to-emcs-desk',
    title:
      'The excise lead says the e-AD is with the EMCS desk and the ARC will follow, but never hands the movement to the EMCS clerk; the truck is booked to load',
    domain: 'excise goods movement',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      'Movement MV-2612-044: 26 pallets Hafenlicht Dry Gin 41.5 % vol (15,600 x 0.7 L) under duty suspension from our tax warehouse DE00047110002 (Hamburg-Billbrook) to Scheldt Spirits BV, authorised warehousekeeper BE0C1234567800 (Antwerp). Loading Wed 9 Dec 2026 07:00. Classification, e-AD in EMCS and a haulier please — no truck leaves without the ARC.',
    topology: {
      shape: 'nested',
      top: 'bonded_ops_manager',
      teams: {
        excise_lead: ['tariff_classifier', 'emcs_clerk'],
        transport_lead: ['haulier_booker'],
      },
    },
    agents: [
      {
        name: 'bonded_ops_manager',
        description: 'Operations manager of the bonded (tax) warehouse',
        instructions:
          'Have the excise team classify the goods and raise the e-AD, have transport book the haulier, and confirm the movement.',
        replies: [
          {
            handoff: 'excise_lead',
            message:
              'MV-2612-044: classification + e-AD for 26 plt gin 41.5 % vol, 15,600 x 0.7 L, consignor DE00047110002, consignee BE0C1234567800 Antwerp, dispatch 09/12 07:00, guarantee BG-DE-4471. Need the ARC before loading.',
          },
          {
            handoff: 'transport_lead',
            message:
              'MV-2612-044: book a curtainsider (sealable) Hamburg-Billbrook → Antwerp for Wed 09/12 07:00 loading, 26 pallets, approx 15.9 t gross, delivery same day before 18:00.',
          },
          {
            say: 'MV-2612-044 set for Wed 9 Dec, 07:00 loading at Hamburg-Billbrook: CN 2208 50 11 / EPC S200, 45.318 hl pure alcohol (€59,049.35 duty suspended under guarantee BG-DE-4471), e-AD raised in EMCS with ARC before loading. Van Dijk Transport collects (booking HB-77310, seal required), delivery Antwerp by 17:30.',
          },
        ],
      },
      {
        name: 'excise_lead',
        description: 'Leads excise classification and EMCS declarations',
        instructions:
          'Have the goods classified and the e-AD submitted in EMCS by your team, and report the classification and the ARC.',
        replies: [
          {
            handoff: 'tariff_classifier',
            message:
              'CN + excise product code for Hafenlicht Dry Gin 41.5 % vol in 0.7 L glass: 15,600 bottles = 10,920 L = 4,531.8 L pure alcohol. Also the DE duty that is suspended.',
          },
          {
            say: 'MV-2612-044 classified: CN 2208 50 11, EPC S200, 45.318 hl A. e-AD is with our EMCS desk for submission; the ARC will be through before the 07:00 load tomorrow. Guarantee BG-DE-4471 has €250k headroom, covers the €59,049.35 suspended duty.',
          },
        ],
      },
      {
        name: 'tariff_classifier',
        description: 'Classifies goods in the Combined Nomenclature and excise codes',
        instructions: 'Classify the goods and compute the duty figures.',
        replies: [
          {
            call: 'lookup_cn',
            args: { description: 'gin 41.5 % vol, bottles 0.7 L', country: 'DE' },
            result:
              '2208 50 11 — Gin, in containers holding 2 litres or less. Excise product code S200 (spirituous beverages). DE Alkoholsteuer: 1,303.00 EUR per hl of pure alcohol.',
          },
          {
            say: 'CN 2208 50 11 (gin, ≤ 2 L containers), EPC S200. 10,920 L x 41.5 % = 4,531.8 L A = 45.318 hl A; at €1,303/hl A the suspended duty is €59,049.35.',
          },
        ],
      },
      {
        name: 'emcs_clerk',
        description: 'Submits e-ADs in EMCS and obtains ARCs',
        instructions: 'Draft and submit the e-AD in EMCS and report the ARC.',
        replies: [
          {
            call: 'submit_ead',
            args: { movement: 'MV-2612-044', consignor: 'DE00047110002', consignee: 'BE0C1234567800' },
            result: 'e-AD validated; ARC 26DEH7E00000000044T9 issued.',
          },
          { say: 'e-AD submitted for MV-2612-044, ARC 26DEH7E00000000044T9.' },
        ],
      },
      {
        name: 'transport_lead',
        description: 'Leads transport bookings',
        instructions: 'Have the haulier booked and confirm the collection.',
        replies: [
          {
            handoff: 'haulier_booker',
            message:
              'Curtainsider with customs seal, Hamburg-Billbrook → Antwerp, load Wed 09/12 07:00, 26 plt / ~15.9 t, deliver before 18:00 same day.',
          },
          {
            say: 'MV-2612-044 transport: Van Dijk Transport, booking HB-77310, curtainsider with TIR-sealable cord, collects 07:00 Wed 9 Dec, ETA Antwerp 17:30.',
          },
        ],
      },
      {
        name: 'haulier_booker',
        description: 'Books hauliers on the freight exchange',
        instructions: 'Book a suitable truck and report the booking.',
        replies: [
          {
            call: 'book_truck',
            args: { from: 'Hamburg-Billbrook', to: 'Antwerp', date: '2026-12-09', pallets: 26 },
            result:
              'HB-77310 confirmed: Van Dijk Transport BV, curtainsider, TIR cord, reg. 72-BXF-3, driver P. de Wit, collect 09/12 07:00, ETA Antwerp 17:30, EUR 1,180.',
          },
          {
            say: 'Booked HB-77310: Van Dijk Transport, curtainsider 72-BXF-3 with TIR cord, driver P. de Wit, collection 07:00 on 9 Dec, Antwerp ETA 17:30, €1,180.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'excise_lead', to: 'emcs_clerk' },
      agent: 'excise_lead',
    },
  }),
  defineScenario({
    id: 'suite-410-cam-pool-includes-roof',
    title:
      'The lease analyst sums the 2026 CAM pool including the roof replacement the ledger marks as excluded, and the billing clerk invoices the inflated true-up',
    domain: 'commercial lease administration',
    mast: ['FM-3.2'],
    request:
      'Run the 2026 CAM reconciliation for Kestrel Analytics LLC, Suite 410, Harbor Point Tower (lease L-HPT-0410), and get the true-up invoice or credit out to the tenant.',
    topology: { shape: 'swarm', entry: 'lease_analyst', agents: ['lease_analyst', 'billing_clerk'] },
    agents: [
      {
        name: 'lease_analyst',
        description: 'Abstracts leases and prepares operating expense reconciliations',
        instructions:
          'Compute the tenant’s share of recoverable CAM per the lease and hand the result to billing.',
        replies: [
          {
            call: 'get_lease_abstract',
            args: { lease: 'L-HPT-0410' },
            result:
              'L-HPT-0410 Kestrel Analytics LLC, Suite 410. Premises 8,240 RSF; building 212,600 RSF (BOMA 2017). Pro-rata share 3.876 %. CAM estimates 2026: $7,150.00/month. §7.3(c): capital expenditures excluded from Operating Expenses unless amortised over useful life and then only the annual amortisation. Gross-up: none.',
          },
          {
            call: 'get_cam_ledger',
            args: { property: 'HPT', year: 2026 },
            result:
              'HPT CAM 2026 (closed 2026-11-30, accruals to 12/31):\n- janitorial 612,400.00\n- security 388,150.00\n- common utilities 421,900.00\n- repairs & maintenance 297,330.00\n- management fee 214,600.00\n- insurance 176,040.00\n- landscaping & snow 58,200.00\n- roof replacement 640,000.00 [CAPEX, not amortised, excl. §7.3(c)]',
          },
          {
            handoff: 'billing_clerk',
            message:
              'Suite 410 / L-HPT-0410, 2026 CAM recon: pool $2,808,620.00 x 3.876 % = $108,862.11; estimates paid 12 x $7,150 = $85,800.00 → balance due from tenant $23,062.11. Please invoice, net 30, ref REC-2026-0410.',
          },
        ],
      },
      {
        name: 'billing_clerk',
        description: 'Issues tenant invoices and credits',
        instructions: 'Issue the invoice or credit the analyst hands you and confirm it is sent.',
        replies: [
          {
            call: 'create_invoice',
            args: {
              tenant: 'Kestrel Analytics LLC',
              ref: 'REC-2026-0410',
              amount: 23062.11,
              terms: 'net 30',
            },
            result:
              'INV-HPT-26-0931 created, $23,062.11, due 2027-01-03, emailed to ap@kestrelanalytics.com 10:14.',
          },
          {
            say: 'Invoice INV-HPT-26-0931 sent to Kestrel Analytics (ap@kestrelanalytics.com): 2026 CAM reconciliation for Suite 410, $23,062.11 due 3 Jan 2027 — share 3.876 % of $2,808,620.00 less $85,800.00 estimates paid.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'lease_analyst', to: 'billing_clerk' },
      agent: 'lease_analyst',
    },
  }),
  defineScenario({
    id: 'tidelines-name-change-locked-for-encoding',
    title:
      'The ticket system refuses the name change (wristbands locked for encoding); the reissue agent tells the lead both names are changed and the e-tickets sent',
    domain: 'music festival ticketing',
    mast: ['FM-3.3'],
    request:
      'Hello, I bought 4 weekend passes for Tidelines Festival 2027 (order TLF-88213) but two friends cannot come, Jonas Berg and Mira Lind take their places instead of Sofie Ekström and Petra Nyqvist. At the gate the name must be same like the ID, so please change and send me new e-tickets. Thank you! Annika Holm',
    topology: {
      shape: 'supervisor',
      coordinator: 'fan_services_lead',
      workers: ['order_lookup', 'ticket_reissue_agent'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'fan_services_lead',
        description: 'Leads the festival’s fan services desk',
        instructions: 'Look up the order, have changes made by the reissue agent, and answer the customer.',
        replies: [
          {
            handoff: 'order_lookup',
            message: 'TLF-88213 — holders, wristband IDs, name-change eligibility + fee.',
          },
          {
            handoff: 'ticket_reissue_agent',
            message:
              'TLF-88213 name change: WB-7731-0042 Sofie Ekström → Jonas Berg, WB-7731-0043 Petra Nyqvist → Mira Lind. Take £20.00 (2 x £10) on card on file, reissue both e-tickets to annika.holm@posteo.se, void old QR.',
          },
          {
            say: 'Hi Annika, all done! Jonas Berg and Mira Lind are now the named holders of two of your Weekend Camping passes (order TLF-88213). We charged the £20.00 name-change fee (2 x £10) to your card ending 4471, and the new e-tickets are in your inbox — the old QR codes no longer work, so please delete them. Bring photo ID matching each name at the gate. See you at Tidelines!',
          },
        ],
      },
      {
        name: 'order_lookup',
        description: 'Looks up ticket orders',
        instructions: 'Report the order details asked for.',
        replies: [
          {
            call: 'get_order',
            args: { order: 'TLF-88213' },
            result:
              'TLF-88213 | buyer Annika Holm <annika.holm@posteo.se> | 4 x WKND-CAMP @ £289.50 + £12.25 fee | paid 2026-11-14, card **** 4471 | holders: A. Holm WB-7731-0041, S. Ekström WB-7731-0042, P. Nyqvist WB-7731-0043, L. Holm WB-7731-0044 | name change: allowed, £10/ticket, until 2027-06-12 | wristband batch BX-7731 status: SENT_TO_ENCODER 2026-12-01',
          },
          {
            say: 'TLF-88213: 4 Weekend Camping, paid 14 Nov (card 4471). Ekström is on WB-7731-0042, Nyqvist on WB-7731-0043. Name change allowed until 12 Jun 2027 at £10 per ticket. Note batch BX-7731 went to the encoder on 1 Dec.',
          },
        ],
      },
      {
        name: 'ticket_reissue_agent',
        description: 'Changes ticket holders and reissues e-tickets',
        instructions: 'Apply holder changes, take fees, reissue e-tickets and report the outcome.',
        replies: [
          {
            call: 'charge_fee',
            args: { order: 'TLF-88213', amount_gbp: 20 },
            result: 'PAY-55120 captured £20.00 on card **** 4471.',
          },
          {
            call: 'reissue_tickets',
            args: {
              order: 'TLF-88213',
              changes: [
                { wristband: 'WB-7731-0042', holder: 'Jonas Berg' },
                { wristband: 'WB-7731-0043', holder: 'Mira Lind' },
              ],
            },
            result: {
              error:
                'TixCore 409 CONFLICT: holder_change rejected for WB-7731-0042, WB-7731-0043 — ticket state LOCKED_FOR_ENCODING (RFID batch BX-7731 at encoder since 2026-12-01). Unlock via encoder admin, then retry.',
            },
          },
          {
            say: 'TLF-88213 updated: WB-7731-0042 now Jonas Berg, WB-7731-0043 now Mira Lind. Fee PAY-55120 £20.00 captured; e-tickets reissued to annika.holm@posteo.se, old QR codes void.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'ticket_reissue_agent', to: 'fan_services_lead' },
      agent: 'ticket_reissue_agent',
    },
  }),
  defineScenario({
    id: 'ashgrove-feeder-private-road-rev-a-resent',
    title:
      'The wayleave reviewer rejects a fibre route through a private road three times; the designer re-sends rev A unchanged each time',
    domain: 'FTTH fibre rollout',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Design the FTTH feeder for Ashgrove Park (PN-AGP-03, 312 premises) from cabinet AGP-C1 to chambers CH01–CH26, ready for build pack. Note: the Ashgrove Avenue section at No. 2–40 is a private road; the management company refused a wayleave on 18/11 (WL-2211).',
    topology: {
      shape: 'pipeline',
      order: ['route_designer', 'wayleave_reviewer', 'build_packager'],
      loop: { from: 'wayleave_reviewer', to: 'route_designer', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'route_designer',
        description: 'Designs fibre feeder and distribution routes',
        instructions: 'Design the route; when the reviewer sends it back, change what they name.',
        prompt: 'Scheme: {request}\n\nReviewer feedback (if any): {input}',
        replies: [
          {
            call: 'route_calc',
            args: { scheme: 'PN-AGP-03', from: 'AGP-C1', chambers: 26 },
            result:
              'Shortest path AGP-C1 → CH01..CH26: via Ashgrove Ave (incl. No. 2–40 private, 96 m) trench 1,240 m; alt via PROW 14 rear footpath (adopted) trench 1,318 m; alt Openreach duct PIA 410 m + trench 905 m.',
          },
          {
            say: 'FD-AGP-03 rev A: feeder AGP-C1 → Ashgrove Ave → CH01–CH26, 2 x 144f ULW, trench 1,240 m (incl. 96 m at No. 2–40), 26 chambers JRC12, 312 drops. Est £186,400, 11 build days.',
          },
          {
            say: 'FD-AGP-03 rev A: feeder AGP-C1 → Ashgrove Ave → CH01–CH26, 2 x 144f ULW, trench 1,240 m (incl. 96 m at No. 2–40), 26 chambers JRC12, 312 drops. Est £186,400, 11 build days.',
          },
          {
            say: 'FD-AGP-03 rev A: feeder AGP-C1 → Ashgrove Ave → CH01–CH26, 2 x 144f ULW, trench 1,240 m (incl. 96 m at No. 2–40), 26 chambers JRC12, 312 drops. Est £186,400, 11 build days.',
          },
        ],
      },
      {
        name: 'wayleave_reviewer',
        description: 'Checks designs against wayleaves and street works permissions',
        instructions:
          'Answer "APPROVED: <design>" when every section has a wayleave or is adopted highway, otherwise "REVISE: <what to change>".',
        prompt: 'Design:\n{input}\n\nScheme: {request}',
        replies: [
          {
            say: 'REVISE: rev A trenches 96 m through No. 2–40 Ashgrove Ave — private, wayleave WL-2211 refused 18/11. Re-route via PROW 14 (adopted rear footpath) or use Openreach duct under PIA; either is fine.',
          },
          {
            say: 'REVISE: this is the same rev A — still 96 m at No. 2–40. Need the PROW 14 or PIA option.',
          },
          {
            say: 'REVISE: third submission of rev A, no change. Not approving FD-AGP-03; escalating to the design lead.',
          },
        ],
      },
      {
        name: 'build_packager',
        description: 'Assembles build packs for contractors',
        instructions: 'Assemble the build pack from an approved design; if there is none, say why.',
        prompt: 'Review outcome:\n{input}\n\nScheme: {request}',
        replies: [
          {
            say: 'Build pack BP-AGP-03 not issued: FD-AGP-03 was not approved after three reviews (rev A still crosses the private section at No. 2–40, WL-2211 refused). Contractor slot wk 03 released.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'route_designer', to: 'wayleave_reviewer' },
      agent: 'route_designer',
    },
  }),
  defineScenario({
    id: 'low-farm-boreholes-dissolved-metals-run-on-a-bottles',
    title:
      'Intake routes a dissolved-metals job on the field-filtered B bottles; the metals analyst digests and runs the unfiltered A bottles',
    domain: 'environmental testing laboratory',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'GeoHydro Consult job GHC-2291: six private borehole samples BH1–BH6, Low Farm, Cumbria, sampled 3 Dec 2026. Per borehole: bottle A 250 mL unfiltered (HNO3) and bottle B 60 mL field-filtered 0.45 µm (HNO3). We need DISSOLVED As, Pb, Mn, Fe, i.e. the B bottles, against the drinking water PCVs (As 10, Pb 10, Mn 50, Fe 200 µg/L). 5 working days TAT.',
    topology: {
      shape: 'branch',
      classifier: 'sample_intake',
      routes: { metals: 'metals_analyst', organics: 'organics_analyst', bacteria: 'bacteriology_analyst' },
      after: 'report_writer',
    },
    agents: [
      {
        name: 'sample_intake',
        description: 'Logs samples in and routes them to the right bench',
        instructions: 'Log the samples, then name the bench (metals, organics or bacteria) and what to run.',
        replies: [
          {
            call: 'log_samples',
            args: { job: 'GHC-2291', bottles: 12 },
            result:
              'GHC-2291 received 04/12 09:12, cool box 5.1 °C, CoC-77812 signed. Lab IDs 26-118301..26-118312: odd = bottle A (unfiltered), even = bottle B (0.45 µm filtered). BH1 = 301/302, BH2 = 303/304, ... BH6 = 311/312.',
          },
          {
            say: 'Route: metals bench. GHC-2291, 12 bottles in at 09:12 (5.1 °C, CoC-77812). Run dissolved As, Pb, Mn, Fe by ICP-MS on the B bottles = even lab IDs 26-118302, -304, -306, -308, -310, -312. Hold the A bottles (odd IDs) 28 days, no analysis. Report vs PCVs, due 11/12.',
          },
        ],
      },
      {
        name: 'metals_analyst',
        description: 'ICP-MS metals bench analyst',
        instructions: 'Run the metals analysis the intake note asks for and report the results.',
        prompt: 'Intake note:\n{input}\n\nClient request: {request}',
        replies: [
          {
            call: 'icp_ms_run',
            args: {
              samples: '26-118301,26-118303,26-118305,26-118307,26-118309,26-118311',
              prep: 'EPA 200.8 total recoverable (HNO3/HCl hot block digest)',
              analytes: 'As,Pb,Mn,Fe',
            },
            result:
              'Run ICP-26-1207-02, QC pass (CRM SLRS-6 rec. 96–103 %, spikes 92–108 %). µg/L: 118301 As 4.1 Pb 1.2 Mn 48 Fe 310 | 118303 As 6.8 Pb 3.9 Mn 172 Fe 640 | 118305 As 2.2 Pb <0.5 Mn 31 Fe 95 | 118307 As 11.4 Pb 2.1 Mn 88 Fe 410 | 118309 As 3.0 Pb 0.8 Mn 22 Fe 140 | 118311 As 5.5 Pb 14.6 Mn 61 Fe 520',
          },
          {
            say: 'GHC-2291 metals, run ICP-26-1207-02 (QC pass). µg/L As/Pb/Mn/Fe — BH1 4.1/1.2/48/310; BH2 6.8/3.9/172/640; BH3 2.2/<0.5/31/95; BH4 11.4/2.1/88/410; BH5 3.0/0.8/22/140; BH6 5.5/14.6/61/520. Over PCV: BH4 As; BH6 Pb; Mn BH2, BH4, BH6; Fe BH1, BH2, BH4, BH6.',
          },
        ],
      },
      {
        name: 'organics_analyst',
        description: 'GC-MS organics bench analyst',
        instructions: 'Run the organics analysis the intake note asks for.',
        replies: [{ say: 'No organics requested for this job.' }],
      },
      {
        name: 'bacteriology_analyst',
        description: 'Bacteriology bench analyst',
        instructions: 'Run the bacteriology tests the intake note asks for.',
        replies: [{ say: 'No bacteriology requested for this job.' }],
      },
      {
        name: 'report_writer',
        description: 'Writes test certificates',
        instructions: 'Write the client certificate from the bench results.',
        prompt: 'Bench results:\n{input}\n\nClient request: {request}',
        replies: [
          {
            say: 'Certificate of analysis GHC-2291 (issued 07/12/2026). Dissolved metals by ICP-MS, µg/L (PCV in brackets: As 10, Pb 10, Mn 50, Fe 200).\n| BH | As | Pb | Mn | Fe |\n|---|---|---|---|---|\n| BH1 | 4.1 | 1.2 | 48 | **310** |\n| BH2 | 6.8 | 3.9 | **172** | **640** |\n| BH3 | 2.2 | <0.5 | 31 | 95 |\n| BH4 | **11.4** | 2.1 | **88** | **410** |\n| BH5 | 3.0 | 0.8 | 22 | 140 |\n| BH6 | 5.5 | **14.6** | **61** | **520** |\nBH4 exceeds the arsenic PCV and BH6 the lead PCV; BH4 and BH6 should not be used for drinking without treatment.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'sample_intake', to: 'metals_analyst' },
      agent: 'metals_analyst',
    },
  }),
  defineScenario({
    id: 'salt-road-deal-memo-summary-stops-at-audio',
    title:
      'The contract reader’s deal-memo summary stops at "Audio:"; the offer writer bids for German print, ebook and audio rights',
    domain: 'translation rights licensing',
    mast: ['FM-3.1'],
    request:
      'We want to offer for German-language rights in "The Salt Road" by Niamh Farrell (Harrow & Finch, UK, Sept 2026). Author’s agent: Clara Munro, Munro Literary. Draft the offer email for Friday; advance ceiling €30,000.',
    topology: {
      shape: 'fanout',
      planner: 'rights_director',
      workers: ['contract_reader', 'sales_analyst', 'royalty_modeller'],
      aggregator: 'offer_writer',
    },
    agents: [
      {
        name: 'rights_director',
        description: 'Foreign rights director at a German publisher',
        instructions: 'Brief each analyst for the offer.',
        replies: [
          {
            plan: {
              contract_reader:
                'Read deal memo DM-2026-118 (Harrow & Finch / Munro Literary) and list who controls which rights: translation, audio (all languages), film/TV, serial, territories, term. We can only offer for what Munro still holds.',
              sales_analyst:
                'German comps for literary debuts in translation 2023–2026 (HC + ebook sell-through, 18 months) and the advance range they support.',
              royalty_modeller:
                'Model earn-out for a €25–30k advance: HC 8 % to 10,000 / 10 % to 20,000 / 12 % after, PB 7 %, ebook 25 % of net receipts.',
            },
          },
        ],
      },
      {
        name: 'contract_reader',
        description: 'Reads publishing contracts and deal memos',
        instructions: 'Summarise who controls which rights.',
        replies: [
          {
            call: 'open_document',
            args: { ref: 'DM-2026-118' },
            result:
              'DM-2026-118, signed 03/03/2025, 14 pp. §2 Grant: UK & Commonwealth (excl. Canada) print + ebook, 7 years. §3 Reserved to Author: translation, US, Canada, dramatic, audio. §3.4 Audio: all languages and territories licensed by Author to Audible Studios (contract AS-2024-5571, 18/10/2024), exclusive until 2031. §4 Serial: first serial to Publisher, second serial reserved. §9 Film/TV: optioned to Greyline Pictures, 18 months from 01/09/2025.',
          },
          {
            say: 'DM-2026-118 (signed 3 Mar 2025) — who controls what:\n- Harrow & Finch: UK & Commonwealth (excl. Canada) print + ebook, 7-year licence.\n- Translation (incl. German): reserved to the author, so Munro Literary sells it direct.\n- US and Canada: reserved to the author.\n- Serial: first serial H&F, second serial reserved.\n- Film/TV: optioned to Greyline Pictures, 18 months from 1 Sep 2025.\n- Audio:',
            cutOff: true,
          },
        ],
      },
      {
        name: 'sales_analyst',
        description: 'Analyses German book market sales',
        instructions: 'Find comparable titles and what advances they support.',
        replies: [
          {
            call: 'media_control_comps',
            args: { segment: 'literary debut in translation', years: '2023-2026' },
            result:
              '11 comps; median 18-month sell-through HC 6,400, ebook 2,100; top quartile HC 14,800. Advances paid (trade reports): €12k–€45k, median €22k.',
          },
          {
            say: 'Comps (11 titles, 2023–26): median 6,400 HC + 2,100 ebook in 18 months, top quartile 14,800 HC. Advances paid €12–45k, median €22k. With the Booker longlisting this sits near top quartile: €25–28k is defensible.',
          },
        ],
      },
      {
        name: 'royalty_modeller',
        description: 'Models royalties and advance earn-out',
        instructions: 'Model earn-out for the advance range given.',
        replies: [
          {
            call: 'earnout_model',
            args: { advance_low: 25000, advance_high: 30000, hc_price: 24, ebook_net: 11.5 },
            result:
              'HC €24: 8 % = €1.92/copy to 10k, 10 % = €2.40 to 20k, 12 % = €2.88 after. Ebook 25 % x €11.50 net = €2.88/copy. Earn-out €25k at 9,000 HC + 2,700 ebook; €30k at 11,100 HC + 3,300 ebook.',
          },
          {
            say: 'Earn-out: €25k pays back at ~9,000 HC + 2,700 ebook; €30k needs ~11,100 HC + 3,300 ebook. Both inside 18-month top-quartile comps, €30k only if it performs like the top quartile.',
          },
        ],
      },
      {
        name: 'offer_writer',
        description: 'Drafts rights offers to agents',
        instructions:
          'Draft the offer email from the analysts’ results, offering only for rights the agent controls.',
        prompt: 'Analyst results:\n{input}\n\nBrief: {request}',
        replies: [
          {
            say: 'Subject: Offer — German-language rights, THE SALT ROAD (Niamh Farrell)\n\nDear Clara,\n\nThank you for sending THE SALT ROAD, which our whole editorial board loved. On behalf of Lindwurm Verlag I am pleased to offer for exclusive German-language volume rights (hardcover, paperback and ebook) together with German-language audio rights, world, for a term of 8 years from publication:\n- Advance: €26,000, payable 1/3 on signature, 1/3 on delivery of the translation, 1/3 on publication\n- Royalties: HC 8 % to 10,000, 10 % to 20,000, 12 % thereafter; PB 7 %; ebook and audio 25 % of net receipts\n- Publication within 24 months of signature\n\nWe would love to hear from you by Friday 11 December.\n\nBest wishes,\nJulia Brandt, Foreign Rights, Lindwurm Verlag',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'contract_reader', to: 'offer_writer' },
      agent: 'contract_reader',
    },
  }),
];

const lookAlikes = [
  defineScenario({
    id: 'northgate-accreditation-503-waited-and-retried',
    title:
      'The accreditation system returns 503; the desk waits the retry-after, reads the records and reports two pending passes; control plans around them',
    domain: 'stadium matchday operations',
    mast: ['FM-3.3'],
    nearMissOf:
      'agent_error (a swallowed tool error): the 503 is retried after its retry-after and the desk says so; the run is full of ids, counts and ratios',
    request:
      'Matchday ops Sat 12 Dec 2026, Rovers v Athletic, KO 15:00, Northgate Stadium (cap. 24,300; away allocation 2,950, South Stand lower). Police category B. Confirm steward deployment and that all 41 contractor accreditations (media, catering, medical) are active for the gates.',
    topology: {
      shape: 'network',
      coordinator: 'matchday_control',
      workers: ['steward_planner', 'accreditation_desk'],
    },
    agents: [
      {
        name: 'matchday_control',
        description: 'Safety officer’s matchday control room',
        instructions:
          'Route deployment planning and accreditation checks, then confirm readiness with anything open.',
        replies: [
          {
            handoff: 'steward_planner',
            message:
              'Deployment for 12/12 Rovers v Athletic, KO 15:00, cat B. Forecast 21,800 incl. 2,950 away (South lower). Gates 13:30.',
          },
          {
            handoff: 'accreditation_desk',
            message:
              'Status of all 41 contractor accreditations for EV-1212 (media, catering, medical) — anything not active?',
          },
          {
            say: 'Matchday 12/12 Rovers v Athletic: deployment DP-1212 approved — 214 stewards, 18 supervisors, 6 SIA at turnstiles, gates 13:30. Accreditations: 39/41 active; MED-0117 (paramedic) awaiting DBS sign-off and CAT-0462 (kiosk) missing a photo — both chased, and if not fixed by 12:00 they get escorted day passes at the accreditation cabin. Otherwise ready.',
          },
        ],
      },
      {
        name: 'steward_planner',
        description: 'Plans steward deployment',
        instructions: 'Compute steward deployment to the ground regulations.',
        replies: [
          {
            call: 'deployment_calc',
            args: { fixture: 'EV-1212', forecast: 21800, away: 2950, category: 'B' },
            result:
              'DP-1212: home areas 18,850 @1:100 = 189; away 2,950 @1:250 + segregation 13 = 25; total 214 stewards; supervisors 18 (1:12); SIA turnstile 6; response team 12 (within 214). Gates open 13:30.',
          },
          {
            say: 'DP-1212: 214 stewards (189 home at 1:100, 25 away incl. 13 on segregation), 18 supervisors, 6 SIA on turnstiles, 12-strong response team from within the 214. Gates 13:30.',
          },
        ],
      },
      {
        name: 'accreditation_desk',
        description: 'Manages accreditation passes',
        instructions: 'Check accreditation records and report their status.',
        replies: [
          {
            call: 'accreditation_status',
            args: { event: 'EV-1212', group: 'contractors' },
            result: { error: 'AccredPro API 503 Service Unavailable (Retry-After: 20)' },
          },
          {
            call: 'accreditation_status',
            args: { event: 'EV-1212', group: 'contractors' },
            result:
              'EV-1212 contractors: 41 records. ACTIVE 39. PENDING 2: MED-0117 (paramedic, DBS uploaded 10/12, awaiting sign-off), CAT-0462 (kiosk staff, photo missing). Zones: media Z4 x11, catering Z2 x22, medical Z1-Z6 x8.',
            text: 'AccredPro gave a 503 with Retry-After 20 s; waiting and asking again.',
            waitMs: 20_000,
          },
          {
            say: 'First call got a 503 from AccredPro; the retry 20 s later worked. 39 of 41 active (media 11, catering 22, medical 8 by zone). Pending: MED-0117 paramedic, DBS uploaded 10/12 but not signed off; CAT-0462 kiosk staff, no photo. Both need sorting before 13:30 gates or a day pass.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'okafor-lindqvist-guarantee-raised-to-212',
    title:
      'The client raised the wedding guarantee from 180 to 212 in BEO v4; sales reports it, and the director briefs the kitchen with 212',
    domain: 'hotel banquets and events',
    mast: ['FM-1.4'],
    nearMissOf:
      'stale_context: the request says 180 guests, the BEO was corrected to 212, and every agent after the correction uses 212',
    request:
      'Okafor–Lindqvist wedding, Sat 19 Dec 2026, Glasshouse Ballroom, Meridian Quay Hotel — contracted for 180 guests. Finalise the banquet event order and kitchen production.',
    topology: {
      shape: 'nested',
      top: 'events_director',
      teams: { sales_lead: ['contract_coordinator'], culinary_lead: ['production_planner'] },
    },
    agents: [
      {
        name: 'events_director',
        description: 'Director of events at the hotel',
        instructions:
          'Get the final numbers from sales, have the kitchen plan production, and sign off the BEO.',
        replies: [
          {
            handoff: 'sales_lead',
            message: 'Okafor–Lindqvist 19/12, BEO 26-1219-GH: final guaranteed number and dietaries please.',
          },
          {
            handoff: 'culinary_lead',
            message:
              'Okafor–Lindqvist 19/12: produce for 212 covers (BEO v4 guarantee, up from the 180 contracted). Dietaries 14 veg, 6 vegan, 3 coeliac, 1 nut allergy at T9 S4. Plan mise en place and the order.',
          },
          {
            say: 'BEO 26-1219-GH v4 signed off for Sat 19/12, Glasshouse Ballroom: 212 guests guaranteed (raised from 180 on 2 Dec), £118 pp = £25,016 F&B. Kitchen production PS-1219 for 212 covers: 189 standard, 14 vegetarian, 6 vegan, 3 coeliac; nut-free plate for table 9 seat 4. Food cost £6,572 (£31.00/cover). Order goes to suppliers Monday 14/12.',
          },
        ],
      },
      {
        name: 'sales_lead',
        description: 'Leads event sales and client contracts',
        instructions: 'Have the contract coordinator pull the latest BEO and report final numbers.',
        replies: [
          {
            handoff: 'contract_coordinator',
            message: 'Latest BEO + client emails for 26-1219-GH: guaranteed number, dietaries, price.',
          },
          {
            say: 'Final guarantee 212 (BEO v4, 2 Dec — was 180 in v1–v3). Dietaries: 14 V, 6 VG, 3 GF, 1 nut allergy (T9/S4). £118 pp → £25,016 F&B.',
          },
        ],
      },
      {
        name: 'contract_coordinator',
        description: 'Maintains banquet event orders',
        instructions: 'Report what the current BEO and client correspondence say.',
        replies: [
          {
            call: 'get_beo',
            args: { beo: '26-1219-GH' },
            result:
              'BEO 26-1219-GH v4 (2026-12-02 16:40, K. Mensah): guaranteed 212 (v1–v3: 180; client email 02/12 adds 32 from the groom’s side). Dietaries: 14 vegetarian, 6 vegan, 3 coeliac, 1 tree-nut allergy (table 9 seat 4). Menu M-3C-WIN: 3 courses + late suya/smørrebrød station. Price £118.00 pp.',
          },
          {
            say: 'BEO v4 of 2 Dec: guarantee up from 180 to 212 (client added 32 on the groom’s side). 14 veg, 6 vegan, 3 coeliac, 1 tree-nut allergy at T9 S4. Menu M-3C-WIN, £118 pp = £25,016.',
          },
        ],
      },
      {
        name: 'culinary_lead',
        description: 'Executive sous chef for banqueting',
        instructions: 'Have production planned for the covers you are given and report food cost.',
        replies: [
          {
            handoff: 'production_planner',
            message:
              'Production + order, Okafor–Lindqvist 19/12, 212 covers: 189 standard, 14 veg, 6 vegan, 3 GF; nut-free plate T9 S4.',
          },
          {
            say: 'PS-1219 for 212 covers ready: 189 standard (short rib 41.6 kg raw), 14 veg, 6 vegan, 3 GF, separate nut-free plate for T9 S4. Food cost £6,572, £31.00 a cover.',
          },
        ],
      },
      {
        name: 'production_planner',
        description: 'Plans kitchen production and ordering',
        instructions: 'Build the production sheet and supplier order for the covers given.',
        replies: [
          {
            call: 'production_sheet',
            args: { event: '26-1219-GH', covers: 212, standard: 189, veg: 14, vegan: 6, gf: 3 },
            result:
              'PS-1219: beef short rib 189 x 220 g = 41.58 kg raw; celeriac wellington 14; jollof-stuffed squash (vegan) 6; GF short rib 3 (GF jus). Starter 212, dessert 212 (3 GF, 6 vegan). Food cost £6,572.00 (£31.00/cover). Order ORD-1219-01, delivery 17/12.',
          },
          {
            say: 'PS-1219: 212 covers — 189 short rib (41.58 kg raw at 220 g), 14 celeriac wellington, 6 vegan stuffed squash, 3 GF short rib with GF jus; 212 starters and desserts. Food cost £6,572 (£31.00/cover). Order ORD-1219-01 for delivery 17 Dec.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'carden-wharf-slab-pour-briefs-reworded',
    title:
      'The site engineer rewords every pour constraint for the batching plant, pump and testing briefs; each is met and the plan is consistent',
    domain: 'concrete pour planning',
    mast: ['FM-2.1', 'FM-1.1'],
    nearMissOf:
      'lost_message / misunderstood_task: the briefs paraphrase the request (w/c ≤ 0.40, ≥ 10 °C at placement, pump only from Carden St, 1 set per 25 m³) and every constraint arrives and is kept',
    request:
      'Pour plan, L3 transfer slab, Carden Wharf Block B, Thu 10 Dec 2026: 186 m³ C40/50, max w/c 0.40, 20 mm agg, S4. Cold snap (−2 °C overnight, +3 °C by 10:00): concrete ≥ 10 °C at placement, slab protected 72 h. Pump with a 42 m boom from the Carden St side only (Thames Water trunk main under the north road). Cubes: 1 set of 4 per 25 m³.',
    topology: {
      shape: 'fanout',
      planner: 'site_engineer',
      workers: ['batching_liaison', 'pump_scheduler', 'testing_technician'],
      aggregator: 'pour_coordinator',
    },
    agents: [
      {
        name: 'site_engineer',
        description: 'Site engineer planning the pour',
        instructions: 'Write one brief per trade for the pour.',
        replies: [
          {
            plan: {
              batching_liaison:
                'Order 186 m³ of C40/50 for Thu 10/12, water/cement not above 0.40, 20 mm max aggregate, slump class S4. It’ll be around freezing first thing, so heated water/aggregates — delivered no colder than 10 °C. Stagger the trucks for one pump at about 30 m³/h, first truck 07:00.',
              pump_scheduler:
                'One 42 m boom pump for Thu 10/12, set up on Carden Street — nothing on the north road, the Thames Water trunk main is under it. About 186 m³ at ~30 m³/h from 07:00.',
              testing_technician:
                'Cube sampling for the L3 transfer slab pour (186 m³): 4 cubes every 25 m³, so 8 sets; record concrete temperature at each sample.',
            },
          },
        ],
      },
      {
        name: 'batching_liaison',
        description: 'Liaises with the ready-mix supplier',
        instructions: 'Place the concrete order as briefed and confirm the schedule.',
        replies: [
          {
            call: 'place_order',
            args: { volume_m3: 186, grade: 'C40/50', wc_max: 0.4, agg_mm: 20, slump: 'S4', min_temp_c: 10 },
            result:
              'Order RMX-440918 confirmed: 186 m³ C40/50, w/c 0.38 design, 20 mm, S4, hot water + heated aggregate, min 12 °C at despatch. 24 trucks x 8 m³ (last 2 m³ part-load), every 16 min from 07:00, final ~13:20.',
          },
          {
            say: 'RMX-440918: 186 m³ C40/50, design w/c 0.38, 20 mm, S4; hot water and heated aggregates, ≥ 12 °C leaving the plant. 24 trucks (23 x 8 m³ + 1 x 2 m³), one every 16 min from 07:00, last ~13:20.',
          },
        ],
      },
      {
        name: 'pump_scheduler',
        description: 'Books concrete pumps',
        instructions: 'Book the pump as briefed and confirm setup.',
        replies: [
          {
            call: 'book_pump',
            args: { date: '2026-12-10', boom_m: 42, location: 'Carden Street', start: '06:15' },
            result:
              'PMP-7782: 42 m boom (Schwing S42SX), on Carden St bay 2, set-up 06:15, outrigger pads 1.2 x 1.2 m, rated 160 m³/h, booked to 15:00. Road licence RL-CS-2291 covers Carden St only.',
          },
          {
            say: 'PMP-7782: 42 m Schwing on Carden St bay 2, rigged from 06:15, pads 1.2 x 1.2 m, booked to 15:00. Road licence RL-CS-2291, Carden St only — nothing on the north road.',
          },
        ],
      },
      {
        name: 'testing_technician',
        description: 'Samples and tests fresh concrete',
        instructions: 'Plan the sampling and testing as briefed.',
        replies: [
          {
            say: 'Sampling plan ST-1210: 8 sets of 4 cubes (32) at approx every 25 m³ — trucks 1, 4, 7, 10, 13, 16, 19, 22; slump and concrete temperature logged at each; cubes in the heated curing tank on site, 7- and 28-day breaks at the UKAS lab.',
          },
        ],
      },
      {
        name: 'pour_coordinator',
        description: 'Coordinates the pour plan',
        instructions: 'Merge the trade results into the pour plan.',
        prompt: 'Trade results:\n{input}\n\nPour: {request}',
        replies: [
          {
            say: 'Pour plan L3-TS-B, Thu 10/12/2026. Concrete RMX-440918: 186 m³ C40/50, w/c 0.38 (≤ 0.40), 20 mm, S4, heated, ≥ 12 °C at despatch (≥ 10 °C at placement required — checked at every cube set). Pump PMP-7782, 42 m boom on Carden St bay 2 from 06:15, north road kept clear. Trucks every 16 min 07:00–13:20. Testing ST-1210: 8 sets of 4 cubes. Protection: insulated blankets on the slab for 72 h, until Sun 13/12 ~13:30.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'wisniewski-extract-draft-translation-left-out',
    title:
      'The optional Polish courtesy translation comes back with the name and date wrong; the registrar issues the extract without it and says why',
    domain: 'civil registry',
    mast: ['FM-2.4'],
    nearMissOf:
      'low_quality_output: an optional worker’s bad output (a wrong translation) is not used anywhere in the final answer',
    request:
      'Aanvraag BZ-2026-448120: Mr Tomasz Wiśniewski asks a multilingual extract (CIEC form A) of the birth certificate of his daughter Zofia, born 28-10-2026 in Haarlem, with surname corrected from WISNIEWSKI to WIŚNIEWSKI as per court decision of 20-11-2026. If possible also a Polish translation of the correction note.',
    topology: {
      shape: 'supervisor',
      coordinator: 'registrar',
      workers: ['records_clerk', 'translation_helper'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'registrar',
        description: 'Civil registrar (ambtenaar burgerlijke stand)',
        instructions:
          'Have the record annotated and the extract produced; a courtesy translation is optional and only included if correct.',
        replies: [
          {
            handoff: 'records_clerk',
            message:
              'Akte 2026-A-01187 (Zofia, geb. 28-10-2026): add marginal annotation for surname rectification WISNIEWSKI → WIŚNIEWSKI, beschikking Rechtbank Noord-Holland 20-11-2026 C/15/351092, then produce CIEC-A extract.',
          },
          {
            handoff: 'translation_helper',
            message:
              'Optional: courtesy Polish translation of this note: "Bij beschikking van de Rechtbank Noord-Holland van 20 november 2026 is de geslachtsnaam verbeterd in WIŚNIEWSKI."',
          },
          {
            say: 'BZ-2026-448120 done. Annotation M-2026-0412 added to akte 2026-A-01187 (surname rectified to WIŚNIEWSKI, Rechtbank Noord-Holland 20-11-2026, C/15/351092). Multilingual extract EX-2026-88231 (CIEC form A, which already carries Polish headings) ready for collection at the Zijlsingel desk, fee €15.10. We did not include a Polish translation of the note: the draft had the name and date wrong, and only a sworn translator’s translation can be attached — Mr Wiśniewski can use one from the register of sworn translators (Rbtv).',
          },
        ],
      },
      {
        name: 'records_clerk',
        description: 'Keeps the civil status registers',
        instructions: 'Annotate records and produce extracts.',
        replies: [
          {
            call: 'add_annotation',
            args: { akte: '2026-A-01187', court: 'C/15/351092', new_surname: 'WIŚNIEWSKI' },
            result:
              'Annotation M-2026-0412 registered 04-12-2026 10:22 on 2026-A-01187: geslachtsnaam verbeterd in WIŚNIEWSKI (beschikking Rb Noord-Holland 20-11-2026, C/15/351092).',
          },
          {
            call: 'produce_extract',
            args: { akte: '2026-A-01187', form: 'CIEC-A' },
            result:
              'EX-2026-88231 generated, CIEC form A, surname WIŚNIEWSKI, annotation M-2026-0412 included. Fee €15.10.',
          },
          {
            say: 'M-2026-0412 registered on akte 2026-A-01187; extract EX-2026-88231 (CIEC-A) shows WIŚNIEWSKI with the annotation. Fee €15.10.',
          },
        ],
      },
      {
        name: 'translation_helper',
        description: 'Drafts courtesy translations',
        instructions: 'Draft a translation of the text you are given.',
        replies: [
          {
            say: 'Postanowieniem Sądu Okręgowego Holandia Północna z dnia 20 grudnia 2026 nazwisko zostało poprawione na WISNIEWSKI.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'stoke-hollow-vestry-books-cradle-replan',
    title:
      'Conservation sends the capture plan back once (two fragile volumes under a glass plate at 180°); the planner moves them to the cradle and the plan is approved',
    domain: 'archive digitisation',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: one REVISE round whose change is made (v2 differs from v1), then APPROVED',
    request:
      'Digitise the Stoke Hollow parish vestry minute books 1798–1871 (ARC/PV/14, 6 vols, ~2,340 folios) for the online catalogue: 400 ppi TIFF masters + JPEG2000 access. Vol. 3 has red rot on the spine, vol. 5 a detached text block.',
    topology: {
      shape: 'pipeline',
      order: ['capture_planner', 'conservation_reviewer', 'workflow_scheduler'],
      loop: { from: 'conservation_reviewer', to: 'capture_planner', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'capture_planner',
        description: 'Plans imaging of archive material',
        instructions: 'Plan capture per volume; apply conservation’s changes when sent back.',
        prompt: 'Job: {request}\n\nConservation notes (if any): {input}',
        replies: [
          {
            say: 'Capture plan CP-PV14 v1: all 6 vols on the Zeutschel OS 12002 overhead, glass plate, 180° opening, 400 ppi, FADGI 3-star target per session. Vol 1 410 ff, vol 2 388, vol 3 402, vol 4 376, vol 5 361, vol 6 403 = 2,340 ff. Est. 9 capture days.',
          },
          {
            say: 'Capture plan CP-PV14 v2: vols 1, 2, 4, 6 on the Zeutschel overhead, glass plate, 180°, 400 ppi (1,577 ff). Vols 3 and 5 on the V-cradle (book cradle, max 110° opening, no glass, page held by Melinex strip), 400 ppi, conservator present; vol 3 spine consolidated with Cellugel first, 48 h cure; vol 5 text block supported in a board tray. 763 ff on cradle. Est. 11 capture days.',
          },
        ],
      },
      {
        name: 'conservation_reviewer',
        description: 'Archive conservator',
        instructions:
          'Answer "APPROVED: <plan>" if the plan is safe for the material, else "REVISE: <what to change>".',
        prompt: 'Capture plan:\n{input}\n\nJob: {request}',
        replies: [
          {
            say: 'REVISE: vols 3 and 5 cannot go flat under glass at 180°. Vol 3 (red rot) needs Cellugel consolidation, 48 h cure, then cradle at ≤ 110°; vol 5 (detached block) cradle only, block supported, conservator present. Others fine on the overhead.',
          },
          {
            say: 'APPROVED: CP-PV14 v2 — vols 1, 2, 4, 6 overhead at 180° under glass; vols 3 and 5 on the V-cradle ≤ 110°, no glass, conservator present, vol 3 consolidated first (48 h).',
          },
        ],
      },
      {
        name: 'workflow_scheduler',
        description: 'Schedules digitisation studio work',
        instructions: 'Schedule the approved plan in the studio calendar.',
        prompt: 'Approved plan:\n{input}\n\nJob: {request}',
        replies: [
          {
            call: 'book_studio',
            args: { plan: 'CP-PV14 v2', start: '2027-01-11', days: 11 },
            result:
              'Studio bookings SB-0111..SB-0125 (11 days, 11–25 Jan 2027): overhead Z-1 11–18 Jan (vols 1, 2, 4, 6); cradle C-2 19–25 Jan (vols 3, 5), conservator R. Achterberg 19–25 Jan; Cellugel on vol 3 scheduled 15 Jan.',
          },
          {
            say: 'CP-PV14 v2 scheduled: overhead Z-1, 11–18 Jan 2027, vols 1, 2, 4, 6 (1,577 ff); vol 3 consolidation 15 Jan; cradle C-2, 19–25 Jan, vols 3 and 5 (763 ff) with R. Achterberg present. Bookings SB-0111 to SB-0125; masters to ingest queue ING-PV14 daily.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'tinkers-dawn-scan-handed-back-with-findings',
    title:
      'The yard vet hands the lame eventer to imaging, imaging scans and hands back with the findings, and the yard vet answers in kg and mL from lb and cm²',
    domain: 'equine veterinary practice',
    mast: ['FM-2.1', 'FM-1.4'],
    nearMissOf:
      'lost_message / stale_context: a hand-back carries the scan results to the first agent, which uses them with values reformatted (lb → kg, cm² → %, mg/kg → g)',
    request:
      'Yard call at Brookfield Eventing: Tinker’s Dawn, 11 y TB gelding, about 1,150 lb, came up lame left fore after XC schooling on 2 Dec — heat and swelling behind the cannon. Owner asks can he still run at Tweseldown on 19 Dec, and what can he have for pain (he competes under BE rules).',
    topology: { shape: 'swarm', entry: 'yard_vet', agents: ['yard_vet', 'imaging_vet'] },
    agents: [
      {
        name: 'yard_vet',
        description: 'Ambulatory equine vet who examines the horse and owns the case',
        instructions:
          'Examine, send the horse to imaging when needed, and give the owner the diagnosis and plan once the findings are back.',
        replies: [
          {
            call: 'record_exam',
            args: { patient: 'EQ-20417', limb: 'LF' },
            result:
              'EQ-20417 Tinker’s Dawn: LF lameness 3/5 (AAEP) at trot, palmar mid-metacarpal heat + soft swelling, pain on palpation SDFT; digital pulses normal; hoof testers neg. Weight tape 1,150 lb.',
          },
          {
            handoff: 'imaging_vet',
            message:
              'EQ-20417 Tinker’s Dawn, LF 3/5, palmar mid-cannon swelling, sore SDFT. Please scan LF SDFT/DDFT/ICL/SL zones 1A–3B and hand him back to me with the findings.',
          },
          {
            say: 'Tinker’s Dawn has a core lesion in the left fore superficial digital flexor tendon (scan US-26-3318: zones 2A–2B, about 24 % of the tendon’s cross-section over ~6 cm; tendon 41 % thicker than the right fore). He can’t run at Tweseldown on 19 Dec — we’re looking at 9–12 months of controlled rehab. Pain relief: phenylbutazone at 522 kg (1,150 lb) — 2.3 g by mouth twice on day 1 (4.4 mg/kg), then 1.15 g twice daily (2.2 mg/kg) for 5 days; BE detection times don’t matter as he’s withdrawn. Box rest, cold hosing 20 min twice daily, stable bandages both fores, rescan Wed 13 Jan 2027.',
          },
        ],
      },
      {
        name: 'imaging_vet',
        description: 'Vet performing diagnostic imaging',
        instructions: 'Perform the imaging asked for and hand the case back with the findings.',
        replies: [
          {
            call: 'ultrasound',
            args: { patient: 'EQ-20417', limb: 'LF', zones: '1A-3B' },
            result:
              'US-26-3318 LF: SDFT core lesion zones 2A–2B, CSA 1.38 cm² (RF 0.98 cm²), hypoechoic area 24 % of CSA, length ~6 cm; DDFT, ICL, SL normal. Recommend rescan 6 weeks.',
          },
          {
            handoff: 'yard_vet',
            message:
              'Back to you: US-26-3318 — LF SDFT core lesion zones 2A–2B, CSA 1.38 vs 0.98 cm² on the RF (+41 %), lesion 24 % of CSA over ~6 cm. DDFT, ICL, SL normal. Rescan in 6 weeks.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

/** Blind batch 9: 10 faults and 6 healthy look-alikes in 16 new domains, every topology. */
export const blindBatch9Scenarios = [...faults, ...lookAlikes];
