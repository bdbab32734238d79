import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { ChatImportError, jsonlStore, type TraceEvent } from '@handoff/core';
import { chatFormat } from '../import-formats/chat-format.ts';
import type { ImportFormat } from '../import-formats/import-format.ts';
import { otlpFormat } from '../import-formats/otlp-format.ts';
import { UsageError } from '../load.ts';

/** Input formats by `--format` name. */
const FORMATS: Record<string, ImportFormat> = { chat: chatFormat, otlp: otlpFormat };

export interface ImportCommandOptions {
  format?: string;
  out?: string;
  /** Mark every imported run as known to have failed. */
  failed?: boolean;
}

async function inputFiles(path: string, format: ImportFormat): Promise<string[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    throw new UsageError(`cannot read ${path}: no such file or directory`);
  }
  if (!info.isDirectory()) return [path];
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (format.extensions.some((ending) => entry.name.toLowerCase().endsWith(ending)))
        files.push(full);
    }
  };
  await walk(path);
  if (files.length === 0) throw new UsageError(`no ${format.extensions.join(' or ')} files in ${path}`);
  return files;
}

/** Appends a `feedback-add` event marking the run failed. */
function markFailed(events: TraceEvent[]): TraceEvent[] {
  const last = events.at(-1);
  if (!last) return events;
  return [
    ...events,
    {
      schema: last.schema,
      workflowId: last.workflowId,
      seq: last.seq + 1,
      at: last.at,
      type: 'feedback-add',
      feedback: { correct: false, comment: 'marked failed on import' },
    },
  ];
}

/**
 * Converts logs into trace files under `--out`, one `.jsonl` per input file. Everything is read and
 * written to a temporary directory first, then moved into place: bad input leaves `--out` untouched.
 */
export async function importCommand(
  path: string,
  options: ImportCommandOptions,
  out: (text: string) => void,
  err: (text: string) => void = () => {},
): Promise<number> {
  const format = options.format ? FORMATS[options.format] : undefined;
  if (!format)
    throw new UsageError(
      `--format ${options.format ?? '(missing)'}: choose one of ${Object.keys(FORMATS).join(', ')}`,
    );
  if (!options.out) throw new UsageError('--out <trace-dir> is required');
  const files = await inputFiles(path, format);
  const converted: { name: string; workflows: TraceEvent[][] }[] = [];
  const root = files.length === 1 ? dirname(files[0]!) : path;
  for (const file of files) {
    let workflows: TraceEvent[][];
    try {
      const [text, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
      workflows = await format.convert(text, { file, startedAt: Math.floor(info.mtimeMs), warn: err });
    } catch (error) {
      if (error instanceof ChatImportError || error instanceof UsageError)
        throw new UsageError(error.message, { cause: error });
      throw new UsageError(`${file}: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
    if (options.failed) workflows = workflows.map(markFailed);
    const name = `${relative(root, file)
      .replace(/[\\/]/g, '__')
      .replace(/\.[^.]*$/, '')}.jsonl`;
    converted.push({ name, workflows });
  }

  const target = options.out;
  const staging = join(dirname(target), `.${basename(target)}.import-${randomBytes(4).toString('hex')}`);
  try {
    for (const { name, workflows } of converted) {
      const store = jsonlStore({ dir: staging, file: name });
      for (const events of workflows) await store.append(events);
      await store.close?.();
    }
    let exists = false;
    try {
      exists = (await stat(target)).isDirectory();
    } catch {}
    if (!exists) {
      await mkdir(dirname(target), { recursive: true });
      await rename(staging, target);
    } else {
      for (const { name } of converted) await rename(join(staging, name), join(target, name));
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  const runs = converted.reduce((sum, { workflows }) => sum + workflows.length, 0);
  const turns = converted.reduce(
    (sum, { workflows }) =>
      sum + workflows.reduce((n, events) => n + events.filter((e) => e.type === 'turn-start').length, 0),
    0,
  );
  out(
    `Imported ${runs} run(s) (${turns} turns) from ${files.length} file(s) into ${target}${options.failed ? ', marked failed' : ''}.`,
  );
  return 0;
}
