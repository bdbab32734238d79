import { describe, expect, it } from 'vitest';
import { spanMissed, spansOf } from './date-span.ts';

const BRIEF =
  'HC-UK-0318 Line 2. Pull the water-bath stunner logs for wk 47, 16–22 Nov — the week the CCTV was down. Check every batch (min 10 birds/shift).';
const logs = (from: string, to: string) => [{ name: 'stunner_logs', args: { site: 2, from, to } }];

describe('spansOf', () => {
  it('reads spans of days in their usual spellings', () => {
    expect(spansOf('wk 47, 16–22 Nov')).toHaveLength(1);
    expect(spansOf('Nov 16-22 and again')).toHaveLength(1);
    expect(spansOf('2026-11-16 to 2026-11-22')).toHaveLength(1);
    expect(spansOf('25–75 mA per bird, 10-12 per shift')).toEqual([]);
  });
});

describe('spanMissed: calls for other days than the span the task sets', () => {
  it('catches calls whose days all miss the span', () => {
    expect(spanMissed(BRIEF, logs('2026-11-23', '2026-11-29'))).toMatchObject({ asked: '16–22 Nov' });
  });
  it('is quiet when a call covers the span, or the task names more than one span', () => {
    expect(spanMissed(BRIEF, logs('2026-11-16', '2026-11-22'))).toBeUndefined();
    expect(spanMissed(BRIEF, logs('2026-11-01', '2026-11-30'))).toBeUndefined();
    // A baseline week beside the asked one.
    expect(
      spanMissed(BRIEF, [...logs('2026-11-09', '2026-11-15'), ...logs('2026-11-16', '2026-11-22')]),
    ).toBeUndefined();
    expect(spanMissed('Compare 9–15 Nov with 16–22 Nov.', logs('2026-11-23', '2026-11-29'))).toBeUndefined();
    // One day is no span of days; dates far from the span are another record's.
    expect(spanMissed(BRIEF, [{ name: 'book', args: { on: '2026-11-25' } }])).toBeUndefined();
    expect(spanMissed(BRIEF, logs('2025-03-01', '2025-03-31'))).toBeUndefined();
  });
});
