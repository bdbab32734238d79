import { describe, expect, it } from 'vitest';
import { miscountedTable } from './summary-counts.ts';

const table = (verdicts: string[]) =>
  [
    '| weld | result | indication |',
    '|---|---|---|',
    ...verdicts.map((v, i) => `| W-0${i + 1} | ${v} | — |`),
  ].join('\n');
const FIVE = table(['ACC', 'REJ', 'ACC', 'REJ', 'REJ']);

describe('a summary that miscounts its own table', () => {
  it('reads a count of a verdict the table gives to more or fewer rows', () => {
    expect(miscountedTable(`${FIVE}\n\nSummary: 2 accepted, 2 rejected → repair W-02, W-04.`)).toMatchObject({
      value: 'rej',
      counted: 3,
      stated: 2,
    });
    expect(miscountedTable(`${FIVE}\nRejected: 2. Accepted: 2.`)).toMatchObject({ value: 'rej' });
  });
  it('is nothing when the counts match, or the counts are of something else', () => {
    expect(miscountedTable(`${FIVE}\n\nSummary: 2 accepted, 3 rejected.`)).toBeUndefined();
    expect(miscountedTable(`${FIVE}\n\n2 accessories missing, shot 1 day late, 4 films.`)).toBeUndefined();
    // A column of free text is no column of verdicts.
    expect(miscountedTable(`${table(['ok', 'porosity', 'fusion', 'crack', 'ok'])}\n\n1 ok.`)).toBeUndefined();
  });
});
