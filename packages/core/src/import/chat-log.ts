import { z } from 'zod';
import { textOf } from '../util/text-of.ts';
import { ChatImportError } from './chat-import-error.ts';

/** One message of a conversation log, normalised: text content, the speaker's name where given. */
export interface ChatMessage {
  role: string;
  content: string;
  name?: string;
  /** Tool calls an assistant message requested (OpenAI-style `tool_calls`). */
  toolCalls?: { id?: string; name: string; args: unknown }[];
  /** The call a `tool` message answers. */
  toolCallId?: string;
  /** When the message was sent (epoch ms), where the log says. */
  at?: number;
}

export interface ChatConversation {
  /** The file it came from, and the line for JSONL. */
  source: string;
  line?: number;
  messages: ChatMessage[];
}

const TextPart = z.looseObject({ type: z.string().optional(), text: z.unknown().optional() });
const ToolCall = z.looseObject({
  id: z.string().optional(),
  name: z.string().optional(),
  function: z.looseObject({ name: z.string(), arguments: z.unknown().optional() }).optional(),
  arguments: z.unknown().optional(),
  args: z.unknown().optional(),
});
const RawMessage = z.looseObject({
  role: z.string({ error: 'role must be a string' }),
  content: z
    .union([z.string(), z.null(), z.array(z.union([z.string(), TextPart]))], {
      error: 'content must be a string, null or an array of text parts',
    })
    .optional(),
  name: z.string().nullable().optional(),
  tool_calls: z.array(ToolCall).nullable().optional(),
  tool_call_id: z.string().nullable().optional(),
});

/** Fields chat logs commonly stamp a message's time in (OpenAI `created`, LangChain, Slack `ts`, …). */
const TIME_FIELDS = ['timestamp', 'created_at', 'createdAt', 'created', 'time', 'ts', 'date'] as const;

/** Epoch ms from a number (seconds below 1e11, else ms) or a date string; undefined when unreadable. */
function epochMs(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : value;
  if (typeof number === 'number')
    return Number.isFinite(number) && number > 0 ? (number < 1e11 ? number * 1000 : number) : undefined;
  if (typeof number !== 'string') return undefined;
  const parsed = Date.parse(number);
  return Number.isNaN(parsed) ? undefined : parsed;
}

function timeOf(raw: Record<string, unknown>): number | undefined {
  for (const field of TIME_FIELDS) {
    const at = epochMs(raw[field]);
    if (at !== undefined) return at;
  }
  return undefined;
}

function contentText(content: z.infer<typeof RawMessage>['content']): string {
  if (typeof content === 'string') return content;
  if (!content) return '';
  return content
    .map((part) => (typeof part === 'string' ? part : typeof part.text === 'string' ? part.text : ''))
    .filter(Boolean)
    .join('\n');
}

function parseArgs(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw ?? {};
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function toMessage(raw: unknown, fail: (problem: string) => never): ChatMessage {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    fail('expected an object with "role" and "content"');
  const parsed = RawMessage.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    fail(issue?.message && issue.code === 'custom' ? issue.message : describeIssue(issue));
  }
  const { role, content, name, tool_calls, tool_call_id } = parsed.data;
  const message: ChatMessage = { role, content: contentText(content) };
  if (name) message.name = name;
  if (tool_calls?.length) {
    message.toolCalls = tool_calls.map((call) => ({
      ...(call.id ? { id: call.id } : {}),
      name: call.function?.name ?? call.name ?? 'tool',
      args: parseArgs(call.function?.arguments ?? call.arguments ?? call.args),
    }));
  }
  if (tool_call_id) message.toolCallId = tool_call_id;
  const at = timeOf(raw as Record<string, unknown>);
  if (at !== undefined) message.at = at;
  return message;
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'not a message';
  const field = issue.path.join('.');
  if (field === 'role') return 'role must be a string';
  if (field.startsWith('content')) return 'content must be a string, null or an array of text parts';
  return `${field || 'message'}: ${issue.message}`;
}

/** The message array of one conversation: the value itself, or its `history` or `messages` field. */
function messagesOf(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (Array.isArray(record.history)) return record.history;
    if (Array.isArray(record.messages)) return record.messages;
  }
  return undefined;
}

function conversationOf(value: unknown, source: string, line: number | undefined): ChatConversation {
  const raw = messagesOf(value);
  if (!raw)
    throw new ChatImportError(
      source,
      { line },
      'expected an array of messages, or an object with one under "history" or "messages"',
    );
  if (raw.length === 0) throw new ChatImportError(source, { line }, 'the conversation has no messages');
  const messages = raw.map((item, messageIndex) =>
    toMessage(item, (problem) => {
      throw new ChatImportError(source, { line, messageIndex }, problem);
    }),
  );
  return { source, ...(line === undefined ? {} : { line }), messages };
}

function parseJson(text: string, source: string, line?: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ChatImportError(
      source,
      { line },
      `not valid JSON (${error instanceof Error ? error.message : textOf(error)})`,
      { cause: error },
    );
  }
}

const looksLikeMessage = (value: unknown): boolean =>
  Boolean(value) &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  typeof (value as Record<string, unknown>).role === 'string' &&
  !messagesOf(value);

/**
 * Reads conversation logs: a JSON file holding one conversation (an array of `{ name?, role, content }`
 * or an object with it under `history` or `messages`), or JSONL with one conversation per line (a
 * JSONL file whose lines are single messages is one conversation). Throws one ChatImportError, naming
 * the file, line and message index, at the first thing it cannot read.
 */
export function parseChatLog(text: string, source: string): ChatConversation[] {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new ChatImportError(source, {}, 'the file is empty');
  const lines = body.split('\n');
  const nonEmpty = lines.map((content, i) => ({ content, line: i + 1 })).filter((l) => l.content.trim());
  const jsonl = /\.jsonl$/i.test(source) || (nonEmpty.length > 1 && isJsonLines(nonEmpty[0]!.content));
  if (!jsonl) return [conversationOf(parseJson(body, source), source, undefined)];
  const values = nonEmpty.map(({ content, line }) => ({ value: parseJson(content, source, line), line }));
  if (values.every(({ value }) => looksLikeMessage(value))) {
    return [
      conversationOf(
        values.map(({ value }) => value),
        source,
        undefined,
      ),
    ];
  }
  return values.map(({ value, line }) => conversationOf(value, source, line));
}

function isJsonLines(firstLine: string): boolean {
  try {
    JSON.parse(firstLine);
    return true;
  } catch {
    return false;
  }
}
