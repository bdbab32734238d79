import { createReadStream } from 'node:fs';

const NEWLINE = 0x0a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
// How the recorder starts an event line and a blob line.
const PREFIXES = [
  Buffer.from('{"schema":"handoff.trace/v1","workflowId":"'),
  Buffer.from('{"schema":"handoff.trace/v1","type":"blob","workflowId":"'),
];
const KEY = Buffer.from('"workflowId"');
const UNICODE_ESCAPE = Buffer.from('\\u');
// The reader refuses lines over 64 Mi characters; a UTF-8 character takes at most 3 bytes per
// UTF-16 unit, so a longer line cannot be an event the reader keeps.
const MAX_LINE_BYTES = 3 * 64 * 1024 * 1024;

/**
 * The workflow ids a JSONL trace file names, without reading its events: every id the reader would
 * fold from the file is among them (a few more may be, from lines the reader then refuses). Lines
 * as the recorder writes them are read from their first bytes; any other line is parsed.
 */
export async function scanWorkflowIds(file: string): Promise<Set<string>> {
  const ids = new Set<string>();
  const line = (bytes: Buffer, start: number, end: number): void => {
    const id = idFromPrefix(bytes, start, end);
    if (id !== undefined) ids.add(id);
    else if (end - start > 1) {
      try {
        // The reader's decoder drops a byte-order mark at the start of a file.
        const text = bytes.toString('utf8', start, end).replace(/^\uFEFF/, '');
        const value = (JSON.parse(text) as { workflowId?: unknown } | null)?.workflowId;
        if (typeof value === 'string') ids.add(value);
      } catch {
        // Not JSON: the reader skips it too.
      }
    }
  };
  let parts: Buffer[] = [];
  let partBytes = 0;
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      let start = 0;
      for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, start)) {
        if (parts.length > 0) {
          if (partBytes + at <= MAX_LINE_BYTES) {
            const whole = Buffer.concat([...parts, chunk.subarray(0, at)]);
            line(whole, 0, whole.length);
          }
          parts = [];
          partBytes = 0;
        } else line(chunk, start, at);
        start = at + 1;
      }
      if (start < chunk.length) {
        partBytes += chunk.length - start;
        parts = partBytes <= MAX_LINE_BYTES ? [...parts, chunk.subarray(start)] : [];
      }
    }
    if (parts.length > 0) {
      const whole = Buffer.concat(parts);
      line(whole, 0, whole.length);
    }
  } catch {
    // An unreadable file names no workflow (the reader reports it).
  }
  return ids;
}

/**
 * The id of a line that starts as the recorder writes it, when no other key of the line could be
 * `workflowId` too (JSON.parse keeps the last of two): otherwise undefined, and the line is parsed.
 */
function idFromPrefix(bytes: Buffer, start: number, end: number): string | undefined {
  for (const prefix of PREFIXES) {
    if (
      end - start <= prefix.length ||
      bytes.compare(prefix, 0, prefix.length, start, start + prefix.length) !== 0
    )
      continue;
    // Searches stay inside the line (a chunk holds many).
    const rest = bytes.subarray(start + prefix.length, end);
    const close = rest.indexOf(QUOTE);
    if (close === -1) return undefined;
    if (rest.subarray(0, close).includes(BACKSLASH)) return undefined;
    if (rest.indexOf(KEY, close) !== -1 || rest.indexOf(UNICODE_ESCAPE, close) !== -1) return undefined;
    return rest.toString('utf8', 0, close);
  }
  return undefined;
}
