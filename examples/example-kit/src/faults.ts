/** The faults every example can inject: root-cause kinds of the checks, or none. */
export const FAULTS = [
  'none',
  'stale_context',
  'misunderstood_task',
  'low_quality_output',
  'lost_message',
  'agent_error',
  'handoff_loop',
] as const;

export type Fault = (typeof FAULTS)[number];

export function isFault(value: string): value is Fault {
  return (FAULTS as readonly string[]).includes(value);
}
