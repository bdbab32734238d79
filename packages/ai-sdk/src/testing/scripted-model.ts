import { MockLanguageModelV4 } from 'ai/test';

type Step =
  | { text: string; reasoning?: string }
  | { tool: string; input: Record<string, unknown>; reasoning?: string; text?: string; id?: string };

const usage = (input: number, output: number, reasoning = 0) => ({
  inputTokens: { total: input, noCache: input, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: output, text: output - reasoning, reasoning },
});

function content(step: Step, index: number) {
  const parts: Record<string, unknown>[] = [];
  if (step.reasoning) parts.push({ type: 'reasoning', text: step.reasoning });
  if ('tool' in step) {
    if (step.text) parts.push({ type: 'text', text: step.text });
    parts.push({
      type: 'tool-call',
      toolCallId: step.id ?? `call_${step.tool}_${index}`,
      toolName: step.tool,
      input: JSON.stringify(step.input),
    });
  } else parts.push({ type: 'text', text: step.text });
  return parts;
}

/** A mock model that plays `steps` in order, for generateText (doGenerate) and streamText (doStream). */
export function scriptedModel(modelId: string, steps: Step[]): MockLanguageModelV4 {
  let generateIndex = 0;
  let streamIndex = 0;
  const finish = (step: Step) =>
    ({ unified: 'tool' in step ? 'tool-calls' : 'stop', raw: undefined }) as const;
  return new MockLanguageModelV4({
    provider: 'mock',
    modelId,
    doGenerate: async () => {
      const step = steps[Math.min(generateIndex, steps.length - 1)]!;
      const index = generateIndex++;
      return {
        content: content(step, index),
        finishReason: finish(step),
        usage: usage(40, 20, step.reasoning ? 6 : 0),
        warnings: [],
      } as never;
    },
    doStream: async () => {
      const step = steps[Math.min(streamIndex, steps.length - 1)]!;
      const index = streamIndex++;
      const chunks: Record<string, unknown>[] = [{ type: 'stream-start', warnings: [] }];
      if (step.reasoning) {
        chunks.push(
          { type: 'reasoning-start', id: 'r' },
          { type: 'reasoning-delta', id: 'r', delta: step.reasoning },
          { type: 'reasoning-end', id: 'r' },
        );
      }
      const text = 'tool' in step ? step.text : step.text;
      if (text)
        chunks.push(
          { type: 'text-start', id: 't' },
          { type: 'text-delta', id: 't', delta: text },
          { type: 'text-end', id: 't' },
        );
      if ('tool' in step)
        chunks.push({
          type: 'tool-call',
          toolCallId: step.id ?? `call_${step.tool}_${index}`,
          toolName: step.tool,
          input: JSON.stringify(step.input),
        });
      chunks.push({
        type: 'finish',
        finishReason: finish(step),
        usage: usage(40, 20, step.reasoning ? 6 : 0),
      });
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
