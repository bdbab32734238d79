import { describe, expect, it } from 'vitest';
import { periodOf, wrongPeriodFigure } from './period-values.ts';

const source =
  'Unemployment rate (%): 2024 October 3.6; 2025 September 3.8; 2025 October 3.9 (403,000 persons). Published 2025-11-20.';
const task = 'Draft ~100 words on the October 2025 unemployment release.';

describe('wrongPeriodFigure', () => {
  it('finds the figure of the same month of another year stated for the month asked', () => {
    expect(
      wrongPeriodFigure(task, source, 'Unemployment fell to 3.6 percent in October, from 3.8 in September.'),
    ).toMatchObject({ stated: '3.6', row: expect.stringContaining('2024 October 3.6') });
  });
  it("lets an answer with its own period's figure pass, also beside last year's", () => {
    expect(wrongPeriodFigure(task, source, 'Unemployment rose to 3.9 percent in October.')).toBeUndefined();
    expect(
      wrongPeriodFigure(
        task,
        source,
        'Unemployment rose to 3.9 percent in October, from 3.6 a year earlier.',
      ),
    ).toBeUndefined();
  });
  it('abstains when the task names no month and year, or the source has no row for it', () => {
    expect(wrongPeriodFigure('Write about the latest figures.', source, '3.6 percent.')).toBeUndefined();
    expect(
      wrongPeriodFigure('Draft on the March 2025 release.', source, 'Unemployment was 3.6 percent.'),
    ).toBeUndefined();
  });
  it('reads a month name with its year before an ISO date in the same row', () => {
    expect(periodOf('2025 October 3.9. Published 2025-11-20.')).toEqual({ year: '2025', month: 10 });
    expect(periodOf('periods 2025-09')).toEqual({ year: '2025', month: 9 });
  });
});
