import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TraceEvent } from '@handoff/core';

let sequence = 0;

/**
 * Writes one workflow's events as `<dir>/<workflowId>.jsonl`, replacing the file whole (write to a
 * temporary name, then rename) so a live reader sees the old version or the new one, never half.
 */
export async function writeWorkflowFile(
  dir: string,
  workflowId: string,
  events: TraceEvent[],
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const safe = workflowId.replace(/[^\w.-]/g, '_');
  const file = join(dir, `${safe}.jsonl`);
  const temporary = join(dir, `.${safe}.${process.pid}.${++sequence}.tmp`);
  await writeFile(temporary, events.map((event) => `${JSON.stringify(event)}\n`).join(''));
  await rename(temporary, file);
  return file;
}
