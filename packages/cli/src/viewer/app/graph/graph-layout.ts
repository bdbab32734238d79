import dagre from '@dagrejs/dagre';
import type { WorkflowView } from '../types.ts';

export interface GraphNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  turns: number;
  failed: boolean;
}

export interface GraphEdge {
  key: string;
  from: string;
  to: string;
  handoffIds: string[];
  /** Handoff order numbers (1-based, by send time). */
  order: number[];
  label: string;
  points: { x: number; y: number }[];
  inChain: boolean;
  cause: boolean;
  verdict: 'understood' | 'partially' | 'misunderstood' | undefined;
}

const NODE_WIDTH = 150;
const NODE_HEIGHT = 54;

/** Agents as nodes, handoffs (grouped per direction) as edges, laid out by dagre. */
interface GraphLayout {
  nodes: GraphNode[];
  edges: GraphEdge[];
  width: number;
  height: number;
}

export function layoutGraph(view: WorkflowView): GraphLayout {
  const wide = layoutWith(view, 'LR');
  // A long pipeline laid out left to right gets too small to read in the panel: stack it instead.
  return wide.width > 700 && wide.width > 2 * wide.height ? layoutWith(view, 'TB') : wide;
}

function layoutWith(view: WorkflowView, rankdir: 'LR' | 'TB'): GraphLayout {
  const { trace, analysis } = view;
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir, nodesep: 40, ranksep: rankdir === 'LR' ? 90 : 50, marginx: 20, marginy: 20 });
  graph.setDefaultEdgeLabel(() => ({}));
  const agents = [
    ...new Set([...trace.turns.map((t) => t.agent), ...trace.handoffs.flatMap((h) => [h.from, h.to])]),
  ];
  for (const agent of agents) graph.setNode(agent, { width: NODE_WIDTH, height: NODE_HEIGHT });
  const failure = analysis.failure;
  const chain = new Set((failure?.chain ?? []).map((b) => `${b.from}\u0000${b.to}`));
  const cause = failure ? `${failure.boundary.from}\u0000${failure.boundary.to}` : '';
  const groups = new Map<string, GraphEdge>();
  trace.handoffs.forEach((handoff, i) => {
    const key = `${handoff.from}\u0000${handoff.to}`;
    let edge = groups.get(key);
    if (!edge) {
      edge = {
        key,
        from: handoff.from,
        to: handoff.to,
        handoffIds: [],
        order: [],
        label: '',
        points: [],
        inChain: chain.has(key),
        cause: key === cause,
        verdict: undefined,
      };
      groups.set(key, edge);
    }
    edge.handoffIds.push(handoff.id);
    edge.order.push(i + 1);
    const verdict = analysis.deliveries[handoff.id]?.verdict;
    if (
      verdict === 'misunderstood' ||
      (verdict === 'partially' && edge.verdict !== 'misunderstood') ||
      (verdict && !edge.verdict)
    )
      edge.verdict = verdict;
  });
  for (const edge of groups.values()) {
    const scores = edge.handoffIds
      .map((id) => analysis.deliveries[id]?.score)
      .filter((s): s is number => s !== undefined);
    const order =
      edge.order.length > 3
        ? `#${edge.order[0]}…#${edge.order.at(-1)} (${edge.order.length}×)`
        : edge.order.map((n) => `#${n}`).join(' ');
    edge.label = scores.length > 0 ? `${order} · ${Math.min(...scores).toFixed(2)}` : order;
    graph.setEdge(
      edge.from,
      edge.to,
      { label: edge.label, width: edge.label.length * 6.5, height: 14, labelpos: 'c' },
      edge.key,
    );
  }
  dagre.layout(graph);
  const failedAgents = new Set(
    analysis.findings.filter((f) => f.severity === 'error').map((f) => f.boundary.from),
  );
  const nodes = agents.map((agent) => {
    const node = graph.node(agent);
    return {
      id: agent,
      x: node.x,
      y: node.y,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      turns: trace.turns.filter((t) => t.agent === agent).length,
      failed: failedAgents.has(agent) && failure?.boundary.from === agent,
    };
  });
  const edges = [...groups.values()].map((edge) => ({
    ...edge,
    points: graph.edge({ v: edge.from, w: edge.to, name: edge.key })?.points ?? [],
  }));
  const points = [
    ...nodes.flatMap((n) => [{ x: n.x + n.width / 2, y: n.y + n.height / 2 }]),
    ...edges.flatMap((e) => e.points),
  ];
  const width = Math.max(200, ...points.map((p) => p.x)) + 24;
  const height = Math.max(100, ...points.map((p) => p.y)) + 24;
  return { nodes, edges, width, height };
}
