/**
 * Layouts the forty-fifth real-log corpus (test/monitor/corpus-forty-fifth-a to -d) left unread,
 * read after its held-out score (so tuned), written here, numbers made up. readers-81: a training
 * script writes a title and a summary before its CSV table (`Training log for model saved in:
 * ./outputs_...`, `Best validation accuracy: 94.8980`, then `epoch,train_loss,val_loss,...`, d19 in a
 * `training_log.txt`): the first line was taken for the header, and the file for no log. readers-82:
 * SageMaker's built-in XGBoost job log, printed into a notebook by `estimator.fit()` as CloudWatch
 * returns it (`[0]#011train-rmse:19.5174#011validation-rmse:19.188`, in colour; a02-a05, a14-a16),
 * and Udacity's char-RNN loop, whose numbers end in an ellipsis (`Training loss: 4.4182...  0.1730
 * sec/batch`; a06, a08). readers-83: Udacity's translation project prints `Epoch 0 Batch 50/538 -
 * Train Accuracy: 0.2715, Validation Accuracy: 0.3157, Loss: 2.5133` (a07): the loss, the training
 * batch's, took the validation split from the metric's phrase before it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConsoleLine } from '../../src/io/console-line.js';
import { parseLog } from '../../src/io/parse-log.js';
import { readRuns } from '../../src/io/runs.js';
import { notebook, stdout, steps, values } from './support/logs.js';
import { bytes, tempFolder } from './support/temp-files.js';

const rows = Array.from({ length: 6 }, (_, i) => `${i + 1},${(1.9 - i * 0.2).toFixed(2)},${(2 - i * 0.1).toFixed(2)},${30 + i},${20 + i},0.85`);
const table = `epoch,train_loss,val_loss,train_acc,val_acc,epoch_time_sec\n${rows.join('\n')}\n`;
const preface = 'Training log for model saved in: ./outputs_cropped\nBest validation accuracy: 94.8980\n';

describe('a CSV table after lines of prose (readers-81)', () => {
  it('reads the table, its prose passed by with a note', () => {
    const log = parseLog('training_log.txt', bytes(preface + table));
    expect(values(log.series.train_loss)).toEqual([1.9, 1.7, 1.5, 1.3, 1.1, 0.9]);
    expect(steps(log.series.val_loss)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(log.notes).toContain('the first 2 lines are prose before the table, passed by');
  });

  it('a folder walk reads it too, streamed', async () => {
    const { root, put } = tempFolder('losskit-csv-preface-');
    put('run/training_log.txt', preface + table);
    const runs = await readRuns(join(root, 'run'));
    expect(runs.map((run) => [run.source.format, run.error])).toEqual([['csv-keras', undefined]]);
    expect(values(runs[0].series.val_loss)).toEqual([2, 1.9, 1.8, 1.7, 1.6, 1.5]);
  });

  it('only before a header naming an epoch or step, after at most three lines', () => {
    expect(() => parseLog('notes.txt', bytes(`${preface}name,price,volume\na,1,2\nb,3,4\nc,5,6\n`))).toThrow(/not a training log/);
    expect(() => parseLog('notes.txt', bytes(`one\ntwo\nthree\nfour\n${table}`))).toThrow(/not a training log/);
  });
});

describe("a SageMaker job's XGBoost log as CloudWatch returns it (readers-82)", () => {
  it("'[0]#011train-rmse:19.52#011validation-rmse:19.19' in colour is XGBoost's evaluation line", () => {
    const lines = Array.from({ length: 6 }, (_, i) => `\u001b[34m[${i}]#011train-rmse:${(19 - i * 2).toFixed(2)}#011validation-rmse:${(19.5 - i * 1.5).toFixed(2)}\u001b[0m\n`);
    const job = ['2022-11-22 13:28:21 Starting - Starting the training job...\n', '\u001b[34m[13:31:49] src/tree/updater_prune.cc:74: tree pruning end, 1 roots\u001b[0m\n', ...lines];
    const log = parseLog('Boston Housing.ipynb', notebook([[stdout(job)]]));
    expect(log.format).toBe('booster');
    expect(values(log.series['validation/rmse'])).toEqual([19.5, 18, 16.5, 15, 13.5, 12]);
    expect(values(log.series['train/rmse'])).toHaveLength(6);
  });
});

describe("a loop's numbers ending in an ellipsis (readers-82)", () => {
  it("'Epoch: 1/20...  Training Step: 3...  Training loss: 4.4182...' is the training loss at its step", () => {
    const lines = Array.from({ length: 6 }, (_, i) => `Epoch: 1/20...  Training Step: ${i + 1}...  Training loss: ${(4.4 - i * 0.2).toFixed(4)}...  0.1730 sec/batch\n`);
    const log = parseLog('Anna_KaRNNa.ipynb', notebook([[stdout(lines)]]));
    expect(values(log.series.training_loss)).toEqual([4.4, 4.2, 4, 3.8, 3.6, 3.4]);
    expect(steps(log.series.training_loss)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe("a metric's split word stays with its own pair (readers-83)", () => {
  it("'Train Accuracy: 0.27, Validation Accuracy: 0.31, Loss: 2.51': the loss is the training batch's", () => {
    const lines = Array.from({ length: 6 }, (_, i) => `Epoch   0 Batch ${String((i + 1) * 50).padStart(4)}/538 - Train Accuracy: 0.2715, Validation Accuracy: 0.3157, Loss: ${(2.5 - i * 0.25).toFixed(4)}\n`);
    const log = parseLog('dlnd_language_translation.ipynb', notebook([[stdout(lines)]]));
    expect(values(log.series.loss)).toEqual([2.5, 2.25, 2, 1.75, 1.5, 1.25]);
    expect(log.series.val_loss).toBeUndefined();
    expect(values(log.series.validation_accuracy)).toHaveLength(6);
  });

  it("a loss's phrase still carries its split to the pairs after it ('Validation loss: 1.95,  acc: 22.9%')", () => {
    const line = readConsoleLine('Validation loss: 1.95,  acc: 22.9%', false, true);
    expect(line?.kind === 'observation' ? line.pairs.map(({ name, validation }) => [name, validation]) : []).toEqual([['validation_loss', true], ['val_acc', true]]);
  });
});
