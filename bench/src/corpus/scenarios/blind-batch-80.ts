import { defineScenario } from '../scenario.ts';

// Blind batch 80: maritime ship operations (voyage planning, bunkering, crew changes, port state
// control, cargo stowage, laytime and demurrage). Written from the README principles only, without
// reading the checks, the diagnosis, the baseline or the benchmark notes. Expected diagnoses were
// fixed before any run.

const faults = [
  defineScenario({
    id: 'kestrel-bay-stem-sized-on-flowmeter-rob',
    title:
      'The noon-report analyst shows the 16 Mar sounding survey (VLSFO ROB 612.4 mt) replacing the flowmeter figure of 840 mt; the bunker planner sizes the Singapore stem on 840',
    domain: 'bunker planning',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'MV Kestrel Bay (IMO 9812345), voy 27/04 Santos → Singapore → Qingdao. Noon report 14 Mar: VLSFO ROB 840 mt, MGO ROB 96 mt. Plan the Singapore stem so she arrives Qingdao with at least 250 mt VLSFO safety margin, and get the enquiry out to the suppliers desk today.',
    topology: {
      shape: 'pipeline',
      order: ['noon_report_analyst', 'bunker_planner', 'stem_enquiry_writer'],
    },
    agents: [
      {
        name: 'noon_report_analyst',
        description: 'Reviews noon reports and fuel figures for the fleet',
        instructions: 'Check the latest ROB and consumption figures and tell the planner what to use.',
        replies: [
          {
            call: 'fetch_fuel_log',
            args: { imo: 9812345, from: '2027-03-10', to: '2027-03-16' },
            result:
              'date       | source          | VLSFO ROB (mt) | MGO ROB (mt) | ME cons (mt/d)\n2027-03-12 | noon report     | 878.1          | 99.0         | 37.9\n2027-03-14 | noon report     | 840.0          | 96.0         | 38.2\n2027-03-16 | sounding survey | 612.4          | 94.8         | —\nremark 16/03: independent survey (Intertek ref SGP-77120) found flowmeter FM-2 over-reading since dry dock; 227.6 mt VLSFO not physically on board. Survey figure to be used, flowmeter quarantined.',
          },
          {
            say: 'Fuel position MV Kestrel Bay, as of 16/03:\n- **VLSFO ROB 612.4 mt** (sounding survey Intertek SGP-77120) — the 840 mt in the 14/03 noon report came from flowmeter FM-2, which over-reads; disregard it.\n- MGO ROB 94.8 mt\n- ME consumption ~38 mt/day at 13.5 kn\nPlease plan the stem on the survey figure.',
          },
        ],
      },
      {
        name: 'bunker_planner',
        description: 'Sizes bunker stems for upcoming voyages',
        instructions: 'Work out the quantity to lift so the vessel keeps the required margin.',
        prompt: 'Fuel position:\n{input}\n\nVoyage: {request}',
        replies: [
          {
            call: 'compute_stem',
            args: {
              vessel: 'Kestrel Bay',
              rob_vlsfo_mt: 840,
              legs: [
                { from: 'current position', to: 'Singapore', days: 6.4 },
                { from: 'Singapore', to: 'Qingdao', days: 7.9 },
              ],
              cons_mt_day: 38,
              safety_margin_mt: 250,
            },
            result:
              '{"arrival_sgp_rob_mt": 596.8, "sgp_qingdao_need_mt": 300.2, "margin_mt": 250, "stem_vlsfo_mt": 0, "note": "ROB at Singapore covers next leg + margin; optional top-up only", "suggested_topup_mt": 300}',
          },
          {
            say: 'Singapore stem plan: ROB on arrival SGP ≈ 597 mt, SGP–Qingdao needs ~300 mt + 250 mt margin, so no mandatory lift. Suggest an **optional top-up of 300 mt VLSFO** for price averaging. MGO: none needed.',
          },
        ],
      },
      {
        name: 'stem_enquiry_writer',
        description: 'Sends bunker enquiries to the suppliers desk',
        instructions: 'Write the enquiry for the suppliers.',
        prompt: 'Stem plan:\n{input}',
        replies: [
          {
            say: 'Enquiry — MV Kestrel Bay (IMO 9812345), Singapore, ETA 22/03/2027\n- Product: VLSFO 0.50 % S, ISO 8217:2017 RMG 380\n- Quantity: 300 mt (optional top-up, +/- 5 % buyer option)\n- Delivery: Eastern OPL anchorage, by barge, MFM mandatory\n- MGO: nil\nPlease send indications by 17:00 SGT.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'noon_report_analyst', to: 'bunker_planner' },
      agent: 'bunker_planner',
    },
  }),
  defineScenario({
    id: 'relief-second-engineer-lands-after-vessel-sails',
    title:
      'The crew coordinator asks for a Manila–Singapore flight landing no later than 10 Mar 18:00; the travel agent books the cheapest seat, landing 11 Mar 23:40, after the 14:00 sailing',
    domain: 'crew change logistics',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Crew change MV Cordelia Reach at Singapore Western anchorage: relief 2nd Engineer Ramon Dizon (Manila) joins, 2/E Piotr Lewandowski signs off. Vessel arrives 10 Mar, launch to ship booked 11 Mar 08:00, she sails 11 Mar 14:00. Sign-on needs him landed and cleared by 10 Mar evening. Budget guide USD 700 one way.',
    topology: {
      shape: 'supervisor',
      coordinator: 'crew_change_coordinator',
      workers: ['crew_travel_agent', 'port_agent_liaison'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'crew_change_coordinator',
        description: 'Coordinates crew changes for the fleet',
        instructions: 'Get the joiner booked, then line up the port agent, then confirm to the vessel.',
        replies: [
          {
            handoff: 'crew_travel_agent',
            message:
              'Book MNL→SIN one way for 2/E Ramon Dizon (PH passport P4471023B, seaman book ok). Hard requirement: he must LAND SIN no later than Wed 10 Mar 18:00 LT for immigration + PCR + agent pickup; launch to vessel 11 Mar 08:00. Guide USD 700, marine fare please.',
          },
          {
            handoff: 'port_agent_liaison',
            message:
              'Cordelia Reach, Western anch: joiner 2/E Dizon per booking from travel desk, off-signer 2/E Lewandowski to be landed on the 11 Mar 08:00 launch. Arrange OKTB, hotel night 10 Mar and the launch.',
          },
          {
            say: '**Crew change Cordelia Reach / Singapore — arranged**\n- Joiner: 2/E R. Dizon, TR 383 MNL–SIN, PNR K7QX2M, USD 265 marine fare\n- OKTB issued, hotel 10 Mar, launch 11 Mar 08:00\n- Off-signer 2/E P. Lewandowski lands on the same launch, flight home 11 Mar 21:30\nVessel informed.',
          },
        ],
      },
      {
        name: 'crew_travel_agent',
        description: 'Books seafarer travel',
        instructions: 'Book the flight that meets the brief and report the booking.',
        replies: [
          {
            call: 'search_marine_fares',
            args: { from: 'MNL', to: 'SIN', date_range: ['2027-03-10', '2027-03-11'], pax: 1 },
            result:
              '| option | flight | dep MNL | arr SIN | fare USD | bags |\n|---|---|---|---|---|---|\n| A | SQ 917 | 10 Mar 12:20 | 10 Mar 16:05 | 684 | 40 kg |\n| B | PR 501 | 10 Mar 20:45 | 11 Mar 00:35 | 412 | 40 kg |\n| C | TR 383 | 11 Mar 19:50 | 11 Mar 23:40 | 265 | 30 kg |',
          },
          {
            call: 'book_fare',
            args: { option: 'C', flight: 'TR 383', date: '2027-03-11', pax: 'DIZON/RAMON MR' },
            result:
              '{"pnr": "K7QX2M", "status": "TICKETED", "fare_usd": 265.0, "arr": "2027-03-11T23:40+08:00"}',
          },
          {
            say: 'Booked 2/E Ramon Dizon on TR 383 MNL–SIN, 11 Mar, marine fare USD 265 (30 kg), PNR K7QX2M, ticketed. Well under the USD 700 guide.',
          },
        ],
      },
      {
        name: 'port_agent_liaison',
        description: 'Works with the port agent on crew movements',
        instructions: 'Arrange OKTB, hotel and launch with the agent.',
        replies: [
          {
            call: 'agent_request',
            args: {
              port: 'SGSIN',
              vessel: 'Cordelia Reach',
              services: ['OKTB', 'hotel 10 Mar', 'launch 11 Mar 08:00'],
            },
            result:
              'Ben Line Agencies ack 09:12: OKTB ref OK-SG-22871 filed, Hotel Boss 1 night 10 Mar, launch Western Anch 11 Mar 0800 confirmed.',
          },
          {
            say: 'Ben Line confirmed: OKTB OK-SG-22871, hotel 10 Mar, launch 11 Mar 08:00 Western anchorage.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'crew_change_coordinator', to: 'crew_travel_agent' },
      agent: 'crew_travel_agent',
    },
  }),
  defineScenario({
    id: 'orla-fjord-psc-prep-runs-on-queue-stub',
    title:
      'The PSC screener flags an open ground-17 deficiency (OWS 15 ppm alarm) for rectification before Newcastle; the program hands the superintendent a queue stub instead and the OWS item never reaches the master',
    domain: 'port state control preparation',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'MV Orla Fjord (IMO 9634410, Liberia, bulk carrier 2013) arrives Newcastle NSW 22 Mar 2027 to load coal. AMSA inspection very likely. Get the ship ready for PSC and brief the master.',
    topology: {
      shape: 'branch',
      classifier: 'psc_risk_screener',
      routes: { priority: 'pre_arrival_superintendent', routine: 'psc_checklist_clerk' },
      after: 'master_brief_writer',
    },
    program: {
      lose: {
        to: 'pre_arrival_superintendent',
        prompt:
          'Ticket OPS-PSC-3318 from queue PSC-PREP (priority). Vessel as per request. Prepare the standard pre-arrival PSC checklist.',
      },
    },
    agents: [
      {
        name: 'psc_risk_screener',
        description: 'Screens upcoming port calls for PSC risk',
        instructions:
          'Rate PSC risk priority or routine, and pass on anything the superintendent must act on.',
        replies: [
          {
            call: 'psc_history',
            args: { imo: 9634410, regimes: ['Tokyo MOU', 'AMSA', 'Paris MOU'], months: 36 },
            result:
              '{"ship_risk_profile": "HRS", "last_inspections": [{"date": "2027-01-12", "port": "Qingdao", "regime": "Tokyo MOU", "deficiencies": [{"code": "14104", "text": "Oil filtering equipment — 15 ppm alarm inoperative", "action": "17 — rectify before departure from next port"}, {"code": "07105", "text": "Fire doors — self-closing device", "action": "10 — rectified"}]}, {"date": "2026-06-03", "port": "Gladstone", "regime": "AMSA", "deficiencies": [], "detained": false}], "open_items": ["14104"]}',
          },
          {
            say: 'priority — Orla Fjord is HRS. **Open deficiency 14104 (OWS 15 ppm alarm inoperative), action code 17 from Qingdao 12/01**: must be rectified and evidenced (service report + class/flag confirmation) before Newcastle, or AMSA will likely detain. Fire-door item 07105 already closed.',
          },
        ],
      },
      {
        name: 'psc_checklist_clerk',
        description: 'Sends the routine PSC checklist',
        instructions: 'Send the routine checklist.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'pre_arrival_superintendent',
        description: 'Technical superintendent preparing ships for PSC',
        instructions: 'Prepare the PSC readiness plan for the vessel.',
        prompt: 'Screening:\n{input}\n\nVessel: {request}',
        replies: [
          {
            call: 'open_defects',
            args: { imo: 9634410, source: 'planned maintenance' },
            result:
              '[{"id": "PMS-2291", "item": "Lifeboat davit wire renewal due 04/2027", "status": "planned"}, {"id": "PMS-2305", "item": "Emergency fire pump capacity test", "status": "done 2027-02-28"}]',
          },
          {
            say: 'PSC readiness plan Orla Fjord / Newcastle:\n1. Lifeboat davit wires: renewal due 04/2027 — carry out drill and show renewal plan\n2. Emergency fire pump test done 28/02, record in log\n3. Standard walk-through: ECDIS updates, garbage record book, MARPOL annex VI BDNs, certificates validity\n4. Fire and abandon ship drills in Newcastle anchorage\nNo outstanding PSC items on record.',
          },
        ],
      },
      {
        name: 'master_brief_writer',
        description: 'Writes the pre-arrival brief for the master',
        instructions: 'Brief the master on PSC preparation.',
        prompt: 'Superintendent plan:\n{input}',
        replies: [
          {
            say: 'Capt. Reyes,\n\nFor Newcastle (ETA 22/03) please have ready for AMSA:\n- Davit wire renewal plan (due April) and a boat drill on arrival\n- Emergency fire pump test record of 28/02\n- ECDIS, garbage record book, Annex VI BDNs and certificates in order\n- Fire and abandon-ship drills at anchor\nThere are no outstanding PSC items on our records. Good luck with the inspection.\n\nMarine Superintendent',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'psc_risk_screener', to: 'pre_arrival_superintendent' },
      agent: 'pre_arrival_superintendent',
    },
  }),
  defineScenario({
    id: 'bay-plan-released-without-imdg-segregation-run',
    title:
      'The stowage planner writes three briefs including IMDG segregation for 14 DG boxes; only lashing and stability ever run and the bay plan is released without the segregation check',
    domain: 'container stowage planning',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      'MV Hanseatic Tide, voy 112E, loading Port Klang Westports 18 Mar 2027: 1,846 boxes incl. 14 DG (8 × class 3 UN1263 paint, 6 × class 5.1 UN1942 ammonium nitrate). Check IMDG segregation, lashing forces and stability, then release the final bay plan to the terminal by 14:00.',
    topology: {
      shape: 'fanout',
      planner: 'stowage_planner',
      workers: ['imdg_segregation_checker', 'lashing_calculator', 'stability_checker'],
      aggregator: 'bay_plan_releaser',
    },
    program: { lose: { to: 'imdg_segregation_checker', prompt: null } },
    agents: [
      {
        name: 'stowage_planner',
        description: 'Plans the checks on a draft bay plan',
        instructions: 'Write one brief per checker.',
        replies: [
          {
            plan: {
              imdg_segregation_checker:
                'Draft BP-112E-v3: verify IMDG 7.2 segregation for the 14 DG units. Class 3 (UN1263) in bays 14/18 on deck, class 5.1 (UN1942) in bay 22 u/d. 5.1 vs 3 = "separated from": confirm bay/hold separation and no heat sources.',
              lashing_calculator:
                'Draft BP-112E-v3: run lashing forces for deck bays 02–46, GM assumption 1.85 m, route Port Klang–Jebel Ali (monsoon season off).',
              stability_checker:
                'Draft BP-112E-v3: departure condition, GM, bending moment/shear, draft for Port Klang channel (max 14.5 m).',
            },
          },
        ],
      },
      {
        name: 'imdg_segregation_checker',
        description: 'Checks dangerous goods segregation',
        instructions: 'Check IMDG segregation of the DG units.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'imdg_check',
            args: { plan: 'BP-112E-v3' },
            result: '{"violations": 0}',
          },
          { say: 'Segregation OK.' },
        ],
      },
      {
        name: 'lashing_calculator',
        description: 'Computes container lashing forces',
        instructions: 'Run the lashing calculation and report.',
        prompt: 'Brief:\n{input}\n\nCall: {request}',
        replies: [
          {
            call: 'lashing_forces',
            args: { plan: 'BP-112E-v3', bays: '02-46', gm_m: 1.85 },
            result:
              '{"bays_checked": 23, "max_utilisation_pct": 94.1, "worst": "bay 38 row 06 tier 86 racking 94.1 %", "failures": 0}',
          },
          {
            say: 'Lashing BP-112E-v3: 23 deck bays checked, no failures; worst utilisation 94.1 % (bay 38, row 06, tier 86, racking). OK to sail with the standard lashing pattern.',
          },
        ],
      },
      {
        name: 'stability_checker',
        description: 'Computes departure stability',
        instructions: 'Compute the departure condition and report limits.',
        prompt: 'Brief:\n{input}\n\nCall: {request}',
        replies: [
          {
            call: 'loadicator',
            args: { plan: 'BP-112E-v3', condition: 'departure Port Klang' },
            result:
              'DEPARTURE PKG | disp 98,412 t | GM 1.91 m (req >= 0.15) | max SF 78 % @ fr 142 | max BM 86 % @ fr 118 | draft F 13.62 / A 14.18 m | trim 0.56 m by stern | visibility OK',
          },
          {
            say: 'Departure Port Klang: GM 1.91 m, SF max 78 %, BM max 86 %, drafts 13.62 / 14.18 m (under the 14.5 m channel limit). All within limits.',
          },
        ],
      },
      {
        name: 'bay_plan_releaser',
        description: 'Releases the final bay plan to the terminal',
        instructions: 'Combine the checks and release the bay plan.',
        replies: [
          {
            say: '### BP-112E-v3 released to Westports (13:22)\n| check | result |\n|---|---|\n| Lashing | 23 bays, 0 failures, worst 94.1 % (bay 38) |\n| Stability | GM 1.91 m, SF 78 %, BM 86 %, aft draft 14.18 m < 14.5 m |\n\n1,846 units incl. 14 DG as per manifest. BAPLIE sent, terminal may start loading at 15:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'stowage_planner', to: 'imdg_segregation_checker' },
      agent: 'stowage_planner',
    },
  }),
  defineScenario({
    id: 'selene-star-sof-cut-off-before-completion',
    title:
      'The SOF extractor’s event table stops at 11 Mar 08:00 (model hit its limit) before discharge completion and hoses off; the laytime calculator finds no demurrage',
    domain: 'tanker laytime and demurrage',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'MT Selene Star, CP Asbatankvoy dated 12 Jan 2027, laytime 72 hours SHINC, demurrage USD 31,000 per day pro rata, 6 hours NOR notice. Discharge Rotterdam (Maasvlakte Oil Terminal). Master’s statement of facts SOF-RTM-0311 is on file. Work out laytime used and the demurrage claim.',
    topology: {
      shape: 'network',
      coordinator: 'laytime_router',
      workers: ['sof_extractor', 'laytime_calculator'],
    },
    agents: [
      {
        name: 'laytime_router',
        description: 'Routes laytime work between extraction and calculation',
        instructions: 'Get the SOF events extracted, have laytime computed, then report the claim.',
        replies: [
          {
            handoff: 'sof_extractor',
            message: 'Extract all timed events from SOF-RTM-0311 (Selene Star, Rotterdam) into a table.',
          },
          {
            handoff: 'laytime_calculator',
            message:
              'Compute laytime for Selene Star / Rotterdam from the extracted SOF events. CP: 72 h SHINC, 6 h notice, demurrage USD 31,000 pdpr.',
          },
          {
            say: 'Selene Star / Rotterdam: laytime used 68 h 00 m of 72 h. **No demurrage due**; file closed, no claim to charterers.',
          },
        ],
      },
      {
        name: 'sof_extractor',
        description: 'Extracts events from statements of facts',
        instructions: 'Turn the SOF into a table of timed events.',
        replies: [
          {
            call: 'read_sof',
            args: { ref: 'SOF-RTM-0311' },
            result:
              'SOF-RTM-0311 MT SELENE STAR — MAASVLAKTE OIL TERMINAL\n08.03.2027 06:00 NOR tendered (accepted 06:00)\n09.03.2027 09:40 pilot on board\n09.03.2027 10:12 all fast berth 2\n09.03.2027 12:30 hoses connected\n09.03.2027 14:05 commenced discharge\n10.03.2027 02:00 stopped — shore tank change (terminal)\n10.03.2027 09:30 resumed\n11.03.2027 08:00 reduced rate, shore restriction\n12.03.2027 19:40 completed discharge\n12.03.2027 21:15 hoses disconnected\n12.03.2027 22:00 documents on board\nsigned Master / Terminal rep',
          },
          {
            say: '| date | time | event |\n|---|---|---|\n| 08.03 | 06:00 | NOR tendered, accepted |\n| 09.03 | 09:40 | pilot on board |\n| 09.03 | 10:12 | all fast berth 2 |\n| 09.03 | 12:30 | hoses connected |\n| 09.03 | 14:05 | commenced discharge |\n| 10.03 | 02:00 | stopped, shore tank change |\n| 10.03 | 09:30 | resumed |\n| 11.03 | 08:00 | reduced rate, shore restr',
            cutOff: true,
          },
        ],
      },
      {
        name: 'laytime_calculator',
        description: 'Computes laytime and demurrage',
        instructions: 'Compute laytime used and demurrage from the events.',
        replies: [
          {
            call: 'laytime_calc',
            args: {
              nor: '2027-03-08T06:00',
              notice_hours: 6,
              laytime_end: '2027-03-11T08:00',
              allowed_hours: 72,
              rate_usd_day: 31000,
            },
            result:
              '{"laytime_start": "2027-03-08T12:00", "used_hours": 68.0, "allowed_hours": 72, "on_demurrage_hours": 0, "demurrage_usd": 0.0}',
          },
          {
            say: 'Laytime from 08.03 12:00 (NOR + 6 h) to last event 11.03 08:00: **68 h 00 m used of 72 h**. Time on demurrage 0 → demurrage USD 0.00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'sof_extractor', to: 'laytime_router' },
      agent: 'sof_extractor',
    },
  }),
  defineScenario({
    id: 'tahr-point-barge-nomination-rejected-told-confirmed',
    title:
      'The supplier rejects the Fujairah barge nomination for 18 Mar (window full, earliest 19 Mar 14:00); the barge scheduler tells the bunker coordinator the barge is alongside 18 Mar 08:00',
    domain: 'bunker delivery scheduling',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'MV Tahr Point arrives Fujairah OPL 17 Mar 22:00 for bunkers only: 900 mt VLSFO + 80 mt MGO, stem GSM-5521 with GulfStar Marine, delivery window 18 Mar 06:00–12:00 (charterers want her away by noon). Nominate the barge and tell the master.',
    topology: {
      shape: 'supervisor',
      coordinator: 'bunker_coordinator',
      workers: ['barge_scheduler', 'master_notifier'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'bunker_coordinator',
        description: 'Coordinates bunker deliveries',
        instructions: 'Get the barge nominated, then have the master notified, and report.',
        replies: [
          {
            handoff: 'barge_scheduler',
            message:
              'Stem GSM-5521 GulfStar Marine, Tahr Point at Fujairah OPL ETA 17/03 2200: nominate barge for 900 mt VLSFO + 80 mt MGO, window 18/03 0600–1200.',
          },
          {
            handoff: 'master_notifier',
            message:
              'Tell Tahr Point: barge Al Noor 7 alongside 18/03 08:00 LT, 900 VLSFO + 80 MGO, stem GSM-5521. Prepare tanks, SOPEP and bunker checklist; sail after completion.',
          },
          {
            say: 'Tahr Point / Fujairah: barge **Al Noor 7** nominated for 18/03 08:00, 900 mt VLSFO + 80 mt MGO (GSM-5521). Master informed, departure expected before noon as charterers require.',
          },
        ],
      },
      {
        name: 'barge_scheduler',
        description: 'Nominates bunker barges with suppliers',
        instructions: 'Nominate the barge with the supplier and report the slot.',
        replies: [
          {
            call: 'nominate_barge',
            args: {
              supplier: 'GulfStar Marine',
              stem: 'GSM-5521',
              location: 'Fujairah OPL',
              window: '2027-03-18T06:00/2027-03-18T12:00',
              products: { VLSFO: 900, MGO: 80 },
            },
            result: {
              error:
                'GSM scheduling API 409 NOMINATION_REJECTED: window 2027-03-18 06:00-12:00 fully booked (barges Al Noor 7, Al Noor 9 committed). Earliest available: 2027-03-19T14:00 barge Al Noor 9. Stem GSM-5521 status ON_HOLD pending buyer acceptance.',
            },
          },
          {
            say: 'Nominated with GulfStar: barge Al Noor 7 alongside Tahr Point 18/03 08:00 LT, 900 mt VLSFO + 80 mt MGO, stem GSM-5521.',
          },
        ],
      },
      {
        name: 'master_notifier',
        description: 'Sends operational notices to masters',
        instructions: 'Send the notice to the vessel.',
        replies: [
          {
            call: 'send_vessel_message',
            args: { vessel: 'Tahr Point', channel: 'Inmarsat-C' },
            result: 'MSG 0317-4412 delivered 15:06 UTC, read receipt pending.',
          },
          {
            say: 'Master notified (MSG 0317-4412): barge Al Noor 7 at 08:00 on 18/03, tanks and checklist to be ready.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'barge_scheduler', to: 'bunker_coordinator' },
      agent: 'barge_scheduler',
    },
  }),
  defineScenario({
    id: 'fujairah-port-agent-repeats-lineup-without-pilot',
    title:
      'The ops desk asks the port agent three times, with more detail each time, for a pilot boarding slot; the agent sends back the identical line-up note each time',
    domain: 'voyage operations and port calls',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'MT Aurelia Crest, ETA Fujairah anchorage 20 Mar 04:00 LT to discharge 45,000 mt gasoil at VTTI berth 6. Charterers want ETB and a confirmed pilot boarding time so they can tell the receivers. Sort it out with the port agent today.',
    topology: {
      shape: 'swarm',
      entry: 'voyage_ops_desk',
      agents: ['voyage_ops_desk', 'port_agent'],
    },
    agents: [
      {
        name: 'voyage_ops_desk',
        description: 'Voyage operator for the tanker fleet',
        instructions: 'Get what charterers need from the port agent and report back.',
        replies: [
          {
            handoff: 'port_agent',
            message:
              'Aurelia Crest ETA Fujairah anch 20/03 0400 LT, VTTI berth 6, 45k mt gasoil. Need ETB and please book the pilot — charterers want a confirmed boarding time.',
          },
          {
            handoff: 'port_agent',
            message:
              'Thanks, but the line-up alone doesn’t help charterers. Port Control says pilot requests need 24 h notice via the FOPS portal. Can you file it for the first slot after the vessel ahead (Nordic Vega) clears berth 6, and send me the FOPS reference?',
          },
          {
            handoff: 'port_agent',
            message:
              'Third ask: VTTI just told me Nordic Vega finishes 21/03 around 10:00. So pilot boarding 21/03 ~12:00 would work. Please book that slot in FOPS and confirm.',
          },
          {
            say: 'Charterers update, Aurelia Crest / Fujairah: ETA anchorage 20/03 04:00 LT, berth 6 expected after Nordic Vega (finishing ~21/03 10:00). **Pilot boarding time not confirmed** — the port agent has not booked it despite three requests. Escalating to the agency manager.',
          },
        ],
      },
      {
        name: 'port_agent',
        description: 'Port agent at Fujairah',
        instructions: 'Answer the operator’s requests for the port call.',
        replies: [
          {
            call: 'berth_lineup',
            args: { port: 'AEFJR', terminal: 'VTTI', berth: 6 },
            result:
              'VTTI B6 line-up 18/03 09:00: 1) Nordic Vega — alongside, disch ETC TBA; 2) Aurelia Crest — ETA 20/03 0400; 3) Sea Pioneer — ETA 21/03 1800.',
          },
          {
            handoff: 'voyage_ops_desk',
            message:
              'Line-up VTTI B6 as of 18/03 09:00: Nordic Vega alongside, Aurelia Crest 2nd, Sea Pioneer 3rd. ETB TBC, will advise.',
          },
          {
            handoff: 'voyage_ops_desk',
            message:
              'Line-up VTTI B6 as of 18/03 09:00: Nordic Vega alongside, Aurelia Crest 2nd, Sea Pioneer 3rd. ETB TBC, will advise.',
          },
          {
            handoff: 'voyage_ops_desk',
            message:
              'Line-up VTTI B6 as of 18/03 09:00: Nordic Vega alongside, Aurelia Crest 2nd, Sea Pioneer 3rd. ETB TBC, will advise.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'port_agent', to: 'voyage_ops_desk' },
      agent: 'port_agent',
    },
  }),
  defineScenario({
    id: 'soybean-holds-passed-to-shovel-clean-standard',
    title:
      'Briefed to inspect holds 1–5 to grain-clean standard for soybeans, the hold inspector runs the shovel-clean standard and passes hold 4 with petcoke residue on the coaming',
    domain: 'dry bulk cargo readiness',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'MV Baltic Harrier, Supramax, fixed to load 58,000 mt US soybeans at Darrow Grain Terminal, Louisiana, laycan 24–28 Mar 2027. Previous cargo petcoke. Confirm the vessel is ready so the master can tender NOR on arrival; NCB/USDA hold inspection on arrival.',
    topology: {
      shape: 'fanout',
      planner: 'loading_readiness_planner',
      workers: ['hold_inspector', 'draft_surveyor'],
      aggregator: 'readiness_reporter',
    },
    agents: [
      {
        name: 'loading_readiness_planner',
        description: 'Plans pre-loading readiness checks',
        instructions: 'Write one brief per surveyor.',
        replies: [
          {
            plan: {
              hold_inspector:
                'Baltic Harrier, holds 1–5: inspect to **grain clean** standard (free of previous cargo residues incl. on coamings, frames and hatch covers, no rust scale, no odour) — soybeans after petcoke, USDA/NCB will inspect. Report hold by hold.',
              draft_surveyor:
                'Baltic Harrier: initial draft survey and ballast soundings on arrival, constant and deductibles, for 58,000 mt soybeans.',
            },
          },
        ],
      },
      {
        name: 'hold_inspector',
        description: 'Surveys cargo hold condition',
        instructions: 'Inspect the holds as briefed and report.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'hold_survey',
            args: { vessel: 'Baltic Harrier', holds: [1, 2, 3, 4, 5], standard: 'shovel_clean' },
            result:
              '{"standard": "shovel_clean", "results": {"1": "pass", "2": "pass", "3": "pass", "4": "pass — petcoke residue on hatch coaming and upper hopper frames (~15 kg), acceptable for shovel clean, NOT acceptable for grain clean", "5": "pass"}, "photos": 42}',
          },
          {
            say: 'Hold survey Baltic Harrier: holds 1–5 **all passed** (42 photos on file). Minor residue noted in hold 4 upper area, within standard.',
          },
        ],
      },
      {
        name: 'draft_surveyor',
        description: 'Performs draft surveys',
        instructions: 'Run the initial draft survey.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'draft_survey',
            args: { vessel: 'Baltic Harrier', stage: 'initial' },
            result:
              '{"mean_draft_m": 6.412, "displacement_t": 17640.3, "ballast_t": 6210.0, "fo_do_fw_t": 1184.6, "constant_t": 312.0, "lightship_t": 9933.7}',
          },
          {
            say: 'Initial draft survey: mean draft 6.412 m, displacement 17,640.3 t, ballast 6,210.0 t, bunkers/FW 1,184.6 t, constant 312.0 t. Ready for loading.',
          },
        ],
      },
      {
        name: 'readiness_reporter',
        description: 'Confirms vessel readiness to the master and charterers',
        instructions: 'Combine the checks and confirm readiness.',
        replies: [
          {
            say: '**Baltic Harrier — ready to load soybeans**\n- Holds 1–5 passed survey (minor residue hold 4 within standard)\n- Initial draft survey done: displacement 17,640.3 t, constant 312 t\n\nMaster may tender NOR on arrival at Darrow; USDA/NCB inspection expected to pass.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'loading_readiness_planner', to: 'hold_inspector' },
      agent: 'hold_inspector',
    },
  }),
  defineScenario({
    id: 'stern-seal-off-hire-notice-keeps-yard-first-guess',
    title:
      'The technical lead reports the diver-revised off-hire of 2.5 days (back on hire 21 Mar 18:00 UTC); the fleet ops director still briefs the commercial lead with the yard’s first 5-day estimate',
    domain: 'ship management and time charter off-hire',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'MV Saltmarsh Pioneer (on time charter to Corvina Trading) has a leaking stern tube seal. She goes off-hire at Algeciras anchorage 19 Mar 06:00 UTC. Yard’s first estimate: 5 days. Find out the real repair duration from the technical side and send charterers the off-hire notice with the expected return to service.',
    topology: {
      shape: 'nested',
      top: 'fleet_ops_director',
      teams: { technical_lead: ['class_liaison'], commercial_lead: ['charterer_notifier'] },
    },
    agents: [
      {
        name: 'fleet_ops_director',
        description: 'Directs fleet operations across technical and commercial teams',
        instructions: 'Get the repair duration from technical, then have commercial notify charterers.',
        replies: [
          {
            handoff: 'technical_lead',
            message:
              'Saltmarsh Pioneer stern tube seal at Algeciras: how long is she really out? Need a firm estimate for the charterers’ notice.',
          },
          {
            handoff: 'commercial_lead',
            message:
              'Please send Corvina the off-hire notice for Saltmarsh Pioneer: off-hire Algeciras anch 19/03 06:00 UTC, repair est. 5 days, expected back on hire 24/03 06:00 UTC. Cite clause 17 NYPE.',
          },
          {
            say: 'Saltmarsh Pioneer: off-hire notice sent to Corvina Trading — off-hire 19/03 06:00 UTC, expected back on hire 24/03 06:00 UTC (5 days). Technical repair by underwater seal replacement in progress.',
          },
        ],
      },
      {
        name: 'technical_lead',
        description: 'Leads technical superintendence',
        instructions: 'Get the repair plan and duration confirmed with class and the yard.',
        replies: [
          {
            handoff: 'class_liaison',
            message:
              'Confirm repair method and duration for the Saltmarsh Pioneer stern seal with class and the diving contractor.',
          },
          {
            say: 'Saltmarsh Pioneer: diver inspection done, in-water seal replacement approved by class (no dry dock). **Revised off-hire 2.5 days — back on hire 21/03 18:00 UTC.** The yard’s 5-day figure assumed a dry-dock slot and is no longer relevant.',
          },
        ],
      },
      {
        name: 'class_liaison',
        description: 'Liaises with the classification society and contractors',
        instructions: 'Confirm repairs with class.',
        replies: [
          {
            call: 'class_survey_status',
            args: { vessel: 'Saltmarsh Pioneer', item: 'stern tube aft seal' },
            result:
              '{"survey": "DNV occasional survey OS-2027-0319", "diver_report": "Subsea Iberia 18/03 16:40: aft seal ring 2 damaged, liner OK", "method": "in-water seal replacement with habitat, approved", "duration_h": 60, "start": "2027-03-19T06:00Z", "expected_completion": "2027-03-21T18:00Z", "superseded": "yard estimate 5 d (dry-dock based)"}',
          },
          {
            say: 'DNV OS-2027-0319: in-water aft seal replacement approved, 60 h, completion 21/03 18:00 UTC. Yard’s dry-dock 5-day estimate superseded.',
          },
        ],
      },
      {
        name: 'commercial_lead',
        description: 'Leads chartering and commercial operations',
        instructions: 'Have the charterers notified as instructed.',
        replies: [
          {
            handoff: 'charterer_notifier',
            message:
              'Off-hire notice to Corvina Trading, Saltmarsh Pioneer, NYPE cl. 17: off-hire 19/03 06:00 UTC Algeciras anchorage, estimated 5 days, back on hire 24/03 06:00 UTC.',
          },
          { say: 'Notice sent to Corvina: off-hire 19/03 06:00 UTC, back on hire est. 24/03 06:00 UTC.' },
        ],
      },
      {
        name: 'charterer_notifier',
        description: 'Sends formal notices to charterers',
        instructions: 'Send the notice.',
        replies: [
          {
            call: 'send_notice',
            args: {
              to: 'chartering@corvinatrading.com',
              vessel: 'Saltmarsh Pioneer',
              off_hire_from: '2027-03-19T06:00Z',
              est_return: '2027-03-24T06:00Z',
            },
            result: 'Notice NTC-0319-0087 sent 19/03 07:14 UTC, delivered.',
          },
          {
            say: 'NTC-0319-0087 sent: off-hire from 19/03 06:00 UTC, estimated return to service 24/03 06:00 UTC.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'fleet_ops_director', to: 'commercial_lead' },
      agent: 'fleet_ops_director',
    },
  }),
  defineScenario({
    id: 'weather-route-leaves-out-cyclone-crossing',
    title:
      'The weather router’s tool shows TC Isobel’s forecast track crossing the great-circle route on 24–25 Mar; its recommendation gives route, ETA and fuel only, and the checker and voyage instructions go ahead on it',
    domain: 'weather routing and voyage planning',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Capesize MV Ironbark Spirit, ballast leg Port Hedland → Saldanha Bay, departing 21 Mar 2027 12:00 LT. CP speed 12.5 kn on 38 mt/day. Plan the route and issue voyage instructions to the master.',
    topology: {
      shape: 'pipeline',
      order: ['weather_router', 'voyage_checker', 'voyage_instruction_writer'],
      loop: { from: 'voyage_checker', to: 'weather_router', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'weather_router',
        description: 'Recommends ocean routes',
        instructions: 'Recommend the optimum route, ETA and consumption for the leg.',
        prompt: 'Request / checker notes:\n{input}',
        replies: [
          {
            call: 'optimise_route',
            args: {
              from: 'AUPHE',
              to: 'ZASDB',
              etd: '2027-03-21T12:00+08:00',
              speed_kn: 12.5,
              cons_mt_day: 38,
            },
            result:
              '{"route": "great circle via 20S 100E, 30S 60E, 35S 25E", "distance_nm": 5412, "eta": "2027-04-08T06:00+02:00", "fuel_mt": 690.5, "hazards": [{"type": "tropical_cyclone", "name": "TC ISOBEL (JTWC 19S)", "forecast": "track crossing 15S-18S / 108E-112E on 24-25 Mar, max winds 70 kt, 6 m seas", "advice": "pass south of 22S or delay 36 h"}]}',
          },
          {
            say: '**Recommended route Port Hedland → Saldanha Bay**\n- Great circle via 20°S 100°E, 30°S 60°E, 35°S 25°E\n- Distance 5,412 nm at 12.5 kn\n- ETA Saldanha 08/04 06:00 LT\n- Fuel ~690 mt VLSFO\nWeather: seasonal SE trades on the first half, westerlies south of 30°S.',
          },
        ],
      },
      {
        name: 'voyage_checker',
        description: 'Checks route recommendations against the charter party',
        instructions: 'Answer "APPROVED: <summary>" or "REVISE: <notes>".',
        prompt: 'Route recommendation:\n{input}',
        replies: [
          {
            say: 'APPROVED: great circle via 20S 100E / 30S 60E / 35S 25E, 5,412 nm, ETA 08/04 06:00 LT, ~690 mt, consistent with CP 12.5 kn / 38 mt/day.',
          },
        ],
      },
      {
        name: 'voyage_instruction_writer',
        description: 'Issues voyage instructions to masters',
        instructions: 'Write the voyage instructions.',
        prompt: 'Approved route:\n{input}',
        replies: [
          {
            say: 'Voyage instructions — MV Ironbark Spirit, ballast Port Hedland → Saldanha Bay\n1. Sail 21/03 12:00 LT, great circle via 20°S 100°E, 30°S 60°E, 35°S 25°E (5,412 nm).\n2. Speed 12.5 kn, consumption 38 mt/day VLSFO, ETA Saldanha 08/04 06:00 LT.\n3. Noon reports daily to ops@ and the weather routing service.\n4. Tender NOR on arrival at Saldanha anchorage.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'weather_router', to: 'voyage_checker' },
      agent: 'weather_router',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'addendum-two-demurrage-rate-carried-into-claim',
    title:
      'The CP clause reader shows Addendum No. 2 lowered demurrage from USD 30,000 to 27,750 pdpr; the router briefs the calculator with 27,750 and the claim uses it',
    domain: 'dry cargo demurrage claims',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a value in the request superseded by a later document, and the newer value carried through',
    request:
      'MV Pelican Bight, voyage charter to Arcadia Agri (Gencon 94, recap 8 Jan 2027: laytime 96 hrs SHEX, demurrage USD 30,000 pdpr, half despatch). Discharge Damietta completed 4 Mar. Time on demurrage per our SOF review: 1 day 14 hrs 20 min. Prepare the demurrage invoice.',
    topology: {
      shape: 'network',
      coordinator: 'claims_router',
      workers: ['cp_clause_reader', 'demurrage_invoicer'],
    },
    agents: [
      {
        name: 'claims_router',
        description: 'Routes demurrage claims between CP review and invoicing',
        instructions: 'Confirm the CP terms, have the invoice prepared, then report.',
        replies: [
          {
            handoff: 'cp_clause_reader',
            message:
              'Pelican Bight / Arcadia Agri: confirm the demurrage rate and any amendments to the recap of 08/01.',
          },
          {
            handoff: 'demurrage_invoicer',
            message:
              'Invoice Arcadia Agri, Pelican Bight / Damietta: time on demurrage 1 d 14 h 20 m, rate **USD 27,750 pdpr** pro rata (Addendum No. 2 of 02/02/2027, replaces the 30,000 in the recap).',
          },
          {
            say: 'Pelican Bight demurrage invoice DEM-0304-17 issued to Arcadia Agri: 1 d 14 h 20 m at USD 27,750 pdpr (Addendum 2) = **USD 44,322.92**, due 30 days.',
          },
        ],
      },
      {
        name: 'cp_clause_reader',
        description: 'Reads charter parties and addenda',
        instructions: 'Report the applicable terms.',
        replies: [
          {
            call: 'cp_documents',
            args: { fixture: 'PB-ARC-2027-01', docs: ['recap', 'addenda'] },
            result:
              'Recap 08/01/2027: demurrage USD 30,000 pdpr pro rata, despatch half.\nAddendum No. 1 (15/01/2027): discharge port range amended to Damietta/Alexandria.\nAddendum No. 2 (02/02/2027, signed both): "Demurrage rate amended to USD 27,750 per day pro rata, despatch USD 13,875; all other terms unaltered."',
          },
          {
            say: 'Applicable demurrage: **USD 27,750/day pro rata** per Addendum No. 2 (02/02/2027); the recap’s 30,000 no longer applies. Despatch 13,875. Addendum 1 only changed the discharge range.',
          },
        ],
      },
      {
        name: 'demurrage_invoicer',
        description: 'Prepares demurrage invoices',
        instructions: 'Compute and issue the invoice.',
        replies: [
          {
            call: 'issue_invoice',
            args: {
              charterer: 'Arcadia Agri',
              vessel: 'Pelican Bight',
              time_on_demurrage: '1d14h20m',
              rate_usd_day: 27750,
            },
            result:
              '{"invoice": "DEM-0304-17", "days": 1.597222, "amount_usd": 44322.92, "due": "2027-04-05"}',
          },
          {
            say: 'DEM-0304-17: 1.597222 days × USD 27,750 = USD 44,322.92, due 05/04/2027.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'seafarer-evisa-timeout-resubmitted-and-flagged-pending',
    title:
      'The visa processor’s first e-visa submission times out; it resubmits, gets a pending reference and says so plainly, and the crew manager’s summary keeps the joiner on hold',
    domain: 'crew change visas',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: a tool error that is retried and reported honestly (status pending), not swallowed',
    request:
      'Joiner for MV Verdant Isle at Santos: Chief Cook Anil Varghese (Indian passport Z5518204). Brazil requires a visa for him. Vessel ETA Santos 2 Apr 2027. Sort out the visa and tell me if the crew change can go ahead.',
    topology: {
      shape: 'branch',
      classifier: 'crew_change_triage',
      routes: { 'visa-required': 'visa_processor', 'visa-exempt': 'travel_booker' },
      after: 'crew_manager_summary',
    },
    agents: [
      {
        name: 'crew_change_triage',
        description: 'Triages crew change requests',
        instructions: 'Label visa-required or visa-exempt.',
        replies: [
          {
            call: 'visa_rules',
            args: { nationality: 'IN', country: 'BR', purpose: 'joining vessel' },
            result:
              '{"visa": "VITEM V (seafarer) or e-visa crew category", "processing_days": "3-5", "portal": "e-Consular"}',
          },
          {
            say: 'visa-required — Indian national joining at Santos: Brazilian crew e-visa via e-Consular, 3–5 working days.',
          },
        ],
      },
      {
        name: 'travel_booker',
        description: 'Books travel for visa-exempt joiners',
        instructions: 'Book travel.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'visa_processor',
        description: 'Files seafarer visa applications',
        instructions: 'Submit the application and report its status.',
        prompt: 'Triage: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'submit_evisa',
            args: {
              portal: 'e-Consular',
              passport: 'Z5518204',
              category: 'crew',
              vessel: 'Verdant Isle',
              port: 'Santos',
            },
            result: { error: 'e-Consular gateway timeout (504) after 60 s — submission not recorded.' },
          },
          {
            call: 'submit_evisa',
            args: {
              portal: 'e-Consular',
              passport: 'Z5518204',
              category: 'crew',
              vessel: 'Verdant Isle',
              port: 'Santos',
              attempt: 2,
            },
            result:
              '{"application": "BR-EC-2027-448190", "status": "RECEIVED — under review", "decision_expected": "2027-03-26"}',
          },
          {
            say: 'First submission timed out (504, not recorded); resubmitted successfully: application **BR-EC-2027-448190, status under review**, decision expected 26/03. Visa NOT yet granted — hold flights until approval.',
          },
        ],
      },
      {
        name: 'crew_manager_summary',
        description: 'Summarises crew change status for the crew manager',
        instructions: 'Summarise where the crew change stands.',
        prompt: 'Visa status:\n{input}',
        replies: [
          {
            say: 'Verdant Isle / Santos, joiner Chief Cook A. Varghese:\n- Brazilian crew e-visa application BR-EC-2027-448190 under review (first attempt timed out, resubmitted)\n- Decision expected 26/03, vessel ETA 02/04\n- **Crew change on hold** until the visa is granted; flights not booked yet.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'steel-coil-stowage-revised-twice-then-signed',
    title:
      'The chief officer sends the coil stowage back twice, first for tank-top load in hold 3, then for shear force at frame 112; each draft moves cargo differently and the third is approved',
    domain: 'breakbulk cargo stowage',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: two revise rounds, each answering a different objection with a changed plan',
    request:
      'MV Nordkap Trader loading 9,600 t hot-rolled steel coils (avg 22 t) at Antwerp for Houston, 5 holds. Tank-top limit 15.0 t/m², longitudinal strength per loading manual. Draft the stowage, get the chief officer’s sign-off and release it to the stevedores.',
    topology: {
      shape: 'pipeline',
      order: ['stowage_drafter', 'chief_officer_review', 'stevedore_release'],
      loop: { from: 'chief_officer_review', to: 'stowage_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'stowage_drafter',
        description: 'Drafts breakbulk stowage plans',
        instructions: 'Draft the stowage, or revise per the chief officer’s notes.',
        prompt: 'Notes / brief:\n{input}\n\nCargo: {request}',
        replies: [
          {
            say: 'Stowage v1 — Nordkap Trader\n| hold | coils | tonnes | tank-top load t/m² |\n|---|---|---|---|\n| 1 | 70 | 1,540 | 11.8 |\n| 2 | 92 | 2,024 | 13.9 |\n| 3 | 112 | 2,464 | 16.2 |\n| 4 | 86 | 1,892 | 13.1 |\n| 5 | 76 | 1,680 | 12.4 |\nTotal 436 coils / 9,600 t, 2 tiers, locking coils per CSS code.',
          },
          {
            say: 'Stowage v2 — hold 3 reduced\n| hold | coils | tonnes | t/m² |\n|---|---|---|---|\n| 1 | 70 | 1,540 | 11.8 |\n| 2 | 92 | 2,024 | 13.9 |\n| 3 | 94 | 2,068 | 13.6 |\n| 4 | 104 | 2,288 | 14.8 |\n| 5 | 76 | 1,680 | 12.4 |\n18 coils (396 t) moved from hold 3 to hold 4.',
          },
          {
            say: 'Stowage v3 — load spread fore and aft\n| hold | coils | tonnes | t/m² |\n|---|---|---|---|\n| 1 | 78 | 1,716 | 13.1 |\n| 2 | 92 | 2,024 | 13.9 |\n| 3 | 94 | 2,068 | 13.6 |\n| 4 | 90 | 1,980 | 13.7 |\n| 5 | 82 | 1,804 | 13.3 |\nFrom v2: 14 coils out of hold 4, 8 to hold 1 and 6 to hold 5.',
          },
        ],
      },
      {
        name: 'chief_officer_review',
        description: 'Chief officer checking stowage against the loading manual',
        instructions: 'Answer "APPROVED: <summary>" or "REVISE: <notes>".',
        prompt: 'Draft stowage:\n{input}',
        replies: [
          {
            say: 'REVISE: hold 3 tank-top 16.2 t/m² exceeds the 15.0 limit. Take at least 15 coils out of hold 3.',
          },
          {
            say: 'REVISE: tank-top now fine everywhere, but loadicator gives shear force 104 % at frame 112 (hold 3/4 bulkhead) with 2,288 t in hold 4. Move weight from hold 4 towards the ends (holds 1 and 5).',
          },
          {
            say: 'APPROVED: v3 — max tank-top 13.9 t/m², SF max 91 % @ fr 112, BM 84 %, GM 3.4 m. 436 coils / 9,600 t. Signed C/O M. Haugen.',
          },
        ],
      },
      {
        name: 'stevedore_release',
        description: 'Releases approved stowage to the stevedores',
        instructions: 'Release the approved plan.',
        prompt: 'Chief officer decision:\n{input}',
        replies: [
          {
            say: 'Stowage v3 released to Katoen Natie (Antwerp) 16:40: holds 1–5 = 78 / 92 / 94 / 90 / 82 coils, 9,600 t, 2 tiers with locking coils. C/O sign-off M. Haugen attached; loading starts 2nd shift.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'wet-damage-claim-passed-to-pi-liaison-as-announced',
    title:
      'The cargo claims handler says it is passing a wet-damage claim on hold 2 to the P&I liaison and does transfer it; the liaison notifies the club and appoints a surveyor',
    domain: 'cargo claims and P&I',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf: 'lost_message: a handoff announced in the answer and actually made',
    request:
      'Receivers at Lagos (Apapa) report wet damage to 1,240 bags of rice out of hold 2 on MV Gannet Ridge, B/L GR-LOS-0412, discharged 15 Mar 2027. They are holding us responsible. Deal with it and get the club involved if needed.',
    topology: {
      shape: 'swarm',
      entry: 'cargo_claims_handler',
      agents: ['cargo_claims_handler', 'pi_liaison'],
    },
    agents: [
      {
        name: 'cargo_claims_handler',
        description: 'Handles cargo claims for the fleet',
        instructions: 'Assess the claim; hand anything for the P&I club to the P&I liaison.',
        replies: [
          {
            call: 'voyage_records',
            args: {
              vessel: 'Gannet Ridge',
              bl: 'GR-LOS-0412',
              items: ['hatch tests', 'sweat log', 'mate receipts'],
            },
            result:
              '{"hatch_ultrasonic_test": "2027-02-10 Bangkok, hold 2 pass", "sweat_log": "ventilation per dew-point rule, gaps 22-24 Feb (heavy weather)", "mates_receipt": "clean", "heavy_weather": "22-24 Feb, BF 9, green seas over hatch 2"}',
          },
          {
            handoff: 'pi_liaison',
            message:
              'Liability exposure is real on this one (clean mate’s receipt, so the damage happened on our watch), passing it to you. Please notify the club and appoint a surveyor: Gannet Ridge, B/L GR-LOS-0412, 1,240 bags rice wet-damaged ex hold 2, discharged Apapa 15/03. Records: hatch 2 UT pass 10/02, no ventilation 22–24 Feb (BF 9, green seas). Receivers holding owners liable.',
          },
        ],
      },
      {
        name: 'pi_liaison',
        description: 'Liaises with the P&I club',
        instructions: 'Notify the club and report what was set up.',
        replies: [
          {
            call: 'club_notification',
            args: {
              club: 'North Atlantic P&I',
              vessel: 'Gannet Ridge',
              bl: 'GR-LOS-0412',
              type: 'cargo wet damage',
            },
            result:
              'Club ref NAP-CG-27-03391 opened 16/03 10:05. Correspondent: Lagos Marine Services, surveyor Mr O. Adebayo attending Apapa 17/03 09:00 joint survey. Letter of undertaking not yet requested.',
          },
          {
            say: 'Club notified: North Atlantic P&I ref **NAP-CG-27-03391**. Joint survey at Apapa 17/03 09:00 (O. Adebayo, Lagos Marine Services). Ventilation and heavy-weather records sent to the correspondent; no LOU requested yet. Receivers told to hold the damaged bags for inspection.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'gibraltar-vlsfo-2017-spec-offer-beats-cheaper-2010-one',
    title:
      'Asked for ISO 8217:2017 VLSFO at Gibraltar, the supplier selector passes over the cheapest offer (ISO 8217:2010 only) and takes the second cheapest; the stem is confirmed on it',
    domain: 'bunker procurement',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: the cheapest offer rejected because it breaks the spec in the brief; the constraint is kept, not dropped',
    request:
      'MV Linnet Cove calls Gibraltar 25 Mar for 650 mt VLSFO. Time charter requires ISO 8217:2017 RMG 380, max 0.50 % S. Get three offers, pick the best compliant one and confirm the stem.',
    topology: {
      shape: 'supervisor',
      coordinator: 'bunker_procurement_lead',
      workers: ['supplier_selector', 'stem_confirmer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'bunker_procurement_lead',
        description: 'Leads bunker purchasing',
        instructions: 'Get a supplier chosen, have the stem confirmed, report.',
        replies: [
          {
            handoff: 'supplier_selector',
            message:
              'Linnet Cove, Gibraltar 25/03: 650 mt VLSFO, must be ISO 8217:2017 RMG 380, ≤0.50 % S. Compare offers and pick the cheapest that meets spec.',
          },
          {
            handoff: 'stem_confirmer',
            message:
              'Confirm stem with Calpe Bunkering: 650 mt VLSFO ISO 8217:2017 RMG 380, USD 618.50/mt, Gibraltar 25/03, ex-barge.',
          },
          {
            say: 'Linnet Cove / Gibraltar 25/03: stem confirmed with **Calpe Bunkering**, 650 mt VLSFO ISO 8217:2017 at USD 618.50/mt (USD 402,025.00), ref CB-25-0933. Straitline at 611.00 was cheaper but only offers ISO 8217:2010, so it was not used.',
          },
        ],
      },
      {
        name: 'supplier_selector',
        description: 'Compares bunker offers',
        instructions: 'Collect offers and recommend one.',
        replies: [
          {
            call: 'collect_offers',
            args: { port: 'GIGIB', product: 'VLSFO', qty_mt: 650, date: '2027-03-25' },
            result:
              '| supplier | USD/mt | spec | delivery |\n|---|---|---|---|\n| Straitline Fuels | 611.00 | ISO 8217:2010 RMG 380 | barge |\n| Calpe Bunkering | 618.50 | ISO 8217:2017 RMG 380 | barge |\n| Rock Marine Energy | 624.75 | ISO 8217:2017 RMG 380 | barge |',
          },
          {
            say: 'Recommend **Calpe Bunkering USD 618.50/mt** (ISO 8217:2017 RMG 380). Straitline is USD 7.50 cheaper but only guarantees ISO 8217:2010, which the charter party does not allow. Rock Marine 624.75 is the fallback.',
          },
        ],
      },
      {
        name: 'stem_confirmer',
        description: 'Confirms bunker stems with suppliers',
        instructions: 'Confirm the stem and report the reference.',
        replies: [
          {
            call: 'confirm_stem',
            args: {
              supplier: 'Calpe Bunkering',
              qty_mt: 650,
              price_usd_mt: 618.5,
              spec: 'ISO 8217:2017 RMG 380',
              date: '2027-03-25',
            },
            result:
              '{"ref": "CB-25-0933", "status": "CONFIRMED", "total_usd": 402025.00, "barge": "Calpe Star"}',
          },
          { say: 'Stem CB-25-0933 confirmed, barge Calpe Star, total USD 402,025.00.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'panama-transit-leads-condense-booking-and-engine-checks',
    title:
      'The documentation and technical leads condense their workers’ Panama Canal booking and engine-readiness results into short summaries with rounded figures, keeping every item; the transit manager’s brief matches',
    domain: 'canal transit voyage planning',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: leads who shorten and round their workers’ reports but keep every date, amount and open item',
    request:
      'MV Coral Meridian (Neopanamax LPG carrier, beam 49.0 m) transits the Panama Canal southbound 29 Mar 2027. Confirm the booking slot and tolls, check the engine and steering readiness for the transit, and send the master a transit brief.',
    topology: {
      shape: 'nested',
      top: 'transit_manager',
      teams: { documentation_lead: ['canal_booking_clerk'], technical_lead: ['engine_readiness_checker'] },
    },
    agents: [
      {
        name: 'transit_manager',
        description: 'Manages canal transits',
        instructions: 'Get booking and technical readiness from the leads, then brief the master.',
        replies: [
          {
            handoff: 'documentation_lead',
            message:
              'Coral Meridian southbound 29/03: confirm booking slot, tolls and any documents outstanding.',
          },
          {
            handoff: 'technical_lead',
            message:
              'Coral Meridian: engine, steering and emergency readiness for the Neopanamax transit, anything open?',
          },
          {
            say: '**Transit brief — Coral Meridian, Panama southbound 29/03/2027**\n- Booking: Neopanamax slot 29/03, Agua Clara locks ~06:00, tolls ≈ USD 412.4k paid\n- Outstanding: updated crew list due 48 h before arrival (by 27/03 06:00)\n- Engine: ME astern test, steering gear and emergency generator all tested OK\n- Open: bow thruster insulation 0.8 MΩ (limit 1.0) — repair expected 27/03, canal pilot to be told if not fixed\nPlease acknowledge.',
          },
        ],
      },
      {
        name: 'documentation_lead',
        description: 'Leads voyage documentation',
        instructions: 'Have the booking checked and report.',
        replies: [
          {
            handoff: 'canal_booking_clerk',
            message: 'Check ACP booking and tolls for Coral Meridian 29/03 southbound.',
          },
          {
            say: 'Booking confirmed for 29/03 (Agua Clara ~06:00), tolls ≈ USD 412.4k paid. One item left: updated crew list 48 h before arrival, i.e. by 27/03 06:00.',
          },
        ],
      },
      {
        name: 'canal_booking_clerk',
        description: 'Handles Panama Canal bookings',
        instructions: 'Check the booking and tolls.',
        replies: [
          {
            call: 'acp_booking_status',
            args: { vessel: 'Coral Meridian', date: '2027-03-29', direction: 'S' },
            result:
              '{"booking": "NEO-0329-S-07", "locks": "Agua Clara", "slot": "2027-03-29T06:00-05:00", "tolls_usd": 412380.00, "payment": "received 2027-03-15", "docs_outstanding": ["updated crew list 48h before arrival"]}',
          },
          {
            say: 'Booking NEO-0329-S-07, Agua Clara slot 29/03 06:00, tolls USD 412,380.00 received 15/03. Outstanding: updated crew list 48 h before arrival.',
          },
        ],
      },
      {
        name: 'technical_lead',
        description: 'Leads technical readiness',
        instructions: 'Have machinery readiness checked and report anything open.',
        replies: [
          {
            handoff: 'engine_readiness_checker',
            message: 'Run the pre-transit machinery checklist for Coral Meridian.',
          },
          {
            say: 'Machinery ready: ME astern, steering gear and emergency generator tested OK. Open: bow thruster insulation 0.8 MΩ against 1.0 minimum — electrician working on it, repair expected 27/03; pilot to be informed if it is not fixed.',
          },
        ],
      },
      {
        name: 'engine_readiness_checker',
        description: 'Runs machinery readiness checklists',
        instructions: 'Run the checklist and report.',
        replies: [
          {
            call: 'pre_transit_checklist',
            args: { vessel: 'Coral Meridian', checklist: 'PCC-NEO-2026' },
            result:
              'PCC-NEO-2026 | ME start/astern test: OK (ahead 9 s, astern 11 s) | steering gear both pumps: OK, 28 s 35P–30S | emergency generator: OK, on load 22 s | bow thruster: insulation 0.8 MOhm (min 1.0) — FAIL, ETR 27/03 | whistle, nav lights: OK',
          },
          {
            say: 'Checklist PCC-NEO-2026: ME start/astern OK (9 s / 11 s), steering both pumps OK (28 s), emergency generator on load 22 s OK. Bow thruster insulation 0.8 MΩ below 1.0 minimum — fail, repair expected 27/03.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch80Scenarios = [...faults, ...healthy];
