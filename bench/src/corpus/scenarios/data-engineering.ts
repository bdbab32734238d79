import { defineScenario } from '../scenario.ts';

export const dataEngineeringScenarios = [
  defineScenario({
    id: 'warehouse-load-error-swallowed',
    title: 'The load fails with a permission error; the loader reports 48,212 rows loaded',
    domain: 'data engineering',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Backfill the orders_daily table for partition 2025-03-10 from the raw orders export and confirm.',
    topology: { shape: 'supervisor', coordinator: 'data_lead', workers: ['loader'], handoffTools: 'task' },
    agents: [
      {
        name: 'data_lead',
        description: 'Runs data requests',
        instructions: 'Delegate loads to the loader and confirm the outcome to the requester.',
        replies: [
          {
            handoff: 'loader',
            message:
              'Load partition 2025-03-10 of analytics.orders_daily from s3://raw/orders/2025-03-10/ and report the row count.',
          },
          { say: 'Backfill done: analytics.orders_daily partition 2025-03-10 is loaded with 48,212 rows.' },
        ],
      },
      {
        name: 'loader',
        description: 'Loads data into the warehouse',
        instructions: 'Run loads with the warehouse tools and report the result.',
        replies: [
          {
            call: 'run_load',
            args: {
              table: 'analytics.orders_daily',
              partition: '2025-03-10',
              source: 's3://raw/orders/2025-03-10/',
            },
            result: {
              error: 'PermissionDenied: role etl_writer has no INSERT privilege on analytics.orders_daily',
            },
          },
          { say: 'Loaded partition 2025-03-10 into analytics.orders_daily: 48,212 rows.' },
        ],
      },
    ],
    expected: { kind: 'agent_error', boundary: { from: 'loader', to: 'data_lead' }, agent: 'loader' },
  }),
];
