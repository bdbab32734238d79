import { describe, expect, it } from 'vitest';
import { versionMajorLeft } from './version-major.ts';

const TASK =
  'web-dashboard is on react-router-dom 6.22.3. Find the newest release that stays on major 6. v7 is out of scope.';

describe('a release line the task keeps to, left by the receiver', () => {
  it('is read where the answer gives only versions of another major', () => {
    expect(versionMajorLeft(TASK, 'Latest is **7.1.1** (20 Nov); peers fine, so go with 7.1.1.')).toEqual({
      kept: 'stays on major 6',
      used: '7.1.1',
    });
    expect(
      versionMajorLeft('Bump lodash to the newest 4.x please.', 'Bumped lodash to 5.0.0-beta.1.'),
    ).toMatchObject({
      used: '5.0.0-beta.1',
    });
  });
  it('is nothing when the answer keeps to the line, even naming the newer major, or the task names none', () => {
    expect(
      versionMajorLeft(TASK, 'Latest is 7.1.1, but the newest 6.x is 6.28.1: picking 6.28.1.'),
    ).toBeUndefined();
    // The version the task gave (the one it is on) is no pick.
    expect(versionMajorLeft(TASK, 'Nothing newer than 6.22.3 fits; staying put.')).toBeUndefined();
    expect(versionMajorLeft('Bump react-router-dom to the latest.', 'Picked 7.1.1.')).toBeUndefined();
  });
});
