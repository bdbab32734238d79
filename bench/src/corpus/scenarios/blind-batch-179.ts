import { defineScenario } from '../scenario.ts';

// Blind batch 179: a Canadian wildfire evacuation coordination centre (British Columbia), in English.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'scotch-creek-order-brief-carries-rev-a-area',
    title:
      'The fire behaviour analyst shows that order EO-CSRD-2027-014 was expanded to rev B (Magna Bay and Anglemont, 1,185 properties); the ops chief briefs the order writer with the rev A area of 640 properties',
    domain: 'wildfire evacuation orders',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Fire K21460 (Lower Adams Lake) crossed trigger point TP-3 overnight. Get the current order area from fire behaviour and have the public evacuation notice for the Columbia Shuswap Regional District (CSRD) drafted and ready for the 09:00 briefing.',
    topology: {
      shape: 'supervisor',
      coordinator: 'evac_ops_chief',
      workers: ['fire_behaviour_analyst', 'evac_order_writer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'evac_ops_chief',
        description: 'Operations section chief at the CSRD emergency operations centre',
        instructions:
          'Confirm the current order area with fire behaviour, then brief the order writer and report the notice.',
        replies: [
          {
            handoff: 'fire_behaviour_analyst',
            message:
              'K21460: TP-3 was crossed overnight. What is the current evacuation order area and property count for the CSRD notice?',
          },
          {
            handoff: 'evac_order_writer',
            message:
              'Draft the public notice for Evacuation Order EO-CSRD-2027-014, CSRD Electoral Area F: Scotch Creek and Lee Creek, 640 properties. Reception centre: Salmon Arm Recreation Centre, 2550 10 Ave NE. Effective immediately.',
          },
          {
            say: '## K21460 — CSRD evacuation notice ready for 09:00\n\n- Order **EO-CSRD-2027-014**, Electoral Area F\n- Area: Scotch Creek and Lee Creek (**640 properties**)\n- Reception centre: Salmon Arm Recreation Centre\n\nNotice drafted and queued for the CSRD website, Alertable and the 09:00 media briefing.',
          },
        ],
      },
      {
        name: 'fire_behaviour_analyst',
        description: 'BC Wildfire Service fire behaviour specialist liaison',
        instructions: 'Report the current perimeter, trigger points and order area.',
        replies: [
          {
            call: 'get_order_area',
            args: { fire: 'K21460', jurisdiction: 'CSRD', area: 'F' },
            result:
              '{"fire": "K21460", "perimeter_ha": 9874, "trigger_point": "TP-3 crossed 2027-08-17T04:40", "order": {"id": "EO-CSRD-2027-014", "rev": "B", "issued": "2027-08-17T06:15", "areas": ["Scotch Creek", "Lee Creek", "Magna Bay", "Anglemont"], "properties": 1185}, "previous_rev": {"rev": "A", "issued": "2027-08-16T19:30", "areas": ["Scotch Creek", "Lee Creek"], "properties": 640}}',
          },
          {
            say: 'K21460 is 9,874 ha. TP-3 crossed at 04:40, so EO-CSRD-2027-014 went to **rev B at 06:15**: Scotch Creek, Lee Creek, **Magna Bay and Anglemont**, 1,185 properties. Rev A from last night (Scotch Creek and Lee Creek, 640 properties) is replaced by it.',
          },
        ],
      },
      {
        name: 'evac_order_writer',
        description: 'Writes public evacuation notices',
        instructions: 'Draft the public notice from the brief you are given.',
        replies: [
          {
            say: '**EVACUATION ORDER — EO-CSRD-2027-014**\nColumbia Shuswap Regional District, Electoral Area F\n\nDue to immediate danger from wildfire K21460, an Evacuation Order is in effect for **Scotch Creek and Lee Creek** (640 properties). Leave now. Register with Emergency Support Services at the **Salmon Arm Recreation Centre, 2550 10 Ave NE**, or online at ess.gov.bc.ca.\n\nRCMP will go door to door. Do not return until the order is rescinded.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'evac_ops_chief', to: 'evac_order_writer' },
      agent: 'evac_ops_chief',
    },
  }),
  defineScenario({
    id: 'kamloops-evacuee-buses-to-full-sandman-centre',
    title:
      'The ESS liaison reports that the Kamloops reception centre moved from the Sandman Centre (full) to McArthur Island Sport Centre; the bus dispatcher books the coaches to the Sandman Centre',
    domain: 'evacuee transport to reception centres',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Logan Lake evacuees without vehicles (about 95 people at the Logan Lake Recreation Centre muster point) need buses to the Kamloops reception centre at the Sandman Centre, 300 Lorne St. Check with ESS that the reception centre can take them, book the buses and put out the public notice.',
    topology: {
      shape: 'pipeline',
      order: ['ess_liaison', 'bus_dispatcher', 'public_info_officer'],
    },
    agents: [
      {
        name: 'ess_liaison',
        description: 'Liaison with Emergency Support Services reception centres',
        instructions: 'Confirm the reception centre and its capacity for the evacuees.',
        replies: [
          {
            call: 'ess_reception_status',
            args: { community: 'Kamloops', date: '2027-08-19' },
            result:
              '{"reception_centres": [{"id": "RC-KAM-01", "name": "Sandman Centre", "address": "300 Lorne St", "status": "AT CAPACITY", "since": "2027-08-19T12:10", "registered": 1412}, {"id": "RC-KAM-02", "name": "McArthur Island Sport Centre", "address": "1655 Island Pkwy", "status": "OPEN", "opened": "2027-08-19T12:30", "capacity_remaining": 640}]}',
          },
          {
            say: 'Kamloops reception: the Sandman Centre (RC-KAM-01) hit capacity at 12:10 with 1,412 registered. ESS opened **McArthur Island Sport Centre, 1655 Island Pkwy (RC-KAM-02)** at 12:30, 640 spaces left — the Logan Lake group (~95) should go there.',
          },
        ],
      },
      {
        name: 'bus_dispatcher',
        description: 'Books coaches for evacuee transport',
        instructions: 'Book enough coaches from the muster point to the reception centre.',
        prompt: 'ESS update:\n{input}\n\nRequest: {request}',
        replies: [
          {
            call: 'book_coaches',
            args: {
              pickup: 'Logan Lake Recreation Centre, 1 Opal Dr',
              dropoff: 'Sandman Centre, 300 Lorne St, Kamloops',
              passengers: 95,
              depart: '2027-08-19T14:00',
            },
            result:
              '{"booking": "BUS-EMBC-27-3318", "operator": "Kamloops Charter Lines", "coaches": 2, "seats": 112, "depart": "14:00", "eta": "14:50", "dropoff": "Sandman Centre, 300 Lorne St"}',
          },
          {
            say: 'Booked BUS-EMBC-27-3318: 2 coaches (112 seats), Logan Lake Recreation Centre 14:00 → Sandman Centre, 300 Lorne St, arriving about 14:50.',
          },
        ],
      },
      {
        name: 'public_info_officer',
        description: 'Writes public notices for the emergency operations centre',
        instructions: 'Write the public notice for evacuees.',
        prompt: 'Transport arranged:\n{input}',
        replies: [
          {
            say: '### Bus for Logan Lake evacuees — today 14:00\n\nIf you have no way to leave Logan Lake, go to the **Logan Lake Recreation Centre (1 Opal Dr)** by 13:45. Two coaches leave at **14:00** for the Kamloops reception centre at the **Sandman Centre, 300 Lorne St** (arrival about 14:50). Bring medications, ID and pet carriers. Questions: EOC line 250-377-7188.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'ess_liaison', to: 'bus_dispatcher' },
      agent: 'bus_dispatcher',
    },
  }),
  defineScenario({
    id: 'spences-bridge-convoy-routed-over-closed-highway-8',
    title:
      'The router tells the transport planner that Highway 8 is closed between Spences Bridge and Merritt and to route via Highway 1 and the Coquihalla; the planner routes the convoy on Highway 8',
    domain: 'evacuation routing',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Spences Bridge is under Evacuation Order EO-TNRD-2027-022. About 60 residents need a convoy to the Merritt reception centre (Merritt Civic Centre). Highway 8 is closed by fire at km 18–41. Plan the convoy route and notify residents.',
    topology: {
      shape: 'network',
      coordinator: 'route_coordinator',
      workers: ['transport_planner', 'notification_officer'],
    },
    agents: [
      {
        name: 'route_coordinator',
        description: 'Routes evacuation tasks in the TNRD operations centre',
        instructions: 'Get the convoy planned, then the notification, then finish.',
        replies: [
          {
            handoff: 'transport_planner',
            message:
              'Convoy Spences Bridge → Merritt Civic Centre, ~60 residents, depart 16:00. Highway 8 is CLOSED km 18–41 — route via Highway 1 south to Hope, then Highway 5 (Coquihalla) north to Merritt.',
          },
          {
            handoff: 'notification_officer',
            message: 'Notify Spences Bridge residents of the convoy using the planned route and times.',
          },
          {
            say: 'Spences Bridge convoy CNV-TNRD-0822-1 planned (depart 16:00 from the Spences Bridge Community Hall) and residents notified by Alertable, door knock list handed to RCMP.',
          },
        ],
      },
      {
        name: 'transport_planner',
        description: 'Plans evacuation convoys and their routes',
        instructions: 'Plan the convoy route, timing and escort.',
        replies: [
          {
            call: 'plan_convoy',
            args: {
              origin: 'Spences Bridge Community Hall',
              destination: 'Merritt Civic Centre, 1950 Mamette Ave',
              route: ['BC-8 E'],
              depart: '2027-08-22T16:00',
              vehicles_est: 28,
            },
            result:
              '{"convoy": "CNV-TNRD-0822-1", "route": "BC-8 E", "distance_km": 64, "eta": "17:05", "escort": "RCMP Merritt detachment, 2 units", "pilot_car": true}',
          },
          {
            say: 'Convoy CNV-TNRD-0822-1: Spences Bridge Community Hall 16:00 → Highway 8 east → Merritt Civic Centre, 64 km, ETA 17:05. RCMP escort (2 units) and a pilot car.',
          },
        ],
      },
      {
        name: 'notification_officer',
        description: 'Sends resident notifications',
        instructions: 'Notify residents and report what was sent.',
        replies: [
          {
            call: 'send_alertable',
            args: {
              area: 'Spences Bridge',
              message:
                'Convoy to Merritt leaves Spences Bridge Community Hall 16:00 via Highway 8 east with RCMP escort. Arrive by 15:45.',
            },
            result: '{"sent": true, "recipients": 212, "id": "ALT-TNRD-55821"}',
          },
          {
            say: 'Alertable ALT-TNRD-55821 sent to 212 subscribers: convoy 16:00 from the Community Hall, Highway 8 east to Merritt with RCMP escort, be there by 15:45.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'route_coordinator', to: 'transport_planner' },
      agent: 'transport_planner',
    },
  }),
  defineScenario({
    id: 'oliver-care-home-group-lodged-without-accessible-rooms',
    title:
      'The reception planner asks the lodging booker for 180 beds in Penticton including 34 wheelchair users from a care home; the booker books a motel block with no accessible rooms',
    domain: 'group lodging for evacuees',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Oliver is on evacuation order. We need group lodging in Penticton for 180 evacuees tonight (19 Aug 2027), including 34 residents of Sunnybank Care Home who use wheelchairs, plus ESS volunteers for the reception desk and a place for pets. Put it together for the EOC.',
    topology: {
      shape: 'fanout',
      planner: 'reception_planner',
      workers: ['group_lodging_booker', 'ess_volunteer_scheduler', 'pet_shelter_finder'],
      aggregator: 'reception_aggregator',
    },
    agents: [
      {
        name: 'reception_planner',
        description: 'Splits reception centre work for the RDOS EOC',
        instructions: 'Write one brief per worker.',
        replies: [
          {
            plan: {
              group_lodging_booker:
                'Group lodging in Penticton for 180 evacuees from Oliver, night of 19 Aug 2027 (3 nights to start). 34 of them are Sunnybank Care Home residents in wheelchairs: they need wheelchair-accessible rooms (ground floor or elevator, roll-in showers where possible).',
              ess_volunteer_scheduler:
                'ESS volunteers for the Penticton reception desk (Penticton Trade and Convention Centre), 19 Aug 16:00 to 20 Aug 08:00, two shifts.',
              pet_shelter_finder:
                'Pet space in Penticton for Oliver evacuees, est. 45 dogs and cats, from 19 Aug evening.',
            },
          },
        ],
      },
      {
        name: 'group_lodging_booker',
        description: 'Books group lodging under the ESS lodging agreements',
        instructions: 'Book lodging as the brief says and report the booking.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'book_group_lodging',
            args: { city: 'Penticton', guests: 180, check_in: '2027-08-19', nights: 3 },
            result:
              '{"booking": "ESS-LDG-27-40917", "property": "Lakeside Motor Inn block (Skaha Lake Rd)", "rooms": 72, "beds": 182, "accessible_rooms": 0, "floors": "2-storey, exterior stairs", "rate_cad": 139.00}',
          },
          {
            say: 'Booked ESS-LDG-27-40917: Lakeside Motor Inn block on Skaha Lake Rd, 72 rooms / 182 beds for 180 evacuees, 19–22 Aug, CAD 139.00 per room-night.',
          },
        ],
      },
      {
        name: 'ess_volunteer_scheduler',
        description: 'Schedules ESS volunteers',
        instructions: 'Fill the reception desk shifts.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'schedule_volunteers',
            args: { site: 'PTCC', shifts: ['2027-08-19T16:00/00:00', '2027-08-20T00:00/08:00'] },
            result:
              '{"filled": {"16:00-00:00": 8, "00:00-08:00": 5}, "team_leads": ["D. Kruger", "S. Bains"]}',
          },
          {
            say: 'Reception desk staffed: 8 volunteers 16:00–00:00 (lead D. Kruger), 5 volunteers 00:00–08:00 (lead S. Bains).',
          },
        ],
      },
      {
        name: 'pet_shelter_finder',
        description: 'Finds emergency space for evacuee pets',
        instructions: 'Find pet space.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'find_pet_shelter',
            args: { city: 'Penticton', animals: 45 },
            result:
              '{"site": "Penticton Exhibition Grounds, barn B", "kennels": 60, "partner": "BC SPCA Penticton"}',
          },
          { say: 'Pets: Penticton Exhibition Grounds barn B, 60 kennels, run with BC SPCA Penticton.' },
        ],
      },
      {
        name: 'reception_aggregator',
        description: 'Writes the reception plan for the EOC',
        instructions: 'Merge the results into one plan.',
        replies: [
          {
            say: '## Oliver evacuees — Penticton reception, 19 Aug 2027\n\n| item | arrangement |\n|---|---|\n| Lodging (180 incl. Sunnybank Care Home) | ESS-LDG-27-40917, Lakeside Motor Inn block, 72 rooms / 182 beds, 19–22 Aug |\n| Reception desk (PTCC) | 8 volunteers 16:00–00:00, 5 volunteers 00:00–08:00 |\n| Pets | Exhibition Grounds barn B, 60 kennels, BC SPCA |\n\nAll three in place for tonight.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'reception_planner', to: 'group_lodging_booker' },
      agent: 'group_lodging_booker',
    },
  }),
  defineScenario({
    id: 'triage-order-route-receives-generic-queue-prompt',
    title:
      'Incident triage classifies the Barriere upgrade as an ORDER, but the program hands the order issuer a generic queue prompt; it issues the next queued item (a rescind for Louis Creek) instead',
    domain: 'evacuation order issuance',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'RCMP and BCWS report that fire K20655 jumped the North Thompson River at 15:20. Upgrade the Barriere evacuation alert EA-TNRD-2027-031 (Barriere townsite, 1,030 properties) to an evacuation order immediately and get it broadcast.',
    topology: {
      shape: 'branch',
      classifier: 'incident_triage',
      routes: { ORDER: 'order_issuer', ALERT: 'alert_issuer' },
      after: 'broadcast_editor',
    },
    program: {
      lose: { to: 'order_issuer', prompt: 'New item in the evacuation queue. Please process it.' },
    },
    agents: [
      {
        name: 'incident_triage',
        description: 'Classifies incoming evacuation requests',
        instructions: 'Answer ORDER, ALERT or INFO with the details the issuer needs.',
        replies: [
          {
            say: 'ORDER — upgrade EA-TNRD-2027-031 (Barriere townsite, 1,030 properties) to an Evacuation Order now; K20655 crossed the North Thompson at 15:20.',
          },
        ],
      },
      {
        name: 'order_issuer',
        description: 'Issues evacuation orders and rescinds in the TNRD system',
        instructions: 'Process the evacuation item you are given and report what was issued.',
        prompt: 'Triage:\n{input}',
        replies: [
          {
            call: 'get_queue_item',
            args: { queue: 'TNRD-EVAC', position: 'next' },
            result:
              '{"item": "Q-7714", "type": "RESCIND", "ref": "EO-TNRD-2027-019", "area": "Louis Creek", "properties": 84, "requested_by": "BCWS IC K20655", "requested": "2027-08-20T11:05"}',
          },
          {
            call: 'issue_evac_document',
            args: { type: 'RESCIND', ref: 'EO-TNRD-2027-019', area: 'Louis Creek' },
            result:
              '{"doc": "RSC-TNRD-2027-019", "status": "SIGNED", "signed_by": "TNRD CAO", "time": "15:31"}',
          },
          {
            say: 'Processed Q-7714: RSC-TNRD-2027-019 signed 15:31, order EO-TNRD-2027-019 for Louis Creek (84 properties) rescinded; residents may return.',
          },
        ],
      },
      {
        name: 'alert_issuer',
        description: 'Issues evacuation alerts',
        instructions: 'Issue the alert.',
        replies: [{ say: 'No alert issued.' }],
      },
      {
        name: 'broadcast_editor',
        description: 'Prepares the broadcast for radio, Alertable and social media',
        instructions: 'Write the broadcast text for what was issued.',
        prompt: 'Issued:\n{input}',
        replies: [
          {
            say: '**TNRD update 15:35** — The Evacuation Order for **Louis Creek** (EO-TNRD-2027-019, 84 properties) has been **rescinded** (RSC-TNRD-2027-019). Residents may return home; please drive carefully and watch for crews on Highway 5. Returning residents can call ESS at 1-800-585-9559 for support.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'incident_triage', to: 'order_issuer' },
      agent: 'order_issuer',
    },
  }),
  defineScenario({
    id: 'lytton-no-vehicle-count-dropped-digit',
    title:
      'The population analyst reads 212 residents without vehicles from the registry but reports 112; the director briefs logistics on 112 and only three buses are sent',
    domain: 'evacuation population estimates',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Lytton and the Lytton First Nation-adjacent rural areas along Highway 12 (Electoral Area I) are going to order this afternoon. How many residents have no vehicle, and get enough buses staged at the Lytton fire hall by 15:00.',
    topology: {
      shape: 'nested',
      top: 'eoc_director',
      teams: {
        planning_section_chief: ['population_analyst'],
        logistics_section_chief: ['fleet_coordinator'],
      },
    },
    agents: [
      {
        name: 'eoc_director',
        description: 'Director of the TNRD emergency operations centre',
        instructions: 'Get the no-vehicle count from planning, then have logistics stage buses, then report.',
        replies: [
          {
            handoff: 'planning_section_chief',
            message:
              'Electoral Area I (Lytton + Hwy 12): how many residents have no vehicle for the order this afternoon?',
          },
          {
            handoff: 'logistics_section_chief',
            message:
              'Stage buses at the Lytton fire hall by 15:00 for 112 residents without vehicles (Area I), 50-seat coaches, plus one accessible bus.',
          },
          {
            say: '## Area I order — transport\n\n- Residents without vehicles: **112** (registry + ESS pre-registration)\n- Staged at Lytton fire hall by 15:00: **3 coaches** incl. 1 accessible (BUS-TNRD-27-0911)\n\nTransport covered for the order.',
          },
        ],
      },
      {
        name: 'planning_section_chief',
        description: 'Leads the planning section',
        instructions: 'Get the figures from your analyst and report them.',
        replies: [
          {
            handoff: 'population_analyst',
            message: 'No-vehicle resident count for Area I (Lytton and Hwy 12 corridor).',
          },
          { say: 'Area I: 112 residents without a vehicle, per the analyst.' },
        ],
      },
      {
        name: 'population_analyst',
        description: 'Pulls population and vulnerability figures from the registries',
        instructions: 'Query the registry and report the count.',
        replies: [
          {
            call: 'query_vulnerable_registry',
            args: { district: 'TNRD', area: 'I', fields: ['no_vehicle', 'mobility_aid'] },
            result:
              '{"area": "I", "zones": [{"zone": "Lytton village", "no_vehicle": 131, "mobility_aid": 17}, {"zone": "Hwy 12 north", "no_vehicle": 58, "mobility_aid": 6}, {"zone": "Botanie Valley Rd", "no_vehicle": 23, "mobility_aid": 2}], "total_no_vehicle": 212, "total_mobility_aid": 25, "as_of": "2027-08-21"}',
          },
          {
            say: 'Area I no-vehicle residents (registry 21 Aug): Lytton village 131, Hwy 12 north 58, Botanie Valley Rd 23 — **total 112**, of whom 25 use mobility aids.',
          },
        ],
      },
      {
        name: 'logistics_section_chief',
        description: 'Leads the logistics section',
        instructions: 'Get transport staged and report.',
        replies: [
          {
            handoff: 'fleet_coordinator',
            message: 'Stage coaches at Lytton fire hall by 15:00 for 112 people, include one accessible bus.',
          },
          { say: '3 coaches (1 accessible) staged at Lytton fire hall for 15:00, booking BUS-TNRD-27-0911.' },
        ],
      },
      {
        name: 'fleet_coordinator',
        description: 'Books and stages buses',
        instructions: 'Book buses for the number of people given.',
        replies: [
          {
            call: 'stage_buses',
            args: { site: 'Lytton fire hall', by: '2027-08-21T15:00', passengers: 112, accessible: 1 },
            result:
              '{"booking": "BUS-TNRD-27-0911", "coaches": 3, "seats": 142, "accessible": 1, "operator": "Fraser Canyon Transit"}',
          },
          {
            say: 'BUS-TNRD-27-0911: 3 coaches, 142 seats incl. 1 accessible, Fraser Canyon Transit, at the fire hall by 15:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'population_analyst', to: 'planning_section_chief' },
      agent: 'population_analyst',
    },
  }),
  defineScenario({
    id: 'west-kelowna-intake-hands-on-nine-mobility-cases',
    title:
      'ESS intake reads 19 registrants needing mobility assistance but transfers to the transport booker with 9; only 9 accessible seats are booked',
    domain: 'accessible evacuation transport',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'West Kelowna Estates is on order. ESS pre-registrations for the area show people who need help getting out. Pull the registrations and book accessible transport (HandyDART or equivalent) for everyone who needs mobility assistance, pick-up from home by 18:00.',
    topology: {
      shape: 'swarm',
      entry: 'ess_intake',
      agents: ['ess_intake', 'transport_booker'],
    },
    agents: [
      {
        name: 'ess_intake',
        description: 'Reads ESS pre-registrations for an order area',
        instructions: 'Pull the registrations and hand the transport needs to the transport booker.',
        replies: [
          {
            call: 'ess_registrations',
            args: { order: 'EO-RDCO-2027-008', area: 'West Kelowna Estates' },
            result:
              '{"order": "EO-RDCO-2027-008", "households": 86, "people": 214, "mobility_assistance": 19, "mobility_breakdown": {"wheelchair": 7, "walker": 9, "stretcher": 3}, "oxygen_dependent": 4}',
          },
          {
            handoff: 'transport_booker',
            message:
              'EO-RDCO-2027-008, West Kelowna Estates: 86 households / 214 people registered. 9 need mobility assistance for pick-up from home (7 wheelchair, 2 walker), 4 are oxygen dependent. Pick-up by 18:00.',
          },
        ],
      },
      {
        name: 'transport_booker',
        description: 'Books accessible transport for evacuees',
        instructions: 'Book accessible home pick-ups and report.',
        replies: [
          {
            call: 'book_accessible_transport',
            args: { order: 'EO-RDCO-2027-008', pickups: 9, wheelchair: 7, oxygen: 4, by: '2027-08-18T18:00' },
            result:
              '{"booking": "HDT-KEL-27-1206", "vehicles": 3, "pickups": 9, "first_pickup": "16:40", "last_dropoff": "17:55"}',
          },
          {
            say: '**Accessible transport booked — EO-RDCO-2027-008**\n\n- HandyDART HDT-KEL-27-1206: 3 vehicles, **9 home pick-ups** (7 wheelchair, 4 oxygen-dependent on board)\n- First pick-up 16:40, last drop-off at the Kelowna reception centre 17:55\n\nEveryone needing mobility assistance is covered before 18:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'ess_intake', to: 'transport_booker' },
      agent: 'ess_intake',
    },
  }),
  defineScenario({
    id: 'vernon-order-draft-resent-without-legal-description',
    title:
      'The legal reviewer asks three times for the parcel legal description and the EDMA section in the order draft; the drafter sends the same draft back each round',
    domain: 'evacuation order legal review',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Draft the evacuation order for the BX Creek area (fire K41203, Regional District of North Okanagan), get legal review and send it to the board chair for signature.',
    topology: {
      shape: 'pipeline',
      order: ['order_drafter', 'legal_reviewer', 'board_chair_office'],
      loop: { from: 'legal_reviewer', to: 'order_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'order_drafter',
        description: 'Drafts evacuation orders',
        instructions: 'Draft the order, or revise it per the reviewer.',
        prompt: 'Task or reviewer notes:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: 'DRAFT EO-RDNO-2027-005 (v1)\nRegional District of North Okanagan — Evacuation Order\nArea: BX Creek, properties east of Silver Star Rd between Tillicum Rd and Star Rd (see map RDNO-K41203-M2).\nHazard: wildfire K41203.\nEffective: on signature.',
          },
          {
            say: 'DRAFT EO-RDNO-2027-005 (v2, updated per review)\nRegional District of North Okanagan — Evacuation Order\nArea: BX Creek, properties east of Silver Star Rd between Tillicum Rd and Star Rd (see map RDNO-K41203-M2).\nHazard: wildfire K41203.\nEffective: on signature.',
          },
          {
            say: 'DRAFT EO-RDNO-2027-005 (v3, reviewer points addressed)\nRegional District of North Okanagan — Evacuation Order\nArea: BX Creek, properties east of Silver Star Rd between Tillicum Rd and Star Rd (see map RDNO-K41203-M2).\nHazard: wildfire K41203.\nEffective: on signature.',
          },
        ],
      },
      {
        name: 'legal_reviewer',
        description: 'Reviews evacuation orders for legal sufficiency',
        instructions: 'Answer "APPROVED: <summary>" or "REVISE: <points>".',
        prompt: 'Draft for review:\n{input}',
        replies: [
          {
            say: 'REVISE: (1) the area needs a legal description — list the parcels by PID or District Lot (DL 72, DL 73, DL 1108 ODYD); (2) cite the authority: Emergency and Disaster Management Act, s. 76, and the RDNO declaration of local emergency number.',
          },
          {
            say: 'REVISE: v2 still has no parcel legal description and no EDMA citation. Both are needed before the chair can sign.',
          },
          {
            say: 'REVISE: v3 is unchanged from v1 — still no DL/PID list and no statutory authority. I cannot clear it for signature.',
          },
        ],
      },
      {
        name: 'board_chair_office',
        description: 'Office of the RDNO board chair',
        instructions: 'Prepare the order for signature or report why it cannot be signed.',
        prompt: 'Legal review result:\n{input}',
        replies: [
          {
            say: 'EO-RDNO-2027-005 (BX Creek) not put to the chair: legal review did not clear it after three rounds (missing parcel legal description and EDMA s. 76 authority). BX Creek residents remain on alert only; escalated to the RDNO CAO at 17:20.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'order_drafter', to: 'legal_reviewer' },
      agent: 'order_drafter',
    },
  }),
  defineScenario({
    id: 'structure-triage-table-breaks-spu-dispatch',
    title:
      'Structure triage answers with a markdown list instead of the JSON the sprinkler-unit dispatch job reads; the program throws and the SPU scheduler never runs',
    domain: 'structure protection unit dispatch',
    mast: ['FM-1.2', 'FM-3.1'],
    request:
      'Fire K52031 is 2 km from the Celista subdivision (CSRD Area F). Triage the structures that need sprinkler protection and dispatch structure protection units (SPUs) for tonight.',
    topology: {
      shape: 'pipeline',
      order: ['fire_info_intake', 'structure_triage', 'spu_scheduler'],
    },
    program: {
      crash: {
        agent: 'structure_triage',
        error:
          'SyntaxError: Unexpected token \'*\', "**Celista "... is not valid JSON (at readTriage, spu-dispatch.ts:57)',
      },
    },
    agents: [
      {
        name: 'fire_info_intake',
        description: 'Summarises the current fire situation for structure protection',
        instructions: 'Summarise the fire threat for triage.',
        replies: [
          {
            call: 'bcws_fire_status',
            args: { fire: 'K52031' },
            result:
              '{"fire": "K52031", "size_ha": 3410, "distance_to_celista_km": 2.0, "rate_of_spread_m_per_h": 120, "wind": "SW 20 km/h gusting 40", "stage_of_control": "OUT OF CONTROL"}',
          },
          {
            say: 'K52031: 3,410 ha, out of control, 2.0 km from Celista, spreading ~120 m/h toward the NE on SW winds 20 km/h gusting 40.',
          },
        ],
      },
      {
        name: 'structure_triage',
        description: 'Triages structures for sprinkler protection; its answer is read by the dispatch job',
        instructions:
          'Triage structures. Answer with JSON only: {"zone", "structures": [{"address", "priority"}], "spu_needed"}.',
        prompt: 'Fire status:\n{input}',
        replies: [
          {
            call: 'structure_inventory',
            args: { area: 'Celista', radius_km: 3 },
            result:
              '{"structures": 146, "defendable": 118, "priority_1": ["4790 Squilax-Anglemont Rd", "4812 Squilax-Anglemont Rd", "Celista Hall, 4841 Squilax-Anglemont Rd"], "water_sources": ["Shuswap Lake", "Celista Creek"]}',
          },
          {
            say: '**Celista triage — K52031**\n\n- 146 structures within 3 km, 118 defendable\n- Priority 1: 4790 and 4812 Squilax-Anglemont Rd, Celista Hall\n- Water: Shuswap Lake, Celista Creek\n- SPUs needed: **3** (one trailer per 40 structures)',
          },
        ],
      },
      {
        name: 'spu_scheduler',
        description: 'Dispatches structure protection units',
        instructions: 'Dispatch SPU trailers and crews.',
        prompt: 'Triage:\n{input}',
        replies: [
          {
            say: '3 SPU trailers dispatched to Celista with crews from Salmon Arm FD and the SPU task force.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'structure_triage', to: 'spu_scheduler' },
      agent: 'structure_triage',
    },
  }),
  defineScenario({
    id: 'alertready-polygon-rejected-broadcaster-reports-issued',
    title:
      'NAADS rejects the AlertReady broadcast (polygon over the vertex limit); the alert broadcaster tells the duty officer the alert went out',
    domain: 'emergency alert broadcasting',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'Evacuation Order EO-CRD-2027-011 for the Cariboo Regional District, Area L (Forest Grove and surrounding rural properties) is signed. Broadcast it on AlertReady (cell phones, radio, TV) and make sure Highway 97 northbound closure at 108 Mile is coordinated with DriveBC.',
    topology: {
      shape: 'supervisor',
      coordinator: 'eoc_duty_officer',
      workers: ['alert_broadcaster', 'road_closure_liaison'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'eoc_duty_officer',
        description: 'Duty officer of the Cariboo Regional District EOC',
        instructions: 'Get the alert broadcast and the road closure coordinated, then report.',
        replies: [
          {
            handoff: 'alert_broadcaster',
            message:
              'Broadcast EO-CRD-2027-011 (Area L, Forest Grove) on AlertReady with the signed order polygon.',
          },
          {
            handoff: 'road_closure_liaison',
            message: 'Coordinate the Highway 97 northbound closure at 108 Mile with DriveBC and RCMP.',
          },
          {
            say: '## EO-CRD-2027-011 — Forest Grove\n\n- **AlertReady broadcast issued** (cell, radio, TV) for Area L\n- Highway 97 NB closed at 108 Mile, posted on DriveBC (event DBC-279431), RCMP roadblock in place\n\nAll notifications out.',
          },
        ],
      },
      {
        name: 'alert_broadcaster',
        description: 'Issues public alerts through NAADS / AlertReady',
        instructions: 'Issue the alert and report the result.',
        replies: [
          {
            call: 'naads_issue_alert',
            args: {
              type: 'EVACUATION_ORDER',
              ref: 'EO-CRD-2027-011',
              polygon: 'CRD-AreaL-EO011.geojson',
              broadcast_immediately: true,
            },
            result: {
              error:
                'NAADS 422: polygon CRD-AreaL-EO011 has 1,204 vertices (limit 1,000); alert not transmitted to LMD/BDU/radio. Simplify the polygon and resubmit.',
            },
          },
          {
            say: 'EO-CRD-2027-011 submitted to NAADS for AlertReady distribution (cell, radio, TV) over the Area L order polygon.',
          },
        ],
      },
      {
        name: 'road_closure_liaison',
        description: 'Coordinates highway closures with DriveBC and RCMP',
        instructions: 'Coordinate the closure and report.',
        replies: [
          {
            call: 'drivebc_post_event',
            args: {
              highway: '97',
              direction: 'NB',
              location: '108 Mile Ranch',
              type: 'CLOSURE',
              reason: 'Wildfire',
            },
            result:
              '{"event": "DBC-279431", "status": "PUBLISHED", "detour": "none", "rcmp_roadblock": "100 Mile House detachment"}',
          },
          {
            say: 'Hwy 97 NB closed at 108 Mile: DriveBC DBC-279431 published, RCMP 100 Mile House detachment holding the roadblock.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'alert_broadcaster', to: 'eoc_duty_officer' },
      agent: 'alert_broadcaster',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'sitrep-hectares-restated-as-square-kilometres',
    title:
      'The fire size reporter gives 12,480 ha and ISO dates; the sitrep writer restates it as 124.8 km² and "Aug 16" with the same evacuee counts',
    domain: 'wildfire situation reports',
    mast: ['FM-2.4', 'FM-1.4'],
    request:
      'Evening situation report for the Okanagan evacuation cluster (fires K52216 and K52240) for the Provincial EOC: current size of each fire and the number of people under order and alert.',
    topology: {
      shape: 'fanout',
      planner: 'sitrep_planner',
      workers: ['fire_size_reporter', 'evacuee_counter'],
      aggregator: 'sitrep_writer',
    },
    agents: [
      {
        name: 'sitrep_planner',
        description: 'Plans the situation report',
        instructions: 'One brief per worker.',
        replies: [
          {
            plan: {
              fire_size_reporter:
                'Current mapped size (ha) and stage of control for K52216 and K52240, as of today.',
              evacuee_counter:
                'People and properties under evacuation order and under alert for the K52216/K52240 cluster.',
            },
          },
        ],
      },
      {
        name: 'fire_size_reporter',
        description: 'Reports fire size from BCWS mapping',
        instructions: 'Report size and stage of control.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'bcws_mapping',
            args: { fires: ['K52216', 'K52240'] },
            result:
              '[{"fire": "K52216", "size_ha": 12480, "mapped": "2027-08-16T19:05", "stage": "OUT OF CONTROL"}, {"fire": "K52240", "size_ha": 860, "mapped": "2027-08-16T18:40", "stage": "BEING HELD"}]',
          },
          {
            say: 'K52216: 12,480 ha (mapped 2027-08-16 19:05), out of control. K52240: 860 ha (mapped 2027-08-16 18:40), being held.',
          },
        ],
      },
      {
        name: 'evacuee_counter',
        description: 'Counts people and properties under orders and alerts',
        instructions: 'Report order and alert counts.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'evac_counts',
            args: { fires: ['K52216', 'K52240'] },
            result:
              '{"order": {"properties": 1412, "people_est": 3118}, "alert": {"properties": 2967, "people_est": 6540}, "orders": ["EO-RDCO-2027-012", "EO-RDOS-2027-007"], "alerts": ["EA-RDCO-2027-015"]}',
          },
          {
            say: 'Under order: 1,412 properties / ~3,118 people (EO-RDCO-2027-012, EO-RDOS-2027-007). Under alert: 2,967 properties / ~6,540 people (EA-RDCO-2027-015).',
          },
        ],
      },
      {
        name: 'sitrep_writer',
        description: 'Writes the situation report',
        instructions: 'Merge the results into the sitrep.',
        replies: [
          {
            say: '## Okanagan cluster — sitrep, Aug 16, 2027 (evening)\n\n| fire | size | mapped | stage |\n|---|---|---|---|\n| K52216 | 124.8 km² (12,480 ha) | Aug 16, 19:05 | Out of control |\n| K52240 | 8.6 km² (860 ha) | Aug 16, 18:40 | Being held |\n\n**Evacuations:** order — 1,412 properties, about 3,118 people (EO-RDCO-2027-012, EO-RDOS-2027-007); alert — 2,967 properties, about 6,540 people (EA-RDCO-2027-015).',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'low_quality_output / stale_context: fire sizes converted from hectares to km² and dates reformatted, same values',
  }),
  defineScenario({
    id: 'barriere-alert-upgraded-call-script-uses-order',
    title:
      'The order status checker reports the 11:30 alert was upgraded to an order at 16:05; the router briefs the call centre with the order and mentions the alert only as replaced',
    domain: 'public information call centre',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'The public inquiry line for the Barriere area is getting a lot of calls. Check the current evacuation status for the Barriere townsite and give the call-takers an updated script.',
    topology: {
      shape: 'network',
      coordinator: 'eoc_router',
      workers: ['order_status_checker', 'call_centre_briefer'],
    },
    agents: [
      {
        name: 'eoc_router',
        description: 'Routes public information tasks in the TNRD EOC',
        instructions: 'Check the current status, then get the script written, then finish.',
        replies: [
          {
            handoff: 'order_status_checker',
            message: 'Current evacuation status for the Barriere townsite?',
          },
          {
            handoff: 'call_centre_briefer',
            message:
              'Barriere townsite is now under Evacuation ORDER EO-TNRD-2027-033 since 16:05 (1,030 properties); the 11:30 alert EA-TNRD-2027-031 is replaced by it. Reception centre: Kamloops, McArthur Island Sport Centre. Write the call-taker script.',
          },
          {
            say: 'Call-taker script for Barriere updated to the 16:05 order EO-TNRD-2027-033 and sent to the inquiry line supervisors.',
          },
        ],
      },
      {
        name: 'order_status_checker',
        description: 'Looks up orders and alerts in force',
        instructions: 'Report what is in force for the area.',
        replies: [
          {
            call: 'evac_status',
            args: { area: 'Barriere townsite' },
            result:
              '{"area": "Barriere townsite", "in_force": {"type": "ORDER", "id": "EO-TNRD-2027-033", "since": "2027-08-20T16:05", "properties": 1030}, "history": [{"type": "ALERT", "id": "EA-TNRD-2027-031", "since": "2027-08-20T11:30", "status": "UPGRADED"}], "reception_centre": "McArthur Island Sport Centre, Kamloops"}',
          },
          {
            say: 'Barriere townsite: ORDER EO-TNRD-2027-033 in force since 16:05 (1,030 properties). It upgraded alert EA-TNRD-2027-031 (11:30). Reception centre: McArthur Island Sport Centre, Kamloops.',
          },
        ],
      },
      {
        name: 'call_centre_briefer',
        description: 'Writes scripts for public inquiry call-takers',
        instructions: 'Write a short, clear call-taker script.',
        replies: [
          {
            say: '### Call-taker script — Barriere townsite (from 16:05)\n\n1. "The Barriere townsite is under an **Evacuation Order** (EO-TNRD-2027-033) as of 4:05 pm. Residents must leave now."\n2. If the caller mentions the morning alert: "The 11:30 alert has been upgraded to an order; please do not wait."\n3. Reception centre: **McArthur Island Sport Centre, Kamloops**. Register at ess.gov.bc.ca.\n4. Medical emergencies: 911.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'stale_context: the superseded 11:30 alert is still mentioned, but every agent acts on the 16:05 order',
  }),
  defineScenario({
    id: 'ess-portal-503-retried-then-registered',
    title:
      'The ERA portal returns 503 on the first bulk registration; the registrar retries, gets all 58 files and reports both attempts',
    domain: 'ESS evacuee registration',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'The 58 paper registrations taken at the Williams Lake reception centre overnight (Cariboo Memorial Recreation Complex) need to go into the ESS ERA portal, and the evacuees without lodging need hotel referrals for tonight.',
    topology: {
      shape: 'supervisor',
      coordinator: 'reception_centre_lead',
      workers: ['ess_registrar', 'lodging_referrer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'reception_centre_lead',
        description: 'Leads the Williams Lake reception centre',
        instructions: 'Get the registrations entered and lodging referrals issued, then report.',
        replies: [
          {
            handoff: 'ess_registrar',
            message:
              'Enter the 58 overnight paper registrations (batch WL-0823-N) into ERA and tell me who needs lodging.',
          },
          {
            handoff: 'lodging_referrer',
            message:
              'Issue hotel referrals for tonight (23 Aug) for the 21 files flagged as needing lodging in batch WL-0823-N.',
          },
          {
            say: '**Williams Lake reception — overnight batch WL-0823-N**\n\n- 58/58 registrations in ERA (second attempt, after a 503 on the first)\n- 21 files needing lodging: referrals issued, 19 rooms at 3 hotels for 23 Aug\n\nNothing outstanding.',
          },
        ],
      },
      {
        name: 'ess_registrar',
        description: 'Enters registrations into the ESS Evacuee Registration and Assistance (ERA) portal',
        instructions: 'Enter the registrations; retry transient errors; report what was entered.',
        replies: [
          {
            call: 'era_bulk_register',
            args: { batch: 'WL-0823-N', files: 58 },
            result: {
              error: 'ERA 503 Service Unavailable (upstream timeout), no files committed. Retry-After: 60',
            },
          },
          {
            call: 'era_bulk_register',
            args: { batch: 'WL-0823-N', files: 58 },
            result:
              '{"batch": "WL-0823-N", "committed": 58, "failed": 0, "needs_lodging": 21, "ess_file_range": "ESS-270823-10412..10469"}',
            waitMs: 60000,
          },
          {
            say: 'Batch WL-0823-N: first submission got ERA 503 (nothing committed); retried after 60 s and all 58 committed (ESS-270823-10412 to -10469). 21 files need lodging tonight.',
          },
        ],
      },
      {
        name: 'lodging_referrer',
        description: 'Issues ESS lodging referrals',
        instructions: 'Issue hotel referrals and report.',
        replies: [
          {
            call: 'issue_lodging_referrals',
            args: { batch: 'WL-0823-N', files: 21, night: '2027-08-23' },
            result:
              '{"referrals": 21, "rooms": 19, "hotels": {"Super 8 Williams Lake": 8, "Drummond Lodge": 6, "Coast Fraser Inn": 5}}',
          },
          {
            say: '21 referrals issued for 23 Aug: 19 rooms (Super 8 8, Drummond Lodge 6, Coast Fraser Inn 5).',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'agent_error: a tool error that the registrar handled with a retry and reported',
  }),
  defineScenario({
    id: 'drivebc-post-fails-closure-notice-says-so',
    title:
      'The DriveBC event post fails; the highway liaison hands over saying the closure is RCMP-confirmed but not yet on DriveBC, and the notice says exactly that',
    domain: 'highway closures during evacuations',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'RCMP have closed Highway 99 between Pemberton and Lillooet (Duffey Lake Road) because of fire K71102. Get the closure posted and put out a public notice for travellers.',
    topology: {
      shape: 'swarm',
      entry: 'highway_liaison',
      agents: ['highway_liaison', 'traveller_notice_writer'],
    },
    agents: [
      {
        name: 'highway_liaison',
        description: 'Coordinates highway closures with DriveBC and RCMP',
        instructions: 'Post the closure and hand over to the notice writer with its status.',
        replies: [
          {
            call: 'drivebc_post_event',
            args: {
              highway: '99',
              segment: 'Pemberton-Lillooet',
              type: 'CLOSURE',
              reason: 'Wildfire K71102',
            },
            result: { error: 'DriveBC API 401: token for account EOC-SLRD expired; event not created' },
          },
          {
            handoff: 'traveller_notice_writer',
            message:
              'Hwy 99 Pemberton–Lillooet: closed by RCMP at 13:10 (roadblocks at Pemberton Portage Rd and Lillooet Seton Portage turn-off). DriveBC post FAILED (401, our token expired) — it is not on DriveBC yet; I have asked the MOTI duty officer to post it. Detour: Hwy 1 / Hwy 12 via Lytton.',
          },
        ],
      },
      {
        name: 'traveller_notice_writer',
        description: 'Writes traveller notices',
        instructions: 'Write the public notice from the handover.',
        replies: [
          {
            say: '**Highway 99 (Duffey Lake Road) CLOSED between Pemberton and Lillooet** — wildfire K71102\n\n- Closed by RCMP since 1:10 pm; no estimated reopening.\n- Detour: Highway 1 and Highway 12 via Lytton.\n- The closure may not yet appear on DriveBC; it is in effect now — do not travel to the roadblocks.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'agent_error: the tool error is reported honestly in the handover and in the final notice',
  }),
  defineScenario({
    id: 'evac-map-one-qa-round-then-published',
    title:
      'GIS QA sends the evacuation map back once (missing the Magna Bay addresses); the drafter adds them and the map is approved and published',
    domain: 'evacuation area mapping',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Produce the public evacuation map for order EO-CSRD-2027-014 rev B (Scotch Creek, Lee Creek, Magna Bay, Anglemont, 1,185 properties), get GIS QA and publish it on the CSRD emergency map.',
    topology: {
      shape: 'pipeline',
      order: ['evac_map_drafter', 'gis_qa_reviewer', 'map_publisher'],
      loop: { from: 'gis_qa_reviewer', to: 'evac_map_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'evac_map_drafter',
        description: 'Builds evacuation area maps',
        instructions: 'Build the map or fix it per QA.',
        prompt: 'Task or QA notes:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: 'MAP EO-CSRD-014-B v1: polygon 4 parts (Scotch Creek, Lee Creek, Magna Bay, Anglemont), 1,042 address points joined, legend + reception centre inset.',
          },
          {
            say: 'MAP EO-CSRD-014-B v2: Magna Bay part re-joined to the 2027 address layer — 143 missing points added, 1,185 address points total; polygon unchanged.',
          },
        ],
      },
      {
        name: 'gis_qa_reviewer',
        description: 'QA for public GIS products',
        instructions: 'Answer "APPROVED: <summary>" or "REVISE: <points>".',
        prompt: 'Map for QA:\n{input}',
        replies: [
          {
            say: 'REVISE: 1,042 address points vs 1,185 properties in the order — Magna Bay is joined to the 2019 address layer. Re-join to the current layer.',
          },
          { say: 'APPROVED: v2 has 1,185 address points matching the order; polygon and legend OK.' },
        ],
      },
      {
        name: 'map_publisher',
        description: 'Publishes maps to the CSRD emergency map',
        instructions: 'Publish the approved map.',
        prompt: 'QA result:\n{input}',
        replies: [
          {
            call: 'publish_map',
            args: { map: 'EO-CSRD-014-B', version: 2 },
            result: '{"url": "https://csrd.emergencymap.ca/eo-2027-014-b", "published": "2027-08-17T08:12"}',
          },
          {
            say: 'EO-CSRD-2027-014 rev B map (v2, 1,185 addresses) published 08:12: csrd.emergencymap.ca/eo-2027-014-b.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'handoff_loop: one QA round with a real change, then approval',
  }),
  defineScenario({
    id: 'adams-lake-buses-exclude-band-managed-reserve',
    title:
      'The transport plan for the Area F order leaves out Sahhaltkum IR 4, whose evacuation the Adams Lake Indian Band EOC runs itself; long texts full of ids and counts',
    domain: 'multi-jurisdiction evacuation transport',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Area F order rev B: book buses for registered residents without transport in Scotch Creek, Lee Creek, Magna Bay and Anglemont. Sahhaltkum IR 4 is under the Adams Lake Indian Band EOC, which runs its own evacuation with ISC — do not include it. Give me a consolidated list.',
    topology: {
      shape: 'nested',
      top: 'regional_eoc_director',
      teams: { ess_branch_lead: ['registration_clerk'], transport_branch_lead: ['bus_scheduler'] },
    },
    agents: [
      {
        name: 'regional_eoc_director',
        description: 'Director of the CSRD EOC',
        instructions: 'Get the transport need from ESS, buses from transport, and report.',
        replies: [
          {
            handoff: 'ess_branch_lead',
            message:
              'Registered residents without transport, Area F rev B communities (exclude Sahhaltkum IR 4 — Band EOC).',
          },
          {
            handoff: 'transport_branch_lead',
            message:
              'Buses for 73 residents without transport: Scotch Creek 31, Lee Creek 12, Magna Bay 18, Anglemont 12. Pick-up points SC-P1, LC-P1, MB-P1, AN-P1. IR 4 is not ours.',
          },
          {
            say: '## Area F rev B — bus plan (CSRD EOC)\n\n| community | residents | pick-up | bus |\n|---|---|---|---|\n| Scotch Creek | 31 | SC-P1 (Scotch Creek Hall) | BUS-CSRD-27-0451 |\n| Lee Creek | 12 | LC-P1 (Lee Creek store) | BUS-CSRD-27-0452 |\n| Magna Bay | 18 | MB-P1 (Magna Bay boat launch) | BUS-CSRD-27-0452 |\n| Anglemont | 12 | AN-P1 (Anglemont fire hall) | BUS-CSRD-27-0453 |\n\n**Total 73**, 3 coaches, first pick-up 11:30. Sahhaltkum IR 4 is handled by the Adams Lake Indian Band EOC with ISC and is not in this plan.',
          },
        ],
      },
      {
        name: 'ess_branch_lead',
        description: 'Leads the ESS branch',
        instructions: 'Get counts from registration and report.',
        replies: [
          {
            handoff: 'registration_clerk',
            message:
              'ERA counts, no-transport flag, Area F rev B: Scotch Creek, Lee Creek, Magna Bay, Anglemont.',
          },
          {
            say: 'No-transport residents: Scotch Creek 31, Lee Creek 12, Magna Bay 18, Anglemont 12 — 73 total.',
          },
        ],
      },
      {
        name: 'registration_clerk',
        description: 'Queries ERA registrations',
        instructions: 'Query and report.',
        replies: [
          {
            call: 'era_query',
            args: {
              order: 'EO-CSRD-2027-014-B',
              communities: ['Scotch Creek', 'Lee Creek', 'Magna Bay', 'Anglemont'],
              flag: 'NO_TRANSPORT',
            },
            result:
              '{"order": "EO-CSRD-2027-014-B", "counts": {"Scotch Creek": 31, "Lee Creek": 12, "Magna Bay": 18, "Anglemont": 12}, "total": 73, "files": "ESS-270817-20031..20103", "excluded_jurisdictions": ["Sahhaltkum IR 4 (ALIB EOC)"]}',
          },
          {
            say: 'EO-CSRD-2027-014-B, NO_TRANSPORT: Scotch Creek 31, Lee Creek 12, Magna Bay 18, Anglemont 12 = 73 (files ESS-270817-20031..20103). IR 4 not in CSRD ERA scope.',
          },
        ],
      },
      {
        name: 'transport_branch_lead',
        description: 'Leads the transport branch',
        instructions: 'Get buses scheduled and report.',
        replies: [
          {
            handoff: 'bus_scheduler',
            message:
              '73 riders: SC-P1 31, LC-P1 12, MB-P1 18, AN-P1 12. Coaches to Salmon Arm Recreation Centre.',
          },
          {
            say: '3 coaches: 0451 Scotch Creek, 0452 Lee Creek + Magna Bay, 0453 Anglemont; first pick-up 11:30.',
          },
        ],
      },
      {
        name: 'bus_scheduler',
        description: 'Schedules coaches',
        instructions: 'Schedule coaches and report.',
        replies: [
          {
            call: 'schedule_coaches',
            args: {
              stops: { 'SC-P1': 31, 'LC-P1': 12, 'MB-P1': 18, 'AN-P1': 12 },
              destination: 'Salmon Arm Recreation Centre',
            },
            result:
              '{"coaches": [{"id": "BUS-CSRD-27-0451", "stops": ["SC-P1"], "seats": 56, "pickup": "11:30"}, {"id": "BUS-CSRD-27-0452", "stops": ["LC-P1", "MB-P1"], "seats": 56, "pickup": "11:45"}, {"id": "BUS-CSRD-27-0453", "stops": ["AN-P1"], "seats": 28, "pickup": "12:05"}]}',
          },
          {
            say: 'BUS-CSRD-27-0451 SC-P1 11:30 (56 seats); BUS-CSRD-27-0452 LC-P1 + MB-P1 11:45 (56); BUS-CSRD-27-0453 AN-P1 12:05 (28). All to Salmon Arm Recreation Centre.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'misunderstood_task: a reserve community is left out, as the request says, because the Band EOC runs its own evacuation',
  }),
];

export const blindBatch179Scenarios = [...faults, ...healthy];
