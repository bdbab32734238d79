import type { AgentTurn, Handoff, Trace } from '../model/trace.ts';
import { agentKey } from '../util/agent-key.ts';
import { inputText, outputText } from './detect-lineage.ts';
import { containment, fingerprint, SHINGLE_WORDS, wordsOf } from './fingerprint.ts';
import { type Leaf, leavesOf, payloadOf, structuredOutput } from './structured-output.ts';

export interface InferHandoffsOptions {
  /** Share of a sent text's shingles that must reappear in the receiver's input. Default 0.5. */
  threshold?: number;
  /** Earlier turns considered as senders for each receiver (the most recent ones). Default 32. */
  window?: number;
}

function isRelated(a: AgentTurn, b: AgentTurn, turns: Map<string, AgentTurn>): boolean {
  const above = (turn: AgentTurn, other: string): boolean => {
    for (let id = turn.parentTurnId, depth = 0; id && depth < 64; depth++) {
      if (id === other) return true;
      id = turns.get(id)?.parentTurnId;
    }
    return false;
  };
  return above(a, b.id) || above(b, a.id);
}

/** What a sender produced, worked out once per inference however many receivers look at it. */
interface Sent {
  turn: AgentTurn;
  text: string;
  /** Bits of the output a receiver's raw input must contain before fingerprints are compared. */
  samples: string[];
  shingles?: ReadonlySet<number>;
  short?: boolean;
  structured?: { value: unknown; leaves: Leaf[]; distinct?: Map<Leaf, ReadonlySet<number>> } | null;
}

const SAMPLE = 24;
const SAMPLES = 6;

