import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadTraces } from '@handoff/core';
import { recordResearchTeam } from '@handoff/core/testing';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import {
  BatchSpanProcessor,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  TracerProvider,
} from '@opentelemetry/sdk-trace';
import { afterEach, describe, expect, it } from 'vitest';
import { type OtlpReceiver, startOtlpReceiver } from './otlp-receiver.ts';
import { writeTraceSpans } from './span-mapping.ts';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

async function receiver(
  options: { maxBodyBytes?: number } = {},
): Promise<{ receiver: OtlpReceiver; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'handoff-collect-'));
  const started = await startOtlpReceiver({ dir, port: 0, flushMs: 20, ...options });
  cleanup.push(async () => {
    await started.close();
    await rm(dir, { recursive: true, force: true });
  });
  return { receiver: started, dir };
}

describe('startOtlpReceiver', () => {
  it('turns spans from the OTLP/HTTP JSON exporter (gzip) into a trace file on loopback', async () => {
    const { receiver: r, dir } = await receiver();
    expect(r.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\/traces$/);
    const provider = new TracerProvider({
      spanProcessors: [
        new BatchSpanProcessor({
          exporter: new OTLPTraceExporter({ url: r.url, compression: 'gzip' as never }),
        }),
      ],
    });
    const trace = await recordResearchTeam('stale_context');
    writeTraceSpans(provider.getTracer('test'), trace, undefined, { captureContent: true });
    await provider.forceFlush();
    await provider.shutdown();
    await r.flush();
    expect(r.stats.rejected).toBe(0);
    expect(r.stats.spans).toBeGreaterThan(5);
    const { traces } = await loadTraces(dir);
    expect(traces).toHaveLength(1);
    expect(traces[0]!.turns.map((t) => t.agent)).toEqual(trace.turns.map((t) => t.agent));
  });

  it('accepts protobuf bodies and rewrites a trace as more of its spans arrive', async () => {
    const { receiver: r, dir } = await receiver();
    const exporter = new InMemorySpanExporter();
    const provider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] });
    writeTraceSpans(provider.getTracer('test'), await recordResearchTeam('none'), undefined);
    await provider.forceFlush();
    const spans = exporter.getFinishedSpans();
    const half = Math.floor(spans.length / 2);
    for (const part of [spans.slice(0, half), spans.slice(half)]) {
      const response = await fetch(r.url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-protobuf' },
        body: ProtobufTraceSerializer.serializeRequest(part as never) as Uint8Array<ArrayBuffer>,
      });
      expect(response.status).toBe(200);
      await r.flush();
    }
    const files = (await readdir(dir)).filter((f) => f.endsWith('.jsonl'));
    expect(files).toHaveLength(1);
    const { traces } = await loadTraces(dir);
    expect(new Set(traces[0]!.turns.map((t) => t.agent))).toEqual(
      new Set(['planner', 'researcher', 'writer', 'reviewer']),
    );
  });

  it('answers malformed, oversized and misdirected requests with 4xx and a count, and keeps serving', async () => {
    const { receiver: r } = await receiver({ maxBodyBytes: 1024 });
    const post = (
      body: string | Uint8Array<ArrayBuffer>,
      type = 'application/json',
      headers: Record<string, string> = {},
    ) => fetch(r.url, { method: 'POST', headers: { 'content-type': type, ...headers }, body });
    const bad = await post('{"resourceSpans": [{"scopeSpans": [{"spans": [{"name": "x"}]}]}]}');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ rejected: 1 });
    expect((await post('not json')).status).toBe(400);
    expect(
      (await post(new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0x0f]), 'application/x-protobuf')).status,
    ).toBe(400);
    expect((await post('x'.repeat(4096))).status).toBe(413);
    // A gzip bomb: small on the wire, over the limit once inflated.
    expect(
      (await post(gzipSync(Buffer.alloc(64 * 1024)), 'application/json', { 'content-encoding': 'gzip' }))
        .status,
    ).toBe(400);
    expect((await post('{}', 'text/plain')).status).toBe(415);
    expect((await fetch(r.url)).status).toBe(405);
    expect((await fetch(r.url.replace('/v1/traces', '/v1/metrics'), { method: 'POST' })).status).toBe(404);
    expect(r.stats.rejected).toBe(8);
    const ok = await post('{"resourceSpans": []}');
    expect(ok.status).toBe(200);
  });
});
