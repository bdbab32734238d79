import type { ScaleLinear } from 'd3-scale';
import { scaleLinear } from 'd3-scale';

function label(ms: number, step: number): string {
  if (ms < 1000 && step < 1000) return `${Math.round(ms)} ms`;
  const decimals = step >= 1000 ? (step % 1000 === 0 ? 0 : 1) : step >= 100 ? 1 : step >= 10 ? 2 : 3;
  if (ms < 120_000) return `${(ms / 1000).toFixed(decimals)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} m ${((ms % 60_000) / 1000).toFixed(decimals).padStart(2 + (decimals ? decimals + 1 : 0), '0')} s`;
}

/**
 * Axis ticks over what is visible: d3's nice steps within each active stretch (collapsed gaps get
 * none), about one tick per 90 pixels, labelled with time since the run started.
 */
export function axisTicks(
  x: ScaleLinear<number, number>,
  active: { start: number; end: number }[],
  width: number,
): { value: number; x: number; label: string }[] {
  const ticks: { value: number; x: number; label: string }[] = [];
  let lastX = -Infinity;
  for (const stretch of active) {
    const x1 = Math.max(0, x(stretch.start));
    const x2 = Math.min(width, x(stretch.end));
    if (x2 - x1 < 30) continue;
    const from = x.invert(x1);
    const to = x.invert(x2);
    const scale = scaleLinear().domain([from, to]);
    const values = scale.ticks(Math.max(1, Math.floor((x2 - x1) / 90)));
    const step = values.length > 1 ? values[1]! - values[0]! : Math.max(1, to - from);
    for (const value of values) {
      const at = x(value);
      if (at - lastX < 60) continue;
      ticks.push({ value, x: at, label: label(value, step) });
      lastX = at;
    }
  }
  return ticks;
}
