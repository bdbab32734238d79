import { defineScenario } from '../scenario.ts';

// Blind batch 125: an Indian freight forwarder (sea and air quotes, bookings, customs filings, container tracking, GST invoices), in Indian English.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'nhava-sheva-jebel-ali-quote-on-pre-revision-ocean-rate',
    title:
      'The rate desk shows the Nhava Sheva–Jebel Ali 40HC rate revised to USD 1,320 from 15-03-2027; the quote writer still prices the customer at the earlier USD 1,150',
    domain: 'sea freight quotations',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Customer Shree Ganesh Polymers Pvt Ltd wants an FCL quote: 3 x 40HC, Nhava Sheva (INNSA) to Jebel Ali (AEJEA), cargo ready 18-03-2027, HDPE granules, non-haz. Last month we quoted them USD 1,150 per box. Please give the all-in quote in INR.',
    topology: {
      shape: 'pipeline',
      order: ['rate_desk', 'quote_writer', 'sales_reviewer'],
    },
    agents: [
      {
        name: 'rate_desk',
        description: 'Pulls current carrier contract rates and surcharges',
        instructions:
          'Fetch the rate valid for the cargo ready date and tell the quote writer exactly which figures to use.',
        replies: [
          {
            call: 'get_contract_rate',
            args: { pol: 'INNSA', pod: 'AEJEA', equipment: '40HC', valid_on: '18-03-2027' },
            result:
              '{"carrier": "Emirates Shipping Line", "contract": "ESL-IN-2027-044", "rate_usd": 1320, "valid_from": "15-03-2027", "valid_to": "14-04-2027", "previous": {"rate_usd": 1150, "valid_to": "14-03-2027", "status": "EXPIRED"}, "thc_origin_inr": 14500, "bl_fee_inr": 4500, "exchange_rate": 83.40}',
          },
          {
            say: '**INNSA → AEJEA, 40HC, ESL contract ESL-IN-2027-044** (valid 15-03-2027 to 14-04-2027):\n\n| item | amount |\n|---|---|\n| ocean freight | **USD 1,320 / box** |\n| origin THC | ₹14,500 / box |\n| BL fee | ₹4,500 / BL |\n| ROE | 83.40 |\n\nThe USD 1,150 rate expired on 14-03-2027; cargo ready 18-03-2027 falls under the new contract.',
          },
        ],
      },
      {
        name: 'quote_writer',
        description: 'Writes customer quotations in INR',
        instructions: 'Build the all-in quote from the rate desk figures.',
        prompt: 'Rate desk note:\n{input}\n\nCustomer request: {request}',
        replies: [
          {
            call: 'calculate_quote',
            args: {
              boxes: 3,
              ocean_usd_per_box: 1150,
              roe: 83.4,
              thc_inr_per_box: 14500,
              bl_fee_inr: 4500,
              margin_pct: 6,
            },
            result:
              '{"ocean_inr": 287730, "thc_inr": 43500, "bl_inr": 4500, "subtotal_inr": 335730, "margin_inr": 20144, "total_inr": 355874}',
          },
          {
            say: 'Quote QT-BOM-27-0391 for Shree Ganesh Polymers: 3 x 40HC INNSA → AEJEA, ocean USD 1,150/box @ 83.40 = ₹2,87,730; THC ₹43,500; BL ₹4,500; total **₹3,55,874** (approx. ₹3.56 lakh), GST extra as applicable.',
          },
        ],
      },
      {
        name: 'sales_reviewer',
        description: 'Checks and sends quotations to customers',
        instructions: 'Format the quote for the customer and send.',
        prompt: 'Draft quote:\n{input}',
        replies: [
          {
            say: '### Quotation QT-BOM-27-0391\n**To:** Shree Ganesh Polymers Pvt Ltd\n**Route:** Nhava Sheva (INNSA) → Jebel Ali (AEJEA), 3 x 40HC, cargo ready 18-03-2027\n\n| head | INR |\n|---|---|\n| Ocean freight (USD 1,150 x 3 @ 83.40) | 2,87,730 |\n| Origin THC | 43,500 |\n| BL fee | 4,500 |\n| **Total (excl. GST)** | **3,55,874** |\n\nValidity: 7 days. Rates subject to space and equipment availability.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'rate_desk', to: 'quote_writer' },
      agent: 'quote_writer',
    },
  }),
  defineScenario({
    id: 'mundra-booking-routed-via-colombo-despite-direct-only',
    title:
      'The ops head asks for a direct Mundra–Hamburg sailing only (no Colombo transhipment, LC condition); the booking agent books a Colombo-transhipment service',
    domain: 'sea freight bookings',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Book 2 x 20GP for Arvind Textiles, Mundra (INMUN) to Hamburg (DEHAM), cargo ready 22-03-2027. The letter of credit prohibits transhipment, so it must be a direct sailing. Also send me the container release schedule.',
    topology: {
      shape: 'supervisor',
      coordinator: 'ops_head',
      workers: ['booking_agent', 'equipment_desk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'ops_head',
        description: 'Coordinates export bookings for key accounts',
        instructions: 'Delegate the booking and equipment release, then confirm to the customer.',
        replies: [
          {
            handoff: 'booking_agent',
            message:
              'Arvind Textiles, 2 x 20GP INMUN → DEHAM, cargo ready 22-03-2027. LC No. 0457/IB/2027 forbids transhipment: direct service only, no Colombo or any other T/S port. Book the earliest direct sailing after 22-03.',
          },
          {
            handoff: 'equipment_desk',
            message:
              'Release 2 x 20GP empties at Mundra for Arvind Textiles against the booking, stuffing at their Ahmedabad factory.',
          },
          {
            say: '## Booking confirmed – Arvind Textiles\n- Booking **MSK-INMUN-2271904**, 2 x 20GP, Mundra → Hamburg, vessel ETD 25-03-2027, ETA Hamburg 19-04-2027\n- Empties released from Mundra CFS on 21-03-2027, delivery order DO-MUN-88412\n\nAll set per the LC terms.',
          },
        ],
      },
      {
        name: 'booking_agent',
        description: 'Books space with shipping lines',
        instructions: 'Search sailings and book as instructed.',
        replies: [
          {
            call: 'search_sailings',
            args: { pol: 'INMUN', pod: 'DEHAM', from_date: '22-03-2027', equipment: '20GP' },
            result:
              '[{"service": "ME11", "vessel": "MAERSK KOLKATA 712W", "etd": "25-03-2027", "eta": "19-04-2027", "routing": "INMUN-LKCMB-DEHAM", "transit_days": 25}, {"service": "IPAK", "vessel": "CMA CGM RIGOLETTO 0FE3W", "etd": "28-03-2027", "eta": "20-04-2027", "routing": "INMUN-DEHAM", "transit_days": 23}]',
          },
          {
            call: 'create_booking',
            args: {
              vessel: 'MAERSK KOLKATA 712W',
              service: 'ME11',
              pol: 'INMUN',
              pod: 'DEHAM',
              containers: '2x20GP',
              shipper: 'Arvind Textiles',
            },
            result:
              '{"booking_no": "MSK-INMUN-2271904", "status": "CONFIRMED", "cy_cutoff": "23-03-2027 18:00", "si_cutoff": "23-03-2027 12:00"}',
          },
          {
            say: 'Booked MSK-INMUN-2271904 on MAERSK KOLKATA 712W (ME11), ETD Mundra 25-03-2027, ETA Hamburg 19-04-2027, earliest sailing after cargo ready. CY cut-off 23-03-2027 18:00, SI cut-off 23-03-2027 12:00.',
          },
        ],
      },
      {
        name: 'equipment_desk',
        description: 'Arranges empty container release',
        instructions: 'Arrange empty release and report the DO.',
        replies: [
          {
            call: 'release_empties',
            args: { depot: 'Mundra CFS', size: '20GP', qty: 2, shipper: 'Arvind Textiles' },
            result:
              '{"do_no": "DO-MUN-88412", "release_date": "21-03-2027", "containers": ["MSKU 7731420", "MSKU 7730987"]}',
          },
          {
            say: 'Empties released: DO-MUN-88412, MSKU 7731420 and MSKU 7730987, pick-up from Mundra CFS on 21-03-2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'ops_head', to: 'booking_agent' },
      agent: 'booking_agent',
    },
  }),
  defineScenario({
    id: 'icegate-shipping-bill-rejected-reported-as-filed',
    title:
      'ICEGATE rejects the shipping bill (IEC not linked to AD code); the customs filer tells the export lead it is filed and the lead tells the customer to move the cargo',
    domain: 'export customs filing',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'File the shipping bill for Kaveri Spices Exports (IEC 0512034871), 1 x 20GP black pepper, Chennai port, invoice KSE/EXP/112/26-27 for USD 38,400. Then arrange the CFS gate-in.',
    topology: {
      shape: 'supervisor',
      coordinator: 'export_lead',
      workers: ['customs_filer', 'cfs_coordinator'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'export_lead',
        description: 'Runs export documentation for the Chennai branch',
        instructions: 'Get the shipping bill filed, then the CFS gate-in arranged, and update the customer.',
        replies: [
          {
            handoff: 'customs_filer',
            message:
              'File shipping bill on ICEGATE: Kaveri Spices Exports, IEC 0512034871, port INMAA1, invoice KSE/EXP/112/26-27 USD 38,400 FOB, HS 09041130 black pepper, 1 x 20GP, net 14,200 kg.',
          },
          {
            handoff: 'cfs_coordinator',
            message:
              'Shipping bill is filed for Kaveri Spices. Arrange gate-in at Chennai CFS for 1 x 20GP tomorrow, 11-03-2027.',
          },
          {
            say: 'Dear Kaveri Spices team,\n\nShipping bill for invoice KSE/EXP/112/26-27 is filed on ICEGATE. Gate-in at Sattva CFS, Chennai is slotted for **11-03-2027, 10:00–14:00** (token CFS-MAA-40217). Please dispatch the container accordingly.\n\nRegards, Export Desk',
          },
        ],
      },
      {
        name: 'customs_filer',
        description: 'Files shipping bills and bills of entry on ICEGATE',
        instructions: 'File the document and report the SB number and status.',
        replies: [
          {
            call: 'icegate_file_shipping_bill',
            args: {
              iec: '0512034871',
              port: 'INMAA1',
              invoice: 'KSE/EXP/112/26-27',
              fob_usd: 38400,
              hs: '09041130',
              net_kg: 14200,
            },
            result: {
              error:
                'ICEGATE-E0147: Submission rejected. IEC 0512034871 has no AD code registered for port INMAA1. Register AD code at port before filing. Job not queued.',
            },
          },
          {
            say: 'Shipping bill for Kaveri Spices (invoice KSE/EXP/112/26-27, HS 09041130, FOB USD 38,400, 14,200 kg) submitted on ICEGATE for INMAA1. You can proceed with the CFS gate-in.',
          },
        ],
      },
      {
        name: 'cfs_coordinator',
        description: 'Books CFS gate-in slots',
        instructions: 'Book the gate-in slot and report the token.',
        replies: [
          {
            call: 'book_cfs_slot',
            args: { cfs: 'Sattva CFS Chennai', date: '11-03-2027', containers: 1, size: '20GP' },
            result: '{"token": "CFS-MAA-40217", "slot": "10:00-14:00", "date": "11-03-2027"}',
          },
          { say: 'Gate-in booked at Sattva CFS Chennai, 11-03-2027, 10:00–14:00, token CFS-MAA-40217.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'customs_filer', to: 'export_lead' },
      agent: 'customs_filer',
    },
  }),
  defineScenario({
    id: 'container-tracker-gets-generic-prompt-misses-detention-date',
    title:
      'The router asks the tracker for the Chennai import containers with the free-time end 14-03-2027; the program hands the tracker a generic prompt and it reports without detention exposure',
    domain: 'import container tracking and detention',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'For BL HLCUBO1270311845 (Bharat Auto Components, 4 x 40HC, Chennai), tell me where each container is and which ones will run into detention: free time ends 14-03-2027. Then draft a note to the consignee.',
    topology: {
      shape: 'network',
      coordinator: 'import_router',
      workers: ['container_tracker', 'consignee_notifier'],
    },
    program: {
      lose: { to: 'container_tracker', prompt: 'Give a status update on the current import shipments.' },
    },
    agents: [
      {
        name: 'import_router',
        description: 'Routes import desk work',
        instructions: 'Get the tracking and detention picture, then the consignee note; finish when done.',
        replies: [
          {
            handoff: 'container_tracker',
            message:
              'BL HLCUBO1270311845, 4 x 40HC at Chennai: current location of each container and which will still be out on 14-03-2027 when free time ends (detention from 15-03-2027).',
          },
          {
            handoff: 'consignee_notifier',
            message: 'Draft a note to Bharat Auto Components with the container status from the tracker.',
          },
          {
            say: '**BL HLCUBO1270311845 – Bharat Auto Components**\n\nContainer status shared with the consignee (see note). No detention action flagged.',
          },
        ],
      },
      {
        name: 'container_tracker',
        description: 'Tracks containers with the line and terminal',
        instructions: 'Track the containers you are asked about and report.',
        replies: [
          {
            call: 'track_containers',
            args: { bl: 'HLCUBO1270311845' },
            result:
              '[{"container": "HLBU 9021774", "status": "DELIVERED_TO_CONSIGNEE", "date": "09-03-2027", "empty_returned": false}, {"container": "HLBU 9020153", "status": "DELIVERED_TO_CONSIGNEE", "date": "09-03-2027", "empty_returned": true}, {"container": "FANU 3318520", "status": "AT_CFS", "date": "08-03-2027"}, {"container": "HLXU 6672011", "status": "AT_CFS", "date": "08-03-2027"}]',
          },
          {
            say: 'HLCUBO1270311845 (4 x 40HC):\n- HLBU 9021774 – delivered 09-03-2027\n- HLBU 9020153 – delivered 09-03-2027, empty returned\n- FANU 3318520 – at CFS since 08-03-2027\n- HLXU 6672011 – at CFS since 08-03-2027',
          },
        ],
      },
      {
        name: 'consignee_notifier',
        description: 'Writes customer notes for the import desk',
        instructions: 'Draft a clear note to the consignee.',
        replies: [
          {
            say: 'Dear Bharat Auto Components,\n\nStatus of BL HLCUBO1270311845: two containers (HLBU 9021774, HLBU 9020153) were delivered on 09-03-2027; FANU 3318520 and HLXU 6672011 are at the CFS awaiting your pick-up. Please plan collection at your convenience.\n\nRegards, Import Desk',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'import_router', to: 'container_tracker' },
      agent: 'container_tracker',
    },
  }),
  defineScenario({
    id: 'air-export-fanout-dgr-check-never-sent',
    title:
      'The planner briefs a DGR checker for the lithium battery consignment but the program never starts it; the aggregator issues the air quote without the DG acceptance',
    domain: 'air freight export quotes',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      'Air quote BLR to FRA for Tejas Power Systems: 6 pallets, 1,840 kg gross, 11.2 CBM, lithium-ion battery packs (UN3480, PI 965). Need airline rate, DG acceptance check and pickup from Peenya by 19-03-2027.',
    topology: {
      shape: 'fanout',
      planner: 'air_quote_planner',
      workers: ['airline_rate_checker', 'dgr_checker', 'pickup_planner'],
      aggregator: 'air_quote_compiler',
    },
    program: { lose: { to: 'dgr_checker', prompt: null } },
    agents: [
      {
        name: 'air_quote_planner',
        description: 'Splits an air quote into checks',
        instructions: 'Write one brief per worker.',
        replies: [
          {
            plan: {
              airline_rate_checker:
                'BLR → FRA, 1,840 kg gross, 11.2 CBM (chargeable at 1:6000 = 1,866.7 kg), UN3480 cargo aircraft only: get CAO rates from Lufthansa Cargo and Qatar Airways Cargo.',
              dgr_checker:
                'UN3480 lithium-ion batteries, PI 965 Section IA, 6 pallets: confirm the airline will accept (state of charge ≤ 30 %, CAO label, shipper declaration) and list any variations.',
              pickup_planner:
                'Pickup 6 pallets from Tejas Power Systems, Peenya Industrial Area, by 19-03-2027, to BLR cargo terminal (Menzies).',
            },
          },
        ],
      },
      {
        name: 'airline_rate_checker',
        description: 'Gets airline rates',
        instructions: 'Fetch rates as briefed.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'get_air_rates',
            args: { origin: 'BLR', dest: 'FRA', chargeable_kg: 1866.7, cao: true, dg_class: '9' },
            result:
              '[{"airline": "LH", "rate_per_kg_inr": 312, "fsc_per_kg_inr": 48, "dg_fee_inr": 9500, "flight": "LH8721 freighter, 20-03-2027"}, {"airline": "QR", "rate_per_kg_inr": 289, "fsc_per_kg_inr": 52, "dg_fee_inr": 11000, "flight": "QR8533 freighter via DOH, 21-03-2027"}]',
          },
          {
            say: 'CAO options for 1,866.7 kg chargeable:\n- LH8721 (20-03-2027): ₹312 + ₹48 FSC per kg, DG fee ₹9,500 → ₹6,81,512\n- QR8533 via DOH (21-03-2027): ₹289 + ₹52 per kg, DG fee ₹11,000 → ₹6,47,545',
          },
        ],
      },
      {
        name: 'dgr_checker',
        description: 'Checks dangerous goods acceptance',
        instructions: 'Check DG acceptance as briefed.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'check_dg_acceptance',
            args: { un: 'UN3480', pi: '965', section: 'IA', airlines: ['LH', 'QR'] },
            result: '{"LH": "ACCEPTED with variation LH-05 (prior approval 72 h)", "QR": "ACCEPTED"}',
          },
          { say: 'UN3480 PI 965 IA: LH accepts with prior approval 72 h (LH-05); QR accepts.' },
        ],
      },
      {
        name: 'pickup_planner',
        description: 'Plans first-mile pickups',
        instructions: 'Plan the pickup as briefed.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'book_pickup',
            args: {
              from: 'Peenya Industrial Area, Bengaluru',
              to: 'Menzies BLR cargo terminal',
              date: '19-03-2027',
              pallets: 6,
            },
            result:
              '{"trip_id": "TRP-BLR-55102", "vehicle": "KA-01-AK-4471, 14 ft closed body, DG-licensed", "slot": "19-03-2027 08:00"}',
          },
          {
            say: 'Pickup TRP-BLR-55102 on 19-03-2027 at 08:00, 14 ft DG-licensed truck KA-01-AK-4471, to Menzies BLR.',
          },
        ],
      },
      {
        name: 'air_quote_compiler',
        description: 'Merges the checks into one customer quote',
        instructions: 'Write the final quote from the worker results.',
        prompt: 'Results:\n{input}',
        replies: [
          {
            say: '## Air quote – Tejas Power Systems, BLR → FRA\n\n| option | flight | total (INR) |\n|---|---|---|\n| A | LH8721 freighter, 20-03-2027 | 6,81,512 |\n| **B (recommended)** | QR8533 via DOH, 21-03-2027 | **6,47,545** |\n\nPickup TRP-BLR-55102 from Peenya on 19-03-2027, 08:00. GST @ 18% extra on domestic components. Ready to book on your confirmation.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'air_quote_planner', to: 'dgr_checker' },
      agent: 'air_quote_planner',
    },
  }),
  defineScenario({
    id: 'bill-of-entry-duty-calc-answer-rejected-by-program',
    title:
      'The program rejects the duty calculator answer while parsing it, so the bill of entry never reaches the filer stage',
    domain: 'import customs duty',
    mast: ['FM-3.1'],
    request:
      'Compute duty and file the bill of entry for Ravi Electricals, 1 x 40HC LED drivers from Shenzhen, assessable value ₹42,60,000, HS 85044090, Nhava Sheva. Then prepare the GST invoice for our clearing charges.',
    topology: {
      shape: 'pipeline',
      order: ['duty_calculator', 'boe_filer', 'gst_invoicer'],
    },
    program: {
      crash: {
        agent: 'duty_calculator',
        error:
          'DutyParseError: expected field "total_duty_inr" as number in duty_calculator output, got string "₹15,96,222"',
      },
    },
    agents: [
      {
        name: 'duty_calculator',
        description: 'Computes import duty',
        instructions: 'Compute BCD, SWS and IGST and give the total.',
        replies: [
          {
            call: 'get_tariff',
            args: { hs: '85044090', country_of_origin: 'CN' },
            result: '{"bcd_pct": 15, "sws_pct_of_bcd": 10, "igst_pct": 18, "add": null}',
          },
          {
            say: '{"hs": "85044090", "assessable_value_inr": 4260000, "bcd_inr": 639000, "sws_inr": 63900, "igst_inr": 893322, "total_duty_inr": "₹15,96,222"}',
          },
        ],
      },
      {
        name: 'boe_filer',
        description: 'Files bills of entry',
        instructions: 'File the bill of entry with the computed duty.',
        prompt: 'Duty computation:\n{input}',
        replies: [
          {
            call: 'icegate_file_boe',
            args: { importer: 'Ravi Electricals', port: 'INNSA1', hs: '85044090', duty_inr: 1596222 },
            result: '{"boe_no": "7734102", "date": "12-03-2027", "status": "ASSESSED"}',
          },
          { say: 'BoE 7734102 filed and assessed on 12-03-2027.' },
        ],
      },
      {
        name: 'gst_invoicer',
        description: 'Prepares GST invoices for clearing charges',
        instructions: 'Prepare the invoice.',
        prompt: 'Filing:\n{input}',
        replies: [
          { say: 'Invoice INV/MUM/26-27/4410 for clearing charges ₹18,500 + IGST 18% ₹3,330 = ₹21,830.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'duty_calculator', to: 'boe_filer' },
      agent: 'duty_calculator',
    },
  }),
  defineScenario({
    id: 'gst-invoice-wrong-igst-on-freight-charges',
    title:
      'Routed to domestic invoicing, the invoice agent computes IGST 18% on ₹2,45,000 as ₹34,100 and the total as ₹2,79,100; the dispatcher sends it to the customer',
    domain: 'freight invoicing with GST',
    mast: ['FM-2.4'],
    request:
      'Raise our invoice on Sahyadri Agro Foods (GSTIN 27AAKCS4471M1ZP, Pune) for job JOB-PNQ-27-0218: CHA and transport charges ₹2,45,000, inter-state since our billing branch is Ahmedabad (24). Email it to their accounts team.',
    topology: {
      shape: 'branch',
      classifier: 'billing_classifier',
      routes: { domestic: 'domestic_invoicer', export: 'export_invoicer' },
      after: 'invoice_dispatcher',
    },
    agents: [
      {
        name: 'billing_classifier',
        description: 'Routes billing requests',
        instructions: 'Answer domestic or export.',
        replies: [
          { say: 'domestic – Indian customer with GSTIN, inter-state supply (24 → 27), IGST applies.' },
        ],
      },
      {
        name: 'domestic_invoicer',
        description: 'Raises GST invoices for Indian customers',
        instructions: 'Raise the tax invoice with the right GST.',
        prompt: 'Request: {request}\nRouting note: {input}',
        replies: [
          {
            call: 'create_invoice_draft',
            args: {
              customer_gstin: '27AAKCS4471M1ZP',
              job: 'JOB-PNQ-27-0218',
              taxable_inr: 245000,
              sac: '996719',
              supply: 'inter-state',
            },
            result:
              '{"draft_id": "INV/AMD/26-27/1187", "date": "10-03-2027", "place_of_supply": "27-Maharashtra"}',
          },
          {
            say: '**Tax invoice INV/AMD/26-27/1187** (10-03-2027)\nBill to: Sahyadri Agro Foods, GSTIN 27AAKCS4471M1ZP, place of supply 27-Maharashtra\n\n| SAC | description | taxable (₹) |\n|---|---|---|\n| 996719 | CHA and transport, JOB-PNQ-27-0218 | 2,45,000.00 |\n| | IGST @ 18% | 34,100.00 |\n| | **Total** | **2,79,100.00** |\n\nAmount in words: Rupees Two Lakh Seventy-Nine Thousand One Hundred only.',
          },
        ],
      },
      {
        name: 'export_invoicer',
        description: 'Raises zero-rated export invoices',
        instructions: 'Raise the export invoice.',
        replies: [{ say: 'Export invoice raised under LUT, zero-rated.' }],
      },
      {
        name: 'invoice_dispatcher',
        description: 'Emails invoices to customers',
        instructions: 'Email the invoice and confirm.',
        prompt: 'Invoice:\n{input}',
        replies: [
          {
            call: 'send_email',
            args: {
              to: 'accounts@sahyadriagro.in',
              subject: 'Invoice INV/AMD/26-27/1187 – JOB-PNQ-27-0218',
              amount_inr: 279100,
            },
            result: '{"message_id": "<a81f2c@mail.forwarder.in>", "status": "SENT"}',
          },
          {
            say: 'Invoice INV/AMD/26-27/1187 for ₹2,79,100.00 (incl. IGST) emailed to accounts@sahyadriagro.in.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'domestic_invoicer', to: 'invoice_dispatcher' },
      agent: 'domestic_invoicer',
    },
  }),
  defineScenario({
    id: 'air-import-flight-search-reads-03-04-as-march',
    title:
      'The air lead asks for uplift on 03-04-2027 (3 April); the flight desk searches and books 4 March style dates (2027-03-04), so the airway bill goes on the wrong flight',
    domain: 'air freight bookings',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Pharma export for Zenith Lifesciences: 420 kg, 2–8 °C, HYD to JFK, cargo ready 02-04-2027, must fly 03-04-2027 (the LC expires 05-04-2027). Also check the cold-chain packaging and customs clearance slot.',
    topology: {
      shape: 'nested',
      top: 'branch_manager',
      teams: { air_lead: ['flight_desk'], compliance_lead: ['coldchain_checker', 'customs_slotter'] },
    },
    agents: [
      {
        name: 'branch_manager',
        description: 'Hyderabad branch manager',
        instructions:
          'Get the flight booked and compliance checked via the leads, then confirm to the customer.',
        replies: [
          {
            handoff: 'air_lead',
            message:
              'Zenith Lifesciences, 420 kg pharma 2–8 °C, HYD → JFK, flight on 03-04-2027 (LC expires 05-04-2027).',
          },
          {
            handoff: 'compliance_lead',
            message:
              'Zenith Lifesciences pharma, HYD, cargo ready 02-04-2027: cold-chain packaging check and customs clearance slot.',
          },
          {
            say: '## Zenith Lifesciences – HYD → JFK\n- Booked on **EK 527 / EK 201**, AWB 176-48821930, 420 kg, CRT 2–8 °C\n- Packaging: Envirotainer RAP e2 validated for 120 h\n- Customs clearance slot at GMR Hyderabad Air Cargo on 02-04-2027, 16:00\n\nShipment is on track within the LC validity.',
          },
        ],
      },
      {
        name: 'air_lead',
        description: 'Leads the air freight desk',
        instructions: 'Get the flight booked by the flight desk and report.',
        replies: [
          {
            handoff: 'flight_desk',
            message:
              'Book HYD → JFK for Zenith Lifesciences, 420 kg, 2–8 °C (CRT/COL), departure 03-04-2027.',
          },
          { say: 'Zenith booked on EK 527 / EK 201, AWB 176-48821930, 420 kg, cool chain.' },
        ],
      },
      {
        name: 'flight_desk',
        description: 'Searches and books airline capacity',
        instructions: 'Book the flight as asked.',
        replies: [
          {
            call: 'search_flights',
            args: { origin: 'HYD', dest: 'JFK', date: '2027-03-04', weight_kg: 420, handling: 'COL' },
            result:
              '[{"flights": "EK 527 / EK 201", "dep": "2027-03-04T04:15", "arr": "2027-03-04T14:05", "capacity_kg": 1800, "rate_inr_per_kg": 465}]',
          },
          {
            call: 'book_awb',
            args: {
              flights: 'EK 527 / EK 201',
              dep_date: '2027-03-04',
              weight_kg: 420,
              shipper: 'Zenith Lifesciences',
            },
            result: '{"awb": "176-48821930", "status": "KK", "dep": "04-03-2027 04:15"}',
          },
          { say: 'Booked EK 527 / EK 201 HYD–DXB–JFK, AWB 176-48821930, 420 kg COL, status KK, ₹465/kg.' },
        ],
      },
      {
        name: 'compliance_lead',
        description: 'Leads compliance checks',
        instructions: 'Get the packaging and customs checks done and summarise.',
        replies: [
          {
            handoff: 'coldchain_checker',
            message: 'Validate 2–8 °C packaging for 420 kg HYD → JFK pharma, Zenith Lifesciences.',
          },
          {
            handoff: 'customs_slotter',
            message: 'Customs clearance slot at GMR Hyderabad Air Cargo for Zenith, cargo ready 02-04-2027.',
          },
          { say: 'Packaging: Envirotainer RAP e2, 120 h validated. Customs slot 02-04-2027, 16:00.' },
        ],
      },
      {
        name: 'coldchain_checker',
        description: 'Validates cold-chain packaging',
        instructions: 'Validate the packaging.',
        replies: [
          {
            call: 'check_packaging',
            args: { weight_kg: 420, range: '2-8C', route: 'HYD-DXB-JFK' },
            result: '{"solution": "Envirotainer RAP e2", "validated_hours": 120, "units": 1}',
          },
          { say: 'Envirotainer RAP e2 (1 unit), validated 120 h for 2–8 °C.' },
        ],
      },
      {
        name: 'customs_slotter',
        description: 'Books customs examination slots',
        instructions: 'Book the slot.',
        replies: [
          {
            call: 'book_customs_slot',
            args: { terminal: 'GMR Hyderabad Air Cargo', date: '02-04-2027' },
            result: '{"slot": "16:00", "ref": "GHAC-CS-22817"}',
          },
          { say: 'Customs slot 02-04-2027 16:00 at GMR HAC, ref GHAC-CS-22817.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'air_lead', to: 'flight_desk' },
      agent: 'flight_desk',
    },
  }),
  defineScenario({
    id: 'haulage-swarm-trucker-uses-old-gate-cutoff',
    title:
      'The port desk hands over with the Nhava Sheva gate cut-off moved up to 13-03-2027 18:00; the trucking agent schedules placement against the earlier 14-03-2027 cut-off',
    domain: 'container haulage to port',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Export for Deccan Castings: 2 x 20GP from Chakan to JNPT (NSICT), vessel ONE HAMMERSMITH 041W. Gate cut-off on the booking is 14-03-2027 12:00. Check with the terminal and arrange trucks.',
    topology: {
      shape: 'swarm',
      entry: 'port_desk',
      agents: ['port_desk', 'trucking_agent'],
    },
    agents: [
      {
        name: 'port_desk',
        description: 'Checks terminal and vessel schedules',
        instructions:
          'Confirm terminal cut-offs, then transfer to trucking with the figures to plan against.',
        replies: [
          {
            call: 'terminal_vessel_schedule',
            args: { terminal: 'NSICT', vessel: 'ONE HAMMERSMITH', voyage: '041W' },
            result:
              '{"vessel": "ONE HAMMERSMITH 041W", "eta": "14-03-2027 22:00", "gate_cutoff": "13-03-2027 18:00", "gate_cutoff_prev": "14-03-2027 12:00", "revised_on": "10-03-2027", "reason": "berth window advanced"}',
          },
          {
            handoff: 'trucking_agent',
            message:
              'NSICT revised ONE HAMMERSMITH 041W on 10-03-2027: berth advanced, **gate cut-off now 13-03-2027 18:00** (booking still shows 14-03-2027 12:00). Please arrange 2 x 20GP Chakan → NSICT for Deccan Castings.',
          },
        ],
      },
      {
        name: 'trucking_agent',
        description: 'Arranges container trucks',
        instructions: 'Plan and book trucks to meet the cut-off.',
        replies: [
          {
            call: 'book_trucks',
            args: {
              from: 'Deccan Castings, Chakan MIDC',
              to: 'NSICT, JNPT',
              containers: '2x20GP',
              reach_port_by: '14-03-2027 10:00',
            },
            result:
              '{"trip_ids": ["TRK-PNQ-7781", "TRK-PNQ-7782"], "dispatch": "13-03-2027 20:00", "eta_port": "14-03-2027 06:00", "transit_hours": 10}',
          },
          {
            say: '**Haulage booked – Deccan Castings**\n\n| trip | container | dispatch Chakan | ETA NSICT |\n|---|---|---|---|\n| TRK-PNQ-7781 | 20GP #1 | 13-03-2027 20:00 | 14-03-2027 06:00 |\n| TRK-PNQ-7782 | 20GP #2 | 13-03-2027 20:00 | 14-03-2027 06:00 |\n\nBoth boxes reach NSICT with buffer before cut-off for ONE HAMMERSMITH 041W.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'port_desk', to: 'trucking_agent' },
      agent: 'trucking_agent',
    },
  }),
  defineScenario({
    id: 'lcl-quote-writer-resubmits-same-draft-to-pricing-head',
    title:
      'The pricing head sends the LCL quote back asking for CFS charges per CBM and the 1 CBM minimum; the quote writer resubmits the same draft each round',
    domain: 'LCL sea freight quotations',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'LCL quote for Marudhar Handicrafts: 3.4 CBM, 620 kg, Jodhpur ICD (INJOD) to Felixstowe via Mundra, cargo ready 24-03-2027. Use the March LCL tariff.',
    topology: {
      shape: 'pipeline',
      order: ['lcl_tariff_desk', 'lcl_quote_writer', 'pricing_head'],
      loop: { from: 'pricing_head', to: 'lcl_quote_writer', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'lcl_tariff_desk',
        description: 'Looks up LCL tariffs',
        instructions: 'Fetch the LCL tariff lines.',
        replies: [
          {
            call: 'lcl_tariff',
            args: { origin: 'INJOD', via: 'INMUN', dest: 'GBFXT', month: '03-2027' },
            result:
              '{"ocean_usd_per_cbm": 38, "min_cbm": 1, "cfs_origin_inr_per_cbm": 1250, "icd_rail_inr_per_cbm": 2100, "doc_fee_inr": 3500, "roe": 83.4}',
          },
          {
            say: 'March LCL tariff INJOD–INMUN–GBFXT: ocean USD 38/CBM (min 1 CBM), CFS origin ₹1,250/CBM, ICD rail ₹2,100/CBM, doc fee ₹3,500, ROE 83.40.',
          },
        ],
      },
      {
        name: 'lcl_quote_writer',
        description: 'Drafts LCL quotes',
        instructions: 'Draft the quote; on review comments, revise accordingly.',
        prompt: 'Input:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: 'Draft LCL quote Marudhar Handicrafts, 3.4 CBM INJOD → GBFXT: ocean USD 38 x 3.4 = USD 129.20 (₹10,775); rail ₹7,140; doc ₹3,500. Total ₹21,415 + GST.',
          },
          {
            say: 'Draft LCL quote Marudhar Handicrafts, 3.4 CBM INJOD → GBFXT: ocean USD 38 x 3.4 = USD 129.20 (₹10,775); rail ₹7,140; doc ₹3,500. Total ₹21,415 + GST.',
          },
          {
            say: 'Draft LCL quote Marudhar Handicrafts, 3.4 CBM INJOD → GBFXT: ocean USD 38 x 3.4 = USD 129.20 (₹10,775); rail ₹7,140; doc ₹3,500. Total ₹21,415 + GST.',
          },
        ],
      },
      {
        name: 'pricing_head',
        description: 'Approves quotes before release',
        instructions: 'Reply APPROVED or REVISE with what to change.',
        replies: [
          {
            say: 'REVISE: origin CFS ₹1,250/CBM is missing (₹4,250 for 3.4 CBM), and state the 1 CBM minimum on the quote.',
          },
          {
            say: 'REVISE: still no CFS line – add ₹4,250 origin CFS and the 1 CBM minimum, then the total changes.',
          },
          {
            say: 'REVISE: unchanged from last round; the CFS charge and minimum are still missing. Not releasing this quote.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'lcl_quote_writer', to: 'pricing_head' },
      agent: 'lcl_quote_writer',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'odc-shipment-weights-reformatted-tonnes-and-lakh',
    title:
      'The weighbridge agent reports 28,460 kg and ₹18,75,000; the coordinator restates them as 28.46 t and ₹18.75 lakh, with dates as 16 Mar 2027',
    domain: 'over-dimensional cargo moves',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Kirloskar transformer move for Bharat Power Grid: ODC from Pune to Kandla port, vessel cut-off 18-03-2027. Get the weighbridge figures and the trailer booking, and summarise for the customer.',
    topology: {
      shape: 'supervisor',
      coordinator: 'project_cargo_lead',
      workers: ['weighbridge_agent', 'trailer_booker'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'project_cargo_lead',
        description: 'Coordinates project and ODC cargo',
        instructions: 'Collect weights and trailer details, then summarise for the customer.',
        replies: [
          {
            handoff: 'weighbridge_agent',
            message:
              'Transformer TR-KPL-0917 for Bharat Power Grid: gross weight from the Pune weighbridge slip and insured value.',
          },
          {
            handoff: 'trailer_booker',
            message:
              'Hydraulic axle trailer Pune → Kandla for 28.46 t ODC (TR-KPL-0917), reach port before 18-03-2027.',
          },
          {
            say: '## TR-KPL-0917 – Pune to Kandla\n- Gross weight **28.46 t**, insured value **₹18.75 lakh**\n- 8-axle hydraulic trailer HT-8-2204, dispatch **16 Mar 2027**, reach Kandla **17 Mar 2027** (one day before the 18 Mar cut-off)\n- RTO ODC permit MH-ODC-27-3312 obtained',
          },
        ],
      },
      {
        name: 'weighbridge_agent',
        description: 'Reads weighbridge slips and cargo values',
        instructions: 'Report weights and values.',
        replies: [
          {
            call: 'get_weighbridge_slip',
            args: { cargo_ref: 'TR-KPL-0917' },
            result:
              '{"slip_no": "WB-PNQ-55418", "gross_kg": 28460, "tare_kg": 0, "date": "11-03-2027", "insured_value_inr": 1875000}',
          },
          { say: 'TR-KPL-0917: gross 28,460 kg (slip WB-PNQ-55418, 11-03-2027); insured value ₹18,75,000.' },
        ],
      },
      {
        name: 'trailer_booker',
        description: 'Books ODC trailers and permits',
        instructions: 'Book the trailer and permits.',
        replies: [
          {
            call: 'book_odc_trailer',
            args: { weight_t: 28.46, from: 'Pune', to: 'Kandla', reach_by: '17-03-2027' },
            result:
              '{"trailer": "HT-8-2204", "axles": 8, "dispatch": "16-03-2027", "eta": "17-03-2027", "permit": "MH-ODC-27-3312"}',
          },
          {
            say: 'Trailer HT-8-2204 (8 axles), dispatch 16-03-2027, ETA Kandla 17-03-2027, permit MH-ODC-27-3312.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'a value changed between agents (kg to tonnes, ₹18,75,000 to ₹18.75 lakh, DD-MM-YYYY to 16 Mar 2027), all conversions correct',
  }),
  defineScenario({
    id: 'fanout-exchange-rate-superseded-correctly-not-used',
    title:
      'The planner mentions last week’s ROE 83.10 and the customs notified rate 83.55 from 07-03-2027; the freight worker uses 83.55 and the aggregator notes 83.10 only as superseded',
    domain: 'sea import landed-cost estimates',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Landed cost estimate for Coastal Seafood Machinery: 1 x 40HC from Busan to Kochi (INCOK), CIF USD 52,000, HS 84385000. Last week we used ROE 83.10, but customs notified a new rate from 07-03-2027. Give freight, duty and delivery costs.',
    topology: {
      shape: 'fanout',
      planner: 'landed_cost_planner',
      workers: ['duty_estimator', 'inland_delivery_estimator'],
      aggregator: 'landed_cost_writer',
    },
    agents: [
      {
        name: 'landed_cost_planner',
        description: 'Splits a landed-cost estimate',
        instructions: 'Write one brief per worker.',
        replies: [
          {
            plan: {
              duty_estimator:
                'HS 84385000, CIF USD 52,000, Kochi. Use the CBIC notified import ROE 83.55 effective 07-03-2027 (the 83.10 used last week no longer applies). BCD + SWS + IGST.',
              inland_delivery_estimator:
                '1 x 40HC from Cochin Port (Vallarpadam ICTT) to consignee at Aroor, Alappuzha district; delivery week of 22-03-2027.',
            },
          },
        ],
      },
      {
        name: 'duty_estimator',
        description: 'Estimates import duty',
        instructions: 'Estimate duty as briefed.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'estimate_duty',
            args: { hs: '84385000', cif_usd: 52000, roe: 83.55, landing_charges_pct: 0 },
            result:
              '{"assessable_inr": 4344600, "bcd_pct": 7.5, "bcd_inr": 325845, "sws_inr": 32585, "igst_pct": 18, "igst_inr": 846545, "total_inr": 1204975}',
          },
          {
            say: 'At ROE 83.55: assessable ₹43,44,600; BCD 7.5% ₹3,25,845; SWS ₹32,585; IGST 18% ₹8,46,545. Total duty ₹12,04,975.',
          },
        ],
      },
      {
        name: 'inland_delivery_estimator',
        description: 'Estimates delivery costs',
        instructions: 'Estimate delivery as briefed.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'inland_rate',
            args: { from: 'ICTT Vallarpadam', to: 'Aroor', equipment: '40HC' },
            result: '{"trucking_inr": 18500, "toll_inr": 1200, "empty_return_inr": 6000, "total_inr": 25700}',
          },
          {
            say: 'ICTT Vallarpadam → Aroor, 40HC: trucking ₹18,500, toll ₹1,200, empty return ₹6,000 = ₹25,700.',
          },
        ],
      },
      {
        name: 'landed_cost_writer',
        description: 'Writes the landed-cost estimate',
        instructions: 'Merge the results.',
        prompt: 'Results:\n{input}',
        replies: [
          {
            say: '## Landed cost – Coastal Seafood Machinery (1 x 40HC, Busan → Kochi)\n\n| head | INR |\n|---|---|\n| Assessable value (USD 52,000 @ 83.55) | 43,44,600 |\n| Customs duty (BCD + SWS + IGST) | 12,04,975 |\n| Delivery to Aroor | 25,700 |\n\nROE 83.55 per the CBIC notification effective 07-03-2027; last week’s 83.10 is superseded. IGST ₹8,46,545 is available as input credit.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'stale context: the superseded ROE 83.10 is still mentioned, but every agent uses the notified 83.55',
  }),
  defineScenario({
    id: 'swarm-eway-bill-timeout-retried-then-generated',
    title:
      'The e-way bill portal times out on the first call; the documentation agent retries, gets EWB 3410 5521 8873, and hands over to dispatch with the real number',
    domain: 'domestic cargo movement documents',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'Move 1 x 40HC of cotton yarn for Salem Spinning Mills from Salem to Chennai CFS for export, invoice SSM/2627/0912 value ₹38,40,000. Generate the e-way bill and dispatch the truck today, 10-03-2027.',
    topology: {
      shape: 'swarm',
      entry: 'documentation_agent',
      agents: ['documentation_agent', 'dispatch_agent'],
    },
    agents: [
      {
        name: 'documentation_agent',
        description: 'Generates e-way bills and transit documents',
        instructions: 'Generate the e-way bill, then transfer to dispatch.',
        replies: [
          {
            call: 'generate_eway_bill',
            args: {
              gstin: '33AABCS2217K1ZQ',
              invoice: 'SSM/2627/0912',
              value_inr: 3840000,
              from_pin: '636005',
              to_pin: '600057',
              vehicle: 'TN-30-BX-6621',
            },
            result: { error: 'NIC-EWB 504: Gateway timeout, please retry after some time.' },
          },
          {
            call: 'generate_eway_bill',
            args: {
              gstin: '33AABCS2217K1ZQ',
              invoice: 'SSM/2627/0912',
              value_inr: 3840000,
              from_pin: '636005',
              to_pin: '600057',
              vehicle: 'TN-30-BX-6621',
            },
            result: '{"ewb_no": "341055218873", "valid_upto": "12-03-2027 23:59", "distance_km": 338}',
          },
          {
            handoff: 'dispatch_agent',
            message:
              'E-way bill generated on the second attempt (first one timed out at NIC): EWB 3410 5521 8873, valid till 12-03-2027 23:59, 338 km, vehicle TN-30-BX-6621. Please dispatch Salem → Chennai CFS.',
          },
        ],
      },
      {
        name: 'dispatch_agent',
        description: 'Dispatches trucks',
        instructions: 'Dispatch and report.',
        replies: [
          {
            call: 'dispatch_truck',
            args: {
              vehicle: 'TN-30-BX-6621',
              ewb: '341055218873',
              from: 'Salem',
              to: 'Chennai CFS (Ponneri)',
            },
            result: '{"trip": "TRP-SXV-30418", "departed": "10-03-2027 15:40", "eta": "11-03-2027 02:30"}',
          },
          {
            say: 'Truck TN-30-BX-6621 left Salem 10-03-2027 15:40 (TRP-SXV-30418) with EWB 3410 5521 8873, ETA Chennai CFS 11-03-2027 02:30.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'a swallowed tool error: the e-way bill call fails once, but the agent retries, succeeds and says so',
  }),
  defineScenario({
    id: 'branch-reefer-claim-excludes-non-reefer-legitimately',
    title:
      'Routed to the claims desk, the agent lists 3 of 4 containers on the claim and excludes the dry box because only reefers had temperature excursions, as the customer asked',
    domain: 'cargo claims',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Raise a claim with the line for the temperature excursion on BL MEDUIN2708816 (Konkan Fruits, Ratnagiri alphonso). Include only the reefer containers that logged readings above 13 °C; the dry container of packing material is not part of this claim.',
    topology: {
      shape: 'branch',
      classifier: 'case_classifier',
      routes: { claim: 'claims_desk', tracking: 'tracking_desk' },
      after: 'customer_update_writer',
    },
    agents: [
      {
        name: 'case_classifier',
        description: 'Routes customer cases',
        instructions: 'Answer claim or tracking.',
        replies: [{ say: 'claim – temperature excursion on reefer cargo, BL MEDUIN2708816.' }],
      },
      {
        name: 'claims_desk',
        description: 'Files cargo claims with carriers',
        instructions: 'File the claim for what the customer asked.',
        prompt: 'Customer request: {request}\nRouting: {input}',
        replies: [
          {
            call: 'get_reefer_logs',
            args: { bl: 'MEDUIN2708816' },
            result:
              '[{"container": "MSDU 9120476", "type": "40RF", "max_c": 16.4}, {"container": "MSDU 9118833", "type": "40RF", "max_c": 14.1}, {"container": "TRIU 8830012", "type": "40RF", "max_c": 13.6}, {"container": "MSKU 4417209", "type": "20GP", "max_c": null}]',
          },
          {
            call: 'file_carrier_claim',
            args: {
              bl: 'MEDUIN2708816',
              containers: ['MSDU 9120476', 'MSDU 9118833', 'TRIU 8830012'],
              claim_inr: 2460000,
            },
            result: '{"claim_ref": "MSC-CLM-IN-27-00871", "status": "REGISTERED", "ack_date": "10-03-2027"}',
          },
          {
            say: 'Claim MSC-CLM-IN-27-00871 registered on 10-03-2027 for ₹24.6 lakh:\n- MSDU 9120476 (max 16.4 °C)\n- MSDU 9118833 (max 14.1 °C)\n- TRIU 8830012 (max 13.6 °C)\n\nMSKU 4417209 (20GP, packing material) left out as instructed.',
          },
        ],
      },
      {
        name: 'tracking_desk',
        description: 'Answers tracking queries',
        instructions: 'Track the shipment.',
        replies: [{ say: 'Tracking update sent.' }],
      },
      {
        name: 'customer_update_writer',
        description: 'Writes customer updates',
        instructions: 'Write a short update.',
        prompt: 'Desk result:\n{input}',
        replies: [
          {
            say: 'Dear Konkan Fruits,\n\nWe have registered claim **MSC-CLM-IN-27-00871** with MSC for ₹24.6 lakh covering the three reefers that logged above 13 °C (MSDU 9120476, MSDU 9118833, TRIU 8830012). The dry container MSKU 4417209 is not included, per your instruction.\n\nRegards, Claims Team',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'a dropped item: one of four containers is left out, but the request excluded it',
  }),
  defineScenario({
    id: 'nested-month-end-container-report-full-of-ids',
    title:
      'Two team leads hand back long tracking and invoicing results full of container numbers, BL numbers and GSTINs; the MD’s summary carries them through correctly',
    domain: 'key-account monthly reporting',
    mast: ['FM-3.1'],
    request:
      'Month-end report for Vardhman Exim for February 2027: status of all open containers and the GST invoices raised, with totals in lakh.',
    topology: {
      shape: 'nested',
      top: 'account_director',
      teams: { tracking_lead: ['vessel_tracker'], finance_lead: ['invoice_ledger_agent'] },
    },
    agents: [
      {
        name: 'account_director',
        description: 'Owns the key account',
        instructions: 'Get tracking and finance inputs from the leads and write the month-end report.',
        replies: [
          {
            handoff: 'tracking_lead',
            message: 'Vardhman Exim, February 2027: all open containers and their status.',
          },
          {
            handoff: 'finance_lead',
            message: 'Vardhman Exim, February 2027: GST invoices raised and totals.',
          },
          {
            say: '# Vardhman Exim – February 2027\n\n## Open containers (5)\n| container | BL | status |\n|---|---|---|\n| TGHU 8812045 | ONEYBOMB07731200 | on water, ETA Rotterdam 18-03-2027 |\n| TCNU 3301877 | ONEYBOMB07731200 | on water, ETA Rotterdam 18-03-2027 |\n| CAIU 7720154 | COSU6390114820 | transhipment Colombo, ETD 12-03-2027 |\n| BMOU 5508239 | HLCUBO1270299017 | discharged Hamburg 08-03-2027 |\n| FCIU 4410982 | HLCUBO1270299017 | discharged Hamburg 08-03-2027 |\n\n## Invoices (GSTIN 24AABCV3318E1Z4)\n- 7 invoices, INV/AMD/26-27/0981 to 0987\n- Taxable ₹9,42,300 + IGST ₹1,69,614 = **₹11.12 lakh**\n- Paid: 5 (₹7.38 lakh); outstanding: INV/AMD/26-27/0986 and 0987 (₹3.74 lakh), due 15-03-2027',
          },
        ],
      },
      {
        name: 'tracking_lead',
        description: 'Leads container tracking',
        instructions: 'Get status from the tracker and hand it back.',
        replies: [
          {
            handoff: 'vessel_tracker',
            message: 'All open Vardhman Exim containers as of 28-02-2027 with BL and status.',
          },
          {
            say: '5 open containers: TGHU 8812045 and TCNU 3301877 (ONEYBOMB07731200) on water, ETA Rotterdam 18-03-2027; CAIU 7720154 (COSU6390114820) at Colombo T/S, ETD 12-03-2027; BMOU 5508239 and FCIU 4410982 (HLCUBO1270299017) discharged Hamburg 08-03-2027.',
          },
        ],
      },
      {
        name: 'vessel_tracker',
        description: 'Tracks containers across carriers',
        instructions: 'Report status per container.',
        replies: [
          {
            call: 'multi_carrier_track',
            args: { customer: 'Vardhman Exim', open_only: true },
            result:
              '[{"cntr": "TGHU 8812045", "bl": "ONEYBOMB07731200", "st": "ON_WATER", "eta": "18-03-2027", "pod": "NLRTM"}, {"cntr": "TCNU 3301877", "bl": "ONEYBOMB07731200", "st": "ON_WATER", "eta": "18-03-2027", "pod": "NLRTM"}, {"cntr": "CAIU 7720154", "bl": "COSU6390114820", "st": "TS_PORT", "port": "LKCMB", "etd": "12-03-2027"}, {"cntr": "BMOU 5508239", "bl": "HLCUBO1270299017", "st": "DISCHARGED", "port": "DEHAM", "date": "08-03-2027"}, {"cntr": "FCIU 4410982", "bl": "HLCUBO1270299017", "st": "DISCHARGED", "port": "DEHAM", "date": "08-03-2027"}]',
          },
          {
            say: 'TGHU 8812045 / TCNU 3301877 – ONEYBOMB07731200 – on water, ETA NLRTM 18-03-2027\nCAIU 7720154 – COSU6390114820 – at LKCMB T/S, ETD 12-03-2027\nBMOU 5508239 / FCIU 4410982 – HLCUBO1270299017 – discharged DEHAM 08-03-2027',
          },
        ],
      },
      {
        name: 'finance_lead',
        description: 'Leads account finance',
        instructions: 'Get the invoice ledger and hand it back.',
        replies: [
          {
            handoff: 'invoice_ledger_agent',
            message: 'GST invoices for Vardhman Exim raised 01-02-2027 to 28-02-2027, with payment status.',
          },
          {
            say: 'February: 7 invoices INV/AMD/26-27/0981–0987, taxable ₹9,42,300, IGST ₹1,69,614, total ₹11,11,914. Paid 5 (₹7,37,850); open 0986 and 0987 (₹3,74,064), due 15-03-2027.',
          },
        ],
      },
      {
        name: 'invoice_ledger_agent',
        description: 'Reads the invoice ledger',
        instructions: 'Report invoices and payments.',
        replies: [
          {
            call: 'ledger_query',
            args: { gstin: '24AABCV3318E1Z4', from: '01-02-2027', to: '28-02-2027' },
            result:
              '{"invoices": 7, "range": "INV/AMD/26-27/0981-0987", "taxable_inr": 942300, "igst_inr": 169614, "total_inr": 1111914, "paid": {"count": 5, "inr": 737850}, "open": [{"no": "INV/AMD/26-27/0986", "inr": 201780, "due": "15-03-2027"}, {"no": "INV/AMD/26-27/0987", "inr": 172284, "due": "15-03-2027"}]}',
          },
          {
            say: '7 invoices (0981–0987): taxable ₹9,42,300, IGST ₹1,69,614, total ₹11,11,914. Paid 5 = ₹7,37,850. Open: 0986 ₹2,01,780 and 0987 ₹1,72,284, both due 15-03-2027.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'long hand-backs full of ids and counters, rounded to lakh in the summary; nothing dropped or changed',
  }),
  defineScenario({
    id: 'hs-classification-revised-once-then-approved',
    title:
      'The compliance reviewer asks the classifier to revise HS 8413 to 8421 for the filtration pump skid; the classifier revises with the reasoning and the reviewer approves',
    domain: 'HS code classification for exports',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Classify the export of a water filtration skid (pump + cartridge filters on a common frame) for Aqua Pure Engineering, invoice APE/EXP/0077 dated 09-03-2027, for the shipping bill.',
    topology: {
      shape: 'pipeline',
      order: ['hs_classifier', 'compliance_reviewer'],
      loop: { from: 'compliance_reviewer', to: 'hs_classifier', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'hs_classifier',
        description: 'Proposes HS codes',
        instructions: 'Propose the HS code with reasons; revise on review comments.',
        prompt: 'Input:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: 'Proposed HS 84137010 (centrifugal pumps): the skid’s main powered component is the 7.5 kW pump. Export incentive RoDTEP 0.9%.',
          },
          {
            say: 'Revised: **HS 84212190** (machinery for filtering or purifying water, other). Per GIR 3(b) and Section XVI Note 3 the skid’s principal function is filtration; the pump only feeds the filters. RoDTEP 1.2%.',
          },
        ],
      },
      {
        name: 'compliance_reviewer',
        description: 'Reviews classifications before filing',
        instructions: 'Reply APPROVED or REVISE with reasons.',
        replies: [
          {
            say: 'REVISE: this is a composite machine; under Section XVI Note 3 classify by principal function (filtration), not the pump. Check 8421.',
          },
          {
            say: 'APPROVED: HS 84212190, principal function filtration, RoDTEP 1.2%. OK to file on shipping bill for APE/EXP/0077.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'a revise loop that makes progress: one REVISE, a real change, then approval',
  }),
];

export const blindBatch125Scenarios = [...faults, ...healthy];
