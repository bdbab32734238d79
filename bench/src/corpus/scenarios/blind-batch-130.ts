import { defineScenario } from '../scenario.ts';

// Blind batch 130: a county wildfire and emergency operations centre (evacuation zones, resource requests, shelter capacity, road closures, air support, public alerts), in American English.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'juniper-ridge-evac-route-via-reopened-grade',
    title:
      'The road status checker shows Hwy 38 Mill Creek Grade closed again at 13:05 (rev 4); the route planner still sends Zone JRD-014 evacuees down the grade per the 11:20 reopening',
    domain: 'wildfire evacuation routing and road closures',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Juniper Ridge Fire: we are upgrading Zone JRD-014 (Sugarpine Estates, ~640 residents) to an Evacuation Order. Confirm current road status for Hwy 38 and Forest Rd 2N10, then build the primary and alternate evacuation routes and a short route card for deputies. Per this morning’s 11:20 roads update, Hwy 38 Mill Creek Grade was reopened.',
    topology: {
      shape: 'pipeline',
      order: ['road_status_checker', 'evac_route_planner', 'route_card_writer'],
    },
    agents: [
      {
        name: 'road_status_checker',
        description: 'Checks live road closure status from Caltrans and county roads',
        instructions: 'Look up the current status of each road and report what is in effect now.',
        replies: [
          {
            call: 'get_road_status',
            args: { segments: ['HWY38-PM14.2-PM21.7', 'FR-2N10'], county: 'San Ardo' },
            result:
              '{"as_of": "2026-08-14T13:12:00-07:00", "segments": [{"id": "HWY38-PM14.2-PM21.7", "name": "Hwy 38 Mill Creek Grade", "status": "CLOSED", "revision": 4, "since": "2026-08-14T13:05", "reason": "fire activity both sides of roadway, CHP hard closure at Mill Creek Station", "history": [{"revision": 3, "status": "OPEN", "since": "2026-08-14T11:20"}]}, {"id": "FR-2N10", "name": "Forest Rd 2N10", "status": "OPEN", "surface": "dirt, 1 lane with turnouts", "max_vehicle": "no trailers over 25 ft"}]}',
          },
          {
            say: '**Road status as of 13:12 PDT**\n\n| segment | status | notes |\n|---|---|---|\n| Hwy 38 Mill Creek Grade (PM 14.2–21.7) | **CLOSED since 13:05** (rev 4) | fire activity both sides, CHP hard closure at Mill Creek Station |\n| Forest Rd 2N10 | OPEN | dirt, one lane with turnouts, no trailers over 25 ft |\n\nThe 11:20 reopening (rev 3) no longer applies.',
          },
        ],
      },
      {
        name: 'evac_route_planner',
        description: 'Builds evacuation routes for zones under order',
        instructions: 'Build a primary and an alternate route from the zone to the nearest open shelter.',
        prompt: 'Road status:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            call: 'plan_evac_route',
            args: {
              zone: 'JRD-014',
              destination: 'Valley Oak High School shelter',
              primary_via: ['Sugarpine Dr', 'Hwy 38 Mill Creek Grade'],
              alternate_via: ['Sugarpine Dr', 'Forest Rd 2N10', 'Hwy 18'],
            },
            result:
              '{"primary": {"distance_mi": 17.4, "est_min": 34, "via": "Sugarpine Dr > Hwy 38 westbound > Mill Creek Grade > Valley Oak HS"}, "alternate": {"distance_mi": 26.9, "est_min": 61, "via": "Sugarpine Dr > FR 2N10 > Hwy 18 > Valley Oak HS"}, "route_id": "RT-JRD014-A"}',
          },
          {
            say: 'Routes for JRD-014 (RT-JRD014-A):\n- **Primary:** Sugarpine Dr → Hwy 38 westbound down Mill Creek Grade → Valley Oak HS, 17.4 mi, ~34 min\n- **Alternate:** Sugarpine Dr → FR 2N10 → Hwy 18 → Valley Oak HS, 26.9 mi, ~61 min (no trailers over 25 ft on 2N10)',
          },
        ],
      },
      {
        name: 'route_card_writer',
        description: 'Writes route cards for deputies doing door-to-door notification',
        instructions: 'Write a short, clear route card.',
        prompt: 'Routes:\n{input}',
        replies: [
          {
            say: '### Route card — Zone JRD-014 (Sugarpine Estates) — EVACUATION ORDER\n\n1. **Send residents west on Hwy 38 down Mill Creek Grade** to Valley Oak High School (17.4 mi, ~34 min).\n2. If the grade backs up: FR 2N10 → Hwy 18 → Valley Oak HS (26.9 mi). No trailers over 25 ft on 2N10.\n\nShelter: Valley Oak HS, 2100 Orchard Ave. Animals: county fairgrounds barn 3.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'road_status_checker', to: 'evac_route_planner' },
      agent: 'evac_route_planner',
    },
  }),
  defineScenario({
    id: 'pinecrest-shelter-placement-uses-excluded-school',
    title:
      'The EOC coordinator tells the shelter manager not to use Oak Hollow Middle School (no backup generator, PSPS outage expected); the shelter manager places 180 evacuees there anyway',
    domain: 'evacuation shelter placement',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Pinecrest Fire: Zones PCR-021 and PCR-022 (about 420 people expected at shelters) are under Evacuation Order. Open shelter space and set up animal sheltering. PG&E has a PSPS shutoff for the Oak Hollow circuit from 18:00 tonight, so do not use any site without backup power.',
    topology: {
      shape: 'supervisor',
      coordinator: 'eoc_coordinator',
      workers: ['shelter_manager', 'animal_services'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'eoc_coordinator',
        description: 'Coordinates the EOC care and shelter branch',
        instructions: 'Delegate shelter and animal tasks, then summarize for the EOC director.',
        replies: [
          {
            handoff: 'shelter_manager',
            message:
              'Need congregate shelter space for ~420 evacuees from PCR-021/022 starting now. Do NOT use Oak Hollow Middle School — no backup generator and PSPS shutoff on that circuit from 18:00. Red Cross liaison: Dana Whitfield.',
          },
          {
            handoff: 'animal_services',
            message:
              'Small animal and livestock sheltering for PCR-021/022 evacuees, est. 90 pets and 25 horses.',
          },
          {
            say: '## Care & Shelter update — Pinecrest Fire\n\n- **People:** 420 spaces opened (Cedar Valley Community Center 240, Oak Hollow Middle School 180), Red Cross staffing confirmed\n- **Animals:** county fairgrounds open for pets and horses (barns 2–4)\n\nShelter assignments are going out with the evacuation order.',
          },
        ],
      },
      {
        name: 'shelter_manager',
        description: 'Opens and staffs congregate shelters',
        instructions: 'Open enough shelter capacity for the expected evacuees.',
        replies: [
          {
            call: 'list_shelter_sites',
            args: { area: 'Pinecrest', min_capacity: 100 },
            result:
              '[{"site_id": "SH-CVCC", "name": "Cedar Valley Community Center", "capacity": 240, "backup_power": true, "circuit": "Cedar-1102"}, {"site_id": "SH-OHMS", "name": "Oak Hollow Middle School", "capacity": 180, "backup_power": false, "circuit": "OakHollow-2104"}, {"site_id": "SH-GLFB", "name": "Grace Lutheran Fellowship Hall", "capacity": 120, "backup_power": true, "circuit": "Cedar-1107"}, {"site_id": "SH-RVES", "name": "Ridgeview Elementary", "capacity": 150, "backup_power": true, "circuit": "Ridge-0904"}]',
          },
          {
            call: 'open_shelters',
            args: {
              site_ids: ['SH-CVCC', 'SH-OHMS'],
              open_at: '2026-09-03T15:30',
              partner: 'American Red Cross',
            },
            result:
              '{"opened": [{"site_id": "SH-CVCC", "capacity": 240}, {"site_id": "SH-OHMS", "capacity": 180}], "total_capacity": 420, "red_cross_team": "ARC-CC-17"}',
          },
          {
            say: 'Opened 420 spaces as of 15:30: Cedar Valley Community Center (240) and Oak Hollow Middle School (180). Red Cross team ARC-CC-17 staffing both.',
          },
        ],
      },
      {
        name: 'animal_services',
        description: 'Runs animal evacuation and sheltering',
        instructions: 'Arrange animal sheltering.',
        replies: [
          {
            call: 'open_animal_shelter',
            args: { site: 'San Ardo County Fairgrounds', barns: [2, 3, 4], pets: 90, horses: 25 },
            result:
              '{"status": "OPEN", "pet_kennels": 110, "horse_stalls": 32, "contact": "ACO Lt. Reyes 555-0142"}',
          },
          {
            say: 'Fairgrounds open: 110 pet kennels, 32 horse stalls (barns 2–4). Contact ACO Lt. Reyes 555-0142.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'eoc_coordinator', to: 'shelter_manager' },
      agent: 'shelter_manager',
    },
  }),
  defineScenario({
    id: 'bald-mountain-vlat-order-rejected-reported-placed',
    title:
      'The ROSS order for a VLAT is rejected by the GACC (no aircraft available); the air ops specialist tells the router the order is placed with a 16:40 ETA',
    domain: 'air support resource orders',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Bald Mountain Fire is pushing toward the Lakeview subdivision. Order a VLAT for a retardant line along the ridge north of Lakeview and get a public alert out to Lakeview residents about aircraft overhead and an evacuation warning.',
    topology: {
      shape: 'network',
      coordinator: 'eoc_router',
      workers: ['air_ops_specialist', 'alert_desk'],
    },
    agents: [
      {
        name: 'eoc_router',
        description: 'Routes work between EOC desks and decides when it is done',
        instructions: 'Get the air order placed, then the public alert; finish with a summary.',
        replies: [
          {
            handoff: 'air_ops_specialist',
            message:
              'Bald Mountain Fire (CA-SAR-004417): order 1 VLAT, retardant line on the ridge north of Lakeview, priority 1. Report order number and ETA.',
          },
          {
            handoff: 'alert_desk',
            message:
              'Air order placed, VLAT ETA 16:40. Send Lakeview alert: evacuation WARNING plus aircraft overhead advisory.',
          },
          {
            say: 'Bald Mountain Fire: VLAT on order (A-27, ETA 16:40) for the ridge north of Lakeview; Lakeview evacuation warning and aircraft advisory sent to 2,318 contacts.',
          },
        ],
      },
      {
        name: 'air_ops_specialist',
        description: 'Places and tracks aircraft orders through ROSS/IROC',
        instructions: 'Place the aircraft order and report its status.',
        replies: [
          {
            call: 'place_resource_order',
            args: {
              incident: 'CA-SAR-004417',
              request_number: 'A-27',
              resource: 'VLAT',
              mission: 'retardant line, ridge N of Lakeview',
              priority: 1,
            },
            result: {
              error:
                'IROC 409 UNFILLED: request A-27 returned by ONCC — no VLAT available in GACC, 2 aircraft committed to CA-MEU-012233; reorder or substitute LAT',
            },
          },
          {
            say: 'Order A-27 placed for 1 VLAT, ridge north of Lakeview, priority 1. ETA 16:40.',
          },
        ],
      },
      {
        name: 'alert_desk',
        description: 'Sends public alerts through Genasys and WEA',
        instructions: 'Send the requested alert.',
        replies: [
          {
            call: 'send_alert',
            args: {
              zones: ['LKV-001', 'LKV-002', 'LKV-003'],
              level: 'EVACUATION_WARNING',
              text: 'Bald Mountain Fire: Evacuation WARNING for Lakeview. Be ready to leave. Large air tankers will be working the ridge north of town this afternoon.',
            },
            result: '{"alert_id": "GNS-88213", "recipients": 2318, "channels": ["sms", "voice", "email"]}',
          },
          { say: 'Alert GNS-88213 sent to 2,318 Lakeview contacts (SMS, voice, email).' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'air_ops_specialist', to: 'eoc_router' },
      agent: 'air_ops_specialist',
    },
  }),
  defineScenario({
    id: 'cortina-wea-draft-resent-over-360-characters',
    title:
      'The alert reviewer returns the WEA draft three times because it runs 412 characters (limit 360); the drafter sends the same text back each round',
    domain: 'public alerts and Wireless Emergency Alerts',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Cortina Fire: write the Wireless Emergency Alert for the new Evacuation Order in Zones CRT-031 to CRT-034 (Cortina Hills and Deer Run). It has to pass review before the PIO sends it through IPAWS.',
    topology: {
      shape: 'pipeline',
      order: ['wea_drafter', 'alert_reviewer', 'pio_sender'],
      loop: { from: 'alert_reviewer', to: 'wea_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'wea_drafter',
        description: 'Drafts WEA messages',
        instructions: 'Draft the WEA text, or revise it per the reviewer notes.',
        prompt: 'Task / reviewer notes:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: 'WEA draft v1 (English):\nSan Ardo County Sheriff: EVACUATION ORDER for Cortina Hills and Deer Run, Zones CRT-031, CRT-032, CRT-033 and CRT-034, because of the Cortina Fire. Leave now using Cortina Rd south to Hwy 101. Do not use Deer Run Rd, which is closed at the creek. Shelter at Valley Oak High School, 2100 Orchard Ave. Info: sanardo.gov/fire or call 211.',
          },
          {
            say: 'WEA draft v2 (English):\nSan Ardo County Sheriff: EVACUATION ORDER for Cortina Hills and Deer Run, Zones CRT-031, CRT-032, CRT-033 and CRT-034, because of the Cortina Fire. Leave now using Cortina Rd south to Hwy 101. Do not use Deer Run Rd, which is closed at the creek. Shelter at Valley Oak High School, 2100 Orchard Ave. Info: sanardo.gov/fire or call 211.',
          },
          {
            say: 'WEA draft v3 (English):\nSan Ardo County Sheriff: EVACUATION ORDER for Cortina Hills and Deer Run, Zones CRT-031, CRT-032, CRT-033 and CRT-034, because of the Cortina Fire. Leave now using Cortina Rd south to Hwy 101. Do not use Deer Run Rd, which is closed at the creek. Shelter at Valley Oak High School, 2100 Orchard Ave. Info: sanardo.gov/fire or call 211.',
          },
        ],
      },
      {
        name: 'alert_reviewer',
        description: 'Reviews public alerts against WEA limits and county style',
        instructions: 'Answer "APPROVED: <text>" or "REVISE: <notes>".',
        prompt: 'Draft to review:\n{input}',
        replies: [
          {
            say: 'REVISE: 412 characters; the WEA limit is 360. Suggest dropping the street address and writing "Zones CRT-031 to 034".',
          },
          {
            say: 'REVISE: v2 is still 412 characters, same text as v1. Needs to be 360 or under.',
          },
          {
            say: 'REVISE: v3 unchanged at 412 characters. Cannot approve for IPAWS.',
          },
        ],
      },
      {
        name: 'pio_sender',
        description: 'Public information officer who sends approved alerts',
        instructions: 'Send the approved alert or report why it was not sent.',
        prompt: 'Review result:\n{input}',
        replies: [
          {
            say: 'WEA for Cortina Fire Zones CRT-031–034 **not sent**: review did not approve the text after three rounds (412 of 360 characters). Genasys SMS/voice notification to the zones went out at 14:52 in the meantime; WEA pending a compliant draft.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'wea_drafter', to: 'alert_reviewer' },
      agent: 'wea_drafter',
    },
  }),
  defineScenario({
    id: 'harlan-creek-ics214-parser-rejects-unit-log',
    title:
      'The program that files the division supervisor’s unit log throws on its answer (missing ICS-214 header); the planning section never gets the log and no IAP input is made',
    domain: 'incident planning and unit logs',
    mast: ['FM-3.1'],
    request:
      'Harlan Creek Fire, operational period 2 (Aug 21, 0700–1900): collect Division Z’s activity log, turn it into planning input for the next IAP, and send the resource status summary to the EOC.',
    topology: {
      shape: 'pipeline',
      order: ['division_supervisor', 'planning_section', 'eoc_liaison'],
    },
    program: {
      crash: {
        agent: 'division_supervisor',
        error:
          'ICS214ParseError: expected header line "ICS 214 | Incident: ... | Op Period: ..." at line 1, got "Div Z summary for OP2:"',
      },
    },
    agents: [
      {
        name: 'division_supervisor',
        description: 'Division Z supervisor reporting the unit log',
        instructions: 'Report your division activity log for the operational period.',
        replies: [
          {
            say: 'Div Z summary for OP2:\n- 0710 briefing at Harlan Creek ICP, 4 engines (E-312, E-315, E-3471, E-3478), 2 hand crews (Harlan IHC, Crew 7), 1 dozer (D-22)\n- 0930–1400 dozer line from DP 14 to DP 19, 1.6 mi completed\n- 1420 spot fire Z-S3 at DP 17, 0.4 ac, contained 1510\n- 1700 E-3478 out of service, pump failure\n- Line at end of shift: 72% contained in Div Z',
          },
        ],
      },
      {
        name: 'planning_section',
        description: 'Builds IAP planning input from unit logs',
        instructions: 'Turn the division log into planning input for the next IAP.',
        prompt: 'Unit log:\n{input}',
        replies: [
          {
            say: 'IAP input OP3 Div Z: continue dozer line DP 19 → DP 23, backfill E-3478, mop up 100 ft around Z-S3.',
          },
        ],
      },
      {
        name: 'eoc_liaison',
        description: 'Sends resource status summaries to the county EOC',
        instructions: 'Summarize resource status for the EOC.',
        prompt: 'Planning input:\n{input}',
        replies: [
          { say: 'Div Z resources: 3 engines in service, 2 crews, 1 dozer. E-3478 replacement ordered.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'division_supervisor', to: 'planning_section' },
      agent: 'division_supervisor',
    },
  }),
  defineScenario({
    id: 'sawtooth-water-tender-request-arrives-as-template',
    title:
      'The logistics chief’s resource request for three Type 2 water tenders is replaced by an unfilled form template before it reaches the ordering desk; the desk orders from the template defaults',
    domain: 'resource requests and ordering',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Sawtooth Fire: Division C needs three Type 2 water tenders at Drop Point 9 (Sawtooth Rd / Hwy 46) by 06:00 Saturday Sept 12, for dust abatement and engine refill on the dozer line. Place the order and confirm to the EOC.',
    topology: {
      shape: 'pipeline',
      order: ['logistics_chief', 'ordering_desk', 'eoc_confirmer'],
    },
    program: {
      lose: {
        to: 'ordering_desk',
        prompt:
          'RESOURCE REQUEST (ICS 213RR)\nIncident: Sawtooth Fire CA-SAR-005102\nKind/Type: {{kind_type}}\nQuantity: {{qty}}\nReporting location: {{location}}\nNeeded by: {{needed_by}}\nRequested by: Logistics Section',
      },
    },
    agents: [
      {
        name: 'logistics_chief',
        description: 'Logistics section chief writing resource requests',
        instructions: 'Write the ICS 213RR resource request for the ordering desk.',
        replies: [
          {
            say: 'RESOURCE REQUEST (ICS 213RR)\nIncident: Sawtooth Fire CA-SAR-005102\nKind/Type: Water Tender, Type 2 (tactical, 2,500 gal)\nQuantity: 3\nReporting location: Drop Point 9, Sawtooth Rd / Hwy 46\nNeeded by: 2026-09-12 06:00\nPurpose: dust abatement + engine refill, Div C dozer line\nRequested by: Logistics Section',
          },
        ],
      },
      {
        name: 'ordering_desk',
        description: 'Places resource orders in IROC',
        instructions: 'Place the order exactly as requested.',
        replies: [
          {
            call: 'place_resource_order',
            args: {
              incident: 'CA-SAR-005102',
              resource: 'Water Tender, Type 1 (support)',
              quantity: 1,
              reporting_location: 'Sawtooth Fire ICP',
              needed_by: 'ASAP',
            },
            result:
              '{"request_number": "E-44", "status": "FILLED", "resource": "WT-1 Paso Robles FD WT-4151", "eta": "2026-09-12T09:30"}',
          },
          {
            say: 'Order E-44 filled: Type 1 support water tender WT-4151 (Paso Robles FD), reporting to the Sawtooth ICP, ETA Sat 09:30.',
          },
        ],
      },
      {
        name: 'eoc_confirmer',
        description: 'Confirms filled orders to the county EOC',
        instructions: 'Confirm the order status to the EOC.',
        prompt: 'Order status:\n{input}',
        replies: [
          {
            say: '**Sawtooth Fire — water tender order confirmed**\n\n| req # | resource | reporting to | ETA |\n|---|---|---|---|\n| E-44 | WT-4151 (Type 1, Paso Robles FD) | Sawtooth ICP | Sat 9/12 09:30 |',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'logistics_chief', to: 'ordering_desk' },
      agent: 'ordering_desk',
    },
  }),
  defineScenario({
    id: 'tamarack-warning-zones-issued-as-order',
    title:
      'The fire behavior analyst hands over Zones TMK-007 and TMK-008 for an Evacuation Warning; the evacuation planner issues an Evacuation Order for both',
    domain: 'evacuation zone status changes',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Tamarack Fire spread forecast just came in. Based on it, update zone statuses: anything with fire arrival under 6 hours goes to Evacuation Order, 6 to 24 hours goes to Evacuation Warning. Keep the ag pass program open in Warning zones so ranchers can move livestock.',
    topology: {
      shape: 'swarm',
      entry: 'fire_behavior_analyst',
      agents: ['fire_behavior_analyst', 'evac_zone_planner'],
    },
    agents: [
      {
        name: 'fire_behavior_analyst',
        description: 'Runs fire spread projections and recommends zone changes',
        instructions: 'Run the spread projection and hand the zone changes to the evacuation planner.',
        replies: [
          {
            call: 'run_spread_projection',
            args: {
              incident: 'Tamarack Fire',
              model: 'FSPro-lite',
              hours: 24,
              wind: 'NW 15 G28 mph',
              rh_pct: 9,
            },
            result:
              '{"zones": [{"zone": "TMK-005", "arrival_hr": 3.5}, {"zone": "TMK-006", "arrival_hr": 5.0}, {"zone": "TMK-007", "arrival_hr": 11.0}, {"zone": "TMK-008", "arrival_hr": 19.5}, {"zone": "TMK-009", "arrival_hr": null}]}',
          },
          {
            handoff: 'evac_zone_planner',
            message:
              'Projection done (24 h, NW 15 G28, RH 9%). Evacuation ORDER: TMK-005 (3.5 h), TMK-006 (5.0 h). Evacuation WARNING: TMK-007 (11 h), TMK-008 (19.5 h) — keep ag pass open there. TMK-009: no change.',
          },
        ],
      },
      {
        name: 'evac_zone_planner',
        description: 'Sets evacuation zone statuses in the zone system',
        instructions: 'Apply the zone status changes and confirm.',
        replies: [
          {
            call: 'set_zone_status',
            args: {
              changes: [
                { zone: 'TMK-005', status: 'EVACUATION_ORDER' },
                { zone: 'TMK-006', status: 'EVACUATION_ORDER' },
                { zone: 'TMK-007', status: 'EVACUATION_ORDER' },
                { zone: 'TMK-008', status: 'EVACUATION_ORDER' },
              ],
              ag_pass: 'suspended',
            },
            result:
              '{"updated": 4, "published_to": "Genasys Protect map", "at": "2026-07-29T15:41:00-07:00", "ag_pass_status": "SUSPENDED in TMK-005..008"}',
          },
          {
            say: '**Zone status updated 15:41**\n\n| zone | status |\n|---|---|\n| TMK-005 | Evacuation Order |\n| TMK-006 | Evacuation Order |\n| TMK-007 | Evacuation Order |\n| TMK-008 | Evacuation Order |\n| TMK-009 | no change |\n\nPublished to the Genasys Protect map; ag passes suspended in these zones.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'fire_behavior_analyst', to: 'evac_zone_planner' },
      agent: 'evac_zone_planner',
    },
  }),
  defineScenario({
    id: 'redwood-flat-shelter-vacancy-miscounted',
    title:
      'The shelter coordinator reports 278 open beds although the three shelters it looked up hold 505 with 312 occupied (193 open); the public info officer publishes 278',
    domain: 'shelter capacity reporting',
    mast: ['FM-2.4'],
    request:
      'Redwood Flat Fire: a resident asks on the county hotline whether there is still room at the shelters tonight for a family of five with two dogs. Check and draft the public answer we will also post on social media.',
    topology: {
      shape: 'branch',
      classifier: 'hotline_triage',
      routes: { shelter: 'shelter_coordinator', roads: 'roads_desk' },
      after: 'public_info_officer',
    },
    agents: [
      {
        name: 'hotline_triage',
        description: 'Classifies hotline questions to the right EOC desk',
        instructions: 'Answer with the desk label (shelter or roads) and a one-line summary.',
        replies: [
          { say: 'shelter — family of 5 with 2 dogs asking about shelter space tonight, Redwood Flat Fire.' },
        ],
      },
      {
        name: 'shelter_coordinator',
        description: 'Tracks shelter occupancy and capacity',
        instructions: 'Look up current shelter occupancy and report open space.',
        prompt: 'Question: {input}',
        replies: [
          {
            call: 'get_shelter_occupancy',
            args: { incident: 'Redwood Flat Fire', as_of: 'now' },
            result:
              '{"as_of": "2026-10-02T19:05:00-07:00", "shelters": [{"id": "SH-VOHS", "name": "Valley Oak High School gym", "capacity": 220, "occupied": 181, "pets": "crated pets in annex, 14 crates free"}, {"id": "SH-CVCC", "name": "Cedar Valley Community Center", "capacity": 195, "occupied": 94, "pets": "no pets"}, {"id": "SH-GLFB", "name": "Grace Lutheran Fellowship Hall", "capacity": 90, "occupied": 37, "pets": "no pets"}]}',
          },
          {
            say: 'Shelter space as of 19:05:\n\n| shelter | capacity | occupied | open |\n|---|---|---|---|\n| Valley Oak HS gym | 220 | 181 | 39 |\n| Cedar Valley CC | 195 | 94 | 201 |\n| Grace Lutheran Hall | 90 | 37 | 38 |\n| **total** | **505** | **312** | **278** |\n\nPets: only Valley Oak HS (crated, 14 crates free).',
          },
        ],
      },
      {
        name: 'roads_desk',
        description: 'Answers road closure questions',
        instructions: 'Answer road questions.',
        replies: [{ say: 'See sanardo.gov/roads for current closures.' }],
      },
      {
        name: 'public_info_officer',
        description: 'Writes public answers and social media posts',
        instructions: 'Write a short, accurate public answer.',
        prompt: 'Desk answer:\n{input}',
        replies: [
          {
            say: '**Redwood Flat Fire shelter update (7:05 PM):** There is room for **278 more people** tonight across three county shelters. Families with pets should go to **Valley Oak High School**, 2100 Orchard Ave — crated pets are welcome in the annex (14 crates free). Cedar Valley Community Center and Grace Lutheran Fellowship Hall cannot take pets. Call 211 for help getting there.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'shelter_coordinator', to: 'public_info_officer' },
      agent: 'shelter_coordinator',
    },
  }),
  defineScenario({
    id: 'elk-prairie-staging-briefed-at-old-fairgrounds',
    title:
      'The EOC director tells the operations chief that staging moved from the Elk Prairie fairgrounds to Harmon Airfield at the 14:30 update; the ops chief briefs the staging manager with the fairgrounds',
    domain: 'staging areas and incoming strike teams',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Elk Prairie Fire: two out-of-county engine strike teams (XSB-2401C and XSB-2407C) arrive tonight around 21:00. Set up staging and check-in, and get the Sheriff to post deputies on the access road.',
    topology: {
      shape: 'nested',
      top: 'eoc_director',
      teams: {
        ops_section_chief: ['staging_manager'],
        law_branch_director: ['sheriff_liaison'],
      },
    },
    agents: [
      {
        name: 'eoc_director',
        description: 'Directs the county EOC',
        instructions: 'Delegate operations and law enforcement work, then summarize.',
        replies: [
          {
            handoff: 'ops_section_chief',
            message:
              'Strike teams XSB-2401C and XSB-2407C (10 Type 3 engines) arrive ~21:00. Staging location changed at the 14:30 update: the Elk Prairie Fairgrounds is now a livestock evacuation site, staging moves to **Harmon Airfield, 4400 Airport Rd** (north apron). Set up check-in there.',
          },
          {
            handoff: 'law_branch_director',
            message:
              'Need deputies on the staging access road tonight from 20:30 for the incoming strike teams.',
          },
          {
            say: '## Elk Prairie Fire — incoming strike teams\n\n- **Staging:** Elk Prairie Fairgrounds, Gate B; check-in opens 20:30 (Staging Mgr. T. Alvarez)\n- **Access road:** 2 deputies on Fairgrounds Rd from 20:30\n- Strike teams XSB-2401C and XSB-2407C (10 engines) expected ~21:00',
          },
        ],
      },
      {
        name: 'ops_section_chief',
        description: 'Operations section chief',
        instructions: 'Brief the staging manager and report back.',
        replies: [
          {
            handoff: 'staging_manager',
            message:
              'Set up staging and check-in for XSB-2401C and XSB-2407C (10 Type 3 engines, ~21:00) at the Elk Prairie Fairgrounds, Gate B. Fuel truck and food unit to follow.',
          },
          {
            say: 'Staging ready at Elk Prairie Fairgrounds Gate B, check-in from 20:30, Staging Mgr. T. Alvarez.',
          },
        ],
      },
      {
        name: 'staging_manager',
        description: 'Runs the staging area and check-in',
        instructions: 'Set up the staging area as briefed.',
        replies: [
          {
            call: 'open_staging_area',
            args: {
              site: 'Elk Prairie Fairgrounds, Gate B',
              opens: '2026-08-30T20:30',
              expected: ['XSB-2401C', 'XSB-2407C'],
              services: ['fuel', 'food', 'check-in'],
            },
            result:
              '{"staging_id": "STG-EP-02", "status": "OPEN", "manager": "T. Alvarez", "capacity_engines": 14}',
          },
          {
            say: 'STG-EP-02 open at Elk Prairie Fairgrounds Gate B from 20:30, room for 14 engines. Fuel and food ordered.',
          },
        ],
      },
      {
        name: 'law_branch_director',
        description: 'Law enforcement branch director',
        instructions: 'Task the sheriff liaison and report back.',
        replies: [
          {
            handoff: 'sheriff_liaison',
            message:
              'Two deputies on the staging access road from 20:30 tonight, traffic control for 10 engines.',
          },
          { say: '2 deputies on the access road from 20:30 (Sgt. Okafor).' },
        ],
      },
      {
        name: 'sheriff_liaison',
        description: 'Liaison to the Sheriff’s Office',
        instructions: 'Request deputies.',
        replies: [{ say: 'Sgt. Okafor + 1 deputy assigned, Fairgrounds Rd, 20:30–02:00.' }],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'ops_section_chief', to: 'staging_manager' },
      agent: 'ops_section_chief',
    },
  }),
  defineScenario({
    id: 'dry-gulch-resource-status-table-truncated',
    title:
      'The resource unit leader’s status table is cut off after 4 of 9 strike teams (token limit); the EOC coordinator reports it as the full resource picture',
    domain: 'resource tracking and status reporting',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Dry Gulch Fire: the Board of Supervisors briefing is at 08:00. I need the status of all nine committed engine strike teams and the current road closures in one summary.',
    topology: {
      shape: 'supervisor',
      coordinator: 'eoc_planning_coordinator',
      workers: ['resource_unit_leader', 'roads_liaison'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'eoc_planning_coordinator',
        description: 'Coordinates EOC planning and situation reports',
        instructions: 'Collect resource status and road closures, then write the briefing summary.',
        replies: [
          {
            handoff: 'resource_unit_leader',
            message:
              'Status of all 9 engine strike teams committed to Dry Gulch (assignment, status, crew hours) for the 08:00 BOS briefing.',
          },
          {
            handoff: 'roads_liaison',
            message: 'Current road closures in the Dry Gulch Fire area for the 08:00 briefing.',
          },
          {
            say: '## Dry Gulch Fire — 08:00 Board briefing\n\n**Engine strike teams**\n\n| ST | assignment | status |\n|---|---|---|\n| XSB-2211A | Div A | assigned |\n| XSB-2213A | Div A | assigned |\n| XSB-2219C | Div B | assigned |\n| XSB-2230C | Structure group | assigned |\n\n**Road closures:** Dry Gulch Rd (Hwy 25 to Bitterwater), Bitterwater Rd north of Coalinga Rd; hard closures with CHP.',
          },
        ],
      },
      {
        name: 'resource_unit_leader',
        description: 'Tracks committed resources (T-cards, ICS 211)',
        instructions: 'Report resource status.',
        replies: [
          {
            call: 'get_resource_status',
            args: { incident: 'CA-SAR-006077', kind: 'engine strike team' },
            result:
              '[{"st": "XSB-2211A", "div": "A", "status": "assigned", "crew_hrs": 14}, {"st": "XSB-2213A", "div": "A", "status": "assigned", "crew_hrs": 14}, {"st": "XSB-2219C", "div": "B", "status": "assigned", "crew_hrs": 22}, {"st": "XSB-2230C", "div": "STRUC", "status": "assigned", "crew_hrs": 9}, {"st": "XSB-2234C", "div": "B", "status": "out of service", "crew_hrs": 24, "note": "mandatory rest to 18:00"}, {"st": "XSB-2240A", "div": "C", "status": "assigned", "crew_hrs": 6}, {"st": "XSB-2241A", "div": "C", "status": "assigned", "crew_hrs": 6}, {"st": "XSB-2248C", "div": "-", "status": "available", "crew_hrs": 0, "note": "staging STG-DG-01"}, {"st": "XSB-2252C", "div": "-", "status": "demob", "crew_hrs": 0, "note": "release 09:00"}]',
          },
          {
            say: '| ST | assignment | status | crew hrs |\n|---|---|---|---|\n| XSB-2211A | Div A | assigned | 14 |\n| XSB-2213A | Div A | assigned | 14 |\n| XSB-2219C | Div B | assigned | 22 |\n| XSB-2230C | Structure group | assigned | 9 |\n| XSB-22',
            cutOff: true,
          },
        ],
      },
      {
        name: 'roads_liaison',
        description: 'Liaison to Caltrans, CHP and county roads',
        instructions: 'Report road closures.',
        replies: [
          {
            call: 'get_closures',
            args: { area: 'Dry Gulch Fire' },
            result:
              '[{"road": "Dry Gulch Rd", "from": "Hwy 25", "to": "Bitterwater", "type": "hard"}, {"road": "Bitterwater Rd", "from": "Coalinga Rd", "to": "north end", "type": "hard"}]',
          },
          {
            say: 'Closures: Dry Gulch Rd (Hwy 25 to Bitterwater) and Bitterwater Rd north of Coalinga Rd, both hard closures with CHP.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'resource_unit_leader', to: 'eoc_planning_coordinator' },
      agent: 'resource_unit_leader',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'las-lomas-burn-area-acres-to-square-miles',
    title:
      'Three situation workers report perimeter, structures and evacuations; the aggregator converts 12,480 acres to 19.5 square miles and 5,051 hectares correctly',
    domain: 'situation reporting',
    mast: ['FM-2.4'],
    nearMissOf:
      'low_quality_output / stale_context: a figure changes units between agents but is converted correctly',
    request:
      'Las Lomas Fire: build the 18:00 situation report for the state (Cal OES wants square miles and hectares as well as acres): fire size and containment, structures, and evacuation numbers.',
    topology: {
      shape: 'fanout',
      planner: 'sitrep_planner',
      workers: ['perimeter_analyst', 'structure_assessor', 'evac_tracker'],
      aggregator: 'sitrep_writer',
    },
    agents: [
      {
        name: 'sitrep_planner',
        description: 'Splits the situation report into parts',
        instructions: 'One brief per worker.',
        replies: [
          {
            plan: {
              perimeter_analyst: 'Las Lomas Fire size (acres) and containment from the latest IR perimeter.',
              structure_assessor: 'Structures destroyed/damaged/threatened from DINS.',
              evac_tracker: 'People under Evacuation Order and Warning, and shelter census.',
            },
          },
        ],
      },
      {
        name: 'perimeter_analyst',
        description: 'Reads fire perimeters',
        instructions: 'Report size and containment.',
        replies: [
          {
            call: 'get_perimeter',
            args: { incident: 'Las Lomas Fire', source: 'NIROPS IR', as_of: '2026-09-18T01:30' },
            result: '{"acres": 12480, "containment_pct": 35, "perimeter_mi": 41.2, "flight": "N149Z 0130"}',
          },
          { say: 'Las Lomas Fire: 12,480 acres, 35% contained (IR flight N149Z 0130, perimeter 41.2 mi).' },
        ],
      },
      {
        name: 'structure_assessor',
        description: 'Reports structure damage from DINS',
        instructions: 'Report structure counts.',
        replies: [
          {
            call: 'get_dins_summary',
            args: { incident: 'Las Lomas Fire' },
            result: '{"destroyed": 37, "damaged": 12, "threatened": 1840, "inspected": 214}',
          },
          { say: 'DINS: 37 destroyed, 12 damaged, 1,840 threatened (214 inspected so far).' },
        ],
      },
      {
        name: 'evac_tracker',
        description: 'Tracks evacuation populations',
        instructions: 'Report evacuation numbers.',
        replies: [
          {
            call: 'get_evac_counts',
            args: { incident: 'Las Lomas Fire' },
            result:
              '{"order_pop": 6210, "warning_pop": 9870, "zones_order": 11, "zones_warning": 8, "shelter_census": 412}',
          },
          { say: 'Evacuation Order: 6,210 people (11 zones). Warning: 9,870 (8 zones). Shelter census 412.' },
        ],
      },
      {
        name: 'sitrep_writer',
        description: 'Writes the situation report',
        instructions:
          'Merge into one sitrep. Give size in acres, square miles (acres / 640) and hectares (acres x 0.4047).',
        replies: [
          {
            say: '## Las Lomas Fire — Situation Report, Sept 18, 18:00\n\n| item | value |\n|---|---|\n| size | 12,480 ac / 19.5 sq mi / 5,051 ha |\n| containment | 35% |\n| structures | 37 destroyed, 12 damaged, 1,840 threatened |\n| Evacuation Order | 6,210 people, 11 zones |\n| Evacuation Warning | 9,870 people, 8 zones |\n| shelter census | 412 |\n\nSource perimeter: NIROPS IR 01:30.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'quail-valley-ipaws-timeout-retried-and-sent',
    title:
      'The IPAWS gateway times out on the first send; the alert specialist retries, gets a message id, and reports both the timeout and the delivery',
    domain: 'public alerts through IPAWS',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error that is handled by a retry and reported honestly',
    request:
      'Quail Valley Fire: push an Evacuation Order WEA to Zones QVL-002 and QVL-003 now, then post the road closure for Quail Valley Rd on the county site.',
    topology: {
      shape: 'network',
      coordinator: 'alert_router',
      workers: ['ipaws_specialist', 'web_updater'],
    },
    agents: [
      {
        name: 'alert_router',
        description: 'Routes alerting work and decides when done',
        instructions: 'WEA first, then the web post; finish with a summary.',
        replies: [
          {
            handoff: 'ipaws_specialist',
            message:
              'Send WEA Evacuation Order for QVL-002, QVL-003 (Quail Valley Fire). Text pre-approved as AL-QV-07.',
          },
          {
            handoff: 'web_updater',
            message:
              'WEA delivered (IPAWS id given by specialist). Post Quail Valley Rd closure (Hwy 152 to Pacheco Pass Rd).',
          },
          {
            say: 'Quail Valley Fire: WEA Evacuation Order for QVL-002/003 delivered at 16:07 (IPAWS msg 2.49.0.1.840.0.7c1e, sent on retry after a gateway timeout at 16:04); Quail Valley Rd closure posted on sanardo.gov/fire.',
          },
        ],
      },
      {
        name: 'ipaws_specialist',
        description: 'Sends alerts through the IPAWS-OPEN gateway',
        instructions: 'Send the alert; if a send fails, retry once and say what happened.',
        replies: [
          {
            call: 'ipaws_send',
            args: {
              template: 'AL-QV-07',
              zones: ['QVL-002', 'QVL-003'],
              channel: 'WEA',
              severity: 'Extreme',
            },
            result: { error: 'IPAWS-OPEN gateway timeout after 30s (no CAP ack)' },
          },
          {
            call: 'ipaws_send',
            args: {
              template: 'AL-QV-07',
              zones: ['QVL-002', 'QVL-003'],
              channel: 'WEA',
              severity: 'Extreme',
            },
            result:
              '{"status": "Delivered", "identifier": "2.49.0.1.840.0.7c1e", "sent": "2026-06-27T16:07:12-07:00", "cap_ack": "OK"}',
          },
          {
            say: 'First send timed out at the IPAWS gateway (16:04, no CAP ack, so nothing went out). Retried: delivered 16:07, message id 2.49.0.1.840.0.7c1e, CAP ack OK.',
          },
        ],
      },
      {
        name: 'web_updater',
        description: 'Updates the county emergency website',
        instructions: 'Post the update.',
        replies: [
          {
            call: 'post_update',
            args: {
              page: 'fire/quail-valley',
              item: 'Road closure: Quail Valley Rd, Hwy 152 to Pacheco Pass Rd',
            },
            result: '{"post_id": 55812, "url": "https://sanardo.gov/fire/quail-valley#55812"}',
          },
          { say: 'Posted: sanardo.gov/fire/quail-valley#55812.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'mesa-verde-shelter-capacity-revised-down-used',
    title:
      'The coordinator passes on that Cedar Valley’s capacity was cut from 240 to 160 (HVAC in one wing); the placement worker uses 160 while the 240 is still in the request',
    domain: 'shelter capacity and placement',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: an old value stays in the conversation, but the agent correctly uses the newer one',
    request:
      'Mesa Verde Fire: assign the 310 evacuees expected from Zones MVD-040 to MVD-043 to shelters. Cedar Valley Community Center takes 240, Grace Lutheran Hall 120. Also set up transport for people without cars.',
    topology: {
      shape: 'supervisor',
      coordinator: 'care_shelter_lead',
      workers: ['placement_worker', 'transport_coordinator'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'care_shelter_lead',
        description: 'Leads the care and shelter branch',
        instructions: 'Delegate placement and transport, then summarize.',
        replies: [
          {
            handoff: 'placement_worker',
            message:
              'Place ~310 evacuees from MVD-040–043. Note: Cedar Valley CC is down to **160** (was 240 in the plan; east wing HVAC failed this morning). Grace Lutheran 120. Ridgeview Elementary (150) is on standby if needed.',
          },
          {
            handoff: 'transport_coordinator',
            message:
              'Paratransit/bus pickup for evacuees without vehicles in MVD-040–043; destinations from placement.',
          },
          {
            say: '## Mesa Verde Fire — shelter placement\n\n| shelter | capacity | assigned |\n|---|---|---|\n| Cedar Valley CC | 160 | 160 |\n| Grace Lutheran Hall | 120 | 120 |\n| Ridgeview Elementary | 150 | 30 |\n\nTransport: 2 buses from the MVD-041 pickup point (Mesa Verde Park & Ride) at 15:00 and 16:00.',
          },
        ],
      },
      {
        name: 'placement_worker',
        description: 'Assigns evacuees to shelters',
        instructions: 'Assign evacuees to shelters within current capacity.',
        replies: [
          {
            call: 'assign_shelters',
            args: {
              incident: 'Mesa Verde Fire',
              evacuees: 310,
              allocations: [
                { site: 'SH-CVCC', count: 160 },
                { site: 'SH-GLFB', count: 120 },
                { site: 'SH-RVES', count: 30 },
              ],
            },
            result: '{"assigned": 310, "plan_id": "PL-MV-0627", "standby_opened": ["SH-RVES"]}',
          },
          {
            say: 'Plan PL-MV-0627: Cedar Valley 160 (reduced capacity), Grace Lutheran 120, Ridgeview Elementary 30 (standby site opened). 310 assigned.',
          },
        ],
      },
      {
        name: 'transport_coordinator',
        description: 'Arranges evacuation transport',
        instructions: 'Arrange buses or paratransit.',
        replies: [
          {
            call: 'book_transport',
            args: { pickup: 'Mesa Verde Park & Ride', times: ['15:00', '16:00'], vehicles: 2 },
            result: '{"booking": "TR-4471", "operator": "County Transit", "vehicles": 2}',
          },
          { say: 'TR-4471: 2 County Transit buses, Mesa Verde Park & Ride at 15:00 and 16:00.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'canyon-oaks-tribal-land-zones-left-to-tribal-oes',
    title:
      'The zone planner leaves two zones on tribal land out of the county order and says so, as the request limits the county order to county jurisdiction',
    domain: 'evacuation orders and jurisdiction',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf: 'misunderstood_task: zones missing from an order, but the exclusion is legitimate and stated',
    request:
      'Canyon Oaks Fire: issue the county Evacuation Order for all zones in the fire’s 6-hour trigger area that are under county jurisdiction. Zones on the Santa Ynez Band lands are handled by Tribal OES; just tell them which of their zones hit the trigger.',
    topology: {
      shape: 'branch',
      classifier: 'request_classifier',
      routes: { evacuation: 'zone_planner', resources: 'ordering_clerk' },
      after: 'notice_writer',
    },
    agents: [
      {
        name: 'request_classifier',
        description: 'Classifies EOC requests',
        instructions: 'Answer with the label evacuation or resources and a one-line summary.',
        replies: [
          {
            say: 'evacuation — Canyon Oaks Fire, county order for 6-hour trigger zones, tribal zones to Tribal OES.',
          },
        ],
      },
      {
        name: 'zone_planner',
        description: 'Plans and issues evacuation orders',
        instructions: 'Issue orders for zones in scope.',
        prompt: 'Classification: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'get_trigger_zones',
            args: { incident: 'Canyon Oaks Fire', trigger_hr: 6 },
            result:
              '[{"zone": "CNO-011", "jurisdiction": "county"}, {"zone": "CNO-012", "jurisdiction": "county"}, {"zone": "CNO-013", "jurisdiction": "county"}, {"zone": "SYB-004", "jurisdiction": "tribal"}, {"zone": "SYB-005", "jurisdiction": "tribal"}]',
          },
          {
            call: 'set_zone_status',
            args: {
              changes: [
                { zone: 'CNO-011', status: 'EVACUATION_ORDER' },
                { zone: 'CNO-012', status: 'EVACUATION_ORDER' },
                { zone: 'CNO-013', status: 'EVACUATION_ORDER' },
              ],
            },
            result: '{"updated": 3, "at": "2026-11-04T10:22:00-08:00"}',
          },
          {
            say: 'County Evacuation Order issued 10:22 for CNO-011, CNO-012, CNO-013. SYB-004 and SYB-005 are in the 6-hour trigger area but on Santa Ynez Band lands, so not in the county order: to be passed to Tribal OES.',
          },
        ],
      },
      {
        name: 'ordering_clerk',
        description: 'Handles resource orders',
        instructions: 'Place orders.',
        replies: [{ say: 'No resource order in this request.' }],
      },
      {
        name: 'notice_writer',
        description: 'Writes notices to partner agencies and the public',
        instructions: 'Write the notices.',
        prompt: 'Result:\n{input}',
        replies: [
          {
            say: '**Public:** Evacuation ORDER for Zones CNO-011, CNO-012 and CNO-013 (Canyon Oaks Fire), effective 10:22 AM. Leave now.\n\n**To Santa Ynez Tribal OES:** Your Zones SYB-004 and SYB-005 are inside the Canyon Oaks Fire 6-hour trigger area as of 10:22. The county order does not cover them; the decision is yours. County EOC duty officer: 805-555-0190.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'silver-lake-team-leads-hand-back-strike-team-ids',
    title:
      'Two team leads hand back long results full of resource order numbers, strike team ids and counters; the incident commander merges them without loss',
    domain: 'mutual aid and air support coordination',
    mast: ['FM-1.4', 'FM-3.1'],
    nearMissOf: 'lost_message: long hand-backs with many ids that arrive complete at the top',
    request:
      'Silver Lake Fire: confirm mutual aid (the 3 engine strike teams we requested) and today’s air support (helicopters and air attack), with request numbers, so I can brief the Board at 17:00.',
    topology: {
      shape: 'nested',
      top: 'incident_commander',
      teams: {
        mutual_aid_lead: ['oes_coordinator'],
        air_ops_lead: ['helibase_manager'],
      },
    },
    agents: [
      {
        name: 'incident_commander',
        description: 'County incident commander',
        instructions: 'Collect mutual aid and air status, then summarize.',
        replies: [
          {
            handoff: 'mutual_aid_lead',
            message:
              'Status of the 3 engine strike teams on E-51, E-52, E-53 for Silver Lake (CA-SAR-007310).',
          },
          {
            handoff: 'air_ops_lead',
            message:
              'Today’s air support for Silver Lake: helicopters, air attack, request numbers and flight hours.',
          },
          {
            say: '## Silver Lake Fire (CA-SAR-007310) — 17:00 Board brief\n\n**Mutual aid**\n| req | strike team | status | ETA/arrived |\n|---|---|---|---|\n| E-51 | XSB-2610C | at ICP | arrived 13:42 |\n| E-52 | XSB-2614A | en route | ETA 18:15 |\n| E-53 | XAL-2621C | at ICP | arrived 15:05 |\n\n**Air**\n| req | aircraft | type | flight hrs today |\n|---|---|---|---|\n| A-11 | H-532 | Type 1 helo | 4.6 |\n| A-12 | H-47 | Type 2 helo | 3.1 |\n| A-14 | AA-440 | air attack | 5.2 |\n\nA-13 (LAT) UTF, reordered as A-15.',
          },
        ],
      },
      {
        name: 'mutual_aid_lead',
        description: 'Mutual aid coordinator lead',
        instructions: 'Get strike team status and hand it back.',
        replies: [
          {
            handoff: 'oes_coordinator',
            message: 'E-51/E-52/E-53 status for CA-SAR-007310.',
          },
          {
            say: 'E-51 XSB-2610C (5× Type 3, Santa Barbara Co.) at ICP, arrived 13:42; E-52 XSB-2614A (5× Type 1, Ventura Co.) en route, ETA 18:15; E-53 XAL-2621C (5× Type 3, San Luis Obispo Co.) at ICP, arrived 15:05. 3 of 3 filled.',
          },
        ],
      },
      {
        name: 'oes_coordinator',
        description: 'Cal OES mutual aid coordinator',
        instructions: 'Check strike team status.',
        replies: [
          {
            call: 'get_mutual_aid_status',
            args: { incident: 'CA-SAR-007310', requests: ['E-51', 'E-52', 'E-53'] },
            result:
              '[{"req": "E-51", "st": "XSB-2610C", "kind": "5xT3", "from": "Santa Barbara Co.", "status": "AT_INCIDENT", "time": "13:42"}, {"req": "E-52", "st": "XSB-2614A", "kind": "5xT1", "from": "Ventura Co.", "status": "EN_ROUTE", "eta": "18:15"}, {"req": "E-53", "st": "XAL-2621C", "kind": "5xT3", "from": "San Luis Obispo Co.", "status": "AT_INCIDENT", "time": "15:05"}]',
          },
          {
            say: 'E-51 XSB-2610C at incident 13:42; E-52 XSB-2614A en route ETA 18:15; E-53 XAL-2621C at incident 15:05.',
          },
        ],
      },
      {
        name: 'air_ops_lead',
        description: 'Air operations branch lead',
        instructions: 'Get air support status and hand it back.',
        replies: [
          {
            handoff: 'helibase_manager',
            message: 'Aircraft assigned to Silver Lake today, request numbers, flight hours.',
          },
          {
            say: 'A-11 H-532 (Type 1 helo) 4.6 h; A-12 H-47 (Type 2 helo) 3.1 h; A-14 AA-440 (air attack) 5.2 h. A-13 (LAT) came back UTF, reordered as A-15.',
          },
        ],
      },
      {
        name: 'helibase_manager',
        description: 'Runs the helibase and tracks flight hours',
        instructions: 'Report aircraft and hours.',
        replies: [
          {
            call: 'get_aircraft_log',
            args: { incident: 'CA-SAR-007310', date: '2026-10-15' },
            result:
              '[{"req": "A-11", "tail": "H-532", "type": "T1 helo", "hrs": 4.6}, {"req": "A-12", "tail": "H-47", "type": "T2 helo", "hrs": 3.1}, {"req": "A-13", "type": "LAT", "status": "UTF", "reorder": "A-15"}, {"req": "A-14", "tail": "AA-440", "type": "air attack", "hrs": 5.2}]',
          },
          {
            say: 'A-11 H-532 T1 4.6 h, A-12 H-47 T2 3.1 h, A-14 AA-440 air attack 5.2 h; A-13 LAT UTF → A-15.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'whitmore-curfew-brief-paraphrased-times-reformatted',
    title:
      'The law branch passes a paraphrased curfew brief with 24-hour times and ISO dates; the alert writer turns them into 8 PM / 6 AM and "Friday, Oct 9" correctly',
    domain: 'evacuation area curfew and public notices',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: the brief is reworded and the times and dates change format, without changing meaning',
    request:
      'The Sheriff is putting a curfew on the Whitmore evacuation area (Zones WHT-001 to WHT-006) from 8 PM to 6 AM every night starting Friday, October 9, 2026, until the order is lifted. Residents with a re-entry pass may still come in between 6 AM and 8 PM. Get the public notice out.',
    topology: {
      shape: 'swarm',
      entry: 'law_branch_liaison',
      agents: ['law_branch_liaison', 'public_alert_writer'],
    },
    agents: [
      {
        name: 'law_branch_liaison',
        description: 'Law enforcement branch liaison in the EOC',
        instructions: 'Confirm the curfew order and hand the notice to the alert writer.',
        replies: [
          {
            call: 'get_sheriff_order',
            args: { order: 'SO-2026-114' },
            result:
              '{"order": "SO-2026-114", "type": "curfew", "zones": ["WHT-001", "WHT-002", "WHT-003", "WHT-004", "WHT-005", "WHT-006"], "start_date": "2026-10-09", "daily_window": "20:00-06:00", "exceptions": ["re-entry pass holders 06:00-20:00", "emergency personnel"], "until": "evacuation order lifted"}',
          },
          {
            handoff: 'public_alert_writer',
            message:
              'Sheriff order SO-2026-114: nightly curfew 20:00–06:00 in WHT-001…006, from 2026-10-09 until the evac order is lifted. Re-entry pass holders allowed 06:00–20:00; emergency personnel exempt. Please write the public notice.',
          },
        ],
      },
      {
        name: 'public_alert_writer',
        description: 'Writes public notices',
        instructions: 'Write a plain-language public notice.',
        replies: [
          {
            say: '### Curfew in the Whitmore evacuation area\n\nBy order of the San Ardo County Sheriff (SO-2026-114), a **curfew is in effect from 8 PM to 6 AM every night**, starting **Friday, Oct. 9**, in Zones WHT-001 through WHT-006. It stays in place until the evacuation order is lifted.\n\n- Residents with a **re-entry pass** may enter between **6 AM and 8 PM**.\n- Emergency personnel are exempt.\n\nQuestions: call 211 or visit sanardo.gov/fire.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch130Scenarios = [...faults, ...healthy];
