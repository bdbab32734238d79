/** Pixels an idle gap takes once collapsed. */
export const GAP_WIDTH = 28;

export interface TimeSegments {
  /** Breakpoints in ms since the run started, and where each falls in pixels: a polylinear scale. */
  domain: number[];
  range: number[];
  /** Idle stretches drawn as collapsed gaps. */
  gaps: { start: number; end: number }[];
  /** Stretches with activity (between the gaps). */
  active: { start: number; end: number }[];
}

/**
 * Splits a run's time into active stretches and idle gaps (no turn running, no handoff in flight)
 * longer than `minGapMs` and than a tenth of the run, and lays them out over `width` pixels with each
 * gap collapsed to GAP_WIDTH. Intervals are in ms since the run started.
 */
export function timeSegments(
  intervals: { start: number; end: number }[],
  total: number,
  width: number,
  minGapMs = 1000,
): TimeSegments {
  const sorted = intervals
    .map((x) => ({ start: Math.max(0, x.start), end: Math.min(total, Math.max(x.start, x.end)) }))
    .sort((a, b) => a.start - b.start);
  const threshold = Math.max(minGapMs, total / 10);
  const active: { start: number; end: number }[] = [];
  const gaps: { start: number; end: number }[] = [];
  let current = { start: 0, end: 0 };
  for (const interval of sorted) {
    if (interval.start - current.end > threshold) {
      active.push(current);
      gaps.push({ start: current.end, end: interval.start });
      current = { ...interval };
    } else {
      current.end = Math.max(current.end, interval.end);
    }
  }
  current.end = Math.max(current.end, total);
  active.push(current);
  const activeMs = active.reduce((n, a) => n + (a.end - a.start), 0) || 1;
  const perMs = Math.max(0, width - gaps.length * GAP_WIDTH) / activeMs;
  const domain: number[] = [];
  const range: number[] = [];
  let x = 0;
  active.forEach((a, i) => {
    domain.push(a.start);
    range.push(x);
    x += (a.end - a.start) * perMs;
    domain.push(a.end);
    range.push(x);
    if (i < gaps.length) x += GAP_WIDTH;
  });
  // A polylinear scale needs strictly increasing breakpoints.
  for (let i = 1; i < domain.length; i++) if (domain[i]! <= domain[i - 1]!) domain[i] = domain[i - 1]! + 1e-6;
  return { domain, range, gaps, active };
}
