// Profiles what `handoff collect` does per request, without HTTP: decode OTLP protobuf bodies, then
// map their spans to workflows. `pnpm --dir bench profile:collect` writes a .cpuprofile to
// bench/profiles/ and prints the time of each stage (decode, map) per 1,000 spans.
import { recordResearchTeam } from '@handoff/core/testing';
import { decodeOtlpProtobuf, spansToWorkflows, writeTraceSpans } from '@handoff/otel';
import { ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const traces = Number(process.argv[2] ?? 300);
const rounds = Number(process.argv[3] ?? 3);
const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const tracer = provider.getTracer('profile');
const faults = ['none', 'stale_context', 'lost_message', 'agent_error'] as const;
for (let i = 0; i < traces; i++)
  writeTraceSpans(tracer, await recordResearchTeam(faults[i % faults.length]), undefined, {
    captureContent: true,
  });
await provider.forceFlush();
const finished = exporter.getFinishedSpans();
const bodies: Uint8Array[] = [];
for (let at = 0; at < finished.length; at += 512)
  bodies.push(
    ProtobufTraceSerializer.serializeRequest(finished.slice(at, at + 512) as ReadableSpan[] as never)!,
  );
const bytes = bodies.reduce((sum, body) => sum + body.length, 0);
console.log(
  `${finished.length} spans, ${traces} traces, ${bodies.length} bodies, ${(bytes / 2 ** 20).toFixed(1)} MiB`,
);
for (let round = 0; round < rounds; round++) {
  // CPU time, not wall time: on a shared machine the wall clock mostly measures the neighbours.
  let started = cpuMs();
  const spans = bodies.flatMap((body) => decodeOtlpProtobuf(body));
  const decode = cpuMs() - started;
  started = cpuMs();
  const workflows = await spansToWorkflows(spans);
  const map = cpuMs() - started;
  const per = (ms: number) => ((ms / spans.length) * 1000).toFixed(1);
  console.log(
    `round ${round + 1}: decode ${decode.toFixed(0)} ms (${per(decode)} ms/1k spans), map ${map.toFixed(0)} ms (${per(map)} ms/1k spans) → ${workflows.length} workflows; ${Math.round(spans.length / ((decode + map) / 1000))} spans per CPU second`,
  );
}
