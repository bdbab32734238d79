import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * One AsyncLocalStorage for every tracer in the process. Node visits each storage ever entered on
 * every promise it creates and never lets one go, so a storage per tracer made every await of the
 * user's program slower with each tracer created (a server making one per request, a test suite).
 */
const shared = new AsyncLocalStorage<ReadonlyMap<object, unknown>>();

/** An async-context slot of one owner (a tracer, an adapter's registry) on the shared storage. */
export interface ScopeStorage<T> {
  run<R>(store: T, fn: () => R): R;
  getStore(): T | undefined;
}

export function scopeStorage<T>(): ScopeStorage<T> {
  const key = {};
  return {
    run(store, fn) {
      const slots = new Map(shared.getStore());
      slots.set(key, store);
      return shared.run(slots, fn);
    },
    getStore: () => shared.getStore()?.get(key) as T | undefined,
  };
}
