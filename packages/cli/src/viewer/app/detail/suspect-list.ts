import type { Suspect } from '@handoff/core';
import { h } from 'preact';
import type { Selection } from '../selection.ts';
import { Block } from '../ui/block.ts';

/** Ranked suspects for a run known to have failed; each selects its turn. */
export function SuspectList(props: {
  suspects: Suspect[];
  selection: Selection;
  onSelect: (selection: Selection) => void;
}) {
  if (props.suspects.length === 0) return null;
  return h(
    Block,
    { title: `Suspects (${props.suspects.length}), most likely first` },
    h(
      'ol',
      { class: 'suspects', 'data-testid': 'suspects' },
      props.suspects.map((suspect) =>
        h(
          'li',
          { key: suspect.turnId },
          h(
            'button',
            {
              type: 'button',
              class: 'link-button',
              'aria-current':
                props.selection?.type === 'turn' && props.selection.id === suspect.turnId
                  ? 'true'
                  : undefined,
              onClick: () => props.onSelect({ type: 'turn', id: suspect.turnId }),
            },
            `${suspect.agent} · ${suspect.kind} at ${suspect.boundary.to}←${suspect.boundary.from} · ${suspect.confidence.toFixed(2)}`,
          ),
          h(
            'div',
            { class: 'muted' },
            suspect.reason,
            suspect.sourceIndex === undefined ? '' : ` (message ${suspect.sourceIndex + 1} of the log)`,
          ),
        ),
      ),
    ),
  );
}
