/**
 * rules-68, a loss that blew up at its first steps: its first logged point its lowest, every later one more than a
 * hundred times above it. The hundred-and-forty-sixth corpus's a01 and a02 (held out in round 149: plain gradient
 * descent at lr 0.5 on raw pixels, 17,125 at step 0, 3.5e7 at step 50, 1.5-3e7 after) were read as plateaus, the
 * divergence rule's running median starting on the points after the blow-up; both labellers expected a divergence.
 * The first two tests failed before the rule; the synthetic ones hold its line.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { HUNDRED_FORTY_SIXTH_A_CORPUS_DIR, diagnoseCorpusRun } from './evaluation-corpus.js';
import { epochs, kinds, run } from './diagnose-fixtures.js';

/** 16 prints: 1.7e4 at the start, then between 1.5e7 and 3.5e7, no trend. */
const blownUp = [17125, ...epochs(15, (t) => 2.4e7 + 0.9e7 * Math.sin(t * 1.7))];

describe('a loss that blew up at its first steps (rules-68)', () => {
  it("the hundred-and-forty-sixth corpus's a01 and a02 are divergences, critical", async () => {
    for (const id of ['a01-tensorflow-nb-roopsmall-left-eye-sauce', 'a02-tensorflow-nb-roopsmall-left-eye-src']) {
      const { findings } = await diagnoseCorpusRun(HUNDRED_FORTY_SIXTH_A_CORPUS_DIR, id);
      expect(kinds(findings)).toEqual(['divergence']);
      expect(findings[0]).toMatchObject({ series: 'loss', severity: 'critical' });
      expect(findings[0].message).toMatch(/started at .+ and was .+; it never came back within 100× of its start .+: training diverged at its first steps\./);
    }
  });

  it('synthetic: a start a thousand times below every later point is a divergence from the first step', () => {
    const findings = diagnose(run(blownUp));
    expect(kinds(findings)).toEqual(['divergence']);
    expect(findings[0].evidence['lowestAfterStart'] as number).toBeGreaterThan(100 * 17125);
    expect(findings[0].evidence['bestAt']).toBe(findings[0].range.from);
    expect(findings[0].evidence['onsetAt']).toBeGreaterThan(findings[0].range.from);
  });

  it('the factor is a threshold (blowUpAtStartFactor): at 2,000 times the same start is no blow-up', () => {
    expect(kinds(diagnose(run(blownUp), { blowUpAtStartFactor: 2000 }))).not.toContain('divergence');
  });

  it('...not when the loss comes back near its start once (a sum printed per epoch, restarting low)', () => {
    const restarting = blownUp.map((value, i) => (i === 8 ? 30000 : value));
    expect(kinds(diagnose(run(restarting)))).not.toContain('divergence');
  });

  it('...not for a rise of forty times (a start before the loss had its scale: a GAN, a KL term warming up)', () => {
    const rising = blownUp.map((value, i) => (i === 0 ? value * 20 : value));
    expect(kinds(diagnose(run(rising)))).not.toContain('divergence');
  });

  it('...not when a logged validation loss held its level', () => {
    const validation = epochs(16, () => 2.0);
    expect(kinds(diagnose(run(blownUp, validation)))).not.toContain('divergence');
  });
});
