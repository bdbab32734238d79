import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, analyzeFiles, createTracer, type GraphTopology, memoryStore } from '@handoff/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordDeclaredCrash } from '../../testing/record-declared-crash.ts';
import type { WorkflowView } from '../types.ts';
import { edgeKey, indexView } from '../view-index.ts';
import { declaredTopology } from './declared-topology.ts';
import { layoutGraph } from './graph-layout.ts';

let dir: string;
let crash: WorkflowView;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'handoff-declared-'));
  await recordDeclaredCrash(dir, { file: 'crash.jsonl', name: 'invoices' });
  const [only] = (await analyzeFiles(dir)).workflows;
  crash = { trace: only!.trace!, analysis: only!.analysis };
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the declared graph in the agent graph', () => {
  it('draws the declared next agent of an AI SDK chain that crashed before it ran', () => {
    const layout = layoutGraph(indexView(crash));
    const booker = layout.nodes.find((n) => n.id === 'ap_booker');
    expect(booker).toMatchObject({ declaredOnly: true, turns: 0, declaredIn: ['pipeline'] });
    expect(layout.nodes.filter((n) => n.declaredOnly).map((n) => n.id)).toEqual(['ap_booker']);
    // The run took reader → extractor (a handoff); extractor → booker is declared and never taken.
    expect(layout.edges.map((e) => [e.from, e.to, e.declaredIn])).toEqual([
      ['mail_reader', 'invoice_extractor', ['pipeline']],
    ]);
    expect(layout.untaken).toHaveLength(1);
    expect(layout.untaken[0]).toMatchObject({ from: 'invoice_extractor', to: 'ap_booker', cause: true });
    // Laid out like any edge: from the extractor's box to the booker's.
    const points = layout.untaken[0]!.points;
    const extractor = layout.nodes.find((n) => n.id === 'invoice_extractor')!;
    expect(points.length).toBeGreaterThan(1);
    expect(Math.abs(points[0]!.y - extractor.y)).toBeLessThanOrEqual(extractor.height / 2 + 1);
    expect(Math.abs(points.at(-1)!.y - booker!.y)).toBeLessThanOrEqual(booker!.height / 2 + 1);
  });

  it('draws nothing declared for a run without a topology', () => {
    const { topology: _, ...trace } = crash.trace;
    const layout = layoutGraph(indexView({ trace, analysis: crash.analysis }));
    expect(layout.untaken).toEqual([]);
    expect(layout.nodes.map((n) => [n.id, n.declaredOnly, n.declaredIn])).toEqual([
      ['mail_reader', false, []],
      ['invoice_extractor', false, []],
    ]);
  });

  it('folds graphs onto agents: conditional labels, unnamed agents by node name, no entry, exit or loop', async () => {
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    const root: GraphTopology = {
      name: 'root',
      nodes: [{ id: 'route', agent: 'router' }, { id: 'billing', agent: 'billing_agent' }, { id: 'audit' }],
      edges: [
        { from: '__start__', to: 'route' },
        { from: 'route', to: 'billing', conditional: true, label: 'invoice' },
        { from: 'route', to: 'audit', conditional: true, label: 'fraud' },
        { from: 'billing', to: 'billing', conditional: true },
        { from: 'billing', to: '__end__' },
      ],
    };
    const nested: GraphTopology = {
      name: 'root|billing',
      nodes: [
        { id: 'route', agent: 'router' },
        { id: 'billing', agent: 'billing_agent' },
      ],
      edges: [{ from: 'route', to: 'billing' }],
    };
    const workflow = tracer.startWorkflow('support');
    workflow.declareTopology(root);
    workflow.declareTopology(nested);
    const router = workflow.startTurn({
      agent: 'router',
      input: [{ role: 'user', content: 'Is invoice 7 paid?' }],
    });
    router.end({ output: 'invoice question' });
    workflow.sendHandoff({
      kind: 'edge',
      from: 'router',
      to: 'billing_agent',
      fromTurnId: router.id,
      content: 'Customer asks whether invoice 7 is paid.',
    });
    const billing = workflow.startTurn({
      agent: 'billing_agent',
      input: [{ role: 'user', content: 'Customer asks whether invoice 7 is paid.' }],
    });
    billing.end({ output: 'Invoice 7 is paid.' });
    workflow.end({ output: 'Invoice 7 is paid.' });
    await tracer.flush();
    const trace = store.traces()[0]!;
    const declared = declaredTopology(trace);
    expect(Object.fromEntries(declared.nodes)).toEqual({
      router: ['root', 'root|billing'],
      billing_agent: ['root', 'root|billing'],
      audit: ['root'],
    });
    expect([...declared.edges.values()]).toEqual([
      {
        key: edgeKey('router', 'billing_agent'),
        from: 'router',
        to: 'billing_agent',
        graphs: ['root', 'root|billing'],
        conditional: false,
        labels: ['invoice'],
      },
      {
        key: edgeKey('router', 'audit'),
        from: 'router',
        to: 'audit',
        graphs: ['root'],
        conditional: true,
        labels: ['fraud'],
      },
    ]);
    const layout = layoutGraph(indexView({ trace, analysis: await analyze(trace) }));
    expect(layout.untaken.map((e) => [e.from, e.to, e.label, e.cause])).toEqual([
      ['router', 'audit', 'fraud', false],
    ]);
    expect(layout.nodes.find((n) => n.id === 'audit')).toMatchObject({ declaredOnly: true });
  });
});
