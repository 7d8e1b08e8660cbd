/**
 * The evaluations diverged (rules-60): a validation loss whose level climbs past twice its best and stays there, while
 * the training loss rises significantly too, is a divergence: the fit itself got worse. The hundred-and-fifteenth
 * corpus's a01 (a YOLOv5 sparsity run, held out in round 118: its validation loss 7.6 times its best, its training loss
 * up 40 %) was read as overfitting and lr-too-high; both labellers expected divergence. The first two tests failed
 * before the rule; the synthetic pair holds the line between the two readings.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { HUNDRED_FIFTEENTH_A_CORPUS_DIR, TWENTY_SEVENTH_B_CORPUS_DIR, diagnoseCorpusRun } from './evaluation-corpus.js';
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
