import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { gunzip, inflate } from 'node:zlib';
import { decodeOtlpJson } from './otlp-json.ts';
import { decodeOtlpProtobuf } from './otlp-protobuf.ts';
import type { SpanRecord } from './span-record.ts';
import { spansToWorkflows } from './spans-to-workflows.ts';
import { writeWorkflowFile } from './write-workflow-file.ts';

const gunzipAsync = promisify(gunzip);
const inflateAsync = promisify(inflate);

export interface OtlpReceiverOptions {
  /** Where the traces go, one `<workflowId>.jsonl` per trace. */
  dir: string;
  /** Default 4318 (OTLP/HTTP); 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1: other hosts only when asked for. */
  host?: string;
  /** Largest request body, compressed or not, in bytes. Default 16 MiB. */
  maxBodyBytes?: number;
  /** How long spans of a trace are batched before its file is rewritten. Default 200 ms. */
  flushMs?: number;
  /** A trace with no new span for this long is written a last time and forgotten. Default 5 min. */
  idleMs?: number;
  /** Most traces held in memory at once; the least recently updated is forgotten first. Default 10,000. */
  maxTraces?: number;
  /** Problems (a file that could not be written, a mapping that failed); the receiver keeps running. */
  onProblem?: (message: string) => void;
}

export interface OtlpReceiverStats {
  requests: number;
  spans: number;
  /** Requests refused: malformed, too large, wrong method, path or content type. */
  rejected: number;
  workflowsWritten: number;
  /** Traces held in memory now. */
  traces: number;
}

export interface OtlpReceiver {
  /** `http://host:port/v1/traces` */
  readonly url: string;
  readonly port: number;
  readonly stats: OtlpReceiverStats;
  /** Writes every trace received so far. */
  flush(): Promise<void>;
  /** Stops listening, then flushes. */
  close(): Promise<void>;
}

interface Pending {
  spans: Map<string, SpanRecord>;
  updatedAt: number;
  dirty: boolean;
}

