/**
 * An option the receiver's own tool offered beside others (`metodos_disponibles: ["spei_clabe",
 * "saldo_monedero"]`) that a later call of it takes, where the task rules that option out in words
 * ("NO como saldo en la app") and asks for another of the list ("por transferencia … SPEI"). The
 * rivals come from the run itself, so no reading needs to know which options compete.
 */
import { stableStringify } from '../util/stable-stringify.ts';
import { letterWords } from './task-words.ts';

interface Call {
  name: string;
  args: unknown;
  result?: unknown;
}

export interface RuledOutOption {
  /** The words of the task that rule the option out. */
  rule: string;
  /** The option the task asks for instead. */
  asked: string;
  /** What the call set, as `name key: value`. */
  used: string;
}

/** An option: a short code or name ("spei_clabe", "Saldo monedero", "dry-van"), never a sentence. */
const OPTION = /^[\p{L}][\p{L}\d _-]{1,39}$/u;

function parsed(result: unknown): unknown {
  if (typeof result !== 'string') return result;
  const text = result.trim();
  if (!text.startsWith('{') && !text.startsWith('[')) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Lists of two to eight distinct options anywhere in a tool's result. */
function optionLists(value: unknown, depth = 0, out: string[][] = []): string[][] {
  if (depth > 6 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    const options = value.filter(
      (item): item is string => typeof item === 'string' && OPTION.test(item.trim()),
    );
    if (options.length === value.length && new Set(options).size >= 2 && options.length <= 8)
      out.push(options.map((o) => o.trim()));
    else for (const item of value) optionLists(item, depth + 1, out);
    return out;
  }
  for (const item of Object.values(value as Record<string, unknown>)) optionLists(item, depth + 1, out);
  return out;
}

/** Every text value of a call's arguments, with its key. */
export function textArgs(args: unknown, key = '', depth = 0, out: { key: string; value: string }[] = []) {
  if (depth > 6 || args === null || args === undefined) return out;
  if (typeof args === 'string') out.push({ key, value: args.trim() });
  else if (Array.isArray(args)) for (const item of args) textArgs(item, key, depth + 1, out);
  else if (typeof args === 'object')
    for (const [k, item] of Object.entries(args as Record<string, unknown>))
      textArgs(item, k, depth + 1, out);
  return out;
}

/** Words that rule out what follows them closely, in the languages teams write in. */
const NEGATION = new Set(
  (
    'no not never nor without instead rather except ' +
    'nada ni sin nunca lugar vez excepto salvo ' +
    'nicht kein keine keinen keinesfalls ohne statt anstatt außer ' +
    'pas sans jamais non lieu sauf ' +
    'não nem sem nunca ' +
    'niet geen nooit zonder plaats ' +
    'inte ingen ej utan ikke ingen aldri uden ' +
    'nie bez zamiast ani ' +
    'ne не без вместо ни ' +
    'tidak bukan jangan tanpa ' +
    'không chứ'
  ).split(' '),
);

/** How many words before an option's word a ruling-out word may stand ("nada de saldo", "NO como saldo"). */
const REACH = 3;

/** Positions of a word's spellings in the task: the same word or one with an ending more. */
function positions(tokens: readonly string[], word: string): number[] {
  const out: number[] = [];
  tokens.forEach((token, i) => {
    if (token === word || (word.length >= 5 && token.length - word.length <= 3 && token.startsWith(word)))
      out.push(i);
  });
  return out;
}

const ruledOutAt = (tokens: readonly string[], at: number) =>
  tokens.slice(Math.max(0, at - REACH), at).some((token) => NEGATION.has(token));

/** The words of the task around a position, for the evidence. */
const around = (tokens: readonly string[], at: number) =>
  tokens.slice(Math.max(0, at - REACH), at + 3).join(' ');

export function ruledOutOptionChosen(task: string, calls: readonly Call[]): RuledOutOption | undefined {
  if (calls.length < 2) return undefined;
  const tokens = task
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  for (const [i, call] of calls.entries()) {
    const lists = optionLists(parsed(call.result));
    if (lists.length === 0) continue;
    for (const later of calls.slice(i + 1)) {
      for (const { key, value } of textArgs(later.args)) {
        const list = lists.find((options) => options.some((o) => o.toLowerCase() === value.toLowerCase()));
        if (!list) continue;
        const words = new Map(list.map((o) => [o, letterWords(o)]));
        // Words every option shares ("refund_card", "refund_wallet") tell none apart.
        const shared = (w: string) => [...words.values()].every((ws) => ws.includes(w));
        const taken = list.find((o) => o.toLowerCase() === value.toLowerCase())!;
        const own = (o: string) => words.get(o)!.filter((w) => !shared(w));
        const takenAt = own(taken).flatMap((w) => positions(tokens, w));
        if (takenAt.length === 0 || !takenAt.every((at) => ruledOutAt(tokens, at))) continue;
        const asked = list.find(
          (o) =>
            o !== taken &&
            own(o)
              .flatMap((w) => positions(tokens, w))
              .some((at) => !ruledOutAt(tokens, at)),
        );
        if (!asked) continue;
        return {
          rule: around(tokens, takenAt[0]!),
          asked,
          used: `${later.name} ${key}: ${stableStringify(value)}`,
        };
      }
    }
  }
  return undefined;
}
