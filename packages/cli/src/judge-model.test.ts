import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scriptedModel } from '@handoff/ai-sdk/testing';
import { analyze, type FailureAttributor, foldTraces, importChat } from '@handoff/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgeModel } from './judge-model.ts';
import { runCli } from './program.ts';

const KEY = 'sk-handoff-test-0123456789abcdefghij';
const messages = [
  { name: 'lead', role: 'assistant', content: 'Task: how many moons does Mars have?' },
  { name: 'astronomer', role: 'user', content: 'Mars has 2 moons.' },
  { name: 'editor', role: 'user', content: 'Make it 3 moons, it reads better.' },
  { name: 'checker', role: 'user', content: 'Confirmed: 3. TERMINATE' },
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'handoff-judge-'));
  await writeFile(join(dir, 'run.json'), JSON.stringify(messages));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('--judge', () => {
  it('says what to fix when the spec, the key or the package is missing', async () => {
    const deps = { env: { OPENAI_API_KEY: KEY }, load: async () => ({}) };
    await expect(judgeModel('gpt-4o', deps)).rejects.toThrow(/expects <provider>:<model>.*openai:gpt-4o/);
    await expect(judgeModel('mistral:large', deps)).rejects.toThrow(/provider openai or anthropic/);
    await expect(judgeModel('anthropic:claude-sonnet-4', deps)).rejects.toThrow(
      'needs ANTHROPIC_API_KEY in the environment',
    );
    const missing = {
      env: { ANTHROPIC_API_KEY: KEY },
      load: async (name: string) => {
        throw new Error(`Cannot find package '${name}'`);
      },
    };
    await expect(judgeModel('anthropic:claude-sonnet-4', missing)).rejects.toThrow(
      'needs the @ai-sdk/anthropic package: pnpm add @ai-sdk/anthropic',
    );
  });

  it('builds the model through the provider package with the key from the environment', async () => {
    const settings: Record<string, unknown>[] = [];
    const model = scriptedModel('judge', [
      {
        text: JSON.stringify({
          step: 3,
          agent: 'editor',
          kind: 'low_quality_output',
          reason: 'changed 2 to 3',
        }),
      },
    ]);
    const judge = await judgeModel('openai:gpt-4o', {
      env: { OPENAI_API_KEY: KEY },
      load: (name) =>
        name === '@ai-sdk/openai'
          ? Promise.resolve({
              createOpenAI: (options: Record<string, unknown>) => {
                settings.push(options);
                return () => model;
              },
            })
          : import(name),
    });
    expect(settings).toEqual([{ apiKey: KEY }]);
    const { attribute } = judge.llmAttribution({ model: judge.model, name: `llm:${judge.name}` });
    const trace = foldTraces(
      importChat({ source: 'run.json', messages }, { workflowId: 'wf', feedback: { correct: false } }),
    )[0]!;
    const analysis = await analyze(trace, { attribute: attribute as FailureAttributor });
    expect(analysis.suspects[0]).toMatchObject({ agent: 'editor', sourceIndex: 2 });
    expect(analysis.suspects[0]!.reason).toMatch(/^llm:openai:gpt-4o: changed 2 to 3/);
    expect(judge.scrub(`bad key ${KEY}`)).toBe('bad key [REDACTED]');
  });

  it('never prints the key when the provider refuses it, and asks a bounded number of times', async () => {
    let requests = 0;
    const server = createServer((request, response) => {
      requests++;
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          error: { message: `Incorrect API key provided: ${request.headers.authorization}` },
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const saved = { key: process.env.OPENAI_API_KEY, url: process.env.OPENAI_BASE_URL };
    process.env.OPENAI_API_KEY = KEY;
    process.env.OPENAI_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    try {
      const out: string[] = [];
      const err: string[] = [];
      const traces = join(dir, 'traces');
      await runCli(['import', join(dir, 'run.json'), '--format', 'chat', '--out', traces, '--failed'], {
        out: () => {},
        err: () => {},
      });
      const code = await runCli(['analyze', traces, '--json', '--judge', 'openai:gpt-4o'], {
        out: (t) => out.push(t),
        err: (t) => err.push(t),
      });
      expect(code).toBe(1);
      expect(err.join('\n')).toMatch(/warning: --judge openai:gpt-4o gave no usable answer: .*\[REDACTED\]/);
      expect(`${out.join('\n')}${err.join('\n')}`).not.toContain(KEY);
      // The deterministic answer stands.
      expect(JSON.parse(out.join('\n')).workflows[0].suspects.length).toBeGreaterThan(0);
      expect(requests).toBe(2);
    } finally {
      server.close();
      if (saved.key === undefined) delete process.env.OPENAI_API_KEY;
      else process.env.OPENAI_API_KEY = saved.key;
      if (saved.url === undefined) delete process.env.OPENAI_BASE_URL;
      else process.env.OPENAI_BASE_URL = saved.url;
    }
  }, 60_000);
});
