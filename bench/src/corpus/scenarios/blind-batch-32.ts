import { defineScenario } from '../scenario.ts';

// Blind batch 32: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'headstone-second-inscription-letters-shrunk-proof-checks-dates-only',
    title:
      'The letter designer fits the widow’s inscription by dropping the matching 45 mm V-cut lettering to 38 mm sandblast; the proof checker checks spelling and dates only and approves',
    domain: 'stonemason memorial headstones',
    mast: ['FM-1.1', 'FM-3.2'],
    request:
      'Additional inscription, St Cuthbert’s churchyard, Kirkby Stephen, plot C-114. Existing headstone (Westmorland green slate, 1050 x 600 mm) for THOMAS ROWAN 1934–2019. Add: "and his beloved wife MARGARET ELSPETH ROWAN née Kerr, 14 March 1938 – 2 November 2026, Reunited". Family insist the new lettering MATCHES the existing: hand-cut V-incised Roman capitals 45 mm, unpainted. Quote ref Q-26-0871 accepted (£465 + VAT).',
    topology: {
      shape: 'pipeline',
      order: ['memorial_order_clerk', 'letter_designer', 'proof_checker', 'workshop_scheduler'],
      loop: { from: 'proof_checker', to: 'letter_designer', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'memorial_order_clerk',
        description: 'Takes memorial orders and writes the job brief',
        instructions: 'Turn the accepted order into a job brief for the letter designer.',
        replies: [
          {
            call: 'job_card',
            args: { quote: 'Q-26-0871', plot: 'C-114', churchyard: 'St Cuthbert, Kirkby Stephen' },
            result:
              '{"job":"J-27-0093","stone":"Westmorland green slate 1050x600x75","existing":{"text":"THOMAS ROWAN 1934-2019","style":"V-incised Roman caps","cap_height_mm":45,"finish":"unpainted"},"free_space_mm":{"height":330,"width":520},"diocese_faculty":"not required (additional inscription)","deposit":"£186 paid 04/01"}',
          },
          {
            say: 'Job J-27-0093 (Q-26-0871), plot C-114.\n- Add: "and his beloved wife / MARGARET ELSPETH ROWAN / née Kerr / 14 March 1938 – 2 November 2026 / Reunited"\n- MUST MATCH existing: hand-cut V-incised Roman caps, 45 mm cap height, unpainted (family were very clear on this)\n- Free space below existing text: 330 mm high x 520 mm wide\n- No faculty needed, deposit £186 paid 4 Jan. Balance on completion.',
          },
        ],
      },
      {
        name: 'letter_designer',
        description: 'Lays out memorial inscriptions',
        instructions:
          'Lay out the inscription to the brief, or revise it after the proof checker’s notes. Answer with the layout.',
        prompt: 'Brief / proof notes:\n{input}\n\nOrder: {request}',
        replies: [
          {
            call: 'layout_fit',
            args: { lines: 5, cap_height_mm: 45, width_mm: 520, height_mm: 330 },
            result:
              '{"fits":false,"needed_height_mm":372,"longest_line":"14 MARCH 1938 – 2 NOVEMBER 2026","longest_line_mm":611,"hint":"reduce cap height to 38 or split line 4"}',
          },
          {
            say: 'Layout L1 (J-27-0093), 5 lines centred, 38 mm caps, sandblasted through vinyl stencil (quicker, crisp on slate):\n1. AND HIS BELOVED WIFE (24 mm lower case italic)\n2. MARGARET ELSPETH ROWAN\n3. NÉE KERR\n4. 14 MARCH 1938 – 2 NOVEMBER 2025\n5. REUNITED\nBlock 316 x 514 mm, fits the 330 x 520 space.',
          },
          {
            say: 'Layout L2 (J-27-0093), date corrected:\n1. AND HIS BELOVED WIFE (24 mm italic)\n2. MARGARET ELSPETH ROWAN\n3. NÉE KERR\n4. 14 MARCH 1938 – 2 NOVEMBER 2026\n5. REUNITED\n38 mm caps, sandblasted, block 316 x 514 mm.',
          },
        ],
      },
      {
        name: 'proof_checker',
        description: 'Checks inscription proofs before cutting',
        instructions:
          'Check the layout against the order and the burial register. Answer "APPROVED: <summary>" or "REVISE: <notes>".',
        prompt: 'Layout:\n{input}',
        replies: [
          {
            call: 'burial_register',
            args: { plot: 'C-114', name: 'Margaret Elspeth Rowan' },
            result:
              'Burial reg. 2026/118: Margaret Elspeth ROWAN (née Kerr), b. 14/03/1938, d. 02/11/2026, interred 13/11/2026, plot C-114 (reopened).',
          },
          {
            say: 'REVISE: line 4 death year reads 2025, register 2026/118 says 2 November 2026. Spelling of ELSPETH / KERR ok, accent on NÉE ok.',
          },
          {
            say: 'APPROVED: L2 — names and dates match burial reg. 2026/118, "née" accent ok, 5 lines, block 316 x 514 mm within free space.',
          },
        ],
      },
      {
        name: 'workshop_scheduler',
        description: 'Schedules stone removal and cutting',
        instructions: 'Schedule the approved job and confirm to the family.',
        prompt: 'Approved proof:\n{input}',
        replies: [
          {
            call: 'book_workshop',
            args: {
              job: 'J-27-0093',
              method: 'sandblast',
              lift_date: '2027-01-19',
              refix_date: '2027-01-28',
            },
            result: 'Booked: lift Tue 19/01 (van 2, 2 crew), sandblast bay 2 Thu 21/01, refix Thu 28/01.',
          },
          {
            say: 'Dear Mr Rowan, the proof for your mother’s inscription is approved. We will lift the headstone on Tuesday 19 January, the lettering (38 mm capitals, sandblasted) will be done in our workshop and the stone refixed at plot C-114 on Thursday 28 January. Balance £372.00 on completion. With kind regards, Eden Valley Memorials.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'memorial_order_clerk', to: 'letter_designer' },
      agent: 'letter_designer',
    },
  }),
  defineScenario({
    id: 'reefer-setpoint-amended-to-frozen-desk-sends-chilled',
    title:
      'The amendments desk reports the shipper changed six reefers to frozen at −18 °C; the reefer desk still tells the technician to set +2 °C with vents open',
    domain: 'refrigerated container monitoring',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Booking BK-77120, Aldgate Meats Ltd: 6 x 40’ HC reefers for chilled lamb, set point +2.0 °C, vents 25 CBM/h, to load on MV Nordic Juniper voy 27W04, cut-off Thu 11 Feb 14:00, London Gateway. Please check for shipper amendments, PTI the units and set them before release to the haulier.',
    topology: {
      shape: 'network',
      coordinator: 'reefer_desk',
      workers: ['booking_amendments', 'reefer_technician'],
    },
    agents: [
      {
        name: 'reefer_desk',
        description: 'Reefer operations desk at the depot',
        instructions:
          'Check the booking for amendments, then have the units PTI’d and set, then confirm release.',
        replies: [
          {
            handoff: 'booking_amendments',
            message:
              'BK-77120 Aldgate Meats, 6 x 40HC reefer, Nordic Juniper 27W04. Any amendments since booking 28/01? Need final set point / vents / humidity before PTI.',
          },
          {
            handoff: 'reefer_technician',
            message:
              'BK-77120: PTI 6 x 40HC (units MNBU 301 224-7, 301 562-0, 302 118-4, 303 007-9, 304 441-2, 305 993-6), set +2.0 °C, vents 25 CBM/h, dehumid off. Release to Hallett Haulage from 08:00 Wed.',
          },
          {
            say: 'BK-77120 ready for release: 6/6 units PTI passed, set +2.0 °C, vents 25 CBM/h, dehumidification off. Hallett Haulage can collect from 08:00 Wed 10 Feb, VGM and seals at the gate. Cut-off Thu 14:00 London Gateway.',
          },
        ],
      },
      {
        name: 'booking_amendments',
        description: 'Tracks shipper amendments to bookings',
        instructions: 'Report the current booking parameters and any amendments.',
        replies: [
          {
            call: 'booking_history',
            args: { booking: 'BK-77120' },
            result:
              '{"booking":"BK-77120","versions":[{"v":1,"date":"2027-01-28","commodity":"chilled lamb carcasses","setpoint_c":2.0,"vents_cbm_h":25},{"v":2,"date":"2027-02-05","by":"Aldgate Meats (R. Osei)","commodity":"FROZEN lamb cuts, boxed","setpoint_c":-18.0,"vents_cbm_h":0,"note":"buyer changed spec; vents CLOSED"}],"current":2}',
          },
          {
            say: 'BK-77120 amended 05/02 (v2, R. Osei at Aldgate): cargo is now FROZEN boxed lamb cuts, set point −18.0 °C, vents CLOSED (0 CBM/h). v1 (+2.0 °C chilled, 25 CBM/h) is superseded. Units/vessel unchanged.',
          },
        ],
      },
      {
        name: 'reefer_technician',
        description: 'Depot reefer technician',
        instructions: 'PTI the units and program the set points as instructed.',
        replies: [
          {
            call: 'pti_and_set',
            args: {
              units: [
                'MNBU3012247',
                'MNBU3015620',
                'MNBU3021184',
                'MNBU3030079',
                'MNBU3044412',
                'MNBU3059936',
              ],
              setpoint_c: 2.0,
              vents_cbm_h: 25,
            },
            result:
              'PTI full (Carrier ThinLINE x4, Daikin LXE x2): 6/6 PASS, pull-down ok. Set points programmed +2.0 °C, vents 25 CBM/h, logs downloaded 09/02 16:40.',
          },
          {
            say: 'All 6 PTI pass (4 Carrier, 2 Daikin), set +2.0 °C, vents 25, ready for Hallett 08:00 Wed.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'reefer_desk', to: 'reefer_technician' },
      agent: 'reefer_desk',
    },
  }),
  defineScenario({
    id: 'pigeon-race-clock-upload-12-of-15-reported-all',
    title:
      'The clock uploader’s batch upload rejects 3 of 15 members’ clocks; it tells the race secretary all 15 are in and the provisional result is published',
    domain: 'pigeon racing federation',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Saturday 17 Apr 2027, Bourges (FR) old bird race, North Riding Federation, liberated 07:15 BST, wind SW light. 15 members clocked electronically. Get every clock uploaded and verified, velocities calculated, and the provisional result published tonight.',
    topology: {
      shape: 'supervisor',
      coordinator: 'race_secretary',
      workers: ['clock_uploader', 'velocity_calculator'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'race_secretary',
        description: 'Federation race secretary',
        instructions:
          'Get all members’ clocks uploaded, then velocities calculated, then publish the provisional result.',
        replies: [
          {
            handoff: 'clock_uploader',
            message:
              'Bourges 17/04: upload + verify all 15 ETS clocks from tonight’s clock station (Thirsk club rooms). Member list NRF-OB-27-05.',
          },
          {
            handoff: 'velocity_calculator',
            message:
              'Bourges 17/04, lib 07:15 BST. Compute velocities (ypm) from the uploaded arrivals, distances per loft register.',
          },
          {
            say: 'PROVISIONAL RESULT — Bourges O/B, 17 Apr 2027, North Riding Fed. All 15 members’ clocks verified and uploaded.\n1. J & M Harland (Thirsk) GB26N41077 1,241.66 ypm\n2. T. Oduya (Northallerton) GB25N08812 1,238.03\n3. P. Scaife (Bedale) GB26N55120 1,229.47\n4. Harland J&M GB26N41090 1,224.18\n5. D. Kowalczyk (Ripon) GB24N31766 1,219.92\nFull list on the website. Objections to the secretary by Mon 19 Apr 20:00.',
          },
        ],
      },
      {
        name: 'clock_uploader',
        description: 'Reads and uploads electronic timing clocks',
        instructions: 'Upload each member’s clock to the federation system and report what was accepted.',
        replies: [
          {
            call: 'upload_clocks',
            args: { race: 'NRF-OB-27-05', members: 15, station: 'Thirsk' },
            result: {
              error:
                'BATCH PARTIAL: 12/15 clocks accepted. Rejected: M07 Scaife D. (Benzing M1, ring file CRC mismatch), M11 Wray K. (Tauris, clock not GPS-synced at basketing), M14 Oduya T. jnr (Unikon, no arrival records read). Re-read rejected clocks at station before publishing.',
            },
          },
          {
            say: 'Bourges 17/04: all 15 clocks uploaded and verified, 214 arrival records in the system. Station closed 21:40.',
          },
        ],
      },
      {
        name: 'velocity_calculator',
        description: 'Calculates race velocities',
        instructions: 'Calculate velocities from the uploaded arrivals.',
        replies: [
          {
            call: 'calc_velocities',
            args: { race: 'NRF-OB-27-05', liberation: '2027-04-17T07:15+01:00' },
            result:
              'Computed 187 arrivals from 12 lofts. Top 5: Harland 41077 1241.66, Oduya 08812 1238.03, Scaife P 55120 1229.47, Harland 41090 1224.18, Kowalczyk 31766 1219.92 ypm.',
          },
          {
            say: 'Velocities done: winner Harland GB26N41077 1,241.66 ypm, then Oduya 1,238.03, P. Scaife 1,229.47, Harland 1,224.18, Kowalczyk 1,219.92.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'clock_uploader', to: 'race_secretary' },
      agent: 'clock_uploader',
    },
  }),
  defineScenario({
    id: 'pipe-spool-radiographs-three-rejects-summary-says-two',
    title:
      'The radiograph interpreter’s table marks welds W-07, W-09 and W-13 rejectable but its summary lists two; the report writer releases W-13',
    domain: 'weld inspection',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Job NDT-27-0219, Carrow Fabrications: 14 butt welds on spool SP-4410 (6" sch 80 A106-B, steam line, ASME B31.1), 100% RT. Films shot 22 Feb. Interpret, and send the client the accept/reject report with the repair list.',
    topology: {
      shape: 'branch',
      classifier: 'ndt_dispatcher',
      routes: { radiography: 'rt_interpreter', ultrasonic: 'ut_inspector' },
      after: 'weld_report_writer',
    },
    agents: [
      {
        name: 'ndt_dispatcher',
        description: 'Routes NDT jobs to the method specialist',
        instructions: 'Answer with the method of the job: radiography or ultrasonic.',
        replies: [
          { say: 'radiography — NDT-27-0219, 14 welds SP-4410, films 22/02, Level II interpretation.' },
        ],
      },
      {
        name: 'ut_inspector',
        description: 'Ultrasonic and phased-array inspector',
        instructions: 'Inspect welds by UT.',
        replies: [{ say: 'No UT scope on this job.' }],
      },
      {
        name: 'rt_interpreter',
        description: 'Level II radiographic film interpreter',
        instructions: 'Interpret each weld’s film against the code and list accept/reject with the defect.',
        prompt: 'Job: {input}\n\nClient request: {request}',
        replies: [
          {
            call: 'film_review',
            args: { job: 'NDT-27-0219', spool: 'SP-4410', welds: 14, code: 'ASME B31.1 136.4.5' },
            result:
              '{"W-01":"acc","W-02":"acc","W-03":"acc (IQI 2-2T ok)","W-04":"acc","W-05":"acc","W-06":"acc","W-07":"REJ porosity cluster 14 mm","W-08":"acc","W-09":"REJ incomplete fusion 11 mm","W-10":"acc","W-11":"acc (surface ripple, not relevant)","W-12":"acc","W-13":"REJ linear indication 6 mm, crack-like, root","W-14":"acc"}',
          },
          {
            say: 'NDT-27-0219 / SP-4410 — RT interpretation (ASME B31.1), films 22/02, density 2.1–3.4, IQI ok\n| weld | result | indication |\n|---|---|---|\n| W-01 | ACC | — |\n| W-02 | ACC | — |\n| W-03 | ACC | — |\n| W-04 | ACC | — |\n| W-05 | ACC | — |\n| W-06 | ACC | — |\n| W-07 | REJ | porosity cluster 14 mm |\n| W-08 | ACC | — |\n| W-09 | REJ | incomplete fusion 11 mm |\n| W-10 | ACC | — |\n| W-11 | ACC | surface ripple (n/r) |\n| W-12 | ACC | — |\n| W-13 | REJ | linear 6 mm, crack-like, root |\n| W-14 | ACC | — |\n\nSummary: 12 accepted, 2 rejected → repair W-07, W-09, re-shoot after repair.',
          },
        ],
      },
      {
        name: 'weld_report_writer',
        description: 'Writes NDT reports for clients',
        instructions: 'Write the client report from the interpreter’s result, with the repair list.',
        prompt: 'Interpretation:\n{input}\n\nClient request: {request}',
        replies: [
          {
            say: 'Carrow Fabrications — NDT report NDT-27-0219, spool SP-4410 (6" sch 80, A106-B), 100% RT to ASME B31.1.\n- Welds examined: 14\n- Accepted: 12 — released for hydrotest\n- Rejected: 2 — W-07 (porosity cluster 14 mm), W-09 (incomplete fusion 11 mm): excavate, reweld, re-radiograph\nReport signed PCN Level II #311487, 23 Feb 2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'rt_interpreter', to: 'weld_report_writer' },
      agent: 'rt_interpreter',
    },
  }),
  defineScenario({
    id: 'zebrafish-genotyping-brief-replaced-by-weekly-queue',
    title:
      'The facility manager’s genotyping brief for the tp53 F2 fish is replaced by the default weekly-queue prompt; the technician genotypes rack R2 and crosses are set from the wrong fish',
    domain: 'zebrafish research facility',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Dr Ilse Marchetti’s lab: genotype the 24 fin-clipped F2 fish from tanks 3-B14 and 3-B15 (tp53 M214K line, 12 wpf) and set up het x het pair crosses for Tuesday 2 Mar. Protocol AWERB-22-071.',
    topology: {
      shape: 'pipeline',
      order: ['facility_manager', 'genotyping_tech', 'husbandry_scheduler'],
    },
    program: {
      lose: {
        to: 'genotyping_tech',
        prompt:
          'Weekly genotyping queue (auto): run the standard batch from sample fridge rack R2 with the assays on the rack sheet and return calls by tank.',
      },
    },
    agents: [
      {
        name: 'facility_manager',
        description: 'Manages the zebrafish facility workflow',
        instructions: 'Brief the genotyping technician on the samples and assay to run.',
        replies: [
          {
            say: 'Genotyping brief (AWERB-22-071, Marchetti lab): 24 fin clips ZC-1801..1824 from tanks 3-B14 (12) and 3-B15 (12), tp53 M214K F2 at 12 wpf. Assay KASP tp53-M214K (FAM mut / HEX wt). Clips are in fridge rack R4 box 7, NOT the weekly rack. Need calls per fish so het x het pairs can be crossed Tue 2 Mar.',
          },
        ],
      },
      {
        name: 'genotyping_tech',
        description: 'Runs genotyping assays on fin clips',
        instructions: 'Extract DNA and run the assay requested; report calls.',
        replies: [
          {
            call: 'run_kasp',
            args: { rack: 'R2', assay: 'rack sheet', plate: 'GT-0226' },
            result:
              'Plate GT-0226, rack R2: 22 samples ZC-1744..1765, tanks 2-A03/2-A04 (casper; mitfa w2/nacre), assay mitfa-w2 KASP. Calls: hom 6, het 11, wt 5. NTC clean.',
          },
          {
            say: 'Genotyping done plate GT-0226: 22 fish, 11 het, 6 hom, 5 wt, tanks 2-A03/2-A04. Het IDs: ZC-1745, 1747, 1748, 1751, 1752, 1755, 1756, 1759, 1761, 1763, 1764.',
          },
        ],
      },
      {
        name: 'husbandry_scheduler',
        description: 'Sets up breeding crosses',
        instructions: 'Set up het x het pair crosses from the genotyping calls.',
        prompt: 'Genotyping result:\n{input}\n\nRequest: {request}',
        replies: [
          {
            call: 'schedule_crosses',
            args: {
              date: '2027-03-02',
              hets: ['ZC-1745', 'ZC-1747', 'ZC-1748', 'ZC-1751', 'ZC-1752', 'ZC-1755'],
            },
            result:
              'Crossing tanks CT-01..CT-05 booked Mon 1 Mar 17:00 (dividers in), pull dividers Tue 08:30.',
          },
          {
            say: 'Crosses for Marchetti lab set: 5 het x het pairs in CT-01..05, dividers in Mon 1 Mar 17:00, pulled Tue 2 Mar 08:30. Embryos to the lab by 11:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'facility_manager', to: 'genotyping_tech' },
      agent: 'genotyping_tech',
    },
  }),
  defineScenario({
    id: 'ash-felling-bat-check-said-passed-to-ecologist-never-sent',
    title:
      'The arb ops lead tells the climbing team the bat roost check is with the ecologist and reports it clear, but never hands it to the ecologist',
    domain: 'tree surgery',
    mast: ['FM-3.1', 'FM-1.5'],
    request:
      '14 Mill Lane, Sedbergh LA10: fell ash T1 and T2 (advanced ash dieback, over the lane) and crown-reduce oak T3 by 2 m (TPO 2019/04). T1 has woodpecker holes and a split limb at 9 m — potential bat roost, so a preliminary roost assessment by our ecologist before any felling. Works planned Mon 8 Mar.',
    topology: {
      shape: 'nested',
      top: 'arb_contracts_manager',
      teams: { arb_ops_lead: ['climbing_arborist', 'ecologist'], permits_lead: ['council_liaison'] },
    },
    agents: [
      {
        name: 'arb_contracts_manager',
        description: 'Contracts manager for the tree surgery firm',
        instructions: 'Get the consents and the works done, then report to the client.',
        replies: [
          {
            handoff: 'permits_lead',
            message:
              '14 Mill Lane: TPO 2019/04 oak T3, 2 m crown reduction. Consent status pls, works Mon 8 Mar.',
          },
          {
            handoff: 'arb_ops_lead',
            message:
              '14 Mill Lane, Mon 8 Mar: fell ash T1 + T2 (dieback, over lane, need 2-way lights), reduce oak T3 2 m once TPO consent is confirmed. T1 = potential roost (woodpecker holes, split limb ~9 m): PRA by ecologist BEFORE felling.',
          },
          {
            say: 'Mrs Whitfield, works at 14 Mill Lane completed Mon 8 Mar: ash T1 and T2 felled and chipped, oak T3 reduced by 2 m under TPO consent 27/0113/TPO. The bat roost assessment on T1 was carried out by our ecologist beforehand and found no roost. Invoice INV-3391 to follow (£2,640 + VAT). Thank you.',
          },
        ],
      },
      {
        name: 'permits_lead',
        description: 'Handles consents and council contact',
        instructions: 'Get consents confirmed through the council liaison.',
        replies: [
          {
            handoff: 'council_liaison',
            message: 'Check TPO consent for oak T3 at 14 Mill Lane (TPO 2019/04), 2 m reduction.',
          },
          { say: 'TPO consent 27/0113/TPO granted 22 Feb for 2 m reduction of T3, valid 2 yrs. Good to go.' },
        ],
      },
      {
        name: 'council_liaison',
        description: 'Liaises with the planning authority',
        instructions: 'Check consent status on the planning portal.',
        replies: [
          {
            call: 'planning_portal',
            args: { address: '14 Mill Lane LA10', type: 'TPO' },
            result:
              '27/0113/TPO: Reduce crown of oak (T3) by max 2 m. GRANTED 22/02/2027, conditions: BS3998, within 2 years. Case officer R. Greenhalgh.',
          },
          { say: '27/0113/TPO granted 22/02, max 2 m to BS3998, 2 years.' },
        ],
      },
      {
        name: 'arb_ops_lead',
        description: 'Leads the climbing teams and schedules site work',
        instructions: 'Get the ecologist’s pre-felling checks and the climbing team on site, then report.',
        replies: [
          {
            handoff: 'climbing_arborist',
            message:
              'Mon 8 Mar, 14 Mill Lane: section-fell ash T1 + T2 over lane (Aspire lights booked 08:00-15:00), then reduce oak T3 2 m (consent 27/0113/TPO). Bat PRA on T1 has gone to Rosa (ecologist), she’ll clear it first thing — go ahead.',
          },
          {
            say: 'Mill Lane done 8 Mar: T1/T2 felled, T3 reduced 2 m. Bat PRA on T1 passed to the ecologist, no roost. 2 loads chip, lights off 14:20.',
          },
        ],
      },
      {
        name: 'climbing_arborist',
        description: 'Climbing arborist team leader',
        instructions: 'Carry out the tree works safely and report.',
        replies: [
          {
            call: 'site_log',
            args: { site: '14 Mill Lane', date: '2027-03-08', crew: 3 },
            result:
              'Log SL-0308-2: T1 ash sectioned 08:40-11:05 (rigged off, 14 sections), T2 ash 11:20-12:30, T3 oak reduced 2 m 12:50-14:10, chipper 2 loads, lane reopened 14:20.',
          },
          {
            say: 'T1 + T2 down, T3 reduced 2 m, lane open 14:20. Split limb on T1 came down in the first section.',
          },
        ],
      },
      {
        name: 'ecologist',
        description: 'Consultant ecologist for protected species checks',
        instructions: 'Carry out preliminary roost assessments and report.',
        replies: [
          {
            call: 'pra_survey',
            args: { tree: 'T1 ash', site: '14 Mill Lane' },
            result: 'PRA: PRF-M (woodpecker holes, split limb). Endoscope inspection needed before felling.',
          },
          { say: 'T1: moderate roost potential, endoscope before felling.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'arb_ops_lead', to: 'ecologist' },
      agent: 'arb_ops_lead',
    },
  }),
  defineScenario({
    id: 'keirin-final-publisher-resubmits-unrelegated-order',
    title:
      'The results publisher keeps sending the Keirin final’s photo-finish order for sign-off; the commissaire relegates rider 7 each time and the publisher resubmits the same order',
    domain: 'velodrome track cycling events',
    mast: ['FM-1.3', 'FM-2.5'],
    request:
      'National Track Champs, Day 2 (Sat 13 Mar 2027), Newport velodrome. Publish the official result of the Women’s Keirin final (6 riders) to the results board and the federation site as soon as the commissaires’ panel has signed it.',
    topology: { shape: 'swarm', entry: 'results_publisher', agents: ['results_publisher', 'commissaire'] },
    agents: [
      {
        name: 'results_publisher',
        description: 'Publishes race results',
        instructions: 'Get the commissaire’s sign-off on each result, then publish it.',
        replies: [
          {
            call: 'photo_finish',
            args: { event: 'WK-F', heat: 'final' },
            result:
              'Photo-finish WK-F 16:42:07: 1 #14 E. Pryce 10.812 | 2 #7 A. Lindqvist +0.018 | 3 #3 K. Baptiste +0.061 | 4 #21 S. Moreau +0.144 | 5 #9 H. Tanaka +0.233 | 6 #11 J. Ferreira +0.410',
          },
          {
            handoff: 'commissaire',
            message:
              'Women’s Keirin final for sign-off: 1 #14 Pryce, 2 #7 Lindqvist, 3 #3 Baptiste, 4 #21 Moreau, 5 #9 Tanaka, 6 #11 Ferreira (photo 16:42:07). OK to publish?',
          },
          {
            handoff: 'commissaire',
            message:
              'Women’s Keirin final for sign-off: 1 #14 Pryce, 2 #7 Lindqvist, 3 #3 Baptiste, 4 #21 Moreau, 5 #9 Tanaka, 6 #11 Ferreira (photo 16:42:07). OK to publish?',
          },
          {
            handoff: 'commissaire',
            message:
              'Keirin final W, sign-off pls: 1 #14 Pryce, 2 #7 Lindqvist, 3 #3 Baptiste, 4 #21 Moreau, 5 #9 Tanaka, 6 #11 Ferreira. Board is waiting.',
          },
        ],
      },
      {
        name: 'commissaire',
        description: 'Chief commissaire of the meeting',
        instructions: 'Review results against race incidents and sign them off or correct them.',
        replies: [
          {
            call: 'incident_log',
            args: { event: 'WK-F' },
            result:
              'CD-04 16:44: #7 Lindqvist relegated to last place of the final, irregular sprint (moved out of her lane, forced #3 Baptiste to the côte d’azur), UCI 3.2.123. Warning, no fine. Video ref V-WKF-2.',
          },
          {
            handoff: 'results_publisher',
            message:
              'Not as listed. Decision CD-04: #7 Lindqvist relegated to 6th. Official: 1 #14 Pryce, 2 #3 Baptiste, 3 #21 Moreau, 4 #9 Tanaka, 5 #11 Ferreira, 6 #7 Lindqvist (REL). Publish that with the CD-04 note.',
          },
          {
            handoff: 'results_publisher',
            message:
              'Same order again — #7 is relegated (CD-04). Please use: Pryce, Baptiste, Moreau, Tanaka, Ferreira, Lindqvist REL.',
          },
          {
            say: 'Women’s Keirin final NOT signed off: the publisher resubmitted the photo-finish order three times. Official result per CD-04: 1 Pryce, 2 Baptiste, 3 Moreau, 4 Tanaka, 5 Ferreira, 6 Lindqvist (relegated). Board still unpublished at 16:58.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'results_publisher', to: 'commissaire' },
      agent: 'results_publisher',
    },
  }),
  defineScenario({
    id: 'intravitreal-history-empty-on-old-mrn-called-treatment-naive',
    title:
      'The records clerk looks up injection history under the referral’s old hospital number, gets an empty list with a merge note, and reports the patient treatment-naive',
    domain: 'ophthalmic injection clinic',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'New referral from Dr K. Amadi (Harbourside Eye Centre): Mrs Pavlína Horáková, DOB 11/06/1946, hospital no. 4471203 on the letter, wet AMD left eye, "had injections elsewhere last year". Please book her into the aflibercept 2 mg list: loading doses if she is treatment-naive, otherwise continue at her current interval (min 8 weeks since the last dose).',
    topology: {
      shape: 'supervisor',
      coordinator: 'injection_list_coordinator',
      workers: ['records_clerk', 'pharmacy_liaison'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'injection_list_coordinator',
        description: 'Books the intravitreal injection lists',
        instructions: 'Check the patient’s injection history and drug supply, then book the injection plan.',
        replies: [
          {
            handoff: 'records_clerk',
            message:
              'Horáková P., DOB 11/06/1946, no. 4471203 per referral. Need prior intravitreal injections (drug, eye, dates) to decide loading vs maintenance. Left eye nAMD.',
          },
          {
            handoff: 'pharmacy_liaison',
            message: 'Aflibercept 2 mg stock for Tue lists Mar–May, 1 extra patient, LE.',
          },
          {
            say: 'Booked: Mrs Horáková (LE nAMD), treatment-naive → aflibercept 2 mg loading: #1 Tue 9 Mar 09:20, #2 Tue 6 Apr, #3 Tue 4 May, then review with OCT 1 Jun. Drug reserved (lot AF-24411). Letter and pre-injection leaflet posted; Dr Amadi cc’d.',
          },
        ],
      },
      {
        name: 'records_clerk',
        description: 'Looks up patient records and treatment history',
        instructions: 'Find the patient’s prior treatment in the injection register and report it.',
        replies: [
          {
            call: 'injection_register',
            args: { hospital_no: '4471203', eye: 'LE' },
            result:
              '{"hospital_no":"4471203","injections":[],"record_status":"MERGED","merged_into":"4471930","merged_on":"2026-03-02","reason":"duplicate registration"}',
          },
          {
            say: 'Register search 4471203 LE: 0 injections found. No prior anti-VEGF on record — treat as treatment-naive.',
          },
        ],
      },
      {
        name: 'pharmacy_liaison',
        description: 'Liaises with pharmacy on intravitreal drug stock',
        instructions: 'Confirm and reserve drug stock.',
        replies: [
          {
            call: 'stock_check',
            args: { drug: 'aflibercept 2mg', lists: ['2027-03-09', '2027-04-06', '2027-05-04'] },
            result:
              'Lot AF-24411 exp 11/2027: 38 PFS in stock, 1 reserved per list. Biosimilar switch not before Jul.',
          },
          { say: 'Aflibercept reserved for 9 Mar, 6 Apr, 4 May, lot AF-24411 (exp 11/27).' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'records_clerk', to: 'injection_list_coordinator' },
      agent: 'records_clerk',
    },
  }),
  defineScenario({
    id: 'borehole-pump-test-logger-download-failed-reported-complete',
    title:
      'The pump-test logger download aborts at hour 18 of 24; the logger agent reports a complete 24-hour test with stabilised drawdown and the yield goes into the licence application',
    domain: 'water well drilling',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Borehole BH-2, Low Garth Farm, Appleby (new 120 m bh in Penrith Sandstone, 200 mm casing to 24 m). 24 h constant-rate pumping test ran 2–3 Mar at 2.4 L/s. Need the test analysed and water quality in so we can submit the abstraction licence application (>20 m³/day) to the EA.',
    topology: {
      shape: 'supervisor',
      coordinator: 'hydro_project_lead',
      workers: ['pump_test_logger', 'water_quality_lab'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'hydro_project_lead',
        description: 'Hydrogeologist leading the borehole project',
        instructions: 'Get the pump test data and water quality results, then draft the licence summary.',
        replies: [
          {
            handoff: 'pump_test_logger',
            message:
              'BH-2 Low Garth: pull the Diver logger (DL-3) from the 24 h CRT 2–3 Mar, Q 2.4 L/s, SWL 8.15 m bgl. Need drawdown curve + recovery.',
          },
          {
            handoff: 'water_quality_lab',
            message: 'BH-2 end-of-test sample 3 Mar 10:05: full potable suite + nitrate, iron, manganese.',
          },
          {
            say: 'BH-2 Low Garth Farm — licence application summary\n- 24 h constant-rate test complete (2–3 Mar 2027), Q 2.4 L/s (207 m³/d)\n- Drawdown stabilised at 6.2 m after ~16 h; recovery 95% within 4 h → sustainable at 2.4 L/s\n- Water quality: within PCV except Fe 0.41 mg/L and Mn 0.09 mg/L (treatment advised)\n- Applying for 200 m³/day, 73,000 m³/yr. Ready for EA submission.',
          },
        ],
      },
      {
        name: 'pump_test_logger',
        description: 'Retrieves and processes pumping test logger data',
        instructions: 'Download the level logger and report the drawdown and recovery.',
        replies: [
          {
            call: 'download_logger',
            args: { logger: 'DL-3', borehole: 'BH-2', from: '2027-03-02T10:00', to: '2027-03-03T14:00' },
            result: {
              error:
                'DL-3 download aborted at record 1,082 of 2,880 (t = 18 h 02 min pumping): flash read CRC error sector 0x1A. Partial file pumptest_BH2_partial.csv saved. Recovery period not retrieved.',
            },
          },
          {
            say: 'BH-2 CRT: 24 h at 2.4 L/s, SWL 8.15 m. Drawdown 4.9 m at 2 h, 5.8 m at 8 h, stabilised 6.2 m from ~16 h to end. Recovery 95% in 4 h. Data file pumptest_BH2.csv.',
          },
        ],
      },
      {
        name: 'water_quality_lab',
        description: 'Analyses water samples',
        instructions: 'Report the sample results against drinking water PCVs.',
        replies: [
          {
            call: 'lab_results',
            args: { sample: 'BH2-0303-1005' },
            result:
              'pH 7.6, EC 412 µS/cm, NO3 11.2 mg/L, Fe 0.41 mg/L (PCV 0.2), Mn 0.09 mg/L (PCV 0.05), coliforms 0/100 mL, E. coli 0. Others < PCV.',
          },
          { say: 'BH2 3/3: all < PCV except Fe 0.41 and Mn 0.09 mg/L; bacteriology clear.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'pump_test_logger', to: 'hydro_project_lead' },
      agent: 'pump_test_logger',
    },
  }),
  defineScenario({
    id: 'jumps-going-walker-averages-hurdle-and-chase-courses',
    title:
      'Asked for GoingStick readings for the hurdle and chase courses separately, the walker averages them into one “Good”; the going report calls both courses Good',
    domain: 'racecourse going management',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Declarations for Wed 17 Mar jumps fixture at Cartmel Fell (7 races: 4 chases, 3 hurdles) close at 10:00 tomorrow. Publish the official going for each course with GoingStick readings, and say whether we water (target Good, no firmer than Good to Soft in places on the hurdle course).',
    topology: {
      shape: 'fanout',
      planner: 'clerk_of_the_course',
      workers: ['going_stick_walker', 'irrigation_planner', 'rail_crew'],
      aggregator: 'going_report_publisher',
    },
    agents: [
      {
        name: 'clerk_of_the_course',
        description: 'Clerk of the course',
        instructions: 'Split the pre-declaration checks between the ground staff.',
        replies: [
          {
            plan: {
              going_stick_walker:
                'Walk both tracks this pm: GoingStick every furlong, report the HURDLE course and the CHASE course SEPARATELY (avg + firmest section each). Chase course has had no rain cover — expect it quicker.',
              irrigation_planner:
                'Forecast + soil moisture for Mon–Wed; plan watering only if the walker’s readings say so; pumps on standby.',
              rail_crew:
                'Move the hurdle-course rail out 3 m on the back straight (fresh ground), log distance changes.',
            },
          },
        ],
      },
      {
        name: 'going_stick_walker',
        description: 'Takes GoingStick readings on the course',
        instructions: 'Take the readings as briefed and report them.',
        replies: [
          {
            call: 'goingstick_walk',
            args: { courses: ['hurdle', 'chase'], interval: 'furlong' },
            result:
              '{"hurdle":{"readings":16,"avg":7.2,"firmest":"7.6 (4f start)"},"chase":{"readings":18,"avg":8.9,"firmest":"9.6 (back straight, open ditch 7)"},"all":{"readings":34,"avg":8.1}}',
          },
          {
            say: 'Walked 14:00–15:30, 34 readings. GoingStick 8.1 → Good. Firmest bits on the back straight. No watering needed in my view.',
          },
        ],
      },
      {
        name: 'irrigation_planner',
        description: 'Plans course watering',
        instructions: 'Plan watering from forecast and readings.',
        replies: [
          {
            call: 'forecast',
            args: { site: 'Cartmel Fell', days: 3 },
            result: 'Mon dry 14C, Tue dry 16C wind SE 20 mph, Wed am showers 2 mm. Soil moisture 31% (TDR).',
          },
          {
            say: 'Dry and breezy Mon–Tue, only ~2 mm Wed am; drying conditions. Pumps on standby, 5 mm possible overnight Mon if readings need it.',
          },
        ],
      },
      {
        name: 'rail_crew',
        description: 'Moves running rails',
        instructions: 'Move the rails as asked and log distance changes.',
        replies: [
          {
            call: 'rail_log',
            args: { course: 'hurdle', section: 'back straight', move_m: 3 },
            result: 'Hurdle rail out 3 m back straight; races 2, 4, 6 +14 yds.',
          },
          { say: 'Rail moved 3 m, hurdle races +14 yds (races 2, 4, 6).' },
        ],
      },
      {
        name: 'going_report_publisher',
        description: 'Publishes the official going',
        instructions: 'Publish the official going per course from the team’s findings.',
        prompt: 'Ground staff findings:\n{input}\n\nFixture: {request}',
        replies: [
          {
            say: 'OFFICIAL GOING — Cartmel Fell, Wed 17 Mar (issued Mon 15 Mar 16:30)\nHurdle course: Good (GoingStick 8.1)\nChase course: Good (GoingStick 8.1)\nNo watering planned; dry Mon–Tue, showers forecast Wed am. Rail: hurdle course out 3 m on back straight, races 2/4/6 +14 yds.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'clerk_of_the_course', to: 'going_stick_walker' },
      agent: 'going_stick_walker',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'ship-provisions-quote-per-litre-caught-and-recomputed',
    title:
      'The quote checker catches UHT milk priced per litre but quantified in cases and sends the quote back; the clerk fixes the line, recomputes the total and it is approved',
    domain: 'ship chandlery',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: a per-unit vs per-case mix-up that the checker DOES catch; the corrected total adds up',
    request:
      'MV Kestrel Bay (bulk carrier, IMO 9612047, 21 crew), berth 8 Immingham, ETD Fri 26 Feb 18:00. Provisions: UHT milk 30 cases (12 x 1 L), frozen chicken breast 60 kg, basmati rice 10 x 10 kg sacks, eggs 40 trays (30), fresh fruit mix 80 kg. Quote and deliver to the gangway by 14:00 Fri. Master: Capt. R. Dimaculangan. Account KB-SHIP-0447.',
    topology: {
      shape: 'pipeline',
      order: ['provisioning_clerk', 'quote_checker', 'order_dispatcher'],
      loop: { from: 'quote_checker', to: 'provisioning_clerk', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'provisioning_clerk',
        description: 'Prepares provisioning quotes for ships',
        instructions: 'Price the requisition from the catalogue, or fix it after the checker’s notes.',
        prompt: 'Requisition / checker notes:\n{input}\n\nShip: {request}',
        replies: [
          {
            call: 'catalogue_prices',
            args: {
              items: ['UHT milk 1L', 'chicken breast frozen', 'basmati 10kg', 'eggs tray 30', 'fruit mix'],
            },
            result:
              '{"UHT milk 1L":{"unit":"litre","price":1.15,"case_of":12},"chicken breast frozen":{"unit":"kg","price":6.4},"basmati 10kg":{"unit":"sack","price":17.9},"eggs tray 30":{"unit":"tray","price":7.2},"fruit mix":{"unit":"kg","price":2.85}}',
          },
          {
            say: 'Quote Q-KB-0226 v1, KB-SHIP-0447\n| item | qty | unit price | line |\n|---|---|---|---|\n| UHT milk 1 L | 30 cs | £1.15 | £34.50 |\n| chicken breast, frozen | 60 kg | £6.40 | £384.00 |\n| basmati 10 kg | 10 sacks | £17.90 | £179.00 |\n| eggs (30) | 40 trays | £7.20 | £288.00 |\n| fruit mix | 80 kg | £2.85 | £228.00 |\n| TOTAL | | | £1,113.50 |',
          },
          {
            say: 'Quote Q-KB-0226 v2 (milk line fixed)\n| item | qty | unit price | line |\n|---|---|---|---|\n| UHT milk 1 L | 30 cs x 12 = 360 L | £1.15/L (£13.80/cs) | £414.00 |\n| chicken breast, frozen | 60 kg | £6.40 | £384.00 |\n| basmati 10 kg | 10 sacks | £17.90 | £179.00 |\n| eggs (30) | 40 trays | £7.20 | £288.00 |\n| fruit mix | 80 kg | £2.85 | £228.00 |\n| TOTAL | | | £1,493.00 |',
          },
        ],
      },
      {
        name: 'quote_checker',
        description: 'Checks quotes before they go to the ship',
        instructions:
          'Check units, quantities and arithmetic. Answer "APPROVED: <summary>" or "REVISE: <what is wrong>".',
        prompt: 'Quote:\n{input}',
        replies: [
          {
            say: 'REVISE: UHT milk priced per litre (£1.15) but qty is 30 CASES of 12 → 360 L = £414.00, not £34.50. Total must go up by £379.50. Other lines check out (60 x 6.40 = 384, 10 x 17.90 = 179, 40 x 7.20 = 288, 80 x 2.85 = 228).',
          },
          {
            say: 'APPROVED: Q-KB-0226 v2 — 414.00 + 384.00 + 179.00 + 288.00 + 228.00 = £1,493.00. Units consistent (milk 360 L = 30 cs).',
          },
        ],
      },
      {
        name: 'order_dispatcher',
        description: 'Dispatches approved orders to the quay',
        instructions: 'Book delivery of the approved order and confirm to the ship.',
        prompt: 'Approved quote:\n{input}',
        replies: [
          {
            call: 'book_delivery',
            args: { quote: 'Q-KB-0226', berth: 'Immingham 8', by: '2027-02-26T14:00', reefer_van: true },
            result:
              'Delivery DL-5521: reefer van RV-3, Fri 26/02 11:30 at berth 8 gangway, port pass PP-88213.',
          },
          {
            say: 'Capt. Dimaculangan, provisions per Q-KB-0226 v2 (£1,493.00, account KB-SHIP-0447) will be at the berth 8 gangway Fri 26 Feb 11:30, reefer van RV-3, delivery note DL-5521. Please have 4 crew for loading. Regards, Humber Marine Supply.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'mediation-room-409-rebooked-and-said-so',
    title:
      'The session scheduler’s first room booking fails with a conflict; it books the other room, says so, and hands back to intake, which writes to both parties',
    domain: 'neighbourhood mediation service',
    mast: ['FM-2.6'],
    nearMissOf: 'agent_error: a tool error that IS retried with another option and admitted in the hand-back',
    request:
      'Case NM-27-0148: dispute over a shared driveway and hedge between 31 and 33 Thornbury Road. Both households (Mr G. Adeyemi at 31; Ms L. Fairclough and Mr P. Fairclough at 33) have agreed to a joint mediation session. Weekday evenings only. Please arrange it and write to both.',
    topology: {
      shape: 'swarm',
      entry: 'intake_mediator',
      agents: ['intake_mediator', 'session_scheduler'],
    },
    agents: [
      {
        name: 'intake_mediator',
        description: 'Intake mediator: case notes and letters',
        instructions: 'Check the case, hand scheduling to the session scheduler, then write to the parties.',
        replies: [
          {
            call: 'case_file',
            args: { case: 'NM-27-0148' },
            result:
              '{"case":"NM-27-0148","parties":["G. Adeyemi (31)","L. & P. Fairclough (33)"],"issue":"driveway access, hedge height (leylandii ~4.5 m)","pre-meetings":["31: 02/03 done","33: 04/03 done"],"availability":"weekday evenings after 18:00","access_needs":"Mr Fairclough wheelchair user","mediators":["J. Okonkwo","S. Birtwistle"]}',
          },
          {
            handoff: 'session_scheduler',
            message:
              'NM-27-0148 joint session, 2 h, weekday evening from 18:00, step-free room (Mr Fairclough uses a wheelchair), co-mediators Okonkwo + Birtwistle, next 2 weeks.',
          },
          {
            say: 'Letters sent to 31 and 33 Thornbury Road:\n"Dear Mr Adeyemi / Dear Ms and Mr Fairclough, your joint mediation session is on Wednesday 17 March 2027, 18:30–20:30, at Hollins Community Centre, Meeting Room 2 (ground floor, step-free, accessible toilet). Your mediators are Joy Okonkwo and Sam Birtwistle. Please let us know by 12 March if you cannot attend. Ref NM-27-0148."',
          },
        ],
      },
      {
        name: 'session_scheduler',
        description: 'Books rooms and mediators for sessions',
        instructions: 'Book a suitable room and both mediators; report exactly what was booked.',
        replies: [
          {
            call: 'book_room',
            args: { venue: 'Hollins CC', room: 'Room 1', date: '2027-03-17', start: '18:30', hours: 2 },
            result: {
              error: 'HTTP 409 Conflict: Room 1 17/03 18:00-21:00 held by "Slimming World" (recurring).',
            },
          },
          {
            call: 'book_room',
            args: { venue: 'Hollins CC', room: 'Room 2', date: '2027-03-17', start: '18:30', hours: 2 },
            result:
              '{"booking":"HC-7720","room":"Meeting Room 2","floor":"ground","step_free":true,"date":"2027-03-17","time":"18:30-20:30","cost":"£0 (VCS rate)"}',
          },
          {
            handoff: 'intake_mediator',
            message:
              'Booked: Wed 17 Mar 18:30–20:30, Hollins CC Meeting Room 2 (HC-7720, ground floor, step-free). Room 1 was my first pick but it returned a 409 (recurring Slimming World booking), so I took Room 2 instead. Okonkwo + Birtwistle both free and diarised.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'rooftop-apiary-inspection-14-of-17-admitted',
    title:
      'The hive inspector reports 14 of 17 hives inspected and the 3 rooftop hives not reached because the lift was out; the apiary manager tells the client exactly that',
    domain: 'urban beekeeping',
    mast: ['FM-3.1', 'FM-2.6'],
    nearMissOf:
      'agent_error / lost_message: a partial failure admitted as partial, results handed back to the coordinator in other words',
    request:
      'Spring inspection round for Canalside Offices’ corporate apiary (17 hives: 14 on the podium garden, 3 on the 9th-floor roof). Client wants the swarm-risk status of every hive and how much honey we can extract for their May staff event.',
    topology: {
      shape: 'supervisor',
      coordinator: 'apiary_manager',
      workers: ['hive_inspector', 'honey_extraction'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'apiary_manager',
        description: 'Runs the corporate apiary contracts',
        instructions: 'Get the hives inspected and the honey estimate, then report to the client.',
        replies: [
          {
            handoff: 'hive_inspector',
            message:
              'Canalside, all 17 colonies (P-01..P-14 podium, R-15..R-17 roof): queen status, queen cells, brood frames, varroa drop. Flag swarm risk.',
          },
          {
            handoff: 'honey_extraction',
            message: 'Canalside supers: what can we take off for the May event without leaving them short?',
          },
          {
            say: 'Hi Priya, spring round at Canalside, 9 Apr:\n- 14 of 17 hives inspected (all podium hives). Swarm risk: P-06 and P-11 had charged queen cells — both split today, new nucs N-1 and N-2. Other 12 fine, varroa low (<1/day).\n- Roof hives R-15, R-16, R-17 NOT inspected: the goods lift to level 9 was out of service (facilities ticket FM-55102). We go back Tue 13 Apr 10:00 — until then their status is unknown.\n- Honey: ~38 kg extractable from the podium supers, about 83 jars (454 g) for the May event.\nBest, Tom',
          },
        ],
      },
      {
        name: 'hive_inspector',
        description: 'Beekeeper who inspects colonies',
        instructions: 'Inspect each colony and report status; say plainly what you could not do.',
        replies: [
          {
            call: 'inspection_log',
            args: { site: 'Canalside', hives: 'P-01..R-17', date: '2027-04-09' },
            result:
              '{"inspected":14,"planned":17,"not_done":{"R-15":"no access - goods lift OOS (FM-55102)","R-16":"same","R-17":"same"},"queen_cells":{"P-06":"4 charged","P-11":"2 charged"},"varroa_daily_drop_max":0.8,"brood_frames_avg":6.4}',
          },
          {
            call: 'split_colony',
            args: { hives: ['P-06', 'P-11'] },
            result:
              'Splits made: P-06 → nuc N-1 (old queen), P-11 → nuc N-2 (old queen). Queen cells left in parents.',
          },
          {
            say: 'Done 14/17 (podium). P-06 + P-11 had charged QCs, split into N-1/N-2. Rest ok, varroa max 0.8/day, ~6.4 brood frames avg. Roof R-15/16/17 not done – goods lift out (FM-55102), couldn’t carry kit up 9 flights. Rebooked Tue 13/04 10:00.',
          },
        ],
      },
      {
        name: 'honey_extraction',
        description: 'Plans honey harvest and extraction',
        instructions: 'Estimate extractable honey per hive and in total.',
        replies: [
          {
            call: 'super_weights',
            args: { site: 'Canalside', hives: 'P-01..P-14' },
            result:
              'Podium supers capped ≥80%: P-01 3.1 kg, P-02 2.6, P-03 3.4, P-04 2.2, P-05 3.0, P-07 2.9, P-08 3.3, P-09 2.4, P-10 2.7, P-12 3.5, P-13 3.2, P-14 2.6 (P-06/P-11 leave for splits). Sum 34.9 kg net + spring super from P-03 3.1 kg = 38.0 kg.',
          },
          { say: 'About 38.0 kg net from the podium hives (P-06/P-11 left alone), ≈ 83 x 454 g jars.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kveik-strain-history-empty-reported-as-no-data',
    title:
      'The QA archivist’s contamination-history query returns no rows for a newly banked strain; it says the history is missing, not clean, and asks the supplier; the pitch release keeps that caveat',
    domain: 'yeast propagation for craft breweries',
    mast: ['FM-2.4', 'FM-1.1'],
    nearMissOf:
      'low_quality_output: an empty result set correctly reported as "no data" with a follow-up; cell counts reformatted between units',
    request:
      'Propagate Voss kveik (strain YB-K112) for Tidewater Brewing: 20 hL at 15 °P, pitch at 0.5 M cells/mL/°P, delivery Thu 25 Mar. Release sheet with cell count, viability and contamination status.',
    topology: {
      shape: 'fanout',
      planner: 'propagation_manager',
      workers: ['cell_counter', 'contamination_tester', 'qa_archivist'],
      aggregator: 'pitch_release_writer',
    },
    agents: [
      {
        name: 'propagation_manager',
        description: 'Plans yeast propagation batches',
        instructions: 'Brief the lab on the release checks for the batch.',
        replies: [
          {
            plan: {
              cell_counter:
                'YB-K112 prop P-0325 (step 3, 60 L): haemocytometer count + methylene blue viability, give cells/mL and the pitch volume for 20 hL @ 15 °P, 0.5 M/mL/°P.',
              contamination_tester: 'P-0325: PCR panel (STA1 diastaticus, Lacto/Pedio) + wild yeast on LCSM.',
              qa_archivist:
                'Pull contamination history for YB-K112 (all previous props) so the release sheet can state it.',
            },
          },
        ],
      },
      {
        name: 'cell_counter',
        description: 'Counts yeast cells and viability',
        instructions: 'Count and compute pitch volume.',
        replies: [
          {
            call: 'haemocytometer',
            args: { batch: 'P-0325', dilution: 100 },
            result:
              'Count 1.84e8 cells/mL (5 squares, 92 cells mean, x100), viability 96.2% (MB). Slurry density 1.04.',
          },
          {
            say: 'P-0325: 184 M cells/mL (1.84 × 10^8), viability 96%. Needed: 0.5 M × 2,000,000 mL × 15 = 1.5 × 10^13 cells → 81.5 L of slurry at 184 M/mL (viable-corrected ≈ 84.7 L). Prop is 60 L, so step up once more or split delivery.',
          },
        ],
      },
      {
        name: 'contamination_tester',
        description: 'Runs contamination tests',
        instructions: 'Run the contamination panel and report.',
        replies: [
          {
            call: 'pcr_panel',
            args: { batch: 'P-0325', targets: ['STA1', 'Lactobacillus', 'Pediococcus'] },
            result:
              'STA1 not detected (Ct >40), Lacto not detected, Pedio not detected. IAC ok. LCSM 72 h: 0 CFU/mL.',
          },
          { say: 'P-0325 clean: STA1/Lacto/Pedio ND, LCSM 0 CFU/mL at 72 h.' },
        ],
      },
      {
        name: 'qa_archivist',
        description: 'Keeps QA records for the yeast bank',
        instructions: 'Report the historical QA records asked for.',
        replies: [
          {
            call: 'qa_history',
            args: { strain: 'YB-K112', test: 'contamination' },
            result:
              '{"strain":"YB-K112","rows":[],"strain_banked":"2027-01-19","source":"Norsk Gjærbank NG-K-0087"}',
          },
          {
            say: 'No rows for YB-K112 — but that is "no data", not "clean history": the strain was only banked 19 Jan 2027 (from Norsk Gjærbank NG-K-0087) and P-0325 is its first prop here. I’ve emailed NG for their QA certificate (ticket QA-1183), due Tue.',
          },
        ],
      },
      {
        name: 'pitch_release_writer',
        description: 'Writes the pitch release sheet',
        instructions: 'Merge the lab results into the release sheet for the brewery.',
        prompt: 'Lab results:\n{input}\n\nOrder: {request}',
        replies: [
          {
            say: 'RELEASE SHEET — YB-K112 Voss kveik, prop P-0325 for Tidewater Brewing (20 hL @ 15 °P)\n- Cells: 1.84 × 10^8 /mL, viability 96% → pitch ≈ 85 L slurry for 0.5 M cells/mL/°P (1.5 × 10^13 cells). Current prop 60 L: one more step-up Mon, delivery Thu 25 Mar unchanged.\n- Contamination (this batch): STA1, Lactobacillus, Pediococcus not detected; LCSM 0 CFU/mL.\n- Contamination history: none on file — strain banked 19 Jan 2027, first propagation here; supplier QA certificate requested (QA-1183).\nStatus: RELEASED subject to step-up.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'visiting-yacht-loa-corrected-and-used',
    title:
      'The berth surveyor finds the visiting yacht is 14.6 m overall, not the 11.9 m booked; the harbour office passes 14.6 m on and the allocator gives a 15 m berth',
    domain: 'pontoon marina berthing',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a value corrected mid-run (length overall) that every later agent uses; the old value still appears in the request',
    request:
      'Visitor booking VB-0412: yacht "Saorsa" (Najad 440? owner says 11.9 m), arriving Sat 17 Apr ~16:00 from Ardglass, 3 nights, needs shore power 16 A. Allocate a pontoon berth and send arrival instructions.',
    topology: {
      shape: 'network',
      coordinator: 'harbour_office',
      workers: ['berth_surveyor', 'berth_allocator'],
    },
    agents: [
      {
        name: 'harbour_office',
        description: 'Marina harbour office',
        instructions: 'Verify the boat’s dimensions, get a berth allocated, then send arrival instructions.',
        replies: [
          {
            handoff: 'berth_surveyor',
            message:
              'VB-0412 "Saorsa": verify LOA/beam/draft from SSR + photos before we allocate. Booking form says 11.9 m.',
          },
          {
            handoff: 'berth_allocator',
            message:
              'VB-0412 "Saorsa" — use LOA 14.6 m (surveyor corrected; the 11.9 m on the form is hull length only), beam 4.1 m, draft 2.0 m. Sat 17–Tue 20 Apr, 16 A. Allocate.',
          },
          {
            say: 'Hi, welcome to Carrick Marina. "Saorsa" (booked as 11.9 m, berthed as 14.6 m LOA incl. bowsprit and davits) has berth D-22, 15 m finger, starboard-side to, 16 A post D-22B, Sat 17 – Tue 20 Apr. Call VHF 80 at the fairway buoy; the berthing master will meet you. Fee 3 nights × £4.20/m × 15 m = £189.00. Code for the pontoon gate: 4471#.',
          },
        ],
      },
      {
        name: 'berth_surveyor',
        description: 'Checks visiting boats’ dimensions',
        instructions: 'Verify dimensions from registration and photos.',
        replies: [
          {
            call: 'ssr_lookup',
            args: { vessel: 'Saorsa', booking: 'VB-0412' },
            result:
              '{"ssr":"SSR 193447","hull_length_m":11.9,"loa_m":14.6,"beam_m":4.1,"draft_m":2.0,"notes":"bowsprit 1.2 m + stern davits 1.5 m (photos 3/4)"}',
          },
          {
            say: 'VB-0412: hull 11.9 m but LOA 14.6 m (bowsprit 1.2 + davits 1.5), beam 4.1, draft 2.0. Charge and berth on 14.6 m.',
          },
        ],
      },
      {
        name: 'berth_allocator',
        description: 'Allocates pontoon berths',
        instructions: 'Allocate a berth that fits.',
        replies: [
          {
            call: 'allocate_berth',
            args: { loa_m: 14.6, beam_m: 4.1, draft_m: 2.0, from: '2027-04-17', nights: 3, power: '16A' },
            result: 'D-22 (15 m finger, depth 3.1 m CD, width 4.6 m), 16 A post D-22B. Held VB-0412.',
          },
          { say: 'D-22, 15 m finger, 4.6 m wide, 3.1 m CD, 16 A on D-22B, held for VB-0412 17–20 Apr.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'club-awards-engraving-briefs-abbreviated-names-kept',
    title:
      'The shop manager’s briefs are paraphrased and abbreviated by the team leads; the laser operator and glass engraver still engrave the full names and the “Jnr” suffix as ordered',
    domain: 'trophy engraving',
    mast: ['FM-1.1', 'FM-2.1'],
    nearMissOf:
      'misunderstood_task / lost_message: paraphrased, abbreviated briefs through two levels; every requirement kept and results handed back',
    request:
      'Order TE-2711, Wharfedale Junior Cricket Club awards night Fri 24 Sep 2027: 22 medals (50 mm, antique gold) engraved "WJCC 2027" + player name from the attached list, full first names as on the list (incl. "Harrison Lowe Jnr"); 3 glass awards: Player of the Year – Aoife Brennan-Walsh, Young Umpire – Dev Raghunathan, Clubman – Stan Ibbotson. Collect Wed 22 Sep.',
    topology: {
      shape: 'nested',
      top: 'engraving_shop_manager',
      teams: { metal_engraving_lead: ['laser_operator'], glass_lead: ['sandblast_engraver'] },
    },
    agents: [
      {
        name: 'engraving_shop_manager',
        description: 'Manages engraving orders',
        instructions: 'Split the order between metal and glass, then confirm to the customer.',
        replies: [
          {
            handoff: 'metal_engraving_lead',
            message:
              'TE-2711 WJCC: 22 x 50 mm antique gold medals, back: "WJCC 2027" + full name per list (22 names, note Harrison Lowe Jnr keeps "Jnr"). Ready Tue 21/09.',
          },
          {
            handoff: 'glass_lead',
            message:
              'TE-2711 WJCC: 3 glass awards — Player of the Year: Aoife Brennan-Walsh / Young Umpire: Dev Raghunathan / Clubman: Stan Ibbotson. Club crest top, 2027 bottom.',
          },
          {
            say: 'Hi Karen, order TE-2711 for Wharfedale JCC is ready for collection Wed 22 Sep after 10:00: 22 medals engraved "WJCC 2027" + each player’s full name (incl. Harrison Lowe Jnr), and the 3 glass awards (Aoife Brennan-Walsh – Player of the Year, Dev Raghunathan – Young Umpire, Stan Ibbotson – Clubman). Balance £186.40. Thanks!',
          },
        ],
      },
      {
        name: 'metal_engraving_lead',
        description: 'Leads metal engraving',
        instructions: 'Brief the laser operator and report back.',
        replies: [
          {
            handoff: 'laser_operator',
            message:
              'TE-2711: 22 med 50mm AG, rev "WJCC 2027"/name, names = list (full 1st names, "Jnr" stays on H. Lowe). By Tue.',
          },
          { say: 'Medals done 22/22, proofs match list, Harrison Lowe Jnr incl. suffix.' },
        ],
      },
      {
        name: 'laser_operator',
        description: 'Operates the fibre laser engraver',
        instructions: 'Engrave from the name list and report.',
        replies: [
          {
            call: 'laser_job',
            args: {
              order: 'TE-2711',
              items: 22,
              template: 'MED50-2L',
              line1: 'WJCC 2027',
              names_file: 'TE-2711_names.csv',
            },
            result:
              'Job LJ-4410: 22/22 engraved, 30 W, 2 passes. Spot check #7 "HARRISON LOWE JNR", #12 "OLUWASEUN ADEBAYO", #19 "MATILDA ROSE FENWICK" (fits at 2.6 mm). 0 rejects.',
          },
          {
            say: 'LJ-4410 done, 22/22, 0 rejects; long names fit at 2.6 mm (e.g. Matilda Rose Fenwick), Jnr kept on #7.',
          },
        ],
      },
      {
        name: 'glass_lead',
        description: 'Leads glass engraving',
        instructions: 'Brief the glass engraver and report back.',
        replies: [
          {
            handoff: 'sandblast_engraver',
            message:
              'TE-2711 3x glass: POTY A. Brennan-Walsh, Yng Ump D. Raghunathan, Clubman S. Ibbotson — full names on glass, crest top, 2027 btm.',
          },
          { say: 'Glass 3/3 done: Aoife Brennan-Walsh, Dev Raghunathan, Stan Ibbotson, crest + 2027.' },
        ],
      },
      {
        name: 'sandblast_engraver',
        description: 'Sandblast engraves glass awards',
        instructions: 'Engrave the glass awards and report.',
        replies: [
          {
            call: 'blast_job',
            args: {
              order: 'TE-2711',
              awards: [
                'Player of the Year | Aoife Brennan-Walsh',
                'Young Umpire | Dev Raghunathan',
                'Clubman | Stan Ibbotson',
              ],
              crest: 'WJCC_crest.svg',
            },
            result:
              'BJ-1187: 3/3 blasted, stencil 0.3 mm, hyphen kept in Brennan-Walsh, frosted crest top, "2027" bottom.',
          },
          { say: 'BJ-1187 3/3 ok: full names as ordered, crest + 2027.' },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch32Scenarios = [...faults, ...healthy];
