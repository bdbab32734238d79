import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTracer, jsonlStore, readTrace } from '@handoff/core';
import { expectWellFormedTrace, manualClock, normalizeTrace } from '@handoff/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { runResearchTeam } from './research-team.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function record(contentAddressing: boolean) {
  const dir = await mkdtemp(join(tmpdir(), 'handoff-quickstart-'));
  dirs.push(dir);
  const store = jsonlStore({ dir, contentAddressing });
  const tracer = createTracer({ store, clock: manualClock(), flushOnExit: false });
  await runResearchTeam(tracer);
  await tracer.flush();
  const fromDisk = await readTrace(store.path);
  const live = tracer.getTrace(fromDisk.workflow.id);
  await tracer.shutdown();
  return { bytes: (await stat(store.path)).size, fromDisk, live };
}

describe('core quickstart', () => {
  it('writes a trace file that readTrace folds back into the identical trace', async () => {
    const { fromDisk, live } = await record(true);
    expect(fromDisk).toEqual(live);
    expectWellFormedTrace(fromDisk);
    expect(fromDisk.turns.map((turn) => turn.agent)).toEqual(['planner', 'researcher', 'writer', 'reviewer']);
    expect(fromDisk.handoffs.map((h) => `${h.from}→${h.to}`)).toEqual([
      'planner→researcher',
      'researcher→writer',
      'writer→reviewer',
    ]);
    expect(fromDisk.handoffs.every((h) => h.delivery.received)).toBe(true);
    expect(fromDisk.turns[3]?.input).toHaveLength(5);
  });

  it('stores the re-sent history once with content addressing, and reads back the same trace', async () => {
    const addressed = await record(true);
    const plain = await record(false);
    expect(addressed.bytes).toBeLessThan(plain.bytes * 0.75);
    expect(normalizeTrace(addressed.fromDisk)).toEqual(normalizeTrace(plain.fromDisk));
  });
});
