import { h } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Selection } from '../selection.ts';
import type { WorkflowView } from '../types.ts';
import { layoutGraph } from './graph-layout.ts';

/** Agents as nodes and handoffs (grouped per direction) as edges; the failure chain in red. */
export function AgentGraph(props: {
  view: WorkflowView;
  selection: Selection;
  onSelect: (s: Selection) => void;
}) {
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
