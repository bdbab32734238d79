import { analyze } from '@handoff/core';
import { recordResearchTeam } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { llmJudge } from './llm-judge.ts';
import { scriptedModel } from './testing/scripted-model.ts';

describe('llmJudge', () => {
  it('replaces the heuristic delivery verdict with the judged one, with evidence', async () => {
    const verdict = {
      verdict: 'misunderstood',
      score: 0.1,
      evidence: [{ constraint: 'Q3 2024', finding: 'the researcher searched 2023' }],
    };
    const model = scriptedModel('judge', [{ text: JSON.stringify(verdict) }]);
    const { judge } = llmJudge({ model });
    const analysis = await analyze(await recordResearchTeam('none'), { judge, judgeMode: 'replace' });
    const first = Object.values(analysis.deliveries)[0];
    expect(first).toMatchObject({ verdict: 'misunderstood', score: 0.1, judge: 'llm' });
    expect(first?.evidence[0]).toMatchObject({
      label: 'constraint "Q3 2024"',
      detail: 'the researcher searched 2023',
    });
    expect(analysis.failure?.kind).toBe('misunderstood_task');
  });

  it('caches per input and output', async () => {
    const model = scriptedModel('judge', [{ text: JSON.stringify({ score: 0.9, reason: 'complete' }) }]);
    const { scorer } = llmJudge({ model });
    const trace = await recordResearchTeam('none');
    await analyze(trace, { scorers: [scorer] });
    const calls = model.doGenerateCalls.length;
    await analyze(trace, { scorers: [scorer] });
    expect(model.doGenerateCalls.length).toBe(calls);
    expect(calls).toBeGreaterThan(0);
  });

  it('reports a judge failure and keeps the heuristic verdict', async () => {
    const errors: unknown[] = [];
    const model = scriptedModel('judge', [{ text: 'not json at all' }]);
    const { judge } = llmJudge({ model, onError: (error) => errors.push(error) });
    const analysis = await analyze(await recordResearchTeam('misunderstood_task'), { judge });
    expect(errors.length).toBeGreaterThan(0);
    expect(analysis.failure?.kind).toBe('misunderstood_task');
  });
});
