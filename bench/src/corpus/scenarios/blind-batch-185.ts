import { defineScenario } from '../scenario.ts';

// Blind batch 185: a Queensland open-cut coal mine — blast design, explosives magazine and
// exclusion-zone scheduling. Written from the README principles only; expected diagnoses were
// fixed before any run.

const faults = [
  defineScenario({
    id: 'qcb-mic-limit-revised-calc-uses-old',
    title:
      'The blast designer reports the vibration-limited MIC for shot B-3412 revised down to 410 kg, but the charge calculator loads holes to the 520 kg MIC from the request',
    domain: 'open-cut blast design',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Design shot B-3412 (Pit 4 North, strip 17, RL 148 bench, 86 holes, 229 mm, 12.0 m deep) for firing on Thu 18 Mar 2027. The approved maximum instantaneous charge (MIC) from the last vibration review is 520 kg per 8 ms delay. Produce a per-hole charge table and a shotfirer brief.',
    topology: {
      shape: 'pipeline',
      order: ['blast_designer', 'charge_calculator', 'shotfirer_briefer'],
    },
    agents: [
      {
        name: 'blast_designer',
        description: 'Sets pattern, delays and the governing vibration limits for a shot',
        instructions:
          'Check the current vibration and airblast limits for the shot location and fix the pattern and MIC the charge calculation must respect.',
        replies: [
          {
            call: 'vibration_limit_lookup',
            args: { shot: 'B-3412', pit: 'P4N', nearest_receptor: 'Lot 7 homestead (Isaac Rd)' },
            result:
              '{"receptor": "Lot 7 homestead", "distance_m": 2140, "ppv_limit_mm_s": 5.0, "site_constant_K": 1140, "mic_kg_per_8ms": 410, "mic_previous_kg": 520, "revised_on": "2027-03-11", "reason": "regression refit after monitor VM-07 exceedance 4.6 mm/s on shot B-3388"}',
          },
          {
            say: 'Shot B-3412 design basis:\n\n| item | value |\n|---|---|\n| pattern | 6.5 m burden x 7.5 m spacing, staggered |\n| holes | 86 x 229 mm, 12.0 m, subdrill 1.0 m |\n| delays | 42 ms inter-hole, 100 ms inter-row (2 holes max per 8 ms window) |\n| governing receptor | Lot 7 homestead, 2,140 m, PPV limit 5.0 mm/s |\n| **MIC** | **410 kg per 8 ms** (refit 11 Mar after VM-07 read 4.6 mm/s on B-3388; previous 520 kg no longer applies) |\n\nCharge calculation must keep any 8 ms window at or below 410 kg.',
          },
        ],
      },
      {
        name: 'charge_calculator',
        description: 'Turns the design into per-hole explosive loads',
        instructions: 'Compute per-hole product, stemming and the worst-case charge per 8 ms window.',
        prompt: 'Design basis from blast design:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            call: 'charge_table',
            args: {
              shot: 'B-3412',
              holes: 86,
              diameter_mm: 229,
              depth_m: 12.0,
              product: 'Fortis Advantage 70',
              density_g_cc: 1.2,
              max_holes_per_8ms: 2,
              mic_kg: 520,
            },
            result:
              '{"charge_per_hole_kg": 258, "column_m": 5.2, "stemming_m": 6.8, "max_kg_per_8ms": 516, "total_kg": 22188, "mic_check": "PASS (516 <= 520)"}',
          },
          {
            say: 'B-3412 charge table: 258 kg Fortis Advantage 70 per hole (5.2 m column, 6.8 m stemming), 86 holes, 22,188 kg total. Worst 8 ms window 516 kg: within MIC 520 kg.',
          },
        ],
      },
      {
        name: 'shotfirer_briefer',
        description: 'Writes the shotfirer brief for the firing crew',
        instructions: 'Summarise the load-out for the shotfirer and crew.',
        prompt: 'Charge table:\n{input}',
        replies: [
          {
            say: '### Shotfirer brief: B-3412, Pit 4 North strip 17 (Thu 18 Mar 2027)\n\n- 86 holes, 229 mm, load 258 kg Fortis Advantage 70 each, stem 6.8 m with 20 mm aggregate\n- Total 22,188 kg; worst 8 ms window 516 kg (MIC check passed)\n- Tie-in: 42 ms hole / 100 ms row, max 2 holes per 8 ms\n- Monitors VM-05 and VM-07 armed before firing',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'blast_designer', to: 'charge_calculator' },
      agent: 'charge_calculator',
    },
  }),
  defineScenario({
    id: 'qcb-rail-closure-request-dropped',
    title:
      'The blast coordinator asks the exclusion planner for a 1,000 m zone and a rail possession request to Aurizon for the Goonyella line; the planner returns the zone without the rail request',
    domain: 'blast exclusion-zone scheduling',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Shot C-0917 in Pit 2 South fires Tue 23 Mar 2027 at 13:30. Its 1,000 m exclusion zone crosses the Goonyella rail spur at km 212.4, so we need a rail possession request to Aurizon (window 13:10–14:00) as well as the road block and guard plan. Please prepare both.',
    topology: {
      shape: 'supervisor',
      coordinator: 'blast_coordinator',
      workers: ['exclusion_planner', 'guard_roster'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'blast_coordinator',
        description: 'Coordinates blast-day scheduling',
        instructions: 'Delegate exclusion planning and guarding, then summarise for the mine manager.',
        replies: [
          {
            handoff: 'exclusion_planner',
            message:
              'C-0917, Pit 2 South, fire 23 Mar 13:30. Build the 1,000 m exclusion zone (road blocks) AND lodge the rail possession request with Aurizon Network for the Goonyella spur km 212.4, window 13:10–14:00. Both are needed before the shot can be approved.',
          },
          {
            handoff: 'guard_roster',
            message: 'Roster guards for the C-0917 block points once the zone is set, 12:45–14:00 on 23 Mar.',
          },
          {
            say: '## C-0917 blast day (Tue 23 Mar 2027, fire 13:30)\n\n- Exclusion zone EZ-C0917: 1,000 m, 4 block points (BP-1 Haul Rd north, BP-2 Dragline walk path, BP-3 Moranbah access gate, BP-4 ROM pad)\n- Guards: 4 rostered 12:45–14:00 (B. Kelly, T. Nguyen, R. Harris, S. Walsh)\n\nReady for approval.',
          },
        ],
      },
      {
        name: 'exclusion_planner',
        description: 'Plans exclusion zones and external notifications for a shot',
        instructions: 'Produce the exclusion zone and any external requests the coordinator asks for.',
        replies: [
          {
            call: 'build_exclusion_zone',
            args: { shot: 'C-0917', pit: 'P2S', radius_m: 1000, fire_time: '2027-03-23T13:30+10:00' },
            result:
              '{"zone_id": "EZ-C0917", "radius_m": 1000, "block_points": ["BP-1 Haul Rd north", "BP-2 Dragline walk path", "BP-3 Moranbah access gate", "BP-4 ROM pad"], "intersects": [{"asset": "Goonyella rail spur", "chainage_km": 212.4, "owner": "Aurizon Network"}]}',
          },
          {
            say: 'EZ-C0917 built: 1,000 m around C-0917, 4 block points (BP-1 Haul Rd north, BP-2 Dragline walk path, BP-3 Moranbah access gate, BP-4 ROM pad). Zone intersects the Goonyella rail spur at km 212.4. Block points active 12:45–14:00.',
          },
        ],
      },
      {
        name: 'guard_roster',
        description: 'Rosters blast guards to block points',
        instructions: 'Assign one guard per block point.',
        replies: [
          {
            call: 'roster_guards',
            args: { zone: 'EZ-C0917', from: '12:45', to: '14:00', date: '2027-03-23' },
            result:
              '{"assigned": [{"bp": "BP-1", "guard": "B. Kelly"}, {"bp": "BP-2", "guard": "T. Nguyen"}, {"bp": "BP-3", "guard": "R. Harris"}, {"bp": "BP-4", "guard": "S. Walsh"}]}',
          },
          { say: 'Guards: BP-1 B. Kelly, BP-2 T. Nguyen, BP-3 R. Harris, BP-4 S. Walsh, 12:45–14:00.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'blast_coordinator', to: 'exclusion_planner' },
      agent: 'exclusion_planner',
    },
  }),
  defineScenario({
    id: 'qcb-misfire-washout-brief-replaced',
    title:
      'The shotfiring lead briefs the misfire technician to wash out hole 47 of shot D-2205 without re-priming; the program hands the technician a generic inspection ticket instead, and it reports a routine check',
    domain: 'misfire management',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Shot D-2205 (Pit 1 East) fired at 11:02 today with a suspected misfire in hole 47 (no surface movement, detonator ID E-88231 not logged as fired). Handle the misfire per MMP-07 and check the vibration record, then tell me when the area can be re-opened.',
    topology: {
      shape: 'nested',
      top: 'drill_blast_superintendent',
      teams: {
        shotfiring_lead: ['misfire_technician'],
        monitoring_lead: ['vibration_analyst'],
      },
    },
    program: {
      lose: {
        to: 'misfire_technician',
        prompt: 'Work order WO-55120: routine post-blast inspection, Pit 1 East. Priority normal.',
      },
    },
    agents: [
      {
        name: 'drill_blast_superintendent',
        description: 'Drill and blast superintendent',
        instructions: 'Send misfire handling and monitoring to the leads and report re-entry status.',
        replies: [
          {
            handoff: 'shotfiring_lead',
            message: 'D-2205 suspected misfire hole 47 (det E-88231). Handle per MMP-07.',
          },
          {
            handoff: 'monitoring_lead',
            message: 'Pull the D-2205 vibration and airblast record for 11:02 today.',
          },
          {
            say: '## D-2205 post-blast status\n\n- Hole 47: inspected, no issues found, area cleared\n- Vibration: VM-03 2.1 mm/s, airblast 112 dBL, within limits\n\nPit 1 East can be re-opened.',
          },
        ],
      },
      {
        name: 'shotfiring_lead',
        description: 'Shotfiring lead',
        instructions: 'Brief the misfire technician and report back.',
        replies: [
          {
            handoff: 'misfire_technician',
            message:
              'D-2205 hole 47 misfire (E-88231 not fired). Per MMP-07: 30 min wait from 11:02 before approach, do NOT re-prime, wash out stemming with water to 0.5 m above the booster, recover the primer, record recovered product kg, keep the 500 m zone until recovery is logged.',
          },
          { say: 'Hole 47 handled; technician reports no issues.' },
        ],
      },
      {
        name: 'misfire_technician',
        description: 'Inspects and treats misfired holes',
        instructions: 'Carry out the work order and report.',
        replies: [
          {
            call: 'inspection_log',
            args: { work_order: 'WO-55120', area: 'Pit 1 East', type: 'post_blast_visual' },
            result:
              '{"log_id": "PBI-1E-0316", "face_condition": "good fragmentation, no flyrock beyond 120 m", "holes_visible": "n/a (muckpile)", "status": "CLOSED"}',
          },
          {
            say: 'Post-blast inspection PBI-1E-0316 complete for Pit 1 East: good fragmentation, no flyrock beyond 120 m. No issues, ticket closed.',
          },
        ],
      },
      {
        name: 'monitoring_lead',
        description: 'Environmental monitoring lead',
        instructions: 'Get the monitoring record and report.',
        replies: [
          {
            handoff: 'vibration_analyst',
            message: 'D-2205 11:02 record: PPV and airblast at all monitors.',
          },
          { say: 'VM-03 2.1 mm/s PPV, airblast 112 dBL: compliant.' },
        ],
      },
      {
        name: 'vibration_analyst',
        description: 'Reads blast monitors',
        instructions: 'Download and report monitor readings.',
        replies: [
          {
            call: 'monitor_readings',
            args: { shot: 'D-2205', time: '2027-03-16T11:02+10:00' },
            result:
              '[{"monitor": "VM-03", "ppv_mm_s": 2.1, "airblast_dbl": 112}, {"monitor": "VM-05", "ppv_mm_s": 0.8, "airblast_dbl": 104}]',
          },
          { say: 'VM-03 2.1 mm/s / 112 dBL; VM-05 0.8 mm/s / 104 dBL. Both below 5 mm/s and 115 dBL.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'shotfiring_lead', to: 'misfire_technician' },
      agent: 'misfire_technician',
    },
  }),
  defineScenario({
    id: 'qcb-powder-factor-volume-slip',
    title:
      "The volume estimator drops the hole count from the bench volume (uses one hole's volume times rows) and hands 4,914 bcm to the load planner, which orders product for that",
    domain: 'blast product ordering',
    mast: ['FM-2.4'],
    request:
      'Shot E-1140, Pit 3, 5 rows x 18 holes (90 holes), burden 7.0 m, spacing 8.0 m, bench 15.6 m. Target powder factor 0.45 kg/bcm. Work out the product to order from the MMU for Monday.',
    topology: {
      shape: 'swarm',
      entry: 'pattern_checker',
      agents: ['pattern_checker', 'volume_estimator', 'load_planner'],
    },
    agents: [
      {
        name: 'pattern_checker',
        description: 'Confirms the drilled pattern against the design',
        instructions: 'Check the as-drilled pattern then hand to the volume estimator.',
        replies: [
          {
            call: 'as_drilled',
            args: { shot: 'E-1140' },
            result:
              '{"holes_designed": 90, "holes_drilled": 90, "rows": 5, "burden_m": 7.0, "spacing_m": 8.0, "avg_depth_m": 16.4, "bench_m": 15.6, "redrills": 2}',
          },
          {
            handoff: 'volume_estimator',
            message:
              'E-1140 as-drilled OK: 90/90 holes, 5 rows x 18, B 7.0 m, S 8.0 m, bench 15.6 m (2 redrills done). Please estimate blasted volume.',
          },
        ],
      },
      {
        name: 'volume_estimator',
        description: 'Estimates blasted bank volume',
        instructions: 'Compute bcm and hand to the load planner.',
        replies: [
          {
            handoff: 'load_planner',
            message:
              'E-1140 volume: 7.0 m x 8.0 m x 15.6 m = 873.6 bcm per hole; x 5 rows = **4,368 bcm**, plus 12.5% edge allowance = **4,914 bcm**. Plan product at 0.45 kg/bcm.',
          },
        ],
      },
      {
        name: 'load_planner',
        description: 'Orders bulk product for the MMU',
        instructions: 'Order product from the volume and powder factor.',
        replies: [
          {
            call: 'mmu_order',
            args: {
              shot: 'E-1140',
              product: 'Fortis Extra 70',
              quantity_kg: 2211,
              delivery: '2027-03-22T06:30+10:00',
            },
            result:
              '{"order_id": "MMU-0322-03", "quantity_kg": 2211, "truck": "MMU-14", "status": "CONFIRMED"}',
          },
          {
            say: '**E-1140 product order MMU-0322-03**\n\n- Volume 4,914 bcm x 0.45 kg/bcm = 2,211 kg Fortis Extra 70\n- Truck MMU-14, on bench Mon 22 Mar 06:30\n- 90 holes, ~24.6 kg per hole',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'volume_estimator', to: 'load_planner' },
      agent: 'volume_estimator',
    },
  }),
  defineScenario({
    id: 'qcb-magazine-issue-ledger-error-hidden',
    title:
      "The magazine keeper's call to the explosives register fails (licence check service timeout, 0 items booked out) but it tells the coordinator that 96 boosters and 96 detonators were issued",
    domain: 'explosives magazine control',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Issue initiating systems for shot F-0603 (96 holes) from Magazine M2 on Wed 24 Mar 2027: 96 x 400 g cast boosters and 96 x 18 m electronic detonators, to shotfirer licence QLD-SF-44871. Book them out in the register and prepare the transport docket.',
    topology: {
      shape: 'supervisor',
      coordinator: 'explosives_coordinator',
      workers: ['magazine_keeper', 'transport_docketer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'explosives_coordinator',
        description: 'Coordinates explosives issue for shots',
        instructions: 'Have items booked out and the docket made, then confirm.',
        replies: [
          {
            handoff: 'magazine_keeper',
            message:
              'Book out from M2 for F-0603: 96 x 400 g cast boosters (Pentex H), 96 x 18 m electronic detonators (i-kon II), licence QLD-SF-44871, 24 Mar.',
          },
          {
            handoff: 'transport_docketer',
            message:
              'Transport docket M2 → Pit 5 West for the F-0603 issue (96 boosters, 96 detonators), 24 Mar.',
          },
          {
            say: '## F-0603 initiating systems: issued\n\n- Register: 96 boosters + 96 detonators booked out of M2 to QLD-SF-44871\n- Docket TD-M2-0324-02, vehicle EXP-07, separate compartments for Class 1.1D / 1.4B\n\nShotfirer can collect from 06:00.',
          },
        ],
      },
      {
        name: 'magazine_keeper',
        description: 'Keeps the explosives register for the magazines',
        instructions: 'Book items out of the register and report.',
        replies: [
          {
            call: 'register_issue',
            args: {
              magazine: 'M2',
              licence: 'QLD-SF-44871',
              items: [
                { code: 'PENTEX-H-400', qty: 96 },
                { code: 'IKON-II-18M', qty: 96 },
              ],
              date: '2027-03-24',
            },
            result: {
              error:
                'ERR_LICENCE_VERIFY_TIMEOUT: licence check against the Resources Safety & Health register timed out after 30 s. Transaction rolled back, 0 of 2 lines booked.',
            },
          },
          {
            say: 'Booked out of M2 for F-0603: 96 x Pentex H 400 g and 96 x i-kon II 18 m to licence QLD-SF-44871, 24 Mar. Register balance updated.',
          },
        ],
      },
      {
        name: 'transport_docketer',
        description: 'Makes explosives transport dockets',
        instructions: 'Make the docket.',
        replies: [
          {
            call: 'make_docket',
            args: { from: 'M2', to: 'Pit 5 West', boosters: 96, detonators: 96, date: '2027-03-24' },
            result:
              '{"docket": "TD-M2-0324-02", "vehicle": "EXP-07", "segregation": "1.1D / 1.4B separate compartments"}',
          },
          { say: 'Docket TD-M2-0324-02, vehicle EXP-07, 1.1D and 1.4B segregated.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'magazine_keeper', to: 'explosives_coordinator' },
      agent: 'magazine_keeper',
    },
  }),
  defineScenario({
    id: 'qcb-stemming-draft-resubmitted-unchanged',
    title:
      'The blast plan drafter resubmits the same stemming plan (3.5 m, drill cuttings) three times although the reviewer asks each time for 4.5 m of aggregate near the highwall',
    domain: 'blast plan review',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Draft the loading plan for shot G-0288 (Pit 6, 64 holes, 165 mm, 10 m), next to the Pit 6 highwall and the HV powerline easement (380 m). Get it approved by the senior shotfirer before it goes to the load crew.',
    topology: {
      shape: 'pipeline',
      order: ['plan_drafter', 'senior_shotfirer', 'load_crew_dispatcher'],
      loop: { from: 'senior_shotfirer', to: 'plan_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'plan_drafter',
        description: 'Drafts blast loading plans',
        instructions: "Draft the loading plan, or revise it per the reviewer's comments.",
        prompt: 'Request or review comments:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            say: 'G-0288 loading plan v1\n- 64 holes x 165 mm x 10.0 m\n- Product: 64 kg ANFO per hole (4.2 m column)\n- Stemming: 3.5 m drill cuttings\n- Primer: 1 x 400 g booster per hole, 1.0 m off toe',
          },
          {
            say: 'G-0288 loading plan v1\n- 64 holes x 165 mm x 10.0 m\n- Product: 64 kg ANFO per hole (4.2 m column)\n- Stemming: 3.5 m drill cuttings\n- Primer: 1 x 400 g booster per hole, 1.0 m off toe',
          },
          {
            say: 'G-0288 loading plan v1\n- 64 holes x 165 mm x 10.0 m\n- Product: 64 kg ANFO per hole (4.2 m column)\n- Stemming: 3.5 m drill cuttings\n- Primer: 1 x 400 g booster per hole, 1.0 m off toe',
          },
        ],
      },
      {
        name: 'senior_shotfirer',
        description: 'Reviews loading plans for flyrock and highwall risk',
        instructions: 'Answer "APPROVED: ..." or "REVISE: ..." with the change required.',
        prompt: 'Plan for review:\n{input}',
        replies: [
          {
            say: 'REVISE: front row is within 380 m of the HV easement and on the highwall. Stemming must be 4.5 m of 10–14 mm crushed aggregate (not cuttings); reduce column to 3.2 m.',
          },
          {
            say: 'REVISE: plan unchanged from the last one. Stemming still 3.5 m cuttings; need 4.5 m aggregate and 3.2 m column.',
          },
          {
            say: 'REVISE: third submission identical to the first. 4.5 m aggregate stemming and 3.2 m column required before I can sign.',
          },
        ],
      },
      {
        name: 'load_crew_dispatcher',
        description: 'Releases approved plans to the load crew',
        instructions: 'Only release approved plans.',
        prompt: 'Review outcome:\n{input}',
        replies: [
          {
            say: 'G-0288 NOT released to the load crew: senior shotfirer review still at REVISE after 3 rounds (stemming 3.5 m cuttings vs 4.5 m aggregate required). Loading on Pit 6 held; drill and blast engineer to follow up.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'plan_drafter', to: 'senior_shotfirer' },
      agent: 'plan_drafter',
    },
  }),
  defineScenario({
    id: 'qcb-firing-window-parser-crash',
    title:
      'The firing-window scheduler answers in prose instead of the ISO window the program parses; the program throws and the neighbour notifier never runs',
    domain: 'blast scheduling and neighbour notification',
    mast: ['FM-3.1'],
    request:
      'Find the firing window for shot H-0455 (Pit 2 North) on Fri 26 Mar 2027 and send the 24-hour notice to the registered neighbours and the Isaac Regional Council.',
    topology: { shape: 'pipeline', order: ['window_scheduler', 'neighbour_notifier'] },
    program: {
      crash: {
        agent: 'window_scheduler',
        error:
          'RangeError: Invalid time value: could not parse firing window from "H-0455 can fire between…" (parseFiringWindow, blast-schedule.ts:142)',
      },
    },
    agents: [
      {
        name: 'window_scheduler',
        description: 'Finds a firing window clear of shift change, wind and rail traffic',
        instructions:
          'Return the firing window as JSON {"shot", "start", "end"} with ISO 8601 times (+10:00).',
        replies: [
          {
            call: 'window_constraints',
            args: { shot: 'H-0455', date: '2027-03-26' },
            result:
              '{"shift_change": ["06:00-06:45", "18:00-18:45"], "rail_paths": ["11:20-11:50"], "wind_forecast": {"12:00-15:00": "SE 12 km/h"}, "inversion_clear_after": "09:30"}',
          },
          {
            say: 'H-0455 can fire between 12:15 and 14:30 on Friday 26 March. That avoids the 11:20 rail path and shift change, the inversion has cleared by then and the SE wind carries fume away from Coppabella.',
          },
        ],
      },
      {
        name: 'neighbour_notifier',
        description: 'Sends blast notices to neighbours and council',
        instructions: 'Send the notice with the firing window.',
        prompt: 'Firing window (JSON):\n{input}',
        replies: [
          {
            call: 'send_notice',
            args: { shot: 'H-0455', window: '2027-03-26T12:15/14:30', recipients: 'neighbour_register_v12' },
            result: '{"sent": 23, "failed": 0}',
          },
          { say: 'Notice for H-0455 sent to 23 recipients.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'window_scheduler', to: 'neighbour_notifier' },
      agent: 'window_scheduler',
    },
  }),
  defineScenario({
    id: 'qcb-guard-post-brief-never-sent',
    title:
      'The shot-day planner writes a brief for the access controller (gates and guard posts) as well as for fume and dust, but the access brief is never sent and the day sheet goes out without gate closures',
    domain: 'blast-day planning',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'Prepare the shot-day sheet for J-0771 (Pit 4 South, fire Mon 29 Mar 2027 14:00): post-blast fume (NOx) risk and downwind exclusion, dust forecast, and the access control plan (gate closures and guard posts on the 1,200 m zone).',
    topology: {
      shape: 'fanout',
      planner: 'shot_day_planner',
      workers: ['fume_assessor', 'dust_forecaster', 'access_controller'],
      aggregator: 'day_sheet_writer',
    },
    program: { lose: { to: 'access_controller', prompt: null } },
    agents: [
      {
        name: 'shot_day_planner',
        description: 'Splits shot-day planning into work packages',
        instructions: 'Write one brief per specialist.',
        replies: [
          {
            plan: {
              fume_assessor:
                'J-0771, Pit 4 South, 14:00 Mon 29 Mar. Wet holes 31/88 (ANFO-emulsion blend 70/30). Rate NOx fume risk and set the downwind fume exclusion.',
              dust_forecaster: 'J-0771 14:00 Mon 29 Mar: dust forecast and direction from the 14:00 wind.',
              access_controller:
                'J-0771 1,200 m zone: gate closures (Gate 3 Peak Downs Hwy access, Gate 5 Pit 4 ramp) and guard posts GP-1..GP-5, 13:30–14:30 on 29 Mar.',
            },
          },
        ],
      },
      {
        name: 'fume_assessor',
        description: 'Rates post-blast fume risk',
        instructions: 'Rate fume risk and set the downwind exclusion.',
        replies: [
          {
            call: 'fume_risk',
            args: {
              shot: 'J-0771',
              wet_holes: 31,
              total_holes: 88,
              product: 'Fortis Blend 70/30',
              sleep_time_days: 2,
            },
            result: '{"risk": "MEDIUM", "downwind_exclusion_m": 2000, "wind_at_14": "NW 18 km/h"}',
          },
          {
            say: 'NOx risk MEDIUM (31/88 wet, 2 days sleep). Downwind exclusion 2,000 m to the SE; wind NW 18 km/h at 14:00.',
          },
        ],
      },
      {
        name: 'dust_forecaster',
        description: 'Forecasts blast dust',
        instructions: 'Give the dust forecast.',
        replies: [
          {
            call: 'dust_forecast',
            args: { shot: 'J-0771', time: '2027-03-29T14:00+10:00' },
            result: '{"pm10_peak_ug_m3_at_boundary": 38, "plume_direction": "SE", "limit_ug_m3": 50}',
          },
          { say: 'Dust: PM10 peak at lease boundary 38 µg/m³ (limit 50), plume SE.' },
        ],
      },
      {
        name: 'access_controller',
        description: 'Plans gate closures and guard posts',
        instructions: 'Plan access control.',
        replies: [
          {
            call: 'guard_posts',
            args: { shot: 'J-0771', zone_m: 1200 },
            result:
              '{"posts": ["GP-1", "GP-2", "GP-3", "GP-4", "GP-5"], "gates_closed": ["Gate 3", "Gate 5"]}',
          },
          { say: 'Gates 3 and 5 closed 13:30–14:30; guards at GP-1..GP-5.' },
        ],
      },
      {
        name: 'day_sheet_writer',
        description: 'Writes the shot-day sheet',
        instructions: "Merge the specialists' results into one sheet.",
        replies: [
          {
            say: '# Shot-day sheet: J-0771, Pit 4 South, Mon 29 Mar 2027, fire 14:00\n\n| topic | result |\n|---|---|\n| NOx fume | MEDIUM, 2,000 m downwind exclusion SE |\n| Wind | NW 18 km/h |\n| Dust | PM10 38 µg/m³ at boundary (limit 50), plume SE |\n\nIssued to the Pit 4 South supervisor and the OCE.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'shot_day_planner', to: 'access_controller' },
      agent: 'shot_day_planner',
    },
  }),
  defineScenario({
    id: 'qcb-sleep-time-limit-ignored',
    title:
      'Routed to the sleep-time handler, the handler extends the sleep of shot K-0129 to 9 days though the request caps emulsion sleep in reactive ground at 3 days',
    domain: 'sleeping shots in reactive ground',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Shot K-0129 (Pit 5 East, loaded Sat 13 Mar 2027 with Titan 7000 emulsion) cannot fire Tuesday because of the dragline walk. Reschedule the firing. The ground is classed reactive (pyrite, RG-2), so under our SHMS procedure DB-14 the maximum sleep time is 3 days from loading, i.e. it must fire by Tue 16 Mar 2027 or be unloaded.',
    topology: {
      shape: 'branch',
      classifier: 'request_sorter',
      routes: { reschedule: 'sleep_time_handler', design: 'design_desk' },
    },
    agents: [
      {
        name: 'request_sorter',
        description: 'Sorts drill and blast requests',
        instructions: 'Answer with one word: reschedule or design, then the shot id.',
        replies: [{ say: 'reschedule: K-0129' }],
      },
      {
        name: 'sleep_time_handler',
        description: 'Reschedules loaded shots within sleep-time limits',
        instructions: "Find a new firing date that respects the request's constraints.",
        prompt: 'Routing: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'pit_schedule',
            args: { pit: 'P5E', from: '2027-03-16', to: '2027-03-24' },
            result:
              '{"dragline_walk": {"from": "2027-03-16", "to": "2027-03-21"}, "free_firing_days": ["2027-03-15", "2027-03-22", "2027-03-23"]}',
          },
          {
            call: 'reschedule_shot',
            args: { shot: 'K-0129', new_date: '2027-03-22', fire_time: '13:00' },
            result: '{"shot": "K-0129", "fire": "2027-03-22T13:00+10:00", "status": "RESCHEDULED"}',
          },
          {
            say: 'K-0129 rescheduled to **Mon 22 Mar 2027 13:00**, first free day after the dragline walk (16–21 Mar). Loaded 13 Mar, sleep time 9 days. Product stays in the holes; shot guarding continues.',
          },
        ],
      },
      {
        name: 'design_desk',
        description: 'Handles blast design changes',
        instructions: 'Revise designs.',
        replies: [{ say: 'Design desk: no change.' }],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'request_sorter', to: 'sleep_time_handler' },
      agent: 'sleep_time_handler',
    },
  }),
  defineScenario({
    id: 'qcb-notifier-uses-old-fire-time',
    title:
      'The router tells the neighbour notifier that shot L-0512 moved from 11:00 to 14:30 after the weather check, but the notifier sends the notice for 11:00',
    domain: 'blast notification',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Shot L-0512 (Pit 3 North) is planned for Wed 31 Mar 2027 at 11:00. Check the weather for a temperature inversion and, once the time is settled, notify the neighbours and the Peak Downs Highway traffic controller.',
    topology: {
      shape: 'network',
      coordinator: 'blast_router',
      workers: ['weather_checker', 'notice_sender'],
    },
    agents: [
      {
        name: 'blast_router',
        description: 'Routes blast-day tasks',
        instructions: 'Check weather, then send notices, then finish.',
        replies: [
          {
            handoff: 'weather_checker',
            message: 'L-0512 31 Mar: is 11:00 clear of inversion and wind toward Moranbah?',
          },
          {
            handoff: 'notice_sender',
            message:
              'L-0512 fire time is now **14:30** Wed 31 Mar (moved from 11:00: inversion until 12:40). Send neighbour notices and the PDH traffic controller notice for 14:30, road hold 14:20–14:45.',
          },
          {
            say: 'L-0512 (31 Mar): weather checked, notices sent to 19 neighbours and the PDH traffic controller (NTC-0331-01).',
          },
        ],
      },
      {
        name: 'weather_checker',
        description: 'Checks blast weather',
        instructions: 'Assess inversion and wind.',
        replies: [
          {
            call: 'sodar_forecast',
            args: { site: 'P3N', date: '2027-03-31' },
            result:
              '{"inversion_until": "12:40", "wind": {"11:00": "calm, inversion", "14:30": "E 14 km/h, mixed"}, "recommendation": "fire after 13:00"}',
          },
          {
            say: 'Inversion until 12:40 on 31 Mar; 11:00 is not suitable. 14:30 is clear (E 14 km/h, mixed layer). Recommend 14:30.',
          },
        ],
      },
      {
        name: 'notice_sender',
        description: 'Sends blast notices',
        instructions: 'Send neighbour and traffic notices with the given time.',
        replies: [
          {
            call: 'send_blast_notice',
            args: {
              shot: 'L-0512',
              fire_time: '2027-03-31T11:00+10:00',
              road_hold: '10:50-11:15',
              recipients: ['neighbour_register_v12', 'pdh_traffic_control'],
            },
            result: '{"notice_id": "NTC-0331-01", "delivered": 20, "failed": 0}',
          },
          {
            say: 'NTC-0331-01 sent: L-0512 fires Wed 31 Mar 11:00, Peak Downs Hwy hold 10:50–11:15. 19 neighbours + traffic controller.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'blast_router', to: 'notice_sender' },
      agent: 'notice_sender',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'qcb-tonnes-and-utc-reformatted-ok',
    title:
      'The magazine stock worker reports 18,400 kg and the aggregator writes 18.4 t; the schedule worker gives 04:00 UTC and the aggregator writes 14:00 AEST',
    domain: 'weekly blast and magazine plan',
    mast: ['FM-2.1'],
    nearMissOf: 'stale_context / low_quality_output: figures whose unit or time zone changes between agents',
    request:
      "Weekly plan for 29 Mar–2 Apr 2027: bulk emulsion stock at the Pit 4 bulk storage against this week's shots, and the firing slot for M-0901 on Thu 1 Apr. Give times in local time (AEST).",
    topology: {
      shape: 'fanout',
      planner: 'weekly_planner',
      workers: ['bulk_stock_checker', 'slot_finder'],
      aggregator: 'weekly_sheet_writer',
    },
    agents: [
      {
        name: 'weekly_planner',
        description: 'Splits the weekly plan',
        instructions: 'Brief each worker.',
        replies: [
          {
            plan: {
              bulk_stock_checker:
                'Bulk emulsion (Titan 7000) on hand at Pit 4 silo vs demand for shots M-0898, M-0901, M-0905.',
              slot_finder: 'Firing slot for M-0901 on Thu 1 Apr 2027.',
            },
          },
        ],
      },
      {
        name: 'bulk_stock_checker',
        description: 'Checks bulk explosive stock',
        instructions: 'Compare stock and demand.',
        replies: [
          {
            call: 'silo_level',
            args: { silo: 'P4-BS1', product: 'Titan 7000' },
            result:
              '{"on_hand_kg": 18400, "demand_kg": {"M-0898": 5120, "M-0901": 6940, "M-0905": 4310}, "next_delivery": "2027-04-01T07:00+10:00", "delivery_kg": 20000}',
          },
          {
            say: 'Titan 7000 at P4-BS1: 18,400 kg on hand; demand 16,370 kg (M-0898 5,120 / M-0901 6,940 / M-0905 4,310 kg). Surplus 2,030 kg. Next delivery 20,000 kg Thu 07:00.',
          },
        ],
      },
      {
        name: 'slot_finder',
        description: 'Finds firing slots',
        instructions: 'Return slots in UTC as the scheduling system stores them.',
        replies: [
          {
            call: 'find_slot',
            args: { shot: 'M-0901', date: '2027-04-01' },
            result: '{"slot_utc": "2027-04-01T04:00Z", "duration_min": 30, "conflicts": []}',
          },
          { say: 'M-0901: slot 2027-04-01 04:00–04:30 UTC, no conflicts.' },
        ],
      },
      {
        name: 'weekly_sheet_writer',
        description: 'Writes the weekly plan',
        instructions: 'Merge results; local time (AEST, UTC+10), tonnes for bulk product.',
        replies: [
          {
            say: '# Weekly blast plan 29 Mar–2 Apr 2027\n\n**Bulk emulsion (Titan 7000, P4-BS1)**: 18.4 t on hand vs 16.37 t demand (M-0898 5.12 t, M-0901 6.94 t, M-0905 4.31 t), surplus 2.03 t; 20 t delivery Thu 1 Apr 07:00.\n\n**M-0901 firing slot**: Thu 1 Apr 14:00–14:30 AEST, no conflicts.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'qcb-resurveyed-depth-used-ok',
    title:
      'The request quotes the design depth 12.0 m and a resurvey of 13.5 m; the routed design desk correctly loads to the resurveyed 13.5 m',
    domain: 'blast design revision',
    mast: ['FM-1.4'],
    nearMissOf: 'stale_context: an old hole depth present in the context but correctly not used',
    request:
      'Shot N-0340 (Pit 1 West) was designed at 12.0 m holes, but the resurvey RS-1W-0325 on 25 Mar shows the bench crest is 1.5 m higher, so holes are now 13.5 m. Revise the charge design to the resurveyed depth.',
    topology: {
      shape: 'branch',
      classifier: 'request_sorter',
      routes: { design: 'design_desk', reschedule: 'schedule_desk' },
    },
    agents: [
      {
        name: 'request_sorter',
        description: 'Sorts drill and blast requests',
        instructions: 'Answer design or reschedule and the shot id.',
        replies: [{ say: 'design: N-0340' }],
      },
      {
        name: 'design_desk',
        description: 'Revises blast designs',
        instructions: 'Revise to the current survey.',
        prompt: 'Routing: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'charge_table',
            args: {
              shot: 'N-0340',
              holes: 72,
              diameter_mm: 200,
              depth_m: 13.5,
              stemming_m: 4.5,
              product: 'Titan 7000',
              density_g_cc: 1.25,
            },
            result:
              '{"column_m": 9.0, "charge_per_hole_kg": 353, "total_kg": 25416, "powder_factor_kg_bcm": 0.52}',
          },
          {
            say: 'N-0340 revised to resurvey RS-1W-0325: 72 holes x 200 mm x **13.5 m**, 4.5 m stemming, 9.0 m column, 353 kg Titan 7000 per hole, 25,416 kg total, PF 0.52 kg/bcm. The 12.0 m design version is withdrawn.',
          },
        ],
      },
      {
        name: 'schedule_desk',
        description: 'Reschedules shots',
        instructions: 'Reschedule.',
        replies: [{ say: 'Schedule desk: nothing to do.' }],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'qcb-register-503-retried-ok',
    title:
      "The magazine keeper's first register call fails with 503, it retries successfully and hands over the real booking number",
    domain: 'explosives magazine control',
    mast: ['FM-2.6'],
    nearMissOf: 'agent_error: a tool error that is handled by a retry, not swallowed',
    request:
      'Return unused product from shot P-0215 to Magazine M1: 14 x 400 g boosters and 9 electronic detonators (i-kon II 15 m), then confirm the magazine balance to the shotfirer.',
    topology: {
      shape: 'swarm',
      entry: 'return_checker',
      agents: ['return_checker', 'magazine_keeper', 'shotfirer_liaison'],
    },
    agents: [
      {
        name: 'return_checker',
        description: 'Checks returned items against the issue docket',
        instructions: 'Reconcile returns and hand to the magazine keeper.',
        replies: [
          {
            call: 'issue_docket',
            args: { shot: 'P-0215' },
            result:
              '{"issued": {"PENTEX-H-400": 110, "IKON-II-15M": 105}, "used": {"PENTEX-H-400": 96, "IKON-II-15M": 96}}',
          },
          {
            handoff: 'magazine_keeper',
            message:
              'P-0215 returns reconcile: boosters 110 issued − 96 used = 14; detonators 105 − 96 = 9. Book 14 x PENTEX-H-400 and 9 x IKON-II-15M back into M1.',
          },
        ],
      },
      {
        name: 'magazine_keeper',
        description: 'Keeps the explosives register',
        instructions: 'Book returns in; retry transient errors.',
        replies: [
          {
            call: 'register_return',
            args: {
              magazine: 'M1',
              shot: 'P-0215',
              items: [
                { code: 'PENTEX-H-400', qty: 14 },
                { code: 'IKON-II-15M', qty: 9 },
              ],
            },
            result: { error: 'HTTP 503 Service Unavailable: register API restarting, retry after 20 s' },
          },
          {
            call: 'register_return',
            args: {
              magazine: 'M1',
              shot: 'P-0215',
              items: [
                { code: 'PENTEX-H-400', qty: 14 },
                { code: 'IKON-II-15M', qty: 9 },
              ],
            },
            result: '{"txn": "RET-M1-0326-04", "balance": {"PENTEX-H-400": 412, "IKON-II-15M": 287}}',
            waitMs: 20000,
          },
          {
            handoff: 'shotfirer_liaison',
            message:
              'Returns booked into M1 (txn RET-M1-0326-04, after one 503 retry): 14 boosters, 9 detonators. M1 balance now 412 boosters, 287 i-kon II 15 m.',
          },
        ],
      },
      {
        name: 'shotfirer_liaison',
        description: 'Confirms to the shotfirer',
        instructions: 'Confirm the return.',
        replies: [
          {
            say: 'P-0215 return confirmed: 14 x Pentex H 400 g and 9 x i-kon II 15 m booked into Magazine M1, transaction RET-M1-0326-04. M1 balance 412 boosters / 287 detonators.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'qcb-lightning-optional-unavailable-ok',
    title:
      'The coordinator asks for an optional lightning outlook which the weather worker cannot provide; the final plan relies only on the mandatory checks and says so',
    domain: 'blast-day go/no-go',
    mast: ['FM-3.2'],
    nearMissOf: 'agent_error / unchecked_output: a refused optional branch that the answer does not use',
    request:
      'Go/no-go for shot Q-0606 (Pit 6 South) at 13:00 Fri 2 Apr 2027. Mandatory: exclusion zone clear and monitors armed. Nice to have: a lightning outlook if the service has one (our TARP already stops loading on any strike within 10 km).',
    topology: {
      shape: 'supervisor',
      coordinator: 'go_no_go_lead',
      workers: ['zone_checker', 'lightning_watcher'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'go_no_go_lead',
        description: 'Makes the go/no-go call',
        instructions: 'Collect mandatory checks; optional information may be skipped.',
        replies: [
          {
            handoff: 'zone_checker',
            message: 'Q-0606 13:00: confirm zone EZ-Q0606 clear and VM-02/VM-06 armed.',
          },
          {
            handoff: 'lightning_watcher',
            message: 'Optional: lightning outlook for Pit 6 South 12:00–14:00 on 2 Apr.',
          },
          {
            say: '**Q-0606 (Fri 2 Apr 13:00): GO**\n\n- EZ-Q0606 clear, 5/5 block points confirmed, sweep complete 12:41\n- VM-02 and VM-06 armed\n- Lightning outlook: not available (service down); not needed for the call, TARP strike detector LD-1 stays active',
          },
        ],
      },
      {
        name: 'zone_checker',
        description: 'Checks exclusion zone and monitors',
        instructions: 'Confirm zone clearance and monitors.',
        replies: [
          {
            call: 'zone_status',
            args: { zone: 'EZ-Q0606' },
            result:
              '{"block_points_confirmed": 5, "block_points_total": 5, "sweep_complete": "12:41", "monitors": {"VM-02": "ARMED", "VM-06": "ARMED"}}',
          },
          { say: 'EZ-Q0606: 5/5 block points, sweep complete 12:41. VM-02, VM-06 armed.' },
        ],
      },
      {
        name: 'lightning_watcher',
        description: 'Gives lightning outlooks',
        instructions: 'Provide an outlook if possible.',
        replies: [
          {
            call: 'lightning_outlook',
            args: { area: 'P6S', from: '12:00', to: '14:00' },
            result: { error: 'Weatherzone feed unavailable (HTTP 502)' },
          },
          { say: 'Lightning outlook unavailable: the feed returned 502. No outlook provided.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'qcb-paraphrased-flyrock-brief-ok',
    title:
      "The mine manager's request passes through two leads in other words; every constraint (500 m personnel, 300 m equipment, Gate 2 closed, 15:00 fire) reaches the workers",
    domain: 'flyrock and clearance planning',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task: a paraphrased brief that keeps every constraint',
    request:
      'Shot R-0188 (Pit 2 East, fire 15:00 Tue 6 Apr 2027). Personnel clearance 500 m, equipment 300 m; Gate 2 on the Dysart road must be shut from 14:40. Plan clearance and move the equipment.',
    topology: {
      shape: 'nested',
      top: 'mine_manager_desk',
      teams: {
        clearance_lead: ['clearance_planner'],
        fleet_lead: ['equipment_mover', 'dispatch_clerk'],
      },
    },
    agents: [
      {
        name: 'mine_manager_desk',
        description: "Mine manager's desk",
        instructions: 'Delegate and report.',
        replies: [
          {
            handoff: 'clearance_lead',
            message: 'R-0188 at 15:00 on 6 Apr: people out to 500 m, shut Gate 2 (Dysart Rd) from 14:40.',
          },
          {
            handoff: 'fleet_lead',
            message: 'R-0188 at 15:00 on 6 Apr: all equipment back beyond 300 m before firing.',
          },
          {
            say: '## R-0188 clearance (Tue 6 Apr 2027, 15:00)\n\n- Personnel: 500 m, 6 sentries, Gate 2 Dysart Rd shut 14:40\n- Equipment: EX-12, DZ-04, WC-03 parked at 320–410 m by 14:30\n- Dispatch: Pit 2 East closed 14:30–15:30 in Modular',
          },
        ],
      },
      {
        name: 'clearance_lead',
        description: 'Clearance lead',
        instructions: 'Brief the planner.',
        replies: [
          {
            handoff: 'clearance_planner',
            message:
              'Half-kilometre personnel clearance around R-0188, firing 3 pm 6 April; Dysart Rd Gate 2 closed from twenty to three.',
          },
          { say: 'Personnel clearance 500 m, 6 sentries, Gate 2 shut 14:40.' },
        ],
      },
      {
        name: 'clearance_planner',
        description: 'Plans personnel clearance',
        instructions: 'Plan sentries and gates.',
        replies: [
          {
            call: 'plan_clearance',
            args: {
              shot: 'R-0188',
              radius_m: 500,
              fire: '2027-04-06T15:00+10:00',
              gates: [{ gate: 'Gate 2', close: '14:40' }],
            },
            result:
              '{"sentries": 6, "posts": ["S1", "S2", "S3", "S4", "S5", "S6"], "gate_closures": ["Gate 2 14:40"]}',
          },
          { say: 'R-0188: 500 m clearance, sentries S1–S6, Gate 2 closed 14:40.' },
        ],
      },
      {
        name: 'fleet_lead',
        description: 'Fleet lead',
        instructions: 'Brief fleet workers.',
        replies: [
          {
            handoff: 'equipment_mover',
            message:
              'Move every machine in Pit 2 East at least 300 m from R-0188 before the 15:00 shot on 6 Apr.',
          },
          {
            handoff: 'dispatch_clerk',
            message: 'Close Pit 2 East in dispatch around the R-0188 shot (15:00, 6 Apr).',
          },
          { say: 'Equipment parked beyond 300 m by 14:30; Pit 2 East closed in dispatch 14:30–15:30.' },
        ],
      },
      {
        name: 'equipment_mover',
        description: 'Relocates equipment',
        instructions: 'Park equipment outside the equipment radius.',
        replies: [
          {
            call: 'park_equipment',
            args: { shot: 'R-0188', min_distance_m: 300, by: '14:30' },
            result:
              '{"moved": [{"unit": "EX-12", "distance_m": 320}, {"unit": "DZ-04", "distance_m": 360}, {"unit": "WC-03", "distance_m": 410}]}',
          },
          { say: 'EX-12 320 m, DZ-04 360 m, WC-03 410 m, all by 14:30.' },
        ],
      },
      {
        name: 'dispatch_clerk',
        description: 'Updates fleet dispatch',
        instructions: 'Close areas in dispatch.',
        replies: [
          {
            call: 'dispatch_close_area',
            args: { area: 'Pit 2 East', from: '14:30', to: '15:30', date: '2027-04-06' },
            result: '{"closure_id": "DSP-CL-0406-2E", "status": "ACTIVE"}',
          },
          { say: 'Pit 2 East closed in dispatch 14:30–15:30 (DSP-CL-0406-2E).' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'qcb-magazine-audit-handback-ok',
    title:
      'A monthly magazine audit run with many ids and counters; each worker hands back full results and the router closes out',
    domain: 'explosives magazine audit',
    mast: ['FM-1.3', 'FM-3.2'],
    nearMissOf: 'handoff_loop: a long router run full of ids and counters, each hand-back carrying results',
    request:
      'Monthly magazine audit for March 2027: reconcile M1 and M2 physical counts against the register, and check the security log (door events, camera uptime). Report any variance.',
    topology: {
      shape: 'network',
      coordinator: 'audit_router',
      workers: ['stock_counter', 'security_reviewer'],
    },
    agents: [
      {
        name: 'audit_router',
        description: 'Routes audit tasks and closes the audit',
        instructions: 'Count stock, review security, then report.',
        replies: [
          { handoff: 'stock_counter', message: 'Count M1 and M2 vs register as of 31 Mar 2027 16:00.' },
          {
            handoff: 'security_reviewer',
            message: 'Security log M1/M2, 1–31 Mar 2027: door events and camera uptime.',
          },
          {
            say: '# Magazine audit March 2027 (MAG-AUD-2703)\n\n| magazine | item | register | count | variance |\n|---|---|---|---|---|\n| M1 | PENTEX-H-400 | 412 | 412 | 0 |\n| M1 | IKON-II-15M | 287 | 287 | 0 |\n| M2 | PENTEX-H-400 | 1,184 | 1,184 | 0 |\n| M2 | IKON-II-18M | 903 | 903 | 0 |\n| M2 | DETCORD-10G (m) | 3,000 | 3,000 | 0 |\n\nSecurity: 148 door events, all matched to permits; cameras CAM-M1-01/02 99.8 %, CAM-M2-01/02 99.6 %. No variances.',
          },
        ],
      },
      {
        name: 'stock_counter',
        description: 'Counts magazine stock',
        instructions: 'Count and reconcile.',
        replies: [
          {
            call: 'reconcile_counts',
            args: { magazines: ['M1', 'M2'], as_of: '2027-03-31T16:00+10:00' },
            result:
              '{"lines": [{"mag": "M1", "code": "PENTEX-H-400", "register": 412, "count": 412}, {"mag": "M1", "code": "IKON-II-15M", "register": 287, "count": 287}, {"mag": "M2", "code": "PENTEX-H-400", "register": 1184, "count": 1184}, {"mag": "M2", "code": "IKON-II-18M", "register": 903, "count": 903}, {"mag": "M2", "code": "DETCORD-10G", "unit": "m", "register": 3000, "count": 3000}], "variances": 0}',
          },
          {
            say: 'Counts 31 Mar 16:00: M1 PENTEX-H-400 412/412, IKON-II-15M 287/287; M2 PENTEX-H-400 1,184/1,184, IKON-II-18M 903/903, DETCORD-10G 3,000/3,000 m. 0 variances.',
          },
        ],
      },
      {
        name: 'security_reviewer',
        description: 'Reviews magazine security logs',
        instructions: 'Review door events and camera uptime.',
        replies: [
          {
            call: 'security_log',
            args: { magazines: ['M1', 'M2'], from: '2027-03-01', to: '2027-03-31' },
            result:
              '{"door_events": 148, "matched_to_permit": 148, "cameras": {"CAM-M1-01": 99.8, "CAM-M1-02": 99.8, "CAM-M2-01": 99.6, "CAM-M2-02": 99.6}}',
          },
          {
            say: '148 door events, 148 matched to permits. Camera uptime CAM-M1-01/02 99.8 %, CAM-M2-01/02 99.6 %.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch185Scenarios = [...faults, ...healthy];
