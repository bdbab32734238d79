import { scriptedModel } from '@handoff/ai-sdk/testing';
import { analyze, createTracer, TOPOLOGY_END, TOPOLOGY_START, type Trace } from '@handoff/core';
import { expectWellFormedTrace, failureSummary, memoryStore } from '@handoff/core/testing';
import { Mastra } from '@mastra/core';
import { Agent } from '@mastra/core/agent';
import { createStep, createWorkflow } from '@mastra/core/workflows';
import { Observability } from '@mastra/observability';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HandoffExporter } from './handoff-exporter.ts';

// Mastra bundles its own copy of the provider types; the AI SDK mock is the same model at run time.
const mockModel = (...args: Parameters<typeof scriptedModel>) => scriptedModel(...args) as never;
const Text = z.object({ text: z.string() });

const agent = (id: string, text: string) =>
  new Agent({ id, name: id, instructions: `You are ${id}.`, model: mockModel(id, [{ text }]) });

/** A step whose code asks an agent, then checks its answer the way the program does. */
const agentStep = (id: string, check: (text: string) => void = () => {}) =>
  createStep({
    id,
    inputSchema: Text,
    outputSchema: Text,
    execute: async ({ inputData, mastra, tracingContext }) => {
      const { text } = await mastra.getAgent(id).generate(inputData.text, { tracingContext });
      check(text);
      return { text };
    },
  });

const parseJson = (text: string) => {
  JSON.parse(text);
};

/** The chaining methods used here; the workflow's own generics are too deep to follow step by step. */
interface Builder {
  then(step: unknown): Builder;
  map(fn: unknown): Builder;
  branch(branches: unknown[]): Builder;
  commit(): ReturnType<typeof createWorkflow>;
}

