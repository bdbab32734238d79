import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonlStore } from '@handoff/core';
import { recordResearchTeam } from '@handoff/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../program.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'handoff-import-otlp-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('handoff import --format otlp', () => {
  it('imports what handoff export sent (as a Collector file exporter writes it) with the same diagnosis', async () => {
    const bodies: string[] = [];
    const server = createServer(async (request, response) => {
      let body = '';
      for await (const chunk of request) body += chunk;
      bodies.push(JSON.stringify(JSON.parse(body)));
      response.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const native = join(dir, 'native');
      await recordResearchTeam('lost_message', { store: jsonlStore({ dir: native, file: 'trace.jsonl' }) });
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/traces`;
      expect((await cli('export', native, '--otlp', url, '--content')).code).toBe(0);
      const file = join(dir, 'spans.jsonl');
      await writeFile(file, `${bodies.join('\n')}\n`);

      const imported = await cli('import', file, '--format', 'otlp', '--out', join(dir, 'imported'));
      expect(imported.code).toBe(0);
      expect(imported.out).toContain('Imported 1 run(s)');
      const before = JSON.parse((await cli('analyze', native, '--json')).out);
      const after = JSON.parse((await cli('analyze', join(dir, 'imported'), '--json')).out);
      expect(after.workflows[0].failure.kind).toBe('lost_message');
      expect(after.workflows[0].failure.summary).toBe(before.workflows[0].failure.summary);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('exits 2 naming the file and line of a file without spans', async () => {
    const file = join(dir, 'junk.jsonl');
    await writeFile(file, 'not json\n');
    const junk = await cli('import', file, '--format', 'otlp', '--out', join(dir, 'junk-out'));
    expect(junk.code).toBe(2);
    expect(junk.err).toContain(`${file}: no spans found (line 1:`);
  });
});
