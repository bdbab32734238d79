import { describe, expect, it } from 'vitest';
import { foldTraces } from '../model/trace-builder.ts';
import { expectWellFormedTrace } from '../testing/expect-well-formed-trace.ts';
import { parseChatLog } from './chat-log.ts';
import { importChat } from './import-chat.ts';
import { messageTimes } from './message-times.ts';

const at = (iso: string) => Date.parse(iso);

describe('message times', () => {
  it("places turns at the log's own timestamps (ISO strings, epoch seconds or ms)", () => {
    const log = JSON.stringify([
      {
        name: 'planner',
        role: 'assistant',
        content: 'Count the moons of Mars.',
        timestamp: '2026-03-01T10:00:00Z',
      },
      {
        name: 'astronomer',
        role: 'user',
        content: 'Mars has 2 moons.',
        created_at: at('2026-03-01T10:00:07Z') / 1000,
      },
      {
        name: 'planner',
        role: 'assistant',
        content: 'Thanks. TERMINATE',
        createdAt: at('2026-03-01T10:01:00Z'),
      },
    ]);
    const [conversation] = parseChatLog(log, 'chat.json');
    const trace = foldTraces(importChat(conversation!, { workflowId: 'wf', startedAt: 5 }))[0]!;
    expectWellFormedTrace(trace);
    expect(trace.turns.map((t) => t.startedAt)).toEqual([
      at('2026-03-01T10:00:00Z'),
      at('2026-03-01T10:00:07Z'),
      at('2026-03-01T10:01:00Z'),
    ]);
    // Each turn ends before the next message: the gap is the turn's own span.
    expect(trace.turns[0]!.endedAt).toBeLessThan(trace.turns[1]!.startedAt);
  });

  it('keeps the file time and one second per message for a log without times', () => {
    const [conversation] = parseChatLog(
      JSON.stringify([
        { name: 'planner', role: 'assistant', content: 'Count the moons of Mars.' },
        { name: 'astronomer', role: 'user', content: 'Mars has 2 moons.', timestamp: 'soon' },
      ]),
      'chat.json',
    );
    expect(conversation!.messages.every((m) => m.at === undefined)).toBe(true);
    const trace = foldTraces(importChat(conversation!, { workflowId: 'wf', startedAt: 5_000 }))[0]!;
    expect(trace.turns.map((t) => t.startedAt)).toEqual([5_000, 6_000]);
  });

  it('keeps order where times repeat, go back or are missing', () => {
    const times = messageTimes(
      [
        { role: 'user', content: 'a' },
        { role: 'user', content: 'b', at: 100_000 },
        { role: 'user', content: 'c', at: 100_000 },
        { role: 'user', content: 'd', at: 90_000 },
        { role: 'user', content: 'e' },
      ],
      0,
      1_000,
    );
    const placed = [0, 1, 2, 3, 4].map((i) => times.timeOf(i));
    expect(placed[0]).toBe(99_000);
    expect(placed[1]).toBe(100_000);
    for (let i = 1; i < placed.length; i++) expect(placed[i]!).toBeGreaterThan(placed[i - 1]!);
    expect(placed[4]).toBe(placed[3]! + 1_000);
    expect(times.slotOf(1)).toBe(placed[2]! - placed[1]!);
  });
});
