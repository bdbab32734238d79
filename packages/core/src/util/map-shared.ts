/**
 * Maps the items of an array or the values of a plain object, copying only once `fn` changes one:
 * the input itself comes back when nothing changed (for walks that rarely change anything, such as
 * redaction and content addressing, which would otherwise copy every event whole).
 */
export function mapShared<T extends object>(value: T, fn: (item: unknown) => unknown): T {
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const mapped = fn(item);
      if (out) out.push(mapped);
      else if (mapped !== item) {
        out = value.slice(0, i);
        out.push(mapped);
      }
    }
    return (out ?? value) as T;
  }
  let out: Record<string, unknown> | undefined;
  // Keys, not entries: no [key, value] pair is allocated for the (usual) walk that changes nothing.
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const item = record[key];
    const mapped = fn(item);
    if (out) out[key] = mapped;
    else if (mapped !== item) {
      out = {};
      for (let j = 0; j < i; j++) out[keys[j]!] = record[keys[j]!];
      out[key] = mapped;
    }
  }
  return (out ?? value) as T;
}
