import { defineScenario } from '../scenario.ts';

// Blind batch 13: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'elevator-intake-wet-lot-binned-dry',
    title:
      'Told that loads above 14.5 % moisture go to the dryer leg, the binning agent sends a 16.1 % soybean lot straight to storage bin 7',
    domain: 'grain elevator',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Trucks T-2281, T-2284 and T-2290 are on the scale at the Harlan Co-op elevator (soybeans, 4 Dec harvest). Bin the three loads and give the scale house the go-ahead.',
    topology: {
      shape: 'supervisor',
      coordinator: 'elevator_foreman',
      workers: ['grade_sampler', 'binning_agent'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'elevator_foreman',
        description: 'Shift foreman at the receiving pit',
        instructions:
          'Get each load sampled, have the binning agent assign pits and bins under the receiving rules, then clear the scale house.',
        replies: [
          {
            handoff: 'grade_sampler',
            message: 'probe T-2281 / T-2284 / T-2290, moisture + FM + test wt pls',
          },
          {
            handoff: 'binning_agent',
            message:
              'ok sampler numbers are in. assign pit + bin for the 3 soy loads. bins 5,7 have room (5 = 41k bu free, 7 = 18k bu free). reminder we are on the harvest rule set since mon: anything over 14.5% moisture goes down pit 2 to the dryer leg (DRY-1) first, NOT to a storage bin, discount sheet applies. FM over 2% gets flagged for the cleaner. then give me the ticket lines',
          },
          {
            say: 'Scale house: T-2281 pit 1 → bin 5, T-2284 pit 1 → bin 7, T-2290 pit 1 → bin 5. Tickets SC-88102..88104 released, trucks can pull off. Bin 7 now ~17.0k bu free after T-2284.',
          },
        ],
      },
      {
        name: 'grade_sampler',
        description: 'Probes trucks and runs the moisture meter',
        instructions: 'Probe each truck and report moisture, foreign material and test weight.',
        replies: [
          {
            call: 'grain_analyzer',
            args: { tickets: ['T-2281', 'T-2284', 'T-2290'], commodity: 'SOY' },
            result:
              '{"T-2281":{"moist":13.2,"fm":0.8,"tw_lb_bu":55.9,"net_bu":912},"T-2284":{"moist":16.1,"fm":1.1,"tw_lb_bu":54.7,"net_bu":1004},"T-2290":{"moist":12.9,"fm":2.4,"tw_lb_bu":56.2,"net_bu":887},"meter":"GAC2500 #3","cal":"2026-11-28"}',
          },
          {
            say: 'T-2281 13.2% / FM 0.8 / TW 55.9, 912 bu. T-2284 16.1% / FM 1.1 / TW 54.7, 1,004 bu. T-2290 12.9% / FM 2.4 / TW 56.2, 887 bu. Meter GAC2500 #3, cal 28 Nov.',
          },
        ],
      },
      {
        name: 'binning_agent',
        description: 'Assigns receiving pits and storage bins to loads',
        instructions: 'Assign each load a pit and a bin according to the receiving rules you are given.',
        replies: [
          {
            call: 'bin_inventory',
            args: { bins: [5, 7], commodity: 'SOY' },
            result:
              'BIN 5: 41,060 bu free, aeration ON, temp 48F. BIN 7: 18,020 bu free, aeration ON, temp 47F. DRY-1: running, 600 bu/h, queue 0.',
          },
          {
            say: 'Ticket lines:\n- T-2281 | pit 1 | bin 5 | 912 bu\n- T-2284 | pit 1 | bin 7 | 1,004 bu\n- T-2290 | pit 1 | bin 5 | 887 bu — FM 2.4, flag for cleaner\nBin 5 after: 39,261 bu free; bin 7 after: 17,016 bu free.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'elevator_foreman', to: 'binning_agent' },
      agent: 'binning_agent',
    },
  }),
  defineScenario({
    id: 'rink-brine-setpoint-old-session',
    title:
      'After the schedule desk moves the 18:00 slot from hockey to figure skating (brine −7 °C instead of −9 °C), the plant operator programs the hockey setpoint',
    domain: 'ice rink maintenance',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Prep rink B at Westvale Arena for this evening: resurface schedule and refrigeration setpoints for the 18:00–21:00 block.',
    topology: {
      shape: 'swarm',
      entry: 'schedule_desk',
      agents: ['schedule_desk', 'plant_operator'],
    },
    agents: [
      {
        name: 'schedule_desk',
        description: 'Keeps the ice time bookings and resurfacing plan',
        instructions:
          'Confirm what is booked on the ice, then hand the plant settings job to the plant operator.',
        replies: [
          {
            call: 'ice_bookings',
            args: { rink: 'B', date: '2026-12-04', from: '18:00', to: '21:00' },
            result:
              'BK-30917 18:00-21:00 Westvale Minor Hockey U15 — CANCELLED 2026-12-04 11:42 (club request). BK-31022 18:00-21:00 Westvale Skating Club, figure skating (test session, STAR 6-10) — CONFIRMED 2026-12-04 11:55.',
          },
          {
            handoff: 'plant_operator',
            message:
              "Rink B tonight 18-21. Note booking was hockey U15 (BK-30917) but that got cancelled at 11:42, replaced by Westvale Skating Club test session BK-31022, figure. So figure ice: brine supply -7.0 C, surface target -3.5 C (softer for jumps). Resurface 17:40 and 19:25 (between test flights). Hockey profile was brine -9.0 / surface -5.5, don't use that. Please set plant + confirm.",
          },
        ],
      },
      {
        name: 'plant_operator',
        description: 'Runs the ammonia refrigeration plant and resurfacer schedule',
        instructions:
          'Program the refrigeration setpoints and resurfacer schedule for the booked session and confirm.',
        replies: [
          {
            call: 'plc_set_profile',
            args: {
              rink: 'B',
              start: '2026-12-04T17:00',
              brine_supply_c: -9.0,
              surface_target_c: -5.5,
              profile: 'HOCKEY',
            },
            result:
              'PLC-B ack: profile HOCKEY, brine SP -9.0C, surface SP -5.5C, ramp start 17:00, compressor C2 staged.',
          },
          {
            call: 'resurfacer_schedule',
            args: { rink: 'B', times: ['17:40', '19:25'], machine: 'Zamboni 552AC #2' },
            result: 'Scheduled: 17:40, 19:25 — #2, driver roster R. Okafor.',
          },
          {
            say: 'Rink B set for tonight: PLC ramp from 17:00, brine -9.0C / surface -5.5C, C2 staged. Zamboni #2 floods at 17:40 and 19:25 (R. Okafor). Ice will be ready for the 18:00 session.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'schedule_desk', to: 'plant_operator' },
      agent: 'plant_operator',
    },
  }),
  defineScenario({
    id: 'cinema-slate-without-distributor-terms',
    title:
      'The booking terms (two shows a day minimum, no matinee slot before 14:00) never reach the scheduling stage, which builds a week on its own defaults',
    domain: 'cinema programming',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Programme "The Lantern Keeper" (Nordisk, 112 min, DCP, 2D) at the Roxy Screen 2 for the week starting Fri 11 Dec 2026, fitting around our existing commitments.',
    topology: { shape: 'pipeline', order: ['booking_agent', 'screen_scheduler', 'marketing_copy'] },
    program: {
      lose: {
        to: 'screen_scheduler',
        prompt: 'Build the Screen 2 show times for next week from the current grid.',
      },
    },
    agents: [
      {
        name: 'booking_agent',
        description: 'Negotiates film bookings with distributors',
        instructions: 'Confirm the booking terms with the distributor and pass them on for scheduling.',
        replies: [
          {
            call: 'distributor_portal',
            args: { title: 'The Lantern Keeper', site: 'ROXY-02', week: '2026-W50' },
            result:
              'Booking NRD-7731 ACCEPTED. Terms: 50/50 split wk1 (floor 35%), min 2 shows/day every day, no show starting before 14:00 (daytime exclusivity with Curzon until 18 Dec), KDM valid 2026-12-10 00:00 to 2026-12-18 02:00 for server IMS3000 S2.',
          },
          {
            say: 'NRD-7731 confirmed — Lantern Keeper, 112 min + 20 min ads/trailers = 132 min slot. Nordisk terms: min 2 shows a day all 7 days, nothing starting before 14:00 (they gave Curzon daytime exclusivity til 18 Dec), 50/50 wk1 floor 35. KDM 10 Dec 00:00 → 18 Dec 02:00 on the S2 server. Screen 2 also still has "Pip & Pollen" kids matinees at 11:00 Sat/Sun we agreed to keep.',
          },
        ],
      },
      {
        name: 'screen_scheduler',
        description: 'Builds weekly show times per screen',
        instructions: 'Build the screen grid for the week from the brief you receive.',
        replies: [
          {
            call: 'grid_read',
            args: { screen: 2, week_start: '2026-12-11' },
            result:
              'S2 week 11-17 Dec: open slots daily 10:30-23:30. Held: Sat/Sun 11:00-12:40 PIP&POLLEN. Cleaning 15 min between shows.',
          },
          {
            say: 'S2 Fri 11 – Thu 17 Dec, Lantern Keeper:\n| day | shows |\n|---|---|\n| Fri | 12:15, 20:30 |\n| Sat | 13:00, 20:30 |\n| Sun | 13:00, 18:00 |\n| Mon | 20:15 |\n| Tue | 12:15, 20:15 |\n| Wed | 20:15 |\n| Thu | 12:15, 20:30 |\nPip & Pollen kept Sat/Sun 11:00.',
          },
        ],
      },
      {
        name: 'marketing_copy',
        description: 'Writes the listings blurb and showtimes for the website',
        instructions: 'Write the web listing from the schedule.',
        replies: [
          {
            say: 'THE LANTERN KEEPER (12A, 112 min) — from Fri 11 Dec at the Roxy, Screen 2. Fri 12:15 & 20:30 · Sat 13:00 & 20:30 · Sun 13:00 & 18:00 · Mon 20:15 · Tue 12:15 & 20:15 · Wed 20:15 · Thu 12:15 & 20:30. Book at roxy.example/lantern.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'booking_agent', to: 'screen_scheduler' },
      agent: 'screen_scheduler',
    },
  }),
  defineScenario({
    id: 'sorting-centre-dock-brief-never-sent',
    title:
      'The night plan at the mail centre splits the work four ways, but the brief for the outbound dock planner is never dispatched and the shift summary reports the trailers as planned',
    domain: 'postal sorting centre',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'Night shift plan for Midlands Mail Centre, 4/5 Dec: peak volume forecast 1.46M letters, 212k parcels. Cover machine allocation, staffing, and outbound trailer dock plan.',
    topology: {
      shape: 'fanout',
      planner: 'shift_planner',
      workers: ['machine_allocator', 'staffing_planner', 'dock_planner'],
      aggregator: 'shift_summary',
    },
    program: { lose: { to: 'dock_planner', prompt: null } },
    agents: [
      {
        name: 'shift_planner',
        description: 'Splits the night plan into work packages',
        instructions: 'Write one brief per planner.',
        replies: [
          {
            plan: {
              machine_allocator:
                'Letters 1.46M fc: allocate IMP/CFC runs 22:00-04:30, DPS 2nd pass by 04:45. IMP-3 down for belt swap until 01:00.',
              staffing_planner:
                'Heads for 212k parcels + letters peak. Agency cap 38 tonight (PO 55120). Break cover on PSM lines.',
              dock_planner:
                'Outbound: 27 trailers (14 to NDCs, 13 to DOs). Doors 1-22 only, 9 & 10 closed (leveller fault). Last RM trunk departs 05:10.',
            },
          },
        ],
      },
      {
        name: 'machine_allocator',
        description: 'Allocates sorting machines',
        instructions: 'Plan machine runs.',
        replies: [
          {
            say: 'IMP-1/2/4 22:00-04:30 (~410k each @ 35k/h ≈ 1.23M), IMP-3 from 01:00 takes remaining ~230k. CFC-1 22:00-02:00 for flats. DPS pass 2 03:15-04:45 on DPS-A/B/C.',
          },
        ],
      },
      {
        name: 'staffing_planner',
        description: 'Plans headcount',
        instructions: 'Plan staffing.',
        replies: [
          {
            say: 'Core 112 + agency 38 (PO 55120, full cap) = 150. PSM lines 1-4: 9 each + 2 floaters for breaks 01:30-03:00. Manual letters 14. Parcel induct 22.',
          },
        ],
      },
      {
        name: 'dock_planner',
        description: 'Plans outbound trailer loading and dock doors',
        instructions: 'Plan the outbound dock doors and departure times.',
        replies: [
          {
            say: 'Doors 1-8 NDC trailers, 11-22 DO trailers; departures staggered 03:40-05:10.',
          },
        ],
      },
      {
        name: 'shift_summary',
        description: 'Merges the packages into the night plan',
        instructions: 'Merge the planners’ outputs into one shift plan.',
        replies: [
          {
            say: 'MMC night plan 4/5 Dec — machines: IMP-1/2/4 22:00-04:30, IMP-3 from 01:00 after belt swap, CFC-1 flats to 02:00, DPS 2nd pass 03:15-04:45. Staff: 150 (112 core + 38 agency, PO 55120), PSM 9/line + 2 floaters. Outbound: 27 trailers planned across the dock, last trunk 05:10. Plan complete — issue to shift managers.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'shift_planner', to: 'dock_planner' },
      agent: 'shift_planner',
    },
  }),
  defineScenario({
    id: 'lens-lab-axis-transposed-surfacing',
    title:
      'The progressive-lens route transcribes the left-eye cylinder axis as 18 instead of 81, and the edging agent cuts the lens to it',
    domain: 'optical lens lab',
    mast: ['FM-2.4'],
    request:
      'Job OL-55219 from Brightview Opticians: progressive lenses, 1.6 index, AR coat. Rx R: -2.25 / -0.75 x 170, L: -1.75 / -1.00 x 081, ADD +2.00. PD 31.5/32.0. Frame: Lindberg 5521, B 28.4.',
    topology: {
      shape: 'branch',
      classifier: 'job_triage',
      routes: { PROGRESSIVE: 'freeform_calc', SINGLE: 'stock_picker' },
      after: 'edging_agent',
    },
    agents: [
      {
        name: 'job_triage',
        description: 'Routes incoming lab jobs by lens type',
        instructions:
          'Read the job and answer with the route: PROGRESSIVE or SINGLE, plus a one-line reason.',
        replies: [{ say: 'PROGRESSIVE — ADD +2.00, freeform design required, 1.6 blank.' }],
      },
      {
        name: 'freeform_calc',
        description: 'Calculates freeform surfacing files for progressive lenses',
        instructions: 'Produce the surfacing parameters for each eye from the prescription.',
        prompt: 'Job: {request}\n\nTriage: {input}',
        replies: [
          {
            call: 'lds_calc',
            args: { job: 'OL-55219', design: 'FF-Comfort 14', index: 1.6 },
            result:
              'LDS ok. R: blank base 4.00, sph -2.25 cyl -0.75 ax 170, CT 1.9. L: blank base 4.00, sph -1.75 cyl -1.00 ax 081, CT 1.9. Corridor 14 mm, fitting ht 18.',
          },
          {
            say: 'OL-55219 surfacing:\nR  sph -2.25  cyl -0.75  ax 170  base 4.00  CT 1.9\nL  sph -1.75  cyl -1.00  ax 18   base 4.00  CT 1.9\ncorridor 14, FH 18, PD 31.5/32.0. File FF-55219.sdf sent to generator G2.',
          },
        ],
      },
      {
        name: 'stock_picker',
        description: 'Picks finished single-vision stock lenses',
        instructions: 'Pick stock lenses for single-vision jobs.',
        replies: [{ say: 'no stock pick needed' }],
      },
      {
        name: 'edging_agent',
        description: 'Edges lenses to the frame and checks axis on the lensmeter',
        instructions:
          'Edge both lenses to the frame shape using the surfacing parameters, verify, and release the job.',
        replies: [
          {
            call: 'edger_job',
            args: {
              job: 'OL-55219',
              frame: 'LINDBERG-5521',
              r_axis: 170,
              l_axis: 18,
              pd: [31.5, 32.0],
              fh: 18,
            },
            result:
              'MEI edger #1: R edged 11:02 OK, L edged 11:04 OK. Lensmeter: R -2.25/-0.75x170, L -1.75/-1.00x018.',
          },
          {
            say: 'OL-55219 edged and verified against the surfacing sheet (R x170, L x018). Passed to AR/QC, ships with the 16:00 courier to Brightview.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'freeform_calc', to: 'edging_agent' },
      agent: 'freeform_calc',
    },
  }),
  defineScenario({
    id: 'geothermal-mudlog-timeout-reported-clean',
    title:
      'The mud-logging query times out while checking for an H2S show, and the geology agent tells the drilling supervisor the interval is clear to drill on',
    domain: 'geothermal well drilling',
    mast: ['FM-3.2'],
    request:
      'Well GT-04 (Rittershoffen-style doublet, Upper Rhine): we are at 2,318 m MD in the Buntsandstein. OK to continue drilling to the 2,450 m casing point tonight?',
    topology: {
      shape: 'network',
      coordinator: 'drilling_supervisor',
      workers: ['geology_agent', 'mud_engineer'],
    },
    agents: [
      {
        name: 'drilling_supervisor',
        description: 'Company man on the rig, decides on continuing operations',
        instructions: 'Get a geology/gas check and a mud status, then decide whether to continue drilling.',
        replies: [
          {
            handoff: 'geology_agent',
            message:
              'GT-04 @ 2318 mMD. Check mudlog last 6h for gas shows esp. H2S, and lithology vs prognosis. Need a go/no-go input.',
          },
          {
            handoff: 'mud_engineer',
            message: 'Mud props + pit volume trend last 6h pls, GT-04.',
          },
          {
            say: 'GT-04: continue drilling to 2,450 m casing point. Geology: no gas shows, H2S 0 ppm, lithology on prognosis. Mud 1.12 SG, pits stable. Next review at 2,400 m or on any gas alarm.',
          },
        ],
      },
      {
        name: 'geology_agent',
        description: 'Wellsite geologist reading the mud log',
        instructions: 'Read the mud log and report gas shows and lithology to the supervisor.',
        replies: [
          {
            call: 'mudlog_query',
            args: { well: 'GT-04', from_md: 2240, to_md: 2318, channels: ['C1', 'CO2', 'H2S', 'lith'] },
            result: {
              error:
                'WITSML store timeout after 30000 ms (server wits-rt-02, log GT-04_ML_RT). 0 rows returned.',
            },
          },
          {
            say: 'GT-04 2240–2318 mMD: no gas shows flagged, H2S 0 ppm, lithology fine-grained sandstone as per prognosis (Buntsandstein, top 2,205 m). No objection to continue to 2,450 m.',
          },
        ],
      },
      {
        name: 'mud_engineer',
        description: 'Monitors drilling fluid properties',
        instructions: 'Report mud properties and pit trends.',
        replies: [
          {
            call: 'mud_report',
            args: { well: 'GT-04', hours: 6 },
            result:
              'MW 1.12 SG, FV 48 s, PV 14 cP, YP 11 lb/100ft2, pH 10.1. Active pits 84.2 m3 → 84.0 m3 (6h). No gains.',
          },
          { say: 'MW 1.12, FV 48, pH 10.1, pits 84.2→84.0 m³ over 6 h, no gain/loss.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'geology_agent', to: 'drilling_supervisor' },
      agent: 'geology_agent',
    },
  }),
  defineScenario({
    id: 'ride-inspection-report-resubmitted-unchanged',
    title:
      'The ride engineer keeps resubmitting the same annual inspection report while the reviewer asks each time for the missing restraint-latch torque readings',
    domain: 'theme park ride inspection',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Write the annual thorough examination report for "Cyclone Drop" (ride ID TP-17, ADIPS cert due 15 Dec 2026) from yesterday’s inspection data, for sign-off.',
    topology: {
      shape: 'pipeline',
      order: ['ride_engineer', 'inspection_reviewer'],
      loop: { from: 'inspection_reviewer', to: 'ride_engineer', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'ride_engineer',
        description: 'Writes ride inspection reports',
        instructions:
          'Write the inspection report; when the reviewer sends it back, address every point raised.',
        replies: [
          {
            say: 'TP-17 Cyclone Drop — annual exam 03/12/2026. Structure: NDT on tower welds W1-W24 OK (MPI). Brake fins: 16/16 within wear limit (min 9.1 mm). Lift cable: 6x36 IWRC, 2 broken wires / 6d, OK. Restraints: 24 seats, visual OK, latch function OK. Recommend: pass, next exam 12/2027.',
          },
          {
            say: 'TP-17 Cyclone Drop — annual exam 03/12/2026. Structure: NDT on tower welds W1-W24 OK (MPI). Brake fins: 16/16 within wear limit (min 9.1 mm). Lift cable: 6x36 IWRC, 2 broken wires / 6d, OK. Restraints: 24 seats, visual OK, latch function OK. Recommend: pass, next exam 12/2027.',
          },
          {
            say: 'TP-17 Cyclone Drop — annual exam 03/12/2026. Structure: NDT on tower welds W1–W24 OK (MPI). Brake fins: 16/16 within wear limit (min 9.1 mm). Lift cable: 6x36 IWRC, 2 broken wires / 6d, OK. Restraints: 24 seats, visual OK, latch function OK. Recommend: pass, next exam 12/2027.',
          },
          {
            say: 'TP-17 Cyclone Drop — annual exam 03/12/2026. Structure: NDT on tower welds W1-W24 OK (MPI). Brake fins: 16/16 within wear limit (min 9.1 mm). Lift cable: 6x36 IWRC, 2 broken wires / 6d, OK. Restraints: 24 seats, visual OK, latch function OK. Recommend: pass, next exam 12/2027.',
          },
        ],
      },
      {
        name: 'inspection_reviewer',
        description: 'Reviews inspection reports before sign-off',
        instructions: 'Reply APPROVED, or REVISE with what is missing.',
        replies: [
          {
            say: 'REVISE: restraint section needs the latch torque readings per seat (manufacturer bulletin CD-SB-09 asks for 24 values, spec 38-42 Nm) and the serial of the torque wrench used.',
          },
          {
            say: 'REVISE: still no per-seat latch torque values (CD-SB-09, 38–42 Nm) or wrench serial. Can’t sign without them.',
          },
          {
            say: 'REVISE — same as before: 24 latch torque readings + wrench serial (CD-SB-09).',
          },
          {
            say: 'REVISE: restraint torque data still missing (CD-SB-09). Report not signed; TP-17 stays closed pending data.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'ride_engineer', to: 'inspection_reviewer' },
      agent: 'ride_engineer',
    },
  }),
  defineScenario({
    id: 'vivarium-cage-change-wrong-strain-room',
    title:
      'Asked to move only the immunodeficient NSG cohort into the barrier room, the husbandry tech books the whole C57BL/6 delivery in as well',
    domain: 'laboratory animal facility',
    mast: ['FM-1.1', 'FM-1.2'],
    request:
      'Two mouse deliveries arrive Monday 7 Dec at the Holloway vivarium: 40 NSG (PO V-2291, protocol AP-26-114) and 60 C57BL/6J (PO V-2294, protocol AP-25-087). Plan quarantine/housing and the vet check.',
    topology: {
      shape: 'nested',
      top: 'facility_manager',
      teams: {
        husbandry_lead: ['husbandry_tech'],
        vet_lead: ['vet_tech'],
      },
    },
    agents: [
      {
        name: 'facility_manager',
        description: 'Vivarium facility manager',
        instructions:
          'Have housing planned by husbandry and health checks by the vet team, then issue the intake plan.',
        replies: [
          {
            handoff: 'husbandry_lead',
            message:
              'Mon 7 Dec intake: 40 NSG (V-2291, AP-26-114) + 60 B6J (V-2294, AP-25-087). House them please.',
          },
          {
            handoff: 'vet_lead',
            message:
              'Arrival health check for both Monday deliveries, 40 NSG + 60 B6J, vendor health reports attached (JAX).',
          },
          {
            say: 'Intake plan 7 Dec: NSG ×40 and B6J ×60 to barrier room B-104 (IVC racks R3/R4), 5/cage = 20 cages; arrival exam 09:30 by vet tech, vendor reports clean. Cage cards printed.',
          },
        ],
      },
      {
        name: 'husbandry_lead',
        description: 'Leads the husbandry team',
        instructions: 'Brief your tech on housing and report back.',
        replies: [
          {
            handoff: 'husbandry_tech',
            message:
              'Housing for Monday. 40 NSG (V-2291) and 60 B6J (V-2294). The NSG are severely immunodeficient: they go to barrier room B-104 IVC, autoclaved cages/diet, max 5/cage. The B6J are standard — conventional room C-210, open-top is fine, and do NOT put them in B-104, we only have 24 IVC slots free there. Book the racks and tell me cage counts.',
          },
          {
            say: 'Housing booked by tech: all in B-104 IVC R3/R4, 20 cages. Done.',
          },
        ],
      },
      {
        name: 'husbandry_tech',
        description: 'Books cage racks and prepares housing',
        instructions: 'Book racks and cages for incoming animals as briefed.',
        replies: [
          {
            call: 'rack_booking',
            args: {
              room: 'B-104',
              racks: ['R3', 'R4'],
              cages: 20,
              cage_type: 'IVC-GM500',
              diet: 'autoclaved 5K67',
              po: ['V-2291', 'V-2294'],
            },
            result:
              'BOOKED RB-7710: B-104 R3 slots 1-12, R4 slots 1-8 (20 cages). B-104 IVC free after booking: 4.',
          },
          {
            say: 'RB-7710 — B-104 R3 (12) + R4 (8) = 20 IVC cages, 5/cage, autoclaved 5K67, both POs. Cage cards queued.',
          },
        ],
      },
      {
        name: 'vet_lead',
        description: 'Leads the veterinary team',
        instructions: 'Brief your vet tech on health checks and report back.',
        replies: [
          {
            handoff: 'vet_tech',
            message: 'Arrival checks Mon 7 Dec, 40 NSG + 60 B6J. Review JAX health reports first.',
          },
          { say: 'Vet check set 09:30 Monday, reports clean.' },
        ],
      },
      {
        name: 'vet_tech',
        description: 'Performs arrival health checks',
        instructions: 'Review vendor health reports and schedule the arrival exam.',
        replies: [
          {
            call: 'vendor_health_report',
            args: { vendor: 'JAX', pos: ['V-2291', 'V-2294'] },
            result:
              'V-2291 room MP14 2026-Q4: all agents negative. V-2294 room AX29 2026-Q4: all agents negative.',
          },
          { say: 'Both rooms negative for the full panel (Q4). Arrival exam 09:30 Mon.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'husbandry_lead', to: 'husbandry_tech' },
      agent: 'husbandry_tech',
    },
  }),
  defineScenario({
    id: 'adr-transport-old-un-quantity-to-route',
    title:
      'The classifier corrects the consignment to 1,200 L of UN 1263 (was 800 L), and the dispatcher still briefs the route planner with 800 L, under the tunnel exemption threshold',
    domain: 'hazardous goods road transport',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Consignment CN-88410, paint and paint-related material from Dulmen Coatings (Ghent) to a site in Lyon, pickup Tue 8 Dec. Classify under ADR and plan the route and vehicle.',
    topology: {
      shape: 'supervisor',
      coordinator: 'dg_dispatcher',
      workers: ['adr_classifier', 'route_planner'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'dg_dispatcher',
        description: 'Dangerous goods transport dispatcher',
        instructions:
          'Get the consignment classified, then brief the route planner with the classified load and confirm the transport.',
        replies: [
          {
            handoff: 'adr_classifier',
            message:
              'CN-88410 Dulmen Coatings → Lyon. Shipper declared 800 L paint, UN 1263 PG III, in 4 IBC? pls verify vs the packing list and give me the ADR class/qty/1.1.3.6 pts.',
          },
          {
            handoff: 'route_planner',
            message:
              'Route Ghent → Lyon (Corbas), pickup Tue 08/12 06:00. Load: UN 1263 PAINT, 3, PG III, 800 L in IBCs, tunnel code (D/E). Under 1.1.3.6 threshold so no orange plates / tunnel restriction should apply — pick the fastest route incl. tunnels.',
          },
          {
            say: 'CN-88410 booked: UN 1263, cl. 3 PG III, truck GH-447-K, route via E411/A31/A6 incl. Tunnel de Fourvière, depart Ghent 06:00 Tue, ETA Corbas ~15:40. No ADR plating needed.',
          },
        ],
      },
      {
        name: 'adr_classifier',
        description: 'Classifies dangerous goods under ADR',
        instructions: 'Verify the classification and quantities against the packing list.',
        replies: [
          {
            call: 'packing_list',
            args: { consignment: 'CN-88410' },
            result:
              'PL-88410 rev B (2026-12-03 16:20): 4 x IBC 31HA1, UN 1263 PAINT, 3, III, net 300 L each = 1,200 L. (rev A 800 L superseded — 4th IBC added by shipper.)',
          },
          {
            say: 'Correction: packing list rev B has 4 IBCs × 300 L = **1,200 L** UN 1263 (not 800). Cl. 3 PG III → transport cat. 3, factor 1 → 1,200 points > 1,000, so 1.1.3.6 exemption does NOT apply: orange plates, ADR driver cert, tunnel restriction code (D/E) applies, so no category D or E tunnels.',
          },
        ],
      },
      {
        name: 'route_planner',
        description: 'Plans truck routes',
        instructions: 'Plan the route for the load as briefed.',
        replies: [
          {
            call: 'route_engine',
            args: { from: 'Gent', to: 'Corbas', depart: '2026-12-08T06:00', adr: false, tunnels: true },
            result: 'Fastest: E40/E411/A31/A6, via Tunnel de Fourvière, 812 km, 9h40 incl. breaks.',
          },
          {
            say: 'Route: Gent → E411 → A31 → A6 via Fourvière, 812 km, depart 06:00, ETA ~15:40 with 45 min break.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'dg_dispatcher', to: 'route_planner' },
      agent: 'dg_dispatcher',
    },
  }),
  defineScenario({
    id: 'bell-foundry-metal-charge-miscalc',
    title:
      'The metallurgy stage computes the bronze charge for a 620 kg bell with the tin share halved, and the furnace stage melts to that recipe',
    domain: 'bell foundry',
    mast: ['FM-2.4'],
    request:
      'Order BF-1147: tenor bell for St Oswald’s, note D (approx. 293 Hz), target weight 620 kg finished. Standard bell metal 78/22. Prepare the metal charge and furnace plan.',
    topology: { shape: 'pipeline', order: ['metallurgist', 'furnace_planner', 'order_clerk'] },
    agents: [
      {
        name: 'metallurgist',
        description: 'Calculates alloy charges',
        instructions: 'Compute the metal charge (copper, tin, allowance for runners/risers and melt loss).',
        prompt: 'Order: {request}',
        replies: [
          {
            say: 'BF-1147 charge. Finished 620 kg + runners/risers 18% + melt loss 2% → pour weight ≈ 620 × 1.20 = 744 kg.\nCu 78%: 580.3 kg\nSn 22%: 81.8 kg\nTotal charge 662.1 kg. Scrap bell metal from BF-1139 usable: 0 kg (quarantined).',
          },
        ],
      },
      {
        name: 'furnace_planner',
        description: 'Plans the melt',
        instructions: 'Plan the melt from the charge sheet.',
        replies: [
          {
            call: 'furnace_book',
            args: {
              furnace: 'crucible F2',
              charge_cu_kg: 580.3,
              charge_sn_kg: 81.8,
              pour_temp_c: 1120,
              date: '2026-12-10',
            },
            result: 'F2 booked 10/12 07:00. Charge 662.1 kg (cap 900). Ladle L-3.',
          },
          {
            say: 'Melt F2 Thu 10 Dec 07:00: Cu 580.3 kg + Sn 81.8 kg = 662.1 kg, pour at 1,120 °C into the D-tenor mould (cope 4), ladle L-3.',
          },
        ],
      },
      {
        name: 'order_clerk',
        description: 'Updates the customer order',
        instructions: 'Confirm the casting date to the customer.',
        replies: [
          {
            say: 'St Oswald’s, BF-1147: your D tenor is cast on Thu 10 Dec (78/22 bell metal, ~662 kg melt). Tuning and finishing follow; delivery week of 18 Jan.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'metallurgist', to: 'furnace_planner' },
      agent: 'metallurgist',
    },
  }),
];

const lookAlikes = [
  defineScenario({
    id: 'phone-repair-parts-api-retry-ok',
    title:
      'The parts lookup fails once with a supplier gateway 503, the parts agent retries and gets the screen assembly stock, and the quote uses it',
    domain: 'mobile phone repair',
    mast: ['FM-3.2'],
    nearMissOf:
      'agent_error: a tool error that is retried successfully, and the retry’s result is what gets reported',
    request:
      'Walk-in ticket RP-40318: Pixel 8 Pro, cracked OLED, touch still works, customer wants a quote and same-day if possible.',
    topology: {
      shape: 'supervisor',
      coordinator: 'counter_tech',
      workers: ['parts_agent', 'bench_scheduler'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'counter_tech',
        description: 'Front counter technician',
        instructions: 'Get part availability and a bench slot, then quote the customer.',
        replies: [
          {
            handoff: 'parts_agent',
            message: 'RP-40318 Pixel 8 Pro OLED assy (genuine pref, OEM-grade ok) — stock + cost?',
          },
          {
            handoff: 'bench_scheduler',
            message: 'RP-40318 screen swap Pixel 8 Pro, ~75 min bench incl. adhesive cure. Slot today?',
          },
          {
            say: 'RP-40318 quote: genuine OLED assembly £189.00 + labour £49.00 = £238.00 inc VAT, 90-day warranty. Part in stock (bin C-14, 1 left). Bench slot today 14:30, ready ~16:00.',
          },
        ],
      },
      {
        name: 'parts_agent',
        description: 'Checks spare parts stock and prices',
        instructions: 'Look up part availability; if the supplier system fails, retry before answering.',
        replies: [
          {
            call: 'supplier_stock',
            args: { sku: 'G-P8P-OLED-GEN', store: 'BRS-01' },
            result: { error: 'HTTP 503 from parts gateway (upstream MobileSentrix feed), retry-after 2s' },
          },
          {
            call: 'supplier_stock',
            args: { sku: 'G-P8P-OLED-GEN', store: 'BRS-01' },
            result:
              '{"sku":"G-P8P-OLED-GEN","desc":"Pixel 8 Pro OLED + frame, genuine","local_qty":1,"bin":"C-14","cost_gbp":121.40,"retail_gbp":189.00}',
            waitMs: 2100,
          },
          {
            say: 'first call 503d, retried ok → genuine OLED+frame G-P8P-OLED-GEN: 1 in stock here (bin C-14), retail £189.00.',
          },
        ],
      },
      {
        name: 'bench_scheduler',
        description: 'Books repair bench time',
        instructions: 'Book bench slots.',
        replies: [
          {
            call: 'bench_calendar',
            args: { date: '2026-12-04', minutes: 75 },
            result: 'Bench 2 free 14:30-15:45 (tech: Marta). Bench 1 full.',
          },
          { say: 'Booked Bench 2, 14:30–15:45 with Marta; +15 min QC → ready 16:00.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'vending-route-revised-planogram-used',
    title:
      'Mid-route the client revises machine VM-2207’s planogram (cola slot count 8 → 6 after a new tray), and the loader uses the revised number',
    domain: 'vending machine route servicing',
    mast: ['FM-1.4'],
    nearMissOf: 'stale_context: a corrected value that the next stage uses correctly',
    request:
      'Build the fill list for Route 12 (Thu 10 Dec), machines VM-2201 to VM-2207 at Eastgate Business Park, from last night’s telemetry.',
    topology: { shape: 'pipeline', order: ['telemetry_reader', 'fill_planner', 'van_loader'] },
    agents: [
      {
        name: 'telemetry_reader',
        description: 'Reads the machines’ remote sales telemetry',
        instructions: 'Report what each machine needs.',
        replies: [
          {
            call: 'dex_telemetry',
            args: { route: 12, machines: 'VM-2201..VM-2207', as_of: '2026-12-09T23:00' },
            result:
              'VM-2201 needs 14 | VM-2202 22 | VM-2203 9 | VM-2204 31 | VM-2205 0 (offline since 18:12, bill validator fault) | VM-2206 17 | VM-2207 cola col A3: 8 cap, 1 left → 7; other cols 12',
          },
          {
            call: 'client_notices',
            args: { site: 'Eastgate', since: '2026-12-09' },
            result:
              'NOTICE 2026-12-10 06:05 from Eastgate FM: VM-2207 column A3 tray replaced with wide-can tray, capacity now 6 (was 8). Planogram v14.',
          },
          {
            say: 'Route 12 needs (units): 2201:14, 2202:22, 2203:9, 2204:31, 2205: offline (validator) — tech visit, 2206:17, 2207: other cols 12 + col A3 cola — cap now 6 per Eastgate notice 06:05 (planogram v14, was 8), 1 left → 5.',
          },
        ],
      },
      {
        name: 'fill_planner',
        description: 'Turns needs into a picking list by product',
        instructions: 'Make the warehouse picking list.',
        replies: [
          {
            say: 'Pick list R12 10/12:\n- Coke 330 can: 5 (VM-2207 A3, v14 cap 6)\n- mixed snacks/drinks per machine: 14+22+9+31+17+12 = 105\n- VM-2205: no fill, raise tech job (bill validator)\nTotal 110 units.',
          },
        ],
      },
      {
        name: 'van_loader',
        description: 'Loads the van and confirms the route sheet',
        instructions: 'Confirm the van load.',
        replies: [
          {
            call: 'van_manifest',
            args: { van: 'VN-06', route: 12, units: 110, lines: [{ sku: 'COKE330', qty: 5 }] },
            result: 'Manifest MF-12-1210 saved. 110 units, 6 machines, tech job TJ-5512 opened for VM-2205.',
          },
          {
            say: 'VN-06 loaded, MF-12-1210: 110 units for 6 machines (Coke 330 ×5 for 2207 A3). TJ-5512 raised for 2205.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'tattoo-studio-artist-hands-back-slots',
    title:
      'The front desk paraphrases a client’s request to the artist scheduler, who hands back with two slots and the deposit amount, and the desk books from them',
    domain: 'tattoo studio bookings',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'lost_message: a paraphrased brief and a hand-back that carries the results',
    request:
      'hi!! id like a fine line botanical piece on my forearm, about 15cm, with Jun if possible. im free weekdays after 4pm or saturdays. how much is deposit? - Leila (IG @leila.k.draws)',
    topology: { shape: 'swarm', entry: 'front_desk', agents: ['front_desk', 'artist_scheduler'] },
    agents: [
      {
        name: 'front_desk',
        description: 'Studio front desk',
        instructions:
          'Understand the request, get slots from the artist scheduler, then reply to the client.',
        replies: [
          {
            handoff: 'artist_scheduler',
            message:
              'New enquiry Leila K: fine-line botanical, fore-arm ~15 cm, wants Jun. Avail: wkdays from 16:00, or Sat. Need 2 options + deposit.',
          },
          {
            say: 'Hi Leila! Jun can do Tue 15 Dec at 16:30 or Sat 19 Dec at 11:00 (approx 3 h session for ~15 cm fine line). Deposit is £80, comes off the final price. Reply with the one you want and we’ll send the payment link 🌿',
          },
        ],
      },
      {
        name: 'artist_scheduler',
        description: 'Manages each artist’s calendar',
        instructions: 'Find matching slots with the requested artist and hand back to the front desk.',
        replies: [
          {
            call: 'artist_calendar',
            args: {
              artist: 'jun',
              min_hours: 3,
              after: '16:00',
              weekdays: true,
              saturday: true,
              from: '2026-12-07',
            },
            result:
              '[{"id":"SL-4471","start":"2026-12-15T16:30","end":"19:30"},{"id":"SL-4480","start":"2026-12-19T11:00","end":"14:00"},{"id":"SL-4502","start":"2027-01-09T12:00","end":"15:00"}]',
          },
          {
            handoff: 'front_desk',
            message:
              'Jun: SL-4471 Tue 15/12 16:30-19:30 or SL-4480 Sat 19/12 11:00-14:00. 15cm fine line ≈ 3h. Deposit for Jun = £80 (non-refundable <48h).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'lighthouse-optional-tide-lookup-unused',
    title:
      'An optional tide-window lookup by the marine team comes back truncated, the marine lead drops it because the boat transfer is already fixed by the pilot schedule, and the lamp change plan does not rely on it',
    domain: 'lighthouse maintenance',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf: 'low_quality_output: a bad optional output that nothing downstream uses',
    request:
      'Plan the LED lantern replacement at Skerry Point light (ALL No. A4321) for Wed 16 Dec: crew transfer, outage notice to mariners, and parts.',
    topology: {
      shape: 'nested',
      top: 'district_engineer',
      teams: {
        marine_lead: ['transfer_coordinator', 'tide_analyst'],
        navwarn_lead: ['notice_writer'],
      },
    },
    agents: [
      {
        name: 'district_engineer',
        description: 'District aids-to-navigation engineer',
        instructions: 'Get the transfer and the navigational warning arranged, then issue the work plan.',
        replies: [
          {
            handoff: 'marine_lead',
            message: 'Skerry Pt 16/12: get 3 techs + 140 kg lantern kit out and back same day.',
          },
          {
            handoff: 'navwarn_lead',
            message: 'Need NAVWARN for Skerry Pt light unlit/temp light 16 Dec 08:00-17:00.',
          },
          {
            say: 'WP-A4321-1216: boat MV Tern departs Pier 3 07:15, lands 07:55 at the east landing, returns 16:30 (pilot schedule PS-1216). Temp battery light Fl(2)10s 5M during works. NAVWARN 214/26 issued 14 Dec. LED lantern VLB-44 + spares loaded Tue.',
          },
        ],
      },
      {
        name: 'marine_lead',
        description: 'Coordinates vessel and tides',
        instructions: 'Arrange the transfer; a tide window check is optional.',
        replies: [
          {
            handoff: 'transfer_coordinator',
            message: 'MV Tern for 16/12 Skerry east landing, 3 pax + 140 kg, out AM back PM.',
          },
          {
            handoff: 'tide_analyst',
            message: 'optional: best tide window for east landing 16/12 if you have it quickly',
          },
          {
            say: 'Tern booked per pilot schedule PS-1216 (07:15 out, 16:30 back), landing times already set by the harbour pilot against the tide. Tide analyst output incomplete — not using it, PS-1216 governs.',
          },
        ],
      },
      {
        name: 'transfer_coordinator',
        description: 'Books boat transfers',
        instructions: 'Book the boat.',
        replies: [
          {
            call: 'vessel_booking',
            args: { vessel: 'MV Tern', date: '2026-12-16', pax: 3, cargo_kg: 140 },
            result:
              'BKG-T-9921: depart Pier 3 07:15, land east 07:55; pick-up 16:30. Per harbour pilot schedule PS-1216 (HW 10:42 4.1 m).',
          },
          { say: 'BKG-T-9921 — out 07:15 land 07:55, back pick-up 16:30 (PS-1216).' },
        ],
      },
      {
        name: 'tide_analyst',
        description: 'Computes tide windows',
        instructions: 'Give tide windows when asked.',
        replies: [{ say: 'East landing 16/12: HW 10:4', cutOff: true }],
      },
      {
        name: 'navwarn_lead',
        description: 'Handles notices to mariners',
        instructions: 'Have the warning drafted and issued.',
        replies: [
          {
            handoff: 'notice_writer',
            message:
              'Draft NAVWARN: Skerry Point A4321 main light unlit 16 Dec 0800-1700 LT, temp light Fl(2)10s 5M.',
          },
          { say: 'NAVWARN 214/26 issued.' },
        ],
      },
      {
        name: 'notice_writer',
        description: 'Drafts navigational warnings',
        instructions: 'Draft and issue the warning.',
        replies: [
          {
            call: 'navwarn_issue',
            args: { light: 'A4321', from: '2026-12-16T08:00', to: '2026-12-16T17:00', temp: 'Fl(2)10s 5M' },
            result: 'NAVWARN 214/26 published 2026-12-14 09:00.',
          },
          {
            say: 'NAVWARN 214/26: SKERRY POINT LT A4321 UNLIT 160800-161700 LT DEC. TEMPORARY LT FL(2)10S 5M EXHIBITED.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'greenkeeping-spray-plan-one-revise',
    title:
      'The agronomy reviewer sends the fungicide plan back once for the buffer zone near the pond, the greenkeeper fixes it, and the second version is approved',
    domain: 'golf course greenkeeping',
    mast: ['FM-1.3'],
    nearMissOf: 'handoff_loop: a revise loop that converges after one real fix',
    request:
      'Fusarium patch showing on greens 4, 7 and 12 at Holm Park GC. Write the spray plan for Tue 8 Dec (forecast 6 °C, wind 8 km/h SW).',
    topology: {
      shape: 'pipeline',
      order: ['head_greenkeeper', 'agronomy_reviewer'],
      loop: { from: 'agronomy_reviewer', to: 'head_greenkeeper', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'head_greenkeeper',
        description: 'Plans course maintenance',
        instructions: 'Write the spray plan; revise it when the reviewer asks.',
        replies: [
          {
            say: 'Spray plan 08/12: fludioxonil (Medallion TL) 2.0 L/ha on G4 (520 m²), G7 (610 m²), G12 (480 m²) = 1,610 m² → 0.32 L product, water 400 L/ha → 64 L. Boom sprayer, 07:30 start, greens closed till 11:00.',
          },
          {
            say: 'Spray plan 08/12 v2: fludioxonil (Medallion TL) 2.0 L/ha on G4 (520 m²) and G12 (480 m²) by boom; G7 (610 m²) — 5 m no-spray buffer to pond edge (approx 70 m² excluded), rest by knapsack with drift-reducing nozzle. Treated 1,540 m² → 0.31 L product, 62 L water. 07:30 start, greens closed till 11:00.',
          },
        ],
      },
      {
        name: 'agronomy_reviewer',
        description: 'Checks spray plans against the label and site rules',
        instructions: 'Reply APPROVED, or REVISE with the issue.',
        replies: [
          { say: 'REVISE: G7 back edge is within 5 m of the pond — label LERAP buffer, no boom there.' },
          {
            say: 'APPROVED v2 — buffer on G7 ok, rates within label (max 2 apps/yr), record in spray log SL-26-044.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'laundry-hospital-batch-thermal-spec-kept',
    title:
      'The production router paraphrases the thermal disinfection requirement (71 °C for 3 min) as "71C/180s hold" and the tunnel washer planner keeps it; weights move between kg and tonnes',
    domain: 'commercial laundry',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: a paraphrased requirement that the worker still meets, with values reformatted between agents',
    request:
      'Tonight’s batch for St Anne’s Hospital: 3.4 t of linen (sheets, theatre gowns, 410 kg of infected/foul bagged in red alginate). Plan washing per HTM 01-04 and the return delivery by 06:00.',
    topology: {
      shape: 'network',
      coordinator: 'production_router',
      workers: ['tunnel_planner', 'delivery_planner'],
    },
    agents: [
      {
        name: 'production_router',
        description: 'Routes laundry production jobs',
        instructions: 'Send washing and delivery planning to the specialists, then confirm the night plan.',
        replies: [
          {
            handoff: 'tunnel_planner',
            message:
              'StAnne night lot SA-1204: 3.4 t total. 410 kg red bag (infected) = alginate bags straight in, no sorting, own batches. all hosp linen must hit 71C/180s hold (or 65/10min) in the disinfection zone. Give me batches + finish time.',
          },
          {
            handoff: 'delivery_planner',
            message: 'SA-1204 clean return to St Anne’s by 06:00, ~3.4t in cages, finish from tunnel ~03:50.',
          },
          {
            say: 'SA-1204 night plan: tunnel T1 72 batches (incl. 9 red-bag, 71 °C ≥3 min), done 03:48; 2 trucks leave 04:30/04:45, at St Anne’s 05:20/05:35. On plan.',
          },
        ],
      },
      {
        name: 'tunnel_planner',
        description: 'Plans continuous batch tunnel washer runs',
        instructions: 'Plan tunnel washer batches meeting the disinfection spec.',
        replies: [
          {
            call: 'tunnel_program',
            args: {
              tunnel: 'T1',
              lot: 'SA-1204',
              batch_kg: 50,
              batches: 72,
              program: 'HOSP-TD71',
              red_bag_batches: 9,
            },
            result:
              'T1 loaded: 72 batches x 50 kg (3,600 kg cap, 3,400 kg used). HOSP-TD71: compartment 6-8 at 71.5C, dwell 3m20s. Red bag batches B01-B09 first, chute closed. ETA last batch out 03:48.',
          },
          {
            say: 'T1: 72 × 50 kg (3,400 kg) on HOSP-TD71 — 71.5 °C, 3 min 20 s in the disinfection zone. Red bags 410 kg = B01-B09 first, unsorted in alginate. Last batch out 03:48.',
          },
        ],
      },
      {
        name: 'delivery_planner',
        description: 'Plans delivery trucks',
        instructions: 'Plan the return delivery.',
        replies: [
          {
            call: 'fleet_plan',
            args: { lot: 'SA-1204', kg: 3400, deadline: '06:00', site: 'StAnne-Dock2' },
            result:
              'TRK-03 cages 1-18 (1.75 t) dep 04:30 arr 05:20; TRK-07 cages 19-34 (1.65 t) dep 04:45 arr 05:35.',
          },
          { say: 'TRK-03 04:30→05:20 (1.75 t), TRK-07 04:45→05:35 (1.65 t). Both before 06:00.' },
        ],
      },
    ],
    expected: null,
  }),
];

/** Blind batch 13: 10 faults and 6 healthy look-alikes in 16 new domains, every topology. */
export const blindBatch13Scenarios = [...faults, ...lookAlikes];
