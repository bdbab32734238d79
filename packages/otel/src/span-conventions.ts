import { type Message, type MessageRole, textOf, type Usage } from '@handoff/core';
import type { SpanRecord } from './span-record.ts';

/** What a span is to Handoff, whichever convention said so. */
export type SpanRole = 'workflow' | 'agent' | 'llm' | 'tool' | 'other';

/** A span read through the conventions Handoff knows; undefined fields were not recorded. */
export interface SpanView {
  span: SpanRecord;
  role: SpanRole;
  /** The conventions whose attributes were found (`gen_ai`, `openinference`, `ai-sdk`, `langfuse`, `mastra`, `handoff`, `langgraph`). */
  conventions: string[];
  agent?: string;
  /** LangGraph node name, when the span is a graph node (an agent of the graph). */
  graphNode?: string;
  input?: Message[];
  output?: string;
  model?: string;
  provider?: string;
  usage: Usage;
  finishReason?: string;
  toolName?: string;
  toolCallId?: string;
  toolArgs?: unknown;
  toolResult?: unknown;
  /** Tool calls the model asked for, and its reasoning, from its output messages. */
  requestedToolCalls?: Message['toolCalls'];
  reasoning?: string;
  /** Whether the tool span carried a result attribute at all (content capture on). */
  hasToolResult: boolean;
  error?: string;
}

type Attrs = Record<string, unknown>;
const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;
const num = (value: unknown): number | undefined => {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
};
function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (!/^[[{"]|^-?\d|^(true|false|null)$/.test(text)) return value;
  try {
    return JSON.parse(text);
  } catch {
    return value;
  }
}
const isObject = (value: unknown): value is Attrs =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const ROLES: Record<string, MessageRole> = {
  system: 'system',
  developer: 'system',
  user: 'user',
  human: 'user',
  assistant: 'assistant',
  ai: 'assistant',
  model: 'assistant',
  tool: 'tool',
  function: 'tool',
};
function roleOf(value: unknown): MessageRole {
  return ROLES[String(value ?? 'user').toLowerCase()] ?? 'user';
}

/**
 * The text of a message content: a string, GenAI / AI SDK parts, or LangChain content blocks. Tool
 * results are text only in a tool message (an agent's output lists its calls' results beside its
 * answer).
 */
function contentText(value: unknown, toolResults = true): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value))
    return value
      .map((part) => {
        if (typeof part === 'string') return part;
        if (!isObject(part)) return '';
        if (part.type === 'text' || part.type === undefined) return str(part.content) ?? str(part.text) ?? '';
        if (toolResults && (part.type === 'tool_call_response' || part.type === 'tool-result'))
          return textOf(part.response ?? part.result ?? part.output ?? '');
        return '';
      })
      .filter((text) => text !== '')
      .join('\n');
  return value === undefined || value === null ? '' : textOf(value);
}

/** One message from GenAI (`parts`), AI SDK / OpenAI (`content`) or LangChain (serialised or plain). */
function messageOf(value: unknown): Message | undefined {
  if (typeof value === 'string') return { role: 'user', content: value };
  if (!isObject(value)) return undefined;
  // LangChain's serialised form: { lc, type: 'constructor', id: [..., 'HumanMessage'], kwargs }
  if (Array.isArray(value.id) && isObject(value.kwargs)) {
    const className = String(value.id[value.id.length - 1] ?? '');
    const role = /^Human/.test(className)
      ? 'user'
      : /^AI/.test(className)
        ? 'assistant'
        : /^System/.test(className)
          ? 'system'
          : /^Tool/.test(className)
            ? 'tool'
            : 'user';
    return { role, content: contentText(value.kwargs.content) };
  }
  const role = value.role ?? value.type ?? value._getType;
  const parts = 'parts' in value ? value.parts : 'content' in value ? value.content : undefined;
  if (parts === undefined && !Array.isArray(value.tool_calls)) return undefined;
  const messageRole = roleOf(role);
  const message: Message = { role: messageRole, content: contentText(parts, messageRole === 'tool') };
  withToolCalls(message, value, Array.isArray(parts) ? parts : []);
  return message;
}

/**
 * Tool calls, tool call ids and reasoning as the checks read them: GenAI parts (`tool_call`,
 * `tool_call_response`, `reasoning`), AI SDK content parts (`tool-call`, `tool-result`) and OpenAI's
 * `tool_calls` / `tool_call_id`.
 */
