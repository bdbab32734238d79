import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAiSdkSuite } from './ai-sdk-suite.ts';
import { runCollectSuite } from './collect-suite.ts';
import { REWRITES } from './corpus/rewrites.ts';
import { runRewritesBench } from './corpus/rewrites-bench.ts';
import { runDiagnosis } from './diagnosis.ts';
import { runLangGraphSuite } from './langgraph-suite.ts';
import { runMastraSuite } from './mastra-suite.ts';
import { runMemorySuite } from './memory-suite.ts';
import { runScalingSuite } from './scaling-suite.ts';
import { runTranscripts } from './transcripts.ts';

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
    ['collect', runCollectSuite, ['baseline', 'handoff']],
  ] as const)(
    '%s runs, prints its table and writes its results',
    async (suite, run, roles) => {
      const lines: string[] = [];
      await run({ smoke: true, log: (line: string) => lines.push(line) });
      expect(lines.join('\n')).toMatch(/\| variant|\| size|\| workflows/);
      await expectResults(lines, suite, roles);
      if (roles === overhead) expect(lines.join('\n')).toMatch(/added time (?:is )?-?[\d.]+× \(CPU; wall/);
    },
    180_000,
  );

  it('diagnosis runs and reports every kind', async () => {
    const lines: string[] = [];
    const result = await runDiagnosis({ seeds: 1, smoke: true, log: (line) => lines.push(line) });
    expect(result.rows.map((r) => r.kind)).toHaveLength(6);
    expect(lines.join('\n')).toContain('False alarms on healthy traces');
  }, 60_000);

  it('rewrites runs every rewrite of the chosen programs and reports what changed', async () => {
    const lines: string[] = [];
    const results = await runRewritesBench({ smoke: true, log: (line) => lines.push(line) });
    expect(results.map((r) => r.rewrite)).toEqual(Object.keys(REWRITES));
    expect(lines.join('\n')).toContain('diagnosis changed');
  }, 120_000);

  it('transcripts scores labelled logs and prints the baselines beside it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'handoff-transcripts-'));
    try {
      const log = (culprit: string, step: number) => ({
        history: [
          { name: 'lead', role: 'assistant', content: 'Task: how many moons does Mars have?' },
          { name: 'coder', role: 'user', content: 'Running:\n```python\nprint(moons())\n```' },
          {
            name: 'runner',
            role: 'user',
            content: 'exitcode: 1 (execution failed)\nCode output: NameError: moons',
          },
          { name: 'checker', role: 'user', content: 'Assume 5 moons then. TERMINATE' },
        ],
        mistake_agent: culprit,
        mistake_step: String(step),
      });
      // The checker filled the gap the failed run left with an assumption: it is the top suspect.
      await writeFile(join(dir, '1.json'), JSON.stringify(log('checker', 3)));
      await writeFile(join(dir, '2.json'), JSON.stringify(log('coder', 1)));
      const lines: string[] = [];
      const rows = await runTranscripts({ data: dir, smoke: true, log: (line) => lines.push(line) });
      const handoff = rows!.filter((r) => r.method.startsWith('Handoff'));
      expect(handoff.map((r) => [r.half, r.cases, r.agent, r.step[0]])).toEqual([
        ['development', 1, 100, 100],
        ['held-out', 1, 0, 0],
        ['all', 2, 50, 50],
      ]);
      expect(lines.join('\n')).toContain('baseline: most frequent agent');
      const path = /Results: (.+)$/m.exec(lines.join('\n'))?.[1];
      expect(path).toContain('smoke/transcripts.json');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
