/**
 * The error classes left after the fourth corpus was scored (all tuning data now), each as a
 * curve class built from its shape, not from the real run that showed it: the first test of
 * each block failed before its rule change; the "...but" tests are the counterparts that must
 * keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, History, diagnose } from '../../src/monitor/index.js';
import { warmUpEnd } from '../../src/monitor/diagnose-trends.js';
import { epochs, jitter, readings, run } from './diagnose-fixtures.js';

const STEPS_PER_EPOCH = 100;
const LOGS_PER_EPOCH = 4;

/**
 * A Lightning-style run: the training loss logged every 25 steps (4 times an epoch, 10 % batch
 * noise), the validation loss once an epoch (1 % noise); `trainSpikes` multiplies the training
 * loss at those logging points, `validationSpikes` the validation loss at those epochs.
 */
function perStepRun(epochCount: number, trainSpikes: readonly number[], validationSpikes: readonly number[] | undefined): History {
  const history = new History();
  const level = (step: number) => 0.2 + 0.8 * Math.exp(-step / (8 * STEPS_PER_EPOCH));
  for (let k = 0; k < epochCount * LOGS_PER_EPOCH; k++) {
    const step = (k + 1) * (STEPS_PER_EPOCH / LOGS_PER_EPOCH) - 1;
    const spike = trainSpikes.includes(k) ? 4 : 1;
    history.append('train_loss', { step, epoch: Math.floor(step / STEPS_PER_EPOCH), value: level(step) * jitter(k, 0.1) * spike });
  }
  if (validationSpikes !== undefined) {
    for (let e = 0; e < epochCount; e++) {
      const step = (e + 1) * STEPS_PER_EPOCH - 1;
      history.append('val_loss', { step, epoch: e, value: 1.1 * level(step) * jitter(e + 500) * (validationSpikes.includes(e) ? 1.8 : 1) });
    }
  }
  return history;
}

describe('spikes of a per-step training loss (pl-fints-v1 class)', () => {
  // Logging points 41, 62, 83, 105, 126: in epochs 10, 15, 20, 26, 31.
  const spikes = [41, 62, 83, 105, 126];

  it('over a smooth validation loss that no spike reaches are batch noise, not a learning rate too high', () => {
    expect(readings(diagnose(perStepRun(40, spikes, [])))).not.toContain('lr-too-high');
  });

  it('...but they are when the evaluations after them spike too: the weights were thrown off', () => {
    const high = diagnose(perStepRun(40, spikes, [10, 15, 20, 26, 31])).find((finding) => finding.kind === 'lr-too-high');
    expect(high?.evidence['spikeCount']).toBeGreaterThanOrEqual(2);
  });

  it('...and with no validation loss logged, repeated spikes are read on their own', () => {
    expect(readings(diagnose(perStepRun(40, spikes, undefined)))).toContain('lr-too-high');
  });
});

describe('a learning-rate warm-up before the decline (yolov9-assignment15 class)', () => {
  /** A random-init first epoch, a warm-up climbing 10 % over epochs 2-7, then `after(t)` from epoch 7 on. */
  const warmedUp = (n: number, after: (t: number) => number) =>
    epochs(n, (t) => (t === 1 ? 5.8 : t <= 7 ? 3.25 * (1 + (0.1 * (t - 2)) / 5) : after(t - 7)));

  it('a converging loss after the warm-up is not a learning rate too low: its rate is read from the peak', () => {
    // Read over the whole run, the halves' ratio is 0.69: the warm-up's climb slows the first half.
    const train = warmedUp(25, (s) => 1.5 + 2.075 * Math.exp(-s / 12));
    const findings = diagnose(run(train, train.map((v) => 1.05 * v)));
    expect(readings(findings)).not.toContain('lr-too-low');
    expect(warmUpEnd(train, DEFAULT_THRESHOLDS)).toBeGreaterThanOrEqual(4);
  });

  it('...but a straight slow line after the warm-up still is, read from where the warm-up ends', () => {
    const train = warmedUp(40, (s) => 3.575 * (1 - 0.009 * s));
    // Said in the still-improving finding since rules-41.
    const low = diagnose(run(train, train.map((v) => 1.05 * v))).find((finding) => finding.evidence['slowDeclineHalvesRatio'] !== undefined);
    expect(low?.evidence['slowDeclineWarmUpEnd']).toBeGreaterThanOrEqual(5);
    expect(low?.message).toContain('after its warm-up');
  });

  it('...and a noisy falling curve has no warm-up', () => {
    expect(warmUpEnd(epochs(40, (t) => 1 + Math.exp(-t / 10)), DEFAULT_THRESHOLDS)).toBe(0);
    expect(warmUpEnd(epochs(40, (t) => 3 * (1 - 0.005 * t)), DEFAULT_THRESHOLDS)).toBe(0);
  });
});

