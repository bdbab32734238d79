import { describe, expect, it } from 'vitest';
import { receivedTaskFailure } from '../testing/recorded-failure.ts';
import { heldActionTaken } from './held-action.ts';

const TASK =
  'Build the full plans pack and upload it to the portal as a draft. The steels bear on the party wall, so it is not to be submitted until the award is signed. I will confirm when the surveyors are done.';
const upload = (action: string, result = `Pack LC-1142 saved as ${action}.`) => [
  { name: 'bc_portal_upload', args: { job: 'LC-1142', documents: 9, action }, result },
];

describe('an action the task holds until something happens', () => {
  it('is taken when a call asks for it, or its result says it was done, with nothing shown that it may be', () => {
    expect(heldActionTaken(TASK, TASK, upload('submit'))?.held).toContain('not to be submitted until');
    expect(
      heldActionTaken(TASK, TASK, upload('upload', 'Application BC/26/04471 SUBMITTED 15:22.')),
    ).toBeDefined();
  });
  it('is kept when the call saves a draft, or the input says the thing happened', () => {
    expect(heldActionTaken(TASK, TASK, upload('draft'))).toBeUndefined();
    expect(
      heldActionTaken(
        TASK,
        `${TASK}\nUpdate 16:05: party wall award signed by both surveyors.`,
        upload('submit'),
      ),
    ).toBeUndefined();
    expect(
      heldActionTaken(
        TASK,
        `${TASK}\nTheir surveyor says the award should be signed before Christmas.`,
        upload('submit'),
      ),
    ).toBeDefined();
  });
  it('is a misread task of the receiver', async () => {
    const run = (action: string) =>
      receivedTaskFailure(
        ['project_coordinator', 'regs_agent'],
        TASK,
        upload(action),
        `LC-1142 pack on the portal (${action}).`,
      );
    expect(await run('submit')).toBe('misunderstood_task project_coordinator → regs_agent (regs_agent)');
    expect(await run('draft')).toBeNull();
  });
});
