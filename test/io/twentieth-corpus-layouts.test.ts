/**
 * The layouts the twentieth real-log corpus (test/monitor/corpus-twentieth-a and -b) left unread
 * (fixed after its held-out score, so tuned), each in a few hand-written lines in the framework's
 * layout, numbers made up:
 *
 *   - loguru lines under an epoch header written without a space (`epoch1/10:`), one metric a line;
 *   - Python logging's `Epoch 0: {'loss': 10.63}` (an epoch's metrics dict, epoch-dict-line.ts);
 *   - `Average loss for epoch 1: 0.3625` (the counter inside the name's phrase);
 *   - `Training loss:23.45` printed once an epoch, nothing placing it (a run of them);
 *   - PyTorch Lightning's tqdm progress bar (lightning-bar.ts) and a job's captured stdout
 *     (`nohup.out`, `slurm-<id>.out`) found by its content while walking a folder.
 */
import { describe, expect, it } from 'vitest';
import { parseConsoleLog } from '../../src/io/console-log.js';
import { isConsoleLogText } from '../../src/io/console-text.js';
import { readRuns } from '../../src/io/runs.js';
import { seriesPoints } from '../../src/io/series.js';
import type { ScalarSeries } from '../../src/io/types.js';
import { isCapturedOutputName } from '../../src/io/walk-detect.js';
import { tempFolder } from './support/temp-files.js';

const { root, put } = tempFolder('losskit-twentieth-');
const points = (series: ScalarSeries | undefined) => (series === undefined ? [] : seriesPoints(series).map((p) => [p.step, p.value]));
const epochs = (series: ScalarSeries | undefined) => (series === undefined ? [] : seriesPoints(series).map((p) => [p.epoch, p.value]));

describe("loguru lines under a spaceless 'epoch1/10:' header, one metric a line", () => {
  const at = '2022-06-24 15:53:43.290 | INFO     | __main__:<module>';
  const log = [1, 2, 3].flatMap((epoch) => [
    `${at}:8 - epoch${epoch}/10:`,
    `${at}:9 - train_loss:${10 / epoch}`,
    `${at}:10 - train_mape:${90 / epoch}%`,
  ]).join('\n') + '\n';

  it('reads each metric in the epoch its header names (a MAPE line between the loss lines no longer breaks the run)', () => {
    expect(isConsoleLogText(log)).toBe(true);
    const parsed = parseConsoleLog(log, 'train.log');
    expect(epochs(parsed.series.train_loss)).toEqual([[1, 10], [2, 5], [3, 10 / 3]]);
    expect(epochs(parsed.series.train_mape)).toEqual([[1, 90], [2, 45], [3, 30]]);
  });

  it("only with its total: a configuration's 'epoch1: 5' key is no header", () => {
    const prose = 'the loss is 0.5\nthe loss is 0.4\nthe loss is 0.3\n';
    expect(isConsoleLogText(`epoch1/10:\n${prose}`)).toBe(true);
    expect(isConsoleLogText(`epoch1: 5\n${prose}`)).toBe(false);
  });
});

describe("Python logging's epoch metrics dict", () => {
  const line = (epoch: number, loss: number, extra = '') => `2025-02-22 12:15:45,882 - titans_training - INFO - Epoch ${epoch}: {'loss': ${loss}${extra}}`;

  it('reads the dict in its epoch; an epoch going back starts another training, the latest kept', () => {
    const log = [line(0, 9), line(1, 8), line(0, 10.5, ", 'val_loss': 11.0"), line(1, 9.1, ", 'val_loss': 10.2"), line(2, 8.4, ", 'val_loss': 9.9"), ''].join('\n');
    expect(isConsoleLogText(log)).toBe(true);
    const parsed = parseConsoleLog(log, 'train.log');
    expect(epochs(parsed.series.loss)).toEqual([[0, 10.5], [1, 9.1], [2, 8.4]]);
    expect(epochs(parsed.series.val_loss)).toEqual([[0, 11], [1, 10.2], [2, 9.9]]);
  });

  it('a dict naming no loss, or one not after its epoch, is no observation', () => {
    expect(isConsoleLogText([1, 2, 3].map((e) => `INFO - Epoch ${e}: {'acc': 0.5}`).join('\n'))).toBe(false);
    expect(isConsoleLogText([1, 2, 3].map((e) => `INFO - config ${e}: {'loss': 'mse'}`).join('\n'))).toBe(false);
  });
});

