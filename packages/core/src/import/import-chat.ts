import type { TraceEvent, UnstampedEvent } from '../model/events.ts';
import type { Message } from '../model/message.ts';
import { SCHEMA_VERSION } from '../model/schema-version.ts';
import type { HandoffKind } from '../model/trace.ts';
import { type Redactor, redactSecrets, redactValue } from '../recorder/redact.ts';
import { toSafeValue } from '../util/safe-value.ts';
import type { ChatConversation } from './chat-log.ts';
import { messageTimes } from './message-times.ts';
import {
  codeOf,
  isExecutorMessage,
  isProgramOutput,
  programError,
  splitConsoleNoise,
} from './program-output.ts';
import { parseSpeaker, type Speaker } from './speaker.ts';

export interface ImportChatOptions {
  workflowId: string;
  /** Workflow name. Default: the workflow id. */
  name?: string;
  /** Epoch ms of the first message when the log has no times of its own; messages `stepMs` apart. */
  startedAt?: number;
  stepMs?: number;
  /** Marks the run as known to have failed (or passed), as `tracer.feedback` would. */
  feedback?: { correct: boolean; expected?: unknown; comment?: string };
  /** Participants that only run code or tools, beside those found by their messages. */
  executors?: string[];
  /** Name of the participant that picks the next speaker in a group chat. Default `manager`. */
  manager?: string;
  /** Applied to every string before it is returned; default the built-in secret patterns, `false` for none. */
  redact?: Redactor | false;
  /** Budget per recorded string value, as the recorder's `maxPayloadBytes`. Default 256 KiB. */
  maxPayloadBytes?: number;
}

interface Entry {
  index: number;
  speaker: Speaker;
  text: string;
  /** The turn this message belongs to (its own, or the author's for an executor's output). */
  turnId?: string;
}

interface Turn {
  id: string;
  agent: string;
  index: number;
  startAt: number;
  endAt: number;
}

/** Participants whose messages are mostly program output: they run others' code, they do not speak. */
function findExecutors(entries: Entry[], declared: readonly string[]): Set<string> {
  const counts = new Map<string, { all: number; program: number; output: number }>();
  for (const { speaker, text } of entries) {
    if (speaker.kind !== 'agent') continue;
    const count = counts.get(speaker.name) ?? { all: 0, program: 0, output: 0 };
    count.all++;
    if (isExecutorMessage(text)) count.program++;
    if (isProgramOutput(text)) count.output++;
    counts.set(speaker.name, count);
  }
  const out = new Set(declared);
  for (const [name, { all, program }] of counts) if (program > 0 && program * 2 >= all) out.add(name);
  return out;
}

const BARE_SIGN_OFF = /^\W*(?:terminate|exit|done|stop|end|bye)\W*$/i;

/**
 * Turns one conversation log into trace events (pure: same input, same events). Each message of a
 * participant becomes a turn with `metadata.sourceIndex`; a message reaches the others as a
 * `broadcast` handoff (group chat) or as a handoff to the one it names (`X (-> Y)`); in a group chat
 * of three or more participants a manager's `route` handoff picks each speaker; an executor's output
 * is a tool call of the turn whose code it ran; console noise is kept apart as evidence.
 */
