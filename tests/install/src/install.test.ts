import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTarball, type TarballReport } from './check-tarball.ts';
import { launchChromium, renderProblems } from './chromium.ts';
import { handoff, startHandoff } from './handoff-bin.ts';
import { otlpReceiver } from './otlp-receiver.ts';
import { type PackedPackage, packPackages, publishablePackages } from './pack-packages.ts';
import {
  importedPackages,
  installedPackages,
  type ReadmeBlock,
  readmeBlocks,
  readmeFiles,
  shellCommands,
} from './readme-blocks.ts';
import { mustRun, runCommand } from './run-command.ts';
import { createScratchApp, type PackageManager, type ScratchApp, workspaceVersions } from './scratch-app.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const MANAGERS: PackageManager[] = ['npm', 'pnpm'];
const publishable = await publishablePackages(root);
const blocks = await readmeBlocks(
  root,
  readmeFiles(
    root,
    publishable.map((p) => p.dir),
  ),
);
const tsBlocks = blocks.filter((block) => block.lang === 'ts');
const shBlocks = blocks.filter((block) => block.lang === 'sh');
const isInstall = (command: string) => /^(pnpm add|npm (i|install)|yarn add)\s/.test(command);
/** The README's own commands for this repository; .ci/run executes the test one verbatim. */
const isRepositoryCommand = (command: string) => command.startsWith('npx -y -p node@22 -p pnpm@10 -c ');
const isHandoffCommand = (command: string) => /^(pnpm|npx) handoff\s/.test(command);
const where = (block: ReadmeBlock) => `${block.file}:${block.line}`;
/** Commands that serve until stopped: the viewer, the OTLP receiver, tail without --once. */
const isServer = (args: string[]) =>
  args[0] === 'view' || args[0] === 'collect' || (args[0] === 'tail' && !args.includes('--once'));
const withFreePort = (args: string[]) => {
  if (args[0] === 'tail') return args;
  const at = args.indexOf('--port');
  return at >= 0 ? args.map((arg, i) => (i === at + 1 ? '0' : arg)) : [...args, '--port', '0'];
};
/** Where the READMEs' `handoff analyze .handoff/demo/langgraph` reads: the demo's stale-context trace. */
const DEMO_TRACES = '.handoff/demo/langgraph';
/** Where the README's `handoff import logs/ --format chat` reads. */
const CHAT_LOGS = 'logs';

