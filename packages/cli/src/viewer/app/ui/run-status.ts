import type { BadgeKind } from './badge.ts';

/**
 * The word for a run, from its diagnosis first (a run that finished "ok" but has a root cause
 * failed), then from feedback on its answer, then from how it ended.
 */
export function runStatus(
  status: string,
  rootKind: string | null | undefined,
  correct?: boolean | null,
): { word: string; kind: BadgeKind } {
  if (rootKind) return { word: 'failed', kind: 'bad' };
  // Someone said the answer was wrong, but no check found where it broke.
  if (correct === false) return { word: 'wrong answer', kind: 'bad' };
  if (status === 'error') return { word: 'errored', kind: 'bad' };
  if (status === 'incomplete') return { word: 'incomplete', kind: 'warn' };
  if (status === 'running') return { word: 'running', kind: 'warn' };
  return { word: 'healthy', kind: 'good' };
}
