import { appendFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, jsonlStore, loadTraces, type TraceEvent } from '@handoff/core';
import { type FixtureFault, generateTrace, recordResearchTeam } from '@handoff/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAnalysis } from '../format/format-analysis.ts';
import { runCli } from '../program.ts';
import { toJson } from './analyze.ts';

let dir: string;
const FAULTS: Exclude<FixtureFault, 'none' | 'unchecked_output'>[] = [
  'stale_context',
  'misunderstood_task',
  'low_quality_output',
  'lost_message',
  'agent_error',
  'handoff_loop',
];

async function traceDir(fault: FixtureFault): Promise<string> {
  const path = join(dir, fault);
  await recordResearchTeam(fault, { store: jsonlStore({ dir: path, file: 'trace.jsonl' }) });
  return path;
}

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'handoff-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('handoff analyze', () => {
  it('exits 0 and says healthy for a healthy run', async () => {
    const result = await cli('analyze', await traceDir('none'));
    expect(result.code).toBe(0);
    expect(result.out.split('\n')[0]).toContain('Healthy');
  });

  for (const fault of FAULTS) {
    it(`starts with the root cause line and exits 1 for ${fault}`, async () => {
      const result = await cli('analyze', await traceDir(fault));
      expect(result.code).toBe(1);
      expect(result.out.split('\n')[0]).toMatch(/^.*Root cause:.* at boundary /);
      expect(result.out).toContain(fault);
    });

    it(`prints the JSON contract for ${fault}`, async () => {
      const result = await cli('analyze', await traceDir(fault), '--json');
      expect(result.code).toBe(1);
      const json = JSON.parse(result.out);
      expect(Object.keys(json)).toEqual(['workflows']);
      const [workflow] = json.workflows;
      expect(Object.keys(workflow)).toEqual([
        'workflowId',
        'name',
        'status',
        'failure',
        'findings',
        'suspects',
      ]);
      expect(workflow.suspects).toEqual([]);
      expect(Object.keys(workflow.failure)).toEqual(
        expect.arrayContaining([
          'kind',
          'boundary',
          'agent',
          'summary',
          'chain',
          'confidence',
          'evidence',
          'findingId',
          'turnId',
        ]),
      );
      expect(workflow.failure.kind).toBe(fault);
      expect(workflow.findings.map((f: { id: string }) => f.id)).toContain(workflow.failure.findingId);
      expect(typeof workflow.failure.agent).toBe('string');
    });
  }

  it('exits 1 for --fail-on kinds even without a root cause', async () => {
    const path = await traceDir('none');
    expect((await cli('analyze', path, '--fail-on', 'misunderstood_task')).code).toBe(0);
    const low = await traceDir('low_quality_output');
    expect((await cli('analyze', low, '--fail-on', 'unchecked_output', '--json')).code).toBe(1);
  });

  it('exits 2 for an unknown --fail-on kind, a missing path and an empty directory', async () => {
    expect((await cli('analyze', dir, '--fail-on', 'nope')).code).toBe(2);
    expect((await cli('analyze', join(dir, 'missing'))).code).toBe(2);
    const empty = join(dir, 'empty');
    await mkdtemp(empty);
    const result = await cli('analyze', `${empty}`);
    expect(result.code).toBe(2);
  });

  it('names the file and line of a corrupt line and still analyses the rest', async () => {
    const path = await traceDir('stale_context');
    await writeFile(join(path, 'broken.jsonl'), '{"schema":"handoff.trace/v1"\nnot json at all\n');
    const result = await cli('analyze', path, '--json');
    expect(result.err).toMatch(/broken\.jsonl:1: /);
    expect(result.err).toMatch(/broken\.jsonl:2: /);
    expect(JSON.parse(result.out).workflows[0].failure.kind).toBe('stale_context');
    expect(result.code).toBe(1);
  });

  it('filters one workflow with --workflow', async () => {
    const path = await traceDir('agent_error');
    const result = await cli('analyze', path, '--workflow', 'research-team-agent_error', '--json');
    expect(JSON.parse(result.out).workflows).toHaveLength(1);
    expect((await cli('analyze', path, '--workflow', 'nope')).code).toBe(2);
  });

  it('prints for a directory what loading every trace and analysing each gives, byte for byte', async () => {
    const path = join(dir, 'many');
    await mkdir(join(path, 'nested'), { recursive: true });
    for (const fault of ['none', ...FAULTS] as const)
      await recordResearchTeam(fault, {
        store: jsonlStore({ dir: path, file: `${fault.startsWith('l') ? 'nested/' : ''}${fault}.jsonl` }),
      });
    // One workflow spread over two files, with a corrupt line between its halves.
    const split: TraceEvent[] = [];
    await generateTrace({
      seed: 3,
      shape: 'supervisor',
      faults: ['stale_context'],
      store: { name: 'collect', append: (batch) => void split.push(...batch) },
    });
    const half = split.length / 2;
    for (const [file, part] of [
      ['a-split.jsonl', split.slice(0, half)],
      ['z-split.jsonl', split.slice(half)],
    ] as const) {
      const store = jsonlStore({ dir: path, file });
      await store.append(part);
      await store.close?.();
      if (file === 'a-split.jsonl') await appendFile(join(path, file), 'not json\n');
    }
    const { traces, errors } = await loadTraces(path);
    const results = await Promise.all(
      traces.map(async (trace) => ({ trace, analysis: await analyze(trace) })),
    );
    expect(results).toHaveLength(FAULTS.length + 2);
    const warnings = errors.map((error) => `warning: ${error.message}`).join('\n');
    expect(warnings).toMatch(/a-split\.jsonl:\d+: not valid JSON/);

    const json = await cli('analyze', path, '--json');
    expect(json.out).toBe(JSON.stringify(toJson(results), null, 2));
    expect([json.err, json.code]).toEqual([warnings, 1]);
    const text = await cli('analyze', path);
    expect(text.out).toBe(results.map(({ trace, analysis }) => formatAnalysis(trace, analysis)).join('\n\n'));
    expect([text.err, text.code]).toEqual([warnings, 1]);
  });
});
