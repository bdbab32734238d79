import { defineScenario } from '../scenario.ts';

/**
 * Healthy look-alikes of the checks built from blind batch 6's misses: corrections that were
 * applied, a poll whose answer changes, every brief of a plan delivered, the listed option that
 * meets every requirement, a coordinator that says why it skipped a worker. Written after those
 * checks, so they guard against false alarms rather than measure them.
 */
export const correctionsKeptScenarios = [
  defineScenario({
    id: 'ferry-draft-correction-applied',
    title:
      'The fleet office corrects the ferry’s draft after its refit; the berth planner uses the new figure',
    domain: 'ferry operations',
    mast: ['FM-2.5'],
    nearMissOf: 'stale_context: a value a message says was replaced',
    request:
      'MV Skerryvore returns from refit on Friday. Check she can use berth 2 at Kilbrannan at low water and book it for the 06:30 sailing.',
    topology: { shape: 'pipeline', order: ['fleet_office', 'berth_planner', 'harbour_booker'] },
    agents: [
      {
        name: 'fleet_office',
        description: 'Keeps vessel particulars',
        instructions: 'Give the vessel particulars the berth planner needs.',
        replies: [
          {
            call: 'vessel_particulars',
            args: { vessel: 'MV Skerryvore' },
            result:
              'MV Skerryvore: LOA 69.0 m, beam 15.8 m, draft 4.2 m (post-refit survey 11 Mar), pre-refit draft 3.8 m.',
          },
          {
            say: 'Skerryvore after refit: LOA 69.0 m, beam 15.8 m. Draft now 4.2 m — it was 3.8 m before the new bow thruster.',
          },
        ],
      },
      {
        name: 'berth_planner',
        description: 'Checks berths against tides',
        instructions: 'Check the berth depth at low water against the vessel draft plus 0.5 m clearance.',
        prompt: 'Vessel:\n{input}\n\nRequest: {request}',
        replies: [
          {
            call: 'berth_depth',
            args: { port: 'Kilbrannan', berth: 2, tide: 'low water Friday' },
            result: 'Kilbrannan berth 2: 5.1 m at chart datum; LW Friday 05:52 +0.3 m → 5.4 m available.',
          },
          {
            say: 'Berth 2 at LW Friday: 5.4 m available vs draft 4.2 m + 0.5 m clearance = 4.7 m. OK for the 06:30 sailing.',
          },
        ],
      },
      {
        name: 'harbour_booker',
        description: 'Books berths with the harbour master',
        instructions: 'Book the berth the planner cleared.',
        prompt: 'Cleared:\n{input}',
        replies: [
          {
            call: 'book_berth',
            args: { port: 'Kilbrannan', berth: 2, vessel: 'MV Skerryvore', time: 'Fri 06:00-06:40' },
            result: 'Booked KB2-0419: Kilbrannan berth 2, MV Skerryvore, Fri 06:00-06:40.',
          },
          {
            say: 'Booked Kilbrannan berth 2 for MV Skerryvore, Friday 06:00–06:40 (ref KB2-0419). Clearance checked with the 4.2 m post-refit draft.',
          },
        ],
      },
    ],
    expected: null,
  }),

  defineScenario({
    id: 'greenhouse-calibration-polled-until-done',
    title:
      'The climate lead asks the sensor tech three times whether the calibration is done; the third answer is yes',
    domain: 'greenhouse horticulture',
    mast: ['FM-1.3'],
    nearMissOf: 'handoff_loop: the same ask three times',
    request:
      'Bay 4 tomatoes: once the humidity sensors are recalibrated, set the night humidity target for the fruit-set stage.',
    topology: {
      shape: 'nested',
      top: 'grower',
      teams: { climate_lead: ['sensor_tech'] },
    },
    agents: [
      {
        name: 'grower',
        description: 'Head grower',
        instructions: 'Have the climate team set up bay 4 and report.',
        replies: [
          {
            handoff: 'climate_lead',
            message: 'Bay 4: recalibrate the RH sensors, then set the night RH target for fruit set.',
          },
          {
            say: 'Bay 4: RH sensors recalibrated (offset −2.5 %RH), night target set to 80 %RH for fruit set.',
          },
        ],
      },
      {
        name: 'climate_lead',
        description: 'Runs the climate computer',
        instructions: 'Wait for the sensor calibration, then set the targets.',
        replies: [
          { handoff: 'sensor_tech', message: 'Is the bay 4 RH calibration finished?' },
          { handoff: 'sensor_tech', message: 'Is the bay 4 RH calibration finished?' },
          { handoff: 'sensor_tech', message: 'Is the bay 4 RH calibration finished?' },
          {
            call: 'set_target',
            args: { bay: 4, parameter: 'RH', period: 'night', value: 80 },
            result: 'Bay 4 night RH target = 80 %RH (was 85 %RH).',
          },
          { say: 'Calibration done (offset −2.5 %RH). Night RH target for bay 4 now 80 %RH for fruit set.' },
        ],
      },
      {
        name: 'sensor_tech',
        description: 'Maintains the greenhouse sensors',
        instructions: 'Report the calibration status.',
        replies: [
          { say: 'Still running: 2 of 6 sensors done.' },
          { say: 'Still running: 5 of 6 sensors done.' },
          { say: 'Finished: all 6 bay 4 RH sensors calibrated, offset −2.5 %RH applied.' },
        ],
      },
    ],
    expected: null,
  }),

  defineScenario({
    id: 'museum-audio-guide-briefs-all-sent',
    title: 'The planner writes one brief per language from one template; every brief goes out and comes back',
    domain: 'museum audio guides',
    mast: ['FM-3.1'],
    nearMissOf: 'lost_message: a plan keyed by receiver with a part no agent got',
    request:
      'Audio guide for the new Hokusai room (stops 14–19): record it in Japanese, Korean and Italian, 90 seconds per stop at most.',
    topology: {
      shape: 'fanout',
      planner: 'guide_planner',
      workers: ['ja_narrator', 'ko_narrator', 'it_narrator'],
      aggregator: 'guide_publisher',
    },
    agents: [
      {
        name: 'guide_planner',
        description: 'Plans audio guide recordings',
        instructions: 'Write one brief per language.',
        replies: [
          {
            plan: {
              ja_narrator: 'Japanese narration, Hokusai room stops 14–19, max 90 s per stop.',
              ko_narrator: 'Korean narration, Hokusai room stops 14–19, max 90 s per stop.',
              it_narrator: 'Italian narration, Hokusai room stops 14–19, max 90 s per stop.',
            },
          },
        ],
      },
      {
        name: 'ja_narrator',
        description: 'Japanese narrator',
        instructions: 'Record the Japanese track.',
        replies: [{ say: 'JA done: 6 stops, longest 84 s, hokusai_ja_14-19.mp3.' }],
      },
      {
        name: 'ko_narrator',
        description: 'Korean narrator',
        instructions: 'Record the Korean track.',
        replies: [{ say: 'KO done: 6 stops, longest 88 s, hokusai_ko_14-19.mp3.' }],
      },
      {
        name: 'it_narrator',
        description: 'Italian narrator',
        instructions: 'Record the Italian track.',
        replies: [{ say: 'IT done: 6 stops, longest 79 s, hokusai_it_14-19.mp3.' }],
      },
      {
        name: 'guide_publisher',
        description: 'Publishes audio guide tracks',
        instructions: 'Publish the tracks to the guide app.',
        replies: [
          {
            say: 'Hokusai room (stops 14–19) live in the app in JA, KO and IT: hokusai_ja_14-19.mp3 (max 84 s), hokusai_ko_14-19.mp3 (max 88 s), hokusai_it_14-19.mp3 (max 79 s).',
          },
        ],
      },
    ],
    expected: null,
  }),

  defineScenario({
    id: 'conference-room-meets-every-requirement',
    title:
      'Asked for step-free access, 30 seats and a hearing loop, the booker picks the one room with all three',
    domain: 'conference venues',
    mast: ['FM-1.1'],
    nearMissOf: 'misunderstood_task: an option that meets fewer listed requirements than another',
    request:
      'Book a room at the Granary for the patient panel on 9 June, 10:00–13:00: step-free access, 30 seats, hearing loop.',
    topology: { shape: 'swarm', entry: 'event_coordinator', agents: ['event_coordinator', 'venue_booker'] },
    agents: [
      {
        name: 'event_coordinator',
        description: 'Coordinates events',
        instructions: 'Collect the requirements and hand the booking to the venue booker.',
        replies: [
          {
            handoff: 'venue_booker',
            message:
              'Granary, 9 June 10:00–13:00, patient panel. Needs:\n• step-free access\n• 30 seats\n• hearing loop (two panellists use hearing aids)',
          },
        ],
      },
      {
        name: 'venue_booker',
        description: 'Books venue rooms',
        instructions: 'Find a room meeting every requirement and book it.',
        replies: [
          {
            call: 'list_rooms',
            args: { venue: 'Granary', date: '2026-06-09', from: '10:00', to: '13:00' },
            result:
              '- Loft: 40 seats, hearing loop, stairs only (no lift)\n- Mill Room: 30 seats, step-free access, hearing loop\n- Yard Room: 30 seats, step-free access, no hearing loop',
          },
          {
            call: 'book_room',
            args: { venue: 'Granary', room: 'Mill Room', date: '2026-06-09', from: '10:00', to: '13:00' },
            result: 'Booked GR-7712: Mill Room, 9 June 10:00-13:00.',
          },
          {
            say: 'Booked the Mill Room at the Granary for 9 June 10:00–13:00 (ref GR-7712): step-free, 30 seats, hearing loop.',
          },
        ],
      },
    ],
    expected: null,
  }),

  defineScenario({
    id: 'potassium-recheck-used',
    title:
      'The lab agent reports today’s potassium next to yesterday’s haemolysed value; the pharmacist doses on today’s',
    domain: 'hospital pharmacy',
    mast: ['FM-2.5'],
    nearMissOf: 'stale_context: a value a message says was replaced',
    request:
      'Bed 12 (MRN 448120): can we restart the ramipril 5 mg today? Check the potassium and kidney function first.',
    topology: {
      shape: 'supervisor',
      coordinator: 'ward_pharmacist',
      workers: ['lab_agent', 'dose_checker'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'ward_pharmacist',
        description: 'Ward pharmacist',
        instructions: 'Get the labs, have the dose checked, and answer.',
        replies: [
          { handoff: 'lab_agent', message: 'MRN 448120: latest potassium and eGFR.' },
          {
            handoff: 'dose_checker',
            message:
              'Ramipril 5 mg restart, MRN 448120: K+ 4.3 mmol/L, eGFR 58 mL/min. Check against the restart rules.',
          },
          {
            say: 'Bed 12: restart ramipril 5 mg today. K+ 4.3 mmol/L and eGFR 58 are within the restart rules; recheck U&E in 1 week.',
          },
        ],
      },
      {
        name: 'lab_agent',
        description: 'Reads the lab system',
        instructions: 'Report the latest results.',
        replies: [
          {
            call: 'lab_results',
            args: { mrn: '448120', tests: ['K', 'eGFR'] },
            result:
              'MRN 448120: K 4.3 mmol/L (today 07:10); K 6.1 mmol/L (yesterday 06:40, sample haemolysed); eGFR 58.',
          },
          {
            say: 'Potassium today 4.3 mmol/L; yesterday’s was 6.1 mmol/L but that sample was haemolysed. eGFR 58 mL/min.',
          },
        ],
      },
      {
        name: 'dose_checker',
        description: 'Checks doses against the restart rules',
        instructions: 'Check the restart against K+ < 5.0 and eGFR ≥ 30.',
        replies: [{ say: 'Restart OK: K+ 4.3 < 5.0 mmol/L, eGFR 58 ≥ 30. Ramipril 5 mg once daily.' }],
      },
    ],
    expected: null,
  }),

  defineScenario({
    id: 'bird-survey-drone-leg-skipped-with-reason',
    title: 'The survey coordinator routes to two teams and says why the drone team was not needed',
    domain: 'bird surveys',
    mast: ['FM-3.1'],
    nearMissOf: 'lost_message: an answer reporting an unrun worker’s part',
    request:
      'Spring count at Marsh Reserve: transect counts for waders and the reedbed playback survey; add a drone count of the islands if the wind allows.',
    topology: {
      shape: 'network',
      coordinator: 'survey_coordinator',
      workers: ['transect_team', 'reedbed_team', 'drone_team'],
    },
    agents: [
      {
        name: 'survey_coordinator',
        description: 'Coordinates the reserve survey',
        instructions: 'Route work to the transect, reedbed and drone teams; finish with the survey summary.',
        replies: [
          { handoff: 'transect_team', message: 'Wader transects T1–T4 this morning, please.' },
          { handoff: 'reedbed_team', message: 'Reedbed playback survey, points R1–R6.' },
          {
            say: 'Marsh Reserve spring count:\n- Transects: 212 waders (lapwing 96, redshank 71, avocet 45)\n- Reedbed: 3 booming bitterns, 14 bearded tits\n- Drone: not flown — gusts 48 km/h, over the 35 km/h limit; rescheduled.',
          },
        ],
      },
      {
        name: 'transect_team',
        description: 'Walks the wader transects',
        instructions: 'Count waders on the transects.',
        replies: [
          {
            call: 'log_count',
            args: { transects: ['T1', 'T2', 'T3', 'T4'] },
            result: 'T1–T4 logged: lapwing 96, redshank 71, avocet 45 (total 212).',
          },
          { say: '212 waders on T1–T4: lapwing 96, redshank 71, avocet 45.' },
        ],
      },
      {
        name: 'reedbed_team',
        description: 'Runs playback surveys',
        instructions: 'Run the reedbed playback points.',
        replies: [
          {
            call: 'weather_check',
            args: { site: 'Marsh Reserve' },
            result: 'Marsh Reserve 06:00: wind W 28 km/h gusting 48 km/h, dry.',
          },
          { say: 'R1–R6 done: 3 booming bitterns, 14 bearded tits. Wind W 28 km/h, gusts 48 km/h.' },
        ],
      },
      {
        name: 'drone_team',
        description: 'Flies drone counts',
        instructions: 'Fly the island counts when the wind is under 35 km/h.',
        replies: [{ say: 'Islands counted: 38 gull nests, 11 tern scrapes.' }],
      },
    ],
    expected: null,
  }),
];
