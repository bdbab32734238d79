import {
  type Message,
  safely,
  type ToolCallHandle,
  type ToolCallRequest,
  type Tracer,
  type TurnHandle,
  textOf,
  type WorkflowHandle,
} from '@handoff/core';
import { taskText, transferTarget } from './convert.ts';
import { sendReturn } from './return-handoff.ts';

/** A tool call a run's model asked for whose result no later prompt of the run has shown yet. */
interface Pending {
  handle: ToolCallHandle;
  name: string;
  input: unknown;
  /** The sub-agent run this tool started (agent-as-tool). */
  child?: StandaloneRun;
}

/** One generateText/streamText/agent call, seen only through its model calls. */
export interface StandaloneRun {
  agent: string;
  workflow: WorkflowHandle;
  turn: TurnHandle;
  ownsWorkflow: boolean;
  /** The user's workflow the run started in (undefined outside any). */
  scope: WorkflowHandle | undefined;
  pending: Map<string, Pending>;
  parent?: { run: StandaloneRun; toolCallId: string; toolName: string };
  /** The text of the run's latest model response: its answer if it stops after tools. */
  text: string;
  /** When its latest model response ended: the end of a run that stopped after its tools. */
  lastAt: number;
  ended: boolean;
}

interface ToolResultPart {
  type?: string;
  toolCallId?: string;
  output?: { type?: string; value?: unknown; reason?: string };
}

/**
 * Runs of one tracer. generateText passes one `headers` object to every model call of a run; where
 * there is none (streamText without headers) a call continues the run whose in-flight tool calls
 * its prompt answers.
 */
export interface StandaloneRuns {
  /** The run a model call belongs to, opened on its first call; settles tool calls whose results the prompt shows. */
  enter(
    prompt: readonly unknown[],
    messages: Message[],
    headers: unknown,
    agent: string,
  ): StandaloneRun | undefined;
  /** After a model call: its tool calls start, or the run ends when it asked for none. */
  leave(
    run: StandaloneRun,
    output: { text: string; toolCalls: ToolCallRequest[] },
    error: unknown,
    endedAt: number,
  ): void;
}

const states = new WeakMap<Tracer, StandaloneRuns>();

/** Runs without a `headers` key waiting on tool calls, at most: the oldest is ended beyond it. */
const MAX_KEYLESS_WAITING = 1_000;

/** The standalone run registry of `tracer` (shared by every middleware of that tracer). */
export function standaloneRuns(tracer: Tracer): StandaloneRuns {
  let state = states.get(tracer);
  if (!state) {
    state = createRuns(tracer);
    states.set(tracer, state);
  }
  return state;
}

function userText(messages: Message[]): string {
  let text = '';
  for (const message of messages) if (message.role === 'user') text += `${message.content}\n`;
  return text;
}

/** How much of what a tool call was given (its task) a sub-agent's prompt carries: all, some or none. */
function carries(text: string, input: unknown): 'all' | 'some' | 'none' {
  const strings =
    typeof input === 'string'
      ? [input]
      : input && typeof input === 'object'
        ? Object.values(input).filter((v): v is string => typeof v === 'string')
        : [];
  const found = strings.filter((value) => value !== '' && text.includes(value)).length;
  return found === 0 ? 'none' : found === strings.length ? 'all' : 'some';
}

/**
 * Whether this call runs inside a tool's execute: the SDK runs tools through provider-utils'
 * `executeTool`, which V8's async stack trace shows. Read only when a run starts with a tool call in
 * flight and its prompt quotes none of it (a lost brief must still be seen as a delegation).
 */
