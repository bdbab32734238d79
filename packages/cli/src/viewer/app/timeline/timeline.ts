import { h } from 'preact';
import type { Selection } from '../selection.ts';
import type { WorkflowView } from '../types.ts';
import { formatDuration } from '../ui/format-time.ts';

/** One lane per agent, a bar per turn, a mark per handoff. */
export function Timeline(props: {
  view: WorkflowView;
  selection: Selection;
  onSelect: (s: Selection) => void;
}) {
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
        h('title', null, `${turn.agent}: ${formatDuration((turn.endedAt ?? end) - turn.startedAt)}`),
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
      formatDuration(end - start),
    ),
  );
}
