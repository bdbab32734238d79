import { structuredText } from '../checks/handoff-text.ts';
import { detectLineage, inputText, outputText } from '../lineage/detect-lineage.ts';
import type { AgentTurn, Handoff, LineageEdge, Trace } from '../model/trace.ts';

/** Lookups every check needs, built once per analysis in linear time. */
export interface TraceIndex {
  trace: Trace;
  turns: Map<string, AgentTurn>;
  handoffs: Map<string, Handoff>;
  /** Handoffs received by a turn (by toTurnId). */
  into: Map<string, Handoff[]>;
  /** Handoffs sent by a turn (by fromTurnId). */
  outOf: Map<string, Handoff[]>;
  /** Recorded, handoff and fingerprint lineage, deduplicated. */
  lineage: LineageEdge[];
  /** Consumers of each turn's output (by producer turn id). */
  consumers: Map<string, Set<string>>;
  /** Turns whose output is (or carries) the workflow's final output. */
  finalTurnIds: Set<string>;
  inputTextOf(turnId: string): string;
  outputTextOf(turnId: string): string;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexTrace(trace: Trace, options: { lineageThreshold?: number } = {}): TraceIndex {
  const turns = new Map(trace.turns.map((turn) => [turn.id, turn]));
  const into = new Map<string, Handoff[]>();
  const outOf = new Map<string, Handoff[]>();
  for (const handoff of trace.handoffs) {
    if (handoff.toTurnId) push(into, handoff.toTurnId, handoff);
    if (handoff.fromTurnId) push(outOf, handoff.fromTurnId, handoff);
  }
  const seen = new Set<string>();
  const lineage: LineageEdge[] = [];
  const add = (edge: LineageEdge): void => {
    const key = `${edge.fromTurnId}>${edge.toTurnId}`;
    if (seen.has(key) || edge.fromTurnId === edge.toTurnId) return;
    if (!turns.has(edge.fromTurnId) || !turns.has(edge.toTurnId)) return;
    seen.add(key);
    lineage.push(edge);
  };
  for (const edge of trace.lineage) add(edge);
  for (const handoff of trace.handoffs) {
    if (handoff.fromTurnId && handoff.toTurnId)
      add({ fromTurnId: handoff.fromTurnId, toTurnId: handoff.toTurnId, via: 'handoff' });
  }
  for (const edge of detectLineage(trace.turns, { threshold: options.lineageThreshold })) add(edge);
  const consumers = new Map<string, Set<string>>();
  for (const edge of lineage) {
    const set = consumers.get(edge.fromTurnId) ?? new Set<string>();
    set.add(edge.toTurnId);
    consumers.set(edge.fromTurnId, set);
  }
  const inputs = new Map<string, string>();
  const outputs = new Map<string, string>();
  const index: TraceIndex = {
    trace,
    turns,
    handoffs: new Map(trace.handoffs.map((handoff) => [handoff.id, handoff])),
    into,
    outOf,
    lineage,
    consumers,
    finalTurnIds: new Set(),
    inputTextOf(turnId) {
      let text = inputs.get(turnId);
      if (text === undefined) {
        const turn = turns.get(turnId);
        text = turn ? inputText(turn) : '';
        inputs.set(turnId, text);
      }
      return text;
    },
    outputTextOf(turnId) {
      let text = outputs.get(turnId);
      if (text === undefined) {
        const turn = turns.get(turnId);
        text = turn ? outputText(turn) : '';
        outputs.set(turnId, text);
      }
      return text;
    },
  };
  index.finalTurnIds = findFinalTurns(index);
  return index;
}

/**
 * The turns that produced the final result: those whose output matches the workflow's output, else
 * the last-ending top-level turn (a turn no other turn consumed).
 */
function findFinalTurns(index: TraceIndex): Set<string> {
  const { trace } = index;
  const out = new Set<string>();
  const final = trace.workflow.output;
  // Structured results (a graph's final state) compare by their values, not their JSON text.
  const finalText = structuredText(
    typeof final === 'string' ? final : final === undefined ? '' : JSON.stringify(final),
  );
  if (finalText) {
    // The last turn whose output is the final output (or is quoted in it) produced the result.
    const valuesOf = (turnId: string) => structuredText(index.outputTextOf(turnId));
    const matches = trace.turns.filter((turn) => {
      const text = valuesOf(turn.id);
      return text && (text === finalText || (text.length > 20 && finalText.includes(text)));
    });
    const exact = matches.filter((turn) => valuesOf(turn.id) === finalText);
    // The latest to end; among equal times, the latest to start (turns are kept in start order).
    const order = new Map(trace.turns.map((turn, i) => [turn.id, i]));
    const pick = (exact.length > 0 ? exact : matches).sort(
      (a, b) =>
        (b.endedAt ?? b.startedAt) - (a.endedAt ?? a.startedAt) || order.get(b.id)! - order.get(a.id)!,
    )[0];
    if (pick) out.add(pick.id);
  }
  if (out.size > 0) return out;
  // Turns that end in the same millisecond are told apart by trace order (turns are kept in start
  // order), and a turn whose output another turn went on with is not where the run ended.
  const order = new Map(trace.turns.map((turn, i) => [turn.id, i]));
  const topLevel = trace.turns.filter((turn) => !turn.parentTurnId);
  const unconsumed = topLevel.filter((turn) => !index.consumers.get(turn.id)?.size);
  const ended = (unconsumed.length > 0 ? unconsumed : topLevel).sort(
    (a, b) => (b.endedAt ?? b.startedAt) - (a.endedAt ?? a.startedAt) || order.get(b.id)! - order.get(a.id)!,
  );
  const last = ended[0] ?? trace.turns.at(-1);
  if (last) out.add(last.id);
  return out;
}
