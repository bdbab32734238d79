import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..', '..');

/** The README's code blocks, in order, with their language. */
async function blocks(): Promise<{ lang: string; code: string }[]> {
  const text = await readFile(join(root, 'README.md'), 'utf8');
  return [...text.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1] ?? '', code: m[2] ?? '' }));
}

describe('README', () => {
  it('has runnable TypeScript blocks, each executed here', async () => {
    const ts = (await blocks()).filter((b) => b.lang === 'ts');
    expect(ts.length).toBeGreaterThanOrEqual(5);
    const dir = await mkdtemp(join(tmpdir(), 'handoff-readme-'));
    try {
      for (const [i, block] of ts.entries()) {
        // Run from this package so the imports resolve like in a user's project; traces go to a temp dir.
        const file = join(import.meta.dirname, `.readme-block-${i}.ts`);
        await writeFile(file, block.code);
        try {
          await run(process.execPath, ['--conditions=@handoff/source', file], { cwd: dir, timeout: 60_000 });
        } catch (error) {
          throw new Error(
            `README block ${i + 1} failed:\n${block.code}\n${String((error as { stderr?: string }).stderr ?? error)}`,
          );
        } finally {
          await rm(file, { force: true });
        }
      }
      // The quickstarts traced something: one trace file per block that ran a workflow.
      const traces = (await readdir(join(dir, '.handoff'))).filter((name) => name.endsWith('.jsonl'));
      expect(traces.length).toBeGreaterThanOrEqual(4);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('gives the two commands, and .ci/run runs the test command verbatim', async () => {
    const sh = (await blocks()).filter((b) => b.lang === 'sh').map((b) => b.code.trim());
    const [demo, test] = sh.filter((code) => code.startsWith('npx '));
    expect(demo).toBe("npx -y -p node@22 -p pnpm@10 -c 'pnpm install --frozen-lockfile && pnpm demo'");
    expect(test).toBe("npx -y -p node@22 -p pnpm@10 -c 'pnpm install --frozen-lockfile && pnpm test'");
    expect(await readFile(join(root, '.ci', 'run'), 'utf8')).toContain(`\n${test}\n`);
  });

  it('runs the CLI commands it shows', async () => {
    const analyze = (await blocks()).find(
      (b) => b.lang === 'sh' && b.code.startsWith('pnpm handoff analyze'),
    );
    expect(analyze).toBeDefined();
    const { runCli } = await import('@handoff/cli');
    const out: string[] = [];
    expect(await runCli(['analyze', '--help'], { out: (t) => out.push(t), err: (t) => out.push(t) })).toBe(0);
    expect(out.join('\n')).toContain('--fail-on');
  });
});
