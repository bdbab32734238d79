/**
 * A tool result as data: an object or array as it is, a JSON text (up to `maxChars`) parsed, anything
 * else undefined. Tools return records either way; checks read the fields, not the quoting.
 */
export function parsedResult(result: unknown, maxChars = Number.POSITIVE_INFINITY): unknown {
  if (result && typeof result === 'object') return result;
  if (typeof result !== 'string' || result.length > maxChars) return undefined;
  const text = result.trim();
  if (!/^[[{]/.test(text)) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
