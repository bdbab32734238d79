import {
  safely,
  type ToolCallHandle,
  type Tracer,
  type TurnHandle,
  textOf,
  valuesText,
  type WorkflowHandle,
} from '@handoff/core';

/** The network stream chunks we read (`from: "NETWORK"`); typed loosely, payloads differ by type. */
interface NetworkChunk {
  type?: string;
  runId?: string;
  payload?: Record<string, unknown>;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : textOf(value ?? ''));

/** A workflow's input as the router wrote it: JSON text, parsed where it parses. */
function parsedPrompt(prompt: string): unknown {
  try {
    return JSON.parse(prompt);
  } catch {
    return prompt;
  }
}

/** The routing agent's choice of a primitive, and the turn that made it. */
interface Decision {
  key: string;
  prompt: string;
  task: string;
  payload: Record<string, unknown>;
  fromTurnId?: string;
}

/** An answer the network's workflow returned, and the agent turn that gave it. */
export interface WorkflowAnswer {
  turn: TurnHandle;
  content: string;
}

/**
 * A workflow the router picked: the decision (a chunk) and the workflow's run (spans, in a trace of
 * its own) arrive in either order; they pair up in the order the workflows ran.
 */
interface WorkflowHop {
  decision?: Decision;
  traceId?: string;
  /** The workflow's first agents, handed its input. */
  entries: TurnHandle[];
  routed: Set<string>;
  answers?: WorkflowAnswer[];
  returned: boolean;
}

/**
 * One `agent.network()` run. The routing agent's decisions only exist as stream chunks, and Mastra
 * exports each executed agent's run as a separate root span carrying the network's run id: this
 * records a turn per routing decision and a `route` handoff to the chosen agent, a `return` handoff
 * with its result, and lets the exporter put the agents' spans into the same workflow by run id.
 */
export class NetworkRun {
  readonly workflow: WorkflowHandle;
  private readonly ownsWorkflow: boolean;
  /** The routing agent's id (Mastra's `networkId`). */
  readonly network: string;
  private routing: TurnHandle | undefined;
  /** Turn ids of the agents' runs in this network, in start order, as the exporter reports them. */
  private readonly agentTurns = new Map<string, string[]>();
  /** Routes sent to each agent so far. */
  private readonly routes = new Map<string, number>();
  private finalResult = '';
  /** Registration keys (what the router names) to agent ids (what runs and replies). */
  private readonly ids = new Map<string, string>();
  private pendingRoute: Decision | undefined;
  private readonly workflowHops: WorkflowHop[] = [];
  /** A routing turn that picked a tool stays open until the tool ran: the call is its. */
  private toolRouting:
    | { turn: TurnHandle; output: string; reasoning: string; call?: ToolCallHandle }
    | undefined;

  constructor(tracer: Tracer, first: NetworkChunk) {
    this.network = str(first.payload?.networkId ?? 'network');
    const current = tracer.currentWorkflow();
    this.ownsWorkflow = current === undefined;
    this.workflow =
      current ??
      tracer.startWorkflow(this.network, {
        input: str((first.payload?.inputData as { task?: unknown } | undefined)?.task),
        metadata: { framework: 'mastra', network: this.network, runId: first.runId },
      });
  }

  /** Called by the exporter when an agent run of this network starts. */
  agentStarted(agent: string, turnId: string): void {
    this.agentTurns.set(agent, [...(this.agentTurns.get(agent) ?? []), turnId]);
  }

