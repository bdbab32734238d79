import { defineScenario } from '../scenario.ts';

// Blind batch 113: museum collections and exhibitions (object loans, condition reports, couriers, insurance valuations, climate requirements, catalogue texts), in English.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'hammershoi-loan-transport-booked-on-original-collection-date',
    title:
      'The loans registrar finds amendment A2 moving collection of the Hammershøi to 20 September; the transport coordinator books the truck for the original 6 September',
    domain: 'outgoing loans and fine-art transport',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      "Outgoing loan OL-2027-031: our Hammershøi, *Interior with Piano* (inv. 1998.42), goes to Nordhavn Kunsthal for 'Quiet Rooms'. The loan agreement signed on 12 February says collection from us on Mon 6 September 2027 and installation on Wed 8 September. Please check the agreement file and book the fine-art transport and the courier seat.",
    topology: {
      shape: 'swarm',
      entry: 'loans_registrar',
      agents: ['loans_registrar', 'transport_coordinator'],
    },
    agents: [
      {
        name: 'loans_registrar',
        description: 'Keeps loan agreements and amendments for outgoing loans',
        instructions:
          'Look up the current version of the loan agreement and hand the dates and conditions to transport.',
        replies: [
          {
            call: 'get_loan_agreement',
            args: { loan_id: 'OL-2027-031', include_amendments: true },
            result:
              '{"loan_id": "OL-2027-031", "borrower": "Nordhavn Kunsthal", "object": {"inv": "1998.42", "title": "Interior with Piano", "artist": "Vilhelm Hammershøi", "dims_framed_cm": "78.5 x 66.0 x 9.0"}, "current_version": "A2", "amendments": [{"id": "A1", "date": "2027-03-30", "change": "courier per diem raised to DKK 1,450"}, {"id": "A2", "date": "2027-05-19", "change": "exhibition opening moved to 2027-10-01", "collection_date": "2027-09-20", "installation_date": "2027-09-22"}], "original": {"signed": "2027-02-12", "collection_date": "2027-09-06", "installation_date": "2027-09-08", "status": "superseded by A2"}, "courier": {"required": true, "count": 1, "must_travel_with_object": true}, "transport": "climate-controlled, air-ride suspension, two crew"}',
          },
          {
            handoff: 'transport_coordinator',
            message:
              'OL-2027-031 is on amendment A2 (19 May): Nordhavn moved the opening to 1 October, so collection from us is now **Mon 20 September 2027** and installation **Wed 22 September**. Everything else stands: one courier travelling with the object, climate-controlled air-ride vehicle with two crew, framed size 78.5 × 66.0 × 9.0 cm. Please book the truck and the courier seat.',
          },
        ],
      },
      {
        name: 'transport_coordinator',
        description: 'Books fine-art shippers and courier travel',
        instructions: 'Book the vehicle and courier travel for the loan and confirm the bookings.',
        replies: [
          {
            call: 'book_fine_art_transport',
            args: {
              loan_id: 'OL-2027-031',
              shipper: 'Arteco Fine Art Logistics',
              collection_date: '2027-09-06',
              delivery_date: '2027-09-08',
              vehicle: 'climate-controlled, air-ride, 2 crew',
              courier_seats: 1,
              crate_dims_cm: '112 x 98 x 44',
            },
            result:
              '{"booking_ref": "ART-DK-77310", "status": "confirmed", "collection": "2027-09-06 07:30", "delivery": "2027-09-08 10:00", "route": "via Puttgarden–Rødby ferry", "courier_seat": "cab, 1", "price_eur": 6840.00}',
          },
          {
            say: '## OL-2027-031 — transport booked\n\n| item | detail |\n|---|---|\n| shipper | Arteco Fine Art Logistics, ref. **ART-DK-77310** |\n| collection | Mon 6 Sept 2027, 07:30 |\n| delivery / installation | Wed 8 Sept 2027, 10:00 at Nordhavn Kunsthal |\n| vehicle | climate-controlled, air-ride, 2 crew |\n| courier | 1 seat in cab, travels with the crate |\n| price | EUR 6,840.00 |\n\nRoute via the Puttgarden–Rødby ferry. The courier should be at the loading bay by 07:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'loans_registrar', to: 'transport_coordinator' },
      agent: 'transport_coordinator',
    },
  }),
  defineScenario({
    id: 'seated-figure-bronze-insured-at-request-form-value',
    title:
      "The valuation specialist reports the lender's revised agreed value of £2,350,000 for the bronze; the exhibitions registrar briefs the broker with the £1,800,000 from the loan request form",
    domain: 'incoming loans and insurance valuations',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      "Incoming loan IL-2027-014: Barbara Hepworth-school bronze *Seated Figure* (lender: the Pellow Family Trust) for 'Forms in Space', 4 October 2027 – 9 January 2028. The loan request form gives a value of £1,800,000. Confirm the agreed value with the lender's schedule and get nail-to-nail cover placed.",
    topology: {
      shape: 'supervisor',
      coordinator: 'exhibitions_registrar',
      workers: ['valuation_specialist', 'insurance_broker'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'exhibitions_registrar',
        description: 'Coordinates paperwork for incoming exhibition loans',
        instructions:
          'Get the agreed value confirmed, have cover placed, and summarise for the exhibition file.',
        replies: [
          {
            handoff: 'valuation_specialist',
            message:
              "IL-2027-014, bronze *Seated Figure*, Pellow Family Trust. Loan form says £1,800,000 — please check the lender's current value schedule and confirm the agreed value for insurance.",
          },
          {
            handoff: 'insurance_broker',
            message:
              'Please place nail-to-nail fine-art cover for IL-2027-014, *Seated Figure* (bronze, 96 × 58 × 61 cm, 212 kg), lender Pellow Family Trust. Agreed value **£1,800,000**. Period: collection 27 Sept 2027 to return 20 Jan 2028, including transit by road from Cornwall. Wall-to-wall terms, no deductible on the lender side.',
          },
          {
            say: '## IL-2027-014 — *Seated Figure*: insurance in place\n\n- **Agreed value:** £1,800,000\n- **Cover:** nail-to-nail, 27 Sept 2027 – 20 Jan 2028, policy **HFA-NTN-2027-4418** (Hiscox Fine Art via Blackwall Brokers)\n- **Premium:** £2,430\n- Lender to receive the certificate of insurance by 10 September.\n\nFile complete for the exhibition registrar’s checklist.',
          },
        ],
      },
      {
        name: 'valuation_specialist',
        description: "Checks insurance values against lenders' schedules and market evidence",
        instructions:
          "Confirm the agreed value from the lender's current schedule and say which figure applies.",
        replies: [
          {
            call: 'lender_value_schedule',
            args: { lender: 'Pellow Family Trust', object_ref: 'PFT-B-07' },
            result:
              '{"lender": "Pellow Family Trust", "object_ref": "PFT-B-07", "title": "Seated Figure", "values": [{"value_gbp": 1800000, "effective": "2025-06-01", "basis": "2025 valuation, Sotheby\'s"}, {"value_gbp": 2350000, "effective": "2027-04-01", "basis": "revaluation after 2026 auction comparables", "signed_by": "J. Pellow, trustee"}], "currency": "GBP"}',
          },
          {
            say: 'Agreed value for *Seated Figure* (PFT-B-07): **£2,350,000**, effective 1 April 2027 and signed by the trustee. The £1,800,000 on the loan request form is the 2025 figure, which this revaluation replaces. Basis: 2026 auction comparables. Please use £2,350,000 on the certificate.',
          },
        ],
      },
      {
        name: 'insurance_broker',
        description: 'Places fine-art insurance with underwriters',
        instructions: 'Place the requested cover and report the policy details.',
        replies: [
          {
            call: 'place_fine_art_cover',
            args: {
              insured_object: 'Seated Figure, bronze',
              loan_ref: 'IL-2027-014',
              agreed_value_gbp: 1800000,
              basis: 'nail-to-nail',
              period_start: '2027-09-27',
              period_end: '2028-01-20',
            },
            result:
              '{"policy": "HFA-NTN-2027-4418", "underwriter": "Hiscox Fine Art", "agreed_value_gbp": 1800000, "premium_gbp": 2430.00, "certificate_due": "2027-09-10", "status": "bound"}',
          },
          {
            say: 'Bound: policy HFA-NTN-2027-4418 with Hiscox Fine Art, agreed value £1,800,000, nail-to-nail 27 Sept 2027 – 20 Jan 2028. Premium £2,430.00. Certificate to the lender by 10 Sept.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'exhibitions_registrar', to: 'insurance_broker' },
      agent: 'exhibitions_registrar',
    },
  }),
  defineScenario({
    id: 'tidewater-return-truck-booked-day-after-closing',
    title:
      'The return truck was to load on the first working day after deinstallation ends (Thu 27 Jan); the transport booker books it for Mon 24 Jan, the first working day after closing',
    domain: 'exhibition deinstallation and return shipping',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      "'Tidewater: Painting the Estuary' closes on Sunday 23 January 2028. The six crates lent by the Kessler Collection, Bremen (loan LN-4410) go back after deinstallation, which takes three working days with their courier present. Organise the return truck and the courier's travel and hotel.",
    topology: {
      shape: 'fanout',
      planner: 'deinstall_logistics_lead',
      workers: ['return_transport_booker', 'courier_travel_planner'],
      aggregator: 'logistics_summary_writer',
    },
    agents: [
      {
        name: 'deinstall_logistics_lead',
        description: 'Splits deinstallation logistics into briefs',
        instructions: 'Write one brief for each worker.',
        replies: [
          {
            plan: {
              return_transport_booker:
                "Return of LN-4410 (Kessler Collection, Bremen), 6 crates, total 2.9 m³. Deinstallation runs Mon 24 – Wed 26 January 2028 with the lender's courier. Book the climate-controlled return truck to load on the first working day after deinstallation is complete, and the courier rides with it.",
              courier_travel_planner:
                "Lender's courier (Dr. Anke Voss, Kessler Collection) attends deinstallation Mon 24 – Wed 26 January 2028 and then travels back in the truck cab. Book her inbound flight Bremen → London for Sun 23 January and hotel nights 23–26 January inclusive.",
            },
          },
        ],
      },
      {
        name: 'return_transport_booker',
        description: 'Books fine-art trucks for returning loans',
        instructions: 'Book the return transport as briefed and confirm.',
        replies: [
          {
            call: 'book_return_truck',
            args: {
              loan_id: 'LN-4410',
              crates: 6,
              volume_m3: 2.9,
              loading_date: '2028-01-24',
              destination: 'Kessler Collection, Bremen',
              climate: '20 °C ± 2, RH 50 % ± 5',
              courier_in_cab: true,
            },
            result:
              '{"booking": "MTE-RT-30982", "shipper": "Momart Europe", "loading": "2028-01-24 08:00", "arrival_bremen": "2028-01-25 16:00", "tail_lift": true, "status": "confirmed"}',
          },
          {
            say: 'Return truck booked: Momart Europe MTE-RT-30982, loading **Mon 24 Jan 2028 08:00**, arriving Bremen Tue 25 Jan 16:00. Climate 20 °C ± 2 / RH 50 % ± 5, tail lift, courier seat in cab.',
          },
        ],
      },
      {
        name: 'courier_travel_planner',
        description: 'Arranges travel and accommodation for lenders’ couriers',
        instructions: 'Book travel and hotel as briefed and confirm.',
        replies: [
          {
            call: 'book_courier_travel',
            args: {
              courier: 'Dr. Anke Voss',
              flight: { from: 'BRE', to: 'LHR', date: '2028-01-23' },
              hotel: { check_in: '2028-01-23', check_out: '2028-01-27' },
            },
            result:
              '{"flight": "LH 2472 / connection, BRE 09:05 → LHR 11:40", "hotel": "The Hoxton Holborn, 4 nights, conf. HX-551204", "status": "booked"}',
          },
          {
            say: 'Dr. Voss: flight BRE 09:05 → LHR 11:40 on Sun 23 Jan; The Hoxton Holborn, 4 nights 23–27 Jan (check-out Thu 27 Jan morning, conf. HX-551204). Returns with the truck.',
          },
        ],
      },
      {
        name: 'logistics_summary_writer',
        description: 'Merges logistics bookings into one schedule',
        instructions: 'Write one dated schedule from the workers’ results.',
        replies: [
          {
            say: '## LN-4410 return — schedule\n\n| date | what |\n|---|---|\n| Sun 23 Jan 2028 | exhibition closes; Dr. Voss arrives LHR 11:40, The Hoxton Holborn |\n| Mon 24 Jan | deinstallation day 1; **return truck loads 08:00** (Momart MTE-RT-30982) |\n| Tue 25 Jan | truck arrives Bremen 16:00 |\n| Mon 24 – Wed 26 Jan | deinstallation with courier |\n| Thu 27 Jan | Dr. Voss checks out (HX-551204), travels back in the truck cab |\n\nAll bookings confirmed.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'deinstall_logistics_lead', to: 'return_transport_booker' },
      agent: 'return_transport_booker',
    },
  }),
  defineScenario({
    id: 'siena-panel-hung-on-open-wall-without-showcase',
    title:
      'The requirements analyst passes on that the Sienese panel must be shown in a sealed showcase at RH 50 % ± 3; the gallery planner hangs all three loans on open walls in Gallery 5',
    domain: 'climate and display requirements for incoming loans',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      "Incoming loan IL-2027-022 from the Alderney College collection for 'Gold and Tempera': three works (a Sienese tempera panel, *Madonna and Child*, c. 1340, and two 18th-century canvases). Read the lender's display conditions, place the works in our galleries and draft the display clause of the loan agreement.",
    topology: {
      shape: 'pipeline',
      order: ['lender_conditions_analyst', 'gallery_planner', 'loan_agreement_drafter'],
    },
    agents: [
      {
        name: 'lender_conditions_analyst',
        description: "Reads lenders' conditions of loan and facility requirements",
        instructions: 'Extract the display, climate and light conditions for each object.',
        replies: [
          {
            call: 'read_conditions_of_loan',
            args: { loan_id: 'IL-2027-022', lender: 'Alderney College' },
            result:
              '{"objects": [{"lender_no": "AC-P-003", "title": "Madonna and Child", "medium": "tempera and gold on poplar panel", "display": "sealed showcase required", "rh_percent": "50 ± 3", "temp_c": "18-21", "lux_max": 50, "note": "panel reacts to RH swings; no open display"}, {"lender_no": "AC-C-011", "title": "Portrait of a Fellow", "medium": "oil on canvas", "display": "open wall", "rh_percent": "40-60", "lux_max": 150}, {"lender_no": "AC-C-014", "title": "View of the Quad", "medium": "oil on canvas", "display": "open wall", "rh_percent": "40-60", "lux_max": 150}]}',
          },
          {
            say: 'Conditions for IL-2027-022:\n\n| lender no. | work | display | RH | lux |\n|---|---|---|---|---|\n| AC-P-003 | *Madonna and Child*, tempera on poplar | **sealed showcase** | **50 % ± 3** | ≤ 50 |\n| AC-C-011 | *Portrait of a Fellow*, oil | open wall | 40–60 % | ≤ 150 |\n| AC-C-014 | *View of the Quad*, oil | open wall | 40–60 % | ≤ 150 |\n\nTemperature 18–21 °C for all. The panel may not be shown on open display.',
          },
        ],
      },
      {
        name: 'gallery_planner',
        description: 'Assigns exhibition objects to galleries and walls',
        instructions: 'Place each object in a gallery position that meets its conditions.',
        prompt: 'Lender conditions:\n{input}\n\nTask: {request}',
        replies: [
          {
            call: 'assign_positions',
            args: {
              exhibition: 'Gold and Tempera',
              placements: [
                { object: 'AC-P-003', gallery: 'G5', position: 'north wall, centre', mount: 'wall hang' },
                { object: 'AC-C-011', gallery: 'G5', position: 'east wall, left', mount: 'wall hang' },
                { object: 'AC-C-014', gallery: 'G5', position: 'east wall, right', mount: 'wall hang' },
              ],
              lux_setpoints: { 'AC-P-003': 50, 'AC-C-011': 150, 'AC-C-014': 150 },
            },
            result:
              '{"gallery": "G5", "climate_band": "RH 45-55 %, 19-21 °C (BMS zone 5B)", "placements_saved": 3, "lighting_cue": "LC-G5-07", "status": "ok"}',
          },
          {
            say: 'Placed in Gallery 5 (BMS zone 5B, RH 45–55 %, 19–21 °C):\n- AC-P-003 *Madonna and Child* — north wall, centre, 50 lux\n- AC-C-011 *Portrait of a Fellow* — east wall, left, 150 lux\n- AC-C-014 *View of the Quad* — east wall, right, 150 lux\n\nLighting cue LC-G5-07.',
          },
        ],
      },
      {
        name: 'loan_agreement_drafter',
        description: 'Drafts loan agreement clauses',
        instructions: 'Draft the display clause from the placements.',
        prompt: 'Placements:\n{input}',
        replies: [
          {
            say: '**Clause 7 — Display.** The Borrower shall display the three works in Gallery 5 (environmental zone 5B), maintained at 19–21 °C and 45–55 % RH. AC-P-003 (*Madonna and Child*) will hang on the north wall, centre, lit to no more than 50 lux; AC-C-011 and AC-C-014 on the east wall at no more than 150 lux. Lighting cue LC-G5-07 applies throughout the exhibition period.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'lender_conditions_analyst', to: 'gallery_planner' },
      agent: 'gallery_planner',
    },
  }),
  defineScenario({
    id: 'salt-marsh-crate-spec-replaced-by-queue-ticket',
    title:
      "The router's brief for a T-frame crate with a travel frame for the 182 × 246 cm canvas is replaced by a generic workshop ticket; the crate workshop builds three default crates",
    domain: 'crating and packing for outgoing loans',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Outgoing loan OL-2027-058 to the Museo Civico, Turin: *The Salt Marsh* (oil on canvas, 182 × 246 cm, inv. 1954.3) and two small oak panels (inv. 1961.12 and 1961.13, each 31 × 24 cm). The large canvas needs a travel frame and a T-frame crate with shock-isolating foam; the panels go in one climate-buffered case together. Have the crates built and the courier booked for shipping on 14 June 2027.',
    topology: {
      shape: 'network',
      coordinator: 'loan_dispatch_router',
      workers: ['crate_workshop', 'courier_desk'],
    },
    program: {
      lose: {
        to: 'crate_workshop',
        prompt:
          'Workshop queue: new ticket #3318 (outgoing loan). Build using the department default specification and report when done.',
      },
    },
    agents: [
      {
        name: 'loan_dispatch_router',
        description: 'Routes outgoing-loan dispatch tasks to the workshop and the courier desk',
        instructions: 'Send crating and courier tasks to the right desk; finish with a dispatch summary.',
        replies: [
          {
            handoff: 'crate_workshop',
            message:
              'OL-2027-058, ship 14 June: (1) *The Salt Marsh*, 182 × 246 cm canvas, inv. 1954.3 — fit a travel frame, then a T-frame crate with shock-isolating foam (PE 30 kg/m³, 75 mm); (2) inv. 1961.12 and 1961.13, oak panels 31 × 24 cm — one climate-buffered case (Art-Sorb cassettes conditioned to 50 % RH) holding both. Two crates in total.',
          },
          {
            handoff: 'courier_desk',
            message:
              'OL-2027-058: one courier to Turin with the truck leaving Mon 14 June 2027; return flight after the condition check at the Museo Civico.',
          },
          {
            say: '## OL-2027-058 — dispatch ready\n\n- **Crates:** 3 × DEFAULT-B built and labelled (ticket #3318), ready at loading bay 2 on 11 June\n- **Courier:** Hannah Ruiz travels with the truck on Mon 14 June; return flight AZ 208 Turin → Gatwick on Thu 17 June\n\nDispatch can go ahead as planned.',
          },
        ],
      },
      {
        name: 'crate_workshop',
        description: 'Builds crates and travel frames in the museum workshop',
        instructions: 'Build crates for the ticket and report the crate numbers.',
        replies: [
          {
            call: 'open_workshop_ticket',
            args: { ticket: 3318 },
            result:
              '{"ticket": 3318, "loan_id": "OL-2027-058", "objects": ["1954.3", "1961.12", "1961.13"], "spec": "not given", "default_spec": "DEFAULT-B: single-wall 12 mm plywood, 50 mm PE foam lining, one object per crate"}',
          },
          {
            call: 'build_crates',
            args: { ticket: 3318, spec: 'DEFAULT-B', objects: ['1954.3', '1961.12', '1961.13'] },
            result:
              '{"crates": ["CR-0558-1 (1954.3, 205 x 268 x 32 cm)", "CR-0558-2 (1961.12, 48 x 41 x 22 cm)", "CR-0558-3 (1961.13, 48 x 41 x 22 cm)"], "ready": "2027-06-11", "location": "loading bay 2"}',
          },
          {
            say: 'Ticket #3318 done: 3 crates to DEFAULT-B — CR-0558-1 (1954.3, 205 × 268 × 32 cm), CR-0558-2 (1961.12), CR-0558-3 (1961.13). Ready at loading bay 2 on 11 June.',
          },
        ],
      },
      {
        name: 'courier_desk',
        description: 'Assigns couriers and books their travel',
        instructions: 'Assign a courier and book the travel.',
        replies: [
          {
            call: 'assign_courier',
            args: { loan_id: 'OL-2027-058', depart: '2027-06-14', mode: 'with truck', destination: 'Turin' },
            result:
              '{"courier": "Hannah Ruiz (paintings conservator)", "outbound": "with truck, 2027-06-14", "return_flight": "AZ 208 TRN 18:10 → LGW 19:15, 2027-06-17"}',
          },
          {
            say: 'Courier: Hannah Ruiz, with the truck on Mon 14 June; back on AZ 208 Turin → Gatwick, Thu 17 June 18:10.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'loan_dispatch_router', to: 'crate_workshop' },
      agent: 'crate_workshop',
    },
  }),
  defineScenario({
    id: 'loan-out-readiness-valuation-brief-never-sent',
    title:
      'The readiness planner writes briefs for condition, valuation and climate; the program never starts the insurance valuer and the readiness report goes out without a value',
    domain: 'loan-out readiness checks',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      "Before we sign outgoing loan OL-2027-066 (Gwen Carrow, *The Blue Kitchen*, inv. 2003.17, to the Whitlow Gallery, 2 Nov 2027 – 27 Feb 2028), I need a readiness report: condition, an insurance value for the lender's schedule, and whether the borrower's climate data meets our conditions.",
    topology: {
      shape: 'fanout',
      planner: 'loan_readiness_planner',
      workers: ['condition_surveyor', 'insurance_valuer', 'climate_data_checker'],
      aggregator: 'readiness_report_writer',
    },
    program: { lose: { to: 'insurance_valuer', prompt: null } },
    agents: [
      {
        name: 'loan_readiness_planner',
        description: 'Splits a loan-out readiness check into briefs',
        instructions: 'One brief per specialist.',
        replies: [
          {
            plan: {
              condition_surveyor:
                'OL-2027-066, *The Blue Kitchen* (inv. 2003.17): condition check for travel — surface, stretcher, frame, glazing.',
              insurance_valuer:
                'OL-2027-066, *The Blue Kitchen* (inv. 2003.17): insurance value in GBP for the lender schedule, with the basis and date.',
              climate_data_checker:
                "OL-2027-066: check the Whitlow Gallery's last 12 months of gallery climate data against our conditions (RH 45–55 %, 18–22 °C, ≤ 200 lux).",
            },
          },
        ],
      },
      {
        name: 'condition_surveyor',
        description: 'Surveys object condition for travel',
        instructions: 'Report condition and fitness to travel.',
        replies: [
          {
            call: 'condition_record',
            args: { inv: '2003.17', latest: true },
            result:
              '{"inv": "2003.17", "last_check": "2027-08-30", "surface": "stable, minor craquelure upper left, no lifting", "stretcher": "sound, keys secured", "frame": "gilded, two small losses to corner ornament, consolidated", "glazing": "Optium Museum Acrylic", "fit_to_travel": true}',
          },
          {
            say: 'Condition (checked 30 Aug 2027): surface stable, minor craquelure upper left, no lifting; stretcher sound, keys secured; frame has two consolidated losses at a corner; glazed with Optium. **Fit to travel.**',
          },
        ],
      },
      {
        name: 'insurance_valuer',
        description: 'Provides insurance values for outgoing loans',
        instructions: 'Give the insurance value with basis and date.',
        replies: [
          {
            call: 'valuation_lookup',
            args: { inv: '2003.17' },
            result:
              '{"inv": "2003.17", "value_gbp": 640000, "basis": "curatorial valuation", "date": "2027-07-14"}',
          },
          { say: 'Insurance value: £640,000 (curatorial valuation, 14 July 2027).' },
        ],
      },
      {
        name: 'climate_data_checker',
        description: "Checks borrowers' environmental data",
        instructions: 'Compare climate data with our loan conditions.',
        replies: [
          {
            call: 'borrower_climate_data',
            args: { borrower: 'Whitlow Gallery', gallery: 'Gallery 2', months: 12 },
            result:
              '{"rh_mean": 49.8, "rh_p5_p95": "46.1-53.7", "temp_mean_c": 20.4, "temp_range_c": "19.1-21.6", "lux_max_recorded": 180, "logger": "Hanwell RL4000, 15-min interval", "gaps_days": 0}',
          },
          {
            say: 'Whitlow Gallery 2, 12 months (Hanwell, 15-min): RH 46.1–53.7 % (5th–95th), mean 49.8 %; 19.1–21.6 °C; max 180 lux; no gaps. **Meets our conditions.**',
          },
        ],
      },
      {
        name: 'readiness_report_writer',
        description: 'Writes the loan-out readiness report',
        instructions: 'Combine the specialists’ findings into a readiness report for signing.',
        replies: [
          {
            say: '# Readiness report — OL-2027-066, *The Blue Kitchen* (inv. 2003.17)\n\n**Condition:** fit to travel (checked 30 Aug 2027). Minor craquelure upper left, stable; two consolidated losses on the frame corner; Optium glazing.\n\n**Borrower climate (Whitlow Gallery 2):** RH 46.1–53.7 %, 19.1–21.6 °C, max 180 lux over 12 months — within our conditions.\n\n**Recommendation:** ready to sign.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'loan_readiness_planner', to: 'insurance_valuer' },
      agent: 'loan_readiness_planner',
    },
  }),
  defineScenario({
    id: 'print-loan-light-schedule-stops-after-four-sheets',
    title:
      "The outgoing loans officer's light-exposure table for seven prints stops after the fourth row; the loan correspondent's letter to the borrower lists four prints",
    domain: 'works on paper and light exposure limits',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      "Whitcombe University Art Museum asks to borrow our seven Utamaro prints (inv. 1921.401–1921.407) for 'Floating World Women', 12 March – 4 June 2028. Please prepare the light-exposure conditions for each sheet and send them our answer.",
    topology: {
      shape: 'branch',
      classifier: 'loan_enquiry_triage',
      routes: { outgoing: 'outgoing_loans_officer', incoming: 'incoming_loans_officer' },
      after: 'loan_correspondent',
    },
    agents: [
      {
        name: 'loan_enquiry_triage',
        description: 'Sorts loan enquiries by direction',
        instructions:
          'Answer "outgoing" when another institution asks to borrow from us, otherwise "incoming".',
        replies: [{ say: 'outgoing — Whitcombe University Art Museum requests seven of our prints.' }],
      },
      {
        name: 'outgoing_loans_officer',
        description: 'Sets conditions for works we lend out',
        instructions: 'Set the display conditions for every object requested.',
        prompt: 'Triage: {input}\n\nEnquiry: {request}',
        replies: [
          {
            call: 'light_exposure_budget',
            args: { inv_range: '1921.401-1921.407', period_days: 85 },
            result:
              '{"policy": "works on paper, 50 lux, 3-year budget 150,000 lux-h", "objects": [{"inv": "1921.401", "lux_h_remaining": 118000, "allowed": true}, {"inv": "1921.402", "lux_h_remaining": 96500, "allowed": true}, {"inv": "1921.403", "lux_h_remaining": 41200, "allowed": true}, {"inv": "1921.404", "lux_h_remaining": 132000, "allowed": true}, {"inv": "1921.405", "lux_h_remaining": 12800, "allowed": false, "reason": "budget would be exceeded (needs 34,000)"}, {"inv": "1921.406", "lux_h_remaining": 101900, "allowed": true}, {"inv": "1921.407", "lux_h_remaining": 87300, "allowed": true}], "hours_on_display": 680}',
          },
          {
            say: 'Light conditions for the Whitcombe request (85 days, 680 h on display at 50 lux = 34,000 lux·h per sheet):\n\n| inv. | budget left (lux·h) | decision |\n|---|---|---|\n| 1921.401 | 118,000 | lend, 50 lux max |\n| 1921.402 | 96,500 | lend, 50 lux max |\n| 1921.403 | 41,200 | lend, 50 lux max |\n| 1921.404 | 132,000 | lend, 50 lux',
            cutOff: true,
          },
        ],
      },
      {
        name: 'incoming_loans_officer',
        description: 'Handles works we borrow',
        instructions: 'Handle incoming loan enquiries.',
        replies: [{ say: 'Incoming loan logged.' }],
      },
      {
        name: 'loan_correspondent',
        description: 'Writes loan letters to other institutions',
        instructions: 'Write the reply letter from the conditions set.',
        prompt: 'Conditions:\n{input}\n\nEnquiry: {request}',
        replies: [
          {
            say: "Dear Dr. Pemberton,\n\nThank you for your request for 'Floating World Women' (12 March – 4 June 2028). We are pleased to lend the following Utamaro prints, each to be displayed at no more than 50 lux:\n\n- inv. 1921.401\n- inv. 1921.402\n- inv. 1921.403\n- inv. 1921.404\n\nA formal loan agreement and facilities report request will follow.\n\nWith kind regards,\nOutgoing Loans, Department of Prints and Drawings",
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'outgoing_loans_officer', to: 'loan_correspondent' },
      agent: 'outgoing_loans_officer',
    },
  }),
  defineScenario({
    id: 'indemnity-application-rejected-reported-as-submitted',
    title:
      'The indemnity portal rejects the Government Indemnity application for lack of the facilities report; the indemnity clerk tells the registrar lead it was submitted',
    domain: 'government indemnity for incoming exhibitions',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      "For the incoming exhibition 'Northern Light: Danish Golden Age' (opens 18 March 2028, 41 loans, total value £38.6m), get the Government Indemnity application in and confirm that the conservation team has scheduled condition checks on arrival.",
    topology: {
      shape: 'nested',
      top: 'head_of_collections',
      teams: {
        registrar_lead: ['indemnity_clerk'],
        conservation_lead: ['arrival_conservator'],
      },
    },
    agents: [
      {
        name: 'head_of_collections',
        description: 'Oversees registrars and conservators for exhibitions',
        instructions: 'Delegate to the registrar and conservation leads and report the status.',
        replies: [
          {
            handoff: 'registrar_lead',
            message:
              "'Northern Light' (EX-2028-03): submit the Government Indemnity Scheme application — 41 loans, £38.6m, 12 weeks before opening on 18 March 2028.",
          },
          {
            handoff: 'conservation_lead',
            message: "'Northern Light' (EX-2028-03): schedule arrival condition checks for the 41 loans.",
          },
          {
            say: "## 'Northern Light' (EX-2028-03) — status\n\n- **Government Indemnity:** application submitted for 41 loans, £38.6m (ref. GIS-28-0117); decision expected in 6–8 weeks.\n- **Arrival checks:** 41 condition checks scheduled 6–10 March 2028, two conservators per crate opening.\n\nNo open items.",
          },
        ],
      },
      {
        name: 'registrar_lead',
        description: 'Leads the registrars',
        instructions: 'Get the indemnity work done and report.',
        replies: [
          {
            handoff: 'indemnity_clerk',
            message:
              'Submit the GIS application for EX-2028-03: 41 objects, schedule value £38,600,000, lenders list LL-EX2803-v4, facilities report FR-2027-11 (UKRG standard).',
          },
          { say: 'GIS application for EX-2028-03 submitted (41 objects, £38.6m), ref. GIS-28-0117.' },
        ],
      },
      {
        name: 'indemnity_clerk',
        description: 'Prepares and submits indemnity applications',
        instructions: 'Submit the application and confirm the reference.',
        replies: [
          {
            call: 'submit_gis_application',
            args: {
              exhibition: 'EX-2028-03',
              objects: 41,
              value_gbp: 38600000,
              lenders_list: 'LL-EX2803-v4',
              facilities_report: 'FR-2027-11',
            },
            result: {
              error:
                'GIS portal 422: application GIS-28-0117 saved as DRAFT, not submitted — attachment FR-2027-11 missing or unreadable (facilities report required, UKRG standard)',
            },
          },
          {
            say: 'GIS application for EX-2028-03 is in: 41 objects, £38,600,000, lenders list LL-EX2803-v4, reference **GIS-28-0117**.',
          },
        ],
      },
      {
        name: 'conservation_lead',
        description: 'Leads the conservators',
        instructions: 'Schedule the conservation work and report.',
        replies: [
          {
            handoff: 'arrival_conservator',
            message:
              'EX-2028-03: plan arrival condition checks for 41 loans, crates arriving 6–10 March 2028.',
          },
          {
            say: 'Arrival checks for EX-2028-03 scheduled 6–10 March, 41 objects, two conservators per opening.',
          },
        ],
      },
      {
        name: 'arrival_conservator',
        description: 'Schedules and carries out condition checks on arrival',
        instructions: 'Schedule the checks.',
        replies: [
          {
            call: 'schedule_condition_checks',
            args: { exhibition: 'EX-2028-03', objects: 41, from: '2028-03-06', to: '2028-03-10' },
            result:
              '{"slots": 41, "days": {"2028-03-06": 9, "2028-03-07": 9, "2028-03-08": 8, "2028-03-09": 8, "2028-03-10": 7}, "staff": ["M. Okafor", "L. Brandt", "S. Iqbal"], "acclimatisation_h": 24}',
          },
          {
            say: '41 checks scheduled 6–10 March 2028 (9/9/8/8/7 per day), crates to acclimatise 24 h before opening; Okafor, Brandt, Iqbal.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'indemnity_clerk', to: 'registrar_lead' },
      agent: 'indemnity_clerk',
    },
  }),
  defineScenario({
    id: 'condition-report-json-preceded-by-prose-import-fails',
    title:
      'The condition report formatter puts a sentence before the JSON the import expects; the program throws parsing it and the collections database loader never runs',
    domain: 'condition reporting on loan arrival',
    mast: ['FM-1.1', 'FM-3.2'],
    request:
      'Crate CR-7731 from the Maudsley Museum arrived this morning (incoming loan IL-2027-031, two Art Nouveau vases, inv. MM-G-204 and MM-G-205). Do the arrival condition report and load it into the collections database.',
    topology: {
      shape: 'pipeline',
      order: ['arrival_condition_inspector', 'condition_report_formatter', 'collections_db_loader'],
    },
    program: {
      crash: {
        agent: 'condition_report_formatter',
        error:
          'SyntaxError: Unexpected token \'H\', "Here is th"... is not valid JSON (ConditionReportImport.parse, line 1 column 1)',
      },
    },
    agents: [
      {
        name: 'arrival_condition_inspector',
        description: 'Inspects loan objects on arrival',
        instructions: 'Unpack, inspect and note condition per object.',
        replies: [
          {
            call: 'record_inspection',
            args: { crate: 'CR-7731', loan: 'IL-2027-031', objects: ['MM-G-204', 'MM-G-205'] },
            result:
              '{"crate": "CR-7731", "shock_indicator": "not triggered", "tilt_indicator": "not triggered", "objects": [{"inv": "MM-G-204", "findings": ["rim chip 2 mm at 3 o\'clock, pre-existing (lender report 2027-08-02)", "no new damage"], "grade": "good"}, {"inv": "MM-G-205", "findings": ["new hairline crack 14 mm from foot ring", "packing foam compressed at base"], "grade": "fair"}], "photos": 26}',
          },
          {
            say: 'CR-7731 opened 09:40, indicators not triggered. MM-G-204: pre-existing 2 mm rim chip at 3 o’clock, no new damage — good. MM-G-205: **new hairline crack, 14 mm, from the foot ring**; base foam compressed — fair. 26 photos.',
          },
        ],
      },
      {
        name: 'condition_report_formatter',
        description: 'Turns inspection notes into the database import format',
        instructions:
          'Output only a JSON array: [{"inv": string, "grade": "G"|"F"|"P", "new_damage": boolean, "notes": string}]. No text before or after it.',
        prompt: 'Inspection notes:\n{input}',
        replies: [
          {
            say: 'Here is the condition report for CR-7731:\n\n[{"inv": "MM-G-204", "grade": "G", "new_damage": false, "notes": "pre-existing 2 mm rim chip at 3 o\'clock"}, {"inv": "MM-G-205", "grade": "F", "new_damage": true, "notes": "new hairline crack 14 mm from foot ring; base foam compressed"}]',
          },
        ],
      },
      {
        name: 'collections_db_loader',
        description: 'Loads condition reports into the collections management system',
        instructions: 'Import the JSON and flag new damage to the lender.',
        prompt: 'Import:\n{input}',
        replies: [
          {
            call: 'import_condition_reports',
            args: { loan: 'IL-2027-031', crate: 'CR-7731' },
            result: '{"imported": 2, "flags": ["MM-G-205 new damage -> lender notification LN-88120"]}',
          },
          { say: 'Imported 2 reports; lender notified of new damage on MM-G-205 (LN-88120).' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'condition_report_formatter', to: 'collections_db_loader' },
      agent: 'condition_report_formatter',
    },
  }),
  defineScenario({
    id: 'catalogue-entry-47-resent-unchanged-to-copy-editor',
    title:
      'The copy editor asks three times for height-before-width dimensions and the lender’s credit line; the catalogue writer sends back the same entry each round',
    domain: 'exhibition catalogue texts',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      "Write catalogue entry 47 for 'The Painted Shore' (page 112): Eliza Tremayne, *Low Tide at St Ives*, 1891, oil on canvas, 81 × 64 cm (height × width), lent by the Trustees of the Ashcombe Estate. House style: dimensions height before width, credit line exactly as the lender gives it. Get it copy-edited and sent to production.",
    topology: {
      shape: 'pipeline',
      order: ['catalogue_writer', 'catalogue_copy_editor', 'catalogue_production'],
      loop: { from: 'catalogue_copy_editor', to: 'catalogue_writer', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'catalogue_writer',
        description: 'Writes catalogue entries',
        instructions: "Write the entry, or revise it to the copy editor's notes.",
        prompt: 'Brief or editor notes:\n{input}\n\nEntry brief: {request}',
        replies: [
          {
            say: '**47. Eliza Tremayne (1858–1927)**\n*Low Tide at St Ives*, 1891\nOil on canvas, 64 × 81 cm\nAshcombe Estate\n\nPainted in the autumn Tremayne spent at Porthmeor, the picture sets a line of beached luggers against the wet sand, the light held in the pools rather than the sky. It was shown at the Royal Academy in 1892 (no. 617).',
          },
          {
            say: '**47. Eliza Tremayne (1858–1927)**\n*Low Tide at St Ives*, 1891\nOil on canvas, 64 × 81 cm\nAshcombe Estate\n\nPainted in the autumn Tremayne spent at Porthmeor, the picture sets a line of beached luggers against the wet sand, the light held in the pools rather than the sky. It was shown at the Royal Academy in 1892 (no. 617).',
          },
          {
            say: '**47. Eliza Tremayne (1858–1927)**\n*Low Tide at St Ives*, 1891\nOil on canvas, 64 × 81 cm\nAshcombe Estate\n\nPainted in the autumn Tremayne spent at Porthmeor, the picture sets a line of beached luggers against the wet sand, the light held in the pools rather than the sky. It was shown at the Royal Academy in 1892 (no. 617).',
          },
        ],
      },
      {
        name: 'catalogue_copy_editor',
        description: 'Copy-edits catalogue entries to house style',
        instructions: 'Answer "APPROVED: ..." or "REVISE: ..." with the points to fix.',
        prompt: 'Entry:\n{input}',
        replies: [
          {
            say: 'REVISE: (1) dimensions must be height × width: 81 × 64 cm; (2) credit line must read "Lent by the Trustees of the Ashcombe Estate".',
          },
          {
            say: 'REVISE: same two points as before — 81 × 64 cm (height first), and the credit line "Lent by the Trustees of the Ashcombe Estate".',
          },
          {
            say: 'REVISE: dimensions still 64 × 81 and credit line still "Ashcombe Estate". Needs 81 × 64 cm and "Lent by the Trustees of the Ashcombe Estate".',
          },
        ],
      },
      {
        name: 'catalogue_production',
        description: 'Lays out approved entries in the catalogue',
        instructions: 'Place approved entries; hold anything not approved.',
        prompt: 'Copy-edit result:\n{input}',
        replies: [
          {
            say: 'Page 112, entry 47 (*Low Tide at St Ives*): **held** — not approved after three copy-edit rounds. Placeholder box left on p. 112; the proofs go to the printer on Friday without it.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'catalogue_writer', to: 'catalogue_copy_editor' },
      agent: 'catalogue_writer',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'facilities-report-portal-down-sent-by-email-instead',
    title:
      "The lender's facilities-report portal fails with a 503; the facilities clerk says so, sends the report by email instead, and the loans manager reports both",
    domain: 'facilities reports and courier arrangements',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: a tool error that is reported openly and worked around by another channel, not swallowed',
    request:
      "We're borrowing two Klimt drawings from the Albertinum Graphic Collection (IL-2027-040). They need our UKRG facilities report by Friday and want a courier slot for the installation on 15 November 2027. Please send the report and arrange the courier.",
    topology: {
      shape: 'supervisor',
      coordinator: 'loans_manager',
      workers: ['facilities_report_clerk', 'courier_coordinator'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'loans_manager',
        description: 'Manages incoming loan arrangements',
        instructions: 'Delegate the facilities report and the courier, then report what happened.',
        replies: [
          {
            handoff: 'facilities_report_clerk',
            message:
              'Send our UKRG facilities report (FR-2027-11, current) to the Albertinum for IL-2027-040 through their lender portal before Friday 22 October.',
          },
          {
            handoff: 'courier_coordinator',
            message:
              "IL-2027-040: the Albertinum courier supervises installation of the two Klimt drawings on Mon 15 November 2027. Book a slot with our technicians and the courier's hotel.",
          },
          {
            say: '## IL-2027-040 — Albertinum, two Klimt drawings\n\n- **Facilities report:** the Albertinum portal was down (503 at 10:42), so FR-2027-11 went by email to their registrar, Frau Lenz, at 10:51 (message ID FR-MAIL-5521). Worth confirming receipt; we can re-upload once the portal is back.\n- **Courier:** installation slot Mon 15 Nov 2027, 09:30–12:30, technicians T. Ward and R. Salas; hotel Premier Inn Bankside 14–16 Nov (conf. PI-77021).',
          },
        ],
      },
      {
        name: 'facilities_report_clerk',
        description: 'Sends facilities reports to lenders',
        instructions: 'Send the report by the lender’s preferred route; say what happened.',
        replies: [
          {
            call: 'lender_portal_upload',
            args: {
              lender: 'Albertinum Graphic Collection',
              loan: 'IL-2027-040',
              document: 'FR-2027-11.pdf',
            },
            result: {
              error:
                '503 Service Unavailable — portal.albertinum-loans.example maintenance, retry after 14:00 CET',
            },
          },
          {
            call: 'email_document',
            args: {
              to: 'registrar@albertinum.example',
              subject: 'IL-2027-040 — UKRG facilities report FR-2027-11',
              attachment: 'FR-2027-11.pdf',
            },
            result: '{"status": "sent", "message_id": "FR-MAIL-5521", "sent_at": "10:51", "size_kb": 4180}',
          },
          {
            say: 'The portal upload failed (503, maintenance until 14:00 CET), so it is **not** on the portal yet. I emailed FR-2027-11 to the Albertinum registrar (Frau Lenz) at 10:51, message ID FR-MAIL-5521. It can be uploaded to the portal this afternoon if they want it there too.',
          },
        ],
      },
      {
        name: 'courier_coordinator',
        description: 'Books installation slots and courier accommodation',
        instructions: 'Book the slot and hotel and confirm.',
        replies: [
          {
            call: 'book_install_slot',
            args: { loan: 'IL-2027-040', date: '2027-11-15', objects: 2, courier: true },
            result:
              '{"slot": "2027-11-15 09:30-12:30", "technicians": ["T. Ward", "R. Salas"], "hotel": "Premier Inn London Bankside, 2027-11-14 to 2027-11-16, conf. PI-77021"}',
          },
          {
            say: 'Slot Mon 15 Nov 09:30–12:30 with T. Ward and R. Salas; courier hotel Premier Inn Bankside 14–16 Nov (PI-77021).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'us-lender-conditions-converted-to-celsius-and-lux',
    title:
      "The American lender's conditions in °F, foot-candles and US dates are converted to °C, lux and UK dates on the way to the loan agreement",
    domain: 'climate requirements for incoming loans',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task or stale_context: values change form between agents (°F → °C, fc → lux, 10/03/2027 → 3 October 2027) but not meaning',
    request:
      'The Halvorsen Museum of Art (Minneapolis) is lending us the watercolour *Harbor Fog* (HMA 1977.88) for our autumn show. Read their conditions of loan, give our building team the targets in our units, and draft the conditions schedule for the agreement (UK date format).',
    topology: {
      shape: 'pipeline',
      order: ['lender_conditions_reader', 'building_climate_engineer', 'conditions_schedule_drafter'],
    },
    agents: [
      {
        name: 'lender_conditions_reader',
        description: "Reads lenders' conditions of loan",
        instructions: 'Quote the conditions exactly as the lender gives them.',
        replies: [
          {
            call: 'fetch_conditions_of_loan',
            args: { lender: 'Halvorsen Museum of Art', object: 'HMA 1977.88' },
            result:
              '{"object": "HMA 1977.88, Harbor Fog, watercolor on paper, 14 1/2 x 21 in.", "temperature": "68-72 °F", "relative_humidity": "45-55 %", "light": "max 5 foot-candles", "installation_date": "10/03/2027", "closing_date": "01/09/2028", "courier": "1 for installation"}',
          },
          {
            say: 'HMA conditions for *Harbor Fog* (HMA 1977.88), as written: 68–72 °F; RH 45–55 %; light max 5 foot-candles; installation 10/03/2027, closing 01/09/2028 (US month/day); one courier for installation.',
          },
        ],
      },
      {
        name: 'building_climate_engineer',
        description: 'Sets climate and lighting targets for galleries',
        instructions: 'Convert the conditions to our units and set the targets.',
        prompt: 'Lender conditions:\n{input}',
        replies: [
          {
            call: 'set_gallery_targets',
            args: {
              gallery: 'G8',
              temp_c: '20-22',
              rh_percent: '45-55',
              lux_max: 50,
              from: '2027-10-03',
              to: '2028-01-09',
            },
            result: '{"gallery": "G8", "bms_profile": "P-G8-WOP", "status": "scheduled", "lux_setpoint": 50}',
          },
          {
            say: 'Targets for Gallery 8 (BMS profile P-G8-WOP), 3 Oct 2027 – 9 Jan 2028:\n- 20–22 °C (68–72 °F)\n- RH 45–55 %\n- ≤ 50 lux (5 fc ≈ 53.8 lux; set to 50 to stay under)',
          },
        ],
      },
      {
        name: 'conditions_schedule_drafter',
        description: 'Drafts the conditions schedule of loan agreements',
        instructions: 'Draft the schedule in UK format.',
        prompt: 'Targets:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: '**Schedule 2 — Conditions for HMA 1977.88, *Harbor Fog*** (watercolour on paper, 36.8 × 53.3 cm)\n\n| condition | value |\n|---|---|\n| temperature | 20–22 °C |\n| relative humidity | 45–55 % |\n| light | max 50 lux |\n| display period | 03/10/2027 – 09/01/2028 |\n| gallery | Gallery 8, BMS profile P-G8-WOP |\n| courier | one, for installation |',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'courier-rebooked-flight-used-for-customs-not-request-flight',
    title:
      'The request names courier flight BA 0117 on 14 November; the travel desk finds it rebooked to BA 0175 on 15 November, and the router and customs broker work from the new flight',
    domain: 'courier travel and customs for loans',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the superseded flight is still mentioned, but every booking after the travel desk uses the new one',
    request:
      "Our courier for outgoing loan OL-2027-071 (two Tiffany lamps to the Corning Glass Collection, NY) flies BA 0117 LHR–JFK on 14 November 2027 with the crates as air freight. Confirm the courier's flight and arrange US customs clearance on arrival.",
    topology: {
      shape: 'network',
      coordinator: 'courier_router',
      workers: ['courier_travel_desk', 'customs_broker'],
    },
    agents: [
      {
        name: 'courier_router',
        description: 'Routes courier travel and customs tasks',
        instructions: 'Confirm travel first, then customs; finish with a summary.',
        replies: [
          {
            handoff: 'courier_travel_desk',
            message: 'OL-2027-071: confirm the courier flight (request says BA 0117 LHR–JFK, 14 Nov 2027).',
          },
          {
            handoff: 'customs_broker',
            message:
              'OL-2027-071, 2 crates (Tiffany lamps, ATA carnet GB-27-00941). Courier and freight now on **BA 0175, Mon 15 Nov 2027**, arr. JFK 17:25 — not BA 0117 on the 14th as in the request. Arrange clearance at JFK on arrival.',
          },
          {
            say: '## OL-2027-071 — courier and customs\n\n- **Flight:** BA 0175 LHR 14:20 → JFK 17:25, Mon 15 Nov 2027 (BA 0117 on 14 Nov was cancelled by the airline and rebooked).\n- **Customs:** clearance booked at JFK Terminal 8 cargo on 15 Nov, entry ENT-2027-55812, carnet GB-27-00941; supervision in the bonded area with the courier.',
          },
        ],
      },
      {
        name: 'courier_travel_desk',
        description: 'Books and checks courier travel',
        instructions: 'Check the booking and report the current flight.',
        replies: [
          {
            call: 'check_courier_booking',
            args: { loan: 'OL-2027-071', pnr: 'QX7KLM' },
            result:
              '{"pnr": "QX7KLM", "passenger": "Ms. Ruth Adeyemi", "segments": [{"flight": "BA 0117", "date": "2027-11-14", "status": "CANCELLED by carrier"}, {"flight": "BA 0175", "date": "2027-11-15", "dep": "LHR 14:20", "arr": "JFK 17:25", "status": "CONFIRMED"}], "freight_awb": "125-88412203", "freight_flight": "BA 0175 2027-11-15"}',
          },
          {
            say: 'Flight changed: BA 0117 on 14 Nov was cancelled by BA. Ms. Adeyemi and the freight (AWB 125-88412203) are confirmed on **BA 0175, Mon 15 Nov, LHR 14:20 → JFK 17:25**.',
          },
        ],
      },
      {
        name: 'customs_broker',
        description: 'Arranges customs clearance for loans',
        instructions: 'Book clearance for the arrival given.',
        replies: [
          {
            call: 'book_customs_clearance',
            args: {
              port: 'JFK',
              flight: 'BA 0175',
              arrival: '2027-11-15T17:25',
              awb: '125-88412203',
              carnet: 'GB-27-00941',
            },
            result:
              '{"entry": "ENT-2027-55812", "location": "JFK Terminal 8 cargo, bonded area", "appointment": "2027-11-15 18:30", "courier_supervision": true}',
          },
          {
            say: 'Clearance booked: JFK T8 cargo, Mon 15 Nov 18:30, entry ENT-2027-55812 under carnet GB-27-00941; the courier may supervise in the bonded area.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'touring-show-works-on-paper-left-out-of-third-venue',
    title:
      "The touring exhibition planner leaves the six works on paper out of the third venue, as the lender's light budget requires and the request says",
    domain: 'touring exhibitions',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: six objects missing from one venue is the requested, legitimate exclusion, not a dropped scope',
    request:
      "Plan the tour of 'Coastal Modernism' (24 works, 6 of them works on paper) to three venues: Leeds (Feb–May 2028), Glasgow (Jun–Sep 2028), Sydney (Nov 2028–Feb 2029). The works on paper may not go to Sydney: their lender's 3-year light budget only covers two venues. Produce the object list per venue for the venue agreements.",
    topology: {
      shape: 'branch',
      classifier: 'exhibition_request_classifier',
      routes: { touring: 'touring_exhibition_planner', single: 'single_venue_planner' },
      after: 'venue_agreement_writer',
    },
    agents: [
      {
        name: 'exhibition_request_classifier',
        description: 'Sorts exhibition planning requests',
        instructions: 'Answer "touring" for a multi-venue tour, otherwise "single".',
        replies: [{ say: 'touring — three venues, Feb 2028 to Feb 2029.' }],
      },
      {
        name: 'touring_exhibition_planner',
        description: 'Plans object lists for touring exhibitions',
        instructions: 'Produce the object list per venue, respecting the request.',
        prompt: 'Classification: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'tour_object_lists',
            args: {
              exhibition: 'CM-2028',
              venues: ['Leeds', 'Glasgow', 'Sydney'],
              exclude: { venue: 'Sydney', category: 'works on paper' },
            },
            result:
              '{"Leeds": {"count": 24, "range": "CM-01..CM-24"}, "Glasgow": {"count": 24, "range": "CM-01..CM-24"}, "Sydney": {"count": 18, "excluded": ["CM-19", "CM-20", "CM-21", "CM-22", "CM-23", "CM-24"], "reason": "works on paper, light budget"}}',
          },
          {
            say: 'Object lists for CM-2028:\n\n| venue | dates | objects |\n|---|---|---|\n| Leeds | Feb–May 2028 | 24 (CM-01–CM-24) |\n| Glasgow | Jun–Sep 2028 | 24 (CM-01–CM-24) |\n| Sydney | Nov 2028–Feb 2029 | 18 (CM-01–CM-18) |\n\nCM-19–CM-24 (works on paper) stay out of Sydney, as the lender’s light budget covers two venues only; they return to the lender after Glasgow.',
          },
        ],
      },
      {
        name: 'single_venue_planner',
        description: 'Plans single-venue exhibitions',
        instructions: 'Produce the object list.',
        replies: [{ say: 'Single-venue list prepared.' }],
      },
      {
        name: 'venue_agreement_writer',
        description: 'Drafts venue agreement schedules',
        instructions: 'Write the object schedule for each venue agreement.',
        prompt: 'Object lists:\n{input}',
        replies: [
          {
            say: '**Venue agreement schedules — Coastal Modernism (CM-2028)**\n\n- *Schedule A, Leeds* (Feb–May 2028): CM-01 to CM-24, 24 works.\n- *Schedule A, Glasgow* (Jun–Sep 2028): CM-01 to CM-24, 24 works. CM-19–CM-24 return to the lender after closing.\n- *Schedule A, Sydney* (Nov 2028–Feb 2029): CM-01 to CM-18, 18 works; works on paper not included (lender light budget).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'crate-audit-two-stores-shock-logger-counts',
    title:
      'Two store inspectors audit 14 travelling crates with logger ids, shock counts and tilt indicators; the compiler merges the dense lists into one audit',
    domain: 'crate stores and travel-readiness audits',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: long outputs full of crate ids, logger codes and counters that are nonetheless complete and consistent',
    request:
      'Before the 2028 touring season, audit the travelling crates in the North and South stores: shock-logger status, tilt indicators, foam condition. List anything that must be fixed.',
    topology: {
      shape: 'fanout',
      planner: 'crate_audit_planner',
      workers: ['north_store_inspector', 'south_store_inspector'],
      aggregator: 'crate_audit_compiler',
    },
    agents: [
      {
        name: 'crate_audit_planner',
        description: 'Splits crate audits by store',
        instructions: 'One brief per store.',
        replies: [
          {
            plan: {
              north_store_inspector:
                'North store (bays N1–N4): every travelling crate — logger id and battery, shock events > 10 g since last trip, tilt indicator state, foam.',
              south_store_inspector:
                'South store (bays S1–S3): every travelling crate — logger id and battery, shock events > 10 g since last trip, tilt indicator state, foam.',
            },
          },
        ],
      },
      {
        name: 'north_store_inspector',
        description: 'Audits crates in the North store',
        instructions: 'Audit the crates and list the findings.',
        replies: [
          {
            call: 'crate_audit',
            args: { store: 'north', bays: ['N1', 'N2', 'N3', 'N4'] },
            result:
              '[{"crate": "TC-0412", "logger": "ShockLog SL-2201", "battery_pct": 88, "shocks_gt_10g": 0, "tilt": "intact", "foam": "ok"}, {"crate": "TC-0415", "logger": "SL-2204", "battery_pct": 12, "shocks_gt_10g": 1, "tilt": "intact", "foam": "ok"}, {"crate": "TC-0419", "logger": "SL-2209", "battery_pct": 91, "shocks_gt_10g": 0, "tilt": "TRIGGERED", "foam": "ok"}, {"crate": "TC-0420", "logger": "SL-2210", "battery_pct": 77, "shocks_gt_10g": 0, "tilt": "intact", "foam": "compressed 18 mm"}, {"crate": "TC-0431", "logger": "SL-2231", "battery_pct": 64, "shocks_gt_10g": 2, "tilt": "intact", "foam": "ok"}, {"crate": "TC-0433", "logger": "SL-2233", "battery_pct": 95, "shocks_gt_10g": 0, "tilt": "intact", "foam": "ok"}, {"crate": "TC-0440", "logger": "SL-2240", "battery_pct": 81, "shocks_gt_10g": 0, "tilt": "intact", "foam": "ok"}, {"crate": "TC-0447", "logger": "SL-2247", "battery_pct": 70, "shocks_gt_10g": 0, "tilt": "intact", "foam": "ok"}]',
          },
          {
            say: 'North store, 8 crates:\n\n| crate | logger | batt. | shocks > 10 g | tilt | foam |\n|---|---|---|---|---|---|\n| TC-0412 | SL-2201 | 88 % | 0 | intact | ok |\n| TC-0415 | SL-2204 | **12 %** | 1 | intact | ok |\n| TC-0419 | SL-2209 | 91 % | 0 | **TRIGGERED** | ok |\n| TC-0420 | SL-2210 | 77 % | 0 | intact | **compressed 18 mm** |\n| TC-0431 | SL-2231 | 64 % | 2 | intact | ok |\n| TC-0433 | SL-2233 | 95 % | 0 | intact | ok |\n| TC-0440 | SL-2240 | 81 % | 0 | intact | ok |\n| TC-0447 | SL-2247 | 70 % | 0 | intact | ok |\n\nTo fix: TC-0415 battery, TC-0419 tilt indicator reset, TC-0420 foam. Shock events total 3 (TC-0415 ×1, TC-0431 ×2), all logged on the 2027 return from Lyon.',
          },
        ],
      },
      {
        name: 'south_store_inspector',
        description: 'Audits crates in the South store',
        instructions: 'Audit the crates and list the findings.',
        replies: [
          {
            call: 'crate_audit',
            args: { store: 'south', bays: ['S1', 'S2', 'S3'] },
            result:
              '[{"crate": "TC-0502", "logger": "SL-2302", "battery_pct": 59, "shocks_gt_10g": 0, "tilt": "intact", "foam": "ok"}, {"crate": "TC-0505", "logger": "SL-2305", "battery_pct": 93, "shocks_gt_10g": 0, "tilt": "intact", "foam": "ok"}, {"crate": "TC-0511", "logger": "SL-2311", "battery_pct": 47, "shocks_gt_10g": 4, "tilt": "TRIGGERED", "foam": "ok"}, {"crate": "TC-0518", "logger": "none fitted", "battery_pct": null, "shocks_gt_10g": null, "tilt": "intact", "foam": "ok"}, {"crate": "TC-0523", "logger": "SL-2323", "battery_pct": 86, "shocks_gt_10g": 0, "tilt": "intact", "foam": "ok"}, {"crate": "TC-0529", "logger": "SL-2329", "battery_pct": 72, "shocks_gt_10g": 0, "tilt": "intact", "foam": "ok"}]',
          },
          {
            say: 'South store, 6 crates:\n\n| crate | logger | batt. | shocks > 10 g | tilt | foam |\n|---|---|---|---|---|---|\n| TC-0502 | SL-2302 | 59 % | 0 | intact | ok |\n| TC-0505 | SL-2305 | 93 % | 0 | intact | ok |\n| TC-0511 | SL-2311 | 47 % | **4** | **TRIGGERED** | ok |\n| TC-0518 | **none fitted** | — | — | intact | ok |\n| TC-0523 | SL-2323 | 86 % | 0 | intact | ok |\n| TC-0529 | SL-2329 | 72 % | 0 | intact | ok |\n\nTo fix: TC-0511 (4 shock events and tilt triggered — inspect crate structure before reuse), TC-0518 needs a logger fitted.',
          },
        ],
      },
      {
        name: 'crate_audit_compiler',
        description: 'Compiles crate audit results',
        instructions: 'Merge the store audits into one list of fixes with totals.',
        replies: [
          {
            say: '# Crate audit 2028 — North + South, 14 crates\n\n**Totals:** 14 crates, 13 loggers fitted, 7 shock events > 10 g (North 3, South 4), 2 tilt indicators triggered, 1 foam defect.\n\n## Must fix before the season\n\n| crate | store | issue | action |\n|---|---|---|---|\n| TC-0415 | North | logger SL-2204 battery 12 % | replace battery |\n| TC-0419 | North | tilt indicator triggered | reset / replace indicator |\n| TC-0420 | North | foam compressed 18 mm | re-line |\n| TC-0511 | South | 4 shock events, tilt triggered | structural inspection before reuse |\n| TC-0518 | South | no logger | fit ShockLog |\n\nThe other 9 crates (TC-0412, 0431, 0433, 0440, 0447, 0502, 0505, 0523, 0529) are ready.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'catalogue-image-rights-cleared-and-handed-back',
    title:
      'The exhibition registrar hands image-rights clearance to the rights clearer, who hands back with the cleared list; the registrar sends the final list',
    domain: 'catalogue images and reproduction rights',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: control goes to the rights clearer and back once, carrying the cleared results, then the work ends',
    request:
      "Clear the reproduction rights for the five lender images in the 'Coastal Modernism' catalogue (plates 3, 8, 12, 17, 21) and give production the final credit lines.",
    topology: {
      shape: 'swarm',
      entry: 'exhibition_registrar',
      agents: ['exhibition_registrar', 'image_rights_clearer'],
    },
    agents: [
      {
        name: 'exhibition_registrar',
        description: 'Keeps the exhibition object and image records',
        instructions: 'Hand rights clearance to the rights clearer; give production the final credit lines.',
        replies: [
          {
            handoff: 'image_rights_clearer',
            message:
              "CM-2028 catalogue: clear reproduction rights for plates 3, 8, 12, 17, 21 (print run 3,000, plus the exhibition website). I'll need the exact credit lines back.",
          },
          {
            say: '## CM-2028 catalogue — image credits for production\n\n| plate | credit line | fee |\n|---|---|---|\n| 3 | © Estate of Ruth Penhallow. Photo: Leeds Museums & Galleries | £180 |\n| 8 | Private collection. Photo © Prudence Cuming Associates | £0 |\n| 12 | © The Alder Trust / DACS 2028 | £240 |\n| 17 | Photo © Tate | £95 |\n| 21 | © Aberdeen Art Gallery & Museums | £120 |\n\nAll five cleared for print (3,000) and web. Fees total £635, to be paid by 31 January.',
          },
        ],
      },
      {
        name: 'image_rights_clearer',
        description: 'Clears reproduction rights and credit lines',
        instructions: 'Request licences and return the credit lines and fees to the registrar.',
        replies: [
          {
            call: 'request_image_licences',
            args: { catalogue: 'CM-2028', plates: [3, 8, 12, 17, 21], print_run: 3000, web: true },
            result:
              '[{"plate": 3, "status": "granted", "credit": "© Estate of Ruth Penhallow. Photo: Leeds Museums & Galleries", "fee_gbp": 180}, {"plate": 8, "status": "granted", "credit": "Private collection. Photo © Prudence Cuming Associates", "fee_gbp": 0}, {"plate": 12, "status": "granted", "credit": "© The Alder Trust / DACS 2028", "fee_gbp": 240}, {"plate": 17, "status": "granted", "credit": "Photo © Tate", "fee_gbp": 95}, {"plate": 21, "status": "granted", "credit": "© Aberdeen Art Gallery & Museums", "fee_gbp": 120}]',
          },
          {
            handoff: 'exhibition_registrar',
            message:
              'All five granted for 3,000 print + web: pl. 3 "© Estate of Ruth Penhallow. Photo: Leeds Museums & Galleries" £180; pl. 8 "Private collection. Photo © Prudence Cuming Associates" £0; pl. 12 "© The Alder Trust / DACS 2028" £240; pl. 17 "Photo © Tate" £95; pl. 21 "© Aberdeen Art Gallery & Museums" £120. Total £635, invoices due 31 Jan.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch113Scenarios = [...faults, ...healthy];
