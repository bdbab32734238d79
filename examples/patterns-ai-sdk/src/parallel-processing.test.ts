import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { parallelCodeReview } from './parallel-processing.ts';
import { runPattern } from './run-pattern.ts';

const security = {
  vulnerabilities: ['The search handler builds SQL from the raw query string'],
  riskLevel: 'high',
  suggestions: ['Use a parameterised query for the search'],
};
const performance = {
  issues: ['The report endpoint loads every order row into memory'],
  impact: 'medium',
  optimizations: ['Stream the report rows in pages of 500'],
};
const quality = {
  concerns: ['Handler functions mix parsing, SQL and formatting'],
  qualityScore: 6,
  recommendations: ['Split parsing and formatting into their own modules'],
};
const summary = 'Fix the SQL injection in search first, then page the report rows, then split the handlers.';

describe('parallel processing (three Output.object reviewers → lead)', () => {
  it('infers one handoff from each reviewer to the lead, carrying the review values', async () => {
    const run = await runPattern(
      'code-review',
      {
        security_reviewer: [{ text: JSON.stringify(security) }],
        performance_reviewer: [{ text: JSON.stringify(performance) }],
        quality_reviewer: [{ text: JSON.stringify(quality) }],
        tech_lead: [{ text: summary }],
      },
      (agents) =>
        parallelCodeReview('app.get("/search", (q) => db.query("SELECT * FROM o WHERE n = " + q))', agents),
    );
    expect(run.result.summary).toBe(summary);
    expectWellFormedTrace(run.trace);
    expect(run.trace.turns.map((turn) => turn.agent).sort()).toEqual([
      'performance_reviewer',
      'quality_reviewer',
      'security_reviewer',
      'tech_lead',
    ]);
    const values = (review: object) =>
      Object.values(review)
        .flat()
        .filter((v) => typeof v === 'string')
        .join('\n');
    expect(handoffSummary(run.trace).sort((a, b) => a.from.localeCompare(b.from))).toEqual([
      {
        kind: 'step',
        from: 'performance_reviewer',
        to: 'tech_lead',
        inferred: true,
        content: values(performance),
      },
      { kind: 'step', from: 'quality_reviewer', to: 'tech_lead', inferred: true, content: values(quality) },
      { kind: 'step', from: 'security_reviewer', to: 'tech_lead', inferred: true, content: values(security) },
    ]);
    expect(run.analysis.failure).toBeNull();
  });
});
