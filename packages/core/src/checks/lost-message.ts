import type { TraceIndex } from '../diagnose/trace-index.ts';
import { textContainment, wordsOf } from '../lineage/fingerprint.ts';
import type { Finding, Handoff, Trace } from '../model/trace.ts';
import { escapeRegExp } from '../util/escape-reg-exp.ts';
import { parsedResult } from '../util/parsed-result.ts';
import { textOf } from '../util/text-of.ts';
import { boundaryLabel, makeFinding, quote } from './finding.ts';
import { handoffText, structuredText, valuesText } from './handoff-text.ts';
import { checkSkippedWorkers, routingChoices } from './skipped-worker.ts';
import { AGENT_SUFFIX, AGENT_TOOL, nameWords, sentencesOf } from './task-words.ts';
import { fannedOut, senderOf, shownText } from './turn-links.ts';
import { checkUndeliveredBriefs } from './undelivered-brief.ts';

const ANNOUNCE =
  /\b(?:pass(?:ed|es|ing)?|hand(?:ed|ing|s)?(?: it| this| \w+ \w+)? (?:off|over)|hand(?:ed|ing)|transferr?(?:ed|ing|s)?|sen[dt](?:ing|s)?|go(?:es|ing)?|forward(?:ed|ing|s)?|delegat(?:e|ed|es|ing)|escalat(?:e|ed|es|ing)|rout(?:e|ed|es|ing))\b(?:[^.\n]|(?<=\d)\.(?=\d)){0,64}?\bto\s+((?:[\p{L}\d_-]+\s+){0,3}[\p{L}\d_-]+)/giu;
/** Work said to sit with someone: "the e-AD is with our EMCS desk". */
const WITH = /\b(?:is|are|sits?|lies|now)\s+with\s+((?:[\p{L}\d_-]+\s+){0,3}[\p{L}\d_-]+)/giu;
/** Work said to be told to someone: "I've let our packing team know", "I have told the packing lead", "I have asked the belt inspector to …". */
const TOLD =
  /\b(?:let(?:ting)?\s+((?:[\p{L}\d_-]+\s+){0,3}?[\p{L}\d_-]+)\s+know|(?:told|informed|notified|alerted|asked|instructed|requested)\s+((?:our|the|your)\s+(?:[\p{L}\d_-]+\s+){0,2}[\p{L}\d_-]+))\b/giu;
