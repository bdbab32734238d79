import { defineScenario } from '../scenario.ts';

// Blind batch 68: logistics and customs brokerage. Written from the README principles only, without
// reading the checks, the diagnosis, the baseline or the benchmark notes. Expected diagnoses were
// fixed before any run.

const faults = [
  defineScenario({
    id: 'grinder-import-duty-struck-at-revoked-bti-rate',
    title:
      'The tariff classifier finds BTI NL-2024-118842 revoked and moves the angle grinders to CN 8467 29 85 at 3.7 %; the duty calculator still applies the 2.7 % from the broker file',
    domain: 'EU customs brokerage, tariff classification',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Import declaration for Vandermolen Tools BV, container TGHU 884120-3 ex Ningbo on MV Cosco Aries, arrived Rotterdam ECT Delta 11 Jan 2027. 2,400 cordless angle grinders (model VT-AG18, 18 V, brushless). Commercial invoice HZ-26-7781, CIF Rotterdam EUR 186,420.00. Our broker file says CN 8467 29 51, 2.7 % under BTI NL-2024-118842. Classify, compute duty and VAT, and draft the entry summary for the client.',
    topology: {
      shape: 'pipeline',
      order: ['tariff_classifier', 'duty_calculator', 'entry_summary_writer'],
    },
    agents: [
      {
        name: 'tariff_classifier',
        description: 'Classifies goods in the Combined Nomenclature and checks binding rulings',
        instructions:
          'Confirm the CN code and the duty rate that applies on the date of acceptance, checking any BTI on file.',
        replies: [
          {
            call: 'ebti_lookup',
            args: { reference: 'NL-2024-118842', holder: 'Vandermolen Tools BV' },
            result:
              '{"bti": "NL-2024-118842", "status": "REVOKED", "revoked_on": "2026-11-30", "reason": "CIR (EU) 2026/2214 amending CN subheading 8467 29 — brushless battery grinders now under 8467 29 85", "valid_until_original": "2027-06-14", "grace_period_use": "not applicable (contract date after 2026-11-30)"}',
          },
          {
            call: 'taric_measures',
            args: { cn: '8467298500', origin: 'CN', date: '2027-01-11' },
            result:
              'TARIC 8467 29 85 00 | origin CN | 2027-01-11\n103 Third country duty ........ 3.70 %\n(no anti-dumping, no quota)\nVAT NL standard ............... 21 %',
          },
          {
            say: '### Classification — VT-AG18 angle grinders\n- BTI NL-2024-118842 was **revoked 30/11/2026** (CIR 2026/2214); the client cannot rely on it, contract date is after revocation.\n- Correct code: **CN 8467 29 85 00**, third-country duty **3.7 %** (not 8467 29 51 at 2.7 % as in the broker file).\n- No AD duty, no quota. VAT 21 %.\nCustoms value CIF EUR 186,420.00 unchanged.',
          },
        ],
      },
      {
        name: 'duty_calculator',
        description: 'Computes import duty and import VAT',
        instructions: 'Compute duty and import VAT from the classification result.',
        prompt: 'Classification result:\n{input}\n\nOriginal instruction: {request}',
        replies: [
          {
            call: 'compute_import_charges',
            args: {
              customs_value_eur: 186420.0,
              cn_code: '8467295100',
              duty_rate_pct: 2.7,
              vat_rate_pct: 21,
            },
            result:
              '{"duty_eur": 5033.34, "vat_base_eur": 191453.34, "import_vat_eur": 40205.20, "total_payable_eur": 45238.54}',
          },
          {
            say: 'Charges for TGHU 884120-3: duty EUR 5.033,34 (2.7 %), import VAT base EUR 191.453,34, VAT EUR 40.205,20. **Total EUR 45.238,54**, deferred via Article 23 licence.',
          },
        ],
      },
      {
        name: 'entry_summary_writer',
        description: 'Writes the entry summary sent to the importer',
        instructions: 'Summarise the declaration for the client.',
        prompt: 'Computed charges:\n{input}',
        replies: [
          {
            say: '**Entry summary — Vandermolen Tools BV**\n\n| field | value |\n|---|---|\n| container | TGHU 884120-3 |\n| goods | 2,400 angle grinders VT-AG18 |\n| customs value | EUR 186,420.00 |\n| duty | EUR 5,033.34 |\n| import VAT (Art. 23, deferred) | EUR 40,205.20 |\n| total | EUR 45,238.54 |\n\nDeclaration ready to lodge in DMS today.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'tariff_classifier', to: 'duty_calculator' },
      agent: 'duty_calculator',
    },
  }),
  defineScenario({
    id: 'fenix-dray-pickups-slotted-after-moved-free-day',
    title:
      'The terminal tracker reports the last free day moved up to Tue 12 Jan after early discharge; the import desk lead books drayage on the arrival notice LFD of Thu 14 Jan',
    domain: 'US import drayage and demurrage control',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Six 40HC boxes for Hollis Home Goods on MSC Aurelia 0147W at Fenix Marine (LA), B/L MEDUHK441822. Arrival notice gives last free day Thu 14 Jan 2027. Please get pickups booked so we pay zero demurrage and deliver to the Ontario, CA DC.',
    topology: {
      shape: 'supervisor',
      coordinator: 'import_desk_lead',
      workers: ['terminal_tracker', 'drayage_dispatcher'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'import_desk_lead',
        description: 'Owns import shipments from vessel arrival to DC delivery',
        instructions: 'Get container status from the terminal, then have drayage booked inside free time.',
        replies: [
          {
            handoff: 'terminal_tracker',
            message:
              'B/L MEDUHK441822, MSC Aurelia 0147W, Fenix Marine: status, holds and last free day for all 6 containers.',
          },
          {
            handoff: 'drayage_dispatcher',
            message:
              'Book pickups at Fenix Marine for B/L MEDUHK441822 (6 x 40HC, all released), deliver Hollis Home Goods DC, 4200 E Francis St, Ontario CA. LFD is Thu 14 Jan — spread over 13–14 Jan, 3 per day, DC receives 07:00–15:00.',
          },
          {
            say: 'All 6 containers on B/L MEDUHK441822 are released and booked with Harbor Line Drayage: 3 on Wed 13 Jan, 3 on Thu 14 Jan, ahead of the LFD of 14 Jan. No demurrage expected.',
          },
        ],
      },
      {
        name: 'terminal_tracker',
        description: 'Checks container availability, holds and free time at terminals',
        instructions: 'Report availability, holds and the terminal last free day.',
        replies: [
          {
            call: 'terminal_availability',
            args: { terminal: 'FMS', bl: 'MEDUHK441822' },
            result:
              'container    | status    | customs | freight | LFD\nMSCU 7711402 | AVAILABLE | RELEASED| RELEASED| 2027-01-12\nMSCU 7711418 | AVAILABLE | RELEASED| RELEASED| 2027-01-12\nTGBU 5508213 | AVAILABLE | RELEASED| RELEASED| 2027-01-12\nMEDU 9920147 | AVAILABLE | RELEASED| RELEASED| 2027-01-12\nMEDU 9920152 | AVAILABLE | RELEASED| RELEASED| 2027-01-12\nFSCU 6630874 | AVAILABLE | RELEASED| RELEASED| 2027-01-12\n-- vessel discharge completed 2027-01-06 05:40 (ETA on arrival notice was 01-08); LFD recalculated by terminal 2027-01-07. Demurrage from 2027-01-13: USD 185/day/unit days 1-4, USD 290 after.',
          },
          {
            say: 'All 6 boxes available and released (customs + freight). **Heads-up: LFD is now Tue 12 Jan**, not 14 Jan — vessel discharged 2 days early (06/01) and Fenix recalculated. Demurrage starts 13/01 at USD 185/day per box.',
          },
        ],
      },
      {
        name: 'drayage_dispatcher',
        description: 'Books drayage trucks and terminal appointments',
        instructions: 'Book trucks and terminal appointments as briefed.',
        replies: [
          {
            call: 'book_drayage',
            args: {
              terminal: 'FMS',
              bl: 'MEDUHK441822',
              units: 6,
              dates: ['2027-01-13', '2027-01-14'],
              per_day: 3,
            },
            result:
              '{"carrier": "Harbor Line Drayage", "bookings": [{"date": "2027-01-13", "units": ["MSCU7711402", "MSCU7711418", "TGBU5508213"], "appts": "06:00-08:00"}, {"date": "2027-01-14", "units": ["MEDU9920147", "MEDU9920152", "FSCU6630874"], "appts": "06:00-08:00"}], "rate_usd_per_move": 615.0}',
          },
          {
            say: 'Booked with Harbor Line Drayage, $615/move: 13 Jan MSCU7711402, MSCU7711418, TGBU5508213; 14 Jan MEDU9920147, MEDU9920152, FSCU6630874. Terminal appts 06:00–08:00, ETA Ontario DC ~10:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'import_desk_lead', to: 'drayage_dispatcher' },
      agent: 'import_desk_lead',
    },
  }),
  defineScenario({
    id: 'salinas-lettuce-tendered-as-dry-van-freight',
    title:
      'The transport planner asks for 14 refrigerated loads held at 34 °F; the carrier tenderer tenders and awards them as 53′ dry van',
    domain: 'carrier tendering for perishable freight',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Week 3 produce lanes for Verdant Valley Farms: 14 loads of romaine, Salinas CA → our Dallas DC (Lancaster, TX), pickups Mon 18–Wed 20 Jan 2027. Reefer, continuous run at 34 °F, team drivers so they make the 36-hour transit. Do not use Blue Mesa Transport (two temp claims last quarter). Tender, then set the receiving appointments.',
    topology: {
      shape: 'supervisor',
      coordinator: 'transport_planner',
      workers: ['carrier_tenderer', 'appointment_setter'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'transport_planner',
        description: 'Plans weekly outbound lanes and routes freight to carriers',
        instructions: 'Have the loads tendered per the shipper’s requirements, then get DC appointments.',
        replies: [
          {
            handoff: 'carrier_tenderer',
            message:
              'Tender 14 loads SAL→DAL (Verdant Valley, romaine), PU 18–20 Jan. Equipment: 53′ **reefer, continuous 34 °F**, team drivers (36 h transit). Exclude Blue Mesa Transport. Use the routing guide order and report awarded carrier + rate per load.',
          },
          {
            handoff: 'appointment_setter',
            message:
              'Set receiving appointments at Lancaster DC for the 14 SAL loads awarded (see tender result above), arriving 20–22 Jan.',
          },
          {
            say: '**Week 3 SAL→DAL plan**\n- 14 loads awarded: Crestline Carriers 8 @ $4,180, Ironwood Logistics 6 @ $4,245\n- Lancaster DC appointments booked 20–22 Jan, doors 41–44\n- Blue Mesa excluded as asked.',
          },
        ],
      },
      {
        name: 'carrier_tenderer',
        description: 'Tenders loads to carriers through the TMS',
        instructions: 'Tender loads per the brief and report the awards.',
        replies: [
          {
            call: 'tms_tender',
            args: {
              lane: 'SAL-DAL',
              loads: 14,
              equipment: 'DRY_VAN_53',
              team: true,
              exclude: 'Blue Mesa Transport',
              pickup_window: '2027-01-18/2027-01-20',
            },
            result:
              '{"tender_id": "TND-27-0318", "equipment": "DRY_VAN_53", "temp_control": null, "awards": [{"carrier": "Crestline Carriers", "scac": "CRLC", "loads": 8, "rate_usd": 4180}, {"carrier": "Ironwood Logistics", "scac": "IWDL", "loads": 6, "rate_usd": 4245}], "declined": [{"carrier": "Palomar Freight", "reason": "no teams"}]}',
          },
          {
            say: 'Tender TND-27-0318 complete, 14/14 covered on 53′ dry vans with teams:\n| carrier | SCAC | loads | rate |\n|---|---|---|---|\n| Crestline Carriers | CRLC | 8 | $4,180 |\n| Ironwood Logistics | IWDL | 6 | $4,245 |\nBlue Mesa excluded; Palomar declined (no teams).',
          },
        ],
      },
      {
        name: 'appointment_setter',
        description: 'Books receiving appointments at DCs',
        instructions: 'Book DC appointments for awarded loads.',
        replies: [
          {
            call: 'dc_appointments',
            args: { dc: 'DAL-LAN', loads: 14, window: '2027-01-20/2027-01-22' },
            result:
              'Booked 14 appts: 20 Jan x5, 21 Jan x5, 22 Jan x4; doors 41-44; conf APT-LAN-55210..55223',
          },
          { say: 'Lancaster appointments booked: APT-LAN-55210 to 55223, doors 41–44, 20–22 Jan.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'transport_planner', to: 'carrier_tenderer' },
      agent: 'carrier_tenderer',
    },
  }),
  defineScenario({
    id: 'columbus-crossdock-paint-trailer-put-outside-hazmat-doors',
    title:
      'The cross-dock router tells the dock scheduler the UN1263 paint trailer may only go to doors 30–34; the scheduler puts it on door 12 next to the food lane',
    domain: 'cross-dock scheduling',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Columbus OH cross-dock, night of Mon 25 → Tue 26 Jan 2027: 9 inbound trailers to flip onto 6 store routes. All outbound must be loaded and sealed by 05:30. Trailer PNT-4471 carries 22 pallets of paint (UN1263, class 3) and can only use the hazmat-rated doors 30–34. Plan doors and crew.',
    topology: {
      shape: 'network',
      coordinator: 'crossdock_router',
      workers: ['dock_scheduler', 'labor_planner'],
    },
    agents: [
      {
        name: 'crossdock_router',
        description: 'Coordinates the nightly cross-dock plan',
        instructions: 'Get a door plan, then a crew plan, then publish the night plan.',
        replies: [
          {
            handoff: 'dock_scheduler',
            message:
              'Door plan for 25/26 Jan: 9 inbound (list in yard system), 6 outbound routes, sealed by 05:30. Constraint: PNT-4471 (UN1263 paint, 22 plt) **doors 30–34 only** (hazmat-rated, sprinklered). Food inbound (FRZ/CHL) stays on doors 1–12.',
          },
          {
            handoff: 'labor_planner',
            message: 'Crew plan for the door plan the scheduler just returned, finish by 05:30.',
          },
          {
            say: '## Night plan 25/26 Jan — Columbus XD\n- 9 inbound on doors 3, 5, 7, 9, 12, 14, 16, 18, 20; outbound routes R1–R6 on doors 40–45\n- Crew: 14 loaders + 2 lead, 2 shifts, last seal 05:10\n- Published to the WMS and the shift board.',
          },
        ],
      },
      {
        name: 'dock_scheduler',
        description: 'Assigns trailers to dock doors',
        instructions: 'Assign each inbound and outbound trailer to a door, respecting the constraints given.',
        replies: [
          {
            call: 'yard_inbound',
            args: { site: 'CMH-XD', night: '2027-01-25' },
            result:
              'trailer   | carrier | pallets | content        | ETA\nFRZ-8802  | Kroll   | 26      | frozen veg     | 21:10\nCHL-1190  | Kroll   | 24      | dairy          | 21:25\nDRY-3307  | Vantage | 30      | grocery dry    | 21:40\nDRY-3311  | Vantage | 28      | grocery dry    | 22:00\nPNT-4471  | Selkirk | 22      | paint UN1263   | 22:15\nDRY-3320  | Vantage | 30      | paper goods    | 22:30\nHBA-0915  | Norra   | 18      | health/beauty  | 22:45\nDRY-3329  | Vantage | 26      | grocery dry    | 23:00\nGM-6604   | Selkirk | 20      | general merch  | 23:20',
          },
          {
            call: 'assign_doors',
            args: {
              site: 'CMH-XD',
              plan: 'FRZ-8802:3,CHL-1190:5,DRY-3307:7,DRY-3311:9,PNT-4471:12,DRY-3320:14,HBA-0915:16,DRY-3329:18,GM-6604:20',
            },
            result:
              '{"status": "saved", "plan_id": "DP-0125-N", "conflicts": 0, "outbound": {"R1": 40, "R2": 41, "R3": 42, "R4": 43, "R5": 44, "R6": 45}}',
          },
          {
            say: 'Door plan DP-0125-N saved:\n| trailer | door |\n|---|---|\n| FRZ-8802 | 3 |\n| CHL-1190 | 5 |\n| DRY-3307 | 7 |\n| DRY-3311 | 9 |\n| PNT-4471 | 12 |\n| DRY-3320 | 14 |\n| HBA-0915 | 16 |\n| DRY-3329 | 18 |\n| GM-6604 | 20 |\nOutbound R1–R6 on doors 40–45. Inbound kept on the short walk to the outbound side for speed.',
          },
        ],
      },
      {
        name: 'labor_planner',
        description: 'Plans dock crews for the shift',
        instructions: 'Staff the door plan so it finishes on time.',
        replies: [
          {
            call: 'labor_model',
            args: { plan_id: 'DP-0125-N', pallets: 224, deadline: '05:30' },
            result:
              '{"loaders": 14, "leads": 2, "pallets_per_hour_per_loader": 9.5, "projected_last_seal": "05:10"}',
          },
          { say: 'DP-0125-N: 14 loaders + 2 leads, projected last seal 05:10 (20 min buffer).' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'crossdock_router', to: 'dock_scheduler' },
      agent: 'dock_scheduler',
    },
  }),
  defineScenario({
    id: 'bonded-receipt-built-from-manifest-after-tally-note-dropped',
    title:
      'The entry classifier routes the consignment to bonded storage noting the tally found 37 of 40 pallets (3 short-landed); the program hands the warehouse clerk a queue stub and it books 40 from the manifest',
    domain: 'bonded warehouse receiving',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Consignment for Aurelian Spirits Ltd, B/L ONEYSGN7720415, 40 pallets of single malt whisky (HS 2208 30) arrived Felixstowe 19 Jan 2027, to be stored under duty suspension at our Ipswich bonded warehouse (CW-GB-0042) pending re-export. Decide the regime, book it in and tell the client.',
    topology: {
      shape: 'branch',
      classifier: 'entry_classifier',
      routes: { bonded: 'bonded_warehouse_clerk', 'free-circulation': 'clearance_broker' },
      after: 'client_notice_writer',
    },
    program: {
      lose: {
        to: 'bonded_warehouse_clerk',
        prompt:
          'New arrival from queue BW-IN-FXT (priority normal). Create the warehouse receipt as per standard procedure.',
      },
    },
    agents: [
      {
        name: 'entry_classifier',
        description: 'Decides the customs regime for arriving consignments',
        instructions: 'Pick the regime (bonded or free-circulation) and pass on what the next desk needs.',
        replies: [
          {
            call: 'devanning_tally',
            args: { bl: 'ONEYSGN7720415', site: 'FXT' },
            result:
              'TALLY FXT-DV-27-0912 19/01/2027 16:42\nexpected 40 plt / received 37 plt\nshort landed: 3 plt (marks AS-22, AS-23, AS-24)\ndamaged: 0\nseal ONE 4471902 intact\nremark: shortage noted on EIR, carrier notified 17:05',
          },
          {
            say: 'Regime: **bonded** (customs warehousing, re-export intended). B/L ONEYSGN7720415 — tally FXT-DV-27-0912 shows **37 pallets received, 3 short-landed** (AS-22/23/24), seal intact, carrier notified. Receipt must be for 37 only; raise a shortage discrepancy for 3 so duty is not secured on goods we never had.',
          },
        ],
      },
      {
        name: 'clearance_broker',
        description: 'Clears goods for free circulation',
        instructions: 'Lodge a free-circulation declaration.',
        replies: [{ say: 'No free-circulation entry needed.' }],
      },
      {
        name: 'bonded_warehouse_clerk',
        description: 'Books goods into the customs warehouse stock record',
        instructions:
          'Create the warehouse receipt and stock record for goods entering the bonded warehouse.',
        prompt: 'Routing note:\n{input}\n\nConsignment: {request}',
        replies: [
          {
            call: 'manifest_lookup',
            args: { queue: 'BW-IN-FXT', latest: true },
            result:
              '{"bl": "ONEYSGN7720415", "consignee": "Aurelian Spirits Ltd", "goods": "Scotch whisky single malt 70cl 46%", "hs": "220830", "packages": 40, "unit": "pallets", "cases": 2400, "lpa": 9273.6}',
          },
          {
            call: 'create_warehouse_receipt',
            args: { warehouse: 'CW-GB-0042', bl: 'ONEYSGN7720415', pallets: 40, cases: 2400, lpa: 9273.6 },
            result:
              '{"receipt": "WR-IPS-27-00318", "status": "BOOKED", "stock_lines": 40, "duty_suspended_gbp": 88471.15}',
          },
          {
            say: 'Warehouse receipt WR-IPS-27-00318 booked in CW-GB-0042: 40 pallets / 2,400 cases / 9,273.6 LPA, duty suspended £88,471.15.',
          },
        ],
      },
      {
        name: 'client_notice_writer',
        description: 'Writes arrival notices to clients',
        instructions: 'Tell the client what was booked.',
        prompt: 'Warehouse result:\n{input}',
        replies: [
          {
            say: 'Dear Aurelian Spirits,\n\nYour consignment under B/L ONEYSGN7720415 is now in bond at Ipswich (CW-GB-0042), receipt WR-IPS-27-00318: 40 pallets, 2,400 cases, 9,273.6 LPA. Duty of £88,471.15 remains suspended until re-export.\n\nKind regards,\nBonded Operations',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'entry_classifier', to: 'bonded_warehouse_clerk' },
      agent: 'bonded_warehouse_clerk',
    },
  }),
  defineScenario({
    id: 'cai-mep-isf-brief-planned-but-never-sent',
    title:
      'The shipment planner writes briefs for ocean booking, ISF 10+2 filing and cargo insurance; the ISF brief is never dispatched and the coordinator confirms the shipment ready to load',
    domain: 'US import forwarding, pre-departure compliance',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'PO 88-20417 for Lakeshore Outdoor Co: 1 x 40HC of camping chairs, Cai Mep (VNCMP) → Long Beach, cargo ready 14 Jan 2027, vessel cutoff 17 Jan, loading 18 Jan. Book the ocean freight, get the ISF filed at least 24 h before loading, and place cargo insurance (CIF + 10 %, invoice USD 61,880). Send me one readiness summary.',
    topology: {
      shape: 'fanout',
      planner: 'shipment_planner',
      workers: ['ocean_booker', 'isf_filer', 'insurance_placer'],
      aggregator: 'shipment_coordinator',
    },
    program: { lose: { to: 'isf_filer', prompt: null } },
    agents: [
      {
        name: 'shipment_planner',
        description: 'Splits a new shipment into booking, compliance and insurance tasks',
        instructions: 'Write one brief per desk.',
        replies: [
          {
            plan: {
              ocean_booker:
                'Book 1x40HC VNCMP→USLGB for PO 88-20417 (Lakeshore Outdoor), CRD 14/01, cutoff 17/01, ETD 18/01. Contract rate NVO-2026-LK. Return booking no., vessel/voyage, cutoffs.',
              isf_filer:
                'File ISF 10+2 for PO 88-20417: importer Lakeshore Outdoor Co (IOR 36-4417820), seller/manufacturer Binh Duong Leisure Co, HTS 9401.79.0015, stuffing at Tan Uyen CFS, consolidator ours. Must be accepted by CBP before 17/01 18:00 local (24 h pre-loading). Return ISF transaction no.',
              insurance_placer:
                'Place marine cargo cover for PO 88-20417: invoice USD 61,880, insure CIF + 10 %, ICC (A), warehouse to warehouse Tan Uyen → Lakeshore DC Joliet IL. Return certificate no. and premium.',
            },
          },
        ],
      },
      {
        name: 'ocean_booker',
        description: 'Books ocean freight with carriers',
        instructions: 'Book the container and report the booking.',
        replies: [
          {
            call: 'carrier_booking',
            args: {
              pol: 'VNCMP',
              pod: 'USLGB',
              equipment: '40HC',
              etd: '2027-01-18',
              contract: 'NVO-2026-LK',
            },
            result:
              '{"booking": "EGLV 142700318552", "carrier": "Evergreen", "vessel": "EVER LYRIC 0213-038E", "etd": "2027-01-18", "eta_lgb": "2027-02-09", "cy_cutoff": "2027-01-17T12:00+07:00", "si_cutoff": "2027-01-16T17:00+07:00", "status": "CONFIRMED"}',
          },
          {
            say: 'Booked: **EGLV 142700318552**, EVER LYRIC 0213-038E, ETD 18/01, ETA LGB 09/02. CY cutoff 17/01 12:00, SI cutoff 16/01 17:00 (ICT).',
          },
        ],
      },
      {
        name: 'isf_filer',
        description: 'Files Importer Security Filings with CBP',
        instructions: 'File the ISF and report the transaction number.',
        replies: [
          {
            call: 'ace_isf_submit',
            args: { po: '88-20417', ior: '36-4417820', hts: '9401790015' },
            result: '{"isf_txn": "ISF-27-7731904", "status": "ACCEPTED"}',
          },
          { say: 'ISF ISF-27-7731904 accepted.' },
        ],
      },
      {
        name: 'insurance_placer',
        description: 'Places marine cargo insurance under the open policy',
        instructions: 'Declare the shipment under the open cover and report the certificate.',
        replies: [
          {
            call: 'open_cover_declare',
            args: {
              policy: 'OC-LK-2026',
              insured_value_usd: 68068.0,
              clauses: 'ICC(A)',
              route: 'Tan Uyen-Joliet',
            },
            result:
              'Certificate MC-26-0417-112 issued. Sum insured USD 68,068.00. Premium USD 81.68 (0.12 %). W2W.',
          },
          {
            say: 'Cover placed: certificate MC-26-0417-112, sum insured $68,068.00 (CIF+10 %), ICC (A) W2W, premium $81.68.',
          },
        ],
      },
      {
        name: 'shipment_coordinator',
        description: 'Merges desk results into the shipment readiness summary',
        instructions: 'Write one readiness summary for the customer from the desks’ results.',
        prompt: 'Desk results:\n{input}\n\nCustomer request: {request}',
        replies: [
          {
            say: '## PO 88-20417 — readiness (Lakeshore Outdoor Co)\n| item | status |\n|---|---|\n| ocean booking | EGLV 142700318552, EVER LYRIC 0213-038E, ETD 18/01, ETA LGB 09/02 |\n| cutoffs | SI 16/01 17:00, CY 17/01 12:00 (ICT) |\n| cargo insurance | MC-26-0417-112, USD 68,068.00, ICC (A), premium USD 81.68 |\n\n**All set for loading on 18 Jan.** Supplier to deliver to Tan Uyen CFS by 15/01.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'shipment_planner', to: 'isf_filer' },
      agent: 'shipment_planner',
    },
  }),
  defineScenario({
    id: 'hamburg-bl-draft-cut-off-inside-consignee-block',
    title:
      'The B/L drafter’s shipping instruction draft stops mid-way through the consignee block (no notify party, containers or seals); the documentation lead passes it up as ready and the director submits it',
    domain: 'export documentation, bills of lading',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Export for Brennholt Maschinenbau GmbH: 3 x 40HC of packaging machines, Hamburg → Santos, booking HLCUHAM2701188, SI cutoff Thu 21 Jan 2027 12:00. Consignee to order of Banco Paulista S.A. (L/C 0047-2026-881), notify Embalagens Tietê Ltda. Get the B/L instructions drafted, the certificate of origin issued, sanctions screening done, and submit the SI.',
    topology: {
      shape: 'nested',
      top: 'export_ops_director',
      teams: {
        documentation_lead: ['bl_drafter', 'origin_cert_clerk'],
        compliance_lead: ['sanctions_screener'],
      },
    },
    agents: [
      {
        name: 'export_ops_director',
        description: 'Runs export shipments end to end',
        instructions: 'Get the documents and the compliance check, then submit the shipping instructions.',
        replies: [
          {
            handoff: 'documentation_lead',
            message:
              'HLCUHAM2701188 Brennholt → Santos: SI draft (to order of Banco Paulista per L/C 0047-2026-881, notify Embalagens Tietê), plus certificate of origin. SI cutoff 21/01 12:00.',
          },
          {
            handoff: 'compliance_lead',
            message: 'Screen all parties on HLCUHAM2701188 (shipper, consignee bank, notify, end user).',
          },
          {
            say: 'HLCUHAM2701188: SI submitted to Hapag-Lloyd from the documentation team’s draft, certificate of origin DE-HH-27-004411 issued, all parties screened clear. Draft B/L expected from the carrier within 24 h.',
          },
        ],
      },
      {
        name: 'documentation_lead',
        description: 'Leads the export documentation desk',
        instructions: 'Have the SI drafted and the CoO issued, and report back.',
        replies: [
          {
            handoff: 'bl_drafter',
            message:
              'Draft SI for HLCUHAM2701188: shipper Brennholt Maschinenbau GmbH, consignee TO ORDER OF BANCO PAULISTA S.A. (L/C 0047-2026-881), notify Embalagens Tietê Ltda, 3x40HC, marks and container/seal list from the packing list. L/C asks "freight prepaid" and "clean on board".',
          },
          {
            handoff: 'origin_cert_clerk',
            message: 'Non-preferential CoO for HLCUHAM2701188, 3x40HC packaging machines, origin DE.',
          },
          {
            say: 'HLCUHAM2701188 docs ready: SI draft from bl_drafter attached, CoO DE-HH-27-004411 issued by IHK Hamburg.',
          },
        ],
      },
      {
        name: 'bl_drafter',
        description: 'Drafts shipping instructions and B/L data',
        instructions: 'Produce the complete SI: parties, goods, containers, seals, weights, freight terms.',
        replies: [
          {
            call: 'packing_list',
            args: { booking: 'HLCUHAM2701188' },
            result:
              'PL BRH-PL-2701 | 3 x 40HC\nHLXU 8820411 seal HL-5520193 | 2 machines FLX-900 | 18,420 kg | 61.2 cbm\nHLXU 8820437 seal HL-5520194 | 2 machines FLX-900 | 18,390 kg | 60.8 cbm\nTGHU 7104482 seal HL-5520195 | 1 machine FLX-1200 + spares 14 cs | 21,050 kg | 66.5 cbm\nHS 8422.40 | total 57,860 kg | 188.5 cbm',
          },
          {
            say: 'SHIPPING INSTRUCTION — HLCUHAM2701188\n\nSHIPPER:\nBrennholt Maschinenbau GmbH\nAm Stadtrand 14, 22047 Hamburg, DE\n\nCONSIGNEE:\nTO ORDER OF BANCO PAU',
            cutOff: true,
          },
        ],
      },
      {
        name: 'origin_cert_clerk',
        description: 'Applies for certificates of origin',
        instructions: 'Apply for the CoO and report the number.',
        replies: [
          {
            call: 'ihk_eco_apply',
            args: { booking: 'HLCUHAM2701188', origin: 'DE', hs: '8422.40' },
            result: '{"certificate": "DE-HH-27-004411", "status": "ISSUED", "issued_at": "2027-01-19T10:14"}',
          },
          { say: 'CoO DE-HH-27-004411 issued 19/01 10:14 by IHK Hamburg.' },
        ],
      },
      {
        name: 'compliance_lead',
        description: 'Leads export compliance checks',
        instructions: 'Have the parties screened and report.',
        replies: [
          {
            handoff: 'sanctions_screener',
            message:
              'Screen: Brennholt Maschinenbau GmbH (DE), Banco Paulista S.A. (BR), Embalagens Tietê Ltda (BR).',
          },
          { say: 'All 3 parties screened: no hits (EU, UN, OFAC SDN). Cleared.' },
        ],
      },
      {
        name: 'sanctions_screener',
        description: 'Screens parties against sanctions lists',
        instructions: 'Screen each party and report hits.',
        replies: [
          {
            call: 'screen_parties',
            args: {
              parties: ['Brennholt Maschinenbau GmbH', 'Banco Paulista S.A.', 'Embalagens Tietê Ltda'],
            },
            result:
              '[{"party": "Brennholt Maschinenbau GmbH", "hits": 0}, {"party": "Banco Paulista S.A.", "hits": 0}, {"party": "Embalagens Tietê Ltda", "hits": 0}]',
          },
          { say: '0 hits on 3 parties (EU consolidated, UN, OFAC SDN, 19/01/2027).' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'bl_drafter', to: 'documentation_lead' },
      agent: 'bl_drafter',
    },
  }),
  defineScenario({
    id: 'mold-assist-left-out-of-every-resubmitted-entry',
    title:
      'The entry reviewer returns the draft entry three times because the buyer-supplied molds (USD 18,500 assist) are missing from the transaction value; the preparer sends back the same figures each round',
    domain: 'US customs entry preparation, valuation',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Prepare the type 01 entry for Corvane Appliances Inc., 2 x 40HC of ABS appliance housings from Dongguan, arrived Savannah 22 Jan 2027, invoice DG-2611-094 USD 412,300.00 FOB Yantian. Corvane supplied the injection molds to the factory free of charge (value USD 18,500, amortised on this first shipment). HTS 3926.90.9989 at 5.3 %. Get it reviewed and filed in ACE.',
    topology: {
      shape: 'pipeline',
      order: ['entry_preparer', 'entry_reviewer', 'ace_filer'],
      loop: { from: 'entry_reviewer', to: 'entry_preparer', while: 'RETURNED', max: 3 },
    },
    agents: [
      {
        name: 'entry_preparer',
        description: 'Prepares CBP entry drafts',
        instructions: 'Prepare the entry, or correct it per the reviewer’s comments.',
        prompt: 'Input (client request or reviewer comments):\n{input}\n\nClient file: {request}',
        replies: [
          {
            say: 'Draft entry 7501 — Corvane Appliances, SAV\n| line | HTS | value (USD) | rate | duty |\n|---|---|---|---|---|\n| 1 | 3926.90.9989 | 412,300.00 | 5.3 % | 21,851.90 |\nMPF 0.3464 %: 528.33 (capped) · HMF 0.125 %: 515.38\nTotal duties & fees USD 22,895.61',
          },
          {
            say: 'Draft entry 7501 (rev. 1) — Corvane Appliances, SAV\n| line | HTS | value (USD) | rate | duty |\n|---|---|---|---|---|\n| 1 | 3926.90.9989 | 412,300.00 | 5.3 % | 21,851.90 |\nMPF 0.3464 %: 528.33 (capped) · HMF 0.125 %: 515.38\nTotal duties & fees USD 22,895.61',
          },
          {
            say: 'Draft entry 7501 (rev. 2) — Corvane Appliances, SAV\n| line | HTS | value (USD) | rate | duty |\n|---|---|---|---|---|\n| 1 | 3926.90.9989 | 412,300.00 | 5.3 % | 21,851.90 |\nMPF 0.3464 %: 528.33 (capped) · HMF 0.125 %: 515.38\nTotal duties & fees USD 22,895.61',
          },
        ],
      },
      {
        name: 'entry_reviewer',
        description: 'Licensed broker who reviews entries before filing',
        instructions: 'Answer "CLEARED TO FILE: <summary>" or "RETURNED: <what to fix>".',
        prompt: 'Draft for review:\n{input}',
        replies: [
          {
            say: 'RETURNED: the molds Corvane supplied free of charge are an assist under 19 CFR 152.102(a)(1)(ii); the full USD 18,500 must be added to the entered value on this shipment → USD 430,800.00, duty 22,832.40. HMF moves too.',
          },
          {
            say: 'RETURNED: rev. 1 still shows USD 412,300.00. Add the USD 18,500 assist (molds) to line 1 and recompute duty and HMF.',
          },
          {
            say: 'RETURNED: rev. 2 is identical to rev. 1 — entered value 412,300.00, no assist. I cannot sign this.',
          },
        ],
      },
      {
        name: 'ace_filer',
        description: 'Transmits approved entries to ACE',
        instructions: 'File cleared entries; report anything not cleared.',
        prompt: 'Review outcome:\n{input}',
        replies: [
          {
            say: 'Not transmitted. Corvane entry (SAV, arrived 22/01) is still failing review after 3 rounds over the undeclared mold assist. Entry is due within 15 days of arrival — flagged to the compliance manager, GO risk if not filed by 05/02.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'entry_preparer', to: 'entry_reviewer' },
      agent: 'entry_preparer',
    },
  }),
  defineScenario({
    id: 'ridgeline-tender-decline-passed-on-as-award',
    title:
      'The load tenderer’s EDI tender to Ridgeline Freight comes back declined (990, no capacity); it tells the appointment agent the load is covered and the dock appointment is booked for a truck that is not coming',
    domain: 'truckload carrier tendering',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Load LD-270126-044 for Marlow Beverages: 22 pallets, 41,800 lb, Fort Worth plant → Shreveport DC, pickup Tue 26 Jan 2027 08:00. Tender to Ridgeline Freight on the contract rate, then book the Shreveport receiving appointment and confirm to me.',
    topology: {
      shape: 'swarm',
      entry: 'load_tenderer',
      agents: ['load_tenderer', 'dock_appointment_agent'],
    },
    agents: [
      {
        name: 'load_tenderer',
        description: 'Tenders truckload freight to contract carriers',
        instructions:
          'Tender the load, then transfer to the dock appointment agent with the carrier details.',
        replies: [
          {
            call: 'edi_204_tender',
            args: { load: 'LD-270126-044', scac: 'RDGF', rate_usd: 1285, pickup: '2027-01-26T08:00' },
            result: {
              error:
                'EDI 990 received 2027-01-25 14:07 CST from RDGF: response D (DECLINED) for LD-270126-044, reason code CAP "no power available Fort Worth 01/26". Tender closed; load status UNCOVERED.',
            },
          },
          {
            handoff: 'dock_appointment_agent',
            message:
              'LD-270126-044 covered by Ridgeline Freight (RDGF) at $1,285, PU Fort Worth 26/01 08:00, 22 plt / 41,800 lb. Please book Shreveport receiving for the afternoon of the 26th and confirm.',
          },
        ],
      },
      {
        name: 'dock_appointment_agent',
        description: 'Books receiving appointments at distribution centres',
        instructions: 'Book the receiving appointment for the covered load and confirm to the requester.',
        replies: [
          {
            call: 'book_receiving',
            args: {
              dc: 'SHV-01',
              load: 'LD-270126-044',
              carrier: 'RDGF',
              date: '2027-01-26',
              window: '14:00-15:00',
            },
            result:
              '{"appointment": "SHV-A-117402", "door": 7, "date": "2027-01-26", "window": "14:00-15:00", "carrier": "RDGF"}',
          },
          {
            say: '✅ LD-270126-044 set: Ridgeline Freight (RDGF) at $1,285, pickup Fort Worth Tue 26/01 08:00; Shreveport DC appointment **SHV-A-117402**, door 7, 14:00–15:00 the same day.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'load_tenderer', to: 'dock_appointment_agent' },
      agent: 'load_tenderer',
    },
  }),
  defineScenario({
    id: 'rotterdam-demurrage-audit-counted-in-calendar-days',
    title:
      'The D&D audit planner tells the demurrage auditor the service contract gives 7 working days free (weekends and Dutch holidays excluded); the auditor counts calendar days and finds the invoice correct',
    domain: 'demurrage and detention invoice audit',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Audit the Maersk D&D invoices for Kelderman Foods on B/L MAEU 241886530 (4 x 40RH, Rotterdam APM Maasvlakte II, discharged Thu 24 Dec 2026, gated out Tue 5 Jan 2027, empties returned Mon 11 Jan). Contract 299-NL-KF-2026: demurrage 7 free **working** days (Mon–Fri, excluding NL public holidays), detention 5 calendar days. Dispute anything over-billed before the 30-day window closes.',
    topology: {
      shape: 'fanout',
      planner: 'dd_audit_planner',
      workers: ['demurrage_auditor', 'detention_auditor'],
      aggregator: 'dispute_writer',
    },
    agents: [
      {
        name: 'dd_audit_planner',
        description: 'Splits demurrage and detention audits',
        instructions: 'One brief per auditor, with the contract terms each needs.',
        replies: [
          {
            plan: {
              demurrage_auditor:
                'Invoice 7330418822 (demurrage) for MAEU 241886530, 4 x 40RH, APM MVII. Free time per contract 299-NL-KF-2026: **7 working days** — count Mon–Fri only and skip NL public holidays (25 & 26 Dec, 1 Jan). Discharge 24/12/2026, gate-out 05/01/2027. Tell me the correct chargeable days and the amount over-billed, if any.',
              detention_auditor:
                'Invoice 7330418839 (detention) for MAEU 241886530, 4 x 40RH. Free time 5 calendar days from gate-out 05/01/2027, empty return 11/01/2027. Check chargeable days and amount.',
            },
          },
        ],
      },
      {
        name: 'demurrage_auditor',
        description: 'Audits terminal demurrage invoices',
        instructions: 'Recount free time and chargeable days per the brief and compare with the invoice.',
        replies: [
          {
            call: 'invoice_detail',
            args: { invoice: '7330418822' },
            result:
              '{"invoice": "7330418822", "bl": "MAEU241886530", "units": 4, "type": "40RH", "from": "2026-12-24", "to": "2027-01-05", "free_days": 7, "free_basis": "calendar", "chargeable_days": 6, "tariff": [{"days": "1-5", "eur_per_day": 95.0}, {"days": "6+", "eur_per_day": 165.0}], "total_eur": 2560.00}',
          },
          {
            call: 'count_days',
            args: { start: '2026-12-24', end: '2027-01-05', free: 7, basis: 'calendar' },
            result:
              '{"elapsed_days": 13, "free_until": "2026-12-30", "chargeable_days": 6, "amount_eur_per_unit": 640.0}',
          },
          {
            say: 'Demurrage 7330418822 checks out: 13 days on terminal (24/12–05/01), 7 free to 30/12, 6 chargeable. 5 × €95 + 1 × €165 = €640/unit × 4 = **€2,560.00 — as invoiced**, nothing to dispute.',
          },
        ],
      },
      {
        name: 'detention_auditor',
        description: 'Audits carrier detention invoices',
        instructions: 'Recount detention days and compare with the invoice.',
        replies: [
          {
            call: 'invoice_detail',
            args: { invoice: '7330418839' },
            result:
              '{"invoice": "7330418839", "units": 4, "from": "2027-01-05", "to": "2027-01-11", "free_days": 5, "chargeable_days": 3, "eur_per_day": 75.0, "total_eur": 900.00}',
          },
          {
            say: 'Detention 7330418839: 05/01→11/01 is 7 days inclusive, 5 free, **2 chargeable**, not 3. Correct €150/unit × 4 = €600; over-billed **€300.00**.',
          },
        ],
      },
      {
        name: 'dispute_writer',
        description: 'Writes D&D disputes to carriers',
        instructions: 'Write the dispute for every over-billed invoice and summarise the audit.',
        prompt: 'Audit findings:\n{input}',
        replies: [
          {
            say: 'To: Maersk D&D Disputes (NL)\nRe: B/L MAEU 241886530 — Kelderman Foods\n\n- Invoice 7330418822 (demurrage, EUR 2,560.00): accepted, no dispute.\n- Invoice 7330418839 (detention, EUR 900.00): **disputed** — 2 chargeable days, not 3, per contract 299-NL-KF-2026. Please issue a credit note for EUR 300.00.\n\nAudit total: EUR 3,160.00 payable after credit.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'dd_audit_planner', to: 'demurrage_auditor' },
      agent: 'demurrage_auditor',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'led-panel-landed-cost-repriced-after-301-exclusion-lapse',
    title:
      'The ruling researcher finds the Section 301 exclusion on the LED panels lapsed on 31 Dec 2026 (25 % now applies); the router briefs the landed-cost estimator with 25 % and the quote uses it',
    domain: 'US customs brokerage, landed cost quoting',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: an additional-duty rate superseded mid-run; the router forwards the new rate and the old 0 % is only cited as expired',
    request:
      'Landed cost per unit for Brightwell Lighting: 1,600 LED flat panels (HTS 9405.42.8440) from Xiamen, FOB USD 96,400.00, ocean USD 4,850 to Oakland, entry planned 2 Feb 2027. Last year we ran these under the Section 301 exclusion 9903.88.69 (0 % extra). Please confirm the rates and give me the number.',
    topology: {
      shape: 'network',
      coordinator: 'customs_router',
      workers: ['ruling_researcher', 'landed_cost_estimator'],
    },
    agents: [
      {
        name: 'customs_router',
        description: 'Routes customs quoting work and answers the client',
        instructions: 'Have the duty rates confirmed, then the landed cost computed, then answer.',
        replies: [
          {
            handoff: 'ruling_researcher',
            message:
              'HTS 9405.42.8440, origin CN, entry 02/02/2027: MFN rate and Section 301 status — is exclusion 9903.88.69 still usable?',
          },
          {
            handoff: 'landed_cost_estimator',
            message:
              'Landed cost, 1,600 LED panels, HTS 9405.42.8440, FOB USD 96,400.00, ocean USD 4,850. Duty: MFN 3.9 % **plus Section 301 List 3 at 25 % (9903.88.03)** — the 9903.88.69 exclusion ended 31/12/2026, so do not use 0 %. MPF/HMF standard.',
          },
          {
            say: '**Brightwell LED panels — landed cost (entry 2 Feb 2027)**\n\n| item | USD |\n|---|---|\n| FOB | 96,400.00 |\n| ocean | 4,850.00 |\n| MFN 3.9 % | 3,759.60 |\n| Section 301, 25 % | 24,100.00 |\n| MPF + HMF | 454.43 |\n| **total** | **129,564.03** |\n\n≈ **USD 80.98 per panel**. Note: the 301 exclusion you used last year expired on 31/12/2026, which adds about USD 15.06 per unit.',
          },
        ],
      },
      {
        name: 'ruling_researcher',
        description: 'Researches tariff rates, rulings and trade-remedy measures',
        instructions: 'Report the rates that apply on the entry date, with sources.',
        replies: [
          {
            call: 'hts_rate_lookup',
            args: { hts: '9405428440', origin: 'CN', entry_date: '2027-02-02' },
            result:
              'HTS 9405.42.84.40 | general 3.9 %\nChapter 99: 9903.88.03 (List 3) +25 % applies\n9903.88.69 exclusion: EXPIRED 2026-12-31 (USTR notice 91 FR 60214, not extended)\nAD/CVD: none',
          },
          {
            say: 'For entry 02/02/2027: MFN **3.9 %**; Section 301 List 3 **+25 %** (9903.88.03). The 9903.88.69 exclusion expired 31/12/2026 and was not extended, so 0 % no longer applies. No AD/CVD.',
          },
        ],
      },
      {
        name: 'landed_cost_estimator',
        description: 'Computes duties, fees and landed cost',
        instructions: 'Compute landed cost with the rates given.',
        replies: [
          {
            call: 'landed_cost',
            args: { fob_usd: 96400, freight_usd: 4850, mfn_pct: 3.9, s301_pct: 25, units: 1600 },
            result:
              '{"mfn_usd": 3759.60, "s301_usd": 24100.00, "mpf_usd": 333.93, "hmf_usd": 120.50, "landed_total_usd": 129564.03, "per_unit_usd": 80.98}',
          },
          {
            say: 'MFN $3,759.60, 301 $24,100.00, MPF $333.93, HMF $120.50 → landed **$129,564.03**, $80.98/unit.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'bonded-wine-release-resubmitted-after-cds-timeout',
    title:
      'The release clerk’s first CDS declaration times out; it resubmits, gets an MRN and reports the retry openly before the stock is drawn down',
    domain: 'bonded warehouse release to free circulation',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: a tool error that was followed by a successful retry and reported as such, not swallowed',
    request:
      'Please release 120 cases of Rioja (Bodegas Almarza Reserva 2019, 6 x 75cl, 14 %) from our bonded stock at Tilbury (warehouse GBCW-0318) to duty-paid for Ellery Wine Merchants, delivery Thursday 28 Jan 2027. Pay the excise and VAT from their deferment account and confirm the stock balance.',
    topology: {
      shape: 'supervisor',
      coordinator: 'warehouse_supervisor',
      workers: ['release_clerk', 'inventory_auditor'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'warehouse_supervisor',
        description: 'Supervises the bonded warehouse desk',
        instructions: 'Have the release declared, the stock reconciled, then confirm to the client.',
        replies: [
          {
            handoff: 'release_clerk',
            message:
              'Release 120 cs Almarza Reserva 2019 (6x75cl, 14 %) ex GBCW-0318 to free circulation for Ellery Wine Merchants, DAN 7719402. Report MRN, excise and VAT.',
          },
          {
            handoff: 'inventory_auditor',
            message:
              'Draw down 120 cs Almarza Reserva 2019 against the release MRN and confirm the remaining bond balance.',
          },
          {
            say: 'Released ✅ 120 cases Almarza Reserva 2019 for Ellery Wine Merchants — MRN 27GB4L9X20C0018821 (accepted on the second submission after a CDS timeout at 09:12; no duplicate lodged). Excise £1,556.28 and import VAT £1,251.26 charged to DAN 7719402. Bond balance now 380 cases. Ready for Thursday’s delivery.',
          },
        ],
      },
      {
        name: 'release_clerk',
        description: 'Lodges release declarations in CDS',
        instructions:
          'Lodge the declaration; if it fails, check for duplicates, retry and report what happened.',
        replies: [
          {
            call: 'cds_submit_release',
            args: { warehouse: 'GBCW-0318', cases: 120, dan: '7719402', product: 'ALM-RES-19' },
            result: {
              error: 'CDS gateway HTTP 504 Gateway Timeout at 09:12:41 (no LRN acknowledgement received)',
            },
          },
          {
            call: 'cds_query_lrn',
            args: { warehouse: 'GBCW-0318', product: 'ALM-RES-19', cases: 120, dan: '7719402' },
            result: '{"matches": 0, "note": "no declaration recorded for this LRN window 09:10-09:15"}',
          },
          {
            call: 'cds_submit_release',
            args: { warehouse: 'GBCW-0318', cases: 120, dan: '7719402', product: 'ALM-RES-19' },
            result:
              '{"mrn": "27GB4L9X20C0018821", "status": "ACCEPTED", "accepted_at": "2027-01-26T09:16:05Z", "excise_gbp": 1556.28, "vat_gbp": 1251.26, "charged_to_dan": "7719402"}',
          },
          {
            say: 'First lodgement hit a CDS 504 at 09:12 with no acknowledgement; I queried the window (nothing recorded, so no duplicate) and resubmitted. **MRN 27GB4L9X20C0018821 accepted 09:16.** Excise £1,556.28, VAT £1,251.26, both on DAN 7719402.',
          },
        ],
      },
      {
        name: 'inventory_auditor',
        description: 'Keeps the bonded stock record',
        instructions: 'Draw down stock against the release and report the balance.',
        replies: [
          {
            call: 'stock_drawdown',
            args: { warehouse: 'GBCW-0318', product: 'ALM-RES-19', cases: 120, mrn: '27GB4L9X20C0018821' },
            result:
              'ALM-RES-19 | before 500 cs | released 120 cs | after 380 cs | ref MRN 27GB4L9X20C0018821 | OK',
          },
          { say: 'Stock drawn down: 500 → 380 cases ALM-RES-19, linked to MRN 27GB4L9X20C0018821.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'santos-vgm-mismatch-fixed-on-second-draft',
    title:
      'The document checker sends the SI back once because the declared gross weight disagrees with the weighbridge VGM; the preparer corrects it and the second draft is cleared and submitted',
    domain: 'export documentation, VGM and shipping instructions',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: one revise round that actually changes the draft (new weight), then approval and submission',
    request:
      'Submit the shipping instruction for booking MSKU-BK-558120 (1 x 40HC, Felixstowe → Santos, ETD 29 Jan 2027) for Harwood Agritech Ltd: 18 pallets of irrigation controllers. Make sure the gross weight matches the VGM before it goes to Maersk.',
    topology: {
      shape: 'pipeline',
      order: ['doc_preparer', 'doc_checker', 'carrier_submitter'],
      loop: { from: 'doc_checker', to: 'doc_preparer', while: 'AMEND', max: 3 },
    },
    agents: [
      {
        name: 'doc_preparer',
        description: 'Prepares shipping instructions',
        instructions: 'Prepare the SI, or amend it per the checker’s notes.',
        prompt: 'Task or checker notes:\n{input}\n\nBooking: {request}',
        replies: [
          {
            call: 'packing_list_fetch',
            args: { booking: 'MSKU-BK-558120' },
            result:
              'PL HW-2701-18 | MRKU 4471093 seal ML-GB-881204 | 18 plt | net 19,240 kg | gross 23,810 kg | 58.4 cbm | HS 8537.10',
          },
          {
            say: 'SI draft v1 — MSKU-BK-558120\n- container MRKU 4471093, seal ML-GB-881204\n- 18 pallets irrigation controllers, HS 8537.10\n- gross weight **23,810 kg**, 58.4 cbm\n- shipper Harwood Agritech Ltd, consignee Irriga Sul Comércio Ltda, freight prepaid',
          },
          {
            say: 'SI draft v2 — MSKU-BK-558120\n- container MRKU 4471093, seal ML-GB-881204\n- 18 pallets irrigation controllers, HS 8537.10\n- cargo gross weight **20,430 kg** (VGM 24,180 kg incl. tare 3,750 kg, weighbridge FXT-WB2 ticket 77120)\n- 58.4 cbm\n- shipper Harwood Agritech Ltd, consignee Irriga Sul Comércio Ltda, freight prepaid',
          },
        ],
      },
      {
        name: 'doc_checker',
        description: 'Checks SIs against VGM and booking data',
        instructions: 'Reply "CLEARED: <summary>" or "AMEND: <what to change>".',
        prompt: 'SI to check:\n{input}',
        replies: [
          {
            call: 'vgm_lookup',
            args: { container: 'MRKU4471093' },
            result:
              '{"container": "MRKU4471093", "vgm_kg": 24180, "method": 1, "ticket": "FXT-WB2-77120", "tare_kg": 3750, "cargo_gross_implied_kg": 20430}',
          },
          {
            say: 'AMEND: SI gross 23,810 kg does not reconcile with the VGM. Weighbridge ticket 77120 gives VGM 24,180 kg with tare 3,750 → cargo gross 20,430 kg. The packing-list gross double-counts the pallet wraps; declare 20,430 kg and quote the VGM.',
          },
          {
            say: 'CLEARED: v2 cargo gross 20,430 kg + tare 3,750 = VGM 24,180 kg (ticket 77120). Seal, HS and parties match the booking.',
          },
        ],
      },
      {
        name: 'carrier_submitter',
        description: 'Submits cleared SIs to the carrier portal',
        instructions: 'Submit cleared SIs and report the confirmation.',
        prompt: 'Checker outcome:\n{input}\n\nBooking: {request}',
        replies: [
          {
            call: 'carrier_si_submit',
            args: { booking: 'MSKU-BK-558120', cargo_gross_kg: 20430, vgm_kg: 24180 },
            result: 'SI accepted by Maersk 2027-01-26 15:41 UTC, ref SI-558120-01, draft B/L due 27/01.',
          },
          {
            say: 'SI for MSKU-BK-558120 submitted and accepted (SI-558120-01): cargo gross 20,430 kg, VGM 24,180 kg. Draft B/L expected 27 Jan.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'memphis-wave-plan-returns-lane-idle-tonight',
    title:
      'The wave planner sends briefs to the inbound, outbound and returns lane checkers; the returns checker finds no RTV trailers tonight and the shift brief says so',
    domain: 'cross-dock wave planning',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message / unused branch: a worker that ran and reported nothing pending, carried into the final brief as such',
    request:
      'Memphis cross-dock, Wed 27 Jan 2027 night shift: build the wave brief — inbound unload order, outbound departure waves, and any returns-to-vendor trailers to stage. Shift lead needs it by 20:30.',
    topology: {
      shape: 'fanout',
      planner: 'wave_planner',
      workers: ['inbound_lane_checker', 'outbound_lane_checker', 'returns_lane_checker'],
      aggregator: 'shift_brief_writer',
    },
    agents: [
      {
        name: 'wave_planner',
        description: 'Plans the night waves at the cross-dock',
        instructions: 'Write one brief per lane checker.',
        replies: [
          {
            plan: {
              inbound_lane_checker:
                'MEM-XD 27/01 night: list inbound trailers with ETA and pallet counts, propose unload order (hot freight first).',
              outbound_lane_checker:
                'MEM-XD 27/01 night: outbound routes, departure times, trailers assigned; group into waves.',
              returns_lane_checker:
                'MEM-XD 27/01 night: any RTV trailers to build or stage tonight? Vendor, pallets, pickup time.',
            },
          },
        ],
      },
      {
        name: 'inbound_lane_checker',
        description: 'Checks inbound yard and appointments',
        instructions: 'Report inbound trailers and an unload order.',
        replies: [
          {
            call: 'inbound_appointments',
            args: { site: 'MEM-XD', date: '2027-01-27', shift: 'night' },
            result:
              'appt | trailer | pallets | hot\n21:00 | SWF-20911 | 26 | Y\n21:30 | KNX-44120 | 24 | N\n22:15 | SWF-20937 | 22 | Y\n23:00 | HRT-7710 | 30 | N',
          },
          {
            say: 'Inbound: 4 trailers, 102 plt. Unload order: SWF-20911 (hot), SWF-20937 (hot), KNX-44120, HRT-7710.',
          },
        ],
      },
      {
        name: 'outbound_lane_checker',
        description: 'Checks outbound routes and departures',
        instructions: 'Report outbound departures grouped in waves.',
        replies: [
          {
            call: 'outbound_routes',
            args: { site: 'MEM-XD', date: '2027-01-27' },
            result:
              '[{"route": "M1", "depart": "02:00", "trailer": "53-1182"}, {"route": "M2", "depart": "02:30", "trailer": "53-1190"}, {"route": "M3", "depart": "04:00", "trailer": "53-1204"}, {"route": "M4", "depart": "04:15", "trailer": "53-1211"}]',
          },
          {
            say: 'Outbound: wave A M1 02:00 / M2 02:30 (53-1182, 53-1190); wave B M3 04:00 / M4 04:15 (53-1204, 53-1211).',
          },
        ],
      },
      {
        name: 'returns_lane_checker',
        description: 'Checks returns-to-vendor staging',
        instructions: 'Report RTV trailers to build or stage.',
        replies: [
          {
            call: 'rtv_queue',
            args: { site: 'MEM-XD', date: '2027-01-27' },
            result:
              '{"site": "MEM-XD", "rtv_open": 0, "next_scheduled": {"vendor": "Glenrock Home", "pallets": 6, "pickup": "2027-01-29T10:00"}}',
          },
          {
            say: 'No RTV work tonight: 0 open. Next one is Glenrock Home, 6 plt, pickup Fri 29/01 10:00 — day shift.',
          },
        ],
      },
      {
        name: 'shift_brief_writer',
        description: 'Writes the shift lead’s wave brief',
        instructions: 'Merge the lane reports into one brief.',
        prompt: 'Lane reports:\n{input}',
        replies: [
          {
            say: '## MEM-XD night 27/01 — wave brief\n**Inbound (102 plt):** SWF-20911 ★, SWF-20937 ★, KNX-44120, HRT-7710\n**Outbound:** wave A 02:00/02:30 (M1, M2) · wave B 04:00/04:15 (M3, M4)\n**Returns:** nothing to stage tonight (0 RTV open); Glenrock Home 6 plt is Fri 29/01 day shift.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'pinecrest-backup-awarded-within-brief-ceiling',
    title:
      'The freight buyer tells the tender agent to go to Coastline first and, if declined, to Pinecrest at no more than $2,450; Coastline declines and the load goes to Pinecrest at $2,380',
    domain: 'truckload carrier tendering, routing guide',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: the awarded carrier differs from the primary named in the request, but the brief’s own fallback rule allowed it',
    request:
      'Cover load KV-0128-17 for Kessner Paper: Appleton WI → Joliet IL, 24 pallets, pickup Thu 28 Jan 2027 07:00. Primary carrier Coastline Transport at contract $2,310; if they pass, use our backup Pinecrest Carriers but not above $2,450 all-in. Tell me who has it.',
    topology: {
      shape: 'supervisor',
      coordinator: 'freight_buyer',
      workers: ['spot_rate_analyst', 'tender_agent'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'freight_buyer',
        description: 'Buys truckload capacity for shippers',
        instructions: 'Check the market, tender per the routing guide, and report the award.',
        replies: [
          {
            handoff: 'spot_rate_analyst',
            message:
              'Market check Appleton WI → Joliet IL dry van for 28/01: spot range and tender rejection rate.',
          },
          {
            handoff: 'tender_agent',
            message:
              'Tender KV-0128-17 (Appleton → Joliet, 24 plt, PU 28/01 07:00). Step 1: Coastline Transport at $2,310 contract. Step 2 only if Coastline declines: Pinecrest Carriers, ceiling $2,450 all-in. Do not go above the ceiling; come back to me if both fail.',
          },
          {
            say: 'KV-0128-17 is covered: **Pinecrest Carriers, $2,380 all-in**, pickup Thu 28 Jan 07:00. Coastline declined (no driver in Appleton that day). $70 under your $2,450 ceiling; spot market is $2,520–2,760.',
          },
        ],
      },
      {
        name: 'spot_rate_analyst',
        description: 'Reads spot-market rates',
        instructions: 'Report spot rates for the lane.',
        replies: [
          {
            call: 'lane_market',
            args: { origin: 'Appleton, WI', dest: 'Joliet, IL', equipment: 'V', date: '2027-01-28' },
            result:
              '{"spot_low": 2520, "spot_high": 2760, "contract_avg": 2335, "tender_rejection_pct": 11.4}',
          },
          { say: 'Spot $2,520–$2,760 all-in; contract avg $2,335; tender rejections 11.4 % on the lane.' },
        ],
      },
      {
        name: 'tender_agent',
        description: 'Tenders loads to carriers',
        instructions: 'Tender per the routing guide steps in the brief.',
        replies: [
          {
            call: 'tender_load',
            args: { load: 'KV-0128-17', carrier: 'Coastline Transport', rate_usd: 2310 },
            result:
              '{"carrier": "Coastline Transport", "response": "DECLINED", "reason": "no driver available Appleton 01/28", "at": "2027-01-26T10:22"}',
          },
          {
            call: 'tender_load',
            args: { load: 'KV-0128-17', carrier: 'Pinecrest Carriers', rate_usd: 2380 },
            result:
              '{"carrier": "Pinecrest Carriers", "response": "ACCEPTED", "rate_usd": 2380, "confirmation": "PC-889104", "at": "2027-01-26T10:41"}',
          },
          {
            say: 'Coastline declined at 10:22 (no driver). Went to step 2: Pinecrest accepted at **$2,380** all-in (conf PC-889104), within the $2,450 ceiling.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'isf-status-answered-in-one-line-with-every-field',
    title:
      'The client desk hands a shipper’s ISF status question to the ISF checker, whose very short reply still gives transaction, acceptance time, bond and hold status',
    domain: 'customs brokerage client service',
    mast: ['FM-2.4'],
    nearMissOf: 'low_quality_output: a terse final answer that is nevertheless complete for what was asked',
    request:
      'Hi — is the ISF for our container TCNU 6612047 (B/L COSU6401187720, Yantian → LA, loads 30 Jan 2027) accepted yet? Need the transaction number, when it was accepted, whether the continuous bond is attached, and whether there is any hold. — Dana, Westgate Furnishings',
    topology: {
      shape: 'swarm',
      entry: 'client_desk',
      agents: ['client_desk', 'isf_checker'],
    },
    agents: [
      {
        name: 'client_desk',
        description: 'First contact for brokerage clients',
        instructions: 'Identify the shipment and transfer status questions to the right specialist.',
        replies: [
          {
            call: 'find_shipment',
            args: { bl: 'COSU6401187720' },
            result:
              '{"client": "Westgate Furnishings", "file": "WF-27-0091", "container": "TCNU6612047", "pol": "CNYTN", "pod": "USLAX", "etd": "2027-01-30"}',
          },
          {
            handoff: 'isf_checker',
            message:
              'Westgate Furnishings, file WF-27-0091, B/L COSU6401187720 / TCNU 6612047. Client wants ISF txn no., acceptance time, bond status and any hold.',
          },
        ],
      },
      {
        name: 'isf_checker',
        description: 'Checks ISF filings and CBP responses',
        instructions: 'Answer the client with exactly the ISF facts they asked for.',
        replies: [
          {
            call: 'isf_status',
            args: { bl: 'COSU6401187720' },
            result:
              '{"isf_txn": "ISF-27-4408127", "status": "ACCEPTED", "accepted_at": "2027-01-27T03:18:44-08:00", "bond": {"type": "continuous", "number": "27-0419-88", "linked": true}, "holds": [], "elements": "10/10"}',
          },
          {
            say: 'Dana — ISF-27-4408127 accepted 27 Jan 03:18 PT (10/10 elements), continuous bond 27-0419-88 attached, no holds.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch68Scenarios = [...faults, ...healthy];
