import type { ViewIndex } from './view-index.ts';

/** What the detail panel shows: one handoff or one agent turn, or (undefined) the run's summary. */
export type Selection = { type: 'handoff'; id: string } | { type: 'turn'; id: string } | undefined;

/** Opening a workflow selects the root cause: its handoff, else its turn. */
export function defaultSelection(index: ViewIndex): Selection {
  if (index.failingHandoffId) return { type: 'handoff', id: index.failingHandoffId };
  const turnId = index.view.analysis.failure?.turnId;
  return turnId ? { type: 'turn', id: turnId } : undefined;
}

/** The workflow and selection a link names: `#workflow=…&handoff=…` (or `&turn=…`). */
export function readLocation(hash: string): { workflowId?: string; selection: Selection } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const handoff = params.get('handoff');
  const turn = params.get('turn');
  return {
    workflowId: params.get('workflow') ?? undefined,
    selection: handoff ? { type: 'handoff', id: handoff } : turn ? { type: 'turn', id: turn } : undefined,
  };
}

export function writeLocation(workflowId: string | undefined, selection: Selection): string {
  const params = new URLSearchParams();
  if (workflowId) params.set('workflow', workflowId);
  if (selection) params.set(selection.type, selection.id);
  return `#${params.toString()}`;
}

/**
 * The handoff `delta` steps from the selection: along the run in send order (`edge` false) or along
 * the selected handoff's edge, failing ones first (`edge` true). A selected turn counts from its start.
 */
export function stepSelection(
  index: ViewIndex,
  selection: Selection,
  delta: number,
  edge: boolean,
): Selection {
  const handoffs = index.view.trace.handoffs;
  if (handoffs.length === 0) return selection;
  if (selection?.type === 'handoff') {
    const current = index.handoffs.get(selection.id);
    if (!current) return selection;
    if (edge) {
      const steps = index.edgeSteps.get(`${current.from}\u0000${current.to}`) ?? [];
      const at = steps.indexOf(current.id) + delta;
      return at >= 0 && at < steps.length ? { type: 'handoff', id: steps[at]! } : selection;
    }
    const at = (index.order.get(current.id) ?? 0) + delta;
    return at >= 0 && at < handoffs.length ? { type: 'handoff', id: handoffs[at]!.id } : selection;
  }
  const start = selection?.type === 'turn' ? (index.turns.get(selection.id)?.startedAt ?? 0) : -Infinity;
  const after = handoffs.findIndex((x) => x.sentAt >= start);
  const at =
    delta > 0
      ? after < 0
        ? handoffs.length - 1
        : after
      : Math.max(0, (after < 0 ? handoffs.length : after) - 1);
  return { type: 'handoff', id: handoffs[at]!.id };
}
