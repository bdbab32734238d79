import { AsyncLocalStorage } from 'node:async_hooks';
import type { ToolCallHandle, Tracer, TurnHandle, WorkflowHandle } from '@handoff/core';

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
}

/** The async context the integration keeps: which run a model call or nested run belongs to. */
export interface Scope {
  callId?: string;
  tool?: { callId: string; toolCallId: string; toolName: string; input?: unknown };
}

export interface Registry {
  runs: Map<string, Run>;
  scope: AsyncLocalStorage<Scope>;
}

const registries = new WeakMap<Tracer, Registry>();

/** State shared by the middleware and the telemetry integration of one tracer. */
export function registryFor(tracer: Tracer): Registry {
  let registry = registries.get(tracer);
  if (!registry) {
    registry = { runs: new Map(), scope: new AsyncLocalStorage() };
    registries.set(tracer, registry);
  }
  return registry;
}
