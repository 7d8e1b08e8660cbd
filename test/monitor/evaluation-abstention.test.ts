/**
 * The scorer's account of abstentions (round 19, pre-registered before the sixteenth corpus's
 * labels were committed): a miss on a run where the tool said it cannot tell is counted apart from a wrong
 * verdict, and a label's own "cannot tell which end" (still-improving|plateau) missed there is
 * the secondary score's agreement. The primary `found` never changes.
 */
import { describe, expect, it } from 'vitest';
import { scoreCorpus, type ScoredRun } from './evaluation-corpus.js';

const run = (id: string, expected: string[], kinds: string[], unclear?: 'end-untold' | 'short-run'): ScoredRun => ({
  label: { id, expected, allowed: [], reason: 'made up for the scorer' },
  findings: kinds.map((kind) => ({ kind: kind as ScoredRun['findings'][number]['kind'], severity: 'info' as const })),
  ...(unclear === undefined ? {} : { noClearAnswer: { reason: unclear } }),
});

describe('the scorer counts abstentions apart, and a label that cannot tell the end agrees with a tool that says so', () => {
  it('found is unchanged; abstentions and the end-unclear agreements are counted beside it', () => {
    const score = scoreCorpus([
      run('both-ends-unclear', ['still-improving|plateau'], [], 'end-untold'),
      run('both-ends-reversed', ['plateau|still-improving'], ['lr-too-high'], 'short-run'),
      run('one-end-unclear', ['still-improving'], [], 'end-untold'),
      run('gap-or-plateau-unclear', ['widening-gap|plateau'], [], 'end-untold'),
      run('both-ends-silent', ['still-improving|plateau'], []),
      run('both-ends-found', ['still-improving|plateau'], ['plateau'], 'end-untold'),
    ]);
    expect(score.expected).toBe(6);
    expect(score.found).toBe(1);
    expect(score.misses.map((miss) => miss.id)).toEqual(['both-ends-unclear', 'both-ends-reversed', 'one-end-unclear', 'gap-or-plateau-unclear', 'both-ends-silent']);
    expect(score.abstained).toBe(4);
    expect(score.endUnclearAgreed).toBe(2);
  });

  it("another labeller's set, which has no statement, gets none", () => {
    const score = scoreCorpus([run('x', ['still-improving|plateau'], [])]);
    expect([score.found, score.abstained, score.endUnclearAgreed]).toEqual([0, 0, 0]);
  });
});
