import { type GraphTopology, GraphTopologySchema } from '@handoff/core';

/**
 * The workflow span's attribute holding the graphs the program declared (`trace.topology`), as one
 * JSON array: like GenAI's `gen_ai.tool.definitions`, a declaration with no flat attribute form.
 */
export const TOPOLOGY_ATTRIBUTE = 'handoff.workflow.topology';

/** What the import read from the attribute: the valid graphs, and why any part was not used. */
export interface ReadTopology {
  graphs: GraphTopology[];
  problem?: string;
}

/** The declared graphs as the attribute stores them; undefined when the trace declares none. */
export function topologyAttributeValue(topology: readonly GraphTopology[] | undefined): string | undefined {
  return topology && topology.length > 0 ? JSON.stringify(topology) : undefined;
}

/**
 * The graphs in a workflow span's attribute. Spans without it (other exporters, Handoff before the
 * attribute) give none; a value cut by an attribute length limit or not a list of graphs gives none
 * and says so, and a list keeps its valid graphs.
 */
export function readTopologyAttribute(value: unknown): ReadTopology {
  if (value === undefined) return { graphs: [] };
  let parsed: unknown;
  try {
    parsed = typeof value === 'string' ? JSON.parse(value) : value;
  } catch {
    return { graphs: [], problem: 'not JSON (cut by an attribute length limit?)' };
  }
  if (!Array.isArray(parsed)) return { graphs: [], problem: 'not a list of graphs' };
  const graphs: GraphTopology[] = [];
  let invalid = 0;
  for (const item of parsed) {
    const graph = GraphTopologySchema.safeParse(item);
    if (graph.success) graphs.push(graph.data);
    else invalid++;
  }
  return invalid > 0 ? { graphs, problem: `${invalid} graph(s) not in the topology schema` } : { graphs };
}
