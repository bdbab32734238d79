import { defineScenario } from '../scenario.ts';

export const manufacturingScenarios = [
  defineScenario({
    id: 'batch-release-stale-test',
    title: 'The lab technician re-reads a batch test (now FAILED) and reports the cached PASSED',
    domain: 'manufacturing',
    mast: ['FM-1.4', 'FM-3.3'],
    request:
      'Can we ship batch B-2291 of the M8 steel brackets to Volvo Gent today? Check quality and logistics.',
    topology: {
      shape: 'nested',
      top: 'plant_manager',
      teams: { quality_lead: ['lab_technician'], logistics_lead: ['shipping_clerk'] },
    },
    agents: [
      {
        name: 'plant_manager',
        description: 'Decides on shipments',
        instructions: 'Ask quality and logistics, then decide whether the batch ships.',
        replies: [
          { handoff: 'quality_lead', message: 'Is batch B-2291 (M8 steel brackets) released by quality?' },
          { handoff: 'logistics_lead', message: 'Can batch B-2291 leave for Volvo Gent today?' },
          {
            say: 'Batch B-2291 ships today: quality released it (tensile test passed) and truck VG-18 leaves at 16:00 for Volvo Gent.',
          },
        ],
      },
      {
        name: 'quality_lead',
        description: 'Runs the quality team',
        instructions: 'Have the lab check batches and report the release decision.',
        replies: [
          { handoff: 'lab_technician', message: 'Report the final test results of batch B-2291.' },
          { say: 'Batch B-2291 is released: the lab reports the tensile test passed.' },
        ],
      },
      {
        name: 'lab_technician',
        description: 'Reads lab test results',
        instructions: 'Read test results from the LIMS and report them.',
        replies: [
          {
            call: 'lims_result',
            args: { batch: 'B-2291', test: 'tensile' },
            result: 'B-2291 tensile: PASSED 372 MPa (min 350 MPa), sample 1 of 3, cached 08:02.',
          },
          {
            call: 'lims_result',
            args: { batch: 'B-2291', test: 'tensile' },
            result:
              'B-2291 tensile: FAILED, samples 2 and 3 at 331 MPa and 318 MPa (min 350 MPa), final 11:47.',
            text: 'Fetching the final result.',
            waitMs: 20_000,
          },
          { say: 'B-2291 tensile test: PASSED at 372 MPa (minimum 350 MPa).' },
        ],
      },
      {
        name: 'logistics_lead',
        description: 'Runs the logistics team',
        instructions: 'Have the shipping clerk plan transport and report it.',
        replies: [
          { handoff: 'shipping_clerk', message: 'Find transport for batch B-2291 to Volvo Gent today.' },
          { say: 'Truck VG-18 can take B-2291 to Volvo Gent today, leaving 16:00.' },
        ],
      },
      {
        name: 'shipping_clerk',
        description: 'Books transport',
        instructions: 'Find and book trucks.',
        replies: [
          {
            call: 'truck_schedule',
            args: { destination: 'Volvo Gent', date: 'today' },
            result: 'VG-18 departs 16:00, 6 pallet places free.',
          },
          { say: 'VG-18 leaves at 16:00 for Volvo Gent with 6 free pallet places; B-2291 needs 4.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'lab_technician', to: 'quality_lead' },
      agent: 'lab_technician',
    },
  }),
  defineScenario({
    id: 'maintenance-work-order-error-relayed',
    title: 'The CMMS rejects the work order; the planner relays the error text as the work order',
    domain: 'manufacturing',
    mast: ['FM-3.2'],
    request:
      'Press line P3 has a hydraulic leak on press 3.2. Schedule the repair for tonight’s shift and order the seal kit.',
    topology: {
      shape: 'nested',
      top: 'shift_supervisor',
      teams: { maintenance_lead: ['maintenance_planner', 'parts_buyer'] },
    },
    agents: [
      {
        name: 'shift_supervisor',
        description: 'Runs the production shift',
        instructions: 'Get maintenance to schedule repairs and report back to the plant.',
        replies: [
          {
            handoff: 'maintenance_lead',
            message:
              'Press 3.2 on line P3 is leaking hydraulic oil. Schedule the repair for tonight (22:00–06:00) and order the seal kit.',
          },
          {
            say: 'Press 3.2 repair: work order Error 422: asset P3-2 is locked by an open lockout/tagout permit LOTO-5517; seal kit SK-40 ordered, delivery 06:30.',
          },
        ],
      },
      {
        name: 'maintenance_lead',
        description: 'Leads maintenance',
        instructions: 'Have the planner schedule work orders and the buyer order parts, then report.',
        replies: [
          {
            handoff: 'maintenance_planner',
            message:
              'Create a work order to repair the hydraulic leak on press 3.2 (asset P3-2), night shift 22:00–06:00.',
          },
          { handoff: 'parts_buyer', message: 'Order seal kit SK-40 for press 3.2, needed by 06:30.' },
          {
            say: 'Work order: Error 422: asset P3-2 is locked by an open lockout/tagout permit LOTO-5517. Seal kit SK-40 ordered, delivery 06:30.',
          },
        ],
      },
      {
        name: 'maintenance_planner',
        description: 'Plans maintenance work orders',
        instructions: 'Create work orders in the CMMS.',
        replies: [
          {
            call: 'create_work_order',
            args: { asset: 'P3-2', task: 'repair hydraulic leak', window: '22:00-06:00' },
            result: { error: 'Error 422: asset P3-2 is locked by an open lockout/tagout permit LOTO-5517' },
          },
          { say: 'Error 422: asset P3-2 is locked by an open lockout/tagout permit LOTO-5517' },
        ],
      },
      {
        name: 'parts_buyer',
        description: 'Orders spare parts',
        instructions: 'Order parts.',
        replies: [
          {
            call: 'order_part',
            args: { part: 'SK-40', quantity: 1, needed_by: '06:30' },
            result: 'PO-99120: SK-40 seal kit x1, express delivery 06:30.',
          },
          { say: 'Ordered SK-40 (PO-99120), delivery 06:30.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'maintenance_planner', to: 'maintenance_lead' },
      agent: 'maintenance_planner',
    },
  }),
];
