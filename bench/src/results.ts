import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

/**
 * Where a suite's results go: `bench/results/<suite>.json`, next to the table it prints. Smoke runs
 * (CI) go to `bench/results/smoke/` so they never replace a real measurement.
 */
export async function writeResults(
  suite: string,
  body: Record<string, unknown>,
  options: { smoke?: boolean } = {},
): Promise<string> {
  const dir = join(import.meta.dirname, '..', 'results', ...(options.smoke ? ['smoke'] : []));
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${suite}.json`);
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: process.platform,
  };
  await writeFile(path, `${JSON.stringify({ suite, machine, ...body }, null, 2)}\n`);
  return path;
}

export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = rows.map((row) => row.map(String));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join(
    '\n',
  );
}

/** Installed versions of the packages a suite measures, read from their package.json. */
export function versionsOf(...names: string[]): Record<string, string> {
  const out: Record<string, string> = { node: process.version };
  for (const name of names) {
    try {
      const path = join(import.meta.dirname, '..', 'node_modules', name, 'package.json');
      out[name] = (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
    } catch {
      out[name] = 'unknown';
    }
  }
  return out;
}
