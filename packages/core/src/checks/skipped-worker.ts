import type { TraceIndex } from '../diagnose/trace-index.ts';
import { type AgentTurn, type Finding, type ModelCall, TOPOLOGY_END, type Trace } from '../model/trace.ts';
import { boundaryLabel, makeFinding, quote } from './finding.ts';
import { AGENT_TOOL, agentNameWords, nameWordList, STOP, sentencesOf } from './task-words.ts';
import { requestOf, shownText } from './turn-links.ts';

/** A step the request makes optional or rules out: it may rightly be skipped. */
export const NOT_REQUIRED =
  /\b(?:if|unless|whether|in case|optional(?:ly)?|where (?:needed|necessary|useful)|as needed|no need|not|no|without|skip(?:ping)?|don'?t|never|instead of|rather than)\b|\b\w+n['’]t\b/i;

/** Two words of the same stem: "stats" and "statistics", "reviewer" and "review". */
function sameStem(a: string, b: string): boolean {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return prefix >= 4 && prefix >= Math.min(a.length, b.length) - 2;
}

/** Whether the request says it does not need an agent's job, by a word of its name: "I don't need CV help" for `cv_workshop_advisor`. */
function ruledOutBy(request: string, agent: string): boolean {
  const own = agentNameWords(agent).filter(
    (word) => word.length >= 2 && !GENERIC.has(word) && !STOP.has(word),
  );
  return own.some((word) =>
    new RegExp(
      `\\b(?:(?:don['’]?t|do not|doesn['’]?t|does not)\\s+(?:need|want|require)|no need (?:for|of))\\s+(?:any\\s+|a\\s+|the\\s+)?${word}\\b`,
      'i',
    ).test(request),
  );
}

/** Two words of one root, six letters at least: "registered" and "registrar". */
const sameRoot = (a: string, b: string): boolean =>
  sameStem(a, b) || (a.slice(0, 6) === b.slice(0, 6) && a.length >= 6);

/** Words of a name that say what kind of worker it is, not what it does: "advisor", "officer". */
const ROLE_WORD =
  /^(?:advisor|adviser|officer|specialist|clerk|coordinator|manager|assistant|consultant|liaison)$/;

/**
 * The sentence of the request that asks for `worker`'s job by name ("a statistics review" for
 * `stats_reviewer`): every word of a name of two or more words, in order, at most one word apart.
 * Undefined for a one-word name ("researcher": research is what everyone does) and for a sentence
 * that makes the step conditional or rules it out.
 */
function askedFor(request: string, worker: string): string | undefined {
  // The name's own words: `access_to_work_advisor` asks for access, work.
  const name = agentNameWords(worker).filter((word) => !STOP.has(word) && !ROLE_WORD.test(word));
  if (name.length < 2 || name.some((word) => word.length < 3)) return undefined;
  for (const sentence of sentencesOf(request)) {
    const words = sentence.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
    // "a statistics review" or "review the statistics".
    if (inOrder(words, name) || inOrder(words, [...name].reverse()))
      return NOT_REQUIRED.test(sentence) ? undefined : sentence;
  }
  return undefined;
}

/** Whether `words` hold every one of `parts`, in order, each at most one word after the last. */
function inOrder(words: string[], parts: string[]): boolean {
  for (let start = 0; start < words.length; start++) {
    if (!sameStem(words[start]!, parts[0]!)) continue;
    let at = start;
    const whole = parts.slice(1).every((part) => {
      const next = [at + 1, at + 2].find((i) => i < words.length && sameStem(words[i]!, part));
      if (next === undefined) return false;
      at = next;
      return true;
    });
    if (whole) return true;
  }
  return false;
}

/** Choices of a router's answer that end the run rather than name an agent. */
const END_CHOICE = /^(?:_*(?:finish(?:ed)?|done|end|stop|none|complete|final(?:_answer)?|respond|user)_*)$/i;

/**
 * The agents a router's structured answer could choose next (`next: z.enum([...])`): its choices when
 * they name another agent that ran, not when they are labels ("billing", "positive").
 */
export function routingChoices(call: ModelCall, agent: string, ran: ReadonlySet<string>): string[] {
  const choices = call.choices ?? [];
  if (!choices.some((choice) => choice !== agent && ran.has(choice))) return [];
  return choices.filter((choice) => choice !== agent && !END_CHOICE.test(choice));
}

/** The agents `agent` can hand work to: its declared graph's next nodes, and the agent tools or routing choices it was offered. */
export function rosterOf(trace: Trace, agent: string, turns: AgentTurn[]): Set<string> {
  const roster = new Set<string>();
  for (const graph of trace.topology ?? []) {
    const nameOf = new Map(graph.nodes.map((node) => [node.id, node.agent ?? node.id]));
    const own = new Set(
      graph.nodes.filter((node) => (node.agent ?? node.id) === agent).map((node) => node.id),
    );
    for (const edge of graph.edges)
      if (own.has(edge.from) && edge.to !== TOPOLOGY_END) roster.add(nameOf.get(edge.to) ?? edge.to);
  }
  let ran: Set<string> | undefined;
  for (const turn of turns)
    for (const call of turn.modelCalls) {
      for (const tool of call.tools ?? []) {
        const named = AGENT_TOOL.exec(tool)?.[1];
        if (named) roster.add(named);
      }
      if (!call.choices?.length) continue;
      ran ??= new Set(trace.turns.map((t) => t.agent));
      for (const choice of routingChoices(call, agent, ran)) roster.add(choice);
    }
  roster.delete(agent);
  return roster;
}

