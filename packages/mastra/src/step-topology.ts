import { type GraphTopology, TOPOLOGY_END, TOPOLOGY_START, type TopologyEdge } from '@handoff/core';

/** The fields of Mastra's serialized step graph (`workflow.serializedStepGraph`) read here. */
export interface SerializedEntry {
  type: string;
  id?: string;
  agentId?: string;
  /** `AGENT` for a step built from an agent (`createStep(agent)`), `WORKFLOW` for a nested workflow. */
  component?: string;
  step?: SerializedEntry;
  steps?: SerializedEntry[];
  serializedStepFlow?: SerializedEntry[];
}

/** Entries that move data along without a step of their own (`.map()`, `.sleep()`). */
const PLUMBING = new Set(['mapping', 'sleep', 'sleepUntil', 'waitForEvent']);

interface Block {
  entries: string[];
  exits: string[];
  /** Only a condition (a branch, a loop) leads into this block. */
  conditional: boolean;
}

/**
 * A workflow's declared step graph as topologies: one for the workflow and one for each nested
 * workflow (`root|nested`). A step's agent is the one it was built from (`createStep(agent)`,
 * `.agent()`), else the one agent `agentOfStep` saw run in it, else unknown (named by the step id).
 */
export function stepTopologies(
  name: string,
  flow: readonly SerializedEntry[],
  agentOfStep: (stepId: string) => string | undefined,
): GraphTopology[] {
  const graphs: GraphTopology[] = [];
  const nodes = new Map<string, GraphTopology['nodes'][number]>();
  const edges: TopologyEdge[] = [];
  const link = (from: string[], to: string[], conditional: boolean) => {
    for (const source of from)
      for (const target of to)
        edges.push({ from: source, to: target, ...(conditional ? { conditional } : {}) });
  };
  const single = (entry: SerializedEntry): string | undefined => {
    const step = entry.type === 'step' ? entry.step : entry;
    const id = step?.id;
    if (!step || id === undefined || PLUMBING.has(entry.type)) return undefined;
    const nested = step.serializedStepFlow;
    if (nested) graphs.push(...stepTopologies(`${name}|${id}`, nested, agentOfStep));
    const agent =
      entry.agentId ??
      (step.component === 'AGENT' ? id : undefined) ??
      (nested ? undefined : agentOfStep(id));
    nodes.set(id, agent === undefined ? { id } : { id, agent });
    return id;
  };
  const block = (entry: SerializedEntry, before: string[]): Block | undefined => {
    if (entry.type === 'parallel' || entry.type === 'conditional') {
      const ids = (entry.steps ?? []).map(single).filter((id): id is string => id !== undefined);
      if (ids.length === 0) return undefined;
      // A branch whose conditions all fail goes straight on.
      const conditional = entry.type === 'conditional';
      return { entries: ids, exits: conditional ? [...ids, ...before] : ids, conditional };
    }
    if (entry.type === 'loop' || entry.type === 'foreach') {
      const id = entry.step ? single(entry.step) : undefined;
      if (id === undefined) return undefined;
      if (entry.type === 'loop') edges.push({ from: id, to: id, conditional: true });
      return { entries: [id], exits: [id], conditional: false };
    }
    const id = single(entry);
    return id === undefined ? undefined : { entries: [id], exits: [id], conditional: false };
  };
  let exits = [TOPOLOGY_START];
  for (const entry of flow) {
    const next = block(entry, exits);
    if (!next) continue;
    link(exits, next.entries, next.conditional);
    exits = next.exits;
  }
  link(exits, [TOPOLOGY_END], false);
  return [{ name, nodes: [...nodes.values()], edges: dedupe(edges) }, ...graphs];
}

function dedupe(edges: TopologyEdge[]): TopologyEdge[] {
  const seen = new Set<string>();
  return edges.filter((edge) => {
    const key = `${edge.from}>${edge.to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
