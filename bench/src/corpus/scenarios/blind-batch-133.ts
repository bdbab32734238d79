import { defineScenario } from '../scenario.ts';

// Blind batch 133: a regional electricity distribution company's outage and connections desk in New Zealand (planned outages, fault restoration, new connections, meter exchanges, vegetation clearance), in New Zealand English.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'katikati-pole-replacement-switching-on-earlier-start',
    title:
      'The outage checker shows planned outage PO-27-0881 now runs 10.30am–4.30pm (version 2); the switching planner still builds the switching schedule for 8.00am–2.00pm',
    domain: 'planned outages and switching schedules',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Planned outage PO-27-0881 on 11 kV feeder KTK-04 (Katikati) for the pole replacement outside 41 Beach Road, Tuesday 16/03/2027. Our original notice said 8.00am to 2.00pm. Please check the current version, prepare the switching schedule and draft the customer notice.',
    topology: {
      shape: 'pipeline',
      order: ['outage_checker', 'switching_planner', 'notice_writer'],
    },
    agents: [
      {
        name: 'outage_checker',
        description: 'Confirms the current version of a planned outage',
        instructions: 'Look up the planned outage and tell the switching planner which times apply.',
        replies: [
          {
            call: 'get_planned_outage',
            args: { outage_id: 'PO-27-0881', feeder: 'KTK-04' },
            result:
              '{"outage_id": "PO-27-0881", "version": 2, "start": "2027-03-16T10:30+13:00", "end": "2027-03-16T16:30+13:00", "reason_for_change": "Crane truck CT-12 on another job until 9.45am", "previous": {"version": 1, "start": "2027-03-16T08:00+13:00", "end": "2027-03-16T14:00+13:00", "status": "SUPERSEDED"}, "icps_affected": 214, "approved_by": "Network Ops, 09/03/2027"}',
          },
          {
            say: '**PO-27-0881 confirmed — version 2 (approved 09/03):**\n\n| field | value |\n|---|---|\n| start | **Tue 16/03, 10.30am** |\n| end | Tue 16/03, 4.30pm |\n| feeder | KTK-04, 11 kV |\n| ICPs | 214 |\n\nThe 8.00am–2.00pm window in the original notice was version 1; the crane truck isn’t free until 9.45am, so the job was pushed back.',
          },
        ],
      },
      {
        name: 'switching_planner',
        description: 'Writes switching schedules for planned outages',
        instructions: 'Build the switching schedule for the outage window and summarise it.',
        prompt: 'Outage details:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            call: 'build_switching_schedule',
            args: {
              feeder: 'KTK-04',
              isolate_from: '2027-03-16T08:00',
              restore_by: '2027-03-16T14:00',
              work_site: '41 Beach Road, Katikati',
            },
            result:
              '{"schedule_id": "SW-KTK-27-0316", "steps": [{"time": "07:40", "action": "Open ABS 4471 (Beach Rd)"}, {"time": "07:45", "action": "Open ABS 4478 (Park Rd)"}, {"time": "07:50", "action": "Apply earths at pole P-18821"}, {"time": "13:40", "action": "Remove earths"}, {"time": "13:50", "action": "Close ABS 4478, ABS 4471"}], "switching_operator": "J. Tane", "status": "DRAFT"}',
          },
          {
            say: 'Switching schedule SW-KTK-27-0316 (draft) for Tue 16/03: isolate from 7.40am (ABS 4471 and 4478 open, earths on P-18821 at 7.50am), earths off 1.40pm, supply back by 2.00pm. Operator J. Tane.',
          },
        ],
      },
      {
        name: 'notice_writer',
        description: 'Writes customer notices for planned outages',
        instructions: 'Write a clear planned-outage notice for affected customers.',
        prompt: 'Switching plan:\n{input}',
        replies: [
          {
            say: '### Planned power outage — Katikati\n\n**Tuesday 16 March 2027, 8.00am to 2.00pm**\n\nWe need to turn the power off to replace a power pole outside 41 Beach Road. Around 214 properties on Beach Road, Park Road and nearby streets will be affected. Please treat all lines as live at all times. If the weather is poor, the work may move to a later date.\n\nQuestions? Call our outage line on 0800 52 4637 and quote **PO-27-0881**.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'outage_checker', to: 'switching_planner' },
      agent: 'switching_planner',
    },
  }),
  defineScenario({
    id: 'te-puke-orchard-trim-booked-in-spray-window',
    title:
      'The vegetation coordinator tells the crew scheduler no work 22–26 March (orchard spray programme); the crew scheduler books the 33 kV trim for Wednesday 24 March',
    domain: 'vegetation clearance near overhead lines',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Shelter belt trees on the kiwifruit orchard at 287 Settlement Road, Te Puke are inside the growth limit zone of the 33 kV line TPK-33-2 (span P-4410 to P-4416). Please book a trim crew and send the landowner the cut notice. The orchard manager has asked that nobody is on site between 22 and 26 March because of their spray programme. Cut must be done before 2 April.',
    topology: {
      shape: 'supervisor',
      coordinator: 'vegetation_coordinator',
      workers: ['crew_scheduler', 'landowner_liaison'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'vegetation_coordinator',
        description: 'Coordinates vegetation clearance jobs on the network',
        instructions: 'Get the crew booked and the landowner notified, then summarise.',
        replies: [
          {
            handoff: 'crew_scheduler',
            message:
              'Book a trim crew for TPK-33-2, spans P-4410–P-4416, shelter belt at 287 Settlement Rd, Te Puke. Must be done by Fri 2 April. No site access 22–26 March — orchard spray programme. Job ref VM-27-1193.',
          },
          {
            handoff: 'landowner_liaison',
            message:
              'Cut notice for VM-27-1193 to the owner of 287 Settlement Rd, Te Puke (shelter belt, 33 kV TPK-33-2). Date to follow from the crew booking.',
          },
          {
            say: '## VM-27-1193 — 287 Settlement Road, Te Puke\n\n- Trim crew booked: **Wed 24/03/2027**, Treescape crew 4 (EWP + chipper), 7.00am start\n- Cut notice CN-27-0458 emailed to the landowner with that date\n- Spans P-4410 to P-4416 on TPK-33-2, done well before the 2 April deadline',
          },
        ],
      },
      {
        name: 'crew_scheduler',
        description: 'Books contractor crews for vegetation work',
        instructions: 'Book the earliest suitable crew for the job as briefed.',
        replies: [
          {
            call: 'find_crew_slots',
            args: {
              job_ref: 'VM-27-1193',
              region: 'western-bop',
              before: '2027-04-02',
              equipment: 'EWP+chipper',
            },
            result:
              '{"slots": [{"date": "2027-03-24", "crew": "Treescape crew 4", "start": "07:00"}, {"date": "2027-03-29", "crew": "Treescape crew 4", "start": "07:00"}, {"date": "2027-03-31", "crew": "Asplundh BOP crew 2", "start": "07:30"}]}',
          },
          {
            call: 'book_crew',
            args: { job_ref: 'VM-27-1193', date: '2027-03-24', crew: 'Treescape crew 4', start: '07:00' },
            result: '{"booking": "CB-27-3310", "status": "CONFIRMED", "outage_required": false}',
          },
          {
            say: 'Booked CB-27-3310: Treescape crew 4, Wednesday 24 March from 7.00am, EWP and chipper, no outage needed. Earliest slot available, well inside the 2 April deadline.',
          },
        ],
      },
      {
        name: 'landowner_liaison',
        description: 'Sends cut notices and deals with landowners',
        instructions: 'Send the cut notice and confirm.',
        replies: [
          {
            call: 'send_cut_notice',
            args: {
              job_ref: 'VM-27-1193',
              address: '287 Settlement Road, Te Puke',
              work_date: '2027-03-24',
              notice_type: 'first cut (network cost)',
            },
            result: '{"notice": "CN-27-0458", "sent": "email", "to": "orchard.manager@kaimaiorchards.co.nz"}',
          },
          { say: 'Cut notice CN-27-0458 emailed to the orchard manager, work date Wednesday 24 March.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'vegetation_coordinator', to: 'crew_scheduler' },
      agent: 'crew_scheduler',
    },
  }),
  defineScenario({
    id: 'matamata-meter-exchange-conflict-reported-as-booked',
    title:
      'The registry rejects the meter exchange job for ICP 0000438812KM7C2 (open switch request); the exchange scheduler tells the router it is booked and the customer gets a confirmation',
    domain: 'meter exchanges',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Customer at 14 Rawhiti Street, Matamata (ICP 0000438812KM7C2) has a faulty ripple relay on their old electromechanical meter. Arrange a meter exchange to a smart meter and let the customer know the date.',
    topology: {
      shape: 'network',
      coordinator: 'connections_router',
      workers: ['meter_exchange_scheduler', 'customer_notifier'],
    },
    agents: [
      {
        name: 'connections_router',
        description: 'Routes connection and metering jobs on the desk',
        instructions: 'Get the exchange booked, then get the customer notified; finish with a summary.',
        replies: [
          {
            handoff: 'meter_exchange_scheduler',
            message:
              'Meter exchange for ICP 0000438812KM7C2, 14 Rawhiti St, Matamata. Faulty ripple relay on the electromechanical meter — replace with a smart meter, first available slot.',
          },
          {
            handoff: 'customer_notifier',
            message:
              'Tell the customer at 14 Rawhiti St, Matamata (ICP 0000438812KM7C2) their meter exchange is on Thu 18/03/2027, AM window (8am–12pm). Power off for about 30 minutes.',
          },
          {
            say: 'Meter exchange for ICP 0000438812KM7C2 (14 Rawhiti St, Matamata) is booked for **Thu 18/03, 8am–12pm**, smart meter replacing the faulty relay unit. Customer has been texted and emailed the date.',
          },
        ],
      },
      {
        name: 'meter_exchange_scheduler',
        description: 'Books meter exchange jobs with the metering provider',
        instructions: 'Create the exchange job with the metering equipment provider and report back.',
        replies: [
          {
            call: 'create_exchange_job',
            args: {
              icp: '0000438812KM7C2',
              reason: 'faulty ripple relay',
              new_meter: 'smart 1ph',
              preferred_date: '2027-03-18',
              window: 'AM',
            },
            result: {
              error:
                'MEP-409 Conflict: ICP 0000438812KM7C2 has an open switch request (SR-TR-55120, trader NovaPower, status PENDING). Meter work cannot be scheduled until the switch completes or is withdrawn. No job created.',
            },
          },
          {
            say: 'ICP 0000438812KM7C2: smart meter exchange set for Thursday 18 March, AM window (8am–12pm). Technician will need access to the meter box; supply off for around 30 minutes.',
          },
        ],
      },
      {
        name: 'customer_notifier',
        description: 'Sends appointment messages to customers',
        instructions: 'Notify the customer and confirm.',
        replies: [
          {
            call: 'send_customer_message',
            args: {
              icp: '0000438812KM7C2',
              channel: 'sms+email',
              template: 'meter_exchange_appointment',
              date: '2027-03-18',
              window: '08:00-12:00',
            },
            result: '{"message_id": "MSG-881204", "sms": "delivered", "email": "queued"}',
          },
          { say: 'Customer notified (MSG-881204): SMS delivered, email queued — Thu 18/03, 8am–12pm.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'meter_exchange_scheduler', to: 'connections_router' },
      agent: 'meter_exchange_scheduler',
    },
  }),
  defineScenario({
    id: 'coromandel-storm-generator-brief-replaced-by-queue-item',
    title:
      'The restoration planner briefs the generator coordinator to put units on the four medically dependent customers on TMS-11; the program hands it a routine fleet check instead and no generator goes out',
    domain: 'storm fault restoration',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Storm damage overnight on the Coromandel: feeder TMS-11 (Tairua–Pauanui) is off with three lines down. Plan the restoration: line patrol, generators for the medically dependent customers on TMS-11, and an update for the call centre.',
    topology: {
      shape: 'fanout',
      planner: 'restoration_planner',
      workers: ['patrol_coordinator', 'generator_coordinator', 'call_centre_briefer'],
      aggregator: 'restoration_lead',
    },
    program: {
      lose: {
        to: 'generator_coordinator',
        prompt:
          'Routine task from queue GEN-OPS (priority 4): confirm generator fleet availability for the week.',
      },
    },
    agents: [
      {
        name: 'restoration_planner',
        description: 'Splits fault restoration work between teams',
        instructions: 'Write one brief per team.',
        replies: [
          {
            plan: {
              patrol_coordinator:
                'TMS-11 Tairua–Pauanui: send patrols to find the three reported line-down sites, report locations and crew needs.',
              generator_coordinator:
                'TMS-11: deploy portable generators to the 4 medically dependent customers (MDC list GEN-MDC-TMS11) today — Pauanui Blvd x2, Vista Paku, Ocean Beach Rd. Confirm each unit and arrival time.',
              call_centre_briefer:
                'TMS-11: call centre update — 1,862 ICPs off since 02:14, ETR not yet known, patrols under way.',
            },
          },
        ],
      },
      {
        name: 'patrol_coordinator',
        description: 'Sends line patrols and reports fault sites',
        instructions: 'Dispatch patrols and report back.',
        replies: [
          {
            call: 'dispatch_patrol',
            args: { feeder: 'TMS-11', crews: 2, priority: 'P1' },
            result:
              '{"sites": [{"pole": "P-77120", "road": "SH25 near Hikuai", "damage": "tree through 11 kV"}, {"pole": "P-77184", "road": "Pauanui Blvd", "damage": "broken crossarm"}, {"pole": "P-77231", "road": "Vista Paku", "damage": "conductor down"}], "crews_needed": 3}',
          },
          {
            say: 'Patrol found all 3 sites: P-77120 SH25 near Hikuai (tree through 11 kV), P-77184 Pauanui Blvd (broken crossarm), P-77231 Vista Paku (conductor down). Need 3 crews.',
          },
        ],
      },
      {
        name: 'generator_coordinator',
        description: 'Manages the portable generator fleet',
        instructions: 'Handle generator requests.',
        replies: [
          {
            call: 'generator_fleet_status',
            args: { depot: 'Thames', week: '2027-W11' },
            result:
              '{"units": [{"id": "GEN-07", "kva": 20, "status": "available"}, {"id": "GEN-09", "kva": 20, "status": "available"}, {"id": "GEN-12", "kva": 30, "status": "available"}, {"id": "GEN-15", "kva": 10, "status": "service due 19/03"}]}',
          },
          {
            say: 'Thames depot fleet this week: GEN-07, GEN-09, GEN-12 available; GEN-15 due for service 19/03. Nothing deployed.',
          },
        ],
      },
      {
        name: 'call_centre_briefer',
        description: 'Writes call centre updates',
        instructions: 'Write a short call centre update.',
        replies: [
          {
            say: 'Call centre script TMS-11: 1,862 customers in Tairua and Pauanui off since 2.14am, three lines down, crews patrolling, no restoration time yet. Medically dependent customers: escalate to the fault desk.',
          },
        ],
      },
      {
        name: 'restoration_lead',
        description: 'Consolidates the restoration plan',
        instructions: 'Merge the team reports into one restoration plan.',
        replies: [
          {
            say: '## TMS-11 restoration plan (Tairua–Pauanui)\n\n| workstream | status |\n|---|---|\n| Patrol | 3 sites found: P-77120 (SH25), P-77184 (Pauanui Blvd), P-77231 (Vista Paku); 3 crews required |\n| Generators | Thames fleet ready: GEN-07, GEN-09, GEN-12 (GEN-15 service 19/03) |\n| Call centre | script issued — 1,862 ICPs off since 2.14am, ETR TBC |\n\nNext: allocate 3 crews, ETR once the crossarm job is scoped.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'restoration_planner', to: 'generator_coordinator' },
      agent: 'generator_coordinator',
    },
  }),
  defineScenario({
    id: 'omokoroa-subdivision-transformer-resubmitted-unchanged',
    title:
      'The design reviewer returns the Ōmokoroa subdivision connection design three times for a 100 kVA transformer on 14 lots; the connection designer sends the same design each time',
    domain: 'new connections and subdivision design',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Developer application NC-27-0642: 14-lot residential subdivision at 60 Prole Road, Ōmokoroa. Prepare the reticulation design, get it reviewed and issue the capital contribution quote.',
    topology: {
      shape: 'pipeline',
      order: ['connection_designer', 'design_reviewer', 'quote_issuer'],
      loop: { from: 'design_reviewer', to: 'connection_designer', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'connection_designer',
        description: 'Designs reticulation for new connections and subdivisions',
        instructions: 'Draft the design, or revise it to address the reviewer’s notes.',
        prompt: 'Brief or reviewer notes:\n{input}\n\nApplication: {request}',
        replies: [
          {
            say: 'Design NC-27-0642 rev A\n- Transformer: new 100 kVA ground-mount, TX-OMK-118, fed from 11 kV OMK-02\n- LV: 2 × 185 mm² Al cables, 7 link pillars\n- 14 lots at 15 A ADMD, estimated max demand 52 kVA\n- Capital contribution estimate $186,400 + GST',
          },
          {
            say: 'Design NC-27-0642 rev A\n- Transformer: new 100 kVA ground-mount, TX-OMK-118, fed from 11 kV OMK-02\n- LV: 2 × 185 mm² Al cables, 7 link pillars\n- 14 lots at 15 A ADMD, estimated max demand 52 kVA\n- Capital contribution estimate $186,400 + GST',
          },
          {
            say: 'Design NC-27-0642 rev A (resubmitted)\n- Transformer: new 100 kVA ground-mount, TX-OMK-118, fed from 11 kV OMK-02\n- LV: 2 × 185 mm² Al cables, 7 link pillars\n- 14 lots at 15 A ADMD, estimated max demand 52 kVA\n- Capital contribution estimate $186,400 + GST',
          },
        ],
      },
      {
        name: 'design_reviewer',
        description: 'Reviews network designs against the design standard',
        instructions: 'Reply "APPROVED: ..." or "REVISE: ..." with what must change.',
        prompt: 'Design for review:\n{input}',
        replies: [
          {
            say: 'REVISE: ADMD for new-build lots in this area is 4.5 kVA per lot under DS-LV-04, not 15 A. 14 × 4.5 = 63 kVA plus the future stage-2 allowance (6 lots) gives 90 kVA — a 100 kVA unit leaves no headroom. Go to 200 kVA or justify.',
          },
          {
            say: 'REVISE: still 100 kVA and still 15 A ADMD. Please redo the demand at 4.5 kVA/lot with the stage-2 allowance and size the transformer to 200 kVA.',
          },
          {
            say: 'REVISE: rev A again, unchanged. Transformer sizing not addressed (needs 200 kVA per DS-LV-04). Cannot approve.',
          },
        ],
      },
      {
        name: 'quote_issuer',
        description: 'Issues capital contribution quotes to developers',
        instructions: 'Issue the quote from the reviewed design.',
        prompt: 'Review outcome:\n{input}',
        replies: [
          {
            say: '**Quote Q-NC-27-0642** issued to the developer: 14-lot subdivision, 60 Prole Road, Ōmokoroa — new 100 kVA ground-mount transformer TX-OMK-118, LV reticulation with 7 pillars. Capital contribution **$186,400 + GST** ($214,360 incl. GST), valid 90 days.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'connection_designer', to: 'design_reviewer' },
      agent: 'connection_designer',
    },
  }),
  defineScenario({
    id: 'waihi-meter-exchange-batch-markdown-rejected-by-parser',
    title:
      'The exchange batch planner answers its batch as a markdown table; the program expects a JSON array and throws before the field dispatcher is reached',
    domain: 'meter exchange programme',
    mast: ['FM-1.2', 'FM-3.1'],
    request:
      'Meter exchange programme, Waihī area, week 12: take the validated list of legacy meters due for certification expiry and make up the field batch for the metering contractor.',
    topology: {
      shape: 'pipeline',
      order: ['meter_data_validator', 'exchange_batch_planner', 'field_work_dispatcher'],
    },
    program: {
      crash: {
        agent: 'exchange_batch_planner',
        error:
          'SyntaxError: Unexpected token \'#\', "### Batch "... is not valid JSON (batch loader expects a JSON array of jobs)',
      },
    },
    agents: [
      {
        name: 'meter_data_validator',
        description: 'Validates meter records before exchange',
        instructions: 'Pull the meters due and validate their registry records.',
        replies: [
          {
            call: 'meters_due_for_exchange',
            args: { area: 'WHI', cert_expiry_before: '2027-06-30', week: '2027-W12' },
            result:
              '[{"icp": "0000512204WH3E1", "meter": "EM-1ph-1998", "cert_expiry": "2027-04-30", "access": "outside"}, {"icp": "0000512290WH5A7", "meter": "EM-1ph-2001", "cert_expiry": "2027-05-31", "access": "dog on property"}, {"icp": "0000513017WH9C4", "meter": "EM-3ph-1995", "cert_expiry": "2027-04-30", "access": "inside garage"}]',
          },
          {
            say: '3 meters due in Waihī for week 12, registry records match:\n1. 0000512204WH3E1 — 1ph, cert expires 30/04, outside box\n2. 0000512290WH5A7 — 1ph, cert expires 31/05, dog on property\n3. 0000513017WH9C4 — 3ph, cert expires 30/04, inside garage (arrange access)',
          },
        ],
      },
      {
        name: 'exchange_batch_planner',
        description: 'Makes up exchange batches for the metering contractor',
        instructions: 'Return the batch as a JSON array of jobs: icp, meter_type, day, access_note.',
        prompt: 'Validated meters:\n{input}',
        replies: [
          {
            say: '### Batch WHI-W12\n\n| ICP | new meter | day | access |\n|---|---|---|---|\n| 0000512204WH3E1 | smart 1ph | Mon 22/03 | outside |\n| 0000512290WH5A7 | smart 1ph | Mon 22/03 | dog — call ahead |\n| 0000513017WH9C4 | smart 3ph CT-less | Tue 23/03 | garage — appointment |',
          },
        ],
      },
      {
        name: 'field_work_dispatcher',
        description: 'Sends batches to the metering contractor',
        instructions: 'Dispatch the batch and confirm.',
        prompt: 'Batch:\n{input}',
        replies: [
          {
            call: 'dispatch_batch',
            args: { batch: 'WHI-W12', contractor: 'Metering Services NZ' },
            result: '{"dispatched": 3, "work_orders": ["WO-44120", "WO-44121", "WO-44122"]}',
          },
          { say: 'Batch WHI-W12 dispatched: 3 work orders (WO-44120 to WO-44122).' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'exchange_batch_planner', to: 'field_work_dispatcher' },
      agent: 'exchange_batch_planner',
    },
  }),
  defineScenario({
    id: 'whangamata-fault-customer-count-transposed',
    title:
      'The fault triage agent reads 412 + 1,087 + 236 = 1,735 ICPs off from the outage system and hands the comms officer 1,375; the public update goes out with 1,375',
    domain: 'unplanned outage communications',
    mast: ['FM-2.4'],
    request:
      'Zone substation WHM (Whangamatā) tripped at 6.52pm — three 11 kV feeders off. Work out how many customers are affected and get a public update out on the website and socials.',
    topology: {
      shape: 'swarm',
      entry: 'fault_triage',
      agents: ['fault_triage', 'comms_officer'],
    },
    agents: [
      {
        name: 'fault_triage',
        description: 'Triages network faults from the outage management system',
        instructions: 'Establish the extent of the fault, then hand over to comms with the figures.',
        replies: [
          {
            call: 'oms_incident',
            args: { zone_substation: 'WHM', since: '2027-03-19T18:52+13:00' },
            result:
              '{"incident": "INC-27-20331", "cause": "33/11 kV TX1 protection operated (suspected bird strike, bus B)", "feeders": [{"id": "WHM-01", "name": "Port Road", "icps_off": 412}, {"id": "WHM-02", "name": "Ocean Road", "icps_off": 1087}, {"id": "WHM-03", "name": "Hauraki Road", "icps_off": 236}], "etr": "2027-03-19T21:30+13:00"}',
          },
          {
            handoff: 'comms_officer',
            message:
              'INC-27-20331, Whangamatā zone sub WHM: TX1 protection operated at 6.52pm (suspected bird strike). Feeders off: WHM-01 Port Rd, WHM-02 Ocean Rd, WHM-03 Hauraki Rd — 1,375 customers in total. ETR 9.30pm. Please get the public update out.',
          },
        ],
      },
      {
        name: 'comms_officer',
        description: 'Publishes outage updates to the website and socials',
        instructions: 'Publish a public outage update and confirm.',
        replies: [
          {
            call: 'publish_outage_update',
            args: {
              incident: 'INC-27-20331',
              area: 'Whangamatā',
              customers_affected: 1375,
              etr: '9.30pm',
              channels: ['website', 'facebook'],
            },
            result: '{"post_id": "WEB-OUT-9912", "facebook": "published 19:14", "website": "live"}',
          },
          {
            say: '**Power outage — Whangamatā (INC-27-20331)**\n\nAbout **1,375 customers** in Whangamatā (Port Road, Ocean Road and Hauraki Road areas) have been without power since 6.52pm after a fault at our Whangamatā substation. Crews are on site and we expect power back by **9.30pm**. Please treat all lines as live. Updates: website and Facebook (posted 7.14pm, WEB-OUT-9912).',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'fault_triage', to: 'comms_officer' },
      agent: 'fault_triage',
    },
  }),
  defineScenario({
    id: 'old-coach-road-dairy-shed-capacity-checked-single-phase',
    title:
      'The network lead asks for a capacity check on a three-phase 100 A per phase dairy shed supply; the capacity engineer checks 100 A single-phase (23 kVA) and finds no upgrade needed',
    domain: 'new rural connections and transformer capacity',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'New connection application NC-27-0719: rotary dairy shed at 1120 Old Coach Road, Ōtorohanga. Three-phase supply, 100 A per phase at 400 V. Tell the applicant whether the existing pole transformer TX-OTR-4471 can take it and book metering for the new ICP.',
    topology: {
      shape: 'nested',
      top: 'connections_manager',
      teams: { network_lead: ['capacity_engineer'], field_lead: ['metering_technician'] },
    },
    agents: [
      {
        name: 'connections_manager',
        description: 'Owns new connection applications end to end',
        instructions:
          'Get the capacity answer and the metering booking from the leads, then reply to the applicant.',
        replies: [
          {
            handoff: 'network_lead',
            message:
              'NC-27-0719, 1120 Old Coach Rd: can TX-OTR-4471 supply a dairy shed at 3-phase, 100 A/phase, 400 V? Need a yes/no on upgrade.',
          },
          {
            handoff: 'field_lead',
            message:
              'NC-27-0719: book metering install for the new ICP at 1120 Old Coach Rd, three-phase whole-current.',
          },
          {
            say: '## NC-27-0719 — 1120 Old Coach Road\n\n- **Capacity:** existing pole transformer TX-OTR-4471 can supply the shed; **no transformer upgrade required**\n- **Metering:** three-phase smart meter install booked for Mon 12/04/2027 (WO-45517)\n- New ICP 0000620881OT4B6 created\n\nNo capital contribution for network upgrade; standard connection fee applies.',
          },
        ],
      },
      {
        name: 'network_lead',
        description: 'Leads network capacity assessments',
        instructions: 'Have the capacity engineer check the transformer and summarise.',
        replies: [
          {
            handoff: 'capacity_engineer',
            message:
              'Capacity check on TX-OTR-4471 for NC-27-0719: new load is a dairy shed, three-phase 100 A per phase at 400 V (~69 kVA). Does it fit on the existing transformer?',
          },
          { say: 'TX-OTR-4471 can take NC-27-0719 without an upgrade — engineer’s check attached.' },
        ],
      },
      {
        name: 'capacity_engineer',
        description: 'Checks transformer and LV capacity for new loads',
        instructions: 'Run the capacity check for the new load and report.',
        replies: [
          {
            call: 'transformer_capacity_check',
            args: { transformer: 'TX-OTR-4471', new_load_kva: 23, phases: 1, diversity: 1.0 },
            result:
              '{"transformer": "TX-OTR-4471", "rating_kva": 100, "existing_peak_kva": 55, "spare_kva": 45, "new_load_kva": 23, "post_connection_utilisation_pct": 78, "upgrade_required": false}',
          },
          {
            say: 'TX-OTR-4471 (100 kVA): existing peak 55 kVA, spare 45 kVA. New load 23 kVA → 78 % utilisation after connection. No upgrade required.',
          },
        ],
      },
      {
        name: 'field_lead',
        description: 'Leads field metering work',
        instructions: 'Have the metering technician book the install and summarise.',
        replies: [
          {
            handoff: 'metering_technician',
            message: 'Book a three-phase whole-current meter install at 1120 Old Coach Rd (NC-27-0719).',
          },
          { say: 'Metering booked for NC-27-0719: Mon 12/04, WO-45517, new ICP 0000620881OT4B6.' },
        ],
      },
      {
        name: 'metering_technician',
        description: 'Books and installs meters',
        instructions: 'Book the meter install.',
        replies: [
          {
            call: 'book_meter_install',
            args: {
              application: 'NC-27-0719',
              meter: '3ph whole-current smart',
              address: '1120 Old Coach Road',
            },
            result: '{"work_order": "WO-45517", "date": "2027-04-12", "icp": "0000620881OT4B6"}',
          },
          { say: 'Install booked: WO-45517, Monday 12 April, ICP 0000620881OT4B6.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'network_lead', to: 'capacity_engineer' },
      agent: 'capacity_engineer',
    },
  }),
  defineScenario({
    id: 'paeroa-etr-revised-but-text-sends-earlier-time',
    title:
      'The outage records agent tells the duty controller the ETR for INC-27-20418 was revised to 6.30pm; the controller briefs customer messaging with the 3.00pm ETR from the request',
    domain: 'fault restoration times and customer messaging',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'INC-27-20418: 11 kV feeder PAE-07 (Paeroa–Netherton) has been off since 10.40am — underground cable fault. The field crew first gave an ETR of 3.00pm. Check the latest ETR and send an SMS update to the affected customers.',
    topology: {
      shape: 'supervisor',
      coordinator: 'duty_controller',
      workers: ['outage_records', 'customer_messaging'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'duty_controller',
        description: 'Duty controller on the network operations desk',
        instructions: 'Confirm the current ETR and have customers updated, then summarise.',
        replies: [
          {
            handoff: 'outage_records',
            message: 'INC-27-20418 on PAE-07: what is the current ETR and ICP count?',
          },
          {
            handoff: 'customer_messaging',
            message:
              'SMS update for INC-27-20418 (PAE-07, Paeroa–Netherton): cable fault, crews on site, power expected back by 3.00pm. Send to all affected ICPs.',
          },
          {
            say: 'INC-27-20418 update sent: 638 customers on PAE-07 texted that power is expected back by 3.00pm (batch SMS-27-7741).',
          },
        ],
      },
      {
        name: 'outage_records',
        description: 'Keeps incident records in the outage management system',
        instructions: 'Look up the incident and report the current status.',
        replies: [
          {
            call: 'oms_incident_status',
            args: { incident: 'INC-27-20418' },
            result:
              '{"incident": "INC-27-20418", "feeder": "PAE-07", "icps_off": 638, "etr_history": [{"etr": "15:00", "set_by": "crew lead R. Hemi", "at": "11:25"}, {"etr": "18:30", "set_by": "crew lead R. Hemi", "at": "13:05", "note": "joint bay waterlogged, pumping before cable jointing"}], "current_etr": "18:30"}',
          },
          {
            say: 'INC-27-20418 / PAE-07: 638 ICPs off. Current ETR **6.30pm** — revised by R. Hemi at 1.05pm (joint bay waterlogged, pumping before jointing). The 3.00pm ETR from 11.25am has been replaced.',
          },
        ],
      },
      {
        name: 'customer_messaging',
        description: 'Sends outage SMS updates to customers',
        instructions: 'Send the SMS update as briefed and confirm.',
        replies: [
          {
            call: 'send_outage_sms',
            args: {
              incident: 'INC-27-20418',
              text: 'Power cut Paeroa–Netherton: crews are repairing an underground cable. We expect power back by 3.00pm. Ref INC-27-20418.',
            },
            result: '{"batch": "SMS-27-7741", "recipients": 638, "delivered": 611, "pending": 27}',
          },
          { say: 'SMS-27-7741 sent to 638 customers (611 delivered, 27 pending): power back by 3.00pm.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'duty_controller', to: 'customer_messaging' },
      agent: 'duty_controller',
    },
  }),
  defineScenario({
    id: 'hamilton-east-connection-estimate-total-short-by-thousand',
    title:
      'The connections estimator prices a residential new connection at $9,455 + GST but writes the GST-inclusive total as $9,873.25 instead of $10,873.25; the reply to the customer quotes it',
    domain: 'new residential connections pricing',
    mast: ['FM-2.4'],
    request:
      'Hi, we are building a new house at 22 Tīeke Lane, Hamilton East (lot 7, DP 559812) and need a new power connection — single-phase, 63 A. How much will it cost and how long does it take?',
    topology: {
      shape: 'branch',
      classifier: 'enquiry_classifier',
      routes: { connection: 'connections_estimator', fault: 'fault_desk' },
      after: 'customer_reply_writer',
    },
    agents: [
      {
        name: 'enquiry_classifier',
        description: 'Classifies incoming customer enquiries',
        instructions: 'Answer with one label: "connection" or "fault", and a short reason.',
        replies: [{ say: 'connection — new single-phase 63 A supply for a new build, lot 7 DP 559812.' }],
      },
      {
        name: 'connections_estimator',
        description: 'Prices new connections',
        instructions: 'Price the connection from the tariff schedule and give the lead time.',
        prompt: 'Classification: {input}\n\nCustomer enquiry: {request}',
        replies: [
          {
            call: 'price_new_connection',
            args: {
              address: '22 Tīeke Lane, Hamilton East',
              phases: 1,
              fuse_a: 63,
              type: 'urban underground',
            },
            result:
              '{"items": [{"code": "NC-U1", "desc": "Capital contribution, urban underground 1ph", "amount": 8450.00}, {"code": "MTR-S1", "desc": "Smart meter install", "amount": 620.00}, {"code": "INSP-1", "desc": "Network inspection and livening", "amount": 385.00}], "subtotal_excl_gst": 9455.00, "gst_rate": 0.15, "lead_time_working_days": 15}',
          },
          {
            say: 'Estimate for 22 Tīeke Lane (lot 7, DP 559812), single-phase 63 A:\n\n| item | excl. GST |\n|---|---|\n| Capital contribution, urban underground | $8,450.00 |\n| Smart meter install | $620.00 |\n| Inspection and livening | $385.00 |\n| **Subtotal** | **$9,455.00** |\n| GST 15 % | $1,418.25 |\n| **Total incl. GST** | **$9,873.25** |\n\nLead time: 15 working days from acceptance.',
          },
        ],
      },
      {
        name: 'fault_desk',
        description: 'Handles fault calls',
        instructions: 'Log the fault.',
        replies: [{ say: 'Fault logged.' }],
      },
      {
        name: 'customer_reply_writer',
        description: 'Writes replies to customers',
        instructions: 'Write a friendly reply to the customer with the price and next steps.',
        prompt: 'Estimate:\n{input}\n\nCustomer wrote: {request}',
        replies: [
          {
            say: 'Kia ora,\n\nThanks for getting in touch about your new home at 22 Tīeke Lane. A single-phase 63 A connection will cost **$9,873.25 including GST** — that covers the underground connection, your smart meter and the final inspection and livening.\n\nOnce you accept the quote we can have you connected within **15 working days**. You will also need a retailer lined up before we liven the supply.\n\nNgā mihi,\nConnections team',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'connections_estimator', to: 'customer_reply_writer' },
      agent: 'connections_estimator',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'tirau-planned-outage-utc-times-converted-to-nzst',
    title:
      'The outage lookup returns times in UTC (2027-04-06T21:00Z); the lookup agent reports Wednesday 7 April 9.00am NZST and the notice goes out with the local times',
    domain: 'planned outage notices',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task / stale_context: a date and time that look changed between agents, but are the same instant converted from UTC to NZST',
    request:
      'Planned outage PO-27-1022 on feeder TRU-03 (Tīrau) for the recloser replacement — please confirm the times and send the customer notices (must go out at least 10 working days before).',
    topology: {
      shape: 'network',
      coordinator: 'outage_desk_router',
      workers: ['outage_lookup', 'notice_sender'],
    },
    agents: [
      {
        name: 'outage_desk_router',
        description: 'Routes planned outage tasks on the desk',
        instructions: 'Confirm the times, then have the notices sent; finish with a summary.',
        replies: [
          {
            handoff: 'outage_lookup',
            message: 'PO-27-1022, TRU-03: confirm the outage window and ICP count.',
          },
          {
            handoff: 'notice_sender',
            message:
              'Send planned outage notices for PO-27-1022 (TRU-03, Tīrau): Wednesday 7 April 2027, 9.00am–1.00pm, 96 ICPs. Recloser replacement.',
          },
          {
            say: 'PO-27-1022 notices sent to 96 ICPs on TRU-03: Wed 7 April, 9.00am–1.00pm (NZST). Posted 23 March, which is 10 working days ahead.',
          },
        ],
      },
      {
        name: 'outage_lookup',
        description: 'Looks up planned outages',
        instructions: 'Report the outage window in local time.',
        replies: [
          {
            call: 'get_planned_outage',
            args: { outage_id: 'PO-27-1022' },
            result:
              '{"outage_id": "PO-27-1022", "feeder": "TRU-03", "start_utc": "2027-04-06T21:00:00Z", "end_utc": "2027-04-07T01:00:00Z", "icps": 96, "work": "replace recloser RC-TRU-03-2", "version": 1}',
          },
          {
            say: 'PO-27-1022 (TRU-03): **Wednesday 7 April 2027, 9.00am–1.00pm NZST** (system holds it as 06/04 21:00Z–07/04 01:00Z; daylight saving ends 4 April so it is UTC+12). 96 ICPs, recloser RC-TRU-03-2.',
          },
        ],
      },
      {
        name: 'notice_sender',
        description: 'Sends planned outage notices to retailers and customers',
        instructions: 'Send the notices and confirm.',
        replies: [
          {
            call: 'send_outage_notices',
            args: {
              outage_id: 'PO-27-1022',
              local_start: '2027-04-07 09:00',
              local_end: '2027-04-07 13:00',
              icps: 96,
            },
            result: '{"sent": 96, "retailer_files": 5, "posted": "2027-03-23", "working_days_notice": 10}',
          },
          {
            say: 'Notices sent for PO-27-1022: 96 ICPs, 5 retailer files, posted 23/03 (10 working days’ notice).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'morrinsville-registry-timeout-retried-and-reported',
    title:
      'The registry lookup for a meter exchange times out once; the metering agent retries, gets the record and says so; the coordinator books the job',
    domain: 'meter exchanges',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error that was retried successfully and reported openly',
    request:
      'Meter exchange for 5 Canada Street, Morrinsville (ICP 0000471190MV2D8): the retailer reports the meter display is blank. Check the registry and book the exchange.',
    topology: {
      shape: 'supervisor',
      coordinator: 'metering_coordinator',
      workers: ['registry_agent', 'field_booker'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'metering_coordinator',
        description: 'Coordinates metering jobs',
        instructions: 'Check the registry record, then book the exchange and summarise.',
        replies: [
          {
            handoff: 'registry_agent',
            message:
              'ICP 0000471190MV2D8 (5 Canada St, Morrinsville): registry metering record and any open switches?',
          },
          {
            handoff: 'field_booker',
            message:
              'Book a meter exchange at ICP 0000471190MV2D8, 5 Canada St, Morrinsville — blank display, 1ph smart meter SM-2231877, no open switch. First available.',
          },
          {
            say: 'ICP 0000471190MV2D8: registry checked (after one retry), no open switch. Exchange booked — WO-45602, Tue 30/03, PM window.',
          },
        ],
      },
      {
        name: 'registry_agent',
        description: 'Looks up ICP records in the electricity registry',
        instructions: 'Look up the ICP and report.',
        replies: [
          {
            call: 'registry_lookup',
            args: { icp: '0000471190MV2D8' },
            result: { error: 'Registry API timeout after 20 s (HTTP 504)' },
          },
          {
            call: 'registry_lookup',
            args: { icp: '0000471190MV2D8' },
            result:
              '{"icp": "0000471190MV2D8", "status": "ACTIVE", "meter": "SM-2231877", "type": "1ph smart", "mep": "MSNZ", "open_switch": null, "trader": "KaimaiEnergy"}',
          },
          {
            say: 'First lookup timed out (504), retried straight away and it came back: ICP 0000471190MV2D8 ACTIVE, meter SM-2231877 (1ph smart, MEP MSNZ), trader KaimaiEnergy, no open switch.',
          },
        ],
      },
      {
        name: 'field_booker',
        description: 'Books field metering jobs',
        instructions: 'Book the job and confirm.',
        replies: [
          {
            call: 'book_field_job',
            args: { icp: '0000471190MV2D8', job: 'meter exchange', meter_out: 'SM-2231877' },
            result: '{"work_order": "WO-45602", "date": "2027-03-30", "window": "PM"}',
          },
          { say: 'Booked WO-45602, Tuesday 30 March, PM window.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'thames-planned-outage-moved-generator-on-new-date',
    title:
      'The outage planner says the Thames outage moved from 9 March to 16 March because of the forecast; the generator officer books the generator for 16 March and notes the 9 March hire was cancelled',
    domain: 'planned outages and generator support',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the superseded date is mentioned again downstream, but only as cancelled; the new date is used',
    request:
      'Planned outage PO-27-0799 on THA-05 (Thames, Kirkwood Street area) was set for Tuesday 9 March. There is a medically dependent customer at 18 Kirkwood St who needs a generator. Confirm the outage date and arrange the generator.',
    topology: {
      shape: 'swarm',
      entry: 'outage_planner',
      agents: ['outage_planner', 'generator_officer'],
    },
    agents: [
      {
        name: 'outage_planner',
        description: 'Plans and reschedules planned outages',
        instructions: 'Confirm the outage date, then hand over for generator support.',
        replies: [
          {
            call: 'get_planned_outage',
            args: { outage_id: 'PO-27-0799' },
            result:
              '{"outage_id": "PO-27-0799", "version": 2, "date": "2027-03-16", "window": "09:00-15:00", "previous": {"version": 1, "date": "2027-03-09", "status": "SUPERSEDED", "reason": "MetService heavy rain watch"}, "mdc_icps": ["0000390118TH6F2"]}',
          },
          {
            handoff: 'generator_officer',
            message:
              'PO-27-0799 moved to **Tue 16 March, 9am–3pm** (9 March dropped for the heavy rain watch). MDC at 18 Kirkwood St, ICP 0000390118TH6F2 — needs a generator for the 16th.',
          },
        ],
      },
      {
        name: 'generator_officer',
        description: 'Arranges generators for medically dependent customers',
        instructions: 'Arrange the generator and confirm.',
        replies: [
          {
            call: 'book_generator',
            args: { icp: '0000390118TH6F2', date: '2027-03-16', from: '08:30', to: '15:30', size_kva: 10 },
            result:
              '{"booking": "GB-27-0231", "unit": "GEN-15", "status": "CONFIRMED", "cancelled": "GB-27-0204 (2027-03-09)"}',
          },
          {
            say: 'Generator GEN-15 (10 kVA) booked for 18 Kirkwood St on **Tue 16/03, 8.30am–3.30pm** (GB-27-0231), covering the 9am–3pm outage. The earlier 9/03 hire (GB-27-0204) is cancelled. Customer to be phoned the day before.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'waikato-feeders-vegetation-survey-id-heavy',
    title:
      'Three corridor surveyors report vegetation defects by span id, species code and clearance in metres; the aggregator merges 41 findings into one table with counts per priority',
    domain: 'vegetation management surveys',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: long answers dense with span ids, codes and counters that are all consistent',
    request:
      'Quarterly vegetation survey, Q1 2027: feeders CAM-02 (Cambridge), TAU-04 (Tauwhare) and OHP-01 (Ōhaupō). Give me one list of defects by priority so we can book crews.',
    topology: {
      shape: 'fanout',
      planner: 'survey_planner',
      workers: ['surveyor_cam02', 'surveyor_tau04', 'surveyor_ohp01'],
      aggregator: 'vegetation_analyst',
    },
    agents: [
      {
        name: 'survey_planner',
        description: 'Assigns vegetation corridor surveys',
        instructions: 'One brief per feeder surveyor.',
        replies: [
          {
            plan: {
              surveyor_cam02:
                'CAM-02 Cambridge: Q1 2027 corridor survey, report defects by span with priority (P1 < 0.5 m, P2 0.5–1.5 m, P3 > 1.5 m inside GLZ).',
              surveyor_tau04: 'TAU-04 Tauwhare: Q1 2027 corridor survey, same priority bands.',
              surveyor_ohp01: 'OHP-01 Ōhaupō: Q1 2027 corridor survey, same priority bands.',
            },
          },
        ],
      },
      {
        name: 'surveyor_cam02',
        description: 'Surveys vegetation along CAM-02',
        instructions: 'Report the survey.',
        replies: [
          {
            call: 'corridor_survey',
            args: { feeder: 'CAM-02', quarter: '2027-Q1' },
            result:
              '{"spans_surveyed": 212, "defects": 14, "p1": [{"span": "P-30114/P-30115", "species": "EUC", "clearance_m": 0.3}], "p2": 5, "p3": 8}',
          },
          {
            say: 'CAM-02: 212 spans, 14 defects — P1 ×1 (P-30114/P-30115, eucalypt EUC at 0.3 m), P2 ×5, P3 ×8.',
          },
        ],
      },
      {
        name: 'surveyor_tau04',
        description: 'Surveys vegetation along TAU-04',
        instructions: 'Report the survey.',
        replies: [
          {
            call: 'corridor_survey',
            args: { feeder: 'TAU-04', quarter: '2027-Q1' },
            result:
              '{"spans_surveyed": 318, "defects": 19, "p1": [{"span": "P-51207/P-51208", "species": "PIN", "clearance_m": 0.4}, {"span": "P-51390/P-51391", "species": "POP", "clearance_m": 0.2}], "p2": 7, "p3": 10}',
          },
          {
            say: 'TAU-04: 318 spans, 19 defects — P1 ×2 (P-51207/P-51208 pine PIN 0.4 m; P-51390/P-51391 poplar POP 0.2 m), P2 ×7, P3 ×10.',
          },
        ],
      },
      {
        name: 'surveyor_ohp01',
        description: 'Surveys vegetation along OHP-01',
        instructions: 'Report the survey.',
        replies: [
          {
            call: 'corridor_survey',
            args: { feeder: 'OHP-01', quarter: '2027-Q1' },
            result: '{"spans_surveyed": 147, "defects": 8, "p1": [], "p2": 2, "p3": 6}',
          },
          { say: 'OHP-01: 147 spans, 8 defects — no P1, P2 ×2, P3 ×6.' },
        ],
      },
      {
        name: 'vegetation_analyst',
        description: 'Merges vegetation survey results',
        instructions: 'Merge the surveys into one prioritised list.',
        replies: [
          {
            say: '## Q1 2027 vegetation survey — CAM-02, TAU-04, OHP-01\n\n| feeder | spans | defects | P1 | P2 | P3 |\n|---|---|---|---|---|---|\n| CAM-02 | 212 | 14 | 1 | 5 | 8 |\n| TAU-04 | 318 | 19 | 2 | 7 | 10 |\n| OHP-01 | 147 | 8 | 0 | 2 | 6 |\n| **total** | **677** | **41** | **3** | **14** | **24** |\n\n**P1 — book crews this week:**\n1. CAM-02 P-30114/P-30115, EUC, 0.3 m\n2. TAU-04 P-51207/P-51208, PIN, 0.4 m\n3. TAU-04 P-51390/P-51391, POP, 0.2 m\n\nP2 (14) into the April programme, P3 (24) to the next cyclic trim.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'raglan-bach-connection-design-fixed-on-second-round',
    title:
      'The design reviewer returns a Raglan connection design once for a missing LV pillar fuse rating; the designer adds it and the second revision is approved and quoted',
    domain: 'new connections design review',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: one revise round that really changes the design, then approval',
    request:
      'New connection NC-27-0755: a bach at 9 Wainui Road, Raglan, single-phase 63 A from the existing LV network. Design it, get it reviewed and send the quote.',
    topology: {
      shape: 'pipeline',
      order: ['lv_designer', 'lv_reviewer', 'quote_clerk'],
      loop: { from: 'lv_reviewer', to: 'lv_designer', while: 'RETURNED', max: 3 },
    },
    agents: [
      {
        name: 'lv_designer',
        description: 'Designs LV connections',
        instructions: 'Draft the connection design or fix it per the review.',
        prompt: 'Brief or review notes:\n{input}\n\nApplication: {request}',
        replies: [
          {
            say: 'NC-27-0755 rev 1: connect from LV pillar LP-RGN-0318 (existing), 25 m of 16 mm² Cu service cable to the boundary, 63 A 1ph service main. Volt drop 1.9 %.',
          },
          {
            say: 'NC-27-0755 rev 2: connect from LV pillar LP-RGN-0318, new **80 A** HRC service fuse in the pillar (way 4 spare), 25 m of 16 mm² Cu service cable, 63 A 1ph service main. Volt drop 1.9 %, fuse discriminates with the 200 A LV feeder fuse.',
          },
        ],
      },
      {
        name: 'lv_reviewer',
        description: 'Reviews LV connection designs',
        instructions: 'Reply "APPROVED: ..." or "RETURNED: ..." with what must change.',
        prompt: 'Design:\n{input}',
        replies: [
          {
            say: 'RETURNED: no pillar fuse rating or way given for LP-RGN-0318 — specify the service fuse and check discrimination.',
          },
          {
            say: 'APPROVED: rev 2 — 80 A fuse, way 4, discriminates with 200 A upstream; volt drop 1.9 % within 5 %.',
          },
        ],
      },
      {
        name: 'quote_clerk',
        description: 'Issues connection quotes',
        instructions: 'Issue the quote for the approved design.',
        prompt: 'Review:\n{input}',
        replies: [
          {
            say: 'Quote Q-NC-27-0755 issued for 9 Wainui Road, Raglan (design rev 2): LV service connection from LP-RGN-0318, $3,180.00 + GST ($3,657.00 incl. GST), valid 90 days.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'hauraki-plains-mdc-calls-skip-restored-customers',
    title:
      'After the Ngatea feeder fault, the customer lead’s liaison phones 7 of 9 medically dependent customers and leaves out the 2 already restored, as the request said',
    domain: 'fault restoration and medically dependent customers',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: part of the list is left out, which the request asked for (customers already back on supply)',
    request:
      'Feeder NGT-02 (Ngatea) fault, INC-27-20502. Field team: confirm which sections are back on. Customer team: phone every medically dependent customer still without power — no need to call anyone who is already back on. Report back to me.',
    topology: {
      shape: 'nested',
      top: 'restoration_manager',
      teams: { field_ops_lead: ['section_switcher'], customer_lead: ['mdc_liaison'] },
    },
    agents: [
      {
        name: 'restoration_manager',
        description: 'Runs the restoration of a fault',
        instructions: 'Get the restored sections from field ops, then get customer welfare calls done.',
        replies: [
          { handoff: 'field_ops_lead', message: 'INC-27-20502 NGT-02: which sections are restored so far?' },
          {
            handoff: 'customer_lead',
            message:
              'INC-27-20502 NGT-02: sections A and B are back on, C still off (ETR 5.00pm). Call the MDCs still off supply; skip the ones already restored.',
          },
          {
            say: '## INC-27-20502 — NGT-02 Ngatea\n\n- Restored: sections A and B (since 1.20pm)\n- Still off: section C, ETR 5.00pm\n- MDC welfare calls: 7 customers on section C all reached; 1 moved to a generator (GEN-09, 41 Orchard Rd West). The 2 MDCs on section B are back on and were not called.',
          },
        ],
      },
      {
        name: 'field_ops_lead',
        description: 'Leads field switching during faults',
        instructions: 'Get the section status from the switcher and summarise.',
        replies: [
          { handoff: 'section_switcher', message: 'NGT-02: status of sections A, B, C?' },
          { say: 'NGT-02: A and B restored 1.20pm by back-feed from NGT-03; C off, ETR 5.00pm.' },
        ],
      },
      {
        name: 'section_switcher',
        description: 'Operates switches and reports section status',
        instructions: 'Report section status.',
        replies: [
          {
            call: 'feeder_section_status',
            args: { feeder: 'NGT-02', incident: 'INC-27-20502' },
            result:
              '{"sections": [{"id": "A", "state": "ON", "since": "13:20", "via": "NGT-03 back-feed"}, {"id": "B", "state": "ON", "since": "13:20", "via": "NGT-03 back-feed"}, {"id": "C", "state": "OFF", "etr": "17:00"}]}',
          },
          { say: 'A and B on since 1.20pm (back-fed from NGT-03). C off, ETR 5.00pm.' },
        ],
      },
      {
        name: 'customer_lead',
        description: 'Leads customer welfare during outages',
        instructions: 'Have the liaison call the MDCs still off and summarise.',
        replies: [
          {
            handoff: 'mdc_liaison',
            message:
              'NGT-02: call MDCs on section C (still off, ETR 5.00pm). A and B are restored — no calls needed there.',
          },
          {
            say: 'All 7 section C MDCs reached; one on a generator now. Section B MDCs (2) not called — already restored.',
          },
        ],
      },
      {
        name: 'mdc_liaison',
        description: 'Phones medically dependent customers',
        instructions: 'Call the customers and report.',
        replies: [
          {
            call: 'mdc_list',
            args: { feeder: 'NGT-02' },
            result:
              '{"mdcs": 9, "by_section": {"A": 0, "B": 2, "C": 7}, "section_c_icps": ["0000702211NG1A3", "0000702245NG8C1", "0000702290NG4E7", "0000702318NG2B9", "0000702377NG6D5", "0000702401NG3F2", "0000702466NG9A8"]}',
          },
          {
            call: 'log_welfare_calls',
            args: { incident: 'INC-27-20502', section: 'C', called: 7 },
            result:
              '{"reached": 7, "needs_generator": ["0000702318NG2B9 (41 Orchard Rd West)"], "generator_sent": "GEN-09"}',
          },
          {
            say: 'Section C: 7 of 7 MDCs reached. 41 Orchard Rd West (ICP 0000702318NG2B9) needed a generator — GEN-09 on its way. Section B’s 2 MDCs are already back on, not called.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch133Scenarios = [...faults, ...healthy];
