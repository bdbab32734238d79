/**
 * A grade the task sets by a label and a letter or number ("PAS 128 survey type B", "class 2
 * clearance", "QL-B2", "tier 3 support") that the receiver's calls give another value under the same
 * label ("method: type C walkover") and never the one asked: it did another grade of the work.
 */
const GRADE = /\b(type|class|grade|level|category|cat|tier|ql)[\s-]?([A-H]\d?|\d)\b/gi;

const gradesIn = (text: string) =>
  [...text.matchAll(GRADE)].map((m) => ({
    label: m[1]!.toLowerCase().replace(/^cat$/, 'category'),
    value: m[2]!.toUpperCase(),
    text: m[0],
  }));

export function changedGrade(
  task: string,
  calls: readonly { name: string; args: string }[],
): { asked: string; done: string } | undefined {
  const asked = gradesIn(task);
  if (asked.length === 0) return undefined;
  const done = gradesIn(calls.map((call) => call.args).join('\n'));
  for (const grade of asked) {
    const same = done.filter((d) => d.label === grade.label);
    // A grade of the same kind but another letter or number class, and the asked one nowhere.
    const other = same.find((d) => d.value !== grade.value && /\d/.test(d.value) === /\d/.test(grade.value));
    if (other && !same.some((d) => d.value === grade.value)) return { asked: grade.text, done: other.text };
  }
  return undefined;
}
