import { it } from 'vitest';
import { corpusPart, expectNoRegressions } from './expect-no-regressions.ts';

// The regression gate, split in six files: vitest runs two side by side, and a worker that analyses
// fewer programs keeps a smaller heap (a part of 270 programs ran past 30 minutes on a clean clone).
it(
  'keeps every baseline run of corpus part 5 of 6 passing',
  () => expectNoRegressions(corpusPart(5, 6)),
  3_600_000,
);
