import { type GraphTopology, TOPOLOGY_END, TOPOLOGY_START } from '../model/trace.ts';

/**
 * The topology of agents that code calls one after another (`a` hands its answer to `b`, then `c`):
 * what a plain-code pipeline declares only in its control flow, written down for the diagnosis.
 *
 * @example
 * await tracer.workflow('invoices', run, {
 *   topology: pipelineTopology(['mail_reader', 'invoice_extractor', 'ap_booker']),
 * });
 */
export function pipelineTopology(agents: readonly string[], name = 'pipeline'): GraphTopology {
  const stages = [TOPOLOGY_START, ...agents, TOPOLOGY_END];
  return {
    name,
    nodes: agents.map((agent) => ({ id: agent, agent })),
    edges: stages.slice(1).map((to, index) => ({ from: stages[index]!, to })),
  };
}
