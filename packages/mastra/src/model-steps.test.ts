import { scriptedModel } from '@handoff/ai-sdk/testing';
import { createTracer } from '@handoff/core';
import { expectWellFormedTrace, memoryStore } from '@handoff/core/testing';
import { Mastra } from '@mastra/core';
import { Agent } from '@mastra/core/agent';
import { createTool } from '@mastra/core/tools';
import { Observability } from '@mastra/observability';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HandoffExporter } from './handoff-exporter.ts';

async function toolLoop(mode: 'generate' | 'stream') {
  const store = memoryStore();
  const tracer = createTracer({ store, flushOnExit: false });
  const feederStatus = createTool({
    id: 'feeder_status',
    description: 'Live status of a feeder',
    inputSchema: z.object({ feeder: z.string() }),
    execute: async ({ feeder }) => `${feeder}: ENERGISED, no alarms`,
  });
  const checker = new Agent({
    id: 'outage_checker',
    name: 'outage_checker',
    instructions: 'Check feeder status.',
    model: scriptedModel('checker-llm', [
      { tool: 'feeder_status', input: { feeder: 'F-114' }, reasoning: 'Check the feeder first.' },
      {
        tool: 'feeder_status',
        input: { feeder: 'F-112' },
        parallel: [{ tool: 'feeder_status', input: { feeder: 'F-113' } }],
        text: 'Pulling the neighbours too.',
      },
      { text: 'F-114 is energised.' },
    ]) as never,
    tools: { feeder_status: feederStatus },
  });
  const mastra = new Mastra({
    agents: { outage_checker: checker },
    logger: false,
    observability: new Observability({
      configs: { default: { serviceName: 'test', exporters: [new HandoffExporter({ tracer })] } },
    }),
  });
  const agent = mastra.getAgent('outage_checker');
  let text: string;
  if (mode === 'generate') text = (await agent.generate('Report the status of F-114.')).text;
  else {
    const result = await agent.stream('Report the status of F-114.');
    for await (const _ of result.textStream);
    text = await result.text;
  }
  await tracer.shutdown();
  return { trace: store.traces()[0]!, text };
}

describe('HandoffExporter model steps', () => {
  it.each(['generate', 'stream'] as const)(
    'records one model call per step of a tool loop (%s)',
    async (mode) => {
      const { trace } = await toolLoop(mode);
      const turn = trace.turns[0]!;
      const calls = turn.modelCalls;
      expect(calls.map((call) => call.output)).toEqual([
        '',
        'Pulling the neighbours too.',
        'F-114 is energised.',
      ]);
      expect(calls.map((call) => call.toolCalls.map((tool) => tool.args))).toEqual([
        [{ feeder: 'F-114' }],
        [{ feeder: 'F-112' }, { feeder: 'F-113' }],
        [],
      ]);
      expect(calls.map((call) => call.finishReason)).toEqual(['tool-calls', 'tool-calls', 'stop']);
      expect(calls.every((call) => call.model === 'checker-llm' && call.tools?.[0] === 'feeder_status')).toBe(
        true,
      );
      expect(calls[0]!.reasoning).toBe('Check the feeder first.');
      expect(calls[1]!.reasoning).toBeUndefined();
      expect(calls.every((call) => (call.usage.outputTokens ?? 0) > 0)).toBe(true);

      // Each step's prompt: the request, then the earlier steps' calls and their results.
      expect(calls[0]!.input.map((message) => message.role)).toEqual(['system', 'user']);
      const last = calls[2]!.input;
      expect(last.map((message) => message.role)).toEqual([
        'system',
        'user',
        'assistant',
        'tool',
        'assistant',
        'tool',
        'tool',
      ]);
      expect(last[4]).toMatchObject({
        content: 'Pulling the neighbours too.',
        toolCalls: calls[1]!.toolCalls,
      });
      expect(last.filter((message) => message.role === 'tool')).toEqual(
        calls.flatMap((call) =>
          call.toolCalls.map((tool) => ({
            role: 'tool',
            content: `${(tool.args as { feeder: string }).feeder}: ENERGISED, no alarms`,
            name: 'feeder_status',
            toolCallId: tool.id,
          })),
        ),
      );
      expect(calls[1]!.input).toEqual(last.slice(0, 4));

      // A step's call ends when its answer is complete, before its tools run, and after the last step's tools.
      const tools = [...turn.toolCalls].sort((a, b) => a.startedAt - b.startedAt);
      expect(calls[0]!.endedAt).toBeLessThanOrEqual(tools[0]!.startedAt);
      expect(calls[1]!.startedAt).toBeGreaterThanOrEqual(tools[0]!.endedAt!);
      expect(calls[2]!.startedAt).toBeGreaterThanOrEqual(Math.max(...tools.map((tool) => tool.endedAt!)));
      expectWellFormedTrace(trace);
    },
    60_000,
  );

  it('takes the last step’s text as the answer, which generate() joins to the text before tool calls', async () => {
    const generated = await toolLoop('generate');
    const streamed = await toolLoop('stream');
    expect(generated.text).toBe('Pulling the neighbours too.F-114 is energised.');
    expect(streamed.text).toBe('F-114 is energised.');
    for (const { trace } of [generated, streamed]) {
      expect(trace.turns[0]!.output).toBe('F-114 is energised.');
      expectWellFormedTrace(trace);
    }
  }, 60_000);
});
