import type { TraceEvent } from '@handoff/core';

/** What every input format is given besides the file's text. */
export interface ImportContext {
  /** The file being read, as the user named it (errors name it so). */
  file: string;
  /** Epoch ms to place the runs at when the input has no times of its own (the file's mtime). */
  startedAt: number;
  /** Reports what was skipped or not recorded without failing the import (printed on stderr). */
  warn?: (text: string) => void;
}

/**
 * One input format of `handoff import`: reads one file into the events of its workflows, and throws
 * (a ChatImportError, a UsageError) naming the file and the place it could not read.
 */
export interface ImportFormat {
  /** File name endings read from a directory. */
  extensions: string[];
  convert(text: string, context: ImportContext): TraceEvent[][] | Promise<TraceEvent[][]>;
}
