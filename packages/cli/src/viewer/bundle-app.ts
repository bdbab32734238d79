import { readFile } from 'node:fs/promises';
import type * as BuildApp from './build-app.ts';
import { VIEWER_FILES } from './viewer-files.ts';

let cached: Promise<{ script: string; css: string }> | undefined;

/**
 * The viewer's front-end as one script (Preact and dagre) and its stylesheet. The published CLI reads
 * the bundle its build wrote to `dist/viewer/` and needs no bundler; from source (tests, `pnpm handoff`)
 * it is bundled now, through a computed import so the build neither follows nor ships esbuild.
 */
export function bundleApp(): Promise<{ script: string; css: string }> {
  cached ??= import.meta.url.endsWith('.ts') ? fromSource() : fromDist();
  return cached;
}

async function fromSource() {
  const builder = new URL('./build-app.ts', import.meta.url).href;
  const { buildApp } = (await import(builder)) as typeof BuildApp;
  return buildApp();
}

async function fromDist() {
  // This module is bundled into a chunk at the root of dist/; the build wrote the app beside it.
  const read = (file: string) => readFile(new URL(`./viewer/${file}`, import.meta.url), 'utf8');
  const [script, css] = await Promise.all([read(VIEWER_FILES.script), read(VIEWER_FILES.css)]);
  return { script, css };
}
