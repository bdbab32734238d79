import type { Finding } from '@handoff/core';
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { Badge } from '../ui/badge.ts';
import { Block } from '../ui/block.ts';
import { EvidenceItem } from './evidence-item.ts';

const SHOWN = 10;

/** The findings about one handoff or turn, with their evidence (the first ten, then on request). */
export function FindingCards(props: { findings: Finding[] }) {
  const [all, setAll] = useState(false);
  if (props.findings.length === 0) return null;
  const shown = all ? props.findings : props.findings.slice(0, SHOWN);
  return h(
    Block,
    { title: `Findings (${props.findings.length})` },
    shown.map((f) =>
      h(
        'div',
        { class: `finding finding-${f.severity}`, key: f.id },
        h(
          'div',
          null,
          h(Badge, { kind: f.severity === 'error' ? 'bad' : 'warn' }, f.kind),
          h('span', { class: 'boundary' }, `${f.boundary.to}←${f.boundary.from}`),
          f.mast ? h('span', { class: 'muted' }, ` ${f.mast}`) : null,
        ),
        h('div', null, f.summary),
        f.evidence.length > 0
          ? h(
              'ul',
              { class: 'evidence' },
              f.evidence.map((e, i) => h(EvidenceItem, { key: i, evidence: e })),
            )
          : null,
      ),
    ),
    shown.length < props.findings.length
      ? h(
          'button',
          { type: 'button', class: 'link-button', onClick: () => setAll(true) },
          `show all ${props.findings.length}`,
        )
      : null,
  );
}
