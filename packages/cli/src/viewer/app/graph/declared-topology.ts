import type { TOPOLOGY_END, TOPOLOGY_START, Trace } from '@handoff/core';
import { edgeKey } from '../view-index.ts';

/** An edge the program's graph declares between two agents (all graphs that declare it). */
export interface DeclaredEdge {
  key: string;
  from: string;
  to: string;
  graphs: string[];
  /** Taken only when a router picks it, in every graph that declares it. */
  conditional: boolean;
  /** The routers' labels for it (a conditional edge's path-map key). */
  labels: string[];
}

/** The declared graphs as the viewer draws them: agents (a node's agent, else its name) and edges between them. */
export interface DeclaredTopology {
  /** Declared agents, each with the graphs that declare it. */
  nodes: Map<string, string[]>;
  edges: Map<string, DeclaredEdge>;
}

// Core's names, typed against its constants: the browser bundle takes no code from core.
const START: typeof TOPOLOGY_START = '__start__';
const END: typeof TOPOLOGY_END = '__end__';
const ENDS = new Set<string>([START, END]);

/**
 * Folds `trace.topology` onto agents. Entry, exit and self-edges (a loop on one node) are left out:
 * the graph draws what may run after what between agents.
 */
export function declaredTopology(trace: Trace): DeclaredTopology {
  const nodes = new Map<string, string[]>();
  const edges = new Map<string, DeclaredEdge>();
  const add = (list: string[], name: string) => {
    if (!list.includes(name)) list.push(name);
  };
  for (const graph of trace.topology ?? []) {
    const agentOf = new Map(graph.nodes.map((node) => [node.id, node.agent ?? node.id]));
    for (const agent of agentOf.values()) {
      const list = nodes.get(agent) ?? [];
      add(list, graph.name);
      nodes.set(agent, list);
    }
    for (const edge of graph.edges) {
      if (ENDS.has(edge.from) || ENDS.has(edge.to)) continue;
      const from = agentOf.get(edge.from) ?? edge.from;
      const to = agentOf.get(edge.to) ?? edge.to;
      if (from === to) continue;
      const key = edgeKey(from, to);
      const declared = edges.get(key) ?? { key, from, to, graphs: [], conditional: true, labels: [] };
      add(declared.graphs, graph.name);
      declared.conditional &&= edge.conditional === true;
      if (edge.label) add(declared.labels, edge.label);
      edges.set(key, declared);
      for (const agent of [from, to]) if (!nodes.has(agent)) nodes.set(agent, [graph.name]);
    }
  }
  return { nodes, edges };
}
