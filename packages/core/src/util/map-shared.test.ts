import { describe, expect, it } from 'vitest';
import { mapShared } from './map-shared.ts';

const upper = (item: unknown) => (item === 'b' ? 'B' : item);

describe('mapShared', () => {
  it('returns the input itself when nothing changed', () => {
    const list = ['a', 1, null];
    const record = { x: 'a', y: [1] };
    expect(mapShared(list, upper)).toBe(list);
    expect(mapShared(record, upper)).toBe(record);
  });

  it('copies once something changed, keeping order and leaving the input alone', () => {
    const list = ['a', 'b', 'c'];
    const record = { x: 'a', y: 'b', z: 'c' };
    expect(mapShared(list, upper)).toEqual(['a', 'B', 'c']);
    expect(Object.entries(mapShared(record, upper))).toEqual([
      ['x', 'a'],
      ['y', 'B'],
      ['z', 'c'],
    ]);
    expect(list).toEqual(['a', 'b', 'c']);
    expect(record).toEqual({ x: 'a', y: 'b', z: 'c' });
  });

  it('hands each item the context, and maps own fields only', () => {
    const record = Object.create({ inherited: 'b' }) as Record<string, unknown>;
    record.x = 'b';
    const mapped = mapShared(record, (item, suffix: string) => (item === 'b' ? `b${suffix}` : item), '!');
    expect(mapped).toEqual({ x: 'b!' });
    expect(Object.keys(mapped)).toEqual(['x']);
  });
});