/** Lower case with whitespace runs as one space: how raw text is compared before fingerprinting. */
function squash(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/**
 * A few short pieces of a sender's output (or of its structured values). Fingerprinting every
 * earlier output for every receiver costs as much as a full lineage pass; a receiver that contains
 * none of these pieces verbatim cannot hold half of the output, so most pairs stop here.
 */
function passes(sender: Sent, raw: string): boolean {
  // Half an output's text spans about half of its evenly spread samples: ask for two.
  const needed = sender.structured || sender.samples.length === 1 ? 1 : 2;
  let hits = 0;
  for (const sample of sender.samples) if (raw.includes(sample) && ++hits >= needed) return true;
  return false;
}

function samplesOf(sender: Sent): string[] {
  const structured = structuredOf(sender);
  if (structured)
    return structured.leaves.slice(0, 32).map((leaf) => squash(leaf.text.trim().slice(0, SAMPLE)));
  const text = sender.text.trim();
  if (text.length <= SAMPLE) return [squash(text)];
  const out: string[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const start = Math.floor((i * (text.length - SAMPLE)) / (SAMPLES - 1));
    out.push(squash(text.slice(start, start + SAMPLE)));
  }
  return out;
}

/** Texts of one inference pass, fingerprinted once (the shared text cache is small outside an analysis). */
class Texts {
  private readonly words = new Map<string, string>();
  private readonly shingles = new Map<string, ReadonlySet<number>>();

  wordsOf(text: string): string {
    let words = this.words.get(text);
    if (words === undefined) {
      words = ` ${wordsOf(text).join(' ')} `;
      this.words.set(text, words);
    }
    return words;
  }

  shinglesOf(text: string): ReadonlySet<number> {
    let shingles = this.shingles.get(text);
    if (!shingles) {
      shingles = fingerprint(text);
      this.shingles.set(text, shingles);
    }
    return shingles;
  }

  /** Share of `part` found in `whole` (a short part: all its words, in order). */
  containment(part: string, whole: string): number {
    const words = this.wordsOf(part);
    if (words.trim() === '') return 0;
    if (isShort(part)) return this.wordsOf(whole).includes(words) ? 1 : 0;
    return containment(this.shinglesOf(part), this.shinglesOf(whole));
  }
}

function isShort(text: string): boolean {
  return wordsOf(text).length < SHINGLE_WORDS;
}

/**
 * Handoffs implied by the data flow where no adapter recorded any: a turn that received no recorded
 * handoff, whose input carries an earlier turn's output (or string values of its structured output),
 * from another agent that is neither its caller nor its callee. This is how separate
 * `generateText` calls chained by the user's code (or an imported conversation) get their handoffs.
 * A value picked up only as a short decision (a router's `{ type: "refund" }` choosing the next
 * prompt) is a routing handoff. When a later sender's output already carries an earlier one's text
 * (a relay), only the later sender counts. Pure: it reads the trace and returns new handoffs.
 */
export function inferHandoffs(
  trace: Pick<Trace, 'turns' | 'handoffs'>,
  options: InferHandoffsOptions = {},
): Handoff[] {
  const threshold = options.threshold ?? 0.5;
  const window = options.window ?? 32;
  if (trace.turns.length < 2) return [];
  const received = new Set<string>();
  const linked = new Set<string>();
  for (const handoff of trace.handoffs) {
    if (handoff.inferred) continue;
    if (handoff.toTurnId) received.add(handoff.toTurnId);
    if (handoff.fromTurnId && handoff.toTurnId) {
      linked.add(`${handoff.fromTurnId}>${handoff.toTurnId}`);
      linked.add(`${handoff.toTurnId}>${handoff.fromTurnId}`);
    }
  }
  const consumers = trace.turns.filter((turn) => !received.has(turn.id) && turn.input.length > 0);
  if (consumers.length === 0) return [];
  const byId = new Map(trace.turns.map((turn) => [turn.id, turn]));
  // Turns are kept in start order: what tells apart turns that share a millisecond.
  const order = new Map(trace.turns.map((turn, i) => [turn.id, i]));
  const endOf = (turn: AgentTurn) => turn.endedAt ?? Number.POSITIVE_INFINITY;
  const producers = trace.turns
    .filter((turn) => turn.status === 'ok' && turn.endedAt !== undefined && outputText(turn))
    .sort((a, b) => endOf(a) - endOf(b));
  const texts = new Texts();
  const sent = new Map<string, Sent>();
  const sentBy = (turn: AgentTurn): Sent => {
    let found = sent.get(turn.id);
    if (!found) {
      found = { turn, text: outputText(turn), samples: [] };
      found.samples = samplesOf(found);
      sent.set(turn.id, found);
    }
    return found;
  };
  const out: Handoff[] = [];
  // A conversation re-sent on every call (a router's transcript) carries an answer again and
  // again: it was handed to that agent once.
  const delivered = new Set<string>();
  for (const handoff of trace.handoffs)
    if (!handoff.inferred && handoff.fromTurnId) delivered.add(`${handoff.fromTurnId}>${handoff.to}`);
  for (const consumer of consumers) {
    // Senders: the most recent turns that ended before this one started.
    let hi = producers.length;
    for (let lo = 0; lo < hi; ) {
      const mid = (lo + hi) >>> 1;
      if (endOf(producers[mid]!) <= consumer.startedAt) lo = mid + 1;
      else hi = mid;
    }
    const senders: Sent[] = [];
    for (let i = hi - 1; i >= 0 && senders.length < window; i--) {
      const producer = producers[i]!;
      if (producer.agent === consumer.agent || linked.has(`${producer.id}>${consumer.id}`)) continue;
      // Ended in the millisecond the consumer started, but started after it: it came later.
      if (endOf(producer) === consumer.startedAt && order.get(producer.id)! > order.get(consumer.id)!)
        continue;
      if (isRelated(producer, consumer, byId)) continue;
      senders.push(sentBy(producer));
    }
    if (senders.length === 0) continue;
    const consumerInput = inputText(consumer);
    const raw = squash(consumerInput);
    let input: ReadonlySet<number> | undefined;
    const covered = new Set<number>();
    for (const sender of senders) {
      if (!passes(sender, raw)) continue;
      input ??= texts.shinglesOf(consumerInput);
      sender.shingles ??= texts.shinglesOf(sender.text);
      sender.short ??= isShort(sender.text);
      const found = matchSender(sender, consumer, input, covered, threshold, texts);
      if (!found) continue;
      const key = `${sender.turn.id}>${consumer.agent}`;
      if (delivered.has(key)) continue;
      delivered.add(key);
      out.push(toHandoff(sender.turn, consumer, found, texts.wordsOf(consumerInput), texts));
    }
  }
  out.push(...addressedHandoffs(trace.turns, producers, received, delivered));
  return out;
}

const ADDRESS_KEY =
  /^(?:next|next_?agent|route|to|agent|goto|destination|assignee|delegate_?to|handoff_?to|recipient)$/i;
const MESSAGE_KEY =
  /^(?:prompt|task|message|instructions?|brief|query|question|request|input|content|description)$/i;

/**
 * A structured decision that names the agent to run next and what to tell it
 * (`{ next: "sql_writer", prompt: "Write SQL on …" }`), or a plan keyed by the agents that then ran
 * (`{ qpcr_tech: "qPCR of …", sequencing_tech: "Whole-exome …" }`), is a handoff to each addressed
 * agent's next turn, whatever the code then put in its prompt: that is where a replaced or dropped
 * brief shows.
 */
function addressedHandoffs(
  turns: readonly AgentTurn[],
  producers: readonly AgentTurn[],
  received: ReadonlySet<string>,
  delivered: Set<string>,
): Handoff[] {
  const out: Handoff[] = [];
  const agents = new Set(turns.map((turn) => agentKey(turn.agent)));
  for (const sender of producers) {
    const value = structuredOutput(sender);
    if (!value || Array.isArray(value)) continue;
    const entries = Object.entries(value as Record<string, unknown>);
    const to = entries.find(([key, v]) => ADDRESS_KEY.test(key) && typeof v === 'string')?.[1] as
      | string
      | undefined;
    const message = entries.find(([key, v]) => MESSAGE_KEY.test(key) && typeof v === 'string')?.[1] as
      | string
      | undefined;
    const decision = Boolean(to && message?.trim());
    const addressed: [string, string][] = decision
      ? [[to!, message!]]
      : // A plan: briefs (a few words at least) under the names of agents of this run.
        entries.filter(
          (entry): entry is [string, string] =>
            typeof entry[1] === 'string' && agents.has(agentKey(entry[0])) && !isShort(entry[1]),
        );
    for (const [name, brief] of addressed) {
      const handoff = addressedHandoff(turns, sender, name, brief, received, delivered);
      if (handoff && decision) handoff.payload = value;
      else if (handoff) handoff.kind = 'step';
      if (handoff) out.push(handoff);
    }
  }
  return out;
}

function addressedHandoff(
  turns: readonly AgentTurn[],
  sender: AgentTurn,
  to: string,
  message: string,
  received: ReadonlySet<string>,
  delivered: Set<string>,
): Handoff | undefined {
  if (agentKey(to) === agentKey(sender.agent)) return undefined;
  const consumer = turns
    .filter((turn) => agentKey(turn.agent) === agentKey(to) && turn.startedAt >= sender.endedAt!)
    .sort((a, b) => a.startedAt - b.startedAt)[0];
  if (!consumer || received.has(consumer.id) || consumer.input.length === 0) return undefined;
  const key = `${sender.id}>${consumer.agent}`;
  if (delivered.has(key)) return undefined;
  delivered.add(key);
  return {
    id: `inferred:${sender.id}>${consumer.id}`,
    kind: 'route',
    from: sender.agent,
    to: consumer.agent,
    fromTurnId: sender.id,
    toTurnId: consumer.id,
    content: message,
    sentAt: sender.endedAt!,
    receivedAt: consumer.startedAt,
    delivery: { sent: true, received: true },
    inferred: true,
    metadata: { inference: { via: 'address', similarity: 0 } },
  };
}

interface Match {
  text: string;
  leaves?: Leaf[];
  payload?: unknown;
  similarity: number;
}

function toHandoff(
  sender: AgentTurn,
  consumer: AgentTurn,
  found: Match,
  inputWords: string,
  texts: Texts,
): Handoff {
  // Matched values in the order the receiver's prompt has them.
  const at = (text: string) => {
    const index = inputWords.indexOf(texts.wordsOf(text).slice(0, 80));
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  const content =
    found.leaves === undefined
      ? found.text
      : found.leaves
          .map((leaf) => leaf.text)
          .sort((a, b) => at(a) - at(b))
          .join('\n');
  const routing = found.leaves?.every((leaf) => isShort(leaf.text)) ?? false;
  return {
    id: `inferred:${sender.id}>${consumer.id}`,
    kind: routing ? 'route' : 'step',
    from: sender.agent,
    to: consumer.agent,
    fromTurnId: sender.id,
    toTurnId: consumer.id,
    content,
    ...(found.payload === undefined ? {} : { payload: found.payload }),
    sentAt: sender.endedAt!,
    receivedAt: consumer.startedAt,
    delivery: { sent: true, received: true },
    inferred: true,
    metadata: {
      ...(routing ? { routing: true } : {}),
      inference: { via: found.leaves ? 'values' : 'output', similarity: found.similarity },
    },
  };
}

function structuredOf(sender: Sent): NonNullable<Sent['structured']> | null {
  if (sender.structured === undefined) {
    const value = structuredOutput(sender.turn);
    sender.structured = value === undefined ? null : { value, leaves: leavesOf(value) };
  }
  return sender.structured;
}

/** Whether (and what of) a sender's output reached the consumer's input, past what later senders explain. */
function matchSender(
  sender: Sent,
  consumer: AgentTurn,
  input: ReadonlySet<number>,
  covered: Set<number>,
  threshold: number,
  texts: Texts,
): Match | undefined {
  const { text } = sender;
  const shingles = sender.shingles ?? new Set<number>();
  // A structured output is matched value by value (below): its JSON keys are not what was passed.
  const structured = structuredOf(sender);
  if (!sender.short && !structured && shingles.size > 0) {
    let hits = 0;
    let fresh = 0;
    for (const shingle of shingles) {
      if (!input.has(shingle)) continue;
      hits++;
      if (!covered.has(shingle)) fresh++;
    }
    const similarity = hits / shingles.size;
    if (similarity < threshold || fresh / shingles.size < threshold) return undefined; // absent, or relayed by a later sender
    for (const shingle of shingles) if (input.has(shingle)) covered.add(shingle);
    return { text, similarity: round(similarity) };
  }
  // Values of a structured output (or a one-word answer) used in the consumer's prompt.
  const leaves = structured === null ? [{ path: [], text }] : structured.leaves;
  const senderInput = inputText(sender.turn);
  const matched: Leaf[] = [];
  for (const leaf of leaves) {
    if (isShort(leaf.text)) {
      // A short value counts where it appears in a message the sender was not itself shown
      // (a router's prompt lists every category; the chosen one shows up in the next prompt), or
      // in a line of it the sender was not shown ("Routing: sodai" above the request both saw).
      const used = consumer.input.some(
        (message) =>
          texts.containment(leaf.text, message.content) === 1 &&
          (texts.containment(message.content, senderInput) < threshold ||
            texts.containment(leaf.text, unshownLines(message.content, senderInput)) === 1),
      );
      if (used) matched.push(leaf);
      continue;
    }
    const own = texts.shinglesOf(leaf.text);
    // Sibling values often share a template ("Write 3 … questions for class 9B"): judge a value by
    // what only it says, so a worker handed one brief is not credited with all of them.
    const distinct = distinctShingles(structured, leaf, texts);
    if (containment(distinct.size > 0 ? distinct : own, input) < threshold) continue;
    if ([...own].every((shingle) => covered.has(shingle))) continue;
    matched.push(leaf);
  }
  if (matched.length === 0) return undefined;
  for (const leaf of matched) for (const shingle of texts.shinglesOf(leaf.text)) covered.add(shingle);
  return {
    text,
    leaves: matched,
    ...(structured === null ? {} : { payload: payloadOf(structured.value, matched) }),
    similarity: round(matched.length / leaves.length),
  };
}

/** The lines of `text` that `shown` does not hold. */
function unshownLines(text: string, shown: string): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !shown.includes(line.trim()))
    .join('\n');
}

function distinctShingles(
  structured: { leaves: Leaf[]; distinct?: Map<Leaf, ReadonlySet<number>> } | null,
  leaf: Leaf,
  texts: Texts,
): ReadonlySet<number> {
  if (!structured || structured.leaves.length < 2) return texts.shinglesOf(leaf.text);
  if (!structured.distinct) {
    const seen = new Map<number, number>();
    for (const other of structured.leaves)
      for (const shingle of texts.shinglesOf(other.text)) seen.set(shingle, (seen.get(shingle) ?? 0) + 1);
    structured.distinct = new Map(
      structured.leaves.map((other) => [
        other,
        new Set([...texts.shinglesOf(other.text)].filter((shingle) => seen.get(shingle) === 1)),
      ]),
    );
  }
  return structured.distinct.get(leaf) ?? texts.shinglesOf(leaf.text);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
