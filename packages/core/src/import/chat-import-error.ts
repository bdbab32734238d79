/** Input that cannot be imported: names the file, the line (JSONL) and the message index. */
export class ChatImportError extends Error {
  override name = 'ChatImportError';
  readonly file: string;
  readonly line: number | undefined;
  readonly messageIndex: number | undefined;

  constructor(
    file: string,
    where: { line?: number; messageIndex?: number },
    problem: string,
    options?: { cause?: unknown },
  ) {
    const at = `${file}${where.line === undefined ? '' : `:${where.line}`}`;
    const message = where.messageIndex === undefined ? '' : ` message ${where.messageIndex}:`;
    super(`${at}:${message} ${problem}`, options);
    this.file = file;
    this.line = where.line;
    this.messageIndex = where.messageIndex;
  }
}
