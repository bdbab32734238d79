import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback OTLP/HTTP traces endpoint that counts the spans it receives (JSON encoding). */
export async function otlpReceiver() {
  const spanNames: string[] = [];
  const server = createServer(async (request, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    try {
      const payload = JSON.parse(body) as {
        resourceSpans?: { scopeSpans?: { spans?: { name: string }[] }[] }[];
      };
      for (const resource of payload.resourceSpans ?? [])
        for (const scope of resource.scopeSpans ?? [])
          for (const span of scope.spans ?? []) spanNames.push(span.name);
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    } catch {
      response.writeHead(400).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spanNames,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
