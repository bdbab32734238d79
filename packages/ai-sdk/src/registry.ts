import {
  type ScopeStorage,
  scopeStorage,
  type ToolCallHandle,
  type Tracer,
  type TurnHandle,
  type WorkflowHandle,
} from '@handoff/core';

/** One generateText/streamText run (an agent turn) as the telemetry integration sees it. */
export interface Run {
  callId: string;
  agent: string;
  workflow: WorkflowHandle;
  turn: TurnHandle;
  ownsWorkflow: boolean;
  /** Model calls the middleware recorded for this run (telemetry then does not record them again). */
  middlewareCalls: number;
  tools: Map<string, ToolCallHandle>;
  /** The parent's tool call this run executes inside (agent-as-tool), if any. */
  parent?: { run: Run; toolCallId: string; toolName: string };
  /** The model it calls, for `generateObject`/`streamObject`, which call it outside any async scope. */
  model?: string;
}

/** The async context the integration keeps: which run a model call or nested run belongs to. */
export interface Scope {
  callId?: string;
  tool?: { callId: string; toolCallId: string; toolName: string; input?: unknown };
}

export interface Registry {
  runs: Map<string, Run>;
  /**
   * Running `generateObject`/`streamObject` calls: they call the model directly, outside the
   * SDK's `executeLanguageModelCall` hook, so the middleware finds their run by workflow and model.
   */
  objectRuns: Set<Run>;
  scope: ScopeStorage<Scope>;
  /** Tool approval ids whose human answer was already handed to an agent. */
  approvals: Set<string>;
  /** Open tool approval requests by approval id: the turn that asked, for the answer's `askedIn`. */
  asked: Map<string, { workflowId: string; turnId: string }>;
}

const registries = new WeakMap<Tracer, Registry>();

/** State shared by the middleware and the telemetry integration of one tracer. */
export function registryFor(tracer: Tracer): Registry {
  let registry = registries.get(tracer);
  if (!registry) {
    registry = {
      runs: new Map(),
      objectRuns: new Set(),
      scope: scopeStorage(),
      approvals: new Set(),
      asked: new Map(),
    };
    registries.set(tracer, registry);
  }
  return registry;
}
