import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../diagnose/analyze.ts';
import { analyzeFiles } from '../diagnose/analyze-files.ts';
import type { GraphTopology } from '../model/trace.ts';
import { createTracer, type Tracer } from '../recorder/create-tracer.ts';
import { jsonlStore } from '../stores/jsonl-store.ts';
import { memoryStore } from '../stores/memory-store.ts';
import { loadTraces } from '../stores/read-trace.ts';
import { expectWellFormedTrace } from '../testing/expect-well-formed-trace.ts';
import { manualClock } from '../testing/manual-clock.ts';
import { pipelineTopology } from '../topology/pipeline-topology.ts';
import { continueWorkflow } from './continue-workflow.ts';
import { handoffFetch } from './handoff-fetch.ts';
import { handoffHeaders } from './handoff-headers.ts';
import { readHandoffHeaders } from './read-handoff-headers.ts';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

/** A researcher "service": an HTTP server whose handler continues the caller's workflow. */
async function researcherService(
  tracer: Tracer,
  answer: (task: string) => string,
  seen: (task: string) => string,
  graph?: GraphTopology,
): Promise<string> {
  const server = createServer(async (request, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    const reply = await continueWorkflow(tracer, request.headers, async (incoming) => {
      // The service's own graph (an adapter's, or declared by hand) joins the caller's workflow.
      if (graph) tracer.currentWorkflow()?.declareTopology(graph);
      const text = await tracer.turn('researcher', async () => answer(body), {
        input: [{ role: 'user', content: seen(body) }],
      });
      return { text, headers: incoming.replyHeaders(text) };
    });
    response.writeHead(200, reply.headers);
    response.end(reply.text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanup.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/research`;
}

async function twoProcesses(options: {
  skewMs: number;
  answer: (task: string) => string;
  task: string;
  /** What the researcher's model is shown of the task. Default: all of it. */
  seen?: (task: string) => string;
  /** The graphs each process declares. */
  graphs?: { planner: GraphTopology; researcher: GraphTopology };
}) {
  const dir = await mkdtemp(join(tmpdir(), 'handoff-two-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  // One true time; the researcher's machine reads it `skewMs` off.
  const plannerClock = manualClock();
  const researcherClock = { now: () => plannerClock.now() + options.skewMs };
  const planner = createTracer({
    store: jsonlStore({ dir, file: 'planner.jsonl' }),
    clock: plannerClock,
    flushOnExit: false,
  });
  const researcher = createTracer({
    store: jsonlStore({ dir, file: 'researcher.jsonl' }),
    clock: researcherClock,
    flushOnExit: false,
    writer: 'researcher-service',
  });
  const url = await researcherService(
    researcher,
    (task) => {
      plannerClock.advance(50);
      return options.answer(task);
    },
    options.seen ?? ((task) => task),
    options.graphs?.researcher,
  );
  await planner.workflow(
    'research',
    () =>
      planner.turn('planner', async () => {
        plannerClock.advance(10);
        const response = await handoffFetch(planner, url, {
          method: 'POST',
          body: options.task,
          handoff: { to: 'researcher' },
        });
        plannerClock.advance(100);
        return response.text();
      }),
    {
      id: '0f8fad5b-d9cb-469f-a165-70867728950e',
      ...(options.graphs ? { topology: options.graphs.planner } : {}),
    },
  );
  await planner.shutdown();
  await researcher.shutdown();
  return dir;
}

describe('continueWorkflow across processes', () => {
  it('merges two processes into one workflow, ordered by the handoff pair despite a 5 s slow clock', async () => {
    const dir = await twoProcesses({
      skewMs: -5_000,
      task: 'Research ACME Q3 2024 revenue.',
      answer: () => 'ACME Q3 2024 revenue: EUR 4.2 billion.',
    });
    const { traces } = await loadTraces(dir);
    expect(traces).toHaveLength(1);
    const [trace] = traces;
    const planner = trace!.turns.find((t) => t.agent === 'planner')!;
    const researcher = trace!.turns.find((t) => t.agent === 'researcher')!;
    expect(researcher.parentTurnId).toBe(planner.id);
    const [delegation, reply] = trace!.handoffs;
    expect(delegation).toMatchObject({
      kind: 'delegation',
      from: 'planner',
      to: 'researcher',
      content: 'Research ACME Q3 2024 revenue.',
      fromTurnId: planner.id,
      toTurnId: researcher.id,
    });
    expect(reply).toMatchObject({
      kind: 'return',
      from: 'researcher',
      to: 'planner',
      content: 'ACME Q3 2024 revenue: EUR 4.2 billion.',
      toTurnId: planner.id,
    });
    // The researcher's clock ran 5 s behind: aligned, its turn starts after the delegation was sent
    // and ends before the planner received the answer.
    expect(researcher.startedAt).toBeGreaterThanOrEqual(delegation!.sentAt);
    expect(reply!.receivedAt!).toBeGreaterThanOrEqual(reply!.sentAt);
    expect(researcher.endedAt!).toBeLessThanOrEqual(planner.endedAt!);
    expect(Object.values(trace!.workflow.metadata.clockOffsetsMs as Record<string, number>)[0]).toBe(5_000);
    expect(trace!.workflow.status).toBe('ok');
    // Each process wrote its own events, numbered from 0 by its own writer.
    const researcherLines = (await readFile(join(dir, 'researcher.jsonl'), 'utf8')).trim().split('\n');
    expect(researcherLines.map((line) => JSON.parse(line).writer)).toEqual(
      researcherLines.map(() => 'researcher-service.1'),
    );
    expect(JSON.parse(researcherLines[0]!).seq).toBe(0);
  });

  it('leaves clocks that agree alone', async () => {
    const dir = await twoProcesses({ skewMs: 0, task: 'Research ACME.', answer: () => 'EUR 4.2 billion.' });
    const { traces } = await loadTraces(dir);
    expect(traces[0]!.workflow.metadata.clockOffsetsMs).toBeUndefined();
  });

  it('finds a message lost across the process boundary', async () => {
    const dir = await twoProcesses({
      skewMs: 3_000,
      task: 'Research ACME Corp Q3 2024 revenue in EUR and the top 3 revenue drivers, citing sources.',
      // The service drops the task and works on a generic prompt.
      seen: () => 'Continue.',
      answer: () => 'Here is a general market overview: markets were mixed this quarter.',
    });
    const analysis = await analyze((await loadTraces(dir)).traces[0]!);
    expect(analysis.failure?.kind).toBe('lost_message');
    expect(analysis.failure?.boundary).toEqual({ from: 'planner', to: 'researcher' });
  });

  it('keeps events of two writers with the same sequence numbers in one file', async () => {
    const dir = await twoProcesses({ skewMs: 0, task: 'Research ACME.', answer: () => 'EUR 4.2 billion.' });
    const merged = join(dir, 'merged', 'all.jsonl');
    await rm(join(dir, 'merged'), { recursive: true, force: true });
    await mkdir(join(dir, 'merged'));
    await writeFile(
      merged,
      (await readFile(join(dir, 'planner.jsonl'), 'utf8')) +
        (await readFile(join(dir, 'researcher.jsonl'), 'utf8')),
    );
    const { traces } = await loadTraces(merged);
    expect(traces[0]!.turns.map((t) => t.agent).sort()).toEqual(['planner', 'researcher']);
    expect(traces[0]!.handoffs).toHaveLength(2);
  });

  it("reads one process's part alone as a trace of its own, and analyses it", async () => {
    const dir = await twoProcesses({
      skewMs: 2_000,
      task: 'Research ACME.',
      answer: () => 'EUR 4.2 billion.',
    });
    for (const file of ['planner.jsonl', 'researcher.jsonl']) {
      const { traces } = await loadTraces(join(dir, file));
      expect(traces).toHaveLength(1);
      expectWellFormedTrace(traces[0]!);
      await expect(analyze(traces[0]!)).resolves.toBeDefined();
    }
    const researcherPart = (await loadTraces(join(dir, 'researcher.jsonl'))).traces[0]!;
    expect(researcherPart.turns[0]).toMatchObject({ agent: 'researcher' });
    expect(researcherPart.turns[0]!.parentTurnId).toBeUndefined();
  });

  it('keeps the graphs both processes declared in the merged workflow', async () => {
    const planner = pipelineTopology(['planner', 'researcher'], 'planner');
    const researcher = pipelineTopology(['researcher', 'fact_checker'], 'research-service');
    const dir = await twoProcesses({
      skewMs: 2_000,
      task: 'Research ACME.',
      answer: () => 'EUR 4.2 billion.',
      graphs: { planner, researcher },
    });
    const { traces } = await loadTraces(dir);
    expect(traces[0]!.topology).toEqual([planner, researcher]);
    // The CLI's route: files analysed on worker threads, a workflow in several files merged at the end.
    const { workflows } = await analyzeFiles(dir);
    expect(workflows.map((workflow) => workflow.trace?.topology)).toEqual([[planner, researcher]]);
  });

  it('runs the handler untraced when the request carries no workflow', async () => {
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    const result = await continueWorkflow(tracer, { 'content-type': 'text/plain' }, (incoming) => {
      expect(incoming.remote).toBeUndefined();
      expect(incoming.replyHeaders('x')).toEqual({});
      return 'done';
    });
    await tracer.flush();
    expect(result).toBe('done');
    expect(store.events).toEqual([]);
  });

  it('does not end a workflow that is live in the same process when a continuation of it ends', async () => {
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    await tracer.workflow('loop', async () => {
      await tracer.turn('planner', async () => {
        const headers = handoffHeaders(tracer, { to: 'critic', content: 'check this' });
        expect(readHandoffHeaders(headers)).toMatchObject({ from: 'planner', to: 'critic' });
        await continueWorkflow(tracer, headers, () => tracer.turn('critic', async () => 'fine'));
        expect(tracer.currentWorkflow()?.ended).toBe(false);
      });
    });
    await tracer.flush();
    const [trace] = store.traces();
    expect(trace!.workflow.status).toBe('ok');
    expect(trace!.handoffs[0]).toMatchObject({
      from: 'planner',
      to: 'critic',
      toTurnId: trace!.turns[1]!.id,
    });
  });
});
