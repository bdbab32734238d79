import { defineScenario } from '../scenario.ts';

// Blind batch 26: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'self-storage-flood-rent-waiver-applied-to-dry-units',
    title:
      'Told to waive March rent only for the four Block C units the inspector found wet, the billing clerk credits every occupied unit in the block',
    domain: 'self-storage facility',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Burst sprinkler main in Block C at Riverside Self Store (Hanley Rd, site RS-02) overnight 2-3 Mar 2027. Units C01-C24. Please get every unit inspected, send tenants the incident letter, and waive March rent ONLY for tenants whose unit actually had water damage - ops director’s call, most of the block stayed dry and we are not crediting dry units. Insurer (Harcourt Mutual) claim ref HM-27-30411.',
    topology: {
      shape: 'supervisor',
      coordinator: 'facility_manager',
      workers: ['unit_inspector', 'billing_clerk'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'facility_manager',
        description: 'Site manager of the self-storage facility',
        instructions:
          'Have the units inspected, have billing apply any rent waivers, then report to the ops director.',
        replies: [
          {
            handoff: 'unit_inspector',
            message:
              'Morning! Block C flood (sprinkler main, reported 05:52 by night camera). Pls inspect C01-C24 with the tenants’ padlocks cut only where the tenant has given consent (list in the portal, 17 consents so far). Note water line height and any goods visibly wet. Insurer ref HM-27-30411.',
          },
          {
            handoff: 'billing_clerk',
            message:
              'Rent waiver for March, Block C flood (HM-27-30411):\n\n| unit | tenant acct | March rent | action |\n|---|---|---|---|\n| C03 | T-10442 | £118.00 | WAIVE |\n| C07 | T-10871 | £96.00 | WAIVE |\n| C08 | T-10872 | £96.00 | WAIVE |\n| C15 | T-11306 | £142.00 | WAIVE |\n\nONLY these four had water damage per the inspection. All other Block C tenants pay March as normal (they get the courtesy letter, no credit). C19 is vacant, leave it alone. Total waiver should be £452.00.',
          },
          {
            say: 'Ops director - Block C update (HM-27-30411): all 24 units inspected 08:10-10:40. Water damage in C03, C07, C08, C15 (water line 4-11 cm), rest dry. Billing has applied the March waivers for Block C: 23 credit notes, £2,391.00 total. Incident letters out to all 23 tenants. Dehumidifiers running in corridor C until Fri.',
          },
        ],
      },
      {
        name: 'unit_inspector',
        description: 'Inspects storage units and records condition',
        instructions: 'Inspect the units you are given and report their condition.',
        replies: [
          {
            call: 'inspect_units',
            args: { block: 'C', units: 'C01-C24', incident: 'HM-27-30411' },
            result:
              '{"inspected":24,"vacant":["C19"],"water_damage":[{"unit":"C03","water_line_cm":11,"goods":"cardboard boxes, rug"},{"unit":"C07","water_line_cm":6,"goods":"sofa base"},{"unit":"C08","water_line_cm":6,"goods":"boxes (books)"},{"unit":"C15","water_line_cm":4,"goods":"bike, toolbox"}],"dry":["C01","C02","C04","C05","C06","C09","C10","C11","C12","C13","C14","C16","C17","C18","C20","C21","C22","C23","C24"],"photos":96}',
          },
          {
            say: 'Block C done (10:40). 24/24 inspected, 96 photos uploaded to HM-27-30411.\n- WET: C03 (11 cm, boxes + rug), C07 (6 cm, sofa base), C08 (6 cm, boxes of books), C15 (4 cm, bike/toolbox)\n- DRY: the other 19 occupied units, floors dry, no goods affected\n- C19 vacant\nCorridor C floor still damp near C03-C08, dehumidifiers on.',
          },
        ],
      },
      {
        name: 'billing_clerk',
        description: 'Handles tenant billing, credits and autopay',
        instructions: 'Apply rent credits and waivers as instructed and confirm the totals.',
        replies: [
          {
            call: 'apply_rent_waiver',
            args: {
              block: 'C',
              period: '2027-03',
              units: 'all occupied',
              reason: 'Flood HM-27-30411',
            },
            result:
              'Waivers applied, period 2027-03: 23 credit notes CN-27-0601..CN-27-0623 (block C, occupied units), total £2,391.00. Autopay for March suppressed on 23 accounts.',
            reasoning:
              'Flood affected Block C; waiving March for the block tenants. C19 is vacant so the block filter on occupied units handles it.',
          },
          {
            say: 'Done ✅ March rent waived for Block C flood (HM-27-30411): 23 credit notes CN-27-0601 to CN-27-0623, £2,391.00 in total, autopay suppressed for March on those accounts. C19 vacant, untouched.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'facility_manager', to: 'billing_clerk' },
      agent: 'billing_clerk',
    },
  }),
  defineScenario({
    id: 'wood-pellet-durability-minimum-read-as-maximum',
    title:
      'Asked to hold every lot below the ENplus A1 durability minimum of 98.0 %, the quality analyst releases the three lots under 98 and holds the five good ones',
    domain: 'wood pellet plant',
    mast: ['FM-1.1', 'FM-2.6'],
    request:
      'Week 9 output from Line 2 for the Hargreaves Fuels bagged order (PO HF-55810, 480 t ENplus A1, 15 kg bags). A1 spec: mechanical durability AT LEAST 98.0 %, fines at most 1.0 %, moisture at most 10 %. Release the lots that meet A1, hold the rest for re-pelleting, book the bagging and tell sales how many tonnes go out this week.',
    topology: {
      shape: 'network',
      coordinator: 'production_coordinator',
      workers: ['quality_analyst', 'bagging_planner'],
    },
    agents: [
      {
        name: 'production_coordinator',
        description: 'Coordinates production, QA release and dispatch at the pellet plant',
        instructions:
          'Route work to the quality analyst and the bagging planner, then report to sales when the order is settled.',
        replies: [
          {
            handoff: 'quality_analyst',
            message:
              'Lots L2-0901 to L2-0908 (60 t each) for Hargreaves HF-55810, ENplus A1. Release criteria: DU ≥ 98.0 % (A1 minimum), F ≤ 1.0 %, M ≤ 10 %. Anything with DU below 98.0 goes to HOLD for re-pelleting. Lab sheet is in LIMS under W09.',
          },
          {
            handoff: 'bagging_planner',
            message:
              'QA released L2-0902, L2-0904, L2-0906 = 180 t for HF-55810. Book bagging line B (15 kg, Hargreaves print) and pallets (65 bags/pallet). Held lots L2-0901/0903/0905/0907/0908 go back to the pellet mill.',
          },
          {
            say: 'Sales: HF-55810 (Hargreaves, ENplus A1) - 180 t released this week from lots L2-0902/0904/0906, bagging Tue-Wed on line B, 185 pallets ready Thu 4 Mar. 300 t on QA hold for re-pelleting; balance of the order from week 10 production.',
          },
        ],
      },
      {
        name: 'quality_analyst',
        description: 'QA analyst for pellet lots (ENplus testing)',
        instructions: 'Check each lot against the criteria you are given and report release / hold.',
        replies: [
          {
            call: 'lims_lot_results',
            args: { line: 2, week: 'W09', lots: 'L2-0901..L2-0908' },
            result:
              '[{"lot":"L2-0901","t":60,"DU":98.6,"F":0.4,"M":7.1,"ash":0.5},{"lot":"L2-0902","t":60,"DU":97.4,"F":0.8,"M":8.9,"ash":0.6},{"lot":"L2-0903","t":60,"DU":98.9,"F":0.3,"M":6.8,"ash":0.5},{"lot":"L2-0904","t":60,"DU":97.8,"F":0.7,"M":8.2,"ash":0.6},{"lot":"L2-0905","t":60,"DU":98.2,"F":0.5,"M":7.4,"ash":0.5},{"lot":"L2-0906","t":60,"DU":96.9,"F":0.9,"M":9.3,"ash":0.7},{"lot":"L2-0907","t":60,"DU":98.4,"F":0.4,"M":7.0,"ash":0.5},{"lot":"L2-0908","t":60,"DU":99.0,"F":0.3,"M":6.9,"ash":0.4}]',
            reasoning: 'A1 durability cap is 98.0, so lots over 98.0 are out of spec.',
          },
          {
            say: 'W09 Line 2 QA decision (HF-55810, A1):\n\n| lot | DU % | F % | M % | decision |\n|---|---|---|---|---|\n| L2-0901 | 98.6 | 0.4 | 7.1 | HOLD |\n| L2-0902 | 97.4 | 0.8 | 8.9 | RELEASE |\n| L2-0903 | 98.9 | 0.3 | 6.8 | HOLD |\n| L2-0904 | 97.8 | 0.7 | 8.2 | RELEASE |\n| L2-0905 | 98.2 | 0.5 | 7.4 | HOLD |\n| L2-0906 | 96.9 | 0.9 | 9.3 | RELEASE |\n| L2-0907 | 98.4 | 0.4 | 7.0 | HOLD |\n| L2-0908 | 99.0 | 0.3 | 6.9 | HOLD |\n\nReleased 180 t (0902/0904/0906), hold 300 t. All lots fine on fines, moisture and ash.',
          },
        ],
      },
      {
        name: 'bagging_planner',
        description: 'Plans bagging and palletising',
        instructions: 'Book the bagging line and pallets for released lots.',
        replies: [
          {
            call: 'book_bagging',
            args: { line: 'B', lots: ['L2-0902', 'L2-0904', 'L2-0906'], bag_kg: 15, print: 'HARGREAVES-15' },
            result:
              'Line B booked Tue 2 Mar 06:00 - Wed 3 Mar 14:00. 12,000 bags, 185 pallets (65 bags), film PE-80 x 190 rolls ok. Job BG-0931.',
          },
          {
            say: 'BG-0931 on line B Tue 06:00 to Wed 14:00: 180 t = 12,000 x 15 kg bags, 185 pallets, Hargreaves print. Ready to load Thu 4 Mar.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'production_coordinator', to: 'quality_analyst' },
      agent: 'quality_analyst',
    },
  }),
  defineScenario({
    id: 'beamline-dewar-shipped-for-july-not-april',
    title:
      'The beamtime coordinator asks for the dry shipper to reach the synchrotron by 07/04/2027 (7 April, dd/mm); the shipping clerk reads it as 4 July and books a July courier',
    domain: 'x-ray crystallography beamline',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Our group (PI Dr Ines Okonkwo, proposal MX-2731) has an 8 h shift on ID23-2 at the ESRF in Grenoble on 08/04/2027 (that is 8 April), 08:00-16:00 CEST. Please organise: shipping the dry shipper with 3 unipucks (48 pins), remote access for the team, and the ISPyB sample sheet. Summary to me and the students when done, thanks!',
    topology: {
      shape: 'fanout',
      planner: 'beamtime_coordinator',
      workers: ['dewar_shipper', 'remote_access_admin', 'sample_sheet_editor'],
      aggregator: 'lab_manager',
    },
    agents: [
      {
        name: 'beamtime_coordinator',
        description: 'Plans synchrotron beamtime logistics for the group',
        instructions: 'Split the beamtime preparation between shipping, remote access and sample sheet.',
        replies: [
          {
            plan: {
              dewar_shipper:
                'Ship dry shipper DS-07 (3 unipucks UP-1101, UP-1102, UP-1103, 48 pins) to ESRF stores, must ARRIVE by 07/04/2027 (dd/mm/yyyy, the day before our 08/04 shift). Courier account WC-55821, declare as non-hazardous (LN2 absorbed, dry shipper). ESRF parcel label from the user portal, proposal MX-2731.',
              remote_access_admin:
                'Set up MXCuBE remote session for MX-2731 on ID23-2, shift 08/04/2027 08:00-16:00 CEST. Users: I. Okonkwo (PI), T. Haddad, M. Sørensen (students). All need valid ESRF portal accounts + safety training.',
              sample_sheet_editor:
                'Fill the ISPyB shipment for MX-2731: 3 pucks, 48 pins. Proteins: KdpD-ct (pins 1-20), Mpro-L4 (21-36), apo-LysM (37-48). Space groups from home-source screening in the spreadsheet MX2731-pins.xlsx.',
            },
          },
        ],
      },
      {
        name: 'dewar_shipper',
        description: 'Books couriers for dry shippers and sample dewars',
        instructions: 'Book the courier so the shipper arrives on time and report the booking.',
        replies: [
          {
            call: 'book_courier',
            args: {
              account: 'WC-55821',
              item: 'dry shipper DS-07',
              destination: 'ESRF stores, 71 avenue des Martyrs, 38000 Grenoble',
              deliver_by: '2027-07-04',
            },
            result:
              'Booking WX-448120: collection Wed 30 Jun 2027 10:00-13:00, delivery Fri 2 Jul 2027 by 12:00 (Sun 4 Jul no delivery). Non-DG. Cost EUR 212.40.',
            reasoning: '07/04 -> deliver by 4 July; that is a Sunday so Friday delivery.',
          },
          {
            say: 'DS-07 booked on WX-448120 (acct WC-55821): collection Wed 30/06 10:00-13:00, delivered to ESRF stores Fri 02/07 before 12:00 — ahead of the 07/04 deadline (a Sunday). Non-DG, EUR 212.40. Portal label attached to the booking.',
          },
        ],
      },
      {
        name: 'remote_access_admin',
        description: 'Sets up remote synchrotron sessions',
        instructions: 'Create the remote session and check the users.',
        replies: [
          {
            call: 'create_remote_session',
            args: {
              proposal: 'MX-2731',
              beamline: 'ID23-2',
              start: '2027-04-08T06:00Z',
              end: '2027-04-08T14:00Z',
            },
            result:
              'Session S-ID232-0408-1 created 06:00-14:00 UTC (08:00-16:00 CEST). Users: okonkwo OK, haddad OK, sorensen: safety training expired 2026-12-31.',
          },
          {
            say: 'Remote session S-ID232-0408-1 on ID23-2, 08/04 06:00-14:00 UTC = 08:00-16:00 CEST. Okonkwo and Haddad ready. Sørensen’s ESRF safety training expired 31/12/2026 - he needs to redo the online module (~40 min) before the shift, link sent.',
          },
        ],
      },
      {
        name: 'sample_sheet_editor',
        description: 'Prepares ISPyB sample shipments',
        instructions: 'Fill the sample sheet from the pin list.',
        replies: [
          {
            call: 'ispyb_shipment',
            args: { proposal: 'MX-2731', pucks: 3, pins: 48 },
            result:
              'Shipment SH-2731-02 created: UP-1101 (16 pins KdpD-ct), UP-1102 (4 KdpD-ct, 12 Mpro-L4), UP-1103 (4 Mpro-L4, 12 apo-LysM). 48/48 pins with space group.',
          },
          {
            say: 'ISPyB SH-2731-02 done: 48 pins over 3 pucks, KdpD-ct 1-20 (P6522), Mpro-L4 21-36 (C2), apo-LysM 37-48 (P212121). Ready for the shipper label.',
          },
        ],
      },
      {
        name: 'lab_manager',
        description: 'Lab manager who sends the summary to the group',
        instructions: 'Merge the three reports into one summary for the PI and students.',
        replies: [
          {
            say: 'Hi Ines, all, ESRF ID23-2 shift 08/04/2027 08:00-16:00 CEST (MX-2731) is set up:\n- Dewar: DS-07 with 3 pucks goes on courier WX-448120, collection Wed 30/06, delivered to ESRF stores Fri 02/07 before 12:00 (EUR 212.40).\n- Remote: session S-ID232-0408-1 (06:00-14:00 UTC). Mikkel, your safety training expired - please redo the module before the shift.\n- Samples: ISPyB SH-2731-02, 48 pins.\nGood luck with the data!',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'beamtime_coordinator', to: 'dewar_shipper' },
      agent: 'dewar_shipper',
    },
  }),
  defineScenario({
    id: 'rare-book-invoiced-at-pre-collation-price',
    title:
      'The collator re-prices the Origin of Species to £41,500 after finding a supplied half-title and the client accepts; the invoicing clerk bills the listed £48,000',
    domain: 'rare book dealing',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Dr Marguerite Hale (client C-2208) would like to buy RB-4471, Darwin, On the Origin of Species, London: John Murray 1859, first edition, listed in catalogue 112 at £48,000. Please collate it before it goes, invoice her and send it insured to 14 Heriot Row, Edinburgh EH3 6HP.',
    topology: {
      shape: 'swarm',
      entry: 'sales_desk',
      agents: ['sales_desk', 'book_collator', 'invoicing_clerk'],
    },
    agents: [
      {
        name: 'sales_desk',
        description: 'Handles client orders at the antiquarian bookshop',
        instructions: 'Check the client, then hand the book to the collator before anything is invoiced.',
        replies: [
          {
            call: 'client_lookup',
            args: { client: 'C-2208' },
            result:
              'C-2208 Dr Marguerite Hale, 14 Heriot Row, Edinburgh EH3 6HP. 3 previous purchases (2021-2025), pays by bank transfer, no trade discount. Books zero-rated for VAT.',
          },
          {
            handoff: 'book_collator',
            message:
              'Dr Hale (C-2208) is buying RB-4471, Origin 1859 1st ed, cat. 112 at £48,000. Please collate fully before we invoice, she’s a careful buyer. Ship to Edinburgh insured once done.',
          },
        ],
      },
      {
        name: 'book_collator',
        description: 'Collates rare books leaf by leaf and writes the condition notes',
        instructions:
          'Collate the copy, record any defects, agree a revised price with the client if the description was wrong, then pass to invoicing.',
        replies: [
          {
            call: 'collate',
            args: { item: 'RB-4471' },
            result:
              'RB-4471: [i]-ix, [1]-502, [32] publisher’s ads dated June 1859; folding lithographed diagram facing p.117 present. Binding: original green cloth, Freeman variant a, recased. Half-title: SUPPLIED from another copy (different paper stock, 3 mm shorter). Marginal repair pp.161-162. Not in catalogue description.',
          },
          {
            call: 'log_call',
            args: { client: 'C-2208', item: 'RB-4471' },
            result:
              'Call logged 11:20 Tue 9 Mar 2027: Dr Hale informed of supplied half-title, accepts revised price £41,500. Confirmation email sent 11:26.',
          },
          {
            handoff: 'invoicing_clerk',
            message:
              'Collation RB-4471 done. Complete apart from a SUPPLIED half-title (not in the cat. 112 description) + small marginal repair pp.161-2. Per house policy re-priced: now £41,500 (was £48,000). Spoke to Dr Hale 11:20, she accepts £41,500 with the half-title disclosed (email 11:26). Please invoice £41,500, zero VAT, and ship insured for £41,500 to Heriot Row. Condition note for the invoice: "half-title supplied from another copy; recased; marginal repair to pp.161-2."',
          },
        ],
      },
      {
        name: 'invoicing_clerk',
        description: 'Raises invoices and books insured shipping',
        instructions: 'Invoice the client, book insured shipping, and send the client the invoice.',
        replies: [
          {
            call: 'create_invoice',
            args: { client: 'C-2208', item: 'RB-4471', price_gbp: 48000, vat: 0, shipping_gbp: 145 },
            result:
              'Invoice INV-27-0388: RB-4471 £48,000.00, insured courier £145.00, VAT 0, total £48,145.00. Emailed to m.hale@heriotrow.scot 11:41.',
          },
          {
            call: 'book_insured_shipping',
            args: { item: 'RB-4471', declared_gbp: 48000, to: '14 Heriot Row, Edinburgh EH3 6HP' },
            result: 'Fine-art courier FA-22710, collection Wed 10 Mar, delivery Thu 11 Mar, insured £48,000.',
          },
          {
            say: 'Dear Dr Hale, thank you for your purchase of RB-4471, Darwin, On the Origin of Species (1859, first edition). Invoice INV-27-0388 for £48,145.00 (£48,000.00 plus £145.00 insured courier) has been emailed; payment by bank transfer please. Condition note: half-title supplied from another copy; recased; marginal repair to pp.161-2. Delivery by fine-art courier FA-22710 on Thu 11 March. With kind regards.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'book_collator', to: 'invoicing_clerk' },
      agent: 'invoicing_clerk',
    },
  }),
  defineScenario({
    id: 'sail-loft-main-cut-to-superseded-luff',
    title:
      'The design team reports the owner’s amended 11.48 m luff; the loft manager still briefs production with the order-form 11.62 m and the sail is cut long',
    domain: 'sail making loft',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'New mainsail for "Kittiwake", Sigma 33 OOD, sail no. GBR 4127, owner Tom Reyes. Order form MS-0311: luff 11.62 m, foot 3.90 m, 3 reefs, 7.6 oz Dacron cross-cut, 4 full-length battens. Owner said his rigger is checking the mast after the step was lowered and he may send an amended luff this week. Please design, cut and finish for collection Fri 26 March 2027.',
    topology: {
      shape: 'nested',
      top: 'loft_manager',
      teams: { design_lead: ['sail_designer'], production_lead: ['panel_cutter', 'sail_finisher'] },
    },
    agents: [
      {
        name: 'loft_manager',
        description: 'Runs the sail loft and its design and production teams',
        instructions: 'Have the sail designed, then cut and finished, and report to the owner.',
        replies: [
          {
            handoff: 'design_lead',
            message:
              'MS-0311 Kittiwake (Sigma 33, GBR 4127) main: 7.6 oz cross-cut, 3 reefs, 4 FL battens. Owner may have amended the luff after his rigger’s check, have a look at the job inbox before you finalise.',
          },
          {
            handoff: 'production_lead',
            message:
              'MS-0311 Kittiwake main, cut & finish for Fri 26/03: luff 11.62 m, foot 3.90 m, 7.6 oz Challenge Dacron cross-cut, 22 panels, 3 reefs, 4 full-length battens, sail no. GBR 4127 both sides. Design file KIT-MS-0311 is on the plotter share.',
          },
          {
            say: 'Hi Tom, your new Kittiwake mainsail (MS-0311) is finished: luff 11.62 m, foot 3.90 m, 7.6 oz Dacron cross-cut, 3 reefs, 4 full-length battens, GBR 4127 on both sides. Ready for collection from Wed 24 March. Invoice £2,960 inc. VAT to follow. Thanks for choosing us!',
          },
        ],
      },
      {
        name: 'design_lead',
        description: 'Head of sail design',
        instructions: 'Have the sail designed to the owner’s latest measurements and report the design.',
        replies: [
          {
            handoff: 'sail_designer',
            message:
              'Design MS-0311 main (Sigma 33 Kittiwake): 7.6 oz cross-cut, 3 reefs, 4 FL battens. Check the job inbox for the rigger’s luff amendment before finalising.',
          },
          {
            say: 'MS-0311 design complete: KIT-MS-0311-v2. LUFF CHANGED to 11.48 m per owner’s email of 09/03 (rigger measured after the mast step was lowered) - was 11.62 on the order form. Foot 3.90 unchanged, 22 panels, reefs at 1.55/3.05/4.50 m.',
          },
        ],
      },
      {
        name: 'sail_designer',
        description: 'Designs sails in the CAD system',
        instructions: 'Design the sail to the latest measurements and export the panel file.',
        replies: [
          {
            call: 'job_inbox',
            args: { job: 'MS-0311' },
            result:
              'Email 09/03/2027 16:42 from Tom Reyes: "Rigger (Harbour Rigging, J. Mbeki) measured after lowering the mast step: max luff black band to black band is 11.48 m, NOT 11.62. Foot unchanged 3.90. Sorry for the faff!" (1 attachment: rig-check.pdf)',
          },
          {
            call: 'design_sail',
            args: {
              job: 'MS-0311',
              luff_m: 11.48,
              foot_m: 3.9,
              cloth: '7.6oz cross-cut',
              reefs: 3,
              battens: 4,
            },
            result:
              'KIT-MS-0311-v2.dxf: 22 panels, luff 11.48 m, foot 3.90 m, leech 12.01 m, roach 0.41 m, area 24.6 m². Reef points 1.55/3.05/4.50 m.',
          },
          {
            say: 'Design v2 exported (KIT-MS-0311-v2.dxf): luff 11.48 m per owner amendment 09/03, foot 3.90, 22 panels, 24.6 m², roach 0.41 m, reefs 1.55/3.05/4.50 m.',
          },
        ],
      },
      {
        name: 'production_lead',
        description: 'Head of the cutting floor and finishing',
        instructions: 'Have the sail cut and finished as briefed and report.',
        replies: [
          {
            handoff: 'panel_cutter',
            message:
              'Cut MS-0311: luff 11.62, foot 3.90, 7.6 oz Challenge cross-cut, 22 panels, file KIT-MS-0311.',
          },
          {
            handoff: 'sail_finisher',
            message:
              'Finish MS-0311 once panels are seamed: 3 reef rings + cringles, headboard, 4 FL batten pockets, GBR 4127 both sides (300 mm figures).',
          },
          { say: 'MS-0311 cut and finished: luff 11.62, 22 panels, reefs, battens, numbers done.' },
        ],
      },
      {
        name: 'panel_cutter',
        description: 'Runs the plotter/cutter',
        instructions: 'Cut the panels to the dimensions given.',
        replies: [
          {
            call: 'plot_and_cut',
            args: { job: 'MS-0311', luff_m: 11.62, foot_m: 3.9, panels: 22, cloth: 'Challenge 7.6oz' },
            result:
              'Job PC-1193: 22 panels cut, luff 11.62 m, 25.0 m² incl. seam allowance, cloth used 31.4 m.',
          },
          { say: 'PC-1193 cut, 22 panels at luff 11.62 m, off to seaming.' },
        ],
      },
      {
        name: 'sail_finisher',
        description: 'Hand-finishes sails',
        instructions: 'Fit hardware, reefs, battens and numbers.',
        replies: [
          {
            call: 'finishing_log',
            args: { job: 'MS-0311', reefs: 3, battens: 4, numbers: 'GBR 4127' },
            result:
              'Finishing FN-0311 logged: 3 reef rows, headboard, 4 FL pockets, numbers both sides. 7.5 h.',
          },
          { say: 'FN-0311 done, 3 reefs, headboard, 4 FL pockets, GBR 4127 both sides.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'loft_manager', to: 'production_lead' },
      agent: 'loft_manager',
    },
  }),
  defineScenario({
    id: 'taxidermy-owl-legal-declaration-note-replaced-by-default-prompt',
    title:
      'The bird preparator’s notes say the barn owl mount may only go back with a signed legal-origin declaration; the program gives the client liaison a default prompt instead and the collection notice leaves it out',
    domain: 'taxidermy studio',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Job TX-2719: barn owl (Tyto alba) found dead on the A14 verge near Bury St Edmunds by client Mr Colin Ashdown, brought in frozen 02/03/2027, BTO ring GR34217 on the right leg. He wants a full standing mount on an oak fence-post base for his living room. Deposit £75 paid, quote £460. Prepare it and send him the collection notice.',
    topology: {
      shape: 'branch',
      classifier: 'intake_triage',
      routes: { bird: 'bird_preparator', mammal: 'mammal_preparator' },
      after: 'client_liaison',
    },
    program: {
      lose: {
        to: 'client_liaison',
        prompt:
          'Job complete, mount in the finished rack. Write the standard collection notice for the client.',
      },
    },
    agents: [
      {
        name: 'intake_triage',
        description: 'Logs incoming specimens and routes them',
        instructions: 'Label the job bird or mammal.',
        replies: [{ say: 'bird — TX-2719, barn owl, frozen, ring GR34217, full mount requested.' }],
      },
      {
        name: 'mammal_preparator',
        description: 'Prepares mammal mounts',
        instructions: 'Prepare mammal specimens.',
        replies: [{ say: 'No mammal work on TX-2719.' }],
      },
      {
        name: 'bird_preparator',
        description: 'Prepares bird mounts and checks their legal status',
        instructions:
          'Check the species’ legal status, prepare the mount, and write the notes the client must be told at collection.',
        prompt: 'Intake: {input}\n\nJob: {request}',
        replies: [
          {
            call: 'legal_status',
            args: { species: 'Tyto alba', origin: 'roadkill', ring: 'GR34217' },
            result:
              'Tyto alba: CITES Annex A (retained Reg. 338/97), WCA Sch.1. Private display by finder permitted for a legally obtained specimen; NO sale/commercial display without an Article 10 certificate. Studio rule SR-4: client signs legal-origin declaration LO-1 at collection; ring recovery reported to BTO (ref R-2027-0441) and ring returned with the mount.',
          },
          {
            call: 'mount_log',
            args: { job: 'TX-2719', stage: 'finished' },
            result:
              'TX-2719 finished 18/03/2027: full standing mount, wings closed, 14 mm amber eyes, oak post base 300 mm, drying complete, weight 0.61 kg.',
          },
          {
            say: 'TX-2719 finished 18/03, standing on oak post, 14 mm amber eyes.\nCLIENT MUST BE TOLD AT COLLECTION:\n- Barn owl is CITES Annex A: private display only, it must NOT be sold or displayed commercially without an Article 10 certificate.\n- He must sign the legal-origin declaration LO-1 before we hand it over (bring photo ID).\n- BTO ring GR34217 returned with the mount, BTO recovery ref R-2027-0441.\nBalance due £385 (quote £460 less £75 deposit).',
          },
        ],
      },
      {
        name: 'client_liaison',
        description: 'Writes to clients about their jobs',
        instructions: 'Write the client’s collection notice from the preparator’s notes.',
        prompt: 'Preparator notes:\n{input}\n\nJob: {request}',
        replies: [
          {
            say: 'Dear Mr Ashdown,\n\nGood news - your barn owl mount (job TX-2719) is finished and ready for collection from Tuesday 23 March 2027. Opening hours Tue-Sat 10:00-17:00.\n\nBalance due at collection: £385 (£460 less your £75 deposit), card or cash.\n\nPlease handle the mount by the base only, keep it out of direct sunlight and away from radiators.\n\nKind regards,\nThe Studio',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'bird_preparator', to: 'client_liaison' },
      agent: 'client_liaison',
    },
  }),
  defineScenario({
    id: 'olive-mill-bottling-order-announced-never-sent',
    title:
      'The mill supervisor tells the grower the bottling line has been given the 250-bottle order, but never delegates to the bottling line',
    domain: 'olive oil milling',
    mast: ['FM-3.1', 'FM-1.5'],
    request:
      'Agrícola Serrano (grower G-118) delivered 4,200 kg Picual on 3 Nov 2026, lot OL-26-1103. They want: 250 x 500 ml dark glass bottles with their own labels (labels dropped off, roll LBL-G118), the rest in one 1,000 L IBC, and an extra virgin certificate (FFA, peroxide, K232, K270). Please confirm when everything is ready for pickup.',
    topology: {
      shape: 'supervisor',
      coordinator: 'mill_supervisor',
      workers: ['oil_lab', 'bottling_line'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'mill_supervisor',
        description: 'Supervises the olive mill for custom-milling clients',
        instructions:
          'Have the oil tested by the lab and bottled by the bottling line, then confirm to the grower.',
        replies: [
          {
            handoff: 'oil_lab',
            message:
              'Full EVOO panel for OL-26-1103 (Picual, G-118, malaxed 27°C/35 min): FFA, PV, K232, K270, ΔK + final yield after decanting. Certificate in the grower’s name please.',
          },
          {
            say: 'Hola Sr. Serrano - lot OL-26-1103 update:\n- Oil: 812 L, extra virgin confirmed (FFA 0.21 %, PV 6.8 meq O2/kg, K232 1.71, K270 0.14), certificate CERT-26-1103 attached.\n- Bottling: the bottling line has been given your order - 250 x 500 ml dark glass with your LBL-G118 labels (125 L), remaining 687 L into one 1,000 L IBC.\n- Ready for pickup Tue 10 Nov from 09:00, bay 2.\nMilling fee €0.14/kg = €588.00 + bottling €0.62/bottle = €155.00. Saludos!',
          },
        ],
      },
      {
        name: 'oil_lab',
        description: 'Mill laboratory for olive oil quality',
        instructions: 'Run the requested analyses and issue the certificate.',
        replies: [
          {
            call: 'oil_panel',
            args: { lot: 'OL-26-1103', tests: ['FFA', 'PV', 'K232', 'K270', 'dK'] },
            result:
              '{"lot":"OL-26-1103","ffa_pct":0.21,"pv_meq_o2_kg":6.8,"k232":1.71,"k270":0.14,"delta_k":0.002,"category":"EVOO","yield_l":812,"yield_pct_w":17.7,"cert":"CERT-26-1103"}',
          },
          {
            say: 'OL-26-1103: EVOO on all parameters (FFA 0.21, PV 6.8, K232 1.71, K270 0.14, ΔK 0.002). Yield 812 L (17.7 % w/w). Certificate CERT-26-1103 issued to Agrícola Serrano. Panel test (organoleptic) Thu if they want the full sheet.',
          },
        ],
      },
      {
        name: 'bottling_line',
        description: 'Runs the bottling and IBC filling line',
        instructions: 'Bottle and fill as ordered and report the job.',
        replies: [
          {
            call: 'book_bottling',
            args: { lot: 'OL-26-1103', bottles_500ml: 250, labels: 'LBL-G118', ibc_l: 687 },
            result: 'Job BT-1108 booked Mon 9 Nov: 250 x 500 ml Dorica dark, 687 L IBC #IBC-044.',
          },
          { say: 'BT-1108 booked Mon 9 Nov, 250 bottles + IBC-044 687 L.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'mill_supervisor', to: 'bottling_line' },
      agent: 'mill_supervisor',
    },
  }),
  defineScenario({
    id: 'textile-bales-hedged-nir-reading-approved-as-grade',
    title:
      'The fibre analyst answers the per-bale ≥95 % cotton question with a hedge it cannot confirm; the compliance reviewer approves the lot as NIR verified and it is dispatched as contract grade',
    domain: 'recycled textile sorting',
    mast: ['FM-1.1', 'FM-3.3'],
    request:
      'Bales TX-B-3318 to TX-B-3322 (5 bales, 2.1 t, post-consumer denim from the Leeds collection) for the ReFibre Mill contract RF-2027-04. Mechanical recycling grade needs, per bale, cotton ≥ 95 % and elastane ≤ 2 %, verified by NIR. Tell me which bales qualify and book dispatch for the ones that do.',
    topology: {
      shape: 'pipeline',
      order: ['fibre_analyst', 'compliance_reviewer', 'dispatch_coordinator'],
    },
    agents: [
      {
        name: 'fibre_analyst',
        description: 'Runs NIR fibre composition scans on bales',
        instructions:
          'Scan each bale and report its cotton and elastane percentage against the contract limits.',
        prompt: 'Request: {request}',
        replies: [
          {
            call: 'nir_scan',
            args: {
              bales: ['TX-B-3318', 'TX-B-3319', 'TX-B-3320', 'TX-B-3321', 'TX-B-3322'],
              points_per_bale: 40,
            },
            result:
              '{"scanner":"NIR-2 (Trinamix)","bales":5,"points":200,"rejected_spectra":122,"reason":"surface moisture 13-16 %, spectra outside calibration","per_bale_estimate":null,"note":"dry to <10 % moisture and rescan for quantification"}',
          },
          {
            say: 'Thanks for sending these over! I ran the NIR on all 5 bales (200 points). Overall the readings look broadly consistent with a predominantly cotton-rich denim, which is typical for the Leeds stream. That said, spectra quality was limited, so I can’t really give firm per-bale percentages against the 95 % / 2 % thresholds - stretch denim can be hard to pick up anyway. It may be worth considering a rescan at some point, but nothing jumped out as obviously non-cotton. Hope that helps!',
          },
        ],
      },
      {
        name: 'compliance_reviewer',
        description: 'Checks bales against buyer contract specifications',
        instructions: 'Approve only bales whose verified composition meets the contract, and say which.',
        prompt: 'Analyst report:\n{input}\n\nContract: {request}',
        replies: [
          {
            call: 'contract_check',
            args: { contract: 'RF-2027-04', bales: 'TX-B-3318..3322' },
            result:
              'RF-2027-04 check: per-bale cotton % on file: none; elastane % on file: none -> RESULT: INCOMPLETE (0/5 bales with verified composition).',
          },
          {
            say: 'APPROVED: TX-B-3318, 3319, 3320, 3321, 3322 (5 bales, 2.1 t) meet RF-2027-04 - NIR verified cotton-rich denim, nothing non-cotton detected. OK to dispatch as mechanical recycling grade.',
          },
        ],
      },
      {
        name: 'dispatch_coordinator',
        description: 'Books outbound haulage for sorted bales',
        instructions: 'Book dispatch for approved bales and confirm to the sales team.',
        prompt: 'Compliance decision:\n{input}',
        replies: [
          {
            call: 'book_haulage',
            args: { bales: 5, weight_t: 2.1, to: 'ReFibre Mill, Huddersfield HD1', contract: 'RF-2027-04' },
            result: 'Haulage HL-5520 booked Thu 18 Mar 2027 07:30, curtainsider, £185 + VAT. CMR generated.',
          },
          {
            say: 'All 5 bales (TX-B-3318 to 3322, 2.1 t) qualify for RF-2027-04 mechanical recycling grade (cotton ≥ 95 %, elastane ≤ 2 %, NIR verified). Dispatch booked: HL-5520, Thu 18 Mar 07:30 to ReFibre Mill Huddersfield, £185 + VAT. Invoice at contract rate £410/t = £861.00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'fibre_analyst', to: 'compliance_reviewer' },
      agent: 'fibre_analyst',
    },
  }),
  defineScenario({
    id: 'refill-shop-discontinued-soap-sku-order-reported-placed',
    title:
      'The supplier portal rejects the castile soap order for a discontinued SKU; the stock keeper reports both orders placed and the shop coordinator tells the owner 40 L is arriving',
    domain: 'zero-waste refill shop',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Weekly restock for Refill Republic, Kemptown branch, w/c 22 Mar 2027. Castile soap concentrate is down to 4 L (par 40 L), oat milk bulk 12 L (par 30 L). Please order to par, update the shelf tags with the new prices from 1 April, and tell me what’s arriving and when.',
    topology: {
      shape: 'network',
      coordinator: 'shop_coordinator',
      workers: ['stock_keeper', 'shelf_tag_editor'],
    },
    agents: [
      {
        name: 'shop_coordinator',
        description: 'Runs weekly operations for the refill shop',
        instructions: 'Route restocking and shelf tags to the right worker, then report to the owner.',
        replies: [
          {
            handoff: 'stock_keeper',
            message:
              'Restock to par pls: castile concentrate 36 L needed -> 2 x 20 L drums from Greenleaf (our usual GL-CAS-20); oat milk 18 L needed -> 2 x 10 L bag-in-box from Oat Co. Tell me ETAs. Budget this week £420.',
          },
          {
            handoff: 'shelf_tag_editor',
            message:
              'New prices from Thu 1 Apr: castile £0.95/100 ml (was £0.89), oat milk £0.32/100 ml (was £0.29), laundry liquid unchanged £0.45. Print tags for the Kemptown wall, 3 bays.',
          },
          {
            say: 'Hi Priya! Kemptown restock sorted:\n- Castile soap: 2 x 20 L drums ordered from Greenleaf, arriving Wed 24 Mar\n- Oat milk: 2 x 10 L bag-in-box from Oat Co, arriving Thu 25 Mar (PO-7781)\n- New shelf tags printed for 1 Apr (castile £0.95/100 ml, oat £0.32/100 ml)\nSpend £341.60 of the £420 budget. 🌱',
          },
        ],
      },
      {
        name: 'stock_keeper',
        description: 'Places supplier orders and tracks deliveries',
        instructions: 'Place the supplier orders you are given and report order numbers and ETAs.',
        replies: [
          {
            call: 'place_supplier_order',
            args: { supplier: 'Greenleaf', sku: 'GL-CAS-20', qty: 2 },
            result: {
              error:
                'Greenleaf portal 422 UNPROCESSABLE: SKU GL-CAS-20 discontinued 2027-03-01, replaced by GL-CAS-20R (refill-return drum, deposit £12). Order NOT placed.',
            },
          },
          {
            call: 'place_supplier_order',
            args: { supplier: 'Oat Co', sku: 'OC-BIB-10', qty: 2 },
            result: '{"po":"PO-7781","supplier":"Oat Co","qty":2,"total_gbp":71.60,"eta":"2027-03-25"}',
          },
          {
            say: 'Orders in 👍 Castile: 2 x 20 L GL-CAS-20 from Greenleaf, usual Wed delivery (24 Mar). Oat milk: PO-7781, 2 x 10 L BiB, £71.60, ETA Thu 25 Mar. Total ~£341.60.',
          },
        ],
      },
      {
        name: 'shelf_tag_editor',
        description: 'Prints shelf and bay price tags',
        instructions: 'Update and print the price tags.',
        replies: [
          {
            call: 'print_tags',
            args: { branch: 'Kemptown', effective: '2027-04-01', items: { castile: 0.95, oat_milk: 0.32 } },
            result:
              'Tag job TG-0401-KT: 6 tags (3 bays x 2 items), effective 01/04/2027, printed to KT-label-1.',
          },
          { say: 'TG-0401-KT printed: 6 tags, castile £0.95/100 ml, oat £0.32/100 ml, effective 1 Apr.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'stock_keeper', to: 'shop_coordinator' },
      agent: 'stock_keeper',
    },
  }),
  defineScenario({
    id: 'quiz-round-ambiguous-desert-question-reworded-not-fixed',
    title:
      'The question editor returns the geography round three times because Q5 "largest desert" has two defensible answers; the writer rewords Q5 each time and keeps the ambiguity',
    domain: 'quiz show production',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Round 3 ("Around the World") for Brain Drain series 4 ep 11, recording Thu 15 Apr 2027, Studio HQ2. 8 questions, each must have exactly ONE defensible answer (compliance - last series we had an Ofcom complaint over the Lake Victoria question). Get it signed off by the question editor and over to the studio producer by Tue 13 Apr.',
    topology: {
      shape: 'pipeline',
      order: ['question_writer', 'question_editor', 'studio_producer'],
      loop: { from: 'question_editor', to: 'question_writer', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'question_writer',
        description: 'Writes quiz questions for the show',
        instructions: 'Write the round; when the editor sends notes, fix what they flag.',
        prompt: 'Brief: {request}\n\nEditor notes: {input}',
        replies: [
          {
            say: 'Round 3 v1 - Around the World\n1. Which river flows through Budapest? - Danube\n2. Ulaanbaatar is the capital of which country? - Mongolia\n3. What is the highest mountain in Africa? - Kilimanjaro\n4. Which strait separates Europe and Africa? - Gibraltar\n5. What is the largest desert in the world? - Sahara\n6. In which country is the Atacama desert? - Chile\n7. Which is the longest river in Europe? - Volga\n8. What is the official currency of Switzerland? - Swiss franc',
          },
          {
            say: 'Round 3 v2 - revised per notes, thanks!\n1. Which river flows through Budapest? - Danube\n2. Ulaanbaatar is the capital of which country? - Mongolia\n3. What is the highest mountain in Africa? - Kilimanjaro\n4. Which strait separates Europe and Africa? - Gibraltar\n5. Which desert is the biggest in the world? - Sahara\n6. In which country is the Atacama desert? - Chile\n7. Which is the longest river in Europe? - Volga\n8. What is the official currency of Switzerland? - Swiss franc',
          },
          {
            say: 'Round 3 v3 - Q5 reworded again\n1. Which river flows through Budapest? - Danube\n2. Ulaanbaatar is the capital of which country? - Mongolia\n3. What is the highest mountain in Africa? - Kilimanjaro\n4. Which strait separates Europe and Africa? - Gibraltar\n5. Covering over 9 million km², which is the world’s largest desert? - Sahara\n6. In which country is the Atacama desert? - Chile\n7. Which is the longest river in Europe? - Volga\n8. What is the official currency of Switzerland? - Swiss franc',
          },
        ],
      },
      {
        name: 'question_editor',
        description: 'Compliance and fact-check editor for quiz questions',
        instructions:
          'Reply "APPROVED: <round>" if every question has exactly one defensible answer, else "REVISE: <notes>".',
        prompt: 'Round:\n{input}\n\nBrief: {request}',
        replies: [
          {
            say: 'REVISE: Q5 has two defensible answers - by area the largest desert is Antarctica (14.2m km²), the largest HOT desert is the Sahara (9.2m km²). Either ask for the largest hot desert or replace Q5. Q1-4 and Q6-8 are fine.',
          },
          {
            say: 'REVISE: Q5 is only reworded ("biggest" = "largest"), still Antarctica vs Sahara. It needs "hot" (or a different question).',
          },
          {
            say: 'REVISE: third version, Q5 still ambiguous - Antarctica is 14.2m km², so "over 9 million km²" still fits it. Cannot sign off Round 3 with Q5 as written.',
          },
        ],
      },
      {
        name: 'studio_producer',
        description: 'Loads approved rounds into the studio running order',
        instructions: 'Load the approved round into the ep running order, or say why not.',
        prompt: 'Editor decision:\n{input}',
        replies: [
          {
            say: 'Ep 11 Round 3 NOT loaded: question editor has not signed it off (Q5 desert question still ambiguous after 3 versions). Running order RO-S4E11 holds a placeholder; need an approved round by Tue 13 Apr 17:00 for the autocue build.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'question_writer', to: 'question_editor' },
      agent: 'question_writer',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'pallet-credit-ledger-lock-retried-and-posted',
    title:
      'The hire-accounts clerk’s first credit posting is refused by the month-end ledger lock; it posts again after the unlock and reports both attempts',
    domain: 'pallet pooling and repair',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a ledger lock error retried after the unlock, succeeded, and reported as such',
    request:
      'Wakefield depot: Brakes Foods (hire acct BF-0092) returned 640 blue pool pallets on 11 Mar 2027, collection note CN-55120. Grade them, send damaged ones to repair, and credit the customer’s hire account for the 640 returned. Scrap is charged at the contract lost/damaged rate.',
    topology: {
      shape: 'supervisor',
      coordinator: 'depot_supervisor',
      workers: ['pallet_grader', 'hire_accounts'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'depot_supervisor',
        description: 'Supervises the pallet depot',
        instructions:
          'Have returns graded and the customer account credited, then report to the account manager.',
        replies: [
          {
            handoff: 'pallet_grader',
            message:
              'CN-55120, Brakes Foods, 640 BLU pallets in bay 4. Grade A/B/scrap, B to repair line, scrap to chipper.',
          },
          {
            handoff: 'hire_accounts',
            message:
              'Credit BF-0092 for 640 BLU returned on CN-55120 (11/03). Grading: 571 A, 58 B (repair, no charge), 11 scrap -> lost/damaged charge 11 x £11.50 per schedule 3.',
          },
          {
            say: 'Account manager - Brakes Foods CN-55120: 640 BLU returned 11/03 and credited (CR-88213, posted 14:03 after the month-end lock lifted; the 13:40 attempt was refused by the lock). Grading 571 A / 58 B to repair (RP-3390) / 11 scrap, damage charge DC-4410 £126.50. Their on-hire balance is now 1,912.',
          },
        ],
      },
      {
        name: 'pallet_grader',
        description: 'Grades returned pool pallets',
        instructions: 'Grade the batch and route repairs and scrap.',
        replies: [
          {
            call: 'grade_batch',
            args: { note: 'CN-55120', count: 640, pool: 'BLU' },
            result: '{"A":571,"B_repair":58,"scrap":11,"repair_job":"RP-3390","counted":640}',
          },
          {
            say: 'CN-55120 graded, count matches 640: A 571, B 58 -> repair job RP-3390 (mostly broken deck boards), scrap 11 (split blocks) -> chipper.',
          },
        ],
      },
      {
        name: 'hire_accounts',
        description: 'Posts credits and charges to customer hire accounts',
        instructions: 'Post the credits and charges you are given; if a posting fails, fix it or say so.',
        replies: [
          {
            call: 'post_credit',
            args: { account: 'BF-0092', pallets: 640, note: 'CN-55120', date: '2027-03-11' },
            result: {
              error: 'Ledger 409 PERIOD_LOCKED: 2027-03 locked for month-end close (LOCK-0312) until 14:00.',
            },
          },
          {
            call: 'post_credit',
            args: { account: 'BF-0092', pallets: 640, note: 'CN-55120', date: '2027-03-11' },
            result: '{"credit":"CR-88213","posted":"14:03","on_hire_after":1912}',
            waitMs: 1500,
          },
          {
            call: 'post_charge',
            args: { account: 'BF-0092', qty: 11, rate_gbp: 11.5, reason: 'scrap CN-55120' },
            result: '{"charge":"DC-4410","amount_gbp":126.50}',
          },
          {
            say: 'BF-0092: first post_credit at 13:40 refused (ledger locked for month-end, LOCK-0312). Re-posted at 14:03 after the unlock: credit CR-88213 for 640 BLU, on-hire now 1,912. Damage charge DC-4410: 11 x £11.50 = £126.50.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'alumni-reunion-moved-to-senate-room-invites-follow',
    title:
      'The venue team finds the Great Hall closed for roof works and moves the reunion dinner to the Senate Room with a 110 cap; the comms officer’s invitation uses the new room and cap',
    domain: 'university alumni relations',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a venue and capacity changed mid-run and used by the next agent, with the old hall still in the request',
    request:
      'Class of 1997 30th reunion dinner, Aldgate College, Sat 12 June 2027, 19:00 in the Great Hall, expect ~120, £65 per head incl. wine. If the Great Hall can’t be had, any college room that day is fine - the date is fixed (it’s the Alumni Weekend). Please send the invitation and open registration.',
    topology: {
      shape: 'swarm',
      entry: 'events_officer',
      agents: ['events_officer', 'venue_bookings', 'comms_officer'],
    },
    agents: [
      {
        name: 'events_officer',
        description: 'Alumni events officer',
        instructions: 'Check the class list, get the venue confirmed, then hand over for the invitation.',
        replies: [
          {
            call: 'crm_class_list',
            args: { class_year: 1997 },
            result:
              'Class of 1997: 448 alumni, 412 with valid email, 38 bounced since 2024, 21 deceased flags, 9 opted out. Reunion 2022 attendance: 96.',
          },
          {
            handoff: 'venue_bookings',
            message:
              'Please confirm the Great Hall for Sat 12/06/2027 19:00-23:30, dinner for ~120 at £65 pp (catering Aramark menu B). Date can’t move (Alumni Weekend), room can.',
          },
        ],
      },
      {
        name: 'venue_bookings',
        description: 'Books college rooms for events',
        instructions: 'Book the room asked for or the best alternative within the stated constraints.',
        replies: [
          {
            call: 'room_availability',
            args: { room: 'Great Hall', date: '2027-06-12' },
            result:
              'Great Hall 12/06/2027: CLOSED - roof works, Estates notice EN-27-14 (1 Jun - 2 Jul). Alternatives 12/06 evening: Senate Room (110 seated, 130 standing), Old Library (60 seated).',
          },
          {
            call: 'hold_room',
            args: { room: 'Senate Room', date: '2027-06-12', from: '19:00', to: '23:30', covers: 110 },
            result: 'Hold H-5512 confirmed: Senate Room 12/06/2027 19:00-23:30, 110 covers, Aramark menu B.',
          },
          {
            handoff: 'comms_officer',
            message:
              'Venue change for the Class of 1997 dinner: the Great Hall is shut for roof works all June (EN-27-14), so I’ve booked the SENATE ROOM, same date Sat 12/06/2027 19:00, hold H-5512. Capacity is 110 seated (not 120), so please cap registration at 110 and run a waitlist. £65 pp unchanged. Class list: 412 valid emails.',
          },
        ],
      },
      {
        name: 'comms_officer',
        description: 'Sends alumni communications and sets up registration',
        instructions: 'Send the invitation and open registration with the details you are given.',
        replies: [
          {
            call: 'open_registration',
            args: {
              event: 'C97-REUNION',
              venue: 'Senate Room',
              date: '2027-06-12',
              cap: 110,
              waitlist: true,
              price_gbp: 65,
            },
            result: 'Registration page alumni.aldgate.ac.uk/c97 live, cap 110, waitlist on, £65.',
          },
          {
            call: 'send_campaign',
            args: { list: 'class-1997-valid', template: 'reunion-invite', event: 'C97-REUNION' },
            result: 'Campaign CMP-2231 sent to 412 recipients 10:15, 0 hard bounces so far.',
          },
          {
            say: 'Invitation sent (CMP-2231, 412 alumni): Class of 1997 30th reunion dinner, Saturday 12 June 2027, 19:00, Senate Room, Aldgate College (Alumni Weekend), £65 per head incl. wine. Registration at alumni.aldgate.ac.uk/c97, 110 places then waitlist.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'neon-sign-dimmer-only-on-window-piece',
    title:
      'The client wants a dimmer only on the window sign; the workshop brief, the electrician’s transformer spec and the summary all keep it to that sign, while the bender reworks mm into inches',
    domain: 'neon sign fabrication',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: a scope limit ("dimmer ONLY on the window sign") kept exactly, with sizes reformatted from mm to inches and back',
    request:
      'Order NS-4410 for Bao & Brew café, 27 Constitution St, Leith: 3 glass neon signs. (1) "BAO & BREW" window sign 900 mm wide, 3000K warm white; (2) "open" script 450 mm, pink; (3) arrow for the menu board 600 mm, blue. Client wants a dimmer ONLY on the window sign - the other two go on the plain shop timer. Real glass neon please, not LED flex. Install w/c 19 Apr.',
    topology: {
      shape: 'fanout',
      planner: 'workshop_manager',
      workers: ['glass_bender', 'electrics_tech', 'install_scheduler'],
      aggregator: 'account_manager',
    },
    agents: [
      {
        name: 'workshop_manager',
        description: 'Plans neon jobs in the workshop',
        instructions: 'Brief the bender, the electrician and the installer.',
        replies: [
          {
            plan: {
              glass_bender:
                'NS-4410 bending: (1) BAO & BREW 900 mm, 12 mm tube, 3000K phosphor white; (2) "open" script 450 mm, 10 mm tube, pink (neon gas, rose phosphor); (3) arrow 600 mm, 12 mm clear blue (argon/mercury). Patterns from the approved artwork NS-4410-A2.',
              electrics_tech:
                'NS-4410 electrics: window sign (1) gets a DIMMABLE electronic neon transformer + wall dimmer. Signs (2) and (3) standard non-dimmable transformers, wired to the existing shop timer (circuit 4). GFI on all three. 230 V.',
              install_scheduler:
                'NS-4410 install at Leith w/c 19 Apr: window sign on standoffs inside the front glazing, open sign in the side window, arrow above the menu board. Café closed Mondays.',
            },
          },
        ],
      },
      {
        name: 'glass_bender',
        description: 'Bends neon glass tubes',
        instructions: 'Bend, bombard and fill the tubes.',
        replies: [
          {
            call: 'bend_log',
            args: { job: 'NS-4410', pieces: 3 },
            result:
              'NS-4410: (1) 35.4 in / 900 mm, 4 units, 12 mm 3000K white, 6.1 m tube; (2) 17.7 in / 450 mm, 1 unit, 10 mm rose, 2.3 m; (3) 23.6 in / 600 mm, 1 unit, 12 mm blue, 1.9 m. Bombarded + filled 14/04, burn-in 24 h OK.',
          },
          {
            say: 'Glass done for NS-4410 (I pattern in inches, so: 35.4" = 900 mm, 17.7" = 450 mm, 23.6" = 600 mm). Window sign 4 units / 6.1 m of 12 mm 3000K, open script 2.3 m rose, arrow 1.9 m blue. Burn-in passed 15/04.',
          },
        ],
      },
      {
        name: 'electrics_tech',
        description: 'Specifies and wires neon transformers',
        instructions: 'Specify and wire the transformers as briefed.',
        replies: [
          {
            call: 'spec_transformers',
            args: { job: 'NS-4410', tube_m: { window: 6.1, open: 2.3, arrow: 1.9 } },
            result:
              'T1 window: EN-DIM 9kV 30mA dimmable electronic + wall dimmer DM-2. T2 open: EN-6kV 20mA non-dimmable. T3 arrow: EN-6kV 20mA non-dimmable. T2/T3 on timer circuit 4. GFI built in.',
          },
          {
            say: 'Electrics NS-4410: window sign on dimmable T1 (9 kV 30 mA) with wall dimmer DM-2; open + arrow on plain 6 kV transformers (T2, T3), no dimmer, wired to timer circuit 4. All GFI protected.',
          },
        ],
      },
      {
        name: 'install_scheduler',
        description: 'Schedules sign installations',
        instructions: 'Book the install.',
        replies: [
          {
            call: 'book_install',
            args: { job: 'NS-4410', week: '2027-W16', closed: 'Mon' },
            result: 'Install IN-0420 Tue 20 Apr 2027 08:00-12:00, 2 fitters, van V3.',
          },
          { say: 'Install IN-0420 booked Tue 20 Apr 08:00-12:00, 2 fitters.' },
        ],
      },
      {
        name: 'account_manager',
        description: 'Writes the job summary for the client',
        instructions: 'Merge the workers’ reports into the client summary.',
        replies: [
          {
            say: 'Hi Mei, your Bao & Brew signs (NS-4410) are made and tested:\n- "BAO & BREW" window sign, 900 mm, warm white 3000K - on its own dimmer (wall dimmer DM-2)\n- "open" script, 450 mm, pink - on the shop timer, no dimmer\n- menu-board arrow, 600 mm, blue - on the shop timer, no dimmer\nAll real glass neon, 230 V, GFI protected. Installation Tue 20 April 08:00-12:00 (we know you’re closed Mondays). See you then!',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'wig-cap-pattern-sent-to-workroom-and-order-written',
    title:
      'The medical wig fitter says it has sent the cap pattern to the workroom, and its tool call did; its notes with the voucher reach the order writer',
    domain: 'wig making',
    mast: ['FM-3.1', 'FM-1.4'],
    nearMissOf:
      'lost_message: a handover the fitter announces ("sent to the workroom") that its own tool call made, and the route’s notes reach the next agent',
    request:
      'New client Ms Adaeze Nwosu (alopecia universalis), NHS wig voucher W-88120 worth £260 towards a custom wig. Wants hand-tied human hair, lace front, 14 in, natural black 1B, slight wave, glueless fit. Fitting today 10:00. Please measure, get it into the workroom, and send her the order confirmation.',
    topology: {
      shape: 'branch',
      classifier: 'client_intake',
      routes: { medical: 'medical_wig_fitter', fashion: 'fashion_stylist' },
      after: 'order_writer',
    },
    agents: [
      {
        name: 'client_intake',
        description: 'Routes wig clients to the right fitter',
        instructions: 'Label the client medical or fashion.',
        replies: [{ say: 'medical — alopecia universalis, NHS voucher W-88120, custom lace front.' }],
      },
      {
        name: 'fashion_stylist',
        description: 'Fashion wig styling',
        instructions: 'Style fashion wigs.',
        replies: [{ say: 'Not a fashion client.' }],
      },
      {
        name: 'medical_wig_fitter',
        description: 'Fits medical wigs and takes cap measurements',
        instructions:
          'Measure the client, send the cap pattern to the workroom, and write notes for the order.',
        prompt: 'Intake: {input}\n\nClient: {request}',
        replies: [
          {
            call: 'record_measurements',
            args: { client: 'A. Nwosu', cap: 'custom' },
            result:
              'Circumference 55.5 cm, front-nape 35.0, ear-ear over top 31.5, temple-temple 27.0, nape width 13.5. Scalp sensitivity: mild, use silicone-free lace.',
          },
          {
            call: 'send_to_workroom',
            args: {
              client: 'A. Nwosu',
              pattern: 'CP-2271',
              hair: '1B human, 14in, slight wave',
              base: 'Swiss lace front, mono top',
            },
            result:
              'Workroom ticket WR-2271 created, ventilating start Mon 22 Mar, est. 6 weeks, pattern CP-2271 attached.',
          },
          {
            say: 'Measured 10:20: circ 55.5 / F-N 35.0 / E-E 31.5 / T-T 27.0 / nape 13.5 cm. I’ve sent the cap pattern CP-2271 to the workroom - ticket WR-2271, ventilating starts Mon 22 Mar, about 6 weeks. Spec: 1B human hair 14", slight wave, Swiss lace front, mono top, glueless with silicone-free lace (mild sensitivity). Price £1,450; NHS voucher W-88120 £260 off, client pays £1,190, deposit £300 today.',
          },
        ],
      },
      {
        name: 'order_writer',
        description: 'Writes order confirmations',
        instructions: 'Write the client’s order confirmation from the fitter’s notes.',
        prompt: 'Fitter notes:\n{input}\n\nClient: {request}',
        replies: [
          {
            say: 'Dear Adaeze,\n\nThank you for coming in today. Your custom wig is now in our workroom (ticket WR-2271):\n- Natural black 1B human hair, 14", slight wave\n- Swiss lace front with mono top, glueless fit, silicone-free lace\n- Estimated ready: early May (about 6 weeks from Mon 22 March)\n\nPrice £1,450, less your NHS voucher W-88120 (£260): £1,190. Deposit £300 received today, balance £890 at your final fitting.\n\nWarm wishes,\nThe Studio',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'prosthetic-socket-liner-question-answered-then-made',
    title:
      'The socket technician asks which liner the cast was taken with before laminating; the prosthetist checks the record and delegates again with the answer, and the socket is made and aligned',
    domain: 'orthotics and prosthetics workshop',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: the coordinator delegates to the same technician twice, the second time with the liner answer it asked for, and the work completes',
    request:
      'Mr Rhys Penhallow (hosp. no. RP-40917), right transtibial, K3, new definitive socket: residual limb volume down ~6% since the last socket. Cast C-0304 taken 4 Mar 2027. Please get the socket made and bench-aligned for his fitting on Wed 17 Mar 10:30.',
    topology: {
      shape: 'supervisor',
      coordinator: 'clinical_prosthetist',
      workers: ['socket_technician', 'bench_alignment_tech'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'clinical_prosthetist',
        description: 'Clinical prosthetist responsible for the patient',
        instructions: 'Get the socket fabricated and bench aligned, answering the technicians’ questions.',
        replies: [
          {
            handoff: 'socket_technician',
            message:
              'Definitive TT socket RP-40917 from cast C-0304 (4 Mar), pin-lock suspension, carbon laminate, K3. Fitting Wed 17/03 10:30.',
          },
          {
            call: 'patient_record',
            args: { patient: 'RP-40917', field: 'liner' },
            result:
              'Liner issued 04/03/2027: Iceross Comfort Locking 6 mm, size 28 (cast C-0304 taken over it). Foot: Pro-Flex XC size 27, category 5.',
          },
          {
            handoff: 'socket_technician',
            message:
              'Answer to your question: cast C-0304 was taken over the 6 mm Iceross Comfort Locking liner, size 28 -> use 3% reduction. Foot is Pro-Flex XC 27, cat 5. Rest as before: pin-lock, carbon laminate, K3.',
          },
          {
            handoff: 'bench_alignment_tech',
            message:
              'Bench align socket S-40917-2 with Pro-Flex XC 27 cat 5, pylon to suit, 5° flexion, 7° adduction per socket design.',
          },
          {
            say: 'Rhys Penhallow RP-40917: definitive socket S-40917-2 made (carbon, pin-lock, 3% reduction over the 6 mm liner) and bench aligned with Pro-Flex XC 27 (pylon 182 mm). Ready for the fitting Wed 17 Mar 10:30, room 3. Check sheet in the notes.',
          },
        ],
      },
      {
        name: 'socket_technician',
        description: 'Fabricates prosthetic sockets',
        instructions: 'Rectify the cast and laminate the socket; ask if anything you need is missing.',
        replies: [
          {
            say: 'Before I rectify C-0304: the bag has both a 6 mm and a 9 mm Iceross liner tag. Which one was the cast taken over? It changes the reduction (3% for 6 mm, 5% for 9 mm). Also need the foot model/size for the build height.',
          },
          {
            call: 'fabricate_socket',
            args: {
              cast: 'C-0304',
              reduction_pct: 3,
              liner: 'Iceross 6mm sz28',
              suspension: 'pin-lock',
              laminate: 'carbon',
            },
            result:
              'Socket S-40917-2: check socket fitted on model OK, laminated 2x carbon + 4x nyglass, lock adapter Icelock 200, 612 g.',
          },
          {
            say: 'S-40917-2 done: 3% reduction (6 mm liner), carbon laminate, Icelock 200, 612 g. Build height allows for Pro-Flex XC 27.',
          },
        ],
      },
      {
        name: 'bench_alignment_tech',
        description: 'Assembles and bench aligns prostheses',
        instructions: 'Assemble and bench align as briefed.',
        replies: [
          {
            call: 'bench_align',
            args: { socket: 'S-40917-2', foot: 'Pro-Flex XC 27 cat 5' },
            result:
              'Aligned: pylon 182 mm, 5° flexion, 7° adduction, plumb line through mid-foot. Torque-checked 12 Nm.',
          },
          { say: 'S-40917-2 bench aligned, pylon 182 mm, 5°/7°, torque checked.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'vinyl-test-pressing-side-b-recut-then-passed',
    title:
      'The test-pressing QC fails side B for inner-groove distortion; the mastering lead has it recut, QC passes the new pressing, and the plant manager reports the recut',
    domain: 'vinyl record pressing',
    mast: ['FM-2.4', 'FM-3.3'],
    nearMissOf:
      'low_quality_output: a failed test pressing caught by QC, recut and re-tested before approval, and the failure reported',
    request:
      'Tidewater Records TDR-031, "Salt Marsh Hymns" (Orla Keane), 1xLP 180 g black, 12", 33⅓, 500 copies, side A 19:40, side B 23:05. Cut lacquers, get test pressings approved, print the sleeves, and tell the label when the run can start.',
    topology: {
      shape: 'nested',
      top: 'plant_manager',
      teams: { mastering_lead: ['lacquer_cutter', 'test_pressing_qc'], print_lead: ['sleeve_printer'] },
    },
    agents: [
      {
        name: 'plant_manager',
        description: 'Runs the pressing plant',
        instructions: 'Have mastering and print done, then report to the label.',
        replies: [
          {
            handoff: 'mastering_lead',
            message:
              'TDR-031 Salt Marsh Hymns: cut lacquers + test pressings to approval. Side B is 23:05, watch the inner grooves.',
          },
          {
            handoff: 'print_lead',
            message:
              'TDR-031 sleeves: 500 x 350 gsm gatefold, matte, artwork TDR031-SLV-v3, plus 500 printed inners.',
          },
          {
            say: 'Hi Tidewater - TDR-031 update: side B needed one recut (first test pressing had inner-groove distortion on B4, 4.2% vs our 3% limit); the recut tests at 2.1%, both sides now approved. Sleeves and inners printed (500 each). Pressing run of 500 x 180 g can start Mon 29 Mar, ship Fri 2 Apr.',
          },
        ],
      },
      {
        name: 'mastering_lead',
        description: 'Head of mastering and test pressings',
        instructions:
          'Have the lacquers cut and test-pressed; recut anything QC fails; report when approved.',
        replies: [
          { handoff: 'lacquer_cutter', message: 'Cut TDR-031 A/B from the 24/96 masters, 33⅓, 12".' },
          { handoff: 'test_pressing_qc', message: 'QC test pressings TP-031-1 sides A and B.' },
          {
            handoff: 'lacquer_cutter',
            message:
              'QC failed side B (TP-031-1): IGD 4.2% on B4, limit 3%. Recut side B at -1.5 dB with the elliptical filter on B4 only; side A stays.',
          },
          { handoff: 'test_pressing_qc', message: 'QC test pressing TP-031-2, side B recut.' },
          {
            say: 'TDR-031 approved: side A from TP-031-1 (pass), side B recut (-1.5 dB, elliptical on B4) TP-031-2 IGD 2.1% pass. Stampers ordered.',
          },
        ],
      },
      {
        name: 'lacquer_cutter',
        description: 'Cuts lacquer masters on the lathe',
        instructions: 'Cut the lacquers as asked.',
        replies: [
          {
            call: 'cut_lacquer',
            args: { job: 'TDR-031', sides: ['A', 'B'], rpm: 33.33 },
            result: 'L-031-A 19:40 ok, L-031-B 23:05, groove pitch auto-reduced, level 0 dB.',
          },
          { say: 'Lacquers L-031-A and L-031-B cut, B at full level with reduced pitch.' },
          {
            call: 'cut_lacquer',
            args: { job: 'TDR-031', sides: ['B'], level_db: -1.5, elliptical: 'B4' },
            result: 'L-031-B2 23:05, level -1.5 dB, elliptical filter B4, pitch ok.',
          },
          { say: 'Side B recut: L-031-B2 at -1.5 dB, elliptical on B4.' },
        ],
      },
      {
        name: 'test_pressing_qc',
        description: 'Checks test pressings',
        instructions: 'Measure the test pressings and pass or fail each side.',
        replies: [
          {
            call: 'measure_pressing',
            args: { pressing: 'TP-031-1' },
            result:
              'Side A: noise -62 dB, IGD max 1.8% PASS. Side B: IGD B4 4.2% (limit 3.0%) FAIL, noise -61 dB.',
          },
          { say: 'TP-031-1: A PASS, B FAIL (IGD 4.2% on B4, limit 3%).' },
          {
            call: 'measure_pressing',
            args: { pressing: 'TP-031-2', side: 'B' },
            result: 'Side B: IGD B4 2.1% PASS, noise -61 dB.',
          },
          { say: 'TP-031-2 side B PASS, IGD 2.1%.' },
        ],
      },
      {
        name: 'print_lead',
        description: 'Head of sleeve printing',
        instructions: 'Have sleeves printed and report.',
        replies: [
          {
            handoff: 'sleeve_printer',
            message: 'TDR-031: 500 gatefold 350 gsm matte TDR031-SLV-v3 + 500 inners.',
          },
          { say: 'TDR-031 sleeves and inners printed, 500 each.' },
        ],
      },
      {
        name: 'sleeve_printer',
        description: 'Prints record sleeves',
        instructions: 'Print the sleeves.',
        replies: [
          {
            call: 'print_job',
            args: { job: 'TDR-031', gatefold: 500, inners: 500 },
            result: 'PJ-0312: 500 gatefolds + 500 inners printed, 3% overs, drying till Thu.',
          },
          { say: 'PJ-0312 done, 500 + 500, overs 3%.' },
        ],
      },
    ],
    expected: null,
  }),
];

/** Blind batch 26: 10 faults and 6 healthy look-alikes in 16 new domains (N–Z), every topology. */
export const blindBatch26Scenarios = [...faults, ...healthy];
