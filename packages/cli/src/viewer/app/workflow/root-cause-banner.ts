import { h } from 'preact';
import { Badge } from '../ui/badge.ts';
import type { ViewIndex } from '../view-index.ts';

/** The root cause and its chain to the final output, or the run's health. */
export function RootCauseBanner(props: { index: ViewIndex }) {
  const { failure } = props.index.view.analysis;
  const { workflow } = props.index.view.trace;
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
      props.index.responsibleAgent
        ? h(
            'span',
            { class: 'responsible' },
            ' · responsible agent ',
            h('strong', null, props.index.responsibleAgent),
          )
        : null,
    ),
    h('div', { class: 'banner-summary' }, failure.summary),
    h(
      'div',
      { class: 'chain' },
      failure.chain.map((b, i) =>
        h('span', { class: `chain-step ${i === 0 ? 'chain-cause' : ''}`, key: i }, `${b.to}←${b.from}`),
      ),
      h('span', { class: 'chain-step chain-end' }, 'final output'),
    ),
  );
}
