import { describe, expect, it } from 'vitest';
import { appliedPerItem } from './applied-once.ts';

const TASK =
  'Three depots flooded in the same storm: one occurrence under clause 7, so the EUR 10 000 excess applies once to the combined loss.';
const settle = (basis: string) => [
  { name: 'compute_settlement', args: { gross: [5, 4, 2], excess_basis: basis } },
];

describe('a thing the task applies once', () => {
  it('is applied per item by a deed whose argument for it says "per …"', () => {
    expect(appliedPerItem(TASK, settle('per_depot'))).toMatchObject({
      used: 'compute_settlement excess_basis: per_depot',
    });
  });
  it('is nothing when the deed applies it once, the task says nothing of once, or the "per" is about another thing', () => {
    expect(appliedPerItem(TASK, settle('single_occurrence'))).toBeUndefined();
    expect(
      appliedPerItem('The EUR 10 000 excess applies to each depot.', settle('per_depot')),
    ).toBeUndefined();
    expect(
      appliedPerItem(TASK, [{ name: 'book_visit', args: { inspection_plan: 'each site', excess: 'once' } }]),
    ).toBeUndefined();
  });
});
