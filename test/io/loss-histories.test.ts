/**
 * Loss histories people save by hand, met in the held-out real-log corpus
 * (test/monitor/corpus-heldout) and unread before: a Keras history saved with pandas (its unnamed
 * index column is the epoch), a CSV with a training and a validation loss but no epoch column, a
 * Keras history JSON under any file name inside a folder, a JSON of loss lists with run metadata
 * next to them, and YOLOv10's results.csv (one-to-many and one-to-one losses). Inputs are small
 * copies of those files' shapes; the corpus reads the real ones.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonLog } from '../../src/io/json-log.js';
import { detectLogFormat, parseLog } from '../../src/io/parse-log.js';
import { readRun, readRuns } from '../../src/io/runs.js';
import { seriesPoints } from '../../src/io/series.js';
import { History } from '../../src/monitor/index.js';
import { bytes, tempFolder } from './support/temp-files.js';

const { root, put } = tempFolder('losskit-histories-');

/** `pd.DataFrame(history.history).to_csv('training_history.csv')`: the index is an unnamed first column. */
const pandasHistory = ',loss,accuracy,val_loss,val_accuracy\n0,1.2,0.5,1.3,0.45\n1,0.8,0.7,1.0,0.6\n2,0.6,0.8,0.9,0.65\n';
/** A hand-written log: no epoch column, spaces after the commas. */
const noAxis = 'training_loss, training_acc, val_loss, val_acc\n0.69, 0.14, 0.60, 1.0\n0.62, 0.86, 0.59, 1.0\n';

describe('CSV loss histories without an epoch column', () => {
  it("pandas' unnamed index column is the epoch, not a series, and the run says so", () => {
    const log = parseLog('training_history.csv', bytes(pandasHistory));
    expect(Object.keys(log.series).sort()).toEqual(['accuracy', 'loss', 'val_accuracy', 'val_loss']);
    expect(seriesPoints(log.series.val_loss).map((p) => [p.step, p.epoch, p.value])).toEqual([[0, 0, 1.3], [1, 1, 1.0], [2, 2, 0.9]]);
    expect(log.notes).toEqual(["the unnamed first column (pandas' index) is the epoch"]);
    expect(log.warnings).toEqual([]);
  });

  it('is recognised by content: a pandas index or a training and a validation loss over a row of numbers', () => {
    expect(detectLogFormat('', bytes(pandasHistory))).toBe('csv');
    expect(detectLogFormat('', bytes(noAxis))).toBe('csv');
    // A data table with one 'loss' column, or names over a row of text, is not a log.
    expect(detectLogFormat('', bytes('lr,batch,loss\n0.1,32,0.5\n'))).toBeUndefined();
    expect(detectLogFormat('', bytes('model,train_loss,val_loss\nresnet,0.3,0.4\n'))).toBeUndefined();
    // A wide history whose first row runs past the sniffed bytes.
    const wide = ',loss,val_loss,' + Array.from({ length: 400 }, (_, i) => `m${i}`).join(',') + '\n0,1,2,' + Array.from({ length: 400 }, () => '0.123456789').join(',') + '\n';
    expect(detectLogFormat('', bytes(wide).subarray(0, 4096))).toBe('csv');
  });

  it('a folder walk reads them as runs, and leaves a data table alone', async () => {
    put('walk/a/training_history.csv', pandasHistory);
    put('walk/b/training_log_2.csv', noAxis);
    put('walk/c/sweep.csv', 'lr,batch,loss\n0.1,32,0.5\n');
    const runs = await readRuns(join(root, 'walk'));
    expect(runs.map((run) => [run.name, run.source.format])).toEqual([['a', 'csv-keras'], ['b', 'csv-table']]);
    const history = History.fromSeries(runs[1].series);
    expect([history.trainLoss?.sourceNames, history.validationLoss?.sourceNames]).toEqual([['training_loss'], ['val_loss']]);
  });
});

