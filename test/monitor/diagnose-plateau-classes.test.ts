/**
 * The plateau of a validation loss that stopped improving while the training loss still falls,
 * the miss class of all four real-log corpora (tb-binn-v196, yolov5-face-100, cb-freight-rate,
 * pl-fints-v0): Keras' EarlyStopping / ReduceLROnPlateau (monitor='val_loss', patience) and
 * PyTorch's ReduceLROnPlateau fire there, so diagnose reports it. The first test failed before
 * the rule (a falling training loss vetoed every plateau); the others are its "...but not"
 * counterparts, which held before and must still hold. Curves are built from the shape.
 */
import { describe, expect, it } from 'vitest';
import { PLATEAU_PATIENCE, diagnose } from '../../src/monitor/index.js';
import { epochs, kinds, run } from './diagnose-fixtures.js';

/** A training loss still falling about 0.4 % per epoch at the end (20 % over the last two thirds), far below the validation loss. */
const falling = (t: number) => 0.25 * (1 + 2 * Math.exp(-t / 5)) * (1 - 0.004 * t);

describe('a validation loss out of patience while the training loss still falls', () => {
  it('is a plateau of the validation loss (a warning: stalled for half the run), with the evaluations since its last new best and the statistics', () => {
    // Flat (within its 1 % jitter) from about epoch 20 of 50; the gap grows by 3 % of the
    // validation level, under the widening gap's 10 %.
    const findings = diagnose(run(epochs(50, falling), epochs(50, (t) => 1 + 1.5 * Math.exp(-t / 4))));
    expect(kinds(findings)).toEqual(['plateau']);
    const [plateau] = findings;
    expect(plateau.series).toBe('val_loss');
    expect(plateau.severity).toBe('warning');
    expect(plateau.evidence['stalledPoints']).toBeGreaterThanOrEqual(Math.max(PLATEAU_PATIENCE, 25));
    expect(plateau.evidence['trainChange']).toBeLessThan(-0.01);
    expect(plateau.evidence['trainPValue']).toBeLessThan(0.05);
    expect(Math.abs(plateau.evidence['effectSize'])).toBeLessThan(0.05);
    for (const key of ['noiseLevel', 'testStatistic', 'pValue', 'improvementThreshold']) expect(Number.isFinite(plateau.evidence[key]), key).toBe(true);
    expect(plateau.message).toMatch(/'val_loss' stopped improving: no new best beyond the noise bar \(\d+\.\d%\) for \d+ evaluations/);
    expect(plateau.message).toContain('while the training loss still fell');
    expect(plateau.suggestion).toContain("EarlyStopping(monitor='val_loss'");
    expect(plateau.range.to).toBe(50);
  });

  it('...but not while the validation loss still sets new bests beyond its noise every few epochs', () => {
    const found = kinds(diagnose(run(epochs(50, falling), epochs(50, (t) => (1 + 1.5 * Math.exp(-t / 4)) * (1 - 0.006 * t)))));
    expect(found).not.toContain('plateau');
  });

  it('...nor when it has been flat for fewer evaluations than the patience', () => {
    // Falls to its floor by about epoch 24 of 30: 6 flat epochs.
    const found = kinds(diagnose(run(epochs(30, falling), epochs(30, (t) => 1 + 1.5 * Math.exp(-t / 4) + 0.4 * Math.max(0, 1 - t / 24)))));
    expect(found).not.toContain('plateau');
  });

  it('...nor when it turns up: that is overfitting', () => {
    const found = kinds(diagnose(run(epochs(50, falling), epochs(50, (t) => 1 + 1.5 * Math.exp(-t / 4) + 0.012 * Math.max(0, t - 20)))));
    expect(found).toContain('overfitting');
    expect(found).not.toContain('plateau');
  });

  it('...nor when the training loss pulls away by more than a tenth of the validation level: that is the widening gap', () => {
    const found = kinds(diagnose(run(epochs(50, (t) => 0.05 + 0.6 * Math.exp(-t / 12)), epochs(50, (t) => 0.45 + 1.5 * Math.exp(-t / 4)))));
    expect(found).toEqual(['widening-gap']);
  });
});
