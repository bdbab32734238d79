import { describe, expect, it } from 'vitest';
import { receivedTaskFailure } from '../testing/recorded-failure.ts';
import { heldActionTaken } from './held-action.ts';

const TASK =
  'Build the full plans pack and upload it to the portal as a draft. The steels bear on the party wall, so it is not to be submitted until the award is signed. I will confirm when the surveyors are done.';
const upload = (action: string, result = `Pack LC-1142 saved as ${action}.`) => [
  { name: 'bc_portal_upload', args: { job: 'LC-1142', documents: 9, action }, result },
];

describe('an action the task holds for later, with no condition', () => {
  const brief = 'Seats: 120 → 90. Effective: at renewal 2027-04-01. Schedule it; do not apply now.';
  const seats = (args: Record<string, unknown>, result: string) => [
    { name: 'update_subscription', args, result },
  ];
  it('is taken when a call asks for it at once, or its result says it was applied', () => {
    expect(
      heldActionTaken(brief, brief, seats({ seats: 90, effective: 'immediate' }, '{"status":"OK"}')),
    ).toBeDefined();
    expect(heldActionTaken(brief, brief, seats({ seats: 90 }, '{"status":"APPLIED"}'))).toBeDefined();
  });
  it('is kept when the call schedules it for the day, or another deed is done now', () => {
    expect(
      heldActionTaken(brief, brief, seats({ seats: 90, effective: '2027-04-01' }, '{"status":"SCHEDULED"}')),
    ).toBeUndefined();
    // A message sent now is another deed than the change held.
    expect(
      heldActionTaken(brief, brief, [
        { name: 'notify_admin', args: { when: 'now', text: 'Change scheduled' }, result: 'sent' },
      ]),
    ).toBeUndefined();
  });
});

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

describe('a thing the task holds back by name until something happens', () => {
  const brief =
    'Schedule the peer-to-peer before 03/06. Hold the written L1 appeal (deadline 08/19) until after the P2P.';
  const file = [{ name: 'submit_appeal', args: { claim: 'A26-0047712', level: 'L1', type: 'written' } }];
  it('is taken when a call sends that thing with nothing shown that the condition came about', () => {
    expect(
      heldActionTaken(brief, `${brief}\n{"p2p_deadline": "2026-03-06", "used": false}`, file),
    ).toMatchObject({
      call: expect.stringContaining('submit_appeal'),
    });
  });
  it('is kept when the condition happened, or the call does something else', () => {
    expect(
      heldActionTaken(
        brief,
        `${brief}\nThe P2P was completed on 03/04; the director upheld the downgrade.`,
        file,
      ),
    ).toBeUndefined();
    expect(
      heldActionTaken(brief, brief, [
        { name: 'schedule_p2p', args: { claim: 'A26-0047712', before: '2026-03-06' } },
      ]),
    ).toBeUndefined();
  });
});
