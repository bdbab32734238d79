import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, foldTraces } from '@handoff/core';
import { FAULTS } from '@handoff/example-kit';
import { decodeOtlpProtobuf, spansToWorkflows, writeTraceSpans } from '@handoff/otel';
import { ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import {
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
  TracerProvider,
} from '@opentelemetry/sdk-trace';
import { afterAll, describe, expect, it } from 'vitest';
import { FRAMEWORKS } from './run-demo.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** The span tree as indented names, for reading (and for the docs). */
export function spanTree(spans: ReadableSpan[]): string {
  const children = new Map<string | undefined, ReadableSpan[]>();
  for (const span of spans) {
    const parent = span.parentSpanContext?.spanId;
    children.set(parent, [...(children.get(parent) ?? []), span]);
  }
  const lines: string[] = [];
  const walk = (parent: string | undefined, depth: number) => {
    for (const span of (children.get(parent) ?? []).sort(
      (a, b) => a.startTime[0] - b.startTime[0] || a.startTime[1] - b.startTime[1],
    )) {
      lines.push(
        `${'  '.repeat(depth)}${span.name}${span.links.length ? `  [link ← ${span.links.map((l) => l.attributes?.['gen_ai.agent.handoff.source.name']).join(', ')}]` : ''}`,
      );
      walk(span.spanContext().spanId, depth + 1);
    }
  };
  walk(undefined, 0);
  return lines.join('\n');
}

describe('OpenTelemetry export of each framework example', () => {
  for (const [framework, run] of FRAMEWORKS) {
    it(`maps a ${framework} run to invoke_workflow / invoke_agent / chat / execute_tool spans with handoff links`, async () => {
      const dir = await mkdtemp(join(tmpdir(), 'handoff-otel-'));
      dirs.push(dir);
      const { trace, analysis } = await run({ fault: 'stale_context', traceDir: dir });
      const exporter = new InMemorySpanExporter();
      const provider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] });
      writeTraceSpans(provider.getTracer('test'), trace, analysis);
      await provider.forceFlush();
      const spans = exporter.getFinishedSpans();
      if (process.env.HANDOFF_PRINT_SPANS) console.log(`${framework}\n${spanTree(spans)}`);
      expect(spans.filter((s) => s.name.startsWith('invoke_workflow'))).toHaveLength(1);
      expect(
        new Set(
          spans
            .filter((s) => s.name.startsWith('invoke_agent'))
            .map((s) => s.attributes['gen_ai.agent.name']),
        ),
      ).toEqual(new Set(['planner', 'researcher', 'writer', 'reviewer']));
      expect(spans.some((s) => s.name.startsWith('chat '))).toBe(true);
      expect(spans.some((s) => s.name === 'execute_tool market_data')).toBe(true);
      expect(spans.filter((s) => s.links.length > 0).length).toBeGreaterThanOrEqual(3);
      expect(
        spans
          .flatMap((s) => s.events)
          .some(
            (e) => e.name === 'handoff.finding' && e.attributes?.['handoff.finding.kind'] === 'stale_context',
          ),
      ).toBe(true);
    });
  }
});

describe('Handoff export, then import, of each framework example', () => {
  for (const [framework, run] of FRAMEWORKS) {
    it(`gives the ${framework} example's root cause back for every fault`, async () => {
      for (const fault of FAULTS) {
        const dir = await mkdtemp(join(tmpdir(), 'handoff-otel-'));
        dirs.push(dir);
        const { trace, analysis } = await run({ fault, traceDir: dir });
        const exporter = new InMemorySpanExporter();
        const provider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] });
        writeTraceSpans(provider.getTracer('test'), trace, analysis, { captureContent: true });
        await provider.forceFlush();
        // Through the wire format an OTLP exporter sends.
        const body = ProtobufTraceSerializer.serializeRequest(exporter.getFinishedSpans() as never)!;
        const [workflow] = await spansToWorkflows(decodeOtlpProtobuf(body));
        const imported = await analyze(foldTraces(workflow!.events)[0]!);
        expect({ fault, summary: imported.failure?.summary }).toEqual({
          fault,
          summary: analysis.failure?.summary,
        });
      }
    }, 120_000);
  }
});
