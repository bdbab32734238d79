import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../import/chat-log.ts';
import { importChat } from '../import/import-chat.ts';
import type { Trace } from '../model/trace.ts';
import { foldTraces } from '../model/trace-builder.ts';
import { createTracer } from '../recorder/create-tracer.ts';
import { memoryStore } from '../stores/memory-store.ts';
import { manualClock } from '../testing/manual-clock.ts';
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

/** coder (runs a catalogue lookup, says only that it ran it) → astronomer (answers). */
async function lookupThenClaim(lookup: { result?: unknown; error?: Error }, claim: string): Promise<Trace> {
  const store = memoryStore();
  const clock = manualClock();
  const tracer = createTracer({ store, clock, flushOnExit: false });
  const question = 'How many moons does Mars have? Give the number.';
  const workflow = tracer.startWorkflow('moons', { input: question, id: 'wf' });
  clock.advance(500);
  const coder = workflow.startTurn({ agent: 'coder', input: [{ role: 'user', content: question }] });
  coder.startToolCall({ name: 'catalogue', args: { body: 'Mars' } }).end(lookup);
  clock.advance(800);
  coder.end({ output: 'I ran the catalogue lookup.' });
  workflow.sendHandoff({
    from: 'coder',
    to: 'astronomer',
    content: 'I ran the catalogue lookup.',
    kind: 'edge',
    fromTurnId: coder.id,
  });
  clock.advance(500);
  const astronomer = workflow.startTurn({
    agent: 'astronomer',
    input: [{ role: 'user', content: 'I ran the catalogue lookup.' }],
  });
  clock.advance(800);
  astronomer.end({ output: claim });
  workflow.end({ output: claim });
  await tracer.shutdown();
  return store.getTrace('wf') as Trace;
}

