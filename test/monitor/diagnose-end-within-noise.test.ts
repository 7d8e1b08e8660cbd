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

  it('a validation loss falling significantly within its noise next to a training loss that fell 6 % without significance gets no plateau: that loss has not stopped improving (rules-44, the 53rd corpus b02)', () => {
    // Udacity's Fashion-MNIST loop in a student's fork, printed every 40 steps: the running training loss and the test loss.
    const train = [1.728, 1.043, 0.873, 0.786, 0.748, 0.702, 0.691, 0.683, 0.688, 0.651, 0.61, 0.637, 0.602, 0.617, 0.61, 0.603, 0.618, 0.577, 0.565, 0.561, 0.554,
      0.59, 0.547, 0.584, 0.519, 0.532, 0.526, 0.571, 0.521, 0.527, 0.546, 0.543, 0.552, 0.515, 0.54, 0.543, 0.538, 0.525, 0.523, 0.484, 0.521, 0.505, 0.51, 0.528, 0.505, 0.576];
    const test = [0.964, 0.742, 0.663, 0.655, 0.616, 0.585, 0.562, 0.569, 0.566, 0.554, 0.551, 0.523, 0.522, 0.522, 0.508, 0.502, 0.528, 0.487, 0.508, 0.493, 0.524,
      0.486, 0.485, 0.493, 0.474, 0.476, 0.466, 0.481, 0.478, 0.499, 0.482, 0.479, 0.467, 0.461, 0.461, 0.45, 0.46, 0.451, 0.451, 0.449, 0.452, 0.44, 0.437, 0.447, 0.444, 0.438];
    expect(kinds(diagnose(run(train, test)))).not.toContain('plateau');
  });

  it('a 7-epoch validation loss flat for its last 4 evaluations while the training loss falls 8 % gets no plateau within the noise; the plateau of no fall reads it (json-leximind-7ep, rules-47)', () => {
    const findings = diagnose(run([4.7, 4.083, 3.966, 3.912, 3.878, 3.86, 3.85], [4.134, 4.055, 4.028, 4.023, 4.026, 4.027, 4.029]));
    expect(kinds(findings)).toEqual(['plateau']);
    expect(findings[0].message).toMatch(/shows no fall at the end/);
    expect(findings[0].message).not.toMatch(/no evidence of improvement/);
  });
});