function withToolCalls(message: Message, value: Attrs, parts: unknown[]): void {
  const calls: NonNullable<Message['toolCalls']> = [];
  const reasoning: string[] = [];
  for (const part of parts) {
    if (!isObject(part)) continue;
    if (part.type === 'tool_call' || part.type === 'tool-call') {
      const name = str(part.name) ?? str(part.toolName);
      if (!name) continue;
      const id = str(part.id) ?? str(part.toolCallId);
      calls.push({ name, args: parseJson(part.arguments ?? part.input ?? part.args), ...(id ? { id } : {}) });
    } else if (part.type === 'tool_call_response' || part.type === 'tool-result') {
      message.toolCallId ??= str(part.id) ?? str(part.toolCallId);
      const name = str(part.toolName) ?? str(part.name);
      if (name) message.name ??= name;
    } else if (part.type === 'reasoning') {
      const text = str(part.content) ?? str(part.text);
      if (text) reasoning.push(text);
    }
  }
  if (Array.isArray(value.tool_calls))
    for (const call of value.tool_calls) {
      if (!isObject(call)) continue;
      const fn = isObject(call.function) ? call.function : call;
      const name = str(fn.name);
      if (!name) continue;
      const id = str(call.id);
      calls.push({ name, args: parseJson(fn.arguments ?? fn.args), ...(id ? { id } : {}) });
    }
  message.toolCallId ??= str(value.tool_call_id) ?? str(value.toolCallId);
  if (message.role === 'tool') message.name ??= str(value.name);
  if (calls.length > 0) message.toolCalls = calls;
  if (reasoning.length > 0) message.reasoning = reasoning.join('\n');
  if (message.toolCallId === undefined) delete message.toolCallId;
}

/** A tool message names its tool when the call it answers (earlier in the list) does. */
function nameToolResults(messages: Message[]): Message[] {
  const names = new Map<string, string>();
  for (const message of messages) {
    for (const call of message.toolCalls ?? []) if (call.id) names.set(call.id, call.name);
    if (message.role === 'tool' && !message.name && message.toolCallId) {
      const name = names.get(message.toolCallId);
      if (name) message.name = name;
    }
  }
  return messages;
}

/** Messages from a value: a list of messages, `{ messages }`, a prompt string or AI SDK's `{ system, prompt, messages }`. */
export function messagesOf(value: unknown): Message[] | undefined {
  const parsed = parseJson(value);
  if (typeof parsed === 'string') return [{ role: 'user', content: parsed }];
  if (Array.isArray(parsed)) {
    const messages = parsed.flatMap((item) => {
      if (Array.isArray(item)) return messagesOf(item) ?? [];
      const message = messageOf(item);
      return message ? [message] : [];
    });
    return messages.length > 0 ? nameToolResults(messages) : undefined;
  }
  if (!isObject(parsed)) return undefined;
  const messages: Message[] = [];
  if (typeof parsed.system === 'string') messages.push({ role: 'system', content: parsed.system });
  const list = parsed.messages ?? parsed.input;
  if (list !== undefined) messages.push(...(messagesOf(list) ?? []));
  else if (typeof parsed.prompt === 'string') messages.push({ role: 'user', content: parsed.prompt });
  else {
    const single = messageOf(parsed);
    if (single) messages.push(single);
  }
  return messages.length > 0 ? messages : undefined;
}

/** The text of an output: a string, assistant messages, a state update's last message, or JSON. */
export function outputText(value: unknown): string | undefined {
  const parsed = parseJson(value);
  if (parsed === undefined || parsed === null) return undefined;
  if (typeof parsed === 'string') return parsed;
  if (isObject(parsed) && typeof parsed.text === 'string') return parsed.text;
  const messages = messagesOf(parsed);
  // An agent's output lists every step's message: the answer is the last one that says something.
  const answer = messages?.findLast((m) => m.role === 'assistant' && m.content !== '');
  if (answer) return answer.content;
  const last = messages?.at(-1);
  if (last && last.content !== '') return last.content;
  // Messages whose text is empty (a step that only called tools) said nothing, not their JSON.
  if (messages && messages.length > 0) return '';
  return textOf(parsed);
}

/** OpenInference's flattened message lists: `llm.input_messages.0.message.role` / `.content` / `.contents.N.message_content.text`. */
function indexedMessages(attributes: Attrs, prefix: string): Message[] | undefined {
  const byIndex = new Map<number, { role?: unknown; content: string[] }>();
  for (const [key, value] of Object.entries(attributes)) {
    if (!key.startsWith(prefix)) continue;
    const match = /^(\d+)\.message\.(role|content|contents\.(\d+)\.message_content\.text)$/.exec(
      key.slice(prefix.length),
    );
    if (!match) continue;
    const index = Number(match[1]);
    const entry = byIndex.get(index) ?? { content: [] };
    if (match[2] === 'role') entry.role = value;
    else entry.content[match[3] === undefined ? 0 : Number(match[3]) + 1] = String(value);
    byIndex.set(index, entry);
  }
  if (byIndex.size === 0) return undefined;
  return [...byIndex.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, entry]) => ({ role: roleOf(entry.role), content: entry.content.filter(Boolean).join('\n') }));
}

