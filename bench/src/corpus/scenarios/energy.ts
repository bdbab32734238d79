import { defineScenario } from '../scenario.ts';

export const energyScenarios = [
  defineScenario({
    id: 'feeder-status-stale',
    title: 'The outage checker refreshes a feeder (now tripped) and reports the earlier "energised"',
    domain: 'energy',
    mast: ['FM-1.4'],
    request:
      'Can we move the 8 MW load of the Oosterhout industrial park onto feeder F-114 for tonight’s maintenance on F-112? Check forecast load and feeder status.',
    topology: {
      shape: 'fanout',
      planner: 'switching_planner',
      workers: ['load_forecaster', 'outage_checker'],
      aggregator: 'control_room',
    },
    agents: [
      {
        name: 'switching_planner',
        description: 'Plans switching operations',
        instructions: 'Write one brief per analyst as JSON.',
        replies: [
          {
            plan: {
              load_forecaster:
                'Forecast the peak load on feeder F-114 tonight 22:00–04:00 with the Oosterhout park (8 MW) moved onto it.',
              outage_checker: 'Report the current status of feeder F-114 and any active faults.',
            },
          },
        ],
      },
      {
        name: 'load_forecaster',
        description: 'Forecasts grid load',
        instructions: 'Forecast loads with the forecasting tool.',
        replies: [
          {
            call: 'forecast_load',
            args: { feeder: 'F-114', window: '22:00-04:00', extra_mw: 8 },
            result: 'F-114 peak 22:00–04:00 with +8 MW: 17.6 MW of 20 MW rating (88%).',
          },
          { say: 'F-114 peak tonight with the park: 17.6 MW of its 20 MW rating (88%). Feasible.' },
        ],
      },
      {
        name: 'outage_checker',
        description: 'Checks feeder status',
        instructions: 'Check feeder status in SCADA.',
        replies: [
          {
            call: 'feeder_status',
            args: { feeder: 'F-114' },
            result: 'F-114: ENERGISED, breaker CB-114 closed, no active alarms (SCADA snapshot 13:55).',
          },
          {
            call: 'feeder_status',
            args: { feeder: 'F-114' },
            result:
              'F-114: TRIPPED at 14:02, breaker CB-114 open, earth-fault alarm EF-2207 active, crew dispatched.',
            text: 'Pulling a live reading.',
            waitMs: 420_000,
          },
          { say: 'F-114 is energised, breaker CB-114 closed, no active alarms.' },
        ],
      },
      {
        name: 'control_room',
        description: 'Decides switching',
        instructions: 'Decide on the switching plan from the analysts’ notes.',
        prompt: 'Analyst notes:\n{input}',
        replies: [
          {
            say: 'Approved: tonight at 22:00 transfer the Oosterhout park (8 MW) from F-112 to F-114 (peak 17.6 MW of 20 MW; F-114 energised, no alarms). Switching order SO-3318.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'outage_checker', to: 'control_room' },
      agent: 'outage_checker',
    },
  }),
  defineScenario({
    id: 'solar-curtailment-network',
    title:
      'A routed curtailment decision with MW, percentages, timestamps and asset ids passing between agents',
    domain: 'energy',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task: quantities restated in other units and formats',
    request:
      'Tomorrow 12:00–15:00 the grid operator caps export from solar park SP-Eemshaven (120 MWp) at 60%. Work out the curtailment and schedule it.',
    topology: {
      shape: 'network',
      coordinator: 'energy_router',
      workers: ['yield_forecaster', 'curtailment_scheduler'],
    },
    agents: [
      {
        name: 'energy_router',
        description: 'Routes energy operations work',
        instructions: 'Route forecasting and scheduling; finish with the schedule.',
        replies: [
          {
            handoff: 'yield_forecaster',
            message:
              'Forecast SP-Eemshaven output tomorrow 12:00–15:00 in MW against a 60% export cap (72 MW of 120 MWp).',
          },
          {
            handoff: 'curtailment_scheduler',
            message:
              'Schedule curtailment at SP-Eemshaven tomorrow 12:00–15:00: forecast peak 96 MW, export cap 72 MW (60 % of 120 MWp), so curtail up to 24 MW.',
          },
          {
            say: 'Curtailment CS-2025-0611 scheduled for SP-Eemshaven tomorrow 12:00–15:00: setpoint 72 MW (60% of 120 MWp); expected curtailed energy 58 MWh; inverter groups A–D.',
          },
        ],
      },
      {
        name: 'yield_forecaster',
        description: 'Forecasts solar yield',
        instructions: 'Forecast solar output.',
        replies: [
          {
            call: 'solar_forecast',
            args: { park: 'SP-Eemshaven', window: '12:00-15:00' },
            result: 'SP-Eemshaven 12:00–15:00: 91 MW, 96 MW, 88 MW (hourly means), irradiance 840 W/m².',
          },
          {
            say: 'Forecast 12:00–15:00: 91, 96 and 88 MW hourly, peak 96 MW; above the 72 MW cap by up to 24 MW (about 58 MWh over the window).',
          },
        ],
      },
      {
        name: 'curtailment_scheduler',
        description: 'Schedules curtailment setpoints',
        instructions: 'Schedule plant setpoints.',
        replies: [
          {
            call: 'schedule_setpoint',
            args: { park: 'SP-Eemshaven', start: '12:00', end: '15:00', max_mw: 72 },
            result: 'Setpoint schedule CS-2025-0611: 72.0 MW cap 12:00–15:00 on inverter groups A-D.',
          },
          { say: 'Scheduled CS-2025-0611: 72.0 MW export cap from 12:00 to 15:00 on inverter groups A–D.' },
        ],
      },
    ],
    expected: null,
  }),
];
