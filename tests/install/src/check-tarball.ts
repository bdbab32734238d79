import { mkdir, readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import type { Manifest, PackedPackage } from './pack-packages.ts';
import { mustRun } from './run-command.ts';

export interface TarballReport {
  name: string;
  files: string[];
  /** The package.json inside the tarball (what the registry would serve). */
  manifest: Manifest;
  problems: string[];
}

const TEST_FILE = /(^|\/)(__tests__|fixtures?|test|tests)\/|\.(test|spec|browser\.test)\.[cm]?[jt]sx?$/;
const SOURCE_FILE = /(^|\/)src\/|\.tsx?$|\.mts$|\.cts$/;
const BUNDLERS = ['esbuild', 'rolldown', 'rollup', 'vite', 'webpack', 'tsdown', 'typescript'];
/** Browser bundles that carry their dependencies on purpose; each needs a third-party licence file. */
const BROWSER_BUNDLES: Record<string, { dir: string; licenses: string }> = {
  '@handoff/cli': { dir: 'dist/viewer/', licenses: 'dist/viewer/THIRD-PARTY-NOTICES.txt' },
};

/** Unpacks one tarball and lists what is wrong with it for a user who installs it from the registry. */
export async function checkTarball(packed: PackedPackage, scratch: string): Promise<TarballReport> {
  const dir = join(scratch, packed.manifest.name.replace('/', '__'));
  await mkdir(dir, { recursive: true });
  await mustRun('tar', ['xzf', packed.tarball, '-C', dir], { cwd: dir });
  const root = join(dir, 'package');
  const { stdout } = await mustRun('tar', ['tzf', packed.tarball], { cwd: dir });
  const files = stdout
    .split('\n')
    .filter((line) => line && !line.endsWith('/'))
    .map((line) => line.replace(/^package\//, ''));
  const has = new Set(files);
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as Manifest;
  const problems: string[] = [];
  const problem = (text: string) => problems.push(`${packed.manifest.name}: ${text}`);

  if (!files.some((file) => /^licen[cs]e(\.md|\.txt)?$/i.test(file)))
    problem('no LICENSE file in the tarball');
  if (!has.has('README.md')) problem('no README.md in the tarball');
  if (manifest.license !== 'MIT') problem(`license is ${manifest.license}, expected MIT`);
  for (const file of files) {
    if (TEST_FILE.test(file)) problem(`ships a test file: ${file}`);
    else if (SOURCE_FILE.test(file) && !/\.d\.[cm]?ts$/.test(file)) problem(`ships a source file: ${file}`);
  }

  // Every entry point a user (or their bundler, or tsc) can resolve exists; none is the source condition.
  const text = JSON.stringify(manifest.exports ?? {});
  if (text.includes('@handoff/source'))
    problem('published exports still carry the @handoff/source condition');
  for (const target of exportTargets(manifest.exports)) {
    if (!has.has(normalize(target))) problem(`exports point at ${target}, which is not in the tarball`);
  }
  const bins = typeof manifest.bin === 'string' ? { [manifest.name]: manifest.bin } : (manifest.bin ?? {});
  for (const [command, target] of Object.entries(bins)) {
    if (!has.has(normalize(target)))
      problem(`bin ${command} points at ${target}, which is not in the tarball`);
    else if (!(await readFile(join(root, target), 'utf8')).startsWith('#!/usr/bin/env node'))
      problem(`bin ${command} (${target}) has no #!/usr/bin/env node line`);
  }
  for (const field of ['dependencies', 'peerDependencies'] as const)
    for (const [name, range] of Object.entries(manifest[field] ?? {}))
      if (/^(workspace|link|file):/.test(range)) problem(`${field}.${name} is ${range}`);
  for (const name of BUNDLERS)
    if (manifest.dependencies?.[name]) problem(`depends on the bundler ${name} at run time`);

  const bundle = BROWSER_BUNDLES[manifest.name];
  if (bundle && !has.has(bundle.licenses)) problem(`no ${bundle.licenses} for its browser bundle`);
  const declared = new Set([
    manifest.name,
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
  ]);
  for (const file of files) {
    const content = /\.(m?js|d\.mts|map)$/.test(file) ? await readFile(join(root, file), 'utf8') : '';
    if (file.endsWith('.map')) problems.push(...sourceMapProblems(manifest.name, file, content, has));
    if (!/\.(m?js|d\.mts)$/.test(file)) continue;
    for (const match of content.matchAll(/\/\/# sourceMappingURL=(\S+)/g)) {
      const target = normalize(join(dirname(file), match[1] ?? ''));
      if (!match[1]?.startsWith('data:') && !has.has(target))
        problem(`${file} names a missing source map ${target}`);
    }
    if (bundle && file.startsWith(bundle.dir)) continue;
    // Bundlers mark each inlined module with a comment naming its path.
    const inlined = /^\s*\/\/(?:#region)?\s*\S*node_modules\/(\S+)/m.exec(content);
    if (inlined) problem(`${file} inlines third-party code (${inlined[1]}): declare it as a dependency`);
    for (const name of importedPackages(content))
      if (!declared.has(name)) problem(`${file} imports ${name}, which is neither a dependency nor a peer`);
  }
  return { name: manifest.name, files, manifest, problems };
}

/** File targets of an exports map (conditions and subpaths flattened). */
function exportTargets(exports: unknown): string[] {
  if (typeof exports === 'string') return [exports];
  if (!exports || typeof exports !== 'object') return [];
  return Object.values(exports).flatMap(exportTargets);
}

/** Packages a built module imports (static, re-exports, dynamic with a literal), without node built-ins. */
function importedPackages(code: string): string[] {
  const names = new Set<string>();
  const specifiers = [
    ...code.matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*["']([^"']+)["']/gm),
    ...code.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
    ...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((match) => match[1] ?? '');
  for (const specifier of specifiers) {
    if (specifier.startsWith('.') || specifier.startsWith('node:')) continue;
    if (builtinModules.includes(specifier.split('/')[0] ?? '')) continue;
    const parts = specifier.split('/');
    names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier));
  }
  return [...names];
}

function sourceMapProblems(name: string, file: string, content: string, has: Set<string>): string[] {
  const map = JSON.parse(content) as { sources?: string[]; sourcesContent?: (string | null)[] };
  return (map.sources ?? [])
    .map((source, index) => ({ source, inline: map.sourcesContent?.[index] != null }))
    .filter(({ source, inline }) => !inline && !has.has(normalize(join(dirname(file), source))))
    .map(({ source }) => `${name}: ${file} maps to ${source}, which is not in the tarball`);
}
