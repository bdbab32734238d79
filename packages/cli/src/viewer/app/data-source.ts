import type { DataSource } from './types.ts';

declare global {
  interface Window {
    __HANDOFF_DATA__?: DataSource;
  }
}

/** Embedded data (a report) or the local server's API (the live viewer). */
export const dataSource: DataSource = window.__HANDOFF_DATA__ ?? { mode: 'live' };

export async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}
