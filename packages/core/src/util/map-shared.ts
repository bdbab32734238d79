/**
 * Maps the items of an array or the values of a plain object, copying only once `fn` changes one:
 * the input itself comes back when nothing changed (for walks that rarely change anything, such as
 * redaction and content addressing, which would otherwise copy every event whole). `context` is
 * handed to `fn`, so a walk over every event can pass one function rather than a closure per object.
 */
export function mapShared<T extends object, C = undefined>(
  value: T,
  fn: (item: unknown, context: C) => unknown,
  context?: C,
): T {
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const mapped = fn(item, context as C);
      if (out) out.push(mapped);
      else if (mapped !== item) {
        out = value.slice(0, i);
        out.push(mapped);
      }
    }
    return (out ?? value) as T;
  }
  let out: Record<string, unknown> | undefined;
  // for…in, not Object.keys or entries: nothing is allocated for the (usual) walk that changes nothing.
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const item = record[key];
    const mapped = fn(item, context as C);
    if (out) out[key] = mapped;
    else if (mapped !== item) {
      out = {};
      for (const earlier in record) {
        if (earlier === key) break;
        if (Object.hasOwn(record, earlier)) out[earlier] = record[earlier];
      }
      out[key] = mapped;
    }
  }
  return (out ?? value) as T;
}
