import { describeFaultContract } from '@handoff/example-kit';
import { runExample } from './run-example.ts';

describeFaultContract('mastra', runExample, ['planner', 'researcher', 'writer', 'reviewer']);
