import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TraceEvent } from '../model/events.ts';
import { generateTrace } from '../testing/synthetic/generate-trace.ts';
import { jsonlStore } from './jsonl-store.ts';
import { readTraces } from './read-trace.ts';
import { scanWorkflowIds } from './scan-workflow-ids.ts';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'handoff-scan-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A workflow-start line; `rest` is written after the fields the recorder writes first. */
const start = (head: string, rest = '') =>
  `{${head},"seq":0,"at":1767225600000,"type":"workflow-start","name":"n"${rest}}`;
const recorded = (id: string, rest = '') => start(`"schema":"handoff.trace/v1","workflowId":"${id}"`, rest);

async function idsTheReaderFolds(file: string): Promise<string[]> {
  return (await readTraces(file, { lenient: true })).map((trace) => trace.workflow.id).sort();
}

describe('scanWorkflowIds', () => {
  it('names the workflows of files the recorder wrote, blobs and all', async () => {
    const events: TraceEvent[] = [];
    for (const seed of [1, 2, 3])
      await generateTrace({
        seed,
        shape: seed % 2 ? 'supervisor' : 'chain',
        store: { name: 'collect', append: (batch) => void events.push(...batch) },
      });
    const store = jsonlStore({ dir, file: 'run.jsonl' });
    await store.append(events);
    await store.close?.();
    const file = join(dir, 'run.jsonl');
    expect([...(await scanWorkflowIds(file))].sort()).toEqual(await idsTheReaderFolds(file));
  });

  it('reads the id JSON.parse would give from lines the recorder did not write', async () => {
    const lines = [
      // The last of two keys wins.
      recorded('a', ',"workflowId":"b"'),
      recorded('a2', ',"workflow\\u0049d":"c"'),
      start(`"workflowId":"d","schema":"handoff.trace/v1"`),
      recorded('e\\"quoted'),
      `${recorded('f', `,"metadata":{"pad":"${'x'.repeat(3 << 20)}"}`)}\r`,
      'not json at all',
      '',
      recorded('g'),
    ];
    const file = join(dir, 'hand-made.jsonl');
    // A byte-order mark first, and no newline after the last line.
    await writeFile(file, `\uFEFF${recorded('bom')}\n${lines.join('\n')}`);
    const expected = ['b', 'bom', 'c', 'd', 'e"quoted', 'f', 'g'];
    expect(await idsTheReaderFolds(file)).toEqual(expected);
    expect([...(await scanWorkflowIds(file))].sort()).toEqual(expected);
  });

  it('names nothing for a file it cannot read', async () => {
    expect(await scanWorkflowIds(join(dir, 'missing.jsonl'))).toEqual(new Set());
  });
});
