import { type AgentTurn, TOPOLOGY_END, type Trace } from '../model/trace.ts';

/**
 * The agent the program declared to run after `turn`'s agent, when its topology names exactly one
 * (one edge, or conditional edges that all lead to the same node). Undefined when nothing was
 * declared, when several nodes could follow (a router that did not get to choose) or when the graph
 * ends there. A node without a known agent is named by its id (a workflow step that never ran).
 */
export function declaredNext(trace: Trace, turn: AgentTurn): string | undefined {
  const next = new Set<string>();
  for (const graph of trace.topology ?? []) {
    const nameOf = new Map(graph.nodes.map((node) => [node.id, node.agent ?? node.id]));
    for (const node of graph.nodes) {
      if ((node.agent ?? node.id) !== turn.agent) continue;
      for (const edge of graph.edges)
        if (edge.from === node.id)
          next.add(edge.to === TOPOLOGY_END ? TOPOLOGY_END : (nameOf.get(edge.to) ?? edge.to));
    }
  }
  const [only] = next;
  return next.size === 1 && only !== TOPOLOGY_END ? only : undefined;
}
