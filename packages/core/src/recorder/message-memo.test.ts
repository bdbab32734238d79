import { describe, expect, it } from 'vitest';
import type { Message } from '../model/message.ts';
import { memoryStore } from '../stores/memory-store.ts';
import { createTracer } from './create-tracer.ts';

/** Records a conversation that grows by one message per turn, each turn given the whole history. */
async function record(history: Message[], options: { maxPayloadBytes?: number } = {}) {
  const seen: string[] = [];
  const store = memoryStore();
  const tracer = createTracer({
    store,
    flushOnExit: false,
    ids: (() => {
      let next = 0;
      return () => `id-${next++}`;
    })(),
    clock: { now: () => 0 },
    redact: (text) => {
      seen.push(text);
      return text.replaceAll('ACME', '[CLIENT]');
    },
    ...options,
  });
  const workflow = tracer.startWorkflow('chat');
  for (let i = 1; i <= history.length; i++) {
    const turn = workflow.startTurn({ agent: `agent-${i}`, input: history.slice(0, i) });
    turn.recordModelCall({ model: 'fake', input: history.slice(0, i), output: 'ok' });
    turn.end({ output: 'ok' });
  }
  workflow.end({});
  await tracer.flush();
  return { events: store.events, seen };
}

const texts = ['Brief me on ACME Q3 revenue, mail jane@example.com', 'ACME made EUR 4.2 billion', 'Done.'];
const plain = (): Message[] => texts.map((content, i) => ({ role: i === 0 ? 'user' : 'assistant', content }));
const frozen = (): Message[] => plain().map((message) => Object.freeze(message));

describe('frozen messages', () => {
  it('are stored exactly as unfrozen ones, redacted', async () => {
    const [a, b] = [await record(plain()), await record(frozen())];
    expect(b.events).toEqual(a.events);
    expect(JSON.stringify(b.events)).toContain('[CLIENT] made EUR 4.2 billion');
    expect(JSON.stringify(b.events)).not.toContain('jane@example.com');
  });

  it('are copied and redacted once however many turns are given them', async () => {
    const count = (seen: string[]) => seen.filter((text) => text === texts[1]).length;
    const [a, b] = [await record(plain()), await record(frozen())];
    expect(count(a.seen)).toBe(4);
    expect(count(b.seen)).toBe(1);
  });

  it('past the byte budget are cut as unfrozen ones are', async () => {
    const long = [...plain(), { role: 'assistant' as const, content: 'x'.repeat(300) }];
    const [a, b] = [
      await record(long, { maxPayloadBytes: 200 }),
      await record(
        long.map((message) => Object.freeze(message)),
        { maxPayloadBytes: 200 },
      ),
    ];
    expect(JSON.stringify(a.events)).toContain('…[truncated');
    expect(b.events).toEqual(a.events);
  });
});
