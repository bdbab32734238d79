import { describe, expect, it } from 'vitest';
import type { AgentTurn } from '../model/trace.ts';
import { swappedTotal } from './record-totals.ts';
import type { ScorerInput } from './scorers.ts';

const SCORES = JSON.stringify({
  entries: [
    { no: 'TP-03', maker: 'Ann Pryce', j1: 8.5, j2: 9.0, j3: 8.5 },
    { no: 'TP-07', maker: 'Mercy Okonjo', j1: 9.0, j2: 9.5, j3: 9.0 },
    { no: 'TP-09', maker: 'Rita Dale', j1: 8.0, j2: 8.5, j3: 9.0 },
  ],
});
const score = (output: string) =>
  swappedTotal({
    output,
    turn: {
      agent: 'tabulator',
      toolCalls: [{ name: 'get_scores', args: {}, result: SCORES }],
      modelCalls: [],
    } as unknown as AgentTurn,
  } as ScorerInput);
const table = (rows: string[]) => ['| rank | no | total |', '|---|---|---|', ...rows].join('\n');

describe('swappedTotal: a record given another record’s total', () => {
  it('catches totals swapped between records', () => {
    expect(
      score(table(['| 1 | TP-07 | 27.5 |', '| 2 | TP-09 | 26.0 |', '| 3 | TP-03 | 25.5 |']))?.reason,
    ).toContain('TP-03');
  });
  it('is quiet when each record has its own total, or the answer gives no totals', () => {
    expect(
      score(table(['| 1 | TP-07 | 27.5 |', '| 2 | TP-03 | 26.0 |', '| 3 | TP-09 | 25.5 |'])),
    ).toBeUndefined();
    expect(score('Placed: 1st TP-07, 2nd TP-03 (26.0 points), 3rd TP-09.')).toBeUndefined();
  });
});
