/**
 * A switch the task sets one way that the receiver's own run shows the other way: asked to run the
 * suite "with the feature flag checkout_v2 enabled", the tester's run reports `checkout_v2=false`.
 * The switch is a code-like name (`checkout_v2`, `newSearch`) the task puts on or off; the run's
 * result gives its state as `name=false`, `name: off`, `"name": true`.
 */

const ON = /^(?:on|true|enabled?|1|yes)$/i;
const OFF = /^(?:off|false|disabled?|0|no)$/i;
/** A code-like name: with an underscore, a digit or an inner capital. */
const NAME = String.raw`[A-Za-z][A-Za-z\d]*(?:[_-][A-Za-z\d]+)+|[a-z]+[A-Z][A-Za-z\d]*`;
/** "flag checkout_v2 enabled", "checkout_v2 turned ON", "with checkout_v2 on", "checkout_v2=true". */
const SET_IN_TASK = new RegExp(
  String.raw`\b(${NAME})\b(?:\s+(?:flag|feature|toggle))?\s*(?:(?:is|was|to be|must be|has to be|needs to be|turned|switched|set(?: to)?)\s+)?[=:]?\s*\**(on|off|enabled|disabled|true|false)\b`,
  'gi',
);
const STATE_IN_RESULT = (name: string) =>
  new RegExp(
    String.raw`["']?\b${name}\b["']?\s*[=:]\s*["']?(on|off|enabled|disabled|true|false|1|0)\b`,
    'gi',
  );

export function flagStateOpposed(
  task: string,
  results: readonly string[],
): { flag: string; asked: string; ran: string } | undefined {
  if (!/\b(?:on|off|enabled|disabled|true|false)\b/i.test(task)) return undefined;
  const asked = new Map<string, boolean>();
  for (const m of task.matchAll(SET_IN_TASK)) {
    const state = ON.test(m[2]!);
    // Said both ways ("with the flag off none of the new code runs … turn it ON"): the last word counts.
    asked.set(m[1]!, state);
  }
  for (const [flag, on] of asked)
    for (const result of results)
      for (const m of result.matchAll(STATE_IN_RESULT(flag))) {
        const ran = m[1]!;
        if ((on && OFF.test(ran)) || (!on && ON.test(ran)))
          return { flag, asked: on ? 'on' : 'off', ran: `${flag}=${ran}` };
      }
  return undefined;
}
