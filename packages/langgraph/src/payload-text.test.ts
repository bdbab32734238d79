import { AIMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';
import { describe, expect, it } from 'vitest';
import { describeSend, describeUpdate, messagesText, valuesText } from './payload-text.ts';

describe('valuesText', () => {
  it('reads a structured payload by its values, never its keys or JSON', () => {
    expect(valuesText({ subject: 'penguins' })).toBe('penguins');
    expect(valuesText({ section: { name: 'Diet', pages: 2 }, tags: ['krill', 'fish'] })).toBe(
      // A number reads with what it counts.
      'Diet\n2 pages\nkrill\nfish',
    );
    expect(valuesText({})).toBe('');
  });
});

describe('messagesText', () => {
  it("is the agent's answer, not the synthetic hand-back or the tool plumbing after it", () => {
    const messages = [
      new HumanMessage('How deep do penguins dive?'),
      new AIMessage({ content: 'Up to 565 metres.', name: 'researcher' }),
      new AIMessage({
        content: 'Transferring back to supervisor',
        tool_calls: [{ name: 'transfer_back_to_supervisor', args: {}, id: 'c1' }],
      }),
      new ToolMessage({ content: 'Successfully transferred back to supervisor', tool_call_id: 'c1' }),
    ];
    expect(messagesText(messages)).toBe('Up to 565 metres.');
  });
  it('falls back to the arguments of a tool call, never its id or name', () => {
    const call = new AIMessage({
      content: '',
      tool_calls: [{ name: 'assign_to_math', args: { task_description: 'Add 2 and 3.' }, id: 'call-9' }],
    });
    expect(messagesText([call])).toBe('Add 2 and 3.');
  });
});

describe('describeUpdate', () => {
  it('treats a key that names the next node as a routing decision', () => {
    expect(describeUpdate({ next: 'researcher' }, new Set(['researcher']))).toMatchObject({
      text: '',
      routing: true,
      payload: { next: 'researcher' },
    });
  });
  it('keeps other values as the message beside the decision', () => {
    const described = describeUpdate(
      { next: 'researcher', brief: 'Find 2024 figures.' },
      new Set(['researcher']),
    );
    expect(described).toMatchObject({ text: 'Find 2024 figures.', routing: false });
    expect([...described.routingKeys]).toEqual(['next']);
  });
  it('treats a one-word label as a decision only when a conditional edge routed on it', () => {
    expect(describeUpdate({ decision: 'joke' }, new Set(['llmCall2']), true).routing).toBe(true);
    expect(describeUpdate({ decision: 'joke' }, new Set(['llmCall2']), false).text).toBe('joke');
    expect(describeUpdate({ answer: 'Krill and fish.' }, new Set(['writer']), true).text).toBe(
      'Krill and fish.',
    );
  });
  it('tells a label from a sentence in a script written without spaces', () => {
    const routes = (answer: string) => describeUpdate({ answer }, new Set(['writer']), true).routing;
    expect(routes('承認')).toBe(true);
    expect(routes('差し戻し')).toBe(true);
    expect(routes('needs_revision')).toBe(true);
    expect(routes('差し戻し：305のままです。UR-1（別館1階）に移してください。')).toBe(false);
    expect(routes('木下様を別館UR-1へ移してください')).toBe(false);
    expect(routes('ส่งกลับไปแก้ไขห้องพักของลูกค้า')).toBe(false);
    expect(routes('Done.')).toBe(false);
  });
  it('reads a JSON answer by its values and notes that it named the next node', () => {
    const reply = new AIMessage(JSON.stringify({ next: 'sql_writer', prompt: 'Count active customers.' }));
    expect(describeUpdate({ messages: [reply] }, new Set(['sql_writer']))).toMatchObject({
      text: 'Count active customers.',
      routing: false,
      routed: true,
    });
  });
  it('reads messages first', () => {
    expect(
      describeUpdate({ messages: [new AIMessage('Done.')], next: 'supervisor' }, new Set()),
    ).toMatchObject({
      text: 'Done.',
      routing: false,
    });
  });
});

describe('describeSend', () => {
  it('is the task message of a Send that carries messages, and the values of any other payload', () => {
    expect(describeSend({ messages: [new HumanMessage('Add 2 and 3.')] })).toEqual({ text: 'Add 2 and 3.' });
    expect(describeSend({ subject: 'seals' })).toEqual({ text: 'seals', payload: { subject: 'seals' } });
  });
});
