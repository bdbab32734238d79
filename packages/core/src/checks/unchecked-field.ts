import type { TraceIndex } from '../diagnose/trace-index.ts';
import type { Finding } from '../model/trace.ts';
import { escapeRegExp } from '../util/escape-reg-exp.ts';
import { parsedResult } from '../util/parsed-result.ts';
import { boundaryLabel, makeFinding, quote } from './finding.ts';
import { keyWords, STOP } from './task-words.ts';
import { isReply } from './turn-links.ts';

/** What a task asks to have checked: "Needs PHI check", "verify the expiry", "check MRL". */
const ASKED_CHECK =
  /\b(?:check|verify|confirm|validate|audit)(?:s|ed|ing)?\s+(?:the\s+|that\s+(?:the\s+)?)?([A-Za-z]{3,14})\b|\b([A-Z]{2,6})\s+(?:check|verification|validation)\b/g;
/** Words after "check" that name no field: the work, not a thing to read. */
const NO_FIELD = new Set(
  'that this these those them everything anything something whether with before after again availability status details records record item items data file files work list what which when where each both full and all out'.split(
    ' ',
  ),
);
/** An answer that lets the work through. */
const CLEARED =
  /\b(?:cleared|compliant|approved|passed|all good|in order|released|signed off|no issues|good to go|freigegeben|aprobad[oa]|aprovad[oa]|approuvée?|approvat[oa]|goedgekeurd|zatwierdzon[ya]|disetujui|onaylandı|engel yok|sin objeciones?)(?![\p{L}])|✅|✔|👍/iu;

/** The values a result holds under keys that name `term`. */
function valuesUnder(data: unknown, term: string): string[] {
  const found: string[] = [];
  const visit = (value: unknown, named: boolean, depth: number) => {
    if (value === null || value === undefined || depth > 8) return;
    if (typeof value === 'object') {
      for (const [key, item] of Array.isArray(value) ? value.entries() : Object.entries(value))
        visit(item, named || (typeof key === 'string' && keyWords(key).includes(term)), depth + 1);
      return;
    }
    if (named) found.push(String(value));
  };
  visit(data, false, 0);
  return found;
}

const saysValue = (output: string, value: string): boolean =>
  new RegExp(`(?<![\\w.])${escapeRegExp(value)}(?![\\w])`, 'i').test(output);

/** A text's words of five letters or more and its codes, accents off: what an item is about. */
const itemWords = (text: string): Set<string> =>
  new Set(
    (
      text
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .match(/[a-z\d][a-z\d-]*[a-z\d]/g) ?? []
    ).filter((w) => (/\d/.test(w) && /[a-z]/.test(w)) || (w.length >= 5 && !/\d/.test(w) && !STOP.has(w))),
  );

/**
 * The item of a numbered list of checks in the task ("1. que le T4 … relève du contingent
 * préfectoral …; 2. ressources … sous plafond PLUS") of which the agent's calls and answer say not
 * one word of its own, while they take up every other item: the check it skipped.
 */
function skippedItem(task: string, done: string): string | undefined {
  const items = task
    .split('\n')
    .map((line) => /^\s*\d+[.)]\s+(.+)$/.exec(line)?.[1])
    .filter((item): item is string => item !== undefined);
  if (items.length < 2) return undefined;
  const words = items.map(itemWords);
  const own = words.map((set, i) =>
    [...set].filter((w) => !words.some((other, j) => j !== i && other.has(w))),
  );
  if (own.some((list) => list.length < 3)) return undefined;
  const said = itemWords(done);
  const hits = own.map((list) => list.filter((w) => said.has(w)).length);
  const missed = hits.flatMap((n, i) => (n === 0 ? [i] : []));
  return missed.length === 1 && hits.every((n, i) => i === missed[0] || n > 0)
    ? items[missed[0]!]
    : undefined;
}

/**
 * Checks a brief asks for that the agent never made (FM-1.1): one item of a numbered list of checks
 * of which its calls and answer say not a word; an acronym the brief insists on, never run or named,
 * by an agent that clears the work; a field it was asked to check ("Needs PHI check before
 * release") that its own tool returned (`phi_days`), cleared ("compliance ✅") without a word of it
 * or its values — it checked something else (the certificate's date).
 */
