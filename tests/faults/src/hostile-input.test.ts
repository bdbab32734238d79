import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '@handoff/cli';
import { readTraces, SCHEMA_VERSION, TraceFileError } from '@handoff/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'handoff-hostile-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const valid = (seq: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    schema: SCHEMA_VERSION,
    type: 'turn-start',
    workflowId: 'w',
    seq,
    at: 1,
    turnId: `t${seq}`,
    agent: 'a',
    input: [],
    metadata: {},
    ...extra,
  });

/** Any line a broken or hostile writer could leave: valid, truncated, wrong-schema, random, binary. */
const hostileLine = fc.oneof(
  fc.nat({ max: 1000 }).map((seq) => valid(seq)),
  fc.nat({ max: 1000 }).chain((seq) => fc.nat({ max: 80 }).map((cut) => valid(seq).slice(0, cut))),
  fc.string(),
  fc.json(),
  fc.object().map((o) => JSON.stringify({ schema: SCHEMA_VERSION, ...o })),
  fc.constantFrom(
    JSON.stringify({ schema: 'handoff.trace/v9', type: 'turn-start' }),
    JSON.stringify({ schema: SCHEMA_VERSION, type: 'turn-start', workflowId: 'w', seq: 'x' }),
    JSON.stringify({
      schema: SCHEMA_VERSION,
      type: 'blob',
      workflowId: 'w',
      hash: 'h',
      value: { role: 'user', content: 'x' },
    }),
    '{"schema":"handoff.trace/v1","type":"turn-start","workflowId":"w","seq":1,"at":1,"turnId":"t","agent":"a","input":{"$blob":"missing"}}',
  ),
);

describe('hostile input to the readers', () => {
  it('never crashes or hangs the JSONL reader: clear errors naming file and line (2,000 random files)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(hostileLine, { maxLength: 12 }),
        fc.boolean(),
        async (lines, trailingNewline) => {
          const file = join(dir, 'fuzz.jsonl');
          await writeFile(file, lines.join('\n') + (trailingNewline ? '\n' : ''));
          const problems: TraceFileError[] = [];
          const traces = await readTraces(file, { lenient: true, onDiagnostic: (p) => problems.push(p) });
          expect(Array.isArray(traces)).toBe(true);
          for (const problem of problems) expect(problem.message).toMatch(/fuzz\.jsonl:\d+: /);
          try {
            await readTraces(file);
          } catch (error) {
            expect(error).toBeInstanceOf(TraceFileError);
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('never crashes the CLI on random files (300 runs): exit codes 0, 1 or 2', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileLine, { maxLength: 8 }), async (lines) => {
        const file = join(dir, 'cli.jsonl');
        await writeFile(file, `${lines.join('\n')}\n`);
        const code = await runCli(['analyze', file, '--json'], { out: () => {}, err: () => {} });
        expect([0, 1, 2]).toContain(code);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a 100 MB line with a clear error and reads the rest', async () => {
    const file = join(dir, 'huge.jsonl');
    const huge = `{"schema":"${SCHEMA_VERSION}","type":"turn-start","workflowId":"w","seq":0,"at":1,"turnId":"t","agent":"a","input":[],"metadata":{"x":"${'y'.repeat(100 * 1024 * 1024)}"}}`;
    await writeFile(file, `${huge}\n${valid(1)}\n`);
    const problems: TraceFileError[] = [];
    const traces = await readTraces(file, { lenient: true, onDiagnostic: (p) => problems.push(p) });
    expect(problems[0]?.message).toMatch(/huge\.jsonl:1: line is \d+ characters, over the \d+ limit/);
    expect(traces[0]?.turns).toHaveLength(1);
  });

  it('reads 10,000 levels of nesting without a stack overflow', async () => {
    const file = join(dir, 'deep.jsonl');
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    // Built as text: even JSON.stringify would overflow on it.
    await writeFile(file, `${valid(0).replace('"metadata":{}', `"metadata":{"deep":${deep}}`)}\n`);
    const traces = await readTraces(file);
    expect(traces[0]?.turns).toHaveLength(1);
    expect(await runCli(['analyze', file, '--json'], { out: () => {}, err: () => {} })).toBeLessThanOrEqual(
      1,
    );
  });

  it('reads non-UTF-8 bytes as replacement characters, not a crash', async () => {
    const file = join(dir, 'binary.jsonl');
    await writeFile(
      file,
      Buffer.concat([
        Buffer.from(`${valid(0)}\n`),
        Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0x0a]),
        Buffer.from(`${valid(1)}\n`),
      ]),
    );
    const problems: TraceFileError[] = [];
    const traces = await readTraces(file, { lenient: true, onDiagnostic: (p) => problems.push(p) });
    expect(traces[0]?.turns).toHaveLength(2);
    expect(problems[0]?.line).toBe(2);
  });
});
