import { describe, expect, it } from 'vitest';
import { ChatImportError } from './chat-import-error.ts';
import { parseChatLog } from './chat-log.ts';

const message = (name: string, content: string) => ({ name, role: 'assistant', content });

describe('parseChatLog', () => {
  it('reads an array of messages, or one under "history" or "messages"', () => {
    const messages = [message('planner', 'plan'), message('coder', 'code')];
    for (const value of [messages, { history: messages, question: 'q' }, { messages }]) {
      const [conversation] = parseChatLog(JSON.stringify(value), 'log.json');
      expect(conversation!.messages.map((m) => m.name)).toEqual(['planner', 'coder']);
    }
  });

  it('reads one conversation per JSONL line, and a JSONL of single messages as one conversation', () => {
    const lines = [[message('a', '1')], { history: [message('b', '2'), message('c', '3')] }]
      .map((v) => JSON.stringify(v))
      .join('\n');
    const many = parseChatLog(`${lines}\n`, 'runs.jsonl');
    expect(many.map((c) => [c.line, c.messages.length])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    const single = parseChatLog(
      [message('a', '1'), message('b', '2')].map((m) => JSON.stringify(m)).join('\n'),
      'chat.jsonl',
    );
    expect(single).toHaveLength(1);
    expect(single[0]!.messages).toHaveLength(2);
  });

  it('joins text parts and keeps OpenAI-style tool calls with parsed arguments', () => {
    const [conversation] = parseChatLog(
      JSON.stringify([
        { role: 'user', content: [{ type: 'text', text: 'find' }, { type: 'image_url' }, 'it'] },
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 'c1', type: 'function', function: { name: 'search', arguments: '{"q":"x"}' } }],
        },
        { role: 'tool', tool_call_id: 'c1', content: 'found' },
      ]),
      'openai.json',
    );
    expect(conversation!.messages[0]!.content).toBe('find\nit');
    expect(conversation!.messages[1]!.toolCalls).toEqual([{ id: 'c1', name: 'search', args: { q: 'x' } }]);
    expect(conversation!.messages[2]!.toolCallId).toBe('c1');
  });

  it('names the file, the line and the message index of bad input', () => {
    const bad = (text: string, file = 'log.json') => {
      try {
        parseChatLog(text, file);
      } catch (error) {
        expect(error).toBeInstanceOf(ChatImportError);
        return (error as Error).message;
      }
      throw new Error('no error');
    };
    expect(bad('[{"role":"user","content":"hi"},{"role":"assistant","content":5}]')).toBe(
      'log.json: message 1: content must be a string, null or an array of text parts',
    );
    expect(bad('[{"role":"user","content":"hi"},{"content":"no role"}]')).toBe(
      'log.json: message 1: role must be a string',
    );
    expect(bad('[[1]]\n[{"role":"user","content":"x"},"text"]', 'runs.jsonl')).toMatch(
      /^runs\.jsonl:1: message 0: expected an object/,
    );
    expect(bad('{"history": [', 'log.json')).toMatch(/^log\.json: not valid JSON/);
    expect(bad('{"turns": []}')).toMatch(/under "history" or "messages"/);
    expect(bad('[]')).toMatch(/no messages/);
    expect(bad('  ')).toMatch(/empty/);
  });
});