/** A figure or code: "162", "T-162", "FV3", "MP41". */
const FACT = /\b(?:[A-Za-z]{0,4}-?\d{2,}[A-Za-z]?|\d+[A-Za-z]{1,3}\d*)\b/g;
/** Words of agent names that do not say which agent: "agent", "desk", "team". */
const GENERIC = new Set([
  'agent',
  'desk',
  'team',
  'crew',
  'crews',
  'lead',
  'worker',
  'node',
  'bot',
  'the',
  'and',
]);

/**
 * A line of the coordinator's answer that reports `worker`'s part ("- Air: tanker 162 for the NE
 * flank" for `air_attack`) with a figure or code found in nothing the coordinator was given or any
 * agent said: a result only the worker could have given, reported without handing it the work.
 */
function claimedFor(
  index: TraceIndex,
  final: AgentTurn,
  own: readonly AgentTurn[],
  worker: string,
): { line: string; fact: string } | undefined {
  const name = nameWordList(worker).filter((word) => word.length >= 3 && !GENERIC.has(word));
  if (name.length === 0) return undefined;
  const known = [
    requestOf(index.trace),
    ...own.map((turn) => shownText(index, turn.id)),
    ...index.trace.turns.filter((turn) => turn.id !== final.id).map((turn) => index.outputTextOf(turn.id)),
  ].join('\n');
  for (const line of sentencesOf(index.outputTextOf(final.id))) {
    const lineWords: string[] = line.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
    if (!name.some((word) => lineWords.includes(word)) || NOT_REQUIRED.test(line)) continue;
    const fact = (line.match(FACT) ?? []).find((token) => !known.includes(token));
    if (fact) return { line, fact };
  }
  return undefined;
}

/** A part reported as under way: "deposits are being registered", "is being filed". */
const UNDER_WAY = /\b(?:is|are)\s+being\s+\w+ed\b/i;

/**
 * A line of the coordinator's answer that names `worker`'s job by every word of its name ("deposits
 * … are being registered" for `deposit_registrar`) and reports it done or under way, for a job the
 * request asks for by one of those words ("protect the deposits"): the coordinator answered for a part
 * it never handed on.
 */
function reportedByName(
  index: TraceIndex,
  final: AgentTurn,
  worker: string,
  request: string,
): { line: string; fact?: string } | undefined {
  const name = agentNameWords(worker).filter((word) => word.length >= 4 && !GENERIC.has(word));
  if (name.length < 2) return undefined;
  const wordsIn = (text: string): string[] => text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
  const asked = wordsIn(request);
  if (!name.some((part) => asked.some((word) => sameStem(word, part)))) return undefined;
  for (const line of sentencesOf(index.outputTextOf(final.id))) {
    const words = wordsIn(line);
    if (!name.every((part) => words.some((word) => sameRoot(word, part)))) continue;
    if ((DONE.test(line) || UNDER_WAY.test(line)) && !NOT_REQUIRED.test(line)) return { line };
  }
  return undefined;
}

/**
 * A coordinator that answered the run while a worker of its own roster, whose job the request asks
 * for by name ("needs a methods review and a statistics review" with `stats_reviewer` never called),
 * was never handed anything: the step was skipped (FM-3.1). The worker never ran, so the message
 * that was never sent is its coordinator's.
 */
