/**
 * An agent handed a second, different task that answers with its answer to the first: asked to fit
 * "Mossy, 14.1 hh Welsh D cob" after "Bramble, 16.2 hh", it repeats Bramble's saddle and price and
 * names nothing of Mossy. It answered the earlier question, not the one it was given.
 */
import type { TraceIndex } from '../diagnose/trace-index.ts';
import { textContainment } from '../lineage/fingerprint.ts';
import type { AgentTurn, Handoff } from '../model/trace.ts';
import { STOP } from './task-words.ts';

const distinct = (text: string) =>
  new Set(
    (text.toLowerCase().match(/[\p{L}\d][\p{L}\d.-]*/gu) ?? []).filter((w) => w.length >= 3 && !STOP.has(w)),
  );
/** What names a task's subject: its capitalised words and its figures ("Mossy", "Welsh", "14.1"). */
const namesOf = (text: string) =>
  new Set(
    (text.match(/[\p{L}\d][\p{L}\d.-]*/gu) ?? [])
      .filter((w) => (/^\p{Lu}\p{Ll}{2,}$/u.test(w) || /\d/.test(w)) && !STOP.has(w.toLowerCase()))
      .map((w) => w.toLowerCase().replace(/\.$/, '')),
  );

/** Each agent's first turn, found once per trace. */
const firsts = new WeakMap<TraceIndex, Map<string, AgentTurn>>();
function firstTurnOf(index: TraceIndex, agent: string): AgentTurn | undefined {
  let map = firsts.get(index);
  if (!map) {
    map = new Map();
    for (const turn of index.trace.turns) if (!map.has(turn.agent)) map.set(turn.agent, turn);
    firsts.set(index, map);
  }
  return map.get(agent);
}

export function reusedAnswer(
  index: TraceIndex,
  handoff: Handoff,
  task: string,
): { earlier: string; answer: string } | undefined {
  const turn = handoff.toTurnId ? index.turns.get(handoff.toTurnId) : undefined;
  if (!turn) return undefined;
  const answer = index.outputTextOf(turn.id);
  if (answer.length < 20) return undefined;
  // The same agent's first turn, when it came before this one with another task.
  const earlier = firstTurnOf(index, turn.agent);
  if (!earlier || earlier.id === turn.id || (earlier.endedAt ?? earlier.startedAt) > turn.startedAt)
    return undefined;
  const before = earlier && (index.into.get(earlier.id) ?? [])[0];
  if (!earlier || !before) return undefined;
  const earlierTask = before.task ?? before.content;
  const earlierAnswer = index.outputTextOf(earlier.id);
  if (earlierTask === task || textContainment(answer, earlierAnswer) < 0.6) return undefined;
  // The new task's own words (the subject it names that the earlier task did not): none in the answer.
  // A task that takes the earlier answer up (review feedback: "your plan puts 10 pallets on T1–T3")
  // asks about that answer: repeating it is a loop's business, not a misread.
  const earlierNames = namesOf(earlierTask);
  if ([...namesOf(task)].some((w) => namesOf(earlierAnswer).has(w) && !earlierNames.has(w))) return undefined;
  const old = new Set([...distinct(earlierTask), ...earlierNames]);
  const own = [...namesOf(task)].filter((w) => !old.has(w));
  if (own.length < 2) return undefined;
  const said = distinct(answer);
  if (own.some((w) => said.has(w))) return undefined;
  // And it gives the earlier answer's own particulars again ("Ashby GP", "17.5", "£1,485").
  const asked = namesOf(task);
  const repeated = [...namesOf(answer)].filter((w) => namesOf(earlierAnswer).has(w) && !asked.has(w));
  if (repeated.length < 2) return undefined;
  return { earlier: earlierAnswer, answer };
}
