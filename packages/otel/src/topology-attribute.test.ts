import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  analyze,
  createTracer,
  foldTraces,
  loadTraces,
  memoryStore,
  pipelineTopology,
  type Trace,
  teeStore,
} from '@handoff/core';
import { failureSummary, manualClock } from '@handoff/core/testing';
import { trace as otelTrace, ROOT_CONTEXT } from '@opentelemetry/api';
import {
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
  TracerProvider,
} from '@opentelemetry/sdk-trace';
import { describe, expect, it } from 'vitest';
import { exportTraces } from './export-traces.ts';
import { otelStore } from './otel-store.ts';
import { startOtlpReceiver } from './otlp-receiver.ts';
import { writeTraceSpans } from './span-mapping.ts';
import type { SpanRecord } from './span-record.ts';
import { spansToWorkflows } from './spans-to-workflows.ts';
import { TOPOLOGY_ATTRIBUTE, topologyAttributeValue } from './topology-attribute.ts';
import { viaJson, viaProtobuf } from './via-otlp.ts';

const PIPELINE = pipelineTopology(['mail_reader', 'invoice_extractor', 'ap_booker']);

/**
 * The invoice pipeline: the extractor misreads EUR 1,240 as 12400, then the program's own range
 * check throws before the booker runs, so nothing was handed on and only the declared topology names the booker.
 */
async function recordCrash(options: { topology?: boolean; store?: ReturnType<typeof otelStore> } = {}) {
  const local = memoryStore();
  const clock = manualClock();
  const tracer = createTracer({
    store: options.store ? teeStore(local, [options.store]) : local,
    clock,
    flushOnExit: false,
  });
  await tracer
    .workflow(
      'invoices',
      async () => {
        const mail = await tracer.turn('mail_reader', async () => 'Invoice INV-88 from Acme, EUR 1,240.');
        tracer.handoff({ from: 'mail_reader', to: 'invoice_extractor', content: mail });
        clock.advance(50);
        const fields = await tracer.turn(
          'invoice_extractor',
          async () => '{"invoice": "INV-88", "amount": 12400}',
        );
        const { amount } = JSON.parse(fields) as { amount: number };
        if (amount > 5000) throw new RangeError(`amount ${amount} is over the approval limit of 5000`);
      },
      options.topology === false ? {} : { topology: PIPELINE },
    )
    .catch(() => undefined);
  await tracer.shutdown();
  return local.traces()[0]!;
}

async function spansOf(trace: Trace): Promise<ReadableSpan[]> {
  const exporter = new InMemorySpanExporter();
  const provider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] });
  writeTraceSpans(provider.getTracer('test'), trace, await analyze(trace), { captureContent: true });
  await provider.forceFlush();
  return exporter.getFinishedSpans();
}

async function imported(spans: SpanRecord[]) {
  const [workflow] = await spansToWorkflows(spans);
  return { trace: foldTraces(workflow!.events)[0]!, missing: workflow!.missing };
}

const failureOf = async (trace: Trace) => failureSummary((await analyze(trace)).failure);

