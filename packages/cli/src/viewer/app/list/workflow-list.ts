import { h } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { WorkflowSummary } from '../types.ts';
import { formatDateTime, formatDuration, formatInstant } from '../ui/format-time.ts';
import { plural } from '../ui/plural.ts';
import { runStatus } from '../ui/run-status.ts';
import { useVirtualizer } from '../ui/use-virtualizer.ts';
import { ListFilters } from './list-filters.ts';
import type { ListQuery } from './list-query.ts';

function WorkflowItem(props: {
  workflow: WorkflowSummary;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  const { workflow } = props;
  const status = runStatus(workflow.status, workflow.rootKind, workflow.correct);
  const title = [
    `${workflow.name}${workflow.framework ? ` · ${workflow.framework}` : ''}`,
    workflow.workflowId,
    `started ${formatInstant(workflow.startedAt)}`,
    workflow.rootCause ?? status.word,
  ].join('\n');
  return h(
    'button',
    {
      type: 'button',
      class: `workflow-item ${props.selected ? 'selected' : ''}`,
      onClick: () => props.onSelect(workflow.workflowId),
      'aria-current': props.selected ? 'true' : undefined,
      title,
      'data-workflow': workflow.workflowId,
    },
    h(
      'div',
      { class: 'workflow-line' },
      h('span', { class: `dot dot-${status.kind}`, 'aria-hidden': 'true' }),
      h('strong', { class: 'workflow-name' }, workflow.name),
      workflow.framework ? h('span', { class: 'framework' }, workflow.framework) : null,
    ),
    h(
      'div',
      { class: 'workflow-meta muted' },
      h('span', { class: `status-word ${status.kind}-text` }, status.word),
      ` · ${formatDateTime(workflow.startedAt)} · ${formatDuration(workflow.durationMs)}`,
    ),
    h(
      'div',
      { class: 'workflow-meta muted' },
      plural(workflow.agents.length, 'agent') +
        ' · ' +
        plural(workflow.handoffs, 'handoff') +
        ' · ' +
        plural(workflow.findings, 'finding'),
    ),
    workflow.rootCause ? h('div', { class: 'workflow-cause bad-text' }, workflow.rootCause) : null,
  );
}

/** The sidebar: search and filters over every workflow, the matches in a virtualised list. */
export function WorkflowList(props: {
  all: WorkflowSummary[];
  shown: WorkflowSummary[];
  query: ListQuery;
  onQuery: (query: ListQuery) => void;
  selected: string | undefined;
  onSelect: (id: string) => void;
}) {
  const { shown } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 96,
    overscan: 6,
    getItemKey: (i) => shown[i]?.workflowId ?? i,
  });
  const selectedIndex = shown.findIndex((w) => w.workflowId === props.selected);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const next = Math.min(
      shown.length - 1,
      Math.max(0, selectedIndex + (event.key === 'ArrowDown' ? 1 : -1)),
    );
    const id = shown[next]?.workflowId;
    if (!id) return;
    props.onSelect(id);
    // The item may not be rendered yet: focus it once the list has scrolled to it.
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        scroller.current?.querySelector<HTMLElement>(`[data-workflow="${CSS.escape(id)}"]`)?.focus(),
      ),
    );
  };
  return h(
    'nav',
    { class: 'sidebar', 'aria-label': 'workflows' },
    h('div', { class: 'brand' }, h('span', { class: 'logo' }, '⇄'), ' Handoff'),
    h(ListFilters, { workflows: props.all, query: props.query, onChange: props.onQuery }),
    h(
      'div',
      { class: 'sidebar-title', 'data-testid': 'list-count', 'aria-live': 'polite' },
      shown.length === props.all.length
        ? `${shown.length} workflow${shown.length === 1 ? '' : 's'}`
        : `${shown.length} of ${props.all.length} workflows`,
    ),
    h(
      'div',
      { class: 'workflow-scroll', ref: scroller, onKeyDown, 'data-testid': 'workflow-list' },
      h(
        'div',
        { style: { height: `${virtualizer.getTotalSize()}px`, position: 'relative' } },
        virtualizer.getVirtualItems().map((row) =>
          h(
            'div',
            {
              key: row.key,
              'data-index': row.index,
              ref: (element: HTMLDivElement | null) => element && virtualizer.measureElement(element),
              class: 'virtual-row',
              style: { transform: `translateY(${row.start}px)` },
            },
            h(WorkflowItem, {
              workflow: shown[row.index]!,
              selected: shown[row.index]!.workflowId === props.selected,
              onSelect: props.onSelect,
            }),
          ),
        ),
      ),
    ),
  );
}
