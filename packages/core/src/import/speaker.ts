import type { ChatMessage } from './chat-log.ts';

/** Who a message is from, and what kind of participant sent it. */
export interface Speaker {
  /** `agent`: a participant's words; `human`: the user; `system`: a prompt; `tool`: a tool's result. */
  kind: 'agent' | 'human' | 'system' | 'tool';
  name: string;
  /** `X (-> Y)`: the participant the message is addressed to. */
  to?: string;
  /** `X (thought)` and other parenthesised labels: the speaker's own step, not a message to others. */
  label?: string;
}

const HUMAN = /^(user|human)$/i;
const SYSTEM = /^(system|developer)$/i;
const TOOL = /^(tool|function)$/i;
const LABELLED = /^(.*\S)\s*\(\s*([^()]*?)\s*\)\s*$/;
const ADDRESSED = /^(?:->|→|to:?)\s*(.+)$/i;

/**
 * Reads the speaker from `name`, else from `role`, where logs put it in the forms `X (-> Y)` (X to Y)
 * and `X (thought)` (X's own step). Plain roles keep their usual meaning.
 */
export function parseSpeaker(message: ChatMessage): Speaker {
  const role = message.role.trim();
  const labelled = LABELLED.exec(role);
  const base = labelled ? labelled[1]! : role;
  const paren = labelled?.[2];
  const addressed = paren ? ADDRESSED.exec(paren) : null;
  const extra: Pick<Speaker, 'to' | 'label'> = addressed
    ? { to: addressed[1]!.trim() }
    : paren
      ? { label: paren }
      : {};
  const name = message.name?.trim();
  if (name) return { kind: HUMAN.test(name) ? 'human' : 'agent', name, ...extra };
  if (SYSTEM.test(base)) return { kind: 'system', name: 'system' };
  if (TOOL.test(base)) return { kind: 'tool', name: 'tool' };
  if (HUMAN.test(base)) return { kind: 'human', name: 'user', ...extra };
  return { kind: 'agent', name: base || 'assistant', ...extra };
}
