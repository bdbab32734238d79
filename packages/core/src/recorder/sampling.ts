import { createHash } from 'node:crypto';

/** A stable number in [0, 1) for a workflow id, so a workflow's sampling decision is reproducible. */
export function samplePoint(workflowId: string): number {
  return createHash('sha1').update(workflowId).digest().readUInt32BE(0) / 2 ** 32;
}