export function checkSkippedWorkers(index: TraceIndex): Finding[] {
  const { trace } = index;
  if (trace.workflow.status !== 'ok') return [];
  const request = requestOf(trace);
  if (request.trim() === '') return [];
  const findings: Finding[] = [...skippedByLeads(index)];
  for (const finalId of index.finalTurnIds) {
    const final = index.turns.get(finalId);
    if (!final || final.parentTurnId) continue;
    const own = trace.turns.filter((turn) => turn.agent === final.agent);
    const roster = rosterOf(trace, final.agent, own);
    // A coordinator: it handed work to part of its roster and answered itself.
    const briefed = new Set(trace.handoffs.filter((h) => h.from === final.agent).map((h) => h.to));
    if (roster.size < 2 || ![...roster].some((worker) => briefed.has(worker))) continue;
    for (const worker of roster) {
      if (briefed.has(worker) || trace.turns.some((turn) => turn.agent === worker)) continue;
      if (trace.handoffs.some((handoff) => handoff.to === worker)) continue;
      const sentence = askedFor(request, worker);
      const claim =
        sentence || !request
          ? undefined
          : (claimedFor(index, final, own, worker) ?? reportedByName(index, final, worker, request));
      if (!sentence && !claim) continue;
      // The work went to another of its workers instead, one whose job the request rules out ("I
      // don't need CV help" sent to the CV workshop advisor): it misread where the request belonged.
      const misrouted = sentence
        ? trace.handoffs.find((h) => h.from === final.agent && roster.has(h.to) && ruledOutBy(request, h.to))
        : undefined;
      if (misrouted) {
        const wrong = { from: final.agent, to: misrouted.to };
        findings.push(
          makeFinding({
            kind: 'misunderstood_task',
            boundary: wrong,
            ...(misrouted.fromTurnId ? { turnId: misrouted.fromTurnId } : { turnId: final.id }),
            handoffId: misrouted.id,
            mast: 'FM-1.1',
            summary: `Misunderstood task at boundary ${boundaryLabel(wrong)}: the request asks for ${worker}'s work and rules out ${misrouted.to}'s; ${final.agent} sent it to ${misrouted.to} and never to ${worker}`,
            evidence: [
              { label: 'request', detail: quote(sentence ?? '', 200) },
              { label: 'sent instead', detail: quote(misrouted.content, 200), handoffId: misrouted.id },
            ],
          }),
        );
        continue;
      }
      const boundary = { from: final.agent, to: worker };
      findings.push(
        makeFinding({
          kind: 'lost_message',
          boundary,
          turnId: final.id,
          mast: 'FM-3.1',
          summary: claim
            ? `Lost message at boundary ${boundaryLabel(boundary)}: ${final.agent} reports ${worker}'s part (${quote(claim.line, 60)}) but never handed it anything${claim.fact ? `, and ${claim.fact} appears in nothing it was given` : ''}`
            : `Lost message at boundary ${boundaryLabel(boundary)}: the request asks for ${worker}'s work, ${final.agent} answered without ever handing it anything`,
          evidence: claim
            ? [{ label: 'claimed', detail: quote(claim.line, 200), turnId: final.id }]
            : [
                { label: 'request', detail: quote(sentence ?? '', 200) },
                {
                  label: 'answer without it',
                  detail: quote(index.outputTextOf(final.id), 200),
                  turnId: final.id,
                },
              ],
        }),
      );
    }
  }
  return findings;
}

/**
 * A line that reports a part as done or as on its way: "Medical: 2 paramedics + ambulance", "medical
 * cover booked", "the fills are on the blender board", "passed to the blender", "will be analysed".
 */
const DONE =
  /^[^:]{0,30}:\s*\S|\b(?:sorted|booked|confirmed|arranged|in place|done|covered|secured|organi[sz]ed|lined up|will be|(?:passed|sent|handed|forwarded|given) (?:on )?to|on (?:the |their |his |her )?(?:[\w-]+ )?(?:board|queue|list|rota|schedule))\b/i;

/**
 * A team lead inside a run (not the one that answers it) that handed work to every member of its team
 * but one, and reports that one's part as done itself ("Medical: 2 paramedics + ambulance at finish"
 * from a safety lead whose `medical_cover_planner` never ran): the brief was never sent, and the lead
 * that never sent it answered for it.
 */
function skippedByLeads(index: TraceIndex): Finding[] {
  const { trace } = index;
  const findings: Finding[] = [];
  const finalAgents = new Set([...index.finalTurnIds].map((id) => index.turns.get(id)?.agent));
  // A nested team's member is named by its path on some runtimes ("safety_lead/medical_cover_planner").
  const bare = (agent: string) => agent.split('/').at(-1)!;
  const ran = new Set(trace.turns.map((turn) => bare(turn.agent)));
  const handedTo = new Set(trace.handoffs.map((handoff) => bare(handoff.to)));
  for (const lead of new Set(trace.turns.map((turn) => turn.agent))) {
    if (finalAgents.has(lead)) continue;
    const own = trace.turns.filter((turn) => turn.agent === lead);
    const last = own.at(-1)!;
    const roster = new Set([...rosterOf(trace, lead, own)].map(bare));
    roster.delete(bare(lead));
    if (roster.size < 2) continue;
    const skipped = [...roster].filter((worker) => !ran.has(worker) && !handedTo.has(worker));
    const briefed = [...roster].filter((worker) => handedTo.has(worker));
    if (skipped.length !== 1 || briefed.length !== roster.size - 1) continue;
    const worker = skipped[0]!;
    const subject = agentNameWords(worker).filter((word) => word.length >= 4 && !GENERIC.has(word));
    if (subject.length === 0) continue;
    const line = sentencesOf(index.outputTextOf(last.id)).find((sentence) => {
      const words: string[] = sentence.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
      return words.includes(subject[0]!) && DONE.test(sentence) && !NOT_REQUIRED.test(sentence);
    });
    if (!line) continue;
    const boundary = { from: lead, to: worker };
    findings.push(
      makeFinding({
        kind: 'lost_message',
        boundary,
        turnId: last.id,
        mast: 'FM-3.1',
        summary: `Lost message at boundary ${boundaryLabel(boundary)}: ${lead} handed work to the rest of its team and reports ${worker}'s part (${quote(line, 60)}) without ever handing it anything`,
        evidence: [{ label: 'claimed', detail: quote(line, 200), turnId: last.id }],
      }),
    );
  }
  return findings;
}
