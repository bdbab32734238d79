import type { HandoffKind, TurnHandle } from '@handoff/core';

/** A handoff a sender decided on (Command, router, Send, transfer tool), sent when its receiver starts. */
export interface Announced {
  /** Node name of the receiver in the scope the handoff goes to. */
  node: string;
  kind: HandoffKind;
  from: TurnHandle;
  content: string;
  task?: string;
  payload?: unknown;
  metadata: Record<string, unknown>;
  /** Position of a `Send` among its sender's targets (the receiving task's `langgraph_path[1]`). */
  pushIndex?: number;
  /** Content comes from the sender's update, known only when its node ends (a router ran first). */
  pending?: boolean;
  /** The sender chose this receiver by name in its update (a router's decision with its task). */
  routed?: boolean;
  at: number;
}

/** A turn that ended in a scope, for the static edges leaving it. */
export interface Ended {
  turn: TurnHandle;
  step: number;
  output: string;
  routing: boolean;
  /** Its node returned a Command: it goes where the Command says, not along static edges. */
  commanded: boolean;
  endedAt: number;
}

/** One execution of a (sub)graph: its nodes' turns, and the handoffs waiting for them. */
export interface GraphScope {
  id: string;
  /** Agent names of nodes in this graph start with it: '' at the root, `research_team/` inside a team. */
  prefix: string;
  /** The turn that runs this graph (a team node, a delegated agent), if any. */
  owner?: TurnHandle;
  /** A node named like the team leads it: its work is the team turn's own. */
  ledByOwner?: boolean;
  ended: Ended[];
  announced: Announced[];
}

/**
 * The announced handoffs a task of `node` receives: the Send with its push index (else the oldest Send
 * to it) for a pushed task, every non-Send announcement for a pulled one, one per sender.
 */
export function takeAnnounced(scope: GraphScope, node: string, pushIndex: number | undefined): Announced[] {
  const forNode = scope.announced.filter((a) => a.node === node);
  let taken: Announced[];
  if (pushIndex !== undefined) {
    const sends = forNode.filter((a) => a.pushIndex !== undefined);
    const exact = sends.find((a) => a.pushIndex === pushIndex) ?? sends[0];
    taken = exact ? [exact] : forNode.slice(0, 1);
  } else {
    taken = forNode.filter((a) => a.pushIndex === undefined);
  }
  scope.announced = scope.announced.filter((a) => !taken.includes(a));
  const seen = new Set<string>();
  return taken.filter((a) => {
    if (a.pushIndex !== undefined) return true;
    if (seen.has(a.from.id)) return false;
    seen.add(a.from.id);
    return true;
  });
}

/** Senders along static edges into a task at `step`: turns of the previous step that did not route by Command. */
export function staticSenders(scope: GraphScope, step: number, agent: string): Ended[] {
  return scope.ended.filter((e) => e.step === step - 1 && !e.commanded && e.turn.agent !== agent);
}
