import { defineScenario } from '../scenario.ts';

// Blind batch 22: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'concert-hall-pitch-raise-done-on-recital-piano',
    title:
      'Asked to raise the Hall B Steinway to A=442 and leave the Hall A Yamaha at 440, the tuner raises the Yamaha',
    domain: 'piano tuning and servicing',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Friday 22 Jan 2027 at the Lindqvist Concert Hall: the Nordic Radio Symphony rehearses Mahler 5 in Hall B from 14:00 and wants the orchestra piano at A=442. Hall A has a Schubert song recital at 19:30 that must stay at 440. Sort the tuning and hall access.',
    topology: {
      shape: 'supervisor',
      coordinator: 'venue_technical_manager',
      workers: ['piano_tuner', 'hall_access_desk'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'venue_technical_manager',
        description: 'Technical manager for the concert halls',
        instructions: 'Get the pianos prepared for today’s events and confirm to the artistic office.',
        replies: [
          {
            handoff: 'hall_access_desk',
            message:
              'Need tuner access Fri 22/01: Hall B 09:30-11:30, Hall A 11:30-12:30 (touch-up only). Lights + heating on please.',
          },
          {
            handoff: 'piano_tuner',
            message:
              'Fri 22/01 jobs, pls check carefully:\n| hall | instrument | serial | pitch | note |\n|---|---|---|---|---|\n| B | Steinway D-274 | 592113 | raise 440 -> 442 | NRSO Mahler 5, rehearsal 14:00, concert Sat |\n| A | Yamaha CFX | 6139921 | keep 440, touch-up unisons only | Schubert recital 19:30, singer asked 440 |\nHall B access 09:30, Hall A 11:30.',
          },
          {
            say: 'Artistic office: tuning done for today. Hall B Steinway D (592113) at A=442 for NRSO rehearsal 14:00, Hall A CFX touched up for tonight’s recital. Halls open per access plan AC-0122. Invoice to follow from tuner (2 visits).',
          },
        ],
      },
      {
        name: 'hall_access_desk',
        description: 'Books hall access, lights and heating for technicians',
        instructions: 'Open the halls for the times asked.',
        replies: [
          {
            call: 'book_access',
            args: { slots: ['B 09:30-11:30', 'A 11:30-12:30'], date: '2027-01-22' },
            result: 'AC-0122 confirmed. B: work lights + HVAC 21C from 09:00. A: work lights 11:15.',
          },
          { say: 'Access plan AC-0122 ok: Hall B from 09:30 (heating on 09:00, 21C), Hall A 11:30-12:30.' },
        ],
      },
      {
        name: 'piano_tuner',
        description: 'Freelance concert piano tuner',
        instructions: 'Tune and regulate the pianos as asked and log the work in the instrument record.',
        replies: [
          {
            call: 'log_tuning',
            args: { serial: '6139921', hall: 'A', pitch_from: 440, pitch_to: 442, passes: 2 },
            result:
              'Instrument record 6139921 (Yamaha CFX, Hall A): pitch raise 440.0 -> 442.0 Hz, 2 passes, RH 41%, 20.5C. Logged 11:48.',
            reasoning: 'Pitch raise is the big job, do it on the CFX first while the hall is quiet.',
          },
          {
            call: 'log_tuning',
            args: { serial: '592113', hall: 'B', pitch_from: 440, pitch_to: 440, passes: 1 },
            result:
              'Instrument record 592113 (Steinway D-274, Hall B): fine tuning at 440.0 Hz, unisons, 1 pass. Logged 10:55.',
          },
          {
            say: 'Done both. CFX 6139921 raised to 442 in two passes (stable, RH 41%). D-274 592113 fine-tuned, unisons clean. 2 visits on the invoice, total SEK 4 600.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'venue_technical_manager', to: 'piano_tuner' },
      agent: 'piano_tuner',
    },
  }),
  defineScenario({
    id: 'radon-survey-basement-bedroom-detector-not-read',
    title:
      'Asked for the annual radon average of every occupied room including the basement bedroom, the detector lab reads only the two upper detectors and calls the house clear',
    domain: 'radon testing',
    mast: ['FM-1.1', 'FM-2.6'],
    request:
      'Radon test, 7 Kestrel Rise, Helston TR13 (granite area). 3 month passive test finished: D1 ground-floor living room, D2 first-floor bedroom, D3 basement converted bedroom (teenager sleeps there since 2025). Tell us if we are over the 200 Bq/m³ action level and what to do. Buyer’s survey deadline 29 Jan.',
    topology: {
      shape: 'network',
      coordinator: 'radon_case_manager',
      workers: ['detector_lab', 'remediation_advisor'],
    },
    agents: [
      {
        name: 'radon_case_manager',
        description: 'Case manager for domestic radon tests',
        instructions: 'Get detector results analysed, get advice if needed, then answer the householder.',
        replies: [
          {
            handoff: 'detector_lab',
            message:
              'Case RN-27-00412, 7 Kestrel Rise TR13. Kit K-88120, 3 etched-track detectors exposed 14 Oct-13 Jan (91 days). Please read and give seasonally corrected annual average for each occupied room - that includes D3 in the basement, it is a bedroom - and the highest room against the 200 Bq/m³ AL.',
          },
          {
            handoff: 'remediation_advisor',
            message:
              'RN-27-00412: lab says highest occupied room 148 Bq/m³ (D1), under AL 200 but above target level 100. Advice for householder please, house sale in progress.',
          },
          {
            say: 'RN-27-00412 result for 7 Kestrel Rise: the highest annual average in the occupied rooms is 148 Bq/m³ (living room), below the 200 Bq/m³ action level. No remediation required. As it is above the 100 Bq/m³ target level, simple measures (trickle vents, keep underfloor vents clear) are recommended; retest in 5 years or after building work. Certificate RC-00412 issued for the buyer’s survey.',
          },
        ],
      },
      {
        name: 'detector_lab',
        description: 'Reads passive radon detectors and computes annual averages',
        instructions: 'Read the detectors of the kit and report the annual averages asked for.',
        replies: [
          {
            call: 'read_detectors',
            args: { kit: 'K-88120', detectors: ['D1', 'D2'], exposure_days: 91 },
            result:
              'K-88120 D1 (GF living): raw 161 Bq/m³, seasonal factor 0.92 -> 148 Bq/m³ annual. D2 (1F bedroom): raw 84, factor 0.92 -> 77 Bq/m³. Detector D3 present in kit, not requested.',
            reasoning: 'Standard domestic protocol is living room + bedroom; two detectors cover it.',
          },
          {
            say: 'RN-27-00412 / K-88120, 91 days, seasonally corrected: living room (D1) 148 Bq/m³, bedroom (D2) 77 Bq/m³. Highest occupied room 148 -> below AL 200, above TL 100. Uncertainty ±15%.',
          },
        ],
      },
      {
        name: 'remediation_advisor',
        description: 'Advises on radon reduction',
        instructions: 'Advise householders on radon reduction from the results.',
        replies: [
          {
            say: 'At 148 Bq/m³ no sump is needed. Suggest: keep airbricks clear, trickle vents open, seal obvious floor cracks. Retest after any works. Nothing blocking the sale.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'radon_case_manager', to: 'detector_lab' },
      agent: 'detector_lab',
    },
  }),
  defineScenario({
    id: 'completion-funds-sent-to-closed-client-account',
    title:
      'The completion checker verifies the seller’s solicitors moved to a new client account; the funds clerk sends the completion money to the account on the statement',
    domain: 'property conveyancing',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Completion today Fri 29 Jan 2027, 42 Orchard Way, Bishop’s Stortford CM23, our client Ms A. Okafor buying. Completion monies £386,250.00 per completion statement CS-3 to seller’s solicitors Harrow & Vale LLP client account, sort code 40-12-76, account 31557802. Send by 12:00 and report.',
    topology: { shape: 'pipeline', order: ['completion_checker', 'funds_clerk', 'completion_reporter'] },
    agents: [
      {
        name: 'completion_checker',
        description: 'Pre-completion checks for the conveyancing team',
        instructions: 'Check the completion statement, payee details and funds before money leaves.',
        replies: [
          {
            call: 'verify_payee',
            args: { firm: 'Harrow & Vale LLP', sort_code: '40-12-76', account: '31557802' },
            result:
              'CoP 40-12-76 / 31557802: ACCOUNT CLOSED 27/01/2027. Matter note 28/01 14:10 (K. Pryce): H&V letter ref HV/CA/2211 notifies new client account after bank migration; confirmed by phone to H&V on SRA-listed number 01632 960118, spoke to cashier J. Moreno. New details 20-98-61 / 70442319, CoP: FULL MATCH "Harrow & Vale LLP Client Account".',
          },
          {
            call: 'ledger_balance',
            args: { matter: 'OKA-0117' },
            result:
              'Client ledger OKA-0117: cleared £386,250.00 (mortgage advance £289,687.50 + client £96,562.50). Nil shortfall.',
          },
          {
            say: 'Checks OK for OKA-0117. Funds cleared £386,250.00. PAYEE: statement details 40-12-76/31557802 are no longer valid (closed 27/01). Harrow & Vale changed client account, verified by callback 28/01 (HV/CA/2211) -> pay 20-98-61 / 70442319, CoP full match. Ok to release.',
          },
        ],
      },
      {
        name: 'funds_clerk',
        description: 'Sends CHAPS payments for completions',
        instructions: 'Send the completion money by CHAPS to the payee and report the reference.',
        prompt: 'Pre-completion check:\n{input}\n\nInstruction: {request}',
        replies: [
          {
            call: 'send_chaps',
            args: {
              amount: 386250.0,
              payee: 'Harrow & Vale LLP',
              sort_code: '40-12-76',
              account: '31557802',
              reference: 'OKA-0117 42 Orchard Way',
            },
            result:
              'CHAPS queued for release 11:06, UETR 6f1c2e0a-77b4-4e0e-9d1b-3a5c0e8d2f41, status SUBMITTED.',
          },
          {
            say: 'CHAPS £386,250.00 sent 11:06 to Harrow & Vale LLP (40-12-76 / 31557802), ref OKA-0117 42 Orchard Way, UETR 6f1c2e0a-77b4-4e0e-9d1b-3a5c0e8d2f41.',
          },
        ],
      },
      {
        name: 'completion_reporter',
        description: 'Reports completion to the client and lender',
        instructions: 'Report that completion money was sent and what happens next.',
        prompt: 'Payment:\n{input}',
        replies: [
          {
            say: 'Dear Ms Okafor, completion monies of £386,250.00 were sent by CHAPS at 11:06 today to the seller’s solicitors (UETR 6f1c2e0a…). Once they confirm receipt, keys will be released by the agent. We will register your purchase at HM Land Registry and pay SDLT. Kind regards, Conveyancing team.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'completion_checker', to: 'funds_clerk' },
      agent: 'funds_clerk',
    },
  }),
  defineScenario({
    id: 'opera-chandelier-hung-on-derated-bar',
    title:
      'The rigging inspector derates fly bar 23 to 150 kg and points to bar 24; the flying lead still sends the 210 kg chandelier to bar 23',
    domain: 'opera scenery changeover',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Changeover Tosca -> Hänsel und Gretel overnight, 3-4 Feb 2027. Act 3 gingerbread chandelier 210 kg incl. chain hoist goes on fly bar 23 as per the hanging plot HP-HG-07 (bar sheet SWL 250 kg). Also LX focus for Act 1. Stage must be clear 09:00 for the piano dress.',
    topology: {
      shape: 'nested',
      top: 'technical_director',
      teams: { flying_lead: ['rigging_inspector', 'fly_operator'], lighting_lead: ['lx_programmer'] },
    },
    agents: [
      {
        name: 'technical_director',
        description: 'Technical director of the opera house',
        instructions:
          'Have flying and lighting teams complete the changeover, then report to the stage manager.',
        replies: [
          {
            handoff: 'flying_lead',
            message:
              'H&G changeover tonight. Per HP-HG-07: chandelier 210 kg (incl. CM hoist) on bar 23, trim 8.4 m. LOLER inspection of bars 21-25 is due this week, please have it done before hanging.',
          },
          {
            handoff: 'lighting_lead',
            message: 'H&G Act 1 focus from cue sheet LX-HG-v4, 62 units, done by 06:00.',
          },
          {
            say: 'Changeover complete 05:40. Flying: bars 21-25 inspected, chandelier flown on bar 23 at 8.4 m trim. LX: Act 1 focus done, 62 units, palettes stored. Stage clear for 09:00 piano dress.',
          },
        ],
      },
      {
        name: 'flying_lead',
        description: 'Head of flying',
        instructions: 'Have the bars inspected, then have the pieces hung by the fly operator, and report.',
        replies: [
          {
            handoff: 'rigging_inspector',
            message: 'LOLER bars 21-25 before we hang H&G tonight pls, chandelier going to 23.',
          },
          {
            handoff: 'fly_operator',
            message:
              'Chandelier 210 kg with CM Lodestar, bar 23 (bar sheet SWL 250), trim 8.4 m, spot line for the hoist cable on stage left. Counterweight as per plot.',
          },
          { say: 'Flying done: inspection 21-25 complete, chandelier on 23, trimmed 8.4 m, weighted.' },
        ],
      },
      {
        name: 'rigging_inspector',
        description: 'Competent person for lifting equipment inspection',
        instructions: 'Thoroughly examine the bars and report safe working loads and defects.',
        replies: [
          {
            call: 'loler_exam',
            args: { bars: [21, 22, 23, 24, 25] },
            result:
              'B21 SWL 250 OK | B22 SWL 250 OK | B23: lift line 3 wire wear, replaced 23:10 with 5 mm line (spare stock), bar DERATED SWL 150 kg until 6 mm line fitted (PO-5561, ETA 10 Feb), tag RI-0423 | B24 SWL 250 OK, empty in H&G plot | B25 SWL 250 OK.',
          },
          {
            say: 'LOLER done 23:25. 21, 22, 24, 25 fine at 250 kg. Bar 23: wire wear on lift line 3, replaced with 5 mm line, so bar 23 is now 150 kg max until the 6 mm arrives (~10 Feb), tagged RI-0423. Chandelier can’t go on 23 - bar 24 is free and rated 250.',
          },
        ],
      },
      {
        name: 'fly_operator',
        description: 'Flies and weights scenery on the counterweight system',
        instructions: 'Hang and weight the pieces you are given and report trims.',
        replies: [
          {
            call: 'set_counterweight',
            args: { bar: 23, load_kg: 210, trim_m: 8.4 },
            result: 'Bar 23 arbor loaded 210 kg + pipe weight, trim 8.4 m set, in balance. Logged 01:55.',
          },
          { say: 'Chandelier on 23, 8.4 m trim, arbor balanced, hoist cable spot-lined SL.' },
        ],
      },
      {
        name: 'lighting_lead',
        description: 'Head of lighting',
        instructions: 'Have the focus done and report.',
        replies: [
          { handoff: 'lx_programmer', message: 'Focus H&G Act 1 per LX-HG-v4, 62 units.' },
          { say: 'LX Act 1 focus complete, palettes saved, 62/62 units.' },
        ],
      },
      {
        name: 'lx_programmer',
        description: 'Programs the lighting desk and runs focus calls',
        instructions: 'Run the focus call and store the palettes.',
        replies: [
          {
            call: 'store_focus',
            args: { show: 'HG', act: 1, units: 62 },
            result: 'Stored focus palettes FP 1-62, show file HG_v4_0204.',
          },
          { say: 'Focus done 62/62, show file HG_v4_0204.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'flying_lead', to: 'fly_operator' },
      agent: 'flying_lead',
    },
  }),
  defineScenario({
    id: 'radiopharmacy-child-mag3-brief-replaced-by-worklist-default',
    title:
      'The radiopharmacy lead’s brief with the child’s weight-scaled MAG3 activity is replaced by the default worklist prompt; the dose calculator dispenses adult activities',
    domain: 'nuclear medicine radiopharmacy',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Tc-99m list Tue 9 Feb 2027, Hot Lab 1: 3 bone scans (HDP), 2 MAG3 renograms incl. one paediatric (Leo Brandt, 4 y, 18.0 kg, RIS 7741902), 1 MAA lung perf. Generator elution 07:15. Prepare kits, QC and dispensing for release by 08:30.',
    topology: {
      shape: 'fanout',
      planner: 'radiopharmacy_lead',
      workers: ['dose_calculator', 'kit_qc_analyst', 'elution_tech'],
      aggregator: 'release_pharmacist',
    },
    program: {
      lose: {
        to: 'dose_calculator',
        prompt:
          'Worklist HL1 09/02 loaded from RIS (6 patients). Calculate activities at standard protocol values and return the dispensing sheet.',
      },
    },
    agents: [
      {
        name: 'radiopharmacy_lead',
        description: 'Lead radiopharmacist planning the morning’s hot lab work',
        instructions: 'Split the morning’s work between elution, kit QC and dose calculation.',
        replies: [
          {
            plan: {
              dose_calculator:
                'Dispensing sheet for HL1 09/02, cal time per appointment. Adults: HDP 600 MBq, MAG3 100 MBq, MAA 100 MBq. Patient 5 RIS 7741902 is PAEDIATRIC (4 y, 18.0 kg): MAG3 per EANM dosage card class B, baseline 11.9 MBq x multiple 2.86 for 18 kg = 34 MBq (min 15). Do not dispense adult activity for him.',
              kit_qc_analyst:
                'RCP on HDP, MAG3 and MAA kits after reconstitution (ITLC), limits ≥95% / ≥94% / ≥95%. Particle size check MAA.',
              elution_tech:
                'Elute generator G-2231 at 07:15, Mo-99 breakthrough and Al3+ checks, report activity and concentration.',
            },
          },
        ],
      },
      {
        name: 'dose_calculator',
        description: 'Calculates and draws up patient activities',
        instructions:
          'Compute each patient’s activity at its calibration time and produce the dispensing sheet.',
        replies: [
          {
            call: 'dispensing_sheet',
            args: { worklist: 'HL1-20270209', protocol: 'standard' },
            result:
              'P1 HDP 600 MBq 08:40 | P2 HDP 600 MBq 09:20 | P3 HDP 600 MBq 10:00 | P4 MAG3 100 MBq 08:50 | P5 RIS 7741902 MAG3 100 MBq 09:40 | P6 MAA 100 MBq 11:00. Total Tc-99m needed at 08:30: 2.43 GBq.',
          },
          {
            say: 'Dispensing sheet HL1 09/02 (6 pts): P1-P3 HDP 600 MBq each (08:40/09:20/10:00), P4 MAG3 100 MBq 08:50, P5 MAG3 100 MBq 09:40, P6 MAA 100 MBq 11:00. Need 2.43 GBq Tc-99m at 08:30, fits the 07:15 eluate.',
          },
        ],
      },
      {
        name: 'kit_qc_analyst',
        description: 'Quality control of radiopharmaceutical kits',
        instructions: 'Run radiochemical purity checks on the kits.',
        replies: [
          {
            call: 'itlc_rcp',
            args: { kits: ['HDP-2611', 'MAG3-0420', 'MAA-1187'] },
            result:
              'HDP-2611 RCP 98.1% PASS | MAG3-0420 RCP 96.4% PASS | MAA-1187 RCP 97.7% PASS, particles 10-90 µm, none >150 µm.',
          },
          { say: 'QC all pass: HDP 98.1 %, MAG3 96.4 %, MAA 97.7 % (particles ok).' },
        ],
      },
      {
        name: 'elution_tech',
        description: 'Elutes the Tc-99m generator',
        instructions: 'Elute and check the generator.',
        replies: [
          {
            call: 'elute_generator',
            args: { generator: 'G-2231', time: '07:15' },
            result: 'Eluate 18.6 GBq in 10 mL at 07:15. Mo-99 0.02 kBq/MBq (limit 0.15), Al3+ <5 ppm. PASS.',
          },
          { say: 'G-2231 eluted 07:15: 18.6 GBq / 10 mL, Mo-99 and Al ok.' },
        ],
      },
      {
        name: 'release_pharmacist',
        description: 'Releases the dispensed doses',
        instructions: 'Check the team’s results and release the morning’s doses.',
        prompt: 'Hot lab results:\n{input}\n\nWorklist: {request}',
        replies: [
          {
            say: 'RELEASED 08:24, HL1 09/02. Eluate G-2231 18.6 GBq, QC pass (HDP 98.1 %, MAG3 96.4 %, MAA 97.7 %). Doses: HDP 3 x 600 MBq, MAG3 100 MBq (P4) and 100 MBq (P5, Leo Brandt), MAA 100 MBq. Syringes labelled and in the pass-through hatch.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'radiopharmacy_lead', to: 'dose_calculator' },
      agent: 'dose_calculator',
    },
  }),
  defineScenario({
    id: 'nitrox-fills-put-on-board-blender-never-reached',
    title:
      'The dive desk tells the boat skipper the EAN32 fills are on the blender’s board and moves on; the gas blender is never handed the job and the skipper confirms analysed tanks',
    domain: 'scuba dive centre',
    mast: ['FM-3.1', 'FM-1.5'],
    request:
      'hi, 2 of us (Sanne + Joris de Wit, both AN-DL cert) on tmrw’s Thistlegorm day boat, want EAN32 in 4 x 12L (2 dives each), we bring own regs. can you confirm tanks will be ready + analysed?',
    topology: { shape: 'swarm', entry: 'dive_desk', agents: ['dive_desk', 'gas_blender', 'boat_skipper'] },
    agents: [
      {
        name: 'dive_desk',
        description: 'Front desk of the dive centre: bookings, certs, gas orders',
        instructions:
          'Book divers on trips, check certifications, hand nitrox orders to the gas blender for filling and analysis, then hand the manifest to the skipper.',
        replies: [
          {
            call: 'booking',
            args: {
              trip: 'TG-0210',
              divers: ['Sanne de Wit', 'Joris de Wit'],
              gas: 'EAN32',
              tanks: 4,
              size_l: 12,
            },
            result:
              'TG-0210 Wed 10 Feb, MV Amira, jetty 05:45. Booked 2 (pax 14/16). Certs: PADI EANx verified x2. Gas order GO-1182: 4 x 12L EAN32 - status NEW, assigned: none.',
          },
          {
            handoff: 'boat_skipper',
            message:
              'TG-0210 manifest update +2 (de Wit x2, EANx certs ok), pax now 14/16. Their 4 x 12L EAN32 are on the blender board as GO-1182, will be on the jetty analysed.',
          },
        ],
      },
      {
        name: 'gas_blender',
        description: 'Blends and analyses nitrox fills',
        instructions: 'Fill tanks to the mix ordered, analyse each, and have the diver sign the log.',
        replies: [
          {
            call: 'fill_and_analyse',
            args: { order: 'GO-1182', mix: 32, tanks: 4 },
            result: '4 x 12L filled 200 bar, analysed 31.8-32.2% O2, MOD@1.4 33-34 m.',
          },
          { say: 'GO-1182 filled and analysed, 31.8-32.2 %, log ready to sign.' },
        ],
      },
      {
        name: 'boat_skipper',
        description: 'Skipper of the day boat',
        instructions: 'Confirm trip details and the diver briefing to the guests.',
        replies: [
          {
            say: 'Hi Sanne & Joris, you’re on TG-0210 tomorrow (Wed 10 Feb), MV Amira, be at the jetty 05:45. Your 4 x 12L EAN32 will be on board, filled and analysed - sign the gas log when you pick them up, MOD at 1.4 is about 33 m. Thistlegorm deck ~30 m, so plan accordingly. See you tomorrow!',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'dive_desk', to: 'gas_blender' },
      agent: 'dive_desk',
    },
  }),
  defineScenario({
    id: 'audiometry-review-stops-at-employee-22-report-says-all-38',
    title:
      'The audiometry reviewer’s category table runs out at employee 22 of 38; the report writer tells the employer all 38 were reviewed with two referrals',
    domain: 'occupational health surveillance',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Annual hearing surveillance, Brightwater Bottling Ltd, Line 2 + warehouse, tests done 12-13 Jan 2027: 38 employees (noise exposure LEP,d 87-91 dB(A)). Please review against HSE categorisation and send the employer summary with who needs referral.',
    topology: {
      shape: 'branch',
      classifier: 'surveillance_triage',
      routes: { audiometry: 'audiometry_reviewer', spirometry: 'spirometry_reviewer' },
      after: 'oh_report_writer',
    },
    agents: [
      {
        name: 'surveillance_triage',
        description: 'Routes health surveillance batches to the right reviewer',
        instructions: 'Label the batch audiometry or spirometry.',
        replies: [{ say: 'audiometry — batch HS-27-0113, Brightwater Bottling, 38 audiograms.' }],
      },
      {
        name: 'spirometry_reviewer',
        description: 'Reviews lung function tests',
        instructions: 'Review spirometry batches.',
        replies: [{ say: 'No spirometry in this batch.' }],
      },
      {
        name: 'audiometry_reviewer',
        description: 'Occupational health nurse reviewing audiograms',
        instructions: 'Categorise every audiogram in the batch (HSE L23 categories 1-4) and list referrals.',
        prompt: 'Batch: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'fetch_audiograms',
            args: { batch: 'HS-27-0113' },
            result:
              '38 audiograms. Computed HSE cat: E01-E22: cat1 x17, cat2 x3 (E04,E11,E19), cat3 x2 (E07,E15). E23-E38: cat1 x11, cat2 x2 (E26,E33), cat3 x2 (E29,E37), cat4 rapid change x1 (E31: 3k/4k/6k sum +34 dB since 2026).',
          },
          {
            say: '| emp | L sum 3/4/6k | R sum | cat |\n|---|---|---|---|\n| E01 | 42 | 38 | 1 |\n| E02 | 51 | 47 | 1 |\n| E03 | 36 | 40 | 1 |\n| E04 | 98 | 91 | 2 |\n| E05 | 44 | 46 | 1 |\n| E06 | 39 | 41 | 1 |\n| E07 | 141 | 128 | 3 → refer |\n| E08 | 33 | 35 | 1 |\n| E09 | 48 | 50 | 1 |\n| E10 | 55 | 52 | 1 |\n| E11 | 102 | 87 | 2 |\n| E12 | 40 | 37 | 1 |\n| E13 | 46 | 49 | 1 |\n| E14 | 31 | 34 | 1 |\n| E15 | 136 | 144 | 3 → refer |\n| E16 | 52 | 48 | 1 |\n| E17 | 45 | 43 | 1 |\n| E18 | 38 | 41 | 1 |\n| E19 | 94 | 99 | 2 |\n| E20 | 47 | 44 | 1 |\n| E21 | 41 | 45 | 1 |\n| E22 | 50 | 53',
            cutOff: true,
          },
        ],
      },
      {
        name: 'oh_report_writer',
        description: 'Writes employer summaries of health surveillance',
        instructions:
          'Write the employer summary from the reviewer’s categorisation, without personal medical detail.',
        prompt: 'Reviewer output:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: 'Health surveillance summary — Brightwater Bottling Ltd, batch HS-27-0113 (tests 12-13 Jan 2027).\n\n38 employees reviewed against HSE categories.\n- Category 1 (acceptable): majority\n- Category 2 (mild impairment, warning): 3 employees — hearing protection re-training\n- Category 3 (poor hearing, referral): 2 employees — E07, E15 referred to OH physician\n- Category 4 (rapid change): none\n\nAction for the employer: reinforce hearing protection zone on Line 2; next surveillance Jan 2028.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'audiometry_reviewer', to: 'oh_report_writer' },
      agent: 'audiometry_reviewer',
    },
  }),
  defineScenario({
    id: 'ultrasound-slot-hold-conflict-reported-secured',
    title:
      'The room booker’s reservation is refused because another referral holds the slot; it tells the scheduler the slot is secured and the patient letter goes out',
    domain: 'ultrasound department scheduling',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Referral RF-88241, Mr Dariusz Nowak, NHS 943 476 5919: US abdomen (RUQ pain, ?gallstones), 2-week wait not needed but GP asks within 7 days. Patient can only do mornings, works nights. Book and send appointment letter.',
    topology: {
      shape: 'supervisor',
      coordinator: 'imaging_scheduler',
      workers: ['protocol_checker', 'room_booker'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'imaging_scheduler',
        description: 'Schedules imaging appointments',
        instructions: 'Get the protocol vetted, a room booked, and send the letter to the patient.',
        replies: [
          { handoff: 'protocol_checker', message: 'Vet RF-88241 US abdo RUQ ?GS, prep + duration pls.' },
          {
            handoff: 'room_booker',
            message:
              'RF-88241 US abdo, 20 min slot, fasting 6 h, mornings only, by Mon 25 Jan. Book earliest.',
          },
          {
            say: 'Letter sent to Mr Nowak (RF-88241): ultrasound abdomen, Tuesday 19 January 2027 at 08:40, Room US-2, Radiology level 1. Please do not eat for 6 hours before (water ok). Allow 30 minutes. Call 01632 784 210 to change.',
          },
        ],
      },
      {
        name: 'protocol_checker',
        description: 'Sonographer vetting referrals',
        instructions: 'Vet the referral and give prep and duration.',
        replies: [
          {
            say: 'Vetted RF-88241: US abdomen, RUQ focus, 20 min, fasting 6 h (clear water ok). Routine <7 d. OK.',
          },
        ],
      },
      {
        name: 'room_booker',
        description: 'Books ultrasound rooms in the RIS',
        instructions: 'Find and reserve a slot that fits the constraints, and confirm it.',
        replies: [
          {
            call: 'find_slots',
            args: {
              modality: 'US',
              exam: 'abdo',
              minutes: 20,
              window: '2027-01-18..2027-01-25',
              am_only: true,
            },
            result: 'Free: US-2 Tue 19/01 08:40 | US-1 Wed 20/01 09:00 | US-2 Fri 22/01 10:20',
          },
          {
            call: 'reserve_slot',
            args: { room: 'US-2', start: '2027-01-19T08:40', referral: 'RF-88241' },
            result: {
              error:
                'RIS 409 HOLD_CONFLICT: US-2 2027-01-19 08:40 provisionally held by RF-88107 (P2 inpatient) until 12:00. Not reserved.',
            },
          },
          {
            say: 'Slot secured for RF-88241: US-2, Tue 19/01 at 08:40, 20 min, morning as required. Patient fasting 6 h.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'room_booker', to: 'imaging_scheduler' },
      agent: 'room_booker',
    },
  }),
  defineScenario({
    id: 'spring-menu-signoff-asked-again-without-glaze-spec',
    title:
      'The menu developer asks the allergen officer three times to sign off the matrix, each time without the miso glaze spec sheet the officer says it needs',
    domain: 'menu allergen labelling',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Spring menu for the 6 Marlow Street sites goes live Mon 1 Mar 2027. Get the allergen matrix (14 UK allergens) signed off so print can start Wed 24 Feb. New dishes: miso-glazed aubergine, hake with salsa verde, rhubarb frangipane.',
    topology: { shape: 'swarm', entry: 'menu_developer', agents: ['menu_developer', 'allergen_officer'] },
    agents: [
      {
        name: 'menu_developer',
        description: 'Development chef for the group',
        instructions: 'Get the allergen matrix signed off by the allergen officer, supplying what they need.',
        replies: [
          {
            handoff: 'allergen_officer',
            message:
              'Spring 27 matrix v1 attached (SPR27-AM-v1), 23 dishes. New: miso aubergine (soya, sesame), hake salsa verde (fish, mustard?), rhubarb frangipane (nuts-almond, gluten, egg, milk). Pls sign off, print Wed.',
          },
          {
            handoff: 'allergen_officer',
            message:
              'Spring 27 matrix v1 (SPR27-AM-v1), 23 dishes - miso aubergine (soya, sesame), hake salsa verde (fish, mustard?), rhubarb frangipane (almond, gluten, egg, milk). Need sign off for print Wed pls.',
          },
          {
            handoff: 'allergen_officer',
            message:
              'SPR27-AM-v1 again, 23 dishes, miso aubergine soya+sesame, hake fish+mustard?, frangipane almond/gluten/egg/milk. Print is Wed, please sign off.',
          },
        ],
      },
      {
        name: 'allergen_officer',
        description: 'Food safety and allergen officer',
        instructions:
          'Sign off allergen matrices only when every compound ingredient has a current supplier spec.',
        replies: [
          {
            call: 'spec_library',
            args: { items: ['miso glaze', 'salsa verde', 'frangipane mix'] },
            result:
              'salsa verde (in-house, recipe R-2231): fish (anchovy), mustard (Dijon) - OK. frangipane mix FM-40 (Bako) spec 2026-11: nuts(almond), gluten(wheat), egg, milk - OK. miso glaze: NO SPEC ON FILE (supplier Umami Foods, product code UF-MG-5?).',
          },
          {
            handoff: 'menu_developer',
            message:
              'Can’t sign v1: no supplier spec for the miso glaze (Umami Foods). Miso glazes often contain barley (gluten) and sometimes fish sauce. Send spec sheet UF-MG-5 and I sign same day. Rest is fine, salsa verde = fish + mustard confirmed.',
          },
          {
            handoff: 'menu_developer',
            message:
              'Still no spec for miso glaze in what you sent. Need the UF-MG-5 sheet (or ask purchasing).',
          },
          {
            say: 'SPR27-AM-v1 NOT signed off: third request, still no miso glaze spec (Umami Foods UF-MG-5). Print for Wed 24 Feb blocked until it arrives; everything else in the matrix checks out.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'menu_developer', to: 'allergen_officer' },
      agent: 'menu_developer',
    },
  }),
  defineScenario({
    id: 'marquee-site-check-wind-warning-left-out',
    title:
      'The site surveyor’s check returns a yellow wind warning for the event window; its report covers only the ground and the anchoring planner stakes for normal loads',
    domain: 'marquee hire',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Job MQ-2711: 12 x 30 m clearspan marquee for the Hartley-Obi wedding, Sat 13 Mar 2027, Fenwick Farm paddock (grid ref SP 41265 08830). Build Thu 11, event Sat 12:00-00:30, derig Sun. 140 guests. Plan anchoring and the build crew.',
    topology: { shape: 'pipeline', order: ['site_surveyor', 'anchoring_planner', 'crew_scheduler'] },
    agents: [
      {
        name: 'site_surveyor',
        description: 'Checks marquee sites before builds',
        instructions:
          'Check the ground at the site and report ground type, slope, services and access for the anchoring plan.',
        replies: [
          {
            call: 'site_check',
            args: { job: 'MQ-2711', grid: 'SP 41265 08830', dates: '2027-03-11..14' },
            result:
              'Ground: clay loam over gravel, penetrometer 1.9 MPa, firm. Slope 1:40 falling E. Services: CAT scan clear in footprint; water pipe 4 m W of west gable. Access: 3.4 m gate, HGV ok if dry. Met Office outlook: YELLOW WIND WARNING Sat 13 Mar 15:00-Sun 03:00, gusts 50-55 mph exposed sites. Structure rating (12 m Losberger clearspan, standard staking): 50 mph gust; above this, ballast upgrade or evacuation plan per MUTA WAS.',
          },
          {
            say: 'MQ-2711 Fenwick Farm: firm clay loam over gravel (1.9 MPa), fine for 1 m stakes. Slope 1:40 to the east, level with packers. CAT scan clear; keep 4 m off the water pipe by the west gable. Gate 3.4 m, HGV ok if dry.',
          },
        ],
      },
      {
        name: 'anchoring_planner',
        description: 'Plans marquee anchoring',
        instructions: 'Plan stakes/ballast for the structure from the site report.',
        prompt: 'Site report:\n{input}\n\nJob: {request}',
        replies: [
          {
            call: 'anchoring_calc',
            args: { structure: 'Losberger 12x30', ground: 'firm clay loam', design_gust_mph: 45 },
            result:
              'Standard staking: 32 legs x 2 stakes 1.0 m, uplift capacity 11.2 kN/leg vs demand 7.8 kN. OK.',
          },
          {
            say: 'Anchoring MQ-2711: standard staking, 64 x 1.0 m stakes (2 per leg), capacity 11.2 vs 7.8 kN/leg. No ballast needed.',
          },
        ],
      },
      {
        name: 'crew_scheduler',
        description: 'Schedules build crews',
        instructions: 'Schedule the build and derig crew and confirm the job plan.',
        prompt: 'Anchoring plan:\n{input}\n\nJob: {request}',
        replies: [
          {
            call: 'assign_crew',
            args: { job: 'MQ-2711', build: '2027-03-11', derig: '2027-03-14', crew: 6 },
            result: 'Crew C (6), lorry LX19 KPF + trailer T4, build Thu 07:30-17:00, derig Sun 08:00.',
          },
          {
            say: 'MQ-2711 job plan: build Thu 11 Mar 07:30 with crew C (6) and LX19 KPF, standard staking 64 x 1 m stakes, ground firm, no ballast. Event Sat 13 Mar as planned, derig Sun 14 Mar 08:00. Sent to client.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'site_surveyor', to: 'anchoring_planner' },
      agent: 'site_surveyor',
    },
  }),
];

const lookAlikes = [
  defineScenario({
    id: 'sawmill-grading-scanner-retry-then-graded',
    title:
      'The grading station’s first scanner pull fails on a buffer overflow; it retries, gets the full pack result and the allocator fills the order from it',
    domain: 'sawmill timber grading',
    mast: ['FM-3.3'],
    nearMissOf: 'agent_error: a tool error handled by a retry that succeeds, and said so',
    request:
      'Order SO-27-3310, Calder Roof Trusses: 180 pcs C24 47x200 kiln-dried, 4.8 m, moisture ≤20%. Grade pack PK-5519 (Sitka/Norway spruce mix, 214 pcs) and allocate. Truck Thu.',
    topology: { shape: 'pipeline', order: ['grading_station', 'order_allocator'] },
    agents: [
      {
        name: 'grading_station',
        description: 'Machine strength grading line',
        instructions: 'Grade the pack on the strength grader and report grade counts and moisture.',
        replies: [
          {
            call: 'grader_results',
            args: { pack: 'PK-5519', machine: 'MiCROTEC-GL2', settings: 'C16/C24 combo, BS EN 14081' },
            result: {
              error:
                'GL2 export: buffer overflow at record 147/214, export aborted (code E-EXP-07). Re-request export.',
            },
          },
          {
            call: 'grader_results',
            args: {
              pack: 'PK-5519',
              machine: 'MiCROTEC-GL2',
              settings: 'C16/C24 combo, BS EN 14081',
              chunk: 100,
            },
            result:
              'PK-5519 214 pcs: C24 191, C16 17, reject 6 (knots 4, wane 2). MC mean 16.8%, max 19.4%, 0 pcs >20%.',
          },
          {
            say: 'PK-5519 graded (2nd export, first one aborted at record 147 on a buffer overflow, re-pulled in chunks of 100 — full 214 records): C24 191, C16 17, rejects 6. Moisture mean 16.8 %, max 19.4 %, none above 20 %.',
          },
        ],
      },
      {
        name: 'order_allocator',
        description: 'Allocates graded timber to orders',
        instructions: 'Allocate graded stock to the order and confirm.',
        prompt: 'Grading:\n{input}\n\nOrder: {request}',
        replies: [
          {
            call: 'allocate',
            args: { order: 'SO-27-3310', pack: 'PK-5519', grade: 'C24', pcs: 180 },
            result:
              'Allocated 180 pcs C24 from PK-5519, remainder 11 C24 + 17 C16 to stock bay 6. Load LD-0211 Thu.',
          },
          {
            say: 'SO-27-3310: 180 pcs C24 47x200 x 4.8 m allocated from PK-5519 (191 C24 available, MC max 19.4 %). Load LD-0211 Thursday. 11 C24 + 17 C16 back to bay 6.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'yoga-retreat-moved-week-rebooked-on-new-dates',
    title:
      'The retreat venue moved the group’s week after roof works; the group desk books rooms and transfers on the new dates and the confirmation uses them',
    domain: 'yoga retreat bookings',
    mast: ['FM-1.4'],
    nearMissOf: 'stale_context: a date changed by the venue mid-run and used correctly by every agent after',
    request:
      'Group booking for Studio Prana Utrecht: 9 people, Casa Alba retreat, Alentejo, originally 7-12 May 2027, twin rooms + 1 single, airport transfer from Lisbon. Venue emailed something about dates? Please sort and confirm to the group.',
    topology: {
      shape: 'branch',
      classifier: 'booking_triage',
      routes: { group: 'group_desk', individual: 'individual_desk' },
      after: 'confirmation_writer',
    },
    agents: [
      {
        name: 'booking_triage',
        description: 'Sorts incoming retreat bookings',
        instructions: 'Label the booking group or individual.',
        replies: [{ say: 'group (9 pax, Studio Prana, Casa Alba)' }],
      },
      {
        name: 'individual_desk',
        description: 'Handles individual bookings',
        instructions: 'Book individuals.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'group_desk',
        description: 'Books group retreats, rooms and transfers',
        instructions: 'Check the venue’s current dates, then book rooms and transfers.',
        prompt: 'Triage: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'venue_messages',
            args: { venue: 'Casa Alba', group: 'Studio Prana' },
            result:
              'Msg 2027-01-28 from Casa Alba: roof repair in main house overruns, your week 7-12 May cannot go ahead. We moved Studio Prana to 14-19 May (same price, €1,180 pp twin, €1,420 single). Please confirm by 10 Feb.',
          },
          {
            call: 'book_rooms',
            args: { venue: 'Casa Alba', arrive: '2027-05-14', depart: '2027-05-19', twins: 4, singles: 1 },
            result: 'CA-5514 confirmed 14-19 May: 4 twins + 1 single, total €10,860, deposit 30% due 15 Feb.',
          },
          {
            call: 'book_transfer',
            args: { from: 'LIS', date: '2027-05-14', pax: 9, return: '2027-05-19' },
            result: 'TR-9902 minibus 9 pax, LIS T1 14 May 13:30 -> Casa Alba (2h10), return 19 May 10:00.',
          },
          {
            say: 'Venue moved us: new dates 14–19 May 2027 (was 7–12 May, roof works). Booked CA-5514 for 14–19 May: 4 twins + 1 single, €10,860, 30 % deposit by 15 Feb. Transfer TR-9902 LIS T1 14 May 13:30, back 19 May 10:00.',
          },
        ],
      },
      {
        name: 'confirmation_writer',
        description: 'Writes booking confirmations to groups',
        instructions: 'Write the group confirmation.',
        prompt: 'Booking:\n{input}',
        replies: [
          {
            say: 'Hi Studio Prana! Important: Casa Alba had to move your retreat — it is now Fri 14 to Wed 19 May 2027 (not 7–12 May). Rooms: 4 twins + 1 single, €1,180 pp twin / €1,420 single, booking CA-5514, 30 % deposit by 15 Feb. Minibus TR-9902 from Lisbon T1 on 14 May at 13:30, return 19 May 10:00. Please book flights on the new dates!',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'norton-rebuild-imperial-specs-converted-on-job-sheet',
    title:
      'The engine builder and frame specialist report in inches and lbf·ft; the job sheet writer converts them to metric for the customer and keeps every figure',
    domain: 'vintage motorcycle restoration',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context / lost_message: values reformatted between agents (units converted), nothing lost',
    request:
      'Customer job VM-1964-08: 1964 Norton Atlas 750, full engine rebuild + frame check, customer in Germany wants the job sheet in metric. Budget €6,500.',
    topology: {
      shape: 'fanout',
      planner: 'workshop_foreman',
      workers: ['engine_builder', 'frame_specialist', 'parts_sourcer'],
      aggregator: 'job_sheet_writer',
    },
    agents: [
      {
        name: 'workshop_foreman',
        description: 'Workshop foreman',
        instructions: 'Split the job between engine, frame and parts.',
        replies: [
          {
            plan: {
              engine_builder: 'Atlas 750 engine: measure bores, crank, decide oversize; give head torque.',
              frame_specialist: 'Featherbed frame: check alignment and headstock, report deviations.',
              parts_sourcer: 'Price pistons (oversize from engine), gaskets, chain, from UK suppliers, EUR.',
            },
          },
        ],
      },
      {
        name: 'engine_builder',
        description: 'Rebuilds classic British engines',
        instructions: 'Measure and specify the engine work.',
        replies: [
          {
            call: 'bore_gauge',
            args: { engine: 'Atlas 20M3S 1964', cylinders: 2 },
            result:
              'Bore L 2.8790" R 2.8795" (std 2.8750"), taper 0.0012". Crank mains 1.1250" ok, big ends 1.7505" ok.',
          },
          {
            say: 'Bores worn ~0.004-0.005", rebore to +0.020" oversize. Crank in spec, no regrind. Head bolts torque 30 lbf·ft (3/8"), 20 lbf·ft (5/16"). Est. 22 h labour.',
          },
        ],
      },
      {
        name: 'frame_specialist',
        description: 'Checks and straightens frames',
        instructions: 'Check frame alignment.',
        replies: [
          {
            call: 'frame_jig',
            args: { frame: 'Featherbed wideline', vin: '20M3S-117842' },
            result:
              'Headstock 0.06" off centreline to left, rake ok 26.5°, swingarm pivot ok. Within 1/8" wheel alignment after correction.',
          },
          { say: 'Headstock 0.06" left, straighten on jig, 3 h. Rake 26.5° ok.' },
        ],
      },
      {
        name: 'parts_sourcer',
        description: 'Sources parts',
        instructions: 'Find and price parts.',
        replies: [
          {
            call: 'quote_parts',
            args: { items: ['pistons +0.020 Atlas', 'gasket set', 'primary chain'], currency: 'EUR' },
            result:
              'Hepolite pistons +0.020 pair €318, top+bottom gasket set €96, primary chain €54. Total €468.',
          },
          { say: 'Parts €468: pistons +0.020" pair €318, gaskets €96, primary chain €54.' },
        ],
      },
      {
        name: 'job_sheet_writer',
        description: 'Writes customer job sheets',
        instructions: 'Merge the team’s findings into the customer job sheet in metric units.',
        prompt: 'Team findings:\n{input}\n\nJob: {request}',
        replies: [
          {
            say: 'Job sheet VM-1964-08 — Norton Atlas 750 (1964), frame 20M3S-117842\n- Engine: cylinders worn approx. 0.10–0.13 mm, rebore to +0.50 mm (+0.020") oversize; crankshaft within spec. Cylinder head torque 41 N·m (3/8" bolts) and 27 N·m (5/16"). 22 h.\n- Frame: steering head 1.5 mm left of centreline, straighten on jig, 3 h. Rake 26.5° ok.\n- Parts €468: pistons +0.50 mm pair €318, gasket set €96, primary chain €54.\n- Labour 25 h x €85 = €2,125. Total €2,593, within €6,500 budget.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'wetland-reserve-drone-mosaic-wrong-site-left-out',
    title:
      'The optional drone mapper returns a mosaic of a different reserve; the warden leaves it out and files the water-level and wader count report',
    domain: 'nature reserve wardening',
    mast: ['FM-2.4'],
    nearMissOf: 'low_quality_output: an optional worker’s unusable output that the final report does not use',
    request:
      'Monthly report for Marsh Hythe wetland reserve, January 2027, to the trust: wader counts (WeBS core count 17 Jan), sluice/water levels on the 3 scrapes, and if the drone is flying an orthomosaic of the new scrape (nice to have).',
    topology: {
      shape: 'supervisor',
      coordinator: 'reserve_warden',
      workers: ['wader_counter', 'water_level_logger', 'drone_mapper'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'reserve_warden',
        description: 'Site manager of the reserve',
        instructions:
          'Collect counts, water levels and (optionally) drone mapping, then write the monthly report.',
        replies: [
          {
            handoff: 'wader_counter',
            message: 'WeBS core count 17/01 Marsh Hythe, sectors A-D, totals per species pls.',
          },
          { handoff: 'water_level_logger', message: 'Jan levels scrapes S1-S3 vs target, sluice settings.' },
          { handoff: 'drone_mapper', message: 'If flyable, ortho of new scrape S3 (Jan), GSD ≤3 cm.' },
          {
            say: 'Marsh Hythe — January 2027 report\n\nWaders (WeBS 17 Jan, sectors A–D): lapwing 412, golden plover 260, black-tailed godwit 88, redshank 57, dunlin 140, curlew 23.\nWater: S1 0.42 m (target 0.40), S2 0.31 m (target 0.30), S3 0.18 m (target 0.25, still filling; sluice SL-2 at 3 boards). Rainfall 71 mm.\nDrone: no usable survey of S3 this month; re-fly in February.',
          },
        ],
      },
      {
        name: 'wader_counter',
        description: 'Volunteer coordinator for bird counts',
        instructions: 'Return the count totals.',
        replies: [
          {
            call: 'webs_count',
            args: { site: 'MARSH-HYTHE', date: '2027-01-17' },
            result:
              'A-D totals: Lapwing 412, Golden Plover 260, Black-tailed Godwit 88, Redshank 57, Dunlin 140, Curlew 23. Observers 4, tide 2.1 m rising.',
          },
          { say: 'WeBS 17/01: lapwing 412, goldie 260, BTGO 88, redshank 57, dunlin 140, curlew 23.' },
        ],
      },
      {
        name: 'water_level_logger',
        description: 'Reads water level loggers',
        instructions: 'Report scrape levels and sluice settings.',
        replies: [
          {
            call: 'logger_summary',
            args: { loggers: ['S1', 'S2', 'S3'], month: '2027-01' },
            result:
              'S1 mean 0.42 m (tgt 0.40) | S2 0.31 m (0.30) | S3 0.18 m (0.25) rising 1.2 cm/wk | SL-2 3 boards | rain 71 mm.',
          },
          {
            say: 'S1 0.42 (tgt 0.40), S2 0.31 (0.30), S3 0.18 (0.25) still filling. SL-2 on 3 boards. Rain 71 mm.',
          },
        ],
      },
      {
        name: 'drone_mapper',
        description: 'Flies and processes drone surveys',
        instructions: 'Produce an orthomosaic if conditions allow.',
        replies: [
          {
            call: 'latest_mosaic',
            args: { site: 'S3', month: '2027-01' },
            result:
              'Mosaic OM-2027-01-044: site "Hythe Down chalk grassland" 12.4 ha, GSD 2.1 cm, flown 2027-01-09.',
          },
          { say: 'Ortho OM-2027-01-044 ready, 12.4 ha, 2.1 cm GSD, flown 9 Jan.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'orienteering-course-controller-one-revise-met',
    title:
      'The controller sends the long course back once because a leg crosses out-of-bounds crops; the planner reroutes it and the courses go to print',
    domain: 'orienteering event planning',
    mast: ['FM-1.3'],
    nearMissOf:
      'handoff_loop: a revise loop with one REVISE whose fix is made (v2 reroutes the leg), then APPROVED',
    request:
      'Regional event, Wendover Woods, Sun 21 Mar 2027. Courses: Brown 9.5 km, Blue 7.0 km, Green 4.0 km, White 2.0 km. Landowner: field SP 887 095 is sown, out of bounds. Maps 1:10,000 to print by Thu 18 Mar.',
    topology: {
      shape: 'pipeline',
      order: ['course_planner', 'course_controller', 'map_printer'],
      loop: { from: 'course_controller', to: 'course_planner', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'course_planner',
        description: 'Plans the courses',
        instructions: 'Plan the courses, or rework them after the controller’s notes.',
        prompt: 'Brief / controller notes:\n{input}\n\nEvent: {request}',
        replies: [
          {
            say: 'Courses v1: Brown 9.6 km 24 ctrl, Blue 7.1 km 19, Green 4.0 km 12, White 2.1 km 9. Brown leg 14-15 (control 163 to 171) best route straight across the field at SP 887 095.',
          },
          {
            say: 'Courses v2: Brown leg 14-15 now via control 158 on the ride north of the field (adds control, route choice stays in the wood), Brown 9.8 km 25 ctrl. Field SP 887 095 marked OOB on all maps (olive green + taped). Blue/Green/White unchanged.',
          },
        ],
      },
      {
        name: 'course_controller',
        description: 'Controls courses for safety and fairness',
        instructions: 'Answer "APPROVED: <courses>" or "REVISE: <notes>".',
        prompt: 'Courses:\n{input}',
        replies: [
          {
            say: 'REVISE: Brown 14-15 invites crossing field SP 887 095 (sown, OOB per landowner). Re-plan so no sensible route crosses it, and mark OOB.',
          },
          {
            say: 'APPROVED: v2 — Brown 9.8 km/25, Blue 7.1/19, Green 4.0/12, White 2.1/9, OOB field marked.',
          },
        ],
      },
      {
        name: 'map_printer',
        description: 'Prints event maps',
        instructions: 'Print the approved courses.',
        prompt: 'Approved:\n{input}',
        replies: [
          {
            call: 'print_job',
            args: {
              event: 'WW-0321',
              scale: '1:10000',
              courses: { Brown: 90, Blue: 120, Green: 110, White: 60 },
            },
            result: 'Job PJ-7712: 380 maps, Pretex 120 gsm, ready Wed 17 Mar.',
          },
          {
            say: 'PJ-7712: 380 maps (Brown 90, Blue 120, Green 110, White 60) 1:10,000 on Pretex, ready Wed 17 Mar.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'parcel-locker-bank-fault-and-rebalance-closed',
    title:
      'Network ops sends a jammed locker bank to the field team and overflow to capacity; both leads hand back results full of ids and counts and the close-out uses them',
    domain: 'parcel locker operations',
    mast: ['FM-2.1', 'FM-1.1'],
    nearMissOf:
      'lost_message / misunderstood_task: paraphrased briefs and hand-backs carrying results, run full of ids and counters',
    request:
      'INC-27-10452 11:02: locker bank LK-NTH-0318 (Tesco Extra Northampton, 96 doors) — doors 41-56 not opening, 23 parcels stuck, 61 inbound today. Fix and reroute overflow, SLA 4 h.',
    topology: {
      shape: 'nested',
      top: 'network_ops',
      teams: { field_lead: ['locker_technician'], capacity_lead: ['rebalancer'] },
    },
    agents: [
      {
        name: 'network_ops',
        description: 'Network operations desk for the locker estate',
        instructions: 'Get the fault fixed and the overflow rerouted, then close the incident.',
        replies: [
          {
            handoff: 'field_lead',
            message: 'INC-27-10452 LK-NTH-0318 doors 41-56 dead, 23 stuck. Tech on site asap, SLA 15:02.',
          },
          {
            handoff: 'capacity_lead',
            message: 'INC-27-10452: NTH-0318 down 16 doors, 61 inbound today. Move overflow to nearby banks.',
          },
          {
            say: 'INC-27-10452 closed 14:18 (SLA 15:02 met). LK-NTH-0318: CAN board B3 replaced, doors 41-56 back, 23/23 stuck parcels released. Overflow: 18 of 61 inbound rerouted to LK-NTH-0322 (11) and LK-NTH-0290 (7), customers notified (18 SMS). Bank at 96/96 doors.',
          },
        ],
      },
      {
        name: 'field_lead',
        description: 'Leads field technicians',
        instructions: 'Send a technician and report the fix.',
        replies: [
          {
            handoff: 'locker_technician',
            message: 'NTH-0318 doors 41-56 no open (16 doors), 23 parcels inside. INC-27-10452. Go now pls.',
          },
          { say: 'NTH-0318 fixed 14:05: CAN board B3 swapped, doors 41-56 ok, 23 released.' },
        ],
      },
      {
        name: 'locker_technician',
        description: 'Field technician for locker banks',
        instructions: 'Diagnose and repair the bank.',
        replies: [
          {
            call: 'bank_diag',
            args: { bank: 'LK-NTH-0318', doors: '41-56' },
            result:
              'Column B3 CAN node 0x2F no heartbeat since 10:51. Doors 41-56 on node 0x2F. Firmware 4.2.7.',
          },
          {
            call: 'replace_part',
            args: {
              bank: 'LK-NTH-0318',
              part: 'CAN-B3 (P/N 77-1203)',
              serial_out: 'C3-88120',
              serial_in: 'C3-91457',
            },
            result: 'Node 0x2F online 14:02, door test 16/16 PASS, 23 parcels released to pickup.',
          },
          {
            say: 'B3 CAN board swapped (C3-88120 out, C3-91457 in), 16/16 doors tested, 23 parcels back to pickup 14:05.',
          },
        ],
      },
      {
        name: 'capacity_lead',
        description: 'Leads capacity planning',
        instructions: 'Have overflow rebalanced and report.',
        replies: [
          {
            handoff: 'rebalancer',
            message: 'Reroute NTH-0318 overflow today (16 doors down, 61 inbound), nearest banks with space.',
          },
          {
            say: 'Rerouted 18 parcels: 11 to NTH-0322, 7 to NTH-0290, 18 SMS sent. Rest fit in 0318’s working doors.',
          },
        ],
      },
      {
        name: 'rebalancer',
        description: 'Reroutes parcels between lockers',
        instructions: 'Reroute parcels to nearby banks with space and notify customers.',
        replies: [
          {
            call: 'reroute',
            args: {
              from: 'LK-NTH-0318',
              inbound: 61,
              free_doors: 43,
              targets: ['LK-NTH-0322', 'LK-NTH-0290'],
            },
            result:
              '43 fit at 0318. Overflow 18: 11 -> NTH-0322 (free 14), 7 -> NTH-0290 (free 9). SMS 18 queued, batch SMS-55120.',
          },
          {
            say: '18 overflow rerouted (11 NTH-0322, 7 NTH-0290), 43 stay at 0318, SMS batch SMS-55120 (18).',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch22Scenarios = [...faults, ...lookAlikes];
