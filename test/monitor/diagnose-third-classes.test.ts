/**
 * The third corpus's miss and false-alarm classes (docs/diagnose.md, "How well it works"), and
 * the first and second corpora's that the same rules handle, each as a hand-built curve that
 * failed before the rule change that handles it. The real runs that showed each class are
 * named; the curves are built from the shape, not copied.
 */
import { describe, expect, it } from 'vitest';
import { History, diagnose, noClearAnswerNote } from '../../src/monitor/index.js';
import { epochs, jitter, readings, run } from './diagnose-fixtures.js';

describe('NaN in any loss, whatever the role table made of it', () => {
  it("a GAN's named losses ('disc_loss', 'gen_loss') are metrics to the trend rules, but their NaN is found (pl-genrisk-nan)", () => {
    const history = new History();
    for (let step = 1; step <= 40; step++) {
      history.append('train_disc_loss', { step, value: step === 1 ? 1.6e24 : Number.NaN });
      history.append('train_gen_loss', { step, value: Number.NaN });
    }
    expect(history.trainLoss).toBeUndefined();
    const findings = diagnose(history);
    expect(readings(findings)).toEqual(['non-finite', 'non-finite']);
    expect(findings.map((finding) => finding.series).sort()).toEqual(['disc_loss', 'gen_loss']);
    expect(findings.every((finding) => finding.severity === 'critical')).toBe(true);
  });

  it('...and a named loss that stays finite adds nothing, however it moves (a GAN generator loss may rise)', () => {
    const history = run(epochs(30, (t) => 0.2 + Math.exp(-t / 5)));
    epochs(30, (t) => 0.5 + 0.05 * t).forEach((value, i) => history.append('gen_loss', { epoch: i + 1, value }));
    expect(readings(diagnose(history))).not.toContain('non-finite');
  });
});

describe('short runs: what their numbers can and cannot support', () => {
  it('four evaluations, each a new best, are still improving: falling order has p = 1/24 with no trend', () => {
    const validation = [0.52, 0.41, 0.37, 0.33];
    const findings = diagnose(run([0.9, 0.6, 0.5, 0.45], validation));
    expect(readings(findings)).toEqual(['still-improving']);
    expect(findings[0].series).toBe('val_loss');
    expect(findings[0].evidence['pValue']).toBeCloseTo(1 / 24, 9);
  });

  it('three epochs, each a new best (json-gpt2-doublehead), cannot reach 5 % (p = 1/6): no finding, no clear answer', () => {
    expect(diagnose(run([2.01, 1.2, 0.84]))).toEqual([]);
  });

  it('four evaluations with one bump (hf-whisper-arabic) are no evidence of a trend', () => {
    expect(readings(diagnose(run([0.55, 0.32, 0.26, 0.2], [0.252, 0.265, 0.245, 0.193])))).toEqual([]);
  });

  it('an exponential fall over 9 epochs is no oscillation: a noise level needs 10 points (pl-mnist-short)', () => {
    const train = [0.2553, 0.1092, 0.07592, 0.054, 0.04668, 0.0367, 0.03357, 0.02805, 0.02574];
    const validation = [0.1419, 0.1291, 0.09705, 0.117, 0.09493, 0.1035, 0.1261, 0.09751, 0.1213];
    const found = readings(diagnose(run(train, validation)));
    expect(found).not.toContain('lr-too-high');
    // With the false oscillation gone, the gap the label expects is read.
    expect(found).toContain('widening-gap');
  });

  it('...while 30 epochs bouncing 10 % around their trend, validation bouncing too, still are', () => {
    const train = epochs(30, (t) => (0.3 + Math.exp(-t / 8)) * (t % 2 === 0 ? 1.12 : 0.9));
    const validation = epochs(30, (t) => (0.35 + Math.exp(-t / 8)) * (t % 2 === 0 ? 1.1 : 0.92));
    expect(readings(diagnose(run(train, validation)))).toContain('lr-too-high');
  });
});

describe('progress read on the loss that moved', () => {
  it('a training loss that barely moves does not hide a validation loss still falling to new bests (tb-binn-v316)', () => {
    const train = epochs(11, (t) => 0.698 - 0.0025 * t);
    const validation = [0.691, 0.684, 0.676, 0.669, 0.662, 0.656, 0.65, 0.645, 0.639, 0.634, 0.629].map((v, i) => v * jitter(i, 0.001));
    const found = readings(diagnose(run(train, validation)));
    expect(found).toContain('lr-too-low');
    expect(found).toContain('still-improving');
  });

  it('...but a monitored loss that never moved gets lr-too-low, and its end is a plateau (rules-36)', () => {
    const train = epochs(20, () => 0.69);
    expect(readings(diagnose(run(train)))).toEqual(['plateau', 'lr-too-low']);
  });
});

describe("still improving: the end ties the best level", () => {
  it('a loss creeping down whose lowest level came 4 epochs before the end, tied by the end within 0.2 %, is still improving (json-diffusion-pref, yolov8-crater)', () => {
    const validation = epochs(46, (t) => 0.00112 + 0.005 * Math.exp(-t / 5) + 0.000002 * (46 - t));
    validation.push(0.0011205, 0.0011215, 0.0011212, 0.0011208);
    const train = validation.map((v, i) => 1.02 * v * jitter(i + 7, 0.002));
    expect(readings(diagnose(run(train, validation)))).toContain('still-improving');
  });

  it('...but on a curve noisier than the noisy-validation bar, a tie of running medians is chance', () => {
    const validation = epochs(46, (t) => 0.2 + 1.5 * Math.exp(-t / 6)).map((v, i) => v * jitter(i + 3, 0.2));
    validation.push(0.2, 0.203, 0.201, 0.26);
    expect(readings(diagnose(run(undefined, validation)))).not.toContain('still-improving');
  });
});

describe('a run too short to read says so', () => {
  it("3 points without findings are 'no clear answer', not 'no problems'; 5 points are read", () => {
    expect(noClearAnswerNote(run([2.01, 1.2, 0.84]))).toMatch(/^No clear answer: 'loss' has 3 points/);
    expect(noClearAnswerNote(run(epochs(5, (t) => 1 / t)))).toBeUndefined();
    expect(noClearAnswerNote(new History())).toBeUndefined();
  });

  it('names the loss the short-run rule judged: the validation loss when it is short too (jsonl-detr-short)', () => {
    expect(noClearAnswerNote(run([0.9, 0.7, 0.6, 0.55], [0.8, 0.82, 0.85, 0.86]), [])).toMatch(/^No clear answer: 'val_loss' has 4 points/);
  });

  it('reads a run whose training loss is short by its validation loss when that has enough evaluations (pl-oligogym-v0)', () => {
    // 4 training-loss points (once per epoch) beside 52 evaluations: the monitored loss is the validation loss.
    const history = run([0.9, 0.7, 0.6], epochs(20, (t) => 1 / t));
    expect(noClearAnswerNote(history)).toBeUndefined();
    expect(readings(diagnose(history))).toContain('still-improving');
    expect(noClearAnswerNote(run([0.9, 0.7, 0.6], epochs(4, (t) => 1 / t)), [])).toMatch(/^No clear answer: 'val_loss' has 4 points/);
  });
});
