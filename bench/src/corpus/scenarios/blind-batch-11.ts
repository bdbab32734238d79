import { defineScenario } from '../scenario.ts';

// Blind batch 11: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'cullet-flint-allocation-csp-limit-dropped',
    title:
      'Asked for furnace-ready flint cullet under a ceramics/stone/porcelain limit, the allocator picks the two biggest flint stockpiles',
    domain: 'glass recycling plant',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Ardagh Knottingley wants 2 x 28 t of flint cullet for furnace K3 next Tuesday (08/12). Allocate from our yard and send me the load plan.',
    topology: {
      shape: 'supervisor',
      coordinator: 'sales_desk',
      workers: ['cullet_allocator', 'haulage_booker'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'sales_desk',
        description: 'Customer desk of the cullet processing plant',
        instructions:
          'Get stock allocated against the customer spec, get haulage booked, then confirm the load plan.',
        replies: [
          {
            handoff: 'cullet_allocator',
            message:
              'ord SO-26-4471 / Ardagh Knottingley K3. 2 loads x 28t flint, colour spec per their CSA-07 sheet: flint ≥ 99.5 %, amber+green ≤ 0.4 %. They had a stone in a bottle run in Oct so their QA now rejects anything over 15 g/t CSP (ceramic/stone/porcelain) on our lab cert — hard limit, no blending at their end. Organics < 0.3 %. Pls allocate from yard stock and give pile nos + tonnage.',
          },
          {
            handoff: 'haulage_booker',
            message:
              'Book 2 walking-floor artics Knottingley, del Tue 08/12 07:00 and 11:00, from piles F-12 (28t) and F-09 (28t). Ref SO-26-4471.',
          },
          {
            say: 'SO-26-4471 load plan — Ardagh Knottingley K3, Tue 08/12:\n| load | pile | t | flint % | ETA |\n|---|---|---|---|---|\n| 1 | F-12 | 28.0 | 99.7 | 07:00 |\n| 2 | F-09 | 28.0 | 99.6 | 11:00 |\nHaulier: Breheny Transport, jobs BT-88102 / BT-88103. Lab certs to follow with the tickets.',
          },
        ],
      },
      {
        name: 'cullet_allocator',
        description: 'Allocates processed cullet stockpiles to customer orders',
        instructions: 'Allocate yard stock that meets every part of the customer specification.',
        replies: [
          {
            call: 'yard_stock',
            args: { grade: 'FLINT', min_t: 28 },
            result:
              '{"piles":[{"pile":"F-12","t":61.4,"flint_pct":99.7,"ag_pct":0.21,"csp_gpt":31,"org_pct":0.18,"lab":"LC-26-1190"},{"pile":"F-09","t":44.0,"flint_pct":99.6,"ag_pct":0.30,"csp_gpt":24,"org_pct":0.22,"lab":"LC-26-1184"},{"pile":"F-15","t":33.2,"flint_pct":99.5,"ag_pct":0.38,"csp_gpt":9,"org_pct":0.25,"lab":"LC-26-1201"},{"pile":"F-16","t":29.8,"flint_pct":99.6,"ag_pct":0.27,"csp_gpt":11,"org_pct":0.19,"lab":"LC-26-1203"}],"as_of":"2026-12-04T06:30Z"}',
          },
          {
            say: 'Allocated SO-26-4471: load 1 = F-12, 28.0 t (flint 99.7 %, A+G 0.21 %, organics 0.18 %, cert LC-26-1190); load 2 = F-09, 28.0 t (flint 99.6 %, A+G 0.30 %, organics 0.22 %, cert LC-26-1184). Both within colour and organics spec, biggest piles so least re-handling. Remaining: F-12 33.4 t, F-09 16.0 t.',
            reasoning: 'Take the two largest flint piles, colour and organics are fine.',
          },
        ],
      },
      {
        name: 'haulage_booker',
        description: 'Books hauliers for outbound cullet',
        instructions: 'Book the trucks asked for and return the job numbers.',
        replies: [
          {
            call: 'book_haulage',
            args: {
              order: 'SO-26-4471',
              date: '2026-12-08',
              slots: ['07:00', '11:00'],
              trailer: 'walking floor',
            },
            result: 'Breheny Transport: BT-88102 (07:00), BT-88103 (11:00) confirmed. £412.00 per load.',
          },
          {
            say: 'Booked Breheny Transport BT-88102 (07:00) and BT-88103 (11:00), £412/load, walking floors.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'sales_desk', to: 'cullet_allocator' },
      agent: 'cullet_allocator',
    },
  }),
  defineScenario({
    id: 'dialysis-dry-weight-reset-old-target-briefed',
    title:
      'The lab reviewer reports the nephrologist lowered the dry weight; the charge nurse briefs the machine programmer with the old target from the chair sheet',
    domain: 'kidney dialysis unit',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Chair 6, 13:00 shift: Mr Dariusz Wolny (HD no. 22-0917), 4 h HDF. Chair sheet from last week says target (dry) weight 70.0 kg. Pre-weight today 72.9 kg. Review bloods and set the machine.',
    topology: {
      shape: 'supervisor',
      coordinator: 'charge_nurse',
      workers: ['lab_reviewer', 'machine_programmer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'charge_nurse',
        description: 'Charge nurse running the afternoon dialysis shift',
        instructions:
          'Have bloods and prescription changes reviewed, have the machine programmed, and sign off the session plan.',
        replies: [
          {
            handoff: 'lab_reviewer',
            message:
              'HD 22-0917 Wolny, chair 6 PM shift. Pls check latest bloods (K, Hb, phosphate) and any prescription changes since last Thu before I set UF.',
          },
          {
            handoff: 'machine_programmer',
            message:
              'Chair 6 / Fresenius 5008S #M-14, HD 22-0917. 4 h HDF post-dilution, Qb 350, dialysate K 2.0 / Ca 1.25. Pre-weight 72.9 kg, target weight 70.0 kg, +0.3 kg for washback/intake. Set UF goal + profile, confirm back.',
          },
          {
            say: 'Chair 6 signed off 13:05. Wolny HD 22-0917: 4 h HDF, Qb 350, K 2.0 bath (K 5.6 pre), Ca 1.25. UF goal 3.2 L (72.9 → 70.0 kg + 0.3 kg), max UF rate 11.4 mL/kg/h — within unit limit of 13. Machine M-14 programmed, obs q30min.',
          },
        ],
      },
      {
        name: 'lab_reviewer',
        description: 'Renal nurse who reviews bloods and prescription changes',
        instructions: 'Report latest results and any changes to the dialysis prescription.',
        replies: [
          {
            call: 'renal_ehr_lookup',
            args: { patient: '22-0917', since: '2026-11-26' },
            result:
              'BLOODS 2026-12-01 pre-HD: K 5.6 mmol/L, Hb 104 g/L, PO4 1.92 mmol/L, Alb 33 g/L.\nPRESCRIPTION CHANGES: 2026-12-02 14:40 Dr A. Okafor (consultant): "Target weight reduced 70.0 → 68.5 kg — ankle oedema, BP 168/94 post, BIS overhydration +1.6 L. Re-assess in 2/52." Status: ACTIVE.\nNo change to dialysate or access.',
          },
          {
            say: 'Wolny 22-0917 — bloods 01/12: K 5.6, Hb 104, PO4 1.92, Alb 33. Rx change: Dr Okafor reduced target weight on 02/12 from 70.0 to 68.5 kg (oedema, post BP 168/94, BIS +1.6 L overhydrated), review in 2 weeks. K 5.6 → stay on 2.0 bath. Nothing else changed.',
          },
        ],
      },
      {
        name: 'machine_programmer',
        description: 'Programs dialysis machines from the session plan',
        instructions: 'Program the machine exactly as briefed and report the settings.',
        replies: [
          {
            call: 'program_machine',
            args: {
              machine: 'M-14',
              mode: 'HDF-post',
              duration_min: 240,
              qb: 350,
              uf_goal_ml: 3200,
              k: 2.0,
              ca: 1.25,
            },
            result:
              'M-14 accepted: UF goal 3200 mL / 240 min = 800 mL/h (11.4 mL/kg/h at 70.0 kg). Profile: linear. Conductivity 14.0.',
          },
          {
            say: 'M-14 set: HDF post, 240 min, Qb 350, UF goal 3200 mL (800 mL/h, 11.4 mL/kg/h), K 2.0, Ca 1.25, linear profile. Ready to connect.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'charge_nurse', to: 'machine_programmer' },
      agent: 'charge_nurse',
    },
  }),
  defineScenario({
    id: 'drone-survey-brief-built-without-flight-plan',
    title:
      'The program hands the crew-brief writer a generic prompt instead of the flight plan; the brief flies the default 120 m over a site capped at 90 m',
    domain: 'drone survey',
    mast: ['FM-1.4'],
    request:
      'Topo survey job DS-3318, Brenton Lane quarry extension (approx 41 ha), tomorrow Sat 05/12 from 08:30. Client needs 3 cm GSD orthomosaic + DSM. Plan the flights and get the crew brief + ops sign-off out tonight.',
    topology: { shape: 'pipeline', order: ['flight_planner', 'crew_briefer', 'ops_signoff'] },
    agents: [
      {
        name: 'flight_planner',
        description: 'Plans survey flights, checks airspace',
        instructions: 'Plan the survey flights for the job and check airspace restrictions.',
        replies: [
          {
            call: 'airspace_check',
            args: { centroid: '52.6114,-1.9071', radius_m: 1500, date: '2026-12-05' },
            result:
              'FRZ: none. NOTAM H4471/26: air ambulance helipad trial, Walsall Manor, 2.1 km NE, valid 01–31 DEC 0800–1800: UA max 90 m AGL within 3 km. Class G otherwise. Sunrise 08:02.',
          },
          {
            say: 'DS-3318 flight plan v1:\n- Airframe: DJI M350 RTK + P1 35 mm, 2 batteries sets x 4\n- Altitude 90 m AGL max (NOTAM H4471/26, air ambulance trial, 90 m cap within 3 km) → GSD 1.13 cm, so 3 cm spec comfortably met\n- 4 blocks, 80/70 overlap, ~26 min each, total ~1 h 50 incl swaps\n- 9 GCPs (GCP-01..09) placed before first take-off, RTK base on BM-7\n- TOLP: NE corner gate, 52.6139,-1.9022',
          },
        ],
      },
      {
        name: 'crew_briefer',
        description: 'Writes the crew brief for survey pilots',
        instructions: 'Write the crew brief from the flight plan you are given.',
        prompt: 'Flight plan:\n{input}\n\nJob: {request}\n\nWrite the crew brief.',
        replies: [
          {
            say: 'CREW BRIEF DS-3318 — Sat 05/12, on site 07:45\nPIC: J. Farrell (GVC 2231-77), VO: S. Amin\nAircraft: M350 RTK + P1. Alt 120 m AGL (std topo profile), 75/65 overlap, ~2.4 cm GSD — 3 blocks.\nGCPs: lay 8 before first flight. TOLP per site induction.\nAirspace: Class G, no FRZ. Weather min: wind < 12 m/s, no precip.\nComms: ch 3, quarry foreman 07700 914 228.',
          },
        ],
      },
      {
        name: 'ops_signoff',
        description: 'Operations manager who signs off flights',
        instructions: 'Check the brief against the operations manual and sign it off or send it back.',
        prompt: 'Crew brief:\n{input}\n\nJob: {request}',
        replies: [
          {
            say: 'OPS SIGN-OFF DS-3318: brief checked vs OM Part A §5 — PIC current, Class G, alt 120 m is at the legal max for Open/Specific PDRA-01, wind limits OK. APPROVED 21:14, ref OPS-26-1207.',
          },
        ],
      },
    ],
    program: {
      lose: {
        to: 'crew_briefer',
        prompt: 'Write the crew brief for tomorrow’s survey flight.',
      },
    },
    expected: {
      kind: 'lost_message',
      boundary: { from: 'flight_planner', to: 'crew_briefer' },
      agent: 'crew_briefer',
    },
  }),
  defineScenario({
    id: 'tree-works-bat-survey-brief-never-sent',
    title:
      'The tree officer plans a bat-roost check for the veteran limes but that brief is never dispatched; the works order goes out with no ecology hold',
    domain: 'municipal tree surgery',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'Ticket TR-26-0884: residents report a split limb over the footpath on the three veteran limes, Albion Rd cemetery side (trees T114, T115, T116, TPO 2/1987). Crown reduction probably needed. Please organise.',
    topology: {
      shape: 'fanout',
      planner: 'tree_officer',
      workers: ['arborist_assessor', 'traffic_planner', 'ecology_checker'],
      aggregator: 'works_scheduler',
    },
    agents: [
      {
        name: 'tree_officer',
        description: 'Council tree officer who splits tree works into checks',
        instructions: 'Write one brief per specialist so the works can be ordered safely and lawfully.',
        replies: [
          {
            plan: {
              arborist_assessor:
                'T114–T116 Albion Rd, veteran limes, TPO 2/1987. Do a VTA incl. the split limb over the path, spec the works (BS 3998), say if urgent.',
              traffic_planner:
                'Footpath + nearside lane closure Albion Rd between no. 41 and cemetery gate for tree works T114–T116, 1 day, weekday. Need TM plan + permit.',
              ecology_checker:
                'T114–T116 are veteran limes with cavities — potential bat roost features. Check records (LERC) + do a ground-level PRA. Under the Habitats Regs no cutting of PRF limbs until cleared; tell me if an emergent survey is needed.',
            },
          },
        ],
      },
      {
        name: 'arborist_assessor',
        description: 'Senior arborist doing tree inspections',
        instructions: 'Inspect and specify works.',
        replies: [
          {
            call: 'log_inspection',
            args: { trees: ['T114', 'T115', 'T116'], method: 'VTA' },
            result:
              'INS-26-3021 saved. T115: 40 % split at union of NE limb (Ø 38 cm) over footway. T114/T116: deadwood > 50 mm, cavities at 6 m and 9 m.',
          },
          {
            say: 'INS-26-3021: T115 NE limb split (Ø38 cm, over footway) — remove back to union, reduce NE sector 2 m; T114/T116 deadwood only. Priority: 2 weeks, cordon meantime. Cavities noted at 6 m (T114) and 9 m (T116).',
          },
        ],
      },
      {
        name: 'traffic_planner',
        description: 'Plans traffic management for highway works',
        instructions: 'Produce the traffic plan and permit.',
        replies: [
          {
            say: 'TM plan TMP-5530: footway closure + lane closure w/ 2-way lights, Albion Rd 41→cemetery gate, Tue 15/12 09:30–15:30. Permit S50-26-2288 applied (3-day notice met). Cost £640.',
          },
        ],
      },
      {
        name: 'ecology_checker',
        description: 'Council ecologist',
        instructions: 'Check protected species constraints.',
        replies: [
          {
            say: 'LERC: 2 pipistrelle records within 200 m (2019, 2022). PRA: cavities on T114/T116 = moderate PRF. Hold cuts on those limbs pending emergence survey (May–Aug) or an endoscope inspection by a licensed ecologist.',
          },
        ],
      },
      {
        name: 'works_scheduler',
        description: 'Schedules contractor tree works',
        instructions: 'Combine the specialist results into one works order.',
        prompt: 'Specialist results:\n{input}\n\nTicket: {request}',
        replies: [
          {
            call: 'raise_works_order',
            args: {
              ticket: 'TR-26-0884',
              contractor: 'Greenline Arb',
              date: '2026-12-15',
              trees: ['T114', 'T115', 'T116'],
            },
            result: 'WO-26-7710 raised; Greenline Arb accepted; crew of 4 + MEWP.',
          },
          {
            say: 'TR-26-0884 → WO-26-7710, Greenline Arb, Tue 15/12 09:30–15:30 under TMP-5530 / permit S50-26-2288: T115 remove split NE limb to union + 2 m NE reduction; T114 & T116 deadwood > 50 mm. TPO 5-day notice (s.4 exemption, dangerous) filed. Cordon stays until then.',
          },
        ],
      },
    ],
    program: { lose: { to: 'ecology_checker', prompt: null } },
    expected: {
      kind: 'lost_message',
      boundary: { from: 'tree_officer', to: 'ecology_checker' },
      agent: 'tree_officer',
    },
  }),
  defineScenario({
    id: 'audiology-refit-targets-cut-off-right-ear',
    title:
      'The refit audiologist’s gain targets stop after the left ear; the order clerk orders with the right ear left on the old prescription',
    domain: 'hearing aid audiology clinic',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Pt Hr. Klaus Behrendt, KV-Nr. A771204583, 74 J., Phonak Audéo L90 bilateral since 2023. New audiogram 02.12.: Verschlechterung beidseits (worse both sides). He says TV speech now unclear. Please decide repair or refit and prepare the order.',
    topology: {
      shape: 'branch',
      classifier: 'intake_triage',
      routes: { repair: 'repair_technician', refit: 'refit_audiologist' },
      after: 'order_clerk',
    },
    agents: [
      {
        name: 'intake_triage',
        description: 'Front desk triage for hearing aid visits',
        instructions: 'Decide if the visit is a repair or a refit; answer with the route word and why.',
        replies: [
          {
            say: 'refit — audiogram 02.12. shows threshold shift both ears (>10 dB at 2–4 kHz), devices tested OK in the box last month (ticket REP-4410 closed), so the aids themselves are fine — he needs new fitting targets for both sides.',
          },
        ],
      },
      {
        name: 'repair_technician',
        description: 'Hearing aid repair bench',
        instructions: 'Handle device faults.',
        replies: [{ say: 'No repair needed.' }],
      },
      {
        name: 'refit_audiologist',
        description: 'Audiologist who computes fitting targets',
        instructions:
          'Compute NAL-NL2 targets for both ears from the new audiogram and give a fitting prescription.',
        prompt: 'Triage: {input}\n\nPatient: {request}',
        replies: [
          {
            call: 'audiogram_fetch',
            args: { kv: 'A771204583', date: '2026-12-02' },
            result:
              'AC dB HL  250/500/1k/2k/3k/4k/6k\nL: 25/30/40/55/65/70/75\nR: 30/35/45/60/70/80/85\nprev (2023-03-14) L: 20/25/35/45/55/60/70  R: 25/30/40/50/60/65/75',
          },
          {
            say: 'Refit prescription NAL-NL2, experienced user, receiver M unchanged.\nLEFT: insertion gain 65 dB SPL input — 500 Hz 6, 1 kHz 14, 2 kHz 24, 3 kHz 27, 4 kHz 28. MPO 108. Dome: closed 8 mm → power dome 8 mm (more LF loss).\nRIGHT: insertion gain 65 dB SPL input — 500 Hz',
            cutOff: true,
          },
        ],
      },
      {
        name: 'order_clerk',
        description: 'Orders fitting appointments and parts from the manufacturer',
        instructions: 'Create the order and appointment from the prescription.',
        prompt: 'Prescription:\n{input}\n\nPatient: {request}',
        replies: [
          {
            call: 'create_order',
            args: {
              kv: 'A771204583',
              items: ['power dome 8mm L'],
              program_left: 'NAL-NL2 v2026-12',
              program_right: 'keep 2023 fitting',
            },
            result:
              'Order BST-26-1553 created; fitting appt 09.12. 10:30 Raum 2; Kostenvoranschlag an Krankenkasse gesendet.',
          },
          {
            say: 'Auftrag BST-26-1553: Hr. Behrendt — left side reprogrammed to new NAL-NL2 targets, power dome 8 mm L ordered; right side stays on 2023 program (no new values given). Fitting Mi 09.12. 10:30, Raum 2. KVA to AOK sent.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'refit_audiologist', to: 'order_clerk' },
      agent: 'refit_audiologist',
    },
  }),
  defineScenario({
    id: 'diving-gas-analysis-cell-fault-reported-confirmed',
    title:
      'The dive planner’s oxygen analyser fails calibration; it hands the dive to the supervisor saying the nitrox mix is analysed and the MOD set',
    domain: 'commercial diving',
    mast: ['FM-3.3'],
    request:
      'Job HDS-1142: inspect + clean intake screen no.2, Cruachan cooling water intake, 31 msw max, today 14:00 slack. Surface-supplied, nitrox 32 from quad Q-07. Plan + go/no-go pls.',
    topology: {
      shape: 'swarm',
      entry: 'dive_planner',
      agents: ['dive_planner', 'dive_supervisor'],
    },
    agents: [
      {
        name: 'dive_planner',
        description: 'Plans dives and analyses breathing gas',
        instructions:
          'Analyse the breathing gas, plan the dive table and hand to the supervisor for go/no-go.',
        replies: [
          {
            call: 'analyse_gas',
            args: { quad: 'Q-07', analyser: 'OXY-3' },
            result: {
              error:
                'OXY-3: CAL_FAIL — O2 cell span 17.9 % on air (expected 20.9 ± 0.3). Cell age 26 mo. Reading not valid.',
            },
          },
          {
            call: 'dive_table',
            args: { depth_msw: 31, o2_pct: 32, bottom_min: 40 },
            result:
              'EANx32 @ 31 msw: ppO2 1.31 bar (limit 1.4); MOD 1.4 = 33.8 msw; EAD 24.6 m; no-stop limit 40 min (DCIEM table); CNS 16 %.',
          },
          {
            handoff: 'dive_supervisor',
            message:
              'HDS-1142 plan: Q-07 nitrox 32 analysed on OXY-3 and labelled, EANx32 @ 31 msw → ppO2 1.31 bar, MOD 33.8 m, bottom time 40 min no-stop (DCIEM), CNS 16 %. Standby diver on air, bailout 7 L EANx32. Slack 14:00–14:55. Ready for go/no-go.',
          },
        ],
      },
      {
        name: 'dive_supervisor',
        description: 'Diving supervisor who gives the go/no-go',
        instructions: 'Review the plan and give go or no-go with conditions.',
        replies: [
          {
            say: 'GO — HDS-1142, 14:00 slack. Diver 1 M. Kerr, standby A. Doyle. EANx32 Q-07 (analysed), ppO2 1.31 at 31 msw, MOD 33.8, 40 min bottom. Depth limit set 32 msw on pneumo. Logged DSL-26-338.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'dive_planner', to: 'dive_supervisor' },
      agent: 'dive_planner',
    },
  }),
  defineScenario({
    id: 'pest-control-coordinator-rebooks-same-slot',
    title:
      'The service coordinator sends the scheduler the same rebooking three times and never moves on to the customer contact',
    domain: 'pest control',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Contract PC-2209 (Harrow Lane Foods, food factory, BRCGS site): rodent activity found in goods-in bay at audit yesterday. Need an extra visit within 48h and customer informed. Account mgr: Priya.',
    topology: {
      shape: 'network',
      coordinator: 'service_coordinator',
      workers: ['technician_scheduler', 'customer_contact'],
    },
    agents: [
      {
        name: 'service_coordinator',
        description: 'Routes pest control jobs between scheduling and customer contact',
        instructions:
          'Get a technician visit booked, then have the customer informed, then finish with the confirmed visit.',
        replies: [
          {
            handoff: 'technician_scheduler',
            message:
              'PC-2209 Harrow Lane Foods: book extra rodent visit within 48h (goods-in bay activity, audit 03/12).',
          },
          {
            handoff: 'technician_scheduler',
            message:
              'PC-2209 Harrow Lane Foods — need extra rodent visit booked inside 48h, goods-in bay. Pls book.',
          },
          {
            handoff: 'technician_scheduler',
            message: 'PC-2209: book the extra rodent visit at Harrow Lane Foods within 48h (goods-in bay).',
          },
          {
            say: 'PC-2209: extra visit being arranged with scheduling, customer update pending.',
          },
        ],
      },
      {
        name: 'technician_scheduler',
        description: 'Books technician visits',
        instructions: 'Book visits in the technician diary and return the booking.',
        replies: [
          {
            call: 'book_visit',
            args: { contract: 'PC-2209', window_h: 48, skill: 'rodent-food' },
            result: 'BKG-77104: Tech D. Osei (FSQ-2), Sat 05/12 07:00–09:00, ticket JT-26-9913.',
          },
          {
            say: 'Booked BKG-77104 — D. Osei, Sat 05/12 07:00–09:00, ticket JT-26-9913. Within 48h.',
          },
          {
            say: 'Already booked: BKG-77104, D. Osei, Sat 05/12 07:00–09:00 (JT-26-9913).',
          },
          {
            say: 'Same as before — BKG-77104, Sat 05/12 07:00–09:00, D. Osei. Nothing more to book.',
          },
        ],
      },
      {
        name: 'customer_contact',
        description: 'Informs customers of visits and findings',
        instructions: 'Email the customer about the visit.',
        replies: [{ say: 'Emailed Priya.' }],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'service_coordinator', to: 'technician_scheduler' },
      agent: 'service_coordinator',
    },
  }),
  defineScenario({
    id: 'stonemasonry-indent-cut-from-superseded-stone-id',
    title:
      'The works lead passes on that the petrographic report re-identified the stone; the mortar and indent specifier still orders for the survey’s first identification',
    domain: 'heritage stonemasonry',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'St Aldhelm’s church, Grade II*, south porch: 6 decayed ashlar blocks and repointing of the porch plinth. Faculty ref DAC-26-118. Specify replacement stone and mortar and get it ordered for the January programme.',
    topology: {
      shape: 'nested',
      top: 'conservation_architect',
      teams: {
        survey_lead: ['stone_surveyor'],
        works_lead: ['materials_specifier'],
      },
    },
    agents: [
      {
        name: 'conservation_architect',
        description: 'Architect leading the church repair project',
        instructions:
          'Have the stone surveyed, then have materials specified and ordered; report the package.',
        replies: [
          {
            handoff: 'survey_lead',
            message:
              'South porch St Aldhelm’s: identify the ashlar and plinth stone + condition of the 6 blocks marked on drg SP-03. Faculty DAC-26-118.',
          },
          {
            handoff: 'works_lead',
            message:
              'Materials for south porch, DAC-26-118. Survey rev A said Bath stone (Combe Down oolite). Petrographic thin-section report PS-2291 came back 01/12 and survey is now rev B: ashlar is Doulting stone (coarser, shelly), plinth mortar original is hot-mixed lime, no cement. Rev B supersedes rev A. Specify indent stone + mortar to match and order for Jan.',
          },
          {
            say: 'South porch package DAC-26-118: 6 replacement ashlar blocks and plinth repointing as ordered by works team — order PO-26-5503, delivery w/c 11 Jan. Mortar and stone per materials spec MS-04.',
          },
        ],
      },
      {
        name: 'survey_lead',
        description: 'Leads the building survey',
        instructions: 'Get the stone surveyed and report.',
        replies: [
          {
            handoff: 'stone_surveyor',
            message:
              'St Aldhelm’s south porch, blocks 1–6 on SP-03: ID stone, record decay. Use PS-2291 petrography if back.',
          },
          {
            say: 'Survey rev B: ashlar = Doulting stone (PS-2291 thin section, shelly coarse oolitic limestone), not Combe Down as rev A. Blocks 2, 3, 5 contour scaling > 40 mm → replace; 1, 4, 6 → indent 100 mm. Plinth: hot lime mortar, NHL not found.',
          },
        ],
      },
      {
        name: 'stone_surveyor',
        description: 'Stone conservator doing the condition survey',
        instructions: 'Identify stone and record condition.',
        replies: [
          {
            call: 'petrography_report',
            args: { ref: 'PS-2291' },
            result:
              'PS-2291 (01/12/2026): sample SP-03/2 — coarse shelly oolitic limestone, abundant crinoid & bivalve fragments, sparry cement — DOULTING (Inferior Oolite). Not Great Oolite (Bath).',
          },
          {
            say: 'Blocks 1–6 are Doulting (PS-2291). Decay: 2, 3, 5 contour scaling > 40 mm; 1, 4, 6 surface loss 20–30 mm. Plinth joints hot-mixed lime, friable.',
          },
        ],
      },
      {
        name: 'works_lead',
        description: 'Leads the works package',
        instructions: 'Get materials specified and ordered.',
        replies: [
          {
            handoff: 'materials_specifier',
            message:
              'DAC-26-118 south porch. Rev A survey: Bath stone (Combe Down), 6 blocks. Update 01/12 — PS-2291 petrography, survey rev B: it is Doulting stone, rev B supersedes. Mortar: hot-mixed lime to match, no cement. Spec replacement ashlar (3 full blocks, 3 indents) + mortar, raise PO for January.',
          },
          {
            say: 'Works package ordered: PO-26-5503, 6 ashlar pieces and lime mortar per spec MS-04, delivery w/c 11 Jan.',
          },
        ],
      },
      {
        name: 'materials_specifier',
        description: 'Specifies conservation materials and raises orders',
        instructions: 'Specify matching stone and mortar and place the order.',
        replies: [
          {
            call: 'quarry_order',
            args: {
              quarry: 'Hartham Park (Bath stone)',
              bed: 'Combe Down type',
              pieces: 6,
              sizes: 'per SP-03 schedule',
            },
            result:
              'PO-26-5503 accepted by Hartham Park: 6 pcs Bath stone, sawn 6 sides, delivery w/c 11/01/2027. £3,870 + VAT.',
          },
          {
            say: 'MS-04: replacement ashlar Bath stone (Hartham Park, Combe Down type) — 3 full blocks + 3 indents 100 mm, PO-26-5503 (£3,870 + VAT, w/c 11 Jan). Mortar: hot-mixed quicklime 1:2.5 with sharp sand matched to Bath stone colour, no cement.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'works_lead', to: 'materials_specifier' },
      agent: 'materials_specifier',
    },
  }),
  defineScenario({
    id: 'diamond-grading-hpht-indication-left-out',
    title:
      'The spectroscopy bench sees an HPHT-processing signature but reports only colour and fluorescence; the report writer issues a grading report with no treatment comment',
    domain: 'diamond grading lab',
    mast: ['FM-2.4'],
    request:
      'Intake GL-2612-0457, round brilliant 1.52 ct, submitted by Aurum Trading BV for a full grading report (colour, clarity, cut, fluorescence). Client says natural, untreated.',
    topology: { shape: 'pipeline', order: ['spectroscopy_bench', 'clarity_grader', 'report_writer'] },
    agents: [
      {
        name: 'spectroscopy_bench',
        description: 'Runs colour measurement and spectroscopy on submitted diamonds',
        instructions: 'Measure colour and fluorescence of the stone and pass the readings on.',
        replies: [
          {
            call: 'run_spectroscopy',
            args: { stone: 'GL-2612-0457', methods: ['colorimeter', 'UV-LW', 'PL-77K'] },
            result:
              'COLORIMETER: E (ΔE 0.6 vs master E). UV-LW: faint blue. PL @77K: 575 nm (NV0) weak; 637 nm (NV−) strong; NV−/NV0 ratio 3.4; 503.2 nm (H3) present — pattern flagged RULE T-14: consistent with HPHT processing, refer to senior gemmologist.',
          },
          {
            say: 'GL-2612-0457 bench readings: colour E (colorimeter, ΔE 0.6 vs master stone), fluorescence faint blue (LW). Ready for clarity.',
          },
        ],
      },
      {
        name: 'clarity_grader',
        description: 'Grades clarity and cut',
        instructions: 'Grade clarity and cut and pass everything on.',
        prompt: 'Bench results:\n{input}\n\n{request}',
        replies: [
          {
            say: 'GL-2612-0457: 1.52 ct, 7.38–7.42 × 4.57 mm. Colour E, fluorescence faint blue (bench). Clarity VS1 (small crystal under table, 2 pinpoints). Cut Excellent, polish EX, symmetry VG. Table 57 %, depth 61.8 %.',
          },
        ],
      },
      {
        name: 'report_writer',
        description: 'Issues the grading report',
        instructions: 'Issue the grading report from the grades.',
        prompt: 'Grades:\n{input}\n\n{request}',
        replies: [
          {
            say: 'Grading report GR-26-0457 issued to Aurum Trading BV: round brilliant 1.52 ct, 7.38–7.42 × 4.57 mm, colour E, clarity VS1, cut Excellent (polish EX, symmetry VG), fluorescence faint blue. Comments: none. Laser inscription “GL 26 0457” on girdle.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'spectroscopy_bench', to: 'clarity_grader' },
      agent: 'spectroscopy_bench',
    },
  }),
  defineScenario({
    id: 'halal-audit-records-pulled-for-wrong-week',
    title:
      'Briefed to audit the week with the CCTV gap, the stunning-records auditor audits the latest week instead',
    domain: 'halal certification audits',
    mast: ['FM-1.1', 'FM-1.2'],
    request:
      'Surveillance audit HC-UK-0318, Al-Noor Poultry Ltd (site 2, Line 2). Complaint received: CCTV on the stunning area was off part of week 47 (16–22 Nov). Audit and tell me if the certificate stays valid.',
    topology: {
      shape: 'fanout',
      planner: 'lead_auditor',
      workers: ['stunning_records_auditor', 'slaughterman_checker'],
      aggregator: 'certification_officer',
    },
    agents: [
      {
        name: 'lead_auditor',
        description: 'Lead auditor who splits the audit into checks',
        instructions: 'Brief each auditor on their part of the audit.',
        replies: [
          {
            plan: {
              stunning_records_auditor:
                'HC-UK-0318 Line 2. Pull the water-bath stunner logs for wk 47, 16–22 Nov — the week the CCTV was down (complaint ref CMP-26-071). Check every batch: current per bird within 0.25–0.75 mA? no — 25–75 mA per bird (our std HS-4.2), frequency, and the reversibility spot-checks (min 10 birds/shift). Report any batch outside.',
              slaughterman_checker:
                'HC-UK-0318: check the slaughtermen on Line 2 rota wk 47 hold current HC cards; list any expired.',
            },
          },
        ],
      },
      {
        name: 'stunning_records_auditor',
        description: 'Audits stunning equipment logs',
        instructions: 'Audit the stunner logs as briefed.',
        replies: [
          {
            call: 'stunner_logs',
            args: { site: 2, line: 2, from: '2026-11-23', to: '2026-11-29' },
            result:
              'Line 2 wk 48 (23–29 Nov): 41 batches, current/bird 38–61 mA, 600 Hz, reversibility checks 10–12/shift, all recovered < 60 s. CCTV uptime 100 %.',
          },
          {
            say: 'Line 2 stunner logs, 23–29 Nov (most recent full week): 41 batches, 38–61 mA/bird, all within 25–75 mA, 600 Hz; reversibility checks ≥ 10/shift, all birds recovered < 60 s. No deviations.',
            reasoning: 'Take the latest complete week of logs.',
          },
        ],
      },
      {
        name: 'slaughterman_checker',
        description: 'Checks slaughterman certification cards',
        instructions: 'Check the cards of the slaughtermen on the rota.',
        replies: [
          {
            call: 'card_register',
            args: { site: 2, line: 2, week: 47 },
            result:
              'Rota wk 47 Line 2: Y. Patel HC-S-1182 (exp 2027-04), M. Hussain HC-S-0977 (exp 2027-01), A. Rahman HC-S-1320 (exp 2026-12-31).',
          },
          {
            say: 'All 3 Line 2 slaughtermen wk 47 hold valid HC cards (Rahman’s expires 31/12, renewal due).',
          },
        ],
      },
      {
        name: 'certification_officer',
        description: 'Decides certificate status',
        instructions: 'Decide whether the certificate stays valid from the audit results.',
        prompt: 'Audit results:\n{input}\n\nCase: {request}',
        replies: [
          {
            say: 'HC-UK-0318 decision: certificate HC-CERT-2291 REMAINS VALID. Stunning within HS-4.2 limits with full reversibility checks, all slaughtermen carded (Rahman renewal reminder sent). Complaint CMP-26-071 closed — no non-conformity found; advise site to log CCTV outages.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'lead_auditor', to: 'stunning_records_auditor' },
      agent: 'stunning_records_auditor',
    },
  }),
];

const lookAlikes = [
  defineScenario({
    id: 'asbestos-clearance-lims-retry-then-pass',
    title:
      'The air-monitoring analyst’s first LIMS fetch fails, the retry returns the clearance result, and the site supervisor reports it as measured',
    domain: 'asbestos removal',
    mast: ['FM-3.3'],
    request:
      'Enclosure E3, Block C plant room, Westfield School (job AR-26-0612, licensed removal of AIB ceiling tiles). Removal finished yesterday 16:40. Need 4-stage clearance result and waste consignment closed so the enclosure can come down.',
    topology: {
      shape: 'supervisor',
      coordinator: 'site_supervisor',
      workers: ['air_analyst', 'waste_clerk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'site_supervisor',
        description: 'Licensed asbestos removal site supervisor',
        instructions: 'Get the clearance air test result and the waste consignment closed, then report.',
        replies: [
          {
            handoff: 'air_analyst',
            message:
              'AR-26-0612 / E3 Block C: get stage 3 clearance air test result (analyst visit this morning, samples CA-4417..CA-4420).',
          },
          {
            handoff: 'waste_clerk',
            message:
              'AR-26-0612: close consignment note for AIB waste from E3, 14 double-bagged sacks + 2 wrapped boards, to Sandon landfill.',
          },
          {
            say: 'E3 Block C (AR-26-0612): 4-stage clearance — stage 3 air test PASSED, all 4 samples < 0.010 f/ml (max 0.006, CA-4418), certificate CC-26-2217 from Halcyon Analytical; stage 4 visual OK. Waste consignment WC/AR0612/03 closed (16 items, 0.42 t, Sandon). Enclosure can be dismantled.',
          },
        ],
      },
      {
        name: 'air_analyst',
        description: 'Fetches clearance air monitoring results from the UKAS lab',
        instructions: 'Get the clearance results from the lab system and report them.',
        replies: [
          {
            call: 'lims_results',
            args: { job: 'AR-26-0612', samples: 'CA-4417..CA-4420' },
            result: { error: 'LIMS gateway 503 Service Unavailable (halcyon-lims-02), retry-after 20s' },
          },
          {
            call: 'lims_results',
            args: { job: 'AR-26-0612', samples: 'CA-4417..CA-4420' },
            result:
              'CA-4417 0.004 f/ml | CA-4418 0.006 f/ml | CA-4419 <0.003 f/ml | CA-4420 0.005 f/ml — PCM, 480 L each. Clearance indicator 0.010 f/ml: PASS. Cert CC-26-2217, analyst R. Mensah (UKAS 1207).',
          },
          {
            say: 'Stage 3 PASS (lab gateway timed out once, second fetch OK): CA-4417 0.004, CA-4418 0.006, CA-4419 <0.003, CA-4420 0.005 f/ml — all < 0.010. Cert CC-26-2217, R. Mensah.',
          },
        ],
      },
      {
        name: 'waste_clerk',
        description: 'Handles hazardous waste consignment notes',
        instructions: 'Complete and close consignment notes.',
        replies: [
          {
            call: 'close_consignment',
            args: { job: 'AR-26-0612', items: 16, site: 'Sandon' },
            result: 'WC/AR0612/03 closed. 16 items, 0.42 t, EWC 17 06 05*, receipt SND-881204.',
          },
          { say: 'Closed WC/AR0612/03: 16 items, 0.42 t, EWC 17 06 05*, Sandon receipt SND-881204.' },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'agent_error: a tool error, handled by a retry that succeeded and admitted in the answer',
  }),
  defineScenario({
    id: 'marina-haulout-surveyor-weight-used-by-lift',
    title:
      'The yard office finds the surveyor’s corrected displacement and the travel-lift operator plans the lift on the corrected figure',
    domain: 'marina boatyard',
    mast: ['FM-1.4'],
    request:
      'haul out pls for "Selkie II" (Moody 41 DS, berth C-22) fri 11 dec high water, winter storage on hardstand. owner says she weighs 11.8 t per brochure. thanks, Tom',
    topology: {
      shape: 'swarm',
      entry: 'yard_office',
      agents: ['yard_office', 'lift_operator'],
    },
    agents: [
      {
        name: 'yard_office',
        description: 'Marina yard office handling haul-out bookings',
        instructions: 'Check the boat records and book the haul-out, then hand to the travel-lift operator.',
        replies: [
          {
            call: 'vessel_record',
            args: { berth: 'C-22', name: 'Selkie II' },
            result:
              'Selkie II, Moody 41 DS, LOA 12.75 m, beam 4.20 m, draft 1.65 m. Brochure displ. 11.8 t. SURVEY NOTE 2026-06-18 (J. Pryce, YDSA): laden displ. measured 14.2 t with water/fuel/gear + bow thruster and generator retrofits — use 14.2 t for lifting. Sling marks fitted fwd/aft.',
          },
          {
            handoff: 'lift_operator',
            message:
              'Selkie II, C-22, Fri 11/12 HW 10:48. Use 14.2 t (surveyor Pryce 18/06 measured laden, brochure 11.8 t is light-ship without the retrofits). LOA 12.75, beam 4.20, draft 1.65. Sling marks fitted. Hardstand H-31.',
          },
        ],
      },
      {
        name: 'lift_operator',
        description: 'Travel-lift operator',
        instructions: 'Plan the lift within the hoist limits and confirm.',
        replies: [
          {
            call: 'lift_check',
            args: { hoist: 'TL-35 (35 t)', weight_t: 14.2, beam_m: 4.2, draft_m: 1.65 },
            result:
              'TL-35: 14.2 t = 41 % SWL; slings 2 x 10 t ok; dock depth at HW-1h 2.6 m ≥ draft+0.5; beam fits 5.4 m well. PASS.',
          },
          {
            say: 'Selkie II booked: Fri 11/12, lift 10:15 (HW 10:48), TL-35 at 14.2 t (41 % SWL), 2 × 10 t slings on the marks, to hardstand H-31 on cradle CR-12. Ticket HO-26-0391. Tom — brochure weight was low, we lifted on the survey figure.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'stale_context: the request carries an outdated weight, the corrected value is passed on and used correctly',
  }),
  defineScenario({
    id: 'access-control-rollout-briefs-reformatted',
    title:
      'The locksmith’s planner rewrites the times, door ids and the free-egress rule in its own words for each crew; every crew keeps them',
    domain: 'locksmith and access control',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Northgate Medical Centre: swap to new access control (Paxton Net2) on Mon 07/12/2026 from 0800h, doors D01–D09. D07 is the fire exit to the car park: must remain free egress at all times (push bar). 43 staff fobs. Quote ref LQ-5531.',
    topology: {
      shape: 'fanout',
      planner: 'job_planner',
      workers: ['door_hardware_crew', 'fob_programmer'],
      aggregator: 'handover_writer',
    },
    agents: [
      {
        name: 'job_planner',
        description: 'Plans locksmith and access control jobs',
        instructions: 'Brief each crew on its part of the job.',
        replies: [
          {
            plan: {
              door_hardware_crew:
                'Northgate MC, Monday 7 Dec, start 8 am. Fit Net2 readers + maglocks on doors 1–9 (D01..D09). Door 7 (car park fire exit): reader for entry only, keep the push bar, exit side must never lock — tie maglock to fire panel drop-out as well.',
              fob_programmer:
                'Northgate MC go-live Mon 07/12 08:00. Enrol 43 staff fobs on Net2, groups from staff list SL-2212 (clinical / admin / cleaners). Cleaners: 18:00–21:00 only.',
            },
          },
        ],
      },
      {
        name: 'door_hardware_crew',
        description: 'Fits door hardware and readers',
        instructions: 'Fit the hardware as briefed and report.',
        replies: [
          {
            say: 'Done 07/12 08:05–14:30: Net2 readers + 600 lb maglocks D01–D06, D08, D09. D07 car park exit: entry reader + maglock on fire panel relay, push bar kept, free egress tested 3× OK, also drops on fire alarm test (zone 4). Job sheet JS-9921.',
          },
        ],
      },
      {
        name: 'fob_programmer',
        description: 'Programs access control fobs',
        instructions: 'Enrol fobs as briefed.',
        replies: [
          {
            call: 'net2_enrol',
            args: {
              site: 'NMC',
              fobs: 43,
              groups: ['clinical', 'admin', 'cleaners'],
              cleaners_window: '18:00-21:00',
            },
            result:
              'Enrolled 43/43: clinical 24, admin 14, cleaners 5 (timezone TZ-3 18:00–21:00). Live from 2026-12-07 08:00.',
          },
          { say: '43 fobs enrolled: 24 clinical, 14 admin, 5 cleaners on TZ-3 (6–9 pm). Live 07/12 8 am.' },
        ],
      },
      {
        name: 'handover_writer',
        description: 'Writes the customer handover',
        instructions: 'Write the handover from the crews’ reports.',
        prompt: 'Crew reports:\n{input}\n\nJob: {request}',
        replies: [
          {
            say: 'Handover LQ-5531 — Northgate Medical Centre, 07/12/2026:\n• Doors D01–D09 on Paxton Net2 (JS-9921). D07 fire exit: entry reader only, push bar retained, free egress tested 3×, releases on fire alarm (zone 4).\n• 43 fobs live from 08:00: clinical 24 / admin 14 / cleaners 5 (18:00–21:00).\n• Admin login handed to practice manager.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'lost_message / misunderstood_task: briefs paraphrase and reformat the values, but nothing is dropped',
  }),
  defineScenario({
    id: 'rope-access-anchor-results-handed-back',
    title:
      'Team leads hand back anchor test and crew plan results up the tree; the building manager’s schedule uses what came back',
    domain: 'rope access building maintenance',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Kestrel House (14 floors), façade glass clean + sealant inspection of the east elevation, wk commencing 14 Dec. Anchors last tested Dec 2025, so annual test due. Please arrange and give me the plan.',
    topology: {
      shape: 'nested',
      top: 'building_manager',
      teams: {
        safety_lead: ['anchor_tester'],
        operations_lead: ['crew_scheduler'],
      },
    },
    agents: [
      {
        name: 'building_manager',
        description: 'Facilities manager for the building',
        instructions: 'Get anchors certified and the crew scheduled, then issue the plan.',
        replies: [
          {
            handoff: 'safety_lead',
            message:
              'Kestrel House roof anchors — annual test due (last 12/2025). Need pass/fail per anchor before rope work on E elevation wk 14/12.',
          },
          {
            handoff: 'operations_lead',
            message:
              'E elevation Kestrel House, glass clean + sealant inspection, wk 14/12. Use anchors R1–R8 only if passed; safety says R5 failed so drops that use R5 need rerouting. Give me crew + days.',
          },
          {
            say: 'Kestrel House E elevation plan (wk 14/12): anchors tested 08/12 — R1–R4, R6–R8 PASS (12 kN proof), R5 FAIL, tagged out (cert ANC-26-0418). Crew: 2 × IRATA L3/L1 teams, Mon–Thu, drops D1–D11; D6 rigged from R4+R6 instead of R5. Sealant inspection log to follow Fri 18/12.',
          },
        ],
      },
      {
        name: 'safety_lead',
        description: 'Leads height safety and certification',
        instructions: 'Have anchors tested and report the results.',
        replies: [
          {
            handoff: 'anchor_tester',
            message:
              'Kestrel House roof, anchors R1–R8, annual proof test to BS EN 795 / BS 7883, 12 kN. Before 14/12.',
          },
          {
            say: 'Anchors Kestrel House, tested 08/12: R1–R4, R6–R8 PASS at 12 kN; R5 FAIL (base plate movement 3 mm, corrosion) — tagged out, cert ANC-26-0418. Do not use R5.',
          },
        ],
      },
      {
        name: 'anchor_tester',
        description: 'Height safety engineer testing anchors',
        instructions: 'Test anchors and certify.',
        replies: [
          {
            call: 'proof_test',
            args: { site: 'Kestrel House', anchors: 'R1-R8', load_kN: 12 },
            result:
              'R1 PASS | R2 PASS | R3 PASS | R4 PASS | R5 FAIL (plate movement 3.0 mm, corrosion grade C3) | R6 PASS | R7 PASS | R8 PASS. Cert ANC-26-0418, 2026-12-08.',
          },
          {
            say: 'R1–R4, R6–R8 pass 12 kN. R5 fail (3 mm plate movement, corrosion) — tagged DO NOT USE. ANC-26-0418.',
          },
        ],
      },
      {
        name: 'operations_lead',
        description: 'Leads rope access operations',
        instructions: 'Get crews scheduled for the work.',
        replies: [
          {
            handoff: 'crew_scheduler',
            message:
              'Kestrel House E elev., 11 drops D1–D11, wk 14/12, glass + sealant insp. R5 is out — reroute any drop on R5. 2 teams.',
          },
          {
            say: 'Scheduled: 2 teams (IRATA L3 + L1 each) Mon 14–Thu 17/12, D1–D11; D6 re-rigged from R4 + R6 (deviation anchor), R5 not used. Rota RA-26-112.',
          },
        ],
      },
      {
        name: 'crew_scheduler',
        description: 'Schedules rope access technicians',
        instructions: 'Schedule the crews.',
        replies: [
          {
            call: 'rota_build',
            args: {
              site: 'Kestrel House',
              drops: 11,
              teams: 2,
              start: '2026-12-14',
              excluded_anchors: ['R5'],
            },
            result:
              'RA-26-112: Team A (L3 Nowak, L1 Ferreira) D1–D6; Team B (L3 Quinn, L1 Adebayo) D7–D11; Mon–Thu. D6 rig: R4 + R6 with deviation.',
          },
          {
            say: 'RA-26-112 built: Team A D1–D6, Team B D7–D11, Mon–Thu 14–17/12. D6 on R4 + R6, R5 excluded.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'lost_message: hand-backs carry the results up and the top agent uses them',
  }),
  defineScenario({
    id: 'retread-casing-price-lookup-unused',
    title:
      'The resale price lookup returns a garbled answer, and the router finishes on the casing inspection alone, which is all the decision needs',
    domain: 'tyre retreading',
    mast: ['FM-2.4'],
    request:
      'Fleet Hollis Haulage sent 12 drive casings 315/80 R22.5 (batch HH-2612). Decide retread / reject per casing. If easy, also tell me what rejects fetch as scrap casings — not essential.',
    topology: {
      shape: 'network',
      coordinator: 'plant_router',
      workers: ['casing_inspector', 'price_lookup'],
    },
    agents: [
      {
        name: 'plant_router',
        description: 'Routes retread plant jobs',
        instructions: 'Get casings inspected; optionally get scrap prices; finish with the retread decision.',
        replies: [
          {
            handoff: 'casing_inspector',
            message:
              'Batch HH-2612, 12 × 315/80 R22.5 drive casings, Hollis Haulage. Shearography + visual, decide retread/reject per casing.',
          },
          {
            handoff: 'price_lookup',
            message: 'Optional: current scrap casing price for 315/80 R22.5 rejects (2 pcs).',
          },
          {
            say: 'HH-2612 decision: RETREAD 10 casings (C01–C04, C06–C09, C11, C12) with Vipal VZY 22 mm drive tread, ready 15/12. REJECT 2: C05 (separation 60 mm at shoulder, shearography) and C10 (age 9 y, DOT 0917). Scrap price not available today — left out, does not affect the decision.',
          },
        ],
      },
      {
        name: 'casing_inspector',
        description: 'Inspects casings for retreadability',
        instructions: 'Inspect each casing and decide retread or reject.',
        replies: [
          {
            call: 'shearography',
            args: { batch: 'HH-2612', count: 12 },
            result:
              'C01 ok | C02 ok | C03 ok | C04 ok | C05 SEP 60mm shoulder | C06 ok | C07 ok | C08 ok | C09 ok | C10 ok (DOT 0917, age 9y > 8y policy) | C11 ok | C12 ok',
          },
          {
            say: 'HH-2612: 10 retreadable (C01–C04, C06–C09, C11, C12). Reject C05 (60 mm shoulder separation) and C10 (DOT 0917, 9 years, over our 8-year limit).',
          },
        ],
      },
      {
        name: 'price_lookup',
        description: 'Looks up casing trade prices',
        instructions: 'Look up current prices.',
        replies: [
          {
            call: 'casing_market',
            args: { size: '315/80R22.5', grade: 'scrap' },
            result: '{"size":"315/80R22.5","grade":"scrap","quotes":[],"note":"feed stale since 2026-11-20"}',
          },
          { say: 'scrap 315/80: quotes [] — price n/a, feed since 20/11' },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'low_quality_output: an optional worker’s unusable output that the final answer does not use',
  }),
  defineScenario({
    id: 'crane-lift-plan-revised-once-approved',
    title:
      'The appointed person sends the lift plan back once for outrigger mats; the revised plan passes and the permit is written from it',
    domain: 'mobile crane hire',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Contract lift CL-26-3390: lift 2 × AHU units (7.8 t each incl. rigging) onto the roof of Unit 4, Trident Park, Tue 15/12. Ground: tarmac car park over made ground, allowable bearing 150 kN/m² (GI report GI-118). Crane: Liebherr LTM 1160-5.2.',
    topology: {
      shape: 'pipeline',
      order: ['lift_planner', 'appointed_person', 'permit_writer'],
      loop: { from: 'appointed_person', to: 'lift_planner', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'lift_planner',
        description: 'Writes lift plans for mobile crane hire',
        instructions: 'Write the lift plan; if the appointed person asks for changes, revise it.',
        prompt: '{input}\n\nJob: {request}',
        replies: [
          {
            call: 'crane_chart',
            args: { crane: 'LTM 1160-5.2', radius_m: 22, load_t: 7.8, counterweight_t: 50 },
            result:
              'Radius 22 m, boom 36.1 m, CW 50 t: capacity 17.4 t → utilisation 45 %. Max outrigger load 98 t.',
          },
          {
            say: 'Lift plan LP-3390 v1: LTM 1160-5.2, 50 t CW, boom 36.1 m, radius 22 m, 2 lifts × 7.8 t (45 % util). Outriggers on 1.2 × 1.2 m timber mats. Exclusion zone 30 m, banksman + slinger signaller.',
          },
          {
            say: 'Lift plan LP-3390 v2: as v1, mats changed to 2.5 × 2.5 m steel-faced composite (6.25 m²): 98 t ≈ 961 kN / 6.25 m² = 154 kN/m² → with load spread via 150 mm steel plate under, effective area 7.3 m², 132 kN/m² < 150 allowable (GI-118). Rest unchanged.',
          },
        ],
      },
      {
        name: 'appointed_person',
        description: 'Appointed person who approves lift plans (BS 7121)',
        instructions: 'Answer "APPROVED: ..." or "REVISE: <what to change>".',
        prompt: 'Plan:\n{input}\n\nJob: {request}',
        replies: [
          {
            say: 'REVISE: 98 t on a 1.2 × 1.2 m mat is ~670 kN/m², GI-118 allows 150. Size the mats for ≤ 150 kN/m².',
          },
          {
            say: 'APPROVED: LP-3390 v2 — outrigger pressure 132 kN/m² ≤ 150 (GI-118), utilisation 45 %, exclusion zone 30 m. AP sign-off K. Barrett 04/12.',
          },
        ],
      },
      {
        name: 'permit_writer',
        description: 'Writes the permit to lift',
        instructions: 'Write the permit from the approved plan.',
        prompt: 'Approved plan:\n{input}\n\nJob: {request}',
        replies: [
          {
            say: 'PERMIT TO LIFT PTL-26-3390 — Tue 15/12, Unit 4 Trident Park. LTM 1160-5.2, 50 t CW, radius 22 m, 2 × 7.8 t AHU (45 %). Outriggers on 2.5 × 2.5 m composite mats + 150 mm steel plate, 132 kN/m² (limit 150, GI-118). Exclusion 30 m. Plan LP-3390 v2, AP K. Barrett.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'handoff_loop: a revise loop that converges after one round',
  }),
];

/** Blind batch 11: 10 faults and 6 healthy look-alikes in 16 new domains, every topology. */
export const blindBatch11Scenarios = [...faults, ...lookAlikes];