describe("'<name> for epoch N: value'", () => {
  it('reads the loss in epoch N; an accuracy line after it is passed by', () => {
    const log = [1, 2, 3, 4].flatMap((epoch) => [
      `2024-11-28 15:01:21,774 - INFO - Epoch ${epoch}/50 started`,
      `2024-11-28 15:01:23,378 - INFO - Average loss for epoch ${epoch}: ${(0.4 - epoch / 100).toFixed(4)}`,
      `2024-11-28 15:01:23,511 - INFO - Test accuracy after epoch ${epoch}: 90.36%`,
    ]).join('\n') + '\n';
    const parsed = parseConsoleLog(log, 'training.log');
    expect(Object.keys(parsed.series)).toEqual(['average_loss']);
    expect(epochs(parsed.series.average_loss)).toEqual([[1, 0.39], [2, 0.38], [3, 0.37], [4, 0.36]]);
  });
});

describe("'Training loss:23.45' lines without a counter", () => {
  it('a run of them is a logged series, one step each; prose is still none', () => {
    const log = ['Epoch:1', 'Training loss:23.45', 'Training time:0:00:58', 'Dev Results', 'F1:0.0', 'Epoch:2', 'Training loss:22.10', 'Epoch:3', 'Training loss:21.80', ''].join('\n');
    expect(isConsoleLogText(log)).toBe(true);
    expect(points(parseConsoleLog(log, 'training.log').series.training_loss)).toEqual([[1, 23.45], [2, 22.1], [3, 21.8]]);
    expect(isConsoleLogText('Training the loss: 0.5\nTraining the loss: 0.4\nTraining the loss: 0.3\n')).toBe(false);
  });
});

describe("PyTorch Lightning's progress bar", () => {
  const bar = (epoch: number, k: number, postfix: string) => `Epoch ${epoch}: ${Math.round((100 * k) / 4)}%|####| ${k}/4 [00:10<00:00,  1.65s/it, loss=1.6e+03, v_num=2${postfix}]`;
  const log = [
    [bar(0, 1, ', train_loss_step=2.3e+3'), bar(0, 4, ', train_loss_step=2.2e+3')].join('\r'),
    '\rValidation: 0it [00:00, ?it/s]\x1b[A',
    ['', bar(0, 4, ', train_loss_step=2.2e+3, val_loss=5.5e+3'), bar(0, 4, ', train_loss_step=2.2e+3, val_loss=5.5e+3, train_loss_epoch=3.7e+3'),
      bar(0, 0, ', train_loss_step=2.2e+3, val_loss=5.5e+3, train_loss_epoch=3.7e+3'), bar(1, 3, ', train_loss_step=1.8e+3, val_loss=5.5e+3, train_loss_epoch=3.7e+3')].join('\r'),
    '\rValidation: 0it [00:00, ?it/s]\x1b[A',
    ['', bar(1, 4, ', train_loss_step=1.7e+3, val_loss=5.2e+3, train_loss_epoch=3.7e+3'), bar(1, 4, ', train_loss_step=1.7e+3, val_loss=5.2e+3, train_loss_epoch=2.0e+3')].join('\r'),
    '',
  ].join('\n');

  it("reads each epoch's last full redraw: train_loss_epoch, train_loss_step and val_loss at the epoch's end, the running 'loss' left out", () => {
    const parsed = parseConsoleLog(log, 'slurm-31641.out');
    expect(points(parsed.series.train_loss_epoch)).toEqual([[4, 3700], [8, 2000]]);
    expect(points(parsed.series.train_loss_step)).toEqual([[4, 2200], [8, 1700]]);
    expect(points(parsed.series.val_loss)).toEqual([[4, 5500], [8, 5200]]);
    expect(parsed.series.loss).toBeUndefined();
  });

  it("a job's captured stdout is read while walking by its content; a .out of messages or of numbers is not", async () => {
    expect(['nohup.out', 'slurm-31641.out', 'slurm.sepia.31641.out'].map(isCapturedOutputName)).toEqual([true, true, true]);
    expect(['slurm.txt', 'nohup.out.1'].map(isCapturedOutputName)).toEqual([false, false]);
    put('lstm/slurm.sepia.31641.out', log);
    put('quiet/nohup.out', 'nohup: ignoring input\nstarting server on port 8080\n');
    // Any .out is looked at by its content since readers-73; a dump of predictions holds no training.
    put('predictions/model.out', Array.from({ length: 20 }, (_, i) => `${i} ${(i / 20).toFixed(3)}`).join('\n') + '\n');
    const runs = await readRuns(root);
    expect(runs.map((run) => run.name)).toEqual(['lstm']);
    expect(points(runs[0].series.val_loss)).toEqual([[4, 5500], [8, 5200]]);
  });
});
