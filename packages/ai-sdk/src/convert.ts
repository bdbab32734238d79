import type { Message, ToolCallRequest, Usage } from '@handoff/core';

/** Provider-level shapes we read, kept loose: providers add fields, we read what we know. */
interface PromptPart {
  type: string;
  text?: string;
  toolCallId?: string;
  toolName?: string;
  input?: unknown;
  output?: unknown;
}
interface PromptMessage {
  role: string;
  content: string | PromptPart[];
}

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function toolOutputText(output: unknown): string {
  const value = output as { type?: string; value?: unknown } | undefined;
  const inner = value && typeof value === 'object' && 'value' in value ? value.value : output;
  return typeof inner === 'string' ? inner : JSON.stringify(inner ?? null);
}

/** Text kept in `textMessages` at most (characters): beyond it the cache starts over. */
const TEXT_MESSAGES_BUDGET = 1_000_000;
/** By role, then text (the SDK's own strings: their hashes are cached, so a lookup is cheap). */
const textMessages = new Map<string, Map<string, Message>>();
let textMessagesChars = 0;

/**
 * A text-only message, frozen and shared while its text recurs. The SDK rebuilds its prompt objects
 * on every step but hands over the same strings: one shared message lets the recorder copy, redact
 * and hash a prompt once for the turn and every model call that re-sends it.
 */
export function textMessage(role: Message['role'], content: string): Message {
  let byText = textMessages.get(role);
  if (!byText) {
    byText = new Map();
    textMessages.set(role, byText);
  }
  const known = byText.get(content);
  if (known) return known;
  const message: Message = Object.freeze({ role, content });
  byText.set(content, message);
  textMessagesChars += content.length;
  if (textMessagesChars > TEXT_MESSAGES_BUDGET) {
    // Rare (megabytes of distinct prompts): start over rather than track an order across roles.
    textMessages.clear();
    textMessagesChars = 0;
  }
  return message;
}

/**
 * A provider prompt (system, user, assistant, tool messages with parts) as Handoff messages.
 * Text-only messages are shared between calls (frozen): never change them.
 */
export function promptToMessages(prompt: readonly unknown[] | undefined): Message[] {
  const out: Message[] = [];
  for (const raw of prompt ?? []) {
    const message = raw as PromptMessage;
    const role = (
      ['system', 'user', 'assistant', 'tool'].includes(message.role) ? message.role : 'user'
    ) as Message['role'];
    if (typeof message.content === 'string') {
      out.push(textMessage(role, message.content));
      continue;
    }
    const parts = Array.isArray(message.content) ? message.content : [];
    const text = parts
      .filter((p) => p.type === 'text')
      .map((p) => p.text ?? '')
      .join('');
    const reasoning = parts
      .filter((p) => p.type === 'reasoning')
      .map((p) => p.text ?? '')
      .join('');
    const toolCalls: ToolCallRequest[] = parts
      .filter((p) => p.type === 'tool-call')
      .map((p) => ({ id: p.toolCallId, name: p.toolName ?? 'tool', args: parseJson(p.input) }));
    const results = parts.filter((p) => p.type === 'tool-result');
    if (results.length > 0) {
      for (const result of results) {
        out.push({
          role: 'tool',
          content: toolOutputText(result.output),
          name: result.toolName,
          toolCallId: result.toolCallId,
        });
      }
      continue;
    }
    if (!reasoning && toolCalls.length === 0) {
      out.push(textMessage(role, text));
      continue;
    }
    const entry: Message = { role, content: text };
    if (reasoning) entry.reasoning = reasoning;
    if (toolCalls.length > 0) entry.toolCalls = toolCalls;
    out.push(entry);
  }
  return out;
}

/** What a model call produced, from provider content parts (generate) or collected stream parts. */
export function contentToOutput(content: readonly unknown[] | undefined): {
  text: string;
  reasoning: string;
  toolCalls: ToolCallRequest[];
} {
  let text = '';
  let reasoning = '';
  const toolCalls: ToolCallRequest[] = [];
  for (const raw of content ?? []) {
    const part = raw as PromptPart;
    if (part.type === 'text') text += part.text ?? '';
    else if (part.type === 'reasoning') reasoning += part.text ?? '';
    else if (part.type === 'tool-call')
      toolCalls.push({ id: part.toolCallId, name: part.toolName ?? 'tool', args: parseJson(part.input) });
  }
  return { text, reasoning, toolCalls };
}

/** Provider usage (V4: nested totals) or result usage (flat) as Handoff usage. */
export function toUsage(raw: unknown): Usage {
  const usage = (raw ?? {}) as Record<string, unknown>;
  const input = usage.inputTokens;
  const output = usage.outputTokens;
  const out: Usage = {};
  if (typeof input === 'number') out.inputTokens = input;
  else if (input && typeof input === 'object') {
    const nested = input as { total?: number; cacheRead?: number };
    if (typeof nested.total === 'number') out.inputTokens = nested.total;
    if (typeof nested.cacheRead === 'number') out.cachedInputTokens = nested.cacheRead;
  }
  if (typeof output === 'number') out.outputTokens = output;
  else if (output && typeof output === 'object') {
    const nested = output as { total?: number; reasoning?: number };
    if (typeof nested.total === 'number') out.outputTokens = nested.total;
    if (typeof nested.reasoning === 'number') out.reasoningTokens = nested.reasoning;
  }
  const details = usage.outputTokenDetails as { reasoningTokens?: number } | undefined;
  if (typeof details?.reasoningTokens === 'number') out.reasoningTokens = details.reasoningTokens;
  if (typeof usage.totalTokens === 'number') out.totalTokens = usage.totalTokens;
  else if (out.inputTokens !== undefined && out.outputTokens !== undefined)
    out.totalTokens = out.inputTokens + out.outputTokens;
  return out;
}

export function finishReasonOf(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw;
  const reason = raw as { unified?: string } | undefined;
  return reason?.unified;
}

/** A delegation's task text: the tool input's one string field (task, prompt, query…) or its JSON. */
export function taskText(input: unknown): string {
  if (typeof input === 'string') return input;
  if (input && typeof input === 'object') {
    const strings = Object.values(input).filter((v): v is string => typeof v === 'string');
    if (strings.length === 1) return strings[0]!;
  }
  return JSON.stringify(input ?? null);
}

/** The agent a handoff tool names: `transfer_to_<agent>`, `handoff_to_<agent>` (the swarm convention). */
export function transferTarget(toolName: string | undefined): string | undefined {
  return /^(?:transfer|handoff|hand_off)_to_(.+)$/.exec(toolName ?? '')?.[1];
}
