import { AsyncLocalStorage } from 'node:async_hooks';
import { describe, expect, it } from 'vitest';
import { memoryStore } from '../stores/memory-store.ts';
import { createTracer } from './create-tracer.ts';
import { scopeStorage } from './scope-storage.ts';

describe('scopeStorage', () => {
  it('keeps each owner its own slot, nested and across awaits', async () => {
    const a = scopeStorage<string>();
    const b = scopeStorage<string>();
    const seen: (string | undefined)[] = [];
    await a.run('a1', async () => {
      await b.run('b1', async () => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        seen.push(a.getStore(), b.getStore());
        await a.run('a2', async () => {
          await Promise.resolve();
          seen.push(a.getStore(), b.getStore());
        });
        seen.push(a.getStore());
      });
      seen.push(b.getStore());
    });
    expect(seen).toEqual(['a1', 'b1', 'a2', 'b1', 'a1', undefined]);
    expect(a.getStore()).toBeUndefined();
  });

  it('lets tracers come and go without a storage each', async () => {
    // Node keeps every AsyncLocalStorage ever entered and visits all of them on each new promise.
    const created: unknown[] = [];
    const original = AsyncLocalStorage.prototype.run;
    AsyncLocalStorage.prototype.run = function (this: AsyncLocalStorage<unknown>, ...args: never[]) {
      if (!created.includes(this)) created.push(this);
      return (original as (...a: never[]) => unknown).apply(this, args);
    } as typeof original;
    try {
      for (let i = 0; i < 20; i++) {
        const tracer = createTracer({ flushOnExit: false, store: memoryStore() });
        await tracer.workflow(`w${i}`, () =>
          tracer.turn('planner', async (turn) => {
            await Promise.resolve();
            expect(tracer.currentTurn()).toBe(turn);
          }),
        );
      }
    } finally {
      AsyncLocalStorage.prototype.run = original;
    }
    expect(created).toHaveLength(1);
  });
});
