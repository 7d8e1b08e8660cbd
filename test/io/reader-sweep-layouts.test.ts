/**
 * Layouts a sweep of 53 public training logs found unread or misread (readers-62; their
 * repositories are kept out of later held-out corpora), written here, numbers made up: the
 * AverageMeter line of facebookresearch's SwAV logger, `Epoch: [0][50]` without the epoch's total;
 * Caffe's glog lines (`solver.cpp:218] Iteration 100 (...), loss = 0.5`, whose source location was
 * read as a series and whose `Train net output #0:` lines doubled the loss); TensorFlow's image
 * retraining script's `Step 10: Cross entropy = 4.464004`. readers-64: a record's timing in seconds
 * (`Epoch 001 loss  22.0703 | train 2.5s`, whose `train 2.5s` became a training-loss series), and
 * XGBoost's evaluation lines pasted where their tabs became spaces. readers-66 (a second sweep of 73
 * files): Sacred's `metrics.json`, and a logger's `train_net.py[line:177]` location.
 */
import { describe, expect, it } from 'vitest';
import { readBoosterLine } from '../../src/io/booster-line.js';
import { parseLog } from '../../src/io/parse-log.js';
import { bytes } from './support/temp-files.js';
import { steps, values } from './support/logs.js';

describe("SwAV's 'Epoch: [e][i]' lines, no total (readers-62)", () => {
  const lines = (epochs: number) => Array.from({ length: epochs * 4 }, (_, k) => {
    const [epoch, index] = [Math.floor(k / 4), (k % 4) * 50];
    return `INFO - 09/02/20 14:18:08 - 0:00:30 - Epoch: [${epoch}][${index}]\tTime 5.399 (5.399)\tData 0.725 (0.725)\tLoss ${(4.2 - k * 0.1).toFixed(4)} (4.3000)\tLr: 0.0010`;
  }).join('\n');

  it("each epoch goes on one logging interval after the last batch logged before it", () => {
    const log = parseLog('train.log', bytes(`${lines(2)}\n`));
    expect(log.format).toBe('metric-logger');
    expect(steps(log.series.Loss)).toEqual([0, 50, 100, 150, 200, 250, 300, 350]);
    expect(values(log.series.Loss)).toEqual([4.2, 4.1, 4, 3.9, 3.8, 3.7, 3.6, 3.5]);
  });

  it('the epoch going back to 0 begins another training', () => {
    const log = parseLog('train.log', bytes(`${lines(3)}\n${lines(2)}\n`));
    expect(steps(log.series.Loss)).toEqual([0, 50, 100, 150, 200, 250, 300, 350]);
    expect([...log.warnings, ...(log.notes ?? [])].join(' ')).toMatch(/2 trainings/);
  });
});

describe("Caffe's glog lines (readers-62)", () => {
  const text = Array.from({ length: 6 }, (_, i) => [
    `I0409 05:42:02.159946  1234 solver.cpp:218] Iteration ${i * 100} (12.3 iter/s, 8.1s/100 iters), loss = ${(2.3 - i * 0.1).toFixed(2)}`,
    `I0409 05:42:02.159946  1234 solver.cpp:237]     Train net output #0: loss = ${(2.5 - i * 0.1).toFixed(2)} (* 1 = ${(2.5 - i * 0.1).toFixed(2)} loss)`,
    `I0409 05:42:02.159946  1234 sgd_solver.cpp:105] Iteration ${i * 100}, lr = 0.01`,
  ].join('\n')).join('\n');

  it("the iteration's loss, once per iteration; the source location and the net's outputs are no series", () => {
    const log = parseLog('caffe.log', bytes(`${text}\n`));
    expect(Object.keys(log.series).sort()).toEqual(['loss']);
    expect(values(log.series.loss)).toEqual([2.3, 2.2, 2.1, 2, 1.9, 1.8]);
    expect(steps(log.series.loss)).toEqual([0, 100, 200, 300, 400, 500]);
  });
});

