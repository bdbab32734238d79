import type { Message, ToolCallRequest, Usage } from '@handoff/core';

/** Fields of LangChain messages we read; typed loosely so adapter code never throws on odd input. */
export interface LooseMessage {
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

export interface CommandLike {
  lg_name?: string;
  goto?: unknown;
  update?: unknown;
  graph?: string;
}

export interface SendLike {
  lg_name?: string;
  node?: string;
  args?: unknown;
}

export function isCommand(value: unknown): value is CommandLike {
  return Boolean(value && typeof value === 'object' && (value as CommandLike).lg_name === 'Command');
}

export function isSend(value: unknown): value is SendLike {
  return Boolean(value && typeof value === 'object' && (value as SendLike).lg_name === 'Send');
}

export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

const HIDDEN_NODES = new Set(['__start__', '__end__']);

/** The node a Command's `goto` or a router names (a node name or a Send), never START or END. */
export function nodeOf(target: unknown): string | undefined {
  if (isSend(target)) return target.node;
  return typeof target === 'string' && !HIDDEN_NODES.has(target) ? target : undefined;
}

/** The Commands a node returned (one, or a list of them). */
export function commandsOf(outputs: unknown): CommandLike[] {
  if (isCommand(outputs)) return [outputs];
  return Array.isArray(outputs) && outputs.length > 0 && outputs.every(isCommand) ? outputs : [];
}

/** The state update of several Commands, their messages in order. */
export function mergedUpdate(commands: CommandLike[]): unknown {
  const updates = commands.map((c) => c.update).filter((u) => u !== undefined && u !== null);
  if (updates.length <= 1) return updates[0];
  if (!updates.every((u) => typeof u === 'object' && !Array.isArray(u))) return updates.at(-1);
  const merged: Record<string, unknown> = {};
  for (const update of updates as Record<string, unknown>[])
    for (const [key, value] of Object.entries(update))
      merged[key] = key === 'messages' ? [...asList(merged[key]), ...asList(value)] : value;
  return merged;
}

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

/** The message's role in Handoff's terms (LangChain types, OpenAI-style roles). */
export function roleOf(message: LooseMessage): Message['role'] {
  return ROLES[typeOf(message)] ?? 'user';
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
  // LangChain builds string content into one text block: reasoning blocks come only from block
  // content or a provider's translator (`model_provider`, `output_version: v1`). Skipping its
  // getter there saves most of a conversion.
  if (typeof message.content === 'string' && !translated(message)) return undefined;
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

function translated(message: LooseMessage): boolean {
  const metadata = (message as { response_metadata?: unknown }).response_metadata;
  if (!metadata || typeof metadata !== 'object') return false;
  const { model_provider: provider, output_version: version } = metadata as Record<string, unknown>;
  return typeof provider === 'string' || version !== undefined;
}

/** A conversion and the fields it was read from: a message edited in place is converted again. */
interface Converted {
  message: Message;
  sources: unknown[];
}

/**
 * LangGraph hands every node and model call the whole message history, so each message recurs many
 * times per run; its conversion (LangChain's `contentBlocks` getter above all) is done once.
 */
const converted = new WeakMap<object, Converted>();

function sourcesOf(message: LooseMessage & Record<string, unknown>): unknown[] {
  return [
    message.content,
    message.name,
    message.tool_calls,
    message.tool_call_id,
    message.role,
    message.type,
    message.additional_kwargs,
    message.response_metadata,
  ];
}

function sameSources(a: unknown[], b: unknown[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The message in Handoff's terms. The result is shared between calls: never change it. */
export function toMessage(raw: unknown): Message {
  if (!raw || typeof raw !== 'object') return convertMessage(raw);
  const sources = sourcesOf(raw as LooseMessage & Record<string, unknown>);
  const known = converted.get(raw);
  if (known && sameSources(known.sources, sources)) return known.message;
  const message = Object.freeze(convertMessage(raw));
  converted.set(raw, { message, sources });
  return message;
}

function convertMessage(raw: unknown): Message {
  const message = raw as LooseMessage;
  const out: Message = { role: roleOf(message), content: textOfMessage(message) };
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

/** Why the model stopped (`stop`, `length`, `tool_calls`…), as the provider reports it. */
export function finishReasonOf(raw: unknown, generationInfo?: Record<string, unknown>): string | undefined {
  const metadata = (raw as { response_metadata?: Record<string, unknown> } | undefined)?.response_metadata;
  const reason =
    metadata?.finish_reason ??
    metadata?.stop_reason ??
    metadata?.finishReason ??
    generationInfo?.finish_reason;
  return typeof reason === 'string' && reason !== '' ? reason : undefined;
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
