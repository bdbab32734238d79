import { describeFaultContract } from '@handoff/example-kit';
import { runExample } from './run-example.ts';

describeFaultContract('langgraph', runExample, ['planner', 'researcher', 'writer', 'reviewer']);
