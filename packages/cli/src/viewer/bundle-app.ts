import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

let cached: Promise<{ script: string; css: string }> | undefined;

/** The viewer's front-end as one script (Preact + dagre, bundled by esbuild) and its stylesheet. */
export function bundleApp(): Promise<{ script: string; css: string }> {
  cached ??= (async () => {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [fileURLToPath(new URL('./app/main.ts', import.meta.url))],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      conditions: ['@handoff/source'],
      logLevel: 'silent',
    });
    const script = result.outputFiles[0]?.text ?? '';
    const css = await readFile(fileURLToPath(new URL('./app/styles.css', import.meta.url)), 'utf8');
    return { script, css };
  })();
  return cached;
}
