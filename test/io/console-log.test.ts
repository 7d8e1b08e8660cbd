/**
 * Plain console training logs (src/io/console-log.ts, console-line.ts). The fixtures in
 * fixtures/console are written here by hand in the layouts of the frameworks' source, numbers made
 * up: mnist-main.log as pytorch/examples mnist/main.py prints (`Train Epoch: {} [{}/{} ({:.0f}%)]\tLoss:
 * {:.6f}`, `Test set: Average loss: {:.4f}, Accuracy: {}/{} ({:.0f}%)`); keras2-verbose1.log as Keras 2's
 * Progbar redraws a line (backspaces, '\r', the last frame kept), keras2-verbose2.log as its
 * verbose=2 line, keras3.log as Keras 3's (colour sequences, '━' bar, metrics in sorted order); the
 * hand-* files as users' own prints. The four real logs are the corpora's (test/monitor, their
 * sources.json names them), unread before this reader; the expected counts and values were read
 * from them with a separate Python script (regular expressions per layout).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConsoleLog } from '../../src/io/console-log.js';
import { detectLogFormat, parseLog } from '../../src/io/parse-log.js';
import { readRun, readRuns } from '../../src/io/runs.js';
import { seriesPoints } from '../../src/io/series.js';
import type { ScalarSeries } from '../../src/io/types.js';
import { History } from '../../src/monitor/index.js';
import { bytes, tempFolder } from './support/temp-files.js';

const { root, put } = tempFolder('losskit-console-log-');
const fixture = (name: string) => new URL(`./fixtures/console/${name}`, import.meta.url);
const read = (name: string) => parseLog(name, readFileSync(fixture(name)));
const corpus = (path: string) => new URL(`../monitor/${path}`, import.meta.url);
const points = (series: ScalarSeries | undefined) => (series === undefined ? [] : seriesPoints(series).map((p) => [p.step, p.epoch, p.value]));
const roles = (series: Record<string, ScalarSeries>) => {
  const history = History.fromSeries(series);
  return [history.trainLoss?.sourceNames, history.validationLoss?.sourceNames];
};

describe('plain console logs: the canonical layouts', () => {
  it("PyTorch's mnist example: epoch * N + i, the test set's average loss at the epoch's last training step", () => {
    const log = read('mnist-main.log');
    expect(log.format).toBe('console');
    expect(Object.keys(log.series).sort()).toEqual(['loss', 'test_average_loss']);
    expect(points(log.series.loss)).toEqual([
      [60000, 1, 2.305994], [60640, 1, 1.359409], [119520, 1, 0.051234],
      [120000, 2, 0.081234], [120640, 2, 0.04321], [179520, 2, 0.012345],
    ]);
    // 'Accuracy: 9845/10000' is a count, not a value, and not the line's counter.
    expect(points(log.series.test_average_loss)).toEqual([[119520, 1, 0.0475], [179520, 2, 0.0339]]);
    expect(roles(log.series)).toEqual([['loss'], ['test_average_loss']]);
  });

  it("Keras' fit output, verbose 1 (the last progress frame), verbose 2 and Keras 3: the epoch header places the line", () => {
    const expected = {
      loss: [[3750, 1, 0.2611], [5625, 2, 0.1143], [7500, 3, 0.0801]],
      accuracy: [[3750, 1, 0.9254], [5625, 2, 0.9659], [7500, 3, 0.9751]],
      val_loss: [[3750, 1, 0.1349], [5625, 2, 0.0987], [7500, 3, 0.0912]],
      val_accuracy: [[3750, 1, 0.9601], [5625, 2, 0.9702], [7500, 3, 0.9733]],
    };
    for (const name of ['keras2-verbose1.log', 'keras2-verbose2.log', 'keras3.log']) {
      const log = read(name);
      expect(log.format, name).toBe('console');
      expect(Object.fromEntries(Object.entries(log.series).map(([key, series]) => [key, points(series)])), name).toEqual(expected);
      expect(roles(log.series), name).toEqual([['loss'], ['val_loss']]);
    }
  });

  it('hand-written prints: split words in the names, key=value counters, logging prefixes; records and config lines passed by', () => {
    const split = read('hand-epoch-split.txt');
    expect(points(split.series.train_loss)).toEqual([[1, 1, 0.912], [2, 2, 0.701], [3, 3, 0.512]]);
    expect(points(split.series.val_loss)).toEqual([[1, 1, 0.874], [2, 2, 0.688], [3, 3, 0.601]]);
    expect(roles(split.series)).toEqual([['train_loss'], ['val_loss']]);

    const keyValue = read('hand-key-value.log');
    expect(Object.keys(keyValue.series).sort()).toEqual(['loss', 'lr']);
    expect(points(keyValue.series.loss)).toEqual([[40, 0, 0.93], [80, 0, 0.71], [120, 1, 0.51], [160, 1, 0.47]]);

    const logging = read('hand-logging.log');
    // `loss_coeff = 1.0` (configuration, no counter) and `best val_loss: 0.702, saving model` (a record) are no points.
    expect(Object.keys(logging.series).sort()).toEqual(['loss', 'val_loss']);
    expect(points(logging.series.val_loss)).toEqual([[1, 1, 0.79], [2, 2, 0.702], [3, 3, 0.601]]);
    expect(logging.notes?.[0]).toMatch(/3 observation lines read \(loss, val_loss\); 1 line reporting a record/);
  });

  it('counters and split tags: within-epoch steps continue, a bracketed total keeps its components out', () => {
    const log = parseConsoleLog([
      'Epoch 0, Step 10, avg loss so far is 0.9', 'Epoch 0, Step 20, avg loss so far is 0.8', 'Epoch 0, val loss is 0.85.',
      'Epoch 1, Step 10, avg loss so far is 0.7', 'Epoch 1, Step 20, avg loss so far is 0.6', 'Epoch 1, val loss is 0.75.',
      '[TRAIN] Total loss: 0.5  (cls:0.3, reg:0.2)', '',
    ].join('\n'), 'train.log');
    expect(points(log.series.avg_loss_so_far)).toEqual([[10, 0, 0.9], [20, 0, 0.8], [30, 1, 0.7], [40, 1, 0.6]]);
    expect(points(log.series.val_loss)).toEqual([[20, 0, 0.85], [40, 1, 0.75]]);
    expect(Object.keys(log.series).sort()).toEqual(['avg_loss_so_far', 'total_loss', 'val_loss']);
    expect(log.notes?.[0]).toContain('2 bracketed components');
    expect(log.notes?.[0]).toContain('2 validation lines without a counter of their own placed at the last training step');
  });
});

describe('plain console logs: layouts met in public logs (lines hand-written in their layout)', () => {
  it('CRLF line ends (a log saved on Windows) are line ends, not progress-bar redraws', () => {
    const text = 'Epoch 1/3\r\n128/128 - 5s - loss: 3.1494 - accuracy: 0.1463 - 5s/epoch - 43ms/step\r\n'
      + 'Epoch 2/3\r\n128/128 - 0s - loss: 2.9102 - accuracy: 0.1586 - 358ms/epoch - 3ms/step\r\n'
      + 'Epoch 3/3\r\n128/128 - 0s - loss: 2.8229 - accuracy: 0.1977 - 355ms/epoch - 3ms/step\r\n';
    expect(detectLogFormat('ReadMe.txt', bytes(text))).toBe('console');
    expect(points(parseConsoleLog(text, 'ReadMe.txt').series.loss)).toEqual([[256, 1, 3.1494], [384, 2, 2.9102], [512, 3, 2.8229]]);
    const logging = [1, 2, 3].map((e) => `2025-07-07 13:5${e}:26.649 INFO: Epoch [00${e}/300] - Train Loss: ${5 - e}.5, Valid Loss: ${6 - e}.5, LR: [0.001]\r`).join('\n') + '\n';
    expect(detectLogFormat('output.txt', bytes(logging))).toBe('console');
    expect(points(parseConsoleLog(logging, 'output.txt').series.valid_loss)).toEqual([[1, 1, 5.5], [2, 2, 4.5], [3, 3, 3.5]]);
  });

  it("per-epoch validation and test lines placed by their own split word after the epoch's training lines, their accuracy theirs", () => {
    const log = parseConsoleLog([
      'Train Epoch: 1 [0/450 (0%)]\tLoss: 3.78', 'Train Epoch: 1 [256/450 (57%)]\tLoss: 2.10',
      '====> Epoch 1 Average train loss: 2.34', '====> Validation loss: 1.95,  acc: 22.94%', '====> Test set loss: 1.96,  acc: 24.22%',
      '====> New best model saved to best.pth', '',
      'Train Epoch: 2 [0/450 (0%)]\tLoss: 1.85', 'Train Epoch: 2 [256/450 (57%)]\tLoss: 1.76',
      '====> Epoch 2 Average train loss: 1.79', '====> Validation loss: 1.75,  acc: 35.50%', '====> Test set loss: 1.73,  acc: 35.86%', '',
    ].join('\n'), 'train_log.md');
    expect(Object.keys(log.series).sort()).toEqual(['average_train_loss', 'loss', 'test_acc', 'test_set_loss', 'val_acc', 'validation_loss']);
    expect(points(log.series.loss)).toEqual([[450, 1, 3.78], [706, 1, 2.1], [900, 2, 1.85], [1156, 2, 1.76]]);
    expect(points(log.series.validation_loss)).toEqual([[707, 1, 1.95], [1157, 2, 1.75]]);
    expect(points(log.series.val_acc)).toEqual([[707, 1, 22.94], [1157, 2, 35.5]]);
    expect(roles(log.series)).toEqual([['loss'], ['validation_loss']]);
    // Alone, validation-named pairs place nothing: a configuration's lines are no log.
    expect(detectLogFormat('config.txt', bytes('val_loss: 0.3\nval_loss_weight: 1.0\ntest_loss: 0.2\nvalidation loss: 0.1\n'))).toBeUndefined();
  });

  it("'Train Loss: a Acc: b | Test Loss: c Acc: d': each accuracy takes the split of the phrase before it", () => {
    const log = parseConsoleLog([1, 2, 3].map((e) => `2025-05-09 19:17:0${e},018 - Epoch [${e}/20] | Train Loss: 0.${5 - e} Acc: 0.8${e} | Test Loss: 0.${6 - e} Acc: 0.7${e}`).join('\n') + '\n', 'log.txt');
    expect(Object.keys(log.series).sort()).toEqual(['acc', 'test_acc', 'test_loss', 'train_loss']);
    expect(points(log.series.acc)).toEqual([[1, 1, 0.81], [2, 2, 0.82], [3, 3, 0.83]]);
    expect(points(log.series.test_acc)).toEqual([[1, 1, 0.71], [2, 2, 0.72], [3, 3, 0.73]]);
  });

  it("a loss column without a separator ('| Loss 2.6650 |', DGL's examples; 'Epoch 001 loss  22.0703 | train 2.5s'); prose is none", () => {
    const dgl = parseConsoleLog([0, 1].flatMap((e) => [
      `Epoch 0000${e} | Step 00000 | Loss ${6 - e}.1411 | Train Acc 0.0160 | Speed (samples/sec) nan | GPU 296.2 MB`,
      `Epoch 0000${e} | Step 00020 | Loss ${5 - e}.6650 | Train Acc 0.3400 | Speed (samples/sec) 43672.9658 | GPU 401.2 MB`,
      'Epoch Time(s): 8.7072',
    ]).join('\n') + '\n', 'loss.md');
    expect(Object.keys(dgl.series)).toEqual(['loss']);
    expect(points(dgl.series.loss)).toEqual([[0, 0, 6.1411], [20, 0, 5.665], [21, 1, 5.1411], [41, 1, 4.665]]);
    const noProp = parseConsoleLog(['Epoch 001 loss  22.0703 | train 2.5s', 'Epoch 002 loss  14.7907 | train 2.2s', 'Epoch 003 loss  11.8199 | train 2.2s | Acc 13.52% | infer 4.5s', ''].join('\n'), 'log.md');
    expect(points(noProp.series.loss)).toEqual([[1, 1, 22.0703], [2, 2, 14.7907], [3, 3, 11.8199]]);
    expect(detectLogFormat('notes.txt', bytes('epoch 1: the loss 0.5 was fine\nepoch 2: the loss 0.4 was fine\nepoch 3: the loss 0.3 was fine\n'))).toBeUndefined();
  });

  it("mnist-style lines whose last batch counts against another length: placed at the epoch's end, not read as a restart", () => {
    const log = parseConsoleLog([1, 2].flatMap((e) => [
      `Train Epoch: ${e} [0/9024 (0%)]\tLoss: 0.${9 - e}`, `Train Epoch: ${e} [8320/9024 (92%)]\tLoss: 0.${8 - e}`, `Train Epoch: ${e} [5600/5640 (99%)]\tLoss: 0.${7 - e}`,
      '', `Test set: Average loss: 0.${6 - e}, Accuracy: 805/1000 (80%)`, '',
    ]).join('\n'), 'README.md');
    expect(points(log.series.loss)).toEqual([[9024, 1, 0.8], [17344, 1, 0.7], [17345, 1, 0.6], [18048, 2, 0.7], [26368, 2, 0.6], [26369, 2, 0.5]]);
    expect(points(log.series.test_average_loss)).toEqual([[17345, 1, 0.5], [26369, 2, 0.4]]);
    expect(log.notes?.[0]).toContain("2 lines whose 'k/N' counter changed its total within an epoch");
  });
});

describe('plain console logs: progress bars of other tools', () => {
  it("a tqdm bar (Lightning's): the last frame, 'Epoch e' with 'i/N', v_num no series", () => {
    const text = [0, 1, 2].map((e) => `Epoch ${e}:  50%|#####     | 50/100 [00:05<00:05, 10.00it/s, loss=0.9, v_num=0]\rEpoch ${e}: 100%|##########| 100/100 [00:10<00:00, 10.00it/s, loss=0.${5 - e}, v_num=0, val_loss=0.${6 - e}]`).join('\n') + '\n';
    const log = parseConsoleLog(text, 'train.log');
    expect(Object.keys(log.series).sort()).toEqual(['loss', 'val_loss']);
    expect(points(log.series.loss)).toEqual([[100, 0, 0.5], [200, 1, 0.4], [300, 2, 0.3]]);
    expect(points(log.series.val_loss)).toEqual([[100, 0, 0.6], [200, 1, 0.5], [300, 2, 0.4]]);
  });
});

describe('plain console logs: what is not one', () => {
  it('two observation lines are not enough; configuration dumps and messages are no log', () => {
    expect(detectLogFormat('two-lines.txt', readFileSync(fixture('two-lines.txt')))).toBeUndefined();
    expect(detectLogFormat('train.log', bytes('loss = bce\nloss_coeff = 1.0\nloss_smooth_coeff = 10.0\nloss_weight: 0.5\nlr = 0.001\n'))).toBeUndefined();
    expect(detectLogFormat('notes.txt', bytes('the loss is 0.5 today\nthe loss is 0.4 today\nthe loss is 0.3 today\n'))).toBeUndefined();
    expect(() => parseLog('train.log', bytes('hello\nworld\n'))).toThrow(/plain console log with `name: value` loss lines/);
  });

  it('CSV, JSON lines and MetricLogger logs are detected as before', () => {
    expect(detectLogFormat('training.log', bytes('epoch,loss,val_loss\n0,1.2,1.3\n1,1.1,1.2\n'))).toBe('csv');
    expect(detectLogFormat('log.txt', bytes('{"train_loss": 1.2, "epoch": 0}\n{"train_loss": 1.1, "epoch": 1}\n'))).toBe('jsonl');
    const metricLogger = Array.from({ length: 3 }, (_, i) => `Epoch: [0]  [${i}/40]  eta: 0:28:51  lr: 0.0001  loss: 0.34 (0.34)  time: 0.1  data: 0.01`).join('\n');
    expect(detectLogFormat('log.txt', bytes(metricLogger))).toBe('metric-logger');
  });

  it('notes a cut-off last line and leaves it out', () => {
    const log = parseConsoleLog('epoch=0 step=1 loss=0.9\nepoch=0 step=2 loss=0.8\nepoch=0 step=3 loss=0.7\nepoch=0 step=4 loss=0.6', 'train.log');
    expect(points(log.series.loss)).toHaveLength(3);
    expect(log.warnings[0]).toMatch(/train\.log:4: incomplete last line/);
  });
});

describe('plain console logs: the real ones of the corpora', () => {
  it('paddle-prednet-trainlog: per-batch running means, per-epoch validation at the epoch end', () => {
    const log = parseLog('train.log', readFileSync(corpus('corpus-seventeenth-b/runs/paddle-prednet-trainlog/train.log')));
    const train = points(log.series.avg_loss_so_far);
    expect([train.length, train[0], train.at(-1)]).toEqual([750, [25, 0, 0.10979227721691132], [18750, 149, 0.02204209193587303]]);
    const validation = points(log.series.val_loss);
    expect([validation.length, validation[0], validation.at(-1)]).toEqual([150, [125, 0, 0.0477195605635643], [18750, 149, 0.029728464782238007]]);
    expect(roles(log.series)).toEqual([['avg_loss_so_far'], ['val_loss']]);
  });

  it('ecg2dig-traininglog: [TRAIN] and [VAL] totals under epoch headers; best lines and components left out', () => {
    const log = parseLog('training.log', readFileSync(corpus('corpus-seventeenth-b/runs/ecg2dig-traininglog/training.log')));
    expect(Object.keys(log.series).sort()).toEqual(['total_loss', 'val_total_loss']);
    const train = points(log.series.total_loss);
    expect([train.length, train[0], train.at(-1)]).toEqual([18, [1, 1, 1.2147], [18, 18, 0.7131]]);
    const validation = points(log.series.val_total_loss);
    expect([validation.length, validation[0], validation.at(-1)]).toEqual([18, [1, 1, 1.0402], [18, 18, 0.909]]);
    expect(roles(log.series)).toEqual([['total_loss'], ['val_total_loss']]);
  });

  it('ssd-custom-console: the latest of the trainings appended to the log, every loss NaN', () => {
    const log = parseLog('log.txt', readFileSync(corpus('corpus-seventeenth-b/runs/ssd-custom-console/log.txt')));
    const loss = points(log.series.loss);
    expect(loss.map(([step]) => step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(loss.every(([, , value]) => Number.isNaN(value))).toBe(true);
  });

  it('txt-fgsd: [batch i/N, epoch e/E] at e * N + i, the config dump before it no points', () => {
    const log = parseLog('train.log', readFileSync(corpus('corpus-sixteenth-b/runs/txt-fgsd/train.log')));
    expect(Object.keys(log.series).sort()).toEqual(['binary_loss', 'loss_alpha', 'loss_det', 'loss_inv', 'loss_rmse', 'loss_smooth', 'loss_total', 'loss_var']);
    const total = points(log.series.loss_total);
    expect([total.length, total[0], total.at(-1)]).toEqual([228, [162, 1, 1.2998546361923218], [2432, 15, 1.1356143951416016]]);
    expect(roles(log.series)[0]).toEqual(['loss_total']);
  });

  it('is found in a folder walk (.log / .txt) and by readRun whatever the name', async () => {
    const text = readFileSync(fixture('hand-epoch-split.txt'), 'utf8');
    put('run/train.log', text);
    put('run/notes.md', text);
    const runs = await readRuns(`${root}/run`);
    expect(runs.map((run) => [run.name, run.source.format])).toEqual([['run', 'console']]);
    expect((await readRun(put('other/output.out', text))).source.format).toBe('console');
  });
});