export function importChat(conversation: ChatConversation, options: ImportChatOptions): TraceEvent[] {
  const start = options.startedAt ?? 0;
  const step = options.stepMs ?? 1_000;
  const manager = options.manager ?? 'manager';
  const maxBytes = options.maxPayloadBytes ?? 256 * 1024;
  const redactor = options.redact === false ? undefined : (options.redact ?? redactSecrets);
  const { timeOf, slotOf } = messageTimes(conversation.messages, start, step);

  const entries: Entry[] = conversation.messages.map((message, index) => ({
    index,
    speaker: parseSpeaker(message),
    text: message.content,
  }));
  const executors = findExecutors(entries, options.executors ?? []);
  const isExecutor = (entry: Entry) => entry.speaker.kind === 'agent' && executors.has(entry.speaker.name);
  const agents = [
    ...new Set(
      entries.filter((e) => e.speaker.kind === 'agent' && !isExecutor(e)).map((e) => e.speaker.name),
    ),
  ];
  const addressed = entries.some((e) => e.speaker.to !== undefined);
  const groupChat = !addressed && new Set(entries.map((e) => e.speaker.name)).size >= 3 && agents.length >= 2;
  const task = entries.find((e) => e.speaker.kind !== 'system');

  // Pass 1: turns. An executor's message joins the turn before it; a tool message, the turn that called.
  const turns: Turn[] = [];
  let last: Turn | undefined;
  for (const entry of entries) {
    const executor = isExecutor(entry);
    if ((executor || entry.speaker.kind === 'tool') && last) {
      entry.turnId = last.id;
      last.endAt = timeOf(entry.index) + slotOf(entry.index) * 0.9;
      continue;
    }
    if (entry.speaker.kind !== 'agent') continue;
    last = {
      id: `turn-${entry.index}`,
      agent: entry.speaker.name,
      index: entry.index,
      startAt: timeOf(entry.index),
      endAt: timeOf(entry.index) + slotOf(entry.index) * 0.9,
    };
    entry.turnId = last.id;
    turns.push(last);
  }
  const turnsById = new Map(turns.map((turn) => [turn.id, turn]));
  const nextTurnOf = (agent: string, after: number) =>
    turns.find((t) => t.agent === agent && t.index > after);

  const events: { at: number; event: UnstampedEvent }[] = [];
  const push = (at: number, event: UnstampedEvent) => events.push({ at, event });
  const safe = (value: unknown) => toSafeValue(value, { maxBytes });
  const safeText = (text: string) => safe(text) as string;

  push(timeOf(0), {
    type: 'workflow-start',
    name: options.name ?? options.workflowId,
    ...(task ? { input: safeText(task.text) } : {}),
    metadata: {
      source: conversation.source,
      ...(conversation.line === undefined ? {} : { line: conversation.line }),
      format: 'chat',
      messages: entries.length,
      ...(groupChat ? { groupChat: true, manager } : {}),
      ...(executors.size > 0 ? { executors: [...executors] } : {}),
    },
  });

  // What each agent has seen since its last turn: the messages visible to it, in order.
  const inbox = new Map<string, Message[]>();
  const deliver = (message: Message, from: string, onlyTo?: string) => {
    for (const agent of agents) {
      if (agent === from || (onlyTo !== undefined && agent !== onlyTo)) continue;
      const list = inbox.get(agent) ?? [];
      list.push(message);
      inbox.set(agent, list);
    }
  };
  const systemPrompts: Message[] = [];
  const openCalls = new Map<string, { callId: string; turnId: string }>();
  let finalText: string | undefined;

  for (const entry of entries) {
    const { speaker, index } = entry;
    const at = timeOf(index);
    if (speaker.kind === 'system') {
      systemPrompts.push({ role: 'system', content: safeText(entry.text) });
      continue;
    }
    if (speaker.kind === 'tool' || isExecutor(entry)) {
      const turn = entry.turnId ? turnsById.get(entry.turnId) : undefined;
      const message = conversation.messages[index]!;
      const pending = message.toolCallId ? openCalls.get(message.toolCallId) : undefined;
      const callId = pending?.callId ?? `call-${index}`;
      if (turn && !pending) {
        const author = conversation.messages[turn.index]!;
        push(at, {
          type: 'tool-start',
          turnId: turn.id,
          callId,
          name: speaker.kind === 'tool' ? 'tool' : speaker.name,
          args: safe({ code: codeOf(author.content) }),
        });
      }
      if (turn || pending) {
        const error = isExecutor(entry) ? programError(entry.text) : undefined;
        push(at + slotOf(index) * 0.5, {
          type: 'tool-end',
          callId,
          result: safeText(entry.text),
          ...(error ? { error } : {}),
        });
        if (message.toolCallId) openCalls.delete(message.toolCallId);
      }
      deliver({ role: 'tool', name: speaker.name, content: safeText(entry.text) }, '');
      continue;
    }
    if (speaker.kind === 'human') {
      deliver({ role: 'user', content: safeText(entry.text) }, speaker.name, speaker.to);
      sendHandoffs(entry, at, undefined);
      continue;
    }
    const turn = turnsById.get(entry.turnId!)!;
    const { words, noise } = splitConsoleNoise(entry.text);
    if (groupChat && index > 0) {
      push(at, {
        type: 'handoff-send',
        handoffId: `route-${index}`,
        kind: 'route',
        from: manager,
        to: speaker.name,
        toTurnId: turn.id,
        content: '',
        payload: { next: speaker.name },
        metadata: { sourceIndex: index, routing: true },
      });
    }
    const input = [
      ...(turn.index === turns[0]?.index ? systemPrompts : []),
      ...(inbox.get(speaker.name) ?? []),
    ];
    inbox.set(speaker.name, []);
    push(at, {
      type: 'turn-start',
      turnId: turn.id,
      agent: speaker.name,
      input,
      metadata: {
        sourceIndex: index,
        role: conversation.messages[index]!.role,
        ...(speaker.label ? { label: speaker.label } : {}),
        ...(speaker.to ? { to: speaker.to } : {}),
        ...(noise.length > 0 ? { console: safeText(noise.join('\n')) } : {}),
      },
    });
    for (const request of conversation.messages[index]!.toolCalls ?? []) {
      const callId = request.id ?? `call-${index}-${openCalls.size}`;
      push(at + slotOf(index) * 0.1, {
        type: 'tool-start',
        turnId: turn.id,
        callId,
        name: request.name,
        args: safe(request.args),
      });
      openCalls.set(request.id ?? callId, { callId, turnId: turn.id });
    }
    push(turn.endAt, { type: 'turn-end', turnId: turn.id, status: 'ok', output: safeText(words) });
    if (!speaker.label) {
      deliver({ role: 'user', name: speaker.name, content: safeText(words) }, speaker.name);
      sendHandoffs(entry, turn.endAt, turn.id);
    }
    if (!BARE_SIGN_OFF.test(words) && words.trim()) finalText = words;
  }
  const endAt = timeOf(entries.length);
  for (const { callId } of openCalls.values()) push(endAt, { type: 'tool-end', callId });
  push(endAt, {
    type: 'workflow-end',
    status: 'ok',
    ...(finalText === undefined ? {} : { output: safeText(finalText) }),
  });
  if (options.feedback) {
    const { correct, expected, comment } = options.feedback;
    push(endAt, {
      type: 'feedback-add',
      feedback: {
        correct,
        ...(expected === undefined ? {} : { expected: safe(expected) }),
        ...(comment === undefined ? {} : { comment }),
      },
    });
  }

  function sendHandoffs(entry: Entry, at: number, fromTurnId: string | undefined): void {
    const { speaker, index } = entry;
    const receivers = speaker.to ? [speaker.to] : agents.filter((agent) => agent !== speaker.name);
    const kind: HandoffKind = speaker.to || receivers.length === 1 ? 'explicit' : 'broadcast';
    const content = safeText(splitConsoleNoise(entry.text).words);
    for (const receiver of receivers) {
      const target = nextTurnOf(receiver, index);
      // A participant that never speaks again saw the message but left no turn to receive it; only a
      // message addressed to it by name (`X (-> Y)`) is then one it never acted on.
      if (!target && !speaker.to) continue;
      push(at, {
        type: 'handoff-send',
        handoffId: `message-${index}-${receiver}`,
        kind,
        from: speaker.name,
        to: receiver,
        ...(fromTurnId ? { fromTurnId } : {}),
        content,
        ...(entry === task ? { task: content } : {}),
        metadata: { sourceIndex: index, ...(kind === 'broadcast' ? { audience: receivers } : {}) },
      });
      if (target)
        push(target.startAt + 1, {
          type: 'handoff-receive',
          handoffId: `message-${index}-${receiver}`,
          toTurnId: target.id,
        });
    }
  }

  // Stable by time: events of one moment keep the order they were made in.
  const ordered = events
    .map((item, order) => ({ ...item, order }))
    .sort((a, b) => a.at - b.at || a.order - b.order);
  return ordered.map(({ at, event }, seq) => {
    const stamped = {
      schema: SCHEMA_VERSION,
      workflowId: options.workflowId,
      seq,
      at,
      ...event,
    } as TraceEvent;
    return redactor ? redactValue(stamped, redactor) : stamped;
  });
}
