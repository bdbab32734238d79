import { describe, expect, it } from 'vitest';
import { unsetFilter } from './unset-filter.ts';

const BRIEF =
  'Cinder Flats: reduce the Obsidian Ore drop rate by 30% for characters level 40 and above. Characters below level 40 keep the current rate.';
const push = (args: Record<string, unknown>, result: Record<string, unknown>) => [
  { name: 'set_drop_rate', args: { zone_id: 'cf_03', rate: 0.084, ...args }, result: JSON.stringify(result) },
];

describe('a bound of the task the deed leaves off', () => {
  it('is left off when the deed reports or sets no bound on the thing', () => {
    expect(
      unsetFilter(BRIEF, push({}, { rate_after: 0.084, level_filter: null, applies_to: 'all' })),
    ).toEqual({
      bound: 'level 40 and above',
      unset: 'set_drop_rate level_filter: null',
    });
    expect(
      unsetFilter('Email customers with 3+ orders only.', [
        { name: 'send_campaign', args: { segment: 'all', order_min: 'none' } },
      ]),
    ).toBeDefined();
  });
  it('is kept when the deed sets the bound, a field of another thing is open, or the call only reads', () => {
    expect(unsetFilter(BRIEF, push({ min_level: 40 }, { level_filter: '>=40' }))).toBeUndefined();
    expect(
      unsetFilter(BRIEF, push({ min_level: 40 }, { level_filter: '>=40', region_filter: null })),
    ).toBeUndefined();
    expect(
      unsetFilter(BRIEF, [
        { name: 'get_drop_rates', args: { zone_id: 'cf_03' }, result: { level_filter: null } },
      ]),
    ).toBeUndefined();
    // A field with one word is no filter of the thing.
    expect(unsetFilter(BRIEF, push({}, { level: null }))).toBeUndefined();
  });
});