async function run(planned: string, shape: (workflow: Builder) => Builder, agents: Agent[]) {
  const store = memoryStore();
  const tracer = createTracer({ store, flushOnExit: false });
  const workflow = shape(
    createWorkflow({ id: 'invoices', inputSchema: Text, outputSchema: Text }) as unknown as Builder,
  );
  const mastra = new Mastra({
    agents: Object.fromEntries(agents.map((a) => [a.id, a])),
    workflows: { invoices: workflow.commit() },
    logger: false,
    observability: new Observability({
      configs: { default: { serviceName: 'test', exporters: [new HandoffExporter({ tracer })] } },
    }),
  });
  const result = await (await mastra.getWorkflow('invoices').createRun()).start({
    inputData: { text: planned },
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  await tracer.flush();
  const trace = store.traces()[0] as Trace;
  expectWellFormedTrace(trace);
  const analysis = await analyze(trace);
  const failure = failureSummary(analysis.failure);
  return { status: result.status, trace, failure, findings: analysis.findings };
}

const PROSE = 'Sure! Here is the invoice data: Kühne Verpackungen GmbH, total 1,213.80 EUR.';
const team = (extracted: string) => [
  agent('mail_reader', 'Invoice RE-2025-0419 from Kühne Verpackungen GmbH: 1.213,80 EUR.'),
  agent('invoice_extractor', extracted),
  agent('ap_booker', 'Booked.'),
  agent('clerk', 'Queued for a clerk.'),
];
/** The reader's step, then the extractor's, whose code parses the extractor's answer. */
const throughExtractor = (workflow: Builder) =>
  workflow.then(agentStep('mail_reader')).then(agentStep('invoice_extractor', parseJson));
const pipeline = (workflow: Builder) => throughExtractor(workflow).then(agentStep('ap_booker'));

describe('HandoffExporter: declared topology (workflow step graphs, agent rosters)', () => {
  it('records the steps, their agents and the order the workflow declares', async () => {
    const { trace } = await run('Book the invoice.', pipeline, team('{"total_eur":1213.8}'));
    expect(trace.topology).toEqual([
      {
        name: 'invoices',
        nodes: ['mail_reader', 'invoice_extractor', 'ap_booker'].map((id) => ({ id, agent: id })),
        edges: [
          { from: TOPOLOGY_START, to: 'mail_reader' },
          { from: 'mail_reader', to: 'invoice_extractor' },
          { from: 'invoice_extractor', to: 'ap_booker' },
          { from: 'ap_booker', to: TOPOLOGY_END },
        ],
      },
    ]);
  });

  it('names the next step when a step’s code throws on its agent’s answer', async () => {
    const { status, trace, failure } = await run('Book the invoice.', pipeline, team(PROSE));
    expect(status).toBe('failed');
    // The step that never ran is named by its id: no agent was seen in it.
    expect(trace.topology?.[0]?.nodes.at(-1)).toEqual({ id: 'ap_booker' });
    expect(failure).toBe('agent_error invoice_extractor → ap_booker (invoice_extractor)');
  });

  it('reads through a .map() to the next step, one built from an agent', async () => {
    const booker = agent('ap_booker', 'Booked.');
    const { trace, failure } = await run(
      'Book the invoice.',
      (workflow) =>
        throughExtractor(workflow)
          .map(async ({ inputData }: { inputData: { text: string } }) => ({ prompt: inputData.text }))
          .then(createStep(booker)),
      [...team(PROSE).filter((a) => a.id !== 'ap_booker'), booker],
    );
    expect(trace.topology?.[0]?.nodes.at(-1)).toEqual({ id: 'ap_booker', agent: 'ap_booker' });
    expect(failure).toBe('agent_error invoice_extractor → ap_booker (invoice_extractor)');
  });

  it('does not guess between the branches after the failing step', async () => {
    const { trace, failure } = await run(
      'Book the invoice.',
      (workflow) =>
        throughExtractor(workflow).branch([
          [
            async ({ inputData }: { inputData: { text: string } }) => inputData.text.startsWith('{'),
            agentStep('ap_booker'),
          ],
          [async () => true, agentStep('clerk')],
        ]),
      team(PROSE),
    );
    expect(trace.topology?.[0]?.edges).toEqual(
      expect.arrayContaining([
        { from: 'invoice_extractor', to: 'ap_booker', conditional: true },
        { from: 'invoice_extractor', to: 'clerk', conditional: true },
      ]),
    );
    expect(failure).toBe('agent_error invoice_extractor → (output) (invoice_extractor)');
  });

  it('changes nothing in the analysis of a run that ended normally', async () => {
    const { status, failure, findings } = await run(
      'Book the invoice.',
      pipeline,
      team('{"total_eur":1213.8}'),
    );
    expect(status).toBe('success');
    expect(failure).toBeNull();
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('records an agent’s roster of sub-agents (its `agents`), nested rosters too', async () => {
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    const checker = agent('fact_checker', 'All facts check out.');
    const editor = new Agent({
      id: 'editor',
      name: 'editor',
      description: 'Edits drafts',
      instructions: 'Edit.',
      model: mockModel('editor', [{ text: 'Edited.' }]),
      agents: { checker },
    });
    const lead = new Agent({
      id: 'desk_lead',
      name: 'desk_lead',
      instructions: 'Coordinate.',
      model: mockModel('lead', [
        { tool: 'agent-editor', input: { prompt: 'Edit the draft.' } },
        { text: 'Done.' },
      ]),
      agents: { editor, writer: agent('writer', 'A draft.') },
    });
    const mastra = new Mastra({
      agents: { desk_lead: lead },
      logger: false,
      observability: new Observability({
        configs: { default: { serviceName: 'test', exporters: [new HandoffExporter({ tracer })] } },
      }),
    });
    await mastra.getAgent('desk_lead').generate('Publish the story.');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await tracer.flush();
    const trace = store.traces()[0] as Trace;
    expectWellFormedTrace(trace);
    const [desk, nested] = trace.topology ?? [];
    expect(desk).toEqual({
      name: 'desk_lead',
      nodes: [
        { id: 'desk_lead', agent: 'desk_lead' },
        { id: 'editor', agent: 'editor' },
        { id: 'writer', agent: 'writer' },
      ],
      edges: [
        { from: TOPOLOGY_START, to: 'desk_lead' },
        { from: 'desk_lead', to: 'editor', conditional: true, label: 'agent-editor' },
        { from: 'editor', to: 'desk_lead' },
        { from: 'desk_lead', to: 'writer', conditional: true, label: 'agent-writer' },
        { from: 'writer', to: 'desk_lead' },
        { from: 'desk_lead', to: TOPOLOGY_END, conditional: true },
      ],
    });
    expect(nested?.name).toBe('editor');
    expect(nested?.nodes).toEqual([
      { id: 'editor', agent: 'editor' },
      { id: 'checker', agent: 'fact_checker' },
    ]);
    expect(await analyze(trace)).toMatchObject({ failure: null });
  });
});
