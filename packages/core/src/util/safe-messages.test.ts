import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MessageSchema } from '../model/message.ts';
import { createTracer } from '../recorder/create-tracer.ts';
import { jsonlStore } from '../stores/jsonl-store.ts';
import { loadTraces } from '../stores/read-trace.ts';
import { toSafeMessages, toToolNames } from './safe-messages.ts';
import { TRUNCATION_MARKER } from './safe-value.ts';

const history = (count: number, size: number) =>
  Array.from({ length: count }, (_, i) => ({
    role: i % 2 === 0 ? 'user' : 'assistant',
    content: `message ${i} ${'x'.repeat(size)}`,
  }));

describe('toSafeMessages', () => {
  it('keeps a list within budget as it is', () => {
    const messages = history(3, 10);
    expect(toSafeMessages(messages, 1000)).toEqual(messages);
  });

  it('cuts contents, never the list shape: first and latest messages kept, the middle marked', () => {
    const out = toSafeMessages(history(1000, 1000), 10_000);
    for (const message of out) expect(MessageSchema.safeParse(message).success).toBe(true);
    expect(out[0]!.content.startsWith('message 0')).toBe(true);
    expect(out.at(-1)!.content).toContain('message 999');
    expect(out[1]!.content).toMatch(
      new RegExp(`${TRUNCATION_MARKER.replace(/[[\]]/g, '\\$&')} \\d+ messages]`),
    );
    const size = out.reduce((sum, m) => sum + m.content.length, 0);
    expect(size).toBeLessThan(10_000 + 200);
  });

  it('gives malformed items a message shape', () => {
    const out = toSafeMessages(['plain text', { role: 'robot', content: { a: 1 } }, null], 1000);
    expect(out).toEqual([
      { role: 'user', content: 'plain text' },
      { role: 'user', content: '{"a":1}' },
      { role: 'user', content: '' },
    ]);
  });

  it('records a 1 MB history with the default payload limit and reads it back intact', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'handoff-truncate-'));
    try {
      const tracer = createTracer({ store: jsonlStore({ dir }), flushOnExit: false });
      await tracer.workflow('long-history', async () => {
        await tracer.turn(
          'summarizer',
          async (turn) => {
            turn.recordModelCall({ model: 'mock', input: history(1000, 1000) as never, output: 'summary' });
            return 'summary';
          },
          { input: history(1000, 1000) as never },
        );
      });
      await tracer.shutdown();
      const { traces, errors } = await loadTraces(dir);
      expect(errors).toEqual([]);
      const [trace] = traces;
      expect(trace!.turns.map((t) => t.agent)).toEqual(['summarizer']);
      expect(trace!.turns[0]!.input.length).toBeGreaterThan(2);
      expect(trace!.turns[0]!.modelCalls[0]!.input.at(-1)!.content).toContain('message 999');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('toToolNames', () => {
  it('reads names, { name } and OpenAI-style { function: { name } } definitions, and skips the rest', () => {
    expect(
      toToolNames([
        'ask_billing',
        { name: 'web_search' },
        { type: 'function', function: { name: 'transfer_to_x' } },
        42,
        null,
      ]),
    ).toEqual(['ask_billing', 'web_search', 'transfer_to_x']);
    expect(toToolNames(undefined)).toEqual([]);
  });
});
