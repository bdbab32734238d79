import { type FSWatcher, watch } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { firstWorkflow } from './app/list/first-workflow.ts';
import type { WorkflowSummary } from './app/types.ts';
import type { Prices } from './app/workflow/run-totals.ts';
import { renderHtml } from './render-html.ts';
import { workflowSource } from './workflow-data.ts';

export interface ViewerServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Not 4317/4318: those are OTLP's gRPC and HTTP ports, often taken by a local collector. */
export const DEFAULT_VIEWER_PORT = 5317;

const LOCAL_HOSTS = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;

/**
 * The live viewer: serves one page and a read-only JSON API over the trace directory it was given,
 * on 127.0.0.1 only. Requests whose Host is not local are refused (DNS rebinding); no path from the
 * request ever reaches the file system. Server-sent events tell the page when traces change.
 */
export async function startViewer(options: {
  path: string;
  port?: number;
  /** Model prices (see readPrices), for cost in the run summary. */
  prices?: Prices;
}): Promise<ViewerServer> {
  const source = workflowSource(options.path);
  const clients = new Set<ServerResponse>();
  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      source.invalidate();
      page = undefined;
      for (const client of clients) client.write('event: change\ndata: {}\n\n');
    }, 250);
  };
  // The page as it is while the traces do not change (a long run's outline is megabytes of JSON).
  let page: Promise<string> | undefined;
  const livePage = (summaries: WorkflowSummary[] | undefined, first: string | undefined) => {
    const outline = first ? source.readyOutline(first) : undefined;
    return renderHtml(
      {
        mode: 'live',
        ...(options.prices ? { prices: options.prices } : {}),
        ...(summaries ? { summaries } : {}),
        ...(outline ? { first: outline } : {}),
      },
      'Handoff viewer',
    );
  };
  const send = (
    response: ServerResponse,
    status: number,
    type: string,
    body: string | Buffer,
    headers: Record<string, string> = {},
  ) => {
    response.writeHead(status, {
      ...headers,
      'content-type': type,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
    });
    response.end(body);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    if (!LOCAL_HOSTS.test(request.headers.host ?? ''))
      return send(response, 403, 'text/plain', 'forbidden: the viewer only answers to localhost');
    if (request.method !== 'GET') return send(response, 405, 'text/plain', 'method not allowed');
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      // The list and the outline of the workflow the page opens go into the page when they are ready,
      // so it paints before it asks for anything.
      const summaries = source.readySummaries();
      const first = summaries && firstWorkflow(summaries);
      page ??= summaries ? livePage(summaries, first) : undefined;
      send(response, 200, 'text/html; charset=utf-8', await (page ?? livePage(undefined, undefined)));
      // Serialise the whole workflow while the browser paints its outline.
      if (first) setImmediate(() => void source.workflowJson(first).catch(() => undefined));
      return;
    }
    if (url.pathname === '/api/workflows')
      return send(response, 200, 'application/json', JSON.stringify(await source.summaries()));
    if (url.pathname === '/api/workflow') {
      const json = await source.workflowJson(url.searchParams.get('id') ?? '');
      if (json === undefined) return send(response, 404, 'application/json', '{"error":"no such workflow"}');
      return /\bgzip\b/.test(String(request.headers['accept-encoding']))
        ? send(response, 200, 'application/json', json, {
            'content-encoding': 'gzip',
            vary: 'accept-encoding',
          })
        : send(response, 200, 'application/json', gunzipSync(json));
    }
    if (url.pathname === '/api/events') {
      response.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      response.write(': connected\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    return send(response, 404, 'text/plain', 'not found');
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) =>
      send(response, 500, 'text/plain', `error: ${String(error)}`),
    );
  });
  // Listen before watching: a port in use must fail fast, with nothing left that keeps the process alive.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_VIEWER_PORT, '127.0.0.1', () => resolve());
  });
  // Analyse now, not on the first request: the browser usually opens a moment later.
  void source.views();
  try {
    watcher = watch(options.path, { recursive: true }, changed);
  } catch {
    // A single file or a platform without recursive watch: poll instead.
    const interval = setInterval(changed, 2_000);
    interval.unref();
  }
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    server,
    close: async () => {
      watcher?.close();
      clearTimeout(timer);
      for (const client of clients) client.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
