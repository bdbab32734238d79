import { describeFaultContract } from '@handoff/example-kit';
import { runExample } from './run-example.ts';

describeFaultContract('ai-sdk', runExample, ['planner', 'researcher', 'writer', 'reviewer']);
