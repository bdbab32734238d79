import { defineScenario } from '../scenario.ts';

// Blind batch 25: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'long-trial-jury-panel-drawn-for-standard-service',
    title:
      'Asked for a 40-juror panel screened for a six-week trial, the pool selector draws a standard two-week panel and the summonses go out for ten sitting days',
    domain: 'jury summons administration',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Snaresbrook Crown Court, court 7: R v Okonedo & 4 others (T20267731), conspiracy to defraud, trial estimate 6 weeks from Mon 12 Apr 2027. HHJ Pereira wants a long-trial panel of 40: long-trial screening questionnaire (LTQ-1) with the summons, anyone who already deferred INTO that window excluded. Summonses must be posted by Fri 5 Mar. Thanks, Listing.',
    topology: {
      shape: 'supervisor',
      coordinator: 'jury_officer',
      workers: ['pool_selector', 'summons_printer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'jury_officer',
        description: 'Jury officer at the Crown Court, runs summoning for listed trials',
        instructions:
          'Have the panel drawn by the pool selector, have the summonses printed, then confirm to listing.',
        replies: [
          {
            handoff: 'pool_selector',
            message:
              'Hi, panel request JP-27-0412 pls:\n| field | value |\n|---|---|\n| court | SNB / court 7 |\n| case | T20267731 R v Okonedo + 4 |\n| service start | Mon 12/04/2027 |\n| length | 6 wks (approx 30 sitting days) - LONG TRIAL |\n| panel | 40 |\n| screening | LTQ-1 long-trial questionnaire ON |\n| exclusions | deferrals into 12/04-21/05, excusals already granted |\nCatchment as usual (E4, E10, E11, E17, E18, IG1-IG8). Post-by date 05/03.',
          },
          {
            handoff: 'summons_printer',
            message:
              'Print + post summonses for panel JP-27-0412 (list from pool selector attached), court 7 Snaresbrook, first attendance Mon 12/04 09:15. Post by Fri 05/03, 2nd class is fine.',
          },
          {
            say: 'Listing - panel JP-27-0412 for T20267731 (R v Okonedo & 4) done: 40 jurors drawn from the SNB catchment, summonses printed and posted (batch SP-0304, 40 letters) for first attendance Mon 12 Apr 09:15, court 7. Any excusal requests will come to the jury office as usual.',
          },
        ],
      },
      {
        name: 'pool_selector',
        description: 'Draws juror panels from the electoral register for the court',
        instructions: 'Draw the panel exactly as requested (size, dates, length, screening, exclusions).',
        replies: [
          {
            call: 'draw_panel',
            args: {
              court: 'SNB',
              panel_ref: 'JP-27-0412',
              service_start: '2027-04-12',
              service_days: 10,
              size: 40,
              long_trial_screening: false,
              catchment: ['E4', 'E10', 'E11', 'E17', 'E18', 'IG1-IG8'],
            },
            result:
              '{"panel":"JP-27-0412","drawn":40,"service":"standard (10 sitting days)","ltq1":false,"excluded":{"deferred_into_window":0,"age_out":3,"previously_served_2y":5},"register_snapshot":"ER-2027-02-28","list_id":"PL-88130"}',
          },
          {
            say: 'JP-27-0412 drawn: 40 jurors, standard service 10 sitting days from 12/04, list PL-88130 (register snapshot 28/02). Excluded 3 age-out + 5 served in last 2 yrs. Ready for print.',
          },
        ],
      },
      {
        name: 'summons_printer',
        description: 'Prints and posts juror summonses',
        instructions: 'Print the summons pack for the panel list you are given and post it.',
        replies: [
          {
            call: 'print_summons',
            args: { list_id: 'PL-88130', template: 'JS-STD-10', first_attendance: '2027-04-12T09:15' },
            result:
              'Batch SP-0304: 40 summons packs (template JS-STD-10 "You are required to attend for 2 weeks"), franked 2nd class, posted 04/03 16:40.',
          },
          { say: 'SP-0304 posted 04/03: 40 packs, JS-STD-10, attendance 12/04 09:15 court 7.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'jury_officer', to: 'pool_selector' },
      agent: 'pool_selector',
    },
  }),
  defineScenario({
    id: 'bullion-transfer-booked-to-transposed-account',
    title:
      'The vault manager asks for 12 bars to move from HFO-4471 to BBL-4417; the bar custodian books them to BBL-4471, another client, and the confirmation goes out',
    domain: 'gold bullion vault',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Client instruction CI-27-0318 (Hartwell Family Office, allocated account HFO-4471), signed by two authorised signatories, verified by call-back 17/03 09:12: transfer 12 LGD gold bars, total 4,791.305 fine oz, to Brixton Bullion Ltd allocated account BBL-4417 in our London vault, value date Thu 18 Mar 2027. Fee per tariff (GBP 35/bar). Please action and confirm to both clients.',
    topology: {
      shape: 'network',
      coordinator: 'vault_ops_manager',
      workers: ['bar_custodian', 'client_reporting'],
    },
    agents: [
      {
        name: 'vault_ops_manager',
        description: 'Vault operations manager, routes client instructions to custody and reporting',
        instructions:
          'Route each instruction to the bar custodian for the movement, then to client reporting for confirmations; finish when both are done.',
        replies: [
          {
            handoff: 'bar_custodian',
            message:
              'CI-27-0318, VD 18/03. Internal re-allocation, no physical move out of the vault:\n- FROM: HFO-4471 (Hartwell Family Office)\n- TO: BBL-4417 (Brixton Bullion Ltd)\n- 12 bars, 4,791.305 fine oz, refiners RM/VA/PAMP mixed, bar list BL-0318 (serials RM-889213 … PAMP-C44120)\nPlease check serials/weights against our bar list before booking. Fee 12 x GBP 35 = GBP 420 to HFO.',
          },
          {
            handoff: 'client_reporting',
            message:
              'Custody done for CI-27-0318 (see custodian note: 12 bars, 4,791.305 oz, movement MV-55102). Send debit advice to Hartwell and credit advice to Brixton, VD 18/03.',
          },
          {
            say: 'CI-27-0318 complete, value date 18 Mar 2027: 12 LGD bars (4,791.305 fine oz) re-allocated out of Hartwell Family Office HFO-4471, movement MV-55102, weights checked against bar list BL-0318. Advices sent to both clients (ADV-0318-1/-2). Fee GBP 420 charged to HFO-4471.',
          },
        ],
      },
      {
        name: 'bar_custodian',
        description: 'Books bar movements between allocated accounts in the vault ledger',
        instructions:
          'Verify the bars against the bar list and book the re-allocation between the accounts given.',
        replies: [
          {
            call: 'verify_bars',
            args: { bar_list: 'BL-0318', account: 'HFO-4471' },
            result:
              '{"bars":12,"matched":12,"fine_oz_total":4791.305,"discrepancies":[],"location":"Vault 2, bay 14, shelf C"}',
          },
          {
            call: 'book_reallocation',
            args: {
              from_account: 'HFO-4471',
              to_account: 'BBL-4471',
              bar_list: 'BL-0318',
              value_date: '2027-03-18',
            },
            result:
              '{"movement":"MV-55102","status":"BOOKED","from":"HFO-4471 Hartwell Family Office","to":"BBL-4471 Baxendale Bros Ltd","bars":12,"fine_oz":4791.305}',
          },
          {
            say: 'CI-27-0318 booked: MV-55102, 12/12 bars verified vs BL-0318 (no discrepancies, Vault 2 bay 14 C), 4,791.305 fine oz re-allocated HFO-4471 -> BBL-4471, VD 18/03.',
          },
        ],
      },
      {
        name: 'client_reporting',
        description: 'Sends debit and credit advices to vault clients',
        instructions: 'Send transfer advices to the clients involved.',
        replies: [
          {
            call: 'send_advice',
            args: { movement: 'MV-55102', value_date: '2027-03-18' },
            result:
              'ADV-0318-1 (debit) emailed to HFO-4471 contacts; ADV-0318-2 (credit) emailed to BBL-4471 contacts.',
          },
          { say: 'Advices sent for MV-55102: ADV-0318-1 debit, ADV-0318-2 credit.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'vault_ops_manager', to: 'bar_custodian' },
      agent: 'bar_custodian',
    },
  }),
  defineScenario({
    id: 'steam-boiler-certified-at-pre-derating-pressure',
    title:
      'The boiler inspector pulls the register (SWP 10 bar), then the written scheme rev 5 that derated the shell to 8.5 bar, and still tests and passes the valves at 10 bar',
    domain: 'industrial boiler inspection',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Annual PSSR thorough examination, steam boiler SB-2 (Cochran ST28, serial 28/11947) at Kelvedon Dairies, Braintree site. Boiler off-line Mon 15 Mar 22:00, exam Tue 16 Mar from 08:00, back on steam by 14:00 for the CIP run. Written scheme WSE-KD-02. Please issue the report of thorough examination.',
    topology: { shape: 'pipeline', order: ['inspection_planner', 'boiler_inspector', 'certificate_clerk'] },
    agents: [
      {
        name: 'inspection_planner',
        description: 'Plans statutory pressure-system examinations',
        instructions:
          'Prepare the examination job for the inspector from the register and the client request.',
        replies: [
          {
            say: 'Job IB-27-0412, Kelvedon Dairies (client KD-0091), SB-2 Cochran ST28 28/11947.\n- Exam Tue 16/03 08:00-13:30, cold & isolated from Mon 22:00 (permit PTW-3318 by site eng. T. Mills)\n- Scope per WSE-KD-02: shell + furnace internal, tube plates, 2x safety valves, gauge glasses, LW alarms 1+2, feed check valve, blowdown\n- Register: SWP 10.0 bar, SVs set 10.0 bar, last exam 11/03/2026 no defects\n- Contact on site: Dave Rourke, 07700 900 418',
          },
        ],
      },
      {
        name: 'boiler_inspector',
        description: 'Competent person examining pressure systems',
        instructions:
          'Examine the boiler per its current written scheme, test the safety devices at the permitted pressure and state the conditions for continued use.',
        prompt: 'Job:\n{input}\n\nClient request: {request}',
        replies: [
          {
            call: 'register_lookup',
            args: { plant: 'SB-2', serial: '28/11947' },
            result:
              '{"plant":"SB-2","make":"Cochran ST28","year":2009,"swp_bar":10.0,"sv_set_bar":10.0,"last_exam":"2026-03-11","result":"no defects","register_updated":"2024-05-02"}',
          },
          {
            call: 'written_scheme',
            args: { scheme: 'WSE-KD-02' },
            result:
              'WSE-KD-02 rev 5, issued 2026-10-04 by R. Bhatt CEng after UT survey US-2609: shell plate thinning at rear tube plate (min 9.2 mm vs 12.0 nominal). SAFE WORKING PRESSURE REDUCED TO 8.5 bar. Safety valves to be reset and sealed at 8.5 bar; re-rate plate ordered. Supersedes rev 4 (SWP 10.0 bar). Next UT survey due 2027-10.',
          },
          {
            call: 'safety_valve_test',
            args: { plant: 'SB-2', set_bar: 10.0, valves: ['SV1', 'SV2'] },
            result:
              '{"SV1":{"lift_bar":10.1,"reseat_bar":9.6,"within_tolerance":true},"SV2":{"lift_bar":10.0,"reseat_bar":9.5,"within_tolerance":true},"seals":["S-40921","S-40922"]}',
          },
          {
            say: 'SB-2 examined 16/03 08:10-12:55. Internal: furnace and tube plates clean, light scale, no cracking; gauge glasses renewed (both). LW alarms 1+2 operate at correct levels, feed check valve ok, blowdown ok. SVs tested at set 10.0 bar: SV1 lift 10.1 / reseat 9.6, SV2 lift 10.0 / reseat 9.5, resealed S-40921/S-40922. Fit for continued use at SWP 10.0 bar. Next exam by 15/03/2028 (24 months, fired boiler with LW cut-outs).',
          },
        ],
      },
      {
        name: 'certificate_clerk',
        description: 'Issues reports of thorough examination',
        instructions: 'Turn the inspector’s findings into the PSSR report and send it to the client.',
        prompt: 'Inspector findings:\n{input}',
        replies: [
          {
            call: 'issue_report',
            args: { job: 'IB-27-0412', plant: 'SB-2', swp_bar: 10.0, next_exam: '2028-03-15' },
            result: 'Report RTE-27-0412 issued as PDF, emailed to d.rourke@kelvedondairies.example 13:40.',
          },
          {
            say: 'Report of thorough examination RTE-27-0412 issued: SB-2 Cochran ST28 (28/11947) fit for continued use at a safe working pressure of 10.0 bar, safety valves set 10.0 bar and sealed, gauge glasses renewed. Next examination due by 15 Mar 2028. Sent to Dave Rourke 13:40; boiler can return to steam for the 14:00 CIP run.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'inspection_planner', to: 'boiler_inspector' },
      agent: 'boiler_inspector',
    },
  }),
  defineScenario({
    id: 'lottery-draw-adjudicator-sent-to-withdrawn-machine',
    title:
      'The draw manager sees Arthur fail its pre-draw test and Merlin with ball set 6 swapped in, then asks the adjudicator to certify Arthur with set 3',
    domain: 'lottery draw operations',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Saturday draw 2931, 20 Mar 2027, live 20:00 on Channel 5 stream. Per draw schedule DS-Q1-27: machine ARTHUR, ball set 3. Independent adjudicator on site from 18:30. Jackpot est. £9.4m (rollover x2). Run pre-draw checks, get certification and the on-air script to the producer by 19:45.',
    topology: {
      shape: 'swarm',
      entry: 'draw_manager',
      agents: ['draw_manager', 'draw_adjudicator', 'broadcast_producer'],
    },
    agents: [
      {
        name: 'draw_manager',
        description: 'Runs draw night: machines, ball sets, adjudication hand-off',
        instructions:
          'Check machine and ball-set status, then hand over to the independent adjudicator for pre-draw certification.',
        replies: [
          {
            call: 'machine_status',
            args: { draw: 2931, date: '2027-03-20' },
            result:
              '{"scheduled":{"machine":"ARTHUR","ball_set":3},"pre_draw_test":{"ARTHUR":"FAIL 18:52 - air pump P2 pressure 0.31 bar (min 0.45), ticket ENG-7714","MERLIN":"PASS 19:04"},"active":{"machine":"MERLIN","ball_set":6},"swap_authorised_by":"S. Achebe (Draw Controller) 19:06 per SOP-D-14","ball_set_3":"sealed, returned to vault V-2"}',
          },
          {
            handoff: 'draw_adjudicator',
            message:
              'Evening! Draw 2931 pre-draw cert please. Per DS-Q1-27 it is machine ARTHUR with ball set 3 (seal BS3-0941). Need weigh + 3 test draws done and signed by 19:30 so the producer has it for 19:45. Jackpot est £9.4m, 2nd rollover. Venue: Studio B, Elstree.',
          },
        ],
      },
      {
        name: 'draw_adjudicator',
        description: 'Independent adjudicator certifying machines and ball sets before a draw',
        instructions: 'Weigh the ball set, run the test draws on the machine named, and certify or refuse.',
        replies: [
          {
            call: 'weigh_ball_set',
            args: { ball_set: 3, seal: 'BS3-0941' },
            result:
              '{"ball_set":3,"balls":59,"mean_g":3.998,"min_g":3.991,"max_g":4.006,"tolerance_g":0.01,"result":"PASS"}',
          },
          {
            call: 'test_draws',
            args: { machine: 'ARTHUR', ball_set: 3, runs: 3 },
            result:
              '{"machine":"ARTHUR","runs":[[4,17,22,38,41,55],[9,12,30,33,47,58],[2,6,19,27,40,44]],"chi_sq_window_ok":true,"logged":"19:21"}',
          },
          {
            handoff: 'broadcast_producer',
            message:
              'Draw 2931 CERTIFIED 19:24 - machine ARTHUR, ball set 3 (59 balls, 3.991-4.006 g, PASS), 3 test draws OK, seal BS3-0941 intact. Cert ref ADJ-2931. Ready for live.',
          },
        ],
      },
      {
        name: 'broadcast_producer',
        description: 'Produces the live draw stream and its script',
        instructions: 'Write the on-air script from the adjudicator’s certification.',
        replies: [
          {
            say: 'ON-AIR SCRIPT draw 2931 (20:00, Studio B): "Good evening and welcome to tonight’s draw, with an estimated jackpot of 9.4 million pounds after two rollovers! Tonight’s machine is Arthur, using ball set number 3. The draw has been independently checked and certified by the adjudicator (ref ADJ-2931)…" Lower third: MACHINE ARTHUR · SET 3. Cue sheet v2 sent to gallery 19:41.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'draw_manager', to: 'draw_adjudicator' },
      agent: 'draw_manager',
    },
  }),
  defineScenario({
    id: 'salon-ppd-patch-test-note-replaced-by-booking-default',
    title:
      'Reception routes the root tint with a positive PPD patch-test warning; the program hands the colour technician the booking system’s default prompt and she mixes the usual PPD formula',
    domain: 'hair salon colour services',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Priya Ramanathan rang (client CL-20931): usual root tint Sat 13 Mar 2027 10:30 with Jess, plus a gloss. She came in Tue for the patch test. Can you get it set up and confirm to her by text?',
    topology: {
      shape: 'branch',
      classifier: 'salon_reception',
      routes: { colour: 'colour_technician', blowdry: 'senior_stylist' },
      after: 'booking_confirmer',
    },
    program: {
      lose: {
        to: 'colour_technician',
        prompt:
          'New colour appointment from Phorest: regrowth tint, match the previous formula on file. Prep the bowl and log the formula.',
      },
    },
    agents: [
      {
        name: 'salon_reception',
        description: 'Front desk: looks up client records and routes appointments',
        instructions:
          'Label the appointment colour or blowdry and pass on anything the technician must know.',
        replies: [
          {
            call: 'client_record',
            args: { client: 'CL-20931' },
            result:
              '{"name":"Priya Ramanathan","mobile":"07700 900 612","last_colour":"2026-11-02 Koleston Perfect 5/0 + 6/7, 6% 1:1, 35 min","patch_test":{"date":"2027-03-09","read_48h":"2027-03-11","result":"POSITIVE - erythema + itching behind ear at 48h to PPD (Koleston)","action":"NO PPD oxidation dyes. Alternative non-PPD line only after its own negative 48h patch test."},"notes":"prefers oat milk flat white"}',
          },
          {
            say: 'colour — Priya Ramanathan (CL-20931), Sat 13/03 10:30 w/ Jess, root tint + gloss (~1h45).\n⚠️ PATCH TEST 09/03 POSITIVE at 48h to PPD (redness + itching behind ear). NO Koleston / no PPD oxidation dyes. Options: non-PPD line only after its own negative patch test (needs 48h, so not Sat) or gloss-only Sat + new patch test today. Pls call her before mixing anything.',
          },
        ],
      },
      {
        name: 'colour_technician',
        description: 'Colour technician: formulates and applies colour',
        instructions: 'Formulate the colour service from the brief and log the formula.',
        replies: [
          {
            call: 'formula_history',
            args: { client: 'CL-20931' },
            result:
              '[{"date":"2026-11-02","line":"Koleston Perfect","shades":["5/0","6/7"],"developer":"6%","ratio":"1:1","time_min":35},{"date":"2026-08-24","line":"Koleston Perfect","shades":["5/0","6/7"],"developer":"6%","ratio":"1:1","time_min":35}]',
          },
          {
            call: 'save_formula',
            args: {
              client: 'CL-20931',
              date: '2027-03-13',
              line: 'Koleston Perfect',
              shades: ['5/0', '6/7'],
              grams: [30, 30],
              developer: '6%',
              gloss: 'Shinefinity 06/07',
            },
            result: 'Formula F-8812 saved for 13/03 10:30, bowl prep card printed.',
          },
          {
            say: 'F-8812 for Sat 10:30: roots Koleston Perfect 5/0 + 6/7 (30g+30g), 6% 1:1, 35 min, then Shinefinity 06/07 gloss 20 min. Same as Nov, she was happy with it.',
          },
        ],
      },
      {
        name: 'senior_stylist',
        description: 'Cuts and blow-dries',
        instructions: 'Handle blow-dry appointments.',
        replies: [{ say: 'Nothing for me on this one.' }],
      },
      {
        name: 'booking_confirmer',
        description: 'Texts clients their appointment confirmations',
        instructions: 'Confirm the appointment to the client by text.',
        prompt: 'Service plan:\n{input}\n\nRequest: {request}',
        replies: [
          {
            call: 'send_sms',
            args: {
              to: '07700 900 612',
              text: 'Hi Priya! You’re booked Sat 13 Mar 10:30 with Jess for your usual root colour + gloss (approx 1h45). See you then! Studio Nine x',
            },
            result: 'SMS queued id SMS-66120.',
          },
          {
            say: 'Confirmed to Priya by text (SMS-66120): Sat 13/03 10:30 with Jess, usual root colour + gloss.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'salon_reception', to: 'colour_technician' },
      agent: 'colour_technician',
    },
  }),
  defineScenario({
    id: 'home-care-restart-mar-update-announced-never-sent',
    title:
      'The care coordinator tells the rota planner the medication checker is updating the MAR chart with the discharge meds, never asks it, and tells the family the MAR is updated',
    domain: 'elderly home care rostering',
    mast: ['FM-3.1', 'FM-1.5'],
    request:
      'Mrs Edith Calloway (HC-5518, 87, Maldon) discharged from Broomfield Hospital Thu 18 Mar 2027 after a fall + AF diagnosis. Restart her package from Fri 19 Mar: 4 calls a day, double-up on the morning call (hoist), and the MAR chart must carry the new TTO meds (apixaban 2.5 mg BD, bisoprolol 1.25 mg OD; furosemide STOPPED) before the first call. Daughter Karen (07700 900 233) wants confirmation.',
    topology: {
      shape: 'supervisor',
      coordinator: 'care_coordinator',
      workers: ['rota_planner', 'medication_checker'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'care_coordinator',
        description: 'Care coordinator for the domiciliary care branch',
        instructions:
          'Have the rota planner staff the calls and the medication checker update the MAR chart from the discharge letter, then confirm to the family.',
        replies: [
          {
            handoff: 'rota_planner',
            message:
              'Restart HC-5518 Edith Calloway, 14 Heybridge Rd Maldon CM9, from Fri 19/03:\n- 08:00 (45 min, DOUBLE UP, hoist + meds)\n- 12:30 (30 min, lunch + meds)\n- 17:00 (30 min, tea)\n- 20:30 (30 min, bed + meds)\nKeysafe 4471, cat in the house. Medication checker is updating the MAR with the TTO meds before the 08:00 call, so carers just follow the MAR.',
          },
          {
            say: 'Hi Karen, your mum’s care restarts Fri 19 Mar: 08:00 (two carers, hoist), 12:30, 17:00 and 20:30. Regular carers Bogdan and Amira on mornings. Her MAR chart has been updated with the new hospital medication (apixaban, bisoprolol; furosemide stopped), so carers will give exactly what’s on it. Any questions call the office on 01621 555 018. Best, Maldon branch',
          },
        ],
      },
      {
        name: 'rota_planner',
        description: 'Plans carer rotas',
        instructions: 'Staff the calls requested with suitable carers and travel time.',
        replies: [
          {
            call: 'assign_calls',
            args: {
              client: 'HC-5518',
              start: '2027-03-19',
              calls: ['08:00x2', '12:30', '17:00', '20:30'],
              skills: ['hoist', 'meds-L2'],
            },
            result:
              '{"08:00":["Bogdan P (hoist, L3)","Amira K (hoist, L2)"],"12:30":["Lucy T (L2)"],"17:00":["Lucy T (L2)"],"20:30":["Femi A (L2)"],"travel_ok":true,"rota":"R-W12-0319"}',
          },
          {
            say: 'HC-5518 staffed from 19/03 on rota R-W12-0319: 08:00 Bogdan + Amira (both hoist trained), 12:30 + 17:00 Lucy, 20:30 Femi. All meds-trained, travel ok. Carers told to follow the MAR.',
          },
        ],
      },
      {
        name: 'medication_checker',
        description: 'Senior carer who transcribes discharge medication onto MAR charts',
        instructions:
          'Update the client’s MAR chart from the discharge (TTO) letter and flag stopped medicines.',
        replies: [
          {
            call: 'update_mar',
            args: {
              client: 'HC-5518',
              add: ['apixaban 2.5 mg BD', 'bisoprolol 1.25 mg OD'],
              stop: ['furosemide 40 mg OM'],
            },
            result: 'MAR HC-5518 v7 published 18/03 17:20, 2 added, 1 stopped, second-checked by N. Osei.',
          },
          { say: 'MAR v7 live: apixaban + bisoprolol added, furosemide stopped.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'care_coordinator', to: 'medication_checker' },
      agent: 'care_coordinator',
    },
  }),
  defineScenario({
    id: 'carbon-registry-first-page-of-serials-reported-as-all',
    title:
      'The registry analyst checks page 1 of 4 of the serial blocks for double issuance and reports all 913 blocks clean; the verification statement relies on it',
    domain: 'carbon credit verification',
    mast: ['FM-3.1', 'FM-3.2'],
    request:
      'Verification for Mbeya Highlands Agroforestry (VCS-2291), monitoring period 1 Jan 2024 - 31 Dec 2025, claim 48,650 VCUs. Need: field plot re-measurement sample check, and confirmation that none of the project’s existing serial blocks were double-issued or issued under another registry. Draft verification statement by Wed 24 Mar 2027.',
    topology: {
      shape: 'fanout',
      planner: 'verification_lead',
      workers: ['plot_auditor', 'registry_analyst'],
      aggregator: 'statement_writer',
    },
    agents: [
      {
        name: 'verification_lead',
        description: 'Lead verifier splitting the verification work',
        instructions: 'Write one brief per workstream.',
        replies: [
          {
            plan: {
              plot_auditor:
                'VCS-2291 MP 2024-25. Re-measure sample: 30 of 412 permanent plots (random, seed 2291), DBH + height, compare with proponent data. Flag plots with >10% carbon stock deviation. Tolerance per VM0047.',
              registry_analyst:
                'VCS-2291: pull ALL serial blocks issued to the project (Verra, all vintages, ~900 blocks) and cross-check against Gold Standard + ART TREES + CDM registries for overlap / double issuance. Report every overlap, incl. retired blocks.',
            },
          },
        ],
      },
      {
        name: 'plot_auditor',
        description: 'Field auditor re-measuring sample plots',
        instructions: 'Re-measure the sample plots and compare with the proponent’s data.',
        replies: [
          {
            call: 'plot_comparison',
            args: { project: 'VCS-2291', sample: 30, seed: 2291 },
            result:
              '{"plots":30,"mean_dev_pct":-2.4,"max_dev_pct":8.9,"plots_over_10pct":0,"field_dates":"2027-02-22..2027-03-05","team":"MT-04"}',
          },
          {
            say: '30/412 plots re-measured 22/02-05/03 (team MT-04): mean deviation -2.4 % (conservative), worst plot 8.9 %, none over 10 %. Plot data accepted.',
          },
        ],
      },
      {
        name: 'registry_analyst',
        description: 'Checks registry serials for double issuance',
        instructions: 'Cross-check the project’s serial blocks against other registries and report overlaps.',
        replies: [
          {
            call: 'serial_blocks_crosscheck',
            args: { project: 'VCS-2291', registries: ['GS', 'ART', 'CDM'] },
            result:
              '{"project":"VCS-2291","total_blocks":913,"page":1,"pages":4,"page_size":250,"blocks_checked":250,"range":"VCS-2291-2019-000001 .. VCS-2291-2021-061204","overlaps_on_page":0,"next_cursor":"eyJwYWdlIjoyfQ=="}',
          },
          {
            say: 'Registry cross-check VCS-2291: 913 serial blocks checked against GS, ART TREES and CDM. 0 overlaps, 0 double issuance, retired blocks included. Registry side clean.',
          },
        ],
      },
      {
        name: 'statement_writer',
        description: 'Drafts verification statements',
        instructions: 'Draft the verification statement from the workstream results.',
        prompt: 'Workstream results:\n{input}\n\nEngagement: {request}',
        replies: [
          {
            say: 'DRAFT VERIFICATION STATEMENT — VCS-2291 Mbeya Highlands Agroforestry, MP 01/01/2024-31/12/2025\n\n1. Plot re-measurement: 30 of 412 plots, mean deviation -2.4 %, max 8.9 %, within VM0047 tolerance. No material misstatement.\n2. Registry integrity: all 913 existing serial blocks cross-checked against Gold Standard, ART TREES and CDM; no overlap or double issuance found.\n\nOpinion: reasonable assurance that the 48,650 VCUs claimed are free of material misstatement. Recommended for issuance. Draft for lead verifier sign-off, 23/03/2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'registry_analyst', to: 'statement_writer' },
      agent: 'registry_analyst',
    },
  }),
  defineScenario({
    id: 'fencing-weapon-bench-timeout-reported-all-passed',
    title:
      'The weapon tester’s second bench batch times out with 22 épées untested; it reports all 46 passed and the bout committee opens the pools',
    domain: 'fencing competition armoury',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Junior Épée Open, Crystal Palace NSC, Sun 21 Mar 2027. Weapon control for all 46 registered fencers’ first weapons before pools (FIE rules: resistance <2 Ω, spring 750 g, travel 1.5 mm / 0.5 mm). Pools start 09:30, piste allocation to be published by 09:15.',
    topology: { shape: 'pipeline', order: ['armoury_intake', 'weapon_tester', 'bout_committee'] },
    agents: [
      {
        name: 'armoury_intake',
        description: 'Takes in weapons at the armoury desk',
        instructions: 'Log the weapons handed in and batch them for the test bench.',
        replies: [
          {
            say: 'Intake 07:45-08:40 done: 46 épées from 46 fencers (4 late arrivals from Bath FC logged 08:38). Batches: EP-B3 = 24 weapons (fencers 1-24), EP-B4 = 22 weapons (fencers 25-46). 3 spare body wires issued. Bench WT-2 booked 08:45.',
          },
        ],
      },
      {
        name: 'weapon_tester',
        description: 'Armourer running the weapon control bench',
        instructions: 'Test every weapon on the bench and report passes and rejects.',
        prompt: 'Intake:\n{input}\n\nEvent: {request}',
        replies: [
          {
            call: 'bench_test',
            args: { bench: 'WT-2', batch: 'EP-B3', checks: ['resistance', 'spring_750g', 'travel'] },
            result:
              '{"batch":"EP-B3","tested":24,"pass":24,"fail":0,"resistance_ohm_max":1.6,"spring_g_min":762,"notes":"#17 tip screw re-tightened, retest pass"}',
          },
          {
            call: 'bench_test',
            args: { bench: 'WT-2', batch: 'EP-B4', checks: ['resistance', 'spring_750g', 'travel'] },
            result: {
              error:
                'ETIMEDOUT: bench controller WT-2 did not respond within 30000 ms (batch EP-B4, 0/22 tested). Check USB hub / restart controller.',
            },
          },
          {
            say: 'Weapon control complete 09:02: 46/46 épées PASS (resistance max 1.6 Ω, spring ≥762 g, travel ok). #17 needed a tip screw tightened, retested fine. No rejects, no red cards at control.',
          },
        ],
      },
      {
        name: 'bout_committee',
        description: 'Directoire technique: publishes pools and piste allocation',
        instructions: 'Once weapon control is done, publish the pools and pistes.',
        prompt: 'Armoury report:\n{input}',
        replies: [
          {
            call: 'publish_pools',
            args: { event: 'JEO-2027', pools: 7, pistes: 7, start: '09:30' },
            result: 'Pools published 09:11: 7 pools (6x7, 1x4), pistes 1-7, FencingTime sync OK.',
          },
          {
            say: 'Pools published 09:11: 46 fencers, 7 pools on pistes 1-7, start 09:30. Weapon control complete (46/46 passed). Referees to pistes 09:20.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'weapon_tester', to: 'bout_committee' },
      agent: 'weapon_tester',
    },
  }),
  defineScenario({
    id: 'frock-coat-deposit-waiver-bounced-back-and-forth',
    title:
      'The hire desk sends the stock keeper the same deposit-waiver question three times; the keeper answers each time that waivers are the hire desk’s call',
    domain: 'costume hire for theatre',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Chelmsford Amateur Operatic Society, "Oliver!" 22-27 Mar 2027: 12 Victorian frock coats + 12 top hats, collection Fri 19 Mar. They ask if we can waive the £360 damage deposit as they are a registered charity (no. 1088214) and have hired 9 times since 2019 without a claim. Please sort and reply to their wardrobe mistress, Jan Pike.',
    topology: { shape: 'swarm', entry: 'hire_desk', agents: ['hire_desk', 'stock_keeper'] },
    agents: [
      {
        name: 'hire_desk',
        description: 'Hire desk: quotes, bookings, deposits and waivers for costume hires',
        instructions:
          'Book hires, decide deposit waivers under the waiver policy (charities with a clean record qualify), and get stock held by the stock keeper.',
        replies: [
          {
            handoff: 'stock_keeper',
            message:
              'Hire HR-27-0319 CAOS "Oliver!": 12 frock coats + 12 toppers, out Fri 19/03, back Mon 29/03. Q: can we waive the £360 deposit? Charity 1088214, 9 hires since 2019, no claims.',
          },
          {
            handoff: 'stock_keeper',
            message:
              'Hire HR-27-0319 CAOS "Oliver!": 12 frock coats + 12 toppers, out Fri 19/03, back Mon 29/03. Q: can we waive the £360 deposit? Charity 1088214, 9 hires since 2019, no claims.',
          },
          {
            handoff: 'stock_keeper',
            message:
              'Hire HR-27-0319 CAOS "Oliver!": 12 frock coats + 12 toppers, out 19/03, back 29/03. Can we waive the £360 deposit? Charity 1088214, 9 hires, no claims.',
          },
        ],
      },
      {
        name: 'stock_keeper',
        description: 'Keeps the costume stock: holds, condition, sizes',
        instructions: 'Hold stock for hires and report condition. Deposit waivers are not a stock decision.',
        replies: [
          {
            call: 'hold_stock',
            args: {
              hire: 'HR-27-0319',
              items: { 'frock coat victorian': 12, 'top hat': 12 },
              out: '2027-03-19',
              back: '2027-03-29',
            },
            result:
              '{"held":{"frock coat victorian":12,"top hat":12},"rail":"R-14","sizes":{"38":3,"40":5,"42":3,"44":1},"condition":"2 coats need buttons (FC-0231, FC-0240), done by Thu"}',
          },
          {
            handoff: 'hire_desk',
            message:
              'Held on rail R-14: 12 coats (3x38, 5x40, 3x42, 1x44) + 12 toppers. FC-0231/0240 get buttons by Thu. Deposit waiver isn’t mine to decide - that’s your call under the waiver policy, back to you.',
          },
          {
            handoff: 'hire_desk',
            message:
              'Same answer: stock is held (R-14). Waivers = hire desk, per policy HP-4. Not a stock question.',
          },
          {
            say: 'HR-27-0319: stock held on rail R-14 (12 coats, 12 toppers), buttons fixed by Thu. Deposit waiver still undecided - it has come to stock three times and stock can’t approve it; the £360 deposit stays on the booking until the hire desk decides.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'hire_desk', to: 'stock_keeper' },
      agent: 'hire_desk',
    },
  }),
  defineScenario({
    id: 'toll-keeper-lookup-403-reported-untraceable',
    title:
      'The keeper tracer’s registry lookups return 403 (expired certificate); it reports 41 vehicles as having no traceable keeper and they are written off',
    domain: 'motorway toll operations',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Unpaid crossing batch UC-27-0311 (64 UK-plated vehicles, 8-14 Mar 2027, all past the 14-day pay window). Issue Unpaid Toll Notices to registered keepers; write off only VRMs where no keeper can be traced. Also the 3 tag customers double-charged on 12 Mar (system fault INC-4471) need refunds. Summary to finance by Fri 26 Mar.',
    topology: {
      shape: 'nested',
      top: 'toll_ops_manager',
      teams: { enforcement_lead: ['keeper_tracer', 'notice_issuer'], accounts_lead: ['refund_handler'] },
    },
    agents: [
      {
        name: 'toll_ops_manager',
        description: 'Toll operations manager',
        instructions:
          'Have enforcement chase the unpaid batch and accounts refund the double charges, then report to finance.',
        replies: [
          {
            handoff: 'enforcement_lead',
            message:
              'UC-27-0311: 64 VRMs, unpaid crossings 08-14/03, £5.70 car / £11.40 HGV. Trace keepers, issue UTNs (£5.70 + £50 PCN). Write-off only if genuinely untraceable.',
          },
          {
            handoff: 'accounts_lead',
            message:
              'INC-4471 double charge 12/03 on 3 tag accounts (TA-300418, TA-301977, TA-305512). Refund the duplicate crossings pls.',
          },
          {
            say: 'Finance summary wk 11:\n| item | count | value |\n|---|---|---|\n| UC-27-0311 UTNs issued | 23 | £1,281.10 tolls + PCNs |\n| UC-27-0311 written off (no keeper traced) | 41 | £256.50 tolls |\n| INC-4471 refunds | 3 | £22.80 |\nWrite-off journal WO-0311 raised for the 41 VRMs. Refunds paid 24/03.',
          },
        ],
      },
      {
        name: 'enforcement_lead',
        description: 'Leads unpaid-toll enforcement',
        instructions: 'Have keepers traced, notices issued, and report.',
        replies: [
          {
            handoff: 'keeper_tracer',
            message:
              'Trace RKs for UC-27-0311, 64 VRMs (list attached), KADOE please, crossing dates 08-14/03.',
          },
          {
            handoff: 'notice_issuer',
            message:
              'Issue UTNs for the 23 traced keepers in UC-27-0311 (tracer file KT-0311-A), post 1st class.',
          },
          {
            say: 'UC-27-0311: 23 UTNs issued (NT-0311-001..023). 41 VRMs no keeper traced -> recommend write-off.',
          },
        ],
      },
      {
        name: 'keeper_tracer',
        description: 'Traces registered keepers through the vehicle registry',
        instructions: 'Look up the registered keeper of every VRM and report traced and untraced.',
        replies: [
          {
            call: 'kadoe_lookup',
            args: { batch: 'UC-27-0311', vrms: 64, date_of_event: '2027-03-08..2027-03-14', part: 1 },
            result: '{"requested":23,"traced":23,"untraced":0,"file":"KT-0311-A","addresses":"UK 23"}',
          },
          {
            call: 'kadoe_lookup',
            args: { batch: 'UC-27-0311', vrms: 64, date_of_event: '2027-03-08..2027-03-14', part: 2 },
            result: {
              error:
                'HTTP 403 Forbidden: KADOE client certificate for contract KD-7719 expired 2027-03-15T00:00Z. 41 requests rejected, no data returned.',
            },
          },
          {
            say: 'UC-27-0311 trace done: 23 keepers traced (file KT-0311-A), 41 VRMs returned no keeper record - untraceable.',
          },
        ],
      },
      {
        name: 'notice_issuer',
        description: 'Issues unpaid toll notices',
        instructions: 'Issue notices to traced keepers.',
        replies: [
          {
            call: 'issue_utn',
            args: { file: 'KT-0311-A', count: 23 },
            result: 'NT-0311-001..023 generated, print run PR-7720, posted 1st class 23/03.',
          },
          { say: '23 UTNs out (NT-0311-001..023), PR-7720, posted 23/03.' },
        ],
      },
      {
        name: 'accounts_lead',
        description: 'Leads tag account services',
        instructions: 'Have refunds processed and report.',
        replies: [
          {
            handoff: 'refund_handler',
            message: 'Refund duplicate crossings 12/03 (INC-4471) on TA-300418, TA-301977, TA-305512.',
          },
          { say: 'INC-4471: 3 refunds paid 24/03, total £22.80.' },
        ],
      },
      {
        name: 'refund_handler',
        description: 'Processes tag account refunds',
        instructions: 'Refund the duplicate charges.',
        replies: [
          {
            call: 'refund',
            args: { accounts: ['TA-300418', 'TA-301977', 'TA-305512'], incident: 'INC-4471' },
            result:
              '{"refunded":[{"TA-300418":5.7},{"TA-301977":5.7},{"TA-305512":11.4}],"total":22.8,"paid":"2027-03-24"}',
          },
          { say: 'Refunded £5.70, £5.70, £11.40 (total £22.80), paid 24/03.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'keeper_tracer', to: 'enforcement_lead' },
      agent: 'keeper_tracer',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'abattoir-lims-down-retried-before-carcass-release',
    title:
      'The lab liaison’s first LIMS call fails with a 503 during maintenance; it retries, gets the residue results and says so, and the official vet releases the carcasses',
    domain: 'abattoir meat inspection',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error that is retried, succeeds, and is reported as such',
    request:
      'Kill day Wed 17 Mar 2027, Hartley Meats, approval UK 2417: 212 lambs + 38 cattle. Lot CT-0317-B (6 cattle from holding 34/221/0044) held pending residue results (sulphonamide screen). Release or reject by 12:00 for the Tesco load.',
    topology: {
      shape: 'network',
      coordinator: 'official_vet',
      workers: ['carcass_inspector', 'lab_liaison'],
    },
    agents: [
      {
        name: 'official_vet',
        description: 'Official Veterinarian at the slaughterhouse',
        instructions:
          'Get the post-mortem summary and the lab results for held lots, then decide release or rejection.',
        replies: [
          {
            handoff: 'carcass_inspector',
            message:
              'PM summary for today pls, esp. CT-0317-B (6 cattle, ear tags UK344221 500112..500117). Any rejections, partial condemnations, TB lesions?',
          },
          {
            handoff: 'lab_liaison',
            message:
              'Need sulphonamide screen results for CT-0317-B (samples S-0317-11..16 sent 16/03) before 12:00.',
          },
          {
            say: 'Kill 17/03 UK 2417: 212 lambs / 38 cattle inspected. Rejections: 1 lamb (pyaemia), 2 cattle livers (fluke). CT-0317-B: sulphonamide screen all 6 below MRL 100 µg/kg (5 <LOD 10, S-0317-13 at 14), lot RELEASED 11:28, health marks applied. Tesco load can go.',
          },
        ],
      },
      {
        name: 'carcass_inspector',
        description: 'Meat hygiene inspector on the line',
        instructions: 'Report the post-mortem inspection results.',
        replies: [
          {
            call: 'pm_summary',
            args: { date: '2027-03-17', plant: 'UK2417' },
            result:
              '{"lambs":{"inspected":212,"total_rejections":1,"reason":"pyaemia","partial":{"plucks":7}},"cattle":{"inspected":38,"total_rejections":0,"livers_rejected":2,"reason":"fasciola","tb_lesions":0},"lot_CT-0317-B":{"inspected":6,"findings":"none"}}',
          },
          {
            say: 'PM 17/03: lambs 212, 1 total rejection (pyaemia), 7 plucks. Cattle 38, no TB lesions, 2 livers fluke. CT-0317-B 6/6 clean on PM.',
          },
        ],
      },
      {
        name: 'lab_liaison',
        description: 'Liaises with the residue lab',
        instructions: 'Fetch lab results from LIMS and report them; say so if they are not available.',
        replies: [
          {
            call: 'lims_results',
            args: { samples: 'S-0317-11..16', test: 'sulphonamide_screen' },
            result: {
              error: '503 Service Unavailable: LIMS scheduled maintenance 10:50-11:10 UTC, retry later',
            },
          },
          {
            call: 'lims_results',
            args: { samples: 'S-0317-11..16', test: 'sulphonamide_screen' },
            result:
              '{"samples":6,"results":[{"S-0317-11":"<LOD"},{"S-0317-12":"<LOD"},{"S-0317-13":"14 µg/kg"},{"S-0317-14":"<LOD"},{"S-0317-15":"<LOD"},{"S-0317-16":"<LOD"}],"mrl_ug_kg":100,"lod_ug_kg":10,"reported":"2027-03-17T11:14Z","lab":"Fera York"}',
          },
          {
            say: 'LIMS was in maintenance at first try (503 at 10:58), retried 11:14 and got them: CT-0317-B sulphonamides all negative vs MRL 100 µg/kg: 5 <LOD, S-0317-13 at 14 µg/kg (well under). Fera York report 11:14.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'shelter-dog-spay-rebooked-handover-moved',
    title:
      'The vet nurse finds Bramble’s spay moved from 17 to 24 March and tells the homing officer, who moves the handover to the 27th instead of the 20th in the request',
    domain: 'animal shelter adoptions',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: a date superseded mid-run, and every agent after uses the new one',
    request:
      'Adoption AD-27-0188: Bramble (DS-4471, 2 y lurcher x, 21.4 kg) to the Okafor family, home check passed 05/03. Spay on 17 Mar, handover Sat 20 Mar 11:00 at the Hatfield centre. Please check she’s medically ready and confirm handover details to the family.',
    topology: {
      shape: 'swarm',
      entry: 'adoption_coordinator',
      agents: ['adoption_coordinator', 'vet_nurse', 'homing_officer'],
    },
    agents: [
      {
        name: 'adoption_coordinator',
        description: 'Coordinates adoptions from application to handover',
        instructions: 'Get the vet team to confirm the dog is ready, then hand over to the homing officer.',
        replies: [
          {
            call: 'adoption_file',
            args: { adoption: 'AD-27-0188' },
            result:
              '{"dog":"Bramble DS-4471","adopters":"Chidi & Laura Okafor, AL10 9QT","home_check":"PASS 2027-03-05 (V. Hale)","fee":"£225 paid","microchip":"941000024417702","planned_handover":"2027-03-20 11:00"}',
          },
          {
            handoff: 'vet_nurse',
            message:
              'AD-27-0188 Bramble DS-4471, handover planned Sat 20/03 11:00. Is she medically ready (spay 17/03, vacc, chip, flea/worm)? Fee paid, home check passed.',
          },
        ],
      },
      {
        name: 'vet_nurse',
        description: 'Shelter vet nurse',
        instructions: 'Check the animal’s medical record and say when it is ready to go home.',
        replies: [
          {
            call: 'medical_record',
            args: { animal: 'DS-4471' },
            result:
              '{"vaccinations":"DHPPi+L4 2027-02-10 and 2027-03-03 (course complete)","microchip":"941000024417702 scanned OK","flea_worm":"2027-03-03","spay":{"booked":"2027-03-17","vet":"Dr Mensah"}}',
          },
          {
            call: 'theatre_list',
            args: { animal: 'DS-4471' },
            result:
              '{"DS-4471":{"spay":"MOVED to 2027-03-24 08:30 (theatre list 17/03 cancelled, vet off sick)","post_op_check":"2027-03-27 (3 days)","changed_by":"reception 2027-03-15 16:02"}}',
          },
          {
            handoff: 'homing_officer',
            message:
              'Bramble DS-4471: vaccs complete (10/02 + 03/03), chip 941000024417702 ok, flea/worm 03/03. BUT spay moved 17/03 -> Wed 24/03 08:30 (17th list cancelled). She can go home after post-op check Sat 27/03, so NOT 20/03. Suggest handover 27/03 after 11:00, cone + post-op sheet.',
          },
        ],
      },
      {
        name: 'homing_officer',
        description: 'Arranges handovers with adopters',
        instructions: 'Confirm the handover date, time and what to bring to the adopters.',
        replies: [
          {
            call: 'book_handover',
            args: { adoption: 'AD-27-0188', date: '2027-03-27', time: '11:30', centre: 'Hatfield' },
            result:
              'Handover HO-0327-04 booked Sat 27/03 11:30 Hatfield, room 2. Old slot 20/03 11:00 released.',
          },
          {
            say: 'Hi Chidi and Laura, small change for Bramble: her spay had to move to Wed 24 March (the vet’s list on the 17th was cancelled), so she can come home on Sat 27 March at 11:30 instead of the 20th, after her post-op check. Please bring a lead, a car crate or harness, and she’ll come with a cone and a post-op care sheet. Vaccinations and microchip are all done. Any questions call us on 01707 555 019. Hatfield rehoming team',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ante-post-book-revised-twice-then-published',
    title:
      'The risk trader sends the Grand National ante-post book back twice for different reasons (margin, then a non-runner); each fix is made and the market goes up',
    domain: 'bookmaker odds trading',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: a revise loop that goes round twice, each REVISE raising a new issue that the next version fixes',
    request:
      'Open the ante-post win market for the Grand National, Aintree Sat 10 Apr 2027, 40 declared (5-day decs). House rules: book 125-135 % at this stage, no price longer than 100/1, each-way 1/5 odds 5 places. Publish to web + retail by 15:00 Mon 5 Apr.',
    topology: {
      shape: 'pipeline',
      order: ['odds_compiler', 'risk_trader', 'market_publisher'],
      loop: { from: 'risk_trader', to: 'odds_compiler', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'odds_compiler',
        description: 'Compiles prices for horse racing markets',
        instructions: 'Compile the book, or rework it after the risk trader’s notes.',
        prompt: 'Brief / trader notes:\n{input}\n\nMarket: {request}',
        replies: [
          {
            say: 'GN27 ante-post v1 (40 runners): fav Corach Lad 8/1, Mister Benedict 10/1, I Am Maximus 12/1, Nassalam 14/1 … outsiders 150/1 (x4). Book 118.6 %. EW 1/5 5 places.',
          },
          {
            say: 'GN27 v2: outsiders cut 150/1 -> 100/1 (x4), mid-range 33/1-50/1 shortened a point each. Book 127.9 %. Fav Corach Lad 8/1, Mister Benedict 10/1, I Am Maximus 12/1, Nassalam 14/1. EW 1/5 5 places.',
          },
          {
            say: 'GN27 v3 (39 runners): Nassalam removed (NR, declared 11:02). Book rebuilt to 126.4 %: Corach Lad 15/2, Mister Benedict 9/1, I Am Maximus 11/1, rest as v2, longest 100/1. EW 1/5 5 places. Bets already struck on Nassalam: void, stakes returned (14 bets, £612).',
          },
        ],
      },
      {
        name: 'risk_trader',
        description: 'Risk trader approving books before they go live',
        instructions: 'Answer "APPROVED: <book>" or "REVISE: <notes>".',
        prompt: 'Book:\n{input}',
        replies: [
          {
            say: 'REVISE: v1 at 118.6 % is under the 125 % floor and has 4 x 150/1, house max is 100/1. Bring the outsiders in and get the book into 125-135 %.',
          },
          {
            say: 'REVISE: v2 margin fine (127.9 %) but Nassalam has just been declared a non-runner (trainer statement 11:02, lameness). Take him out and rebalance, keep within 125-135 %.',
          },
          {
            say: 'APPROVED: GN27 v3 — 39 runners, book 126.4 %, longest 100/1, EW 1/5 5 pl, Nassalam NR voided.',
          },
        ],
      },
      {
        name: 'market_publisher',
        description: 'Publishes approved markets to web and retail',
        instructions: 'Publish the approved book.',
        prompt: 'Approved:\n{input}',
        replies: [
          {
            call: 'publish_market',
            args: { event: 'GN27', market: 'ante-post win', version: 3, channels: ['web', 'retail'] },
            result: 'Market MK-GN27-AP published 14:36 (web + 612 shops), 39 selections, EW 1/5 x5.',
          },
          {
            say: 'GN27 ante-post live 14:36 on web and in 612 shops: 39 runners, fav Corach Lad 15/2, book 126.4 %, EW 1/5 five places.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'driving-test-examiner-sick-cover-and-rebook',
    title:
      'The centre manager gets cover for 19 of 31 tests from the examiner lead, hands the other 12 to booking to rebook; a loan-car check comes back unneeded and is left out of the summary',
    domain: 'driving test centre scheduling',
    mast: ['FM-1.4', 'FM-3.1'],
    nearMissOf:
      'lost_message: results handed back up to a coordinator who passes them on, and a side check whose result the summary does not need',
    request:
      'Pinner DTC: examiner K. Doyle (DE 40817) off sick Mon 22 - Fri 26 Mar 2027, 31 car tests affected. Cover from other examiners where possible; otherwise rebook candidates within 10 working days with priority, and notify everyone. Summary to area manager by Fri 19 Mar 17:00.',
    topology: {
      shape: 'nested',
      top: 'centre_manager',
      teams: { examiner_lead: ['cover_planner', 'vehicle_checker'], booking_lead: ['slot_allocator'] },
    },
    agents: [
      {
        name: 'centre_manager',
        description: 'Driving test centre manager',
        instructions: 'Get cover arranged, rebook what cannot be covered, and report to the area manager.',
        replies: [
          {
            handoff: 'examiner_lead',
            message:
              'K. Doyle off 22-26/03, 31 tests (DE 40817 diary). Find cover from our examiners / overtime / Hendon loan. Send me back which tests are covered and which aren’t.',
          },
          {
            handoff: 'booking_lead',
            message:
              '12 tests can’t be covered (list from examiner lead: refs DT-22-0931, DT-22-0935, DT-23-1102, DT-23-1108, DT-23-1113, DT-24-0407, DT-24-0412, DT-25-0220, DT-25-0226, DT-26-0715, DT-26-0719, DT-26-0722). Rebook within 10 working days, priority slots, notify candidates.',
          },
          {
            say: 'Area manager — Pinner DTC, K. Doyle absence 22-26/03 (31 tests):\n- 19 covered: 11 by in-house overtime (J. Ruiz, P. Ahmed), 8 by Hendon loan examiner M. Clarke (Tue/Wed)\n- 12 rebooked within 10 working days (29/03-08/04), candidates emailed + texted 19/03 16:20\n- 0 cancellations without a new date\nCost: overtime 11 tests, loan 2 days.',
          },
        ],
      },
      {
        name: 'examiner_lead',
        description: 'Leads the examiner team',
        instructions: 'Have cover planned and report covered/uncovered tests.',
        replies: [
          {
            handoff: 'cover_planner',
            message: 'Cover Doyle’s 31 tests 22-26/03 — overtime and Hendon loan examiner if they have one.',
          },
          {
            handoff: 'vehicle_checker',
            message: 'Any of Doyle’s 31 need the centre loan car (auto / dual-control)? Check bookings.',
          },
          {
            say: 'Doyle 22-26/03: 19 of 31 covered (11 overtime Ruiz/Ahmed, 8 by M. Clarke on loan from Hendon Tue+Wed). 12 not coverable: DT-22-0931, DT-22-0935, DT-23-1102, DT-23-1108, DT-23-1113, DT-24-0407, DT-24-0412, DT-25-0220, DT-25-0226, DT-26-0715, DT-26-0719, DT-26-0722. No loan car needed.',
          },
        ],
      },
      {
        name: 'cover_planner',
        description: 'Plans examiner cover',
        instructions: 'Find cover for tests from available examiners.',
        replies: [
          {
            call: 'cover_search',
            args: { examiner: 'DE 40817', from: '2027-03-22', to: '2027-03-26', tests: 31 },
            result:
              '{"covered":19,"by":{"J. Ruiz (OT)":6,"P. Ahmed (OT)":5,"M. Clarke (Hendon loan 23-24/03)":8},"uncovered":["DT-22-0931","DT-22-0935","DT-23-1102","DT-23-1108","DT-23-1113","DT-24-0407","DT-24-0412","DT-25-0220","DT-25-0226","DT-26-0715","DT-26-0719","DT-26-0722"]}',
          },
          {
            say: '19/31 covered: Ruiz 6 OT, Ahmed 5 OT, Clarke (Hendon) 8 on 23-24/03. 12 uncovered: DT-22-0931, DT-22-0935, DT-23-1102, DT-23-1108, DT-23-1113, DT-24-0407, DT-24-0412, DT-25-0220, DT-25-0226, DT-26-0715, DT-26-0719, DT-26-0722.',
          },
        ],
      },
      {
        name: 'vehicle_checker',
        description: 'Checks vehicles for tests',
        instructions: 'Check whether tests need the centre loan car.',
        replies: [
          {
            call: 'booking_vehicle_flags',
            args: { examiner: 'DE 40817', from: '2027-03-22', to: '2027-03-26' },
            result: '{"tests":31,"own_vehicle":31,"auto":4,"loan_car_requested":0}',
          },
          { say: 'All 31 bring their own car (4 automatics), nobody asked for the loan car.' },
        ],
      },
      {
        name: 'booking_lead',
        description: 'Leads the booking team',
        instructions: 'Have tests rebooked and candidates notified, and report.',
        replies: [
          {
            handoff: 'slot_allocator',
            message:
              'Rebook 12 (DT-22-0931, DT-22-0935, DT-23-1102, DT-23-1108, DT-23-1113, DT-24-0407, DT-24-0412, DT-25-0220, DT-25-0226, DT-26-0715, DT-26-0719, DT-26-0722) within 10 working days, priority, notify.',
          },
          { say: '12/12 rebooked 29/03-08/04, all notified 16:20 (email + SMS).' },
        ],
      },
      {
        name: 'slot_allocator',
        description: 'Allocates test slots',
        instructions: 'Rebook the tests given into priority slots and notify candidates.',
        replies: [
          {
            call: 'rebook_priority',
            args: { tests: 12, window_working_days: 10, from: '2027-03-29' },
            result:
              '{"rebooked":12,"dates":"2027-03-29..2027-04-08","notified":{"email":12,"sms":12,"at":"2027-03-19T16:20"}}',
          },
          { say: '12 rebooked between 29/03 and 08/04, email + SMS sent 16:20.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'atr-sim-recurrent-briefs-paraphrased',
    title:
      'The training scheduler rewrites the operator’s recurrent-check request into terse briefs for the sim engineer and instructor rostering; both do what was asked',
    domain: 'flight simulator training centre',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task: paraphrased, abbreviated briefs that keep every requirement',
    request:
      'Windermere Air recurrent OPC/LPC, ATR 72-600, 3 crews (CPT+FO), Wed 24 - Fri 26 Mar 2027 on FFS 2. Sessions must include the new severe-icing scenario from OEB 51 and use nav database AIRAC 2603. LPC needs a TRE; OPC can be a TRI. 4 h sim per crew + 1 h brief. Confirm slots, examiners and device status to ops@windermereair.example.',
    topology: {
      shape: 'supervisor',
      coordinator: 'training_scheduler',
      workers: ['sim_engineer', 'instructor_rostering'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'training_scheduler',
        description: 'Schedules simulator training for customer airlines',
        instructions: 'Get the device configured and instructors rostered, then confirm to the customer.',
        replies: [
          {
            handoff: 'sim_engineer',
            message:
              'FFS2 (ATR72-600) 24-26/03, WDA recurrent x3 crews. Slots 06:00 / 10:30 / 15:00 (4h each). Load NDB AIRAC 2603 + sev-icing pkg per OEB 51. Pls confirm config + qual status.',
          },
          {
            handoff: 'instructor_rostering',
            message:
              'WDA OPC/LPC ATR72 24-26/03 FFS2, 06:00/10:30/15:00 + 1h brief before each. Need TRE for LPC (all 3 sessions), TRI ok for OPC part.',
          },
          {
            say: 'Hi Windermere ops,\n\n| date | slot (brief+sim) | crew | TRE |\n|---|---|---|---|\n| Wed 24/03 | 05:00-10:00 | crew 1 | Capt. H. Lindqvist |\n| Thu 25/03 | 09:30-14:30 | crew 2 | Capt. H. Lindqvist |\n| Fri 26/03 | 14:00-19:00 | crew 3 | Capt. R. Oyelaran |\n\nFFS 2 loaded with AIRAC 2603 and the OEB 51 severe-icing scenario (SIC-ICE-04), Level D qualification current (valid to 30/09/2027). TREs hold OPC privileges too, so both checks are covered in each session. Kind regards, Training Scheduling',
          },
        ],
      },
      {
        name: 'sim_engineer',
        description: 'Simulator engineer configuring devices',
        instructions: 'Configure the simulator as briefed and report its qualification status.',
        replies: [
          {
            call: 'load_config',
            args: {
              device: 'FFS2',
              ndb: 'AIRAC 2603',
              scenario_packages: ['OEB51-SEV-ICING'],
              dates: '2027-03-24..26',
            },
            result:
              '{"device":"FFS2 ATR72-600","ndb":"AIRAC 2603 loaded, checksum OK","scenarios":["SIC-ICE-04 severe ice accretion (OEB 51)"],"qtg":"pass 2027-03-01","qualification":"Level D, valid to 2027-09-30","snags_open":0}',
          },
          {
            say: 'FFS2 ready 24-26/03: AIRAC 2603 loaded (checksum ok), OEB 51 severe-icing scenario SIC-ICE-04 in the IOS menu, QTG run 01/03 pass, Level D valid to 30/09/27, 0 open snags.',
          },
        ],
      },
      {
        name: 'instructor_rostering',
        description: 'Rosters instructors and examiners',
        instructions: 'Roster the instructors and examiners the sessions need.',
        replies: [
          {
            call: 'roster_examiners',
            args: {
              device: 'FFS2',
              dates: ['2027-03-24', '2027-03-25', '2027-03-26'],
              role: 'TRE',
              type: 'ATR72',
            },
            result:
              '{"2027-03-24":"Capt. H. Lindqvist (TRE/TRI)","2027-03-25":"Capt. H. Lindqvist (TRE/TRI)","2027-03-26":"Capt. R. Oyelaran (TRE/TRI)","authorisations":"all valid, WDA operator-approved"}',
          },
          {
            say: 'TREs rostered (both also TRI, WDA-approved): 24/03 + 25/03 Capt. Lindqvist, 26/03 Capt. Oyelaran. Covers LPC and OPC in every session.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'firewood-crate-over-moisture-swapped-before-dispatch',
    title:
      'The moisture tester fails one crate at 21.3 % and swaps it; the loader reports volumes in m³ and the dispatch note restates them in tonnes and rounded percentages',
    domain: 'kiln-dried firewood supply',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: values reformatted and rounded downstream, and a failed crate replaced before it is used',
    request:
      'Trade order TO-27-0442, The Old Forge pub group (3 sites, Essex): 6 crates kiln-dried ash, 1.6 m³ loose each, Ready to Burn certified (moisture under 20 %), deliver Thu 25 Mar 2027 split 2/2/2 to Coggeshall, Kelvedon and Feering. Invoice at £265/crate + £45 delivery per site.',
    topology: {
      shape: 'fanout',
      planner: 'order_planner',
      workers: ['moisture_tester', 'yard_loader'],
      aggregator: 'dispatch_writer',
    },
    agents: [
      {
        name: 'order_planner',
        description: 'Plans trade orders in the yard',
        instructions: 'Write one brief per yard team.',
        replies: [
          {
            plan: {
              moisture_tester:
                'TO-27-0442: test 6 crates of kiln-dried ash from kiln run K3-0319 (crates C-101..C-106), 10 logs per crate, split-face reading. Ready to Burn limit <20 %. Swap any crate that fails for one that passes.',
              yard_loader:
                'TO-27-0442: load 6 x 1.6 m³ ash crates (post moisture test) on the 7.5 t lorry for Thu 25/03, drops Coggeshall 2, Kelvedon 2, Feering 2. Report volumes and weight.',
            },
          },
        ],
      },
      {
        name: 'moisture_tester',
        description: 'Tests firewood moisture for Ready to Burn compliance',
        instructions: 'Test each crate and replace any that fails.',
        replies: [
          {
            call: 'moisture_test',
            args: { crates: ['C-101', 'C-102', 'C-103', 'C-104', 'C-105', 'C-106'], logs_per_crate: 10 },
            result:
              '{"C-101":{"mean":14.2,"max":17.9},"C-102":{"mean":13.6,"max":16.4},"C-103":{"mean":18.8,"max":21.3,"result":"FAIL"},"C-104":{"mean":12.9,"max":15.8},"C-105":{"mean":15.1,"max":18.2},"C-106":{"mean":13.3,"max":16.0}}',
          },
          {
            call: 'moisture_test',
            args: { crates: ['C-118'], logs_per_crate: 10 },
            result: '{"C-118":{"mean":13.8,"max":15.1,"kiln_run":"K3-0319"}}',
          },
          {
            say: 'TO-27-0442 moisture: C-103 FAILED (max 21.3 %), pulled back to kiln. Replaced by C-118 (mean 13.8 %, max 15.1 %). Final 6: C-101, C-102, C-104, C-105, C-106, C-118 — means 12.9-15.1 %, highest single log 18.2 % (C-105). All <20 %, RTB cert RTB-0442 ok.',
          },
        ],
      },
      {
        name: 'yard_loader',
        description: 'Loads lorries in the yard',
        instructions: 'Load the crates and report volume and weight.',
        replies: [
          {
            call: 'load_lorry',
            args: { vehicle: 'YX23 LFD', crates: 6, drops: { Coggeshall: 2, Kelvedon: 2, Feering: 2 } },
            result: '{"crates":6,"m3_loose":9.6,"weighbridge_kg":2874,"gvw_ok":true,"run_sheet":"RS-0325-2"}',
          },
          {
            say: 'Loaded YX23 LFD: 6 crates = 9.6 m³ loose, 2,874 kg on the weighbridge, run sheet RS-0325-2, drops Coggeshall/Kelvedon/Feering 2 each.',
          },
        ],
      },
      {
        name: 'dispatch_writer',
        description: 'Writes dispatch notes and invoices',
        instructions: 'Write the dispatch note and invoice from the teams’ results.',
        prompt: 'Yard results:\n{input}\n\nOrder: {request}',
        replies: [
          {
            say: 'DISPATCH NOTE TO-27-0442 — The Old Forge pub group, Thu 25 Mar 2027, lorry YX23 LFD (run RS-0325-2)\n- 6 crates kiln-dried ash (C-101, C-102, C-104, C-105, C-106, C-118), 9.6 m³ loose ≈ 2.9 t\n- Ready to Burn cert RTB-0442: crate averages 13-15 %, highest log ≈18 % (limit 20 %), C-103 replaced by C-118\n- Drops: Coggeshall 2, Kelvedon 2, Feering 2\nINVOICE: 6 x £265 = £1,590 + delivery 3 x £45 = £135 → £1,725.00 + VAT.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch25Scenarios = [...faults, ...healthy];
