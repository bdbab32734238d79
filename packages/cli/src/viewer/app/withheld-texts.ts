import type { AgentTurn, ContextItem, Evidence, Handoff, ModelCall, Score, ToolCall } from '@handoff/core';
import { defaultSelection } from './selection.ts';
import type { WorkflowView } from './types.ts';
import { indexView } from './view-index.ts';

type TurnTexts = Pick<AgentTurn, 'input' | 'output' | 'outputPayload' | 'reasoning' | 'contextReads'> & {
  modelCalls: Pick<ModelCall, 'input' | 'output' | 'reasoning' | 'toolCalls'>[];
  toolCalls: Pick<ToolCall, 'args' | 'result' | 'contextKey'>[];
};
type HandoffTexts = Pick<Handoff, 'content' | 'payload' | 'task' | 'contract'>;

/**
 * What a workflow's first view leaves out (most of a long run's bytes), by position: null where the
 * outline kept an item whole. `scores` and `contextItems` are the whole lists.
 */
export interface WithheldTexts {
  turns: (TurnTexts | null)[];
  handoffs: (HandoffTexts | null)[];
  /** The evidence of each finding (shown with the finding's handoff or turn). */
  evidence: (Evidence[] | null)[];
  scores: Score[];
  contextItems: ContextItem[];
}

/** The keys of `value` among `keys` that it has (an absent optional field stays absent). */
function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) if (key in value) picked[key] = value[key];
  return picked;
}

function omit<T extends object>(value: T, keys: readonly string[]): T {
  const rest = { ...value };
  for (const key of keys) delete (rest as Record<string, unknown>)[key];
  return rest;
}

const TURN_OPTIONAL = ['output', 'outputPayload', 'reasoning'] as const;
const HANDOFF_OPTIONAL = ['payload', 'task', 'contract'] as const;

/** The turns and handoffs the opening selection shows (the root cause's handoff and its two turns). */
function openingIds(view: WorkflowView): Set<string> {
  const index = indexView(view);
  const selection = defaultSelection(index);
  if (selection?.type === 'turn') return new Set([selection.id]);
  const handoff = selection && index.handoffs.get(selection.id);
  if (!handoff) return new Set();
  return new Set([handoff.id, handoff.fromTurnId, handoff.toTurnId].filter((id) => id !== undefined));
}

/**
 * Splits a workflow into an outline for its first paint (graph, timeline, findings, and the texts of
 * the opening selection) and the texts of every other message, model call and tool call, which the
 * page reads after it has painted. A 2,000-handoff run: 9.3 MB of JSON, of which the outline is ~3 MB.
 */
export function withholdTexts(view: WorkflowView): { outline: WorkflowView; texts: WithheldTexts } {
  const kept = openingIds(view);
  const { trace, analysis } = view;
  const texts: WithheldTexts = {
    turns: [],
    handoffs: [],
    evidence: [],
    scores: analysis.scores,
    contextItems: trace.contextItems,
  };
  const turns = trace.turns.map((turn) => {
    if (kept.has(turn.id)) {
      texts.turns.push(null);
      return turn;
    }
    texts.turns.push({
      ...pick(turn, ['input', 'contextReads', ...TURN_OPTIONAL]),
      modelCalls: turn.modelCalls.map((call) => pick(call, ['input', 'output', 'reasoning', 'toolCalls'])),
      toolCalls: turn.toolCalls.map((call) => pick(call, ['args', 'result', 'contextKey'])),
    });
    return {
      ...omit(turn, TURN_OPTIONAL),
      input: [],
      contextReads: [],
      modelCalls: turn.modelCalls.map((call) => ({
        ...omit(call, ['reasoning']),
        input: [],
        output: '',
        toolCalls: [],
      })),
      toolCalls: turn.toolCalls.map((call) => ({ ...omit(call, ['result', 'contextKey']), args: undefined })),
    };
  });
  const handoffs = trace.handoffs.map((handoff) => {
    if (kept.has(handoff.id)) {
      texts.handoffs.push(null);
      return handoff;
    }
    texts.handoffs.push(pick(handoff, ['content', ...HANDOFF_OPTIONAL]));
    return { ...omit(handoff, HANDOFF_OPTIONAL), content: '' };
  });
  const findings = analysis.findings.map((finding) => {
    const shown = [finding.handoffId, finding.turnId].some((id) => id !== undefined && kept.has(id));
    texts.evidence.push(shown ? null : finding.evidence);
    return shown ? finding : { ...finding, evidence: [] };
  });
  const read = new Set(
    trace.turns
      .filter((t) => kept.has(t.id))
      .flatMap((t) => t.contextReads.map((r) => `${r.key}@${r.version}`)),
  );
  return {
    outline: {
      trace: {
        ...trace,
        turns,
        handoffs,
        contextItems: trace.contextItems.filter((item) => read.has(`${item.key}@${item.version}`)),
      },
      analysis: {
        ...analysis,
        findings,
        scores: analysis.scores.filter((s) => s.target.type === 'workflow' || kept.has(s.target.id)),
      },
      withheld: { kept: [...kept] },
    },
    texts,
  };
}

/** The whole workflow again from its outline and the texts withheld from it. */
export function restoreTexts(outline: WorkflowView, texts: WithheldTexts): WorkflowView {
  const { trace, analysis } = outline;
  const turns = trace.turns.map((turn, i) => {
    const withheld = texts.turns[i];
    if (!withheld) return turn;
    return {
      ...turn,
      ...withheld,
      modelCalls: turn.modelCalls.map((call, j) => ({ ...call, ...withheld.modelCalls[j] })),
      toolCalls: turn.toolCalls.map((call, j) => ({ ...call, ...withheld.toolCalls[j] })),
    };
  });
  const handoffs = trace.handoffs.map((handoff, i) => {
    const withheld = texts.handoffs[i];
    return withheld ? { ...handoff, ...withheld } : handoff;
  });
  return {
    trace: { ...trace, turns, handoffs, contextItems: texts.contextItems },
    analysis: {
      ...analysis,
      findings: analysis.findings.map((finding, i) => {
        const evidence = texts.evidence[i];
        return evidence ? { ...finding, evidence } : finding;
      }),
      scores: texts.scores,
    },
  };
}

/** Whether the view has the texts of this turn or handoff (an outline has only the opening selection's). */
export function hasTexts(view: WorkflowView, id: string): boolean {
  return !view.withheld || view.withheld.kept.includes(id);
}
