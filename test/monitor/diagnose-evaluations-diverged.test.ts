/**
 * The evaluations diverged (rules-60): a validation loss whose level climbs past twice its best and stays there, while
 * the training loss rises significantly too, is a divergence: the fit itself got worse. The hundred-and-fifteenth
 * corpus's a01 (a YOLOv5 sparsity run, held out in round 118: its validation loss 7.6 times its best, its training loss
 * up 40 %) was read as overfitting and lr-too-high; both labellers expected divergence. The first two tests failed
 * before the rule; the synthetic pair holds the line between the two readings.
 * rules-62, the same line where the training loss logged too few points to be read beside the validation loss (4
 * against 8 evaluations: the validation loss is then read alone): where those few points fell across the climb, the
 * climb is no divergence, and the overfitting rule reads it. The hundred-and-seventeenth corpus's d01 (held out in
 * round 120, a Hugging Face fine-tune: eval_loss 2.8 times its best, the training loss 0.41 to 0.003) was a critical
 * divergence; both labellers expected overfitting. The last block's first test failed before the change.
 * rules-67, a validation loss that jumped when the training loss blew up and stayed above twice its best: the
 * hundred-and-fortieth corpus's c11 (held out in round 143) was a critical overfit; both labellers read a divergence.
 * Its block's first two tests failed before the change.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { HUNDRED_FIFTEENTH_A_CORPUS_DIR, HUNDRED_FORTIETH_C_CORPUS_DIR, HUNDRED_SEVENTEENTH_D_CORPUS_DIR, TWENTY_SEVENTH_B_CORPUS_DIR, diagnoseCorpusRun } from './evaluation-corpus.js';
import { History } from '../../src/monitor/index.js';
import { epochs, kinds, run } from './diagnose-fixtures.js';

/** 30 epochs: the validation loss falls to 0.3 by epoch 10, then climbs to 4-5 times that and stays. */
const blownUpValidation = epochs(30, (t) => (t <= 10 ? 0.3 + 0.7 * (10 - t) / 9 : 0.3 * (1 + 0.4 * (t - 10))));

describe('a validation loss that blew up while the training loss rose too (rules-60)', () => {
  it('the hundred-and-fifteenth corpus\'s a01 is a divergence on its validation loss, critical', async () => {
    const { findings } = await diagnoseCorpusRun(HUNDRED_FIFTEENTH_A_CORPUS_DIR, 'a01-yolov5-csv-linklist2-pruning-exp67');
    expect(kinds(findings)).toEqual(['divergence']);
    expect(findings[0]).toMatchObject({ series: 'val_loss', severity: 'critical' });
    expect(findings[0].message).toMatch(/while the training loss rose too \(\+\d+(\.\d+)?%, Mann-Kendall p [<=] /);
    expect(findings[0].evidence['trainChange']).toBeGreaterThan(0.2);
  });

  it('a Keras CIFAR-10 run whose evaluations blew up keeps its noisy-validation beside the divergence', async () => {
    const { findings } = await diagnoseCorpusRun(TWENTY_SEVENTH_B_CORPUS_DIR, 'b09-keras-notebook-udacity-cifar-cnn');
    expect(kinds(findings)).toEqual(['divergence', 'noisy-validation']);
  });

  it('synthetic: the same climb beside a training loss rising from epoch 10 is a divergence', () => {
    const train = epochs(30, (t) => (t <= 10 ? 1 - 0.06 * t : 0.4 + 0.01 * (t - 10)));
    const findings = diagnose(run(train, blownUpValidation));
    expect(kinds(findings)).toEqual(['divergence']);
    expect(findings[0].series).toBe('val_loss');
  });

  it('...but beside a training loss still falling it is overfitting, however far it climbs', () => {
    const train = epochs(30, (t) => 1 / t);
    const found = kinds(diagnose(run(train, blownUpValidation)));
    expect(found).toContain('overfitting');
    expect(found).not.toContain('divergence');
  });
});

/** 8 evaluations climbing to 2.8 times their best, beside a training loss logged at 4 points (`train`, at epochs 2.2, 4.4, ...). */
function sparseTraining(train: readonly number[]): History {
  const history = new History();
  [0.406, 0.3997, 0.766, 0.748, 0.921, 1.064, 1.016, 1.125].forEach((value, i) => history.append('val_loss', { epoch: i + 1, value }));
  train.forEach((value, i) => history.append('loss', { epoch: 2.17 * (i + 1), value }));
  return history;
}

describe('a validation loss read alone beside a training loss of too few points (rules-62)', () => {
  it('the hundred-and-seventeenth corpus\'s d01: its training loss fell across the climb, an overfit, not a divergence', async () => {
    const { findings } = await diagnoseCorpusRun(HUNDRED_SEVENTEENTH_D_CORPUS_DIR, 'd01-hf-trainer-state-matthiasdroth-mrpc-trainer-try1');
    expect(kinds(findings)).toEqual(['overfitting']);
  });

  it('synthetic: four training points falling make the climb an overfit; four rising leave it a divergence', () => {
    expect(kinds(diagnose(sparseTraining([0.41, 0.083, 0.026, 0.003])))).toEqual(['overfitting']);
    expect(kinds(diagnose(sparseTraining([0.41, 0.52, 0.61, 0.75])))).toContain('divergence');
  });
});

/** 40 epochs: the validation loss falls from 0.3 to 0.1 by epoch 24, jumps to 1.0 at epoch 25 and comes back only to 0.3. */
const jumpedValidation = epochs(40, (t) => (t <= 24 ? 0.1 + 0.2 * (24 - t) / 23 : 1.0 - 0.7 * (t - 25) / 15));

describe('a validation loss that jumped when the training loss blew up (rules-67)', () => {
  it("the hundred-and-fortieth corpus's c11 is a divergence on its validation loss, critical, not an overfit", async () => {
    const { findings } = await diagnoseCorpusRun(HUNDRED_FORTIETH_C_CORPUS_DIR, 'c11-pytorch-nb-andia76-keypoints-model3-100ep');
    expect(kinds(findings)).toEqual(['divergence']);
    expect(findings[0]).toMatchObject({ series: 'val_loss', severity: 'critical' });
    expect(findings[0].message).toMatch(/where the training loss blew up to [\d,.]+× its level before, and stayed above 2× its best to the end/);
  });

  it('synthetic: a training loss 100 times its level at the jump makes the jump a divergence', () => {
    const train = epochs(40, (t) => (t === 25 ? 30 : 0.5 / t));
    const findings = diagnose(run(train, jumpedValidation));
    expect(kinds(findings)).toEqual(['divergence']);
    expect(findings[0].evidence['trainJumpRatio']).toBeGreaterThan(2);
  });

  it('...but with the training loss falling smoothly through the jump it stays the overfit rule\'s', () => {
    const found = kinds(diagnose(run(epochs(40, (t) => 0.5 / t), jumpedValidation)));
    expect(found).not.toContain('divergence');
    expect(found).toContain('overfitting');
  });
});
