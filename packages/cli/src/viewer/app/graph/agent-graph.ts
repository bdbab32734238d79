import { h } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Selection } from '../selection.ts';
import { activateOnKey } from '../ui/activate-on-key.ts';
import type { ViewIndex } from '../view-index.ts';
import { layoutGraph } from './graph-layout.ts';
import { GraphLegend } from './graph-legend.ts';

const MARKERS = ['normal', 'chain', 'selected', 'declared'] as const;

function marker(kind: (typeof MARKERS)[number]) {
  // Sized in pixels, not stroke widths, so a thick (cause or selected) edge keeps a normal arrowhead.
  return h(
    'marker',
    {
      id: `arrow-${kind}`,
      viewBox: '0 0 10 10',
      refX: 9,
      refY: 5,
      markerUnits: 'userSpaceOnUse',
      markerWidth: 11,
      markerHeight: 11,
      orient: 'auto-start-reverse',
    },
    h('path', { d: 'M0,0 L10,5 L0,10 z', class: `arrow-${kind}` }),
  );
}

/** An edge's label on a box, where dagre reserved room for it. */
function edgeLabel(edge: { label: string; labelX: number; labelY: number; labelWidth: number }) {
  return [
    h('rect', {
      class: 'edge-label-box',
      x: edge.labelX - edge.labelWidth / 2,
      y: edge.labelY - 9,
      width: edge.labelWidth,
      height: 18,
      rx: 4,
    }),
    h(
      'text',
      { x: edge.labelX, y: edge.labelY + 4, 'text-anchor': 'middle', class: 'edge-label' },
      edge.label,
    ),
  ];
}

/** Agents as nodes and handoffs (grouped per direction) as edges; the failure chain in red. */
export function AgentGraph(props: {
  index: ViewIndex;
  selection: Selection;
  onSelect: (selection: Selection) => void;
}) {
  const { index, selection } = props;
  const layout = useMemo(() => layoutGraph(index), [index]);
  const selectedHandoff = selection?.type === 'handoff' ? selection.id : undefined;
  const selectedAgent = selection?.type === 'turn' ? index.turns.get(selection.id)?.agent : undefined;
  // Declared edges the run never took: beneath the handoffs, dotted grey, nothing to select.
  const untaken = layout.untaken.map((edge) => {
    const d = edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
    const graphs = edge.graphs.join(', ');
    const description = `${edge.to}←${edge.from}: declared in ${graphs}${edge.conditional ? ' (conditional)' : ''}, never taken${edge.cause ? ' · the root cause sits here: the run stopped before the declared next agent ran' : ''}`;
    return h(
      'g',
      {
        key: `declared-${edge.key}`,
        class: `untaken-edge ${edge.cause ? 'untaken-cause' : edge.inChain ? 'untaken-chain' : ''}`,
        role: 'img',
        'aria-label': description,
        'data-untaken-edge': `${edge.from}->${edge.to}`,
      },
      h('title', null, description),
      h('path', {
        d,
        class: 'untaken-line',
        'marker-end': `url(#arrow-${edge.cause || edge.inChain ? 'chain' : 'declared'})`,
      }),
      edge.label ? edgeLabel(edge) : null,
    );
  });
  const edges = layout.edges.map((edge) => {
    const d = edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
    const selected = selectedHandoff !== undefined && edge.handoffIds.includes(selectedHandoff);
    const cls = [
      'edge',
      edge.inChain && 'edge-chain',
      edge.cause && 'edge-cause',
      edge.verdict && `edge-${edge.verdict}`,
      edge.inferred && 'edge-inferred',
      selected && 'edge-selected',
    ]
      .filter(Boolean)
      .join(' ');
    const boundary = `${edge.to}←${edge.from}`;
    const count = edge.handoffIds.length;
    const select = () => props.onSelect({ type: 'handoff', id: edge.handoffIds[0]! });
    return h(
      'g',
      {
        key: edge.key,
        class: cls,
        tabindex: 0,
        role: 'button',
        'aria-label': `boundary ${boundary}: ${count} handoff${count === 1 ? '' : 's'}`,
        'aria-current': selected ? 'true' : undefined,
        onClick: select,
        onKeyDown: activateOnKey(select),
        'data-edge': `${edge.from}->${edge.to}`,
      },
      h(
        'title',
        null,
        `${boundary}: ${count} handoff${count === 1 ? '' : 's'} (${edge.label})${edge.declaredIn.length > 0 ? ` · declared in ${edge.declaredIn.join(', ')}` : ''}`,
      ),
      h('path', {
        d,
        class: 'edge-line',
        'marker-end': `url(#arrow-${selected ? 'selected' : edge.inChain ? 'chain' : 'normal'})`,
      }),
      h('path', { d, class: 'edge-hit' }),
      edgeLabel(edge),
    );
  });
  const nodes = layout.nodes.map((node) => {
    if (node.declaredOnly) {
      const description = `agent ${node.id}: declared in ${node.declaredIn.join(', ')}, never ran`;
      return h(
        'g',
        {
          key: node.id,
          class: 'declared-node',
          transform: `translate(${node.x - node.width / 2},${node.y - node.height / 2})`,
          role: 'img',
          'aria-label': description,
          'data-declared-node': node.id,
        },
        h('title', null, description),
        h('rect', { width: node.width, height: node.height, rx: 10, class: 'declared-box' }),
        h(
          'text',
          { x: node.width / 2, y: 23, 'text-anchor': 'middle', class: 'node-name' },
          node.id.length > 20 ? `${node.id.slice(0, 19)}…` : node.id,
        ),
        h('text', { x: node.width / 2, y: 40, 'text-anchor': 'middle', class: 'node-meta' }, 'never ran'),
      );
    }
    const selected = selectedAgent === node.id;
    const select = () => {
      const turn = index.view.trace.turns.find((t) => t.agent === node.id);
      if (turn) props.onSelect({ type: 'turn', id: turn.id });
    };
    return h(
      'g',
      {
        key: node.id,
        class: `node ${node.responsible ? 'node-responsible' : ''} ${selected ? 'node-selected' : ''}`,
        transform: `translate(${node.x - node.width / 2},${node.y - node.height / 2})`,
        tabindex: 0,
        role: 'button',
        'aria-label': `agent ${node.id}${node.responsible ? ' (responsible for the root cause)' : ''}: ${node.turns} turns`,
        'aria-current': selected ? 'true' : undefined,
        onClick: select,
        onKeyDown: activateOnKey(select),
        'data-node': node.id,
      },
      h('title', null, node.id),
      h('rect', { width: node.width, height: node.height, rx: 10 }),
      h(
        'text',
        { x: node.width / 2, y: 23, 'text-anchor': 'middle', class: 'node-name' },
        node.id.length > 20 ? `${node.id.slice(0, 19)}…` : node.id,
      ),
      h(
        'text',
        { x: node.width / 2, y: 40, 'text-anchor': 'middle', class: 'node-meta' },
        node.responsible
          ? `responsible · ${node.turns} turn${node.turns === 1 ? '' : 's'}`
          : `${node.turns} turn${node.turns === 1 ? '' : 's'}`,
      ),
    );
  });
  return h(
    'div',
    null,
    h(
      'div',
      { class: 'graph-wrap' },
      h(
        'svg',
        {
          class: 'graph',
          viewBox: `0 0 ${layout.width} ${layout.height}`,
          width: layout.width,
          height: layout.height,
          role: 'group',
          'aria-label': 'agent graph',
        },
        h('defs', null, MARKERS.map(marker)),
        untaken,
        edges,
        nodes,
      ),
    ),
    h(GraphLegend, { index, layout }),
  );
}
