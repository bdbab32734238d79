import { describeFaultContract } from '@handoff/example-kit';
import { runExample } from './run-example.ts';

// The planner calls its sub-agents as tools: no fixed order to declare (the tools offered say who it may call).
describeFaultContract('ai-sdk', runExample, ['planner', 'researcher', 'writer', 'reviewer'], []);
