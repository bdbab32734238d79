import type { Handoff } from '@handoff/core';
import { h } from 'preact';
import type { WorkflowView } from '../types.ts';
import { Badge } from '../ui/badge.ts';
import { Block, TextBox } from '../ui/block.ts';
import { formatClock } from '../ui/format-time.ts';
import { FindingCards } from './finding-cards.ts';

/** One handoff: the message, the task, the delivery verdict and the findings about it. */
export function HandoffDetail(props: { view: WorkflowView; handoff: Handoff }) {
  const { handoff, view } = props;
  const delivery = view.analysis.deliveries[handoff.id];
  const findings = view.analysis.findings.filter((f) => f.handoffId === handoff.id);
  return h(
    'div',
    { class: 'detail', 'data-testid': 'detail' },
    h('h3', null, `${handoff.from} → ${handoff.to}`, ' ', h(Badge, { kind: 'neutral' }, handoff.kind)),
    h(
      'div',
      { class: 'muted' },
      `sent ${formatClock(handoff.sentAt)}${handoff.receivedAt ? ` · received ${formatClock(handoff.receivedAt)}` : ' · never received'}`,
    ),
    h(Block, { title: 'Message' }, h(TextBox, { text: handoff.content })),
    handoff.task && handoff.task !== handoff.content
      ? h(Block, { title: 'Task' }, h(TextBox, { text: handoff.task }))
      : null,
    delivery
      ? h(
          Block,
          { title: 'Delivery' },
          h(
            'div',
            null,
            h(
              Badge,
              {
                kind:
                  delivery.verdict === 'understood'
                    ? 'good'
                    : delivery.verdict === 'partially'
                      ? 'warn'
                      : 'bad',
              },
              delivery.verdict,
            ),
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