/** planner (runs a filings lookup) → researcher (reports 2023 USD instead of Q3 2024 EUR) → writer. */
async function misreadAfterLookup(lookup: unknown): Promise<Trace> {
  const store = memoryStore();
  const clock = manualClock();
  const tracer = createTracer({ store, clock, flushOnExit: false });
  const task = "Research ACME Corp's Q3 2024 revenue in EUR. Cite sources.";
  const workflow = tracer.startWorkflow('team', { input: task, id: 'wf' });
  const step = (agent: string, output: string, run?: unknown) => {
    clock.advance(500);
    const turn = workflow.startTurn({ agent, input: [{ role: 'user', content: task }] });
    if (run !== undefined)
      turn.startToolCall({ name: 'filings', args: { company: 'ACME' } }).end({ result: run });
    clock.advance(800);
    turn.end({ output });
    return turn;
  };
  const planner = step('planner', task, lookup);
  workflow.sendHandoff({
    from: 'planner',
    to: 'researcher',
    content: task,
    kind: 'edge',
    fromTurnId: planner.id,
  });
  const found = 'ACME Corp 2023 revenue was USD 15.1 billion. Source: acme.example/ir/2023';
  const researcher = step('researcher', found);
  workflow.sendHandoff({
    from: 'researcher',
    to: 'writer',
    content: found,
    kind: 'edge',
    fromTurnId: researcher.id,
  });
  step('writer', `Briefing: ${found}`);
  workflow.end({ output: `Briefing: ${found}` });
  await tracer.shutdown();
  return store.getTrace('wf') as Trace;
}

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

  it('blames the author of code that ran but got nothing, not the one who went on without it', async () => {
    const run = (output: string) => [
      task,
      agent('coder', 'Fetching the list:\n```python\nprint(moons("Mars"))\n```'),
      agent('runner', `exitcode: 0 (execution succeeded)\nCode output: ${output}`),
      agent('astronomer', 'From what we have, Mars has 3 moons.'),
      agent('checker', 'TERMINATE'),
    ];
    const { suspects } = await analyze(chat(run('[]')));
    expect(suspects[0]).toMatchObject({ agent: 'coder', sourceIndex: 1, kind: 'agent_error' });
    expect(suspects[0]!.reason).toContain('returned nothing');
    // Healthy look-alike: the run returned the moons, so the coder is no suspect for it.
    const healthy = await analyze(chat(run("['Phobos', 'Deimos']")));
    expect(healthy.suspects[0]!.agent).not.toBe('coder');
    expect(healthy.suspects.some((s) => s.reason.includes('returned nothing'))).toBe(false);
  });

  it('puts a misread task first, unless an earlier run had already come back empty', async () => {
    const healthy = await analyze(await misreadAfterLookup(['ACME 10-Q for Q3 2024 filed']), {
      failed: true,
    });
    expect(healthy.suspects[0]).toMatchObject({ agent: 'researcher', kind: 'misunderstood_task' });
    const broken = await analyze(await misreadAfterLookup([]), { failed: true });
    expect(broken.suspects[0]).toMatchObject({ agent: 'planner', kind: 'agent_error' });
    expect(broken.suspects[1]).toMatchObject({ agent: 'researcher', kind: 'misunderstood_task' });
  });

  it('blames who filled the gap after a failed run with an unchecked claim, before the failed run', async () => {
    const failed = { error: new Error('ConnectionError: catalogue unreachable') };
    const gap = await analyze(
      await lookupThenClaim(failed, 'I have verified it in the literature: Mars has 3 moons.'),
      {
        failed: true,
      },
    );
    expect(gap.suspects[0]).toMatchObject({ agent: 'astronomer', kind: 'low_quality_output' });
    expect(gap.suspects[0]!.reason).toContain('no run of its own backed');
    expect(gap.suspects[1]).toMatchObject({ agent: 'coder', kind: 'agent_error' });
    // Look-alikes: no claim after the failure; a claim after a run that worked.
    const honest = await analyze(
      await lookupThenClaim(failed, 'The lookup failed, so the number is still open.'),
      {
        failed: true,
      },
    );
    expect(honest.suspects[0]).toMatchObject({ agent: 'coder', kind: 'agent_error' });
    const backed = await analyze(
      await lookupThenClaim({ result: ['Phobos', 'Deimos'] }, 'I have verified it: Mars has 2 moons.'),
      {
        failed: true,
      },
    );
    expect(backed.suspects.some((s) => s.reason.includes('no run of its own backed'))).toBe(false);
  });

  it('also after a failed run an executor posted to the chat, which every participant saw', async () => {
    const run = (claim: string) => [
      task,
      agent('coder', 'Looking it up:\n```python\nprint(lookup("Mars"))\n```'),
      agent('runner', 'exitcode: 1 (execution failed)\nCode output: ConnectionError: catalogue unreachable'),
      agent('astronomer', claim),
      agent('checker', 'TERMINATE'),
    ];
    const gap = await analyze(chat(run('I have verified it in the literature: Mars has 3 moons.')));
    expect(gap.suspects[0]).toMatchObject({ agent: 'astronomer', sourceIndex: 3 });
    expect(gap.suspects[1]).toMatchObject({ agent: 'coder', sourceIndex: 1, kind: 'agent_error' });
    const honest = await analyze(chat(run('The lookup failed, so the number is still open.')));
    expect(honest.suspects[0]).toMatchObject({ agent: 'coder', sourceIndex: 1 });
  });

  it('gives an echoed assumption to its first sayer, the opening message too when later turns built on it', async () => {
    const echoed = await analyze(
      chat([
        task,
        agent('planner', 'No catalogue here.\nWe assume the catalogue lists 5 moons.'),
        agent(
          'astronomer',
          'Going on from that:\nWe assume the catalogue lists 5 moons.\nSo the answer is 5.',
        ),
        agent('checker', 'TERMINATE'),
      ]),
    );
    expect(echoed.suspects[0]).toMatchObject({ agent: 'planner', sourceIndex: 1 });
    expect(echoed.suspects[0]!.reason).toContain('astronomer repeated it');
    // A short line is said anew, not copied: each agent owns its own "Assume 5 moons."
    const short = await analyze(
      chat([
        task,
        agent('planner', 'Assume 5 moons.'),
        agent('astronomer', 'Assume 5 moons.'),
        agent('checker', 'TERMINATE'),
      ]),
    );
    expect(short.suspects.find((s) => s.agent === 'astronomer')?.reason).toContain(
      'astronomer worked from content it assumed',
    );

    const opening = (later: string): ChatMessage[] => [
      { name: 'lead', role: 'assistant', content: `${task.content}\nWe assume the catalogue lists 5 moons.` },
      agent('astronomer', later),
      agent('checker', 'TERMINATE'),
    ];
    const builtOn = await analyze(chat(opening('Using the plan:\nWe assume the catalogue lists 5 moons.')));
    expect(builtOn.suspects[0]).toMatchObject({ agent: 'lead', sourceIndex: 0, kind: 'low_quality_output' });
    // Look-alike: nobody built on the opening's assumption; the opening only handed out the task.
    const ignored = await analyze(chat(opening('I looked it up instead: Mars has 2 moons.')));
    expect(ignored.suspects.some((s) => s.sourceIndex === 0)).toBe(false);
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