/** Work said to sit with an agent named in full: "Packing lead has the kiwi -> pears swap". */
const HAS_IT = /\b([\p{L}\d_-]+\s+[\p{L}\d_-]+)\s+(?:has|have)\s+(?:got\s+)?(?:the|it|this|that|your)\b/giu;
/** Words that make what follows a condition: "once caving lead has the plan". */
const CONDITION = /\b(?:once|when|after|until|till|if|unless|as soon as|whether)\s*$/i;
/** Verbs of handing work on, in the languages teams write in (English has ANNOUNCE). */
const SEND_ELSEWHERE =
  /(?<![\p{L}])(?:devred(?:iyorum|ildi|iyoruz|eceğim)|ilet(?:tim|iyorum|ildi|eceğim)|gönder(?:iyorum|dim|ildi|eceğim)|übergebe|übergeben|weitergeleitet|leite\b[^.]{0,40}\bweiter|weiterleiten|transmets|transmise?s?|transférée?s?|confiée?s?|je transf[eè]re|pass(?:e|er|é) la main|je (?:te |vous )?confie|passo (?:a|para|il caso)|giro (?:a|il caso)|affido|le paso|traslado|gebe [^.]{0,30}\bweiter|geef [^.]{0,30}\bdoor|draag [^.]{0,30}\bover|transfiero|transferido|derivo|derivado|remito|(?:le|les) (?:pido|pedí|solicito|solicité|encargo|encargué)|(?:pido|pedí|solicito|solicité|encargo|encargué) a(?:l| la)?|peço a[oà]?|pedi a[oà]?|solicitei a[oà]?|je demande à|j['’]ai demandé à|chiedo a(?:l|lla)?|ho chiesto a(?:l|lla)?|beauftrage|habe [^.]{0,40}\bgebeten|heb [^.]{0,40}\bgevraagd|poprosiłe[mś]|poprosiłam|požádal[a]? jsem|megkértem|megkérem|encaminh(?:o|ei|ado)|repass(?:o|ei|ado)|inoltr(?:o|ato|ata)|trasferisco|trasferito|przekaz(?:uję|ałem|ałam|ane|any)|doorgestuurd|stuur\b[^.]{0,40}\bdoor|overgedragen|(?:di)?teruskan|(?:di)?serahkan|předávám|předám|předal[aiy]?|přeposílám|odovzdávam|передаю|передам|передал[аи]?|пересылаю|переслал[аи]?|передаємо|пересилаю|передав|передала|передали|переслав|переслала|доручив|доручила|поручил[аи]?|przekazał[aoy]?|przekazaliśmy|skickar vidare|lämnar över|vidarebefordrar|sender videre|videresender|overdrager|välitän|siirrän|προωθώ|διαβιβάζω|chuyển cho|chuyển sang|bàn giao|ipapasa|ipinasa|ipinadala|ipapadala|nimepeleka|ninapeleka|nitapeleka|nimetuma|ninatuma|nitatuma|továbbítom|átadom|továbbítottam|továbbítottuk|átadtam|átadtuk|predau|transmit|am transmis|am trimis|am predat|העברתי|אעביר|מעביר|מעבירה|أرسلت|سأرسل|حوّلت|حولت|أحلت|सौंप|ফরোয়ার্ড)(?![\p{L}])|(?:ส่งต่อ|ส่ง(?:เรื่อง|เคส|งาน)ต่อ|转交|转给|交给|移交|転送|回しました|引き継ぎ|引継ぎ|전달했|전달합니다|전달하겠|넘겼|넘기겠|이관했)/iu;
/** A text lower-cased with its accents taken off: "müşavirliğine" → "musavirligine". */
const folded = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/ł/g, 'l').toLowerCase();
/** An agent's own name, lower-cased, without the team path some runtimes give it ("lead/cek_kendaraan"). */
const bareName = (agent: string) => agent.toLowerCase().split('/').at(-1)!;
/** What every HAS_IT match holds, tested first: the full pattern tries every word pair. */
const HAS_IT_CUE = /\b(?:has|have)\s+(?:got\s+)?(?:the|it|this|that|your)\b/i;
/** Words right before a send that say it was not made: "did not", "won't", "no need to", "instead of". */
const NOT_SENT =
  /\b(?:not|n['’]t|never|no need to|no reason to|without|instead of|rather than|decided against|chose not to)\s*(?:\*\*|_)?\s*(?:\w+\s+)?(?:\*\*|_)?\s*$/i;
/** A send reported as done: "handed", "passed", "sent", "forwarded", "escalated". */
const DONE_SEND = /^(?:hand|pass|forward|transferr|escalat|rout|delegat)\w*ed\b|^sent\b/i;
const DETERMINER = new Set(['the', 'our', 'your', 'a', 'an', 'my', 'their', 'its']);
/** Words that name a role, not whose it is: "the EMCS desk" is the `emcs_clerk`. */
const ROLE = new Set(
  'agent agents bot clerk desk team crew lead manager coordinator specialist officer processor assistant worker service department dept unit office colleagues'.split(
    ' ',
  ),
);
/** A team named by what it does, not by an agent's name: "our payments team". */
const TEAM = /\b(?:team|crew|desk|department|dept|colleagues|unit|office)\b/i;

/**
 * A name's own words where a role word stands beside them ("refloat coordinator" → ["refloat"]), so
 * the agent may be named with another role word ("refloat team"); undefined for a name without one.
 */
function ownWords(words: readonly string[]): string[] | undefined {
  const own = words.filter((w) => !ROLE.has(w));
  return own.length > 0 && own.length < words.length && own.some((w) => w.length >= 4) ? own : undefined;
}

/** An agent's name word, or the activity it names ("conservation" for a `conservator`). */
function sameWord(said: string, name: string): boolean {
  if (said === name) return true;
  let prefix = 0;
  while (prefix < said.length && prefix < name.length && said[prefix] === name[prefix]) prefix++;
  return prefix >= 6 && prefix >= Math.min(said.length, name.length) - 3;
}

/**
 * How much of a message arrived: a structured one value by value (or, when the same payload went to
 * several receivers, whether this receiver got any part of it whole), a text by its shingles.
 */
function reachedShare(content: string, shown: string, anyPart = false): number {
  const lines = content.split('\n').filter((line) => line.trim() !== '');
  if (lines.length < 2) return textContainment(content, shown);
  let sum = 0;
  let best = 0;
  for (const line of lines) {
    const share = textContainment(line, shown);
    sum += share;
    best = Math.max(best, share);
  }
  return Math.max(anyPart ? best : sum / lines.length, textContainment(content, shown));
}

/** Figures and codes: "96", "2,150", "DB-44", "08.12", "₹25,60,000". */
const PARTICULAR = /(?<![\p{L}\d])\p{L}*\d(?:[\d.,:/-]*[\p{L}\d])?/gu;
const particularsOf = (text: string): Set<string> => new Set(text.match(PARTICULAR) ?? []);

/**
 * Whether most of the particulars a message added to what its sender was given (three at least)
 * reached the receiver: the message arrived reworded ("capacity 806 … 2,150 kg" as "2,150 kg in
 * stock"), not lost.
 */
function ownParticularsArrived(content: string, senderInput: string, shown: string): boolean {
  const given = particularsOf(senderInput);
  const own = [...particularsOf(content)].filter((p) => !given.has(p));
  if (own.length < 3) return false;
  const arrived = particularsOf(shown);
  if (own.filter((p) => arrived.has(p)).length < 0.6 * own.length) return false;
  // Reworded, every part of it still shows: a line with figures none of which arrived, and little of
  // its words, is a part that never got there ("12 Jain boxes" missing from the standard menu sent instead).
  return missingLine(content, shown) === undefined;
}

/**
 * A line of a message that never got there: it has figures of its own (not in its other lines: "3"
 * rotis in both the regular and the Jain line tells neither apart), none of which arrived, and little
 * of its words ("- 12 Jain: no onion or garlic …" missing from the standard menu sent instead).
 */
function missingLine(content: string, shown: string): string | undefined {
  const lines = content.split('\n').filter((line) => line.trim() !== '');
  if (lines.length < 2) return undefined;
  const arrived = particularsOf(shown);
  const figuresOf = lines.map((line) => [...particularsOf(line)]);
  return lines.find((line, i) => {
    const others = new Set(figuresOf.filter((_, j) => j !== i).flat());
    const own = figuresOf[i]!.filter((p) => !others.has(p));
    const figures = own.length > 0 ? own : figuresOf[i]!;
    return figures.length > 0 && !figures.some((p) => arrived.has(p)) && textContainment(line, shown) < 0.4;
  });
}

/**
 * A call named like a handoff tool that did work of its own instead (`transfer_to_bank` returning
 * `{"responseCode": "00", "sessionId": …}`): a record that never names the agent it would hand to.
 * Nobody was to receive anything.
 */
function workedAsTool(index: TraceIndex, handoff: Handoff): boolean {
  const name = handoff.metadata?.toolName;
  const turn = handoff.fromTurnId ? index.turns.get(handoff.fromTurnId) : undefined;
  if (typeof name !== 'string' || !turn) return false;
  return turn.toolCalls.some((call) => {
    if (call.name !== name || call.error || call.result === undefined) return false;
    const result = parsedResult(call.result, 20_000);
    if (!result || typeof result !== 'object' || Object.keys(result).length < 2) return false;
    const said = textOf(result).toLowerCase();
    return !nameWords(handoff.to)
      .toLowerCase()
      .split(/\s+/)
      .every((word) => said.includes(word));
  });
}

/**
 * Lost messages: a handoff whose content never reaches the receiver's input (a truncated history, a
 * dropped brief), a receiver that never ran, or a handoff announced in text but never made.
 */
export function checkLostMessages(index: TraceIndex, options: { threshold?: number } = {}): Finding[] {
  const threshold = options.threshold ?? 0.4;
  const findings: Finding[] = [];
  const { trace } = index;
  for (const handoff of trace.handoffs) {
    if (handoff.kind === 'return') continue;
    const boundary = { from: handoff.from, to: handoff.to };
    if (!handoff.toTurnId) {
      const ranLater = trace.turns.some(
        (turn) => turn.agent === handoff.to && turn.startedAt >= handoff.sentAt,
      );
      if (ranLater || trace.workflow.status === 'running' || workedAsTool(index, handoff)) continue;
      findings.push(
        makeFinding({
          kind: 'lost_message',
          boundary,
          handoffId: handoff.id,
          ...(handoff.fromTurnId ? { turnId: handoff.fromTurnId } : {}),
          summary: `Lost message at boundary ${boundaryLabel(boundary)}: ${handoff.to} never ran to receive it`,
          evidence: [
            {
              label: 'handoff',
              detail: `sent ${quote(handoff.content)}; no turn of ${handoff.to} followed`,
              handoffId: handoff.id,
            },
          ],
        }),
      );
      continue;
    }
    const content = handoffText(handoff, senderOf(index, handoff));
    if (content.trim() === '') continue;
    const shown = shownText(index, handoff.toTurnId);
    if (shown.trim() === '') continue; // the adapter did not record what the receiver saw
    const turn = index.turns.get(handoff.toTurnId);
    const argsText = (turn?.toolCalls ?? []).map((call) => valuesText(call.args)).join('\n');
    // One structured payload fanned out to several receivers: each takes its own part of it.
    const shared = fannedOut(index, handoff);
    const reached = reachedShare(content, shown, shared);
    // Mostly arrived, one part with its own figures did not: that part was lost on the way.
    const part =
      !shared && reached >= threshold && reached < 1 && handoff.fromTurnId
        ? missingLine(content, shown)
        : undefined;
    // What was sent and what the receiver was shown, as a lost message's finding.
    const lost = (summary: string, sent: string, arrived?: number) =>
      findings.push(
        makeFinding({
          kind: 'lost_message',
          boundary,
          handoffId: handoff.id,
          turnId: handoff.toTurnId,
          summary: `Lost message at boundary ${boundaryLabel(boundary)}: ${summary}`,
          evidence: [
            { label: 'sent', detail: quote(sent, 200), handoffId: handoff.id },
            {
              label: 'received',
              detail: quote(shown, 200),
              turnId: handoff.toTurnId,
              ...(arrived === undefined ? {} : { actual: `${Math.round(arrived * 100)}% of it arrived` }),
            },
          ],
        }),
      );
    if (part && wordsOf(part).length >= 4 && reachedShare(part, argsText) < threshold) {
      lost(`part of ${handoff.from}'s message never reached ${handoff.to}'s input: ${quote(part, 80)}`, part);
      continue;
    }
    if (reached >= threshold || reachedShare(content, argsText, shared) >= threshold) continue;
    // Reworded on the way (a program that summarises results), its own findings still arrived.
    if (handoff.fromTurnId && ownParticularsArrived(content, shownText(index, handoff.fromTurnId), shown))
      continue;
    lost(
      `${handoff.from}'s message never reached ${handoff.to}'s input (${Math.round(reached * 100)}% of it arrived)`,
      content,
      reached,
    );
  }
  // Handoffs announced in text but never made, to an agent that ran, one the turn's model was
  // offered as a tool (`transfer_to_billing`, `agent-billing`, `ask_billing`) or one the program's
  // graph declares next after the announcing agent.
  const ran = new Map(trace.turns.map((turn) => [turn.agent.toLowerCase(), turn.agent]));
  const ranNames = new Set(ran.values());
  for (const turn of trace.turns) {
    const output = index.outputTextOf(turn.id);
    const roster = new Map(ran);
    for (const agent of declaredNext(trace, turn.agent)) roster.set(agent.toLowerCase(), agent);
    const offered = new Set<string>();
    // A tool it called that gave a result did its work then (`transfer_to_bank` moving money): no
    // handoff to announce, whatever its name says.
    const called = new Set(turn.toolCalls.filter((call) => !call.error).map((call) => call.name));
    for (const call of turn.modelCalls) {
      for (const tool of call.tools ?? []) {
        const agent = called.has(tool) ? undefined : AGENT_TOOL.exec(tool)?.[1];
        if (!agent) continue;
        roster.set(agent.toLowerCase(), agent);
        offered.add(agent.toLowerCase());
      }
      for (const agent of routingChoices(call, turn.agent, ranNames)) roster.set(agent.toLowerCase(), agent);
    }
    // Agents the turn could hand to with a tool and did not, other than the one it came from.
    const came = new Set((index.into.get(turn.id) ?? []).map((h) => h.from.toLowerCase()));
    // (Never used at all: an agent that already worked in this run is not the unnamed team.)
    const unused = [...offered].filter(
      (name) =>
        name !== turn.agent.toLowerCase() &&
        !came.has(name) &&
        !ran.has(name) &&
        !(index.outOf.get(turn.id) ?? []).some((h) => h.to.toLowerCase() === name),
    );
    // `held`: a claim that the work sits with the target ("Packing lead has the swap"), true of a
    // handoff made before the turn as much as after it.
    const announced: { text: string; target: string; held?: boolean }[] = [];
    const written = [output, ...(index.outOf.get(turn.id) ?? []).map((h) => h.task ?? h.content)].join('\n');
    const claims = [
      ...output.matchAll(ANNOUNCE),
      ...output.matchAll(WITH),
      ...[...output.matchAll(TOLD)].map((m) =>
        Object.assign([m[0], (m[1] ?? m[2])!] as [string, string], { index: m.index }),
      ),
    ];
    // In other languages: a sentence with a verb of handing on that names a roster agent by its own
    // words, accents aside ("Dosyayı hukuk müşavirliğine devrediyorum" for `hukuk_musaviri`).
    // (What the model said beside its tool calls counts: "…devrediyorum" before a transfer.)
    const spoken = [written, ...turn.modelCalls.map((call) => call.output)].join('\n');
    if (SEND_ELSEWHERE.test(spoken))
      for (const sentence of sentencesOf(spoken)) {
        if (!SEND_ELSEWHERE.test(sentence)) continue;
        const said = folded(sentence).match(/[a-z\d]+/g) ?? [];
        for (const name of roster.keys()) {
          if (name === turn.agent.toLowerCase()) continue;
          const own = folded(nameWords(name))
            .split(/\s+/)
            .filter((w) => w.length >= 3 && !ROLE.has(w));
          if (own.length > 0 && own.every((w) => said.some((s) => sameWord(s, w))))
            announced.push({ text: sentence, target: name });
        }
      }
    for (const match of HAS_IT_CUE.test(written) ? written.matchAll(HAS_IT) : []) {
      // Only an agent named in full ("the box has the pears" names no one), or by its own words with
      // another role word ("Refloat team have the pontoons" for `refloat_coordinator`).
      const said = nameWords(match[1]!).toLowerCase();
      const saidOwn = ownWords(said.split(/\s+/))?.join(' ');
      const name = [...roster.keys()].find((n) => {
        if (n === turn.agent.toLowerCase()) return false;
        const full = nameWords(n).toLowerCase();
        return full === said || (saidOwn !== undefined && ownWords(full.split(/\s+/))?.join(' ') === saidOwn);
      });
      // "once caving lead has the plan": a condition, not a claim.
      if (CONDITION.test(written.slice(Math.max(0, match.index - 16), match.index))) continue;
      if (name) announced.push({ text: match[0], target: name, held: true });
    }
    for (const match of claims) {
      // "I did **not** pass it to the malware reverser": a send said not to have happened.
      if (NOT_SENT.test(output.slice(Math.max(0, match.index - 32), match.index))) continue;
      const said = nameWords(match[1]!)
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => !DETERMINER.has(w));
      const names = [...roster.keys()].filter((name) => name !== turn.agent.toLowerCase());
      const target =
        names.find((name) => {
          const words = nameWords(name).toLowerCase().split(/\s+/);
          const at = said.findIndex((w) => sameWord(w, words[0]!));
          return at >= 0 && at <= 1 && words.every((w, i) => sameWord(said[at + i] ?? '', w));
        }) ??
        // "our EMCS desk" for `emcs_clerk`, "conservation" for `conservator_agent`: the name's own
        // words, said with a role word where the name had one that is more than a suffix.
        names.find((name) => {
          const all = nameWords(name).toLowerCase().split(/\s+/);
          const own = all.filter((w) => !ROLE.has(w));
          if (own.length === 0 || !own.every((w) => said.some((s) => sameWord(s, w)))) return false;
          return (
            own.length > 1 ||
            all.every((w) => !ROLE.has(w) || AGENT_SUFFIX.has(w)) ||
            said.some((s) => ROLE.has(s))
          );
        }) ??
        // "our payments team", with one agent the turn was offered and never handed to.
        (TEAM.test(said.join(' ')) && unused.length === 1 ? unused[0] : undefined) ??
        // "I have handed … to maintenance" for `grip_maintenance`: said as done, a word of the one
        // offered agent never handed to ("pass to case bench", "route to heavy" advise, not report).
        (unused.length === 1 &&
        DONE_SEND.test(match[0]) &&
        nameWords(unused[0]!)
          .toLowerCase()
          .split(/\s+/)
          .some((w) => !ROLE.has(w) && w.length >= 4 && (said[0] === w || said[0] === `${w}s`))
          ? unused[0]
          : undefined);
      if (target) announced.push({ text: match[0], target });
    }
    // "lab_liaison does the pre-announcement": an agent it could call, named as the one to do the
    // work, in its answer or in a brief it sent another agent.
    for (const name of offered) {
      if (name === turn.agent.toLowerCase()) continue;
      // Its name as written or in words ("Medication checker is updating the MAR").
      const words = nameWords(name).toLowerCase().split(/\s+/);
      const spelled = words.map(escapeRegExp).join('[\\s_-]+');
      // Or by its own words with another role word: "accessibility team is setting up the lane".
      const own = ownWords(words);
      const team = own ? `|${own.map(escapeRegExp).join('[\\s_-]+')}[\\s_-]+(?:${[...ROLE].join('|')})` : '';
      const assigned = new RegExp(
        `(?<![\\w-])(?:${escapeRegExp(name)}|${spelled}${team})(?![\\w-])\\s+(?:does|will|is to|(?:is|are) (?:now )?[\\w-]+ing|handles|takes care of|should|must)\\b`,
        'i',
      ).exec(written);
      if (assigned) announced.push({ text: assigned[0], target: name });
    }
    // A turn that says in another language that it hands the work on ("Obě ulice předávám kolegyni
    // z informování občanů") and then hands nothing to anyone, with one agent it could hand to that
    // never ran: that one was announced, whatever words of that language named it.
    const handedOn = (index.outOf.get(turn.id) ?? []).some((h) => !came.has(h.to.toLowerCase()));
    if (announced.length === 0 && !handedOn && unused.length === 1) {
      // (In words no agent's name is in; English ones name their target, read above.)
      const claim = SEND_ELSEWHERE.test(spoken)
        ? sentencesOf(spoken).find((sentence) => SEND_ELSEWHERE.test(sentence))
        : undefined;
      if (claim) announced.push({ text: claim, target: unused[0]! });
    }
    // Who it told ("Please send her to the clinical hostels desk" to the router): the agents its
    // output went to and those that briefed it. A handoff one of them made to the target carried it.
    const told = new Set(
      [
        ...(index.outOf.get(turn.id) ?? []).map((h) => h.to),
        ...(index.into.get(turn.id) ?? []).map((h) => h.from),
      ].map((agent) => agent.toLowerCase()),
    );
    told.add(turn.agent.toLowerCase());
    for (const { text, target, held } of announced) {
      const made = trace.handoffs.some(
        (h) =>
          told.has(h.from.toLowerCase()) &&
          bareName(h.to) === bareName(target) &&
          (held || h.sentAt >= turn.startedAt),
      );
      // A later turn of the target that was shown this output got it some other way (shared state).
      const reached = trace.turns.some(
        (t) =>
          bareName(t.agent) === bareName(target) &&
          t.startedAt >= (turn.endedAt ?? turn.startedAt) &&
          textContainment(output, shownText(index, t.id)) >= threshold,
      );
      if (made || reached) continue;
      const boundary = { from: turn.agent, to: roster.get(target)! };
      findings.push(
        makeFinding({
          kind: 'lost_message',
          boundary,
          turnId: turn.id,
          mast: 'FM-2.4',
          summary: `Lost message at boundary ${boundaryLabel(boundary)}: ${turn.agent} announced ${quote(text, 50)} but no handoff followed${ran.has(target) ? '' : ` (${boundary.to} never ran)`}`,
          evidence: [{ label: 'announcement', detail: quote(output, 200), turnId: turn.id }],
        }),
      );
    }
  }
  findings.push(
    ...droppedBetweenSteps(index, threshold),
    ...checkSkippedWorkers(index),
    ...checkUndeliveredBriefs(index, threshold),
  );
  return findings;
}

/**
 * Steps run one after another by the program (separate model calls it chains itself): a step's
 * output that went nowhere — no handoff, no later turn shown it, not the answer — while the very
 * next step, by another agent, started from a prompt holding nothing any earlier step said. The
 * program dropped what one step handed the next.
 */
function droppedBetweenSteps(index: TraceIndex, threshold: number): Finding[] {
  const { trace } = index;
  if (trace.workflow.status === 'running') return [];
  const steps = trace.turns.filter((turn) => !turn.parentTurnId).sort((a, b) => a.startedAt - b.startedAt);
  const findings: Finding[] = [];
  for (const [i, sender] of steps.entries()) {
    const receiver = steps[i + 1];
    if (!receiver || sender.status !== 'ok' || sender.endedAt === undefined) continue;
    if (receiver.agent === sender.agent || receiver.startedAt < sender.endedAt) continue;
    if ((index.outOf.get(sender.id) ?? []).length > 0 || (index.into.get(receiver.id) ?? []).length > 0)
      continue;
    if (index.finalTurnIds.has(sender.id) || (index.consumers.get(sender.id)?.size ?? 0) > 0) continue;
    const output = structuredText(index.outputTextOf(sender.id));
    if (output.trim().split(/\s+/).length < 8) continue;
    const shown = shownText(index, receiver.id);
    if (shown.trim() === '') continue;
    // Two steps started from the same material (the user's request) are independent calls.
    const material = sender.input
      .filter((message) => message.role === 'user')
      .map((message) => message.content)
      .join('\n');
    if (material.trim() !== '' && textContainment(material, shown) >= threshold) continue;
    // A loop, not steps.slice(0, i + 1): copying every earlier step for each step was quadratic.
    let usedSomething = false;
    for (let j = 0; j <= i && !usedSomething; j++)
      usedSomething = textContainment(structuredText(index.outputTextOf(steps[j]!.id)), shown) >= threshold;
    if (
      usedSomething ||
      trace.turns.some(
        (later) =>
          later !== sender &&
          later.startedAt >= sender.endedAt! &&
          textContainment(output, shownText(index, later.id)) >= threshold,
      )
    )
      continue;
    const boundary = { from: sender.agent, to: receiver.agent };
    findings.push(
      makeFinding({
        kind: 'lost_message',
        boundary,
        turnId: receiver.id,
        summary: `Lost message at boundary ${boundaryLabel(boundary)}: ${sender.agent}'s output went to no one, and ${receiver.agent}, the next step, started without any of it`,
        evidence: [
          { label: 'sent', detail: quote(output, 200), turnId: sender.id },
          { label: 'received', detail: quote(shown, 200), turnId: receiver.id },
        ],
      }),
    );
  }
  return findings;
}

/** The agents a declared graph may run right after `agent`'s node. */
function declaredNext(trace: Trace, agent: string): string[] {
  const out: string[] = [];
  for (const graph of trace.topology ?? []) {
    const byId = new Map(graph.nodes.map((node) => [node.id, node]));
    const own = graph.nodes.filter((node) => node.agent === agent).map((node) => node.id);
    for (const edge of graph.edges) {
      const next = own.includes(edge.from) ? byId.get(edge.to)?.agent : undefined;
      if (next) out.push(next);
    }
  }
  return out;
}
