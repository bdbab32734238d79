import { defineScenario } from '../scenario.ts';

// Blind batch 28: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'ethics-amendment-polite-clarification-loop',
    title:
      'The protocol drafter and the ethics reviewer trade polite clarification requests for three rounds; the drafter resends the unchanged v1 each time and no decision is reached',
    domain: 'university research ethics committee',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Amendment AM-03 to study ERC-2026-1187 (Dr P. Nwosu, "Sleep and screen use in Year 9 pupils"): add a wrist actigraphy sub-study, 40 pupils, 14 nights each. Committee meets Wed 13 Jan 2027; we need the reviewer’s decision in the pack by Mon 11 Jan.',
    topology: {
      shape: 'pipeline',
      order: ['protocol_drafter', 'ethics_reviewer', 'committee_secretary'],
      loop: { from: 'ethics_reviewer', to: 'protocol_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'protocol_drafter',
        description: 'Drafts protocol amendments for the research team',
        instructions:
          'Draft the amendment, and rework it after the reviewer’s notes so that each note is addressed in the text.',
        prompt: 'Amendment / reviewer notes:\n{input}\n\nStudy: {request}',
        replies: [
          {
            say: 'AM-03 v1 (ERC-2026-1187)\n- Sub-study: GENEActiv wrist actigraphy, n=40 (Year 9, two schools: Hollins Park, St Aidan’s), 14 consecutive nights, worn non-dominant wrist.\n- Consent: parental opt-in + pupil assent (form PIS-A3 v1.2).\n- Data: raw accelerometry uploaded to the university OneDrive, pseudonymised IDs SS-001..SS-040.\n- Risks: minimal; skin irritation → remove device.\n- Budget: 40 devices on loan from Sleep Lab, £0.',
          },
          {
            say: 'Many thanks for the helpful notes! Before I change anything, could you confirm which retention period the committee would prefer for the raw accelerometry files? I have kept AM-03 v1 as it stands for now:\n- GENEActiv, n=40, 14 nights, non-dominant wrist\n- parental opt-in + assent PIS-A3 v1.2\n- raw data on OneDrive, IDs SS-001..SS-040.',
          },
          {
            say: 'Thank you again, that is really kind. Just so I get it right first time: would the committee want the retention period stated in the PIS as well, or only in the DMP? AM-03 v1 unchanged below:\n- GENEActiv, n=40, 14 nights\n- opt-in + assent PIS-A3 v1.2\n- raw data OneDrive, SS-001..SS-040.',
          },
        ],
      },
      {
        name: 'ethics_reviewer',
        description: 'Lead reviewer for the university research ethics committee',
        instructions:
          'Review the amendment. Answer "APPROVED: <summary>" or "REVISE: <notes>". Do not write the amendment for the applicant.',
        prompt: 'Amendment for review:\n{input}',
        replies: [
          {
            say: 'REVISE: Thanks, nicely laid out. Two points: (1) state a retention period for raw accelerometry and where it is stored (OneDrive is not an approved store for identifiable research data - use the RDS, policy RDM-4.2); (2) add a withdrawal route for pupils who want to stop mid-way.',
          },
          {
            say: 'REVISE: Happy to help! The committee does not set a period for you - please propose one in line with RDM-4.2 (typical is 10 years after publication) and move storage to RDS. The withdrawal route is still missing too.',
          },
          {
            say: 'REVISE: Of course - both the PIS and the DMP, please. And as before: storage to RDS and a withdrawal route. Thank you!',
          },
        ],
      },
      {
        name: 'committee_secretary',
        description: 'Prepares the committee meeting pack',
        instructions: 'Put the reviewer’s decision on the amendment into the meeting pack.',
        prompt: 'Latest reviewer outcome:\n{input}',
        replies: [
          {
            say: 'Pack item 7, ERC-2026-1187 AM-03 (Nwosu): no reviewer decision - after 3 review rounds v1 is unchanged and the reviewer’s notes (retention, RDS storage, withdrawal route) are still open. Item deferred to the 10 Feb 2027 meeting.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'protocol_drafter', to: 'ethics_reviewer' },
      agent: 'protocol_drafter',
    },
  }),
  defineScenario({
    id: 'window-cleaning-pavement-licence-lookup-timeout-read-as-none',
    title:
      'The permit checker’s council licence lookup times out; it reports "0 licences required" and the supervisor books the cradle drop on a public pavement',
    domain: 'window cleaning contracts',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Contract WC-4471, Albion House, 212 Kingsway (11 floors, glass curtain wall, street elevation over the public pavement). Quarterly clean Tue 19 Jan 2027 with the BMU cradle on the street side, rope access on the rear. Please confirm the job is good to go with all permits.',
    topology: {
      shape: 'supervisor',
      coordinator: 'contracts_supervisor',
      workers: ['permit_checker', 'crew_scheduler'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'contracts_supervisor',
        description: 'Supervisor for commercial window cleaning contracts',
        instructions: 'Check permits, schedule the crew, and confirm the job to the client.',
        replies: [
          {
            handoff: 'permit_checker',
            message:
              'WC-4471 Albion House 212 Kingsway, Tue 19/01. BMU cradle over the public footway (street elevation, approx 38 m run) 07:00-15:00. Check whether we need a pavement/hoarding licence from the council and whether one is in place.',
          },
          {
            handoff: 'crew_scheduler',
            message:
              'Book crew for WC-4471 Tue 19/01: 2 x IPAF BMU operatives street side, 2 x IRATA L2 + 1 L3 rear. Van VN-07.',
          },
          {
            say: 'WC-4471 confirmed for Tue 19 Jan 2027 ✅\n| item | status |\n|---|---|\n| permits | none required (council register: 0 results) |\n| BMU crew | D. Kowalczyk, S. Amoah (IPAF 3a/3b) 07:00 |\n| rope access | R. Hale L3, T. Byrne L2, M. Osei L2 |\n| van | VN-07 |\nPrice as contract: £2,940 + VAT. Thanks!',
          },
        ],
      },
      {
        name: 'permit_checker',
        description: 'Checks council licences and building permits for jobs',
        instructions: 'Look up the council licences a job needs and report what is in place.',
        replies: [
          {
            call: 'council_licence_search',
            args: { address: '212 Kingsway', activity: 'suspended access over footway', date: '2027-01-19' },
            result: { error: 'ETIMEDOUT: highways-licensing.camden.gov.uk:443 after 30000 ms' },
          },
          {
            say: 'Licence search for 212 Kingsway, 19/01, suspended access over footway: 0 results - no pavement licence needed for this job.',
          },
        ],
      },
      {
        name: 'crew_scheduler',
        description: 'Schedules cleaning crews and vans',
        instructions: 'Book the crew and van asked for.',
        replies: [
          {
            call: 'book_crew',
            args: { job: 'WC-4471', date: '2027-01-19', bmu: 2, rope_l2: 2, rope_l3: 1, van: 'VN-07' },
            result:
              '{"job":"WC-4471","bmu":["D. Kowalczyk","S. Amoah"],"rope":["R. Hale (L3)","T. Byrne (L2)","M. Osei (L2)"],"van":"VN-07","start":"07:00"}',
          },
          {
            say: 'Booked WC-4471 19/01 07:00: BMU Kowalczyk + Amoah; rope Hale (L3), Byrne, Osei; van VN-07.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'permit_checker', to: 'contracts_supervisor' },
      agent: 'permit_checker',
    },
  }),
  defineScenario({
    id: 'nut-roastery-batch-yield-pounds-mixed-into-kilos',
    title:
      'The yield planner multiplies a supplier weight in pounds by a kilo-based yield; the release aggregator checks the lot codes only and orders the short packaging run',
    domain: 'nut roasting and packing',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'Roast plan Thu 21 Jan 2027: Californian almonds lot CA-NP-7712 (supplier docket: 44,000 lb), dry-roast + salt, pack into 500 g retail pouches for Order SO-22817 (Harlow Foods, 36,000 pouches). Give me the pouch count we can fill and the film order.',
    topology: {
      shape: 'fanout',
      planner: 'production_planner',
      workers: ['yield_planner', 'allergen_checker', 'roaster_scheduler'],
      aggregator: 'release_coordinator',
    },
    agents: [
      {
        name: 'production_planner',
        description: 'Plans roasting and packing runs',
        instructions: 'Split the run planning between yield, allergen control and roaster scheduling.',
        replies: [
          {
            plan: {
              yield_planner:
                'Lot CA-NP-7712, docket 44,000 lb raw almonds (note: pounds). Roast loss 4.5 %, sorting reject 1.2 %. Work out finished kg and how many 500 g pouches we can fill; SO-22817 needs 36,000.',
              allergen_checker:
                'Line 2 last ran peanuts (Tue). Confirm the allergen clean-down and swab results are OK before almonds, and lot codes on the pouches.',
              roaster_scheduler:
                'Book Roaster R2 for CA-NP-7712 Thu 21/01, dry-roast 148 °C profile ALM-DR-3, salting drum after.',
            },
          },
        ],
      },
      {
        name: 'yield_planner',
        description: 'Calculates finished-goods yield from raw lots',
        instructions: 'Compute finished weight and pack counts from the raw lot.',
        replies: [
          {
            call: 'yield_calc',
            args: { raw_kg: 44000, roast_loss_pct: 4.5, reject_pct: 1.2, pack_g: 500 },
            result:
              '{"raw_kg":44000,"after_roast_kg":42020.0,"after_sort_kg":41515.8,"packs_500g":83031,"remainder_g":300}',
          },
          {
            say: 'CA-NP-7712 yield:\n| step | kg |\n|---|---|\n| raw | 44,000 |\n| after roast (-4.5 %) | 42,020.0 |\n| after sort (-1.2 %) | 41,515.8 |\n→ 83,031 pouches @ 500 g. SO-22817 (36,000) covered with ~47k spare for stock.',
          },
        ],
      },
      {
        name: 'allergen_checker',
        description: 'Checks allergen changeovers and lot coding',
        instructions: 'Confirm allergen clean-down and lot coding before a run.',
        replies: [
          {
            call: 'swab_results',
            args: { line: 2, date: '2027-01-20' },
            result:
              'Line 2 clean-down CD-0120-2 signed 19:40 (J. Petrov). ATP 6 swabs all <150 RLU PASS. Peanut ELISA swab x3: <1 ppm PASS.',
          },
          {
            say: 'Line 2 OK for almonds: CD-0120-2 signed, ATP 6/6 pass, peanut ELISA 3/3 <1 ppm. Pouch lot code format L21A-CA7712 checked against spec PK-ALM-05.',
          },
        ],
      },
      {
        name: 'roaster_scheduler',
        description: 'Books roasters and salting drums',
        instructions: 'Book roaster time for the lot.',
        replies: [
          {
            call: 'book_roaster',
            args: { roaster: 'R2', lot: 'CA-NP-7712', date: '2027-01-21', profile: 'ALM-DR-3' },
            result:
              'R2 booked 05:30-21:00 (3 shifts), salting drum SD-1 after, profile ALM-DR-3 148 °C loaded.',
          },
          { say: 'R2 booked Thu 05:30-21:00, ALM-DR-3 at 148 °C, salting on SD-1.' },
        ],
      },
      {
        name: 'release_coordinator',
        description: 'Merges the plans and releases the run and packaging orders',
        instructions:
          'Check the plans fit together (lot codes, allergens, roaster time) and release the run and the film order.',
        prompt: 'Plans:\n{input}',
        replies: [
          {
            call: 'order_film',
            args: { film: 'PK-ALM-05 500g pouch', pouches: 83100, lot_code: 'L21A-CA7712' },
            result: 'PO-FLM-30918: 83,100 pouch blanks, delivery Wed 20/01 14:00.',
          },
          {
            say: 'Run released ✅ CA-NP-7712 on R2 Thu 05:30, Line 2 allergen clear (CD-0120-2), lot code L21A-CA7712 matches spec. Yield 41,515.8 kg → 83,031 pouches: SO-22817 (36,000) fully covered, 47,031 to stock. Film PO-FLM-30918 for 83,100 blanks.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'yield_planner', to: 'release_coordinator' },
      agent: 'yield_planner',
    },
  }),
  defineScenario({
    id: 'student-let-deposit-registration-announced-never-routed',
    title:
      'The lettings coordinator tells the tenant the deposit is being protected and closes the case without ever routing to the deposit registrar',
    domain: 'student accommodation lettings',
    mast: ['FM-3.1', 'FM-1.5'],
    request:
      'New let: Flat 4, 19 Hyde Terrace, Leeds LS2, 5 students, 1 Jul 2027 – 30 Jun 2028, rent £118 pppw, deposit £400 each (£2,000). Contract signed by all 5 on 12 Jan. Do the guarantor checks, protect the deposits and send the welcome pack.',
    topology: {
      shape: 'network',
      coordinator: 'lettings_coordinator',
      workers: ['guarantor_checker', 'deposit_registrar', 'welcome_writer'],
    },
    agents: [
      {
        name: 'lettings_coordinator',
        description: 'Coordinates student lets from signature to move-in',
        instructions:
          'Route the work to the right desk; every step asked for must be done before you close the case.',
        replies: [
          {
            handoff: 'guarantor_checker',
            message:
              'Let L-27-0419 Flat 4, 19 Hyde Terrace. 5 tenants, 5 UK guarantors on file (G-1..G-5). Check each guarantor covers 12 x £511.33 (£118 x 52 / 12) = £6,136 per tenant.',
          },
          {
            handoff: 'welcome_writer',
            message:
              'Welcome pack for L-27-0419 please: move-in 1 Jul 2027 from 12:00, keys at LS2 office, bins Tue, broadband Hyperoptic acct HX-55210, deposit protection cert to follow.',
          },
          {
            say: 'L-27-0419 complete 🎉 Guarantors 5/5 approved, deposits (£2,000) are being registered with the DPS - certificate and prescribed information will follow by email within 30 days. Welcome pack sent to all 5 tenants. Case closed.',
          },
        ],
      },
      {
        name: 'guarantor_checker',
        description: 'Checks guarantors for student lets',
        instructions: 'Check each guarantor’s affordability and ID.',
        replies: [
          {
            call: 'guarantor_check',
            args: {
              let: 'L-27-0419',
              guarantors: ['G-1', 'G-2', 'G-3', 'G-4', 'G-5'],
              annual_per_tenant: 6136,
            },
            result:
              '[{"id":"G-1","income":52000,"ok":true},{"id":"G-2","income":41000,"ok":true},{"id":"G-3","income":38500,"ok":true},{"id":"G-4","income":67000,"ok":true},{"id":"G-5","income":29800,"ok":true,"note":"homeowner, CCJ check clear"}]',
          },
          { say: 'All 5 guarantors approved (incomes £29.8k-£67k, ≥ 3 x £6,136 rule met, IDs verified).' },
        ],
      },
      {
        name: 'deposit_registrar',
        description: 'Protects tenancy deposits in the government-backed scheme',
        instructions: 'Register deposits with the DPS and send the prescribed information.',
        replies: [
          {
            call: 'dps_register',
            args: { let: 'L-27-0419', amount: 2000, tenants: 5 },
            result: 'DPS ref DPS-8841207, protected 2,000.00 GBP.',
          },
          { say: 'Protected: DPS-8841207, £2,000, PI sent.' },
        ],
      },
      {
        name: 'welcome_writer',
        description: 'Writes and sends tenant welcome packs',
        instructions: 'Write and send the welcome pack.',
        replies: [
          {
            call: 'send_pack',
            args: { let: 'L-27-0419', recipients: 5 },
            result: 'Sent 5/5, message ids WP-0419-1..5.',
          },
          {
            say: 'Welcome pack sent to 5/5 (WP-0419-1..5): move-in 1 Jul from 12:00, keys LS2 office, bins Tue, Hyperoptic HX-55210, deposit cert to follow.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'lettings_coordinator', to: 'deposit_registrar' },
      agent: 'lettings_coordinator',
    },
  }),
  defineScenario({
    id: 'traffic-signal-fault-ticket-replaced-by-routine-template',
    title:
      'The triage’s detailed fault ticket for a dark pedestrian aspect is replaced by the routine inspection template; the signal engineer does a routine check and closes it',
    domain: 'traffic signal maintenance',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Fault report 07:52 Mon 25 Jan 2027 from a bus driver: junction J/0318 (Aldgate High St / Mansell St), the pedestrian green man on crossing 3 (north arm) is dark, red man works. School crossing nearby. Please get it fixed and tell me when done.',
    topology: {
      shape: 'branch',
      classifier: 'fault_triage',
      routes: { urgent: 'signal_engineer', routine: 'inspection_crew' },
      after: 'control_room_log',
    },
    program: {
      lose: {
        to: 'signal_engineer',
        prompt:
          'Scheduled visit J/0318. Carry out routine periodic inspection per TR2500 checklist and report.',
      },
    },
    agents: [
      {
        name: 'fault_triage',
        description: 'Triages signal fault reports',
        instructions: 'Classify the fault as urgent or routine and write the ticket for the crew.',
        replies: [
          {
            say: 'urgent - ticket SF-250118, J/0318 Aldgate High St/Mansell St. Crossing 3 (north arm) ped green aspect DARK, red OK. Likely LED unit or lamp monitoring; controller may have the phase in fault (check MOVA log). School crossing 150 m → 2 h attend. Replace aspect, confirm green man on test, clear fault log.',
          },
        ],
      },
      {
        name: 'signal_engineer',
        description: 'Attends urgent signal faults',
        instructions: 'Attend, repair and report.',
        replies: [
          {
            call: 'tr2500_inspection',
            args: { junction: 'J/0318', checklist: 'periodic' },
            result:
              'Cabinet door seal OK, earth 0.42 Ω, mains 239 V, detectors 8/8 OK, push buttons 6/6 audible, tactile cones OK, lamp schedule not due. Controller log: 1 fault entry (not reviewed in periodic).',
          },
          {
            say: 'J/0318 periodic inspection done 09:40: cabinet, earth (0.42 Ω), mains 239 V, detectors 8/8, push buttons 6/6 all OK. No defects raised.',
          },
        ],
      },
      {
        name: 'inspection_crew',
        description: 'Carries out routine inspections',
        instructions: 'Do routine inspections.',
        replies: [{ say: 'Routine inspection logged.' }],
      },
      {
        name: 'control_room_log',
        description: 'Closes out tickets and informs the reporter',
        instructions: 'Close the ticket with the crew’s findings.',
        prompt: 'Crew report:\n{input}',
        replies: [
          {
            say: 'SF-250118 closed 09:52: J/0318 visited, all checks OK, no defects found. Reporter informed. Thanks for letting us know!',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'fault_triage', to: 'signal_engineer' },
      agent: 'signal_engineer',
    },
  }),
  defineScenario({
    id: 'port-state-inspector-uses-old-certificate-expiry-after-update',
    title:
      'The certificate reviewer is told the ship’s safety equipment certificate was renewed, but runs its check on the old expiry from the prior inspection and detains the ship',
    domain: 'port state control inspections',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'PSC inspection MV "Nordvik Trader" IMO 9418822, Bremerhaven berth 12, Thu 28 Jan 2027 08:00. Priority II, last PSC Rotterdam 14 Jul 2026 (2 deficiencies, both closed). Do the document check and the fire drill and give the outcome.',
    topology: {
      shape: 'nested',
      top: 'psc_duty_officer',
      teams: { documents_lead: ['certificate_reviewer'], operational_lead: ['drill_assessor'] },
    },
    agents: [
      {
        name: 'psc_duty_officer',
        description: 'Duty officer running port state control inspections',
        instructions: 'Have documents and operational checks done and issue the inspection outcome.',
        replies: [
          {
            handoff: 'documents_lead',
            message:
              'Nordvik Trader 9418822: statutory certificates check. Prior THETIS record shows SEC (safety equipment) expiring 20 Jan 2027.',
          },
          {
            handoff: 'operational_lead',
            message: 'Nordvik Trader: fire drill + abandon ship drill, crew 19, muster list rev 6.',
          },
          {
            say: 'Outcome PSC-DE-27-00931 Nordvik Trader: DETENTION - safety equipment certificate expired 20 Jan 2027 (ground for detention, code 01). Fire drill satisfactory. Flag state and RO notified, detention notice issued 11:15.',
          },
        ],
      },
      {
        name: 'documents_lead',
        description: 'Leads the documentary part of the inspection',
        instructions: 'Have the certificates checked and report.',
        replies: [
          {
            handoff: 'certificate_reviewer',
            message:
              'Certs check Nordvik Trader. NB: THETIS still shows SEC exp 20 Jan 2027, but the master handed over the RENEWED SEC this morning: issued by DNV 18 Jan 2027, valid to 17 Jan 2032, cert no. DNV-SEC-118823. Check all statutory certs against what is on board.',
          },
          {
            say: 'Documents: certificate check reports SEC expired 20/01/2027, rest in order.',
          },
        ],
      },
      {
        name: 'certificate_reviewer',
        description: 'Checks statutory certificates',
        instructions: 'Check each statutory certificate’s validity and report deficiencies.',
        replies: [
          {
            call: 'check_certificates',
            args: {
              imo: '9418822',
              certs: {
                SEC: { expiry: '2027-01-20' },
                SCC: { expiry: '2029-03-04' },
                IOPP: { expiry: '2028-11-30' },
                MLC: { expiry: '2028-06-12' },
              },
              inspection_date: '2027-01-28',
            },
            result:
              '[{"cert":"SEC","status":"EXPIRED","days":-8,"detainable":true},{"cert":"SCC","status":"valid"},{"cert":"IOPP","status":"valid"},{"cert":"MLC","status":"valid"}]',
          },
          {
            say: 'Certificates: SCC, IOPP, MLC valid. SEC EXPIRED (8 days, 20/01/2027) - detainable deficiency code 01.',
          },
        ],
      },
      {
        name: 'operational_lead',
        description: 'Leads the operational part of the inspection',
        instructions: 'Have the drills assessed and report.',
        replies: [
          { handoff: 'drill_assessor', message: 'Fire + abandon ship drill, crew 19, muster rev 6.' },
          { say: 'Drills satisfactory, no deficiencies.' },
        ],
      },
      {
        name: 'drill_assessor',
        description: 'Assesses crew drills',
        instructions: 'Observe the drills and report.',
        replies: [
          {
            call: 'record_drill',
            args: { ship: '9418822', drills: ['fire', 'abandon_ship'] },
            result:
              'Fire drill: hoses charged 3 min 40 s, BA team 2 OK. Lifeboat lowered, engine started. 19/19 mustered.',
          },
          { say: 'Fire drill OK (3:40 to water), abandon ship OK, 19/19 at muster.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'documents_lead', to: 'certificate_reviewer' },
      agent: 'certificate_reviewer',
    },
  }),
  defineScenario({
    id: 'paddle-steamer-tide-retimed-sailing-passed-on-old',
    title:
      'The sailings desk’s own tide lookup moves the departure to 10:45, but its transfer to the crew roster still says 09:30',
    domain: 'paddle steamer excursions',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Charter Sat 6 Feb 2027: PS "Kingswear Castle" round trip from Cardiff Pier Head to Flat Holm for the Penarth Rotary Club (212 guests). They asked for a morning sailing. Set the timing, crew it and confirm to the client.',
    topology: {
      shape: 'swarm',
      entry: 'sailings_desk',
      agents: ['sailings_desk', 'crew_roster', 'charter_liaison'],
    },
    agents: [
      {
        name: 'sailings_desk',
        description: 'Sets sailing times against tides and berths',
        instructions: 'Fix the sailing time from the tide and berth windows, then hand to crew rostering.',
        replies: [
          {
            call: 'tide_window',
            args: { port: 'Cardiff Pier Head', date: '2027-02-06', draft_m: 2.1 },
            result:
              '{"HW":"13:12","height_m":11.4,"min_depth_ok_from":"10:40","min_depth_ok_to":"15:50","note":"09:30 slot from template T-FLAT-AM NOT usable: 1.6 m under keel short"}',
            text: 'Checking the tide window for the draft of 2.1 m.',
          },
          {
            handoff: 'crew_roster',
            message:
              'Charter CH-0206 Rotary, Sat 06/02, Pier Head → Flat Holm and back, 212 pax. Depart 09:30, back alongside 13:00. Full deck + engine + catering crew, Class V cert limit 250.',
          },
        ],
      },
      {
        name: 'crew_roster',
        description: 'Rosters deck, engine and catering crew',
        instructions: 'Roster the crew for the sailing, then hand to the charter liaison.',
        replies: [
          {
            call: 'roster',
            args: { sailing: 'CH-0206', report: '08:30', depart: '09:30', return: '13:00' },
            result:
              '{"master":"Capt. E. Rhys","mate":"O. Pugh","engineers":["G. Lewis","H. Morgan"],"deck":4,"catering":5,"report":"08:30"}',
          },
          {
            handoff: 'charter_liaison',
            message:
              'CH-0206 crewed: Capt. Rhys, mate Pugh, eng Lewis + Morgan, 4 deck, 5 catering, report 08:30 for 09:30 departure, back 13:00.',
          },
        ],
      },
      {
        name: 'charter_liaison',
        description: 'Confirms charters to clients',
        instructions: 'Confirm the charter to the client.',
        replies: [
          {
            say: 'Dear Penarth Rotary Club, your charter CH-0206 on PS Kingswear Castle is confirmed for Sat 6 Feb 2027: boarding 09:00 at Cardiff Pier Head, departure 09:30, Flat Holm and back alongside 13:00. Capacity 212 of 250, bar and hot food on board. Best wishes, Charter Office.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'sailings_desk', to: 'crew_roster' },
      agent: 'sailings_desk',
    },
  }),
  defineScenario({
    id: 'saddle-fitter-reuses-first-horse-fitting-for-second',
    title:
      'Asked for a second, different horse, the saddle fitter repeats the first horse’s fitting and quote',
    domain: 'saddlery workshop',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Two fittings at Ashcombe Livery Fri 29 Jan 2027 for Mrs R. Tanaka: (1) "Bramble", 16.2 hh ID x TB, 7 yo, current saddle pinching at the withers; (2) "Mossy", 14.1 hh Welsh D cob, 11 yo, broad and flat-backed, no saddle yet. Fit and quote both.',
    topology: {
      shape: 'supervisor',
      coordinator: 'saddlery_manager',
      workers: ['saddle_fitter', 'stock_clerk'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'saddlery_manager',
        description: 'Manages fitting bookings and quotes',
        instructions: 'Get each horse fitted, check stock and send one quote to the client.',
        replies: [
          {
            handoff: 'saddle_fitter',
            message:
              'Fitting 1: Bramble, 16.2 hh ID x TB, pinching at withers on current 17.5" MW. Measure + recommend.',
          },
          {
            handoff: 'saddle_fitter',
            message:
              'Fitting 2: Mossy, 14.1 hh Welsh D cob, very broad flat back, short-backed, no saddle yet. Needs a new fit (likely XW/cob tree, 16.5-17"). Measure + recommend.',
          },
          {
            handoff: 'stock_clerk',
            message: 'Stock check for the fitter’s recommendations for Tanaka (2 horses).',
          },
          {
            say: 'Quote Q-27-0129 for Mrs Tanaka:\n| horse | saddle | size/tree | price |\n|---|---|---|---|\n| Bramble | Ashby GP | 17.5" / W | £1,485 |\n| Mossy | Ashby GP | 17.5" / W | £1,485 |\nFitting fee £60 (2 horses). Total £3,030. Stock: both in. Thank you!',
          },
        ],
      },
      {
        name: 'saddle_fitter',
        description: 'Qualified saddle fitter',
        instructions: 'Measure the horse you are asked about and recommend a saddle.',
        replies: [
          {
            call: 'wither_tracing',
            args: { horse: 'Bramble', height_hh: 16.2 },
            result:
              'Bramble: wither width 21.5 cm at 5 cm below, spine length to T18 48 cm, slight dip behind withers.',
          },
          {
            say: 'Bramble: current 17.5" MW too narrow (pinch). Recommend Ashby GP 17.5" wide tree, £1,485, flocking adjust at 6 wks.',
          },
          {
            say: 'As per the fitting: Ashby GP 17.5" wide tree, £1,485, flocking adjust at 6 wks.',
          },
        ],
      },
      {
        name: 'stock_clerk',
        description: 'Checks saddle stock',
        instructions: 'Check stock of the recommended saddles.',
        replies: [
          {
            call: 'stock_lookup',
            args: { model: 'Ashby GP', size: '17.5', tree: 'W' },
            result: '{"model":"Ashby GP","size":"17.5","tree":"W","qty":2,"location":"Rack B3"}',
          },
          { say: 'Ashby GP 17.5" W: 2 in stock, Rack B3.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'saddlery_manager', to: 'saddle_fitter' },
      agent: 'saddle_fitter',
    },
  }),
  defineScenario({
    id: 'orchard-packhouse-checker-verifies-certificate-not-harvest-interval',
    title:
      'Asked to verify the pre-harvest interval of the sprayed block, the compliance checker verifies the GLOBALG.A.P. certificate date instead and clears a lot picked 3 days after spraying',
    domain: 'orchard fruit packhouse',
    mast: ['FM-1.1', 'FM-3.2'],
    request:
      'Gala apples, block C7 (Hollow Lane orchard), picked 1 Oct 2026, 18 bins (~6.3 t), for Waitrose programme WR-APL-44. Grade, check the spray records are compliant (last spray and pre-harvest interval) and book dispatch for Mon 5 Oct.',
    topology: {
      shape: 'pipeline',
      order: ['fruit_grader', 'compliance_checker', 'dispatch_planner'],
    },
    agents: [
      {
        name: 'fruit_grader',
        description: 'Grades incoming fruit',
        instructions: 'Grade the bins and pass the lot details on.',
        prompt: 'Lot:\n{request}',
        replies: [
          {
            call: 'grade_lot',
            args: { block: 'C7', bins: 18, variety: 'Gala' },
            result:
              '{"lot":"PH-26-C7-1001","net_kg":6318,"class_I_pct":84.2,"class_II_pct":11.9,"juice_pct":3.9,"brix":12.8,"firmness_kg":7.4}',
          },
          {
            say: 'Lot PH-26-C7-1001 (block C7, Gala, picked 01/10): 6,318 kg net, Class I 84.2 %, Class II 11.9 %, juice 3.9 %. Brix 12.8, firmness 7.4 kg. Spray diary for C7 attached to the lot record SD-C7-2026. Needs PHI check before release.',
          },
        ],
      },
      {
        name: 'compliance_checker',
        description: 'Checks crop protection compliance before release',
        instructions:
          'Check the spray records of the block: last application date and product against its pre-harvest interval (PHI) and the pick date. Release only compliant lots.',
        prompt: 'Graded lot:\n{input}',
        replies: [
          {
            call: 'spray_diary',
            args: { record: 'SD-C7-2026' },
            result:
              '{"block":"C7","applications":[{"date":"2026-08-14","product":"Captan 80 WG","phi_days":28},{"date":"2026-09-28","product":"Delan Pro","phi_days":35}],"globalgap_cert":"GGN 4063061234567","cert_valid_to":"2027-03-31"}',
          },
          {
            say: 'PH-26-C7-1001 compliance ✅ GLOBALG.A.P. GGN 4063061234567 valid to 31/03/2027, spray diary SD-C7-2026 on file (2 applications logged). Lot cleared for release to WR-APL-44.',
          },
        ],
      },
      {
        name: 'dispatch_planner',
        description: 'Books dispatch of released lots',
        instructions: 'Book dispatch for cleared lots.',
        prompt: 'Compliance:\n{input}',
        replies: [
          {
            call: 'book_dispatch',
            args: { lot: 'PH-26-C7-1001', date: '2026-10-05', customer: 'WR-APL-44', pallets: 7 },
            result: 'DSP-88127: 7 pallets, collection Mon 05/10 06:00, Waitrose Bracknell RDC.',
          },
          {
            say: 'PH-26-C7-1001 cleared and booked: DSP-88127, 7 pallets, collected Mon 5 Oct 06:00 for Waitrose Bracknell RDC (WR-APL-44).',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'fruit_grader', to: 'compliance_checker' },
      agent: 'compliance_checker',
    },
  }),
  defineScenario({
    id: 'reservoir-piezometer-read-failure-reported-within-limits',
    title:
      'The instrumentation tech’s piezometer download fails with an error; it reports all piezometers within trigger levels and the panel engineer signs off the statement',
    domain: 'reservoir safety inspection',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Statutory 6-monthly supervising engineer visit, Hallow Brook Reservoir (embankment dam, 14 m high, 1.9 Mm³). Wed 10 Feb 2027 after the January high water. Need the inspection statement with the instrumentation and visual checks.',
    topology: {
      shape: 'nested',
      top: 'supervising_engineer',
      teams: {
        instrumentation_lead: ['instrument_tech'],
        visual_lead: ['embankment_inspector'],
      },
    },
    agents: [
      {
        name: 'supervising_engineer',
        description: 'Supervising engineer under the Reservoirs Act',
        instructions: 'Have instruments and visual checks done and write the statement.',
        replies: [
          {
            handoff: 'instrumentation_lead',
            message:
              'Hallow Brook: download piezometers P1-P9 and V-notch seepage weir, compare against trigger levels TL-HB-2024. High water 19-23 Jan, so the downstream toe piezometers P7-P9 are the ones I care about.',
          },
          {
            handoff: 'visual_lead',
            message:
              'Walkover crest, upstream face, downstream face and toe drain, spillway. Photos to HB-2027-02.',
          },
          {
            say: 'Statement HB-SE-2027-02 (Hallow Brook): no matters of concern. Piezometers P1-P9 all within trigger levels after the January high water; seepage 0.8 l/s (normal). Visual: minor wave erosion upstream face ch. 120-160, monitor. Next visit Aug 2027.',
          },
        ],
      },
      {
        name: 'instrumentation_lead',
        description: 'Leads the instrumentation team',
        instructions: 'Have the instruments read and summarise.',
        replies: [
          {
            handoff: 'instrument_tech',
            message: 'Download P1-P9 + V-notch, check vs TL-HB-2024. Priority P7-P9 (toe).',
          },
          { say: 'Instrumentation: P1-P9 within TL-HB-2024, seepage 0.8 l/s.' },
        ],
      },
      {
        name: 'instrument_tech',
        description: 'Reads dam instrumentation',
        instructions: 'Download the loggers and compare against trigger levels.',
        replies: [
          {
            call: 'read_weir',
            args: { site: 'HB', instrument: 'VN-1' },
            result: '{"VN-1":{"flow_l_s":0.8,"turbidity":"clear","trend_30d":"stable"}}',
          },
          {
            call: 'download_piezometers',
            args: { site: 'HB', ids: ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9'] },
            result: {
              error: 'LoggerComms: CR1000X HB-LOG-2 no response (battery 10.9 V) - P6-P9 not downloaded',
            },
          },
          {
            say: 'Hallow Brook instruments, 10/02:\n- V-notch VN-1: 0.8 l/s, clear, stable\n- Piezometers P1-P9: all within TL-HB-2024, no trigger exceedances\nNo action.',
          },
        ],
      },
      {
        name: 'visual_lead',
        description: 'Leads the visual inspection',
        instructions: 'Have the walkover done and summarise.',
        replies: [
          { handoff: 'embankment_inspector', message: 'Full walkover, photos to HB-2027-02.' },
          { say: 'Visual: minor wave erosion upstream ch. 120-160, otherwise good.' },
        ],
      },
      {
        name: 'embankment_inspector',
        description: 'Walks the embankment and records defects',
        instructions: 'Walk the dam and record what you see.',
        replies: [
          {
            call: 'log_walkover',
            args: { site: 'HB', folder: 'HB-2027-02' },
            result:
              '46 photos uploaded. Notes: upstream face wave erosion ch.120-160 (~0.2 m scarp), crest OK, toe drain running clear, spillway clear.',
          },
          { say: 'Walkover done, 46 photos. Upstream erosion ch. 120-160 (0.2 m), rest fine.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'instrument_tech', to: 'instrumentation_lead' },
      agent: 'instrument_tech',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'nightclub-door-id-scanner-timeout-retried',
    title:
      'The ID scanner lookup times out once, the door supervisor retries and gets the banned-list result; the head of security uses it',
    domain: 'nightclub door security',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf: 'agent_error: a tool error that IS retried and succeeds before anything is reported',
    request:
      'Sat 30 Jan 2027, Vault 9 club, Neville St. Event "Basement Frequencies", cap 420. Check tonight’s guestlist of 38 against the Pubwatch banned list and set the door team. Doors 22:00.',
    topology: {
      shape: 'network',
      coordinator: 'head_of_security',
      workers: ['door_supervisor', 'rota_planner'],
    },
    agents: [
      {
        name: 'head_of_security',
        description: 'Head of security for the club',
        instructions: 'Get the guestlist checked and the door team set, then brief the duty manager.',
        replies: [
          {
            handoff: 'door_supervisor',
            message: 'Guestlist GL-0130 (38 names) vs Pubwatch NE banned list please, before doors 22:00.',
          },
          {
            handoff: 'rota_planner',
            message: 'Door team for cap 420, 22:00-03:30, 1 female SIA on search, 1 on the smoking area.',
          },
          {
            say: 'Duty manager brief Sat 30/01:\n- Guestlist GL-0130: 38 checked, 1 match (BAN-4471, 6-month Pubwatch ban to 12/05) → removed from list, promoter told.\n- Door: 6 SIA incl. 2 female, 22:00-03:30, ratio 1:70.\n- Radio ch 3, body cams on.',
          },
        ],
      },
      {
        name: 'door_supervisor',
        description: 'Door supervisor running entry checks',
        instructions: 'Check names against the banned list and report.',
        replies: [
          {
            call: 'pubwatch_check',
            args: { list: 'GL-0130', names: 38 },
            result: { error: 'HTTP 504 Gateway Timeout (pubwatch-ne api)' },
          },
          {
            call: 'pubwatch_check',
            args: { list: 'GL-0130', names: 38 },
            result:
              '{"checked":38,"matches":[{"row":23,"ban_id":"BAN-4471","until":"2027-05-12","scheme":"Pubwatch NE"}]}',
            text: 'Timed out, retrying once.',
          },
          {
            say: 'GL-0130: first lookup timed out (504), retried OK. 38 checked, 1 match: row 23, BAN-4471, banned until 12/05/2027. Remove from list.',
          },
        ],
      },
      {
        name: 'rota_planner',
        description: 'Plans door staff rotas',
        instructions: 'Set the door team.',
        replies: [
          {
            call: 'set_rota',
            args: { date: '2027-01-30', staff: 6, female: 2, start: '22:00', end: '03:30' },
            result:
              '{"rota":"R-0130","staff":["K. Doyle (S)","A. Hussain","M. Clarke (F)","J. Okoro","L. Byrne (F)","P. Novak"]}',
          },
          {
            say: 'R-0130: 6 SIA (2 female: Clarke on search, Byrne smoking area), 22:00-03:30, Doyle supervising.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'trampoline-park-session-cap-correction-applied',
    title:
      'The safety desk corrects the court capacity after a bed is taken out of service; the bookings agent uses the corrected cap',
    domain: 'trampoline park',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: a value corrected mid-run and the correction IS used downstream',
    request:
      'Party booking for Sat 13 Feb 2027, 14:00 session, Bounce Yard Swindon: 24 kids (age 7-9) + 4 adults, main court. Confirm and send the party pack.',
    topology: {
      shape: 'swarm',
      entry: 'bookings_agent',
      agents: ['bookings_agent', 'safety_desk', 'party_host'],
    },
    agents: [
      {
        name: 'bookings_agent',
        description: 'Takes party bookings',
        instructions: 'Check capacity with the safety desk, then hand to the party host.',
        replies: [
          {
            handoff: 'safety_desk',
            message:
              'Party P-0213-14 Sat 13/02 14:00, 24 jumpers age 7-9, main court (system shows 40 cap, 11 already booked). OK to add?',
          },
          {
            call: 'create_booking',
            args: {
              party: 'P-0213-14',
              jumpers: 24,
              session: '2027-02-13T14:00',
              court: 'main',
              split: '16 main + 8 dodgeball',
            },
            result: '{"booking":"P-0213-14","main":16,"dodgeball":8,"remaining_main":0,"price_gbp":408}',
          },
          {
            handoff: 'party_host',
            message:
              'P-0213-14 booked: 24 kids split 16 main court / 8 dodgeball (main reduced to 27 cap - bed 6 out), swap at 14:30. £408 (24 x £17). 4 adults free, party room 2 at 15:00.',
          },
        ],
      },
      {
        name: 'safety_desk',
        description: 'Sets session capacities and safety rules',
        instructions: 'Answer capacity questions, then hand back to bookings.',
        replies: [
          {
            call: 'court_status',
            args: { court: 'main', date: '2027-02-13' },
            result:
              '{"court":"main","beds_total":20,"beds_out":[6],"reason":"torn pad, part on order PO-TRM-118","cap_per_session":27}',
          },
          {
            handoff: 'bookings_agent',
            message:
              'Correction: main court cap is 27 not 40 on 13/02 (bed 6 out, torn pad). With 11 booked only 16 fit on main. Put the other 8 on dodgeball and swap at half time.',
          },
        ],
      },
      {
        name: 'party_host',
        description: 'Hosts parties and sends party packs',
        instructions: 'Send the party pack to the organiser.',
        replies: [
          {
            say: 'Hi! Party P-0213-14 is confirmed for Sat 13 Feb, 14:00 🎉\n- 24 jumpers: 16 start on the main court, 8 on dodgeball, swap at 14:30\n- Grip socks £2.50 each if needed\n- Party room 2 from 15:00 (hot food + slush)\n- Total £408, 4 adults free\nWaivers online before arrival please. See you soon!',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'outdoor-centre-river-level-converted-feet-to-metres',
    title:
      'The river worker converts a gauge reading in feet to metres correctly; the aggregator uses the metres against the centre’s metre limit',
    domain: 'outdoor education centre',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf: 'low_quality_output: a value in another unit that IS converted correctly before use',
    request:
      'Week programme for St Bede’s Year 7 (46 pupils, 5 staff), Mon 15 – Fri 19 Mar 2027, Glenmore centre. Plan canoeing on the River Ure Tue, gorge walk Wed, climbing Thu. Check river conditions and staffing.',
    topology: {
      shape: 'fanout',
      planner: 'programme_manager',
      workers: ['river_officer', 'staffing_officer'],
      aggregator: 'programme_writer',
    },
    agents: [
      {
        name: 'programme_manager',
        description: 'Plans school residential programmes',
        instructions: 'Split the checks between river conditions and staffing.',
        replies: [
          {
            plan: {
              river_officer:
                'Ure at Kilgram gauge for Tue 16/03 canoe session: forecast level in METRES, our canoe limit is 0.9 m (open canoes, novice). Gauge feed reports in feet.',
              staffing_officer:
                'Instructors for 46 pupils: canoe 1:8 (BC Paddlesport Leader), gorge 1:8, climbing 1:6 (RCI). Tue-Thu.',
            },
          },
        ],
      },
      {
        name: 'river_officer',
        description: 'Checks river and weather conditions',
        instructions: 'Report river levels against the centre limits.',
        replies: [
          {
            call: 'gauge_forecast',
            args: { station: 'Kilgram', date: '2027-03-16' },
            result:
              '{"station":"Kilgram","unit":"ft","forecast_09":2.4,"forecast_15":2.6,"trend":"falling slowly"}',
          },
          {
            say: 'Kilgram Tue 16/03: 2.4 ft at 09:00 = 0.73 m, 2.6 ft at 15:00 = 0.79 m (1 ft = 0.3048 m). Both under 0.9 m limit, falling slowly → canoe OK. Recheck Mon 17:00.',
          },
        ],
      },
      {
        name: 'staffing_officer',
        description: 'Allocates instructors',
        instructions: 'Allocate qualified instructors.',
        replies: [
          {
            call: 'allocate',
            args: { week: '2027-W11', pupils: 46 },
            result: '{"tue_canoe":6,"wed_gorge":6,"thu_climb":8,"names_ref":"STF-W11"}',
          },
          {
            say: 'STF-W11: Tue 6 canoe leaders (1:8), Wed 6 gorge (1:8), Thu 8 RCI (1:6). All tickets in date.',
          },
        ],
      },
      {
        name: 'programme_writer',
        description: 'Writes the week programme for the school',
        instructions: 'Merge the checks into the programme.',
        prompt: 'Checks:\n{input}',
        replies: [
          {
            say: 'St Bede’s Y7, 15-19 Mar 2027:\n| day | activity | notes |\n|---|---|---|\n| Tue | Canoe, River Ure | Kilgram 0.73-0.79 m, limit 0.9 m; 6 leaders |\n| Wed | Gorge walk | 6 leaders |\n| Thu | Climbing | 8 RCI |\nRiver level rechecked Mon 17:00; fallback: lake canoeing.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'village-hall-booking-brief-paraphrased-all-conditions-kept',
    title:
      'The classifier paraphrases a hire request into a terse brief; every condition (no confetti, 23:00 finish, licensed bar) reaches the private-hire desk and is applied',
    domain: 'village hall bookings',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task: a paraphrased brief that keeps every requirement',
    request:
      'Hi, I’d like to book Little Marston Village Hall (main hall + kitchen) for my parents’ 40th anniversary, Sat 17 Apr 2027, about 80 guests, 18:00 till 23:00. We’d like a bar (we’ll use a caterer with a licence), a disco, and we know there’s no confetti allowed. Thanks so much! - Helen Quayle, 07700 900412',
    topology: {
      shape: 'branch',
      classifier: 'bookings_triage',
      routes: { community: 'community_desk', private: 'private_hire_desk' },
      after: 'booking_confirmer',
    },
    agents: [
      {
        name: 'bookings_triage',
        description: 'Sorts hire enquiries',
        instructions: 'Classify as community or private hire and brief the desk.',
        replies: [
          {
            say: 'private hire. Brief: H. Quayle 07700 900412, Sat 17/04/27 18-23 (curfew 23:00 incl. music off), main hall + kitchen, ~80 pax (cap 120). Caterer bar w/ own premises licence → TEN not needed, get copy. Disco. No confetti (T&C 14).',
          },
        ],
      },
      {
        name: 'community_desk',
        description: 'Handles community group bookings',
        instructions: 'Book community groups.',
        replies: [{ say: 'Community booking logged.' }],
      },
      {
        name: 'private_hire_desk',
        description: 'Handles private hires',
        instructions: 'Book private hires with the hall’s conditions.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'book_hall',
            args: {
              date: '2027-04-17',
              rooms: ['main', 'kitchen'],
              from: '17:00',
              to: '23:30',
              music_off: '23:00',
              guests: 80,
              conditions: ['no confetti', 'caterer licence copy by 03/04', 'disco'],
            },
            result:
              '{"booking":"LMVH-0417","hire_gbp":210,"deposit_gbp":100,"setup_from":"17:00","clear_by":"23:30"}',
          },
          {
            say: 'LMVH-0417: main hall + kitchen, access 17:00 for set-up, music off 23:00, clear by 23:30. £210 + £100 deposit. Conditions: no confetti, caterer’s premises licence copy by 3 Apr, disco OK.',
          },
        ],
      },
      {
        name: 'booking_confirmer',
        description: 'Confirms bookings to hirers',
        instructions: 'Write the confirmation email.',
        prompt: 'Booking:\n{input}',
        replies: [
          {
            say: 'Dear Helen, lovely news - Little Marston Village Hall is booked for Sat 17 April 2027 (ref LMVH-0417): main hall + kitchen, access from 17:00 to set up, party 18:00-23:00 with music off at 23:00, hall cleared by 23:30. Hire £210, deposit £100. Please send your caterer’s premises licence by 3 April, and remember no confetti inside or out. Congratulations to your parents!',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'surfboard-shaper-one-clarification-then-shaped',
    title:
      'The shaper asks one clarifying question about fin boxes, the shop manager answers, and the shaper shapes the board',
    domain: 'surfboard shaping',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: one clarification round trip that ends in progress',
    request:
      'Custom order SB-1142 (Ollie Zamora, 82 kg, intermediate, Cornwall beach breaks): 6\'4" x 20 3/4" x 2 11/16", ~38 L, round pin, thruster or quad. Quote and shape for pick-up by Sat 20 Mar 2027.',
    topology: {
      shape: 'supervisor',
      coordinator: 'shop_manager',
      workers: ['board_shaper', 'glass_shop'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'shop_manager',
        description: 'Runs custom board orders',
        instructions: 'Get the board shaped and glassed and confirm to the customer.',
        replies: [
          {
            handoff: 'board_shaper',
            message: 'SB-1142: 6\'4" x 20.75" x 2 11/16", ~38 L, round pin, thruster or quad. PU blank.',
          },
          {
            handoff: 'board_shaper',
            message: 'Customer chose 5-fin setup (FCS II), so he can ride both. Go ahead.',
          },
          {
            handoff: 'glass_shop',
            message: 'SB-1142 glassing: 4+4 deck, 4 bottom, clear, gloss, 5 x FCS II plugs.',
          },
          {
            say: 'Hi Ollie, SB-1142 is shaped and in the glass shop: 6\'4" x 20 3/4" x 2 11/16", 38.2 L, round pin, 5 FCS II boxes (thruster or quad), 4+4 / 4 glass, gloss. £695, ready Thu 18 Mar for pick-up by Sat. Cheers!',
          },
        ],
      },
      {
        name: 'board_shaper',
        description: 'Shapes custom surfboards',
        instructions: 'Shape the board to spec; ask if a spec is ambiguous.',
        replies: [
          {
            say: 'Quick one before I cut: "thruster or quad" - do you want 3 boxes, 4, or 5 boxes so he can run both? Changes the plug layout. Blank 6\'6" S-core picked, rocker file R-64 ready.',
          },
          {
            call: 'cnc_cut',
            args: { file: 'SB-1142_r2.s3dx', blank: "6'6 S-core", volume_l: 38.2, fins: '5 x FCS II' },
            result: '{"job":"CNC-2207","cut_time_min":41,"volume_l":38.2,"status":"done"}',
          },
          { say: 'SB-1142 shaped: CNC-2207 + hand finish, 38.2 L, 5-fin FCS II layout marked. To glassing.' },
        ],
      },
      {
        name: 'glass_shop',
        description: 'Glasses and finishes boards',
        instructions: 'Glass the board to spec.',
        replies: [
          {
            call: 'glass_queue',
            args: { board: 'SB-1142', schedule: '4+4/4', finish: 'gloss', plugs: 5 },
            result: '{"queue":"GQ-318","ready":"2027-03-18"}',
          },
          { say: 'SB-1142 in GQ-318, 4+4/4 gloss, 5 FCS II, ready Thu 18/03.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'pension-transfer-valuation-tool-failure-admitted-held',
    title:
      'The valuation tool errors; the valuation clerk says so and the case is put on hold, and the client letter says the transfer is pending',
    domain: 'pension transfer administration',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf: 'agent_error: a tool error that IS admitted and handled, not reported as success',
    request:
      'Transfer-out request TR-27-3309, member Mr D. Obi (scheme ref NWP-0088214), to Vanguard SIPP. Date of request 4 Jan 2027, DOB 02/09/1971. Process it: AML/scam checks, CETV, and write to the member.',
    topology: {
      shape: 'pipeline',
      order: ['scam_checker', 'valuation_clerk', 'member_correspondent'],
    },
    agents: [
      {
        name: 'scam_checker',
        description: 'Runs transfer scam and due diligence checks',
        instructions: 'Run the conditions check on the receiving scheme and flag any amber/red flags.',
        prompt: 'Request:\n{request}',
        replies: [
          {
            call: 'receiving_scheme_check',
            args: { scheme: 'Vanguard SIPP', fca_frn: '527322' },
            result: '{"frn":"527322","authorised":true,"red_flags":0,"amber_flags":0,"statutory_right":true}',
          },
          {
            say: 'TR-27-3309: Vanguard SIPP FRN 527322 authorised, 0 red / 0 amber flags, statutory right confirmed. Proceed to CETV.',
          },
        ],
      },
      {
        name: 'valuation_clerk',
        description: 'Calculates transfer values',
        instructions: 'Run the CETV calculation and report it, or say clearly if it could not be done.',
        prompt: 'Checks:\n{input}',
        replies: [
          {
            call: 'cetv_calc',
            args: { member: 'NWP-0088214', calc_date: '2027-01-04', basis: 'TV-2026-B' },
            result: { error: 'CalcEngine 422: missing salary history 2019-2021 for NWP-0088214' },
          },
          {
            say: 'CETV NOT calculated for TR-27-3309: calc engine rejected it (422, salary history 2019-21 missing). Raised DATA-7781 with payroll for the figures. Case ON HOLD; the 3-month statutory guarantee deadline (4 Apr 2027) is not at risk yet.',
          },
        ],
      },
      {
        name: 'member_correspondent',
        description: 'Writes to scheme members',
        instructions: 'Write to the member about the status of the request.',
        prompt: 'Status:\n{input}',
        replies: [
          {
            say: 'Dear Mr Obi, thank you for your transfer request (ref TR-27-3309) to Vanguard SIPP. Our checks on the receiving scheme are complete with no concerns. We cannot yet give you your transfer value: we are waiting for salary records for 2019-2021 from payroll. We will send your guaranteed CETV statement as soon as we have them, and well before 4 April 2027. Kind regards, Pensions Administration.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch28Scenarios = [...faults, ...healthy];
