// Scaffolds packages/<name> with the layout every package shares.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

const [name, description] = process.argv.slice(2);
const dir = `packages/${name}`;
mkdirSync(`${dir}/src`, { recursive: true });
const write = (file, text) => {
  if (!existsSync(`${dir}/${file}`)) writeFileSync(`${dir}/${file}`, text);
};
write(
  'package.json',
  JSON.stringify(
    {
      name: `@handoff/${name}`,
      version: '0.1.0',
      description,
      license: 'MIT',
      type: 'module',
      sideEffects: false,
      engines: { node: '>=22.13' },
      exports: {
        '.': {
          '@handoff/source': './src/index.ts',
          types: './dist/index.d.mts',
          default: './dist/index.mjs',
        },
      },
      files: ['dist', 'README.md'],
      // What the registry gets: pnpm pack/publish swap these in (the source condition points at src/).
      publishConfig: {
        exports: { '.': { types: './dist/index.d.mts', default: './dist/index.mjs' } },
      },
      scripts: { build: 'tsdown', typecheck: 'tsc -p tsconfig.json', test: 'vitest run' },
    },
    null,
    2,
  ) + '\n',
);
write(
  'tsconfig.json',
  JSON.stringify({ extends: '../../tsconfig.base.json', include: ['src'] }, null, 2) + '\n',
);
write(
  'tsdown.config.ts',
  `import { defineConfig } from 'tsdown';\n\nexport default defineConfig({\n  entry: ['src/index.ts'],\n  format: 'esm',\n  dts: true,\n  platform: 'node',\n  // Third-party code stays an import of a declared dependency or peer: the build fails if any is inlined.\n  deps: { onlyBundle: [] },\n});\n`,
);
write(
  'vitest.config.ts',
  `import { defineConfig } from 'vitest/config';\n\nexport default defineConfig({\n  resolve: { conditions: ['@handoff/source'] },\n  ssr: { resolve: { conditions: ['@handoff/source'] } },\n  test: { include: ['src/**/*.test.ts'] },\n});\n`,
);
write('src/index.ts', `export {};\n`);
