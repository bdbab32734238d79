import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../program.ts';

let dir: string;

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const chat = (answer: string) => [
  { name: 'planner', role: 'assistant', content: 'Task: how many moons does Mars have?' },
  { name: 'solver', role: 'user', content: `Mars has ${answer} moons.` },
  { name: 'checker', role: 'user', content: `Checked: ${answer}. TERMINATE` },
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'handoff-import-'));
  await mkdir(join(dir, 'logs', 'nested'), { recursive: true });
  await writeFile(join(dir, 'logs', 'one.json'), JSON.stringify({ history: chat('2') }));
  await writeFile(
    join(dir, 'logs', 'nested', 'many.jsonl'),
    `${JSON.stringify(chat('2'))}\n${JSON.stringify({ messages: chat('3') })}\n`,
  );
  await writeFile(join(dir, 'logs', 'notes.txt'), 'not a log');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('handoff import --format chat', () => {
  it('imports a folder of JSON and JSONL logs, one workflow per conversation, and analyze reads them', async () => {
    const out = join(dir, 'traces');
    const result = await cli('import', join(dir, 'logs'), '--format', 'chat', '--out', out);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Imported 3 run(s)');
    expect((await readdir(out)).sort()).toEqual(['nested__many.jsonl', 'one.jsonl']);
    const analysis = await cli('analyze', out, '--json');
    const workflows = JSON.parse(analysis.out).workflows;
    expect(workflows.map((w: { name: string }) => w.name).sort()).toEqual(['many:1', 'many:2', 'one']);
  });

  it('marks imported runs failed with --failed', async () => {
    const out = join(dir, 'failed');
    expect(
      (await cli('import', join(dir, 'logs', 'one.json'), '--format', 'chat', '--out', out, '--failed')).code,
    ).toBe(0);
    const text = await readFile(join(out, 'one.jsonl'), 'utf8');
    expect(text).toContain('"type":"feedback-add"');
    expect(text).toContain('"correct":false');
  });

  it('answers who and where for imported runs marked failed, with the message index', async () => {
    const out = join(dir, 'who');
    const log = [
      { name: 'planner', role: 'assistant', content: 'Task: how many moons does Mars have?' },
      { name: 'solver', role: 'user', content: 'Counting:\n```python\nprint(moons())\n```' },
      {
        name: 'runner',
        role: 'user',
        content: "exitcode: 1 (execution failed)\nCode output: NameError: name 'moons' is not defined",
      },
      { name: 'checker', role: 'user', content: 'It failed, so the answer is unknown. TERMINATE' },
    ];
    await writeFile(join(dir, 'who.json'), JSON.stringify(log));
    expect(
      (await cli('import', join(dir, 'who.json'), '--format', 'chat', '--out', out, '--failed')).code,
    ).toBe(0);
    const json = await cli('analyze', out, '--json');
    expect(json.code).toBe(1);
    const [workflow] = JSON.parse(json.out).workflows;
    expect(workflow.failure).toMatchObject({
      kind: 'agent_error',
      boundary: { from: 'solver' },
      sourceIndex: 1,
    });
    expect(workflow.suspects[0]).toMatchObject({ agent: 'solver', sourceIndex: 1, kind: 'agent_error' });
    expect(Object.keys(workflow.suspects[0])).toEqual([
      'agent',
      'turnId',
      'sourceIndex',
      'kind',
      'boundary',
      'confidence',
      'reason',
    ]);
    const human = await cli('analyze', out);
    expect(human.out).toMatch(/Suspects/);
    expect(human.out).toMatch(/message 1/);

    // Without the mark, `analyze --failed` asks the same question of the same trace.
    const plain = join(dir, 'who-plain');
    await cli('import', join(dir, 'who.json'), '--format', 'chat', '--out', plain);
    expect(JSON.parse((await cli('analyze', plain, '--json')).out).workflows[0].suspects).toEqual([]);
    const asked = JSON.parse((await cli('analyze', plain, '--json', '--failed')).out).workflows[0];
    expect(asked.suspects[0]).toMatchObject({ agent: 'solver', sourceIndex: 1 });
  });

  it('names the file and message index of bad input and writes nothing', async () => {
    const bad = join(dir, 'bad');
    await mkdir(bad);
    await writeFile(join(bad, 'a.json'), JSON.stringify(chat('2')));
    await writeFile(
      join(bad, 'b.json'),
      JSON.stringify([...chat('2'), { name: 'x', role: 7, content: 'hi' }]),
    );
    const out = join(dir, 'bad-out');
    const result = await cli('import', bad, '--format', 'chat', '--out', out);
    expect(result.code).toBe(2);
    expect(result.err).toBe(`handoff: ${join(bad, 'b.json')}: message 3: role must be a string`);
    await expect(readdir(out)).rejects.toThrow();
    expect((await readdir(dir)).filter((name) => name.includes('.import-'))).toEqual([]);
  });

  it('adds to an existing trace directory without touching its other files', async () => {
    const out = join(dir, 'existing');
    await mkdir(out);
    await writeFile(join(out, 'keep.jsonl'), '');
    expect((await cli('import', join(dir, 'logs', 'one.json'), '--format', 'chat', '--out', out)).code).toBe(
      0,
    );
    expect((await readdir(out)).sort()).toEqual(['keep.jsonl', 'one.jsonl']);
  });

  it('exits 2 for an unknown format, a missing --out and a missing path', async () => {
    expect((await cli('import', dir, '--format', 'nope', '--out', join(dir, 'x'))).err).toMatch(
      /choose one of chat/,
    );
    expect((await cli('import', dir, '--format', 'chat')).code).toBe(2);
    expect(
      (await cli('import', join(dir, 'missing'), '--format', 'chat', '--out', join(dir, 'x'))).code,
    ).toBe(2);
  });
});
