import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runAiSdkSuite } from './ai-sdk-suite.ts';
import { runDiagnosis } from './diagnosis.ts';
import { runLangGraphSuite } from './langgraph-suite.ts';
import { runMastraSuite } from './mastra-suite.ts';
import { runMemorySuite } from './memory-suite.ts';
import { runScalingSuite } from './scaling-suite.ts';

// Smoke runs so the benchmarks cannot rot: few rounds, no thresholds. Each checks the results file
// has the shape other tools read ({ suite, machine, versions, rows: [{ variant, role, … }] }).
async function expectResults(lines: string[], suite: string, roles: readonly string[]) {
  const path = /Results: (.+)$/m.exec(lines.join('\n'))?.[1];
  expect(path).toContain(`smoke/${suite}.json`);
  const results = JSON.parse(await readFile(path!, 'utf8'));
  expect(results).toMatchObject({
    suite,
    machine: { cpus: expect.any(Number) },
    versions: expect.any(Object),
  });
  for (const row of results.rows) {
    expect(row).toMatchObject({
      variant: expect.any(String),
      role: expect.stringMatching(/^(baseline|floor|handoff|peer)$/),
      medianMicros: expect.any(Number),
      addedMicros: expect.any(Number),
      ratioToBaseline: expect.any(Number),
    });
  }
  expect([...new Set(results.rows.map((row: { role: string }) => row.role))].sort()).toEqual(
    [...roles].sort(),
  );
}

describe('benchmark suites (smoke)', () => {
  const overhead = ['baseline', 'floor', 'handoff', 'peer'];
  it.each([
    ['ai-sdk', runAiSdkSuite, overhead],
    ['langgraph', runLangGraphSuite, overhead],
    ['mastra', runMastraSuite, overhead],
    ['scaling', runScalingSuite, ['baseline', 'handoff']],
    ['memory', runMemorySuite, ['baseline', 'handoff']],
  ] as const)(
    '%s runs, prints its table and writes its results',
    async (suite, run, roles) => {
      const lines: string[] = [];
      await run({ smoke: true, log: (line: string) => lines.push(line) });
      expect(lines.join('\n')).toMatch(/\| variant|\| size|\| workflows/);
      await expectResults(lines, suite, roles);
    },
    180_000,
  );

  it('diagnosis runs and reports every kind', async () => {
    const lines: string[] = [];
    const result = await runDiagnosis({ seeds: 1, smoke: true, log: (line) => lines.push(line) });
    expect(result.rows.map((r) => r.kind)).toHaveLength(6);
    expect(lines.join('\n')).toContain('False alarms on healthy traces');
  }, 60_000);
});
