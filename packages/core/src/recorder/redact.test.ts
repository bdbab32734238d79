import { describe, expect, it } from 'vitest';
import { createRedactor, redactSecrets } from './redact.ts';

describe('redactSecrets', () => {
  it('removes API keys, bearer tokens, JWTs and emails', () => {
    const text = [
      'key sk-proj-abcdefghijklmnopqrstuvwx1234',
      'Authorization: Bearer abcdef1234567890abcdef',
      'aws AKIAABCDEFGHIJKLMNOP',
      'gh ghp_abcdefghijklmnopqrstuvwxyz0123456789',
      'jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
      'mail jane.doe@example.com',
      'api_key=supersecretvalue123',
    ].join('\n');
    const out = redactSecrets(text);
    for (const secret of [
      'sk-proj',
      'abcdef1234567890abcdef',
      'AKIAABCD',
      'ghp_',
      'eyJhbGci',
      'jane.doe',
      'supersecretvalue123',
    ]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('[REDACTED:email]');
    expect(out).toContain('api_key=[REDACTED:api_key]');
  });

  it('leaves ordinary text alone', () => {
    const text = 'ACME Corp Q3 2024 revenue was EUR 4.2 billion; the task-oriented planner said so.';
    expect(redactSecrets(text)).toBe(text);
  });
});

describe('createRedactor', () => {
  it('runs custom redactors after the built-in patterns', () => {
    const redact = createRedactor({ custom: [(text) => text.replaceAll('ACME', '[CLIENT]')] });
    expect(redact?.('ACME mail a@b.co')).toBe('[CLIENT] mail [REDACTED:email]');
  });

  it('can be turned off', () => {
    expect(createRedactor(false)).toBeUndefined();
  });
});
