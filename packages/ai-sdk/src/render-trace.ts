import type { Finding, Suspect, Trace } from '@handoff/core';

export interface RenderedStep {
  /** 1-based step number as the prompt shows it. */
  step: number;
  turnId: string;
  agent: string;
}

export interface RenderedTrace {
  /** The task, the numbered steps, the final output and the hints, within the budget. */
  text: string;
  steps: RenderedStep[];
}

export interface RenderOptions {
  /** Budget for the whole rendering, in characters. */
  maxChars: number;
  findings?: Finding[];
  suspects?: Suspect[];
  /** Render only steps 1..upTo (step-wise walking). */
  upTo?: number;
}

/** Keeps the start and the end of a text (where answers and errors usually are) within `max` chars. */
export function cut(text: string, max: number): string {
  const flat = text.replace(/\r/g, '').trim();
  if (flat.length <= max) return flat;
  if (max < 40) return `${flat.slice(0, Math.max(0, max - 1))}…`;
  const marker = `…[${flat.length - max} chars cut]…`;
  const keep = max - marker.length;
  const head = Math.ceil(keep * 0.6);
  return `${flat.slice(0, head)}${marker}${flat.slice(flat.length - (keep - head))}`;
}

/** Shares `budget` among texts: short ones keep all they need, long ones split the rest evenly. */
function share(lengths: number[], budget: number): number[] {
  const out = lengths.map(() => 0);
  let left = Math.max(0, budget);
  let open = lengths.map((_, i) => i);
  while (open.length > 0 && left > 0) {
    const fair = Math.floor(left / open.length);
    const small = open.filter((i) => lengths[i]! - out[i]! <= fair);
    if (small.length === 0) {
      for (const i of open) out[i]! += fair;
      break;
    }
    for (const i of small) {
      left -= lengths[i]! - out[i]!;
      out[i] = lengths[i]!;
    }
    open = open.filter((i) => !small.includes(i));
  }
  return out;
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);

/**
 * The trace as an attribution prompt sees it: the task, one numbered step per agent turn (who it went
 * to, what it said, what its tool and program runs returned or failed with), the final output, and the
 * deterministic checks' findings and suspects as hints — all within `maxChars`.
 */
export function renderTrace(trace: Trace, options: RenderOptions): RenderedTrace {
  const turns = [...trace.turns].sort((a, b) => a.startedAt - b.startedAt);
  const steps: RenderedStep[] = turns.map((turn, i) => ({ step: i + 1, turnId: turn.id, agent: turn.agent }));
  const shown = options.upTo === undefined ? turns : turns.slice(0, options.upTo);
  const stepOf = new Map(steps.map((s) => [s.turnId, s.step]));
  const bodies = shown.map((turn) => {
    const runs = turn.toolCalls
      .map((call) => {
        const outcome = call.error ? `FAILED ${call.error.name}: ${call.error.message}` : text(call.result);
        return `  run ${call.name}: ${outcome}`;
      })
      .join('\n');
    return `${turn.output ?? ''}${runs ? `\n${runs}` : ''}`;
  });
  const receivers = (turnId: string) => {
    const out = trace.handoffs.filter((h) => h.fromTurnId === turnId && !h.metadata.routing);
    if (out.length > 0 && out.every((h) => h.kind === 'broadcast')) return ' → everyone';
    const to = [...new Set(out.map((h) => h.to))];
    return to.length === 0 ? '' : ` → ${to.join(', ')}`;
  };
  const heads = shown.map((turn, i) => {
    const source = turn.metadata.sourceIndex;
    const label = typeof turn.metadata.label === 'string' ? ` (${turn.metadata.label})` : '';
    return `[${i + 1}] ${turn.agent}${label}${receivers(turn.id)}${typeof source === 'number' ? ` (message ${source})` : ''}: `;
  });
  const hints = [
    ...(options.suspects ?? []).map(
      (s) => `- suspect: step [${stepOf.get(s.turnId) ?? '?'}] ${s.agent} (${s.kind}): ${s.reason}`,
    ),
    ...(options.findings ?? [])
      .filter((f) => f.severity === 'error')
      .map((f) => `- finding ${f.kind} at ${f.boundary.to}←${f.boundary.from}: ${f.summary}`),
  ].join('\n');
  const task = text(trace.workflow.input);
  const expected = trace.workflow.feedback?.expected;
  const final = text(trace.workflow.output);
  const budget = Math.max(400, options.maxChars);
  const taskPart = cut(task, Math.floor(budget * 0.15));
  const hintPart = cut(hints, Math.floor(budget * 0.15));
  const finalPart = options.upTo === undefined ? cut(final, Math.floor(budget * 0.08)) : '';
  const frame = [
    'TASK:',
    expected === undefined
      ? taskPart
      : `${taskPart}\nTHE CORRECT ANSWER WOULD HAVE BEEN: ${cut(text(expected), 400)}`,
    `STEPS (${shown.length} of ${turns.length}; one per agent turn, in order):`,
    options.upTo === undefined ? 'FINAL OUTPUT:' : '',
    finalPart,
    hints ? 'HINTS FROM DETERMINISTIC CHECKS (may be wrong):' : '',
    hintPart,
  ];
  // Very long runs: keep the first and last steps whose headers fit in half the budget.
  let visible = shown.map((_, i) => i);
  const headRoom = Math.floor(budget * 0.5);
  if (heads.reduce((n, h) => n + h.length + 1, 0) > headRoom) {
    const each = Math.max(1, Math.floor(headRoom / (Math.max(...heads.map((h) => h.length)) + 1)));
    const first = Math.ceil(each / 2);
    visible = [...visible.slice(0, first), ...visible.slice(visible.length - (each - first))];
  }
  const fixed = frame.join('\n').length + visible.reduce((n, i) => n + heads[i]!.length + 1, 0) + 64;
  const allowance = share(
    visible.map((i) => bodies[i]!.length),
    budget - fixed,
  );
  const stepLines: string[] = [];
  visible.forEach((i, at) => {
    const gap = i - (visible[at - 1] ?? -1) - 1;
    if (gap > 0) stepLines.push(`… ${gap} steps left out …`);
    stepLines.push(`${heads[i]}${cut(bodies[i]!, Math.max(0, allowance[at]!))}`);
  });
  const lines = [frame[0], frame[1], frame[2], ...stepLines, ...frame.slice(3)].filter((line) => line !== '');
  return { text: lines.join('\n'), steps };
}
