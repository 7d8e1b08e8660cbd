/**
 * The end stated in the middle zone the end-of-run rules left unstated (issue 10, rules-12):
 * a plateau within the noise (endPlateauWithinNoiseRule). Each positive test got no end finding
 * before the rule; the curves are built from the shape of the real runs named.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, type Finding } from '../../src/monitor/index.js';
import { epochs, jitter, kinds, run } from './diagnose-fixtures.js';

function expectStatistics(finding: Finding | undefined): void {
  for (const key of ['effectSize', 'noiseLevel', 'testStatistic', 'pValue', 'lateChange', 'endMargin', 'stalledPoints']) {
    expect(Number.isFinite(finding?.evidence[key]), key).toBe(true);
  }
}

describe('a run whose end no other rule states gets a plateau within the noise', () => {
  it('a training loss that fell significantly over the window but turned up in its second half, short of its earlier best (detectron2-fish-metrics)', () => {
    // The 51 points the rules read of a detectron2 total_loss, no validation loss: down 91 %, the last 13 points -6 % along their trend (p = 0.012) but +2 % over the last 7.
    const loss = [1.503, 1.495, 1.229, 0.9246, 0.7291, 0.5958, 0.4909, 0.4281, 0.3931, 0.3762, 0.3436, 0.3116, 0.306, 0.2762, 0.238, 0.208, 0.17,
      0.145, 0.1374, 0.1267, 0.1171, 0.1192, 0.1127, 0.113, 0.09917, 0.0982, 0.09153, 0.09227, 0.09499, 0.09607, 0.08831, 0.08845, 0.08063, 0.08282,
      0.07945, 0.08508, 0.07702, 0.07289, 0.07681, 0.07632, 0.08147, 0.08263, 0.07439, 0.07322, 0.06748, 0.07111, 0.07357, 0.07432, 0.07282, 0.0722, 0.07237];
    const findings = diagnose(run(loss));
    expect(kinds(findings)).toEqual(['plateau']);
    const plateau = findings[0];
    expect(plateau.severity).toBe('info');
    expectStatistics(plateau);
    expect(plateau.evidence['lateChange']).toBeGreaterThan(0);
    expect(plateau.evidence['endMargin']).toBeLessThan(0);
    expect(plateau.message).toMatch(/no evidence of improvement at the end/);
    expect(plateau.message).toMatch(/the fall stopped/);
  });

  it('a validation loss falling significantly but only back to its earlier best, within its noise, next to a stalled training loss (json-fer-v4)', () => {
    // The validation loss drifts 3 % up around epoch 58 and back: the window falls significantly (p < 0.001), its end is its earlier level.
    const train = epochs(80, (t) => (0.29 + 0.25 * Math.exp(-t / 6)) * jitter(t * 3, 0.015));
    const validation = epochs(80, (t) => (0.22 + 0.3 * Math.exp(-t / 6)) * (1 + 0.03 * Math.max(0, 1 - Math.abs(t - 58) / 14)) * jitter(t * 5, 0.01));
    const findings = diagnose(run(train, validation));
    expect(kinds(findings)).toEqual(['plateau']);
    const plateau = findings[0];
    expect(plateau.series).toBe('val_loss');
    expectStatistics(plateau);
    expect(plateau.evidence['pValue']).toBeLessThan(0.05);
    expect(Math.abs(plateau.evidence['endMargin'] as number)).toBeLessThan(plateau.evidence['noiseLevel'] as number);
    expect(plateau.evidence['trainPValue']).toBeGreaterThanOrEqual(0.05);
    expect(plateau.message).toMatch(/within its noise/);
    expect(plateau.message).toMatch(/the training loss no longer falls significantly/);
  });
});

describe('...but not where the evidence is for improvement or the training loss still falls', () => {
  it('the same validation loss next to a training loss still falling gets no plateau (a healthy run stopped early)', () => {
    const train = epochs(80, (t) => 0.05 + 0.5 * Math.exp(-t / 30));
    const validation = epochs(80, (t) => (0.22 + 0.3 * Math.exp(-t / 6)) * (1 + 0.03 * Math.max(0, 1 - Math.abs(t - 58) / 14)) * jitter(t * 5, 0.01));
    expect(kinds(diagnose(run(train, validation)))).not.toContain('plateau');
  });

  it('a 7-epoch validation loss flat for its last 4 evaluations while the training loss falls 8 % gets no plateau (json-leximind-7ep, a miss left open)', () => {
    const findings = diagnose(run([4.7, 4.083, 3.966, 3.912, 3.878, 3.86, 3.85], [4.134, 4.055, 4.028, 4.023, 4.026, 4.027, 4.029]));
    expect(kinds(findings)).not.toContain('plateau');
  });
});
