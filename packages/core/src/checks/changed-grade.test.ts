import { describe, expect, it } from 'vitest';
import { receivedTaskFailure } from '../testing/recorded-failure.ts';
import { changedGrade } from './changed-grade.ts';

const TASK =
  'ULS-0093 Mill Road, 64 m corridor. Scope per spec clause 4.2: PAS 128 survey type B, quality level QL-B2 minimum, EML and GPR over the full corridor. Report what you detected.';
const survey = (method: string) => [{ name: 'site_survey', args: `job ULS-0093 method ${method}` }];

describe('a grade the task sets, done as another', () => {
  it('names the asked grade and the one done', () => {
    expect(changedGrade(TASK, survey('PAS128 type C: walkover, cover lifts'))).toEqual({
      asked: 'type B',
      done: 'type C',
    });
  });
  it('is nothing when the asked grade is done too, or the other value is of another kind', () => {
    expect(changedGrade(TASK, survey('PAS128 type B: EML + GPR, 2 passes'))).toBeUndefined();
    expect(changedGrade(TASK, survey('type B detection; type C record check first'))).toBeUndefined();
    expect(changedGrade(TASK, survey('GPR type 2 antenna, 250/700 MHz'))).toBeUndefined();
    expect(changedGrade('Walk the route and lift the covers.', survey('type C walkover'))).toBeUndefined();
  });
  it('is a misread task of the receiver', async () => {
    const run = (method: string) =>
      receivedTaskFailure(
        ['survey_lead', 'detection_surveyor'],
        TASK,
        [
          {
            name: 'site_survey',
            args: { job: 'ULS-0093', method },
            result: 'Walkover done, 6 covers lifted.',
          },
        ],
        'ULS-0093 surveyed: 7 assets confirmed, trench line clear.',
      );
    expect(await run('PAS128 type C: walkover, cover lifts')).toBe(
      'misunderstood_task survey_lead → detection_surveyor (detection_surveyor)',
    );
    expect(await run('PAS128 type B: EML + GPR sweep')).toBeNull();
  });
});
