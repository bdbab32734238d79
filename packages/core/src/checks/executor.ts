import type { TraceIndex } from '../diagnose/trace-index.ts';
import { textContainment } from '../lineage/fingerprint.ts';
import type { AgentTurn } from '../model/trace.ts';
import { textOf } from '../util/text-of.ts';
import { structuredText } from './handoff-text.ts';
import { carrierOf, receiverOf, shownText } from './turn-links.ts';

/** Errors a program reports about its own code, as opposed to the world it runs in (network, quota). */
const PROGRAM_ERROR =
  /\b(?:SyntaxError|NameError|TypeError|ImportError|ModuleNotFoundError|AttributeError|IndexError|KeyError|ValueError|ZeroDivisionError|ReferenceError|RangeError|IndentationError|UnboundLocalError|AssertionError|NotImplementedError|RecursionError|compilation (?:failed|error)|undefined reference|cannot find symbol|unexpected token|is not defined|is not a function|has no attribute|invalid identifier|no such (?:column|table)|unknown column|column "?[\w.]+"? does not exist|syntax error at or near)\b|Traceback \(most recent call last\)|\bexit ?code:? ?[1-9]|\bcommand not found\b|\bpanic:|\bsegmentation fault\b/i;
/** Lines of code or commands: fenced blocks, statements, shell lines. */
const CODE_BLOCK = /```[\w-]*\n([\s\S]*?)```/g;
// Code keywords are lower case (SQL's are upper case, or lower case in a whole statement): prose
// lines that start "Let me know", "Update from my side" or "Select the cheapest" are no code.
const CODE_LINE =
  /^[ \t]*(?:def \w+\(|class \w+[(:]|import [\w.{* ]+|from [\w.]+ import|function\s*\w*\(|(?:const|let|var) [\w{}[\], ]+=|async (?:def|function)|return\b[^\n]*[;()[\]]|if .*:$|for .*:$|#!|\$ \S|pip install|npm (?:i|install|run) |python3? \S).*$|\b(?:SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE TABLE)\b[^\n]*?\b(?:FROM|VALUES|SET|WHERE|\()[^\n]*|^[ \t]*(?:SELECT|WITH \w+ AS)\b.*$|\bselect\s[^\n]*?\sfrom\s+[\w."]+\s*(?:where\b|join\b|;|$)[^\n]*/gm;

/** Whether a text reports an error in a program's own code (not an outage or a quota). */
export function isProgramError(text: string): boolean {
  return PROGRAM_ERROR.test(text);
}

/** The code a text carries (fenced blocks, else code-looking lines), or ''. */
export function codeIn(text: string): string {
  const blocks = [...text.matchAll(CODE_BLOCK)].map((m) => m[1]!);
  if (blocks.length > 0) return blocks.join('\n');
  return [...text.matchAll(CODE_LINE)].map((m) => m[0].trim()).join('\n');
}

export interface Author {
  /** The turn that wrote the code. */
  id: string;
  agent: string;
  /** Where the author's output went (a relay, or the runner itself). */
  to: string;
  handoffId?: string;
}

/**
 * The agent whose code a turn ran, when that turn is an executor (it ran code it was given and
 * wrote none itself) and what went wrong is an error in the code itself: the fault is the author's
 * — the earliest turn whose own output holds that code, even when others relayed it — not the
 * messenger's.
 */
export function authorOf(index: TraceIndex, turn: AgentTurn, errorText: string): Author | undefined {
  if (!PROGRAM_ERROR.test(errorText)) return undefined;
  const code = codeIn(shownText(index, turn.id));
  if (code.trim() === '') return undefined;
  // It wrote code itself; code it only quotes from what it ran or what that printed (the failing
  // line under a traceback) is no code of its own.
  const ran = `${code}\n${turn.toolCalls.map((call) => textOf(call.result)).join('\n')}`;
  if (
    turn.modelCalls.some((call) => {
      const own = codeIn(call.output);
      return own !== '' && textContainment(own, ran) < 0.6;
    })
  )
    return undefined;
  const author = index.trace.turns.find(
    (other) =>
      other.agent !== turn.agent &&
      other.startedAt <= turn.startedAt &&
      textContainment(code, structuredText(index.outputTextOf(other.id))) >= 0.6,
  );
  if (!author) return undefined;
  const carrier = carrierOf(index, author.id);
  return {
    id: author.id,
    agent: author.agent,
    to: carrier?.to ?? receiverOf(index, author.id),
    ...(carrier ? { handoffId: carrier.id } : {}),
  };
}
