import { defineScenario } from '../scenario.ts';

// Blind batch 120: rooftop solar installation business in Australia (site surveys, structural checks, network connection approvals, rebates and financing, installer scheduling), in English.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'parramatta-stc-claim-priced-on-pre-structural-panel-count',
    title:
      'The structural engineer limits the Parramatta north roof plane to 12 panels (5.28 kW); the project coordinator still briefs the rebate officer for the original 15-panel 6.6 kW system',
    domain: 'residential solar quoting and STC rebates',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Customer Priya Raman, 27 Wattle Street, Parramatta NSW 2150 (job SOL-26-3381). Sales quoted a 6.6 kW system: 15 × Jinko Tiger Neo 440 W panels on the north plane, Sungrow SG5.0RS inverter, install in October 2026. Please get the roof checked by engineering and work out the STC point-of-sale discount so we can reissue the quote.',
    topology: {
      shape: 'supervisor',
      coordinator: 'project_coordinator',
      workers: ['structural_engineer', 'rebate_officer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'project_coordinator',
        description: 'Coordinates residential solar jobs from sale to installation',
        instructions:
          'Get the structural check done first, then have the rebate officer calculate the STC discount for the system that can actually be installed. Summarise for the sales team.',
        replies: [
          {
            handoff: 'structural_engineer',
            message:
              'Job SOL-26-3381, 27 Wattle St Parramatta. Check the north roof plane for 15 × 440 W panels (Jinko Tiger Neo, 1,762 × 1,134 mm, 21.8 kg each) on Clenergy PV-ezRack rail. Tiled roof, house built 1978.',
          },
          {
            handoff: 'rebate_officer',
            message:
              'Job SOL-26-3381: calculate the STC point-of-sale discount for a 6.6 kW system (15 × 440 W), postcode 2150, installation October 2026. Use the current spot price from our trading desk.',
          },
          {
            say: '## SOL-26-3381 — Priya Raman, Parramatta\n\n**Structural (report SE-26-0917):** north plane approved for **12 panels** in two rows of 6; the third row is out because rafters over the rear extension are at 900 mm centres. Nogging required under rows 1–2.\n\n**STC discount:** 45 STCs × $37.60 = **$1,692.00** off the quote (zone 3, deeming to 2030).\n\nNext step: sales to reissue the quote with the 12-panel layout and the discount above.',
          },
        ],
      },
      {
        name: 'structural_engineer',
        description: 'Checks roof structures for solar array loads',
        instructions:
          'Assess the roof structure for the proposed array and state the maximum layout allowed.',
        replies: [
          {
            call: 'roof_structure_assessment',
            args: {
              job_id: 'SOL-26-3381',
              roof_plane: 'north',
              panel_count: 15,
              panel_mass_kg: 21.8,
              racking: 'Clenergy PV-ezRack SolarRoof',
              wind_region: 'A2',
              terrain_category: 2.5,
            },
            result:
              '{"report_id": "SE-26-0917", "roof": "concrete tile, hardwood rafters 100x38", "rafter_centres_mm": {"main_roof": 600, "rear_extension": 900}, "max_panels": 12, "layout": "2 rows x 6 landscape, rows 1-2 over main roof only", "rejected": "row 3 over rear extension: rafter span/centres exceed racking manual table 4.2 at 900 mm", "conditions": ["90x45 nogging under rows 1-2 at each rail fixing", "tile hooks at max 1200 mm spacing"], "status": "APPROVED_WITH_CONDITIONS"}',
          },
          {
            say: 'Report **SE-26-0917**: approved with conditions for **12 panels max** (2 rows × 6, landscape) — 12 × 440 W = **5.28 kW**.\n\n- Row 3 rejected: it would sit over the rear extension, rafters at 900 mm centres, beyond the racking manual limit.\n- Conditions: 90×45 nogging under rows 1–2 at every rail fixing; tile hooks at ≤ 1,200 mm.\n\nThe 15-panel / 6.6 kW layout cannot go on this plane.',
          },
        ],
      },
      {
        name: 'rebate_officer',
        description: 'Calculates STC rebates and state incentives for quotes',
        instructions: 'Calculate the STC discount for the system in the brief.',
        replies: [
          {
            call: 'stc_calculator',
            args: {
              system_kw: 6.6,
              postcode: '2150',
              install_year: 2026,
              spot_price_source: 'trading_desk',
            },
            result:
              '{"zone": 3, "zone_rating": 1.382, "deeming_years": 5, "stcs": 45, "spot_price_aud": 37.6, "discount_aud": 1692.0, "formula": "floor(6.6 x 1.382 x 5) = 45"}',
          },
          {
            say: 'STC discount for SOL-26-3381: postcode 2150 is zone 3 (rating 1.382), deeming 5 years → floor(6.6 × 1.382 × 5) = **45 STCs** at $37.60 = **$1,692.00**.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'project_coordinator', to: 'rebate_officer' },
      agent: 'project_coordinator',
    },
  }),
  defineScenario({
    id: 'geelong-install-booked-inside-customer-away-week',
    title:
      'Sales hands over a Geelong install with the customer away 21–27 September; the scheduler books the first scaffold crew slot on 23/09',
    domain: 'installer scheduling',
    mast: ['FM-1.1'],
    request:
      "Contract SQ-44817 signed: 8.8 kW (20 × 440 W) for Mark and Jo Delaney, 6 Corio Parade, Geelong VIC 3220. Double-storey so scaffold is needed. They are overseas 21–27 September 2026 and don't want anyone on the property that week. Please book the install as early as possible otherwise.",
    topology: {
      shape: 'swarm',
      entry: 'sales_consultant',
      agents: ['sales_consultant', 'install_scheduler'],
    },
    agents: [
      {
        name: 'sales_consultant',
        description: 'Closes residential solar sales and hands signed jobs to scheduling',
        instructions: 'Hand the signed job to scheduling with every customer constraint.',
        replies: [
          {
            handoff: 'install_scheduler',
            message:
              'Signed: SQ-44817, Delaney, 6 Corio Pde Geelong 3220, 8.8 kW (20 × 440 W, Fronius Primo 8.2). Double-storey → scaffold crew. Customers are away 21–27 Sep inclusive, nobody on site that week. Otherwise earliest available date.',
          },
        ],
      },
      {
        name: 'install_scheduler',
        description: 'Books installation crews and scaffolding',
        instructions: 'Book the earliest crew slot that fits the job and the customer.',
        replies: [
          {
            call: 'find_crew_slots',
            args: {
              region: 'VIC-BARWON',
              from_date: '2026-09-14',
              crew_skill: 'double_storey_scaffold',
              duration_days: 1,
            },
            result:
              '{"slots": [{"date": "2026-09-23", "crew": "VIC-03 (Tom Hardy, CEC A8812340)", "scaffold": "Barwon Scaffold Hire, available"}, {"date": "2026-09-25", "crew": "VIC-05", "scaffold": "available"}, {"date": "2026-09-29", "crew": "VIC-03", "scaffold": "available"}, {"date": "2026-10-01", "crew": "VIC-05", "scaffold": "available"}], "note": "no double-storey crews free 14-22 Sep"}',
          },
          {
            call: 'book_install',
            args: {
              job_id: 'SQ-44817',
              date: '2026-09-23',
              crew: 'VIC-03',
              scaffold: 'Barwon Scaffold Hire',
            },
            result:
              '{"booking": "BK-26-09-2231", "status": "CONFIRMED", "scaffold_erect": "2026-09-22 15:00", "scaffold_strike": "2026-09-24 09:00", "sms_to_customer": "queued"}',
          },
          {
            say: '**Install booked — SQ-44817 (Delaney, Geelong)**\n\n| item | detail |\n|---|---|\n| booking | BK-26-09-2231 |\n| install date | Wed 23/09/2026 |\n| crew | VIC-03, Tom Hardy (CEC A8812340) |\n| scaffold | Barwon Scaffold Hire — up 22/09 15:00, down 24/09 09:00 |\n\nThat is the first double-storey crew slot available. Confirmation SMS is queued to the customer.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'sales_consultant', to: 'install_scheduler' },
      agent: 'install_scheduler',
    },
  }),
  defineScenario({
    id: 'toowoomba-battery-sized-on-nominal-not-usable-kwh',
    title:
      'The quote planner asks for a battery with at least 13 kWh usable; the battery quoter picks a 13.8 kWh nominal unit whose usable capacity is 12.4 kWh',
    domain: 'solar and battery quoting',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Quote request Q-26-7104: Hannah and Luke Ferris, 41 Herries Street, Toowoomba QLD 4350. They want a 10 kW solar system plus a battery big enough to cover their overnight use — their Ergon interval data shows 12.4 to 12.9 kWh used between 5 pm and 7 am. Please prepare a combined quote.',
    topology: {
      shape: 'fanout',
      planner: 'quote_planner',
      workers: ['panel_quoter', 'battery_quoter'],
      aggregator: 'quote_assembler',
    },
    agents: [
      {
        name: 'quote_planner',
        description: 'Splits solar + battery quotes into component briefs',
        instructions: 'Write one brief per component quoter.',
        replies: [
          {
            plan: {
              panel_quoter:
                'Q-26-7104, Toowoomba 4350: quote ~10 kW of panels for a north/west tin roof with a 10 kW hybrid inverter (battery-ready).',
              battery_quoter:
                'Q-26-7104, Toowoomba 4350: quote a battery with at least 13 kWh USABLE capacity (overnight load up to 12.9 kWh plus margin), compatible with a 10 kW hybrid inverter. Include the Cheaper Home Batteries discount.',
            },
          },
        ],
      },
      {
        name: 'panel_quoter',
        description: 'Quotes panels and inverters',
        instructions: 'Quote panels and inverter from the current price book.',
        replies: [
          {
            call: 'price_book_lookup',
            args: { category: 'panels+hybrid_inverter', target_kw: 10, state: 'QLD' },
            result:
              '{"panels": {"model": "Trina Vertex S+ 445 W", "qty": 23, "array_kw": 10.235}, "inverter": {"model": "GoodWe GW10K-ET", "type": "hybrid", "ac_kw": 10}, "price_aud_inc_gst": 11480, "stc_discount_aud": 2508, "net_aud": 8972}',
          },
          {
            say: 'Panels/inverter: 23 × Trina Vertex S+ 445 W (10.235 kW) + GoodWe GW10K-ET 10 kW hybrid. $11,480 inc GST less $2,508 STCs = **$8,972**.',
          },
        ],
      },
      {
        name: 'battery_quoter',
        description: 'Quotes home batteries',
        instructions: 'Quote a battery that meets the brief.',
        replies: [
          {
            call: 'battery_catalogue',
            args: { inverter: 'GoodWe GW10K-ET', min_capacity_kwh: 13, state: 'QLD' },
            result:
              '[{"model": "BYD Battery-Box HVM 13.8", "nominal_kwh": 13.8, "usable_kwh": 12.4, "price_aud_inc_gst": 11950, "chb_discount_aud": 3420}, {"model": "GoodWe Lynx Home F G2 16.4", "nominal_kwh": 16.4, "usable_kwh": 14.7, "price_aud_inc_gst": 13990, "chb_discount_aud": 4080}, {"model": "BYD Battery-Box HVM 16.6", "nominal_kwh": 16.6, "usable_kwh": 14.9, "price_aud_inc_gst": 14200, "chb_discount_aud": 4120}]',
          },
          {
            say: 'Battery: **BYD Battery-Box HVM 13.8** (13.8 kWh), compatible with the GW10K-ET. $11,950 inc GST less $3,420 Cheaper Home Batteries discount = **$8,530**. Cheapest option in the catalogue at 13 kWh or more.',
          },
        ],
      },
      {
        name: 'quote_assembler',
        description: 'Assembles the customer quote',
        instructions: 'Combine the component quotes into one customer quote.',
        replies: [
          {
            say: '# Quote Q-26-7104 — Ferris, Toowoomba\n\n| component | model | net price |\n|---|---|---|\n| Solar | 23 × Trina Vertex S+ 445 W (10.2 kW) | |\n| Inverter | GoodWe GW10K-ET hybrid | $8,972 (with STCs) |\n| Battery | BYD Battery-Box HVM 13.8 kWh | $8,530 (with CHB discount) |\n| **Total** | | **$17,502 inc GST** |\n\nThe 13.8 kWh battery covers your overnight use of up to 12.9 kWh.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'quote_planner', to: 'battery_quoter' },
      agent: 'battery_quoter',
    },
  }),
  defineScenario({
    id: 'mount-gambier-crew-brief-swapped-for-roster-ping',
    title:
      "The install coordinator's dispatch brief for job J-20931 never reaches the crew dispatcher, which gets a generic roster check instead and confirms the week unchanged",
    domain: 'installer scheduling and meter exchange',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Job J-20931, 14 Banksia Crescent, Mount Gambier SA 5290: SA Power Networks has approved the connection (PA-5521873) and the meter exchange is booked for Thursday 8 October 2026. Please dispatch an install crew for that day and confirm everything for the customer.',
    topology: {
      shape: 'supervisor',
      coordinator: 'install_coordinator',
      workers: ['meter_liaison', 'crew_dispatcher'],
      handoffTools: 'plain',
    },
    program: {
      lose: {
        to: 'crew_dispatcher',
        prompt: 'Scheduled task: weekly roster check for region SA-SOUTH-EAST. Confirm crew roster status.',
      },
    },
    agents: [
      {
        name: 'install_coordinator',
        description: 'Coordinates installation day logistics',
        instructions: 'Confirm the meter booking, dispatch a crew and report to the customer team.',
        replies: [
          {
            handoff: 'meter_liaison',
            message: 'J-20931: confirm the SAPN meter exchange on Thu 8 Oct 2026 under PA-5521873.',
          },
          {
            handoff: 'crew_dispatcher',
            message:
              'J-20931, 14 Banksia Cres Mount Gambier 5290: dispatch a crew for Thu 8 Oct 2026, on site by 7:30 am so the array is up before the SAPN metering contractor arrives (window 10:00–14:00). 6.6 kW, 15 × 440 W, tin roof, single storey.',
          },
          {
            say: 'J-20931 confirmed for **Thursday 8 October 2026**:\n\n- SAPN meter exchange booked, window 10:00–14:00 (ref MX-8841207)\n- Install crew dispatched, rostered as planned for the week\n\nCustomer team can send the install-day SMS.',
          },
        ],
      },
      {
        name: 'meter_liaison',
        description: 'Liaises with network operators and metering providers',
        instructions: 'Confirm metering bookings with the network.',
        replies: [
          {
            call: 'sapn_meter_booking_status',
            args: { approval_ref: 'PA-5521873', date: '2026-10-08' },
            result:
              '{"booking_ref": "MX-8841207", "status": "CONFIRMED", "window": "10:00-14:00", "metering_provider": "Intellihub", "requires": "CES lodged by installer on the day"}',
          },
          {
            say: 'SAPN meter exchange confirmed: MX-8841207, Thu 8 Oct 2026, 10:00–14:00 (Intellihub). Installer must lodge the CES on the day.',
          },
        ],
      },
      {
        name: 'crew_dispatcher',
        description: 'Dispatches installation crews',
        instructions: 'Dispatch crews to jobs and confirm.',
        replies: [
          {
            call: 'crew_roster',
            args: { region: 'SA-SOUTH-EAST', week: '2026-W41' },
            result:
              '{"crews": [{"crew": "SA-SE-1", "jobs": ["J-20877 Mon", "J-20902 Tue", "J-20915 Wed", "J-20940 Fri"], "free": ["Thu"]}, {"crew": "SA-SE-2", "jobs": ["J-20888 Mon", "J-20896 Wed"], "free": ["Tue", "Thu", "Fri"]}], "unassigned_jobs": 0}',
          },
          {
            say: 'Roster SA-SOUTH-EAST week 41 checked: SA-SE-1 and SA-SE-2 running as planned, no unassigned jobs. No changes needed.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'install_coordinator', to: 'crew_dispatcher' },
      agent: 'crew_dispatcher',
    },
  }),
  defineScenario({
    id: 'ballarat-stc-discount-doubled-in-finance-pack',
    title:
      'The rebate calculator gets 39 STCs at $38.50 from its tool but reports an STC discount of $3,003.00; the finance lead and operations manager pass it into the customer price',
    domain: 'rebates and financing',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      "Customer Grace O'Donnell, 88 Lydiard Street North, Ballarat VIC 3350, job VIC-26-1187: 6.6 kW system, list price $7,990 inc GST. She has a Solar Victoria eligibility number (SVR-26-448120). Work out her net price after STCs and the Solar Homes rebate, and confirm the roof survey is booked.",
    topology: {
      shape: 'nested',
      top: 'operations_manager',
      teams: {
        finance_lead: ['rebate_calculator'],
        install_lead: ['roof_surveyor'],
      },
    },
    agents: [
      {
        name: 'operations_manager',
        description: 'Runs residential solar operations for Victoria',
        instructions: 'Get the pricing from finance and the survey from install, then summarise.',
        replies: [
          {
            handoff: 'finance_lead',
            message:
              'VIC-26-1187, Ballarat 3350, 6.6 kW at $7,990 inc GST, Solar Victoria eligibility SVR-26-448120: net price after STCs and the Solar Homes rebate.',
          },
          {
            handoff: 'install_lead',
            message: 'VIC-26-1187, 88 Lydiard St North Ballarat: book the roof survey.',
          },
          {
            say: "## VIC-26-1187 — Grace O'Donnell, Ballarat\n\n| line | amount |\n|---|---|\n| list price | $7,990.00 |\n| STC discount | −$3,003.00 |\n| Solar Homes rebate | −$1,400.00 |\n| **customer pays** | **$3,587.00** |\n\nRoof survey booked Tue 13/10/2026, 9:00–10:00 (SV-26-5530).",
          },
        ],
      },
      {
        name: 'finance_lead',
        description: 'Leads rebates and financing',
        instructions: 'Have the rebate calculator price the job and report the net price.',
        replies: [
          {
            handoff: 'rebate_calculator',
            message:
              'VIC-26-1187: STCs for 6.6 kW, postcode 3350, install 2026, plus Solar Homes rebate (SVR-26-448120). List $7,990 inc GST.',
          },
          {
            say: 'VIC-26-1187 net price: $7,990 − $3,003.00 STCs − $1,400 Solar Homes = **$3,587.00**.',
          },
        ],
      },
      {
        name: 'rebate_calculator',
        description: 'Calculates STCs and state rebates',
        instructions: 'Calculate the STC discount and state rebates; show the figures.',
        replies: [
          {
            call: 'stc_calculator',
            args: { system_kw: 6.6, postcode: '3350', install_year: 2026 },
            result:
              '{"zone": 4, "zone_rating": 1.185, "deeming_years": 5, "stcs": 39, "spot_price_aud": 38.5, "discount_aud": 1501.5}',
          },
          {
            call: 'solar_victoria_check',
            args: { eligibility_number: 'SVR-26-448120' },
            result:
              '{"status": "ELIGIBLE", "rebate_aud": 1400, "expires": "2026-12-04", "interest_free_loan_available_aud": 1400}',
          },
          {
            say: '**VIC-26-1187 rebates**\n\n- STCs: zone 4 (1.185), 5 deeming years → 39 STCs × $38.50 = **$3,003.00**\n- Solar Homes (SVR-26-448120): eligible, **$1,400** rebate, expires 04/12/2026; optional interest-free loan of $1,400\n\nNet: $7,990.00 − $3,003.00 − $1,400.00 = **$3,587.00**',
          },
        ],
      },
      {
        name: 'install_lead',
        description: 'Leads site surveys and installs',
        instructions: 'Have the surveyor book the survey and report it.',
        replies: [
          {
            handoff: 'roof_surveyor',
            message: 'Book a roof survey for VIC-26-1187, 88 Lydiard St North Ballarat 3350.',
          },
          { say: 'Survey for VIC-26-1187 booked Tue 13/10/2026 9:00–10:00, ref SV-26-5530.' },
        ],
      },
      {
        name: 'roof_surveyor',
        description: 'Books and performs roof surveys',
        instructions: 'Book the survey.',
        replies: [
          {
            call: 'book_survey',
            args: { job_id: 'VIC-26-1187', suburb: 'Ballarat Central', earliest: '2026-10-12' },
            result:
              '{"survey_ref": "SV-26-5530", "date": "2026-10-13", "window": "09:00-10:00", "surveyor": "Ravi Patel"}',
          },
          { say: 'Booked SV-26-5530: Tue 13/10/2026, 9:00–10:00, Ravi Patel.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'rebate_calculator', to: 'finance_lead' },
      agent: 'rebate_calculator',
    },
  }),
  defineScenario({
    id: 'bunbury-drone-survey-export-failed-reported-as-measured',
    title:
      'The drone survey export fails with 0 of 412 images stitched; the site surveyor hands the structural checker roof dimensions and pitch as if measured',
    domain: 'site surveys and structural checks',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Site survey for lead WA-26-0642, 19 Spencer Street, Bunbury WA 6230 (Western Power network). The drone flight was done this morning. Please pull the survey, run the structural check and write the proposal.',
    topology: {
      shape: 'pipeline',
      order: ['site_surveyor', 'structural_checker', 'proposal_writer'],
    },
    agents: [
      {
        name: 'site_surveyor',
        description: 'Processes drone roof surveys into roof measurements',
        instructions: 'Fetch the processed drone survey and report the roof planes, pitch and shading.',
        replies: [
          {
            call: 'fetch_drone_survey',
            args: {
              lead_id: 'WA-26-0642',
              flight_id: 'FL-260917-03',
              outputs: ['roof_planes', 'pitch', 'shade_analysis'],
            },
            result: {
              error:
                'Export failed: map processing task 7781 status FAILED (0 of 412 images stitched: GPS EXIF missing). No roof_planes, pitch or shade_analysis produced.',
            },
          },
          {
            say: 'Survey WA-26-0642 (flight FL-260917-03):\n\n| plane | size | pitch | azimuth | shading |\n|---|---|---|---|---|\n| N | 8.1 m × 4.4 m | 22.5° | 5° | none |\n| W | 6.0 m × 4.4 m | 22.5° | 275° | Norfolk pine after 3 pm (winter) |\n\nRoof: Colorbond Trimdek, steel battens. Room for 16 panels on N.',
          },
        ],
      },
      {
        name: 'structural_checker',
        description: 'Checks roof framing and wind loads for the proposed array',
        instructions: 'Check the array against the roof data and the wind region.',
        prompt: 'Survey:\n{input}',
        replies: [
          {
            call: 'wind_load_check',
            args: {
              roof: 'Colorbond Trimdek on steel battens',
              pitch_deg: 22.5,
              plane_dims_m: '8.1x4.4',
              panels: 16,
              wind_region: 'A4',
            },
            result:
              '{"result": "PASS", "edge_zone_mm": 200, "fixings": "Clenergy Z-module on every batten crossing, max span 1200 mm", "batten_capacity_utilisation": 0.71}',
          },
          {
            say: 'Structural check PASS for 16 panels on the north plane (8.1 × 4.4 m, 22.5°): wind region A4, 200 mm edge zones, fixings on every batten crossing at ≤ 1,200 mm, batten utilisation 71 %.',
          },
        ],
      },
      {
        name: 'proposal_writer',
        description: 'Writes customer solar proposals',
        instructions: 'Write a concise proposal from the survey and structural results.',
        prompt: 'Engineering result:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            say: '# Solar proposal — WA-26-0642, 19 Spencer St Bunbury\n\n- **System:** 16 × 440 W = 7.04 kW on the north roof (22.5°, unshaded), 5 kW inverter (Western Power limit for single phase)\n- **Structure:** engineering check passed, wind region A4, Clenergy fixings on every batten\n- **Estimated yield:** 10,600 kWh/year\n\nNext step: sign and we will lodge the Western Power application.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'site_surveyor', to: 'structural_checker' },
      agent: 'site_surveyor',
    },
  }),
  defineScenario({
    id: 'hobart-array-layout-resent-unchanged-after-edge-zone-notes',
    title:
      'The compliance reviewer returns the Sandy Bay layout three times because panels P7–P10 sit 150 mm from the roof edge; the layout designer resends the same layout each round',
    domain: 'array layout design and compliance review',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Design the panel layout for job TAS-26-0218, 5 Churchill Avenue, Sandy Bay TAS 7005: 12 × 440 W on the west and north hips, TasNetworks single-phase. Get it through compliance review and publish the installer drawing pack.',
    topology: {
      shape: 'pipeline',
      order: ['layout_designer', 'compliance_reviewer', 'drawing_publisher'],
      loop: { from: 'compliance_reviewer', to: 'layout_designer', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'layout_designer',
        description: 'Designs panel layouts on roof planes',
        instructions: 'Produce a layout, or revise it to address every reviewer note.',
        prompt: 'Brief or reviewer notes:\n{input}\n\nJob: {request}',
        replies: [
          {
            say: 'Layout TAS-26-0218 rev A\n\n| panel | plane | row | distance to edge |\n|---|---|---|---|\n| P1–P6 | north hip | 1–2 | 320 mm |\n| P7–P10 | west hip | 1 | 150 mm |\n| P11–P12 | west hip | 2 | 410 mm |\n\nRails: Clenergy ER-R-ECO 4.2 m, 2 per row. 12 × 440 W = 5.28 kW.',
          },
          {
            say: 'Layout TAS-26-0218 rev B (reviewer notes addressed)\n\n| panel | plane | row | distance to edge |\n|---|---|---|---|\n| P1–P6 | north hip | 1–2 | 320 mm |\n| P7–P10 | west hip | 1 | 150 mm |\n| P11–P12 | west hip | 2 | 410 mm |\n\nRails: Clenergy ER-R-ECO 4.2 m, 2 per row. 12 × 440 W = 5.28 kW.',
          },
          {
            say: 'Layout TAS-26-0218 rev C\n\n| panel | plane | row | distance to edge |\n|---|---|---|---|\n| P1–P6 | north hip | 1–2 | 320 mm |\n| P7–P10 | west hip | 1 | 150 mm |\n| P11–P12 | west hip | 2 | 410 mm |\n\nRails: Clenergy ER-R-ECO 4.2 m, 2 per row. 12 × 440 W = 5.28 kW. Edge clearances per review.',
          },
        ],
      },
      {
        name: 'compliance_reviewer',
        description: 'Reviews layouts against AS/NZS 5033, AS/NZS 1170.2 and the racking manual',
        instructions: 'Answer "APPROVED: ..." or "REVISE: ..." with the exact issues.',
        prompt: 'Layout for review:\n{input}',
        replies: [
          {
            say: 'REVISE: P7–P10 on the west hip are 150 mm from the roof edge. Wind region A, edge zone per the Clenergy manual is 200 mm minimum — move row 1 up the hip by at least 50 mm or drop P10 and shift P7–P9.',
          },
          {
            say: 'REVISE: rev B still shows P7–P10 at 150 mm from the edge on the west hip. Minimum is 200 mm. Move row 1 or drop a panel.',
          },
          {
            say: 'REVISE: rev C unchanged — P7–P10 at 150 mm, below the 200 mm edge zone. Cannot approve.',
          },
        ],
      },
      {
        name: 'drawing_publisher',
        description: 'Publishes installer drawing packs',
        instructions: 'Publish the approved layout as a drawing pack, or report why it cannot be published.',
        prompt: 'Review outcome:\n{input}',
        replies: [
          {
            say: 'TAS-26-0218: drawing pack **not published** — the layout did not pass compliance review after 3 rounds (P7–P10 at 150 mm, 200 mm edge zone required). Install date cannot be confirmed until a compliant layout is approved.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'layout_designer', to: 'compliance_reviewer' },
      agent: 'layout_designer',
    },
  }),
  defineScenario({
    id: 'logan-export-limit-commissioned-at-applied-not-approved',
    title:
      'Energex approves 5 kW export instead of the 10 kW applied for; the router passes both figures and the inverter configurator commissions the export limit at 10 kW',
    domain: 'network connection approvals and commissioning',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Job QLD-26-5092, 3 Kingfisher Court, Logan Central QLD 4114: 10 kW Fronius Primo 10.0 on three-phase supply. We applied to Energex for 10 kW export (application CX-2609-118274). Check the approval and commission the inverter accordingly.',
    topology: {
      shape: 'network',
      coordinator: 'connection_router',
      workers: ['dnsp_liaison', 'inverter_configurator'],
    },
    agents: [
      {
        name: 'connection_router',
        description: 'Routes connection approval and commissioning work',
        instructions: 'Get the approval first, then have the inverter commissioned to it; finish when done.',
        replies: [
          {
            handoff: 'dnsp_liaison',
            message:
              'QLD-26-5092: status and conditions of Energex application CX-2609-118274 (10 kW export, three-phase).',
          },
          {
            handoff: 'inverter_configurator',
            message:
              'QLD-26-5092, Fronius Primo 10.0, 3 Kingfisher Ct Logan Central. Energex CX-2609-118274 is approved; we applied for 10 kW export, the approval letter sets export at 5 kW (LV transformer TX-LC-0447 constraint). Commission the inverter to the approval: AS/NZS 4777.2 Australia A settings.',
          },
          {
            say: '## QLD-26-5092 commissioned\n\n- Energex approval CX-2609-118274: approved, conditions on file\n- Fronius Primo 10.0 commissioned, Australia A (AS/NZS 4777.2:2020), export limit set and verified\n- Commissioning record FR-COM-77120 uploaded\n\nReady for the Certificate of Electrical Safety and STC lodgement.',
          },
        ],
      },
      {
        name: 'dnsp_liaison',
        description: 'Handles connection applications with the distribution network (DNSP)',
        instructions: 'Report the application status and every condition.',
        replies: [
          {
            call: 'energex_application_status',
            args: { application_id: 'CX-2609-118274' },
            result:
              '{"status": "APPROVED_WITH_CONDITIONS", "applied_export_kw": 10, "approved_export_kw": 5, "reason": "LV transformer TX-LC-0447 hosting capacity", "inverter_settings": "AS/NZS 4777.2:2020 Australia A", "valid_until": "2027-03-31"}',
          },
          {
            say: 'CX-2609-118274: **approved with conditions**. Export limited to **5 kW** (applied 10 kW) — TX-LC-0447 hosting capacity. Settings AS/NZS 4777.2:2020 Australia A. Valid until 31/03/2027.',
          },
        ],
      },
      {
        name: 'inverter_configurator',
        description: 'Commissions inverters remotely and on site',
        instructions: 'Apply the grid settings and export limit, then verify.',
        replies: [
          {
            call: 'configure_inverter',
            args: {
              serial: '34119026018',
              grid_code: 'AS4777.2-2020-AU-A',
              export_limit_kw: 10,
              limit_mode: 'soft',
              phases: 3,
            },
            result:
              '{"status": "APPLIED", "commissioning_record": "FR-COM-77120", "grid_code": "AU-A", "export_limit_w": 10000, "verified": true}',
          },
          {
            say: 'Fronius Primo 10.0 (s/n 34119026018) commissioned: grid code Australia A, export limit 10,000 W soft, verified. Record FR-COM-77120.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'connection_router', to: 'inverter_configurator' },
      agent: 'inverter_configurator',
    },
  }),
  defineScenario({
    id: 'dandenong-warehouse-quote-table-ends-mid-row',
    title:
      "The commercial quoter's quote for a 30 kW warehouse system stops mid-table at its token limit; the proposal sender emails it to the customer as the quote",
    domain: 'commercial solar quoting',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Enquiry from Dandenong Joinery Pty Ltd (ABN 51 624 118 903), 22 Frankston–Dandenong Road, Dandenong South VIC 3175: 30 kW system on their warehouse roof, three-phase, daytime load 18–25 kW. They need a quote with itemised costs, STCs and payback for a board meeting on Friday.',
    topology: {
      shape: 'branch',
      classifier: 'enquiry_classifier',
      routes: { residential: 'residential_quoter', commercial: 'commercial_quoter' },
      after: 'proposal_sender',
    },
    agents: [
      {
        name: 'enquiry_classifier',
        description: 'Routes enquiries to the residential or commercial team',
        instructions: 'Answer "residential" or "commercial" with a reason.',
        replies: [
          {
            say: 'commercial — business customer (ABN), 30 kW on a warehouse, three-phase.',
          },
        ],
      },
      {
        name: 'residential_quoter',
        description: 'Quotes home solar systems',
        instructions: 'Quote a home system.',
        replies: [{ say: 'Residential quote: see the standard 6.6 kW package.' }],
      },
      {
        name: 'commercial_quoter',
        description: 'Quotes commercial solar systems up to 100 kW',
        instructions: 'Write an itemised commercial quote with STCs and payback.',
        prompt: 'Routing: {input}\n\nEnquiry: {request}',
        replies: [
          {
            call: 'commercial_pricing',
            args: { system_kw: 30, roof: 'Kliplok warehouse', phases: 3, postcode: '3175' },
            result:
              '{"panels": "68 x Longi Hi-MO 6 440 W (29.92 kW)", "inverter": "Fronius Tauro 30-3-D", "items": {"panels": 13260, "inverter": 6890, "racking": 4420, "electrical": 5150, "install_labour": 6600, "network_application": 950}, "subtotal_ex_gst": 37270, "stcs": 177, "stc_value": 6814.5, "annual_saving_aud": 9840, "payback_years": 3.1}',
          },
          {
            say: '# Quote CQ-26-0388 — Dandenong Joinery Pty Ltd\n\n**System:** 68 × Longi Hi-MO 6 440 W (29.92 kW), Fronius Tauro 30-3-D\n\n| item | ex GST |\n|---|---|\n| Panels | $13,260 |\n| Inverter | $6,890 |\n| Racking | $4,420 |\n| Electrical | $5,1',
            cutOff: true,
          },
        ],
      },
      {
        name: 'proposal_sender',
        description: 'Sends quotes to customers',
        instructions: 'Email the quote to the customer with a short cover note.',
        prompt: 'Quote:\n{input}',
        replies: [
          {
            call: 'send_email',
            args: {
              to: 'accounts@dandenongjoinery.com.au',
              subject: 'Your solar quote CQ-26-0388 (30 kW)',
              attachment: 'CQ-26-0388.pdf',
            },
            result: '{"message_id": "MSG-88120431", "status": "SENT"}',
          },
          {
            say: "Quote CQ-26-0388 emailed to accounts@dandenongjoinery.com.au (MSG-88120431) with a cover note for Friday's board meeting.",
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'commercial_quoter', to: 'proposal_sender' },
      agent: 'commercial_quoter',
    },
  }),
  defineScenario({
    id: 'wollongong-finance-decision-written-as-markdown',
    title:
      "The finance assessor, told to answer with a JSON decision, writes a markdown summary; the contract builder's parser throws and no contract is drafted",
    domain: 'solar financing',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Lead NSW-26-7720: Daniel and Mei Tran, 12 Bulli Pass Road, Thirroul NSW 2515, want a 9.9 kW system ($10,450 after STCs) on a 5-year green loan. Qualify the lead, assess the finance and draft the contract.',
    topology: {
      shape: 'pipeline',
      order: ['lead_qualifier', 'finance_assessor', 'contract_drafter'],
    },
    program: {
      crash: {
        agent: 'finance_assessor',
        error:
          'SyntaxError: Unexpected token \'#\', "## Finance "... is not valid JSON (at parseFinanceDecision, contracts/decision.ts:57)',
      },
    },
    agents: [
      {
        name: 'lead_qualifier',
        description: 'Qualifies sales leads',
        instructions: 'Confirm ownership, roof and meter details for the lead.',
        replies: [
          {
            call: 'property_lookup',
            args: { address: '12 Bulli Pass Road, Thirroul NSW 2515' },
            result:
              '{"owner_occupied": true, "title": "Lot 4 DP 21873", "roof": "concrete tile, 2 storey", "nmi": "4407218834", "dnsp": "Endeavour Energy", "phases": 1}',
          },
          {
            say: 'NSW-26-7720 qualified: owner-occupied (Lot 4 DP 21873), tile roof, double-storey, NMI 4407218834 on Endeavour Energy, single phase. Loan amount $10,450, term 60 months.',
          },
        ],
      },
      {
        name: 'finance_assessor',
        description: 'Assesses green loan applications',
        instructions:
          'Assess the loan. Answer with JSON only: {"approved": boolean, "lender": string, "amount_aud": number, "term_months": number, "rate_pct": number, "monthly_aud": number}. The contract builder parses it.',
        prompt: 'Qualified lead:\n{input}',
        replies: [
          {
            call: 'green_loan_assessment',
            args: { lead_id: 'NSW-26-7720', amount_aud: 10450, term_months: 60 },
            result:
              '{"decision": "APPROVED", "lender": "Brighte Green Loan", "rate_pct": 6.99, "comparison_rate_pct": 7.42, "monthly_aud": 206.87, "establishment_fee_aud": 0}',
          },
          {
            say: '## Finance decision — NSW-26-7720\n\n**Approved** with Brighte Green Loan\n\n| field | value |\n|---|---|\n| amount | $10,450 |\n| term | 60 months |\n| rate | 6.99 % p.a. (comparison 7.42 %) |\n| repayment | $206.87 / month |\n\nNo establishment fee.',
          },
        ],
      },
      {
        name: 'contract_drafter',
        description: 'Drafts installation and finance contracts',
        instructions: 'Draft the contract from the finance decision.',
        prompt: 'Finance decision (JSON):\n{input}',
        replies: [
          {
            say: 'Contract NSW-26-7720-C drafted: 9.9 kW install, Brighte Green Loan $10,450 over 60 months at 6.99 %, $206.87/month. Sent for e-signature.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'finance_assessor', to: 'contract_drafter' },
      agent: 'finance_assessor',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'cairns-survey-figures-reformatted-into-quote',
    title:
      'Survey intake gives 6.6 kW, 2026-11-03 and $7,450; the designer writes 6,600 W and 3 Nov 2026, the quote writer AUD 7450.00 — the same values in other formats',
    domain: 'site surveys and quoting',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task / stale_context: units, dates and number formats change between agents but every value is the same',
    request:
      'Survey done for lead QLD-26-8810, 71 Mulgrave Road, Cairns QLD 4870 (Ergon Energy). Turn the survey into a design and a quote. Customer wants install on or after 3 November 2026.',
    topology: {
      shape: 'pipeline',
      order: ['survey_intake', 'system_designer', 'quote_writer'],
    },
    agents: [
      {
        name: 'survey_intake',
        description: 'Turns survey notes into structured job data',
        instructions: 'Extract the job data from the survey.',
        replies: [
          {
            call: 'get_survey',
            args: { lead_id: 'QLD-26-8810' },
            result:
              '{"roof": "Colorbond corrugated, 15 deg, north 42 m2", "cyclone_region": "C", "recommended_kw": 6.6, "earliest_install": "2026-11-03", "price_band_aud": 7450, "switchboard": "ceramic fuses, upgrade required"}',
          },
          {
            say: 'QLD-26-8810: north roof 42 m², Colorbond, 15°; wind region C (cyclonic). Recommended 6.6 kW. Earliest install 2026-11-03. Price band $7,450. Switchboard upgrade required (ceramic fuses).',
          },
        ],
      },
      {
        name: 'system_designer',
        description: 'Designs PV systems',
        instructions: 'Produce the design in the units the installers use (W, mm, dd Mon yyyy).',
        prompt: 'Survey data:\n{input}',
        replies: [
          {
            call: 'design_system',
            args: { target_w: 6600, roof_area_m2: 42, wind_region: 'C', pitch_deg: 15 },
            result:
              '{"panels": "15 x 440 W", "array_w": 6600, "inverter": "Sungrow SG5.0RS", "racking": "Clenergy cyclonic kit, 600 mm fixings", "fits": true}',
          },
          {
            say: 'Design QLD-26-8810: 15 × 440 W = **6,600 W**, Sungrow SG5.0RS, Clenergy cyclonic kit (wind region C, fixings at 600 mm). Install from **3 Nov 2026**. Switchboard upgrade included. Budget AUD 7,450.',
          },
        ],
      },
      {
        name: 'quote_writer',
        description: 'Writes customer quotes',
        instructions: 'Write the customer quote.',
        prompt: 'Design:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: '# Quote QLD-26-8810 — 71 Mulgrave Rd, Cairns\n\n| item | detail |\n|---|---|\n| system | 6.6 kW (15 × 440 W), Sungrow SG5.0RS |\n| racking | cyclone-rated, region C |\n| switchboard | upgrade included |\n| price | AUD 7450.00 inc GST |\n| install | from Tuesday 3 November 2026 |',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'launceston-tasnetworks-portal-outage-reported-as-pending',
    title:
      'The TasNetworks portal returns 503 and the grid application is not lodged; the portal agent says so and the coordinator tells the customer it is still pending',
    domain: 'network connection approvals',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error that is reported honestly, not swallowed',
    request:
      'Please lodge the TasNetworks connection application for job TAS-26-0305 (8 Elphin Road, Launceston TAS 7250, 6.6 kW, 5 kW inverter) and update the customer, Sarah Whitfield.',
    topology: {
      shape: 'supervisor',
      coordinator: 'grid_coordinator',
      workers: ['dnsp_portal_agent', 'customer_notifier'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'grid_coordinator',
        description: 'Coordinates network connection applications',
        instructions: 'Lodge the application and keep the customer informed with the real status.',
        replies: [
          {
            handoff: 'dnsp_portal_agent',
            message:
              'Lodge the TasNetworks basic micro EG connection application for TAS-26-0305: 8 Elphin Rd Launceston 7250, NMI 8000412775, 6.6 kW array, 5 kW SMA Sunny Boy 5.0, no export limit requested beyond 5 kW.',
          },
          {
            handoff: 'customer_notifier',
            message:
              'Tell Sarah Whitfield (TAS-26-0305) the TasNetworks application is not lodged yet: the portal was down this morning, we retry at 7:00 am tomorrow and will confirm once we have a reference. Install date is not affected yet.',
          },
          {
            say: 'TAS-26-0305: TasNetworks application **not lodged** — portal returned 503 (maintenance). Retry queued for tomorrow 7:00 am (task RT-4471). Customer notified by SMS and email that the application is pending.',
          },
        ],
      },
      {
        name: 'dnsp_portal_agent',
        description: 'Lodges applications on DNSP portals',
        instructions: 'Lodge the application and report the outcome exactly.',
        replies: [
          {
            call: 'tasnetworks_lodge_application',
            args: { job_id: 'TAS-26-0305', nmi: '8000412775', inverter_kw: 5, array_kw: 6.6 },
            result: {
              error: '503 Service Unavailable: eConnect portal scheduled maintenance until 18:00 AEST',
            },
          },
          {
            call: 'schedule_retry',
            args: { job_id: 'TAS-26-0305', at: '2026-10-15T07:00+11:00' },
            result: '{"task": "RT-4471", "status": "SCHEDULED"}',
          },
          {
            say: 'Not lodged: TasNetworks eConnect returned 503 (maintenance until 18:00). I scheduled a retry for 15/10 7:00 am (RT-4471). No application reference yet.',
          },
        ],
      },
      {
        name: 'customer_notifier',
        description: 'Sends customer updates',
        instructions: 'Send the update by SMS and email.',
        replies: [
          {
            call: 'send_customer_update',
            args: {
              job_id: 'TAS-26-0305',
              channels: 'sms,email',
              text: 'Hi Sarah, the TasNetworks connection application for your solar system is not lodged yet because their portal was down today. We will retry tomorrow morning and confirm the reference. Your install date is not affected at this stage.',
            },
            result: '{"sms": "DELIVERED", "email": "SENT"}',
          },
          {
            say: 'Sarah Whitfield updated by SMS (delivered) and email (sent): application pending, retry tomorrow.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'adelaide-hills-engineering-rev-b-used-for-crew-plan',
    title:
      'Engineering revision B (14 panels) supersedes revision A (18 panels); the router mentions both and the crew planner orders and plans for 14',
    domain: 'structural checks and installer scheduling',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the superseded 18-panel figure is still in the messages but nobody acts on it',
    request:
      'Job SA-26-1422, 9 Onkaparinga Valley Road, Woodside SA 5244. Engineering issued a structural report last week (rev A, 18 panels). Check it is current and plan the crew and materials.',
    topology: {
      shape: 'network',
      coordinator: 'install_router',
      workers: ['roof_engineer', 'crew_planner'],
    },
    agents: [
      {
        name: 'install_router',
        description: 'Routes pre-install checks and planning',
        instructions: 'Confirm the current engineering, then plan the crew; finish when done.',
        replies: [
          {
            handoff: 'roof_engineer',
            message: 'SA-26-1422: is structural report rev A (18 panels) still current?',
          },
          {
            handoff: 'crew_planner',
            message:
              "SA-26-1422: plan crew and materials per engineering rev B — 14 panels (rev A's 18 is withdrawn: the eastern section is a skillion with 900 mm purlin spacing). Bushfire area, BAL-19.",
          },
          {
            say: 'SA-26-1422 ready: engineering rev B (14 panels, 6.16 kW) is current; crew SA-HILLS-2 booked Mon 19/10/2026 with 14 × 440 W panels and 4 × 4.4 m rails picked under order MO-26-6610.',
          },
        ],
      },
      {
        name: 'roof_engineer',
        description: 'Issues structural reports for solar installs',
        instructions: 'State the current report revision and its limits.',
        replies: [
          {
            call: 'structural_report',
            args: { job_id: 'SA-26-1422' },
            result:
              '{"current_revision": "B", "issued": "2026-10-09", "max_panels": 14, "supersedes": {"revision": "A", "max_panels": 18, "withdrawn_reason": "east section is skillion, purlins at 900 mm"}}',
          },
          {
            say: 'Current report is **rev B** (09/10/2026): max **14 panels**, main roof only. Rev A (18 panels) withdrawn — the east section is a skillion with purlins at 900 mm.',
          },
        ],
      },
      {
        name: 'crew_planner',
        description: 'Plans crews and materials for installs',
        instructions: 'Book a crew and pick materials for the job.',
        replies: [
          {
            call: 'plan_install',
            args: { job_id: 'SA-26-1422', panels: 14, rails_m: 17.6, bal: 'BAL-19', region: 'SA-HILLS' },
            result:
              '{"crew": "SA-HILLS-2", "date": "2026-10-19", "materials_order": "MO-26-6610", "picked": ["14 x Jinko 440 W", "4 x Clenergy rail 4.4 m", "28 x tile hooks", "ember-proof DC isolator enclosure"]}',
          },
          {
            say: 'SA-26-1422: crew SA-HILLS-2, Mon 19/10/2026. Materials MO-26-6610: 14 × Jinko 440 W, 4 × 4.4 m rails, 28 tile hooks, BAL-rated DC isolator enclosure.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'strata-complex-block-c-heritage-roof-left-off',
    title:
      "A strata solar study excludes block C's heritage-overlay roof by brief; its surveyor checks only the main switchboard and the aggregator reports blocks A and B panels with block C as excluded",
    domain: 'site surveys for strata buildings',
    mast: ['FM-2.4', 'FM-1.1'],
    nearMissOf:
      'low_quality_output / misunderstood_task: a worker that reports no panels for its block, because the brief excluded that roof',
    request:
      'Owners Corporation SP 40221, 15–19 Glebe Point Road, Glebe NSW 2037 (Ausgrid): feasibility for shared solar on blocks A and B. Block C is under City of Sydney heritage overlay I-889, so no panels there, but its main switchboard feeds the common property and must be assessed.',
    topology: {
      shape: 'fanout',
      planner: 'strata_planner',
      workers: ['block_a_surveyor', 'block_b_surveyor', 'block_c_surveyor'],
      aggregator: 'feasibility_writer',
    },
    agents: [
      {
        name: 'strata_planner',
        description: 'Plans strata solar feasibility studies',
        instructions: 'One brief per block.',
        replies: [
          {
            plan: {
              block_a_surveyor:
                'SP 40221 block A (15 Glebe Pt Rd): usable roof area, panel count, common-property NMI.',
              block_b_surveyor:
                'SP 40221 block B (17 Glebe Pt Rd): usable roof area, panel count, common-property NMI.',
              block_c_surveyor:
                'SP 40221 block C (19 Glebe Pt Rd): heritage overlay I-889 — NO panels, do not assess the roof. Assess the main switchboard only (capacity for a PV sub-board).',
            },
          },
        ],
      },
      {
        name: 'block_a_surveyor',
        description: 'Surveys one strata block',
        instructions: 'Survey the block per the brief.',
        replies: [
          {
            call: 'roof_survey',
            args: { block: 'A', address: '15 Glebe Point Road' },
            result:
              '{"usable_m2": 118, "panels_440w": 44, "kw": 19.36, "nmi_common": "4102338170", "roof": "membrane flat, 3-storey"}',
          },
          { say: 'Block A: 118 m² usable (flat membrane), 44 × 440 W = 19.36 kW, common NMI 4102338170.' },
        ],
      },
      {
        name: 'block_b_surveyor',
        description: 'Surveys one strata block',
        instructions: 'Survey the block per the brief.',
        replies: [
          {
            call: 'roof_survey',
            args: { block: 'B', address: '17 Glebe Point Road' },
            result:
              '{"usable_m2": 96, "panels_440w": 36, "kw": 15.84, "nmi_common": "4102338189", "roof": "Colorbond skillion 5 deg", "note": "lift overrun shades 4 m2 after 2 pm"}',
          },
          {
            say: 'Block B: 96 m² usable (Colorbond skillion), 36 × 440 W = 15.84 kW, common NMI 4102338189. Lift overrun shades ~4 m² after 2 pm (already excluded from the count).',
          },
        ],
      },
      {
        name: 'block_c_surveyor',
        description: 'Surveys one strata block',
        instructions: 'Survey the block per the brief.',
        replies: [
          {
            call: 'switchboard_survey',
            args: { block: 'C', address: '19 Glebe Point Road', board: 'MSB-C1' },
            result:
              '{"board": "MSB-C1", "main_switch_a": 200, "spare_ways": 6, "max_demand_a": 118, "rcd_protection": "partial", "pv_subboard_ok": true, "nmi_common": "4102338197"}',
          },
          {
            say: 'Block C (roof not assessed, heritage overlay I-889): MSB-C1 200 A main switch, max demand 118 A, 6 spare ways, common NMI 4102338197. A PV sub-board fits; RCD protection is partial and should be completed at the same time.',
          },
        ],
      },
      {
        name: 'feasibility_writer',
        description: 'Writes strata feasibility reports',
        instructions: 'Combine the block results into one report.',
        replies: [
          {
            say: '## SP 40221 — shared solar feasibility\n\n| block | roof | system | common NMI |\n|---|---|---|---|\n| A | flat membrane, 118 m² | 44 × 440 W = 19.36 kW | 4102338170 |\n| B | skillion, 96 m² | 36 × 440 W = 15.84 kW | 4102338189 |\n| C | excluded (heritage overlay I-889) | — | 4102338197 |\n\n**Total:** 80 panels, 35.2 kW (Ausgrid: >30 kW three-phase, negotiated connection).\n\n**Block C switchboard MSB-C1:** 200 A, 118 A max demand, 6 spare ways — a PV sub-board fits; complete RCD protection at the same time.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'perth-rebate-check-handed-back-to-finance-advisor',
    title:
      'The finance advisor passes a Perth customer to the rebate checker, which hands back with the WA battery scheme result; the finance advisor then answers with the loan',
    domain: 'rebates and financing',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: control goes back to the first agent, but carrying the rebate results it asked for',
    request:
      'Customer Amir Haddad, 30 Rokeby Road, Subiaco WA 6008 (Synergy customer, Western Power network) wants a 10 kWh battery added to his existing 6.6 kW system, about $9,800 installed. Is he eligible for the WA Residential Battery Scheme and the interest-free loan, and what would he pay monthly?',
    topology: {
      shape: 'swarm',
      entry: 'finance_advisor',
      agents: ['finance_advisor', 'rebate_checker'],
    },
    agents: [
      {
        name: 'finance_advisor',
        description: 'Advises customers on finance for solar and batteries',
        instructions: 'Get the rebate eligibility from the rebate checker, then give the finance answer.',
        replies: [
          {
            handoff: 'rebate_checker',
            message:
              'Amir Haddad, Subiaco 6008, Synergy account, existing 6.6 kW PV, adding a 10 kWh battery (~$9,800 installed). Check the WA Residential Battery Scheme rebate and the no-interest loan eligibility, then hand back to me.',
          },
          {
            call: 'loan_calculator',
            args: { principal_aud: 5000, rate_pct: 0, term_months: 120 },
            result: '{"monthly_aud": 41.67, "total_interest_aud": 0}',
          },
          {
            say: '**Amir Haddad — 10 kWh battery, Subiaco**\n\n| | amount |\n|---|---|\n| installed price | $9,800 |\n| WA Residential Battery Scheme rebate (Synergy, 10 kWh × $130) | −$1,300 |\n| Federal Cheaper Home Batteries discount | −$3,010 |\n| **net price** | **$5,490** |\n\nHe is eligible for the WA no-interest loan up to $10,000: borrowing $5,000 over 10 years is **$41.67/month**, and the remaining $490 is paid on installation.',
          },
        ],
      },
      {
        name: 'rebate_checker',
        description: 'Checks state and federal rebate eligibility',
        instructions: 'Check eligibility and hand the results back to the finance advisor.',
        replies: [
          {
            call: 'wa_battery_scheme_check',
            args: { retailer: 'Synergy', postcode: '6008', battery_kwh: 10, existing_pv_kw: 6.6 },
            result:
              '{"eligible": true, "rebate_aud": 1300, "rate": "130 per kWh, Synergy customers", "vpp_enrolment_required": true, "no_interest_loan": {"eligible": true, "max_aud": 10000, "term_years": 10}, "federal_chb_discount_aud": 3010}',
          },
          {
            handoff: 'finance_advisor',
            message:
              'Eligible: WA Residential Battery Scheme $1,300 (10 kWh × $130, Synergy, VPP enrolment required); federal Cheaper Home Batteries discount $3,010; WA no-interest loan eligible up to $10,000 over 10 years.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'sunshine-coast-rollout-brief-reworded-by-team-leads',
    title:
      'The regional manager asks for approvals and crews for five Sunshine Coast jobs; the team leads reword the brief in their own terms and the workers return every job id, NMI and approval code',
    domain: 'network connection approvals and installer scheduling',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: briefs paraphrased at each level of the hierarchy, with long lists of ids, that still carry the whole task',
    request:
      'Next fortnight on the Sunshine Coast: jobs SC-4410, SC-4413, SC-4417, SC-4421 and SC-4425. For each, confirm the Energex connection approval and book a crew between 2 and 13 November 2026. SC-4421 is on a 2-storey and needs scaffold.',
    topology: {
      shape: 'nested',
      top: 'regional_manager',
      teams: {
        approvals_lead: ['energex_checker'],
        scheduling_lead: ['crew_booker'],
      },
    },
    agents: [
      {
        name: 'regional_manager',
        description: 'Manages the Sunshine Coast installation region',
        instructions: 'Get approvals confirmed and crews booked, then report.',
        replies: [
          {
            handoff: 'approvals_lead',
            message: 'Confirm Energex approvals for SC-4410, SC-4413, SC-4417, SC-4421, SC-4425.',
          },
          {
            handoff: 'scheduling_lead',
            message:
              'Book crews 2–13 Nov 2026 for SC-4410, SC-4413, SC-4417, SC-4421 (scaffold, 2-storey) and SC-4425.',
          },
          {
            say: '## Sunshine Coast, 2–13 Nov 2026\n\n| job | Energex approval | NMI | crew | date |\n|---|---|---|---|---|\n| SC-4410 | CX-2610-220141 ✔ | 3120558871 | SC-1 | Mon 02/11 |\n| SC-4413 | CX-2610-220188 ✔ | 3120561402 | SC-2 | Tue 03/11 |\n| SC-4417 | CX-2610-220203 ✔ (5 kW export) | 3120563390 | SC-1 | Thu 05/11 |\n| SC-4421 | CX-2610-220236 ✔ | 3120570118 | SC-2 + scaffold | Mon 09/11 |\n| SC-4425 | CX-2610-220259 ✔ | 3120572264 | SC-1 | Wed 11/11 |\n\nAll five approved and booked.',
          },
        ],
      },
      {
        name: 'approvals_lead',
        description: 'Leads network connection approvals',
        instructions: 'Have the checker confirm approvals and report.',
        replies: [
          {
            handoff: 'energex_checker',
            message:
              'Look up the Energex connection status for these five Sunshine Coast jobs: SC-4410, SC-4413, SC-4417, SC-4421, SC-4425. Give approval code, NMI and any export limit.',
          },
          {
            say: 'All five approved: SC-4410 CX-2610-220141, SC-4413 CX-2610-220188, SC-4417 CX-2610-220203 (export 5 kW), SC-4421 CX-2610-220236, SC-4425 CX-2610-220259. NMIs 3120558871 / 3120561402 / 3120563390 / 3120570118 / 3120572264.',
          },
        ],
      },
      {
        name: 'energex_checker',
        description: 'Checks Energex connection approvals',
        instructions: 'Return the approval status for each job.',
        replies: [
          {
            call: 'energex_bulk_status',
            args: { jobs: 'SC-4410,SC-4413,SC-4417,SC-4421,SC-4425' },
            result:
              '[{"job": "SC-4410", "nmi": "3120558871", "app": "CX-2610-220141", "status": "APPROVED", "export_kw": 10}, {"job": "SC-4413", "nmi": "3120561402", "app": "CX-2610-220188", "status": "APPROVED", "export_kw": 10}, {"job": "SC-4417", "nmi": "3120563390", "app": "CX-2610-220203", "status": "APPROVED", "export_kw": 5}, {"job": "SC-4421", "nmi": "3120570118", "app": "CX-2610-220236", "status": "APPROVED", "export_kw": 10}, {"job": "SC-4425", "nmi": "3120572264", "app": "CX-2610-220259", "status": "APPROVED", "export_kw": 10}]',
          },
          {
            say: '| job | NMI | application | status | export |\n|---|---|---|---|---|\n| SC-4410 | 3120558871 | CX-2610-220141 | APPROVED | 10 kW |\n| SC-4413 | 3120561402 | CX-2610-220188 | APPROVED | 10 kW |\n| SC-4417 | 3120563390 | CX-2610-220203 | APPROVED | 5 kW |\n| SC-4421 | 3120570118 | CX-2610-220236 | APPROVED | 10 kW |\n| SC-4425 | 3120572264 | CX-2610-220259 | APPROVED | 10 kW |',
          },
        ],
      },
      {
        name: 'scheduling_lead',
        description: 'Leads installer scheduling',
        instructions: 'Have the booker schedule crews and report.',
        replies: [
          {
            handoff: 'crew_booker',
            message:
              'Five installs to slot in the fortnight starting Mon 2 Nov 2026 (to Fri 13 Nov): SC-4410, SC-4413, SC-4417, SC-4425 single-storey; SC-4421 double-storey, add scaffold hire.',
          },
          {
            say: 'Booked: SC-4410 SC-1 02/11, SC-4413 SC-2 03/11, SC-4417 SC-1 05/11, SC-4421 SC-2 + scaffold 09/11 (BK-26-11-0934), SC-4425 SC-1 11/11.',
          },
        ],
      },
      {
        name: 'crew_booker',
        description: 'Books crews and equipment hire',
        instructions: 'Book the crews.',
        replies: [
          {
            call: 'book_crews',
            args: {
              window: '2026-11-02/2026-11-13',
              jobs: 'SC-4410,SC-4413,SC-4417,SC-4421,SC-4425',
              scaffold_jobs: 'SC-4421',
            },
            result:
              '{"bookings": [{"job": "SC-4410", "crew": "SC-1", "date": "2026-11-02", "ref": "BK-26-11-0921"}, {"job": "SC-4413", "crew": "SC-2", "date": "2026-11-03", "ref": "BK-26-11-0925"}, {"job": "SC-4417", "crew": "SC-1", "date": "2026-11-05", "ref": "BK-26-11-0929"}, {"job": "SC-4421", "crew": "SC-2", "date": "2026-11-09", "ref": "BK-26-11-0934", "scaffold": "Coastal Scaffolding, erect 06/11"}, {"job": "SC-4425", "crew": "SC-1", "date": "2026-11-11", "ref": "BK-26-11-0940"}]}',
          },
          {
            say: 'Booked 5/5: SC-4410 SC-1 02/11 (BK-26-11-0921), SC-4413 SC-2 03/11 (BK-26-11-0925), SC-4417 SC-1 05/11 (BK-26-11-0929), SC-4421 SC-2 09/11 with Coastal Scaffolding erected 06/11 (BK-26-11-0934), SC-4425 SC-1 11/11 (BK-26-11-0940).',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch120Scenarios = [...faults, ...healthy];
