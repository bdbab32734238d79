import type { ErrorInfo } from '../model/message.ts';

/** Describes any thrown value as an ErrorInfo without touching the original. */
export function toErrorInfo(error: unknown, source?: ErrorInfo['source']): ErrorInfo {
  let info: ErrorInfo;
  if (error instanceof Error) {
    info = { name: error.name || 'Error', message: String(error.message) };
    if (typeof error.stack === 'string') info.stack = error.stack.split('\n').slice(0, 12).join('\n');
  } else if (error && typeof error === 'object' && 'message' in error) {
    info = { name: String((error as { name?: unknown }).name ?? 'Error'), message: String(error.message) };
  } else {
    info = { name: 'Error', message: safeString(error) };
  }
  if (source) info.source = source;
  return info;
}

function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return 'unprintable error';
  }
}
