import { MockLanguageModelV4 } from 'ai/test';

/** One tool call of a scripted step. */
export interface ScriptedCall {
  tool: string;
  input: Record<string, unknown>;
  id?: string;
}

/**
 * One scripted model response: text, or a tool call (with optional text before it, and `parallel`
 * further calls in the same step, which the SDK runs at once), with optional reasoning.
 */
export type ScriptedStep =
  | { text: string; reasoning?: string; finishReason?: 'stop' | 'length'; waitMs?: number }
  | {
      tool: string;
      input: Record<string, unknown>;
      parallel?: ScriptedCall[];
      reasoning?: string;
      text?: string;
      id?: string;
      waitMs?: number;
    };

export interface ScriptContext {
  /** Text of the latest tool result in the prompt (what a sub-agent or tool just returned). */
  lastToolResult: string;
  /** Text of the latest user message in the prompt. */
  lastUserMessage: string;
  call: number;
}

export type ScriptEntry = ScriptedStep | ((context: ScriptContext) => ScriptedStep);

export interface ScriptedModelOptions {
  /** Called with a step's `waitMs` before it answers (e.g. to advance a simulated clock). */
  onWait?: (ms: number) => void;
  /** Start the script over after its last entry (benchmarks); default: repeat the last entry. */
  cycle?: boolean;
}

const usage = (input: number, output: number, reasoning: number) => ({
  inputTokens: { total: input, noCache: input, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: output, text: output - reasoning, reasoning },
});

interface PromptMessage {
  role: string;
  content: string | { type: string; text?: string; output?: { value?: unknown } }[];
}

function contextOf(prompt: PromptMessage[], call: number): ScriptContext {
  let lastToolResult = '';
  let lastUserMessage = '';
  for (const message of prompt) {
    const parts =
      typeof message.content === 'string' ? [{ type: 'text', text: message.content }] : message.content;
    if (message.role === 'tool') {
      for (const part of parts) {
        const value = part.output?.value;
        if (part.type === 'tool-result')
          lastToolResult = typeof value === 'string' ? value : JSON.stringify(value);
      }
    }
    if (message.role === 'user') lastUserMessage = parts.map((part) => part.text ?? '').join('');
  }
  return { lastToolResult, lastUserMessage, call };
}

function words(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

/**
 * A deterministic AI SDK mock model that plays a script, one entry per call, for both generateText
 * (doGenerate) and streamText (doStream). Entries may be functions of the prompt, so an agent can
 * pass on what its tools or sub-agents returned.
 */
export function scriptedModel(
  modelId: string,
  script: ScriptEntry[],
  options: ScriptedModelOptions = {},
): MockLanguageModelV4 {
  let calls = 0;
  const next = (prompt: unknown) => {
    const call = calls++;
    const entry = script[options.cycle ? call % script.length : Math.min(call, script.length - 1)]!;
    const step = typeof entry === 'function' ? entry(contextOf(prompt as PromptMessage[], call)) : entry;
    if (step.waitMs) options.onWait?.(step.waitMs);
    const requested: ScriptedCall[] = 'tool' in step ? [step, ...(step.parallel ?? [])] : [];
    const toolCalls = requested.map((request, i) => ({
      type: 'tool-call',
      toolCallId: request.id ?? (i === 0 ? `call_${modelId}_${call}` : `call_${modelId}_${call}_${i}`),
      toolName: request.tool,
      input: JSON.stringify(request.input),
    }));
    const text = step.text ?? '';
    const reasoningTokens = step.reasoning ? words(step.reasoning) : 0;
    const finishReason =
      'tool' in step
        ? { unified: 'tool-calls', raw: 'tool_calls' }
        : { unified: step.finishReason ?? 'stop', raw: step.finishReason ?? 'stop' };
    return {
      step,
      toolCalls,
      text,
      finishReason,
      usage: usage(words(JSON.stringify(prompt)), words(text) + reasoningTokens + 5, reasoningTokens),
    };
  };
  return new MockLanguageModelV4({
    provider: 'mock',
    modelId,
    doGenerate: async ({ prompt }) => {
      const { step, toolCalls, text, finishReason, usage } = next(prompt);
      const content: Record<string, unknown>[] = [];
      if (step.reasoning) content.push({ type: 'reasoning', text: step.reasoning });
      if (text) content.push({ type: 'text', text });
      content.push(...toolCalls);
      return { content, finishReason, usage, warnings: [] } as never;
    },
    doStream: async ({ prompt }) => {
      const { step, toolCalls, text, finishReason, usage } = next(prompt);
      const chunks: Record<string, unknown>[] = [{ type: 'stream-start', warnings: [] }];
      if (step.reasoning) {
        chunks.push(
          { type: 'reasoning-start', id: 'r' },
          { type: 'reasoning-delta', id: 'r', delta: step.reasoning },
          { type: 'reasoning-end', id: 'r' },
        );
      }
      if (text)
        chunks.push(
          { type: 'text-start', id: 't' },
          { type: 'text-delta', id: 't', delta: text },
          { type: 'text-end', id: 't' },
        );
      chunks.push(...toolCalls);
      chunks.push({ type: 'finish', finishReason, usage });
      return {
        stream: new ReadableStream({
          start(controller) {
            for (const chunk of chunks) controller.enqueue(chunk);
            controller.close();
          },
        }),
      } as never;
    },
  });
}
