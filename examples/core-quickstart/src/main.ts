import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createTracer, jsonlStore, readTrace } from '@handoff/core';
import { runResearchTeam } from './research-team.ts';

const { values } = parseArgs({
  options: {
    'trace-dir': { type: 'string', default: '.handoff' },
    'no-content-addressing': { type: 'boolean', default: false },
  },
});

const store = jsonlStore({ dir: values['trace-dir'], contentAddressing: !values['no-content-addressing'] });
const tracer = createTracer({ store });
const answer = await runResearchTeam(tracer);
await tracer.shutdown();

const trace = await readTrace(store.path);
const { size } = await stat(store.path);
const seconds = ((trace.workflow.endedAt ?? trace.workflow.startedAt) - trace.workflow.startedAt) / 1000;
console.log(`Workflow "${trace.workflow.name}" ${trace.workflow.status} in ${seconds.toFixed(3)} s`);
console.log(`Agents: ${[...new Set(trace.turns.map((turn) => turn.agent))].join(' → ')}`);
for (const handoff of trace.handoffs) {
  const preview = handoff.content.length > 70 ? `${handoff.content.slice(0, 70)}…` : handoff.content;
  console.log(`  ${handoff.from} → ${handoff.to}: "${preview}"`);
}
const reads = trace.turns.flatMap((turn) =>
  turn.contextReads.map((read) => `${read.agent} read ${read.key} v${read.version}`),
);
console.log(`Context reads: ${reads.join('; ')}`);
console.log(`Final answer: ${answer.slice(0, 90)}…`);
console.log(
  `Trace: ${store.path} (${size} bytes, ${values['no-content-addressing'] ? 'without' : 'with'} content addressing)`,
);
