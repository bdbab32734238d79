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
        const task = str((payload.inputData as { task?: unknown } | undefined)?.task);
        // Receives the previous agent's return handoff (turns receive what is addressed to them).
        this.routing = this.workflow.startTurn({
          agent: this.network,
          input: [{ role: 'user', content: task }],
        });
        return;
      }
      case 'routing-agent-end': {
        const target = str(payload.primitiveId);
        const prompt = str(payload.prompt);
        const reason = str(payload.selectionReason);
        this.routing?.end({ output: prompt || reason, ...(reason ? { reasoning: reason } : {}) });
        if (payload.primitiveType === 'agent' && target && !payload.isComplete) {
          const n = this.routes.get(target) ?? 0;
          this.routes.set(target, n + 1);
          // The agent's run may already have started (span before chunk): link it, else it receives the route on start.
          const toTurnId = this.agentTurns.get(target)?.[n];
          this.workflow.sendHandoff({
            kind: 'route',
            from: this.network,
            to: target,
            content: prompt,
            task: str(payload.task),
            payload: {
              selectionReason: reason,
              iteration: payload.iteration,
              primitiveType: payload.primitiveType,
            },
            ...(this.routing ? { fromTurnId: this.routing.id } : {}),
            ...(toTurnId ? { toTurnId } : {}),
          });
        }
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

  finish(error?: unknown): void {
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
