import { analyze, foldTraces, type Trace } from '@handoff/core';
import { recordResearchTeam } from '@handoff/core/testing';
import { type Attributes, context, trace as otelTrace, ROOT_CONTEXT, SpanKind } from '@opentelemetry/api';
import { JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import {
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
  TracerProvider,
} from '@opentelemetry/sdk-trace';
import { describe, expect, it } from 'vitest';
import { decodeOtlpJson } from './otlp-json.ts';
import { decodeOtlpProtobuf } from './otlp-protobuf.ts';
import { parseSpanText } from './read-span-file.ts';
import { writeTraceSpans } from './span-mapping.ts';
import type { SpanRecord } from './span-record.ts';
import { spansToWorkflows } from './spans-to-workflows.ts';
import { viaJson, viaProtobuf } from './via-otlp.ts';

/** Records spans with the real SDK; `build` gets a helper that nests spans under a parent. */
async function record(
  build: (
    span: (name: string, attributes: Attributes, parent?: unknown, links?: unknown[]) => unknown,
    end: (span: unknown) => void,
  ) => void,
): Promise<ReadableSpan[]> {
  const exporter = new InMemorySpanExporter();
  const provider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] });
  const tracer = provider.getTracer('test');
  let clock = 1_700_000_000_000;
  const tick = () => {
    clock += 10;
    return clock;
  };
  let open: { end: (t: number) => void }[] = [];
  const end = (span: unknown) => {
    (span as { end: (t: number) => void }).end(tick());
    open = open.filter((s) => s !== span);
  };
  build((name, attributes, parent, links) => {
    const parentContext = parent ? otelTrace.setSpan(ROOT_CONTEXT, parent as never) : context.active();
    const span = tracer.startSpan(
      name,
      { attributes, startTime: tick(), kind: SpanKind.INTERNAL, links: (links ?? []) as never },
      parent ? parentContext : ROOT_CONTEXT,
    );
    open.push(span);
    return span;
  }, end);
  for (const span of open.reverse()) span.end(tick());
  await provider.forceFlush();
  return exporter.getFinishedSpans();
}

async function imported(spans: SpanRecord[]): Promise<{ trace: Trace; missing: string[] }> {
  const [workflow] = await spansToWorkflows(spans);
  return { trace: foldTraces(workflow!.events)[0]!, missing: workflow!.missing };
}

const text = (content: string) => JSON.stringify([{ role: 'user', parts: [{ type: 'text', content }] }]);
const answer = (content: string) =>
  JSON.stringify([{ role: 'assistant', parts: [{ type: 'text', content }] }]);

describe('OTLP decoding', () => {
  it('reads the same spans from the SDK serializer protobuf and JSON encodings', async () => {
    const spans = await record((span) => {
      const root = span('invoke_agent planner', {
        'gen_ai.operation.name': 'invoke_agent',
        'gen_ai.agent.name': 'planner',
        'gen_ai.usage.input_tokens': 12,
        flags: [1, 2],
        ok: true,
      });
      span('chat m', { 'gen_ai.operation.name': 'chat', 'gen_ai.request.model': 'm', ratio: 0.5 }, root);
    });
    const fromProtobuf = viaProtobuf(spans);
    const fromJson = viaJson(spans);
    expect(fromProtobuf).toEqual(fromJson);
    const agent = fromProtobuf.find((s) => s.name === 'invoke_agent planner')!;
    expect(agent.attributes).toMatchObject({ 'gen_ai.usage.input_tokens': 12, flags: [1, 2], ok: true });
    expect(agent.traceId).toBe(spans[0]!.spanContext().traceId);
    const chat = fromProtobuf.find((s) => s.name === 'chat m')!;
    expect(chat.parentSpanId).toBe(agent.spanId);
    expect(chat.attributes.ratio).toBe(0.5);
    expect(chat.startMs).toBeGreaterThan(1_700_000_000_000);
  });

  it('throws on bytes that are not an OTLP request', () => {
    expect(() => decodeOtlpProtobuf(new Uint8Array([0x0a, 0xff, 0xff, 0xff]))).toThrow();
    expect(() => decodeOtlpJson('nope')).toThrow();
  });
});

