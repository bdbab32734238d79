import { it } from 'vitest';
import { corpusPart, expectNoRegressions } from './expect-no-regressions.ts';

// The regression gate, split in three files so vitest runs the parts in parallel.
it(
  'keeps every baseline run of corpus part 1 of 3 passing',
  () => expectNoRegressions(corpusPart(1, 3)),
  3_600_000,
);
