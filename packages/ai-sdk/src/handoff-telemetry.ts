import { safely, type Tracer } from '@handoff/core';
import type { Telemetry } from 'ai';
import {
  contentToOutput,
  finishReasonOf,
  promptToMessages,
  taskText,
  textMessage,
  toUsage,
  transferTarget,
} from './convert.ts';
import { approvalRequests, humanApprovals } from './human-approvals.ts';
import { type Run, registryFor } from './registry.ts';
import { sendReturn } from './return-handoff.ts';

export interface HandoffTelemetryOptions {
  tracer: Tracer;
  /** Names a run's agent; default: the call's `functionId`, else the model id. */
  agentName?: (event: { functionId?: string; modelId?: string }) => string;
}

interface Loose {
  callId?: string;
  functionId?: string;
  modelId?: string;
  provider?: string;
  instructions?: unknown;
  messages?: unknown[];
  prompt?: unknown;
  system?: unknown;
  toolCall?: { toolCallId?: string; toolName?: string; input?: unknown };
  toolCallId?: string;
  toolName?: string;
  input?: unknown;
  toolOutput?: { type?: string; output?: unknown; error?: unknown };
  text?: string;
  /** generateObject/streamObject: the parsed object (onEnd) and its raw text (onObjectStepEnd). */
  object?: unknown;
  objectText?: string;
  operationId?: string;
  reasoningText?: string;
  finishReason?: unknown;
  content?: unknown[];
  usage?: unknown;
  totalUsage?: unknown;
  error?: unknown;
}

function instructionsText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value))
    return value
      .map((part) => (typeof part === 'string' ? part : ((part as { content?: string }).content ?? '')))
      .join('\n');
  return undefined;
}

/**
 * AI SDK telemetry integration: one agent turn per generateText/streamText/agent run (named by its
 * `functionId`), its tool executions, and agent-as-tool handoffs — a run started inside another run's
 * tool is a delegation from the parent to the sub-agent, and its result the reply. The nesting is
 * carried by the SDK's own `executeTool`/`executeLanguageModelCall` context hooks.
 */
