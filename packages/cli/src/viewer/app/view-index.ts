import type { AgentTurn, ContextItem, Finding, Handoff } from '@handoff/core';
import type { WorkflowView } from './types.ts';

/** Lookups the views share, built once per workflow (a long run has thousands of handoffs). */
export interface ViewIndex {
  view: WorkflowView;
  handoffs: Map<string, Handoff>;
  turns: Map<string, AgentTurn>;
  findingsByHandoff: Map<string, Finding[]>;
  findingsByTurn: Map<string, Finding[]>;
  /** Position of each handoff in send order (0-based). */
  order: Map<string, number>;
  /** Handoff ids per edge (see edgeKey), the failing ones first, then by send time. */
  edgeSteps: Map<string, string[]>;
  /** The handoff the root cause sits on, if any (also when the failure names only a turn). */
  failingHandoffId: string | undefined;
  /** The agent whose turn introduced the fault (where it must be fixed), as the diagnosis names it. */
  responsibleAgent: string | undefined;
  /** Versions of each context item, oldest first. */
  contextVersions: Map<string, ContextItem[]>;
}

export const edgeKey = (from: string, to: string) => `${from}\u0000${to}`;

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexView(view: WorkflowView): ViewIndex {
  const { trace, analysis } = view;
  const failure = analysis.failure;
  const handoffs = new Map(trace.handoffs.map((x) => [x.id, x]));
  const turns = new Map(trace.turns.map((x) => [x.id, x]));
  const findingsByHandoff = new Map<string, Finding[]>();
  const findingsByTurn = new Map<string, Finding[]>();
  for (const finding of analysis.findings) {
    if (finding.handoffId) push(findingsByHandoff, finding.handoffId, finding);
    if (finding.turnId) push(findingsByTurn, finding.turnId, finding);
  }
  const order = new Map(trace.handoffs.map((x, i) => [x.id, i]));
  let failingHandoffId = failure?.handoffId;
  if (failure && !failingHandoffId && failure.turnId) {
    const onBoundary = trace.handoffs.filter(
      (x) => x.from === failure.boundary.from && x.to === failure.boundary.to,
    );
    failingHandoffId = (
      onBoundary.find((x) => x.toTurnId === failure.turnId) ??
      onBoundary.find((x) => x.fromTurnId === failure.turnId)
    )?.id;
  }
  const rank = (handoff: Handoff) => {
    if (handoff.id === failingHandoffId) return 0;
    const findings = findingsByHandoff.get(handoff.id) ?? [];
    if (findings.some((f) => f.severity === 'error')) return 1;
    return findings.length > 0 ? 2 : 3;
  };
  const edges = new Map<string, Handoff[]>();
  for (const handoff of trace.handoffs) push(edges, edgeKey(handoff.from, handoff.to), handoff);
  const edgeSteps = new Map<string, string[]>();
  for (const [key, list] of edges) {
    const ranked = list.map((handoff) => ({ handoff, rank: rank(handoff) }));
    // Array.prototype.sort is stable: equal ranks stay in send order.
    ranked.sort((a, b) => a.rank - b.rank);
    edgeSteps.set(
      key,
      ranked.map((x) => x.handoff.id),
    );
  }
  const responsibleAgent = failure?.agent;
  const contextVersions = new Map<string, ContextItem[]>();
  for (const item of trace.contextItems) push(contextVersions, item.key, item);
  for (const list of contextVersions.values()) list.sort((a, b) => a.version - b.version);
  return {
    view,
    handoffs,
    turns,
    findingsByHandoff,
    findingsByTurn,
    order,
    edgeSteps,
    failingHandoffId,
    responsibleAgent,
    contextVersions,
  };
}
