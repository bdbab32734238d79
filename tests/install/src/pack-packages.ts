import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mustRun } from './run-command.ts';

export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  license?: string;
  exports?: Record<string, unknown>;
  bin?: Record<string, string> | string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  publishConfig?: Record<string, unknown>;
}

export interface PackedPackage {
  dir: string;
  /** The workspace's package.json. */
  manifest: Manifest;
  tarball: string;
}

export const readManifest = async (dir: string): Promise<Manifest> =>
  JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as Manifest;

/** The workspace packages that are published: every packages/* that is not private. */
export async function publishablePackages(root: string): Promise<{ dir: string; manifest: Manifest }[]> {
  const found = [];
  for (const name of (await readdir(join(root, 'packages'))).sort()) {
    const dir = join(root, 'packages', name);
    const manifest = await readManifest(dir).catch(() => undefined);
    if (manifest && !manifest.private) found.push({ dir, manifest });
  }
  return found;
}

/**
 * Builds the workspace and packs each publishable package with pnpm, as a release would (pnpm applies
 * `publishConfig`, replaces `workspace:` ranges and adds the root LICENSE).
 */
export async function packPackages(root: string, destination: string): Promise<PackedPackage[]> {
  await mustRun('pnpm', ['build'], { cwd: root, timeoutMs: 600_000 });
  const packed: PackedPackage[] = [];
  for (const { dir, manifest } of await publishablePackages(root)) {
    const { stdout } = await mustRun('pnpm', ['pack', '--json', '--pack-destination', destination], {
      cwd: dir,
    });
    const { filename } = JSON.parse(stdout) as { filename: string };
    packed.push({
      dir,
      manifest,
      tarball: filename.startsWith('/') ? filename : join(destination, filename),
    });
  }
  return packed;
}
