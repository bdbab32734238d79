import type { TraceIndex } from '../diagnose/trace-index.ts';
import { textTokens } from '../lineage/text-tokens.ts';
import type { ContextItem, Finding, Handoff } from '../model/trace.ts';
import { textOf } from '../util/text-of.ts';
import { boundaryLabel, makeFinding } from './finding.ts';

function valueTokens(value: unknown): ReadonlySet<string> {
  return textTokens(textOf(value));
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
  // Turn inputs as token sets and an inverted index token → turns (in start order), so a version
  // pair only visits the turns that carry one of its old tokens: linear in the text, not versions × turns.
  const byStart = [...trace.turns].sort((a, b) => a.startedAt - b.startedAt);
  const inputTokens = byStart.map((turn) => textTokens(index.inputTextOf(turn.id)));
  const postings = new Map<string, number[]>();
  inputTokens.forEach((tokens, position) => {
    for (const token of tokens) {
      const list = postings.get(token);
      if (list) list.push(position);
      else postings.set(token, [position]);
    }
  });

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
  const positions = new Map<string, Map<number, number>>();
  const inOrder = new Set<string>();
  for (const [key, list] of versions) {
    positions.set(key, new Map(list.map((v, i) => [v.version, i])));
    if (list.every((v, i) => i === 0 || list[i - 1]!.producedAt <= v.producedAt)) inOrder.add(key);
  }
  for (const turn of trace.turns) {
    for (const read of turn.contextReads) {
      const list = versions.get(read.key) ?? [];
      const at = positions.get(read.key)?.get(read.version);
      if (at === undefined) continue;
      const item = list[at]!;
      const newer = latestBefore(list, at, read.readAt, inOrder.has(read.key));
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
      const from = partitionPoint(byStart.length, (i) => byStart[i]!.startedAt < newer.producedAt);
      const candidates = new Set<number>();
      for (const token of onlyOld) {
        const posting = postings.get(token) ?? [];
        for (let j = partitionPoint(posting.length, (i) => posting[i]! < from); j < posting.length; j++)
          candidates.add(posting[j]!);
      }
      for (const position of [...candidates].sort((a, b) => a - b)) {
        const turn = byStart[position]!;
        if (turn.contextReads.some((read) => read.key === old.key)) continue; // recorded reads were judged above
        const input = inputTokens[position]!;
        if (!onlyNew.some((token) => input.has(token)))
          report(turn.id, old, newer, turn.startedAt, 'its input carries the old value');
      }
    }
  }
  return findings;
}

/**
 * The latest version after `list[at]` produced by `time` (versions sorted by number). Versions are
 * almost always produced in order: then a binary search, else a scan.
 */
function latestBefore(
  list: readonly ContextItem[],
  at: number,
  time: number,
  ordered: boolean,
): ContextItem | undefined {
  if (ordered) {
    const end = at + 1 + partitionPoint(list.length - at - 1, (i) => list[at + 1 + i]!.producedAt <= time);
    return end > at + 1 ? list[end - 1] : undefined;
  }
  for (let i = list.length - 1; i > at; i--) if (list[i]!.producedAt <= time) return list[i];
  return undefined;
}

/** The first index in [0, length) where `before` turns false (it is true up to there, false after). */
function partitionPoint(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
