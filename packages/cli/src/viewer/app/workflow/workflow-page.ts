import { h } from 'preact';
import { HandoffDetail } from '../detail/handoff-detail.ts';
import { TurnDetail } from '../detail/turn-detail.ts';
import { FindingsPanel } from '../findings/findings-panel.ts';
import { AgentGraph } from '../graph/agent-graph.ts';
import { type Selection, stepSelection } from '../selection.ts';
import { Timeline } from '../timeline/timeline.ts';
import { Badge } from '../ui/badge.ts';
import { formatDateTime, formatInstant } from '../ui/format-time.ts';
import { runStatus } from '../ui/run-status.ts';
import type { ViewIndex } from '../view-index.ts';
import { hasTexts } from '../withheld-texts.ts';
import { RootCauseBanner } from './root-cause-banner.ts';
import { RunSummary } from './run-summary.ts';
import type { Prices } from './run-totals.ts';

const ARROWS: Record<string, [number, boolean]> = {
  ArrowRight: [1, false],
  ArrowLeft: [-1, false],
  ArrowDown: [1, true],
  ArrowUp: [-1, true],
};

/** Keeps keyboard focus on the thing that shows the selection (an edge, a timeline mark). */
function focusSelection(selection: Selection) {
  const active = document.activeElement as HTMLElement | null;
  if (selection?.type !== 'handoff' || !active) return;
  requestAnimationFrame(() => {
    if (active.dataset.edge !== undefined) {
      document.querySelector<HTMLElement>('.edge[aria-current="true"]')?.focus();
    } else if (active.dataset.handoffMark !== undefined) {
      document.querySelector<HTMLElement>(`[data-handoff-mark="${CSS.escape(selection.id)}"]`)?.focus();
    }
  });
}

/** Whether the view has the texts the detail panel shows (the run's summary counts every message). */
function detailReady(index: ViewIndex, shown: (string | undefined)[]): boolean {
  const { view } = index;
  if (!view.withheld) return true;
  return shown.length > 0 && shown.every((id) => id === undefined || hasTexts(view, id));
}

/** One workflow: root cause, graph, timeline and findings on the left, the selection's detail on the right. */
export function WorkflowPage(props: {
  index: ViewIndex;
  selection: Selection;
  prices: Prices | undefined;
  onSelect: (selection: Selection) => void;
}) {
  const { index, selection, onSelect } = props;
  const { trace, analysis } = index.view;
  const handoff = selection?.type === 'handoff' ? index.handoffs.get(selection.id) : undefined;
  const turn = selection?.type === 'turn' ? index.turns.get(selection.id) : undefined;
  const status = runStatus(trace.workflow.status, analysis.failure?.kind, trace.workflow.feedback?.correct);
  // ←/→ move along the run's handoffs in send order, ↑/↓ along the selected edge; Escape shows the summary.
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, select, textarea, .right')) return;
    if (event.key === 'Escape') return onSelect(undefined);
    const arrow = ARROWS[event.key];
    if (!arrow || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const next = stepSelection(index, selection, arrow[0], arrow[1]);
    onSelect(next);
    focusSelection(next);
  };
  return h(
    'main',
    { class: 'workflow', onKeyDown },
    h(
      'header',
      { class: 'workflow-header' },
      h('h1', { title: trace.workflow.name }, trace.workflow.name),
      h(Badge, { kind: status.kind }, status.word),
      h(
        'span',
        { class: 'muted', title: formatInstant(trace.workflow.startedAt) },
        `${trace.workflow.metadata.framework ? `${String(trace.workflow.metadata.framework)} · ` : ''}${trace.workflow.id} · ${formatDateTime(trace.workflow.startedAt)}`,
      ),
    ),
    h(RootCauseBanner, { index, onSelect }),
    h(
      'div',
      { class: 'columns' },
      h(
        'div',
        { class: 'left' },
        h(
          'section',
          { class: 'card' },
          h(
            'div',
            { class: 'card-title' },
            'Agents and handoffs',
            h('span', { class: 'keys muted' }, '← → handoffs in order · ↑ ↓ on this edge · Esc summary'),
          ),
          h(AgentGraph, { index, selection, onSelect }),
        ),
        h(
          'section',
          { class: 'card' },
          h('div', { class: 'card-title' }, 'Timeline'),
          h(Timeline, { index, selection, onSelect }),
        ),
        h(FindingsPanel, { index, selection, onSelect }),
      ),
      h(
        'aside',
        { class: 'right card', 'aria-label': 'detail' },
        !detailReady(index, handoff ? [handoff.id, handoff.toTurnId] : turn ? [turn.id] : [])
          ? h('div', { class: 'detail muted hint', 'aria-busy': 'true' }, 'Loading the messages…')
          : handoff
            ? h(HandoffDetail, { index, handoff, onSelect })
            : turn
              ? h(TurnDetail, { index, turn })
              : h(RunSummary, { index, prices: props.prices, selection, onSelect }),
      ),
    ),
  );
}
