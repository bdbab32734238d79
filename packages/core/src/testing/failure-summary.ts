import type { Failure } from '../diagnose/find-failure.ts';

/** A run's root cause as tests compare it, `kind from → to (agent)`; null for a healthy run. */
export function failureSummary(failure: Failure | null | undefined): string | null {
  if (!failure) return null;
  return `${failure.kind} ${failure.boundary.from} → ${failure.boundary.to} (${failure.agent})`;
}