class RequestError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (declared > limit)
    throw new RequestError(413, `body of ${declared} bytes is over the ${limit}-byte limit`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new RequestError(413, `body is over the ${limit}-byte limit`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * An OTLP/HTTP traces receiver (`POST /v1/traces`, protobuf or JSON, gzip or deflate): it only
 * decodes, then hands the spans to `spansToWorkflows`, the mapping `handoff import` uses, and
 * rewrites each trace's workflow file as its spans arrive, so `handoff view` shows it live.
 * Bad requests get a 4xx and a count; nothing a client sends stops the receiver.
 */
export async function startOtlpReceiver(options: OtlpReceiverOptions): Promise<OtlpReceiver> {
  const limit = options.maxBodyBytes ?? 16 * 1024 * 1024;
  const flushMs = options.flushMs ?? 200;
  const idleMs = options.idleMs ?? 5 * 60_000;
  const maxTraces = options.maxTraces ?? 10_000;
  const problem = options.onProblem ?? (() => {});
  const stats: OtlpReceiverStats = { requests: 0, spans: 0, rejected: 0, workflowsWritten: 0, traces: 0 };
  const pending = new Map<string, Pending>();
  let timer: NodeJS.Timeout | undefined;
  let flushing: Promise<void> = Promise.resolve();

  const writeDirty = async (): Promise<void> => {
    const now = Date.now();
    const dirty: SpanRecord[] = [];
    for (const [traceId, entry] of pending) {
      if (entry.dirty) {
        entry.dirty = false;
        for (const span of entry.spans.values()) dirty.push(span);
      } else if (now - entry.updatedAt > idleMs) pending.delete(traceId);
    }
    stats.traces = pending.size;
    if (dirty.length === 0) return;
    let workflows: Awaited<ReturnType<typeof spansToWorkflows>>;
    try {
      workflows = await spansToWorkflows(dirty);
    } catch (error) {
      problem(`could not map spans: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    // Each file is written at once; their renames (which may wait on the disk) run side by side.
    const written = await Promise.allSettled(
      workflows.map((workflow) => writeWorkflowFile(options.dir, workflow.workflowId, workflow.events)),
    );
    for (const result of written) {
      if (result.status === 'fulfilled') stats.workflowsWritten++;
      else
        problem(
          `could not write a trace: ${result.reason instanceof Error ? result.reason.message : String(result.reason)}`,
        );
    }
  };
  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    flushing = flushing.then(writeDirty);
    return flushing;
  };
  const schedule = () => {
    timer ??= setTimeout(() => {
      timer = undefined;
      void flush();
    }, flushMs);
  };
  const idleSweep = setInterval(() => void flush(), Math.min(idleMs, 60_000));
  idleSweep.unref();

  const accept = (spans: SpanRecord[]) => {
    const now = Date.now();
    for (const span of spans) {
      let entry = pending.get(span.traceId);
      if (!entry) {
        if (pending.size >= maxTraces) {
          // Forget the least recently updated trace (Map keeps insertion order; updates re-insert).
          const oldest = pending.keys().next().value;
          if (oldest !== undefined) pending.delete(oldest);
        }
        entry = { spans: new Map(), updatedAt: now, dirty: true };
      } else pending.delete(span.traceId);
      pending.set(span.traceId, entry);
      entry.spans.set(span.spanId, span);
      entry.updatedAt = now;
      entry.dirty = true;
    }
    stats.spans += spans.length;
    stats.traces = pending.size;
    schedule();
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== '/v1/traces') throw new RequestError(404, 'only /v1/traces is served');
    if (request.method !== 'POST') throw new RequestError(405, 'use POST');
    const type = String(request.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim()
      .toLowerCase();
    const json = type === 'application/json';
    if (!json && type !== 'application/x-protobuf' && type !== 'application/protobuf')
      throw new RequestError(415, 'send application/x-protobuf or application/json');
    let body = await readBody(request, limit);
    const encoding = String(request.headers['content-encoding'] ?? '').toLowerCase();
    try {
      if (encoding === 'gzip') body = await gunzipAsync(body, { maxOutputLength: limit });
      else if (encoding === 'deflate') body = await inflateAsync(body, { maxOutputLength: limit });
      else if (encoding && encoding !== 'identity')
        throw new RequestError(415, `content-encoding ${encoding} is not supported`);
    } catch (error) {
      if (error instanceof RequestError) throw error;
      throw new RequestError(
        400,
        `cannot decompress: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    let spans: SpanRecord[];
    try {
      spans = json ? decodeOtlpJson(JSON.parse(body.toString('utf8'))) : decodeOtlpProtobuf(body);
    } catch (error) {
      throw new RequestError(
        400,
        `malformed OTLP request: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    accept(spans);
    // An ExportTraceServiceResponse with no partial failure: `{}` in JSON, zero bytes in protobuf.
    response.writeHead(200, { 'content-type': json ? 'application/json' : 'application/x-protobuf' });
    response.end(json ? '{}' : undefined);
  };

  const server = createServer((request, response) => {
    stats.requests++;
    handle(request, response).catch((error: unknown) => {
      stats.rejected++;
      const status = error instanceof RequestError ? error.status : 500;
      const message = `${error instanceof Error ? error.message : String(error)} (${stats.rejected} requests rejected so far)`;
      if (status === 500) problem(message);
      if (response.headersSent) return void response.destroy();
      // The client may still be sending a body we refused: answer, then close the connection.
      response.writeHead(status, { 'content-type': 'application/json', connection: 'close' });
      response.end(JSON.stringify({ code: status === 400 ? 3 : 9, message, rejected: stats.rejected }));
      request.resume();
    });
  });
  server.on('clientError', (_error, socket) => {
    stats.rejected++;
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4318, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}/v1/traces`,
    port: address.port,
    stats,
    flush,
    async close() {
      clearInterval(idleSweep);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await flush();
    },
  };
}
