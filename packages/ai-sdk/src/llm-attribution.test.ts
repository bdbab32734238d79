import { analyze, foldTraces, importChat, type Trace } from '@handoff/core';
import { describe, expect, it } from 'vitest';
import { llmAttribution } from './llm-attribution.ts';
import { renderTrace } from './render-trace.ts';
import { scriptedModel } from './testing/scripted-model.ts';

function chat(messages: { name: string; content: string }[]): Trace {
  const events = importChat(
    { source: 'test.json', messages: messages.map((m) => ({ ...m, role: 'user' })) },
    { workflowId: 'wf', feedback: { correct: false } },
  );
  return foldTraces(events)[0]!;
}

const run = chat([
  { name: 'lead', content: 'Task: how many moons does Mars have?' },
  { name: 'astronomer', content: 'Mars has 2 moons: Phobos and Deimos.' },
  { name: 'editor', content: 'Rounded up for the reader: Mars has 3 moons.' },
  { name: 'checker', content: 'Looks good. The answer is 3. TERMINATE' },
]);

const promptOf = (call: { prompt: unknown }) => JSON.stringify(call.prompt);
const blame = (step: number, agent: string) =>
  JSON.stringify({ step, agent, kind: 'low_quality_output', reason: `${agent} changed the count` });

describe('llmAttribution', () => {
  it('puts the step the model names first, with its reason, source index and kind', async () => {
    const model = scriptedModel('judge', [{ text: blame(3, 'editor') }]);
    const { attribute } = llmAttribution({ model, name: 'llm:test' });
    const analysis = await analyze(run, { attribute });
    expect(analysis.suspects[0]).toMatchObject({
      agent: 'editor',
      sourceIndex: 2,
      kind: 'low_quality_output',
    });
    expect(analysis.suspects[0]!.reason).toMatch(/^llm:test: editor changed the count/);
    expect(analysis.failure).toMatchObject({ sourceIndex: 2, boundary: { from: 'editor' } });
    // The deterministic suspects went into the prompt as hints.
    expect(promptOf(model.doGenerateCalls[0]!)).toContain('HINTS FROM DETERMINISTIC CHECKS');
    expect(model.doGenerateCalls).toHaveLength(1);
  });

  it('asks again after a malformed answer, and gives up after maxAttempts with the deterministic answer', async () => {
    const retried = scriptedModel('judge', [{ text: 'the editor did it' }, { text: blame(3, 'editor') }]);
    const first = await analyze(run, { attribute: llmAttribution({ model: retried }).attribute });
    expect(retried.doGenerateCalls).toHaveLength(2);
    expect(first.suspects[0]!.agent).toBe('editor');

    const errors: unknown[] = [];
    const broken = scriptedModel('judge', [
      { text: 'not json' },
      { text: blame(9, 'editor') }, // no step 9
      { text: blame(2, 'editor') }, // step 2 is the astronomer's
    ]);
    const { attribute } = llmAttribution({ model: broken, maxAttempts: 3, onError: (e) => errors.push(e) });
    const analysis = await analyze(run, { attribute });
    expect(broken.doGenerateCalls).toHaveLength(3);
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toMatch(/step 2 is by astronomer/);
    expect(analysis.suspects[0]).toEqual((await analyze(run)).suspects[0]);
  });

  it('walks the steps one by one in step-wise mode and stops at the first faulty one', async () => {
    const no = JSON.stringify({ faulty: false, reason: 'fine' });
    const yes = JSON.stringify({
      faulty: true,
      kind: 'low_quality_output',
      reason: 'the count changed here',
    });
    const model = scriptedModel('judge', [{ text: no }, { text: no }, { text: yes }, { text: no }]);
    const analysis = await analyze(run, {
      attribute: llmAttribution({ model, mode: 'step-wise' }).attribute,
    });
    expect(model.doGenerateCalls).toHaveLength(3);
    expect(analysis.suspects[0]).toMatchObject({ agent: 'editor', sourceIndex: 2 });
    // Each question shows the steps up to the one asked about, not the rest.
    expect(promptOf(model.doGenerateCalls[0]!)).not.toContain('Rounded up');
    expect(promptOf(model.doGenerateCalls[2]!)).toContain('Rounded up');
  });

  it('keeps every prompt within its token budget, however long the run', async () => {
    const long = [{ name: 'lead', content: `Task: ${'describe the data. '.repeat(2_000)}` }];
    for (let i = 1; i <= 240; i++)
      long.push({
        name: `agent${i % 4}`,
        content: `Step ${i}: ${'observation '.repeat(200 + (i % 7) * 50)}`,
      });
    const trace = chat(long);
    const model = scriptedModel('judge', [{ text: blame(241, 'agent0') }]);
    await analyze(trace, { attribute: llmAttribution({ model, maxPromptTokens: 3_000 }).attribute });
    const prompt = promptOf(model.doGenerateCalls[0]!);
    expect(prompt.length).toBeLessThanOrEqual(3_000 * 4 + 200); // the JSON envelope of the call
    expect(prompt).toContain('[1] lead');
    expect(prompt).toContain('[241] agent0');
    expect(prompt).toMatch(/steps left out/);
  }, 60_000);

  it('renders whose steps went where, what runs returned or failed with, and the final output', () => {
    const trace = chat([
      { name: 'lead', content: 'Task: count.' },
      { name: 'coder', content: '```python\nprint(n)\n```' },
      {
        name: 'runner',
        content: "exitcode: 1 (execution failed)\nCode output: NameError: name 'n' is not defined",
      },
      { name: 'checker', content: 'It failed. TERMINATE' },
    ]);
    const { text, steps } = renderTrace(trace, { maxChars: 4_000 });
    expect(steps.map((s) => s.agent)).toEqual(['lead', 'coder', 'checker']);
    expect(text).toContain('[2] coder → everyone (message 1): ```python');
    expect(text).toContain('run runner: FAILED NameError');
    expect(text).toMatch(/FINAL OUTPUT:\nIt failed. TERMINATE/);
  });
});
