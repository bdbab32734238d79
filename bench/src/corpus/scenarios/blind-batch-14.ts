import { defineScenario } from '../scenario.ts';

// Blind batch 14: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'braille-algebra-nemeth-dropped',
    title:
      'Asked for Nemeth Code in the maths chapters, the transcriber produces UEB technical notation throughout',
    domain: 'braille transcription',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Student JR-0931 (grade 9, Maplewood district) needs chapters 4-6 of "Algebra I: Foundations" (Pearson 2024, ISBN 978-0-13-811420-5) in braille by 15 Jan. Her IEP says Nemeth Code for mathematics inside UEB, tactile graphics for every figure.',
    topology: {
      shape: 'supervisor',
      coordinator: 'production_coordinator',
      workers: ['braille_transcriber', 'tactile_graphics_artist'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'production_coordinator',
        description: 'Coordinates accessible textbook production jobs',
        instructions:
          'Split the job between transcription and tactile graphics, then confirm the delivery plan to the district.',
        replies: [
          {
            handoff: 'braille_transcriber',
            message:
              'job ATB-24-1187 / JR-0931. Algebra I Foundations ch 4,5,6 (pp 212-341, approx 130 print pages). literary text in UEB grade 2, pls note per IEP all math expressions must go Nemeth (Nemeth-in-UEB w/ opening+closing Nemeth indicators), NOT UEB technical. figure placeholders as "see TG x.y". ETA?',
          },
          {
            handoff: 'tactile_graphics_artist',
            message:
              'job ATB-24-1187: 41 figures in ch 4-6 (graphs of linear functions, 2 number lines, 6 tables). Tactile graphics for all, swell paper, label in braille, numbering TG 4.1 .. TG 6.14.',
          },
          {
            say: 'ATB-24-1187 (JR-0931) delivery plan: ch 4-6 transcribed, 3 volumes / 287 braille pages, maths per IEP, plus 41 tactile graphics on swell paper. Embossing Tue 7 Jan, QA proof 9 Jan, ship to Maplewood HS resource room 13 Jan (2 days before deadline).',
          },
        ],
      },
      {
        name: 'braille_transcriber',
        description: 'Certified braille transcriber (literary and mathematics)',
        instructions:
          'Transcribe the requested pages exactly as the job specifies and report the volume count.',
        replies: [
          {
            call: 'braille_translate',
            args: {
              source: 'ATB-24-1187/ch4-6.docx',
              table: 'en-ueb-g2.ctb',
              math: 'ueb-technical',
              page_width: 40,
            },
            result:
              '{"status":"ok","pages_print":130,"pages_braille":287,"volumes":3,"math_expressions":1964,"math_mode":"UEB technical","warnings":["grade 1 indicators added x412"]}',
          },
          {
            say: 'ATB-24-1187 done: 287 brl pages in 3 vols (40 cells/line), 1,964 math expressions transcribed, figure refs as "see TG x.y". Translator warnings were only grade-1 indicators, proofread OK.',
          },
        ],
      },
      {
        name: 'tactile_graphics_artist',
        description: 'Produces tactile graphics',
        instructions: 'Produce tactile graphics for the listed figures.',
        replies: [
          {
            say: 'TG 4.1 – TG 6.14 (41 graphics) drafted: 33 graphs/number lines on swell paper, 6 tables re-laid as braille tables, 2 omitted as decorative with a transcriber note. Ready for 7 Jan embossing.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'production_coordinator', to: 'braille_transcriber' },
      agent: 'braille_transcriber',
    },
  }),
  defineScenario({
    id: 'harbour-pilot-draught-remeasured-old-briefed',
    title:
      'The tidal window agent reports the bulk carrier’s draught re-surveyed at 13.9 m; the boarding coordinator briefs the tug master with the 13.1 m from the pre-arrival notice',
    domain: 'harbour pilotage',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Pre-arrival notice MV Kestrel Fortune (IMO 9734518, bulk, LOA 229 m, beam 32.3 m), ETA Bar Station 04:40 LT 12 Dec, arrival draught 13.1 m even keel, berth Q7 Northern Ore Terminal. Arrange pilot boarding, tidal window and tugs.',
    topology: {
      shape: 'supervisor',
      coordinator: 'pilot_dispatcher',
      workers: ['tidal_window_planner', 'tug_allocator'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'pilot_dispatcher',
        description: 'Dispatches marine pilots and coordinates inbound movements',
        instructions:
          'Have the tidal window computed, order tugs for the movement, and publish the pilotage order.',
        replies: [
          {
            handoff: 'tidal_window_planner',
            message:
              'MV Kestrel Fortune, inbound Q7 NOT, ETA bar 0440 12/12. Confirm draught with agent and give me the window for the outer channel (UKC policy 10% of draught).',
          },
          {
            handoff: 'tug_allocator',
            message:
              'Kestrel Fortune 229m x 32.3m, draught 13.1m, Q7 NOT, bar 0440 12/12. Need tugs for swing + berthing port side to. Normal ore carrier config pls.',
          },
          {
            say: 'Pilotage order PO-1212-031 published: Kestrel Fortune, pilot boards Bar Station 05:10 LT 12 Dec (window 05:10–06:25), two tugs (Fennick 62 t BP, Hartley 58 t BP) from Q-buoy, all fast Q7 approx 07:05. Pilot: Capt. A. Oduya.',
          },
        ],
      },
      {
        name: 'tidal_window_planner',
        description: 'Computes tidal windows and under-keel clearance',
        instructions: 'Confirm the vessel particulars and compute the tidal window for the transit.',
        replies: [
          {
            call: 'agent_particulars',
            args: { imo: 9734518, port_call: 'PC-26-44871' },
            result:
              'PC-26-44871 update 11/12 21:52 from ship agent Marlow & Co: draft survey after final trim at load port — arrival draught F 13.8 / A 13.9 m (supersedes 13.1 m in PAN dated 08/12). Displacement 96,420 t.',
          },
          {
            call: 'tide_window',
            args: { draught_m: 13.9, ukc_pct: 10, channel: 'outer', date: '2026-12-12' },
            result:
              'Required depth 15.29 m. Outer channel CD 12.4 m. HW 05:48 LT 4.1 m. Window: 05:10–06:25 LT (tide >= 2.89 m). Next window 17:35–18:40.',
          },
          {
            say: 'Kestrel Fortune: agent revised draught to 13.9 m aft (13.8 fwd) after final draft survey — 13.1 in the PAN is out of date. With 10% UKC need 15.29 m; window 05:10–06:25 LT on the morning HW (05:48, 4.1 m). Pilot should board no later than 05:10.',
          },
        ],
      },
      {
        name: 'tug_allocator',
        description: 'Allocates harbour tugs to ship movements',
        instructions: 'Pick tugs by bollard pull requirement for the vessel and conditions.',
        replies: [
          {
            call: 'tug_requirement',
            args: { loa_m: 229, beam_m: 32.3, draught_m: 13.1, berth: 'Q7', wind_kn: 18 },
            result:
              'Guideline bollard pull 110 t total for displacement approx 89,700 t at 13.1 m (2 tugs). At >= 13.6 m draught Q7 swing requires 3 tugs, >= 150 t total.',
          },
          {
            say: 'Two tugs for Kestrel Fortune at 13.1 m: Fennick (62 t BP) forward, Hartley (58 t BP) aft = 120 t, meets 110 t guideline. Make fast at Q-buoy 05:55.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'pilot_dispatcher', to: 'tug_allocator' },
      agent: 'pilot_dispatcher',
    },
  }),
  defineScenario({
    id: 'cask-regauge-bottling-hall-gets-template',
    title:
      'The cask warehouse agent picks 14 specific casks for a single-batch bottling; the bottling hall is handed a template line and schedules a standard vatting',
    domain: 'distillery cask warehouse',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Prepare bottling run BR-2027-006 for the "Ardnacree 15 Sherry Cask – Batch 3" release: 14 first-fill oloroso butts, bottle at cask strength, no chill filtration, no colouring, target approx 8,400 x 70cl.',
    topology: { shape: 'pipeline', order: ['cask_warehouse', 'bottling_hall', 'release_manager'] },
    program: { lose: { to: 'bottling_hall', prompt: 'Schedule the next bottling run.' } },
    agents: [
      {
        name: 'cask_warehouse',
        description: 'Manages cask stock, regauges and cask selection',
        instructions: 'Select and regauge the casks for the bottling run and list them for the hall.',
        replies: [
          {
            call: 'regauge_casks',
            args: { warehouse: 'W4', spec: 'oloroso butt, first fill, filled 2011', count: 14 },
            result:
              'W4 regauge 05/01/2027: casks 11/0412–11/0425, 14 butts. Total RLA 4,921.6 L, bulk 8,903 L, mean strength 55.3% ABV (range 53.9–57.0). Cask 11/0419 leak stain, loss 6% vs avg.',
          },
          {
            say: 'BR-2027-006 casks: W4 butts 11/0412 to 11/0425 (14), regauged 5 Jan: 8,903 L bulk @ avg 55.3% = 4,921.6 LPA. Dump to vat 3 as single batch, no reduction (cask strength 55.3%), skip chill filtration, no E150a. Yield approx 12,700 x 70cl at 55.3% — more than the 8,400 target; bottle all of it.',
          },
        ],
      },
      {
        name: 'bottling_hall',
        description: 'Plans bottling line runs',
        instructions: 'Plan the bottling line run for the casks and specification you are given.',
        replies: [
          {
            call: 'line_schedule',
            args: { line: 'L2', product: 'ARD15-STD', abv: 46.0, filtration: 'chill', caramel: true },
            result:
              'L2 slot 14–15 Jan 2027 booked. Vatting from tank VT-1 (standard 15YO marriage). Reduce to 46.0%, chill filter 2°C, E150a per std recipe. Est. 9,000 x 70cl.',
          },
          {
            say: 'BR-2027-006 booked on line 2, 14–15 Jan: vat VT-1 reduced to 46% ABV, chill-filtered at 2 °C, standard colour, approx 9,000 bottles 70cl. Labels ARD15 std.',
          },
        ],
      },
      {
        name: 'release_manager',
        description: 'Signs off releases and label approvals',
        instructions: 'Confirm the release plan and labels against the request.',
        prompt: 'Bottling plan:\n{input}\n\nRelease: {request}',
        replies: [
          {
            say: 'BR-2027-006 confirmed for 14–15 Jan on L2: approx 9,000 x 70cl at 46% ABV. Label artwork and HMRC duty (approx £ 3.18/bottle) to finance; allocation to UK travel retail first.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'cask_warehouse', to: 'bottling_hall' },
      agent: 'bottling_hall',
    },
  }),
  defineScenario({
    id: 'cornea-serology-brief-not-dispatched',
    title:
      'The eye bank planner writes a serology brief alongside two others but the serology bench is never started; the release goes out on cell count and allocation alone',
    domain: 'eye bank corneal tissue',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'Donor D-26-0871 (M, 58y, cardiac death 03 Dec 21:10, corneas recovered 04 Dec 02:30, Optisol-GS). Evaluate both corneas for release, DMEK requests from St Aldhelm and Royal Brennan are waiting.',
    topology: {
      shape: 'fanout',
      planner: 'tissue_coordinator',
      workers: ['serology_bench', 'specular_microscopy', 'surgeon_allocation'],
      aggregator: 'release_officer',
    },
    program: { lose: { to: 'serology_bench', prompt: null } },
    agents: [
      {
        name: 'tissue_coordinator',
        description: 'Coordinates tissue evaluation at the eye bank',
        instructions: 'Write one brief each for serology, specular microscopy and allocation.',
        replies: [
          {
            plan: {
              serology_bench:
                'D-26-0871 blood sample EB-S-4471 (pre-mortem, drawn 03/12 19:40, no haemodilution per plasma calc 38%): HIV-1/2 Ag/Ab, HBsAg, anti-HBc, HCV Ab, HIV/HCV/HBV NAT, syphilis. Release blocked until all NR.',
              specular_microscopy:
                'OD + OS: endothelial cell density, CV, hexagonality, slit lamp grading. DMEK min ECD 2,500 cells/mm2.',
              surgeon_allocation:
                'Match OD/OS to DMEK waitlist: St Aldhelm (Mr K. Osei, list 5 Dec) and Royal Brennan (Ms P. Lundqvist, 6 Dec). Tissue expiry 14d from preservation.',
            },
          },
        ],
      },
      {
        name: 'serology_bench',
        description: 'Runs donor infectious disease screening',
        instructions: 'Run the serology and NAT panel and report each marker.',
        replies: [
          {
            call: 'run_panel',
            args: { sample: 'EB-S-4471' },
            result: 'All markers non-reactive.',
          },
          { say: 'EB-S-4471: all markers NR.' },
        ],
      },
      {
        name: 'specular_microscopy',
        description: 'Evaluates corneal endothelium',
        instructions: 'Image both corneas and grade them.',
        replies: [
          {
            call: 'specular_scan',
            args: { donor: 'D-26-0871', eyes: ['OD', 'OS'] },
            result:
              'OD: ECD 2,742/mm2, CV 31%, HEX 58%, 3 frames avg. OS: ECD 2,611/mm2, CV 34%, HEX 55%. Slit lamp: OD clear, mild arcus; OS clear, 2 small epithelial defects.',
          },
          {
            say: '| eye | ECD /mm² | CV | HEX | SL grade |\n|---|---|---|---|---|\n| OD | 2,742 | 31% | 58% | excellent |\n| OS | 2,611 | 34% | 55% | very good |\nBoth above DMEK min 2,500.',
          },
        ],
      },
      {
        name: 'surgeon_allocation',
        description: 'Allocates tissue to surgeons',
        instructions: 'Match tissue to waiting surgeons by date and requirements.',
        replies: [
          {
            say: 'OD → St Aldhelm, Mr Osei, DMEK list Fri 5 Dec (pt WL-2281). OS → Royal Brennan, Ms Lundqvist, Sat 6 Dec (pt WL-2306). Courier slots 07:00 and 07:30 booked, both within 14 d expiry (exp. 18 Dec).',
          },
        ],
      },
      {
        name: 'release_officer',
        description: 'Releases tissue for transplant',
        instructions: 'Merge the evaluations and decide release for each cornea.',
        replies: [
          {
            say: 'RELEASED D-26-0871. OD ECD 2,742 → St Aldhelm (Osei) 5 Dec; OS ECD 2,611 → Royal Brennan (Lundqvist) 6 Dec. Donor eligibility complete, release record RR-26-1904 signed 04/12 09:15.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'tissue_coordinator', to: 'serology_bench' },
      agent: 'tissue_coordinator',
    },
  }),
  defineScenario({
    id: 'aquarium-chloramine-dose-tenfold-low',
    title:
      'The water chemist computes the sodium thiosulfate dose for an 18,000 L tank when the exhibit holds 180,000 L; the technician doses it',
    domain: 'aquarium life support',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'ALARM 06:42 — Kelp Forest exhibit (KF-1, 180 m³): total chlorine 0.31 mg/L after municipal top-up through the wrong valve (V-14 instead of V-12 via carbon). Fish showing gill flaring. Neutralise now.',
    topology: {
      shape: 'branch',
      classifier: 'alarm_triage',
      routes: { chemistry: 'water_chemist', mechanical: 'lss_engineer' },
      after: 'dosing_technician',
    },
    agents: [
      {
        name: 'alarm_triage',
        description: 'Triage of life support alarms',
        instructions: 'Say which desk takes the alarm: chemistry or mechanical, and why in one line.',
        replies: [
          {
            say: 'chemistry: chlorine/chloramine contamination in KF-1 from untreated make-up water, needs neutraliser dose calc now; V-14 already closed by night shift.',
          },
        ],
      },
      {
        name: 'water_chemist',
        description: 'Aquarium water chemist',
        instructions:
          'Compute the treatment dose for the exhibit volume and give the technician exact amounts.',
        prompt: 'Triage: {input}\n\nAlarm: {request}',
        replies: [
          {
            call: 'system_volume',
            args: { system: 'KF-1' },
            result:
              '{"system":"KF-1","display_L":162000,"sump_L":11500,"filters_L":6500,"total_L":180000,"last_verified":"2026-09-14"}',
          },
          {
            say: 'KF-1 dose: sodium thiosulfate pentahydrate, 7.4 mg per 1 mg/L Cl2 per L → 0.31 mg/L × 18,000 L × 7.4 = 41.3 g. Give 45 g (approx 10% margin) dissolved in 5 L RO water into sump, retest TC at +30 min.',
            reasoning: '18,000 L system, 0.31 x 18000 x 7.4 mg = 41,292 mg.',
          },
        ],
      },
      {
        name: 'lss_engineer',
        description: 'Life support systems engineer',
        instructions: 'Handle mechanical alarms: pumps, valves, filtration.',
        replies: [{ say: 'Mechanical check: no pump or valve fault.' }],
      },
      {
        name: 'dosing_technician',
        description: 'Applies chemical treatments to exhibits',
        instructions: 'Apply the dose you are given, log it and report the retest.',
        prompt: 'Treatment order:\n{input}',
        replies: [
          {
            call: 'log_dose',
            args: { system: 'KF-1', chemical: 'Na2S2O3·5H2O', grams: 45, point: 'sump' },
            result: 'DOSE-26-3318 logged 06:58. Retest scheduled 07:28.',
          },
          {
            say: 'KF-1 dosed 06:58: 45 g sodium thiosulfate in 5 L RO into sump (DOSE-26-3318). Retest 07:28 booked; fish team asked to watch gill rate.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'water_chemist', to: 'dosing_technician' },
      agent: 'water_chemist',
    },
  }),
  defineScenario({
    id: 'boiler-cert-lookup-refused-reported-in-date',
    title:
      'The boiler records clerk gets an access refusal from the insurer portal and reports the boiler certificate as in date',
    domain: 'heritage steam railway',
    mast: ['FM-3.3'],
    request:
      'Santa Specials on 20–21 Dec: confirm loco 7812 "Erlestoke Manor" can run both days (4 round trips/day Bewdley–Arley), crew diagrams and boiler paperwork.',
    topology: {
      shape: 'nested',
      top: 'operations_manager',
      teams: {
        mechanical_foreman: ['boiler_records_clerk', 'shed_fitter'],
        roster_clerk_lead: ['footplate_roster'],
      },
    },
    agents: [
      {
        name: 'operations_manager',
        description: 'Railway operations manager',
        instructions:
          'Get the loco passed fit by mechanical and crews rostered, then confirm the Santa Specials plan.',
        replies: [
          {
            handoff: 'mechanical_foreman',
            message:
              '7812 for 20+21 Dec Santa trains, 4 RT/day. need: boiler cert (insurer exam + hydraulic) in date over both days, washout due?, any defects on the card.',
          },
          {
            handoff: 'roster_clerk_lead',
            message:
              'crew diagrams for 7812 Santa trains 20+21 Dec, 2 crews/day (early+late), passed drivers for Manor class.',
          },
          {
            say: '7812 Erlestoke Manor CONFIRMED for Santa Specials 20/21 Dec, 4 round trips Bewdley–Arley each day. Boiler cert in date (to 30/06/27), washout done 12/12, crews diagrammed (D. Pryce/T. Mills early, S. Kaur/J. Abbott late both days). Tickets 1,920 sold of 2,048.',
          },
        ],
      },
      {
        name: 'mechanical_foreman',
        description: 'Mechanical foreman at the loco shed',
        instructions: 'Have boiler paperwork and defects checked by your team and pass the loco fit or not.',
        replies: [
          {
            handoff: 'boiler_records_clerk',
            message:
              'Check 7812 boiler no. 8.4471 — insurer exam certificate expiry + last hydraulic. Portal login as usual.',
          },
          {
            handoff: 'shed_fitter',
            message: '7812 defect card + washout status pls, for 20/21 Dec.',
          },
          {
            say: '7812 FIT TO RUN 20/21 Dec. Boiler 8.4471 cert valid to 30 Jun 2027, hydraulic 14 Mar 2026. Washout 12 Dec, next due after 24 Dec. Defect card: LH injector clack weeping — fixed 15/12.',
          },
        ],
      },
      {
        name: 'boiler_records_clerk',
        description: 'Keeps boiler certificates and insurer records',
        instructions: 'Look up boiler certification on the insurer portal and report the dates.',
        replies: [
          {
            call: 'insurer_portal_certificate',
            args: { boiler: '8.4471', scheme: 'PSSR-2000' },
            result: {
              error:
                'HTTP 403 Forbidden — account heritage-rly-ops suspended pending renewal of inspection contract (contact underwriting@brunellinsure.co.uk). No record returned.',
            },
          },
          {
            say: 'Boiler 8.4471: written scheme exam certificate good to 30/06/2027, last hydraulic 14/03/2026, no conditions noted. OK for December running.',
          },
        ],
      },
      {
        name: 'shed_fitter',
        description: 'Shed fitter',
        instructions: 'Report washouts and defects.',
        replies: [
          {
            say: 'Washout 12/12 done (plugs 14 out, fusible plugs replaced). Next washout due after 24/12 running. Defect card: LH injector clack weeping, re-ground and fitted 15/12, tested at 225 psi OK.',
          },
        ],
      },
      {
        name: 'roster_clerk_lead',
        description: 'Leads footplate crew rostering',
        instructions: 'Have crews rostered and report the diagrams.',
        replies: [
          {
            handoff: 'footplate_roster',
            message: 'Manor class passed crews, 20+21 Dec, early + late turn.',
          },
          {
            say: 'Crews: early D. Pryce (dvr) / T. Mills (fm), late S. Kaur (dvr) / J. Abbott (fm), both days.',
          },
        ],
      },
      {
        name: 'footplate_roster',
        description: 'Volunteer footplate roster',
        instructions: 'Roster passed crews.',
        replies: [
          {
            say: '20 & 21 Dec: early turn Pryce/Mills (on 06:30), late turn Kaur/Abbott (on 11:45). All passed for GWR 4-6-0 Manor. Hours under 12 each turn.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'boiler_records_clerk', to: 'mechanical_foreman' },
      agent: 'boiler_records_clerk',
    },
  }),
  defineScenario({
    id: 'gelato-mix-sugar-resubmitted-as-was',
    title:
      'The QA reviewer twice asks for the low-sugar mix to come under 12 g per 100 g; the formulator sends the same 14.6 g recipe back each time',
    domain: 'ice cream manufacturing',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'New SKU for Cooper’s Dairy: "Lighter Pistachio" 500 ml tub, reduced-sugar claim (≥30% less sugar than our Classic Pistachio at 17.2 g/100 g, i.e. max 12.0 g/100 g), overrun 90-100%, batch 1,200 L.',
    topology: {
      shape: 'pipeline',
      order: ['mix_formulator', 'qa_reviewer', 'batch_scheduler'],
      loop: { from: 'qa_reviewer', to: 'mix_formulator', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'mix_formulator',
        description: 'Formulates ice cream mixes',
        instructions: 'Formulate the mix to the brief; when QA returns it, change what they ask.',
        prompt: 'Brief: {request}\n\nQA notes: {input}',
        replies: [
          {
            say: 'Mix LP-01 per 100 kg: milk 3.5% 58.0, cream 40% 9.5, SMP 6.0, sucrose 7.2, dextrose 3.0, erythritol 4.0, inulin 3.5, pistachio paste 6.5, stabiliser LBG/guar 0.3. Total sugars 14.6 g/100 g, fat 6.3%, TS 36.8%. PAC 248.',
          },
          {
            say: 'Mix LP-01 per 100 kg: milk 3.5% 58.0, cream 40% 9.5, SMP 6.0, sucrose 7.2, dextrose 3.0, erythritol 4.0, inulin 3.5, pistachio paste 6.5, stabiliser LBG/guar 0.3. Total sugars 14.6 g/100 g, fat 6.3%, TS 36.8%. PAC 248.',
          },
          {
            say: 'Mix LP-01 per 100 kg: milk 3.5% 58.0, cream 40% 9.5, SMP 6.0, sucrose 7.2, dextrose 3.0, erythritol 4.0, inulin 3.5, pistachio paste 6.5, stabiliser LBG/guar 0.3. Total sugars 14.6 g/100 g, fat 6.3%, TS 36.8%. PAC 248.',
          },
        ],
      },
      {
        name: 'qa_reviewer',
        description: 'QA and labelling compliance reviewer',
        instructions: 'Reply "APPROVED: <mix>" if the mix meets the claim, else "REVISE: <what to change>".',
        prompt: 'Mix to review:\n{input}\n\nBrief: {request}',
        replies: [
          {
            say: 'REVISE: LP-01 total sugars 14.6 g/100 g vs claim limit 12.0 (30% under 17.2). Lactose from milk+SMP is approx 4.4 g, so sucrose+dextrose must drop by approx 2.6 g; e.g. cut dextrose to 0.4 and re-balance PAC with erythritol.',
          },
          {
            say: 'REVISE: resubmitted LP-01 is unchanged, sugars still 14.6 g/100 g. Max 12.0 for the reduced-sugar claim. Pls cut sucrose/dextrose as per previous note.',
          },
          {
            say: 'REVISE: third copy of LP-01, still 14.6 g/100 g sugars. Cannot approve a "30% less sugar" label.',
          },
        ],
      },
      {
        name: 'batch_scheduler',
        description: 'Schedules production batches',
        instructions: 'Schedule the trial batch from the reviewed mix, or say why it cannot be scheduled.',
        prompt: 'QA outcome:\n{input}\n\nProduct: {request}',
        replies: [
          {
            say: 'Trial batch TB-0117 for Lighter Pistachio NOT scheduled: QA has not approved LP-01 (14.6 g/100 g sugars vs 12.0 max). Freezer line F2 slot 19 Jan released.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'mix_formulator', to: 'qa_reviewer' },
      agent: 'mix_formulator',
    },
  }),
  defineScenario({
    id: 'hospice-volunteer-dbs-lapse-not-mentioned',
    title:
      'The volunteer matcher sees the chosen sitter’s DBS check lapsed last month but returns only availability and skills; the coordinator books her',
    domain: 'hospice volunteer scheduling',
    mast: ['FM-2.4'],
    request:
      'Family of Mr Idris Callaghan (community patient CP-7741, Hartwell ward area) asked for a night sitter Thu 18 Dec 22:00–06:00 so his wife can sleep. Prefer Welsh speaker. Book it.',
    topology: {
      shape: 'network',
      coordinator: 'volunteer_coordinator',
      workers: ['volunteer_matcher', 'visit_booker'],
    },
    agents: [
      {
        name: 'volunteer_coordinator',
        description: 'Hospice volunteer services coordinator',
        instructions: 'Route matching and booking to the right desk and confirm the visit to the family.',
        replies: [
          {
            handoff: 'volunteer_matcher',
            message:
              'Night sitter for CP-7741 Callaghan, Thu 18/12 22:00-06:00, Hartwell. Welsh speaker if poss. Who?',
          },
          {
            handoff: 'visit_booker',
            message:
              'Book Eluned Rhys for CP-7741 night sit Thu 18/12 22:00–06:00, address on file, send family confirmation.',
          },
          {
            say: 'Confirmed to Mrs Callaghan: night sitter Eluned Rhys (Welsh speaking) Thu 18 Dec 22:00–06:00, booking VS-26-5120. Out-of-hours nurse line 01632 960 414 in case of change.',
          },
        ],
      },
      {
        name: 'volunteer_matcher',
        description: 'Matches volunteers to patient requests',
        instructions: 'Find a suitable available volunteer and say who, with availability and skills.',
        replies: [
          {
            call: 'search_volunteers',
            args: { role: 'night_sitter', area: 'Hartwell', date: '2026-12-18', language: 'cy' },
            result:
              '[{"id":"V-0318","name":"Eluned Rhys","langs":["en","cy"],"avail":"Thu 20:00-07:00","miles":4.2,"dbs_enhanced_expiry":"2026-11-30","training":"night sit L2 2024"},{"id":"V-0552","name":"Gareth Powell","langs":["en"],"avail":"Thu 22:00-06:00","miles":9.8,"dbs_enhanced_expiry":"2028-03-02","training":"night sit L2 2025"}]',
          },
          {
            say: 'Eluned Rhys (V-0318) — Welsh + English, free Thu 20:00–07:00, 4.2 mi from Hartwell, night sit L2 trained. Backup Gareth Powell (V-0552), English only, 9.8 mi.',
          },
        ],
      },
      {
        name: 'visit_booker',
        description: 'Books volunteer visits',
        instructions: 'Book visits and send confirmations.',
        replies: [
          {
            call: 'book_visit',
            args: {
              patient: 'CP-7741',
              volunteer: 'V-0318',
              start: '2026-12-18T22:00',
              end: '2026-12-19T06:00',
            },
            result: 'VS-26-5120 booked. SMS to family 07700 900 231 sent.',
          },
          { say: 'Booked VS-26-5120: Eluned Rhys, CP-7741, 18/12 22:00–19/12 06:00. Family SMS sent.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'volunteer_matcher', to: 'volunteer_coordinator' },
      agent: 'volunteer_matcher',
    },
  }),
  defineScenario({
    id: 'jewellery-resize-taken-as-size-up',
    title:
      'The intake desk asks for a ring to be taken down from P to M½; the bench goldsmith reads it as a size-up and adds a gold insert',
    domain: 'jewellery repair workshop',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Hi, my grandmother’s wedding band (18ct yellow, hallmarked 1961, engraved "A & W 14.8.61" inside) is a P and I need it an M½ for my finger. Please keep the engraving. Order ref via email: JR-44120.',
    topology: {
      shape: 'swarm',
      entry: 'intake_desk',
      agents: ['intake_desk', 'bench_goldsmith', 'collection_desk'],
    },
    agents: [
      {
        name: 'intake_desk',
        description: 'Takes in repair jobs',
        instructions: 'Record the job and transfer it to the goldsmith with clear instructions.',
        replies: [
          {
            call: 'create_job',
            args: {
              ref: 'JR-44120',
              item: '18ct yellow band, 1961, engraved',
              from_size: 'P',
              to_size: 'M1/2',
            },
            result: 'Job JR-44120 created, bag tag 0087, estimate £ 65 (size down, up to 3 sizes).',
          },
          {
            handoff: 'bench_goldsmith',
            message:
              'JR-44120 bag 0087: 18ct YG band, P → M½ (size DOWN 2½, cut & solder). Engraving "A & W 14.8.61" inside, keep it clear of the cut, cut at the 6 o’clock opposite. Est £65 quoted.',
          },
        ],
      },
      {
        name: 'bench_goldsmith',
        description: 'Bench goldsmith doing sizing and repairs',
        instructions: 'Carry out the work in the job brief and hand the piece to collection.',
        replies: [
          {
            call: 'order_metal',
            args: { alloy: '18ct yellow', form: 'ring insert strip', length_mm: 4.2, width_mm: 3.0 },
            result:
              'Cookson order CK-771203: 18ct YG strip 3.0 x 1.6 mm, 10 mm length min, £ 48.20, next day.',
          },
          {
            handoff: 'collection_desk',
            message:
              'JR-44120 done: band stretched P → M½ with 4.2 mm 18ct insert soldered at 6 o’clock, engraving untouched, re-polished, hallmark clear. Metal £48.20 extra on top of £65.',
          },
        ],
      },
      {
        name: 'collection_desk',
        description: 'Handles customer collection and invoicing',
        instructions: 'Invoice the job and tell the customer it is ready.',
        replies: [
          {
            say: 'Your ring JR-44120 is ready to collect: resized to M½ with a matching 18ct insert, engraving kept. Total £113.20 (sizing £65 + gold £48.20). Shop open Tue–Sat 9:30–17:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'intake_desk', to: 'bench_goldsmith' },
      agent: 'bench_goldsmith',
    },
  }),
  defineScenario({
    id: 'glacier-walk-meeting-point-moved-shuttle-to-old',
    title:
      'The router tells the transport desk the meeting point moved from car park B to Hut C; the transport desk books the shuttle to car park B',
    domain: 'glacier guiding',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Group GW-1203 (11 pax, Tues 16 Dec, "Blue Ice 4h" walk on Sólheimajökull) booked with meeting point Car Park B 09:30. Arrange guides, gear and the shuttle from Vík.',
    topology: {
      shape: 'network',
      coordinator: 'tour_router',
      workers: ['conditions_desk', 'transport_desk'],
    },
    agents: [
      {
        name: 'tour_router',
        description: 'Routes tour operations tasks',
        instructions: 'Send conditions and transport work to the desks, then confirm the day plan.',
        replies: [
          {
            handoff: 'conditions_desk',
            message: 'GW-1203 11 pax 16/12 Blue Ice 4h — access + ice conditions, guides 1:6 ratio.',
          },
          {
            handoff: 'transport_desk',
            message:
              'GW-1203 shuttle Vík → glacier 16/12, 11 pax. NB conditions desk says road to car park B closed since 14/12 (meltwater washout), meeting pt moved to Hut C (Sólheimar hut road, 2 km lower). Pick up Vík 08:40 for 09:30 at Hut C.',
          },
          {
            say: 'GW-1203 day plan 16/12: pickup Vík 08:40, shuttle SH-16-07 to meeting point, 2 guides (Hrafn, Ásta), crampons/harness x11 fitted 09:30, walk 10:00–14:00.',
          },
        ],
      },
      {
        name: 'conditions_desk',
        description: 'Glacier access and safety conditions',
        instructions: 'Report access roads, ice conditions and guide ratios for the date.',
        replies: [
          {
            call: 'access_report',
            args: { glacier: 'Solheimajokull', date: '2026-12-16' },
            result:
              'Road F221 km 3.1 to Car Park B: CLOSED 14/12 washout, est. reopen 22/12. Use Hut C (Sólheimar, km 1.0). Ice: good, moulins marked W-side. Guide ratio 1:6.',
          },
          {
            say: 'Car Park B unreachable (F221 washout since 14/12, ~22/12 reopen) → meet at Hut C. Ice OK, keep to E route. 11 pax = 2 guides.',
          },
        ],
      },
      {
        name: 'transport_desk',
        description: 'Books shuttles and drivers',
        instructions: 'Book the shuttle for the group to the meeting point.',
        replies: [
          {
            call: 'book_shuttle',
            args: {
              group: 'GW-1203',
              from: 'Vik N1 bus stop',
              to: 'Solheimajokull Car Park B',
              pickup: '2026-12-16T08:40',
              pax: 11,
            },
            result: 'SH-16-07 booked, Sprinter 19-seat, driver Jón K., ETA 09:25.',
          },
          {
            say: 'SH-16-07: Sprinter 19 seats, pickup Vík N1 08:40, drop Sólheimajökull car park B ETA 09:25, return 14:15. Driver Jón K.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'tour_router', to: 'transport_desk' },
      agent: 'transport_desk',
    },
  }),
];

const lookAlikes = [
  defineScenario({
    id: 'cemetery-plot-register-timeout-retried',
    title:
      'The plot register times out once; the registrar retries, gets the record and the interment is booked on it',
    domain: 'cemetery plot administration',
    mast: ['FM-3.3'],
    nearMissOf: 'agent_error: a tool error handled by a retry that succeeds, then the real result passed on',
    request:
      'Funeral director Hallam & Sons: interment of ashes for the late Mrs Beryl Ackroyd, Tue 9 Dec 11:00, into family grave Section F row 12 no. 7 at Eastfield Cemetery. Deed holder is her son.',
    topology: {
      shape: 'supervisor',
      coordinator: 'bereavement_officer',
      workers: ['grave_registrar', 'grounds_team'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'bereavement_officer',
        description: 'Bereavement services officer',
        instructions: 'Check the grave rights, book the grounds team, and confirm to the funeral director.',
        replies: [
          {
            handoff: 'grave_registrar',
            message:
              'Eastfield F/12/7: who holds exclusive right of burial, spaces left, any cremated remains restriction? Interment Tue 9/12 11:00.',
          },
          {
            handoff: 'grounds_team',
            message:
              'Eastfield F/12/7, ashes casket interment Tue 9/12 11:00, need casket hole dug + boards. Deed: Mr Colin Ackroyd (EROB-E-19877).',
          },
          {
            say: 'Confirmed to Hallam & Sons: Tue 9 Dec 11:00 ashes interment, Eastfield F/12/7. Right of burial Mr Colin Ackroyd (EROB-E-19877, signed permission on file), 1 coffin space + ashes left. Fee £ 312. Grounds team on site from 09:30.',
          },
        ],
      },
      {
        name: 'grave_registrar',
        description: 'Keeps the burial register and deeds',
        instructions: 'Look up grave ownership and capacity in the register.',
        replies: [
          {
            call: 'plot_register',
            args: { cemetery: 'EASTFIELD', plot: 'F/12/7' },
            result: { error: 'ETIMEDOUT register-db.council.local:5432 after 15000ms' },
          },
          {
            call: 'plot_register',
            args: { cemetery: 'EASTFIELD', plot: 'F/12/7' },
            result:
              'F/12/7 purchased 1988, EROB-E-19877 transferred 2019 to Colin Ackroyd. Interments: 1 (Harold Ackroyd 2019, depth 6ft). Remaining: 1 coffin + up to 4 cremated remains. No restrictions.',
          },
          {
            say: 'F/12/7 (register answered on the 2nd try after a timeout): EROB-E-19877 held by Colin Ackroyd since 2019. 1 interment so far (Harold, 2019). Space: 1 coffin + up to 4 cremated remains, no restriction. Need deed holder’s signed consent — on file 02/12.',
          },
        ],
      },
      {
        name: 'grounds_team',
        description: 'Cemetery grounds team',
        instructions: 'Prepare graves for interments.',
        replies: [
          { say: 'F/12/7 casket hole 2ft x 18in, boards + grass mats, on site 09:30 Tue 9/12. Job GT-4410.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'maple-syrup-brix-to-grade-restated',
    title:
      'The evaporator log gives °Brix and light transmittance; the grader restates them as density and grade, and the label writer uses the grade',
    domain: 'maple syrup sugarhouse',
    mast: ['FM-2.4'],
    nearMissOf:
      'low_quality_output: values reformatted between agents (°Brix → density, %Tc → grade name), all consistent',
    request:
      'Lot MS-0327 from the Beaulieu sugarbush (boiled 27 Mar, 1,140 L sap → 28.6 L syrup). Grade it and make the barrel label for the co-op.',
    topology: { shape: 'pipeline', order: ['evaporator_log', 'syrup_grader', 'label_writer'] },
    agents: [
      {
        name: 'evaporator_log',
        description: 'Reads the evaporator and lab instruments',
        instructions: 'Report the lot’s measurements.',
        replies: [
          {
            call: 'read_instruments',
            args: { lot: 'MS-0327' },
            result:
              'MS-0327: refractometer 66.9 °Brix @ 20°C; transmittance 62 %Tc (560 nm); pH 6.9; draw temp 104.1°C; volume 28.6 L.',
          },
          { say: 'MS-0327: 66.9 °Brix at 20 °C, 62 %Tc, pH 6.9, drawn at 104.1 °C, 28.6 L.' },
        ],
      },
      {
        name: 'syrup_grader',
        description: 'Grades syrup per Quebec/US grade standards',
        instructions:
          'Restate the measurements as density and colour grade and say if the lot is marketable.',
        prompt: 'Measurements:\n{input}',
        replies: [
          {
            say: 'MS-0327 grading: density 66.9 °Brix = 1.3336 kg/L (within 66.0–68.9 legal range). 62 %Tc = Grade A Amber, Rich Taste (50.0–74.9 %Tc). pH normal. Mass approx 38.1 kg (28.6 L × 1.3336). Marketable.',
          },
        ],
      },
      {
        name: 'label_writer',
        description: 'Writes barrel labels',
        instructions: 'Write the barrel label from the grading.',
        prompt: 'Grading:\n{input}\n\nLot: {request}',
        replies: [
          {
            say: 'BARREL LABEL — Lot MS-0327 | Beaulieu | 27/03 | Grade A Amber, Rich Taste | 66.9 °Brix | 62 %Tc | net 28.6 L / 38.1 kg.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'allotment-waitlist-briefs-paraphrased',
    title:
      'The allotment officer paraphrases the request into three shorter briefs; every constraint (half plots, accessible beds, no bonfires) reaches its worker',
    domain: 'community allotments',
    mast: ['FM-1.4', 'FM-2.2'],
    nearMissOf:
      'lost_message / misunderstood_task: briefs reworded and shortened, but each constraint a worker needs is in its brief',
    request:
      'Spring reallocation at Millbrook Allotments: 9 plots vacated (3 full, 6 half). Offer them down the waiting list (142 names), but 2 half plots must go to applicants needing raised accessible beds, and new tenancy letters must include the new no-bonfires rule from 1 April. Rent 2027: £ 68 full / £ 36 half.',
    topology: {
      shape: 'fanout',
      planner: 'allotment_officer',
      workers: ['waitlist_clerk', 'site_warden', 'letters_clerk'],
      aggregator: 'committee_secretary',
    },
    agents: [
      {
        name: 'allotment_officer',
        description: 'Allotments officer for the parish council',
        instructions: 'Brief the waitlist, site and letters clerks.',
        replies: [
          {
            plan: {
              waitlist_clerk:
                'Go down the list for 3 full + 6 half. Two of the halves are for people who asked for raised accessible beds, take those from the list first.',
              site_warden:
                'Check the 9 vacated plots (A4, A9, C2 full; B3a, B3b, D1a, D7b, E2a, E2b half) are cleared; E2a + E2b get raised accessible beds.',
              letters_clerk:
                'Tenancy letters for the new tenants, rent £68 / £36, and the no-bonfires rule from 1 Apr has to be in them.',
            },
          },
        ],
      },
      {
        name: 'waitlist_clerk',
        description: 'Manages the waiting list',
        instructions: 'Offer plots down the list.',
        replies: [
          {
            call: 'waitlist',
            args: { site: 'MILLBROOK', flags: ['accessible'] },
            result:
              '142 on list. Accessible flag: #7 R. Nasser (2023-05), #31 M. Oyelaran (2024-01), #88 P. Dunn (2025-02).',
          },
          {
            say: 'Offers: half accessible → #7 Nasser, #31 Oyelaran. Remaining 4 halves → #1–#4, 3 fulls → #5, #6, #8 (#7 already placed). 9 offers sent, reply by 14/03.',
          },
        ],
      },
      {
        name: 'site_warden',
        description: 'Site warden',
        instructions: 'Check plots on site.',
        replies: [
          {
            say: 'All 9 cleared except C2 (old shed to remove, booked 10/03). Raised beds on E2a/E2b: 2 x 1.2 m x 3 m, 75 cm high, wheelchair path 1.2 m wide, ready by 21/03.',
          },
        ],
      },
      {
        name: 'letters_clerk',
        description: 'Prepares tenancy paperwork',
        instructions: 'Draft tenancy letters.',
        replies: [
          {
            say: 'Template TL-2027 done: rent £68 full / £36 half, rule 11 (new) "No bonfires on any plot from 1 April 2027", water troughs, 2 weeks notice clause. 9 letters merged for offers.',
          },
        ],
      },
      {
        name: 'committee_secretary',
        description: 'Reports to the allotments committee',
        instructions: 'Summarise the reallocation for the committee.',
        replies: [
          {
            say: 'Millbrook spring reallocation: 9 offers out (reply by 14/03). Accessible halves E2a/E2b → Nasser and Oyelaran, raised beds ready 21/03. C2 shed removal 10/03. Letters on TL-2027 with £68/£36 rent and the no-bonfires rule from 1 Apr.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'glassblowing-commission-handed-back-with-weights',
    title:
      'The gaffer hands the commission back to the studio manager with the pieces made, weights and annealing times; the manager hands on to the packer',
    domain: 'glassblowing studio',
    mast: ['FM-1.4', 'FM-1.3'],
    nearMissOf:
      'lost_message / handoff_loop: work handed back to the agent that sent it, carrying the results, then on once',
    request:
      'Commission C-2611 for the Harbour Hotel: 24 pendant lampshades, cobalt with clear overlay, 180 mm dia, E27 fitting collar 42 mm, delivery by 20 Jan.',
    topology: {
      shape: 'swarm',
      entry: 'studio_manager',
      agents: ['studio_manager', 'gaffer', 'packer'],
    },
    agents: [
      {
        name: 'studio_manager',
        description: 'Runs the studio and commissions',
        instructions: 'Hand the making to the gaffer, check what comes back, then send it to packing.',
        replies: [
          {
            handoff: 'gaffer',
            message:
              'C-2611: 24 pendants, cobalt + clear overlay, 180 mm Ø, collar 42 mm for E27. Make 26 for spares. Back to me with counts + anneal log.',
          },
          {
            handoff: 'packer',
            message:
              'C-2611 ready: 24 pendants (+2 spares kept), collars checked 42 mm. Pack for Harbour Hotel, deliver by 20/01.',
          },
        ],
      },
      {
        name: 'gaffer',
        description: 'Lead glassblower',
        instructions: 'Make the pieces and hand back to the studio manager with results.',
        replies: [
          {
            call: 'anneal_log',
            args: { kiln: 'AK-2', batch: 'C-2611' },
            result:
              'AK-2 batch C-2611: 26 pcs in 13:05 08/01, soak 482°C 1h, cool 14h, out 06:10 09/01. No cracks flagged.',
          },
          {
            handoff: 'studio_manager',
            message:
              'C-2611 back to you: 26 made, 26 through anneal (AK-2, out 09/01 06:10), avg weight 1.14 kg (1.08–1.21), Ø 178–183 mm, collar 42.0 ±0.3 mm, all 26 pass polariscope.',
          },
        ],
      },
      {
        name: 'packer',
        description: 'Packs and ships work',
        instructions: 'Pack and arrange delivery.',
        replies: [
          {
            say: 'C-2611: 24 pendants double-boxed, 4 crates (6 each, 14.2 kg per crate), courier DPD pallet 15/01, ETA 16/01, tracking 1553 8820 4107. Spares (2) on shelf G3.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'clock-restoration-case-quote-garbled-not-used',
    title:
      'The optional case-polish quote comes back garbled; the restoration estimator leaves it out and quotes the movement work only, as asked',
    domain: 'antique clock restoration',
    mast: ['FM-2.4'],
    nearMissOf: 'low_quality_output: an optional branch’s bad output that nothing downstream uses',
    request:
      'Estimate to restore a c.1790 longcase clock movement (8-day, Thos. Lister, Halifax): full strip, clean, rebush, new gut lines. Customer says: movement only, case quote optional and not needed for the estimate.',
    topology: {
      shape: 'fanout',
      planner: 'workshop_lead',
      workers: ['movement_assessor', 'dial_conservator', 'case_polisher'],
      aggregator: 'estimate_writer',
    },
    agents: [
      {
        name: 'workshop_lead',
        description: 'Workshop lead',
        instructions: 'Brief the assessors.',
        replies: [
          {
            plan: {
              movement_assessor: 'Lister 8-day movement: list wear, bushes needed, pivots, gut lines, hours.',
              dial_conservator: 'Painted arch dial: condition, flaking, consolidate only — no repaint.',
              case_polisher:
                'Optional: rough quote for oak case wax & minor veneer, only if quick. Not part of main estimate.',
            },
          },
        ],
      },
      {
        name: 'movement_assessor',
        description: 'Assesses clock movements',
        instructions: 'Assess the movement.',
        replies: [
          {
            say: 'Movement: 11 bushes (going 5, strike 6), 3 pivots re-polish, escape wheel teeth OK, pallets worn 0.3 mm — re-face. 2 new gut lines 1.4 mm. 19 h bench.',
          },
        ],
      },
      {
        name: 'dial_conservator',
        description: 'Dial conservator',
        instructions: 'Assess dials.',
        replies: [
          { say: 'Dial: flaking at 4-5 o’clock and arch, 6 cm² consolidate w/ Paraloid B72, clean. 4 h.' },
        ],
      },
      {
        name: 'case_polisher',
        description: 'Case polisher',
        instructions: 'Quote case work.',
        replies: [{ say: 'case wax vnr hood ??? £ 4,5 0 hrs 2x 3 - see att', cutOff: true }],
      },
      {
        name: 'estimate_writer',
        description: 'Writes customer estimates',
        instructions: 'Write the estimate from the assessments.',
        replies: [
          {
            say: 'Estimate EST-1790-LST: movement 19 h + dial 4 h = 23 h @ £ 58 = £ 1,334; parts (11 bushes, 2 gut lines) £ 46. Total £ 1,380 incl. 12-month guarantee. Case work not quoted (optional, not requested).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cryptic-crossword-grid-revised-once',
    title:
      'The puzzle editor sends the grid back once for two unchecked squares; the setter fixes them and the second grid is passed',
    domain: 'magazine crossword editing',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: one REVISE round whose fix is made, then APPROVED; ids, counts and clue numbers throughout',
    request:
      'Cryptic No. 4,812 for the 24 Jan issue: 15×15 blocked grid, 28–32 clues, every light at least half checked, no more than 2 consecutive unches. Theme: Burns Night.',
    topology: {
      shape: 'pipeline',
      order: ['setter', 'puzzle_editor', 'typesetter'],
      loop: { from: 'puzzle_editor', to: 'setter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'setter',
        description: 'Crossword setter',
        instructions: 'Set the grid and clues; when the editor returns notes, fix them.',
        prompt: 'Spec: {request}\n\nEditor notes: {input}',
        replies: [
          {
            say: 'No. 4,812 v1: grid G-15-0112, 30 clues (15A/15D), theme words HAGGIS (9A), SELKIRK (14A), AULD LANG SYNE (1D), TAM O SHANTER (20A). 7D "SPORRAN" has 3 consecutive unches (rows 8–10).',
          },
          {
            say: 'No. 4,812 v2: grid G-15-0112b, 30 clues, 7D replaced by SKEAN (5) so max 2 consecutive unches; 19A re-clued to fit. All lights ≥ half checked (min 3/5).',
          },
        ],
      },
      {
        name: 'puzzle_editor',
        description: 'Puzzle editor',
        instructions: 'Reply "APPROVED: <puzzle>" if the grid meets the spec, else "REVISE: <notes>".',
        prompt: 'Puzzle:\n{input}\n\nSpec: {request}',
        replies: [
          { say: 'REVISE: 7D has 3 consecutive unches, rule max 2. Fix 7D / crossers.' },
          { say: 'APPROVED: No. 4,812 v2, grid G-15-0112b, 30 clues, checking OK.' },
        ],
      },
      {
        name: 'typesetter',
        description: 'Typesets puzzles',
        instructions: 'Typeset the approved puzzle.',
        prompt: 'Approved:\n{input}',
        replies: [
          { say: 'No. 4,812 (G-15-0112b, 30 clues) typeset p.58, proof PDF XW4812-p1 sent 16/01 14:20.' },
        ],
      },
    ],
    expected: null,
  }),
];

/** Blind batch 14: 10 faults and 6 healthy look-alikes in 16 new domains, every topology. */
export const blindBatch14Scenarios = [...faults, ...lookAlikes];
