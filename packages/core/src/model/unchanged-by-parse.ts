import type { z } from 'zod';

/** Whether a value passes a schema as it is (parsing would neither fail nor change it). */
export type UnchangedCheck = (value: unknown) => boolean;

interface Def {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  catchall?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
  innerType?: { _zod: { def: Def } };
  keyType?: { _zod: { def: Def } };
  valueType?: { _zod: { def: Def } };
  options?: { _zod: { def: Def } }[];
  discriminator?: string;
  values?: unknown[];
  entries?: Record<string, unknown>;
  checks?: { _zod: { def: CheckDef } }[];
}

interface CheckDef {
  check: string;
  format?: string;
  value?: number;
  inclusive?: boolean;
}

const never: UnchangedCheck = () => false;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Compiles a zod schema into a plain predicate that is true only when `schema.parse(value)` would
 * succeed and return a value deep-equal to `value`: no unknown key to strip, no default to fill.
 * Loading a trace checks each event with it and runs zod only for the rest (to keep zod's errors),
 * which spares a copy of every event. Constructs it does not know compile to "no", so a schema
 * change can make the fast path slower but never wrong.
 */
export function unchangedByParse(schema: z.ZodType): UnchangedCheck {
  return compile((schema as unknown as { _zod: { def: Def } })._zod.def);
}

function compile(def: Def): UnchangedCheck {
  switch (def.type) {
    case 'unknown':
    case 'any':
      return () => true;
    case 'string':
      return def.checks?.length ? never : (value) => typeof value === 'string';
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'number':
      return numberCheck(def.checks ?? []);
    case 'literal': {
      const values = new Set(def.values);
      return (value) => values.has(value);
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (value) => values.has(value);
    }
    case 'optional': {
      const inner = compile(def.innerType!._zod.def);
      return (value) => value === undefined || inner(value);
    }
    case 'nullable': {
      const inner = compile(def.innerType!._zod.def);
      return (value) => value === null || inner(value);
    }
    case 'default': {
      // An absent value would be filled in: changed.
      const inner = compile(def.innerType!._zod.def);
      return (value) => value !== undefined && inner(value);
    }
    case 'array': {
      if (def.checks?.length) return never;
      const element = compile(def.element!._zod.def);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (const item of value) if (!element(item)) return false;
        return true;
      };
    }
    case 'record': {
      const key = def.keyType!._zod.def;
      if (key.type !== 'string' || key.checks?.length) return never;
      const item = compile(def.valueType!._zod.def);
      return (value) => {
        if (!isPlainObject(value)) return false;
        for (const name in value) {
          if (!Object.hasOwn(value, name) || name === '__proto__' || !item(value[name])) return false;
        }
        return true;
      };
    }
    case 'object':
      return objectCheck(def);
    case 'union': {
      if (!def.discriminator) return never;
      const discriminator = def.discriminator;
      const byValue = new Map<unknown, UnchangedCheck>();
      for (const option of def.options ?? []) {
        const tag = option._zod.def.shape?.[discriminator]?._zod.def;
        if (tag?.type !== 'literal') return never;
        const check = compile(option._zod.def);
        for (const value of tag.values ?? []) byValue.set(value, check);
      }
      return (value) => isPlainObject(value) && (byValue.get(value[discriminator])?.(value) ?? false);
    }
    default:
      return never;
  }
}

function numberCheck(checks: { _zod: { def: CheckDef } }[]): UnchangedCheck {
  const tests: ((value: number) => boolean)[] = [];
  for (const { _zod } of checks) {
    const { check, format, value: bound, inclusive } = _zod.def;
    if (check === 'number_format' && format === 'safeint') tests.push(Number.isSafeInteger);
    else if (check === 'greater_than' && typeof bound === 'number')
      tests.push(inclusive ? (value) => value >= bound : (value) => value > bound);
    else if (check === 'less_than' && typeof bound === 'number')
      tests.push(inclusive ? (value) => value <= bound : (value) => value < bound);
    else return never;
  }
  return (value) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return false;
    for (const test of tests) if (!test(value)) return false;
    return true;
  };
}

function objectCheck(def: Def): UnchangedCheck {
  const shape = def.shape ?? {};
  // Passthrough (catchall unknown) keeps extra keys; any other catchall or the default strip changes them.
  const extra = def.catchall ? compile(def.catchall._zod.def) : undefined;
  // zod wants a bare unknown field's key present (it may hold undefined); only optionals may be absent.
  const fields = Object.entries(shape).map(([name, field]) => {
    const { type } = field._zod.def;
    return [name, compile(field._zod.def), type === 'unknown' || type === 'any'] as const;
  });
  return (value) => {
    if (!isPlainObject(value)) return false;
    let known = 0;
    for (const [name, check, needsKey] of fields) {
      const item = value[name];
      if (item !== undefined || Object.hasOwn(value, name)) known++;
      else if (needsKey) return false;
      if (!check(item)) return false;
    }
    let keys = 0;
    for (const _ in value) keys++;
    if (known === keys) return true;
    if (!extra) return false;
    for (const name in value) {
      if (!Object.hasOwn(value, name) || Object.hasOwn(shape, name)) continue;
      if (name === '__proto__' || !extra(value[name])) return false;
    }
    return true;
  };
}
