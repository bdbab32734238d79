import type { Message, MessageRole, ToolCallRequest } from '../model/message.ts';
import { TRUNCATION_MARKER, toSafeValue } from './safe-value.ts';
import { textOf } from './text-of.ts';

const ROLES: ReadonlySet<string> = new Set(['system', 'user', 'assistant', 'tool']);
/** Share of the budget kept for the first message (the system prompt or the task). */
const FIRST_SHARE = 0.25;

/**
 * A schema-valid copy of a message list within a byte budget. Past the budget, message contents are
 * cut (never the list's shape): the first message and the most recent ones are kept, and the middle
 * becomes one marker message, so a reader always gets well-formed messages.
 */
export function toSafeMessages(messages: unknown, maxBytes: number, memo?: MessageMemo): Message[] {
  if (!Array.isArray(messages)) return [];
  const size = (message: Message): number =>
    message.content.length + (message.reasoning?.length ?? 0) + textOf(message.toolCalls).length;
  let total = 0;
  const stored = messages.map((message: unknown) => {
    if (!memo || !isFrozenMessage(message)) {
      const shaped = shape(message, maxBytes);
      total += size(shaped);
      return shaped;
    }
    const memoised = memo.get(message, () => shape(message, maxBytes), size);
    total += memoised.size;
    return memoised.message;
  });
  if (total <= maxBytes) return stored;
  // Past the budget, cut fresh copies: the event's redaction then sees what it always saw.
  const shaped = memo ? messages.map((message) => shape(message, maxBytes)) : stored;

  const first = shaped[0]!;
  const firstBudget = Math.floor(maxBytes * FIRST_SHARE);
  const head = cut(first, firstBudget);
  let remaining = maxBytes - size(head);
  const tail: Message[] = [];
  for (let i = shaped.length - 1; i > 0 && remaining > 0; i--) {
    const message = shaped[i]!;
    const kept = size(message) <= remaining ? message : cut(message, remaining);
    remaining -= size(kept);
    tail.push(kept);
  }
  tail.reverse();
  const dropped = shaped.length - 1 - tail.length;
  const marker: Message[] =
    dropped > 0 ? [{ role: 'system', content: `${TRUNCATION_MARKER} ${dropped} messages]` }] : [];
  return [head, ...marker, ...tail];
}

/** Stored copies of messages that cannot change, made once (the recorder's `messageMemo`). */
export interface MessageMemo {
  get(
    message: object,
    shape: () => Message,
    size: (shaped: Message) => number,
  ): { message: Message; size: number };
}

/**
 * A message that cannot change: frozen, with text fields only (tool-call arguments are the
 * caller's objects, so never one with tool calls).
 */
function isFrozenMessage(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || !Object.isFrozen(value)) return false;
  const { content, reasoning, toolCalls } = value as Record<string, unknown>;
  return (
    typeof content === 'string' &&
    (reasoning === undefined || typeof reasoning === 'string') &&
    toolCalls === undefined
  );
}

function cut(message: Message, budget: number): Message {
  const content = toSafeValue(message.content, { maxBytes: Math.max(0, budget) }) as string;
  const { reasoning: _reasoning, toolCalls: _toolCalls, ...rest } = message;
  return { ...rest, content };
}

/** One message in the trace's shape, whatever the adapter handed over. */
function shape(value: unknown, maxBytes: number): Message {
  const record = (typeof value === 'object' && value !== null ? value : { content: value }) as Record<
    string,
    unknown
  >;
  const role = ROLES.has(String(record.role)) ? (record.role as MessageRole) : 'user';
  const safe = (item: unknown): unknown => toSafeValue(item, { maxBytes });
  const message: Message = { role, content: textOf(safe(record.content)) };
  if (typeof record.name === 'string') message.name = record.name;
  if (record.reasoning !== undefined && record.reasoning !== null)
    message.reasoning = textOf(safe(record.reasoning));
  if (Array.isArray(record.toolCalls)) message.toolCalls = toSafeToolCalls(record.toolCalls, maxBytes);
  if (typeof record.toolCallId === 'string') message.toolCallId = record.toolCallId;
  return message;
}

/** Tool-call requests copied as requests (never a marker string in their place). */
export function toSafeToolCalls(calls: unknown, maxBytes: number): ToolCallRequest[] {
  if (!Array.isArray(calls)) return [];
  let remaining = maxBytes;
  return calls.map((call) => {
    const record = (typeof call === 'object' && call !== null ? call : {}) as Record<string, unknown>;
    const args = toSafeValue(record.args, { maxBytes: Math.max(0, remaining) });
    remaining -= textOf(args).length;
    const request: ToolCallRequest = { name: String(record.name ?? 'unknown'), args };
    if (typeof record.id === 'string') request.id = record.id;
    return request;
  });
}

/**
 * Names of the tools a model was offered, given as names or as tool definitions (`{ name }`, or
 * OpenAI-style `{ function: { name } }` as LangChain reports bound tools); anything else is skipped.
 */
export function toToolNames(tools: unknown): string[] {
  if (!Array.isArray(tools)) return [];
  return tools
    .flatMap((tool: unknown) => {
      const record = (typeof tool === 'object' && tool !== null ? tool : {}) as {
        name?: unknown;
        function?: { name?: unknown };
      };
      const name = typeof tool === 'string' ? tool : (record.function?.name ?? record.name);
      return typeof name === 'string' ? [name.slice(0, 200)] : [];
    })
    .slice(0, 128);
}
