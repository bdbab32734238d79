import { BAGGAGE_KEYS, parseBaggage } from './baggage.ts';

/** Request or response headers: a fetch `Headers`, anything with `get`, or Node's header object. */
export type HeaderSource =
  | { get(name: string): string | null | undefined }
  | Record<string, string | string[] | number | undefined>;

/** What a handoff carried across a process boundary (see `handoffHeaders`). */
export interface RemoteHandoff {
  workflowId: string;
  /** The handoff being delivered (or, on a response, the reply). */
  handoffId?: string;
  /** The sending agent and its turn. */
  from?: string;
  fromTurnId?: string;
  /** The agent it is addressed to. */
  to?: string;
  traceparent?: string;
}

export function headerOf(headers: HeaderSource | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as { get?: unknown }).get === 'function') {
    const value = (headers as { get(name: string): string | null | undefined }).get(name);
    return value ?? undefined;
  }
  const record = headers as Record<string, string | string[] | number | undefined>;
  const value =
    record[name] ?? Object.entries(record).find(([key]) => key.toLowerCase() === name)?.[1] ?? undefined;
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** The handoff a request (or a response) carries in its `baggage`, or undefined when it carries none. */
export function readHandoffHeaders(headers: HeaderSource | undefined): RemoteHandoff | undefined {
  try {
    const baggage = parseBaggage(headerOf(headers, 'baggage'));
    const workflowId = baggage.get(BAGGAGE_KEYS.workflowId);
    if (!workflowId) return undefined;
    const remote: RemoteHandoff = { workflowId };
    const set = <K extends keyof RemoteHandoff>(key: K, value: string | undefined) => {
      if (value) remote[key] = value as RemoteHandoff[K];
    };
    set('handoffId', baggage.get(BAGGAGE_KEYS.handoffId));
    set('from', baggage.get(BAGGAGE_KEYS.from));
    set('fromTurnId', baggage.get(BAGGAGE_KEYS.fromTurnId));
    set('to', baggage.get(BAGGAGE_KEYS.to));
    set('traceparent', headerOf(headers, 'traceparent'));
    return remote;
  } catch {
    return undefined;
  }
}
