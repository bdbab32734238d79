import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTracer,
  type Diagnostic,
  jsonlStore,
  loadTraces,
  memoryStore,
  type Store,
} from '@handoff/core';
import { afterAll, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});
async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'handoff-disk-'));
  dirs.push(dir);
  return dir;
}

/** The traced program: its result must not depend on what happens to the store. */
async function program(tracer: ReturnType<typeof createTracer>, i: number) {
  return tracer.workflow(`w${i}`, async () => {
    const a = await tracer.turn('a', async () => `a${i}`);
    tracer.handoff({ from: 'a', to: 'b', content: a });
    return tracer.turn('b', async () => `${a}-b`, { input: [{ role: 'user', content: a }] });
  });
}

describe('disk faults', () => {
  it('an unwritable store location changes no result and says what was dropped', async () => {
    const dir = await tempDir();
    const blocker = join(dir, 'not-a-dir');
    await writeFile(blocker, 'a file where the trace directory should be');
    const diagnostics: Diagnostic[] = [];
    const tracer = createTracer({
      store: jsonlStore({ dir: join(blocker, 'traces') }),
      retryForMs: 100,
      onDiagnostic: (d) => diagnostics.push(d),
      flushOnExit: false,
    });
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await program(tracer, i));
    expect(results).toEqual(['a0-b', 'a1-b', 'a2-b', 'a3-b', 'a4-b']);
    await tracer.flush();
    const dropped = diagnostics.find((d) => d.code === 'store_failed' && d.message.includes('dropped'));
    expect(dropped?.events).toBe(tracer.stats.eventsDropped);
    expect(tracer.stats.eventsDropped).toBeGreaterThan(0);
  });

  it('a trace directory deleted while running is recreated and later workflows are kept', async () => {
    const dir = join(await tempDir(), 'traces');
    const diagnostics: Diagnostic[] = [];
    const tracer = createTracer({
      store: jsonlStore({ dir }),
      onDiagnostic: (d) => diagnostics.push(d),
      flushOnExit: false,
    });
    await program(tracer, 0);
    await tracer.flush();
    await rm(dir, { recursive: true, force: true });
    await program(tracer, 1);
    await tracer.flush();
    const { traces } = await loadTraces(dir);
    expect(traces.map((t) => t.workflow.name)).toEqual(['w1']);
    expect(traces[0]?.turns).toHaveLength(2);
    expect(diagnostics.map((d) => d.code)).toContain('store_failed');
  });

  it('a full disk (ENOSPC) drops nothing while the buffer lasts, and recovers when space comes back', async () => {
    let full = true;
    const written: unknown[] = [];
    const store: Store = {
      name: 'disk',
      async append(events) {
        if (full) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        written.push(...events);
      },
    };
    const diagnostics: Diagnostic[] = [];
    const tracer = createTracer({
      store,
      retryForMs: 5_000,
      onDiagnostic: (d) => diagnostics.push(d),
      flushOnExit: false,
    });
    for (let i = 0; i < 3; i++) expect(await program(tracer, i)).toBe(`a${i}-b`);
    setTimeout(() => {
      full = false;
    }, 300);
    await tracer.flush();
    expect(written.length).toBe(tracer.stats.eventsWritten);
    expect(tracer.stats.eventsDropped).toBe(0);
    expect(diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining(['store_failed', 'store_recovered']),
    );
  });

  it('a full disk for longer than the retry window drops the buffer and counts it', async () => {
    const store: Store = {
      name: 'disk',
      append() {
        throw new Error('ENOSPC: no space left on device');
      },
    };
    const diagnostics: Diagnostic[] = [];
    const tracer = createTracer({
      store,
      retryForMs: 200,
      onDiagnostic: (d) => diagnostics.push(d),
      flushOnExit: false,
    });
    for (let i = 0; i < 3; i++) await program(tracer, i);
    await tracer.flush();
    expect(tracer.stats.eventsDropped).toBeGreaterThan(0);
    expect(diagnostics.at(-1)?.message).toMatch(/dropped \d+ events/);
  });
});

describe('slow store', () => {
  it('a store that takes 1 s per write does not hold the program up', async () => {
    let writes = 0;
    let pending = 0;
    const store: Store = {
      name: 'slow',
      async append() {
        pending++;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        writes++;
        pending--;
      },
    };
    const tracer = createTracer({ store, flushOnExit: false });
    const results = [];
    for (let i = 0; i < 20; i++) results.push(await program(tracer, i));
    // All 20 workflows finished while the store had not finished a single write.
    expect(results).toHaveLength(20);
    expect(writes).toBe(0);
    await tracer.flush();
    expect(writes).toBeGreaterThan(0);
    expect(pending).toBe(0);
  });

  it('when the buffer is full new events are dropped and counted (drop-newest)', async () => {
    const tracer = createTracer({
      store: { name: 'stuck', append: () => new Promise(() => {}) },
      maxBufferedEvents: 50,
      flushOnExit: false,
    });
    for (let i = 0; i < 20; i++) await program(tracer, i);
    expect(tracer.stats.eventsDropped).toBeGreaterThan(0);
    expect(tracer.stats.eventsDropped + 50).toBeGreaterThanOrEqual(20 * 8);
  });
});

describe('memory store sanity', () => {
  it('records what the programs did', async () => {
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    await program(tracer, 7);
    await tracer.flush();
    expect(store.traces()[0]?.workflow.output).toBe('a7-b');
  });
});
