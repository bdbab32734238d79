import type { TraceIndex } from '../diagnose/trace-index.ts';
import type { Finding } from '../model/trace.ts';
import { textOf } from '../util/text-of.ts';
import { boundaryLabel, makeFinding, quote } from './finding.ts';
import { deedText, quantitiesOf } from './stated-supersession.ts';
import { nameWords, STOP } from './task-words.ts';
import { isReply } from './turn-links.ts';

/** A source a brief says is behind: "register not updated yet", "the CRM still shows …", "the sheet is out of date". */
const OUTDATED =
  /\b([a-z][\w-]{2,})\s+(?:is\s+|was\s+|are\s+|has\s+)?(?:not\s+(?:yet\s+)?updated|not\s+up\s+to\s+date|out\s+of\s+date|outdated|still\s+(?:shows?|lists?|says?|reads?|has))\b/gi;

/**
 * A receiver told that a source is behind ("biomass after the grading: 197.6 t … register not
 * updated yet") that looked the source up and acted on its figure instead of the brief's (a well
 * boat booked for the register's 221.4 t): it used stale context, in its own work.
 */
export function checkOutdatedSources(index: TraceIndex): Finding[] {
  const findings: Finding[] = [...changedCodesFromSource(index)];
  for (const handoff of index.trace.handoffs) {
    const turn = handoff.toTurnId ? index.turns.get(handoff.toTurnId) : undefined;
    if (!turn || turn.toolCalls.length === 0) continue;
    if (findings.some((f) => f.turnId === turn.id)) continue;
    const brief = handoff.task ?? handoff.content;
    const behind = [...brief.matchAll(OUTDATED)]
      .map((m) => m[1]!.toLowerCase())
      .filter((word) => !STOP.has(word) && !/^(?:it|this|that|which|who)$/.test(word));
    if (behind.length === 0) continue;
    const stated = quantitiesOf(brief);
    for (const call of turn.toolCalls) {
      const called = nameWords(call.name).toLowerCase().split(/\s+/);
      if (!behind.some((word) => called.some((w) => w === word || (w.length >= 5 && word.startsWith(w)))))
        continue;
      // The source's figures in a unit the brief gave, that are not the brief's.
      const old = quantitiesOf(textOf(call.result)).filter(
        (q) =>
          stated.some((s) => s.unit === q.unit) &&
          !stated.some((s) => s.unit === q.unit && s.value === q.value),
      );
      if (old.length === 0) continue;
      const deeds = turn.toolCalls.filter((other) => other !== call).map((other) => deedText(other.args));
      const used = [index.outputTextOf(turn.id), ...deeds].find((text) =>
        quantitiesOf(text).some((q) => old.some((o) => o.unit === q.unit && o.value === q.value)),
      );
      if (!used) continue;
      const boundary = { from: handoff.from, to: turn.agent };
      findings.push(
        makeFinding({
          kind: 'stale_context',
          boundary,
          turnId: turn.id,
          handoffId: handoff.id,
          summary: `Stale context at boundary ${boundaryLabel(boundary)}: ${turn.agent} used ${call.name}'s figures after its brief said that source was behind`,
          evidence: [
            { label: 'brief', detail: quote(brief, 200), handoffId: handoff.id },
            { label: `tool ${call.name}`, detail: quote(textOf(call.result), 200), turnId: turn.id },
            { label: 'used', detail: quote(used, 200), turnId: turn.id },
          ],
        }),
      );
      break;
    }
  }
  return findings;
}

/** A code under its label: "colour 130", "col. 227", `"colour":"227"`, "bay no. 14" (no decimals, no unit after it). */
const LABELLED_CODE =
  /\b([A-Za-z]{3,})\.?"?\s*(?:no\.?\s*|#\s*|:\s*"?)?(\d{2,5}|[A-Z]{1,3}-?\d{1,5})(?![\w-]|[.,:/]\d|\s?(?:%|°|(?:mm|cm|m|km|kg|g|mg|t|l|ml|s|h|min|ms|kw|kwh|v|bar|psi|x|pcs|wks?|days?)\b))/g;
