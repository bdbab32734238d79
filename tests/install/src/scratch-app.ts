import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest, PackedPackage } from './pack-packages.ts';
import { cleanEnv, mustRun } from './run-command.ts';

export type PackageManager = 'npm' | 'pnpm';

export interface ScratchApp {
  manager: PackageManager;
  dir: string;
  /** What the package manager printed while installing (checked for peer conflicts). */
  installOutput: string;
}

/**
 * The versions the workspace tests third-party packages with (its manifests pin them), so a scratch
 * install resolves the frameworks a README names to the versions this commit was tested against.
 */
export async function workspaceVersions(root: string): Promise<Map<string, string>> {
  const versions = new Map<string, string>();
  const dirs = [root];
  for (const group of ['packages', 'examples', 'tests'])
    for (const name of (await readdir(join(root, group)).catch(() => [])).sort())
      dirs.push(join(root, group, name));
  for (const dir of dirs) {
    const manifest = JSON.parse(
      await readFile(join(dir, 'package.json'), 'utf8').catch(() => '{}'),
    ) as Manifest;
    for (const deps of [manifest.dependencies, manifest.devDependencies])
      for (const [name, range] of Object.entries(deps ?? {}))
        if (!/^(workspace|file|link):/.test(range) && !versions.has(name)) versions.set(name, range);
  }
  return versions;
}

/**
 * A new app in its own folder outside the workspace, with the packed tarballs installed as a user would
 * install them from the registry. `packages` are the names the READMEs' install lines add.
 */
export async function createScratchApp(options: {
  manager: PackageManager;
  dir: string;
  packed: PackedPackage[];
  packages: string[];
  versions: Map<string, string>;
}): Promise<ScratchApp> {
  const { manager, dir, packed } = options;
  await mkdir(dir, { recursive: true });
  const tarballs: Record<string, string> = {};
  for (const { manifest, tarball } of packed) tarballs[manifest.name] = `file:${tarball}`;
  const dependencies: Record<string, string> = {};
  for (const name of options.packages) {
    const version = tarballs[name] ?? options.versions.get(name);
    if (!version) throw new Error(`a README installs ${name}, which no workspace manifest pins a version of`);
    dependencies[name] = version;
  }
  const devDependencies: Record<string, string> = {};
  for (const name of ['typescript', '@types/node'])
    devDependencies[name] = options.versions.get(name) ?? 'latest';
  // @handoff/* depend on each other by version: resolve those to the tarballs, never to the registry.
  const overrides = manager === 'npm' ? { overrides: tarballs } : { pnpm: { overrides: tarballs } };
  const manifest = {
    name: `handoff-scratch-${manager}`,
    private: true,
    type: 'module',
    dependencies,
    devDependencies,
    ...overrides,
  };
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await writeFile(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2024',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noEmit: true,
        allowImportingTsExtensions: true,
        types: ['node'],
        skipLibCheck: true,
      },
      include: ['readme/*.ts'],
    }),
  );
  const args =
    manager === 'npm'
      ? ['install', '--no-audit', '--no-fund']
      : // No lockfile in a new app: with CI=true pnpm would otherwise insist on a frozen one.
        ['install', '--no-frozen-lockfile', '--config.auto-install-peers=true'];
  const { output } = await mustRun(manager, args, { cwd: dir, env: cleanEnv(), timeoutMs: 900_000 });
  return { manager, dir, installOutput: output };
}
