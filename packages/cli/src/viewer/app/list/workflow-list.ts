import { h } from 'preact';
import type { WorkflowSummary } from '../types.ts';
import { formatClock, formatDuration } from '../ui/format-time.ts';

function statusKind(summary: WorkflowSummary): string {
  if (summary.rootKind) return 'bad';
  if (summary.status === 'incomplete' || summary.status === 'running') return 'warn';
  return 'good';
}

/** The sidebar: every workflow with its status and root cause. */
export function WorkflowList(props: {
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
          h('span', { class: 'muted time' }, formatClock(workflow.startedAt)),
        ),
        h(
          'div',
          { class: 'workflow-meta muted' },
          `${workflow.agents.length} agents · ${workflow.handoffs} handoffs · ${formatDuration(workflow.durationMs)} · ${workflow.status}`,
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
