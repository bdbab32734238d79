import { describe, expect, it } from 'vitest';
import { partsMerged } from './merged-parts.ts';

const WALK = JSON.stringify({
  hurdle: { readings: 16, avg: 7.2, firmest: '7.6 (4f start)' },
  chase: { readings: 18, avg: 8.9, firmest: '9.6 (back straight)' },
  all: { readings: 34, avg: 8.1 },
});
const TASK =
  'Walk both tracks: report the HURDLE course and the CHASE course SEPARATELY (avg + firmest each).';

describe('parts a task asks for apart, answered with the whole', () => {
  it('reads the whole’s figure given alone', () => {
    expect(partsMerged(TASK, WALK, '34 readings. GoingStick 8.1 → Good.')).toEqual({
      parts: ['hurdle', 'chase'],
      whole: 'all',
      figure: 8.1,
    });
  });
  it('is nothing when the parts are given, or the task never asks for them apart', () => {
    expect(
      partsMerged(TASK, WALK, 'Hurdle 7.2 (Good to Soft), chase 8.9 (Good); 8.1 overall.'),
    ).toBeUndefined();
    expect(
      partsMerged('Walk both tracks, hurdle and chase; one going for the day.', WALK, 'GoingStick 8.1.'),
    ).toBeUndefined();
  });
});