  handle(chunk: NetworkChunk): void {
    const payload = chunk.payload ?? {};
    switch (chunk.type) {
      case 'routing-agent-start': {
        this.sendPendingRoute();
        this.endToolRouting();
        const task = str((payload.inputData as { task?: unknown } | undefined)?.task);
        // Receives the previous agent's return handoff (turns receive what is addressed to them).
        this.routing = this.workflow.startTurn({
          agent: this.network,
          input: [{ role: 'user', content: task }],
        });
        return;
      }
      case 'routing-agent-end': {
        this.sendPendingRoute();
        const target = str(payload.primitiveId);
        const prompt = str(payload.prompt);
        const reason = str(payload.selectionReason);
        const decision = (): Decision => ({
          key: target,
          prompt,
          task: str(payload.task),
          payload: {
            selectionReason: reason,
            iteration: payload.iteration,
            primitiveType: payload.primitiveType,
          },
          ...(this.routing ? { fromTurnId: this.routing.id } : {}),
        });
        if (payload.primitiveType === 'tool' && this.routing && !payload.isComplete) {
          this.toolRouting = { turn: this.routing, output: prompt || reason, reasoning: reason };
          return;
        }
        this.routing?.end({ output: prompt || reason, ...(reason ? { reasoning: reason } : {}) });
        if (payload.primitiveType === 'workflow' && target && !payload.isComplete) {
          const hop = this.workflowHops.find((h) => !h.decision) ?? this.newHop();
          hop.decision = decision();
          this.flushHop(hop);
          return;
        }
        if (payload.primitiveType === 'agent' && target && !payload.isComplete) {
          // Sent when the agent starts: the decision names the agent by its registration key, the
          // execution by its id, which is the name its turns and replies carry.
          this.pendingRoute = decision();
        }
        return;
      }
      case 'tool-execution-start': {
        const args = (payload.args ?? {}) as { toolName?: unknown; args?: unknown; prompt?: unknown };
        if (this.toolRouting && !this.toolRouting.call)
          this.toolRouting.call = this.toolRouting.turn.startToolCall({
            name: str(args.toolName ?? payload.primitiveId ?? 'tool'),
            args: args.args ?? parsedPrompt(str(args.prompt)),
          });
        return;
      }
      case 'tool-execution-end': {
        this.toolRouting?.call?.end({ result: payload.result });
        this.endToolRouting();
        return;
      }
      case 'agent-execution-start': {
        const agent = str(payload.agentId);
        if (this.pendingRoute && agent) this.ids.set(this.pendingRoute.key, agent);
        this.sendPendingRoute();
        return;
      }
      case 'agent-execution-end': {
        const agent = str(payload.agentId);
        const turns = this.agentTurns.get(agent) ?? [];
        const fromTurnId = turns[(this.routes.get(agent) ?? turns.length) - 1];
        this.workflow.sendHandoff({
          kind: 'return',
          from: agent,
          to: this.network,
          content: str(payload.result),
          ...(fromTurnId ? { fromTurnId } : {}),
        });
        return;
      }
      case 'network-execution-event-finish': {
        this.sendPendingRoute();
        this.endToolRouting();
        // The completion check: the routing agent judges the work done and states the final result.
        this.finalResult = str(payload.result);
        const check = this.workflow.startTurn({
          agent: this.network,
          input: [{ role: 'user', content: str(payload.task) }],
          metadata: { completionCheck: true },
        });
        const reason = str(payload.completionReason);
        check.end({ output: this.finalResult, ...(reason ? { reasoning: reason } : {}) });
        return;
      }
    }
  }

  /** Called by the exporter: an agent of a workflow the network runs started with the workflow's input. */
  workflowEntered(traceId: string, turn: TurnHandle): void {
    const hop = this.hopOf(traceId);
    hop.entries.push(turn);
    this.flushHop(hop);
  }

  /** Called by the exporter: a workflow the network ran ended; `answers` made its result. */
  workflowAnswered(traceId: string, answers: WorkflowAnswer[]): void {
    const hop = this.hopOf(traceId);
    hop.answers = answers;
    this.flushHop(hop);
  }

  private newHop(): WorkflowHop {
    const hop: WorkflowHop = { entries: [], routed: new Set(), returned: false };
    this.workflowHops.push(hop);
    return hop;
  }

  private hopOf(traceId: string): WorkflowHop {
    const hop =
      this.workflowHops.find((h) => h.traceId === traceId) ??
      this.workflowHops.find((h) => h.traceId === undefined) ??
      this.newHop();
    hop.traceId = traceId;
    return hop;
  }