describe('spansToWorkflows', () => {
  it('infers a delegation with the tool call arguments as task and a return with the child output', async () => {
    const spans = await record((span) => {
      const planner = span('invoke_agent planner', {
        'gen_ai.operation.name': 'invoke_agent',
        'gen_ai.agent.name': 'planner',
        'gen_ai.input.messages': text('Brief me on ACME Q3 2024 revenue in EUR.'),
        'gen_ai.output.messages': answer('ACME made EUR 4.2 billion.'),
      });
      const tool = span(
        'execute_tool research',
        {
          'gen_ai.operation.name': 'execute_tool',
          'gen_ai.tool.name': 'research',
          'gen_ai.tool.call.arguments': JSON.stringify({ task: 'Research ACME Q3 2024 revenue in EUR.' }),
          'gen_ai.tool.call.result': JSON.stringify('Revenue: USD 15.1 billion in 2023.'),
        },
        planner,
      );
      const researcher = span(
        'invoke_agent researcher',
        {
          'gen_ai.operation.name': 'invoke_agent',
          'gen_ai.agent.name': 'researcher',
          'gen_ai.input.messages': text('Research ACME Q3 2024 revenue in EUR.'),
          'gen_ai.output.messages': answer('ACME Corp 2023 revenue was USD 15.1 billion.'),
        },
        tool,
      );
      span(
        'execute_tool web_search',
        {
          'gen_ai.operation.name': 'execute_tool',
          'gen_ai.tool.name': 'web_search',
          'gen_ai.tool.call.arguments': JSON.stringify({ query: 'ACME Corp 2023 revenue' }),
          'gen_ai.tool.call.result': JSON.stringify('ACME Corp 2023 revenue: USD 15.1 billion'),
        },
        researcher,
      );
    });
    const { trace, missing } = await imported(viaProtobuf(spans));
    expect(missing).toEqual([]);
    expect(trace.turns.map((t) => t.agent)).toEqual(['planner', 'researcher']);
    const [planner, researcher] = trace.turns;
    expect(researcher!.parentTurnId).toBe(planner!.id);
    expect(researcher!.toolCalls.map((c) => c.name)).toEqual(['web_search']);
    expect(trace.handoffs.map((h) => [h.kind, h.from, h.to, h.content])).toEqual([
      ['delegation', 'planner', 'researcher', 'Research ACME Q3 2024 revenue in EUR.'],
      ['return', 'researcher', 'planner', 'ACME Corp 2023 revenue was USD 15.1 billion.'],
    ]);
    const analysis = await analyze(trace);
    expect(analysis.failure?.kind).toBe('misunderstood_task');
    expect(analysis.failure?.boundary).toEqual({ from: 'planner', to: 'researcher' });
  });

  it('hands the output of one OpenInference graph node to the next and reads llm.input_messages', async () => {
    const spans = await record((span, end) => {
      const graph = span('LangGraph', { 'openinference.span.kind': 'CHAIN', 'input.value': 'Brief me.' });
      const nodes: [string, string][] = [
        ['planner', 'Research ACME Q3 2024 revenue.'],
        ['researcher', 'ACME Q3 2024 revenue: EUR 4.2 billion.'],
        ['writer', 'Briefing: ACME earned EUR 4.2 billion in Q3 2024.'],
      ];
      for (const [node, output] of nodes) {
        const nodeSpan = span(
          node,
          {
            'openinference.span.kind': 'CHAIN',
            metadata: JSON.stringify({ langgraph_node: node }),
            'output.value': JSON.stringify({ messages: [{ role: 'assistant', content: output }] }),
          },
          graph,
        );
        const chat = span(
          'ChatModel',
          {
            'openinference.span.kind': 'LLM',
            'llm.model_name': 'mock',
            'llm.input_messages.0.message.role': 'user',
            'llm.input_messages.0.message.content': `input of ${node}`,
            'llm.output_messages.0.message.role': 'assistant',
            'llm.output_messages.0.message.content': output,
          },
          nodeSpan,
        );
        end(chat);
        end(nodeSpan);
      }
    });
    const { trace } = await imported(viaJson(spans));
    expect(trace.turns.map((t) => [t.agent, t.output])).toEqual([
      ['planner', 'Research ACME Q3 2024 revenue.'],
      ['researcher', 'ACME Q3 2024 revenue: EUR 4.2 billion.'],
      ['writer', 'Briefing: ACME earned EUR 4.2 billion in Q3 2024.'],
    ]);
    expect(trace.turns[1]!.modelCalls[0]!.input).toEqual([{ role: 'user', content: 'input of researcher' }]);
    expect(trace.handoffs.map((h) => [h.kind, h.from, h.to, h.content])).toEqual([
      ['edge', 'planner', 'researcher', 'Research ACME Q3 2024 revenue.'],
      ['edge', 'researcher', 'writer', 'ACME Q3 2024 revenue: EUR 4.2 billion.'],
    ]);
    expect(trace.workflow.output).toBe('Briefing: ACME earned EUR 4.2 billion in Q3 2024.');
  });

  it('reports content the exporter left out instead of guessing it', async () => {
    const spans = await record((span) => {
      const planner = span('invoke_agent planner', {
        'gen_ai.operation.name': 'invoke_agent',
        'gen_ai.agent.name': 'planner',
      });
      span(
        'invoke_agent researcher',
        { 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.agent.name': 'researcher' },
        planner,
      );
    });
    const { trace, missing } = await imported(viaProtobuf(spans));
    expect(trace.handoffs.map((h) => h.content)).toEqual(['', '']);
    expect(missing.some((m) => m.startsWith('input of researcher'))).toBe(true);
    expect(missing.some((m) => m.startsWith('content of handoff planner→researcher'))).toBe(true);
    expect(trace.workflow.metadata.missing).toEqual(missing);
    expect((await analyze(trace)).failure).toBeNull();
  });

  it("reads Mastra's content by span type and records only the innermost of nested model spans", async () => {
    const spans = await record((span, end) => {
      const agent = span('invoke_agent researcher', {
        'gen_ai.operation.name': 'invoke_agent',
        'mastra.span.type': 'agent_run',
        'gen_ai.agent.name': 'researcher',
        'mastra.agent_run.input': JSON.stringify([{ role: 'user', content: 'Continue.' }]),
        'mastra.agent_run.output': JSON.stringify({ text: 'Markets were mixed.', files: [] }),
      });
      const generation = span(
        'model_generation m',
        {
          'gen_ai.operation.name': 'model_generation',
          'mastra.span.type': 'model_generation',
          'mastra.model_generation.input': JSON.stringify({
            messages: [{ role: 'user', content: 'Continue.' }],
          }),
        },
        agent,
      );
      for (const [index, prompt, reply] of [
        [0, 'Continue.', ''],
        [1, 'Continue. [tool result]', 'Markets were mixed.'],
      ] as const) {
        const step = span(
          'agent_step researcher',
          {
            'gen_ai.operation.name': 'agent_step',
            'mastra.span.type': 'model_step',
            'mastra.model_step.step_index': index,
            'mastra.model_step.input': JSON.stringify([{ role: 'user', content: prompt }]),
          },
          generation,
        );
        end(
          span(
            'chat m',
            {
              'gen_ai.operation.name': 'chat',
              'mastra.span.type': 'model_inference',
              'gen_ai.request.model': 'm',
              'gen_ai.output.messages': answer(reply),
            },
            step,
          ),
        );
        end(step);
      }
    });
    const { trace, missing } = await imported(viaProtobuf(spans));
    const [turn] = trace.turns;
    expect(turn?.input).toEqual([{ role: 'user', content: 'Continue.' }]);
    expect(turn?.output).toBe('Markets were mixed.');
    expect(turn?.modelCalls.map((call) => [call.model, call.input[0]?.content, call.output])).toEqual([
      ['m', 'Continue.', ''],
      ['m', 'Continue. [tool result]', 'Markets were mixed.'],
    ]);
    expect(missing).toEqual([]);
  });

  it('reads a Langfuse observation of level ERROR as a failure', async () => {
    const spans = await record((span) => {
      const node = span('researcher', {
        'langfuse.observation.type': 'agent',
        'agent.name': 'researcher',
        'langfuse.observation.input': 'Research ACME.',
      });
      span(
        'web_search',
        {
          'langfuse.observation.type': 'tool',
          'langfuse.observation.input': JSON.stringify({ query: 'ACME' }),
          'langfuse.observation.level': 'ERROR',
          'langfuse.observation.status_message': 'Error: 429 Too Many Requests',
        },
        node,
      );
    });
    const { trace } = await imported(viaJson(spans));
    expect(trace.turns[0]?.toolCalls[0]?.error?.message).toBe('Error: 429 Too Many Requests');
  });

  it('turns a span link between agent spans into a handoff', async () => {
    const spans = await record((span) => {
      const a = span('invoke_agent producer', {
        'gen_ai.operation.name': 'invoke_agent',
        'gen_ai.agent.name': 'producer',
        'gen_ai.output.messages': answer('the batch is ready'),
      }) as { spanContext(): unknown };
      span(
        'invoke_agent consumer',
        { 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.agent.name': 'consumer' },
        a,
        [{ context: a.spanContext() }],
      );
    });
    const { trace } = await imported(viaProtobuf(spans));
    expect(trace.handoffs.some((h) => h.kind === 'explicit' && h.content === 'the batch is ready')).toBe(
      true,
    );
  });

  it('gives the same diagnosis after Handoff export and import', async () => {
    for (const fault of ['none', 'stale_context', 'lost_message'] as const) {
      const original = await recordResearchTeam(fault);
      const exporter = new InMemorySpanExporter();
      const provider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] });
      const before = await analyze(original);
      writeTraceSpans(provider.getTracer('t'), original, before, { captureContent: true });
      await provider.forceFlush();
      const { trace } = await imported(viaProtobuf(exporter.getFinishedSpans()));
      const after = await analyze(trace);
      expect(after.failure?.summary).toBe(before.failure?.summary);
      expect(trace.handoffs.map((h) => [h.kind, h.from, h.to, h.content])).toEqual(
        original.handoffs.map((h) => [h.kind, h.from, h.to, h.content]),
      );
    }
  });
});

