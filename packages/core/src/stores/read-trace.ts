import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type TraceEvent, TraceEventSchema } from '../model/events.ts';
import { SCHEMA_VERSION } from '../model/schema-version.ts';
import type { Trace } from '../model/trace.ts';
import { foldInto, type TraceBuilder } from '../model/trace-builder.ts';
import { unchangedByParse } from '../model/unchanged-by-parse.ts';
import { resolveBlobs } from './content-addressing.ts';
import { seenSeqs } from './seen-seqs.ts';
import { TraceFileError } from './trace-file-error.ts';

export interface ReadOptions {
  /** Called for recoverable problems (a torn last line, a skipped corrupt line in lenient mode). */
  onDiagnostic?: (problem: TraceFileError) => void;
  /** Lenient: skip corrupt lines and report them; strict (default for readTrace): throw on the first. */
  lenient?: boolean;
  /** Longest line read, in characters; longer lines are corrupt. Default 64 MiB. */
  maxLineChars?: number;
}

const DEFAULT_MAX_LINE = 64 * 1024 * 1024;

// Events as the recorder writes them pass this check and are used as parsed; zod runs only for the
// rest (older or hand-made files), so its defaults and error messages stay the reference.
const isWellFormed = unchangedByParse(TraceEventSchema);

/** Reads one JSONL trace file and folds it into one Trace per workflow it holds. */
export async function readTraces(file: string, options: ReadOptions = {}): Promise<Trace[]> {
  const builders = new Map<string, TraceBuilder>();
  await readEvents(file, options, (event) => foldInto(builders, event));
  return [...builders.values()].map((builder) => {
    builder.markIncompleteIfOpen();
    return builder.toTrace();
  });
}

/** Reads the trace of one workflow from a file (the only one, or the one with `workflowId`). */
export async function readTrace(
  file: string,
  workflowId?: string,
  options: ReadOptions = {},
): Promise<Trace> {
  const traces = await readTraces(file, options);
  const trace = workflowId === undefined ? traces[0] : traces.find((t) => t.workflow.id === workflowId);
  if (!trace) {
    throw new TraceFileError(
      file,
      undefined,
      workflowId ? `no workflow "${workflowId}" in this file` : 'no workflow in this file',
    );
  }
  return trace;
}

/**
 * Streams the events of a file in order, resolving content-addressed blobs and dropping events seen
 * twice (a batch re-written at exit). A torn last line is skipped with a diagnostic.
 */
export async function readEvents(
  file: string,
  options: ReadOptions,
  onEvent: (event: TraceEvent) => void,
): Promise<void> {
  const maxLineChars = options.maxLineChars ?? DEFAULT_MAX_LINE;
  const blobs = new Map<string, unknown>();
  const seen = seenSeqs();
  let lineNumber = 0;

  const handle = (text: string, number: number, isLast: boolean, overLength?: number): void => {
    if (overLength === undefined && text.trim() === '') return;
    const problem = (reason: string, cause?: unknown): void => {
      const error = new TraceFileError(file, number, reason, { cause });
      if (isLast && reason.startsWith('not valid JSON')) {
        options.onDiagnostic?.(
          new TraceFileError(file, number, 'torn last line skipped (the writer stopped mid-line)'),
        );
        return;
      }
      if (!options.lenient) throw error;
      options.onDiagnostic?.(error);
    };
    if (overLength !== undefined)
      return problem(`line is ${overLength} characters, over the ${maxLineChars} limit`);
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      return problem(`not valid JSON (${error instanceof Error ? error.message : String(error)})`, error);
    }
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
      return problem('not a trace event (expected a JSON object)');
    const record = raw as Record<string, unknown>;
    if (record.schema !== SCHEMA_VERSION) {
      const found = typeof record.schema === 'string' ? `"${record.schema.slice(0, 80)}"` : 'none';
      return problem(`schema ${found} is not supported; this version of Handoff reads ${SCHEMA_VERSION}`);
    }
    if (record.type === 'blob') {
      if (typeof record.hash === 'string') blobs.set(record.hash, record.value);
      return;
    }
    // The parsed line is ours: blob references are replaced in place (blob values are shared).
    if (blobs.size > 0) resolveBlobs(record, blobs);
    let event: TraceEvent;
    if (isWellFormed(record)) event = record as TraceEvent;
    else {
      const parsed = TraceEventSchema.safeParse(record);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return problem(
          `not a valid "${String(record.type).slice(0, 40)}" event: ${issue?.path.join('.') || 'event'}: ${issue?.message}`,
        );
      }
      event = parsed.data;
    }
    // Each writer (a process that continued the workflow) numbers its events from 0.
    const numbering =
      event.writer === undefined ? event.workflowId : `${event.workflowId}\u0000${event.writer}`;
    if (!seen.add(numbering, event.seq)) return;
    onEvent(event);
  };

  let stream: ReturnType<typeof createReadStream>;
  try {
    await stat(file);
    stream = createReadStream(file, { highWaterMark: 1 << 20 });
  } catch (error) {
    throw new TraceFileError(
      file,
      undefined,
      `cannot read: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  // Lines are split by hand (readline costs more than parsing here). A line longer than the limit is
  // counted, not kept, so a hostile file cannot make the reader hold it.
  const parts: string[] = [];
  let partLength = 0;
  const line = (piece: string, isLast: boolean): void => {
    lineNumber++;
    const length = partLength + piece.length;
    const text = parts.length > 0 ? parts.join('') + piece : piece;
    parts.length = 0;
    partLength = 0;
    if (length > maxLineChars) return handle('', lineNumber, isLast, length);
    handle(text.endsWith('\r') ? text.slice(0, -1) : text, lineNumber, isLast);
  };
  // TextDecoder keeps a character split between chunks (and is the fastest UTF-8 decoder here).
  const decoder = new TextDecoder('utf-8');
  try {
    const take = (chunk: string): void => {
      let start = 0;
      for (let at = chunk.indexOf('\n'); at !== -1; at = chunk.indexOf('\n', start)) {
        line(chunk.slice(start, at), false);
        start = at + 1;
      }
      if (start < chunk.length) {
        const rest = chunk.slice(start);
        if (partLength + rest.length <= maxLineChars) parts.push(rest);
        else parts.length = 0;
        partLength += rest.length;
      }
    };
    for await (const bytes of stream as AsyncIterable<Buffer>) take(decoder.decode(bytes, { stream: true }));
    take(decoder.decode());
    // A last line with no newline may be torn (the writer stopped mid-line).
    if (partLength > 0) line('', true);
  } catch (error) {
    if (error instanceof TraceFileError) throw error;
    throw new TraceFileError(
      file,
      lineNumber || undefined,
      `cannot read: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  } finally {
    stream.destroy();
  }
}

