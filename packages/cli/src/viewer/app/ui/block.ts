import { type ComponentChildren, h } from 'preact';

/** A titled section of the detail panel. */
export function Block(props: { title: string; children?: ComponentChildren }) {
  return h('div', { class: 'block' }, h('div', { class: 'block-title' }, props.title), props.children);
}

/** Trace text, shown as text (Preact escapes it) in a scrolling monospace box. */
export function TextBox(props: { text: string | undefined }) {
  if (!props.text) return null;
  return h('pre', { class: 'text' }, props.text);
}
