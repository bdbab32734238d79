import { describe, expect, it } from 'vitest';
import { unexplainedError } from './unexplained-error.ts';

const EVENTS = [
  "TypeError: Cannot read properties of null (reading 'city')",
  '    at InvoiceMapper.toDto (src/mappers/invoice.ts:88:41)',
  '    at InvoiceController.get (src/controllers/invoice.ts:52:22)',
  'events: 7,204 in 24h | distinct customers: 312 | billing_address_id=null (312/312)',
].join('\n');

describe('a diagnosis that passes over the error its tool showed', () => {
  it('is read where the answer offers a cause and names nothing of the error', () => {
    expect(unexplainedError([EVENTS], 'Looks like a race condition under load; add retries.')).toMatch(
      /TypeError/,
    );
  });
  it('is nothing when the answer names the error, its function or its message, or offers no cause', () => {
    for (const output of [
      'Root cause: InvoiceMapper.toDto reads address.city, but the billing address is null for migrated customers.',
      'The TypeError comes from the new DTO mapping; likely the null address.',
      'Likely cause: invoice.ts line 88 dereferences a null billing address.',
      '7,204 events from 312 customers since 16:04Z.',
    ])
      expect(unexplainedError([EVENTS], output)).toBeUndefined();
    // An error word in prose, with no stack frame, is no trace.
    expect(
      unexplainedError(['Note: the ValidationError page was redesigned.'], 'Likely a race condition.'),
    ).toBeUndefined();
  });
});
