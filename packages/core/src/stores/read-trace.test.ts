import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TraceEvent } from '../model/events.ts';
import { foldTraces } from '../model/trace-builder.ts';
import { generateTrace } from '../testing/synthetic/generate-trace.ts';
import { jsonlStore } from './jsonl-store.ts';
import { readTraces } from './read-trace.ts';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'handoff-read-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function syntheticEvents(): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  await generateTrace({
    seed: 7,
    shape: 'supervisor',
    rounds: 3,
    faults: ['stale_context'],
    store: { name: 'collect', append: (batch) => void events.push(...batch) },
  });
  return JSON.parse(JSON.stringify(events));
}

describe('readTraces', () => {
  it('reads a content-addressed file back to the trace its events fold into', async () => {
    const events = await syntheticEvents();
    const store = jsonlStore({ dir, file: 'run.jsonl' });
    await store.append(events);
    await store.close?.();
    const [trace] = await readTraces(join(dir, 'run.jsonl'));
    expect(trace).toEqual(foldTraces(events)[0]);
  });

  it('drops events written twice, in or out of order', async () => {
    const events = await syntheticEvents();
    const store = jsonlStore({ dir, file: 'run.jsonl', contentAddressing: false });
    await store.append(events);
    await store.append([...events.slice(10, 20)].reverse());
    await store.append(events.slice(-3));
    await store.close?.();
    const [trace] = await readTraces(join(dir, 'run.jsonl'));
    expect(trace).toEqual(foldTraces(events)[0]);
  });

  it('fills the defaults of events written by hand without them', async () => {
    const file = join(dir, 'hand.jsonl');
    const base = { schema: 'handoff.trace/v1', workflowId: 'w', at: 1 };
    await appendFile(
      file,
      [
        { ...base, seq: 2, type: 'turn-start', turnId: 't', agent: 'writer' },
        { ...base, seq: 0, type: 'workflow-start', name: 'hand', extra: 'ignored' },
      ]
        .map((event) => JSON.stringify(event))
        .join('\n'),
    );
    const [trace] = await readTraces(file);
    expect(trace!.workflow.metadata).toEqual({});
    expect(trace!.turns[0]).toMatchObject({ agent: 'writer', input: [], metadata: {} });
  });
});
