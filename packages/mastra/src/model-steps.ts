import { type Message, type ToolCallRequest, textOf } from '@handoff/core';

/** One model step of a Mastra generation (a `model_step` span): one call of the model. */
export interface ModelStep {
  /** Tracer time when the model was called, and when its answer was complete (its first tool ran). */
  startedAt: number;
  answeredAt?: number;
  text: string;
  toolCalls: ToolCallRequest[];
  /** The step's tool results by tool call id, filled as its tool calls end. */
  results: Map<string, unknown>;
  reasoning: string;
  /** The `model_inference` span's attributes: model, provider, the tools offered in this step. */
  inference?: Record<string, unknown>;
}

export const newStep = (startedAt: number): ModelStep => ({
  startedAt,
  text: '',
  toolCalls: [],
  results: new Map(),
  reasoning: '',
});

/** A step span's `output.toolCalls` as tool call requests. */
export function stepToolCalls(output: unknown): ToolCallRequest[] {
  const calls = (output as { toolCalls?: unknown } | undefined)?.toolCalls;
  return (Array.isArray(calls) ? calls : []).map((raw): ToolCallRequest => {
    const call = raw as { toolCallId?: string; toolName?: string; args?: unknown };
    return {
      ...(call.toolCallId ? { id: call.toolCallId } : {}),
      name: call.toolName ?? 'tool',
      args: call.args,
    };
  });
}

const RESULT = /\[tool-result: ([^\]]*)\]/g;

/**
 * A step's prompt with this generation's earlier steps restored: Mastra's span shows each as an
 * assistant message abbreviated to `text[tool: name]` and a tool message `[tool-result: name]`; the
 * steps' own outputs and tool results say what the model was actually sent. Aligned from the end, so
 * a conversation from memory or a parent agent before this generation stays as Mastra gave it.
 */
export function stepMessages(messages: readonly Message[], earlier: readonly ModelStep[]): Message[] {
  const out = [...messages];
  const steps = earlier.filter((step) => step.toolCalls.length > 0);
  let at = steps.length - 1;
  for (let i = out.length - 1; i >= 0 && at >= 0; i--) {
    const message = out[i]!;
    const step = steps[at]!;
    if (message.role === 'tool') out.splice(i, 1, ...resultMessages(message, step));
    else if (message.role === 'assistant') {
      out[i] = {
        role: 'assistant',
        content: step.text,
        ...(step.reasoning ? { reasoning: step.reasoning } : {}),
        toolCalls: step.toolCalls,
      };
      at--;
    } else break; // the messages before this generation's steps
  }
  return out;
}

/** One tool message per call of the step, with its result, where the abbreviation names those calls. */
function resultMessages(message: Message, step: ModelStep): Message[] {
  const named = [...message.content.matchAll(RESULT)].map((match) => match[1]);
  const calls = step.toolCalls;
  const matches = named.length === calls.length && named.every((name, k) => name === calls[k]!.name);
  // A tool that maps its output for the model (`toModelOutput`) shows that text instead: kept.
  if (!matches) return calls.length === 1 ? [{ ...message, ...callRef(calls[0]!) }] : [message];
  return calls.map((call) => ({
    role: 'tool',
    content:
      call.id !== undefined && step.results.has(call.id)
        ? textOf(step.results.get(call.id))
        : `[tool-result: ${call.name}]`,
    ...callRef(call),
  }));
}

const callRef = (call: ToolCallRequest) => ({ name: call.name, ...(call.id ? { toolCallId: call.id } : {}) });
