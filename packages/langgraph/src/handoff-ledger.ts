import type { HandoffKind, TurnHandle, WorkflowHandle } from '@handoff/core';
import { isSend, nodeOf } from './convert.ts';
import { type Ended, type GraphScope, staticSenders, takeAnnounced } from './graph-scope.ts';
import { type DescribedUpdate, describeSend } from './payload-text.ts';

/** A handoff a turn received, for its hand-backs and for the teams it runs. */
export interface Received {
  from: string;
  /** The sender handed it work (a transfer, a delegation, a Send, a routing decision). */
  dispatch: boolean;
  content: string;
  task?: string;
  payload?: unknown;
}

interface Outgoing {
  kind: HandoffKind;
  routed?: boolean;
  from: TurnHandle;
  content: string;
  task?: string;
  payload?: unknown;
  metadata: Record<string, unknown>;
  at: number;
}

/**
 * Handoffs that hand work to the receiver: its reply to the sender is a hand-back (`return`). So do
 * routers: a routing decision, or a message whose sender named the receiver in its update (`next`).
 */
const DISPATCH_KINDS = new Set<HandoffKind>(['transfer', 'delegation', 'send']);

/**
 * The handoffs of a LangGraph run: announced by senders (Command, router, Send, transfer tool) in the
 * graph they go to, and sent when their receiver starts, so each reaches exactly the turn it started.
 */
export class HandoffLedger {
  private readonly scopes = new Map<string, GraphScope>();
  private readonly received = new Map<string, Received[]>();
  private readonly now: () => number;

  constructor(now: () => number) {
    this.now = now;
  }

  openScope(id: string, owner: TurnHandle | undefined): GraphScope {
    const scope: GraphScope = {
      id,
      prefix: owner ? `${owner.agent}/` : '',
      ...(owner ? { owner } : {}),
      ended: [],
      announced: [],
    };
    this.scopes.set(id, scope);
    return scope;
  }

  scope(id: string | undefined): GraphScope | undefined {
    return id === undefined ? undefined : this.scopes.get(id);
  }

  closeScope(id: string): GraphScope | undefined {
    const scope = this.scopes.get(id);
    this.scopes.delete(id);
    return scope;
  }

  receivedBy(turn: TurnHandle): Received[] {
    let list = this.received.get(turn.id);
    if (!list) {
      list = [];
      this.received.set(turn.id, list);
    }
    return list;
  }

  ended(scope: GraphScope, entry: Omit<Ended, 'endedAt'>): void {
    scope.ended.push({ ...entry, endedAt: this.now() });
  }

  /** Announces handoffs to `targets` (node names or Sends); `described` undefined: filled at the sender's end. */
  announceTargets(
    scope: GraphScope,
    from: TurnHandle,
    targets: unknown[],
    kind: HandoffKind,
    described: DescribedUpdate | undefined,
    extra: Record<string, unknown> = {},
  ): void {
    const at = this.now();
    targets.forEach((target, i) => {
      if (isSend(target) && target.node) {
        const sent = describeSend(target.args);
        scope.announced.push({
          node: target.node,
          kind: 'send',
          from,
          content: sent.text,
          ...(sent.payload === undefined ? {} : { payload: sent.payload }),
          metadata: { ...extra },
          pushIndex: i,
          at,
        });
        return;
      }
      const node = nodeOf(target);
      if (!node) return;
      scope.announced.push({
        node,
        kind,
        from,
        content: described?.text ?? '',
        ...(described?.payload ? { payload: described.payload } : {}),
        metadata: { ...extra, ...(described?.routing ? { routing: true } : {}) },
        ...(described ? {} : { pending: true }),
        ...(described?.routed ? { routed: true } : {}),
        at,
      });
    });
  }

  /**
   * A handoff tool's Command: a transfer to each node it names. The message is the tool's arguments
   * (a task description), else what a Send carries, else what the agent said, else nothing: a routing
   * decision. Never the tool call itself. Returns the message.
   */
  announceTransfer(
    scope: GraphScope,
    from: TurnHandle,
    gotos: unknown[],
    tool: { name: string; args: unknown; argsText: string; said: string },
  ): string {
    const at = this.now();
    const hasArgs = tool.args !== null && typeof tool.args === 'object' && Object.keys(tool.args).length > 0;
    let message = '';
    gotos.forEach((goto, i) => {
      const node = nodeOf(goto);
      if (!node) return;
      const sent = isSend(goto) ? describeSend(goto.args) : undefined;
      const content = tool.argsText || sent?.text || tool.said;
      message = content;
      const payload = hasArgs ? tool.args : sent?.payload;
      scope.announced.push({
        node,
        kind: 'transfer',
        from,
        content,
        ...(tool.argsText ? { task: tool.argsText } : {}),
        ...(payload === undefined ? {} : { payload }),
        metadata: { tool: tool.name, ...(sent ? { send: true } : {}), ...(content ? {} : { routing: true }) },
        ...(sent ? { pushIndex: i } : {}),
        at,
      });
    });
    return message;
  }

  /** Routers that ran before their node ended: the nodes they named. */
  pendingRoutes(scope: GraphScope | undefined, from: TurnHandle) {
    return scope?.announced.filter((a) => a.from === from && a.pending) ?? [];
  }

