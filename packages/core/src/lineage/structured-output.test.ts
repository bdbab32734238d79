import { describe, expect, it } from 'vitest';
import { shownPart } from './structured-output.ts';

const plan = {
  algebra: 'Write 3 algebra questions for class 9B, 5 points each, answer field max 2000 characters.',
  geometry: 'Write 3 geometry questions for class 9B, 5 points each, answer field max 2000 characters.',
};

describe('shownPart', () => {
  it('gives the brief a worker was shown out of a plan of templated briefs', () => {
    expect(shownPart(plan, `You write geometry questions.\n${plan.geometry}`)).toEqual({
      geometry: plan.geometry,
    });
  });

  it('keeps the whole value when all or none of it was shown, and non-objects as they are', () => {
    expect(shownPart(plan, `${plan.algebra}\n${plan.geometry}`)).toBe(plan);
    expect(shownPart(plan, 'Write a haiku about autumn.')).toBe(plan);
    expect(shownPart('a text', 'another text')).toBe('a text');
  });
});
