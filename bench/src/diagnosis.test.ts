import { describe, expect, it } from 'vitest';
import { runDiagnosis } from './diagnosis.ts';

// A smoke run so the benchmark cannot rot: few seeds, no accuracy thresholds.
describe('diagnosis benchmark (smoke)', () => {
  it('runs and reports every kind', async () => {
    const lines: string[] = [];
    const result = await runDiagnosis({ seeds: 1, log: (line) => lines.push(line) });
    expect(result.rows.map((r) => r.kind)).toHaveLength(6);
    expect(lines.join('\n')).toContain('False alarms on healthy traces');
  }, 60_000);
});
