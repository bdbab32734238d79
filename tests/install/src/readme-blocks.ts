import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface ReadmeBlock {
  /** README path relative to the repository root. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  code: string;
  /** The closest `pnpm add …` line above this block in the same README, if any. */
  installLine: string | undefined;
}

const INSTALL = /^(?:pnpm add|npm (?:i|install)|yarn add)\s/;

/** Every fenced code block of the given READMEs, in order, each with the install line that precedes it. */
export async function readmeBlocks(root: string, files: string[]): Promise<ReadmeBlock[]> {
  const blocks: ReadmeBlock[] = [];
  for (const path of files) {
    const file = relative(root, path);
    const lines = (await readFile(path, 'utf8')).split('\n');
    let installLine: string | undefined;
    for (let i = 0; i < lines.length; i++) {
      const fence = /^```(\w*)\s*$/.exec(lines[i] ?? '');
      if (!fence) continue;
      const start = i;
      const body: string[] = [];
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i] ?? ''); i++) body.push(lines[i] ?? '');
      const code = `${body.join('\n')}\n`;
      blocks.push({ file, line: start + 1, lang: fence[1] ?? '', code, installLine });
      for (const command of shellCommands(code)) if (INSTALL.test(command)) installLine = command;
    }
  }
  return blocks;
}

/** The commands of a shell block: one per line, comments and blank lines dropped. */
export function shellCommands(code: string): string[] {
  return code
    .split('\n')
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line.length > 0);
}

/** The package names an install line adds (flags and version ranges dropped). */
export function installedPackages(installLine: string): string[] {
  return installLine
    .replace(INSTALL, '')
    .split(/\s+/)
    .filter((word) => word && !word.startsWith('-'))
    .map((spec) => spec.replace(/^(@?[^@]+)@.*$/, '$1'));
}

/** The packages a TypeScript block imports (bare specifiers without `node:` and without subpaths). */
export function importedPackages(code: string): string[] {
  const names = new Set<string>();
  for (const match of code.matchAll(
    /(?:^|\n)\s*import\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
  )) {
    const specifier = match[1] ?? match[2] ?? '';
    if (specifier.startsWith('.') || specifier.startsWith('node:')) continue;
    const parts = specifier.split('/');
    names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier));
  }
  return [...names];
}

/** The repository's README and every publishable package's README. */
export function readmeFiles(root: string, packageDirs: string[]): string[] {
  return [join(root, 'README.md'), ...packageDirs.map((dir) => join(dir, 'README.md'))];
}
