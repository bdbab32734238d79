/** Something that must write what it holds before the process goes away. */
export interface ExitFlushable {
  /** Async flush at `beforeExit`; resolves when done. */
  flushBeforeExit(): Promise<void> | undefined;
  /** Synchronous last resort at `exit` and on SIGTERM/SIGINT. */
  flushSync(): void;
}

const registered = new Set<ExitFlushable>();
let installed = false;

function flushAllSync(): void {
  for (const writer of registered) {
    try {
      writer.flushSync();
    } catch {
      // Exit must go on; the writer reported what it lost through its own diagnostics.
    }
  }
}

function onSignal(signal: NodeJS.Signals): void {
  flushAllSync();
  // Only stand in for the default behaviour when nobody else handles the signal.
  if (process.listenerCount(signal) === 1) {
    process.removeListener(signal, onSignal);
    process.kill(process.pid, signal);
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('beforeExit', () => {
    for (const writer of registered) {
      try {
        void writer.flushBeforeExit()?.catch(() => undefined);
      } catch {
        // contained: see flushAllSync
      }
    }
  });
  process.on('exit', flushAllSync);
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

/** Registers `writer` to be flushed when the process exits normally or is asked to stop. */
export function registerExitFlush(writer: ExitFlushable): () => void {
  install();
  registered.add(writer);
  return () => registered.delete(writer);
}
