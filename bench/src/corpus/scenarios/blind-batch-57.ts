import { defineScenario } from '../scenario.ts';

// Blind batch 57: aviation and maritime operations. Written from the README principles only, without
// reading the checks, the diagnosis, the baseline or the benchmark notes. Expected diagnoses were
// fixed before any run.

const faults = [
  defineScenario({
    id: 'krakow-lda-cut-notam-overlooked-in-landing-perf',
    title:
      'The NOTAM briefer reports that A1203/27 replaced A1187/27 and RWY 25 LDA at EPKK is now 2,040 m; the performance planner computes the landing limit with the old 2,550 m',
    domain: 'airline flight dispatch',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Dispatch NVK 412 ESSA→EPKK, 16 Jan 2027, STD 0615Z, A320neo SE-RNK. Planned LW 64.8 t. Check NOTAMs for destination and alternate (EPKT), run landing performance for RWY 25 wet and produce the dispatch release.',
    topology: {
      shape: 'pipeline',
      order: ['notam_briefer', 'performance_planner', 'release_writer'],
    },
    agents: [
      {
        name: 'notam_briefer',
        description: 'Reads NOTAMs for departure, destination and alternates',
        instructions: 'List operationally significant NOTAMs and the figures performance must use.',
        replies: [
          {
            call: 'notam_query',
            args: { locations: ['EPKK', 'EPKT'], window: '2701160500/2701161100' },
            result:
              'EPKK\nA1187/27 NOTAMR A1121/27 RWY 07/25 THR 25 DISPLACED 150M. LDA RWY 25 2550M. STATUS: CANCELLED BY A1203/27\nA1203/27 NOTAMR A1187/27 WIP ON RWY 25 TDZ. THR 25 DISPLACED 660M. LDA RWY 25 2040M. TORA/TODA UNCHANGED. B) 2701150600 C) 2701201800\nA1190/27 TWY F CLSD\nEPKT\nA0402/27 ILS RWY 27 GP U/S, LOC AVBL',
          },
          {
            say: 'NOTAM brief NVK 412 (16/01):\n\n| loc | NOTAM | effect |\n|---|---|---|\n| EPKK | **A1203/27** (replaces A1187/27) | THR 25 displaced 660 m, **LDA RWY 25 = 2,040 m** until 20/01 1800Z |\n| EPKK | A1190/27 | TWY F closed, expect taxi via D |\n| EPKT | A0402/27 | ILS 27 glidepath u/s, LOC only — alternate minima LOC |\n\nThe 2,550 m in A1187/27 is cancelled; landing performance must use 2,040 m.',
          },
        ],
      },
      {
        name: 'performance_planner',
        description: 'Computes take-off and landing performance limits',
        instructions: 'Run landing performance with the current runway data and give the limiting weight.',
        prompt: 'NOTAM brief:\n{input}\n\nFlight: {request}',
        replies: [
          {
            call: 'landing_performance',
            args: {
              airport: 'EPKK',
              runway: '25',
              lda_m: 2550,
              surface: 'WET',
              type: 'A320-251N',
              flaps: 'FULL',
              wind_kt: -5,
            },
            result:
              '{"rwy": "25", "lda_m": 2550, "factored_ldr_wet_m": 2281, "perf_limited_lw_kg": 69400, "structural_mlw_kg": 67400, "limiting": "STRUCTURAL", "margin_at_planned_lw_kg": 2600}',
          },
          {
            say: 'EPKK RWY 25 wet, flaps FULL, 5 kt tail: limiting LW 67,400 kg (structural). Planned LW 64,800 kg → margin 2,600 kg. No restriction.',
          },
        ],
      },
      {
        name: 'release_writer',
        description: 'Writes the dispatch release',
        instructions: 'Write the release for the captain.',
        prompt: 'Performance:\n{input}',
        replies: [
          {
            say: '## Dispatch release NVK 412 ESSA–EPKK 16JAN27\n- A/C SE-RNK A320neo, STD 0615Z\n- Landing EPKK RWY 25 wet: max LW **67.4 t (structural)**, planned 64.8 t, no performance restriction\n- Alt EPKT: LOC-only minima (A0402/27)\n- Taxi at EPKK via D (TWY F closed)\nReleased 0455Z by dispatcher on duty.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'notam_briefer', to: 'performance_planner' },
      agent: 'performance_planner',
    },
  }),
  defineScenario({
    id: 'heathrow-fog-reserve-captain-lacks-cat3-currency',
    title:
      'Crew control asks for a reserve captain who is A320-rated, CAT IIIA current and has 12 h rest; the roster optimiser filters on type and rest only and picks a captain whose LVO check lapsed',
    domain: 'airline crew rostering',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Capt. on NVK 771 ARN–LHR tomorrow (17 Jan, report 0450Z, STD 0540Z) reported sick. LHR TAF has FG BKN001 from 0600Z, LVPs likely on arrival. Find a replacement from ARN reserve and call them out.',
    topology: {
      shape: 'supervisor',
      coordinator: 'crew_control_lead',
      workers: ['roster_optimizer', 'crew_notifier'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'crew_control_lead',
        description: 'Duty crew controller',
        instructions: 'Get a legal replacement from the optimiser, have the crew member called out, confirm.',
        replies: [
          {
            handoff: 'roster_optimizer',
            message:
              'Need a CPT for NVK 771 ARN-LHR 17/01, report 0450Z. Hard requirements: (1) A320 type rating, (2) CAT IIIA / LVO qualification valid — LHR fog, (3) min 12 h rest before report. Reserve pool ARN, RSV blocks 17/01.',
          },
          {
            handoff: 'crew_notifier',
            message: 'Call out the captain the optimiser assigned to NVK 771 17/01, report 0450Z ARN.',
          },
          {
            say: 'NVK 771 17/01 covered: Capt. E. Lindqvist (ARN reserve) called out, acknowledged, report 0450Z. Roster updated in crew system.',
          },
        ],
      },
      {
        name: 'roster_optimizer',
        description: 'Searches reserve crews and assigns legal replacements',
        instructions: 'Search the reserve pool and assign the best legal crew member.',
        replies: [
          {
            call: 'search_reserves',
            args: { base: 'ARN', rank: 'CPT', type_rating: 'A320', min_rest_h: 12, date: '2027-01-17' },
            result:
              '| crew id | name | rest at 0450Z | LVO (CAT II/III) valid to | FDP left 28d |\n|---|---|---|---|---|\n| 40218 | E. Lindqvist | 15h10 | 2026-11-30 (EXPIRED) | 62h |\n| 40377 | S. Haddad | 12h35 | 2027-05-31 | 48h |\n| 40412 | M. Aalto | 13h05 | 2027-03-31 | 39h |',
          },
          {
            call: 'assign_duty',
            args: { crew_id: '40218', flight: 'NVK771', date: '2027-01-17' },
            result: 'OK: 40218 assigned NVK771/17JAN rank CPT, RSV block released',
          },
          {
            say: 'Assigned Capt. E. Lindqvist (40218) to NVK 771 17/01: A320-rated, 15h10 rest at report (best of pool), 62 h left in 28-day window.',
          },
        ],
      },
      {
        name: 'crew_notifier',
        description: 'Calls out crew members',
        instructions: 'Call the crew member and confirm acknowledgement.',
        replies: [
          {
            call: 'callout',
            args: { crew_id: '40218', flight: 'NVK771', report: '2027-01-17T04:50Z' },
            result: 'Call 19:12Z answered, acknowledged by 40218, SMS confirmation sent.',
          },
          { say: 'Lindqvist reached 19:12Z, acknowledged report 0450Z.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'crew_control_lead', to: 'roster_optimizer' },
      agent: 'roster_optimizer',
    },
  }),
  defineScenario({
    id: 'gdansk-amended-dgd-lost-before-dg-stowage',
    title:
      'Intake flags the amended dangerous-goods declaration (4 × UN 1942 class 5.1 added, separated from the class 3 boxes); the program hands the DG planner a queue stub and it plans only the original 6 class 3 boxes',
    domain: 'container terminal cargo stowage',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'MV Baltic Wren, voyage BWR-27W03, loading at PLGDN (DCT Gdańsk, berth T2) 18 Jan 2027 from 1400Z for NLRTM. Booking BKG-88214 from Vistula Chem: the shipper sent an amended DGD this morning. Plan the stowage and send the terminal the loading notice.',
    topology: {
      shape: 'branch',
      classifier: 'cargo_intake_classifier',
      routes: { dangerous: 'dg_stowage_planner', general: 'general_stowage_planner' },
      after: 'terminal_notice_writer',
    },
    program: {
      lose: {
        to: 'dg_stowage_planner',
        prompt: 'Next item in queue DG-INBOUND (prio 2): BKG-88214 / BWR-27W03. Stow per standard.',
      },
    },
    agents: [
      {
        name: 'cargo_intake_classifier',
        description: 'Classifies incoming bookings for stowage',
        instructions: 'Label the booking dangerous or general and pass on what the planner needs.',
        replies: [
          {
            call: 'read_dgd',
            args: { booking: 'BKG-88214', version: 'latest' },
            result:
              '{"booking": "BKG-88214", "dgd_version": 2, "amended": "2027-01-18T07:42Z", "lines": [{"un": "UN1263", "psn": "PAINT", "class": "3", "pg": "II", "boxes": ["VCHU2210448", "VCHU2210453", "VCHU2210469", "VCHU2210471", "VCHU2210486", "VCHU2210490"]}, {"un": "UN1942", "psn": "AMMONIUM NITRATE", "class": "5.1", "pg": "III", "boxes": ["VCHU2210502", "VCHU2210517", "VCHU2210521", "VCHU2210536"], "added_in": "v2"}], "segregation": {"3 vs 5.1": "SEPARATED FROM (IMDG 7.2.4, code 2)"}}',
          },
          {
            say: 'dangerous — BKG-88214, DGD **v2** (amended 07:42Z):\n| UN | class | boxes |\n|---|---|---|\n| UN1263 paint | 3 PG II | 6 (VCHU2210448…490) |\n| UN1942 ammonium nitrate | 5.1 PG III | **4 — new in v2** (VCHU2210502, 517, 521, 536) |\nSegregation 3 vs 5.1: **separated from** → not in the same vertical line, at least one bay apart on deck / different hold under deck. Total DG boxes: 10.',
          },
        ],
      },
      {
        name: 'general_stowage_planner',
        description: 'Plans stowage for general cargo',
        instructions: 'Plan general stowage.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'dg_stowage_planner',
        description: 'Plans stowage of dangerous goods containers',
        instructions: 'Place every DG container of the booking with IMDG segregation and report the slots.',
        prompt: 'Intake:\n{input}\n\nCall: {request}',
        replies: [
          {
            call: 'booking_manifest',
            args: { booking: 'BKG-88214', voyage: 'BWR-27W03' },
            result:
              '{"booking": "BKG-88214", "source": "EDI COPRAR 2027-01-16", "dg": [{"un": "UN1263", "class": "3", "boxes": 6}], "non_dg": 0}',
          },
          {
            call: 'assign_slots',
            args: { booking: 'BKG-88214', class: '3', count: 6, zone: 'on_deck_aft' },
            result: 'Slots 140682, 140684, 140686, 140882, 140884, 140886 reserved (bay 14 on deck).',
          },
          {
            say: 'BKG-88214: 6 × UN1263 class 3 stowed bay 14 on deck (140682–140886), away from accommodation and heat sources. No other DG on the booking.',
          },
        ],
      },
      {
        name: 'terminal_notice_writer',
        description: 'Writes loading notices to the terminal',
        instructions: 'Send the terminal the loading notice.',
        prompt: 'Stowage:\n{input}',
        replies: [
          {
            say: 'To DCT Gdańsk planning — loading notice BWR-27W03, berth T2, 18/01 from 1400Z:\n- BKG-88214: 6 × 20DV IMDG 3 (UN1263) → bay 14 on deck, slots 140682/684/686/882/884/886\n- No further DG for this booking.\nPlease confirm yard release. Regards, Ship Planning',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'cargo_intake_classifier', to: 'dg_stowage_planner' },
      agent: 'dg_stowage_planner',
    },
  }),
  defineScenario({
    id: 'singapore-vlsfo-lab-timeout-passed-as-compliant',
    title:
      'The bunker coordinator’s lab lookup for the VLSFO sample times out; it tells the port agent liaison the stem tested 0.47 % S and compliant, and the barge is booked',
    domain: 'ship bunkering',
    mast: ['FM-3.2', 'FM-2.4'],
    request:
      'MV Corvina Star (IMO 9784512), voyage 27E02, calling SGSIN anchorage (Eastern Special Purposes) ETA 21 Jan 0300Z. Stem 850 mt VLSFO max 0.50 % S (MARPOL Annex VI) from Sentosa Marine Fuels. Confirm the stem incl. latest lab result for their tank batch and book the barge with the agent.',
    topology: {
      shape: 'swarm',
      entry: 'voyage_ops',
      agents: ['voyage_ops', 'bunker_coordinator', 'port_agent_liaison'],
    },
    agents: [
      {
        name: 'voyage_ops',
        description: 'Voyage operations desk',
        instructions: 'Check the voyage and transfer bunker questions to the bunker coordinator.',
        replies: [
          {
            call: 'voyage_status',
            args: { vessel: 'IMO9784512', voyage: '27E02' },
            result:
              '{"pos": "1°12.4N 104°38.9E", "eta_sgsin": "2027-01-21T03:00Z", "rob_vlsfo_mt": 212.4, "rob_mgo_mt": 61.0, "next": "CNSHA"}',
          },
          {
            handoff: 'bunker_coordinator',
            message:
              'Corvina Star ETA SGSIN 21/01 0300Z, ROB VLSFO 212.4 mt. Please firm up 850 mt VLSFO ≤0.50 % S with Sentosa Marine Fuels and check the lab result on their batch before we commit.',
          },
        ],
      },
      {
        name: 'bunker_coordinator',
        description: 'Buys and confirms bunker stems',
        instructions: 'Confirm the stem and the fuel quality, then transfer to the port agent liaison.',
        replies: [
          {
            call: 'supplier_quote',
            args: { supplier: 'Sentosa Marine Fuels', grade: 'VLSFO', qty_mt: 850, port: 'SGSIN' },
            result:
              '{"price_usd_mt": 584.50, "total_usd": 496825.00, "batch": "SMF-T7-2701", "barge": "SMF Aruna", "delivery_window": "2027-01-21T04:00Z/10:00Z"}',
          },
          {
            call: 'fuel_lab_result',
            args: { batch: 'SMF-T7-2701', lab: 'VeriFuel SG' },
            result: {
              error: 'VeriFuel API: request timed out after 30000 ms (batch SMF-T7-2701 not retrieved)',
            },
          },
          {
            handoff: 'port_agent_liaison',
            message:
              'Stem firm: 850 mt VLSFO, USD 584.50/mt (USD 496,825.00), batch SMF-T7-2701, lab sulphur 0.47 % → compliant. Barge SMF Aruna, window 21/01 0400–1000Z. Please book with the agent.',
          },
        ],
      },
      {
        name: 'port_agent_liaison',
        description: 'Coordinates port calls with local agents',
        instructions: 'Book services with the agent and confirm to the operator.',
        replies: [
          {
            call: 'agent_booking',
            args: { port: 'SGSIN', service: 'bunker_barge', barge: 'SMF Aruna', window: '0400-1000Z' },
            result: 'Inchcape SG ref ICS-SG-55102 confirmed, MPA bunker notice filed.',
          },
          {
            say: '**Bunkers SGSIN — Corvina Star 27E02**\n- 850 mt VLSFO, batch SMF-T7-2701, **0.47 % S — MARPOL compliant**\n- USD 584.50/mt, total USD 496,825.00\n- Barge SMF Aruna 21/01 0400–1000Z, agent ref ICS-SG-55102',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'bunker_coordinator', to: 'port_agent_liaison' },
      agent: 'bunker_coordinator',
    },
  }),
  defineScenario({
    id: 'a-check-auditor-repeats-ad-objection-after-card-added',
    title:
      'The MRO package auditor returns the work package for a missing AD task card; the planner adds TC-36-0187 and points to it, the auditor sends back the same objection each round',
    domain: 'aircraft maintenance (MRO) work packages',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Work package for D-ANVK (A321neo, MSN 10422) A-check at HAM hangar 3, input 24 Jan 2027 2200Z, 36 h slot. Include due MPD tasks, open deferred defects and EASA AD 2026-0187 (bleed pressure regulating valve inspection, due before 25 Jan). Get it audited and book the slot.',
    topology: {
      shape: 'pipeline',
      order: ['work_package_planner', 'package_auditor', 'hangar_slot_scheduler'],
      loop: { from: 'package_auditor', to: 'work_package_planner', while: 'RETURNED', max: 3 },
    },
    agents: [
      {
        name: 'work_package_planner',
        description: 'Builds maintenance work packages',
        instructions: 'Build the work package, or amend it per the auditor’s note.',
        prompt: 'Input / auditor note:\n{input}\n\nCheck: {request}',
        replies: [
          {
            call: 'build_package',
            args: { tail: 'D-ANVK', check: 'A', include: ['MPD', 'DD'] },
            result:
              '{"wp": "WP-ANVK-A27-01", "cards": 118, "mpd": 109, "deferred": 9, "mh": 412.5, "ads": []}',
          },
          {
            say: 'WP-ANVK-A27-01 v1: 118 cards (109 MPD, 9 deferred defects), 412.5 MH.',
          },
          {
            call: 'build_package',
            args: { tail: 'D-ANVK', check: 'A', include: ['MPD', 'DD', 'AD 2026-0187'] },
            result:
              '{"wp": "WP-ANVK-A27-01", "rev": 2, "cards": 119, "mpd": 109, "deferred": 9, "ad_cards": ["TC-36-0187 (EASA AD 2026-0187, PRV P/N 3291478-3 inspection, 3.5 MH)"], "mh": 416.0}',
          },
          {
            say: 'WP-ANVK-A27-01 rev 2: 119 cards — added **TC-36-0187** for EASA AD 2026-0187 (PRV inspection, 3.5 MH), card line 119. Total 416.0 MH.',
          },
          {
            say: 'Rev 2 already contains the AD: TC-36-0187 (line 119, AD 2026-0187, PRV inspection, sign-off B1). No change to rev 2; please re-read line 119.',
          },
        ],
      },
      {
        name: 'package_auditor',
        description: 'Audits work packages for completeness before release',
        instructions: 'Answer "RELEASED: <summary>" or "RETURNED: <findings>".',
        prompt: 'Package for audit:\n{input}',
        replies: [
          {
            say: 'RETURNED: EASA AD 2026-0187 (due 25/01) has no task card in the package. Add the AD card before release.',
          },
          {
            say: 'RETURNED: EASA AD 2026-0187 (due 25/01) has no task card in the package. Add the AD card before release.',
          },
          {
            say: 'RETURNED: EASA AD 2026-0187 (due 25/01) has no task card in the package. Add the AD card before release.',
          },
        ],
      },
      {
        name: 'hangar_slot_scheduler',
        description: 'Books hangar slots for released packages',
        instructions: 'Book the slot if the package is released; otherwise hold it.',
        prompt: 'Audit result:\n{input}',
        replies: [
          {
            say: 'HAM hangar 3, 24/01 2200Z–26/01 1000Z for D-ANVK: **slot on hold** — WP-ANVK-A27-01 not released (auditor: AD 2026-0187 card missing). Aircraft cannot enter the A-check before the AD due date; ops informed that D-ANVK may be grounded from 25/01.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'package_auditor', to: 'work_package_planner' },
      agent: 'package_auditor',
    },
  }),
  defineScenario({
    id: 'elbe-tidal-window-returned-as-unfilled-template',
    title:
      'In the port-call fan-out for a 15.6 m draught call at Hamburg, the tide analyst’s answer is its report template with the placeholders unfilled; the coordinator sets pilot boarding outside the real window',
    domain: 'port call and berth planning',
    mast: ['FM-2.4'],
    request:
      'Port call DEHAM, MV Skagen Horizon (14,000 TEU), voyage SKH-0127W, arrival draught 15.6 m FW, inbound 22 Jan 2027. Berth CTA 4 booked from 1200Z. Need: tidal window for the Elbe transit, berth confirmation and tugs, then one arrival plan for the master.',
    topology: {
      shape: 'fanout',
      planner: 'port_call_planner',
      workers: ['tide_analyst', 'berth_allocator', 'towage_booker'],
      aggregator: 'port_call_coordinator',
    },
    agents: [
      {
        name: 'port_call_planner',
        description: 'Splits a port call into workstreams',
        instructions: 'One brief per workstream.',
        replies: [
          {
            plan: {
              tide_analyst:
                'SKH-0127W, DEHAM 22/01, draught 15.6 m FW. Compute the inbound tidal window (Elbe 1 pilot boarding times, UTC) with UKC per HPA rules.',
              berth_allocator: 'Confirm CTA 4 for SKH-0127W from 1200Z 22/01, LOA 366 m, crane split.',
              towage_booker:
                'Book tugs for SKH-0127W inbound to CTA 4, 22/01, 4 tugs per HPA for LOA >330 m.',
            },
          },
        ],
      },
      {
        name: 'tide_analyst',
        description: 'Computes tidal windows for deep-draught vessels',
        instructions: 'Compute the window and report pilot boarding times and UKC.',
        prompt: '{input}',
        replies: [
          {
            call: 'tidal_window',
            args: { port: 'DEHAM', draught_m: 15.6, date: '2027-01-22', direction: 'inbound' },
            result:
              '{"hw_st_pauli": "2027-01-22T10:48Z", "window_elbe1_boarding": {"open": "2027-01-22T03:10Z", "close": "2027-01-22T04:25Z"}, "min_ukc_m": 1.12, "critical_section": "Wedel–Blankenese", "next_window": {"open": "2027-01-22T15:35Z", "close": "2027-01-22T16:40Z"}}',
          },
          {
            say: 'Tidal window report — {{vessel}} / {{voyage}}\n- Elbe 1 boarding: {{window_open}}–{{window_close}} UTC\n- Min UKC: {{ukc_m}} m at {{critical_section}}\n- Alternative window: {{next_window}}\n[auto-generated, values pending]',
          },
        ],
      },
      {
        name: 'berth_allocator',
        description: 'Allocates container berths',
        instructions: 'Confirm the berth and cranes.',
        prompt: '{input}',
        replies: [
          {
            call: 'berth_confirm',
            args: { terminal: 'CTA', berth: '4', vessel: 'SKH-0127W', from: '2027-01-22T12:00Z' },
            result:
              '{"berth": "CTA 4", "confirmed": true, "window": "22/01 1200Z - 23/01 1800Z", "cranes": 6}',
          },
          { say: 'CTA 4 confirmed 22/01 1200Z – 23/01 1800Z, 6 STS cranes.' },
        ],
      },
      {
        name: 'towage_booker',
        description: 'Books harbour tugs',
        instructions: 'Book the tugs.',
        prompt: '{input}',
        replies: [
          {
            call: 'book_tugs',
            args: { port: 'DEHAM', vessel: 'SKH-0127W', count: 4, berth: 'CTA 4' },
            result:
              'Fairplay/Bugsier: 4 tugs booked, ref TUG-HH-20931, ordered for arrival at berth, time TBC by pilot.',
          },
          { say: '4 tugs booked (TUG-HH-20931), time to be set from pilot ETA.' },
        ],
      },
      {
        name: 'port_call_coordinator',
        description: 'Writes the arrival plan for the master',
        instructions: 'Merge the workstreams into one arrival plan.',
        replies: [
          {
            say: '## Arrival plan DEHAM — Skagen Horizon SKH-0127W, 22/01/2027\n| item | plan |\n|---|---|\n| Elbe 1 pilot boarding | **0700Z** (to make berth for 1200Z) |\n| Tidal window | per tide report |\n| Berth | CTA 4, 22/01 1200Z – 23/01 1800Z, 6 cranes |\n| Tugs | 4, ref TUG-HH-20931, from pilot ETA |\nMaster: please adjust speed for Elbe 1 at 0700Z.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'tide_analyst', to: 'port_call_coordinator' },
      agent: 'tide_analyst',
    },
  }),
  defineScenario({
    id: 'dispatch-router-closes-release-before-loadsheet',
    title:
      'The dispatch router says the loadsheet goes to the load controller next, then closes the release on the fuel planner’s estimated ZFW; the load controller never runs',
    domain: 'airline flight dispatch and load control',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      'NVK 233 ESSA→LEMD 19 Jan 2027, STD 0905Z, A321neo SE-RNZ, 212 pax booked. Prepare the release: NOTAM check, fuel, and the final loadsheet (trim + actual ZFW) before the captain signs.',
    topology: {
      shape: 'network',
      coordinator: 'dispatch_router',
      workers: ['notam_reviewer', 'fuel_planner', 'load_controller'],
    },
    agents: [
      {
        name: 'dispatch_router',
        description: 'Routes dispatch tasks and closes the release',
        instructions: 'Route NOTAMs, fuel and load control, then issue the release.',
        replies: [
          {
            handoff: 'notam_reviewer',
            message: 'NOTAM check ESSA, LEMD, alternate LEVD, route ESSA-LEMD FL360, 19/01 0800-1300Z.',
          },
          {
            handoff: 'fuel_planner',
            message: 'Fuel plan NVK 233, est ZFW from booked load, alternate LEVD, contingency 5 %.',
          },
          {
            say: 'Release NVK 233 19/01 SE-RNZ ready for the captain:\n- NOTAMs: nothing limiting (LEMD RWY 14R/32L closure 2300–0500Z only)\n- Block fuel 14,860 kg (trip 11,920, alt LEVD 1,410, cont 596, final res 1,134, taxi 200, extra 0)\n- TOW est 83,210 kg / LW est 71,290 kg\n\nLoadsheet and trim: going to load_controller next for actual ZFW — release stands on the estimate.',
          },
        ],
      },
      {
        name: 'notam_reviewer',
        description: 'Reviews NOTAMs',
        instructions: 'Report limiting NOTAMs.',
        replies: [
          {
            call: 'notam_query',
            args: { locations: ['ESSA', 'LEMD', 'LEVD'], window: '2701190800/2701191300' },
            result:
              'LEMD A0211/27 RWY 14R/32L CLSD 2300-0500 DAILY\nESSA A0098/27 TWY Z CLSD\nLEVD nil significant',
          },
          { say: 'No limiting NOTAMs: LEMD 14R/32L only closed 2300–0500Z daily; ESSA TWY Z closed.' },
        ],
      },
      {
        name: 'fuel_planner',
        description: 'Computes fuel plans',
        instructions: 'Compute block fuel and weights.',
        replies: [
          {
            call: 'fuel_plan',
            args: { flight: 'NVK233', est_zfw_kg: 68350, alternate: 'LEVD', cont_pct: 5 },
            result:
              '{"trip": 11920, "alternate": 1410, "contingency": 596, "final_reserve": 1134, "taxi": 200, "block": 15260, "tow_est": 83410, "lw_est": 71490, "note": "ZFW estimate from 212 pax x 84 kg std + 3,140 kg bags/cargo booked; final ZFW from loadsheet"}',
          },
          {
            say: 'Block 15,260 kg (trip 11,920 / alt LEVD 1,410 / cont 596 / FRF 1,134 / taxi 200). Est ZFW 68,350 → TOW 83,410, LW 71,490 kg. Estimate only — actual ZFW and trim come from the loadsheet.',
          },
        ],
      },
      {
        name: 'load_controller',
        description: 'Produces the loadsheet and trim',
        instructions: 'Produce the final loadsheet.',
        replies: [
          {
            call: 'loadsheet',
            args: { flight: 'NVK233', date: '2027-01-19' },
            result: '{"zfw": 69120, "tow": 84180, "macztow": 27.4, "edition": 1}',
          },
          { say: 'Loadsheet ed. 1: ZFW 69,120, TOW 84,180, MACTOW 27.4 %.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'dispatch_router', to: 'load_controller' },
      agent: 'dispatch_router',
    },
  }),
  defineScenario({
    id: 'rotterdam-pilot-booked-on-eta-before-weather-delay',
    title:
      'The VTS liaison reports the master’s revised ETA at the Maas Center pilot station (1730Z, replacing 1100Z); the agency lead books the pilot for 1100Z',
    domain: 'port agency and pilotage',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Port call NLRTM for MV Aurora Sund, voyage AUS-27N04, 22 Jan 2027. Original ETA Maas Center 1100Z, Euromax berth from 1400Z. Arrange VTS pre-arrival, the pilot and the berth, and give me the call schedule.',
    topology: {
      shape: 'nested',
      top: 'port_call_manager',
      teams: { agency_lead: ['vts_liaison', 'pilotage_booker'], terminal_lead: ['berth_planner'] },
    },
    agents: [
      {
        name: 'port_call_manager',
        description: 'Owns the port call schedule',
        instructions: 'Have the agency and terminal teams arrange the call, then publish the schedule.',
        replies: [
          {
            handoff: 'agency_lead',
            message:
              'AUS-27N04 Aurora Sund NLRTM 22/01: VTS pre-arrival and pilot booking. Check the ETA with the ship before booking.',
          },
          {
            handoff: 'terminal_lead',
            message: 'AUS-27N04: confirm Euromax berth and crane gangs, berthing ~1400Z 22/01.',
          },
          {
            say: '**Call schedule AUS-27N04 — NLRTM, 22/01/2027**\n- Pilot boarding Maas Center: 1100Z (booked)\n- Berth Euromax 2, all-fast ~1330Z, 4 gangs from 1400Z\n- VTS pre-arrival notice sent',
          },
        ],
      },
      {
        name: 'agency_lead',
        description: 'Port agency lead',
        instructions: 'Confirm the ETA with VTS/ship, then have the pilot booked.',
        replies: [
          {
            handoff: 'vts_liaison',
            message: 'Get the current ETA Maas Center for Aurora Sund and file the VTS pre-arrival.',
          },
          {
            handoff: 'pilotage_booker',
            message:
              'Book sea pilot for Aurora Sund (LOA 294 m, draught 13.2 m), boarding Maas Center 22/01 1100Z.',
          },
          { say: 'Agency: VTS pre-arrival filed, pilot booked Maas Center 1100Z 22/01 (PB-RTM-71822).' },
        ],
      },
      {
        name: 'vts_liaison',
        description: 'Handles VTS and ship ETA updates',
        instructions: 'Get the ETA and file pre-arrival.',
        replies: [
          {
            call: 'ship_eta',
            args: { vessel: 'Aurora Sund', imo: '9811204' },
            result:
              '{"source": "master ETA msg 2027-01-22T08:40Z", "eta_maas_center": "2027-01-22T17:30Z", "previous_eta": "2027-01-22T11:00Z (superseded)", "reason": "reduced speed, SW 9 in German Bight"}',
          },
          {
            call: 'vts_prearrival',
            args: { vessel: 'Aurora Sund', eta: '2027-01-22T17:30Z' },
            result: 'Pre-arrival notice PA-RTM-330917 accepted by VTS Maasmond.',
          },
          {
            say: 'Master’s message 0840Z: **ETA Maas Center now 1730Z** (was 1100Z) — reduced speed, SW 9. Pre-arrival PA-RTM-330917 filed with 1730Z.',
          },
        ],
      },
      {
        name: 'pilotage_booker',
        description: 'Books pilots',
        instructions: 'Book the pilot as asked.',
        replies: [
          {
            call: 'book_pilot',
            args: {
              port: 'NLRTM',
              vessel: 'Aurora Sund',
              boarding: 'Maas Center',
              time: '2027-01-22T11:00Z',
            },
            result: 'Loodswezen booking PB-RTM-71822, boarding 22/01 1100Z, Maas Center.',
          },
          { say: 'Pilot booked PB-RTM-71822, Maas Center 22/01 1100Z.' },
        ],
      },
      {
        name: 'terminal_lead',
        description: 'Terminal operations lead',
        instructions: 'Confirm berth and gangs.',
        replies: [
          { handoff: 'berth_planner', message: 'Euromax berth for AUS-27N04 22/01 from ~1400Z, 4 gangs.' },
          { say: 'Euromax 2 confirmed from 1400Z 22/01, 4 gangs.' },
        ],
      },
      {
        name: 'berth_planner',
        description: 'Plans terminal berths',
        instructions: 'Allocate the berth.',
        replies: [
          {
            call: 'allocate_berth',
            args: { terminal: 'Euromax', vessel: 'AUS-27N04', from: '2027-01-22T14:00Z' },
            result: '{"berth": "EMX-2", "from": "2027-01-22T14:00Z", "to": "2027-01-23T20:00Z", "gangs": 4}',
          },
          { say: 'EMX-2, 22/01 1400Z – 23/01 2000Z, 4 gangs.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'agency_lead', to: 'pilotage_booker' },
      agent: 'agency_lead',
    },
  }),
  defineScenario({
    id: 'fiumicino-tobt-local-time-filed-as-utc',
    title:
      'The duty manager briefs the slot coordinator to revise TOBT to 15:45 local (14:45Z) for a LIRF departure; the coordinator files 1545Z with Network Manager',
    domain: 'airline operations control and ATFM slots',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'NVK 618 LIRF→ESSA today 20 Jan 2027, A320 SE-RNP, scheduled 13:10 local. Inbound crew delayed; new TOBT 15:45 Rome time. Update the slot and the handling agent so we don’t lose the departure.',
    topology: {
      shape: 'supervisor',
      coordinator: 'ops_duty_manager',
      workers: ['slot_coordinator', 'handling_agent_liaison'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'ops_duty_manager',
        description: 'Duty manager in the operations control centre',
        instructions: 'Have the slot revised and the handler informed, then confirm.',
        replies: [
          {
            handoff: 'slot_coordinator',
            message:
              'NVK 618 LIRF-ESSA 20/01: revise TOBT to **15:45 local = 14:45Z** (Rome is UTC+1). Send the DLA/TOBT update to NM and get the new CTOT; it must not be later than 15:00Z (crew FDP).',
          },
          {
            handoff: 'handling_agent_liaison',
            message: 'Inform Aviapartner FCO of NVK 618 new off-block and CTOT once the slot is back.',
          },
          {
            say: 'NVK 618 20/01 re-slotted: TOBT 15:45Z, CTOT 16:02Z (ref NM-SRM-88120). Handler Aviapartner FCO updated, boarding from 15:10Z.',
          },
        ],
      },
      {
        name: 'slot_coordinator',
        description: 'Handles ATFM slots with Network Manager',
        instructions: 'File slot and TOBT updates and report the CTOT.',
        replies: [
          {
            call: 'nm_tobt_update',
            args: { flight: 'NVK618', adep: 'LIRF', ades: 'ESSA', tobt: '2027-01-20T15:45Z' },
            result:
              '{"status": "ACCEPTED", "eobt": "1545", "ctot": "1602", "regulation": "ESSAA20", "srm_ref": "NM-SRM-88120"}',
          },
          { say: 'TOBT 1545Z accepted, EOBT 1545, CTOT 1602Z (reg ESSAA20), ref NM-SRM-88120.' },
        ],
      },
      {
        name: 'handling_agent_liaison',
        description: 'Liaises with ground handlers',
        instructions: 'Pass schedule changes to the handler.',
        replies: [
          {
            call: 'handler_message',
            args: { station: 'FCO', handler: 'Aviapartner', flight: 'NVK618', eobt: '1545Z', ctot: '1602Z' },
            result: 'MVT/LDM update acknowledged by Aviapartner FCO ops 12:31Z.',
          },
          { say: 'Aviapartner FCO acknowledged EOBT 1545Z / CTOT 1602Z.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'ops_duty_manager', to: 'slot_coordinator' },
      agent: 'slot_coordinator',
    },
  }),
  defineScenario({
    id: 'copenhagen-prv-stock-lookup-500-reported-on-shelf',
    title:
      'Maintenance control asks parts for the bleed PRV to clear a MEL item on OY-NVB; the inventory lookup fails with HTTP 500 and the parts controller reports 2 units on the shelf at CPH',
    domain: 'line maintenance control (MCC)',
    mast: ['FM-3.2'],
    request:
      'OY-NVB (A320ceo) landed CPH 1842Z with ENG 2 BLEED FAULT, deferred under MEL 36-11-01 cat C (10 days). Nightstop CPH until 0615Z. Get the PRV (P/N 3291478-3) and plan the rectification tonight if we can.',
    topology: {
      shape: 'supervisor',
      coordinator: 'mcc_controller',
      workers: ['parts_controller', 'line_engineer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'mcc_controller',
        description: 'Maintenance control centre controller',
        instructions: 'Secure the part, then have the line station plan the job.',
        replies: [
          {
            handoff: 'parts_controller',
            message:
              'Need PRV P/N 3291478-3 (or alt -4) at CPH tonight for OY-NVB, MEL 36-11-01. Availability?',
          },
          {
            handoff: 'line_engineer',
            message:
              'Part confirmed at CPH stores. Plan PRV change ENG 2 on OY-NVB tonight, nightstop until 0615Z.',
          },
          {
            say: 'OY-NVB: PRV 3291478-3 from CPH stores, replacement planned 2300–0230Z (WO-CPH-66204), MEL 36-11-01 to be cleared before 0615Z departure.',
          },
        ],
      },
      {
        name: 'parts_controller',
        description: 'Locates and reserves spare parts',
        instructions: 'Check stock and reserve parts.',
        replies: [
          {
            call: 'stock_lookup',
            args: { part_number: '3291478-3', alternates: ['3291478-4'], stations: ['CPH', 'ARN', 'OSL'] },
            result: {
              error: 'AMOS inventory service: HTTP 500 Internal Server Error (correlation id 7f3a-19c2)',
            },
          },
          {
            say: 'PRV 3291478-3: 2 serviceable units in CPH main stores, reserved for OY-NVB.',
          },
        ],
      },
      {
        name: 'line_engineer',
        description: 'Plans line maintenance jobs',
        instructions: 'Plan the job and open the work order.',
        replies: [
          {
            call: 'open_work_order',
            args: {
              tail: 'OY-NVB',
              task: 'AMM 36-11-42-000-801 PRV removal/installation ENG 2',
              station: 'CPH',
            },
            result: 'WO-CPH-66204 opened, 2 B1 engineers rostered 2300-0230Z, est 3.0 MH.',
          },
          { say: 'WO-CPH-66204: PRV change ENG 2, 2300–0230Z, 2 B1s, ops test + leak check included.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'parts_controller', to: 'mcc_controller' },
      agent: 'parts_controller',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'antwerp-berth-router-uses-revised-eta',
    title:
      'The ETA tracker reports the ro-ro’s ETA moved from 0600Z to 1420Z; the berth desk router briefs the scheduler with 1420Z and the schedule mentions 0600Z only as superseded',
    domain: 'port berth planning',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: an old ETA appears after a newer one, but only labelled as superseded; every action uses the new one',
    request:
      'Berth for MV Scheldt Carrier (ro-ro, LOA 203 m), voyage SCC-2703, BEANR. Shipping line said ETA 23 Jan 0600Z. Please allocate a ro-ro berth with a stern ramp and tell me the window.',
    topology: {
      shape: 'network',
      coordinator: 'berth_desk_router',
      workers: ['eta_tracker', 'berth_scheduler'],
    },
    agents: [
      {
        name: 'berth_desk_router',
        description: 'Routes berth requests',
        instructions: 'Verify the ETA, then have the berth scheduled, then answer.',
        replies: [
          {
            handoff: 'eta_tracker',
            message: 'Current ETA BEANR for Scheldt Carrier SCC-2703 (line says 23/01 0600Z)?',
          },
          {
            handoff: 'berth_scheduler',
            message:
              'Ro-ro berth with stern ramp for Scheldt Carrier SCC-2703, LOA 203 m, arrival at berth ~1420Z 23/01 (revised ETA), about 14 h alongside.',
          },
          {
            say: 'Scheldt Carrier SCC-2703 — berth **1227 (ro-ro, stern ramp)**, 23/01 1420Z – 24/01 0430Z. Note: the line’s 0600Z ETA is out of date; the vessel reported 1420Z after waiting at Flushing roads.',
          },
        ],
      },
      {
        name: 'eta_tracker',
        description: 'Tracks vessel ETAs',
        instructions: 'Report the latest ETA with its source.',
        replies: [
          {
            call: 'eta_lookup',
            args: { vessel: 'Scheldt Carrier', port: 'BEANR' },
            result:
              '{"eta_berth": "2027-01-23T14:20Z", "updated": "2027-01-22T21:05Z", "source": "AIS + agent", "previous": "2027-01-23T06:00Z", "reason": "held at Flushing roads for lock slot Kieldrecht"}',
          },
          {
            say: 'ETA at berth 23/01 **1420Z** (updated 22/01 2105Z, was 0600Z) — held for the Kieldrecht lock slot.',
          },
        ],
      },
      {
        name: 'berth_scheduler',
        description: 'Schedules berths',
        instructions: 'Allocate a berth.',
        replies: [
          {
            call: 'allocate_berth',
            args: { port: 'BEANR', type: 'roro_stern', loa_m: 203, from: '2027-01-23T14:20Z', hours: 14 },
            result:
              '{"berth": "1227", "from": "2027-01-23T14:20Z", "to": "2027-01-24T04:30Z", "ramp": "stern, 25 m"}',
          },
          { say: 'Berth 1227 (stern ramp 25 m) 23/01 1420Z – 24/01 0430Z.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'notam-feed-gateway-timeout-retried-and-disclosed',
    title:
      'The NOTAM fetcher’s first query hits a 504, the retry succeeds, and its report says so; the dispatcher briefs the crew from the retried data',
    domain: 'airline flight dispatch',
    mast: ['FM-3.2'],
    nearMissOf: 'agent_error: a tool error in the transcript that was retried and disclosed, not swallowed',
    request:
      'Pre-flight brief NVK 905 EGCC→LPPT 21 Jan 2027, STD 0730Z, A320neo SE-RNH. Need NOTAMs and destination weather for the crew pack.',
    topology: {
      shape: 'supervisor',
      coordinator: 'dispatcher',
      workers: ['notam_fetcher', 'weather_briefer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'dispatcher',
        description: 'Flight dispatcher',
        instructions: 'Collect NOTAMs and weather, then write the crew brief.',
        replies: [
          { handoff: 'notam_fetcher', message: 'NOTAMs EGCC, LPPT, alt LPFR, 21/01 0630–1130Z.' },
          { handoff: 'weather_briefer', message: 'LPPT and LPFR TAF/METAR around ETA 1000Z.' },
          {
            say: '### Crew brief NVK 905 EGCC–LPPT 21/01\n- **LPPT**: A0377/27 RWY 02/20 ILS 02 U/S 0900–1200Z → expect RNP 02; TWY S closed\n- **EGCC**: A0144/27 RWY 23R/05L closed 0600–0800Z, depart 23L\n- LPFR nil\n- LPPT TAF at ETA: 31012KT 9999 SCT025, no TEMPO\n(NOTAM feed had a gateway timeout at 0512Z; data re-pulled 0514Z, complete.)',
          },
        ],
      },
      {
        name: 'notam_fetcher',
        description: 'Fetches NOTAMs',
        instructions: 'Fetch and summarise NOTAMs.',
        replies: [
          {
            call: 'fetch_notams',
            args: { icao: ['EGCC', 'LPPT', 'LPFR'], from: '2701210630', to: '2701211130' },
            result: { error: 'EAD gateway 504 Gateway Timeout at 05:12:40Z' },
          },
          {
            call: 'fetch_notams',
            args: { icao: ['EGCC', 'LPPT', 'LPFR'], from: '2701210630', to: '2701211130' },
            result:
              'EGCC A0144/27 RWY 05L/23R CLSD 0600-0800\nLPPT A0377/27 ILS RWY 02 U/S 0900-1200\nLPPT A0380/27 TWY S CLSD\nLPFR NIL',
          },
          {
            say: 'First pull failed (EAD 504 at 0512Z); retried 0514Z OK, full set:\n- EGCC A0144/27 05L/23R closed 0600–0800Z\n- LPPT A0377/27 ILS 02 u/s 0900–1200Z; A0380/27 TWY S closed\n- LPFR nil',
          },
        ],
      },
      {
        name: 'weather_briefer',
        description: 'Briefs weather',
        instructions: 'Give TAF/METAR for the times asked.',
        replies: [
          {
            call: 'taf',
            args: { icao: ['LPPT', 'LPFR'] },
            result:
              'TAF LPPT 210500Z 2106/2212 31012KT 9999 SCT025\nTAF LPFR 210500Z 2106/2212 29008KT CAVOK',
          },
          { say: 'LPPT at 1000Z: 310/12, 10 km+, SCT 2,500 ft. LPFR CAVOK.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'bay-plan-converges-after-two-stack-weight-reworks',
    title:
      'The lashing checker sends the bay plan back twice with different findings (bay 22 stack weight, then bay 38 tier 92 visibility line); the stowage planner fixes each, third version accepted',
    domain: 'container vessel stowage planning',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: a revise loop that goes round twice, each round fixing a new finding',
    request:
      'Bay plan for MV Nordic Lerka, voyage NLK-2705E, loading at DEBRV (Bremerhaven NTB) 24 Jan 2027: 1,126 boxes, 14,830 t. Check lashing and stack weights with Lashing@Sea, then brief the chief officer.',
    topology: {
      shape: 'pipeline',
      order: ['stowage_planner', 'lashing_checker', 'chief_officer_briefer'],
      loop: { from: 'lashing_checker', to: 'stowage_planner', while: 'REWORK', max: 4 },
    },
    agents: [
      {
        name: 'stowage_planner',
        description: 'Builds container bay plans',
        instructions: 'Build the bay plan, or rework it per the checker’s findings.',
        prompt: 'Brief / findings:\n{input}\n\nCall: {request}',
        replies: [
          {
            call: 'build_bayplan',
            args: { voyage: 'NLK-2705E', port: 'DEBRV', version: 1 },
            result: '{"version": 1, "boxes": 1126, "weight_t": 14830, "gm_m": 1.84}',
          },
          { say: 'Bay plan v1 NLK-2705E: 1,126 boxes, 14,830 t, GM 1.84 m.' },
          {
            call: 'build_bayplan',
            args: {
              voyage: 'NLK-2705E',
              port: 'DEBRV',
              version: 2,
              move: 'bay 22 row 04: 3 heavies (30.1 t) to bay 26 row 04',
            },
            result:
              '{"version": 2, "boxes": 1126, "weight_t": 14830, "gm_m": 1.83, "bay22_row04_stack_t": 118.6}',
          },
          { say: 'v2: moved 3 × 30.1 t from bay 22 row 04 to bay 26 row 04; bay 22 row 04 now 118.6 t.' },
          {
            call: 'build_bayplan',
            args: {
              voyage: 'NLK-2705E',
              port: 'DEBRV',
              version: 3,
              move: 'bay 38 tier 92: 4 HC to bay 54 tier 88',
            },
            result: '{"version": 3, "boxes": 1126, "weight_t": 14830, "gm_m": 1.86, "bay38_max_tier": 90}',
          },
          { say: 'v3: 4 high-cubes from bay 38 tier 92 restowed to bay 54 tier 88; bay 38 now max tier 90.' },
        ],
      },
      {
        name: 'lashing_checker',
        description: 'Checks lashing forces, stack weights and visibility',
        instructions: 'Answer "ACCEPTED: <summary>" or "REWORK: <findings>".',
        prompt: 'Bay plan:\n{input}',
        replies: [
          {
            say: 'REWORK: bay 22 row 04 stack 208.9 t > permissible 180 t (Lashing@Sea, GM 1.84 m, route Biscay winter).',
          },
          {
            say: 'REWORK: bay 22 now 118.6 t ✔. New finding: bay 38 tier 92 breaks the SOLAS visibility line (blind sector 520 m > 500 m).',
          },
          {
            say: 'ACCEPTED: v3 — all stacks within limits, max lashing force 87 % (bay 54), visibility 488 m, GM 1.86 m.',
          },
        ],
      },
      {
        name: 'chief_officer_briefer',
        description: 'Briefs the chief officer on the final bay plan',
        instructions: 'Summarise the accepted bay plan for the chief officer.',
        prompt: 'Checker result:\n{input}',
        replies: [
          {
            say: 'C/O brief NLK-2705E DEBRV: bay plan **v3 accepted** — 1,126 boxes / 14,830 t, GM 1.86 m, max lashing load 87 % (bay 54), visibility 488 m. Changes vs v1: bay 22 row 04 heavies moved to bay 26, bay 38 tier 92 HCs moved to bay 54 tier 88.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'bleed-fault-cleared-so-mel-desk-not-engaged',
    title:
      'The line technician reseats a connector, the ops test passes and it says explicitly that no MEL deferral is needed, handing straight to the tech-log clerk instead of the MEL desk',
    domain: 'line maintenance',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message: a possible handoff (to the MEL desk) deliberately not made, with the reason stated',
    request:
      'SE-RNK tech log entry TL-4471 at ARN: "ENG 1 BLEED FAULT ECAM on descent, reset OK". Next departure 1320Z. Troubleshoot; if it can’t be fixed, defer under MEL; close the tech log either way.',
    topology: {
      shape: 'swarm',
      entry: 'line_technician',
      agents: ['line_technician', 'mel_desk', 'tech_log_clerk'],
    },
    agents: [
      {
        name: 'line_technician',
        description: 'Troubleshoots defects on the line',
        instructions:
          'Troubleshoot; transfer to the MEL desk only if a deferral is needed, else to the tech-log clerk.',
        replies: [
          {
            call: 'cmc_fault_history',
            args: { tail: 'SE-RNK', ata: '36', legs: 3 },
            result:
              '{"faults": [{"leg": "NVK411", "msg": "BMC1 BLEED PRESS SENSOR 7HA1 INTERMITTENT", "class": 1}]}',
          },
          {
            call: 'record_task',
            args: {
              tail: 'SE-RNK',
              task: 'TSM 36-11-00-810-801 connector 7HA1-A reseated, pins clean; ENG 1 bleed ops test',
            },
            result: 'Ops test PASS 1204Z, no fault on BMC1 BITE.',
          },
          {
            handoff: 'tech_log_clerk',
            message:
              'TL-4471 SE-RNK fixed: 7HA1 connector reseated, ENG 1 bleed ops test pass 1204Z, BITE clean. Nothing to defer, so no MEL desk needed — please close the entry with TSM 36-11-00-810-801.',
          },
        ],
      },
      {
        name: 'mel_desk',
        description: 'Raises MEL deferrals',
        instructions: 'Raise deferrals.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'tech_log_clerk',
        description: 'Closes tech log entries',
        instructions: 'Close the entry and confirm.',
        replies: [
          {
            call: 'close_techlog',
            args: { entry: 'TL-4471', tail: 'SE-RNK', action: 'connector 7HA1-A reseated, ops test pass' },
            result: 'TL-4471 closed 1209Z, CRS issued by B1 lic SE.66.4412.',
          },
          {
            say: 'TL-4471 SE-RNK closed 1209Z (CRS B1 SE.66.4412): 7HA1-A connector reseated, ENG 1 bleed ops test pass. No deferral raised — aircraft serviceable for 1320Z.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'uplift-kilograms-ordered-as-litres-at-fuel-density',
    title:
      'The dispatcher asks for 12,400 kg uplift; the into-plane orderer books 15,500 L at SG 0.800 — a different number in a different unit, the same fuel',
    domain: 'airline fuel planning',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task: the figure handed down changes form (kg → litres) but not meaning',
    request:
      'NVK 340 ARN→KEF 25 Jan 2027, STD 1015Z, A321neo SE-RNZ. Block fuel 14,900 kg, arrival fuel 2,500 kg expected → uplift ~12,400 kg. Order the fuel and confirm the weights.',
    topology: {
      shape: 'nested',
      top: 'flight_dispatcher',
      teams: { fuel_lead: ['into_plane_orderer'], weights_lead: ['mass_balance_agent'] },
    },
    agents: [
      {
        name: 'flight_dispatcher',
        description: 'Dispatches the flight',
        instructions: 'Have fuel ordered and weights confirmed, then sum up.',
        replies: [
          {
            handoff: 'fuel_lead',
            message: 'NVK 340 SE-RNZ ARN stand 64: uplift 12,400 kg Jet A-1 for block 14,900 kg.',
          },
          {
            handoff: 'weights_lead',
            message: 'NVK 340: confirm TOW/LW with block 14,900 kg, trip 9,870 kg.',
          },
          {
            say: 'NVK 340 ARN–KEF 25/01: fuel ordered 15,500 L (= 12,400 kg at SG 0.800), block 14,900 kg; TOW 85,100 kg, LW 75,230 kg, both within limits.',
          },
        ],
      },
      {
        name: 'fuel_lead',
        description: 'Fuel desk lead',
        instructions: 'Have the uplift ordered.',
        replies: [
          {
            handoff: 'into_plane_orderer',
            message: 'Order 12,400 kg Jet A-1 for SE-RNZ stand 64, NVK 340 STD 1015Z.',
          },
          {
            say: 'Uplift ordered: 15,500 L Jet A-1 = 12,400 kg at today’s SG 0.800 (Air BP ARN, ref FO-ARN-40915).',
          },
        ],
      },
      {
        name: 'into_plane_orderer',
        description: 'Orders fuel from into-plane suppliers',
        instructions: 'Order fuel; suppliers take orders in litres.',
        replies: [
          {
            call: 'fuel_density',
            args: { station: 'ARN', product: 'JET A-1' },
            result: '{"sg": 0.800, "temp_c": -4, "sampled": "2027-01-25T06:00Z"}',
          },
          {
            call: 'order_fuel',
            args: { station: 'ARN', tail: 'SE-RNZ', stand: '64', litres: 15500, eta_truck: '0930Z' },
            result: 'Air BP ARN order FO-ARN-40915: 15,500 L Jet A-1, hydrant cart 0930Z stand 64.',
          },
          { say: '12,400 kg ÷ 0.800 = 15,500 L ordered, FO-ARN-40915, hydrant 0930Z stand 64.' },
        ],
      },
      {
        name: 'weights_lead',
        description: 'Weights and balance lead',
        instructions: 'Have weights confirmed.',
        replies: [
          { handoff: 'mass_balance_agent', message: 'NVK 340 weights with block 14,900 kg, trip 9,870 kg.' },
          { say: 'TOW 85,100 kg (MTOW 97,000), LW 75,230 kg (MLW 79,200). OK.' },
        ],
      },
      {
        name: 'mass_balance_agent',
        description: 'Computes mass and balance',
        instructions: 'Compute the weights.',
        replies: [
          {
            call: 'weights',
            args: { flight: 'NVK340', block_kg: 14900, trip_kg: 9870, taxi_kg: 200 },
            result: '{"zfw": 70400, "tow": 85100, "lw": 75230, "mtow": 97000, "mlw": 79200}',
          },
          { say: 'ZFW 70,400, TOW 85,100, LW 75,230 kg — within MTOW/MLW.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'oceanic-route-brief-terse-nil-segments',
    title:
      'In the route-brief fan-out, the en-route NOTAM checker answers in one line (“47 read, 0 affecting”); terse but complete, and the compiler uses it as is',
    domain: 'long-haul flight planning',
    mast: ['FM-2.4'],
    nearMissOf: 'low_quality_output: a very short worker answer that still carries every figure asked for',
    request:
      'Route brief NVK 81 ESSA→KEWR 26 Jan 2027, STD 1040Z, A321XLR SE-RXA, NAT track D, FL360–380. En-route NOTAMs, destination weather, and ETOPS alternates (BIKF, CYQX).',
    topology: {
      shape: 'fanout',
      planner: 'route_brief_planner',
      workers: ['enroute_notam_checker', 'destination_wx_checker', 'alternate_checker'],
      aggregator: 'briefing_compiler',
    },
    agents: [
      {
        name: 'route_brief_planner',
        description: 'Splits the route brief',
        instructions: 'One brief per checker.',
        replies: [
          {
            plan: {
              enroute_notam_checker:
                'NVK 81 26/01: en-route NOTAMs for NAT D and domestic legs, FL360–380, 1040–1900Z. Report count read and any affecting the flight.',
              destination_wx_checker: 'KEWR TAF/METAR for ETA 1850Z ±1 h.',
              alternate_checker:
                'ETOPS alternates BIKF and CYQX: weather and runway status 1300–1700Z vs planning minima.',
            },
          },
        ],
      },
      {
        name: 'enroute_notam_checker',
        description: 'Checks en-route NOTAMs',
        instructions: 'Report affecting NOTAMs.',
        prompt: '{input}',
        replies: [
          {
            call: 'route_notams',
            args: {
              route: 'ESSA..NATD..KEWR',
              fl_min: 360,
              fl_max: 380,
              from: '2701261040',
              to: '2701261900',
            },
            result:
              '{"read": 47, "affecting": [], "filtered_out": {"below_fl": 31, "time": 12, "lateral": 4}}',
          },
          { say: 'NIL affecting. 47 read (31 below FL, 12 outside time, 4 off track).' },
        ],
      },
      {
        name: 'destination_wx_checker',
        description: 'Checks destination weather',
        instructions: 'Report TAF at ETA.',
        prompt: '{input}',
        replies: [
          {
            call: 'taf',
            args: { icao: 'KEWR' },
            result: 'TAF KEWR 261120Z 2612/2718 29018G28KT P6SM SCT040 BKN250',
          },
          {
            say: 'KEWR at 1850Z: 290/18G28, >6 SM, SCT 4,000 ft BKN 25,000 ft — crosswind RWY 22L ~16 kt gusting 25, within limits.',
          },
        ],
      },
      {
        name: 'alternate_checker',
        description: 'Checks ETOPS alternates',
        instructions: 'Check alternates against planning minima.',
        prompt: '{input}',
        replies: [
          {
            call: 'alternate_status',
            args: { icao: ['BIKF', 'CYQX'], from: '2701261300', to: '2701261700' },
            result:
              '{"BIKF": {"taf": "16022KT 9999 -SHRA BKN014", "rwy": "10/28, 01/19 open", "meets_minima": true}, "CYQX": {"taf": "24015KT 3SM -SN OVC008", "rwy": "03/21 open, braking GOOD TO MEDIUM", "meets_minima": true, "note": "ceiling 800 ft vs planning 600 ft"}}',
          },
          {
            say: 'BIKF OK (BKN014, 10 km). CYQX OK but tight: OVC008 vs planning 600 ft, 3 SM -SN, braking good-medium.',
          },
        ],
      },
      {
        name: 'briefing_compiler',
        description: 'Compiles the route brief',
        instructions: 'Merge the checks into one brief.',
        replies: [
          {
            say: '## Route brief NVK 81 ESSA–KEWR 26/01 (SE-RXA, NAT D)\n| item | status |\n|---|---|\n| En-route NOTAMs | NIL affecting (47 read) |\n| KEWR ETA 1850Z | 290/18G28, P6SM, SCT040 — xwind 22L within limits |\n| ETOPS alt BIKF | meets minima (BKN014) |\n| ETOPS alt CYQX | meets minima, margin small: OVC008 vs 600 ft planning, -SN |\nRecommend re-checking CYQX at ETP.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch57Scenarios = [...faults, ...healthy];