/** Sentences, an abbreviation's stop ("col. 227") ending none. */
const clausesOf = (text: string) =>
  text
    .split(/(?<=[.!?])\s+(?!\d)|\n+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
/** Words a clause sets a value with: "fabric CHANGED to …", "now …", "switched to …". */
const SETS = /\b(?:chang|switch|updat|amend|revis|correct|mov|replac)\w*\s+(?:over\s+)?to\b|\bnow\b/i;

interface Code {
  label: string;
  value: string;
}

/** The labelled codes of a text; with `set`, only those a clause sets as changed ("CHANGED to … colour 130"). */
function codesOf(text: string, set = false): Code[] {
  const out: Code[] = [];
  for (const sentence of clausesOf(text))
    for (const m of sentence.matchAll(LABELLED_CODE)) {
      const label = m[1]!.toLowerCase();
      if (STOP.has(label)) continue;
      // The clause before it: back to the last stop, dash or opening of a list item.
      const clause = sentence
        .slice(0, m.index)
        .split(/[;\n(]|\s[-–—]\s/)
        .at(-1)!;
      if (set && !SETS.test(clause)) continue;
      out.push({ label, value: m[2]!.toUpperCase().replace('-', '') });
    }
  return out;
}

/** One label abbreviating the other ("col" and "colour"), or the same. */
const sameLabel = (a: string, b: string) => (a.length <= b.length ? b.startsWith(a) : a.startsWith(b));

/** The sentence of a text that gives the old code under its label, when it never gives the current one. */
function givesOld(text: string, old: Code, current: Code): string | undefined {
  const codes = codesOf(text);
  if (codes.some((c) => sameLabel(c.label, current.label) && c.value === current.value)) return undefined;
  return clausesOf(text).find((sentence) =>
    codesOf(sentence).some((c) => sameLabel(c.label, old.label) && c.value === old.value),
  );
}

/**
 * A brief that says a code changed ("sofa fabric CHANGED to Hallingdal 65 colour 130"), whose
 * receiver looked the record up, found the old code under the same label ("col. 227") and went on
 * with it: in its own later calls or answer (stale in its own work, the boundary its brief came in
 * by) or in a brief it sent on (where that brief left).
 */
function changedCodesFromSource(index: TraceIndex): Finding[] {
  const findings: Finding[] = [];
  for (const handoff of index.trace.handoffs) {
    const turn = handoff.toTurnId ? index.turns.get(handoff.toTurnId) : undefined;
    if (!turn || turn.toolCalls.length === 0 || findings.some((f) => f.turnId === turn.id)) continue;
    const brief = handoff.task ?? handoff.content;
    if (!SETS.test(brief)) continue;
    const set = codesOf(brief, true);
    if (set.length === 0) continue;
    for (const [i, call] of turn.toolCalls.entries()) {
      const source = textOf(call.result);
      if (source.length > 20_000) continue;
      const pair = codesOf(source)
        .map((old) => ({
          old,
          current: set.find((c) => sameLabel(c.label, old.label) && c.value !== old.value),
        }))
        .find(
          (p): p is { old: Code; current: Code } =>
            !!p.current && !set.some((c) => sameLabel(c.label, p.old.label) && c.value === p.old.value),
        );
      if (!pair) continue;
      const sent = (index.outOf.get(turn.id) ?? []).filter((h) => h.to !== turn.agent && !isReply(index, h));
      const briefs = sent.map((h) => (h.task ?? h.content).slice(0, 60)).filter((text) => text !== '');
      const deeds = turn.toolCalls
        .slice(i + 1)
        .map((other) => deedText(other.args))
        .filter((args) => !briefs.some((text) => args.includes(text)));
      // Its own deeds first, then what it handed on, then its answer (often the brief itself).
      const acted = deeds.map((text) => givesOld(text, pair.old, pair.current)).find(Boolean);
      const onward = acted
        ? undefined
        : sent.find((h) => givesOld(h.task ?? h.content, pair.old, pair.current));
      const used =
        acted ??
        (onward
          ? givesOld(onward.task ?? onward.content, pair.old, pair.current)
          : givesOld(index.outputTextOf(turn.id), pair.old, pair.current));
      if (!used) continue;
      const boundary = onward ? { from: turn.agent, to: onward.to } : { from: handoff.from, to: turn.agent };
      const what = `${pair.old.label} ${pair.old.value}`;
      findings.push(
        makeFinding({
          kind: 'stale_context',
          boundary,
          turnId: turn.id,
          handoffId: (onward ?? handoff).id,
          summary: `Stale context at boundary ${boundaryLabel(boundary)}: ${turn.agent} used ${what} from ${call.name} after its brief said it changed to ${pair.current.label} ${pair.current.value}`,
          evidence: [
            { label: 'brief', detail: quote(brief, 200), handoffId: handoff.id },
            { label: `tool ${call.name}`, detail: quote(source, 200), turnId: turn.id },
            {
              label: 'used',
              detail: quote(used, 200),
              turnId: turn.id,
              ...(onward ? { handoffId: onward.id } : {}),
            },
          ],
        }),
      );
      break;
    }
  }
  return findings;
}
