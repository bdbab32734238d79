import type { TraceIndex } from '../diagnose/trace-index.ts';
import { containment, fingerprint } from '../lineage/fingerprint.ts';
import type { Finding, Handoff } from '../model/trace.ts';
import { boundaryLabel, makeFinding } from './finding.ts';

const LOOP_WINDOW = 16;

/**
 * Handoff loops: the same two agents handing off back and forth with no new content. A handoff is a
 * repeat when its content is mostly contained in an earlier handoff in the same direction.
 */
export function checkLoops(index: TraceIndex, options: { maxRepeats?: number } = {}): Finding[] {
  const maxRepeats = options.maxRepeats ?? 3;
  const pairs = new Map<string, Handoff[]>();
  for (const handoff of index.trace.handoffs) {
    if (handoff.from === handoff.to) continue;
    const key = [handoff.from, handoff.to].sort().join('\u0000');
    const list = pairs.get(key) ?? [];
    list.push(handoff);
    pairs.set(key, list);
  }
  const findings: Finding[] = [];
  for (const handoffs of pairs.values()) {
    if (handoffs.length <= maxRepeats) continue;
    const seen = new Map<string, ReadonlySet<number>[]>();
    let repeats = 0;
    let firstRepeat: Handoff | undefined;
    for (const handoff of handoffs) {
      const direction = `${handoff.from}>${handoff.to}`;
      const shingles = fingerprint(handoff.content);
      const earlier = seen.get(direction) ?? [];
      if (earlier.some((previous) => containment(shingles, previous) >= 0.8)) {
        repeats++;
        firstRepeat ??= handoff;
      }
      // A loop repeats what was sent recently: comparing with a window keeps long traces linear.
      if (earlier.push(shingles) > LOOP_WINDOW) earlier.shift();
      seen.set(direction, earlier);
    }
    if (repeats <= maxRepeats || !firstRepeat) continue;
    // The agent that first sent again what it had already sent is the one making no progress; the
    // other side's repeats answer its repeats.
    const culprit = firstRepeat;
    const boundary = { from: culprit.from, to: culprit.to };
    const roundTrips = Math.floor(handoffs.length / 2);
    const own = handoffs.filter((h) => h.from === culprit.from).length;
    findings.push(
      makeFinding({
        kind: 'handoff_loop',
        boundary,
        handoffId: culprit.id,
        ...(culprit.fromTurnId ? { turnId: culprit.fromTurnId } : {}),
        summary: `Handoff loop at boundary ${boundaryLabel(boundary)}: ${handoffs.length} handoffs (${roundTrips} round trips), ${repeats} of them repeating earlier content; ${culprit.from} kept sending the same message (${own} times) without progress`,
        evidence: handoffs
          .slice(0, 6)
          .map((h) => ({ label: `${h.from}→${h.to}`, detail: h.content.slice(0, 120), handoffId: h.id })),
      }),
    );
  }
  return findings;
}
