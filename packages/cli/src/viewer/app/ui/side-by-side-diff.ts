import { type Change, diffLines, diffWords } from 'diff';
import { h } from 'preact';
import { useMemo } from 'preact/hooks';

/** Word diff, or a line diff when the texts are too far apart for a word diff to stay cheap. */
function changes(before: string, after: string): Change[] {
  return (
    diffWords(before, after, { maxEditLength: 4000 }) ??
    diffLines(before, after, { maxEditLength: 4000 }) ?? [
      { value: before, removed: true, added: false, count: 1 },
      { value: after, added: true, removed: false, count: 1 },
    ]
  );
}

/**
 * Two texts side by side: the left marks what only it has, the right what only it has. Rendered as
 * text nodes in `del` and `ins` elements, so trace text stays inert.
 */
export function SideBySideDiff(props: {
  before: string;
  after: string;
  beforeTitle: string;
  afterTitle: string;
}) {
  const parts = useMemo(() => changes(props.before, props.after), [props.before, props.after]);
  const removed = parts.filter((p) => p.removed).reduce((n, p) => n + p.value.length, 0);
  const added = parts.filter((p) => p.added).reduce((n, p) => n + p.value.length, 0);
  if (removed === 0 && added === 0)
    return h(
      'div',
      { class: 'good-text', 'data-testid': 'diff' },
      `${props.afterTitle}: identical to ${props.beforeTitle}`,
    );
  return h(
    'div',
    { class: 'diff', 'data-testid': 'diff' },
    h(
      'div',
      { class: 'diff-side' },
      h(
        'div',
        { class: 'diff-title' },
        props.beforeTitle,
        h('span', { class: 'muted' }, ` · ${removed} chars only here`),
      ),
      h(
        'pre',
        { class: 'text diff-text' },
        parts.map((p, i) =>
          p.added ? null : p.removed ? h('del', { key: i }, p.value) : h('span', { key: i }, p.value),
        ),
      ),
    ),
    h(
      'div',
      { class: 'diff-side' },
      h(
        'div',
        { class: 'diff-title' },
        props.afterTitle,
        h('span', { class: 'muted' }, ` · ${added} chars only here`),
      ),
      h(
        'pre',
        { class: 'text diff-text' },
        parts.map((p, i) =>
          p.removed ? null : p.added ? h('ins', { key: i }, p.value) : h('span', { key: i }, p.value),
        ),
      ),
    ),
  );
}
