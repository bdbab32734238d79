import type { Handoff, Message } from '@handoff/core';
import { h } from 'preact';
import { Block } from '../ui/block.ts';
import { plural } from '../ui/plural.ts';
import { SideBySideDiff } from '../ui/side-by-side-diff.ts';
import { Toggle } from '../ui/toggle.ts';
import type { ViewIndex } from '../view-index.ts';

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** The message the receiver's model was shown that shares the most words with what was sent. */
function closest(sent: string, seen: Message[]): { message: Message; overlap: number } | undefined {
  const want = words(sent);
  if (want.size === 0) return undefined;
  let best: { message: Message; overlap: number } | undefined;
  for (const message of seen) {
    const have = words(message.content);
    let shared = 0;
    for (const word of want) if (have.has(word)) shared++;
    const overlap = shared / want.size;
    if (!best || overlap > best.overlap) best = { message, overlap };
  }
  return best;
}

/** What the sender sent beside what the receiver's model was shown, as a side-by-side diff. */
export function SentVsSeen(props: { index: ViewIndex; handoff: Handoff }) {
  const { handoff, index } = props;
  const receiver = handoff.toTurnId ? index.turns.get(handoff.toTurnId) : undefined;
  if (!receiver) return null;
  const fromModel = (receiver.modelCalls[0]?.input.length ?? 0) > 0;
  const seen = fromModel ? receiver.modelCalls[0]!.input : receiver.input;
  const source = fromModel ? `${handoff.to}'s model` : `${handoff.to}'s turn`;
  const compare = () => {
    const match = closest(handoff.content, seen);
    return !match || match.overlap < 0.2
      ? h(
          'div',
          { class: 'bad-text' },
          `None of the ${seen.length} messages ${source} was shown carries this message.`,
        )
      : h(SideBySideDiff, {
          before: handoff.content,
          after: match.message.content,
          beforeTitle: `sent by ${handoff.from}`,
          afterTitle: `seen by ${source} (${match.message.role})`,
        });
  };
  return h(
    Block,
    { title: 'Sent vs seen' },
    h(Toggle, {
      label: `Compare with what ${source} was shown (${plural(seen.length, 'message')})`,
      hideLabel: 'Hide the comparison',
      testId: 'compare-sent-seen',
      render: compare,
    }),
  );
}
