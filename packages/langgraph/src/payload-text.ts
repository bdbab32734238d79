import { valuesText as coreValuesText, hasUnspacedScript } from '@handoff/core';
import { asList, isCommand, isMessage, isSend, type LooseMessage, roleOf, textOfMessage } from './convert.ts';

/** Values a router writes when it picks no agent: they route, they say nothing. */
const ROUTING_WORDS = new Set(['__end__', '__start__', 'END', 'FINISH']);

/** LangChain values as plain data: messages by their text, Commands and Sends (plumbing) left out. */
function plain(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== 'object' || depth > 16) return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (isMessage(value)) return textOfMessage(value);
  if (isCommand(value) || isSend(value)) return undefined;
  if (Array.isArray(value)) return value.map((item) => plain(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item, depth + 1)]));
}

/**
 * The readable text of a structured value: its words and numbers, never its keys, ids or tool names
 * (core's `valuesText`, the one the checks read with), so `{ subject: "penguins" }` is "penguins".
 * A JSON string is read the same way.
 */
export function valuesText(value: unknown, skipKeys?: ReadonlySet<string>): string {
  let data = plain(value, 0);
  if (skipKeys?.size && data && typeof data === 'object' && !Array.isArray(data))
    data = Object.fromEntries(Object.entries(data).filter(([key]) => !skipKeys.has(key)));
  return coreValuesText(data);
}

/**
 * What a list of messages says: the last AI message with text and no tool call (handoff tools add
 * synthetic "transferring back" messages after it), else any AI text, else the last human message
 * with text (workers that report as a named HumanMessage), else the arguments of the last tool call.
 * Tool messages and tool-call plumbing (ids, tool names) are never the text.
 */
export function messagesText(messages: readonly LooseMessage[]): string {
  return valuesText(saidText(messages));
}

/** The raw text (or tool-call arguments) of what a list of messages says; see `messagesText`. */
function saidText(messages: readonly LooseMessage[]): unknown {
  const ai = messages.filter((m) => roleOf(m) === 'assistant');
  const said =
    ai.findLast((m) => textOfMessage(m) && !m.tool_calls?.length) ??
    ai.findLast((m) => textOfMessage(m)) ??
    messages.findLast((m) => roleOf(m) === 'user' && textOfMessage(m));
  if (said) return textOfMessage(said);
  return (ai.findLast((m) => m.tool_calls?.length)?.tool_calls ?? []).map((call) => call.args);
}

/** A JSON object written as text (a model's structured answer), else undefined. */
function jsonObject(text: unknown): Record<string, unknown> | undefined {
  if (typeof text !== 'string' || !/^\s*\{/.test(text)) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function messagesOf(value: unknown): LooseMessage[] | undefined {
  if (!value || typeof value !== 'object' || !('messages' in value)) return undefined;
  const raw = (value as { messages?: unknown }).messages;
  const list = asList(raw).filter(isMessage);
  return list.length > 0 ? list : undefined;
}

export interface DescribedUpdate {
  /** The meaningful text of the update ('' for a pure routing decision). */
  text: string;
  /** The structured part of the update (its keys other than `messages`), kept as is. */
  payload?: Record<string, unknown>;
  /** The update only routes: no message, no value beyond the choice of the next node. */
  routing: boolean;
  /** Keys whose values only name the next node (`next: "researcher"`). */
  routingKeys: ReadonlySet<string>;
  /** The sender named the next node in what it wrote: a router handing out work with its task. */
  routed: boolean;
}

/**
 * A one-word label such as a classifier's `"joke"` or `"承認"`: what a conditional edge reads to pick
 * a node. Not a sentence in a script written without spaces ("差し戻し：305のままです。"): a label has
 * no sentence punctuation, and in such a script is a word or two long.
 */
const DECISION = /^[^\s.,:;!?。、，．：；！？]{1,40}$/u;
const isDecision = (text: string) => DECISION.test(text) && (text.length <= 8 || !hasUnspacedScript(text));

function isRoutingValue(value: unknown, destinations: ReadonlySet<string>, decided: boolean): boolean {
  const items = asList(value);
  return (
    items.length > 0 &&
    items.every(
      (item) =>
        typeof item === 'string' &&
        (destinations.has(item) || ROUTING_WORDS.has(item) || (decided && isDecision(item))),
    )
  );
}

/**
 * Reads a node's state update: its messages' text, else the values of its other keys without the
 * keys that only name the next node (`{ next: "researcher" }` routes, it is not a message). When a
 * conditional edge routed on the update (`decided`), one-word labels (`{ decision: "joke" }`) route too.
 */
export function describeUpdate(
  update: unknown,
  destinations: ReadonlySet<string>,
  decided = false,
): DescribedUpdate {
  const none = new Set<string>();
  if (typeof update === 'string') return { text: update, routing: false, routingKeys: none, routed: false };
  if (!update || typeof update !== 'object' || Array.isArray(update) || isMessage(update)) {
    const text = Array.isArray(update) && update.every(isMessage) ? messagesText(update) : valuesText(update);
    return { text, routing: text === '' && destinations.size > 0, routingKeys: none, routed: false };
  }
  const rest = Object.fromEntries(Object.entries(update).filter(([key]) => key !== 'messages'));
  const payload = Object.keys(rest).length > 0 ? rest : undefined;
  const messages = messagesOf(update);
  const routingKeys = new Set(
    Object.entries(rest)
      .filter(([, value]) => isRoutingValue(value, destinations, decided))
      .map(([key]) => key),
  );
  const said = messages ? saidText(messages) : undefined;
  const text = valuesText(said) || valuesText(rest, routingKeys);
  const routes = destinations.size > 0 || routingKeys.size > 0;
  const answer = jsonObject(said);
  const routed =
    routingKeys.size > 0 ||
    (answer !== undefined &&
      Object.values(answer).some((value) => isRoutingValue(value, destinations, false)));
  return { text, ...(payload ? { payload } : {}), routing: text === '' && routes, routingKeys, routed };
}

/** What a `Send(node, args)` carries: the text of its messages, else the values of its payload. */
export function describeSend(args: unknown): { text: string; payload?: unknown } {
  const messages = messagesOf(args);
  if (messages) {
    const rest = Object.fromEntries(
      Object.entries(args as Record<string, unknown>).filter(([key]) => key !== 'messages'),
    );
    const task = messages.findLast((m) => roleOf(m) !== 'tool' && textOfMessage(m));
    return { text: task ? textOfMessage(task) : messagesText(messages), ...payloadPart(rest) };
  }
  return { text: valuesText(args), ...(args === undefined ? {} : { payload: args }) };
}

function payloadPart(rest: Record<string, unknown>): { payload?: unknown } {
  return Object.keys(rest).length > 0 ? { payload: rest } : {};
}
