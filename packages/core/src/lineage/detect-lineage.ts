import type { AgentTurn, LineageEdge } from '../model/trace.ts';
import { textOf } from '../util/text-of.ts';
import { fingerprint } from './fingerprint.ts';

const COMMON_SHINGLE = 48;

export interface LineageOptions {
  /** Share of the producer's output shingles that must reappear in the consumer's input. Default 0.5. */
  threshold?: number;
}

/** The text a turn received: its input messages. */
export function inputText(turn: AgentTurn): string {
  return turn.input.map((message) => message.content).join('\n');
}

/** The text a turn produced: its output, else its last model output. */
export function outputText(turn: AgentTurn): string {
  if (turn.output) return turn.output;
  if (turn.outputPayload !== undefined) return textOf(turn.outputPayload);
  return turn.modelCalls.at(-1)?.output ?? '';
}

/**
 * Finds turns whose output reappears in a later turn's input, whatever carried it (a handoff, shared
 * state, a history re-sent by a supervisor). Uses an inverted index of shingles, so the cost grows
 * with the total text, not with the square of the number of turns.
 */
export function detectLineage(turns: readonly AgentTurn[], options: LineageOptions = {}): LineageEdge[] {
  if (turns.length < 2) return []; // nothing to flow between
  const threshold = options.threshold ?? 0.5;
  const ordered = [...turns].sort((a, b) => a.startedAt - b.startedAt);
  // Producers by position (in the order they are indexed): shingle postings and hit counts are
  // integer arrays, not maps of ids.
  const producers: AgentTurn[] = [];
  const sizes: number[] = [];
  const index = new Map<number, number[]>();
  // A shingle found in many outputs (a repeated system prompt, a template) tells nothing about
  // where content came from, and would make matching quadratic: past a cap it is ignored.
  const common = new Set<number>();
  const edges: LineageEdge[] = [];
  const byEnd = [...ordered]
    .filter((turn) => outputText(turn))
    .sort((a, b) => (a.endedAt ?? a.startedAt) - (b.endedAt ?? b.startedAt));
  const hits = new Uint32Array(byEnd.length);
  const touched: number[] = [];
  let next = 0;
  for (const consumer of ordered) {
    // Index every output that existed before this consumer started.
    while (next < byEnd.length && (byEnd[next]!.endedAt ?? byEnd[next]!.startedAt) <= consumer.startedAt) {
      const producer = byEnd[next++]!;
      const position = producers.length;
      const shingles = fingerprint(outputText(producer));
      producers.push(producer);
      sizes.push(shingles.size);
      for (const shingle of shingles) {
        if (common.has(shingle)) continue;
        const list = index.get(shingle);
        if (!list) index.set(shingle, [position]);
        else if (list.length >= COMMON_SHINGLE) {
          common.add(shingle);
          index.delete(shingle);
        } else list.push(position);
      }
    }
    const input = fingerprint(inputText(consumer));
    if (input.size === 0) continue;
    for (const shingle of input) {
      const list = index.get(shingle);
      if (!list) continue;
      for (const position of list) {
        const count = hits[position]!;
        if (count === 0) touched.push(position);
        hits[position] = count + 1;
      }
    }
    // In the order producers were first hit, as the edges have always been listed.
    for (const position of touched) {
      const count = hits[position]!;
      hits[position] = 0;
      const producer = producers[position]!;
      if (producer.id === consumer.id) continue;
      const size = sizes[position]!;
      const similarity = size === 0 ? 0 : count / size;
      if (similarity >= threshold) {
        edges.push({
          fromTurnId: producer.id,
          toTurnId: consumer.id,
          via: 'fingerprint',
          similarity: round(similarity),
        });
      }
    }
    touched.length = 0;
  }
  return edges;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
