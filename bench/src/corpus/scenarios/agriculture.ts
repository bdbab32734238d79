import { defineScenario } from '../scenario.ts';

export const agricultureScenarios = [
  defineScenario({
    id: 'irrigation-plan-out-of-range',
    title: 'The irrigation planner answers 140 % soil moisture; the valve scheduler’s range check throws',
    domain: 'agriculture',
    mast: ['FM-1.1', 'FM-3.2'],
    request:
      'Plan tomorrow’s drip irrigation for field block B7 (potatoes, 4.2 ha) from tonight’s soil-moisture readings and program the valves.',
    topology: { shape: 'pipeline', order: ['sensor_reader', 'irrigation_planner', 'valve_controller'] },
    program: {
      crash: { agent: 'irrigation_planner', error: 'RangeError: target moisture 140 is outside 0–100 %' },
    },
    agents: [
      {
        name: 'sensor_reader',
        description: 'Reads field sensors',
        instructions: 'Summarise the soil-moisture readings for the planner.',
        replies: [
          {
            call: 'soil_moisture',
            args: { block: 'B7', depth_cm: 30 },
            result: 'B7 at 30 cm, 02:00: probes P1 21 %, P2 19 %, P3 23 % volumetric; field capacity 32 %.',
          },
          { say: 'Block B7 at 30 cm: 19–23 % volumetric moisture (mean 21 %), field capacity 32 %.' },
        ],
      },
      {
        name: 'irrigation_planner',
        description: 'Plans irrigation',
        instructions:
          'Answer with the target moisture in % (0–100) and the run time in minutes, as "target=<n> minutes=<n>".',
        prompt: 'Readings:\n{input}\n\nField: potatoes, 4.2 ha, drip.',
        replies: [{ say: 'target=140 minutes=95' }],
      },
      {
        name: 'valve_controller',
        description: 'Programs irrigation valves',
        instructions: 'Program the valves.',
        replies: [{ say: 'Valves V7-1 to V7-4 programmed.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'irrigation_planner', to: 'valve_controller' },
      agent: 'irrigation_planner',
    },
  }),
  defineScenario({
    id: 'frost-protection-network-units',
    title: 'A routed frost-protection plan: °C, mm/h, m³, litres and hectares restated between agents',
    domain: 'agriculture',
    mast: ['FM-1.1'],
    nearMissOf: 'misunderstood_task: quantities restated in other units and separators',
    request:
      'Frost of −3 °C is forecast for tonight in orchard block O2 (apple, 6 ha). Plan overhead sprinkler frost protection; we have 1,500 m³ in the pond.',
    topology: { shape: 'network', coordinator: 'farm_router', workers: ['weather_analyst', 'water_planner'] },
    agents: [
      {
        name: 'farm_router',
        description: 'Routes farm operations work',
        instructions: 'Route the weather and water questions; finish with the plan.',
        replies: [
          {
            handoff: 'weather_analyst',
            message: 'When will orchard block O2 drop below 0 °C tonight, and how low will it go?',
          },
          {
            handoff: 'water_planner',
            message:
              'Sprinkle O2 (6 ha) from 01:30 until 08:00 (sunrise, temperature back above 0 °C) at 3.5 mm/h. Is 1,500 m³ in the pond enough?',
          },
          {
            say: 'Frost plan O2: sprinklers on at 01:30, off at 08:00 once above 0 °C; 3.5 mm/h over 6 ha uses about 1,365 m³ of the 1,500 m³ pond. Low forecast −3.1 °C at 05:40.',
          },
        ],
      },
      {
        name: 'weather_analyst',
        description: 'Local weather analysis',
        instructions: 'Analyse local forecasts.',
        replies: [
          {
            call: 'local_forecast',
            args: { block: 'O2', night: 'tonight' },
            result:
              'O2: 0 °C at 01:45, minimum −3.1 °C at 05:40, back above zero 07:50; wind 1 m/s; dew point −4 °C.',
          },
          {
            say: 'Below 0 °C from about 01:45, minimum −3.1 °C at 05:40, above zero again by 07:50. Start sprinkling before 01:45.',
          },
        ],
      },
      {
        name: 'water_planner',
        description: 'Plans water use',
        instructions: 'Work out water needs.',
        replies: [
          {
            say: '3.5 mm/h on 60,000 m² is 210 m³ per hour; 01:30–08:00 is 6.5 h, so 1365 m³ (1,365,000 litres). The pond’s 1500 m³ covers it with 135 m³ to spare.',
          },
        ],
      },
    ],
    expected: null,
  }),
];
