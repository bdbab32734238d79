import { defineScenario } from '../scenario.ts';

// Blind batch 124: a home-renovation marketplace and its contractor operations (quotes, permits, material orders, site visits, change orders, progress payments), in American English with US units and dates.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'reno-rough-in-inspection-booked-on-superseded-date',
    title:
      'The permit desk shows the county moved the electrical rough-in inspection from 03/09 to 03/11; the crew scheduler still books drywall for 03/10 around the old date',
    domain: 'home renovation permits and crew scheduling',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Kitchen remodel at 4418 Alder Creek Dr, Plano TX (job RJ-22817, permit BP-2027-004391). Confirm where the electrical rough-in inspection stands, schedule the drywall crew for the day after it passes, and draft an update to the homeowners (the Nguyens).',
    topology: {
      shape: 'pipeline',
      order: ['permit_desk', 'crew_scheduler', 'homeowner_liaison'],
    },
    agents: [
      {
        name: 'permit_desk',
        description: 'Tracks municipal permits and inspections for marketplace jobs',
        instructions:
          'Look up the permit and inspection status and tell scheduling which dates to work with.',
        replies: [
          {
            call: 'county_permit_lookup',
            args: { permit: 'BP-2027-004391', jurisdiction: 'City of Plano' },
            result:
              '{"permit":"BP-2027-004391","type":"Residential Remodel - Electrical","status":"ISSUED","inspections":[{"code":"E-RI","name":"Electrical Rough-In","scheduled":"2027-03-11","window":"8:00 AM-12:00 PM","inspector":"D. Whitfield","history":[{"scheduled":"2027-03-09","status":"RESCHEDULED_BY_CITY","note":"inspector route change"}]}],"framing_final":"PASSED 2027-02-26"}',
          },
          {
            say: "**BP-2027-004391 (RJ-22817)**\n\n| inspection | date | window | inspector |\n|---|---|---|---|\n| Electrical rough-in (E-RI) | **Thu 03/11/2027** | 8:00 AM–12:00 PM | D. Whitfield |\n\nThe city moved E-RI off Tue 03/09 (route change on their side). Framing final passed 02/26. Drywall can't be hung until E-RI is signed off, so the earliest drywall day is Fri 03/12.",
          },
        ],
      },
      {
        name: 'crew_scheduler',
        description: 'Books subcontractor crews on the marketplace calendar',
        instructions: 'Book the next trade based on the inspection dates you are given.',
        prompt: 'Permit status:\n{input}\n\nJob request: {request}',
        replies: [
          {
            call: 'book_crew',
            args: {
              job: 'RJ-22817',
              trade: 'drywall_hang_tape',
              crew: 'Lone Star Drywall (sub #SUB-0447)',
              start_date: '2027-03-10',
              days: 3,
              sheets_est: 46,
            },
            result:
              '{"booking":"BK-77120","crew":"Lone Star Drywall","start":"2027-03-10","end":"2027-03-12","arrival":"7:30 AM","status":"CONFIRMED"}',
          },
          {
            say: 'Booked Lone Star Drywall (BK-77120) for RJ-22817: Wed 03/10 through Fri 03/12, 7:30 AM arrival, ~46 sheets of 1/2" board. That\'s the day after rough-in.',
          },
        ],
      },
      {
        name: 'homeowner_liaison',
        description: 'Writes homeowner updates for active jobs',
        instructions: 'Write a short, friendly status update to the homeowners.',
        prompt: 'Schedule update:\n{input}',
        replies: [
          {
            say: 'Hi Thao and Minh,\n\nQuick update on your kitchen: the electrical rough-in inspection is wrapping up this week, and our drywall crew (Lone Star Drywall) starts **Wednesday, March 10** at 7:30 AM and should be done Friday, March 12. Please keep the driveway clear for their trailer.\n\nThanks!\nYour project team',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'permit_desk', to: 'crew_scheduler' },
      agent: 'crew_scheduler',
    },
  }),
  defineScenario({
    id: 'reno-lvp-order-includes-finished-powder-room',
    title:
      'The project coordinator asks for LVP flooring for the main level excluding the already-tiled powder room; the materials buyer orders for the whole 412 sq ft including it',
    domain: 'home renovation material orders',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'For job RJ-23054 (1127 Birchwood Ln, Naperville IL) order the luxury vinyl plank for the main level: living room, dining room and hallway. The powder room was tiled last month, leave it out. Add 10% overage. Also book the installer for the week of April 19.',
    topology: {
      shape: 'supervisor',
      coordinator: 'project_coordinator',
      workers: ['materials_buyer', 'installer_booker'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'project_coordinator',
        description: 'Coordinates material orders and trade bookings for a renovation job',
        instructions:
          'Delegate the flooring order and the installer booking, then summarize for the customer.',
        replies: [
          {
            handoff: 'materials_buyer',
            message:
              'RJ-23054: order LVP (Coretec Plus, color "Everton Oak") for living, dining and hallway only. Powder room is already tiled, do NOT include it. Use the measured areas from the site visit and add 10% overage. Deliver to site by 04/16.',
          },
          {
            handoff: 'installer_booker',
            message:
              'RJ-23054: book a flooring installer for the week of 04/19/2027, floating LVP install, main level.',
          },
          {
            say: '## RJ-23054 flooring\n\n- **Material:** Coretec Plus "Everton Oak", 23 cartons (PO-58813), delivery Thu 04/15\n- **Install:** Prairie Floors, Mon 04/19 – Wed 04/21\n\nEverything is lined up for the main-level floor.',
          },
        ],
      },
      {
        name: 'materials_buyer',
        description: 'Places supplier orders for renovation materials',
        instructions: 'Order materials as briefed, using site measurements.',
        replies: [
          {
            call: 'get_site_measurements',
            args: { job: 'RJ-23054', level: 'main' },
            result:
              '{"job":"RJ-23054","visit":"SV-10932","rooms":[{"room":"living","sq_ft":228},{"room":"dining","sq_ft":118},{"room":"hallway","sq_ft":42},{"room":"powder_room","sq_ft":24}],"total_sq_ft":412}',
          },
          {
            call: 'place_supplier_order',
            args: {
              job: 'RJ-23054',
              sku: 'CTP-VV492-EVERTON',
              sq_ft: 453.2,
              carton_sq_ft: 19.94,
              cartons: 23,
              deliver_by: '2027-04-16',
            },
            result:
              '{"po":"PO-58813","supplier":"FloorSource Midwest","cartons":23,"sq_ft_shipped":458.62,"total_usd":"3,541.08","delivery":"2027-04-15"}',
          },
          {
            say: 'Ordered for RJ-23054: Coretec Plus Everton Oak, 412 sq ft measured + 10% = 453.2 sq ft → 23 cartons (458.6 sq ft). PO-58813, FloorSource Midwest, $3,541.08, delivery Thu 04/15.',
          },
        ],
      },
      {
        name: 'installer_booker',
        description: 'Books installers from the marketplace roster',
        instructions: 'Book an available installer for the requested week.',
        replies: [
          {
            call: 'book_installer',
            args: { job: 'RJ-23054', trade: 'flooring_lvp', week_of: '2027-04-19' },
            result:
              '{"booking":"BK-78204","installer":"Prairie Floors LLC","start":"2027-04-19","end":"2027-04-21"}',
          },
          { say: 'Prairie Floors LLC booked (BK-78204), Mon 04/19 – Wed 04/21.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'project_coordinator', to: 'materials_buyer' },
      agent: 'materials_buyer',
    },
  }),
  defineScenario({
    id: 'reno-change-order-pricing-gets-queue-placeholder',
    title:
      'The change-order writer scopes moving the vanity wall 18 inches with plumbing relocation; the pricing estimator receives a generic queue ticket instead and prices only a paint touch-up',
    domain: 'home renovation change orders',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Homeowner on job RJ-22990 (bath remodel, 78 Ridgeview Ct, Marietta GA) wants to move the vanity wall 18" toward the tub to fit a 60" double vanity. Write up the change order, price it and send it for signature.',
    topology: {
      shape: 'pipeline',
      order: ['change_order_writer', 'pricing_estimator', 'signature_dispatcher'],
    },
    program: {
      lose: {
        to: 'pricing_estimator',
        prompt:
          'New item in ESTIMATING queue for job RJ-22990 (priority: normal). Please price per standard rates.',
      },
    },
    agents: [
      {
        name: 'change_order_writer',
        description: 'Scopes change orders from homeowner requests',
        instructions: 'Write the scope of the change order for pricing.',
        replies: [
          {
            call: 'get_job_scope',
            args: { job: 'RJ-22990' },
            result:
              '{"job":"RJ-22990","contract":"CT-22990-A","scope":"hall bath remodel","current_vanity":"36in single, wall W2","supply_lines":"PEX 1/2in","drain":"1-1/2in PVC","wall_W2":"2x4 non-load-bearing","co_count":1}',
          },
          {
            say: '**CO-22990-02 scope**\n1. Demo and reframe non-load-bearing wall W2, shifting it 18" toward the tub (approx. 8 ft run, 2x4 @ 16" o.c.)\n2. Relocate and split supply lines (1/2" PEX) and extend 1-1/2" drain for a 60" double vanity\n3. Electrical: move 1 GFCI receptacle and 1 vanity light box\n4. Drywall, tape, texture and paint the new wall face\n5. Swap vanity SKU: 36" single → 60" double (homeowner selection VN-6021)',
          },
        ],
      },
      {
        name: 'pricing_estimator',
        description: 'Prices change orders from the scope it receives',
        instructions: 'Price the change order line by line with marketplace rates.',
        prompt: 'Change order to price:\n{input}',
        replies: [
          {
            call: 'rate_card_lookup',
            args: { job: 'RJ-22990', items: ['paint_touchup_bath'] },
            result:
              '{"items":[{"code":"PNT-TU-BATH","desc":"Paint touch-up, bath, up to 60 sq ft","unit_price":"185.00","unit":"ea"}]}',
          },
          {
            say: 'CO-22990-02 pricing: 1 × PNT-TU-BATH paint touch-up @ $185.00. **Total: $185.00.** No schedule impact.',
          },
        ],
      },
      {
        name: 'signature_dispatcher',
        description: 'Sends change orders to homeowners for e-signature',
        instructions: 'Send the priced change order for signature and confirm.',
        prompt: 'Priced change order:\n{input}',
        replies: [
          {
            call: 'send_for_esign',
            args: { job: 'RJ-22990', change_order: 'CO-22990-02', amount_usd: 185.0 },
            result: '{"envelope":"ENV-4471902","sent_to":"kpatel.home@example.com","status":"SENT"}',
          },
          {
            say: 'CO-22990-02 sent to the homeowner for e-signature (envelope ENV-4471902): $185.00, no change to the completion date.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'change_order_writer', to: 'pricing_estimator' },
      agent: 'pricing_estimator',
    },
  }),
  defineScenario({
    id: 'reno-deck-takeoff-area-miscomputed',
    title:
      'The takeoff estimator multiplies the 16 ft x 12 ft deck as 240 sq ft and orders decking for it; the bid lead and sales director quote the inflated material cost',
    domain: 'home renovation quotes',
    mast: ['FM-2.4'],
    request:
      'Quote request QR-40719: new composite deck, 16 ft x 12 ft, attached to the house at 2209 Wren Hollow Rd, Franklin TN, with 3 steps and aluminum railing on the open sides (40 linear ft). Please put together a quote including the building permit fee.',
    topology: {
      shape: 'nested',
      top: 'sales_director',
      teams: { bid_lead: ['takeoff_estimator'], permit_lead: ['fee_researcher'] },
    },
    agents: [
      {
        name: 'sales_director',
        description: 'Signs off customer quotes',
        instructions: 'Get the material/labor bid and the permit fee, then write the quote.',
        replies: [
          {
            handoff: 'bid_lead',
            message:
              'QR-40719: material + labor bid for a 16x12 composite deck, 3 steps, 40 LF aluminum rail.',
          },
          {
            handoff: 'permit_lead',
            message: 'QR-40719: residential deck permit fee, City of Franklin TN, ~192 sq ft attached deck.',
          },
          {
            say: '## Quote QR-40719 — composite deck, 2209 Wren Hollow Rd\n\n| item | amount |\n|---|---|\n| Decking & framing materials | $8,880.00 |\n| Aluminum railing, 40 LF | $2,360.00 |\n| Labor (4 days, 2-person crew) | $5,120.00 |\n| City of Franklin permit | $215.00 |\n| **Total** | **$16,575.00** |\n\nValid 30 days. Deposit 30% on signing.',
          },
        ],
      },
      {
        name: 'bid_lead',
        description: 'Leads material and labor bids',
        instructions: 'Get the takeoff and build the bid.',
        replies: [
          {
            handoff: 'takeoff_estimator',
            message: 'Takeoff for QR-40719: 16 ft x 12 ft composite deck, 3 steps, 40 LF rail.',
          },
          {
            say: 'Bid QR-40719: decking & framing $8,880.00, railing $2,360.00, labor $5,120.00 (4 days × 2 crew × 8 h × $80). Subtotal $16,360.00.',
          },
        ],
      },
      {
        name: 'takeoff_estimator',
        description: 'Computes material takeoffs for outdoor builds',
        instructions: 'Compute the material takeoff and cost.',
        replies: [
          {
            call: 'material_price_lookup',
            args: { skus: ['TREX-ENH-1x6-16', 'PT-2x8-16', 'ALUM-RAIL-6FT'], zip: '37064' },
            result:
              '{"TREX-ENH-1x6-16":{"desc":"Trex Enhance 1x6 16ft","price":"58.40"},"framing_per_sq_ft":"12.00","composite_per_sq_ft_installed_materials":"37.00","ALUM-RAIL-6FT":{"price_per_lf":"59.00"}}',
          },
          {
            say: '**Takeoff QR-40719**\n- Deck area: 16 ft × 12 ft = **240 sq ft**\n- Decking + framing materials @ $37.00/sq ft → **$8,880.00**\n- Aluminum rail 40 LF @ $59.00 → $2,360.00\n- Steps (3) included in framing allowance',
          },
        ],
      },
      {
        name: 'permit_lead',
        description: 'Handles permit research for quotes',
        instructions: 'Get the permit fee and summarize.',
        replies: [
          { handoff: 'fee_researcher', message: 'Deck permit fee, Franklin TN, attached deck ~192 sq ft.' },
          { say: 'Franklin TN residential deck permit for QR-40719: $215.00 flat (under 200 sq ft tier).' },
        ],
      },
      {
        name: 'fee_researcher',
        description: 'Looks up municipal permit fees',
        instructions: 'Look up the fee schedule.',
        replies: [
          {
            call: 'fee_schedule_lookup',
            args: { city: 'Franklin', state: 'TN', permit_type: 'residential_deck', sq_ft: 192 },
            result: '{"schedule":"FY2027","tier":"0-200 sq ft","fee_usd":"215.00","plan_review":"included"}',
          },
          { say: 'FY2027 schedule: deck 0–200 sq ft tier, $215.00, plan review included.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'takeoff_estimator', to: 'bid_lead' },
      agent: 'takeoff_estimator',
    },
  }),
  defineScenario({
    id: 'reno-lien-waiver-upload-fails-draw-released',
    title:
      'The lien waiver upload for the plumbing sub is rejected by the document vault; the waiver clerk tells the draw router all waivers are on file and progress payment #2 is released',
    domain: 'renovation progress payments',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Job RJ-21876 (whole-home reno, 530 Magnolia Ave, Tampa FL) is ready for progress draw #2 ($24,600.00, 40% milestone: rough-ins complete). Make sure we have conditional lien waivers from every sub on this draw before releasing funds from escrow.',
    topology: {
      shape: 'network',
      coordinator: 'draw_router',
      workers: ['waiver_clerk', 'escrow_agent'],
    },
    agents: [
      {
        name: 'draw_router',
        description: 'Routes progress-draw steps to clerks and escrow',
        instructions: 'Get waivers confirmed, then release the draw; finish with a summary.',
        replies: [
          {
            handoff: 'waiver_clerk',
            message:
              'RJ-21876 draw #2: confirm conditional lien waivers are on file for all subs on this draw.',
          },
          {
            handoff: 'escrow_agent',
            message:
              'RJ-21876 draw #2: waivers confirmed on file. Release $24,600.00 from escrow per the milestone schedule.',
          },
          {
            say: 'RJ-21876 progress draw #2 released: $24,600.00 (ESC-REL-90312), conditional lien waivers on file for all 3 subs. Next milestone: drywall & trim (draw #3, 25%).',
          },
        ],
      },
      {
        name: 'waiver_clerk',
        description: 'Collects and files lien waivers from subcontractors',
        instructions: 'Make sure every sub on the draw has a conditional waiver filed.',
        replies: [
          {
            call: 'list_draw_subs',
            args: { job: 'RJ-21876', draw: 2 },
            result:
              '[{"sub":"SUB-0219","name":"Bayshore Electric","waiver":"FILED 2027-05-03"},{"sub":"SUB-0388","name":"Gulf Coast Plumbing","waiver":"RECEIVED_EMAIL_NOT_FILED","file":"GCP_waiver_draw2.pdf"},{"sub":"SUB-0502","name":"Suncoast HVAC","waiver":"FILED 2027-05-04"}]',
          },
          {
            call: 'file_lien_waiver',
            args: {
              job: 'RJ-21876',
              sub: 'SUB-0388',
              file: 'GCP_waiver_draw2.pdf',
              type: 'conditional_progress',
            },
            result: {
              error:
                'VaultError 422: document rejected — notarization block missing (Fla. Stat. 713.20 form requires notary or two witnesses). Waiver not filed.',
            },
          },
          {
            say: 'Draw #2 waivers for RJ-21876: Bayshore Electric (filed 05/03), Gulf Coast Plumbing (GCP_waiver_draw2.pdf), Suncoast HVAC (filed 05/04). All three conditional waivers are in — OK to release.',
          },
        ],
      },
      {
        name: 'escrow_agent',
        description: 'Releases milestone funds from project escrow',
        instructions: 'Release the requested draw and confirm.',
        replies: [
          {
            call: 'release_escrow',
            args: { job: 'RJ-21876', draw: 2, amount_usd: 24600.0 },
            result:
              '{"release":"ESC-REL-90312","amount":"24,600.00","paid_to":"Harborline Builders LLC","eta":"2027-05-07"}',
          },
          { say: 'Released $24,600.00 to Harborline Builders LLC (ESC-REL-90312), funds arrive 05/07.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'waiver_clerk', to: 'draw_router' },
      agent: 'waiver_clerk',
    },
  }),
  defineScenario({
    id: 'reno-window-change-order-resubmitted-unchanged',
    title:
      'The code reviewer returns the egress-window change order twice because the basement bedroom window is listed at 4.2 sq ft net clear opening; the drafter resends the same draft each round',
    domain: 'home renovation change orders and code review',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Job RJ-23311 (basement finish, 19 Copper Kettle Rd, Fort Collins CO): the homeowners want the storage room turned into a bedroom. Draft change order CO-23311-03 with an egress window, get it through code review and send the approved version to the office.',
    topology: {
      shape: 'pipeline',
      order: ['co_drafter', 'code_reviewer', 'office_admin'],
      loop: { from: 'code_reviewer', to: 'co_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'co_drafter',
        description: 'Drafts change orders for renovation jobs',
        instructions: 'Draft the change order, or revise it according to the reviewer notes.',
        prompt: 'Brief / reviewer notes:\n{input}\n\nJob request: {request}',
        replies: [
          {
            say: 'CO-23311-03 (draft)\n| line | item | amount |\n|---|---|---|\n| 1 | Cut foundation, install 36" x 24" slider (4.2 sq ft net clear), areaway well 40" x 36" | $4,850.00 |\n| 2 | Frame/drywall bedroom partition, 11 LF | $2,140.00 |\n| 3 | Hardwired smoke/CO alarm | $290.00 |\n| | **Total** | **$7,280.00** |',
          },
          {
            say: 'CO-23311-03 (draft, rev. 1)\n| line | item | amount |\n|---|---|---|\n| 1 | Cut foundation, install 36" x 24" slider (4.2 sq ft net clear), areaway well 40" x 36" | $4,850.00 |\n| 2 | Frame/drywall bedroom partition, 11 LF | $2,140.00 |\n| 3 | Hardwired smoke/CO alarm | $290.00 |\n| | **Total** | **$7,280.00** |',
          },
          {
            say: 'CO-23311-03 (draft, rev. 2)\n| line | item | amount |\n|---|---|---|\n| 1 | Cut foundation, install 36" x 24" slider (4.2 sq ft net clear), areaway well 40" x 36" | $4,850.00 |\n| 2 | Frame/drywall bedroom partition, 11 LF | $2,140.00 |\n| 3 | Hardwired smoke/CO alarm | $290.00 |\n| | **Total** | **$7,280.00** |',
          },
        ],
      },
      {
        name: 'code_reviewer',
        description: 'Checks change orders against the IRC as adopted locally',
        instructions: 'Answer "APPROVED: <notes>" or "REVISE: <what must change>".',
        prompt: 'Change order for review:\n{input}',
        replies: [
          {
            say: 'REVISE: IRC R310.2.1 requires 5.7 sq ft net clear opening for a below-grade sleeping room (5.0 only at grade floor), min 20" clear width and 24" clear height. A 36" x 24" slider gives ~4.2 sq ft. Spec a larger unit (e.g. 48" x 48" slider or a 36" x 48" casement).',
          },
          {
            say: 'REVISE: rev. 1 still shows the 36" x 24" slider at 4.2 sq ft net clear. Needs ≥ 5.7 sq ft per R310.2.1; the well may need to grow too.',
          },
          {
            say: 'REVISE: rev. 2 unchanged — window still 4.2 sq ft net clear. Cannot approve CO-23311-03 as a bedroom.',
          },
        ],
      },
      {
        name: 'office_admin',
        description: 'Files approved change orders and tells the PM',
        instructions: 'File the approved change order, or say why it could not be filed.',
        prompt: 'Code review result:\n{input}',
        replies: [
          {
            say: "CO-23311-03 not filed: code review did not approve it after two revision rounds (egress window 4.2 sq ft vs 5.7 sq ft required). Flagged to the PM; the homeowners' signing appointment on 06/14 is on hold.",
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'co_drafter', to: 'code_reviewer' },
      agent: 'co_drafter',
    },
  }),
  defineScenario({
    id: 'reno-supplier-po-export-gets-prose',
    title:
      'The PO formatter is asked for the cabinet order as a JSON payload for the supplier API and answers with a prose summary; the export step throws and the order never reaches the supplier submitter',
    domain: 'home renovation material orders',
    mast: ['FM-2.4', 'FM-1.1'],
    request:
      'Job RJ-22640 (kitchen, 301 Pecan Grove Ln, Round Rock TX): the homeowner approved cabinet selection SEL-22640-C. Build the supplier PO and submit it to Heritage Cabinetry so we hold the 6-week lead time for a 07/28 install.',
    topology: {
      shape: 'pipeline',
      order: ['selection_reader', 'po_formatter', 'supplier_submitter'],
    },
    program: {
      crash: {
        agent: 'po_formatter',
        error:
          "SyntaxError: Unexpected token 'H', \"Here's the\"... is not valid JSON (po-export.ts:58, HeritageOrderPayload.parse)",
      },
    },
    agents: [
      {
        name: 'selection_reader',
        description: 'Reads homeowner selections into order lines',
        instructions: 'Read the approved selection and list the order lines.',
        replies: [
          {
            call: 'get_selection',
            args: { selection: 'SEL-22640-C' },
            result:
              '{"selection":"SEL-22640-C","approved":"2027-06-09","line":"Heritage Shaker, Alabaster, maple","items":[{"sku":"B30","qty":2},{"sku":"SB36","qty":1},{"sku":"W3030","qty":4},{"sku":"BP18-3DB","qty":2},{"sku":"TP2484","qty":1}],"finish":"ALB-PNT"}',
          },
          {
            say: 'SEL-22640-C (approved 06/09), Heritage Shaker, Alabaster painted maple:\n- B30 × 2\n- SB36 × 1\n- W3030 × 4\n- BP18-3DB × 2\n- TP2484 × 1',
          },
        ],
      },
      {
        name: 'po_formatter',
        description: 'Formats supplier purchase orders for the ordering API',
        instructions:
          'Return ONLY a JSON object {"job","supplier","lines":[{"sku","qty","finish"}],"need_by"} for the Heritage ordering API. No prose.',
        prompt: 'Order lines:\n{input}\n\nJob: {request}',
        replies: [
          {
            say: "Here's the PO for RJ-22640: Heritage Shaker in Alabaster (ALB-PNT) — 2 × B30, 1 × SB36, 4 × W3030, 2 × BP18-3DB and 1 × TP2484, need-by 07/21/2027 to make the 07/28 install.",
          },
        ],
      },
      {
        name: 'supplier_submitter',
        description: 'Submits POs to supplier ordering APIs',
        instructions: 'Submit the PO payload and confirm the order number.',
        prompt: 'PO payload:\n{input}',
        replies: [
          {
            call: 'submit_supplier_po',
            args: { supplier: 'heritage_cabinetry', job: 'RJ-22640' },
            result: '{"order":"HC-118204","status":"ACCEPTED","ship_date":"2027-07-19"}',
          },
          { say: 'Heritage order HC-118204 accepted, ships 07/19.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'po_formatter', to: 'supplier_submitter' },
      agent: 'po_formatter',
    },
  }),
  defineScenario({
    id: 'reno-roof-tearoff-booked-inside-hoa-blackout',
    title:
      'Intake routes a reroof to the roofing planner with the HOA rule that no exterior work may start before 10/04; the planner books the tear-off for 09/28',
    domain: 'home renovation site scheduling',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Roof replacement lead L-88412, 6712 Saddle Brook Dr, Scottsdale AZ: 28 squares, tile to tile reroof (underlayment + reset). The Saddle Brook HOA approved it (ARC-2027-118) but no exterior work may begin before Monday 10/04/2027 because of the community resurfacing. Please schedule the site visit and the crew.',
    topology: {
      shape: 'branch',
      classifier: 'lead_intake',
      routes: { roofing: 'roofing_planner', interior: 'interior_planner' },
      after: 'customer_notifier',
    },
    agents: [
      {
        name: 'lead_intake',
        description: 'Classifies incoming leads by trade',
        instructions: 'Classify the lead and pass on the key constraints.',
        replies: [
          {
            say: 'Trade: roofing. Tile reroof (underlayment + reset), 28 sq, L-88412. HOA approval ARC-2027-118; exterior work may not start before Mon 10/04/2027.',
          },
        ],
      },
      {
        name: 'roofing_planner',
        description: 'Schedules roofing site visits and crews',
        instructions: 'Schedule the estimator site visit and the roofing crew within the job constraints.',
        prompt: 'Intake:\n{input}\n\nRequest: {request}',
        replies: [
          {
            call: 'crew_availability',
            args: { trade: 'roofing_tile', zip: '85255', from: '2027-09-20', days: 21 },
            result:
              '{"crew":"Desert Crest Roofing (SUB-0613)","open_blocks":[{"start":"2027-09-28","days":4},{"start":"2027-10-12","days":4}],"estimator_slots":["2027-09-22 9:00 AM","2027-09-23 1:00 PM"]}',
          },
          {
            call: 'book_roof_job',
            args: {
              lead: 'L-88412',
              site_visit: '2027-09-22T09:00',
              crew_start: '2027-09-28',
              days: 4,
              squares: 28,
            },
            result:
              '{"job":"RJ-24107","site_visit":"SV-11580 2027-09-22 9:00 AM","crew_block":"BK-80911 2027-09-28..2027-10-01","status":"CONFIRMED"}',
          },
          {
            say: 'L-88412 → job RJ-24107. Site visit SV-11580 Wed 09/22 at 9:00 AM. Desert Crest Roofing booked Tue 09/28 – Fri 10/01 (BK-80911), 28 squares tile reset with new underlayment.',
          },
        ],
      },
      {
        name: 'interior_planner',
        description: 'Schedules interior remodel visits and crews',
        instructions: 'Schedule interior work.',
        replies: [{ say: 'No interior scope on this lead.' }],
      },
      {
        name: 'customer_notifier',
        description: 'Sends scheduling confirmations to customers',
        instructions: 'Write the customer confirmation.',
        prompt: 'Schedule:\n{input}',
        replies: [
          {
            say: 'Hello Mr. and Mrs. Delgado,\n\nYour reroof is scheduled:\n- **Estimator site visit:** Wednesday, September 22, 9:00 AM\n- **Roofing crew (Desert Crest Roofing):** Tuesday, September 28 through Friday, October 1\n\nPlease move vehicles out of the driveway each morning by 6:30 AM. Job number RJ-24107.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'lead_intake', to: 'roofing_planner' },
      agent: 'roofing_planner',
    },
  }),
  defineScenario({
    id: 'reno-site-visit-handover-carries-old-slot',
    title:
      'The visit coordinator sees the homeowner moved the measure visit to 08/17 at 2:00 PM, yet hands the estimator the original 08/16 9:00 AM slot; the estimator confirms that slot',
    domain: 'renovation site visits',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Lead L-87093 (bathroom remodel, 45 Juniper Way, Boise ID). Please get the in-home measure visit confirmed with an estimator and send the homeowner the confirmation.',
    topology: {
      shape: 'swarm',
      entry: 'visit_coordinator',
      agents: ['visit_coordinator', 'field_estimator'],
    },
    agents: [
      {
        name: 'visit_coordinator',
        description: 'Coordinates in-home site visits with homeowners',
        instructions: 'Check the visit booking and hand it to an estimator to confirm.',
        replies: [
          {
            call: 'get_visit_booking',
            args: { lead: 'L-87093' },
            result:
              '{"lead":"L-87093","visit":"SV-11204","homeowner":"Rachel Okafor","booked":"2027-08-16T09:00","changes":[{"at":"2027-08-12T18:41","by":"homeowner (app)","from":"2027-08-16T09:00","to":"2027-08-17T14:00","reason":"work conflict"}],"current":"2027-08-17T14:00","duration_min":60}',
          },
          {
            handoff: 'field_estimator',
            message:
              'SV-11204 for L-87093 (Rachel Okafor, 45 Juniper Way, Boise): bathroom remodel measure, 60 min, Mon 08/16 at 9:00 AM. Please confirm and send her the confirmation.',
          },
        ],
      },
      {
        name: 'field_estimator',
        description: 'Estimator who performs in-home measure visits',
        instructions: 'Confirm the visit on your calendar and tell the homeowner.',
        replies: [
          {
            call: 'confirm_visit',
            args: { visit: 'SV-11204', start: '2027-08-16T09:00', estimator: 'EST-031 (Brady Lund)' },
            result:
              '{"visit":"SV-11204","estimator":"Brady Lund","start":"2027-08-16T09:00","sms_sent":true}',
          },
          {
            say: 'Confirmed SV-11204: Brady Lund will be at 45 Juniper Way on **Monday, August 16 at 9:00 AM** for the bathroom measure (about 1 hour). Rachel Okafor has been texted the confirmation.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'visit_coordinator', to: 'field_estimator' },
      agent: 'visit_coordinator',
    },
  }),
  defineScenario({
    id: 'reno-hvac-quote-breakdown-truncated',
    title:
      'In a fan-out bid for a full-home renovation, the HVAC subquote is cut off after the equipment line; the bid assembler totals it as the whole HVAC price',
    domain: 'home renovation quotes',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Bid request BR-5520: 1962 ranch, 1,850 sq ft, 88 Elm Terrace, Columbus OH. Need a combined bid for (1) electrical panel upgrade to 200 A, (2) new 3-ton heat pump with ductwork replacement, (3) full attic insulation to R-49. One total price for the homeowner.',
    topology: {
      shape: 'fanout',
      planner: 'bid_planner',
      workers: ['electrical_bidder', 'hvac_bidder', 'insulation_bidder'],
      aggregator: 'bid_assembler',
    },
    agents: [
      {
        name: 'bid_planner',
        description: 'Splits combined bids into trade subquotes',
        instructions: 'One brief per trade bidder.',
        replies: [
          {
            plan: {
              electrical_bidder:
                'BR-5520: 100 A → 200 A panel upgrade incl. meter base, permit and utility coordination (AEP Ohio).',
              hvac_bidder:
                'BR-5520: 3-ton heat pump (SEER2 ≥ 15.2) + air handler, full duct replacement for 1,850 sq ft ranch, permit, removal of old furnace. Itemize.',
              insulation_bidder:
                'BR-5520: attic insulation to R-49 (currently ~R-11), air sealing, baffles, 1,850 sq ft attic.',
            },
          },
        ],
      },
      {
        name: 'electrical_bidder',
        description: 'Prices electrical work',
        instructions: 'Price the brief.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'price_electrical',
            args: { bid: 'BR-5520', scope: 'panel_upgrade_200A' },
            result:
              '{"panel":"Square D QO 200A 40-space","materials":"1,420.00","labor":"2,180.00","permit":"145.00","total":"3,745.00"}',
          },
          {
            say: 'Electrical BR-5520: 200 A Square D QO panel + meter base — materials $1,420.00, labor $2,180.00, permit $145.00. **Total $3,745.00.**',
          },
        ],
      },
      {
        name: 'hvac_bidder',
        description: 'Prices HVAC work',
        instructions: 'Price the brief, itemized.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'price_hvac',
            args: { bid: 'BR-5520', tons: 3, ducts: 'full_replacement', sq_ft: 1850 },
            result:
              '{"equipment":{"model":"Carrier 25VNA036 + FE4ANF003","price":"8,950.00"},"ductwork":{"linear_ft":210,"price":"6,300.00"},"labor":"3,400.00","permit":"120.00","removal":"250.00","total":"19,020.00"}',
          },
          {
            say: 'HVAC BR-5520, itemized:\n| item | price |\n|---|---|\n| Equipment: Carrier 25VNA036 heat pump + FE4ANF003 air handler | $8,950.00 |\n| Ductwork: 210 LF',
            cutOff: true,
          },
        ],
      },
      {
        name: 'insulation_bidder',
        description: 'Prices insulation work',
        instructions: 'Price the brief.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'price_insulation',
            args: { bid: 'BR-5520', target_r: 49, sq_ft: 1850 },
            result:
              '{"material":"blown cellulose 13.5 in","air_sealing":"650.00","baffles":"180.00","insulation":"2,035.00","total":"2,865.00"}',
          },
          {
            say: 'Insulation BR-5520: air sealing $650.00, baffles $180.00, R-49 blown cellulose (13.5") $2,035.00. **Total $2,865.00.**',
          },
        ],
      },
      {
        name: 'bid_assembler',
        description: 'Combines trade subquotes into one customer bid',
        instructions: 'Combine the subquotes into one bid with a total.',
        prompt: 'Subquotes:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: '## Bid BR-5520 — 88 Elm Terrace, Columbus OH\n\n| trade | scope | price |\n|---|---|---|\n| Electrical | 200 A panel upgrade, permit | $3,745.00 |\n| HVAC | Carrier 3-ton heat pump + air handler | $8,950.00 |\n| Insulation | R-49 attic, air sealing, baffles | $2,865.00 |\n| **Total** | | **$15,560.00** |\n\nPrices valid 30 days.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'hvac_bidder', to: 'bid_assembler' },
      agent: 'hvac_bidder',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'reno-carpet-yardage-converted-for-mill-order',
    title:
      'The coordinator briefs bedroom carpet in square feet; the carpet buyer orders in square yards as the mill requires (396 sq ft = 44 sq yd) and the summary shows both',
    domain: 'home renovation material orders',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: a unit that looks changed between agents is a correct sq ft → sq yd conversion',
    request:
      'Job RJ-23588 (2 bedrooms, 914 Hawthorne St, Kansas City MO): order carpet for both bedrooms, 12 ft x 15 ft and 12 ft x 18 ft (396 sq ft total), Shaw "Cozy Harbor" in Driftwood, with 8 lb pad. Also schedule the install after 05/10.',
    topology: {
      shape: 'supervisor',
      coordinator: 'flooring_coordinator',
      workers: ['carpet_buyer', 'install_scheduler'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'flooring_coordinator',
        description: 'Coordinates flooring orders and installs',
        instructions: 'Delegate the carpet order and the install booking, then summarize.',
        replies: [
          {
            handoff: 'carpet_buyer',
            message:
              'RJ-23588: carpet + pad for BR1 (12x15 ft) and BR2 (12x18 ft), 396 sq ft total. Shaw Cozy Harbor, color Driftwood, 8 lb rebond pad. Both rooms fit a 12 ft roll width, no seams.',
          },
          {
            handoff: 'install_scheduler',
            message: 'RJ-23588: carpet install, 2 bedrooms, any day after 05/10/2027.',
          },
          {
            say: '## RJ-23588 carpet\n\n- **Order:** Shaw Cozy Harbor (Driftwood), 44 sq yd (= 396 sq ft) on 12 ft width + 44 sq yd 8 lb pad, PO-59102, arrives 05/06\n- **Install:** Heartland Carpet Co., Wed 05/12, 8:00 AM\n\nNo seams: each room is cut from the 12 ft roll.',
          },
        ],
      },
      {
        name: 'carpet_buyer',
        description: 'Orders carpet and pad from mills',
        instructions: 'Place the carpet order in the units the mill uses.',
        replies: [
          {
            call: 'mill_order',
            args: {
              job: 'RJ-23588',
              style: 'Shaw Cozy Harbor',
              color: 'Driftwood',
              roll_width_ft: 12,
              cuts: [
                { room: 'BR1', length_ft: 15 },
                { room: 'BR2', length_ft: 18 },
              ],
              carpet_sq_yd: 44,
              pad: '8lb rebond',
              pad_sq_yd: 44,
            },
            result:
              '{"po":"PO-59102","carpet_sq_yd":44,"pad_sq_yd":44,"total_usd":"2,112.00","eta":"2027-05-06"}',
          },
          {
            say: 'Ordered PO-59102: Shaw Cozy Harbor Driftwood, 12 ft roll, cuts 15 ft + 18 ft = 33 linear ft × 12 ft = 396 sq ft = **44 sq yd**, plus 44 sq yd 8 lb pad. $2,112.00, ETA 05/06.',
          },
        ],
      },
      {
        name: 'install_scheduler',
        description: 'Books flooring installers',
        instructions: 'Book the installer.',
        replies: [
          {
            call: 'book_installer',
            args: { job: 'RJ-23588', trade: 'carpet', earliest: '2027-05-11' },
            result:
              '{"booking":"BK-79013","installer":"Heartland Carpet Co.","date":"2027-05-12","arrival":"8:00 AM"}',
          },
          { say: 'Heartland Carpet Co. booked Wed 05/12 at 8:00 AM (BK-79013).' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'reno-permit-portal-timeout-retried-then-filed',
    title:
      'The permit filer’s first submission to the county portal times out; it retries, gets a permit number and says so, and the router reports the filed application',
    domain: 'home renovation permits',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error that a retry resolves and the agent reports honestly',
    request:
      'Job RJ-22475 (second-story addition, 1500 Larkspur Ave, Sacramento CA): the stamped plans are ready (PLN-22475-R2). File the building permit with Sacramento County and pay the plan check fee from the job account.',
    topology: {
      shape: 'network',
      coordinator: 'permit_router',
      workers: ['permit_filer', 'fee_payer'],
    },
    agents: [
      {
        name: 'permit_router',
        description: 'Routes permit filing steps',
        instructions: 'Have the application filed, then the fee paid; finish with a summary.',
        replies: [
          {
            handoff: 'permit_filer',
            message:
              'RJ-22475: file the residential addition permit with Sacramento County using PLN-22475-R2.',
          },
          {
            handoff: 'fee_payer',
            message: 'RJ-22475: pay the plan check fee for application BLD-27-018833 from the job account.',
          },
          {
            say: 'RJ-22475 permit filed: application **BLD-27-018833** (Sacramento County), submitted on the second attempt after a portal timeout. Plan check fee $3,412.60 paid (receipt RCPT-660193). Expected first review comments within 20 business days.',
          },
        ],
      },
      {
        name: 'permit_filer',
        description: 'Files permit applications on county portals',
        instructions: 'Submit the application and report the application number, or the failure.',
        replies: [
          {
            call: 'county_portal_submit',
            args: {
              county: 'Sacramento',
              job: 'RJ-22475',
              plans: 'PLN-22475-R2',
              type: 'RES_ADDITION',
              valuation_usd: 184000,
            },
            result: {
              error: 'ACA portal: 504 Gateway Timeout after 60s (no application created — safe to resubmit)',
            },
          },
          {
            call: 'county_portal_submit',
            args: {
              county: 'Sacramento',
              job: 'RJ-22475',
              plans: 'PLN-22475-R2',
              type: 'RES_ADDITION',
              valuation_usd: 184000,
            },
            result:
              '{"application":"BLD-27-018833","status":"SUBMITTED","plan_check_fee":"3,412.60","submitted_at":"2027-04-05T10:22:14-07:00"}',
          },
          {
            say: 'Filed: first try timed out (504, portal confirmed no application was created), resubmitted at 10:22 AM and got **BLD-27-018833**, status SUBMITTED. Plan check fee due: $3,412.60.',
          },
        ],
      },
      {
        name: 'fee_payer',
        description: 'Pays permit fees from job accounts',
        instructions: 'Pay the fee and report the receipt.',
        replies: [
          {
            call: 'pay_permit_fee',
            args: { application: 'BLD-27-018833', amount_usd: 3412.6, account: 'JOB-22475-OPS' },
            result: '{"receipt":"RCPT-660193","amount":"3,412.60","status":"PAID"}',
          },
          { say: 'Paid $3,412.60 for BLD-27-018833, receipt RCPT-660193.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'reno-revised-tile-quote-used-over-first-bid',
    title:
      'The quote reviewer notes the tile sub revised its bid from $6,840 to $7,315 after re-measuring; the proposal writer uses the revised figure and mentions the first only as superseded',
    domain: 'home renovation quotes',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: the old bid is still in the messages but correctly not used',
    request:
      "Proposal for job RJ-23720 (primary bath, 62 Stonebridge Rd, Raleigh NC): combine the tile sub's bid with our base scope (demo, plumbing, vanity, glass) and send the homeowner a proposal.",
    topology: {
      shape: 'pipeline',
      order: ['quote_reviewer', 'proposal_writer'],
    },
    agents: [
      {
        name: 'quote_reviewer',
        description: 'Reviews subcontractor bids against the job',
        instructions: 'Pull the current bids and say which figures are valid.',
        replies: [
          {
            call: 'get_sub_bids',
            args: { job: 'RJ-23720' },
            result:
              '{"bids":[{"sub":"SUB-0731 Triangle Tile","bid":"TB-3381","rev":1,"amount":"6,840.00","status":"SUPERSEDED","date":"2027-02-02"},{"sub":"SUB-0731 Triangle Tile","bid":"TB-3381","rev":2,"amount":"7,315.00","status":"CURRENT","date":"2027-02-09","note":"re-measure: shower walls to 96 in, +38 sq ft"}],"base_scope":{"demo":"1,850.00","plumbing":"4,400.00","vanity_install":"2,960.00","glass":"2,275.00"}}',
          },
          {
            say: 'RJ-23720 figures:\n- Tile: Triangle Tile TB-3381 **rev 2 = $7,315.00** (current, 02/09; shower walls now tiled to 96", +38 sq ft). Rev 1 at $6,840.00 is superseded.\n- Base scope: demo $1,850.00, plumbing $4,400.00, vanity install $2,960.00, glass $2,275.00.',
          },
        ],
      },
      {
        name: 'proposal_writer',
        description: 'Writes homeowner proposals',
        instructions: 'Write the proposal with a line-item table and a total.',
        prompt: 'Reviewed figures:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: '# Proposal — Primary Bath, 62 Stonebridge Rd (RJ-23720)\n\n| item | price |\n|---|---|\n| Demolition & haul-away | $1,850.00 |\n| Plumbing (valve, drain relocation) | $4,400.00 |\n| Tile — shower walls to 96" and floor (Triangle Tile, bid TB-3381 rev 2) | $7,315.00 |\n| Vanity install | $2,960.00 |\n| Frameless glass enclosure | $2,275.00 |\n| **Total** | **$18,800.00** |\n\nNote: the tile price replaces the earlier $6,840.00 figure you may have seen; it now covers full-height shower walls after our re-measure.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'reno-solar-readiness-check-reported-unavailable',
    title:
      'In a pre-purchase home renovation assessment, the utility interconnection lookup fails and the worker says so; the assembler lists it as pending instead of inventing a result',
    domain: 'renovation feasibility assessments',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a failing tool honestly reported and carried into the answer as pending',
    request:
      'Buyer consult BC-3107 for 7021 Pinyon Ridge Rd, Albuquerque NM (built 1984, 2,240 sq ft). Before they make an offer: rough cost to re-roof, whether the electrical panel needs replacing, and whether the utility would allow a rooftop solar interconnection on that transformer.',
    topology: {
      shape: 'fanout',
      planner: 'consult_planner',
      workers: ['roof_assessor', 'panel_assessor', 'interconnect_checker'],
      aggregator: 'consult_writer',
    },
    agents: [
      {
        name: 'consult_planner',
        description: 'Plans pre-purchase renovation consults',
        instructions: 'One brief per assessor.',
        replies: [
          {
            plan: {
              roof_assessor:
                'BC-3107: re-roof estimate from the listing photos and county records (roof area, pitch, material).',
              panel_assessor:
                'BC-3107: is the panel a known-recall brand / undersized for a 1984 all-electric home?',
              interconnect_checker:
                'BC-3107: PNM hosting capacity for the service transformer at 7021 Pinyon Ridge Rd.',
            },
          },
        ],
      },
      {
        name: 'roof_assessor',
        description: 'Estimates roofing work',
        instructions: 'Estimate from the records.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'county_records',
            args: {
              address: '7021 Pinyon Ridge Rd NE, Albuquerque NM',
              fields: ['roof_sq_ft', 'roof_type', 'year_built'],
            },
            result:
              '{"roof_sq_ft":2580,"roof_type":"asphalt shingle, 4/12","last_reroof_permit":"2006-07-14"}',
          },
          {
            say: 'Roof: 2,580 sq ft (25.8 squares) asphalt at 4/12, last re-roofed 2006. Architectural shingle tear-off and replace ≈ $11,600–$13,900.',
          },
        ],
      },
      {
        name: 'panel_assessor',
        description: 'Assesses electrical service',
        instructions: 'Assess the panel.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'permit_history',
            args: { address: '7021 Pinyon Ridge Rd NE', trade: 'electrical' },
            result: '{"service":"125A","panel":"Federal Pacific Stab-Lok (original 1984)","permits_since":0}',
          },
          {
            say: 'Original 1984 Federal Pacific Stab-Lok, 125 A, no electrical permits since. Recommend replacement with a 200 A panel: ≈ $3,400–$4,200.',
          },
        ],
      },
      {
        name: 'interconnect_checker',
        description: 'Checks utility interconnection capacity',
        instructions: 'Check hosting capacity and report.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'utility_hosting_capacity',
            args: { utility: 'PNM', address: '7021 Pinyon Ridge Rd NE' },
            result: {
              error:
                'PNM hosting capacity map: 503 Service Unavailable (scheduled maintenance until 2027-03-22 06:00 MT)',
            },
          },
          {
            say: "Could not check: PNM's hosting capacity map is down for maintenance until 03/22 6:00 AM MT. No capacity figure for this transformer yet; I'll re-run it after the window.",
          },
        ],
      },
      {
        name: 'consult_writer',
        description: 'Writes the buyer consult summary',
        instructions: 'Combine the assessments; say clearly what is still open.',
        prompt: 'Assessments:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: "## Buyer consult BC-3107 — 7021 Pinyon Ridge Rd\n\n| item | finding | rough cost |\n|---|---|---|\n| Roof | 25.8 squares asphalt, last re-roofed 2006 | $11,600–$13,900 |\n| Electrical panel | 1984 Federal Pacific Stab-Lok, 125 A — replace | $3,400–$4,200 |\n| Solar interconnection | **pending** — PNM map offline until 03/22 | — |\n\nWe'll send the interconnection answer after 03/22; don't assume solar is feasible until then.",
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'reno-warranty-claim-excludes-homeowner-drilled-tile',
    title:
      'A warranty claim is routed to the warranty specialist, who covers the grout failure but excludes a cracked tile the homeowner drilled for a towel bar, as the warranty terms say',
    domain: 'renovation workmanship warranty',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: a part of the claim left out is a legitimate exclusion under the warranty terms',
    request:
      'Warranty claim WC-1942 on job RJ-20518 (shower remodel finished 11/03/2026, 330 Laurel Bend, Austin TX): grout is cracking along the shower floor and one wall tile near the towel bar is cracked. Photos attached. What do we cover?',
    topology: {
      shape: 'branch',
      classifier: 'claim_triage',
      routes: { warranty: 'warranty_specialist', insurance: 'insurance_liaison' },
      after: 'claim_responder',
    },
    agents: [
      {
        name: 'claim_triage',
        description: 'Routes post-job claims',
        instructions: 'Classify the claim and pass the key facts.',
        replies: [
          {
            say: 'Route: warranty. RJ-20518 completed 11/03/2026, 2-year workmanship warranty. Claim WC-1942: shower floor grout cracking + one cracked wall tile next to the towel bar.',
          },
        ],
      },
      {
        name: 'warranty_specialist',
        description: 'Decides workmanship warranty coverage',
        instructions: 'Check the warranty terms and job records and decide what is covered.',
        prompt: 'Triage:\n{input}\n\nClaim: {request}',
        replies: [
          {
            call: 'get_warranty_terms',
            args: { job: 'RJ-20518' },
            result:
              '{"warranty":"WW-2Y-STD","term_end":"2028-11-03","covers":["grout and setting failures","waterproofing"],"excludes":["damage from alterations by owner or others after completion (fasteners, drilling)"],"job_notes":[{"date":"2027-01-14","note":"Homeowner reported installing towel bar themselves (DIY)"}]}',
          },
          {
            say: 'WC-1942 decision under WW-2Y-STD (valid to 11/03/2028):\n- **Covered:** shower floor grout cracking — setting/grout failure, regrout with epoxy grout.\n- **Not covered:** cracked wall tile at the towel bar. Job notes show the homeowner installed the bar themselves on 01/14/2027; drilling by others after completion is excluded. We can replace it as paid work ($240.00, tile from attic stock).',
          },
        ],
      },
      {
        name: 'insurance_liaison',
        description: 'Handles claims that go to homeowner insurance',
        instructions: 'Prepare insurance paperwork.',
        replies: [{ say: 'Not an insurance matter.' }],
      },
      {
        name: 'claim_responder',
        description: 'Writes the reply to the homeowner',
        instructions: 'Write the homeowner reply.',
        prompt: 'Decision:\n{input}',
        replies: [
          {
            say: "Hi Ms. Alvarez,\n\nThanks for the photos on claim WC-1942.\n\n- **Shower floor grout:** covered under your 2-year workmanship warranty. We'll regrout the floor with epoxy grout at no charge; our scheduler will call you this week.\n- **Cracked tile by the towel bar:** this one isn't covered, since the warranty excludes damage from drilling after the job was finished. We still have your tile in attic stock and can replace it for $240.00 during the same visit if you'd like.\n\nBest,\nWarranty Team",
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'reno-draw-reconciliation-ids-and-retainage',
    title:
      'A progress-draw reconciliation full of invoice ids, cost codes, percentages and retainage passes from the cost analyst through the finance lead to the controller without a wrong figure',
    domain: 'renovation progress payments',
    mast: ['FM-2.4'],
    nearMissOf: 'low_quality_output: dense tables of ids, cost codes and counters that are all consistent',
    request:
      'Job RJ-21904 (whole-house renovation, 12 Orchard Hill, Madison WI, contract $186,500.00, 10% retainage). Reconcile progress draw #3 against sub invoices and the schedule of values, and confirm lien waiver status before we bill the homeowner.',
    topology: {
      shape: 'nested',
      top: 'controller',
      teams: { finance_lead: ['cost_analyst'], compliance_lead: ['waiver_auditor'] },
    },
    agents: [
      {
        name: 'controller',
        description: 'Approves homeowner billing',
        instructions: 'Get the reconciliation and the waiver status, then approve or hold the bill.',
        replies: [
          {
            handoff: 'finance_lead',
            message:
              'RJ-21904 draw #3: reconcile sub invoices to the SOV, compute the bill net of 10% retainage.',
          },
          {
            handoff: 'compliance_lead',
            message: 'RJ-21904 draw #3: lien waiver status for every sub invoice on this draw.',
          },
          {
            say: '## RJ-21904 — Draw #3 approved\n\n| | amount |\n|---|---|\n| Work completed this period | $41,030.00 |\n| Less 10% retainage | −$4,103.00 |\n| **Bill to homeowner** | **$36,927.00** |\n| Retainage held to date | $11,298.00 |\n\nWaivers: 4/4 conditional on file. Invoice HB-21904-03 goes out today, net 10.',
          },
        ],
      },
      {
        name: 'finance_lead',
        description: 'Leads job cost reconciliation',
        instructions: 'Get the reconciliation from the analyst and summarize.',
        replies: [
          { handoff: 'cost_analyst', message: 'Reconcile RJ-21904 draw #3 sub invoices to SOV lines.' },
          {
            say: 'RJ-21904 draw #3: 4 invoices, $41,030.00 work completed, all within SOV lines. Retainage 10% = $4,103.00; bill $36,927.00. Retainage to date $11,298.00 (prior $7,195.00).',
          },
        ],
      },
      {
        name: 'cost_analyst',
        description: 'Reconciles invoices to the schedule of values',
        instructions: 'Reconcile and report line by line.',
        replies: [
          {
            call: 'sov_reconcile',
            args: { job: 'RJ-21904', draw: 3 },
            result:
              '{"contract":"186,500.00","lines":[{"code":"06-100","desc":"Framing","sov":"28,400.00","prev_pct":100,"this_pct":0,"this_amt":"0.00"},{"code":"09-250","desc":"Drywall","sov":"19,800.00","prev_pct":0,"this_pct":100,"this_amt":"19,800.00","inv":"INV-LSD-5521"},{"code":"22-000","desc":"Plumbing finish","sov":"14,600.00","prev_pct":40,"this_pct":60,"this_amt":"8,760.00","inv":"INV-BCP-2047"},{"code":"26-000","desc":"Electrical finish","sov":"16,900.00","prev_pct":40,"this_pct":50,"this_amt":"8,450.00","inv":"INV-BE-0893"},{"code":"09-900","desc":"Painting","sov":"8,040.00","prev_pct":0,"this_pct":50,"this_amt":"4,020.00","inv":"INV-CP-0311"}],"this_period":"41,030.00","retainage_pct":10,"prior_retainage":"7,195.00"}',
          },
          {
            say: '| code | line | this % | amount | invoice |\n|---|---|---|---|---|\n| 09-250 | Drywall | 100 % | $19,800.00 | INV-LSD-5521 |\n| 22-000 | Plumbing finish | 60 % | $8,760.00 | INV-BCP-2047 |\n| 26-000 | Electrical finish | 50 % | $8,450.00 | INV-BE-0893 |\n| 09-900 | Painting | 50 % | $4,020.00 | INV-CP-0311 |\n| | **This period** | | **$41,030.00** | |\n\nRetainage 10 % → $4,103.00; prior $7,195.00; to date $11,298.00. Bill $36,927.00.',
          },
        ],
      },
      {
        name: 'compliance_lead',
        description: 'Leads lien waiver compliance',
        instructions: 'Get the waiver audit and summarize.',
        replies: [
          { handoff: 'waiver_auditor', message: 'Audit conditional waivers for RJ-21904 draw #3 invoices.' },
          { say: 'Draw #3 waivers: 4 of 4 conditional waivers on file (LSD, BCP, BE, CP).' },
        ],
      },
      {
        name: 'waiver_auditor',
        description: 'Audits lien waiver files',
        instructions: 'Check each invoice has a conditional waiver.',
        replies: [
          {
            call: 'waiver_audit',
            args: {
              job: 'RJ-21904',
              invoices: ['INV-LSD-5521', 'INV-BCP-2047', 'INV-BE-0893', 'INV-CP-0311'],
            },
            result:
              '[{"inv":"INV-LSD-5521","waiver":"CW-9102","status":"ON_FILE"},{"inv":"INV-BCP-2047","waiver":"CW-9107","status":"ON_FILE"},{"inv":"INV-BE-0893","waiver":"CW-9110","status":"ON_FILE"},{"inv":"INV-CP-0311","waiver":"CW-9114","status":"ON_FILE"}]',
          },
          {
            say: 'All 4 on file: CW-9102 (LSD-5521), CW-9107 (BCP-2047), CW-9110 (BE-0893), CW-9114 (CP-0311).',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch124Scenarios = [...faults, ...healthy];
