/** A trace file that cannot be read as written: names the file and, where known, the line. */
export class TraceFileError extends Error {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, line: number | undefined, reason: string, options?: { cause?: unknown }) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${reason}`, options);
    this.name = 'TraceFileError';
    this.file = file;
    this.line = line;
  }
}
