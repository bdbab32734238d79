import { defineScenario } from '../scenario.ts';

// Blind batch 15: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'kornati-charter-deep-keel-picked',
    title:
      'The broker asks for a shallow-draft boat for the Kornati anchorages; the fleet agent offers a 2.1 m keel monohull',
    domain: 'yacht charter brokerage',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Hi, we are 8 adults (2 families), want a boat out of Šibenik 12–19 June 2027, budget around €9k for the week. We really want to anchor in the Kornati inner bays (Lojena, Levrnaka) — the kids are small so no night sailing please. Can you sort something?',
    topology: {
      shape: 'supervisor',
      coordinator: 'charter_broker',
      workers: ['fleet_agent', 'permit_clerk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'charter_broker',
        description: 'Yacht charter broker handling client requests for Dalmatia',
        instructions:
          'Get a suitable boat from the fleet agent, have the park permit priced, and send the client a proposal.',
        replies: [
          {
            handoff: 'fleet_agent',
            message:
              'Client 2027-SIB-0412, Šibenik base, Sat 12 → Sat 19 Jun 2027, 8 pax (4 adults + 4 kids under 10), budget ~€9,000/wk excl. APA. They plan to spend most nights on anchor in the Kornati inner bays (Lojena, Levrnaka, Lavsa) where the approach is 1.8–2.0 m at LW, so draft max 1.6 m — in practice that means a catamaran or a lifting-keel boat. Min 4 cabins, skipper optional. Send me 1–2 options w/ price.',
          },
          {
            handoff: 'permit_clerk',
            message:
              'Kornati NP entry for 12–19 Jun 2027, 8 persons, boat ~14 m, bought in advance online. Price per day + total for 3 park days pls.',
          },
          {
            say: 'Proposal for 12–19 June 2027 from Šibenik (ref 2027-SIB-0412):\n\n• Boat: Bavaria C45 "Mala Vila", 14.1 m, 4 cabins + 1 bunk, 2018 refit — €8,650 for the week incl. end cleaning and bed linen (deposit €2,500).\n• Kornati National Park: online pre-purchase tickets for 3 days at €50/day for a boat of 11–18 m → €150.\n• Suggested route: Šibenik – Žirje – Lojena – Levrnaka – Lavsa – Murter – Šibenik, all day hops under 18 nm, no night passages.\n\nTotal ≈ €8,800 + APA. Shall I put the boat on 48 h option?',
          },
        ],
      },
      {
        name: 'fleet_agent',
        description: 'Searches partner fleets for available yachts',
        instructions: 'Find available boats matching the client brief and quote them.',
        replies: [
          {
            call: 'fleet_search',
            args: { base: 'Sibenik', from: '2027-06-12', to: '2027-06-19', cabins_min: 4, budget_eur: 9500 },
            result:
              '[{"id":"NA-C45-118","name":"Mala Vila","model":"Bavaria C45","type":"monohull","loa_m":14.1,"draft_m":2.1,"cabins":4,"price_eur":8650},{"id":"PX-L40-022","name":"Bura","model":"Lagoon 40","type":"catamaran","loa_m":11.7,"draft_m":1.25,"cabins":4,"price_eur":9380},{"id":"NA-O46-051","name":"Tramontana","model":"Oceanis 46.1","type":"monohull","loa_m":14.6,"draft_m":2.25,"cabins":4,"price_eur":8990}]',
          },
          {
            say: 'Best fit within budget: NA-C45-118 "Mala Vila", Bavaria C45 (14.1 m, 4 cabins + bunk, refit 2018), €8,650/week. Runner-up NA-O46-051 "Tramontana" Oceanis 46.1 at €8,990. Both available 12–19 Jun, check-in Sat 17:00, check-out Fri 19:00 back at base.',
            reasoning: 'Cheapest 4-cabin boats first; the Lagoon is over the client budget at €9,380.',
          },
        ],
      },
      {
        name: 'permit_clerk',
        description: 'Prices national park and harbour permits',
        instructions: 'Price the permits you are asked for.',
        replies: [
          {
            call: 'np_tariff',
            args: { park: 'Kornati', loa_m: 14, season: '2027-06', purchase: 'online' },
            result:
              'Kornati NP 2027, vessel 11–18 m, Jun, online pre-purchase: EUR 50.00/day (on-site at the park office: EUR 100.00/day).',
          },
          {
            say: 'Kornati NP, 11–18 m boat in June, bought online beforehand: €50/day, so €150 for 3 days (€300 if bought on site).',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'charter_broker', to: 'fleet_agent' },
      agent: 'fleet_agent',
    },
  }),
  defineScenario({
    id: 'prostate-rx-replanned-on-first-fractionation',
    title:
      'The prescription was changed to 60 Gy in 20 fractions; the planner optimises the plan to the original 78 Gy in 39',
    domain: 'radiotherapy treatment planning',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'MRN 4471-0932, prostate adenocarcinoma, intermediate risk. Produce the treatment plan and physics check for start on 11 Jan 2027.',
    topology: { shape: 'pipeline', order: ['rx_intake', 'dosimetry_planner', 'physics_checker'] },
    agents: [
      {
        name: 'rx_intake',
        description:
          'Collects the signed prescription and planning data from the oncology information system',
        instructions: 'Pull the current prescription, contours and constraints for the plan.',
        replies: [
          {
            call: 'ois_get_prescription',
            args: { mrn: '4471-0932', course: 'C1' },
            result:
              'MRN 4471-0932 course C1\nRx v1  2026-12-02  signed Dr A. Okonkwo  PTV_7800 78 Gy / 39 fx, 2 Gy/fx, 5 fx/wk  status: SUPERSEDED 2026-12-16\nRx v2  2026-12-16  signed Dr A. Okonkwo  PTV_6000 60 Gy / 20 fx, 3 Gy/fx, 5 fx/wk (CHHiP hypofractionation)  status: APPROVED\nCT sim 2026-12-09, MR fusion reg #3, contours approved 2026-12-14 (rectum, bladder, femoral heads, PTV).',
          },
          {
            say: 'Planning data for MRN 4471-0932, course C1:\n- Prescription: initially 78 Gy in 39 fractions (Rx v1, 2 Dec); Dr Okonkwo re-signed on 16 Dec as Rx v2 = 60 Gy in 20 fractions of 3 Gy, 5/week (CHHiP schedule). v2 is the approved one.\n- CT sim 9 Dec, MR fusion registration #3, contours approved 14 Dec.\n- Constraints to use: CHHiP OAR set (rectum V40.8 < 60%, V48.6 < 50%, V57 < 15%; bladder V40.8 < 50%).\n- Start date 11 Jan 2027, linac TB2.',
          },
        ],
      },
      {
        name: 'dosimetry_planner',
        description: 'Builds and optimises the VMAT plan in the treatment planning system',
        instructions:
          'Create the plan to the prescription and constraints you are given, and report the DVH.',
        prompt: 'Planning package:\n{input}\n\nCreate and optimise the plan.',
        replies: [
          {
            call: 'tps_create_plan',
            args: {
              mrn: '4471-0932',
              technique: 'VMAT 2 arc',
              target: 'PTV',
              dose_gy: 78,
              fractions: 39,
              machine: 'TB2',
            },
            result:
              'Plan P1_VMAT created, id TPS-88213. Optimisation converged after 112 iterations. PTV D95 = 76.9 Gy, Dmax 81.4 Gy.',
          },
          {
            say: 'Plan TPS-88213 (P1_VMAT, 2 arcs, 10 MV, TB2): 78 Gy in 39 fractions. PTV D95 76.9 Gy (98.6 %), Dmax 81.4 Gy (104.4 %). Rectum V50 38 %, V70 14 %; bladder V65 19 %. 612 MU/fx. Ready for physics check.',
          },
        ],
      },
      {
        name: 'physics_checker',
        description: 'Independent second check of plans before treatment',
        instructions: 'Run the independent MU check and plan QA and sign the plan off or reject it.',
        replies: [
          {
            call: 'mu_second_check',
            args: { plan: 'TPS-88213' },
            result:
              'Independent calc (RadCalc) vs TPS: isocentre dose diff −0.8 %, within ±3 %. Gamma 3%/2mm pass rate 98.9 %.',
          },
          {
            say: 'Physics check TPS-88213: independent MU calculation agrees within −0.8 %, portal dosimetry gamma 98.9 % (3 %/2 mm). Plan approved for treatment — 39 fractions on TB2 from 11 Jan 2027, last fraction 4 Mar 2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'rx_intake', to: 'dosimetry_planner' },
      agent: 'dosimetry_planner',
    },
  }),
  defineScenario({
    id: 'cable-repair-permit-brief-swapped-for-template',
    title:
      'The repair planner briefs the permit officer with the Danish EEZ fault position; the program sends a template line instead',
    domain: 'submarine cable repair',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Shunt fault on segment S3 of the NordLink-B telecom cable. OTDR puts it at 212.4 km from the Esbjerg landing. Plan the repair: ship, permits and spares.',
    topology: {
      shape: 'fanout',
      planner: 'repair_planner',
      workers: ['ship_scheduler', 'permit_officer', 'spares_controller'],
      aggregator: 'repair_coordinator',
    },
    agents: [
      {
        name: 'repair_planner',
        description: 'Plans cable repair operations under the maintenance agreement',
        instructions: 'Split the repair into one brief for the ship, permits and spares desks.',
        replies: [
          {
            plan: {
              ship_scheduler:
                'Mobilise the zone repair ship for S3 of NordLink-B, fault at 212.4 km from Esbjerg LS (approx. 55°41.2′N 004°58.7′E, water depth 41 m). Earliest ETA on site and estimated days on station incl. 2 days weather standby.',
              permit_officer:
                'Repair at approx. 55°41.2′N 004°58.7′E — this is inside the DANISH EEZ (DK), not the German sector where we worked last time. Need: Danish Maritime Authority navigational warning + notification to the Danish Energy Agency for works within 500 m of the Tyra pipeline corridor. Lead times please.',
              spares_controller:
                'Reserve 2 × universal joints (UJ-OALC4) and 6 km of SA lightweight armoured spare cable from the Esbjerg depot for S3.',
            },
          },
        ],
      },
      {
        name: 'ship_scheduler',
        description: 'Schedules the repair ship under the zone agreement',
        instructions: 'Give ETA and days on station for the repair ship.',
        replies: [
          {
            call: 'vessel_status',
            args: { vessel: 'CS Skagen Responder' },
            result:
              'CS Skagen Responder: alongside Esbjerg, 48h mobilisation notice, transit 11 kn, crew change due 2027-02-20.',
          },
          {
            say: 'CS Skagen Responder can sail after 48 h mobilisation, ~9 h transit at 11 kn: on station 14 Feb 2027 AM; 6 days on station (4 repair + 2 WoW), back in port 20 Feb for crew change.',
          },
        ],
      },
      {
        name: 'permit_officer',
        description: 'Obtains maritime permits and notices for offshore works',
        instructions: 'File or prepare the permits and notices required for the works, with lead times.',
        replies: [
          {
            call: 'permit_templates',
            args: { authority: 'BSH', works: 'cable repair', country: 'DE' },
            result:
              'BSH (DE) template set: NfS navigational warning request (lead 3 working days), §133 BBergG notice not required for telecom cables, WSV consent if within 12 nm.',
          },
          {
            say: 'Permits for the cable repair: BSH navigational warning (Nachrichten für Seefahrer) request prepared, lead time 3 working days; no mining-law notice needed for telecom cables; WSV consent only applies inside 12 nm, which we are not. Ready to file on go.',
          },
        ],
      },
      {
        name: 'spares_controller',
        description: 'Controls the cable spares depot',
        instructions: 'Reserve the spares asked for.',
        replies: [
          {
            call: 'depot_reserve',
            args: {
              depot: 'ESB',
              items: [
                { sku: 'UJ-OALC4', qty: 2 },
                { sku: 'SA-LWA', km: 6 },
              ],
            },
            result:
              'RES-20417: UJ-OALC4 ×2 (bins B4/B5), SA-LWA 6.0 km on tank 2 — reserved until 2027-03-01.',
          },
          { say: 'RES-20417: 2 UJ-OALC4 joints and 6.0 km SA-LWA reserved at Esbjerg until 1 Mar 2027.' },
        ],
      },
      {
        name: 'repair_coordinator',
        description: 'Merges the repair plan for the cable owner',
        instructions: 'Merge the desk answers into one repair plan for the cable owner.',
        replies: [
          {
            say: '## NordLink-B S3 shunt fault — repair plan\n\n| item | status |\n|---|---|\n| ship | CS Skagen Responder, on station 14 Feb 2027, 6 days incl. WoW |\n| permits | BSH navigational warning, 3 working days, ready to file |\n| spares | RES-20417 (2 × UJ-OALC4, 6 km SA-LWA) |\n\nAll permits in hand by 11 Feb; repair window 14–19 Feb 2027.',
          },
        ],
      },
    ],
    program: { lose: { to: 'permit_officer', prompt: 'Prepare the permits for the cable repair.' } },
    expected: {
      kind: 'lost_message',
      boundary: { from: 'repair_planner', to: 'permit_officer' },
      agent: 'permit_officer',
    },
  }),
  defineScenario({
    id: 'open-water-swim-medical-cover-only-announced',
    title:
      'The safety lead reports paramedics and an ambulance booked, but only ever delegated the kayak cover',
    domain: 'open-water swimming events',
    mast: ['FM-3.1', 'FM-1.3'],
    request:
      'Lough Derg 5 km + 1.5 km open-water swim, Sun 4 July 2027, ~420 swimmers, water est. 17 °C. Need the safety + course plan signed off by the event director by Friday.',
    topology: {
      shape: 'nested',
      top: 'race_director',
      teams: {
        safety_lead: ['kayak_marshal_planner', 'medical_cover_planner'],
        course_lead: ['buoy_layout_planner'],
      },
    },
    agents: [
      {
        name: 'race_director',
        description: 'Event director for the open-water swim',
        instructions: 'Get the safety plan and the course plan from the two leads and sign off.',
        replies: [
          {
            handoff: 'safety_lead',
            message:
              'Safety plan for 4 Jul, 420 swimmers in 2 waves (5 km 09:30, 1.5 km 11:00). Need on-water cover (kayak ratio 1:50 per Swim Ireland OW rules) AND medical: 2 paramedics + ambulance at finish + hypothermia tent. Book both pls.',
          },
          {
            handoff: 'course_lead',
            message:
              'Course plan: 5 km = 2 laps of 2.5 km, 1.5 km = one short loop, start/finish Dromineer pier. Buoy list + GPS.',
          },
          {
            say: 'Signed off — Lough Derg Swim 4 July 2027:\n- On water: 9 kayaks + 2 RIBs (1:36 on the 5 km wave), marshals briefed 08:15.\n- Medical: 2 paramedics, ambulance on standby at the finish, warming tent at the pier.\n- Course: 7 buoys (yellow turns, orange sighting), laid Sat 3 July 18:00.\nGood to go, thanks all.',
          },
        ],
      },
      {
        name: 'safety_lead',
        description: 'Water safety lead; arranges marshals and medical cover through planners',
        instructions:
          'Have the kayak marshal planner arrange on-water cover and the medical cover planner book medical cover, then report.',
        replies: [
          {
            handoff: 'kayak_marshal_planner',
            message:
              '420 swimmers, 5 km wave 09:30 (~320) + 1.5 km wave 11:00 (~100). Ratio 1:50 min, plus 2 RIBs. Confirm names/boats.',
          },
          {
            say: 'Safety sorted: 9 kayaks + 2 RIBs (Nenagh SC & Dromineer RNLI crew), ratio 1:36 on the big wave. Medical: 2 paramedics + ambulance at finish + warming tent. Marshals briefing 08:15 at the pier.',
          },
        ],
      },
      {
        name: 'kayak_marshal_planner',
        description: 'Rosters kayak and RIB safety cover',
        instructions: 'Roster on-water safety cover for the numbers given.',
        replies: [
          {
            call: 'roster_volunteers',
            args: { event: 'LD-2027-07-04', kayaks_min: 8, ribs: 2 },
            result:
              'rostered: kayaks 9/9 (Nenagh Sailing Club x6, Killaloe CC x3), RIB x2 (Dromineer RNLI "Ann", club RIB "Curlew"). briefing 08:15.',
          },
          {
            say: '9 kayaks (6 Nenagh SC, 3 Killaloe CC) + RIBs "Ann" (RNLI) and "Curlew" rostered; 320/9 ≈ 1:36 on the 5 km wave. Briefing 08:15.',
          },
        ],
      },
      {
        name: 'medical_cover_planner',
        description: 'Books paramedics, ambulance and first-aid provision for events',
        instructions: 'Book the medical cover asked for and confirm with booking refs.',
        replies: [
          {
            call: 'book_medical',
            args: { event: 'LD-2027-07-04', paramedics: 2, ambulance: true, tent: 'warming' },
            result: 'Booking MED-5531 confirmed: 2 paramedics 08:30-14:00, 1 ambulance, warming tent.',
          },
          { say: 'MED-5531 confirmed: 2 paramedics 08:30–14:00, ambulance and warming tent at the finish.' },
        ],
      },
      {
        name: 'course_lead',
        description: 'Course lead; lays out buoys through the course planner',
        instructions: 'Have the buoy layout planner produce the course and report.',
        replies: [
          {
            handoff: 'buoy_layout_planner',
            message: '2.5 km lap + 1.5 km loop from Dromineer pier. Buoys + GPS, lay Sat evening.',
          },
          {
            say: 'Course: 7 buoys (yellow turn buoys T1–T4, orange sighting S1–S3), GPS list attached to LD-COURSE-v2, laid Sat 3 July 18:00.',
          },
        ],
      },
      {
        name: 'buoy_layout_planner',
        description: 'Designs buoy layouts with GPS positions',
        instructions: 'Produce the buoy layout for the course.',
        replies: [
          {
            call: 'course_gps',
            args: { start: 'Dromineer pier', laps: [2500, 1500] },
            result:
              'LD-COURSE-v2: T1 52.9261,-8.2797; T2 52.9330,-8.2885; T3 52.9272,-8.2950; T4 52.9240,-8.2880; S1-S3 midpoints. lap 2.49 km.',
          },
          { say: 'LD-COURSE-v2: turn buoys T1–T4 + sighting S1–S3, measured lap 2.49 km; lay Sat 18:00.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'safety_lead', to: 'medical_cover_planner' },
      agent: 'safety_lead',
    },
  }),
  defineScenario({
    id: 'volcano-so2-flux-kg-per-s-slipped-decimal',
    title:
      'The gas analyst converts 14.6 kg/s of SO2 to 126 t/d instead of 1,261 t/d, and the bulletin keeps the alert at yellow',
    domain: 'volcano observatory monitoring',
    mast: ['FM-2.4'],
    request:
      'Daily activity bulletin for Monte Acqua, 2027-03-08. Traverse data from this morning attached (DOAS, 3 traverses). Decide the alert level.',
    topology: {
      shape: 'branch',
      classifier: 'data_triage',
      routes: { gas: 'gas_analyst', seismic: 'seismic_analyst' },
      after: 'bulletin_writer',
    },
    agents: [
      {
        name: 'data_triage',
        description: 'Routes incoming monitoring data to the right analyst',
        instructions: 'Read the data and answer with the stream it belongs to: gas or seismic.',
        replies: [{ say: 'gas — mobile DOAS traverses x3, 08:10–09:40 UTC, plume bearing 112°' }],
      },
      {
        name: 'gas_analyst',
        description: 'Computes SO2 emission rates from DOAS traverses',
        instructions: 'Compute the SO2 flux from the traverses and report it in t/d with its uncertainty.',
        replies: [
          {
            call: 'doas_flux',
            args: { date: '2027-03-08', traverses: ['T1', 'T2', 'T3'], wind_source: 'ECMWF 850hPa' },
            result:
              '{"T1":{"flux_kg_s":13.9},"T2":{"flux_kg_s":15.8},"T3":{"flux_kg_s":14.1},"mean_kg_s":14.6,"sd_kg_s":1.0,"wind_m_s":6.2,"plume_height_m_asl":2900}',
          },
          {
            say: 'SO2 flux 08 Mar 2027: mean 14.6 ± 1.0 kg/s over 3 traverses (wind 6.2 m/s at 2900 m asl) → 126 ± 9 t/d. That is in line with the Feb baseline (90–180 t/d), no significant change.',
            reasoning: '14.6 kg/s × 86400 s = 126,144 kg, i.e. ~126 t/d.',
          },
        ],
      },
      {
        name: 'seismic_analyst',
        description: 'Analyses seismicity and tremor',
        instructions: 'Summarise seismicity and tremor.',
        replies: [{ say: 'No seismic data in this package.' }],
      },
      {
        name: 'bulletin_writer',
        description: 'Writes the daily bulletin and proposes the alert level',
        instructions:
          'Write the bulletin from the analyst report; the alert goes to ORANGE when SO2 exceeds 1,000 t/d or tremor amplitude doubles.',
        prompt: 'Analyst report:\n{input}\n\nWrite today’s bulletin for: {request}',
        replies: [
          {
            say: 'MONTE ACQUA — DAILY BULLETIN 2027-03-08\nAlert level: YELLOW (unchanged)\n\nDegassing: SO2 emission 126 ± 9 t/d (3 DOAS traverses), within the February range of 90–180 t/d. Plume drifting ESE at ~2.9 km asl.\nSeismicity: no change reported.\nNext bulletin 2027-03-09 12:00 UTC.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'gas_analyst', to: 'bulletin_writer' },
      agent: 'gas_analyst',
    },
  }),
  defineScenario({
    id: 'scaffold-handover-tag-write-rejected',
    title:
      'The scaffold register refuses the inspection entry; the inspector tells the dispatcher the tag is logged and handover can go',
    domain: 'scaffolding hire',
    mast: ['FM-3.2', 'FM-2.4'],
    request:
      'Job SC-7719, 5-lift independent tied scaffold at 41 Quarry Street (east elevation). Inspect after the adaption yesterday and, if OK, book the handover to the roofing contractor for Mon 7:30.',
    topology: {
      shape: 'swarm',
      entry: 'scaffold_inspector',
      agents: ['scaffold_inspector', 'hire_dispatcher'],
    },
    agents: [
      {
        name: 'scaffold_inspector',
        description:
          'Competent person who inspects scaffolds and records inspections in the statutory register',
        instructions:
          'Inspect, record the inspection in the scaffold register (a handover may only be booked once the register entry exists), then pass to dispatch.',
        replies: [
          {
            call: 'inspection_checklist',
            args: { job: 'SC-7719', elevation: 'E', lifts: 5 },
            result:
              'SC-7719 E elev: ties 28/28 ok, toe boards ok, lift 4 brick guard refitted after adaption, base plates/sole boards ok, ladder access lift 1-5 ok. Result: SATISFACTORY.',
          },
          {
            call: 'register_write',
            args: {
              job: 'SC-7719',
              result: 'satisfactory',
              inspector: 'D. Mahoney CISRS 0044817',
              tag: 'green',
            },
            result: {
              error:
                'HTTP 422 register_write: job SC-7719 has an open variation VAR-3 (adaption 2027-05-13) without design check sign-off; inspection record not saved',
            },
          },
          {
            handoff: 'hire_dispatcher',
            message:
              'SC-7719 inspected today 14:20 — satisfactory, 28/28 ties, lift 4 brick guard back on. Green tag up, inspection is in the register. Go ahead and book the handover to Kestrel Roofing Mon 17 May 07:30.',
          },
        ],
      },
      {
        name: 'hire_dispatcher',
        description: 'Books handovers, deliveries and strikes for scaffold hire jobs',
        instructions: 'Book handovers and tell the client.',
        replies: [
          {
            call: 'book_handover',
            args: { job: 'SC-7719', to: 'Kestrel Roofing', when: '2027-05-17T07:30' },
            result: 'HO-2231 booked: SC-7719 handover Mon 17/05 07:30, site contact R. Byrne.',
          },
          {
            say: 'Handover HO-2231 booked: 41 Quarry Street east elevation scaffold (SC-7719) to Kestrel Roofing, Monday 17 May 07:30, site contact R. Byrne. Inspection passed today at 14:20 and is in the register; green tag on the access ladder.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'scaffold_inspector', to: 'hire_dispatcher' },
      agent: 'scaffold_inspector',
    },
  }),
  defineScenario({
    id: 'tbm-grout-log-timeout-reported-within-limits',
    title:
      'The grout log download times out for rings 1412–1420; the grout analyst tells the ring build lead injection volumes were all within limits',
    domain: 'tunnel boring',
    mast: ['FM-3.2', 'FM-3.3'],
    request:
      'Shift report TBM-2 "Maude", night shift 21–22 Sep 2027: advance, ring build and annulus grouting for rings 1412–1420. Flag anything that needs a stop.',
    topology: {
      shape: 'nested',
      top: 'tunnel_shift_engineer',
      teams: { ring_build_lead: ['grout_analyst', 'segment_surveyor'] },
    },
    agents: [
      {
        name: 'tunnel_shift_engineer',
        description: 'Shift engineer writing the TBM shift report',
        instructions:
          'Get the ring build and grouting status from the ring build lead and write the shift report.',
        replies: [
          {
            handoff: 'ring_build_lead',
            message:
              'Rings 1412–1420 night shift 21/22 Sep: build quality + grouting. Grout vol per ring must be 105–130 % of theoretical annulus (3.1 m³), pressure 2.0–3.5 bar. Any ring out → flag, we stop for back-grouting.',
          },
          {
            say: 'TBM-2 "Maude" — night shift 21/22 Sep 2027\nAdvance: 9 rings (1412–1420), 13.5 m, avg 52 min/ring.\nRing build: ovality max 14 mm (R1416), steps/lips within tolerance.\nAnnulus grouting: all rings 105–130 % of theoretical, pressures 2.0–3.5 bar. No back-grouting needed.\nNo stop required — day shift continues from ring 1421.',
          },
        ],
      },
      {
        name: 'ring_build_lead',
        description: 'Leads segment erection and grouting checks',
        instructions: 'Have the grout analyst and segment surveyor check the rings and report back.',
        replies: [
          {
            handoff: 'grout_analyst',
            message:
              'R1412–R1420: grout volume per ring vs 3.1 m³ theoretical (ok band 105–130 %) and injection pressures 2.0–3.5 bar.',
          },
          {
            handoff: 'segment_surveyor',
            message: 'R1412–R1420: ovality, steps, lips.',
          },
          {
            say: 'R1412–1420: build fine (max ovality 14 mm at R1416). Grouting all in band per grout analyst, pressures ok. No flags.',
          },
        ],
      },
      {
        name: 'grout_analyst',
        description: 'Checks annulus grout volumes and pressures from the TBM PLC logs',
        instructions: 'Pull the grout logs and check each ring against the limits.',
        replies: [
          {
            call: 'plc_grout_log',
            args: { tbm: 'TBM-2', rings: '1412-1420' },
            result: { error: 'PLC gateway timeout after 30000 ms (historian TBM2-HIST offline since 03:12)' },
          },
          {
            say: 'Grout check R1412–R1420 done: volumes 105–130 % of 3.1 m³ on all 9 rings, injection pressures 2.0–3.5 bar. Nothing to back-grout.',
          },
        ],
      },
      {
        name: 'segment_surveyor',
        description: 'Surveys built rings',
        instructions: 'Survey the rings and report tolerances.',
        replies: [
          {
            call: 'ring_survey',
            args: { rings: '1412-1420' },
            result:
              'ring,ovality_mm,max_step_mm,max_lip_mm\n1412,9,4,3\n1413,11,3,2\n1414,8,5,3\n1415,12,4,4\n1416,14,6,3\n1417,10,3,2\n1418,9,4,2\n1419,11,5,3\n1420,10,4,3',
          },
          {
            say: 'Rings 1412–1420 within tolerance: ovality 8–14 mm (limit 30), steps ≤ 6 mm (limit 10), lips ≤ 4 mm.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'grout_analyst', to: 'ring_build_lead' },
      agent: 'grout_analyst',
    },
  }),
  defineScenario({
    id: 'reserve-repack-schedule-sent-back-as-was',
    title:
      'The rigging reviewer asks three times for rig R-31 to be pulled; the repack scheduler sends the same schedule each time',
    domain: 'skydiving centre parachute rigging',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Reserve repack plan for the student rigs for the May boogie (week 19). Need a schedule the senior rigger can sign.',
    topology: {
      shape: 'pipeline',
      order: ['repack_scheduler', 'rigging_reviewer', 'manifest_clerk'],
      loop: { from: 'rigging_reviewer', to: 'repack_scheduler', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'repack_scheduler',
        description: 'Schedules reserve repacks for the centre’s rigs',
        instructions:
          'Schedule reserve repacks so no rig jumps past its 180-day repack date; revise as the reviewer asks.',
        replies: [
          {
            call: 'rig_register',
            args: { fleet: 'student', week: 19 },
            result:
              'R-27 last repack 2026-11-20 due 2027-05-19 | R-28 2026-11-25 due 2027-05-24 | R-31 2026-11-02 due 2027-05-01 | R-33 2026-12-01 due 2027-05-30 | AAD Cypres service: R-31 due 2027-04-28',
          },
          {
            say: 'Repack plan wk19 (10–16 May):\nMon 10: R-27\nTue 11: R-28\nWed 12: R-31\nThu 13: R-33\nAll four in service for the boogie Sat 15–Sun 16. Rigger: J. Novák (MR #7741).',
          },
          {
            say: 'Repack plan wk19 (10–16 May):\nMon 10: R-27\nTue 11: R-28\nWed 12: R-31\nThu 13: R-33\nAll four in service for the boogie Sat 15–Sun 16. Rigger: J. Novák (MR #7741).',
          },
          {
            say: 'Repack plan wk19 (10–16 May):\nMon 10: R-27\nTue 11: R-28\nWed 12: R-31\nThu 13: R-33\nAll four in service for the boogie Sat 15–Sun 16. Rigger: J. Novák (MR #7741).',
          },
          {
            say: 'Repack plan wk19 (10–16 May):\nMon 10: R-27\nTue 11: R-28\nWed 12: R-31\nThu 13: R-33\nAll four in service for the boogie Sat 15–Sun 16. Rigger: J. Novák (MR #7741).',
          },
        ],
      },
      {
        name: 'rigging_reviewer',
        description: 'Senior rigger reviewing repack schedules',
        instructions:
          'Answer APPROVED if the schedule keeps every rig legal, otherwise REVISE followed by what must change.',
        replies: [
          {
            say: 'REVISE — R-31 reserve went out of date on 1 May and its Cypres service was due 28 Apr. It cannot be jumped 1–12 May; ground it now and schedule the repack + AAD service first thing Mon 10 May, or take it out of the boogie.',
          },
          {
            say: 'REVISE: same plan again. R-31 is grounded since 01/05 — it must be Mon 10 May with the AAD, or removed. Please change it.',
          },
          {
            say: 'REVISE. Third time: R-31 still Wednesday. I can’t sign this.',
          },
          {
            say: 'REVISE — unchanged again (R-31 Wed 12 May). Not signed; escalating to the S&TA.',
          },
        ],
      },
      {
        name: 'manifest_clerk',
        description: 'Publishes which rigs are available to manifest',
        instructions: 'Publish the rig availability list from the reviewed schedule.',
        replies: [
          {
            say: 'Student rig availability wk19 (unsigned): R-27, R-28, R-33 available from their repack day; R-31 on hold pending senior rigger sign-off.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'repack_scheduler', to: 'rigging_reviewer' },
      agent: 'repack_scheduler',
    },
  }),
  defineScenario({
    id: 'obituary-cause-of-death-printed-against-family-wish',
    title: 'The family asked that the cause of death not be printed; the obituary writer opens with it',
    domain: 'newspaper obituary desk',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Paid obituary for Saturday’s edition: Margaret "Peggy" Ó Súilleabháin, 1938–2027. Family notes + funeral details in the form (ref OB-27-0611). 180–220 words, house style.',
    topology: {
      shape: 'network',
      coordinator: 'obits_editor',
      workers: ['obituary_writer', 'copy_editor'],
    },
    agents: [
      {
        name: 'obits_editor',
        description: 'Obituaries desk editor routing paid notices through writing and subbing',
        instructions:
          'Route the notice to the writer, then the copy editor; publish when it meets the family’s instructions and house style.',
        replies: [
          {
            handoff: 'obituary_writer',
            message:
              'OB-27-0611, Sat edition, 180–220 w. Margaret (Peggy) Ó Súilleabháin, b. 3 Mar 1938 Cahersiveen, d. 9 Jun 2027 at Marymount Hospice. Taught at Scoil Mhuire 1961–1998, founded the Douglas ICA drama group, widowed 2009 (Tadhg). Survived by Niamh, Cormac, Aoife, 7 grandchildren. Family request (signed on the form, call log 10/06 15:42): do NOT mention the illness or cause of death — they want it to read as a celebration of her life. Funeral: Mass St Columba’s Douglas, Mon 14 Jun 11:00, burial St Finbarr’s. Use "Peggy" after first mention.',
          },
          {
            handoff: 'copy_editor',
            message:
              'OB-27-0611 draft from the writer for subbing — house style, fada check on names, 180–220 w.',
          },
          {
            say: 'OB-27-0611 passed for Saturday p.38, 204 words, £312 incl. VAT invoiced to Niamh Ó Súilleabháin.',
          },
        ],
      },
      {
        name: 'obituary_writer',
        description: 'Writes obituaries from family notes',
        instructions:
          'Write the obituary from the notes you are given, within the word count, following every instruction of the family.',
        replies: [
          {
            say: 'Margaret "Peggy" Ó Súilleabháin, who died on 9 June at Marymount Hospice after a two-year illness with pancreatic cancer, was a teacher whose classroom stretched well beyond Scoil Mhuire.\n\nBorn in Cahersiveen on 3 March 1938, Peggy taught at Scoil Mhuire from 1961 until 1998, and generations of Douglas children learned to read — and to perform — under her eye. She founded the Douglas ICA drama group, which still stages a play every Lent.\n\nWidowed in 2009 on the death of her husband Tadhg, she remained the centre of a large and lively family. She is survived by her children Niamh, Cormac and Aoife and by seven grandchildren.\n\nFuneral Mass will be celebrated at St Columba’s Church, Douglas, on Monday 14 June at 11am, followed by burial at St Finbarr’s Cemetery.',
          },
        ],
      },
      {
        name: 'copy_editor',
        description: 'Subs copy to house style',
        instructions: 'Sub the copy to house style and length; do not change its content.',
        replies: [
          {
            say: 'Subbed, 204 words. Changes: "11am" → "11am" kept (house style), "St Columba’s Church, Douglas" ok, fadas checked (Ó Súilleabháin, Scoil Mhuire). Moved "Peggy" nickname to first mention. Clean to go.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'obits_editor', to: 'obituary_writer' },
      agent: 'obituary_writer',
    },
  }),
  defineScenario({
    id: 'school-bus-pickup-briefed-to-former-address',
    title:
      'The roster agent reports the pupil’s new pickup address; the transport coordinator briefs the route planner with the old one',
    domain: 'school transport planning',
    mast: ['FM-1.4'],
    request:
      'Pupil 20931 (Year 4, Ballyhale NS) — parents emailed that pickup changes from next Monday 11 Jan. Please update route BH-3 and confirm the new time to the family.',
    topology: {
      shape: 'supervisor',
      coordinator: 'transport_coordinator',
      workers: ['pupil_roster_agent', 'route_planner'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'transport_coordinator',
        description: 'School transport coordinator for the county',
        instructions:
          'Check the pupil record, have the route re-planned, and confirm the pickup to the family.',
        replies: [
          {
            handoff: 'pupil_roster_agent',
            message: 'Pupil 20931 — current pickup address and any change on file from 11 Jan 2027.',
          },
          {
            handoff: 'route_planner',
            message:
              'Route BH-3 (bus 11-KK-4417, 29 seats, 27 on board): pupil 20931 pickup to be confirmed from Mon 11 Jan at 14 Elm Road, Knocktopher (Eircode R95 K2T8). Keep arrival at Ballyhale NS by 09:05. Give the new stop time.',
          },
          {
            say: 'Confirmed to the family (email to parent on file, 08 Jan 16:10): from Monday 11 January 2027 pupil 20931 is collected at 14 Elm Road, Knocktopher at 08:21 on route BH-3; arrival at school 08:58. No change to the afternoon drop-off time (15:12).',
          },
        ],
      },
      {
        name: 'pupil_roster_agent',
        description: 'Reads pupil transport records',
        instructions: 'Report the pupil’s transport record and any recorded changes.',
        replies: [
          {
            call: 'pupil_record',
            args: { pupil: 20931 },
            result:
              '{"pupil":20931,"school":"Ballyhale NS","route":"BH-3","pickup":{"address":"14 Elm Road, Knocktopher","eircode":"R95 K2T8","valid_to":"2027-01-08"},"pickup_next":{"address":"3 Birch Close, Ballyhale","eircode":"R95 X6P1","valid_from":"2027-01-11","reason":"change of residence (parent email 2027-01-05)"},"am_time":"08:14","pm_drop":"15:12"}',
          },
          {
            say: 'Pupil 20931, route BH-3: picked up at 14 Elm Road, Knocktopher (R95 K2T8) at 08:14 up to Fri 8 Jan. From Mon 11 Jan the pickup moves to 3 Birch Close, Ballyhale (R95 X6P1) — change of residence per the parent’s email of 5 Jan. PM drop 15:12.',
          },
        ],
      },
      {
        name: 'route_planner',
        description: 'Plans school bus routes and stop times',
        instructions: 'Re-plan the route for the stop you are given and report the stop times.',
        replies: [
          {
            call: 'route_optimise',
            args: { route: 'BH-3', stops_add: ['R95 K2T8'], arrive_by: '09:05' },
            result: 'BH-3 v27: 14 stops, R95 K2T8 at 08:21, school arrival 08:58, total 31.4 km, 44 min.',
          },
          {
            say: 'BH-3 v27: stop at R95 K2T8 (14 Elm Road) at 08:21, arrival Ballyhale NS 08:58, 31.4 km / 44 min, capacity 27/29.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'transport_coordinator', to: 'route_planner' },
      agent: 'transport_coordinator',
    },
  }),
];

const lookAlikes = [
  defineScenario({
    id: 'wool-clip-core-test-lab-busy-then-answered',
    title:
      'The wool testing lab API answers 503 twice; the lot analyst waits, gets the micron results on the third try and the broker prices on them',
    domain: 'wool clip testing and brokering',
    mast: ['FM-3.2'],
    nearMissOf: 'agent_error: a tool error handled by retrying until the real result arrives',
    request:
      'Lots 4417–4420 from Yarrabee station (merino, 2027 shearing) go to the Melbourne sale on 22 Feb. Get the core test results and set the reserve prices.',
    topology: {
      shape: 'network',
      coordinator: 'wool_broker',
      workers: ['lot_analyst', 'market_pricer'],
    },
    agents: [
      {
        name: 'wool_broker',
        description: 'Wool broker preparing lots for auction',
        instructions:
          'Get test results from the lot analyst, then reserves from the market pricer, and report the catalogue entries.',
        replies: [
          {
            handoff: 'lot_analyst',
            message:
              'Yarrabee lots 4417-4420, core test certs pls: mic, VM, yield (schlumberger dry), staple length/strength.',
          },
          {
            handoff: 'market_pricer',
            message:
              'Reserves for Yarrabee 4417–4420 on the test results above, sale M27-34 Melbourne 22/02.',
          },
          {
            say: 'Catalogue M27-34, Yarrabee:\n| lot | bales | mic | VM % | SDRY % | reserve c/kg clean |\n|---|---|---|---|---|---|\n| 4417 | 24 | 17.6 | 0.8 | 68.2 | 1,730 |\n| 4418 | 19 | 18.4 | 1.1 | 66.9 | 1,560 |\n| 4419 | 11 | 19.2 | 2.4 | 63.5 | 1,330 |\n| 4420 | 6 | 21.0 | 0.6 | 70.1 | 1,050 |\nCerts AWTA 27-118830..33 attached.',
          },
        ],
      },
      {
        name: 'lot_analyst',
        description: 'Retrieves wool test certificates',
        instructions:
          'Fetch the test certificates; if the lab service is busy, wait and retry before answering.',
        replies: [
          {
            call: 'awta_certs',
            args: { lots: [4417, 4418, 4419, 4420], clip: 'YARRABEE-27' },
            result: { error: '503 Service Unavailable — certificate service busy, retry after 120 s' },
          },
          {
            call: 'awta_certs',
            args: { lots: [4417, 4418, 4419, 4420], clip: 'YARRABEE-27' },
            result: { error: '503 Service Unavailable — certificate service busy, retry after 120 s' },
            waitMs: 120000,
          },
          {
            call: 'awta_certs',
            args: { lots: [4417, 4418, 4419, 4420], clip: 'YARRABEE-27' },
            result:
              'cert,lot,bales,mic,cv_d,vm_pct,sdry_pct,sl_mm,ss_nktex\n27-118830,4417,24,17.6,18.1,0.8,68.2,92,41\n27-118831,4418,19,18.4,19.0,1.1,66.9,88,38\n27-118832,4419,11,19.2,20.3,2.4,63.5,81,33\n27-118833,4420,6,21.0,21.9,0.6,70.1,95,44',
            waitMs: 120000,
          },
          {
            say: 'Certs in (lab service was busy, 3rd attempt got them): 4417 17.6 µm VM 0.8 SDRY 68.2 SL 92 SS 41; 4418 18.4 / 1.1 / 66.9 / 88 / 38; 4419 19.2 / 2.4 / 63.5 / 81 / 33; 4420 21.0 / 0.6 / 70.1 / 95 / 44. AWTA 27-118830 to -833.',
          },
        ],
      },
      {
        name: 'market_pricer',
        description: 'Sets auction reserves from test results and market indicators',
        instructions:
          'Set reserves in cents per kg clean from the test results and current market indicators.',
        replies: [
          {
            call: 'micron_price_guide',
            args: { centre: 'MEL', week: 'M27-33' },
            result: '17.5:1790 18.0:1690 18.5:1590 19.0:1430 19.5:1340 21.0:1080 (c/kg clean, EMI 1,402)',
          },
          {
            say: 'Reserves at ~97–98 % of last week’s guide, VM-adjusted: 4417 1,730; 4418 1,560; 4419 1,330 (VM 2.4 discount); 4420 1,050 c/kg clean.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'yearbook-proof-fixed-on-second-round',
    title:
      'The proof checker sends the yearbook spread back once for a misspelt name and a page count; the layout artist fixes both and it passes',
    domain: 'school yearbook printing',
    mast: ['FM-1.3'],
    nearMissOf:
      'handoff_loop: one revise round whose fix is actually made, in a run full of job numbers and page counts',
    request:
      'Job YB-27-0388, St. Brendan’s College yearbook 2027: pages 44–45 (Class 6B spread). Get it proof-approved and queued for plate.',
    topology: {
      shape: 'pipeline',
      order: ['layout_artist', 'proof_checker', 'prepress_operator'],
      loop: { from: 'proof_checker', to: 'layout_artist', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'layout_artist',
        description: 'Lays out yearbook spreads',
        instructions: 'Lay out the spread from the class list; on REVISE make the corrections asked for.',
        replies: [
          {
            call: 'class_list',
            args: { school: 'SBC', class: '6B', year: 2027 },
            result:
              '28 students: Adeyemi T., Byrne C., Ciobanu A., Doherty S., ... Nwachukwu O., ... Zieliński M. (photo ids P6B-01..P6B-28)',
          },
          {
            say: 'YB-27-0388 p44–45 v1: 6B class spread, 28 portraits (P6B-01..28) in 4×7 grid, names under photos, 3 mm bleed, CMYK, PDF/X-4, 2 pages. Note: Nwachukwu spelled "Nwachuku" in caption row 4 (from the photo label).',
          },
          {
            say: 'YB-27-0388 p44–45 v2: caption row 4 corrected to "Nwachukwu O." (class list spelling), portrait P6B-19 swapped to the retake dated 12/03; folio numbers 44/45 fixed (v1 had 42/43). 28 portraits, PDF/X-4, 2 pages, 18.4 MB.',
          },
        ],
      },
      {
        name: 'proof_checker',
        description: 'Checks yearbook proofs before plating',
        instructions: 'Answer APPROVED if the spread is correct, otherwise REVISE with the list of fixes.',
        replies: [
          {
            say: 'REVISE: (1) row 4 "Nwachuku" → "Nwachukwu" per class list; (2) folios read 42/43, should be 44/45; (3) use retake photo for P6B-19 (parent request #R-114).',
          },
          {
            say: 'APPROVED — v2 checked: 28/28 names match class list, folios 44/45, P6B-19 retake in. Preflight 0 errors, 2 warnings (rich black text ≤ 12 pt — acceptable).',
          },
        ],
      },
      {
        name: 'prepress_operator',
        description: 'Queues approved files for platemaking',
        instructions: 'Queue approved files for plate and report the queue position.',
        replies: [
          {
            call: 'plate_queue_add',
            args: { job: 'YB-27-0388', pages: '44-45', file: 'YB270388_p44-45_v2.pdf' },
            result: 'queued: CTP-2 position 7, est plate 2027-04-14 15:40, sig 3 of 12',
          },
          { say: 'YB-27-0388 p44–45 v2 queued on CTP-2 (position 7, plates ~14 Apr 15:40), signature 3/12.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'hedgehog-release-briefs-reworded-constraints-kept',
    title:
      'The rehab coordinator rewords the release conditions for each worker; each keeps them (weight, weather, site distance)',
    domain: 'wildlife rehabilitation',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task: briefs paraphrased in other words, every condition kept',
    request:
      'Release planning for the autumn hedgehogs: HH-2731, HH-2736 and HH-2740 are ready-ish. Check they qualify, find sites and book the volunteer drivers. Rules as usual (≥600 g, nights above 5 °C for the first week, soft release within 1 km of where found if the site is safe).',
    topology: {
      shape: 'fanout',
      planner: 'rehab_coordinator',
      workers: ['vet_nurse', 'site_finder', 'driver_rota'],
      aggregator: 'release_writer',
    },
    agents: [
      {
        name: 'rehab_coordinator',
        description: 'Coordinates releases at the wildlife hospital',
        instructions: 'Brief the vet nurse, the site finder and the driver rota.',
        replies: [
          {
            plan: {
              vet_nurse:
                'Pls weigh + check HH-2731, HH-2736, HH-2740 this evening. Release only if 600 g or more and fit (no ringworm, wounds healed). Give me weights.',
              site_finder:
                'For each of the 3 hogs: a soft-release garden no more than 1 km from the find location, no roads with >30 mph, no netting/ponds without ramps. Also, forecast for the first 7 nights at that site must stay above 5 °C min — otherwise say so and we hold them.',
              driver_rota:
                'Need volunteer drivers for up to 3 releases, dusk (~17:30), between 2 and 6 Nov. Only book once the site finder has a date; pencil-in is fine.',
            },
          },
        ],
      },
      {
        name: 'vet_nurse',
        description: 'Veterinary nurse at the wildlife hospital',
        instructions: 'Check patients and report weights and fitness.',
        replies: [
          {
            call: 'patient_weigh',
            args: { ids: ['HH-2731', 'HH-2736', 'HH-2740'] },
            result:
              'HH-2731 742 g fit | HH-2736 588 g fit, gaining 9 g/day | HH-2740 655 g, skin healed, fit',
          },
          {
            say: 'HH-2731 742 g ✔, HH-2740 655 g ✔ (skin healed). HH-2736 588 g — under 600, gaining ~9 g/day, so ≈ 2 more days; not releasable yet.',
          },
        ],
      },
      {
        name: 'site_finder',
        description: 'Finds release sites and checks conditions',
        instructions: 'Find release sites meeting the conditions given.',
        replies: [
          {
            call: 'release_sites',
            args: { ids: ['HH-2731', 'HH-2736', 'HH-2740'], radius_km: 1.0, min_night_c: 5, nights: 7 },
            result:
              'HH-2731 found Orchard Way BS7: site G-118 (0.4 km), forecast mins 6-9C from 03 Nov OK | HH-2736 found Kellaway Ave: site G-052 (0.7 km), mins 4C on 04-05 Nov → first OK start 06 Nov | HH-2740 found Ashley Down Rd: site G-131 (0.9 km), mins 6-8C from 02 Nov OK',
          },
          {
            say: 'Sites: HH-2731 → G-118, 0.4 km, release from 3 Nov; HH-2740 → G-131, 0.9 km, from 2 Nov; HH-2736 → G-052, 0.7 km, but nights dip to 4 °C on 4–5 Nov, so not before 6 Nov.',
          },
        ],
      },
      {
        name: 'driver_rota',
        description: 'Books volunteer drivers',
        instructions: 'Pencil in volunteer drivers for the releases.',
        replies: [
          {
            call: 'rota_pencil',
            args: { window: '2027-11-02..2027-11-06', time: '17:30', slots: 3 },
            result: 'pencilled: 02/11 Sue P., 03/11 Marek W., 06/11 Sue P. (status: tentative)',
          },
          {
            say: 'Pencilled (tentative): 2 Nov Sue P., 3 Nov Marek W., 6 Nov Sue P., all 17:30. Will confirm when dates are fixed.',
          },
        ],
      },
      {
        name: 'release_writer',
        description: 'Writes the release plan',
        instructions: 'Merge the workers’ answers into the release plan.',
        replies: [
          {
            say: 'Release plan (autumn batch):\n- HH-2740 — 655 g, site G-131 (0.9 km from find), Tue 2 Nov 17:30, driver Sue P.\n- HH-2731 — 742 g, site G-118 (0.4 km), Wed 3 Nov 17:30, driver Marek W.\n- HH-2736 — HOLD: 588 g (needs ≈ 2 more days) and nights at 4 °C on 4–5 Nov; earliest 6 Nov at G-052 if weighed ≥ 600 g that day (Sue P. pencilled).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'single-master-handed-back-with-loudness-figures',
    title:
      'The mix engineer hands the single to mastering; the mastering engineer hands it back with the loudness figures in LKFS and dBTP, and the mix engineer delivers on them',
    domain: 'recording studio post-production',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'lost_message: a hand-back that carries its results, values restated in other units',
    request:
      'yo — "Paper Lanterns" (Róisín Wren) needs to go to the distributor by Thu. streaming master + the vinyl pre-master pls. label says -14 integrated for streaming, true peak under -1.',
    topology: {
      shape: 'swarm',
      entry: 'mix_engineer',
      agents: ['mix_engineer', 'mastering_engineer'],
    },
    agents: [
      {
        name: 'mix_engineer',
        description: 'Mix engineer who owns the session and delivers to the label',
        instructions: 'Print the final mix, get it mastered, and deliver the files with their specs.',
        replies: [
          {
            call: 'bounce_mix',
            args: { session: 'PL_mix_v14', format: 'wav', sr: 96000, bits: 24 },
            result: 'PL_mix_v14_final.wav 96k/24, 3:47.2, peak -4.1 dBFS, no clipping',
          },
          {
            handoff: 'mastering_engineer',
            message:
              'PL_mix_v14_final.wav (96/24, 3:47, -4.1 dBFS peak). Streaming master -14 LUFS int, TP ≤ -1 dBTP, plus a vinyl pre-master (no limiting, 96/24). Hand back when done.',
          },
          {
            say: 'Delivered "Paper Lanterns" to the distributor portal (ticket DSP-55821):\n- Streaming master: −14.0 LUFS integrated, −1.2 dBTP, 44.1 kHz/24-bit, ISRC IE-A1B-27-00412\n- Vinyl pre-master: 96 kHz/24-bit, unlimited, peaks −3.0 dBFS, side A track 2\nBoth files within label spec.',
          },
        ],
      },
      {
        name: 'mastering_engineer',
        description: 'Masters mixes for release formats',
        instructions: 'Master the mix to the targets given and hand the results back to the mix engineer.',
        replies: [
          {
            call: 'master_render',
            args: {
              src: 'PL_mix_v14_final.wav',
              target_lkfs: -14,
              tp_ceiling: -1.0,
              variants: ['stream_44k24', 'vinyl_96k24'],
            },
            result:
              'stream_44k24: integrated -14.0 LKFS, TP -1.2 dBTP, LRA 6.1 LU -> PL_M_stream.wav | vinyl_96k24: no limiter, sample peak -3.0 dBFS, integrated -16.8 LKFS -> PL_M_vinyl.wav',
          },
          {
            handoff: 'mix_engineer',
            message:
              'Done. PL_M_stream.wav = -14.0 LKFS (same as LUFS), true peak -1.2 dBTP, LRA 6.1 LU, 44.1/24. PL_M_vinyl.wav = 96/24, no limiting, peaks -3.0 dBFS (-16.8 int). Both on the share /masters/PL/.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'tennis-qf-moved-to-court-two-new-court-briefed',
    title:
      'Rain moves the quarter-final from Court 4 to Court 2; the referee’s office briefs the officials and scoreboard on Court 2',
    domain: 'tennis tournament operations',
    mast: ['FM-1.4'],
    nearMissOf: 'stale_context: a corrected court and time, and the corrected ones are what is briefed',
    request:
      'QF2 men’s singles (Varga vs. Pellegrini) — order of play changed due to rain. Assign chair umpire + line team and set up the scoreboard feed.',
    topology: {
      shape: 'supervisor',
      coordinator: 'referee_office',
      workers: ['order_of_play_agent', 'officials_scheduler', 'scoreboard_operator'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'referee_office',
        description: 'Tournament referee’s office',
        instructions: 'Check the current order of play, then brief officials and scoreboard for the match.',
        replies: [
          {
            handoff: 'order_of_play_agent',
            message: 'QF2 Varga v Pellegrini — current court + start time after the rain revision.',
          },
          {
            handoff: 'officials_scheduler',
            message:
              'QF2 Varga–Pellegrini, Court 2, not before 16:30 (OOP rev 3). Chair + 7 line judges, Hawk-Eye not on C2 so full line team. Give names.',
          },
          {
            handoff: 'scoreboard_operator',
            message:
              'Feed for QF2 Varga v Pellegrini on Court 2 from 16:30 NB (was Court 4 / 14:00 in rev 2). Match id M-QF2.',
          },
          {
            say: 'QF2 Varga v Pellegrini — Court 2, not before 16:30 (order of play rev 3).\nChair: A. Lindqvist (Gold badge). Line team L2-B (7), reviewer K. Osei.\nScoreboard feed M-QF2 live on C2 board + TV graphics from 16:15.',
          },
        ],
      },
      {
        name: 'order_of_play_agent',
        description: 'Keeps the order of play',
        instructions: 'Report the current court and time of a match.',
        replies: [
          {
            call: 'oop_lookup',
            args: { match: 'M-QF2' },
            result: 'M-QF2 rev2: Court 4, 14:00 | rev3 (issued 12:47, rain): Court 2, NB 16:30, follows WQF1',
          },
          {
            say: 'QF2 was Court 4 at 14:00 (rev 2). After the rain, rev 3 (12:47) puts it on Court 2, not before 16:30, after the women’s QF1.',
          },
        ],
      },
      {
        name: 'officials_scheduler',
        description: 'Assigns chair umpires and line teams',
        instructions: 'Assign officials to the match given.',
        replies: [
          {
            call: 'assign_officials',
            args: { match: 'M-QF2', court: 'C2', nb: '16:30', chair: true, line_judges: 7 },
            result:
              'chair A. Lindqvist (ITF Gold); line team L2-B (7), reviewer K. Osei; rest check ok (last match ended 11:52)',
          },
          {
            say: 'Court 2, 16:30 NB: chair Anna Lindqvist (Gold), line team L2-B (7 LJs), reviewer Kwame Osei. All rested.',
          },
        ],
      },
      {
        name: 'scoreboard_operator',
        description: 'Sets up scoreboard and TV graphics feeds',
        instructions: 'Set up the scoreboard feed for the match.',
        replies: [
          {
            call: 'feed_setup',
            args: { match: 'M-QF2', board: 'C2', start: '16:15' },
            result: 'feed M-QF2 -> C2-main, TVG-2 armed 16:15, players: VARGA Z. (HUN) / PELLEGRINI L. (ITA)',
          },
          { say: 'M-QF2 armed on the C2 board and TV graphics channel 2 from 16:15.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'chesterfield-reupholstery-optional-fabric-quote-garbled-unused',
    title:
      'The optional fabric-alternative lookup returns a garbled price; the workshop manager quotes only the leather the client chose',
    domain: 'upholstery workshop',
    mast: ['FM-2.4'],
    nearMissOf: 'low_quality_output: a bad output of an optional side lookup that nothing downstream uses',
    request:
      'Customer J. Whitcombe, 3-seat Chesterfield, wants full re-upholstery in the oxblood leather she picked in the showroom (Andrew Muirhead Vintage Oxblood). Quote pls, ref WS-1184. If there’s a cheaper alternative worth mentioning fine, but she’s set on the leather.',
    topology: {
      shape: 'supervisor',
      coordinator: 'workshop_manager',
      workers: ['materials_estimator', 'alt_fabric_scout'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'workshop_manager',
        description: 'Upholstery workshop manager who quotes jobs',
        instructions: 'Have materials estimated, optionally look for an alternative, and write the quote.',
        replies: [
          {
            handoff: 'materials_estimator',
            message:
              'WS-1184 Chesterfield 3-seat, full strip + re-buttoning, Muirhead Vintage Oxblood. Hides + labour hrs + sundries pls.',
          },
          {
            handoff: 'alt_fabric_scout',
            message:
              'Optional: any cheaper leather-look alternative to Vintage Oxblood for a 3-seat Chesterfield? Price per metre.',
          },
          {
            say: 'Quote WS-1184 — J. Whitcombe, 3-seat Chesterfield, full re-upholstery in Andrew Muirhead Vintage Oxblood:\n- Leather: 5 hides (≈ 26 m²) £2,340\n- Labour: 38 h strip, re-spring, re-button (64 buttons) £1,710\n- Sundries (webbing, hessian, horsehair top-up, studs) £185\nTotal £4,235 + VAT, 6–7 weeks from deposit (£1,200). No alternative offered — client has chosen the leather.',
          },
        ],
      },
      {
        name: 'materials_estimator',
        description: 'Estimates hides, labour and sundries',
        instructions: 'Estimate materials and labour for the job.',
        replies: [
          {
            call: 'estimate_job',
            args: { item: 'chesterfield_3s', scope: 'full', material: 'AM Vintage Oxblood', buttons: 64 },
            result:
              'hides 5 (avg 5.2 m2) @ 468 = 2340.00 | labour 38.0 h @ 45 = 1710.00 | sundries 185.00 | total 4235.00 GBP ex VAT',
          },
          { say: '5 hides of Vintage Oxblood £2,340, 38 h labour £1,710, sundries £185: £4,235 ex VAT.' },
        ],
      },
      {
        name: 'alt_fabric_scout',
        description: 'Looks up alternative fabrics and prices',
        instructions: 'Suggest cheaper alternatives with prices.',
        replies: [
          {
            call: 'supplier_search',
            args: { look: 'oxblood leather-look', use: 'heavy domestic' },
            result:
              'Kensington Faux Ox 137cm @ 28.50/m | Mayfair PU Burgundy 140cm @ 0/m (price on request) | stock: low',
          },
          {
            say: 'Alt: Mayfair PU Burgundy at £0.00/m — cheapest by far, 140 cm wide; or Kensington Faux Ox £28.50/m.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

/** Blind batch 15: 10 faults and 6 healthy look-alikes in 16 new domains (N–Z), every topology. */
export const blindBatch15Scenarios = [...faults, ...lookAlikes];
