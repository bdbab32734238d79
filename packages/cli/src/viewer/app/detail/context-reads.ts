import type { AgentTurn, ContextItem } from '@handoff/core';
import { h } from 'preact';
import { Block } from '../ui/block.ts';
import { SideBySideDiff } from '../ui/side-by-side-diff.ts';
import { Toggle } from '../ui/toggle.ts';
import type { ViewIndex } from '../view-index.ts';

const show = (item: ContextItem | undefined) =>
  item?.value === undefined
    ? '(value not recorded)'
    : typeof item.value === 'string'
      ? item.value
      : JSON.stringify(item.value, null, 2);

function ContextRead(props: { index: ViewIndex; read: AgentTurn['contextReads'][number] }) {
  const { read } = props;
  const versions = props.index.contextVersions.get(read.key) ?? [];
  const used = versions.find((item) => item.version === read.version);
  const newest = versions.filter((item) => item.producedAt <= read.readAt).at(-1);
  const stale = newest !== undefined && newest.version > read.version;
  return h(
    'div',
    { class: `context-read ${stale ? 'bad-text' : ''}` },
    `${read.key} v${read.version} (${read.via}) ${stale ? `— stale: v${newest.version} existed` : '— fresh'}`,
    stale
      ? h(Toggle, {
          label: `compare v${read.version} with v${newest.version}`,
          hideLabel: 'hide the comparison',
          testId: 'compare-versions',
          render: () =>
            h(SideBySideDiff, {
              before: show(used),
              after: show(newest),
              beforeTitle: `v${read.version} (used)`,
              afterTitle: `v${newest.version} (newer)`,
            }),
        })
      : null,
  );
}

/** The context items a turn read, each marked fresh or stale, stale ones comparable with the newer version. */
export function ContextReads(props: { index: ViewIndex; turn: AgentTurn }) {
  if (props.turn.contextReads.length === 0) return null;
  return h(
    Block,
    { title: 'Context reads' },
    props.turn.contextReads.map((read, i) => h(ContextRead, { key: i, index: props.index, read })),
  );
}
