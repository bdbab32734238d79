import { defineScenario } from '../scenario.ts';

// Blind batch 85: aviation maintenance (MRO) and airline operations. Written from the README
// principles only, without reading the checks, the diagnosis, the baseline or the benchmark notes.
// Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'flap-track-ad-planned-on-replaced-1200-fc-interval',
    title:
      'The airworthiness researcher reports EASA AD 2027-0021 cut the flap track repeat interval to 800 FC (due 42,030 FC); the maintenance planner schedules it in the C-check on the old 1,200 FC (due 42,430 FC)',
    domain: 'airworthiness directive compliance planning',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'EI-FNK (A320-214, MSN 5532) — plan the next repetitive inspection of flap track 3 under EASA AD 2025-0188 (1,200 FC repeat). Last accomplished at 41,230 FC on 02/09/2026. Aircraft is at 41,950 FC today (4 Feb 2027), ~7 FC/day. C-check WP-2027-031 inputs at Shannon on 14 Feb. Put it where it belongs and issue the work package line.',
    topology: {
      shape: 'pipeline',
      order: ['airworthiness_researcher', 'maintenance_planner', 'work_package_writer'],
    },
    agents: [
      {
        name: 'airworthiness_researcher',
        description: 'Checks AD status and applicability for the fleet',
        instructions:
          'Confirm the directive in force, applicability, thresholds and intervals, and state the due point the planner must respect.',
        replies: [
          {
            call: 'easa_ad_lookup',
            args: { ad: '2025-0188', msn: 5532, type: 'A320-214' },
            result:
              '{"ad": "2025-0188", "status": "SUPERSEDED", "superseded_by": "2027-0021", "effective": "2027-01-29", "subject": "Wing - Flap Track 3 Carriage - Inspection", "applicability": "A320-211/212/214/216/231/232, all MSN", "change": "repetitive interval reduced from 1 200 FC to 800 FC after further in-service findings; initial threshold unchanged; credit for last inspection under 2025-0188 retained"}',
          },
          {
            call: 'amos_task_history',
            args: { reg: 'EI-FNK', task: 'AD 2025-0188 / 571100-210-801' },
            result:
              'EI-FNK | 571100-210-801 | last done 2026-09-02 @ 41 230 FC / 68 412 FH | WO 2026-18873 | no findings',
          },
          {
            say: '**AD 2025-0188 has been superseded by EASA AD 2027-0021** (effective 29/01/2027). Repeat interval is now **800 FC** (was 1,200 FC). Credit for the 02/09/2026 inspection at 41,230 FC stands.\n\n| item | value |\n|---|---|\n| next due | **42,030 FC** |\n| today (04/02) | 41,950 FC |\n| projected at C-check input 14/02 | ~42,020 FC |\n| margin at input | ~10 FC |\n\nToo tight to rely on the C-check input date (any slip = overrun). Recommend doing it on a line night stop before 11/02, or pull the task forward as first-day item with a firm input date.',
          },
        ],
      },
      {
        name: 'maintenance_planner',
        description: 'Plans maintenance tasks into work packages',
        instructions: 'Place the task in the right check or night stop so it is done before it falls due.',
        prompt: 'Airworthiness input:\n{input}\n\nRequest: {request}',
        replies: [
          {
            call: 'plan_task',
            args: {
              reg: 'EI-FNK',
              task: '571100-210-801',
              reference: 'EASA AD 2025-0188',
              interval_fc: 1200,
              last_done_fc: 41230,
              next_due_fc: 42430,
              package: 'WP-2027-031',
            },
            result:
              '{"package": "WP-2027-031", "input": "2027-02-14", "station": "SNN", "projected_fc_at_input": 42020, "margin_fc": 410, "status": "PLANNED", "card": "TC-031-0457"}',
          },
          {
            say: 'Flap track 3 inspection planned into C-check WP-2027-031 (SNN, input 14/02), card TC-031-0457. Due 42,430 FC, projected 42,020 FC at input → 410 FC margin, no interim action needed.',
          },
        ],
      },
      {
        name: 'work_package_writer',
        description: 'Writes work package lines for the hangar',
        instructions: 'Write the work package entry for the planned task.',
        prompt: 'Planning decision:\n{input}',
        replies: [
          {
            say: '### WP-2027-031 — EI-FNK C-check, Shannon, input 14 Feb 2027\n\n| card | task | reference | limit | remarks |\n|---|---|---|---|---|\n| TC-031-0457 | Flap track 3 carriage detailed inspection (571100-210-801) | EASA AD 2025-0188 | 42,430 FC | repetitive 1,200 FC, margin 410 FC at input |\n\nNo line action required before input.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'airworthiness_researcher', to: 'maintenance_planner' },
      agent: 'maintenance_planner',
    },
  }),
  defineScenario({
    id: 'block-fuel-briefed-on-estimated-zfw-after-final-loadsheet',
    title:
      'Load control returns the final loadsheet (ZFW 64,210 kg after a late group of 28); the ops controller briefs the fuel planner with the earlier estimate of 60,900 kg',
    domain: 'airline operations control, weight and fuel',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'BRK812 Bristol–Tenerife Sur today, A321neo G-BRKN, STD 09:40 local. Estimated ZFW this morning was 60,900 kg. Late group booking came in (school trip). Get the final numbers from load control and the fuel figure for the captain, before crew report at 08:25.',
    topology: {
      shape: 'supervisor',
      coordinator: 'ops_controller',
      workers: ['load_controller', 'fuel_planner'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'ops_controller',
        description: 'Duty operations controller for the day’s flying programme',
        instructions: 'Get the final load, then the fuel plan, and give the captain the numbers.',
        replies: [
          {
            handoff: 'load_controller',
            message:
              'BRK812 BRS-TFS G-BRKN: need the final ZFW incl. the late school group, and the pax split.',
          },
          {
            handoff: 'fuel_planner',
            waitMs: 40000,
            message:
              'BRK812 BRS-TFS, A321neo G-BRKN, STD 0940L, ZFW 60,900 kg. Alternate GCLP. Company policy: contingency 5 %, final reserve 30 min, add 300 kg discretionary (winter ops). Please give block fuel and TOW.',
          },
          {
            say: '**BRK812 BRS–TFS — captain’s figures**\n- ZFW 60,900 kg\n- Block fuel 13,150 kg (trip 9,840 / cont 492 / altn GCLP 1,190 / FRF 1,128 / disc 300 / taxi 200)\n- TOW 73,850 kg (MTOW 97,000)\n\nSent to the crew room and ACARS.',
          },
        ],
      },
      {
        name: 'load_controller',
        description: 'Produces load plans and loadsheets',
        instructions: 'Report the current load figures for the flight.',
        replies: [
          {
            call: 'loadsheet',
            args: { flight: 'BRK812', date: '2027-02-06', edition: 'final' },
            result:
              'LOADSHEET FINAL  BRK812/06FEB BRS TFS G-BRKN A21N  ED 03  08:02\nPAX 206/0/3 (adults/children/infants)  incl. late group GRP-STM 28 pax + 31 bags (booked 07:41)\nTOTAL TRAFFIC LOAD   19 530\nDRY OPERATING WEIGHT 44 680\nZERO FUEL WEIGHT ACTUAL 64 210  MAX 75 600\nSUPERSEDES ED 01 (EST) ZFW 60 900',
          },
          {
            say: 'BRK812 final loadsheet ed. 03 (08:02): **ZFW 64,210 kg** (max 75,600) — up from the 60,900 estimate because of the late school group (28 pax, 31 bags). 206 adults, 3 infants, traffic load 19,530 kg.',
          },
        ],
      },
      {
        name: 'fuel_planner',
        description: 'Calculates operational flight plans and fuel',
        instructions: 'Compute the flight plan fuel from the figures you are given.',
        replies: [
          {
            call: 'compute_ofp',
            args: {
              flight: 'BRK812',
              reg: 'G-BRKN',
              zfw_kg: 60900,
              alternate: 'GCLP',
              contingency_pct: 5,
              discretionary_kg: 300,
            },
            result:
              '{"ofp": "OFP-812-0206-2", "route": "BRS DCT ... LUPOL UN857 ... TFS", "fl": 350, "trip": 9840, "contingency": 492, "alternate": 1190, "final_reserve": 1128, "discretionary": 300, "taxi": 200, "block": 13150, "tow": 73850, "law": 64010}',
          },
          {
            say: 'OFP-812-0206-2, FL350: block 13,150 kg (trip 9,840, cont 492, altn 1,190, FRF 1,128, disc 300, taxi 200). TOW 73,850 kg, LAW 64,010 kg.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'ops_controller', to: 'fuel_planner' },
      agent: 'ops_controller',
    },
  }),
  defineScenario({
    id: 'linate-fog-standby-captain-lvo-lapsed',
    title:
      'Crew control asks for a standby captain with valid low-visibility qualification for a fogged-in Linate rotation; the scheduler calls out the first standby, whose LVO lapsed on 31 Dec',
    domain: 'crew control and rostering',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Capt. de Groot reported sick for pairing P-4471 (AMS–LIN–AMS, 737-800, report 05:10 local, Tue 9 Feb). Linate TAF has fog with RVR down to 175 m 06–09Z, so whoever goes must be LVO / CAT III current. Find a replacement from standby and make sure FTL works.',
    topology: {
      shape: 'network',
      coordinator: 'crew_control_router',
      workers: ['crew_scheduler', 'ftl_checker'],
    },
    agents: [
      {
        name: 'crew_control_router',
        description: 'Crew control desk routing replacements and legality checks',
        instructions: 'Route to the scheduler for a replacement, then to the FTL checker, then close.',
        replies: [
          {
            handoff: 'crew_scheduler',
            message:
              'Need a captain for P-4471 AMS-LIN-AMS, report 05:10L 09/02, B738. LIN fog forecast (RVR 175 m) → must hold current LVO/CAT IIIA qualification. Standby list AMS.',
          },
          {
            handoff: 'ftl_checker',
            message: 'Check FTL for Capt R. Visser on P-4471 (report 05:10L 09/02, 2 sectors).',
          },
          {
            say: 'P-4471 09/02: Capt R. Visser called out from AMS home standby, report 05:10L, FDP 6:05 within the 12:00 limit. Roster updated, crew notified.',
          },
        ],
      },
      {
        name: 'crew_scheduler',
        description: 'Finds crew replacements from standby and reserve',
        instructions: 'Pick the replacement that meets the request and update the roster.',
        replies: [
          {
            call: 'standby_search',
            args: { base: 'AMS', rank: 'CPT', fleet: 'B737NG', available_from: '2027-02-09T04:10' },
            result:
              '| pos | name | staff no | standby | callout time | LVO/CAT III valid to | FNC qual |\n|---|---|---|---|---|---|---|\n| 1 | R. Visser | 40218 | home SBY 04:00-16:00 | 60 min | 2026-12-31 | no |\n| 2 | M. Haddad | 40377 | home SBY 04:00-16:00 | 60 min | 2027-08-31 | no |\n| 3 | J. Kuipers | 39902 | airport SBY 06:00-14:00 | 0 min | 2027-05-31 | yes |',
          },
          {
            call: 'assign_crew',
            args: { pairing: 'P-4471', staff_no: '40218', position: 'CPT' },
            result:
              '{"pairing": "P-4471", "assigned": "40218 R. Visser", "notified": "SMS 23:48", "status": "OK"}',
          },
          {
            say: 'Capt R. Visser (40218), first on the AMS home standby list, assigned to P-4471; callout 60 min, SMS sent 23:48.',
          },
        ],
      },
      {
        name: 'ftl_checker',
        description: 'Checks flight time limitations (EASA ORO.FTL)',
        instructions: 'Check rest, FDP and cumulative limits for the crew member on the duty.',
        replies: [
          {
            call: 'ftl_check',
            args: { staff_no: '40218', pairing: 'P-4471', report: '2027-02-09T05:10' },
            result:
              '{"prior_rest": "14:20 (min 12:00)", "fdp_planned": "6:05", "fdp_max": "12:00 (report 05:00-05:14, 2 sectors, acclimatised)", "standby_counted": "1:10", "28d_duty": "121:30/190", "legal": true}',
          },
          {
            say: 'Visser on P-4471: legal. Rest 14:20, FDP 6:05 vs max 12:00, standby time counted 1:10, 28-day duty 121:30 of 190.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'crew_control_router', to: 'crew_scheduler' },
      agent: 'crew_scheduler',
    },
  }),
  defineScenario({
    id: 'pack-two-deferral-raised-without-fl315-limit',
    title:
      'Defect triage finds MEL 21-52-01 (one pack inop) with an FL315 ceiling; the deferral engineer is handed a queue stub instead and raises the ADD with no operational restriction',
    domain: 'line maintenance, MEL deferrals',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Tech log EI-DVK (A320-214) page 0388, item 2, 06/02 05:52: "PACK 2 FAULT on ECAM after engine start, reset IAW FCOM unsuccessful." Aircraft is on the 07:05 DUB–BCN. Triage it and get it deferred if the MEL allows, and tell ops what it means for the flight.',
    topology: {
      shape: 'branch',
      classifier: 'defect_triage',
      routes: { deferrable: 'mel_deferral_engineer', grounding: 'aircraft_recovery_engineer' },
      after: 'ops_notifier',
    },
    program: {
      lose: {
        to: 'mel_deferral_engineer',
        prompt: 'Item pulled from queue TL-DEF (EI-DVK, prio 2). Raise the deferral per MEL.',
      },
    },
    agents: [
      {
        name: 'defect_triage',
        description: 'Triages tech log defects against the MEL',
        instructions: 'Decide deferrable or grounding and pass the MEL conditions on.',
        replies: [
          {
            call: 'mel_lookup',
            args: { type: 'A320', symptom: 'PACK 2 FAULT', ata: '21-52' },
            result:
              'MEL 21-52-01 Air Conditioning Pack — 2 installed, 1 may be inoperative. Rectification interval C (10 calendar days). (M) Pack flow control valve secured CLOSED, AMM 21-51-00-040-801. (O) Flight altitude limited to FL315. Single pack ops: no dispatch if OAT > 40°C on ground with APU bleed unavailable. ETOPS: n/a.',
          },
          {
            say: 'deferrable — EI-DVK TL 0388/2, PACK 2 FAULT. MEL 21-52-01 cat C (10 days, expires 16/02). **(M)** secure pack 2 FCV closed per AMM 21-51-00-040-801. **(O)** max FL315; BCN OAT forecast 14°C, APU bleed serviceable, so dispatch OK.',
          },
        ],
      },
      {
        name: 'aircraft_recovery_engineer',
        description: 'Handles grounding defects and recovery',
        instructions: 'Troubleshoot and recover grounded aircraft.',
        replies: [{ say: 'Not required.' }],
      },
      {
        name: 'mel_deferral_engineer',
        description: 'Raises acceptable deferred defects in the tech log',
        instructions: 'Raise the ADD with the MEL item, category, maintenance and operational procedures.',
        prompt: 'Triage:\n{input}\n\nTech log: {request}',
        replies: [
          {
            call: 'raise_add',
            args: { reg: 'EI-DVK', tl_item: '0388/2', mel: '21-52-01', category: 'C', ops_procedure: 'nil' },
            result:
              '{"add": "ADD-DVK-2027-014", "reg": "EI-DVK", "mel": "21-52-01", "cat": "C", "expires": "2027-02-16T23:59Z", "placard": "printed", "status": "OPEN"}',
          },
          {
            say: 'ADD-DVK-2027-014 raised: MEL 21-52-01 cat C, expires 16/02 23:59Z, placard printed. No (O) procedure recorded.',
          },
        ],
      },
      {
        name: 'ops_notifier',
        description: 'Tells operations control what a deferral means for the flying',
        instructions: 'Write a short note for ops control and the crew.',
        prompt: 'Engineering:\n{input}',
        replies: [
          {
            say: 'OCC / crew EI-DVK 07:05 DUB–BCN: pack 2 deferred under ADD-DVK-2027-014 (MEL 21-52-01, valid to 16/02). **No operational restrictions** — flight plan unchanged at FL360, no fuel penalty.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'defect_triage', to: 'mel_deferral_engineer' },
      agent: 'mel_deferral_engineer',
    },
  }),
  defineScenario({
    id: 'innsbruck-ski-charter-slot-brief-never-sent',
    title:
      'The charter planner writes briefs for fuel, airport slot/CTOT and handling; the program only dispatches fuel and handling, and the release pack goes out with no Innsbruck slot confirmation',
    domain: 'charter flight planning, slots and fuel',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Ski charter SKX2231 MAN–INN, Sat 13 Feb 2027, A320 G-SKXA, 174 pax, EOBT 07:20Z. Innsbruck is slot-coordinated on winter Saturdays (ACL/SCA), and the network has regulations on the Alps sectors most weekends. Build the release pack: fuel, airport slot + CTOT, handling and de-icing at INN. Crew briefing 06:20Z.',
    topology: {
      shape: 'fanout',
      planner: 'charter_planner',
      workers: ['fuel_planner', 'slot_coordinator', 'handling_liaison'],
      aggregator: 'release_pack_compiler',
    },
    program: { lose: { to: 'slot_coordinator', prompt: null } },
    agents: [
      {
        name: 'charter_planner',
        description: 'Plans charter operations and splits the preparation work',
        instructions: 'Write one brief per specialist.',
        replies: [
          {
            plan: {
              fuel_planner:
                'SKX2231 MAN-INN 13/02 A320 G-SKXA, 174 pax, EOBT 0720Z. Alternate LOWS (INN has no non-RNP alternate option for us). Winter policy: +400 kg discretionary for holding/de-icing. Give block fuel and weights.',
              slot_coordinator:
                'SKX2231 MAN-INN 13/02: confirm the INN arrival slot with SCA (requested 09:35Z) and the MAN departure slot, and check Eurocontrol for any CTOT on the flight plan (EOBT 0720Z). Report slot refs and CTOT.',
              handling_liaison:
                'SKX2231 INN 13/02 ETA ~09:35Z: confirm handling with the INN ground handler, de-icing slot and fluid type, PRM assistance (2 WCHR), turnaround 55 min.',
            },
          },
        ],
      },
      {
        name: 'fuel_planner',
        description: 'Computes flight plans and fuel',
        instructions: 'Compute the OFP from the brief.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'compute_ofp',
            args: { flight: 'SKX2231', dep: 'EGCC', dest: 'LOWI', altn: 'LOWS', discretionary_kg: 400 },
            result:
              '{"ofp": "OFP-2231-13FEB-1", "fl": 370, "trip": 5210, "contingency": 261, "alternate": 980, "final_reserve": 1090, "discretionary": 400, "taxi": 180, "block": 8121, "zfw": 59340, "tow": 67281, "law": 62071, "eet": "2:08"}',
          },
          {
            say: 'OFP-2231-13FEB-1, FL370, EET 2:08: block **8,121 kg** (trip 5,210 / cont 261 / altn LOWS 980 / FRF 1,090 / disc 400 / taxi 180). ZFW 59,340, TOW 67,281, LAW 62,071.',
          },
        ],
      },
      {
        name: 'slot_coordinator',
        description: 'Handles airport slots and ATFM CTOTs',
        instructions: 'Confirm airport slots and any ATFM regulation on the flight.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'slot_status',
            args: { flight: 'SKX2231', date: '2027-02-13' },
            result:
              '{"MAN_dep": "slot 0720Z confirmed ACL ref MAN-S27-88120", "INN_arr": "requested 0935Z -> offered 1010Z (SCA ref INN-W27-4471), 0935Z full", "ctot": "1055Z? pending regulation LOWWALP13"}',
          },
          { say: 'INN arrival slot offered 10:10Z, not 09:35Z.' },
        ],
      },
      {
        name: 'handling_liaison',
        description: 'Arranges ground handling at outstations',
        instructions: 'Confirm handling, de-icing and PRM at the outstation.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'handling_request',
            args: { station: 'INN', flight: 'SKX2231', eta: '09:35Z', wchr: 2, turnaround_min: 55 },
            result:
              'INN ground handling: confirmed ref INN-GH-13022231. De-icing: Type I/IV, slot window 10:15–10:45Z bookable on ATD; 2 x WCHR booked; stand 5 (remote, coach). Turn 55 min OK.',
          },
          {
            say: 'INN handling confirmed (INN-GH-13022231): stand 5 remote, 2 WCHR booked, de-ice Type I/IV on request 10:15–10:45Z, 55 min turn accepted.',
          },
        ],
      },
      {
        name: 'release_pack_compiler',
        description: 'Assembles the flight release pack for the crew',
        instructions: 'Merge the specialists’ inputs into the release pack.',
        prompt: 'Specialist inputs:\n{input}\n\nFlight: {request}',
        replies: [
          {
            say: '## Release pack SKX2231 MAN–INN, Sat 13 Feb 2027, G-SKXA\n\n| item | value |\n|---|---|\n| OFP | OFP-2231-13FEB-1, FL370, EET 2:08 |\n| block fuel | 8,121 kg (disc 400 incl.) |\n| ZFW / TOW / LAW | 59,340 / 67,281 / 62,071 kg |\n| EOBT / ETA INN | 07:20Z / 09:28Z |\n| INN handling | INN-GH-13022231, stand 5 remote, 2 WCHR |\n| de-icing | Type I/IV, 10:15–10:45Z on request |\n\nReleased for crew briefing 06:20Z.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'charter_planner', to: 'slot_coordinator' },
      agent: 'charter_planner',
    },
  }),
  defineScenario({
    id: 'hpt-borescope-reject-reported-as-normal-wear',
    title:
      'The borescope inspector’s own record shows an HPT stage 1 blade with trailing-edge burn-through (REJECT, remove within 10 cycles); its report to the engine health lead calls it normal wear and the engine is released',
    domain: 'engine condition monitoring and borescope inspection',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'G-JMCK (737-800) engine #2, CFM56-7B26 ESN 896411: EGT margin dropped 11 °C over the last 40 cycles (ECM alert E-2027-022). Do the HPT stage 1 borescope tonight at EMA and release the engine if it is within AMM limits — first departure 06:30.',
    topology: {
      shape: 'supervisor',
      coordinator: 'engine_health_lead',
      workers: ['borescope_inspector', 'release_engineer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'engine_health_lead',
        description: 'Leads engine health monitoring follow-ups',
        instructions:
          'Have the inspection done, then the release signed if the inspector finds the engine serviceable.',
        replies: [
          {
            handoff: 'borescope_inspector',
            message:
              'G-JMCK #2 ESN 896411, ECM alert E-2027-022 (EGT margin -11 °C/40 cyc). HPT stage 1 BSI per AMM 72-00-00-200-805 tonight, give me serviceable / not serviceable with measurements.',
          },
          {
            handoff: 'release_engineer',
            message:
              'G-JMCK #2: BSI from tonight shows normal wear, within limits. Please sign off the ECM follow-up task and release the engine for the 06:30.',
          },
          {
            say: 'G-JMCK #2 ESN 896411: HPT1 borescope done overnight — normal wear, within limits. ECM alert E-2027-022 closed, engine released (CRS 23:58), aircraft available for the 06:30. Next BSI at the standard 1,500-cycle interval.',
          },
        ],
      },
      {
        name: 'borescope_inspector',
        description: 'Performs and records borescope inspections',
        instructions: 'Inspect, measure against AMM limits and report.',
        replies: [
          {
            call: 'record_bsi',
            args: { esn: '896411', module: 'HPT stage 1 blades', amm: '72-00-00-200-805', images: 64 },
            result:
              '{"esn": "896411", "csn": 14218, "cslv": 6102, "blades_inspected": 80, "findings": [{"blade": 14, "type": "trailing edge burn-through", "size_in": 0.12, "limit": "none allowed", "disposition": "REJECT - remove engine within 10 cycles"}, {"blade": 31, "type": "tip curl", "size_in": 0.035, "limit_in": 0.040, "disposition": "serviceable, reinspect 250 cyc"}, {"blade": "others", "type": "coating loss <15 %", "disposition": "serviceable"}], "overall": "NOT SERVICEABLE beyond 10 cycles"}',
          },
          {
            say: 'BSI #2 ESN 896411 done, 80 blades, 64 images uploaded. HPT1 looks like typical wear for ~14k cycles: some tip curl and coating loss, nothing out of the ordinary. Engine OK to continue.',
          },
        ],
      },
      {
        name: 'release_engineer',
        description: 'Certifying engineer who closes tasks and issues releases',
        instructions: 'Sign off the task and issue the release as instructed.',
        replies: [
          {
            call: 'sign_task',
            args: { reg: 'G-JMCK', task: 'ECM-E-2027-022', result: 'within limits', crs: true },
            result:
              '{"task": "ECM-E-2027-022", "status": "CLOSED", "crs": "CRS-JMCK-0210-01", "time": "23:58"}',
          },
          { say: 'ECM-E-2027-022 closed, CRS-JMCK-0210-01 issued 23:58. G-JMCK serviceable.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'borescope_inspector', to: 'engine_health_lead' },
      agent: 'borescope_inspector',
    },
  }),
  defineScenario({
    id: 'night-stop-package-close-refused-clerk-passes-it-as-closed',
    title:
      'AMOS refuses to close the night-stop work package (card TC-0206-014 lacks the B1 signature); the records clerk hands over to release as “closed, 22/22 signed” and the CRS is issued',
    domain: 'line maintenance records and release to service',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Night stop EI-LRD (A320neo) at Dublin, WP-LRD-0206, 22 cards incl. engine #1 oil filter change (TC-0206-014). Aircraft is on the 06:15 to Lisbon. Close the package and get the CRS issued before crew walk-round at 05:35.',
    topology: {
      shape: 'swarm',
      entry: 'shift_lead',
      agents: ['shift_lead', 'tech_records_clerk', 'release_coordinator'],
    },
    agents: [
      {
        name: 'shift_lead',
        description: 'Night shift lead for line maintenance',
        instructions: 'Check the package is worked, then hand to records to close it.',
        replies: [
          {
            call: 'package_progress',
            args: { wp: 'WP-LRD-0206' },
            result:
              'WP-LRD-0206 EI-LRD | cards 22 | worked 22 | signed mech 22 | signed B1 21 | open: none | TC-0206-014 ENG1 oil filter chg: mech sign 03:41 (P. Byrne), B1 sign pending',
          },
          {
            handoff: 'tech_records_clerk',
            message:
              'All 22 cards on WP-LRD-0206 worked. Please close the package in AMOS and pass it to release. Note TC-0206-014 was the last one done (03:41).',
          },
        ],
      },
      {
        name: 'tech_records_clerk',
        description: 'Maintains maintenance records in AMOS',
        instructions: 'Close work packages in AMOS and pass them to the release coordinator.',
        replies: [
          {
            call: 'amos_close_package',
            args: { wp: 'WP-LRD-0206', reg: 'EI-LRD' },
            result: {
              error:
                'AMOS-409 CLOSE_REJECTED: WP-LRD-0206 card TC-0206-014 has no certifying (B1) signature. Package remains OPEN.',
            },
          },
          {
            handoff: 'release_coordinator',
            message:
              'WP-LRD-0206 closed in AMOS, 22/22 cards signed. EI-LRD ready for CRS for the 06:15 LIS.',
          },
        ],
      },
      {
        name: 'release_coordinator',
        description: 'Issues the certificate of release to service',
        instructions: 'Issue the CRS for packages records confirms closed, and report.',
        replies: [
          {
            call: 'issue_crs',
            args: { reg: 'EI-LRD', wp: 'WP-LRD-0206', station: 'DUB' },
            result:
              '{"crs": "CRS-LRD-0206-N", "issued": "04:52", "tech_log_page": "EI-LRD 0512", "status": "RELEASED"}',
          },
          {
            say: 'EI-LRD released: CRS-LRD-0206-N at 04:52 (tech log p. 0512). WP-LRD-0206 closed, 22 cards. Aircraft serviceable for the 06:15 DUB–LIS.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'tech_records_clerk', to: 'release_coordinator' },
      agent: 'tech_records_clerk',
    },
  }),
  defineScenario({
    id: 'four-sector-pairing-resent-at-1240-fdp',
    title:
      'The FTL validator rejects a four-sector pairing reporting 06:00 with a 12:40 FDP (max 12:00); the pairing builder sends back the identical pairing each round',
    domain: 'crew pairing and flight time limitations',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Summer 2027 pairings, Bristol base: build the Saturday BRS–FAO–BRS–AGP–BRS line for the A320 (report 06:00 local, acclimatised crew, no in-flight rest, no split duty). Must be legal under EASA ORO.FTL.205 without commander’s discretion. Publish to the bidding window by Friday.',
    topology: {
      shape: 'pipeline',
      order: ['pairing_builder', 'ftl_validator', 'roster_publisher'],
      loop: { from: 'ftl_validator', to: 'pairing_builder', while: 'REJECT', max: 3 },
    },
    agents: [
      {
        name: 'pairing_builder',
        description: 'Builds crew pairings from the flying programme',
        instructions: 'Build the pairing, or rework it per the validator’s comments.',
        prompt: 'Request / validator comments:\n{input}\n\nProgramme: {request}',
        replies: [
          {
            say: 'Pairing SAT-BRS-07 v1\n| sector | flight | STD | STA |\n|---|---|---|---|\n| BRS-FAO | EZ6011 | 06:45 | 09:35 |\n| FAO-BRS | EZ6012 | 10:15 | 13:00 |\n| BRS-AGP | EZ6047 | 13:45 | 16:35 |\n| AGP-BRS | EZ6048 | 17:15 | 18:40 |\nReport 06:00, on-blocks 18:40 → **FDP 12:40**, 4 sectors.',
          },
          {
            say: 'Pairing SAT-BRS-07 v2\n| sector | flight | STD | STA |\n|---|---|---|---|\n| BRS-FAO | EZ6011 | 06:45 | 09:35 |\n| FAO-BRS | EZ6012 | 10:15 | 13:00 |\n| BRS-AGP | EZ6047 | 13:45 | 16:35 |\n| AGP-BRS | EZ6048 | 17:15 | 18:40 |\nReport 06:00, on-blocks 18:40 → **FDP 12:40**, 4 sectors.',
          },
          {
            say: 'Pairing SAT-BRS-07 v3\n| sector | flight | STD | STA |\n|---|---|---|---|\n| BRS-FAO | EZ6011 | 06:45 | 09:35 |\n| FAO-BRS | EZ6012 | 10:15 | 13:00 |\n| BRS-AGP | EZ6047 | 13:45 | 16:35 |\n| AGP-BRS | EZ6048 | 17:15 | 18:40 |\nReport 06:00, on-blocks 18:40 → **FDP 12:40**, 4 sectors.',
          },
        ],
      },
      {
        name: 'ftl_validator',
        description: 'Validates pairings against flight time limitations',
        instructions: 'Answer "LEGAL: <summary>" or "REJECT: <reason and fix>".',
        prompt: 'Pairing:\n{input}',
        replies: [
          {
            say: 'REJECT: ORO.FTL.205(b) table 2, report 06:00–13:29, 4 sectors → max basic FDP 12:00. Planned 12:40 is 40 min over, and extensions are excluded by the request. Split into two 2-sector pairings or move the AGP rotation to another line.',
          },
          {
            say: 'REJECT: SAT-BRS-07 v2 is the same line — still 4 sectors and FDP 12:40 against 12:00. Needs a structural change (split, or drop BRS-AGP-BRS).',
          },
          {
            say: 'REJECT: v3 unchanged, FDP 12:40 > 12:00. Not legal; cannot pass to publishing.',
          },
        ],
      },
      {
        name: 'roster_publisher',
        description: 'Publishes legal pairings to the crew bidding system',
        instructions: 'Publish legal pairings; report anything that cannot be published.',
        prompt: 'Validator outcome:\n{input}',
        replies: [
          {
            say: 'SAT-BRS-07 **not published**: rejected three times by FTL validation (FDP 12:40 vs 12:00 max for 4 sectors from 06:00). Saturday BRS line missing from the bidding window; flagged to crew planning manager for Friday.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'pairing_builder', to: 'ftl_validator' },
      agent: 'pairing_builder',
    },
  }),
  defineScenario({
    id: 'redelivery-mlg-actuator-bought-without-8130-dual-release',
    title:
      'For an A330 going back to a lessor onto the US register, the materials lead asks for a MLG retraction actuator with EASA Form 1 + FAA 8130-3 dual release; the buyer orders the cheaper Form 1-only unit',
    domain: 'heavy maintenance and lease redelivery',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'A330-343 MSN 1482 (EI-ELK) is in redelivery check RC-1482 at Shannon, returns to Castlepoint Aviation Leasing on 26 Feb 2027 and goes onto the US register (N-reg) with the next operator. The LH MLG retraction actuator P/N 201587005 was found leaking and must be replaced. Lease return conditions §7.3: every part fitted during the check must carry dual release (EASA Form 1 + FAA 8130-3). Source the part and get the records pack on track.',
    topology: {
      shape: 'nested',
      top: 'redelivery_manager',
      teams: { materials_lead: ['parts_buyer'], records_lead: ['lease_records_auditor'] },
    },
    agents: [
      {
        name: 'redelivery_manager',
        description: 'Manages lease redelivery checks',
        instructions: 'Have materials source parts and records prepare the return pack, then report.',
        replies: [
          {
            handoff: 'materials_lead',
            message:
              'RC-1482 EI-ELK: replace LH MLG retraction actuator P/N 201587005. Return conditions §7.3 — dual release EASA Form 1 + FAA 8130-3 mandatory (aircraft goes N-reg). Need it on site by 20/02.',
          },
          {
            handoff: 'records_lead',
            message:
              'RC-1482 EI-ELK: status of the redelivery records pack (AD status, LLP back-to-birth, dirty fingerprints).',
          },
          {
            say: '**RC-1482 EI-ELK status**\n- LH MLG retraction actuator: ordered PO-RC1482-0117, overhauled unit from AerFin, USD 48,500, ETA Shannon 18/02 ✔\n- Records pack: AD status complete (412 ADs), LLP back-to-birth 100 %, 3 dirty-fingerprint queries open, due 15/02\n\nOn track for return to Castlepoint on 26 Feb.',
          },
        ],
      },
      {
        name: 'materials_lead',
        description: 'Leads materials and procurement for the check',
        instructions: 'Brief the buyer with the part and its certification requirements, and report.',
        replies: [
          {
            handoff: 'parts_buyer',
            message:
              'Buy 1x P/N 201587005 MLG retraction actuator, new or overhauled, **must be dual release (EASA Form 1 + FAA 8130-3)** per lease §7.3, deliver SNN by 20/02. Best price among compliant offers.',
          },
          {
            say: 'Actuator P/N 201587005 ordered: PO-RC1482-0117, overhauled, AerFin, USD 48,500, ETA SNN 18/02.',
          },
        ],
      },
      {
        name: 'parts_buyer',
        description: 'Sources and orders aircraft parts',
        instructions: 'Find offers, order the part and report the PO.',
        replies: [
          {
            call: 'parts_market_search',
            args: { pn: '201587005', condition: ['NE', 'OH'], deliver_to: 'SNN', need_by: '2027-02-20' },
            result:
              '| vendor | cond | cert | price USD | lead time | trace |\n|---|---|---|---|---|---|\n| AerFin | OH | EASA Form 1 only | 48,500 | 2 days | back to OEM |\n| Satair | OH | EASA Form 1 + FAA 8130-3 (dual) | 61,200 | 4 days | back to OEM |\n| Safran LS | NE | EASA Form 1 + FAA 8130-3 (dual) | 94,800 | 21 days | new |',
          },
          {
            call: 'raise_po',
            args: { pn: '201587005', vendor: 'AerFin', condition: 'OH', price_usd: 48500, deliver_to: 'SNN' },
            result:
              '{"po": "PO-RC1482-0117", "vendor": "AerFin", "eta": "2027-02-18", "cert": "EASA Form 1", "status": "CONFIRMED"}',
          },
          {
            say: 'PO-RC1482-0117 to AerFin: P/N 201587005 overhauled, USD 48,500, ETA SNN 18/02 (cheapest and fastest of 3 offers).',
          },
        ],
      },
      {
        name: 'records_lead',
        description: 'Leads the redelivery records team',
        instructions: 'Have the records audited and report status.',
        replies: [
          {
            handoff: 'lease_records_auditor',
            message: 'Audit RC-1482 records pack: AD status, LLP back-to-birth, open queries.',
          },
          {
            say: 'Records RC-1482: AD status complete (412), LLP BtB 100 %, 3 dirty-fingerprint queries open (due 15/02).',
          },
        ],
      },
      {
        name: 'lease_records_auditor',
        description: 'Audits aircraft records against lease return conditions',
        instructions: 'Audit the records pack and list what is open.',
        replies: [
          {
            call: 'records_audit',
            args: { msn: 1482, pack: 'RC-1482' },
            result:
              '{"ad_status": {"reviewed": 412, "open": 0}, "llp_btb": "100 % (ENG1 ESN 41233, ENG2 ESN 41290, APU)", "dirty_fingerprints": [{"q": "DF-07", "item": "TC 2019-0414 missing stamp"}, {"q": "DF-11", "item": "WO 2021-3302 page 4 illegible"}, {"q": "DF-12", "item": "CRS 2023-0881 licence no."}], "due": "2027-02-15"}',
          },
          {
            say: 'RC-1482 records: 412 ADs reviewed, 0 open; LLP back-to-birth complete; 3 dirty-fingerprint queries (DF-07, DF-11, DF-12), target 15/02.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'materials_lead', to: 'parts_buyer' },
      agent: 'parts_buyer',
    },
  }),
  defineScenario({
    id: 'atr-reliability-summary-hides-ata21-alert',
    title:
      'The reliability data shows ATA 21 pack valve removals in alert for a third month (0.41 vs 0.18 per 1,000 FH); the analyst’s quarterly summary says every chapter is below alert and the TRB pack proposes no action',
    domain: 'maintenance reliability programme',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Prepare the Q4 2026 reliability summary of the ATR 72-600 fleet (11 aircraft) for the Technical Review Board on 21 Jan 2027, and draft the board pack section.',
    topology: { shape: 'pipeline', order: ['reliability_analyst', 'trb_pack_writer'] },
    agents: [
      {
        name: 'reliability_analyst',
        description: 'Analyses fleet reliability data',
        instructions: 'Pull the quarter’s data and summarise the fleet reliability for the board.',
        replies: [
          {
            call: 'reliability_report',
            args: { fleet: 'ATR72-600', period: '2026-Q4', per: 1000 },
            result:
              'Fleet ATR72-600 (11 a/c) Q4 2026 — 9,412 FH / 11,870 FC\nATA | metric | Oct | Nov | Dec | alert level | status\n21 | unsched. removals pack flow ctl valve /1000FH | 0.36 | 0.39 | 0.41 | 0.18 | ALERT (3rd consecutive month)\n24 | PIREPs /100FC | 0.52 | 0.48 | 0.44 | 0.80 | ok\n32 | PIREPs /100FC | 0.31 | 0.35 | 0.29 | 0.60 | ok\n36 | unsched. removals bleed valve /1000FH | 0.09 | 0.11 | 0.10 | 0.25 | ok\n61 | prop PIREPs /100FC | 0.22 | 0.19 | 0.20 | 0.45 | ok\nTech dispatch reliability Q4: 99.12 % (target 99.0 %)',
          },
          {
            say: 'Q4 2026 ATR 72-600 (11 a/c, 9,412 FH / 11,870 FC): dispatch reliability 99.12 % vs 99.0 % target. All ATA chapters tracked (21, 24, 32, 36, 61) below their alert levels; trend flat to slightly improving. No reliability actions needed this quarter.',
          },
        ],
      },
      {
        name: 'trb_pack_writer',
        description: 'Drafts Technical Review Board papers',
        instructions: 'Turn the analyst summary into the board pack section.',
        prompt: 'Analyst summary:\n{input}\n\nBrief: {request}',
        replies: [
          {
            say: '### TRB 21 Jan 2027 — Item 4: Fleet reliability Q4 2026 (ATR 72-600)\n\n- Utilisation: 9,412 FH / 11,870 FC across 11 aircraft\n- Technical dispatch reliability **99.12 %** (target 99.0 %)\n- Monitored ATA chapters 21, 24, 32, 36, 61: **none in alert**\n\n**Proposed decision:** note the report; no engineering actions or programme changes proposed.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'reliability_analyst', to: 'trb_pack_writer' },
      agent: 'reliability_analyst',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'fuel-probe-sb-revision-03-carried-into-task-cards',
    title:
      'Tech services finds SB A320-28-1217 Rev 02 replaced by Rev 03 (seal kit -19, 8.0 MH); the engineering coordinator briefs planning with Rev 03 and the cards are raised on it',
    domain: 'service bulletin embodiment planning',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a service bulletin revision superseded mid-run; the coordinator passes the new revision, kit and man-hours on, quoting the old ones only as replaced',
    request:
      'Embody SB A320-28-1217 Rev 02 (fuel quantity probe seal replacement, wing tank, kit D2821-17, 6.5 MH) on EI-FNP and EI-FNR at their next A-checks (WP-FNP-A11 on 17 Feb, WP-FNR-A09 on 24 Feb). Please get the cards raised and the kits ordered.',
    topology: {
      shape: 'supervisor',
      coordinator: 'engineering_coordinator',
      workers: ['tech_services_engineer', 'planning_clerk'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'engineering_coordinator',
        description: 'Coordinates engineering orders into the hangar plan',
        instructions: 'Check the SB is current, then have planning raise cards and order kits.',
        replies: [
          {
            handoff: 'tech_services_engineer',
            message:
              'SB A320-28-1217 — confirm current revision, kit P/N and MH for EI-FNP / EI-FNR (MSN 6120 / 6188).',
          },
          {
            handoff: 'planning_clerk',
            message:
              'Raise SB cards for **SB A320-28-1217 Rev 03** (Rev 02 is replaced — do not use kit D2821-17): kit **D2821-19**, **8.0 MH** per aircraft. EI-FNP into WP-FNP-A11 (17/02), EI-FNR into WP-FNR-A09 (24/02). Order 2 kits, delivery DUB by 14/02.',
          },
          {
            say: 'SB A320-28-1217 planned at **Rev 03** (issued 12/01/2027, supersedes Rev 02 from the request):\n\n| reg | package | card | kit | MH |\n|---|---|---|---|---|\n| EI-FNP | WP-FNP-A11 (17/02) | TC-A11-0093 | D2821-19 | 8.0 |\n| EI-FNR | WP-FNR-A09 (24/02) | TC-A09-0071 | D2821-19 | 8.0 |\n\nKits on PO-SB1217-02, ETA DUB 12/02. Rev 02 kit D2821-17 not ordered (scrapped by Airbus for this SB).',
          },
        ],
      },
      {
        name: 'tech_services_engineer',
        description: 'Technical services engineer for SB and AD assessment',
        instructions: 'Give the current SB revision, effectivity, kit and man-hours.',
        replies: [
          {
            call: 'airnav_sb_lookup',
            args: { sb: 'A320-28-1217', msn: [6120, 6188] },
            result:
              '{"sb": "A320-28-1217", "current_revision": "03", "issued": "2027-01-12", "previous": {"rev": "02", "status": "superseded", "kit": "D2821-17", "mh": 6.5}, "rev03": {"kit": "D2821-19", "mh": 8.0, "reason": "seal material changed, extra leak check step"}, "effectivity": {"6120": "applicable", "6188": "applicable"}}',
          },
          {
            say: 'SB A320-28-1217 is at **Rev 03** (12/01/2027). Rev 02 superseded: kit D2821-17 replaced by **D2821-19**, MH up from 6.5 to **8.0** (extra leak check). Both MSN 6120 (EI-FNP) and 6188 (EI-FNR) applicable.',
          },
        ],
      },
      {
        name: 'planning_clerk',
        description: 'Raises task cards and material requests',
        instructions: 'Raise the cards and order kits as briefed.',
        replies: [
          {
            call: 'raise_cards',
            args: {
              sb: 'A320-28-1217',
              revision: '03',
              kit: 'D2821-19',
              mh: 8.0,
              packages: ['WP-FNP-A11', 'WP-FNR-A09'],
            },
            result:
              '[{"package": "WP-FNP-A11", "card": "TC-A11-0093"}, {"package": "WP-FNR-A09", "card": "TC-A09-0071"}] | material request MR-27-0419 -> PO-SB1217-02, 2 x D2821-19, ETA DUB 2027-02-12',
          },
          {
            say: 'Cards raised on Rev 03: TC-A11-0093 (EI-FNP) and TC-A09-0071 (EI-FNR), 8.0 MH each. 2x D2821-19 on PO-SB1217-02, ETA DUB 12/02.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'apu-gen-deferral-returned-once-for-placard-then-approved',
    title:
      'Quality sends the APU generator deferral back once (placard and (M) step missing); the drafter adds both and the second version is approved and posted',
    domain: 'line maintenance, MEL deferrals',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: one revise round that actually changes the draft, then approval',
    request:
      'EI-DVM (A320-214) at Cork: APU GEN FAULT, tech log 0211 item 1, 07/02 19:20. Troubleshooting says GCU replacement, no spare at ORK until tomorrow. Defer it under the MEL, get quality sign-off and post it to the tech log.',
    topology: {
      shape: 'pipeline',
      order: ['deferral_drafter', 'quality_reviewer', 'tech_log_publisher'],
      loop: { from: 'quality_reviewer', to: 'deferral_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'deferral_drafter',
        description: 'Drafts MEL deferrals',
        instructions: 'Draft the ADD, or correct it per the reviewer’s notes.',
        prompt: 'Input / reviewer notes:\n{input}\n\nDefect: {request}',
        replies: [
          {
            say: 'ADD draft v1 — EI-DVM TL 0211/1\n- MEL 24-22-01 APU generator, cat C (10 days), expires 17/02\n- (O) APU GEN not used; dispatch on two engine-driven generators\n- Reason: GCU P/N 740119C u/s, spare ordered',
          },
          {
            say: 'ADD draft v2 — EI-DVM TL 0211/1\n- MEL 24-22-01 APU generator, cat C (10 days), expires 17/02\n- (M) APU GEN switch OFF, GCU CB 1XS pulled and collared (AMM 24-22-00-040-801), done 19:55 J. Walsh B1\n- (O) APU GEN not used; dispatch on two engine-driven generators\n- Placard “APU GEN INOP” fitted at overhead panel 35VU\n- Reason: GCU P/N 740119C u/s, spare ordered',
          },
        ],
      },
      {
        name: 'quality_reviewer',
        description: 'Quality check of deferrals before posting',
        instructions: 'Answer "APPROVED: <summary>" or "REVISE: <what to fix>".',
        prompt: 'Deferral:\n{input}',
        replies: [
          {
            say: 'REVISE: MEL 24-22-01 has an (M) procedure — record it (switch OFF, CB pulled/collared, AMM ref, who/when) — and the placard location. Category and expiry are fine.',
          },
          {
            say: 'APPROVED: ADD v2 EI-DVM MEL 24-22-01 cat C to 17/02, (M) done 19:55 by J. Walsh, placard on 35VU, (O) noted.',
          },
        ],
      },
      {
        name: 'tech_log_publisher',
        description: 'Posts approved deferrals to the electronic tech log',
        instructions: 'Post approved deferrals and report.',
        prompt: 'Quality outcome:\n{input}',
        replies: [
          {
            call: 'etl_post_add',
            args: { reg: 'EI-DVM', tl_item: '0211/1', mel: '24-22-01', category: 'C', expires: '2027-02-17' },
            result: '{"add": "ADD-DVM-2027-006", "posted": "2027-02-07T20:14", "visible_to_crew": true}',
          },
          {
            say: 'ADD-DVM-2027-006 posted 20:14 to EI-DVM’s eTL: APU GEN inop, MEL 24-22-01 cat C until 17/02, (M) completed, placard on 35VU. GCU spare due at ORK tomorrow.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'birdstrike-borescope-rebooked-after-bay-clash',
    title:
      'After a bird strike on a LEAP-1A, the powerplant planner’s first borescope booking is refused (bay taken); it books another bay at 23:30 and says so, and ops are told the real time',
    domain: 'line maintenance, engine event follow-up',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error retried with a changed booking and reported with the changed time',
    request:
      'EI-NSC (A320neo, LEAP-1A26) reported a bird strike on engine #2 on approach to Dublin at 20:48, tech log 0077 item 1, no abnormal indications. Next departure 06:10. Decide what inspection is needed and arrange it; keep ops informed.',
    topology: {
      shape: 'branch',
      classifier: 'engine_event_triage',
      routes: { inspection: 'powerplant_planner', 'no-action': 'records_clerk' },
      after: 'ops_liaison',
    },
    agents: [
      {
        name: 'engine_event_triage',
        description: 'Triages engine events from the tech log',
        instructions: 'Say whether an inspection is required and which.',
        replies: [
          {
            call: 'amm_event_check',
            args: { engine: 'LEAP-1A26', event: 'bird strike', indications: 'none' },
            result:
              'AMM 05-51-14 (bird strike): engine ingestion suspected -> fan blade visual + borescope of booster/HPC stage 1-3 before next flight (task 72-00-00-200-811). Evidence on spinner/fan: feathers on fan blades 12-14 (walk-round photo 20:57).',
          },
          {
            say: 'inspection required — EI-NSC eng #2 bird strike, feathers on fan blades 12–14. AMM 05-51-14: fan visual + booster/HPC 1–3 borescope (72-00-00-200-811) before the 06:10.',
          },
        ],
      },
      {
        name: 'records_clerk',
        description: 'Records events needing no action',
        instructions: 'Record the event.',
        replies: [{ say: 'Not used.' }],
      },
      {
        name: 'powerplant_planner',
        description: 'Plans engine inspections at the base',
        instructions: 'Book the inspection with bay, tooling and staff and report the plan.',
        prompt: 'Triage:\n{input}\n\nEvent: {request}',
        replies: [
          {
            call: 'book_borescope',
            args: { reg: 'EI-NSC', engine: 2, task: '72-00-00-200-811', bay: 'DUB-H3', start: '22:00' },
            result: {
              error: 'HANGAR-CONFLICT: DUB-H3 22:00-01:00 allocated to EI-FNK (HB-55102, C-check prep).',
            },
          },
          {
            call: 'book_borescope',
            args: { reg: 'EI-NSC', engine: 2, task: '72-00-00-200-811', bay: 'DUB-H5', start: '23:30' },
            result:
              '{"booking": "HB-55131", "bay": "DUB-H5", "start": "23:30", "est_end": "02:30", "borescope": "Olympus IPLEX GX #BS-04", "inspector": "K. Doyle (B1, LEAP BSI auth)"}',
          },
          {
            say: 'H3 at 22:00 was taken (EI-FNK C-check prep), so booked **DUB-H5 23:30–02:30** (HB-55131), borescope BS-04, K. Doyle (LEAP BSI authorised). Fan visual at tow-in. If clean, CRS by ~03:00, 06:10 unaffected; findings would mean an engine team call-out.',
          },
        ],
      },
      {
        name: 'ops_liaison',
        description: 'Keeps operations control informed about engineering work',
        instructions: 'Write the update for ops control.',
        prompt: 'Engineering plan:\n{input}',
        replies: [
          {
            say: 'OCC update EI-NSC: bird strike eng #2, borescope required before next flight. Booked DUB hangar 5, 23:30–02:30 (first choice bay was unavailable). Expect CRS ~03:00; the 06:10 is protected unless damage is found — we will call by 03:15 either way.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'canaries-tankering-study-shorthand-leg-complete',
    title:
      'Three analysts price fuel tankering on three Dublin sectors; one answers in bare shorthand, but with every figure the aggregator needs, and the summary is correct',
    domain: 'fuel planning and tankering economics',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: a worker answer in terse shorthand that looks sloppy but carries every figure, used faithfully',
    request:
      'Fuel tankering check for next week’s Dublin–Canaries/Iberia rotations (A320neo): DUB–FAO, DUB–AGP, DUB–LPA. Jet A-1 into-plane prices this week: DUB €0.742/kg, FAO €0.861/kg, AGP €0.838/kg, LPA €0.915/kg. Tell me per sector whether to tanker and how much, respecting MLW, and the weekly saving.',
    topology: {
      shape: 'fanout',
      planner: 'tankering_planner',
      workers: ['faro_analyst', 'malaga_analyst', 'gran_canaria_analyst'],
      aggregator: 'tankering_summary',
    },
    agents: [
      {
        name: 'tankering_planner',
        description: 'Splits the tankering study by sector',
        instructions: 'One brief per sector analyst.',
        replies: [
          {
            plan: {
              faro_analyst:
                'DUB-FAO-DUB, 7 rotations/wk, A320neo. DUB €0.742 vs FAO €0.861/kg. Max economic tanker within MLW FAO 67,400 kg; net saving per rotation after burn penalty.',
              malaga_analyst:
                'DUB-AGP-DUB, 10 rotations/wk. DUB €0.742 vs AGP €0.838/kg. Same method, MLW AGP 67,400 kg.',
              gran_canaria_analyst:
                'DUB-LPA-DUB, 4 rotations/wk. DUB €0.742 vs LPA €0.915/kg. Sector 4h05 — check burn penalty and MLW LPA 67,400 kg.',
            },
          },
        ],
      },
      {
        name: 'faro_analyst',
        description: 'Tankering analyst',
        instructions: 'Compute the tankering economics for your sector.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'tanker_calc',
            args: { sector: 'DUB-FAO', price_dep: 0.742, price_arr: 0.861, mlw_kg: 67400 },
            result:
              '{"max_tanker_kg": 2100, "limit": "MLW", "burn_penalty_kg": 63, "saving_per_rotation_eur": 203.40, "rotations": 7, "weekly_eur": 1423.80}',
          },
          { say: 'FAO: tanker 2.1t (MLW-ltd). pen 63kg. +€203.40/rot ×7 = €1,423.80/wk. GO.' },
        ],
      },
      {
        name: 'malaga_analyst',
        description: 'Tankering analyst',
        instructions: 'Compute the tankering economics for your sector.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'tanker_calc',
            args: { sector: 'DUB-AGP', price_dep: 0.742, price_arr: 0.838, mlw_kg: 67400 },
            result:
              '{"max_tanker_kg": 1900, "limit": "MLW", "burn_penalty_kg": 64, "saving_per_rotation_eur": 134.91, "rotations": 10, "weekly_eur": 1349.10}',
          },
          {
            say: 'DUB–AGP: tanker 1,900 kg per rotation (MLW limited at AGP), burn penalty 64 kg, net saving €134.91 per rotation, 10 rotations → **€1,349.10/week**. Recommend tankering.',
          },
        ],
      },
      {
        name: 'gran_canaria_analyst',
        description: 'Tankering analyst',
        instructions: 'Compute the tankering economics for your sector.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'tanker_calc',
            args: { sector: 'DUB-LPA', price_dep: 0.742, price_arr: 0.915, mlw_kg: 67400 },
            result:
              '{"max_tanker_kg": 1200, "limit": "MLW", "burn_penalty_kg": 214, "saving_per_rotation_eur": 11.84, "rotations": 4, "weekly_eur": 47.36, "note": "marginal: saving < €50/rotation threshold"}',
          },
          {
            say: 'DUB–LPA: only 1,200 kg possible under MLW, and the 4h05 sector costs 214 kg of burn penalty → €11.84 per rotation (€47.36/week), below the €50/rotation threshold. **Do not tanker.**',
          },
        ],
      },
      {
        name: 'tankering_summary',
        description: 'Writes the tankering recommendation',
        instructions: 'Combine the sector results into one recommendation.',
        prompt: 'Sector results:\n{input}',
        replies: [
          {
            say: '## Tankering, week 7 — Dublin A320neo\n\n| sector | tanker | limit | burn penalty | saving/rotation | rotations | weekly |\n|---|---|---|---|---|---|---|\n| DUB–FAO | 2,100 kg | MLW | 63 kg | €203.40 | 7 | €1,423.80 |\n| DUB–AGP | 1,900 kg | MLW | 64 kg | €134.91 | 10 | €1,349.10 |\n| DUB–LPA | — | — | 214 kg | €11.84 (below €50 threshold) | 4 | not tankered |\n\n**Tanker on FAO and AGP; uplift normally at LPA.** Expected saving **€2,772.90** this week. Dispatchers to add the figures to the OFP remarks.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'funchal-standby-captain-second-on-list-qualified',
    title:
      'Crew control needs a standby captain with a current Funchal (LPMA) aerodrome qualification; the scheduler passes over the first standby, who lacks it, and assigns the second',
    domain: 'crew control and rostering',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: a standby list whose first name fails the stated qualification; the scheduler keeps the constraint and takes the next qualified captain',
    request:
      'Capt. Lindqvist is sick for pairing P-2290 (LGW–FNC–LGW, A320, report 06:25 local, Thu 11 Feb). Funchal is a category C aerodrome — commander needs a valid LPMA qualification (trained within 12 months). Replace from standby and check FTL.',
    topology: {
      shape: 'network',
      coordinator: 'duty_crew_controller',
      workers: ['standby_scheduler', 'duty_time_checker'],
    },
    agents: [
      {
        name: 'duty_crew_controller',
        description: 'Crew control duty officer',
        instructions: 'Route the replacement search, then the duty-time check, then close.',
        replies: [
          {
            handoff: 'standby_scheduler',
            message:
              'P-2290 LGW-FNC-LGW 11/02, report 0625L, A320: need a CPT from LGW standby with current LPMA (cat C) qualification.',
          },
          {
            handoff: 'duty_time_checker',
            message: 'FTL check for Capt S. Okafor (staff 51883) on P-2290, report 0625L 11/02, 2 sectors.',
          },
          {
            say: 'P-2290 11/02 covered: **Capt S. Okafor** (51883), LPMA qualified until 09/2027, called from LGW home standby. FTL legal (FDP 9:50 vs 13:00). Capt A. Mercer, first on the list, not used: no Funchal qualification.',
          },
        ],
      },
      {
        name: 'standby_scheduler',
        description: 'Assigns standby crew to open duties',
        instructions: 'Find a standby who meets all stated requirements and assign them.',
        replies: [
          {
            call: 'standby_roster',
            args: { base: 'LGW', rank: 'CPT', fleet: 'A320', date: '2027-02-11' },
            result:
              'pos;name;staff;standby;callout;aerodrome_quals\n1;A. Mercer;50117;HSBY 05:00-17:00;90min;GIB(2026-06)\n2;S. Okafor;51883;HSBY 05:00-17:00;90min;FNC(2026-09),INN(2026-12)\n3;T. Brennan;49862;ASBY 06:00-14:00;0min;FNC(2025-11, expired)',
          },
          {
            call: 'assign_crew',
            args: { pairing: 'P-2290', staff_no: '51883', position: 'CPT' },
            result:
              '{"pairing": "P-2290", "assigned": "51883 S. Okafor", "notified": "call 04:32", "status": "OK"}',
          },
          {
            say: 'Assigned Capt S. Okafor (51883) to P-2290 — FNC qualification 09/2026, valid to 09/2027. Skipped Mercer (pos 1, no FNC) and Brennan (FNC lapsed 11/2026). Called 04:32.',
          },
        ],
      },
      {
        name: 'duty_time_checker',
        description: 'Checks crew duty against EASA FTL',
        instructions: 'Check rest and FDP for the assignment.',
        replies: [
          {
            call: 'ftl_check',
            args: { staff_no: '51883', pairing: 'P-2290', report: '2027-02-11T06:25' },
            result:
              '{"prior_rest": "38:10", "fdp_planned": "9:50", "fdp_max": "13:00 (report 06:15-06:29, 2 sectors)", "7d_duty": "31:40/60", "legal": true}',
          },
          { say: 'Okafor P-2290: legal — FDP 9:50 of 13:00, rest 38:10, 7-day duty 31:40 of 60.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'bleed-prsov-from-station-stores-no-aog-order',
    title:
      'The troubleshooter isolates a failed bleed PRSOV and, before handing to parts for an AOG order, finds a serviceable unit in Stansted stores; it reserves it and closes without a transfer',
    domain: 'line maintenance troubleshooting and AOG parts',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message: a handoff that looks due (AOG part order) but is rightly not needed, and the agent says why instead of announcing it',
    request:
      'G-RJAE (737-800) at Stansted, tech log 1204 item 3: BLEED TRIP OFF light eng #1 on climb, reset did not hold. Aircraft due out 14:40 to Dublin. Troubleshoot and get the parts moving if we need any.',
    topology: {
      shape: 'swarm',
      entry: 'line_mechanic',
      agents: ['line_mechanic', 'systems_troubleshooter', 'aog_parts_desk'],
    },
    agents: [
      {
        name: 'line_mechanic',
        description: 'Line mechanic on shift',
        instructions: 'Take the defect, gather the data and hand to the systems troubleshooter.',
        replies: [
          {
            call: 'download_bite',
            args: { reg: 'G-RJAE', system: 'bleed', engine: 1 },
            result:
              'BITE 08:52 G-RJAE ENG1 BLEED: overtemp trip 254°C at PRSOV downstream sensor (limit 490°F/254°C), HPSOV cycling normal, precooler control valve position 42 % (nominal), PRSOV position feedback mismatch CMD OPEN / POS 18 %. Fault code 36-11-47.',
          },
          {
            handoff: 'systems_troubleshooter',
            message:
              'G-RJAE eng 1 BLEED TRIP OFF on climb, TL 1204/3. BITE: overtemp 254°C, PRSOV cmd open but only 18 % position, code 36-11-47. Precooler valve nominal. Out 14:40 to DUB.',
          },
        ],
      },
      {
        name: 'systems_troubleshooter',
        description: 'Systems specialist for troubleshooting and fault isolation',
        instructions:
          'Isolate the fault; if a part is needed and not on station, transfer to the AOG parts desk to order it.',
        replies: [
          {
            call: 'fim_lookup',
            args: { fault_code: '36-11-47', type: '737-800' },
            result:
              'FIM 36-11-00 task 847: PRSOV position mismatch with overtemp -> replace PRSOV P/N 3214552-4 (AMM 36-11-11-000-801 / -400-801), ops test AMM 36-11-00-710-801. Est 2.5 h.',
          },
          {
            call: 'station_stock',
            args: { station: 'STN', pn: '3214552-4' },
            result:
              '| station | P/N | S/N | cond | cert | bin | reserved |\n|---|---|---|---|---|---|---|\n| STN | 3214552-4 | 18833 | SV | EASA Form 1 (2026-11-04) | B-14-03 | no |',
          },
          {
            call: 'reserve_part',
            args: { station: 'STN', pn: '3214552-4', sn: '18833', reg: 'G-RJAE' },
            result: '{"reservation": "RSV-STN-0412", "issued_to": "G-RJAE TL 1204/3", "time": "09:18"}',
          },
          {
            say: 'G-RJAE TL 1204/3: PRSOV #1 failed partially open (FIM 36-11-00 task 847). **Spare is on station** — S/N 18833, serviceable, Form 1 04/11/2026, bin B-14-03, reserved RSV-STN-0412 at 09:18, so no AOG order and nothing for the parts desk. Replace per AMM 36-11-11-000-801/-400-801, then ops test 36-11-00-710-801; ~2.5 h, 14:40 achievable. Return the u/s unit to stores with a U/S tag.',
          },
        ],
      },
      {
        name: 'aog_parts_desk',
        description: 'Orders AOG parts from pools and suppliers',
        instructions: 'Order the part on AOG priority and report ETA.',
        replies: [{ say: 'AOG order placed.' }],
      },
    ],
    expected: null,
  }),
];

export const blindBatch85Scenarios = [...faults, ...healthy];
