/** A router's decision as its model writes it (structured output): route to an agent, or finish. */
export interface RouteDecision {
  next: string;
  prompt: string;
}

export const FINISH = 'FINISH';

export function routeText(next: string, prompt: string): string {
  return JSON.stringify({ next, prompt });
}

export function parseRoute(text: string): RouteDecision {
  try {
    const value = JSON.parse(text) as Partial<RouteDecision>;
    return { next: String(value.next ?? FINISH), prompt: String(value.prompt ?? '') };
  } catch {
    return { next: FINISH, prompt: text };
  }
}

/** A planner's briefs, one per worker, from its structured output. */
export function parsePlan(text: string): Record<string, string> {
  try {
    return JSON.parse(text) as Record<string, string>;
  } catch {
    return {};
  }
}
