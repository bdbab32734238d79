import type { TraceIndex } from '../diagnose/trace-index.ts';
import type { AgentTurn } from '../model/trace.ts';
import { isReply } from './turn-links.ts';

/** Errors a program reports about its own code, as opposed to the world it runs in (network, quota). */
const PROGRAM_ERROR =
  /\b(?:SyntaxError|NameError|TypeError|ImportError|ModuleNotFoundError|AttributeError|IndexError|KeyError|ValueError|ZeroDivisionError|ReferenceError|RangeError|IndentationError|UnboundLocalError|AssertionError|NotImplementedError|RecursionError|compilation (?:failed|error)|undefined reference|cannot find symbol|unexpected token|is not defined|is not a function|has no attribute)\b|Traceback \(most recent call last\)|\bexit ?code:? ?[1-9]|\bcommand not found\b|\bpanic:|\bsegmentation fault\b/i;
/** Text that carries code or a command to run. */
const CODE =
  /```|^\s*(?:def |class |import |from \S+ import|function |const |let |var |async |SELECT |INSERT |UPDATE |CREATE |#!|\$ |pip |npm |python )/im;

export interface Author {
  /** The turn that wrote the code. */
  id: string;
  agent: string;
  handoffId?: string;
}

/** Whether a text reports an error in a program's own code (not an outage or a quota). */
export function isProgramError(text: string): boolean {
  return PROGRAM_ERROR.test(text);
}

/**
 * The agent whose code a turn ran, when that turn is an executor (it ran code another agent sent
 * it and wrote none itself) and what went wrong is an error in the code itself: the fault is the
 * author's, not the messenger's.
 */
export function authorOf(index: TraceIndex, turn: AgentTurn, errorText: string): Author | undefined {
  if (!PROGRAM_ERROR.test(errorText)) return undefined;
  if (turn.modelCalls.some((call) => CODE.test(call.output))) return undefined; // it wrote code itself
  const tasks = (index.into.get(turn.id) ?? []).filter((handoff) => !isReply(index, handoff));
  for (const handoff of tasks.reverse()) {
    const sender = handoff.fromTurnId ? index.turns.get(handoff.fromTurnId) : undefined;
    if (!sender || sender.agent === turn.agent) continue;
    const sent = `${handoff.task ?? handoff.content}\n${index.outputTextOf(sender.id)}`;
    if (!CODE.test(sent)) continue;
    return { id: sender.id, agent: sender.agent, handoffId: handoff.id };
  }
  return undefined;
}
