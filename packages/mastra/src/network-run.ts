import { safely, type Tracer, type TurnHandle, textOf, type WorkflowHandle } from '@handoff/core';

/** The network stream chunks we read (`from: "NETWORK"`); typed loosely, payloads differ by type. */
interface NetworkChunk {
  type?: string;
  runId?: string;
  payload?: Record<string, unknown>;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : textOf(value ?? ''));

/**
 * One `agent.network()` run. The routing agent's decisions only exist as stream chunks, and Mastra
 * exports each executed agent's run as a separate root span carrying the network's run id: this
 * records a turn per routing decision and a `route` handoff to the chosen agent, a `return` handoff
 * with its result, and lets the exporter put the agents' spans into the same workflow by run id.
 */
export class NetworkRun {
  readonly workflow: WorkflowHandle;
  private readonly ownsWorkflow: boolean;
  private readonly network: string;
  private routing: TurnHandle | undefined;
  /** Turn ids of the agents' runs in this network, in start order, as the exporter reports them. */
  private readonly agentTurns = new Map<string, string[]>();
  /** Routes sent to each agent so far. */
  private readonly routes = new Map<string, number>();
  private finalResult = '';
  /** Registration keys (what the router names) to agent ids (what runs and replies). */
  private readonly ids = new Map<string, string>();
  private pendingRoute:
    | { key: string; prompt: string; task: string; payload: Record<string, unknown>; fromTurnId?: string }
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
        this.routing?.end({ output: prompt || reason, ...(reason ? { reasoning: reason } : {}) });
        if (payload.primitiveType === 'agent' && target && !payload.isComplete) {
          // Sent when the agent starts: the decision names the agent by its registration key, the
          // execution by its id, which is the name its turns and replies carry.
          this.pendingRoute = {
            key: target,
            prompt,
            task: str(payload.task),
            payload: {
              selectionReason: reason,
              iteration: payload.iteration,
              primitiveType: payload.primitiveType,
            },
            ...(this.routing ? { fromTurnId: this.routing.id } : {}),
          };
        }
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
      task: route.task,
      payload: { ...route.payload, primitiveId: route.key },
      ...(route.fromTurnId ? { fromTurnId: route.fromTurnId } : {}),
      ...(toTurnId ? { toTurnId } : {}),
      // With no prompt, the route is only the router's choice.
      ...(route.prompt ? {} : { metadata: { routing: true } }),
    });
  }

  finish(error?: unknown): void {
    this.sendPendingRoute();
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
