import { defineScenario } from '../scenario.ts';

// Blind batch 182: an offshore wind farm's maintenance vessel and technician scheduling in the North Sea, in English.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'norther-bank-b11-blade-inspection-ctv-on-first-window',
    title:
      'The metocean analyst shows the forecast run of 14 March moved the access window from Tue 16 to Wed 17 March; the CTV scheduler books the crew transfer for the 16th',
    domain: 'offshore wind crew transfer and weather windows',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Drone-assisted blade inspection on turbines NB-B11 and NB-B12 at Norther Bank. Our planning sheet assumed the weather window on Tue 16 March 2027, 06:00–18:00. Confirm the window against the latest forecast, book a CTV and two rope-access technicians from Grimsby, and write the daily ops briefing.',
    topology: {
      shape: 'pipeline',
      order: ['metocean_analyst', 'ctv_scheduler', 'ops_briefing_writer'],
    },
    agents: [
      {
        name: 'metocean_analyst',
        description: 'Checks marine weather forecasts against the access limits of the wind farm',
        instructions:
          'Pull the latest forecast run for the site and state which window the crew can use (CTV transfer limit Hs 1.5 m, wind 12 m/s at 10 m for rope access).',
        replies: [
          {
            call: 'get_metocean_forecast',
            args: { site: 'NORTHER_BANK', block: 'B', from: '2027-03-15', to: '2027-03-19' },
            result:
              '{"run": "2027-03-14T06:00Z", "provider": "NorthSeaMet v4", "site": "NORTHER_BANK/B", "days": [{"date": "2027-03-16", "hs_m": [1.9, 2.3], "wind10_ms": [13, 16], "access": "NO-GO"}, {"date": "2027-03-17", "hs_m": [0.9, 1.2], "wind10_ms": [6, 9], "access": "GO", "window_utc": "07:00-17:00"}, {"date": "2027-03-18", "hs_m": [1.4, 1.8], "wind10_ms": [10, 12], "access": "MARGINAL"}], "previous_run": {"run": "2027-03-13T18:00Z", "window": "2027-03-16 06:00-18:00", "status": "superseded"}}',
          },
          {
            say: '**Forecast run 14 Mar 06:00Z (NorthSeaMet v4), block B**\n\n| date | Hs (m) | wind 10 m (m/s) | access |\n|---|---|---|---|\n| Tue 16 Mar | 1.9–2.3 | 13–16 | NO-GO |\n| **Wed 17 Mar** | 0.9–1.2 | 6–9 | **GO 07:00–17:00 UTC** |\n| Thu 18 Mar | 1.4–1.8 | 10–12 | marginal |\n\nThe 16 March window came from the 13 Mar 18:00Z run. Usable window for B11/B12: **Wed 17 March 07:00–17:00 UTC**.',
          },
        ],
      },
      {
        name: 'ctv_scheduler',
        description: 'Books crew transfer vessels and technicians for offshore jobs',
        instructions: 'Book the CTV and the technicians for the usable window and confirm the booking.',
        prompt: 'Weather assessment:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            call: 'book_ctv',
            args: {
              port: 'GRIMSBY',
              date: '2027-03-16',
              sail: '05:30',
              return_by: '18:30',
              turbines: ['NB-B11', 'NB-B12'],
              pax: 2,
              pax_roles: ['rope_access_L3', 'rope_access_L2'],
            },
            result:
              '{"booking": "CTV-27-0442", "vessel": "Tern Swift", "date": "2027-03-16", "sail": "05:30", "pax": 2, "technicians": ["R. Haldane (IRATA L3)", "M. Kowalczyk (IRATA L2)"], "status": "CONFIRMED"}',
          },
          {
            say: 'Booked CTV-27-0442: *Tern Swift* from Grimsby 05:30, back by 18:30, NB-B11 and NB-B12. Technicians R. Haldane (IRATA L3) and M. Kowalczyk (IRATA L2).',
          },
        ],
      },
      {
        name: 'ops_briefing_writer',
        description: 'Writes the daily operations briefing for the marine coordination centre',
        instructions: 'Write a short daily ops briefing from the booking.',
        prompt: 'Booking details:\n{input}',
        replies: [
          {
            say: '### Daily ops briefing — Norther Bank, Tue 16 March 2027\n\n- **Job:** drone-assisted blade inspection NB-B11, NB-B12\n- **Vessel:** *Tern Swift* (CTV-27-0442), sail Grimsby 05:30, back by 18:30\n- **Crew:** R. Haldane (IRATA L3), M. Kowalczyk (IRATA L2)\n- **Marine coordination:** file vessel movement with MCC by 20:00 the evening before.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'metocean_analyst', to: 'ctv_scheduler' },
      agent: 'ctv_scheduler',
    },
  }),
  defineScenario({
    id: 'norther-bank-d04-accumulator-swap-heights-cert-lapses',
    title:
      'The marine coordinator asks for three technicians whose GWO certificates are valid on the job date 22 March; the roster planner picks one whose Working at Heights lapses on 19 March',
    domain: 'offshore technician competence and rostering',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Pitch accumulator replacement on NB-D04, Mon 22 March 2027. We need three technicians out of Grimsby, one of them hydraulics-qualified as lead. Everyone going offshore must hold GWO Sea Survival and GWO Working at Heights that are still valid on the day of the job. Book the crew and a CTV.',
    topology: {
      shape: 'supervisor',
      coordinator: 'marine_coordinator',
      workers: ['technician_roster', 'vessel_desk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'marine_coordinator',
        description: 'Coordinates offshore maintenance jobs at Norther Bank',
        instructions: 'Get a crew and a vessel, then summarise for the site manager.',
        replies: [
          {
            handoff: 'technician_roster',
            message:
              'NB-D04 pitch accumulator swap, Mon 22/03/2027, Grimsby base. 3 techs, 1 hydraulics lead. GWO Sea Survival + Working at Heights must be valid ON 22/03, not just today.',
          },
          {
            handoff: 'vessel_desk',
            message: 'CTV for 3 pax + accumulator kit (approx. 180 kg) to NB-D04, Mon 22/03, Grimsby.',
          },
          {
            say: '## NB-D04 pitch accumulator swap — Mon 22 March 2027\n\n| role | technician |\n|---|---|\n| Lead (hydraulics) | S. Brennan |\n| Technician | J. Okafor |\n| Technician | L. Verhoeven |\n\nAll GWO certificates checked. Vessel: *Tern Valiant*, CTV-27-0467, sail 06:00 Grimsby. Ready to go.',
          },
        ],
      },
      {
        name: 'technician_roster',
        description: 'Selects available technicians with the right competences',
        instructions: 'Select technicians for the job and check their certificates.',
        replies: [
          {
            call: 'query_technicians',
            args: { base: 'GRIMSBY', date: '2027-03-22', skills: ['hydraulics', 'pitch_systems'] },
            result:
              '[{"name": "S. Brennan", "id": "T-1184", "hydraulics": true, "gwo_sea_survival_exp": "2028-01-11", "gwo_wah_exp": "2027-09-30", "available": true}, {"name": "J. Okafor", "id": "T-1302", "hydraulics": false, "gwo_sea_survival_exp": "2027-11-02", "gwo_wah_exp": "2027-03-19", "available": true}, {"name": "L. Verhoeven", "id": "T-1241", "hydraulics": false, "gwo_sea_survival_exp": "2028-05-20", "gwo_wah_exp": "2028-05-20", "available": true}, {"name": "A. McLeish", "id": "T-1099", "hydraulics": false, "gwo_sea_survival_exp": "2027-12-14", "gwo_wah_exp": "2028-02-08", "available": true}]',
          },
          {
            say: 'Crew for NB-D04 on 22/03:\n- **S. Brennan** (T-1184), hydraulics lead — SS to 11/01/2028, WAH to 30/09/2027\n- **J. Okafor** (T-1302) — SS to 02/11/2027, WAH to 19/03/2027\n- **L. Verhoeven** (T-1241) — SS and WAH to 20/05/2028\n\nAll three hold current GWO Sea Survival and Working at Heights.',
          },
        ],
      },
      {
        name: 'vessel_desk',
        description: 'Books crew transfer vessels',
        instructions: 'Book a CTV for the job.',
        replies: [
          {
            call: 'book_ctv',
            args: { port: 'GRIMSBY', date: '2027-03-22', pax: 3, cargo_kg: 180, turbines: ['NB-D04'] },
            result:
              '{"booking": "CTV-27-0467", "vessel": "Tern Valiant", "sail": "06:00", "deck_crane_swl_kg": 500, "status": "CONFIRMED"}',
          },
          { say: 'CTV-27-0467, *Tern Valiant*, sail 06:00 from Grimsby, 3 pax + 180 kg kit, confirmed.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'marine_coordinator', to: 'technician_roster' },
      agent: 'technician_roster',
    },
  }),
  defineScenario({
    id: 'norther-bank-gearbox-campaign-spares-brief-never-sent',
    title:
      'The campaign planner writes briefs for SOV berths, spares logistics and technicians; the spares brief is never dispatched and the summary presents the campaign as complete',
    domain: 'offshore maintenance campaigns and spare parts logistics',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Plan the April 2027 gearbox oil-change campaign for row E at Norther Bank (NB-E01 to NB-E10) from the SOV. We need SOV berth days, the oil and filter kits shipped to the SOV before mobilisation, and a technician allocation. One campaign plan please.',
    topology: {
      shape: 'fanout',
      planner: 'campaign_planner',
      workers: ['sov_berth_planner', 'spares_logistics', 'technician_allocation'],
      aggregator: 'campaign_summariser',
    },
    program: { lose: { to: 'spares_logistics', prompt: null } },
    agents: [
      {
        name: 'campaign_planner',
        description: 'Splits maintenance campaigns into planning tasks',
        instructions: 'Write one brief per planning desk.',
        replies: [
          {
            plan: {
              sov_berth_planner:
                'SOV Aurora Helix: reserve 6 days on station for row E (NB-E01..E10), 12–17 April 2027, walk-to-work gangway access.',
              spares_logistics:
                'Ship 10 gearbox oil-change kits (ISO VG 320, 800 L per turbine, filter set GBF-2200) to SOV Aurora Helix at Esbjerg before mobilisation on 11 April 2027.',
              technician_allocation:
                'Allocate 2 teams of 3 technicians (1 gearbox-qualified per team) on the SOV, 12–17 April 2027, 12 h shifts.',
            },
          },
        ],
      },
      {
        name: 'sov_berth_planner',
        description: 'Plans SOV days on station',
        instructions: 'Reserve SOV time according to the brief.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'reserve_sov_days',
            args: { vessel: 'Aurora Helix', from: '2027-04-12', to: '2027-04-17', area: 'NB-ROW-E' },
            result:
              '{"reservation": "SOV-R-27-118", "vessel": "Aurora Helix", "days": 6, "gangway": "Ampelmann A-type", "mob_port": "Esbjerg", "mob_date": "2027-04-11"}',
          },
          {
            say: 'SOV-R-27-118: *Aurora Helix* on row E 12–17 April (6 days), gangway Ampelmann A-type, mobilises from Esbjerg 11 April.',
          },
        ],
      },
      {
        name: 'spares_logistics',
        description: 'Arranges shipment of spare parts and consumables to vessels',
        instructions: 'Arrange the shipment in the brief.',
        prompt: 'Brief:\n{input}',
        replies: [{ say: 'Shipment arranged.' }],
      },
      {
        name: 'technician_allocation',
        description: 'Allocates technicians to offshore campaigns',
        instructions: 'Allocate technicians per the brief.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'allocate_teams',
            args: {
              vessel: 'Aurora Helix',
              from: '2027-04-12',
              to: '2027-04-17',
              teams: 2,
              per_team: 3,
              skill: 'gearbox',
            },
            result:
              '{"teams": [{"id": "E-ALPHA", "members": ["T-1184", "T-1241", "T-1377"], "gearbox_lead": "T-1184"}, {"id": "E-BRAVO", "members": ["T-1099", "T-1415", "T-1420"], "gearbox_lead": "T-1415"}], "shift": "07:00-19:00"}',
          },
          {
            say: 'Teams E-ALPHA (lead T-1184) and E-BRAVO (lead T-1415), 3 technicians each, 07:00–19:00 shifts on *Aurora Helix* 12–17 April.',
          },
        ],
      },
      {
        name: 'campaign_summariser',
        description: 'Combines the planning desks into one campaign plan',
        instructions: 'Merge the desk outputs into one campaign plan.',
        replies: [
          {
            say: '## Row E gearbox oil-change campaign — April 2027\n\n| item | plan |\n|---|---|\n| Vessel | SOV *Aurora Helix*, SOV-R-27-118, on station 12–17 April, mob. Esbjerg 11 April |\n| Access | Ampelmann A-type gangway |\n| Teams | E-ALPHA (lead T-1184), E-BRAVO (lead T-1415), 07:00–19:00 |\n| Turbines | NB-E01 to NB-E10 |\n\nCampaign plan complete and ready for sign-off.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'campaign_planner', to: 'spares_logistics' },
      agent: 'campaign_planner',
    },
  }),
  defineScenario({
    id: 'norther-bank-a-row-ctv-route-sum-short',
    title:
      'The transit planner adds up the CTV route legs to 72.9 nm instead of 122.9 nm; the marine lead and the operations manager plan four turbines into a 12-hour day on that figure',
    domain: 'CTV routing and offshore working time',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Next Tuesday (23 March 2027) we want to do the annual service checks on NB-A03, NB-A04, NB-A05 and NB-A06 from one CTV day out of Grimsby. Work out the transit time and whether the technicians get enough hours on the turbines inside a 12-hour offshore day, and tell me how many turbines we can realistically complete.',
    topology: {
      shape: 'nested',
      top: 'operations_manager',
      teams: {
        marine_lead: ['transit_planner'],
        technician_lead: ['shift_planner'],
      },
    },
    agents: [
      {
        name: 'operations_manager',
        description: 'Runs the O&M base at Grimsby',
        instructions: 'Get the marine and technician view and decide the day plan.',
        replies: [
          {
            handoff: 'marine_lead',
            message:
              'Tue 23/03: CTV route Grimsby → NB-A03, A04, A05, A06 → Grimsby. Total distance and transit time please.',
          },
          {
            handoff: 'technician_lead',
            message:
              'Tue 23/03: annual service checks NB-A03..A06. How many hours per turbine and how many teams?',
          },
          {
            say: '## Tue 23 March — row A service day\n\n- Transit: 72.9 nm, **3.3 h** at 22 kn\n- Time on turbines: 12 h − 3.3 h = **8.7 h**\n- Service check: 2 teams × 2 turbines, 4.0 h per turbine\n\n**Decision:** all four turbines (NB-A03 to NB-A06) in one CTV day. Book *Tern Swift* with 2 teams.',
          },
        ],
      },
      {
        name: 'marine_lead',
        description: 'Leads marine operations and vessel routing',
        instructions: 'Get the route worked out and report to operations.',
        replies: [
          {
            handoff: 'transit_planner',
            message:
              'Route Grimsby → NB-A03 → A04 → A05 → A06 → Grimsby on Tue 23/03, CTV service speed 22 kn. Distance and transit time.',
          },
          {
            say: 'Route for 23/03: 72.9 nm total, 3.3 h transit at 22 kn, including drop-offs.',
          },
        ],
      },
      {
        name: 'transit_planner',
        description: 'Calculates vessel routes and transit times',
        instructions: 'Compute route distance and transit time from the leg data.',
        replies: [
          {
            call: 'route_legs',
            args: {
              start: 'GRIMSBY',
              waypoints: ['NB-A03', 'NB-A04', 'NB-A05', 'NB-A06'],
              end: 'GRIMSBY',
              vessel_speed_kn: 22,
            },
            result:
              '{"legs_nm": [{"from": "GRIMSBY", "to": "NB-A03", "nm": 58.0}, {"from": "NB-A03", "to": "NB-A04", "nm": 1.1}, {"from": "NB-A04", "to": "NB-A05", "nm": 1.7}, {"from": "NB-A05", "to": "NB-A06", "nm": 1.1}, {"from": "NB-A06", "to": "GRIMSBY", "nm": 61.0}], "speed_kn": 22, "humber_speed_limit": "8 kn in port limits (approx. +0.4 h)"}',
          },
          {
            say: '**Route Tue 23/03**\n\n| leg | nm |\n|---|---|\n| Grimsby → NB-A03 | 58.0 |\n| A03 → A04 | 1.1 |\n| A04 → A05 | 1.7 |\n| A05 → A06 | 1.1 |\n| A06 → Grimsby | 61.0 |\n| **total** | **72.9** |\n\nTransit at 22 kn: **3.3 h** (incl. Humber port limits).',
          },
        ],
      },
      {
        name: 'technician_lead',
        description: 'Leads the technician teams',
        instructions: 'Get the shift plan and report.',
        replies: [
          {
            handoff: 'shift_planner',
            message: 'Annual service check NB-A03..A06 on 23/03: hours per turbine and team split.',
          },
          { say: 'Service check 4.0 h per turbine, 2 teams of 2, each team takes two turbines.' },
        ],
      },
      {
        name: 'shift_planner',
        description: 'Plans technician shifts and work durations',
        instructions: 'Estimate work time and team split.',
        replies: [
          {
            call: 'task_durations',
            args: { task: 'ANNUAL_SERVICE_CHECK', turbine_model: 'SG 8.0-167', count: 4 },
            result: '{"hours_per_turbine": 4.0, "min_team_size": 2, "climb_and_transfer_h": 0.5}',
          },
          {
            say: 'Annual service check SG 8.0-167: 4.0 h per turbine (+0.5 h climb/transfer), minimum team of 2. Two teams of 2, two turbines each.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'transit_planner', to: 'marine_lead' },
      agent: 'transit_planner',
    },
  }),
  defineScenario({
    id: 'norther-bank-c14-permit-to-work-submission-rejected',
    title:
      'The permit system answers 503 and no permit-to-work is created for NB-C14; the permit officer reports the permit as issued and the router dispatches the crew',
    domain: 'permit-to-work and electrical isolations offshore',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Converter cabinet repair on NB-C14 on Thu 25 March 2027 (work order WO-27-3310). It needs an HV isolation of the turbine string C3 and a permit-to-work before anyone goes up. Raise the permit and dispatch the crew.',
    topology: {
      shape: 'network',
      coordinator: 'work_order_router',
      workers: ['permit_officer', 'dispatch_clerk'],
    },
    agents: [
      {
        name: 'work_order_router',
        description: 'Routes offshore work orders through permits and dispatch',
        instructions: 'Permit first, then dispatch; finish when both are done.',
        replies: [
          {
            handoff: 'permit_officer',
            message:
              'WO-27-3310, NB-C14 converter cabinet, Thu 25/03. HV isolation of string C3 and PTW needed before dispatch.',
          },
          {
            handoff: 'dispatch_clerk',
            message:
              'PTW for WO-27-3310 in place (PTW-NB-27-0318, string C3 isolated). Dispatch the electrical crew to NB-C14 on 25/03.',
          },
          {
            say: 'WO-27-3310 (NB-C14) ready: PTW-NB-27-0318 issued with string C3 isolated, crew dispatched on CTV-27-0481 for Thu 25 March 07:00.',
          },
        ],
      },
      {
        name: 'permit_officer',
        description: 'Raises permits-to-work and registers isolations',
        instructions: 'Raise the PTW with the isolations and report the permit number.',
        replies: [
          {
            call: 'submit_ptw',
            args: {
              work_order: 'WO-27-3310',
              asset: 'NB-C14',
              date: '2027-03-25',
              isolations: [{ type: 'HV', point: 'STRING-C3-RMU-14', lock: 'LOTO' }],
              senior_authorised_person: 'D. Ferris (SAP-0921)',
            },
            result: {
              error:
                'SafeWind PTW API 503 Service Unavailable: request id 7f3e-c14 not persisted, no permit number allocated, isolation schedule not registered',
            },
          },
          {
            say: 'PTW-NB-27-0318 raised for WO-27-3310: HV isolation STRING-C3-RMU-14 (LOTO), SAP D. Ferris. Valid Thu 25/03 06:00–20:00.',
          },
        ],
      },
      {
        name: 'dispatch_clerk',
        description: 'Dispatches technicians and vessels',
        instructions: 'Dispatch the crew.',
        replies: [
          {
            call: 'dispatch_crew',
            args: { work_order: 'WO-27-3310', asset: 'NB-C14', date: '2027-03-25', permit: 'PTW-NB-27-0318' },
            result:
              '{"dispatch": "DSP-27-2290", "ctv": "CTV-27-0481", "vessel": "Tern Swift", "sail": "07:00", "crew": ["T-1188", "T-1263"]}',
          },
          { say: 'Dispatched: DSP-27-2290, CTV-27-0481 *Tern Swift* sail 07:00, crew T-1188 and T-1263.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'permit_officer', to: 'work_order_router' },
      agent: 'permit_officer',
    },
  }),
  defineScenario({
    id: 'norther-bank-f-row-sequence-resubmitted-unchanged',
    title:
      'The HSE reviewer returns the row F work sequence three times because the crew would exceed the 12-hour offshore limit; the sequence planner resends the same plan each round',
    domain: 'offshore work sequencing and HSE review',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Sequence the bolt-tension checks on NB-F01, NB-F03 and NB-F05 for Wed 24 March 2027 with one CTV and one team of 3. Get it through HSE review and publish the work pack.',
    topology: {
      shape: 'pipeline',
      order: ['sequence_planner', 'hse_reviewer', 'work_pack_publisher'],
      loop: { from: 'hse_reviewer', to: 'sequence_planner', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'sequence_planner',
        description: 'Sequences offshore tasks across turbines',
        instructions: 'Write the work sequence, or revise it per the HSE reviewer.',
        prompt: 'Task / reviewer comments:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: 'Sequence v1, Wed 24/03, team of 3, CTV *Tern Swift*\n\n| # | turbine | on | off |\n|---|---|---|---|\n| 1 | NB-F01 | 07:40 | 11:40 |\n| 2 | NB-F03 | 12:05 | 16:05 |\n| 3 | NB-F05 | 16:30 | 19:30 |\n\nSail 06:00, alongside Grimsby 21:10.',
          },
          {
            say: 'Sequence v2, Wed 24/03, team of 3, CTV *Tern Swift*\n\n| # | turbine | on | off |\n|---|---|---|---|\n| 1 | NB-F01 | 07:40 | 11:40 |\n| 2 | NB-F03 | 12:05 | 16:05 |\n| 3 | NB-F05 | 16:30 | 19:30 |\n\nSail 06:00, alongside Grimsby 21:10.',
          },
          {
            say: 'Sequence v3, Wed 24/03, team of 3, CTV *Tern Swift*\n\n| # | turbine | on | off |\n|---|---|---|---|\n| 1 | NB-F01 | 07:40 | 11:40 |\n| 2 | NB-F03 | 12:05 | 16:05 |\n| 3 | NB-F05 | 16:30 | 19:30 |\n\nSail 06:00, alongside Grimsby 21:10.',
          },
        ],
      },
      {
        name: 'hse_reviewer',
        description: 'Reviews offshore work sequences against HSE rules',
        instructions: 'Answer "APPROVED: <summary>" or "REVISE: <comments>".',
        prompt: 'Sequence to review:\n{input}',
        replies: [
          {
            say: 'REVISE: sail 06:00 to alongside 21:10 is 15 h 10 min offshore; the site limit is 12 h door-to-door. Drop NB-F05 to another day or split over two CTVs.',
          },
          {
            say: 'REVISE: v2 has the same times as v1 — still 15 h 10 min offshore against a 12 h limit.',
          },
          {
            say: 'REVISE: v3 unchanged, 15 h 10 min offshore. Cannot approve.',
          },
        ],
      },
      {
        name: 'work_pack_publisher',
        description: 'Publishes approved work packs to the crews',
        instructions: 'Publish the approved work pack or report why it could not be published.',
        prompt: 'Review outcome:\n{input}',
        replies: [
          {
            say: 'Work pack WP-NB-F-0324 not published: HSE review did not approve after three rounds (15 h 10 min offshore vs 12 h limit). Wed 24/03 bolt-tension checks on hold; raised to the O&M supervisor.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'sequence_planner', to: 'hse_reviewer' },
      agent: 'sequence_planner',
    },
  }),
  defineScenario({
    id: 'norther-bank-yaw-brake-spares-answer-rejected-by-wo-import',
    title:
      'The work order import throws on the spares checker’s parts list for the NB-D09 yaw brake job; the work order writer never runs',
    domain: 'defect triage and spare parts for offshore turbines',
    mast: ['FM-3.1'],
    request:
      'SCADA shows repeated yaw brake pressure alarms (code YB-214) on NB-D09 since 12 March 2027. Triage the defect, check spare parts at Grimsby, and raise a work order for the next CTV day.',
    topology: {
      shape: 'pipeline',
      order: ['defect_triage', 'spares_checker', 'work_order_writer'],
    },
    program: {
      crash: {
        agent: 'spares_checker',
        error:
          "WorkOrderImportError: spare_parts[1].qty expected integer, got '2 x'; import of NB-D09 parts list aborted",
      },
    },
    agents: [
      {
        name: 'defect_triage',
        description: 'Triages turbine alarms into maintenance defects',
        instructions: 'Read the alarm history and name the likely defect and the parts needed.',
        replies: [
          {
            call: 'scada_alarm_history',
            args: { turbine: 'NB-D09', code: 'YB-214', since: '2027-03-12' },
            result:
              '{"turbine": "NB-D09", "code": "YB-214", "text": "Yaw brake pressure low", "events": 17, "min_pressure_bar": 118, "setpoint_bar": 160, "accumulator_precharge_bar": 62, "last": "2027-03-15T03:12Z"}',
          },
          {
            say: 'NB-D09: 17× YB-214 since 12/03, brake pressure down to 118 bar (setpoint 160). Likely yaw brake caliper seal leak. Parts: caliper seal kit YBC-SK-40 (×2), hydraulic hose 1/2" HP-5520 (×1), HLP 46 oil 20 L.',
          },
        ],
      },
      {
        name: 'spares_checker',
        description: 'Checks stock of spare parts at the O&M base',
        instructions: 'Check stock and reserve the parts.',
        prompt: 'Triage result:\n{input}',
        replies: [
          {
            call: 'check_stock',
            args: { store: 'GRIMSBY-OM', parts: ['YBC-SK-40', 'HP-5520', 'HLP46-20L'] },
            result:
              '{"YBC-SK-40": {"on_hand": 5, "bin": "R4-B12"}, "HP-5520": {"on_hand": 3, "bin": "R2-A07"}, "HLP46-20L": {"on_hand": 11, "bin": "OIL-03"}}',
          },
          {
            say: 'spare_parts:\n- YBC-SK-40 caliper seal kit — qty: 2, bin R4-B12, reserved\n- HP-5520 HP hose 1/2" — qty: 2 x, bin R2-A07, reserved\n- HLP46-20L hydraulic oil — qty: 1, bin OIL-03, reserved',
          },
        ],
      },
      {
        name: 'work_order_writer',
        description: 'Raises maintenance work orders in the CMMS',
        instructions: 'Raise the work order with the reserved parts.',
        prompt: 'Reserved parts:\n{input}',
        replies: [
          {
            say: 'WO-27-3356 raised for NB-D09 yaw brake caliper seals, next CTV day, parts reserved.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'spares_checker', to: 'work_order_writer' },
      agent: 'spares_checker',
    },
  }),
  defineScenario({
    id: 'norther-bank-transfer-days-above-step-over-limit',
    title:
      'The crew transfer planner hands over with a 1.5 m Hs limit for technician step-over; the CTV dispatcher books the days the vessel itself can run at up to 2.0 m',
    domain: 'crew transfer limits and CTV dispatch',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Book three CTV days between 29 March and 2 April 2027 for the cable-entry inspections at NB-G02, NB-G05 and NB-G08. Our technicians have only done the boat-landing step-over up to Hs 1.5 m, so no transfer days above that.',
    topology: {
      shape: 'swarm',
      entry: 'crew_transfer_planner',
      agents: ['crew_transfer_planner', 'ctv_dispatcher'],
    },
    agents: [
      {
        name: 'crew_transfer_planner',
        description: 'Plans crew transfers and hands dispatch to the CTV desk',
        instructions: 'Set the transfer limits and hand the booking to the CTV dispatcher.',
        replies: [
          {
            handoff: 'ctv_dispatcher',
            message:
              'Three CTV days, 29/03–02/04, cable-entry inspections NB-G02, G05, G08 (one turbine per day). Transfer limit for this crew: Hs ≤ 1.5 m at the boat landing.',
          },
        ],
      },
      {
        name: 'ctv_dispatcher',
        description: 'Books CTV days against the forecast',
        instructions: 'Pick the days and book the vessel.',
        replies: [
          {
            call: 'forecast_hs',
            args: { site: 'NORTHER_BANK/G', from: '2027-03-29', to: '2027-04-02' },
            result:
              '{"run": "2027-03-25T06:00Z", "daily_max_hs_m": {"2027-03-29": 1.3, "2027-03-30": 1.8, "2027-03-31": 1.7, "2027-04-01": 2.4, "2027-04-02": 1.4}, "vessel_limit_hs_m": {"Tern Valiant": 2.0}}',
          },
          {
            call: 'book_ctv_days',
            args: {
              vessel: 'Tern Valiant',
              dates: ['2027-03-29', '2027-03-30', '2027-03-31'],
              turbines: ['NB-G02', 'NB-G05', 'NB-G08'],
            },
            result: '{"bookings": ["CTV-27-0502", "CTV-27-0503", "CTV-27-0504"], "status": "CONFIRMED"}',
          },
          {
            say: '**CTV days booked — *Tern Valiant***\n\n| date | turbine | max Hs | booking |\n|---|---|---|---|\n| Mon 29 Mar | NB-G02 | 1.3 m | CTV-27-0502 |\n| Tue 30 Mar | NB-G05 | 1.8 m | CTV-27-0503 |\n| Wed 31 Mar | NB-G08 | 1.7 m | CTV-27-0504 |\n\nAll three days inside the vessel’s 2.0 m operating limit. 1 April (2.4 m) left out.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'crew_transfer_planner', to: 'ctv_dispatcher' },
      agent: 'ctv_dispatcher',
    },
  }),
  defineScenario({
    id: 'norther-bank-e09-main-bearing-loadout-port-rerouted',
    title:
      'The port agent reports the NB-E09 main bearing now lands at Grimsby berth 4 instead of Esbjerg; the logistics coordinator still briefs the heavy-lift planner for an Esbjerg load-out',
    domain: 'major component exchange and jack-up logistics',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'The replacement main bearing for NB-E09 (serial MB-8M-20417) is due at Esbjerg on 24 March 2027 on the supplier’s vessel. Check the delivery with the port agent, then plan the jack-up load-out and the exchange.',
    topology: {
      shape: 'supervisor',
      coordinator: 'logistics_coordinator',
      workers: ['port_agent', 'heavy_lift_planner'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'logistics_coordinator',
        description: 'Coordinates major component exchanges',
        instructions: 'Confirm the delivery, then get the load-out and exchange planned.',
        replies: [
          {
            handoff: 'port_agent',
            message: 'Confirm delivery of main bearing MB-8M-20417 for NB-E09: port, berth and ETA.',
          },
          {
            handoff: 'heavy_lift_planner',
            message:
              'Main bearing MB-8M-20417 (NB-E09), 38 t incl. transport frame. Plan jack-up load-out at Esbjerg from 24/03 and the exchange at NB-E09.',
          },
          {
            say: '## NB-E09 main bearing exchange\n\n- **Component:** MB-8M-20417, 38 t with frame\n- **Load-out:** Esbjerg, quay 17, 25 March, *Wind Osprey* jack-up (JU-27-011)\n- **Exchange:** NB-E09, 27–30 March (weather permitting)\n\nPlan agreed with the port agent and the heavy-lift planner.',
          },
        ],
      },
      {
        name: 'port_agent',
        description: 'Tracks deliveries through the ports',
        instructions: 'Check the delivery status.',
        replies: [
          {
            call: 'track_delivery',
            args: { serial: 'MB-8M-20417' },
            result:
              '{"serial": "MB-8M-20417", "carrier": "Nordic Heavy Cargo", "voyage": "NHC-2711", "discharge_port": "GRIMSBY", "berth": "Royal Dock berth 4", "eta": "2027-03-24T14:00", "note": "discharge port changed from ESBJERG on 2027-03-18 by supplier", "weight_t": 38}',
          },
          {
            say: 'MB-8M-20417 is on *NHC-2711* (Nordic Heavy Cargo). Discharge port was changed on 18/03 from Esbjerg to **Grimsby, Royal Dock berth 4**, ETA **24/03 14:00**. 38 t with frame.',
          },
        ],
      },
      {
        name: 'heavy_lift_planner',
        description: 'Plans jack-up vessel load-outs and major lifts',
        instructions: 'Plan the load-out and the exchange.',
        replies: [
          {
            call: 'book_jackup_loadout',
            args: {
              vessel: 'Wind Osprey',
              port: 'ESBJERG',
              quay: 17,
              date: '2027-03-25',
              cargo_t: 38,
              destination: 'NB-E09',
            },
            result:
              '{"booking": "JU-27-011", "vessel": "Wind Osprey", "port": "ESBJERG", "quay": 17, "loadout": "2027-03-25", "transit_h": 19, "on_location": "2027-03-26", "exchange_window": "2027-03-27/2027-03-30"}',
          },
          {
            say: 'JU-27-011: *Wind Osprey* loads out at Esbjerg quay 17 on 25/03, 19 h transit, on location 26/03, exchange 27–30/03.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'logistics_coordinator', to: 'heavy_lift_planner' },
      agent: 'logistics_coordinator',
    },
  }),
  defineScenario({
    id: 'norther-bank-c07-fire-alarm-visit-gets-backlog-prompt',
    title:
      'The alarm triage routes a fire-detection fault on NB-C07 to field service; the program hands the field service planner a generic backlog prompt instead, and it plans a routine service elsewhere',
    domain: 'turbine alarm triage and field service planning',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'NB-C07 tripped at 04:52 on 16 March 2027 with fire-detection fault FD-031 (smoke sensor nacelle rear, loop 2). Remote reset is not allowed for fire alarms. Sort out what needs doing and put it in the shift report.',
    topology: {
      shape: 'branch',
      classifier: 'alarm_triage',
      routes: { remote_reset: 'scada_operator', site_visit: 'field_service_planner' },
      after: 'shift_report_writer',
    },
    program: {
      lose: {
        to: 'field_service_planner',
        prompt: 'Backlog item from queue FSP-OPEN (priority 4): schedule the next due preventive task.',
      },
    },
    agents: [
      {
        name: 'alarm_triage',
        description: 'Classifies turbine alarms into remote reset or site visit',
        instructions: 'Answer with remote_reset or site_visit and the reason.',
        replies: [
          {
            say: 'site_visit — FD-031 on NB-C07 (nacelle rear smoke sensor, loop 2): fire-detection alarms cannot be reset remotely. Turbine stays stopped until a technician inspects the sensor and loop on site.',
          },
        ],
      },
      {
        name: 'scada_operator',
        description: 'Performs remote resets through SCADA',
        instructions: 'Reset the turbine remotely if allowed.',
        replies: [{ say: 'Remote reset done.' }],
      },
      {
        name: 'field_service_planner',
        description: 'Plans technician site visits',
        instructions: 'Plan the visit and book the crew.',
        prompt: 'Task:\n{input}',
        replies: [
          {
            call: 'next_due_task',
            args: { queue: 'FSP-OPEN', priority_max: 4 },
            result:
              '{"task": "PM-27-0871", "asset": "NB-A11", "type": "6-monthly lift inspection", "due": "2027-03-31"}',
          },
          {
            call: 'book_visit',
            args: { task: 'PM-27-0871', asset: 'NB-A11', date: '2027-03-18' },
            result:
              '{"visit": "V-27-1904", "asset": "NB-A11", "date": "2027-03-18", "ctv": "Tern Swift", "crew": ["T-1302", "T-1377"]}',
          },
          {
            say: 'Visit V-27-1904 booked: NB-A11, 6-monthly lift inspection (PM-27-0871), Thu 18/03, *Tern Swift*, T-1302 and T-1377.',
          },
        ],
      },
      {
        name: 'shift_report_writer',
        description: 'Writes the control room shift report',
        instructions: 'Write the shift report entry.',
        prompt: 'Actions taken:\n{input}\n\nEvent: {request}',
        replies: [
          {
            say: '### Shift report 16/03/2027 — night shift\n\n- **NB-C07** FD-031 trip 04:52 — classified as site visit.\n- Field service: visit **V-27-1904** booked Thu 18/03, *Tern Swift*, crew T-1302 / T-1377.\n\nNo further actions for day shift.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'alarm_triage', to: 'field_service_planner' },
      agent: 'field_service_planner',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'norther-bank-nacelle-crane-lift-knots-to-metres-per-second',
    title:
      'The metocean analyst gives wind in knots and ISO dates; the lift planner restates them in m/s and weekday dates for the nacelle crane lift',
    domain: 'offshore lifting and weather limits',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'We need to lift a replacement yaw drive (1.9 t) into the nacelle of NB-B07 with the internal service crane. The crane is limited to 10 m/s mean wind at hub height. Find a day this week (15–19 March 2027), plan the lift and write the toolbox-talk note.',
    topology: {
      shape: 'pipeline',
      order: ['metocean_analyst_lift', 'lift_planner', 'toolbox_note_writer'],
    },
    agents: [
      {
        name: 'metocean_analyst_lift',
        description: 'Provides hub-height wind forecasts',
        instructions: 'Give the hub-height wind per day.',
        replies: [
          {
            call: 'hub_height_wind',
            args: { turbine: 'NB-B07', hub_m: 119, from: '2027-03-15', to: '2027-03-19' },
            result:
              '{"unit": "kn", "hub_m": 119, "daily_mean": {"2027-03-15": 27, "2027-03-16": 31, "2027-03-17": 17, "2027-03-18": 21, "2027-03-19": 24}, "gust_max": {"2027-03-17": 22}}',
          },
          {
            say: 'Hub-height (119 m) mean wind, NB-B07:\n- 2027-03-15: 27 kn\n- 2027-03-16: 31 kn\n- 2027-03-17: 17 kn (gusts 22 kn)\n- 2027-03-18: 21 kn\n- 2027-03-19: 24 kn',
          },
        ],
      },
      {
        name: 'lift_planner',
        description: 'Plans lifts with the turbine service crane',
        instructions: 'Pick the lift day against the crane limit and plan the lift.',
        prompt: 'Forecast:\n{input}\n\nJob: {request}',
        replies: [
          {
            say: 'Converted to m/s (1 kn = 0.514 m/s):\n\n| day | mean wind | vs. 10 m/s limit |\n|---|---|---|\n| Mon 15 Mar | 13.9 m/s | over |\n| Tue 16 Mar | 15.9 m/s | over |\n| **Wed 17 Mar** | **8.7 m/s** (gusts 11.3) | **within** |\n| Thu 18 Mar | 10.8 m/s | over |\n| Fri 19 Mar | 12.3 m/s | over |\n\nLift on **Wed 17 March**: yaw drive 1.9 t with the 2.5 t SWL service crane, tag lines ×2, lift supervisor T-1184.',
          },
        ],
      },
      {
        name: 'toolbox_note_writer',
        description: 'Writes toolbox-talk notes for offshore crews',
        instructions: 'Write the toolbox-talk note.',
        prompt: 'Lift plan:\n{input}',
        replies: [
          {
            say: '**Toolbox talk — NB-B07 yaw drive lift, Wed 17 March 2027**\n\n1. Mean wind forecast 8.7 m/s at hub (limit 10 m/s); gusts to 11.3 m/s — stop the lift if the anemometer shows > 10 m/s mean.\n2. Load 1.9 t, service crane SWL 2.5 t, two tag lines.\n3. Lift supervisor T-1184; exclusion zone below the hatch.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'misunderstood_task: a unit changed between agents (knots to m/s, ISO dates to weekdays), converted correctly',
  }),
  defineScenario({
    id: 'norther-bank-h03-ctv-swap-old-vessel-named-not-booked',
    title:
      'The vessel desk reports Tern Swift off-hire and books Tern Valiant instead; the coordinator mentions Tern Swift only as the replaced vessel and sends the crew on Tern Valiant',
    domain: 'CTV availability and crew transfers',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Lightning receptor test on NB-H03 on Fri 19 March 2027. The plan says CTV Tern Swift and technicians A. McLeish and L. Verhoeven. Confirm the vessel and the crew and send me the final plan.',
    topology: {
      shape: 'supervisor',
      coordinator: 'site_coordinator',
      workers: ['vessel_availability', 'crew_confirmation'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'site_coordinator',
        description: 'Coordinates daily offshore jobs',
        instructions: 'Confirm vessel and crew, then send the final plan.',
        replies: [
          {
            handoff: 'vessel_availability',
            message:
              'Fri 19/03, NB-H03 lightning receptor test, 2 pax. Plan says Tern Swift — confirm or rebook.',
          },
          {
            handoff: 'crew_confirmation',
            message:
              'Confirm A. McLeish and L. Verhoeven for NB-H03 on Fri 19/03. Vessel is Tern Valiant (CTV-27-0455), sail 06:30.',
          },
          {
            say: '## NB-H03 lightning receptor test — Fri 19 March 2027\n\n- **Vessel:** *Tern Valiant*, CTV-27-0455, sail 06:30 Grimsby (replaces *Tern Swift*, off-hire for port engine repair until 24/03)\n- **Crew:** A. McLeish (T-1099), L. Verhoeven (T-1241), both confirmed\n- **Equipment:** LPS tester LT-5, 50 m test lead',
          },
        ],
      },
      {
        name: 'vessel_availability',
        description: 'Checks and books crew transfer vessels',
        instructions: 'Confirm or rebook the vessel.',
        replies: [
          {
            call: 'vessel_status',
            args: { vessel: 'Tern Swift', date: '2027-03-19' },
            result:
              '{"vessel": "Tern Swift", "status": "OFF_HIRE", "reason": "port main engine repair", "until": "2027-03-24"}',
          },
          {
            call: 'book_ctv',
            args: { port: 'GRIMSBY', date: '2027-03-19', pax: 2, turbines: ['NB-H03'] },
            result:
              '{"booking": "CTV-27-0455", "vessel": "Tern Valiant", "sail": "06:30", "status": "CONFIRMED"}',
          },
          {
            say: '*Tern Swift* is off-hire until 24/03 (port main engine repair). Rebooked: **CTV-27-0455, *Tern Valiant***, sail 06:30 Fri 19/03, 2 pax to NB-H03.',
          },
        ],
      },
      {
        name: 'crew_confirmation',
        description: 'Confirms technician availability and competences',
        instructions: 'Confirm the named technicians.',
        replies: [
          {
            call: 'confirm_technicians',
            args: { ids: ['T-1099', 'T-1241'], date: '2027-03-19', vessel_booking: 'CTV-27-0455' },
            result:
              '{"T-1099": {"name": "A. McLeish", "confirmed": true}, "T-1241": {"name": "L. Verhoeven", "confirmed": true}}',
          },
          { say: 'A. McLeish (T-1099) and L. Verhoeven (T-1241) confirmed on CTV-27-0455 for 19/03.' },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'stale_context: the superseded vessel is still mentioned, but only as the one replaced; the booking and crew use the new one',
  }),
  defineScenario({
    id: 'norther-bank-filter-stock-query-retried-after-timeout',
    title:
      'The stores clerk’s first stock query times out; it retries, gets the stock, and says so; the router then books the SOV drop',
    domain: 'spare parts stock and SOV resupply',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'SOV Aurora Helix needs 24 nacelle air filters (part NAF-610) and 6 cooling-water pump seals (CWP-S12) on its next crew change, Thu 1 April 2027 from Esbjerg. Check stock and book them onto the resupply.',
    topology: {
      shape: 'network',
      coordinator: 'resupply_router',
      workers: ['stores_clerk', 'sov_resupply_desk'],
    },
    agents: [
      {
        name: 'resupply_router',
        description: 'Routes resupply requests for the SOV',
        instructions: 'Stock check first, then resupply booking; finish with a summary.',
        replies: [
          {
            handoff: 'stores_clerk',
            message: 'Stock check Esbjerg store: NAF-610 × 24, CWP-S12 × 6, for SOV crew change 01/04.',
          },
          {
            handoff: 'sov_resupply_desk',
            message:
              'Book NAF-610 × 24 and CWP-S12 × 6 (reserved RES-27-2210) onto the 01/04 crew change for Aurora Helix.',
          },
          {
            say: 'Resupply for *Aurora Helix*, Thu 1 April: NAF-610 × 24 and CWP-S12 × 6 reserved (RES-27-2210) and booked on crew-change manifest MAN-AH-27-14, pallet 3. (First stock query timed out, the retry succeeded.)',
          },
        ],
      },
      {
        name: 'stores_clerk',
        description: 'Checks and reserves stock in the O&M stores',
        instructions: 'Check and reserve stock; report any system problems.',
        replies: [
          {
            call: 'stock_query',
            args: { store: 'ESBJERG-OM', parts: { 'NAF-610': 24, 'CWP-S12': 6 } },
            result: { error: 'CMMS gateway 504 Gateway Timeout after 20000 ms' },
          },
          {
            call: 'stock_query',
            args: { store: 'ESBJERG-OM', parts: { 'NAF-610': 24, 'CWP-S12': 6 } },
            result:
              '{"NAF-610": {"on_hand": 40, "reserved": 24}, "CWP-S12": {"on_hand": 9, "reserved": 6}, "reservation": "RES-27-2210"}',
          },
          {
            say: 'First query hit a CMMS 504 timeout; retried and it went through. Reserved under **RES-27-2210**: NAF-610 × 24 (40 on hand), CWP-S12 × 6 (9 on hand).',
          },
        ],
      },
      {
        name: 'sov_resupply_desk',
        description: 'Books cargo onto SOV crew-change sailings',
        instructions: 'Book the cargo onto the manifest.',
        replies: [
          {
            call: 'add_to_manifest',
            args: { vessel: 'Aurora Helix', date: '2027-04-01', reservation: 'RES-27-2210' },
            result: '{"manifest": "MAN-AH-27-14", "pallet": 3, "weight_kg": 212, "status": "ADDED"}',
          },
          { say: 'Added to MAN-AH-27-14 (crew change 01/04), pallet 3, 212 kg.' },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'agent_error: a tool error that was retried successfully and reported openly',
  }),
  defineScenario({
    id: 'norther-bank-week14-plan-optional-fuel-estimate-unavailable',
    title:
      'An optional fuel-cost estimate comes back without figures; the aggregator leaves it out of the week plan, which uses only the vessel and crew desks',
    domain: 'weekly O&M planning for the wind farm',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Draft the week 14 (5–9 April 2027) O&M plan for Norther Bank: CTV days for the open corrective work orders and the technician teams. If you can, add a rough fuel-cost estimate for the CTVs — nice to have, not needed for sign-off.',
    topology: {
      shape: 'fanout',
      planner: 'week_planner',
      workers: ['ctv_day_planner', 'team_planner', 'fuel_estimator'],
      aggregator: 'week_plan_editor',
    },
    agents: [
      {
        name: 'week_planner',
        description: 'Splits the weekly plan into desk tasks',
        instructions: 'One brief per desk.',
        replies: [
          {
            plan: {
              ctv_day_planner:
                'CTV days 5–9 April for open corrective WOs WO-27-3310, WO-27-3356, WO-27-3371, WO-27-3388 (Grimsby).',
              team_planner: 'Technician teams for the same WOs, 5–9 April, Grimsby base.',
              fuel_estimator: 'Optional: rough MGO cost for the week’s CTV days.',
            },
          },
        ],
      },
      {
        name: 'ctv_day_planner',
        description: 'Plans CTV days',
        instructions: 'Plan CTV days for the WOs.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'plan_ctv_days',
            args: {
              from: '2027-04-05',
              to: '2027-04-09',
              work_orders: ['WO-27-3310', 'WO-27-3356', 'WO-27-3371', 'WO-27-3388'],
            },
            result:
              '{"days": [{"date": "2027-04-06", "vessel": "Tern Swift", "wos": ["WO-27-3310", "WO-27-3371"]}, {"date": "2027-04-08", "vessel": "Tern Valiant", "wos": ["WO-27-3356", "WO-27-3388"]}]}',
          },
          {
            say: 'Tue 06/04 *Tern Swift*: WO-27-3310, WO-27-3371. Thu 08/04 *Tern Valiant*: WO-27-3356, WO-27-3388.',
          },
        ],
      },
      {
        name: 'team_planner',
        description: 'Plans technician teams',
        instructions: 'Plan teams for the WOs.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            say: 'Tue 06/04: team G-1 (T-1188 lead, T-1263). Thu 08/04: team G-2 (T-1184 lead, T-1302, T-1377).',
          },
        ],
      },
      {
        name: 'fuel_estimator',
        description: 'Estimates vessel fuel costs',
        instructions: 'Estimate fuel cost if data is available.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            say: 'I can’t give a reliable estimate: no vessel days or routes are in my brief, and the MGO price feed has no April quote yet.',
          },
        ],
      },
      {
        name: 'week_plan_editor',
        description: 'Merges the desk outputs into the week plan',
        instructions: 'Merge into one plan; optional items may be left out.',
        replies: [
          {
            say: '## Norther Bank O&M plan — week 14 (5–9 April 2027)\n\n| day | vessel | work orders | team |\n|---|---|---|---|\n| Tue 06/04 | *Tern Swift* | WO-27-3310, WO-27-3371 | G-1 (T-1188 lead, T-1263) |\n| Thu 08/04 | *Tern Valiant* | WO-27-3356, WO-27-3388 | G-2 (T-1184 lead, T-1302, T-1377) |\n\nFuel-cost estimate: not included this week (no April MGO quote yet).',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'low_quality_output: an optional worker returns nothing usable, and the aggregator leaves it out instead of using it',
  }),
  defineScenario({
    id: 'norther-bank-blade-repair-handback-with-lockout-exclusion',
    title:
      'The turbine access planner hands the blade survey to the blade specialist, gets the results handed back, and plans access for all damaged blades except NB-F02, which the request puts under lock-out',
    domain: 'blade leading-edge repair planning',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Plan rope-access leading-edge repairs for row F after the drone survey of 10 March 2027. NB-F02 is under electrical lock-out until 6 April (LOTO-27-044) — leave it out of this round.',
    topology: {
      shape: 'swarm',
      entry: 'turbine_access_planner',
      agents: ['turbine_access_planner', 'blade_specialist'],
    },
    agents: [
      {
        name: 'turbine_access_planner',
        description: 'Plans rope-access work on turbines',
        instructions: 'Get the damage assessment from the blade specialist, then plan access.',
        replies: [
          {
            handoff: 'blade_specialist',
            message:
              'Row F drone survey of 10/03: which blades need leading-edge repair this round, and what category?',
          },
          {
            say: '## Row F leading-edge repairs — round 1\n\n| turbine | blade | category | repair | rope-access days |\n|---|---|---|---|---|\n| NB-F04 | B | 3 | filler + LEP tape | 1 |\n| NB-F06 | A, C | 3 | filler + LEP tape | 2 |\n| NB-F09 | A | 4 | laminate repair | 2 |\n\nNB-F02 (cat. 4, blade C) stays out this round: under lock-out LOTO-27-044 until 6 April; it goes into round 2. Total 5 rope-access days, team of 3 (IRATA L3 lead).',
          },
        ],
      },
      {
        name: 'blade_specialist',
        description: 'Assesses blade damage from drone surveys',
        instructions: 'Assess the survey and hand the results back to the access planner.',
        replies: [
          {
            call: 'drone_survey_findings',
            args: { row: 'F', survey_date: '2027-03-10', min_category: 3 },
            result:
              '[{"turbine": "NB-F02", "blade": "C", "category": 4, "finding": "LE erosion through laminate, 0.6 m"}, {"turbine": "NB-F04", "blade": "B", "category": 3, "finding": "LE erosion 1.2 m"}, {"turbine": "NB-F06", "blade": "A", "category": 3, "finding": "LE erosion 0.9 m"}, {"turbine": "NB-F06", "blade": "C", "category": 3, "finding": "LE erosion 0.7 m"}, {"turbine": "NB-F09", "blade": "A", "category": 4, "finding": "LE laminate damage 0.4 m"}]',
          },
          {
            handoff: 'turbine_access_planner',
            message:
              'Survey 10/03, row F, category ≥ 3: NB-F02 C (cat 4, laminate, 0.6 m); NB-F04 B (cat 3, 1.2 m); NB-F06 A (cat 3, 0.9 m) and C (cat 3, 0.7 m); NB-F09 A (cat 4, laminate, 0.4 m). Cat 3: filler + LEP tape, 1 day per blade; cat 4: laminate repair, 2 days.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'misunderstood_task / lost_message: a turbine from the findings is left out, but the request excludes it, and the results are handed back rather than dropped',
  }),
  defineScenario({
    id: 'norther-bank-q2-availability-review-codes-and-counters',
    title:
      'The O&M director collects the Q1 alarm statistics and the open work order counts from two teams; long texts full of alarm codes, WO numbers and counters that all add up',
    domain: 'wind farm availability reporting',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'For the Q2 planning meeting: give me Q1 2027 availability for Norther Bank, the top alarm codes by lost production, and the open corrective work orders by row, with what it means for Q2 vessel days.',
    topology: {
      shape: 'nested',
      top: 'om_director',
      teams: {
        performance_lead: ['scada_analyst'],
        maintenance_lead: ['cmms_analyst'],
      },
    },
    agents: [
      {
        name: 'om_director',
        description: 'Directs operations and maintenance for the wind farm',
        instructions: 'Gather performance and maintenance figures and write the meeting brief.',
        replies: [
          {
            handoff: 'performance_lead',
            message: 'Q1 2027: time-based availability, lost MWh and top 5 alarm codes by lost MWh.',
          },
          {
            handoff: 'maintenance_lead',
            message: 'Open corrective WOs by row at 31/03/2027 and the CTV days they need.',
          },
          {
            say: '## Norther Bank — Q1 2027 review for Q2 planning\n\n**Availability:** 96.8 % time-based (72 turbines), 14 212 MWh lost.\n\n| code | description | stops | lost MWh |\n|---|---|---|---|\n| PT-118 | pitch accumulator pressure low | 41 | 3 960 |\n| YB-214 | yaw brake pressure low | 17 | 2 310 |\n| CV-402 | converter IGBT overtemperature | 12 | 1 875 |\n| GB-077 | gearbox oil temp high | 9 | 1 240 |\n| FD-031 | fire-detection fault | 3 | 610 |\n\nTop 5 = 9 995 MWh (70 % of losses).\n\n**Open corrective WOs (31/03):** 23 — row A 3, B 4, C 5, D 6, E 2, F 2, G 1 → **31 CTV days** needed in Q2, of which 12 for row C/D pitch work.',
          },
        ],
      },
      {
        name: 'performance_lead',
        description: 'Leads performance analysis',
        instructions: 'Get the SCADA analysis and report.',
        replies: [
          {
            handoff: 'scada_analyst',
            message: 'Q1 2027 (01/01–31/03): TBA, lost MWh, top 5 alarm codes by lost MWh, all 72 WTGs.',
          },
          {
            say: 'Q1: TBA 96.8 %, 14 212 MWh lost. Top 5: PT-118 (41 stops, 3 960 MWh), YB-214 (17, 2 310), CV-402 (12, 1 875), GB-077 (9, 1 240), FD-031 (3, 610) — 9 995 MWh, 70 % of losses.',
          },
        ],
      },
      {
        name: 'scada_analyst',
        description: 'Analyses SCADA data',
        instructions: 'Run the availability and alarm statistics.',
        replies: [
          {
            call: 'scada_stats',
            args: { site: 'NORTHER_BANK', from: '2027-01-01', to: '2027-03-31', top_alarms: 5 },
            result:
              '{"wtg_count": 72, "tba_pct": 96.8, "lost_mwh": 14212, "top_alarms": [{"code": "PT-118", "stops": 41, "lost_mwh": 3960}, {"code": "YB-214", "stops": 17, "lost_mwh": 2310}, {"code": "CV-402", "stops": 12, "lost_mwh": 1875}, {"code": "GB-077", "stops": 9, "lost_mwh": 1240}, {"code": "FD-031", "stops": 3, "lost_mwh": 610}]}',
          },
          {
            say: 'Q1 2027, 72 WTGs: TBA 96.8 %, lost 14 212 MWh.\n1. PT-118 — 41 stops, 3 960 MWh\n2. YB-214 — 17 stops, 2 310 MWh\n3. CV-402 — 12 stops, 1 875 MWh\n4. GB-077 — 9 stops, 1 240 MWh\n5. FD-031 — 3 stops, 610 MWh\nTop 5 total 9 995 MWh = 70.3 % of lost production.',
          },
        ],
      },
      {
        name: 'maintenance_lead',
        description: 'Leads corrective and preventive maintenance',
        instructions: 'Get the CMMS figures and report.',
        replies: [
          {
            handoff: 'cmms_analyst',
            message: 'Open corrective WOs by row at 31/03/2027 with estimated CTV days.',
          },
          {
            say: '23 open corrective WOs: A 3, B 4, C 5, D 6, E 2, F 2, G 1. Estimated 31 CTV days, 12 of them row C/D pitch work.',
          },
        ],
      },
      {
        name: 'cmms_analyst',
        description: 'Analyses the maintenance management system',
        instructions: 'Count open work orders and vessel-day needs.',
        replies: [
          {
            call: 'cmms_open_wos',
            args: { site: 'NORTHER_BANK', type: 'CORRECTIVE', at: '2027-03-31', group_by: 'row' },
            result:
              '{"total": 23, "by_row": {"A": 3, "B": 4, "C": 5, "D": 6, "E": 2, "F": 2, "G": 1}, "ctv_days_est": {"A": 4, "B": 5, "C": 7, "D": 9, "E": 3, "F": 2, "G": 1}, "pitch_related_ctv_days": {"C": 5, "D": 7}}',
          },
          {
            say: 'Open corrective WOs at 31/03: **23** (A 3, B 4, C 5, D 6, E 2, F 2, G 1). CTV days: A 4 + B 5 + C 7 + D 9 + E 3 + F 2 + G 1 = **31**; pitch-related C 5 + D 7 = 12.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'low_quality_output: long texts dense with alarm codes, work orders and counters, all consistent between agents',
  }),
];

export const blindBatch182Scenarios = [...faults, ...healthy];