describe('the declared topology through OpenTelemetry', () => {
  it('survives export and import in OTLP protobuf and JSON, with the same root cause', async () => {
    const native = await recordCrash();
    expect(await failureOf(native)).toBe('agent_error invoice_extractor → ap_booker (invoice_extractor)');
    const spans = await spansOf(native);
    const root = spans.find((span) => span.name === 'invoke_workflow invoices')!;
    expect(JSON.parse(String(root.attributes[TOPOLOGY_ATTRIBUTE]))).toEqual(native.topology);
    for (const decode of [viaProtobuf, viaJson]) {
      const { trace, missing } = await imported(decode(spans));
      expect(trace.topology).toEqual(native.topology);
      expect(await failureOf(trace)).toBe(await failureOf(native));
      expect(trace.workflow.error).toMatchObject({
        name: 'RangeError',
        message: native.workflow.error?.message,
      });
      expect(missing.filter((line) => line.includes('topology'))).toEqual([]);
    }
  });

  it('is left out of spans and imports of a trace that declared none, as before', async () => {
    const native = await recordCrash({ topology: false });
    const spans = await spansOf(native);
    expect(spans.every((span) => span.attributes[TOPOLOGY_ATTRIBUTE] === undefined)).toBe(true);
    const { trace } = await imported(viaProtobuf(spans));
    expect(trace.topology).toBeUndefined();
    expect(await failureOf(trace)).toBe('agent_error invoice_extractor → (output) (invoice_extractor)');
  });

  it('is exported live by otelStore as the workflow ends', async () => {
    const exporter = new InMemorySpanExporter();
    const provider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] });
    // Content capture: without the extractor's answer nothing ties the crash to it at all.
    const native = await recordCrash({
      store: otelStore({ tracerProvider: provider, captureContent: true }),
    });
    await provider.forceFlush();
    const { trace } = await imported(viaJson(exporter.getFinishedSpans()));
    expect(trace.topology).toEqual(native.topology);
    expect(await failureOf(trace)).toBe(await failureOf(native));
  });

  it('reaches a trace file through exportTraces and the OTLP receiver', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'handoff-topology-'));
    const receiver = await startOtlpReceiver({ dir, port: 0, flushMs: 20 });
    try {
      const native = await recordCrash();
      await exportTraces([native], { endpoint: receiver.url, captureContent: true });
      await receiver.flush();
      const { traces } = await loadTraces(dir);
      expect(traces.map((trace) => trace.topology)).toEqual([native.topology]);
      expect(await failureOf(traces[0]!)).toBe(await failureOf(native));
    } finally {
      await receiver.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("is read from another instrumentation's root span that sets the attribute", async () => {
    const exporter = new InMemorySpanExporter();
    const provider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] });
    const tracer = provider.getTracer('app');
    const value = topologyAttributeValue([PIPELINE])!;
    const start = Date.UTC(2026, 0, 1);
    const attributes = { [TOPOLOGY_ATTRIBUTE]: value };
    const root = tracer.startSpan('invoices', { attributes, startTime: start });
    ['mail_reader', 'invoice_extractor'].forEach((agent, index) => {
      const span = tracer.startSpan(
        `invoke_agent ${agent}`,
        {
          attributes: { 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.agent.name': agent },
          startTime: start + 100 * index + 10,
        },
        otelTrace.setSpan(ROOT_CONTEXT, root),
      );
      span.end(start + 100 * index + 90);
    });
    root.end(start + 300);
    await provider.forceFlush();
    const { trace } = await imported(viaProtobuf(exporter.getFinishedSpans()));
    expect(trace.turns.map((turn) => turn.agent)).toEqual(['mail_reader', 'invoice_extractor']);
    expect(trace.topology).toEqual([PIPELINE]);
  });

  it('keeps a cut or hostile attribute out of the trace and says so', async () => {
    const spans = viaProtobuf(await spansOf(await recordCrash()));
    const root = spans.find((span) => span.name === 'invoke_workflow invoices')!;
    const value = String(root.attributes[TOPOLOGY_ATTRIBUTE]);
    root.attributes[TOPOLOGY_ATTRIBUTE] = value.slice(0, value.length / 2);
    const cut = await imported(spans);
    expect(cut.trace.topology).toBeUndefined();
    expect(cut.missing.filter((line) => line.includes('topology'))).toEqual([
      expect.stringMatching(/^declared topology \(span \w+\): not JSON/),
    ]);

    root.attributes[TOPOLOGY_ATTRIBUTE] = JSON.stringify([{ name: 'x', nodes: 'all' }, PIPELINE]);
    const partly = await imported(spans);
    expect(partly.trace.topology).toEqual([PIPELINE]);
    expect(partly.missing.filter((line) => line.includes('topology'))).toEqual([
      expect.stringContaining('1 graph(s) not in the topology schema'),
    ]);
  });
});
