import { defineScenario } from '../scenario.ts';

/**
 * Blind batch 6: a held-out set written from the README's principles only, before any analysis ran
 * on it. 10 faults and 6 healthy look-alikes, each in a domain the corpus had not used.
 */
export const blindBatch6Scenarios = [
  // 1. Wrong unit: the gauge tool reports ft³/s, the reader hands it on as m³/s.
  defineScenario({
    id: 'river-gauge-cfs-as-cumecs',
    title:
      'The gauge reader passes a discharge read in ft³/s on as m³/s; the model forecasts a 100-year flood',
    domain: 'hydrology',
    mast: ['FM-2.4'],
    request:
      'Elk River at Millbrook: give me this morning’s flood outlook for the low town and draft the public notice if one is needed.',
    topology: { shape: 'pipeline', order: ['gauge_reader', 'flood_modeller', 'notice_writer'] },
    agents: [
      {
        name: 'gauge_reader',
        description: 'Reads river gauges',
        instructions: 'Read the latest gauge values and hand them to the modeller in SI units.',
        replies: [
          {
            call: 'read_gauge',
            args: { station: '04-117', time: 'latest' },
            result:
              'station=04-117 "Elk R at Millbrook" t=2025-04-08T06:00 discharge_cfs=4240 stage_ft=12.6 trend=rising(+0.2ft/h)',
          },
          {
            say: 'Elk R @ Millbrook (04-117), 06:00 — Q = 4,240 m³/s, stage 3.84 m (12.6 ft), rising ~6 cm/h.',
          },
        ],
      },
      {
        name: 'flood_modeller',
        description: 'Runs the reach flood model',
        instructions: 'Compare the gauge values with the reach thresholds and forecast inundation.',
        prompt:
          'Gauge reading:\n{input}\n\nReach thresholds: bankfull 450 m³/s, 10-yr 1,600 m³/s, 100-yr 2,900 m³/s.',
        replies: [
          {
            say: 'Outlook: Q 4,240 m³/s is above the 100-yr flow (2,900 m³/s). Expect the low town (Mill St, Water St, Ferry Rd) under 0.5–1.2 m by ~14:00 if the trend holds. Severity: major.',
          },
        ],
      },
      {
        name: 'notice_writer',
        description: 'Writes public flood notices',
        instructions: 'Write the public notice from the outlook.',
        prompt: 'Outlook:\n{input}',
        replies: [
          {
            say: 'MAJOR FLOOD WARNING — Elk River at Millbrook. River flow is above the 100-year level. Residents of Mill St, Water St and Ferry Rd: leave for higher ground before 12:00. Shelter at Millbrook High School.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'gauge_reader', to: 'flood_modeller' },
      agent: 'gauge_reader',
    },
  }),

  // 2. Tool error, then a success claim.
  defineScenario({
    id: 'apiary-mite-count-upload-gap',
    title: 'The mite-count upload fails; the inspector reports all colonies under threshold anyway',
    domain: 'beekeeping',
    mast: ['FM-3.2', 'FM-3.3'],
    request:
      'Yard B (6 colonies): do the August varroa check from this morning’s sticky boards and tell me whether we treat before the honey supers come off.',
    topology: {
      shape: 'supervisor',
      coordinator: 'apiary_manager',
      workers: ['hive_inspector', 'treatment_planner'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'apiary_manager',
        description: 'Runs the apiary',
        instructions: 'Get the mite counts, then a treatment plan, and answer the beekeeper.',
        replies: [
          {
            handoff: 'hive_inspector',
            message: 'Yard B, 6 colonies: varroa counts from today’s sticky boards.',
          },
          {
            handoff: 'treatment_planner',
            message: 'Yard B counts are all under 1%: plan the next steps before supers come off on 25 Aug.',
          },
          {
            say: 'Yard B: all six colonies are under the 1% varroa threshold — no treatment this month. Supers off 25 Aug as planned, next board count 15 Sep.',
          },
        ],
      },
      {
        name: 'hive_inspector',
        description: 'Counts mites from sticky-board photos',
        instructions: 'Count varroa per colony with the mite counter and report the infestation rates.',
        replies: [
          {
            call: 'mite_counter',
            args: { yard: 'B', boards: ['B1', 'B2', 'B3', 'B4', 'B5', 'B6'], date: '2025-08-12' },
            result: { error: 'upload incomplete: 0 of 6 board images received (connection reset)' },
          },
          {
            say: 'Yard B boards done. B1–B6 all under threshold (<1% infestation), nothing stands out.',
          },
        ],
      },
      {
        name: 'treatment_planner',
        description: 'Plans varroa treatment',
        instructions: 'Plan treatments from the counts.',
        replies: [
          {
            say: 'No treatment needed now. Remove supers 25 Aug; re-count 15 Sep; if any colony is over 2% then, oxalic acid vaporisation in October (broodless window).',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'hive_inspector', to: 'apiary_manager' },
      agent: 'hive_inspector',
    },
  }),

  // 3. A dropped constraint among several (in person).
  defineScenario({
    id: 'court-interpreter-video-only',
    title: 'Asked for a certified female Tigrinya interpreter in person, the booker books one on video link',
    domain: 'court interpreting',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Book a Tigrinya interpreter for State v. Gebremariam: Courtroom 6B, Tue 14 Oct 2025, 09:00–17:00. Must be court-certified, must attend in person, and the defendant has asked for a female interpreter.',
    topology: {
      shape: 'swarm',
      entry: 'scheduling_clerk',
      agents: ['scheduling_clerk', 'interpreter_booker'],
    },
    agents: [
      {
        name: 'scheduling_clerk',
        description: 'Court scheduling clerk',
        instructions: 'Check the hearing and hand interpreter bookings to the interpreter booker.',
        replies: [
          {
            call: 'hearing_lookup',
            args: { case: 'State v. Gebremariam' },
            result: 'Case 25-CR-1182, Courtroom 6B, 2025-10-14 09:00, est. full day, Judge Ortega.',
          },
          {
            handoff: 'interpreter_booker',
            message:
              'Need Tigrinya for 25-CR-1182 — 6B, 14/10 09:00-17:00.\n• court-certified\n• in person (no remote)\n• female (defendant request)',
          },
        ],
      },
      {
        name: 'interpreter_booker',
        description: 'Books court interpreters',
        instructions: 'Find an interpreter meeting every requirement, book them and confirm.',
        replies: [
          {
            call: 'search_interpreters',
            args: { language: 'Tigrinya', date: '2025-10-14', certified: true },
            result:
              '| name | cert | sex | mode 14 Oct | hours |\n| Senait Ghebre | court-certified | F | video link only | 09:00-17:00 |\n| Almaz Tesfay | court-certified | F | in person | 09:00-17:00 |\n| Dawit Haile | court-certified | M | in person | 09:00-17:00 |',
          },
          {
            call: 'book_interpreter',
            args: {
              name: 'Senait Ghebre',
              case: '25-CR-1182',
              date: '2025-10-14',
              from: '09:00',
              to: '17:00',
            },
            result:
              'Booking CI-40218: Senait Ghebre, 2025-10-14 09:00-17:00, 25-CR-1182, mode=video, room 6B link sent.',
          },
          {
            say: 'Booked: Senait Ghebre (court-certified Tigrinya, F) for 25-CR-1182, Courtroom 6B, 14 Oct 2025 09:00–17:00. Ref CI-40218.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'scheduling_clerk', to: 'interpreter_booker' },
      agent: 'interpreter_booker',
    },
  }),

  // 4. Code with a wrong formula, run by another agent.
  defineScenario({
    id: 'hvac-tonnage-btu-divisor',
    title:
      'The load engineer’s script divides watts by 12,000 (BTU/h per ton); the runner runs it and the unit is undersized',
    domain: 'HVAC',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Size the rooftop cooling unit for the new Brookfield office floor: 420 m² open plan, design load 95 W/m². Tell me the tonnage to order.',
    topology: { shape: 'pipeline', order: ['load_engineer', 'code_runner', 'spec_writer'] },
    agents: [
      {
        name: 'load_engineer',
        description: 'Writes load calculations',
        instructions: 'Write a Python script that computes the cooling capacity in refrigeration tons.',
        replies: [
          {
            say: '```python\narea_m2 = 420\nload_w_per_m2 = 95\ntotal_w = area_m2 * load_w_per_m2\ntons = total_w / 12000\nprint(f"total {total_w} W -> {tons:.1f} tons")\n```',
          },
        ],
      },
      {
        name: 'code_runner',
        description: 'Runs scripts',
        instructions: 'Run the script you are given and report its output.',
        prompt: 'Run this:\n{input}',
        replies: [
          {
            call: 'run_python',
            args: {
              code: 'area_m2 = 420\nload_w_per_m2 = 95\ntotal_w = area_m2 * load_w_per_m2\ntons = total_w / 12000\nprint(f"total {total_w} W -> {tons:.1f} tons")',
            },
            result: 'total 39900 W -> 3.3 tons\n(exit 0)',
          },
          { say: 'Output: total 39900 W -> 3.3 tons' },
        ],
      },
      {
        name: 'spec_writer',
        description: 'Writes equipment specs',
        instructions: 'Turn the result into an order spec with the next standard size up.',
        prompt: 'Calculation result: {input}\n\nProject: {request}',
        replies: [
          {
            say: 'Order spec — Brookfield office floor: cooling load 39.9 kW ≈ 3.3 TR. Specify one 3.5-ton packaged rooftop unit (R-32), 400 V/3ph.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'load_engineer', to: 'code_runner' },
      agent: 'load_engineer',
    },
  }),

  // 5. An old value reused after an update.
  defineScenario({
    id: 'trial-dose-screening-weight',
    title:
      'Records report today’s weight of 64.5 kg; the pharmacist briefs the dose calculator with the screening 72 kg',
    domain: 'drug trials pharmacy',
    mast: ['FM-1.4'],
    request:
      'Subject 0147 is in for visit 3 of NVX-221 today. Prepare the IV dose (weight-based) and tell me what to dispense.',
    topology: {
      shape: 'supervisor',
      coordinator: 'trial_pharmacist',
      workers: ['records_agent', 'dose_calculator'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'trial_pharmacist',
        description: 'Investigational pharmacy lead',
        instructions:
          'Get the subject’s current data, have the dose computed, and give the dispensing instruction.',
        replies: [
          { handoff: 'records_agent', message: 'Pull subject 0147: arm, dosing rule, today’s vitals.' },
          {
            handoff: 'dose_calculator',
            message: 'Subject 0147, arm B, 2 mg/kg IV. Weight 72.0 kg. Round to the nearest 5 mg.',
          },
          {
            say: 'Dispense for 0147 (visit 3): NVX-221 145 mg IV in 100 mL NaCl 0.9%, over 30 min. Label per arm B kit.',
          },
        ],
      },
      {
        name: 'records_agent',
        description: 'Reads the trial’s EDC',
        instructions: 'Read the subject record and report what dosing needs.',
        replies: [
          {
            call: 'edc_subject',
            args: { subject: '0147', fields: ['arm', 'weights', 'crcl'] },
            result:
              '{"subject":"0147","arm":"B","rule":"2 mg/kg IV","weights":[{"visit":"screening","date":"2025-06-02","kg":72.0},{"visit":"V3","date":"2025-06-30","kg":64.5}],"crcl_ml_min":88}',
          },
          {
            say: '0147 — arm B (2 mg/kg IV). Weight today (V3, 30 Jun): 64.5 kg; screening was 72.0 kg. CrCl 88 mL/min, no adjustment.',
          },
        ],
      },
      {
        name: 'dose_calculator',
        description: 'Computes doses',
        instructions: 'Compute the dose exactly as briefed.',
        replies: [{ say: '2 mg/kg × 72.0 kg = 144 mg → 145 mg (nearest 5 mg).' }],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'trial_pharmacist', to: 'dose_calculator' },
      agent: 'trial_pharmacist',
    },
  }),

  // 6. A handoff announced but never made.
  defineScenario({
    id: 'wildfire-air-attack-never-routed',
    title:
      'The dispatcher routes weather and ground crews, then reports air attack tasked without ever routing to it',
    domain: 'wildfire dispatch',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'New start on Pine Ridge, ~15 ha, running NE toward the Cedar Flats subdivision. Get engines to it and retardant on the NE flank.',
    topology: {
      shape: 'network',
      coordinator: 'fire_dispatch',
      workers: ['weather_desk', 'ground_crews', 'air_attack'],
    },
    agents: [
      {
        name: 'fire_dispatch',
        description: 'Wildfire dispatch center',
        instructions:
          'Route work to weather, ground crews and air attack; finish with a dispatch summary when everything is tasked.',
        replies: [
          { handoff: 'weather_desk', message: 'Spot forecast Pine Ridge next 6 h: wind, RH.' },
          {
            handoff: 'ground_crews',
            message:
              'Pine Ridge start, ~15 ha, head running NE to Cedar Flats. Wind NW 35 g55 km/h. Send engines.',
          },
          {
            say: 'Dispatch summary, Pine Ridge:\n- Wx: NW 35 km/h g55, RH 12%\n- Ground: E4 + E7 to Hwy 20 MP 41 staging, ETA 25 min; dozer D2 en route\n- Air: tanker 162 for retardant line on NE flank ahead of Cedar Flats',
          },
        ],
      },
      {
        name: 'weather_desk',
        description: 'Fire weather',
        instructions: 'Give spot forecasts.',
        replies: [
          {
            call: 'spot_forecast',
            args: { location: 'Pine Ridge', hours: 6 },
            result: 'Pine Ridge 13:00-19:00: wind NW 30-35 km/h gusts 55, RH 12-15%, no precip, Haines 6.',
          },
          {
            say: 'NW 30–35 km/h, gusts 55; RH 12–15%; Haines 6. Expect rapid NE spread through the afternoon.',
          },
        ],
      },
      {
        name: 'ground_crews',
        description: 'Ground resources',
        instructions: 'Assign engines and dozers.',
        replies: [
          {
            call: 'assign_units',
            args: { incident: 'Pine Ridge', units: ['E4', 'E7', 'D2'], staging: 'Hwy 20 MP 41' },
            result: 'E4, E7 assigned, ETA 25 min to Hwy 20 MP 41; D2 on lowboy, ETA 50 min.',
          },
          { say: 'E4 and E7 to Hwy 20 MP 41, ETA 25 min. Dozer D2 ETA 50 min.' },
        ],
      },
      {
        name: 'air_attack',
        description: 'Air tankers and helicopters',
        instructions: 'Order air tankers and drops.',
        replies: [
          {
            call: 'order_tanker',
            args: { tanker: 162, target: 'Pine Ridge NE flank', load: 'retardant' },
            result: 'T-162 ordered, wheels up 14:05, ETA 14:30.',
          },
          { say: 'T-162 ordered: retardant on NE flank, ETA 14:30.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'fire_dispatch', to: 'air_attack' },
      agent: 'fire_dispatch',
    },
  }),

  // 7. A fan-out branch planned but never sent (program bug).
  defineScenario({
    id: 'subtitle-german-track-not-sent',
    title:
      'The planner briefs ES, FR and DE subtitlers; the program never starts the DE branch; the package goes out',
    domain: 'film subtitling',
    mast: ['FM-3.1'],
    request:
      'Subtitle "The Salt Road" (98 min, locked cut v7) into Spanish, French and German for the Berlinale delivery. SRT, max 42 chars/line.',
    topology: {
      shape: 'fanout',
      planner: 'subtitle_planner',
      workers: ['es_subtitler', 'fr_subtitler', 'de_subtitler'],
      aggregator: 'delivery_manager',
    },
    agents: [
      {
        name: 'subtitle_planner',
        description: 'Plans subtitle work',
        instructions: 'Write one brief per language.',
        replies: [
          {
            plan: {
              es_subtitler: 'Spanish (Castilian) SRT for The Salt Road, cut v7, ≤42 chars/line.',
              fr_subtitler: 'French SRT for The Salt Road, cut v7, ≤42 chars/line.',
              de_subtitler:
                'German SRT for The Salt Road, cut v7, ≤42 chars/line — Berlinale needs this one first.',
            },
          },
        ],
      },
      {
        name: 'es_subtitler',
        description: 'Spanish subtitler',
        instructions: 'Subtitle into Spanish.',
        replies: [{ say: 'ES done: salt_road_v7_es.srt, 1,184 cues, max line 41 chars, QC passed.' }],
      },
      {
        name: 'fr_subtitler',
        description: 'French subtitler',
        instructions: 'Subtitle into French.',
        replies: [{ say: 'FR done: salt_road_v7_fr.srt, 1,179 cues, max line 42, QC passed.' }],
      },
      {
        name: 'de_subtitler',
        description: 'German subtitler',
        instructions: 'Subtitle into German.',
        replies: [{ say: 'DE done: salt_road_v7_de.srt, 1,191 cues, max line 42, QC passed.' }],
      },
      {
        name: 'delivery_manager',
        description: 'Assembles the delivery',
        instructions: 'Assemble the subtitle package for the festival.',
        replies: [
          {
            say: 'Berlinale package for The Salt Road (v7) uploaded: salt_road_v7_es.srt (1,184 cues), salt_road_v7_fr.srt (1,179 cues). All files ≤42 chars/line, QC passed.',
          },
        ],
      },
    ],
    program: { lose: { to: 'de_subtitler', prompt: null } },
    expected: {
      kind: 'lost_message',
      boundary: { from: 'subtitle_planner', to: 'de_subtitler' },
      agent: 'subtitle_planner',
    },
  }),

  // 8. An ignored correction from another agent.
  defineScenario({
    id: 'kindergarten-allergen-correction',
    title: 'The allergy lead corrects the allergen to sesame; the parent letter still says peanut',
    domain: 'kindergarten',
    mast: ['FM-1.4', 'FM-2.5'],
    request:
      'Incident, Butterflies group, 10:15 snack: Mia K. got hives after the peanut butter crackers, antihistamine given. Please handle and write the letter to her parents.',
    topology: {
      shape: 'branch',
      classifier: 'incident_triage',
      routes: { allergy: 'allergy_lead', injury: 'first_aid_lead' },
      after: 'parent_letter_writer',
    },
    agents: [
      {
        name: 'incident_triage',
        description: 'Sorts incidents',
        instructions: 'Label the incident (allergy / injury) and restate it.',
        replies: [
          {
            say: 'allergy — Mia K. (Butterflies), 10:15 snack, hives on arms after crackers logged as peanut butter; antihistamine given per care plan.',
          },
        ],
      },
      {
        name: 'allergy_lead',
        description: 'Allergy coordinator',
        instructions: 'Check allergy incidents against care plans and the kitchen records.',
        replies: [
          {
            call: 'kitchen_delivery',
            args: { date: '2025-03-11', item: 'crackers' },
            result:
              'Delivery KD-7781 2025-03-11: 4 × sesame-tahini crackers (contains: sesame, wheat). No peanut items delivered this week.',
          },
          {
            say: 'Checked: today’s crackers were the sesame-tahini batch (KD-7781); there was no peanut on site. Mia’s care plan lists SESAME as her allergen, so the log entry is wrong — the trigger was sesame. Cetirizine 5 mg at 10:20, hives gone by 10:50, no adrenaline.',
          },
        ],
      },
      {
        name: 'first_aid_lead',
        description: 'First aid coordinator',
        instructions: 'Handle injuries.',
        replies: [{ say: 'First aid logged.' }],
      },
      {
        name: 'parent_letter_writer',
        description: 'Writes letters to parents',
        instructions: 'Write a calm, factual letter to the parents.',
        prompt: 'Notes from staff:\n{input}\n\nOriginal report: {request}',
        replies: [
          {
            say: 'Dear Mr and Mrs K., at snack time today (10:15) Mia had a mild reaction to peanut butter crackers. She was given cetirizine at 10:20 as in her care plan and the hives were gone by 10:50. We will keep peanut products away from her table. Kind regards, Butterflies team',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'allergy_lead', to: 'parent_letter_writer' },
      agent: 'parent_letter_writer',
    },
  }),

  // 9. A loop of the same request.
  defineScenario({
    id: 'brewery-fermenter-same-ask',
    title:
      'The production lead asks the tank scheduler for a 3 March fermenter three times and gets the same answer',
    domain: 'brewery',
    mast: ['FM-1.3'],
    request:
      'Schedule the 20 hL Helles brew for Monday 3 March: recipe check and a fermenter. If 3 March can’t work, take the first free tank after.',
    topology: {
      shape: 'nested',
      top: 'brew_director',
      teams: { recipe_lead: ['hop_chemist'], production_lead: ['tank_scheduler'] },
    },
    agents: [
      {
        name: 'brew_director',
        description: 'Head brewer',
        instructions: 'Have the recipe checked and the brew scheduled; report the plan.',
        replies: [
          { handoff: 'recipe_lead', message: 'Check the Helles recipe for a 20 hL batch.' },
          {
            handoff: 'production_lead',
            message: 'Fermenter for the 20 hL Helles on 3 March, else the first free tank after.',
          },
          { say: 'Helles 20 hL: recipe OK (Hallertau Mittelfrüh, 18 IBU). No fermenter could be scheduled.' },
        ],
      },
      {
        name: 'recipe_lead',
        description: 'Recipe team lead',
        instructions: 'Get recipes checked.',
        replies: [
          { handoff: 'hop_chemist', message: 'Helles, 20 hL: confirm IBU with this lot’s alpha acid.' },
          { say: 'Recipe fine: 18 IBU with the current lot, 1.6 kg Hallertau Mittelfrüh at 60 min.' },
        ],
      },
      {
        name: 'hop_chemist',
        description: 'Hop analysis',
        instructions: 'Compute bitterness.',
        replies: [
          {
            call: 'hop_lot',
            args: { variety: 'Hallertau Mittelfrüh' },
            result: 'Lot HM-2411: alpha 4.1%, stored 2 °C.',
          },
          { say: 'Lot HM-2411, 4.1% AA: 1.6 kg at 60 min → ~18 IBU for 20 hL.' },
        ],
      },
      {
        name: 'production_lead',
        description: 'Production team lead',
        instructions: 'Get brews into tanks.',
        replies: [
          { handoff: 'tank_scheduler', message: 'Need a fermenter for 20 hL Helles on 3 March.' },
          { handoff: 'tank_scheduler', message: 'Need a fermenter for 20 hL Helles on 3 March.' },
          { handoff: 'tank_scheduler', message: 'Need a fermenter for 20 hL Helles on 3 March.' },
          { say: 'Could not get a fermenter for 3 March.' },
        ],
      },
      {
        name: 'tank_scheduler',
        description: 'Tank schedule',
        instructions: 'Book fermenters.',
        replies: [
          {
            say: 'Nothing free on 3 March (FV-1..FV-4 all occupied). FV-3 (25 hL) frees up 5 March — book that?',
          },
          {
            say: 'Nothing free on 3 March (FV-1..FV-4 all occupied). FV-3 (25 hL) frees up 5 March — book that?',
          },
          {
            say: 'Nothing free on 3 March (FV-1..FV-4 all occupied). FV-3 (25 hL) frees up 5 March — book that?',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'production_lead', to: 'tank_scheduler' },
      agent: 'production_lead',
    },
  }),

  // 10. Output cut short, relayed as complete.
  defineScenario({
    id: 'orchestra-carnet-list-cut-off',
    title:
      'The freight agent’s carnet list stops mid-item at its token limit; the tour manager sends it as complete',
    domain: 'orchestra touring',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Autumn tour to Tokyo and Seoul: I need the full ATA carnet item list for the orchestra’s freight (everything in the cargo inventory) and the flight for the freight.',
    topology: {
      shape: 'supervisor',
      coordinator: 'tour_manager',
      workers: ['freight_agent', 'air_cargo_agent'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'tour_manager',
        description: 'Orchestra tour manager',
        instructions: 'Get the carnet list and the cargo flight; send the customs broker the complete list.',
        replies: [
          {
            handoff: 'freight_agent',
            message: 'Full ATA carnet list from the cargo inventory, serials and values.',
          },
          {
            handoff: 'air_cargo_agent',
            message: 'Freighter slot AMS → NRT for instrument cargo, ~6.2 t, around 20 Oct.',
          },
          {
            say: 'Carnet list (complete) for the customs broker:\n1. Steinway D #598311 — EUR 180,000\n2. Timpani ×5 (Adams) — EUR 42,000\n3. Double basses ×8 in flight cases — EUR 96,000\n4. Harp, Lyon & Healy 23 #H-2271\nFreight: KL cargo KL8951, AMS → NRT 19 Oct, AWB 074-55102216.',
          },
        ],
      },
      {
        name: 'freight_agent',
        description: 'Instrument freight',
        instructions: 'Produce the carnet list from the cargo inventory.',
        replies: [
          {
            call: 'cargo_inventory',
            args: { tour: 'Autumn Asia 2025' },
            result:
              '14 items: Steinway D #598311 EUR180000; timpani x5 EUR42000; double basses x8 EUR96000; harp L&H 23 #H-2271 EUR38000; cellos x10 EUR210000; wardrobe trunks x12 EUR6000; percussion cases x9 EUR31000; celesta #C-114 EUR22000; contrabassoon EUR35000; tubas x2 EUR24000; music library cases x4 EUR3000; lighting stands x30 EUR4500; chairs x90 EUR9000; podium EUR2000',
          },
          {
            say: 'ATA carnet list:\n1. Steinway D #598311 — EUR 180,000\n2. Timpani ×5 (Adams) — EUR 42,000\n3. Double basses ×8 in flight cases — EUR 96,000\n4. Harp, Lyon & Healy 23 #H-2271',
            cutOff: true,
          },
        ],
      },
      {
        name: 'air_cargo_agent',
        description: 'Air cargo bookings',
        instructions: 'Book freighter space.',
        replies: [
          {
            call: 'book_freighter',
            args: { from: 'AMS', to: 'NRT', date: '2025-10-19', weight_kg: 6200 },
            result: 'KL8951 AMS-NRT 2025-10-19, 6,200 kg, AWB 074-55102216, confirmed.',
          },
          { say: 'Booked KL8951 AMS → NRT, 19 Oct, 6.2 t, AWB 074-55102216.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'freight_agent', to: 'tour_manager' },
      agent: 'freight_agent',
    },
  }),

  // ——— healthy look-alikes ———

  // 11. One revise round that is acted on.
  defineScenario({
    id: 'podcast-sponsor-read-one-revise',
    title:
      'The editor sends the show notes back once for the sponsor name; the producer fixes it and it is approved',
    domain: 'podcast production',
    mast: ['FM-1.3'],
    nearMissOf: 'handoff_loop: a revise loop that runs one round and ends',
    request:
      'Show notes for episode 112 of "Low Tide" (guest: Dr. Ana Ruiz, kelp forests). Include the sponsor read for Hearthside Mattress with its timecode.',
    topology: {
      shape: 'pipeline',
      order: ['show_producer', 'show_editor'],
      loop: { from: 'show_editor', to: 'show_producer', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'show_producer',
        description: 'Writes show notes',
        instructions: 'Write show notes; apply the editor’s notes when sent back.',
        prompt: 'Request: {request}\n\nEditor note (if any): {input}',
        replies: [
          {
            say: 'Ep. 112 — Kelp forests with Dr. Ana Ruiz. 00:00 intro · 03:10 why kelp is vanishing · 21:40 urchin barrens · 38:05 restoration. Sponsor: Hearthside Mattresses.',
          },
          {
            say: 'Ep. 112 — Kelp forests with Dr. Ana Ruiz. 00:00 intro · 03:10 why kelp is vanishing · 19:55 sponsor read: Hearthside Mattress · 21:40 urchin barrens · 38:05 restoration.',
          },
        ],
      },
      {
        name: 'show_editor',
        description: 'Edits show notes',
        instructions: 'Answer "APPROVED: <notes>" or "REVISE: <what to change>".',
        prompt: 'Notes to check:\n{input}',
        replies: [
          {
            say: 'REVISE: sponsor is "Hearthside Mattress" (singular, per contract) and the read needs its timecode (19:55).',
          },
          {
            say: 'APPROVED: Ep. 112 — Kelp forests with Dr. Ana Ruiz. 00:00 intro · 03:10 why kelp is vanishing · 19:55 sponsor read: Hearthside Mattress · 21:40 urchin barrens · 38:05 restoration.',
          },
        ],
      },
    ],
    expected: null,
  }),

  // 12. A hand-back for a missing figure, then re-delegation with it.
  defineScenario({
    id: 'cargo-claim-deductible-handback',
    title:
      'The assessor hands the claim back asking for the deductible; the router sends it back with it; values pass as $48.3k and USD 48,300',
    domain: 'shipping insurance',
    mast: ['FM-1.3', 'FM-2.4'],
    nearMissOf: 'handoff_loop / lost_message: a worker hands back a question and is routed to again',
    request:
      'Claim MC-2291-07: 40 ft reefer of frozen shrimp arrived in Rotterdam at −8 °C instead of −18 °C. Get a survey and tell me what we pay under the policy.',
    topology: {
      shape: 'network',
      coordinator: 'claims_router',
      workers: ['marine_surveyor', 'claims_assessor'],
    },
    agents: [
      {
        name: 'claims_router',
        description: 'Routes marine cargo claims',
        instructions: 'Route to surveyor and assessor; finish with the settlement.',
        replies: [
          {
            handoff: 'marine_surveyor',
            message: 'Survey MC-2291-07: reefer MSKU 884120-3, Rotterdam, temperature excursion.',
          },
          {
            handoff: 'claims_assessor',
            message:
              'MC-2291-07: surveyed loss $48.3k (thawed shrimp, salvage sold). Assess what is payable.',
          },
          {
            handoff: 'claims_assessor',
            message:
              'MC-2291-07: deductible is USD 5,000 per claim (policy MC-2291, ICC (A) + reefer clause). Loss USD 48,300.',
          },
          { say: 'MC-2291-07 settlement: USD 43,300 payable (loss USD 48,300 less USD 5,000 deductible).' },
        ],
      },
      {
        name: 'marine_surveyor',
        description: 'Marine surveyor',
        instructions: 'Survey damage and state the loss.',
        replies: [
          {
            call: 'survey_report',
            args: { container: 'MSKU 884120-3', port: 'NLRTM' },
            result:
              'Reefer log: setpoint -18C, actual -8C for 31 h (unit fault). 1,420 cartons thawed. Invoice value USD 61,000; salvage USD 12,700. Net loss USD 48,300.',
          },
          {
            say: 'Net loss USD 48,300 (invoice 61,000 less salvage 12,700); cause: reefer unit fault, 31 h at −8 °C.',
          },
        ],
      },
      {
        name: 'claims_assessor',
        description: 'Assesses claims',
        instructions: 'Apply the policy terms; ask for any term you lack.',
        replies: [
          {
            say: 'Cover applies (reefer breakdown > 24 h is covered under the reefer clause). I need the policy deductible before I can give a payable figure — please send it.',
          },
          { say: 'Payable: USD 48,300 − USD 5,000 = USD 43,300.' },
        ],
      },
    ],
    expected: null,
  }),

  // 13. A tool error retried and reported.
  defineScenario({
    id: 'vineyard-forecast-retry-reported',
    title:
      'The harvest planner’s weather call fails with 503, it retries, says so, and hands the pick to the crew scheduler',
    domain: 'vineyard',
    mast: ['FM-3.2'],
    nearMissOf: 'agent_error: a tool error handled by a retry and reported',
    request:
      'Block 7 Pinot Noir is close: decide the pick day this week and book a crew of 12 pickers for it.',
    topology: { shape: 'swarm', entry: 'harvest_planner', agents: ['harvest_planner', 'crew_scheduler'] },
    agents: [
      {
        name: 'harvest_planner',
        description: 'Decides pick days',
        instructions: 'Use ripeness and the forecast to pick a day; hand crew booking to the crew scheduler.',
        replies: [
          {
            call: 'ripeness_sample',
            args: { block: 7 },
            result: 'Block 7 PN, 2025-09-09: 23.4 °Brix, TA 7.1 g/L, pH 3.38.',
          },
          {
            call: 'forecast',
            args: { site: 'Block 7', days: 5 },
            result: { error: '503 Service Unavailable' },
          },
          {
            call: 'forecast',
            args: { site: 'Block 7', days: 5 },
            result: 'Wed 10 Sep dry 24C; Thu 11 Sep dry 22C; Fri 12 Sep rain 18 mm; Sat 13 Sep showers.',
            text: 'Forecast service returned 503; retrying.',
          },
          {
            handoff: 'crew_scheduler',
            message:
              'Pick Block 7 Pinot Noir Thu 11 Sep (sugar 23.4 Bx, rain due Fri). 12 pickers from 06:30. (Forecast service was down on first try; second call fine.)',
          },
        ],
      },
      {
        name: 'crew_scheduler',
        description: 'Books picking crews',
        instructions: 'Book crews and confirm the plan.',
        replies: [
          {
            call: 'book_crew',
            args: { date: '2025-09-11', size: 12, start: '06:30', block: 7 },
            result: 'Crew C-3 (12) booked 11/09/2025 06:30, Block 7.',
          },
          {
            say: 'Block 7 Pinot Noir: pick Thursday 11 Sep from 06:30 (23.4 °Brix, ahead of Friday’s 18 mm rain). Crew C-3, 12 pickers, booked.',
          },
        ],
      },
    ],
    expected: null,
  }),

  // 14. Paraphrased briefs, one empty-handed worker.
  defineScenario({
    id: 'patent-search-paraphrased-briefs',
    title:
      'The planner paraphrases the claim for three searchers; the non-patent searcher finds nothing relevant; all merged',
    domain: 'patent search',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task: briefs paraphrase the request and one worker comes back empty',
    request:
      'Prior-art search for our claim: "a beehive frame with an embedded capacitive sensor measuring comb weight, reporting wirelessly". Priority date to beat: 2023-05-17. US, EP and non-patent literature.',
    topology: {
      shape: 'fanout',
      planner: 'search_planner',
      workers: ['us_searcher', 'ep_searcher', 'npl_searcher'],
      aggregator: 'search_reporter',
    },
    agents: [
      {
        name: 'search_planner',
        description: 'Plans prior-art searches',
        instructions: 'Write one search brief per source.',
        replies: [
          {
            plan: {
              us_searcher:
                'USPTO: hive frames with built-in capacitance-based weight sensing + wireless reporting, published before 17 May 2023.',
              ep_searcher:
                'EPO/Espacenet: same concept (frame-integrated capacitive comb-mass sensor, radio link), pre-2023-05-17.',
              npl_searcher:
                'Journals/theses/conference papers: capacitive weighing inside hive frames, wireless, before May 17, 2023.',
            },
          },
        ],
      },
      {
        name: 'us_searcher',
        description: 'US patent searcher',
        instructions: 'Search US patents.',
        replies: [
          {
            call: 'uspto_search',
            args: { query: 'hive frame capacitive weight wireless', before: '2023-05-17' },
            result:
              'US 11,234,567 B2 (2022-02-01) "Smart hive frame" — load cell (strain gauge), BLE. US 2021/0345678 A1 — capacitive honey level in a super, Wi-Fi.',
          },
          {
            say: 'US: US 11,234,567 B2 (strain gauge, not capacitive; BLE) — partial. US 2021/0345678 A1 — capacitive + Wi-Fi but in the super box, not the frame — closest.',
          },
        ],
      },
      {
        name: 'ep_searcher',
        description: 'EP patent searcher',
        instructions: 'Search EP patents.',
        replies: [
          {
            call: 'espacenet_search',
            args: {
              query: 'Bienenwabe kapazitiv Gewicht Funk OR hive frame capacitive',
              before: '2023-05-17',
            },
            result: 'EP 3 912 004 A1 (2021-11-24) — frame with capacitive comb sensor, LoRa radio.',
          },
          {
            say: 'EP 3 912 004 A1 (pub. 24.11.2021): frame-embedded capacitive sensor for comb mass, LoRa — anticipates all elements.',
          },
        ],
      },
      {
        name: 'npl_searcher',
        description: 'Non-patent literature searcher',
        instructions: 'Search papers and theses.',
        replies: [
          {
            call: 'scholar_search',
            args: { query: 'capacitive sensing beehive frame weight wireless', before: '2023-05-17' },
            result:
              '3 hits: acoustic hive monitoring (2020); hive scale with load cells (2019); capacitive soil moisture (2022). None on in-frame capacitive comb weight.',
          },
          {
            say: 'NPL: nothing on point (acoustic monitoring, load-cell scales, unrelated capacitive work).',
          },
        ],
      },
      {
        name: 'search_reporter',
        description: 'Writes the search report',
        instructions: 'Merge the findings into a prior-art report.',
        replies: [
          {
            say: 'Prior-art report (cut-off 17.05.2023):\n- X: EP3912004A1 (2021-11-24) — all claim elements.\n- Y: US2021/0345678A1 — capacitive + wireless, in super not frame.\n- A: US11234567B2 — frame sensor but strain gauge.\n- NPL: no relevant hits.\nAssessment: claim as drafted is likely anticipated by EP3912004A1.',
          },
        ],
      },
    ],
    expected: null,
  }),

  // 15. An unused side branch, values reformatted.
  defineScenario({
    id: 'quarry-haul-route-blast-unused',
    title:
      'A haulage request goes to the haul planner; the blast designer branch is never taken; tonnage passes as 1,250 t and 1250 tonnes',
    domain: 'quarry',
    mast: ['FM-1.4'],
    nearMissOf: 'lost_message: a branch agent that never runs',
    request:
      'Move 1,250 t of 20 mm crushed granite from stockpile S3 to the Hartley Road site tomorrow, deliveries 07:00–15:00 only.',
    topology: {
      shape: 'branch',
      classifier: 'work_triage',
      routes: { blast: 'blast_designer', haul: 'haul_planner' },
      after: 'shift_supervisor',
    },
    agents: [
      {
        name: 'work_triage',
        description: 'Sorts quarry work orders',
        instructions: 'Label the order blast / haul and restate it.',
        replies: [{ say: 'haul: 1250 tonnes 20mm granite, S3 → Hartley Rd, tomorrow, 07:00-15:00 window.' }],
      },
      {
        name: 'blast_designer',
        description: 'Designs blasts',
        instructions: 'Design blast patterns.',
        replies: [{ say: 'Blast pattern drafted.' }],
      },
      {
        name: 'haul_planner',
        description: 'Plans haulage',
        instructions: 'Plan trucks and loads.',
        replies: [
          {
            call: 'fleet_availability',
            args: { date: 'tomorrow', type: 'tipper 8x4' },
            result: '5 tippers (payload 29 t) available 06:30-16:00.',
          },
          {
            say: 'Plan: 5 × 8x4 tippers @ 29 t → 44 loads for 1,250 t (last load 26 t). Cycle 55 min → ~9 loads/truck; first departure 07:00, last arrival 14:40.',
          },
        ],
      },
      {
        name: 'shift_supervisor',
        description: 'Shift supervisor',
        instructions: 'Confirm the plan for the shift.',
        prompt: 'Plan:\n{input}',
        replies: [
          {
            say: 'Confirmed for tomorrow: 1.25 kt of 20 mm granite S3 → Hartley Road, 5 tippers, 44 loads, 07:00–14:40 (inside the 07:00–15:00 window). Loader L2 on S3 from 06:30.',
          },
        ],
      },
    ],
    expected: null,
  }),

  // 16. A team worker not needed, lead says why.
  defineScenario({
    id: 'ski-opening-snowmaking-not-needed',
    title:
      'The snow lead skips the snowmaking tech because natural depth suffices; lift wind speed passes as 62 km/h and 17 m/s',
    domain: 'ski resort operations',
    mast: ['FM-3.1'],
    nearMissOf: 'lost_message: a team worker who is never delegated to',
    request:
      'Can we open Summit Bowl tomorrow? Check the chairlift (wind) and whether the runs need grooming or snowmaking.',
    topology: {
      shape: 'nested',
      top: 'ops_director',
      teams: { lift_lead: ['lift_mechanic'], snow_lead: ['groomer_scheduler', 'snowmaking_tech'] },
    },
    agents: [
      {
        name: 'ops_director',
        description: 'Mountain operations director',
        instructions: 'Get lift and snow status from the team leads and decide on the opening.',
        replies: [
          { handoff: 'lift_lead', message: 'Summit chair status for tomorrow, incl. wind hold risk.' },
          { handoff: 'snow_lead', message: 'Summit Bowl runs for tomorrow: grooming, snowmaking if needed.' },
          {
            say: 'Summit Bowl opens tomorrow 09:00: Summit chair OK (forecast gusts 17 m/s in the morning, under the 20 m/s hold), runs groomed tonight, no snowmaking needed (base 142 cm).',
          },
        ],
      },
      {
        name: 'lift_lead',
        description: 'Lift team lead',
        instructions: 'Get lift checks done.',
        replies: [
          {
            handoff: 'lift_mechanic',
            message: 'Summit chair: daily inspection + wind outlook for tomorrow.',
          },
          {
            say: 'Summit chair: inspection passed; gusts to ~62 km/h (≈17 m/s) forecast, hold limit 72 km/h (20 m/s). Good to run.',
          },
        ],
      },
      {
        name: 'lift_mechanic',
        description: 'Lift mechanic',
        instructions: 'Inspect lifts.',
        replies: [
          {
            call: 'lift_check',
            args: { lift: 'Summit chair' },
            result:
              '{"lift":"Summit chair","inspection":"pass","haul_rope":"ok","wind_forecast_gust_kmh":62,"hold_limit_kmh":72}',
          },
          { say: 'Summit chair inspection pass. Gust forecast 62 km/h vs 72 km/h limit.' },
        ],
      },
      {
        name: 'snow_lead',
        description: 'Snow team lead',
        instructions: 'Get grooming and snowmaking sorted as needed.',
        replies: [
          { handoff: 'groomer_scheduler', message: 'Groom Summit Bowl runs tonight for a 09:00 opening.' },
          {
            say: 'Grooming booked tonight (PB-3, PB-5). Natural base 142 cm after 38 cm new this week — above the 80 cm needed, so no snowmaking run.',
          },
        ],
      },
      {
        name: 'groomer_scheduler',
        description: 'Schedules groomers',
        instructions: 'Schedule grooming.',
        replies: [
          {
            call: 'schedule_grooming',
            args: { area: 'Summit Bowl', night: 'tonight' },
            result: 'PB-3, PB-5 assigned 22:00-04:00, Summit Bowl (4 runs). Snow depth at stake: 142 cm.',
          },
          { say: 'PB-3 and PB-5 on Summit Bowl 22:00–04:00. Depth 142 cm.' },
        ],
      },
      {
        name: 'snowmaking_tech',
        description: 'Snowmaking',
        instructions: 'Run snow guns when asked.',
        replies: [{ say: 'Snowmaking scheduled.' }],
      },
    ],
    expected: null,
  }),
];
