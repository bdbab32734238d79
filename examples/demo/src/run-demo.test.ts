import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDemo } from './run-demo.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('the demo', () => {
  it('finds every injected fault on every framework and writes the report', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'handoff-demo-'));
    dirs.push(dir);
    const lines: string[] = [];
    const results = await runDemo({
      traceDir: join(dir, 'traces'),
      report: join(dir, 'report.html'),
      log: (line) => lines.push(line),
    });
    expect(results).toHaveLength(21);
    for (const result of results)
      expect(`${result.framework} ${result.found}`).toBe(`${result.framework} ${result.fault}`);
    expect(lines.join('\n')).toContain('Handoff named the injected fault in 21 of 21 runs');
    expect(lines.join('\n')).toContain('pnpm handoff view');
    expect(await readFile(join(dir, 'report.html'), 'utf8')).toContain(
      '<script type="application/json" id="handoff-data">',
    );
  }, 120_000);
});
