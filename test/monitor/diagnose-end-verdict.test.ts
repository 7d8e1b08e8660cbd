/**
 * The end-of-run verdict and two learning-rate vetoes (issue 10, rules-8). Each first test of a
 * block failed before its rule; curves are built from the shape of the real runs named.
 *  - A run long enough for the trend rules always has its end stated: still improving, a fault
 *    that explains the end (overfitting, divergence, non-finite), or a plateau: no significant
 *    fall worth having over the trailing window and no new best beyond the noise bar in it (Keras'
 *    EarlyStopping with patience = the window and min_delta = twice the noise).
 *  - lr-too-high: the optimiser's overshoot shows in the training loss; an overfit validation
 *    loss's rise and jumps after its best do not corroborate it (keras-ecg-a/-b).
 *  - lr-too-low: a validation loss that rose since its best says more or larger steps would not
 *    help (cb-allora-rmse).
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { epochs, jitter, readings, run } from './diagnose-fixtures.js';

describe('the end of a run long enough to read is always stated', () => {
  it('a loss that fell and then wanders within its noise for a window is a plateau, even when not flat with confidence', () => {
    // 40 epochs: falls to about 0.5 by epoch 15, then wanders +/-6 % (no new best beyond twice the noise, no significant fall).
    const findings = diagnose(run(epochs(40, (t) => (0.5 + 2 * Math.exp(-t / 3)) * jitter(t * 7, t > 12 ? 0.06 : 0))));
    expect(readings(findings)).toContain('plateau');
    const plateau = findings.find((finding) => finding.kind === 'plateau');
    expect(plateau?.evidence['stalledPoints']).toBeGreaterThanOrEqual(plateau?.evidence['window'] as number);
    expect(plateau?.evidence['pValue']).toBeGreaterThanOrEqual(0.05);
    for (const key of ['improvementThreshold', 'windowBestMargin', 'testStatistic', 'noiseLevel']) expect(Number.isFinite(plateau?.evidence[key]), key).toBe(true);
    expect(plateau?.message).toMatch(/is not improving at the end/);
  });

  it('a validation loss flat under a falling training loss is both a widening gap and a plateau (cb-electricity-notebooks)', () => {
    const findings = diagnose(run(epochs(60, (t) => 0.1 + 1.2 * Math.exp(-t / 20)), epochs(60, (t) => 0.8 + 1.0 * Math.exp(-t / 5))));
    expect(readings(findings)).toEqual(expect.arrayContaining(['widening-gap', 'plateau']));
    expect(findings.find((finding) => finding.kind === 'plateau')?.series).toBe('val_loss');
  });

  it('...but a loss still falling significantly at the end gets no plateau', () => {
    expect(readings(diagnose(run(epochs(40, (t) => 0.2 + 2 * Math.exp(-t / 15)))))).toEqual(['still-improving']);
  });
});

describe('lr-too-high is read on the training loss, not on an overfit validation loss', () => {
  // keras-ecg-a: the training loss falls 0.30 -> 0.016 with a few bumping epochs; the validation
  // loss falls to its best at epoch 7 and then rises with jumps (to 5x its best).
  const train = [0.298, 0.16, 0.132, 0.1195, 0.1028, 0.0857, 0.0724, 0.0666, 0.086, 0.0711, 0.0976, 0.0651, 0.046, 0.0304, 0.0195, 0.0159];
  const validation = [17.0, 3.62, 0.789, 0.277, 0.191, 0.1926, 0.1759, 0.25, 0.263, 0.326, 0.338, 0.395, 0.354, 0.884, 0.636, 0.43];

  it('an overfit whose validation loss bounces only after its best is overfitting, not lr-too-high', () => {
    const found = readings(diagnose(run(train, validation)));
    expect(found).toContain('overfitting');
    expect(found).not.toContain('lr-too-high');
  });

  it('...but a bouncing training loss over a validation loss that bounced before its rise too is lr-too-high', () => {
    const bouncing = Array.from({ length: 30 }, (_, i) => (0.3 + Math.exp(-i / 8)) * (i % 2 ? 1.2 : 0.85));
    const bouncingValidation = Array.from({ length: 30 }, (_, i) => (0.4 + Math.exp(-i / 8)) * (i % 2 ? 1.15 : 0.88) * (i > 22 ? 1 + 0.1 * (i - 22) : 1));
    expect(readings(diagnose(run(bouncing, bouncingValidation)))).toContain('lr-too-high');
  });
});

describe('lr-too-low is refuted by a validation loss that rose since its best', () => {
  it('a training loss that barely moves next to a validation loss creeping up from an early best: plateau, not lr-too-low (cb-allora-rmse)', () => {
    // 100 iterations: the training loss falls 1.7 % in all; the validation loss is best at
    // iteration 13 and then creeps up 1.2 %, steadily (Mann-Kendall), far beyond its noise.
    const train = Array.from({ length: 100 }, (_, i) => 0.0358 * (1 - 0.017 * (i / 99)) * jitter(i, 0.0001));
    const validation = Array.from({ length: 100 }, (_, i) => (i < 13 ? 0.04204 - 0.000005 * i : 0.041975 * (1 + 0.012 * ((i - 13) / 86))) * jitter(i + 500, 0.0001));
    const found = readings(diagnose(run(train, validation)));
    expect(found).not.toContain('lr-too-low');
    expect(found).toContain('plateau');
  });

  it('...but a flat training loss next to a flat validation loss is still lr-too-low (the model learned nothing)', () => {
    expect(readings(diagnose(run(epochs(40, () => 2.3), epochs(40, () => 2.35))))).toContain('lr-too-low');
  });
});

describe('a slow steady decline is both lr-too-low and still-improving (rules-14; one still-improving finding that says the decline since rules-41)', () => {
  it('on a training loss with nothing else logged, the loss lr-too-low is read on', () => {
    // 30 epochs: a slow straight decline, 0.40 -> 0.28, to a new best at every epoch. (The shape
    // of json-lane-unet, a fast first drop 2.0 -> 0.36 before it, is no slow decline since
    // rules-31: it lost most of itself fast; diagnose-twenty-third-classes.test.ts.)
    const train = epochs(30, (t) => (0.4 - 0.0042 * (t - 1)) * jitter(t, 0.002));
    const findings = diagnose(run(train));
    expect(readings(findings)).toEqual(['lr-too-low', 'still-improving']);
    expect(findings.map((finding) => finding.kind)).toEqual(['still-improving']);
    expect(findings[0].evidence['slowDeclineHalvesRatio']).toBeDefined();
    expect(findings[0].message).toMatch(/falls slowly and steadily: .*a larger learning rate may get there sooner\.$/);
  });

  it('...but a loss that never moved gets lr-too-low and its stall, a plateau (rules-36; before: lr-too-low only)', () => {
    expect(readings(diagnose(run(epochs(30, (t) => 0.69 * jitter(t, 0.004)))))).toEqual(['plateau', 'lr-too-low']);
  });
});
