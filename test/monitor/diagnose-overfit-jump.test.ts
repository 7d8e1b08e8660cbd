/**
 * An overfit that jumps (rules-55, overfittingRule's level shift): the validation loss steps up from its best to a
 * level it keeps, its spikes inflating the noise past the 3 σ bar and the flat level after the jump giving
 * Mann-Kendall no trend. The points after the best ranking above the points up to it (Mann-Whitney, one-sided,
 * p < 0.01) is the evidence instead. Before the rule the real runs below were read as a widening gap or a plateau,
 * while both labellers expected overfitting.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { overfittingRule } from '../../src/monitor/diagnose-generalisation.js';
import { mannWhitneyAbove } from '../../src/monitor/trend-tests.js';
import { DEFAULT_THRESHOLDS } from '../../src/monitor/thresholds.js';
import { FIFTY_SEVENTH_A_CORPUS_DIR, FORTIETH_B_CORPUS_DIR, HUNDRED_SIXTH_C_CORPUS_DIR, diagnoseCorpusRun } from './evaluation-corpus.js';
import { epochCurve, jitter, kinds, run } from './diagnose-fixtures.js';

describe('an overfit that jumps to a level it keeps (rules-55)', () => {
  // A training loss falling steadily; a validation loss falling to its best at epoch 6, then jumping 60 % and
  // staying there, with spikes to 2.5x that put the noise far above the jump's 3 σ.
  const train = Array.from({ length: 25 }, (_, i) => 2 * Math.exp(-(i + 1) / 6) + 0.1);
  const spikes = new Set([9, 14, 15, 20]);
  const validation = Array.from({ length: 25 }, (_, i) => (i <= 5 ? 2.3 - 0.06 * i : (spikes.has(i) ? 5.5 : 3.2)) * jitter(i * 5 + 2, 0.08));

  it('the level after the best is the evidence where the noise and the trend test fail', () => {
    const found = overfittingRule(epochCurve('loss', train), epochCurve('val_loss', validation), DEFAULT_THRESHOLDS);
    expect(found?.kind).toBe('overfitting');
    expect(found?.message).toMatch(/a jump it kept: the points after the best rank above those up to it, Mann-Whitney/);
    expect(found?.evidence['pValue']).toBeLessThan(0.01);
    expect(kinds(diagnose(run(train, validation)))).toContain('overfitting');
  });

  it('a flat noisy curve with spikes, its best a dip, is no overfit: its later points interleave with the earlier', () => {
    const flat = Array.from({ length: 25 }, (_, i) => (spikes.has(i) ? 5.5 : 3.2) * jitter(i * 7 + 3, 0.1));
    expect(overfittingRule(epochCurve('loss', train), epochCurve('val_loss', flat), DEFAULT_THRESHOLDS)).toBeUndefined();
  });

  it('Mann-Whitney: later values all above the earlier ones are significant, interleaved ones are not', () => {
    expect(mannWhitneyAbove([5, 6, 7, 8, 9, 10], [1, 2, 3, 4]).pValue).toBeLessThan(0.01);
    expect(mannWhitneyAbove([1, 3, 5, 7, 9], [2, 4, 6, 8]).pValue).toBeGreaterThan(0.3);
    expect(mannWhitneyAbove([1], [2, 3]).pValue).toBe(1);
  });

  it.each([
    // A Keras multi-output fashion model (106th corpus, part c): best at epoch 5, then 1.8x with spikes to 6.
    ['c01-keras-json-brunacussiol-fashion-attributes', HUNDRED_SIXTH_C_CORPUS_DIR],
    // The intro MNIST notebook's own run (40th corpus, part b), read as a widening gap before.
    ['b03-pytorch-nb-priyammaz-intro-mnist', FORTIETH_B_CORPUS_DIR],
    // Horses or humans, Keras, a validation set of 256 images (57th corpus, part a), read as lr-too-high and a plateau before.
    ['a01-keras-nb-eckelberry-horses-val', FIFTY_SEVENTH_A_CORPUS_DIR],
  ])('a real run read without its overfit before: %s', async (id, dir) => {
    const { findings } = await diagnoseCorpusRun(dir, id);
    expect(kinds(findings)).toContain('overfitting');
  });
});
