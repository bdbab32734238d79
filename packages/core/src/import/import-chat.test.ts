import { describe, expect, it } from 'vitest';
import { analyze } from '../diagnose/analyze.ts';
import { foldTraces } from '../model/trace-builder.ts';
import { expectWellFormedTrace } from '../testing/expect-well-formed-trace.ts';
import type { ChatMessage } from './chat-log.ts';
import { importChat } from './import-chat.ts';

function load(messages: ChatMessage[], options: Partial<Parameters<typeof importChat>[1]> = {}) {
  const events = importChat({ source: 'test.json', messages }, { workflowId: 'wf', ...options });
  const [trace] = foldTraces(events);
  expectWellFormedTrace(trace!);
  return { trace: trace!, events };
}

const groupChat: ChatMessage[] = [
  { name: 'planner', role: 'assistant', content: 'Task: count the even addresses in clients.xlsx.' },
  { name: 'coder', role: 'user', content: 'Running it:\n```python\nprint(count())\n```' },
  {
    name: 'runner',
    role: 'user',
    content:
      'exitcode: 1 (execution failed)\nCode output: Traceback (most recent call last):\n  File "x.py", line 1\nNameError: name \'count\' is not defined',
  },
  { name: 'coder', role: 'user', content: 'Fixed:\n```python\nprint(4)\n```' },
  { name: 'runner', role: 'user', content: 'exitcode: 0 (execution succeeded)\nCode output: 4' },
  { name: 'checker', role: 'user', content: 'Verified: the answer is 4.' },
  { name: 'checker', role: 'user', content: 'TERMINATE' },
];