export interface LoadResult {
  traces: Trace[];
  /** Files or lines that could not be read; the rest was loaded. */
  errors: TraceFileError[];
  files: string[];
}

export interface LoadOptions {
  onDiagnostic?: (problem: TraceFileError) => void;
  /** Called after each file, for progress on large directories. */
  onProgress?: (done: number, total: number, file: string) => void;
}

/**
 * Loads every trace under a file or directory (`*.jsonl`, recursively), merging events of one
 * workflow spread over several files. Bad lines and unreadable files are collected in `errors`.
 */
export async function loadTraces(pathOrDir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const files = await listTraceFiles(pathOrDir);
  const builders = new Map<string, TraceBuilder>();
  const errors: TraceFileError[] = [];
  const collect = (problem: TraceFileError): void => {
    errors.push(problem);
    options.onDiagnostic?.(problem);
  };
  let done = 0;
  for (const file of files) {
    await foldFile(file, builders, collect);
    options.onProgress?.(++done, files.length, file);
  }
  const traces = [...builders.values()].map((builder) => {
    builder.markIncompleteIfOpen();
    return builder.toTrace();
  });
  traces.sort((a, b) => a.workflow.startedAt - b.workflow.startedAt);
  return { traces, errors, files };
}

/**
 * Reads one file leniently into `builders` (one per workflow). A file that fails part-way keeps
 * what was read before; bad lines and the failure go to `report`.
 */
export async function foldFile(
  file: string,
  builders: Map<string, TraceBuilder>,
  report: (problem: TraceFileError) => void,
): Promise<void> {
  try {
    await readEvents(file, { lenient: true, onDiagnostic: report }, (event) => foldInto(builders, event));
  } catch (error) {
    report(
      error instanceof TraceFileError
        ? error
        : new TraceFileError(file, undefined, String(error), { cause: error }),
    );
  }
}

/** The JSONL files under a path: the file itself, or every `*.jsonl` below a directory, sorted. */
export async function listTraceFiles(pathOrDir: string): Promise<string[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(pathOrDir);
  } catch (error) {
    throw new TraceFileError(pathOrDir, undefined, 'no such file or directory', { cause: error });
  }
  if (info.isFile()) return [pathOrDir];
  const out: string[] = [];
  const entries = await readdir(pathOrDir, { withFileTypes: true, recursive: true });
  for (const entry of entries) {
    if (entry.isFile() && entry.name.endsWith('.jsonl')) out.push(join(entry.parentPath, entry.name));
  }
  return out.sort();
}
