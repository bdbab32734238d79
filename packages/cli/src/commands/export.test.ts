import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonlStore } from '@handoff/core';
import { recordResearchTeam } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { runCli } from '../program.ts';

describe('handoff export --otlp', () => {
  it('sends the stored traces to an OTLP/HTTP receiver', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'handoff-export-'));
    let spans = 0;
    const server = createServer(async (request, response) => {
      let body = '';
      for await (const chunk of request) body += chunk;
      for (const resource of JSON.parse(body).resourceSpans)
        for (const scope of resource.scopeSpans) spans += scope.spans.length;
      response.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await recordResearchTeam('agent_error', { store: jsonlStore({ dir, file: 'trace.jsonl' }) });
      const out: string[] = [];
      const code = await runCli(
        ['export', dir, '--otlp', `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/traces`],
        { out: (t) => out.push(t), err: (t) => out.push(t) },
      );
      expect(code).toBe(0);
      expect(out.join('\n')).toMatch(/Exported 1 workflow\(s\) as \d+ spans/);
      expect(spans).toBeGreaterThan(5);
      expect(await runCli(['export', dir, '--otlp', 'not a url'], { out: () => {}, err: () => {} })).toBe(2);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    }
  });
});
