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
  defineScenario({
    id: 'churn-query-brief-replaced',
    title: 'A routing bug hands the SQL writer "Write the query." instead of the metric definition',
    domain: 'data engineering',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'How many customers churned in Q1 2025? Churn = active subscription on 1 January 2025 and none on 31 March 2025, excluding test accounts.',
    topology: { shape: 'network', coordinator: 'analytics_router', workers: ['sql_writer', 'query_runner'] },
    program: { lose: { to: 'sql_writer', prompt: 'Write the query.' } },
    agents: [
      {
        name: 'analytics_router',
        description: 'Routes analytics questions',
        instructions: 'Route work to write and run queries; answer with the number and its definition.',
        replies: [
          {
            handoff: 'sql_writer',
            message:
              'Write SQL on warehouse table subscriptions(customer_id, status, start_date, end_date, is_test) counting customers with an active subscription on 2025-01-01 and none on 2025-03-31, excluding is_test.',
          },
          { handoff: 'query_runner', message: 'Run: SELECT COUNT(*) FROM subscriptions;' },
          { say: 'Q1 2025 churn: 182,406 customers.' },
        ],
      },
      {
        name: 'sql_writer',
        description: 'Writes SQL',
        instructions: 'Write SQL for the question you are given.',
        replies: [{ say: 'SELECT COUNT(*) FROM subscriptions;' }],
      },
      {
        name: 'query_runner',
        description: 'Runs SQL on the warehouse',
        instructions: 'Run SQL and return the result.',
        replies: [
          {
            call: 'run_sql',
            args: { sql: 'SELECT COUNT(*) FROM subscriptions;' },
            result: 'count\n182406\n(1 row, 0.8 s)',
          },
          { say: 'Result: 182406 (1 row).' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'analytics_router', to: 'sql_writer' },
      agent: 'sql_writer',
    },
  }),
  defineScenario({
    id: 'revenue-sql-wrong-column',
    title:
      'The SQL writer uses a column that does not exist; the runner reports the error; the router answers anyway',
    domain: 'data engineering',
    mast: ['FM-3.3'],
    request: 'What were our gross bookings per region in March 2025? Use the orders table.',
    topology: { shape: 'network', coordinator: 'analytics_router', workers: ['sql_writer', 'query_runner'] },
    agents: [
      {
        name: 'analytics_router',
        description: 'Routes analytics questions',
        instructions: 'Route work to write and run queries; answer with the numbers.',
        replies: [
          {
            handoff: 'sql_writer',
            message:
              'Write SQL on orders(order_id, region, amount_eur, created_at, status) for gross bookings (sum of amount_eur) per region in March 2025.',
          },
          {
            handoff: 'query_runner',
            message:
              "Run: SELECT region, SUM(amount_eur) FROM orders WHERE created BETWEEN '2025-03-01' AND '2025-03-31' GROUP BY region;",
          },
          {
            say: 'Gross bookings per region for March 2025 are computed; the query ran on the orders table.',
          },
        ],
      },
      {
        name: 'sql_writer',
        description: 'Writes SQL',
        instructions: 'Write SQL for the question you are given.',
        replies: [
          {
            say: "SELECT region, SUM(amount_eur) FROM orders WHERE created BETWEEN '2025-03-01' AND '2025-03-31' GROUP BY region;",
          },
        ],
      },
      {
        name: 'query_runner',
        description: 'Runs SQL on the warehouse',
        instructions: 'Run SQL and return the result or the error.',
        replies: [
          {
            call: 'run_sql',
            args: {
              sql: "SELECT region, SUM(amount_eur) FROM orders WHERE created BETWEEN '2025-03-01' AND '2025-03-31' GROUP BY region;",
            },
            result: { error: 'SQL compilation error: invalid identifier CREATED (line 1, column 52)' },
          },
          { say: 'The query failed: SQL compilation error: invalid identifier CREATED (line 1, column 52).' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'sql_writer', to: 'analytics_router' },
      agent: 'sql_writer',
    },
  }),
  defineScenario({
    id: 'profiling-router-repeats',
    title: 'The router sends the profiler the same request over and over without using its answer',
    domain: 'data engineering',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Profile the new events_raw table (null rates and distinct counts per column) before we build the dashboard.',
    topology: { shape: 'network', coordinator: 'pipeline_router', workers: ['profiler'] },
    agents: [
      {
        name: 'pipeline_router',
        description: 'Routes data-quality work',
        instructions: 'Route profiling work and report the profile.',
        replies: [
          {
            handoff: 'profiler',
            message: 'Profile table events_raw: null rate and distinct count per column.',
          },
          {
            handoff: 'profiler',
            message: 'Profile table events_raw: null rate and distinct count per column.',
          },
          {
            handoff: 'profiler',
            message: 'Profile table events_raw: null rate and distinct count per column.',
          },
          {
            handoff: 'profiler',
            message: 'Profile table events_raw: null rate and distinct count per column.',
          },
          {
            handoff: 'profiler',
            message: 'Profile table events_raw: null rate and distinct count per column.',
          },
          { say: 'Profiling of events_raw did not finish.' },
        ],
      },
      {
        name: 'profiler',
        description: 'Profiles tables',
        instructions: 'Profile tables with the profiling tool.',
        replies: [
          {
            call: 'profile_table',
            args: { table: 'events_raw' },
            result:
              'events_raw (8,412,977 rows): event_id null 0% distinct 8,412,977; user_id null 3.1% distinct 402,118; event_type null 0% distinct 27; ts null 0.02% distinct 8,401,530.',
          },
          {
            say: 'events_raw, 8,412,977 rows: event_id 0% null / 8,412,977 distinct; user_id 3.1% null / 402,118 distinct; event_type 0% null / 27 distinct; ts 0.02% null.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'pipeline_router', to: 'profiler' },
      agent: 'pipeline_router',
    },
  }),
  defineScenario({
    id: 'invoice-extraction-not-json',
    title: 'The extractor answers in prose instead of JSON; the booking code’s JSON.parse throws',
    domain: 'data engineering',
    mast: ['FM-1.1', 'FM-1.2'],
    request:
      'Book the supplier invoice in the attached email (from Kühne Verpackungen) into accounts payable.',
    topology: { shape: 'pipeline', order: ['mail_reader', 'invoice_extractor', 'ap_booker'] },
    program: {
      crash: {
        agent: 'invoice_extractor',
        error: 'SyntaxError: Unexpected token \'S\', "Sure! Here"... is not valid JSON',
      },
    },
    agents: [
      {
        name: 'mail_reader',
        description: 'Reads incoming mail',
        instructions: 'Extract the invoice text from the email.',
        replies: [
          {
            say: 'Invoice RE-2025-0419 from Kühne Verpackungen GmbH, dated 14.04.2025: 1.200 folding boxes à 0,85 EUR = 1.020,00 EUR net, VAT 19 % 193,80 EUR, total 1.213,80 EUR, due in 30 days, IBAN DE44 5001 0517 5407 3249 31.',
          },
        ],
      },
      {
        name: 'invoice_extractor',
        description: 'Extracts invoice fields',
        instructions:
          'Return only JSON: {"vendor","invoice_no","date","net_eur","vat_eur","total_eur","due_days","iban"}.',
        prompt: 'Invoice text:\n{input}',
        replies: [
          {
            say: 'Sure! Here is the invoice data: vendor Kühne Verpackungen GmbH, invoice RE-2025-0419 of 14 April 2025, net 1,020.00 EUR, VAT 193.80 EUR, total 1,213.80 EUR, due in 30 days.',
          },
        ],
      },
      {
        name: 'ap_booker',
        description: 'Books invoices',
        instructions: 'Book invoices into accounts payable.',
        replies: [{ say: 'Booked.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'invoice_extractor', to: 'ap_booker' },
      agent: 'invoice_extractor',
    },
  }),
];
