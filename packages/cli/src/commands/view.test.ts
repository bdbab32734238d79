import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../program.ts';
import { DEFAULT_VIEWER_PORT } from '../viewer/viewer-server.ts';

let dir: string;
let busy: Server;
let port: number;

describe('handoff view', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'handoff-view-'));
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    port = (busy.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => busy.close(() => resolve()));
    await rm(dir, { recursive: true, force: true });
  });

  it('defaults to a port no OTLP receiver uses', () => {
    expect([4317, 4318]).not.toContain(DEFAULT_VIEWER_PORT);
  });

  it('refuses a busy port with exit code 2 and a hint', async () => {
    const err: string[] = [];
    const code = await runCli(['view', dir, '--port', String(port)], {
      out: () => {},
      err: (t) => err.push(t),
    });
    expect(code).toBe(2);
    expect(err.join('\n')).toContain(`port ${port} on 127.0.0.1 is in use`);
    expect(err.join('\n')).toContain('--port');
  });

  it('exits instead of hanging when the process finds its port busy', async () => {
    // Whatever the view command set up before failing must not keep the process alive.
    const bin = join(import.meta.dirname, '..', 'bin.ts');
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        ['--conditions=@handoff/source', bin, 'view', dir, '--port', String(port)],
        { timeout: 60_000 },
        (_error, _stdout, stderr) => resolve({ code: child.exitCode, stderr }),
      );
    });
    expect(result.stderr).toContain('is in use');
    expect(result.code).toBe(2);
  }, 90_000);
});
