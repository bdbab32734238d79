import type { TraceIndex } from '../diagnose/trace-index.ts';
import { normalizeWords } from '../lineage/fingerprint.ts';
import type { ContextItem, Finding, Handoff } from '../model/trace.ts';
import { textOf } from '../util/text-of.ts';
import { canonicalNumber } from './constraints.ts';
import { boundaryLabel, makeFinding } from './finding.ts';

/** Distinctive tokens of a value: numbers in canonical form and words of 3+ letters. */
function valueTokens(value: unknown): Set<string> {
  const out = new Set<string>();
  for (const word of normalizeWords(textOf(value))) {
    const number = /^[$€£]?-?\d[\d,]*(\.\d+)?%?$/.test(word)
      ? canonicalNumber(word.replace(/[$€£%]/g, ''))
      : undefined;
    if (number !== undefined) out.add(`#${number}`);
    else if (word.length >= 3) out.add(word);
  }
  return out;
}

function textTokens(text: string): Set<string> {
  return valueTokens(text);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Stale context: a turn used a version of a context item after a newer version existed (superseded),
 * or older than its maxAgeMs. Reads are the recorded ones (explicit, tool, state) plus reads inferred
 * from content: a turn whose input carries what only the old version said, after the new one existed.
 */
export function checkFreshness(index: TraceIndex): Finding[] {
  const { trace } = index;
  const findings: Finding[] = [];
  const versions = new Map<string, ContextItem[]>();
  for (const item of trace.contextItems) {
    const list = versions.get(item.key) ?? [];
    list.push(item);
    versions.set(item.key, list);
  }
  for (const list of versions.values()) list.sort((a, b) => a.version - b.version);
  const flagged = new Set<string>();
  // Token sets of turn inputs, computed once: pairs of versions × turns would recompute them.
  const inputTokens = new Map<string, Set<string>>();
  const tokensOf = (turnId: string): Set<string> => {
    let tokens = inputTokens.get(turnId);
    if (!tokens) {
      tokens = textTokens(index.inputTextOf(turnId));
      inputTokens.set(turnId, tokens);
    }
    return tokens;
  };

  const report = (
    turnId: string,
    item: ContextItem,
    newer: ContextItem | undefined,
    readAt: number,
    how: string,
  ): void => {
    const turn = index.turns.get(turnId);
    if (!turn) return;
    const key = `${turnId}:${item.key}`;
    if (flagged.has(key)) return;
    flagged.add(key);
    const carrier = deliveringHandoff(index, turnId, item, newer);
    const boundary = carrier
      ? { from: carrier.from, to: turn.agent }
      : { from: item.producedBy.agent ?? 'context', to: turn.agent };
    const detail = newer
      ? `"${item.key}" v${item.version} used ${seconds(readAt - newer.producedAt)} after v${newer.version} superseded it`
      : `"${item.key}" v${item.version} was ${seconds(readAt - item.producedAt)} old, over its max age of ${seconds(item.maxAgeMs ?? 0)}`;
    findings.push(
      makeFinding({
        kind: 'stale_context',
        boundary,
        summary: `Stale context at boundary ${boundaryLabel(boundary)}: ${detail}`,
        turnId,
        ...(carrier ? { handoffId: carrier.id } : {}),
        evidence: [
          {
            label: `context "${item.key}"`,
            detail: `${how}; ${detail}`,
            actual: `v${item.version}: ${textOf(item.value).slice(0, 200)}`,
            ...(newer ? { expected: `v${newer.version}: ${textOf(newer.value).slice(0, 200)}` } : {}),
            turnId,
          },
        ],
      }),
    );
  };

  // Recorded reads.
  for (const turn of trace.turns) {
    for (const read of turn.contextReads) {
      const list = versions.get(read.key) ?? [];
      const item = list.find((v) => v.version === read.version);
      if (!item) continue;
      const newer = list.filter((v) => v.version > item.version && v.producedAt <= read.readAt).at(-1);
      if (newer && newer.valueHash !== item.valueHash)
        report(turn.id, item, newer, read.readAt, `${read.via} read`);
      else if (item.maxAgeMs !== undefined && read.readAt - item.producedAt > item.maxAgeMs) {
        report(turn.id, item, undefined, read.readAt, `${read.via} read`);
      }
    }
  }

  // Reads inferred from content: the old version's distinctive tokens in a later turn's input.
  for (const list of versions.values()) {
    for (let i = 0; i + 1 < list.length; i++) {
      const old = list[i]!;
      const newer = list[i + 1]!;
      const oldTokens = valueTokens(old.value);
      const newTokens = valueTokens(newer.value);
      const onlyOld = [...oldTokens].filter((token) => !newTokens.has(token));
      const onlyNew = [...newTokens].filter((token) => !oldTokens.has(token));
      if (onlyOld.length === 0) continue;
      for (const turn of trace.turns) {
        if (turn.startedAt < newer.producedAt) continue;
        if (turn.contextReads.some((read) => read.key === old.key)) continue; // recorded reads were judged above
        const input = tokensOf(turn.id);
        const usesOld = onlyOld.some((token) => input.has(token));
        const usesNew = onlyNew.some((token) => input.has(token));
        if (usesOld && !usesNew)
          report(turn.id, old, newer, turn.startedAt, 'its input carries the old value');
      }
    }
  }
  return findings;
}

/** The handoff into `turnId` that carried the stale content, else the latest handoff into it. */
function deliveringHandoff(
  index: TraceIndex,
  turnId: string,
  item: ContextItem,
  newer: ContextItem | undefined,
): Handoff | undefined {
  const into = index.into.get(turnId) ?? [];
  if (into.length === 0) return undefined;
  if (newer) {
    const oldTokens = valueTokens(item.value);
    const newTokens = valueTokens(newer.value);
    const onlyOld = [...oldTokens].filter((token) => !newTokens.has(token));
    const carrier = into.find((handoff) => {
      const tokens = textTokens(`${handoff.content} ${textOf(handoff.payload)}`);
      return onlyOld.some((token) => tokens.has(token));
    });
    if (carrier) return carrier;
  }
  return into.at(-1);
}
