import { appendFileSync, mkdirSync } from 'node:fs';
import { access, type FileHandle, mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import type { TraceEvent } from '../model/events.ts';
import { type BlobLine, encodeBlobLine, encodeWithBlobs } from './content-addressing.ts';
import type { Store } from './store.ts';

export interface JsonlStoreOptions {
  /** Directory for trace files. Default `.handoff` in the working directory. */
  dir?: string;
  /** File name inside `dir`. Default: one new file per process, `<time>-<pid>-<random>.jsonl`. */
  file?: string;
  /** Store each message body once per workflow and reference it by hash. Default true. */
  contentAddressing?: boolean;
}

export interface JsonlStore extends Store {
  /** The file this store writes to (created on the first write). */
  readonly path: string;
  /** Bytes handed to the file system so far. */
  readonly bytesWritten: number;
}

const MAX_TRACKED_WORKFLOWS = 10_000;

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Append-only JSONL: one event per line, written asynchronously in batches through one open file
 * handle. Each process writes its own file, so concurrent writers never interleave lines; a crash
 * loses at most the line being written, which readers skip.
 */
export function jsonlStore(options: JsonlStoreOptions = {}): JsonlStore {
  const dir = options.dir ?? '.handoff';
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  const file = options.file ?? `${stamp}-${process.pid}-${Math.random().toString(36).slice(2, 8)}.jsonl`;
  const path = join(dir, file);
  const contentAddressing = options.contentAddressing ?? true;
  const blobsSeen = new Map<string, Set<string>>();
  let inFlight: Buffer | undefined;
  let handle: Promise<FileHandle> | undefined;
  let bytesWritten = 0;

  const encode = (event: TraceEvent): string => {
    if (!contentAddressing) return `${JSON.stringify(event)}\n`;
    let seen = blobsSeen.get(event.workflowId);
    if (!seen) {
      if (blobsSeen.size >= MAX_TRACKED_WORKFLOWS) blobsSeen.delete(blobsSeen.keys().next().value as string);
      seen = new Set();
      blobsSeen.set(event.workflowId, seen);
    }
    let lines = '';
    const encoded = encodeWithBlobs(event as never, seen, (blob: BlobLine) => {
      lines += `${encodeBlobLine(blob)}\n`;
    });
    if (event.type === 'workflow-end') blobsSeen.delete(event.workflowId);
    return `${lines}${JSON.stringify(encoded)}\n`;
  };

  const openFile = (): Promise<FileHandle> => {
    handle ??= mkdir(dir, { recursive: true }).then(() => open(path, 'a'));
    return handle;
  };

  return {
    name: 'jsonl',
    path,
    get bytesWritten() {
      return bytesWritten;
    },
    // The recorder calls append one batch at a time and re-offers a batch whose append failed.
    async append(events) {
      // Encoded to bytes once (the write and the byte count share them), without joining the lines first.
      const lines = events.map(encode);
      let size = 0;
      for (const line of lines) size += Buffer.byteLength(line);
      const chunk = Buffer.allocUnsafe(size);
      let offset = 0;
      for (const line of lines) offset += chunk.write(line, offset);
      inFlight = chunk;
      try {
        // A trace directory deleted while we run would swallow writes into an unlinked file:
        // notice it and start a new file, with the blobs it needs written again.
        if (handle && !(await exists(path))) {
          const stale = handle;
          handle = undefined;
          blobsSeen.clear();
          void stale.then((h) => h.close()).catch(() => undefined);
          throw Object.assign(new Error(`trace file ${path} was deleted; reopening`), { code: 'ENOENT' });
        }
        const fileHandle = await openFile();
        await fileHandle.appendFile(chunk);
        bytesWritten += chunk.length;
      } catch (error) {
        // The blob lines of this chunk are not on disk: forget them so the retry writes them again.
        blobsSeen.clear();
        handle = undefined;
        throw error;
      } finally {
        inFlight = undefined;
      }
    },
    async flush() {},
    flushSync() {
      // At exit a write may still be in flight; writing it again is safe because readers drop
      // events whose (workflowId, seq) they have already seen.
      if (!inFlight) return;
      const rest = inFlight;
      inFlight = undefined;
      mkdirSync(dir, { recursive: true });
      appendFileSync(path, rest);
      bytesWritten += rest.length;
    },
    /** Synchronous write of events the recorder still holds at exit. */
    appendSync(events: readonly TraceEvent[]) {
      if (events.length === 0) return;
      const chunk = events.map(encode).join('');
      mkdirSync(dir, { recursive: true });
      appendFileSync(path, chunk);
      bytesWritten += Buffer.byteLength(chunk);
    },
    async close() {
      const fileHandle = await handle?.catch(() => undefined);
      handle = undefined;
      await fileHandle?.close();
    },
  };
}
