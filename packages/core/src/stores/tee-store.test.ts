import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../model/events.ts';
import { memoryStore } from './memory-store.ts';
import type { Store } from './store.ts';
import { teeStore } from './tee-store.ts';

/** A secondary that takes a while with each write, as an exporter analysing a workflow does. */
function slowStore(): Store & { written: number } {
  const store = {
    name: 'slow',
    written: 0,
    async append(events: readonly TraceEvent[]) {
      await new Promise((resolve) => setTimeout(resolve, 30));
      store.written += events.length;
    },
  };
  return store;
}

const EVENT = { type: 'workflow-start', workflowId: 'w1', seq: 0, at: 0, name: 'w' } as unknown as TraceEvent;

describe('teeStore', () => {
  it('waits for a secondary write in flight when flushed or closed', async () => {
    const slow = slowStore();
    const tee = teeStore(memoryStore(), [slow]);
    await tee.append([EVENT]);
    expect(slow.written).toBe(0);
    await tee.flush?.();
    expect(slow.written).toBe(1);
    await tee.append([EVENT]);
    await tee.close?.();
    expect(slow.written).toBe(2);
  });
  it('never holds up the primary, and a failing secondary is only reported', async () => {
    const errors: unknown[] = [];
    const failing: Store = {
      name: 'failing',
      append: async () => {
        throw new Error('collector down');
      },
    };
    const primary = memoryStore();
    const tee = teeStore(primary, [failing], (_store, error) => errors.push(error));
    await tee.append([EVENT]);
    await tee.flush?.();
    expect(errors).toHaveLength(1);
  });
});
