import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VIEWER_FILES } from './viewer-files.ts';

export interface ViewerApp {
  /** The browser app as one IIFE script (Preact and dagre included). */
  script: string;
  css: string;
  /** Licence texts of the third-party packages bundled into `script`. */
  licenses: string;
}

const appDir = fileURLToPath(new URL('./app/', import.meta.url));

/**
 * Bundles the viewer's browser app with esbuild (a dev dependency). Runs at build time, where tsdown's
 * `build:done` hook writes it to `dist/viewer/`, and on first use when the CLI runs from source.
 */
export async function buildApp(): Promise<ViewerApp> {
  const { build } = await import('esbuild');
  const workingDir = process.cwd();
  const result = await build({
    entryPoints: [join(appDir, 'main.ts')],
    absWorkingDir: workingDir,
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    conditions: ['@handoff/source'],
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs).map((input) => resolve(workingDir, input));
  return {
    script: result.outputFiles[0]?.text ?? '',
    css: await readFile(join(appDir, 'styles.css'), 'utf8'),
    licenses: await bundledLicenses(inputs),
  };
}

/** Writes the bundled app into `dir` (the package's `dist/viewer/`). */
export async function writeApp(dir: string): Promise<void> {
  const app = await buildApp();
  await mkdir(dir, { recursive: true });
  await Promise.all(
    (Object.keys(VIEWER_FILES) as (keyof ViewerApp)[]).map((key) =>
      writeFile(join(dir, VIEWER_FILES[key]), app[key]),
    ),
  );
}

/** One section per bundled npm package: name, version and licence text (MIT asks for the notice). */
async function bundledLicenses(inputs: string[]): Promise<string> {
  const roots = new Set<string>();
  for (const input of inputs) {
    const index = input.lastIndexOf('/node_modules/');
    if (index < 0) continue;
    const [scope, name] = input.slice(index + '/node_modules/'.length).split('/');
    roots.add(
      join(input.slice(0, index), 'node_modules', scope?.startsWith('@') ? `${scope}/${name}` : `${scope}`),
    );
  }
  const sections: string[] = [];
  for (const root of [...roots].sort()) {
    const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
      license?: string;
    };
    const file = (await readdir(root)).find((entry) => /^licen[cs]e(\.md|\.txt)?$/i.test(entry));
    if (!file) throw new Error(`${manifest.name} has no licence file: its code cannot ship in the viewer`);
    const text = await readFile(join(root, file), 'utf8');
    sections.push(
      `${manifest.name}@${manifest.version} (${manifest.license ?? 'see below'})\n\n${text.trim()}`,
    );
  }
  return `The Handoff viewer (${VIEWER_FILES.script}) includes these packages:\n\n${sections.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`;
}