function metadataOf(attributes: Attrs): Attrs {
  const metadata = parseJson(attributes.metadata);
  const result: Attrs = isObject(metadata) ? { ...metadata } : {};
  for (const [key, value] of Object.entries(attributes)) {
    if (key.startsWith('metadata.')) result[key.slice('metadata.'.length)] = value;
    if (key.startsWith('langfuse.observation.metadata.'))
      result[key.slice('langfuse.observation.metadata.'.length)] = parseJson(value);
  }
  return result;
}

const LLM_OPERATIONS = new Set(['chat', 'text_completion', 'generate_content']);
const AI_SDK_CALLS = /^ai\.(generateText|streamText|generateObject|streamObject)$/;
const GRAPH_INTERNALS = new Set(['__start__', '__end__', 'tools', 'LangGraph']);

function roleOf_(span: SpanRecord, attributes: Attrs, conventions: Set<string>): SpanRole {
  const operation = str(attributes['gen_ai.operation.name']);
  const openinference = str(attributes['openinference.span.kind'])?.toUpperCase();
  const langfuse = str(attributes['langfuse.observation.type'])?.toLowerCase();
  const mastra = str(attributes['mastra.span.type'] ?? attributes['mastra.spanType'])?.toLowerCase();
  const aiOperation = str(attributes['ai.operationId']);
  if (operation) conventions.add('gen_ai');
  if (openinference) conventions.add('openinference');
  if (langfuse) conventions.add('langfuse');
  if (mastra) conventions.add('mastra');
  if (aiOperation) conventions.add('ai-sdk');
  if (operation === 'invoke_workflow') {
    if (attributes['handoff.workflow.id'] !== undefined) conventions.add('handoff');
    return 'workflow';
  }
  if (
    operation === 'invoke_agent' ||
    openinference === 'AGENT' ||
    langfuse === 'agent' ||
    mastra === 'agent_run' ||
    (aiOperation && AI_SDK_CALLS.test(aiOperation))
  )
    return 'agent';
  if (
    (operation && LLM_OPERATIONS.has(operation)) ||
    openinference === 'LLM' ||
    langfuse === 'generation' ||
    mastra === 'model_generation' ||
    mastra === 'model_step' ||
    (aiOperation && /\.do(Generate|Stream)$/.test(aiOperation))
  )
    return 'llm';
  if (
    operation === 'execute_tool' ||
    openinference === 'TOOL' ||
    langfuse === 'tool' ||
    mastra === 'tool_call' ||
    mastra === 'mcp_tool_call' ||
    aiOperation === 'ai.toolCall'
  )
    return 'tool';
  if (span.name === 'invoke_workflow') return 'workflow';
  return 'other';
}

function errorOf(span: SpanRecord): string | undefined {
  // Langfuse marks a failed observation by its level and status message, not the span status.
  if (str(span.attributes['langfuse.observation.level'])?.toUpperCase() === 'ERROR')
    return str(span.attributes['langfuse.observation.status_message']) ?? span.status.message ?? 'failed';
  if (span.status.code !== 2) return undefined;
  const exception = span.events.find((event) => event.name === 'exception');
  return (
    span.status.message ??
    str(exception?.attributes['exception.message']) ??
    str(span.attributes['error.message']) ??
    'failed'
  );
}

