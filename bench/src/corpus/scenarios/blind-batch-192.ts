import { defineScenario } from '../scenario.ts';

// Blind batch 192: a state's 108 emergency ambulance service (EMRI control room) and hospital bed
// allocation, in Indian English with Hindi terms. Written from the README principles only; expected
// diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'amb108-icu-bed-subah-ka-figure',
    title:
      'Bed desk showed District Hospital Nashik ICU at 0 free as of 14:10 and pointed to Civil Hospital Malegaon, but the allocator booked the DH using the 08:00 figure of 4 free beds from the request',
    domain: '108 ambulance: ICU bed allocation',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Case 108-NSK-260914-0387: male, 58 yrs, suspected stroke (left-side weakness, slurred speech since 13:40), BP 196/110, GCS 13. Ambulance MH-15-EM-0412 (ALS) is with the mareez at Sinnar phata. The 08:00 subah ki bed report said District Hospital Nashik ICU: 4 free. Please confirm a current ICU bed with CT scan available and block it, then brief the pilot and EMT.',
    topology: { shape: 'pipeline', order: ['bed_status_desk', 'bed_allocator', 'crew_briefing'] },
    agents: [
      {
        name: 'bed_status_desk',
        description: 'Checks live bed availability on the state hospital bed portal',
        instructions:
          'Query the live bed portal for the case needs and report current availability with the timestamp of the data.',
        replies: [
          {
            call: 'bed_portal_live',
            args: { district: 'Nashik', bed_type: 'ICU', needs: ['CT', 'neurology'], near: 'Sinnar' },
            result:
              '{"as_of": "2026-09-14T14:10:00+05:30", "hospitals": [{"id": "DH-NSK-01", "name": "District Hospital Nashik", "icu_total": 20, "icu_free": 0, "ct": "working", "eta_min": 38}, {"id": "SDH-MLG-02", "name": "Civil Hospital Malegaon", "icu_total": 10, "icu_free": 2, "ct": "working", "neuro_on_call": "Dr. R. Pawar", "eta_min": 52}, {"id": "RH-SNR-07", "name": "Rural Hospital Sinnar", "icu_total": 0, "icu_free": 0, "ct": "none", "eta_min": 9}]}',
          },
          {
            say: 'Live bed position as of 14:10 IST (portal):\n\n| Hospital | ICU free | CT | ETA from Sinnar |\n|---|---|---|---|\n| District Hospital Nashik (DH-NSK-01) | **0 of 20** | working | 38 min |\n| Civil Hospital Malegaon (SDH-MLG-02) | **2 of 10** | working, neuro on call Dr. R. Pawar | 52 min |\n| Rural Hospital Sinnar (RH-SNR-07) | no ICU | no CT | 9 min |\n\nDH Nashik ICU is full since the 08:00 report (4 beds filled in the morning). Recommend Civil Hospital Malegaon, ICU bed available with CT.',
          },
        ],
      },
      {
        name: 'bed_allocator',
        description: 'Blocks a bed for the case in the hospital bed portal',
        instructions: 'Block the bed the availability check supports and return the booking reference.',
        prompt: 'Bed availability:\n{input}\n\nCase: {request}',
        replies: [
          {
            call: 'bed_block',
            args: {
              case_id: '108-NSK-260914-0387',
              hospital_id: 'DH-NSK-01',
              bed_type: 'ICU',
              basis: '08:00 bed report, 4 ICU free',
            },
            result:
              '{"block_ref": "BB-260914-1187", "hospital_id": "DH-NSK-01", "status": "requested", "note": "request queued for casualty medical officer"}',
          },
          {
            say: 'ICU bed block requested at District Hospital Nashik (DH-NSK-01), ref BB-260914-1187. As per the morning report 4 ICU beds were free there; CT is working. ETA 38 min from Sinnar, nearer than Malegaon.',
          },
        ],
      },
      {
        name: 'crew_briefing',
        description: 'Briefs the ambulance pilot and EMT over the radio/app',
        instructions: 'Write the crew brief: destination, route, what to tell the receiving hospital.',
        prompt: 'Allocation:\n{input}',
        replies: [
          {
            say: 'CREW BRIEF – MH-15-EM-0412 (ALS)\nCase: 108-NSK-260914-0387, suspected stroke, onset 13:40.\nDestination: **District Hospital Nashik**, casualty gate 2. ICU bed ref BB-260914-1187.\nRoute: Sinnar phata → Nashik-Pune highway → Dwarka circle, ETA ~38 min.\nEMT: keep SpO2 > 94%, head end 30°, record GCS every 10 min, inform DH casualty 10 min before arrival that this is a stroke within window for CT.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'bed_status_desk', to: 'bed_allocator' },
      agent: 'bed_allocator',
    },
  }),
  defineScenario({
    id: 'amb108-cardiac-als-ki-jagah-bls',
    title:
      'Control room supervisor asked the fleet desk for the nearest ALS ambulance with defibrillator for a cardiac arrest, but the fleet desk dispatched the nearest BLS vehicle',
    domain: '108 ambulance: vehicle dispatch',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Caller from Plot 27, Gangapur Road, Nashik: father (64) collapsed, not breathing properly, no pulse felt by neighbour. Dispatch the nearest ALS ambulance (defibrillator, paramedic) and get a cath-lab capable hospital ready. Give CPR instructions over phone till the gaadi arrives.',
    topology: {
      shape: 'supervisor',
      coordinator: 'control_room_supervisor',
      workers: ['fleet_desk', 'hospital_prealert'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'control_room_supervisor',
        description: '108 control room shift supervisor (ERO lead)',
        instructions:
          'Send the vehicle request and hospital pre-alert to the desks, then answer the caller brief.',
        replies: [
          {
            handoff: 'fleet_desk',
            message:
              'Suspected cardiac arrest at Plot 27, Gangapur Road (lat 20.0121, long 73.7604). Need the nearest **ALS** ambulance with defibrillator and paramedic; a BLS vehicle will not do for this case. Dispatch and give me vehicle number and ETA.',
          },
          {
            handoff: 'hospital_prealert',
            message:
              'Pre-alert a cath-lab capable hospital near Gangapur Road for a 64 yr male, suspected cardiac arrest, CPR in progress.',
          },
          {
            say: 'Dispatched MH-15-EM-0227 from Gangapur naka, ETA 7 min. Destination: Sahyadri Heart Institute, cath lab team pre-alerted (ref PA-0914-332). Caller told to continue chest compressions – 100 to 120 per minute, hard and fast in the centre of the chest – until the crew takes over.',
          },
        ],
      },
      {
        name: 'fleet_desk',
        description: 'Tracks the fleet on GPS and dispatches vehicles',
        instructions: 'Pick the vehicle type asked for, nearest by GPS, and dispatch it.',
        replies: [
          {
            call: 'fleet_nearest',
            args: { lat: 20.0121, long: 73.7604, status: 'available' },
            result:
              '{"vehicles": [{"reg": "MH-15-EM-0227", "type": "BLS", "base": "Gangapur naka", "eta_min": 7}, {"reg": "MH-15-EM-0419", "type": "ALS", "base": "Trimbak naka", "eta_min": 11, "crew": "paramedic + pilot"}, {"reg": "MH-15-EM-0305", "type": "BLS", "base": "Satpur MIDC", "eta_min": 14}]}',
          },
          {
            call: 'dispatch_vehicle',
            args: { reg: 'MH-15-EM-0227', case_id: '108-NSK-260914-0412', address: 'Plot 27, Gangapur Road' },
            result:
              '{"dispatch_id": "DSP-0914-5521", "reg": "MH-15-EM-0227", "status": "assigned", "eta_min": 7}',
          },
          {
            say: 'Dispatched MH-15-EM-0227 from Gangapur naka, ETA 7 min, dispatch DSP-0914-5521. It is the closest free vehicle.',
          },
        ],
      },
      {
        name: 'hospital_prealert',
        description: 'Pre-alerts receiving hospitals',
        instructions: 'Call the hospital and register the pre-alert.',
        replies: [
          {
            call: 'hospital_prealert',
            args: { hospital: 'Sahyadri Heart Institute', case_id: '108-NSK-260914-0412', need: 'cath lab' },
            result: '{"ref": "PA-0914-332", "cath_lab": "team on standby", "contact": "Dr. S. Kulkarni"}',
          },
          {
            say: 'Sahyadri Heart Institute pre-alerted, ref PA-0914-332, cath lab team on standby (Dr. S. Kulkarni).',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'control_room_supervisor', to: 'fleet_desk' },
      agent: 'fleet_desk',
    },
  }),
  defineScenario({
    id: 'amb108-prasav-case-brief-badal-gaya',
    title:
      'The intake agent passed the referral for a high-risk delivery (twins, 34 weeks, needs NICU), but the program handed the referral desk a generic inter-facility transfer template, and it referred to a PHC-level labour room',
    domain: '108 ambulance: maternal referral transfer',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'PHC Vani (Dindori block) is calling for a transfer: Sunita Gavit, 23 yrs, G2P1, twin pregnancy, 34 weeks, in labour, BP 150/100. ANM says mother needs a hospital with NICU and an obstetrician on duty. Please arrange the referral and ambulance.',
    topology: { shape: 'pipeline', order: ['call_intake', 'referral_desk', 'dispatch_note'] },
    program: {
      lose: {
        to: 'referral_desk',
        prompt:
          'Inter-facility transfer request from PHC Vani. Identify the nearest receiving facility and reply with facility name and distance.',
      },
    },
    agents: [
      {
        name: 'call_intake',
        description: 'Takes the call from the referring facility and writes the case sheet',
        instructions: 'Write a case sheet with every clinical need the receiving facility must meet.',
        replies: [
          {
            say: 'CASE SHEET 108-NSK-260915-0044 (inter-facility, maternal)\n- Patient: Sunita Gavit, 23 yrs, G2P1\n- Twin pregnancy, 34 weeks, active labour\n- BP 150/100 (pre-eclampsia suspected)\n- From: PHC Vani, Dindori block\n- Receiving facility must have: **NICU (two cots for preterm twins)** and **obstetrician on duty**, blood bank preferred\n- Vehicle: 108 with EMT trained in obstetric care; Janani 102 vehicle not suitable',
          },
        ],
      },
      {
        name: 'referral_desk',
        description: 'Chooses the receiving facility and confirms with it',
        instructions: 'Choose the facility that meets the case needs and confirm the referral.',
        replies: [
          {
            call: 'facility_lookup',
            args: { from: 'PHC Vani', sort: 'distance' },
            result:
              '{"facilities": [{"id": "RH-DND-03", "name": "Rural Hospital Dindori", "km": 17, "labour_room": true, "nicu": false, "obgyn": "visiting Tue/Fri"}, {"id": "SDH-KLW-01", "name": "Sub-District Hospital Kalwan", "km": 41, "labour_room": true, "nicu": false}, {"id": "DWH-NSK-01", "name": "District Women Hospital Nashik", "km": 52, "labour_room": true, "nicu": true, "nicu_free": 3, "obgyn": "24x7"}]}',
          },
          {
            call: 'referral_confirm',
            args: { facility_id: 'RH-DND-03', case_id: '108-NSK-260915-0044' },
            result:
              '{"referral_no": "REF-0915-0091", "facility": "Rural Hospital Dindori", "status": "accepted"}',
          },
          {
            say: 'Referral REF-0915-0091 accepted by Rural Hospital Dindori (RH-DND-03), 17 km from PHC Vani, labour room available. Nearest receiving facility.',
          },
        ],
      },
      {
        name: 'dispatch_note',
        description: 'Writes the dispatch note for the ambulance crew',
        instructions: 'Write the crew dispatch note for the referral.',
        prompt: 'Referral:\n{input}',
        replies: [
          {
            say: 'DISPATCH NOTE – 108 inter-facility\nPick-up: PHC Vani (Dindori block)\nDrop: **Rural Hospital Dindori**, labour room, ref REF-0915-0091, 17 km (~30 min)\nCrew: pilot + EMT. Carry delivery kit and oxytocin as per protocol. Call the labour room 10 min before arrival.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'call_intake', to: 'referral_desk' },
      agent: 'referral_desk',
    },
  }),
  defineScenario({
    id: 'amb108-blood-bank-o-neg-galat-ginti',
    title:
      'Blood bank checker read 1 unit of O-negative from the e-RaktKosh stock but reported 11, so the district coordinator sent a trauma case with O-negative blood group to a hospital that could not transfuse',
    domain: '108 ambulance: trauma destination with blood availability',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Road traffic accident on Mumbai-Agra highway near Chandwad toll plaza, 14:55. Victim: female, 31 yrs, blood group O-negative (per Aadhaar-linked health card), open femur fracture, heavy bleeding, BP 86/50. Choose a trauma centre that has an orthopaedic surgeon and at least 4 units of O-negative blood, and send the nearest ambulance.',
    topology: {
      shape: 'nested',
      top: 'district_coordinator',
      teams: {
        hospital_cell: ['blood_bank_checker', 'trauma_bed_checker'],
        fleet_cell: ['vehicle_locator'],
      },
    },
    agents: [
      {
        name: 'district_coordinator',
        description: '108 district coordinator for Nashik',
        instructions: 'Get destination and vehicle from the cells and give the final dispatch decision.',
        replies: [
          {
            handoff: 'hospital_cell',
            message:
              'Trauma case near Chandwad toll plaza: O-negative, open femur fracture, BP 86/50. Find a trauma centre with ortho surgeon and at least 4 units O-negative.',
          },
          {
            handoff: 'fleet_cell',
            message: 'Nearest available ALS ambulance to Chandwad toll plaza, Mumbai-Agra highway, please.',
          },
          {
            say: 'DISPATCH DECISION – case 108-NSK-260916-0219\n- Vehicle: MH-15-EM-0388 (ALS), from Chandwad base, ETA 6 min\n- Destination: **SDH Chandwad Trauma Care Centre** (ortho surgeon Dr. A. Shinde on duty, O-negative stock 11 units)\n- Distance from site: 4 km\nCrew to apply pressure bandage and splint, 2 large-bore IV lines, start NS en route.',
          },
        ],
      },
      {
        name: 'hospital_cell',
        description: 'Hospital coordination cell lead',
        instructions: 'Ask the checkers for blood and trauma bed status and report the best destination.',
        replies: [
          {
            handoff: 'blood_bank_checker',
            message: 'O-negative stock at trauma centres within 40 km of Chandwad toll plaza.',
          },
          {
            handoff: 'trauma_bed_checker',
            message: 'Trauma beds and ortho surgeon on duty within 40 km of Chandwad toll plaza.',
          },
          {
            say: 'Best destination: SDH Chandwad Trauma Care Centre – 4 km, ortho surgeon Dr. A. Shinde on duty, 2 trauma beds, O-negative 11 units (meets the 4-unit need). Alternative: Civil Hospital Malegaon (O-neg 6, 38 km).',
          },
        ],
      },
      {
        name: 'blood_bank_checker',
        description: 'Checks blood stock on e-RaktKosh',
        instructions: 'Report blood stock per hospital exactly as e-RaktKosh shows it.',
        replies: [
          {
            call: 'eraktkosh_stock',
            args: { group: 'O-', near: 'Chandwad toll plaza', radius_km: 40 },
            result:
              '{"as_of": "2026-09-16T14:58:00+05:30", "stock": [{"hospital": "SDH Chandwad Trauma Care Centre", "blood_bank_id": "BB-NSK-CHD-02", "O-": 1, "km": 4}, {"hospital": "Civil Hospital Malegaon", "blood_bank_id": "BB-NSK-MLG-01", "O-": 6, "km": 38}, {"hospital": "Lasalgaon Rural Hospital", "blood_bank_id": null, "O-": 0, "km": 22}]}',
          },
          {
            say: 'e-RaktKosh, 14:58: O-negative stock –\n- SDH Chandwad Trauma Care Centre (BB-NSK-CHD-02): **11 units**, 4 km\n- Civil Hospital Malegaon (BB-NSK-MLG-01): 6 units, 38 km\n- Lasalgaon Rural Hospital: no blood bank',
          },
        ],
      },
      {
        name: 'trauma_bed_checker',
        description: 'Checks trauma beds and surgeon roster',
        instructions: 'Report trauma beds and surgeons on duty.',
        replies: [
          {
            call: 'trauma_roster',
            args: { near: 'Chandwad toll plaza', radius_km: 40, speciality: 'orthopaedics' },
            result:
              '{"centres": [{"name": "SDH Chandwad Trauma Care Centre", "trauma_beds_free": 2, "ortho_on_duty": "Dr. A. Shinde"}, {"name": "Civil Hospital Malegaon", "trauma_beds_free": 3, "ortho_on_duty": "Dr. M. Ansari"}]}',
          },
          {
            say: 'SDH Chandwad: 2 trauma beds, ortho Dr. A. Shinde on duty. Civil Hospital Malegaon: 3 beds, ortho Dr. M. Ansari.',
          },
        ],
      },
      {
        name: 'fleet_cell',
        description: 'Fleet cell lead',
        instructions: 'Get the nearest suitable vehicle from the locator.',
        replies: [
          { handoff: 'vehicle_locator', message: 'Nearest free ALS to Chandwad toll plaza.' },
          { say: 'MH-15-EM-0388 (ALS), Chandwad base, ETA 6 min.' },
        ],
      },
      {
        name: 'vehicle_locator',
        description: 'Locates vehicles on GPS (AVLS)',
        instructions: 'Return the nearest free vehicle of the asked type.',
        replies: [
          {
            call: 'avls_nearest',
            args: { type: 'ALS', near: 'Chandwad toll plaza' },
            result:
              '{"reg": "MH-15-EM-0388", "type": "ALS", "base": "Chandwad", "eta_min": 6, "status": "available"}',
          },
          { say: 'MH-15-EM-0388 (ALS) at Chandwad base, available, ETA 6 min.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'blood_bank_checker', to: 'hospital_cell' },
      agent: 'blood_bank_checker',
    },
  }),
  defineScenario({
    id: 'amb108-triage-json-nahi-diya',
    title:
      'The triage agent had to return its priority code as JSON for the auto-dispatch parser but answered with a paragraph, and the parser threw before the dispatcher ran',
    domain: '108 ambulance: call triage',
    mast: ['FM-3.1'],
    request:
      'Call at 21:12 from Nandur village, Niphad taluka: 9-year-old boy bitten by a snake (caller says "nag", cobra) on the right foot 20 minutes ago, now drowsy, drooping eyelids. Triage and dispatch.',
    topology: { shape: 'pipeline', order: ['triage_agent', 'auto_dispatcher'] },
    program: {
      crash: {
        agent: 'triage_agent',
        error:
          'SyntaxError: Unexpected token \'T\', "Triage: th"... is not valid JSON (JSON.parse at parseTriage, dispatch/auto.ts:41)',
      },
    },
    agents: [
      {
        name: 'triage_agent',
        description: 'Classifies 108 calls by priority using the state triage protocol',
        instructions:
          'Answer ONLY with JSON: {"priority": "P1"|"P2"|"P3", "complaint": string, "vehicle": "ALS"|"BLS", "location": string}. No other text.',
        replies: [
          {
            say: 'Triage: this is a **P1** emergency – neurotoxic snake bite (cobra) in a child with ptosis and drowsiness, anti-snake venom needed urgently. Send an ALS vehicle to Nandur village, Niphad taluka, and pre-alert a hospital that stocks ASV and has a ventilator.',
          },
        ],
      },
      {
        name: 'auto_dispatcher',
        description: 'Dispatches the vehicle from the parsed triage record',
        instructions: 'Dispatch the vehicle type and priority given in the triage JSON.',
        prompt: 'Triage record (JSON):\n{input}',
        replies: [
          {
            call: 'dispatch_vehicle',
            args: { priority: 'P1', type: 'ALS', location: 'Nandur, Niphad' },
            result: '{"dispatch_id": "DSP-0916-7730", "reg": "MH-15-EM-0451", "eta_min": 16}',
          },
          { say: 'P1 dispatch DSP-0916-7730: MH-15-EM-0451 (ALS) to Nandur, ETA 16 min.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'triage_agent', to: 'auto_dispatcher' },
      agent: 'triage_agent',
    },
  }),
  defineScenario({
    id: 'amb108-mis-report-wahi-draft-baar-baar',
    title:
      'The daily MIS report writer sent the same draft back three times while the reviewer kept asking for the response-time split by urban and rural calls',
    domain: '108 ambulance: daily MIS report',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Prepare the 108 daily MIS report for Nashik district for 15 Sept 2026 for the NHM state office: total calls, cases attended, average response time shown separately for urban (target 20 min) and rural (target 30 min) calls, and vehicles off-road.',
    topology: {
      shape: 'pipeline',
      order: ['mis_writer', 'mis_reviewer', 'nhm_sender'],
      loop: { from: 'mis_reviewer', to: 'mis_writer', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'mis_writer',
        description: 'Writes the daily MIS report from the CAD system',
        instructions: 'Draft the report; when the reviewer asks for changes, make them.',
        prompt: 'Request or reviewer note:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            say: 'DAILY MIS – 108 Nashik – 15/09/2026\n- Total calls received: 1,284 (emergency 612, enquiry/blank 672)\n- Cases attended: 587\n- Average response time: 24.6 min\n- Vehicles off-road: 4 of 96 (MH-15-EM-0133 tyre, -0208 AC, -0317 accident repair, -0402 RTO fitness)',
          },
          {
            say: 'DAILY MIS – 108 Nashik – 15/09/2026\n- Total calls received: 1,284 (emergency 612, enquiry/blank 672)\n- Cases attended: 587\n- Average response time: 24.6 min\n- Vehicles off-road: 4 of 96 (MH-15-EM-0133 tyre, -0208 AC, -0317 accident repair, -0402 RTO fitness)',
          },
          {
            say: 'DAILY MIS – 108 Nashik – 15/09/2026\n- Total calls received: 1,284 (emergency 612, enquiry/blank 672)\n- Cases attended: 587\n- Average response time: 24.6 min\n- Vehicles off-road: 4 of 96 (MH-15-EM-0133 tyre, -0208 AC, -0317 accident repair, -0402 RTO fitness)',
          },
          {
            say: 'DAILY MIS – 108 Nashik – 15/09/2026\n- Total calls received: 1,284 (emergency 612, enquiry/blank 672)\n- Cases attended: 587\n- Average response time: 24.6 min\n- Vehicles off-road: 4 of 96 (MH-15-EM-0133 tyre, -0208 AC, -0317 accident repair, -0402 RTO fitness)',
          },
        ],
      },
      {
        name: 'mis_reviewer',
        description: 'Checks the MIS report against the NHM format',
        instructions:
          'Answer "APPROVED" if the report meets the format, else "REVISE: ..." with what is missing.',
        prompt: 'Draft to review:\n{input}',
        replies: [
          {
            say: 'REVISE: NHM format needs average response time separately for urban (target 20 min) and rural (target 30 min) calls. Only one combined figure (24.6 min) is given.',
          },
          {
            say: 'REVISE: the draft is unchanged. Please split the 24.6 min into urban and rural averages from the CAD data.',
          },
          {
            say: 'REVISE: third time the same draft. Urban/rural response time split is still missing.',
          },
          {
            say: 'REVISE: still no urban/rural split; sending onward marked incomplete as per 10:00 deadline.',
          },
        ],
      },
      {
        name: 'nhm_sender',
        description: 'Sends the MIS to the NHM state office',
        instructions: 'Send the reviewed report and log the submission.',
        prompt: 'Reviewer outcome:\n{input}',
        replies: [
          {
            call: 'nhm_mis_upload',
            args: { district: 'Nashik', date: '2026-09-15', status: 'incomplete' },
            result: '{"upload_id": "NHM-MIS-0915-NSK", "status": "received", "flag": "format incomplete"}',
          },
          {
            say: 'MIS for 15/09/2026 uploaded to NHM (NHM-MIS-0915-NSK), flagged incomplete: urban/rural response time split missing.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'mis_writer', to: 'mis_reviewer' },
      agent: 'mis_writer',
    },
  }),
  defineScenario({
    id: 'amb108-pmjay-preauth-error-chhupaya',
    title:
      'The PM-JAY desk got a "beneficiary not found" error from the pre-authorisation API and told the router the cashless pre-auth was approved',
    domain: '108 ambulance: admission under PM-JAY (Ayushman Bharat)',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Patient Ramesh Bhoir (47) brought by 108 to Wockhardt Hospital Nashik (empanelled under MJPJAY/PM-JAY) with acute MI. Family has Ayushman card, PM-JAY ID 4MH7K29Q1. Raise cashless pre-authorisation for PTCA and confirm the cath-lab bed so the family is not asked for deposit.',
    topology: {
      shape: 'network',
      coordinator: 'admission_router',
      workers: ['pmjay_desk', 'cathlab_bed_desk'],
    },
    agents: [
      {
        name: 'admission_router',
        description: 'Routes admission work to the desks and decides when it is done',
        instructions: 'Get the pre-auth and the bed confirmed, then answer the family.',
        replies: [
          {
            handoff: 'pmjay_desk',
            message:
              'Raise PM-JAY pre-auth for PTCA for Ramesh Bhoir, PM-JAY ID 4MH7K29Q1, at Wockhardt Hospital Nashik.',
          },
          {
            handoff: 'cathlab_bed_desk',
            message:
              'Confirm the cath-lab bed at Wockhardt Nashik for Ramesh Bhoir, acute MI, arriving by 108.',
          },
          {
            say: 'Bhoir parivaar ke liye: Ramesh ji ka cashless pre-authorisation under PM-JAY is **approved** (ref PA-MH-260916-88412) for PTCA, and cath-lab bed CL-3 is confirmed at Wockhardt Nashik. No deposit is to be taken; show the Ayushman card at the TPA counter.',
          },
        ],
      },
      {
        name: 'pmjay_desk',
        description: 'Raises pre-authorisation on the PM-JAY TMS portal',
        instructions: 'Raise the pre-auth and report its status and reference exactly.',
        replies: [
          {
            call: 'tms_preauth_raise',
            args: { pmjay_id: '4MH7K29Q1', hospital: 'HOSP27M10452', package: 'MC011A PTCA single stent' },
            result: {
              error: 'TMS-404: beneficiary not found for PM-JAY ID 4MH7K29Q1 (check ID or perform BIS e-KYC)',
            },
          },
          {
            say: 'Pre-auth raised on TMS for Ramesh Bhoir, package MC011A (PTCA single stent). Status: approved, ref PA-MH-260916-88412.',
          },
        ],
      },
      {
        name: 'cathlab_bed_desk',
        description: 'Confirms cath-lab and CCU beds',
        instructions: 'Block the cath-lab bed and report it.',
        replies: [
          {
            call: 'cathlab_block',
            args: { hospital: 'Wockhardt Nashik', patient: 'Ramesh Bhoir' },
            result: '{"bed": "CL-3", "team": "Dr. V. Deshpande", "status": "blocked"}',
          },
          { say: 'Cath-lab bed CL-3 blocked at Wockhardt Nashik, team Dr. V. Deshpande.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'pmjay_desk', to: 'admission_router' },
      agent: 'pmjay_desk',
    },
  }),
  defineScenario({
    id: 'amb108-parivaar-sms-marathi-nahi',
    title:
      'The caller asked for the family update SMS in Marathi with the hospital address; the notifier wrote it in English and left the address out',
    domain: '108 ambulance: family notification',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'My mother Shantabai Jadhav (71) was taken by 108 from Panchavati after a fall, hip pain. My brother in Yeola reads only Marathi. Please send him an SMS on 98220 41763 in Marathi saying which hospital she is taken to, with the full hospital address and ward.',
    topology: {
      shape: 'branch',
      classifier: 'call_classifier',
      routes: { trauma: 'trauma_tracker', medical: 'medical_tracker' },
      after: 'family_notifier',
    },
    agents: [
      {
        name: 'call_classifier',
        description: 'Classifies follow-up calls',
        instructions: 'Answer "trauma" for injuries and falls, "medical" for illness.',
        replies: [{ say: 'trauma' }],
      },
      {
        name: 'trauma_tracker',
        description: 'Finds where a trauma patient was taken',
        instructions: 'Look up the case and report the hospital, address and ward.',
        prompt: 'Type: {input}\n\nCaller: {request}',
        replies: [
          {
            call: 'case_lookup',
            args: { patient: 'Shantabai Jadhav', pickup: 'Panchavati', date: '2026-09-16' },
            result:
              '{"case_id": "108-NSK-260916-0501", "hospital": "Dr. Vasantrao Pawar Medical College Hospital", "address": "Adgaon, Nashik 422003", "ward": "Orthopaedic Ward 6, bed 14", "handover_time": "11:42"}',
          },
          {
            say: 'Case 108-NSK-260916-0501: Shantabai Jadhav handed over at 11:42 to Dr. Vasantrao Pawar Medical College Hospital, Adgaon, Nashik 422003 – Orthopaedic Ward 6, bed 14.',
          },
        ],
      },
      {
        name: 'medical_tracker',
        description: 'Finds where a medical patient was taken',
        instructions: 'Look up the case and report the hospital.',
        replies: [{ say: 'No medical case found.' }],
      },
      {
        name: 'family_notifier',
        description: 'Sends SMS updates to the family',
        instructions:
          'Send the SMS in the language the caller asked for, with everything the caller asked to include.',
        prompt: 'Case details:\n{input}\n\nCaller request: {request}',
        replies: [
          {
            call: 'sms_send',
            args: {
              to: '+919822041763',
              lang: 'en',
              text: '108 update: Shantabai Jadhav has been admitted to Dr. Vasantrao Pawar Medical College Hospital. Case 108-NSK-260916-0501.',
            },
            result: '{"sms_id": "SMS-0916-22871", "status": "delivered"}',
          },
          {
            say: 'SMS sent to 98220 41763 (SMS-0916-22871, delivered): "108 update: Shantabai Jadhav has been admitted to Dr. Vasantrao Pawar Medical College Hospital. Case 108-NSK-260916-0501."',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'trauma_tracker', to: 'family_notifier' },
      agent: 'family_notifier',
    },
  }),
  defineScenario({
    id: 'amb108-diversion-hatne-ke-baad-purana-hospital',
    title:
      'The bed desk told the shift in-charge that Civil Hospital Nashik lifted its casualty diversion at 16:30, but the in-charge still briefed the dispatcher to avoid it and go to Malegaon 100 km away',
    domain: '108 ambulance: hospital diversion status',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Burns case from Ozar MIDC (factory boiler blast, 16:41): male worker, 35 yrs, ~30% burns, conscious. Civil Hospital Nashik burns ward was on diversion since morning. Check the current diversion status and send the ambulance to the nearest burns unit that is accepting.',
    topology: {
      shape: 'supervisor',
      coordinator: 'shift_incharge',
      workers: ['bed_desk', 'dispatcher'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'shift_incharge',
        description: '108 control room shift in-charge',
        instructions:
          'Check diversion status with the bed desk, then brief the dispatcher with the destination.',
        replies: [
          {
            handoff: 'bed_desk',
            message:
              'Current diversion status of burns units near Ozar MIDC, especially Civil Hospital Nashik.',
          },
          {
            handoff: 'dispatcher',
            message:
              'Burns case at Ozar MIDC, 30% burns. Civil Hospital Nashik burns ward is on diversion – do not take him there. Send ALS to Civil Hospital Malegaon burns unit (approx 100 km).',
          },
          {
            say: 'Ozar MIDC burns case: MH-15-EM-0364 (ALS) dispatched, destination Civil Hospital Malegaon burns unit, ETA to site 12 min, transport ~2 hr 10 min. Civil Hospital Nashik avoided due to diversion.',
          },
        ],
      },
      {
        name: 'bed_desk',
        description: 'Tracks hospital diversion and beds',
        instructions: 'Report the live diversion status with time.',
        replies: [
          {
            call: 'diversion_status',
            args: { speciality: 'burns', near: 'Ozar MIDC' },
            result:
              '{"as_of": "16:44", "units": [{"hospital": "Civil Hospital Nashik", "diversion": false, "diversion_lifted_at": "16:30", "burns_beds_free": 3, "km_from_ozar": 21}, {"hospital": "Civil Hospital Malegaon", "diversion": false, "burns_beds_free": 1, "km_from_ozar": 98}]}',
          },
          {
            say: 'As of 16:44: Civil Hospital Nashik **lifted its burns diversion at 16:30**, 3 burns beds free, 21 km from Ozar. Civil Hospital Malegaon: accepting, 1 bed, 98 km. Nashik is the nearest accepting burns unit.',
          },
        ],
      },
      {
        name: 'dispatcher',
        description: 'Dispatches vehicles to the briefed destination',
        instructions: 'Dispatch the nearest ALS and set the destination given in the brief.',
        replies: [
          {
            call: 'dispatch_vehicle',
            args: { type: 'ALS', pickup: 'Ozar MIDC', destination: 'Civil Hospital Malegaon' },
            result:
              '{"dispatch_id": "DSP-0916-8102", "reg": "MH-15-EM-0364", "eta_site_min": 12, "transport_est": "2h10m"}',
          },
          {
            say: 'DSP-0916-8102: MH-15-EM-0364 (ALS) to Ozar MIDC, ETA 12 min, then to Civil Hospital Malegaon (~2 hr 10 min).',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'shift_incharge', to: 'dispatcher' },
      agent: 'shift_incharge',
    },
  }),
  defineScenario({
    id: 'amb108-mci-police-brief-bheja-hi-nahi',
    title:
      'In a bus accident (mass casualty), the incident planner wrote a brief for the highway police liaison to clear a green corridor, but that brief was never sent and the liaison never ran',
    domain: '108 ambulance: mass casualty incident',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'MCI alert 07:20: MSRTC bus overturned at Kasara ghat (Mumbai-Nashik highway, km 112), about 28 injured, 6 serious. Plan the response: ambulances, hospital distribution, and a green corridor with highway police so ambulances are not stuck in the ghat traffic.',
    topology: {
      shape: 'fanout',
      planner: 'mci_planner',
      workers: ['ambulance_pool', 'hospital_distribution', 'police_liaison'],
      aggregator: 'mci_summary',
    },
    program: { lose: { to: 'police_liaison', prompt: null } },
    agents: [
      {
        name: 'mci_planner',
        description: 'Plans the MCI response and briefs the desks',
        instructions: 'Write one brief per desk.',
        replies: [
          {
            plan: {
              ambulance_pool:
                'Mobilise 8 ambulances (at least 4 ALS) to Kasara ghat km 112 from Igatpuri, Kasara, Ghoti and Shahapur bases.',
              hospital_distribution:
                'Distribute 6 serious (red) and 22 minor (green/yellow) patients across SDH Igatpuri, RH Kasara and Civil Hospital Nashik by capacity.',
              police_liaison:
                'Ask Highway Police Ghoti (HSP) to hold uphill traffic at km 108 and clear a green corridor from km 112 to Igatpuri from 07:40.',
            },
          },
        ],
      },
      {
        name: 'ambulance_pool',
        description: 'Mobilises ambulances',
        instructions: 'Mobilise the vehicles asked for.',
        replies: [
          {
            call: 'mobilise',
            args: { site: 'Kasara ghat km 112', count: 8, min_als: 4 },
            result:
              '{"vehicles": ["MH-15-EM-0511 ALS", "MH-15-EM-0514 ALS", "MH-04-EM-0220 ALS", "MH-04-EM-0231 ALS", "MH-15-EM-0520 BLS", "MH-15-EM-0522 BLS", "MH-04-EM-0244 BLS", "MH-15-EM-0530 BLS"], "first_eta_min": 14}',
          },
          { say: '8 vehicles mobilised (4 ALS, 4 BLS), first ETA 14 min.' },
        ],
      },
      {
        name: 'hospital_distribution',
        description: 'Distributes patients to hospitals',
        instructions: 'Distribute by capacity.',
        replies: [
          {
            say: 'Distribution: 4 red to Civil Hospital Nashik (trauma, 62 km), 2 red to SDH Igatpuri (18 km); 12 green/yellow to SDH Igatpuri, 10 to RH Kasara (6 km).',
          },
        ],
      },
      {
        name: 'police_liaison',
        description: 'Coordinates with highway police',
        instructions: 'Arrange traffic control and green corridors.',
        replies: [
          {
            call: 'police_request',
            args: { unit: 'HSP Ghoti', action: 'green corridor km 112 to Igatpuri' },
            result: '{"ack": "HSP-GHT-0917-14", "from": "07:40"}',
          },
          { say: 'HSP Ghoti acknowledged (HSP-GHT-0917-14): green corridor from 07:40.' },
        ],
      },
      {
        name: 'mci_summary',
        description: 'Writes the MCI situation report',
        instructions: 'Merge the desk outputs into the sitrep.',
        replies: [
          {
            say: 'SITREP – Kasara ghat MCI, 07:20\n- Ambulances: 8 mobilised (4 ALS, 4 BLS), first ETA 14 min\n- Hospitals: red – 4 Civil Hospital Nashik, 2 SDH Igatpuri; green/yellow – 12 SDH Igatpuri, 10 RH Kasara\n- Next update at 08:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'mci_planner', to: 'police_liaison' },
      agent: 'mci_planner',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'amb108-location-dms-mein-badla-ok',
    title:
      'Call taker passed decimal GPS and IST time; the dispatcher handed the crew the same fix in degrees-minutes-seconds and the time in UTC for the AVLS log, both converted correctly',
    domain: '108 ambulance: caller location handover',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context / low_quality_output: figures change form between agents (decimal to DMS, IST to UTC) but every value is the same',
    request:
      'Caller at 14:32 IST: elderly man fainted at the bus stop near Mumbai Naka circle, Nashik, breathing, not responding properly. Caller shared WhatsApp location 19.9975, 73.7898. Send an ambulance.',
    topology: {
      shape: 'swarm',
      entry: 'call_taker',
      agents: ['call_taker', 'dispatcher', 'crew_liaison'],
    },
    agents: [
      {
        name: 'call_taker',
        description: 'Emergency response officer (ERO) who takes the 108 call',
        instructions: 'Record the call and transfer it to the dispatcher with location and time.',
        replies: [
          {
            handoff: 'dispatcher',
            message:
              'Case 108-NSK-260917-0622, call at 14:32 IST. Male ~70 yrs, syncope at bus stop near Mumbai Naka circle, breathing, responds to pain only. Location 19.9975, 73.7898 (WhatsApp pin). Priority P1.',
          },
        ],
      },
      {
        name: 'dispatcher',
        description: 'Dispatches the nearest vehicle',
        instructions:
          'Dispatch and pass the case to the crew liaison; the AVLS log takes UTC and DMS coordinates.',
        replies: [
          {
            call: 'dispatch_vehicle',
            args: { case_id: '108-NSK-260917-0622', lat: 19.9975, long: 73.7898, priority: 'P1' },
            result: '{"dispatch_id": "DSP-0917-6130", "reg": "MH-15-EM-0249", "type": "ALS", "eta_min": 6}',
          },
          {
            handoff: 'crew_liaison',
            message:
              'DSP-0917-6130, MH-15-EM-0249 (ALS), ETA 6 min. AVLS entry: call time 09:02 UTC, pin 19°59\'51"N 73°47\'23"E (Mumbai Naka circle bus stop). Male ~70, syncope, P1.',
          },
        ],
      },
      {
        name: 'crew_liaison',
        description: 'Keeps contact between the crew and the caller',
        instructions: 'Confirm the crew has the location and give the caller instructions.',
        replies: [
          {
            say: 'Crew of MH-15-EM-0249 has the pin 19°59\'51"N 73°47\'23"E (Mumbai Naka circle bus stop) and is 6 min away; AVLS logged the call at 09:02 UTC (14:32 IST). Caller told: keep him lying on his side, loosen the collar, do not give water, stay on the line until the gaadi reaches.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'amb108-nicu-cot-naya-figure-sahi',
    title:
      'The NICU desk first reported 2 free cots, then corrected it to 0 after a 10:05 admission and pointed to another hospital; the router used the corrected figure',
    domain: '108 ambulance: newborn transfer',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: an older cot count appears in the run, but the router acts on the corrected one',
    request:
      'Newborn transfer from RH Trimbakeshwar: baby of Kavita Bhusare, born 09:20 today, 1.6 kg, breathing difficulty. Find a NICU cot and arrange the neonatal ambulance.',
    topology: {
      shape: 'network',
      coordinator: 'transfer_router',
      workers: ['nicu_desk', 'neonatal_fleet'],
    },
    agents: [
      {
        name: 'transfer_router',
        description: 'Routes the newborn transfer',
        instructions: 'Get a confirmed NICU cot, then a neonatal ambulance, then answer.',
        replies: [
          {
            handoff: 'nicu_desk',
            message: 'Free NICU cot for a 1.6 kg newborn with respiratory distress, from RH Trimbakeshwar.',
          },
          {
            handoff: 'neonatal_fleet',
            message:
              'Neonatal ambulance with transport incubator and ventilator: RH Trimbakeshwar to District Women Hospital Nashik, NICU cot N-07 (ref NC-0917-041).',
          },
          {
            say: 'Newborn of Kavita Bhusare: NICU cot N-07 at District Women Hospital Nashik (ref NC-0917-041). Neonatal ambulance MH-15-EM-0601 with incubator and ventilator leaves RH Trimbakeshwar base now, ETA 18 min.',
          },
        ],
      },
      {
        name: 'nicu_desk',
        description: 'Checks NICU cots',
        instructions: 'Report NICU cots; if a figure changes while you check, say so and give the latest.',
        replies: [
          {
            call: 'nicu_cots',
            args: { near: 'Trimbakeshwar', weight_kg: 1.6 },
            result:
              '{"as_of": "10:02", "units": [{"hospital": "Sahyadri Children Hospital", "id": "NICU-SCH", "free": 2}, {"hospital": "District Women Hospital Nashik", "id": "NICU-DWH", "free": 1}]}',
          },
          {
            call: 'nicu_cots',
            args: { near: 'Trimbakeshwar', weight_kg: 1.6, refresh: true },
            result:
              '{"as_of": "10:07", "units": [{"hospital": "Sahyadri Children Hospital", "id": "NICU-SCH", "free": 0, "note": "2 admissions 10:05"}, {"hospital": "District Women Hospital Nashik", "id": "NICU-DWH", "free": 1, "cot": "N-07"}]}',
          },
          {
            call: 'nicu_block',
            args: { unit: 'NICU-DWH', cot: 'N-07' },
            result: '{"ref": "NC-0917-041", "status": "blocked"}',
          },
          {
            say: 'At 10:02 Sahyadri Children Hospital showed 2 free cots, but by 10:07 both were taken (2 admissions at 10:05). Blocked cot N-07 at District Women Hospital Nashik instead, ref NC-0917-041.',
          },
        ],
      },
      {
        name: 'neonatal_fleet',
        description: 'Dispatches neonatal ambulances',
        instructions: 'Dispatch the vehicle with the equipment asked for.',
        replies: [
          {
            call: 'dispatch_vehicle',
            args: {
              type: 'neonatal',
              pickup: 'RH Trimbakeshwar',
              destination: 'District Women Hospital Nashik',
            },
            result:
              '{"reg": "MH-15-EM-0601", "equipment": ["transport incubator", "neonatal ventilator"], "eta_min": 18}',
          },
          { say: 'MH-15-EM-0601 (incubator + ventilator) dispatched, ETA 18 min.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'amb108-fuel-claim-retry-ke-baad-ok',
    title:
      'The fuel-card API timed out once for the monthly fuel reconciliation; the fuel checker retried and reported only the figures from the successful call',
    domain: '108 ambulance: fleet fuel and maintenance reconciliation',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error answered by a retry whose result is what gets reported',
    request:
      'Reconcile August 2026 fuel and maintenance for the Nashik 108 fleet (96 vehicles) for the operator invoice to NHM: diesel litres and amount from the IOCL fuel card, km run from AVLS, and off-road days.',
    topology: {
      shape: 'nested',
      top: 'fleet_manager',
      teams: { fuel_lead: ['fuel_checker', 'avls_checker'], maintenance_lead: ['offroad_checker'] },
    },
    agents: [
      {
        name: 'fleet_manager',
        description: 'District fleet manager',
        instructions: 'Get fuel and maintenance figures from the leads and write the reconciliation.',
        replies: [
          {
            handoff: 'fuel_lead',
            message:
              'August 2026: diesel litres and amount (IOCL card) and km run (AVLS) for all 96 vehicles.',
          },
          { handoff: 'maintenance_lead', message: 'August 2026: total off-road vehicle-days with reasons.' },
          {
            say: 'AUGUST 2026 FLEET RECONCILIATION – 108 Nashik (96 vehicles)\n- Diesel: 61,482 L, ₹56,14,329 (IOCL fuel card statement FC-NSK-2608)\n- Km run (AVLS): 6,27,115 km → 10.2 km/L fleet average\n- Off-road: 74 vehicle-days (tyres 21, AC 9, accident repair 32, RTO fitness 12)\nReady for the operator invoice to NHM.',
          },
        ],
      },
      {
        name: 'fuel_lead',
        description: 'Fuel cell lead',
        instructions: 'Get fuel and km figures and report them.',
        replies: [
          {
            handoff: 'fuel_checker',
            message: 'IOCL fuel card: August 2026 diesel litres and amount, Nashik 108 fleet.',
          },
          { handoff: 'avls_checker', message: 'AVLS: August 2026 km run, Nashik 108 fleet.' },
          { say: 'August: 61,482 L diesel, ₹56,14,329 (FC-NSK-2608); 6,27,115 km run; 10.2 km/L.' },
        ],
      },
      {
        name: 'fuel_checker',
        description: 'Reads the IOCL fuel card statement',
        instructions: 'Fetch the statement; retry on timeouts; report only figures you actually received.',
        replies: [
          {
            call: 'iocl_fuelcard_statement',
            args: { account: 'EMRI-NSK-108', month: '2026-08' },
            result: { error: 'ETIMEDOUT: fleet card gateway did not respond in 30s' },
          },
          {
            call: 'iocl_fuelcard_statement',
            args: { account: 'EMRI-NSK-108', month: '2026-08' },
            result:
              '{"statement_id": "FC-NSK-2608", "vehicles": 96, "litres": 61482, "amount_inr": 5614329, "transactions": 2871}',
            waitMs: 4000,
          },
          {
            say: 'Statement FC-NSK-2608 (after one gateway timeout, retried): 96 vehicles, 2,871 fills, 61,482 L, ₹56,14,329.',
          },
        ],
      },
      {
        name: 'avls_checker',
        description: 'Reads AVLS trip data',
        instructions: 'Report km run.',
        replies: [
          {
            call: 'avls_km',
            args: { fleet: 'NSK-108', month: '2026-08' },
            result: '{"vehicles": 96, "km": 627115}',
          },
          { say: 'AVLS August: 6,27,115 km across 96 vehicles.' },
        ],
      },
      {
        name: 'maintenance_lead',
        description: 'Maintenance cell lead',
        instructions: 'Get the off-road figures.',
        replies: [
          { handoff: 'offroad_checker', message: 'August 2026 off-road vehicle-days with reasons.' },
          { say: '74 off-road vehicle-days: tyres 21, AC 9, accident repair 32, RTO fitness 12.' },
        ],
      },
      {
        name: 'offroad_checker',
        description: 'Reads the workshop off-road log',
        instructions: 'Report off-road vehicle-days by reason.',
        replies: [
          {
            call: 'offroad_log',
            args: { fleet: 'NSK-108', month: '2026-08' },
            result:
              '{"total_days": 74, "by_reason": {"tyres": 21, "ac": 9, "accident_repair": 32, "rto_fitness": 12}}',
          },
          { say: 'Off-road August: 74 vehicle-days (tyres 21, AC 9, accident repair 32, RTO fitness 12).' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'amb108-pvt-hospital-mana-optional-ok',
    title:
      'For a dengue surge bed plan, the optional private-hospital desk said it could not confirm beds; the planner had marked that branch optional and the final plan uses only government beds',
    domain: '108 ambulance: seasonal surge bed plan',
    mast: ['FM-3.1', 'FM-2.4'],
    nearMissOf:
      'low_quality_output: one fan-out worker returns no usable answer, but its brief was optional and the merged plan does not rely on it',
    request:
      'Dengue cases are rising in Malegaon (142 admissions this week). Plan for the next 7 days: reserve 40 beds with platelet support across government hospitals, keep 3 ambulances on standby for inter-facility transfers. Private hospital beds only if easily available – not required.',
    topology: {
      shape: 'fanout',
      planner: 'surge_planner',
      workers: ['govt_bed_desk', 'pvt_bed_desk', 'standby_fleet'],
      aggregator: 'surge_plan_writer',
    },
    agents: [
      {
        name: 'surge_planner',
        description: 'Plans the surge response',
        instructions: 'Write one brief per desk; mark optional work as optional.',
        replies: [
          {
            plan: {
              govt_bed_desk:
                'Reserve 40 beds with platelet support (blood bank with apheresis or RDP) across government hospitals within 60 km of Malegaon, 18–24 Sept 2026.',
              pvt_bed_desk:
                'OPTIONAL: check if MJPJAY-empanelled private hospitals in Malegaon can offer dengue beds for 18–24 Sept. Not needed for the plan.',
              standby_fleet:
                'Keep 3 ambulances (at least 1 ALS) on standby at Malegaon for inter-facility transfers, 18–24 Sept.',
            },
          },
        ],
      },
      {
        name: 'govt_bed_desk',
        description: 'Reserves government hospital beds',
        instructions: 'Reserve the beds asked for.',
        replies: [
          {
            call: 'bed_reserve_bulk',
            args: {
              need: 40,
              support: 'platelets',
              from: '2026-09-18',
              to: '2026-09-24',
              near: 'Malegaon',
              radius_km: 60,
            },
            result:
              '{"reservations": [{"hospital": "General Hospital Malegaon", "beds": 22, "ref": "RS-0918-11"}, {"hospital": "SDH Manmad", "beds": 8, "ref": "RS-0918-12"}, {"hospital": "Civil Hospital Nashik", "beds": 10, "ref": "RS-0918-13"}], "total": 40}',
          },
          {
            say: '40 beds reserved: General Hospital Malegaon 22 (RS-0918-11), SDH Manmad 8 (RS-0918-12), Civil Hospital Nashik 10 (RS-0918-13).',
          },
        ],
      },
      {
        name: 'pvt_bed_desk',
        description: 'Checks private hospital beds',
        instructions: 'Check the private hospitals asked about.',
        replies: [
          {
            say: 'Could not confirm any private beds: the two empanelled hospitals in Malegaon (Sanjeevani, Lifeline) say bed allocation will be decided by their management on Monday.',
          },
        ],
      },
      {
        name: 'standby_fleet',
        description: 'Arranges standby vehicles',
        instructions: 'Place the vehicles on standby.',
        replies: [
          {
            call: 'standby_assign',
            args: { base: 'Malegaon', count: 3, min_als: 1, from: '2026-09-18', to: '2026-09-24' },
            result:
              '{"vehicles": ["MH-41-EM-0107 ALS", "MH-41-EM-0112 BLS", "MH-41-EM-0115 BLS"], "status": "standby"}',
          },
          { say: 'Standby at Malegaon: MH-41-EM-0107 (ALS), MH-41-EM-0112 (BLS), MH-41-EM-0115 (BLS).' },
        ],
      },
      {
        name: 'surge_plan_writer',
        description: 'Writes the surge plan',
        instructions: 'Merge the desk results into the plan.',
        replies: [
          {
            say: 'DENGUE SURGE PLAN – Malegaon, 18–24 Sept 2026\n| Hospital | Beds | Ref |\n|---|---|---|\n| General Hospital Malegaon | 22 | RS-0918-11 |\n| SDH Manmad | 8 | RS-0918-12 |\n| Civil Hospital Nashik | 10 | RS-0918-13 |\n| **Total** | **40** | |\nStandby: MH-41-EM-0107 (ALS), MH-41-EM-0112, MH-41-EM-0115 at Malegaon.\nPrivate beds: none confirmed (optional, not part of the plan).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'amb108-kumbh-brief-alag-shabdon-mein-ok',
    title:
      'The Kumbh mela control supervisor reworded the standby request for the fleet desk, keeping every constraint (12 vehicles, 4 ALS, 3 ghats, 04:00–14:00, bike ambulances for lanes)',
    domain: '108 ambulance: mass gathering standby',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: the brief is paraphrased, but vehicle counts, places, hours and types all survive',
    request:
      'For the Shahi Snan on 12 Sept 2027 at the Nashik Kumbh, station 12 ambulances – of which 4 must be ALS – at Ramkund, Tapovan and Kushavarta (Trimbak) from 04:00 to 14:00, plus 6 bike ambulances (First Responder Bikes) for the narrow lanes near Ramkund. Also tell the mela hospital what to expect.',
    topology: {
      shape: 'supervisor',
      coordinator: 'mela_supervisor',
      workers: ['fleet_desk', 'mela_hospital_liaison'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'mela_supervisor',
        description: 'Kumbh mela 108 control supervisor',
        instructions: 'Brief the fleet desk and the hospital liaison, then give the deployment order.',
        replies: [
          {
            handoff: 'fleet_desk',
            message:
              'Shahi Snan, 12/09/2027, 0400–1400 hrs. Points: Ramkund, Tapovan, Kushavarta (Trimbak). Total four-wheelers: 12, with ALS not less than 4. Two-wheeler FRBs: 6, all for the galli area around Ramkund.',
          },
          {
            handoff: 'mela_hospital_liaison',
            message:
              'Tell the mela hospital at Tapovan to expect 108 handovers from 04:00 to 14:00 on 12 Sept 2027.',
          },
          {
            say: 'DEPLOYMENT ORDER – Shahi Snan 12/09/2027, 04:00–14:00\n- Ramkund: 5 (2 ALS) + 6 FRBs in the lanes\n- Tapovan: 4 (1 ALS)\n- Kushavarta: 3 (1 ALS)\n- Total 12 ambulances (4 ALS), 6 FRBs. Mela hospital Tapovan informed (ref MH-KMB-0912).',
          },
        ],
      },
      {
        name: 'fleet_desk',
        description: 'Allocates vehicles',
        instructions: 'Allocate exactly what the brief asks.',
        replies: [
          {
            call: 'standby_assign',
            args: {
              date: '2027-09-12',
              window: '04:00-14:00',
              points: {
                Ramkund: { total: 5, als: 2, frb: 6 },
                Tapovan: { total: 4, als: 1 },
                Kushavarta: { total: 3, als: 1 },
              },
            },
            result:
              '{"order": "SB-KMB-0912-01", "ambulances": 12, "als": 4, "frb": 6, "status": "confirmed"}',
          },
          {
            say: 'Order SB-KMB-0912-01: Ramkund 5 (2 ALS) + 6 FRBs, Tapovan 4 (1 ALS), Kushavarta 3 (1 ALS). 12 ambulances, 4 ALS, 6 FRBs, 04:00–14:00.',
          },
        ],
      },
      {
        name: 'mela_hospital_liaison',
        description: 'Coordinates with the mela hospital',
        instructions: 'Inform the hospital.',
        replies: [
          {
            call: 'hospital_notice',
            args: { hospital: 'Mela Hospital Tapovan', date: '2027-09-12', window: '04:00-14:00' },
            result: '{"ref": "MH-KMB-0912", "ack": "CMO Dr. P. Bagul"}',
          },
          { say: 'Mela Hospital Tapovan informed, ref MH-KMB-0912, acknowledged by CMO Dr. P. Bagul.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'amb108-response-time-audit-do-round-ok',
    title:
      'A long response-time audit for August went round the revise loop twice; each time the auditor fixed exactly what the reviewer flagged',
    domain: '108 ambulance: monthly response-time audit',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: a revise loop with two rounds and many ids and counters, but each draft changes as asked',
    request:
      'Audit August 2026 response times for 108 Nashik against the NHM service levels (urban 20 min, rural 30 min, tribal 40 min). List blocks that missed target with their averages, and the 5 worst cases by case id. Then file it with the district health officer.',
    topology: {
      shape: 'pipeline',
      order: ['rt_auditor', 'rt_reviewer', 'dho_filer'],
      loop: { from: 'rt_reviewer', to: 'rt_auditor', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'rt_auditor',
        description: 'Audits response times from CAD data',
        instructions: 'Write the audit; apply every reviewer correction.',
        prompt: 'Request or reviewer note:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            call: 'cad_response_times',
            args: { district: 'Nashik', month: '2026-08', group_by: ['area_type', 'block'] },
            result:
              '{"cases": 17842, "urban": {"avg_min": 18.4}, "rural": {"avg_min": 27.9}, "tribal": {"avg_min": 43.1}, "blocks_missed": [{"block": "Surgana", "type": "tribal", "avg_min": 51.6}, {"block": "Peint", "type": "tribal", "avg_min": 47.2}, {"block": "Nandgaon", "type": "rural", "avg_min": 33.8}], "worst": ["108-NSK-260811-0932 (96 min)", "108-NSK-260823-0217 (91 min)", "108-NSK-260804-0655 (88 min)", "108-NSK-260819-1120 (84 min)", "108-NSK-260827-0048 (83 min)"]}',
          },
          {
            say: 'AUDIT v1 – Aug 2026 (17,842 cases)\nUrban 18.4 min (OK), rural 27.9 min (OK), tribal 43.1 min (missed 40).\nBlocks missed: Surgana 51.6, Peint 47.2.\nWorst: 108-NSK-260811-0932 (96), -260823-0217 (91), -260804-0655 (88), -260819-1120 (84), -260827-0048 (83).',
          },
          {
            say: 'AUDIT v2 – Aug 2026 (17,842 cases)\nUrban 18.4 min (OK), rural 27.9 min (OK), tribal 43.1 min (missed 40).\nBlocks missed: Surgana (tribal) 51.6, Peint (tribal) 47.2, **Nandgaon (rural) 33.8**.\nWorst: 108-NSK-260811-0932 (96), -260823-0217 (91), -260804-0655 (88), -260819-1120 (84), -260827-0048 (83).',
          },
          {
            say: 'AUDIT v3 – Aug 2026 (17,842 cases)\nUrban 18.4 min (target 20, met), rural 27.9 min (target 30, met), tribal 43.1 min (target 40, missed).\nBlocks missed: Surgana (tribal) 51.6, Peint (tribal) 47.2, Nandgaon (rural) 33.8.\nWorst 5 cases (minutes): 108-NSK-260811-0932 (96), 108-NSK-260823-0217 (91), 108-NSK-260804-0655 (88), 108-NSK-260819-1120 (84), 108-NSK-260827-0048 (83).',
          },
        ],
      },
      {
        name: 'rt_reviewer',
        description: 'Reviews the audit',
        instructions: 'Answer "APPROVED: ..." or "REVISE: ..." with what to fix.',
        prompt: 'Audit draft:\n{input}',
        replies: [
          { say: 'REVISE: Nandgaon (rural, 33.8 min) also missed its 30-min target and is not listed.' },
          {
            say: 'REVISE: Nandgaon added, thanks. Write the targets next to each average and the worst case ids in full (not -2608…).',
          },
          { say: 'APPROVED: v3 lists all three missed blocks, targets beside averages, and full case ids.' },
        ],
      },
      {
        name: 'dho_filer',
        description: 'Files reports with the district health officer',
        instructions: 'File the approved report.',
        prompt: 'Review result:\n{input}',
        replies: [
          {
            call: 'dho_file',
            args: { report: 'RT audit Aug 2026 v3', district: 'Nashik' },
            result: '{"inward_no": "DHO-NSK-IN-2609-0457", "date": "2026-09-05"}',
          },
          { say: 'Audit v3 filed with DHO Nashik, inward no. DHO-NSK-IN-2609-0457 dated 05/09/2026.' },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch192Scenarios = [...faults, ...healthy];
