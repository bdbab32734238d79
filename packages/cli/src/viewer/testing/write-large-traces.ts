import { jsonlStore } from '@handoff/core';
import { generateTrace, type SyntheticFault, type SyntheticShape } from '@handoff/core/testing';

const SHAPES: SyntheticShape[] = ['chain', 'fanout', 'supervisor', 'loop'];
const FAULTS: SyntheticFault[] = [
  'stale_context',
  'misunderstood_task',
  'low_quality_output',
  'lost_message',
  'agent_error',
];

/**
 * Large traces for the viewer's browser tests and screenshots: one long workflow (a 6-agent chain
 * repeated until it has about `handoffs` handoffs, with a fault) and `workflows` small ones of every
 * shape, a third of them healthy.
 */
export async function writeLargeTraces(
  dir: string,
  options: { handoffs?: number; workflows?: number },
): Promise<void> {
  if (options.handoffs) {
    const long = jsonlStore({ dir, file: 'long.jsonl' });
    await generateTrace({
      seed: 4242,
      shape: 'chain',
      agents: 6,
      rounds: Math.ceil(options.handoffs / 5),
      faults: ['stale_context', 'misunderstood_task'],
      store: long,
    });
    await long.close?.();
  }
  const store = jsonlStore({ dir, file: 'many.jsonl' });
  for (let i = 0; i < (options.workflows ?? 0); i++) {
    const shape = SHAPES[i % SHAPES.length]!;
    const fault = i % 3 === 0 ? [] : [shape === 'loop' ? 'handoff_loop' : FAULTS[i % FAULTS.length]!];
    await generateTrace({ seed: 1000 + i, shape, faults: fault as SyntheticFault[], store });
  }
  await store.close?.();
}
