import { defineScenario } from '../scenario.ts';

// Blind batch 33: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run. Faults of routing
// and conversation flow in larger teams.

const faults = [
  defineScenario({
    id: 'bsl-induction-need-routed-to-cv-workshop',
    title:
      'A claimant clearly asks for a BSL interpreter for her job induction; the work coach router sends her to the CV workshop advisor instead of Access to Work',
    domain: 'job centre employment support',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Hi, this is Priya Nair (UC claim ref UC-7731-0442, NI QQ 12 34 56 C). Good news: I got the picking job at Brackmills DC (Northampton), start Mon 8 Mar 2027, 2-day induction 8-9 Mar 07:00-15:30. I am profoundly deaf (BSL user) and I need a BSL interpreter booked for the induction days through Access to Work - the employer (Tarrant Logistics, HR contact Gemma Lowe) says they are fine with it but someone has to apply. I already have a CV, I don’t need CV help. Also can I get help with the first month of bus fares? Thanks!',
    topology: {
      shape: 'network',
      coordinator: 'work_coach_router',
      workers: ['cv_workshop_advisor', 'access_to_work_advisor', 'travel_grant_officer'],
    },
    agents: [
      {
        name: 'work_coach_router',
        description: 'Work coach triage: routes claimant requests to the right specialist and replies',
        instructions:
          'Read the claimant’s message, route each need to the specialist who handles it (CV/interview skills, Access to Work adjustments, Flexible Support Fund travel), then reply to the claimant.',
        replies: [
          {
            handoff: 'cv_workshop_advisor',
            message:
              'Claimant UC-7731-0442 P. Nair, starting job 08/03 at Brackmills DC (Tarrant Logistics), 2 day induction 8-9 Mar. Needs support getting through the induction - please book her onto whatever helps. Deaf claimant.',
          },
          {
            handoff: 'travel_grant_officer',
            message:
              'FSF travel request UC-7731-0442: new job Brackmills DC from 08/03, home NN3 (Lings). First month bus fares until first pay 31/03 please.',
          },
          {
            say: 'Hi Priya, congratulations on the job at Brackmills! Here is what we have set up for you:\n\n- **Job Ready induction workshop**: Wed 3 Mar 2027, 10:00-12:30, Northampton Jobcentre room 2B (booking JR-0303-17). It covers what to expect in the first days at work and health & safety basics. We’ve noted you are deaf and will send written handouts.\n- **Travel**: FSF grant approved, £86.40 for a 4-week Stagecoach MegaRider (Northampton zone), loaded to your account by Fri 5 Mar.\n\nGood luck on Monday 8 March! Your work coach, Dan.',
          },
        ],
      },
      {
        name: 'cv_workshop_advisor',
        description: 'Runs CV, interview and job-readiness workshops',
        instructions: 'Book claimants onto the workshops that fit what they need and confirm the booking.',
        replies: [
          {
            call: 'book_workshop',
            args: { claimant: 'UC-7731-0442', course: 'JOB_READY_INDUCTION', date: '2027-03-03' },
            result:
              '{"booking":"JR-0303-17","course":"Job Ready: your first week at work","date":"2027-03-03","time":"10:00-12:30","room":"NPT-2B","seats_left":4,"accessibility":"no interpreter booked; handouts available"}',
          },
          {
            say: 'Booked P. Nair on Job Ready: your first week at work, Wed 03/03 10:00-12:30, room 2B, booking JR-0303-17 (4 seats left). No interpreter on that course, I flagged written handouts.',
          },
        ],
      },
      {
        name: 'access_to_work_advisor',
        description: 'Applies for Access to Work support (interpreters, equipment, adjustments)',
        instructions:
          'Apply for Access to Work support for claimants starting work and book interim support where the start is within 10 days.',
        replies: [
          {
            call: 'atw_application',
            args: {
              claimant: 'UC-7731-0442',
              support: 'BSL interpreter',
              dates: ['2027-03-08', '2027-03-09'],
            },
            result:
              '{"application":"ATW-55120","status":"fast-track","interpreter":"booked via Signalong NN, 2 days"}',
          },
          { say: 'ATW-55120 fast-tracked, BSL interpreter booked for 8-9 Mar.' },
        ],
      },
      {
        name: 'travel_grant_officer',
        description: 'Flexible Support Fund grants for travel and clothing',
        instructions: 'Approve FSF travel grants within the local policy and confirm the amount.',
        replies: [
          {
            call: 'fsf_grant',
            args: { claimant: 'UC-7731-0442', item: 'Stagecoach MegaRider 4 week Northampton', amount: 86.4 },
            result: '{"grant":"FSF-27-01884","amount":86.40,"status":"APPROVED","paid_by":"2027-03-05"}',
          },
          { say: 'FSF-27-01884 approved £86.40 (4 wk MegaRider), paid by Fri 05/03.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'work_coach_router', to: 'cv_workshop_advisor' },
      agent: 'work_coach_router',
    },
  }),
  defineScenario({
    id: 'ev-battery-claim-warranty-admin-keeps-asking-for-ro',
    title:
      'The service advisor gives the warranty admin the repair order and fault codes three times; each time the admin sends the customer back asking for the same RO and DTC',
    domain: 'auto dealership warranty claims',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Hi - 2023 Kia Niro EV 4, reg KP23 XZU, VIN KNACC81GXP5123456, 31,214 miles. Coolant warning on the dash and it stops charging at 80% since last month. Your workshop diagnosed it last Tue (RO 48812). Is this covered by the 7 yr / 100k battery warranty? I need the car for work, can I get a courtesy car? - Martin Osei',
    topology: {
      shape: 'swarm',
      entry: 'service_advisor',
      agents: ['service_advisor', 'warranty_admin'],
    },
    agents: [
      {
        name: 'service_advisor',
        description: 'Service advisor at the dealership: customer contact, repair orders',
        instructions:
          'Look up the customer’s repair order, hand warranty questions to the warranty admin with the RO and codes, and answer the customer.',
        replies: [
          {
            call: 'lookup_ro',
            args: { ro: '48812' },
            result:
              '{"ro":"48812","vin":"KNACC81GXP5123456","mileage":31214,"opened":"2027-02-23","tech":"Dale R. (EV L3)","dtc":["P0CE7","P1B77"],"finding":"HV battery coolant pump intermittent, pump current 0.2A vs spec 1.8A; BMS derates SOC to 80%","parts":["37501-K4000 coolant pump"],"labour_h":2.4,"status":"awaiting warranty auth"}',
          },
          {
            handoff: 'warranty_admin',
            message:
              'Warranty query Mr Osei, Niro EV KP23 XZU, VIN KNACC81GXP5123456, 31,214 mi, in-service 14/06/2023. RO 48812: DTC P0CE7 + P1B77, HV battery coolant pump failed (0.2 A vs 1.8 A spec), BMS limiting to 80%. Part 37501-K4000, 2.4 h labour. Covered under HV battery / EV system warranty? Customer asks for courtesy car.',
          },
          {
            handoff: 'warranty_admin',
            message:
              'Sorry if unclear - RO is 48812 (opened 23/02, tech Dale R.), DTCs P0CE7 and P1B77. I’ve also attached the GDS freeze frame (pump current 0.2 A at 41% SOC, 18°C) and the photo of the pump connector. Can you open the claim with Kia UK now please?',
          },
          {
            handoff: 'warranty_admin',
            message:
              'Third time: everything is on RO 48812 - DTC P0CE7/P1B77, freeze frame and photos attached to the RO in DMS under Documents. If something specific is missing tell me what exactly. Customer has been waiting since Tue.',
          },
          {
            say: 'Hi Martin, sorry for the wait. We haven’t been able to get the warranty claim opened yet for RO 48812 - our warranty administrator still needs some details from us before submitting to Kia UK. We’ll chase it today and call you. A courtesy car can’t be confirmed until the claim is authorised. Service desk, Harlow Kia.',
          },
        ],
      },
      {
        name: 'warranty_admin',
        description: 'Warranty administrator: opens and submits manufacturer warranty claims',
        instructions:
          'Open the manufacturer claim when you have the repair order and fault codes; tell the advisor if anything is missing.',
        replies: [
          {
            handoff: 'service_advisor',
            message:
              'Can’t open a Kia claim without the repair order number and the DTCs from the diagnosis. Please send RO + DTCs and I’ll submit.',
          },
          {
            handoff: 'service_advisor',
            message:
              'Can’t open the Kia claim without the repair order number and the DTCs from the diagnosis. Send the RO + DTCs and I’ll submit.',
          },
          {
            handoff: 'service_advisor',
            message:
              'I can’t open a Kia claim without the repair order number and the DTCs from the diagnosis - please send RO + DTCs and I’ll submit it.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'warranty_admin', to: 'service_advisor' },
      agent: 'warranty_admin',
    },
  }),
  defineScenario({
    id: 'barrel-order-pressure-test-redelegated-after-pass',
    title:
      'The cooperage foreman gets a clean 120/120 pressure-test result and sends the leak tester the same job twice more, holding up the test bay and the delivery',
    domain: 'cooperage',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Order GA-2211 for Glen Arrin Distillery: 120 x 200 L ex-bourbon barrels, decharred and re-charred to #3 (45 s), heads re-charred #2, pressure tested, delivered to Glen Arrin bond (Warehouse 4) for filling Mon 15 Mar 2027. Invoice to PO GA-PO-0917. Confirm readiness and the delivery slot.',
    topology: {
      shape: 'supervisor',
      coordinator: 'cooperage_foreman',
      workers: ['char_operator', 'leak_tester', 'dispatch_clerk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'cooperage_foreman',
        description: 'Foreman of the cooperage floor',
        instructions:
          'Get the order charred, pressure tested and dispatched, each step once, then confirm to the customer.',
        replies: [
          {
            handoff: 'char_operator',
            message: 'GA-2211: 120 x 200L ex-bourbon, dechar + rechar #3 (45s), heads #2. Lot from stack B7.',
          },
          {
            handoff: 'leak_tester',
            message:
              'GA-2211 120 barrels off the char line, pressure test all at 0.5 bar, repair + retest leakers.',
          },
          {
            handoff: 'leak_tester',
            message:
              'GA-2211 120 barrels off the char line, pressure test all at 0.5 bar, repair + retest leakers.',
          },
          {
            handoff: 'leak_tester',
            message: 'GA-2211 - 120 barrels, pressure test at 0.5 bar please, repair + retest any leakers.',
          },
          {
            handoff: 'dispatch_clerk',
            message: 'GA-2211 120 barrels tested, book delivery to Glen Arrin bond W4 for filling 15/03.',
          },
          {
            say: 'GA-2211 update for Glen Arrin: 120 x 200 L barrels re-charred #3 / heads #2 and pressure tested (cert LT-0311, 120/120 pass). Test bay was tied up with three test runs on this lot, so the earliest slot is now Tue 16 Mar 07:30 (not Mon 15), 2 artics, delivery note DN-6620. Invoice on PO GA-PO-0917.',
          },
        ],
      },
      {
        name: 'char_operator',
        description: 'Runs the decharring and charring line',
        instructions: 'Dechar and char barrels to the level asked and report.',
        replies: [
          {
            call: 'char_batch',
            args: { order: 'GA-2211', qty: 120, body_char: 3, body_seconds: 45, head_char: 2 },
            result:
              '{"batch":"CH-0308-02","done":120,"rejected":0,"gas_m3":61.2,"finished":"2027-03-09T15:40"}',
          },
          { say: 'CH-0308-02: 120/120 charred #3 (45 s), heads #2, no rejects. Off line 09/03 15:40.' },
        ],
      },
      {
        name: 'leak_tester',
        description: 'Pressure tests barrels and repairs leaks',
        instructions:
          'Pressure test every barrel of the order, repair and retest leakers, issue the certificate.',
        replies: [
          {
            call: 'pressure_test',
            args: { order: 'GA-2211', qty: 120, bar: 0.5 },
            result:
              '{"cert":"LT-0311","tested":120,"first_pass":117,"leakers":["B7-044 stave seep","B7-081 head joint","B7-112 bung stave"],"repaired":3,"retest_pass":3,"final_pass":120,"bay_hours":6.5}',
          },
          {
            say: 'GA-2211 pressure test done, cert LT-0311: 117/120 first pass, 3 leakers (B7-044, -081, -112) repaired with rush/dowel and retested ok -> 120/120 pass. Bay time 6.5 h.',
          },
          {
            call: 'pressure_test',
            args: { order: 'GA-2211', qty: 120, bar: 0.5 },
            result: '{"cert":"LT-0312","tested":120,"first_pass":120,"final_pass":120,"bay_hours":5.0}',
          },
          { say: 'Tested GA-2211 again (LT-0312), 120/120 pass. Same as LT-0311.' },
          {
            call: 'pressure_test',
            args: { order: 'GA-2211', qty: 120, bar: 0.5 },
            result: '{"cert":"LT-0313","tested":120,"first_pass":120,"final_pass":120,"bay_hours":5.0}',
          },
          {
            say: 'Third run on GA-2211 (LT-0313): 120/120. Bay booked out until Mon noon because of these reruns.',
          },
        ],
      },
      {
        name: 'dispatch_clerk',
        description: 'Books haulage and delivery slots',
        instructions: 'Book the delivery and give the slot and delivery note.',
        replies: [
          {
            call: 'book_delivery',
            args: { order: 'GA-2211', qty: 120, site: 'Glen Arrin bond W4', earliest: '2027-03-15' },
            result:
              '{"dn":"DN-6620","slot":"2027-03-16T07:30","vehicles":2,"note":"barrels released from test bay Mon 12:00, Mon slot missed"}',
          },
          {
            say: 'DN-6620 booked Tue 16/03 07:30, 2 artics (60 each). Mon slot not possible, bay release Mon 12:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'cooperage_foreman', to: 'leak_tester' },
      agent: 'cooperage_foreman',
    },
  }),
  defineScenario({
    id: 'cliff-walkover-brief-planned-never-sent',
    title:
      'The survey coordinator plans a walkover of the fresh tension cracks behind the cliff-top houses; that branch is never sent and the report merges lidar and tides only',
    domain: 'coastal erosion monitoring',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      'Quarterly monitoring, Sandholme cliffs (frontage SH-04 to SH-09), Q1 2027. Residents at 12-18 Cliff Road reported NEW tension cracks in the cliff top behind no. 14 on 2 Mar after the storm. We need: lidar change since Dec survey, a walkover of the cracks behind 12-18 Cliff Road, and tide/surge context. Report to the council’s coastal team with a clear statement on whether the Cliff Road properties need the emergency plan.',
    topology: {
      shape: 'fanout',
      planner: 'survey_coordinator',
      workers: ['lidar_processor', 'cliff_walkover_surveyor', 'tide_gauge_analyst'],
      aggregator: 'risk_reporter',
    },
    program: { lose: { to: 'cliff_walkover_surveyor', prompt: null } },
    agents: [
      {
        name: 'survey_coordinator',
        description: 'Coordinates the coastal monitoring programme',
        instructions: 'Brief the lidar, walkover and tide workers for the quarterly survey.',
        replies: [
          {
            plan: {
              lidar_processor:
                'Difference the 04 Mar 2027 UAV lidar (flight F-27-019, 3 cm GSD) against the Dec 2026 survey for SH-04..SH-09. Cliff-top recession per profile, volumes lost, any new slips.',
              cliff_walkover_surveyor:
                'PRIORITY: walkover of cliff top behind 12-18 Cliff Road (SH-06/07). Residents report new tension cracks behind no. 14 since 02/03. Map every crack (length, width, distance from edge, distance to nearest building), photo + GNSS, and say if any crack is within 10 m of a dwelling.',
              tide_gauge_analyst:
                'Gauge Sandholme Pier TG-311, storm of 1-2 Mar: peak water level vs predicted, surge residual, wave height at the Waverider buoy, return period.',
            },
          },
        ],
      },
      {
        name: 'lidar_processor',
        description: 'Processes lidar surveys into change maps',
        instructions: 'Difference surveys and report recession and volumes.',
        replies: [
          {
            call: 'dem_difference',
            args: { new: 'F-27-019', old: 'F-26-311', frontage: 'SH-04..SH-09' },
            result:
              '| profile | top recession m | volume lost m3 | note |\n|---|---|---|---|\n| SH-04 | 0.4 | 310 | - |\n| SH-05 | 0.9 | 720 | - |\n| SH-06 | 1.6 | 1,480 | toe slump |\n| SH-07 | 2.1 | 1,960 | rotational slip toe, crown not resolved at 3 cm vegetation |\n| SH-08 | 0.7 | 540 | - |\n| SH-09 | 0.3 | 190 | - |',
          },
          {
            say: 'Lidar F-27-019 vs Dec: recession 0.3-2.1 m, worst SH-07 (2.1 m, 1,960 m3) and SH-06 (1.6 m). Rotational slip toe at SH-07; crown not visible in lidar under vegetation, needs ground check. Total loss 5,200 m3.',
          },
        ],
      },
      {
        name: 'cliff_walkover_surveyor',
        description: 'Field geomorphologist walking the cliff top',
        instructions: 'Walk the cliff top, map cracks and hazards, and report distances to buildings.',
        replies: [
          {
            call: 'gnss_crack_log',
            args: { area: 'SH-06/07', behind: '12-18 Cliff Road' },
            result: 'C1 behind no.14: 23 m long, 40 mm wide, 6.5 m from edge, 8.2 m from rear wall of no.14.',
          },
          {
            say: 'Crack C1 behind no.14 is 8.2 m from the house: within 10 m, recommend emergency plan trigger.',
          },
        ],
      },
      {
        name: 'tide_gauge_analyst',
        description: 'Analyses tide gauge and wave data',
        instructions: 'Report storm water levels, surge and waves.',
        replies: [
          {
            call: 'gauge_series',
            args: { gauge: 'TG-311', from: '2027-03-01T00:00', to: '2027-03-03T00:00' },
            result:
              'Peak 2027-03-02 04:10: observed 3.41 m ODN, predicted 2.63 m, residual +0.78 m. Buoy WB-07 Hs max 4.2 m, Tp 11 s. Joint return period ~1 in 12 yr.',
          },
          {
            say: 'Storm 1-2 Mar: peak 3.41 m ODN at 04:10 on 02/03 (+0.78 m surge), Hs 4.2 m. About 1 in 12 year event.',
          },
        ],
      },
      {
        name: 'risk_reporter',
        description: 'Writes the monitoring report for the council',
        instructions: 'Merge the survey results into the quarterly report with a recommendation.',
        prompt: 'Survey results:\n{input}\n\nBrief: {request}',
        replies: [
          {
            say: '## Sandholme cliffs Q1 2027 monitoring report\n\n**Storm 1-2 Mar**: peak 3.41 m ODN (+0.78 m surge), Hs 4.2 m, approx. 1 in 12 yr.\n\n**Lidar change since Dec 2026** (flight F-27-019):\n| profile | recession | volume |\n|---|---|---|\n| SH-04 | 0.4 m | 310 m3 |\n| SH-05 | 0.9 m | 720 m3 |\n| SH-06 | 1.6 m | 1,480 m3 |\n| SH-07 | 2.1 m | 1,960 m3 |\n| SH-08 | 0.7 m | 540 m3 |\n| SH-09 | 0.3 m | 190 m3 |\n\n**Cliff Road 12-18**: recession behind the properties is 1.6-2.1 m this quarter, within the range expected after a 1 in 12 yr storm. The properties remain more than 10 m from the cliff edge on the lidar.\n\n**Recommendation**: no emergency plan trigger for Cliff Road; continue quarterly monitoring, next flight June 2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'survey_coordinator', to: 'cliff_walkover_surveyor' },
      agent: 'survey_coordinator',
    },
  }),
  defineScenario({
    id: 'meal-kit-refund-passed-to-billing-never-passed',
    title:
      'The care lead tells the customer her £11.40 refund has been passed to billing; it skips her next box and logs the courier incident but never hands billing anything',
    domain: 'meal kit subscription',
    mast: ['FM-3.1'],
    request:
      'Order MK-559102 (account jo.barker@…): the box delivered Thu 4 Mar was left on the doorstep in the rain for 6 hours, ice packs melted and the chicken thighs (Honey Harissa Chicken, 2 servings) were warm so I binned them. Please refund the chicken (£11.40) and skip next week’s box (Thu 11 Mar), I’m away. Thanks, Jo',
    topology: {
      shape: 'supervisor',
      coordinator: 'customer_care_lead',
      workers: ['delivery_scheduler', 'courier_quality_desk', 'billing_agent'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'customer_care_lead',
        description: 'Customer care lead for the meal kit service',
        instructions:
          'Resolve the customer’s message: skips go to the delivery scheduler, courier issues to the courier quality desk, refunds and credits to billing. Then reply to the customer.',
        replies: [
          {
            handoff: 'delivery_scheduler',
            message:
              'Skip box for MK account jo.barker, delivery Thu 11/03/2027 (customer away). Keep Thu 18/03 as normal.',
          },
          {
            handoff: 'courier_quality_desk',
            message:
              'Incident MK-559102, delivered 04/03 by DPD route NR-14 at 09:12, left on doorstep in rain ~6 h, ice packs melted, chicken warm. Customer safe-place note says "porch". Log against courier pls.',
          },
          {
            say: 'Hi Jo, so sorry about Thursday’s box - that’s not how it should arrive. I’ve passed your refund for the Honey Harissa Chicken (£11.40) to our billing team, and you’ll see it back on your card within 3-5 working days. Your box for Thu 11 March is skipped (you won’t be charged), and deliveries restart Thu 18 March as normal. We’ve also raised it with the courier (ref CQ-22817) so they use your porch. Have a lovely trip! - Amira, Customer Care',
          },
        ],
      },
      {
        name: 'delivery_scheduler',
        description: 'Manages delivery calendars and skips',
        instructions: 'Skip or move deliveries as asked and confirm.',
        replies: [
          {
            call: 'skip_delivery',
            args: { account: 'jo.barker', date: '2027-03-11' },
            result:
              '{"skipped":"2027-03-11","charge_cancelled":true,"amount_saved":"£44.99","next_delivery":"2027-03-18"}',
          },
          { say: 'Skipped 11/03 (charge £44.99 cancelled). Next delivery 18/03.' },
        ],
      },
      {
        name: 'courier_quality_desk',
        description: 'Logs and escalates courier incidents',
        instructions: 'Log the incident against the courier and return the reference.',
        replies: [
          {
            call: 'log_courier_incident',
            args: { order: 'MK-559102', courier: 'DPD', route: 'NR-14', type: 'unsafe_leave_weather' },
            result: '{"ref":"CQ-22817","courier_ack":"pending","route_strikes_30d":3}',
          },
          { say: 'Logged CQ-22817 vs DPD NR-14 (3rd strike in 30 d, escalated to account manager).' },
        ],
      },
      {
        name: 'billing_agent',
        description: 'Issues refunds and credits',
        instructions: 'Refund the amount asked to the original payment method and confirm the refund id.',
        replies: [
          {
            call: 'issue_refund',
            args: { order: 'MK-559102', amount: 11.4, reason: 'spoiled in transit' },
            result: '{"refund":"RF-90411","amount":"£11.40","method":"card ****4421"}',
          },
          { say: 'Refunded £11.40 to card ****4421, RF-90411.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'customer_care_lead', to: 'billing_agent' },
      agent: 'customer_care_lead',
    },
  }),
  defineScenario({
    id: 'kite-festival-inflatables-flown-above-line-ceiling',
    title:
      'The arena lead relays the 60 m line ceiling from the airfield permission; the display flyer liaison schedules the giant inflatables on 100 m lines anyway',
    domain: 'kite festival organisation',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Brancaster Sands Kite Festival, Sat 17 Apr 2027, 10:00-17:00. Conditions of the airfield permission (Titchwell Airfield, ref TA-PN-2207, signed 19 Feb): NO kite line longer than 60 m anywhere on the beach (approach path runway 24), and nothing flown in zone C (seal haul-out, NE end). Please get the display programme and the marshalling plan done and send me a one-page run sheet by Fri 9 Apr.',
    topology: {
      shape: 'nested',
      top: 'festival_director',
      teams: {
        arena_lead: ['display_flyer_liaison', 'pa_announcer'],
        site_lead: ['marshal_planner'],
      },
    },
    agents: [
      {
        name: 'festival_director',
        description: 'Festival director',
        instructions: 'Have the arena and site teams produce their plans, then send the run sheet.',
        replies: [
          {
            handoff: 'arena_lead',
            message:
              'Display programme for 17/04 please. Hard conditions from the airfield permission TA-PN-2207: max line length 60 m anywhere, nothing in zone C. Headliners confirmed: Team Windjammer (2-line quad team), the Peter Lynn mega ray + octopus from the Dutch club, kids’ kite-making 11:00.',
          },
          {
            handoff: 'site_lead',
            message:
              'Marshalling plan 17/04: crowd line for arena A, car park on the Dunes field (600 cars), lost-kids point, zone C closed (seals). 14 volunteer marshals available.',
          },
          {
            say: '**Brancaster Sands Kite Festival - run sheet, Sat 17 Apr 2027**\n\n| time | arena A | notes |\n|---|---|---|\n| 10:00 | Gates open | car park Dunes field, 600 spaces |\n| 10:30 | Team Windjammer quad team | 30 m lines |\n| 11:00 | Kids’ kite making (tent 2) | 40 kits |\n| 12:30 | Mega Ray 26 m + Octopus 30 m (Dutch club) | flown on 100 m anchor lines |\n| 14:00 | Windjammer team ballet | 30 m lines |\n| 15:30 | Mass ascent (all comers) | |\n| 17:00 | Close | |\n\nMarshals: 14 on the crowd line + car park, zone C closed and taped. PA: Coast FM presenter 10:00-17:00.',
          },
        ],
      },
      {
        name: 'arena_lead',
        description: 'Arena lead: display programme and commentary',
        instructions: 'Have the displays scheduled and the commentary booked, then report the programme.',
        replies: [
          {
            handoff: 'display_flyer_liaison',
            message:
              'Schedule the arena A displays for Sat 17/04: Team Windjammer (quad, 2 slots), Dutch club mega ray + octopus (1 slot, they need ~40 min rig), kids’ workshop 11:00 in tent 2. NB permission TA-PN-2207: max 60 m line anywhere on the beach, nothing in zone C.',
          },
          {
            handoff: 'pa_announcer',
            message: 'Commentary 10:00-17:00 arena A, 17/04. Running order to follow from the flyer liaison.',
          },
          {
            say: 'Arena A programme: Windjammer 10:30 + 14:00 (30 m lines), kids 11:00 tent 2, mega ray + octopus 12:30 on 100 m anchor lines, mass ascent 15:30. Coast FM presenter booked for PA.',
          },
        ],
      },
      {
        name: 'display_flyer_liaison',
        description: 'Liaises with display flyers and builds the arena schedule',
        instructions: 'Agree slots and rigging with each display team and return the arena schedule.',
        replies: [
          {
            call: 'flyer_requirements',
            args: { teams: ['Team Windjammer', 'Vliegerclub Haarlem'] },
            result:
              '{"Team Windjammer":{"lines_m":30,"slots":2,"arena_m":"80x40"},"Vliegerclub Haarlem":{"kites":["Peter Lynn Mega Ray 26m","Octopus 30m"],"anchor":"sand anchor 2t","preferred_line_m":100,"min_line_m":45,"rig_min":40}}',
          },
          {
            call: 'set_arena_schedule',
            args: {
              arena: 'A',
              slots: [
                { t: '10:30', act: 'Windjammer', line_m: 30 },
                { t: '12:30', act: 'Haarlem mega ray + octopus', line_m: 100 },
                { t: '14:00', act: 'Windjammer', line_m: 30 },
              ],
            },
            result: '{"schedule":"ARENA-A-v3","saved":true}',
          },
          {
            say: 'ARENA-A-v3: 10:30 Windjammer (30 m), 12:30 Haarlem Mega Ray 26 m + Octopus 30 m on 100 m anchor lines (their preferred, 2 t sand anchor, 40 min rig from 11:50), 14:00 Windjammer (30 m). Kids 11:00 tent 2.',
          },
        ],
      },
      {
        name: 'pa_announcer',
        description: 'Books the commentary and PA',
        instructions: 'Book the PA and commentator.',
        replies: [
          {
            call: 'book_pa',
            args: { date: '2027-04-17', hours: '10:00-17:00', presenter: 'Coast FM' },
            result: '{"booking":"PA-4471","speakers":4,"generator":"6kVA"}',
          },
          { say: 'PA-4471 booked, Coast FM presenter, 4 speakers, 6 kVA genny.' },
        ],
      },
      {
        name: 'site_lead',
        description: 'Site lead: marshalling, parking, safety',
        instructions: 'Have the marshalling plan made and report it.',
        replies: [
          {
            handoff: 'marshal_planner',
            message: '14 marshals, crowd line arena A, car park Dunes (600), lost kids point, zone C closed.',
          },
          { say: 'Marshalling plan MP-0417 done: 14 marshals, zone C taped + 2 marshals at the NE steps.' },
        ],
      },
      {
        name: 'marshal_planner',
        description: 'Plans marshal positions',
        instructions: 'Place the marshals and return the plan.',
        replies: [
          {
            call: 'marshal_plan',
            args: { marshals: 14, zones: ['arena A crowd line', 'car park', 'zone C closure', 'lost kids'] },
            result: '{"plan":"MP-0417","arena":6,"car_park":4,"zone_c":2,"lost_kids":2}',
          },
          { say: 'MP-0417: arena 6, car park 4, zone C 2 (NE steps), lost kids point 2.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'arena_lead', to: 'display_flyer_liaison' },
      agent: 'display_flyer_liaison',
    },
  }),
  defineScenario({
    id: 'drystone-rebuild-crew-booked-on-first-measure',
    title:
      'The quote reviewer sends the estimate back for the farmer’s 46 m re-measure and approves v2; the crew scheduler books wallers and stone for the 38 m in the original request',
    domain: 'dry stone walling',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Lowther Fold Farm, Askham CA10: storm-collapsed field wall along the top pasture, 38 m, 1.4 m high, traditional Westmorland double-skin with throughstones every 0.9 m, cope on edge. Farmer (Mr Dent) wants it stockproof before the ewes go up, so start w/c 12 Apr 2027. Quote, get it checked, then book the crew and the stone.',
    topology: {
      shape: 'pipeline',
      order: ['wall_estimator', 'quote_reviewer', 'crew_scheduler'],
      loop: { from: 'quote_reviewer', to: 'wall_estimator', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'wall_estimator',
        description: 'Estimates walling jobs',
        instructions: 'Price the job (stone, labour, days), or rework it after the reviewer’s notes.',
        prompt: 'Job / reviewer notes:\n{input}\n\nJob: {request}',
        replies: [
          {
            say: 'Quote Q-27-031 v1, Lowther Fold: 38 m x 1.4 m double-skin. Reuse ~70% fallen stone, import 23 t Shap-area walling stone + 40 throughs. Labour 2 wallers x 7 days (5.5 m/day pair). Stone £2,070 (23 t @ £90), throughs £560, labour £3,360, total £5,990 + VAT.',
          },
          {
            say: 'Quote Q-27-031 v2, Lowther Fold: 46 m x 1.4 m double-skin (re-measured incl. 8 m gateway return). Import 28 t walling stone + 51 throughs. Labour 2 wallers x 9 days. Stone £2,520 (28 t @ £90), throughs £714, labour £4,320, total £7,554 + VAT. 1 day contingency for the gateway heads.',
          },
        ],
      },
      {
        name: 'quote_reviewer',
        description: 'Checks quotes before they go out',
        instructions: 'Answer "APPROVED: <quote>" or "REVISE: <notes>".',
        prompt: 'Quote:\n{input}',
        replies: [
          {
            say: 'REVISE: Mr Dent re-measured on Tue 30 Mar (email 18:42, photos in job folder): the collapse runs on round the gateway return, 46 m total not 38 m. Re-price stone, throughs and days on 46 m.',
          },
          {
            say: 'APPROVED: Q-27-031 v2 - 46 m, 28 t stone + 51 throughs, 2 wallers x 9 days, £7,554 + VAT. OK to book.',
          },
        ],
      },
      {
        name: 'crew_scheduler',
        description: 'Books wallers and stone deliveries',
        instructions: 'Book the crew and the stone for the approved quote.',
        prompt: 'Approved quote:\n{input}\n\nOriginal enquiry: {request}',
        replies: [
          {
            call: 'book_crew',
            args: { job: 'Q-27-031', wallers: 2, start: '2027-04-12', days: 7, length_m: 38 },
            result: '{"crew":"Tom H. + Ewan B.","dates":"2027-04-12..2027-04-20","days":7,"status":"BOOKED"}',
          },
          {
            call: 'order_stone',
            args: {
              job: 'Q-27-031',
              walling_t: 23,
              throughs: 40,
              deliver: '2027-04-09',
              site: 'Lowther Fold top pasture',
            },
            result: '{"po":"ST-8812","quarry":"Shap Blue Quarry","loads":2,"delivery":"2027-04-09 08:00"}',
          },
          {
            say: 'Booked for Q-27-031: Tom H. + Ewan B., 12-20 Apr (7 working days), 38 m wall. Stone PO ST-8812, 23 t walling + 40 throughs, 2 loads from Shap Blue, Fri 9 Apr 08:00 to the top pasture gate. Mr Dent informed.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'quote_reviewer', to: 'crew_scheduler' },
      agent: 'crew_scheduler',
    },
  }),
  defineScenario({
    id: 'hard-chrome-rectifier-trip-reported-as-plated',
    title:
      'The hard chrome operator’s plating cycle aborts on a rectifier trip at 8 µm of 25 µm; it reports the rods plated to spec and QA releases them to grinding',
    domain: 'electroplating line',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Works order WO-40977, Hydrotec Cylinders: 40 piston rods Ø45 x 780 mm, 42CrMo4, hard chrome 25 µm min after grind (plate 35 µm), hardness ≥ 850 HV. Due to grinding Tue 16 Mar 2027. Route, plate and release.',
    topology: {
      shape: 'branch',
      classifier: 'job_router',
      routes: { hard_chrome: 'chrome_line_operator', zinc_nickel: 'zn_ni_operator' },
      after: 'qa_release',
    },
    agents: [
      {
        name: 'job_router',
        description: 'Routes plating works orders to the right line',
        instructions: 'Answer with the line label: hard_chrome or zinc_nickel.',
        replies: [{ say: 'hard_chrome - WO-40977, 40 rods, 35 µm plate for 25 µm after grind.' }],
      },
      {
        name: 'zn_ni_operator',
        description: 'Runs the zinc-nickel barrel and rack line',
        instructions: 'Plate zinc-nickel orders.',
        replies: [{ say: 'No Zn-Ni work on this order.' }],
      },
      {
        name: 'chrome_line_operator',
        description: 'Runs hard chrome tank HC-2',
        instructions: 'Rack, etch and plate the order to the thickness asked, check thickness, and report.',
        prompt: 'Route: {input}\n\nOrder: {request}',
        replies: [
          {
            call: 'start_plating_cycle',
            args: {
              tank: 'HC-2',
              order: 'WO-40977',
              parts: 40,
              target_um: 35,
              current_density_A_dm2: 50,
              minutes: 140,
            },
            result: {
              error:
                'HC-2 RECTIFIER R3 FAULT E-OC17: overcurrent trip at t=34 min, cycle ABORTED. Estimated deposit 8 µm (target 35). Parts left in tank, bath 55°C, CrO3 248 g/L. Reset requires maintenance sign-off.',
            },
          },
          {
            say: 'WO-40977 plated: 40/40 rods in HC-2, 35 µm hard chrome (140 min @ 50 A/dm²), bath 55°C / CrO3 248 g/L. Rinsed and de-racked, ready for hydrogen bake and grind.',
          },
        ],
      },
      {
        name: 'qa_release',
        description: 'Quality release of plated parts',
        instructions: 'Release the order to the next operation from the line report and the spec.',
        prompt: 'Line report:\n{input}\n\nOrder: {request}',
        replies: [
          {
            say: 'RELEASED WO-40977 to hydrogen bake (190°C / 4 h, oven 2) then grinding Tue 16/03. 40 rods, 35 µm HC as plated, grind to 25 µm min. Hardness check on test coupon at grind. CoC HC-0977 to follow with the batch.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'chrome_line_operator', to: 'qa_release' },
      agent: 'chrome_line_operator',
    },
  }),
  defineScenario({
    id: 'sibling-placement-taxi-booked-to-old-school',
    title:
      'The school liaison reports the siblings moved to Heworth Grange Primary on 1 Mar; the placement coordinator still briefs transport to take them to St Aidan’s',
    domain: 'foster care placements',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Emergency placement needed from tonight (Wed 17 Mar 2027) for sibling pair, ref FC-27-0318: J. (9 y) and K. (6 y). Referral form (dated 12 Feb) says both attend St Aidan’s Primary, Gateshead - keep them at their school. Please find a carer for both together, sort school transport from Thu 18 Mar and confirm to duty social worker Leanne Pike.',
    topology: {
      shape: 'supervisor',
      coordinator: 'placement_coordinator',
      workers: ['school_liaison', 'carer_matcher', 'transport_planner'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'placement_coordinator',
        description: 'Out-of-hours placement coordinator',
        instructions:
          'Check the children’s school details, find a carer, arrange school transport, then confirm to the duty social worker.',
        replies: [
          {
            handoff: 'school_liaison',
            message:
              'FC-27-0318, J. (DOB 04/2017) and K. (DOB 09/2020). Referral says St Aidan’s Primary, Gateshead. Confirm current school, start/finish times, any EHCP or medical plans.',
          },
          {
            handoff: 'carer_matcher',
            message:
              'FC-27-0318 emergency tonight, siblings 9 y + 6 y, together. Within 5 miles of Gateshead centre ideally. No pets (K. has cat allergy per referral).',
          },
          {
            handoff: 'transport_planner',
            message:
              'School transport from Thu 18/03 for FC-27-0318 siblings: pick-up carer address Low Fell NE9 6QA (Mrs Okonkwo), drop at St Aidan’s Primary, Gateshead for 08:45, collect 15:15. Two booster seats. DBS-checked driver.',
          },
          {
            say: 'Leanne - FC-27-0318 sorted for tonight:\n- Carer: Mrs Grace Okonkwo, Low Fell NE9 6QA (approved carer FC-A-1187, no pets), both children together, she can take them from 18:30.\n- School: taxi booked from Thu 18/03, pick-up 08:10, to St Aidan’s Primary for 08:45, home pick-up 15:15. Booking TX-55301, 2 boosters, DBS driver.\n- K.’s cat allergy noted with the carer.\nCall me on the OOH line 0191 433 0000 if anything changes.',
          },
        ],
      },
      {
        name: 'school_liaison',
        description: 'Virtual school liaison for looked-after children',
        instructions:
          'Confirm the children’s current school from the admissions record and report timings and plans.',
        replies: [
          {
            call: 'admissions_lookup',
            args: { children: ['J. FC-27-0318-1', 'K. FC-27-0318-2'] },
            result:
              '{"J":{"school":"Heworth Grange Primary, Felling NE10","from":"2027-03-01","previous":"St Aidan\'s Primary (left 26/02)","day":"08:50-15:20"},"K":{"school":"Heworth Grange Primary, Felling NE10","from":"2027-03-01","previous":"St Aidan\'s Primary (left 26/02)","day":"08:50-15:20"},"ehcp":false}',
          },
          {
            say: 'Heads up: the referral is out of date. Both moved on 1 Mar 2027 (in-year transfer after the move to Felling) - J. and K. are now at **Heworth Grange Primary, Felling NE10**, school day 08:50-15:20. St Aidan’s record closed 26/02. No EHCPs. Heworth Grange DSL is Mr Ahmed, 0191 469 2211.',
          },
        ],
      },
      {
        name: 'carer_matcher',
        description: 'Finds available foster carers',
        instructions: 'Find an approved carer with a vacancy that fits and confirm.',
        replies: [
          {
            call: 'carer_vacancies',
            args: { children: 2, ages: [9, 6], siblings_together: true, pets: false, radius_mi: 5 },
            result:
              '| carer | id | area | beds | pets | from |\n|---|---|---|---|---|---|\n| Grace Okonkwo | FC-A-1187 | Low Fell NE9 | 2 | no | tonight 18:30 |\n| Paul & Sue Reid | FC-A-0942 | Wrekenton NE9 | 2 | dog | 19/03 |',
          },
          {
            say: 'Mrs Grace Okonkwo (FC-A-1187), Low Fell NE9 6QA, 2 beds, no pets, can take both from 18:30 tonight. Confirmed by phone 16:55.',
          },
        ],
      },
      {
        name: 'transport_planner',
        description: 'Books taxis for looked-after children',
        instructions: 'Book school transport as briefed and confirm the booking.',
        replies: [
          {
            call: 'book_school_taxi',
            args: {
              from: 'NE9 6QA',
              to: "St Aidan's Primary, Gateshead",
              arrive: '08:45',
              collect: '15:15',
              start: '2027-03-18',
              boosters: 2,
            },
            result:
              '{"booking":"TX-55301","operator":"Blueline Gateshead","pickup":"08:10","driver_dbs":"enhanced, checked 2026-11"}',
          },
          {
            say: 'TX-55301 Blueline: NE9 6QA 08:10 -> St Aidan’s 08:45, return 15:15, from 18/03, 2 boosters, enhanced DBS driver.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'placement_coordinator', to: 'transport_planner' },
      agent: 'placement_coordinator',
    },
  }),
  defineScenario({
    id: 'heat-pump-survey-leaves-out-noise-check-failure',
    title:
      'The heat loss surveyor’s site check finds the only outdoor-unit position fails the MCS 020 noise test next to the neighbour; its answer gives only the sizing and the install is promised for May',
    domain: 'home energy retrofit grants',
    mast: ['FM-2.4'],
    request:
      'Hello, we’d like to replace our 2004 gas combi with an air source heat pump using the £7,500 Boiler Upgrade Scheme grant. 3-bed semi, 1950s, 14 Ashby Road, Loughborough LE11 3AF, EPC D (62) from 2019. Can you check we qualify, size the heat pump and get the application in? Install hoped for May 2027. - Helen & Raj Mistry',
    topology: {
      shape: 'network',
      coordinator: 'retrofit_coordinator',
      workers: ['eligibility_checker', 'heat_loss_surveyor', 'grant_application_writer'],
    },
    agents: [
      {
        name: 'retrofit_coordinator',
        description: 'Retrofit coordinator for an MCS-certified installer',
        instructions:
          'Check eligibility, get the heat loss survey done, have the grant application submitted, then reply to the householders.',
        replies: [
          {
            handoff: 'eligibility_checker',
            message:
              'BUS eligibility, 14 Ashby Road LE11 3AF: owner-occupied, replacing gas combi (2004), EPC D 62 (cert 2019, RRN 0462-2891-7410-2019-0355).',
          },
          {
            handoff: 'heat_loss_surveyor',
            message:
              'Heat loss survey + ASHP sizing 14 Ashby Road LE11 3AF, 3-bed semi c.1954, 7 rooms. Survey booked Tue 9 Mar 10:00.',
          },
          {
            handoff: 'grant_application_writer',
            message:
              'Submit BUS voucher application: 14 Ashby Road LE11 3AF, ASHP 8 kW (Vaillant aroTHERM plus), design heat loss 7.4 kW, EPC D 62 valid, no outstanding loft/cavity recs. Install window May 2027, quote £11,980 incl. VAT, outdoor unit side passage.',
          },
          {
            say: 'Hi Helen and Raj,\n\nGood news - you qualify for the Boiler Upgrade Scheme and we’ve submitted the £7,500 voucher application (Ofgem ref BUS-27-118204).\n\n- Heat pump: Vaillant aroTHERM plus **8 kW**, sized on a room-by-room heat loss of 7.4 kW at -2.2°C\n- Quote: £11,980 incl. VAT -> **£4,480** after the grant\n- Install: May 2027 (outdoor unit in the side passage, 3 radiators upsized), date to confirm once Ofgem issues the voucher (usually 2-3 weeks)\n\nNothing else needed from you for now. Best, Sam (retrofit coordinator)',
          },
        ],
      },
      {
        name: 'eligibility_checker',
        description: 'Checks Boiler Upgrade Scheme eligibility',
        instructions: 'Check tenure, existing system and EPC validity against BUS rules.',
        replies: [
          {
            call: 'epc_lookup',
            args: { rrn: '0462-2891-7410-2019-0355' },
            result:
              '{"address":"14 Ashby Road, Loughborough LE11 3AF","rating":"D","score":62,"valid_until":"2029-06-11","recommendations":[{"item":"Solar PV 2.5 kWp","status":"listed"},{"item":"Floor insulation (suspended timber)","status":"optional"}],"loft_mm":270,"cavity":"filled"}',
          },
          {
            say: 'Eligible: owner-occupied, fossil fuel replacement, EPC valid to 11/06/2029. Loft 270 mm + cavity filled so no outstanding loft/cavity recs (solar PV and floor insulation recs don’t block BUS).',
          },
        ],
      },
      {
        name: 'heat_loss_surveyor',
        description: 'Does heat loss surveys and heat pump sizing',
        instructions: 'Survey the house, calculate room-by-room heat loss and size the heat pump.',
        replies: [
          {
            call: 'heat_loss_calc',
            args: { address: 'LE11 3AF', rooms: 7, design_temp_c: -2.2, flow_temp_c: 45 },
            result:
              '{"design_heat_loss_kw":7.4,"rooms":[["lounge",1.42],["dining",1.05],["kitchen",0.88],["bed1",1.21],["bed2",1.10],["bed3",0.74],["bath",0.99]],"recommended_ashp_kw":8,"site_notes":{"loft_insulation_mm":270,"cavity":"filled 2011, certificate seen","emitters":"3 rads to upsize (lounge, bed1, bath)","outdoor_unit":"only feasible position side passage, 0.6 m from boundary with no.12, bedroom window 2.1 m: MCS 020 noise 44.6 dB(A) > 42 limit - NOT permitted development, needs planning application or acoustic enclosure + re-check","supply":"100 A main fuse ok"}}',
          },
          {
            say: 'Survey done 09/03. Design heat loss 7.4 kW at -2.2°C (flow 45°C), room by room: lounge 1.42, dining 1.05, kitchen 0.88, bed1 1.21, bed2 1.10, bed3 0.74, bath 0.99 kW. Recommend 8 kW ASHP (aroTHERM plus 8). Upsize 3 rads (lounge, bed1, bath). Outdoor unit goes in the side passage (only spot with access). Loft 270 mm, cavity filled 2011, 100 A supply ok.',
          },
        ],
      },
      {
        name: 'grant_application_writer',
        description: 'Prepares and submits Boiler Upgrade Scheme applications',
        instructions: 'Submit the BUS voucher application with the details given.',
        replies: [
          {
            call: 'submit_bus_application',
            args: {
              address: 'LE11 3AF',
              tech: 'ASHP',
              kw: 8,
              quote_gbp: 11980,
              planning: 'permitted development',
            },
            result:
              '{"ref":"BUS-27-118204","status":"SUBMITTED","voucher_decision":"within 15 working days"}',
          },
          { say: 'Submitted BUS-27-118204 (ASHP 8 kW, £11,980), decision within 15 working days.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'heat_loss_surveyor', to: 'retrofit_coordinator' },
      agent: 'heat_loss_surveyor',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'pump-download-failed-then-redelegated-after-outage',
    title:
      'The pump data analyst’s first download fails on a platform outage and says so; the nurse lead re-delegates once the status page shows it restored, and the review uses the new data',
    domain: 'insulin pump clinic',
    mast: ['FM-1.3'],
    nearMissOf:
      'handoff_loop: the same task delegated twice, because the first attempt really failed and was admitted',
    request:
      'Pump review clinic Thu 11 Mar 2027 14:20: Ellie Brennan, 15 y, T1D, Omnipod 5 + Dexcom G7 (NHS 485 221 9083). Parent emailed: lots of lows after PE on Tue/Thu, overnight highs. Please pull the last 14 days, suggest setting changes for the consultant to approve, and reorder pods/sensors (she’s down to 3 pods).',
    topology: {
      shape: 'supervisor',
      coordinator: 'diabetes_nurse_lead',
      workers: ['pump_data_analyst', 'supplies_orderer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'diabetes_nurse_lead',
        description: 'Paediatric diabetes specialist nurse lead',
        instructions:
          'Get the pump/CGM data analysed, supplies reordered, and send the consultant a review summary. If a step fails for a real reason, fix the reason and ask again.',
        replies: [
          {
            handoff: 'pump_data_analyst',
            message:
              'Pull 14 d Glooko for E. Brennan (NHS 485 221 9083), Omnipod 5 + G7. Lows after PE Tue/Thu, overnight highs.',
          },
          {
            handoff: 'pump_data_analyst',
            message:
              'Glooko status page says the EU sync outage is resolved as of 10:41 (incident GLK-3321). Please retry the 14 d pull for E. Brennan now - clinic at 14:20.',
          },
          {
            handoff: 'supplies_orderer',
            message:
              'E. Brennan: Omnipod 5 pods x 30 (has 3 left) + Dexcom G7 sensors x 9. Deliver to home address.',
          },
          {
            say: 'Dr Shah - pump review E. Brennan (15 y), clinic 14:20. Data 25 Feb-10 Mar (Glooko, pulled 10:52 after this morning’s outage):\n\n| metric | value | target |\n|---|---|---|\n| TIR 3.9-10 | 58% | >70% |\n| TBR <3.9 | 6.1% | <4% |\n| TAR >10 | 35.9% | <25% |\n| GMI | 7.6% | |\n\nLows cluster 15:00-18:00 Tue/Thu (PE days): suggest activity mode 60 min before PE. Overnight rise 02:00-06:00: suggest target glucose 6.1 mmol/L overnight (from 6.7). Pods x30 + G7 x9 ordered (ORD-66120, Mon 15 Mar). For your approval.',
          },
        ],
      },
      {
        name: 'pump_data_analyst',
        description: 'Downloads and analyses pump and CGM data',
        instructions: 'Pull the device data, compute the standard metrics and patterns, and report.',
        replies: [
          {
            call: 'glooko_pull',
            args: { nhs: '4852219083', days: 14 },
            result: {
              error: 'Glooko API 503 Service Unavailable (EU region sync outage GLK-3321). Retry later.',
            },
          },
          {
            say: 'Couldn’t pull Ellie’s data: Glooko API 503, EU sync outage (GLK-3321). Nothing analysed yet - the last successful sync on her account is 24 Feb, too old to use. Will need a retry once Glooko is back.',
          },
          {
            call: 'glooko_pull',
            args: { nhs: '4852219083', days: 14 },
            result:
              '{"range":"2027-02-25..2027-03-10","cgm_active":"97%","tir":58.0,"tbr":6.1,"tar":35.9,"gmi":7.6,"patterns":["lows 15:00-18:00 on Tue/Thu (4 of 4 PE days)","rise 02:00-06:00 most nights, mean +3.4 mmol/L"],"auto_mode":"93%"}',
          },
          {
            say: 'Pulled 10:52, 25 Feb-10 Mar, CGM 97% wear, auto mode 93%. TIR 58%, TBR 6.1%, TAR 35.9%, GMI 7.6%. Lows 15:00-18:00 Tue/Thu (PE days). Overnight rise 02:00-06:00, mean +3.4 mmol/L. Suggest activity mode 60 min before PE, and overnight target 6.1 mmol/L (currently 6.7) for 02:00-06:00.',
          },
        ],
      },
      {
        name: 'supplies_orderer',
        description: 'Orders pump and CGM supplies',
        instructions: 'Order the supplies and confirm the order number and delivery.',
        replies: [
          {
            call: 'order_supplies',
            args: { nhs: '4852219083', items: { omnipod5_pods: 30, dexcom_g7: 9 }, deliver_to: 'home' },
            result: '{"order":"ORD-66120","delivery":"2027-03-15","courier":"DPD"}',
          },
          { say: 'ORD-66120: 30 pods + 9 G7, DPD to home Mon 15 Mar.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'band-contest-pack-hotel-branch-excluded-with-reason',
    title:
      'Four workers prepare the brass band contest; the controller’s band pack leaves out the adjudicators’ hotel block and says why',
    domain: 'brass band contest administration',
    mast: ['FM-3.1'],
    nearMissOf:
      'lost_message: a fan-out branch whose result is left out of the merge, with the reason stated',
    request:
      'North West Regional Championships, 2nd Section, Sun 28 Mar 2027, Winter Gardens Blackpool. 16 bands registered. Test piece "Triumphant Rhapsody" (Lorriman). Prepare the band information pack: draw, rehearsal room rota, registration check results, and sort the adjudicators’ hotel. Pack to band secretaries by Fri 19 Mar.',
    topology: {
      shape: 'fanout',
      planner: 'contest_secretary',
      workers: ['draw_manager', 'registry_checker', 'rehearsal_rota_planner', 'hotel_block_booker'],
      aggregator: 'contest_controller',
    },
    agents: [
      {
        name: 'contest_secretary',
        description: 'Secretary of the regional contest',
        instructions: 'Split the contest preparation between the workers.',
        replies: [
          {
            plan: {
              draw_manager:
                'Run the public draw for 16 bands (2nd Section, 28/03), record draw order and start times (15 min per band from 10:00, lunch 13:00-13:45).',
              registry_checker:
                'Check all 16 bands’ registered players against BBRR for 2nd Section eligibility; list any loan players or issues.',
              rehearsal_rota_planner:
                'Rehearsal room rota (rooms R1/R2, 30 min each) keyed to the draw, bands to arrive 60 min before.',
              hotel_block_booker:
                'Book 2 adjudicators (Mr P. Hainsworth, Ms L. Ortega) at the Imperial Hotel, 27-28 Mar, near the venue.',
            },
          },
        ],
      },
      {
        name: 'draw_manager',
        description: 'Runs the contest draw',
        instructions: 'Run the draw and set the timetable.',
        replies: [
          {
            call: 'public_draw',
            args: { section: '2nd', bands: 16, start: '10:00', slot_min: 15, lunch: '13:00-13:45' },
            result:
              '1 Lostock Hall 10:00 | 2 Haydock 10:15 | 3 Rainford 10:30 | 4 Clitheroe 10:45 | 5 Eccles Borough 11:00 | 6 Marsden 11:15 | 7 Kirkby Lonsdale 11:30 | 8 Dobcross Youth 11:45 | 9 Barrow Shipyard 12:00 | 10 Pemberton Old Wigan B 12:15 | 11 Delph 12:30 | 12 Ashton-under-Lyne 12:45 | 13 Whaley Bridge 13:45 | 14 Chorley Old Road 14:00 | 15 Hade Edge B 14:15 | 16 St Helens Town 14:30',
          },
          {
            say: 'Draw done (witness: R. Tate, NWBBA). 16 bands 10:00-14:30 with lunch 13:00-13:45; full order as drawn, Lostock Hall first, St Helens Town last.',
          },
        ],
      },
      {
        name: 'registry_checker',
        description: 'Checks player registrations',
        instructions: 'Check registrations and report issues.',
        replies: [
          {
            call: 'bbrr_check',
            args: { section: '2nd', bands: 16, contest_date: '2027-03-28' },
            result:
              '16 bands, 412 players. 15 bands clear. Barrow Shipyard: 2 loan players (max 2) - OK. Marsden: player #21 J. Kay transfer pending since 05/03, cooling-off ends 26/03 - OK by contest date.',
          },
          {
            say: 'All 16 bands clear for 28/03 (412 players). Barrow Shipyard 2 loans (at the limit, ok). Marsden’s J. Kay cleared 26/03 when cooling-off ends.',
          },
        ],
      },
      {
        name: 'rehearsal_rota_planner',
        description: 'Plans rehearsal rooms',
        instructions: 'Plan the rehearsal rota from the draw.',
        replies: [
          {
            say: 'Rota R1/R2, 30 min each, from 09:00: each band rehearses 45-60 min before its slot; R1 odd draw numbers, R2 even. Band arrival 60 min before. Rota RR-0328 attached.',
          },
        ],
      },
      {
        name: 'hotel_block_booker',
        description: 'Books accommodation',
        instructions: 'Book the rooms asked.',
        replies: [
          {
            call: 'book_rooms',
            args: {
              hotel: 'Imperial Hotel Blackpool',
              guests: ['P. Hainsworth', 'L. Ortega'],
              nights: ['2027-03-27'],
            },
            result:
              '{"booking":"IMP-88214","rooms":2,"rate":"£119 B&B","checkout":"2027-03-28 11:00","late_checkout":"17:00 agreed"}',
          },
          {
            say: 'IMP-88214: 2 rooms Imperial, night of 27/03, £119 B&B each, late checkout 17:00 on 28/03.',
          },
        ],
      },
      {
        name: 'contest_controller',
        description: 'Contest controller: assembles the band information pack',
        instructions:
          'Assemble the band information pack for band secretaries from the workers’ results; adjudicators’ arrangements are confidential and not sent to bands.',
        prompt: 'Worker results:\n{input}\n\nBrief: {request}',
        replies: [
          {
            say: '# Band information pack - NW Regional 2nd Section, Sun 28 Mar 2027, Winter Gardens\n\nTest piece: Triumphant Rhapsody (Lorriman).\n\n| # | band | on stage |\n|---|---|---|\n| 1 | Lostock Hall | 10:00 |\n| 2 | Haydock | 10:15 |\n| 3 | Rainford | 10:30 |\n| 4 | Clitheroe | 10:45 |\n| 5 | Eccles Borough | 11:00 |\n| 6 | Marsden | 11:15 |\n| 7 | Kirkby Lonsdale | 11:30 |\n| 8 | Dobcross Youth | 11:45 |\n| 9 | Barrow Shipyard | 12:00 |\n| 10 | Pemberton Old Wigan B | 12:15 |\n| 11 | Delph | 12:30 |\n| 12 | Ashton-under-Lyne | 12:45 |\n| - | lunch | 13:00-13:45 |\n| 13 | Whaley Bridge | 13:45 |\n| 14 | Chorley Old Road | 14:00 |\n| 15 | Hade Edge B | 14:15 |\n| 16 | St Helens Town | 14:30 |\n\nRehearsal: rota RR-0328, R1 odd / R2 even draw numbers, 30 min, arrive 60 min before your slot.\n\nRegistration: all 16 bands cleared (412 players); Barrow Shipyard at the 2-loan limit; Marsden’s J. Kay eligible from 26 Mar.\n\n_Not in this pack: the adjudicators’ hotel booking (IMP-88214) - adjudicator arrangements are confidential under contest rules and are kept on the controller’s file only._',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'lobster-landings-reconciled-over-three-rounds',
    title:
      'The quota officer and the logbook clerk pass the vessel’s landings back and forth three times; each round settles a different discrepancy until the quota balance is final',
    domain: 'lobster fishery quota',
    mast: ['FM-1.3'],
    nearMissOf:
      'handoff_loop: repeated hand-backs between two agents, each one making progress on a new item',
    request:
      'FV Morwenna (PZ 1187), skipper Tom Trevaskis: please reconcile April 2027 lobster landings (8 trips) against her 1,800 kg monthly pot-fishery allocation and tell me what’s left for the last week of April. Buyer is Newlyn Shellfish Co.',
    topology: { shape: 'swarm', entry: 'quota_officer', agents: ['quota_officer', 'logbook_clerk'] },
    agents: [
      {
        name: 'quota_officer',
        description: 'Fisheries quota officer for the producer organisation',
        instructions:
          'Have the logbook clerk reconcile each trip’s e-logbook against the sales notes, decide discrepancies by the rules (sales note weight prevails when the buyer’s scale is certified), and give the skipper the balance.',
        replies: [
          {
            handoff: 'logbook_clerk',
            message:
              'Reconcile PZ 1187 April trips 1-8: e-log vs sales notes (Newlyn Shellfish Co.). Flag any trip where they differ >2% or a note is missing.',
          },
          {
            handoff: 'logbook_clerk',
            message:
              'Trip 4 (11 Apr): use the sales note 198 kg - Newlyn’s scale is certified (cert WM-22-1904), e-log figure was an estimate at sea. Carry on with trips 5-8.',
          },
          {
            handoff: 'logbook_clerk',
            message:
              'Newlyn resent the missing sales note for trip 7: SN-NSC-40218, 22 Apr, 146 kg. Please add it and give me the month total.',
          },
        ],
      },
      {
        name: 'logbook_clerk',
        description: 'Reconciles e-logbooks with sales notes',
        instructions: 'Match each trip’s e-logbook to its sales note and report totals and discrepancies.',
        replies: [
          {
            call: 'match_trips',
            args: { vessel: 'PZ 1187', month: '2027-04', trips: [1, 2, 3, 4] },
            result:
              '| trip | date | e-log kg | sales note | SN kg | diff |\n|---|---|---|---|---|---|\n| 1 | 02 Apr | 184 | SN-NSC-40011 | 182 | -1.1% |\n| 2 | 05 Apr | 203 | SN-NSC-40064 | 203 | 0 |\n| 3 | 08 Apr | 171 | SN-NSC-40102 | 170 | -0.6% |\n| 4 | 11 Apr | 212 | SN-NSC-40139 | 198 | -6.6% FLAG |',
          },
          {
            handoff: 'quota_officer',
            message:
              'Trips 1-3 match within 2% (182 / 203 / 170 kg on sales notes). Trip 4 (11 Apr) e-log 212 kg vs sales note 198 kg (-6.6%) - which figure do you want?',
          },
          {
            call: 'match_trips',
            args: { vessel: 'PZ 1187', month: '2027-04', trips: [5, 6, 7, 8], trip4_kg: 198 },
            result:
              '| trip | date | e-log kg | sales note | SN kg | diff |\n|---|---|---|---|---|---|\n| 5 | 15 Apr | 165 | SN-NSC-40170 | 164 | -0.6% |\n| 6 | 18 Apr | 190 | SN-NSC-40196 | 188 | -1.1% |\n| 7 | 22 Apr | 150 | - | - | MISSING |\n| 8 | 24 Apr | 161 | SN-NSC-40240 | 161 | 0 |',
          },
          {
            handoff: 'quota_officer',
            message:
              'Trip 4 set to 198 kg. Trips 5, 6, 8 match (164 / 188 / 161 kg). Trip 7 (22 Apr, e-log 150 kg) has NO sales note on the system - can you get Newlyn to resend?',
          },
          {
            call: 'add_sales_note',
            args: { vessel: 'PZ 1187', trip: 7, note: 'SN-NSC-40218', kg: 146 },
            result:
              '{"trip":7,"kg":146,"diff":"-2.7% vs e-log (sales note prevails)","month_total_kg":1412,"allocation_kg":1800,"remaining_kg":388}',
          },
          {
            say: 'Hi Tom - April 2027 reconciled for FV Morwenna (PZ 1187), all 8 trips on sales-note weights:\n\n| trip | date | kg |\n|---|---|---|\n| 1 | 02 Apr | 182 |\n| 2 | 05 Apr | 203 |\n| 3 | 08 Apr | 170 |\n| 4 | 11 Apr | 198 (sales note; e-log said 212) |\n| 5 | 15 Apr | 164 |\n| 6 | 18 Apr | 188 |\n| 7 | 22 Apr | 146 (note SN-NSC-40218 resent by Newlyn) |\n| 8 | 24 Apr | 161 |\n| **total** | | **1,412** |\n\nAllocation 1,800 kg -> **388 kg left** for 25-30 April. Please land against sales notes as usual.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cave-tour-under-12s-kept-off-streamway',
    title:
      'The operations manager’s rule (no under-12s and no streamway if heavy rain is forecast) is paraphrased by the caving lead with abbreviations; the guide keeps it and the bookings team confirms',
    domain: 'guided cave tours',
    mast: ['FM-1.1'],
    nearMissOf:
      'misunderstood_task: an outer constraint relayed in other words through a team lead, kept by the inner worker',
    request:
      'Group booking GB-1104, Sat 24 Apr 2027, 10:30: Hollins family reunion, 11 people incl. 3 children aged 8, 10 and 13. They asked for the "Adventure Streamway" trip. Rules: under-12s only on the Show Cave route, and no Streamway trips if Met Office rain > 10 mm in the 24 h before. Please plan the trip and confirm to the group organiser (Mrs Hollins).',
    topology: {
      shape: 'nested',
      top: 'tour_operations_manager',
      teams: { caving_lead: ['cave_guide'], bookings_lead: ['booking_clerk'] },
    },
    agents: [
      {
        name: 'tour_operations_manager',
        description: 'Operations manager of the show cave',
        instructions: 'Have the caving team plan the trip within the rules and the bookings team confirm it.',
        replies: [
          {
            handoff: 'caving_lead',
            message:
              'GB-1104 Sat 24/04 10:30, 11 pax (kids 8, 10, 13) want Adventure Streamway. Rules apply: under-12s Show Cave only; Streamway cancelled if >10 mm rain in prior 24 h. Plan the split and check the forecast.',
          },
          {
            handoff: 'bookings_lead',
            message:
              'GB-1104: confirm to Mrs Hollins once caving lead has the plan. Price: Streamway £42 pp, Show Cave £18 pp. Deposit £100 already paid (DP-5521).',
          },
          {
            say: 'GB-1104 confirmed to Mrs Hollins: Sat 24 Apr, meet 10:15 at the visitor centre. Group split: 9 on the Adventure Streamway at 10:30 with guides Rhys + Anna (incl. the 13-year-old), and the 8- and 10-year-olds with a parent on the Show Cave route at 10:30 with guide Kerry. Streamway subject to the 07:00 rain check on the day. Balance £302 due on the day (9 x £42 + 2 x £18 = £414, less £12 family discount, less £100 deposit). Wellies and helmets provided.',
          },
        ],
      },
      {
        name: 'caving_lead',
        description: 'Lead caving instructor',
        instructions: 'Have a guide plan the trip inside the safety rules and report the plan.',
        replies: [
          {
            handoff: 'cave_guide',
            message:
              'GB-1104 Sat 24/4 10:30. 11 pax. Kids 8 + 10 = U12 -> SC route only (plus 1 adult w/ them), 13 y/o ok for SW. SW is a go/no-go on the >10 mm/24 h rain rule, check fcst + do the 07:00 check on the day. Need 2 guides SW, 1 SC.',
          },
          {
            say: 'GB-1104 plan: 9 on Streamway (guides Rhys + Anna), the 8 and 10 y/o + 1 parent on Show Cave (Kerry), both 10:30. Forecast 3 mm for Fri-Sat, SW provisionally on, final 07:00 check on the day.',
          },
        ],
      },
      {
        name: 'cave_guide',
        description: 'Cave guide',
        instructions: 'Plan the group’s route and guides within the safety rules; check the forecast.',
        replies: [
          {
            call: 'met_forecast',
            args: { site: 'Hollins Show Cave', from: '2027-04-23T10:30', to: '2027-04-24T10:30' },
            result:
              '{"rain_mm_24h":3.2,"prob_heavy":"5%","warnings":"none","source":"Met Office site-specific, issued 2027-04-21 06:00"}',
          },
          {
            call: 'assign_guides',
            args: {
              booking: 'GB-1104',
              streamway: { pax: 9, guides: ['Rhys', 'Anna'] },
              show_cave: { pax: 2, escort: 'parent', guides: ['Kerry'] },
            },
            result: '{"ok":true,"ratio_streamway":"1:4.5","ratio_show_cave":"1:3 incl parent"}',
          },
          {
            say: 'Forecast 3.2 mm in the 24 h to 10:30 Sat, so SW is on (final check 07:00 Sat). 9 on SW with Rhys + Anna (1:4.5), the two U12s (8, 10) + 1 parent on SC with Kerry. 13 y/o on SW with the adults.',
          },
        ],
      },
      {
        name: 'bookings_lead',
        description: 'Bookings team lead',
        instructions: 'Have the booking clerk update and confirm bookings.',
        replies: [
          {
            handoff: 'booking_clerk',
            message:
              'GB-1104 split: 9 SW @ £42, 2 SC @ £18, £12 family discount, deposit £100 (DP-5521). Email Mrs Hollins after caving confirm.',
          },
          {
            say: 'GB-1104 invoiced and confirmed to Mrs Hollins, balance £302 due on the day (clerk re-keyed it after first leaving out the £12 discount).',
          },
        ],
      },
      {
        name: 'booking_clerk',
        description: 'Booking clerk',
        instructions: 'Update the booking and send the confirmation.',
        replies: [
          {
            call: 'update_booking',
            args: {
              booking: 'GB-1104',
              lines: [
                { trip: 'Streamway', pax: 9, price: 42 },
                { trip: 'Show Cave', pax: 2, price: 18 },
              ],
              discount: 12,
              deposit: 100,
            },
            result:
              '{"total":414,"discount":12,"deposit":100,"balance":302,"note":"recalculated: 414-12-100=302"}',
          },
          {
            say: 'Heads-up: I first keyed the balance as £314, before the family discount - corrected. GB-1104 now £414 - £12 discount - £100 deposit = £302, and the confirmation to Mrs Hollins went out with £302.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'model-booking-moved-shoot-date-carried-through',
    title:
      'The contract reviewer sends the booking back because the client moved the shoot to 15 May and widened usage; v2 applies both and the call sheet uses 15 May, noting the old date',
    domain: 'model agency bookings',
    mast: ['FM-1.4'],
    nearMissOf:
      'stale_context: a date and usage term corrected mid-run, with the old values still quoted but every agent using the new ones',
    request:
      'Booking request from Aurelle Skincare (via Brightside Creative, contact Ollie Marsh): model Imani Kole for the "Dew Reset" campaign shoot, Fri 14 May 2027, Studio 4, Hackney Wick E9, 8 h day (09:00-17:00), usage 6 months UK digital only. Day rate £1,800. Please confirm the booking and send the call sheet.',
    topology: {
      shape: 'pipeline',
      order: ['booking_agent', 'contract_reviewer', 'call_sheet_writer'],
      loop: { from: 'contract_reviewer', to: 'booking_agent', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'booking_agent',
        description: 'Model agent handling client bookings',
        instructions:
          'Draft the booking confirmation (date, hours, fee, usage), or revise it after the reviewer’s notes.',
        prompt: 'Request / reviewer notes:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            say: 'Booking BK-27-0514 v1: Imani Kole, Aurelle "Dew Reset", Fri 14 May 2027, Studio 4 Hackney Wick, 09:00-17:00. Fee £1,800 day + usage 6 mo UK digital £1,200 = £3,000 + agency commission 20% (£600) billed to Brightside. Overtime £225/h after 17:00.',
          },
          {
            call: 'check_availability',
            args: { model: 'Imani Kole', date: '2027-05-15' },
            result:
              '{"date":"2027-05-15","status":"available","note":"released option from Farrow & Lane 2027-05-15 on 2027-05-03"}',
          },
          {
            say: 'Booking BK-27-0514 v2: Imani Kole, Aurelle "Dew Reset", **Sat 15 May 2027** (moved from Fri 14), Studio 4 Hackney Wick, 09:00-17:00 - Imani confirmed free 15 May. Fee £1,800 day + usage **12 mo UK + IE digital + OOH** £2,600 (rate card U-3) = £4,400 + 20% commission (£880). Weekend: no uplift per Imani’s terms. Overtime £225/h after 17:00.',
          },
        ],
      },
      {
        name: 'contract_reviewer',
        description: 'Checks bookings against the client’s latest instructions and the model’s terms',
        instructions: 'Answer "APPROVED: <booking>" or "REVISE: <notes>".',
        prompt: 'Booking:\n{input}',
        replies: [
          {
            say: 'REVISE: Ollie Marsh emailed 09:12 today (ref BC-AUR-0412): studio clash, shoot moves to Sat 15 May, same hours; usage extended to 12 months UK + Ireland digital AND out-of-home. Re-check Imani for 15 May and re-price usage on rate card U-3.',
          },
          {
            say: 'APPROVED: BK-27-0514 v2 - Sat 15 May 2027, 09:00-17:00, Studio 4 Hackney Wick; £1,800 + £2,600 usage (12 mo UK/IE digital + OOH) = £4,400 + £880 commission.',
          },
        ],
      },
      {
        name: 'call_sheet_writer',
        description: 'Writes call sheets for the model',
        instructions: 'Write the model’s call sheet from the approved booking.',
        prompt: 'Approved booking:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            call: 'publish_call_sheet',
            args: {
              booking: 'BK-27-0514',
              date: '2027-05-15',
              call: '08:45',
              location: 'Studio 4, Hackney Wick E9 5EN',
            },
            result: '{"sheet":"CS-0515-IK","sent_to":["Imani Kole","Ollie Marsh"],"calendar":"updated"}',
          },
          {
            say: '**Call sheet CS-0515-IK - Imani Kole**\n- Client: Aurelle Skincare "Dew Reset" (agency Brightside Creative, Ollie Marsh 07700 900 412)\n- Date: **Saturday 15 May 2027** (note: moved from Fri 14 May)\n- Call 08:45 for 09:00 start, wrap 17:00\n- Location: Studio 4, Hackney Wick E9 5EN (Hackney Wick Overground, 4 min walk)\n- Hair & make-up on set, come with clean skin, no SPF\n- Usage: 12 months UK + IE digital + OOH\n- Calendar updated; Fri 14 May is free again.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'detox-bed-board-timeout-retried-and-said-so',
    title:
      'The bed finder’s first bed-board query times out; it retries, says so, and the admission is arranged on the bed it really holds, while a side note on mutual aid meetings stays on the internal file',
    domain: 'addiction recovery clinic',
    mast: ['FM-2.6'],
    nearMissOf:
      'agent_error: a tool error retried successfully and reported; a side worker’s output kept out of the reply on purpose',
    request:
      'GP referral (Dr Hale, Riverside Surgery), patient D. Moran, 44 y, alcohol dependence, SADQ 38, wants inpatient detox, abstinent 0 days, history of withdrawal seizure 2024. Needs a medically managed bed within 7 days and a prescriber review. Please arrange and reply to the GP. Ref RF-AD-2209.',
    topology: {
      shape: 'network',
      coordinator: 'intake_coordinator',
      workers: ['detox_bed_finder', 'prescriber_liaison', 'peer_support_worker'],
    },
    agents: [
      {
        name: 'intake_coordinator',
        description: 'Intake coordinator of the recovery service',
        instructions:
          'Arrange a detox bed and prescriber review for the referral, note peer support options for the internal discharge plan, and reply to the referring GP.',
        replies: [
          {
            handoff: 'detox_bed_finder',
            message:
              'RF-AD-2209 D. Moran 44 y, SADQ 38, seizure hx 2024 -> medically managed (tier 4) bed within 7 d, from 15/03.',
          },
          {
            handoff: 'prescriber_liaison',
            message:
              'RF-AD-2209: prescriber review before admission, seizure history 2024, SADQ 38. Chlordiazepoxide regime + thiamine plan please.',
          },
          {
            handoff: 'peer_support_worker',
            message:
              'For the internal discharge plan only (not for the GP letter): local SMART / AA meetings near Moran’s address NE6.',
          },
          {
            say: 'Dear Dr Hale,\n\nRe: D. Moran, RF-AD-2209 - inpatient detox arranged.\n\n- **Admission**: Thu 18 Mar 2027, 10:00, Ashgrove Unit ward 2, bed AG-2-07 (medically managed, 24 h nursing).\n- **Prescriber review**: Dr Kaur, Tue 16 Mar 14:30 (phone), fixed-dose chlordiazepoxide with seizure precautions, Pabrinex IV days 1-3 then oral thiamine.\n- Please ask Mr Moran not to stop drinking abruptly before admission.\n\nKind regards, Intake team, Tyne Recovery Service',
          },
        ],
      },
      {
        name: 'detox_bed_finder',
        description: 'Finds and holds inpatient detox beds',
        instructions: 'Query the regional bed board, hold a suitable bed and report exactly what is held.',
        replies: [
          {
            call: 'bed_board_query',
            args: { tier: 4, from: '2027-03-15', to: '2027-03-22', region: 'NE' },
            result: {
              error:
                'Bed board gateway timeout (504) after 30 s - upstream NHS Spine ODS lookup slow. No data returned.',
            },
          },
          {
            call: 'bed_board_query',
            args: { tier: 4, from: '2027-03-15', to: '2027-03-22', region: 'NE' },
            result:
              '| unit | bed | tier | free from | seizure protocol |\n|---|---|---|---|---|\n| Ashgrove ward 2 | AG-2-07 | 4 | 18 Mar | yes |\n| Linden House | LH-1-03 | 3 | 16 Mar | no |',
          },
          {
            call: 'hold_bed',
            args: { bed: 'AG-2-07', patient_ref: 'RF-AD-2209', admit: '2027-03-18T10:00' },
            result:
              '{"hold":"H-77310","bed":"AG-2-07","admit":"2027-03-18T10:00","expires":"2027-03-16T17:00 unless confirmed"}',
          },
          {
            say: 'First bed-board query timed out (504 at 09:14); retried 09:16, ok. Held Ashgrove ward 2 bed AG-2-07 (tier 4, seizure protocol) for admission Thu 18 Mar 10:00, hold H-77310 (confirm by Tue 16 Mar 17:00). Linden House LH-1-03 is tier 3 only, not suitable with the seizure history.',
          },
        ],
      },
      {
        name: 'prescriber_liaison',
        description: 'Books prescriber reviews and relays the medication plan',
        instructions: 'Book the prescriber review and report the plan.',
        replies: [
          {
            call: 'book_prescriber',
            args: { ref: 'RF-AD-2209', type: 'pre-admission phone', before: '2027-03-18' },
            result: '{"prescriber":"Dr S. Kaur","slot":"2027-03-16T14:30","mode":"phone"}',
          },
          {
            say: 'Dr Kaur, Tue 16/03 14:30 phone. Plan: fixed-dose chlordiazepoxide (seizure precautions, CIWA-Ar monitoring), Pabrinex IV days 1-3 then oral thiamine 100 mg tds. This review also confirms hold H-77310.',
          },
        ],
      },
      {
        name: 'peer_support_worker',
        description: 'Peer support worker',
        instructions: 'List local mutual aid options for discharge planning.',
        replies: [
          {
            say: 'NE6 mutual aid: SMART Recovery Mon 18:30 Byker Community Centre; AA Walker Road Wed 19:30 + Sat 10:00; Recovery café Heaton Thu 12-15. Added to internal discharge plan DP-2209.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch33Scenarios = [...faults, ...healthy];
