import { describe, expect, it } from 'vitest';
import { memoryStore } from '../stores/memory-store.ts';
import type { Store } from '../stores/store.ts';
import { createTracer } from './create-tracer.ts';
import type { Diagnostic } from './tracer-options.ts';

/** A small agent program: what it returns must not depend on whether it is traced. */
async function program(tracer: ReturnType<typeof createTracer>, payload: unknown) {
  return tracer.workflow('host', async () => {
    const first = await tracer.turn('producer', async (turn) => {
      turn.recordModelCall({
        model: 'm',
        input: [{ role: 'user', content: String(typeof payload) }],
        output: 'x',
      });
      turn.startToolCall({ name: 'tool', args: payload }).end({ result: payload });
      return { payload, n: 1 };
    });
    tracer.handoff({ from: 'producer', to: 'consumer', content: 'take this', payload });
    tracer.provideContext('data', payload);
    return tracer.turn('consumer', async () => {
      tracer.readContext('data', payload);
      return first;
    });
  });
}

function hostilePayloads(): [string, unknown][] {
  const circular: Record<string, unknown> = { name: 'loop' };
  circular.self = circular;
  return [
    ['circular references', circular],
    ['BigInt', { big: 2n ** 70n }],
    ['functions', { fn: () => 1, method() {} }],
    ['Buffers', { data: Buffer.alloc(1024 * 1024, 1) }],
    ['a 10 MB string', 'y'.repeat(10 * 1024 * 1024)],
    ['invalid UTF-16', { text: 'broken \uDC00 surrogate \uD83D' }],
    [
      'a throwing getter',
      Object.defineProperty({}, 'x', {
        enumerable: true,
        get: () => {
          throw new Error('getter');
        },
      }),
    ],
  ];
}

describe('the tracer never breaks the host', () => {
  for (const [label, payload] of hostilePayloads()) {
    it(`returns the untraced result for a payload with ${label}`, async () => {
      const diagnostics: Diagnostic[] = [];
      const store = memoryStore();
      const tracer = createTracer({ store, onDiagnostic: (d) => diagnostics.push(d), flushOnExit: false });
      const result = await program(tracer, payload);
      expect(result.payload).toBe(payload);
      expect(result.n).toBe(1);
      await tracer.flush();
      const trace = store.traces()[0];
      expect(trace?.workflow.status).toBe('ok');
      expect(trace?.turns).toHaveLength(2);
      // What was stored is plain JSON.
      expect(() => JSON.stringify(store.events)).not.toThrow();
      // Every recorded value stays within its budget (256 KiB by default) plus the truncation marker.
      let longest = 0;
      JSON.parse(JSON.stringify(store.events), (_key, value) => {
        if (typeof value === 'string') longest = Math.max(longest, value.length);
        return value;
      });
      expect(longest).toBeLessThanOrEqual(256 * 1024 + 64);
    });
  }

  it('contains a store that throws synchronously and reports it', async () => {
    const diagnostics: Diagnostic[] = [];
    const store: Store = {
      name: 'broken',
      append() {
        throw new Error('disk on fire');
      },
    };
    const tracer = createTracer({
      store,
      onDiagnostic: (d) => diagnostics.push(d),
      retryForMs: 50,
      flushOnExit: false,
    });
    const result = await program(tracer, { a: 1 });
    expect(result).toEqual({ payload: { a: 1 }, n: 1 });
    await tracer.flush();
    expect(diagnostics.map((d) => d.code)).toContain('store_failed');
    expect(diagnostics.some((d) => d.message.includes('dropped'))).toBe(true);
    expect(tracer.stats.eventsDropped).toBeGreaterThan(0);
  });

  it('contains a store that rejects asynchronously and recovers when it works again', async () => {
    const diagnostics: Diagnostic[] = [];
    let failures = 2;
    const written: unknown[] = [];
    const store: Store = {
      name: 'flaky',
      async append(events) {
        if (failures-- > 0) throw new Error('ENOSPC: no space left on device');
        written.push(...events);
      },
    };
    const tracer = createTracer({
      store,
      onDiagnostic: (d) => diagnostics.push(d),
      retryForMs: 10_000,
      flushOnExit: false,
    });
    const result = await program(tracer, 'ok');
    expect(result.payload).toBe('ok');
    await tracer.flush();
    expect(diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining(['store_failed', 'store_recovered']),
    );
    expect(written.length).toBe(tracer.stats.eventsWritten);
    expect(tracer.stats.eventsDropped).toBe(0);
  });

  it('drops events rather than storing unredacted text when a redactor throws', async () => {
    const diagnostics: Diagnostic[] = [];
    const store = memoryStore();
    const tracer = createTracer({
      store,
      redact: () => {
        throw new Error('redactor bug');
      },
      onDiagnostic: (d) => diagnostics.push(d),
      flushOnExit: false,
    });
    const result = await program(tracer, 'secret sk-abcdefghijklmnopqrstuvwxyz');
    expect(result.payload).toBe('secret sk-abcdefghijklmnopqrstuvwxyz');
    await tracer.flush();
    expect(diagnostics.some((d) => d.code === 'redactor_failed')).toBe(true);
    expect(JSON.stringify(store.events)).not.toContain('sk-abcdefghijklmnopqrstuvwxyz');
  });

  it('contains a diagnostics handler that throws', async () => {
    const store: Store = {
      name: 'broken',
      append() {
        throw new Error('nope');
      },
    };
    const tracer = createTracer({
      store,
      retryForMs: 10,
      onDiagnostic: () => {
        throw new Error('handler bug');
      },
      flushOnExit: false,
    });
    await expect(program(tracer, 1)).resolves.toEqual({ payload: 1, n: 1 });
    await tracer.flush();
  });

  it('redacts secrets by default before they reach the store', async () => {
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    await program(tracer, { auth: 'Bearer abcdefghijklmnop123456', mail: 'ceo@acme.example' });
    await tracer.flush();
    const text = JSON.stringify(store.events);
    expect(text).not.toContain('abcdefghijklmnop123456');
    expect(text).not.toContain('ceo@acme.example');
    expect(text).toContain('[REDACTED:bearer_token]');
  });
});
