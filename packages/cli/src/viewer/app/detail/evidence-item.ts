import type { Evidence } from '@handoff/core';
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { SideBySideDiff } from '../ui/side-by-side-diff.ts';

/** One piece of evidence; an expected/actual pair (a constraint, two context versions) can be diffed. */
export function EvidenceItem(props: { evidence: Evidence }) {
  const { evidence } = props;
  const [open, setOpen] = useState(false);
  const comparable = Boolean(evidence.expected && evidence.actual);
  return h(
    'li',
    null,
    h('strong', null, evidence.label),
    `: ${evidence.detail}`,
    evidence.expected && !open ? h('div', { class: 'muted' }, `expected: ${evidence.expected}`) : null,
    evidence.actual && !open ? h('div', { class: 'muted' }, `actual: ${evidence.actual}`) : null,
    comparable
      ? h(
          'button',
          {
            type: 'button',
            class: 'link-button',
            'aria-expanded': open ? 'true' : 'false',
            onClick: () => setOpen(!open),
            'data-testid': 'compare-evidence',
          },
          open ? 'hide the comparison' : 'compare side by side',
        )
      : null,
    open && comparable
      ? h(SideBySideDiff, {
          before: evidence.expected!,
          after: evidence.actual!,
          beforeTitle: 'expected',
          afterTitle: 'actual',
        })
      : null,
  );
}
