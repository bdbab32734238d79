import { type ComponentChildren, h } from 'preact';

export type BadgeKind = 'good' | 'warn' | 'bad' | 'neutral';

export function Badge(props: { kind: BadgeKind; children?: ComponentChildren; title?: string }) {
  return h('span', { class: `badge badge-${props.kind}`, title: props.title }, props.children);
}
