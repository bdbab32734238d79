import { createReadStream } from 'node:fs';

const NEWLINE = 0x0a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
// How the recorder starts an event line and a blob line: a common head, then one of two tails.
const HEAD = Buffer.from('{"schema":"handoff.trace/v1",');
const TAILS = [Buffer.from('"workflowId":"'), Buffer.from('"type":"blob","workflowId":"')];
const KEY = Buffer.from('"workflowId"');
const LETTER_U = 0x75;
const CAPITAL_I = 0x49;
const LETTER_D = 0x64;
const KEY_BEFORE_I = KEY.indexOf(CAPITAL_I);
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
  const last = { bytes: Buffer.alloc(0), id: '' };
  const line = (bytes: Buffer, start: number, end: number): void => {
    const id = idFromPrefix(bytes, start, end, last);
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
 * `last` holds the previous line's id: lines of one workflow follow each other, so an id is decoded
 * once per run of them.
 */
function idFromPrefix(
  bytes: Buffer,
  start: number,
  end: number,
  last: { bytes: Buffer; id: string },
): string | undefined {
  const afterHead = start + HEAD.length;
  if (end - start <= HEAD.length || bytes.compare(HEAD, 0, HEAD.length, start, afterHead) !== 0)
    return undefined;
  for (const tail of TAILS) {
    if (bytes[afterHead + 1] !== tail[1] || end - afterHead <= tail.length) continue;
    if (bytes.compare(tail, 0, tail.length, afterHead, afterHead + tail.length) !== 0) continue;
    const from = afterHead + tail.length;
    let close = from;
    while (close < end && bytes[close] !== QUOTE) {
      if (bytes[close] === BACKSLASH) return undefined;
      close++;
    }
    if (close === end) return undefined;
    // Searches stay inside the line (a chunk holds many) and look for one byte, several times
    // faster than for a longer string: the key at each capital I, a key spelt with \u escapes at
    // each backslash.
    const rest = bytes.subarray(close, end);
    for (let at = rest.indexOf(CAPITAL_I); at !== -1; at = rest.indexOf(CAPITAL_I, at + 1))
      if (
        rest[at + 1] === LETTER_D &&
        at >= KEY_BEFORE_I &&
        rest.compare(KEY, 0, KEY.length, at - KEY_BEFORE_I, at - KEY_BEFORE_I + KEY.length) === 0
      )
        return undefined;
    for (let at = rest.indexOf(BACKSLASH); at !== -1; at = rest.indexOf(BACKSLASH, at + 2))
      if (rest[at + 1] === LETTER_U) return undefined;
    if (
      last.bytes.length !== close - from ||
      bytes.compare(last.bytes, 0, last.bytes.length, from, close) !== 0
    ) {
      last.bytes = Buffer.from(bytes.subarray(from, close));
      last.id = last.bytes.toString('utf8');
    }
    return last.id;
  }
  return undefined;
}
