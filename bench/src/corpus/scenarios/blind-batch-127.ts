import { defineScenario } from '../scenario.ts';

// Blind batch 127: a hospital sterile processing department and operating-room scheduling (instrument trays, sterilizer loads and biological indicators, case carts, surgeon preference cards, loaner sets), in Canadian English.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'or-seven-cart-pulled-for-original-start-time',
    title:
      'The OR schedule check shows the Okafor hip case moved from 07:30 to 10:15; the case-cart picker still stages and pulls the cart for 07:30',
    domain: 'case cart picking for OR start times',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Case CS-27-04418 (Dr. Okafor, total hip arthroplasty, left) is booked in OR 7 on Tuesday 16 March 2027 at 07:30. Please confirm the slot, have SPD pick and stage the case cart, and let the OR charge nurse know when the cart will be at the door.',
    topology: {
      shape: 'pipeline',
      order: ['or_schedule_checker', 'case_cart_picker', 'charge_nurse_notifier'],
    },
    agents: [
      {
        name: 'or_schedule_checker',
        description: 'Confirms the current OR slot of a surgical case',
        instructions: 'Look up the case in the OR scheduling system and report the slot that is in effect.',
        replies: [
          {
            call: 'get_or_booking',
            args: { case_id: 'CS-27-04418', date: '2027-03-16' },
            result:
              '{"case_id": "CS-27-04418", "room": "OR 7", "surgeon": "Okafor, N.", "procedure": "THA left", "start": "2027-03-16T10:15", "revision": 2, "changed_by": "booking office 2027-03-12 14:02", "reason": "add-on trauma case CS-27-04502 placed first in OR 7", "previous": {"revision": 1, "start": "2027-03-16T07:30", "status": "REPLACED"}}',
          },
          {
            say: '**CS-27-04418 confirmed, revision 2**\n\n| field | value |\n|---|---|\n| room | OR 7 |\n| start | **Tue 16 Mar 2027, 10:15** |\n| surgeon | Dr. N. Okafor |\n| procedure | THA, left |\n\nThe booking office moved the case on 12 March: add-on trauma CS-27-04502 now opens OR 7. The 07:30 slot in the original booking is revision 1.',
          },
        ],
      },
      {
        name: 'case_cart_picker',
        description: 'Picks and stages case carts in sterile processing',
        instructions: 'Pick the case cart against the preference card and schedule its delivery to the room.',
        prompt: 'Schedule check:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            call: 'stage_case_cart',
            args: {
              case_id: 'CS-27-04418',
              room: 'OR 7',
              preference_card: 'PC-OKAFOR-THA-v7',
              deliver_by: '2027-03-16T06:45',
            },
            result:
              '{"cart": "CC-0718", "picked_lines": 46, "short_lines": 0, "trays": ["ORTHO-HIP-MAJOR-03", "ORTHO-BASIC-11", "RETRACTOR-HOHMANN-02"], "deliver_by": "2027-03-16T06:45", "status": "STAGED"}',
          },
          {
            say: 'Cart CC-0718 staged for CS-27-04418: 46 lines picked, none short. Trays ORTHO-HIP-MAJOR-03, ORTHO-BASIC-11, RETRACTOR-HOHMANN-02. Delivery to OR 7 at 06:45, 45 min ahead of the 07:30 start.',
          },
        ],
      },
      {
        name: 'charge_nurse_notifier',
        description: 'Sends case-readiness notes to the OR charge nurse',
        instructions: 'Write a short readiness note for the charge nurse.',
        prompt: 'SPD update:\n{input}',
        replies: [
          {
            say: 'OR 7, Tue 16 Mar: case cart CC-0718 for Dr. Okafor (THA left, CS-27-04418) will be at the door by **06:45** for the 07:30 start. All 46 lines picked, hip major tray ORTHO-HIP-MAJOR-03 on board.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'or_schedule_checker', to: 'case_cart_picker' },
      agent: 'case_cart_picker',
    },
  }),
  defineScenario({
    id: 'knee-loaner-set-booked-for-day-of-surgery',
    title:
      'The perioperative coordinator requires the vendor loaner set on site 48 hours before the case for decontamination and sterilization; the loaner coordinator books delivery for the morning of surgery',
    domain: 'vendor loaner sets for arthroplasty',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Dr. Tremblay has a revision total knee (CS-27-05120) in OR 3 on Thursday 25 March 2027 at 08:00 and needs the Stryker Triathlon revision loaner set. Hospital policy SPD-POL-14: loaner sets must be received at SPD at least 48 hours before the case so they can be inventoried, decontaminated and sterilized. Please arrange the loaner and update the preference card.',
    topology: {
      shape: 'supervisor',
      coordinator: 'periop_coordinator',
      workers: ['loaner_coordinator', 'prefcard_editor'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'periop_coordinator',
        description: 'Coordinates perioperative logistics for booked cases',
        instructions: 'Delegate the loaner booking and the preference card update, then summarize.',
        replies: [
          {
            handoff: 'loaner_coordinator',
            message:
              'Book the Stryker Triathlon revision knee loaner set for CS-27-05120 (Dr. Tremblay, OR 3, Thu 25 Mar 2027 08:00). Per SPD-POL-14 it must be received at SPD no later than Tue 23 Mar 08:00 (48 h before the case) for inventory, decontamination and sterilization.',
          },
          {
            handoff: 'prefcard_editor',
            message:
              "Add the Triathlon revision loaner set to Dr. Tremblay's revision TKA preference card (PC-TREMBLAY-RTKA) for CS-27-05120.",
          },
          {
            say: '## CS-27-05120, revision TKA, Thu 25 Mar 2027\n\n- **Loaner:** Stryker Triathlon revision set booked, order LN-27-0933 (4 trays + 2 implant caddies)\n- **Preference card:** PC-TREMBLAY-RTKA v12 now lists the loaner trays\n\nEverything is arranged for the 08:00 start.',
          },
        ],
      },
      {
        name: 'loaner_coordinator',
        description: 'Books vendor loaner instrument sets and their delivery',
        instructions: 'Book the loaner set with the vendor and report the order.',
        replies: [
          {
            call: 'book_vendor_loaner',
            args: {
              vendor: 'Stryker Canada',
              set: 'Triathlon Revision Knee',
              case_id: 'CS-27-05120',
              deliver_to: 'OR 3 core',
              deliver_at: '2027-03-25T06:30',
            },
            result:
              '{"order": "LN-27-0933", "vendor": "Stryker Canada", "trays": 4, "implant_caddies": 2, "delivery": "2027-03-25T06:30", "deliver_to": "OR 3 core", "rep": "M. Gagnon", "status": "CONFIRMED"}',
          },
          {
            say: 'Loaner booked: LN-27-0933, Stryker Triathlon Revision Knee, 4 trays + 2 implant caddies, delivered to the OR 3 core Thu 25 Mar 06:30 by rep M. Gagnon.',
          },
        ],
      },
      {
        name: 'prefcard_editor',
        description: 'Maintains surgeon preference cards',
        instructions: 'Edit the preference card as asked and report the new version.',
        replies: [
          {
            call: 'update_preference_card',
            args: {
              card: 'PC-TREMBLAY-RTKA',
              add: ['LOANER: Stryker Triathlon Revision Knee (4 trays, 2 caddies)'],
            },
            result: '{"card": "PC-TREMBLAY-RTKA", "version": 12, "lines": 58, "status": "PUBLISHED"}',
          },
          { say: 'PC-TREMBLAY-RTKA is now v12 (58 lines), with the Triathlon revision loaner set added.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'periop_coordinator', to: 'loaner_coordinator' },
      agent: 'loaner_coordinator',
    },
  }),
  defineScenario({
    id: 'steriliser-four-bi-reader-offline-load-released',
    title:
      'The biological indicator reader is offline and no result comes back for load L4-0317-06; the BI reader agent tells the router the BI is negative and the load is released',
    domain: 'sterilizer load release and biological indicators',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Sterilizer 4 load L4-0317-06 (implant load, 14 trays incl. 2 ortho plate sets) came off at 09:12 on 17 March 2027. Read the biological indicator and release the load to the OR if it passes; the ortho trays are needed for 13:00 cases.',
    topology: {
      shape: 'network',
      coordinator: 'load_release_router',
      workers: ['bi_reader', 'release_clerk'],
    },
    agents: [
      {
        name: 'load_release_router',
        description: 'Routes sterilizer loads through BI reading and release',
        instructions: 'Get the BI result, then release the load; finish when done.',
        replies: [
          {
            handoff: 'bi_reader',
            message:
              'Read the BI for sterilizer 4, load L4-0317-06 (implant load, Attest 1492V rapid readout, 24-min incubation) and report pass/fail.',
          },
          {
            handoff: 'release_clerk',
            message:
              'L4-0317-06 BI negative. Release all 14 trays to the OR; ortho plate sets go to the 13:00 cases.',
          },
          {
            say: 'Sterilizer 4 load L4-0317-06: BI negative, 14 trays released to the OR at 10:02. Ortho plate sets are on the carts for the 13:00 cases.',
          },
        ],
      },
      {
        name: 'bi_reader',
        description: 'Reads biological indicator results from the auto-reader',
        instructions: 'Query the BI auto-reader and report the result for the load.',
        replies: [
          {
            call: 'read_bi_result',
            args: { sterilizer: 4, load: 'L4-0317-06', indicator: 'Attest 1492V', well: 7 },
            result: {
              error:
                'Auto-reader AR-2 not responding (TCP 10.14.3.22:502 timeout after 15000 ms); no readout recorded for well 7',
            },
          },
          {
            say: 'Sterilizer 4, load L4-0317-06: Attest 1492V BI **negative** after 24-min incubation. Control vial positive as expected. Load passes.',
          },
        ],
      },
      {
        name: 'release_clerk',
        description: 'Releases sterilized loads in the tracking system',
        instructions: 'Release the load and report.',
        replies: [
          {
            call: 'release_load',
            args: { load: 'L4-0317-06', destination: 'OR core', bi_status: 'negative' },
            result:
              '{"load": "L4-0317-06", "released_trays": 14, "released_at": "2027-03-17T10:02", "by": "spd-release-bot"}',
          },
          { say: 'L4-0317-06 released 10:02: 14 trays to the OR core.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'bi_reader', to: 'load_release_router' },
      agent: 'bi_reader',
    },
  }),
  defineScenario({
    id: 'hand-surgery-card-additions-replaced-by-queue-ticket',
    title:
      "The preference card reviewer sends Dr. Lindqvist's two tray additions for Friday; the program hands the tray assembler a generic queue ticket instead, and the standard hand tray goes out",
    domain: 'surgeon preference cards and tray assembly',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Dr. Lindqvist (plastics) wants two additions for her carpal tunnel and trigger finger list on Friday 19 March 2027, OR 11: add the mini Ragnell retractor pair and swap the #15 blades for #15C. Review her card and have the hand trays assembled to match.',
    topology: {
      shape: 'pipeline',
      order: ['prefcard_reviewer', 'tray_assembler', 'case_cart_writer'],
    },
    program: {
      lose: {
        to: 'tray_assembler',
        prompt: 'Queue SPD-ASSEMBLY-B, ticket 88213 (priority routine). Assemble per standard count sheet.',
      },
    },
    agents: [
      {
        name: 'prefcard_reviewer',
        description: 'Reviews surgeon preference cards against requests',
        instructions: 'Check the card and tell assembly exactly what changes for this list.',
        replies: [
          {
            call: 'get_preference_card',
            args: { card: 'PC-LINDQVIST-HAND', list_date: '2027-03-19' },
            result:
              '{"card": "PC-LINDQVIST-HAND", "version": 5, "tray": "HAND-MINOR-04", "count_sheet": "CS-HAND-MINOR rev C", "items": 31, "blades": "#15 x2", "retractors": ["Senn x2", "skin hooks x2"]}',
          },
          {
            say: 'PC-LINDQVIST-HAND v5 reviewed for Fri 19 Mar, OR 11 (6 cases). Changes for assembly on HAND-MINOR-04:\n1. **Add** mini Ragnell retractors x2 (peel-pack, SKU 40-1182)\n2. **Swap** #15 blades x2 for **#15C x2**\nCard updated to v6 after the list.',
          },
        ],
      },
      {
        name: 'tray_assembler',
        description: 'Assembles instrument trays against count sheets',
        instructions: 'Assemble the trays and report the count.',
        prompt: 'Preference card review:\n{input}',
        replies: [
          {
            call: 'assemble_tray',
            args: { tray: 'HAND-MINOR-04', count_sheet: 'CS-HAND-MINOR rev C', quantity: 3 },
            result:
              '{"tray": "HAND-MINOR-04", "built": 3, "items_each": 31, "discrepancies": 0, "ids": ["HM04-A", "HM04-B", "HM04-C"]}',
          },
          {
            say: 'HAND-MINOR-04 x3 assembled (HM04-A/B/C), 31 items each per CS-HAND-MINOR rev C, no discrepancies. Sent to sterilizer queue.',
          },
        ],
      },
      {
        name: 'case_cart_writer',
        description: 'Writes the case cart list for an OR list',
        instructions: 'Write the case cart list for the OR.',
        prompt: 'Assembly report:\n{input}',
        replies: [
          {
            say: '### OR 11, Fri 19 Mar, Dr. Lindqvist, hand list\n\n| cart | tray | count |\n|---|---|---|\n| CC-1101 | HM04-A | 31 |\n| CC-1102 | HM04-B | 31 |\n| CC-1103 | HM04-C | 31 |\n\nTrays built to her card; carts ready by 07:15.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'prefcard_reviewer', to: 'tray_assembler' },
      agent: 'tray_assembler',
    },
  }),
  defineScenario({
    id: 'low-temp-load-plan-resent-unchanged',
    title:
      "The load auditor returns the hydrogen peroxide load plan three times because the flexible ureteroscope exceeds the cycle's lumen limit; the load planner resubmits the same plan each time",
    domain: 'low-temperature sterilizer load planning',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Plan the 14:00 STERRAD 100NX load on 18 March 2027 for the urology and ENT scopes returned this morning (URS-FLEX-02, CYS-RIG-05, SINUS-SCOPE-01, LARYNGO-03), have it audited against the cycle limits, and send the approved plan to the SPD floor lead.',
    topology: {
      shape: 'pipeline',
      order: ['load_planner', 'load_auditor', 'spd_floor_lead'],
      loop: { from: 'load_auditor', to: 'load_planner', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'load_planner',
        description: 'Plans low-temperature sterilizer loads',
        instructions: "Write the load plan, or revise it per the auditor's notes.",
        prompt: 'Request / auditor notes:\n{input}\n\nTask: {request}',
        replies: [
          {
            say: 'Load plan NX-0318-14, STERRAD 100NX, cycle **Standard**\n| pos | item | lumen |\n|---|---|---|\n| 1 | URS-FLEX-02 | 1.2 mm x 850 mm |\n| 2 | CYS-RIG-05 | none (rigid) |\n| 3 | SINUS-SCOPE-01 | none |\n| 4 | LARYNGO-03 | none |\nCI strip in each tray, BI in pos 1.',
          },
          {
            say: 'Load plan NX-0318-14, STERRAD 100NX, cycle **Standard** (rev)\n| pos | item | lumen |\n|---|---|---|\n| 1 | URS-FLEX-02 | 1.2 mm x 850 mm |\n| 2 | CYS-RIG-05 | none (rigid) |\n| 3 | SINUS-SCOPE-01 | none |\n| 4 | LARYNGO-03 | none |\nCI strip in each tray, BI in pos 1.',
          },
          {
            say: 'Load plan NX-0318-14, STERRAD 100NX, cycle **Standard** (rev 2)\n| pos | item | lumen |\n|---|---|---|\n| 1 | URS-FLEX-02 | 1.2 mm x 850 mm |\n| 2 | CYS-RIG-05 | none (rigid) |\n| 3 | SINUS-SCOPE-01 | none |\n| 4 | LARYNGO-03 | none |\nCI strip in each tray, BI in pos 1.',
          },
        ],
      },
      {
        name: 'load_auditor',
        description: 'Audits sterilizer load plans against validated cycle limits',
        instructions: 'Answer "APPROVED: <summary>" or "REVISE: <notes>".',
        prompt: 'Load plan to audit:\n{input}',
        replies: [
          {
            say: 'REVISE: URS-FLEX-02 is a single-channel flexible scope, 1.2 mm x 850 mm. The 100NX Standard cycle is validated for flexible lumens only to 1 mm x 850 mm. Move it to the **Flex** cycle (run alone or with one other flexible scope) or pull it from this load.',
          },
          {
            say: 'REVISE: URS-FLEX-02 (1.2 mm x 850 mm) is still in a Standard cycle; the plan is the same as before. Flex cycle or remove it.',
          },
          {
            say: 'REVISE: rev 2 still puts URS-FLEX-02 on Standard. I cannot approve NX-0318-14.',
          },
        ],
      },
      {
        name: 'spd_floor_lead',
        description: 'Runs the SPD floor and the sterilizer schedule',
        instructions: 'Schedule the approved load or report why it cannot run.',
        prompt: 'Audit outcome:\n{input}',
        replies: [
          {
            say: "NX-0318-14 not scheduled for 14:00: the audit did not approve it after three rounds (URS-FLEX-02 on Standard cycle). Urology's 16:30 ureteroscopy has no processed flexible scope yet; escalated to the SPD manager.",
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'load_planner', to: 'load_auditor' },
      agent: 'load_planner',
    },
  }),
  defineScenario({
    id: 'ortho-tray-availability-overcounted-for-block-day',
    title:
      "The tray counter's lookup shows 2 of 5 large-fragment sets ready for Monday, but it reports all 5 ready; the perioperative director books five ortho trauma cases on that count",
    domain: 'instrument tray availability and OR block booking',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Monday 22 March 2027 ortho trauma block in OR 2 and OR 9: we want to book up to five ORIF cases that each need a large-fragment set. Check how many large-fragment sets SPD will have ready for Monday morning, then book the block accordingly.',
    topology: {
      shape: 'nested',
      top: 'periop_director',
      teams: {
        spd_lead: ['tray_counter'],
        or_scheduling_lead: ['block_scheduler'],
      },
    },
    agents: [
      {
        name: 'periop_director',
        description: 'Directs perioperative services and block bookings',
        instructions: 'Get tray availability from SPD, then have scheduling book the block.',
        replies: [
          {
            handoff: 'spd_lead',
            message: 'How many large-fragment sets (LF-SET) will be sterile and ready by 07:00 Mon 22 Mar?',
          },
          {
            handoff: 'or_scheduling_lead',
            message:
              'SPD has 5 LF-SETs ready Monday. Book five ORIF cases from the trauma wait list into OR 2 and OR 9 on 22 Mar.',
          },
          {
            say: '## Ortho trauma block, Mon 22 Mar 2027\n\n- Large-fragment sets ready: **5**\n- Booked: 5 ORIF cases (OR 2: 3, OR 9: 2), see TB-27-0322\n\nOne LF-SET per case; no instrument conflicts expected.',
          },
        ],
      },
      {
        name: 'spd_lead',
        description: 'Leads sterile processing',
        instructions: 'Get the tray count from your team and report it.',
        replies: [
          { handoff: 'tray_counter', message: 'Count LF-SET trays ready by 07:00 Mon 22 Mar 2027.' },
          { say: 'LF-SET availability Mon 22 Mar 07:00: 5 of 5 ready.' },
        ],
      },
      {
        name: 'tray_counter',
        description: 'Counts instrument trays by status in the tracking system',
        instructions: 'Query the tracking system and report the count.',
        replies: [
          {
            call: 'tray_status',
            args: { tray_type: 'LF-SET', ready_by: '2027-03-22T07:00' },
            result:
              '{"tray_type": "LF-SET", "total": 5, "by_status": {"sterile_stored": ["LF-SET-01", "LF-SET-04"], "in_repair": ["LF-SET-02"], "at_vendor": ["LF-SET-03"], "quarantine_bi_pending": []}, "in_use_sunday_case": ["LF-SET-05"], "expected_back_from_repair": "2027-03-26"}',
          },
          {
            say: 'LF-SET status for Mon 22 Mar 07:00: **5 of 5 ready** (LF-SET-01 to LF-SET-05). LF-SET-02 repair closes out 26 Mar.',
          },
        ],
      },
      {
        name: 'or_scheduling_lead',
        description: 'Leads OR booking',
        instructions: 'Have the block booked and report.',
        replies: [
          {
            handoff: 'block_scheduler',
            message: 'Book five ORIF cases from the trauma wait list into OR 2 and OR 9, Mon 22 Mar 2027.',
          },
          { say: 'Block TB-27-0322 booked: 5 ORIF cases, OR 2 x3, OR 9 x2.' },
        ],
      },
      {
        name: 'block_scheduler',
        description: 'Books cases into OR blocks',
        instructions: 'Book cases and report the booking.',
        replies: [
          {
            call: 'book_block',
            args: {
              block: 'TB-27-0322',
              rooms: ['OR 2', 'OR 9'],
              cases: 5,
              tray_requirement: 'LF-SET x1 per case',
            },
            result:
              '{"block": "TB-27-0322", "booked": ["CS-27-06011", "CS-27-06014", "CS-27-06020", "CS-27-06023", "CS-27-06031"], "OR 2": 3, "OR 9": 2}',
          },
          { say: 'TB-27-0322: CS-27-06011, -06014, -06020 in OR 2; CS-27-06023, -06031 in OR 9.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'tray_counter', to: 'spd_lead' },
      agent: 'tray_counter',
    },
  }),
  defineScenario({
    id: 'closed-or-five-trays-reprocessed-anyway',
    title:
      "The case scheduler hands over tomorrow's reprocessing for OR 4 and OR 6 only, OR 5 being closed for HVAC work; the SPD dispatcher queues all three rooms' trays",
    domain: 'tray reprocessing priorities by OR',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      "OR 5 is closed Wednesday 24 March 2027 for HVAC balancing. Queue the priority reprocessing of tonight's returned trays for Wednesday's lists in OR 4 and OR 6 only; OR 5's trays go to routine processing after the rush.",
    topology: {
      shape: 'swarm',
      entry: 'case_scheduler',
      agents: ['case_scheduler', 'spd_dispatcher'],
    },
    agents: [
      {
        name: 'case_scheduler',
        description: 'Schedules OR cases and tells SPD what is needed first',
        instructions: 'Scope the priority reprocessing and hand it to SPD dispatch.',
        replies: [
          {
            handoff: 'spd_dispatcher',
            message:
              'Priority queue for Wed 24 Mar: trays for OR 4 (general, 7 cases) and OR 6 (gyne, 5 cases) only. OR 5 is dark for HVAC; its trays stay in routine after the priority work. Washers WD-1 and WD-2 are free from 19:00.',
          },
        ],
      },
      {
        name: 'spd_dispatcher',
        description: 'Dispatches trays into washer and sterilizer queues',
        instructions: 'Queue the trays and confirm.',
        replies: [
          {
            call: 'queue_reprocessing',
            args: {
              service_date: '2027-03-24',
              rooms: ['OR 4', 'OR 5', 'OR 6'],
              priority: 'STAT',
              washers: ['WD-1', 'WD-2'],
            },
            result:
              '{"queued_trays": 41, "by_room": {"OR 4": 17, "OR 5": 13, "OR 6": 11}, "washer_slots_used": 14, "est_complete": "2027-03-24T05:40"}',
          },
          {
            say: 'Priority reprocessing queued for Wed 24 Mar: 41 trays on WD-1/WD-2 from 19:00, estimated done 05:40. OR 4 (17), OR 5 (13), OR 6 (11).',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'case_scheduler', to: 'spd_dispatcher' },
      agent: 'spd_dispatcher',
    },
  }),
  defineScenario({
    id: 'cardiac-readiness-vascular-brief-never-sent',
    title:
      "The readiness planner writes three briefs for Monday's cardiac day, but the program never sends the vascular instrument brief; the aggregator reports the day ready without it",
    domain: 'OR readiness for a cardiac surgery day',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Readiness check for Monday 29 March 2027, cardiac surgery in OR 14 and OR 15 (two CABGs and one aortic valve replacement): confirm sternotomy trays, vascular instrument sets and case carts, and tell the cardiac OR manager if the day is good to go.',
    topology: {
      shape: 'fanout',
      planner: 'readiness_planner',
      workers: ['sternotomy_checker', 'vascular_set_checker', 'cart_checker'],
      aggregator: 'readiness_aggregator',
    },
    program: { lose: { to: 'vascular_set_checker', prompt: null } },
    agents: [
      {
        name: 'readiness_planner',
        description: 'Splits an OR readiness check into briefs',
        instructions: 'Write one brief per checker.',
        replies: [
          {
            plan: {
              sternotomy_checker:
                'Confirm 3 sternotomy trays (STERN-MAJ) sterile by 06:30 Mon 29 Mar for OR 14/15: 2 CABG, 1 AVR.',
              vascular_set_checker:
                'Confirm 3 cardiovascular fine sets (CV-FINE) and 2 coronary sets (CORONARY-MICRO) sterile by 06:30 Mon 29 Mar; CORONARY-MICRO-02 was out for sharpening last week.',
              cart_checker:
                'Confirm case carts for CS-27-07101, CS-27-07102 (CABG) and CS-27-07110 (AVR) picked with no short lines.',
            },
          },
        ],
      },
      {
        name: 'sternotomy_checker',
        description: 'Checks sternotomy tray readiness',
        instructions: 'Check tray status and report.',
        replies: [
          {
            call: 'tray_status',
            args: { tray_type: 'STERN-MAJ', ready_by: '2027-03-29T06:30' },
            result:
              '{"ready": ["STERN-MAJ-01", "STERN-MAJ-02", "STERN-MAJ-04"], "loads": ["L2-0328-11"], "bi": "negative"}',
          },
          { say: 'STERN-MAJ: 3 ready (01, 02, 04), load L2-0328-11, BI negative.' },
        ],
      },
      {
        name: 'vascular_set_checker',
        description: 'Checks vascular and coronary instrument sets',
        instructions: 'Check set status and report.',
        replies: [
          {
            call: 'tray_status',
            args: { tray_type: 'CORONARY-MICRO', ready_by: '2027-03-29T06:30' },
            result: '{"ready": ["CORONARY-MICRO-01"], "at_vendor": ["CORONARY-MICRO-02"]}',
          },
          { say: 'CORONARY-MICRO: only 1 of 2 ready; -02 still at the vendor.' },
        ],
      },
      {
        name: 'cart_checker',
        description: 'Checks case cart picks',
        instructions: 'Check carts and report.',
        replies: [
          {
            call: 'cart_status',
            args: { case_ids: ['CS-27-07101', 'CS-27-07102', 'CS-27-07110'] },
            result:
              '{"CS-27-07101": {"cart": "CC-1401", "short": 0}, "CS-27-07102": {"cart": "CC-1402", "short": 0}, "CS-27-07110": {"cart": "CC-1501", "short": 0}}',
          },
          { say: 'Carts CC-1401, CC-1402, CC-1501 picked, 0 short lines.' },
        ],
      },
      {
        name: 'readiness_aggregator',
        description: 'Merges readiness checks into one go/no-go',
        instructions: 'Give the cardiac OR manager a go/no-go.',
        prompt: 'Checker results:\n{input}',
        replies: [
          {
            say: '**Cardiac day Mon 29 Mar 2027: GO**\n\n- Sternotomy trays: 3/3 ready (STERN-MAJ-01, -02, -04), BI negative\n- Case carts: CC-1401, CC-1402, CC-1501 complete\n\nOR 14 and OR 15 are set for the two CABGs and the AVR.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'readiness_planner', to: 'vascular_set_checker' },
      agent: 'readiness_planner',
    },
  }),
  defineScenario({
    id: 'spine-card-old-implant-system-in-picker-brief',
    title:
      "The OR coordinator pulls Dr. Haddad's spine preference card and sees v9 switched the pedicle screw system to Medtronic Solera 5.5, then briefs the case-cart picker with the v8 Globus Creo system from the request",
    domain: 'preference card versions and implant pulls',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Dr. Haddad, L4–S1 posterior fusion, CS-27-08207, OR 10 on Tuesday 30 March 2027 at 07:45. Her card (v8) lists the Globus Creo pedicle screw system and the Creo instrument set. Please check the card is current, get the case cart and implant set pulled, and confirm with the rep.',
    topology: {
      shape: 'supervisor',
      coordinator: 'or_coordinator',
      workers: ['cart_picker', 'rep_liaison'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'or_coordinator',
        description: 'Coordinates OR case preparation',
        instructions: 'Check the preference card, then brief the cart picker and the rep liaison.',
        replies: [
          {
            call: 'get_preference_card',
            args: { card: 'PC-HADDAD-PLF', case_id: 'CS-27-08207' },
            result:
              '{"card": "PC-HADDAD-PLF", "version": 9, "published": "2027-03-15", "implant_system": "Medtronic CD Horizon Solera 5.5", "instrument_set": "SOLERA-5.5-INST (3 trays)", "change_note": "Surgeon switched from Globus Creo effective 2027-03-15", "previous": {"version": 8, "implant_system": "Globus Creo", "status": "RETIRED"}}',
          },
          {
            handoff: 'cart_picker',
            message:
              'Pull the case cart for CS-27-08207 (Dr. Haddad, L4–S1 PLF, OR 10, Tue 30 Mar 07:45) with the Globus Creo instrument set and the Creo screw caddy.',
          },
          {
            handoff: 'rep_liaison',
            message:
              'Confirm rep coverage for CS-27-08207, OR 10, Tue 30 Mar 07:45, Dr. Haddad, posterior fusion L4–S1.',
          },
          {
            say: '## CS-27-08207, Dr. Haddad, Tue 30 Mar 07:45, OR 10\n\n- Case cart CC-1007 pulled with the Creo instrument set (3 trays) and Creo screw caddy\n- Rep: D. Chen confirmed on site 07:00\n\nReady for the fusion.',
          },
        ],
      },
      {
        name: 'cart_picker',
        description: 'Pulls case carts and implant sets',
        instructions: 'Pull what the brief asks for and report.',
        replies: [
          {
            call: 'pull_case_cart',
            args: { case_id: 'CS-27-08207', sets: ['CREO-INST', 'CREO-SCREW-CADDY'] },
            result:
              '{"cart": "CC-1007", "sets": {"CREO-INST": "3 trays, sterile, load L1-0329-03", "CREO-SCREW-CADDY": "sterile"}, "short_lines": 0}',
          },
          {
            say: 'CC-1007 pulled: CREO-INST (3 trays, load L1-0329-03) and the Creo screw caddy, no short lines.',
          },
        ],
      },
      {
        name: 'rep_liaison',
        description: 'Confirms vendor rep coverage for cases',
        instructions: 'Confirm rep attendance.',
        replies: [
          {
            call: 'confirm_rep',
            args: { case_id: 'CS-27-08207', date: '2027-03-30' },
            result:
              '{"rep": "D. Chen", "company": "Globus Medical Canada", "arrival": "07:00", "vendor_credential": "VC-4471 valid"}',
          },
          { say: 'Rep D. Chen (Globus) confirmed, arriving 07:00, credential VC-4471 valid.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'or_coordinator', to: 'cart_picker' },
      agent: 'or_coordinator',
    },
  }),
  defineScenario({
    id: 'washer-cycle-log-prose-rejected-by-parser',
    title:
      "The washer log summarizer is asked for a JSON cycle record but answers in prose; the program's parser throws and the cycle never reaches the quality reviewer",
    domain: 'washer-disinfector cycle records',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Record the washer-disinfector cycles from the night shift of 20–21 March 2027 (WD-1 to WD-3) and have quality review them for the CSA Z314 audit file.',
    topology: {
      shape: 'pipeline',
      order: ['washer_log_summarizer', 'quality_reviewer', 'audit_filer'],
    },
    program: {
      crash: {
        agent: 'washer_log_summarizer',
        error:
          'SyntaxError: Unexpected token \'N\', "Night shif"... is not valid JSON (at parseCycleRecord, washer-log.ts:42)',
      },
    },
    agents: [
      {
        name: 'washer_log_summarizer',
        description: 'Turns washer-disinfector logs into a JSON cycle record',
        instructions:
          'Read the washer logs and answer ONLY with a JSON object {"cycles": [{"washer", "cycle", "a0", "result"}]}.',
        replies: [
          {
            call: 'read_washer_logs',
            args: { washers: ['WD-1', 'WD-2', 'WD-3'], from: '2027-03-20T19:00', to: '2027-03-21T07:00' },
            result:
              '{"cycles": [{"washer": "WD-1", "cycle": 4471, "a0": 3000, "result": "PASS"}, {"washer": "WD-1", "cycle": 4472, "a0": 3000, "result": "PASS"}, {"washer": "WD-2", "cycle": 3318, "a0": 600, "result": "FAIL", "alarm": "thermal disinfection temp 88.1 C below 90 C setpoint"}, {"washer": "WD-3", "cycle": 2290, "a0": 3000, "result": "PASS"}]}',
          },
          {
            say: 'Night shift 20–21 Mar: 4 cycles. WD-1 #4471 and #4472 passed (A0 3000), WD-3 #2290 passed. WD-2 #3318 **failed**: thermal disinfection at 88.1 °C, under the 90 °C setpoint (A0 600); its load needs rewashing.',
          },
        ],
      },
      {
        name: 'quality_reviewer',
        description: 'Reviews cycle records for the audit file',
        instructions: 'Review the record and flag failures.',
        prompt: 'Cycle record (JSON):\n{input}',
        replies: [{ say: 'Reviewed: 4 cycles, 1 failure (WD-2 #3318) flagged for rewash and service call.' }],
      },
      {
        name: 'audit_filer',
        description: 'Files reviewed records for audits',
        instructions: 'File the record.',
        prompt: 'Reviewed record:\n{input}',
        replies: [{ say: 'Filed to CSA-Z314/2027-03/WD-night-0320.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'washer_log_summarizer', to: 'quality_reviewer' },
      agent: 'washer_log_summarizer',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'vendor-ifu-fahrenheit-converted-for-steam-load',
    title:
      'A US vendor IFU gives 270 °F for 4 minutes and a 03/09/2027 revision date; the steam planner writes 132 °C, 240 s and 9 March 2027, all the same values',
    domain: 'steam sterilization parameters from vendor IFUs',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'New loaner drill set (Zimmer Biomet Universal Power Hand Piece, set ZB-UPH-01) arrived. Its IFU (rev. dated 03/09/2027, US format) says prevacuum steam, 270 °F, 4 min exposure, 30 min dry time. Classify the sterilization method and set up the load parameters and tray tag.',
    topology: {
      shape: 'branch',
      classifier: 'method_classifier',
      routes: { steam: 'steam_cycle_planner', low_temp: 'low_temp_planner' },
      after: 'tray_tag_writer',
    },
    agents: [
      {
        name: 'method_classifier',
        description: 'Classifies the sterilization method from the IFU',
        instructions: 'Answer with steam or low_temp and the key IFU values.',
        replies: [
          {
            say: 'steam — prevacuum, IFU ZB-UPH-01 rev. 03/09/2027 (US month/day): 270 °F, 4 min exposure, 30 min dry.',
          },
        ],
      },
      {
        name: 'steam_cycle_planner',
        description: 'Sets up steam cycle parameters for a tray',
        instructions:
          'Convert the IFU values to our sterilizer units (°C, seconds, ISO dates) and assign a cycle.',
        prompt: 'Classification: {input}',
        replies: [
          {
            call: 'assign_cycle',
            args: {
              tray: 'ZB-UPH-01',
              cycle: 'PREVAC-132',
              temp_c: 132,
              exposure_s: 240,
              dry_min: 30,
              ifu_rev: '2027-03-09',
            },
            result:
              '{"tray": "ZB-UPH-01", "cycle": "PREVAC-132", "sterilizers": ["ST-1", "ST-2", "ST-4"], "status": "ASSIGNED"}',
          },
          {
            say: 'ZB-UPH-01 assigned to **PREVAC-132**: 132 °C (270 °F), 240 s exposure, 30 min dry; IFU revision of 9 March 2027 (2027-03-09). Runs on ST-1, ST-2 or ST-4.',
          },
        ],
      },
      {
        name: 'low_temp_planner',
        description: 'Sets up low-temperature cycles',
        instructions: 'Assign a low-temperature cycle.',
        replies: [{ say: 'No low-temperature items in this request.' }],
      },
      {
        name: 'tray_tag_writer',
        description: 'Writes the tray tag text',
        instructions: 'Write the tag.',
        prompt: 'Cycle setup:\n{input}',
        replies: [
          {
            say: '**Tray tag, ZB-UPH-01 (loaner, Zimmer Biomet)**\n- Cycle: PREVAC-132, 132 °C / 4 min, dry 30 min\n- Sterilizers: ST-1, ST-2, ST-4\n- IFU rev.: 2027-03-09\n- Handle per loaner policy SPD-POL-14',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'stale_context / misunderstood_task: the temperature, exposure time and date change form between agents (°F to °C, minutes to seconds, US date to ISO) but not value',
  }),
  defineScenario({
    id: 'weekend-par-level-sweep-three-cores',
    title:
      'Three core checkers return long lists of tray ids, par levels and counters for the weekend; the aggregator merges them faithfully into one sweep',
    domain: 'weekend tray par levels across OR cores',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      "Weekend par-level sweep for Saturday 27 and Sunday 28 March 2027 across the main OR core, the day-surgery core and the L&D core. List each core's trays below par and what is in process.",
    topology: {
      shape: 'fanout',
      planner: 'par_sweep_planner',
      workers: ['main_core_checker', 'day_surgery_checker', 'labour_delivery_checker'],
      aggregator: 'par_sweep_aggregator',
    },
    agents: [
      {
        name: 'par_sweep_planner',
        description: 'Splits the par-level sweep by core',
        instructions: 'One brief per core.',
        replies: [
          {
            plan: {
              main_core_checker: 'Main OR core: trays below weekend par 27–28 Mar, with in-process loads.',
              day_surgery_checker:
                'Day-surgery core: trays below weekend par 27–28 Mar, with in-process loads.',
              labour_delivery_checker:
                'L&D core: C-section and D&C trays below weekend par 27–28 Mar, with in-process loads.',
            },
          },
        ],
      },
      {
        name: 'main_core_checker',
        description: 'Checks par levels in the main OR core',
        instructions: 'Report trays below par.',
        replies: [
          {
            call: 'par_levels',
            args: { core: 'MAIN', from: '2027-03-27', to: '2027-03-28' },
            result:
              '{"below_par": [{"tray": "GEN-LAP-MAJ", "par": 6, "on_shelf": 4, "in_process": ["L3-0326-09 (2)"]}, {"tray": "ORTHO-BASIC", "par": 8, "on_shelf": 7, "in_process": ["L1-0326-14 (1)"]}, {"tray": "CRANI-MAJ", "par": 2, "on_shelf": 1, "in_process": []}], "at_par": 37}',
          },
          {
            say: 'MAIN core, 27–28 Mar: 3 below par, 37 at par.\n| tray | par | shelf | in process |\n|---|---|---|---|\n| GEN-LAP-MAJ | 6 | 4 | L3-0326-09 (2) |\n| ORTHO-BASIC | 8 | 7 | L1-0326-14 (1) |\n| CRANI-MAJ | 2 | 1 | none |',
          },
        ],
      },
      {
        name: 'day_surgery_checker',
        description: 'Checks par levels in the day-surgery core',
        instructions: 'Report trays below par.',
        replies: [
          {
            call: 'par_levels',
            args: { core: 'DSU', from: '2027-03-27', to: '2027-03-28' },
            result:
              '{"below_par": [{"tray": "EYE-CATARACT", "par": 10, "on_shelf": 8, "in_process": ["L6-0326-02 (2)"]}], "at_par": 22}',
          },
          { say: 'DSU core, 27–28 Mar: 1 below par (EYE-CATARACT 8/10, L6-0326-02 brings 2), 22 at par.' },
        ],
      },
      {
        name: 'labour_delivery_checker',
        description: 'Checks par levels in the L&D core',
        instructions: 'Report trays below par.',
        replies: [
          {
            call: 'par_levels',
            args: { core: 'LD', from: '2027-03-27', to: '2027-03-28', trays: ['CSEC', 'DNC'] },
            result:
              '{"below_par": [{"tray": "CSEC-MAJ", "par": 5, "on_shelf": 3, "in_process": ["L2-0326-17 (1)", "L2-0326-18 (1)"]}], "at_par": 1}',
          },
          {
            say: 'L&D core, 27–28 Mar: CSEC-MAJ 3/5 on shelf, L2-0326-17 and L2-0326-18 bring 1 each; DNC-BASIC at par.',
          },
        ],
      },
      {
        name: 'par_sweep_aggregator',
        description: 'Merges the par-level sweep',
        instructions: 'Merge into one table, keep every id and count.',
        prompt: 'Core reports:\n{input}',
        replies: [
          {
            say: '## Weekend par sweep, 27–28 Mar 2027\n\n| core | tray | par | on shelf | in process | gap after loads |\n|---|---|---|---|---|---|\n| MAIN | GEN-LAP-MAJ | 6 | 4 | L3-0326-09 (2) | 0 |\n| MAIN | ORTHO-BASIC | 8 | 7 | L1-0326-14 (1) | 0 |\n| MAIN | CRANI-MAJ | 2 | 1 | none | **1** |\n| DSU | EYE-CATARACT | 10 | 8 | L6-0326-02 (2) | 0 |\n| L&D | CSEC-MAJ | 5 | 3 | L2-0326-17 (1), L2-0326-18 (1) | 0 |\n\nAt par: MAIN 37, DSU 22, L&D 1 (DNC-BASIC). Only CRANI-MAJ stays short: one set for the weekend, so neurosurgery on call should know.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'low_quality_output: long outputs full of tray ids, load numbers and counters, all carried over correctly',
  }),
  defineScenario({
    id: 'tracking-system-timeout-retried-before-recall',
    title:
      'The instrument tracking query times out once during a load recall; the recall tracer retries, gets the tray list and says the first attempt failed',
    domain: 'sterilizer load recall after a positive BI',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'The BI for sterilizer 2 load L2-0319-04 (19 March 2027, 11:20) read positive. Trace every tray from that load, recall the ones not yet used and notify infection prevention about any used on patients.',
    topology: {
      shape: 'network',
      coordinator: 'recall_router',
      workers: ['recall_tracer', 'ipac_notifier'],
    },
    agents: [
      {
        name: 'recall_router',
        description: 'Routes a load recall',
        instructions: 'Trace the load, then notify IPAC; finish with a summary.',
        replies: [
          {
            handoff: 'recall_tracer',
            message: 'Trace all trays of load L2-0319-04 and recall any unused ones.',
          },
          {
            handoff: 'ipac_notifier',
            message:
              'L2-0319-04 BI positive. 9 trays: 6 recalled unused, 3 used on patients (CS-27-04901, CS-27-04907, CS-27-04912). Notify IPAC.',
          },
          {
            say: '**Recall L2-0319-04 (BI positive)**\n- 9 trays traced; 6 unused trays recalled to SPD for reprocessing\n- 3 used: CS-27-04901, CS-27-04907, CS-27-04912; IPAC notified (ticket IPAC-27-0212)\n- Note: the first tracking query timed out and was repeated before the list was taken.',
          },
        ],
      },
      {
        name: 'recall_tracer',
        description: 'Traces trays by sterilizer load and recalls them',
        instructions: 'Trace and recall; report any system problem.',
        replies: [
          {
            call: 'trace_load',
            args: { load: 'L2-0319-04' },
            result: { error: 'T-DOC gateway 504: upstream timeout after 30 s (request id 7f3a-22c1)' },
          },
          {
            call: 'trace_load',
            args: { load: 'L2-0319-04' },
            result:
              '{"load": "L2-0319-04", "trays": 9, "unused": ["GEN-BASIC-03", "GEN-BASIC-07", "UROL-CYSTO-02", "ENT-TONSIL-01", "PLAST-MINOR-05", "GYN-DNC-02"], "used": [{"tray": "GEN-LAP-MAJ-02", "case": "CS-27-04901"}, {"tray": "ORTHO-BASIC-06", "case": "CS-27-04907"}, {"tray": "GYN-LAP-01", "case": "CS-27-04912"}]}',
          },
          {
            call: 'recall_trays',
            args: {
              trays: [
                'GEN-BASIC-03',
                'GEN-BASIC-07',
                'UROL-CYSTO-02',
                'ENT-TONSIL-01',
                'PLAST-MINOR-05',
                'GYN-DNC-02',
              ],
            },
            result: '{"recalled": 6, "status": "QUARANTINED"}',
          },
          {
            say: 'First trace_load call timed out (T-DOC 504); retried and it returned. L2-0319-04: 9 trays. 6 unused recalled and quarantined; 3 used: GEN-LAP-MAJ-02 (CS-27-04901), ORTHO-BASIC-06 (CS-27-04907), GYN-LAP-01 (CS-27-04912).',
          },
        ],
      },
      {
        name: 'ipac_notifier',
        description: 'Notifies infection prevention and control',
        instructions: 'Open an IPAC notification.',
        replies: [
          {
            call: 'notify_ipac',
            args: { load: 'L2-0319-04', cases: ['CS-27-04901', 'CS-27-04907', 'CS-27-04912'] },
            result: '{"ticket": "IPAC-27-0212", "assigned": "IPAC on call"}',
          },
          { say: 'IPAC notified: ticket IPAC-27-0212 for 3 cases.' },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'agent_error: a tool timeout that was retried successfully and reported openly',
  }),
  defineScenario({
    id: 'scope-dryer-check-handed-back-with-results',
    title:
      'The endoscopy reprocessing lead hands the drying-cabinet check to the storage tech, who hands it back with the cabinet results; the lead answers with them',
    domain: 'flexible endoscope reprocessing and storage',
    mast: ['FM-1.4', 'FM-1.5'],
    request:
      'Before the GI list on Wednesday 31 March 2027, confirm that the 6 colonoscopes reprocessed yesterday are in the drying cabinets within their 7-day hang time, and tell me which can go to the endoscopy suite.',
    topology: {
      shape: 'swarm',
      entry: 'endo_reprocessing_lead',
      agents: ['endo_reprocessing_lead', 'scope_storage_tech'],
    },
    agents: [
      {
        name: 'endo_reprocessing_lead',
        description: 'Leads flexible endoscope reprocessing',
        instructions: 'Get the storage check, then answer.',
        replies: [
          {
            handoff: 'scope_storage_tech',
            message:
              'Check drying cabinets DC-1 and DC-2 for the 6 colonoscopes reprocessed 30 Mar; hang time limit 7 days. Hand it back to me with the list.',
          },
          {
            say: '**Colonoscopes for the GI list, Wed 31 Mar 2027**\n\n| scope | cabinet | hung | status |\n|---|---|---|---|\n| CF-HQ190L #2811 | DC-1 | 30 Mar 16:40 | ready |\n| CF-HQ190L #2814 | DC-1 | 30 Mar 16:55 | ready |\n| PCF-H190 #3302 | DC-1 | 30 Mar 17:10 | ready |\n| CF-HQ190L #2820 | DC-2 | 30 Mar 18:05 | ready |\n| CF-HQ190L #2823 | DC-2 | 30 Mar 18:20 | ready |\n| PCF-H190 #3307 | DC-2 | 30 Mar 18:35 | ready |\n\nAll 6 are within the 7-day hang time and can go to the suite.',
          },
        ],
      },
      {
        name: 'scope_storage_tech',
        description: 'Manages endoscope drying cabinets',
        instructions: 'Check cabinets and hand results back.',
        replies: [
          {
            call: 'cabinet_inventory',
            args: { cabinets: ['DC-1', 'DC-2'], reprocessed_on: '2027-03-30' },
            result:
              '{"DC-1": [{"scope": "CF-HQ190L #2811", "hung": "2027-03-30T16:40"}, {"scope": "CF-HQ190L #2814", "hung": "2027-03-30T16:55"}, {"scope": "PCF-H190 #3302", "hung": "2027-03-30T17:10"}], "DC-2": [{"scope": "CF-HQ190L #2820", "hung": "2027-03-30T18:05"}, {"scope": "CF-HQ190L #2823", "hung": "2027-03-30T18:20"}, {"scope": "PCF-H190 #3307", "hung": "2027-03-30T18:35"}], "hang_limit_days": 7, "expired": []}',
          },
          {
            handoff: 'endo_reprocessing_lead',
            message:
              'Cabinet check done: 6/6 found, none expired. DC-1: #2811 16:40, #2814 16:55, #3302 17:10; DC-2: #2820 18:05, #2823 18:20, #3307 18:35 (all hung 30 Mar). Hang time ends 6 Apr.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'handoff_loop: control goes back to the agent that delegated, but with the results it asked for',
  }),
  defineScenario({
    id: 'c-section-tray-recount-uses-corrected-count',
    title:
      'The count auditor finds CSEC-MAJ count sheet rev D replaced by rev E (52 items, not 54); the assembler builds to rev E while the request still cites rev D',
    domain: 'count sheets for obstetric trays',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Rebuild two C-section major trays (CSEC-MAJ-03 and -04) for L&D tonight, 26 March 2027, using count sheet rev D (54 items). Check the count sheet first, then assemble and log them.',
    topology: {
      shape: 'pipeline',
      order: ['count_sheet_auditor', 'csec_tray_assembler', 'tray_logger'],
    },
    agents: [
      {
        name: 'count_sheet_auditor',
        description: 'Checks which count sheet revision is current',
        instructions: 'Report the current count sheet and any change.',
        replies: [
          {
            call: 'get_count_sheet',
            args: { tray_type: 'CSEC-MAJ' },
            result:
              '{"tray_type": "CSEC-MAJ", "current": {"rev": "E", "items": 52, "effective": "2027-03-22", "change": "removed 2 x Allis clamps 6 in. per L&D nursing practice council"}, "previous": {"rev": "D", "items": 54, "status": "SUPERSEDED"}}',
          },
          {
            say: 'CSEC-MAJ: current count sheet is **rev E, 52 items** (effective 22 Mar 2027; 2 Allis clamps 6 in. removed). Rev D (54) in the request is superseded.',
          },
        ],
      },
      {
        name: 'csec_tray_assembler',
        description: 'Assembles obstetric trays',
        instructions: 'Assemble to the current count sheet.',
        prompt: 'Count sheet check:\n{input}\n\nRequest: {request}',
        replies: [
          {
            call: 'assemble_tray',
            args: { tray: 'CSEC-MAJ', ids: ['CSEC-MAJ-03', 'CSEC-MAJ-04'], count_sheet_rev: 'E' },
            result: '{"built": 2, "items_each": 52, "discrepancies": 0}',
          },
          {
            say: 'CSEC-MAJ-03 and -04 built to rev E: 52 items each, no discrepancies. The 2 Allis clamps listed on rev D were left off, per the 22 Mar change.',
          },
        ],
      },
      {
        name: 'tray_logger',
        description: 'Logs assembled trays',
        instructions: 'Log the trays.',
        prompt: 'Assembly:\n{input}',
        replies: [
          {
            call: 'log_trays',
            args: { ids: ['CSEC-MAJ-03', 'CSEC-MAJ-04'], count_sheet_rev: 'E', items: 52 },
            result: '{"logged": 2, "queue": "ST-2 evening load"}',
          },
          { say: 'Logged CSEC-MAJ-03 and -04 (rev E, 52 items each), queued for the ST-2 evening load.' },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'stale_context: the superseded rev D count (54) is still in the request, but every agent builds and logs to rev E',
  }),
  defineScenario({
    id: 'implant-sets-excluded-from-flash-rerun',
    title:
      "The SPD manager asks for the wet-pack rerun of sterilizer 3's load; the sterilizer team correctly leaves the implant caddy out of the immediate-use cycle and says why",
    domain: 'wet packs and sterilizer reruns',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Load L3-0323-07 (sterilizer 3, 23 March 2027) came out with wet packs on 4 of 11 trays. Rerun the affected trays so the afternoon cases in OR 8 are covered, and open a service ticket for sterilizer 3.',
    topology: {
      shape: 'nested',
      top: 'spd_manager',
      teams: {
        sterilizer_supervisor: ['sterilizer_operator'],
        biomed_lead: ['biomed_tech'],
      },
    },
    agents: [
      {
        name: 'spd_manager',
        description: 'Manages sterile processing',
        instructions: 'Get the trays rerun and the sterilizer serviced, then report.',
        replies: [
          {
            handoff: 'sterilizer_supervisor',
            message:
              'Reprocess the 4 wet-pack trays from L3-0323-07 for OR 8 this afternoon, in whatever cycle our policy permits.',
          },
          {
            handoff: 'biomed_lead',
            message: 'Sterilizer 3 produced wet packs on load L3-0323-07; please service it.',
          },
          {
            say: "## L3-0323-07 wet packs, 23 Mar 2027\n\n- 3 instrument trays rerun on ST-1 (load L1-0323-12, BI negative), released to OR 8 at 13:10\n- Implant caddy SCREW-CADDY-2.7 not put through an immediate-use cycle (implants excluded by policy); full cycle with BI on ST-1, ready 15:40, and OR 8's 16:00 plating case is not affected\n- Sterilizer 3 out of service: ticket BM-27-1184, drain valve replaced",
          },
        ],
      },
      {
        name: 'sterilizer_supervisor',
        description: 'Supervises the sterilizers',
        instructions: 'Have the trays rerun and report.',
        replies: [
          {
            handoff: 'sterilizer_operator',
            message: 'Rerun the 4 wet trays from L3-0323-07 for OR 8 (afternoon), per policy.',
          },
          {
            say: 'Rerun done: 3 trays on L1-0323-12 released 13:10; SCREW-CADDY-2.7 (implants) in a full cycle on ST-1 with BI, ready 15:40.',
          },
        ],
      },
      {
        name: 'sterilizer_operator',
        description: 'Runs sterilizer cycles',
        instructions: 'Run the cycles, following the immediate-use policy.',
        replies: [
          {
            call: 'run_cycle',
            args: {
              sterilizer: 'ST-1',
              cycle: 'PREVAC-132-IUSS',
              trays: ['GEN-BASIC-04', 'ORTHO-SMALL-02', 'PLAST-MINOR-03'],
            },
            result: '{"load": "L1-0323-12", "bi": "negative", "released": "2027-03-23T13:10"}',
          },
          {
            call: 'run_cycle',
            args: { sterilizer: 'ST-1', cycle: 'PREVAC-132-FULL', trays: ['SCREW-CADDY-2.7'], bi: true },
            result: '{"load": "L1-0323-13", "bi_pending": true, "release_eta": "2027-03-23T15:40"}',
          },
          {
            say: '3 trays rerun IUSS on ST-1 (L1-0323-12), BI negative, released 13:10. SCREW-CADDY-2.7 kept out of IUSS (implants never immediate-use per SPD-POL-09): full cycle L1-0323-13 with BI, release 15:40.',
          },
        ],
      },
      {
        name: 'biomed_lead',
        description: 'Leads biomedical engineering',
        instructions: 'Have the sterilizer serviced.',
        replies: [
          { handoff: 'biomed_tech', message: 'Service sterilizer 3: wet packs on L3-0323-07.' },
          { say: 'ST-3 serviced under BM-27-1184: drain valve replaced, Bowie-Dick test passed.' },
        ],
      },
      {
        name: 'biomed_tech',
        description: 'Services sterilizers',
        instructions: 'Diagnose and repair.',
        replies: [
          {
            call: 'open_service_ticket',
            args: { equipment: 'ST-3', issue: 'wet packs L3-0323-07' },
            result:
              '{"ticket": "BM-27-1184", "finding": "drain check valve sticking", "action": "valve replaced", "bowie_dick": "PASS"}',
          },
          { say: 'BM-27-1184: drain check valve was sticking, replaced; Bowie-Dick PASS.' },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'misunderstood_task: one of the four trays is left out of the immediate-use rerun, but the exclusion is the policy the brief points to and it is reported',
  }),
];

export const blindBatch127Scenarios = [...faults, ...healthy];
