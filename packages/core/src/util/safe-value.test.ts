import { describe, expect, it } from 'vitest';
import { TRUNCATION_MARKER, toSafeValue } from './safe-value.ts';

describe('toSafeValue', () => {
  it('replaces cycles, BigInt, functions and symbols with readable placeholders', () => {
    const value: Record<string, unknown> = { n: 10n, f: function named() {}, s: Symbol('x'), list: [1, 'a'] };
    value.self = value;
    expect(toSafeValue(value, { maxBytes: 1000 })).toEqual({
      n: '10n',
      s: 'Symbol(x)',
      list: [1, 'a'],
      self: '[Circular]',
    });
  });

  it('describes binary data instead of copying it', () => {
    expect(toSafeValue({ b: Buffer.from('hello') }, { maxBytes: 1000 })).toEqual({ b: '[Buffer 5 bytes]' });
  });

  it('cuts strings past the budget and says how much was dropped', () => {
    const out = toSafeValue('x'.repeat(10_000_000), { maxBytes: 100 }) as string;
    expect(out.startsWith('x'.repeat(100))).toBe(true);
    expect(out).toContain(`${TRUNCATION_MARKER} 9999900 chars]`);
  });

  it('repairs lone surrogates so the value can be written as UTF-8', () => {
    const out = toSafeValue('ok \uD800 end', { maxBytes: 100 }) as string;
    expect(out).toBe('ok \uFFFD end');
    expect(out.isWellFormed()).toBe(true);
  });

  it('keeps shared (non-circular) references and copies Maps, Sets, Dates and Errors', () => {
    const shared = { a: 1 };
    const out = toSafeValue(
      {
        x: shared,
        y: shared,
        m: new Map([['k', 1]]),
        s: new Set([2]),
        d: new Date(0),
        e: new TypeError('bad'),
      },
      { maxBytes: 1000 },
    ) as Record<string, unknown>;
    expect(out.x).toEqual({ a: 1 });
    expect(out.y).toEqual({ a: 1 });
    expect(out.m).toEqual({ k: 1 });
    expect(out.s).toEqual([2]);
    expect(out.d).toBe('1970-01-01T00:00:00.000Z');
    expect(out.e).toMatchObject({ name: 'TypeError', message: 'bad' });
  });

  it('survives getters that throw', () => {
    const hostile = Object.defineProperty({}, 'boom', {
      enumerable: true,
      get() {
        throw new Error('nope');
      },
    });
    expect(toSafeValue(hostile, { maxBytes: 100 })).toBe('[Unreadable: nope]');
  });

  it('stops at the depth limit', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 10_000; i++) deep = { d: deep };
    expect(JSON.stringify(toSafeValue(deep, { maxBytes: 1_000_000 }))).toContain('[MaxDepth]');
  });
});
