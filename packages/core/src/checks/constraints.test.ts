import { describe, expect, it } from 'vitest';
import { extractConstraints } from './constraints.ts';

const values = (text: string) => extractConstraints(text).map((c) => `${c.type}:${c.value}`);

describe('extractConstraints', () => {
  it('finds periods, currencies, limits, requirements and names in a task', () => {
    const found = values(
      "Research ACME Corp's Q3 2024 revenue in EUR and the top 3 revenue drivers. Cite sources.",
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'year:2024',
        'quarter:Q3',
        'currency:EUR',
        'limit:top 3',
        'requirement:cite sources',
        'name:acme corp',
      ]),
    );
  });

  it('works on other domains and wordings', () => {
    const found = values(
      'Book a flight from Lisbon to Oslo on 2025-03-14 for under 400 euros, "window seat" please, at most 2 stops.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'date:2025-03-14',
        'currency:EUR',
        'quoted:window seat',
        'limit:max 400',
        'limit:max 2',
        'name:lisbon',
        'name:oslo',
      ]),
    );
  });

  it('reads quarters and years written out', () => {
    expect(values('Summarise the third quarter of FY2023 sales in dollars')).toEqual(
      expect.arrayContaining(['quarter:Q3', 'year:2023', 'currency:USD']),
    );
  });

  it('canonicalises quantities', () => {
    expect(values('growth of 12 percent to 4.20 bn')).toEqual(
      expect.arrayContaining(['quantity:12 %', 'quantity:4.2 billion']),
    );
  });
});
