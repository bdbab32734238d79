import type { Message, ToolCallHandle, TurnHandle, WorkflowHandle } from '@handoff/core';

export type RunKind = 'graph' | 'task' | 'chain' | 'model' | 'tool';

/** A LangChain run that started and has not ended, with what the handler knows of it. */
export interface RunInfo {
  id: string;
  parent: string | undefined;
  name: string;
  kind: RunKind;
  /** The graph run executing this run (a graph run's own id). */
  scope: string;
  workflow: WorkflowHandle;
  /** The turn this run opened: a node's agent turn, or a graph's own (a prebuilt or delegated agent). */
  turn?: TurnHandle;
  /** The turn that called this run: through a tool (agent as tool), or a functional-API task call. */
  caller?: TurnHandle;
  step?: number;
  /** A task's checkpoint namespace (`node:<task id>`): the same when a resumed run re-runs it. */
  checkpointNs?: string | undefined;
  startedAt: number;
  inputs?: unknown;
  /** A chain under a node ran a model: it is the node's own work, never a router. */
  ranModel?: boolean;
  /** LangGraph's own plumbing (`langsmith:hidden`): never a router. */
  hidden?: boolean;
  input?: Message[];
  model?: string;
  provider?: string;
  /** Tools the model was offered (bound tool definitions). */
  tools?: readonly unknown[];
  tool?: ToolCallHandle;
  args?: unknown;
}

/** The runs in flight and the walks up their parents that the handler needs. */
export class RunTree {
  private readonly runs = new Map<string, RunInfo>();

  get(id: string | undefined): RunInfo | undefined {
    return id === undefined ? undefined : this.runs.get(id);
  }

  add(run: RunInfo): RunInfo {
    this.runs.set(run.id, run);
    return run;
  }

  delete(id: string): void {
    this.runs.delete(id);
  }

  /** The run itself or its closest ancestor that passes `test`. */
  nearest(runId: string | undefined, test: (run: RunInfo) => boolean): RunInfo | undefined {
    for (let id = runId; id; id = this.runs.get(id)?.parent) {
      const run = this.runs.get(id);
      if (run && test(run)) return run;
    }
    return undefined;
  }

  /** The running turn a run's work belongs to. */
  turnOf(runId: string | undefined): TurnHandle | undefined {
    return this.nearest(runId, (run) => run.turn !== undefined && !run.turn.ended)?.turn;
  }

  /** The running turn of the node `name` in a graph run. */
  runningTask(scope: string, name: string): TurnHandle | undefined {
    for (const run of this.runs.values())
      if (run.kind === 'task' && run.scope === scope && run.name === name && run.turn && !run.turn.ended)
        return run.turn;
    return undefined;
  }

  /** Marks the chains between a model run and its node as the node's own work. */
  markModelWork(parentRunId: string | undefined): void {
    for (let run = this.get(parentRunId); run?.kind === 'chain'; run = this.get(run.parent))
      run.ranModel = true;
  }

  /** The graph run a `Command.PARENT` raised in `task`'s graph goes to: the one that runs that graph. */
  parentScopeOf(task: RunInfo): string | undefined {
    const graph = this.runs.get(task.scope);
    return graph ? this.nearest(graph.parent, (run) => run.kind === 'task')?.scope : undefined;
  }
}
