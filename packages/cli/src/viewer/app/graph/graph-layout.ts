import dagre from '@dagrejs/dagre';
import { edgeKey, type ViewIndex } from '../view-index.ts';
import { type DeclaredEdge, declaredTopology } from './declared-topology.ts';

export interface GraphNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  turns: number;
  /** The agent where the root cause sits (its turn holds the fault). */
  responsible: boolean;
  /** The declared graphs that name this agent (empty when none does). */
  declaredIn: string[];
  /** Declared, but no turn and no handoff of the run names it: it never ran. */
  declaredOnly: boolean;
}

export interface GraphEdge {
  key: string;
  from: string;
  to: string;
  /** Handoffs on this edge, the failing ones first (see ViewIndex.edgeSteps). */
  handoffIds: string[];
  /** `#n` (the handoff's place in send order) for one handoff, `n×` for many; then the lowest delivery score. */
  label: string;
  labelX: number;
  labelY: number;
  labelWidth: number;
  points: { x: number; y: number }[];
  inChain: boolean;
  cause: boolean;
  /** Every handoff on it was inferred from data flow rather than recorded. */
  inferred: boolean;
  verdict: 'understood' | 'partially' | 'misunderstood' | undefined;
  /** The declared graphs that have this edge (empty when none does). */
  declaredIn: string[];
}

/** An edge the declared graph has and the run never took (no handoff on it). */
export interface UntakenEdge extends DeclaredEdge {
  /** The routers' labels, if any. */
  label: string;
  labelX: number;
  labelY: number;
  labelWidth: number;
  points: { x: number; y: number }[];
  /** The diagnosis put the root cause here (a crash before the declared next agent ran). */
  cause: boolean;
  inChain: boolean;
}

const NODE_WIDTH = 150;
const NODE_HEIGHT = 54;
const LABEL_CHAR = 6.6;

/** Agents as nodes, handoffs (grouped per direction) as edges, laid out by dagre. */
export interface GraphLayout {
  nodes: GraphNode[];
  edges: GraphEdge[];
  untaken: UntakenEdge[];
  width: number;
  height: number;
}

export function layoutGraph(index: ViewIndex): GraphLayout {
  const wide = layoutWith(index, 'LR');
  // A long pipeline laid out left to right gets too small to read in the panel: stack it instead.
  return wide.width > 700 && wide.width > 2 * wide.height ? layoutWith(index, 'TB') : wide;
}

const WORSE = { misunderstood: 2, partially: 1, understood: 0 } as const;