  /** Fills the routers' announcements with what their node said, now that it ended. */
  fillRoutes(scope: GraphScope | undefined, from: TurnHandle, described: DescribedUpdate): void {
    for (const a of this.pendingRoutes(scope, from)) {
      a.pending = false;
      a.content = described.text;
      if (described.payload) a.payload = described.payload;
      if (described.routing) a.metadata.routing = true;
      if (described.routed) a.routed = true;
    }
  }

  /**
   * Sends the handoffs into a node's turn just before it starts: what was announced for it, else
   * its static edges, else (first node of a nested graph) what its team was given.
   */
  deliver(
    workflow: WorkflowHandle,
    scope: GraphScope,
    task: { node: string; agent: string; step: number; pushIndex: number | undefined; toTurnId?: string },
  ): Received[] {
    const sent: Received[] = [];
    const send = (handoff: Outgoing): void => {
      sent.push(...this.send(workflow, handoff, task.agent, task.toTurnId));
    };
    const announced = takeAnnounced(scope, task.node, task.pushIndex);
    for (const a of announced) send(a);
    if (announced.length > 0 || task.pushIndex !== undefined) return sent;
    const senders = staticSenders(scope, task.step, task.agent);
    for (const sender of senders)
      send({
        kind: 'edge',
        from: sender.turn,
        content: sender.output,
        metadata: sender.routing ? { routing: true } : {},
        at: sender.endedAt,
      });
    if (senders.length > 0 || scope.ended.length > 0 || !scope.owner || scope.owner.agent === task.agent)
      return sent;
    const given = this.received.get(scope.owner.id)?.at(-1);
    if (given)
      send({
        kind: 'edge',
        from: scope.owner,
        content: given.content,
        ...(given.task ? { task: given.task } : {}),
        ...(given.payload === undefined || !given.content ? {} : { payload: given.payload }),
        metadata: { subgraph: 'enter', ...(given.dispatch && !given.content ? { routing: true } : {}) },
        at: this.now(),
      });
    return sent;
  }

  /** A call into an agent (a tool invoking it, a functional-API task call); the callee's turn receives it. */
  delegate(
    workflow: WorkflowHandle,
    caller: TurnHandle,
    agent: string,
    call: { content: string; payload: unknown; metadata?: Record<string, unknown> },
  ): Received[] {
    const { content, payload } = call;
    return this.send(
      workflow,
      {
        kind: 'delegation',
        from: caller,
        content,
        ...(content ? { task: content } : {}),
        ...(payload !== null && typeof payload === 'object' ? { payload } : {}),
        metadata: { ...call.metadata, ...(content ? {} : { routing: true }) },
        at: this.now(),
      },
      agent,
    );
  }

  /** A result carried back to the turn that asked for it (a called agent, a task, a team's last word). */
  giveBack(
    workflow: WorkflowHandle,
    from: TurnHandle,
    to: TurnHandle,
    content: string,
    metadata: Record<string, unknown> = {},
  ): void {
    if (to.ended) return;
    workflow.sendHandoff({
      kind: 'return',
      from: from.agent,
      to: to.agent,
      fromTurnId: from.id,
      toTurnId: to.id,
      content,
      metadata,
    });
  }

  /** When a team's graph ends, the last agent in it that said something answers the team's node. */
  exitTeam(workflow: WorkflowHandle, scope: GraphScope): void {
    const last = scope.ended.filter((e) => !e.routing && e.output).at(-1);
    // A team led by its own turn answered through that turn: nothing more comes back.
    if (scope.owner && last && !scope.ledByOwner)
      this.giveBack(workflow, last.turn, scope.owner, last.output, { subgraph: 'exit' });
  }

  private send(workflow: WorkflowHandle, handoff: Outgoing, to: string, toTurnId?: string): Received[] {
    const kind = this.handBack(handoff.from, to, handoff.kind);
    workflow.sendHandoff({
      kind,
      from: handoff.from.agent,
      to,
      fromTurnId: handoff.from.id,
      ...(toTurnId ? { toTurnId } : {}),
      content: handoff.content,
      ...(handoff.task ? { task: handoff.task } : {}),
      ...(handoff.payload === undefined ? {} : { payload: handoff.payload }),
      metadata: kind === handoff.kind ? handoff.metadata : { ...handoff.metadata, via: handoff.kind },
      at: handoff.at,
    });
    if (kind === 'return') return [];
    return [
      {
        from: handoff.from.agent,
        dispatch: DISPATCH_KINDS.has(kind) || handoff.routed === true || handoff.metadata.routing === true,
        content: handoff.content,
        ...(handoff.task ? { task: handoff.task } : {}),
        ...(handoff.payload === undefined ? {} : { payload: handoff.payload }),
      },
    ];
  }

  /** A message back to the agent that handed this turn its work is a hand-back (`return`). */
  private handBack(from: TurnHandle, to: string, kind: HandoffKind): HandoffKind {
    if (kind === 'send' || kind === 'delegation') return kind;
    const received = this.received.get(from.id) ?? [];
    return received.some((r) => r.from === to && r.dispatch) ? 'return' : kind;
  }
}