export function checkUncheckedFields(index: TraceIndex): Finding[] {
  const findings: Finding[] = [];
  for (const turn of index.trace.turns) {
    if (turn.toolCalls.length === 0) continue;
    const into = (index.into.get(turn.id) ?? []).find((h) => h.from !== turn.agent);
    if (!into) continue;
    const task = into.task ?? into.content;
    const output = index.outputTextOf(turn.id);
    const done = `${turn.toolCalls.map((call) => JSON.stringify(call.args ?? '')).join('\n')}\n${output}`;
    // By its turn: the delivery check may hold a weaker finding of the same handoff.
    const report = (what: string, asked: string) => {
      const boundary = { from: into.from, to: turn.agent };
      findings.push(
        makeFinding({
          kind: 'misunderstood_task',
          boundary,
          turnId: turn.id,
          mast: 'FM-1.1',
          summary: `Misunderstood task at boundary ${boundaryLabel(boundary)}: ${what}`,
          evidence: [
            { label: 'asked', detail: quote(asked, 200), handoffId: into.id },
            { label: 'answer', detail: quote(output, 200), turnId: turn.id },
          ],
        }),
      );
    };
    // A result handed back is no brief: its lists and labels ask nothing.
    const brief = !isReply(index, into);
    const left = brief ? skippedItem(task, done) : undefined;
    if (left) {
      report(
        `the task lists checks to make; ${turn.agent} answered the others and not a word of ${quote(left, 80)}`,
        left,
      );
      continue;
    }
    if (!CLEARED.test(output)) continue;
    const skipped = brief ? insistedAcronym(task, done) : undefined;
    if (skipped) {
      report(
        `the task asks ${skipped.times} times for ${skipped.acronym}; ${turn.agent} cleared the work without running or naming it`,
        task,
      );
      continue;
    }
    for (const term of askedTerms(task)) {
      if (new RegExp(`\\b${term}`, 'i').test(output)) continue;
      const values = turn.toolCalls.flatMap((call) => valuesUnder(parsedResult(call.result, 20_000), term));
      if (values.length === 0 || values.some((value) => value.length >= 2 && saysValue(output, value)))
        continue;
      report(
        `asked to check ${term}, ${turn.agent} cleared the work without a word of it, though its own tool returned it (${values.slice(0, 3).join(', ')})`,
        task,
      );
      break;
    }
  }
  return findings;
}

/** The fields a task asks to have checked: "Needs PHI check", "verify the expiry". */
function askedTerms(task: string): Set<string> {
  const terms = new Set<string>();
  for (const m of task.matchAll(ASKED_CHECK)) {
    const term = (m[1] ?? m[2]!).toLowerCase();
    if (!NO_FIELD.has(term) && !STOP.has(term) && (m[2] || m[1]!.length >= 4 || /^[A-Z]+$/.test(m[1]!)))
      terms.add(term);
  }
  return terms;
}

/**
 * An acronym a brief insists on (two to four times in its prose: "INR + PT/aPTT … INR > 1,5 … INR
 * değeriyle"; a table's column of labels, or a label before each value it gives — "member ID 93…",
 * "payer ID 87726" — asks nothing) that `done` — the agent's calls and answer —
 * never names: the check it was asked for was not run.
 */
function insistedAcronym(task: string, done: string): { acronym: string; times: number } | undefined {
  const prose = task
    .split('\n')
    .filter((line) => !line.trim().startsWith('|'))
    .join('\n');
  const counts = new Map<string, number>();
  const labels = new Map<string, number>();
  // (Joined by hyphens, capitals are one name: "PM-JAY" is no "PM".)
  for (const m of prose.matchAll(/(?<![\p{L}\d-])\p{Lu}{2,6}(?:-\p{Lu}{2,6})*(?![\p{L}\d]|-[\p{L}\d])/gu)) {
    counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    // "member ID 9310558241", "payer ID: 87726": the label of a value given, no check asked for.
    if (/^\s*(?:[:#]|no\.?)?\s*\S*\d/.test(prose.slice(m.index + m[0].length, m.index + m[0].length + 16)))
      labels.set(m[0], (labels.get(m[0]) ?? 0) + 1);
  }
  for (const [acronym, n] of labels) if (n === counts.get(acronym)) counts.delete(acronym);
  // Named in a call's keys counts too: `pmjay_id` ran the PM-JAY work.
  const keys = done.toLowerCase().replace(/-/g, '');
  const named = (acronym: string) =>
    new RegExp(`(?<![\\p{L}])${escapeRegExp(acronym)}(?![\\p{L}])`, 'u').test(done) ||
    new RegExp(`(?<![\\p{L}])${escapeRegExp(acronym.toLowerCase().replace(/-/g, ''))}_`, 'u').test(keys);
  const found = [...counts].find(([acronym, n]) => n >= 2 && n <= 4 && !named(acronym));
  return found && { acronym: found[0], times: found[1] };
}
