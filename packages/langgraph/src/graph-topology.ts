import { type GraphTopology, TOPOLOGY_END, TOPOLOGY_START } from '@handoff/core';

/** What `getGraph()` draws (`Graph` of `@langchain/core/runnables/graph`): nodes and edges by id. */
interface DrawnGraph {
  nodes: Record<string, { id: string }>;
  edges: { source: string; target: string; data?: string; conditional?: boolean }[];
}

/**
 * A compiled graph (`StateGraph#compile()`, `createSupervisor(...).compile()`, `createSwarm(...)
 * .compile()`): its name, its drawing and the graphs inside its nodes.
 */
export interface CompiledGraphLike {
  getName(): string;
  /** The builder's nodes: `ends` lists where a node may route by `Command`. */
  builder?: { nodes?: Record<string, { ends?: unknown }> };
  getGraph(config?: unknown): DrawnGraph;
  getSubgraphs?(namespace?: string, recurse?: boolean): Iterable<[string, CompiledGraphLike]>;
}

const ENDS = new Set([TOPOLOGY_START, TOPOLOGY_END]);

/**
 * The declared topology of a compiled graph and of the teams nested in its nodes, with each node's
 * agent named as the handler names its turns: `team/agent` inside a team, the team itself for the
 * node that leads it (a supervisor compiled under its own name). Graphs whose nodes are all a
 * prebuilt agent's inner steps are that agent, not a team: they are left out.
 */
export function graphTopologies(
  graph: CompiledGraphLike,
  internalNodes: ReadonlySet<string>,
): GraphTopology[] {
  // Only a built graph (`StateGraph#compile()`) draws its nodes; a functional-API `entrypoint` draws
  // the generic input → function → output of any runnable, and its control flow is code.
  if (!graph.builder) return [];
  const root = graph.getName();
  const out = [drawn(root, graph, '', internalNodes)];
  try {
    for (const [namespace, subgraph] of graph.getSubgraphs?.(undefined, true) ?? []) {
      if (!subgraph.builder) continue;
      const path = namespace.split('|');
      const topology = drawn(`${root}|${namespace}`, subgraph, `${path.join('/')}/`, internalNodes);
      if (topology.nodes.some((node) => !internalNodes.has(node.id))) out.push(topology);
    }
  } catch {
    // A `RemoteGraph` node asks its server for its subgraphs: unreachable, the graphs drawn so far stand.
  }
  return out.filter((topology) => topology.nodes.length > 0);
}

function drawn(name: string, graph: CompiledGraphLike, prefix: string, internal: ReadonlySet<string>) {
  const drawing = graph.getGraph();
  const team = prefix.slice(0, -1);
  const agentOf = (id: string) => (team !== '' && id === team.split('/').at(-1) ? team : prefix + id);
  const ids = Object.keys(drawing.nodes).filter((id) => !ENDS.has(id));
  const edges = drawing.edges.map((edge) => ({
    from: edge.source,
    to: edge.target,
    ...(edge.conditional ? { conditional: true } : {}),
    ...(edge.data !== undefined && edge.data !== edge.target ? { label: String(edge.data) } : {}),
  }));
  // A node that routes by `Command` may also return a plain update and stop there.
  for (const id of ids)
    if (
      Array.isArray(graph.builder?.nodes?.[id]?.ends) &&
      !edges.some((e) => e.from === id && e.to === TOPOLOGY_END)
    )
      edges.push({ from: id, to: TOPOLOGY_END, conditional: true });
  return {
    name,
    nodes: ids.map((id) => (internal.has(id) ? { id } : { id, agent: agentOf(id) })),
    edges,
  } satisfies GraphTopology;
}