function layoutWith(index: ViewIndex, rankdir: 'LR' | 'TB'): GraphLayout {
  const { trace, analysis } = index.view;
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({
    rankdir,
    nodesep: 40,
    edgesep: 24,
    ranksep: rankdir === 'LR' ? 90 : 50,
    marginx: 20,
    marginy: 20,
  });
  graph.setDefaultEdgeLabel(() => ({}));
  const declared = declaredTopology(trace);
  const ran = new Set([...trace.turns.map((t) => t.agent), ...trace.handoffs.flatMap((x) => [x.from, x.to])]);
  const agents = [...new Set([...ran, ...declared.nodes.keys()])];
  for (const agent of agents) graph.setNode(agent, { width: NODE_WIDTH, height: NODE_HEIGHT });
  const failure = analysis.failure;
  const chain = new Set((failure?.chain ?? []).map((b) => edgeKey(b.from, b.to)));
  const cause = failure ? edgeKey(failure.boundary.from, failure.boundary.to) : '';
  const edges: GraphEdge[] = [];
  for (const [key, handoffIds] of index.edgeSteps) {
    const first = index.handoffs.get(handoffIds[0]!)!;
    let verdict: GraphEdge['verdict'];
    let lowest: number | undefined;
    let inferred = true;
    for (const id of handoffIds) {
      const delivery = analysis.deliveries[id];
      if (delivery && (!verdict || WORSE[delivery.verdict] > WORSE[verdict])) verdict = delivery.verdict;
      if (delivery && (lowest === undefined || delivery.score < lowest)) lowest = delivery.score;
      if (!index.handoffs.get(id)?.inferred) inferred = false;
    }
    const count =
      handoffIds.length === 1 ? `#${(index.order.get(handoffIds[0]!) ?? 0) + 1}` : `${handoffIds.length}×`;
    const label = lowest === undefined ? count : `${count} · ${lowest.toFixed(2)}`;
    const labelWidth = label.length * LABEL_CHAR + 8;
    edges.push({
      key,
      from: first.from,
      to: first.to,
      handoffIds,
      label,
      labelX: 0,
      labelY: 0,
      labelWidth,
      points: [],
      inChain: chain.has(key),
      cause: key === cause,
      inferred,
      verdict,
      declaredIn: declared.edges.get(key)?.graphs ?? [],
    });
    // dagre reserves room for the label so that it overlaps no node and no other label.
    graph.setEdge(first.from, first.to, { width: labelWidth, height: 16, labelpos: 'c' }, key);
  }
  const untaken: UntakenEdge[] = [];
  for (const [key, edge] of declared.edges) {
    if (index.edgeSteps.has(key)) continue;
    const label = edge.labels.join(', ');
    const labelWidth = label ? label.length * LABEL_CHAR + 8 : 0;
    untaken.push({
      ...edge,
      label,
      labelX: 0,
      labelY: 0,
      labelWidth,
      points: [],
      cause: key === cause,
      inChain: chain.has(key),
    });
    graph.setEdge(edge.from, edge.to, { width: labelWidth, height: label ? 16 : 0, labelpos: 'c' }, key);
  }
  dagre.layout(graph);
  const turnCounts = new Map<string, number>();
  for (const turn of trace.turns) turnCounts.set(turn.agent, (turnCounts.get(turn.agent) ?? 0) + 1);
  const nodes = agents.map((agent) => {
    const node = graph.node(agent);
    return {
      id: agent,
      x: node.x,
      y: node.y,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      turns: turnCounts.get(agent) ?? 0,
      responsible: index.responsibleAgent === agent,
      declaredIn: declared.nodes.get(agent) ?? [],
      declaredOnly: !ran.has(agent),
    };
  });
  for (const edge of [...edges, ...untaken]) {
    const laid = graph.edge({ v: edge.from, w: edge.to, name: edge.key });
    edge.points = laid?.points ?? [];
    const mid = edge.points[Math.floor(edge.points.length / 2)] ?? { x: 0, y: 0 };
    edge.labelX = laid?.x ?? mid.x;
    edge.labelY = laid?.y ?? mid.y;
  }
  const size = graph.graph();
  return {
    nodes,
    edges,
    untaken,
    width: Math.max(200, size.width ?? 0),
    height: Math.max(100, size.height ?? 0),
  };
}

/**
 * Lays out a small graph once so that dagre's code is compiled while the page waits for a workflow:
 * its first layout costs ~30 ms of compiling, on the way to the first paint otherwise.
 */
export function warmGraphLayout(): void {
  for (const rankdir of ['LR', 'TB']) {
    const graph = new dagre.graphlib.Graph({ multigraph: true });
    graph.setGraph({ rankdir, nodesep: 40, edgesep: 24, ranksep: 50, marginx: 20, marginy: 20 });
    graph.setDefaultEdgeLabel(() => ({}));
    for (const node of ['a', 'b', 'c']) graph.setNode(node, { width: NODE_WIDTH, height: NODE_HEIGHT });
    graph.setEdge('a', 'b', { width: 40, height: 16, labelpos: 'c' }, 'ab');
    graph.setEdge('b', 'c', { width: 40, height: 16, labelpos: 'c' }, 'bc');
    graph.setEdge('a', 'c', { width: 40, height: 16, labelpos: 'c' }, 'ac');
    dagre.layout(graph);
  }
}
