import { hashValue, type TurnHandle } from '@handoff/core';

/** Workflow spans that pass data on: steps, and the blocks that gather their outputs. */
const FLOW_TYPES = new Set(['workflow_step', 'workflow_parallel', 'workflow_conditional', 'workflow_loop']);

export function isFlowSpan(type: string): boolean {
  return FLOW_TYPES.has(type);
}

/** A step (or parallel/branch/loop block) of a workflow run, as the exporter saw it. */
interface Item {
  spanId: string;
  parentSpanId: string | undefined;
  type: string;
  name: string;
  input: unknown;
  inputHash: string;
  output?: unknown;
  outputHash?: string;
  /** Hashes of an array output's elements (a list a `.foreach()` iterates over). */
  elementHashes?: string[];
  ended: boolean;
  /** Order in which items ended. */
  endedAs?: number;
  children: Item[];
  /** Where this step's input came from, worked out when it started. */
  senders: Sent[];
  /** The agent whose answer is this step's output: the last top-level agent turn that ended in it. */
  turn?: TurnHandle;
}

/** Part of a step's input and the item that produced it. */
interface Sent {
  item: Item;
  part: unknown;
}

/** An agent turn that handed a step part of its input. */
export interface StepSender {
  turn: TurnHandle;
  /** What that turn's step passed on, as it left the step. */
  part: unknown;
  step: string;
}

const MAX_ELEMENTS = 1_000;
const MAX_DEPTH = 16;

/**
 * What a step added to the state it passes on: a step that hands the whole state along (`{ ...input,
 * draft }`) said only the fields it changed. Anything else is passed as it is.
 */
