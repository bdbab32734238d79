import type { Store } from './store.ts';

/**
 * Writes to a primary store and to secondary ones (an OpenTelemetry exporter, say). The primary's
 * failures are the recorder's to retry; a secondary's are reported through `onError` and never hold
 * up or duplicate the primary's writes.
 */
export function teeStore(
  primary: Store,
  secondaries: Store[],
  onError?: (store: Store, error: unknown) => void,
): Store {
  const guard = async (store: Store, work: () => unknown) => {
    try {
      await work();
    } catch (error) {
      try {
        onError?.(store, error);
      } catch {
        // nothing left to report to
      }
    }
  };
  return {
    name: `tee(${[primary, ...secondaries].map((s) => s.name).join(',')})`,
    async append(events) {
      await primary.append(events);
      for (const store of secondaries) void guard(store, () => store.append(events));
    },
    async flush() {
      await primary.flush?.();
      await Promise.all(secondaries.map((store) => guard(store, () => store.flush?.())));
    },
    flushSync() {
      primary.flushSync?.();
    },
    appendSync(events) {
      primary.appendSync?.(events);
    },
    async close() {
      await primary.close?.();
      await Promise.all(secondaries.map((store) => guard(store, () => store.close?.())));
    },
  };
}
