import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTracer, jsonlStore } from '@handoff/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../program.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'handoff-cli-inferred-'));
  // Two separate calls chained by user code: the copy is pasted into the editor's prompt, and no
  // adapter records a handoff. A third agent gets a recorded one.
  const tracer = createTracer({ store: jsonlStore({ dir, file: 'trace.jsonl' }), flushOnExit: false });
  await tracer.workflow('chain', async () => {
    const copy = await tracer.turn(
      'copywriter',
      async () => 'Our trail shoe grips wet rock and dries overnight, so your weekend hike never waits.',
    );
    const notes = await tracer.turn('editor', async () => 'Approved: the copy has a clear benefit.', {
      input: [{ role: 'user', content: `Check this copy:\n${copy}` }],
    });
    tracer.handoff({ from: 'editor', to: 'publisher', content: notes });
    await tracer.turn('publisher', async () => 'Published.', { input: [{ role: 'user', content: notes }] });
  });
  await tracer.shutdown();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: () => {} });
  return { code, out: out.join('\n') };
}

describe('inferred handoffs in the CLI', () => {
  it('analyze counts them and marks their boundary', async () => {
    const { code, out } = await cli('analyze', dir);
    expect(code).toBe(0);
    expect(out).toContain('2 handoffs (1 inferred)');
    const boundaries = out.split('\n').filter((line) => line.includes('←'));
    expect(boundaries.find((line) => line.includes('editor←copywriter'))).toContain('(inferred)');
    expect(boundaries.find((line) => line.includes('publisher←editor'))).not.toContain('inferred');
  });

  it('tail says which handoffs were inferred', async () => {
    const { out } = await cli('tail', dir, '--once');
    const lines = out.split('\n');
    expect(lines.find((line) => line.includes('copywriter → editor'))).toContain('inferred');
    expect(lines.find((line) => line.includes('editor → publisher'))).not.toContain('inferred');
  });
});
