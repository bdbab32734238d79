import type { Message, ToolCallRequest, Usage } from '@handoff/core';

/** Fields of LangChain messages we read; typed loosely so adapter code never throws on odd input. */
interface LooseMessage {
  content?: unknown;
  text?: unknown;
  name?: string;
  tool_calls?: { id?: string; name: string; args: unknown }[];
  tool_call_id?: string;
  usage_metadata?: {
    input_tokens?: number;
    output_tokens?: number;
    total_tokens?: number;
    output_token_details?: { reasoning?: number };
    input_token_details?: { cache_read?: number };
  };
  contentBlocks?: { type: string; reasoning?: string; text?: string }[];
  getType?: () => string;
  _getType?: () => string;
  type?: string;
  role?: string;
}

const ROLES: Record<string, Message['role']> = {
  human: 'user',
  user: 'user',
  ai: 'assistant',
  assistant: 'assistant',
  system: 'system',
  tool: 'tool',
  developer: 'system',
};

export function isMessage(value: unknown): value is LooseMessage {
  return Boolean(
    value &&
      typeof value === 'object' &&
      ('content' in value || 'lc_kwargs' in value) &&
      (typeof (value as LooseMessage).getType === 'function' ||
        typeof (value as LooseMessage)._getType === 'function' ||
        'role' in value),
  );
}

function typeOf(message: LooseMessage): string {
  try {
    return message.getType?.() ?? message._getType?.() ?? message.role ?? message.type ?? 'human';
  } catch {
    return 'human';
  }
}

/** Plain text of a message: string content, or its text blocks joined (reasoning kept apart). */
export function textOfMessage(message: LooseMessage): string {
  if (typeof message.content === 'string') return message.content;
  if (Array.isArray(message.content)) {
    return message.content
      .map((block) =>
        typeof block === 'string'
          ? block
          : block && typeof block === 'object' && (block as { type?: string }).type === 'text'
            ? String((block as { text?: unknown }).text ?? '')
            : '',
      )
      .join('');
  }
  return typeof message.text === 'string' ? message.text : '';
}

export function reasoningOf(message: LooseMessage): string | undefined {
  let blocks: LooseMessage['contentBlocks'];
  try {
    blocks = message.contentBlocks;
  } catch {
    blocks = undefined;
  }
  const text = (blocks ?? [])
    .filter((b) => b.type === 'reasoning')
    .map((b) => b.reasoning ?? b.text ?? '')
    .join('');
  return text || undefined;
}

export function toMessage(raw: unknown): Message {
  const message = raw as LooseMessage;
  const out: Message = { role: ROLES[typeOf(message)] ?? 'user', content: textOfMessage(message) };
  if (message.name) out.name = message.name;
  const reasoning = reasoningOf(message);
  if (reasoning) out.reasoning = reasoning;
  if (message.tool_calls?.length)
    out.toolCalls = message.tool_calls.map(
      (c): ToolCallRequest => ({ ...(c.id ? { id: c.id } : {}), name: c.name, args: c.args }),
    );
  if (message.tool_call_id) out.toolCallId = message.tool_call_id;
  return out;
}

export function toolCallsOf(raw: unknown): ToolCallRequest[] {
  return ((raw as LooseMessage).tool_calls ?? []).map((c) => ({
    ...(c.id ? { id: c.id } : {}),
    name: c.name,
    args: c.args,
  }));
}

export function usageOf(raw: unknown): Usage {
  const usage = (raw as LooseMessage).usage_metadata;
  if (!usage) return {};
  const out: Usage = {};
  if (usage.input_tokens !== undefined) out.inputTokens = usage.input_tokens;
  if (usage.output_tokens !== undefined) out.outputTokens = usage.output_tokens;
  if (usage.total_tokens !== undefined) out.totalTokens = usage.total_tokens;
  if (usage.output_token_details?.reasoning !== undefined)
    out.reasoningTokens = usage.output_token_details.reasoning;
  if (usage.input_token_details?.cache_read !== undefined)
    out.cachedInputTokens = usage.input_token_details.cache_read;
  return out;
}

/** A node's input or output state as messages: its `messages` channel, else the state as one message. */
export function stateToMessages(state: unknown): Message[] {
  if (state && typeof state === 'object' && Array.isArray((state as { messages?: unknown }).messages)) {
    return ((state as { messages: unknown[] }).messages ?? []).filter(isMessage).map(toMessage);
  }
  if (Array.isArray(state) && state.every(isMessage)) return state.map(toMessage);
  if (state === undefined || state === null) return [];
  return [{ role: 'user', content: typeof state === 'string' ? state : safeJson(state) }];
}

/** The readable text a node produced: the last message it added, else its update as JSON. */
export function updateText(update: unknown): string {
  if (update && typeof update === 'object') {
    const raw = (update as { messages?: unknown }).messages;
    const list = Array.isArray(raw) ? raw : isMessage(raw) ? [raw] : [];
    const messages = list.filter(isMessage);
    // The answer is the last AI message that says something and calls no tool: handoff tools add
    // synthetic "transferring back" messages after it.
    const answer =
      messages.findLast((m) => typeOf(m) === 'ai' && textOfMessage(m) && !m.tool_calls?.length) ??
      messages.findLast((m) => typeOf(m) === 'ai' && textOfMessage(m)) ??
      messages.at(-1);
    if (answer) return textOfMessage(answer) || safeJson(toolCallsOf(answer));
    const rest = Object.fromEntries(Object.entries(update).filter(([key]) => key !== 'messages'));
    return Object.keys(rest).length > 0 ? safeJson(rest) : '';
  }
  return typeof update === 'string' ? update : safeJson(update);
}

export function safeJson(value: unknown): string {
  try {
    return (
      JSON.stringify(value, (_key, item) =>
        isMessage(item) ? { role: typeOf(item), content: textOfMessage(item) } : item,
      ) ?? ''
    );
  } catch {
    return String(value);
  }
}
