import type { TraceIndex } from '../diagnose/trace-index.ts';
import { textContainment } from '../lineage/fingerprint.ts';
import { structuredOutput } from '../lineage/structured-output.ts';
import type { AgentTurn, Finding } from '../model/trace.ts';
import { agentKey } from '../util/agent-key.ts';
import { boundaryLabel, makeFinding, quote } from './finding.ts';
import { rosterOf } from './skipped-worker.ts';
import { nameWordList } from './task-words.ts';
import { shownText } from './turn-links.ts';

/** A key that names a role (a broker, a reviewer, the legal team), not a field (notes, rationale). */
const ROLE = /(?:er|or|ist|ant|ent|agent|team|bot|desk|lead|crew|squad|unit|clerk|analyst|staff)$/i;

/**
 * A brief that marks itself optional or not needed ("Breeder record if quick. Optional.", "no review
 * needed"); a condition inside a real brief ("tell me if a survey is needed") does not.
 */
const OPTIONAL =
  /\b(?:optional(?:ly)?|if (?:quick|possible|time allows|you have time|useful|needed)|only if|no need|not (?:needed|required|necessary)|no (?:\w+ ){0,2}(?:needed|required)|skip(?:ped)?(?: it| this)?|n\/a)\b/i;

/** Objects in a structured output whose keys could name receivers (plans keyed by agent). */
function keyedParts(value: unknown, depth = 0): Record<string, string>[] {
  if (depth > 3 || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item) => keyedParts(item, depth + 1));
  const entries = Object.entries(value as Record<string, unknown>);
  const texts = entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  const own = texts.length >= 2 ? [Object.fromEntries(texts)] : [];
  return [...own, ...entries.flatMap(([, item]) => keyedParts(item, depth + 1))];
}

const nameWordsOf = (name: string): string[] => nameWordList(name).filter((w) => w.length >= 4);

/** What a turn wrote as its plan: its structured output, and the state objects it wrote (a graph's plan channel). */
function plansOf(turn: AgentTurn, written: readonly unknown[]): unknown[] {
  const payload = structuredOutput(turn);
  return [...(payload === undefined ? [] : [payload]), ...written.filter((v) => v && typeof v === 'object')];
}

/**
 * A plan keyed by receiver ({ road_haulier: "…", ocean_broker: "…", customs_broker: "…" }) of which
 * some parts were handed to the agents their keys name, while another part went to no one: no agent
 * of that name ran or was handed anything, and no turn was shown that brief (the receivers of its
 * sibling briefs aside: briefs written from one template look alike). A key is a receiver when it
 * names a role, an agent of the planner's roster, or shares a name word with a key that was handed
 * on ("de_subtitler" beside "es_subtitler"); a brief the plan marks as not needed is no lost message.
 */
