import type { Feedback } from '@handoff/core';
import { h } from 'preact';

import { declaredTopology } from '../graph/declared-topology.ts';
import type { Selection } from '../selection.ts';
import { Badge } from '../ui/badge.ts';
import { edgeKey, type ViewIndex } from '../view-index.ts';

function FeedbackLine(props: { feedback: Feedback | undefined }) {
  const { feedback } = props;
  if (!feedback) return null;
  const expected =
    feedback.expected === undefined
      ? ''
      : ` · expected: ${typeof feedback.expected === 'string' ? feedback.expected : JSON.stringify(feedback.expected)}`;
  return h(
    'div',
    { class: 'feedback', 'data-testid': 'feedback' },
    h(
      Badge,
      { kind: feedback.correct ? 'good' : 'bad' },
      feedback.correct ? 'answer marked right' : 'answer marked wrong',
    ),
    `${feedback.comment ? ` “${feedback.comment}”` : ''}${expected}`,
  );
}

/** "The graph said B runs next; B never ran": a root cause on a declared edge into an agent with no turn. */
function NeverRanLine(props: { index: ViewIndex }) {
  const { trace, analysis } = props.index.view;
  const boundary = analysis.failure?.boundary;
  if (!boundary || !trace.topology || trace.turns.some((t) => t.agent === boundary.to)) return null;
  const declared = declaredTopology(trace).edges.get(edgeKey(boundary.from, boundary.to));
  if (!declared) return null;
  return h(
    'div',
    { class: 'never-ran', 'data-testid': 'never-ran' },
    `The declared graph (${declared.graphs.join(', ')}) has `,
    h('strong', null, boundary.to),
    ` run after ${boundary.from}${declared.conditional ? ' when its router picks it' : ''}; `,
    h('strong', null, boundary.to),
    ' never ran.',
  );
}

function SuspectChips(props: { index: ViewIndex; onSelect: (selection: Selection) => void }) {
  const suspects = props.index.view.analysis.suspects;
  if (suspects.length === 0) return null;
  return h(
    'div',
    { class: 'chain suspect-chips', 'data-testid': 'suspect-chips' },
    h('span', { class: 'muted' }, 'suspects:'),
    suspects.map((suspect, i) =>
      h(
        'button',
        {
          type: 'button',
          key: suspect.turnId,
          class: 'chip',
          title: suspect.reason,
          onClick: () => props.onSelect({ type: 'turn', id: suspect.turnId }),
        },
        `${i + 1}. ${suspect.agent}${suspect.sourceIndex === undefined ? '' : ` · message ${suspect.sourceIndex + 1}`} (${suspect.confidence.toFixed(2)})`,
      ),
    ),
  );
}

/** The root cause and its chain to the final output, or the run's health; feedback on the answer. */
export function RootCauseBanner(props: { index: ViewIndex; onSelect: (selection: Selection) => void }) {
  const { failure } = props.index.view.analysis;
  const { workflow } = props.index.view.trace;
  if (!failure) {
    const wrong = workflow.feedback?.correct === false;
    const incomplete = workflow.status === 'incomplete';
    return h(
      'section',
      { class: `banner ${wrong ? 'banner-bad' : incomplete ? 'banner-warn' : 'banner-good'}` },
      h(
        'div',
        { class: 'banner-title' },
        wrong ? 'Wrong answer, no root cause found' : incomplete ? 'Incomplete trace' : 'Healthy run',
      ),
      h(
        'div',
        null,
        wrong
          ? 'No check found where communication broke; look at the handoffs into the final answer.'
          : incomplete
            ? 'The trace stops before the workflow ended; no root cause among what was recorded.'
            : 'No finding reaches the final output.',
      ),
      h(FeedbackLine, { feedback: workflow.feedback }),
      h(SuspectChips, { index: props.index, onSelect: props.onSelect }),
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
    h(NeverRanLine, { index: props.index }),
    h(
      'div',
      { class: 'chain' },
      failure.chain.map((b, i) =>
        h('span', { class: `chain-step ${i === 0 ? 'chain-cause' : ''}`, key: i }, `${b.to}←${b.from}`),
      ),
      h('span', { class: 'chain-step chain-end' }, 'final output'),
    ),
    h(FeedbackLine, { feedback: workflow.feedback }),
    h(SuspectChips, { index: props.index, onSelect: props.onSelect }),
  );
}