describe('a validation loss of 4 evaluations higher at every one (jsonl-detr-short class)', () => {
  const falling = [29.5, 28.1, 27.7, 27.5];

  it('is overfitting by the exact order test (3 rises from the lowest point: p = 1/24) with GL over 5 %', () => {
    const findings = diagnose(run(falling, [53.8, 55.7, 56.9, 57.9]));
    expect(readings(findings)).toEqual(['overfitting']);
    expect(findings[0].evidence['pValue']).toBeCloseTo(1 / 24, 10);
    expect(findings[0].evidence['generalisationLoss']).toBeCloseTo(100 * (57.9 / 53.8 - 1), 6);
  });

  it('...also when the training loss is logged per step, many times between the evaluations', () => {
    const history = new History();
    for (let step = 0; step < 400; step++) history.append('loss_step', { step, value: 30 * Math.exp(-step / 400) * jitter(step, 0.05) });
    [53.8, 55.7, 56.9, 57.9].forEach((value, k) => history.append('val_loss', { step: 100 * k + 99, epoch: k, value }));
    expect(readings(diagnose(history))).toContain('overfitting');
  });

  it('...but not when one evaluation is lower than the one before, nor with 3 evaluations (p = 1/6)', () => {
    expect(readings(diagnose(run(falling, [53.8, 56.9, 55.7, 57.9])))).not.toContain('overfitting');
    expect(readings(diagnose(run(falling.slice(0, 3), [53.8, 55.7, 57.9])))).not.toContain('overfitting');
  });

  it('...nor when the rise is under Prechelt\'s 5 %; a training loss rising with it is said in its message (rules-45)', () => {
    expect(readings(diagnose(run(falling, [53.8, 54.5, 55.3, 56.0])))).not.toContain('overfitting');
    const both = diagnose(run([27.5, 27.7, 28.1, 29.5], [53.8, 55.7, 56.9, 57.9])).find((finding) => finding.kind === 'overfitting');
    expect(both?.message).toMatch(/training loss rose too/);
  });
});

describe('the validation plateau under a falling training loss: its severity', () => {
  /** A training loss still falling about 0.4 % per epoch at the end. */
  const falling = (t: number) => 0.25 * (1 + 2 * Math.exp(-t / 5)) * (1 - 0.004 * t);

  it('is info when stalled for less than half the run, a warning for half of it or more (as the plateau rule)', () => {
    // No new best beyond the noise bar for the last 12 of 60 evaluations (tau 7), or for the last 36 (tau 4).
    // (At tau 8 the last third still falls 1.7 % to a new best at the last point: still improving, rules-52.)
    const late = diagnose(run(epochs(60, falling), epochs(60, (t) => 1 + 1.5 * Math.exp(-t / 7))));
    const early = diagnose(run(epochs(60, falling), epochs(60, (t) => 1 + 1.5 * Math.exp(-t / 4))));
    const late0 = late.find((finding) => finding.kind === 'plateau');
    const early0 = early.find((finding) => finding.kind === 'plateau');
    expect(late0?.evidence['stalledPoints']).toBeLessThan(30);
    expect(late0?.severity).toBe('info');
    expect(early0?.evidence['stalledPoints']).toBeGreaterThanOrEqual(30);
    expect(early0?.severity).toBe('warning');
  });
});

describe('an overfit that came partly back (pl-fints-v1 class)', () => {
  const train = epochs(100, (t) => 0.2 + Math.exp(-t / 15));
  /** Falls to its best by epoch 20, climbs to `peak` × the best by epoch 55, then drifts back to `end` × the best. */
  const cameBack = (peak: number, end: number) => epochs(100, (t) =>
    t <= 20 ? 1 + 2 * Math.exp(-t / 4) - 2 * Math.exp(-5) : t <= 55 ? 1 + (peak - 1) * ((t - 20) / 35) : peak - (peak - end) * ((t - 55) / 45));

  it('is overfitting: a significant rise to the peak, and the end still more than 5 % and 3 σ above the best', () => {
    const found = diagnose(run(train, cameBack(1.45, 1.18))).find((finding) => finding.kind === 'overfitting');
    expect(found?.evidence['peakValidationLoss']).toBeGreaterThan(1.3);
    expect(found?.evidence['generalisationLoss']).toBeGreaterThan(10);
    expect(found?.message).toContain('then partly back');
  });

  it('...but not when it came back to within 5 % of the best (GL under alpha)', () => {
    expect(readings(diagnose(run(train, cameBack(1.45, 1.03))))).not.toContain('overfitting');
  });

  it('...nor a flat curve whose noise explains the distance from its minimum (a rise to a chosen peak proves nothing there)', () => {
    const flat = Array.from({ length: 100 }, (_, i) => (i < 15 ? 1 + 2 * Math.exp(-(i + 1) / 3) : 1) * jitter(i + 7, 0.12));
    expect(readings(diagnose(run(train, flat)))).not.toContain('overfitting');
  });
});
