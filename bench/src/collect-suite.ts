import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordResearchTeam } from '@handoff/core/testing';
import { startOtlpReceiver, writeTraceSpans } from '@handoff/otel';
import { ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { table, versionsOf, writeResults } from './results.ts';

/** Spans of `traces` research-team workflows (content captured), in OTLP protobuf requests of ~512 spans. */
async function requests(traces: number): Promise<{ bodies: Uint8Array[]; spans: number }> {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const tracer = provider.getTracer('bench');
  const faults = ['none', 'stale_context', 'lost_message', 'agent_error'] as const;
  for (let i = 0; i < traces; i++)
    writeTraceSpans(tracer, await recordResearchTeam(faults[i % faults.length]), undefined, {
      captureContent: true,
    });
  await provider.forceFlush();
  const spans = exporter.getFinishedSpans();
  const bodies: Uint8Array[] = [];
  for (let at = 0; at < spans.length; at += 512)
    bodies.push(
      ProtobufTraceSerializer.serializeRequest(spans.slice(at, at + 512) as ReadableSpan[] as never)!,
    );
  return { bodies, spans: spans.length };
}

async function send(url: string, bodies: Uint8Array[]): Promise<void> {
  for (const body of bodies) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-protobuf' },
      body: body as Uint8Array<ArrayBuffer>,
    });
    if (response.status !== 200) throw new Error(`receiver answered ${response.status}`);
    await response.arrayBuffer();
  }
}

interface CollectRow {
  variant: string;
  role: 'baseline' | 'handoff';
  spans: number;
  seconds: number;
  spansPerSecond: number;
  peakRssMiB: number;
}

/**
 * `handoff collect` throughput: the same OTLP protobuf requests sent over loopback to a bare HTTP
 * server that only reads the body (the same-run baseline) and to the receiver, timed until every
 * workflow file is written. One process, so client, server and conversion share one core.
 */
export async function runCollectSuite(options: { smoke: boolean; log?: (line: string) => void }) {
  const log = options.log ?? console.log;
  const traces = options.smoke ? 20 : 2_000;
  const { bodies, spans } = await requests(traces);
  const rows: CollectRow[] = [];
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);

  const bare = createServer(async (request, response) => {
    for await (const _chunk of request) {
      // read and drop
    }
    response.writeHead(200, { 'content-type': 'application/x-protobuf' });
    response.end();
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/v1/traces`;
  await send(bareUrl, bodies.slice(0, 2)); // warm-up
  peak = process.memoryUsage().rss;
  let started = performance.now();
  await send(bareUrl, bodies);
  let seconds = (performance.now() - started) / 1000;
  rows.push({
    variant: 'bare HTTP server (reads the body, answers 200)',
    role: 'baseline',
    spans,
    seconds,
    spansPerSecond: Math.round(spans / seconds),
    peakRssMiB: Math.round(peak / 2 ** 20),
  });
  await new Promise<void>((resolve) => bare.close(() => resolve()));

  const dir = await mkdtemp(join(tmpdir(), 'handoff-bench-collect-'));
  const receiver = await startOtlpReceiver({ dir, port: 0 });
  peak = process.memoryUsage().rss;
  started = performance.now();
  await send(receiver.url, bodies);
  await receiver.flush();
  seconds = (performance.now() - started) / 1000;
  const files = (await readdir(dir)).filter((file) => file.endsWith('.jsonl')).length;
  await receiver.close();
  clearInterval(sampler);
  if (files !== traces) throw new Error(`expected ${traces} workflow files, found ${files}`);
  rows.push({
    variant: 'handoff collect (decode, map, write one file per trace)',
    role: 'handoff',
    spans,
    seconds,
    spansPerSecond: Math.round(spans / seconds),
    peakRssMiB: Math.round(peak / 2 ** 20),
  });
  await rm(dir, { recursive: true, force: true });

  log(
    `\nhandoff collect — ${spans} spans (${traces} research-team traces, content captured) in ${bodies.length} OTLP protobuf requests over loopback\n`,
  );
  log(
    table(
      ['variant', 'spans/s', 'seconds', 'peak RSS MiB'],
      rows.map((row) => [
        row.variant,
        row.spansPerSecond.toLocaleString('en'),
        row.seconds.toFixed(2),
        row.peakRssMiB,
      ]),
    ),
  );
  log(
    `Results: ${await writeResults('collect', { versions: versionsOf('@opentelemetry/otlp-transformer'), target: { spansPerSecond: 20_000 }, rows }, options)}`,
  );
  return rows;
}
