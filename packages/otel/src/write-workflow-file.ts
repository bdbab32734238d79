import { mkdirSync, writeFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { TraceEvent } from '@handoff/core';

let sequence = 0;
const made = new Set<string>();

/**
 * Writes one workflow's events as `<dir>/<workflowId>.jsonl`, replacing the file whole (write to a
 * temporary name, then rename) so a live reader sees the old version or the new one, never half.
 * The write is synchronous on purpose: files are small and land in the page cache, and the
 * thread-pool round trips of an async write cost `handoff collect` more CPU than mapping the spans.
 * The rename is not: replacing a file makes ext4 flush the new one to disk first, a wait that must
 * not stop the receiver.
 */
export async function writeWorkflowFile(
  dir: string,
  workflowId: string,
  events: readonly TraceEvent[],
): Promise<string> {
  const safe = workflowId.replace(/[^\w.-]/g, '_');
  const file = join(dir, `${safe}.jsonl`);
  const temporary = join(dir, `.${safe}.${process.pid}.${++sequence}.tmp`);
  let text = '';
  for (const event of events) text += `${JSON.stringify(event)}\n`;
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  try {
    writeFileSync(temporary, text);
  } catch (error) {
    // The directory was removed while we ran: make it again, once.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dir, { recursive: true });
    writeFileSync(temporary, text);
  }
  await rename(temporary, file);
  return file;
}