describe("TensorFlow's retraining script's cross entropy (readers-62)", () => {
  it("'Step 10: Cross entropy = 4.46' is the loss at its step, beside the accuracy lines", () => {
    const text = Array.from({ length: 6 }, (_, i) => [
      `2017-04-09 05:42:02.159946: Step ${i * 10}: Train accuracy = 21.9%`,
      `2017-04-09 05:42:02.160018: Step ${i * 10}: Cross entropy = ${(4.5 - i * 0.1).toFixed(6)}`,
      `2017-04-09 05:42:02.608604: Step ${i * 10}: Validation accuracy = 5.0%`,
    ].join('\n')).join('\n');
    const log = parseLog('log_train.txt', bytes(`${text}\n`));
    expect(values(log.series.cross_entropy_loss)).toEqual([4.5, 4.4, 4.3, 4.2, 4.1, 4]);
    expect(steps(log.series.cross_entropy_loss)).toEqual([0, 10, 20, 30, 40, 50]);
  });

  it('a cross entropy on a line no counter or epoch places is no loss', () => {
    expect(() => parseLog('notes.txt', bytes('Cross entropy = 4.5\nCross entropy = 4.4\nCross entropy = 4.3\n'))).toThrow(/not a training log/);
  });
});

describe('a timing in a record of spaced pairs (readers-64)', () => {
  it("'Epoch 001 loss  22.0703 | train 2.5s | Acc 13.52% | infer 4.5s': the seconds are timings, no series", () => {
    const text = Array.from({ length: 6 }, (_, i) => `Epoch ${String(i + 1).padStart(3, '0')} loss  ${(22 - i).toFixed(4)} | train 2.${i}s | Acc ${13 + i}.5% | infer 4.5s`).join('\n');
    const log = parseLog('log_cifar100.log', bytes(`${text}\n`));
    expect(Object.keys(log.series).sort()).toEqual(['acc', 'loss']);
    expect(values(log.series.loss)).toEqual([22, 21, 20, 19, 18, 17]);
  });
});

describe("XGBoost's evaluation lines with spaces for tabs (readers-64)", () => {
  it('are read as the tabbed lines are; a loop\'s bracketed line is none', () => {
    expect(readBoosterLine('[0]     train-mlogloss:1.54662  test-mlogloss:1.57447')).toEqual({
      booster: 'xgboost', round: 0, values: [{ set: 'train', metric: 'mlogloss', value: 1.54662 }, { set: 'test', metric: 'mlogloss', value: 1.57447 }],
    });
    expect(readBoosterLine('[100]  training\'s l2: 0.5  valid_1\'s l2: 0.6')).toMatchObject({ booster: 'lightgbm', round: 100 });
    expect(readBoosterLine('[3]  loss: 0.5')).toBeUndefined();
    const text = Array.from({ length: 6 }, (_, i) => `[${i}]     train-mlogloss:${(1.5 - i * 0.1).toFixed(5)}  test-mlogloss:${(1.6 - i * 0.1).toFixed(5)}`).join('\n');
    const log = parseLog('xgboost-log.md', bytes(`\`\`\`\n${text}\n\`\`\`\n`));
    expect(values(log.series['test/mlogloss'])).toEqual([1.6, 1.5, 1.4, 1.3, 1.2, 1.1]);
  });
});

describe("Sacred's metrics.json and a '[line:N]' source location (readers-66)", () => {
  it("each metric's values at its logged steps", () => {
    const metric = (values: number[]) => ({ steps: values.map((_, i) => i * 10), timestamps: values.map(() => '2020-01-01T00:00:00'), values });
    const log = parseLog('metrics.json', bytes(JSON.stringify({ loss: metric([4, 3, 2.5, 2.2, 2.1]), grad_norm: metric([1, 1, 1, 1, 1]) }, null, 2)));
    expect(values(log.series.loss)).toEqual([4, 3, 2.5, 2.2, 2.1]);
    expect(steps(log.series.loss)).toEqual([0, 10, 20, 30, 40]);
  });

  it("'train_net.py[line:177]' is where the line was logged from, no series", () => {
    const text = Array.from({ length: 6 }, (_, i) => `2020-09-02 13:28:04,330 - train_net.py[line:177] - INFO: [Epoch ${i}][Batch 0], Speed: 6.9 samples/sec, loss=${(2 - i * 0.1).toFixed(2)}`).join('\n');
    const log = parseLog('train.log', bytes(`${text}\n`));
    expect(Object.keys(log.series).sort()).toEqual(['loss', 'speed']);
  });
});
