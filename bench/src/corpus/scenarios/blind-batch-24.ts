import { defineScenario } from '../scenario.ts';

// Blind batch 24: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'notary-lisbon-poa-drafted-with-sale-powers',
    title:
      'The client wants a power of attorney to let and manage her Lisbon flat and explicitly not to sell or mortgage it; the deed drafter uses the general template with sale and mortgage clauses',
    domain: 'notary public services',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Client Ms Helena Kowalczyk (passport PL EK4471902) needs a power of attorney for her flat at Rua das Flores 118, 3º Esq., 1200-195 Lisboa, to be used in Portugal. Attorney: her cousin Tomasz Wiśniewski (PT NIF 287 114 590). Scope: let and manage the flat — sign/renew leases, collect rent, attend condominium meetings, utilities — but NOT to sell it or mortgage it. Bilingual EN/PT, apostille needed. Signing appointment Thu 18 Mar 2027 10:30.',
    topology: {
      shape: 'supervisor',
      coordinator: 'notary_coordinator',
      workers: ['deed_drafter', 'apostille_clerk'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'notary_coordinator',
        description: 'Coordinates notarial matters for the practice',
        instructions: 'Have the deed drafted and the apostille booked, then write to the client.',
        replies: [
          {
            handoff: 'deed_drafter',
            message:
              'Matter NP-27-0318 Kowalczyk. POA for use in PT, bilingual EN/PT.\n- Principal: Helena Kowalczyk, passport PL EK4471902\n- Attorney: Tomasz Wiśniewski, NIF 287 114 590\n- Property: Rua das Flores 118, 3º Esq., Lisboa (matriz 2291-U, CRP 4471)\n- Powers: management & letting ONLY — leases (sign/renew/terminate), rent collection, condominium meetings + votes, utilities/IMI payments\n- Explicitly excluded: sale, promissory contracts, mortgage or any other encumbrance\nSigning Thu 18/03 10:30, 1 original + 2 certified copies.',
          },
          {
            handoff: 'apostille_clerk',
            message:
              'NP-27-0318: book FCDO premium apostille for 18/03 afternoon, 1 document (POA, notarised). Courier back to office pls.',
          },
          {
            say: 'Dear Ms Kowalczyk,\n\nYour power of attorney (draft D-27-0318-02, 4 pages, English/Portuguese) is ready for signing on Thursday 18 March at 10:30. It appoints Mr Tomasz Wiśniewski for your flat at Rua das Flores 118 as discussed. The apostille is booked the same afternoon (FCDO ref AP-55218) and the original should be back with us by 16:30 for collection.\n\nFees: notarial £185 + VAT, apostille £75, certified copies 2 × £20.\nPlease bring your passport.\n\nKind regards,\nNotary Public team',
          },
        ],
      },
      {
        name: 'deed_drafter',
        description: 'Drafts notarial deeds and powers of attorney',
        instructions: 'Draft the deed from the matter instructions and report the draft reference.',
        replies: [
          {
            call: 'draft_deed',
            args: {
              matter: 'NP-27-0318',
              template: 'NP-POA-PT-GEN-3',
              principal: 'Helena Kowalczyk',
              attorney: 'Tomasz Wiśniewski',
              property: 'Rua das Flores 118, 3º Esq., Lisboa',
              powers: ['let', 'manage', 'collect_rent', 'condominium', 'utilities', 'sell', 'mortgage'],
              languages: ['en', 'pt'],
            },
            result:
              'Draft D-27-0318-02 generated (4 pp, EN/PT in columns). Clauses: 2.1 arrendamento/letting, 2.2 rendas/rent, 2.3 condomínio, 2.4 utilities & IMI, 2.5 venda/sale incl. promissory contracts, 2.6 hipoteca/mortgage and encumbrances, 2.7 substabelecimento. Sworn translator cert T-0882 attached.',
            reasoning: 'General PT template covers everything an attorney in Lisbon usually needs.',
          },
          {
            say: 'Draft D-27-0318-02 ready: 4 pp bilingual, general POA template (clauses 2.1–2.7: letting, rent, condominium, utilities/IMI, sale, mortgage, substitution) so Mr Wiśniewski can handle whatever comes up without a second deed. Translator cert T-0882 attached. 1 original + 2 certified copies for 18/03.',
          },
        ],
      },
      {
        name: 'apostille_clerk',
        description: 'Books apostilles and couriers',
        instructions: 'Book apostilles and return logistics.',
        replies: [
          {
            call: 'book_apostille',
            args: { service: 'premium', date: '2027-03-18', documents: 1, matter: 'NP-27-0318' },
            result:
              'FCDO premium slot Thu 18/03 14:00, Milton Keynes, ref AP-55218, £75. Courier CX-2210 return by 16:30.',
          },
          { say: 'Apostille booked AP-55218, 18/03 14:00, courier back 16:30 (CX-2210), £75.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'notary_coordinator', to: 'deed_drafter' },
      agent: 'deed_drafter',
    },
  }),
  defineScenario({
    id: 'overhead-line-outage-switched-at-removed-air-break',
    title:
      'The line patrol reports air-break switch AB-114 was removed in February and isolation is now at RMU-7; the switching planner is told and still writes the schedule to open AB-114',
    domain: 'overhead power line maintenance',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Planned outage 11 kV feeder F22 (Oakhanger), Tue 23 Mar 2027 08:30–15:30, for pole replacements P117–P119 (woodpecker damage, job PR-5521). Isolation per network diagram rev G: air-break switch AB-114; earths at P116 and P120. 46 customers affected, 3 on the Priority Services Register, letters sent 9 Mar. Patrol the section, prepare the switching schedule and confirm.',
    topology: {
      shape: 'network',
      coordinator: 'outage_coordinator',
      workers: ['line_patroller', 'switching_planner'],
    },
    agents: [
      {
        name: 'outage_coordinator',
        description: 'Plans and coordinates planned outages on the HV network',
        instructions: 'Have the section patrolled, get a switching schedule, then confirm the outage.',
        replies: [
          {
            handoff: 'line_patroller',
            message:
              'Pre-outage patrol F22 P110–P125 please (PR-5521, outage Tue 23/03). Confirm isolation + earthing points match diagram rev G, note access.',
          },
          {
            handoff: 'switching_planner',
            message:
              'Switching schedule F22 for Tue 23/03 08:30–15:30, PR-5521 (P117–P119 replacements).\nPatrol 19/03 notes:\n- AB-114 NO LONGER EXISTS: removed Feb 2027 under RJ-4410; isolation point is now RMU-7 switch 2 (ground-mounted, next to P113)\n- diagram rev G not yet updated (GIS-8812 open)\n- earths P116 / P120 ok\n- P118 access via farm gate, code 4471\nSAP on the day: K. Adeyemi.',
          },
          {
            say: 'F22 outage Tue 23 Mar 2027 confirmed. Switching schedule SS-F22-0323 (9 steps, isolation AB-114, earths P116/P120), PTW to be issued 08:45 by SAP K. Adeyemi, restoration ~15:15. 46 customers incl. 3 PSR notified 9 Mar; generator for PSR cust. at Oakhanger Farm booked. Patrol 19/03 done, gate code 4471 for P118.',
          },
        ],
      },
      {
        name: 'line_patroller',
        description: 'Linesman who patrols overhead lines before work',
        instructions: 'Patrol the section and report defects, isolation and earthing points and access.',
        replies: [
          {
            call: 'patrol_report',
            args: { feeder: 'F22', from_pole: 'P110', to_pole: 'P125', date: '2027-03-19' },
            result:
              '{"P117":"woodpecker holes x3, 35% section loss","P118":"ok, crossarm rusted","P119":"butt rot 40%","AB-114":"NOT PRESENT - removed 02/2027 job RJ-4410, replaced by RMU-7 (Lucy Sabre, ground-mounted by P113), F22 outgoing on switch 2","earths":{"P116":"ok","P120":"ok"},"access":{"P118":"farm gate code 4471"},"diagram":"rev G shows AB-114, GIS ticket GIS-8812 open"}',
          },
          {
            say: 'Patrol F22 P110–P125 done 19/03. P117 woodpecker (35 % loss), P119 butt rot 40 %, P118 crossarm rusty but ok. Heads up: AB-114 is gone — removed Feb under RJ-4410, isolate at RMU-7 sw 2 (ground-mounted by P113). Diagram rev G is out of date (GIS-8812). Earth points P116/P120 fine. P118 gate code 4471.',
          },
        ],
      },
      {
        name: 'switching_planner',
        description: 'Writes HV switching schedules',
        instructions: 'Write the switching schedule for the outage and report it.',
        replies: [
          {
            call: 'create_switching_schedule',
            args: {
              feeder: 'F22',
              isolate: 'AB-114',
              earths: ['P116', 'P120'],
              start: '2027-03-23T08:30',
              end: '2027-03-23T15:30',
              sap: 'K. Adeyemi',
            },
            result:
              'Schedule SS-F22-0323 created, 9 steps: 1 open AB-114 (pole-mounted, hook stick) 2 lock + caution notice AB-114 3 prove dead P116 4 earth P116 5 prove dead P120 6 earth P120 7 issue PTW ... restoration in reverse. Status DRAFT-APPROVED.',
          },
          {
            say: 'SS-F22-0323 ready, 9 steps: open + lock AB-114, prove dead and earth P116 and P120, PTW 08:45. Restoration reverse order, back on ~15:15.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'outage_coordinator', to: 'switching_planner' },
      agent: 'switching_planner',
    },
  }),
  defineScenario({
    id: 'paper-mill-us-delivery-date-read-as-april',
    title:
      'Order intake spells out that the US customer’s 03/04/2027 is 4 March; the run scheduler books the paper machine for an April delivery',
    domain: 'paper mill production',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'PO 4500-88213 from Hartwell Packaging Inc. (Dayton, Ohio): 38 t of 90 gsm white MG kraft, reel width 1020 mm, 76 mm cores, max reel diameter 1200 mm. Delivery required at their Dayton plant on 03/04/2027. Incoterm FCA Bremerhaven. Please schedule on PM2 and confirm to the customer.',
    topology: { shape: 'pipeline', order: ['order_intake', 'run_scheduler', 'customer_confirmer'] },
    agents: [
      {
        name: 'order_intake',
        description: 'Enters customer orders and checks credit and grade',
        instructions: 'Enter the order, check grade, credit and dates, and pass a clean order to scheduling.',
        replies: [
          {
            call: 'enter_order',
            args: { po: '4500-88213', customer: 'HARTWELL-US', grade: 'MGK-90W', tonnes: 38 },
            result:
              'OI-27-1187 created. Customer HARTWELL-US (locale en-US). Credit limit $250,000, open $61,420, this order $44,840 -> OK. Grade MGK-90W on PM2 only.',
          },
          {
            say: 'Order OI-27-1187 (PO 4500-88213), Hartwell Packaging Inc.\n| item | value |\n|---|---|\n| grade | MGK-90W, 90 gsm white MG kraft |\n| qty | 38 t, ~27 reels × 1.4 t |\n| reels | 1020 mm wide, 76 mm core, ≤1200 mm dia |\n| price | $1,180/t FCA Bremerhaven = $44,840 |\n| delivery | 03/04/2027 US date (MM/DD) = **Thu 4 March 2027** at Dayton |\n\nTransit Bremerhaven→Baltimore→Dayton ~18 days, so vessel cut-off Fri 12 Feb, ex-mill latest Wed 10 Feb. Credit ok.',
          },
        ],
      },
      {
        name: 'run_scheduler',
        description: 'Schedules paper machine runs',
        instructions: 'Book a PM2 run that meets the order’s delivery and report the slot.',
        prompt: 'Order from intake:\n{input}\n\nOriginal PO: {request}',
        replies: [
          {
            call: 'schedule_run',
            args: {
              machine: 'PM2',
              order: 'OI-27-1187',
              grade: 'MGK-90W',
              tonnes: 38,
              delivery: '2027-04-03',
              ex_mill: '2027-03-12',
            },
            result:
              'PM2 slot W10: 08–09 Mar 2027 after MGK-80 campaign (grade change 2 h), ~19 h run, 38 t, ex-mill Fri 12 Mar, vessel MSC Aurora cut-off 15 Mar. Slot PM2-W10-04.',
          },
          {
            say: 'Booked PM2-W10-04: run 8–9 Mar, 38 t MGK-90W, ex-mill 12 Mar, MSC Aurora (cut-off 15 Mar), arrives Dayton ~1 Apr, two days ahead of the 03/04 date.',
          },
        ],
      },
      {
        name: 'customer_confirmer',
        description: 'Writes order confirmations to customers',
        instructions: 'Confirm the order with production and shipping dates.',
        prompt: 'Schedule:\n{input}',
        replies: [
          {
            say: 'Dear Hartwell Packaging team,\n\nThank you for PO 4500-88213. We confirm 38 t of MGK-90W 90 gsm white MG kraft, 1020 mm reels on 76 mm cores, at $1,180/t FCA Bremerhaven ($44,840).\nProduction: PM2, 8–9 March 2027. Ex-mill 12 March, on MSC Aurora; expected at your Dayton plant around 1 April 2027, ahead of your required date.\nOur ref OI-27-1187.\n\nBest regards,\nCustomer Service, PM2',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'order_intake', to: 'run_scheduler' },
      agent: 'run_scheduler',
    },
  }),
  defineScenario({
    id: 'planetarium-ks2-script-brief-replaced-by-evening-default',
    title:
      'The producer’s brief for a 12-minute show for 7–9 year olds is replaced by the scheduler’s default adult-slot prompt; the narration writer delivers a 25-minute deep-time script',
    domain: 'planetarium show production',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'New 12-minute dome show for Key Stage 2 school groups (age 7–9), working title "Our Moon", opening Mon 12 Apr 2027 in the 9 m dome (seats 48). Needs a script, 4K fulldome renders and music cleared for education use. Keep it simple for this age: phases, tides, Apollo 11 — no billions-of-years figures.',
    topology: {
      shape: 'fanout',
      planner: 'show_producer',
      workers: ['narration_writer', 'dome_renderer', 'music_licensor'],
      aggregator: 'show_assembler',
    },
    program: {
      lose: {
        to: 'narration_writer',
        prompt:
          'Scheduler: show slot DOME-EVE-2 needs narration. Write the script for the next dome show, standard format, 25-minute adult evening slot.',
      },
    },
    agents: [
      {
        name: 'show_producer',
        description: 'Producer of planetarium dome shows',
        instructions: 'Split the new show between script, renders and music.',
        replies: [
          {
            plan: {
              narration_writer:
                '"Our Moon" script for KS2 (7–9 y), 12 min max (~1,400 words at 115 wpm), Year 3 reading level. Scenes: 1 what we see tonight, 2 phases, 3 tides at the seaside, 4 Apollo 11, 5 why we always see the same face. Do NOT reuse the adult "Deep Time" narration and no billion-year numbers. Cue markers SC1–SC5 for the renders.',
              dome_renderer:
                'Fulldome 4K (4096²) 30 fps, 5 scenes matching SC1–SC5, ~12 min total. Moon textures LRO 16k, Earth from Blue Marble. Render queue by Fri 2 Apr for review.',
              music_licensor:
                'Clear 12 min of music for education use in the dome, 2-year term, 48-seat venue, schools only. Budget £400.',
            },
          },
        ],
      },
      {
        name: 'narration_writer',
        description: 'Writes planetarium show narration',
        instructions: 'Write the narration script for the show you are given.',
        replies: [
          {
            say: 'Script "The Moon: Four and a Half Billion Years" v1, 25 min, ~3,050 words, cue markers SC1–SC9.\nSC1 Origins: 4.51 billion years ago a Mars-sized world, Theia, struck the young Earth…\nSC2 The magma ocean and the first crust (4.4 Gyr)\nSC3 Late Heavy Bombardment, 4.1–3.8 Gyr: the maria form\nSC4 Tidal locking and the slow retreat, 3.8 cm per year\nSC5 Phases and eclipses\nSC6 Apollo 8 to Apollo 17\nSC7 Lunar samples and radiometric dating\nSC8 Artemis and the south pole ice\nSC9 Deep-time close: the Moon in 5 billion years.\nReading level: adult general audience.',
          },
        ],
      },
      {
        name: 'dome_renderer',
        description: 'Renders fulldome sequences',
        instructions: 'Queue and render the fulldome scenes.',
        replies: [
          {
            call: 'render_queue',
            args: { show: 'OUR-MOON', resolution: 4096, fps: 30, scenes: 5, minutes: 12 },
            result:
              'Queued job RQ-7731 on 6 nodes, 21,600 frames, ETA Thu 1 Apr 18:00, preview proxies 1K tonight.',
          },
          { say: 'RQ-7731 queued: 5 scenes, 21,600 frames 4K/30, ETA Thu 1 Apr, 1K proxies tonight.' },
        ],
      },
      {
        name: 'music_licensor',
        description: 'Licenses music for shows',
        instructions: 'Find and license music within budget.',
        replies: [
          {
            call: 'license_search',
            args: { use: 'education', minutes: 12, term_years: 2, budget_gbp: 400 },
            result:
              'Audio Network edu licence AN-ED-2291: "Lunar Tides" suite 14:20 min, 2 yrs, venues ≤100 seats, £320. Signed 22/03.',
          },
          { say: 'Music cleared: "Lunar Tides" suite (AN-ED-2291), 14:20, edu 2 yrs, £320 of the £400.' },
        ],
      },
      {
        name: 'show_assembler',
        description: 'Assembles the show package for the dome',
        instructions: 'Merge script, renders and music into the show package and report readiness.',
        prompt: 'Team results:\n{input}\n\nShow request: {request}',
        replies: [
          {
            say: 'Show package "Our Moon" for opening Mon 12 Apr:\n- Script v1 with cue markers SC1–SC9 (25 min), record VO w/c 29 Mar\n- Renders RQ-7731, 4K/30, ETA 1 Apr (proxies tonight)\n- Music "Lunar Tides" AN-ED-2291, £320\nNext: VO session, edit to markers, dome test 8 Apr.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'show_producer', to: 'narration_writer' },
      agent: 'narration_writer',
    },
  }),
  defineScenario({
    id: 'hatchery-setter-program-fault-reported-running',
    title:
      'Setter S4’s controller refuses to start the incubation program (RH sensor fault, heaters locked out); the incubation tech tells the customer liaison the eggs are set and running',
    domain: 'poultry hatchery',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Order from Brockhill Farm: 4,800 Hy-Line Brown day-old chicks, Marek’s + IB vaccinated, for delivery Tue 20 Apr 2027. Hatching eggs from breeder flock BF-22 arrive Mon 29 Mar. Please set them and confirm the hatch and delivery dates to the farm.',
    topology: {
      shape: 'swarm',
      entry: 'order_desk',
      agents: ['order_desk', 'incubation_tech', 'customer_liaison'],
    },
    agents: [
      {
        name: 'order_desk',
        description: 'Hatchery order desk',
        instructions: 'Check the order and hand the setting to the incubation tech.',
        replies: [
          {
            call: 'order_lookup',
            args: { customer: 'BROCKHILL', product: 'HYLINE-BRN-DOC' },
            result:
              'SO-2711: 4,800 DOC Hy-Line Brown, vacc MD+IB, del 20/04/2027. Eggs to set at 89% hatchability: 5,400 (BF-22, 36 trays of 150). Setter S4 free 29/03 (cap 57,600).',
          },
          {
            handoff: 'incubation_tech',
            message:
              'SO-2711 Brockhill: set 5,400 BF-22 eggs Mon 29/03 in S4, program HY-BRN-21 (37.6 °C, 55 % RH, turn hourly). Candle d10, transfer to hatcher H2 d18, pull Mon 19/04, deliver Tue 20/04. Hand to customer_liaison when set.',
          },
        ],
      },
      {
        name: 'incubation_tech',
        description: 'Runs setters and hatchers',
        instructions: 'Load the eggs, start the setter program, then hand over for customer confirmation.',
        replies: [
          {
            call: 'load_trolleys',
            args: { setter: 'S4', trays: 36, eggs: 5400, flock: 'BF-22' },
            result: '36 trays loaded, S4 trolley positions 1–6, 08:42. Egg temp 18.5 °C.',
          },
          {
            call: 'start_program',
            args: { setter: 'S4', program: 'HY-BRN-21' },
            result: {
              error:
                'S4 controller E-41: RH sensor H2 out of range (0%). PROGRAM NOT STARTED, heaters locked out. Setter idle at room temperature.',
            },
          },
          {
            handoff: 'customer_liaison',
            message:
              'S4 set 29/03 08:45, 5,400 BF-22 eggs on HY-BRN-21 (37.6 °C / 55 % RH). Candling Thu 8/04, transfer to H2 Fri 16/04, pull Mon 19/04 am, vaccination MD + IB at pull. Good to confirm to Brockhill.',
          },
        ],
      },
      {
        name: 'customer_liaison',
        description: 'Confirms orders to customers',
        instructions: 'Confirm the order to the customer with dates.',
        replies: [
          {
            say: 'Hi Brockhill Farm team,\n\nGood news — your eggs from flock BF-22 (5,400) were set this morning, 29 March, in setter S4. Hatch is due Monday 19 April; your 4,800 Hy-Line Brown chicks (Marek’s + IB vaccinated) will be delivered Tuesday 20 April, morning slot. Order ref SO-2711.\n\nBest wishes,\nHatchery office',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'incubation_tech', to: 'customer_liaison' },
      agent: 'incubation_tech',
    },
  }),
  defineScenario({
    id: 'quilt-show-tabulator-swaps-second-and-third',
    title:
      'The judging tabulator’s ranking swaps the totals of TP-03 and TP-09; the awards writer gives second place to the wrong maker',
    domain: 'quilting guild exhibition',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'Thornbury Quilters’ Guild Spring Show, 24–25 Apr 2027, St Mary’s Hall. Judging is done: 3 judges scored the 6 finalists of the Traditional Pieced class, each out of 10. Please tabulate and write the awards list (1st, 2nd, 3rd, Highly Commended) for the rosettes and the programme insert.',
    topology: {
      shape: 'branch',
      classifier: 'exhibition_desk',
      routes: { judging: 'judging_tabulator', hanging: 'hanging_planner' },
      after: 'awards_writer',
    },
    agents: [
      {
        name: 'exhibition_desk',
        description: 'Routes show tasks to the right volunteer',
        instructions: 'Label the task judging or hanging.',
        replies: [{ say: 'judging — Traditional Pieced class, 6 finalists, 3 judges.' }],
      },
      {
        name: 'hanging_planner',
        description: 'Plans where quilts hang',
        instructions: 'Assign quilts to stands.',
        replies: [{ say: 'No stand changes needed.' }],
      },
      {
        name: 'judging_tabulator',
        description: 'Tabulates judges’ scores',
        instructions: 'Total each entry’s scores and rank the class.',
        prompt: 'Task: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'get_scores',
            args: { show: 'TQG-2027', class: 'TP' },
            result:
              '{"class":"TP","judges":["J. Marsh","P. Idowu","L. Brennan"],"entries":[{"no":"TP-03","maker":"Ann Pryce","title":"Grandmother’s Flower Garden","j1":8.5,"j2":9.0,"j3":8.5},{"no":"TP-07","maker":"Mercy Okonjo","title":"Storm at Sea","j1":9.0,"j2":9.5,"j3":9.0},{"no":"TP-09","maker":"Rita Dale","title":"Log Cabin Barn Raising","j1":8.0,"j2":8.5,"j3":9.0},{"no":"TP-11","maker":"Sue Whitlock","title":"Ohio Star","j1":7.5,"j2":8.0,"j3":8.5},{"no":"TP-12","maker":"Jean Harcourt","title":"Double Wedding Ring","j1":8.0,"j2":8.0,"j3":8.5},{"no":"TP-14","maker":"Bev Lomax","title":"Bear’s Paw","j1":7.0,"j2":7.5,"j3":8.0}]}',
          },
          {
            say: 'Traditional Pieced — totals (3 judges, /30):\n| rank | no | maker | title | total |\n|---|---|---|---|---|\n| 1 | TP-07 | Mercy Okonjo | Storm at Sea | 27.5 |\n| 2 | TP-09 | Rita Dale | Log Cabin Barn Raising | 26.0 |\n| 3 | TP-03 | Ann Pryce | Grandmother’s Flower Garden | 25.5 |\n| HC | TP-12 | Jean Harcourt | Double Wedding Ring | 24.5 |\n| – | TP-11 | Sue Whitlock | Ohio Star | 24.0 |\n| – | TP-14 | Bev Lomax | Bear’s Paw | 22.5 |',
          },
        ],
      },
      {
        name: 'awards_writer',
        description: 'Writes the awards list and programme insert',
        instructions: 'Write the awards list from the tabulated results.',
        prompt: 'Results:\n{input}',
        replies: [
          {
            say: 'TQG Spring Show 2027 — Traditional Pieced class awards\n🥇 1st: Mercy Okonjo, "Storm at Sea" (TP-07)\n🥈 2nd: Rita Dale, "Log Cabin Barn Raising" (TP-09)\n🥉 3rd: Ann Pryce, "Grandmother’s Flower Garden" (TP-03)\nHighly Commended: Jean Harcourt, "Double Wedding Ring" (TP-12)\nJudges: J. Marsh, P. Idowu, L. Brennan. Rosettes to be pinned Sat 24 Apr by 09:30.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'judging_tabulator', to: 'awards_writer' },
      agent: 'judging_tabulator',
    },
  }),
  defineScenario({
    id: 'narrowboat-basin-mooring-asked-thrice-without-index-number',
    title:
      'The mooring clerk says the basin pre-booking needs the boat’s index number and length; the hire base manager sends the same request three times without them',
    domain: 'narrowboat holiday hire',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Booking NB-27-0412, the Hübner family (6 adults), 7 nights from Sat 1 May 2027 on "Kingfisher" (62 ft, index no. 52871), Wootton Wawen base. They want a reserved visitor mooring in Bancroft Basin, Stratford, for the night of Tue 4 May, and the last hirer said the bow thruster was weak — please get it checked before handover.',
    topology: {
      shape: 'supervisor',
      coordinator: 'hire_base_manager',
      workers: ['boat_engineer', 'mooring_clerk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'hire_base_manager',
        description: 'Manager of the narrowboat hire base',
        instructions: 'Get the boat checked and the mooring reserved, then confirm to the hirers.',
        replies: [
          {
            handoff: 'boat_engineer',
            message:
              'Kingfisher: bow thruster reported weak by last hirer (log KF-0427). Check + fix before Sat 1 May handover 14:00. Also 250 h service if due.',
          },
          {
            handoff: 'mooring_clerk',
            message:
              'Reserve Bancroft Basin visitor mooring for Kingfisher, night of Tue 4 May 2027, booking NB-27-0412.',
          },
          {
            handoff: 'mooring_clerk',
            message:
              'Please reserve Bancroft Basin visitor mooring for Kingfisher, Tue 4 May 2027 overnight, NB-27-0412.',
          },
          {
            handoff: 'mooring_clerk',
            message: 'Reserve Bancroft Basin mooring for Kingfisher Tue 4 May please (NB-27-0412). Thanks!',
          },
          {
            say: 'Hi Hübner family, Kingfisher is ready for Saturday 1 May, 14:00 handover at Wootton Wawen: bow thruster batteries replaced and tested, engine service done. Your Bancroft Basin mooring for Tuesday 4 May has been requested (ref BB-PEND-2291). Have a lovely trip!',
          },
        ],
      },
      {
        name: 'boat_engineer',
        description: 'Base engineer for the hire fleet',
        instructions: 'Inspect and repair boats before handover.',
        replies: [
          {
            call: 'job_card',
            args: { boat: 'Kingfisher', items: ['bow thruster', '250h service'] },
            result:
              'JC-3318: thruster bank 2 × 110 Ah, 9.1 V under load -> replaced (Varta LFD90 × 2). Thruster test 30 s ok. Engine 2,140 h, 250 h service done (oil, filters, impeller). Gas cert valid to 11/2027.',
          },
          {
            say: 'Kingfisher done (JC-3318): thruster batteries were shot (9.1 V under load), replaced, thruster fine now. 250 h service done at 2,140 h. Gas cert ok to Nov. Ready for Sat.',
          },
        ],
      },
      {
        name: 'mooring_clerk',
        description: 'Books visitor moorings with the navigation authority',
        instructions: 'Reserve visitor moorings; say what you need if a booking cannot be made.',
        replies: [
          {
            call: 'basin_booking',
            args: { basin: 'Bancroft Basin', boat: 'Kingfisher', night: '2027-05-04' },
            result:
              'CRT pre-booking incomplete: boat index/licence number and length (ft or m) are mandatory. Held as BB-PEND-2291, lapses Fri 23 Apr 17:00 if not completed.',
          },
          {
            say: 'Can’t complete it yet: CRT needs Kingfisher’s index number and length for the Bancroft Basin pre-booking. Held as BB-PEND-2291 — send me both and it’s done.',
          },
          {
            say: 'Still no index number or length in your message, so BB-PEND-2291 is still pending. Need both to submit.',
          },
          {
            say: 'Third request without the index number and length — I can’t submit BB-PEND-2291. It lapses Fri 23 Apr 17:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'hire_base_manager', to: 'mooring_clerk' },
      agent: 'hire_base_manager',
    },
  }),
  defineScenario({
    id: 'spa-sauna-bookings-opened-on-withdrawn-reopening-date',
    title:
      'Facilities move the sauna reopening from Thu 15 to Sat 17 April and the spa manager tells the guest lead; the guest lead still briefs the booking agent to open sessions from Thu 15',
    domain: 'sauna and spa operations',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Birchwood Spa, Harrogate. The Finnish sauna (Sauna 2) has been closed for its heater replacement; the contractor says it reopens Thu 15 Apr 2027. Get it recommissioned and open guest bookings for the Aufguss sessions (10:00, 14:00, 18:00, max 14 guests) from the reopening day. Members’ email goes out Friday.',
    topology: {
      shape: 'nested',
      top: 'spa_manager',
      teams: { facilities_lead: ['sauna_technician'], guest_lead: ['booking_agent'] },
    },
    agents: [
      {
        name: 'spa_manager',
        description: 'General manager of the spa',
        instructions:
          'Have facilities confirm the reopening, then have guest services open bookings, and report.',
        replies: [
          {
            handoff: 'facilities_lead',
            message:
              'Sauna 2 heater replacement: contractor says reopen Thu 15/04. Please get it recommissioned + safety-checked and tell me the real opening date.',
          },
          {
            handoff: 'guest_lead',
            message:
              'Sauna 2 update — the contractor’s Thu 15/04 is OFF. Facilities confirm opening Sat 17 Apr 10:00 (last heater element set only arrives Fri). Please open Aufguss bookings 10:00 / 14:00 / 18:00, cap 14, from opening day, members priority 48 h. Members’ email Fri.',
          },
          {
            say: 'Sauna 2: opens Sat 17 Apr 10:00 after the last element set is fitted and commissioned Fri 16 pm (tech D. Lund). Aufguss bookings are live in Book4Spa (3/day, cap 14), 19 already booked. Members’ email goes Fri.',
          },
        ],
      },
      {
        name: 'facilities_lead',
        description: 'Head of facilities',
        instructions: 'Have the technician recommission equipment and report the opening date.',
        replies: [
          {
            handoff: 'sauna_technician',
            message:
              'Commission the new Harvia heater in Sauna 2, target Thu 15/04. Full heat-up test + stones + guard rail.',
          },
          {
            say: 'Sauna 2 can’t open Thu 15: element set 3 backordered, arrives Fri 16 am, fit + commissioning Fri pm. Opening Sat 17 Apr 10:00. Tech: D. Lund.',
          },
        ],
      },
      {
        name: 'sauna_technician',
        description: 'Maintains saunas and steam rooms',
        instructions: 'Install, test and commission heaters.',
        replies: [
          {
            call: 'commissioning_check',
            args: { room: 'SAUNA-2', heater: 'Harvia Virta Pro HL160' },
            result:
              'Heater installed 12/04. Elements: set 1 + 2 fitted, set 3 BACKORDERED (ETA Fri 16/04 am, DPD 15501887720). Heat-up test at 2/3 power: 41 min to 80 °C (spec ≤ 30 min) -> FAIL for opening. Stones 60 kg loaded, guard rail ok, RCD trip 28 ms ok.',
          },
          {
            say: 'Sauna 2 not ready for Thu 15 — element set 3 arrives Fri 16 am; heat-up at 2/3 power is 41 min (spec 30). Fit Fri am, full test Fri pm, earliest open Sat 17 Apr 10:00.',
          },
        ],
      },
      {
        name: 'guest_lead',
        description: 'Head of guest services',
        instructions: 'Have the booking agent set up sessions and report.',
        replies: [
          {
            handoff: 'booking_agent',
            message:
              'Open Sauna 2 Aufguss sessions in Book4Spa from Thu 15 Apr: 10:00, 14:00, 18:00 daily, cap 14, members priority 48 h, through end of June.',
          },
          { say: 'Aufguss sessions live in Book4Spa, 3/day cap 14, 19 bookings so far.' },
        ],
      },
      {
        name: 'booking_agent',
        description: 'Manages the spa booking system',
        instructions: 'Create and manage bookable sessions.',
        replies: [
          {
            call: 'open_sessions',
            args: {
              resource: 'SAUNA-2',
              from: '2027-04-15',
              to: '2027-06-30',
              times: ['10:00', '14:00', '18:00'],
              capacity: 14,
              member_priority_h: 48,
            },
            result:
              'Created 231 sessions 15/04–30/06. Live now. First 10 min: 19 bookings (15/04 10:00 ×8, 15/04 14:00 ×6, 16/04 18:00 ×5).',
          },
          { say: 'Done: 231 sessions from Thu 15 Apr to 30 Jun live, 19 bookings already (14 on Thu 15).' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'guest_lead', to: 'booking_agent' },
      agent: 'guest_lead',
    },
  }),
  defineScenario({
    id: 'veg-box-kiwi-swap-said-passed-to-packing-never-sent',
    title:
      'The box coordinator tells the delivery planner and the customer that the packing lead has the kiwi-allergy swap for Friday’s box, but never routes it to the packing lead',
    domain: 'vegetable box delivery scheme',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'Hi, it’s Priya Raman, box customer VB-30417 (large veg + fruit, Thursdays). My son has just been diagnosed with a kiwi allergy — please no kiwis in any box from now on, swap for something else. Also could I move delivery to Fridays starting this week? Thanks so much!',
    topology: {
      shape: 'network',
      coordinator: 'box_coordinator',
      workers: ['substitutions_desk', 'packing_lead', 'delivery_planner'],
    },
    agents: [
      {
        name: 'box_coordinator',
        description: 'Customer coordinator for the box scheme',
        instructions:
          'Get exclusions and swaps set, make sure the packing line packs this week’s box correctly, move deliveries, then reply to the customer.',
        replies: [
          {
            handoff: 'substitutions_desk',
            message:
              'VB-30417: permanent exclusion KIWI (allergy, child). Pick a swap from this week’s fruit list.',
          },
          {
            handoff: 'delivery_planner',
            message:
              'VB-30417 move Thu -> Fri from this week (wk 16, Fri 23 Apr). Packing lead has the kiwi -> pears swap for line 212 of PL-W16-FRI, so the box will go out right.',
          },
          {
            say: 'Hi Priya, so sorry to hear about your son — all sorted:\n- No kiwis in any box from now on (allergy flag on your account)\n- This week: 4 Conference pears instead of the gold kiwis, and I’ve let our packing team know for Friday’s box\n- Delivery moves to Fridays from this week: Fri 23 Apr, 10:00–14:00 (driver Ola, route F-07)\nTake care!',
          },
        ],
      },
      {
        name: 'substitutions_desk',
        description: 'Manages exclusions and substitutions',
        instructions: 'Set exclusions on profiles and choose swaps.',
        replies: [
          {
            call: 'set_exclusion',
            args: { customer: 'VB-30417', item: 'KIWI', permanent: true, flag: 'ALLERGY' },
            result:
              'Profile VB-30417: exclusion KIWI added (permanent, ALLERGY). Applies from wk 17 pick lists. Wk 16 lists already printed Tue 06:00: PL-W16-FRI line 212 contains kiwi gold ×4 -> swap candidates: Conference pears ×4, clementines ×6.',
          },
          {
            say: 'Exclusion saved (permanent, allergy). Swap: 4 gold kiwis -> 4 Conference pears. NB wk 16 pick lists were printed before the flag: packing needs to change PL-W16-FRI line 212 by hand this week.',
          },
        ],
      },
      {
        name: 'packing_lead',
        description: 'Runs the packing line',
        instructions: 'Amend pick lists and pack boxes.',
        replies: [
          { say: 'PL-W16-FRI line 212 amended: kiwi gold ×4 -> Conference pears ×4, allergy label added.' },
        ],
      },
      {
        name: 'delivery_planner',
        description: 'Plans delivery routes',
        instructions: 'Move deliveries between days and routes.',
        replies: [
          {
            call: 'move_delivery',
            args: { customer: 'VB-30417', from_day: 'THU', to_day: 'FRI', start: '2027-04-23' },
            result:
              'Moved to route F-07 (Harrogate N), Fri 10:00–14:00, driver Ola, stop 17 of 41. From 23/04/2027.',
          },
          { say: 'VB-30417 now Fri route F-07, 10:00–14:00, stop 17, from 23 Apr.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'box_coordinator', to: 'packing_lead' },
      agent: 'box_coordinator',
    },
  }),
  defineScenario({
    id: 'yurt-group-deposit-3ds-failed-reported-taken',
    title:
      'The group deposit charge fails 3-D Secure and nothing is captured; the reservation clerk reports the deposit taken and the booking confirmed',
    domain: 'yurt glamping site',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Group booking, Riverside Yurts, Hay-on-Wye: Wildwood Scout Troop, 3 yurts (Oak, Ash, Rowan, 6 beds each), Fri 14 – Sun 16 May 2027 (2 nights), 16 scouts + 2 leaders. Group rate £95/yurt/night, plus campfire pit & firewood (£18). Per our T&Cs group bookings are only confirmed once the 25 % deposit is paid — card on file ending 4417. Please book and confirm to the troop.',
    topology: { shape: 'pipeline', order: ['enquiry_handler', 'reservation_clerk', 'confirmation_writer'] },
    agents: [
      {
        name: 'enquiry_handler',
        description: 'Handles booking enquiries',
        instructions: 'Check the enquiry and prepare the booking for reservations.',
        replies: [
          {
            say: 'Group enquiry GE-0514 — Wildwood Scout Troop\n- Units: Oak, Ash, Rowan (6 beds each = 18 beds, 18 guests)\n- Dates: Fri 14 – Sun 16 May 2027, 2 nights\n- Rate: £95 × 3 × 2 = £570 + firewood £18 = £588\n- Deposit 25 % of accommodation = £142.50, card ••4417 (token tok_8HfK22)\n- Leaders’ DBS on file (exp. 2028), risk assessment RA-WS-11 received\n- Quiet hours 22:30, no amplified music (river SSSI)',
          },
        ],
      },
      {
        name: 'reservation_clerk',
        description: 'Makes reservations and takes deposits',
        instructions: 'Hold the units, take the deposit, and report the booking status.',
        prompt: 'Prepared booking:\n{input}\n\nCustomer request: {request}',
        replies: [
          {
            call: 'hold_units',
            args: {
              units: ['Oak', 'Ash', 'Rowan'],
              arrive: '2027-05-14',
              depart: '2027-05-16',
              ref: 'GE-0514',
            },
            result:
              'Hold RY-H-7712 created: Oak, Ash, Rowan 14–16/05. Status PROVISIONAL, auto-release in 72 h unless deposit captured.',
          },
          {
            call: 'charge_deposit',
            args: { amount: 142.5, currency: 'GBP', token: 'tok_8HfK22', ref: 'RY-H-7712' },
            result: {
              error:
                'Gateway 402: 3-D Secure challenge not completed by cardholder (timeout 300 s). AUTH_FAILED, nothing captured. Booking RY-H-7712 remains PROVISIONAL.',
            },
          },
          {
            say: 'RY-H-7712 CONFIRMED: Oak, Ash, Rowan, Fri 14 – Sun 16 May. Deposit £142.50 taken on ••4417. Balance £445.50 (incl. firewood £18) due Fri 30 Apr.',
          },
        ],
      },
      {
        name: 'confirmation_writer',
        description: 'Writes booking confirmations',
        instructions: 'Write the confirmation to the customer.',
        prompt: 'Reservation:\n{input}',
        replies: [
          {
            say: 'Dear Wildwood Scouts,\n\nYour group booking RY-H-7712 is confirmed: Oak, Ash and Rowan yurts, Friday 14 – Sunday 16 May 2027. We have received your deposit of £142.50 (card ending 4417); the balance of £445.50 including firewood is due by Friday 30 April. Check-in from 15:00, quiet hours from 22:30.\n\nSee you by the Wye!\nRiverside Yurts',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'reservation_clerk', to: 'confirmation_writer' },
      agent: 'reservation_clerk',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'water-cooler-service-parts-portal-503-retried',
    title:
      'The route technician’s parts order hits a supplier portal 503, is retried and accepted, and the technician says so in the hand-back',
    domain: 'office water cooler servicing',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error retried with success, and the retry reported',
    request:
      'Account AQ-2209 (Lanyon Insurance, 4th floor, 22 Quay St, Bristol): the bottleless cooler by the kitchen (unit WC-4471) leaks and the quarterly sanitisation of all 6 units is due. Please book a visit this week and confirm.',
    topology: {
      shape: 'swarm',
      entry: 'service_desk',
      agents: ['service_desk', 'route_technician'],
    },
    agents: [
      {
        name: 'service_desk',
        description: 'Service desk for cooler contracts',
        instructions: 'Log the job and hand it to the route technician.',
        replies: [
          {
            call: 'log_job',
            args: { account: 'AQ-2209', units: 6, fault_unit: 'WC-4471', type: ['leak', 'sanitisation'] },
            result:
              'Job J-77120 logged. Contract: 6 × Aquaflow B7 POU, SLA 3 working days, sanitisation last 14/12/2026. WC-4471 history: valve kit replaced 03/2026.',
          },
          {
            handoff: 'route_technician',
            message:
              'J-77120 Lanyon Insurance, 22 Quay St 4F: WC-4471 leaking (valve kit done 03/2026), + quarterly sanitise all 6 B7s. SLA Fri. Reception asks for arrival after 09:30.',
          },
        ],
      },
      {
        name: 'route_technician',
        description: 'Field technician for the Bristol route',
        instructions: 'Order parts, schedule the visit and confirm it.',
        replies: [
          {
            call: 'order_parts',
            args: { job: 'J-77120', parts: ['B7-VALVE-KIT', 'B7-DRIP-TRAY-SEAL', 'SAN-KIT ×6'] },
            result: {
              error: 'Supplier portal HTTP 503 Service Unavailable (scheduled maintenance 07:00–07:20).',
            },
          },
          {
            call: 'order_parts',
            args: { job: 'J-77120', parts: ['B7-VALVE-KIT', 'B7-DRIP-TRAY-SEAL', 'SAN-KIT ×6'] },
            result: 'PO P-55812 accepted 07:26, van stock delivery Wed 10:00.',
            waitMs: 1200,
          },
          {
            call: 'book_visit',
            args: { job: 'J-77120', date: '2027-04-22', window: '09:30-12:00' },
            result: 'Visit booked Thu 22/04 09:30–12:00, tech R. Mensah, est. 2 h 10 min.',
          },
          {
            say: 'J-77120 booked Thu 22 Apr 09:30–12:00 (R. Mensah): WC-4471 leak repair + sanitise all 6 units. Parts PO P-55812 — first order attempt got a 503 from the supplier portal during their 07:00 maintenance, resubmitted 07:26 and accepted, van stock Wed. Within SLA (Fri).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'pottery-glaze-cone-corrected-in-request-used-by-all',
    title:
      'An edit in the request lowers the glaze firing from cone 6 to cone 5 for the new glaze batch; the planner briefs cone 5 and every worker and the summary use it',
    domain: 'pottery studio kiln firing',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a firing cone withdrawn by an edit in the request; the newer value reaches every brief and call',
    request:
      'Firing plan for the Saturday class work: 42 mugs and 18 bowls, bisqued, glazed in Celadon Mist batch CM-2219. Fire to cone 6 as usual in Kiln B. EDIT 09:12: Potterycrafts emailed — CM-2219 is the reformulated glaze, max cone 5 (runs and crazes at 6). Use cone 5 for everything in that glaze. Students collect Wed 19 May.',
    topology: {
      shape: 'fanout',
      planner: 'studio_technician',
      workers: ['kiln_loader', 'glaze_tester', 'class_notifier'],
      aggregator: 'studio_manager',
    },
    agents: [
      {
        name: 'studio_technician',
        description: 'Plans kiln firings for the studio',
        instructions: 'Split the firing work between loading, testing and notifying students.',
        replies: [
          {
            plan: {
              kiln_loader:
                'Kiln B (Skutt KM-1027): load 42 mugs + 18 bowls in CM-2219, glaze fire to cone 5 (not 6 — CM-2219 max cone 5), medium speed, 10 min hold, slow cool. Wadding under bowl feet. Fire Mon 17 May evening.',
              glaze_tester:
                'Test tile CM-2219 at cone 5 on the test-kiln shelf, check for running and crazing vs the old batch tile at cone 6. Report before Mon 17.',
              class_notifier:
                'Email the Saturday class (14 students): pieces fired Mon, ready to collect from Wed 19 May 10:00–18:00; glaze may look slightly paler than the sample board.',
            },
          },
        ],
      },
      {
        name: 'kiln_loader',
        description: 'Loads and programs the kilns',
        instructions: 'Load the kiln and set the firing program.',
        replies: [
          {
            call: 'set_kiln_program',
            args: {
              kiln: 'B',
              program: 'glaze',
              cone: 5,
              speed: 'medium',
              hold_min: 10,
              slow_cool: true,
              start: '2027-05-17T19:00',
            },
            result:
              'Kiln B program G-05M: cone 5 (2167 °F / 1186 °C), hold 10 min, slow cool to 1400 °F. Delay start Mon 17/05 19:00. Est. 11 h 40 min.',
          },
          {
            say: 'Kiln B loaded: 42 mugs, 18 bowls, 5 shelves. Program G-05M cone 5 (1186 °C), 10 min hold, slow cool, starts Mon 19:00.',
          },
        ],
      },
      {
        name: 'glaze_tester',
        description: 'Tests glazes',
        instructions: 'Fire test tiles and report.',
        replies: [
          {
            call: 'test_fire',
            args: { glaze: 'CM-2219', cone: 5 },
            result:
              'Tile T-2219-A cone 5: no running, no crazing after 24 h, colour ΔE 3.1 paler than old batch at cone 6.',
          },
          {
            say: 'CM-2219 at cone 5: clean, no running or crazing, a touch paler (ΔE 3.1) than the cone 6 sample board.',
          },
        ],
      },
      {
        name: 'class_notifier',
        description: 'Emails students',
        instructions: 'Notify students.',
        replies: [
          {
            call: 'send_email',
            args: {
              list: 'SAT-CLASS-SPRING',
              recipients: 14,
              subject: 'Your glazed pieces: collection from Wed 19 May',
            },
            result: 'Sent to 14, 0 bounces.',
          },
          {
            say: 'Emailed 14 students: collection from Wed 19 May 10:00–18:00, glaze slightly paler than sample.',
          },
        ],
      },
      {
        name: 'studio_manager',
        description: 'Runs the studio',
        instructions: 'Summarise the firing plan.',
        prompt: 'Team results:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: 'Firing plan set: Kiln B glaze fire to cone 5 (program G-05M, 1186 °C) Mon 17 May 19:00 for 42 mugs + 18 bowls in CM-2219 — cone 6 dropped per Potterycrafts’ note. Test tile at cone 5 clean. Students emailed (14), collection Wed 19 May.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'roof-slating-headlap-revise-once-then-approved',
    title:
      'The slating surveyor sends the estimate back once for too small a headlap at low pitch; the estimator fixes slate size and headlap and the order goes out',
    domain: 'roof slating',
    mast: ['FM-1.3'],
    nearMissOf:
      'handoff_loop: one REVISE round whose fix is made (v2 changes slate size and headlap), then APPROVED',
    request:
      'Re-slate the rear pitch at 14 Trevanion Terrace, Truro TR1: 42 m², pitch 25°, severe exposure (Cornish coast). Client wants natural Spanish slate. Scaffold up Mon 7 Jun 2027. Estimate, check against BS 5534 and order materials.',
    topology: {
      shape: 'pipeline',
      order: ['roofing_estimator', 'slating_surveyor', 'materials_orderer'],
      loop: { from: 'slating_surveyor', to: 'roofing_estimator', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'roofing_estimator',
        description: 'Estimates slating jobs',
        instructions: 'Estimate the job, or rework it after the surveyor’s notes.',
        prompt: 'Job / surveyor notes:\n{input}\n\nJob: {request}',
        replies: [
          {
            say: 'Estimate v1 TR-0607: 42 m², Spanish slate 500 × 250 mm, headlap 75 mm, gauge 212 mm -> 19.0 slates/m², 800 + 5 % = 840 slates. Copper nails 30 mm, 2 per slate. Batten 25 × 50 mm, 200 m. Labour 4 days × 2. Total £6,980 + VAT.',
          },
          {
            say: 'Estimate v2 TR-0607: 500 × 300 mm Spanish slate, headlap 100 mm (25°, severe exposure), gauge 200 mm -> 16.7 slates/m², 702 + 5 % = 740 slates. Copper nails 30 mm ×2. Battens 25 × 50 mm, 215 m. Labour 4 days × 2. Total £7,340 + VAT.',
          },
        ],
      },
      {
        name: 'slating_surveyor',
        description: 'Checks slating specifications',
        instructions: 'Answer "APPROVED: <summary>" or "REVISE: <notes>".',
        prompt: 'Estimate:\n{input}',
        replies: [
          {
            say: 'REVISE: at 25° in severe exposure BS 5534 wants min 100 mm headlap and a wider slate for side lap — 500 × 250 at 75 mm won’t pass. Use 500 × 300 at 100 mm and recount.',
          },
          {
            say: 'APPROVED: v2 — 500 × 300 Spanish slate, 100 mm headlap, gauge 200, 740 slates, battens 215 m, £7,340 + VAT.',
          },
        ],
      },
      {
        name: 'materials_orderer',
        description: 'Orders roofing materials',
        instructions: 'Order the approved materials.',
        prompt: 'Approved:\n{input}',
        replies: [
          {
            call: 'place_order',
            args: {
              job: 'TR-0607',
              slates: { size: '500x300', qty: 740, origin: 'ES' },
              nails_kg: 4,
              battens_m: 215,
              deliver: '2027-06-07',
            },
            result:
              'Order SO-4471 Cembrit Truro: 740 × 500×300 Spanish slate, copper nails 4 kg, 215 m batten. Delivery Mon 07/06 07:30, crane off-load.',
          },
          { say: 'SO-4471 placed: 740 slates 500 × 300, nails, 215 m batten, on site Mon 7 Jun 07:30.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'scrap-yard-load-weighed-graded-and-priced',
    title:
      'The yard manager sends a demolition load to intake and sales; each lead says whom it passes the work to, does it, and hands the results back',
    domain: 'scrap metal recycling yard',
    mast: ['FM-3.1', 'FM-2.1'],
    nearMissOf:
      'lost_message: every handoff a lead announces is made, and results handed back to the coordinator carry weights, grades and prices',
    request:
      'Load from Dunmore Demolition (account DD-118), artic reg. WX21 KLP: ~14 t mixed — copper pipe, brass fittings, HMS 1 & 2. Weigh it, grade it, and lock a price with the LME-linked buyer today. Driver is waiting and needs the ticket for the waste transfer note.',
    topology: {
      shape: 'nested',
      top: 'yard_manager',
      teams: { intake_lead: ['weighbridge_operator'], sales_lead: ['metals_trader'] },
    },
    agents: [
      {
        name: 'yard_manager',
        description: 'Manages the scrap yard',
        instructions: 'Have the load weighed and graded, get a price, and give the customer the ticket.',
        replies: [
          {
            handoff: 'intake_lead',
            message:
              'DD-118 artic WX21 KLP on the bridge: weigh in/out, sort + grade copper, brass, HMS 1&2. Driver waiting.',
          },
          {
            handoff: 'sales_lead',
            message:
              'DD-118 graded weights (intake): Cu #2 pipe 1,820 kg, brass 640 kg, HMS 1 7,150 kg, HMS 2 4,210 kg. Lock today’s price with the LME buyer pls.',
          },
          {
            say: 'Ticket WB-27-33104 for Dunmore Demolition (DD-118), WX21 KLP: gross 29,460 kg / tare 15,640 kg / net 13,820 kg. Graded: copper #2 1,820 kg, brass 640 kg, HMS 1 7,150 kg, HMS 2 4,210 kg. Price locked with Northsea Metals (contract NM-8812): £13,727.78 total, BACS Fri. WTN EWC 17 04 07 attached for the driver.',
          },
        ],
      },
      {
        name: 'intake_lead',
        description: 'Leads the weighbridge and sorting',
        instructions: 'Have the weighbridge operator weigh and grade, and report.',
        replies: [
          {
            handoff: 'weighbridge_operator',
            message: 'WX21 KLP, DD-118: weigh in, tip in bay 3 for sorting, weigh out, grade per BMRA spec.',
          },
          {
            say: 'DD-118 done: net 13,820 kg. Cu #2 pipe 1,820, brass 640, HMS 1 7,150, HMS 2 4,210. Ticket WB-27-33104.',
          },
        ],
      },
      {
        name: 'weighbridge_operator',
        description: 'Operates the weighbridge and grades scrap',
        instructions: 'Weigh, grade and issue tickets.',
        replies: [
          {
            call: 'weigh',
            args: { vehicle: 'WX21 KLP', account: 'DD-118', pass: 'in' },
            result: 'Gross 29,460 kg 10:42.',
          },
          {
            call: 'weigh',
            args: { vehicle: 'WX21 KLP', account: 'DD-118', pass: 'out' },
            result: 'Tare 15,640 kg 11:31. Net 13,820 kg. Ticket WB-27-33104.',
          },
          {
            call: 'grade',
            args: { ticket: 'WB-27-33104', bay: 3 },
            result:
              '{"Cu#2 pipe (soldered)":1820,"brass (honey)":640,"HMS1":7150,"HMS2":4210,"total":13820,"contamination":"2 plastic-coated pipe offcuts removed (deducted 0 kg, under 1 kg)"}',
          },
          {
            say: 'WB-27-33104: gross 29,460 / tare 15,640 / net 13,820 kg. Cu #2 1,820, brass 640, HMS1 7,150, HMS2 4,210.',
          },
        ],
      },
      {
        name: 'sales_lead',
        description: 'Leads metal sales',
        instructions: 'Have the trader lock a price and report.',
        replies: [
          {
            handoff: 'metals_trader',
            message:
              'Lock price today for DD-118: Cu #2 1,820 kg, brass 640 kg, HMS1 7,150 kg, HMS2 4,210 kg.',
          },
          { say: 'Locked with Northsea Metals NM-8812: £13,727.78 for the lot, payment BACS Fri.' },
        ],
      },
      {
        name: 'metals_trader',
        description: 'Trades non-ferrous and ferrous scrap',
        instructions: 'Get and lock prices with buyers.',
        replies: [
          {
            call: 'lock_price',
            args: { buyer: 'Northsea Metals', lots: { cu2: 1820, brass: 640, hms1: 7150, hms2: 4210 } },
            result:
              'Contract NM-8812 11:48: Cu #2 £5,240/t = £9,536.80; brass £3,410/t = £2,182.40; HMS1 £182/t = £1,301.30; HMS2 £168/t = £707.28 -> total £13,727.78, haulage nil. Valid 24 h.',
          },
          {
            say: 'NM-8812 locked 11:48: Cu £9,536.80, brass £2,182.40, HMS1 £1,301.30, HMS2 £707.28 — £13,727.78 total.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'vehicle-wrap-bonnet-excluded-brief-paraphrased',
    title:
      'The customer asks for a satin-black wrap without the bonnet and without removing the badges; the coordinator paraphrases both exclusions and the installer follows them',
    domain: 'vehicle wrap studio',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task: two "do not" instructions paraphrased in the briefs and both followed',
    request:
      'Hi, I’d like my 2024 Tesla Model Y (Pearl White, reg. LN24 XPT) wrapped in satin black — but please do NOT wrap the bonnet, it has a ceramic coating I paid £900 for, and don’t take the badges off (lease car). Any date in the week of 14 June works. How much? — Dev Malhotra',
    topology: {
      shape: 'supervisor',
      coordinator: 'studio_coordinator',
      workers: ['wrap_designer', 'install_scheduler'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'studio_coordinator',
        description: 'Front of house for the wrap studio',
        instructions: 'Get a spec and price from the designer, book the install, reply to the customer.',
        replies: [
          {
            handoff: 'wrap_designer',
            message:
              'Quote + spec VW-27-0614, Model Y 2024 (LN24 XPT), Pearl White -> satin black. Leave the bonnet as is (ceramic coated, customer paid for it) and badges stay on the car — lease vehicle, wrap around them.',
          },
          {
            handoff: 'install_scheduler',
            message:
              'VW-27-0614 Model Y partial wrap (everything but the bonnet), ~2.5 days, any day w/c 14 Jun. Book bay + installer.',
          },
          {
            say: 'Hi Dev, thanks for getting in touch!\n\nQuote VW-27-0614 — Model Y satin black (3M 2080 S12), all panels except the bonnet, which stays in its ceramic-coated Pearl White; badges stay on, we wrap around them. £2,150 incl. VAT, 3-year film warranty.\nBooked: drop-off Mon 14 June 08:30, ready Wed 16 June 16:00 (Bay 2).\n£300 deposit secures the slot.\n\nCheers,\nWrap studio',
          },
        ],
      },
      {
        name: 'wrap_designer',
        description: 'Specifies and prices wraps',
        instructions: 'Specify film, panels and price.',
        replies: [
          {
            call: 'spec_wrap',
            args: {
              vehicle: 'Tesla Model Y 2024',
              film: '3M 2080 S12 Satin Black',
              panels: [
                'roof',
                'doors x4',
                'front wings',
                'rear quarters',
                'tailgate',
                'front bumper',
                'rear bumper',
                'mirrors',
              ],
              exclude: ['bonnet'],
              badges: 'keep, cut around',
            },
            result:
              'Spec WS-0614: 16.5 m film (1.52 m roll), panels 11, bonnet excluded, badges relieved in place. Labour 19 h. Price £2,150 incl. VAT.',
          },
          {
            say: 'WS-0614: 3M 2080 S12, 11 panels, bonnet left uncovered, badges cut around (not removed). 16.5 m film, 19 h, £2,150 incl. VAT.',
          },
        ],
      },
      {
        name: 'install_scheduler',
        description: 'Books installers and bays',
        instructions: 'Book the install.',
        replies: [
          {
            call: 'book_bay',
            args: { job: 'VW-27-0614', hours: 19, week: '2027-06-14' },
            result: 'Bay 2, installers K. Osei + L. Vance, Mon 14/06 08:30 – Wed 16/06 16:00.',
          },
          { say: 'Bay 2, Mon 14 Jun 08:30 to Wed 16 Jun 16:00, K. Osei + L. Vance.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'tiny-house-insulation-imperial-converted-in-quote',
    title:
      'A US-style brief in feet, inches and imperial R-values is converted to metric by the insulation designer, correctly, and the quote uses the converted figures',
    domain: 'tiny house builds',
    mast: ['FM-2.4', 'FM-2.6'],
    nearMissOf:
      'low_quality_output: imperial figures reformatted to metric by the designer, correctly, and used in the quote',
    request:
      'Quote for insulating our tiny house shell on a 24 ft × 8.5 ft trailer: walls 2×4 studs (3.5 in cavity), wall height 7.5 ft, about 60 sq ft of windows and door. We want at least R-13 in the walls and R-30 in the roof (roof area = floor area). Natural materials preferred (sheep’s wool or wood fibre). Build slot w/c 21 Jun 2027. — Maya & Tom, Bude',
    topology: {
      shape: 'branch',
      classifier: 'build_desk',
      routes: { insulation: 'insulation_designer', electrics: 'electrical_designer' },
      after: 'quote_writer',
    },
    agents: [
      {
        name: 'build_desk',
        description: 'Routes customer requests',
        instructions: 'Label the request insulation or electrics.',
        replies: [{ say: 'insulation — wall + roof quote, natural materials, 24 × 8.5 ft trailer shell.' }],
      },
      {
        name: 'electrical_designer',
        description: 'Designs tiny house electrics',
        instructions: 'Design electrics.',
        replies: [{ say: 'Nothing for electrics here.' }],
      },
      {
        name: 'insulation_designer',
        description: 'Specifies insulation',
        instructions: 'Specify insulation in metric for our suppliers, from the customer’s figures.',
        prompt: 'Route: {input}\n\nCustomer: {request}',
        replies: [
          {
            call: 'insulation_calc',
            args: {
              wall_area_m2: 39.7,
              roof_area_m2: 18.95,
              wall_cavity_mm: 89,
              target_wall_rsi: 2.29,
              target_roof_rsi: 5.28,
              materials: ['sheep wool', 'wood fibre'],
            },
            result:
              'Walls: Thermafleece CosyWool 90 mm (λ 0.039) RSI 2.31 ≥ 2.29 OK, 39.7 m² -> 42 m² incl. 5 % waste, 7 packs. Roof: 140 mm Steico Flex (λ 0.036) RSI 3.89 + 60 mm Steico Universal board (λ 0.048) RSI 1.25 = 5.14 -> below 5.28; use 160 mm Flex RSI 4.44 + 60 mm board 1.25 = 5.69 OK, 18.95 m² -> 20 m².',
          },
          {
            say: 'Metric take-off from the customer’s figures:\n| item | imperial | metric |\n|---|---|---|\n| walls | 2 × (24 + 8.5) ft × 7.5 ft − 60 ft² = 427.5 ft² | 39.7 m² |\n| roof | 24 × 8.5 ft = 204 ft² | 18.95 m² |\n| stud cavity | 3.5 in | 89 mm |\n| wall target | R-13 | RSI 2.29 |\n| roof target | R-30 | RSI 5.28 |\nSpec: walls 90 mm Thermafleece CosyWool (RSI 2.31), 42 m² incl. waste. Roof 160 mm Steico Flex + 60 mm Steico Universal (RSI 5.69), 20 m². First roof option (140 mm, RSI 5.14) fell short, so upsized.',
          },
        ],
      },
      {
        name: 'quote_writer',
        description: 'Writes customer quotes',
        instructions: 'Write the quote from the specification.',
        prompt: 'Spec:\n{input}\n\nCustomer: {request}',
        replies: [
          {
            say: 'Hi Maya & Tom,\n\nQuote TH-0621 — insulation for your 24 × 8.5 ft shell:\n- Walls (39.7 m² ≈ 427 sq ft): 90 mm Thermafleece sheep’s wool in the 3.5 in stud bays, RSI 2.31 (≈ R-13.1) — £1,240\n- Roof (18.95 m² ≈ 204 sq ft): 160 mm Steico Flex wood fibre + 60 mm Steico Universal board, RSI 5.69 (≈ R-32) — £1,615\n- Vapour control + tapes — £185\n- Labour, 3 days w/c 21 June — £1,260\nTotal £4,300 incl. VAT. Both targets (R-13 walls, R-30 roof) met.\n\nBest, the build team',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch24Scenarios = [...faults, ...healthy];
