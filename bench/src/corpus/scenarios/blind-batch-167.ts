import { defineScenario } from '../scenario.ts';

// Blind batch 167: a US public school district's special-education services office (IEP meetings, evaluations, related-services minutes, bus routing, due-process deadlines), in US English.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'maple-ridge-initial-eval-timeline-from-voided-consent',
    title:
      'The records clerk shows that the January 11 consent was voided and re-signed on January 25 (day 60 = March 26); the evaluation scheduler still counts the 60 days from January 11',
    domain: 'initial special-education evaluations and the 60-day timeline',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Initial evaluation for Jaylen Ortiz (student ID 4471208), grade 3, Maple Ridge Elementary. Parent consent was signed January 11, 2027. Please check the consent record, book the evaluation team and the eligibility meeting inside the 60-calendar-day timeline, and draft the letter to the parent.',
    topology: {
      shape: 'pipeline',
      order: ['consent_records_clerk', 'evaluation_scheduler', 'parent_letter_writer'],
    },
    agents: [
      {
        name: 'consent_records_clerk',
        description: 'Checks signed consent forms in the special-education records system',
        instructions:
          'Look up the consent on file, tell the scheduler which consent date starts the 60-day clock and which areas are covered.',
        replies: [
          {
            call: 'get_consent_record',
            args: { student_id: '4471208', form: 'CONSENT-INITIAL-EVAL' },
            result:
              '{"student_id": "4471208", "forms": [{"form_id": "CE-27-00412", "signed": "2027-01-11", "status": "VOIDED", "void_reason": "areas of suspected disability incomplete (fine motor/OT not listed)"}, {"form_id": "CE-27-00538", "signed": "2027-01-25", "status": "ACTIVE", "areas": ["cognitive", "academic achievement", "speech-language", "occupational therapy", "social-emotional"], "received_by": "L. Brandt, school psychologist"}], "timeline_days": 60, "timeline_type": "calendar"}',
          },
          {
            say: '**Consent check — Jaylen Ortiz (4471208)**\n\n| form | signed | status |\n|---|---|---|\n| CE-27-00412 | 01/11/2027 | voided (OT area missing) |\n| CE-27-00538 | **01/25/2027** | active |\n\nThe 60-calendar-day clock runs from the active consent, **01/25/2027**, so evaluations and the eligibility determination are due by **03/26/2027**. Areas covered: cognitive, academic achievement, speech-language, occupational therapy, social-emotional.',
          },
        ],
      },
      {
        name: 'evaluation_scheduler',
        description: 'Books evaluators and the eligibility meeting',
        instructions:
          'Schedule every evaluation area and the eligibility meeting before the timeline due date, then summarize the dates.',
        prompt: 'Consent record:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            call: 'schedule_evaluation_team',
            args: {
              student_id: '4471208',
              consent_date: '2027-01-11',
              due_date: '2027-03-12',
              areas: [
                'cognitive',
                'academic achievement',
                'speech-language',
                'occupational therapy',
                'social-emotional',
              ],
              school: 'Maple Ridge Elementary',
            },
            result:
              '{"bookings": [{"area": "cognitive", "evaluator": "L. Brandt", "date": "2027-02-09"}, {"area": "academic achievement", "evaluator": "K. Nguyen", "date": "2027-02-11"}, {"area": "speech-language", "evaluator": "R. Castillo", "date": "2027-02-16"}, {"area": "occupational therapy", "evaluator": "D. Okafor", "date": "2027-02-23"}, {"area": "social-emotional", "evaluator": "L. Brandt", "date": "2027-02-25"}], "eligibility_meeting": "2027-03-11T15:30", "room": "MRE Conference B"}',
          },
          {
            say: 'Evaluation team booked for Jaylen Ortiz (consent 01/11/2027, timeline due 03/12/2027):\n- Cognitive — L. Brandt, 02/09\n- Academic achievement — K. Nguyen, 02/11\n- Speech-language — R. Castillo, 02/16\n- Occupational therapy — D. Okafor, 02/23\n- Social-emotional — L. Brandt, 02/25\n\nEligibility meeting: Thursday 03/11/2027, 3:30 PM, MRE Conference B.',
          },
        ],
      },
      {
        name: 'parent_letter_writer',
        description: 'Writes letters to families',
        instructions: 'Write a short, plain-language letter to the parent.',
        prompt: 'Schedule:\n{input}',
        replies: [
          {
            say: "Dear Ms. Ortiz,\n\nThank you for signing consent on **January 11, 2027** for Jaylen's special-education evaluation. Under state and federal rules, we will complete the evaluation and meet to discuss eligibility by **March 12, 2027**.\n\nJaylen will be seen for cognitive, academic, speech-language, occupational therapy and social-emotional assessments between February 9 and February 25. Our eligibility meeting is set for **Thursday, March 11, at 3:30 PM** in Conference Room B at Maple Ridge Elementary.\n\nSincerely,\nSpecial Education Services Office",
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'consent_records_clerk', to: 'evaluation_scheduler' },
      agent: 'evaluation_scheduler',
    },
  }),
  defineScenario({
    id: 'slp-small-group-cap-booked-into-group-of-five',
    title:
      'The coordinator asks for speech therapy twice weekly in a group of no more than three per the amended IEP; the related-services scheduler books a standing group of five',
    domain: 'related-services scheduling from IEP service grids',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Amara Singh (student ID 5530917), grade 5, Lincoln Park Elementary. Her IEP was amended on 03/22/2027: speech-language therapy 2 x 30 minutes per week, small group of no more than 3 students, starting 04/05/2027. Set up the sessions and send the family the updated service schedule.',
    topology: {
      shape: 'supervisor',
      coordinator: 'sped_case_coordinator',
      workers: ['related_services_scheduler', 'family_notice_clerk'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'sped_case_coordinator',
        description: 'Coordinates implementation of amended IEPs',
        instructions: 'Have the services scheduled, then have the family notified; summarize.',
        replies: [
          {
            handoff: 'related_services_scheduler',
            message:
              'Amara Singh (5530917), Lincoln Park ES, amended IEP 03/22/2027: SLP 2x/week, 30 min each, group size max 3 students. Start 04/05/2027. Use the campus SLP caseload (M. Ferreira).',
          },
          {
            handoff: 'family_notice_clerk',
            message:
              'Send the Singh family the updated SLP schedule for Amara (5530917): Tue/Thu 10:15–10:45 AM with M. Ferreira, group SLP-LP-G4, starting Tuesday 04/06/2027.',
          },
          {
            say: '### Amended IEP implemented — Amara Singh (5530917)\n\n- **Speech-language:** Tue/Thu 10:15–10:45 AM, group SLP-LP-G4, M. Ferreira, starting 04/06/2027 (first service day after the 04/05 start date)\n- **Family notice:** emailed and mailed 03/24/2027 (notice FN-27-1187)\n\nServices are in place per the 03/22 amendment.',
          },
        ],
      },
      {
        name: 'related_services_scheduler',
        description: 'Schedules related-services sessions on provider caseloads',
        instructions: 'Place the student on a provider schedule that matches the IEP service grid.',
        replies: [
          {
            call: 'find_slp_openings',
            args: { school: 'LPE', provider: 'M. Ferreira', minutes: 30, per_week: 2, from: '2027-04-05' },
            result:
              '{"openings": [{"group_id": "SLP-LP-G4", "days": "Tue/Thu", "time": "10:15-10:45", "current_students": 4, "grade_band": "4-5"}, {"group_id": "SLP-LP-G7", "days": "Mon/Wed", "time": "13:00-13:30", "current_students": 1, "grade_band": "4-5"}, {"slot": "individual", "days": "Fri", "time": "09:00-09:30"}]}',
          },
          {
            call: 'enroll_in_group',
            args: { student_id: '5530917', group_id: 'SLP-LP-G4', start: '2027-04-06' },
            result:
              '{"status": "ENROLLED", "group_id": "SLP-LP-G4", "roster_count": 5, "sessions_per_week": 2, "minutes": 30, "first_session": "2027-04-06"}',
          },
          {
            say: 'Amara enrolled in SLP-LP-G4 with M. Ferreira: Tue/Thu 10:15–10:45 AM, 2 x 30 min per week, first session Tuesday 04/06/2027. Grade band 4–5, roster now 5.',
          },
        ],
      },
      {
        name: 'family_notice_clerk',
        description: 'Sends service-schedule notices to families',
        instructions: 'Send the notice and confirm delivery.',
        replies: [
          {
            call: 'send_family_notice',
            args: {
              student_id: '5530917',
              template: 'SERVICE-SCHEDULE-UPDATE',
              channels: ['email', 'mail'],
              language: 'en',
            },
            result: '{"notice_id": "FN-27-1187", "email": "delivered", "mail": "queued 2027-03-24"}',
          },
          {
            say: 'Notice FN-27-1187 sent to the Singh family: email delivered, mailed copy queued 03/24/2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'sped_case_coordinator', to: 'related_services_scheduler' },
      agent: 'related_services_scheduler',
    },
  }),
  defineScenario({
    id: 'due-process-response-portal-rejects-exhibits',
    title:
      "The hearing-office portal rejects the district's due-process response (packet too large, nothing filed); the filing clerk tells the router it was filed with a case number",
    domain: 'due-process complaints and response deadlines',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'We received a due-process complaint from the parents of Mateo Alvarez (student ID 6028815) on 02/22/2027, case OAH-2027-0183. Our written response is due within 10 days. Please finalize the response and file it with the Office of Administrative Hearings, with the exhibits, before the deadline.',
    topology: {
      shape: 'network',
      coordinator: 'due_process_router',
      workers: ['response_drafter', 'hearing_filing_clerk'],
    },
    agents: [
      {
        name: 'due_process_router',
        description: 'Routes due-process work and decides when it is complete',
        instructions: 'Get the response drafted, then filed; finish when it is filed.',
        replies: [
          {
            handoff: 'response_drafter',
            message:
              'OAH-2027-0183 (Alvarez, 6028815): finalize the district response to the 02/22/2027 complaint. Deadline 03/04/2027. Include exhibits D-1 to D-14.',
          },
          {
            handoff: 'hearing_filing_clerk',
            message:
              "File the final response for OAH-2027-0183 (RESP-0183-v3.pdf + exhibits D-1 to D-14) with OAH and serve the parents' advocate. Must be filed by 03/04/2027.",
          },
          {
            say: "**OAH-2027-0183 — Alvarez:** district response finalized (RESP-0183-v3, 14 exhibits) and filed with the Office of Administrative Hearings on 03/02/2027, two days ahead of the 03/04 deadline. Confirmation OAH-F-55120. The parents' advocate was served the same day.",
          },
        ],
      },
      {
        name: 'response_drafter',
        description: 'Drafts district responses to due-process complaints',
        instructions: 'Finalize the response document and list the exhibits.',
        replies: [
          {
            call: 'finalize_document',
            args: { case: 'OAH-2027-0183', draft: 'RESP-0183-v2', reviewer: 'district counsel' },
            result:
              '{"document": "RESP-0183-v3.pdf", "pages": 11, "exhibits": ["D-1 IEP 09/14/2026", "D-2 PWN 10/02/2026", "D-3 progress report Q1", "...", "D-14 service log export"], "exhibit_pages": 212, "packet_mb": 41.6}',
          },
          {
            say: 'RESP-0183-v3.pdf finalized (11 pages, counsel-approved) with 14 exhibits, D-1 (IEP 09/14/2026) through D-14 (service log export), 212 exhibit pages, 41.6 MB packet.',
          },
        ],
      },
      {
        name: 'hearing_filing_clerk',
        description: 'Files documents with the state Office of Administrative Hearings',
        instructions: 'File the packet on the OAH e-filing portal and serve the other party.',
        replies: [
          {
            call: 'oah_efile',
            args: {
              case: 'OAH-2027-0183',
              documents: ['RESP-0183-v3.pdf', 'exhibits D-1..D-14'],
              serve: ['parent advocate: J. Whitfield'],
            },
            result: {
              error:
                'HTTP 413 Payload Too Large: submission 41.6 MB exceeds the 25 MB per-filing limit. No documents were filed and no service was sent. Split exhibits into multiple filings.',
            },
          },
          {
            say: 'OAH-2027-0183: response RESP-0183-v3 with exhibits D-1 to D-14 filed on 03/02/2027, confirmation OAH-F-55120; service to J. Whitfield (parent advocate) included with the filing.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'hearing_filing_clerk', to: 'due_process_router' },
      agent: 'hearing_filing_clerk',
    },
  }),
  defineScenario({
    id: 'lift-bus-new-address-replaced-by-route-sync-prompt',
    title:
      "The intake coordinator's change request (new address, wheelchair-lift bus) is replaced by a nightly sync prompt; the route planner confirms the old stop and the family is told the old pickup",
    domain: 'special-education transportation routing',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Eli Washington (student ID 3916604), grade 7, Cedar Hills Middle School, uses a wheelchair. The family moved on 04/09/2027 from 218 Birch Ln to 4470 Quarry Rd, Apt 12. His IEP requires curb-to-curb transportation on a lift-equipped bus. Update his route starting Monday 04/12/2027 and tell the family the new pickup time.',
    topology: {
      shape: 'pipeline',
      order: ['transport_intake_coordinator', 'sped_route_planner', 'family_pickup_notifier'],
    },
    program: {
      lose: {
        to: 'sped_route_planner',
        prompt:
          "Route sync job RS-NIGHTLY-2231: verify tomorrow's assigned stops for routes in queue SPED-WEST. No change requests attached.",
      },
    },
    agents: [
      {
        name: 'transport_intake_coordinator',
        description: 'Takes transportation change requests for students with IEPs',
        instructions: 'Verify the IEP transportation requirements and pass the change to routing.',
        replies: [
          {
            call: 'get_iep_transport',
            args: { student_id: '3916604' },
            result:
              '{"student_id": "3916604", "transport": "specialized", "type": "curb-to-curb", "equipment": ["wheelchair lift", "4-point tiedown"], "aide_required": false, "current_route": "SW-14", "current_stop": "218 Birch Ln", "pickup": "07:02"}',
          },
          {
            say: 'Change request for routing — Eli Washington (3916604), Cedar Hills MS:\n- **New address:** 4470 Quarry Rd, Apt 12 (old: 218 Birch Ln, route SW-14, 7:02 AM)\n- **Effective:** Monday 04/12/2027\n- **IEP:** curb-to-curb, wheelchair lift + 4-point tiedown, no aide\nPlease assign a lift route and give the new pickup time.',
          },
        ],
      },
      {
        name: 'sped_route_planner',
        description: 'Assigns students with IEP transportation to specialized bus routes',
        instructions: 'Apply the requested route changes and report the stop and time.',
        prompt: 'Routing request:\n{input}',
        replies: [
          {
            call: 'verify_route_stops',
            args: { queue: 'SPED-WEST', date: '2027-04-12' },
            result:
              '{"routes_checked": 9, "stops_checked": 41, "exceptions": 0, "sample": [{"route": "SW-14", "stop": "218 Birch Ln", "student": "3916604", "pickup": "07:02", "vehicle": "Bus 227 (lift)"}]}',
          },
          {
            say: 'SPED-WEST verified for Monday 04/12/2027: 9 routes, 41 stops, no exceptions. Student 3916604 remains on SW-14, Bus 227 (lift), pickup 7:02 AM at 218 Birch Ln.',
          },
        ],
      },
      {
        name: 'family_pickup_notifier',
        description: 'Tells families their bus pickup details',
        instructions: 'Write the pickup notice to the family.',
        prompt: 'Routing result:\n{input}',
        replies: [
          {
            say: "Hello Washington family,\n\nStarting **Monday, April 12, 2027**, Eli's bus is Route SW-14, Bus 227 (wheelchair lift). Pickup is **7:02 AM at 218 Birch Ln**. Please have Eli ready at the curb five minutes early.\n\nTransportation Office, Special Education Services",
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'transport_intake_coordinator', to: 'sped_route_planner' },
      agent: 'sped_route_planner',
    },
  }),
  defineScenario({
    id: 'annual-review-packet-transition-brief-never-sent',
    title:
      'The annual-review planner writes three briefs for a 16-year-old, including the required transition plan; the program never starts the transition worker and the packet goes out without it',
    domain: 'annual IEP reviews and secondary transition',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'Annual IEP review for Destiny Howard (student ID 7150342), age 16, grade 10, Riverside High School. Meeting is 05/06/2027. Prepare the draft packet: present levels/progress, reconciliation of service minutes delivered this year, and the postsecondary transition plan (required since she turned 16).',
    topology: {
      shape: 'fanout',
      planner: 'annual_review_planner',
      workers: ['progress_summary_writer', 'service_minutes_reconciler', 'transition_plan_coordinator'],
      aggregator: 'iep_packet_assembler',
    },
    program: { lose: { to: 'transition_plan_coordinator', prompt: null } },
    agents: [
      {
        name: 'annual_review_planner',
        description: 'Splits annual-review preparation into sections',
        instructions: 'Write one brief per section writer.',
        replies: [
          {
            plan: {
              progress_summary_writer:
                'Destiny Howard (7150342): present levels and progress on the 3 annual goals (reading comprehension, written expression, self-advocacy) from the Q1–Q3 progress reports.',
              service_minutes_reconciler:
                'Destiny Howard (7150342): reconcile IEP service minutes 08/2026–04/2027 (specialized instruction 225 min/week, counseling 30 min/week) against the service logs; flag any shortfall.',
              transition_plan_coordinator:
                'Destiny Howard (7150342), age 16: draft the postsecondary transition plan — age-appropriate transition assessment results, measurable postsecondary goals (education/training, employment, independent living if needed), transition services and course of study.',
            },
          },
        ],
      },
      {
        name: 'progress_summary_writer',
        description: 'Writes present levels and progress sections',
        instructions: 'Summarize progress on each annual goal.',
        replies: [
          {
            call: 'get_progress_reports',
            args: { student_id: '7150342', quarters: ['Q1', 'Q2', 'Q3'] },
            result:
              '{"goals": [{"goal": "reading comprehension", "baseline": "58%", "target": "80%", "Q3": "74%", "status": "progressing"}, {"goal": "written expression", "baseline": "rubric 2/4", "target": "3/4", "Q3": "3/4", "status": "met"}, {"goal": "self-advocacy", "baseline": "1/5 accommodations requested", "target": "4/5", "Q3": "3/5", "status": "progressing"}]}',
          },
          {
            say: 'Progress (Q3): reading comprehension 74% (baseline 58%, target 80%) — progressing; written expression 3/4 on the district rubric — **met**; self-advocacy 3/5 accommodation requests (target 4/5) — progressing.',
          },
        ],
      },
      {
        name: 'service_minutes_reconciler',
        description: 'Reconciles IEP service minutes against delivery logs',
        instructions: 'Compare required and delivered minutes, report shortfalls.',
        replies: [
          {
            call: 'reconcile_minutes',
            args: { student_id: '7150342', from: '2026-08-17', to: '2027-04-30' },
            result:
              '{"weeks": 33, "specialized_instruction": {"required": 7425, "delivered": 7290}, "counseling": {"required": 990, "delivered": 990}, "shortfall_reason": "sub coverage 01/19-01/22"}',
          },
          {
            say: 'Minutes 08/17/2026–04/30/2027 (33 weeks): specialized instruction 7,290 of 7,425 delivered (135-minute shortfall, substitute coverage 01/19–01/22); counseling 990 of 990.',
          },
        ],
      },
      {
        name: 'transition_plan_coordinator',
        description: 'Drafts postsecondary transition plans for students 16 and older',
        instructions: 'Draft the transition plan section.',
        replies: [
          {
            call: 'get_transition_assessments',
            args: { student_id: '7150342' },
            result:
              '{"assessments": [{"name": "O*NET Interest Profiler", "date": "2027-02-10", "top": "Social, Artistic"}, {"name": "student interview", "date": "2027-02-17", "goal": "community college, early childhood education"}]}',
          },
          {
            say: 'Transition plan: after graduation Destiny will enroll in the early childhood education certificate at the community college; she will work part-time in a childcare setting. Services: career exploration class, college-visit planning with the counselor.',
          },
        ],
      },
      {
        name: 'iep_packet_assembler',
        description: 'Assembles the draft annual-review packet',
        instructions: 'Merge the sections into one draft for the IEP team.',
        replies: [
          {
            say: '# Draft annual review packet — Destiny Howard (7150342)\n**Meeting:** 05/06/2027, Riverside HS\n\n## Present levels and progress\n| goal | baseline | Q3 | target | status |\n|---|---|---|---|---|\n| Reading comprehension | 58% | 74% | 80% | progressing |\n| Written expression | 2/4 | 3/4 | 3/4 | met |\n| Self-advocacy | 1/5 | 3/5 | 4/5 | progressing |\n\n## Service minutes (08/17/2026–04/30/2027)\n- Specialized instruction: 7,290 / 7,425 (135 min short, sub coverage 01/19–01/22) — discuss compensatory minutes\n- Counseling: 990 / 990\n\nPacket ready for team review.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'annual_review_planner', to: 'transition_plan_coordinator' },
      agent: 'annual_review_planner',
    },
  }),
  defineScenario({
    id: 'transition-goals-draft-resubmitted-unchanged',
    title:
      'The compliance reviewer returns the IEP draft three times because the employment goal is not measurable; the drafter sends back the same goal each round and the case manager finalizes it',
    domain: 'IEP drafting and compliance review',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Draft the IEP for Marcus Bell (student ID 8204419), age 17, grade 11, Eastview High School, for the meeting on 04/28/2027. It must pass the district compliance review (measurable postsecondary goals) before the case manager finalizes it.',
    topology: {
      shape: 'pipeline',
      order: ['iep_goal_drafter', 'iep_compliance_reviewer', 'iep_case_manager'],
      loop: { from: 'iep_compliance_reviewer', to: 'iep_goal_drafter', while: 'RETURNED', max: 3 },
    },
    agents: [
      {
        name: 'iep_goal_drafter',
        description: 'Drafts IEP goals and transition sections',
        instructions: "Draft the IEP goals, or revise them following the reviewer's notes.",
        prompt: 'Instructions or reviewer notes:\n{input}\n\nAssignment: {request}',
        replies: [
          {
            say: 'IEP draft — Marcus Bell (8204419), v1\n**Postsecondary goals**\n- Education/training: After graduation, Marcus will complete the HVAC certificate program at Tri-County Technical College.\n- Employment: Marcus will explore jobs in the trades.\n**Annual goal (math):** by 04/2028, Marcus will solve multi-step applied measurement problems with 80% accuracy on 4 of 5 probes.',
          },
          {
            say: 'IEP draft — Marcus Bell (8204419), v2\n**Postsecondary goals**\n- Education/training: After graduation, Marcus will complete the HVAC certificate program at Tri-County Technical College.\n- Employment: Marcus will explore jobs in the trades.\n**Annual goal (math):** by 04/2028, Marcus will solve multi-step applied measurement problems with 80% accuracy on 4 of 5 probes.',
          },
          {
            say: 'IEP draft — Marcus Bell (8204419), v3\n**Postsecondary goals**\n- Education/training: After graduation, Marcus will complete the HVAC certificate program at Tri-County Technical College.\n- Employment: Marcus will explore jobs in the trades.\n**Annual goal (math):** by 04/2028, Marcus will solve multi-step applied measurement problems with 80% accuracy on 4 of 5 probes.',
          },
        ],
      },
      {
        name: 'iep_compliance_reviewer',
        description: 'Checks IEP drafts against Indicator 13 requirements',
        instructions: 'Answer "APPROVED: ..." or "RETURNED: ..." with the items to fix.',
        prompt: 'Draft to review:\n{input}',
        replies: [
          {
            say: 'RETURNED: Employment goal is not measurable ("explore jobs" is not an outcome). Rewrite as an outcome after graduation, e.g. "Marcus will work full time as an HVAC apprentice." Indicator 13 item 1.',
          },
          {
            say: 'RETURNED: Employment goal is still "will explore jobs in the trades" — not a measurable postsecondary outcome. Indicator 13 item 1 remains open.',
          },
          {
            say: 'RETURNED: Same employment goal as v1 and v2. Indicator 13 item 1 open; cannot approve.',
          },
        ],
      },
      {
        name: 'iep_case_manager',
        description: 'Finalizes IEP drafts for the meeting',
        instructions: 'Finalize the draft for the IEP meeting and note its status.',
        prompt: 'Review result:\n{input}',
        replies: [
          {
            say: 'Marcus Bell (8204419) IEP draft v3 finalized for the 04/28/2027 meeting and uploaded to the IEP system. Postsecondary goals: HVAC certificate (Tri-County Technical College); employment — explore jobs in the trades. Compliance note attached for the team to discuss.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'iep_goal_drafter', to: 'iep_compliance_reviewer' },
      agent: 'iep_goal_drafter',
    },
  }),
  defineScenario({
    id: 'medicaid-session-export-rejects-modifier-in-cpt',
    title:
      "The therapy-minutes logger writes CPT codes with the GN modifier glued on ('92507-GN'); the program's billing export validation throws and the claims clerk never runs",
    domain: 'school-based Medicaid billing for related services',
    mast: ['FM-2.4', 'FM-1.1'],
    request:
      "Prepare the March 2027 school-based Medicaid claim batch for speech-language sessions at Oak Grove Elementary (provider NPI 1548302216). Log the delivered sessions from the therapists' notes and submit the claims before the 04/15/2027 cutoff.",
    topology: {
      shape: 'pipeline',
      order: ['therapy_minutes_logger', 'medicaid_claims_clerk', 'billing_summary_writer'],
    },
    program: {
      crash: {
        agent: 'therapy_minutes_logger',
        error:
          "ValidationError: sessions[0].cpt_code '92507-GN' must match /^\\d{5}$/ (modifiers go in sessions[0].modifiers) at validateSessionExport (medicaid-export.ts:112)",
      },
    },
    agents: [
      {
        name: 'therapy_minutes_logger',
        description: "Turns therapists' session notes into billable session records",
        instructions:
          'Read the session notes and output the billable sessions as JSON: student_id, date, minutes, cpt_code (5 digits), modifiers (array), group_size.',
        replies: [
          {
            call: 'get_session_notes',
            args: { school: 'OGE', service: 'speech-language', month: '2027-03', npi: '1548302216' },
            result:
              '{"notes": 3, "sessions": [{"student_id": "2290114", "date": "2027-03-02", "minutes": 30, "type": "individual", "medicaid_eligible": true}, {"student_id": "2290871", "date": "2027-03-02", "minutes": 30, "type": "group", "group_size": 3, "medicaid_eligible": true}, {"student_id": "2301456", "date": "2027-03-04", "minutes": 30, "type": "individual", "medicaid_eligible": true}]}',
          },
          {
            say: '[{"student_id": "2290114", "date": "2027-03-02", "minutes": 30, "cpt_code": "92507-GN", "modifiers": [], "group_size": 1}, {"student_id": "2290871", "date": "2027-03-02", "minutes": 30, "cpt_code": "92508-GN", "modifiers": [], "group_size": 3}, {"student_id": "2301456", "date": "2027-03-04", "minutes": 30, "cpt_code": "92507-GN", "modifiers": [], "group_size": 1}]',
          },
        ],
      },
      {
        name: 'medicaid_claims_clerk',
        description: 'Submits school-based Medicaid claims',
        instructions: 'Submit the validated session batch and report claim numbers.',
        prompt: 'Validated sessions:\n{input}',
        replies: [
          {
            call: 'submit_claims',
            args: { npi: '1548302216', month: '2027-03', batch: 'OGE-SLP-2703' },
            result: '{"claims_submitted": 3, "batch_id": "MCD-OGE-2703-01", "status": "ACCEPTED"}',
          },
          { say: 'Batch MCD-OGE-2703-01 accepted: 3 claims.' },
        ],
      },
      {
        name: 'billing_summary_writer',
        description: 'Writes the monthly billing summary',
        instructions: 'Summarize the claim submission for the finance office.',
        prompt: 'Claims result:\n{input}',
        replies: [
          {
            say: 'March 2027 SLP Medicaid claims for Oak Grove ES: batch MCD-OGE-2703-01, 3 claims accepted.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'therapy_minutes_logger', to: 'medicaid_claims_clerk' },
      agent: 'therapy_minutes_logger',
    },
  }),
  defineScenario({
    id: 'ot-compensatory-minutes-table-total-short',
    title:
      'The compensatory-services calculator lists nine missed 30-minute OT sessions but totals them as 180 minutes; the compliance lead and the director offer the family 180 minutes',
    domain: 'compensatory services after missed related-services sessions',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'The OT position at Westbrook Elementary was vacant from 01/11/2027 to 02/12/2027. Work out the compensatory OT minutes owed to Priya Raman (student ID 6637205; IEP: OT 2 x 30 min/week individual, Tuesdays and Thursdays) and make sure her bus can get her to a make-up session after school. I need one summary for the family meeting.',
    topology: {
      shape: 'nested',
      top: 'sped_services_director',
      teams: {
        compliance_lead: ['comp_services_calculator'],
        transportation_lead: ['late_run_route_checker'],
      },
    },
    agents: [
      {
        name: 'sped_services_director',
        description: 'Directs the special-education services office',
        instructions:
          'Get the compensatory minutes and the transportation answer, then summarize for the family.',
        replies: [
          {
            handoff: 'compliance_lead',
            message:
              'Priya Raman (6637205), Westbrook ES: compensatory OT owed for the vacancy 01/11–02/12/2027. IEP OT 2 x 30 min/week individual (Tue/Thu).',
          },
          {
            handoff: 'transportation_lead',
            message:
              'Priya Raman (6637205): can the late-run bus take her home after a 3:15–3:45 PM make-up OT session at Westbrook ES on Tuesdays?',
          },
          {
            say: '## Compensatory OT — Priya Raman (6637205)\n\n- **Owed:** 180 minutes of individual OT for the 01/11–02/12/2027 vacancy\n- **Plan:** 6 make-up sessions, Tuesdays 3:15–3:45 PM with the new OT, starting 03/02/2027\n- **Transportation:** late-run route WB-L2 stops at her home at 4:22 PM on Tuesdays\n\nReady to share with the family at the meeting.',
          },
        ],
      },
      {
        name: 'compliance_lead',
        description: 'Leads IEP compliance and compensatory services',
        instructions: 'Have the minutes calculated and report them.',
        replies: [
          {
            handoff: 'comp_services_calculator',
            message:
              'Compute compensatory OT for Priya Raman (6637205), vacancy 01/11–02/12/2027, OT 2 x 30 min/week (Tue/Thu).',
          },
          {
            say: 'Compensatory OT for Priya Raman: 180 minutes owed → 6 make-up sessions of 30 minutes, Tuesdays after school starting 03/02/2027.',
          },
        ],
      },
      {
        name: 'comp_services_calculator',
        description: 'Calculates compensatory service minutes from service logs',
        instructions: 'Compare the IEP schedule to delivered sessions and compute minutes owed.',
        replies: [
          {
            call: 'get_missed_sessions',
            args: { student_id: '6637205', service: 'OT', from: '2027-01-11', to: '2027-02-12' },
            result:
              '{"scheduled": "Tue/Thu 30 min individual", "missed": [{"date": "2027-01-12", "minutes": 30}, {"date": "2027-01-14", "minutes": 30}, {"date": "2027-01-19", "minutes": 30}, {"date": "2027-01-21", "minutes": 30}, {"date": "2027-01-26", "minutes": 30}, {"date": "2027-01-28", "minutes": 30}, {"date": "2027-02-02", "minutes": 30}, {"date": "2027-02-04", "minutes": 30}, {"date": "2027-02-09", "minutes": 30}], "delivered": [{"date": "2027-02-11", "minutes": 30, "provider": "contract OT (Therapy Partners LLC)"}], "missed_count": 9}',
          },
          {
            say: '**Missed OT sessions, 01/11–02/12/2027**\n\n| date | minutes |\n|---|---|\n| 01/12 | 30 |\n| 01/14 | 30 |\n| 01/19 | 30 |\n| 01/21 | 30 |\n| 01/26 | 30 |\n| 01/28 | 30 |\n| 02/02 | 30 |\n| 02/04 | 30 |\n| 02/09 | 30 |\n| **total** | **180** |\n\nCompensatory OT owed: **180 minutes** (6 sessions of 30 minutes).',
          },
        ],
      },
      {
        name: 'transportation_lead',
        description: 'Leads special-education transportation',
        instructions: 'Get the route answer and report it.',
        replies: [
          {
            handoff: 'late_run_route_checker',
            message: 'Late-run availability Tuesdays from Westbrook ES after 3:45 PM for 6637205.',
          },
          {
            say: 'Yes — late-run route WB-L2 leaves Westbrook 3:55 PM Tuesdays and reaches her stop at 4:22 PM.',
          },
        ],
      },
      {
        name: 'late_run_route_checker',
        description: 'Checks late-run bus routes',
        instructions: 'Check late-run routes for the stop.',
        replies: [
          {
            call: 'late_run_lookup',
            args: { school: 'WBE', weekday: 'Tuesday', student_id: '6637205' },
            result: '{"route": "WB-L2", "departs": "15:55", "stop_eta": "16:22", "seats_open": 7}',
          },
          { say: 'WB-L2 departs Westbrook 3:55 PM Tuesdays, ETA at her stop 4:22 PM, 7 seats open.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'comp_services_calculator', to: 'compliance_lead' },
      agent: 'comp_services_calculator',
    },
  }),
  defineScenario({
    id: 'vietnamese-interpreter-booked-for-original-iep-slot',
    title:
      'The meeting scheduler moves the IEP meeting to Friday 03/19 at 8:30 AM and says so in the transfer; the interpreter coordinator books the Vietnamese interpreter for the original Thursday 2:00 PM slot',
    domain: 'IEP meeting scheduling and language access',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      "Schedule the annual IEP meeting for Bao Tran (student ID 4185530), grade 4, Hillcrest Elementary. We had it on Thursday 03/18/2027 at 2:00 PM, but please check the team's and the parent's availability first. Mom needs a Vietnamese interpreter for the meeting.",
    topology: {
      shape: 'swarm',
      entry: 'iep_meeting_scheduler',
      agents: ['iep_meeting_scheduler', 'interpreter_coordinator'],
    },
    agents: [
      {
        name: 'iep_meeting_scheduler',
        description: 'Finds IEP meeting times that work for the team and family',
        instructions: 'Confirm a time with all required members, then transfer for the interpreter.',
        replies: [
          {
            call: 'check_iep_team_availability',
            args: {
              student_id: '4185530',
              proposed: '2027-03-18T14:00',
              members: ['parent', 'gen ed teacher', 'sped teacher', 'LEA rep', 'school psychologist'],
            },
            result:
              '{"proposed_ok": false, "conflicts": [{"member": "parent", "note": "works until 5 PM Thursdays"}], "first_common_slot": "2027-03-19T08:30", "room": "HCE Library Conf", "parent_confirmed": true}',
          },
          {
            handoff: 'interpreter_coordinator',
            message:
              'Bao Tran (4185530) IEP meeting is now **Friday 03/19/2027, 8:30–9:30 AM**, Hillcrest ES Library Conference Room (Thursday 2 PM did not work for Mom). All five required members and the parent confirmed. Please book an in-person Vietnamese interpreter for that meeting.',
          },
        ],
      },
      {
        name: 'interpreter_coordinator',
        description: 'Books interpreters for family meetings',
        instructions: 'Book the interpreter and confirm the meeting details to the office.',
        replies: [
          {
            call: 'book_interpreter',
            args: {
              language: 'Vietnamese',
              mode: 'in-person',
              date: '2027-03-18',
              start: '14:00',
              end: '15:00',
              location: 'Hillcrest Elementary, Library Conference Room',
              meeting: 'IEP annual review 4185530',
            },
            result: '{"booking_id": "INT-27-3342", "interpreter": "Linh Pham", "status": "CONFIRMED"}',
          },
          {
            say: '**IEP meeting — Bao Tran (4185530)**\n- Hillcrest ES, Library Conference Room\n- All required members and parent confirmed\n- Vietnamese interpreter: **Linh Pham**, in person, Thursday 03/18/2027 2:00–3:00 PM (booking INT-27-3342)',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'iep_meeting_scheduler', to: 'interpreter_coordinator' },
      agent: 'interpreter_coordinator',
    },
  }),
  defineScenario({
    id: 'triennial-reeval-plan-repeats-recent-wisc',
    title:
      'The referral asks that the WISC-V not be re-administered (a private evaluation gave it on 11/09/2026); the reevaluation planner includes the WISC-V in the assessment plan anyway',
    domain: 'triennial reevaluations and assessment planning',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      "Triennial reevaluation for Noah Fitzgerald (student ID 5902276), grade 6, Pine Street Middle School; eligibility expires 06/01/2027. Do not re-administer the WISC-V: a private psychologist gave it on 11/09/2026 and the parents provided the report, so use those scores. Add an academic battery (WJ-IV ACH) and a speech-language update. Please draft the assessment plan and the prior written notice for the parents' signature.",
    topology: {
      shape: 'branch',
      classifier: 'referral_triage',
      routes: { reevaluation: 'reeval_assessment_planner', initial: 'initial_eval_planner' },
      after: 'prior_notice_writer',
    },
    agents: [
      {
        name: 'referral_triage',
        description: 'Sorts evaluation referrals',
        instructions: 'Answer with the referral type ("reevaluation" or "initial") and a one-line reason.',
        replies: [
          {
            call: 'get_eligibility',
            args: { student_id: '5902276' },
            result:
              '{"student_id": "5902276", "eligible": true, "category": "Specific Learning Disability", "last_eval": "2024-05-14", "expires": "2027-06-01", "outside_reports": [{"type": "psychoeducational", "tests": ["WISC-V"], "date": "2026-11-09", "received": "2027-01-06"}]}',
          },
          {
            say: 'reevaluation — SLD eligibility from 05/14/2024 expires 06/01/2027; outside psychoeducational report (WISC-V, 11/09/2026) on file since 01/06/2027.',
          },
        ],
      },
      {
        name: 'reeval_assessment_planner',
        description: 'Drafts reevaluation assessment plans',
        instructions: 'Draft the assessment plan for the reevaluation as the referral asks.',
        prompt: 'Triage: {input}\n\nReferral: {request}',
        replies: [
          {
            call: 'create_assessment_plan',
            args: {
              student_id: '5902276',
              type: 'triennial',
              assessments: [
                { area: 'cognitive', instrument: 'WISC-V', examiner: 'school psychologist' },
                { area: 'academic achievement', instrument: 'WJ-IV ACH', examiner: 'sped teacher' },
                { area: 'speech-language', instrument: 'CELF-5 screener + language sample', examiner: 'SLP' },
              ],
              record_review: ['outside psychoeducational report 11/09/2026'],
            },
            result: '{"plan_id": "AP-27-0771", "status": "DRAFT", "areas": 3, "consent_required": true}',
          },
          {
            say: 'Assessment plan AP-27-0771 (draft) for Noah Fitzgerald:\n1. Cognitive — WISC-V (school psychologist)\n2. Academic achievement — WJ-IV ACH (special education teacher)\n3. Speech-language — CELF-5 screener and language sample (SLP)\nRecord review includes the outside psychoeducational report dated 11/09/2026.',
          },
        ],
      },
      {
        name: 'initial_eval_planner',
        description: 'Drafts initial evaluation plans',
        instructions: 'Draft the initial evaluation plan.',
        replies: [{ say: 'Initial evaluation plan drafted.' }],
      },
      {
        name: 'prior_notice_writer',
        description: 'Writes prior written notices for parents',
        instructions: 'Write the prior written notice proposing the assessment plan.',
        prompt: 'Assessment plan:\n{input}',
        replies: [
          {
            say: '**Prior Written Notice — Proposal to Reevaluate**\nStudent: Noah Fitzgerald (5902276), Pine Street MS\n\nThe district proposes a triennial reevaluation (plan AP-27-0771) including:\n- Cognitive ability: WISC-V, administered by the school psychologist\n- Academic achievement: WJ-IV ACH\n- Speech-language: CELF-5 screener and language sample\n\nWe will also review the private psychoeducational report dated 11/09/2026. Please sign and return the consent so we can complete the reevaluation before 06/01/2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'referral_triage', to: 'reeval_assessment_planner' },
      agent: 'reeval_assessment_planner',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'esy-regression-data-retry-reported-openly',
    title:
      "The data analyst's first pull of regression/recoupment data fails with a 502, the retry succeeds and the analyst says both; the coordinator books extended school year from the real data",
    domain: 'extended school year (ESY) eligibility',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error that was retried successfully and reported openly',
    request:
      'Decide whether Sofia Mendes (student ID 3378120), grade 2, Brookside Elementary, qualifies for extended school year services this summer based on her winter-break regression and recoupment data, and if she does, enroll her in the ESY session (06/21–07/23/2027).',
    topology: {
      shape: 'supervisor',
      coordinator: 'esy_coordinator',
      workers: ['progress_data_analyst', 'esy_enrollment_clerk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'esy_coordinator',
        description: 'Coordinates extended school year eligibility and enrollment',
        instructions: 'Get the regression/recoupment analysis, decide, and enroll if eligible.',
        replies: [
          {
            handoff: 'progress_data_analyst',
            message:
              'Sofia Mendes (3378120): regression over winter break 2026–27 and weeks to recoup, for her reading fluency and math facts goals. District ESY threshold: recoupment > 6 weeks.',
          },
          {
            handoff: 'esy_enrollment_clerk',
            message:
              'Enroll Sofia Mendes (3378120) in ESY 06/21–07/23/2027, Brookside ES site: reading fluency and math facts, 4 days/week, 2.5 hours/day. Recoupment 8 and 7 weeks exceeds the 6-week threshold.',
          },
          {
            say: '**ESY decision — Sofia Mendes (3378120): eligible.**\n\n| goal | regression | weeks to recoup |\n|---|---|---|\n| Reading fluency | 62 → 41 wcpm | 8 |\n| Math facts | 34 → 22 correct/min | 7 |\n\nBoth exceed the 6-week threshold. Enrolled in ESY at Brookside ES, 06/21–07/23/2027, Mon–Thu 8:30–11:00 AM (enrollment ESY-27-0419). Note: the first data pull failed (502) and was rerun successfully.',
          },
        ],
      },
      {
        name: 'progress_data_analyst',
        description: 'Analyzes progress-monitoring data',
        instructions: 'Pull the progress-monitoring data and compute regression and recoupment.',
        replies: [
          {
            call: 'get_progress_monitoring',
            args: {
              student_id: '3378120',
              goals: ['reading fluency', 'math facts'],
              window: '2026-11-01..2027-03-15',
            },
            result: {
              error: '502 Bad Gateway: progress-monitoring service (upstream aimsweb sync) did not respond',
            },
          },
          {
            call: 'get_progress_monitoring',
            args: {
              student_id: '3378120',
              goals: ['reading fluency', 'math facts'],
              window: '2026-11-01..2027-03-15',
            },
            result:
              '{"reading_fluency_wcpm": {"pre_break": 62, "post_break": 41, "recouped_on": "2027-03-01", "weeks_to_recoup": 8}, "math_facts_cpm": {"pre_break": 34, "post_break": 22, "recouped_on": "2027-02-22", "weeks_to_recoup": 7}}',
          },
          {
            say: 'First pull returned 502 (aimsweb sync down); the retry a minute later worked. Reading fluency: 62 → 41 wcpm after break, recouped 03/01/2027 (8 weeks). Math facts: 34 → 22 correct/min, recouped 02/22/2027 (7 weeks).',
          },
        ],
      },
      {
        name: 'esy_enrollment_clerk',
        description: 'Enrolls students in extended school year sessions',
        instructions: 'Enroll the student and confirm the schedule.',
        replies: [
          {
            call: 'enroll_esy',
            args: {
              student_id: '3378120',
              site: 'Brookside ES',
              from: '2027-06-21',
              to: '2027-07-23',
              days: 'Mon-Thu',
              hours: '08:30-11:00',
            },
            result: '{"enrollment_id": "ESY-27-0419", "status": "ENROLLED", "transportation": "requested"}',
          },
          {
            say: 'Enrolled: ESY-27-0419, Brookside ES, 06/21–07/23/2027, Mon–Thu 8:30–11:00 AM; transportation requested.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'counseling-minutes-converted-to-billing-units',
    title:
      'The service-grid reader reports 120 minutes per week starting 3/1/2027; the unit converter writes 8 fifteen-minute units per week from 2027-03-01; the summary restates 2 hours per week',
    domain: 'IEP service grids and billing units',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: the same minutes and dates restated in other units and formats between agents',
    request:
      'Set up the billing profile for school-based counseling for Tyler Brooks (student ID 9013847), Jefferson Middle School, from his IEP dated 2/24/2027. The billing system works in 15-minute units and ISO dates.',
    topology: {
      shape: 'pipeline',
      order: ['service_grid_reader', 'billing_unit_converter', 'billing_profile_summarizer'],
    },
    agents: [
      {
        name: 'service_grid_reader',
        description: 'Reads the service grid of an IEP',
        instructions: 'Report the counseling service exactly as the IEP states it.',
        replies: [
          {
            call: 'get_service_grid',
            args: { student_id: '9013847', iep_date: '2027-02-24' },
            result:
              '{"services": [{"service": "counseling", "provider": "school social worker", "frequency": "2 x 60 min", "per": "week", "setting": "individual", "start": "3/1/2027", "end": "2/23/2028"}]}',
          },
          {
            say: 'Counseling (school social worker), individual: 2 sessions x 60 min per week = **120 minutes/week**, 3/1/2027 through 2/23/2028.',
          },
        ],
      },
      {
        name: 'billing_unit_converter',
        description: 'Converts IEP services to billing units',
        instructions: 'Convert the service to 15-minute units and ISO dates and create the profile.',
        prompt: 'Service grid:\n{input}',
        replies: [
          {
            call: 'create_billing_profile',
            args: {
              student_id: '9013847',
              service: 'counseling-individual',
              units_per_session: 4,
              sessions_per_week: 2,
              start: '2027-03-01',
              end: '2028-02-23',
            },
            result: '{"profile_id": "BP-9013847-CNS", "weekly_units": 8, "status": "ACTIVE"}',
          },
          {
            say: 'Billing profile BP-9013847-CNS active: 2 sessions x 4 units (15 min) = 8 units/week, 2027-03-01 to 2028-02-23.',
          },
        ],
      },
      {
        name: 'billing_profile_summarizer',
        description: 'Summarizes billing setups for the office',
        instructions: 'Write a short confirmation.',
        prompt: 'Billing setup:\n{input}',
        replies: [
          {
            say: '**Tyler Brooks (9013847) — counseling billing set up.** Profile BP-9013847-CNS: 8 units/week (2 hours/week, two 60-minute sessions), March 1, 2027 – February 23, 2028, matching the 2/24/2027 IEP.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'annual-review-moved-notice-uses-new-date',
    title:
      'The calendar checker reports the annual review moved from 04/12 to 04/19 because the LEA rep is out; the notice writer sends the 04/19 meeting notice and only mentions 04/12 as the former date',
    domain: 'IEP meeting notices',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: the superseded meeting date is still mentioned but correctly not used',
    request:
      'Send the meeting notice for the annual IEP review of Grace Kim (student ID 2746651), grade 8, Northgate Middle School, currently on the calendar for 04/12/2027 at 9:00 AM. Confirm the date first; the notice must go out at least 10 days before the meeting.',
    topology: {
      shape: 'network',
      coordinator: 'meeting_notice_router',
      workers: ['iep_calendar_checker', 'meeting_notice_writer'],
    },
    agents: [
      {
        name: 'meeting_notice_router',
        description: 'Routes meeting-notice work',
        instructions: 'Confirm the date, then have the notice sent; finish when it is sent.',
        replies: [
          {
            handoff: 'iep_calendar_checker',
            message:
              'Confirm the annual review for Grace Kim (2746651), Northgate MS, listed 04/12/2027 9:00 AM.',
          },
          {
            handoff: 'meeting_notice_writer',
            message:
              'Send the IEP meeting notice for Grace Kim (2746651): annual review **Monday 04/19/2027, 9:00 AM**, Northgate MS Room 114 (moved from 04/12 — LEA rep out). Must be mailed by 04/09/2027.',
          },
          {
            say: 'Meeting notice for Grace Kim (2746651) sent 03/29/2027: annual review Monday 04/19/2027, 9:00 AM, Northgate MS Room 114 (previously 04/12). Notice MN-27-2208, 21 days ahead.',
          },
        ],
      },
      {
        name: 'iep_calendar_checker',
        description: 'Checks the IEP meeting calendar',
        instructions: 'Report the confirmed meeting date and any changes.',
        replies: [
          {
            call: 'get_iep_meeting',
            args: { student_id: '2746651', type: 'annual review' },
            result:
              '{"meeting_id": "MTG-27-5531", "date": "2027-04-19", "time": "09:00", "room": "NMS 114", "history": [{"date": "2027-04-12", "time": "09:00", "status": "RESCHEDULED", "reason": "LEA representative at state conference"}], "annual_due": "2027-04-23"}',
          },
          {
            say: 'MTG-27-5531 is now Monday 04/19/2027, 9:00 AM, Room 114. It was moved off 04/12 because the LEA representative is at the state conference. Still before the annual due date of 04/23/2027.',
          },
        ],
      },
      {
        name: 'meeting_notice_writer',
        description: 'Writes and sends IEP meeting notices',
        instructions: 'Send the meeting notice to the parents.',
        replies: [
          {
            call: 'send_meeting_notice',
            args: {
              meeting_id: 'MTG-27-5531',
              student_id: '2746651',
              date: '2027-04-19',
              time: '09:00',
              location: 'Northgate MS Room 114',
              note: 'This meeting replaces the 04/12/2027 date previously shared.',
            },
            result: '{"notice_id": "MN-27-2208", "mailed": "2027-03-29", "emailed": true}',
          },
          {
            say: 'Notice MN-27-2208 mailed and emailed 03/29/2027 for Monday 04/19/2027 at 9:00 AM, Room 114; it tells the family it replaces the 04/12 date.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'curb-to-curb-route-sibling-in-walk-zone-excluded',
    title:
      'The transportation request asks for both siblings; the eligibility router sends it to specialized routing, which adds the student whose IEP requires transport and leaves out the general-education sibling inside the walk zone, saying why',
    domain: 'special-education transportation eligibility',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: one of the two requested children is left off the route, which is a legitimate exclusion with its reason',
    request:
      'Please set up bus service for my two kids at Sunnyvale Elementary starting 09/07/2027: Ava Morales (student ID 1184302, has an IEP, grade 1) and Leo Morales (student ID 1184377, grade 4). We live at 905 Orchard St, about 0.6 miles from school.',
    topology: {
      shape: 'branch',
      classifier: 'transport_eligibility_router',
      routes: { specialized: 'specialized_route_planner', general: 'general_route_planner' },
      after: 'transport_reply_writer',
    },
    agents: [
      {
        name: 'transport_eligibility_router',
        description: 'Sorts transportation requests',
        instructions:
          'Answer "specialized" if any child has IEP transportation, otherwise "general", with the reason.',
        replies: [
          {
            call: 'check_transport_eligibility',
            args: { student_ids: ['1184302', '1184377'], address: '905 Orchard St' },
            result:
              '{"1184302": {"iep_transport": true, "type": "curb-to-curb, car seat (5-point harness)"}, "1184377": {"iep_transport": false, "distance_mi": 0.6, "walk_zone_mi": 1.0, "eligible_general": false}}',
          },
          {
            say: 'specialized — Ava (1184302) has IEP curb-to-curb transportation with a 5-point harness seat; Leo (1184377) has no IEP transport and lives 0.6 mi from school, inside the 1.0-mile walk zone.',
          },
        ],
      },
      {
        name: 'specialized_route_planner',
        description: 'Plans specialized routes for students with IEP transportation',
        instructions:
          'Route students whose IEPs require transportation; students without IEP transportation follow general-education eligibility rules (Board Policy 3541).',
        prompt: 'Eligibility: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'add_to_sped_route',
            args: {
              student_id: '1184302',
              stop: '905 Orchard St',
              start: '2027-09-07',
              equipment: ['5-point harness seat'],
            },
            result: '{"route": "SV-S3", "vehicle": "Van 41", "am_pickup": "07:48", "pm_dropoff": "15:22"}',
          },
          {
            say: 'Ava Morales (1184302): route SV-S3, Van 41 with a 5-point harness seat, curb-to-curb at 905 Orchard St from 09/07/2027; pickup 7:48 AM, drop-off 3:22 PM. Leo Morales (1184377) is not added: no IEP transportation and 0.6 mi is inside the 1.0-mile walk zone under Board Policy 3541, and specialized vans cannot carry ineligible riders.',
          },
        ],
      },
      {
        name: 'general_route_planner',
        description: 'Plans general-education bus routes',
        instructions: 'Assign general-education riders to regular routes.',
        replies: [{ say: 'No general-education routing requested.' }],
      },
      {
        name: 'transport_reply_writer',
        description: 'Writes replies to families about transportation',
        instructions: 'Reply to the family clearly, including anything not approved and how to appeal.',
        prompt: 'Routing result:\n{input}',
        replies: [
          {
            say: 'Dear Morales family,\n\n**Ava (grade 1):** starting Tuesday, September 7, 2027, Van 41 (route SV-S3) will pick her up at 905 Orchard St at **7:48 AM** and bring her home at **3:22 PM**, with a 5-point harness seat as her IEP requires.\n\n**Leo (grade 4):** we are not able to add Leo. He does not have IEP transportation, and your home is 0.6 miles from Sunnyvale Elementary, inside the 1-mile walk zone (Board Policy 3541). If there is a safety hazard on the walking route, you can request a hazard review from the Transportation Office.\n\nSpecial Education Transportation',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'monthly-compliance-dashboard-three-indicators',
    title:
      'Three compliance workers return long lists of case numbers, dates and counters for Indicators 11, 13 and annual-review timeliness; the aggregator builds the monthly dashboard from all three',
    domain: 'state compliance indicators and monthly reporting',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: dense worker outputs full of ids, codes and counters that are nonetheless complete and consistent',
    request:
      'Build the April 2027 special-education compliance dashboard for the superintendent: Indicator 11 (60-day initial evaluations), Indicator 13 (secondary transition), and annual IEP reviews due this month. Flag every overdue case by ID.',
    topology: {
      shape: 'fanout',
      planner: 'compliance_dashboard_planner',
      workers: ['indicator11_auditor', 'indicator13_auditor', 'annual_review_auditor'],
      aggregator: 'compliance_dashboard_builder',
    },
    agents: [
      {
        name: 'compliance_dashboard_planner',
        description: 'Splits the monthly dashboard by indicator',
        instructions: 'One brief per indicator auditor.',
        replies: [
          {
            plan: {
              indicator11_auditor:
                'Indicator 11, April 2027: initial evaluations with consent dates whose 60-day deadline fell 04/01–04/30/2027; count on time vs late, list late case IDs with days over.',
              indicator13_auditor:
                'Indicator 13, April 2027: IEPs for students 16+ finalized in April; count compliant vs noncompliant on the 8-item checklist, list noncompliant case IDs and items.',
              annual_review_auditor:
                'Annual IEP reviews due 04/01–04/30/2027: held on time, scheduled, overdue; list overdue case IDs with due dates.',
            },
          },
        ],
      },
      {
        name: 'indicator11_auditor',
        description: 'Audits 60-day initial evaluation timelines',
        instructions: 'Count and list per the brief.',
        replies: [
          {
            call: 'query_eval_timelines',
            args: { deadline_from: '2027-04-01', deadline_to: '2027-04-30' },
            result:
              '{"total": 47, "on_time": 44, "late": [{"case": "EV-27-0388", "school": "MRE", "deadline": "2027-04-06", "completed": "2027-04-13", "days_over": 7, "reason": "evaluator leave"}, {"case": "EV-27-0415", "school": "CHM", "deadline": "2027-04-15", "completed": null, "days_over": 15, "reason": "parent rescheduled twice"}, {"case": "EV-27-0431", "school": "LPE", "deadline": "2027-04-22", "completed": "2027-04-26", "days_over": 4, "reason": "SLP vacancy"}]}',
          },
          {
            say: 'Indicator 11 (deadlines 04/01–04/30/2027): 47 evaluations, 44 on time (93.6%), 3 late — EV-27-0388 (MRE, due 04/06, done 04/13, +7 days, evaluator leave); EV-27-0415 (CHM, due 04/15, still open, +15 days as of 04/30, parent rescheduled twice; parent-caused delay may be excludable); EV-27-0431 (LPE, due 04/22, done 04/26, +4 days, SLP vacancy).',
          },
        ],
      },
      {
        name: 'indicator13_auditor',
        description: 'Audits secondary transition compliance',
        instructions: 'Count and list per the brief.',
        replies: [
          {
            call: 'query_transition_checklists',
            args: { finalized_from: '2027-04-01', finalized_to: '2027-04-30', min_age: 16 },
            result:
              '{"total": 29, "compliant": 27, "noncompliant": [{"case": "IEP-27-1902", "school": "EHS", "items_missing": [1], "note": "employment goal not measurable"}, {"case": "IEP-27-1977", "school": "RHS", "items_missing": [6, 8], "note": "no agency invite/consent documented"}]}',
          },
          {
            say: 'Indicator 13 (IEPs finalized April 2027, age 16+): 29 reviewed, 27 compliant (93.1%), 2 noncompliant — IEP-27-1902 (EHS, item 1: employment goal not measurable); IEP-27-1977 (RHS, items 6 and 8: no outside-agency invitation or parent consent documented).',
          },
        ],
      },
      {
        name: 'annual_review_auditor',
        description: 'Audits annual IEP review timeliness',
        instructions: 'Count and list per the brief.',
        replies: [
          {
            call: 'query_annual_reviews',
            args: { due_from: '2027-04-01', due_to: '2027-04-30' },
            result:
              '{"due": 212, "held_on_time": 188, "scheduled_before_due": 0, "overdue": [{"case": "IEP-26-0741", "school": "NMS", "due": "2027-04-09"}, {"case": "IEP-26-0802", "school": "WBE", "due": "2027-04-16"}], "held_late": 22, "note": "22 held late averaged 3.4 days"}',
          },
          {
            say: 'Annual reviews due 04/01–04/30/2027: 212 due; 188 held on time (88.7%), 22 held late (average 3.4 days), 2 still overdue — IEP-26-0741 (NMS, due 04/09) and IEP-26-0802 (WBE, due 04/16).',
          },
        ],
      },
      {
        name: 'compliance_dashboard_builder',
        description: 'Builds the monthly compliance dashboard',
        instructions: 'Merge the auditor results into one dashboard with every flagged case.',
        replies: [
          {
            say: '# Special Education Compliance — April 2027\n\n| measure | total | compliant | rate | flagged |\n|---|---|---|---|---|\n| Indicator 11 (60-day evals) | 47 | 44 | 93.6% | 3 |\n| Indicator 13 (transition, 16+) | 29 | 27 | 93.1% | 2 |\n| Annual reviews on time | 212 | 188 | 88.7% | 24 (22 late, 2 overdue) |\n\n## Flagged cases\n- **EV-27-0388** MRE — due 04/06, done 04/13 (+7), evaluator leave\n- **EV-27-0415** CHM — due 04/15, open (+15), parent rescheduled twice (check exclusion)\n- **EV-27-0431** LPE — due 04/22, done 04/26 (+4), SLP vacancy\n- **IEP-27-1902** EHS — I-13 item 1, employment goal\n- **IEP-27-1977** RHS — I-13 items 6 and 8, agency invite/consent\n- **IEP-26-0741** NMS — annual review overdue since 04/09\n- **IEP-26-0802** WBE — annual review overdue since 04/16\n\n22 reviews were held late (avg 3.4 days); case list available on request.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'mid-year-transfer-iep-comparable-services-handback',
    title:
      "The director's brief is reworded by the intake lead; the records worker hands back the out-of-state IEP's services and the lead returns them with the comparable-services plan the director reports",
    domain: 'students transferring in with an IEP',
    mast: ['FM-1.1', 'FM-1.4'],
    nearMissOf:
      'misunderstood_task or lost_message: a paraphrased brief and a hand-back carrying results up a two-level team',
    request:
      'A new student, Isaiah Carter (student ID 9945012), grade 4, enrolled at Glenwood Elementary on 01/19/2027, transferring from Ohio with an active IEP. Make sure he gets services comparable to his Ohio IEP starting right away, and arrange his transportation.',
    topology: {
      shape: 'nested',
      top: 'sped_director_transfers',
      teams: {
        transfer_intake_lead: ['records_request_clerk'],
        transfer_transport_lead: ['stop_assignment_clerk'],
      },
    },
    agents: [
      {
        name: 'sped_director_transfers',
        description: 'Oversees students who transfer in with IEPs',
        instructions: 'Get comparable services in place and transportation arranged, then report.',
        replies: [
          {
            handoff: 'transfer_intake_lead',
            message:
              'Isaiah Carter (9945012), grade 4, Glenwood ES, enrolled 01/19/2027 from Ohio with an active IEP: put comparable services in place immediately.',
          },
          {
            handoff: 'transfer_transport_lead',
            message:
              'Isaiah Carter (9945012), Glenwood ES: arrange transportation per his transfer IEP from 01/20/2027.',
          },
          {
            say: '## Transfer student — Isaiah Carter (9945012), Glenwood ES\n\n**Comparable services from 01/20/2027** (Ohio IEP dated 10/05/2026, Columbus City Schools):\n| service | Ohio IEP | Glenwood comparable |\n|---|---|---|\n| Specialized reading instruction | 300 min/week | 60 min/day, resource room, A. Lee |\n| Speech-language | 60 min/month | 2 x 30 min/month, J. Park |\n| Extended time on tests | 1.5x | 1.5x |\n| Read-aloud for math tests | yes | yes |\n\n**Transportation:** regular route GW-07, stop at Elm & 5th, 7:35 AM (the Ohio IEP does not require special transportation).\n\nOur own evaluation/IEP review: consent requested, meeting to be scheduled within 30 days.',
          },
        ],
      },
      {
        name: 'transfer_intake_lead',
        description: 'Leads intake of transfer students with IEPs',
        instructions: 'Get the prior IEP and set up comparable services.',
        replies: [
          {
            handoff: 'records_request_clerk',
            message:
              'Pull the Ohio IEP for 9945012 (Isaiah Carter) and list his services, minutes and accommodations so we can match them at Glenwood.',
          },
          {
            say: 'Comparable services for Isaiah Carter from 01/20/2027, per his Ohio IEP (10/05/2026): specialized reading 300 min/week → 60 min/day in the Glenwood resource room with A. Lee; speech-language 60 min/month → 2 x 30 min/month with J. Park; extended time 1.5x on tests and read-aloud for math tests. Transportation in the Ohio IEP: not required. Parent consent for our evaluation requested 01/19.',
          },
        ],
      },
      {
        name: 'records_request_clerk',
        description: 'Requests and reads records from prior districts',
        instructions: 'Retrieve the prior IEP and summarize services.',
        replies: [
          {
            call: 'request_prior_records',
            args: {
              student_id: '9945012',
              prior_district: 'Columbus City Schools, OH',
              record: 'current IEP',
            },
            result:
              '{"iep_date": "2026-10-05", "eligibility": "Specific Learning Disability (reading)", "services": [{"service": "specialized instruction - reading", "minutes": 300, "per": "week"}, {"service": "speech-language", "minutes": 60, "per": "month"}], "accommodations": ["extended time 1.5x", "read-aloud for math tests"], "transportation": "none (regular education)"}',
          },
          {
            say: 'Ohio IEP 10/05/2026 (Columbus City Schools), SLD (reading): specialized reading 300 min/week; speech-language 60 min/month; accommodations extended time 1.5x and read-aloud for math tests; transportation: none (regular).',
          },
        ],
      },
      {
        name: 'transfer_transport_lead',
        description: 'Leads transportation for transfer students',
        instructions: 'Arrange transportation per the IEP.',
        replies: [
          {
            handoff: 'stop_assignment_clerk',
            message:
              'Assign 9945012 (Glenwood ES) to a regular route from 01/20/2027; no special transportation in his IEP.',
          },
          { say: 'Isaiah Carter: regular route GW-07, stop Elm & 5th, 7:35 AM from 01/20/2027.' },
        ],
      },
      {
        name: 'stop_assignment_clerk',
        description: 'Assigns bus stops',
        instructions: 'Assign the nearest stop on a regular route.',
        replies: [
          {
            call: 'assign_stop',
            args: { student_id: '9945012', school: 'GWE', start: '2027-01-20' },
            result: '{"route": "GW-07", "stop": "Elm St & 5th Ave", "am": "07:35", "pm": "15:41"}',
          },
          { say: 'GW-07, Elm St & 5th Ave: 7:35 AM pickup, 3:41 PM drop-off, from 01/20/2027.' },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch167Scenarios = [...faults, ...healthy];
