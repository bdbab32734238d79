import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../import/chat-log.ts';
import { importChat } from '../import/import-chat.ts';
import { foldTraces } from '../model/trace-builder.ts';
import { type FixtureFault, recordResearchTeam } from '../testing/research-team-fixture.ts';
import { analyze } from './analyze.ts';

function chat(messages: ChatMessage[], failed = true) {
  const events = importChat(
    { source: 'test.json', messages },
    { workflowId: 'wf', ...(failed ? { feedback: { correct: false } } : {}) },
  );
  return foldTraces(events)[0]!;
}

const task: ChatMessage = {
  name: 'lead',
  role: 'assistant',
  content: 'Task: how many moons does Mars have? Give the number.',
};
const agent = (name: string, content: string): ChatMessage => ({ name, role: 'user', content });

describe('suspects for a run known to have failed', () => {
  it("blames the author of code whose run failed, at the author's message", async () => {
    const trace = chat([
      task,
      agent('coder', 'Counting:\n```python\nprint(count_moons("Mars"))\n```'),
      agent(
        'runner',
        "exitcode: 1 (execution failed)\nCode output: NameError: name 'count_moons' is not defined",
      ),
      agent('checker', 'The program could not count them. TERMINATE'),
    ]);
    const { suspects, failure } = await analyze(trace);
    expect(suspects[0]).toMatchObject({ agent: 'coder', sourceIndex: 1, kind: 'agent_error' });
    expect(suspects[0]!.reason).toContain('NameError');
    expect(failure).toMatchObject({ kind: 'agent_error', sourceIndex: 1, boundary: { from: 'coder' } });
  });

  it('blames the agent that first stated the wrong answer, not the one that repeated it', async () => {
    const trace = chat([
      task,
      agent('astronomer', 'Mars has 3 moons: Phobos, Deimos and Nix.'),
      agent('checker', 'I agree. The answer is **3** (Phobos, Deimos, Nix).'),
    ]);
    const { suspects } = await analyze(trace);
    expect(suspects[0]).toMatchObject({ agent: 'astronomer', sourceIndex: 1 });
    expect(suspects[0]!.reason).toMatch(/first stated the final answer's .*3/);
    // The checker declared success without checking anything itself: it owns that verdict.
    expect(suspects).toContainEqual(
      expect.objectContaining({ agent: 'checker', sourceIndex: 2, kind: 'unchecked_output' }),
    );
  });

  it('blames the agent that put assumed data in place of facts', async () => {
    const trace = chat([
      task,
      agent('planner', 'We should look the number up in an ephemeris and report it.'),
      agent('astronomer', 'The ephemeris is unavailable, so let us simulate it: assume 5 moons.'),
      agent('checker', 'Result noted. TERMINATE'),
    ]);
    const { suspects } = await analyze(trace);
    expect(suspects[0]).toMatchObject({ agent: 'astronomer', sourceIndex: 2, kind: 'low_quality_output' });
  });

  it('finds the agent that brought in the wrong fact in an orchestrated log (X (-> Y) roles)', async () => {
    const events = importChat(
      {
        source: 'orchestrated.json',
        messages: [
          { role: 'human', content: 'How tall is the Eiffel Tower in metres, rounded to the nearest ten?' },
          { role: 'orchestrator (thought)', content: 'Plan: ask the searcher, then have the writer answer.' },
          { role: 'orchestrator (-> searcher)', content: 'Look up the height of the Eiffel Tower.' },
          { role: 'searcher', content: 'I read a travel page: the Eiffel Tower is 280 metres tall.' },
          {
            role: 'orchestrator (-> writer)',
            content: 'Write the final answer from the searcher’s finding.',
          },
          { role: 'writer', content: 'FINAL ANSWER: 280' },
        ],
      },
      { workflowId: 'wf', feedback: { correct: false, expected: '330' } },
    );
    const { suspects } = await analyze(foldTraces(events)[0]!);
    expect(suspects[0]).toMatchObject({ agent: 'searcher', sourceIndex: 3 });
  });

  it('gives a loop to the agent that repeats itself, at its first message', async () => {
    const ask = 'Please share the ephemeris file so that I can count the moons of Mars from it, thank you.';
    const trace = chat([
      task,
      agent('planner', 'Start from the ephemeris file.'),
      agent('astronomer', ask),
      agent('planner', 'I do not have it.'),
      agent('astronomer', ask),
      agent('planner', 'Still no file.'),
      agent('astronomer', ask),
    ]);
    const { suspects } = await analyze(trace);
    expect(suspects[0]).toMatchObject({ agent: 'astronomer', sourceIndex: 2, kind: 'handoff_loop' });
  });

  it('still names a cause when no turn shows a fault, and never more than five suspects', async () => {
    const quiet = chat([task, agent('astronomer', 'Mars has moons.'), agent('checker', 'TERMINATE')]);
    const { suspects, failure } = await analyze(quiet);
    expect(suspects[0]).toMatchObject({ agent: 'astronomer', sourceIndex: 1 });
    expect(failure).not.toBeNull();

    const busy = [task];
    for (let i = 1; i <= 12; i++)
      busy.push(agent(`agent${i % 3}`, `Step ${i}: assume value ${i * 17} for part ${i}.`));
    expect((await analyze(chat(busy))).suspects).toHaveLength(5);
  });

  it('keeps today’s answer for a run not marked failed', async () => {
    const trace = chat([task, agent('astronomer', 'Mars has 2 moons: Phobos and Deimos.')], false);
    const analysis = await analyze(trace);
    expect(analysis.suspects).toEqual([]);
    expect(analysis.failure).toBeNull();
    expect((await analyze(trace, { failed: true })).suspects[0]).toMatchObject({ agent: 'astronomer' });
  });

  const faults: FixtureFault[] = [
    'stale_context',
    'misunderstood_task',
    'low_quality_output',
    'lost_message',
    'agent_error',
    'handoff_loop',
  ];
  for (const fault of faults) {
    it(`keeps the checks' root cause of a recorded ${fault} run marked failed`, async () => {
      const trace = await recordResearchTeam(fault);
      const plain = await analyze(trace);
      const known = await analyze(trace, { failed: true });
      expect(known.failure).toEqual(plain.failure);
      expect(known.suspects[0]).toMatchObject({ findingId: plain.failure!.findingId });
    });
  }
});
