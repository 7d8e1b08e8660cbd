/**
 * Layouts of the sixty-eighth and sixty-ninth corpora read after their held-out scores (so tuned), on the real lines.
 *
 * readers-119. abshakiba/deep-learning-v2-pytorch (MIT; the 68th corpus's b04,
 * `project-dog-classification/dog_app.ipynb`) draws arrows before its numbers, `Epoch: 1 \tTraining Loss:
 * >>>0.736675 \tValidation Loss: >>>0.671061`: no pair was read, the notebook had "no training output".
 *
 * readers-120. ypwhs/captcha_break (MIT; the 68th's d02, `ctc_pytorch.ipynb`) writes tqdm descriptions
 * `Epoch: 1 Loss: 0.0045 Acc: 0.9938` and `Test : 1 Loss: 0.0044 Acc: 0.9944`: the test split's epoch was read
 * as a validation loss named 'test' (1, 2, ... 15), "risen 833 % since its best", a critical overfit the
 * labels happened to allow.
 *
 * readers-121. codeisi/deep-learning-v2-pytorch (MIT; the 69th corpus's b01) prints `Validation loss decreased
 * from: inf to: 4.639164` after each new best: read as a series, its `inf` was a non-finite warning.
 *
 * readers-122. pfrapp/sagemaker-deployment (MIT; the 69th's c01, the IMDB XGBoost web-app notebook) evaluates
 * `train-error` and `validation-error` only, early stopping watching the latter: no loss function was logged, so
 * "nothing to diagnose", where both labellers judged the validation error's end.
 *
 * readers-126. radroid's ML_SageMaker_Studies copy (MIT; the 69th's c09, a DeepAR job's log) prints GluonTS's running
 * average every few batches, `Epoch[0] Batch[5] avg_epoch_loss=1.204131`, beside each epoch's `#quality_metric: host=algo-1,
 * epoch=0, train loss <loss>=1.0259`: both were read as the training loss, one curve of batches and epochs mixed.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { History } from '../../src/monitor/index.js';
import { notebook, stdout, values } from './support/logs.js';

describe('arrows drawn before a number (readers-119)', () => {
  it("reads `Training Loss: >>>0.736675` as the number's pair", () => {
    const lines = [[0.736675, 0.671061], [0.668775, 0.636065], [0.614015, 0.587776], [0.591651, 0.557436]]
      .map(([train, valid], epoch) => `Epoch: ${epoch + 1} \tTraining Loss: >>>${train} \tValidation Loss: >>>${valid}\nSaved model with valid_loss:${valid}...\n`).join('');
    const log = parseLog('dog_app.ipynb', notebook([[stdout(lines)]]));
    expect(values(log.series.training_loss)).toEqual([0.736675, 0.668775, 0.614015, 0.591651]);
    expect(values(log.series.validation_loss)).toEqual([0.671061, 0.636065, 0.587776, 0.557436]);
  });
});

describe("a split word opening a line with the epoch as its value (readers-120)", () => {
  const bar = (total: number) => ` : 100%|██████████| ${total}/${total} [01:52<00:00,  8.96it/s]`;
  const epochs = [[0.0045, 0.9938, 0.0044, 0.9944], [0.0039, 0.9935, 0.004, 0.9943], [0.0047, 0.9948, 0.0043, 0.9941], [0.0049, 0.9935, 0.005, 0.9941]];
  const text = epochs.map(([loss, acc, test, testAcc], index) =>
    `Epoch: ${index + 1} Loss: ${loss} Acc: ${acc}${bar(1000)}\nTest : ${index + 1} Loss: ${test} Acc: ${testAcc}${bar(100)}\n`).join('');

  it("reads `Test : 1 Loss: 0.0044` as the test split's loss at epoch 1, no series named 'test'", () => {
    const log = parseLog('ctc_pytorch.ipynb', notebook([[stdout(text)]]));
    expect(log.series.test).toBeUndefined();
    expect(values(log.series.test_loss)).toEqual([0.0044, 0.004, 0.0043, 0.005]);
    expect(values(log.series.loss)).toEqual([0.0045, 0.0039, 0.0047, 0.0049]);
  });
});

describe("an early-stopping helper's message (readers-121)", () => {
  // codeisi/deep-learning-v2-pytorch (MIT; the 69th corpus's b01, project-dog-classification/dog_app.ipynb).
  it('passes by `Validation loss decreased from: inf to: 4.639164` as a record, no series', () => {
    const lines = [[4.739202, 4.639164], [4.509329, 4.371098], [4.18356, 4.007895], [3.772107, 3.568384]];
    const text = lines.map(([train, valid], epoch) => `Epoch: ${epoch + 1} \tTraining Loss: ${train} \tValidation Loss: ${valid}\n` +
      `Validation loss decreased from: ${epoch === 0 ? 'inf' : lines[epoch - 1][1]} to: ${valid}\n`).join('');
    const log = parseLog('dog_app.ipynb', notebook([[stdout(text)]]));
    expect(Object.keys(log.series).sort()).toEqual(['training_loss', 'validation_loss']);
  });
});

describe("an XGBoost fit evaluating its error rate only (readers-122)", () => {
  const rounds = [[0.3018, 0.308], [0.288067, 0.297], [0.2705, 0.2843], [0.2571, 0.2762], [0.2463, 0.2671], [0.2379, 0.2604]];
  const line = ([train, validation]: readonly number[], round: number) => `\u001b[34m[${round}]#011train-error:${train}#011validation-error:${validation}\u001b[0m\n`;
  const text = line(rounds[0], 0) + "\u001b[34mMultiple eval metrics have been passed: 'validation-error' will be used for early stopping.\u001b[0m\n" +
    "\u001b[34mWill train until validation-error hasn't improved in 10 rounds.\u001b[0m\n" + rounds.slice(1).map((round, index) => line(round, index + 1)).join('');

  it('reads the error rate as the loss where no loss function is logged, and says so', () => {
    const log = parseLog('IMDB Sentiment Analysis - XGBoost - Web App.ipynb', notebook([[stdout(text)]]));
    expect(log.roles).toEqual({ 'train/error': 'trainLoss', 'validation/error': 'validationLoss' });
    expect(log.notes?.some((note) => note.includes('an error rate'))).toBe(true);
    expect(History.fromSeries(log.series, { roles: log.roles ?? {} }).validationLoss?.points.length).toBe(6);
  });

  it('keeps a loss function first where one is logged beside the error', () => {
    const both = rounds.map(([, validation], round) => `[${round}]\tvalidation_0-logloss:${validation * 2}\tvalidation_0-error:${validation}\n`).join('');
    expect(parseLog('both.log', new TextEncoder().encode(both)).roles).toEqual({ 'validation_0/logloss': 'validationLoss' });
  });
});

describe("GluonTS's running average beside DeepAR's epoch figure (readers-126)", () => {
  it("keeps `Epoch[0] Batch[5] avg_epoch_loss=` a batch's series, the epoch's `<loss>` the training loss", () => {
    const epochs = [[1.820339, 1.204131, 1.02598621845], [0.584546, 0.482387, 0.466091397405], [0.41, 0.39, 0.377], [0.3, 0.29, 0.2886], [0.25, 0.24, 0.231]];
    const lines = epochs.map(([first, fifth, epoch], index) =>
      `[09/12/2020 10:37:29 INFO 139952772925248] Epoch[${index}] Batch[0] avg_epoch_loss=${first}\n` +
      `[09/12/2020 10:37:30 INFO 139952772925248] Epoch[${index}] Batch[5] avg_epoch_loss=${fifth}\n` +
      `[09/12/2020 10:37:31 INFO 139952772925248] #quality_metric: host=algo-1, epoch=${index}, train loss <loss>=${epoch}\n`).join('');
    const log = parseLog('DeepAR.ipynb', notebook([[stdout(lines)]]));
    expect(values(log.series.train_loss)).toEqual(epochs.map(([, , epoch]) => epoch));
    expect(History.fromSeries(log.series).trainLoss?.points.map((point) => point.value)).toEqual(epochs.map(([, , epoch]) => epoch));
  });
});
