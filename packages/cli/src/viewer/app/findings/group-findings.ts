import type { Finding } from '@handoff/core';

export interface FindingGroup {
  key: string;
  kind: Finding['kind'];
  severity: Finding['severity'];
  from: string;
  to: string;
  /** The root-cause finding first, then in the order found. */
  findings: Finding[];
  hasRootCause: boolean;
}

const SEVERITY = { error: 0, warning: 1, info: 2 } as const;

/** Findings of one kind at one boundary form a group: the root cause's group first, then errors, then size. */
export function groupFindings(findings: Finding[], rootFindingId: string | undefined): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const key = `${finding.kind}\u0000${finding.severity}\u0000${finding.boundary.from}\u0000${finding.boundary.to}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        kind: finding.kind,
        severity: finding.severity,
        from: finding.boundary.from,
        to: finding.boundary.to,
        findings: [],
        hasRootCause: false,
      };
      groups.set(key, group);
    }
    if (finding.id === rootFindingId) {
      group.hasRootCause = true;
      group.findings.unshift(finding);
    } else {
      group.findings.push(finding);
    }
  }
  return [...groups.values()].sort(
    (a, b) =>
      Number(b.hasRootCause) - Number(a.hasRootCause) ||
      SEVERITY[a.severity] - SEVERITY[b.severity] ||
      b.findings.length - a.findings.length,
  );
}
