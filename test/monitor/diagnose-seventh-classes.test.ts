/**
 * The seventh corpus's error classes (issue 10, rules-9). Each first test of a block failed
 * before its rule; curves are built from the shape of the real runs named.
 *  - Divergence read on persistence alone (too few points after the best for a trend test) must
 *    be borne out by a logged validation loss: weights that diverged are evaluated worse too
 *    (json-handwriting: a noisy training loss bounces back from one lucky low point while the
 *    validation loss, rising since epoch 1, is the overfit).
 *  - Oscillation needs the loss to go up: a per-epoch loss lower at every epoch than the one
 *    before has no bounce (keras-plantshield: its residuals are the bend of a fast fall).
 *  - The improvement bar is a fall of twice the noise on log(y): 1 − e^(−2σ) of the level, a bar
 *    a positive loss can beat however noisy it is.
 *  - A bouncing training loss with no validation loss logged still gets its end stated next to
 *    lr-too-high (rivagan-1557659886, detectron2-pothole).
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { improvementBar, pointsSinceImprovement } from '../../src/monitor/diagnose-stats.js';
import { DEFAULT_THRESHOLDS } from '../../src/monitor/thresholds.js';
import { epochs, kinds, run } from './diagnose-fixtures.js';

describe('divergence read on persistence alone needs the validation loss to bear it out', () => {
  // 30 epochs: the training loss falls from 1.2 to about 0.05 with +/-40 % bounces, reaches 0.004
  // at epoch 27 and is back at 0.24, 0.30, 0.17 for the last three; the validation loss rises all run.
  const train = epochs(30, (t) => (0.03 + 1.2 * Math.exp(-t / 6)) * (t % 3 === 0 ? 1.4 : t % 3 === 1 ? 0.7 : 1));
  train[26] = 0.004;
  train[27] = 0.24;
  train[28] = 0.3;
  train[29] = 0.17;
  const validation = epochs(30, (t) => 1.4 + 0.28 * t);

  it('a training loss back at its level after one lucky low point, with the evaluations holding theirs, is no divergence: the validation loss is an overfit', () => {
    const found = kinds(diagnose(run(train, validation)));
    expect(found).not.toContain('divergence');
    expect(found).toContain('overfitting');
  });

  it('...but when the evaluations after the climb are thrown off too, it is', () => {
    const thrown = validation.map((value, i) => (i >= 27 ? value * 3 : value));
    expect(kinds(diagnose(run(train, thrown)))).toContain('divergence');
  });

  it('...and without a validation loss the persistence is the evidence, as before', () => {
    expect(kinds(diagnose(run(train)))).toContain('divergence');
  });
});

describe('oscillation needs the loss to go up', () => {
  // 10 epochs: the training loss falls 1.34 -> 0.055 at every epoch, fast at first; the validation loss bounces.
  const train = [1.34, 0.435, 0.261, 0.179, 0.135, 0.105, 0.0898, 0.071, 0.0622, 0.0549];
  const validation = [0.604, 0.294, 0.254, 0.165, 0.125, 0.202, 0.11, 0.114, 0.165, 0.109];

  it('a per-epoch loss lower at every epoch than the one before is no lr-too-high, whatever its residuals (keras-plantshield)', () => {
    expect(kinds(diagnose(run(train, validation)))).not.toContain('lr-too-high');
  });

  // Thrown up 30 %, the curve steps up by the bar once only, at its last epoch: a blip since rules-40.
  it('...but the same curve with every other epoch thrown up 60 %, stepping up at every other epoch, is', () => {
    const bouncing = train.map((value, i) => (i % 2 === 1 ? value * 1.6 : value));
    expect(kinds(diagnose(run(bouncing, validation)))).toContain('lr-too-high');
  });
});

describe('the improvement bar is read on the log scale the noise was measured on', () => {
  it('twice a log-scale noise of 0.5 is a fall to e^-1 of the level (63 %), not 100 %', () => {
    const bar = improvementBar({ noise: 0.5 }, DEFAULT_THRESHOLDS);
    expect(bar).toBeCloseTo(1 - Math.exp(-1), 10);
    expect(bar).toBeLessThan(1);
    // ...a bar a positive loss can beat: a level falling to a quarter registers a new best.
    expect(pointsSinceImprovement([1, 1, 0.25, 0.25], bar)).toBe(1);
  });

  it('...and about twice the noise for a quiet curve', () => {
    expect(improvementBar({ noise: 0.02 }, DEFAULT_THRESHOLDS)).toBeCloseTo(0.04, 2);
  });
});

describe('a bouncing training loss with no validation loss still gets its end stated', () => {
  it('still falling at the end: lr-too-high and still-improving (rivagan-1557659886)', () => {
    // 80 epochs falling steadily, with a 2x spike at epochs 50 and 65.
    const train = epochs(80, (t) => 0.1 + 2 * Math.exp(-t / 30));
    train[49] *= 2;
    train[64] *= 2;
    const found = kinds(diagnose(run(train)));
    expect(found).toEqual(expect.arrayContaining(['lr-too-high', 'still-improving']));
  });

  it('flat for its last half: lr-too-high and plateau (detectron2-pothole)', () => {
    const train = epochs(60, (t) => (1 + 20 * Math.exp(-t / 3)) * (t % 2 ? 1.12 : 0.88));
    const found = kinds(diagnose(run(train)));
    expect(found).toEqual(expect.arrayContaining(['lr-too-high', 'plateau']));
  });

  it('...while next to a validation loss that bounces too, the advice alone is given, as before', () => {
    const train = epochs(60, (t) => (0.1 + 2 * Math.exp(-t / 30)) * (t % 2 ? 1.12 : 0.88));
    const validation = epochs(60, (t) => (0.2 + 2 * Math.exp(-t / 30)) * (t % 2 ? 0.85 : 1.15));
    const found = kinds(diagnose(run(train, validation)));
    expect(found).toContain('lr-too-high');
    expect(found).not.toContain('still-improving');
    expect(found).not.toContain('plateau');
  });
});