function insideTool(): boolean {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 200;
  try {
    return /\bat async executeTool \(/.test(new Error().stack ?? '');
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function createRuns(tracer: Tracer): StandaloneRuns {
  const byHeaders = new WeakMap<object, StandaloneRun>();
  /** Open runs with tool calls in flight: the candidates a new run was started by. */
  const waiting = new Set<StandaloneRun>();
  const keyless = new Set<StandaloneRun>();
  // Once the SDK drops a run's headers the run is over: one that stopped right after its tool calls
  // never said so, and would otherwise keep its workflow open (and in memory) for good.
  const dropped = new FinalizationRegistry<StandaloneRun>((run) =>
    safely(tracer, 'ai-sdk middleware', () => finish(run, run.text, undefined, run.lastAt)),
  );

  const finish = (run: StandaloneRun, output: string, error?: unknown, at?: number) => {
    if (run.ended) return;
    run.ended = true;
    // Ended here: the registry need not watch its headers (weak cells cost the collector).
    dropped.unregister(run);
    waiting.delete(run);
    keyless.delete(run);
    for (const pending of run.pending.values()) {
      // No model call was shown its result: how the tool went is not known here.
      pending.handle.end(
        error === undefined ? { at } : { error: new Error('run ended before the tool finished'), at },
      );
      if (pending.child) finish(pending.child, pending.child.text, undefined, at);
    }
    run.pending.clear();
    run.turn.end(error === undefined ? { output, at } : { error, at });
    if (error === undefined) sendReturn(run, output, at);
    if (run.ownsWorkflow) run.workflow.end(error === undefined ? { output, at } : { error, at });
  };

  /** The in-flight tool call of a run in the same user workflow whose input the new prompt carries. */
  const callerOf = (scope: WorkflowHandle | undefined, text: string) => {
    let partly: { run: StandaloneRun; id: string; pending: Pending } | undefined;
    let count = 0;
    let only: { run: StandaloneRun; id: string; pending: Pending } | undefined;
    let inFlight = 0;
    for (const run of waiting) {
      if (run.scope !== scope) continue;
      for (const [id, pending] of run.pending) {
        // A transfer hands control over; its target is not a sub-agent of the tool.
        if (pending.child || transferTarget(pending.name)) continue;
        const carried = carries(text, pending.input);
        if (carried === 'all') return { run, id, pending };
        inFlight++;
        only = { run, id, pending };
        if (carried === 'some') {
          count++;
          partly = { run, id, pending };
        }
      }
    }
    // Part of the task quoted: only when no other tool call in flight fits as well.
    if (count === 1) return partly;
    // None of it quoted, but called from a tool while that tool call is the only one in flight.
    return count === 0 && inFlight === 1 && insideTool() ? only : undefined;
  };

  const open = (prompt: readonly unknown[], messages: Message[], agent: string): StandaloneRun => {
    const scope = tracer.currentWorkflow();
    // A run that handed over to this agent (`transfer_to_<agent>`) and stopped there is done.
    for (const run of waiting)
      if (run.scope === scope && [...run.pending.values()].some((p) => transferTarget(p.name) === agent)) {
        settle(run, prompt); // the history handed over shows the transfer tool's result
        finish(run, run.text);
      }
    // Only a run with tool calls in flight can have started this one: no prompt text to join otherwise.
    const caller = waiting.size > 0 ? callerOf(scope, userText(messages)) : undefined;
    const workflow =
      caller?.run.workflow ??
      scope ??
      tracer.startWorkflow(agent, { metadata: { source: 'ai-sdk middleware' } });
    const parentTurnId = caller?.run.turn.id ?? tracer.currentTurn()?.id;
    const turn = workflow.startTurn({
      agent,
      input: messages,
      ...(parentTurnId ? { parentTurnId } : {}),
      metadata: { source: 'ai-sdk middleware' },
    });
    const run: StandaloneRun = {
      agent,
      workflow,
      turn,
      ownsWorkflow: !caller && !scope,
      scope,
      pending: new Map(),
      text: '',
      lastAt: tracer.now(),
      ended: false,
    };
    if (caller) {
      caller.pending.child = run;
      run.parent = { run: caller.run, toolCallId: caller.id, toolName: caller.pending.name };
      const input = caller.pending.input;
      workflow.sendHandoff({
        kind: 'delegation',
        from: caller.run.agent,
        to: agent,
        fromTurnId: caller.run.turn.id,
        toTurnId: turn.id,
        content: taskText(input ?? messages.filter((m) => m.role === 'user').at(-1)?.content ?? ''),
        ...(input === undefined ? {} : { payload: input }),
        metadata: { toolName: caller.pending.name, toolCallId: caller.id },
      });
    }
    return run;
  };

  /** Ends the run's tool calls whose results this prompt carries (the SDK sends them back to the model). */
  const settle = (run: StandaloneRun, prompt: readonly unknown[]) => {
    for (let index = prompt.length - 1; index >= 0 && run.pending.size > 0; index--) {
      const message = prompt[index] as { role?: string; content?: unknown };
      if (message.role === 'assistant') break;
      if (message.role !== 'tool' || !Array.isArray(message.content)) continue;
      for (const part of message.content as ToolResultPart[]) {
        const pending = part.type === 'tool-result' ? run.pending.get(part.toolCallId ?? '') : undefined;
        if (!pending) continue;
        run.pending.delete(part.toolCallId ?? '');
        const output = part.output;
        // The SDK shows the model a thrown error as `String(error)`: the message after its name.
        if (output?.type === 'error-text' || output?.type === 'error-json')
          pending.handle.end({ error: new Error(textOf(output.value).replace(/^[A-Za-z]*Error: /, '')) });
        else if (output?.type === 'execution-denied')
          pending.handle.end({ error: new Error(output.reason ?? 'execution denied') });
        else pending.handle.end({ result: output && 'value' in output ? output.value : output });
        // A sub-agent that stopped right after its own tool calls never said it was done: now it is.
        if (pending.child && !pending.child.ended) finish(pending.child, pending.child.text);
      }
    }
    if (run.pending.size === 0) waiting.delete(run);
  };

  /** The waiting run of `agent` whose in-flight tool calls the prompt's last tool results answer. */
  const continued = (prompt: readonly unknown[], agent: string): StandaloneRun | undefined => {
    for (let index = prompt.length - 1; index >= 0; index--) {
      const message = prompt[index] as { role?: string; content?: unknown };
      if (message.role !== 'tool' || !Array.isArray(message.content)) return undefined;
      for (const part of message.content as ToolResultPart[])
        for (const run of waiting)
          if (run.agent === agent && run.pending.has(part.toolCallId ?? '')) return run;
    }
    return undefined;
  };

  return {
    enter(prompt, messages, headers, agent) {
      return safely(
        tracer,
        'ai-sdk middleware',
        () => {
          const key = headers && typeof headers === 'object' ? headers : undefined;
          const known = key ? byHeaders.get(key) : continued(prompt, agent);
          if (known && !known.ended) {
            settle(known, prompt);
            return known;
          }
          const run = open(prompt, messages, agent);
          if (key) {
            byHeaders.set(key, run);
            dropped.register(key, run, run);
          } else keyless.add(run);
          return run;
        },
        undefined,
      );
    },
    leave(run, output, error, endedAt) {
      safely(tracer, 'ai-sdk middleware', () => {
        run.lastAt = endedAt;
        if (error !== undefined) return finish(run, run.text, error);
        run.text = output.text;
        if (output.toolCalls.length === 0) return finish(run, output.text);
        for (const call of output.toolCalls) {
          const id = call.id ?? `${run.pending.size}`;
          run.pending.set(id, {
            handle: run.turn.startToolCall({ name: call.name, args: call.args, id: `${run.turn.id}:${id}` }),
            name: call.name,
            input: call.args,
          });
          const to = transferTarget(call.name);
          if (!to) continue;
          const task = taskText(call.args ?? {});
          const content = task !== '{}' ? task : output.text;
          run.workflow.sendHandoff({
            kind: 'transfer',
            from: run.agent,
            to,
            fromTurnId: run.turn.id,
            content,
            ...(call.args === undefined ? {} : { payload: call.args }),
            metadata: {
              toolName: call.name,
              toolCallId: id,
              ...(content.trim() === '' ? { routing: true } : {}),
            },
          });
        }
        waiting.add(run);
        if (keyless.size > MAX_KEYLESS_WAITING)
          for (const old of keyless) {
            if (old.pending.size > 0) finish(old, old.text, undefined, old.lastAt);
            if (keyless.size <= MAX_KEYLESS_WAITING) break;
          }
      });
    },
  };
}
