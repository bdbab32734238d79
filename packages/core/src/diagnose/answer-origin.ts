import { wordsOf } from '../lineage/fingerprint.ts';
import type { AgentTurn } from '../model/trace.ts';
import { textOf } from '../util/text-of.ts';
import type { TraceIndex } from './trace-index.ts';

/** Where the final answer's content came from: the first turn that produced most of it. */
export interface AnswerOrigin {
  turnId: string;
  /** The answer's distinctive terms this turn produced first. */
  terms: string[];
  /** Share of the answer's distinctive terms that this turn introduced. */
  share: number;
  /** True when the terms came from a tool or program the turn ran, not from its own words. */
  viaTool: boolean;
}

const BOLD = /\*\*([^*\n]{1,160})\*\*/g;
const BOXED = /\\boxed\{([^}]{1,160})\}/g;
const ANSWER_CUE =
  /\b(?:final answer|answer|solution)\b(?:\s+(?:is|was|would be|should be|=))?\s*[:=]?\s*([^\n]{1,200})/gi;
const RESULT_CUE =
  /\b(?:result|conclusion|total|output|therefore|thus)\b(?:\s+(?:is|was|would be|should be|=))?\s*[:=,]?\s*([^\n]{1,200})/gi;
const NUMBER = /(?<![\w.])-?\d[\d,]*(?:\.\d+)?/g;
const NAME = /(?<![\w'])[A-Z][\p{L}\d'-]*/gu;
const QUOTED = /["“`']([^"”`'\n]{2,80})["”`']/g;

/** Words every answer uses: they say nothing about where an answer came from. */
const COMMON = new Set(
  `the a an and or of to in on at by for with from as is are was were be it its this that these those there their
  they we our you your i he she his her them which who what when where why how not no yes all any each both more
  most other some such only so than then here also per via answer final result results conclusion solution total
  output therefore thus hence based given using confirmed verified correct accurate task step steps let lets
  terminate agree agreed everyone great however since after before now next first second finally note`.split(
    /\s+/,
  ),
);

/** Where a capitalised word starts a sentence, a line or a list item: capitals there say nothing. */
const SENTENCE_START = /(?:^|[.!?:]\s+|\n[\s>#*+\-\d.)]*)$/;

/** The distinctive terms of a text: numbers, capitalised names and quoted strings, lower-cased. */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const [number] of text.matchAll(NUMBER)) out.push(number.replace(/,/g, ''));
  for (const match of text.matchAll(NAME)) {
    const word = match[0].toLowerCase().replace(/['-]+$/, '');
    if (word.length < 2 || COMMON.has(word)) continue;
    if (SENTENCE_START.test(text.slice(Math.max(0, match.index - 12), match.index).replace(/\*+$/, '')))
      continue;
    out.push(word);
  }
  for (const [, quoted] of text.matchAll(QUOTED))
    for (const word of wordsOf(quoted!)) if (word.length >= 3 && !COMMON.has(word)) out.push(word);
  return out;
}

/** The phrases of a final output that state its answer (bold, \boxed{}, "the answer is …"), else its end. */
export function answerPhrases(text: string): string[] {
  for (const patterns of [[BOLD, BOXED, ANSWER_CUE], [RESULT_CUE]]) {
    const phrases = patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1]!));
    if (phrases.some((phrase) => termsOf(phrase).length > 0)) return phrases;
  }
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).filter((s) => /\w/.test(s));
  return sentences.slice(-2);
}

/** A turn's own content: its words and what its tools and programs returned. */
function ownContent(turn: AgentTurn): { words: string; tools: string } {
  return { words: turn.output ?? '', tools: turn.toolCalls.map((call) => textOf(call.result)).join('\n') };
}

/**
 * The turn that introduced the final answer: the answer's distinctive terms (those the task did not
 * already hold) traced to the first turn whose words or tool results contained each; the turn that
 * introduced most of them (numbers count double: they are what answers usually get wrong) wins.
 */
export function answerOrigin(index: TraceIndex, finalTurnId: string, task: string): AnswerOrigin | undefined {
  const finalTurn = index.turns.get(finalTurnId);
  if (!finalTurn) return undefined;
  const given = new Set(termsOf(task));
  const terms = [...new Set(answerPhrases(finalTurn.output ?? '').flatMap(termsOf))].filter(
    (t) => !given.has(t),
  );
  if (terms.length === 0) return undefined;
  const ordered = [...index.trace.turns].sort((a, b) => a.startedAt - b.startedAt);
  const contents = ordered.map((turn) => {
    const { words, tools } = ownContent(turn);
    return { turn, words: new Set(termsOf(words)), tools: new Set(termsOf(tools)) };
  });
  const votes = new Map<string, { weight: number; terms: string[]; viaTool: number }>();
  let total = 0;
  for (const term of terms) {
    const weight = /\d/.test(term) ? 2 : 1;
    total += weight;
    const first = contents.find((c) => c.words.has(term) || c.tools.has(term));
    if (!first) continue;
    const vote = votes.get(first.turn.id) ?? { weight: 0, terms: [], viaTool: 0 };
    vote.weight += weight;
    vote.terms.push(term);
    if (!first.words.has(term)) vote.viaTool += weight;
    votes.set(first.turn.id, vote);
  }
  // The biggest share wins; between equal shares, the earlier turn (it came first).
  let best: [string, { weight: number; terms: string[]; viaTool: number }] | undefined;
  for (const { turn } of contents) {
    const vote = votes.get(turn.id);
    if (vote && (!best || vote.weight > best[1].weight)) best = [turn.id, vote];
  }
  if (!best) return undefined;
  const [turnId, vote] = best;
  return { turnId, terms: vote.terms, share: vote.weight / total, viaTool: vote.viaTool * 2 > vote.weight };
}
