import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { memoryStore } from '../stores/memory-store.ts';
import { recordResearchTeam } from '../testing/research-team-fixture.ts';
import { type TraceEvent, TraceEventSchema } from './events.ts';
import { unchangedByParse } from './unchanged-by-parse.ts';

const isWellFormed = unchangedByParse(TraceEventSchema);

/** The events the recorder writes for the research team, as a reader parses them from JSON. */
async function recordedEvents(): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (const fault of ['none', 'stale_context', 'agent_error', 'lost_message'] as const) {
    const store = memoryStore();
    await recordResearchTeam(fault, { store });
    for (const event of store.events) out.push(JSON.parse(JSON.stringify(event)));
  }
  return out;
}

const REPLACEMENTS: unknown[] = [undefined, null, 0, -1, 1.5, 2, '', 'x', 'ok', true, [], {}, [1], { a: 1 }];

/** Every value of an event with one place (at any depth) replaced or deleted. */
function* mutations(event: unknown): Generator<unknown> {
  function* at(value: unknown, rebuild: (next: unknown) => unknown): Generator<unknown> {
    for (const replacement of REPLACEMENTS) yield rebuild(replacement);
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries())
        yield* at(item, (next) => rebuild(value.map((old, j) => (j === i ? next : old))));
    } else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      yield rebuild({ ...record, extra: 1 });
      for (const key of Object.keys(record)) {
        const { [key]: _, ...rest } = record;
        yield rebuild(rest);
        yield* at(record[key], (next) => rebuild({ ...record, [key]: next }));
      }
    }
  }
  yield* at(event, (next) => next);
}

describe('unchangedByParse', () => {
  it('passes every event the recorder writes, as zod parses it to the same value', async () => {
    const events = await recordedEvents();
    expect(events.length).toBeGreaterThan(50);
    for (const event of events) {
      expect(isWellFormed(event)).toBe(true);
      expect(TraceEventSchema.parse(event)).toEqual(event);
    }
  });

  it('refuses events zod would reject or change', () => {
    const start = {
      schema: 'handoff.trace/v1',
      workflowId: 'w',
      seq: 0,
      at: 1,
      type: 'turn-start',
      turnId: 't',
      agent: 'a',
      input: [],
      metadata: {},
    };
    expect(isWellFormed(start)).toBe(true);
    expect(isWellFormed({ ...start, metadata: undefined })).toBe(false); // default filled in
    expect(isWellFormed({ ...start, later: true })).toBe(false); // unknown key stripped
    expect(isWellFormed({ ...start, seq: 1.5 })).toBe(false);
    expect(isWellFormed({ ...start, type: 'turn-begin' })).toBe(false);
    expect(isWellFormed({ ...start, input: [{ role: 'robot', content: 'hi' }] })).toBe(false);
    expect(isWellFormed(JSON.parse('{"__proto__":{"x":1}}'))).toBe(false);
    const score = {
      ...start,
      type: 'score-add',
      score: { target: { type: 'turn', id: 't' }, name: 'q', value: 1.2, scorer: 's', reason: '' },
    };
    delete (score as Partial<typeof start>).turnId;
    expect(isWellFormed(score)).toBe(false); // value above max(1)
  });

  it('never passes a mutated event that zod rejects or changes (every one-place mutation)', async () => {
    let passed = 0;
    let total = 0;
    for (const event of await recordedEvents()) {
      for (const mutated of mutations(event)) {
        total++;
        if (!isWellFormed(mutated)) continue;
        passed++;
        const parsed = TraceEventSchema.safeParse(mutated);
        expect(parsed.success).toBe(true);
        expect(isDeepStrictEqual(parsed.data, mutated as TraceEvent)).toBe(true);
      }
    }
    // The mutations include harmless ones (another string, an unknown value's content).
    expect(passed).toBeGreaterThan(0);
    expect(passed).toBeLessThan(total);
  });
});
