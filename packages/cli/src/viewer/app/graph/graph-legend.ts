import { h } from 'preact';
import type { ViewIndex } from '../view-index.ts';
import type { GraphLayout } from './graph-layout.ts';

function swatch(kind: string) {
  return h(
    'svg',
    { width: 28, height: 10, class: `legend-swatch legend-${kind}`, 'aria-hidden': 'true' },
    kind === 'responsible' || kind === 'never-ran'
      ? h('rect', { class: 'legend-box', x: 1, y: 1, width: 26, height: 8, rx: 3 })
      : h('line', { x1: 0, y1: 5, x2: 28, y2: 5 }),
  );
}

/** What the graph's colours, dashes and edge labels mean (only the signs this graph uses). */
export function GraphLegend(props: { index: ViewIndex; layout: GraphLayout }) {
  const { layout } = props;
  const items: [string, string][] = [];
  if (layout.edges.some((e) => e.cause)) items.push(['cause', 'root-cause boundary']);
  if (layout.edges.some((e) => e.inChain && !e.cause)) items.push(['chain', 'chain to the final output']);
  if (layout.edges.some((e) => e.verdict === 'partially' && !e.inChain))
    items.push(['partially', 'task partially understood']);
  if (layout.edges.some((e) => e.verdict === 'misunderstood' && !e.inChain))
    items.push(['misunderstood', 'task misunderstood']);
  if (layout.edges.some((e) => e.inferred)) items.push(['inferred', 'inferred from data flow']);
  if (layout.nodes.some((n) => n.responsible)) items.push(['responsible', 'responsible agent']);
  if (layout.untaken.some((e) => e.cause))
    items.push(['untaken-cause', 'declared next, never reached (root cause)']);
  if (layout.untaken.some((e) => !e.cause)) items.push(['untaken', 'declared in the graph, never taken']);
  if (layout.nodes.some((n) => n.declaredOnly)) items.push(['never-ran', 'declared agent that never ran']);
  return h(
    'div',
    { class: 'legend', 'data-testid': 'graph-legend' },
    items.map(([kind, text]) => h('span', { class: 'legend-item', key: kind }, swatch(kind), text)),
    h(
      'span',
      { class: 'legend-labels' },
      'edge labels: ',
      h('code', null, '#n'),
      ' handoff number in send order · ',
      h('code', null, 'n×'),
      ' handoffs on the edge · ',
      h('code', null, '0.86'),
      ' lowest delivery score (1 = task fully understood)',
    ),
  );
}
