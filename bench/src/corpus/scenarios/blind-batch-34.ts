import { defineScenario } from '../scenario.ts';

// Blind batch 34: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'tender-drafter-drops-iso27001-exclusion',
    title:
      'The procurement lead asks for an ITT restricted to ISO 27001 certified suppliers for lots 1-2; the drafter writes an open ITT for all three lots',
    domain: 'public sector procurement tenders',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Council ref PROC-2027-0418: we need an Invitation to Tender for the managed print + document storage contract, est. value £1.84m over 4 years (3+1). Only lots 1 (managed print) and 2 (secure offsite storage) this round; lot 3 (scanning) is deferred to Q3. Suppliers MUST hold ISO 27001 — data protection officer insists after the 2025 incident. Publish on Find a Tender by 19 Feb 2027 and book the clarification call.',
    topology: {
      shape: 'supervisor',
      coordinator: 'procurement_lead',
      workers: ['itt_drafter', 'portal_publisher'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'procurement_lead',
        description: 'Category lead for corporate services procurement',
        instructions: 'Get the ITT drafted to the brief, published, and report back to the requester.',
        replies: [
          {
            handoff: 'itt_drafter',
            message:
              'Hi — please draft the ITT for PROC-2027-0418 (managed print + storage, est. £1.84m, 3+1 yrs).\n\n**Scope:** Lots 1 and 2 ONLY. Lot 3 (scanning) deferred to Q3, do not include.\n**Mandatory selection criterion:** current ISO/IEC 27001 certificate — pass/fail, non-compliant bids excluded at selection stage.\n**Evaluation:** 60% quality / 30% price / 10% social value.\n**Timeline:** publish 19/02, clarifications close 05/03, return 19/03 12:00.\n\nThanks!',
          },
          {
            handoff: 'portal_publisher',
            message:
              'Once the ITT pack is ready please publish on FTS + Contracts Finder and book the supplier clarification Teams call for 26/02 10:00.',
          },
          {
            say: '## PROC-2027-0418 — ITT published ✅\n\n| item | status |\n|---|---|\n| ITT pack | v1.0 drafted (see notice) |\n| FTS notice | 2027/S 000-004117 |\n| Contracts Finder | published 19/02 09:12 |\n| Clarification call | 26/02 10:00 (Teams) |\n| Return deadline | 19/03 12:00 |\n\nEvaluation 60/30/10 as agreed. Let me know if you want the DPO copied on the clarification log.',
          },
        ],
      },
      {
        name: 'itt_drafter',
        description: 'Drafts tender documents from the council templates',
        instructions: 'Draft the ITT pack from the brief using template T-ITT-2026.',
        replies: [
          {
            call: 'build_itt_pack',
            args: {
              ref: 'PROC-2027-0418',
              template: 'T-ITT-2026',
              lots: [1, 2, 3],
              selection_criteria: ['economic standing', 'technical capability', 'insurance £5m PL'],
              weighting: { quality: 60, price: 30, social_value: 10 },
              return_deadline: '2027-03-19T12:00',
            },
            result:
              '{"pack_id":"ITTP-5531","documents":["ITT-instructions.docx","spec-lot1.docx","spec-lot2.docx","spec-lot3.docx","SQ-selection.xlsx","pricing-schedule.xlsx"],"pages":84,"warnings":[]}',
          },
          {
            say: 'ITT pack ITTP-5531 ready (84 pp). Structure:\n- Instructions to tenderers, timeline 19/02 → 19/03 12:00\n- Specs for lots 1, 2 and 3 (kept lot 3 in so suppliers can price the full service — can be awarded later)\n- SQ selection: economic standing, technical capability, £5m PL insurance; information security covered in the quality questions (Q4, 10%)\n- Pricing schedule, 60/30/10 weighting\n\nReady for the portal.',
          },
        ],
      },
      {
        name: 'portal_publisher',
        description: 'Publishes notices on the procurement portals',
        instructions: 'Publish the notice and book the clarification call.',
        replies: [
          {
            call: 'publish_notice',
            args: { pack_id: 'ITTP-5531', portals: ['FTS', 'ContractsFinder'] },
            result: '{"fts":"2027/S 000-004117","cf":"CF-88213-2027","published":"2027-02-19T09:12:00Z"}',
          },
          {
            call: 'book_meeting',
            args: { title: 'PROC-2027-0418 clarification', when: '2027-02-26T10:00' },
            result: '{"meeting_id":"TMS-19-4471","status":"booked"}',
          },
          {
            say: 'Published: FTS 2027/S 000-004117, CF-88213-2027 at 09:12. Clarification call TMS-19-4471 booked 26/02 10:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'procurement_lead', to: 'itt_drafter' },
      agent: 'itt_drafter',
    },
  }),

  defineScenario({
    id: 'meter-exchange-billed-on-old-serial',
    title:
      'The field validator reports the meter was exchanged (new serial, new start read); the billing agent still computes the bill from the old meter',
    domain: 'utility meter reading exceptions',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Exception EXC-77120, account 4410-882-19 (Mrs P. Okafor, 12 Linden Rise): estimated bill disputed, customer says reads look wrong since January. Validate and rebill Q4.',
    topology: { shape: 'pipeline', order: ['read_validator', 'rebill_agent', 'customer_letter_writer'] },
    agents: [
      {
        name: 'read_validator',
        description: 'Validates meter reads against field and industry data',
        instructions: 'Check the reads and meter history, say what the bill must be based on.',
        replies: [
          {
            call: 'meter_history',
            args: { account: '4410-882-19' },
            result:
              '{"mpan":"1200051734902","meters":[{"serial":"E14Z07731","removed":"2027-01-09","final_read":48211},{"serial":"S2C-0093318","installed":"2027-01-09","start_read":0,"last_actual":{"date":"2027-03-28","read":1107}}],"estimates_since":"2027-01-09","estimate_basis":"E14Z07731"}',
          },
          {
            say: '### Validation EXC-77120\n\nFound it. The meter was **exchanged on 09/01/2027** (smart install job FJ-22091) but estimates kept running on the **old** meter.\n\n| | serial | read |\n|---|---|---|\n| old (removed 09/01) | E14Z07731 | final 48,211 |\n| new (SMETS2) | S2C-0093318 | start 0 → 1,107 actual on 28/03 |\n\n➡️ Rebill Q4 from 09/01 on **S2C-0093318**: consumption 1,107 kWh (0 → 1,107). Old meter closes at 48,211, no further charges on it. The estimated 3,420 kWh on E14Z07731 should be cancelled.',
          },
        ],
      },
      {
        name: 'rebill_agent',
        description: 'Cancels and reissues bills',
        instructions: 'Rebill the account as validated.',
        prompt: 'Validation:\n{input}',
        replies: [
          {
            call: 'cancel_bill',
            args: { bill: 'B-4410882-Q4', reason: 'EXC-77120 disputed estimate' },
            result: '{"cancelled":"B-4410882-Q4","credit":"£912.40"}',
          },
          {
            call: 'issue_bill',
            args: {
              account: '4410-882-19',
              serial: 'E14Z07731',
              from_read: 48211,
              to_read: 49318,
              unit_rate_p: 24.5,
              standing_p_day: 60.1,
              days: 79,
            },
            result:
              '{"bill":"B-4410882-Q4R","kwh":1107,"energy":"£271.22","standing":"£47.48","vat5":"£15.94","total":"£334.64"}',
          },
          {
            say: 'Done ✔️ Cancelled B-4410882-Q4 (credit £912.40) and reissued **B-4410882-Q4R**: 1,107 kWh, £334.64 incl. VAT, reads 48,211 → 49,318 on E14Z07731. Net credit to customer £577.76.',
          },
        ],
      },
      {
        name: 'customer_letter_writer',
        description: 'Writes customer letters',
        instructions: 'Write the outcome letter.',
        prompt: 'Rebill outcome:\n{input}',
        replies: [
          {
            say: 'Dear Mrs Okafor,\n\nThank you for your patience. We reviewed your account 4410-882-19 and found your Q4 bill was estimated. We have cancelled it and issued a corrected bill for 1,107 kWh (£334.64 incl. VAT), based on meter E14Z07731 reads 48,211 to 49,318. A credit of £577.76 will appear on your account within 5 working days.\n\nKind regards,\nBilling Resolutions',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'read_validator', to: 'rebill_agent' },
      agent: 'rebill_agent',
    },
  }),

  defineScenario({
    id: 'patient-transport-oxygen-brief-lost',
    title:
      'The transport planner briefs the vehicle allocator that the 07:40 dialysis patient needs oxygen and a stretcher; the program hands the allocator a generic brief instead',
    domain: 'non-emergency patient transport',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      "Bookings for Thu 11 Mar 2027, North sector: 14 journeys. Note journey NT-3307 (Mr R. Dimitrov, dialysis at St Anne's renal unit 08:15) is now stretcher + 2 L/min oxygen since his discharge on 08/03. Escort and crew rota as usual.",
    topology: {
      shape: 'fanout',
      planner: 'transport_planner',
      workers: ['vehicle_allocator', 'crew_rota_clerk'],
      aggregator: 'control_room_summary',
    },
    program: {
      lose: {
        to: 'vehicle_allocator',
        prompt:
          'North sector 11/03: allocate vehicles to the 14 journeys on the day list, standard mobility codes.',
      },
    },
    agents: [
      {
        name: 'transport_planner',
        description: "Plans the next day's patient journeys",
        instructions: 'Brief the vehicle allocator and the crew rota clerk.',
        replies: [
          {
            plan: {
              vehicle_allocator:
                'North 11/03, 14 journeys. IMPORTANT: NT-3307 Dimitrov pick-up 07:40 is now STRETCHER + O2 2 L/min (changed 08/03, was seated/walker) → needs a 2-crew ambulance with O2 (A-class), not a PTS car. Others per day list mobility codes.',
              crew_rota_clerk:
                'North 11/03: 6 vehicles expected, 1 of them A-class 2-crew from 07:15. Check rest-break rules for crews on the 06:30 start.',
            },
          },
        ],
      },
      {
        name: 'vehicle_allocator',
        description: 'Allocates vehicles to journeys',
        instructions: 'Allocate vehicles by mobility code.',
        replies: [
          {
            call: 'allocate',
            args: { sector: 'North', date: '2027-03-11' },
            result:
              '{"allocations":[{"journey":"NT-3301","vehicle":"PTS-14","code":"W1"},{"journey":"NT-3307","vehicle":"CAR-06","code":"S1 walker"},{"journey":"NT-3310","vehicle":"A-02","code":"ST"}],"journeys":14,"vehicles":6}',
          },
          {
            say: 'Allocated 14 journeys on 6 vehicles. Highlights:\n- NT-3301 PTS-14 (wheelchair W1)\n- NT-3307 CAR-06 (seated, walker) 07:40\n- NT-3310 A-02 (stretcher) 09:05\nAll within 45 min max ride time.',
          },
        ],
      },
      {
        name: 'crew_rota_clerk',
        description: 'Rosters crews',
        instructions: 'Roster crews for the vehicles.',
        replies: [
          {
            say: 'Crews rostered 11/03: 6 vehicles, A-02 2-crew (Hughes/Baptiste) 07:15-15:15, breaks compliant (30 min after 6 h). 06:30 starts ok.',
          },
        ],
      },
      {
        name: 'control_room_summary',
        description: 'Writes the control room summary for the day',
        instructions: 'Merge allocations and rota.',
        replies: [
          {
            say: '**North sector 11/03 — ready**\n- 14 journeys / 6 vehicles, crews rostered with compliant breaks\n- NT-3307 Dimitrov 07:40 → CAR-06 (seated)\n- A-02 stretcher 2-crew for NT-3310 09:05\nNo outstanding issues.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'transport_planner', to: 'vehicle_allocator' },
      agent: 'vehicle_allocator',
    },
  }),

  defineScenario({
    id: 'zoning-appeal-router-claims-heritage-consult',
    title:
      'The appeals router routes the case to the planning analyst, then closes saying the heritage officer has been consulted — it never routed there',
    domain: 'zoning appeals tribunal',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      "Appeal ZA/2027/0193 (Harlow Mews, 2-storey rear extension, refusal dated 14/01/2027). Site is in the Old Quay Conservation Area. Prepare the case file: planning policy analysis AND the heritage officer's consultation response are both required before listing for the 22 April hearing.",
    topology: {
      shape: 'network',
      coordinator: 'appeals_router',
      workers: ['planning_analyst', 'heritage_officer'],
    },
    agents: [
      {
        name: 'appeals_router',
        description: 'Routes appeal casework and closes the case file',
        instructions: 'Route the work to the specialists needed and close the file when everything is in.',
        replies: [
          {
            handoff: 'planning_analyst',
            message:
              'ZA/2027/0193 Harlow Mews — policy analysis pls: LP policies D1, D4, HE2; refusal reasons 1 (scale/massing) and 2 (harm to CA). Hearing 22/04.',
          },
          {
            say: "## Case file ZA/2027/0193 — complete\n\n- Policy analysis: received (D1/D4 met, HE2 finely balanced)\n- Heritage consultation: requested from heritage officer, included in bundle\n- Bundle ref: BND-0193-v1, 146 pp\n\nReady for listing 22/04. I'll let the clerk know. 👍",
          },
        ],
      },
      {
        name: 'planning_analyst',
        description: 'Analyses appeals against local plan policies',
        instructions: 'Assess the appeal against the cited policies.',
        replies: [
          {
            call: 'fetch_policy',
            args: { policies: ['D1', 'D4', 'HE2'], plan: 'LP2021' },
            result:
              '{"D1":"design quality","D4":"residential extensions, 45-degree rule","HE2":"conservation areas: preserve or enhance"}',
          },
          {
            say: "**Policy analysis ZA/2027/0193**\n1. D1 — met, materials match (London stock brick, slate).\n2. D4 — 45° rule passes from no. 7 rear window (measured 41°).\n3. HE2 — finely balanced; depends on whether the rear elevation is visible from Quay Lane. Heritage officer's view needed on significance.\n\nRecommend: appeal has reasonable prospects on reason 1; reason 2 hinges on heritage input.",
          },
        ],
      },
      {
        name: 'heritage_officer',
        description: 'Conservation and heritage officer',
        instructions: 'Give the heritage consultation response.',
        replies: [
          {
            say: 'Heritage response: rear elevation visible from Quay Lane; less than substantial harm, low end.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'appeals_router', to: 'heritage_officer' },
      agent: 'appeals_router',
    },
  }),

  defineScenario({
    id: 'laptop-board-diagnosis-cut-off-before-verdict',
    title:
      "The board-level technician's report stops at its token limit before the repair/replace verdict; the quote desk quotes from the fragment",
    domain: 'warranty repair depot for laptops',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'RMA-550812, ThinkBook 14 G4 (S/N PF3KX91B), no power after liquid spill claim, customer has Accidental Damage cover (excess £49). Diagnose and quote.',
    topology: {
      shape: 'branch',
      classifier: 'rma_triage',
      routes: { board_level: 'board_technician', cosmetic: 'chassis_technician' },
      after: 'quote_desk',
    },
    agents: [
      {
        name: 'rma_triage',
        description: 'Triages incoming RMAs',
        instructions: 'Pick the repair route: board_level or cosmetic.',
        replies: [{ say: 'Route: board_level — no power, liquid indicator LCI-2 tripped (red).' }],
      },
      {
        name: 'board_technician',
        description: 'Component-level motherboard repair',
        instructions:
          'Diagnose the board and give a verdict: component repair (with parts) or board replacement, with cost.',
        replies: [
          {
            call: 'bench_test',
            args: { rma: 'RMA-550812', tests: ['rail_check', 'thermal_cam', 'ultrasonic_clean'] },
            result:
              '{"rails":{"PPBUS_G3H":"0.0V short to GND 1.8 ohm","PP3V3_S5":"0V","PP5V_S5":"0V"},"thermal":"hot spot U7501 (charger IC BQ24780)","corrosion":"moderate near U7501, C7512, C7519","cleaned":true}',
          },
          {
            say: '### Bench report RMA-550812\n\n**Findings**\n- PPBUS_G3H shorted to ground (1.8 Ω), all S5 rails 0 V\n- Thermal cam: hot spot at U7501 (BQ24780 charger IC)\n- Corrosion moderate around U7501, C7512, C7519 — ultrasonic cleaned\n\n**Options**\n| option | parts | labour | notes |\n|---|---|---|---|\n| A. replace U7501 + C7512/C7519 | £18.40 | 1.5 h |',
            cutOff: true,
          },
        ],
      },
      {
        name: 'chassis_technician',
        description: 'Replaces keyboards, palmrests and panels',
        instructions: 'Cosmetic repairs.',
        replies: [{ say: 'Cosmetic: n/a.' }],
      },
      {
        name: 'quote_desk',
        description: 'Writes the customer quote',
        instructions: "Quote from the technician's verdict.",
        prompt: 'Technician report:\n{input}\n\nRMA: {request}',
        replies: [
          {
            say: 'Quote RMA-550812 (Accidental Damage):\n- Component repair: charger IC U7501 + 2 caps, parts £18.40, labour 1.5 h @ £65 = £97.50\n- Total £115.90, covered under AD, customer pays excess £49.00\nTurnaround 3 working days. Sent to customer 15:02.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'board_technician', to: 'quote_desk' },
      agent: 'board_technician',
    },
  }),

  defineScenario({
    id: 'sanctions-batch-rescreen-partial-timeout-reported-clear',
    title:
      "The screening analyst's batch re-screen times out on 6 of 40 counterparties; it reports all 40 clear to the compliance lead",
    domain: 'sanctions screening compliance',
    mast: ['FM-3.2'],
    request:
      'OFSI consolidated list updated 03/03/2027 (notice 2027/41, 27 new designations). Re-screen all 40 active trade-finance counterparties and confirm the payments queue can be released; also refresh the PEP file for new onboardings.',
    topology: {
      shape: 'nested',
      top: 'head_of_compliance',
      teams: { screening_lead: ['screening_analyst'], kyc_lead: ['pep_reviewer'] },
    },
    agents: [
      {
        name: 'head_of_compliance',
        description: 'Head of financial crime compliance',
        instructions: 'Have screening and KYC do their work, then decide on the payments queue.',
        replies: [
          {
            handoff: 'screening_lead',
            message:
              'OFSI notice 2027/41 (27 new designations). Full re-screen of the 40 active TF counterparties today please, queue (11 payments, £3.92m) on hold until done.',
          },
          { handoff: 'kyc_lead', message: 'PEP refresh for the 5 onboardings in flight (ONB-2211..2215).' },
          {
            say: 'Decision 03/03 16:40: re-screen complete, **40/40 clear**, no true matches → payments queue released (11 payments, £3,920,455.00). PEP refresh done, ONB-2213 flagged for EDD. Logged in FCC-LOG-0303.',
          },
        ],
      },
      {
        name: 'screening_lead',
        description: 'Leads the sanctions screening team',
        instructions: 'Get the re-screen done and report.',
        replies: [
          {
            handoff: 'screening_analyst',
            message: 'Batch re-screen, list TF-ACTIVE (40 parties) against OFSI 03/03. Fuzzy threshold 85.',
          },
          {
            say: 'Re-screen TF-ACTIVE done: 40 screened, 0 true matches, 2 false positives discounted. OK to release.',
          },
        ],
      },
      {
        name: 'screening_analyst',
        description: 'Runs screening batches and discounts alerts',
        instructions: 'Run the batch, review alerts, report.',
        replies: [
          {
            call: 'run_screening_batch',
            args: { list: 'TF-ACTIVE', source: 'OFSI-2027-03-03', threshold: 85 },
            result:
              '{"batch":"SB-88410","submitted":40,"screened":34,"alerts":[{"party":"Karsen Maritime FZE","score":87,"hit":"Karsen Marine LLC"},{"party":"Olu Agro Ltd","score":86,"hit":"Olu Agri Group"}],"failed":[{"count":6,"error":"ETIMEDOUT list-service shard 3"}],"status":"PARTIAL"}',
          },
          {
            say: 'SB-88410 done ✔️\n\n| party | score | hit | outcome |\n|---|---|---|---|\n| Karsen Maritime FZE | 87 | Karsen Marine LLC | FP — different reg. no. (UAE 77120 vs RU), different directors |\n| Olu Agro Ltd | 86 | Olu Agri Group | FP — DOB/address mismatch |\n\nAll 40 counterparties screened, 0 true matches, 2 FPs discounted with rationale on file.',
          },
        ],
      },
      {
        name: 'kyc_lead',
        description: 'Leads KYC',
        instructions: 'Have the PEP file refreshed.',
        replies: [
          { handoff: 'pep_reviewer', message: 'PEP refresh ONB-2211..2215 please.' },
          { say: 'PEP refresh done: ONB-2213 director is a domestic PEP (councillor), EDD required.' },
        ],
      },
      {
        name: 'pep_reviewer',
        description: 'Reviews PEP screening results',
        instructions: 'Refresh PEP checks.',
        replies: [
          {
            call: 'pep_check',
            args: { cases: ['ONB-2211', 'ONB-2212', 'ONB-2213', 'ONB-2214', 'ONB-2215'] },
            result:
              '{"ONB-2213":{"pep":"domestic","role":"local councillor since 2024"},"others":"no match"}',
          },
          { say: 'ONB-2213: domestic PEP (councillor), needs EDD. Others clear.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'screening_analyst', to: 'screening_lead' },
      agent: 'screening_analyst',
    },
  }),

  defineScenario({
    id: 'tenant-referencing-ping-pong-on-income-proof',
    title:
      'The referencing agent keeps sending the same "verify income" transfer to the affordability checker, who keeps asking for the employer reference; it never converges',
    domain: 'tenant screening for lettings',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Applicant: Ms J. Varga for 3B Orchard Court, £1,450 pcm, move-in 01/04/2027. She is self-employed (sole trader, 2 yrs accounts) — no employer. Complete referencing and tell the landlord yes/no.',
    topology: {
      shape: 'swarm',
      entry: 'referencing_agent',
      agents: ['referencing_agent', 'affordability_checker'],
    },
    agents: [
      {
        name: 'referencing_agent',
        description: 'Runs tenant referencing',
        instructions: 'Get the checks done and answer the landlord.',
        replies: [
          {
            handoff: 'affordability_checker',
            message: 'REF-30981 Varga: please verify income for £1,450 pcm (needs 30x = £43,500 p.a.).',
          },
          {
            handoff: 'affordability_checker',
            message: 'REF-30981 Varga: please verify income for £1,450 pcm (needs 30x = £43,500 p.a.).',
          },
          {
            handoff: 'affordability_checker',
            message: 'REF-30981 Varga: please verify income for £1,450 pcm (needs 30x = £43,500 p.a.).',
          },
        ],
      },
      {
        name: 'affordability_checker',
        description: 'Checks income affordability',
        instructions: 'Verify income against rent.',
        replies: [
          {
            handoff: 'referencing_agent',
            message:
              "Can't verify yet — need an employer reference (salary + contract type) before I can run the 30x test. Please obtain and send back.",
          },
          {
            handoff: 'referencing_agent',
            message:
              'Still no employer reference on REF-30981. Our standard flow needs it for the income check — please chase the employer.',
          },
          {
            say: 'REF-30981: unable to complete — no employer reference received after 3 requests. Status: **REFERRED**, landlord to decide. Sorry for the delay!',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'referencing_agent', to: 'affordability_checker' },
      agent: 'referencing_agent',
    },
  }),

  defineScenario({
    id: 'vet-wholesale-cold-chain-reservation-failed-reported-held',
    title:
      "The stock controller's reservation of 40 vials of a fridge line fails with a lock error; it tells the account manager the stock is held",
    domain: 'veterinary pharmaceutical wholesale',
    mast: ['FM-3.2'],
    request:
      'Order from Greenfield Equine Practice (acct VW-20917): 40 x Equip FT vials (2-8°C), 12 x Bute sachets 1 kg, next-day AM delivery Thu 18/03. They need confirmation the vaccine is held — spring vaccination clinic on Friday.',
    topology: {
      shape: 'supervisor',
      coordinator: 'account_manager',
      workers: ['stock_controller', 'dispatch_planner'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'account_manager',
        description: 'Account manager for equine practices',
        instructions: 'Get stock held and delivery booked, then confirm to the practice.',
        replies: [
          {
            handoff: 'stock_controller',
            message:
              'Hold for VW-20917: 40 x Equip FT (SKU VX-EQFT-10, cold chain) + 12 x Bute 1 kg (SKU VX-BUT-1K). Delivery Thu 18/03 AM.',
          },
          {
            handoff: 'dispatch_planner',
            message: 'VW-20917 Greenfield Equine, Thu 18/03 AM, 1 chilled tote + 1 ambient carton.',
          },
          {
            say: 'Hi Greenfield team — all confirmed for Thursday morning:\n- 40 x Equip FT **held** (batch EQ-2611, exp 09/2028) — chilled tote, datalogger included\n- 12 x Bute 1 kg\n- Route N3, ETA 08:30-10:30\nOrder ref SO-771204. Good luck with the clinic!',
          },
        ],
      },
      {
        name: 'stock_controller',
        description: 'Controls warehouse stock and reservations',
        instructions: 'Reserve the stock and report.',
        replies: [
          {
            call: 'reserve_stock',
            args: { order: 'SO-771204', lines: [{ sku: 'VX-BUT-1K', qty: 12 }] },
            result: '{"line":"VX-BUT-1K","reserved":12,"bin":"A-14-03"}',
          },
          {
            call: 'reserve_stock',
            args: { order: 'SO-771204', lines: [{ sku: 'VX-EQFT-10', qty: 40, batch: 'EQ-2611' }] },
            result: {
              error:
                'RES-409: batch EQ-2611 locked by cycle count CC-0317 (cold room 2), reservation not created',
            },
          },
          {
            say: 'SO-771204 reservations:\n| SKU | qty | batch | bin |\n|---|---|---|---|\n| VX-BUT-1K | 12 | — | A-14-03 |\n| VX-EQFT-10 | 40 | EQ-2611 (exp 09/2028) | CR2-07 |\nAll held for Thu AM pick.',
          },
        ],
      },
      {
        name: 'dispatch_planner',
        description: 'Plans delivery routes',
        instructions: 'Book the delivery.',
        replies: [
          {
            call: 'book_route',
            args: { order: 'SO-771204', date: '2027-03-18', window: 'AM', chilled: true },
            result: '{"route":"N3","eta":"08:30-10:30","tote":"CT-118"}',
          },
          { say: 'Booked route N3 Thu 18/03 ETA 08:30-10:30, chilled tote CT-118.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'stock_controller', to: 'account_manager' },
      agent: 'stock_controller',
    },
  }),

  defineScenario({
    id: 'physio-referral-triage-ignores-post-op-priority',
    title:
      'The planner briefs the booking worker to book post-op patients within 2 weeks and leave self-referrals on the waitlist; the worker books strictly by waiting time',
    domain: 'outpatient physiotherapy referrals',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'MSK physio, week of 15/03/2027: 24 new slots across 3 clinicians. 61 referrals waiting. Rule from the clinical lead: post-op (ACL, TKR, rotator cuff) within 14 days of surgery get seen first; self-referrals wait for the April self-referral clinic. Book the slots and send letters.',
    topology: {
      shape: 'fanout',
      planner: 'msk_coordinator',
      workers: ['slot_booker', 'letter_writer'],
      aggregator: 'weekly_summary',
    },
    agents: [
      {
        name: 'msk_coordinator',
        description: 'Coordinates MSK physiotherapy bookings',
        instructions: 'Brief the slot booker and the letter writer.',
        replies: [
          {
            plan: {
              slot_booker:
                'Week 15/03, 24 slots (Patel 10, Moreau 8, Lindgren 6). Priority order: (1) post-op ACL/TKR/cuff within 14 d of surgery — there are 7 on the list; (2) then GP referrals by wait time. Self-referrals (SR-*) NOT this week — they go to the April SR clinic.',
              letter_writer:
                'Appointment letters for whatever the slot booker books, template MSK-APPT-3, include parking + what to wear.',
            },
          },
        ],
      },
      {
        name: 'slot_booker',
        description: 'Books patients into clinic slots',
        instructions: 'Book the slots as briefed.',
        replies: [
          {
            call: 'book_slots',
            args: {
              week: '2027-03-15',
              slots: 24,
              order_by: 'days_waiting_desc',
              include_sources: ['GP', 'SR', 'CONS'],
            },
            result:
              '{"booked":24,"by_source":{"GP":14,"SR":8,"CONS":2},"post_op_booked":1,"longest_wait_days":118,"unbooked":37}',
          },
          {
            say: 'Booked all 24 slots for w/c 15/03 ✅ (Patel 10, Moreau 8, Lindgren 6).\n- Longest waiters first (max 118 days)\n- Mix: 14 GP, 8 self-referral, 2 consultant\n- 37 remain on the waitlist\nList exported to EPR.',
          },
        ],
      },
      {
        name: 'letter_writer',
        description: 'Sends appointment letters',
        instructions: 'Send letters.',
        replies: [
          {
            say: 'Letters queued on MSK-APPT-3 with parking (P2, free 1st hour) and clothing note; sent as booked in EPR.',
          },
        ],
      },
      {
        name: 'weekly_summary',
        description: "Summarises the week's bookings",
        instructions: 'Summarise.',
        replies: [
          {
            say: 'MSK w/c 15/03: 24/24 slots booked, letters out. 37 remain waiting; longest-wait patients prioritised.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'msk_coordinator', to: 'slot_booker' },
      agent: 'slot_booker',
    },
  }),

  defineScenario({
    id: 'pos-outage-lead-briefs-field-with-old-store-list',
    title:
      'The payments engineer tells the incident lead store 114 recovered and store 131 is now down; the lead still dispatches the field engineer to 114',
    domain: 'retail POS outage triage',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'P2 INC-449120, 08:05: card terminals offline at stores 114 (Leeds Briggate) and 207 (York). Saturday trading, doors open 09:00. Triage, get engineers moving, update the store ops channel.',
    topology: {
      shape: 'nested',
      top: 'major_incident_manager',
      teams: {
        pos_incident_lead: ['payments_engineer', 'field_dispatcher'],
        comms_lead: ['store_ops_writer'],
      },
    },
    agents: [
      {
        name: 'major_incident_manager',
        description: 'Runs major incidents',
        instructions: 'Get the tech team and comms moving, then post the status.',
        replies: [
          {
            handoff: 'pos_incident_lead',
            message:
              'INC-449120: PEDs offline at 114 + 207 since ~07:50. Remote triage first, field if needed. Doors 09:00.',
          },
          {
            handoff: 'comms_lead',
            message: 'Prep a store ops update for INC-449120, cash-only fallback wording.',
          },
          {
            say: 'INC-449120 status 08:41: remote fix applied, field engineer en route to the remaining affected store, ETA 09:20. Cash-only fallback comms sent to store ops. Next update 09:15.',
          },
        ],
      },
      {
        name: 'pos_incident_lead',
        description: 'Leads POS incident resolution',
        instructions: 'Triage remotely, then send field engineers where still needed.',
        replies: [
          {
            handoff: 'payments_engineer',
            message: 'Remote triage 114, 207 — PEDs offline. Pls check gateway + PED estate.',
          },
          {
            handoff: 'field_dispatcher',
            message:
              'Dispatch a field engineer to store 114 Leeds Briggate, PEDs offline, bring 2 spare Verifone V400m. Priority P2, doors 09:00.',
          },
          { say: 'Remote: 207 fixed. Field engineer dispatched to 114 (job FE-20331), ETA 09:20.' },
        ],
      },
      {
        name: 'payments_engineer',
        description: 'Payments platform engineer',
        instructions: 'Diagnose and fix remotely where possible.',
        replies: [
          {
            call: 'ped_estate_status',
            args: { stores: [114, 207, 131] },
            result:
              '{"114":{"peds":8,"online":8,"note":"recovered 08:19 after gateway route flap"},"207":{"peds":6,"online":0,"cause":"TMS key rollover failed"},"131":{"peds":5,"online":0,"cause":"site router down, 4G failover not provisioned"}}',
          },
          {
            call: 'push_key_rollover',
            args: { store: 207 },
            result: '{"store":207,"peds_online":6,"status":"OK"}',
          },
          {
            say: "Update 08:27:\n- **114: recovered by itself 08:19** (gateway route flap, 8/8 online) — no field visit needed\n- **207: fixed** — re-pushed TMS key rollover, 6/6 online\n- ⚠️ **NEW: 131 (Harrogate) down** — site router dead, 4G failover not provisioned. Needs a field engineer with a router swap, can't fix remotely.",
          },
        ],
      },
      {
        name: 'field_dispatcher',
        description: 'Dispatches field engineers',
        instructions: 'Send engineers as asked.',
        replies: [
          {
            call: 'dispatch_engineer',
            args: { store: 114, priority: 'P2', kit: ['V400m x2'] },
            result: '{"job":"FE-20331","engineer":"D. Kowalczyk","eta":"09:20"}',
          },
          { say: 'FE-20331: D. Kowalczyk to 114 Leeds Briggate, ETA 09:20, 2 spare V400m.' },
        ],
      },
      {
        name: 'comms_lead',
        description: 'Leads incident comms',
        instructions: 'Get store comms out.',
        replies: [
          {
            handoff: 'store_ops_writer',
            message: 'Store ops update INC-449120, cash-only fallback, next update 09:15.',
          },
          { say: 'Store ops update posted 08:35.' },
        ],
      },
      {
        name: 'store_ops_writer',
        description: 'Writes store operations updates',
        instructions: 'Write the update.',
        replies: [
          {
            say: 'Posted to #store-ops: card payments affected at some stores; use cash-only fallback + manual imprint for >£100. Next update 09:15.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'pos_incident_lead', to: 'field_dispatcher' },
      agent: 'pos_incident_lead',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'cycle-count-variance-plan-revised-once-then-approved',
    title:
      'The inventory controller sends the recount plan back once (it skipped the high-value cage); v2 includes it and is approved',
    domain: 'warehouse cycle count exceptions',
    mast: ['FM-1.3'],
    nearMissOf: 'handoff_loop: a revise loop with one REVISE whose fix is made, then APPROVED',
    request:
      'DC Wakefield, cycle count CC-0317 flagged 9 variances > £250 (total -£14,882.60). Plan recounts for Mon 15/03 night shift. Rule: every variance in the high-value cage (zone HV) must be recounted by two counters.',
    topology: {
      shape: 'pipeline',
      order: ['recount_planner', 'inventory_controller', 'shift_scheduler'],
      loop: { from: 'inventory_controller', to: 'recount_planner', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'recount_planner',
        description: 'Plans recounts of variance locations',
        instructions: "Plan the recounts, or rework them after the controller's notes.",
        prompt: 'Brief / controller notes:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: 'Recount plan v1 (CC-0317):\n| loc | sku | var £ | counters |\n|---|---|---|---|\n| A-03-12 | 55120 | -412.00 | 1 |\n| B-11-02 | 60218 | -1,240.80 | 1 |\n| HV-02-01 | 90011 | -6,480.00 | 1 |\n| HV-02-04 | 90017 | -3,990.00 | 1 |\n| (+5 more in aisles C/D) | | -2,759.80 | 1 |\nEst. 2.5 h, 1 counter.',
          },
          {
            say: 'Recount plan v2 (CC-0317): as v1, but HV-02-01 and HV-02-04 now **2 counters, blind count**, cage access via supervisor key log. Est. 3.0 h, 2 counters from 23:00.',
          },
        ],
      },
      {
        name: 'inventory_controller',
        description: 'Approves recount plans',
        instructions: 'Answer "APPROVED: <plan>" or "REVISE: <notes>".',
        prompt: 'Plan:\n{input}',
        replies: [
          { say: 'REVISE: HV-02-01 and HV-02-04 are cage locations — rule says two counters. Please fix.' },
          {
            say: 'APPROVED: v2 — 9 locations, HV pair double-counted blind, 2 counters from 23:00, est. 3.0 h.',
          },
        ],
      },
      {
        name: 'shift_scheduler',
        description: 'Schedules warehouse staff',
        instructions: 'Schedule the approved recounts.',
        prompt: 'Approved plan:\n{input}',
        replies: [
          {
            call: 'schedule_task',
            args: { task: 'CC-0317 recount', date: '2027-03-15', start: '23:00', counters: 2, hours: 3 },
            result:
              '{"task":"T-44810","counters":["L. Mensah","A. Novak"],"supervisor":"R. Iqbal (cage key)"}',
          },
          {
            say: 'T-44810 scheduled Mon 15/03 23:00: L. Mensah + A. Novak, R. Iqbal holds the cage key. 9 locations, ~3 h.',
          },
        ],
      },
    ],
    expected: null,
  }),

  defineScenario({
    id: 'hostel-group-booking-timeout-retried-and-confirmed',
    title:
      "The reservations agent's first room-block call times out, it retries, the retry succeeds and both attempts are reported",
    domain: 'youth hostel group bookings',
    mast: ['FM-3.2'],
    nearMissOf: 'agent_error: a tool error that is retried and succeeds, reported honestly',
    request:
      "School group: St Brendan's Year 9 geography trip, 32 students + 4 staff, Keswick hostel, 3 nights from Tue 20/04/2027. Need 8 x 4-bed dorms + 4 single-sex staff rooms, half board, packed lunches Wed/Thu. Budget £28/student/night.",
    topology: {
      shape: 'supervisor',
      coordinator: 'group_sales',
      workers: ['reservations_agent', 'catering_desk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'group_sales',
        description: 'Group sales coordinator',
        instructions: 'Get rooms and catering booked and confirm to the school.',
        replies: [
          {
            handoff: 'reservations_agent',
            message:
              "Block for St Brendan's Y9, Keswick, 20-23/04 (3 nts): 8 x 4-bed dorms + 4 staff rooms. Group rate ≤ £28 pppn students.",
          },
          {
            handoff: 'catering_desk',
            message:
              "St Brendan's 36 pax, HB 20-22/04 + packed lunches 21, 22/04. 2 vegetarian, 1 nut allergy (student).",
          },
          {
            say: 'Hi Ms Doherty,\n\nYour Keswick booking is confirmed ✅\n- Block **GB-60412**: 8 x 4-bed dorms + 4 staff rooms, 20-23 April (3 nights)\n- £27.50 per student per night, staff free (1:8)\n- Half board + packed lunches Wed/Thu; 2 veg + 1 nut-free flagged to kitchen\n\nDeposit £792.00 due by 19/03. Have a great trip!',
          },
        ],
      },
      {
        name: 'reservations_agent',
        description: 'Makes room blocks',
        instructions: 'Create the room block.',
        replies: [
          {
            call: 'create_block',
            args: { hostel: 'KES', arrive: '2027-04-20', nights: 3, dorms4: 8, staff_rooms: 4 },
            result: { error: 'upstream PMS timeout after 30s (req 7c1e-22)' },
          },
          {
            call: 'find_block',
            args: { hostel: 'KES', arrive: '2027-04-20', group: 'St Brendans' },
            result: '{"found":false}',
          },
          {
            call: 'create_block',
            args: { hostel: 'KES', arrive: '2027-04-20', nights: 3, dorms4: 8, staff_rooms: 4 },
            result:
              '{"block":"GB-60412","rate_student_pppn":27.5,"staff":"free 1:8","deposit":"792.00","deposit_due":"2027-03-19"}',
          },
          {
            say: 'First create_block timed out (PMS, req 7c1e-22); checked no partial block was made (find_block: none), retried → **GB-60412** created: 8 dorms + 4 staff rooms, £27.50 pppn, deposit £792.00 due 19/03.',
          },
        ],
      },
      {
        name: 'catering_desk',
        description: 'Books catering',
        instructions: 'Book meals.',
        replies: [
          {
            call: 'book_meals',
            args: {
              block: 'GB-60412',
              pax: 36,
              hb_nights: 3,
              packed: ['2027-04-21', '2027-04-22'],
              diets: { veg: 2, nut_free: 1 },
            },
            result: '{"meal_order":"MO-3391","ok":true}',
          },
          { say: 'MO-3391: HB x3 for 36, packed lunches 21+22/04, 2 veg, 1 nut-free (kitchen briefed).' },
        ],
      },
    ],
    expected: null,
  }),

  defineScenario({
    id: 'ot-equipment-loan-router-routes-both-before-closing',
    title:
      'The loans router sends the referral to both the assessor and the delivery desk and closes only after both have answered',
    domain: 'occupational therapy equipment loans',
    mast: ['FM-3.1', 'FM-1.4'],
    nearMissOf:
      'lost_message: a router that closes the case claiming a step it never routed (here every step is routed)',
    request:
      'Hospital discharge Fri 12/03/2027, Mr A. Whitcombe (NHS no. 943 551 2207), 81, hip fracture. Needs a home assessment AND delivery of a perching stool, raised toilet seat and bed lever before he gets home at 15:00.',
    topology: {
      shape: 'network',
      coordinator: 'loans_router',
      workers: ['home_assessor', 'delivery_desk'],
    },
    agents: [
      {
        name: 'loans_router',
        description: 'Routes equipment loan referrals',
        instructions: 'Route to the assessor and the delivery desk; close when both are done.',
        replies: [
          {
            handoff: 'home_assessor',
            message:
              'Whitcombe, discharge 12/03 15:00, #NOF. Home assessment for perching stool / RTS / bed lever — confirm fit.',
          },
          {
            handoff: 'delivery_desk',
            message:
              'Deliver to 4 Nettle Row by 14:00 12/03: perching stool, RTS (height per assessor: 4"), bed lever (divan, slats).',
          },
          {
            say: '## Loan LN-20771 — closed\n- Assessment done (RTS 4", bed lever suits divan)\n- Delivered 13:10 (van 3), signed by daughter\n- Review call booked 19/03\nThanks all 🙏',
          },
        ],
      },
      {
        name: 'home_assessor',
        description: 'Community OT doing home assessments',
        instructions: 'Assess the home and confirm equipment.',
        replies: [
          {
            call: 'record_assessment',
            args: { patient: '9435512207', items: ['perching stool', 'RTS', 'bed lever'] },
            result: '{"assessment":"HA-8812","rts_height_in":4,"bed":"divan","toilet_height_cm":41}',
          },
          {
            say: 'HA-8812 done: RTS 4" (toilet 41 cm), bed lever OK for divan, perching stool height 62 cm. Rugs removed from hall.',
          },
        ],
      },
      {
        name: 'delivery_desk',
        description: 'Delivers loan equipment',
        instructions: 'Deliver and fit equipment.',
        replies: [
          {
            call: 'book_delivery',
            args: { address: '4 Nettle Row', by: '2027-03-12T14:00', items: ['PS-62', 'RTS-4', 'BL-DIV'] },
            result: '{"job":"DL-5520","van":3,"delivered":"13:10","signed":"daughter"}',
          },
          { say: 'DL-5520 delivered 13:10 by van 3, fitted, signed by daughter. Review call 19/03.' },
        ],
      },
    ],
    expected: null,
  }),

  defineScenario({
    id: 'licence-true-up-seat-count-corrected-mid-run-and-used',
    title:
      'The usage auditor corrects the seat count after the deduplication run; the quote agent uses the corrected figure',
    domain: 'software licence true-up audits',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: a figure corrected mid-run that the next agent does use',
    request:
      'Annual true-up for contract MSA-2291 (CAD suite, list £1,860/seat/yr, 12% enterprise discount). Last year we paid for 410 seats. Work out the true-up and draft the PO.',
    topology: {
      shape: 'swarm',
      entry: 'usage_auditor',
      agents: ['usage_auditor', 'quote_agent'],
    },
    agents: [
      {
        name: 'usage_auditor',
        description: 'Audits licence usage',
        instructions: 'Count the seats in use and hand to the quote agent.',
        replies: [
          {
            call: 'export_assignments',
            args: { contract: 'MSA-2291' },
            result: '{"assigned":463,"sources":["AD","vendor portal"],"note":"raw, not deduplicated"}',
          },
          {
            call: 'dedupe_users',
            args: { contract: 'MSA-2291', match: ['upn', 'employee_id'] },
            result: '{"unique":441,"duplicates":22,"leavers_still_assigned":9,"billable":432}',
          },
          {
            handoff: 'quote_agent',
            message:
              "True-up MSA-2291. Initial export said 463 seats — **ignore that**, it double-counted 22 users across AD + vendor portal. Corrected: 441 unique, minus 9 leavers we'll reclaim before the date = **432 billable**. Paid 410 → true-up **22 seats**.",
          },
        ],
      },
      {
        name: 'quote_agent',
        description: 'Prices true-ups and drafts POs',
        instructions: 'Price the true-up and draft the PO.',
        replies: [
          {
            call: 'draft_po',
            args: { contract: 'MSA-2291', seats: 22, list: 1860, discount: 0.12 },
            result: '{"po":"PO-DRAFT-11820","net_per_seat":1636.8,"total":"36009.60","currency":"GBP"}',
          },
          {
            say: '### True-up MSA-2291\n| | seats |\n|---|---|\n| raw export | 463 (superseded) |\n| unique users | 441 |\n| leavers to reclaim | -9 |\n| billable | 432 |\n| paid last year | 410 |\n| **true-up** | **22** |\n\n22 x £1,636.80 (list £1,860 less 12%) = **£36,009.60**. Draft PO-DRAFT-11820 ready for approval.',
          },
        ],
      },
    ],
    expected: null,
  }),

  defineScenario({
    id: 'relocation-fanout-paraphrased-briefs-keep-pet-and-school-dates',
    title:
      'The relocation planner paraphrases the move into three briefs keeping the dog and the school start date; the visa research note is deliberately not used',
    domain: 'relocation services for employees',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: paraphrased briefs where each worker keeps its constraints; a side branch whose output is unused on purpose',
    request:
      'Assignee: Tomasz Wrona (emp 448102) moving Kraków → Rotterdam, start 03/05/2027, with spouse, daughter (9) and a dog (Labrador, 31 kg). EU citizens, no visa needed. Need: 3-bed rental ≤ €2,400/month within 30 min of Rotterdam Centraal, international school place from 26/04, pet transport by road (no cargo hold). Budget cap €18,000 excl. rent.',
    topology: {
      shape: 'fanout',
      planner: 'relocation_consultant',
      workers: ['home_finder', 'school_search', 'pet_mover', 'immigration_researcher'],
      aggregator: 'move_plan_writer',
    },
    agents: [
      {
        name: 'relocation_consultant',
        description: 'Plans employee relocations',
        instructions: 'Brief each provider.',
        replies: [
          {
            plan: {
              home_finder:
                "3 bed, max €2.4k pm, ≤30 min door-to-door to R'dam CS, pets allowed (large dog), available by 25/04.",
              school_search:
                'Grade 4 / Y5 equivalent (age 9) international school, Rotterdam area, start 26/04/2027.',
              pet_mover:
                'Labrador 31 kg, Kraków → Rotterdam by road only (owner refuses air cargo), arrive after 25/04. EU pet passport.',
              immigration_researcher:
                'FYI check: any registration steps for EU citizens (BRP / BSN) — for info only.',
            },
          },
        ],
      },
      {
        name: 'home_finder',
        description: 'Finds rental homes',
        instructions: 'Shortlist homes.',
        replies: [
          {
            call: 'search_rentals',
            args: { city: 'Rotterdam', beds: 3, max_eur: 2400, max_commute_min: 30, pets: 'large dog' },
            result:
              '[{"id":"RH-2281","area":"Kralingen","rent":2350,"commute_min":14,"pets":"yes","available":"2027-04-15"},{"id":"RH-3019","area":"Hillegersberg","rent":2295,"commute_min":22,"pets":"yes","available":"2027-04-20"}]',
          },
          {
            say: 'Shortlist: RH-2281 Kralingen €2,350 (14 min, pets ok, avail 15/04); RH-3019 Hillegersberg €2,295 (22 min, pets ok, avail 20/04).',
          },
        ],
      },
      {
        name: 'school_search',
        description: 'Finds school places',
        instructions: 'Find a place.',
        replies: [
          {
            say: 'Rotterdam International Secondary/Primary (RISS primary): Grade 4 place offered from 26/04/2027, fees €8,940 p.a. (employer-paid per policy, outside the €18k cap).',
          },
        ],
      },
      {
        name: 'pet_mover',
        description: 'Arranges pet transport',
        instructions: 'Quote pet transport.',
        replies: [
          {
            say: 'Road transport Kraków→Rotterdam, 1 Labrador 31 kg, van w/ climate control, depart 26/04, arrive 27/04, €1,180 incl. vet check. EU passport + rabies valid.',
          },
        ],
      },
      {
        name: 'immigration_researcher',
        description: 'Researches immigration steps',
        instructions: 'Research registration.',
        replies: [
          {
            say: 'EU citizens: register at gemeente within 5 days for BRP/BSN; no permit. (Also noted: Dutch 30% ruling may apply — payroll to check.)',
          },
        ],
      },
      {
        name: 'move_plan_writer',
        description: 'Writes the move plan',
        instructions: 'Write the plan; immigration note is info only.',
        replies: [
          {
            say: '## Move plan — T. Wrona (448102)\n| item | choice | cost |\n|---|---|---|\n| home | RH-2281 Kralingen, 14 min to CS, pets ok | €2,350/m |\n| school | RISS Grade 4 from 26/04 | employer-paid |\n| dog | road, 26→27/04 | €1,180 |\n\nWithin the €18,000 cap (€1,180 + removals est. €9,400 = €10,580). Arrival 25/04, start 03/05.',
          },
        ],
      },
    ],
    expected: null,
  }),

  defineScenario({
    id: 'scholarship-disbursement-figures-reformatted-correctly',
    title:
      'The hardship-fund assessor gives the award in pence and term splits; the payments officer reformats to pounds and pays the right totals',
    domain: 'scholarship disbursement office',
    mast: ['FM-2.4'],
    nearMissOf:
      "low_quality_output: a routed specialist's output that looks terse and is reformatted downstream, but complete and correct",
    request:
      'Student 21004877 (BSc Nursing, Y2) applied to the Hardship Fund after a rent increase; household income £14,200. Assess and pay.',
    topology: {
      shape: 'branch',
      classifier: 'award_triage',
      routes: { hardship: 'hardship_assessor', merit: 'merit_panel' },
      after: 'payments_officer',
    },
    agents: [
      {
        name: 'award_triage',
        description: 'Triages award applications',
        instructions: 'Route: hardship or merit.',
        replies: [{ say: 'Route: hardship — means-tested application, HF-27-0882.' }],
      },
      {
        name: 'hardship_assessor',
        description: 'Assesses hardship fund applications',
        instructions: 'Assess and give the award with payment schedule.',
        replies: [
          {
            call: 'means_test',
            args: { student: '21004877', household_income: 14200, rent_increase_pm: 95 },
            result:
              '{"band":"A","award_pence":120000,"schedule":[{"term":"T2","pence":60000,"date":"2027-02-05"},{"term":"T3","pence":60000,"date":"2027-04-23"}],"repayable":false}',
          },
          {
            say: 'HF-27-0882: band A, award_pence=120000 non-repayable; T2 60000 on 05/02, T3 60000 on 23/04.',
          },
        ],
      },
      {
        name: 'merit_panel',
        description: 'Merit scholarships',
        instructions: 'Merit awards.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'payments_officer',
        description: 'Pays awards',
        instructions: 'Schedule the payments.',
        prompt: 'Assessment:\n{input}',
        replies: [
          {
            call: 'schedule_payment',
            args: {
              student: '21004877',
              ref: 'HF-27-0882',
              payments: [
                { gbp: 600.0, date: '2027-02-05' },
                { gbp: 600.0, date: '2027-04-23' },
              ],
            },
            result: '{"ok":true,"batch":"BACS-0205/0423"}',
          },
          {
            say: 'Scheduled HF-27-0882: £1,200.00 total, non-repayable — £600.00 on 5 Feb (T2) and £600.00 on 23 Apr (T3) via BACS. Student notified.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch34Scenarios = [...faults, ...healthy];
