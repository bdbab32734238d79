import { type ChildProcess, fork } from 'node:child_process';
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

type ServerKind = 'bare' | 'handoff';
/** What a server child reports: CPU it spent since `start`, its peak RSS, trace files written. */
interface ServerReport {
  cpuSeconds: number;
  peakRssMiB: number;
  files: number;
}

const CHILD_FLAG = '--collect-child';

/** The server side, in its own process so its CPU time and memory are its own. */
async function serve(kind: ServerKind): Promise<void> {
  let cpu = process.cpuUsage();
  let close: () => Promise<number>;
  let url: string;
  if (kind === 'bare') {
    const bare = createServer(async (request, response) => {
      for await (const _chunk of request) {
        // read and drop
      }
      response.writeHead(200, { 'content-type': 'application/x-protobuf' });
      response.end();
    });
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/v1/traces`;
    close = async () => {
      await new Promise<void>((resolve) => {
        bare.close(() => resolve());
        bare.closeAllConnections();
      });
      return 0;
    };
  } else {
    const dir = await mkdtemp(join(tmpdir(), 'handoff-bench-collect-'));
    const receiver = await startOtlpReceiver({ dir, port: 0 });
    url = receiver.url;
    close = async () => {
      await receiver.close();
      const files = (await readdir(dir)).filter((file) => file.endsWith('.jsonl')).length;
      await rm(dir, { recursive: true, force: true });
      return files;
    };
  }
  process.on('message', async (message: string) => {
    if (message === 'start') {
      cpu = process.cpuUsage();
      return;
    }
    const files = await close();
    const used = process.cpuUsage(cpu);
    const report: ServerReport = {
      cpuSeconds: (used.user + used.system) / 1e6,
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      files,
    };
    process.send?.(report, () => process.exit(0));
  });
  process.send?.({ url });
}

if (process.argv[2] === CHILD_FLAG) await serve(process.argv[3] as ServerKind);

/** Starts a server child, sends the bodies (after a warm-up), and returns its report and the wall time. */
async function measure(
  kind: ServerKind,
  bodies: Uint8Array[],
  warmUp: Uint8Array[],
): Promise<ServerReport & { seconds: number }> {
  const child: ChildProcess = fork(import.meta.filename, [CHILD_FLAG, kind], {
    execArgv: ['--conditions=@handoff/source'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = () =>
    new Promise<unknown>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`collect ${kind} server exited (${code})`));
      child.once('exit', onExit);
      child.once('message', (message) => {
        child.off('exit', onExit);
        resolve(message);
      });
    });
  const { url } = (await next()) as { url: string };
  await send(url, warmUp);
  child.send('start');
  const started = performance.now();
  await send(url, bodies);
  child.send('report');
  const report = (await next()) as ServerReport;
  return { ...report, seconds: (performance.now() - started) / 1000 };
}

interface CollectRow {
  variant: string;
  role: 'baseline' | 'handoff';
  spans: number;
  seconds: number;
  spansPerSecond: number;
  cpuSeconds: number;
  /** Spans per second of the server process's CPU time: throughput on one core, whatever else runs. */
  spansPerCpuSecond: number;
  peakRssMiB: number;
  /** Microseconds of server CPU per span. */
  medianMicros: number;
  addedMicros: number;
  ratioToBaseline: number;
}

/**
 * `handoff collect` throughput: the same OTLP protobuf requests sent over loopback to a bare HTTP
 * server that only reads the body (the same-run baseline) and to the receiver, each in its own
 * process, timed until every workflow file is written. Both wall time and the server's CPU time are
 * reported: on a shared machine the wall clock mostly measures the neighbours, CPU time does not.
 */
export async function runCollectSuite(options: { smoke: boolean; log?: (line: string) => void }) {
  const log = options.log ?? console.log;
  const traces = options.smoke ? 40 : 2_000;
  const { bodies, spans } = await requests(traces);
  // Warm-up: other traces (fresh trace ids), so the measured run writes every file once.
  const warmUpTraces = options.smoke ? 8 : 100;
  const warmUp = (await requests(warmUpTraces)).bodies;
  const rows: CollectRow[] = [];
  const variants = [
    ['bare', 'bare HTTP server (reads the body, answers 200)'],
    ['handoff', 'handoff collect (decode, map, write one file per trace)'],
  ] as const;
  for (const [kind, variant] of variants) {
    const m = await measure(kind, bodies, warmUp);
    const expected = traces + warmUpTraces;
    if (kind === 'handoff' && m.files !== expected)
      throw new Error(`expected ${expected} workflow files, found ${m.files}`);
    const micros = (m.cpuSeconds * 1e6) / spans;
    const base = rows[0]?.medianMicros ?? micros;
    rows.push({
      variant,
      role: kind === 'bare' ? 'baseline' : 'handoff',
      spans,
      seconds: m.seconds,
      spansPerSecond: Math.round(spans / m.seconds),
      cpuSeconds: m.cpuSeconds,
      spansPerCpuSecond: Math.round(spans / m.cpuSeconds),
      peakRssMiB: m.peakRssMiB,
      medianMicros: Math.round(micros * 10) / 10,
      addedMicros: Math.round((micros - base) * 10) / 10,
      ratioToBaseline: Math.round((micros / base) * 100) / 100,
    });
  }

  log(
    `\nhandoff collect — ${spans} spans (${traces} research-team traces, content captured) in ${bodies.length} OTLP protobuf requests over loopback\n`,
  );
  log(
    table(
      ['variant', 'spans/s (wall)', 'spans per CPU second', 'CPU µs/span', 'seconds', 'peak RSS MiB'],
      rows.map((row) => [
        row.variant,
        row.spansPerSecond.toLocaleString('en'),
        row.spansPerCpuSecond.toLocaleString('en'),
        row.medianMicros,
        row.seconds.toFixed(2),
        row.peakRssMiB,
      ]),
    ),
  );
  log(
    `Results: ${await writeResults('collect', { versions: versionsOf('@opentelemetry/otlp-transformer'), target: { spansPerCpuSecond: 20_000 }, rows }, options)}`,
  );
  return rows;
}
