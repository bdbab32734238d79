import { describe, expect, it } from 'vitest';
import { clockOffsets } from './clock-offsets.ts';

describe('clockOffsets', () => {
  it('keeps clocks that agree within the latency of their messages', () => {
    const offsets = clockOffsets('', [
      { from: '', to: 'b', sentAt: 100, receivedAt: 103 },
      { from: 'b', to: '', sentAt: 150, receivedAt: 152 },
    ]);
    expect(offsets.get('b')).toBe(0);
  });

  it('moves a slow clock forward just enough for every message to arrive after it left', () => {
    const offsets = clockOffsets('', [
      { from: '', to: 'b', sentAt: 100, receivedAt: -4_898 },
      { from: 'b', to: '', sentAt: -4_850, receivedAt: 152 },
    ]);
    expect(offsets.get('b')).toBe(4_998);
  });

  it('follows a chain of writers and prefers the received message when bounds conflict', () => {
    const offsets = clockOffsets('', [
      { from: '', to: 'b', sentAt: 100, receivedAt: 50 },
      { from: 'b', to: '', sentAt: 90, receivedAt: 60 },
      { from: 'b', to: 'c', sentAt: 80, receivedAt: 1_000 },
    ]);
    expect(offsets.get('b')).toBe(50);
    expect(offsets.get('c')).toBe(0);
  });

  it('leaves writers no message connects to the root out', () => {
    expect(clockOffsets('', [{ from: 'x', to: 'y', sentAt: 10, receivedAt: 0 }]).has('x')).toBe(false);
  });
});