describe('parseSpanText', () => {
  it('reads Collector file-exporter lines, counts bad lines and reads Phoenix span exports', async () => {
    const spans = await record((span) => {
      span('invoke_agent solo', { 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.agent.name': 'solo' });
    });
    const line = new TextDecoder().decode(JsonTraceSerializer.serializeRequest(spans as never));
    const parsed = parseSpanText(`${line}\n{not json\n${line}\n`);
    expect(parsed.spans).toHaveLength(2);
    expect(parsed.errors).toEqual([expect.stringMatching(/^line 2: /)]);

    const phoenix = [
      {
        name: 'agent',
        context: { trace_id: 'ab'.repeat(16), span_id: '01'.repeat(8) },
        parent_id: null,
        span_kind: 'AGENT',
        start_time: '2025-01-01T00:00:00.000+00:00',
        end_time: '2025-01-01T00:00:02.000+00:00',
        status_code: 'OK',
        attributes: {
          input: { value: 'Find the Q3 revenue.' },
          output: { value: 'EUR 4.2 billion.' },
          agent: { name: 'researcher' },
        },
        events: [],
      },
    ];
    const fromPhoenix = parseSpanText(phoenix.map((s) => JSON.stringify(s)).join('\n'));
    expect(fromPhoenix.errors).toEqual([]);
    const { trace } = await imported(fromPhoenix.spans);
    expect(trace.turns.map((t) => [t.agent, t.input[0]?.content, t.output])).toEqual([
      ['researcher', 'Find the Q3 revenue.', 'EUR 4.2 billion.'],
    ]);
    expect(trace.turns[0]!.endedAt! - trace.turns[0]!.startedAt).toBe(2000);
  });
});