/** Reads one span through every convention Handoff knows (GenAI, OpenInference, AI SDK, Langfuse, Mastra). */
export function readSpan(span: SpanRecord): SpanView {
  const a = span.attributes;
  const conventions = new Set<string>();
  const role = roleOf_(span, a, conventions);
  const metadata = metadataOf(a);
  const node = str(metadata.langgraph_node);
  const graphNode = node && node === span.name && !GRAPH_INTERNALS.has(node) ? node : undefined;
  if (graphNode) conventions.add('langgraph');

  // Mastra's exporter names content by span type: `mastra.agent_run.input`, `mastra.model_step.output`, …
  const mastraType = str(a['mastra.span.type'] ?? a['mastra.spanType'])?.toLowerCase();
  const mastraInput = mastraType ? a[`mastra.${mastraType}.input`] : undefined;
  const mastraOutput = mastraType ? a[`mastra.${mastraType}.output`] : undefined;
  const system = parseJson(a['gen_ai.system_instructions']);
  const systemText = system === undefined ? undefined : contentText(system);
  let input =
    messagesOf(a['gen_ai.input.messages']) ??
    indexedMessages(a, 'llm.input_messages.') ??
    messagesOf(a['ai.prompt.messages']) ??
    messagesOf(a['ai.prompt']) ??
    messagesOf(a['langfuse.observation.input']) ??
    messagesOf(a['input.value']) ??
    messagesOf(mastraInput ?? a['mastra.input'] ?? a['gen_ai.prompt']);
  if (input && systemText && !input.some((m) => m.role === 'system'))
    input = [{ role: 'system', content: systemText }, ...input];

  const output =
    outputText(a['gen_ai.output.messages']) ??
    indexedMessages(a, 'llm.output_messages.')
      ?.map((m) => m.content)
      .join('\n') ??
    str(a['ai.response.text']) ??
    outputText(a['langfuse.observation.output']) ??
    outputText(a['output.value']) ??
    outputText(mastraOutput ?? a['mastra.output'] ?? a['gen_ai.completion']);

  const view: SpanView = {
    span,
    role,
    conventions: [...conventions],
    usage: {},
    hasToolResult: false,
  };
  const agent =
    str(a['gen_ai.agent.name']) ??
    str(a['agent.name']) ??
    str(a['ai.telemetry.functionId']) ??
    str(a['mastra.agent.name'] ?? a['mastra.agentName']) ??
    graphNode ??
    (role === 'agent' ? span.name.replace(/^invoke_agent\s+/, '') : undefined);
  if (agent) view.agent = agent;
  if (graphNode) view.graphNode = graphNode;
  if (input) view.input = input;
  if (output !== undefined) view.output = output;
  if (role === 'llm') {
    const said = messagesOf(a['gen_ai.output.messages'])?.filter((m) => m.role === 'assistant');
    const calls = said?.flatMap((m) => m.toolCalls ?? []);
    if (calls && calls.length > 0) view.requestedToolCalls = calls;
    const reasoning = said?.flatMap((m) => (m.reasoning ? [m.reasoning] : [])).join('\n');
    if (reasoning) view.reasoning = reasoning;
  }
  const model =
    str(a['gen_ai.request.model']) ??
    str(a['gen_ai.response.model']) ??
    str(a['llm.model_name']) ??
    str(a['ai.model.id']) ??
    str(a['langfuse.observation.model.name']);
  if (model) view.model = model;
  const provider =
    str(a['gen_ai.provider.name']) ??
    str(a['gen_ai.system']) ??
    str(a['llm.provider']) ??
    str(a['ai.model.provider']);
  if (provider) view.provider = provider;
  const inputTokens =
    num(a['gen_ai.usage.input_tokens']) ??
    num(a['llm.token_count.prompt']) ??
    num(a['ai.usage.inputTokens'] ?? a['ai.usage.promptTokens']);
  const outputTokens =
    num(a['gen_ai.usage.output_tokens']) ??
    num(a['llm.token_count.completion']) ??
    num(a['ai.usage.outputTokens'] ?? a['ai.usage.completionTokens']);
  if (inputTokens !== undefined) view.usage.inputTokens = inputTokens;
  if (outputTokens !== undefined) view.usage.outputTokens = outputTokens;
  const finish =
    a['gen_ai.response.finish_reasons'] ?? a['llm.finish_reason'] ?? a['ai.response.finishReason'];
  const finishReason = Array.isArray(finish) ? str(finish[0]) : str(finish);
  if (finishReason) view.finishReason = finishReason;

  if (role === 'tool') {
    const name =
      str(a['gen_ai.tool.name']) ??
      str(a['tool.name']) ??
      str(a['ai.toolCall.name']) ??
      span.name.replace(/^execute_tool\s+/, '');
    view.toolName = name;
    const id = str(a['gen_ai.tool.call.id']) ?? str(a['tool_call.id']) ?? str(a['ai.toolCall.id']);
    if (id) view.toolCallId = id;
    const args =
      a['gen_ai.tool.call.arguments'] ??
      a['tool.parameters'] ??
      a['ai.toolCall.args'] ??
      a['ai.toolCall.input'] ??
      a['input.value'] ??
      a['langfuse.observation.input'];
    if (args !== undefined) view.toolArgs = parseJson(args);
    const result =
      a['gen_ai.tool.call.result'] ??
      a['ai.toolCall.result'] ??
      a['ai.toolCall.output'] ??
      a['output.value'] ??
      a['langfuse.observation.output'];
    if (result !== undefined) {
      view.hasToolResult = true;
      view.toolResult = parseJson(result);
    }
  }
  const error = errorOf(span);
  if (error) view.error = error;
  return view;
}
