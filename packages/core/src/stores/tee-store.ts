import type { Store } from './store.ts';

/**
 * Writes to a primary store and to secondary ones (an OpenTelemetry exporter, say). The primary's
 * failures are the recorder's to retry; a secondary's are reported through `onError` and never hold
 * up or duplicate the primary's writes. `flush` and `close` wait for the secondaries' writes in flight.
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
  // Appends to secondaries run on their own (they never hold up the primary), but a flush or close
  // waits for them: an OTel store still analysing the last workflow would otherwise miss the flush.
  const pending = new Set<Promise<void>>();
  const settled = async () => {
    while (pending.size > 0) await Promise.all([...pending]);
  };
  return {
    name: `tee(${[primary, ...secondaries].map((s) => s.name).join(',')})`,
    async append(events) {
      await primary.append(events);
      for (const store of secondaries) {
        const write = guard(store, () => store.append(events)).finally(() => pending.delete(write));
        pending.add(write);
      }
    },
    async flush() {
      await primary.flush?.();
      await settled();
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
      await settled();
      await Promise.all(secondaries.map((store) => guard(store, () => store.close?.())));
    },
  };
}
