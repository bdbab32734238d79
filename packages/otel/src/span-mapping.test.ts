import { analyze } from '@handoff/core';
import { recordResearchTeam } from '@handoff/core/testing';
import { SpanStatusCode } from '@opentelemetry/api';
import {
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
  TracerProvider,
} from '@opentelemetry/sdk-trace';
import { describe, expect, it } from 'vitest';
import { writeTraceSpans } from './span-mapping.ts';

async function spansOf(fault: Parameters<typeof recordResearchTeam>[0], captureContent = false) {
  const exporter = new InMemorySpanExporter();
  const provider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] });
  const trace = await recordResearchTeam(fault);
  writeTraceSpans(provider.getTracer('test'), trace, await analyze(trace), { captureContent });
  await provider.forceFlush();
  return exporter.getFinishedSpans();
}

const byName = (spans: ReadableSpan[], name: string) => spans.filter((s) => s.name === name);
const parentOf = (spans: ReadableSpan[], span: ReadableSpan) =>
  spans.find((s) => s.spanContext().spanId === span.parentSpanContext?.spanId);

describe('writeTraceSpans', () => {
  it('maps a workflow to the GenAI span tree', async () => {
    const spans = await spansOf('none');
    const root = byName(spans, 'invoke_workflow research-team')[0]!;
    expect(root.attributes['gen_ai.operation.name']).toBe('invoke_workflow');
    const agents = spans.filter((s) => s.name.startsWith('invoke_agent '));
    expect(agents.map((s) => s.attributes['gen_ai.agent.name'])).toEqual([
      'planner',
      'researcher',
      'writer',
      'reviewer',
    ]);
    for (const agent of agents) expect(parentOf(spans, agent)).toBe(root);
    const chat = byName(spans, 'chat mock-model');
    expect(chat).toHaveLength(4);
    expect(parentOf(spans, chat[1]!)?.name).toBe('invoke_agent researcher');
    expect(chat[0]!.attributes).toMatchObject({
      'gen_ai.request.model': 'mock-model',
      'gen_ai.usage.input_tokens': 50,
      'gen_ai.usage.output_tokens': 40,
    });
    const tools = spans.filter((s) => s.name.startsWith('execute_tool '));
    expect(tools.map((s) => s.name)).toEqual(['execute_tool web_search', 'execute_tool market_data']);
    expect(root.status.code).not.toBe(SpanStatusCode.ERROR);
  });

  it('links each receiver to its sender and records the handoff as an event', async () => {
    const spans = await spansOf('none');
    const researcher = byName(spans, 'invoke_agent researcher')[0]!;
    const planner = byName(spans, 'invoke_agent planner')[0]!;
    expect(researcher.links[0]?.context.spanId).toBe(planner.spanContext().spanId);
    expect(researcher.links[0]?.attributes).toMatchObject({
      'gen_ai.agent.handoff.source.name': 'planner',
      'gen_ai.agent.handoff.target.name': 'researcher',
    });
    const event = researcher.events.find((e) => e.name === 'gen_ai.agent.handoff');
    expect(event?.attributes).toMatchObject({
      'handoff.delivery.verdict': 'understood',
      'gen_ai.agent.handoff.source.name': 'planner',
    });
  });

  it('marks the failing boundary with an error status and findings as events', async () => {
    const spans = await spansOf('stale_context');
    // The researcher had the refreshed price and still passed the old one on: its span fails.
    const writer = byName(spans, 'invoke_agent researcher')[0]!;
    expect(writer.status).toMatchObject({
      code: SpanStatusCode.ERROR,
      message: expect.stringContaining('Stale context at boundary writer←researcher'),
    });
    expect(writer.attributes['handoff.freshness']).toBe('stale');
    expect(writer.events.find((e) => e.name === 'handoff.finding')?.attributes).toMatchObject({
      'handoff.finding.kind': 'stale_context',
      'handoff.finding.mast': 'FM-2.5',
    });
    expect(byName(spans, 'invoke_workflow research-team')[0]!.status.code).toBe(SpanStatusCode.ERROR);
  });

  it('leaves message bodies out unless content capture is on', async () => {
    const without = await spansOf('none');
    expect(
      without.some(
        (s) => 'gen_ai.input.messages' in s.attributes || 'gen_ai.tool.call.arguments' in s.attributes,
      ),
    ).toBe(false);
    expect(
      without.flatMap((s) => s.events).some((e) => e.attributes && 'handoff.content' in e.attributes),
    ).toBe(false);
    const withContent = await spansOf('none', true);
    expect(byName(withContent, 'chat mock-model')[0]!.attributes['gen_ai.input.messages']).toContain(
      'ACME Corp',
    );
  });
});
