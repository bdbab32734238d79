/** Every record written to disk carries this id; readers refuse any other. */
export const SCHEMA_VERSION = 'handoff.trace/v1' as const;
export type SchemaVersion = typeof SCHEMA_VERSION;
