import type { Handoff } from '@handoff/core';
import { h } from 'preact';
import type { Selection } from '../selection.ts';
import type { ViewIndex } from '../view-index.ts';

/** Steps through the handoffs of one edge, the failing ones first. */
export function EdgeStepper(props: {
  index: ViewIndex;
  handoff: Handoff;
  steps: string[];
  onSelect: (selection: Selection) => void;
}) {
  const { index, handoff, steps } = props;
  const at = steps.indexOf(handoff.id);
  const withFindings = steps.filter((id) => index.findingsByHandoff.has(id)).length;
  const go = (to: number) => props.onSelect({ type: 'handoff', id: steps[to]! });
  return h(
    'div',
    { class: 'stepper', 'data-testid': 'edge-stepper' },
    h(
      'button',
      {
        type: 'button',
        disabled: at <= 0,
        onClick: () => go(at - 1),
        'aria-label': 'previous handoff on this edge',
      },
      '‹',
    ),
    h(
      'span',
      { 'aria-live': 'polite' },
      `handoff ${at + 1} of ${steps.length} on this edge`,
      h(
        'span',
        { class: 'muted' },
        ` · #${(index.order.get(handoff.id) ?? 0) + 1} in the run · ${withFindings} with findings, listed first`,
      ),
    ),
    h(
      'button',
      {
        type: 'button',
        disabled: at >= steps.length - 1,
        onClick: () => go(at + 1),
        'aria-label': 'next handoff on this edge',
      },
      '›',
    ),
  );
}
