import { describe, expect, it } from 'vitest';
import { judgeDelivery } from './delivery.ts';
import { breaks, extractProhibitions, sentencesOf, substitutedAction } from './prohibitions.ts';

const verdict = (task: string, actions: string, calls: { name: string; args: string }[] = []) =>
  judgeDelivery(task, actions, '', calls).result.verdict;

describe('extractProhibitions', () => {
  it('reads the verb and each item of a list', () => {
    const [p] = extractProhibitions(
      'Findings only: do not add a diagnosis, an interpretation or a recommendation.',
    );
    expect(p?.verb).toBe('add');
    expect(p?.items).toEqual([['diagnosi'], ['interpret'], ['recommend']]);
  });
  it('skips conditional prohibitions and empty generic ones', () => {
    expect(extractProhibitions('Do not ship until the customer approves the quote.')).toEqual([]);
    expect(extractProhibitions("Don't add anything else.")).toEqual([]);
  });
});

describe('prohibitions in delivery', () => {
  const task = 'Remove the old MFA device and send an MFA re-enrolment link. Do not reset the password.';
  it('catches a forbidden tool call', () => {
    expect(verdict(task, 'Done.', [{ name: 'reset_password', args: 'j.doe' }])).toBe('misunderstood');
  });
  it('catches a forbidden action the receiver reports', () => {
    expect(verdict(task, 'Reset the password for j.doe and revoked all sessions.')).toBe('misunderstood');
  });
  it('lets a receiver that kept to it say so', () => {
    expect(
      verdict(
        task,
        'Removed the old MFA device and sent the re-enrolment link; the password was not reset.',
        [
          { name: 'remove_mfa_device', args: 'j.doe' },
          { name: 'send_enrolment_link', args: 'j.doe' },
        ],
      ),
    ).toBe('understood');
    expect(verdict(task, 'Removed the MFA device; your password is unchanged.')).toBe('understood');
  });
  it('catches a forbidden item in the text a generic verb names', () => {
    const summary =
      'Summarise the CT findings in plain language. Do not add a diagnosis, an interpretation or a recommendation.';
    expect(verdict(summary, 'A 14 mm nodule in the right upper lung. A biopsy is recommended.')).toBe(
      'misunderstood',
    );
    expect(
      verdict(summary, 'A 14 mm nodule in the right upper lung; no recommendation given, as asked.'),
    ).toBe('understood');
  });
});

describe('substitutedAction', () => {
  it('finds an action taken instead of the one asked', () => {
    const said = sentencesOf('Good news: instead of cancelling, I moved you to Fibre 100.');
    expect(substitutedAction('Process the cancellation of Fibre 500 only.', said)).toContain(
      'instead of cancelling',
    );
  });
  it('ignores an "instead of" about something the task did not ask', () => {
    const said = sentencesOf(
      'Cancelled Fibre 500; I used the archived invoice instead of re-querying billing.',
    );
    expect(substitutedAction('Process the cancellation of Fibre 500.', said)).toBeUndefined();
    expect(
      substitutedAction(
        'Repair the windscreen instead of replacing it.',
        sentencesOf('Repaired instead of replacing.'),
      ),
    ).toBeUndefined();
  });
  it('leaves negated sentences alone', () => {
    const p = extractProhibitions('Never delete customer records.')[0]!;
    expect(breaks(p, [], ['No customer records were deleted.'])).toBeUndefined();
    expect(breaks(p, ['delete_records customer 42'], [])).toBeDefined();
  });
});
