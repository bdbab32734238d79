import type { Evidence } from '@handoff/core';
import { h } from 'preact';
import { SideBySideDiff } from '../ui/side-by-side-diff.ts';
import { Toggle } from '../ui/toggle.ts';

/** One piece of evidence; an expected/actual pair (a constraint, two context versions) can be diffed. */
export function EvidenceItem(props: { evidence: Evidence }) {
  const { expected, actual, label, detail } = props.evidence;
  return h(
    'li',
    null,
    h('strong', null, label),
    `: ${detail}`,
    expected ? h('div', { class: 'muted' }, `expected: ${expected}`) : null,
    actual ? h('div', { class: 'muted' }, `actual: ${actual}`) : null,
    expected && actual
      ? h(Toggle, {
          label: 'compare side by side',
          hideLabel: 'hide the comparison',
          testId: 'compare-evidence',
          render: () =>
            h(SideBySideDiff, {
              before: expected,
              after: actual,
              beforeTitle: 'expected',
              afterTitle: 'actual',
            }),
        })
      : null,
  );
}