export function checkUndeliveredBriefs(index: TraceIndex, threshold: number): Finding[] {
  const { trace } = index;
  if (trace.workflow.status === 'running') return [];
  const ran = new Set(trace.turns.map((turn) => agentKey(turn.agent)));
  const received = new Set(trace.handoffs.map((handoff) => agentKey(handoff.to)));
  const writtenBy = new Map<string, unknown[]>();
  for (const item of trace.contextItems) {
    const turnId = item.producedBy.turnId;
    const list = turnId ? writtenBy.get(turnId) : undefined;
    if (list) list.push(item.value);
    else if (turnId) writtenBy.set(turnId, [item.value]);
  }
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const turn of trace.turns) {
    const out = index.outOf.get(turn.id) ?? [];
    if (out.length === 0) continue;
    const sentTo = new Set(out.map((h) => agentKey(h.to)));
    for (const parts of plansOf(turn, writtenBy.get(turn.id) ?? []).flatMap((plan) => keyedParts(plan))) {
      const keys = Object.keys(parts);
      const delivered = keys.filter((key) => sentTo.has(agentKey(key)));
      if (delivered.length === 0) continue;
      const siblings = new Set(
        out.filter((h) => delivered.some((key) => agentKey(key) === agentKey(h.to))).map((h) => h.toTurnId),
      );
      const team = new Set(delivered.flatMap(nameWordsOf));
      let roster: Set<string> | undefined;
      for (const key of keys) {
        const brief = parts[key]!;
        if (ran.has(agentKey(key)) || received.has(agentKey(key)) || reported.has(agentKey(key))) continue;
        if (brief.trim().split(/\s+/).length < 4 || OPTIONAL.test(brief)) continue;
        roster ??= rosterOf(trace, turn.agent, [turn]);
        // Or the plan is keyed by receivers all through: every other key, named the same way
        // (two words or more), went to its agent.
        const alike = (name: string) => nameWordList(name).length >= 2;
        const keyedByReceivers =
          keys.length >= 3 && delivered.length === keys.length - 1 && alike(key) && delivered.every(alike);
        const receiver =
          ROLE.test(key) || roster.has(key) || nameWordsOf(key).some((w) => team.has(w)) || keyedByReceivers;
        if (!receiver) continue;
        const seen = trace.turns.some(
          (other) =>
            other.id !== turn.id &&
            !siblings.has(other.id) &&
            textContainment(brief, shownText(index, other.id)) >= threshold,
        );
        if (seen) continue;
        reported.add(agentKey(key));
        findings.push(
          unsentBrief(
            turn,
            key,
            brief,
            `wrote a brief for ${key} that was never handed on (the other parts of its plan reached their agents)`,
          ),
        );
      }
    }
  }
  findings.push(...unsentLines(index, threshold, ran, received, reported));
  return findings;
}

/**
 * A plan written as text, one brief per line: every line but one handed to an agent, word for word,
 * and one that went nowhere while exactly one agent of the planner's declared roster never ran nor
 * received anything — the brief that agent should have had.
 */
function unsentLines(
  index: TraceIndex,
  threshold: number,
  ran: ReadonlySet<string>,
  received: ReadonlySet<string>,
  reported: ReadonlySet<string>,
): Finding[] {
  const { trace } = index;
  const findings: Finding[] = [];
  for (const turn of trace.turns) {
    const out = (index.outOf.get(turn.id) ?? []).filter((h) => h.kind !== 'return');
    if (out.length < 2) continue;
    const lines = index
      .outputTextOf(turn.id)
      .split(/\n+/)
      .map((line) => line.trim())
      .filter((line) => line.split(/\s+/).length >= 4);
    const sent = out.map((h) => h.task ?? h.content);
    const delivered = lines.filter((line) => sent.some((brief) => textContainment(line, brief) >= 0.8));
    if (delivered.length < 2 || delivered.length === lines.length) continue;
    const siblings = new Set(out.map((h) => h.toTurnId));
    const unsent = lines.filter(
      (line) =>
        !delivered.includes(line) &&
        !OPTIONAL.test(line) &&
        !trace.turns.some(
          (other) =>
            other.id !== turn.id &&
            !siblings.has(other.id) &&
            textContainment(line, shownText(index, other.id)) >= threshold,
        ),
    );
    if (unsent.length !== 1) continue;
    const idle = [...rosterOf(trace, turn.agent, [turn])].filter(
      (agent) =>
        !ran.has(agentKey(agent)) && !received.has(agentKey(agent)) && !reported.has(agentKey(agent)),
    );
    if (idle.length !== 1) continue;
    findings.push(
      unsentBrief(
        turn,
        idle[0]!,
        unsent[0]!,
        `wrote a brief that was never handed on while ${idle[0]} never ran (its other briefs reached their agents)`,
      ),
    );
  }
  return findings;
}

/** A brief the planner wrote for `to` that never reached it: lost at the planner. */
function unsentBrief(turn: AgentTurn, to: string, brief: string, what: string): Finding {
  const boundary = { from: turn.agent, to };
  return makeFinding({
    kind: 'lost_message',
    boundary,
    turnId: turn.id,
    mast: 'FM-3.1',
    summary: `Lost message at boundary ${boundaryLabel(boundary)}: ${turn.agent} ${what}`,
    evidence: [{ label: 'brief', detail: quote(brief, 200), turnId: turn.id }],
  });
}
