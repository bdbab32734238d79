import type { Finding } from '@handoff/core';
import { h } from 'preact';
import { Badge } from '../ui/badge.ts';
import { Block } from '../ui/block.ts';

/** The findings about one handoff or turn, with their evidence. */
export function FindingCards(props: { findings: Finding[] }) {
  if (props.findings.length === 0) return null;
  return h(
    Block,
    { title: 'Findings' },
    props.findings.map((f) =>
      h(
        'div',
        { class: `finding finding-${f.severity}`, key: f.id },
        h(
          'div',
          null,
          h(Badge, { kind: f.severity === 'error' ? 'bad' : 'warn' }, f.kind),
          f.mast ? h('span', { class: 'muted' }, ` ${f.mast}`) : null,
        ),
        h('div', null, f.summary),
        f.evidence.length > 0
          ? h(
              'ul',
              { class: 'evidence' },
              f.evidence.map((e, i) =>
                h(
                  'li',
                  { key: i },
                  h('strong', null, e.label),
                  `: ${e.detail}`,
                  e.expected ? h('div', { class: 'muted' }, `expected: ${e.expected}`) : null,
                  e.actual ? h('div', { class: 'muted' }, `actual: ${e.actual}`) : null,
                ),
              ),
            )
          : null,
      ),
    ),
  );
}
