/**
 * A worker of a fan-out whose answer gives no figure at all, where every other worker briefed the same
 * way answered with figures: asked, like two other surveyors, for structural capacity in kg, mains
 * headroom in kW and the distance to the nearest chamber, it returned "generally suitable … no major
 * concerns". An answer that says there was nothing to report, or that it could not do the work, is
 * no such answer.
 */
import { textTokens } from '../lineage/text-tokens.ts';
import type { Handoff, Trace } from '../model/trace.ts';

/** Words with which an answer says there is nothing, or that it could not find out. */
const NOTHING =
  /(?<![\p{L}])(?:none|nothing|no \p{L}+ (?:found|listed|named|reported|to (?:report|check|return))|not applicable|n\/a|could(?:n['’]t| not)|unable|keine?|nichts|geen|niets|aucune?|rien|ningun[oa]?|nada|nenhum[a]?|nessun[oa]?|niente|żadn\p{L}*|brak|nic|žádn\p{L}*|není|ingen|inget|intet|hiç|tidak ada|нет|ничего)(?![\p{L}])/iu;
const FIGURES = /\d+(?:[.,]\d+)?/g;

/** Token overlap of two briefs: the share of the smaller one's tokens the other has. */
function overlap(a: string, b: string): number {
  const [x, y] = [textTokens(a), textTokens(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const token of small) if (large.has(token)) shared++;
  return shared / small.size;
}

/** The figures of an answer its brief did not give it (a site code "LDS-5G-0553" repeated is none). */
const ownFigures = (answer: string, brief: string): string[] => {
  const given = new Set(brief.match(FIGURES) ?? []);
  return (answer.match(FIGURES) ?? []).filter((figure) => !given.has(figure));
};

/** Whether an answer gives no figure beyond those of its brief. */
export const noOwnFigure = (answer: string, brief: string): boolean => ownFigures(answer, brief).length === 0;

interface Lookups {
  size: number;
  byTurn: Map<string, Handoff>;
  /** Briefs with a receiving turn, by sender and then by receiver, in trace order. */
  bySender: Map<string, Map<string, Handoff[]>>;
  order: Map<Handoff, number>;
  outputs: Map<string, string>;
}

// Built once per list of handoffs (again if it grew): every turn's scorer asks, and a scan of all
// handoffs per turn made a long workflow's analysis quadratic.
const lookups = new WeakMap<Handoff[], Lookups>();
function lookupsOf(trace: Trace): Lookups {
  const cached = lookups.get(trace.handoffs);
  if (cached && cached.size === trace.handoffs.length) return cached;
  const built: Lookups = {
    size: trace.handoffs.length,
    byTurn: new Map(),
    bySender: new Map(),
    order: new Map(),
    outputs: new Map(),
  };
  for (const turn of trace.turns)
    if (!built.outputs.has(turn.id)) built.outputs.set(turn.id, turn.output ?? '');
  trace.handoffs.forEach((h, i) => {
    if (h.toTurnId === undefined) return;
    built.order.set(h, i);
    if (!built.byTurn.has(h.toTurnId)) built.byTurn.set(h.toTurnId, h);
    const receivers = built.bySender.get(h.from) ?? new Map<string, Handoff[]>();
    built.bySender.set(h.from, receivers);
    const list = receivers.get(h.to) ?? [];
    receivers.set(h.to, list);
    list.push(h);
  });
  lookups.set(trace.handoffs, built);
  return built;
}

export function figurelessAmongSiblings(
  trace: Trace,
  turnId: string,
  output: string,
): { siblings: string[] } | undefined {
  if (output.length < 60 || NOTHING.test(output)) return undefined;
  const { byTurn, bySender, order, outputs } = lookupsOf(trace);
  const brief = byTurn.get(turnId);
  if (!brief || ownFigures(output, brief.content).length > 0) return undefined;
  // The other briefs the same sender gave out alongside it, to other agents, worded alike.
  const siblings: Handoff[] = [];
  for (const [to, briefs] of bySender.get(brief.from) ?? []) {
    if (to !== brief.to)
      for (const h of briefs) if (overlap(h.content, brief.content) >= 0.5) siblings.push(h);
  }
  if (siblings.length < 2) return undefined;
  siblings.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const answered = siblings.map((h) => ({ text: outputs.get(h.toTurnId as string) ?? '', brief: h.content }));
  if (!answered.every(({ text, brief }) => ownFigures(text, brief).length >= 3)) return undefined;
  return { siblings: siblings.map((h) => h.to) };
}

/** A unit the brief asks its answer in, without a figure before it: "Fehlmenge in MWh", "cost in €". */
const ASKED_UNIT =
  /(?:^|[\s(/,])(?:in|je|per|pro|en|em|w|v|ve|i)\s+(MWh|kWh|GWh|MW|kW|kg|t|tonnes?|m³|m3|km|ppm|mg|°C|%|EUR|€|USD|\$|GBP|£|CHF|SEK|NOK|DKK|PLN|CZK|HUF|hours?|Stunden|h|days?|Tage|min)(?![\p{L}\d])/iu;

/**
 * A worker asked for figures in a unit ("Fehlmenge in MWh, je Anlage") whose tool returned figures
 * and whose answer gives none of its own ("Analyse abgeschlossen. Es gibt Abweichungen"): what went
 * on has nothing to act on. An answer that found nothing, or could not do the work, is no such answer.
 */
export function figurelessOverResult(
  brief: string,
  results: readonly string[],
  output: string,
): { unit: string } | undefined {
  if (output.length < 20 || NOTHING.test(output)) return undefined;
  const unit = ASKED_UNIT.exec(brief)?.[1];
  if (!unit || ownFigures(output, brief).length > 0) return undefined;
  const found = results.flatMap((result) => ownFigures(result, brief));
  return found.length >= 3 ? { unit } : undefined;
}
