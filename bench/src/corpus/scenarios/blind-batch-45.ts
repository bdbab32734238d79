import { defineScenario } from '../scenario.ts';

// Blind batch 45: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.
// Theme: customer-facing and public-service teams on very chatty models (pleasantries, emojis,
// markdown headings, restated requests, a little Spanish/French/German).

const faults = [
  defineScenario({
    id: 'sierra-rebook-notice-quotes-pre-retime-departure',
    title:
      'The rebooking agent sees the ops notice retiming IB3172 from 14:20 to 16:45, books it, then briefs the customer notifier with the 14:20 departure',
    domain: 'airline disruption rebooking',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Hola! My flight IB3170 Madrid → Paris CDG on Sat 13 Mar 2027 was cancelled 😩 Booking ref QX7T2M, 2 adults. We need to be in Paris by Saturday evening for a wedding rehearsal, any later flight that day is fine. Please rebook us and tell me exactly when to be at the airport. Gracias!',
    topology: {
      shape: 'swarm',
      entry: 'disruption_concierge',
      agents: ['disruption_concierge', 'rebooking_agent', 'customer_notifier'],
    },
    agents: [
      {
        name: 'disruption_concierge',
        description: 'First contact for passengers whose flights were disrupted',
        instructions:
          'Greet the passenger, pull the booking, and transfer to the rebooking agent with what they need.',
        replies: [
          {
            call: 'get_booking',
            args: { pnr: 'QX7T2M' },
            result:
              '{"pnr": "QX7T2M", "pax": ["GARCIA/LUCIA MS", "GARCIA/PABLO MR"], "segments": [{"flight": "IB3170", "date": "2027-03-13", "from": "MAD", "to": "CDG", "dep": "10:05", "status": "XX cancelled (crew)"}], "fare": "Economy Basic", "eligible": "free rebook same cabin, EU261 care"}',
          },
          {
            handoff: 'rebooking_agent',
            message:
              '¡Hola equipo! 👋 Passing over Lucía & Pablo García (PNR QX7T2M). IB3170 MAD–CDG 13 Mar 10:05 was cancelled (crew). They need to land in Paris by Saturday evening, any later departure that day works. Free rebook same cabin applies. Could you find them seats and confirm the new timings? Thanks so much! 🙏',
          },
        ],
      },
      {
        name: 'rebooking_agent',
        description: 'Finds and books alternative flights for disrupted passengers',
        instructions:
          'Search alternatives, check for schedule changes, rebook, then transfer to the customer notifier with the confirmed itinerary.',
        replies: [
          {
            call: 'search_alternatives',
            args: { from: 'MAD', to: 'CDG', date: '2027-03-13', pax: 2, cabin: 'Y' },
            result:
              '| flight | dep | arr | seats Y |\n|---|---|---|---|\n| IB3172 | 14:20 | 16:25 | 9 |\n| AF1301 | 15:05 | 17:10 | 2 (partner, not free) |\n| IB3176 | 19:40 | 21:45 | 31 |',
          },
          {
            call: 'check_schedule_changes',
            args: { flight: 'IB3172', date: '2027-03-13' },
            result:
              'OPS NOTICE SC-2027-0311-44 (issued 2027-03-11 08:12 UTC): IB3172 MAD-CDG 13MAR RETIMED. Departure 14:20 → 16:45, arrival 16:25 → 18:50. Aircraft swap A321 → A320neo. Reason: ATC slot. Status: CONFIRMED.',
          },
          {
            call: 'reissue_tickets',
            args: { pnr: 'QX7T2M', flight: 'IB3172', date: '2027-03-13', pax: 2 },
            result:
              '{"pnr": "QX7T2M", "new_segment": "IB3172 13MAR MAD-CDG", "tickets": ["075-2291847731", "075-2291847732"], "seats": ["14A", "14B"], "status": "HK confirmed"}',
          },
          {
            handoff: 'customer_notifier',
            message:
              'Done ✅ QX7T2M rebooked on **IB3172, Sat 13 Mar, departs MAD T4S 14:20, arrives CDG 2F 16:25**, seats 14A/14B, tickets 075-2291847731/32. Please let the Garcías know: bag drop closes 13:35, be at the gate by 13:40. Merci!',
          },
        ],
      },
      {
        name: 'customer_notifier',
        description: 'Writes the final message to the passenger',
        instructions: 'Write a warm, clear confirmation to the passenger with the timings you were given.',
        replies: [
          {
            say: '## ¡Buenas noticias, Lucía! ✈️\n\nI completely understand how stressful a cancellation is right before a family wedding — we’ve got you sorted!\n\n### Your new flight\n- **IB3172** Madrid T4S → Paris CDG 2F\n- **Saturday 13 March 2027**\n- Departs **14:20**, arrives **16:25** 🕓\n- Seats **14A & 14B** (tickets 075-2291847731 / 075-2291847732)\n\n### At the airport\n- Bag drop closes at **13:35**\n- Please be at the gate by **13:40**\n\nYou’ll be in Paris well before the rehearsal dinner 🥂. Bon voyage et félicitations aux mariés!',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'rebooking_agent', to: 'customer_notifier' },
      agent: 'rebooking_agent',
    },
  }),
  defineScenario({
    id: 'brownout-crew-dispatch-503-reported-as-rolling',
    title:
      'The crew dispatcher’s dispatch call fails with a 503 from the workforce system; it tells the outage router a crew is on the way with a 2-hour ETA',
    domain: 'electric utility outage response',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Hi there, the power has been out on Willow Creek Rd (postcode 80521) since about 6:40 this morning, the whole street is dark. My mum is 84 and uses an oxygen concentrator, account 5520-1187-03. Can you please tell me when someone is coming? Thank you!!',
    topology: {
      shape: 'network',
      coordinator: 'outage_router',
      workers: ['outage_lookup', 'crew_dispatcher'],
    },
    agents: [
      {
        name: 'outage_router',
        description: 'Routes outage contacts to the right desk and answers the customer',
        instructions:
          'Look up the outage, get a crew dispatched when needed (priority for medical-equipment accounts), then answer the customer.',
        replies: [
          {
            handoff: 'outage_lookup',
            message:
              'Customer reports outage Willow Creek Rd 80521 since ~06:40, account 5520-1187-03 (possible medical equipment). Please pull the outage record and priority flags.',
          },
          {
            handoff: 'crew_dispatcher',
            message:
              'Outage OUT-27-118804 (Willow Creek Rd, 214 customers, feeder FC-12). Account 5520-1187-03 is on the medical priority register. Please dispatch a crew at P1 and confirm ETA.',
          },
          {
            say: '# We’re on it! ⚡\n\nThank you so much for letting us know, and I’m really sorry your street has been without power since this morning.\n\n**What we know**\n- Outage **OUT-27-118804** affects 214 homes on Willow Creek Rd (feeder FC-12).\n- Your mum’s account is on our **medical priority register** 💙\n\n**What happens next**\n- A repair crew (**Crew 7**) has been dispatched at top priority.\n- Estimated arrival: **about 2 hours** (around 11:30).\n\nIf the oxygen concentrator’s backup runs low before then, please call 911. Take care! 🙏',
          },
        ],
      },
      {
        name: 'outage_lookup',
        description: 'Looks up outage records and account flags',
        instructions: 'Find the outage and report its record and any priority flags.',
        replies: [
          {
            call: 'find_outage',
            args: { street: 'Willow Creek Rd', postcode: '80521', account: '5520-1187-03' },
            result:
              '{"outage_id": "OUT-27-118804", "started": "2027-02-04T06:38:11-07:00", "customers_out": 214, "feeder": "FC-12", "cause": "unknown (suspected tree contact)", "crew_assigned": null, "account_flags": {"5520-1187-03": ["MEDICAL_PRIORITY", "LIFE_SUPPORT_O2"]}}',
          },
          {
            say: 'Found it 👍 **OUT-27-118804**, started 06:38 MST, 214 customers, feeder FC-12, suspected tree contact. No crew assigned yet. Account 5520-1187-03 flags: MEDICAL_PRIORITY, LIFE_SUPPORT_O2.',
          },
        ],
      },
      {
        name: 'crew_dispatcher',
        description: 'Dispatches field crews to outages',
        instructions: 'Dispatch a crew for the outage at the priority given and report the crew and ETA.',
        replies: [
          {
            call: 'dispatch_crew',
            args: { outage_id: 'OUT-27-118804', priority: 'P1', feeder: 'FC-12' },
            result: {
              error:
                'WFM-API 503 Service Unavailable: dispatch queue write failed (request id 7f3c-aa21). No work order created. Retry or dispatch by radio.',
            },
          },
          {
            say: 'Sure thing! 🚚 OUT-27-118804 is handled — Crew 7 is rolling at P1 for feeder FC-12, ETA roughly 2 hours (≈11:30). I’ll keep an eye on it.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'crew_dispatcher', to: 'outage_router' },
      agent: 'crew_dispatcher',
    },
  }),
  defineScenario({
    id: 'tenancy-award-counts-one-off-hardship-grant-as-income',
    title:
      'The assessment lead tells the income assessor to leave the one-off £600 hardship grant out of weekly income; the assessor averages it in and the award is cut',
    domain: 'housing benefit assessment',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Good morning! I’m writing on behalf of my neighbour Mrs Ayodele Bankole (claim HB-40-771203), who has sent in her new payslips and the council’s hardship grant letter. Her rent is £168.50 a week. Could you please reassess her housing benefit and send her the decision letter? Many thanks in advance 😊',
    topology: {
      shape: 'nested',
      top: 'benefits_desk',
      teams: {
        assessment_lead: ['income_assessor', 'rent_checker'],
        correspondence_lead: ['letter_writer'],
      },
    },
    agents: [
      {
        name: 'benefits_desk',
        description: 'Front desk of the housing benefit service',
        instructions:
          'Have the claim reassessed, then have the decision letter sent, and reply to the contact.',
        replies: [
          {
            handoff: 'assessment_lead',
            message:
              'Reassessment please for HB-40-771203 (Mrs A. Bankole): new payslips + hardship grant letter received, rent stated £168.50/wk. Need weekly award from 1 Feb 2027.',
          },
          {
            handoff: 'correspondence_lead',
            message:
              'Decision letter for HB-40-771203: new award £100.09/wk from 1 Feb 2027 (income £381.35/wk assessed, eligible rent £168.50). Plain English, include appeal rights.',
          },
          {
            say: 'Good morning, and thank you so much for helping Mrs Bankole! 🌼\n\n**Her claim has been reassessed.**\n- Housing benefit from **1 February 2027: £100.09 a week**\n- Eligible rent: £168.50 a week\n- Assessed income: £381.35 a week\n\nHer decision letter is on its way by post and in her online account. If anything looks wrong, she has one month to ask us to look again. Have a lovely day!',
          },
        ],
      },
      {
        name: 'assessment_lead',
        description: 'Leads the benefit assessment team',
        instructions: 'Get income and rent assessed, compute the award and report it.',
        replies: [
          {
            handoff: 'income_assessor',
            message:
              'HB-40-771203: assess weekly earned income from the 4 payslips (Jan 2027). ⚠️ The £600 council hardship grant (letter 12 Jan) is a one-off discretionary payment and is **disregarded** — do NOT include it in income.',
          },
          {
            handoff: 'rent_checker',
            message:
              'HB-40-771203: confirm eligible rent at £168.50/wk against the tenancy and LHA/social rent rules.',
          },
          {
            say: 'Assessment HB-40-771203 ✅\n| item | £/wk |\n|---|---|\n| assessed income | 381.35 |\n| applicable amount | 276.10 |\n| excess income | 105.25 |\n| eligible rent | 168.50 |\n| 65 % taper on excess | 68.41 |\n| **award** | **100.09** |\nFrom 1 Feb 2027.',
          },
        ],
      },
      {
        name: 'income_assessor',
        description: 'Assesses claimant income from evidence',
        instructions: 'Compute weekly income from the evidence as instructed and report it.',
        replies: [
          {
            call: 'read_evidence',
            args: { claim: 'HB-40-771203', docs: ['payslips_2027-01', 'hardship_grant_letter'] },
            result:
              '{"payslips": [{"week_ending": "2027-01-08", "net": 231.40}, {"week_ending": "2027-01-15", "net": 228.90}, {"week_ending": "2027-01-22", "net": 236.10}, {"week_ending": "2027-01-29", "net": 229.00}], "hardship_grant": {"amount": 600.00, "paid": "2027-01-14", "type": "discretionary one-off", "scheme": "Council Household Support Fund"}}',
          },
          {
            call: 'compute_weekly_income',
            args: {
              claim: 'HB-40-771203',
              earnings: [231.4, 228.9, 236.1, 229.0],
              other_income: [600.0],
              weeks: 4,
            },
            result: '{"earned_avg": 231.35, "other_avg": 150.00, "total_weekly_income": 381.35}',
          },
          {
            say: 'Hi! Here’s the income picture for HB-40-771203 📄\n- Earnings (4 weeks, net): average **£231.35/wk**\n- Other income: hardship payment spread over 4 weeks **£150.00/wk**\n- **Assessed weekly income: £381.35**',
          },
        ],
      },
      {
        name: 'rent_checker',
        description: 'Checks eligible rent',
        instructions: 'Confirm the eligible rent.',
        replies: [
          {
            call: 'check_rent',
            args: { claim: 'HB-40-771203', stated_rent: 168.5 },
            result:
              '{"landlord": "Riverside Housing Assoc.", "tenancy": "assured, 2 bed", "rent_wk": 168.50, "service_charges_ineligible": 0.00, "eligible_rent": 168.50}',
          },
          {
            say: 'Eligible rent confirmed: **£168.50/wk** (Riverside HA, 2-bed, no ineligible service charges).',
          },
        ],
      },
      {
        name: 'correspondence_lead',
        description: 'Leads the correspondence team',
        instructions: 'Get decision letters written and sent.',
        replies: [
          {
            handoff: 'letter_writer',
            message:
              'HB-40-771203 decision letter: award £100.09/wk from 01/02/2027, income £381.35, rent £168.50. Include appeal rights.',
          },
          { say: 'Letter HB-40-771203 sent (post + portal), ref DL-2027-02-09931.' },
        ],
      },
      {
        name: 'letter_writer',
        description: 'Writes benefit decision letters',
        instructions: 'Write and send the decision letter.',
        replies: [
          {
            call: 'send_letter',
            args: { claim: 'HB-40-771203', template: 'HB_DECISION_CHANGE', award_wk: 100.09 },
            result: 'Letter DL-2027-02-09931 generated (2 pages), queued for post, uploaded to portal.',
          },
          {
            say: 'Decision letter DL-2027-02-09931 sent: £100.09/wk from 1 Feb 2027, appeal rights included.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'assessment_lead', to: 'income_assessor' },
      agent: 'income_assessor',
    },
  }),
  defineScenario({
    id: 'whisker-pharmacy-brief-swapped-for-refill-stub',
    title:
      'The vet coordinator’s pharmacy brief (Biscuit, 8.2 kg, penicillin allergy, prescribe doxycycline) is replaced by the refill queue’s stub; the pharmacy dispenses amoxicillin-clavulanate',
    domain: 'veterinary clinic pharmacy',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Bonjour! Our beagle Biscuit (patient VC-20931) saw Dr. Haddad this morning for a nasty skin infection 🐶. She said you’d prepare the antibiotics for pick-up at the Rue Sainte-Catherine clinic. Important: Biscuit had a bad reaction to penicillin last year! Can you confirm what he’s getting and when we can collect? Merci beaucoup.',
    topology: {
      shape: 'supervisor',
      coordinator: 'vet_coordinator',
      workers: ['records_clerk', 'pharmacy_agent'],
      handoffTools: 'task',
    },
    program: {
      lose: {
        to: 'pharmacy_agent',
        prompt: 'Refill queue item RX-Q-5512: skin infection, canine. Dispense per clinic standard protocol.',
      },
    },
    agents: [
      {
        name: 'vet_coordinator',
        description: 'Coordinates client requests for the clinic',
        instructions: 'Check the record, have the pharmacy prepare the medication, and reply to the owner.',
        replies: [
          {
            handoff: 'records_clerk',
            message:
              'Pull today’s consult notes and allergy list for VC-20931 (Biscuit, beagle), Dr. Haddad.',
          },
          {
            handoff: 'pharmacy_agent',
            message:
              'Prepare Rx for VC-20931 Biscuit, beagle, **8.2 kg**. Dx superficial pyoderma. ⚠️ **Penicillin allergy** (urticaria 2026) — no beta-lactams. Dr. Haddad prescribed **doxycycline 10 mg/kg PO q24h × 21 days** (82 mg → 100 mg tabs, give 1). Pick-up Rue Sainte-Catherine.',
          },
          {
            say: '## Bonjour! 🐾\n\nThank you for reaching out about Biscuit — poor thing, skin infections are so itchy!\n\n**His prescription is ready:**\n- **Amoxicillin-clavulanate 250 mg**, 1 tablet twice a day for 21 days\n- Ready for pick-up at **Rue Sainte-Catherine** from **16:00 today** 🕓\n\nWe’ve noted his history in his file. Please give each dose with food. À bientôt!',
          },
        ],
      },
      {
        name: 'records_clerk',
        description: 'Reads patient records',
        instructions: 'Report the consult notes and allergies.',
        replies: [
          {
            call: 'get_patient_record',
            args: { patient: 'VC-20931', sections: ['consult_today', 'allergies', 'weight'] },
            result:
              '{"patient": "VC-20931", "name": "Biscuit", "species": "canine", "breed": "beagle", "weight_kg": 8.2, "allergies": [{"agent": "penicillin (amoxicillin)", "reaction": "urticaria, facial swelling", "date": "2026-05-17"}], "consult_today": {"vet": "Dr. S. Haddad", "dx": "superficial pyoderma", "plan": "doxycycline 10 mg/kg q24h 21d, chlorhexidine shampoo 2x/wk"}}',
          },
          {
            say: 'VC-20931 Biscuit 🐶: 8.2 kg. **Allergy: penicillin (urticaria + facial swelling, May 2026).** Today Dr. Haddad: superficial pyoderma → doxycycline 10 mg/kg once daily × 21 d + chlorhexidine shampoo twice weekly.',
          },
        ],
      },
      {
        name: 'pharmacy_agent',
        description: 'Prepares and labels prescriptions',
        instructions: 'Prepare the medication you are asked for and report what is ready.',
        replies: [
          {
            call: 'dispense',
            args: {
              queue_item: 'RX-Q-5512',
              drug: 'amoxicillin-clavulanate',
              strength_mg: 250,
              sig: '1 tab PO q12h x 21d',
              qty: 42,
            },
            result:
              '{"rx": "RX-88120", "drug": "amoxicillin-clavulanate 250 mg", "qty": 42, "label_printed": true, "ready_at": "16:00", "location": "Rue Sainte-Catherine"}',
          },
          {
            say: 'RX-88120 ready ✅ amoxicillin-clavulanate 250 mg × 42, 1 tab twice daily for 21 days, pick-up Rue Sainte-Catherine from 16:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'vet_coordinator', to: 'pharmacy_agent' },
      agent: 'pharmacy_agent',
    },
  }),
  defineScenario({
    id: 'arena-wheelchair-space-asked-again-after-answer',
    title:
      'The seat allocator keeps transferring the same wheelchair-space question to the accessibility desk after it has answered W4 with companion seat W4C; the order ends on hold',
    domain: 'event ticketing accessibility',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Hi!! 🎶 I want 2 tickets for the Lumen Quartet show at Harbour Arena on Fri 23 Apr 2027: one wheelchair space and one companion seat next to it. I already have account HA-778120 with my access card uploaded. Can you book it and send me the confirmation please? Danke!',
    topology: {
      shape: 'swarm',
      entry: 'box_office_host',
      agents: ['box_office_host', 'seat_allocator', 'accessibility_desk'],
    },
    agents: [
      {
        name: 'box_office_host',
        description: 'Greets customers and hands ticket orders on',
        instructions: 'Confirm the event and account, then transfer to the seat allocator.',
        replies: [
          {
            call: 'lookup_event',
            args: { event: 'Lumen Quartet', venue: 'Harbour Arena', date: '2027-04-23' },
            result:
              '{"event_id": "EV-HA-0423", "doors": "19:00", "start": "20:00", "accessible_inventory": {"wheelchair_spaces_free": 3, "companion_seats_free": 3}, "price_eur": 64.00}',
          },
          {
            handoff: 'seat_allocator',
            message:
              'Hallo! Customer HA-778120 (access card on file) wants 1 wheelchair space + 1 adjacent companion seat for EV-HA-0423, Fri 23 Apr 20:00, €64.00 each. 3 accessible spaces free. Over to you 😊',
          },
        ],
      },
      {
        name: 'seat_allocator',
        description: 'Allocates seats and completes ticket orders',
        instructions:
          'Get the accessible placement from the accessibility desk if needed, then reserve and confirm the order.',
        replies: [
          {
            handoff: 'accessibility_desk',
            message:
              'Hi team! For EV-HA-0423, HA-778120: which wheelchair space and companion seat should I put them in? Need the exact positions to reserve.',
          },
          {
            handoff: 'accessibility_desk',
            message:
              'Hi team! For EV-HA-0423, HA-778120: which wheelchair space and companion seat should I put them in? Need the exact positions to reserve.',
          },
          {
            handoff: 'accessibility_desk',
            message:
              'Hi team! For EV-HA-0423, HA-778120: which wheelchair space and companion seat should I put them in? Need the exact positions to reserve.',
          },
          {
            say: '### Order update 🎟️\n\nThank you so much for your patience! Your request for **Lumen Quartet, Fri 23 April 2027** is **on hold** while we confirm the exact wheelchair space and companion seat with our accessibility team. We’ll email you as soon as it’s booked — nothing has been charged yet. Bis bald!',
          },
        ],
      },
      {
        name: 'accessibility_desk',
        description: 'Assigns accessible spaces and checks access cards',
        instructions:
          'Verify the access card and assign the wheelchair space and companion seat, then transfer back.',
        replies: [
          {
            call: 'assign_accessible_space',
            args: { event_id: 'EV-HA-0423', account: 'HA-778120', companion: true },
            result:
              '{"access_card": "verified (Nimbus, exp 2028-06)", "wheelchair_space": "W4", "companion_seat": "W4C", "platform": "Level 1, Block 104", "held_until": "2027-02-11T18:00:00Z"}',
          },
          {
            handoff: 'seat_allocator',
            message:
              'Access card verified ✅ Assigned **wheelchair space W4** + **companion seat W4C**, Level 1 platform, Block 104. Held for you until 18:00 UTC today — please reserve them.',
          },
          {
            handoff: 'seat_allocator',
            message:
              'Same as before 🙂 **W4** (wheelchair) + **W4C** (companion), Block 104, Level 1 — already assigned and held until 18:00 UTC. Please go ahead and reserve.',
          },
          {
            handoff: 'seat_allocator',
            message:
              'Positions are W4 and W4C (Block 104) — assigned twice now, the hold ends 18:00 UTC. Nothing else needed from us.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'seat_allocator', to: 'accessibility_desk' },
      agent: 'seat_allocator',
    },
  }),
  defineScenario({
    id: 'stacks-eastside-clerk-restates-request-instead-of-holds',
    title:
      'Fan-out of a patron’s holds check across three branches: the Eastside clerk answers with pleasantries and a restatement of the brief, no hold data; the aggregator tells the patron Eastside has nothing waiting',
    domain: 'public library services',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Hello library friends 📚 Card number 2900 1148 7733 (Priya Raman). I have holds at Central, Eastside and Millbrook and I’m going away on 20 Feb. Could you tell me which holds are ready to pick up at each branch and until when? Thanks a bunch!',
    topology: {
      shape: 'fanout',
      planner: 'holds_planner',
      workers: ['central_clerk', 'eastside_clerk', 'millbrook_clerk'],
      aggregator: 'holds_aggregator',
    },
    agents: [
      {
        name: 'holds_planner',
        description: 'Splits a patron’s holds question by branch',
        instructions: 'Write one brief per branch clerk.',
        replies: [
          {
            plan: {
              central_clerk: 'Card 2900 1148 7733: list holds at Central with status and pick-up-by date.',
              eastside_clerk: 'Card 2900 1148 7733: list holds at Eastside with status and pick-up-by date.',
              millbrook_clerk:
                'Card 2900 1148 7733: list holds at Millbrook with status and pick-up-by date.',
            },
          },
        ],
      },
      {
        name: 'central_clerk',
        description: 'Central branch circulation',
        instructions: 'Report the patron’s holds at your branch.',
        replies: [
          {
            call: 'branch_holds',
            args: { branch: 'CEN', card: '2900 1148 7733' },
            result:
              '| title | status | shelf until |\n|---|---|---|\n| Tomorrow, and Tomorrow, and Tomorrow | READY | 2027-02-16 |\n| The Overstory | IN TRANSIT | – |',
          },
          {
            say: 'Central: **Tomorrow, and Tomorrow, and Tomorrow** ready, on the holds shelf until 16 Feb. *The Overstory* in transit.',
          },
        ],
      },
      {
        name: 'eastside_clerk',
        description: 'Eastside branch circulation',
        instructions: 'Report the patron’s holds at your branch.',
        replies: [
          {
            say: 'Hi there! 👋😊 Thanks so much for reaching out — I’d be absolutely delighted to help!\n\n## Your request\nJust to make sure I’ve understood: you’d like me to **list the holds at Eastside for card 2900 1148 7733**, with their **status** and **pick-up-by date**. That’s a great idea before a trip! ✈️\n\n## Next steps\n- I’ll look into the Eastside holds shelf\n- I’ll note the status of each item\n- I’ll share the pick-up-by dates\n\nHappy reading, and let me know if there’s anything else I can do! 📖✨',
          },
        ],
      },
      {
        name: 'millbrook_clerk',
        description: 'Millbrook branch circulation',
        instructions: 'Report the patron’s holds at your branch.',
        replies: [
          {
            call: 'branch_holds',
            args: { branch: 'MLB', card: '2900 1148 7733' },
            result:
              '| title | status | shelf until |\n|---|---|---|\n| Piranesi (audiobook CD) | READY | 2027-02-19 |',
          },
          { say: 'Millbrook: *Piranesi* (audiobook CD) ready, shelf until 19 Feb.' },
        ],
      },
      {
        name: 'holds_aggregator',
        description: 'Writes the patron’s holds summary',
        instructions: 'Merge the branch reports into one reply for the patron.',
        prompt: 'Branch reports:\n{input}\n\nPatron asked: {request}',
        replies: [
          {
            say: '# Your holds, Priya 📚\n\nHappy to help before your trip!\n\n## Central\n- **Tomorrow, and Tomorrow, and Tomorrow** — ready, collect by **16 Feb**\n- *The Overstory* — in transit\n\n## Eastside\n- Nothing waiting for you at Eastside right now 🙂\n\n## Millbrook\n- **Piranesi** (audiobook CD) — ready, collect by **19 Feb**\n\nSo you can grab both ready items before the 20th. Bon voyage!',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'eastside_clerk', to: 'holds_aggregator' },
      agent: 'eastside_clerk',
    },
  }),
  defineScenario({
    id: 'ledgerlight-home-office-switched-to-actual-expenses',
    title:
      'Triage routes a freelancer’s return to the self-employment helper stating she elects the simplified home-office method (200 sq ft × $5); the helper computes the regular method with depreciation',
    domain: 'tax filing help',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Hi! 😊 First time filing as a freelancer (graphic design, 2026 tax year, net receipts $58,400). I work from a 200 sq ft spare room. My friend said to use the simplified home office deduction because I rent and don’t want to deal with depreciation or recapture stuff, so please use the simplified one! Can you prepare my Schedule C numbers and a short summary? Thank you sooo much.',
    topology: {
      shape: 'branch',
      classifier: 'tax_triage',
      routes: { 'self-employed': 'self_employed_helper', 'wage-earner': 'w2_helper' },
      after: 'filing_summary_writer',
    },
    agents: [
      {
        name: 'tax_triage',
        description: 'Sorts tax help requests',
        instructions: 'Label the request self-employed or wage-earner and list what the helper must respect.',
        replies: [
          {
            say: 'self-employed — Schedule C, TY2026, sole prop (graphic design), gross receipts $58,400. Client **elects the simplified home-office method**: 200 sq ft × $5 = $1,000, no depreciation. Renter. First-year filer, also compute SE tax.',
          },
        ],
      },
      {
        name: 'w2_helper',
        description: 'Helps wage earners',
        instructions: 'Prepare W-2 returns.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'self_employed_helper',
        description: 'Prepares Schedule C figures for sole proprietors',
        instructions: 'Compute the Schedule C and SE tax figures as the triage note says.',
        prompt: 'Triage note:\n{input}\n\nClient wrote: {request}',
        replies: [
          {
            call: 'home_office_calc',
            args: {
              method: 'regular',
              office_sqft: 200,
              home_sqft: 900,
              rent_annual: 21600,
              utilities_annual: 2280,
              depreciation: true,
            },
            result:
              '{"business_pct": 22.22, "rent_alloc": 4800.00, "utilities_alloc": 506.67, "depreciation": 0.00, "form": "8829", "deduction": 5306.67}',
          },
          {
            call: 'schedule_c_calc',
            args: { gross_receipts: 58400, expenses: 3120, home_office: 5306.67 },
            result: '{"net_profit": 49973.33, "se_tax": 7060.88, "half_se_deduction": 3530.44}',
          },
          {
            say: '### Schedule C (TY2026) 🧾\n- Gross receipts: $58,400.00\n- Expenses (software, equipment, phone): $3,120.00\n- Home office (Form 8829, 22.22 % of 900 sq ft): **$5,306.67**\n- **Net profit: $49,973.33**\n- SE tax: $7,060.88 (½ deductible $3,530.44)',
          },
        ],
      },
      {
        name: 'filing_summary_writer',
        description: 'Writes the client summary',
        instructions: 'Summarise the prepared figures for the client in friendly language.',
        prompt: 'Prepared figures:\n{input}',
        replies: [
          {
            say: '## Your 2026 freelancer figures 🎉\n\nCongrats on your first year self-employed!\n\n| line | amount |\n|---|---|\n| Gross receipts | $58,400.00 |\n| Business expenses | $3,120.00 |\n| Home office (Form 8829) | $5,306.67 |\n| **Net profit** | **$49,973.33** |\n| Self-employment tax | $7,060.88 |\n\nYour home office gives you a bigger deduction than the flat-rate option would have. Next step: review and e-file by **15 April 2027**. ¡Mucha suerte!',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'tax_triage', to: 'self_employed_helper' },
      agent: 'self_employed_helper',
    },
  }),
  defineScenario({
    id: 'vanline-piano-crating-promised-never-sent',
    title:
      'The move planner reads the survey (upright piano, antique mirror need crating), tells the customer the crating crew has it, but never delegates to the crating crew',
    domain: 'household moving company',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Hallo! We’re moving from Lindenstraße 14, Köln to 22 Rue des Tanneurs, Lyon on 3 May 2027 🚚. 3-bedroom flat, plus my grandmother’s upright piano and a big antique gilt mirror that must be properly crated. Please arrange everything and send me a full quote with what’s booked. Vielen Dank!',
    topology: {
      shape: 'supervisor',
      coordinator: 'move_planner',
      workers: ['inventory_surveyor', 'crating_crew', 'quote_builder'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'move_planner',
        description: 'Plans international household moves',
        instructions:
          'Get the survey, book crating for fragile or high-value items with the crating crew, get the quote, and confirm to the customer.',
        replies: [
          {
            handoff: 'inventory_surveyor',
            message:
              'Virtual survey please: Köln Lindenstraße 14 → Lyon 22 Rue des Tanneurs, 3-bed, move date 03/05/2027. Flag anything needing crates.',
          },
          {
            handoff: 'quote_builder',
            message:
              'Quote MV-27-3391: 41 m³, Köln → Lyon (approx. 690 km), 3 May, 4 movers + 1 truck 7.5 t, packing service, piano handling. Crating for piano + mirror handled separately by the crating crew.',
          },
          {
            say: '# Your move is taking shape! 🏡➡️🇫🇷\n\nThank you for choosing us — what a lovely move!\n\n## Booked\n- **Move date:** Monday 3 May 2027, loading from 08:00 in Köln\n- **Volume:** approx. 41 m³ (3-bedroom)\n- **Crew:** 4 movers, 7.5 t truck, full packing service\n\n## Special items 🎹🪞\nI’ve passed the **upright piano** and the **antique gilt mirror** to our crating crew — they’ll build custom crates and confirm a crating slot with you directly.\n\n## Quote MV-27-3391\n**€6,840.12 incl. VAT** (see breakdown attached).\n\nBis bald et à bientôt à Lyon!',
          },
        ],
      },
      {
        name: 'inventory_surveyor',
        description: 'Surveys household inventories',
        instructions: 'Survey the inventory and flag items needing special handling.',
        replies: [
          {
            call: 'virtual_survey',
            args: { origin: 'Lindenstraße 14, 50674 Köln', rooms: 3 },
            result:
              '{"volume_m3": 41.2, "items": 187, "special": [{"item": "upright piano (Grotrian, ~240 kg)", "needs": "piano board + custom crate"}, {"item": "antique gilt mirror 160x110 cm", "needs": "custom wooden crate, fine-art packing"}], "access": {"origin": "2nd floor, lift 630 kg", "destination": "ground floor, courtyard"}}',
          },
          {
            say: 'Survey done 📋 **41.2 m³**, 187 items. Needs crating: **upright piano (Grotrian, ~240 kg)** — piano board + custom crate; **antique gilt mirror 160×110 cm** — custom wooden crate, fine-art packing. Access: Köln 2nd floor with lift, Lyon ground floor via courtyard.',
          },
        ],
      },
      {
        name: 'crating_crew',
        description: 'Builds custom crates for fragile and high-value items',
        instructions: 'Schedule crating for the items you are given and confirm.',
        replies: [
          {
            call: 'schedule_crating',
            args: { job: 'MV-27-3391', items: ['upright piano', 'gilt mirror'] },
            result: 'Crating slot CR-0429 booked 29/04/2027 10:00, 2 crates, €980.00.',
          },
          { say: 'Crating CR-0429 booked for 29 April, 2 crates, €980.00.' },
        ],
      },
      {
        name: 'quote_builder',
        description: 'Builds move quotes',
        instructions: 'Price the move from the brief.',
        replies: [
          {
            call: 'price_move',
            args: {
              job: 'MV-27-3391',
              volume_m3: 41,
              km: 690,
              movers: 4,
              packing: true,
              piano_handling: true,
            },
            result:
              '{"linehaul": 3150.00, "labour": 1720.00, "packing": 680.00, "piano_handling": 198.00, "subtotal": 5748.00, "vat_19": 1092.12, "total_eur": 6840.12}',
          },
          {
            say: 'MV-27-3391: linehaul €3,150, labour €1,720, packing €680, piano handling €198 → **€6,840.12 incl. 19 % VAT** (crating not included).',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'move_planner', to: 'crating_crew' },
      agent: 'move_planner',
    },
  }),
  defineScenario({
    id: 'encore-checkout-charges-price-before-repricing',
    title:
      'The inventory agent reports Section 112 repriced from €85 to €96 at 14:02; the ticket router still sends the checkout agent a brief to charge 4 × €85',
    domain: 'event ticketing',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      '¡Hola! Quiero 4 tickets for Los Faroles at Palau Sant Jordi, Sat 12 Jun 2027, Section 112 together please. Your site showed €85 each this morning. Card ending 4417 on account TK-55210. Please book and send the total. Thanks!! 🎸',
    topology: {
      shape: 'network',
      coordinator: 'ticket_router',
      workers: ['inventory_agent', 'checkout_agent'],
    },
    agents: [
      {
        name: 'ticket_router',
        description: 'Routes ticket orders between inventory and checkout',
        instructions:
          'Check inventory and the current price, then send checkout the order to charge, then answer the fan.',
        replies: [
          {
            handoff: 'inventory_agent',
            message:
              'Los Faroles, Palau Sant Jordi, 12/06/2027: 4 adjacent seats in Section 112? Current price per seat?',
          },
          {
            handoff: 'checkout_agent',
            message:
              'Order for TK-55210 (card •4417): 4 seats Section 112 row F 7–10, Los Faroles 12/06/2027, **€85.00 each**, total **€340.00** + €2.50/ticket fee.',
          },
          {
            say: '## ¡Listo! 🎉\n\nThank you so much for your order — you’re going to love the show!\n\n**Los Faroles — Palau Sant Jordi, Sat 12 June 2027**\n- Section **112**, Row **F**, seats **7–10** (together ✅)\n- 4 × €85.00 = €340.00 + €10.00 fees\n- **Total charged: €350.00** (card ending 4417)\n\nYour e-tickets are in the app under *My Orders*. ¡Que lo disfrutes!',
          },
        ],
      },
      {
        name: 'inventory_agent',
        description: 'Checks seat inventory and live prices',
        instructions: 'Find seats and report the current price.',
        replies: [
          {
            call: 'seat_inventory',
            args: { event: 'EV-PSJ-0612', section: '112', qty: 4, adjacent: true },
            result:
              '{"event": "EV-PSJ-0612", "section": "112", "block": "row F seats 7-10", "held_for": "10 min", "price_history": [{"at": "2027-02-10T09:00:00+01:00", "eur": 85.00}, {"at": "2027-02-10T14:02:00+01:00", "eur": 96.00, "reason": "dynamic pricing tier 3"}], "current_price_eur": 96.00}',
          },
          {
            say: 'Found 4 together ✅ Section 112 row F seats 7–10 (held 10 min). ⚠️ Price changed at 14:02: **now €96.00/seat** (was €85.00 this morning, dynamic tier 3).',
          },
        ],
      },
      {
        name: 'checkout_agent',
        description: 'Charges orders and issues tickets',
        instructions: 'Charge the order as briefed and issue tickets.',
        replies: [
          {
            call: 'charge_and_issue',
            args: { account: 'TK-55210', seats: 'F7-F10', unit_eur: 85.0, qty: 4, fee_eur: 10.0 },
            result:
              '{"order": "ORD-6612093", "charged_eur": 350.00, "status": "PAID", "tickets": 4, "delivery": "app"}',
          },
          { say: 'ORD-6612093 paid €350.00 (4 × €85 + €10 fees), 4 e-tickets issued to the app.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'ticket_router', to: 'checkout_agent' },
      agent: 'ticket_router',
    },
  }),
  defineScenario({
    id: 'pawsitive-exotics-visit-booked-saturday-afternoon',
    title:
      'Triage transfers a bearded-dragon visit saying the owner can only come weekday mornings before 10:00 and needs the exotics vet; the appointment agent books Saturday 15:30 with a small-animal vet',
    domain: 'veterinary clinic appointments',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Hi!! 🦎 My bearded dragon Mango (patient VX-3318) has stopped eating for 5 days and looks lethargic. I work afternoons and weekends so I can ONLY come on a weekday morning before 10am. Please book him with your exotics vet as soon as possible and text me the time. Thank you!!',
    topology: {
      shape: 'swarm',
      entry: 'triage_nurse',
      agents: ['triage_nurse', 'appointment_agent', 'reminder_agent'],
    },
    agents: [
      {
        name: 'triage_nurse',
        description: 'Triage nurse for incoming pet health requests',
        instructions: 'Assess urgency, then transfer to the appointment agent with the constraints.',
        replies: [
          {
            handoff: 'appointment_agent',
            message:
              'Hi! 😊 Mango, bearded dragon VX-3318: anorexia 5 days + lethargy → **urgent-soon (within 48 h)**. Must see **Dr. Okafor (exotics)**. Owner availability: **weekday mornings only, arrival before 10:00** (works afternoons and weekends). Please book and pass to reminders.',
          },
        ],
      },
      {
        name: 'appointment_agent',
        description: 'Books appointments in the clinic calendar',
        instructions: 'Book the first slot that fits the constraints, then transfer to reminders.',
        replies: [
          {
            call: 'find_slots',
            args: { patient: 'VX-3318', within_hours: 48 },
            result:
              '| slot | vet | type |\n|---|---|---|\n| Thu 11 Feb 08:40 | Dr. Okafor | exotics |\n| Fri 12 Feb 09:20 | Dr. Okafor | exotics |\n| Sat 13 Feb 15:30 | Dr. Brandt | small animal |\n| Sat 13 Feb 16:10 | Dr. Brandt | small animal |',
          },
          {
            call: 'book_slot',
            args: { patient: 'VX-3318', slot: '2027-02-13T15:30', vet: 'Dr. Brandt' },
            result:
              '{"appointment": "APT-90412", "when": "Sat 13 Feb 2027 15:30", "vet": "Dr. M. Brandt", "room": 2, "status": "BOOKED"}',
          },
          {
            handoff: 'reminder_agent',
            message:
              'Booked ✅ APT-90412, Mango VX-3318, **Sat 13 Feb 15:30, Dr. Brandt**, room 2. Please text the owner.',
          },
        ],
      },
      {
        name: 'reminder_agent',
        description: 'Sends appointment confirmations to owners',
        instructions: 'Send the confirmation text and tell the owner.',
        replies: [
          {
            call: 'send_sms',
            args: {
              patient: 'VX-3318',
              text: 'Mango is booked Sat 13 Feb 15:30 with Dr. Brandt (APT-90412). Bring him in a warm carrier.',
            },
            result: 'SMS SM-771902 delivered 11:48.',
          },
          {
            say: '## Mango is booked! 🦎💚\n\nThank you for reaching out so quickly — loss of appetite in beardies is definitely worth a check.\n\n- **When:** Saturday 13 February, **15:30**\n- **With:** Dr. Brandt\n- **Ref:** APT-90412\n\nWe’ve texted you the details. Please bring Mango in a warm, covered carrier 🌡️. See you soon!',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'triage_nurse', to: 'appointment_agent' },
      agent: 'appointment_agent',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'gridline-restoration-eta-pushed-to-2130-passed-on',
    title:
      'The field lead’s line patroller first estimates restoration 18:00, then the transformer check pushes it to 21:30; the lead and the desk pass on 21:30',
    domain: 'electric utility outage communications',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: an early ETA shown first and superseded within the same team; every later message carries the newer one',
    request:
      'Good afternoon, Bonjour 🙂 We run the Maple Leaf daycare at 410 Orchard Ave (account 7731-0045-12) and the power went out at 13:15. Parents pick up at 17:30 and we need to know whether to stay open tomorrow morning. When will power be back?',
    topology: {
      shape: 'nested',
      top: 'customer_desk',
      teams: { field_lead: ['line_patroller', 'substation_tech'], comms_lead: ['notice_writer'] },
    },
    agents: [
      {
        name: 'customer_desk',
        description: 'Answers business customers about outages',
        instructions: 'Get the restoration estimate from the field lead, have the notice posted, and answer.',
        replies: [
          {
            handoff: 'field_lead',
            message:
              'Orchard Ave outage (acct 7731-0045-12, daycare, out since 13:15): need current cause and restoration ETA.',
          },
          {
            handoff: 'comms_lead',
            message:
              'Post outage notice for OUT-27-120377 Orchard Ave area: cause failed pole-top transformer, ETR **21:30 tonight**.',
          },
          {
            say: '# Power update for Maple Leaf daycare 🧸\n\nThank you for your patience, and I’m sorry for the disruption to your afternoon.\n\n**What happened:** a pole-top transformer serving Orchard Ave failed (outage OUT-27-120377).\n\n**When it’s back:** our crew expects to restore power by **21:30 tonight** — a replacement transformer is on its way.\n\nSo you’ll need to manage 17:30 pick-up without power, but you should be able to **open normally tomorrow morning** ☀️. We’ll text you when it’s back on.',
          },
        ],
      },
      {
        name: 'field_lead',
        description: 'Leads field restoration crews',
        instructions: 'Get the patrol and equipment findings and give the restoration estimate.',
        replies: [
          {
            handoff: 'line_patroller',
            message: 'Patrol Orchard Ave circuit OR-3 for OUT-27-120377, give cause and first ETR.',
          },
          {
            handoff: 'substation_tech',
            message:
              'Check the pole-top transformer T-OR3-118 the patroller flagged; can it be re-fused or must it be replaced? Update ETR.',
          },
          {
            say: 'OUT-27-120377: cause **failed pole-top transformer T-OR3-118** (not re-fusable). Replacement unit en route from depot. **ETR 21:30** (patroller’s earlier 18:00 no longer holds).',
          },
        ],
      },
      {
        name: 'line_patroller',
        description: 'Patrols lines to find faults',
        instructions: 'Patrol and report cause and a first estimate.',
        replies: [
          {
            call: 'patrol_report',
            args: { circuit: 'OR-3', outage: 'OUT-27-120377' },
            result:
              '{"found": "blown fuse + scorched bushing at T-OR3-118", "customers": 63, "first_etr": "18:00", "confidence": "low"}',
          },
          {
            say: 'OR-3 patrolled: blown fuse and scorched bushing at transformer T-OR3-118, 63 customers. First ETR **18:00** (low confidence, bushing may mean a swap).',
          },
        ],
      },
      {
        name: 'substation_tech',
        description: 'Tests and replaces distribution equipment',
        instructions: 'Test the equipment and update the estimate.',
        replies: [
          {
            call: 'transformer_test',
            args: { asset: 'T-OR3-118' },
            result:
              '{"asset": "T-OR3-118", "insulation_test": "FAIL", "action": "replace 50 kVA unit", "spare": "depot Eastgate, truck dispatched 15:05", "revised_etr": "21:30", "supersedes_etr": "18:00"}',
          },
          {
            say: 'T-OR3-118 failed insulation test ❌ → replace with 50 kVA spare (truck left Eastgate 15:05). **Revised ETR 21:30**, replaces the 18:00 estimate.',
          },
        ],
      },
      {
        name: 'comms_lead',
        description: 'Leads outage communications',
        instructions: 'Have outage notices posted.',
        replies: [
          {
            handoff: 'notice_writer',
            message:
              'Notice for OUT-27-120377 Orchard Ave: transformer replacement, ETR 21:30. Web map + SMS to registered customers.',
          },
          { say: 'Notice posted for OUT-27-120377 (ETR 21:30), SMS sent to 63 customers.' },
        ],
      },
      {
        name: 'notice_writer',
        description: 'Writes and posts outage notices',
        instructions: 'Post the notice.',
        replies: [
          {
            call: 'post_notice',
            args: { outage: 'OUT-27-120377', etr: '21:30', channels: ['web', 'sms'] },
            result: 'Notice N-88213 live on outage map 15:22; SMS batch 63/63 delivered.',
          },
          { say: 'N-88213 live 15:22, SMS 63/63 delivered, ETR 21:30.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kartonage-elevator-booking-refused-reported-plainly',
    title:
      'The building-access booker’s freight-lift booking throws (lift under maintenance on 14 Jun); it says so, books the 15th instead with the customer’s stated fallback, and the scheduler plans on that',
    domain: 'moving company scheduling',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error reported as such and worked around within the stated constraints',
    request:
      'Hi team 👋 Moving out of Apt 1204, 88 Harbourfront Blvd, Toronto on Mon 14 Jun 2027, to a house in Oakville. The building requires a freight elevator booking. If the 14th doesn’t work for the building, the 15th is OK too, but not later. Could you book it all and send me the plan? Merci!',
    topology: { shape: 'pipeline', order: ['access_booker', 'crew_scheduler', 'plan_writer'] },
    agents: [
      {
        name: 'access_booker',
        description: 'Books building access and freight elevators',
        instructions:
          'Book the elevator on the requested date, or the fallback the customer allowed; report exactly what happened.',
        replies: [
          {
            call: 'book_freight_elevator',
            args: { building: '88 Harbourfront Blvd', date: '2027-06-14', window: '08:00-12:00' },
            result: {
              error:
                'BuildingLink 409 Conflict: freight elevator FE-2 out of service 2027-06-14 (annual inspection, TSSA permit #E-55721). No bookings accepted.',
            },
          },
          {
            call: 'book_freight_elevator',
            args: { building: '88 Harbourfront Blvd', date: '2027-06-15', window: '08:00-12:00' },
            result:
              '{"booking": "BL-FE2-0615-03", "date": "2027-06-15", "window": "08:00-12:00", "deposit_cad": 250.00, "pads_required": true}',
          },
          {
            say: '### Elevator booking 🛗\n- **14 Jun: not possible** — BuildingLink refused it (FE-2 out of service for its annual inspection, permit #E-55721).\n- **Booked 15 Jun instead** (your allowed fallback): BL-FE2-0615-03, 08:00–12:00, $250.00 CAD deposit, wall pads required.',
          },
        ],
      },
      {
        name: 'crew_scheduler',
        description: 'Schedules moving crews and trucks',
        instructions: 'Schedule crew and truck for the booked access window.',
        prompt: 'Access booking:\n{input}\n\nCustomer: {request}',
        replies: [
          {
            call: 'schedule_crew',
            args: { date: '2027-06-15', start: '08:00', movers: 3, truck: '26ft', destination: 'Oakville' },
            result:
              '{"job": "TOR-27-4410", "crew": "Team C (lead: Marc-André)", "truck": "26ft #T-09", "eta_origin": "07:45", "est_unload": "14:30"}',
          },
          {
            say: 'TOR-27-4410: Team C (lead Marc-André), 3 movers, 26 ft truck T-09, **Tue 15 Jun**, on site 07:45, loading in the 08:00–12:00 elevator window, unload in Oakville ~14:30.',
          },
        ],
      },
      {
        name: 'plan_writer',
        description: 'Writes the customer’s moving plan',
        instructions: 'Write the plan for the customer.',
        prompt: 'Schedule:\n{input}\n\nCustomer: {request}',
        replies: [
          {
            say: '# Your moving plan 📦\n\nThanks for your patience! Quick heads-up first:\n\n> The building’s freight elevator is **out of service on Mon 14 June** (annual inspection), so we’ve used your backup date.\n\n## Moving day: **Tuesday 15 June 2027**\n- 07:45 — Team C (lead Marc-André) arrives, 26 ft truck\n- 08:00–12:00 — elevator FE-2 booked (BL-FE2-0615-03, $250 deposit, pads on)\n- ~14:30 — unloading in Oakville\n\nÀ bientôt!',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'filewise-amended-return-revised-once-then-cleared',
    title:
      'The reviewer sends the amended return back once (the new 1099-INT from Harbor Credit Union was left out); the preparer adds it, the reviewer clears it',
    domain: 'tax filing help',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: one revise round with a real change, then approval',
    request:
      'Hello! 🙋 I filed my 2025 return in March but then got a corrected 1099-DIV from Northway Brokerage (qualified dividends went from $1,240 to $2,860) AND a late 1099-INT from Harbor Credit Union for $418 interest. Can you prepare the 1040-X and tell me what I owe? Gracias!',
    topology: {
      shape: 'pipeline',
      order: ['amendment_preparer', 'amendment_reviewer', 'client_explainer'],
      loop: { from: 'amendment_reviewer', to: 'amendment_preparer', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'amendment_preparer',
        description: 'Prepares amended returns',
        instructions: 'Prepare the 1040-X, or revise it per the reviewer’s notes.',
        prompt: 'Input / reviewer notes:\n{input}\n\nClient: {request}',
        replies: [
          {
            say: '1040-X TY2025 draft v1\n| line | original | change | corrected |\n|---|---|---|---|\n| qualified dividends | $1,240 | +$1,620 | $2,860 |\n| taxable income | $71,350 | +$1,620 | $72,970 |\n| tax | $8,912 | +$243 | $9,155 |\nBalance due: **$243** + interest.',
          },
          {
            say: '1040-X TY2025 draft v2\n| line | original | change | corrected |\n|---|---|---|---|\n| taxable interest | $0 | +$418 | $418 |\n| qualified dividends | $1,240 | +$1,620 | $2,860 |\n| taxable income | $71,350 | +$2,038 | $73,388 |\n| tax | $8,912 | +$335 | $9,247 |\nBalance due: **$335** + interest (est. $14).',
          },
        ],
      },
      {
        name: 'amendment_reviewer',
        description: 'Reviews amended returns',
        instructions: 'Answer "APPROVED: <summary>" or "REVISE: <notes>".',
        prompt: 'Draft:\n{input}',
        replies: [
          {
            say: 'REVISE: v1 only reflects the corrected 1099-DIV. The late **1099-INT from Harbor Credit Union ($418)** must be added as taxable interest (22 % bracket → +$92). Expected total change ≈ +$335.',
          },
          {
            say: 'APPROVED: v2 includes both the corrected 1099-DIV (+$1,620 at 15 %) and the 1099-INT (+$418 at 22 %). Tax +$335, est. interest $14. Ready for client.',
          },
        ],
      },
      {
        name: 'client_explainer',
        description: 'Explains results to clients',
        instructions: 'Explain the approved amendment to the client.',
        prompt: 'Review outcome:\n{input}',
        replies: [
          {
            say: '## Your 2025 amendment is ready ✅\n\nThanks for sending both forms — great catch!\n\n**What changed**\n- Qualified dividends: +$1,620 (corrected 1099-DIV, Northway)\n- Interest income: +$418 (1099-INT, Harbor Credit Union)\n\n**What you owe:** about **$335** in extra tax plus roughly **$14** interest. Pay when you e-file the 1040-X to stop further interest. ¡Listo!',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'folio-renewals-skip-title-with-waiting-hold',
    title:
      'A patron asks to renew everything except the cookbook she is returning; the renewals agent renews four, leaves the cookbook, and the notices agent confirms',
    domain: 'public library services',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: one item of the loan list is not renewed, exactly as the patron excluded it',
    request:
      'Hiya! 📖 Card 2100 4471 9022 (Tomás Ferreira). Could you please renew all my loans EXCEPT the Ottolenghi cookbook — I’m dropping that one back at the Westgate book return tomorrow. Then email me the new due dates. Cheers!',
    topology: {
      shape: 'swarm',
      entry: 'library_helpdesk',
      agents: ['library_helpdesk', 'renewals_agent', 'notices_agent'],
    },
    agents: [
      {
        name: 'library_helpdesk',
        description: 'Library chat helpdesk',
        instructions: 'Check the patron’s loans and transfer to renewals with what to renew.',
        replies: [
          {
            call: 'patron_loans',
            args: { card: '2100 4471 9022' },
            result:
              '| item | title | due | renewals used |\n|---|---|---|---|\n| 31190044812 | Simple — Ottolenghi | 2027-02-15 | 0 |\n| 31190051267 | The Ministry of Time | 2027-02-15 | 1 |\n| 31190039920 | Braiding Sweetgrass | 2027-02-15 | 0 |\n| 31190062018 | Der Trafikant (DE) | 2027-02-18 | 0 |\n| 31190058833 | Lonely Planet Portugal | 2027-02-18 | 2 |',
          },
          {
            handoff: 'renewals_agent',
            message:
              'Tomás (card 2100 4471 9022) has 5 loans (table above). Please renew **all except item 31190044812, *Simple* by Ottolenghi** — he’s returning it tomorrow. Then hand to notices for the email.',
          },
        ],
      },
      {
        name: 'renewals_agent',
        description: 'Renews library loans',
        instructions: 'Renew the items asked for and transfer to notices with the result.',
        replies: [
          {
            call: 'renew_items',
            args: {
              card: '2100 4471 9022',
              items: ['31190051267', '31190039920', '31190062018', '31190058833'],
            },
            result:
              '{"renewed": [{"item": "31190051267", "new_due": "2027-03-08"}, {"item": "31190039920", "new_due": "2027-03-08"}, {"item": "31190062018", "new_due": "2027-03-11"}, {"item": "31190058833", "new_due": "2027-03-11"}], "failed": []}',
          },
          {
            handoff: 'notices_agent',
            message:
              'Renewed 4/4 requested ✅\n- The Ministry of Time → 8 Mar\n- Braiding Sweetgrass → 8 Mar\n- Der Trafikant → 11 Mar\n- Lonely Planet Portugal → 11 Mar\n*Simple* (Ottolenghi) left as is, due 15 Feb, patron returning it. Please email him.',
          },
        ],
      },
      {
        name: 'notices_agent',
        description: 'Sends patron notices',
        instructions: 'Email the patron and confirm.',
        replies: [
          {
            call: 'send_email',
            args: { card: '2100 4471 9022', template: 'RENEWAL_CONFIRM', items: 4 },
            result: 'Email EM-220931 sent to t.ferreira@… 10:14.',
          },
          {
            say: '## All set, Tomás! 📚✨\n\nThanks for getting in touch! Here are your **new due dates**:\n\n| title | new due date |\n|---|---|\n| The Ministry of Time | **8 March** |\n| Braiding Sweetgrass | **8 March** |\n| Der Trafikant | **11 March** |\n| Lonely Planet Portugal | **11 March** |\n\nAs you asked, we didn’t renew *Simple* by Ottolenghi — it’s still due **15 Feb**, so the Westgate book return tomorrow is perfect. We’ve emailed you this too. Boa leitura!',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'skyway-baggage-route-idle-for-missed-connection',
    title:
      'A missed-connection contact is classified as rebooking; the baggage-claims route never runs, by design, and the after-care writer answers from the rebooking result',
    domain: 'airline rebooking',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf: 'lost_message: a branch specialist that never runs because its route was not chosen',
    request:
      'Hello 😊 I’m stuck in Frankfurt — my LH 904 from London landed late and I missed LH 422 to Boston (booking 6KZP4R, one passenger, checked bag through to BOS). Can you put me on the next flight today and tell me what happens with my suitcase? Danke schön!',
    topology: {
      shape: 'branch',
      classifier: 'contact_classifier',
      routes: { rebooking: 'connection_rebooker', baggage: 'baggage_claims_agent' },
      after: 'aftercare_writer',
    },
    agents: [
      {
        name: 'contact_classifier',
        description: 'Classifies airline customer contacts',
        instructions: 'Answer with the route (rebooking or baggage) and the key facts.',
        replies: [
          {
            say: 'rebooking — PNR 6KZP4R, 1 pax, missed connection FRA (LH 904 LHR-FRA late → LH 422 FRA-BOS missed). Bag checked through to BOS: follows the rebooked itinerary, no claim needed.',
          },
        ],
      },
      {
        name: 'connection_rebooker',
        description: 'Rebooks passengers who missed connections',
        instructions: 'Rebook on the next available flight and confirm the bag re-routing.',
        prompt: 'Classification:\n{input}\n\nPassenger: {request}',
        replies: [
          {
            call: 'rebook_next',
            args: { pnr: '6KZP4R', from: 'FRA', to: 'BOS', date: '2027-03-02' },
            result:
              '{"new_flight": "UA 903", "dep": "16:55", "arr": "19:10", "gate": "Z25", "seat": "31C", "ticket": "220-4418820913", "bag": {"tag": "LH 448812", "rerouted_to": "UA 903", "status": "auto-transfer"}}',
          },
          {
            say: 'Rebooked 6KZP4R on **UA 903 FRA 16:55 → BOS 19:10**, gate Z25, seat 31C, ticket 220-4418820913. Bag LH 448812 auto-transferred to UA 903.',
          },
        ],
      },
      {
        name: 'baggage_claims_agent',
        description: 'Handles delayed or damaged baggage claims',
        instructions: 'Open a baggage claim.',
        replies: [{ say: 'Baggage claim not applicable.' }],
      },
      {
        name: 'aftercare_writer',
        description: 'Writes the final message to the passenger',
        instructions: 'Write a clear, friendly message from the rebooking result.',
        prompt: 'Result:\n{input}',
        replies: [
          {
            say: '# You’re on your way to Boston ✈️\n\nSo sorry about the tight connection in Frankfurt — here’s your new plan:\n\n## New flight\n- **UA 903**, Frankfurt → Boston, **today 16:55 → 19:10**\n- Gate **Z25**, seat **31C**\n- Ticket 220-4418820913\n\n## Your suitcase 🧳\nYour bag (tag **LH 448812**) has been **automatically transferred to UA 903** — nothing to do, collect it in Boston as usual.\n\nGute Reise!',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'hearthside-evidence-checks-one-very-chatty-but-complete',
    title:
      'Fan-out of three evidence checks on a housing benefit change; the childcare checker buries its result in greetings, emojis and a restated brief, but every figure is there and the aggregator uses them',
    domain: 'housing benefit change of circumstances',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: a padded, chatty worker answer that still carries every figure asked for',
    request:
      'Hello 👋 Claim HB-51-208877 (Mr Karim Haddad). He started a new part-time job on 6 Jan 2027, his daughter began nursery with registered childcare costs, and his son turned 18 and left school. Please check the evidence he uploaded and tell him what changes from 6 January. Danke!',
    topology: {
      shape: 'fanout',
      planner: 'change_planner',
      workers: ['earnings_checker', 'childcare_checker', 'household_checker'],
      aggregator: 'change_summariser',
    },
    agents: [
      {
        name: 'change_planner',
        description: 'Splits change-of-circumstance evidence checks',
        instructions: 'Write one brief per checker.',
        replies: [
          {
            plan: {
              earnings_checker: 'HB-51-208877: verify new earnings from 06/01/2027 (payslips), weekly net.',
              childcare_checker:
                'HB-51-208877: verify registered childcare costs for daughter from 06/01/2027, weekly amount allowable.',
              household_checker:
                'HB-51-208877: son turned 18 / left school — confirm effect on household and non-dependant status.',
            },
          },
        ],
      },
      {
        name: 'earnings_checker',
        description: 'Checks earnings evidence',
        instructions: 'Verify earnings.',
        replies: [
          {
            call: 'verify_payslips',
            args: { claim: 'HB-51-208877', from: '2027-01-06' },
            result:
              '{"employer": "Café Lumière Ltd", "hours_wk": 18, "net_weekly": [214.60, 209.15, 216.80], "avg_net_weekly": 213.52}',
          },
          { say: 'Earnings from 06/01: Café Lumière Ltd, 18 h/wk, average net **£213.52/wk** (3 payslips).' },
        ],
      },
      {
        name: 'childcare_checker',
        description: 'Checks childcare cost evidence',
        instructions: 'Verify childcare costs.',
        replies: [
          {
            call: 'verify_childcare',
            args: { claim: 'HB-51-208877', child: 'Leila Haddad', from: '2027-01-06' },
            result:
              '{"provider": "Little Acorns Nursery", "ofsted": "EY552103", "invoice_monthly": 412.00, "weekly_equiv": 95.08, "allowable_weekly": 95.08, "cap_one_child": 175.00}',
          },
          {
            say: 'Hello hello! 🌈👶 Thank you so much for this lovely task — I really enjoy childcare checks!\n\n## What you asked me\nYou wanted me to **verify registered childcare costs for the daughter from 06/01/2027** and give the **weekly allowable amount**. Absolutely, here we go! 🚀\n\n## What I found\n- Provider: **Little Acorns Nursery** (Ofsted EY552103 — registered ✅)\n- Invoice: **£412.00 per month**\n- Weekly equivalent: **£95.08**\n- Allowable: **£95.08/wk** (well under the £175 one-child cap 🎉)\n\nHope this helps, and have a wonderful day! 😊💐',
          },
        ],
      },
      {
        name: 'household_checker',
        description: 'Checks household composition changes',
        instructions: 'Verify household changes.',
        replies: [
          {
            call: 'household_change',
            args: { claim: 'HB-51-208877', member: 'Sami Haddad', event: 'turned 18, left education' },
            result:
              '{"dob": "2008-12-29", "left_school": "2026-12-18", "status": "non-dependant from 2027-01-06", "income": "none, JSA claim pending", "nd_deduction_wk": 0.00, "reason": "no income, under 25 on JSA-IB pending → nil deduction"}',
          },
          {
            say: 'Sami (18 on 29/12/2026, left school 18/12) becomes a **non-dependant from 06/01/2027**; no income, JSA pending → **£0.00/wk** non-dependant deduction for now.',
          },
        ],
      },
      {
        name: 'change_summariser',
        description: 'Writes the change-of-circumstance outcome',
        instructions: 'Merge the checks into one reply for the claimant.',
        prompt: 'Checks:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: '## Changes to your housing benefit from 6 January 2027 🏠\n\nDear Mr Haddad, thank you for sending everything so promptly!\n\n| change | what we’ll use |\n|---|---|\n| New job (Café Lumière, 18 h) | earnings **£213.52/wk** net |\n| Leila at Little Acorns Nursery | childcare **£95.08/wk** deducted from earnings |\n| Sami turned 18 | now a non-dependant, **no deduction** while he has no income |\n\nWe’ll send your new award letter shortly. Please tell us if Sami starts work or receives benefits. Danke und alles Gute!',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch45Scenarios = [...faults, ...healthy];
