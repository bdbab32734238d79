import type { Tracer } from './create-tracer.ts';

/**
 * Runs adapter code at the edge between a framework and the tracer: whatever it throws becomes an
 * `adapter_failed` diagnostic and `fallback` is returned, so the host's call goes on untouched.
 */
export function safely<T>(tracer: Pick<Tracer, 'diagnostic'>, label: string, fn: () => T, fallback: T): T;
export function safely(tracer: Pick<Tracer, 'diagnostic'>, label: string, fn: () => void): void;
export function safely<T>(
  tracer: Pick<Tracer, 'diagnostic'>,
  label: string,
  fn: () => T,
  fallback?: T,
): T | undefined {
  try {
    return fn();
  } catch (error) {
    try {
      tracer.diagnostic({
        code: 'adapter_failed',
        message: `${label}: ${error instanceof Error ? error.message : String(error)}`,
        error,
      });
    } catch {
      // the diagnostics channel itself failed: nothing left to tell
    }
    return fallback;
  }
}