let work: string;
let packed: PackedPackage[] = [];
const tarballs = new Map<string, TarballReport>();
const apps = new Map<PackageManager, ScratchApp>();
let browser: Browser | undefined;
/** The collector the READMEs point at (localhost:4318) is this loopback receiver during the run. */
let collector: Awaited<ReturnType<typeof otlpReceiver>>;
const toCollector = (text: string) => text.replaceAll('http://localhost:4318', collector.origin);

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'handoff-install-'));
  collector = await otlpReceiver();
  const started = Date.now();
  packed = await packPackages(root, join(work, 'tarballs'));
  for (const report of await Promise.all(packed.map((p) => checkTarball(p, join(work, 'unpacked')))))
    tarballs.set(report.name, report);
  const packages = [
    ...new Set(shBlocks.flatMap((b) => shellCommands(b.code).filter(isInstall).flatMap(installedPackages))),
  ];
  const versions = await workspaceVersions(root);
  const installed = await Promise.all(
    MANAGERS.map((manager) =>
      createScratchApp({ manager, dir: join(work, `${manager}-app`), packed, packages, versions }),
    ),
  );
  for (const app of installed) apps.set(app.manager, app);
  console.log(`built, packed and installed into ${work} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await collector?.close();
  if (work && !process.env.HANDOFF_KEEP_INSTALL) await rm(work, { recursive: true, force: true });
});

describe('the packed tarballs', () => {
  it.each(publishable.map((p) => p.manifest.name))(
    '%s ships dist, README and LICENSE only, resolvable exports and bin, no inlined third-party code',
    (name) => {
      const report = tarballs.get(name);
      expect(report, `${name} was not packed`).toBeDefined();
      expect(report?.problems).toEqual([]);
      expect(report?.files).toContain('LICENSE');
    },
  );

  it('are released together: the changesets fixed group names every publishable package', async () => {
    const config = JSON.parse(await readFile(join(root, '.changeset', 'config.json'), 'utf8')) as {
      fixed: string[][];
    };
    expect([...(config.fixed[0] ?? [])].sort()).toEqual(publishable.map((p) => p.manifest.name).sort());
  });

  it('ship the viewer prebuilt: the CLI needs no bundler at run time', () => {
    const cli = tarballs.get('@handoff/cli');
    expect(cli?.files).toEqual(expect.arrayContaining(['dist/viewer/app.js', 'dist/viewer/styles.css']));
    expect(Object.keys(cli?.manifest.dependencies ?? {})).not.toContain('esbuild');
  });
});

describe('the READMEs', () => {
  it('have code to run: quickstarts in the README and in every package README', () => {
    expect(tsBlocks.filter((b) => b.file === 'README.md').length).toBeGreaterThanOrEqual(5);
    for (const { dir } of publishable) {
      const readme = relative(root, join(dir, 'README.md'));
      expect(blocks.filter((b) => b.file === readme).length, readme).toBeGreaterThan(0);
    }
  });

  it('give each code block an install line that names every package it imports', () => {
    const missing = tsBlocks.flatMap((block) => {
      const installed = new Set(block.installLine ? installedPackages(block.installLine) : []);
      return importedPackages(block.code)
        .filter((name) => !installed.has(name))
        .map(
          (name) =>
            `${where(block)} imports ${name}, missing from "${block.installLine ?? '(no install line)'}"`,
        );
    });
    expect(missing).toEqual([]);
  });

  it('show only shell commands this suite runs (install lines, handoff commands) or CI runs', () => {
    const unknown = shBlocks.flatMap((block) =>
      shellCommands(block.code)
        .filter((c) => !isInstall(c) && !isRepositoryCommand(c) && !isHandoffCommand(c))
        .map((c) => `${where(block)}: ${c}`),
    );
    expect(unknown).toEqual([]);
  });
});

describe.each(MANAGERS)('a new app outside the workspace, installed with %s', (manager) => {
  const app = () => {
    const found = apps.get(manager);
    if (!found) throw new Error(`the ${manager} app was not installed`);
    return found;
  };

  it('installs without peer-dependency conflicts', async () => {
    const { installOutput, dir } = app();
    if (manager === 'npm') {
      expect(installOutput).not.toMatch(/ERESOLVE|overriding peer dependency|invalid/i);
      // Optional peers that nobody installed are fine; an invalid or missing dependency is not.
      const ls = await runCommand('npm', ['ls', '--all'], { cwd: dir });
      expect(
        ls.output.split('\n').filter((line) => /\binvalid\b|UNMET DEPENDENCY|npm error/i.test(line)),
      ).toEqual([]);
    } else {
      expect(installOutput).not.toMatch(/unmet peer|Issues with peer dependencies/i);
    }
  });

  it.each(tsBlocks.map((block) => [where(block), block] as const))(
    'runs %s against the installed dist',
    async (name, block) => {
      const file = join(app().dir, 'readme', `${name.replace(/[^\w]+/g, '-')}.ts`);
      await mkdir(join(app().dir, 'readme'), { recursive: true });
      await writeFile(file, toCollector(block.code));
      const result = await runCommand(process.execPath, [file], { cwd: app().dir, timeoutMs: 120_000 });
      expect(result.code, `${name} failed:\n${block.code}\n${result.output}`).toBe(0);
    },
  );

  it('type-checks every README code block against the published types', async () => {
    const result = await runCommand(join(app().dir, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], {
      cwd: app().dir,
      timeoutMs: 300_000,
    });
    expect(result.code, result.output).toBe(0);
  });

  it('runs the installed handoff bin: --help and --version', async () => {
    const help = await handoff(app(), ['--help']);
    expect(help.code, help.output).toBe(0);
    for (const command of ['analyze', 'view', 'report', 'tail', 'export'])
      expect(help.stdout).toContain(command);
    const version = await handoff(app(), ['--version']);
    expect(version.stdout.trim()).toBe(tarballs.get('@handoff/cli')?.manifest.version);
  });

  it("prints the README's root cause for the demo's stale-context trace", async () => {
    await writeFile(
      join(app().dir, 'demo-trace.ts'),
      `import { jsonlStore } from '@handoff/core';
import { recordResearchTeam } from '@handoff/core/testing';
await recordResearchTeam('stale_context', { store: jsonlStore({ dir: '${DEMO_TRACES}', file: 'stale.jsonl' }) });
`,
    );
    await mustRun(process.execPath, ['demo-trace.ts'], { cwd: app().dir });
    const readme = blocks.find((b) => b.file === 'README.md' && b.code.startsWith('pnpm handoff analyze'));
    const output = blocks[blocks.indexOf(readme as ReadmeBlock) + 1];
    expect(readme?.code.trim()).toBe(`pnpm handoff analyze ${DEMO_TRACES}`);
    const analyze = await handoff(app(), ['analyze', DEMO_TRACES]);
    expect(analyze.code, analyze.output).toBe(1);
    expect(analyze.stdout).toContain(output?.code.split('\n')[0]);
    const json = await handoff(app(), ['analyze', DEMO_TRACES, '--json']);
    expect(JSON.parse(json.stdout).workflows[0].failure).toBeTruthy();
  });

  it('runs every handoff command the READMEs show', async () => {
    collector.spanNames.length = 0;
    // What the README's `handoff import logs/ --format chat` reads: one small group-chat log.
    await mkdir(join(app().dir, CHAT_LOGS), { recursive: true });
    await writeFile(
      join(app().dir, CHAT_LOGS, 'run-1.json'),
      JSON.stringify([
        { name: 'lead', role: 'assistant', content: 'Task: how many moons does Mars have?' },
        { name: 'astronomer', role: 'user', content: 'Mars has 3 moons.' },
        { name: 'checker', role: 'user', content: 'Confirmed: 3. TERMINATE' },
      ]),
    );
    for (const block of shBlocks)
      for (const command of shellCommands(block.code).filter(isHandoffCommand)) {
        const args = toCollector(command)
          .replace(/^(pnpm|npx) handoff\s+/, '')
          .split(/\s+/);
        const context = `${where(block)}: ${command} (input files must come from a README block run before, or this suite)`;
        if (isServer(args)) {
          // Servers run until stopped: on a free port, they must come up and keep running.
          const server = startHandoff(app(), withFreePort(args));
          try {
            // view and collect say where they listen; tail may have nothing to say yet.
            if (args[0] !== 'tail') await server.waitFor(/127\.0\.0\.1:\d+/);
            await new Promise((resolve) => setTimeout(resolve, 2_000));
            expect(server.child.exitCode, `${context}\n${server.output()}`).toBeNull();
          } finally {
            await server.stop();
          }
          continue;
        }
        const result = await handoff(app(), args);
        expect([0, 1], `${context}\n${result.output}`).toContain(result.code);
        expect(result.stderr, context).not.toMatch(/error|cannot|not found/i);
      }
    expect(collector.spanNames.some((name) => name.startsWith('invoke_workflow'))).toBe(true);
  });

  it('writes a report that renders in Chromium from file:// with no network', async () => {
    const report = join(app().dir, 'handoff-report.html');
    const result = await handoff(app(), ['report', DEMO_TRACES, '-o', report]);
    expect(result.code, result.output).toBe(0);
    expect((await stat(report)).size).toBeGreaterThan(10_000);
    expect(await renderProblems(browser as Browser, `file://${report}`, 'Stale context at boundary')).toEqual(
      [],
    );
  });

  it('serves the live viewer: page, app and API over HTTP, rendered in Chromium', async () => {
    const view = startHandoff(app(), ['view', DEMO_TRACES, '--port', '0']);
    try {
      const [url] = await view.waitFor(/http:\/\/127\.0\.0\.1:\d+\//);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('<script>');
      const workflows = (await (await fetch(`${url}api/workflows`)).json()) as unknown[];
      expect(workflows.length).toBeGreaterThan(0);
      expect(await renderProblems(browser as Browser, url, 'Stale context at boundary')).toEqual([]);
    } finally {
      await view.stop();
    }
  });

  it('exits 2 with a hint when the viewer port is busy', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    try {
      const port = (busy.address() as AddressInfo).port;
      const result = await handoff(app(), ['view', DEMO_TRACES, '--port', String(port)], 60_000);
      expect(result.signal, `still running after 60 s:\n${result.output}`).toBeNull();
      expect(result.code, result.output).toBe(2);
      expect(result.stderr).toMatch(/in use.*--port/s);
    } finally {
      await new Promise<void>((resolve) => busy.close(() => resolve()));
    }
  });

  it('serves the viewer on a default port no OTLP receiver uses (4317 gRPC, 4318 HTTP)', async () => {
    const help = await handoff(app(), ['view', '--help']);
    const port = /default: "(\d+)"/.exec(help.stdout)?.[1];
    expect(port, help.stdout).toBeDefined();
    expect(['4317', '4318']).not.toContain(port);
  });

  it('exports stored traces over OTLP/HTTP and follows them with tail', async () => {
    const receiver = await otlpReceiver();
    try {
      const result = await handoff(app(), ['export', DEMO_TRACES, '--otlp', `${receiver.origin}/v1/traces`]);
      expect(result.code, result.output).toBe(0);
      expect(receiver.spanNames.some((name) => name.startsWith('invoke_workflow'))).toBe(true);
      expect(receiver.spanNames.some((name) => name.startsWith('invoke_agent'))).toBe(true);
    } finally {
      await receiver.close();
    }
    const tail = await handoff(app(), ['tail', DEMO_TRACES, '--once']);
    expect(tail.code, tail.output).toBe(0);
    expect(tail.stdout).toContain('researcher');
  });
});
