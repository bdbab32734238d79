import type { Finding } from '@handoff/core';
import { h } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { Selection } from '../selection.ts';
import { Badge } from '../ui/badge.ts';
import type { ViewIndex } from '../view-index.ts';
import { type FindingGroup, groupFindings } from './group-findings.ts';

const PAGE = 20;

const target = (f: Finding): Selection =>
  f.handoffId ? { type: 'handoff', id: f.handoffId } : f.turnId ? { type: 'turn', id: f.turnId } : undefined;

const isSelected = (f: Finding, selection: Selection) =>
  selection !== undefined &&
  ((selection.type === 'handoff' && f.handoffId === selection.id) ||
    (selection.type === 'turn' && f.turnId === selection.id && !f.handoffId));

function Group(props: {
  group: FindingGroup;
  rootFindingId: string | undefined;
  selection: Selection;
  onSelect: (selection: Selection) => void;
}) {
  const { group, selection } = props;
  const [open, setOpen] = useState(false);
  const [page, setPage] = useState(0);
  const pages = Math.ceil(group.findings.length / PAGE);
  const first = group.findings[0]!;
  const current = group.findings.some((f) => isSelected(f, selection));
  return h(
    'div',
    {
      class: `finding-group finding-${group.severity}`,
      'data-group': `${group.kind} ${group.to}←${group.from}`,
    },
    h(
      'button',
      {
        type: 'button',
        class: 'finding-row',
        'aria-expanded': open ? 'true' : 'false',
        'aria-current': current && !open ? 'true' : undefined,
        onClick: () => {
          setOpen(!open);
          props.onSelect(target(first));
        },
      },
      h('span', { class: 'caret', 'aria-hidden': 'true' }, open ? '▾' : '▸'),
      h(Badge, { kind: group.severity === 'error' ? 'bad' : 'warn' }, group.kind),
      h('span', { class: 'boundary' }, ` ${group.to}←${group.from} `),
      group.findings.length > 1 ? h('span', { class: 'count' }, `×${group.findings.length}`) : null,
      group.hasRootCause ? h(Badge, { kind: 'bad' }, 'root cause') : null,
      h('div', { class: 'finding-summary' }, first.summary),
    ),
    open
      ? h(
          'div',
          { class: 'finding-members' },
          group.findings.slice(page * PAGE, (page + 1) * PAGE).map((f, i) =>
            h(
              'button',
              {
                type: 'button',
                key: f.id,
                class: 'finding-member',
                'aria-current': isSelected(f, selection) ? 'true' : undefined,
                onClick: () => props.onSelect(target(f)),
              },
              h('span', { class: 'muted' }, `${page * PAGE + i + 1}. `),
              f.id === props.rootFindingId ? h(Badge, { kind: 'bad' }, 'root cause') : null,
              ` ${f.summary}`,
            ),
          ),
          pages > 1
            ? h(
                'div',
                { class: 'pager' },
                h(
                  'button',
                  { type: 'button', disabled: page === 0, onClick: () => setPage(page - 1) },
                  '‹ previous',
                ),
                h('span', { class: 'muted' }, ` page ${page + 1} of ${pages} `),
                h(
                  'button',
                  { type: 'button', disabled: page >= pages - 1, onClick: () => setPage(page + 1) },
                  'next ›',
                ),
              )
            : null,
        )
      : null,
  );
}

/** The workflow's findings grouped by kind and boundary, with counts; a group opens to a paged list. */
export function FindingsPanel(props: {
  index: ViewIndex;
  selection: Selection;
  onSelect: (selection: Selection) => void;
}) {
  const { findings, failure } = props.index.view.analysis;
  const groups = useMemo(() => groupFindings(findings, failure?.findingId), [findings, failure?.findingId]);
  return h(
    'section',
    { class: 'card', 'data-testid': 'findings' },
    h(
      'div',
      { class: 'card-title' },
      `Findings (${findings.length}${groups.length < findings.length ? ` in ${groups.length} groups` : ''})`,
    ),
    findings.length === 0
      ? h('div', { class: 'muted' }, 'none')
      : groups.map((group) =>
          h(Group, {
            key: group.key,
            group,
            rootFindingId: failure?.findingId,
            selection: props.selection,
            onSelect: props.onSelect,
          }),
        ),
  );
}