export function handoffTelemetry(options: HandoffTelemetryOptions): Telemetry {
  const { tracer } = options;
  const registry = registryFor(tracer);
  const { runs, scope } = registry;
  const nameOf = options.agentName ?? ((event) => event.functionId ?? event.modelId ?? 'agent');
  const guard = (label: string, fn: () => void) => safely(tracer, `ai-sdk telemetry ${label}`, fn);

  const finish = (
    run: Run,
    result: { output?: unknown; reasoning?: string; finishReason?: string; error?: unknown },
  ) => {
    runs.delete(run.callId);
    registry.objectRuns.delete(run);
    for (const handle of run.tools.values())
      handle.end({ error: new Error('run ended before the tool finished') });
    run.turn.end(
      result.error === undefined
        ? {
            output: result.output ?? '',
            ...(result.reasoning ? { reasoning: result.reasoning } : {}),
            ...(result.finishReason ? { finishReason: result.finishReason } : {}),
          }
        : { error: result.error },
    );
    if (result.error === undefined) sendReturn(run, result.output);
    if (run.ownsWorkflow)
      run.workflow.end(
        result.error === undefined ? { output: result.output ?? '' } : { error: result.error },
      );
  };

  const integration: Telemetry = {
    onStart(raw) {
      guard('onStart', () => {
        const event = raw as unknown as Loose;
        if (!event.callId) return;
        const agent = nameOf(event);
        const inScope = scope.getStore()?.tool;
        const parentRun = inScope ? runs.get(inScope.callId) : undefined;
        const userWorkflow = tracer.currentWorkflow();
        const workflow =
          parentRun?.workflow ??
          userWorkflow ??
          tracer.startWorkflow(agent, { metadata: { source: 'ai-sdk' } });
        const system = instructionsText(event.instructions ?? event.system);
        const messages = [
          // Shared with the middleware's model calls (the same texts): stored, redacted, hashed once.
          ...(system ? [textMessage('system', system)] : []),
          ...(event.messages ? promptToMessages(event.messages as unknown[]) : []),
          ...(typeof event.prompt === 'string' ? [textMessage('user', event.prompt)] : []),
        ];
        const parentTurnId = parentRun?.turn.id ?? tracer.currentTurn()?.id;
        const turn = workflow.startTurn({
          agent,
          input: messages,
          ...(parentTurnId ? { parentTurnId } : {}),
          metadata: { callId: event.callId, model: event.modelId, provider: event.provider },
        });
        const run: Run = {
          callId: event.callId,
          agent,
          workflow,
          turn,
          ownsWorkflow: !parentRun && !userWorkflow,
          middlewareCalls: 0,
          tools: new Map(),
          ...(event.modelId ? { model: event.modelId } : {}),
        };
        if (/Object$/.test(event.operationId ?? '')) registry.objectRuns.add(run);
        // A call continuing after a human approved or denied a tool call: the human's answer.
        for (const answer of humanApprovals(event.messages, registry.approvals, registry.asked))
          workflow.sendHandoff({ ...answer, to: agent, toTurnId: turn.id });
        if (parentRun && inScope) {
          run.parent = { run: parentRun, toolCallId: inScope.toolCallId, toolName: inScope.toolName };
          const input = inScope.input;
          workflow.sendHandoff({
            kind: 'delegation',
            from: parentRun.agent,
            to: agent,
            fromTurnId: parentRun.turn.id,
            toTurnId: turn.id,
            content: taskText(input ?? messages.filter((m) => m.role === 'user').at(-1)?.content ?? ''),
            ...(input === undefined ? {} : { payload: input }),
            metadata: { toolName: inScope.toolName, toolCallId: inScope.toolCallId },
          });
        }
        runs.set(event.callId, run);
      });
    },
    onLanguageModelCallEnd(raw) {
      guard('onLanguageModelCallEnd', () => {
        const event = raw as unknown as Loose;
        const run = event.callId ? runs.get(event.callId) : undefined;
        if (!run || run.middlewareCalls > 0) return; // the middleware records richer model calls
        const output = contentToOutput(event.content);
        run.turn.recordModelCall({
          model: event.modelId ?? 'unknown',
          ...(event.provider ? { provider: event.provider } : {}),
          output: output.text,
          ...(output.reasoning ? { reasoning: output.reasoning } : {}),
          toolCalls: output.toolCalls,
          usage: toUsage(event.usage),
          ...(finishReasonOf(event.finishReason) ? { finishReason: finishReasonOf(event.finishReason) } : {}),
        });
      });
    },
    onObjectStepEnd(raw) {
      guard('onObjectStepEnd', () => {
        const event = raw as unknown as Loose;
        const run = event.callId ? runs.get(event.callId) : undefined;
        if (!run || run.middlewareCalls > 0) return;
        run.turn.recordModelCall({
          model: event.modelId ?? 'unknown',
          ...(event.provider ? { provider: event.provider } : {}),
          output: event.objectText ?? '',
          usage: toUsage(event.usage),
          ...(finishReasonOf(event.finishReason) ? { finishReason: finishReasonOf(event.finishReason) } : {}),
        });
      });
    },
    onStepEnd(raw) {
      guard('onStepEnd', () => {
        const event = raw as unknown as Loose;
        const run = event.callId ? runs.get(event.callId) : undefined;
        if (!run) return;
        for (const part of event.content ?? []) {
          const call = part as { type?: string; toolName?: string; toolCallId?: string; input?: unknown };
          const to = call.type === 'tool-call' ? transferTarget(call.toolName) : undefined;
          if (!to) continue;
          // A handoff tool (`transfer_to_<agent>`): the next turn of that agent receives it.
          const task = taskText(call.input ?? {});
          const content = task !== '{}' ? task : contentToOutput(event.content).text;
          run.workflow.sendHandoff({
            kind: 'transfer',
            from: run.agent,
            to,
            fromTurnId: run.turn.id,
            content,
            ...(call.input === undefined ? {} : { payload: call.input }),
            metadata: {
              toolName: call.toolName,
              toolCallId: call.toolCallId,
              ...(content.trim() === '' ? { routing: true } : {}),
            },
          });
        }
      });
    },
    onToolExecutionStart(raw) {
      guard('onToolExecutionStart', () => {
        const event = raw as unknown as Loose;
        const run = event.callId ? runs.get(event.callId) : undefined;
        const call = event.toolCall;
        if (!run || !call?.toolCallId) return;
        run.tools.set(
          call.toolCallId,
          run.turn.startToolCall({
            name: call.toolName ?? 'tool',
            args: call.input,
            id: `${run.callId}:${call.toolCallId}`,
          }),
        );
      });
    },
    onToolExecutionEnd(raw) {
      guard('onToolExecutionEnd', () => {
        const event = raw as unknown as Loose;
        const run = event.callId ? runs.get(event.callId) : undefined;
        const id = event.toolCall?.toolCallId;
        if (!run || !id) return;
        const handle = run.tools.get(id);
        run.tools.delete(id);
        const output = event.toolOutput;
        if (output?.type === 'tool-error') handle?.end({ error: output.error });
        else handle?.end({ result: output?.output });
      });
    },
    onEnd(raw) {
      guard('onEnd', () => {
        const event = raw as unknown as Loose;
        const run = event.callId ? runs.get(event.callId) : undefined;
        if (!run) return;
        // A call that ends asking a human to approve tool calls: the answer comes in a later call.
        const requests = approvalRequests(event.content);
        if (requests.length > 0) {
          run.turn.update({ metadata: { awaitingApproval: requests } });
          for (const request of requests)
            registry.asked.set(request.approvalId, { workflowId: run.workflow.id, turnId: run.turn.id });
        }
        finish(run, {
          // A generateObject/streamObject result is kept as the structured output it is.
          output: event.text ?? event.object ?? '',
          ...(event.reasoningText ? { reasoning: event.reasoningText } : {}),
          ...(finishReasonOf(event.finishReason) ? { finishReason: finishReasonOf(event.finishReason) } : {}),
        });
      });
    },
    onError(raw) {
      guard('onError', () => {
        const event = raw as Loose;
        const run = event?.callId ? runs.get(event.callId) : undefined;
        if (run) finish(run, { error: event.error ?? new Error('generation failed') });
      });
    },
    onAbort(raw) {
      guard('onAbort', () => {
        const event = raw as unknown as Loose;
        const run = event.callId ? runs.get(event.callId) : undefined;
        if (run) finish(run, { error: Object.assign(new Error('aborted'), { name: 'AbortError' }) });
      });
    },
    executeLanguageModelCall({ callId, execute }) {
      return scope.run({ ...scope.getStore(), callId }, execute);
    },
    executeTool(options) {
      const { callId, toolCallId, execute } = options;
      const call = (options as Loose).toolCall;
      const toolName = call?.toolName ?? (options as Loose).toolName ?? 'tool';
      return scope.run({ callId, tool: { callId, toolCallId, toolName, input: call?.input } }, execute);
    },
  };
  return integration;
}
