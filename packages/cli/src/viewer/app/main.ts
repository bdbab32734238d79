import type { AgentTurn, Finding, Handoff } from '@handoff/core';
import { type ComponentChildren, h, render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { layoutGraph } from './graph-layout.ts';
import { summarize } from './summarize.ts';
import type { DataSource, WorkflowSummary, WorkflowView } from './types.ts';

// All trace text is rendered as text nodes (Preact escapes it); nothing from a trace becomes HTML,
// a URL or an attribute that executes.

type Selection = { type: 'handoff'; id: string } | { type: 'turn'; id: string } | undefined;

declare global {
  interface Window {
    __HANDOFF_DATA__?: DataSource;
  }
}

const source: DataSource = window.__HANDOFF_DATA__ ?? { mode: 'live' };

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
const time = (at: number) => new Date(at).toLocaleTimeString();

function Badge(props: { kind: string; children?: ComponentChildren }) {
  return h('span', { class: `badge badge-${props.kind}` }, props.children);
}

function statusKind(summary: WorkflowSummary): string {
  if (summary.rootKind) return 'bad';
  if (summary.status === 'incomplete' || summary.status === 'running') return 'warn';
  return 'good';
}

function Sidebar(props: {
  workflows: WorkflowSummary[];
  selected: string | undefined;
  onSelect: (id: string) => void;
}) {
  return h(
    'nav',
    { class: 'sidebar', 'aria-label': 'workflows' },
    h('div', { class: 'brand' }, h('span', { class: 'logo' }, '⇄'), ' Handoff'),
    h(
      'div',
      { class: 'sidebar-title' },
      `${props.workflows.length} workflow${props.workflows.length === 1 ? '' : 's'}`,
    ),
    props.workflows.map((workflow) =>
      h(
        'button',
        {
          class: `workflow-item ${workflow.workflowId === props.selected ? 'selected' : ''}`,
          onClick: () => props.onSelect(workflow.workflowId),
          'data-workflow': workflow.workflowId,
        },
        h(
          'div',
          { class: 'workflow-line' },
          h('span', { class: `dot dot-${statusKind(workflow)}` }),
          h('strong', null, workflow.name),
          h('span', { class: 'muted time' }, time(workflow.startedAt)),
        ),
        h(
          'div',
          { class: 'workflow-meta muted' },
          `${workflow.agents.length} agents · ${workflow.handoffs} handoffs · ${seconds(workflow.durationMs)} · ${workflow.status}`,
        ),
        h(
          'div',
          { class: `workflow-cause ${workflow.rootKind ? 'bad-text' : 'good-text'}` },
          workflow.rootCause ?? (workflow.status === 'incomplete' ? 'incomplete trace' : 'healthy'),
        ),
      ),
    ),
  );
}

function RootCause(props: { view: WorkflowView }) {
  const { failure } = props.view.analysis;
  const { workflow } = props.view.trace;
  if (!failure) {
    return h(
      'section',
      { class: `banner ${workflow.status === 'incomplete' ? 'banner-warn' : 'banner-good'}` },
      h(
        'div',
        { class: 'banner-title' },
        workflow.status === 'incomplete' ? 'Incomplete trace' : 'Healthy run',
      ),
      h(
        'div',
        null,
        workflow.status === 'incomplete'
          ? 'The trace stops before the workflow ended; no root cause among what was recorded.'
          : 'No finding reaches the final output.',
      ),
    );
  }
  return h(
    'section',
    { class: 'banner banner-bad', 'data-testid': 'root-cause' },
    h(
      'div',
      { class: 'banner-title' },
      'Root cause ',
      h(Badge, { kind: 'bad' }, failure.kind),
      ' ',
      h('span', { class: 'muted' }, `confidence ${failure.confidence.toFixed(2)}`),
    ),
    h('div', { class: 'banner-summary' }, failure.summary),
    h(
      'div',
      { class: 'chain' },
      failure.chain.map((b, i) =>
        h('span', { class: `chain-step ${i === 0 ? 'chain-cause' : ''}`, key: i }, `${b.to} ← ${b.from}`),
      ),
      h('span', { class: 'chain-step chain-end' }, 'final output'),
    ),
  );
}

function Graph(props: { view: WorkflowView; selection: Selection; onSelect: (s: Selection) => void }) {
  const layout = useMemo(() => layoutGraph(props.view), [props.view]);
  const selectedHandoff = props.selection?.type === 'handoff' ? props.selection.id : undefined;
  return h(
    'svg',
    {
      class: 'graph',
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      width: layout.width,
      height: layout.height,
      role: 'img',
      'aria-label': 'agent graph',
    },
    h(
      'defs',
      null,
      ['normal', 'red'].map((kind) =>
        h(
          'marker',
          {
            id: `arrow-${kind}`,
            viewBox: '0 0 10 10',
            refX: 9,
            refY: 5,
            markerWidth: 7,
            markerHeight: 7,
            orient: 'auto-start-reverse',
          },
          h('path', { d: 'M0,0 L10,5 L0,10 z', class: `arrow-${kind}` }),
        ),
      ),
    ),
    layout.edges.map((edge) => {
      const d = edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
      const mid = edge.points[Math.floor(edge.points.length / 2)] ?? { x: 0, y: 0 };
      const selected = selectedHandoff !== undefined && edge.handoffIds.includes(selectedHandoff);
      const cls = `edge ${edge.inChain ? 'edge-chain' : ''} ${edge.cause ? 'edge-cause' : ''} ${edge.verdict ? `edge-${edge.verdict}` : ''} ${selected ? 'edge-selected' : ''}`;
      return h(
        'g',
        {
          key: edge.key,
          class: cls,
          onClick: () => props.onSelect({ type: 'handoff', id: edge.handoffIds[0]! }),
          'data-edge': `${edge.from}->${edge.to}`,
        },
        h('title', null, `${edge.from} → ${edge.to}: ${edge.handoffIds.length} handoff(s)`),
        h('path', { d, 'marker-end': `url(#arrow-${edge.inChain ? 'red' : 'normal'})` }),
        h('path', { d, class: 'edge-hit' }),
        h('text', { x: mid.x, y: mid.y - 6, 'text-anchor': 'middle', class: 'edge-label' }, edge.label),
      );
    }),
    layout.nodes.map((node) =>
      h(
        'g',
        {
          key: node.id,
          class: `node ${node.failed ? 'node-failed' : ''}`,
          transform: `translate(${node.x - node.width / 2},${node.y - node.height / 2})`,
          onClick: () => {
            const turn = props.view.trace.turns.find((t) => t.agent === node.id);
            if (turn) props.onSelect({ type: 'turn', id: turn.id });
          },
          'data-node': node.id,
        },
        h('rect', { width: node.width, height: node.height, rx: 10 }),
        h(
          'text',
          { x: node.width / 2, y: 23, 'text-anchor': 'middle', class: 'node-name' },
          node.id.length > 20 ? `${node.id.slice(0, 19)}…` : node.id,
        ),
        h(
          'text',
          { x: node.width / 2, y: 40, 'text-anchor': 'middle', class: 'node-meta' },
          `${node.turns} turn${node.turns === 1 ? '' : 's'}`,
        ),
      ),
    ),
  );
}

function Timeline(props: { view: WorkflowView; selection: Selection; onSelect: (s: Selection) => void }) {
  const { trace, analysis } = props.view;
  const agents = [...new Set(trace.turns.map((t) => t.agent))];
  const start = trace.workflow.startedAt;
  const end = Math.max(
    trace.workflow.endedAt ?? 0,
    ...trace.turns.map((t) => t.endedAt ?? t.startedAt),
    start + 1,
  );
  const width = 900;
  const x = (at: number) => 110 + ((at - start) / (end - start)) * (width - 130);
  const lane = 26;
  const failedTurns = new Set(
    analysis.findings.filter((f) => f.severity === 'error' && f.turnId).map((f) => f.turnId),
  );
  return h(
    'svg',
    {
      class: 'timeline',
      viewBox: `0 0 ${width} ${agents.length * lane + 24}`,
      width: '100%',
      role: 'img',
      'aria-label': 'timeline',
    },
    agents.map((agent, i) =>
      h(
        'g',
        { key: agent },
        h(
          'text',
          { x: 4, y: i * lane + 17, class: 'lane-label' },
          agent.length > 14 ? `${agent.slice(0, 13)}…` : agent,
        ),
        h('line', { x1: 108, x2: width - 10, y1: i * lane + 13, y2: i * lane + 13, class: 'lane-line' }),
      ),
    ),
    trace.turns.map((turn) => {
      const i = agents.indexOf(turn.agent);
      const x1 = x(turn.startedAt);
      const x2 = Math.max(x1 + 3, x(turn.endedAt ?? end));
      const selected = props.selection?.type === 'turn' && props.selection.id === turn.id;
      return h(
        'rect',
        {
          key: turn.id,
          x: x1,
          y: i * lane + 5,
          width: x2 - x1,
          height: 16,
          rx: 4,
          class: `bar ${turn.status === 'error' || failedTurns.has(turn.id) ? 'bar-bad' : ''} ${selected ? 'bar-selected' : ''}`,
          onClick: () => props.onSelect({ type: 'turn', id: turn.id }),
          'data-turn': turn.id,
        },
        h('title', null, `${turn.agent}: ${seconds((turn.endedAt ?? end) - turn.startedAt)}`),
      );
    }),
    trace.handoffs.map((handoff) => {
      const from = agents.indexOf(handoff.from);
      const to = agents.indexOf(handoff.to);
      if (from < 0 || to < 0) return null;
      const hx = x(handoff.sentAt);
      return h('line', {
        key: handoff.id,
        x1: hx,
        x2: hx,
        y1: from * lane + 13,
        y2: to * lane + 13,
        class: `handoff-mark ${analysis.failure?.handoffId === handoff.id ? 'handoff-mark-bad' : ''}`,
        onClick: () => props.onSelect({ type: 'handoff', id: handoff.id }),
      });
    }),
    h(
      'text',
      { x: width - 10, y: agents.length * lane + 18, 'text-anchor': 'end', class: 'lane-label' },
      seconds(end - start),
    ),
  );
}

function Block(props: { title: string; children?: ComponentChildren }) {
  return h('div', { class: 'block' }, h('div', { class: 'block-title' }, props.title), props.children);
}

function Text(props: { text: string | undefined; label?: string }) {
  if (!props.text) return null;
  return h('pre', { class: 'text' }, props.text);
}

function FindingList(props: { findings: Finding[] }) {
  if (props.findings.length === 0) return null;
  return h(
    Block,
    { title: 'Findings' },
    props.findings.map((f) =>
      h(
        'div',
        { class: `finding finding-${f.severity}`, key: f.id },
        h(
          'div',
          null,
          h(Badge, { kind: f.severity === 'error' ? 'bad' : 'warn' }, f.kind),
          f.mast ? h('span', { class: 'muted' }, ` ${f.mast}`) : null,
        ),
        h('div', null, f.summary),
        f.evidence.length > 0
          ? h(
              'ul',
              { class: 'evidence' },
              f.evidence.map((e, i) =>
                h(
                  'li',
                  { key: i },
                  h('strong', null, e.label),
                  `: ${e.detail}`,
                  e.expected ? h('div', { class: 'muted' }, `expected: ${e.expected}`) : null,
                  e.actual ? h('div', { class: 'muted' }, `actual: ${e.actual}`) : null,
                ),
              ),
            )
          : null,
      ),
    ),
  );
}

function HandoffDetail(props: { view: WorkflowView; handoff: Handoff }) {
  const { handoff, view } = props;
  const delivery = view.analysis.deliveries[handoff.id];
  const findings = view.analysis.findings.filter((f) => f.handoffId === handoff.id);
  return h(
    'div',
    { class: 'detail', 'data-testid': 'detail' },
    h('h3', null, `${handoff.from} → ${handoff.to}`, ' ', h(Badge, { kind: 'neutral' }, handoff.kind)),
    h(
      'div',
      { class: 'muted' },
      `sent ${time(handoff.sentAt)}${handoff.receivedAt ? ` · received ${time(handoff.receivedAt)}` : ' · never received'}`,
    ),
    h(Block, { title: 'Message' }, h(Text, { text: handoff.content })),
    handoff.task && handoff.task !== handoff.content
      ? h(Block, { title: 'Task' }, h(Text, { text: handoff.task }))
      : null,
    delivery
      ? h(
          Block,
          { title: 'Delivery' },
          h(
            'div',
            null,
            h(
              Badge,
              {
                kind:
                  delivery.verdict === 'understood'
                    ? 'good'
                    : delivery.verdict === 'partially'
                      ? 'warn'
                      : 'bad',
              },
              delivery.verdict,
            ),
            ` score ${delivery.score.toFixed(2)}${delivery.judge ? ` · judged by ${delivery.judge}` : ''}`,
          ),
          delivery.evidence.length > 0
            ? h(
                'ul',
                { class: 'evidence' },
                delivery.evidence.map((e, i) => h('li', { key: i }, `${e.label}: ${e.detail}`)),
              )
            : null,
        )
      : null,
    h(FindingList, { findings }),
  );
}

function TurnDetail(props: { view: WorkflowView; turn: AgentTurn }) {
  const { turn, view } = props;
  const findings = view.analysis.findings.filter((f) => f.turnId === turn.id);
  const quality = view.analysis.scores.find((s) => s.name === 'quality' && s.target.id === turn.id);
  const items = view.trace.contextItems;
  return h(
    'div',
    { class: 'detail', 'data-testid': 'detail' },
    h(
      'h3',
      null,
      turn.agent,
      ' ',
      h(Badge, { kind: turn.status === 'error' ? 'bad' : 'neutral' }, turn.status),
    ),
    h(
      'div',
      { class: 'muted' },
      `${time(turn.startedAt)} · ${seconds((turn.endedAt ?? turn.startedAt) - turn.startedAt)}${quality ? ` · quality ${quality.value.toFixed(2)}` : ''}`,
    ),
    h(
      Block,
      { title: 'Input' },
      turn.input.map((m, i) =>
        h(
          'div',
          { key: i, class: 'message' },
          h('span', { class: 'role' }, m.role),
          h(Text, { text: m.content }),
        ),
      ),
    ),
    h(Block, { title: 'Output' }, h(Text, { text: turn.output ?? '' })),
    turn.reasoning || turn.modelCalls.some((c) => c.reasoning)
      ? h(
          Block,
          { title: 'Reasoning' },
          h(Text, { text: turn.reasoning ?? turn.modelCalls.map((c) => c.reasoning ?? '').join('\n') }),
        )
      : null,
    turn.contextReads.length > 0
      ? h(
          Block,
          { title: 'Context reads' },
          turn.contextReads.map((read, i) => {
            const newer = items.filter(
              (item) =>
                item.key === read.key && item.version > read.version && item.producedAt <= read.readAt,
            );
            return h(
              'div',
              { key: i, class: newer.length ? 'bad-text' : '' },
              `${read.key} v${read.version} (${read.via}) ${newer.length ? `— stale: v${newer.at(-1)?.version} existed` : '— fresh'}`,
            );
          }),
        )
      : null,
    turn.modelCalls.length > 0
      ? h(
          Block,
          { title: 'Model calls' },
          turn.modelCalls.map((call) =>
            h(
              'div',
              { key: call.id, class: 'row' },
              `${call.model} · ${call.latencyMs} ms · in ${call.usage.inputTokens ?? '?'} / out ${call.usage.outputTokens ?? '?'}${call.usage.reasoningTokens ? ` (reasoning ${call.usage.reasoningTokens})` : ''} tokens${call.finishReason ? ` · ${call.finishReason}` : ''}`,
            ),
          ),
        )
      : null,
    turn.toolCalls.length > 0
      ? h(
          Block,
          { title: 'Tool calls' },
          turn.toolCalls.map((call) =>
            h(
              'div',
              { key: call.id, class: `tool ${call.error ? 'bad-text' : ''}` },
              h('strong', null, call.name),
              h(Text, { text: JSON.stringify(call.args) }),
              h(Text, {
                text: call.error
                  ? `${call.error.name}: ${call.error.message}`
                  : typeof call.result === 'string'
                    ? call.result
                    : JSON.stringify(call.result),
              }),
            ),
          ),
        )
      : null,
    turn.errors.length > 0
      ? h(
          Block,
          { title: 'Errors' },
          turn.errors.map((e, i) => h('div', { key: i, class: 'bad-text' }, `${e.name}: ${e.message}`)),
        )
      : null,
    h(FindingList, { findings }),
  );
}

function Workflow(props: { view: WorkflowView }) {
  const { view } = props;
  const initial: Selection = view.analysis.failure?.handoffId
    ? { type: 'handoff', id: view.analysis.failure.handoffId }
    : undefined;
  const [selection, setSelection] = useState<Selection>(initial);
  useEffect(() => setSelection(initial), [view.trace.workflow.id]);
  const handoff =
    selection?.type === 'handoff' ? view.trace.handoffs.find((x) => x.id === selection.id) : undefined;
  const turn = selection?.type === 'turn' ? view.trace.turns.find((x) => x.id === selection.id) : undefined;
  return h(
    'main',
    { class: 'workflow' },
    h(
      'header',
      { class: 'workflow-header' },
      h('h1', null, view.trace.workflow.name),
      h(
        'span',
        { class: 'muted' },
        `${view.trace.workflow.id} · ${time(view.trace.workflow.startedAt)} · ${view.trace.workflow.status}`,
      ),
    ),
    h(RootCause, { view }),
    h(
      'div',
      { class: 'columns' },
      h(
        'div',
        { class: 'left' },
        h(
          'section',
          { class: 'card' },
          h('div', { class: 'card-title' }, 'Agents and handoffs'),
          h('div', { class: 'graph-wrap' }, h(Graph, { view, selection, onSelect: setSelection })),
        ),
        h(
          'section',
          { class: 'card' },
          h('div', { class: 'card-title' }, 'Timeline'),
          h(Timeline, { view, selection, onSelect: setSelection }),
        ),
        h(
          'section',
          { class: 'card' },
          h('div', { class: 'card-title' }, `Findings (${view.analysis.findings.length})`),
          view.analysis.findings.length === 0
            ? h('div', { class: 'muted' }, 'none')
            : view.analysis.findings.map((f) =>
                h(
                  'div',
                  {
                    key: f.id,
                    class: `finding-row finding-${f.severity}`,
                    onClick: () =>
                      setSelection(
                        f.handoffId
                          ? { type: 'handoff', id: f.handoffId }
                          : f.turnId
                            ? { type: 'turn', id: f.turnId }
                            : undefined,
                      ),
                  },
                  h(Badge, { kind: f.severity === 'error' ? 'bad' : 'warn' }, f.kind),
                  ' ',
                  f.summary,
                ),
              ),
        ),
      ),
      h(
        'aside',
        { class: 'right card' },
        handoff
          ? h(HandoffDetail, { view, handoff })
          : turn
            ? h(TurnDetail, { view, turn })
            : h(
                'div',
                { class: 'muted hint' },
                'Click a handoff (edge) or an agent to see the message, the delivery verdict and the evidence.',
              ),
      ),
    ),
  );
}

function App() {
  const [summaries, setSummaries] = useState<WorkflowSummary[]>(
    source.mode === 'static' ? source.workflows.map(summarize) : [],
  );
  const [selected, setSelected] = useState<string | undefined>(() => {
    const first =
      source.mode === 'static'
        ? (source.workflows.find((w) => w.analysis.failure) ?? source.workflows[0])
        : undefined;
    return first?.trace.workflow.id;
  });
  const [view, setView] = useState<WorkflowView | undefined>();
  const [revision, setRevision] = useState(0);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    if (source.mode !== 'live') return;
    fetchJson<WorkflowSummary[]>('api/workflows')
      .then((list) => {
        setSummaries(list);
        setSelected((current) => current ?? (list.find((w) => w.rootKind) ?? list[0])?.workflowId);
      })
      .catch((e: unknown) => setError(String(e)));
  }, [revision]);

  useEffect(() => {
    if (source.mode !== 'live') return;
    const events = new EventSource('api/events');
    events.addEventListener('change', () => setRevision((n) => n + 1));
    return () => events.close();
  }, []);

  useEffect(() => {
    if (!selected) return;
    if (source.mode === 'static') {
      setView(source.workflows.find((w) => w.trace.workflow.id === selected));
      return;
    }
    fetchJson<WorkflowView>(`api/workflow?id=${encodeURIComponent(selected)}`)
      .then(setView)
      .catch((e: unknown) => setError(String(e)));
  }, [selected, revision]);

  return h(
    'div',
    { class: 'app' },
    h(Sidebar, { workflows: summaries, selected, onSelect: setSelected }),
    error
      ? h('main', { class: 'workflow' }, h('div', { class: 'banner banner-bad' }, error))
      : view
        ? h(Workflow, { view })
        : h(
            'main',
            { class: 'workflow muted hint' },
            summaries.length === 0
              ? 'No traces yet. Run a traced program; this page updates live.'
              : 'Loading…',
          ),
  );
}

render(h(App, null), document.getElementById('app')!);
