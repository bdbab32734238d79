import { type Message, safely, type ToolCallRequest, type Tracer, type TurnHandle } from '@handoff/core';
import type { LanguageModelMiddleware } from 'ai';
import { contentToOutput, finishReasonOf, promptToMessages, toUsage } from './convert.ts';
import { type Run, registryFor } from './registry.ts';
import { responseChoices } from './response-choices.ts';
import { standaloneRuns } from './standalone-runs.ts';

export interface HandoffMiddlewareOptions {
  tracer: Tracer;
  /** The agent this model serves; names its turns when no telemetry `functionId` does. */
  agent: string;
  /**
   * Record whole runs without `handoffTelemetry` (cheaper: telemetry can stay off): the model calls of
   * one generateText/streamText/agent call are one turn of `agent`, its tool calls end when the next
   * model call shows their results, and a run started while another run's tool call is in flight (the
   * prompt carrying the tool's input) is that agent-as-tool's delegation. See the README for what
   * this mode cannot see.
   */
  standalone?: boolean;
}

interface Target {
  turn: TurnHandle;
  /** Set when the middleware opened the turn itself (no telemetry run, no user turn): it closes it. */
  close?: (output: { text: string; toolCalls: ToolCallRequest[] }, error: unknown, endedAt: number) => void;
}

interface ModelLike {
  modelId?: string;
  provider?: string;
}

/**
 * Language-model middleware: records every model call (prompt, reasoning, output, tool calls, usage,
 * latency) on the current turn. With `handoffTelemetry` installed the turn is the telemetry run's;
 * alone, each call becomes a turn of `agent` in the current workflow (or a workflow of its own).
 * Results and stream parts pass through untouched.
 */
