import { TaskState } from '@a2a-js/sdk';
import {
  type AgentExecutionEvent,
  type AgentExecutor,
  type ExecutionEventBus,
  type RequestHeaders,
  STATE_HEADERS_KEY,
} from '@a2a-js/sdk/server';
import { continueWorkflow, type IncomingHandoff, type Tracer } from '@handoff/core';
import { partsText } from './parts-text.ts';
import { REPLY_METADATA_KEY } from './reply-metadata.ts';

export interface HandoffExecutorOptions {
  /** The agent that answers, when the executor recorded turns of several (default: the last one). */
  agent?: string;
}

/** A task leaves the caller waiting no longer in these states: its reply is final. */
const FINAL = new Set<TaskState>([
  TaskState.TASK_STATE_COMPLETED,
  TaskState.TASK_STATE_FAILED,
  TaskState.TASK_STATE_CANCELED,
  TaskState.TASK_STATE_REJECTED,
  TaskState.TASK_STATE_INPUT_REQUIRED,
  TaskState.TASK_STATE_AUTH_REQUIRED,
]);

const withReply = <T extends { metadata?: Record<string, unknown> | undefined }>(
  data: T,
  baggage: string,
): T => ({
  ...data,
  metadata: { ...data.metadata, [REPLY_METADATA_KEY]: baggage },
});

/**
 * Marks the executor's answer: the first agent message, or the final status of its task (with the
 * text of the artifacts it streamed when the status has no message), is recorded as the reply
 * handoff and carries it in its metadata for the client's `handoffInterceptor`.
 */
function replyingBus(
  bus: ExecutionEventBus,
  incoming: IncomingHandoff,
  agent: string | undefined,
): ExecutionEventBus {
  let replied = false;
  const artifacts: string[] = [];
  const reply = (text: string): string | undefined => {
    replied = true;
    return incoming.replyHeaders(text, agent ? { from: agent } : {}).baggage;
  };
  const mark = (event: AgentExecutionEvent): AgentExecutionEvent => {
    if (replied || !incoming.remote) return event;
    if (event.kind === 'artifactUpdate') {
      artifacts.push(partsText(event.data.artifact?.parts));
      return event;
    }
    if (event.kind === 'message') {
      const baggage = reply(partsText(event.data.parts));
      return baggage ? { kind: 'message', data: withReply(event.data, baggage) } : event;
    }
    const status = event.data.status;
    if (!status || !FINAL.has(status.state)) return event;
    const fromArtifacts =
      event.kind === 'task' ? event.data.artifacts.map((a) => partsText(a.parts)) : artifacts;
    const text = partsText(status.message?.parts) || fromArtifacts.filter(Boolean).join('\n');
    const baggage = reply(text);
    if (!baggage) return event;
    const marked = status.message ? { ...status, message: withReply(status.message, baggage) } : status;
    return event.kind === 'task'
      ? { kind: 'task', data: withReply({ ...event.data, status: marked }, baggage) }
      : { kind: 'statusUpdate', data: withReply({ ...event.data, status: marked }, baggage) };
  };
  const forward = bus as unknown as Record<string, (...args: unknown[]) => unknown>;
  const relay =
    (name: string) =>
    (...args: unknown[]) => {
      forward[name]?.apply(bus, args);
      return wrapped;
    };
  const wrapped = {
    publish(event: AgentExecutionEvent) {
      let marked = event;
      try {
        marked = mark(event);
      } catch {
        // Tracing never changes what the executor publishes.
      }
      bus.publish(marked);
    },
    on: relay('on'),
    off: relay('off'),
    once: relay('once'),
    removeAllListeners: relay('removeAllListeners'),
    finished: () => bus.finished(),
  } as ExecutionEventBus;
  return wrapped;
}

/**
 * Wraps an `@a2a-js/sdk` agent executor so each request continues the caller's workflow (the
 * `handoffHeaders` its `handoffInterceptor` sent, read from the request's headers): turns recorded
 * while it runs join that workflow and its answer goes back as a `return` handoff. Requests without
 * them run as before. Needs the SDK's default call context (it keeps the request headers).
 */
export function handoffExecutor(
  tracer: Tracer,
  executor: AgentExecutor,
  options: HandoffExecutorOptions = {},
): AgentExecutor {
  return {
    execute: (requestContext, eventBus) => {
      const headers = requestContext.context?.state.get(STATE_HEADERS_KEY) as RequestHeaders | undefined;
      return continueWorkflow(tracer, headers, (incoming) =>
        executor.execute(requestContext, replyingBus(eventBus, incoming, options.agent)),
      );
    },
    cancelTask: (taskId, eventBus) => executor.cancelTask(taskId, eventBus),
  };
}