describe('importChat', () => {
  it('records a group chat: turns with their source index, broadcasts, and the manager picking speakers', () => {
    const { trace } = load(groupChat);
    expect(trace.turns.map((t) => [t.agent, t.metadata.sourceIndex])).toEqual([
      ['planner', 0],
      ['coder', 1],
      ['coder', 3],
      ['checker', 5],
      ['checker', 6],
    ]);
    expect(trace.workflow.input).toBe(groupChat[0]!.content);
    expect(trace.workflow.output).toBe('Verified: the answer is 4.');
    const fromPlanner = trace.handoffs.filter((h) => h.from === 'planner');
    expect(fromPlanner.map((h) => [h.kind, h.to, h.toTurnId])).toEqual([
      ['broadcast', 'coder', 'turn-1'],
      ['broadcast', 'checker', 'turn-5'],
    ]);
    const routes = trace.handoffs.filter((h) => h.kind === 'route');
    expect(routes.map((h) => [h.from, h.to, h.toTurnId])).toEqual([
      ['manager', 'coder', 'turn-1'],
      ['manager', 'coder', 'turn-3'],
      ['manager', 'checker', 'turn-5'],
      ['manager', 'checker', 'turn-6'],
    ]);
    // No private message from a speaker to whoever happens to speak next.
    expect(trace.handoffs.some((h) => h.kind === 'explicit')).toBe(false);
  });

  it("records an executor's output as a tool call of the turn whose code it ran", () => {
    const { trace } = load(groupChat);
    expect(trace.turns.some((t) => t.agent === 'runner')).toBe(false);
    const [first, second] = trace.turns.filter((t) => t.agent === 'coder');
    expect(first!.toolCalls).toMatchObject([
      { name: 'runner', args: { code: 'print(count())' }, error: { name: 'NameError' } },
    ]);
    expect(second!.toolCalls[0]).toMatchObject({ result: expect.stringContaining('Code output: 4') });
    expect(second!.toolCalls[0]!.error).toBeUndefined();
    // The checker saw the program's output in its input, as everyone in the chat did.
    const checker = trace.turns.find((t) => t.agent === 'checker')!;
    expect(checker.input.map((m) => m.name)).toEqual(['planner', 'coder', 'runner', 'coder', 'runner']);
  });

  it('sends `X (-> Y)` to Y alone and keeps `X (thought)` as X’s own step', () => {
    const { trace } = load([
      { role: 'human', content: 'What is the capital of the country with the most lakes?' },
      { role: 'lead (thought)', content: 'I should ask the searcher first.' },
      { role: 'lead (-> searcher)', content: 'Which country has the most lakes?' },
      { role: 'searcher', content: 'Canada has the most lakes.' },
      { role: 'lead (-> writer)', content: 'Write: Ottawa.' },
      { role: 'writer', content: 'Ottawa.' },
    ]);
    expect(trace.turns.map((t) => [t.agent, t.metadata.label ?? t.metadata.to ?? ''])).toEqual([
      ['lead', 'thought'],
      ['lead', 'searcher'],
      ['searcher', ''],
      ['lead', 'writer'],
      ['writer', ''],
    ]);
    const fromLead = trace.handoffs.filter((h) => h.from === 'lead');
    expect(fromLead.map((h) => [h.kind, h.to, h.toTurnId])).toEqual([
      ['explicit', 'searcher', 'turn-3'],
      ['explicit', 'writer', 'turn-5'],
    ]);
    expect(trace.handoffs.some((h) => h.fromTurnId === 'turn-1')).toBe(false);
    expect(trace.handoffs.filter((h) => h.from === 'user').map((h) => h.to)).toEqual([
      'lead',
      'searcher',
      'writer',
    ]);
    expect(trace.handoffs.some((h) => h.kind === 'route')).toBe(false);
  });

  it('keeps console noise glued to a message as evidence, not as the agent’s words', () => {
    const { trace } = load([
      { name: 'a', role: 'user', content: 'Find the value.' },
      {
        name: 'b',
        role: 'assistant',
        content:
          'WARNING: deprecated call\n2024-12-19 16:24:17.136123: W tf/port.cc:1] slow\nThe value is 7.',
      },
    ]);
    const turn = trace.turns.find((t) => t.agent === 'b')!;
    expect(turn.output).toBe('The value is 7.');
    expect(turn.metadata.console).toContain('WARNING: deprecated call');
  });

  it('pairs OpenAI-style tool calls with their results and treats the user as the sender of the task', () => {
    const { trace } = load([
      { role: 'system', content: 'You are helpful.' },
      { role: 'user', content: 'Weather in Paris?' },
      { role: 'assistant', content: '', toolCalls: [{ id: 'c1', name: 'weather', args: { city: 'Paris' } }] },
      { role: 'tool', toolCallId: 'c1', content: '18°C' },
      { role: 'assistant', content: 'It is 18°C in Paris.' },
    ]);
    expect(trace.workflow.input).toBe('Weather in Paris?');
    expect(trace.turns.map((t) => [t.agent, t.metadata.sourceIndex])).toEqual([
      ['assistant', 2],
      ['assistant', 4],
    ]);
    expect(trace.turns[0]!.input[0]).toMatchObject({ role: 'system' });
    expect(trace.turns[0]!.toolCalls).toMatchObject([
      { name: 'weather', args: { city: 'Paris' }, result: '18°C' },
    ]);
    expect(trace.handoffs.map((h) => [h.from, h.to, h.task])).toEqual([
      ['user', 'assistant', 'Weather in Paris?'],
    ]);
  });

  it('is deterministic, redacts secrets and records feedback when the run is known to have failed', () => {
    const messages: ChatMessage[] = [
      { name: 'a', role: 'user', content: 'Use key sk-abcdefghijklmnopqrstuvwx to call the API.' },
      { name: 'b', role: 'assistant', content: 'Called it: 42.' },
    ];
    const first = load(messages, { feedback: { correct: false, expected: '41' } });
    expect(load(messages, { feedback: { correct: false, expected: '41' } }).events).toEqual(first.events);
    expect(JSON.stringify(first.events)).not.toContain('sk-abcdef');
    expect(first.trace.workflow.feedback).toMatchObject({ correct: false, expected: '41' });
  });

  it('finds nothing wrong in a healthy two-agent chat', async () => {
    const { trace } = load([
      { name: 'asker', role: 'user', content: 'List the three largest EU countries by area.' },
      {
        name: 'answerer',
        role: 'assistant',
        content: 'The three largest EU countries by area: France, Spain, Sweden.',
      },
      { name: 'asker', role: 'user', content: 'Thanks, that is what I needed.' },
    ]);
    expect(trace.handoffs.map((h) => [h.kind, h.from, h.to])).toEqual([
      ['explicit', 'asker', 'answerer'],
      ['explicit', 'answerer', 'asker'],
    ]);
    const analysis = await analyze(trace);
    expect(analysis.failure).toBeNull();
    expect(analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