export function handoffMiddleware(options: HandoffMiddlewareOptions): LanguageModelMiddleware {
  const { tracer, agent } = options;
  const registry = registryFor(tracer);
  const runs = options.standalone ? standaloneRuns(tracer) : undefined;

  // A generateObject/streamObject run of this model in the caller's workflow.
  const objectRunFor = (model: ModelLike): Run | undefined => {
    if (registry.objectRuns.size === 0) return undefined;
    const workflow = tracer.currentWorkflow();
    for (const run of registry.objectRuns)
      if (run.model === model.modelId && (workflow ? run.workflow === workflow : run.ownsWorkflow))
        return run;
    return undefined;
  };

  const target = (
    prompt: unknown[],
    input: Message[],
    model: ModelLike,
    headers: unknown,
  ): Target | undefined =>
    safely(
      tracer,
      'ai-sdk middleware',
      (): Target | undefined => {
        const callId = registry.scope.getStore()?.callId;
        const run = callId ? registry.runs.get(callId) : objectRunFor(model);
        if (run) {
          run.middlewareCalls++;
          return { turn: run.turn };
        }
        if (runs) {
          const own = runs.enter(prompt, input, headers, agent);
          return (
            own && {
              turn: own.turn,
              close: (output, error, endedAt) => runs.leave(own, output, error, endedAt),
            }
          );
        }
        const current = tracer.currentTurn();
        if (current && current.agent === agent && !current.ended) return { turn: current };
        // Middleware alone: one turn per call, in the user's workflow or one of its own.
        const existing = tracer.currentWorkflow();
        const workflow =
          existing ?? tracer.startWorkflow(agent, { metadata: { source: 'ai-sdk middleware' } });
        const turn = workflow.startTurn({ agent, input, metadata: { source: 'ai-sdk middleware' } });
        return {
          turn,
          close: ({ text }, error) => {
            turn.end(error === undefined ? { output: text } : { error });
            if (!existing) workflow.end(error === undefined ? { output: text } : { error });
          },
        };
      },
      undefined,
    );

  const record = (
    found: Target | undefined,
    model: ModelLike,
    input: Message[],
    startedAt: number,
    result: { content?: unknown[]; usage?: unknown; finishReason?: unknown; error?: unknown },
    params: { tools?: readonly { name?: unknown }[]; responseFormat?: unknown },
  ): void => {
    if (!found) return;
    safely(tracer, 'ai-sdk middleware', () => {
      const output = contentToOutput(result.content);
      const { tools } = params;
      const choices = responseChoices(params.responseFormat);
      const endedAt = tracer.now();
      found.turn.recordModelCall({
        model: model.modelId ?? 'unknown',
        ...(model.provider ? { provider: model.provider } : {}),
        input,
        output: output.text,
        ...(output.reasoning ? { reasoning: output.reasoning } : {}),
        toolCalls: output.toolCalls,
        ...(tools ? { tools } : {}),
        ...(choices.length > 0 ? { choices } : {}),
        usage: toUsage(result.usage),
        ...(finishReasonOf(result.finishReason) ? { finishReason: finishReasonOf(result.finishReason) } : {}),
        startedAt,
        endedAt,
        ...(result.error === undefined ? {} : { error: result.error }),
      });
      found.close?.(output, result.error, endedAt);
    });
  };

  return {
    specificationVersion: 'v4',
    async wrapGenerate({ doGenerate, params, model }) {
      const prompt = params.prompt as unknown[];
      const input = safely(tracer, 'ai-sdk middleware', () => promptToMessages(prompt), []);
      const found = target(prompt, input, model, params.headers);
      const startedAt = tracer.now();
      let result: Awaited<ReturnType<typeof doGenerate>>;
      try {
        result = await doGenerate();
      } catch (error) {
        record(found, model, input, startedAt, { error }, params);
        throw error;
      }
      record(found, model, input, startedAt, result, params);
      return result;
    },
    async wrapStream({ doStream, params, model }) {
      const prompt = params.prompt as unknown[];
      const input = safely(tracer, 'ai-sdk middleware', () => promptToMessages(prompt), []);
      const found = target(prompt, input, model, params.headers);
      const startedAt = tracer.now();
      let result: Awaited<ReturnType<typeof doStream>>;
      try {
        result = await doStream();
      } catch (error) {
        record(found, model, input, startedAt, { error }, params);
        throw error;
      }
      if (!found) return result;
      const parts: {
        type: string;
        text?: string;
        toolCallId?: string;
        toolName?: string;
        input?: unknown;
      }[] = [];
      const text = new Map<string, string>();
      let usage: unknown;
      let finishReason: unknown;
      let done = false;
      const finish = (error?: unknown) => {
        if (done) return;
        done = true;
        for (const [key, value] of text)
          parts.push({ type: key.startsWith('r:') ? 'reasoning' : 'text', text: value });
        record(
          found,
          model,
          input,
          startedAt,
          { content: parts, usage, finishReason, ...(error === undefined ? {} : { error }) },
          params,
        );
      };
      // Observe the parts as they pass; each chunk is forwarded as is, at once.
      const observe = new TransformStream<
        (typeof parts)[number] & Record<string, unknown>,
        (typeof parts)[number] & Record<string, unknown>
      >({
        transform(chunk, controller) {
          controller.enqueue(chunk);
          safely(tracer, 'ai-sdk stream', () => {
            const id = String(chunk.id ?? '');
            if (chunk.type === 'text-delta')
              text.set(`t:${id}`, (text.get(`t:${id}`) ?? '') + String(chunk.delta ?? ''));
            else if (chunk.type === 'reasoning-delta')
              text.set(`r:${id}`, (text.get(`r:${id}`) ?? '') + String(chunk.delta ?? ''));
            else if (chunk.type === 'tool-call') parts.push(chunk);
            else if (chunk.type === 'finish') {
              usage = chunk.usage;
              finishReason = chunk.finishReason;
            } else if (chunk.type === 'error') finish(chunk.error ?? new Error('stream error'));
          });
        },
        flush() {
          finish();
        },
      });
      params.abortSignal?.addEventListener(
        'abort',
        () => finish(params.abortSignal?.reason ?? new Error('aborted')),
        { once: true },
      );
      return {
        ...result,
        stream: (result.stream as unknown as ReadableStream).pipeThrough(
          observe,
        ) as unknown as typeof result.stream,
      };
    },
  };
}
