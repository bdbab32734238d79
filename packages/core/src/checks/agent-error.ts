import type { TraceIndex } from '../diagnose/trace-index.ts';
import { textTokens } from '../lineage/text-tokens.ts';
import type { AgentTurn, Finding, ToolCall } from '../model/trace.ts';
import { declaredNext } from '../topology/declared-next.ts';
import { parsedResult } from '../util/parsed-result.ts';
import { textOf } from '../util/text-of.ts';
import { authorOf, isProgramError } from './executor.ts';
import { boundaryLabel, makeFinding, quote } from './finding.ts';
import { FAILED, retriedAndWorked } from './lexicon.ts';
import { READS } from './prohibitions.ts';
import { nameWordList, sameStem, sentencesOf, stem, words } from './task-words.ts';
import { carrierOf, receiverOf } from './turn-links.ts';

const TIMEOUT = /timeout|timed out|aborted|AbortError|deadline/i;
/** A result that is an error report rather than data (a tool that returns its failure instead of throwing). */
const ERROR_RESULT =
  /^\s*(?:error|exception|traceback|fatal|failed|failure)\b|^\s*\{?\s*"?(?:error|errors|exception)"?\s*:|\b(?:4\d\d|5\d\d)\s+(?:Bad Request|Unauthorized|Forbidden|Not Found|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)\b/i;
/** Words with which an answer admits that something it needed did not work. */
const ADMITS =
  /\b(fail(?:ed|ure|s)?|error|unable|could(?:n'?t| not)|can(?:'?t|not)|unavailable|not available|did(?:n'?t| not) (?:work|return|succeed)|no (?:data|results?|response)|timed? ?out|down|outage|problem|issue|retry|try again|unknown|unclear|not sure|unconfirmed|unverified|rejected|refused|denied|declined|not (?:approved|granted|accepted|permitted))\b/i;

// What only sounds like an admission: an offer or a condition ("if anything is unclear", "in case
// of problems", "ping me should it fail") and a denial ("no issues", "without errors").
const NOT_ADMITTING =
  /\b(?:if|in case|should (?:it|anything|something|there|you)|unless)\b[^.;:!?,]*|\b(?:no|without|zero)\s+(?:known\s+)?(?:issues?|problems?|errors?|failures?)\b/gi;

/**
 * The same admissions in the other languages teams write in: failed, error, refused, rejected,
 * unavailable, down for maintenance, could not. Word stems where a language inflects them.
 */
const ADMITS_OTHER = new RegExp(
  String.raw`(?<![\p{L}])(?:${[
    // Portuguese, Spanish
    'falh(?:ou|aram|a|as)|erro|erros|recus(?:ou|aram|ad[oa]s?)|rejeitad[oa]s?|negad[oa]s?|indispon[íi]ve(?:l|is)|fora do ar|em manuten[çc][ãa]o|n[ãa]o (?:foi poss[íi]vel|consegui|conseguimos|funcionou|respondeu)',
    'fall(?:ó|aron)|fallid[oa]s?|error(?:es)?|rechaz(?:ó|aron|ad[oa]s?)|denegad[oa]s?|no disponible|ca[íi]d[oa]|en mantenimiento|no (?:fue posible|pude|pudimos|funcion[óo]|respondi[óo])',
    // French, Italian
    "[ée]chou[ée]e?s?|[ée]chec|erreur|refus[ée]e?s?|rejet[ée]e?s?|indisponible|en maintenance|impossible de|(?:n['’]a|n['’]ont|je n['’]ai|nous n['’]avons) pas pu",
    'fallit[oa]|errore|errori|rifiutat[oa]|respint[oa]|non disponibile|in manutenzione|impossibile|non (?:sono|siamo) riuscit[oi]|non ha funzionato',
    // German, Dutch
    'fehlgeschlagen|fehler|abgelehnt|verweigert|nicht verf[üu]gbar|wartungsarbeiten|in wartung|konnte nicht|nicht m[öo]glich',
    'mislukt|fout|geweigerd|afgewezen|niet beschikbaar|in onderhoud|kon niet',
    // Polish, Czech, Slovak
    'b[łl][ąa]d|b[łl][ęe]d(?:u|em|y|ów)|nie powiod[łl]\\p{L}*|nie uda[łl]o|odrzucon\\p{L}*|niedost[ęe]pn\\p{L}*|awari\\p{L}*|przerw\\p{L}* serwisow\\p{L}*',
    'chybu|chybou|selhal\\p{L}*|odm[íi]tnut\\p{L}*|zam[íi]tnut\\p{L}*|nedostupn\\p{L}*|nepoda[řr]ilo',
    // Nordic, Turkish, Indonesian, Russian and Ukrainian
    'misslyckades|mislykkedes|mislyktes|avvisad|avvist|afvist|avsl[åa]tt|ej tillg[äa]nglig|ikke tilg[æa]ngelig|ikke tilgjengelig',
    'hata|ba[şs]ar[ıi]s[ıi]z|reddedildi|gagal|ditolak|tidak tersedia',
    'ошибк\\p{L}*|не удалось|отклон[её]н\\p{L}*|недоступ\\p{L}*|помилк\\p{L}*|не вдалося',
    // Hungarian, Finnish, Romanian, Vietnamese
    'sikertelen|nem sikerült|hibára futott|hibával leállt|hibát jelzett|elutas[íi]tva|nem el[ée]rhet[őo]|ep[äa]onnistui|virhe\\p{L}*|hyl[äa]tty|ei saatavilla|e[șs]uat|eroare|respins[ăa]?|indisponibil',
    'không (?:đọc|kết nối|truy cập|gửi|thể|được)\\p{L}*|thất bại|lỗi|từ chối|không phản hồi',
    FAILED,
  ].join('|')})(?![\p{L}])`,
  'iu',
);
/** Denials in those languages: "sem erros", "sin errores", "ohne Fehler", "bez błędów", "không có lỗi". */
const NOT_ADMITTING_OTHER =
  /(?<![\p{L}])(?:(?:sem|sin|sans|senza|ohne|zonder|bez|utan|uden|uten|tanpa|без)\s+(?:\p{L}+\s+)?(?:erros?|errores|erreurs?|errori|fehlern?|fouten?|b[łl][ęe]d[óo]w|chyb|fel|feil|fejl|kesalahan|ошибок)|không (?:có )?lỗi|hiba nélkül|ilman virheitä|fără erori)(?![\p{L}])/giu;

/** Whether an answer says that something it needed did not work (a statement, not an offer). */
function admitsFailure(output: string): boolean {
  const stated = output.replace(NOT_ADMITTING, ' ');
  return ADMITS.test(stated) || ADMITS_OTHER.test(stated.replace(NOT_ADMITTING_OTHER, ' '));
}

/**
 * A placeholder where a figure with its unit would stand ("강수확률 -%, 풍속 - m/s", "n/a kg"): the
 * output shows the gap the failed call left rather than passing off values.
 */
const BLANK_FIGURE =
  /(?<![\w.,])(?:-|–|—|n\/a|N\/A|\?{1,3})\s?(?:%|°[CF]|(?:mm|cm|km|kg|mg|ml|kWh|MWh|kW|MW|Ah|dB|ppm|m\/s|km\/h|h|min|s|m|g|l|t)(?![\p{L}\d]))/u;
const leavesBlank = (output: string) => BLANK_FIGURE.test(output);

/** Whether the output names the HTTP status the tool failed with ("503", "HTTP 429"). */
function namesStatus(error: string, output: string): boolean {
  const status = /\b([45]\d\d)\b/.exec(error)?.[1];
  return status !== undefined && new RegExp(`(?<![\\d.,])${status}(?![\\d.,]\\d)`).test(output);
}

/** An answer that reports part of the work as not done: "137 of 140 posted", "3 still to go", "to be hand-delivered". */
function tellsPart(output: string): boolean {
  for (const m of output.matchAll(/\b(\d+)\s+of\s+(\d+)\b/g)) if (Number(m[1]) < Number(m[2])) return true;
  return /\b(?:remaining|outstanding|still to|to be|left to|not yet|pending)\b/i.test(output);
}

/**
 * Whether the output repeats two particulars of the failure that the turn had nowhere else (the
 * batch "ML-3310", "137" queued, addresses "22A", "22B"; not the scope ids an earlier lookup gave):
 * it speaks of what failed.
 */
function namesParticulars(error: string, output: string, known: () => string): boolean {
  if (!/\d/.test(error)) return false;
  const asked = known();
  const particulars = new Set(
    (error.match(/(?<![\w.-])[\w-]*\d[\w-]*(?![\w-])/g) ?? []).filter(
      (t) => t.length >= 3 && !asked.includes(t),
    ),
  );
  let named = 0;
  for (const token of particulars)
    if (new RegExp(`(?<![\\w-])${token}(?![\\w-])`).test(output) && ++named >= 2) return true;
  return false;
}

/**
 * Whether the output says the failure's own reason in its words: most of the words of five letters
 * or more that only the error gave, two at least ("késésmodul … nincs bekapcsolva" after "404 Not
 * Found: az időjárási késésmodul ehhez a körzethez nincs bekapcsolva").
 */
function restatesError(error: string, output: string, known: () => string): boolean {
  const words = new Set((error.toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter((w) => !HTTP_WORDS.has(w)));
  if (words.size < 2) return false;
  const said = new Set(output.toLowerCase().match(/\p{L}{5,}/gu) ?? []);
  if ([...words].filter((w) => said.has(w)).length < 2) return false;
  // Most of what only the error said: naming the thing that failed ("application HL-26-09921 …
  // Highways") is not telling why.
  const asked = known().toLowerCase();
  const own = [...words].filter((w) => !asked.includes(w));
  const told = own.filter((w) => said.has(w)).length;
  return told >= 2 && told * 2 >= own.length;
}
/** The words of an HTTP status line, which say nothing of the reason. */
const HTTP_WORDS = new Set([
  'found',
  'request',
  'unauthorized',
  'forbidden',
  'internal',
  'server',
  'error',
  'service',
  'unavailable',
  'gateway',
  'timeout',
  'conflict',
]);

/** Keys under which a result lists what failed, and statuses that say it did not all work. */
const FAILED_KEY =
  /^(?:failed|failures|errors|error|failed_?items|timed_?out|timeouts|rejected|rejections|declined|refused)$/i;
const FAILED_STATUS =
  /^(?:partial|partial_failure|partially_\w+|failed|failure|error|incomplete|timeout|timed_out|rejected|declined|refused|denied)$/i;

/**
 * A batch result that reports some of its items failed (`"failed": [{ "count": 6, "error":
 * "ETIMEDOUT" }]`, `"status": "PARTIAL"`): the call returned, but not all of it worked.
 */
function partialFailure(result: unknown): string | undefined {
  const fields = parsedResult(result, 100_000);
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return undefined;
  for (const [key, value] of Object.entries(fields)) {
    const failed =
      (FAILED_KEY.test(key) &&
        ((Array.isArray(value) && value.length > 0) ||
          (typeof value === 'number' && value > 0) ||
          (typeof value === 'string' && value.trim() !== '') ||
          (value !== null && typeof value === 'object' && Object.keys(value).length > 0))) ||
      (/(?:^|_)(?:status|state|outcome)$/i.test(key) &&
        typeof value === 'string' &&
        FAILED_STATUS.test(value.trim()));
    if (failed) return `${key}: ${JSON.stringify(value)}`.slice(0, 300);
  }
  return undefined;
}

/** The error a tool call ended with: a thrown error, or a result that reports one or a partial failure. */
export function toolFailure(call: ToolCall): string | undefined {
  if (call.error) return `${call.error.name}: ${call.error.message}`.trim();
  if (call.result === undefined || call.result === null) return undefined;
  const text = typeof call.result === 'string' ? call.result : JSON.stringify(call.result);
  // (A result that tells of a retry that then worked reports no failure: "de tweede poging is gelukt".)
  if (text.length <= 2000 && ERROR_RESULT.test(text) && !retriedAndWorked(text)) return text.slice(0, 300);
  return partialFailure(call.result);
}

/**
 * Agent errors: a turn that threw or timed out; a tool error passed on as the turn's answer; a tool
 * that failed (with no successful retry) while the turn went on to state results about what that
 * tool was asked, without admitting the failure. Errors in code another agent wrote are the author's.
 */
export function checkAgentErrors(index: TraceIndex): Finding[] {
  const findings: Finding[] = [];
  for (const turn of index.trace.turns) {
    const finding = turnError(index, turn) ?? codeError(index, turn) ?? toolError(index, turn);
    if (finding) findings.push(finding);
  }
  if (findings.length === 0) {
    const crash = programCrash(index);
    if (crash) findings.push(crash);
  }
  return findings;
}

/** Errors of a program reading an answer it expected in another shape. */
const PARSE_FAILED =
  /\b(?:SyntaxError|not valid JSON|Unexpected (?:token|end of JSON)|Cannot read propert(?:y|ies) of (?:undefined|null)|undefined is not an object|KeyError|ZodError)\b/;

/**
 * The program around the agents threw (a `JSON.parse` of an answer, a range check on a plan) and no
 * turn took the error: the agent whose output the error quotes (the text it choked on, a value it
 * rejected) gave the output the program could not use.
 */
function programCrash(index: TraceIndex): Finding | undefined {
  const { workflow } = index.trace;
  if (workflow.status !== 'error' || !workflow.error) return undefined;
  const message = `${workflow.error.name}: ${workflow.error.message}`;
  // Quoted as any language quotes: "…", “…”, «…», „…“, ‹…›, 「…」.
  const quoted = [...message.matchAll(/["'“‘«‹„‚「『]([^"'”’»›“‘」』]{4,})["'”’»›“‘」』]/g)].map(
    (m) => m[1]!,
  );
  const numbers = message.match(/\d+(?:[.,]\d+)?/g) ?? [];
  // Latest to end first; turns that end in the same millisecond, latest in trace order first.
  const ended = index.trace.turns
    .map((t, order) => ({ t, order }))
    .filter(({ t }) => t.status === 'ok' && t.endedAt !== undefined)
    .sort((a, b) => (b.t.endedAt ?? 0) - (a.t.endedAt ?? 0) || b.order - a.order)
    .map(({ t }) => t);
  const quoting = ended.find((t) => {
    const output = index.outputTextOf(t.id);
    if (output.trim() === '') return false;
    if (quoted.some((q) => output.includes(q.replace(/\.{3}$/, '')))) return true;
    const own = new Set(output.match(/\d+(?:[.,]\d+)?/g) ?? []);
    const task = index.trace.turns
      .filter((other) => other.id !== t.id)
      .map((other) => index.outputTextOf(other.id))
      .join('\n');
    // A value the turn introduced (not one it was handed) that the error names.
    return numbers.some(
      (n) => own.has(n) && !new RegExp(`(^|[^\\d.,])${n.replace('.', '\\.')}($|[^\\d])`).test(task),
    );
  });
  // A parse of an answer that failed on what the answer lacks ("Cannot read properties of undefined
  // (reading 'fine_total')", "Unexpected token … is not valid JSON"): the program choked on the last
  // answer it was handed, whose text names none of what the error quotes.
  const last = ended.find((t) => index.outputTextOf(t.id).trim() !== '');
  const turn = quoting ?? (last && PARSE_FAILED.test(message) ? last : undefined);
  if (!turn) return undefined;
  const base = atTurn(index, turn, true);
  return makeFinding({
    ...base,
    summary: `Agent error at boundary ${boundaryLabel(base.boundary)}: the program failed on ${turn.agent}'s output (${message.slice(0, 120)})`,
    evidence: [
      { label: 'program error', detail: message.slice(0, 300) },
      { label: 'output', detail: quote(index.outputTextOf(turn.id), 200), turnId: turn.id },
    ],
  });
}

/**
 * A tool of an executor (a test runner, an interpreter) that reported an error in the code the turn
 * was given, never fixed by a later clean run: the author's code failed.
 */
function codeError(index: TraceIndex, turn: AgentTurn): Finding | undefined {
  for (const call of turn.toolCalls) {
    const text = toolFailure(call) ?? textOf(call.result);
    if (!isProgramError(text)) continue;
    const author = authorOf(index, turn, text);
    if (!author) continue;
    if (fixedLater(index, turn, call)) return undefined;
    const boundary = { from: author.agent, to: author.to };
    return makeFinding({
      kind: 'agent_error',
      boundary,
      turnId: author.id,
      ...(author.handoffId ? { handoffId: author.handoffId } : {}),
      summary: `Agent error at boundary ${boundaryLabel(boundary)}: the code ${author.agent} wrote failed when ${turn.agent} ran it with ${call.name} (${firstErrorLine(text)})`,
      evidence: [
        { label: `tool ${call.name}`, detail: text.slice(0, 300), turnId: turn.id },
        { label: 'author', detail: `${author.agent} sent the code ${turn.agent} ran`, turnId: author.id },
      ],
    });
  }
  return undefined;
}

/** A later run of the same tool (in this turn or a later turn of the same agent) that came back clean. */
function fixedLater(index: TraceIndex, turn: AgentTurn, failed: ToolCall): boolean {
  const turns = index.trace.turns;
  const at = turns.indexOf(turn);
  return turns.some((other, position) => {
    if (other.agent !== turn.agent || position < at) return false;
    const calls =
      other === turn ? other.toolCalls.slice(other.toolCalls.indexOf(failed) + 1) : other.toolCalls;
    return calls.some(
      (call) => call.name === failed.name && !isProgramError(toolFailure(call) ?? textOf(call.result)),
    );
  });
}

/** A later turn of the same runner whose output reports no error in the code: the code was fixed. */
function ranCleanLater(index: TraceIndex, turn: AgentTurn): boolean {
  const turns = index.trace.turns;
  return turns
    .slice(turns.indexOf(turn) + 1)
    .some(
      (other) =>
        other.agent === turn.agent && other.status === 'ok' && !isProgramError(index.outputTextOf(other.id)),
    );
}

function firstErrorLine(text: string): string {
  const line = text.split('\n').find((l) => isProgramError(l)) ?? text.split('\n')[0]!;
  return line.trim().slice(0, 120);
}

function turnError(index: TraceIndex, turn: AgentTurn): Finding | undefined {
  const error = turn.errors[0];
  const failed = turn.status === 'error' || error !== undefined;
  // An executor that ran someone's code reports the code's error as its output, not as a throw.
  // (Only a runner that called no model reports through its output; agents report through tools.)
  if (!failed && turn.modelCalls.length > 0) return undefined;
  const what = failed ? (error ? `${error.name}: ${error.message}` : 'failed') : index.outputTextOf(turn.id);
  const author = authorOf(index, turn, what);
  if (!failed && !author) return undefined;
  if (author && !failed && ranCleanLater(index, turn)) return undefined;
  if (author) {
    const boundary = { from: author.agent, to: author.to };
    return makeFinding({
      kind: 'agent_error',
      boundary,
      turnId: author.id,
      ...(author.handoffId ? { handoffId: author.handoffId } : {}),
      summary: `Agent error at boundary ${boundaryLabel(boundary)}: the code ${author.agent} wrote failed when ${turn.agent} ran it (${what.slice(0, 120)})`,
      evidence: [
        { label: 'error', detail: what, turnId: turn.id },
        { label: 'author', detail: `${author.agent} sent the code ${turn.agent} ran`, turnId: author.id },
      ],
    });
  }
  const timeout = TIMEOUT.test(what);
  const base = atTurn(index, turn, failed);
  return makeFinding({
    ...base,
    summary: `Agent error at boundary ${boundaryLabel(base.boundary)}: ${turn.agent} ${timeout ? 'timed out' : 'threw'} (${what.slice(0, 120)})`,
    evidence: [{ label: timeout ? 'timeout' : 'error', detail: what, turnId: turn.id }],
  });
}

/**
 * An agent error of `turn`, at the boundary where it hands on. When the run stopped at this turn
 * (`stopped`: it threw, or the program threw on its answer) and nothing shows where its output was
 * going, the boundary is the agent the program declared next, if it declared exactly one.
 */
function atTurn(index: TraceIndex, turn: AgentTurn, stopped = false) {
  const outgoing = carrierOf(index, turn.id);
  const receiver = receiverOf(index, turn.id);
  const declared =
    stopped && receiver === '(output)' && index.trace.workflow.status === 'error'
      ? declaredNext(index.trace, turn)
      : undefined;
  return {
    kind: 'agent_error' as const,
    boundary: { from: turn.agent, to: declared ?? receiver },
    turnId: turn.id,
    ...(outgoing ? { handoffId: outgoing.id } : {}),
  };
}

function toolError(index: TraceIndex, turn: AgentTurn): Finding | undefined {
  const output = index.outputTextOf(turn.id);
  if (output.trim() === '') return undefined; // an empty answer is the quality check's to judge
  const base = atTurn(index, turn);
  const { boundary } = base;
  for (const call of turn.toolCalls) {
    const failure = toolFailure(call);
    if (!failure) continue;
    // A later successful call of the same tool is a retry that recovered (another seat after the
    // first was taken). Where the agent was going through items one by one (segments 1, 2, 3, 4),
    // only the failed item asked again recovers it: the next item leaves it open.
    // Calls in one millisecond (fast tools, whole-second logs) keep the order they were recorded in.
    const at = turn.toolCalls.indexOf(call);
    const earlier = (other: ToolCall) =>
      other.startedAt < call.startedAt ||
      (other.startedAt === call.startedAt && turn.toolCalls.indexOf(other) < at);
    const same = turn.toolCalls.filter((other) => other !== call && other.name === call.name);
    const iterating = same.some((other) => earlier(other) && !sameQuestion(call.args, other.args));
    // Nor does a call about another item the task itself lists (oat milk from Oat Co after the
    // Greenleaf castile order failed): that item was asked for too, the failed one is still open.
    const input = index.inputTextOf(turn.id).toLowerCase();
    if (
      same.some(
        (other) =>
          !earlier(other) &&
          !toolFailure(other) &&
          (!iterating || sameQuestion(call.args, other.args)) &&
          !otherListedItem(call.args, other.args, input),
      )
    )
      continue;
    // Nor does the same deed done another way after it (`enviar_portal` failed, `enviar_sftp` sent
    // the same file): a fallback that worked.
    if (turn.toolCalls.some((other) => !earlier(other) && other !== call && fallbackFor(call, other)))
      continue;
    const message = (call.error?.message ?? failure).trim();
    const head = message.split('\n')[0]!.slice(0, 80);
    if (head.length >= 4 && output.toLowerCase().includes(head.toLowerCase())) {
      return makeFinding({
        ...base,
        summary: `Agent error at boundary ${boundaryLabel(boundary)}: ${turn.agent}'s tool ${call.name} failed (${head}) and the error text was passed on as its answer`,
        evidence: [
          { label: `tool ${call.name}`, detail: failure.slice(0, 200), turnId: turn.id },
          { label: 'output', detail: quote(output, 200), turnId: turn.id },
        ],
      });
    }
    // It says the failure in its own words, or names the failure's status code ("feed returns 503").
    // What the turn had besides the failure: the call, its other calls' results and its input.
    const known = () =>
      [
        JSON.stringify(call.args ?? ''),
        index.inputTextOf(turn.id),
        ...turn.toolCalls
          .filter((other) => other !== call)
          .map((other) => JSON.stringify(other.result ?? '')),
      ].join('\n');
    if (
      admitsFailure(output) ||
      leavesBlank(output) ||
      namesStatus(message, output) ||
      (tellsPart(output) && namesParticulars(message, output, known)) ||
      restatesError(message, output, known)
    )
      continue;
    if (
      !claimsAbout(call, output) &&
      !namesItsCode(message, output) &&
      !claimsItsWork(turn, call, output, agentsOf(index))
    )
      continue;
    return makeFinding({
      ...base,
      summary: `Agent error at boundary ${boundaryLabel(boundary)}: ${turn.agent}'s tool ${call.name} failed (${head}), yet ${turn.agent} reported results about it as if it had worked`,
      evidence: [
        { label: `tool ${call.name}`, detail: failure.slice(0, 200), turnId: turn.id },
        { label: 'claim', detail: quote(output, 200), turnId: turn.id },
      ],
    });
  }
  return undefined;
}

/** Argument keys a retry may change without asking about something else: timeouts, limits, attempts. */
const SETTING_KEY = /timeout|retr|limit|page|size|wait|delay|attempt|max|min|backoff|fast|mode|force/i;

/** A value naming one item of a series: a number or a short code with a digit ("3", "seg-3", "B12"). */
const ITEM = /^(?=[\w.-]{1,24}$)[\w.-]*\d[\w.-]*$/;

/**
 * Whether two calls ask about the same thing: no argument other than a setting names another item
 * (segment 4 for segment 3). A reworded query is the same question asked again.
 */
function sameQuestion(a: unknown, b: unknown): boolean {
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) || Array.isArray(b))
    return true;
  const other = b as Record<string, unknown>;
  return Object.entries(a as Record<string, unknown>).every(([key, value]) => {
    if (SETTING_KEY.test(key) || !(key in other)) return true;
    const [was, now] = [String(value).trim(), String(other[key]).trim()];
    return was.toLowerCase() === now.toLowerCase() || !ITEM.test(was) || !ITEM.test(now);
  });
}

/**
 * Whether a later call asks about another item the turn's input lists beside the failed one: an
 * argument (other than a setting) whose value differs, with both values named in the input.
 */
function otherListedItem(failed: unknown, later: unknown, input: string): boolean {
  if (!failed || !later || typeof failed !== 'object' || typeof later !== 'object') return false;
  const other = later as Record<string, unknown>;
  return Object.entries(failed as Record<string, unknown>).some(([key, value]) => {
    if (
      SETTING_KEY.test(key) ||
      !(key in other) ||
      typeof value !== 'string' ||
      typeof other[key] !== 'string'
    )
      return false;
    const [was, now] = [value.trim().toLowerCase(), (other[key] as string).trim().toLowerCase()];
    return was.length >= 2 && now.length >= 2 && was !== now && input.includes(was) && input.includes(now);
  });
}

/** Every value of a call's arguments, in arrays and nested objects too (not the keys). */
function argValues(args: unknown, depth = 0): string {
  if (args === null || args === undefined || depth > 6) return '';
  if (typeof args !== 'object') return String(args);
  const values = Array.isArray(args) ? args : Object.values(args as Record<string, unknown>);
  return values.map((value) => argValues(value, depth + 1)).join(' ');
}

/**
 * A later call that did what a failed one was for, another way: a tool whose name begins with the
 * same verb (`odeslat_ds` → `odeslat_postou`, `enviar_portal_ressegurador` → `enviar_sftp`), that
 * worked, and was given one of the failed call's own values that name a thing (a reference, a file).
 */
function fallbackFor(failed: ToolCall, other: ToolCall): boolean {
  const verb = nameWordList(failed.name)[0];
  if (!verb || verb.length < 4 || READS.has(verb) || other.name === failed.name) return false;
  if (nameWordList(other.name)[0] !== verb || toolFailure(other)) return false;
  const named = (args: unknown) =>
    new Set(
      argValues(args)
        .split(/\s+/)
        .filter((value) => value.length >= 6 && /\d/.test(value) && /[\p{L}/._-]/u.test(value)),
    );
  const own = named(failed.args);
  return [...named(other.args)].some((value) => own.has(value));
}

/** Whether an output speaks about what a tool call was asked (its distinctive argument values). */
function claimsAbout(call: ToolCall, output: string): boolean {
  const values = argValues(call.args);
  // Codes of letters and digits ("B1", "P7") are what ids look like, however short.
  const codes = values.match(/\b\p{L}{1,4}-?\d{1,4}\b/gu) ?? [];
  if (codes.some((code) => new RegExp(`\\b${code}\\b`, 'i').test(output))) return true;
  const asked = [...textTokens(values)].filter((t) => t.startsWith('#') || t.length >= 4);
  if (asked.length === 0) return codes.length === 0; // no arguments: the answer rests on it as a whole
  const said = textTokens(output);
  return asked.some((token) => said.has(token));
}

/**
 * Whether the output names a code only the failure gave ("application HL-26-09921 lodged" after
 * the portal rejected HL-26-09921): it reports on that very call.
 */
function namesItsCode(failure: string, output: string): boolean {
  const codes = failure.match(/(?<![\w-])(?=[\w-]*\d)[A-Za-z][\w-]*\d[\w-]*(?![\w-])/g) ?? [];
  return codes.some((code) => code.length >= 5 && new RegExp(`(?<![\\w-])${code}(?![\\w-])`).test(output));
}

/** The run's agent names of four letters or more, for telling handoff tools from work. */
const agentsOf = (index: TraceIndex): string[] =>
  [...new Set(index.trace.turns.map((turn) => turn.agent.split('/').at(-1)!))].filter((a) => a.length >= 4);

/** Verbs of doing that say nothing about what a tool works on. */
const DOES = new Set(
  'create update send post run call compute apply submit process make tool service data info'.split(' '),
);

/**
 * Whether an output reports results of the work only the failed tool was there for: a figure in a
 * sentence with a word of its name (`state_withholding` → "state") that no tool of the turn that
 * worked shares, with no call after the failure that could have stood in for it (a fallback).
 */
function claimsItsWork(turn: AgentTurn, call: ToolCall, output: string, agents: readonly string[]): boolean {
  // A handoff tool (`transfer_to_payslip_writer`) hands the work on; it does none of it.
  const work = turn.toolCalls.filter((other) => !agents.some((agent) => other.name.includes(agent)));
  if (work.some((other) => other.startedAt > call.startedAt && !toolFailure(other))) return false;
  const worked = work
    .filter((other) => other !== call && !toolFailure(other))
    .flatMap((other) => nameWordList(other.name));
  const own = nameWordList(call.name).filter(
    (word) =>
      word.length >= 4 &&
      !READS.has(word) &&
      !DOES.has(word) &&
      !worked.some((other) => sameStem(stem(other), stem(word))),
  );
  if (own.length === 0) return false;
  // A result is a figure stated about that work ("state tax applied for the 38 employees"); "I ran
  // the lookup" says what it did, not what came of it.
  return sentencesOf(output).some(
    (sentence) =>
      /\d/.test(sentence) &&
      words(sentence).some((said) => own.some((word) => sameStem(stem(said), stem(word)))),
  );
}
