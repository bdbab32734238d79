/**
 * The string values a structured answer could take: every string `enum` (and `const` among `anyOf` /
 * `oneOf` alternatives) in the JSON schema of a call's `responseFormat`. A router that answers
 * `{ next: z.enum([...agents, 'FINISH']) }` offers its roster this way, as an agent offers its tools.
 */
export function responseChoices(responseFormat: unknown): string[] {
  const format = responseFormat as { type?: unknown; schema?: unknown } | undefined;
  if (format?.type !== 'json' || !format.schema) return [];
  const found = new Set<string>();
  const visit = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 6 || found.size >= 128) return;
    const schema = node as Record<string, unknown>;
    if (Array.isArray(schema.enum))
      for (const value of schema.enum) if (typeof value === 'string') found.add(value);
    if (typeof schema.const === 'string') found.add(schema.const);
    for (const key of ['properties', 'items', 'anyOf', 'oneOf', 'allOf', 'definitions', '$defs']) {
      const child = schema[key];
      if (Array.isArray(child)) for (const item of child) visit(item, depth + 1);
      else if (child && typeof child === 'object')
        for (const item of key === 'items' ? [child] : Object.values(child)) visit(item, depth + 1);
    }
  };
  visit(format.schema, 0);
  return [...found];
}
