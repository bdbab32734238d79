import { mapShared } from '../util/map-shared.ts';
import { textMemo } from '../util/text-memo.ts';

/** Rewrites one string; must return the text to store. */
export type Redactor = (text: string) => string;

interface Pattern {
  name: string;
  regex: RegExp;
  /** Replacement text; `$1`-style groups keep the non-secret part (a `password=` label). */
  replacement?: string;
}

/** Secrets and personal data that must never reach a store or an exporter. */
export const BUILT_IN_PATTERNS: readonly Pattern[] = [
  { name: 'bearer_token', regex: /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g },
  { name: 'api_key', regex: /\b(?:sk|pk|rk)-(?:[A-Za-z0-9]+-)*[A-Za-z0-9_-]{16,}/g },
  { name: 'api_key', regex: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g },
  { name: 'api_key', regex: /\b(?:ghp|gho|ghs|ghu|github_pat)_[A-Za-z0-9_]{20,}/g },
  { name: 'api_key', regex: /\bxox[abprs]-[A-Za-z0-9-]{10,}/g },
  { name: 'api_key', regex: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { name: 'jwt', regex: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
  {
    name: 'api_key',
    regex: /\b(api[_-]?key|secret|token|password)(["']?\s*[:=]\s*["']?)[^\s"',;]{8,}/gi,
    replacement: '$1$2[REDACTED:api_key]',
  },
  { name: 'email', regex: /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g },
];

// A cheap pre-test: most text holds none of these, and one scan is faster than nine. Only the
// `api_key` labels ignore case, so only their letters are spelled out either way: V8 runs this about
// a third faster than the same test with the `i` flag over everything.
const MAYBE_SECRET =
  /Bearer|Basic|[spr]k-|AKIA|ASIA|gh[pousa]_|github_pat|xox|AIza|eyJ|@|[Aa][Pp][Ii][_-]?[Kk][Ee][Yy]|[Ss][Ee][Cc][Rr][Ee][Tt]|[Tt][Oo][Kk][Ee][Nn]|[Pp][Aa][Ss][Ss][Ww][Oo][Rr][Dd]/;
/** No pattern matches fewer characters (an email, `a@b.co`): shorter strings (roles, kinds) pass. */
const SHORTEST_SECRET = 6;

// Agents re-send the same long prompts on every call: results for long strings are remembered.
const redactLong = textMemo(redactUncached);

/**
 * Short strings seen clean lately. Every event repeats its workflow id, turn id, type, agent and
 * model names: a set lookup (the string's hash is cached) is many times cheaper than the pre-test.
 */
const cleanShort = new Set<string>();
const CLEAN_SHORT_LIMIT = 4_096;

/** Replaces built-in secret patterns with `[REDACTED:kind]`. */
export function redactSecrets(text: string): string {
  if (text.length >= 64) return redactLong(text);
  if (cleanShort.has(text)) return text;
  const out = redactUncached(text);
  if (out === text) {
    if (cleanShort.size >= CLEAN_SHORT_LIMIT) cleanShort.clear();
    cleanShort.add(text);
  }
  return out;
}

function redactUncached(text: string): string {
  if (text.length < SHORTEST_SECRET || !MAYBE_SECRET.test(text)) return text;
  let out = text;
  for (const { name, regex, replacement } of BUILT_IN_PATTERNS)
    out = out.replace(regex, replacement ?? `[REDACTED:${name}]`);
  return out;
}

export interface RedactOptions {
  /** Apply the built-in patterns (API keys, bearer tokens, JWTs, emails). Default true. */
  builtIn?: boolean;
  /** Extra redactors, applied after the built-in ones. */
  custom?: Redactor[];
}

/** Builds the redactor the recorder applies to every string before anything is stored or exported. */
export function createRedactor(
  option: false | Redactor | Redactor[] | RedactOptions | undefined,
): Redactor | undefined {
  if (option === false) return undefined;
  const options: RedactOptions =
    typeof option === 'function'
      ? { custom: [option] }
      : Array.isArray(option)
        ? { custom: option }
        : (option ?? {});
  const steps: Redactor[] = [];
  if (options.builtIn !== false) steps.push(redactSecrets);
  steps.push(...(options.custom ?? []));
  if (steps.length === 0) return undefined;
  // The usual case, built-in patterns only: the step itself, called once per string of every event.
  if (steps.length === 1) return steps[0];
  return (text) => steps.reduce((current, step) => step(current), text);
}

/**
 * Applies `redactor` to every string inside a JSON-safe value, returning a new value. With `share`,
 * parts where no string changed are returned as they are instead of copied: for values the recorder
 * copied itself (the same result, without a second copy of every prompt).
 */
export function redactValue<T>(
  value: T,
  redactor: Redactor,
  share = false,
  redacted?: { has(value: object): boolean },
): T {
  if (typeof value === 'string') return redactor(value) as T;
  if (share) return redactShared(value, redactor, redacted);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, redactor)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = redactValue(item, redactor);
    return out as T;
  }
  return value;
}

interface RedactWalk {
  redactor: Redactor;
  redacted: { has(value: object): boolean } | undefined;
}

/** `redacted`: parts redacted already (shared copies the recorder made), returned as they are. */
function redactShared<T>(value: T, redactor: Redactor, redacted?: { has(value: object): boolean }): T {
  return redactSharedItem(value, { redactor, redacted }) as T;
}

function redactSharedItem(value: unknown, walk: RedactWalk): unknown {
  if (typeof value === 'string') return walk.redactor(value);
  if (value && typeof value === 'object' && !walk.redacted?.has(value))
    return mapShared(value, redactSharedItem, walk);
  return value;
}