  /** The route into the workflow's first agents, and their answers back, once both ends are known. */
  private flushHop(hop: WorkflowHop): void {
    const decision = hop.decision;
    if (!decision) return;
    const input = parsedPrompt(decision.prompt);
    const content = typeof input === 'string' ? input : valuesText(input);
    for (const entry of hop.entries) {
      if (hop.routed.has(entry.id)) continue;
      hop.routed.add(entry.id);
      this.workflow.sendHandoff({
        kind: 'route',
        from: this.network,
        to: entry.agent,
        content,
        // The agent works on the router's prompt; the network's own task is the request behind it.
        ...(content ? {} : { task: decision.task }),
        payload: { ...decision.payload, primitiveId: decision.key, input, networkTask: decision.task },
        ...(decision.fromTurnId ? { fromTurnId: decision.fromTurnId } : {}),
        toTurnId: entry.id,
        ...(content ? {} : { metadata: { routing: true } }),
      });
    }
    if (!hop.answers || hop.returned) return;
    hop.returned = true;
    for (const answer of hop.answers)
      this.workflow.sendHandoff({
        kind: 'return',
        from: answer.turn.agent,
        to: this.network,
        fromTurnId: answer.turn.id,
        content: answer.content,
        metadata: { workflow: decision.key },
      });
  }

  private endToolRouting(): void {
    const routing = this.toolRouting;
    if (!routing) return;
    this.toolRouting = undefined;
    routing.call?.end({});
    routing.turn.end({
      output: routing.output,
      ...(routing.reasoning ? { reasoning: routing.reasoning } : {}),
    });
  }

  private sendPendingRoute(): void {
    const route = this.pendingRoute;
    if (!route) return;
    this.pendingRoute = undefined;
    const target = this.ids.get(route.key) ?? route.key;
    const n = this.routes.get(target) ?? 0;
    this.routes.set(target, n + 1);
    // The agent's run may already have started (span before chunk): link it, else it receives the route on start.
    const toTurnId = this.agentTurns.get(target)?.[n];
    this.workflow.sendHandoff({
      kind: 'route',
      from: this.network,
      to: target,
      content: route.prompt,
      ...(route.prompt ? {} : { task: route.task }),
      payload: { ...route.payload, primitiveId: route.key, networkTask: route.task },
      ...(route.fromTurnId ? { fromTurnId: route.fromTurnId } : {}),
      ...(toTurnId ? { toTurnId } : {}),
      // With no prompt, the route is only the router's choice.
      ...(route.prompt ? {} : { metadata: { routing: true } }),
    });
  }

  finish(error?: unknown): void {
    this.sendPendingRoute();
    this.endToolRouting();
    if (!this.ownsWorkflow) return;
    this.workflow.end(error === undefined ? { output: this.finalResult } : { error });
  }
}

/**
 * Passes a network stream's chunks through unchanged while recording them; `onStart` hands the run
 * to the exporter so it can place the agents' spans. Recording never breaks the stream.
 */
export async function* recordNetwork<T>(
  tracer: Tracer,
  stream: AsyncIterable<T>,
  onStart: (runId: string, run: NetworkRun) => void,
  onEnd: (runId: string) => void,
): AsyncGenerator<T> {
  let run: NetworkRun | undefined;
  let runId: string | undefined;
  let failure: unknown;
  try {
    for await (const chunk of stream) {
      safely(tracer, 'mastra network', () => {
        const c = chunk as NetworkChunk;
        if (!run && c.runId) {
          runId = c.runId;
          run = new NetworkRun(tracer, c);
          onStart(c.runId, run);
        }
        run?.handle(c);
      });
      yield chunk;
    }
  } catch (error) {
    failure = error;
    throw error;
  } finally {
    safely(tracer, 'mastra network', () => {
      run?.finish(failure);
      if (runId) onEnd(runId);
    });
  }
}
