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

/** Spans of `traces` research-team workflows, exported by `@handoff/otel` with content. */
async function recordSpans(traces: number): Promise<ReadableSpan[]> {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const tracer = provider.getTracer('bench');
  const faults = ['none', 'stale_context', 'lost_message', 'agent_error'] as const;
  for (let i = 0; i < traces; i++)
    writeTraceSpans(tracer, await recordResearchTeam(faults[i % faults.length]), undefined, {
      captureContent: true,
    });
  await provider.forceFlush();
  return exporter.getFinishedSpans();
}

/**
 * The spans as OTLP protobuf requests of 512 spans, their trace ids tagged with `round`: each round
 * brings new traces (new files), as a live receiver sees them, rather than rewrites of the last.
 */
function requests(spans: readonly ReadableSpan[], round: number): Uint8Array[] {
  const tag = (traceId: string) => `${traceId.slice(0, 28)}${round.toString(16).padStart(4, '0')}`;
  const tagged = spans.map(
    (span) =>
      Object.create(span, {
        spanContext: { value: () => ({ ...span.spanContext(), traceId: tag(span.spanContext().traceId) }) },
        links: {
          value: span.links.map((link) => ({
            ...link,
            context: { ...link.context, traceId: tag(link.context.traceId) },
          })),
        },
      }) as ReadableSpan,
  );
  const bodies: Uint8Array[] = [];
  for (let at = 0; at < tagged.length; at += 512)
    bodies.push(ProtobufTraceSerializer.serializeRequest(tagged.slice(at, at + 512) as never)!);
  return bodies;
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
/** A server child's answer to `lap`: CPU it spent since the last lap, once everything received is written. */
interface Lap {
  cpuSeconds: number;
}
/** Its answer to `close`: peak RSS and trace files written. */
interface Closed {
  peakRssMiB: number;
  files: number;
}

const CHILD_FLAG = '--collect-child';

/** The server side, in its own process so its CPU time and memory are its own. */
async function serve(kind: ServerKind): Promise<void> {
  let cpu = process.cpuUsage();
  let flush: () => Promise<void> = async () => {};
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
    flush = () => receiver.flush();
    close = async () => {
      await receiver.close();
      const files = (await readdir(dir)).filter((file) => file.endsWith('.jsonl')).length;
      await rm(dir, { recursive: true, force: true });
      return files;
    };
  }
  process.on('message', async (message: string) => {
    if (message === 'lap') {
      await flush();
      const used = process.cpuUsage(cpu);
      cpu = process.cpuUsage();
      process.send?.({ cpuSeconds: (used.user + used.system) / 1e6 } satisfies Lap);
      return;
    }
    const files = await close();
    const closed: Closed = { peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024), files };
    process.send?.(closed, () => process.exit(0));
  });
  process.send?.({ url });
}

if (process.argv[2] === CHILD_FLAG) await serve(process.argv[3] as ServerKind);

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/**
 * Starts a server child, sends a warm-up, then each round's requests, and returns the median
 * round's server CPU and wall time. BENCH_CPU_PROF=<dir> profiles the server child.
 */
async function measure(
  kind: ServerKind,
  warmUp: Uint8Array[],
  rounds: Uint8Array[][],
): Promise<Closed & Lap & { seconds: number }> {
  const child: ChildProcess = fork(import.meta.filename, [CHILD_FLAG, kind], {
    execArgv: [
      '--conditions=@handoff/source',
      ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
    ],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = (message?: string) =>
    new Promise<unknown>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`collect ${kind} server exited (${code})`));
      child.once('exit', onExit);
      child.once('message', (answer) => {
        child.off('exit', onExit);
        resolve(answer);
      });
      if (message) child.send(message);
    });
  const { url } = (await ask()) as { url: string };
  await send(url, warmUp);
  await ask('lap');
  const cpu: number[] = [];
  const wall: number[] = [];
  for (const bodies of rounds) {
    const started = performance.now();
    await send(url, bodies);
    cpu.push(((await ask('lap')) as Lap).cpuSeconds);
    wall.push((performance.now() - started) / 1000);
  }
  const closed = (await ask('close')) as Closed;
  return { ...closed, cpuSeconds: median(cpu), seconds: median(wall) };
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
 * process, timed until every workflow file is written (median of several rounds). Both wall time
 * and the server's CPU time are reported: on a shared machine the wall clock mostly measures the neighbours, CPU time does not.
 */
export async function runCollectSuite(options: { smoke: boolean; log?: (line: string) => void }) {
  const log = options.log ?? console.log;
  const traces = options.smoke ? 40 : 2_000;
  const recorded = await recordSpans(traces);
  const spans = recorded.length;
  const roundCount = options.smoke ? 1 : 5;
  const rounds = Array.from({ length: roundCount }, (_, round) => requests(recorded, round));
  // Warm-up: the first tenth of the spans under trace ids of their own.
  const warmUpSpans = recorded.slice(0, Math.ceil(spans / 10));
  const warmUp = requests(warmUpSpans, 0xffff);
  const warmUpTraces = new Set(warmUpSpans.map((span) => span.spanContext().traceId)).size;
  const rows: CollectRow[] = [];
  const variants = [
    ['bare', 'bare HTTP server (reads the body, answers 200)'],
    ['handoff', 'handoff collect (decode, map, write one file per trace)'],
  ] as const;
  for (const [kind, variant] of variants) {
    const m = await measure(kind, warmUp, rounds);
    const expected = traces * roundCount + warmUpTraces;
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
    `\nhandoff collect — ${spans} spans (${traces} research-team traces, content captured) in ${rounds[0]!.length} OTLP protobuf requests over loopback, median of ${roundCount} rounds (new trace ids each) after a warm-up of ${warmUpTraces} traces\n`,
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
