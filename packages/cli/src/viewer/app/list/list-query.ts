import type { WorkflowSummary } from '../types.ts';
import { runStatus } from '../ui/run-status.ts';

export type SortKey = 'newest' | 'oldest' | 'failed' | 'longest' | 'handoffs' | 'name';

/** What the list shows: a search and filters, all optional, and an order. */
export interface ListQuery {
  text: string;
  status: string;
  kind: string;
  agent: string;
  framework: string;
  /** Epoch ms bounds on the start time (NaN when unset). */
  from: number;
  to: number;
  sort: SortKey;
}

export const EMPTY_QUERY: ListQuery = {
  text: '',
  status: '',
  kind: '',
  agent: '',
  framework: '',
  from: Number.NaN,
  to: Number.NaN,
  sort: 'newest',
};

const tie = (a: WorkflowSummary, b: WorkflowSummary) =>
  a.name.localeCompare(b.name) || a.workflowId.localeCompare(b.workflowId);

const ORDER: Record<SortKey, (a: WorkflowSummary, b: WorkflowSummary) => number> = {
  newest: (a, b) => b.startedAt - a.startedAt || tie(a, b),
  oldest: (a, b) => a.startedAt - b.startedAt || tie(a, b),
  failed: (a, b) =>
    Number(Boolean(b.rootKind)) - Number(Boolean(a.rootKind)) || b.startedAt - a.startedAt || tie(a, b),
  longest: (a, b) => b.durationMs - a.durationMs || tie(a, b),
  handoffs: (a, b) => b.handoffs - a.handoffs || tie(a, b),
  name: (a, b) => tie(a, b) || b.startedAt - a.startedAt,
};

/** The workflows that match a query, in its order (the same in the live viewer and a report). */
export function applyQuery(workflows: WorkflowSummary[], query: ListQuery): WorkflowSummary[] {
  const terms = query.text.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = workflows.filter((w) => {
    if (query.status && runStatus(w.status, w.rootKind, w.correct).word !== query.status) return false;
    if (query.kind && w.rootKind !== query.kind) return false;
    if (query.agent && !w.agents.includes(query.agent)) return false;
    if (query.framework && w.framework !== query.framework) return false;
    if (!Number.isNaN(query.from) && w.startedAt < query.from) return false;
    if (!Number.isNaN(query.to) && w.startedAt > query.to) return false;
    if (terms.length === 0) return true;
    const haystack = [
      w.name,
      w.workflowId,
      w.framework ?? '',
      w.rootCause ?? '',
      w.rootKind ?? '',
      ...w.agents,
    ]
      .join('\n')
      .toLowerCase();
    return terms.every((term) => haystack.includes(term));
  });
  return matches.sort(ORDER[query.sort]);
}
