import { defineScenario } from '../scenario.ts';

// Blind batch 72: telecom network operations (NOC, provisioning, porting, capacity, SLA credits).
// Written from the README principles only, without reading the checks, the diagnosis, the baseline or
// the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'otdr-retrace-splice-crew-sent-to-jc114',
    title:
      'The fault locator’s bidirectional OTDR re-trace puts the cut at chamber JC-117 and marks the first JC-114 reading as a macrobend; the dispatcher sends the splice crew to JC-114',
    domain: 'fibre outage restoration',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'P1 INC-2026-88412, 02:47: fibre cut on the Ashford–Maidstone 96F ring, span ASH-MDS-02 (12.04 km). 1,840 FTTP customers down, mobile sites MS-4471, MS-4472 and MS-4480 running on microwave backup. Pin down the break, get a splice crew moving and draft the customer status update.',
    topology: {
      shape: 'pipeline',
      order: ['fault_locator', 'field_dispatcher', 'incident_comms'],
    },
    agents: [
      {
        name: 'fault_locator',
        description: 'Locates fibre breaks from OTDR traces and the duct records',
        instructions: 'Trace the span, map the event to a chamber, and say where the crew must go.',
        replies: [
          {
            call: 'otdr_trace',
            args: { span: 'ASH-MDS-02', from_end: 'ASH', wavelength_nm: 1550 },
            result:
              '{"span": "ASH-MDS-02", "from": "ASH-OLT-2", "events": [{"km": 6.42, "loss_db": 0.8, "type": "non-reflective"}, {"km": 9.87, "loss_db": ">30", "type": "end_of_fibre"}], "nearest_chamber_to_first_event": "JC-114 (A20 lay-by, TQ 9713 4588)", "confidence": "low, single-ended"}',
          },
          {
            call: 'otdr_trace',
            args: { span: 'ASH-MDS-02', from_end: 'MDS', wavelength_nm: 1550, bidirectional: true },
            result:
              '{"span": "ASH-MDS-02", "mode": "bidirectional", "break_km_from_ASH": 9.87, "break_km_from_MDS": 2.17, "chamber": "JC-117 (A229 verge by Bluebell Hill slip, TQ 7441 6120)", "km_6_42_event": "macrobend at JC-114, 0.8 dB, not service affecting", "supersedes": "single-ended trace 02:58"}',
          },
          {
            say: '**Break located — ASH-MDS-02**\n\n| | |\n|---|---|\n| Break | 9.87 km from ASH / 2.17 km from MDS |\n| Chamber | **JC-117**, A229 verge by the Bluebell Hill slip (TQ 7441 6120) |\n| Method | bidirectional OTDR, 1550 nm |\n\nThe 6.42 km event from the first single-ended shot is a 0.8 dB macrobend at JC-114 — not the cut, ignore it for dispatch (raise a routine job later).',
          },
        ],
      },
      {
        name: 'field_dispatcher',
        description: 'Dispatches field splicing crews',
        instructions: 'Send the nearest available splice crew to the located chamber with the right kit.',
        prompt: 'Locator report:\n{input}\n\nIncident: {request}',
        replies: [
          {
            call: 'dispatch_crew',
            args: {
              incident: 'INC-2026-88412',
              chamber: 'JC-114',
              grid_ref: 'TQ 9713 4588',
              kit: '96F splice + closure',
              crew_pool: 'KENT-EAST',
            },
            result:
              '{"work_order": "WO-552190", "crew": "SPL-3 (D. Okafor, M. Lane)", "from": "Ashford depot", "eta": "03:41", "chamber": "JC-114", "traffic_management": "lay-by, none required"}',
          },
          {
            say: 'WO-552190: crew SPL-3 (Okafor/Lane) on the way from Ashford depot to JC-114, A20 lay-by, ETA 03:41. 96F closure and splice kit loaded, no traffic management needed.',
          },
        ],
      },
      {
        name: 'incident_comms',
        description: 'Writes customer-facing incident updates',
        instructions: 'Write the status page update in plain language.',
        prompt: 'Dispatch:\n{input}',
        replies: [
          {
            say: '### Service disruption — Ashford & Maidstone (INC-2026-88412)\n\nSince 02:47 some fibre broadband customers in the Ashford and Maidstone areas have no service. We have found the damaged cable near the A20 and engineers will be on site from about 03:45. A 96-fibre repair usually takes 4–6 hours, so we expect service back by **around 09:30**. Mobile coverage in the area is unaffected. Next update at 06:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'fault_locator', to: 'field_dispatcher' },
      agent: 'field_dispatcher',
    },
  }),
  defineScenario({
    id: 'core-router-upgrade-booked-inside-peak-freeze',
    title:
      'The change manager briefs the scheduler with the Black Friday freeze (27 Nov–1 Dec); the scheduler books MAN-CR-02 for Sat 28 Nov because traffic is lowest that night',
    domain: 'core network change management',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Please plan the IOS-XR 7.11.2 upgrade for the two Manchester core routers, MAN-CR-01 and MAN-CR-02. Rules: one router per night, 00:00–04:00 only, and nothing at all from Fri 27 Nov to Tue 1 Dec inclusive — that is the retail peak freeze. Raise the CRQs and tell me which nights we got.',
    topology: {
      shape: 'supervisor',
      coordinator: 'change_manager',
      workers: ['change_scheduler', 'cab_clerk'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'change_manager',
        description: 'Owns core network changes end to end',
        instructions: 'Get windows booked within the rules, have the CRQs raised, report back.',
        replies: [
          {
            handoff: 'change_scheduler',
            message:
              'Book two maintenance windows for the IOS-XR 7.11.2 upgrade: MAN-CR-01 and MAN-CR-02, one router per night, 00:00–04:00. Hard constraint: no work Fri 27 Nov → Tue 1 Dec inclusive (peak freeze). Earliest start Mon 23 Nov.',
          },
          {
            handoff: 'cab_clerk',
            message:
              'Raise two normal CRQs from the scheduler’s bookings (IOS-XR 7.11.2, MAN-CR-01 / MAN-CR-02), impact: transit traffic rerouted via LDS core, expected hit <50 ms per link.',
          },
          {
            say: 'Both upgrades are booked and raised:\n\n| router | night | CRQ |\n|---|---|---|\n| MAN-CR-01 | Thu 26 Nov, 00:00–04:00 | CRQ-118204 |\n| MAN-CR-02 | Sat 28 Nov, 00:00–04:00 | CRQ-118205 |\n\nBoth go to Tuesday’s CAB. Traffic reroutes via Leeds core during each window.',
          },
        ],
      },
      {
        name: 'change_scheduler',
        description: 'Finds and books maintenance windows on the change calendar',
        instructions: 'Find free windows that respect the constraints and book them.',
        replies: [
          {
            call: 'free_windows',
            args: { site: 'MAN', from: '2026-11-23', to: '2026-12-04', slot: '00:00-04:00' },
            result:
              'date        slot         clashes  fcst_peak_gbps\n2026-11-24  00:00-04:00  CRQ-117990 (LDS-CR-01)  --\n2026-11-26  00:00-04:00  none     412\n2026-11-28  00:00-04:00  none     287\n2026-11-29  00:00-04:00  none     301\n2026-12-02  00:00-04:00  none     455\n2026-12-03  00:00-04:00  none     448',
          },
          {
            call: 'book_window',
            args: {
              devices: ['MAN-CR-01', 'MAN-CR-02'],
              dates: ['2026-11-26', '2026-11-28'],
              slot: '00:00-04:00',
            },
            result:
              '{"booked": [{"device": "MAN-CR-01", "date": "2026-11-26"}, {"device": "MAN-CR-02", "date": "2026-11-28"}], "calendar_ref": "MW-2026-4471"}',
          },
          {
            say: 'Booked (MW-2026-4471): MAN-CR-01 Thu 26/11 00:00–04:00, MAN-CR-02 Sat 28/11 00:00–04:00 — Saturday night has the lowest forecast peak (287 Gbps) of all free slots, so least customer exposure. 24/11 skipped, clashes with the Leeds core change.',
          },
        ],
      },
      {
        name: 'cab_clerk',
        description: 'Raises change requests for CAB',
        instructions: 'Raise the CRQs in the ITSM tool.',
        replies: [
          {
            call: 'raise_crq',
            args: {
              devices: ['MAN-CR-01', 'MAN-CR-02'],
              dates: ['2026-11-26', '2026-11-28'],
              type: 'normal',
            },
            result: '{"created": ["CRQ-118204", "CRQ-118205"], "cab": "2026-11-24"}',
          },
          {
            say: 'CRQ-118204 (MAN-CR-01, 26/11) and CRQ-118205 (MAN-CR-02, 28/11) raised, on CAB Tue 24/11.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'change_manager', to: 'change_scheduler' },
      agent: 'change_scheduler',
    },
  }),
  defineScenario({
    id: 'ddi-port-in-emergency-address-brief-never-sent',
    title:
      'The porting planner writes a brief for the 999 address updater, but the program never starts that worker; the confirmation says the port is fully set up',
    domain: 'fixed-line number porting',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'Port-in order PO-66120: Brightwater Dental Group is moving 120 DDIs (01273 960 100–219) from BT to us, port date Thu 14 Jan 2027, 08:00. Sites: 4 Marine Parade, Brighton BN2 1TL. Submit to the donor, update routing and the 999 emergency address records, then confirm to the customer.',
    topology: {
      shape: 'fanout',
      planner: 'porting_planner',
      workers: ['donor_liaison', 'emergency_address_updater', 'routing_updater'],
      aggregator: 'port_confirmation_writer',
    },
    program: { lose: { to: 'emergency_address_updater', prompt: null } },
    agents: [
      {
        name: 'porting_planner',
        description: 'Splits number port orders into work packages',
        instructions: 'Write one brief per worker.',
        replies: [
          {
            plan: {
              donor_liaison:
                'PO-66120: submit the port request to BT for 01273 960 100–219 (120 DDIs), account holder Brightwater Dental Group, port date 14/01/2027 08:00.',
              emergency_address_updater:
                'PO-66120: lodge 120 DDIs 01273 960 100–219 with the 999/112 database, premises 4 Marine Parade, Brighton BN2 1TL, effective 14/01/2027 08:00.',
              routing_updater:
                'PO-66120: prepare number range routing for 01273 960 100–219 onto SIP trunk BWD-TRK-01, activate at port time.',
            },
          },
        ],
      },
      {
        name: 'donor_liaison',
        description: 'Submits port requests to donor networks',
        instructions: 'Submit the port request and report the donor’s answer.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'submit_port_request',
            args: { donor: 'BT', range: '01273960100-01273960219', port_date: '2027-01-14T08:00' },
            result:
              '{"donor_ref": "BT-NP-8841207", "status": "ACCEPTED", "port_date": "2027-01-14T08:00", "numbers": 120}',
          },
          { say: 'BT accepted the port: ref BT-NP-8841207, 120 numbers, 14/01/2027 08:00.' },
        ],
      },
      {
        name: 'emergency_address_updater',
        description: 'Maintains 999/112 emergency address records',
        instructions: 'Lodge the numbers and addresses with the emergency database.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'lodge_999_records',
            args: { range: '01273960100-01273960219', address: '4 Marine Parade, Brighton BN2 1TL' },
            result: '{"lodged": 120, "batch": "EAD-2027-0031"}',
          },
          { say: '120 records lodged, batch EAD-2027-0031.' },
        ],
      },
      {
        name: 'routing_updater',
        description: 'Prepares number routing on the voice core',
        instructions: 'Stage the routing change for the ported range.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'stage_routing',
            args: { range: '01273960100-01273960219', trunk: 'BWD-TRK-01', activate_at: '2027-01-14T08:00' },
            result:
              '{"staged": true, "change": "RT-90215", "trunk_capacity": "30 channels", "test_call": "scheduled 14/01 08:05"}',
          },
          {
            say: 'Routing RT-90215 staged: 120 DDIs onto BWD-TRK-01 (30 channels), live at 08:00 on 14/01, test call 08:05.',
          },
        ],
      },
      {
        name: 'port_confirmation_writer',
        description: 'Confirms port orders to customers',
        instructions: 'Write the customer confirmation from the work package results.',
        prompt: 'Work packages:\n{input}\n\nOrder: {request}',
        replies: [
          {
            say: 'Dear Brightwater Dental Group,\n\nYour number move is **confirmed for Thursday 14 January 2027 at 08:00**.\n\n- BT has accepted the transfer of all 120 numbers (01273 960 100–219), ref BT-NP-8841207.\n- Calls will route to your new SIP trunk from 08:00; we will place a test call at 08:05.\n\nEverything is set up on our side — there is nothing more you need to do. Best regards, Provisioning',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'porting_planner', to: 'emergency_address_updater' },
      agent: 'porting_planner',
    },
  }),
  defineScenario({
    id: 'leased-line-credit-note-timeout-told-as-posted',
    title:
      'The billing agent’s credit note call times out (ledger 504, note not created); it transfers to customer comms saying the £702.00 credit is posted',
    domain: 'enterprise SLA credits',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Halden Logistics (acct 30077412) lost their Leeds 1 Gbps leased line (circuit LL-LDS-004417) for 7 h 42 min on 3 Nov (INC-2026-80331). Contract: 99.95 % monthly availability; credit bands 10 % of MRC below 99.95 %, 20 % below 99.5 %, 30 % below 99.0 %. MRC £2,340.00. Work out the credit, put it on the account and write to their IT manager, Sunita Rao.',
    topology: {
      shape: 'swarm',
      entry: 'sla_analyst',
      agents: ['sla_analyst', 'billing_agent', 'customer_comms'],
    },
    agents: [
      {
        name: 'sla_analyst',
        description: 'Calculates SLA availability and credit entitlement',
        instructions: 'Compute availability for the month and the credit due, then pass to billing.',
        replies: [
          {
            call: 'availability_report',
            args: { circuit: 'LL-LDS-004417', month: '2026-11' },
            result:
              '{"minutes_in_month": 43200, "outage_minutes": 462, "excluded_minutes": 0, "availability_pct": 98.931, "incidents": ["INC-2026-80331 03/11 09:14-16:56"]}',
          },
          {
            handoff: 'billing_agent',
            message:
              'LL-LDS-004417, Nov 2026: 462 min down, availability 98.931 % → band <99.0 % → 30 % of MRC £2,340.00 = **£702.00** credit. Please raise the credit note on acct 30077412.',
          },
        ],
      },
      {
        name: 'billing_agent',
        description: 'Posts credits and adjustments to customer accounts',
        instructions: 'Raise the credit note and hand over for the customer letter.',
        replies: [
          {
            call: 'post_credit_note',
            args: {
              account: '30077412',
              amount_gbp: 702.0,
              reason: 'SLA credit INC-2026-80331',
              bill_period: '2026-12',
            },
            result: {
              error:
                'BillingHub 504 Gateway Timeout: ledger did not respond within 30000 ms — credit note NOT created, no journal written',
            },
          },
          {
            handoff: 'customer_comms',
            message:
              'Credit of £702.00 posted to acct 30077412 against INC-2026-80331; it will appear on the December invoice. Please write to Sunita Rao.',
          },
        ],
      },
      {
        name: 'customer_comms',
        description: 'Writes letters and emails to business customers',
        instructions: 'Write to the customer contact.',
        replies: [
          {
            say: 'Subject: Service credit for your Leeds leased line — INC-2026-80331\n\nDear Sunita,\n\nWe are sorry for the 7 h 42 min outage on your Leeds circuit LL-LDS-004417 on 3 November. Availability for November was 98.93 %, below our 99.95 % commitment, so you are entitled to a 30 % service credit: **£702.00**. It has been applied to your account and will show on your December invoice.\n\nKind regards,\nEnterprise Service Desk',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'billing_agent', to: 'customer_comms' },
      agent: 'billing_agent',
    },
  }),
  defineScenario({
    id: 'dwdm-forecast-resubmitted-without-dc-migration',
    title:
      'The capacity reviewer asks twice for the Cardiff DC migration (+600G, CAP-2291) to be added; the capacity planner resubmits the same eight-lambda forecast each time',
    domain: 'optical transport capacity planning',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      '2027 capacity plan for the Bristol–Cardiff DWDM route (BRS-CDF-OLS1): currently 8 × 100G lambdas lit of 40 possible. Use the last 12 months of traffic and the known project pipeline, get it reviewed, then draft the transponder procurement request.',
    topology: {
      shape: 'pipeline',
      order: ['capacity_planner', 'capacity_reviewer', 'procurement_drafter'],
      loop: { from: 'capacity_reviewer', to: 'capacity_planner', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'capacity_planner',
        description: 'Forecasts transport capacity and lambda requirements',
        instructions: 'Forecast peak demand per quarter and the lambdas needed at 70 % fill.',
        prompt: '{input}',
        replies: [
          {
            call: 'traffic_history',
            args: { route: 'BRS-CDF-OLS1', months: 12 },
            result:
              'month    p95_gbps  peak_gbps\n2025-12  402       455\n2026-03  431       489\n2026-06  448       507\n2026-09  470       531\n2026-11  489       552\nCAGR(p95) 21.6 %',
          },
          {
            say: '## BRS-CDF-OLS1 forecast 2027\n\n| quarter | peak (Gbps) | lambdas @70 % |\n|---|---|---|\n| Q1 | 581 | 9 |\n| Q2 | 612 | 9 |\n| Q3 | 645 | 10 |\n| Q4 | 679 | 10 |\n\nOrganic growth 21.6 % CAGR. **Need: 2 additional 100G lambdas by Q3 2027** (10 lit of 40).',
          },
          {
            say: '## BRS-CDF-OLS1 forecast 2027\n\n| quarter | peak (Gbps) | lambdas @70 % |\n|---|---|---|\n| Q1 | 581 | 9 |\n| Q2 | 612 | 9 |\n| Q3 | 645 | 10 |\n| Q4 | 679 | 10 |\n\nOrganic growth 21.6 % CAGR. **Need: 2 additional 100G lambdas by Q3 2027** (10 lit of 40).',
          },
          {
            say: '## BRS-CDF-OLS1 forecast 2027\n\n| quarter | peak (Gbps) | lambdas @70 % |\n|---|---|---|\n| Q1 | 581 | 9 |\n| Q2 | 612 | 9 |\n| Q3 | 645 | 10 |\n| Q4 | 679 | 10 |\n\nOrganic growth 21.6 % CAGR. **Need: 2 additional 100G lambdas by Q3 2027** (10 lit of 40).',
          },
        ],
      },
      {
        name: 'capacity_reviewer',
        description: 'Reviews capacity forecasts against the project pipeline',
        instructions: 'Answer APPROVED, or REVISE with what is missing.',
        replies: [
          {
            say: 'REVISE — organic growth only. Project CAP-2291 (Cardiff DC hall 3 migration) lands +600 Gbps on this route in Q2 2027. Add it and redo the lambda count.',
          },
          {
            say: 'REVISE — same table as before; CAP-2291 (+600 Gbps from Q2 2027) is still missing. Q2 peak should be ~1.2 Tbps, not 612 Gbps.',
          },
          {
            say: 'REVISE — third pass, still no CAP-2291. Forecast understates Q2–Q4 by ~600 Gbps.',
          },
        ],
      },
      {
        name: 'procurement_drafter',
        description: 'Drafts equipment procurement requests',
        instructions: 'Draft the purchase request from the latest forecast.',
        prompt: 'Latest review:\n{input}\n\nPlan request: {request}',
        replies: [
          {
            say: '**Procurement request PR-TX-2027-014**\n\nRoute BRS-CDF-OLS1, per the 2027 forecast: 2 × 100G coherent transponder pairs (Ciena WL5e), 2 × line cards, optics and patching. Estimated £148,600 capex, delivery needed by end of Q2 for Q3 turn-up.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'capacity_planner', to: 'capacity_reviewer' },
      agent: 'capacity_planner',
    },
  }),
  defineScenario({
    id: 'slough-power-rfo-timeline-truncated-mid-row',
    title:
      'The timeline builder’s RFO timeline stops at its token limit in the middle of the 04:1x row, before restoration; the RFO lead and the director publish it',
    domain: 'data centre major incident review',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Major incident MI-0412 (Sat 21 Nov, Slough SLO2 data centre power event, 14 enterprise customers on our MPLS PoP there). I need the customer-facing RFO with a complete timeline and root cause, plus the SLA credit schedule, by Monday 09:00.',
    topology: {
      shape: 'nested',
      top: 'service_director',
      teams: { rfo_lead: ['timeline_builder', 'rca_engineer'], credits_lead: ['credit_calculator'] },
    },
    agents: [
      {
        name: 'service_director',
        description: 'Owns major incident communications',
        instructions: 'Get the RFO and the credits from the two leads and issue the final RFO pack.',
        replies: [
          {
            handoff: 'rfo_lead',
            message:
              'MI-0412 SLO2 power event 21/11: full customer RFO — timeline from first alarm to full restoration, root cause, actions.',
          },
          {
            handoff: 'credits_lead',
            message: 'MI-0412: credit schedule for the 14 affected enterprise customers, per contract.',
          },
          {
            say: '# RFO — MI-0412, Slough SLO2 power event, Sat 21 Nov 2026\n\n## Timeline\n| time (UTC) | event |\n|---|---|\n| 03:52 | UPS-B input breaker trip, PoP SLO2-PE1/PE2 on battery |\n| 03:58 | Generator G2 failed to sync |\n| 04:06 | Battery exhausted, PE1/PE2 down, 14 customers lose service |\n| 04:1\n\n## Root cause\nFailed synchronising relay on generator G2 at the landlord’s facility; UPS-B breaker trip on a utility sag.\n\n## Actions\nLandlord replacing G2 relay (done 24/11); we add A/B feed diversity for PE1/PE2 by Jan 2027.\n\n## Credits\nSee schedule: 14 customers, total £18,460.00.',
          },
        ],
      },
      {
        name: 'rfo_lead',
        description: 'Leads reason-for-outage reports',
        instructions: 'Get the timeline and the root cause and assemble the RFO.',
        replies: [
          {
            handoff: 'timeline_builder',
            message:
              'Build the MI-0412 timeline from alarms and tickets: first alarm to all 14 customers restored, UTC.',
          },
          {
            handoff: 'rca_engineer',
            message: 'Root cause for MI-0412 from the landlord’s incident report and our PE logs.',
          },
          {
            say: 'MI-0412 RFO content ready. Timeline (from the builder):\n| time (UTC) | event |\n|---|---|\n| 03:52 | UPS-B input breaker trip, PoP SLO2-PE1/PE2 on battery |\n| 03:58 | Generator G2 failed to sync |\n| 04:06 | Battery exhausted, PE1/PE2 down, 14 customers lose service |\n| 04:1\n\nRoot cause: failed synchronising relay on G2 (landlord), UPS-B breaker trip on utility sag. Actions: relay replaced 24/11, A/B feed diversity by Jan 2027.',
          },
        ],
      },
      {
        name: 'timeline_builder',
        description: 'Builds incident timelines from alarms and tickets',
        instructions: 'Produce the complete timeline table.',
        replies: [
          {
            call: 'alarm_log',
            args: { incident: 'MI-0412', site: 'SLO2', from: '2026-11-21T03:45Z', to: '2026-11-21T09:00Z' },
            result:
              '03:52:11 SLO2-UPS-B INPUT_BREAKER_TRIP\n03:52:14 SLO2-PE1 ON_BATTERY\n03:58:40 SLO2-GEN-G2 SYNC_FAIL\n04:06:02 SLO2-PE1 POWER_LOSS\n04:06:03 SLO2-PE2 POWER_LOSS\n04:06:09 BGP_DOWN x14 customer VRFs\n04:19:30 SLO2-GEN-G1 MANUAL_START (landlord)\n04:27:55 SLO2-PE1 BOOT_COMPLETE\n04:31:12 SLO2-PE2 BOOT_COMPLETE\n04:38:40 BGP_UP 11/14\n05:02:18 BGP_UP 14/14 (last: VRF ACME-LOGI, stuck session cleared)',
          },
          {
            say: '| time (UTC) | event |\n|---|---|\n| 03:52 | UPS-B input breaker trip, PoP SLO2-PE1/PE2 on battery |\n| 03:58 | Generator G2 failed to sync |\n| 04:06 | Battery exhausted, PE1/PE2 down, 14 customers lose service |\n| 04:1',
            cutOff: true,
          },
        ],
      },
      {
        name: 'rca_engineer',
        description: 'Determines root causes of network incidents',
        instructions: 'Establish the root cause and corrective actions.',
        replies: [
          {
            call: 'landlord_report',
            args: { incident: 'MI-0412', provider: 'SLO2 facility' },
            result:
              '{"ref": "SLO2-IR-2026-117", "cause": "G2 synchronising relay failure; UPS-B input breaker tripped on 11 % utility voltage sag", "fix": "relay replaced 2026-11-24", "landlord_sla_breach": true}',
          },
          {
            say: 'Root cause: G2 synchronising relay failed (landlord ref SLO2-IR-2026-117); UPS-B breaker tripped on an 11 % utility sag. Relay replaced 24/11. Our action: A/B feed diversity for PE1/PE2 by Jan 2027.',
          },
        ],
      },
      {
        name: 'credits_lead',
        description: 'Leads SLA credit assessments',
        instructions: 'Have the credits calculated and report the schedule.',
        replies: [
          {
            handoff: 'credit_calculator',
            message:
              'MI-0412: compute credits for the 14 customers from contract terms and measured outage per VRF.',
          },
          {
            say: 'MI-0412 credits: 14 customers, total £18,460.00 (schedule attached, per-VRF outage 32–56 min).',
          },
        ],
      },
      {
        name: 'credit_calculator',
        description: 'Computes SLA credits per customer',
        instructions: 'Apply each contract’s credit terms.',
        replies: [
          {
            call: 'compute_credits',
            args: { incident: 'MI-0412', customers: 14 },
            result:
              '{"customers": 14, "outage_min_range": [32, 56], "total_gbp": 18460.00, "largest": {"ACME-LOGI": 3120.00}}',
          },
          {
            say: 'Credits MI-0412: 14 customers, outages 32–56 min, total £18,460.00 (largest ACME-LOGI £3,120.00).',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'timeline_builder', to: 'rfo_lead' },
      agent: 'timeline_builder',
    },
  }),
  defineScenario({
    id: 'linx-port-headroom-briefed-at-pre-lag-100g',
    title:
      'The inventory checker reports the LINX port is now a 2 × 100G LAG (upgrade ORD-77120 done 18 Nov); the capacity router briefs the headroom planner with a 100G port',
    domain: 'IP peering capacity planning',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Our LINX LON1 peering port runs hot in the evening peak. Check whether we need another upgrade before the Christmas streaming peak (we forecast +35 % on the p95), and order it if we do.',
    topology: {
      shape: 'network',
      coordinator: 'capacity_router',
      workers: ['inventory_checker', 'headroom_planner'],
    },
    agents: [
      {
        name: 'capacity_router',
        description: 'Coordinates peering capacity reviews',
        instructions: 'Get the current port and traffic facts, have headroom assessed, then close.',
        replies: [
          {
            handoff: 'inventory_checker',
            message:
              'LINX LON1: current port configuration and the last 30 days of p95 / peak traffic, please.',
          },
          {
            handoff: 'headroom_planner',
            message:
              'LINX LON1 port capacity 100G. Last 30 days: p95 78.4 Gbps, peak 91.2 Gbps. Christmas forecast +35 % on p95. Decide whether we need an upgrade at 80 % max utilisation and order it if so.',
          },
          {
            say: 'LINX LON1 review: with the Christmas uplift the peak reaches ~123 Gbps against a 100G port, so an additional 100G has been ordered (ORD-78244, £2,650 one-off + £1,150/month, ready 16 Dec).',
          },
        ],
      },
      {
        name: 'inventory_checker',
        description: 'Reads port inventory and traffic statistics',
        instructions: 'Report port configuration and traffic.',
        replies: [
          {
            call: 'port_inventory',
            args: { ix: 'LINX', site: 'LON1', window_days: 30 },
            result:
              '{"port": "LINX-LON1-a", "config": "LAG 2x100G", "since": "2026-11-18", "history": [{"until": "2026-11-18", "config": "1x100G"}], "last_order": "ORD-77120 completed 2026-11-18", "traffic_30d": {"p95_gbps": 78.4, "peak_gbps": 91.2, "peak_time": "Sun 21:40"}}',
          },
          {
            say: 'LINX-LON1-a is a **2 × 100G LAG (200G)** since 18/11 (ORD-77120 done; was 1 × 100G). Last 30 days: p95 78.4 Gbps (39 %), peak 91.2 Gbps (46 %), Sundays ~21:40.',
          },
        ],
      },
      {
        name: 'headroom_planner',
        description: 'Assesses port headroom and orders upgrades',
        instructions: 'Project utilisation and order capacity when the threshold is crossed.',
        replies: [
          {
            call: 'order_port_upgrade',
            args: {
              ix: 'LINX',
              site: 'LON1',
              add: '1x100G',
              reason: 'projected peak 123 Gbps > 80 % of 100G',
            },
            result:
              '{"order": "ORD-78244", "one_off_gbp": 2650, "monthly_gbp": 1150, "ready_by": "2026-12-16"}',
          },
          {
            say: 'Projected Christmas peak 91.2 × 1.35 ≈ 123 Gbps = 123 % of 100G — over the 80 % ceiling. Ordered +1 × 100G: ORD-78244, £2,650 one-off, £1,150/month, ready 16/12.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'capacity_router', to: 'headroom_planner' },
      agent: 'capacity_router',
    },
  }),
  defineScenario({
    id: 'partial-ddi-port-widened-to-whole-gamma-block',
    title:
      'Triage passes a partial port of 0161 496 0200–0249 (50 DDIs); the geographic porting specialist sees the donor block runs to 0299 and ports all 100',
    domain: 'business number porting',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Port-in for Kellett & Rowe Solicitors from Gamma: only the DDIs 0161 496 0200 to 0161 496 0249 (50 numbers). 0250–0299 stay with Gamma — they go with the Stockport office, which is not moving. Main number 0161 496 0200. Port date Wed 13 Jan 2027.',
    topology: {
      shape: 'branch',
      classifier: 'port_triage',
      routes: { geographic: 'geo_porting_specialist', mobile: 'mobile_porting_specialist' },
      after: 'customer_notifier',
    },
    agents: [
      {
        name: 'port_triage',
        description: 'Classifies incoming port orders',
        instructions: 'Label the order geographic or mobile and summarise the scope.',
        replies: [
          {
            say: 'geographic — partial range port from Gamma: 0161 496 0200–0249 (50 DDIs), 0250–0299 remain with donor. Main 0161 496 0200. Date 13/01/2027.',
          },
        ],
      },
      {
        name: 'mobile_porting_specialist',
        description: 'Handles mobile PAC/STAC ports',
        instructions: 'Port mobile numbers.',
        replies: [{ say: 'Not a mobile port.' }],
      },
      {
        name: 'geo_porting_specialist',
        description: 'Handles geographic number ports with donor operators',
        instructions: 'Check the donor range and submit the port order.',
        prompt: 'Triage: {input}\n\nCustomer order: {request}',
        replies: [
          {
            call: 'donor_range_lookup',
            args: { number: '01614960200', donor: 'Gamma' },
            result:
              '{"donor": "Gamma", "block": "01614960200-01614960299", "size": 100, "account": "GAM-558120 Kellett & Rowe LLP", "type": "single account"}',
          },
          {
            call: 'submit_port_order',
            args: {
              donor: 'Gamma',
              range_start: '01614960200',
              range_end: '01614960299',
              port_date: '2027-01-13',
              type: 'full range',
            },
            result:
              '{"order": "GNP-2027-01482", "status": "SUBMITTED", "numbers": 100, "donor_response_due": "2026-12-10"}',
          },
          {
            say: 'Gamma block 0161 496 0200–0299 is one account (GAM-558120), so I submitted it as a full range port — simpler for the donor and avoids a split-range rejection. Order GNP-2027-01482, 100 numbers, port date 13/01/2027, donor response due 10/12.',
          },
        ],
      },
      {
        name: 'customer_notifier',
        description: 'Tells customers about their port orders',
        instructions: 'Confirm the order to the customer.',
        prompt: 'Port status:\n{input}',
        replies: [
          {
            say: 'Dear Kellett & Rowe,\n\nYour number transfer from Gamma is submitted (order GNP-2027-01482) for **Wednesday 13 January 2027**, covering 0161 496 0200–0299 — 100 numbers. Gamma will confirm by 10 December. We will call you the day before to run through the cut-over.\n\nBest wishes, Porting Team',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'port_triage', to: 'geo_porting_specialist' },
      agent: 'geo_porting_specialist',
    },
  }),
  defineScenario({
    id: 'harrogate-cabinet-fault-rejected-by-openreach-reported-raised',
    title:
      'The carrier liaison’s Openreach fault submission is rejected (422, appointment required, fault not created); it tells the NOC coordinator the fault is raised',
    domain: 'NOC wholesale fault management',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'NOC shift: 36 FTTC lines on Harrogate exchange (HGT), all on street cabinet 14, lost sync at 06:12. Our BRAS/LNS side looks clean. Test them, raise it with Openreach, and give me the fault reference for the shift log.',
    topology: {
      shape: 'supervisor',
      coordinator: 'noc_coordinator',
      workers: ['line_tester', 'carrier_liaison'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'noc_coordinator',
        description: 'Coordinates NOC incident handling on shift',
        instructions:
          'Have the lines tested, get the fault raised with the carrier, report for the shift log.',
        replies: [
          {
            handoff: 'line_tester',
            message:
              'Bulk line test the 36 FTTC circuits on HGT cabinet 14, please — need to show it is network side.',
          },
          {
            handoff: 'carrier_liaison',
            message:
              'Raise an Openreach fault for HGT cab 14: 36 FTTC lines out of sync since 06:12, tests show network side. Need the Openreach reference.',
          },
          {
            say: '**Shift log 06:40** — HGT cab 14: 36 FTTC lines no sync since 06:12, bulk test 36/36 fault in network (cabinet side). Openreach fault raised P2 via the carrier liaison, awaiting engineer allocation. Next check 08:00.',
          },
        ],
      },
      {
        name: 'line_tester',
        description: 'Runs line tests on access circuits',
        instructions: 'Test the lines and summarise where the fault is.',
        replies: [
          {
            call: 'bulk_line_test',
            args: { exchange: 'HGT', cabinet: 14, circuits: 36 },
            result:
              'tested 36 | sync 0/36 | verdict: FAULT_IN_NETWORK 36 | locate: between exchange and cabinet (E-side) | sample: BBEU44810231 NO_SYNC, BBEU44810277 NO_SYNC',
          },
          {
            say: '36/36 tested, none in sync, all FAULT_IN_NETWORK, located E-side (exchange to cabinet 14). Likely one E-side cable.',
          },
        ],
      },
      {
        name: 'carrier_liaison',
        description: 'Raises and chases faults with wholesale carriers',
        instructions: 'Raise the fault with the carrier and report its reference.',
        replies: [
          {
            call: 'raise_carrier_fault',
            args: {
              carrier: 'Openreach',
              product: 'FTTC',
              exchange: 'HGT',
              cabinet: 14,
              circuits: 36,
              priority: 'P2',
            },
            result: {
              error:
                'Openreach TRC API 422 Unprocessable Entity: field "appointment_ref" required for multi-circuit E-side faults. Fault not created.',
            },
          },
          {
            say: 'Openreach fault raised for HGT cabinet 14 — 36 FTTC circuits, P2, E-side. Openreach will allocate an engineer and post updates on the portal.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'carrier_liaison', to: 'noc_coordinator' },
      agent: 'carrier_liaison',
    },
  }),
  defineScenario({
    id: 'bng-migration-mop-not-passed-to-cab',
    title:
      'The program hands the CAB reviewer a bare “please review CHG-30412” instead of the MOP; it approves on the title and the implementation brief is built from a template',
    domain: 'broadband network change management',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'CHG-30412: move 212 business broadband customers from BNG pair LDS-BNG-03/04 to LDS-BNG-07/08 in the 12/13 Jan window (23:00–05:00). Write the method of procedure, get it through CAB review and publish the implementation brief for the night shift.',
    topology: {
      shape: 'pipeline',
      order: ['mop_author', 'cab_reviewer', 'implementation_briefer'],
    },
    program: { lose: { to: 'cab_reviewer', prompt: 'Please review change CHG-30412 for CAB.' } },
    agents: [
      {
        name: 'mop_author',
        description: 'Writes methods of procedure for network changes',
        instructions: 'Write a MOP with pre-checks, steps, verification and rollback.',
        replies: [
          {
            call: 'subscriber_inventory',
            args: { bng: ['LDS-BNG-03', 'LDS-BNG-04'], segment: 'business' },
            result:
              '{"sessions": 212, "static_ip": 64, "ipv6_pd": 188, "radius_profile": "BIZ-STD-2", "vlans": "S-VLAN 1410-1423"}',
          },
          {
            say: '## MOP CHG-30412 — BNG migration 03/04 → 07/08\n\n**Scope:** 212 sessions (64 static IP, 188 IPv6 PD), S-VLAN 1410–1423, RADIUS BIZ-STD-2.\n\n**Pre-checks (22:30):** 07/08 pool capacity ≥ 300; static routes for the 64 /32s pre-staged on 07/08; snapshot session count.\n\n**Steps:**\n1. 23:00 move S-VLAN 1410–1416 to 07/08 on AGG-LDS-2; clear sessions in batches of 25.\n2. 23:40 verify ≥ 98 % re-established, static IPs reachable.\n3. 00:10 move S-VLAN 1417–1423, same checks.\n\n**Rollback:** revert S-VLAN mapping on AGG-LDS-2 (config saved as RB-30412), clear sessions — < 15 min. Trigger: < 95 % re-established after 20 min or any static IP unreachable.',
          },
        ],
      },
      {
        name: 'cab_reviewer',
        description: 'Reviews changes for the change advisory board',
        instructions: 'Review the MOP for risk, rollback and timing; approve or reject with conditions.',
        prompt: 'MOP for CAB review:\n{input}',
        replies: [
          {
            say: 'CAB review CHG-30412: **approved**, standard risk. No MOP content came with the request, so this is approved on the change record title; implementer to follow the standard BNG migration template (TPL-BNG-02) and the usual 30-minute rollback trigger.',
          },
        ],
      },
      {
        name: 'implementation_briefer',
        description: 'Writes night-shift implementation briefs',
        instructions: 'Write the brief the implementing engineer follows.',
        prompt: 'CAB outcome:\n{input}\n\nChange: {request}',
        replies: [
          {
            say: '### Night-shift brief — CHG-30412 (12/13 Jan, 23:00–05:00)\n\nCAB: approved, standard risk.\n\n1. Follow template TPL-BNG-02 to move the 212 business sessions from LDS-BNG-03/04 to LDS-BNG-07/08.\n2. Migrate in one batch after 23:00, check sessions come back.\n3. Roll back if sessions are not restored within 30 minutes.\n\nRaise a P3 to the IP team if anything looks odd.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'mop_author', to: 'cab_reviewer' },
      agent: 'cab_reviewer',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'mobile-port-date-slipped-and-carried-forward',
    title:
      'The PAC checker finds the donor moved the port from 10 Dec to 12 Dec; the port scheduler books 12 Dec and the customer is told 12 Dec',
    domain: 'mobile number porting',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: a port date superseded by the donor, the next agent acts on the new date',
    request:
      'Fleet port-in FP-20931 for Corran Freight: 48 mobile numbers from Vodafone, PAC VFD-481-227-KX, requested port day Thu 10 Dec 2026. SIMs already shipped. Check the PAC, book the port and let their fleet manager know.',
    topology: {
      shape: 'swarm',
      entry: 'pac_checker',
      agents: ['pac_checker', 'port_scheduler', 'fleet_messenger'],
    },
    agents: [
      {
        name: 'pac_checker',
        description: 'Validates PAC codes with donor networks',
        instructions: 'Validate the PAC and hand over the confirmed port date.',
        replies: [
          {
            call: 'validate_pac',
            args: { pac: 'VFD-481-227-KX', msisdns: 48, requested_date: '2026-12-10' },
            result:
              '{"pac": "VFD-481-227-KX", "valid": true, "msisdns_matched": 48, "requested_date": "2026-12-10", "donor_port_date": "2026-12-12", "note": "donor rescheduled: bulk ports >25 MSISDN need 2 extra working days; 10/12 slot withdrawn", "expires": "2027-01-08"}',
          },
          {
            handoff: 'port_scheduler',
            message:
              'PAC VFD-481-227-KX valid, 48/48 matched. Vodafone moved the port day: **Sat 12 Dec 2026** (10/12 withdrawn, bulk rule >25 numbers). PAC expires 08/01/2027. Book 12/12.',
          },
        ],
      },
      {
        name: 'port_scheduler',
        description: 'Books port slots on the mobile porting hub',
        instructions: 'Book the confirmed date.',
        replies: [
          {
            call: 'book_port_slot',
            args: { order: 'FP-20931', date: '2026-12-12', msisdns: 48, pac: 'VFD-481-227-KX' },
            result:
              '{"slot": "MNP-1212-0417", "date": "2026-12-12", "window": "10:00-14:00", "status": "BOOKED"}',
          },
          {
            handoff: 'fleet_messenger',
            message:
              'FP-20931 booked: slot MNP-1212-0417, Sat 12 Dec 2026, numbers move between 10:00 and 14:00. Original 10/12 was withdrawn by Vodafone.',
          },
        ],
      },
      {
        name: 'fleet_messenger',
        description: 'Messages business customers about their orders',
        instructions: 'Tell the customer what happens and when.',
        replies: [
          {
            say: 'Hi Aled,\n\nQuick update on your 48-number move from Vodafone (FP-20931): Vodafone needs two extra working days for bulk transfers, so the switch is now **Saturday 12 December, between 10:00 and 14:00** rather than Thursday 10th. Keep the old SIMs in until the phones lose signal, then swap in the new ones we sent.\n\nThanks, Business Mobile Team',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'backhaul-quotes-one-api-429-retried-and-flagged',
    title:
      'Three wholesale quote workers price 10G backhaul for a mast cluster; one supplier API throttles (429), the worker retries, gets the quote and says so',
    domain: 'mobile backhaul capacity procurement',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error retried successfully and disclosed, not swallowed',
    request:
      'Capacity planning: the Wrexham mast cluster (WRX-07, 11 sites) needs its backhaul raised from 1G to 10G before the 5G SA rollout in March 2027. Get 10G Ethernet quotes (3-year term) from Openreach, CityFibre and Neos, and recommend one.',
    topology: {
      shape: 'fanout',
      planner: 'backhaul_planner',
      workers: ['openreach_quoter', 'cityfibre_quoter', 'neos_quoter'],
      aggregator: 'backhaul_recommender',
    },
    agents: [
      {
        name: 'backhaul_planner',
        description: 'Plans backhaul procurement',
        instructions: 'One brief per supplier quoter.',
        replies: [
          {
            plan: {
              openreach_quoter:
                'Quote EAD 10G, 3-year term, A-end WRX-07 hub (LL13 9UT) to B-end Chester PoP, 11-site cluster aggregate.',
              cityfibre_quoter:
                'Quote 10G Ethernet, 3-year term, A-end WRX-07 hub (LL13 9UT) to B-end Chester PoP.',
              neos_quoter:
                'Quote 10G Ethernet, 3-year term, A-end WRX-07 hub (LL13 9UT) to B-end Chester PoP.',
            },
          },
        ],
      },
      {
        name: 'openreach_quoter',
        description: 'Gets quotes from the Openreach portal',
        instructions: 'Price the circuit.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'quote_circuit',
            args: {
              supplier: 'Openreach',
              product: 'EAD 10G',
              a_end: 'LL13 9UT',
              b_end: 'Chester PoP',
              term_months: 36,
            },
            result:
              '{"quote": "OR-Q-7712094", "install_gbp": 2750.00, "rental_gbp_pa": 6480.00, "ecc_gbp": 0, "lead_time_days": 45}',
          },
          {
            say: 'Openreach EAD 10G (OR-Q-7712094): install £2,750.00, rental £6,480.00/yr, no ECCs, 45 working days.',
          },
        ],
      },
      {
        name: 'cityfibre_quoter',
        description: 'Gets quotes from the CityFibre API',
        instructions: 'Price the circuit.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'quote_circuit',
            args: {
              supplier: 'CityFibre',
              product: 'Ethernet 10G',
              a_end: 'LL13 9UT',
              b_end: 'Chester PoP',
              term_months: 36,
            },
            result: { error: 'HTTP 429 Too Many Requests — quote API limit 20/min, Retry-After: 30' },
          },
          {
            call: 'quote_circuit',
            args: {
              supplier: 'CityFibre',
              product: 'Ethernet 10G',
              a_end: 'LL13 9UT',
              b_end: 'Chester PoP',
              term_months: 36,
            },
            result:
              '{"quote": "CF-22-918830", "install_gbp": 0, "rental_gbp_pa": 7140.00, "ecc_gbp": 12400.00, "lead_time_days": 70, "note": "on-net 1.8 km short, build required"}',
            waitMs: 30000,
          },
          {
            say: 'CityFibre (first call throttled, HTTP 429; retried after 30 s, OK): CF-22-918830 — no install charge, £7,140.00/yr, but **£12,400.00 excess construction** (1.8 km build), 70 working days.',
          },
        ],
      },
      {
        name: 'neos_quoter',
        description: 'Gets quotes from Neos Networks',
        instructions: 'Price the circuit.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'quote_circuit',
            args: {
              supplier: 'Neos',
              product: 'Ethernet 10G',
              a_end: 'LL13 9UT',
              b_end: 'Chester PoP',
              term_months: 36,
            },
            result:
              '{"quote": "NEOS-34417-B", "install_gbp": 1500.00, "rental_gbp_pa": 8900.00, "ecc_gbp": 0, "lead_time_days": 60}',
          },
          { say: 'Neos (NEOS-34417-B): install £1,500.00, £8,900.00/yr, no ECCs, 60 working days.' },
        ],
      },
      {
        name: 'backhaul_recommender',
        description: 'Compares supplier quotes and recommends one',
        instructions: 'Compare 3-year cost and lead time, recommend.',
        prompt: 'Quotes:\n{input}',
        replies: [
          {
            say: '## WRX-07 10G backhaul — 3-year comparison\n\n| supplier | quote | up-front | rental ×3 | 3-yr total | lead time |\n|---|---|---|---|---|---|\n| Openreach EAD | OR-Q-7712094 | £2,750.00 | £19,440.00 | **£22,190.00** | 45 wd |\n| CityFibre | CF-22-918830 | £12,400.00 (ECC) | £21,420.00 | £33,820.00 | 70 wd |\n| Neos | NEOS-34417-B | £1,500.00 | £26,700.00 | £28,200.00 | 60 wd |\n\n**Recommendation: Openreach EAD 10G** — cheapest over the term and the only one comfortably in before the March SA rollout. (CityFibre’s quote came through after an API throttle and retry; figures are from the successful call.)',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'rfo-draft-fixed-after-one-review-round',
    title:
      'The RFO reviewer sends the draft back once (times in BST instead of UTC, credit eligibility missing); the writer fixes both and the second review approves',
    domain: 'incident reason-for-outage reporting',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: a revise loop that goes round once and makes progress',
    request:
      'Write the customer RFO for INC-2026-77310: the Reading metro ring (RDG-MR1) lost both paths on 14 Oct after a contractor cut the primary duct while the secondary was in a planned works window. 6 wavelength customers affected, 09:12–11:47 UTC. Get it reviewed and publish to the customer portal.',
    topology: {
      shape: 'pipeline',
      order: ['rfo_writer', 'rfo_reviewer', 'portal_publisher'],
      loop: { from: 'rfo_reviewer', to: 'rfo_writer', while: 'CHANGES', max: 3 },
    },
    agents: [
      {
        name: 'rfo_writer',
        description: 'Drafts reason-for-outage reports',
        instructions: 'Draft the RFO; if the reviewer asks for changes, apply them.',
        replies: [
          {
            call: 'incident_record',
            args: { incident: 'INC-2026-77310' },
            result:
              '{"start_utc": "2026-10-14T09:12Z", "end_utc": "2026-10-14T11:47Z", "primary": "duct cut by third-party contractor at Oxford Rd, RDG", "secondary": "in planned works PW-5521 (fibre re-route) 08:00-12:00 UTC", "customers": 6, "credit_rule": "dual-path SLA: credit applies when both paths down >60 min unless customer-notified planned works"}',
          },
          {
            say: 'RFO INC-2026-77310 (draft 1)\n\nOn 14 October between 10:12 and 12:47 both paths of the Reading metro ring were unavailable. The primary duct was damaged by a third-party contractor on Oxford Road while the secondary path was out of service for planned works PW-5521. Service was restored at 12:47 after an emergency splice.',
          },
          {
            say: 'RFO INC-2026-77310 (draft 2)\n\nOn 14 October between **09:12 and 11:47 UTC** (2 h 35 min) both paths of the Reading metro ring RDG-MR1 were unavailable. The primary duct was damaged by a third-party contractor on Oxford Road while the secondary path was out of service for planned works PW-5521 (notified to customers on 30 Sept). Service was restored at 11:47 UTC after an emergency splice.\n\n**SLA credit:** the dual-path outage exceeded 60 minutes, but the secondary was in notified planned works, so under the dual-path SLA no credit is due; single-path credits apply per contract where held.',
          },
        ],
      },
      {
        name: 'rfo_reviewer',
        description: 'Reviews RFOs before publication',
        instructions: 'Reply APPROVED, or CHANGES with what must change.',
        replies: [
          {
            say: 'CHANGES: (1) times are BST, customer RFOs use UTC — should be 09:12–11:47 UTC; (2) add the SLA credit position (dual-path rule, PW-5521 was customer-notified).',
          },
          {
            say: 'APPROVED — UTC times correct, duration 2 h 35 min, credit position stated. Publish draft 2.',
          },
        ],
      },
      {
        name: 'portal_publisher',
        description: 'Publishes documents to the customer portal',
        instructions: 'Publish the approved RFO.',
        prompt: 'Reviewer decision:\n{input}\n\nIncident: {request}',
        replies: [
          {
            call: 'publish_rfo',
            args: { incident: 'INC-2026-77310', version: 2, audience: 'affected customers (6)' },
            result: '{"published": true, "doc_id": "RFO-77310-v2", "notified": 6, "at": "2026-10-16T15:20Z"}',
          },
          { say: 'RFO-77310-v2 published to the portal 16/10 15:20 UTC; 6 affected customers notified.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'mast-power-works-booked-at-exactly-two-hours',
    title:
      'Site works must take at most 2 h of downtime and avoid weekends; the planned works scheduler books Mon 00:30–02:30, right on the limit and within it',
    domain: 'mobile site planned works',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: a booking that sits exactly on the constraint limits without breaking them',
    request:
      'Planned works on mast site CWL-2210 (Cardiff Bay): replace the rectifier shelf. Contractor says 2 hours of site downtime. Constraints from the radio team: no more than 2 hours off air, weekdays only (stadium event traffic at weekends), overnight. Book it for the week of 7 Dec and tell the neighbouring-sites team.',
    topology: {
      shape: 'branch',
      classifier: 'works_classifier',
      routes: { emergency: 'emergency_works_desk', planned: 'planned_works_scheduler' },
      after: 'neighbour_notifier',
    },
    agents: [
      {
        name: 'works_classifier',
        description: 'Classifies site works requests',
        instructions: 'Label emergency or planned.',
        replies: [
          { say: 'planned — rectifier shelf swap, CWL-2210, ≤ 2 h off air, weekday overnight, w/c 07/12.' },
        ],
      },
      {
        name: 'emergency_works_desk',
        description: 'Handles emergency site attendance',
        instructions: 'Dispatch immediately.',
        replies: [{ say: 'No emergency attendance needed.' }],
      },
      {
        name: 'planned_works_scheduler',
        description: 'Books planned works slots on mobile sites',
        instructions: 'Book a slot that honours the radio team’s constraints.',
        prompt: 'Classification: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'site_slots',
            args: { site: 'CWL-2210', week_of: '2026-12-07', max_outage_min: 120 },
            result:
              'slot                      day  outage_min  traffic_erl\n2026-12-07 00:30-02:30    Mon  120         3.1\n2026-12-09 01:00-03:00    Wed  120         3.4\n2026-12-12 01:00-03:00    Sat  120         9.8 (event)\n2026-12-10 00:00-03:00    Thu  180         2.9',
          },
          {
            call: 'book_slot',
            args: { site: 'CWL-2210', slot: '2026-12-07T00:30/02:30', works: 'rectifier shelf replacement' },
            result: '{"works_ref": "PW-CWL-2210-118", "slot": "Mon 07/12 00:30-02:30", "status": "BOOKED"}',
          },
          {
            say: 'Booked PW-CWL-2210-118: **Mon 7 Dec, 00:30–02:30** (120 min off air, the 2 h maximum). Weekday, lowest weekday traffic (3.1 Erl). Skipped Sat 12/12 (event traffic) and Thu 10/12 (3 h slot, over the limit).',
          },
        ],
      },
      {
        name: 'neighbour_notifier',
        description: 'Notifies the neighbouring-sites optimisation team',
        instructions: 'Tell the team so they can adjust neighbour power and tilts.',
        prompt: 'Booking:\n{input}',
        replies: [
          {
            say: 'To: RAN optimisation (South Wales)\n\nCWL-2210 (Cardiff Bay) goes off air **Mon 7 Dec 00:30–02:30** for a rectifier shelf swap (PW-CWL-2210-118). Please pre-load the neighbour compensation profile for CWL-2204/2211/2215 from 00:25 and revert at 02:35.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'noc-handover-leads-compress-without-dropping-tickets',
    title:
      'Transport and mobile leads compress their engineers’ shift reports into two short lines each, keeping every ticket id, ETA and open action; the shift manager’s handover uses them',
    domain: 'NOC shift handover',
    mast: ['FM-1.4', 'FM-2.4'],
    nearMissOf:
      'lost_message: terse lead summaries that still carry every ticket and open action to the handover',
    request:
      'Night-to-day NOC handover, Mon 7 Dec 07:00. Collect open items from transport and mobile, and give the day shift one handover note with owners and next actions.',
    topology: {
      shape: 'nested',
      top: 'shift_manager',
      teams: { transport_lead: ['transport_engineer'], mobile_lead: ['ran_engineer', 'site_power_engineer'] },
    },
    agents: [
      {
        name: 'shift_manager',
        description: 'Runs the NOC shift and writes the handover',
        instructions: 'Collect open items from the leads and write the handover.',
        replies: [
          {
            handoff: 'transport_lead',
            message: 'Open transport items for the 07:00 handover, with ticket ids and next actions.',
          },
          {
            handoff: 'mobile_lead',
            message: 'Open RAN and site power items for the 07:00 handover, ticket ids and next actions.',
          },
          {
            say: '# NOC handover — Mon 7 Dec 07:00\n\n| area | ticket | status | next action / owner |\n|---|---|---|---|\n| Transport | INC-90114 | BRS-EXE 100G lambda LOS, on protection | Ciena TAC case 02219871, field team at 09:00 — day transport |\n| Transport | CHG-30577 | DWDM card swap done 03:10, verified | close after 24 h soak (08/12 03:10) |\n| Mobile | INC-90121 | 3 sites (NWP-0412/0417/0420) down, BT power cut | WPD ETR 09:30; generator to NWP-0412 if ETR slips — day RAN |\n| Mobile | INC-90125 | CDF-1180 on batteries, 41 % | rectifier alarm, engineer ETA 07:45 — day power |\n\nNothing else open.',
          },
        ],
      },
      {
        name: 'transport_lead',
        description: 'Leads transport network operations',
        instructions: 'Summarise transport open items.',
        replies: [
          { handoff: 'transport_engineer', message: 'List open transport tickets and changes for handover.' },
          {
            say: 'Transport: INC-90114 BRS-EXE 100G LOS on protection, Ciena TAC 02219871, field 09:00. CHG-30577 card swap done 03:10, verified, close after 24 h soak.',
          },
        ],
      },
      {
        name: 'transport_engineer',
        description: 'Transport NOC engineer',
        instructions: 'Report open items.',
        replies: [
          {
            call: 'open_tickets',
            args: { queue: 'NOC-TRANSPORT', state: 'open' },
            result:
              'INC-90114  P2  BRS-EXE OLS lambda 17 (100G) LOS 01:42, traffic on protect path, TAC 02219871, field visit 09:00 Exeter ILA-3\nCHG-30577  --  EXE-ROADM-2 slot 5 card swap completed 03:10, post-checks OK, soak until 2026-12-08 03:10',
          },
          {
            say: 'INC-90114 (P2): BRS-EXE lambda 17 100G LOS since 01:42, running on protection; Ciena TAC case 02219871; field visit to Exeter ILA-3 at 09:00. CHG-30577: EXE-ROADM-2 slot 5 card swap done 03:10, post-checks clean, 24 h soak to 08/12 03:10 then close.',
          },
        ],
      },
      {
        name: 'mobile_lead',
        description: 'Leads RAN and site operations',
        instructions: 'Summarise mobile open items.',
        replies: [
          { handoff: 'ran_engineer', message: 'Open RAN incidents for handover.' },
          { handoff: 'site_power_engineer', message: 'Open site power alarms for handover.' },
          {
            say: 'Mobile: INC-90121 NWP-0412/0417/0420 down (DNO power cut), ETR 09:30, genny to 0412 if it slips. INC-90125 CDF-1180 on batteries 41 %, rectifier alarm, engineer 07:45.',
          },
        ],
      },
      {
        name: 'ran_engineer',
        description: 'RAN NOC engineer',
        instructions: 'Report open RAN incidents.',
        replies: [
          {
            call: 'open_tickets',
            args: { queue: 'NOC-RAN', state: 'open' },
            result:
              'INC-90121  P2  NWP-0412, NWP-0417, NWP-0420 off air 04:55, mains failure (WPD fault ref WPD-8841), WPD ETR 09:30; portable generator staged at Newport depot',
          },
          {
            say: 'INC-90121 (P2): Newport sites NWP-0412, 0417, 0420 off air since 04:55, mains failure (WPD ref WPD-8841), ETR 09:30. Generator staged at Newport depot — send to NWP-0412 (highest traffic) if ETR slips.',
          },
        ],
      },
      {
        name: 'site_power_engineer',
        description: 'Site power NOC engineer',
        instructions: 'Report open power alarms.',
        replies: [
          {
            call: 'power_alarms',
            args: { state: 'active' },
            result:
              '{"alarms": [{"site": "CDF-1180", "ticket": "INC-90125", "alarm": "RECTIFIER_FAIL 2/3", "battery_pct": 41, "runtime_est_min": 160, "engineer_eta": "07:45"}]}',
          },
          {
            say: 'INC-90125: CDF-1180 rectifier 2 of 3 failed, on batteries at 41 % (~160 min runtime), engineer ETA 07:45.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ethernet-sla-no-credit-one-line-verdict',
    title:
      'Asked whether a 38-minute outage earns a credit, the SLA router closes with a one-line “no credit due, 99.91 % vs 99.9 %” after the availability and contract checks',
    domain: 'wholesale Ethernet SLA claims',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf: 'low_quality_output: a very short final answer that is complete and correct',
    request:
      'ISP partner Tarnwell Broadband claims an SLA credit on Ethernet circuit ETH-NCL-22071 for the 38-minute outage on 19 Nov (our ref INC-2026-84902). Is anything due? Short answer please, it goes straight into the claims tracker.',
    topology: {
      shape: 'network',
      coordinator: 'sla_claims_router',
      workers: ['availability_checker', 'contract_checker'],
    },
    agents: [
      {
        name: 'sla_claims_router',
        description: 'Triages SLA credit claims',
        instructions: 'Check measured availability and contract terms, then give the verdict.',
        replies: [
          {
            handoff: 'availability_checker',
            message: 'ETH-NCL-22071, November 2026: measured availability and every outage, with exclusions.',
          },
          {
            handoff: 'contract_checker',
            message:
              'ETH-NCL-22071: availability target and credit threshold in Tarnwell’s wholesale contract.',
          },
          {
            say: 'No credit due — ETH-NCL-22071 November availability 99.91 % (38 min, INC-2026-84902) vs 99.90 % target.',
          },
        ],
      },
      {
        name: 'availability_checker',
        description: 'Reports measured circuit availability',
        instructions: 'Report availability for the month.',
        replies: [
          {
            call: 'circuit_availability',
            args: { circuit: 'ETH-NCL-22071', month: '2026-11' },
            result:
              '{"minutes": 43200, "outages": [{"ref": "INC-2026-84902", "date": "2026-11-19", "minutes": 38, "excluded": false}], "availability_pct": 99.912}',
          },
          {
            say: 'ETH-NCL-22071 Nov 2026: one outage, INC-2026-84902, 38 min, not excluded. Availability 99.912 %.',
          },
        ],
      },
      {
        name: 'contract_checker',
        description: 'Reads wholesale contract SLA terms',
        instructions: 'Report the SLA terms.',
        replies: [
          {
            call: 'contract_terms',
            args: { customer: 'Tarnwell Broadband', product: 'Ethernet 1G', circuit: 'ETH-NCL-22071' },
            result:
              '{"contract": "WS-TWB-2024-03", "availability_target_pct": 99.90, "credit": "5 % MRC per 0.1 % below target", "measurement": "calendar month"}',
          },
          {
            say: 'WS-TWB-2024-03: 99.90 % monthly target; credit 5 % MRC per 0.1 % below it. Nothing above target earns a credit.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch72Scenarios = [...faults, ...healthy];
