import type { ErrorInfo } from '../model/message.ts';

/** An exit-code report near the start: `exitcode: 1`, `exited with exit code 1`, `the exit code was: 0`. */
const EXIT_CODE =
  /^[^\n]{0,80}?\bexit(?:ed with)?(?:\s+[A-Za-z]+){0,2}?\s*code(?:\s+was)?\s*[:=]?\s*(-?\d+)/i;
const TRACEBACK = /Traceback \(most recent call last\)/;
const ERROR_LINE =
  /^\s*(?:[A-Za-z ]{0,20}output:\s*)?((?:[A-Za-z_][\w.]*)?(?:Error|Exception|Interrupt)\b|\[Errno \d+\]):?\s*(.*)$/;
/** An executor's notice that the message it was given held nothing to run. */
const NOTHING_TO_RUN = /\bno code\b[^\n]{0,60}\bexecut/i;
const CODE_FENCE = /```[^\n]*\n([\s\S]*?)```/g;

/** Text a program printed: an exit-code header or a traceback (what code executors post). */
export function isProgramOutput(text: string): boolean {
  return EXIT_CODE.test(text) || TRACEBACK.test(text.slice(0, 2_000));
}

/** An executor's message: program output, or its notice that there was nothing to run. */
export function isExecutorMessage(text: string): boolean {
  return isProgramOutput(text) || NOTHING_TO_RUN.test(text.slice(0, 400));
}

/**
 * The error of a program run, if it failed: a non-zero exit code, a traceback, or an error line
 * printed where the output should be. The last error line names it (the exception that ended it).
 */
export function programError(text: string): ErrorInfo | undefined {
  const exit = EXIT_CODE.exec(text);
  const exitCode = exit ? Number(exit[1]) : undefined;
  let last: RegExpExecArray | null = null;
  for (const line of text.split('\n')) {
    const match = ERROR_LINE.exec(line);
    if (match) last = match;
  }
  const failed = (exitCode !== undefined && exitCode !== 0) || TRACEBACK.test(text) || last !== null;
  if (!failed) return undefined;
  if (last) return { name: last[1]!, message: (last[2] || last[0]).trim().slice(0, 500), source: 'tool' };
  const body = text.replace(EXIT_CODE, '').trim().split('\n').filter(Boolean).at(-1) ?? '';
  return {
    name: `exit code ${exitCode}`,
    message: body.slice(0, 500) || 'the program failed',
    source: 'tool',
  };
}

/** The code blocks of a message (fenced), joined: what an executor would run. */
export function codeOf(text: string): string {
  return [...text.matchAll(CODE_FENCE)].map((match) => match[1]!.trimEnd()).join('\n\n');
}

const LOG_LINE =
  /^\s*(?:\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}\S*\s+(?:[A-Z]\s|\w+\s*[:|]|\[)|\[?(?:WARNING|WARN|ERROR|INFO|DEBUG|CRITICAL)\]?[:\s]|[\w.]*Warning: |\s*warnings\.warn\(|W\d{4} \d\d:\d\d:\d\d)/;
const TRACEBACK_END = /^\S[\w.]*(?:Error|Exception|Interrupt)\b/;

/**
 * Splits console noise (log lines, warnings, tracebacks) glued to an agent's message from its words,
 * so that checks read what the agent said and the noise stays as evidence.
 */
export function splitConsoleNoise(text: string): { words: string; noise: string[] } {
  if (!/\d{4}-\d{2}-\d{2}|WARN|ERROR|INFO|DEBUG|CRITICAL|Warning|warn\(|Traceback|W\d{4}/.test(text))
    return { words: text, noise: [] };
  const words: string[] = [];
  const noise: string[] = [];
  let inTraceback = false;
  let inFence = false;
  for (const line of text.split('\n')) {
    if (line.trimStart().startsWith('```')) inFence = !inFence;
    if (inFence) {
      words.push(line);
      continue;
    }
    if (inTraceback) {
      noise.push(line);
      if (TRACEBACK_END.test(line)) inTraceback = false;
      continue;
    }
    if (TRACEBACK.test(line)) {
      inTraceback = true;
      noise.push(line);
      continue;
    }
    if (LOG_LINE.test(line)) noise.push(line);
    else words.push(line);
  }
  return { words: words.join('\n').trim(), noise };
}