describe('JSON loss histories', () => {
  it('a Keras history JSON is a run inside a folder whatever its name; a config next to it is not', async () => {
    put('json/run/training_history.json', JSON.stringify({ accuracy: [0.1, 0.5], loss: [2, 1], val_loss: [2.1, 1.4] }, null, 2));
    put('json/run/config.json', JSON.stringify({ model_type: 'bert', layers: [1, 2] }));
    const run = await readRun(join(root, 'json/run'));
    expect(run.source.format).toBe('json-history');
    expect(seriesPoints(run.series.val_loss).map((p) => p.value)).toEqual([2.1, 1.4]);
  });

  it('run metadata next to the lists is skipped and named; an epoch list numbers the epochs', () => {
    const log = parseJsonLog(JSON.stringify({
      timestamp: '2026-04-18T16:52:51', classes: ['Happy', 'Sad'], phase_starts: [0, 15], epoch: [1, 2, 3],
      train_loss: [0.4, 0.3, 0.25], val_loss: [0.35, 0.3, 0.28], test_acc: 76.0,
    }), 'training_history.json');
    expect(Object.keys(log.series).sort()).toEqual(['train_loss', 'val_loss']);
    expect(seriesPoints(log.series.val_loss).map((p) => [p.epoch, p.value])).toEqual([[1, 0.35], [2, 0.3], [3, 0.28]]);
    expect(log.notes).toEqual(["'epoch' numbers the epochs", "not per-epoch lists of 3 numbers, skipped: 'timestamp', 'classes', 'phase_starts', 'test_acc'"]);
    expect(() => parseJsonLog('{"classes": ["a", "b"]}', 'labels.json')).toThrow(/cannot read as a training log/);
  });

  it('a history keyed by loss and then by split is read as loc_loss / val_loc_loss; named losses without a total are not summed', async () => {
    // As corpus-seventh-b's json-dreem-history: one {train, validation} object per loss, next to per-epoch metric dicts.
    const history = {
      loc_loss: { train: [69.6, 47.5, 32.1], validation: [32.0, 87.6, 72.4] },
      class_pos_loss: { train: [10.7, 6.2, 3.7], validation: [6.5, 27.4, 33.3] },
      metrics: [{ AR: { f1: [[0, 0]] } }, { AR: { f1: [[0, 0.3]] } }, { AR: { f1: [[0, 0.5]] } }],
      time_stamps: [1686055232.6, 1686055281.5, 1686055325.2],
    };
    const log = parseJsonLog(JSON.stringify(history), 'train_history.json');
    expect(log.format).toBe('json-history');
    expect(Object.keys(log.series)).toEqual(['loc_loss', 'val_loc_loss', 'class_pos_loss', 'val_class_pos_loss', 'time_stamps']);
    expect(seriesPoints(log.series.val_loc_loss).map((p) => [p.epoch, p.value])).toEqual([[0, 32.0], [1, 87.6], [2, 72.4]]);
    expect(log.notes?.[0]).toBe("per-split lists read as series: 'loc_loss', 'class_pos_loss' (train as the name, validation as 'val_' + the name, test as 'test_' + the name)");
    const testSplit = parseJsonLog(JSON.stringify({ loss: { train: [1, 0.5], test: [1.2, 0.9] } }), 'h.json');
    expect(Object.keys(testSplit.series)).toEqual(['loss', 'test_loss']);
    // Found in a folder walk. Named losses with no total are not summed: no training loss; the
    // validation loss is History's existing fallback, the first named one ('eval_g0_loss' rule).
    put('json/split/train_history.json', JSON.stringify(history));
    const run = await readRun(join(root, 'json/split'));
    const roles = History.fromSeries(run.series);
    expect([roles.trainLoss?.name, roles.validationLoss?.name]).toEqual([undefined, 'val_loc_loss']);
  });
});

describe('YOLOv10 results.csv', () => {
  it("the split's loss is the sum of the one-to-many and one-to-one losses (v10DetectLoss back-propagates both)", () => {
    const csv = 'epoch,train/box_om,train/cls_om,train/dfl_om,train/box_oo,train/cls_oo,train/dfl_oo,metrics/mAP50(B),val/box_om,val/cls_om,val/dfl_om,val/box_oo,val/cls_oo,val/dfl_oo\n'
      + '1,1,2,1.5,1.1,2.1,1.6,0.1,1.2,2.2,1.7,1.3,2.3,1.8\n';
    const log = parseLog('results.csv', bytes(csv));
    expect(log.format).toBe('ultralytics');
    expect(seriesPoints(log.series['train/loss']).map((p) => p.value)).toEqual([1 + 2 + 1.5 + 1.1 + 2.1 + 1.6]);
    expect(seriesPoints(log.series['val/loss']).map((p) => p.value)).toEqual([1.2 + 2.2 + 1.7 + 1.3 + 2.3 + 1.8]);
  });
});
