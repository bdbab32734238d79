import { describe, expect, it } from 'vitest';
import { createRedactor, redactSecrets, redactValue } from './redact.ts';

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

  it('finds labelled secrets in any case, and the shortest email', () => {
    expect(redactSecrets('API_KEY=supersecretvalue123')).toBe('API_KEY=[REDACTED:api_key]');
    expect(redactSecrets('Password: hunter2hunter2')).toBe('Password: [REDACTED:api_key]');
    expect(redactSecrets('sEcReT="abcdefghijkl"')).toBe('sEcReT="[REDACTED:api_key]"');
    expect(redactSecrets('Token=abcdefghijkl')).toBe('Token=[REDACTED:api_key]');
    expect(redactSecrets('a@b.co')).toBe('[REDACTED:email]');
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

describe('redactValue', () => {
  const value = () => ({
    plain: { text: 'nothing here', list: ['a', 'b'] },
    mixed: [1, 'mail a@b.co', { deep: ['ok', 'token=abcdefghijkl'] }, null],
    count: 3,
  });
  const expected = {
    plain: { text: 'nothing here', list: ['a', 'b'] },
    mixed: [1, 'mail [REDACTED:email]', { deep: ['ok', 'token=[REDACTED:api_key]'] }, null],
    count: 3,
  };

  it('copies the whole value by default', () => {
    const input = value();
    const out = redactValue(input, redactSecrets);
    expect(out).toEqual(expected);
    expect(out.plain).not.toBe(input.plain);
    expect(out.plain.list).not.toBe(input.plain.list);
  });

  it('with share, gives the same result and shares only the parts without a change', () => {
    const input = value();
    const out = redactValue(input, redactSecrets, true);
    expect(out).toEqual(expected);
    expect(JSON.stringify(out)).toBe(JSON.stringify(redactValue(value(), redactSecrets)));
    expect(out).not.toBe(input);
    expect(out.plain).toBe(input.plain);
    expect(out.mixed).not.toBe(input.mixed);
    expect(input).toEqual(value());
    const clean = { a: ['x', { b: 'y' }] };
    expect(redactValue(clean, redactSecrets, true)).toBe(clean);
  });
});
