/**
 * A release line the task keeps to that the receiver leaves: told "find the newest release that
 * stays on major 6, v7 is out of scope", the version picker answers 7.1.1. The task names the major
 * ("major 6", "6.x", "stay on v6", "within 6"); the receiver's answer and calls give versions of
 * another major and none of that one (versions the task itself gave aside: the one it is on now).
 */

/** "major 6", "major version 6", "6.x", "stays on v6", "within major 6", "newest 6.x". */
const KEPT_MAJOR =
  /\b(?:major(?:\s+version)?\s+v?(\d{1,3})\b|v?(\d{1,3})\.x\b|stays?\s+on\s+(?:major\s+)?v?(\d{1,3})\b(?!\.\d)|within\s+(?:major\s+)?v?(\d{1,3})\b(?!\.\d))/gi;
const SEMVER = /(?<![\w.])v?(\d{1,3})\.(\d{1,4})\.(\d{1,4})(?:-\w+(?:\.\w+)*)?(?![\w.]*\d)/g;

export function versionMajorLeft(task: string, actions: string): { kept: string; used: string } | undefined {
  if (!/\.x\b|major|stays? on|within/i.test(task)) return undefined;
  const majors = new Set<number>();
  let kept = '';
  for (const m of task.matchAll(KEPT_MAJOR)) {
    majors.add(Number(m[1] ?? m[2] ?? m[3] ?? m[4]));
    kept ||= m[0];
  }
  if (majors.size !== 1) return undefined;
  const [major] = majors;
  const given = new Set([...task.matchAll(SEMVER)].map((m) => m[0].replace(/^v/, '')));
  const versions = [...actions.matchAll(SEMVER)]
    .map((m) => ({ text: m[0].replace(/^v/, ''), major: Number(m[1]) }))
    .filter((v) => !given.has(v.text));
  if (versions.length === 0 || versions.some((v) => v.major === major)) return undefined;
  return { kept, used: versions[0]!.text };
}
