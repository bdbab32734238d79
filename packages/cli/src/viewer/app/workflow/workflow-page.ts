import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { HandoffDetail } from '../detail/handoff-detail.ts';
import { TurnDetail } from '../detail/turn-detail.ts';
import { FindingsPanel } from '../findings/findings-panel.ts';
import { AgentGraph } from '../graph/agent-graph.ts';
import type { Selection } from '../selection.ts';
import { Timeline } from '../timeline/timeline.ts';
import type { WorkflowView } from '../types.ts';
import { formatClock } from '../ui/format-time.ts';
import { RootCauseBanner } from './root-cause-banner.ts';

/** One workflow: root cause, graph, timeline and findings on the left, the selection's detail on the right. */
export function WorkflowPage(props: { view: WorkflowView }) {
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
        `${view.trace.workflow.id} · ${formatClock(view.trace.workflow.startedAt)} · ${view.trace.workflow.status}`,
      ),
    ),
    h(RootCauseBanner, { view }),
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
          h('div', { class: 'graph-wrap' }, h(AgentGraph, { view, selection, onSelect: setSelection })),
        ),
        h(
          'section',
          { class: 'card' },
          h('div', { class: 'card-title' }, 'Timeline'),
          h(Timeline, { view, selection, onSelect: setSelection }),
        ),
        h(FindingsPanel, { view, onSelect: setSelection }),
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
