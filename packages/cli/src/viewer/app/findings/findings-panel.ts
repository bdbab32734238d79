import { h } from 'preact';
import type { Selection } from '../selection.ts';
import type { WorkflowView } from '../types.ts';
import { Badge } from '../ui/badge.ts';

/** Every finding of the workflow; a click selects its handoff or turn. */
export function FindingsPanel(props: { view: WorkflowView; onSelect: (selection: Selection) => void }) {
  const { findings } = props.view.analysis;
  return h(
    'section',
    { class: 'card' },
    h('div', { class: 'card-title' }, `Findings (${findings.length})`),
    findings.length === 0
      ? h('div', { class: 'muted' }, 'none')
      : findings.map((f) =>
          h(
            'div',
            {
              key: f.id,
              class: `finding-row finding-${f.severity}`,
              onClick: () =>
                props.onSelect(
                  f.handoffId
                    ? { type: 'handoff', id: f.handoffId }
                    : f.turnId
                      ? { type: 'turn', id: f.turnId }
                      : undefined,
                ),
            },
            h(Badge, { kind: f.severity === 'error' ? 'bad' : 'warn' }, f.kind),
            ' ',
            f.summary,
          ),
        ),
  );
}
