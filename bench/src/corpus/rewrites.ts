import type { Scenario } from './scenario.ts';

/**
 * Meaning-preserving rewrites of a scenario: what a team's agents would say in other words or under
 * other names. A rewrite leaves the fault (or its absence) where it was, so the diagnosis of the
 * rewritten program must be the one of the original; one that changes shows a check tied to wording.
 */
export type Rewrite = (scenario: Scenario) => Scenario;

// Several phrasings, picked per text, so no check can key on one of them.
const OPENERS = [
  'Sure, here is my update.',
  'Thanks for the brief! Below is what I have.',
  'Of course. Here you go:',
  'Great question, happy to take this one.',
  'Hello team, quick update from my side.',
  'Understood. Here is the result.',
];
const CLOSERS = [
  'Happy to help further if anything is unclear.',
  'Let me know if you need anything else!',
  'Hope this helps.',
  'Feel free to reach out with any questions.',
  'Thanks, and have a good day.',
  'Ping me if something looks off.',
];
const GREETINGS = ['Hi!', 'Hello,', 'Hey there,', 'Good morning,'];
const THANKS = ['Thanks!', 'Thank you.', 'Cheers.', 'Much appreciated.'];

const pick = (options: string[], seed: string) => {
  let hash = 0;
  for (let i = 0; i < seed.length; i++) hash = (hash * 31 + seed.charCodeAt(i)) >>> 0;
  return options[hash % options.length] as string;
};

/** Chatty agents: pleasantries around every answer and every handoff message. */
export const pleasantries: Rewrite = (scenario) => {
  const out = structuredClone(scenario);
  const topology = out.topology;
  // Answers the program parses keep their start: a classifier's label, a reviewer's "REVISE".
  const parsed = topology.shape === 'branch' ? topology.classifier : undefined;
  const verdicts = topology.shape === 'pipeline' ? topology.loop?.from : undefined;
  for (const agent of out.agents)
    for (const reply of agent.replies) {
      // Structured answers (a router's JSON) stay as they are.
      if ('say' in reply && agent.name !== parsed && !/^\s*[{[]/.test(reply.say)) {
        const opener = agent.name === verdicts ? '' : `${pick(OPENERS, reply.say)}\n\n`;
        // An answer cut off by the token limit ends where it was cut: no sign-off after it.
        const closer = reply.cutOff ? '' : `\n\n${pick(CLOSERS, agent.name + reply.say)}`;
        reply.say = `${opener}${reply.say}${closer}`;
      }
      if ('handoff' in reply)
        reply.message = `${pick(GREETINGS, reply.message)} ${reply.message} ${pick(THANKS, reply.message)}`;
    }
  return out;
};

/** Agents named the way many codebases name them: `researcher_agent`. */
export const agentSuffix: Rewrite = (scenario) => {
  const names = scenario.agents.map((agent) => agent.name).sort((a, b) => b.length - a.length);
  const name = new RegExp(`\\b(${names.join('|')})\\b`, 'g');
  const rename = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string')
      return key === 'id' || key === 'title' || key === 'domain' ? value : value.replace(name, '$1_agent');
    if (Array.isArray(value)) return value.map((item) => rename(item, key));
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k.replace(name, '$1_agent'), rename(v, k)]),
      );
    return value;
  };
  return rename(scenario) as Scenario;
};

export const REWRITES: Record<string, Rewrite> = { pleasantries, 'agent-suffix': agentSuffix };
