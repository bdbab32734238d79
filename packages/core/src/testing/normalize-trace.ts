import type { Trace } from '../model/trace.ts';

/**
 * Rewrites ids and times into stable placeholders (`turn-1`, `t+120`), so a trace can be compared
 * with a golden copy across runs. Ids are numbered in order of first appearance.
 */
export function normalizeTrace(trace: Trace): Trace {
  const ids = new Map<string, string>();
  const idOf = (kind: string, id: string): string => {
    let out = ids.get(id);
    if (!out) {
      out = `${kind}-${[...ids.values()].filter((v) => v.startsWith(`${kind}-`)).length + 1}`;
      ids.set(id, out);
    }
    return out;
  };
  const origin = trace.workflow.startedAt;
  idOf('workflow', trace.workflow.id);
  for (const turn of trace.turns) idOf('turn', turn.id);
  for (const handoff of trace.handoffs) idOf('handoff', handoff.id);
  for (const turn of trace.turns) {
    for (const call of turn.modelCalls) idOf('model', call.id);
    for (const call of turn.toolCalls) idOf('tool', call.id);
  }
  for (const finding of trace.findings) idOf('finding', finding.id);
  const timeKeys = new Set(['startedAt', 'endedAt', 'sentAt', 'receivedAt', 'producedAt', 'readAt', 'at']);
  const walk = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string') return ids.get(value) ?? value;
    if (typeof value === 'number' && key && timeKeys.has(key)) return `t+${value - origin}`;
    if (typeof value === 'number' && key === 'latencyMs') return 'latency';
    if (Array.isArray(value)) return value.map((item) => walk(item));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = walk(v, k);
      return out;
    }
    return value;
  };
  return walk(trace) as Trace;
}