function addedBy(step: Item, part: unknown): unknown {
  const { input } = step;
  if (part !== step.output || !isRecord(part) || !isRecord(input)) return part;
  const changed = Object.keys(part).filter(
    (key) => !(key in input) || hashValue(part[key] ?? null) !== hashValue(input[key] ?? null),
  );
  if (changed.length === 0) return part;
  // A list the step appended to (a conversation history) added only its new entries.
  const added = (key: string): unknown => {
    const before = input[key];
    const after = part[key];
    if (!Array.isArray(before) || !Array.isArray(after) || after.length <= before.length) return after;
    const prefix = before.every((item, i) => hashValue(item ?? null) === hashValue(after[i] ?? null));
    return prefix ? after.slice(before.length) : after;
  };
  if (changed.length === Object.keys(part).length && !changed.some((key) => Array.isArray(input[key])))
    return part;
  return Object.fromEntries(changed.map((key) => [key, added(key)]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const stepName = (name: string): string => name.replace(/^workflow step: '(.*)'$/, '$1');

/**
 * Follows the data between the steps of the workflow runs of one trace, so an agent running in a
 * step knows which agents' answers its input came from: the previous step's (`.then`), each branch
 * of a `.parallel()` or `.branch()` block it joins, the item of the list a `.foreach()` hands it, the
 * last round of a loop — through steps without an agent (`.map()`, tools, code) to the agents behind
 * them. Inputs are matched to earlier outputs by value.
 */
export class StepFlow {
  private readonly items = new Map<string, Item>();
  private readonly done: Item[] = [];
  private ended = 0;
  /** The innermost step each agent turn answered for (a nested workflow's step, not the outer one). */
  private readonly innermost = new Map<string, Item>();

  started(span: { id: string; parentSpanId?: string; type: string; name: string; input?: unknown }): void {
    if (this.items.has(span.id)) return;
    const item: Item = {
      spanId: span.id,
      parentSpanId: span.parentSpanId,
      type: span.type,
      name: stepName(span.name),
      input: span.input,
      inputHash: hashValue(span.input ?? null),
      ended: false,
      children: [],
      senders: [],
    };
    this.items.set(span.id, item);
    if (span.parentSpanId) this.items.get(span.parentSpanId)?.children.push(item);
    item.senders = this.sourcesOf(item);
  }

  endedSpan(span: { id: string; output?: unknown }): void {
    const item = this.items.get(span.id);
    if (!item || item.ended) return;
    item.ended = true;
    item.endedAs = this.ended++;
    item.output = span.output;
    item.outputHash = hashValue(span.output ?? null);
    if (Array.isArray(span.output) && span.output.length <= MAX_ELEMENTS)
      item.elementHashes = span.output.map((element) => hashValue(element ?? null));
    this.done.push(item);
  }

  /** Records that `turn` answered for the step spans in `stepSpanIds` (innermost first). */
  answered(stepSpanIds: string[], turn: TurnHandle): void {
    const inner = stepSpanIds[0] === undefined ? undefined : this.items.get(stepSpanIds[0]);
    if (inner) this.innermost.set(turn.id, inner);
    for (const id of stepSpanIds) {
      const item = this.items.get(id);
      if (item) item.turn = turn;
    }
  }

  /** The agent turn whose answer is the step's output, if an agent answered for it. */
  turnOf(stepSpanId: string): TurnHandle | undefined {
    return this.items.get(stepSpanId)?.turn;
  }

  /** The agent turns whose answers the step's input carries. */
  sendersOf(stepSpanId: string): StepSender[] {
    const item = this.items.get(stepSpanId);
    return item ? this.answerers(item.senders) : [];
  }

  /** The agent turns whose answers make up `value` (a workflow's result), if a step produced it. */
  producersOf(value: unknown): StepSender[] {
    const hash = hashValue(value ?? null);
    const item = this.done.findLast((done) => done.outputHash === hash);
    return item ? this.answerers([{ item, part: item.output }]) : [];
  }

  private answerers(sources: Sent[]): StepSender[] {
    const out: StepSender[] = [];
    const seen = new Set<string>();
    const visit = (sent: Sent, depth: number): void => {
      if (depth > MAX_DEPTH) return;
      const { item: from } = sent;
      if (from.turn) {
        if (seen.has(from.turn.id)) return;
        seen.add(from.turn.id);
        // Judge what the agent added where it ran, when its step's output passed through unchanged.
        const inner = this.innermost.get(from.turn.id);
        const at = inner && inner.outputHash === from.outputHash && sent.part === from.output ? inner : from;
        out.push({ turn: from.turn, part: addedBy(at, at === from ? sent.part : at.output), step: at.name });
        return;
      }
      // No agent answered here: the data came through it from further back.
      const before = from.type === 'workflow_step' ? from.senders : this.blockParts(from);
      for (const next of before) visit(next, depth + 1);
    };
    for (const sent of sources) visit(sent, 0);
    return out;
  }

  /** The steps inside a block, each with its own output (a parallel's branches, a loop's rounds). */
  private blockParts(block: Item): Sent[] {
    const finished = block.children.filter(
      (child) => child.ended && child.type !== 'workflow_conditional_eval',
    );
    if (block.type === 'workflow_loop' && !Array.isArray(block.output)) {
      // dowhile/dountil: the block's output is its last round's.
      const last = finished.at(-1);
      return last ? [{ item: last, part: last.output }] : [];
    }
    return finished.map((child) => ({ item: child, part: child.output }));
  }

  /** Where an item's input came from: an earlier output equal to it, or holding it as a list element. */
  private sourcesOf(item: Item): Sent[] {
    for (let i = this.done.length - 1; i >= 0; i--) {
      const earlier = this.done[i]!;
      if (earlier.outputHash === item.inputHash) return [{ item: earlier, part: earlier.output }];
    }
    for (let i = this.done.length - 1; i >= 0; i--) {
      const earlier = this.done[i]!;
      const at = earlier.elementHashes?.indexOf(item.inputHash) ?? -1;
      if (at >= 0) return [{ item: earlier, part: (earlier.output as unknown[])[at] }];
    }
    // Reshaped on the way (a schema dropped a field): the step that ran just before it, if any.
    const previous = this.previousSibling(item);
    return previous ? [{ item: previous, part: previous.output }] : [];
  }

  private previousSibling(item: Item): Item | undefined {
    for (let parent: Item | undefined = item; parent; ) {
      const siblings = this.done.filter(
        (done) => done.parentSpanId === parent!.parentSpanId && done !== parent,
      );
      const last = siblings.at(-1);
      if (last) return last;
      parent = parent.parentSpanId ? this.items.get(parent.parentSpanId) : undefined;
      if (parent && !isFlowSpan(parent.type)) return undefined;
    }
    return undefined;
  }
}
