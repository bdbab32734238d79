/** What the detail panel shows: one handoff or one agent turn. */
export type Selection = { type: 'handoff'; id: string } | { type: 'turn'; id: string } | undefined;
