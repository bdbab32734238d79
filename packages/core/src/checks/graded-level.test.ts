import { describe, expect, it } from 'vitest';
import { levelReversed } from './graded-level.ts';

const NEWS2 = '{"NEWS2": 7, "risc": "RIDICAT", "raspuns_recomandat": "evaluare urgenta"}';

describe('levelReversed: a graded level handed on the other way', () => {
  it('is found when the output gives the opposite level of the same kind', () => {
    expect(levelReversed([NEWS2], 'NEWS2 = 7. Pacientă stabilă, risc scăzut: salon obișnuit.')).toMatchObject(
      {
        key: 'risc',
        value: 'RIDICAT',
      },
    );
    expect(levelReversed(['{"severity": "critical"}'], 'Low severity; no page needed.')).toMatchObject({
      key: 'severity',
    });
  });
  it('is quiet when the output keeps the level, says both, or the tool grades several things', () => {
    expect(levelReversed([NEWS2], 'NEWS2 = 7, risc ridicat: monitorizare continuă.')).toBeUndefined();
    expect(levelReversed([NEWS2], 'Risc ridicat acum; risc scăzut după 24 h de tratament.')).toBeUndefined();
    expect(
      levelReversed(['{"a": {"risk": "high"}, "b": {"risk": "low"}}'], 'B is low risk, A needs review.'),
    ).toBeUndefined();
    // A level of another kind ("low priority" for a high risk) is another thing.
    expect(levelReversed([NEWS2], 'Bed request sent at low priority.')).toBeUndefined();
  });
});
