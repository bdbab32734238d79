import { describe, expect, it } from 'vitest';
import { excludedGroupDone } from './excluded-done.ts';

const BRIEF =
  'Grant 500 Credits to every account in set AS-4471. Leave out the 212 accounts in that set carrying the CB_HOLD flag — they receive nothing. Reason code COMP-INC-4471.';
const grant = (result: unknown) => [
  { name: 'grant_currency', args: { target_set: 'AS-4471', amount: 500 }, result: JSON.stringify(result) },
];

describe('a group the task leaves out by its code', () => {
  it('is done when the deed breaks what it did down by code, the group among it', () => {
    expect(
      excludedGroupDone(
        BRIEF,
        grant({
          accounts_granted: 48210,
          accounts_skipped: 0,
          by_account_flag: { none: 47998, CB_HOLD: 212 },
        }),
      ),
    ).toEqual({
      rule: expect.stringContaining('CB_HOLD'),
      done: 'grant_currency: accounts_granted 48210, all of by_account_flag with CB_HOLD 212',
    });
  });
  it('is not done when the group is left out, counted apart, or the breakdown is of the whole set', () => {
    expect(
      excludedGroupDone(
        BRIEF,
        grant({ accounts_granted: 47998, by_account_flag: { none: 47998, CB_HOLD: 0 } }),
      ),
    ).toBeUndefined();
    expect(
      excludedGroupDone(
        BRIEF,
        grant({
          accounts_granted: 47998,
          accounts_skipped: 212,
          skipped_by_flag: { CB_HOLD: 212, OTHER: 0 },
        }),
      ),
    ).toBeUndefined();
    // The set's own make-up, beside a count of what was granted that leaves the group out.
    expect(
      excludedGroupDone(
        BRIEF,
        grant({ set_size: 48210, by_account_flag: { none: 47998, CB_HOLD: 212 }, accounts_granted: 47998 }),
      ),
    ).toBeUndefined();
    // A call that only reads the set.
    expect(
      excludedGroupDone(BRIEF, [
        {
          name: 'get_set_stats',
          args: {},
          result: { accounts_granted: 48210, by_account_flag: { none: 47998, CB_HOLD: 212 } },
        },
      ]),
    ).toBeUndefined();
  });
});

describe('a part of a set the task bounds by a day', () => {
  const FREEZER =
    'F-07 clean-out: discard PL-2291 plasma aliquots with freeze date < 2026-03-01 only. Aliquots frozen 2026-03-01 or later stay (cohort study).';
  const query = {
    name: 'lims_query',
    args: { batch: 'PL-2291' },
    result: '{"aliquots":64,"by_freeze_date":{"2025-11-18":24,"2026-01-09":16,"2026-03-04":24}}',
  };
  const discard = (n: number) => ({
    name: 'lims_discard',
    args: { batch: 'PL-2291' },
    result: { discarded: n },
  });
  it('is done when a deed did as many as the parts on both sides of the day', () => {
    expect(excludedGroupDone(FREEZER, [query, discard(64)])).toMatchObject({
      done: 'lims_discard: discarded 64, all of by_freeze_date (2025-11-18, 2026-01-09, 2026-03-04)',
    });
    expect(
      excludedGroupDone('Discard the aliquots frozen before 1 March 2026.', [query, discard(64)]),
    ).toBeDefined();
  });
  it('is not done for the parts inside the bound, a set all on one side, or no bound at all', () => {
    expect(excludedGroupDone(FREEZER, [query, discard(40)])).toBeUndefined();
    expect(
      excludedGroupDone(FREEZER, [
        { ...query, result: '{"by_freeze_date":{"2025-11-18":24,"2026-01-09":16}}' },
        discard(40),
      ]),
    ).toBeUndefined();
    expect(
      excludedGroupDone('F-07 clean-out: discard batch PL-2291 on 2026-03-09.', [query, discard(64)]),
    ).toBeUndefined();
  });
});
