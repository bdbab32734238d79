import type { Handoff } from '@handoff/core';
import { h } from 'preact';
import type { Selection } from '../selection.ts';
import { Badge, type BadgeKind } from '../ui/badge.ts';
import { Block, TextBox } from '../ui/block.ts';
import { formatInstant, formatOffset } from '../ui/format-time.ts';
import { sourceNote } from '../ui/source-note.ts';
import { edgeKey, type ViewIndex } from '../view-index.ts';
import { EdgeStepper } from './edge-stepper.ts';
import { FindingCards } from './finding-cards.ts';
import { SentVsSeen } from './sent-vs-seen.ts';

const VERDICT_WORDS = {
  understood: 'task understood',
  partially: 'task partially understood',
  misunderstood: 'task misunderstood',
} as const;

/** One handoff: its place on the edge, the message, the task, the delivery verdict and the findings. */
export function HandoffDetail(props: {
  index: ViewIndex;
  handoff: Handoff;
  onSelect: (selection: Selection) => void;
}) {
  const { handoff, index } = props;
  const { analysis, trace } = index.view;
  const delivery = analysis.deliveries[handoff.id];
  const findings = index.findingsByHandoff.get(handoff.id) ?? [];
  const errors = findings.filter((f) => f.severity === 'error');
  const isCause = index.failingHandoffId === handoff.id;
  const lost = findings.some((f) => f.kind === 'lost_message');
  const start = trace.workflow.startedAt;
  const steps = index.edgeSteps.get(edgeKey(handoff.from, handoff.to)) ?? [handoff.id];
  // A verdict on the task is only good news when nothing else went wrong at this handoff.
  const verdictKind: BadgeKind = !delivery
    ? 'neutral'
    : delivery.verdict === 'misunderstood'
      ? 'bad'
      : delivery.verdict === 'partially'
        ? 'warn'
        : errors.length > 0
          ? 'neutral'
          : 'good';
  return h(
    'div',
    { class: 'detail', 'data-testid': 'detail' },
    h(
      'h3',
      null,
      h('span', { class: 'boundary' }, `${handoff.to}←${handoff.from}`),
      ' ',
      h(Badge, { kind: 'neutral', title: 'how the handoff was made' }, handoff.kind),
      handoff.inferred
        ? h(
            Badge,
            { kind: 'neutral', title: 'no adapter recorded it: the receiver read the sender’s output' },
            'inferred from data flow',
          )
        : null,
      handoff.metadata.routing === true ? h(Badge, { kind: 'neutral' }, 'routing decision') : null,
      isCause ? h(Badge, { kind: 'bad' }, 'root cause') : null,
      !isCause && errors.length > 0 ? h(Badge, { kind: 'bad' }, errors[0]!.kind) : null,
    ),
    index.responsibleAgent && isCause
      ? h('div', { class: 'responsible' }, 'responsible agent: ', h('strong', null, index.responsibleAgent))
      : null,
    h(
      'div',
      { class: 'muted', 'data-testid': 'handoff-times' },
      h('span', { title: formatInstant(handoff.sentAt) }, `sent ${formatOffset(handoff.sentAt - start)}`),
      ' · ',
      handoff.receivedAt === undefined
        ? h('span', { class: 'bad-text' }, `${handoff.to} never received it`)
        : h(
            'span',
            { title: formatInstant(handoff.receivedAt) },
            `handed to ${handoff.to}'s turn ${formatOffset(handoff.receivedAt - start)}`,
          ),
      lost ? h('span', { class: 'bad-text' }, ` · never reached ${handoff.to}'s model`) : null,
      sourceNote(handoff.metadata),
    ),
    steps.length > 1 ? h(EdgeStepper, { index, handoff, steps, onSelect: props.onSelect }) : null,
    h(Block, { title: 'Message' }, h(TextBox, { text: handoff.content })),
    h(SentVsSeen, { index, handoff }),
    handoff.task && handoff.task !== handoff.content
      ? h(Block, { title: 'Task' }, h(TextBox, { text: handoff.task }))
      : null,
    delivery
      ? h(
          Block,
          { title: 'Task delivery' },
          h(
            'div',
            null,
            h(Badge, { kind: verdictKind }, VERDICT_WORDS[delivery.verdict]),
            ` score ${delivery.score.toFixed(2)}${delivery.judge ? ` · judged by ${delivery.judge}` : ''}`,
          ),
          delivery.evidence.length > 0
            ? h(
                'ul',
                { class: 'evidence' },
                delivery.evidence.map((e, i) => h('li', { key: i }, `${e.label}: ${e.detail}`)),
              )
            : null,
        )
      : null,
    h(FindingCards, { findings }),
  );
}
